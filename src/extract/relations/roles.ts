// AFFILIATED_WITH and LEADER_OF from titles around a person's name, and each person's country (to tell a visit from a trip home).
import { entityId } from '../../schema/ids.js';
import { fold } from '../../lexicon/fold.js';
import type { Mention, SentenceView, TitleClass } from '../mentions.js';
import { DATE_WORDS, LIST_MARKS, PORTFOLIO_TITLES, beforeList, endsNoPhrase, inCapitals, hasWordOrSingular, isCountryWord, isTitle, titleClasses } from '../mentions.js';
import { POSSESSIVE_MARKS } from '../words.js';
import { OWNERSHIP_ADJECTIVES, type ResolvedEntity } from '../resolve.js';
import { filterArray, mapArray } from '../packed-array.js';
import { isPlaceLabel, mentionOpeningAt, opensSentence, persons, type EntityMention, type Relation, type RelationContext } from './context.js';

export interface RoleFindings {
  relations: Relation[];
  /** Person id to the code of the country the text ties them to ("Nigerian Finance Minister", "President of the ROK"). */
  nationality: Map<string, string>;
}

const DETERMINERS = new Set(['the', 'its', 'their', "'s", '’s', 'this', 'that']);
// Words that end an appositive: the next clause begins.
const APPOSITIVE_END = new Set([',', '.', ';', ':', ')', '(', '"', '“', '”', 'who', 'which', 'that', 'said', 'says', 'told', 'added']);
// A predicate's description ends where the clause goes on: "<name> was the first president to visit <country>".
const PREDICATE_END = new Set(['to', 'when', 'while', 'after', 'before', 'because', 'since', 'but', 'as', 'if', 'where', 'until']);
const ARTICLES = new Set(['a', 'an', 'the']);
// What may close a body's name standing alone between commas after a title.
const SLOT_ENDS = new Set([',', ';', '.', 'said', 'says', 'told', 'added']);
// Words after which a body's noun and a title stand alone: "sponsored by committee chairman <name>".
const BARE_NOUN_OPENERS = new Set(['the', 'by', 'and', 'with', 'to', 'from', 'for', 'as', 'of', 'on', 'at', 'said', 'says', ',', '(', '"', '“']);

export function roleRelations(context: RelationContext): RoleFindings {
  const findings: RoleFindings = { relations: [], nationality: new Map() };
  context.views.forEach((view, s) => {
    for (const person of persons(context.resolved[s]!)) {
      titleBefore(context, view, s, person, findings);
      appositiveAfter(context, view, s, person, findings);
      bodyAfter(context, view, s, person, findings);
      ministryOfPortfolio(context, view, s, person, findings);
      speaksForBody(context, view, s, person, findings);
      chamberOfTitle(context, view, s, person, findings);
      appointedBy(context, view, s, person, findings);
      counterpartOf(context, view, s, person, findings);
    }
  });
  return findings;
}

/**
 * "Sen. <name>", "Congressman <name>": a title that seats its holder in a chamber (data: titles.chambers) ties the
 * person to the one body of the article whose name ends in the chamber's ("United States Senate").
 */
function chamberOfTitle(context: RelationContext, view: SentenceView, s: number, person: EntityMention, findings: RoleFindings): void {
  const chamber = context.lexicon.titles.chambers.get(fold(view.words[person.mention.wordFirst - 1]?.text ?? ''));
  if (!chamber) return;
  const bodies = filterArray([...context.resolution.entities.values()], (e) => e.label === 'Organization' && (fold(e.name) === chamber || fold(e.name).endsWith(` ${chamber}`)));
  if (bodies.length === 1) findings.relations.push({ type: 'AFFILIATED_WITH', source: person.entity, target: bodies[0]!, sentence: s, rule: 'affiliated:chamber-title' });
}

// Verbs that take up the sentence after an appositive: "<name>, <title>, will remain".
const CLAUSE_VERBS = new Set(['will', 'would', 'has', 'had', 'was', 'is', 'remains', 'remained', 'became', 'joined', 'declined']);
// In an appositive, words that tie its title to something other than the story's body ("director of", "at").
const BARE_TITLE_BREAKS = new Set(['of', 'at', 'for', 'with', 'in', 'to', 'from', 'on']);
// Words before a title that say it spans the whole body: "the group's global chief executive".
const WHOLE_SCOPE = new Set(['global', 'worldwide', 'overall', 'new', 'current']);
// Words of a ministry's name that say it is one, not what it is for.
const MINISTRY_WORDS = new Set(['ministry', 'department', 'office', 'of', 'for', 'the']);

/**
 * "Commerce Minister <name>", "Agriculture and Cooperatives Minister Captain <name>", "Minister of Finance <name>",
 * "Education Secretary <name>" in an article that names that ministry or department ("the Ministry of Commerce", "the
 * Agriculture and Cooperatives Ministry", "the Department for Education and Skills"): the minister leads it, as the
 * annotation guide has it for any minister of a named ministry. Its name must start with the portfolio's words
 * ("Foreign Minister": the Ministry of Foreign Affairs).
 */
function ministryOfPortfolio(context: RelationContext, view: SentenceView, s: number, person: EntityMention, findings: RoleFindings): void {
  const words = view.words;
  const { honorifics, any } = context.lexicon.titles;
  let k = person.mention.wordFirst;
  // ("The Foreign Minister, <name>, said": past the comma of an appositive.)
  if (words[k - 1]?.text === ',' && PORTFOLIO_TITLES.has(fold(words[k - 2]?.text ?? '')) && words[person.mention.wordLast]?.text === ',') k--;
  while (k > 0 && words[k - 1]!.capitalized && (honorifics.has(words[k - 1]!.text) || (any.has(words[k - 1]!.text) && !PORTFOLIO_TITLES.has(fold(words[k - 1]!.text))))) k--;
  // "Transport Minister and Deputy PM <name>": the portfolio title before another title.
  if (words[k - 1]?.text === 'and' && PORTFOLIO_TITLES.has(fold(words[k - 2]?.text ?? '')) && k < person.mention.wordFirst) k--;
  let portfolio: string[] = [];
  let owner: string | undefined;
  // ("the French Minister of Europe and Foreign Affairs, <name>": a country named with the title.)
  let foreign = false;
  if (PORTFOLIO_TITLES.has(fold(words[k - 1]?.text ?? ''))) {
    const people = persons(context.resolved[s]!);
    const personAt = (j: number) => people.some((m) => m.mention.wordFirst <= j && j < m.mention.wordLast);
    // "U.S. Treasury Secretary", "Chinese Commerce Minister": the country before the portfolio is no part of it.
    const country = (j: number) => context.lexicon.demonyms.get(fold(words[j]!.text)) ?? context.lexicon.gazetteer.lookup(words[j]!.text).find((e) => e.label === 'Country')?.country;
    let j = k - 2;
    for (; j >= 0 && (words[j]!.capitalized || ['and', '&'].includes(words[j]!.text)) && !country(j) && !personAt(j); j--) portfolio.unshift(fold(words[j]!.text));
    // ("quoted finance minister <name>": in lower case, the one word before the title.)
    // (Not after "shadow" or "former": an opposition's post or a past one; "new" or "acting" holds it.)
    const { modifiers, actingModifiers, oppositionModifiers } = context.lexicon.titles;
    const qualified = (w: string | undefined) => !!w && ((modifiers.has(w) && !actingModifiers.has(w)) || oppositionModifiers.has(w));
    if (portfolio.length === 0 && j === k - 2 && /^\p{Ll}+$/u.test(words[j]?.text ?? '') && context.lexicon.vocabulary.has(words[j]!.text) && !qualified(words[j - 1]?.text.toLowerCase())) portfolio.push(words[j--]!.text);
    // "Argentine Treasury Secretary": only that country's department.
    owner = j >= 0 ? country(j) : undefined;
    if (portfolio[0] === 'and') portfolio.shift();
  } else {
    // "Minister of Finance <name>", "Minister for Commerce, Industries and Production, Dr <name>": the portfolio runs
    // from "of" or "for", back over a list of capitalised items, to the name's honorific or its appositive comma.
    const end = words[k - 1]?.text === ',' ? k - 1 : k;
    let last = end - 1;
    while (last > 0 && last > end - 6 && words[last]!.capitalized) last--;
    const of = beforeList(words, last + 1);
    if (of > 0 && of < end - 1 && end - of <= PORTFOLIO_MAX_WORDS && ['of', 'for'].includes(words[of]!.text) && PORTFOLIO_TITLES.has(fold(words[of - 1]!.text))) {
      portfolio = mapArray(words.slice(of + 1, end), (w) => fold(w.text));
      foreign = isCountryWord(words[of - 2]?.text ?? '', context.lexicon);
    }
  }
  // ("The Health Minister, <name>,": nor the article opening the sentence.)
  while (portfolio.length > 0 && (!/\p{L}{3}/u.test(portfolio[0]!) || ARTICLES.has(portfolio[0]!))) portfolio.shift();
  // "Treasury Under Secretary", "Commerce Deputy Minister": a rank below the head's, a member of the ministry.
  let below = false;
  // ("Vice-Commerce Minister <name>": so is a modifier hyphened to the portfolio.)
  const hyphened = /^(vice|deputy)-(.+)$/u.exec(portfolio[0] ?? '');
  if (hyphened) {
    portfolio[0] = hyphened[2]!;
    below = true;
  }
  while (portfolio.length > 1 && (context.lexicon.titles.modifiers.has(portfolio[portfolio.length - 1]!) || portfolio[portfolio.length - 1] === 'under')) {
    portfolio.pop();
    below = true;
  }
  if (portfolio.length === 0 || portfolio.some((w) => PORTFOLIO_TITLES.has(w))) return;
  for (const ministry of context.resolution.entities.values()) {
    if (ministry.label !== 'Organization' || (owner && ministry.country && ministry.country !== owner)) continue;
    const parts = ministry.name.split(/[\s,]+/);
    const folded = parts.map(fold);
    // ("Home Secretary <name>" heads the Home Office: Britain's departments are offices.)
    if (!folded.includes('ministry') && !folded.includes('department') && folded[folded.length - 1] !== 'office') continue;
    // "US Department of Commerce": the country's name is no part of the portfolio.
    const purpose = parts.filter((w, i) => !MINISTRY_WORDS.has(folded[i]!) && !context.lexicon.gazetteer.lookup(w).some((e) => e.label === 'Country')).map(fold);
    // (A minister of several portfolios heads the ministry of any one: "Minister for Commerce and Industries" heads
    // the Ministry of Commerce; not where a country named with the title may be another than the ministry's.)
    const names = (item: string[]) => item.length > 0 && item.every((w, i) => purpose[i] === w);
    if (names(portfolio) || (!foreign && portfolioItems(portfolio).some(names))) {
      findings.relations.push({ type: 'AFFILIATED_WITH', source: person.entity, target: ministry, sentence: s, rule: 'affiliated:portfolio-ministry' });
      if (!below) findings.relations.push({ type: 'LEADER_OF', source: person.entity, target: ministry, sentence: s, rule: 'leader:portfolio-ministry' });
      return;
    }
  }
}

// The longest portfolio read after "Minister of": "Minister for Finance, Revenue, Economic Affairs and Privatisation".
const PORTFOLIO_MAX_WORDS = 12;

/** The items of a portfolio's list: "commerce , industries and production" has three. */
function portfolioItems(portfolio: string[]): string[][] {
  const items: string[][] = [[]];
  for (const w of portfolio) {
    if (LIST_MARKS.has(w)) items.push([]);
    else items[items.length - 1]!.push(w);
  }
  return items.length > 1 ? items : [];
}

interface TitleSpan {
  start: number;
  end: number;
  classes: TitleClass[];
  /** An opposition party's portfolio ("shadow chancellor"): it ties its holder to no government body. */
  opposition?: boolean;
  /** The only countries where this head-of-state title heads the state ("chancellor": a UK chancellor heads none). */
  headsStateOnlyIn?: Set<string>;
}

/** A title phrase ending at word `end` (exclusive), with its modifiers: "deputy CEO", "Prime Minister", "secretary-general". */
function titleEndingAt(context: RelationContext, view: SentenceView, end: number): TitleSpan | undefined {
  const { any, modifiers } = context.lexicon.titles;
  // A hyphened modifier changes only a text's first word, so a text of several words is a title only if its last word ends one.
  const several = end > 0 && !endsNoPhrase(any, view.words[end - 1]!.text);
  for (let length = Math.min(any.maxWords, end); length > 0; length--) {
    if (length > 1 && !several) continue;
    const start = end - length;
    const text = mapArray(view.words.slice(start, end), (w) => w.text).join(' ');
    if (!isTitle(text, context.lexicon)) continue;
    let from = start;
    while (from > 0 && modifiers.has(view.words[from - 1]!.text) && start - from < 2) from--;
    const full = mapArray(view.words.slice(from, end), (w) => w.text).join(' ');
    const classes = titleClasses(full, context.lexicon);
    const span: TitleSpan = { start: from, end, classes: headsUnit(context, view, from, end) ? unitClasses(classes) : classes };
    const headsStateOnlyIn = classes.includes('headOfState') ? context.lexicon.titles.headOfStateOnlyIn.get(fold(text)) : undefined;
    if (headsStateOnlyIn) span.headsStateOnlyIn = headsStateOnlyIn;
    // ("shadow chief secretary": past a word of the title that is no title alone.)
    const { oppositionModifiers } = context.lexicon.titles;
    if (oppositionModifiers.has(view.words[from - 1]?.text ?? '') || (/^\p{Ll}/u.test(view.words[from - 1]?.text ?? '') && oppositionModifiers.has(view.words[from - 2]?.text ?? ''))) span.opposition = true;
    return span;
  }
  return undefined;
}

/** "head of research", "director of marketing": a title over a unit the lower-case word after "of" names; a member's. */
function unitTitleEndingAt(context: RelationContext, view: SentenceView, end: number): TitleSpan | undefined {
  if (!/^\p{Ll}+$/u.test(view.words[end - 1]?.text ?? '') || view.words[end - 2]?.text !== 'of') return undefined;
  const title = titleEndingAt(context, view, end - 2);
  return title && { ...title, end, classes: unitClasses(title.classes) };
}

/**
 * "communications director", "head of the law department at", "president of public cloud business at": the title
 * leads a unit of the body, not the body.
 */
function headsUnit(context: RelationContext, view: SentenceView, start: number, end: number): boolean {
  const { unitModifiers } = context.lexicon.titles;
  const before = view.words[start - 1];
  if (before && !before.capitalized && (unitModifiers.has(before.text) || unitModifiers.has(`${view.words[start - 2]?.text ?? ''} ${before.text}`))) return true;
  // "Senate Majority leader", "House Republican whip": the leader of a side within the body named before it
  // ("Conservative leader" alone leads the party).
  if (before?.capitalized && context.lexicon.titles.caucusQualifiers.has(before.text) && view.mentions.some((m) => m.label === 'Organization' && m.wordLast === start - 1)) return true;
  // "Asia general manager for <company>", "<company>'s Europe head": so does one whose region comes first, between the
  // title and its body.
  const region = view.mentions.find((m) => isPlaceLabel(m.label) && m.wordLast === start);
  if (region) {
    const body = (m: Mention) => m.label === 'Organization' || m.kind === 'name';
    const bodyEnd = POSSESSIVE_MARKS.has(view.words[region.wordFirst - 1]?.text ?? '') ? region.wordFirst - 1 : region.wordFirst;
    const bodyStart = view.words[end + 1]?.text === 'the' ? end + 2 : end + 1;
    if (view.mentions.some((m) => body(m) && m.wordLast === bodyEnd)) return true;
    if (['for', 'of', 'at'].includes(view.words[end]?.text ?? '') && view.mentions.some((m) => body(m) && m.wordFirst === bodyStart)) return true;
  }
  // "general manager for North Asia at <company>": a regional head leads a unit of the body.
  if (view.words[end]?.text === 'for') {
    if (view.mentions.some((m) => m.wordFirst === end + 1 && isPlaceLabel(m.label))) return true;
    let k = end + 1;
    while (view.words[k]?.capitalized) k++;
    if (k > end + 1 && view.words[k]?.text === 'at') return true;
  }
  // "Tory leader in the Lords", "Labour leader on the council": the leader of a side within the body named after.
  if ((view.words[end]?.text === 'in' || view.words[end]?.text === 'on') && view.mentions.some((m) => m.label === 'Organization' && (m.wordFirst === end + 1 || (m.wordFirst === end + 2 && view.words[end + 1]!.text === 'the')))) return true;
  if (view.words[end]?.text !== 'of') return false;
  let k = end + 1;
  if (['the', 'its', 'their', 'a'].includes(view.words[k]?.text ?? '')) k++;
  // "leader of the Labour group on <council>": of a party's group within a body.
  const side = view.mentions.find((m) => m.wordFirst === k && m.label === 'Organization');
  if (side && CAUCUS_NOUNS.has(view.words[side.wordLast]?.text ?? '')) return true;
  // "head of the university's guidance center": past the body's possessive, the unit.
  if (POSSESSIVE_MARKS.has(view.words[k + 1]?.text ?? '') && /^\p{Ll}/u.test(view.words[k]?.text ?? '')) k += 2;
  // "head of the AI research institute at": an acronym modifies the unit's noun; so does a place ("president of China
  // operations at <company>").
  while (view.words[k]?.acronym && view.words[k + 1] && !view.words[k + 1]!.capitalized) k++;
  const place = view.mentions.find((m) => isPlaceLabel(m.label) && m.wordFirst === k);
  if (place && context.lexicon.titles.unitModifiers.has(view.words[place.wordLast]?.text ?? '')) k = place.wordLast;
  // ("head of industry body <body>": a description of the body named after it.)
  if (pastBodyDescription(context, view, k) > k) return false;
  const unit = view.words[k];
  // "chief executive of the company" is the body itself, named by its noun.
  return !!unit && /^\p{Ll}/u.test(unit.text) && !context.lexicon.organizationWords.nouns.has(unit.text) && !context.lexicon.titles.wholeBodyWords.has(unit.text);
}

/** "of brokers <body>", "head of industry body <body>": past a lower-case description of a body, to its name right after. */
function pastBodyDescription(context: RelationContext, view: SentenceView, k: number): number {
  const { nouns } = context.lexicon.organizationWords;
  for (let j = k; j < k + 3 && /^\p{Ll}/u.test(view.words[j]?.text ?? ''); j++) {
    if (!hasWordOrSingular(nouns, view.words[j]!.text)) continue;
    return view.mentions.some((m) => m.wordFirst === j + 1 && m.label === 'Organization') ? j + 1 : k;
  }
  return k;
}

// A party's side within a body: "the Labour group on the council".
const CAUCUS_NOUNS = new Set(['group', 'bloc', 'caucus', 'faction', 'benches']);

function unitClasses(classes: TitleClass[]): TitleClass[] {
  if (!classes.includes('leader') && !classes.includes('headOfState')) return classes;
  return [...new Set([...classes.filter((c) => c !== 'leader' && c !== 'headOfState'), 'member' as const])];
}

/** The longest mention ending at word `end`: "Brazilian Embassy in Peru", not the "Peru" inside it. */
function mentionEndingAt(context: RelationContext, s: number, end: number): EntityMention | undefined {
  let longest: EntityMention | undefined;
  for (const m of context.resolved[s]!) if (m.mention.wordLast === end && (!longest || m.mention.wordFirst < longest.mention.wordFirst)) longest = m;
  return longest;
}

function demonymEndingAt(view: SentenceView, end: number): Mention | undefined {
  return view.mentions.find((m) => m.kind === 'demonym' && m.wordLast === end);
}

/** "<demonym> Chancellor <name>", "President of the Republic of Korea <name>", "BOI secretary-general <name>", "<body>'s chairman, <name>". */
function titleBefore(context: RelationContext, view: SentenceView, s: number, person: EntityMention, findings: RoleFindings): void {
  let end = person.mention.wordFirst;
  // "MAB spokesman Dr <name>": an honorific between the title and the name. (One that is also a title is the title
  // where no other stands before it: "<body> Professor <name>".)
  const { honorifics, any } = context.lexicon.titles;
  while (end > 0 && honorifics.has(view.words[end - 1]!.text) && (!any.has(view.words[end - 1]!.text) || titleEndingAt(context, view, end - 1))) end--;
  if (view.words[end - 1]?.text === ',') end--;
  // "Vice President of the Agricultural Bank of China (ABC) <name>": past the body's acronym.
  else if (view.words[end - 1]?.text === ')' && view.words[end - 3]?.text === '(' && view.words[end - 2]!.acronym) end -= 3;
  // "The chairman of the MCB's public affairs committee, <name>,": the title is in a unit of the body.
  if (view.words[end]?.text === ',' && unitOfBodyBefore(context, view, s, end, person, findings)) return;
  // "President of the Republic of Korea <name>": the body or country sits between the title and the name.
  let between = mentionEndingAt(context, s, end);
  // "Charge d'Affaires of the Brazilian Embassy in Peru, <name>": the body before "in <place>" holds the title.
  const bodyBeforePlace = between && isPlaceLabel(between.entity.label) && view.words[between.mention.wordFirst - 1]?.text === 'in' ? mentionEndingAt(context, s, between.mention.wordFirst - 1) : undefined;
  if (bodyBeforePlace?.entity.label === 'Organization') between = bodyBeforePlace;
  // "The BBC's correspondent in Lisbon, <name>,": past where the holder of the title serves, to the title.
  else if (between && isPlaceLabel(between.entity.label) && view.words[end]?.text === ',' && view.words[between.mention.wordFirst - 1]?.text === 'in' && titleEndingAt(context, view, between.mention.wordFirst - 1)) {
    end = between.mention.wordFirst - 1;
    between = undefined;
  }
  if (between && between.entity.label !== 'Person') {
    let k = between.mention.wordFirst;
    if (view.words[k - 1]?.text === 'the') k--;
    const preposition = view.words[k - 1]?.text;
    // ("A spokesman for <body>, <name>": "for" too, before a body.)
    if (preposition === 'of' || preposition === 'to' || (preposition === 'for' && between.entity.label === 'Organization')) {
      const title = titleEndingAt(context, view, k - 1);
      const sameName = end === person.mention.wordFirst || !isAppositiveOfAnother(context, view, s, title?.start ?? 0, person);
      if (title && sameName) {
        applyTitle(s, person.entity, title, between.entity, undefined, findings, 'title-of');
        end = title.start;
        const holder = holderBefore(context, view, s, title.start);
        if (holder) applyTitle(s, person.entity, { start: title.start, end: title.end, classes: ['member'] }, holder.entity, holder.country, findings, 'title-before');
        return;
      }
    }
  }
  const title = titleEndingAt(context, view, end) ?? unitTitleEndingAt(context, view, end);
  if (!title) {
    possessiveBody(context, view, s, person, end, findings);
    portfolioNationality(context, view, person, end, findings);
    return;
  }
  if (isAppositiveOfAnother(context, view, s, title.start, person)) return;
  // "President <name> of France", "Chairman <name> of <body>": the holder follows the name.
  // "<body> said its president <name>": "its" means the body the sentence named before.
  const its = view.words[title.start - 1]?.text === 'its' ? bodyBefore(context, s, title.start - 1) : undefined;
  const holder =
    holderBefore(context, view, s, title.start) ?? holderAfter(context, view, s, person) ?? (its ? { entity: its } : undefined) ?? onlyBodyNearby(context, view, s, title) ?? subjectBody(context, view, s, title, person) ??
    subjectCountry(context, view, s, title);
  if (!holder) return;
  // "Former <party> chancellor <name>", "deputy <body> leader <name>": a modifier before the holder still modifies the title.
  const before = view.words[(holder.start ?? 0) - 1]?.text ?? '';
  const modified = holder.start !== undefined && context.lexicon.titles.modifiers.has(before) && !context.lexicon.titles.actingModifiers.has(before);
  // "Labour mayor <name>", "Tory home secretary <name>": a public office held by a party's member leads no party.
  const partyOffice = holder.entity?.kind === 'party' && title.classes.includes('ministerial');
  applyTitle(s, person.entity, modified || partyOffice || holder.unit ? { start: title.start, end: title.end, classes: unitClasses(title.classes) } : title, holder.entity, holder.country, findings, 'title-before');
}

/**
 * "President <name> and his Chinese counterpart <name>", "<body> chief <name> met his <body> counterpart <name>": a
 * counterpart holds, in the country of the demonym or the body named before the word, the title of the person before
 * in the sentence.
 */
function counterpartOf(context: RelationContext, view: SentenceView, s: number, person: EntityMention, findings: RoleFindings): void {
  let k = person.mention.wordFirst - 1;
  if (view.words[k]?.text === ',') k--;
  if (view.words[k]?.text !== 'counterpart') return;
  const demonym = demonymEndingAt(view, k);
  const country = demonym?.country;
  const body = mentionEndingAt(context, s, k);
  // ("his Greek counterpart <name>": the demonym says whose national the person is, whatever the title.)
  if (country && !findings.nationality.has(person.entity.id)) findings.nationality.set(person.entity.id, country);
  const holder = country ? context.resolution.entities.get(entityId('Country', country)) : body?.entity.label === 'Organization' ? body.entity : undefined;
  if (!holder) return;
  // ('"<title> <name> received my <demonym> counterpart, <name>": the speaker's counterpart, whose title is not the host's.)
  const owner = view.words[(demonym ?? body!.mention).wordFirst - 1]?.text.toLowerCase() ?? '';
  if (owner === 'my' || owner === 'our') return;
  const before = persons(context.resolved[s]!).filter((m) => m.mention.wordLast <= k && m.entity !== person.entity);
  const host = before[before.length - 1];
  const title = host && titleEndingAt(context, view, host.mention.wordFirst);
  if (title) applyTitle(s, person.entity, title, holder, country, findings, 'counterpart');
}

// Verbs by which a body gives a person a post: "<company> said it named <name> chief executive".
const APPOINTING_VERBS = new Set(['named', 'appointed', 'elected', 'names', 'appoints', 'elects']);
// Words that may stand between the person and the post: "named <name> as its new president".
const POST_OPENERS = new Set(['as', 'its', 'the', 'new', 'a']);

/**
 * "<company> said it named <name> chief executive", "<company> appointed <name> as its president": the body that gives
 * the post, named before the verb, holds it (unless the post's own body follows: "... president of <body>").
 */
function appointedBy(context: RelationContext, view: SentenceView, s: number, person: EntityMention, findings: RoleFindings): void {
  const verb = person.mention.wordFirst - 1;
  if (!APPOINTING_VERBS.has(view.words[verb]?.text ?? '')) return;
  let k = person.mention.wordLast;
  while (POST_OPENERS.has(view.words[k]?.text ?? '') && k < person.mention.wordLast + 3) k++;
  let title: TitleSpan | undefined;
  for (let end = k + 1; end <= k + 4 && end <= view.words.length; end++) {
    const found = titleEndingAt(context, view, end);
    if (found && found.start === k) title = found;
  }
  if (!title || ['of', 'at'].includes(view.words[title.end]?.text ?? '')) return;
  const body = bodyBefore(context, s, verb);
  if (body && isCompany(context, body)) applyTitle(s, person.entity, title, body, undefined, findings, 'appointed');
}

/** "Chinese Minister of Agriculture and Rural Affairs <name>": a demonym before a title and its portfolio says whose national the person is. */
function portfolioNationality(context: RelationContext, view: SentenceView, person: EntityMention, end: number, findings: RoleFindings): void {
  let k = end - 1;
  let title = -1;
  while (k >= 0 && (view.words[k]!.capitalized || ['of', 'and', 'for', 'the'].includes(view.words[k]!.text))) {
    if (context.lexicon.titles.any.has(view.words[k]!.text)) title = k;
    k--;
  }
  // The demonym may open the sentence, where it makes no mention of its own.
  const country = title > 0 ? context.lexicon.demonyms.get(fold(view.words[title - 1]!.text)) : undefined;
  if (country && !findings.nationality.has(person.entity.id)) findings.nationality.set(person.entity.id, country);
}

/** "<party>'s <name>", "<company>'s <name>": a body's possessive before a name is the person's body. */
function possessiveBody(context: RelationContext, view: SentenceView, s: number, person: EntityMention, end: number, findings: RoleFindings): void {
  // "Tory Liam Fox said": a party's name right before a person's is the party the person belongs to.
  const party = end === person.mention.wordFirst ? mentionEndingAt(context, s, end) : undefined;
  if (party?.entity.kind === 'party') {
    findings.relations.push({ type: 'AFFILIATED_WITH', source: person.entity, target: party.entity, sentence: s, rule: 'affiliated:party-before' });
    return;
  }
  if (end !== person.mention.wordFirst || !POSSESSIVE_MARKS.has(view.words[end - 1]?.text ?? '')) return;
  // A name after a company's possessive is as often a product ("<maker>'s <model>"): a person's opens with a given name.
  const first = fold(person.entity.name).split(' ')[0]!;
  if (person.entity.reason !== 'title' && !context.lexicon.givenNames.has(first)) return;
  const body = mentionEndingAt(context, s, end - 1);
  if (body?.entity.label === 'Organization') findings.relations.push({ type: 'AFFILIATED_WITH', source: person.entity, target: body.entity, sentence: s, rule: 'affiliated:possessive' });
}

/**
 * "For the <party>, shadow <portfolio> secretary <name> said": a body named in an opening "For (the) <body>,",
 * then a title and the person, is the body the person speaks for.
 */
function speaksForBody(context: RelationContext, view: SentenceView, s: number, person: EntityMention, findings: RoleFindings): void {
  if (view.words[0]?.text !== 'For') return;
  const body = bodyOpeningAt(context, s, 1);
  if (!body || view.words[body.mention.wordLast]?.text !== ',') return;
  const title = view.words.slice(body.mention.wordLast + 1, person.mention.wordFirst);
  const { any, modifiers } = context.lexicon.titles;
  // ("For the <party>, <name> said": with no title, the person speaks right after.)
  if (title.length === 0) {
    if (context.lexicon.triggers.speech.has(view.words[person.mention.wordLast]?.text ?? '')) findings.relations.push({ type: 'AFFILIATED_WITH', source: person.entity, target: body.entity, sentence: s, rule: 'affiliated:speaks-for' });
    return;
  }
  if (title.length > 5 || !title.every((w) => any.has(w.text) || modifiers.has(w.text) || /^\p{Ll}+$/u.test(w.text))) return;
  if (!any.has(title[title.length - 1]!.text) && !any.has(title.slice(-2).map((w) => w.text).join(' '))) return;
  findings.relations.push({ type: 'AFFILIATED_WITH', source: person.entity, target: body.entity, sentence: s, rule: 'affiliated:speaks-for' });
}

/**
 * "... chairman <name> said in the statement": a bare lower-case title of a body's head, in a passage that names one
 * body only (no news outlet, no party), is a title of that body.
 */
function onlyBodyNearby(context: RelationContext, view: SentenceView, s: number, title: TitleSpan, staffOfCompany = false): Holder | undefined {
  // Only a head's title, capitalised or not ("Chief Executive <name>"): staff titles ("spokesman", "correspondent") as
  // often belong to an unnamed body or an outlet, and a government post ("home secretary") to a government the story
  // need not name. (A staff title in an appositive may be a company's, where the body is one: see below.)
  if ((!title.classes.includes('leader') && !staffOfCompany) || title.classes.includes('headOfState') || (title.classes.includes('ministerial') && !(staffOfCompany && title.classes.includes('member'))) || ['a', 'an'].includes(view.words[title.start - 1]?.text.toLowerCase() ?? '')) return undefined;
  // "Public accounts committee chairman <name>": a noun for a body before the title names the body, unnamed here.
  const before = view.words[title.start - 1]?.text ?? '';
  if (/^\p{Ll}/u.test(before) && (context.lexicon.organizationWords.heads.has(before) || context.lexicon.organizationWords.nouns.has(before))) return undefined;
  // "Subcommittee chairman <name>", "House Speaker <name>": so does a capitalised word no name takes in.
  if (namesUnknownBody(context, view, s, title.start - 1)) return undefined;
  // The last few sentences, else the whole story so far when that names one company: a story about one company calls
  // its chairman "chairman".
  // Else, in wire copy, the one company of its headline in capitals: "ZENTRIX TO BUY BACK STOCK" ... "said Chairman
  // <name>", where the story names the company's units too. (A feature's headline names its subject less surely.)
  const nearby = onlyBodyBetween(context, Math.max(0, s - 3), s, title.start);
  const story = nearby ? undefined : onlyBodyBetween(context, 0, s, title.start);
  const wireHeadline = !nearby && !story && s > 0 && inCapitals(context.views[0]!.words);
  const headline = wireHeadline ? onlyBodyBetween(context, 0, 0, Infinity) : undefined;
  const company = [story, headline].find((body) => body && isCompany(context, body));
  const only = nearby ?? company;
  // "<name>, senior vice president, told reporters" in a story about one company.
  if (only && !title.classes.includes('leader') && !isCompany(context, only)) return undefined;
  return only ? { entity: only } : undefined;
}

/** Word k is capitalised within the sentence, no name's and no title's word: it names a body the text leaves unnamed. */
function namesUnknownBody(context: RelationContext, view: SentenceView, s: number, k: number): boolean {
  const word = view.words[k];
  if (!word?.capitalized || context.lexicon.titles.modifiers.has(word.text) || context.lexicon.titles.any.has(word.text)) return false;
  // (Opening a sentence, only a word for a body: "Subcommittee chairman <name>", not "Outgoing chairman <name>".)
  const { heads, nouns } = context.lexicon.organizationWords;
  if (word.sentenceInitial && !heads.has(fold(word.text)) && !nouns.has(word.text)) return false;
  return !context.resolved[s]!.some((m) => m.mention.wordFirst <= k && k < m.mention.wordLast);
}

/**
 * "<company> plans to cut jobs, management board member <name> said": a title closing a sentence whose subject is a
 * body, with the person speaking, is a title in that body.
 */
function subjectBody(context: RelationContext, view: SentenceView, s: number, title: TitleSpan, person: EntityMention): Holder | undefined {
  if (title.classes.length === 0 || title.classes.includes('headOfState') || title.classes.includes('ministerial')) return undefined;
  const subject = context.resolved[s]![0];
  if (!subject || subject.entity.label !== 'Organization' || subject.entity.kind === 'media' || subject.entity.kind === 'party' || !opensSentence(view, subject)) return undefined;
  const { speech } = context.lexicon.triggers;
  // (", management board member <name> said": a lower-case word or two may say which part of the body.)
  let open = title.start;
  while (open > title.start - 2 && /^\p{Ll}+$/u.test(view.words[open - 1]?.text ?? '') && !speech.has(view.words[open - 1]!.text)) open--;
  const closing = view.words[open - 1]?.text === ',' && speech.has(view.words[person.mention.wordLast]?.text ?? '');
  const inverted = speech.has(view.words[title.start - 1]?.text ?? '') && view.words[title.start - 2]?.text === ',';
  if (!closing && !inverted) return undefined;
  const others = context.resolved[s]!.some((m) => m.entity.label === 'Organization' && m.entity !== subject.entity && m.mention.wordFirst < title.start);
  return others ? undefined : { entity: subject.entity };
}

/**
 * "<country> will cut its spending ..., President <name> told leaders": a head of state's title with no country of its
 * own, in a sentence whose subject is the one country it names (past a dateline's city), is that country's head.
 */
function subjectCountry(context: RelationContext, view: SentenceView, s: number, title: TitleSpan): Holder | undefined {
  if (!title.classes.includes('headOfState')) return undefined;
  const list = context.resolved[s]!;
  const subject = list.find((m) => m.entity.label !== 'City');
  if (subject?.entity.label !== 'Country' || subject.mention.wordLast > title.start || !/^\p{Ll}/u.test(view.words[subject.mention.wordLast]?.text ?? '')) return undefined;
  if (list.some((m) => m.entity.label === 'Country' && m.entity !== subject.entity)) return undefined;
  // The subject opens the sentence, or the story after its dateline.
  const opening = list.filter((m) => m.mention.wordFirst < subject.mention.wordFirst).every((m) => m.entity.label === 'City' && m.mention.wordFirst === 0);
  return opening && (subject.mention.wordFirst === 0 || list[0]!.mention.wordFirst === 0) ? { entity: subject.entity, country: subject.entity.country } : undefined;
}

function isCompany(context: RelationContext, body: ResolvedEntity): boolean {
  const last = fold(body.name).split(' ').at(-1)!;
  return body.kind === 'company' || body.kind === 'financial' || (body.reason !== 'lexicon' && context.lexicon.organizationWords.corporateSuffixes.has(last));
}

/** The one body (no news outlet, no party) named in sentences `from` to `s`, before word `before` of sentence `s`. */
function onlyBodyBetween(context: RelationContext, from: number, s: number, before: number): ResolvedEntity | undefined {
  const bodies = new Set<ResolvedEntity>();
  for (let t = from; t <= s; t++) {
    for (const m of context.resolved[t]!) {
      if (t === s && m.mention.wordFirst >= before) break;
      // A party's name in a political story says nothing sure of whose a title is, but it makes the one other body
      // named nearby no surer: "The party says ... Its leader, <name>" is no council's.
      if (m.entity.label === 'Organization' && m.entity.kind !== 'media') bodies.add(m.entity);
    }
  }
  const [only] = bodies;
  return bodies.size === 1 && only!.kind !== 'party' ? only : undefined;
}

/** "<title> <name> of France": the country or body right after the name, when nothing but "of" lies between. */
function holderAfter(context: RelationContext, view: SentenceView, s: number, person: EntityMention): Holder | undefined {
  if (view.words[person.mention.wordLast]?.text !== 'of') return undefined;
  let k = person.mention.wordLast + 1;
  if (view.words[k]?.text === 'the') k++;
  const holder = context.resolved[s]!.find((m) => m.mention.wordFirst === k && (m.entity.label === 'Country' || m.entity.label === 'Organization'));
  return holder ? { entity: holder.entity, country: holder.entity.label === 'Country' ? holder.entity.country : undefined } : undefined;
}

/** "<title> of the <body>'s <unit>, <name>": a member of the body. True when the words read so. */
function unitOfBodyBefore(context: RelationContext, view: SentenceView, s: number, comma: number, person: EntityMention, findings: RoleFindings): boolean {
  let k = comma;
  while (k > comma - 4 && /^\p{Ll}/u.test(view.words[k - 1]?.text ?? '') && !['of', 'the'].includes(view.words[k - 1]!.text)) k--;
  if (k === comma || !POSSESSIVE_MARKS.has(view.words[k - 1]?.text ?? '')) return false;
  const body = mentionEndingAt(context, s, k - 1);
  if (!body || body.entity.label !== 'Organization') return false;
  let j = body.mention.wordFirst;
  if (view.words[j - 1]?.text === 'the') j--;
  if (view.words[j - 1]?.text !== 'of') return false;
  const title = titleEndingAt(context, view, j - 1);
  if (!title) return false;
  applyTitle(s, person.entity, { start: title.start, end: title.end, classes: unitClasses(title.classes) }, body.entity, undefined, findings, 'title-of');
  return true;
}

/** "<name A>, CEO of <body>, <name B> discussed": a title right after another person's name and a comma is that person's. */
function isAppositiveOfAnother(context: RelationContext, view: SentenceView, s: number, titleStart: number, person: EntityMention): boolean {
  let k = titleStart;
  while (k > 0 && ['a', 'an', 'the'].includes(view.words[k - 1]!.text.toLowerCase())) k--;
  if (view.words[k - 1]?.text !== ',') return false;
  return persons(context.resolved[s]!).some((m) => m.mention.wordLast === k - 1 && m.entity !== person.entity);
}

/** Whose a title is: a body or country, or only a country's code (from a demonym); `start` is where its words begin. */
interface Holder {
  entity?: ResolvedEntity;
  country?: string;
  start?: number;
  /** The title is in a unit of the holder ("Labour campaign spokesman"). */
  unit?: boolean;
}

/**
 * "<company>'s Europe president", "the <company> Asia chief": a place between a body and its title names the part of
 * the body the title heads, as in "president of Europe operations"; a member's title.
 */
function regionalUnitOfBody(context: RelationContext, view: SentenceView, s: number, place: EntityMention | undefined): EntityMention | undefined {
  if (!place || !isPlaceLabel(place.entity.label)) return undefined;
  let end = place.mention.wordFirst;
  if (POSSESSIVE_MARKS.has(view.words[end - 1]?.text ?? '')) end--;
  const body = mentionEndingAt(context, s, end);
  return body?.entity.label === 'Organization' ? body : undefined;
}

/** What stands before a title: a body or a country ("BOI", "Iraq's"), a demonym ("German"), or "the insurance giant's". */
function holderBefore(context: RelationContext, view: SentenceView, s: number, titleStart: number): Holder | undefined {
  let end = titleStart;
  if (view.words[end - 1]?.text === "'s" || view.words[end - 1]?.text === "'" || view.words[end - 1]?.text === '’s') end--;
  // "(UN) Secretary General <name>": wire copy's body in brackets before the title.
  else if (view.words[end - 1]?.text === ')' && view.words[end - 3]?.text === '(') {
    const bracketed = mentionEndingAt(context, s, end - 1);
    if (bracketed?.entity.label === 'Organization' && bracketed.mention.wordFirst === end - 2) return { entity: bracketed.entity, start: bracketed.mention.wordFirst };
  }
  // "Labour party chairman", "Hyundai group chairman": the body's own noun between its name and the title.
  const nounAfterName = end === titleStart && /^\p{Ll}/u.test(view.words[end - 1]?.text ?? '') && context.lexicon.organizationWords.nouns.has(view.words[end - 1]!.text);
  // "Labour campaign spokesman": a unit's word between the body and the title; the title is in the unit.
  const unitAfterName = end === titleStart && /^\p{Ll}/u.test(view.words[end - 1]?.text ?? '') && context.lexicon.titles.unitModifiers.has(view.words[end - 1]!.text);
  // "Senate Majority leader": a side within the body between its name and the title.
  const caucusAfterName = end === titleStart && !!view.words[end - 1]?.capitalized && context.lexicon.titles.caucusQualifiers.has(view.words[end - 1]!.text);
  // "Labour election chief", "BBC business editor": one lower-case noun naming a part of the body, before a lower-case
  // title (not a verb: "the Conservatives accepted Prime Minister <name>'s promise", "BNP founding chairman").
  const partWord = (k: number) => /^\p{Ll}[\p{Ll}-]+$/u.test(view.words[k]?.text ?? '') && !/(?:ed|ing)$/.test(view.words[k]!.text) && !context.lexicon.titles.any.has(view.words[k]!.text);
  const partAfterName = end === titleStart && partWord(end - 1) && /^\p{Ll}/u.test(view.words[titleStart]?.text ?? '');
  const adjacent = mentionEndingAt(context, s, end);
  const regional = regionalUnitOfBody(context, view, s, adjacent);
  if (regional) return { entity: regional.entity, start: regional.mention.wordFirst, unit: true };
  // ... or two: "Liberal Democrat home affairs spokesman" (a member of the party).
  const twoWordsBefore = !adjacent && partAfterName && partWord(end - 2) && context.lexicon.titles.unitModifiers.has(view.words[end - 1]!.text) ? mentionEndingAt(context, s, end - 2) : undefined;
  const twoPartWords = twoWordsBefore?.entity.label === 'Organization' ? twoWordsBefore : undefined;
  const before = adjacent ?? (nounAfterName || unitAfterName || caucusAfterName || partAfterName ? mentionEndingAt(context, s, end - 1) ?? twoPartWords : undefined);
  // Only a body: "China trade chief" says nothing of a country's leader.
  const mention = !adjacent && partAfterName && !nounAfterName && !unitAfterName && before?.entity.label !== 'Organization' ? undefined : before;
  if (mention && mention.entity.label !== 'Person') return { entity: mention.entity, country: mention.entity.label === 'Country' ? mention.entity.country : undefined, start: mention.mention.wordFirst, unit: (unitAfterName || (partAfterName && !nounAfterName)) && !adjacent };
  // "The Scottish Green Party's health spokeswoman", "the SNP's Holyrood leader": a body's possessive, then a word or
  // two saying which part of it the title is in; a member of the body.
  // ("PwC's global chief executive" leads it all.)
  let part = false;
  for (let k = titleStart - 1; k >= titleStart - 2 && k > 0; k--) {
    const word = view.words[k]!;
    if (!/^\p{L}+$/u.test(word.text) || context.lexicon.titles.any.has(word.text)) break;
    part ||= !WHOLE_SCOPE.has(word.text.toLowerCase());
    if (!POSSESSIVE_MARKS.has(view.words[k - 1]!.text)) continue;
    const body = mentionEndingAt(context, s, k - 1);
    if (body?.entity.label === 'Organization') return { entity: body.entity, start: body.mention.wordFirst, unit: part };
    break;
  }
  if (end < titleStart && context.lexicon.organizationWords.nouns.has(view.words[end - 1]?.text ?? '') && view.words.slice(Math.max(0, end - 4), end).some((w) => w.text.toLowerCase() === 'the')) {
    const body = latestOrganizationBefore(context, s, end - 1, view.words[end - 1]!.text);
    if (body) return { entity: body };
  }
  // "In <country>, he will meet the country's President <name>": the country named last before.
  if (end < titleStart && COUNTRY_NOUNS.has(view.words[end - 1]?.text ?? '') && view.words[end - 2]?.text.toLowerCase() === 'the') {
    const country = latestCountryBefore(context, s, end - 2);
    if (country) return { entity: country, country: country.country, start: end - 2 };
  }
  // "sponsored by committee Chairman <name>": a body's noun alone before the title refers to the one body named
  // before whose name holds it (not in "an attack on Labour's record and party leader <name>", after two parties).
  // (Capitalised only where it opens the sentence: "Ministry spokeswoman <name> said".)
  const nounWord = view.words[end - 1]?.text ?? '';
  const headNoun = end === titleStart && (/^\p{Ll}/u.test(nounWord) || end === 1) && context.lexicon.organizationWords.heads.has(nounWord.toLowerCase());
  // (Not "Indian oil minister", "<party>'s local government spokesman": there the noun is the title's field.)
  const wordBeforeNoun = view.words[end - 2]?.text.toLowerCase() ?? '';
  const bareNoun = end === 1 || BARE_NOUN_OPENERS.has(wordBeforeNoun) || DATE_WORDS.has(wordBeforeNoun);
  if ((nounAfterName || headNoun) && !before && bareNoun) {
    const body = onlyBodyNamedWith(context, s, end - 1, view.words[end - 1]!.text);
    if (body) return { entity: body };
  }
  const demonym = demonymEndingAt(view, end);
  // The demonym may open the sentence, where it makes no mention of its own ("Chinese President <name> said").
  const opening = !demonym && end === 1 ? context.lexicon.demonyms.get(fold(view.words[0]!.text)) : undefined;
  const country = demonym?.country ?? opening;
  if (country) {
    const start = demonym?.wordFirst ?? 0;
    const entity = context.resolution.entities.get(entityId('Country', country));
    return entity ? { entity, country, start } : { country, start };
  }
  return undefined;
}

function applyTitle(
  s: number,
  person: ResolvedEntity,
  title: TitleSpan,
  holder: ResolvedEntity | undefined,
  country: string | undefined,
  findings: RoleFindings,
  rule: string,
): void {
  const code = country ?? (holder?.label === 'Country' ? holder.country : undefined);
  if (code) findings.nationality.set(person.id, code);
  if (!holder) return;
  if (holder.label === 'Country') {
    const headsThisState = !title.headsStateOnlyIn || (holder.country !== undefined && title.headsStateOnlyIn.has(holder.country));
    const leadsCountry = (title.classes.includes('headOfState') && headsThisState) || (title.classes.includes('countryLeader') && !title.opposition);
    if (leadsCountry) findings.relations.push({ type: 'LEADER_OF', source: person, target: holder, sentence: s, rule: `leader:${rule}` });
    return;
  }
  if (holder.label !== 'Organization' || (title.opposition && holder.kind === 'government')) return;
  findings.relations.push({ type: 'AFFILIATED_WITH', source: person, target: holder, sentence: s, rule: `affiliated:${rule}` });
  if (title.classes.includes('leader')) findings.relations.push({ type: 'LEADER_OF', source: person, target: holder, sentence: s, rule: `leader:${rule}` });
}

/** "<name>, an associate professor at <university>", "<name>, chairman and executive director of <company>". */
function appositiveAfter(context: RelationContext, view: SentenceView, s: number, person: EntityMention, findings: RoleFindings, nameEnd = person.mention.wordLast): void {
  let start = nameEnd;
  // "<name>, 54, chief executive of <body>": past the person's age.
  if (view.words[start]?.text === ',' && /^\d{1,3}$/.test(view.words[start + 1]?.text ?? '') && view.words[start + 2]?.text === ',') start += 2;
  // "<name> works for <body>", "<name>, who works at <body>": a staff member of the body named right after.
  const employed = worksFor(context, view, view.words[start]?.text === ',' && view.words[start + 1]?.text === 'who' ? start + 2 : start);
  if (employed !== undefined) {
    const body = bodyOpeningAt(context, s, employed);
    if (body) findings.relations.push({ type: 'AFFILIATED_WITH', source: person.entity, target: body.entity, sentence: s, rule: 'affiliated:works-for' });
    return;
  }
  // "<name>, formerly <title> of <body>, has been named <title> of <body>": past the appositive, a predicate too.
  // (A copula of two words or more after the closing comma: the predicate reads from there, as right after a name.)
  if (view.words[start]?.text === ',') {
    let closing = start + 2;
    while (closing <= start + 18 && closing < view.words.length && view.words[closing]!.text !== ',') closing++;
    if (view.words[closing]?.text === ',' && COPULAS.has(`${view.words[closing + 1]?.text ?? ''} ${view.words[closing + 2]?.text ?? ''}`)) appositiveAfter(context, view, s, person, findings, closing + 1);
  }
  // ("<title> <name>, and the <title> of <body>, <name>": a comma before "and" ends an item of a list; no appositive opens.)
  if (view.words[start]?.text === ',' && view.words[start + 1]?.text === 'and') return;
  // "<name> is an associate professor at <university>": a predicate after the name reads as an appositive.
  const predicate = view.words[start]?.text === ',' ? undefined : predicateAfter(view, start);
  if (view.words[start]?.text !== ',' && !predicate) return;
  const nextPerson = persons(context.resolved[s]!).find((m) => m.mention.wordFirst > start);
  // "<name>, who is also chairman of <body>": a relative clause with "is" reads as an appositive; "<name>, who founded
  // <body>" as one that calls the person its founder.
  const clause = predicate ?? relativeClause(context, view, start);
  if (clause?.founded) {
    const body = context.resolved[s]!.find((m) => m.entity.label === 'Organization' && m.mention.wordFirst > clause.open && m.mention.wordFirst <= clause.open + 6);
    if (body) applyTitle(s, person.entity, { start: clause.open, end: clause.open, classes: titleClasses('founder', context.lexicon) }, body.entity, undefined, findings, 'founder');
    return;
  }
  // "<name>, who heads <body>": the person leads the body named right after the verb.
  if (clause?.leads) {
    const body = bodyOpeningAt(context, s, clause.open);
    if (body) applyTitle(s, person.entity, { start: clause.open, end: clause.open, classes: titleClasses('head', context.lexicon) }, body.entity, undefined, findings, 'head-verb');
    return;
  }
  const open = clause?.open ?? start + 1;
  let end = open;
  // A comma inside a name ("United Nations Educational, Scientific and Cultural Organization") does not end it.
  const insideName = (k: number) => view.mentions.some((m) => m.wordFirst < k && m.wordLast > k);
  const ends = (k: number) => (APPOSITIVE_END.has(view.words[k]!.text.toLowerCase()) || (predicate !== undefined && PREDICATE_END.has(view.words[k]!.text.toLowerCase()))) && !insideName(k);
  while (end < view.words.length && (end - start < 18 || insideName(end)) && end < (nextPerson?.mention.wordFirst ?? Infinity) && !ends(end)) end++;
  let titles: TitleSpan[] = [];
  for (let k = start + 1; k <= end; k++) {
    const title = titleEndingAt(context, view, k);
    if (title && title.start > start) titles.push(title);
  }
  // Keep the longest reading: "chief financial officer", not "chief"; and in "chief market analyst" the head noun's.
  titles = titles.filter((t) => !titles.some((o) => o !== t && o.start <= t.start && o.end >= t.end));
  // ("chief Turkish economist", "chief China equity strategist": past a country's adjective or name too, to a title in
  // lower case.)
  titles = titles.filter((t) => !titles.some((o) => o.start > t.start && (o.start <= t.end + 1 || (o.start <= t.end + 3 && /^\p{Ll}/u.test(view.words[o.start]!.text))) && view.words.slice(t.end, o.start).every((w) => (/^\p{Ll}/u.test(w.text) || isCountryWord(w.text, context.lexicon)) && w.text !== 'and' && w.text !== 'or')));
  // A title that runs into the next person's name is theirs: "..., president of the Federation of Thai Industries <name>".
  if (nextPerson && end === nextPerson.mention.wordFirst) titles = titles.filter((t) => !titleReaches(context, s, t, nextPerson.mention.wordFirst));
  // "<name>, a friend of the <party> leader", "<name>, the wife of <title> ...": the titles are someone else's.
  if (isRelativeOfAnother(context, view, start)) return;
  // "<name>, a British economist": the appositive says whose national the person is (a trip home is no visit).
  const demonym = view.mentions.find((m) => m.kind === 'demonym' && m.wordFirst > start && m.wordLast <= end && m.country);
  if (demonym?.country && !findings.nationality.has(person.entity.id)) findings.nationality.set(person.entity.id, demonym.country);
  // "<name>, US Secretary of State": so does a country's name right before the appositive's first title.
  const country = context.resolved[s]!.find((m) => m.entity.label === 'Country' && m.mention.wordFirst > start && titles[0] !== undefined && m.mention.wordLast === titles[0].start);
  if (country?.entity.country && !findings.nationality.has(person.entity.id)) findings.nationality.set(person.entity.id, country.entity.country);
  // "<name>, <town> Hotel Association said:": an appositive that is only a body's name says whom the person speaks for.
  // (The person opens the sentence: in "On the suspension of Mr Houston, UKIP said" the body speaks.)
  if (titles.length === 0 && !predicate && !clause && opensSentence(view, person)) {
    const only = context.resolved[s]!.find((m) => m.mention.wordFirst === start + 1 && m.mention.wordLast === end);
    if (only?.entity.label === 'Organization' && context.lexicon.triggers.speech.has(view.words[end]?.text === ',' ? view.words[end + 1]?.text ?? '' : view.words[end]?.text ?? '')) {
      findings.relations.push({ type: 'AFFILIATED_WITH', source: person.entity, target: only.entity, sentence: s, rule: 'affiliated:body-appositive' });
    }
  }
  if (titles.length === 0) return;
  // A predicate names the person's post at its start ("is a senior fellow at"), not deep inside a clause ("has been
  // stalking the premier league club").
  const leadsTo = (t: TitleSpan) => view.words.slice(open, t.start).every((w) => ARTICLES.has(w.text.toLowerCase()) || w.text === 'its' || WHOLE_SCOPE.has(w.text) || w.capitalized || context.lexicon.titles.modifiers.has(w.text));
  if (predicate && !titles.some((t) => t.start <= open + 2 && leadsTo(t))) return;
  const classes = [...new Set(titles.flatMap((t) => t.classes))];
  const inside = filterArray(context.resolved[s]!, (m) => m.mention.wordFirst > start && m.mention.wordLast <= end && m.entity !== person.entity);
  let bodies = mapArray(filterArray(inside, (m) => m.entity.label === 'Organization'), (m) => m.entity);
  if (bodies.length === 0) {
    const anaphor = definiteBody(context, view, s, start, end);
    if (anaphor) bodies = [anaphor];
  }
  // "chief executive officer of China's largest defence contractor": a description of the body named just before.
  // Only a definite description refers back ("of the company", "of China's largest defence contractor"): not a title
  // ("Party secretary"), a name after the noun ("rights group Liberty") or a bare description of another body.
  const noun = view.words.slice(start + 1, end).find((w, j, inside) => {
    if (!/^\p{Ll}/u.test(w.text) || !context.lexicon.organizationWords.nouns.has(w.text) || inside[j + 1]?.capitalized) return false;
    return inside.slice(Math.max(0, j - 4), j).some((d) => DETERMINERS.has(d.text.toLowerCase()));
  });
  // "a board member of Brazil's central bank, the <bank>,": the description's body is named right after it.
  const namedAfterNoun = noun && view.words[end]?.text === ',' ? bodyOpeningAt(context, s, end + 1) : undefined;
  if (bodies.length === 0 && namedAfterNoun) bodies = [namedAfterNoun.entity];
  if (bodies.length === 0 && noun) {
    const body = latestOrganizationBefore(context, s, start, noun.text);
    // "director of the Brazilian central bank's ... department": a demonym makes it another country's body.
    const nounAt = view.words.indexOf(noun);
    const foreign = view.mentions.some((m) => m.kind === 'demonym' && m.wordFirst > start && m.wordLast <= nounAt && m.country && body?.country && m.country !== body.country);
    if (body && !foreign) bodies = [body];
  }
  // "<name>, current chairman and chief executive officer, will remain": a bare head's title, of no body the appositive
  // names, is a title of the one body nearby or the story's one company, as before a name.
  // The sentence must go on with the person's verb after it ("..., said", "..., will remain"), not with a list.
  const verbAfter = context.lexicon.triggers.speech.has(view.words[end + 1]?.text ?? '') || CLAUSE_VERBS.has(view.words[end + 1]?.text ?? '');
  const bare = verbAfter && inside.length === 0 && !view.words.slice(start + 1, end).some((w) => BARE_TITLE_BREAKS.has(w.text) || POSSESSIVE_MARKS.has(w.text) || /^\p{Lu}/u.test(w.text));
  // "<name>, vice president of overseas sales, said": a title in a unit of no named body, the unit in lower case.
  const of = view.words.findIndex((w, k) => k > start && k < end && w.text === 'of');
  const unitOnly =
    verbAfter && inside.length === 0 && of > start + 1 && titles.length === 1 && titles[0]!.end === of &&
    view.words.slice(of + 1, end).every((w) => /^\p{Ll}+$/u.test(w.text) && !DETERMINERS.has(w.text) && !BARE_TITLE_BREAKS.has(w.text));
  // "<name>, China country head, <bank> AG, and ...", "<name>, CEO, <body>, said": the body in the next comma's slot.
  // (The appositive is a title alone: not "<name>, according to statements from the prosecutor's office, <agency>".)
  if (bodies.length === 0 && view.words[end]?.text === ',' && titleAlone(context, view, start, end, titles)) {
    const slot = context.resolved[s]!.find((m) => m.mention.wordFirst === end + 1 && m.entity.label === 'Organization');
    if (slot && SLOT_ENDS.has(view.words[slot.mention.wordLast]?.text ?? '.')) bodies = [slot.entity];
  }
  if (bodies.length === 0 && (bare || unitOnly)) {
    const holder = onlyBodyNearby(context, view, s, titles[0]!, true);
    if (unitOnly) {
      if (holder?.entity) applyTitle(s, person.entity, { start, end, classes: unitClasses(classes) }, holder.entity, undefined, findings, 'appositive-unit');
      return;
    }
    if (holder?.entity) bodies = [holder.entity];
  }
  // "dean of <university>'s <school>", "academician at <academy> and dean of <institute> at <university>": each
  // leading title leads the body it governs (the first named after it, past a possessive), the others have members.
  const bodyMentions = filterArray(inside, (m) => m.entity.label === 'Organization');
  const governedAfter = (position: number) => {
    let k = bodyMentions.findIndex((m) => m.mention.wordFirst >= position);
    // Past a possessive ("<university>'s <school>") and past the board of a body ("the Board of Management of <company>").
    // And past the backer of a body ("president of <group>-backed <company>").
    const backer = (m: EntityMention) => view.words[m.mention.wordLast]?.text === '-' && OWNERSHIP_ADJECTIVES.has(view.words[m.mention.wordLast + 1]?.text ?? '');
    const passOn = (m: EntityMention) => POSSESSIVE_MARKS.has(view.words[m.mention.wordLast]?.text ?? '') || backer(m) || context.lexicon.titles.wholeBodyWords.has(m.entity.name.split(' ')[0]!);
    while (k >= 0 && k < bodyMentions.length - 1 && passOn(bodyMentions[k]!)) k++;
    return k >= 0 ? bodyMentions[k]!.entity : undefined;
  };
  const led = new Set(titles.filter((t) => t.classes.includes('leader')).map((t) => governedAfter(t.end)));
  // ("the head of <bank>'s Asian operations": of an unnamed unit of the body, past its possessive.)
  const only = bodyMentions.length === 1 ? bodyMentions[0]! : undefined;
  const unitWords = only ? view.words.slice(only.mention.wordLast + 1, end) : [];
  const unnamedUnit =
    !!only && only.mention.wordFirst > titles[0]!.end && POSSESSIVE_MARKS.has(view.words[only.mention.wordLast]?.text ?? '') && unitWords.length > 0 &&
    /^\p{Ll}/u.test(unitWords[unitWords.length - 1]!.text) && !unitWords.some((w) => context.lexicon.titles.any.has(w.text));
  for (const body of bodies) {
    const governs = (bodyMentions.length < 2 || led.has(body)) && !unnamedUnit;
    applyTitle(s, person.entity, { start, end, classes: governs ? classes : unitClasses(classes) }, body, undefined, findings, 'appositive');
  }
  // A country in the appositive: "Afghanistan's envoy" says whose the person is, "the president of France" whom they
  // lead; "president of the <association> in southern Malaysia" leads the association, not the country.
  for (const place of inside.filter((m) => m.entity.label === 'Country')) {
    const possessive = POSSESSIVE_MARKS.has(view.words[place.mention.wordLast]?.text ?? '');
    const bodyBefore = bodyMentions.some((m) => m.mention.wordLast <= place.mention.wordFirst);
    // "president of China operations at <company>": the country names a unit of a body.
    const unit = context.lexicon.titles.unitModifiers.has(view.words[place.mention.wordLast]?.text ?? '');
    // "president of Malaysia's Durian Association": the title is the body's; the country only says whose it is.
    // ("Spain's most powerful bank": a noun for a body after the possessive is one too.)
    const bodyNounAfter = view.words.slice(place.mention.wordLast, place.mention.wordLast + 4).some((w) => /^\p{Ll}/u.test(w.text) && context.lexicon.organizationWords.nouns.has(w.text));
    const ownsBody = possessive && (bodyNounAfter || bodyMentions.some((m) => m.mention.wordFirst === place.mention.wordLast + 1));
    // "adviser on Israel's economy": a possessive after every title owns something else.
    const ownsTitle = possessive && (ownsBody || titles.some((t) => t.start >= place.mention.wordLast));
    if (ownsTitle || (classes.includes('headOfState') && !bodyBefore && !unit)) applyTitle(s, person.entity, { start, end, classes: ownsBody ? ['member'] : classes }, place.entity, undefined, findings, 'appositive');
  }
}

const COPULAS = new Set([
  'is', 'was', 'has been', 'had been', 'serves as', 'served as', 'employed as', 'became', 'becomes', 'has become', 'will become', 'was appointed', 'was named', 'was elected', 'is appointed', 'is named',
  'has been named', 'has been appointed', 'has been elected', 'was promoted to', 'took over as', 'takes over as',
]);
const CLAUSE_ADVERBS = new Set(['also', 'now', 'currently', 'still', 'formerly', 'then']);
/** Where the body opens after "works for", "worked at" or "joined" at word k (past an adverb), if such a phrase stands there. */
function worksFor(context: RelationContext, view: SentenceView, k: number): number | undefined {
  while (CLAUSE_ADVERBS.has(view.words[k]?.text ?? '')) k++;
  // ("<name> was employed by <body>": the passive's auxiliary.)
  if (['is', 'was'].includes(view.words[k]?.text ?? '') && view.words[k + 1]?.text === 'employed') k++;
  const phrase = `${view.words[k]?.text ?? ''} ${view.words[k + 1]?.text ?? ''}`;
  if (context.lexicon.triggers.worksFor.has(phrase)) return k + 2;
  return context.lexicon.triggers.worksFor.has(view.words[k]?.text ?? '') ? k + 1 : undefined;
}

/** Where a clause about a person opens its post, and whether it says the person founded or heads the body after it. */
interface Clause {
  open: number;
  founded: boolean;
  leads?: boolean;
}

const FOUNDING_VERBS = new Set(['founded', 'co-founded', 'cofounded', 'established', 'set up']);

/** Where an appositive relative clause after the comma at `comma` starts its description ("who is also"), and whether it names a founding. */
function relativeClause(context: RelationContext, view: SentenceView, comma: number): Clause | undefined {
  if (view.words[comma + 1]?.text !== 'who') return undefined;
  let k = comma + 2;
  while (CLAUSE_ADVERBS.has(view.words[k]?.text ?? '')) k++;
  const one = view.words[k]?.text ?? '';
  const two = `${one} ${view.words[k + 1]?.text ?? ''}`;
  if (FOUNDING_VERBS.has(two)) return { open: k + 2, founded: true };
  if (FOUNDING_VERBS.has(one)) return { open: k + 1, founded: true };
  if (context.lexicon.triggers.leads.has(one)) return { open: k + 1, founded: false, leads: true };
  if (COPULAS.has(two)) k += 2;
  else if (COPULAS.has(one)) k += 1;
  else return undefined;
  while (CLAUSE_ADVERBS.has(view.words[k]?.text ?? '')) k++;
  return { open: k, founded: false };
}

/** Whether an appositive's words between `start` and `end` are titles, capitalised words, articles and modifiers only. */
function titleAlone(context: RelationContext, view: SentenceView, start: number, end: number, titles: TitleSpan[]): boolean {
  const { modifiers, unitModifiers } = context.lexicon.titles;
  for (let k = start + 1; k < end; k++) {
    const word = view.words[k]!;
    const plain = titles.some((t) => t.start <= k && k < t.end) || word.capitalized || ARTICLES.has(word.text.toLowerCase()) || modifiers.has(word.text) || unitModifiers.has(word.text);
    if (!plain) return false;
  }
  return true;
}

/**
 * Where the description starts in "<name> is (also) a <title> ...", "<name> was the <title> ...", "<name> serves as
 * <title> ...": a copula right after the name, then an article or a title word.
 */
function predicateAfter(view: SentenceView, end: number): Clause | undefined {
  const one = view.words[end]?.text ?? '';
  const two = `${one} ${view.words[end + 1]?.text ?? ''}`;
  const three = `${two} ${view.words[end + 2]?.text ?? ''}`;
  // ("named <name> as its new chief executive": "as" before "its" or "the" opens the post too.)
  const asPost = one === 'as' && ['its', 'the'].includes(view.words[end + 1]?.text ?? '');
  let k = COPULAS.has(three) ? end + 3 : COPULAS.has(two) ? end + 2 : COPULAS.has(one) || asPost ? end + 1 : -1;
  if (k < 0) return undefined;
  while (CLAUSE_ADVERBS.has(view.words[k]?.text ?? '')) k++;
  return { open: k, founded: false };
}

/** An appositive opening "a friend of", "the wife of": whose friend or relative the person is, not their titles. */
function isRelativeOfAnother(context: RelationContext, view: SentenceView, comma: number): boolean {
  let k = comma + 1;
  if (!['a', 'an', 'the'].includes(view.words[k]?.text.toLowerCase() ?? '')) return false;
  const of = view.words.findIndex((w, j) => j > k && j <= k + 3 && w.text === 'of');
  return of > 0 && context.lexicon.titles.relativeNouns.has(mapArray(view.words.slice(k + 1, of), (w) => w.text).join(' '));
}

/** "Party secretary of the college": the latest body named before whose name holds that noun. */
function definiteBody(context: RelationContext, view: SentenceView, s: number, start: number, end: number): ResolvedEntity | undefined {
  // "<body> said <name>, its president, ...": "its" means the body the sentence named before.
  const its = view.words.slice(start + 1, end).findIndex((w) => w.text === 'its');
  if (its >= 0) return bodyBefore(context, s, start + 1 + its);
  for (let k = start + 1; k < end - 1; k++) {
    if (view.words[k]!.text.toLowerCase() !== 'the') continue;
    const noun = fold(view.words[k + 1]!.text);
    if (!context.lexicon.organizationWords.heads.has(noun)) continue;
    for (let t = s; t >= 0; t--) {
      const candidates = filterArray(context.resolved[t]!, (m) => m.entity.label === 'Organization' && (t < s || m.mention.wordLast <= start) && fold(m.entity.name).split(/\s+/).includes(noun));
      const latest = candidates[candidates.length - 1];
      if (latest) return latest.entity;
    }
  }
  return undefined;
}

/** The body named from word k of sentence s, past a "the" ("works at the <body>", "who heads <body>"). */
function bodyOpeningAt(context: RelationContext, s: number, k: number): EntityMention | undefined {
  return mentionOpeningAt(context, s, k, (m) => m.entity.label === 'Organization');
}

/** The last body the sentence names before word `position`, the one a following "its" refers to. */
function bodyBefore(context: RelationContext, s: number, position: number): ResolvedEntity | undefined {
  // ("<body> said ... its <unit> unit ... its chief financial officer": a body "its" introduced is the referent's own, not it.)
  const words = context.views[s]!.words;
  const bodies = filterArray(context.resolved[s]!, (m) => m.entity.label === 'Organization' && m.mention.wordLast <= position && words[m.mention.wordFirst - 1]?.text !== 'its');
  return bodies[bodies.length - 1]?.entity;
}

/** True when nothing but "of/at the <body>" lies between a title and word `target`. */
function titleReaches(context: RelationContext, s: number, title: TitleSpan, target: number): boolean {
  if (title.end === target) return true;
  const body = context.resolved[s]!.find((m) => m.mention.wordLast === target && m.entity.label !== 'Person');
  if (!body) return false;
  const gap = mapArray(context.views[s]!.words.slice(title.end, body.mention.wordFirst), (w) => w.text.toLowerCase());
  return gap.length <= 2 && gap.every((w) => ['of', 'at', 'the', 'to', 'for'].includes(w));
}

// Nouns by which a text refers back to a country: "the country's President <name>".
const COUNTRY_NOUNS = new Set(['country', 'nation']);

/** The country named last before word `position` of sentence `s`, in it or the two sentences before. */
function latestCountryBefore(context: RelationContext, s: number, position: number): ResolvedEntity | undefined {
  for (let t = s; t >= 0 && t >= s - 2; t--) {
    const countries = context.resolved[t]!.filter((m) => m.entity.label === 'Country' && (t < s || m.mention.wordLast <= position));
    if (countries.length > 0) return countries[countries.length - 1]!.entity;
  }
  return undefined;
}

/**
 * The body "the agency" or "the company" refers to: among those named in the last few sentences, the latest whose
 * name holds the noun, else the first named in the nearest sentence that names one, other than a political party
 * (a party is "the party").
 */
function latestOrganizationBefore(context: RelationContext, s: number, position: number, noun: string): ResolvedEntity | undefined {
  const folded = fold(noun);
  let fallback: ResolvedEntity | undefined;
  for (let t = s; t >= 0 && t >= s - 4; t--) {
    const bodies = context.resolved[t]!.filter((m) => m.entity.label === 'Organization' && (t < s || m.mention.wordLast <= position));
    for (let k = bodies.length - 1; k >= 0; k--) {
      const body = bodies[k]!.entity;
      if (fold(body.name).split(' ').includes(folded)) return body;
    }
    // Else the first body of the nearest sentence that names one: its subject, more often than a body named after it
    // ("According to <company>, which put the code on GitHub ... <name>, the company's chief scientist").
    // (A public body's noun, "ministry" or "agency", refers back only to a government body: "a spokesman for Portugal's
    // foreign ministry" after an airline's name.)
    const { institutionHeads } = context.lexicon.organizationWords;
    const publicBody = (body: ResolvedEntity) => body.kind === 'government' || fold(body.name).split(' ').some((w) => institutionHeads.has(w));
    // ("the company's founder" after an agency's name: nor does "company" refer back to a public body.)
    const fits = (body: ResolvedEntity) => (institutionHeads.has(folded) ? publicBody(body) : folded !== 'company' || !publicBody(body));
    if (!fallback) fallback = bodies.find((m) => (m.entity.kind !== 'party' || folded === 'party') && fits(m.entity))?.entity;
  }
  return fallback;
}

/**
 * The one body named up to word `position` of sentence `s` whose name holds `noun`, or that the text introduced
 * with the noun ("Italian steel group <name>"), if only one is.
 */
function onlyBodyNamedWith(context: RelationContext, s: number, position: number, noun: string): ResolvedEntity | undefined {
  const folded = fold(noun);
  const found = new Set<ResolvedEntity>();
  for (let t = 0; t <= s; t++) {
    for (const m of context.resolved[t]!) {
      if (m.entity.label !== 'Organization' || (t === s && m.mention.wordLast > position)) continue;
      const introduced = m.entity.kind !== 'party' && context.views[t]!.words[m.mention.wordFirst - 1]?.text === noun;
      if (introduced || (m.entity.kind === 'party' ? folded === 'party' : fold(m.entity.name).split(' ').includes(folded))) found.add(m.entity);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** "Thaiane Oliveira from Fluminense Federal University", "Wang of Tsinghua University": a body right after the name. */
function bodyAfter(context: RelationContext, view: SentenceView, s: number, person: EntityMention, findings: RoleFindings): void {
  let k = person.mention.wordLast;
  // "<name>, of the University of <place>,".
  if (view.words[k]?.text === ',' && ['from', 'of', 'at'].includes(view.words[k + 1]?.text ?? '')) k++;
  if (!['from', 'of', 'at'].includes(view.words[k]?.text ?? '')) return;
  k++;
  if (view.words[k]?.text === 'the') k++;
  k = pastBodyDescription(context, view, k);
  // "of Beijing-based <body>": the place the body is based in may stand before its name.
  const place = context.resolved[s]!.find((m) => m.mention.wordFirst === k && isPlaceLabel(m.entity.label));
  if (place && view.words[place.mention.wordLast]?.text === '-' && view.words[place.mention.wordLast + 1]?.text === 'based') k = place.mention.wordLast + 2;
  const body = context.resolved[s]!.find((m) => m.mention.wordFirst === k && m.entity.label === 'Organization');
  if (!body) return;
  // Not "said <name> of <body>'s strong results": the body then owns what follows, and the name is a speaker's
  // ("<name> from <body>'s Office of Drug Safety" and "<name> of Standard & Poor's in New York" still are the body's).
  const after = body.mention.wordLast;
  const ownsWhatFollows =
    view.words[k - 1]?.text === 'of' && POSSESSIVE_MARKS.has(view.words[after]?.text ?? '') && /^\p{Ll}/u.test(view.words[after + 1]?.text ?? '') &&
    !body.mention.entries.some((e) => [e.name, ...e.aliases].some((alias) => fold(alias) === fold(`${body.mention.text}'s`)));
  if (!ownsWhatFollows) findings.relations.push({ type: 'AFFILIATED_WITH', source: person.entity, target: body.entity, sentence: s, rule: 'affiliated:from-body' });
}
