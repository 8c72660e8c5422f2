// The data the HTML view draws: nodes with precomputed positions and sizes, edges with their evidence.
import { computeAnalytics } from '../graph/analytics/compute-analytics.js';
import type { EdgeType, GraphDocument, GraphNode } from '../schema/index.js';
import { layoutView, type LayoutOptions } from './layout-view.js';
import { EDGE_COLOURS, LABEL_COLOURS } from './palette.js';

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

export function toViewData(doc: GraphDocument, title: string, options: LayoutOptions = {}): ViewData {
  const analytics = computeAnalytics(doc);
  const positions = layoutView(doc, (id) => analytics.nodes.get(id)?.community, options);
  const indexById = new Map(doc.nodes.map((node, i) => [node.id, i]));
  // A loop, not Math.max(...ranks): spreading a large corpus's entities as arguments overflows the stack.
  let maxRank = 0;
  for (const measures of analytics.nodes.values()) maxRank = Math.max(maxRank, measures.pagerank);
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
