// loadIntoNeo4j: writes a GraphDocument (one article or a merged corpus) into Neo4j, idempotently, in batches.
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { parseGraphDocument } from '../graph/build-graph.js';
import type { GraphDocument } from '../schema/index.js';
import { cypher } from './cypher-files.js';
import { toNeo4jError } from './neo4j-errors.js';
import { loadRows } from './load-rows.js';
import { ensureSchema } from './ensure-schema.js';

export interface LoadOptions {
  /** Unset means the server's default database. */
  database?: string;
  /** Rows per write transaction. */
  batchSize?: number;
  /** Named in error messages (the driver does not expose it). */
  uri?: string;
  /** Called after each committed batch, e.g. for a progress line. */
  onBatch?: (progress: LoadProgress) => void;
}

export interface LoadProgress {
  stage: 'entities' | 'articles' | 'relationships';
  done: number;
  total: number;
}

export interface LoadSummary {
  entities: number;
  articles: number;
  relationships: number;
  /** Articles already in the database whose earlier assertions were replaced. */
  replacedArticles: number;
  /** Entities deleted because no article names them any more. */
  deletedEntities: number;
}

export const LOAD_DEFAULTS = { batchSize: 5000 } as const;

/**
 * Loading the same document twice changes nothing; loading a changed article replaces what it asserted before
 * (its evidence and support are retracted, relationships and entities left without support are deleted).
 * The document is validated before anything is written. Writes go through managed transactions (retried on
 * transient errors); every statement is safe to repeat, so a load cut short can simply be run again.
 */
export async function loadIntoNeo4j(doc: GraphDocument, driver: Driver, options: LoadOptions = {}): Promise<LoadSummary> {
  const valid = parseGraphDocument(doc, 'loadIntoNeo4j');
  const rows = loadRows(valid);
  const batchSize = options.batchSize ?? LOAD_DEFAULTS.batchSize;
  const context = { uri: options.uri ?? 'Neo4j', ...(options.database ? { database: options.database } : {}), action: 'loading the graph' };
  let session: Session | undefined;
  try {
    session = driver.session({ defaultAccessMode: 'WRITE', ...(options.database ? { database: options.database } : {}) });
    // One unmanaged round trip first: a wrong password, a missing database or a server that is down fails at once
    // instead of being retried as a transient error for the driver's whole retry window.
    await session.run(cypher('read/ping'));
    await ensureSchema(session);
    const write = (statement: string, params: Record<string, unknown>) =>
      session!.executeWrite((tx: ManagedTransaction) => tx.run(statement, params));

    const existing = await write(cypher('load/1-existing-articles'), { ids: rows.assertedArticles });
    const replaced: string[] = existing.records.map((r) => r.get('id') as string);
    let unmentioned: string[] = [];
    if (replaced.length > 0) {
      const retracted = await write(cypher('load/2-retract-articles'), { articles: replaced });
      unmentioned = (retracted.records[0]?.get('unmentioned') as string[] | undefined) ?? [];
    }

    const batches = async <T>(stage: LoadProgress['stage'], statement: string, all: T[]) => {
      for (let i = 0; i < all.length; i += batchSize) {
        await write(statement, { rows: all.slice(i, i + batchSize) });
        options.onBatch?.({ stage, done: Math.min(i + batchSize, all.length), total: all.length });
      }
    };
    await batches('entities', cypher('load/3-merge-entities'), rows.entities);
    await batches('articles', cypher('load/4-merge-articles'), rows.articles);
    await batches('relationships', cypher('load/5-merge-relationships'), rows.relationships);

    const inDocument = new Set(rows.entities.map((e) => e.id));
    const orphans = unmentioned.filter((id) => !inDocument.has(id));
    let deletedEntities = 0;
    if (orphans.length > 0) {
      const deleted = await write(cypher('load/6-delete-unmentioned'), { ids: orphans });
      deletedEntities = Number(deleted.records[0]?.get('deleted') ?? 0);
    }
    return {
      entities: rows.entities.length,
      articles: rows.articles.length,
      relationships: rows.relationships.length,
      replacedArticles: replaced.length,
      deletedEntities,
    };
  } catch (error) {
    throw toNeo4jError(error, context);
  } finally {
    await session?.close();
  }
}
