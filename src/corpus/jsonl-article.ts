// One JSON Lines record `{id, title, text, date, url}` as an ArticleInput, or the reason it is not one.
import { z } from 'zod';
import { describeIssues } from '../errors.js';
import type { ArticleInput } from '../schema/article.js';
import { contentHash } from '../text/article-from-text.js';

export const JsonlRecord = z.object({
  id: z.union([z.string().trim().min(1), z.number()]).optional(),
  title: z.string().optional(),
  text: z.string().refine((text) => text.trim() !== '', 'has no text'),
  date: z.union([z.string(), z.number()]).optional(),
  url: z.string().optional(),
});
export type JsonlRecord = z.infer<typeof JsonlRecord>;

/**
 * The headline goes first in the text (as in a .txt article) unless the text already starts with it.
 * A record without an id is known by its file and a hash of its text, which is stable while the text is.
 */
export function articleFromRecord(data: unknown, fileKey: string, source: string): ArticleInput | string {
  const parsed = JsonlRecord.safeParse(data);
  if (!parsed.success) return describeIssues(parsed.error).join('; ');
  const record = parsed.data;
  const title = record.title?.trim() || firstLine(record.text);
  const text = record.text.trimStart().startsWith(title) ? record.text : `${title}\n\n${record.text}`;
  return {
    id: record.id !== undefined ? String(record.id) : `${fileKey}/${contentHash(record.text).slice(0, 12)}`,
    title,
    text,
    source,
    ...(record.date !== undefined ? { date: String(record.date) } : {}),
    ...(record.url ? { url: record.url } : {}),
  };
}

function firstLine(text: string): string {
  return text.trim().split(/\r?\n/, 1)[0]?.trim() ?? '';
}
