// `kg load` re-runs: unchanged articles are neither extracted nor written, changed, new and re-resolved ones are,
// --prune removes what deleted articles asserted (and only theirs); the database then equals a load from scratch.
import { appendFile, copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/build-corpus.js';
import { withAnalytics } from '../../src/graph/analytics/with-analytics.js';
import { readGraphFromNeo4j } from '../../src/neo4j/read-graph.js';
import type { GraphDocument } from '../../src/schema/index.js';
import { runKg } from '../e2e/cli-run.js';
import { kgLoad } from './kg-load.js';
import { comparable, mirrorOf } from './mirror.js';
import { clearDatabase, query, testDriver, testServer } from './neo4j-test-context.js';
import { tempDir } from '../temp-dirs.js';

const DEV = '../shared/corpus/dev';
const driver = testDriver();
afterAll(() => driver.close());
beforeEach(() => clearDatabase(driver));

async function folder(name: string, articles: string[]): Promise<string> {
  const dir = join(await tempDir('kg-incremental-'), name);
  await mkdir(dir);
  for (const article of articles) await copyFile(join(DEV, `${article}.txt`), join(dir, `${article}.txt`));
  return dir;
}

/** The graph a build from scratch (a fresh cache) makes of these inputs, with its measures. */
async function fromScratch(paths: string[]): Promise<GraphDocument> {
  const outDir = await tempDir('kg-scratch-');
  return withAnalytics((await buildCorpus(paths, { outDir, workers: 1 })).document).document;
}

async function stored() {
  return comparable(await readGraphFromNeo4j(driver));
}

/** Degrees as from scratch, PageRank to float precision (merge order may differ): the measures are corpus-wide. */
async function expectMeasuresOf(expected: GraphDocument) {
  const nodes = new Map((await readGraphFromNeo4j(driver)).nodes.map((n) => [n.id, n.properties]));
  for (const node of expected.nodes) {
    if (node.label === 'Article') continue;
    expect(nodes.get(node.id)?.degree, node.id).toBe(node.properties?.degree);
    expect(nodes.get(node.id)?.pagerank as number, node.id).toBeCloseTo(node.properties?.pagerank as number, 12);
  }
}

describe('kg load, incremental', () => {
  it('skips what is loaded and unchanged; rewrites changed and new articles; --prune retracts deleted ones, not other folders', async () => {
    const news = await folder('news', ['rok-leader-state-visit-china', 'obama-merkel-hanover-trade-talks', 'nigeria-france-reschedule-debt', 'china-malaysia-vocational-alliance']);
    const other = await folder('other', ['uk-companies-seek-larger-role-in-china']);
    const cache = await tempDir('kg-load-cache-');
    const load = (...args: string[]) => kgLoad([...args, '--workers', '1', '--quiet']);

    expect((await load(other)).code).toBe(0);
    const first = await load(news, '--cache', cache);
    expect(first.err).toBe('');
    expect(first.out).toMatch(/^loaded 4 changed\/new articles, skipped 0 unchanged, pruned 0: wrote \d+ entities, 4 articles, \d+ relationships/);
    expect(await stored()).toEqual(mirrorOf([await fromScratch([news]), await fromScratch([other])]));

    const before = await readGraphFromNeo4j(driver);
    const again = await load(news, '--cache', cache);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^loaded 0 changed\/new articles, skipped 4 unchanged, pruned 0: nothing written into bolt:/);
    expect(await readGraphFromNeo4j(driver)).toEqual(before);

    await appendFile(join(news, 'nigeria-france-reschedule-debt.txt'), '\nPresident Emmanuel Macron met President Bola Tinubu in Paris on Tuesday.\n');
    await copyFile(join(DEV, 'nation-srettha-chinese-business-leaders.txt'), join(news, 'nation-srettha-chinese-business-leaders.txt'));
    await rm(join(news, 'china-malaysia-vocational-alliance.txt'));
    const pruned = await load(news, '--cache', cache, '--prune');
    expect(pruned.code).toBe(0);
    expect(pruned.out).toMatch(/^loaded 2 changed\/new articles, skipped 2 unchanged, pruned 1: wrote \d+ entities, 2 articles, \d+ relationships, measures of \d+ other entities/);
    const scratch = await fromScratch([news]);
    expect(await stored()).toEqual(mirrorOf([scratch, await fromScratch([other])]));
    const articles = (await query(driver, 'MATCH (a:Article) RETURN a.id AS id ORDER BY id')).map((r) => r.id);
    expect(articles).toContain('article:uk-companies-seek-larger-role-in-china');
    expect(articles).not.toContain('article:china-malaysia-vocational-alliance');

    // The measures of entities the changed articles do not name were refreshed too (the last load sets them all).
    await expectMeasuresOf(scratch);
  });

  it('rewrites an unchanged article whose entity a new article resolves: "President Lee" becomes Lee Jae-myung', async () => {
    const news = await folder('korea', []);
    const cache = await tempDir('kg-load-cache-');
    await writeFile(join(news, 'port-deal.txt'), 'Korea backs new port deal\n\nPresident Lee said on Monday that the Republic of Korea would sign the port deal with Japan. Lee spoke in Seoul.\n');
    expect((await kgLoad([news, '--cache', cache, '--quiet'])).code).toBe(0);
    expect(await query(driver, 'MATCH (p:Person) RETURN p.id AS id')).toEqual([{ id: 'person:lee' }]);

    await writeFile(join(news, 'tokyo-talks.txt'), 'Lee Jae-myung meets Kishida\n\nSouth Korean President Lee Jae-myung met Japanese Prime Minister Fumio Kishida in Tokyo on Friday.\n');
    const second = await kgLoad([news, '--cache', cache, '--quiet']);
    // port-deal's text did not change, but what it asserts did: its quote now points at person:lee-jae-myung.
    expect(second.out).toMatch(/^loaded 2 changed\/new articles, skipped 0 unchanged, pruned 0/);
    expect(second.out).toContain('deleted 1 entity no article names any more');
    const scratch = await fromScratch([news]);
    expect(await stored()).toEqual(mirrorOf([scratch]));
    const [lee] = await query(driver, 'MATCH (p:Person {id: "person:lee-jae-myung"})-[:QUOTED_IN]->(a:Article) RETURN p.aliases AS aliases, a.id AS article');
    expect(lee).toEqual({ aliases: ['Lee'], article: 'article:port-deal' });
    await expectMeasuresOf(scratch);
  });

  it('through the kg command: a second run of an unchanged folder writes nothing', async () => {
    const news = await folder('cli', ['rok-leader-state-visit-china', 'obama-merkel-hanover-trade-talks']);
    const cache = await tempDir('kg-load-cache-');
    const { uri, user, password } = testServer();
    const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
    const run = () => runKg(['load', news, '--cache', cache, '--quiet'], { env });
    const first = await run();
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^loaded 2 changed\/new articles, skipped 0 unchanged, pruned 0: wrote/);
    const second = await run();
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^loaded 0 changed\/new articles, skipped 2 unchanged, pruned 0: nothing written into /);
    expect(second.stdout).toMatch(/\nthe graph: \d+ entities, 2 articles, \d+ relationships\n$/);
    expect(await stored()).toEqual(mirrorOf([await fromScratch([news])]));
  });
});
