// One input file found on the command line or in a directory tree, with the format its extension names.
import { extname, relative, sep } from 'node:path';
import { slugify } from '../schema/ids.js';

export const INPUT_FORMATS = { '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.jsonl': 'jsonl' } as const;
export type InputFormat = (typeof INPUT_FORMATS)[keyof typeof INPUT_FORMATS];

export interface InputFile {
  /** The path as the user can find it (the argument joined with the path inside the directory). */
  path: string;
  /** Path inside the input root, extension included, with forward slashes. */
  relative: string;
  format: InputFormat;
}

export function formatOf(path: string): InputFormat | undefined {
  return (INPUT_FORMATS as Record<string, InputFormat>)[extname(path).toLowerCase()];
}

export function inputFile(root: string, path: string, format: InputFormat): InputFile {
  return { path, relative: relative(root, path).split(sep).join('/'), format };
}

/**
 * The article id of a one-article file: its path inside the input root without the extension, each
 * folder slugged, so the same file gets the same id in every run wherever the root lies.
 */
export function articleKeyOf(file: InputFile): string {
  const withoutExtension = file.relative.slice(0, file.relative.length - extname(file.relative).length);
  return withoutExtension
    .split('/')
    .map((part) => slugify(part) || '_')
    .join('/');
}
