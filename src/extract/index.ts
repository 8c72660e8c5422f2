// extractArticle: one article in, its GraphDocument out. Pure, deterministic, offline.
import type { ArticleInput } from '../schema/article.js';
import type { GraphDocument } from '../schema/graph-document.js';
import { SCHEMA_VERSION } from '../schema/graph-document.js';
import { articleId } from '../schema/ids.js';
import { contentHash } from '../text/article-from-text.js';

export function extractArticle(article: ArticleInput): GraphDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    nodes: [
      {
        id: articleId(article.id),
        label: 'Article',
        name: article.title,
        aliases: [],
        mentions: [],
        source: article.source,
        contentHash: contentHash(article.text),
        ...(article.date ? { date: article.date } : {}),
        ...(article.url ? { url: article.url } : {}),
      },
    ],
    edges: [],
  };
}
