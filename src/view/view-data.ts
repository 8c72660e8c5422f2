// The data the HTML view draws: nodes with precomputed positions and sizes, edges with their evidence.
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { buildGraph } from '../graph/build-graph.js';
import { computeAnalytics } from '../graph/analytics/compute-analytics.js';
import { cjsDefault } from '../graph/analytics/cjs-default.js';
import { seededRandom } from '../graph/analytics/seeded-random.js';
import { MENTIONED_IN, type EdgeType, type GraphDocument, type GraphNode } from '../schema/index.js';
import { EDGE_COLOURS, LABEL_COLOURS } from './palette.js';

const forceAtlas2 = cjsDefault(forceAtlas2Module);

export interface ViewNode {
  id: string;
  label: GraphNode['label'];
  name: string;
  aliases: string[];
  x: number;
  y: number;
  size: number;
  /** Flat analytics and facts (degree, pagerank, community, ISO code...), shown in the side panel. */
  properties: Record<string, string | number | boolean | null>;
}

export interface ViewEdge {
  type: EdgeType;
  /** Indexes into `nodes`. */
  source: number;
  target: number;
  /** [article key, index into `sentences`] per evidence item. */
  evidence: [string, number][];
}

export interface ViewData {
  title: string;
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** Evidence sentences, each stored once however many edges cite it. */
  sentences: string[];
  /** Article key (as evidence names it) -> headline and source file. */
  articles: Record<string, { title: string; source: string }>;
  labelColours: Record<string, string>;
  edgeColours: Record<string, string>;
}

export interface LayoutOptions {
  /** ForceAtlas2 iterations; the default depends on the graph's size. */
  iterations?: number;
  seed?: number;
}

export function toViewData(doc: GraphDocument, title: string, options: LayoutOptions = {}): ViewData {
  const graph = buildGraph([doc]);
  const analytics = computeAnalytics(graph);
  const positions = layout(doc, options);
  const indexById = new Map(doc.nodes.map((node, i) => [node.id, i]));
  const maxRank = Math.max(0, ...[...analytics.nodes.values()].map((a) => a.pagerank));
  const nodes = doc.nodes.map((node): ViewNode => {
    const measures = analytics.nodes.get(node.id);
    const { x, y } = positions.get(node.id)!;
    // Importance is PageRank among entities; articles are drawn small, as they are provenance, not subjects.
    const importance = measures && maxRank > 0 ? Math.sqrt(measures.pagerank / maxRank) : 0;
    return {
      id: node.id,
      label: node.label,
      name: node.name,
      aliases: node.aliases,
      x,
      y,
      size: node.label === 'Article' ? 3 : 4 + 14 * importance,
      properties: { ...node.properties, ...measures },
    };
  });
  const sentences: string[] = [];
  const sentenceIndex = new Map<string, number>();
  const articles: ViewData['articles'] = {};
  for (const node of doc.nodes) {
    if (node.label === 'Article') articles[node.id] = { title: node.name, source: node.source };
  }
  const edges = doc.edges.map((edge): ViewEdge => ({
    type: edge.type,
    source: indexById.get(edge.source)!,
    target: indexById.get(edge.target)!,
    evidence: edge.evidence.map((ev) => {
      let index = sentenceIndex.get(ev.sentence);
      if (index === undefined) {
        index = sentences.push(ev.sentence) - 1;
        sentenceIndex.set(ev.sentence, index);
      }
      return [ev.article, index];
    }),
  }));
  return { title, nodes, edges, sentences, articles, labelColours: LABEL_COLOURS, edgeColours: EDGE_COLOURS };
}

/**
 * ForceAtlas2 from seeded random positions, so the same graph is laid out the same way every time.
 * MENTIONED_IN edges take part, lightly weighted: they pull entities named in the same articles together.
 */
function layout(doc: GraphDocument, options: LayoutOptions): Map<string, { x: number; y: number }> {
  const graph = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  const random = seededRandom(options.seed ?? 1);
  const spread = Math.sqrt(doc.nodes.length) * 10;
  for (const node of [...doc.nodes].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    graph.addNode(node.id, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  }
  for (const edge of doc.edges) {
    if (edge.source === edge.target) continue;
    const weight = edge.type === MENTIONED_IN ? 0.2 : 1;
    graph.updateEdge(edge.source, edge.target, (attributes) => ({ weight: (attributes.weight ?? 0) + weight }));
  }
  if (graph.order > 1) {
    const iterations = options.iterations ?? (graph.order < 1000 ? 300 : graph.order < 10000 ? 100 : 50);
    forceAtlas2.assign(graph, { iterations, getEdgeWeight: 'weight', settings: forceAtlas2.inferSettings(graph) });
  }
  return new Map(graph.mapNodes((id, { x, y }) => [id, { x: round(x), y: round(y) }]));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
