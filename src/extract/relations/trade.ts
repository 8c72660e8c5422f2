// TRADES_WITH: two countries named together where the text speaks of trade between them.
import { entityId } from '../../schema/ids.js';
import { fold } from '../../lexicon/fold.js';
import type { ResolvedEntity } from '../resolve.js';
import type { SentenceView } from '../mentions.js';
import { mapArray } from '../packed-array.js';
import { findPhrases, type Relation, type RelationContext } from './context.js';

// "trade body", "Trade Minister": trade words that name a thing rather than trade between countries.
const NOT_TRADE_BETWEEN = new Set(['body', 'bodies', 'group', 'groups', 'fair', 'fairs', 'minister', 'ministers', 'ministry', 'organization', 'organisation', 'show', 'union', 'unions', 'association', 'chief', 'official', 'officials', 'zone', 'port', 'bloc', 'commissioner', 'representative', 'secretary']);
// Words that separate two clauses, each with its own pair of countries.
const CLAUSE_BREAKS = new Set([';', 'while', 'whereas', 'but']);

export function tradeRelations(context: RelationContext): Relation[] {
  const relations: Relation[] = [];
  const main = mainCountries(context);
  context.views.forEach((view, s) => {
    const { trade, generalTrade, tradeAgreements } = context.lexicon.triggers;
    const triggers = findPhrases(context, view, trade).filter((k) => {
      const word = view.words[k]!;
      const next = view.words[k + 1]?.text ?? '';
      // "defending free trade" is trade in general; "a free trade agreement" is between the countries named.
      const general = generalTrade.has(view.words[k - 1]?.text ?? '') && !tradeAgreements.has(next);
      // (A capital names a thing, "Trade Secretary", except where the sentence opens: "Trade between A and B rose".)
      return (!word.capitalized || word.sentenceInitial) && !general && !NOT_TRADE_BETWEEN.has(next.toLowerCase());
    });
    if (triggers.length === 0) return;
    for (const clause of clauses(view)) {
      if (!triggers.some((k) => k >= clause.from && k < clause.to)) continue;
      const countries = countriesIn(context, view, s, clause.from, clause.to);
      const distinct = [...new Map(countries.map((c) => [c.id, c])).values()];
      // "The country imported ... 900 tonnes from Chile and 400 tonnes from Peru": countries after "from"
      // are sources, each trading with the country the subject refers back to, not with each other.
      const sources = sourcesOnly(context, view, s, distinct);
      if (sources) {
        const subject = anaphoricSubject(view, clause.from) ? countryBefore(context, s, distinct) : undefined;
        if (subject) for (const source of distinct) relations.push({ type: 'TRADES_WITH', source: subject, target: source, sentence: s, rule: 'trade:sources' });
      } else if (distinct.length === 2 && !destinationList(context, view, s, distinct)) {
        relations.push({ type: 'TRADES_WITH', source: distinct[0]!, target: distinct[1]!, sentence: s, rule: 'trade:two-countries' });
      } else if (distinct.length === 0 || distinct.length === 1) {
        // "bilateral trade" with one side or none named: the two countries the article is about.
        const bilateral = view.words.some((w, k) => k >= clause.from && k < clause.to && fold(w.text) === 'bilateral');
        if (bilateral && main && (distinct.length === 0 || main.some((c) => c.id === distinct[0]!.id))) {
          relations.push({ type: 'TRADES_WITH', source: main[0], target: main[1], sentence: s, rule: 'trade:bilateral' });
        }
      } else {
        // Three or more ("the ROK surpassed Japan to become China's second-largest trading partner"): the clause's
        // subject trades with the country named last, whose partner it is; the others are comparisons.
        const partner = view.words.some((w, k) => k >= clause.from && k < clause.to && fold(w.text) === 'partner');
        const owner = countries[countries.length - 1]!;
        if (partner && owner !== distinct[0]) relations.push({ type: 'TRADES_WITH', source: distinct[0]!, target: owner, sentence: s, rule: 'trade:partner' });
      }
    }
  });
  return relations;
}

// Words before a list of countries that make them all the far end of one trade: "for export to A, B and C".
const LIST_OPENERS = new Set(['to', 'from', 'into', 'for']);

/** The two countries stand in one list after "to" or "from" ("export to Switzerland, Austria and ..."): destinations, not partners. */
function destinationList(context: RelationContext, view: SentenceView, s: number, pair: ResolvedEntity[]): boolean {
  const mentions = context.resolved[s]!.filter((m) => pair.includes(m.entity)).sort((a, b) => a.mention.wordFirst - b.mention.wordFirst);
  const [first, second] = [mentions[0], mentions.find((m) => m.entity !== mentions[0]?.entity)];
  if (!first || !second) return false;
  const between = view.words.slice(first.mention.wordLast, second.mention.wordFirst);
  return between.length > 0 && between.every((w) => w.text === ',' || w.text === 'and') && LIST_OPENERS.has(view.words[first.mention.wordFirst - 1]?.text.toLowerCase() ?? '');
}

/** True when every country named (two or more) stands right after "from": the far ends of one country's trade. */
function sourcesOnly(context: RelationContext, view: SentenceView, s: number, countries: ResolvedEntity[]): boolean {
  if (countries.length < 2) return false;
  const mentions = context.resolved[s]!.filter((m) => countries.includes(m.entity));
  return mentions.every((m) => view.words[m.mention.wordFirst - 1]?.text.toLowerCase() === 'from');
}

// Subjects that refer back to a country named before: "The country imported", "It exported".
const ANAPHORIC_SUBJECTS = new Set(['the country', 'the nation', 'it']);

function anaphoricSubject(view: SentenceView, from: number): boolean {
  const two = `${view.words[from]?.text ?? ''} ${view.words[from + 1]?.text ?? ''}`.toLowerCase();
  return ANAPHORIC_SUBJECTS.has(two) || ANAPHORIC_SUBJECTS.has(view.words[from]?.text.toLowerCase() ?? '');
}

/** The country named last in the two sentences before sentence `s`, other than `others`. */
function countryBefore(context: RelationContext, s: number, others: ResolvedEntity[]): ResolvedEntity | undefined {
  for (let t = s - 1; t >= Math.max(0, s - 2); t--) {
    const countries = context.resolved[t]!.filter((m) => m.entity.label === 'Country' && !others.includes(m.entity));
    if (countries.length > 0) return countries[0]!.entity;
  }
  return undefined;
}

function clauses(view: SentenceView): { from: number; to: number }[] {
  const result: { from: number; to: number }[] = [];
  let from = 0;
  view.words.forEach((word, k) => {
    if (CLAUSE_BREAKS.has(word.text.toLowerCase()) && k > from) {
      result.push({ from, to: k });
      from = k + 1;
    }
  });
  result.push({ from, to: view.words.length });
  return result;
}

/** Countries named in a clause, by name or by a demonym whose country the article names ("French exports to Nigeria"). */
function countriesIn(context: RelationContext, view: SentenceView, s: number, from: number, to: number): ResolvedEntity[] {
  const found: { at: number; entity: ResolvedEntity }[] = [];
  for (const m of context.resolved[s]!) {
    if (m.entity.label === 'Country' && m.mention.wordFirst >= from && m.mention.wordFirst < to) found.push({ at: m.mention.start, entity: m.entity });
  }
  for (const mention of view.mentions) {
    if (mention.kind !== 'demonym' || !mention.country || mention.wordFirst < from || mention.wordFirst >= to) continue;
    const entity = context.resolution.entities.get(entityId('Country', mention.country));
    if (entity) found.push({ at: mention.start, entity });
  }
  return mapArray(found.sort((a, b) => a.at - b.at), (f) => f.entity);
}

/** The two countries the article names most, when two stand out. */
function mainCountries(context: RelationContext): [ResolvedEntity, ResolvedEntity] | undefined {
  const countries = [...context.resolution.entities.values()].filter((e) => e.label === 'Country').sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1));
  const [first, second, third] = countries;
  if (!first || !second || second.mentions.length < 2) return undefined;
  if (third && third.mentions.length === second.mentions.length) return undefined;
  return [first, second];
}
