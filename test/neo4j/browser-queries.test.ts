// Every example query of cypher/queries/ runs against the real server on the seed article's graph, and answers right.
import { readdirSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/neo4j/cypher-files.js';
import { loadIntoNeo4j } from '../../src/neo4j/load-into-neo4j.js';
import { SEED_ID, seedDocument } from '../fixtures/neo4j-documents.js';
import { clearDatabase, query, testDriver } from './neo4j-test-context.js';

let driver: Driver;
beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await loadIntoNeo4j(seedDocument(), driver);
});
afterAll(async () => {
  await driver.close();
});

const run = (name: string, params: Record<string, unknown> = {}) => query(driver, cypher(`queries/${name}`), params);
const tested = new Set<string>();
const example = (name: string) => (tested.add(name), name);

describe('Browser queries on the seed article', () => {
  it('visits: Lee Jae-myung visited Beijing and Shanghai', async () => {
    const rows = await run(example('visits'));
    const lee = rows.filter((r) => r.visitor === 'Lee Jae-myung');
    expect(lee.map((r) => r.place)).toEqual(expect.arrayContaining(['Beijing', 'Shanghai']));
    expect(lee.find((r) => r.place === 'Beijing')).toMatchObject({ kind: 'City', articles: 1 });
  });

  it('meeting-network: Lee Jae-myung met Xi Jinping, with the sentence that says so', async () => {
    const rows = await run(example('meeting-network'));
    const meeting = rows.find((r) => [r.person, r.metWith].sort().join() === 'Lee Jae-myung,Xi Jinping');
    expect(meeting).toBeDefined();
    expect((meeting!.evidence as string[]).some((s) => s.includes('meet with President Xi Jinping'))).toBe(true);
  });

  it('trade-partners: China and the Republic of Korea trade', async () => {
    const rows = await run(example('trade-partners'));
    expect(rows.map((r) => [r.countryId, r.partnerId].sort().join(' / '))).toContain('country:CN / country:KR');
  });

  it('quoted-people: Lee, Li Jiacheng and Wang Junsheng are quoted, Li for Liaoning University', async () => {
    const rows = await run(example('quoted-people'));
    const people = rows.map((r) => r.person);
    expect(people).toEqual(expect.arrayContaining(['Lee Jae-myung', 'Li Jiacheng', 'Wang Junsheng']));
    expect(rows.every((r) => r.articleId === SEED_ID)).toBe(true);
    const li = rows.find((r) => r.person === 'Li Jiacheng');
    expect((li!.organizations as string[]).join()).toMatch(/Liaoning University/);
  });

  it('shortest-path: Xi Jinping reaches Shanghai in two hops, Lee Jae-myung in one (they met)', async () => {
    const [toLee] = await run(example('shortest-path'), { from: 'Xi Jinping', to: 'Lee Jae-myung' });
    expect(toLee).toMatchObject({ hops: 1, types: ['MET_WITH'] });
    const [toShanghai] = await run('shortest-path', { from: 'Xi Jinping', to: 'Shanghai' });
    expect(toShanghai).toMatchObject({ hops: 2 });
    expect((toShanghai!.names as string[])[0]).toBe('Xi Jinping');
    expect((toShanghai!.names as string[])[2]).toBe('Shanghai');
  });

  it('article-assertions: everything the seed asserts, each with its evidence sentence', async () => {
    const rows = await run(example('article-assertions'), { article: SEED_ID });
    expect(rows.some((r) => r.type === 'MENTIONED_IN')).toBe(false);
    const visit = rows.find((r) => r.type === 'VISITED' && r.source === 'Lee Jae-myung' && r.target === 'Shanghai');
    expect((visit!.evidence as string[])[0]).toContain('Shanghai');
    const quoted = rows.filter((r) => r.type === 'QUOTED_IN').map((r) => r.source);
    expect(quoted).toEqual(expect.arrayContaining(['Li Jiacheng', 'Wang Junsheng']));
    const withEvidence = rows.filter((r) => r.type !== 'LOCATED_IN');
    expect(withEvidence.every((r) => (r.evidence as string[]).length > 0)).toBe(true);
    expect(await run('article-assertions', { article: 'article:not-loaded' })).toEqual([]);
  });

  it('has a test above for every file in cypher/queries/', () => {
    const files = readdirSync(new URL('../../cypher/queries/', import.meta.url)).map((f) => f.replace(/\.cy$/, ''));
    expect([...tested].sort()).toEqual(files.sort());
  });
});
