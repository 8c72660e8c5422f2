// loadIntoNeo4j: writes a GraphDocument (one article or a merged corpus) into Neo4j, idempotently, in batches.
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { parseGraphDocument } from '../graph/build-graph.js';
import type { GraphDocument } from '../schema/index.js';
import { cypher } from './cypher-files.js';
import { toNeo4jError } from './neo4j-errors.js';
import { loadRows } from './load-rows.js';
import { ensureSchema } from './ensure-schema.js';
import { assertionHashes } from './assertion-hash.js';
import { planLoad } from './load-plan.js';

export interface LoadOptions {
  /** Unset means the server's default database. */
  database?: string;
  /** Rows per write transaction. */
  batchSize?: number;
  /** Named in error messages (the driver does not expose it). */
  uri?: string;
  /** Called after each committed batch, e.g. for a progress line. */
  onBatch?: (progress: LoadProgress) => void;
  /** Article node id -> the input folder or file it was read from, stored as the Article's `loadRoot`. */
  articleRoots?: ReadonlyMap<string, string>;
  /** Input roots whose stored articles that the document no longer holds are pruned (retracted and deleted). */
  pruneRoots?: readonly string[];
  /**
   * Entity properties that depend on the whole graph (the analytics measures): whenever anything is written, they
   * are set on every entity of the document, not only on those the changed articles name.
   */
  corpusWideProperties?: readonly string[];
}

export interface LoadProgress {
  stage: 'entities' | 'articles' | 'relationships' | 'properties';
  done: number;
  total: number;
}

export interface LoadSummary {
  /** What the document holds. */
  entities: number;
  articles: number;
  relationships: number;
  /** Articles written: new ones and those whose assertions changed (see assertionHashes). */
  changedArticles: number;
  /** Articles already loaded with the same assertions: neither retracted nor written. */
  unchangedArticles: number;
  /** Articles already in the database whose earlier assertions were replaced. */
  replacedArticles: number;
  /** Articles of the prune roots that the document no longer holds: retracted and deleted. */
  prunedArticles: number;
  /** Rows sent: full entity rows, Article rows, relationship rows, and measure-only entity rows. */
  written: { entities: number; articles: number; relationships: number; properties: number };
  /** Entities deleted because no article names them any more. */
  deletedEntities: number;
}

export const LOAD_DEFAULTS = { batchSize: 5000 } as const;

/**
 * Loading the same document twice changes nothing, and the second time writes nothing: each Article node keeps a
 * fingerprint of what the article asserted (assertionHashes), and only new articles and those whose fingerprint
 * changed are retracted and written again. A changed article's earlier assertions are replaced (its evidence and
 * support are retracted, relationships and entities left without support are deleted); relationship rows are sent
 * whole, since merging them is a union. The document is validated before anything is written. Writes go through
 * managed transactions (retried on transient errors); every statement is safe to repeat, and fingerprints are
 * written last, so a load cut short can simply be run again.
 */
export async function loadIntoNeo4j(doc: GraphDocument, driver: Driver, options: LoadOptions = {}): Promise<LoadSummary> {
  const valid = parseGraphDocument(doc, 'loadIntoNeo4j');
  const rows = loadRows(valid, options.articleRoots);
  const hashes = assertionHashes(rows);
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
    const read = (statement: string, params: Record<string, unknown>) =>
      session!.executeRead((tx: ManagedTransaction) => tx.run(statement, params));

    const existing = await read(cypher('load/1-existing-articles'), { ids: rows.assertedArticles });
    const stored = new Map(existing.records.map((r) => [r.get('id') as string, r.get('assertionHash') as string | null]));
    const inDocument = new Set(rows.articles.map((a) => a.id));
    const pruned = options.pruneRoots?.length
      ? (await read(cypher('load/1-articles-from-roots'), { roots: options.pruneRoots })).records.map((r) => r.get('id') as string).filter((id) => !inDocument.has(id))
      : [];
    const plan = planLoad(rows, hashes, stored, pruned, options.corpusWideProperties ?? []);

    let touched: string[] = [];
    let unmentioned: string[] = [];
    if (plan.retract.length > 0) {
      await write(cypher('load/2-forget-assertion-hashes'), { ids: plan.retract });
      const retracted = await write(cypher('load/2-retract-articles'), { articles: plan.retract });
      touched = (retracted.records[0]?.get('touched') as string[] | undefined) ?? [];
      unmentioned = (retracted.records[0]?.get('unmentioned') as string[] | undefined) ?? [];
    }

    const batches = async <T>(stage: LoadProgress['stage'], statement: string, all: T[]) => {
      for (let i = 0; i < all.length; i += batchSize) {
        await write(statement, { rows: all.slice(i, i + batchSize) });
        options.onBatch?.({ stage, done: Math.min(i + batchSize, all.length), total: all.length });
      }
    };
    const { entities, properties } = plan.entities(touched);
    await batches('entities', cypher('load/3-merge-entities'), entities);
    await batches('articles', cypher('load/4-merge-articles'), plan.articles);
    await batches('relationships', cypher('load/5-merge-relationships'), plan.relationships);
    await batches('properties', cypher('load/3-set-entity-properties'), properties);

    const documentEntities = new Set(rows.entities.map((e) => e.id));
    const orphans = unmentioned.filter((id) => !documentEntities.has(id));
    let deletedEntities = 0;
    if (orphans.length > 0) {
      const deleted = await write(cypher('load/6-delete-unmentioned'), { ids: orphans });
      deletedEntities = Number(deleted.records[0]?.get('deleted') ?? 0);
    }
    if (pruned.length > 0) await write(cypher('load/6-delete-articles'), { ids: pruned });
    const fingerprints = plan.articles.map((a) => ({ id: a.id, hash: hashes.get(a.id) }));
    for (let i = 0; i < fingerprints.length; i += batchSize) await write(cypher('load/7-set-assertion-hashes'), { rows: fingerprints.slice(i, i + batchSize) });
    return {
      entities: rows.entities.length,
      articles: rows.articles.length,
      relationships: rows.relationships.length,
      changedArticles: plan.articles.length,
      unchangedArticles: rows.articles.length - plan.articles.length,
      replacedArticles: plan.retract.length - pruned.length,
      prunedArticles: pruned.length,
      written: { entities: entities.length, articles: plan.articles.length, relationships: plan.relationships.length, properties: properties.length },
      deletedEntities,
    };
  } catch (error) {
    throw toNeo4jError(error, context);
  } finally {
    await session?.close();
  }
}
