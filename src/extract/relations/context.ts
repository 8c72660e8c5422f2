// What every relation rule reads: the sentences with their resolved mentions, the lexicon, and helpers over words.
import type { EntityLabel, RelationType } from '../../schema/labels.js';
import type { Lexicon, WordSet } from '../../lexicon/index.js';
import { fold } from '../../lexicon/fold.js';
import type { TextDocument } from '../../text/analyse.js';
import { longestPhraseEndingAt, type Mention, type SentenceView } from '../mentions.js';
import { DATELINE_DASHES, POSSESSIVE_MARKS, type Word } from '../words.js';
import { mapArray } from '../packed-array.js';
import type { ResolvedEntity, Resolution } from '../resolve.js';

export interface Relation {
  type: RelationType;
  source: ResolvedEntity;
  /** The Article node for QUOTED_IN. */
  target: ResolvedEntity | 'article';
  sentence: number;
  rule: string;
}

export interface EntityMention {
  mention: Mention;
  entity: ResolvedEntity;
}

export interface RelationContext {
  doc: TextDocument;
  views: SentenceView[];
  lexicon: Lexicon;
  resolution: Resolution;
  /** Per sentence: mentions that resolved to an entity, in text order. */
  resolved: EntityMention[][];
  /** Per sentence: the person a "he" or "she" there most likely means. */
  salient: (ResolvedEntity | undefined)[];
  /** The same for "he" and for "she" alone, past a person an honorific gives the other sex ("Ms <name>" for a "he"). */
  salientBySex: Record<Sex, (ResolvedEntity | undefined)[]>;
  /** Per sentence and word: inside a quotation, which may have opened a sentence before in the paragraph. */
  quoted: boolean[][];
  /** The sex of each person an honorific gives one ("Mr", "Ms"). */
  sexes: Map<ResolvedEntity, Sex>;
  /** Per sentence, once findPhrases has read it: where each trigger set's phrases start. */
  phraseHits: (Map<WordSet, number[]> | undefined)[];
}

const PRONOUNS = new Set(['he', 'she', 'his', 'her']);
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
type Sex = 'male' | 'female';
const PRONOUN_SEX: ReadonlyMap<string, Sex> = new Map([['he', 'male'], ['his', 'male'], ['she', 'female'], ['her', 'female']]);
const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'once', 'previously', 'recently', 'has also', 'would', 'will']);

export function relationContext(doc: TextDocument, views: SentenceView[], lexicon: Lexicon, resolution: Resolution): RelationContext {
  // A loop, not flatMap: flatMap made an array for every mention only to flatten it away.
  const resolved = mapArray(views, (view) => {
    const list: EntityMention[] = [];
    for (const mention of view.mentions) {
      const entity = resolution.entityOf.get(mention);
      if (entity) list.push({ mention, entity });
    }
    return list;
  });
  // The person a pronoun means: the first person named in the latest sentence that named one. Where a description by
  // title comes first ("the Brazilian president met <name>"), it is the subject and means the person before.
  const quoted = quotedBySentence(views);
  // ('"<name> wants a deal," said <name>': a person named in a quotation is talked of; the speaker is whom a "he" means.)
  const speakers = mapArray(resolved, (list, s) => list.filter((m) => m.entity.label === 'Person' && !quoted[s]![m.mention.wordFirst]));
  // '"...," a Western diplomat said': someone unnamed spoke last, whom a "he" after it means.
  const unnamed = mapArray(views, (view) => unnamedSpeaker(view.words, lexicon));
  const sexes = sexesByHonorific(views, resolved, lexicon);
  const salient = salientPersons(views, speakers, unnamed, lexicon, () => true);
  // (Where no honorific gives anyone a sex, "he" and "she" mean whom any pronoun means.)
  const salientBySex =
    sexes.size === 0
      ? { male: salient, female: salient }
      : {
          male: salientPersons(views, speakers, unnamed, lexicon, (person) => sexes.get(person) !== 'female'),
          female: salientPersons(views, speakers, unnamed, lexicon, (person) => sexes.get(person) !== 'male'),
        };
  return { doc, views, lexicon, resolution, resolved, salient, salientBySex, sexes, quoted, phraseHits: [] };
}

/** Per sentence and word, whether it is inside a quotation; one a sentence before opened goes on to the paragraph's end ('"It grew. It is fine," he said'). */
function quotedBySentence(views: SentenceView[]): boolean[][] {
  const quoted: boolean[][] = [];
  let open = false;
  views.forEach((view, s) => {
    if (s > 0 && views[s - 1]!.paragraph !== view.paragraph) open = false;
    const inside = quotedWords(view.words, view.words.length, open);
    if (inside.length > 0) open = inside[inside.length - 1]!;
    quoted.push(inside);
  });
  return quoted;
}

/** Per sentence, the first person `fits` takes among those named outside quotations in the latest sentence naming one. */
function salientPersons(views: SentenceView[], speakers: EntityMention[][], unnamed: boolean[], lexicon: Lexicon, fits: (person: ResolvedEntity) => boolean): (ResolvedEntity | undefined)[] {
  const salient: (ResolvedEntity | undefined)[] = [];
  let current: ResolvedEntity | undefined;
  speakers.forEach((list, s) => {
    salient.push(current);
    // ("Referring to <name>'s letter, the spokesman said <name> would come": a description after the phrase is the subject.)
    // ("Following comments by <name>, prices fell": with nobody named or described after the phrase, the one it names.)
    const view = views[s]!;
    const { words } = view;
    const start = afterOpeningPhrase(view, list, lexicon);
    const subject = start > 0 ? list.find((m) => m.mention.wordFirst >= start && fits(m.entity)) : undefined;
    const from = subject ? start : 1;
    const firstPerson = subject ?? (start > 0 && describedBetween(words, start, words.length, lexicon) ? undefined : list.find((m) => fits(m.entity)));
    if (firstPerson && !(current && describedBetween(words, from, firstPerson.mention.wordFirst, lexicon))) current = firstPerson.entity;
    if (unnamed[s]) current = undefined;
  });
  return salient;
}

/** Words that open a phrase set before a sentence's subject: "After meeting with <name>, <name> said", "At the end of his trip, <name> said". */
const PHRASE_OPENERS = new Set(['at', 'during', 'after', 'before', 'on', 'in', 'while', 'when', 'following', 'upon', 'ahead', 'throughout']);

// "According to <name>, ...": a phrase naming whom the sentence reports, the one a pronoun after it means.
const REPORTING_OPENERS = new Set(['according']);

/** Whether the sentence opens with a phrase set before its subject, which a comma closes ("Referring to <name>'s letter, <name> said": a participle's too). */
export function opensWithPhrase(view: SentenceView, lexicon: Lexicon): boolean {
  return openingPhraseStart(view, lexicon) >= 0;
}

/** Where the phrase set before the sentence's subject starts, or -1 where the sentence opens with none. */
function openingPhraseStart(view: SentenceView, lexicon: Lexicon): number {
  const start = proseStart(view);
  const first = view.words[start]?.text.toLowerCase() ?? '';
  return PHRASE_OPENERS.has(first) || (first.endsWith('ing') && lexicon.vocabulary.has(first) && !REPORTING_OPENERS.has(first)) ? start : -1;
}

/** Where the sentence's prose starts: past a dateline's dash ("<CITY>, <date> - During his visit, ..."), else its first word. */
function proseStart(view: SentenceView): number {
  const opening = view.words.findIndex((w, k) => k > 0 && w.sentenceInitial && DATELINE_DASHES.has(view.words[k - 1]!.text));
  return opening > 0 ? opening : 0;
}

/** The person named first after the comma at word `comma`, with only capitalised words (a title) between: the subject of what follows. */
export function subjectAfterComma(view: SentenceView, people: EntityMention[], comma: number): EntityMention | undefined {
  const subject = people.find((m) => m.mention.wordFirst > comma);
  return subject && view.words.slice(comma + 1, subject.mention.wordFirst).every((w) => w.capitalized) ? subject : undefined;
}

/** Where the word before the person's name stands, past the capitalised title before it: "visiting <title> <name>". */
export function beforeTitleOf(view: SentenceView, person: EntityMention): number {
  let k = person.mention.wordFirst - 1;
  while (k > 0 && view.words[k]!.capitalized) k--;
  return k;
}

/**
 * "After meeting with <title> <name>, <title> <name> told reporters": the people named in a phrase that opens the
 * sentence are not its subject, whom a pronoun after it means; where the phrase names someone, the word after its
 * comma is where the sentence's own people start (0 where it names nobody).
 */
function afterOpeningPhrase(view: SentenceView, people: EntityMention[], lexicon: Lexicon): number {
  const start = openingPhraseStart(view, lexicon);
  if (start < 0) return 0;
  const comma = view.words.findIndex((w, k) => k > start && w.text === ',');
  return comma > 0 && people.some((m) => m.mention.wordLast <= comma) ? comma + 1 : 0;
}

/** "Mr <name>", "Ms <name>": the sex an honorific before a person's name gives; none where the article's honorifics disagree. */
function sexesByHonorific(views: SentenceView[], resolved: EntityMention[][], lexicon: Lexicon): Map<ResolvedEntity, Sex> {
  const { male, female } = lexicon.titles.genderedHonorifics;
  const sexes = new Map<ResolvedEntity, Sex | 'both'>();
  resolved.forEach((list, s) => {
    for (const m of list) {
      if (m.entity.label !== 'Person') continue;
      const words = views[s]!.words;
      // ("Lord <name>": a peer's honorific is part of the name.)
      const first = m.mention.wordLast - m.mention.wordFirst > 1 ? words[m.mention.wordFirst]!.text : '';
      const honorific = (set: WordSet) => longestPhraseEndingAt(words, m.mention.wordFirst, set) > 0 || set.has(first);
      const sex: Sex | undefined = honorific(male) ? 'male' : honorific(female) ? 'female' : undefined;
      if (sex) sexes.set(m.entity, sexes.has(m.entity) && sexes.get(m.entity) !== sex ? 'both' : sex);
    }
  });
  const known = new Map<ResolvedEntity, Sex>();
  for (const [person, sex] of sexes) if (sex !== 'both') known.set(person, sex);
  return known;
}

/** The person a pronoun at the start of sentence `s` likely means: for "he" or "she", one of that sex if an honorific said. */
export function salientFor(context: RelationContext, s: number, pronoun: string): ResolvedEntity | undefined {
  const sex = PRONOUN_SEX.get(pronoun.toLowerCase());
  return sex ? context.salientBySex[sex][s] : context.salient[s];
}

/** Whether a pronoun may mean the person: an honorific gave the person no other sex. */
function agreesWith(context: RelationContext, pronoun: string, person: ResolvedEntity): boolean {
  const sex = PRONOUN_SEX.get(pronoun.toLowerCase());
  return !sex || !context.sexes.has(person) || context.sexes.get(person) === sex;
}

/** Folded first word to the trigger sets with a phrase starting with it: one lookup a word finds every set's hits. */
const phraseStartsByLexicon = new WeakMap<Lexicon, Map<string, WordSet[]>>();
const NO_HITS: readonly number[] = [];

function phraseStarts(lexicon: Lexicon): Map<string, WordSet[]> {
  let starts = phraseStartsByLexicon.get(lexicon);
  if (!starts) {
    starts = new Map();
    for (const set of Object.values(lexicon.triggers)) {
      for (const first of set.byFirstWord.keys()) starts.set(first, [...(starts.get(first) ?? []), set]);
    }
    phraseStartsByLexicon.set(lexicon, starts);
  }
  return starts;
}

// Plain loops, not some/every with closures: this runs for every word of every sentence.
function startsPhrase(folded: readonly string[], k: number, set: WordSet): boolean {
  const phrases = set.byFirstWord.get(folded[k]!);
  if (phrases === undefined) return false;
  for (const parts of phrases) {
    let j = 0;
    while (j < parts.length && folded[k + j] === parts[j]) j++;
    if (j === parts.length) return true;
  }
  return false;
}

/** Word positions in a sentence where a phrase of a trigger set starts (whole words, case-insensitive). */
export function findPhrases(context: RelationContext, view: SentenceView, set: WordSet): readonly number[] {
  // Kept on the context, not in a weak map keyed by view: the weak map's entries cost V8's collector more than
  // the lookups they saved.
  const cached = context.views[view.index] === view;
  let hits = cached ? context.phraseHits[view.index] : undefined;
  if (!hits) {
    hits = new Map();
    const starts = phraseStarts(context.lexicon);
    const folded = mapArray(view.words, (w) => fold(w.text));
    for (let k = 0; k < folded.length; k++) {
      const candidates = starts.get(folded[k]!);
      if (candidates === undefined || insideMention(view, k)) continue;
      for (const candidate of candidates) {
        if (!startsPhrase(folded, k, candidate)) continue;
        const list = hits.get(candidate);
        if (list) list.push(k);
        else hits.set(candidate, [k]);
      }
    }
    if (cached) context.phraseHits[view.index] = hits;
  }
  return hits.get(set) ?? NO_HITS;
}

/** Whether word `k` is inside a name of several words, past its first: "States" in "United States" is no verb of saying. */
function insideMention(view: SentenceView, k: number): boolean {
  for (const m of view.mentions) if (m.kind === 'entity' && m.wordFirst < k && k < m.wordLast) return true;
  return false;
}

export function isPronoun(text: string): boolean {
  return PRONOUNS.has(fold(text));
}

/** "he" or "she", not "his" or "her". */
export function isSubjectPronoun(text: string): boolean {
  return SUBJECT_PRONOUNS.has(fold(text));
}

export function persons(list: EntityMention[]): EntityMention[] {
  return list.filter((m) => m.entity.label === 'Person');
}

export function isPlaceLabel(label: EntityLabel | undefined): boolean {
  return label === 'Country' || label === 'City' || label === 'Region';
}

export function places(list: EntityMention[]): EntityMention[] {
  return list.filter((m) => isPlaceLabel(m.entity.label));
}

const SENTENCE_STOPS = new Set(['.', '?', '!']);

/** Whether the verb at `position` closes its sentence after "<what was said>, he": ", he said.", ", she told reporters on Monday.". */
function reportedBefore(words: readonly Word[], position: number): boolean {
  if (words[position - 2]?.text !== ',' || position < 4) return false;
  const rest = words.slice(position + 1);
  return rest.length <= 5 && !rest.some((w) => CLAUSE_WORDS.has(w.text.toLowerCase()) || w.text === ',' || w.text === ':');
}

/** The last word before `position` that ends a sentence the splitter kept whole ('."'), or -1. */
function lastStopBefore(words: readonly Word[], position: number): number {
  for (let k = position - 3; k > 0; k--) {
    const text = words[k]!.text;
    if (SENTENCE_STOPS.has(text) || (CLOSING_QUOTES.has(text) && /[.?!]$/.test(words[k - 1]!.text))) return k;
  }
  return -1;
}

/** The person a sentence's word position is about: the nearest named person before it, else the one a pronoun or "the premier" before it means. */
export function subjectBefore(context: RelationContext, sentence: number, position: number, pronounOnly = false): ResolvedEntity | undefined {
  const view = context.views[sentence]!;
  // "<name>'s son was stopped when travelling to Rome": the relative acts, not the person named.
  const relativeOf = (m: EntityMention) =>
    POSSESSIVE_MARKS.has(view.words[m.mention.wordLast]?.text ?? '') && context.lexicon.titles.relativeNouns.has(view.words[m.mention.wordLast + 1]?.text ?? '');
  const named = persons(context.resolved[sentence]!).filter((m) => m.mention.wordLast <= position && !relativeOf(m));
  // For a pronoun: "X said that, following <name>'s visit, a trip he described...": a possessive names whose thing
  // it is, not who speaks. (For a trip noun the possessive is the traveller: "<name>'s visit to".)
  // Nor is a name right before the pronoun: "a dinner hosted by <name> he told ...": had it been the subject, the
  // pronoun would not be there.
  const beforePronoun = (m: EntityMention) => isPronoun(view.words[m.mention.wordLast]?.text ?? '');
  // ('"<name> seems to have gone," he said': nor is a name inside the quotation the pronoun closes.)
  const quoted = context.quoted[sentence]!;
  // ("An aide to <name> said ..., which he said was": the aide, unnamed, is whom the pronoun means.)
  if (pronounOnly && named.length === 1 && isRelativeNamed(context, view, named[0]!)) return undefined;
  // ("Ms <name> ... he said": nor is a person of the other sex.)
  const pronoun = pronounOnly ? view.words[position - 1]?.text ?? '' : '';
  // ("After the board removed <name>, sales fell, he said": a pronoun after what it reports names no one in it.)
  // (From the last full stop a sentence missed: '<name> said: "...." <what was said>, he said'.)
  const reportFrom = pronounOnly && reportedBefore(view.words, position) ? lastStopBefore(view.words, position) : Infinity;
  const reported = (m: EntityMention) => m.mention.wordFirst > reportFrom;
  const acting = pronounOnly ? named.filter((m) => !POSSESSIVE_MARKS.has(view.words[m.mention.wordLast]?.text ?? '') && !beforePronoun(m) && !quoted[m.mention.wordFirst] && agreesWith(context, pronoun, m.entity) && !reported(m)) : named;
  // ("When he met <name>, he said": the same pronoun before every name means the same person.)
  const samePronounFirst = pronounOnly && named.length > 0 && isSubjectPronoun(pronoun) && view.words.slice(0, named[0]!.mention.wordFirst).some((w) => w.text.toLowerCase() === pronoun.toLowerCase());
  if (samePronounFirst) return salientFor(context, sentence, pronoun);
  // With every name ruled out that way, the pronoun means the person of the sentences before.
  if (pronounOnly && acting.length === 0 && named.some((m) => beforePronoun(m) || quoted[m.mention.wordFirst] || !agreesWith(context, pronoun, m.entity) || reported(m))) {
    const meant = salientFor(context, sentence, pronoun);
    return named.some((m) => reported(m) && m.entity === meant) ? undefined : meant;
  }
  const nearest = acting[acting.length - 1] ?? named[named.length - 1];
  if (nearest) return nearest.entity;
  const words = view.words.slice(0, position);
  const subjectPronoun = words.find((w) => isSubjectPronoun(w.text));
  if (subjectPronoun) return salientFor(context, sentence, subjectPronoun.text);
  // ("The chief executive will lead a delegation": the person the article named with that title, else the one salient.)
  const described = words.findIndex((_, k) => titleDescriptionEndsAt(words, k, context.lexicon));
  if (described < 0) return undefined;
  // (The longest title from there: "the chief executive", not "the chief".)
  for (let end = Math.min(position, described + 3); end > described; end--) {
    const description = titleDescriptionBefore(context, view.words, end);
    const holder = description && personTitledAs(context, sentence, description);
    if (holder) return holder;
  }
  return context.salient[sentence];
}

/**
 * "the premier", "the Brazilian president", "the US president", "the UN chief", "the government spokesman": a
 * description by title ends at word k, with only a country's adjective or name, or a body's, or one lower-case word
 * between "the" and the title.
 */
function titleDescriptionEndsAt(words: readonly Word[], k: number, lexicon: Lexicon): boolean {
  if (!lexicon.titles.any.has(words[k]!.text)) return false;
  let j = k - 1;
  if (j > 0 && words[j]!.text !== 'the' && (qualifierId(words[j]!, lexicon) || /^\p{Ll}+$/u.test(words[j]!.text))) j--;
  return words[j]?.text.toLowerCase() === 'the';
}

const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '’']);
const DESCRIPTION_WORD = /^\p{L}[\p{L}.-]*$/u;

/** "a senior Western diplomat", "one former USDA official": an indefinite description by title from word k. */
function unnamedDescriptionAt(words: readonly Word[], k: number, lexicon: Lexicon): boolean {
  if (!INDEFINITE.has(words[k]?.text.toLowerCase() ?? '')) return false;
  for (let j = k + 1; j < Math.min(words.length, k + 6) && DESCRIPTION_WORD.test(words[j]!.text); j++) {
    if (lexicon.titles.any.has(words[j]!.text) && !lexicon.titles.any.has(words[j + 1]?.text ?? '')) return true;
  }
  return false;
}

/**
 * '... <name> ...," a Western diplomat said', '...," said an official': a quotation closed before a verb of saying
 * and an indefinite description by title, whose speaker is unnamed (the names inside the quotation are not).
 */
function unnamedSpeaker(words: readonly Word[], lexicon: Lexicon): boolean {
  const { speech } = lexicon.triggers;
  for (let k = 1; k < words.length; k++) {
    if (!CLOSING_QUOTES.has(words[k - 1]!.text)) continue;
    if (unnamedDescriptionAt(words, k, lexicon)) return true;
    if (speech.has(words[k]!.text) && unnamedDescriptionAt(words, k + 1, lexicon)) return true;
  }
  return false;
}

// After a description by title, words that make it part of a longer noun phrase, likely an appositive to a name.
const PHRASE_LINKS = new Set(['of', 'at', 'for', 'in', 'to', 'from', 'with', 'and', 'or']);

/**
 * Whether a description by title stands as a subject between words `from` and `end`, a verb right after it ("the
 * president met", "<name> said the UN envoy told her"): not "the president's aide", nor "the chairman of <body>,
 * <name>", which name who it is.
 */
export function describedBetween(words: readonly Word[], from: number, end: number, lexicon: Lexicon): boolean {
  for (let k = Math.max(1, from); k < end; k++) {
    const next = words[k + 1]?.text ?? '';
    if (!/^\p{Ll}/u.test(next) || PHRASE_LINKS.has(next) || lexicon.titles.any.has(next)) continue;
    if (titleDescriptionEndsAt(words, k, lexicon)) return true;
  }
  return false;
}

/** Which of the first `end` words stand inside quotation marks. */
function quotedWords(words: readonly Word[], end: number, openAtStart: boolean): boolean[] {
  const inside: boolean[] = [];
  let open = openAtStart;
  for (let k = 0; k < end; k++) {
    const text = words[k]!.text;
    // A straight mark opens a quotation where it is glued to the word after it and closes one where it is glued to the
    // word before: counting marks goes wrong wherever a writer left a quotation open ('...rose... "It grew').
    if (text === '"') {
      const gluedAfter = words[k + 1]?.start === words[k]!.end;
      const gluedBefore = k > 0 && words[k - 1]!.end === words[k]!.start;
      open = gluedAfter !== gluedBefore ? gluedAfter : k === 0 || !open;
    } else if (text === '“') open = true;
    else if (text === '”') open = false;
    inside.push(open);
  }
  return inside;
}

/** Words that open a clause of their own: an appositive ends before them. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'and', 'but', 'said', 'says', 'is', 'was', 'has', 'had', 'will', 'would']);

/** The mention opening at word k of sentence s, past a "the" ("works at the <body>", "told the BBC"), that `accepts` takes. */
export function mentionOpeningAt(context: RelationContext, s: number, k: number, accepts: (m: EntityMention) => boolean): EntityMention | undefined {
  const at = context.views[s]!.words[k]?.text === 'the' ? k + 1 : k;
  return context.resolved[s]!.find((m) => m.mention.wordFirst === at && accepts(m));
}

/**
 * "<name>, <title words>, <verb>", "<name>, with aides in tow, is": the name opening the sentence, where the comma before
 * the verb at `position` closes its appositive.
 */
export function subjectBeforeAppositive(context: RelationContext, s: number, position: number): ResolvedEntity | undefined {
  const view = context.views[s]!;
  if (view.words[position - 1]?.text !== ',') return undefined;
  const subject = persons(context.resolved[s]!)[0];
  if (!subject || view.words[subject.mention.wordLast]?.text !== ',' || !opensSentence(view, subject)) return undefined;
  const appositive = view.words.slice(subject.mention.wordLast + 1, position - 1);
  const closes = appositive.length > 0 && appositive.length <= 8 && appositive.every((w) => /^[\p{L}&'’.-]+$/u.test(w.text) && !CLAUSE_WORDS.has(w.text.toLowerCase()));
  return closes ? subject.entity : undefined;
}

/** "<name>, who met <another name> ..., told the banks": the subject the relative clause closed before the verb at `position` describes. */
export function subjectBeforeRelativeClause(context: RelationContext, s: number, position: number): ResolvedEntity | undefined {
  const view = context.views[s]!;
  const opener = persons(context.resolved[s]!)[0];
  if (view.words[position - 1]?.text !== ',' || !opener || opener.mention.wordLast >= position) return undefined;
  const relative = view.words[opener.mention.wordLast]?.text === ',' && view.words[opener.mention.wordLast + 1]?.text === 'who';
  return relative && opensSentence(view, opener) ? opener.entity : undefined;
}

/** Whether the person opens the sentence, as its subject: nothing but capitalised words (a title) stands before. */
export function opensSentence(view: SentenceView, person: EntityMention): boolean {
  for (let k = 0; k < person.mention.wordFirst; k++) if (!view.words[k]!.capitalized) return false;
  return true;
}

/** "<relative> of <title> <name>", "an aide to <name>": the name only says whose friend, wife or aide the subject is. */
function isRelativeNamed(context: RelationContext, view: SentenceView, person: EntityMention): boolean {
  let k = person.mention.wordFirst - 1;
  const { any, modifiers } = context.lexicon.titles;
  while (k > 0 && (view.words[k]!.capitalized || any.has(view.words[k]!.text) || modifiers.has(view.words[k]!.text))) k--;
  if (view.words[k]?.text !== 'of' && view.words[k]?.text !== 'to') return false;
  const noun = view.words[k - 1]?.text ?? '';
  return context.lexicon.titles.relativeNouns.has(noun) && /^\p{Ll}/u.test(noun);
}

/** "and" between two capitalised words joins a name ("Public and Commercial Services"), not two clauses. */
function insideName(words: readonly Word[], k: number): boolean {
  return words[k]!.text === 'and' && Boolean(words[k - 1]?.capitalized) && Boolean(words[k + 1]?.capitalized);
}

// The words between a person's name and the body the person speaks for: "<name> of <body> said".
const BODY_LINKS = new Set(['of', 'at', 'from']);

const UNCLOSED_APPOSITIVE_OPENERS = new Set(['a', 'an', 'from', 'of']);

/** The subject of a verb at `position`, read from the word just before it: "Lee said", "he added", "X, a researcher at Y, said". */
export function speakerOf(context: RelationContext, sentence: number, position: number): ResolvedEntity | undefined {
  const view = context.views[sentence]!;
  const before = view.words[position - 1];
  if (!before) return undefined;
  const people = persons(context.resolved[sentence]!);
  // "X said", and "X has observed", "X also said": a person right before the verb, past an auxiliary or two.
  let end = position;
  while (end > position - 2 && AUXILIARIES.has(view.words[end - 1]?.text.toLowerCase() ?? '')) end--;
  const adjacent = people.find((m) => m.mention.wordLast === position) ?? people.find((m) => m.mention.wordLast === end);
  // "A close associate of former <body> boss <name> has told": the relative speaks, not the person named.
  if (adjacent && isRelativeNamed(context, view, adjacent)) return undefined;
  if (adjacent) return adjacent.entity;
  // "<name> of <body> said", "<name> at the <body> says": the person the body's name follows speaks for it.
  let body = context.resolved[sentence]!.find((m) => m.entity.label === 'Organization' && m.mention.wordLast === end);
  // ("<name> from the <body>'s <unit> told": past the unit, to the body that owns it.)
  if (body && POSSESSIVE_MARKS.has(view.words[body.mention.wordFirst - 1]?.text ?? '')) {
    const unit = body;
    body = context.resolved[sentence]!.find((m) => m.entity.label === 'Organization' && m.mention.wordLast === unit.mention.wordFirst - 1) ?? body;
  }
  if (body) {
    let k = body.mention.wordFirst - 1;
    if (view.words[k]?.text === 'the') k--;
    const speaker = BODY_LINKS.has(view.words[k]?.text ?? '') ? people.find((m) => m.mention.wordLast === k) : undefined;
    if (speaker) return speaker.entity;
  }
  if (isPronoun(before.text)) return subjectBefore(context, sentence, position, true);
  // '"...," the finance minister said': the person the article named with that title.
  const description = titleDescriptionBefore(context, view.words, position);
  if (description) return personTitledAs(context, sentence, description);
  const relativeSubject = subjectBeforeRelativeClause(context, sentence, position);
  if (relativeSubject) return relativeSubject;
  const described = people.filter((m) => m.mention.wordLast < position).pop();
  const named = described?.entity;
  // "X, a researcher at Y, said" and "X spoke ... and said"; after a closing quote with nobody named, the person a pronoun would mean.
  if (before.text === ',' || before.text === 'and') return named;
  // "<name>, a strategist at <body> told Reuters", "<name>, from the <body> union said": an appositive the writer did
  // not close with a comma. Only for the sentence's subject and "a"/"an"/"from"/"of": in "sent to <name>, the men's
  // solicitor says" the solicitor speaks.
  // ('"...," <name>, a spokesman told the BBC': right after a quotation the name is the subject too.)
  const afterQuotation = !!described && CLOSING_QUOTES.has(view.words[described.mention.wordFirst - 1]?.text ?? '');
  if (described && view.words[described.mention.wordLast]?.text === ',' && UNCLOSED_APPOSITIVE_OPENERS.has(view.words[described.mention.wordLast + 1]?.text.toLowerCase() ?? '') &&
    (opensSentence(view, described) || afterQuotation) &&
    !view.words.slice(described.mention.wordLast + 1, position).some((w, k, between) => w.text === ',' || !/^[\p{L}&'’.-]+$/u.test(w.text) || (CLAUSE_WORDS.has(w.text.toLowerCase()) && !insideName(between, k)))) return described.entity;
  // ('"...," said one former official': someone unnamed.)
  if (CLOSING_QUOTES.has(before.text)) return unnamedDescriptionAt(view.words, position + 1, context.lexicon) ? undefined : named ?? context.salient[sentence];
  return undefined;
}

/** "the prime minister", "the Tory leader", "the shadow chancellor": a definite description by title and what qualifies it. */
interface TitleDescription {
  /** Where its "the" stands. */
  first: number;
  /** The title's folded words. */
  title: string[];
  /** Folded modifiers before the title ("shadow", "deputy"): a holder must have the same. */
  modifiers: string[];
  /** The country or body a qualifier names ("Tory", "Russian"): a holder qualified otherwise is someone else. */
  qualifier?: string;
}

/** What a capitalised qualifier before a title names, as an id: "Russian" and "Russia" the same country, "Tory" the Conservatives. */
function qualifierId(word: Word, lexicon: Lexicon): string | undefined {
  const country = lexicon.demonyms.get(fold(word.text));
  if (country) return `country:${country}`;
  if (!word.capitalized) return undefined;
  return lexicon.gazetteer.lookup(word.text).find((e) => e.label === 'Country' || e.label === 'Organization')?.id;
}

/** Modifiers and a qualifier read back from word `k` (inclusive), at most three words; returns where they start. */
function qualifiersBefore(words: readonly Word[], k: number, lexicon: Lexicon, into: TitleDescription): number {
  const { modifiers, oppositionModifiers } = lexicon.titles;
  let j = k;
  while (j >= 0 && k - j < 3) {
    const word = words[j]!;
    if (modifiers.has(word.text) || oppositionModifiers.has(word.text)) into.modifiers.push(fold(word.text));
    else {
      const id = into.qualifier === undefined ? qualifierId(word, lexicon) : undefined;
      if (!id) break;
      into.qualifier = id;
    }
    j--;
  }
  return j + 1;
}

/** A definite description by title just before word `position` ("the finance minister said"). */
function titleDescriptionBefore(context: RelationContext, words: readonly Word[], position: number): TitleDescription | undefined {
  const length = longestPhraseEndingAt(words, position, context.lexicon.titles.any);
  const titleFirst = position - length;
  if (length === 0 || titleFirst < 1) return undefined;
  const description: TitleDescription = { first: 0, title: mapArray(words.slice(titleFirst, position), (w) => fold(w.text)), modifiers: [] };
  description.first = qualifiersBefore(words, titleFirst - 1, context.lexicon, description) - 1;
  return words[description.first]?.text.toLowerCase() === 'the' ? description : undefined;
}

/** The person a description by title at words [first, end) means ("the US president" after "U.S. President <name>"), if the article named one so. */
export function describedFrom(context: RelationContext, sentence: number, first: number, end: number): ResolvedEntity | undefined {
  const description = titleDescriptionBefore(context, context.views[sentence]!.words, end);
  return description?.first === first ? personTitledAs(context, sentence, description) : undefined;
}

/** Whether the title at words [first, first + title length) holds the description: same title, same modifiers, no other qualifier. */
function holdsTitle(words: readonly Word[], first: number, description: TitleDescription, lexicon: Lexicon): boolean {
  if (first < 0) return false;
  for (let k = 0; k < description.title.length; k++) if (fold(words[first + k]?.text ?? '') !== description.title[k]) return false;
  const held: TitleDescription = { first, title: description.title, modifiers: [] };
  qualifiersBefore(words, first - 1, lexicon, held);
  if (held.modifiers.length !== description.modifiers.length || held.modifiers.some((m) => !description.modifiers.includes(m))) return false;
  return held.qualifier === undefined || description.qualifier === undefined || held.qualifier === description.qualifier;
}

/** After a title: what closes an appositive ("<name>, the finance minister, said", "..., the finance minister of <country>"), not a verb. */
function closesAppositive(next: Word | undefined): boolean {
  return next === undefined || !/^\p{L}/u.test(next.text) || PHRASE_LINKS.has(next.text);
}

/**
 * The person the article last named with the description's title, before it: "Finance Minister <name>" or
 * "<name>, the finance minister," for "the finance minister said"; nobody when no one was named so.
 */
function personTitledAs(context: RelationContext, sentence: number, description: TitleDescription): ResolvedEntity | undefined {
  const length = description.title.length;
  for (let s = sentence; s >= 0; s--) {
    const words = context.views[s]!.words;
    const people = persons(context.resolved[s]!);
    for (let i = people.length - 1; i >= 0; i--) {
      const { mention, entity } = people[i]!;
      if (s === sentence && mention.wordLast > description.first) continue;
      // ("Interior Minister Dr <name>": past an honorific between the title and the name.)
      const titleEnd = mention.wordFirst - longestPhraseEndingAt(words, mention.wordFirst, context.lexicon.titles.honorifics);
      if (holdsTitle(words, titleEnd - length, description, context.lexicon)) return entity;
      // "<name>, the finance minister, said", "<name>, Tory leader,".
      if (words[mention.wordLast]?.text !== ',') continue;
      const opener = words[mention.wordLast + 1]?.text.toLowerCase();
      const from = opener === 'the' || opener === 'a' ? mention.wordLast + 2 : mention.wordLast + 1;
      // (Not the description itself: "Agreeing with <name>, the prime minister said".)
      const last = s === sentence ? description.first - length : words.length;
      for (let k = from; k <= Math.min(from + 2, last - 1); k++) {
        if (!holdsTitle(words, k, description, context.lexicon) || !closesAppositive(words[k + length])) continue;
        if (k === from || qualifiersBefore(words, k - 1, context.lexicon, { first: k, title: [], modifiers: [] }) <= from) return entity;
      }
    }
  }
  return undefined;
}
