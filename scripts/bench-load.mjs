#!/usr/bin/env node
// npm run bench:load: relationships per second into Neo4j, batched (kg load) against one statement per edge, same run;
// then the time of a re-load of the unchanged graph and of one with 1% of its articles changed (incremental load).
// Corpus: ../shared/corpus/bulk extracted with the real extractor, topped up to 2,000 articles with synthetic ones
// (all synthetic while the extractor finds too few relations). Neo4j: NEO4J_URI, else the local server (started
// here if needed, and stopped again). The database is cleared: never point this at a graph you want to keep.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { loadGraph } from '../dist/export/load-graph.js';
import { mergeDocuments } from '../dist/graph/build-graph.js';
import { createDriver } from '../dist/neo4j/connection.js';
import { cypher } from '../dist/neo4j/cypher-files.js';
import { loadIntoNeo4j } from '../dist/neo4j/load-into-neo4j.js';
import { loadRows } from '../dist/neo4j/load-rows.js';
import { PROJECT, ensureDefaultServer, stopDefaultServer } from './neo4j-server.mjs';
import { syntheticDocuments } from './neo4j-synthetic-corpus.mjs';

const ARTICLES = 2000;
/** Relations per article below which the extractor is taken to be a stub, and the corpus is made synthetic. */
const REAL_RELATIONS_PER_ARTICLE = 2;
/** The naive load is slow: it runs on the first edges only and its rate is what is compared. */
const NAIVE_EDGES = 3000;
const WARM_UP_LOADS = 2;
const BULK = join(PROJECT, '..', 'shared', 'corpus', 'bulk');

const log = (line) => process.stdout.write(`${line}\n`);

async function corpus() {
  let real = { document: { schemaVersion: 1, nodes: [], edges: [] }, articles: 0 };
  if (existsSync(BULK)) real = await loadGraph([BULK]);
  const relations = real.document.edges.filter((e) => e.type !== 'MENTIONED_IN').length;
  const realUsable = real.articles > 0 && relations / real.articles >= REAL_RELATIONS_PER_ARTICLE;
  if (!realUsable) {
    log(`corpus: SYNTHETIC, ${ARTICLES} generated articles (the extractor found ${relations} relations in ${real.articles} bulk articles: too few to measure a load)`);
    return { document: mergeDocuments(syntheticDocuments(ARTICLES)), articles: ARTICLES };
  }
  const extra = Math.max(0, ARTICLES - real.articles);
  log(`corpus: ${real.articles} real articles from ../shared/corpus/bulk (extracted)${extra ? ` + ${extra} synthetic ones to reach ${ARTICLES}` : ''}`);
  return { document: mergeDocuments([real.document, ...syntheticDocuments(extra)]), articles: real.articles + extra };
}

async function clear(driver) {
  const session = driver.session();
  try {
    await session.run(cypher('maintenance/clear-database'));
  } finally {
    await session.close();
  }
}

/** Re-loads (kg load run again): of the same graph, and of the graph with 1% of its articles changed. */
async function reloads(driver, document, uri) {
  await clear(driver);
  await loadIntoNeo4j(document, driver, { uri });
  const reload = async (what, doc) => {
    const started = performance.now();
    const summary = await loadIntoNeo4j(doc, driver, { uri });
    const seconds = (performance.now() - started) / 1000;
    log(
      `re-load, ${what}: ${seconds.toFixed(2)} s, ${summary.changedArticles} articles written, ${summary.unchangedArticles} skipped, ` +
        `${summary.written.relationships} of ${summary.relationships} relationships written`,
    );
  };
  await reload('unchanged corpus', document);
  // A changed article: its text changed (content hash) and it no longer states one relation (its evidence on it goes).
  const articles = document.nodes.filter((n) => n.label === 'Article');
  const changed = new Set(articles.filter((_, i) => i % 100 === 0).map((a) => a.id));
  const dropped = new Set();
  const edges = document.edges.flatMap((e) => {
    const article = e.evidence.find((item) => changed.has(item.article) && !dropped.has(item.article))?.article;
    if (e.type === 'MENTIONED_IN' || article === undefined) return [e];
    dropped.add(article);
    const evidence = e.evidence.filter((item) => item.article !== article);
    return evidence.length > 0 ? [{ ...e, evidence }] : [];
  });
  const nodes = document.nodes.map((n) => (changed.has(n.id) ? { ...n, contentHash: `${n.contentHash}-changed` } : n));
  await reload(`${changed.size} articles (1%) changed`, { ...document, nodes, edges });
}

async function main() {
  const local = process.env.NEO4J_URI ? undefined : await ensureDefaultServer(log);
  const connection = local ?? { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'neo4j' };
  const driver = createDriver(connection);
  try {
    const { document, articles } = await corpus();
    const rows = loadRows(document);
    log(`graph: ${articles} articles, ${rows.entities.length} entities, ${rows.relationships.length} relationships (MENTIONED_IN included) into ${connection.uri}`);

    // Warm-up: a fresh JVM interprets, then compiles, the load plans (the first load ran at a fifth of the third's
    // speed here): load the same graph twice first and measure the third, the steady state a running server has.
    for (let round = 0; round < WARM_UP_LOADS; round += 1) {
      await clear(driver);
      await loadIntoNeo4j(document, driver, { uri: connection.uri });
    }
    log(`load average before measuring: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);

    await clear(driver);
    const started = performance.now();
    let relationshipsFrom = started;
    await loadIntoNeo4j(document, driver, {
      uri: connection.uri,
      onBatch: ({ stage, done, total }) => {
        if (stage === 'articles' && done === total) relationshipsFrom = performance.now();
      },
    });
    const total = (performance.now() - started) / 1000;
    const relationshipSeconds = (performance.now() - relationshipsFrom) / 1000;
    const batched = rows.relationships.length / relationshipSeconds;
    log(`batched: ${rows.relationships.length} relationships in ${relationshipSeconds.toFixed(2)} s = ${Math.round(batched)} rel/s (whole load with nodes and schema: ${total.toFixed(2)} s)`);

    await clear(driver);
    await loadIntoNeo4j({ ...document, edges: [] }, driver, { uri: connection.uri });
    const statement = cypher('load/5-merge-relationships');
    const sample = rows.relationships.slice(0, NAIVE_EDGES);
    const session = driver.session();
    // The naive statement warms up too, on the edges after the measured ones.
    for (const row of rows.relationships.slice(NAIVE_EDGES, 2 * NAIVE_EDGES)) await session.executeWrite((tx) => tx.run(statement, { rows: [row] }));
    const naiveStart = performance.now();
    try {
      for (const row of sample) await session.executeWrite((tx) => tx.run(statement, { rows: [row] }));
    } finally {
      await session.close();
    }
    const naiveSeconds = (performance.now() - naiveStart) / 1000;
    const naive = sample.length / naiveSeconds;
    log(`naive: one statement and transaction per edge, first ${sample.length} relationships in ${naiveSeconds.toFixed(2)} s = ${Math.round(naive)} rel/s`);
    log(`ratio: batched is ${(batched / naive).toFixed(1)}x the naive load (target: at least 20000 rel/s batched: ${batched >= 20000 ? 'met' : 'NOT met'})`);
    await reloads(driver, document, connection.uri);
    log(`memory: ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB resident in this process`);
    await clear(driver);
  } finally {
    await driver.close();
    if (local?.started) await stopDefaultServer();
  }
}

main().catch((error) => {
  process.stderr.write(`bench-load: ${error.stack ?? error}\n`);
  process.exitCode = 1;
});
