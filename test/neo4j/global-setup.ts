// One Neo4j for the whole test run: NEO4J_URI if set, else testcontainers if a container runtime answers, else a
// local server from tools/neo4j-server with its own data folder (never the one `npm run neo4j:start` keeps a user's
// graph in), started here and stopped at teardown. The tests wipe the database they use, so a NEO4J_URI database that
// already holds data is refused unless KG_TEST_ALLOW_WIPE=1 says it may be wiped.
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { STATE_DIR, startServer, stopProcess } from '../../scripts/neo4j-server.mjs';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  /** Which of the three ways found the server (printed, so a CI log shows it). */
  kind: 'env' | 'testcontainers' | 'local';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { server, teardown } = await findNeo4j();
  process.stderr.write(`neo4j tests: using ${server.kind} server at ${server.uri}\n`);
  project.provide('neo4j', server);
  return teardown;
}

async function findNeo4j(): Promise<{ server: TestNeo4j; teardown: () => Promise<void> }> {
  const env = process.env;
  if (env.NEO4J_URI) {
    const server: TestNeo4j = { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD ?? 'neo4j', kind: 'env' };
    if (env.KG_TEST_ALLOW_WIPE !== '1' && (await holdsData(server))) {
      throw new Error(
        `neo4j tests: ${server.uri} already holds data, and the tests delete everything in the database they use. ` +
          'Point NEO4J_URI at an empty database, unset it to let the tests start their own server, or set KG_TEST_ALLOW_WIPE=1.',
      );
    }
    return { server, teardown: async () => {} };
  }
  if (await containerRuntimeAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword('kg-test-password').start();
    const server: TestNeo4j = { uri: container.getBoltUri(), user: 'neo4j', password: container.getPassword(), kind: 'testcontainers' };
    return { server, teardown: async () => void (await container.stop()) };
  }
  const local = await startServer({ home: join(STATE_DIR, 'test-server'), log: (line: string) => process.stderr.write(`${line}\n`) });
  const server: TestNeo4j = { uri: local.uri, user: local.user, password: local.password, kind: 'local' };
  return { server, teardown: async () => void (await stopProcess(local.pid)) };
}

async function holdsData(server: TestNeo4j): Promise<boolean> {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  try {
    const result = await driver.executeQuery('MATCH (n) RETURN count(n) > 0 AS any', {}, { routing: 'READ' });
    return result.records[0]?.get('any') === true;
  } finally {
    await driver.close();
  }
}

async function containerRuntimeAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}
