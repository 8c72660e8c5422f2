// Splits one line of an article into tokens with offsets: one pass over the characters, the common chunks (words, a word
// and its closing punctuation, numbers) decided there, the rest by split-unusual-chunk.ts.
import type { Token } from './analyse.js';
import { splitUnusualChunk } from './split-unusual-chunk.js';
import { listedPieces, type Piece, type TokenLists } from './token-lists.js';

const POSSESSIVE_END = /(?<=\p{L})['’]s$/u;

/**
 * Appends the tokens of `line` (which starts at `offset` in the article) to `out`, numbered by their place there and in
 * sentence 0 until the sentences are known. Pieces of contractions ("do" "n't") also go to `contractionPieces`.
 */
export function tokenizeLine(lists: TokenLists, line: string, offset: number, out: Token[], contractionPieces: Set<Token>): void {
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
    if (kind === 'whole' || (kind === 'word' && !lists.contractions.has(chunk))) pushToken(out, chunk, start, spaceBefore);
    else if (kind === 'wordAndMark') addWordAndMark(lists, chunk, start, spaceBefore, out);
    else {
      const listed = listedPieces(lists, chunk);
      if (listed) addPieces(chunk, start, spaceBefore, listed, out, contractionPieces);
      else if (!addCommonShapes(lists, chunk, start, spaceBefore, out)) addPieces(chunk, start, spaceBefore, splitUnusualChunk(lists, chunk), out, contractionPieces);
    }
    spaceBefore = false;
    i = end;
  }
}

function addWordAndMark(lists: TokenLists, chunk: string, start: number, spaceBefore: boolean, out: Token[]): void {
  const last = chunk.length - 1;
  // An initial ("J.") and a listed abbreviation ("Jan.") keep their period; other words lose the mark to a token of its own.
  if (chunk.charCodeAt(last) === 0x2e && (last === 1 || lists.keepWhole.has(chunk))) pushToken(out, chunk, start, spaceBefore);
  else {
    pushToken(out, chunk.slice(0, last), start, spaceBefore);
    pushToken(out, chunk.slice(last), start + last, false);
  }
}

/**
 * Shapes common in news that would otherwise take the slow path, split here as it would split them: a possessive
 * ("Smith's", "Jones'"), a hyphenated word ("well-known,"), a number and its mark ("1,200," "3.5%"), quotes or brackets
 * around a word ("(in", "“We”") and a word with two closing marks ("win.”"). False leaves the chunk to the slow path.
 */
function addCommonShapes(lists: TokenLists, chunk: string, start: number, spaceBefore: boolean, out: Token[]): boolean {
  const last = chunk.length - 1;
  const lastCode = chunk.charCodeAt(last);
  const first = chunk.charCodeAt(0);
  if (isWordChar(first)) {
    const apostrophe = chunk.charCodeAt(last - 1);
    if (lastCode === 0x73 && (apostrophe === 0x27 || apostrophe === 0x2019)) return addWordThenMark(lists, chunk, last - 1, start, spaceBefore, out);
    if (lastCode === 0x27) return addWordThenMark(lists, chunk, last, start, spaceBefore, out);
    if (isHyphenated(chunk, 0, chunk.length)) return addHyphenated(lists, chunk, start, spaceBefore, out);
    if (isTrailingMark(lastCode) && isHyphenated(chunk, 0, last)) {
      if (!addHyphenated(lists, chunk.slice(0, last), start, spaceBefore, out)) return false;
      pushToken(out, chunk.slice(last), start + last, false);
      return true;
    }
    // Two periods are one mark ("so.."), which the slow path keeps together.
    if (last >= 2 && isTrailingMark(lastCode) && !chunk.endsWith('..') && chunkKind(chunk.slice(0, last)) === 'wordAndMark') {
      addWordAndMark(lists, chunk.slice(0, last), start, spaceBefore, out);
      pushToken(out, chunk.slice(last), start + last, false);
      return true;
    }
    return false;
  }
  if (isDigit(first) && (isTrailingMark(lastCode) || lastCode === 0x25) && !chunk.endsWith('..') && isNumber(chunk.slice(0, last))) {
    pushToken(out, chunk.slice(0, last), start, spaceBefore);
    pushToken(out, chunk.slice(last), start + last, false);
    return true;
  }
  if (!isOpeningMark(first)) return false;
  if (isWordRun(chunk, 1, chunk.length)) {
    const word = chunk.slice(1);
    if (lists.contractions.has(word)) return false;
    pushToken(out, chunk.slice(0, 1), start, spaceBefore);
    pushToken(out, word, start + 1, false);
    return true;
  }
  if (isClosingQuoteOrBracket(lastCode) && last >= 2) {
    const core = chunk.slice(1, last);
    const kind = chunkKind(core);
    if (kind !== 'word' && kind !== 'wordAndMark') return false;
    if (kind === 'word' && lists.contractions.has(core)) return false;
    pushToken(out, chunk.slice(0, 1), start, spaceBefore);
    if (kind === 'word') pushToken(out, core, start + 1, false);
    else addWordAndMark(lists, core, start + 1, false, out);
    pushToken(out, chunk.slice(last), start + last, false);
    return true;
  }
  return false;
}

/** A plain word up to `cut`, then the rest as one mark ("Smith" "'s", "Jones" "'"); false when the word is a contraction. */
function addWordThenMark(lists: TokenLists, chunk: string, cut: number, start: number, spaceBefore: boolean, out: Token[]): boolean {
  if (cut < 1 || !isLetter(chunk.charCodeAt(0)) || !isWordRun(chunk, 0, cut)) return false;
  const word = chunk.slice(0, cut);
  if (lists.contractions.has(word)) return false;
  pushToken(out, word, start, spaceBefore);
  pushToken(out, chunk.slice(cut), start + cut, false);
  return true;
}

/** Plain words joined by single hyphens or en dashes ("well-known", "Ji-hoon"). */
function isHyphenated(text: string, from: number, to: number): boolean {
  let hyphens = 0;
  let partStart = from;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2d || c === 0x2013) {
      if (k === partStart) return false;
      hyphens++;
      partStart = k + 1;
    } else if (!isLetter(c)) return false;
  }
  return hyphens > 0 && partStart < to;
}

/**
 * Keeps a hyphenated word whole after a listed prefix or before a listed suffix (anti-graft, clockwise), splits it at
 * each hyphen otherwise. False for words the slow path reads differently: currency codes inside (USD-based), a
 * contraction as a part.
 */
function addHyphenated(lists: TokenLists, word: string, start: number, spaceBefore: boolean, out: Token[]): boolean {
  if (/USD|AUD|INR|GBP/.test(word)) return false;
  const parts = word.split(/[-–]/);
  if (parts.some((part) => lists.contractions.has(part))) return false;
  if (lists.keepWhole.has(word) || lists.hyphenPrefixes.has(parts[0]!) || lists.hyphenSuffixes.has(parts[parts.length - 1]!)) {
    pushToken(out, word, start, spaceBefore);
    return true;
  }
  let at = start;
  parts.forEach((part, k) => {
    if (k > 0) {
      pushToken(out, word.charAt(at - start), at, false);
      at++;
    }
    pushToken(out, part, at, spaceBefore && k === 0);
    at += part.length;
  });
  return true;
}

function pushToken(out: Token[], text: string, start: number, spaceBefore: boolean): Token {
  const token: Token = { i: out.length, text, start, end: start + text.length, sentence: 0, spaceBefore };
  out.push(token);
  return token;
}

function addPieces(chunk: string, start: number, spaceBefore: boolean, pieces: readonly Piece[], out: Token[], contractionPieces: Set<Token>): void {
  // Pieces are substrings of the chunk in order; searching from the last end keeps offsets right even if a piece were to
  // leave characters out.
  let at = 0;
  pieces.forEach(({ text, contraction }, k) => {
    const found = chunk.indexOf(text, at);
    const from = found < 0 ? at : found;
    at = from + text.length;
    // A possessive kept on its word ("McDonald's,") still becomes a token of its own, as the extractor expects.
    const possessive = contraction ? null : POSSESSIVE_END.exec(text);
    if (possessive) {
      const base = text.length - possessive[0].length;
      pushToken(out, text.slice(0, base), start + from, spaceBefore && k === 0);
      pushToken(out, possessive[0], start + from + base, false);
    } else {
      const token = pushToken(out, text, start + from, spaceBefore && k === 0);
      if (contraction) contractionPieces.add(token);
    }
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
      if (isClosingMark(c)) return 'wordAndMark';
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
function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 0x300 && c <= 0x36f) || c === 0x2060;
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

/** Letters a word the slow path finds may be made of (not the combining accents, which cannot start one). */
function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

/** ” " ) ] ’ : what closes a chunk that a quote or bracket opened. */
function isClosingQuoteOrBracket(c: number): boolean {
  return c === 0x201d || c === 0x22 || c === 0x29 || c === 0x5d || c === 0x2019;
}

/** ‘ “ " [ ( { … - – : what may open a chunk before its word (a straight apostrophe is left to the slow path). */
function isOpeningMark(c: number): boolean {
  return c === 0x2018 || c === 0x201c || c === 0x22 || c === 0x5b || c === 0x28 || c === 0x7b || c === 0x2026 || c === 0x2d || c === 0x2013;
}

/** ’ ' ” " … , . ! ; ? - – : and the danda signs: what may close a chunk after a word and its own mark. */
function isTrailingMark(c: number): boolean {
  return (
    c === 0x2019 || c === 0x27 || c === 0x201d || c === 0x22 || c === 0x2026 || c === 0x2c || c === 0x2e || c === 0x21 ||
    c === 0x3b || c === 0x3f || c === 0x2d || c === 0x2013 || c === 0x3a || c === 0x964 || c === 0x965
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
