// The incremental build's memory: every article's GraphDocument, keyed by article id and a hash of its input, in one append-only log.
import { createWriteStream, writeSync } from 'node:fs';
import { mkdir, open, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { KgError } from '../errors.js';
import { readLines } from '../io/read-lines.js';

/**
 * `<out>/.kg-cache/articles.log`: a header line naming the extractor it was made with, then one line per
 * article: its id (as a JSON string), the input hash, the length of the JSON in bytes and the
 * document's JSON, tab-separated.
 * Lines are only appended while a build runs, so a build killed at any point leaves at worst one
 * cut line at the end, which the next run ignores. A finished build that leaves lines that are not live
 * rewrites the log with only the live records (temporary name, then rename).
 */
export const CACHE_DIR = '.kg-cache';
const LOG = 'articles.log';
const HEADER = 'kg-article-cache 1';

export interface ArticleCache {
  /** The input hash of the article as last built, if it is in the cache. */
  hashOf(id: string): string | undefined;
  /** Ids in the cache when the run began. */
  ids(): IterableIterator<string>;
  append(id: string, hash: string, json: string): Promise<void>;
  /**
   * Streams the log once: calls `use` on the JSON of each record whose (id, hash) is in `live` and that
   * `skip` does not name, then keeps only live records. The log is closed for appends afterwards.
   */
  compact(live: ReadonlyMap<string, string>, use: (json: string) => void, skip: ReadonlySet<string>): Promise<void>;
}

export async function openArticleCache(outDir: string, fingerprint: string): Promise<ArticleCache> {
  const dir = join(outDir, CACHE_DIR);
  const path = join(dir, LOG);
  const header = `${HEADER} ${fingerprint}`;
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw new KgError('OUTPUT_FAILED', `${outDir}: cannot be used as the output folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      subject: outDir,
      hint: 'Give --out a folder that can be created or written to.',
      cause: error,
    });
  });
  const known = new Map<string, string>();
  const index = await readIndex(path, header, known);
  if (!index) {
    // No cache, or one made by another version of the extractor: start again.
    known.clear();
    await writeFile(path, `${header}\n`);
  } else {
    await endWithNewline(path);
  }
  // Each record is written at once, in this thread: a line of a few kilobytes goes to the page cache in
  // microseconds, cheaper than a stream's buffering, and a record is in the log once append returns.
  let log: FileHandle | undefined = await open(path, 'a');
  // What this run appended (id -> hash), and how many of its lines superseded one already in the log.
  const appended = new Map<string, string>();
  let superseded = 0;
  const failed = (error: unknown): KgError =>
    new KgError('OUTPUT_FAILED', `${path}: could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { subject: path, cause: error });

  return {
    hashOf: (id) => known.get(id),
    ids: () => known.keys(),
    async append(id, hash, json) {
      if (!log) throw new Error('ArticleCache.append: the cache is already compacted');
      if (appended.has(id) || known.has(id)) superseded += 1;
      appended.set(id, hash);
      const bytes = Buffer.byteLength(json);
      const head = `${JSON.stringify(id)}\t${hash}\t${bytes}\t`;
      let written: number;
      try {
        written = writeSync(log.fd, `${head}${json}\n`);
      } catch (error) {
        throw failed(error);
      }
      // Only a full disk cuts a write to a file short; the cut line is passed over by the next run.
      if (written !== Buffer.byteLength(head) + bytes + 1) throw failed({ code: 'ENOSPC' });
    },
    async compact(live, use, skip) {
      const closing = log;
      log = undefined;
      await closing?.close().catch((error: unknown) => {
        throw failed(error);
      });
      // The log is rewritten only when it holds a line that is not live (garbled, superseded, or of an article
      // dropped or changed), and read only when that, or a record not merged yet, asks for it: a first build
      // leaves its log as it wrote it, unread.
      const deadLines = (index?.deadLines ?? 0) + superseded;
      const notLive = ([id, hash]: [string, string]): boolean => live.get(id) !== (appended.get(id) ?? hash);
      const rewrite = deadLines > 0 || [...known].some(notLive) || [...appended].some(notLive);
      if (!rewrite && [...live.keys()].every((id) => skip.has(id))) return;
      const temporary = `${path}.tmp`;
      const out = rewrite ? createWriteStream(temporary) : undefined;
      out?.write(`${header}\n`);
      const kept = new Set<string>();
      for await (const record of records(path, header)) {
        if (kept.has(record.id) || live.get(record.id) !== record.hash) continue;
        kept.add(record.id);
        if (!skip.has(record.id)) use(record.json.toString('utf8'));
        if (out) {
          out.write(record.line);
          if (!out.write('\n')) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        }
      }
      if (!out) return;
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(failed(error)) : resolve())));
      try {
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw failed(error);
      }
    },
  };
}

interface CacheRecord {
  id: string;
  hash: string;
  json: Buffer;
  line: Buffer;
}

/** Longer lines than this are not records this cache wrote. */
const MAX_LINE_BYTES = 512 * 1024 * 1024;

/** The records of the log, read as bytes (JSON is decoded only where used); cut or garbled lines (from a killed run) are passed over. */
async function* records(path: string, header: string, onGarbage: () => void = () => undefined): AsyncGenerator<CacheRecord> {
  for await (const { number, bytes, tooLong } of readLines(path, MAX_LINE_BYTES)) {
    if (number === 1) {
      if (bytes.toString('utf8') !== header) return;
      continue;
    }
    const a = bytes.indexOf(9);
    const b = a === -1 ? -1 : bytes.indexOf(9, a + 1);
    const c = b === -1 ? -1 : bytes.indexOf(9, b + 1);
    let id: unknown;
    try {
      id = c === -1 || tooLong ? undefined : JSON.parse(bytes.subarray(0, a).toString('utf8'));
    } catch {
      id = undefined;
    }
    const json = bytes.subarray(c + 1);
    // A line cut short by a killed run is shorter than the length it announces.
    if (typeof id !== 'string' || json.length !== Number(bytes.subarray(b + 1, c).toString('latin1'))) {
      onGarbage();
      continue;
    }
    yield { id, hash: bytes.subarray(a + 1, b).toString('latin1'), json, line: bytes };
  }
}

/** Reads id -> hash of the log's records, or undefined when the log is missing or made for another extractor. */
async function readIndex(path: string, header: string, known: Map<string, string>): Promise<{ deadLines: number } | undefined> {
  try {
    const handle = await open(path, 'r');
    const start = Buffer.alloc(header.length + 1);
    await handle.read(start, 0, start.length, 0);
    await handle.close();
    if (start.toString('utf8') !== `${header}\n`) return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let lines = 0;
  for await (const record of records(path, header, () => (lines += 1))) {
    lines += 1;
    known.set(record.id, record.hash);
  }
  return { deadLines: lines - known.size };
}

/** A killed run may have left half a line: end it, so the next record starts on its own line. */
async function endWithNewline(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    const { size } = await handle.stat();
    const last = Buffer.alloc(1);
    if (size > 0) await handle.read(last, 0, 1, size - 1);
    if (size > 0 && last[0] !== 10) await handle.write('\n', size);
  } finally {
    await handle.close();
  }
}
