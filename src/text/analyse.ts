// Splits an article into paragraphs, sentences and tokens with character offsets (tokenize.ts, sentence-ends.ts).
import { sentenceEnds } from './sentence-ends.js';
import { tokenLists, type TokenLists } from './token-lists.js';
import { tokenizeLine, type LineToken } from './tokenize.js';

export interface Token {
  /** Index in TextDocument.tokens. */
  i: number;
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** True when white space (or the paragraph start) comes right before the token. */
  spaceBefore: boolean;
}

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  /** The headline, an all-capitals line (dateline, subhead) or a title-case line: names there are read from lexicons only. */
  kind: 'headline' | 'body' | 'caps';
}

export interface TextDocument {
  text: string;
  /** Words that are ordinary English here: written in lower case somewhere in the text, or a stop word ("Along"). */
  ordinaryWords: Set<string>;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}

const POSSESSIVE_END = /(?<=\p{L})['’]s$/u;
const LOWER_CASE_WORD = /^\p{Ll}+$/u;

export function analyse(text: string): TextDocument {
  const lists = tokenLists();
  const doc: TextDocument = { text, ordinaryWords: new Set(), paragraphs: [], sentences: [], tokens: [] };
  const linePattern = /[^\r\n]+/g;
  let match: RegExpExecArray | null;
  while ((match = linePattern.exec(text)) !== null) {
    const line = match[0];
    if (line.trim() === '') continue;
    const paragraph: Paragraph = {
      index: doc.paragraphs.length,
      start: match.index,
      end: match.index + line.length,
      kind: doc.paragraphs.length === 0 ? 'headline' : isCapsLine(line) ? 'caps' : 'body',
    };
    doc.paragraphs.push(paragraph);
    addSentences(doc, lists, paragraph, line);
  }
  return doc;
}

function addSentences(doc: TextDocument, lists: TokenLists, paragraph: Paragraph, line: string): void {
  const lineTokens: LineToken[] = [];
  tokenizeLine(line, paragraph.start, lineTokens);
  if (lineTokens.length === 0) return;
  const ends = sentenceEnds(lists, lineTokens);
  // The line's end closes its last sentence.
  if (ends[ends.length - 1] !== lineTokens.length - 1) ends.push(lineTokens.length - 1);
  let first = 0;
  for (const last of ends) {
    const sentence: Sentence = {
      index: doc.sentences.length,
      paragraph: paragraph.index,
      start: lineTokens[first]!.start,
      end: lineTokens[last]!.end,
      first: doc.tokens.length,
      last: doc.tokens.length,
    };
    doc.sentences.push(sentence);
    for (let k = first; k <= last; k++) addToken(doc, lists, lineTokens[k]!, sentence.index);
    sentence.last = doc.tokens.length;
    first = last + 1;
  }
}

function addToken(doc: TextDocument, lists: TokenLists, token: LineToken, sentence: number): void {
  // A possessive the tokenizer kept on its word ("McDonald's,") still becomes a token of its own, as the extractor expects.
  const possessive = token.text.length > 2 ? POSSESSIVE_END.exec(token.text) : null;
  if (possessive) {
    const base = token.text.length - possessive[0].length;
    pushToken(doc, lists, { ...token, text: token.text.slice(0, base), end: token.start + base }, sentence);
    pushToken(doc, lists, { ...token, text: possessive[0], start: token.start + base, spaceBefore: false }, sentence);
  } else pushToken(doc, lists, token, sentence);
}

function pushToken(doc: TextDocument, lists: TokenLists, token: LineToken, sentence: number): void {
  const lower = token.text.toLowerCase();
  const stop = lists.stopWords.has(lower) || (token.contraction && lists.contractionStopWords.has(lower));
  if (stop || LOWER_CASE_WORD.test(token.text)) doc.ordinaryWords.add(lower);
  doc.tokens.push({ i: doc.tokens.length, text: token.text, start: token.start, end: token.end, sentence, spaceBefore: token.spaceBefore });
}

/** A line in capitals (a dateline, a subhead) or in title case reads as a label, not as prose. */
function isCapsLine(line: string): boolean {
  let letters = 0;
  let upper = 0;
  for (const char of line) {
    const lower = char.toLowerCase();
    const capital = char.toUpperCase();
    if (lower === capital) continue;
    letters++;
    if (char === capital) upper++;
    // Three lower-case letters settle it for prose, without reading the rest of the line.
    if (letters - upper > 3 && letters - upper > letters * 0.2) return false;
  }
  return letters >= 4 && upper / letters > 0.8;
}
