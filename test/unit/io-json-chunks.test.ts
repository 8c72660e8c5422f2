// jsonChunks: the pieces of a large JSON file join to exactly what JSON.stringify(value, null, 2) gives.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/io/json-chunks.js';
import { writeFileAtomic } from '../../src/io/write-atomic.js';
import { tempDir } from '../temp-dirs.js';

const doc = {
  schemaVersion: 1,
  nodes: [
    { id: 'person:lee', label: 'Person', name: 'Lee "Jae-myung"\n', aliases: [], mentions: [{ article: 'a', text: 'Lee', start: 0, end: 3 }], properties: { iso: null } },
    { id: 'article:a', label: 'Article', name: 'Ünïcode ✓', aliases: ['x'], mentions: [], date: undefined },
  ],
  edges: [],
  extra: { nested: [1, [2, 3]], empty: {} },
  gone: undefined,
};

describe('jsonChunks', () => {
  it.each([
    ['a GraphDocument with nested values, escapes, an undefined field and an empty array', doc],
    ['an object without keys', {}],
    ['arrays holding undefined and empty objects', { list: [undefined, {}, []] }],
  ])('joins to JSON.stringify(value, null, 2) for %s', (_what, value) => {
    expect([...jsonChunks(value as Record<string, unknown>)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  it.each([
    ['a GraphDocument', doc],
    ['an object without keys', {}],
    ['arrays holding undefined and empty objects', { list: [undefined, {}, []], text: 'a\nb' }],
  ])('joins to JSON.stringify(value) without indent for %s', (_what, value) => {
    expect([...jsonChunks(value as Record<string, unknown>, { indent: false })].join('')).toBe(JSON.stringify(value));
  });

  it('gives each element of a top-level array as its own piece', () => {
    const many = { nodes: Array.from({ length: 1000 }, (_, i) => ({ id: `n${i}` })) };
    expect([...jsonChunks(many)].length).toBeGreaterThan(1000);
  });

  it('writes through writeFileAtomic in pieces, byte for byte', async () => {
    const path = join(await tempDir('kg-chunks-'), 'graph.json');
    const big = { nodes: Array.from({ length: 20_000 }, (_, i) => ({ id: `node:${i}`, name: 'é'.repeat(i % 50) })) };
    await writeFileAtomic(path, jsonChunks(big));
    expect(await readFile(path, 'utf8')).toBe(JSON.stringify(big, null, 2));
  });
});
