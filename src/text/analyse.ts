// Splits an article into paragraphs, sentences and tokens with character offsets (tokenize.ts, sentence-ends.ts).
import { sentenceEnds } from './sentence-ends.js';
import { tokenLists, type TokenLists } from './token-lists.js';
import { tokenizeLine } from './tokenize.js';

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
  /**
   * Tokens whose capital letter is the text's habit, not a name's: some wire archives capitalise every word after an
   * abbreviation's period ("the U.S. Did not accept", "curbs on U.S. Technology exports").
   */
  capitalisedByHabit: Set<number>;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}

const LOWER_CASE_WORD = /^\p{Ll}+$/u;

export function analyse(text: string): TextDocument {
  const lists = tokenLists();
  const doc: TextDocument = { text, ordinaryWords: new Set(), capitalisedByHabit: new Set(), paragraphs: [], sentences: [], tokens: [] };
  const contractionPieces = new Set<Token>();
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
    const first = doc.tokens.length;
    tokenizeLine(lists, line, paragraph.start, doc.tokens, contractionPieces);
    addSentences(doc, lists, paragraph, first);
  }
  for (const token of doc.tokens) noteOrdinaryWord(doc.ordinaryWords, lists, token, contractionPieces);
  noteCapitalsAfterAbbreviations(doc);
  return doc;
}

// Words that go on a clause and seldom open a sentence after an abbreviation ("the U.S. And Japan" is the habit).
const CLAUSE_WORDS = new Set(['and', 'or', 'of', 'to', 'for', 'on', 'at', 'by', 'with', 'from', 'than', 'into', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does', 'should', 'would', 'could', 'must']);
// "U.S.", "U.K.": an abbreviation of initials.
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;

/**
 * A text that writes a word going on the clause with a capital after an abbreviation ("the U.S. Did not") has the
 * habit: there, an ordinary word of the text (one it writes in lower case too) after an abbreviation is no name.
 */
function noteCapitalsAfterAbbreviations(doc: TextDocument): void {
  const after: number[] = [];
  let habit = false;
  for (let k = 1; k < doc.tokens.length; k++) {
    const token = doc.tokens[k]!;
    const first = token.text.charCodeAt(0);
    const before = doc.tokens[k - 1]!.text;
    // (The period tested first: most words after a capital are no abbreviation's.)
    if (first < 0x41 || first > 0x5a || before.charCodeAt(before.length - 1) !== 0x2e || !INITIALS.test(before)) continue;
    after.push(k);
    if (CLAUSE_WORDS.has(token.text.toLowerCase())) habit = true;
  }
  if (!habit) return;
  for (const k of after) if (doc.ordinaryWords.has(doc.tokens[k]!.text.toLowerCase())) doc.capitalisedByHabit.add(k);
}

/** Cuts the paragraph's tokens, from `first` on, into sentences. */
function addSentences(doc: TextDocument, lists: TokenLists, paragraph: Paragraph, first: number): void {
  const tokens = doc.tokens;
  if (tokens.length === first) return;
  const ends = sentenceEnds(lists, tokens, first);
  // The line's end closes its last sentence.
  if (ends[ends.length - 1] !== tokens.length - 1) ends.push(tokens.length - 1);
  for (const last of ends) {
    const sentence: Sentence = { index: doc.sentences.length, paragraph: paragraph.index, start: tokens[first]!.start, end: tokens[last]!.end, first, last: last + 1 };
    doc.sentences.push(sentence);
    for (let k = first; k <= last; k++) tokens[k]!.sentence = sentence.index;
    first = last + 1;
  }
}

/** Stop words and words written in lower case are ordinary English; a name is not. */
function noteOrdinaryWord(ordinaryWords: Set<string>, lists: TokenLists, token: Token, contractionPieces: ReadonlySet<Token>): void {
  const text = token.text;
  let lower = text.length > 0;
  for (let k = 0; k < text.length && lower; k++) {
    const c = text.charCodeAt(k);
    lower = c >= 0x61 && c <= 0x7a;
  }
  // Plain lower-case ASCII words, most of the text, need no case folding.
  if (lower) {
    ordinaryWords.add(text);
    return;
  }
  const folded = text.toLowerCase();
  const stop = lists.stopWords.has(folded) || (lists.contractionStopWords.has(folded) && contractionPieces.has(token));
  if (stop || LOWER_CASE_WORD.test(text)) ordinaryWords.add(folded);
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
