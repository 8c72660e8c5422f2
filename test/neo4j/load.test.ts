// loadIntoNeo4j against a real server: the stored graph equals the graphology mirror, loads are idempotent,
// a second article merges by id, a changed article replaces what it asserted, a bad document writes nothing.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { SchemaError } from '../../src/errors.js';
import { mergeDocuments } from '../../src/graph/build-graph.js';
import { loadIntoNeo4j } from '../../src/neo4j/load-into-neo4j.js';
import { readGraphFromNeo4j } from '../../src/neo4j/read-graph.js';
import { EdgeType, type GraphDocument } from '../../src/schema/index.js';
import { cypher } from '../../src/neo4j/cypher-files.js';
import { changedSeedDocument, handMadeSeed, secondDocument, seedDocument } from '../fixtures/neo4j-documents.js';
import { comparable, mirrorOf } from './mirror.js';
import { clearDatabase, query, testDriver } from './neo4j-test-context.js';

const driver = testDriver();
afterAll(() => driver.close());
beforeEach(() => clearDatabase(driver));

async function stored() {
  return comparable(await readGraphFromNeo4j(driver));
}

describe('loadIntoNeo4j', () => {
  it('stores the seed article as the mirror holds it: same ids, labels, names, aliases, triples and evidence', async () => {
    const seed = seedDocument();
    const summary = await loadIntoNeo4j(seed, driver);
    expect(summary.relationships).toBeGreaterThan(10);
    expect(await stored()).toEqual(mirrorOf([seed]));
  });

  it('gives every entity the Entity label and its own label, and sets its flat properties', async () => {
    await loadIntoNeo4j(handMadeSeed(), driver);
    const [korea] = await query(driver, 'MATCH (n:Entity:Country {id: "country:KR"}) RETURN n.iso2 AS iso2, n.name AS name');
    expect(korea).toEqual({ iso2: 'KR', name: 'Republic of Korea' });
    const [beijing] = await query(driver, 'MATCH (n:City {id: "city:1816670"}) RETURN n.geonameId AS id, valueType(n.geonameId) AS type');
    expect(beijing).toEqual({ id: 1816670, type: 'INTEGER NOT NULL' });
    const [article] = await query(driver, 'MATCH (a:Article) RETURN a.id AS id, a.source AS source, count{ (a)<-[:MENTIONED_IN]-() } AS named');
    expect(article).toEqual({ id: 'article:rok-leader-state-visit-china', source: 'seeds/rok-leader-state-visit-china.txt', named: 13 });
  });

  it('changes nothing when the same document is loaded twice: counts, properties, no duplicated list items', async () => {
    const seed = handMadeSeed();
    await loadIntoNeo4j(seed, driver);
    await loadIntoNeo4j(secondDocument(), driver);
    const once = await readGraphFromNeo4j(driver);
    await loadIntoNeo4j(seed, driver);
    await loadIntoNeo4j(secondDocument(), driver);
    const twice = await readGraphFromNeo4j(driver);
    expect(twice).toEqual(once);
    for (const r of twice.relationships) {
      expect(new Set(r.articles).size).toBe(r.articles.length);
      expect(new Set(r.evidence.map((e) => JSON.stringify(e))).size).toBe(r.evidence.length);
    }
    const [lee] = twice.nodes.filter((n) => n.id === 'person:lee-jae-myung');
    expect(lee?.aliases).toEqual(['Lee', 'President Lee Jae-myung']);
  });

  it('merges a second article with the first by canonical id, as the mirror does', async () => {
    await loadIntoNeo4j(handMadeSeed(), driver);
    await loadIntoNeo4j(secondDocument(), driver);
    expect(await stored()).toEqual(mirrorOf([handMadeSeed(), secondDocument()]));
    const [met] = await query(driver, 'MATCH (:Person {name: "Lee Jae-myung"})-[m:MET_WITH]-(:Person {name: "Xi Jinping"}) RETURN m.articles AS articles, count(*) AS n');
    expect(met).toEqual({ articles: ['article:rok-leader-state-visit-china', 'article:xi-lee-talks-beijing'], n: 1 });
  });

  it('loads a merged corpus document the same as its articles one by one', async () => {
    const docs = [handMadeSeed(), secondDocument()];
    for (const doc of docs) await loadIntoNeo4j(doc, driver);
    const oneByOne = await stored();
    await clearDatabase(driver);
    await loadIntoNeo4j(mergeDocuments(docs), driver);
    expect(await stored()).toEqual(oneByOne);
  });

  it('replaces what a changed article asserted: its dropped relations and the entities only it named are gone', async () => {
    await loadIntoNeo4j(handMadeSeed(), driver);
    await loadIntoNeo4j(secondDocument(), driver);
    const summary = await loadIntoNeo4j(changedSeedDocument(), driver);
    expect(summary).toMatchObject({ replacedArticles: 1, deletedEntities: 3 });
    expect(await stored()).toEqual(mirrorOf([secondDocument(), changedSeedDocument()]));
    const names = (await query(driver, 'MATCH (n:Entity) RETURN n.name AS name')).map((r) => r.name);
    expect(names).not.toContain('Wang Junsheng');
    expect(names).not.toContain('Shanghai');
    expect(names).toContain('Seoul');
    // Beijing keeps the second article's support after the seed's was replaced.
    const [visit] = await query(driver, 'MATCH (:Person {name: "Lee Jae-myung"})-[v:VISITED]->(:City {name: "Beijing"}) RETURN v.articles AS articles');
    expect(visit?.articles).toEqual(['article:rok-leader-state-visit-china', 'article:xi-lee-talks-beijing']);
  });

  it('merges every edge type of the schema (the merge statement has one branch per type)', () => {
    const branches = [...cypher('load/5-merge-relationships').matchAll(/row\.type = '(\w+)' MERGE \(s\)-\[r:(\w+)\]/g)];
    expect(branches.every(([, tested, merged]) => tested === merged)).toBe(true);
    expect(branches.map(([, type]) => type).sort()).toEqual([...EdgeType.options].sort());
  });

  it('rejects a malformed document with the path of the bad field before writing anything', async () => {
    const bad = structuredClone(handMadeSeed()) as GraphDocument;
    (bad.edges[2] as { target: string }).target = 'city:nowhere';
    const error = await loadIntoNeo4j(bad, driver).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).issues).toContain('edges.2.target: edge target "city:nowhere" is not a node id');
    expect(await query(driver, 'MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });
});

