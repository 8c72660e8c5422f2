// Runs every relation rule over an article and adds what follows from their findings (a visit to a city is a visit to its country).
import { entityId } from '../../schema/ids.js';
import type { TextDocument } from '../../text/analyse.js';
import type { Lexicon } from '../../lexicon/index.js';
import { longestPhraseEndingAt, type SentenceView } from '../mentions.js';
import type { Word } from '../words.js';
import type { ResolvedEntity, Resolution } from '../resolve.js';
import { isPlaceLabel, relationContext, type Relation, type RelationContext } from './context.js';
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
  if (dateline) found.push(...datelineGuests(context, found, home, dateline));
  // "A met B in <city>": B, often the host, travelled only when B is known to come from another country, or, B's
  // country unknown, when A is known to be at home there ("<demonym> Vice President A met with B in <capital>").
  // "A received B in <city>": B came, when known to come from another country. "A and B met in <country>": each came
  // who is known to come from another; so did one on "a visit" to no place named, to the dateline's city.
  const relations = found.filter((r) => {
    if (!VISITS_FROM_ELSEWHERE.has(r.rule)) return true;
    const own = home.get(r.source.id);
    const place = r.target as ResolvedEntity;
    if (!place.country || (FROM_KNOWN_ELSEWHERE.has(r.rule) && !own)) return false;
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
const VISITS_FROM_ELSEWHERE = new Set(['visited:met-in-city-guest', 'visited:hosted-in-city', 'visited:met-in-country', 'visited:dateline-trip', 'visited:event-city']);
// Of those, the visits kept only for people whose own country is known (not for one met by a person known at home).
const FROM_KNOWN_ELSEWHERE = new Set(['visited:met-in-country', 'visited:dateline-trip', 'visited:event-city']);

/** Whether an envoy's title stands within a few words before the name in [first, last), or in an appositive after it. */
function titledEnvoy(words: readonly Word[], first: number, last: number, lexicon: Lexicon): boolean {
  for (let k = Math.max(1, first - 5); k <= Math.min(words.length, last + 4); k++) {
    if ((k <= first || k > last) && longestPhraseEndingAt(words, k, lexicon.titles.envoys) > 0) return true;
  }
  return false;
}

// Prepositions that give a meeting a place of its own: "met in <city>", "talks at <venue>".
const MEETING_PLACE = new Set(['in', 'at']);
// Words of a meeting still to come, whose place the story may not know yet.
const UNDECIDED = new Set(['will', 'would', 'shall', 'expected', 'due', 'plans', 'planned', 'scheduled']);
// Words that make a meeting one at a distance: nobody travelled.
const REMOTE_MEETING = new Set(['phone', 'telephone', 'video', 'videoconference', 'virtual', 'virtually', 'call', 'letter', 'message']);

/**
 * "WASHINGTON President <name> welcomed Canadian Prime Minister <name>", "<name> held talks with President <name> of
 * China" under the dateline: a meeting with no place of its own is where the story was filed from, so one party known
 * to come from another country came there, met by one at home there or of no known country. Neither may be said to
 * travel anywhere outside the dateline's country (the story may be filed from home about a trip abroad), and the meeting
 * must have taken place (one still to come may be held elsewhere).
 */
function datelineGuests(context: RelationContext, found: Relation[], home: Map<string, string>, dateline: ResolvedEntity): Relation[] {
  const away = new Set<string>();
  for (const r of found) if (r.type === 'VISITED' && r.target !== 'article' && r.target.country !== dateline.country) away.add(r.source.id);
  const guests: Relation[] = [];
  for (const meeting of found) {
    if (meeting.type !== 'MET_WITH' || meeting.target === 'article') continue;
    const s = meeting.sentence;
    const words = context.views[s]!.words;
    const placed = context.resolved[s]!.some((m) => isPlaceLabel(m.entity.label) && m.entity !== dateline && MEETING_PLACE.has(words[m.mention.wordFirst - 1]?.text ?? ''));
    if (placed || words.some((w) => REMOTE_MEETING.has(w.text.toLowerCase()) || UNDECIDED.has(w.text.toLowerCase()))) continue;
    for (const [host, guest] of [[meeting.source, meeting.target], [meeting.target, meeting.source]] as const) {
      const from = home.get(guest.id);
      const hostHome = home.get(host.id);
      if (!from || from === dateline.country || (hostHome && hostHome !== dateline.country) || away.has(guest.id) || away.has(host.id)) continue;
      // ("Ambassador of <country> <name> called on the minister": an envoy lives where posted.)
      const mention = context.resolved[s]!.find((m) => m.entity === guest)?.mention;
      if (!mention || titledEnvoy(words, mention.wordFirst, mention.wordLast, context.lexicon)) continue;
      guests.push({ type: 'VISITED', source: guest, target: dateline, sentence: s, rule: 'visited:dateline-guest' });
    }
  }
  return guests;
}

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
  // "PARIS, March 27", "BEIJING -- ", "SHANGHAI — ", "NEW YORK, March 3": a city in capitals, then a comma or a dash;
  // or, where the wire's credit and dash were dropped, glued to the story's first words in title case ("WASHINGTON
  // President <name>", "WASHINGTON U.S. President <name>").
  const next = first.words[mention.wordLast];
  const glued = !!next?.capitalized && first.words.slice(mention.wordLast, mention.wordLast + 2).some((w) => w.capitalized && /\p{Ll}/u.test(w.text));
  if (word.text !== word.text.toUpperCase() || !(DATELINE_MARKS.has(next?.text ?? '') || glued)) return undefined;
  const entity = resolution.entityOf.get(mention);
  return entity?.label === 'City' ? entity : undefined;
}
