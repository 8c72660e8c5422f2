// The incremental build's memory: every article's GraphDocument, keyed by article id and a hash of its input, in one append-only log.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { KgError } from '../errors.js';

/**
 * `<out>/.kg-cache/articles.log`: a header line naming the extractor it was made with, then one line per
 * article: its id (as a JSON string), the input hash, the length of the JSON and the document's JSON,
 * tab-separated.
 * Lines are only appended while a build runs, so a build killed at any point leaves at worst one
 * cut line at the end, which the next run ignores. A finished build rewrites the log with only the
 * live records (temporary name, then rename).
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
  await mkdir(dir, { recursive: true });
  const known = new Map<string, string>();
  const usable = await readIndex(path, header, known);
  if (!usable) {
    // No cache, or one made by another version of the extractor: start again.
    known.clear();
    await writeFile(path, `${header}\n`);
  } else {
    await endWithNewline(path);
  }
  let stream: WriteStream | undefined = createWriteStream(path, { flags: 'a' });
  let writeError: unknown;
  stream.on('error', (error) => (writeError ??= error));
  // One wait for 'drain' shared by every append that finds the buffer full.
  let draining: Promise<void> | undefined;
  const failed = (error: unknown): KgError =>
    new KgError('OUTPUT_FAILED', `${path}: could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { subject: path, cause: error });

  return {
    hashOf: (id) => known.get(id),
    ids: () => known.keys(),
    async append(id, hash, json) {
      if (!stream) throw new Error('ArticleCache.append: the cache is already compacted');
      if (writeError !== undefined) throw failed(writeError);
      if (!stream.write(`${JSON.stringify(id)}\t${hash}\t${json.length}\t${json}\n`)) {
        const full = stream;
        draining ??= new Promise<void>((resolve) =>
          full.once('drain', () => {
            draining = undefined;
            resolve();
          }),
        );
        await draining;
      }
    },
    async compact(live, use, skip) {
      const closing = stream;
      stream = undefined;
      await new Promise<void>((resolve, reject) => closing?.end((error?: Error | null) => (error ? reject(failed(error)) : resolve())));
      if (writeError !== undefined) throw failed(writeError);
      const temporary = `${path}.tmp`;
      const out = createWriteStream(temporary);
      out.write(`${header}\n`);
      const kept = new Set<string>();
      for await (const record of records(path, header)) {
        if (kept.has(record.id) || live.get(record.id) !== record.hash) continue;
        kept.add(record.id);
        if (!skip.has(record.id)) use(record.json);
        if (!out.write(`${record.line}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      }
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
  json: string;
  line: string;
}

/** The records of the log; cut or garbled lines (from a killed run) are passed over. */
async function* records(path: string, header: string): AsyncGenerator<CacheRecord> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    if (first) {
      first = false;
      if (line !== header) return;
      continue;
    }
    const a = line.indexOf('\t');
    const b = a === -1 ? -1 : line.indexOf('\t', a + 1);
    const c = b === -1 ? -1 : line.indexOf('\t', b + 1);
    if (c === -1) continue;
    let id: unknown;
    try {
      id = JSON.parse(line.slice(0, a));
    } catch {
      continue;
    }
    const json = line.slice(c + 1);
    // A line cut short by a killed run is shorter than the length it announces.
    if (typeof id !== 'string' || json.length !== Number(line.slice(b + 1, c))) continue;
    yield { id, hash: line.slice(a + 1, b), json, line };
  }
}

async function readIndex(path: string, header: string, known: Map<string, string>): Promise<boolean> {
  try {
    const handle = await open(path, 'r');
    const start = Buffer.alloc(header.length + 1);
    await handle.read(start, 0, start.length, 0);
    await handle.close();
    if (start.toString('utf8') !== `${header}\n`) return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  for await (const record of records(path, header)) known.set(record.id, record.hash);
  return true;
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
