// One Neo4j for the whole test run: NEO4J_URI if set, else testcontainers if a container runtime answers, else the
// local server from tools/neo4j-server (started here when not already running, and stopped at teardown if so).
import type { TestProject } from 'vitest/node';
import { ensureDefaultServer, stopDefaultServer } from '../../scripts/neo4j-server.mjs';

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
    return { server, teardown: async () => {} };
  }
  if (await containerRuntimeAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword('kg-test-password').start();
    const server: TestNeo4j = { uri: container.getBoltUri(), user: 'neo4j', password: container.getPassword(), kind: 'testcontainers' };
    return { server, teardown: async () => void (await container.stop()) };
  }
  const local = await ensureDefaultServer((line: string) => process.stderr.write(`${line}\n`));
  const server: TestNeo4j = { uri: local.uri, user: local.user, password: local.password, kind: 'local' };
  return { server, teardown: async () => void (local.started && (await stopDefaultServer())) };
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
