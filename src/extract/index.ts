// extractArticle: one article in, its GraphDocument out. Pure, deterministic, offline.
import type { ArticleInput } from '../schema/article.js';
import { SCHEMA_VERSION, type Evidence, type GraphDocument, type GraphEdge, type GraphNode } from '../schema/graph-document.js';
import { articleId } from '../schema/ids.js';
import { edgeKey } from '../graph/build-graph.js';
import { loadLexicon } from '../lexicon/index.js';
import { analyse, type TextDocument } from '../text/analyse.js';
import { contentHash } from '../text/article-from-text.js';
import { readMentions } from './mentions.js';
import { findRelations, type Relation } from './relations/index.js';
import { resolveEntities, type ResolvedEntity } from './resolve.js';
import { mapArray } from './packed-array.js';

export function extractArticle(article: ArticleInput): GraphDocument {
  const lexicon = loadLexicon();
  const doc = analyse(article.text);
  const views = readMentions(doc, lexicon);
  const resolution = resolveEntities(views, lexicon);
  const relations = findRelations(doc, views, lexicon, resolution);

  const articleNodeId = articleId(article.id);
  const entities = [...resolution.entities.values()];
  const nodes: GraphNode[] = [
    {
      id: articleNodeId,
      label: 'Article',
      name: article.title,
      aliases: [],
      mentions: [],
      source: article.source,
      contentHash: contentHash(article.text),
      ...(article.date ? { date: article.date } : {}),
      ...(article.url ? { url: article.url } : {}),
    },
    ...mapArray(entities, (entity) => entityNode(entity, articleNodeId)),
  ];
  const edges = new Map<string, GraphEdge>();
  const addEdge = (type: GraphEdge['type'], source: string, target: string, evidence: Evidence) => {
    if (source === target) return;
    const key = edgeKey(type, source, target);
    const existing = edges.get(key);
    if (!existing) edges.set(key, { type, source, target, evidence: [evidence] });
    else if (!existing.evidence.some((e) => e.start === evidence.start && e.rule === evidence.rule)) existing.evidence.push(evidence);
  };
  for (const entity of entities) {
    const first = entity.mentions[0]!;
    addEdge('MENTIONED_IN', entity.id, articleNodeId, sentenceEvidence(doc, articleNodeId, first.sentence, `mention:${entity.reason}`));
  }
  for (const relation of relations) {
    const target = relation.target === 'article' ? articleNodeId : relation.target.id;
    addEdge(relation.type, relation.source.id, target, sentenceEvidence(doc, articleNodeId, relation.sentence, relation.rule));
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    nodes: nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    // Each edge's evidence sorted in place: the edge objects are this function's own, so no copy of them is needed.
    edges: mapArray([...edges.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), ([, edge]) => {
      edge.evidence.sort((x, y) => x.start - y.start || (x.rule < y.rule ? -1 : 1));
      return edge;
    }),
  };
}

function entityNode(entity: ResolvedEntity, article: string): GraphNode {
  const properties: Record<string, string> = {};
  if (entity.country) properties['country'] = entity.country;
  return {
    id: entity.id,
    label: entity.label,
    name: entity.name,
    aliases: [...entity.aliases].filter((a) => a !== entity.name).sort(),
    mentions: mapArray(entity.mentions, (m) => ({ article, text: m.text, start: m.start, end: m.end })).sort((a, b) => a.start - b.start),
    ...(entity.country ? { properties } : {}),
  };
}

function sentenceEvidence(doc: TextDocument, article: string, index: number, rule: string): Evidence {
  const sentence = doc.sentences[index]!;
  return { article, sentence: doc.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end, rule };
}

export type { Relation };
