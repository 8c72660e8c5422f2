// Counts of a graph's nodes per label and edges per type, in the schema's order, for summaries.
import { EdgeType, ENTITY_LABELS } from '../schema/labels.js';
import type { GraphDocument } from '../schema/graph-document.js';

export interface GraphCounts {
  nodes: number;
  edges: number;
  byLabel: [label: string, count: number][];
  byType: [type: string, count: number][];
}

export function graphCounts(doc: GraphDocument): GraphCounts {
  const labels = new Map<string, number>([...ENTITY_LABELS, 'Article'].map((label) => [label, 0]));
  const types = new Map<string, number>(EdgeType.options.map((type) => [type, 0]));
  for (const node of doc.nodes) labels.set(node.label, (labels.get(node.label) ?? 0) + 1);
  for (const edge of doc.edges) types.set(edge.type, (types.get(edge.type) ?? 0) + 1);
  return { nodes: doc.nodes.length, edges: doc.edges.length, byLabel: [...labels], byType: [...types] };
}
