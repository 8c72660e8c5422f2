// The library API: usable without the CLI.
export * from './schema/index.js';
export * from './errors.js';
export { extractArticle } from './extract/index.js';
export { buildGraph, mergeDocument, mergeDocuments, graphToDocument, parseGraphDocument, createGraph, edgeKey } from './graph/build-graph.js';
export type { KnowledgeGraph, NodeAttributes, EdgeAttributes } from './graph/build-graph.js';
