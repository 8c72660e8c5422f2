// Reads typed mentions out of name chunks: lexicon places and bodies, titles, demonyms, organisation names, person names.
import type { EntityLabel } from '../schema/labels.js';
import type { GazetteerEntry } from '../lexicon/gazetteer.js';
import type { Lexicon, WordSet } from '../lexicon/index.js';
import { fold } from '../lexicon/fold.js';
import type { TextDocument } from '../text/analyse.js';
import { filterArray, mapArray } from './packed-array.js';
import { COMPOUND_CONJUNCTIONS, PATRONYMIC_PARTICLES, POSSESSIVE_MARKS, SAINT_WORDS, nameChunks, sentenceWords, type Chunk, type Word } from './words.js';

export type TitleClass = 'headOfState' | 'countryLeader' | 'leader' | 'member' | 'ministerial';

export interface Mention {
  /** Resolution may re-read a place as a bare name when it is part of a person's name. */
  kind: 'entity' | 'title' | 'demonym' | 'name';
  /** For entities: the label; for a bare name (a surname, a short company name) it is decided during resolution. */
  label?: EntityLabel;
  /** Lexicon entries this text may name, most prominent first. */
  entries: GazetteerEntry[];
  /** For titles: which kinds of title the words are. */
  titleClasses?: TitleClass[];
  /** For demonyms: the country code. */
  country?: string;
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** Word index range [wordFirst, wordLast) in the sentence's word list. */
  wordFirst: number;
  wordLast: number;
  /** What made us read it this way; kept as provenance ("title", "lexicon", "org-head", "acronym", "name-shape"). */
  reason: string;
  /** Set on the residual person name right after a title in the same chunk: "President Given Family". */
  titled?: boolean;
}

export interface SentenceView {
  index: number;
  paragraph: number;
  words: Word[];
  mentions: Mention[];
}

// Lower-case words after a name that make it an electoral district.
const CONSTITUENCY_NOUNS = new Set(['seat', 'constituency', 'ward', 'riding']);

// Where a lower-case word after a name says what kind of place it is: "Hainan province", "Liuzhou city".
const PLACE_NOUNS: Record<string, EntityLabel> = {
  province: 'Region', region: 'Region', state: 'Region', prefecture: 'Region', county: 'Region', district: 'Region', subdistrict: 'Region',
  territory: 'Region', island: 'Region', peninsula: 'Region', autonomous: 'Region', strait: 'Region', sea: 'Region', ocean: 'Region', gulf: 'Region', delta: 'Region', basin: 'Region', city: 'City', town: 'City', municipality: 'City', village: 'City',
};

/** The titles of a ministry's or a department's head, after a portfolio's words: "Trade and Industry Secretary" (folded). */
export const PORTFOLIO_TITLES: ReadonlySet<string> = new Set(['minister', 'secretary']);
/** Titles after which a subject's name is the holder's portfolio: "Foreign Affairs Adviser" (folded). */
const PORTFOLIO_HOLDERS: ReadonlySet<string> = new Set([...PORTFOLIO_TITLES, 'adviser', 'advisor']);

// Function words a title of a work capitalises ("An Audience With", "Live At"), never part of a person's name.
const TITLE_FUNCTION_WORDS = new Set(['With', 'For', 'And', 'The', 'In', 'On', 'At', 'To', 'From', 'By', 'Of']);

// Nouns of a region that close its name in capitals: "<name> State", "Zorvia Province".
const REGION_NAME_NOUNS = new Set(['State', 'Province', 'Prefecture', 'County', 'District', 'Territory']);

const YEAR = /^(19|20)\d\d$/;

// Asked of every word after a name: a map answers faster than an object's own-property lookup.
const PLACE_NOUN_LABELS: ReadonlyMap<string, EntityLabel> = new Map(Object.entries(PLACE_NOUNS));

/** "companies" to "company", "groups" to "group"; "" for a word that is no plural in -s. */
export function singularOf(word: string): string {
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : '';
}

/** Whether a list holds the word or, for a plural, its singular ("unit" or "units", "official" or "officials"). */
export function hasWordOrSingular(list: { has(word: string): boolean }, word: string): boolean {
  return list.has(word) || list.has(singularOf(word));
}

/** "groups", "companies": the plural of a noun that only names bodies (organizationWords.bodyNouns). */
export function isPluralBodyNoun(word: string, lexicon: Lexicon): boolean {
  const singular = singularOf(word);
  return singular !== '' && lexicon.organizationWords.bodyNouns.has(singular);
}

/** "Chinese", "U.S.": a people's adjective or a country's name. */
export function isCountryWord(text: string, lexicon: Lexicon): boolean {
  return lexicon.demonyms.has(fold(text)) || lexicon.gazetteer.lookup(text).some((e) => e.label === 'Country');
}

/** A word that opens in lower case and goes on in capitals: "eBay", "iPhone", "kWh". */
const CAMEL_CASE = /^\p{Ll}\p{Lu}/u;

/** Asked of every lower-case word: a second letter a to z rules camel case out without the regular expression. */
function mayBeCamelCase(text: string): boolean {
  const second = text.charCodeAt(1);
  return !(second >= 0x61 && second <= 0x7a) && CAMEL_CASE.test(text);
}

/** Capitalised nouns that close the name of a sea or a strait. */
const SEA_NOUNS = new Set(['Sea', 'Ocean', 'Strait', 'Gulf', 'Bay']);

// Words that open a noun phrase, not a name: "Every Ministry", "Our Bank".
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'every', 'each', 'some', 'any', 'many', 'several', 'all', 'both', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'other', 'such', 'no', 'another', 'which', 'what', 'whose']);

// Lower-case particles inside a person's name: "Paulo Ramos de Lima", "Ludwig van Beethoven", "<name> bin <name> al <name>".
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'van', 'von', 'der', 'den', ...PATRONYMIC_PARTICLES, 'al', 'el']);
// "Al-Ahmad", "El-Sayed": a name word behind the Arabic article.
const ARABIC_ARTICLE = /^(?:Al|El)-\p{Lu}/u;
// The Arabic article capitalised inside a name, a particle too: "<name> bin <name> Al <name>".
const CAPITALISED_PARTICLES = new Set(['Al', 'El']);

/** "province", "city": a noun that says what kind of place a name is. */
export function isPlaceNoun(word: string): boolean {
  return placeNounLabel(word) !== undefined;
}

function placeNounLabel(word: string): EntityLabel | undefined {
  return PLACE_NOUN_LABELS.get(word);
}

export function readMentions(doc: TextDocument, lexicon: Lexicon): SentenceView[] {
  const lowerWords = doc.ordinaryWords;
  const { commaPrefixes, onPrefixes, andThePrefixes } = lexicon.gazetteer;
  // Any run ending in a known name's text before its comma, "on" or "and the"; the longest names are short enough to
  // try every start.
  const continuesAt = (run: string, connector: string) => {
    const prefixes = connector === ',' ? commaPrefixes : connector === 'on' ? onPrefixes : andThePrefixes;
    const folded = fold(run);
    for (let k = 0; k >= 0; k = folded.indexOf(' ', k + 1)) if (prefixes.has(k === 0 ? folded : folded.slice(k + 1))) return true;
    return false;
  };
  // A loop and push, not sentences.map: map's arrays came packed from V8's interpreter and holey from its optimised
  // code, and each kind first met late made V8 recompile every function that walks the views.
  const views: SentenceView[] = [];
  for (const sentence of doc.sentences) {
    const words = sentenceWords(doc, sentence.index, lexicon.organizationWords);
    // "eBay", "iFlytek", "xAI": a name that opens in lower case is a name where the lexicon knows it.
    for (const word of words) if (!word.capitalized && mayBeCamelCase(word.text) && lexicon.gazetteer.lookup(word.text).length > 0) word.capitalized = true;
    const paragraph = doc.paragraphs[sentence.paragraph]!;
    const headline = paragraph.kind === 'headline';
    const lexiconOnly = paragraph.kind === 'caps' || (headline && isTitleCase(words, lexicon));
    const mentions: Mention[] = [];
    for (const chunk of nameChunks(words, { legalForms: lexicon.organizationWords.corporateSuffixes, numberedHeads: lexicon.organizationWords.numberedHeads, topicHeads: lexicon.organizationWords.topicHeads, dateWords: DATE_WORDS, heads: lexicon.organizationWords.heads }, continuesAt)) {
      // "the Korean peninsula", "the Taiwan strait": a lower-case place noun that the lexicon knows as part of the name;
      // "the U.S. Justice department": so is a body's head word, in wire copy.
      const next = words[chunk.at + chunk.words.length];
      const lowerTail = next && !next.capitalized && (isPlaceNoun(next.text) ? 'Region' : lexicon.organizationWords.institutionHeads.has(next.text) ? 'Organization' : undefined);
      // (Past a sentence's opening "The": "The U.S. Justice department".)
      const from = chunk.words[0]!.text === 'The' && chunk.words.length > 1 ? chunk.words[1]!.start : chunk.start;
      if (lowerTail && lexicon.gazetteer.lookup(doc.text.slice(from, next.end)).some((e) => e.label === lowerTail)) {
        // Written out, not spread: a spread copy gets a map of its own, and the chunk scanner's optimised code broke on it.
        const word: Word = { first: next.first, last: next.last, text: next.text, start: next.start, end: next.end, sentence: next.sentence, capitalized: true, acronym: next.acronym, sentenceInitial: next.sentenceInitial };
        chunk.words = [...chunk.words, word];
        chunk.end = next.end;
      }
      if (insideDocumentTitle(words, chunk, lexicon)) continue;
      // "FRANKFURT Dialog Semiconductor said": a dateline in capitals glued to the first name of the story.
      // "SEOUL LG Electronics", "KUALA LUMPUR Travel search engine ...": the city may have two words, and the name an acronym.
      // ("LISBON/NEW DELHI <name>": past the first of two cities.)
      const opensStory = sentence.index <= 1 && (chunk.words[0]?.sentenceInitial || afterDatelineSlash(words, chunk.at));
      const dateline = opensStory ? datelineCityLength(doc.text, chunk.words, lexicon) : 0;
      if (dateline > 0 && dateline < chunk.words.length) {
        const rest = chunk.words[dateline]!;
        const city: Chunk = { words: chunk.words.slice(0, dateline), at: chunk.at, start: chunk.start, end: chunk.words[dateline - 1]!.end, sentence: chunk.sentence };
        mentions.push(...classifyChunk(doc.text, city, words, lexicon, lexiconOnly, lowerWords, headline));
        chunk.words = chunk.words.slice(dateline);
        chunk.at += dateline;
        chunk.start = rest.start;
      }
      // "MADAYA, Syria An aid convoy ...": a dateline in capitals before a comma and a country or region is a town there,
      // whether the lexicon knows it not at all or only as a small town ("CANTON, Ohio").
      const after = words[chunk.at + chunk.words.length];
      if (sentence.index <= 1 && chunk.words[0]?.sentenceInitial && chunk.words.every((w) => w.acronym && /^\p{Lu}{3,}$/u.test(w.text)) && after?.text === ',' &&
        lexicon.gazetteer.lookup(words[chunk.at + chunk.words.length + 1]?.text ?? '').some((e) => e.label === 'Country' || e.label === 'Region') &&
        lexicon.gazetteer.lookup(doc.text.slice(chunk.start, chunk.end)).every((e) => e.weak)) {
        const town = wholeChunk(doc.text, chunk, words, lexicon, lowerWords, 'City', 'dateline');
        town.text = town.text.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (initial) => initial.toUpperCase());
        mentions.push(town);
        continue;
      }
      // "<town>, Mass.,-based", "<town>, Ohio,": an unknown name before a comma and a US state is a town in that state.
      const state = after?.text === ',' ? lexicon.gazetteer.lookup(words[chunk.at + chunk.words.length + 1]?.text ?? '').find((e) => e.label === 'Region' && e.country === 'US') : undefined;
      if (state && chunk.words.length <= 2 && chunk.words.every((w) => !w.acronym && !isPersonNameWord(fold(w.text), lexicon)) && !/^\p{L}/u.test(words[chunk.at + chunk.words.length + 2]?.text ?? '') &&
        lexicon.gazetteer.lookup(doc.text.slice(chunk.start, chunk.end)).length === 0 && !chunk.words[0]!.sentenceInitial) {
        mentions.push(wholeChunk(doc.text, chunk, words, lexicon, lowerWords, 'City', 'town-state'));
        continue;
      }
      // "General Motors Corp <GM>", "<name> Co Ltd [HWT.UL]": a stock ticker in angle or square brackets names nothing
      // new. "<BCS.L>": the exchange's suffix may follow the ticker inside the brackets.
      const bracketed = words[chunk.at - 1]?.text === '<' && closesTicker(doc.text, chunk.end);
      // "<company> (ZNX.O)": in round brackets, with the exchange's code after a period.
      const coded = (words[chunk.at - 1]?.text === '[' && closesTicker(doc.text, chunk.end, ']')) || (words[chunk.at - 1]?.text === '(' && closesTicker(doc.text, chunk.end, ')'));
      if ((bracketed && chunk.words.every((w) => TICKER_WORD.test(w.text))) || coded) continue;
      let found = classifyChunk(doc.text, chunk, words, lexicon, lexiconOnly, lowerWords, headline);
      // "<Zentrix Holdings Corp>", "a unit of <Qarsa>": wire copy marks a company's whole name with angle brackets.
      if (bracketed && !(found.length === 1 && found[0]!.label === 'Organization' && found[0]!.wordFirst === chunk.at && found[0]!.wordLast === chunk.at + chunk.words.length)) {
        found = [wholeChunk(doc.text, chunk, words, lexicon, lowerWords, 'Organization', 'bracketed')];
      }
      // ("<Banca Zorvia Del Sur-BZS>": the short form glued on by a hyphen is no part of the name.)
      const glued = bracketed ? GLUED_SHORT_FORM.exec(found[found.length - 1]!.text) : null;
      if (glued) {
        const last = found[found.length - 1]!;
        last.text = last.text.slice(0, glued.index);
        last.end = last.start + last.text.length;
      }
      // "Vice President for Corporate Affairs": after a head's "<title> for" a name the lexicon does not know is
      // a portfolio, not a body (after a staff title it is the employer: "economist for <bank>").
      if (found.some((m) => isPortfolio(m, words, lexicon))) found = found.filter((m) => !isPortfolio(m, words, lexicon));
      // "<name> Eastern <TKR>": a name before its stock ticker is a listed company's.
      const end = chunk.at + chunk.words.length;
      // (Not in a line of capitals, where the run before a ticker holds the headline's words: "REDUCING STAKE IN <name>".)
      if (!chunk.words.every((w) => w.acronym) && words[end]?.text === '<' && words[end + 1]?.acronym && closesTicker(doc.text, words[end + 1]!.end)) {
        const last = found[found.length - 1];
        if (last && last.wordLast === end && last.label !== 'Organization' && last.label !== 'Country') {
          // Changed in place, not copied: every mention keeps one V8 shape (see ChunkScanner.mention).
          last.kind = 'entity';
          last.label = 'Organization';
          last.entries = [];
          last.reason = 'ticker';
        } else if (!last || last.wordLast !== end) {
          found.push(wholeChunk(doc.text, chunk, words, lexicon, lowerWords, 'Organization', 'ticker'));
        }
      }
      mentions.push(...found);
    }
    views.push({ index: sentence.index, paragraph: sentence.paragraph, words, mentions });
  }
  return views;
}

/** A body's name the lexicon does not know (or knows as a periodical's) right after a head's "<title> for": a portfolio, not a body. */
function isPortfolio(m: Mention, words: Word[], lexicon: Lexicon): boolean {
  // (A periodical named after a subject is a portfolio after a minister's "for": "Minister for Foreign Affairs".)
  const periodical = m.entries.length > 0 && m.entries.every((e) => e.kind === 'media');
  // ("Minister for Commerce, Industries and <item>", "Minister of Commerce Dr <name>": so is a portfolio in ordinary
  // words before a list's next item or an honorific, whatever small town shares its name.)
  const closed = LIST_MARKS.has(words[m.wordLast]?.text ?? '') || (m.wordLast < words.length && isPersonHonorificBefore(words, m.wordLast + 1, lexicon));
  const listItem = m.kind === 'name' && !m.titled && closed && words.slice(m.wordFirst, m.wordLast).every((w) => isEverydayWord(w, lexicon));
  if (!listItem && (m.label !== 'Organization' || (m.entries.length > 0 && !periodical))) return false;
  // ("Foreign Affairs Advisor", "Foreign Affairs and Trade Minister": so is one before a minister's or an adviser's
  // title; "<newspaper> editor" is the newspaper's.)
  if (periodical) {
    // (Past "and <portfolio>" to the title.)
    let j = m.wordLast;
    while ((words[j]?.text === 'and' || words[j]?.text === '&') && words[j + 1]?.capitalized) {
      j++;
      while (words[j]?.capitalized && !lexicon.titles.any.has(words[j]!.text)) j++;
    }
    // ("Foreign Affairs Cabinet Secretary": to the title's last word.)
    const title = longestPhrase(words, j, lexicon.titles.any);
    if (PORTFOLIO_HOLDERS.has(fold(words[title > 0 ? j + title - 1 : j]?.text ?? ''))) return true;
  }
  // "minister of Industry and Information Technology": back over the portfolio's earlier words to the preposition.
  const k = beforeList(words, m.wordFirst);
  const preposition = words[k]?.text;
  // (After "minister of" only: a "vice president of" or "secretary of" is often a company's or a party's; not a
  // country's "US Secretary of Health and Human Services".)
  const countrysSecretary = words[k - 1]?.text === 'Secretary' && k > 1 && isCountryWord(words[k - 2]!.text, lexicon);
  if (preposition === 'of') return (words[k - 1]?.text.toLowerCase() === 'minister' || countrysSecretary) && !periodical;
  if (preposition !== 'for') return false;
  // ("Minister for Foreign Affairs", "Cabinet Secretary for Trade", "Minister of State for Trade": a minister's
  // portfolio, as after "of"; the title before "for" ends in the minister's word or opens with it.)
  const ministerial = longestPhraseEndingAt(words, k, lexicon.titles.ministerial);
  if (PORTFOLIO_TITLES.has(fold(words[k - 1]?.text ?? '')) || (ministerial > 0 && PORTFOLIO_TITLES.has(fold(words[k - ministerial]!.text)))) return true;
  if (periodical) return false;
  // ("general manager for <name> Group": a name of no ordinary word before a company's legal form is no portfolio;
  // "Minister for Science and Technology" is one.)
  const legalForm = lexicon.organizationWords.corporateSuffixes.has(fold(words[m.wordLast - 1]!.text));
  if (legalForm && m.wordLast - m.wordFirst > 1 && !lexicon.vocabulary.has(words[m.wordFirst]!.text.toLowerCase())) return false;
  return longestPhraseEndingAt(words, k, lexicon.titles.leader) > 0 || longestPhraseEndingAt(words, k, lexicon.titles.headOfState) > 0;
}

/** One mention for the whole chunk, of the label a rule decided. */
function wholeChunk(source: string, chunk: Chunk, words: Word[], lexicon: Lexicon, lowerWords: Set<string>, label: EntityLabel, reason: string): Mention {
  return new ChunkScanner(source, chunk.words, chunk.at, words, lexicon, lowerWords).mention(0, chunk.words.length, { kind: 'entity', label, entries: [], reason });
}

/** Whether a ticker's closing bracket follows at `at`, past an exchange's suffix: "GM>", "BCS.L>". */
function closesTicker(source: string, at: number, close: '>' | ']' | ')' = '>'): boolean {
  return (close === '>' ? ANGLE_TICKER_END : close === ']' ? SQUARE_TICKER_END : ROUND_TICKER_END).test(source.slice(at, at + 8));
}

const TICKER_WORD = /^[\p{Lu}\d.&]+$/u;
const GLUED_SHORT_FORM = /-\p{Lu}{2,6}$/u;
const ANGLE_TICKER_END = /^(?:\.\w{1,3})?>/;
// (In square brackets only with the exchange's suffix: "[Xinhua]" is a credit, "[President <name>]" an editor's note.)
const SQUARE_TICKER_END = /^\.\w{1,3}\]/;
// ("QRS_p.DE)": a share class after an underscore.)
const ROUND_TICKER_END = /^(?:_\w{1,3})?\.[A-Za-z]{1,3}\)/;

/**
 * How many words open the chunk as a dateline city in capitals glued to the story's first name ("SEOUL LG Electronics",
 * "KUALA LUMPUR Travel"): a city the lexicon knows well, before words not all in capitals (0: none).
 */
function datelineCityLength(source: string, chunk: Word[], lexicon: Lexicon): number {
  for (let k = Math.min(3, chunk.length - 1); k >= 1; k--) {
    const capitals = chunk.slice(0, k).every((w) => w.acronym) && !chunk.slice(k).every((w) => w.acronym);
    // "Lisbon <company> Corp": a city in title case only before the whole name of a body the lexicon knows.
    const beforeKnownBody = () => lexicon.gazetteer.lookup(source.slice(chunk[k]!.start, chunk[chunk.length - 1]!.end)).some((e) => e.label === 'Organization');
    const text = mapArray(chunk.slice(0, k), (w) => w.text).join(' ');
    if (lexicon.gazetteer.lookup(text).some((e) => e.label === 'City' && !e.weak) && (capitals || beforeKnownBody())) return k;
  }
  return 0;
}

/** Whether word `at` follows a slash after a dateline's first city in capitals: "LISBON/NEW DELHI". */
function afterDatelineSlash(words: readonly Word[], at: number): boolean {
  return at >= 2 && words[at - 1]!.text === '/' && words.slice(0, at - 1).every((w) => w.acronym);
}

/** Words after which a capitalised name is a place: "in Kirkcaldy", "from Bangkok to <town>". */
export const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'at', 'near', 'visit', 'visited', 'visiting', 'via', 'toward', 'towards', 'outside', 'across', 'around', 'into']);

// Days and months, and the words before them that make them dates.
const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export const DATE_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const DATE_PREPOSITIONS = new Set(['on', 'in', 'since', 'until', 'by', 'last', 'next', 'this', 'early', 'late', 'mid', 'from', 'before', 'after']);

// Lower-case words inside the title of a law or regulation.
const TITLE_CONNECTORS = new Set(['on', 'for', 'the', 'of', 'in', 'and', 'to']);

/**
 * "the Provisions on the Administration of Algorithm Recommendations in Internet Information Services", "Interim
 * Measures for the Administration of ...": the subject of a law's or regulation's title is no body.
 */
function insideDocumentTitle(words: Word[], chunk: Chunk, lexicon: Lexicon): boolean {
  const opensTitle = (k: number) => words[k]!.capitalized && lexicon.organizationWords.documents.has(fold(words[k]!.text)) && ['on', 'for'].includes(words[k + 1]?.text ?? '');
  for (let k = chunk.at; k < chunk.at + chunk.words.length; k++) if (opensTitle(k)) return true;
  for (let k = chunk.at - 1; k >= 0 && k >= chunk.at - 14; k--) {
    if (opensTitle(k)) return true;
    if (!words[k]!.capitalized && !TITLE_CONNECTORS.has(words[k]!.text)) return false;
  }
  return false;
}

/** True when the words from the first, two or more of them, are a name the lexicon knows ("The Hague", "The Star"). */
function opensWithKnownName(source: string, words: Word[], lexicon: Lexicon): boolean {
  for (let k = Math.min(words.length, lexicon.gazetteer.maxWords); k >= 2; k--) {
    if (lexicon.gazetteer.lookup(source.slice(words[0]!.start, words[k - 1]!.end)).length > 0) return true;
  }
  return false;
}

/** True when `name` occurs in `source` elsewhere than at `at`, inside a sentence ("... by the National Statistics Office"). */
function namedMidSentence(source: string, name: string, at: number): boolean {
  for (let k = source.indexOf(name); k >= 0; k = source.indexOf(name, k + 1)) {
    if (k !== at && k >= 2 && source[k - 1] === ' ' && /[\p{Ll},]/u.test(source[k - 2]!)) return true;
  }
  return false;
}

/** A run of three words or more all in capitals: a headline or a dateline written in capitals. */
export function inCapitals(words: readonly Word[]): boolean {
  return words.length > 2 && words.every((w) => w.acronym || !/\p{L}/u.test(w.text));
}

function isTitleCase(words: Word[], lexicon: Lexicon): boolean {
  // Everyday words tell title case from sentence case; names are capitalised in both ("<name> to visit <city> next
  // month, <name> due in <city>" is sentence case, though most of its long words are capitalised).
  const everyday = words.filter((w, k) => k > 0 && w.text.length > 3 && lexicon.vocabulary.has(w.text.toLowerCase()));
  const lettered = everyday.length > 0 ? everyday : words.filter((w) => /\p{L}/u.test(w.text) && w.text.length > 3);
  return lettered.length > 0 && lettered.filter((w) => w.capitalized).length / lettered.length > 0.6;
}

/**
 * "International Zentrix Industries Inc said": a run of capitals closed by a legal form is a company's whole name, its
 * first word too (not a title's modifier or a determiner: "Former Zentrix Inc chairman").
 */
function opensCompanyName(words: Word[], lexicon: Lexicon): boolean {
  const last = words[words.length - 1]!.text;
  // (A legal form, not a suffix that is also an everyday word: "But Zentrix Group's chief".)
  return words.length >= 3 && words.every((w) => w.capitalized) && lexicon.organizationWords.corporateSuffixes.has(fold(last)) && !lexicon.vocabulary.has(last.toLowerCase()) &&
    !lexicon.titles.modifiers.has(fold(words[0]!.text)) && !DETERMINERS.has(fold(words[0]!.text));
}

function classifyChunk(source: string, chunk: Chunk, sentenceWordList: Word[], lexicon: Lexicon, lexiconOnly: boolean, lowerWords: Set<string>, headline: boolean): Mention[] {
  let words = chunk.words;
  let at = chunk.at;
  // A sentence's first word is capitalised by grammar: drop it when it is an ordinary word.
  const dropFirst = (word: Word, next: Word | undefined) =>
    // "Mark <surname> said": a given name opening a name stays even where the same word is ordinary.
    // ("Chinese Premier <name>": a people's adjective opening a sentence stays, to say whose title it is.)
    (word.sentenceInitial && !word.acronym && isOrdinaryWord(word.text, lexicon, lowerWords) && !(next?.capitalized && lexicon.demonyms.has(fold(word.text))) && !opensCompanyName(words, lexicon) && !(next?.capitalized && (lexicon.givenNames.has(fold(word.text)) || lexicon.titles.honorifics.has(word.text) || SAINT_WORDS.has(word.text))) &&
      // "National Statistics Office chief <name> said": the article writes the same name inside a sentence too.
      !(next?.capitalized && namedMidSentence(source, source.slice(chunk.start, chunk.end), chunk.start)) &&
      // "He Yun, a researcher": a family name that is also an English word, before a given name and a comma.
      !(lexicon.surnames.has(fold(word.text)) && next?.capitalized && !next.acronym && words.length === 2 && sentenceWordList[chunk.at + 2]?.text === ',') &&
      // "Legal Daily spoke with": a newspaper's name keeps its ordinary first word; so does a ministry's named by a
      // minister's portfolio ("Foreign Ministry spokesman <name> said": there is a "foreign minister").
      !(words.length === 2 &&
        ((lexicon.organizationWords.mastheads.has(fold(words[1]!.text)) && !DETERMINERS.has(fold(word.text))) ||
          (lexicon.organizationWords.institutionHeads.has(fold(words[1]!.text)) && lexicon.titles.ministerial.has(`${word.text} minister`))))) ||
    // "Budget <name> takes on <company>": a headline opens with an everyday word that the story may never write in lower
    // case, unless it opens a title or a known name ("Prime Minister", "New Zealand").
    (headline && word.sentenceInitial && !!next?.capitalized && lexicon.vocabulary.has(word.text.toLowerCase()) && !lexicon.givenNames.has(fold(word.text)) && !lexicon.demonyms.has(fold(word.text)) &&
      !lexicon.titles.any.has(word.text) && !lexicon.titles.any.has(`${word.text} ${next.text}`) && lexicon.gazetteer.lookup(`${word.text} ${next.text}`).length === 0) ||
    // "Recently, <body> cut": an adverb and a comma opening a sentence are no name.
    (word.sentenceInitial && /^\p{Lu}\p{Ll}{2,}ly$/u.test(word.text) && sentenceWordList[chunk.at + 1]?.text === ',' && !isPersonNameWord(fold(word.text), lexicon)) ||
    // "Making <name> leader...": an -ing form opening a sentence is a verb, not part of a name.
    (word.sentenceInitial && /^\p{Lu}\p{Ll}{2,}ing$/u.test(word.text) && !isPersonNameWord(fold(word.text), lexicon)) ||
    // "The Department of Defense" after a quotation mark: the article is not part of the name ("The Hague" is in the lexicon).
    // ("The Star Asia News Network": nor when a known name opens with the article, "The Star".)
    (['The', 'A', 'An'].includes(word.text) && !opensWithKnownName(source, words, lexicon)) ||
    // "FOR CHINA DAILY" in a photo credit: a function word in capitals is still a function word.
    (word.acronym && lexicon.commonWords.has(fold(word.text)) && !lexicon.gazetteer.lookup(word.text).length) ||
    // "said on Thursday Samsung Electronics Co Ltd will": a date after its preposition opens no name.
    (DATE_WORDS.has(fold(word.text)) && DATE_PREPOSITIONS.has(sentenceWordList[chunk.at - 1]?.text.toLowerCase() ?? ''));
  while (words.length > 0 && dropFirst(words[0]!, words[1]) && longestPhrase(words, 0, lexicon.titles.any, lexicon.titles.modifiers) === 0 && !startsKnownName(words, lexicon)) {
    words = words.slice(1);
    at++;
    while (words.length > 0 && !words[0]!.capitalized) {
      words = words.slice(1);
      at++;
    }
  }
  const scan = new ChunkScanner(source, words, at, sentenceWordList, lexicon, lowerWords);
  // nameChunks keeps a bracket inside a chunk only in a company's legal name: "Acme Components (Dongguan) Co Ltd".
  if (!lexiconOnly && words.some((w) => w.text === '(') && !scan.organizationAt(0)) {
    return [scan.mention(0, words.length, { kind: 'entity', label: 'Organization', entries: [], reason: 'org-suffix' })];
  }
  const items: (Found | number)[] = [];
  let p = 0;
  while (p < words.length) {
    const word = words[p]!;
    // "Lord Rennard", "Baroness Kennedy": a peer is named by the title and one name.
    if (lexicon.titles.peerages.has(word.text) && p + 2 === words.length && words[p + 1]!.capitalized && !words[p + 1]!.acronym && !lowerWords.has(words[p + 1]!.text.toLowerCase()) && !lexicon.titles.any.has(words[p + 1]!.text)) {
      items.push({ mentions: [scan.mention(p, p + 2, { kind: 'entity', label: 'Person', entries: [], reason: 'title', titled: true })], next: p + 2 });
      p += 2;
      continue;
    }
    // (An honorific closing a name after a given name is a surname: "<given name> Sergeant".)
    const surnameHonorific = p > 0 && p === words.length - 1 && lexicon.givenNames.has(fold(words[p - 1]!.text));
    // (Nor one opening a body's name the lexicon knows.)
    // ("Datuk Seri <name>", "Tan Sri <name>": an honorific of several words is passed over whole.)
    const honorific = surnameHonorific ? 0 : longestPhrase(words, p, lexicon.titles.honorifics);
    // (Nor one closing a name with no name after it: "<name> FM", a radio station.)
    const closing = p > 0 && p + honorific === words.length;
    if (honorific > 0 && !closing && scan.gazetteerAt(p)?.mentions[0]?.label !== 'Organization') {
      items.push({ mentions: [], next: p + honorific });
      p += honorific;
      continue;
    }
    const found = word.capitalized ? (lexiconOnly ? scan.gazetteerAt(p) : scan.bestAt(p)) : undefined;
    // "<given name> King", "<given name> Judge": a one-word title closing a name after a name word is a surname.
    const previous = items[items.length - 1];
    const surname =
      found?.mentions[0]?.kind === 'title' && found.next === p + 1 && found.next === words.length &&
      typeof previous === 'number' && lexicon.givenNames.has(fold(words[previous]!.text));
    // ("Sultan bin <name>": a one-word title before "bin" is the person's own name.)
    const namedSon = found?.mentions[0]?.kind === 'title' && found.next === p + 1 && PATRONYMIC_PARTICLES.has(words[p + 1]?.text ?? '');
    if (found && !surname && !namedSon) {
      items.push(found);
      p = found.next;
    } else {
      items.push(p);
      p++;
    }
  }
  // "BBC Radio 4": a number closing the chunk (nameChunks keeps one only after a broadcaster's word) ends the body's name.
  const lastItem = items[items.length - 1];
  const beforeLast = items[items.length - 2];
  if (typeof lastItem === 'number' && /^\d+$/.test(words[lastItem]!.text) && beforeLast && typeof beforeLast !== 'number' && beforeLast.mentions.length === 1 && beforeLast.mentions[0]!.label === 'Organization') {
    const body = beforeLast.mentions[0]!;
    items.splice(items.length - 2, 2, { mentions: [scan.mention(body.wordFirst - at, words.length, { kind: 'entity', label: 'Organization', entries: [], reason: body.reason })], next: words.length });
  }
  // A city or region name glued to unknown capitalised words is part of a person's name (a surname that is also a small town's name).
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (typeof item === 'number' || item.mentions.length !== 1) continue;
    const label = item.mentions[0]!.label;
    // "<given name> Honda": so is a company's one-word name closing the chunk after a known given name (of three letters
    // or more: "Al" is also the article of Arabic names, "Al <name>").
    const given = typeof items[k - 1] === 'number' ? words[items[k - 1] as number]! : undefined;
    const bodyAfterGiven = label === 'Organization' && k === items.length - 1 && item.mentions[0]!.wordLast - item.mentions[0]!.wordFirst === 1 &&
      !!given?.capitalized && given.text.length >= 3 && lexicon.givenNames.has(fold(given.text));
    if (bodyAfterGiven) {
      items.splice(k, 1, item.mentions[0]!.wordFirst - at);
      continue;
    }
    if (label !== 'City' && label !== 'Region') continue;
    const isNameWord = (other: Found | number | undefined) => typeof other === 'number' && words[other]!.capitalized;
    const place = item.mentions[0]!;
    const previous = items[k - 1];
    // "Lin Jincheng": a surname and then a one-word city closing the chunk is a family name and a given name.
    const givenAfterSurname = k === items.length - 1 && k === 1 && typeof previous === 'number' && !place.text.includes(' ') && lexicon.surnames.has(fold(words[previous]!.text));
    // "William Bath", "Paulo Ramos de Lima": a one-word place after a known given name, closing the chunk or
    // before a name particle, is a family name.
    const next = items[k + 1];
    const surnameAfterGiven =
      !place.text.includes(' ') && typeof previous === 'number' && lexicon.givenNames.has(fold(words[previous]!.text)) &&
      (k === items.length - 1 || (typeof next === 'number' && NAME_PARTICLES.has(words[next]!.text)));
    // "governor <given name> <prefecture>", "As chief operating officer, <given name> <town>": after a title, a one-word place closing
    // two words after a word no list knows is a family name.
    const surnameAfterTitle =
      k === 1 && items.length === 2 && !place.text.includes(' ') && typeof previous === 'number' &&
      !isOrdinaryWord(words[previous]!.text, lexicon, lowerWords) && !lexicon.vocabulary.has(fold(words[previous]!.text)) &&
      longestPhraseEndingAt(sentenceWordList, sentenceWordList[at - 1]?.text === ',' ? at - 1 : at, lexicon.titles.any) > 0;
    // "<town> <surname>, a currency strategist at": two words an appositive gives a person's post are a person's name.
    // (Not "the <state> Democrat, a possible candidate": a determiner or an everyday word makes it a description.)
    const postAfter =
      k === 0 && items.length === 2 && typeof next === 'number' && !isOrdinaryWord(words[next]!.text, lexicon, lowerWords) && !lexicon.vocabulary.has(fold(words[next]!.text)) &&
      !DETERMINERS.has(sentenceWordList[at - 1]?.text.toLowerCase() ?? '') && appositiveNamesPerson(sentenceWordList, at + words.length, lexicon);
    // ("Sabah Al-Ahmad", "<city> bin <name>": a one-word place before an Arabic name's particle is a given name.)
    const givenBeforeParticle = !place.text.includes(' ') && typeof next === 'number' && (PATRONYMIC_PARTICLES.has(words[next]!.text) || ARABIC_ARTICLE.test(words[next]!.text));
    const nameLike = place.entries.every((e) => e.weak) || isPersonNameWord(fold(place.text), lexicon) || givenAfterSurname || surnameAfterGiven || surnameAfterTitle || postAfter || givenBeforeParticle;
    // "Guangxi Zhuang autonomous region", "Brandenburg Gate": the place is the start of a longer place or landmark name;
    // "<city> Gas, a subsidiary of": of a body's name an appositive describes.
    const longerPlace =
      typeof next === 'number' &&
      (lexicon.organizationWords.events.has(fold(words[next]!.text)) || lexicon.organizationWords.landmarks.has(fold(words[next]!.text)) || SEA_NOUNS.has(words[next]!.text) || isPlaceNoun(sentenceWordList[at + next + 1]?.text.toLowerCase() ?? '') ||
        (k === 0 && appositiveNamesBody(sentenceWordList, at + words.length, lexicon)));
    if ((nameLike && (isNameWord(items[k - 1]) || isNameWord(next))) || (longerPlace && isNameWord(next))) {
      const from = item.mentions[0]!.wordFirst - at;
      const to = item.mentions[0]!.wordLast - at;
      items.splice(k, 1, ...Array.from({ length: to - from }, (_, j) => from + j));
    }
  }
  // "China Watch", "China Mobile": a country's name followed by unknown words that are no person's name names a body;
  // not after a title and a preposition ("ambassador to China <name>", "President of France <name>").
  const [first, ...rest] = items;
  const afterTitle = ['to', 'of', 'in'].includes(sentenceWordList[at - 1]?.text ?? '') && longestPhraseEndingAt(sentenceWordList, at - 1, lexicon.titles.any) > 0;
  // ... nor after "a": "to examine a U.S. Complaint that ..." uses the country as an adjective.
  const indefinite = ['a', 'an'].includes(sentenceWordList[at - 1]?.text.toLowerCase() ?? '');
  if (
    !lexiconOnly && !afterTitle && !indefinite &&
    first && typeof first !== 'number' && first.mentions.length === 1 && first.mentions[0]!.label === 'Country' &&
    rest.length > 0 && rest.every((item) => typeof item === 'number' && words[item]!.capitalized && !words[item]!.acronym) &&
    !rest.some((item) => isPersonNameWord(fold(words[item as number]!.text), lexicon) || isOrdinaryWord(words[item as number]!.text, lexicon, lowerWords))
  ) {
    // ... and when it would end in an ordinary word that names no body, the words are that word: wire copy capitalises
    // the word after "U.S." ("selling U.S. Bonds", "a U.S. Budget deficit"). An event's word closes a longer
    // name ("China Internet Conference"), but alone after the country it is a topic ("Brazil Year"); and an appositive
    // that calls it a body makes it one ("Brazil Watch, a think tank").
    const closingWord = fold(words[rest[rest.length - 1] as number]!.text);
    const ordinaryClose =
      lexicon.vocabulary.has(closingWord) && !lexicon.organizationWords.heads.has(closingWord) && (rest.length === 1 || !lexicon.organizationWords.events.has(closingWord));
    // ("U.S. Government securities": before a security, the words describe it.)
    const security = namesSecurity(sentenceWordList, at + words.length, lexicon);
    // ("<country> Inter radio": before a noun for a news outlet, the words are its name.)
    const outlet = namesOutlet(sentenceWordList, at + words.length, lexicon);
    if (((ordinaryClose && !outlet && !appositiveNamesBody(sentenceWordList, at + words.length, lexicon)) || security) && !ownedAsStock(sentenceWordList, at, at + words.length, lexicon)) return first.mentions;
    return [scan.mention(0, words.length, { kind: 'entity', label: 'Organization', entries: [], reason: 'country-name' })];
  }
  // "<given name> <surname> China": two names or more closed by a country's name (not a possessive) are a company's national unit.
  const closing = items[items.length - 1];
  const head = items.slice(0, -1);
  if (
    !lexiconOnly && head.length >= 2 && closing && typeof closing !== 'number' && closing.mentions.length === 1 && closing.mentions[0]!.label === 'Country' &&
    head.every((item) => typeof item === 'number' && words[item]!.capitalized && !words[item]!.acronym && !lexicon.titles.any.has(words[item]!.text)) &&
    !isOrdinaryWord(words[head[0] as number]!.text, lexicon, lowerWords) &&
    !POSSESSIVE_MARKS.has(sentenceWordList[at + words.length]?.text ?? '')
  ) {
    return [scan.mention(0, words.length, { kind: 'entity', label: 'Organization', entries: [], reason: 'national-unit' })];
  }
  const mentions: Mention[] = [];
  let residual: number[] = [];
  const flush = (beforeOutlet = false) => {
    if (residual.length > 0 && !lexiconOnly) {
      const found = classifyResidual(scan, residual, mentions, sentenceWordList, lexicon, lowerWords);
      // "<author> <author> The Straits Times": in a credit line the names before the outlet are its writers' (two
      // people's names run together read as no body).
      mentions.push(...(beforeOutlet ? filterArray(found, (m) => m.label !== 'Organization') : found));
    }
    residual = [];
  };
  for (const item of items) {
    if (typeof item === 'number') {
      residual.push(item);
      continue;
    }
    flush(item.mentions[0]?.entries.some(isOutlet));
    mentions.push(...item.mentions);
  }
  flush();
  return mentions;
}

/** ", a think tank", ", the industry association": after a name, an appositive whose noun, within four words, is a body's. */
function appositiveNamesBody(sentence: readonly Word[], after: number, lexicon: Lexicon): boolean {
  if (sentence[after]?.text !== ',' || !['a', 'an', 'the'].includes(sentence[after + 1]?.text ?? '')) return false;
  for (let k = after + 2; k < Math.min(sentence.length, after + 6); k++) {
    if (lexicon.organizationWords.nouns.lastWords.has(fold(sentence[k]!.text))) return true;
  }
  return false;
}

/** "<name> newspaper", "<name> radio": a noun for a news outlet at word `index` (data: outletNouns). */
export function namesOutlet(sentence: readonly Word[], index: number, lexicon: Lexicon): boolean {
  return lexicon.organizationWords.outletNouns.has(sentence[index]?.text ?? '');
}

/** "U.S. Government securities", "Treasury bonds": a security's noun at word `index`, right after a name (data: instrumentNouns). */
export function namesSecurity(sentence: readonly Word[], index: number, lexicon: Lexicon): boolean {
  return lexicon.organizationWords.instrumentNouns.has(sentence[index]?.text ?? '');
}

/** ", a currency strategist at", ", an economist": after a name, an appositive whose noun, within four words, is a person's post. */
function appositiveNamesPerson(sentence: readonly Word[], after: number, lexicon: Lexicon): boolean {
  if (sentence[after]?.text !== ',' || !['a', 'an'].includes(sentence[after + 1]?.text ?? '')) return false;
  for (let k = after + 2; k < Math.min(sentence.length, after + 6); k++) {
    if (lexicon.titles.any.has(sentence[k]!.text)) return true;
  }
  return false;
}

/** Whether a landmark's noun in lower case ("station") stands at word `index`, or after one or two lower-case words. */
function landmarkNounFollows(sentence: readonly Word[], index: number, lexicon: Lexicon): boolean {
  for (let k = index; k < Math.min(sentence.length, index + 3); k++) {
    const word = sentence[k]!.text;
    if (!/^\p{Ll}+$/u.test(word)) return false;
    if (lexicon.organizationWords.landmarks.has(word)) return true;
  }
  return false;
}

/** Whether the name from word `first` to `end` of the sentence is owned as stock: "shares in <name>", "<number> <name> shares". */
function ownedAsStock(sentence: readonly Word[], first: number, end: number, lexicon: Lexicon): boolean {
  const { stockNouns, sizedStockNouns, stakeSizes } = lexicon.organizationWords;
  // Back over a list of names: "shares in <name> and <name>" (the name itself opens the list or follows "and").
  let k = first - 1;
  if (sentence[k]?.capitalized) return false;
  while (k > 0 && (sentence[k]!.capitalized || sentence[k]!.text === 'and' || sentence[k]!.text === ',')) k--;
  if (['in', 'of'].includes(sentence[k]?.text ?? '')) {
    const noun = sentence[k - 1]?.text.toLowerCase() ?? '';
    if (stockNouns.has(noun) || (sizedStockNouns.has(noun) && stakeSizes.has(sentence[k - 2]?.text.toLowerCase() ?? ''))) return true;
  }
  return stockNouns.has(sentence[end]?.text.toLowerCase() ?? '') && /^\d[\d,.]*$/.test(sentence[first - 1]?.text ?? '');
}

/** A news outlet the lexicon knows. */
function isOutlet(entry: GazetteerEntry): boolean {
  return entry.label === 'Organization' && entry.kind === 'media';
}

/** Whether the words from `index` on open the name of a news outlet the lexicon knows. */
function outletFollows(sentence: readonly Word[], index: number, lexicon: Lexicon): boolean {
  for (let end = Math.min(sentence.length, index + lexicon.gazetteer.maxWords); end > index; end--) {
    if (lexicon.gazetteer.lookup(textBetween(sentence, index, end)).some(isOutlet)) return true;
  }
  return false;
}

/** "New Zealand", "United Nations": the chunk opens with a name the lexicon knows, first word included. */
function startsKnownName(words: Word[], lexicon: Lexicon): boolean {
  const known = (e: GazetteerEntry) => e.label === 'Country' || e.label === 'Organization' || !e.weak;
  // "The Times reported", but not "The Australian Energy Regulator": a name with its article must end the run.
  const article = ['The', 'A', 'An'].includes(words[0]!.text);
  const first = fold(words[0]!.text);
  // Texts of several words are the words joined by spaces: none is a name unless a name of several words starts so.
  const longer = first === '' || first.includes(' ') || lexicon.gazetteer.opensLongerForm(first);
  for (let length = longer ? Math.min(words.length, lexicon.gazetteer.maxWords) : 1; length > 0; length--) {
    if (!lexicon.gazetteer.lookup(textBetween(words, 0, length)).some(known)) continue;
    return !article || length === words.length || !words[length]!.capitalized;
  }
  return false;
}

function namesItsCountry(place: Found): boolean {
  const mention = place.mentions[0];
  return mention?.label === 'Country' && mention.entries.some((e) => fold(e.name) === fold(mention.text));
}

/** A folded word the name lists know as someone's given name or family name. */
export function isPersonNameWord(folded: string, lexicon: Lexicon): boolean {
  if (lexicon.givenNames.has(folded) || lexicon.surnames.has(folded)) return true;
  // "Karl-Heinz", "Jean-Pierre": a given name and another joined by a hyphen.
  const hyphen = folded.indexOf('-');
  return hyphen > 2 && lexicon.givenNames.has(folded.slice(0, hyphen)) && /^\p{L}{3,}$/u.test(folded.slice(hyphen + 1));
}

/**
 * "Mr", "Dr", "Datuk Seri": an honorific ending right before word k, that marks the name there as a person's (a peer's
 * title names one by itself).
 */
export function isPersonHonorificBefore(words: readonly Word[], k: number, lexicon: Lexicon): boolean {
  return k > 0 && longestPhraseEndingAt(words, k, lexicon.titles.honorifics) > 0 && !lexicon.titles.peerages.has(words[k - 1]!.text);
}

/** A word of everyday English, whatever its case here: "Commerce", "Research". */
function isEverydayWord(word: Word, lexicon: Lexicon): boolean {
  return lexicon.vocabulary.has(word.text.toLowerCase());
}

function isOrdinaryWord(text: string, lexicon: Lexicon, lowerWords: Set<string>): boolean {
  const lower = text.toLowerCase();
  return lexicon.commonWords.has(fold(text)) || lowerWords.has(lower) || lexicon.titles.any.has(text);
}

// White space a span's text is normalised for: doubled, or not a plain space.
const LOOSE_SPACE = /\s\s|[\t\n\r]/;

interface Found {
  mentions: Mention[];
  next: number;
}

/** Reads one chunk from a position: the longest organisation, title, gazetteer entry or demonym that starts there. */
class ChunkScanner {
  constructor(
    readonly source: string,
    readonly words: Word[],
    readonly at: number,
    /** The whole sentence's words: `at` indexes the chunk's first word among them. */
    readonly sentence: Word[],
    readonly lexicon: Lexicon,
    readonly lowerWords: Set<string>,
  ) {}

  span(from: number, to: number): { text: string; start: number; end: number } {
    const start = this.words[from]!.start;
    const end = this.words[to - 1]!.end;
    const text = this.source.slice(start, end);
    return { text: LOOSE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text, start, end };
  }

  mention(from: number, to: number, fields: Omit<Mention, 'text' | 'start' | 'end' | 'sentence' | 'wordFirst' | 'wordLast'>): Mention {
    const { text, start, end } = this.span(from, to);
    // Every mention has the same fields in the same order: V8 then keeps one shape for them all, and the code that
    // reads mentions is not re-optimised for each new combination of optional fields.
    return {
      kind: fields.kind,
      label: fields.label,
      entries: fields.entries,
      titleClasses: fields.titleClasses,
      country: fields.country,
      text,
      start,
      end,
      sentence: this.words[from]!.sentence,
      wordFirst: this.at + from,
      wordLast: this.at + to,
      reason: fields.reason,
      titled: fields.titled,
    };
  }

  bestAt(p: number): Found | undefined {
    const place = this.gazetteerAt(p);
    const org = this.organizationAt(p) ?? this.titleAt(p);
    // A body the lexicon knows by its whole name ("Securities and Exchange Commission") beats a reading by head word.
    // So does a country the lexicon knows by a name ending in a head word: "the Soviet Union".
    // Not a one-word body's name that is also a title before a person's name: "Economist <given name> <surname>".
    const titleBeforeName = org?.mentions[0]?.kind === 'title' && place?.next === p + 1 && this.words[p + 1]?.capitalized && this.lexicon.givenNames.has(fold(this.words[p + 1]!.text));
    // So does a region the lexicon knows whole: "the West Bank".
    const wholePlace = place?.mentions[0]?.label === 'Region' && place.mentions[0].entries.some((e) => !e.weak);
    if (org && place && (place.mentions[0]?.label === 'Organization' || place.mentions[0]?.label === 'Country' || wholePlace) && place.next >= org.next && !titleBeforeName) return place;
    // "Phnom Penh Post Asia News Network" in a credit line: two bodies the lexicon knows, side by side.
    // (Not "U.N. Security Council": a one-word short name before a body is its parent's, part of the name.)
    if (org && place?.mentions[0]?.label === 'Organization' && place.next - p > 1 && this.gazetteerAt(place.next)?.mentions[0]?.label === 'Organization') return place;
    if (org) return org;
    const demonym = this.demonymAt(p);
    // "Hong Kong", "New Zealand", "Djibouti": where the demonym is the country's own name, the name is the country.
    if (place && demonym) return place.next > demonym.next || (place.next === demonym.next && namesItsCountry(place)) ? place : demonym;
    return place ?? demonym;
  }

  /** An organisation name: from here to its last head word ("Ministry", "University"), plus an "of X" tail. */
  organizationAt(p: number): Found | undefined {
    const { heads, corporateSuffixes, events, bodyNouns } = this.lexicon.organizationWords;
    const isHead = (k: number) => this.words[k]!.capitalized && heads.has(fold(this.words[k]!.text));
    // The head word is the last one before any "of": "Liuzhou Railway Vocational Technical College". An "and" is
    // crossed only while no head word has been seen and no new name starts after it: "Cambridge University and
    // Imperial College London" and "<a person's name> and Thai Chamber of Commerce" are two names each.
    let head = -1;
    // "investment groups <name> and <name> Partners": after a plural noun for bodies, "and" joins two of them.
    // (So does it in a list after one: "firms such as <name>, <name> Robotics and <name> Threads".)
    const listed = () => isPluralBodyNoun(this.sentence[this.at - 1]?.text ?? '', this.lexicon) || listedAmongBodies(this.sentence, this.at, this.lexicon);
    for (let k = p; k < this.words.length; k++) {
      const word = this.words[k]!;
      if (word.text === 'and' || word.text === '&') {
        const whole = this.lexicon.gazetteer.lookup(this.span(p, k).text).some((e) => e.label === 'Country' || e.label === 'Organization');
        // ("<name> Technology Research and Development Agency": past the head word, a pair of ordinary words joined by
        // "and" is one field of the body's work.)
        const everyday = (w: Word | undefined) => !!w && isEverydayWord(w, this.lexicon);
        const field = head >= 0 && head < k - 1 && this.words.slice(head + 1, k).every(everyday) && everyday(this.words[k + 1]);
        if ((head >= 0 && !field) || whole || listed() || this.startsName(k + 1) || !this.words[k + 1]?.capitalized || this.endsPersonName(k)) break;
        continue;
      }
      // A comma inside a chunk joins a firm's partners ("Barros, Nunes and Co").
      if (word.text === ',' && this.words[k + 1]?.capitalized) continue;
      // ("<name> Kredit- und <name> Bank": the chunk kept a compound's hyphen and "und".)
      if (word.text === '-' && COMPOUND_CONJUNCTIONS.has(this.words[k + 1]?.text ?? '')) {
        k++;
        continue;
      }
      if (!word.capitalized) break;
      // A news outlet's name ends the run before it: "<author> China Daily Asia News Network" is a credit line.
      if (k > p && head < 0 && this.startsOutlet(k)) break;
      // A title ends the name ("<bank> Chairman <name>"), but not an adjective title before a head word
      // ("China General Technology (Group) Holding Co Ltd").
      if (k > p && this.titleLength(k) > 0 && !this.lexicon.titles.adjectives.has(word.text)) break;
      if (isHead(k)) head = k;
    }
    if (head < 0) return undefined;
    // "Japanese Carmaker Toyota", "Lender Zentrix Bank": a capitalised noun for a kind of body (no head word of a
    // name), after nothing but a country, describes the name after it.
    let described = p;
    while (described < head && !(bodyNouns.has(fold(this.words[described]!.text)) && !heads.has(fold(this.words[described]!.text)))) described++;
    if (described < head && this.words.slice(p, described).every((w) => isCountryWord(w.text, this.lexicon)) && this.gazetteerAt(described + 1)?.mentions[0]?.label === 'Organization') return undefined;
    // "Party secretary" is a title, "General Administration of Customs" a body: the longer reading wins.
    if (this.titleLength(p) > head - p + 1) return undefined;
    let end = head + 1;
    // "China North Industries Group Corporation": more head words and legal forms continue the name.
    for (;;) {
      if (end < this.words.length && (isHead(end) || corporateSuffixes.has(fold(this.words[end]!.text)))) end++;
      // "Imperial College London", "International Data Corp China": a city or a country closing the run belongs to
      // the name (a campus, a national unit).
      else if (end < this.words.length && this.words[end]!.capitalized && this.lexicon.gazetteer.lookup(this.words[end]!.text).some((e) => (e.label === 'City' && !e.weak) || e.label === 'Country') && !this.words[end + 1]?.capitalized) end++;
      else if (this.words[end]?.text === '(' && this.words[end + 2]?.text === ')' && corporateSuffixes.has(fold(this.words[end + 3]?.text ?? ''))) end += 4;
      // "Consulate General", "Directorate General": "General" after a head word is part of the body's name (not the
      // first word of a title: "<union> General Secretary <name>").
      else if (this.words[end]?.text === 'General' && isHead(end - 1) && this.titleLength(end) <= 1) end++;
      else break;
    }
    // One "of X" tail: "Ministry of Higher Education", "Bank of China", "Federation of Thai Industries".
    // One "of X" tail, and a second when the first named no kind of body: "Association of Directors of Social Services".
    // A third only for a place closing the second: "Court of Appeals for the District of Columbia".
    for (let tails = 0; tails < 3; tails++) {
    const tailWord = this.words[end]?.text;
    if (tails === 2 && !(tailWord === 'of' && this.gazetteerAt(end + 1)?.mentions.some((m) => m.label === 'City' || m.label === 'Region' || m.label === 'Country'))) break;
    // ("Intergovernmental Panel on Climate Change": an "on" tail after a body named for its subject.)
    const topic = tailWord === 'on' && this.lexicon.organizationWords.topicHeads.has(fold(this.words[end - 1]!.text)) && !DATE_WORDS.has(fold(this.words[end + 1]?.text ?? ''));
    if (tailWord !== 'of' && tailWord !== 'for' && !topic) break;
    // (After a tail naming a body, only "for": "Office of the Central Commission for Financial and Economic Affairs".)
    if (tails === 1 && (tailWord !== 'for' || /ing$/.test(this.words[end + 1]?.text ?? '')) && (this.words.slice(head + 1, end).some((_, j) => isHead(head + 1 + j)))) break;
    {
      let k = end + 1;
      if (this.words[k]?.text === 'the') k++;
      const place = this.gazetteerAt(k);
      if (place) k = place.next;
      const placeEnd = k;
      // "Office of the Deputy Prime Minister", "Office of the President": a title that ends the name is the tail.
      const title = place ? 0 : this.titleLength(k);
      if (title > 0 && this.words[k - 1]?.text === 'the' && !this.words[k + title]?.capitalized) k += title;
      let lastHead = -1;
      // (A comma the chunk kept lists the body's fields: "of Mining, Metals and Energy Producers".)
      while (k < this.words.length && (this.words[k]!.capitalized || ['and', '&', ','].includes(this.words[k]!.text)) && this.titleLength(k) === 0) {
        if (this.words[k]!.text === 'and' && this.startsName(k + 1)) break;
        if (isHead(k)) lastHead = k;
        k++;
      }
      // After the tail's last head word only subject words still belong to the name: "Community College Education", not "Industries <a person's name>".
      // ... and "<head> and <word>" closing the run stays whole: "Office of Management and Budget".
      // ... or "<head> and <everyday words> <plural noun>": "Association of Home Electric and Electronic Goods Makers".
      const andEveryday = this.words[lastHead + 1]?.text === 'and' && lastHead + 3 < k && this.isPluralNoun(this.words[k - 1]!.text) &&
        this.words.slice(lastHead + 2, k).every((w) => isEverydayWord(w, this.lexicon));
      if (lastHead >= 0 && !(this.words[lastHead + 1]?.text === 'and' && lastHead + 3 === k) && !andEveryday) {
        // (So are plural nouns of everyday English: "Association of <field> Manufacturers".)
        let stop = lastHead + 1;
        while (stop < k && (this.lexicon.commonWords.has(fold(this.words[stop]!.text)) || this.isPluralNoun(this.words[stop]!.text))) stop++;
        k = stop;
      }
      // "Governor of the Bank of Zorvia <name>": past a place closing the tail, two or three words shaped like a
      // person's name (a known given name first, or a surname no everyday word) are the next name, not the body's.
      if (place && lastHead < 0 && this.personAfterPlace(placeEnd, k)) k = placeEnd;
      while (k > end + 1 && !this.words[k - 1]!.capitalized) k--;
      end = k;
    }
    }
    // "Office of Federal <sector> Oversight (OF..O)": capitalised words past the last head word still belong to
    // the name when the acronym after them spells the whole run.
    let run = end;
    while (this.words[run]?.capitalized) run++;
    const bracket = this.at + run;
    if (run > end && run === this.words.length && this.sentence[bracket]?.text === '(' && this.sentence[bracket + 1]?.acronym && this.sentence[bracket + 2]?.text === ')' &&
      spellsInitials(this.words.slice(p, run), this.sentence[bracket + 1]!.text)) end = run;
    // "British Chamber of Commerce in China": a foreign body's name says where it works.
    const demonym = this.lexicon.demonyms.get(fold(this.words[p]!.text));
    if (demonym && this.source.slice(this.words[end - 1]!.end, this.words[end - 1]!.end + 4) === ' in ') {
      const place = this.lexicon.gazetteer.lookup(this.source.slice(this.words[end - 1]!.end + 4).split(/[\s,.;]/)[0] ?? '').find((e) => e.label === 'Country' || (e.label === 'City' && !e.weak));
      if (place && place.country !== demonym) return this.organizationIn(p, end, place.name);
    }
    // "Asean-China Council Summit", "Civil Service Pension Scheme" name an event or a scheme of a body's, not the body;
    // a place after the body's name names where the body holds the event ("<federation> Beijing Tourism Summit").
    let close = end;
    const closesEvent = () => events.has(fold(this.words[close - 1]!.text)) || isPlaceNoun(this.words[close - 1]!.text.toLowerCase());
    while (this.words[close]?.capitalized) close++;
    // ("<body> Trade and Investment Conference": the run goes on past "and" before capitals.)
    while (close > end && !closesEvent() && this.words[close]?.text === 'and' && this.words[close + 1]?.capitalized) {
      close++;
      while (this.words[close]?.capitalized) close++;
    }
    const placeAfter = close > end && this.lexicon.gazetteer.lookup(this.words[end]!.text).some((e) => e.label !== 'Organization' && e.label !== 'Person');
    // ("<name> University Town", "<name> Science City": a place's noun closing the run names a place built round the body.)
    if (close > end && !placeAfter && closesEvent()) return undefined;
    // "Purchasing Managers' Index": a plural's possessive before an event's word names the event.
    if (end === this.words.length && this.sentence[this.at + end]?.text === "'" && this.sentence[this.at + end + 1]?.capitalized && events.has(fold(this.sentence[this.at + end + 1]!.text))) return undefined;
    // "U.S. Government securities": before a security a country's body names its issuer only as an adjective.
    if (end === this.words.length && namesSecurity(this.sentence, this.at + end, this.lexicon) && this.lexicon.gazetteer.lookup(this.words[p]!.text).some((e) => e.label === 'Country')) return undefined;
    const { text } = this.span(p, end);
    const known = this.lexicon.gazetteer.lookup(text).filter((e) => e.label === 'Organization');
    // A head word alone ("Government", "Cabinet", "Technology", "Consulate General") is a common noun, not a name.
    if (known.length === 0 && (end - p === 1 || (end - p === 2 && this.words[p + 1]!.text === 'General'))) return undefined;
    // "Trade and Industry Secretary <name>": everyday words before a minister's title are the portfolio, not a body.
    const portfolio = this.words.slice(p, end).every((w) => w.text === 'and' || isEverydayWord(w, this.lexicon));
    if (known.length === 0 && portfolio && this.words[end]?.capitalized && PORTFOLIO_TITLES.has(fold(this.words[end]!.text))) return undefined;
    return { mentions: [this.mention(p, end, { kind: 'entity', label: 'Organization', entries: known, reason: known.length ? 'lexicon' : 'org-head' })], next: end };
  }

  personAfterPlace(from: number, to: number): boolean {
    const names = this.words.slice(from, to).filter((w) => w.text !== '-');
    if (names.length < 2 || names.length > 3 || this.gazetteerAt(from)) return false;
    return this.lexicon.givenNames.has(fold(names[0]!.text)) || !this.lexicon.vocabulary.has(names[names.length - 1]!.text.toLowerCase());
  }

  organizationIn(p: number, end: number, country: string): Found {
    const base = this.mention(p, end, { kind: 'entity', label: 'Organization', entries: [], reason: 'org-head' });
    const extra = ` in ${country}`;
    base.text += extra;
    base.end += extra.length;
    return { mentions: [base], next: end };
  }

  /** "<given name> <surname> and Army Chief <name>": a known given name and one or two more words before "and" (no place's name: "Hong Kong") end a person's name, no body's. */
  endsPersonName(k: number): boolean {
    for (let j = Math.max(0, k - 3); j <= k - 2; j++) {
      if (this.lexicon.givenNames.has(fold(this.words[j]!.text)) && this.words.slice(j, k).every((w) => w.capitalized) && !this.gazetteerAt(j)) return true;
    }
    return false;
  }

  startsName(k: number): boolean {
    const word = this.words[k];
    if (!word) return false;
    // (A small place or a district is believed before a lower-case noun of place: "and <district> district".)
    const placeNounAfter = isPlaceNoun(this.sentence[this.at + k + 1]?.text ?? '');
    if (word.text === 'the' || this.lexicon.demonyms.has(fold(word.text)) || this.lexicon.gazetteer.lookup(word.text).some((e) => e.label === 'Country' || (e.label !== 'Organization' && (!e.weak || placeNounAfter)))) return true;
    // "<a bank> and People's Daily": a body the lexicon knows by a name of several words.
    const known = this.gazetteerAt(k);
    return !!known && known.next - k > 1 && known.mentions[0]?.label === 'Organization';
  }

  // Made on the first question: most chunks never ask, and a map for every chunk was a good part of the garbage.
  private titleLengths: Map<number, number> | undefined = undefined;

  titleLength(p: number): number {
    this.titleLengths ??= new Map();
    let length = this.titleLengths.get(p);
    if (length === undefined) {
      length = longestPhrase(this.words, p, this.lexicon.titles.any, this.lexicon.titles.modifiers);
      this.titleLengths.set(p, length);
    }
    return length;
  }

  titleAt(p: number): Found | undefined {
    const length = this.titleLength(p);
    if (length === 0) return undefined;
    // "President of the Republic of Korea" as a whole title is fine, but "General Administration" is a body: checked by organizationAt first.
    const text = textBetween(this.words, p, p + length);
    const classes = titleClasses(text, this.lexicon);
    return { mentions: [this.mention(p, p + length, { kind: 'title', entries: [], titleClasses: classes, reason: 'title' })], next: p + length };
  }

  /** Whether "<word> <demonym>" is the adjective of an area the lexicon knows: "Latin American" (Latin America). */
  areaAdjective(word: string, demonym: string): boolean {
    const stems = [demonym.replace(/n$/, ''), demonym.replace(/an$/, 'e')];
    return stems.some((stem) => stem !== demonym && this.lexicon.gazetteer.lookup(`${word} ${stem}`).some((e) => e.label === 'Region'));
  }

  /**
   * Whether a news outlet the lexicon knows starts at word `p` and closes the run, alone or before another outlet
   * ("China Daily Asia News Network"; not "Foreign Affairs" in "<city> Foreign Affairs Office").
   */
  startsOutlet(p: number): boolean {
    const found = this.gazetteerAt(p);
    if (!found?.mentions[0]?.entries.some(isOutlet)) return false;
    return !this.words[found!.next]?.capitalized || this.startsOutlet(found!.next);
  }

  /** The longest gazetteer name starting here. */
  gazetteerAt(p: number): Found | undefined {
    let max = Math.min(this.words.length, p + this.lexicon.gazetteer.maxWords);
    if (max > p + 1 && !this.mayOpenLongerName(p)) max = p + 1;
    for (let end = max; end > p; end--) {
      // (A chunk holds a number only where it closes a broadcaster's name: "Radio 4".)
      if (!this.words[end - 1]!.capitalized && !(end - p > 1 && /^\d+$/.test(this.words[end - 1]!.text))) continue;
      const { text } = this.span(p, end);
      // Most spans name nothing: no filtered copy of the shared empty answer for them.
      const named = this.lexicon.gazetteer.lookup(text);
      if (named.length === 0) continue;
      const entries = named.filter((e) => this.believable(e, text, p, end - p));
      if (entries.length === 0) continue;
      // "FIRST BOSTON SET MERGER": in a line of capitals, a short form that is an English word written in lower case
      // elsewhere is that word, not the body it abbreviates.
      if (end - p === 1 && text.length >= 3 && this.shouting() && this.lowerWords.has(text.toLowerCase())) continue;
      // "The Australian firm said": a demonym after "The" before a noun is an adjective, not the newspaper of that name.
      if (end - p === 2 && this.words[p]!.text === 'The' && this.lexicon.demonyms.has(fold(this.words[p + 1]!.text)) && /^\p{Ll}/u.test(this.sentence[this.at + end]?.text ?? '')) continue;
      const label = entries[0]!.label;
      // (A district stays beside a town of its name: which one is meant depends on the city the article names.)
      return { mentions: [this.mention(p, end, { kind: 'entity', label, entries: entries.filter((e) => e.label === label || e.city !== undefined), reason: 'lexicon' })], next: end };
    }
    // "China-ROK", "China-UK": a hyphenated pair of places reads as its parts; so does a country and an
    // intergovernmental body ("China-Asean", "EU-China").
    const word = this.words[p]!;
    if (!word.text.includes('-') && !word.text.includes('–')) return undefined;
    const mentions: Mention[] = [];
    let offset = word.start;
    for (const part of word.text.split(/[-–]/)) {
      const known = this.lexicon.gazetteer.lookup(part);
      const entries = known.filter((e) => e.label === 'Country');
      const bloc = entries.length === 0 ? known.filter((e) => e.label === 'Organization' && e.kind === 'international') : [];
      const country = this.lexicon.demonyms.get(fold(part));
      const mention =
        entries.length > 0 ? this.mention(p, p + 1, { kind: 'entity', label: 'Country', entries, reason: 'lexicon' })
        : bloc.length > 0 ? this.mention(p, p + 1, { kind: 'entity', label: 'Organization', entries: bloc, reason: 'lexicon' })
        : country ? this.mention(p, p + 1, { kind: 'demonym', entries: [], country, reason: 'demonym' })
        : undefined;
      if (!mention) return undefined;
      mention.text = part;
      mention.start = offset;
      mention.end = offset + part.length;
      offset += part.length + 1;
      mentions.push(mention);
    }
    // (Not two bodies: "WTO-IMF" is no pair of places.)
    if (mentions.every((m) => m.label === 'Organization')) return undefined;
    return { mentions, next: p + 1 };
  }

  /** Whether a gazetteer name of several words may start at word p (false only where the lexicon rules it out). */
  mayOpenLongerName(p: number): boolean {
    const word = this.words[p]!;
    // A span's text starts with the word and, after a space, its fold with the word's fold as its first word.
    if (this.source.charCodeAt(word.end) !== 0x20) return true;
    const first = fold(word.text);
    return first === '' || first.includes(' ') || this.lexicon.gazetteer.opensLongerForm(first);
  }

  /** The chunk is a run of words in capitals (a headline or dateline written in capitals). */
  shouting(): boolean {
    return inCapitals(this.words);
  }

  /** A small town's name, or a place name that is also an English word ("Green", "Nice"), is not read from a capital letter alone. */
  /** "Manufacturers", "Officers": a plural of everyday English that is no one's name. */
  isPluralNoun(text: string): boolean {
    const lower = text.toLowerCase();
    return lower.length > 3 && lower.endsWith('s') && this.lexicon.vocabulary.has(lower) && !isPersonNameWord(fold(text), this.lexicon);
  }

  believable(entry: GazetteerEntry, text: string, p: number, length: number): boolean {
    // "Minister of Foreign Affairs": after a minister's title and "of", a journal's name is the portfolio.
    if (entry.kind === 'media' && this.sentence[this.at + p - 1]?.text === 'of') return longestPhraseEndingAt(this.sentence, this.at + p - 1, this.lexicon.titles.ministerial) === 0;
    // ("Foreign Affairs Undersecretary <name>": so is one before a minister's title.)
    if (entry.kind === 'media' && this.words[p + length]?.capitalized && this.lexicon.titles.ministerial.has(this.words[p + length]!.text)) return false;
    if (entry.label !== 'City' && entry.label !== 'Region') return true;
    if (length === 1 && (this.lexicon.demonyms.has(fold(text)) || /^\p{Lu}{2,3}$/u.test(text))) return false;
    // "Mass.", "Ill.": a state's abbreviation only after a town and its comma ("<town>, Mass."), not in "Midnight Mass.".
    if (entry.label === 'Region' && text.endsWith('.') && this.sentence[this.at + p - 1]?.text !== ',') return false;
    // A small town is not read from a capitalised run of several words, unless a preposition of place stands right
    // before the whole run ("from Bangkok to <town of two words>").
    // So is each name of a pair or list joined by "and" there ("exports to <town> and <town>").
    const andList = length === 1 && this.words.every((w, k) => (k % 2 === 0 ? w.capitalized : w.text === 'and'));
    const placed = (andList || (p === 0 && length === this.words.length)) && PLACE_PREPOSITIONS.has(this.sentence[this.at - 1]?.text.toLowerCase() ?? '');
    // ("the <name> district": a noun of a place closing the name is place context enough.)
    const withNoun = length > 1 && isPlaceNoun(this.words[p + length - 1]!.text.toLowerCase());
    // (A district's curated name of several words, "Canary Wharf", "Binhai New Area", is no small town's.)
    const districtName = length > 1 && entry.city !== undefined;
    if (entry.weak && (length > 1 || this.words.length > 1) && !placed && !withNoun && !districtName) return false;
    if (length === 1 && (this.lexicon.commonWords.has(fold(text)) || this.lowerWords.has(text.toLowerCase()))) return false;
    return true;
  }

  demonymAt(p: number): Found | undefined {
    // "Latin American", "North American": the adjective of a wider area, not of a country; it names nothing.
    const next = this.words[p + 1]?.text ?? '';
    if (this.lexicon.demonyms.has(fold(next)) && this.areaAdjective(this.words[p]!.text, next)) return { mentions: [], next: p + 2 };
    for (const length of [2, 1]) {
      if (p + length > this.words.length) continue;
      const text = textBetween(this.words, p, p + length);
      const country = this.lexicon.demonyms.get(fold(text));
      if (country) return { mentions: [this.mention(p, p + length, { kind: 'demonym', entries: [], country, reason: 'demonym' })], next: p + length };
    }
    return undefined;
  }
}

function textBetween(words: readonly Word[], from: number, to: number): string {
  let text = '';
  for (let k = from; k < to; k++) text += (k > from ? ' ' : '') + words[k]!.text;
  return text;
}

/** Length of the longest phrase of the set that ends right before word `end`. */
export function longestPhraseEndingAt(words: readonly Word[], end: number, set: WordSet): number {
  if (end > 0 && endsNoPhrase(set, words[end - 1]!.text)) return 0;
  for (let length = Math.min(set.maxWords, end); length > 0; length--) {
    if (set.has(textBetween(words, end - length, end))) return length;
  }
  return 0;
}

/** Length in words of the longest phrase of `set` at p, allowing modifiers before it ("Deputy CEO"). */
function longestPhrase(words: Word[], p: number, set: WordSet, modifiers?: WordSet): number {
  let start = p;
  if (modifiers) while (start < words.length && modifiers.has(words[start]!.text) && start - p < 2) start++;
  if (start < words.length && startsNoPhrase(set, words[start]!.text)) return 0;
  for (let length = Math.min(set.maxWords, words.length - start); length > 0; length--) {
    if (set.has(textBetween(words, start, start + length))) return start - p + length;
  }
  return 0;
}

/**
 * No phrase of the set starts with this word, so none of the texts a lookup would build from it and the words after
 * it can be in the set. A word that folds to nothing or to several words is left to the full lookup.
 */
function startsNoPhrase(set: WordSet, word: string): boolean {
  const first = fold(word);
  return first !== '' && !first.includes(' ') && !set.byFirstWord.has(first);
}

/** No phrase of the set ends with this word: the mirror of startsNoPhrase, for lookups that grow a text leftwards. */
export function endsNoPhrase(set: WordSet, word: string): boolean {
  const last = fold(word);
  return last !== '' && !last.includes(' ') && !set.lastWords.has(last);
}

// "vice-director", "co-founder", "ex-chairman": a modifier glued to a title by a hyphen.
const HYPHENED_MODIFIER = /^(vice|deputy|co|ex)-(?=\p{L})/iu;

/** The title a word or phrase is, with a hyphened modifier read as a separate word ("vice-director"). */
export function isTitle(text: string, lexicon: Lexicon): boolean {
  return lexicon.titles.any.has(text) || (HYPHENED_MODIFIER.test(text) && lexicon.titles.any.has(text.replace(HYPHENED_MODIFIER, '')));
}

export function titleClasses(text: string, lexicon: Lexicon): TitleClass[] {
  // A hyphened title the lists know whole ("co-founder", "vice-premier") keeps its own classes.
  const spaced = lexicon.titles.any.has(text) ? text : text.replace(HYPHENED_MODIFIER, (modifier) => `${modifier.slice(0, -1)} `);
  const words = fold(spaced).split(' ');
  // Modifiers like "deputy" or "vice" make a title that does not lead; "acting" or "interim" one that does.
  const modifier = words.length > 1 && lexicon.titles.modifiers.has(words[0]!);
  const modified = modifier && !lexicon.titles.actingModifiers.has(words[0]!);
  const core = modifier ? words.slice(1).join(' ') : words.join(' ');
  const classes: TitleClass[] = [];
  if (!modified && lexicon.titles.headOfState.has(core)) classes.push('headOfState');
  if (!modified && lexicon.titles.leader.has(core)) classes.push('leader');
  if (!modified && lexicon.titles.countryLeaders.has(core)) classes.push('countryLeader');
  if (lexicon.titles.member.has(core) || modified) classes.push('member');
  if (lexicon.titles.ministerial.has(core)) classes.push('ministerial');
  return classes;
}

/** What is left of a chunk after lexicon names and titles: a person's name, an unknown body, or a bare name. */
function classifyResidual(scan: ChunkScanner, positions: number[], before: Mention[], sentenceWordList: Word[], lexicon: Lexicon, lowerWords: Set<string>): Mention[] {
  // "<name>, of Campaign for Coastal Rail, said": an appositive of "of" and a name of several words between commas,
  // after a name, says whom the person speaks for.
  const whole = positions.length === scan.words.length && positions.length >= 2;
  const wordBefore = (k: number) => sentenceWordList[scan.at - k]?.text;
  if (whole && wordBefore(1) === 'of' && wordBefore(2) === ',' && sentenceWordList[scan.at - 3]?.capitalized && sentenceWordList[scan.at + scan.words.length]?.text === ',' &&
    !lexicon.givenNames.has(fold(scan.words[0]!.text)) && scan.words[scan.words.length - 1]!.capitalized) {
    return [scan.mention(0, scan.words.length, { kind: 'entity', label: 'Organization', entries: [], reason: 'appositive-of' })];
  }
  // "senior vice president at <surname> <surname> and <surname>": after a title and "at", names joined by "and" that no
  // list knows are one employer's.
  const employer = whole && wordBefore(1) === 'at' && longestPhraseEndingAt(sentenceWordList, scan.at - 1, lexicon.titles.any) > 0 &&
    positions.some((p) => scan.words[p]!.text === 'and') &&
    positions.every((p) => scan.words[p]!.text === 'and' || (scan.words[p]!.capitalized && !scan.words[p]!.acronym && !isPersonNameWord(fold(scan.words[p]!.text), lexicon) && !lexicon.vocabulary.has(scan.words[p]!.text.toLowerCase())));
  if (employer && lexicon.gazetteer.lookup(scan.span(0, scan.words.length).text).length === 0) {
    return [scan.mention(0, scan.words.length, { kind: 'entity', label: 'Organization', entries: [], reason: 'employer-after-title' })];
  }
  // "Stone & McCarthy Research", "Marsh & McLennan": an ampersand between capitalised words joins one company's name.
  // The name runs between the lower-case connectors around the ampersand: "<name> of AG Edwards & Sons and <body>".
  const ampersand = positions.findIndex((p, k) => k > 0 && k < positions.length - 1 && scan.words[p]!.text === '&');
  if (ampersand > 0) {
    const isConnector = (p: number) => !scan.words[p]!.capitalized && scan.words[p]!.text !== '&';
    let first = ampersand;
    while (first > 0 && !isConnector(positions[first - 1]!)) first--;
    let last = ampersand;
    while (last < positions.length - 1 && !isConnector(positions[last + 1]!)) last++;
    // (Not a minister's portfolio: "Minister of Development & Trade <name>".)
    if (first < ampersand && last > ampersand && !inPortfolio(sentenceWordList, scan.at + positions[first]!)) {
      const company = scan.mention(positions[first]!, positions[last]! + 1, { kind: 'entity', label: 'Organization', entries: [], reason: 'org-ampersand' });
      return [
        ...classifyResidual(scan, positions.slice(0, first), before, sentenceWordList, lexicon, lowerWords),
        company,
        ...classifyResidual(scan, positions.slice(last + 1), [...before, company], sentenceWordList, lexicon, lowerWords),
      ];
    }
  }
  // "said Jack Kirnan of Kidder Peabody and Co": a person's name (a known given name first), "of", and the name of
  // the body the person speaks for, when the lexicon knows neither.
  // A given name may close a firm's name of two surnames ("Barros and Drew"), not start another person's.
  const of = positions.findIndex((p) => scan.words[p]!.text === 'of');
  const nameBeforeOf = of >= 2 && of <= 3 && lexicon.givenNames.has(fold(scan.words[positions[0]!]!.text)) &&
    positions.slice(0, of).every((p) => scan.words[p]!.capitalized && !scan.words[p]!.acronym);
  const bodyWords = positions.slice(of + 1).filter((p) => scan.words[p]!.capitalized);
  const partnerClosing = (p: number) => p === positions[positions.length - 1] && ['and', '&'].includes(scan.words[p - 1]?.text ?? '');
  const namedBody = nameBeforeOf && bodyWords.length >= 2 && scan.words[positions[of + 1]!]?.capitalized &&
    !bodyWords.some((p) => lexicon.givenNames.has(fold(scan.words[p]!.text)) && !partnerClosing(p));
  // "Ana Silva of Qarsa": one unknown word after "of" may be a body or a small place; the person is a person either way,
  // unless the words after the given name are everyday English ("Marine Biological Diversity of Areas").
  const oneWordAfter = nameBeforeOf && bodyWords.length === 1 && positions.length === of + 2 &&
    !positions.slice(1, of).every((p) => lexicon.vocabulary.has(scan.words[p]!.text.toLowerCase()));
  if (namedBody || oneWordAfter) {
    const person = classifyName(scan, positions[0]!, positions[of - 1]! + 1, scan.words.slice(positions[0]!, positions[of - 1]! + 1), false, sentenceWordList, lexicon, lowerWords);
    if (person?.label === 'Person' && namedBody && scan.words[positions[positions.length - 1]!]!.capitalized) {
      return [person, scan.mention(positions[of + 1]!, positions[positions.length - 1]! + 1, { kind: 'entity', label: 'Organization', entries: [], reason: 'person-of-body' })];
    }
    if (person?.label === 'Person' && oneWordAfter) return [person, ...classifyResidual(scan, positions.slice(of + 1), [...before, person], sentenceWordList, lexicon, lowerWords)];
  }
  // Split at "and": two surnames joined by "and" are two names; "and Co" closes one company's name.
  const groups: number[][] = [[]];
  for (const [k, p] of positions.entries()) {
    const text = scan.words[p]!.text;
    const legalForm = k === positions.length - 2 && lexicon.organizationWords.corporateSuffixes.has(fold(scan.words[positions[k + 1]!]!.text));
    if ((text === 'and' || text === '&') && !legalForm) groups.push([]);
    else groups[groups.length - 1]!.push(p);
  }
  const out: Mention[] = [];
  for (const group of groups) {
    while (group.length && !scan.words[group[0]!]!.capitalized) group.shift();
    while (group.length && !scan.words[group[group.length - 1]!]!.capitalized) group.pop();
    if (group.length === 0) continue;
    const from = group[0]!;
    const to = group[group.length - 1]! + 1;
    const words = scan.words.slice(from, to);
    const previous = before[before.length - 1];
    // "the General Election", "Transport & General Worker's Union": a title that is also an adjective titles only a known name.
    const adjectiveTitle = previous?.kind === 'title' && lexicon.titles.adjectives.has(previous.text);
    // "Mr Brown", "Dr Temko": a name right after an honorific is a person's.
    const honorific = isPersonHonorificBefore(scan.words, from, lexicon) && /\p{L}{2}/u.test(scan.words[from]!.text);
    // ("after president <name>'s speech": a head's or a minister's title in lower case right before the name too.)
    const titleBefore = from === 0 && !previous ? sentenceWordList[scan.at - 1] : undefined;
    const lowerTitle = !!titleBefore && /^\p{Ll}/u.test(titleBefore.text) && (lexicon.titles.headOfState.has(titleBefore.text) || lexicon.titles.ministerial.has(titleBefore.text));
    const titled = honorific || lowerTitle || (previous?.kind === 'title' && previous.wordLast === scan.at + from && (!adjectiveTitle || isPersonNameWord(fold(scan.words[from]!.text), lexicon)));
    // "Minister of Agriculture and Rural Affairs <family> <given>": after a title's portfolio, the name starts at
    // the first word the name lists know, two or three words before the end.
    // ("Minister for Finance, Revenue and Economic Affairs <name>": so after the earlier items of a portfolio's list.)
    const portfolio = !titled && (previous?.kind === 'title' || inPortfolio(sentenceWordList, scan.at + from)) ? portfolioLength(words, lexicon) : 0;
    const mention = portfolio > 0
      ? classifyName(scan, from + portfolio, to, words.slice(portfolio), true, sentenceWordList, lexicon, lowerWords)
      : classifyName(scan, from, to, words, titled, sentenceWordList, lexicon, lowerWords);
    if (mention) out.push(mention);
  }
  return out;
}

// Words that open a list of examples after a plural noun: "firms such as", "companies including", "banks like".
const EXAMPLE_OPENERS = new Set(['including', 'like', 'as']);

/** Whether the word at `index` is in a list of names after a plural noun for bodies: "tech firms such as A, B and C". */
function listedAmongBodies(sentence: Word[], index: number, lexicon: Lexicon): boolean {
  for (let k = index - 1; k >= Math.max(1, index - 16); k--) {
    const text = sentence[k]!.text;
    if (EXAMPLE_OPENERS.has(text)) {
      const noun = text === 'as' ? (sentence[k - 1]?.text === 'such' ? sentence[k - 2] : undefined) : sentence[k - 1];
      return !!noun && isPluralBodyNoun(noun.text, lexicon);
    }
    if (text !== ',' && text !== 'and' && !sentence[k]!.capitalized) return false;
  }
  return false;
}

/** Whether the run at word `index` is a minister's portfolio, or closes a list of them: "Minister for <run>", "Minister for Finance, Revenue and <run>". */
function inPortfolio(sentence: readonly Word[], index: number): boolean {
  const k = beforeList(sentence, index);
  return (sentence[k]?.text === 'for' || sentence[k]?.text === 'of') && PORTFOLIO_TITLES.has(fold(sentence[k - 1]?.text ?? ''));
}

// What joins the items of a list: "<item>, <item> and <item>".
export const LIST_MARKS: ReadonlySet<string> = new Set([',', 'and', '&']);

/**
 * The word before a list of capitalised items whose last item starts at word `index`: back over "<item>, <item> and"
 * ("Minister of Investment, Trade and <item>") to the "of"; the word right before `index` where no list leads to it.
 */
export function beforeList(words: readonly Word[], index: number): number {
  let k = index - 1;
  while (k > 1 && LIST_MARKS.has(words[k]!.text) && words[k - 1]!.capitalized) {
    k -= 2;
    while (k > 0 && words[k]!.capitalized) k--;
  }
  return k;
}

/** How many words of a capitalised run are a title's portfolio before a person's name the name lists know (0: none). */
function portfolioLength(words: Word[], lexicon: Lexicon): number {
  for (let i = 1; i < words.length; i++) {
    const rest = words.length - i;
    if (rest < 2 || rest > 3) continue;
    if (!isPersonNameWord(fold(words[i]!.text), lexicon)) continue;
    const before = words.slice(0, i);
    if (before.some((w) => isPersonNameWord(fold(w.text), lexicon) || w.acronym)) return 0;
    if (words.slice(i).every((w) => w.capitalized && !w.acronym)) return i;
  }
  // "Minister of Social Affairs <given> de <family>": where the lists know no word of the name, it starts after the
  // portfolio's everyday words, when none of its own words is an everyday word.
  const everyday = (w: Word) => isEverydayWord(w, lexicon);
  for (let i = 1; i < words.length; i++) {
    const rest = words.length - i;
    if (rest < 2 || rest > 3) continue;
    if (words.slice(0, i).every(everyday) && !everyday(words[i]!) && words.slice(i).every((w) => (w.capitalized && !w.acronym && !everyday(w)) || NAME_PARTICLES.has(w.text))) return i;
  }
  return 0;
}

/** Whether the initials of the capitalised words (connectors skipped) spell the acronym. */
function spellsInitials(words: readonly Word[], acronym: string): boolean {
  let initials = '';
  for (const word of words) if (word.capitalized) initials += word.text.charAt(0).toUpperCase();
  return initials === acronym;
}

/** "MPs", "Justices": a title in the plural. */
function isPluralTitle(word: Word, lexicon: Lexicon): boolean {
  return word.text.length > 3 && word.text.endsWith('s') && (lexicon.titles.any.has(word.text.slice(0, -1)) || lexicon.titles.honorifics.has(word.text.slice(0, -1)));
}

function classifyName(scan: ChunkScanner, from: number, to: number, words: Word[], titled: boolean, sentenceWordList: Word[], lexicon: Lexicon, lowerWords: Set<string>): Mention | undefined {
  const last = words[words.length - 1]!;
  const folded = mapArray(words, (w) => fold(w.text));
  // A name ending in an event's word ("Asian Games") is no entity, unless a noun for a body introduces it ("company
  // Zentrix Games").
  if (lexicon.organizationWords.events.has(folded[folded.length - 1]!)) {
    const introduced = lexicon.organizationWords.bodyNouns.has(sentenceWordList[scan.at + from - 1]?.text ?? '');
    return introduced ? scan.mention(from, to, { kind: 'entity', label: 'Organization', entries: [], reason: 'body-noun' }) : undefined;
  }
  // "Hainan province", "Liuzhou city": the noun after the name says what it is.
  // "MP for <constituency>", "senator for <state>": the name after a seat is a place, not a person.
  if (sentenceWordList[scan.at + from - 1]?.text === 'for' && lexicon.titles.seats.has(sentenceWordList[scan.at + from - 2]?.text ?? '')) return undefined;
  // "shares in <name>", "a stake in <name> and <name>", "900,000 <name> shares": a name whose stock is owned is a company's.
  // (Not one ordinary word: "a stake in United" may name a company the article names in full.)
  const ordinaryWord = words.length === 1 && isOrdinaryWord(words[0]!.text, lexicon, lowerWords);
  if (!titled && !ordinaryWord && ownedAsStock(sentenceWordList, scan.at + from, scan.at + to, lexicon)) return scan.mention(from, to, { kind: 'entity', label: 'Organization', entries: [], reason: 'stock' });
  const after = sentenceWordList[scan.at + to];
  // "autonomous" names a place only before "region", "prefecture", ...: not in "L4 autonomous driving".
  const afterAutonomous = sentenceWordList[scan.at + to + 1]?.text.toLowerCase() ?? '';
  const autonomousPlace = after?.text.toLowerCase() !== 'autonomous' || isPlaceNoun(afterAutonomous) || ['regional', 'prefectural'].includes(afterAutonomous);
  // "the city of Deir al-Zor", "the town of <name>": the noun before "of" says it too (not in "Yangzhou city of East
  // China's Jiangsu province", where a longer name goes on).
  // ("Pengshan district of Meishan": there the noun is the name's before it.)
  const describing = sentenceWordList[scan.at + from - 3];
  const nounBefore = sentenceWordList[scan.at + from - 1]?.text === 'of' && (!describing?.capitalized || lexicon.demonyms.has(fold(describing.text))) ? sentenceWordList[scan.at + from - 2] : undefined;
  const nounLabel = (after && autonomousPlace ? placeNounLabel(after.text.toLowerCase()) : undefined) ??
    (nounBefore && /^\p{Ll}/u.test(nounBefore.text) && !after?.capitalized ? placeNounLabel(nounBefore.text) : undefined);
  // "the small Fife town of Kirkcaldy": after a determiner, a name before "town of" is the wider place the town lies
  // in; "in Boao town of Qionghai city" names the town itself.
  const determined = sentenceWordList.slice(Math.max(0, scan.at + from - 3), scan.at + from).some((w) => ['the', 'a', 'an'].includes(w.text.toLowerCase()));
  // "the largely Kurdish town of": an adjective of a people (-ish, -ese) before the noun names no place.
  if (nounLabel && words.length === 1 && /\p{Ll}(?:ish|ese)$/u.test(last.text)) return undefined;
  const placeLabel = nounLabel === 'City' && determined && sentenceWordList[scan.at + to + 1]?.text === 'of' ? 'Region' : nounLabel;
  // "the English city of Bath": before "city" or "town", a word after an article is an adjective.
  const adjective = placeLabel === 'City' && ['a', 'an', 'the'].includes(sentenceWordList[scan.at + from - 1]?.text.toLowerCase() ?? '');
  // ("Capital city plans ...": an everyday word opening a sentence is no place's name before its noun.)
  const everydayOpener = () => words.length === 1 && words[0]!.sentenceInitial && lexicon.vocabulary.has(words[0]!.text.toLowerCase()) && !lexicon.gazetteer.lookup(words[0]!.text).length;
  if (placeLabel && !titled && !adjective && !everydayOpener()) {
    // "Chiang Mai province": a division named like a city is known with its noun.
    const withNoun = after && nounLabel === placeNounLabel(after.text.toLowerCase()) ? lexicon.gazetteer.lookup(`${scan.span(from, to).text} ${after.text}`).filter((e) => e.label === 'Region') : [];
    if (withNoun.length > 0) return scan.mention(from, to, { kind: 'entity', label: 'Region', entries: withNoun, reason: 'lexicon' });
    // "Guangxi Zhuang autonomous region": the lexicon may know the name with its noun, or its first word alone.
    for (let k = to; k > from; k--) {
      const entries = lexicon.gazetteer.lookup(scan.span(from, k).text).filter((e) => e.label === 'Region' || e.label === 'City');
      if (entries.length > 0) return scan.mention(from, to, { kind: 'entity', label: entries[0]!.label, entries, reason: 'lexicon' });
    }
    return scan.mention(from, to, { kind: 'entity', label: placeLabel, entries: [], reason: 'place-noun' });
  }
  // "in <name> State", "from Zorvia Province": a region's noun in capitals closing a name of no everyday word, after a
  // preposition of place, names the region.
  if (
    !titled && words.length === 2 && REGION_NAME_NOUNS.has(last.text) && PLACE_PREPOSITIONS.has(sentenceWordList[scan.at + from - 1]?.text ?? '') &&
    !lexicon.vocabulary.has(folded[0]!) && !isPersonNameWord(folded[0]!, lexicon)
  ) {
    return scan.mention(from, to, { kind: 'entity', label: 'Region', entries: [], reason: 'place-noun' });
  }
  if (words.length === 1) {
    const word = words[0]!;
    if (word.acronym) {
      // Two letters the lexicon does not know ("NE", "CT") are abbreviations of anything; bodies' acronyms are longer.
      const letters = word.text.replace(/[^\p{L}]/gu, '');
      const common = lexicon.commonAcronyms.has(word.text.replace(/\./g, '').toUpperCase());
      // "BA chairman" after "British Airways": an acronym that is also a common one ("a BA degree") is kept as a
      // name, which resolution binds only to a body the article spells out with those initials.
      // So is a two-letter one ("told ST" after "The Straits Times").
      if ((common || letters.length === 2) && /^\p{Lu}{2,}$/u.test(word.text)) return scan.mention(from, to, { kind: 'name', entries: [], reason: 'common-acronym', titled: false });
      if (letters.length < 3 || common || (/\d/.test(word.text) && !/[A-Z]{2}/.test(word.text))) return undefined;
      // "ZQX 2026 opens": an acronym the lexicon does not know, before a year, names an edition of an event.
      if (YEAR.test(sentenceWordList[scan.at + to]?.text ?? '')) return undefined;
      return scan.mention(from, to, { kind: 'entity', label: 'Organization', entries: [], reason: 'acronym' });
    }
    if (isOrdinaryWord(word.text, lexicon, lowerWords)) return undefined;
    return scan.mention(from, to, { kind: 'name', entries: [], reason: titled ? 'title' : 'bare-name', titled });
  }
  if (lexicon.organizationWords.corporateSuffixes.has(fold(last.text))) {
    return scan.mention(from, to, { kind: 'entity', label: 'Organization', entries: [], reason: 'org-suffix' });
  }
  // "the Zentrix Sea", "the Bohai Strait", "<city> Bay": a name closed by a sea's noun is that sea, an area (and a Region).
  if (words.length >= 2 && !titled && SEA_NOUNS.has(last.text) && !isOrdinaryWord(words[0]!.text, lexicon, lowerWords)) {
    return scan.mention(from, to, { kind: 'entity', label: 'Region', entries: [], reason: 'sea-name' });
  }
  // "Air Canada", "Banco <name>": a word that opens bodies' names, unless a rank follows ("Air Chief Marshal <name>")
  // or only ordinary words do ("Air Force One").
  if (lexicon.organizationWords.leadingHeads.has(folded[0]!) && !words.some((_, j) => scan.titleLength(from + j) > 0) &&
    words.slice(1).some((w) => !isOrdinaryWord(w.text, lexicon, lowerWords))) {
    return scan.mention(from, to, { kind: 'entity', label: 'Organization', entries: [], reason: 'org-head' });
  }
  // "ZHAI XIAOXUE/CHINA DAILY": a photo credit names the photographer, in capitals, beside a slash.
  if (words.every((w) => w.acronym) && (after?.text === '/' || sentenceWordList[scan.at + from - 1]?.text === '/')) return undefined;
  // "JP McManus", "AJ Smith": two initials before a surname are a person's.
  if (words.length === 2 && /^\p{Lu}{2}$/u.test(words[0]!.text) && !words[1]!.acronym && (lexicon.surnames.has(fold(words[1]!.text)) || /^(Mc|Mac|O')\p{Lu}/u.test(words[1]!.text))) {
    return scan.mention(from, to, { kind: 'entity', label: 'Person', entries: [], reason: 'known-name', titled });
  }
  // "M.A. <name>", "A.B.M. <name> <name>": dotted initials before a name that is no body's are a person's.
  // Two initials at least: "I. The" and "V. Timeline" number a list.
  if (/^(\p{Lu}\.){2,4}$/u.test(words[0]!.text) && words.length > 1 && lexicon.gazetteer.lookup(words[0]!.text).length === 0 &&
    words.slice(1).every((w) => w.capitalized && !w.acronym && !lexicon.organizationWords.heads.has(fold(w.text)) && !isOrdinaryWord(w.text, lexicon, lowerWords))) {
    return scan.mention(from, to, { kind: 'entity', label: 'Person', entries: [], reason: 'known-name', titled });
  }
  // "Peter T.C. <surname>": dotted initials between a given name and a surname are a middle name's.
  const dotted = (w: Word) => /^(\p{Lu}\.){1,3}$/u.test(w.text);
  if (words.length >= 3 && lexicon.givenNames.has(folded[0]!) && words.slice(1, -1).every(dotted) && !last.acronym && last.capitalized) {
    return scan.mention(from, to, { kind: 'entity', label: 'Person', entries: [], reason: 'known-name', titled });
  }
  // "<given name> <surname> Monday warned": a weekday after a person's name dates the verb; it is no part of the name.
  if (words.length > 2 && WEEKDAYS.has(folded[folded.length - 1]!) && lexicon.givenNames.has(folded[0]!)) return classifyName(scan, from, to - 1, words.slice(0, -1), titled, sentenceWordList, lexicon, lowerWords);
  const acronym = words.findIndex((w) => w.acronym && !lexicon.commonAcronyms.has(w.text));
  // "UKIP MEPs": a plural title after a body's acronym names its members, not the body.
  if (acronym >= 0 && words.length > 1 && isPluralTitle(last, lexicon)) return classifyName(scan, from, to - 1, words.slice(0, -1), titled, sentenceWordList, lexicon, lowerWords);
  // "<given name> ZK <surname> The Straits Times": in a credit line, initials are a writer's, not a body's.
  if (acronym >= 0 && isPersonNameWord(folded[0]!, lexicon) && outletFollows(sentenceWordList, scan.at + to, lexicon)) return undefined;
  // ("Prime Minister KP <surname>": after a title, initials open a person's name.)
  if (acronym === 0 && titled && words.length >= 2 && words.length <= 3 && words.slice(1).every((w) => w.capitalized && !w.acronym && !isOrdinaryWord(w.text, lexicon, lowerWords) && !lexicon.vocabulary.has(w.text.toLowerCase()))) {
    return scan.mention(from, to, { kind: 'entity', label: 'Person', entries: [], reason: 'title', titled });
  }
  if (acronym >= 0) {
    // "GDS Data" is a company; in "Stop TTIP" only the acronym is a name.
    const ordinary = words.some((w) => !w.acronym && isOrdinaryWord(w.text, lexicon, lowerWords));
    const at = ordinary ? from + acronym : from;
    return scan.mention(at, ordinary ? at + 1 : to, { kind: 'entity', label: 'Organization', entries: [], reason: 'acronym' });
  }
  // "<name> QC", "<name> MSP", "MSP <name>": a post-nominal or a title in capitals beside a name of two words or more.
  const common = (w: Word) => w.acronym && lexicon.commonAcronyms.has(w.text.replace(/\./g, '').toUpperCase());
  const givenFirst = (rest: Word[]) => lexicon.givenNames.has(fold(rest[0]!.text));
  if (words.length >= 3 && common(words[words.length - 1]!) && !words.slice(0, -1).some((w) => w.acronym) && givenFirst(words)) {
    return classifyName(scan, from, to - 1, words.slice(0, -1), titled, sentenceWordList, lexicon, lowerWords);
  }
  if (words.length >= 3 && common(words[0]!) && !words.slice(1).some((w) => w.acronym) && givenFirst(words.slice(1))) {
    return classifyName(scan, from + 1, to, words.slice(1), true, sentenceWordList, lexicon, lowerWords);
  }
  if (words.some((w) => w.acronym)) return undefined;
  // "Milano Cortina 2026", "Expo 2030": a name before a year names an event, not a person.
  if (after && YEAR.test(after.text)) return undefined;
  // "Paulo Ramos de Lima", "envoy Staffan de Mistura": name particles inside a name that opens with a given name
  // or follows a title.
  const connectors = words.filter((w) => !w.capitalized);
  // ("<name> de <name>, chairman of": so does one a title describes in apposition.)
  const appositiveTitle = after?.text === ',' && longestPhrase(sentenceWordList, scan.at + to + 1, lexicon.titles.any, lexicon.titles.modifiers) > 0;
  // (At most four names besides the particles: "<name> bin <name> bin <name> Al <name>".)
  const particles = connectors.length + words.filter((w, k) => k > 0 && k < words.length - 1 && CAPITALISED_PARTICLES.has(w.text)).length;
  const particleName = connectors.length > 0 && connectors.every((w) => NAME_PARTICLES.has(w.text)) && (titled || lexicon.givenNames.has(folded[0]!) || longestPhraseEndingAt(sentenceWordList, scan.at + from, lexicon.titles.any) > 0 || appositiveTitle) && words.length - particles <= 4;
  if ((connectors.length > 0 && !particleName) || words.length > 4 + particles) return undefined;
  // "chairman of Zentrix Star Innovation", "firms such as Qarsa Threads and Brovanek Robotics": a name no list knows,
  // of a word or more that is no everyday English, after a title and "of" or in a list of bodies, is a body's.
  const knownName = folded.some((f) => isPersonNameWord(f, lexicon));
  if (!titled && !knownName && connectors.length === 0 && words.length >= 2 && words.some((w) => !lexicon.vocabulary.has(w.text.toLowerCase()))) {
    const roleOf = sentenceWordList[scan.at + from - 1]?.text === 'of' && longestPhraseEndingAt(sentenceWordList, scan.at + from - 1, lexicon.titles.any) > 0;
    if (roleOf || listedAmongBodies(sentenceWordList, scan.at + from, lexicon)) return scan.mention(from, to, { kind: 'entity', label: 'Organization', entries: [], reason: 'named-as-body' });
  }
  const ordinary = folded.filter((f) => lexicon.commonWords.has(f) && !NAME_PARTICLES.has(f)).length;
  // "Liberal MPs", "Law Lords": a plural title ends a name of a group, not of a person.
  if (isPluralTitle(last, lexicon)) return undefined;
  // "Lord Justices <surname> and <surname>", "Ministers <surname> and <surname>": nor does one open a name; it titles the
  // names after it.
  if (isPluralTitle(words[0]!, lexicon)) return words.length > 1 ? classifyName(scan, from + 1, to, words.slice(1), true, sentenceWordList, lexicon, lowerWords) : undefined;
  if (!titled && ordinary > 0 && !knownName) return undefined;
  // "the United Nations High Level Advisory Body": a name ending in a noun for a kind of body, with no known name
  // word, is no person's.
  if (!titled && !knownName && lexicon.organizationWords.nouns.has(last.text)) return undefined;
  // "Azteca Stadium", "the Qarsaba Mosque": a landmark, not a person, unless a given name opens it ("Charlotte Church");
  // so is a name before a landmark's noun in lower case, after a modifier or two ("from <name> station", "linking
  // <name> railway station", "<name> international airport").
  if (!titled && !lexicon.givenNames.has(folded[0]!) && lexicon.organizationWords.landmarks.has(folded[folded.length - 1]!)) return undefined;
  if (!titled && landmarkNounFollows(sentenceWordList, scan.at + to, lexicon)) return undefined;
  // Ordinary words that are nobody's name open no person's name: "Monday <name>", "Cardinal <name>" keep the rest,
  // "Time Warner" and "Smartphone Free Childhood" are no person at all.
  if (lexicon.titles.placePrefixes.hasFolded(folded[0]!)) return undefined;
  // "fight the Suffolk Coastal seat": an electoral district is no entity of ours.
  if (after && CONSTITUENCY_NOUNS.has(after.text)) return undefined;
  // "Roman Catholic Archbishop <name>", "the Roman Catholic Archbishop of <city>": words before an honorific and a name
  // (or its see) describe that person.
  const afterHonorific = sentenceWordList[scan.at + to + 1];
  if (after && lexicon.titles.honorifics.has(after.text) && (afterHonorific?.capitalized || afterHonorific?.text === 'of')) return undefined;
  // "An Audience With <given name> <surname>": a function word in capitals inside the run is a title's (a show's, a
  // book's); the person is at most the name after it.
  const functionWord = words.findLastIndex((w, k) => k > 0 && TITLE_FUNCTION_WORDS.has(w.text));
  if (!titled && functionWord > 0) {
    return words.length - functionWord > 2 ? classifyName(scan, from + functionWord + 1, to, words.slice(functionWord + 1), false, sentenceWordList, lexicon, lowerWords) : undefined;
  }
  const plain = (f: string) => (lexicon.commonWords.has(f) || lowerWords.has(f)) && !isPersonNameWord(f, lexicon);
  if (!titled && plain(folded[0]!)) {
    let k = 1;
    while (k < words.length && plain(folded[k]!)) k++;
    return words.length - k >= 2 ? classifyName(scan, from + k, to, words.slice(k), false, sentenceWordList, lexicon, lowerWords) : undefined;
  }
  // "said Prebon Yamane economist <name>": a name right before a lower-case title and another name holds the title.
  const title = after && /^\p{Ll}/u.test(after.text) ? longestPhrase(sentenceWordList, scan.at + to, lexicon.titles.any) : 0;
  // "An Operation Black Vote spokesman said": a name between an article and a title holds it.
  const article = ['a', 'an', 'the'].includes(sentenceWordList[scan.at + from - 1]?.text.toLowerCase() ?? '');
  if (title > 0 && (sentenceWordList[scan.at + to + title]?.capitalized || (article && !titled && !knownName))) {
    // "Senate Majority leader <name>": the side within the body is no part of its name.
    let end = to;
    while (end - from > 1 && lexicon.titles.caucusQualifiers.has(scan.words[end - 1]!.text)) end--;
    return scan.mention(from, end, { kind: 'entity', label: 'Organization', entries: [], reason: 'title-holder' });
  }
  // "Wembley Stadium", "the High Level Advisory Body": a last word the article also writes in lower case is a common
  // noun, and a name that ends in one names a thing, not a person.
  if (!titled && !knownName && lowerWords.has(last.text.toLowerCase())) return undefined;
  return scan.mention(from, to, { kind: 'entity', label: 'Person', entries: [], reason: titled ? 'title' : knownName ? 'known-name' : 'name-shape', titled });
}
