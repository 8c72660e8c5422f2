// What the Neo4j tests share: the run's server (from global-setup), a driver to it, and clearing its database.
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/neo4j/connection.js';
import { cypher } from '../../src/neo4j/cypher-files.js';

export function testServer() {
  return inject('neo4j');
}

export function testDriver(options: { maxRetryMs?: number } = {}): Driver {
  const { uri, user, password } = testServer();
  return createDriver({ uri, user, password }, options);
}

/** Tests isolate by starting from an empty database (the Neo4j test files run one at a time). */
export async function clearDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run(cypher('maintenance/clear-database'));
  } finally {
    await session.close();
  }
}

/** Runs a read query and returns plain rows. */
export async function query(driver: Driver, statement: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const result = await driver.executeQuery(statement, params, { routing: 'READ' });
  return result.records.map((r) => r.toObject());
}
