// The library API: usable without the CLI.
export * from './schema/index.js';
export * from './errors.js';
export { extractArticle } from './extract/index.js';
export { buildGraph, mergeDocument, mergeDocuments, graphToDocument, parseGraphDocument, createGraph, edgeKey } from './graph/build-graph.js';
export type { KnowledgeGraph, NodeAttributes, EdgeAttributes } from './graph/build-graph.js';
export { scoreArticle, microAverage, figures } from './eval/score.js';
export type { ArticleScore, EntityScore, RelationScore, Figures } from './eval/score.js';
export { matchEntities, ARTICLE_LABELS } from './eval/match-entities.js';
export { normaliseName, normalisedNames } from './eval/normalise-name.js';
export { GoldGraph, GoldEntity, GoldRelation, parseGold, ARTICLE_REFERENCE } from './eval/gold.js';
export { ScoredGraph, parseScoredGraph } from './eval/scored-graph.js';
export { evaluateCorpus } from './eval/evaluate-corpus.js';
export type { CorpusEvaluation, ArticleEvaluation, SystemSource } from './eval/evaluate-corpus.js';
export { resolveAcrossArticles } from './graph/resolve-across-articles.js';
