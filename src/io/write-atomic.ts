// Writes a file whole or not at all: a temporary name beside it, then a rename.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { KgError } from '../errors.js';

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    // The temporary file may not exist (the folder could not be made): the first error is the one to report.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new KgError('OUTPUT_FAILED', `${path}: could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      subject: path,
      cause: error,
    });
  }
}
