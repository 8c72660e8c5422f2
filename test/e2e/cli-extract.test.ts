// `kg extract` as a user runs it: one article to stdout, folders to --out, and every kind of bad input.
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGraphDocument } from '../../src/graph/build-graph.js';
import { runKg } from './cli-run.js';
import { tempDir } from '../temp-dirs.js';

const SEED = '../shared/corpus/dev/rok-leader-state-visit-china.txt';
let dir: string;

/** As root every file is readable: the unreadable-file case runs the CLI as "nobody" then. */
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

let canRunAsUser = true;

beforeAll(async () => {
  canRunAsUser = (await runKg(['--version'], asUser)).code === 0;
  dir = await tempDir('kg-cli-extract-');
  await chmod(dir, 0o777);
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'blank.txt'), '  \n\n\t \n');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 talks in Z\xfcrich\n\nMinisters met.\n', 'latin1'));
  await writeFile(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'All work and no play. '));
  await writeFile(join(dir, 'secret.txt'), 'Headline\n\nBody.\n');
  await chmod(join(dir, 'secret.txt'), 0o000);
  await mkdir(join(dir, 'no-articles'));
  await writeFile(join(dir, 'no-articles', 'notes.pdf'), '%PDF');
});

describe('kg extract FILE', () => {
  it('prints the article graph as a valid GraphDocument on stdout, and the same bytes every time', async () => {
    const a = await runKg(['extract', SEED]);
    const b = await runKg(['extract', SEED]);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    const doc = parseGraphDocument(JSON.parse(a.stdout), 'stdout');
    expect(doc.nodes.find((n) => n.label === 'Article')).toMatchObject({ id: 'article:rok-leader-state-visit-china', name: 'ROK leader begins state visit to China' });
    expect(b.stdout).toBe(a.stdout);
  });

  it.for([
    ['an empty file', 'empty.txt', 'has no text (the file is empty)'],
    ['a file of white space', 'blank.txt', 'has no text (only white space)'],
    ['a binary file', 'binary.txt', 'looks like a binary file'],
    ['a non-UTF-8 file', 'latin1.txt', 'is not valid UTF-8 text'],
    ['a 50 MB file', 'huge.txt', '50.0 MB is larger than the 5.0 MB limit for one article'],
    ['a missing file', 'missing.txt', 'no such file or directory'],
    ['an unreadable file', 'secret.txt', 'permission denied'],
    ['a directory with no articles', 'no-articles', 'no article files (.txt, .md, .html, .jsonl) in this directory'],
  ] as const)('refuses %s with one message naming it and exit status 1', async ([, name, message], context) => {
    // Run as root, the CLI runs as "nobody" for the unreadable file: that needs a project nobody can read.
    if (name === 'secret.txt' && !canRunAsUser) context.skip();
    const path = join(dir, name);
    const args = name === 'no-articles' ? ['extract', path, '--out', join(dir, 'out-none')] : ['extract', path];
    const result = await runKg(args, asUser);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter((line) => line && !line.startsWith('  hint:') && !line.startsWith('kg extract: wrote'));
    expect(lines).toEqual([expect.stringContaining(`${path}: ${message}`)]);
  });

  it('asks for --out when given a folder or several files', async () => {
    const folder = await runKg(['extract', '../shared/corpus/dev']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('is a directory: use --out DIR');
    const two = await runKg(['extract', SEED, SEED]);
    expect(two.code).toBe(2);
  });

  it('has a --help with usage, options and examples', async () => {
    const help = await runKg(['extract', '--help']);
    expect(help.code).toBe(0);
    for (const part of ['Usage:', '--out DIR', '--workers N', '--max-bytes N', '--quiet', 'Examples:', 'kg extract ../shared/corpus/dev --out out/dev']) {
      expect(help.stdout).toContain(part);
    }
  });
});

describe('kg extract DIR --out DIR', () => {
  it('writes one NAME.json per NAME.txt, skips and names the bad files, exits 3, and leaves no partial file', async () => {
    const input = join(dir, 'mixed');
    await mkdir(join(input, 'more'), { recursive: true });
    await writeFile(join(input, 'good-one.txt'), 'Leaders meet in Paris\n\nThe leaders met in Paris.\n');
    await writeFile(join(input, 'more', 'good-two.txt'), 'Trade grows\n\nTrade grew.\n');
    await writeFile(join(input, 'empty.txt'), '');
    await writeFile(join(input, 'feed.jsonl'), '{"id":"r1","title":"Record one","text":"Body one."}\n{broken\n');
    const out = join(dir, 'mixed-out');
    const result = await runKg(['extract', input, '--out', out]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`kg extract: skipped ${join(input, 'empty.txt')}: has no text (the file is empty)`);
    expect(result.stderr).toContain(`kg extract: skipped ${join(input, 'feed.jsonl')}:2: not a JSON object`);
    expect(result.stderr).toContain(`kg extract: wrote 3 graphs to ${out}, skipped 2`);
    expect((await readdir(out, { recursive: true })).sort()).toEqual(['good-one.json', 'more', 'more/good-two.json', 'r1.json']);
    const doc = parseGraphDocument(JSON.parse(await readFile(join(out, 'more', 'good-two.json'), 'utf8')), 'good-two.json');
    expect(doc.nodes[0]).toMatchObject({ id: 'article:more/good-two', name: 'Trade grows' });
  });
});
