// Per-article fingerprints of what each article asserts in a resolved document: a load rewrites only articles whose fingerprint changed.
import { createHash } from 'node:crypto';
import type { ArticleRow, LoadRows } from './load-rows.js';

/**
 * Article id -> hash of its Article row and of its share of every relationship it supports (the type, the ends as
 * resolved in this document, and its own evidence items). The text's content hash alone would not do: cross-article
 * resolution can re-point an unchanged article's relations at another entity when a new article arrives. Entity
 * names and analytics measures are left out on purpose: they belong to the whole corpus, and are sent apart.
 */
export function assertionHashes(rows: Pick<LoadRows, 'articles' | 'relationships' | 'assertedArticles'>): Map<string, string> {
  const parts = new Map<string, string[]>(rows.assertedArticles.map((id) => [id, []]));
  const heads = new Map(rows.articles.map((article) => [article.id, articlePart(article)]));
  // Relationship rows come in document order: each article's list is sorted below, so the order does not matter.
  for (const r of rows.relationships) {
    for (const article of r.articles) {
      const evidence = r.evidence.filter((e) => e.article === article).map((e) => [e.sentence, e.start.toNumber(), e.end.toNumber(), e.rule]);
      parts.get(article)?.push(JSON.stringify([r.type, r.source, r.target, evidence]));
    }
  }
  const hashes = new Map<string, string>();
  for (const [id, relations] of parts) {
    const hash = createHash('sha256').update(JSON.stringify(heads.get(id) ?? null)).update('\0').update(relations.sort().join('\n'));
    hashes.set(id, hash.digest('hex').slice(0, 32));
  }
  return hashes;
}

function articlePart(article: ArticleRow): unknown {
  const properties = Object.entries(article.properties)
    .map(([key, value]) => [key, typeof value === 'object' && value !== null ? value.toNumber() : value])
    .sort(([a], [b]) => (String(a) < String(b) ? -1 : 1));
  return [article.name, article.aliases, article.source, article.contentHash, article.date, article.url, article.loadRoot, properties];
}
