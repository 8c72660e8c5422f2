// kg build as a library call: extracts what changed since the last run, re-merges every article's cached document, resolves entities across articles, returns the corpus graph.
import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';
import { createGraph, graphToDocument, mergeDocument } from '../graph/build-graph.js';
import { resolveAcrossArticles } from '../graph/resolve-across-articles.js';
import type { ArticleInput } from '../schema/article.js';
import type { GraphDocument } from '../schema/graph-document.js';
import { openArticleCache } from './article-cache.js';
import { extractorFingerprint } from './extractor-fingerprint.js';
import { processArticles, type ProcessOptions, type ProcessSummary } from './process-articles.js';

export interface BuildOptions extends Omit<ProcessOptions, 'pretty'> {
  /** Where the cache lives (and where the CLI writes the graph files). */
  outDir: string;
  /** Drop articles that are in the cache but no longer among the inputs. */
  prune?: boolean;
  onSkipped?: (error: InputError) => void;
}

export interface BuildSummary extends ProcessSummary {
  /** Articles in the graph. */
  articles: number;
  /** Articles kept from earlier runs that were not among this run's inputs. */
  kept: number;
  /** Articles removed by --prune. */
  pruned: number;
}

export interface BuildResult {
  document: GraphDocument;
  summary: BuildSummary;
}

/** What a cached document was made from: a change to any of these means extracting again. */
export function inputHash(article: ArticleInput): string {
  const fields = JSON.stringify([article.id, article.title, article.source, article.date ?? null, article.url ?? null]);
  // The text is hashed as it is, not copied into one long string with the other fields.
  return createHash('sha256').update(fields).update('\0').update(article.text).digest('hex').slice(0, 32);
}

/**
 * The result equals a build from scratch of the same inputs (plus, without `prune`, the articles of
 * earlier runs): per-article documents are merged in any order and merging does not depend on order.
 */
export async function buildCorpus(paths: readonly string[], options: BuildOptions): Promise<BuildResult> {
  const cache = await openArticleCache(options.outDir, await extractorFingerprint());
  const graph = createGraph();
  const live = new Map<string, string>();
  const merged = new Set<string>();
  const processed = await processArticles(paths, options, {
    needsExtraction(article) {
      const hash = inputHash(article);
      live.set(article.id, hash);
      return cache.hashOf(article.id) !== hash;
    },
    async onExtracted(article, { json, doc }) {
      await cache.append(article.id, live.get(article.id) ?? '', json);
      // The document is this article's alone (parsed here, or just extracted): the graph may keep it uncopied.
      mergeDocument(graph, doc ?? (JSON.parse(json) as GraphDocument), { adopt: true });
      merged.add(article.id);
    },
    onSkipped: (error) => options.onSkipped?.(error),
  });
  const nothingRead = processed.read === 0;
  let kept = 0;
  let pruned = 0;
  for (const id of cache.ids()) {
    if (live.has(id)) continue;
    if (options.prune && !nothingRead) {
      pruned += 1;
      continue;
    }
    kept += 1;
    live.set(id, cache.hashOf(id) ?? '');
  }
  await cache.compact(live, (json) => mergeDocument(graph, JSON.parse(json) as GraphDocument, { adopt: true }), merged);
  if (nothingRead) {
    throw new InputError('NO_ARTICLES', `${paths.join(', ')}: no article could be read`, {
      subject: paths.join(', '),
      hint: 'Every input was skipped for the reasons above; nothing was written.',
    });
  }
  // Resolution sees the whole merged corpus every time, so an incremental build resolves as one from scratch.
  resolveAcrossArticles(graph);
  const articles = graph.filterNodes((_, attributes) => attributes.label === 'Article').length;
  return { document: graphToDocument(graph), summary: { ...processed, articles, kept, pruned } };
}
