// Centrality and community measures of the entities: degree, weighted degree, PageRank, betweenness, Louvain.
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import louvainModule from 'graphology-communities-louvain';
import type { GraphDocument } from '../../schema/index.js';
import type { KnowledgeGraph } from '../build-graph.js';
import { betweenness as betweennessOf } from './betweenness.js';
import { cjsDefault } from './cjs-default.js';
import { entityProjection, type EntityProjection } from './entity-projection.js';
import { seededRandom } from './seeded-random.js';

const pagerank = cjsDefault(pagerankModule);
const louvain = cjsDefault(louvainModule);

/** The measures of one entity; stored flat in node `properties` under these names. */
export interface NodeAnalytics {
  /** Relations (of any type except MENTIONED_IN) the entity takes part in. */
  degree: number;
  /** Evidence sentences behind those relations. */
  weightedDegree: number;
  pagerank: number;
  /** Normalised betweenness (0..1), on the evidence-weighted graph; estimated from a sample above 2,000 related entities (see betweenness.ts). */
  betweenness: number;
  /** Louvain community; 0 is the largest, ties broken by the smallest member id. */
  community: number;
}

export const ANALYTICS_KEYS = ['degree', 'weightedDegree', 'pagerank', 'betweenness', 'community'] as const satisfies readonly (keyof NodeAnalytics)[];

export interface AnalyticsOptions {
  /** Seed of Louvain's random walk and of betweenness's sample: the same seed gives the same measures. */
  seed?: number;
  /** Louvain resolution: higher gives more, smaller communities. */
  resolution?: number;
}

export const DEFAULTS: Required<AnalyticsOptions> = { seed: 1, resolution: 1 };

export interface AnalyticsResult {
  nodes: Map<string, NodeAnalytics>;
  /** Modularity of the Louvain partition (0 when there is no relation). */
  modularity: number;
}

/** Of a graph, or of a document without building its graph (the same result). */
export function computeAnalytics(graph: KnowledgeGraph | GraphDocument, options: AnalyticsOptions = {}): AnalyticsResult {
  const settings = { ...DEFAULTS, ...options };
  const projection = entityProjection(graph);
  const nodes = new Map<string, NodeAnalytics>();
  if (projection.order === 0) return { nodes, modularity: 0 };
  const ranks = pagerank(projection, { getEdgeWeight: 'weight' });
  const betweenness = betweennessOf(projection, { seed: settings.seed });
  const { communities, modularity } = communitiesOf(projection, settings);
  projection.forEachNode((id) => {
    let degree = 0;
    let weightedDegree = 0;
    projection.forEachEdge(id, (_, attributes) => {
      degree += attributes.relations;
      weightedDegree += attributes.weight;
    });
    nodes.set(id, {
      degree,
      weightedDegree,
      pagerank: round(ranks[id] ?? 0),
      betweenness: round(betweenness.get(id) ?? 0),
      community: communities.get(id) ?? 0,
    });
  });
  return { nodes, modularity: round(modularity) };
}

/** Writes the measures into each entity's `properties` (Article nodes get none). */
computeAnalytics.assign = function assign(graph: KnowledgeGraph, options: AnalyticsOptions = {}): AnalyticsResult {
  const result = computeAnalytics(graph, options);
  for (const [id, measures] of result.nodes) {
    graph.updateNodeAttribute(id, 'properties', (properties) => ({ ...properties, ...measures }));
  }
  return result;
};

function communitiesOf(projection: EntityProjection, settings: Required<AnalyticsOptions>): { communities: Map<string, number>; modularity: number } {
  const raw = new Map<string, number>();
  let modularity = 0;
  if (projection.size === 0) {
    projection.forEachNode((id, _, i = raw.size) => raw.set(id, i));
  } else {
    const detailed = louvain.detailed(projection, { getEdgeWeight: 'weight', resolution: settings.resolution, rng: seededRandom(settings.seed) });
    for (const [id, community] of Object.entries(detailed.communities)) raw.set(id, community);
    modularity = detailed.modularity;
  }
  // Louvain numbers communities in the order it met them; renumber by size so "community 0" means the biggest.
  const members = new Map<number, string[]>();
  for (const [id, community] of raw) members.set(community, [...(members.get(community) ?? []), id]);
  const ordered = [...members.values()]
    .map((ids) => ids.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const communities = new Map<string, number>();
  ordered.forEach((ids, index) => ids.forEach((id) => communities.set(id, index)));
  return { communities, modularity };
}

/** Six significant digits: enough to rank, and stable text in exports. */
function round(value: number): number {
  return Number(value.toPrecision(6));
}
