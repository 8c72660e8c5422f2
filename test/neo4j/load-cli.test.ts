// `kg load` end to end against the real server, and its faults: wrong password, server down, unknown database,
// malformed graph.json. Each fault is one clear message naming the URI, a hint, exit code 1, and nothing written.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/export/load-graph.js';
import { readGraphFromNeo4j } from '../../src/neo4j/read-graph.js';
// @ts-ignore: a plain JavaScript script shared with `npm run neo4j:start`
import { freePort } from '../../scripts/neo4j-server.mjs';
import { handMadeSeed } from '../fixtures/neo4j-documents.js';
import { kgLoad } from './kg-load.js';
import { comparable, mirrorOf } from './mirror.js';
import { clearDatabase, query, testDriver, testServer } from './neo4j-test-context.js';

const driver = testDriver();
afterAll(() => driver.close());
beforeEach(() => clearDatabase(driver));

const kg = kgLoad;

async function nodeCount(): Promise<number> {
  const [row] = await query(driver, 'MATCH (n) RETURN count(n) AS n');
  return row!.n as number;
}

describe('kg load', () => {
  it('extracts the seed article and loads it: Neo4j then holds the same graph as the mirror', async () => {
    const result = await kg(['seeds', '--quiet']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^loaded 1 changed\/new article, skipped 0 unchanged, pruned 0: wrote \d+ entities, 1 article, \d+ relationships into bolt:\/\//);
    const expected = (await loadGraph(['seeds'])).document;
    expect(comparable(await readGraphFromNeo4j(driver))).toEqual(mirrorOf([expected]));
    // The kg stats measures are node properties, for Browser queries such as ORDER BY n.pagerank DESC.
    const [lee] = await query(driver, 'MATCH (p:Person {id: "person:lee-jae-myung"}) RETURN p.degree AS degree, p.pagerank AS pagerank');
    expect(lee!.degree).toBeGreaterThan(3);
    expect(lee!.pagerank).toBeGreaterThan(0);
  });

  it('loads a graph.json given with --graph, and loading it again changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-load-'));
    const file = join(dir, 'graph.json');
    writeFileSync(file, JSON.stringify(handMadeSeed()));
    expect((await kg(['--graph', file])).code).toBe(0);
    const once = await readGraphFromNeo4j(driver);
    expect((await kg(['--graph', file])).code).toBe(0);
    expect(await readGraphFromNeo4j(driver)).toEqual(once);
    expect(comparable(once)).toEqual(mirrorOf([handMadeSeed()]));
  });

  it('rejects a malformed graph.json with the path of the bad field, before writing anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-load-'));
    const file = join(dir, 'graph.json');
    const bad = handMadeSeed();
    (bad.nodes[3] as { label: string }).label = 'Persn';
    writeFileSync(file, JSON.stringify(bad));
    const result = await kg(['--graph', file]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${file}: not a valid GraphDocument`);
    expect(result.err).toMatch(/nodes\.3\.label: /);
    expect(await nodeCount()).toBe(0);
  });

  it('wrong password: one message naming the URI and what to check, exit 1', async () => {
    const result = await kg(['--graph', 'test/fixtures/seed-graph.json', '--password', 'not-the-password']);
    expect(result.code).toBe(1);
    const [message, hint] = result.err.trim().split('\n');
    expect(message).toBe(`kg load: ${testServer().uri}: authentication failed while loading the graph (The client is unauthorized due to authentication failure.)`);
    expect(hint).toMatch(/hint: Check --user\/--password/);
    expect(await nodeCount()).toBe(0);
  });

  it('server down (a closed port): says Neo4j is not reachable at that URI, exit 1', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const result = await kg(['--graph', 'test/fixtures/seed-graph.json', '--uri', uri]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`^kg load: ${uri}: Neo4j is not reachable while loading the graph \\(.*ECONNREFUSED.*\\)\\n  hint: Check that the server is running`));
  });

  it('unknown database name: says which database does not exist, exit 1', async () => {
    const result = await kg(['--graph', 'test/fixtures/seed-graph.json', '--database', 'nosuchdb']);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`kg load: ${testServer().uri}: database "nosuchdb" does not exist`);
    expect(result.err).toContain('hint: Check --database');
  });

  it('a usage mistake is exit 2', async () => {
    expect((await kg([])).code).toBe(2);
    expect((await kg(['seeds', '--graph', 'x.json'])).code).toBe(2);
    expect((await kg(['seeds', '--batch-size', '0'])).code).toBe(2);
  });
});
