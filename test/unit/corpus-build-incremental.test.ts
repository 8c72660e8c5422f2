// An incremental build equals a build from scratch: changed articles re-extracted, deleted ones pruned, any thread count.
import { cp, readdir, rm, writeFile, appendFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/build-corpus.js';
import { processArticles } from '../../src/corpus/process-articles.js';
import type { InputError } from '../../src/errors.js';
import { tempDir } from '../temp-dirs.js';

const DEV = '../shared/corpus/dev';
const BULK = '../shared/corpus/bulk/chinadaily';

let work: string;
let news: string;
beforeEach(async () => {
  work = await tempDir('kg-incremental-');
  news = join(work, 'news');
  await cp(DEV, join(news, 'dev'), { recursive: true });
  const bulk = (await readdir(BULK)).sort().slice(0, 30);
  for (const name of bulk) await cp(join(BULK, name), join(news, 'bulk', name));
});

async function build(out: string, options: { prune?: boolean; workers?: number } = {}) {
  const skipped: InputError[] = [];
  const result = await buildCorpus([news], { outDir: join(work, out), onSkipped: (e) => skipped.push(e), ...options });
  return { ...result, json: JSON.stringify(result.document), skipped };
}

describe('buildCorpus', () => {
  it('re-extracts only new and changed articles, prunes deleted ones, and equals a build from scratch', async () => {
    const first = await build('out');
    expect(first.summary).toMatchObject({ read: 37, extracted: 37, unchanged: 0, skipped: 0, articles: 37 });
    expect(first.skipped).toEqual([]);

    const [changed, deleted] = (await readdir(join(news, 'bulk'))).sort();
    await appendFile(join(news, 'bulk', changed!), '\nA paragraph added after publication.\n');
    await rm(join(news, 'bulk', deleted!));
    await writeFile(join(news, 'added.txt'), 'Ministers meet in Paris\n\nThe ministers met in Paris on Monday.\n');

    const kept = await build('out');
    expect(kept.summary).toMatchObject({ read: 37, extracted: 2, unchanged: 35, kept: 1, pruned: 0, articles: 38 });
    expect(kept.json).toContain(`"article:bulk/${deleted!.replace(/\.txt$/, '')}"`);

    const pruned = await build('out', { prune: true });
    expect(pruned.summary).toMatchObject({ read: 37, extracted: 0, unchanged: 37, kept: 0, pruned: 1, articles: 37 });
    const scratch = await build('scratch');
    expect(scratch.summary.extracted).toBe(37);
    expect(pruned.json).toBe(scratch.json);
    expect(pruned.json).not.toContain(`"article:bulk/${deleted!.replace(/\.txt$/, '')}"`);
  });

  it('gives the same graph on worker threads as in one thread', async () => {
    const threads = await build('threads', { workers: 2 });
    const one = await build('one', { workers: 1 });
    expect(threads.summary.workers).toBe(2);
    expect(threads.json).toBe(one.json);
  });

  it('starts its worker threads in a process run with V8 options and code given on the command line', async () => {
    // The compiled library (npm test builds it), as a program using the package would run it.
    const code = `import { buildCorpus } from ${JSON.stringify(new URL('../../dist/corpus/build-corpus.js', import.meta.url).href)};
      const { summary } = await buildCorpus([${JSON.stringify(news)}], { outDir: ${JSON.stringify(join(work, 'flags'))}, workers: 2 });
      process.stdout.write(JSON.stringify(summary));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--max-semi-space-size=16', '--input-type=module', '-e', code]);
    expect(JSON.parse(stdout)).toMatchObject({ extracted: 37, workers: 2 });
  });

  // The last file of bulk/ (the first folder walked, listed before its first file is read) is deleted
  // once the first article is read.
  it('reports a file that vanishes during the run and builds the rest', async () => {
    const last = (await readdir(join(news, 'bulk'))).sort().at(-1)!;
    const skipped: InputError[] = [];
    let deleted = false;
    const summary = await processArticles([news], { workers: 1 }, {
      needsExtraction() {
        if (!deleted) rmSync(join(news, 'bulk', last));
        deleted = true;
        return true;
      },
      onExtracted() {},
      onSkipped: (error) => skipped.push(error),
    });
    expect(summary).toMatchObject({ read: 36, extracted: 36, skipped: 1 });
    expect(skipped.map((e) => e.message)).toEqual([`${join(news, 'bulk', last)}: no such file or directory`]);
  });

  it('refuses to build when no article could be read, and keeps the cache of earlier runs', async () => {
    await build('out');
    await writeFile(join(work, 'blank.txt'), '   \n');
    await expect(buildCorpus([join(work, 'blank.txt')], { outDir: join(work, 'out'), prune: true })).rejects.toThrow('no article could be read');
    const again = await build('out');
    expect(again.summary).toMatchObject({ extracted: 0, unchanged: 37 });
  });
});
