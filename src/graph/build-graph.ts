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

export interface MergeOptions {
  /** The caller hands the document over (freshly parsed, held nowhere else): the graph keeps its objects uncopied. */
  adopt?: boolean;
}

export function mergeDocument(graph: KnowledgeGraph, doc: GraphDocument, options: MergeOptions = {}): void {
  const copy = options.adopt ? <T>(value: T): T => value : structuredClone;
  for (const node of doc.nodes) mergeNode(graph, node, copy);
  for (const edge of doc.edges) mergeEdge(graph, edge, copy);
}

type Copy = <T>(value: T) => T;

function mergeNode(graph: KnowledgeGraph, node: GraphNode, copy: Copy): void {
  const { id, ...attributes } = node;
  if (!graph.hasNode(id)) {
    graph.addNode(id, copy(attributes));
    return;
  }
  const existing = graph.getNodeAttributes(id);
  if (existing.label !== node.label) {
    throw new SchemaError('buildGraph', [`node "${id}" is ${existing.label} in one document and ${node.label} in another`]);
  }
  const name = preferredName(existing.name, node.name);
  if (name !== existing.name || node.aliases.some((a) => !existing.aliases.includes(a)) || !existing.aliases.includes(node.name)) {
    const names = [existing.name, node.name, ...existing.aliases, ...node.aliases];
    existing.name = name;
    existing.aliases = sortedUnique(names.filter((n) => n !== name));
  }
  appendNew(existing.mentions, existing.mentions, node.mentions, mentionKey);
  if (node.properties) existing.properties = { ...existing.properties, ...node.properties };
  if (existing.label === 'Article' && node.label === 'Article') {
    // The same article id seen again: the later content wins (a re-extracted, changed article).
    Object.assign(existing, { source: node.source, contentHash: node.contentHash, date: node.date, url: node.url });
  }
}

function mergeEdge(graph: KnowledgeGraph, edge: GraphEdge, copy: Copy): void {
  const [source, target] = orientedEnds(edge.type, edge.source, edge.target);
  for (const end of [source, target]) {
    if (!graph.hasNode(end)) throw new SchemaError('buildGraph', [`edge ${edge.type} refers to node "${end}", which is not in the document`]);
  }
  const key = edgeKey(edge.type, source, target);
  if (!graph.hasEdge(key)) {
    graph.addEdgeWithKey(key, source, target, { type: edge.type, evidence: copy(edge.evidence) });
    return;
  }
  const existing = graph.getEdgeAttributes(key);
  appendNew(existing.evidence, existing.evidence, edge.evidence, evidenceKey);
}

/** The fuller name wins; ties go to the alphabetically first, so merge order never matters. */
function preferredName(a: string, b: string): string {
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a <= b ? a : b;
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

// Keys of the mentions and evidence already held by each attribute object, so a merge appends in time linear in
// what it adds: a country named in ten thousand articles must not be re-sorted ten thousand times. Sorting waits
// for graphToDocument.
const heldKeys = new WeakMap<object, Set<string>>();

function keysOf<T>(owner: object, items: T[], key: (item: T) => string): Set<string> {
  let keys = heldKeys.get(owner);
  if (!keys) {
    keys = new Set(items.map(key));
    heldKeys.set(owner, keys);
  }
  return keys;
}

const mentionKey = (m: Mention) => `${m.article}\u0000${m.start}\u0000${m.end}`;
const evidenceKey = (e: Evidence) => `${e.article}\u0000${e.start}\u0000${e.end}\u0000${e.rule}`;

function appendNew<T>(owner: object, items: T[], added: T[], key: (item: T) => string): void {
  const keys = keysOf(owner, items, key);
  for (const item of added) {
    const k = key(item);
    if (keys.has(k)) continue;
    keys.add(k);
    items.push(item);
  }
}

function sortedMentions(mentions: Mention[]): Mention[] {
  return [...mentions].sort((x, y) => compare(x.article, y.article) || x.start - y.start || x.end - y.end);
}

function sortedEvidence(evidence: Evidence[]): Evidence[] {
  return [...evidence].sort((x, y) => compare(x.article, y.article) || x.start - y.start || compare(x.rule, y.rule));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The graph as a GraphDocument, nodes sorted by id and edges by key, so equal graphs give equal JSON. */
export function graphToDocument(graph: KnowledgeGraph): GraphDocument {
  const nodes = graph
    .mapNodes((id, attributes) => ({ id, ...attributes, mentions: sortedMentions(attributes.mentions) }) as GraphNode)
    .sort((x, y) => compare(x.id, y.id));
  const edges = graph
    .mapEdges((key, attributes, source, target) => ({ key, edge: { type: attributes.type, source, target, evidence: sortedEvidence(attributes.evidence) } }))
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
