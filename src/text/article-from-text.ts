// Turns a plain-text article (headline on the first line) into an ArticleInput.
import { createHash } from 'node:crypto';
import type { ArticleInput } from '../schema/article.js';

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** The headline is the first non-empty line. */
export function headline(text: string): string {
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed) return trimmed;
  }
  return '';
}

export function articleFromText(text: string, id: string, source: string): ArticleInput {
  return { id, title: headline(text), text, source };
}
