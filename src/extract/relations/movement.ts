// VISITED and MET_WITH: who travels where, and who meets whom, read from trigger words and the people and places around them.
import type { Lexicon } from '../../lexicon/index.js';
import type { ResolvedEntity } from '../resolve.js';
import { mapArray } from '../packed-array.js';
import { beforeTitleOf, describedBetween, describedFrom, findPhrases, isPlaceLabel, isPronoun, isSubjectPronoun, mentionOpeningAt, opensSentence, opensWithPhrase, persons, places, salientFor, subjectAfterComma, subjectBefore, subjectBeforeAppositive, type EntityMention, type Relation, type RelationContext } from './context.js';
import { DATE_WORDS, type SentenceView } from '../mentions.js';
import { POSSESSIVE_MARKS } from '../words.js';

// A place after one of these words, in a sentence about a visit or a meeting, is where it happened.
const LOCATIVE = new Set(['in', 'at', 'to']);
const DATELINE_HERE = new Set(['here']);
const BEYOND = new Set(['outside', 'beyond']);
// Nouns for travellers in general, before a trip word: "tourist visits", "visitors flew in".
const TRAVELLERS = new Set(['tourist', 'tourists', 'visitor', 'visitors', 'traveller', 'travellers', 'traveler', 'travelers', 'passenger', 'passengers', 'pilgrim', 'pilgrims']);
// A person named after one of these is met or received, not the one who came: "meet with <name> here".
const HOST_PREPOSITIONS = new Set(['with', 'by', 'to', 'from', 'for', 'on', 'of', 'at', 'and']);
// Words opening a clause of time, whose -ing form of travel is the sentence subject's: "before travelling to".
const TIME_CONJUNCTIONS = new Set(['before', 'after', 'while', 'when', 'since']);
// "and then visited", "and later flew": words between "and" and a verb it joins to an earlier one.
const SEQUENCE_ADVERBS = new Set(['then', 'later', 'also', 'subsequently']);
// Words before a person that make the person the object of the clause's verb, besides the verbs of meeting and verbs in
// -ed: "met with <name>", "told <name>".
const OBJECT_MARKS = new Set(['with', 'by', 'to', 'from', 'for', 'told']);
// (And "courtesy", the first word of "paid a courtesy call on <name>".)
const MEETING_VERBS = new Set(['met', 'meet', 'meets', 'meeting', 'meetings', 'held', 'hold', 'holds', 'courtesy']);
// A return goes home more often than not: index.ts drops such a trip to the traveller's own country.
const RETURN = new Set(['return', 'returns', 'returned', 'returning']);
const PASSIVE = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being']);
const MET_VERBS = new Set(['met', 'meet', 'meets']);
const COME = new Set(['come', 'comes', 'came', 'coming']);
const ATTEND = new Set(['attend', 'visit', 'address', 'sign', 'open', 'tour']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'that', 'those', 'our']);

export function movementRelations(context: RelationContext, datelineCity: ResolvedEntity | undefined): Relation[] {
  const relations: Relation[] = [];
  context.views.forEach((view, s) => {
    const list = context.resolved[s]!;
    const people = persons(list);
    const placesNamed = places(list);
    // Pushed in loops rather than spread from mapped arrays: an empty and a full mapped array differ in V8's shape, and
    // each shape first met late made V8 recompile this whole callback.
    const visitTriggers: { position: number; reach: number }[] = [];
    for (const position of findPhrases(context, view, context.lexicon.triggers.visit)) visitTriggers.push({ position, reach: 14 });
    // "left Paris", "attend ... in": words that mean travel only with the place right after them.
    for (const position of findPhrases(context, view, context.lexicon.triggers.visitNear)) visitTriggers.push({ position, reach: 6 });
    for (const { position, reach } of visitTriggers) {
      // "Distinguished Visiting Professor": a capitalised trigger inside a sentence is part of a name or title, unless a
      // preposition follows it ("a State Visit to <country>").
      const trigger = view.words[position]!;
      if (trigger.capitalized && !trigger.sentenceInitial && inBody(context, s) && !TRIP_PREPOSITIONS.has(view.words[position + 1]?.text ?? '')) continue;
      // "In return, <country> will ...": an idiom, not a trip.
      if (RETURN.has(trigger.text.toLowerCase()) && view.words[position - 1]?.text.toLowerCase() === 'in') continue;
      // "When it comes to trade, ...": an idiom with "it" for subject, not a trip.
      if (COME.has(trigger.text.toLowerCase()) && view.words[position - 1]?.text.toLowerCase() === 'it') continue;
      // "air travel", "business travel": travel as a noun is travel in general, nobody's trip.
      if (trigger.text.toLowerCase() === 'travel' && isTravelNoun(context, s, position)) continue;
      // "tourist visits to <place>", "tourists flew to <place>": travellers in general, nobody named.
      if (TRAVELLERS.has(view.words[position - 1]?.text.toLowerCase() ?? '')) continue;
      // With nobody named before the trigger, the visitor is named after it only in "Having visited X, Y said".
      // ("At the end of his Asia trip, <name> said": nor in an opening phrase whose pronoun means the subject after it.)
      const opening = position < 5 || introducesSubject(view, people, position, context.lexicon) ? people.find((m) => m.mention.wordFirst > position)?.entity : undefined;
      // "<name> will explain it to <name> before travelling to Europe": the clause of time shares the sentence's subject.
      // (Not "<name>'s son was stopped when travelling": the possessive's relative is.)
      const opener = people[0];
      const subject =
        opener && TIME_CONJUNCTIONS.has(view.words[position - 1]?.text ?? '') && trigger.text.endsWith('ing') && opensSentence(view, opener) && !POSSESSIVE_MARKS.has(view.words[opener.mention.wordLast]?.text ?? '') ? opener.entity : undefined;
      // "met with visiting German Chancellor <name>": the person "visiting" describes is the visitor.
      const guest = trigger.text === 'visiting' ? people.find((m) => m.mention.wordFirst > position && visitingBefore(view, m))?.entity : undefined;
      // "the visit of <name>", "the visit of the US president to <country>": the trip is the one named after "of"
      // (not "a tour of <place>", where the place follows).
      const tripNoun = isTripNoun(context, s, position);
      const of = tripNoun && view.words[position + 1]?.text === 'of' && !placeAfterOf(context, s, position + 2);
      const named = of ? visitorAfterOf(context, s, position + 2) : undefined;
      // "a China visit by <title> <name>", "the visit to <place> by <name>": the one named after "by" travels.
      const by = tripNoun && !of ? visitorAfterBy(context, s, position, placesNamed) : undefined;
      // "<name> invited the firm's chief to visit <place>": the one invited travels, if named.
      const invited = invitedBefore(context, s, position);
      if (invited && !invited.guest) continue;
      const visitor = of ? named?.entity : by ?? invited?.guest ?? guest ?? subject ?? sharedSubject(context, s, position) ?? subjectBefore(context, s, position) ?? opening ?? sentenceSubjectByPronoun(context, s, position);
      // ("<name> said the UN envoy told her she would travel": the description is whom the pronoun means.)
      const lastNamed = people.filter((m) => m.mention.wordLast <= position).pop();
      const described = !guest && !subject && !!lastNamed && describedBetween(view.words, lastNamed.mention.wordLast, position - 1, context.lexicon);
      if (!visitor || inReportedClauseOfAnother(context, s, position) || described) continue;
      const companion = jointSubject(context, s, people, visitor, position);
      const nextPerson = people.find((m) => m.mention.wordFirst > position && m.entity !== visitor);
      const limit = Math.min(nextPerson?.mention.wordFirst ?? Infinity, position + reach);
      const visitorAt = (k: number) => people.some((m) => m.entity === visitor && m.mention.wordFirst <= k && k < m.mention.wordLast);
      // (The places right after the trip noun, or after the "of" phrase naming its visitor.)
      const destinations = tripNoun ? placesRightAfter(view, placesNamed, named ? named.end - 1 : position, visitorAt) : undefined;
      // ("his China visit", "a Europe tour by <name>": the place right before the trip noun.)
      const placeBefore = tripNoun ? placesNamed.find((m) => m.mention.wordLast === position && DETERMINERS.has(view.words[m.mention.wordFirst - 1]?.text.toLowerCase() ?? '')) : undefined;
      if (placeBefore) destinations!.add(placeBefore);
      // "to coincide with the visit of <title> <name>" under a "PEKING, March 3 -" dateline, and no place named after
      // the trip: the trip is to where the story was filed from (kept only for one known to come from elsewhere).
      // (A country in the visitor's title is none: "the visit of U.S. Secretary of State <name>".)
      const tripEnd = named ? named.end - 1 : position;
      if (tripNoun && datelineCity && !placesNamed.some((m) => m.mention.wordFirst > tripEnd)) relations.push({ type: 'VISITED', source: visitor, target: datelineCity, sentence: s, rule: 'visited:dateline-trip' });
      for (const place of placesNamed) {
        // "travelling outside the former Soviet Union": a place one goes beyond is no destination; nor, past other words,
        // one a noun's "between" joins ("visit <place> before a summit between <place> and <place>"; "travel between" is a trip).
        const beyond = view.words.slice(position + 1, place.mention.wordFirst).some((w, k) => BEYOND.has(w.text.toLowerCase()) || (k > 0 && w.text === 'between'));
        // "to meet with US President <name>": a country in the title of the next person named is no destination.
        const titleOfNext = !!nextPerson && place.mention.wordLast < nextPerson.mention.wordFirst && view.words.slice(place.mention.wordLast, nextPerson.mention.wordFirst).every((w) => w.capitalized);
        const after = (place === placeBefore || place.mention.wordFirst > position) && place.mention.wordFirst < limit && (!destinations || destinations.has(place)) && !beyond && !titleOfNext;
        // "who is in China to attend": the place just before the trigger, with nothing but a few words between.
        const gap = mapArray(view.words.slice(place.mention.wordLast, position), (w) => w.text);
        const locativeBefore = place.mention.wordLast <= position && gap.length <= 2 && !gap.includes(',') && LOCATIVE.has(view.words[place.mention.wordFirst - 1]?.text.toLowerCase() ?? '');
        if ((after && !followsFrom(view, place)) || (locativeBefore && people.length <= 1)) {
          // ("heading back to <country>", "flew back home": a return too.)
          const returning = RETURN.has(trigger.text.toLowerCase()) || view.words[position + 1]?.text === 'back';
          const rule = returning ? 'visited:return' : after ? 'visited:trigger-place' : 'visited:place-trigger';
          relations.push({ type: 'VISITED', source: visitor, target: place.entity, sentence: s, rule });
          if (companion) relations.push({ type: 'VISITED', source: companion, target: place.entity, sentence: s, rule: 'visited:joint-subject' });
        }
      }
    }
    const stay = presentFor(context, s, people);
    if (stay) relations.push({ type: 'VISITED', source: stay.person, target: stay.place, sentence: s, rule: 'visited:in-place-for' });
    // "signed here yesterday by ... <name>", "<name>, who told reporters here" under a "PARIS, March 27" dateline.
    const here = datelineCity ? view.words.findIndex((w) => DATELINE_HERE.has(w.text.toLowerCase())) : -1;
    const visitor = here > 0 ? visitorHere(context, s, here, people) : undefined;
    if (visitor) relations.push({ type: 'VISITED', source: visitor, target: datelineCity!, sentence: s, rule: 'visited:dateline-here' });
    const meetTriggers = findPhrases(context, view, context.lexicon.triggers.meet);
    const attendee = attendedBy(context, s, meetTriggers);
    if (attendee) relations.push({ type: 'VISITED', source: attendee.person, target: attendee.city, sentence: s, rule: 'visited:attended-in-city' });
    for (const position of meetTriggers) {
      const callOn = CALL.has(view.words[position]!.text.toLowerCase());
      if (callOn && !callPaid(view, position, people)) continue;
      relations.push(...meetings(context, s, position, people));
      // "met (with) Thai Prime Minister <name>": capitalised words of a title may stand before the person met.
      const objectFrom = view.words[position + 1]?.text === 'with' ? position + 2 : position + 1;
      const titledAfter = (m: EntityMention) => view.words.slice(objectFrom, m.mention.wordFirst).every((w) => w.capitalized);
      const object = (m: EntityMention) => m.mention.wordFirst > position && (m.mention.wordFirst <= objectFrom + 2 || (m.mention.wordFirst <= objectFrom + 5 && titledAfter(m))) && view.words[position]!.text.toLowerCase() !== 'meeting';
      // "<host> received <title> <guest> in <city>": the guest came (kept only where known to be from elsewhere: see
      // findRelations); the host, receiving, is at home.
      if (context.lexicon.triggers.meetOneWay.has(view.words[position]!.text) && !PASSIVE.has(view.words[position - 1]?.text.toLowerCase() ?? '')) {
        const guest = people.find(object);
        const city = guest && placesNamed.find((m) => m.entity.label === 'City' && m.mention.wordFirst > guest.mention.wordLast && locatedBy(view, m));
        if (city) relations.push({ type: 'VISITED', source: guest.entity, target: city.entity, sentence: s, rule: 'visited:hosted-in-city' });
        continue;
      }
      // "he met with Gulf leaders in Riyadh": a meeting in a city is a visit to it ("peace talks in Geneva" is not).
      if (!MEETING_VERBS.has(view.words[position]!.text.toLowerCase()) && !callOn) continue;
      // Someone named (or meant) before the verb travelled; the person met after "met" is often the host, but in
      // "the meeting between A and B is to take place in Z" both came.
      const subject = subjectBefore(context, s, position) ?? people.find((m) => !object(m))?.entity;
      if (!subject) continue;
      // "met with visiting German Chancellor <name> in <city>": the visitor is the person met; the subject hosts.
      const visiting = people.find((m) => m.mention.wordFirst > position && visitingBefore(view, m));
      // ("met <name> and urged them to reopen their embassies in <city>": a place in what is urged is not where they met.)
      const urged = view.words.findIndex((w, k) => k > position && context.lexicon.triggers.invite.has(w.text.toLowerCase()));
      for (const place of placesNamed) {
        if (place.mention.wordFirst < position || (urged > 0 && place.mention.wordFirst > urged)) continue;
        // "<name> and his <demonym> counterpart <name> met in <country>": everyone there from another country came (kept
        // only then: see findRelations).
        if (place.entity.label === 'Country' && view.words[place.mention.wordFirst - 1]?.text === 'in' && view.words[position]!.text === 'met') {
          for (const person of people.filter((m) => m.mention.wordFirst < place.mention.wordFirst)) {
            relations.push({ type: 'VISITED', source: person.entity, target: place.entity, sentence: s, rule: 'visited:met-in-country' });
          }
        }
        if (place.entity.label !== 'City') continue;
        // ("attended by the <country>'s Ambassador in <city> <name>": a post's seat, not where the meeting was.)
        const postSeat = context.lexicon.titles.any.has(view.words[place.mention.wordFirst - 2]?.text ?? '');
        if (locatedBy(view, place) && !postSeat) {
          if (visiting) {
            relations.push({ type: 'VISITED', source: visiting.entity, target: place.entity, sentence: s, rule: 'visited:visiting-guest' });
            continue;
          }
          relations.push({ type: 'VISITED', source: subject, target: place.entity, sentence: s, rule: 'visited:met-in-city' });
          // The person met came too when they are known to be from elsewhere (kept only then: see findRelations).
          for (const guest of people.filter((m) => object(m) && m.entity !== subject && m.mention.wordFirst < place.mention.wordFirst)) {
            relations.push({ type: 'VISITED', source: guest.entity, target: place.entity, sentence: s, rule: 'visited:met-in-city-guest' });
          }
        }
      }
    }
  });
  relations.push(...eventAttendees(context));
  return relations;
}

// Nouns for a gathering that is held somewhere, and verbs of taking part in one.
const GATHERINGS = new Set(['meeting', 'meetings', 'summit', 'forum', 'conference', 'dialogue', 'session', 'talks', 'ceremony', 'expo', 'fair']);
const HELD = new Set(['held', 'hosted', 'opened', 'convened', 'place']);
const TAKING_PART = new Set(['attended', 'attends', 'attending', 'chaired', 'chairs', 'chairing', 'co-chaired', 'co-chairs', 'co-chairing', 'addressed', 'addresses', 'addressing', 'opened', 'opens']);

/**
 * "The ministers' meeting was held on Friday in <city>. ... <title> <name>, who co-chaired the meeting, said": one who
 * takes part in "the" gathering a story said was held in a city was there (kept only for one known to come from
 * another country: see findRelations). The gathering is the last one the story placed before the sentence.
 */
function eventAttendees(context: RelationContext): Relation[] {
  const relations: Relation[] = [];
  let venue: ResolvedEntity | undefined;
  context.views.forEach((view, s) => {
    const words = view.words;
    // (Most sentences name no gathering, and most stories place none: they are passed over before their places are read.)
    const gathering = words.findIndex((w) => GATHERINGS.has(w.text.toLowerCase()));
    if (gathering < 0 && !venue) return;
    const cities = places(context.resolved[s]!).filter((m) => m.entity.label === 'City');
    // ("was held Friday in <country>'s northern city of <city>": the "in" a few words before the city.)
    const held = gathering >= 0 ? words.findIndex((w, k) => k > gathering && HELD.has(w.text)) : -1;
    const hosts = held >= 0 ? cities.filter((m) => m.mention.wordFirst > held && words.slice(Math.max(held, m.mention.wordFirst - 7), m.mention.wordFirst).some((w) => w.text === 'in')) : [];
    if (hosts.length === 1) {
      venue = hosts[0]!.entity;
      return;
    }
    if (!venue || cities.length > 0) return;
    for (const person of persons(context.resolved[s]!)) {
      // "<name> co-chaired the meeting", "<name>, who attended the ministerial meeting,".
      let verb = person.mention.wordLast;
      if (words[verb]?.text === ',' && words[verb + 1]?.text === 'who') verb += 2;
      if (!TAKING_PART.has(words[verb]?.text ?? '') || words[verb + 1]?.text !== 'the') continue;
      const noun = words.slice(verb + 2, verb + 5).findIndex((w) => GATHERINGS.has(w.text.toLowerCase()));
      if (noun >= 0 && words.slice(verb + 2, verb + 2 + noun).every((w) => /^\p{Ll}/u.test(w.text) || /^\d/u.test(w.text))) {
        relations.push({ type: 'VISITED', source: person.entity, target: venue, sentence: s, rule: 'visited:event-city' });
      }
    }
  });
  return relations;
}

// The verb of "called on <name>", a visit paid, which the meeting triggers hold only with "on".
const CALL = new Set(['call', 'calls', 'called', 'calling']);
// After the person called on, words that make the call an appeal: "called on <name> to resign", "... not to".
const APPEAL = new Set(['to', 'not']);

/**
 * "<title> <name> called on <title> <name> here": a visit paid to the person named right after "on" (past a title). Not
 * "called on <name> to resign" nor "called on <name>, the minister, to act" (an appeal), nor "a call on Tuesday".
 */
function callPaid(view: SentenceView, position: number, people: EntityMention[]): boolean {
  const host = people.find((m) => m.mention.wordFirst > position + 1);
  if (!host || !onlyTitleBetween(view, position + 2, host)) return false;
  let next = host.mention.wordLast;
  if (view.words[next]?.text === ',') {
    const close = view.words.findIndex((w, k) => k > next && k <= next + 12 && w.text === ',');
    if (close > 0) next = close + 1;
  }
  return !APPEAL.has(view.words[next]?.text.toLowerCase() ?? '');
}

// The word after a meeting verb that opens whom it meets: "met with", "called on".
const MET_OBJECT_OPENERS = new Set(['with', 'on']);
// Words that join the words of a long title: "the Minister for Commerce, Industries and Production, <name>".
const TITLE_LINKS = new Set(['the', 'of', 'for', 'and', '&', ',']);

/** Whether only a title, however long, stands between word `from` and the person: capitalised words and the words that join them. */
function onlyTitleBetween(view: SentenceView, from: number, person: EntityMention): boolean {
  return person.mention.wordFirst - from <= 16 && view.words.slice(from, person.mention.wordFirst).every((w) => w.capitalized || TITLE_LINKS.has(w.text));
}

/** "in <city>", "at <city>", and past the noun in apposition before it: "in the capital <city>". */
function locatedBy(view: SentenceView, place: EntityMention): boolean {
  let k = place.mention.wordFirst - 1;
  if (view.words[k]?.text === 'capital' && view.words[k - 1]?.text === 'the') k -= 2;
  return LOCATIVE.has(view.words[k]?.text.toLowerCase() ?? '');
}

/** "visiting <title> <name>": "visiting" before the person's capitalised title. */
function visitingBefore(view: SentenceView, person: EntityMention): boolean {
  return view.words[beforeTitleOf(view, person)]?.text === 'visiting';
}

// Nouns for a party of visitors, whose head named after "led by" is the one met.
const DELEGATIONS = new Set(['delegation', 'delegations']);
// Passive verbs whose agent takes part in a meeting: "attended by", "headed by".
const ATTENDING_VERBS = new Set(['attended', 'headed', 'led', 'chaired', 'addressed']);

/**
 * "The talks in Geneva were attended by <name>", "The trade talks in Geneva are led by <title> <name>": the
 * person who attends or leads a meeting held in a city is there.
 */
function attendedBy(context: RelationContext, s: number, meetTriggers: readonly number[]): { person: ResolvedEntity; city: ResolvedEntity } | undefined {
  const view = context.views[s]!;
  const verb = view.words.findIndex((w, k) => ATTENDING_VERBS.has(w.text) && view.words[k + 1]?.text === 'by');
  if (verb < 0) return undefined;
  const { any } = context.lexicon.titles;
  const person = persons(context.resolved[s]!).find((m) => m.mention.wordFirst > verb + 1 && view.words.slice(verb + 2, m.mention.wordFirst).every((w) => w.capitalized || any.has(w.text)));
  const city = places(context.resolved[s]!).find((m) => m.entity.label === 'City' && m.mention.wordLast <= verb && view.words[m.mention.wordFirst - 1]?.text === 'in' && meetTriggers.some((t) => t === m.mention.wordFirst - 2));
  return person && city ? { person: person.entity, city: city.entity } : undefined;
}

/**
 * "<name> and <name> visited <city> in May": the person joined by "and" to the visitor, where the two open the
 * sentence before the verb, travelled too. So in "<name> and <name> toured <city> and will next week visit
 * <country>": a second verb phrase joined by "and" shares the pair as subject.
 */
function jointSubject(context: RelationContext, s: number, people: EntityMention[], visitor: ResolvedEntity, position: number): ResolvedEntity | undefined {
  const view = context.views[s]!;
  const second = people.find((m) => m.entity === visitor && m.mention.wordLast <= position);
  if (!second || view.words[second.mention.wordFirst - 1]?.text !== 'and') return undefined;
  const first = people.find((m) => m.mention.wordLast === second.mention.wordFirst - 1);
  if (!first || first.entity === visitor || !opensSentence(view, first)) return undefined;
  // Nothing but time words between the pair, or the "and" of a second verb phrase, and the verb: no clause of its own
  // ("X and Y said Z visited"). (A verb's "-s" or "-ed" ends that; "this" in "will this week visit" does not.)
  const timeWordsUpTo = (from: number) => {
    const between = view.words.slice(from, position);
    return between.length <= 3 && between.every((w) => /^\p{Ll}/u.test(w.text) && !w.text.endsWith('ed') && (!w.text.endsWith('s') || w.text === 'this'));
  };
  if (timeWordsUpTo(second.mention.wordLast)) return first.entity;
  let and = position - 1;
  while (and > second.mention.wordLast && view.words[and]!.text !== 'and') and--;
  const firstPhrase = view.words.slice(second.mention.wordLast, and);
  const speaks = findPhrases(context, view, context.lexicon.triggers.speech).some((k) => k > second.mention.wordLast && k < and);
  return and > second.mention.wordLast + 1 && timeWordsUpTo(and + 1) && !speaks && firstPhrase.every((w) => w.text !== ',' && !isPronoun(w.text)) ? first.entity : undefined;
}

/** "travel" after an adjective or a noun ("air travel"), not after what makes it a verb ("will travel", "<name> and <name> travel"). */
function isTravelNoun(context: RelationContext, s: number, position: number): boolean {
  const before = context.views[s]!.words[position - 1];
  return !!before && !VERB_CUES.has(before.text.toLowerCase()) && !isPronoun(before.text) && !persons(context.resolved[s]!).some((m) => m.mention.wordLast === position);
}

/** "tour of (the) <place>": the place the trip noun's "of" opens, unless it only qualifies a title ("of the US president"). */
function placeAfterOf(context: RelationContext, s: number, k: number): boolean {
  const place = mentionOpeningAt(context, s, k, (m) => isPlaceLabel(m.entity.label));
  if (place) return !context.lexicon.titles.any.has(context.views[s]!.words[place.mention.wordLast]?.text ?? '');
  // ("a tour of four Gulf states: <country>, <country> and <country>".)
  const listed = places(context.resolved[s]!).find((m) => m.mention.wordFirst > k);
  return !!listed && opensCountedList(context.views[s]!.words, k, listed.mention.wordFirst);
}

/** The visitor named from word k after a trip noun's "of" (and where the phrase ends): a person ("the visit of <title> <name>") or the one a description by title means. */
function visitorAfterOf(context: RelationContext, s: number, k: number): { entity: ResolvedEntity; end: number } | undefined {
  const view = context.views[s]!;
  // ("the visit of U.S. Secretary of State <name>": a title's "of" too.)
  const named = persons(context.resolved[s]!).find((m) => m.mention.wordFirst >= k && m.mention.wordFirst <= k + 6);
  if (named && view.words.slice(k, named.mention.wordFirst).every((w, j) => w.capitalized || w.text === 'the' || (w.text === 'of' && j > 0))) return { entity: named.entity, end: named.mention.wordLast };
  for (let end = k + 1; end <= k + 5 && end <= view.words.length; end++) {
    const described = describedFrom(context, s, k, end);
    if (described) return { entity: described, end };
  }
  return undefined;
}

/** Whether the trigger stands in a phrase opening the sentence, before a comma and the sentence's subject named after it. */
function introducesSubject(view: SentenceView, people: EntityMention[], position: number, lexicon: Lexicon): boolean {
  if (!opensWithPhrase(view, lexicon) || people.some((m) => m.mention.wordLast <= position)) return false;
  const comma = view.words.findIndex((w, k) => k > position && w.text === ',');
  const subject = comma > 0 ? subjectAfterComma(view, people, comma) : undefined;
  // (Nobody named between the trigger and the comma.)
  return !!subject && subject === people.find((m) => m.mention.wordFirst > position);
}

/** The visitor named after "by" that follows a trip noun, or its destination: "visit to <place> by <title> <name>". */
function visitorAfterBy(context: RelationContext, s: number, position: number, placesNamed: EntityMention[]): ResolvedEntity | undefined {
  const view = context.views[s]!;
  const inPlace = (k: number) => placesNamed.some((m) => m.mention.wordFirst <= k && k < m.mention.wordLast);
  for (let k = position + 1; k <= position + 8 && k < view.words.length; k++) {
    if (view.words[k]!.text === 'by') return visitorAfterOf(context, s, k + 1)?.entity;
    if (!TO_PLACE.has(view.words[k]!.text) || view.words[k]!.text === ',') {
      if (!inPlace(k)) return undefined;
    }
  }
  return undefined;
}

/** A sentence of running text, where capitals mean names (a headline may capitalise every word). */
function inBody(context: RelationContext, s: number): boolean {
  return context.doc.paragraphs[context.doc.sentences[s]!.paragraph]!.kind === 'body';
}

// Before "visit" or "tour", words that make it a verb: "will visit", "to tour", "he visits".
const VERB_CUES = new Set([',', 'to', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'also', 'and', 'not', 'did', 'does', 'do', "'ll", 'he', 'she', 'they', 'we', 'i', 'who']);

/** "Wang's visit", "a four-nation tour", "the trip": a noun naming the trip, not a verb with its destination as object. */
function isTripNoun(context: RelationContext, s: number, position: number): boolean {
  const view = context.views[s]!;
  if (!context.lexicon.triggers.visitNouns.has(view.words[position]!.text)) return false;
  const before = view.words[position - 1];
  if (!before) return false;
  const verbForm = ['visit', 'visits', 'tour', 'tours'].includes(view.words[position]!.text.toLowerCase());
  return !(verbForm && (VERB_CUES.has(before.text.toLowerCase()) || persons(context.resolved[s]!).some((m) => m.mention.wordLast === position)));
}

// Words that may stand between a trip noun and its destination, or between two destinations of one list.
const TRIP_PREPOSITIONS = new Set(['to', 'in']);
const TO_PLACE = new Set(['to', 'of', 'in', 'at', 'the', ',', 'and', 'across', 'around', 'through']);
const CARRY = new Set(['will', 'also', 'then', 'take', 'takes', 'took', 'taking', 'bring', 'brings', 'brought', 'him', 'her', 'them']);
const TIME_WORDS = new Set(['next', 'this', 'last', 'week', 'weekend', 'month', 'today', 'tomorrow', 'yesterday']);

/** "visits to Denmark, Sweden and Norway", "tour of the Gulf": the places a trip noun names, not any place later in the sentence. */
function placesRightAfter(view: { words: readonly { text: string; capitalized: boolean }[] }, candidates: EntityMention[], position: number, visitorAt: (k: number) => boolean): Set<EntityMention> {
  const found = new Set<EntityMention>();
  let cursor = position + 1;
  for (const place of [...candidates].sort((a, b) => a.mention.wordFirst - b.mention.wordFirst)) {
    if (place.mention.wordFirst < cursor) continue;
    // "the state visit will also take <name> to <city>": the visitor and the words that carry them may stand between.
    // ("his visit on Tuesday to <country>", "a trip next week to <city>": and a date; "a visit to three West African
    // countries: <country>, <country> and <country>": and the count the list follows.)
    const from = opensCountedList(view.words, cursor, place.mention.wordFirst) ? place.mention.wordFirst : cursor;
    const gap = mapArray(view.words.slice(from, place.mention.wordFirst), (w, k) => (visitorAt(from + k) ? 'him' : w.text.toLowerCase()));
    const dated = (w: string, k: number) => DATE_WORDS.has(w) || TIME_WORDS.has(w) || (w === 'on' && DATE_WORDS.has(gap[k + 1] ?? ''));
    if (gap.length > 6 || !gap.every((w, k) => TO_PLACE.has(w) || CARRY.has(w) || dated(w, k))) break;
    found.add(place);
    cursor = place.mention.wordLast;
  }
  return found;
}

const COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several']);
const PLACE_PLURALS = new Set(['countries', 'nations', 'states', 'cities', 'capitals']);
// What follows the count's noun before the places it counts: "three countries: <country>, ...".
const COUNTED_LIST_MARKS = new Set([':', '—', '–', '-', ',']);

/** Whether the words from `from` to `to` announce a counted list of places starting at `to`: "to three West African countries —". */
function opensCountedList(words: readonly { text: string; capitalized: boolean }[], from: number, to: number): boolean {
  let k = from;
  while (k < to && (words[k]!.text === 'to' || words[k]!.text === 'of' || words[k]!.text === 'the')) k++;
  if (!COUNTS.has(words[k]?.text ?? '') && !/^\d$/.test(words[k]?.text ?? '')) return false;
  k++;
  while (k < to && words[k]!.capitalized) k++;
  return PLACE_PLURALS.has(words[k]?.text ?? '') && COUNTED_LIST_MARKS.has(words[k + 1]?.text ?? '') && k + 2 === to;
}

/** "left Paris for London": a place after "from" is where the trip started, not where it went. */
function followsFrom(view: { words: { text: string }[] }, place: EntityMention): boolean {
  return view.words[place.mention.wordFirst - 1]?.text.toLowerCase() === 'from';
}

/**
 * "He said that the plane could fly to <city> non-stop": a trip in a clause reported by a speech verb is the
 * clause's subject's, and here that is no person (no one named, no personal pronoun between the verb and the trip).
 */
function inReportedClauseOfAnother(context: RelationContext, s: number, position: number): boolean {
  const view = context.views[s]!;
  const speech = findPhrases(context, view, context.lexicon.triggers.speech).filter((k) => k < position);
  if (speech.length === 0) return false;
  const from = speech[speech.length - 1]! + 1;
  // "He also declares a trip to Mexico": the speaker's own trip, named right after the verb; so is "<name> hopes to
  // visit", where the verb governs an infinitive, not a clause.
  if (view.words.slice(from, position).every((w) => ['a', 'an', 'his', 'her'].includes(w.text.toLowerCase()))) return false;
  if (position === from + 1 && view.words[from]!.text === 'to') return false;
  // ("he said after landing in <city>": a clause of time tells when the speaker spoke.)
  if (position === from + 1 && TIME_CONJUNCTIONS.has(view.words[from]!.text) && view.words[position]!.text.endsWith('ing')) return false;
  const people = persons(context.resolved[s]!);
  for (let k = from; k < position; k++) {
    if (isPronoun(view.words[k]!.text) || people.some((m) => m.mention.wordFirst === k)) return false;
  }
  return true;
}

/**
 * Who came to the dateline's city in a sentence saying "here": the one person named, or the person named first, before
 * "here", as the sentence's subject ("<name>, who told reporters here"); not a person after a preposition ("banks will
 * meet with <title> <name> here": the host).
 */
function visitorHere(context: RelationContext, s: number, here: number, people: EntityMention[]): ResolvedEntity | undefined {
  if (people.length === 1 && people[0]!.mention.wordFirst > here) return people[0]!.entity;
  const first = people[0];
  if (!first || first.mention.wordFirst > here) return undefined;
  const view = context.views[s]!;
  let k = first.mention.wordFirst;
  while (k > 0 && view.words[k - 1]!.capitalized) k--;
  return HOST_PREPOSITIONS.has(view.words[k - 1]?.text.toLowerCase() ?? '') ? undefined : first.entity;
}

/**
 * "<name>, in <city> for talks with ...", "<name> is in <country> for a three-day visit", "<name> is in <city> to meet
 * <name>": a person present in a place for a meeting or a visit travelled there.
 */
function presentFor(context: RelationContext, s: number, people: EntityMention[]): { person: ResolvedEntity; place: ResolvedEntity } | undefined {
  const view = context.views[s]!;
  const { meet, visitNouns } = context.lexicon.triggers;
  for (const place of places(context.resolved[s]!)) {
    const at = place.mention.wordFirst;
    if (view.words[at - 1]?.text !== 'in' || place.entity.label === 'Region') continue;
    const linked = view.words[place.mention.wordLast]?.text;
    // "for talks", "for a three-day visit"; "to meet <name>", "to attend".
    const purpose =
      linked === 'for'
        ? view.words.slice(place.mention.wordLast + 1, place.mention.wordLast + 5).some((w) => meet.has(w.text) || visitNouns.has(w.text))
        : linked === 'to' && (meet.has(view.words[place.mention.wordLast + 1]?.text ?? '') || ATTEND.has(view.words[place.mention.wordLast + 1]?.text ?? ''));
    // The person right before "in": after a comma (an appositive) or a form of "be".
    const link = view.words[at - 2]?.text.toLowerCase() ?? '';
    const end = link === ',' || PASSIVE.has(link) ? at - 2 : -1;
    // ("<name>, with aides in tow, is in <country> for talks": or before an aside between commas.)
    const person = people.find((m) => m.mention.wordLast === end)?.entity ?? (PASSIVE.has(link) ? subjectBeforeAppositive(context, s, end) : undefined);
    if (purpose && person) return { person, place: place.entity };
  }
  return undefined;
}

function sentenceSubjectByPronoun(context: RelationContext, s: number, position: number): ResolvedEntity | undefined {
  const view = context.views[s]!;
  // "he" or "she" may be the traveller, and "his" or "her" just before the trip ("his six-day tour of"); elsewhere
  // "his" names only whose son or plans they are.
  const traveller = view.words.find((w, k) => isSubjectPronoun(w.text) || (isPronoun(w.text) && k < position && position - k <= 3));
  return traveller ? salientFor(context, s, traveller.text) : undefined;
}

/**
 * "invited <someone> to visit", "invited <someone> to tour <place> and attend": a verb of inviting a few words before
 * "to" and the trigger, and the person it invites, if named.
 */
function invitedBefore(context: RelationContext, s: number, position: number): { guest?: ResolvedEntity } | undefined {
  const view = context.views[s]!;
  const bare = !/(?:ed|ing|s)$/.test(view.words[position]!.text);
  const joined = view.words[position - 1]?.text === 'and' && bare;
  if (view.words[position - 1]?.text !== 'to' && !joined) return undefined;
  let to = position - 1;
  if (joined) while (to > position - 16 && to > 0 && view.words[to]!.text !== 'to') to--;
  if (view.words[to]?.text !== 'to') return undefined;
  for (let k = to - 1; k >= Math.max(0, to - 9); k--) {
    if (!context.lexicon.triggers.invite.has(view.words[k]!.text)) continue;
    // ("<name> was invited to visit": the subject is.)
    if (PASSIVE.has(view.words[k - 1]?.text.toLowerCase() ?? '')) return undefined;
    const guest = persons(context.resolved[s]!).find((m) => m.mention.wordFirst > k && m.mention.wordLast <= to);
    return { guest: guest?.entity };
  }
  return undefined;
}

/**
 * "<name> met <name> and visited <place>", "<name> thanked <name> and then flew to <place>": a verb joined by "and" to
 * an earlier verb shares that verb's subject; the person named last before it is the earlier verb's object.
 */
function sharedSubject(context: RelationContext, s: number, position: number): ResolvedEntity | undefined {
  const view = context.views[s]!;
  if (view.words[position]!.text.endsWith('ing')) return undefined;
  let k = position - 1;
  while (SEQUENCE_ADVERBS.has(view.words[k]?.text ?? '')) k--;
  if (view.words[k]?.text !== 'and') return undefined;
  const object = persons(context.resolved[s]!).filter((m) => m.mention.wordLast <= k).pop();
  if (!object || !objectOfVerb(context, view, object)) return undefined;
  const subject = subjectBefore(context, s, object.mention.wordFirst);
  return subject === object.entity ? undefined : subject;
}

/** Whether a verb or a preposition stands a few words before the person, with no "and" or comma after it. */
function objectOfVerb(context: RelationContext, view: SentenceView, person: EntityMention): boolean {
  for (let k = person.mention.wordFirst - 1; k >= Math.max(0, person.mention.wordFirst - 5); k--) {
    const word = view.words[k]!;
    if (word.text === 'and' || word.text === ',') return false;
    if (word.capitalized) continue;
    if (OBJECT_MARKS.has(word.text) || context.lexicon.triggers.meet.has(word.text) || word.text.endsWith('ed')) return true;
  }
  return false;
}

/** Whether "with" stands between the trigger and the first person named after it. */
function withBeforeAll(view: SentenceView, position: number, people: EntityMention[]): boolean {
  const first = people.find((m) => m.mention.wordFirst > position);
  return !!first && view.words.slice(position + 1, first.mention.wordFirst).some((w) => w.text === 'with');
}

/** Everyone named before the trigger meets everyone named after it; with nobody before, everyone named meets everyone else. */
function meetings(context: RelationContext, s: number, position: number, people: EntityMention[]): Relation[] {
  const relations: Relation[] = [];
  // "was not met", "had met his target": a passive or an object that is not a person is no meeting.
  const view = context.views[s]!;
  // ("are today meeting": a progressive is active.)
  const progressive = view.words[position]!.text.endsWith('ing');
  // ("<name> was received by <name>": a passive with its agent is a meeting, where a person is its subject; not
  // "<name>'s offer was received by <name>".)
  const auxiliary = [position - 1, position - 2].find((k) => PASSIVE.has(view.words[k]?.text.toLowerCase() ?? ''));
  if (!progressive && auxiliary !== undefined && (view.words[position + 1]?.text !== 'by' || !people.some((m) => m.mention.wordLast === auxiliary))) return relations;
  // "to meet analysts' estimates", "received support": a task met or a thing received is no meeting.
  const { meetTasks, meetOneWay } = context.lexicon.triggers;
  if (view.words.slice(position + 1, position + 5).some((w) => meetTasks.has(w.text))) return relations;
  // ("whether he had met the <rule>": "met" and a determiner with nobody named soon after is a thing met.)
  if (MET_VERBS.has(view.words[position]!.text) && DETERMINERS.has(view.words[position + 1]?.text.toLowerCase() ?? '') && !people.some((m) => m.mention.wordFirst > position && m.mention.wordFirst <= position + 6)) return relations;
  // Who is met is named soon after the trigger, or soon after another person met: "talks with A, B, and C".
  // Titles in capitals do not count towards "soon": "met with Cambodian Deputy Prime Minister and Foreign Minister <name>".
  let anchor = position + 1;
  // ("met with a delegation from <country> led by <name>": however far, the delegation's head is met.)
  const headsDelegation = (m: EntityMention) => {
    const by = beforeTitleOf(view, m);
    return view.words[by]?.text === 'by' && ATTENDING_VERBS.has(view.words[by - 1]?.text ?? '') && view.words.slice(position, by).some((w) => DELEGATIONS.has(w.text));
  };
  const soon = (m: EntityMention) => m.mention.wordFirst <= anchor + 7 || view.words.slice(anchor, m.mention.wordFirst).filter((w) => !w.capitalized).length <= 4 || headsDelegation(m) || onlyTitleBetween(view, MET_OBJECT_OPENERS.has(view.words[anchor]?.text ?? '') ? anchor + 1 : anchor, m);
  people = people.filter((m) => {
    if (m.mention.wordLast <= position) return true;
    if (!soon(m)) return false;
    anchor = m.mention.wordLast;
    return true;
  });
  // A speaker reporting on a meeting is not in it: "Li said the two leaders' second meeting ...".
  // ("<name> is reported to have held talks": a passive verb of saying is nobody's report here.)
  // ("<name>, who told reporters ..., held talks with": nor one in a relative clause about the subject.)
  const speech = findPhrases(context, context.views[s]!, context.lexicon.triggers.speech).filter((k) => !PASSIVE.has(view.words[k - 1]?.text.toLowerCase() ?? '') && view.words[k - 1]?.text !== 'who');
  const before = new Set(people.filter((m) => m.mention.wordLast <= position && !speech.some((k) => k > m.mention.wordFirst && k < position)).map((m) => m.entity));
  const namedBefore = people.some((m) => m.mention.wordLast <= position);
  // ("<name> said ... when he met <name>": a pronoun right before the verb is its subject, whoever spoke before it.)
  const pronounSubject = namedBefore && !isSubjectPronoun(view.words[position - 1]?.text ?? '') ? undefined : subjectBefore(context, s, position);
  if (pronounSubject) before.add(pronounSubject);
  // "<name> said during his meeting with <name>", "he would hold his first meeting with": whose meeting it is takes part.
  const possessive = [position - 1, position - 2].find((k) => k > 0 && (view.words[k]!.text === 'his' || view.words[k]!.text === 'her') && view.words.slice(k + 1, position).every((w) => /^\p{Ll}+$/u.test(w.text)));
  const possessor = possessive !== undefined ? subjectBefore(context, s, possessive + 1, true) : undefined;
  if (possessor) before.add(possessor);
  // ("welcomed <name>'s courage", "received <name>'s letter": after a one-way verb, a possessive names what, not whom.)
  const oneWay = meetOneWay.has(view.words[position]!.text);
  // ('"<name> received <name> with a message from <title> <name>," <name> said': nor the sender of what is brought, nor,
  // where the quotation names who met, the one who speaks it.)
  const quoted = context.quoted[s]!;
  const sentBy = (m: EntityMention) => view.words[beforeTitleOf(view, m)]?.text === 'from';
  const speakerOutside = (m: EntityMention) => namedBefore && quoted[position] === true && quoted[m.mention.wordFirst] !== true;
  // ("... met with <name> and discussed trade, said <name>, a spokesman": nor the one who reports it after the verb.)
  const reporter = (m: EntityMention) => view.words[beforeTitleOf(view, m) - 1]?.text === ',' && speech.includes(beforeTitleOf(view, m));
  const after = new Set(
    people
      .filter((m) => m.mention.wordFirst > position && !(oneWay && POSSESSIVE_MARKS.has(view.words[m.mention.wordLast]?.text ?? '')) && !sentBy(m) && !speakerOutside(m) && !reporter(m))
      .map((m) => m.entity),
  );
  const pairs: [ResolvedEntity, ResolvedEntity][] = [];
  if (before.size > 0 && after.size > 0) {
    for (const a of before) for (const b of after) pairs.push([a, b]);
    if (before.size === 2) pairs.push([...before] as [ResolvedEntity, ResolvedEntity]);
  } else if (!oneWay && !(before.size === 0 && (withBeforeAll(view, position, people) || MET_VERBS.has(view.words[position]!.text)))) {
    // "A and B met": with nobody on one side, a meeting of everyone named (a host receives a guest named after it).
    // (Not "held discussions with A and B" nor "<unknown word> also met <name> and <name>": those are whom someone
    // unnamed met.)
    const everyone = [...before, ...after];
    if (everyone.length >= 2 && everyone.length <= 3) {
      for (let i = 0; i < everyone.length; i++) for (let j = i + 1; j < everyone.length; j++) pairs.push([everyone[i]!, everyone[j]!]);
    }
  }
  for (const [a, b] of pairs) {
    if (a !== b) relations.push({ type: 'MET_WITH', source: a, target: b, sentence: s, rule: 'met:trigger' });
  }
  return relations;
}
