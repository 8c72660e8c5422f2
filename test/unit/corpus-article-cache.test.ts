// The article cache: survives a run killed mid-line, forgets a cache made by another extractor, keeps only live records.
import { appendFile, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_DIR, openArticleCache } from '../../src/corpus/article-cache.js';
import { tempDir } from '../temp-dirs.js';

const doc = (id: string): string => JSON.stringify({ schemaVersion: 1, nodes: [{ id: `article:${id}` }], edges: [] });

async function used(outDir: string, fingerprint: string, live: Record<string, string>, skip: string[] = []): Promise<string[]> {
  const cache = await openArticleCache(outDir, fingerprint);
  const seen: string[] = [];
  await cache.compact(new Map(Object.entries(live)), (json) => seen.push(json), new Set(skip));
  return seen;
}

describe('openArticleCache', () => {
  it('remembers what was appended, by id and hash, across runs', async () => {
    const out = await tempDir('kg-cache-');
    const cache = await openArticleCache(out, 'v1');
    expect(cache.hashOf('a')).toBeUndefined();
    await cache.append('a', 'h1', doc('a'));
    await cache.append('b', 'h2', doc('b'));
    await cache.append('a', 'h3', doc('a2'));
    await cache.compact(new Map([['a', 'h3'], ['b', 'h2']]), () => undefined, new Set(['a', 'b']));
    const again = await openArticleCache(out, 'v1');
    expect([...again.ids()].sort()).toEqual(['a', 'b']);
    expect(again.hashOf('a')).toBe('h3');
    await again.compact(new Map(), () => undefined, new Set());
  });

  it('compaction hands over each live record once, not the skipped ones, and drops the rest', async () => {
    const out = await tempDir('kg-cache-');
    const cache = await openArticleCache(out, 'v1');
    for (const [id, hash] of [['a', '1'], ['b', '1'], ['c', '1'], ['a', '2']] as const) await cache.append(id, hash, doc(`${id}${hash}`));
    const seen: string[] = [];
    await cache.compact(new Map([['a', '2'], ['b', '1']]), (json) => seen.push(json), new Set(['b']));
    expect(seen).toEqual([doc('a2')]);
    expect(await used(out, 'v1', { a: '2', b: '1', c: '1' })).toEqual([doc('b1'), doc('a2')]);
  });

  it('leaves the log of a first build as it was written, and rewrites it once a line is no longer live', async () => {
    const out = await tempDir('kg-cache-');
    const log = join(out, CACHE_DIR, 'articles.log');
    const cache = await openArticleCache(out, 'v1');
    await cache.append('a', '1', doc('a'));
    await cache.append('b', '1', doc('b'));
    const written = await stat(log);
    await cache.compact(new Map([['a', '1'], ['b', '1']]), () => undefined, new Set(['a', 'b']));
    expect((await stat(log)).ino).toBe(written.ino);
    expect(await used(out, 'v1', { a: '1', b: '1' })).toEqual([doc('a'), doc('b')]);
    expect((await stat(log)).ino).toBe(written.ino);
    expect(await used(out, 'v1', { b: '1' })).toEqual([doc('b')]);
    expect((await stat(log)).ino).not.toBe(written.ino);
    expect(await readFile(log, 'utf8')).toBe(`kg-article-cache 1 v1\n"b"\t1\t${doc('b').length}\t${doc('b')}\n`);
  });

  it('ignores a line cut short by a killed run, and appends after it on a line of its own', async () => {
    const out = await tempDir('kg-cache-');
    const cache = await openArticleCache(out, 'v1');
    await cache.append('a', '1', doc('a'));
    await cache.compact(new Map([['a', '1']]), () => undefined, new Set());
    const whole = `"b"\t1\t${doc('b').length}\t${doc('b')}`;
    await appendFile(join(out, CACHE_DIR, 'articles.log'), whole.slice(0, whole.length - 3));
    const reopened = await openArticleCache(out, 'v1');
    expect(reopened.hashOf('b')).toBeUndefined();
    await reopened.append('c', '1', doc('c'));
    const seen: string[] = [];
    await reopened.compact(new Map([['a', '1'], ['b', '1'], ['c', '1']]), (json) => seen.push(json), new Set());
    expect(seen).toEqual([doc('a'), doc('c')]);
  });

  it('starts afresh when the extractor changed since the cache was written', async () => {
    const out = await tempDir('kg-cache-');
    expect(await used(out, 'v1', {})).toEqual([]);
    const cache = await openArticleCache(out, 'v1');
    await cache.append('a', '1', doc('a'));
    await cache.compact(new Map([['a', '1']]), () => undefined, new Set());
    const other = await openArticleCache(out, 'v2');
    expect(other.hashOf('a')).toBeUndefined();
    await other.compact(new Map([['a', '1']]), () => undefined, new Set());
    expect(await readFile(join(out, CACHE_DIR, 'articles.log'), 'utf8')).toBe('kg-article-cache 1 v2\n');
  });
});
