// Creates the constraints and indexes of cypher/schema/ (each `IF NOT EXISTS`, so running it again is free).
import type { Session } from 'neo4j-driver';
import { cypherFolder } from './cypher-files.js';

export async function ensureSchema(session: Session): Promise<void> {
  for (const { text } of cypherFolder('schema')) {
    // Schema changes cannot share a transaction with data writes: one managed transaction each.
    await session.executeWrite((tx) => tx.run(text));
  }
}
