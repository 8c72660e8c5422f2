// Reads back what the database holds, in plain data, to compare it with the graphology mirror.
import type { Driver } from 'neo4j-driver';
import { cypher } from './cypher-files.js';
import { toNeo4jError } from './neo4j-errors.js';

export interface StoredNode {
  id: string;
  label: string;
  name: string;
  aliases: string[];
  properties: Record<string, unknown>;
}

export interface StoredEvidence {
  article: string;
  sentence: string;
  start: number;
  end: number;
  rule: string;
}

export interface StoredRelationship {
  type: string;
  source: string;
  target: string;
  articles: string[];
  evidence: StoredEvidence[];
}

export interface StoredGraph {
  nodes: StoredNode[];
  relationships: StoredRelationship[];
}

export async function readGraphFromNeo4j(driver: Driver, options: { database?: string; uri?: string } = {}): Promise<StoredGraph> {
  const session = driver.session({ defaultAccessMode: 'READ', ...(options.database ? { database: options.database } : {}) });
  try {
    const nodes = await session.executeRead((tx) => tx.run(cypher('read/nodes')));
    const relationships = await session.executeRead((tx) => tx.run(cypher('read/relationships')));
    return {
      nodes: nodes.records.map((r) => ({
        id: r.get('id'),
        label: r.get('label'),
        name: r.get('name'),
        aliases: r.get('aliases') ?? [],
        properties: r.get('properties'),
      })),
      relationships: relationships.records.map((r) => {
        const articles: string[] = r.get('evidenceArticles') ?? [];
        const at = (list: string, i: number) => (r.get(list) as unknown[])[i];
        return {
          type: r.get('type'),
          source: r.get('source'),
          target: r.get('target'),
          articles: r.get('articles') ?? [],
          evidence: articles.map((article, i) => ({
            article,
            sentence: at('sentences', i) as string,
            start: Number(at('starts', i)),
            end: Number(at('ends', i)),
            rule: at('rules', i) as string,
          })),
        };
      }),
    };
  } catch (error) {
    throw toNeo4jError(error, { uri: options.uri ?? 'Neo4j', ...(options.database ? { database: options.database } : {}), action: 'reading the graph' });
  } finally {
    await session.close();
  }
}
