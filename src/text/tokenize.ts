// Splits one line of an article into tokens with offsets: one pass over the characters, the common chunks (words, a word
// and its closing punctuation, numbers) decided there, the rest by split-unusual-chunk.ts.
import { splitUnusualChunk } from './split-unusual-chunk.js';
import { listedPieces, tokenLists, type Piece, type TokenLists } from './token-lists.js';

export interface LineToken {
  text: string;
  /** Offsets in the whole article. */
  start: number;
  end: number;
  /** True when white space (or the line start) comes right before the token. */
  spaceBefore: boolean;
  /** A piece of a contraction ("do" "n't"): ordinary English whatever its case. */
  contraction: boolean;
}

/** Appends the tokens of `line` (which starts at `offset` in the article) to `out`. */
export function tokenizeLine(line: string, offset: number, out: LineToken[]): void {
  const lists = tokenLists();
  let spaceBefore = true;
  let i = 0;
  while (i < line.length) {
    if (isSpace(line.charCodeAt(i))) {
      spaceBefore = true;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < line.length && !isSpace(line.charCodeAt(end))) end++;
    const chunk = line.slice(i, end);
    const start = offset + i;
    const kind = chunkKind(chunk);
    if (kind === 'whole' || (kind === 'word' && !lists.contractions.has(chunk))) {
      out.push({ text: chunk, start, end: start + chunk.length, spaceBefore, contraction: false });
    } else if (kind === 'wordAndMark' && !(chunk.endsWith('.') && (chunk.length === 2 || lists.keepWhole.has(chunk)))) {
      // A word loses its closing mark to a token of its own; an initial ("J.") and a listed abbreviation ("Jan.") do not.
      const last = chunk.length - 1;
      out.push({ text: chunk.slice(0, last), start, end: start + last, spaceBefore, contraction: false });
      out.push({ text: chunk.slice(last), start: start + last, end: start + chunk.length, spaceBefore: false, contraction: false });
    } else if (kind === 'wordAndMark') {
      out.push({ text: chunk, start, end: start + chunk.length, spaceBefore, contraction: false });
    } else addPieces(chunk, start, spaceBefore, listedPieces(lists, chunk) ?? splitUnusualChunk(lists, chunk), out);
    spaceBefore = false;
    i = end;
  }
}

function addPieces(chunk: string, start: number, spaceBefore: boolean, pieces: readonly Piece[], out: LineToken[]): void {
  // Pieces are substrings of the chunk in order; searching from the last end keeps offsets right even if a piece were to
  // leave characters out.
  let at = 0;
  pieces.forEach(({ text, contraction }, k) => {
    const found = chunk.indexOf(text, at);
    const from = found < 0 ? at : found;
    out.push({ text, start: start + from, end: start + from + text.length, spaceBefore: spaceBefore && k === 0, contraction: contraction === true });
    at = from + text.length;
  });
}

/** The common chunks, told apart without regular expressions: a plain word, a word and one closing mark, a number. */
function chunkKind(chunk: string): 'word' | 'wordAndMark' | 'whole' | 'other' {
  const last = chunk.length - 1;
  // Any single character (a dash, a bullet) is a token as it stands.
  if (last === 0) return 'whole';
  if (isWordChar(chunk.charCodeAt(0))) {
    if (isWordRun(chunk, 1, last)) {
      const c = chunk.charCodeAt(last);
      if (isWordChar(c)) return 'word';
      if (last > 0 && isClosingMark(c)) return 'wordAndMark';
    }
    return 'other';
  }
  return isNumber(chunk) ? 'whole' : 'other';
}

/** The spaces that separate chunks (other white space, rare in news, stays inside a chunk as it did with wink-nlp). */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) ||
    c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f
  );
}

/** Letters of the Latin-1 range, combining accents and the word joiner: the letters a plain word is made of. */
export function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) || c === 0x2060
  );
}

function isWordRun(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isWordChar(text.charCodeAt(k))) return false;
  return true;
}

/** ’ ” " ] ) } … , . ! ; ? / : */
function isClosingMark(c: number): boolean {
  return (
    c === 0x2019 || c === 0x201d || c === 0x22 || c === 0x5d || c === 0x29 || c === 0x7d || c === 0x2026 || c === 0x2c ||
    c === 0x2e || c === 0x21 || c === 0x3b || c === 0x3f || c === 0x2f || c === 0x3a
  );
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Digits with single inner separators and an optional sign: 42, -3, 1,200.50, 2010-2012, 24/7, 12:30. */
function isNumber(text: string): boolean {
  let k = text.charCodeAt(0) === 0x2b || text.charCodeAt(0) === 0x2d ? 1 : 0;
  if (k >= text.length || !isDigit(text.charCodeAt(k))) return false;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (isDigit(c)) k++;
    else if ((c === 0x2e || c === 0x2c || c === 0x2d || c === 0x2f || c === 0x3a) && k + 1 < text.length && isDigit(text.charCodeAt(k + 1))) k += 2;
    else return false;
  }
  return true;
}
