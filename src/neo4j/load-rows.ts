// Turns a GraphDocument into the parameter rows of the batched loads (pure: no database here).
import neo4j, { type Integer } from 'neo4j-driver';
import { SchemaError } from '../errors.js';
import { edgeKey, orientedEnds } from '../graph/build-graph.js';
import type { EdgeType, GraphDocument } from '../schema/index.js';
import { articleId } from '../schema/ids.js';

type Value = string | number | boolean | null | Integer;
type Properties = Record<string, Value>;

export interface EntityRow {
  id: string;
  label: string;
  name: string;
  aliases: string[];
  properties: Properties;
  /** The articles that name it (mentions and MENTIONED_IN edges), sorted. */
  namedBy: string[];
}

export interface ArticleRow {
  id: string;
  name: string;
  aliases: string[];
  source: string;
  contentHash: string;
  date: string | null;
  url: string | null;
  /** The input folder or file the article was read from (see LoadOptions.articleRoots), else null. */
  loadRoot: string | null;
  properties: Properties;
}

export interface EvidenceRow {
  article: string;
  sentence: string;
  start: Integer;
  end: Integer;
  rule: string;
}

export interface RelationshipRow {
  type: EdgeType;
  source: string;
  target: string;
  /** The articles that support the relationship (see supportOf). */
  articles: string[];
  evidence: EvidenceRow[];
}

export interface LoadRows {
  entities: EntityRow[];
  articles: ArticleRow[];
  relationships: RelationshipRow[];
  /** Every article this document speaks for: what they asserted before is replaced by this load. */
  assertedArticles: string[];
}

/** `articleRoots`: Article node id -> the input root it was read from. */
export function loadRows(doc: GraphDocument, articleRoots: ReadonlyMap<string, string> = new Map()): LoadRows {
  const articleIds = new Set(doc.nodes.filter((n) => n.label === 'Article').map((n) => n.id));
  // Evidence may name its article by the Article node id or by the article's own id (`article:` + id).
  const articleOf = (ref: string): string => (articleIds.has(ref) ? ref : articleIds.has(articleId(ref)) ? articleId(ref) : ref);
  const soleArticle = articleIds.size === 1 ? [...articleIds][0] : undefined;
  const namedIn = articlesNaming(doc, articleOf);

  const entities: EntityRow[] = [];
  const articles: ArticleRow[] = [];
  for (const node of doc.nodes) {
    const properties = neo4jProperties(node.properties ?? {});
    if (node.label === 'Article') {
      articles.push({
        id: node.id,
        name: node.name,
        aliases: [...new Set(node.aliases)].sort(),
        source: node.source,
        contentHash: node.contentHash,
        date: node.date ?? null,
        url: node.url ?? null,
        loadRoot: articleRoots.get(node.id) ?? null,
        properties,
      });
    } else {
      entities.push({ id: node.id, label: node.label, name: node.name, aliases: node.aliases, properties, namedBy: [...(namedIn.get(node.id) ?? [])].sort() });
    }
  }

  const byKey = new Map<string, RelationshipRow>();
  for (const edge of doc.edges) {
    const [source, target] = orientedEnds(edge.type, edge.source, edge.target);
    if (articleIds.has(source) && edge.type !== 'MENTIONED_IN' && articleIds.has(target)) {
      throw new SchemaError('loadIntoNeo4j', [`edge ${edge.type} links two articles ("${source}", "${target}")`]);
    }
    const key = edgeKey(edge.type, source, target);
    const row = byKey.get(key) ?? { type: edge.type, source, target, articles: [], evidence: [] };
    byKey.set(key, row);
    for (const e of edge.evidence) {
      row.evidence.push({ article: articleOf(e.article), sentence: e.sentence, start: neo4j.int(e.start), end: neo4j.int(e.end), rule: e.rule });
    }
    const support = new Set([...row.articles, ...row.evidence.map((e) => e.article)]);
    for (const end of [source, target]) if (articleIds.has(end)) support.add(end);
    if (support.size === 0) for (const a of supportWithoutEvidence(namedIn.get(source), namedIn.get(target), soleArticle)) support.add(a);
    row.articles = [...support].sort();
  }
  const relationships = [...byKey.values()].map((row) => ({ ...row, evidence: canonicalEvidence(row.evidence) }));
  const asserted = new Set([...articleIds, ...relationships.flatMap((r) => r.articles)]);
  return { entities, articles, relationships, assertedArticles: [...asserted].sort() };
}

/** Sorted and distinct, in the order the merge statement keeps (article, start, end, rule, sentence). */
function canonicalEvidence(items: EvidenceRow[]): EvidenceRow[] {
  const byKey = new Map<string, EvidenceRow>();
  for (const e of items) byKey.set(JSON.stringify([e.article, e.start.toNumber(), e.end.toNumber(), e.rule, e.sentence]), e);
  return [...byKey.values()].sort(
    (a, b) => compare(a.article, b.article) || a.start.compare(b.start) || a.end.compare(b.end) || compare(a.rule, b.rule) || compare(a.sentence, b.sentence),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Which articles name each entity: its MENTIONED_IN edges and its mentions. */
function articlesNaming(doc: GraphDocument, articleOf: (ref: string) => string): Map<string, Set<string>> {
  const named = new Map<string, Set<string>>();
  const add = (id: string, article: string) => (named.get(id) ?? named.set(id, new Set()).get(id)!).add(article);
  for (const edge of doc.edges) if (edge.type === 'MENTIONED_IN') add(edge.source, edge.target);
  for (const node of doc.nodes) for (const m of node.mentions) add(node.id, articleOf(m.article));
  return named;
}

/**
 * An edge without evidence (world knowledge such as a city's country) is supported by the articles that name both
 * its ends, else by those that name either end, else by the document's only article. One article alone and the
 * same article inside a merged corpus document so give the same support.
 */
function supportWithoutEvidence(source: Set<string> | undefined, target: Set<string> | undefined, soleArticle: string | undefined): string[] {
  const both = [...(source ?? [])].filter((a) => target?.has(a));
  if (both.length > 0) return both;
  const either = [...(source ?? []), ...(target ?? [])];
  if (either.length > 0) return either;
  return soleArticle === undefined ? [] : [soleArticle];
}

/** Whole numbers go to Neo4j as integers (a JavaScript number would be stored as a float: 3.0). */
function neo4jProperties(properties: Record<string, string | number | boolean | null>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(properties)) {
    out[key] = typeof value === 'number' && Number.isSafeInteger(value) ? neo4j.int(value) : value;
  }
  return out;
}
