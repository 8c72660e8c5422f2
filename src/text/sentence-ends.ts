// Finds where sentences end in one line of tokens, by the boundary rules of wink-nlp's English model (MIT licence):
// a period, ! or ? ends a sentence together with the brackets and closing quotes right after it; an abbreviation
// ends one only before a word that starts sentences ("Corp. The ..."); titles and initials never do.
import type { TokenLists } from './token-lists.js';

type Mark = 'period' | 'bang' | 'close' | 'quote' | 'comma' | 'dash' | 'abbreviation' | 'other';

interface MarkedToken {
  text: string;
  spaceBefore: boolean;
}

/** Indexes (into `tokens`) of the last token of each sentence among the line's tokens `tokens[first..]`, bar the last. */
export function sentenceEnds(lists: TokenLists, tokens: readonly MarkedToken[], first: number): number[] {
  const ends: number[] = [];
  // Marks are read where the rules look, past the line's end as 'other'.
  const markAt: MarkAt = (k) => (k < tokens.length ? markOf(lists, tokens[k]!) : 'other');
  let i = first;
  while (i < tokens.length) {
    const mark = markAt(i);
    // "(ZNX.O)": the period before a stock ticker's exchange code, inside its brackets, ends no sentence.
    if (mark === 'period' && endsTickerCode(tokens, i)) i++;
    else if (mark === 'period' || mark === 'bang') {
      const [end, resume] = mark === 'period' ? afterPeriod(markAt, i) : afterBang(markAt, i);
      if (end >= 0) ends.push(end);
      i = resume;
    } else if (mark === 'abbreviation' && i + 1 < tokens.length && lists.sentenceStarters.has(tokens[i + 1]!.text)) {
      ends.push(i);
      i += 2;
    } else i++;
  }
  return ends;
}

type MarkAt = (index: number) => Mark;

function endsTickerCode(tokens: readonly MarkedToken[], i: number): boolean {
  const code = tokens[i + 1];
  return !tokens[i]!.spaceBefore && !!code && !code.spaceBefore && /^[A-Za-z]{1,3}$/.test(code.text) && tokens[i + 2]?.text === ')';
}

/** [last token of the sentence or -1 when the period ends none, index to go on from]. */
function afterPeriod(markAt: MarkAt, i: number): [number, number] {
  const next = markAt(i + 1);
  // "., " and ".-" continue the sentence; two periods in a row are an ellipsis typed with spaces.
  if (next === 'comma' || next === 'dash') return [-1, i + 2];
  if (next === 'period') return [-1, markAt(i + 2) === 'period' ? i + 3 : i + 2];
  return withClosingMarks(markAt, i);
}

function afterBang(markAt: MarkAt, i: number): [number, number] {
  if (markAt(i + 1) === 'bang') return markAt(i + 2) === 'bang' ? [i + 2, i + 3] : [i + 1, i + 2];
  return withClosingMarks(markAt, i);
}

/** The sentence ending at `i` takes a closing bracket or quote after it, and one more mark after a bracket. */
function withClosingMarks(markAt: MarkAt, i: number): [number, number] {
  const next = markAt(i + 1);
  if (next === 'close') {
    const third = markAt(i + 2);
    if (third === 'period' || third === 'bang' || third === 'close' || third === 'quote') return [i + 2, i + 3];
    return [i + 1, i + 2];
  }
  if (next === 'quote') return markAt(i + 2) === 'close' ? [i + 2, i + 3] : [i + 1, i + 2];
  return [i, i + 1];
}

function markOf(lists: TokenLists, token: MarkedToken): Mark {
  const text = token.text;
  // Marks are one character; abbreviations end in a period.
  if (text.length > 1 && text.charCodeAt(text.length - 1) !== 0x2e) return 'other';
  switch (text) {
    case '.':
      return 'period';
    case '!':
    case '?':
      return 'bang';
    case ')':
    case ']':
    case '}':
      return 'close';
    // A straight quote after a space opens a quotation rather than closing one.
    case '"':
    case "'":
      return token.spaceBefore ? 'other' : 'quote';
    case '’':
    case '”':
      return 'quote';
    case ',':
      return 'comma';
    case '-':
    case '–':
    case '—':
      return 'dash';
  }
  // A longer token that gets here ends in a period.
  if (text.length > 1 && /[a-z]/i.test(text)) {
    const lower = text.toLowerCase();
    // One letter and a period is an initial; titles (Mr., Dr., Gen.) belong to the name after them.
    return lower.length === 2 || lists.neverEndSentence.has(lower) ? 'other' : 'abbreviation';
  }
  return 'other';
}
