// Runs every relation rule over an article and adds what follows from their findings (a visit to a city is a visit to its country).
import { entityId } from '../../schema/ids.js';
import type { TextDocument } from '../../text/analyse.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { SentenceView } from '../mentions.js';
import type { ResolvedEntity, Resolution } from '../resolve.js';
import { relationContext, type Relation } from './context.js';
import { movementRelations } from './movement.js';
import { roleRelations } from './roles.js';
import { speechRelations } from './speech.js';
import { structureRelations } from './structure.js';
import { tradeRelations } from './trade.js';

export type { Relation } from './context.js';

export function findRelations(doc: TextDocument, views: SentenceView[], lexicon: Lexicon, resolution: Resolution): Relation[] {
  const context = relationContext(doc, views, lexicon, resolution);
  const dateline = datelineCity(views, resolution);
  const roles = roleRelations(context);
  const structure = structureRelations(context);
  const found = [
    ...speechRelations(context),
    ...roles.relations,
    ...movementRelations(context, dateline),
    ...tradeRelations(context),
    ...structure,
  ];
  const home = homeCountries(roles.nationality, found);
  // "A met B in <city>": B, often the host, travelled only when B is known to come from another country, or, B's
  // country unknown, when A is known to be at home there ("<demonym> Vice President A met with B in <capital>").
  // "A received B in <city>": B came, when known to come from another country. "A and B met in <country>": each came
  // who is known to come from another.
  const relations = found.filter((r) => {
    if (!VISITS_FROM_ELSEWHERE.has(r.rule)) return true;
    const own = home.get(r.source.id);
    const place = r.target as ResolvedEntity;
    if (!place.country || (r.rule === 'visited:met-in-country' && !own)) return false;
    if (own) return place.country !== own;
    if (r.rule === 'visited:hosted-in-city') return false;
    const host = found.find((h) => h.rule === 'visited:met-in-city' && h.sentence === r.sentence && h.target === r.target)?.source;
    return !!host && home.get(host.id) === place.country;
  });
  const visits = relations.filter((r) => r.type === 'VISITED');
  const derived: Relation[] = [];
  // "HANOVER, Germany - <name> said during a visit to Germany": a visit to the country a story was filed from is a
  // visit to the city it was filed from.
  for (const visit of visits) {
    const place = visit.target as ResolvedEntity;
    if (dateline && place.label === 'Country' && place.country === dateline.country) derived.push({ type: visit.type, source: visit.source, target: dateline, sentence: visit.sentence, rule: 'visited:dateline-country' });
  }
  // A visit to a city is a visit to its country.
  for (const visit of visits) {
    const place = visit.target as ResolvedEntity;
    const country = place.label !== 'Country' && place.country ? resolution.entities.get(entityId('Country', place.country)) : undefined;
    if (country) derived.push({ type: visit.type, source: visit.source, target: country, sentence: visit.sentence, rule: 'visited:city-country' });
  }
  // A member of a unit is a member of the body it belongs to.
  const parents = relations.filter((r) => r.type === 'PART_OF');
  for (const affiliation of relations.filter((r) => r.type === 'AFFILIATED_WITH')) {
    for (const part of parents) {
      if (part.source === affiliation.target) derived.push({ type: affiliation.type, source: affiliation.source, target: part.target, sentence: affiliation.sentence, rule: 'affiliated:parent-body' });
    }
  }
  // (A return to a place is no visit there, whichever trigger also reached it: "returned to <city> after visiting".)
  const returns = new Set(relations.filter((r) => r.rule === 'visited:return').map(tripKey));
  return [...relations, ...derived].filter((r) => {
    if (r.type !== 'VISITED') return true;
    // Going home is not a visit, nor is receiving guests at home; a tour of places in one's own country is.
    const place = r.target as ResolvedEntity;
    const own = home.get(r.source.id);
    if (!own || place.country !== own) return true;
    return place.label !== 'Country' && !returns.has(tripKey(r)) && r.rule !== 'visited:met-in-city';
  });
}

function tripKey(visit: Relation): string {
  return `${visit.source.id} ${(visit.target as ResolvedEntity).id}`;
}

// Visits a rule reads only for people known to come from another country (or, in a city, met by one known at home).
const VISITS_FROM_ELSEWHERE = new Set(['visited:met-in-city-guest', 'visited:hosted-in-city', 'visited:met-in-country']);

// Bodies whose members are the country's own people: a party's MP or a ministry's official is at home there.
const NATIONAL_KINDS = new Set(['party', 'government']);

/** The country each person belongs to: a nationality from a title, the country they lead, or their national party or government body. */
function homeCountries(nationality: Map<string, string>, relations: Relation[]): Map<string, string> {
  const home = new Map(nationality);
  for (const r of relations) {
    if (r.target === 'article') continue;
    if (r.type === 'LEADER_OF' && r.target.label === 'Country' && r.target.country) home.set(r.source.id, r.target.country);
  }
  for (const r of relations) {
    if (r.target === 'article' || home.has(r.source.id) || (r.type !== 'AFFILIATED_WITH' && r.type !== 'LEADER_OF')) continue;
    if (r.target.label === 'Organization' && r.target.country && NATIONAL_KINDS.has(r.target.kind ?? '')) home.set(r.source.id, r.target.country);
  }
  return home;
}

const DATELINE_MARKS = new Set([',', '-', '--', '—', '–']);

/** "PARIS, March 27 -" or "HANOVER, Germany": the city a wire story was filed from. */
function datelineCity(views: SentenceView[], resolution: Resolution): ResolvedEntity | undefined {
  const first = views.find((v) => v.paragraph > 0);
  const mention = first?.mentions[0];
  if (!first || !mention || mention.wordFirst !== 0) return undefined;
  const word = first.words[0]!;
  // "PARIS, March 27", "BEIJING -- ", "SHANGHAI — ", "NEW YORK, March 3": a city in capitals, then a comma or a dash.
  if (word.text !== word.text.toUpperCase() || !DATELINE_MARKS.has(first.words[mention.wordLast]?.text ?? '')) return undefined;
  const entity = resolution.entityOf.get(mention);
  return entity?.label === 'City' ? entity : undefined;
}
