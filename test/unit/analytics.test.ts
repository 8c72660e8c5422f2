// Analytics of the entities: measures a reader of `kg stats` relies on, reproducible run to run.
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../src/graph/analytics/betweenness.js';
import { cjsDefault } from '../../src/graph/analytics/cjs-default.js';
import { computeAnalytics } from '../../src/graph/analytics/compute-analytics.js';
import { entityProjection, type EntityProjection } from '../../src/graph/analytics/entity-projection.js';
import { formatStats, summariseStats } from '../../src/graph/analytics/stats-report.js';
import { seededRandom } from '../../src/graph/analytics/seeded-random.js';
import { withAnalytics } from '../../src/graph/analytics/with-analytics.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { emptyDocument } from '../../src/schema/index.js';
import { seedGraph } from '../fixtures/view-graphs.js';

describe('computeAnalytics', () => {
  const result = computeAnalytics(buildGraph([seedGraph()]));
  const lee = result.nodes.get('person:lee-jae-myung')!;

  it('measures entities only: Article nodes and MENTIONED_IN edges are left out', () => {
    expect(result.nodes.has('article:rok-leader-state-visit-china')).toBe(false);
    expect(result.nodes.size).toBe(10);
    // Japan is only MENTIONED_IN the article: no relation, so no degree.
    expect(result.nodes.get('country:JP')).toMatchObject({ degree: 0, weightedDegree: 0, betweenness: 0 });
    const projection = entityProjection(buildGraph([seedGraph()]));
    expect(projection.hasNode('article:rok-leader-state-visit-china')).toBe(false);
  });

  it('counts relations for degree and evidence sentences for weighted degree', () => {
    // VISITED Beijing, VISITED China, LEADER_OF ROK, MET_WITH Xi, INTERVIEWED_BY CCTV (QUOTED_IN goes to the article).
    expect(lee.degree).toBe(5);
    expect(lee.weightedDegree).toBe(5);
    expect(result.nodes.get('country:CN')!.degree).toBe(4);
  });

  it('ranks the visiting president first by PageRank and betweenness', () => {
    const byRank = [...result.nodes.entries()].sort((a, b) => b[1].pagerank - a[1].pagerank);
    expect(byRank[0]![0]).toBe('person:lee-jae-myung');
    expect(Math.max(...[...result.nodes.values()].map((m) => m.betweenness))).toBe(lee.betweenness);
    const total = [...result.nodes.values()].reduce((sum, m) => sum + m.pagerank, 0);
    expect(total).toBeCloseTo(1, 4);
  });

  it('puts the two researchers together and numbers communities by size', () => {
    const community = (id: string) => result.nodes.get(id)!.community;
    expect(community('person:li-jiacheng')).toBe(community('org:liaoning-university'));
    expect(community('person:li-jiacheng')).not.toBe(community('person:lee-jae-myung'));
    const sizes = new Map<number, number>();
    for (const m of result.nodes.values()) sizes.set(m.community, (sizes.get(m.community) ?? 0) + 1);
    const ordered = [...sizes.entries()].sort((a, b) => a[0] - b[0]).map(([, size]) => size);
    expect(ordered).toEqual([...ordered].sort((a, b) => b - a));
  });

  it('gives byte-identical results run to run (seeded Louvain)', () => {
    const again = () => JSON.stringify(withAnalytics(seedGraph()).document);
    expect(again()).toBe(again());
  });

  it('measures a document as it measures the graph built from it', () => {
    expect(computeAnalytics(seedGraph())).toEqual(result);
  });

  it('handles an empty graph', () => {
    expect(computeAnalytics(buildGraph([emptyDocument()]))).toEqual({ nodes: new Map(), modularity: 0 });
  });
});

describe('computeAnalytics.assign and withAnalytics', () => {
  it('write the measures as flat node properties, keeping existing ones, and none on articles', () => {
    const { document } = withAnalytics(seedGraph());
    const korea = document.nodes.find((n) => n.id === 'country:KR')!;
    expect(korea.properties).toMatchObject({ iso: 'KR', degree: 2 });
    expect(Object.keys(korea.properties!).sort()).toEqual(['betweenness', 'community', 'degree', 'iso', 'pagerank', 'weightedDegree']);
    expect(document.nodes.find((n) => n.label === 'Article')!.properties).toBeUndefined();
  });
});

describe('formatStats', () => {
  it('prints the top entities per measure and the communities', () => {
    const doc = seedGraph();
    const text = formatStats(summariseStats(doc, computeAnalytics(buildGraph([doc])), 3));
    expect(text).toContain('Graph: 11 nodes, 21 edges');
    expect(text).toMatch(/PageRank, top 3:\n\s+1\s+Lee Jae-myung\s+Person\s+0\.\d{4}/);
    expect(text).toMatch(/Louvain communities \(modularity [\d.]+\), the 3 largest/);
  });

  it('says so when there is nothing to rank', () => {
    const doc = emptyDocument();
    expect(formatStats(summariseStats(doc, computeAnalytics(buildGraph([doc]))))).toContain('No entities: nothing to rank.');
  });
});

/** Two random clusters of `half` entities each, joined only through `person:bridge`; weights 1 to 3. */
function twoClusters(half: number): EntityProjection {
  const random = seededRandom(7);
  const graph: EntityProjection = new UndirectedGraph();
  const id = (cluster: string, i: number): string => `${cluster}:${String(i).padStart(3, '0')}`;
  for (const cluster of ['a', 'b']) {
    for (let i = 0; i < half; i++) graph.addNode(id(cluster, i));
    for (let i = 1; i < half; i++) {
      // A random tree plus as many random chords: connected, with many shortest paths of equal length.
      graph.mergeEdge(id(cluster, i), id(cluster, Math.floor(random() * i)), { weight: 1 + Math.floor(random() * 3), relations: 1 });
      const [u, v] = [Math.floor(random() * half), Math.floor(random() * half)];
      if (u !== v) graph.mergeEdge(id(cluster, u), id(cluster, v), { weight: 1 + Math.floor(random() * 3), relations: 1 });
    }
  }
  graph.addNode('person:bridge');
  graph.addNode('person:alone');
  graph.addEdge('person:bridge', id('a', 0), { weight: 1, relations: 1 });
  graph.addEdge('person:bridge', id('b', 0), { weight: 1, relations: 1 });
  return graph;
}

describe('betweenness', () => {
  const graph = twoClusters(150);
  const exact = betweenness(graph);

  it('is exact up to the threshold: the same values as graphology-metrics', () => {
    const reference = cjsDefault(betweennessModule)(graph, { getEdgeWeight: (_: string, a: { weight: number }) => 1 / a.weight, normalized: true });
    for (const [id, value] of exact) expect(value).toBeCloseTo(reference[id]!, 12);
    expect(exact.get('person:alone')).toBe(0);
  });

  it('estimates from a seeded sample above it: the same top three and the bridge close, the same on every run', () => {
    const estimate = betweenness(graph, { exactUpTo: 100, samples: 100 });
    expect(betweenness(graph, { exactUpTo: 100, samples: 100 })).toEqual(estimate);
    const top = (values: Map<string, number>): string[] => [...values.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([id]) => id).sort();
    expect(top(estimate)).toEqual(top(exact));
    expect(top(exact)).toContain('person:bridge');
    const ratio = estimate.get('person:bridge')! / exact.get('person:bridge')!;
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.1);
    expect(estimate.get('person:alone')).toBe(0);
  });
});
