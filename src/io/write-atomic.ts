// Writes a file whole or not at all: a temporary name beside it, then a rename.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { KgError } from '../errors.js';

/** Pieces of text are written in batches of about this many characters: fewer system calls than one per piece. */
const BATCH = 1 << 20;

/** `content` may be given in pieces (an iterable of strings), so a large file never has to be one string in memory. */
export async function writeFileAtomic(path: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, typeof content === 'string' || content instanceof Uint8Array ? content : batches(content));
    await rename(temporary, path);
  } catch (error) {
    // The temporary file may not exist (the folder could not be made): the first error is the one to report.
    await rm(temporary, { force: true }).catch(() => undefined);
    // Pieces made as the file is written may fail for their own reason, which they already tell best.
    if (error instanceof KgError) throw error;
    throw new KgError('OUTPUT_FAILED', `${path}: could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      subject: path,
      cause: error,
    });
  }
}

function* batches(pieces: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= BATCH) {
      yield batch.join('');
      batch = [];
      size = 0;
    }
  }
  if (batch.length) yield batch.join('');
}
