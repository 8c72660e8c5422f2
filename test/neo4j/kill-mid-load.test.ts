// A server killed in the middle of a load: the load fails with a clear Neo4jError; after a restart on the same data,
// running the load again completes it, with nothing missing and no duplicates (compared with the mirror).
// This test runs its own server (the shared one must survive), always the local one from tools/neo4j-server.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { Neo4jError } from '../../src/errors.js';
import { mergeDocuments } from '../../src/graph/build-graph.js';
import { createDriver } from '../../src/neo4j/connection.js';
import { loadIntoNeo4j } from '../../src/neo4j/load-into-neo4j.js';
import { readGraphFromNeo4j } from '../../src/neo4j/read-graph.js';
import type { GraphDocument } from '../../src/schema/index.js';
// @ts-ignore: plain JavaScript scripts shared with `npm run neo4j:start` and the benchmark
import { STATE_DIR, freePort, startServer, stopProcess } from '../../scripts/neo4j-server.mjs';
// @ts-ignore
import { syntheticDocuments } from '../../scripts/neo4j-synthetic-corpus.mjs';
import { comparable, mirrorOf } from './mirror.js';

const home = join(STATE_DIR, 'kill-test');
let server: { uri: string; user: string; password: string; pid: number; port: number } | undefined;
const drivers: Driver[] = [];

afterAll(async () => {
  await Promise.all(drivers.map((d) => d.close()));
  if (server) await stopProcess(server.pid);
  rmSync(home, { recursive: true, force: true });
});

function driverFor(s: NonNullable<typeof server>): Driver {
  // A short retry window: the test wants the failure, not thirty seconds of retries against a dead server.
  const driver = createDriver(s, { maxRetryMs: 1000 });
  drivers.push(driver);
  return driver;
}

describe('a server killed mid-load', () => {
  it('fails with a clear message, and a re-run after restart completes the load exactly', async () => {
    rmSync(home, { recursive: true, force: true });
    server = await startServer({ home, port: await freePort() });
    const docs = syntheticDocuments(400, 7) as GraphDocument[];
    const corpus = mergeDocuments(docs);
    let killed = false;
    const failure = await loadIntoNeo4j(corpus, driverFor(server), {
      uri: server.uri,
      batchSize: 250,
      onBatch: ({ stage, done }) => {
        if (stage === 'relationships' && done >= 1000 && !killed) {
          killed = true;
          process.kill(server!.pid, 'SIGKILL');
        }
      },
    }).catch((e: unknown) => e);
    expect(killed).toBe(true);
    expect(failure).toBeInstanceOf(Neo4jError);
    expect((failure as Neo4jError).code).toBe('NEO4J_UNAVAILABLE');
    expect((failure as Neo4jError).message).toContain(`${server.uri}: Neo4j is not reachable while loading the graph`);

    // Same data directory, same port: what was committed before the kill is still there, the rest is missing.
    await stopProcess(server.pid, 'SIGKILL');
    server = await startServer({ home, port: server.port });
    const driver = driverFor(server);
    const partial = await readGraphFromNeo4j(driver);
    const expected = mirrorOf([corpus]);
    expect(partial.relationships.length).toBeGreaterThanOrEqual(1000);
    expect(partial.relationships.length).toBeLessThan(expected.relationships.length);

    await loadIntoNeo4j(corpus, driver, { uri: server.uri, batchSize: 250 });
    expect(comparable(await readGraphFromNeo4j(driver))).toEqual(expected);
    // The same as loading the articles one by one into an empty database would give.
    expect(expected).toEqual(mirrorOf(docs));
  }, 300_000);
});
