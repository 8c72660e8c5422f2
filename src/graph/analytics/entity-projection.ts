// The graph analytics measure: entities only, one undirected weighted edge per related pair.
import { UndirectedGraph } from 'graphology';
import { MENTIONED_IN, type GraphDocument } from '../../schema/index.js';
import type { KnowledgeGraph } from '../build-graph.js';

export interface ProjectionEdge {
  /** Evidence sentences behind all relations between the pair (at least 1 per relation). */
  weight: number;
  /** Number of distinct relations (type and direction) between the pair. */
  relations: number;
}
export type EntityProjection = UndirectedGraph<Record<string, never>, ProjectionEdge>;

/**
 * Article nodes and MENTIONED_IN edges are left out: every entity of an article is tied to its Article
 * node, so with them the articles would be the most central "entities", any two entities of one article
 * would be two steps apart, and communities would be articles. The measures should rank what the text
 * says about entities (visits, meetings, jobs), not which page they were printed on.
 * Direction is dropped too: "A VISITED B" and "B hosted A" are the same tie for centrality and communities.
 * Nodes and edges are added in sorted order so that order-sensitive algorithms (Louvain) are reproducible.
 * A GraphDocument gives the same projection as the graph built from it, without building that graph
 * (whose evidence and MENTIONED_IN edges, most of a corpus, the projection leaves out anyway).
 */
export function entityProjection(graph: KnowledgeGraph | GraphDocument): EntityProjection {
  const projection: EntityProjection = new UndirectedGraph();
  const ids = 'forEachEdge' in graph
    ? graph.filterNodes((_, attributes) => attributes.label !== 'Article')
    : graph.nodes.filter((node) => node.label !== 'Article').map((node) => node.id);
  for (const id of ids.sort()) projection.addNode(id);
  const pairs = new Map<string, { a: string; b: string; weight: number; relations: number }>();
  const add = (type: string, source: string, target: string, evidence: number): void => {
    if (type === MENTIONED_IN || source === target) return;
    if (!projection.hasNode(source) || !projection.hasNode(target)) return;
    const [a, b] = source < target ? [source, target] : [target, source];
    const key = `${a}\u0000${b}`;
    const pair = pairs.get(key) ?? { a, b, weight: 0, relations: 0 };
    pair.weight += Math.max(1, evidence);
    pair.relations += 1;
    pairs.set(key, pair);
  };
  if ('forEachEdge' in graph) graph.forEachEdge((_, { type, evidence }, source, target) => add(type, source, target, evidence.length));
  else for (const edge of graph.edges) add(edge.type, edge.source, edge.target, edge.evidence.length);
  for (const key of [...pairs.keys()].sort()) {
    const { a, b, weight, relations } = pairs.get(key)!;
    projection.addEdge(a, b, { weight, relations });
  }
  return projection;
}
