// Groups tokens into words (hyphenated names stay whole) and words into name chunks: runs of capitalised words.
import type { TextDocument } from '../text/analyse.js';
import { mapArray } from './packed-array.js';
import { fold } from '../lexicon/fold.js';

export interface Word {
  /** Token index range [first, last). */
  first: number;
  last: number;
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** Starts with a capital letter (or is a name particle glued to one, like "al-Rashid"). */
  capitalized: boolean;
  /** Two or more capitals and no lower-case letter: "CRRC", "U.S.". */
  acronym: boolean;
  /** The first word of its sentence (capitalised by grammar, not by name). */
  sentenceInitial: boolean;
}

export interface Chunk {
  words: Word[];
  /** Index of the chunk's first word in the sentence's word list. */
  at: number;
  start: number;
  end: number;
  sentence: number;
}

/** What joins the halves of a compound name cut at a hyphen: "<name> Kredit- und <name> Bank". */
export const COMPOUND_CONJUNCTIONS: ReadonlySet<string> = new Set(['und', 'and']);

/** "son of", "daughter of" inside an Arabic or Malay name: "<name> bin <name>". */
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(['bin', 'bint', 'binti', 'ibn']);

// Lower-case pieces that may sit inside a name: "Bank of China", "Mohammed bin Salman", "Ludwig van Beethoven", "Dar es Salaam".
const NAME_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'de', 'du', 'des', 'la', 'le', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', ...PATRONYMIC_PARTICLES, 'al', 'el', 'es', '&', 'y']);

// Lower-case words glued after a hyphen that make an adjective, not a name: "UK-based", "state-owned".
const HYPHEN_ADJECTIVE_ENDINGS = new Set([
  'based', 'led', 'owned', 'funded', 'backed', 'made', 'born', 'related', 'style', 'level', 'wide', 'era', 'year',
  'type', 'like', 'friendly', 'bound', 'specific', 'centric', 'focused', 'oriented', 'listed', 'controlled', 'run',
  'sponsored', 'linked', 'registered', 'headquartered', 'language', 'speaking', 'produced', 'built', 'designed',
  'invested', 'affiliated', 'certified', 'native', 'american', 'educated', 'trained', 'inspired', 'driven', 'powered',
  'enabled', 'generated', 'assisted',
]);

const CAPITAL = /^\p{Lu}/u;
/** The possessive tokens analyse() splits off a word: "People" "'s", "Workers" "'". */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/** Words that open a saint's name, which the names of churches, schools and places keep ("St Mary's Hospital"). */
export const SAINT_WORDS: ReadonlySet<string> = new Set(['St', 'Saint']);
const LETTER = /\p{L}/u;
// "al-Sisi", "bin-Zayed"; and French elision before a capital, "Cote d'Ivoire", "Giscard d'Estaing".
const PARTICLE = /^(?:(?:al|el|bin|ibn)-|d['’])\p{Lu}/u;

/** Asked of every word not capitalised: only a word opening in a, e, b or i, or in d and an apostrophe, can be a particle's. */
function isParticleName(text: string): boolean {
  const c = text.charCodeAt(0);
  const elision = c === 0x64 && (text.charCodeAt(1) === 0x27 || text.charCodeAt(1) === 0x2019);
  return (elision || c === 0x61 || c === 0x65 || c === 0x62 || c === 0x69) && PARTICLE.test(text);
}
const SHORT_NUMBER = /^\d{1,3}$/;

// Both run once per word: plain ASCII, most words, is decided from character codes alone, without the regular
// expressions or the one-character strings of a case comparison; other text takes the general path.
function isCapitalizedText(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return CAPITAL.test(text) && LETTER.test(text);
}

function isAcronymText(text: string): boolean {
  let capitals = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return isAcronymUnicode(text);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) capitals++;
  }
  return capitals >= 2;
}

function isAcronymUnicode(text: string): boolean {
  let capitals = 0;
  for (const char of text) {
    const capital = char.toUpperCase();
    if (char.toLowerCase() === capital) continue;
    if (char !== capital) return false;
    capitals++;
  }
  return capitals >= 2;
}

/** Words of one sentence; `possessiveNames` are words that keep a possessive inside a name ("People's Bank"). */
export function sentenceWords(
  doc: TextDocument,
  sentenceIndex: number,
  { possessiveNameWords, possessiveBodies, heads, corporateSuffixes }: { possessiveNameWords: ReadonlySet<string>; possessiveBodies: ReadonlySet<string>; heads: ReadonlySet<string>; corporateSuffixes: ReadonlySet<string> },
): Word[] {
  const sentence = doc.sentences[sentenceIndex]!;
  const words: Word[] = [];
  let i = sentence.first;
  let sawWord = false;
  while (i < sentence.last) {
    let last = i + 1;
    // Glue "Ji" "-" "hoon" and "al" "-" "Rashid" into one word, but not "UK" "-" "based"; an en dash between two words
    // with no space is a hyphen too ("Export–Import Bank").
    while (
      last + 1 < sentence.last &&
      (doc.tokens[last]!.text === '-' || doc.tokens[last]!.text === '–') &&
      !doc.tokens[last]!.spaceBefore &&
      !doc.tokens[last + 1]!.spaceBefore &&
      LETTER.test(doc.tokens[last + 1]!.text) &&
      LETTER.test(doc.tokens[last - 1]!.text) &&
      !HYPHEN_ADJECTIVE_ENDINGS.has(doc.tokens[last + 1]!.text.toLowerCase())
    ) {
      last += 2;
    }
    // "People's Bank of China", "All-China Women's Federation": the possessive belongs to the name word; so does a
    // saint's ("St Mary's Hospital", "St. Anne's Shopping Centre").
    // A body whose whole name is a possessive keeps it whatever follows ("Moody's said"), unless a name runs into it
    // ("Tony Lowe's").
    const possessive = doc.tokens[last];
    if (
      possessive &&
      !possessive.spaceBefore &&
      POSSESSIVE_MARKS.has(possessive.text) &&
      (((followsSaint(doc, i, sentence.first) || possessiveNameWords.has(doc.tokens[last - 1]!.text.replace(/^.*-/, ''))) && CAPITAL.test(doc.tokens[last + 1]?.text ?? '')) ||
        (last === i + 1 && possessiveBodies.has(doc.tokens[i]!.text) && !(i > sentence.first && CAPITAL.test(doc.tokens[i - 1]!.text))))
    )
      last++;
    const first = doc.tokens[i]!;
    const end = doc.tokens[last - 1]!.end;
    // A word of one token is the token's text (the same string, whose hash the ordinary-word set already computed).
    const text = last === i + 1 ? first.text : doc.text.slice(first.start, end);
    words.push({
      first: i,
      last,
      text,
      start: first.start,
      end,
      sentence: sentenceIndex,
      // (A public body's head word keeps its capital: "the U.S. Embassy"; not a company's, "U.S. Technology exports".)
      capitalized: (isCapitalizedText(text) || isParticleName(text)) && !(last === i + 1 && doc.capitalisedByHabit.has(i) && !publicBodyHead(text, heads, corporateSuffixes)),
      acronym: isAcronymText(text),
      sentenceInitial: !sawWord || opensClause(doc, i),
    });
    // Only the first word with a letter matters: past it, the test would run on every word for nothing.
    if (!sawWord && LETTER.test(text)) sawWord = true;
    i = last;
  }
  return words;
}

/** A head word of a body's name ("Embassy", "Treasury") that is no company's legal form ("Technology"). */
function publicBodyHead(text: string, heads: ReadonlySet<string>, corporateSuffixes: ReadonlySet<string>): boolean {
  const folded = fold(text);
  return heads.has(folded) && !corporateSuffixes.has(folded);
}

/** Whether the token before `token` (past an abbreviation's period) is a saint's word: asked only before a possessive. */
function followsSaint(doc: TextDocument, token: number, sentenceFirst: number): boolean {
  const wordBefore = doc.tokens[token - 1]?.text === '.' ? doc.tokens[token - 2]?.text : doc.tokens[token - 1]?.text;
  return token > sentenceFirst && SAINT_WORDS.has(wordBefore ?? '');
}

export const DATELINE_DASHES: ReadonlySet<string> = new Set(['-', '--', '—', '–']);
// What closes a dateline before its dash: a day of the month, "(Reuters)", a city in capitals.
const DATELINE_CLOSE = /^(?:\d{1,2}|\)|\p{Lu}{2,})$/u;

/** After an opening quotation mark, a colon or a dateline's dash, a word is capitalised by grammar as at a sentence's start. */
function opensClause(doc: TextDocument, token: number): boolean {
  const previous = doc.tokens[token - 1];
  if (!previous) return false;
  if (previous.text === '“' || previous.text === ':') return true;
  // "<CITY>, <Month> <day> - Former <body> adviser ...", "(Reuters) - ": the story opens after a dateline's dash.
  if (DATELINE_DASHES.has(previous.text) && previous.spaceBefore && doc.tokens[token]!.spaceBefore) return DATELINE_CLOSE.test(doc.tokens[token - 2]?.text ?? '');
  return (previous.text === '"' || previous.text === "'") && !doc.tokens[token]!.spaceBefore && (previous.spaceBefore || token - 1 === 0);
}

function textOf(words: Word[]): string {
  return mapArray(words, (w, k) => (k > 0 && w.text !== ',' ? ` ${w.text}` : w.text)).join('');
}

export interface ChunkWords {
  /** Legal-form words, after which a word in brackets stays inside a company's name. */
  legalForms: ReadonlySet<string>;
  /** Words a number follows inside a name ("BBC Radio 4", "Channel 4"). */
  numberedHeads: ReadonlySet<string>;
  /** Head words of bodies named for their subject, whose name goes on after "on" ("Panel on Climate Change"). */
  topicHeads: ReadonlySet<string>;
  /** Weekdays and months (lower case), which no name goes on to after "on": "the panel on Monday". */
  dateWords: ReadonlySet<string>;
  /** A body's head words (lower case), after which an "of" tail may list its fields with commas. */
  heads: ReadonlySet<string>;
}

/**
 * Where ", <Field>[, <Field>] and <Field> <Plural>" ends after the comma at `comma`, in a body's "of" or "for" tail
 * ("Federation of Mining, Metals and Energy Producers", "Department for Environment, Food and Rural
 * Affairs"), or -1: capitalised fields of one word, the last of two or three closed by a plural (not a list of names:
 * "the Ministry of Commerce, Xinhua and Reuters").
 */
function fieldListEnd(run: readonly Word[], words: readonly Word[], comma: number, heads: ReadonlySet<string>): number {
  // (The last "of": "CEO of the International Association of ..." opens with a title's.)
  let of = run.length - 1;
  while (of > 0 && run[of]!.text !== 'of' && run[of]!.text !== 'for') of--;
  if (of < 1 || !heads.has(run[of - 1]!.text.toLowerCase())) return -1;
  let k = comma;
  for (;;) {
    const separator = words[k]?.text;
    if (separator !== ',' && separator !== 'and') return -1;
    let j = k + 1;
    while (j < words.length && j - k <= 3 && words[j]!.capitalized && !words[j]!.acronym) j++;
    if (separator === 'and') return j - k > 2 && /s$/.test(words[j - 1]!.text) ? j : -1;
    if (j !== k + 2) return -1;
    k = j;
  }
}

/**
 * Runs of capitalised words, with name connectors allowed between two capitalised words. A comma joins too where
 * `continuesAt` says a known name goes on past the text before it at a comma or an "on" ("United Nations Educational,
 * Scientific...", "General Agreement on Tariffs and Trade").
 */
/** The words that close a partnership's name after "and" ("Kidder, Peabody and Co"). */
const PARTNERSHIP_CLOSERS = new Set(['co', 'co.', 'company', 'cie']);

/**
 * Where ", <Name>[, <Name>] and Co" ends, from the comma at `comma` (or -1): single capitalised names in a list, then
 * "and" or "&" and the word for a company.
 */
function partnersListEnd(words: Word[], comma: number): number {
  let k = comma;
  while (words[k]?.text === ',' && words[k + 1]?.capitalized && !words[k + 1]!.acronym) k += 2;
  if (k === comma || !['and', '&'].includes(words[k]?.text ?? '')) return -1;
  return PARTNERSHIP_CLOSERS.has(words[k + 1]?.text.toLowerCase() ?? '') ? k + 2 : -1;
}

export function nameChunks(words: Word[], known: ChunkWords, continuesAt: (before: string, connector: string) => boolean): Chunk[] {
  const { legalForms, numberedHeads, topicHeads, dateWords, heads } = known;
  const chunks: Chunk[] = [];
  let k = 0;
  while (k < words.length) {
    if (!words[k]!.capitalized) {
      k++;
      continue;
    }
    const run: Word[] = [words[k]!];
    let j = k + 1;
    while (j < words.length) {
      const word = words[j]!;
      // "<reporter's name> The Star": a capitalised article inside a run starts another name (a byline's outlet).
      if (word.text === 'The') break;
      if (word.capitalized) {
        run.push(word);
        j++;
        continue;
      }
      // "BBC Radio 4", "BBC News 24": a number closing a broadcaster's name.
      if (SHORT_NUMBER.test(word.text) && numberedHeads.has(run[run.length - 1]!.text.toLowerCase())) {
        run.push(word);
        j++;
        break;
      }
      // "Federation of Mining, Metals and Energy Producers": a body's fields listed in its tail.
      const fields = word.text === ',' ? fieldListEnd(run, words, j, heads) : -1;
      if (fields > 0) {
        run.push(...words.slice(j, fields));
        j = fields;
        continue;
      }
      // "Barros, Nunes and Co": partners' names in a list that a legal form closes are one firm's.
      const firm = word.text === ',' && run.length === 1 && !run[0]!.acronym ? partnersListEnd(words, j) : -1;
      if (firm > 0) {
        run.push(...words.slice(j, firm));
        j = firm;
        break;
      }
      const topic = word.text === 'on' && topicHeads.has(run[run.length - 1]!.text.toLowerCase()) && !dateWords.has(words[j + 1]?.text.toLowerCase() ?? '');
      if ((word.text === ',' || word.text === 'on') && words[j + 1]?.capitalized && (topic || continuesAt(textOf(run), word.text))) {
        run.push(word, words[j + 1]!);
        j += 2;
        continue;
      }
      // "<name> Kredit- und <name> Bank": a German compound's first half, cut at a hyphen before "und" or "and".
      if (word.text === '-' && word.start === run[run.length - 1]!.end && COMPOUND_CONJUNCTIONS.has(words[j + 1]?.text ?? '') && words[j + 2]?.capitalized) {
        run.push(word, words[j + 1]!, words[j + 2]!);
        j += 3;
        continue;
      }
      // Connectors join only when a capitalised word follows them: "Bank of China", not "China of".
      let c = j;
      while (c < words.length && NAME_CONNECTORS.has(words[c]!.text) && c - j < 2) c++;
      // "Nigeria and the World Bank" is two names; "Bosnia and Herzegovina" may be one.
      // (A name the lexicon knows with "and the" inside stays one.)
      const andThe = words[j]!.text === 'and' && words[j + 1]?.text === 'the' && !continuesAt(textOf(run), 'and the');
      // "hotels, Zentrix Rock and <name> Films": after a list's comma, "and" after a name of two words closes the list.
      const closesList = words[j]!.text === 'and' && run.length > 1 && run.every((w) => w.capitalized) && words[k - 1]?.text === ',' && /^\p{Ll}/u.test(words[k - 2]?.text ?? '') && !continuesAt(textOf(run), 'and');
      if (c > j && c < words.length && words[c]!.capitalized && !andThe && !closesList) {
        run.push(...words.slice(j, c + 1));
        j = c + 1;
        continue;
      }
      break;
    }
    // "Acme Technology (Thailand) Co Ltd", "Acme General (Group) Holding Co Ltd": a word in brackets inside a
    // company's legal name, which goes on to a legal form.
    // An acronym in brackets is the name's short form ("Boao Forum for Asia (BFA)"), not part of it.
    if (words[j]?.text === '(' && words[j + 1]?.capitalized && !words[j + 1]!.acronym && words[j + 2]?.text === ')') {
      let end = j + 3;
      while (end < words.length && words[end]!.capitalized) end++;
      if (words.slice(j + 3, end).some((w) => legalForms.has(w.text.toLowerCase()))) {
        run.push(...words.slice(j, end));
        j = end;
      }
    }
    chunks.push({ words: run, at: k, start: run[0]!.start, end: run[run.length - 1]!.end, sentence: run[0]!.sentence });
    k = j;
  }
  return chunks;
}
