// Runs extractArticle in this thread or on a pool of worker threads, behind one promise-returning interface.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { KgError } from '../errors.js';
import type { ArticleInput } from '../schema/article.js';
import type { Extracted } from './extract-to-json.js';

export interface Extractor {
  /** How many articles may be in flight at once to keep every thread busy. */
  readonly capacity: number;
  extract(article: ArticleInput): Promise<Extracted>;
  close(): Promise<void>;
}

export interface ExtractorOptions {
  /** 0 or 1: extract in this thread; more: that many worker threads. */
  workers: number;
  /** Indented JSON (for files people read) rather than one line (for the cache). */
  pretty?: boolean;
}

/** The compiled worker, found from the package root so that tests running TypeScript sources use it too. */
export const WORKER_URL = new URL('../../dist/corpus/extract-worker.js', import.meta.url);

export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * The extractor (its NLP model and lexicons: about a second and 200 MB) is loaded only where articles
 * are extracted: in this thread for one thread, else in each worker and never in the main thread.
 */
export async function createExtractor(options: ExtractorOptions): Promise<Extractor> {
  const pretty = options.pretty ?? false;
  if (options.workers <= 1) {
    const { extractToJson } = await import('./extract-to-json.js');
    return { capacity: 1, extract: async (article) => extractToJson(article, pretty), close: async () => {} };
  }
  return createWorkerPool(options.workers, pretty);
}

/** What the main thread sends a worker, a batch at a time, and what the worker answers for each article. */
export interface WorkerJob {
  seq: number;
  article: ArticleInput;
}
export interface WorkerAnswer {
  seq: number;
  result: Extracted;
}

interface Job {
  seq: number;
  resolve: (result: Extracted) => void;
  reject: (error: KgError) => void;
}

/**
 * Articles go to a worker in batches, and each worker has this many batches in flight: one message per batch each
 * way rather than per article (fewer wake-ups of each thread), and a worker finds its next batch waiting when it
 * ends one, while few enough articles are in flight to keep memory flat.
 */
const BATCH = 8;
const BATCHES_IN_FLIGHT = 2;

/** Workers that die before answering once, this many times in a row, mean something is broken for good. */
const STARTUP_FAILURES = 3;

function createWorkerPool(size: number, pretty: boolean): Extractor {
  if (!existsSync(WORKER_URL)) {
    throw new KgError('USAGE', `${fileURLToPath(WORKER_URL)}: the compiled extraction worker is missing`, {
      hint: 'Run `npm run build` first, or pass --workers 1 to extract in one thread.',
    });
  }
  let seq = 0;
  let closing = false;
  let startupFailures = 0;
  let broken: KgError | undefined;
  const slots = Array.from({ length: size }, () => startWorker());

  function startWorker(): { worker: Worker; jobs: Map<number, Job> } {
    const jobs = new Map<number, Job>();
    // Started through a line of code that imports the worker module, so that the worker inherits the process's
    // options as they are: a file worker fails under --input-type (node -e), and an explicit execArgv without it
    // may not hold V8 options (node --max-old-space-size=... bin/kg.js).
    const worker = new Worker(`import(${JSON.stringify(WORKER_URL.href)});`, { eval: true, workerData: { pretty } });
    let answered = false;
    worker.on('message', (answers: WorkerAnswer[]) => {
      answered = true;
      startupFailures = 0;
      for (const { seq, result } of answers) {
        jobs.get(seq)?.resolve(result);
        jobs.delete(seq);
      }
    });
    const fail = (reason: string): void => {
      const index = slots.findIndex((slot) => slot.worker === worker);
      if (index === -1) return;
      if (!answered) startupFailures += 1;
      if (startupFailures >= STARTUP_FAILURES) {
        broken = new KgError('USAGE', `the extraction worker threads fail to start (${reason})`, {
          hint: 'Pass --workers 1 to extract in the main thread, and report the problem.',
        });
      }
      for (const job of jobs.values()) (broken ? job.reject(broken) : job.resolve({ error: `the extraction worker stopped (${reason})` }));
      jobs.clear();
      if (!closing && !broken) slots[index] = startWorker();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => {
      if (code !== 0) fail(`exit code ${code}`);
    });
    return { worker, jobs };
  }

  // Articles not sent yet: a batch leaves when it is full, or once the articles at hand are all queued.
  const pending: { job: Job; article: ArticleInput }[] = [];
  let flushQueued = false;
  const flush = (): void => {
    flushQueued = false;
    while (pending.length > 0) {
      const batch = pending.splice(0, BATCH);
      if (broken) {
        for (const { job } of batch) job.reject(broken);
        continue;
      }
      const slot = slots.reduce((best, s) => (s.jobs.size < best.jobs.size ? s : best));
      for (const { job } of batch) slot.jobs.set(job.seq, job);
      slot.worker.postMessage(batch.map(({ job, article }): WorkerJob => ({ seq: job.seq, article })));
    }
  };

  return {
    capacity: size * BATCH * BATCHES_IN_FLIGHT,
    extract(article) {
      if (broken) return Promise.reject(broken);
      seq += 1;
      const id = seq;
      return new Promise<Extracted>((resolve, reject) => {
        pending.push({ job: { seq: id, resolve, reject }, article });
        if (pending.length >= BATCH) flush();
        else if (!flushQueued) {
          flushQueued = true;
          setImmediate(flush);
        }
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
