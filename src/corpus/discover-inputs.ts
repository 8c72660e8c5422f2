// Walks the paths given on the command line, yielding article files one at a time (sorted, so runs are repeatable).
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError } from '../errors.js';
import { fileSystemError } from '../io/read-text-file.js';
import { formatOf, inputFile, type InputFile } from './input-file.js';

export type Discovered = { file: InputFile } | { error: InputError };

/** Names skipped inside directories: they describe a corpus rather than belong to it. */
const NOT_ARTICLES = /^(readme|license|licence|changelog)(\.[^.]*)?$/i;

/**
 * Files named explicitly are read whatever their extension (as plain text unless it says otherwise);
 * inside directories only .txt, .md, .html and .jsonl files count, and hidden entries are skipped.
 * A directory holding no article file is reported as an error.
 */
export async function* discoverInputs(paths: readonly string[]): AsyncGenerator<Discovered> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { error: fileSystemError(path, error) };
      continue;
    }
    if (!info.isDirectory()) {
      yield { file: inputFile(join(path, '..'), path, formatOf(path) ?? 'txt') };
      continue;
    }
    let found = 0;
    for await (const item of walk(path, path)) {
      if ('file' in item) found += 1;
      yield item;
    }
    if (found === 0) {
      yield {
        error: new InputError('NO_ARTICLES', `${path}: no article files (.txt, .md, .html, .jsonl) in this directory`, {
          subject: path,
          hint: 'Articles are plain-text files with the headline on the first line; point kg at the folder that holds them.',
        }),
      };
    }
  }
}

async function* walk(root: string, directory: string): AsyncGenerator<Discovered> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    yield { error: fileSystemError(directory, error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      yield* walk(root, path);
      continue;
    }
    const format = formatOf(entry.name);
    if (!format || NOT_ARTICLES.test(basename(entry.name))) continue;
    // Symbolic links count when they lead to a file; links to folders are not followed (no cycles).
    if (entry.isSymbolicLink() && !(await stat(path).then((s) => s.isFile(), () => true))) continue;
    if (entry.isFile() || entry.isSymbolicLink()) yield { file: inputFile(root, path, format) };
  }
}
