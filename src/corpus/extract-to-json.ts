// One article through the extractor, as JSON or as the reason it failed: what the worker threads and the one-thread path run.
import { extractArticle } from '../extract/index.js';
import type { ArticleInput } from '../schema/article.js';
import type { GraphDocument } from '../schema/graph-document.js';

/** An extracted article as JSON (what the cache and output files hold), with the document when it is at hand. */
export type Extracted = { json: string; doc?: GraphDocument } | { error: string };

export function extractToJson(article: ArticleInput, pretty: boolean): Extracted {
  try {
    const doc = extractArticle(article);
    return { json: JSON.stringify(doc, null, pretty ? 2 : undefined), doc };
  } catch (error) {
    return { error: (error as Error)?.message ?? String(error) };
  }
}
