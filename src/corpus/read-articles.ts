// Reads the articles of one input file: one for .txt, .md and .html, one per line for .jsonl; bad ones become errors.
import { InputError } from '../errors.js';
import { decodeText, DEFAULT_MAX_BYTES, fileSystemError, readTextFileSync } from '../io/read-text-file.js';
import { readLines } from '../io/read-lines.js';
import type { ArticleInput } from '../schema/article.js';
import { articleFromText } from '../text/article-from-text.js';
import { htmlToText } from './html-to-text.js';
import { articleKeyOf, type InputFile } from './input-file.js';
import { articleFromRecord } from './jsonl-article.js';
import { markdownToText } from './markdown-to-text.js';

/** An article with where to find it (path, or path:line), or why it could not be read. */
export type ReadResult = { article: ArticleInput; where: string } | { error: InputError };

export interface ReadOptions {
  /** The most bytes one article may have (a whole file, or one JSON Lines record). */
  maxBytes?: number;
}

/** After this many bad lines and no good one, a JSON Lines file is given up as a whole. */
const HOPELESS_LINES = 20;

export async function* readArticles(file: InputFile, options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  if (file.format === 'jsonl') {
    yield* readJsonl(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
    return;
  }
  let text: string;
  try {
    text = readTextFileSync(file.path, options);
  } catch (error) {
    if (error instanceof InputError) {
      yield { error };
      return;
    }
    throw error;
  }
  const id = articleKeyOf(file);
  if (file.format === 'txt') {
    yield { article: articleFromText(text, id, file.relative), where: file.path };
    return;
  }
  const page = file.format === 'md' ? markdownToText(text) : htmlToText(text);
  if (page.text.trim() === '') {
    yield { error: new InputError('INPUT_EMPTY', `${file.path}: has no article text (no headline or paragraphs found)`, { subject: file.path }) };
    return;
  }
  const { title, text: body, ...rest } = page;
  yield { article: { id, title, text: body, source: file.relative, ...rest }, where: file.path };
}

async function* readJsonl(file: InputFile, maxBytes: number): AsyncGenerator<ReadResult> {
  const fileKey = articleKeyOf(file);
  let good = 0;
  let bad = 0;
  try {
    for await (const line of readLines(file.path, maxBytes)) {
      const where = `${file.path}:${line.number}`;
      const result = line.tooLong
        ? new InputError('INPUT_TOO_LARGE', `${where}: the record is larger than the ${maxBytes} bytes limit for one article`, {
            subject: where,
            hint: 'Raise the limit with --max-bytes, or split the record.',
          })
        : parseLine(line.bytes, where, fileKey, `${file.relative}:${line.number}`);
      if (result === undefined) continue;
      if (result instanceof InputError) {
        bad += 1;
        yield { error: result };
        if (good === 0 && bad >= HOPELESS_LINES) {
          yield { error: new InputError('INPUT_MALFORMED', `${file.path}: the first ${bad} lines are all bad; skipped the rest of the file`, { subject: file.path, hint: 'Is this really a JSON Lines file of {id, title, text} records?' }) };
          return;
        }
        continue;
      }
      good += 1;
      yield { article: result, where };
    }
  } catch (error) {
    if (!(error as NodeJS.ErrnoException).code) throw error;
    yield { error: fileSystemError(file.path, error) };
    return;
  }
  if (good === 0 && bad === 0) {
    yield { error: new InputError('INPUT_EMPTY', `${file.path}: has no records (the file is empty or only blank lines)`, { subject: file.path }) };
  }
}

function parseLine(bytes: Buffer, where: string, fileKey: string, source: string): ArticleInput | InputError | undefined {
  if (bytes.toString('latin1').trim() === '') return undefined;
  let data: unknown;
  try {
    data = JSON.parse(decodeText(bytes, where));
  } catch (error) {
    if (error instanceof InputError) return error;
    return new InputError('INPUT_MALFORMED', `${where}: not a JSON object (${(error as Error).message})`, {
      subject: where,
      hint: 'Each line must be one JSON object such as {"id": "a1", "title": "...", "text": "..."}.',
    });
  }
  const article = articleFromRecord(data, fileKey, source);
  if (typeof article === 'string') {
    return new InputError('INPUT_MALFORMED', `${where}: not an article record (${article})`, {
      subject: where,
      hint: 'Each line needs at least "text"; "id", "title", "date" and "url" are optional.',
    });
  }
  return article;
}
