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
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
  articlesIn.set(graph, new Set());
  return graph;
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
  const held = articlesIn.get(graph);
  const articles = articlesOf(doc);
  // A document of articles the graph holds nothing of (each article of a corpus build, merged once) cannot repeat what
  // the graph holds: only its own mentions and evidence are compared, without keeping keys for every item of the graph.
  const fresh = held !== undefined && ![...articles].some((article) => held.has(article)) ? articles : undefined;
  for (const node of doc.nodes) mergeNode(graph, node, copy, fresh);
  for (const edge of doc.edges) mergeEdge(graph, edge, copy, fresh);
  for (const article of articles) held?.add(article);
}

type Copy = <T>(value: T) => T;

/**
 * Articles whose mentions or evidence each graph made by createGraph has held (a node dropped since may leave some
 * named that it no longer holds, which only makes merges compare more). Graphs are fed only through mergeDocument.
 */
const articlesIn = new WeakMap<KnowledgeGraph, Set<string>>();

function articlesOf(doc: GraphDocument): Set<string> {
  const articles = new Set<string>();
  for (const node of doc.nodes) for (const mention of node.mentions) articles.add(mention.article);
  for (const edge of doc.edges) for (const evidence of edge.evidence) articles.add(evidence.article);
  return articles;
}

function mergeNode(graph: KnowledgeGraph, node: GraphNode, copy: Copy, fresh: Fresh): void {
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
  if (!namesHeld(existing, name, node)) {
    const names = [existing.name, node.name, ...existing.aliases, ...node.aliases];
    existing.name = name;
    existing.aliases = sortedUnique(names.filter((n) => n !== name));
    sortedAliases.add(existing.aliases);
  }
  appendNew(existing.mentions, node.mentions, mentionKey, fresh);
  if (node.properties && !holdsAll(existing.properties, node.properties)) existing.properties = { ...existing.properties, ...node.properties };
  if (existing.label === 'Article' && node.label === 'Article') {
    // The same article id seen again: the later content wins (a re-extracted, changed article).
    Object.assign(existing, { source: node.source, contentHash: node.contentHash, date: node.date, url: node.url });
  }
}

function mergeEdge(graph: KnowledgeGraph, edge: GraphEdge, copy: Copy, fresh: Fresh): void {
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
  appendNew(existing.evidence, edge.evidence, evidenceKey, fresh);
}

/** Whether merging `added` into `held` would change nothing (the properties a place has are the same in every article). */
function holdsAll(held: Record<string, unknown> | undefined, added: Record<string, unknown>): boolean {
  if (held === undefined) return false;
  for (const key in added) if (held[key] !== added[key]) return false;
  return true;
}

/** The fuller name wins; ties go to the alphabetically first, so merge order never matters. */
function preferredName(a: string, b: string): string {
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a <= b ? a : b;
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

/** Alias lists made by a merge: sorted, without duplicates or the node's name. */
const sortedAliases = new WeakSet<string[]>();

/**
 * Whether merging the node's names leaves the existing name and aliases as they are: a country named in ten thousand
 * articles, always by the same name, is not re-sorted each time.
 */
function namesHeld(existing: NodeAttributes, name: string, node: GraphNode): boolean {
  if (name !== existing.name) return false;
  // The name itself counts as held only beside a merged alias list: one from a document may still list it, or be unsorted.
  const held = (n: string): boolean => existing.aliases.includes(n) || (n === name && sortedAliases.has(existing.aliases));
  return held(node.name) && node.aliases.every(held);
}

// Keys of the mentions and evidence already held by each array, so a merge appends in time linear in what it adds:
// a country named in ten thousand articles must not be re-sorted ten thousand times. Sorting waits for graphToDocument.
const heldKeys = new WeakMap<object, Set<string>>();

/** The articles of a document the graph held nothing of before it, else undefined. */
type Fresh = ReadonlySet<string> | undefined;

const mentionKey = (m: Mention) => `${m.article}\u0000${m.start}\u0000${m.end}`;
const evidenceKey = (e: Evidence) => `${e.article}\u0000${e.start}\u0000${e.end}\u0000${e.rule}`;

function appendNew<T extends { article: string }>(items: T[], added: T[], key: (item: T) => string, fresh: Fresh): void {
  let keys = heldKeys.get(items);
  if (!keys && fresh) {
    // Only what this document added can match: the items of its articles, which are the last ones, since items are
    // only appended. One item to add to none of them needs no key at all.
    let ownStart = items.length;
    while (ownStart > 0 && fresh.has(items[ownStart - 1]!.article)) ownStart -= 1;
    if (ownStart === items.length && added.length === 1) {
      items.push(added[0]!);
      return;
    }
    keys = new Set(items.slice(ownStart).map(key));
  }
  if (!keys) {
    keys = new Set(items.map(key));
    heldKeys.set(items, keys);
  }
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
