// The corpus pipeline: walks the inputs, reads each article, extracts it on the worker pool, hands results back in order of completion.
import { InputError } from '../errors.js';
import type { ArticleInput } from '../schema/article.js';
import type { GraphDocument } from '../schema/graph-document.js';
import { countArticles } from './count-articles.js';
import { discoverInputs } from './discover-inputs.js';
import { createExtractor, defaultWorkers, type Extractor } from './extractor.js';
import type { Progress } from './progress.js';
import { readArticles, type ReadResult } from './read-articles.js';

export interface ProcessOptions {
  /** Worker threads; by default all cores when the inputs hold more than a handful of articles, else this thread. */
  workers?: number;
  /** Indented JSON in results. */
  pretty?: boolean;
  /** The most bytes one article may have. */
  maxBytes?: number;
  /** Called once the articles are counted, to show progress against that total. */
  progress?: (total: number) => Progress;
}

export interface ArticleHandlers {
  /** False when the article is already done (unchanged since an earlier run): it is not extracted again. */
  needsExtraction?(article: ArticleInput): boolean;
  onExtracted(article: ArticleInput, result: { json: string; doc?: GraphDocument }): void | Promise<void>;
  onSkipped(error: InputError): void;
}

export interface ProcessSummary {
  /** Articles read whole. */
  read: number;
  extracted: number;
  unchanged: number;
  /** Files, records or articles reported and skipped. */
  skipped: number;
  /** Worker threads that extracted (1: the main thread, or nothing needed extracting). */
  workers: number;
}

/**
 * More articles than this and worker threads pay for their start-up: each loads the extractor (about
 * a second), which one thread does once too, so they gain from about a hundred articles on.
 */
export const PARALLEL_THRESHOLD = 100;

export async function processArticles(paths: readonly string[], options: ProcessOptions, handlers: ArticleHandlers): Promise<ProcessSummary> {
  const counted = await countArticles(paths);
  const workers = options.workers ?? (counted.articles > PARALLEL_THRESHOLD ? defaultWorkers() : 1);
  const progress = counted.articles > 0 ? options.progress?.(counted.articles) : undefined;
  const summary: ProcessSummary = { read: 0, extracted: 0, unchanged: 0, skipped: 0, workers };
  const skip = (error: InputError): void => {
    summary.skipped += 1;
    progress?.tick();
    handlers.onSkipped(error);
  };
  const firstSourceOf = new Map<string, string>();
  // Started at the first article that needs it: a re-run where nothing changed starts no thread.
  let extractor: Extractor | undefined;
  const inFlight = new Set<Promise<void>>();
  // The first failure that is not an article's fault (a write that fails, broken workers) stops the run.
  let failure: unknown;
  try {
    for await (const result of readInputs(paths, options.maxBytes)) {
      if ('error' in result) {
        skip(result.error);
        continue;
      }
      const { article, where } = result;
      const first = firstSourceOf.get(article.id);
      if (first !== undefined) {
        skip(new InputError('INPUT_MALFORMED', `${where}: has the same article id "${article.id}" as ${first}; skipped`, {
          subject: where,
          hint: 'Article ids come from file names (without extension) and JSON Lines ids: give each article its own.',
        }));
        continue;
      }
      firstSourceOf.set(article.id, where);
      summary.read += 1;
      if (handlers.needsExtraction && !handlers.needsExtraction(article)) {
        summary.unchanged += 1;
        progress?.tick();
        continue;
      }
      extractor ??= await createExtractor({ workers, pretty: options.pretty ?? false });
      while (inFlight.size >= extractor.capacity) await Promise.race(inFlight);
      if (failure !== undefined) throw failure;
      const job = extractor.extract(article).then(async (extracted) => {
        inFlight.delete(job);
        progress?.tick();
        if ('error' in extracted) {
          summary.skipped += 1;
          handlers.onSkipped(new InputError('INPUT_MALFORMED', `${where}: extraction failed (${extracted.error}); skipped`, {
            subject: where,
            hint: 'This is a bug in kg: please report it with the article.',
          }));
          return;
        }
        summary.extracted += 1;
        await handlers.onExtracted(article, extracted);
      }).catch((error: unknown) => {
        inFlight.delete(job);
        failure ??= error;
      });
      inFlight.add(job);
    }
    await Promise.all(inFlight);
    if (failure !== undefined) throw failure;
  } finally {
    await extractor?.close();
    if (!extractor) summary.workers = 1;
    progress?.finish();
  }
  return summary;
}


/** Every article and every problem of the inputs, in input order, one file at a time. */
async function* readInputs(paths: readonly string[], maxBytes: number | undefined): AsyncGenerator<ReadResult> {
  for await (const found of discoverInputs(paths)) {
    if ('error' in found) yield found;
    else yield* readArticles(found.file, { maxBytes });
  }
}
