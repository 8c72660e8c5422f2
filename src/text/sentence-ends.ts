// Finds where sentences end in one line of tokens, by the boundary rules of wink-nlp's English model (MIT licence):
// a period, ! or ? ends a sentence together with the brackets and closing quotes right after it; an abbreviation
// ends one only before a word that starts sentences ("Corp. The ..."); titles and initials never do.
import type { TokenLists } from './token-lists.js';

type Mark = 'period' | 'bang' | 'close' | 'quote' | 'comma' | 'dash' | 'abbreviation' | 'starter' | 'other';

interface MarkedToken {
  text: string;
  spaceBefore: boolean;
}

/** Indexes (into `tokens`) of the last token of each sentence but the line's last one. */
export function sentenceEnds(lists: TokenLists, tokens: readonly MarkedToken[]): number[] {
  const marks = tokens.map((token) => markOf(lists, token));
  const ends: number[] = [];
  let i = 0;
  while (i < marks.length) {
    const mark = marks[i];
    if (mark === 'period' || mark === 'bang') {
      const [end, resume] = mark === 'period' ? afterPeriod(marks, i) : afterBang(marks, i);
      if (end >= 0) ends.push(end);
      i = resume;
    } else if (mark === 'abbreviation' && marks[i + 1] === 'starter') {
      ends.push(i);
      i += 2;
    } else i++;
  }
  return ends;
}

/** [last token of the sentence or -1 when the period ends none, index to go on from]. */
function afterPeriod(marks: readonly Mark[], i: number): [number, number] {
  const next = marks[i + 1];
  // "., " and ".-" continue the sentence; two periods in a row are an ellipsis typed with spaces.
  if (next === 'comma' || next === 'dash') return [-1, i + 2];
  if (next === 'period') return [-1, marks[i + 2] === 'period' ? i + 3 : i + 2];
  if (next === 'close') {
    const third = marks[i + 2];
    if (third === 'period' || third === 'bang' || third === 'close' || third === 'quote') return [i + 2, i + 3];
    return [i + 1, i + 2];
  }
  if (next === 'quote') return marks[i + 2] === 'close' ? [i + 2, i + 3] : [i + 1, i + 2];
  return [i, i + 1];
}

function afterBang(marks: readonly Mark[], i: number): [number, number] {
  const next = marks[i + 1];
  if (next === 'bang') return marks[i + 2] === 'bang' ? [i + 2, i + 3] : [i + 1, i + 2];
  if (next === 'close') {
    const third = marks[i + 2];
    if (third === 'period' || third === 'bang' || third === 'close' || third === 'quote') return [i + 2, i + 3];
    return [i + 1, i + 2];
  }
  if (next === 'quote') return marks[i + 2] === 'close' ? [i + 2, i + 3] : [i + 1, i + 2];
  return [i, i + 1];
}

function markOf(lists: TokenLists, token: MarkedToken): Mark {
  const text = token.text;
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
  if (lists.sentenceStarters.has(text)) return 'starter';
  if (text.length > 1 && text.endsWith('.') && /[a-z]/i.test(text)) {
    const lower = text.toLowerCase();
    // One letter and a period is an initial; titles (Mr., Dr., Gen.) belong to the name after them.
    return lower.length === 2 || lists.neverEndSentence.has(lower) ? 'other' : 'abbreviation';
  }
  return 'other';
}
