// ArticleInput: one article as read from disk or a JSON Lines record, before extraction.
import { z } from 'zod';

export const ArticleInput = z.object({
  /** Stable identity of the article across runs (path-derived slug or the record's id). */
  id: z.string().min(1),
  title: z.string(),
  /** Full text, headline included, exactly as character offsets refer to it. */
  text: z.string(),
  /** Where it came from (relative path, or path:line for JSON Lines). */
  source: z.string(),
  date: z.string().optional(),
  url: z.string().optional(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;
