// Finding articles in folders and reading them: ids stable across runs, bad files and lines reported with their place.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverInputs, type Discovered } from '../../src/corpus/discover-inputs.js';
import { articleKeyOf } from '../../src/corpus/input-file.js';
import { readArticles, type ReadResult } from '../../src/corpus/read-articles.js';
import { tempDir } from '../temp-dirs.js';

let root: string;
beforeAll(async () => {
  root = await tempDir('kg-inputs-');
  await mkdir(join(root, 'news', 'World News'), { recursive: true });
  await mkdir(join(root, 'news', '.hidden'));
  await mkdir(join(root, 'empty', 'sub'), { recursive: true });
  await writeFile(join(root, 'empty', 'sub', 'notes.pdf'), 'x');
  const files: Record<string, string> = {
    'news/b.txt': 'B headline\nbody',
    'news/a.md': '# A headline\n\nbody',
    'news/World News/Lee Visits China.html': '<h1>Lee visits</h1><p>body</p>',
    'news/feed.jsonl': '{"id":"f1","text":"F1 headline\\nbody"}\n',
    'news/README.md': '# About this folder',
    'news/photo.jpg': 'not an article',
    'news/.hidden/c.txt': 'hidden',
  };
  for (const [name, content] of Object.entries(files)) await writeFile(join(root, name), content);
  await symlink(join(root, 'news', 'gone.txt'), join(root, 'news', 'dangling.txt'));
});

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function describeItem(item: Discovered): string {
  return 'file' in item ? `${item.file.relative} (${item.file.format}) -> ${articleKeyOf(item.file)}` : `error ${item.error.code}: ${item.error.message}`;
}

describe('discoverInputs', () => {
  it('walks folders in sorted order, keeps article formats only, skips hidden entries and README files', async () => {
    const items = (await all(discoverInputs([join(root, 'news')]))).map(describeItem);
    expect(items).toEqual([
      'World News/Lee Visits China.html (html) -> world-news/lee-visits-china',
      'a.md (md) -> a',
      'b.txt (txt) -> b',
      'dangling.txt (txt) -> dangling',
      'feed.jsonl (jsonl) -> feed',
    ]);
  });

  it('reads a file named on the command line whatever its extension, with an id from its name', async () => {
    expect((await all(discoverInputs([join(root, 'news', 'photo.jpg')]))).map(describeItem)).toEqual(['photo.jpg (txt) -> photo']);
  });

  it('reports a missing path and a folder without articles, and goes on with the other paths', async () => {
    const items = (await all(discoverInputs([join(root, 'nope'), join(root, 'empty'), join(root, 'news', 'b.txt')]))).map(describeItem);
    expect(items).toEqual([
      `error INPUT_MISSING: ${join(root, 'nope')}: no such file or directory`,
      `error NO_ARTICLES: ${join(root, 'empty')}: no article files (.txt, .md, .html, .jsonl) in this directory`,
      'b.txt (txt) -> b',
    ]);
  });
});

async function read(name: string, content: string | Buffer, maxBytes?: number): Promise<string[]> {
  const path = join(root, name);
  await writeFile(path, content);
  const format = name.endsWith('.jsonl') ? 'jsonl' : name.endsWith('.md') ? 'md' : name.endsWith('.html') ? 'html' : 'txt';
  const results: ReadResult[] = await all(readArticles({ path, relative: name, format }, { maxBytes }));
  return results.map((r) => ('article' in r ? `${r.article.id} @ ${r.article.source}: ${r.article.title}` : `${r.error.code} ${r.error.message.replace(root, 'ROOT')}`));
}

describe('readArticles', () => {
  it('reads one article per JSON Lines record and reports each bad line as FILE:LINE', async () => {
    const lines = [
      '{"id":"a1","title":"First","text":"First\\nbody","date":"2024-01-02","url":"https://x.org/1"}',
      '',
      '{"id":"a2","text":"Second body"',
      '{"id":"a3","title":"Third"}',
      Buffer.from('{"id":"a4","text":"Caf\xe9"}', 'latin1').toString('latin1'),
      '{"id":"a5","title":"Fifth","text":"Fifth body"}',
    ];
    const content = Buffer.concat(lines.map((line, i) => Buffer.from(`${line}\n`, i === 4 ? 'latin1' : 'utf8')));
    expect(await read('feed.jsonl', content)).toEqual([
      'a1 @ feed.jsonl:1: First',
      expect.stringMatching(/^INPUT_MALFORMED ROOT\/feed\.jsonl:3: not a JSON object/),
      'INPUT_MALFORMED ROOT/feed.jsonl:4: not an article record (text: Invalid input: expected string, received undefined)',
      'INPUT_ENCODING ROOT/feed.jsonl:5: is not valid UTF-8 text',
      'a5 @ feed.jsonl:6: Fifth',
    ]);
  });

  it('gives up on a file whose first 20 lines are all bad, and reports an empty one', async () => {
    const garbage = await read('garbage.jsonl', 'not json\n'.repeat(1000));
    expect(garbage).toHaveLength(21);
    expect(garbage[20]).toBe('INPUT_MALFORMED ROOT/garbage.jsonl: the first 20 lines are all bad; skipped the rest of the file');
    expect(await read('blank.jsonl', '\n\n')).toEqual(['INPUT_EMPTY ROOT/blank.jsonl: has no records (the file is empty or only blank lines)']);
  });

  it('reports a JSON Lines record over the size limit', async () => {
    expect(await read('big.jsonl', `{"id":"x","text":"${'a'.repeat(500)}"}\n{"id":"y","text":"ok"}\n`, 100)).toEqual([
      'INPUT_TOO_LARGE ROOT/big.jsonl:1: the record is larger than the 100 bytes limit for one article',
      'y @ big.jsonl:2: ok',
    ]);
  });

  it('reports a page with no text in it', async () => {
    expect(await read('empty.html', '<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>')).toEqual([
      'INPUT_EMPTY ROOT/empty.html: has no article text (no headline or paragraphs found)',
    ]);
  });
});
