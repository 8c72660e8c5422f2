// The graphology mirror: merges GraphDocuments by canonical id into one graph, and turns it back into a document.
import { MultiDirectedGraph } from 'graphology';
import { SchemaError, describeIssues } from '../errors.js';
import {
  GraphDocument,
  SCHEMA_VERSION,
  SYMMETRIC_TYPES,
  type EdgeType,
  type Evidence,
  type GraphEdge,
  type GraphNode,
  type Mention,
} from '../schema/index.js';

/** Node attributes: the GraphNode without its id. */
export type NodeAttributes = Omit<GraphNode, 'id'>;
export interface EdgeAttributes {
  type: EdgeType;
  evidence: Evidence[];
}
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createGraph(): KnowledgeGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
}

/** One key per (type, source, target); symmetric types are keyed with their ends in sorted order. */
export function edgeKey(type: EdgeType, source: string, target: string): string {
  const [a, b] = orientedEnds(type, source, target);
  return `${type}|${a}|${b}`;
}

export function orientedEnds(type: EdgeType, source: string, target: string): [string, string] {
  return SYMMETRIC_TYPES.has(type) && target < source ? [target, source] : [source, target];
}

/** Merges documents into a graph (a new one, or `into`). Order of documents does not change the result. */
export function buildGraph(docs: Iterable<GraphDocument>, into: KnowledgeGraph = createGraph()): KnowledgeGraph {
  for (const doc of docs) mergeDocument(into, doc);
  return into;
}

export function mergeDocument(graph: KnowledgeGraph, doc: GraphDocument): void {
  for (const node of doc.nodes) mergeNode(graph, node);
  for (const edge of doc.edges) mergeEdge(graph, edge);
}

function mergeNode(graph: KnowledgeGraph, node: GraphNode): void {
  const { id, ...attributes } = node;
  if (!graph.hasNode(id)) {
    graph.addNode(id, structuredClone(attributes));
    return;
  }
  const existing = graph.getNodeAttributes(id);
  if (existing.label !== node.label) {
    throw new SchemaError('buildGraph', [`node "${id}" is ${existing.label} in one document and ${node.label} in another`]);
  }
  const names = [existing.name, node.name, ...existing.aliases, ...node.aliases];
  const name = preferredName(existing.name, node.name);
  existing.name = name;
  existing.aliases = sortedUnique(names.filter((n) => n !== name));
  existing.mentions = mergeMentions(existing.mentions, node.mentions);
  if (node.properties) existing.properties = { ...existing.properties, ...node.properties };
  if (existing.label === 'Article' && node.label === 'Article') {
    // The same article id seen again: the later content wins (a re-extracted, changed article).
    Object.assign(existing, { source: node.source, contentHash: node.contentHash, date: node.date, url: node.url });
  }
}

function mergeEdge(graph: KnowledgeGraph, edge: GraphEdge): void {
  const [source, target] = orientedEnds(edge.type, edge.source, edge.target);
  for (const end of [source, target]) {
    if (!graph.hasNode(end)) throw new SchemaError('buildGraph', [`edge ${edge.type} refers to node "${end}", which is not in the document`]);
  }
  const key = edgeKey(edge.type, source, target);
  if (!graph.hasEdge(key)) {
    graph.addEdgeWithKey(key, source, target, { type: edge.type, evidence: structuredClone(edge.evidence) });
    return;
  }
  const existing = graph.getEdgeAttributes(key);
  existing.evidence = mergeEvidence(existing.evidence, edge.evidence);
}

/** The fuller name wins; ties go to the alphabetically first, so merge order never matters. */
function preferredName(a: string, b: string): string {
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a <= b ? a : b;
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

function mergeMentions(a: Mention[], b: Mention[]): Mention[] {
  const seen = new Map<string, Mention>();
  for (const m of [...a, ...b]) seen.set(`${m.article}\u0000${m.start}\u0000${m.end}`, m);
  return [...seen.values()].sort((x, y) => compare(x.article, y.article) || x.start - y.start || x.end - y.end);
}

function mergeEvidence(a: Evidence[], b: Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const e of [...a, ...b]) seen.set(`${e.article}\u0000${e.start}\u0000${e.end}\u0000${e.rule}`, e);
  return [...seen.values()].sort((x, y) => compare(x.article, y.article) || x.start - y.start || compare(x.rule, y.rule));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The graph as a GraphDocument, nodes sorted by id and edges by key, so equal graphs give equal JSON. */
export function graphToDocument(graph: KnowledgeGraph): GraphDocument {
  const nodes = graph
    .mapNodes((id, attributes) => ({ id, ...attributes }) as GraphNode)
    .sort((x, y) => compare(x.id, y.id));
  const edges = graph
    .mapEdges((key, attributes, source, target) => ({ key, edge: { type: attributes.type, source, target, evidence: attributes.evidence } }))
    .sort((x, y) => compare(x.key, y.key))
    .map(({ edge }) => edge);
  return { schemaVersion: SCHEMA_VERSION, nodes, edges };
}

/** Merges documents into one document (the corpus graph). */
export function mergeDocuments(docs: Iterable<GraphDocument>): GraphDocument {
  return graphToDocument(buildGraph(docs));
}

/** Validates unknown data as a GraphDocument, reporting every issue with its path. */
export function parseGraphDocument(data: unknown, subject: string): GraphDocument {
  const result = GraphDocument.safeParse(data);
  if (!result.success) {
    throw new SchemaError(subject, describeIssues(result.error));
  }
  return result.data;
}
