// `kg build` as a user runs it: graph files and summary, bad files skipped, the whole bulk corpus, and a build killed midway.
import { spawn } from 'node:child_process';
import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGraphDocument } from '../../src/graph/build-graph.js';
import { KG, ROOT, runKg } from './cli-run.js';
import { tempDir } from '../temp-dirs.js';

const DEV = '../shared/corpus/dev';
const BULK = '../shared/corpus/bulk';
const FILES = ['graph.json', 'graph.graphml', 'view.html'];
let dir: string;

beforeAll(async () => {
  dir = await tempDir('kg-cli-build-');
});

describe('kg build', () => {
  it('writes graph.json, graph.graphml and view.html and prints counts per label and type', async () => {
    const out = join(dir, 'dev');
    const result = await runKg(['build', DEV, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^7 articles in the graph \(7 extracted, 0 unchanged, 0 skipped\)/);
    for (const row of ['nodes', 'Person', 'Organization', 'Article', 'edges', 'VISITED', 'QUOTED_IN', 'MENTIONED_IN']) {
      expect(result.stdout).toMatch(new RegExp(`^ +${row} +\\d+$`, 'm'));
    }
    expect(result.stdout).toContain(`wrote ${join(out, 'graph.json')}, ${join(out, 'graph.graphml')}, ${join(out, 'view.html')}`);
    const doc = parseGraphDocument(JSON.parse(await readFile(join(out, 'graph.json'), 'utf8')), 'graph.json');
    expect(doc.nodes.filter((n) => n.label === 'Article')).toHaveLength(7);
    expect(await readFile(join(out, 'graph.graphml'), 'utf8')).toContain('<graphml');
    // Not a terminal: plain progress lines, ending with the total.
    expect(result.stderr).toMatch(/^kg build: 7\/7 articles, [\d.]+\/s, done in [\d.]+ s$/m);
  });

  it('says nothing on stderr with --quiet, and re-uses every article on a second run', async () => {
    const out = join(dir, 'quiet');
    await runKg(['build', DEV, '--out', out, '--quiet']);
    const again = await runKg(['build', DEV, '--out', out, '--quiet']);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    expect(again.stdout).toMatch(/^7 articles in the graph \(0 extracted, 7 unchanged, 0 skipped\)/);
  });

  it('skips and names a bad file, builds the rest, and exits 3', async () => {
    const input = join(dir, 'mixed');
    await mkdir(input);
    await writeFile(join(input, 'good.txt'), 'Leaders meet in Paris\n\nThe leaders met in Paris.\n');
    await writeFile(join(input, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
    const result = await runKg(['build', input, '--out', join(dir, 'mixed-out'), '--quiet']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`kg build: skipped ${join(input, 'binary.txt')}: looks like a binary file`);
    expect(result.stdout).toMatch(/^1 article in the graph \(1 extracted, 0 unchanged, 1 skipped\)/);
  });

  it('reads .md, .html and .jsonl articles; date and URL land on the Article node; a cut last line is reported with its line', async () => {
    const input = join(dir, 'formats');
    await mkdir(input);
    const record = { id: 'feed-1', title: 'Lee visits Beijing', text: 'President Lee Jae-myung arrived in Beijing on Sunday.', date: '2026-01-04', url: 'https://news.example/feed-1' };
    await writeFile(join(input, 'feed.jsonl'), `${JSON.stringify(record)}\n{"id":"feed-2","text":"Cut sho`);
    await writeFile(join(input, 'page.html'), '<html><head><title>Site | Merkel</title><link rel="canonical" href="https://news.example/page"><meta property="article:published_time" content="2026-01-05"></head><body><nav><p>Menu</p></nav><article><h1>Merkel meets Obama</h1><p>Chancellor Angela Merkel met Barack Obama in Hanover.</p></article></body></html>');
    await writeFile(join(input, 'note.md'), '# Trade talks in Paris\n\nFrench President Emmanuel **Macron** said trade grew.\n');
    const out = join(dir, 'formats-out');
    const result = await runKg(['build', input, '--out', out, '--quiet']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`kg build: skipped ${join(input, 'feed.jsonl')}:2: not a JSON object`);
    const doc = parseGraphDocument(JSON.parse(await readFile(join(out, 'graph.json'), 'utf8')), 'graph.json');
    expect(doc.nodes.filter((n) => n.label === 'Article').map(({ id, name, source, ...rest }) => ({ id, name, source, date: 'date' in rest ? rest.date : undefined, url: 'url' in rest ? rest.url : undefined }))).toEqual([
      { id: 'article:feed-1', name: 'Lee visits Beijing', source: 'feed.jsonl:1', date: '2026-01-04', url: 'https://news.example/feed-1' },
      { id: 'article:note', name: 'Trade talks in Paris', source: 'note.md', date: undefined, url: undefined },
      { id: 'article:page', name: 'Merkel meets Obama', source: 'page.html', date: '2026-01-05', url: 'https://news.example/page' },
    ]);
    expect(doc.nodes.filter((n) => n.label === 'Person').map((n) => n.name)).toEqual(expect.arrayContaining(['Angela Merkel', 'Emmanuel Macron']));
  });

  it('writes nothing and exits 1 when no article can be read', async () => {
    const input = join(dir, 'bad');
    await mkdir(input);
    await writeFile(join(input, 'empty.txt'), '');
    const out = join(dir, 'bad-out');
    const result = await runKg(['build', input, '--out', out, '--quiet']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(input, 'empty.txt')}: has no text (the file is empty)`);
    expect(result.stderr).toContain('no article could be read');
    expect((await readdir(out)).filter((name) => !name.startsWith('.'))).toEqual([]);
  });

  it('refuses a missing --out and bad option values as usage errors (exit 2)', async () => {
    expect((await runKg(['build', DEV])).code).toBe(2);
    const workers = await runKg(['build', DEV, '--out', join(dir, 'x'), '--workers', 'many']);
    expect(workers.code).toBe(2);
    expect(workers.stderr).toContain('--workers takes a whole number');
  });

  it('has a --help with usage, options and examples', async () => {
    const help = await runKg(['build', '--help']);
    for (const part of ['Usage:', '--out DIR', '--prune', '--workers N', 'Incremental', 'Examples:', 'kg build seeds --out out']) {
      expect(help.stdout).toContain(part);
    }
  });
});

describe('kg build on the bulk corpus', () => {
  let reference: string;

  beforeAll(async () => {
    reference = join(dir, 'bulk-reference');
    const result = await runKg(['build', BULK, '--out', reference, '--quiet']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1345 articles in the graph \(1345 extracted, 0 unchanged, 0 skipped\)/);
  }, 300_000);

  it('builds every one of the 1,345 bulk articles without skipping any', async () => {
    const doc = JSON.parse(await readFile(join(reference, 'graph.json'), 'utf8')) as { nodes: { label: string }[] };
    expect(doc.nodes.filter((n) => n.label === 'Article')).toHaveLength(1345);
  });

  it('killed at random points and run again, gives byte for byte the files of an uninterrupted build', async () => {
    const out = join(dir, 'bulk-killed');
    const delays: number[] = [];
    for (let kill = 0; kill < 3; kill += 1) {
      const delay = Math.floor(Math.random() * 600);
      delays.push(delay);
      await buildKilledAfter(out, delay);
    }
    const last = await runKg(['build', BULK, '--out', out, '--quiet']);
    expect(last.code, `killed after ${delays.join(', ')} ms of cache writing`).toBe(0);
    for (const name of FILES) {
      const same = (await readFile(join(out, name))).equals(await readFile(join(reference, name)));
      expect(same, `${name} differs after kills at ${delays.join(', ')} ms (an extractor whose output for one article depends on the articles it read before breaks this too)`).toBe(true);
    }
  }, 300_000);
});

/** Starts a build, waits until it has cached some articles, then kills it (SIGKILL) after `delay` ms. */
async function buildKilledAfter(out: string, delay: number): Promise<void> {
  const child = spawn(process.execPath, [KG, 'build', BULK, '--out', out, '--quiet'], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const log = join(out, '.kg-cache', 'articles.log');
  const started = Date.now();
  while (Date.now() - started < 20_000 && child.exitCode === null) {
    const size = await stat(log).then((s) => s.size, () => 0);
    if (size > 1000) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await new Promise((resolve) => setTimeout(resolve, delay));
  child.kill('SIGKILL');
  await exited;
}
