// The graphology mirror of some documents, in the shape readGraphFromNeo4j returns, so the two compare with toEqual.
import { buildGraph, graphToDocument } from '../../src/graph/build-graph.js';
import { loadRows } from '../../src/neo4j/load-rows.js';
import type { StoredGraph } from '../../src/neo4j/read-graph.js';
import type { GraphDocument } from '../../src/schema/index.js';

export interface ComparableGraph {
  nodes: { id: string; label: string; name: string; aliases: string[] }[];
    /** Support lists are left out: a merged corpus document cannot say which article an edge without evidence came from. */
  relationships: { type: string; source: string; target: string; evidence: string[] }[];
}

export function mirrorOf(docs: GraphDocument[]): ComparableGraph {
  const rows = loadRows(graphToDocument(buildGraph(docs)));
  return {
    nodes: [...rows.entities, ...rows.articles]
      .map(({ id, name, aliases, ...rest }) => ({ id, label: 'label' in rest ? rest.label : 'Article', name, aliases: sortedAliases(name, aliases) }))
      .sort((a, b) => compare(a.id, b.id)),
    relationships: rows.relationships
      .map((r) => ({ type: r.type, source: r.source, target: r.target, evidence: r.evidence.map((e) => evidenceKey({ ...e, start: e.start.toNumber(), end: e.end.toNumber() })).sort() }))
      .sort(byTriple),
  };
}

export function comparable(stored: StoredGraph): ComparableGraph {
  return {
    nodes: stored.nodes.map(({ id, label, name, aliases }) => ({ id, label, name, aliases: sortedAliases(name, aliases) })),
    relationships: stored.relationships
      .map((r) => ({ type: r.type, source: r.source, target: r.target, evidence: r.evidence.map(evidenceKey).sort() }))
      .sort(byTriple),
  };
}

function sortedAliases(name: string, aliases: string[]): string[] {
  return [...new Set(aliases)].filter((a) => a !== name).sort();
}

function evidenceKey(e: { article: string; start: number; end: number; rule: string; sentence: string }): string {
  return `${e.article}|${e.start}|${e.end}|${e.rule}|${e.sentence}`;
}

function byTriple(a: { type: string; source: string; target: string }, b: { type: string; source: string; target: string }): number {
  return compare(`${a.type}|${a.source}|${a.target}`, `${b.type}|${b.source}|${b.target}`);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
