// The analytics as a summary (top entities per measure, communities) and as a readable plain-text table.
import { graphCounts } from '../../corpus/graph-counts.js';
import type { GraphDocument, GraphNode } from '../../schema/index.js';
import type { AnalyticsResult, NodeAnalytics } from './compute-analytics.js';

const RANKED = ['pagerank', 'degree', 'weightedDegree', 'betweenness'] as const satisfies readonly (keyof NodeAnalytics)[];
const TITLES: Record<(typeof RANKED)[number], string> = {
  pagerank: 'PageRank',
  degree: 'Degree (relations)',
  weightedDegree: 'Weighted degree (evidence sentences)',
  betweenness: 'Betweenness (normalised)',
};

export interface RankedEntity {
  id: string;
  name: string;
  label: GraphNode['label'];
  value: number;
}

export interface StatsSummary {
  nodes: number;
  edges: number;
  byLabel: [string, number][];
  byType: [string, number][];
  entities: number;
  modularity: number;
  top: Record<(typeof RANKED)[number], RankedEntity[]>;
  communities: { community: number; size: number; members: RankedEntity[] }[];
}

export function summariseStats(doc: GraphDocument, result: AnalyticsResult, top = 10): StatsSummary {
  const nodeById = new Map(doc.nodes.map((node) => [node.id, node]));
  const entries = [...result.nodes.entries()];
  const ranked = (measure: keyof NodeAnalytics, ids: [string, NodeAnalytics][]): RankedEntity[] =>
    ids
      .map(([id, measures]) => ({ id, name: nodeById.get(id)!.name, label: nodeById.get(id)!.label, value: measures[measure] }))
      // Highest first; ties in id order so the table is the same on every run.
      .sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1))
      .slice(0, top);
  const byCommunity = new Map<number, [string, NodeAnalytics][]>();
  for (const entry of entries) byCommunity.set(entry[1].community, [...(byCommunity.get(entry[1].community) ?? []), entry]);
  const counts = graphCounts(doc);
  return {
    nodes: counts.nodes,
    edges: counts.edges,
    byLabel: counts.byLabel.filter(([, n]) => n > 0),
    byType: counts.byType.filter(([, n]) => n > 0),
    entities: result.nodes.size,
    modularity: result.modularity,
    top: Object.fromEntries(RANKED.map((measure) => [measure, ranked(measure, entries)])) as StatsSummary['top'],
    communities: [...byCommunity.entries()]
      .sort((a, b) => a[0] - b[0])
      .slice(0, top)
      .map(([community, members]) => ({ community, size: members.length, members: ranked('pagerank', members) })),
  };
}

export function formatStats(summary: StatsSummary): string {
  const lines: string[] = [];
  lines.push(`Graph: ${summary.nodes} nodes, ${summary.edges} edges`);
  lines.push(`  nodes: ${summary.byLabel.map(([label, n]) => `${label} ${n}`).join(', ') || 'none'}`);
  lines.push(`  edges: ${summary.byType.map(([type, n]) => `${type} ${n}`).join(', ') || 'none'}`);
  if (summary.entities === 0) {
    lines.push('', 'No entities: nothing to rank. (Article nodes and MENTIONED_IN edges are not measured.)');
    return `${lines.join('\n')}\n`;
  }
  for (const measure of RANKED) {
    lines.push('', `${TITLES[measure]}, top ${summary.top[measure].length}:`, ...table(summary.top[measure]));
  }
  const shown = summary.communities.length;
  lines.push('', `Louvain communities (modularity ${summary.modularity}), the ${shown} largest, members by PageRank:`);
  for (const { community, size, members } of summary.communities) {
    const names = members.slice(0, 8).map((m) => m.name);
    lines.push(`  ${String(community).padStart(3)}  ${String(size).padStart(5)} entities  ${names.join(', ')}${size > names.length ? ', ...' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function table(rows: RankedEntity[]): string[] {
  const nameWidth = Math.min(40, Math.max(4, ...rows.map((r) => r.name.length)));
  const labelWidth = Math.max(5, ...rows.map((r) => r.label.length));
  return rows.map((row, i) => {
    const name = row.name.length > nameWidth ? `${row.name.slice(0, nameWidth - 1)}…` : row.name.padEnd(nameWidth);
    return `  ${String(i + 1).padStart(3)}  ${name}  ${row.label.padEnd(labelWidth)}  ${formatValue(row.value)}`;
  });
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}
