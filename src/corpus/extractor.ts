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

/**
 * One worker per core, up to MAX_WORKERS. Each worker holds its own extractor (about 150 MB), and the one main
 * thread reads, parses and merges what they all extract (about 0.5 ms an article, against about 3 ms of
 * extraction), so past about eight workers the main thread is the limit and more threads add memory, not speed.
 * The main thread does not extract besides: its own work keeps a core partly busy, and with a worker per core no
 * core is idle for it to use.
 */
export function defaultWorkers(): number {
  return Math.min(availableParallelism(), MAX_WORKERS);
}

const MAX_WORKERS = 8;

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

interface Job {
  seq: number;
  resolve: (result: Extracted) => void;
  reject: (error: KgError) => void;
}

/** Articles in flight per worker: enough to hide the message round trip, few enough to keep memory flat. */
const DEPTH = 4;

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
    worker.on('message', (message: { seq: number; result: Extracted }) => {
      answered = true;
      startupFailures = 0;
      jobs.get(message.seq)?.resolve(message.result);
      jobs.delete(message.seq);
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

  return {
    capacity: size * DEPTH,
    extract(article) {
      if (broken) return Promise.reject(broken);
      const slot = slots.reduce((best, s) => (s.jobs.size < best.jobs.size ? s : best));
      seq += 1;
      const id = seq;
      return new Promise<Extracted>((resolve, reject) => {
        slot.jobs.set(id, { seq: id, resolve, reject });
        slot.worker.postMessage({ seq: id, article });
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
