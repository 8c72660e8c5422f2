// A GraphDocument with the analytics of its entities written into node properties, for exports and Neo4j.
import { buildGraph, graphToDocument } from '../build-graph.js';
import type { GraphDocument } from '../../schema/index.js';
import { computeAnalytics, type AnalyticsOptions, type AnalyticsResult } from './compute-analytics.js';

export function withAnalytics(doc: GraphDocument, options: AnalyticsOptions = {}): { document: GraphDocument; analytics: AnalyticsResult } {
  const graph = buildGraph([doc]);
  const analytics = computeAnalytics.assign(graph, options);
  return { document: graphToDocument(graph), analytics };
}
