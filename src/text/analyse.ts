// Splits an article into paragraphs, sentences and tokens with character offsets (wink-nlp does the sentence and token work).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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

// Sentence boundaries only: part-of-speech tagging would double the cost per article and the
// extractor reads structure from capitalisation, lexicons and trigger words instead.
// The model takes most of a second to load: only commands that read articles pay for it.
let nlp: ReturnType<typeof winkNLP> | undefined;
const POSSESSIVE_END = /(?<=\p{L})['’]s$/u;

export function analyse(text: string): TextDocument {
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
    addSentences(doc, paragraph, line);
  }
  return doc;
}

function addSentences(doc: TextDocument, paragraph: Paragraph, line: string): void {
  nlp ??= winkNLP(model, ['sbd']);
  const its = nlp.its;
  const parsed = nlp.readDoc(line);
  const values = parsed.tokens().out(its.value) as string[];
  const spaces = parsed.tokens().out(its.precedingSpaces) as string[];
  const stopWords = parsed.tokens().out(its.stopWordFlag) as unknown as boolean[];
  values.forEach((value, k) => {
    if (stopWords[k] || /^\p{Ll}+$/u.test(value)) doc.ordinaryWords.add(value.toLowerCase());
  });
  const sentenceTexts = parsed.sentences().out() as string[];
  // Token offsets: wink is lossless, so preceding spaces plus token values rebuild the line.
  let offset = paragraph.start;
  const lineTokens: Token[] = [];
  values.forEach((value, k) => {
    const space = spaces[k] ?? '';
    offset += space.length;
    // wink caches words across documents and may later return "Smith's" whole where it split it before; splitting the
    // possessive here keeps an article's tokens the same whatever was read before it.
    const possessive = POSSESSIVE_END.exec(value);
    const base = possessive ? value.length - possessive[0].length : value.length;
    lineTokens.push({ i: 0, text: value.slice(0, base), start: offset, end: offset + base, sentence: 0, spaceBefore: space.length > 0 || k === 0 });
    if (possessive) lineTokens.push({ i: 0, text: possessive[0], start: offset + base, end: offset + value.length, sentence: 0, spaceBefore: false });
    offset += value.length;
  });
  // Sentences are assigned to tokens by walking their lengths in order.
  let k = 0;
  let cursor = paragraph.start;
  for (const sentenceText of sentenceTexts) {
    const start = doc.text.indexOf(sentenceText, cursor);
    const end = (start < 0 ? cursor : start) + sentenceText.length;
    const sentence: Sentence = { index: doc.sentences.length, paragraph: paragraph.index, start: start < 0 ? cursor : start, end, first: doc.tokens.length, last: doc.tokens.length };
    while (k < lineTokens.length && lineTokens[k]!.start < end) {
      const token = lineTokens[k]!;
      token.i = doc.tokens.length;
      token.sentence = sentence.index;
      doc.tokens.push(token);
      k++;
    }
    sentence.last = doc.tokens.length;
    cursor = end;
    if (sentence.last > sentence.first) doc.sentences.push(sentence);
  }
  // Whatever the sentence splitter did not cover joins the paragraph's last sentence.
  const lastSentence = doc.sentences[doc.sentences.length - 1];
  while (k < lineTokens.length && lastSentence) {
    const token = lineTokens[k]!;
    token.i = doc.tokens.length;
    token.sentence = lastSentence.index;
    doc.tokens.push(token);
    lastSentence.last = doc.tokens.length;
    lastSentence.end = token.end;
    k++;
  }
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
