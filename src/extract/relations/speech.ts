// QUOTED_IN and INTERVIEWED_BY: who is quoted (directly or in reported speech), and to which outlet they gave an interview.
import { fold } from '../../lexicon/fold.js';
import { OUTLET_REASON, type ResolvedEntity } from '../resolve.js';
import { mapArray } from '../packed-array.js';
import { namesOutlet } from '../mentions.js';
import { COMPOUND_CONJUNCTIONS, POSSESSIVE_MARKS } from '../words.js';
import { beforeTitleOf, findPhrases, mentionOpeningAt, persons, speakerOf, subjectBefore, subjectBeforeAppositive, subjectBeforeRelativeClause, type EntityMention, type Relation, type RelationContext } from './context.js';

const INVERSION_MARKS = new Set([',', '"', '”', "'", '’']);
// (Also the halves of a German compound's name: "<name> Kredit- und <name> Bank".)
const NAME_LINKS = new Set(['of', 'the', 'at', 'for', '-', ...COMPOUND_CONJUNCTIONS]);

/** The person named within a few words after a verb, with only a body and a title between ("said <body> analyst <name>"). */
function namedAfter(context: RelationContext, s: number, position: number): ResolvedEntity | undefined {
  const view = context.views[s]!;
  const person = persons(context.resolved[s]!).find((m) => m.mention.wordFirst > position && m.mention.wordFirst <= position + 12);
  if (!person) return undefined;
  const between = view.words.slice(position + 1, person.mention.wordFirst);
  // ("saying that <name> will": "that" opens the reported clause, whose subject the name is.)
  if (!between.every((w) => /^[\p{L}&'’-]+$/u.test(w.text) && w.text !== 'that')) return undefined;
  // Farther than seven words, only a body's long name and a title stand between ("said <country> External Trade
  // Development Corp deputy chief executive <name>"), not a clause ("said it was important to know whether ...").
  const { any, modifiers } = context.lexicon.titles;
  return between.length <= 6 || between.every((w) => w.capitalized || any.has(w.text) || modifiers.has(w.text) || NAME_LINKS.has(w.text)) ? person.entity : undefined;
}

/** "<name> and <name>, who said they opposed it", "<title> <name> who said": the people the relative clause describes. */
function describedBySpeech(context: RelationContext, s: number, position: number): ResolvedEntity[] {
  const view = context.views[s]!;
  if (view.words[position - 1]?.text !== 'who') return [];
  // (Also without the comma: "backed by <title> <name> who said".)
  const comma = view.words[position - 2]?.text === ',' ? 1 : 0;
  const people = persons(context.resolved[s]!);
  const last = people.find((m) => m.mention.wordLast === position - 1 - comma);
  if (!last) return [];
  // "<title> <name> and <title> <name>, who said": past the second one's title to the "and".
  const k = beforeTitleOf(view, last);
  const joined = view.words[k]?.text === 'and' ? people.find((m) => m.mention.wordLast === k) : undefined;
  return joined ? [joined.entity, last.entity] : [last.entity];
}

export function speechRelations(context: RelationContext): Relation[] {
  const relations: Relation[] = [];
  context.views.forEach((view, s) => {
    const speech = findPhrases(context, view, context.lexicon.triggers.speech);
    for (const position of speech) {
      // "X said", "he added"; else "said X".
      const after = persons(context.resolved[s]!).find((m) => m.mention.wordFirst === position + 1)?.entity;
      // '"...," said <name>', '"...," said <body> analyst <name>': after a quotation the person named after the verb
      // speaks, not whom a pronoun would mean.
      // ("Sir <name>, <body> director general, warned <name>": a comma closing the subject's appositive is no inversion.)
      // (", saying <name> will": a participle is never inverted.)
      // ("<name>, meeting with <title> <name>, noted": the subject before its appositive speaks.)
      // ("<name>, who chairs <body>, said <name> would": nor is the comma closing the subject's relative clause.)
      const describedSubject = subjectBeforeAppositive(context, s, position) ?? subjectBeforeRelativeClause(context, s, position);
      const inverted = INVERSION_MARKS.has(view.words[position - 1]?.text ?? '') && !view.words[position]!.text.endsWith('ing') && !describedSubject;
      // ("The prosecutor also said <name> lied": after a lower-case word the name opens the reported clause.)
      // (So it does after a body's name: "<company> said <name>, formerly ..., has been named".)
      const clauseSubject = /^\p{Ll}/u.test(view.words[position - 1]?.text ?? '') || context.resolved[s]!.some((m) => m.mention.wordLast === position && (m.entity.label === 'Organization' || m.entity.label === 'Country'));
      const speaker = (inverted ? namedAfter(context, s, position) : undefined) ?? describedSubject ?? speakerOf(context, s, position) ?? (clauseSubject ? undefined : after);
      if (speaker) relations.push({ type: 'QUOTED_IN', source: speaker, target: 'article', sentence: s, rule: 'quoted:speech-verb' });
      else for (const person of describedBySpeech(context, s, position)) relations.push({ type: 'QUOTED_IN', source: person, target: 'article', sentence: s, rule: 'quoted:who-said' });
      // "X told Reuters", "X told the BBC": speaking to a news outlet is giving it an interview.
      const outlet = speaker && view.words[position]!.text.toLowerCase().startsWith('tol') ? outletAt(context, s, position + 1) : undefined;
      if (speaker && outlet) {
        relations.push({ type: 'INTERVIEWED_BY', source: speaker, target: outlet.entity, sentence: s, rule: 'interviewed:told-outlet' });
      }
    }
    for (const position of findPhrases(context, view, context.lexicon.triggers.speechPhrases)) {
      // "according to X", "in a statement, X"; a phrase that ends in a verb of saying is its subject's ("X was quoted
      // as saying", "<title>, X, was quoted as saying").
      const named = persons(context.resolved[s]!).find((m) => m.mention.wordFirst > position && m.mention.wordFirst <= position + 4);
      // ("according to <name>'s ministry": the person's body speaks, not the person.)
      const bodyOf = named && POSSESSIVE_MARKS.has(view.words[named.mention.wordLast]?.text ?? '') && context.lexicon.organizationWords.nouns.has(view.words[named.mention.wordLast + 1]?.text ?? '');
      const after = bodyOf ? undefined : named?.entity;
      const speaker = after ?? (endsInSpeechVerb(context, view.words, position) ? subjectBefore(context, s, position) : undefined);
      if (speaker) relations.push({ type: 'QUOTED_IN', source: speaker, target: 'article', sentence: s, rule: 'quoted:speech-phrase' });
    }
    // "Speaking to the BBC, <name> said", "<name> said on <broadcaster>'s <programme>": to or on a news outlet.
    for (let position = 0; position < view.words.length - 2; position++) {
      const preposition = view.words[position + 1]!.text;
      if (preposition !== 'on' && preposition !== 'to') continue;
      const speaking = SPEAKING.has(view.words[position]!.text.toLowerCase());
      if (!speaking && !(preposition === 'on' && speech.includes(position))) continue;
      const outlet = outletAt(context, s, position + 2);
      const person = outlet && (speakerOf(context, s, position) ?? persons(context.resolved[s]!).find((m) => m.mention.wordFirst > outlet.mention.wordLast)?.entity);
      if (outlet && person) relations.push({ type: 'INTERVIEWED_BY', source: person, target: outlet.entity, sentence: s, rule: 'interviewed:on-outlet' });
    }
    for (const position of findPhrases(context, view, context.lexicon.triggers.interview)) {
      // "an interview with <outlet>", "an interview posted to <outlet>'s channel", "an interview published by <outlet>".
      const published = INTERVIEW_PARTICIPLES.has(view.words[position + 1]?.text ?? '');
      const preposition = view.words[position + (published ? 2 : 1)]?.text.toLowerCase() ?? '';
      if (!(published ? PUBLISHED_PREPOSITIONS : INTERVIEW_PREPOSITIONS).has(preposition)) continue;
      const reach = position + (published ? 5 : 4);
      const outlet = context.resolved[s]!.find((m) => m.mention.wordFirst > position && m.mention.wordFirst <= reach && m.entity.label === 'Organization');
      if (!outlet) continue;
      const person = subjectBefore(context, s, position) ?? persons(context.resolved[s]!).find((m) => m.mention.wordFirst > outlet.mention.wordLast)?.entity;
      if (person) relations.push({ type: 'INTERVIEWED_BY', source: person, target: outlet.entity, sentence: s, rule: 'interviewed:interview-with' });
    }
    // "<newspaper> spoke with <name> and <name>", "<agency> interviewed <name>": the outlet interviews everyone named after it.
    const outlet = context.resolved[s]!.find((m) => OUTLET_INTERVIEWS.has(view.words[m.mention.wordLast]?.text ?? '') && isOutlet(context, m.entity));
    if (outlet) {
      const verb = view.words[outlet.mention.wordLast]!.text;
      const preposition = view.words[outlet.mention.wordLast + 1]?.text ?? '';
      if (verb === 'interviewed' || preposition === 'with' || preposition === 'to') {
        for (const person of persons(context.resolved[s]!).filter((m) => m.mention.wordFirst > outlet.mention.wordLast)) {
          relations.push({ type: 'INTERVIEWED_BY', source: person.entity, target: outlet.entity, sentence: s, rule: 'interviewed:outlet-spoke-with' });
        }
      }
    }
  });
  return relations;
}

/** The news outlet named from word k of sentence s, past a "the" ("told Reuters", "told the BBC"). */
function outletAt(context: RelationContext, s: number, k: number): EntityMention | undefined {
  return mentionOpeningAt(context, s, k, (m) => isOutlet(context, m.entity)) ?? describedOutletAt(context, s, k);
}

/**
 * "told Danish newspaper <name>", "told the state broadcaster <name>": a body named right after a noun for an outlet;
 * "told <name> radio": or right before one.
 */
function describedOutletAt(context: RelationContext, s: number, k: number): EntityMention | undefined {
  const words = context.views[s]!.words;
  const named = mentionOpeningAt(context, s, k, (m) => m.entity.label === 'Organization' && namesOutlet(words, m.mention.wordLast, context.lexicon));
  if (named) return named;
  for (let noun = k; noun < k + 3 && words[noun]; noun++) {
    if (namesOutlet(words, noun, context.lexicon)) return context.resolved[s]!.find((m) => m.mention.wordFirst === noun + 1 && m.entity.label === 'Organization');
  }
  return undefined;
}

const OUTLET_INTERVIEWS = new Set(['spoke', 'talked', 'interviewed']);
const INTERVIEW_PREPOSITIONS = new Set(['with', 'to']);
const INTERVIEW_PARTICIPLES = new Set(['posted', 'published', 'broadcast', 'aired', 'released']);
const PUBLISHED_PREPOSITIONS = new Set(['to', 'on', 'by', 'in']);
// Verbs that take "to" before the one spoken to: "speaking to the BBC".
const SPEAKING = new Set(['speaking', 'talking', 'spoke', 'talked', 'speak', 'talk']);

/** Whether the speech phrase starting at `position` ends in a verb of saying ("quoted as saying") or opens what was said ("agreed that"). */
function endsInSpeechVerb(context: RelationContext, words: readonly { text: string }[], position: number): boolean {
  const { speech, speechPhrases } = context.lexicon.triggers;
  for (let length = speechPhrases.maxWords; length > 1; length--) {
    const phrase = mapArray(words.slice(position, position + length), (w) => w.text).join(' ');
    if (speechPhrases.has(phrase)) return speech.has(words[position + length - 1]!.text) || words[position + length - 1]!.text === 'that';
  }
  return false;
}

/**
 * A news outlet: the lexicon says so, the text calls it one ("<name> magazine"), its name ends in a newspaper's word
 * ("Legal Daily", "Shanghai Securities News"), or names a broadcaster's channel ("BBC Radio 4").
 */
function isOutlet(context: RelationContext, entity: ResolvedEntity): boolean {
  if (entity.label !== 'Organization') return false;
  const words = mapArray(entity.name.split(' '), fold);
  const { mastheads, numberedHeads } = context.lexicon.organizationWords;
  return entity.kind === 'media' || entity.reason === OUTLET_REASON || mastheads.has(words[words.length - 1]!) || words.some((w) => numberedHeads.has(w));
}
