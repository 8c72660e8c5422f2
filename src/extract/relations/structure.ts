// LOCATED_IN and PART_OF: where places and bodies lie (world knowledge and the text), and which body belongs to which.
import { entityId } from '../../schema/ids.js';
import { fold } from '../../lexicon/fold.js';
import type { ResolvedEntity } from '../resolve.js';
import { POSSESSIVE_MARKS } from '../words.js';
import { hasWordOrSingular, isPlaceNoun, isTitle, type SentenceView } from '../mentions.js';
import { filterArray, mapArray } from '../packed-array.js';
import { isPlaceLabel, type EntityMention, type Relation, type RelationContext } from './context.js';


// Nouns after a body's name that make it say whose members are meant: "NATO members", "WTO member states".
const MEMBER_NOUNS = new Set(['members', 'member', 'allies']);

// What may follow "<company>, <city>" for the city to be the company's seat, not the next item of a list.
const CITY_CLOSERS = new Set([',', '.', ';', 'said', 'says']);

const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'are', 'were']);
// A word in lower case (a hyphen inside allowed): a description's word, not a name's.
const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
// Verbs that open a predicate about a body's seat right after its name: "is based in", "has its headquarters in".
const PREDICATE_OPENERS = new Set(['is', 'was', 'has', 'had']);

export function structureRelations(context: RelationContext): Relation[] {
  const relations: Relation[] = [];
  // (What lies in a territory that is a city lies in that city.)
  const countryEntity = (code: string | undefined) => (code ? context.resolution.entities.get(context.lexicon.territoryCities.get(code) ?? entityId('Country', code)) : undefined);
  const firstSentence = (entity: ResolvedEntity) => entity.mentions[0]?.sentence ?? 0;

  // World knowledge: a city or region lies in its country, when the article names that country; a district in its
  // city, when the article names that city.
  const cities = new Map<string, ResolvedEntity>();
  for (const entity of context.resolution.entities.values()) if (entity.label === 'City') cities.set(fold(entity.name), entity);
  for (const entity of context.resolution.entities.values()) {
    if (entity.label !== 'City' && entity.label !== 'Region') continue;
    const city = entity.city ? cities.get(fold(entity.city)) : undefined;
    if (city) relations.push({ type: 'LOCATED_IN', source: entity, target: city, sentence: firstSentence(entity), rule: 'located:district' });
    const country = countryEntity(entity.country);
    if (country) relations.push({ type: 'LOCATED_IN', source: entity, target: country, sentence: firstSentence(entity), rule: 'located:gazetteer' });
  }

  // World knowledge: a county lies in its nation, when the article names both ("Fife" and "Scotland").
  const regions = new Map<string, ResolvedEntity>();
  for (const entity of context.resolution.entities.values()) if (entity.label === 'Region') regions.set(fold(entity.name), entity);
  for (const entity of context.resolution.entities.values()) {
    const nation = entity.within ? regions.get(fold(entity.within)) : undefined;
    if (nation) relations.push({ type: 'LOCATED_IN', source: entity, target: nation, sentence: firstSentence(entity), rule: 'located:nation' });
  }

  // World knowledge: a city lies in its province or state, when the article names both ("Hefei" and "Anhui").
  const provinces = new Map<string, ResolvedEntity>();
  for (const entity of context.resolution.entities.values()) if (entity.label === 'Region' && entity.admin1) provinces.set(entity.admin1, entity);
  for (const entity of context.resolution.entities.values()) {
    const province = entity.label === 'City' && entity.admin1 ? provinces.get(entity.admin1) : undefined;
    if (province) relations.push({ type: 'LOCATED_IN', source: entity, target: province, sentence: firstSentence(entity), rule: 'located:province' });
  }

  context.views.forEach((view, s) => {
    const list = context.resolved[s]!;
    list.forEach((m, k) => {
      const next = list[k + 1];
      // Built in a loop, so that it has one V8 shape whether empty or not (a mapped slice and a literal differ, and each
      // shape first met late made V8 recompile this callback).
      const between: string[] = [];
      if (next) for (let w = m.mention.wordLast; w < next.mention.wordFirst; w++) between.push(view.words[w]!.text.toLowerCase());
      // "Liuzhou, in the Guangxi Zhuang autonomous region", "Gyeongju, the ROK", "Hanover, Germany", "Chennai, in the
      // southern province of Tamil Nadu".
      if (next && (m.entity.label === 'City' || m.entity.label === 'Region') && next.entity.label !== 'Person' && next.entity.label !== 'Organization' && next.entity !== m.entity) {
        // In a list ("Eastbourne, Isle of Wight, Bristol and Bath") a comma separates places of one rank, whatever their kind.
        // The first of the list too ("Stops in <town>, North <county>, <city> and ..."): a third place follows.
        const third = list[k + 2];
        const goesOn = [',', 'and'].includes(view.words[next.mention.wordLast]?.text ?? '');
        const thirdPlace = !!third && third.mention.wordFirst === next.mention.wordLast + 1 && isPlaceLabel(third.entity.label);
        const listed = between.length <= 2 && between[0] === ',' && goesOn && (view.words[m.mention.wordFirst - 1]?.text === ',' || thirdPlace);
        // A wide area the lexicon places in no country ("Europe, China and Africa") lies in none.
        const wideArea = m.entity.label === 'Region' && m.entity.reason === 'lexicon' && !m.entity.country;
        // "In <city>, <country> and the European Union agreed ...": the place after the comma opens the clause.
        // (So does a possessive: "in Geneva, Zorvia's minister said".)
        // (So does a country's name before people: "near <city>, US officials say".)
        const clauseSubject = view.words[next.mention.wordLast]?.text === 'and' || POSSESSIVE_MARKS.has(view.words[next.mention.wordLast]?.text ?? '') || namesPeopleAfter(context, view, next, list);
        // ("In <name> county, <province>,": a county's or a district's noun may stand before the comma; it lies in a
        // region of the next rank up.)
        const subdivision = SUBDIVISION_NOUNS.has(between[0] ?? '') && m.entity.label === 'Region' && next.entity.label === 'Region' && next.entity.reason === 'lexicon';
        const outranked = rank(next.entity) > rank(m.entity) || subdivision;
        if (!listed && !wideArea && !clauseSubject && isPlaceApposition(subdivision ? between.slice(1) : between) && outranked) relations.push({ type: 'LOCATED_IN', source: m.entity, target: next.entity, sentence: s, rule: 'located:apposition' });
      }
      // "<bank>, China's biggest lender,": an appositive naming a body by its country's possessive and a body's noun.
      if (next && m.entity.label === 'Organization' && next.entity.label === 'Country' && between[between.length - 1] === ',' && (between.length === 1 || (between.length === 2 && between[0] === ')')) && POSSESSIVE_MARKS.has(view.words[next.mention.wordLast]?.text ?? '')) {
        const description: string[] = [];
        for (let w = next.mention.wordLast + 1; w < view.words.length && w <= next.mention.wordLast + 5 && LOWER_CASE_WORD.test(view.words[w]!.text); w++) description.push(view.words[w]!.text);
        if (description.some((w) => context.lexicon.organizationWords.nouns.has(w))) relations.push({ type: 'LOCATED_IN', source: m.entity, target: next.entity, sentence: s, rule: 'located:description' });
      }
      // "North China's coastal city of Tianjin", "<province>'s port city of <city>": the city lies in the region.
      if (next && m.entity.label === 'Region' && next.entity.label === 'City' && between.length >= 3 && between.length <= 5 && POSSESSIVE_MARKS.has(between[0]!) &&
        between[between.length - 1] === 'of' && ['city', 'town'].includes(between[between.length - 2]!) && between.slice(1, -1).every((w) => LOWER_CASE_WORD.test(w))) {
        relations.push({ type: 'LOCATED_IN', source: next.entity, target: m.entity, sentence: s, rule: 'located:city-of' });
      }
      // "Shijiazhuang, North China's Hebei province": the place after a possessive chain is where the city lies.
      if (m.entity.label === 'City' && view.words[m.mention.wordLast]?.text === ',') {
        const possessive = view.words.findIndex((w, k) => k > m.mention.wordLast && k <= m.mention.wordLast + 4 && POSSESSIVE_MARKS.has(w.text));
        const region = possessive > 0 ? list.find((o) => o.mention.wordFirst === possessive + 1 && o.entity.label === 'Region') : undefined;
        if (region) relations.push({ type: 'LOCATED_IN', source: m.entity, target: region.entity, sentence: s, rule: 'located:possessive-chain' });
      }
      // "the Yuhang district of Hangzhou": a district's or county's name before "of" and the place it lies in. (Before
      // "town of" or "state of" the name describes the wider place: "the West African state of Benin".)
      if (next && m.entity.label === 'Region' && (next.entity.label === 'City' || next.entity.label === 'Region') && between.length === 2 && SUBDIVISION_NOUNS.has(between[0]!) && between[1] === 'of') {
        relations.push({ type: 'LOCATED_IN', source: m.entity, target: next.entity, sentence: s, rule: 'located:district-of' });
      }
      // "Beijing's Haidian district", "Guangdong's Shenzhen": the place after a city's or a province's possessive lies
      // in it (after a country's it is as often a figure of speech: "Britain's Guantanamo Bay").
      if (next && isLocal(m.entity) && isLocal(next.entity) && next.entity !== m.entity && between.length === 1 && POSSESSIVE_MARKS.has(between[0]!)) {
        relations.push({ type: 'LOCATED_IN', source: next.entity, target: m.entity, sentence: s, rule: 'located:possessive' });
      }
      // "Britain's Export Credits Guarantee Department", "Kyoto University's School of Law", "Japan's troubled UFJ bank".
      if (next && next.entity.label === 'Organization' && between.length >= 1 && POSSESSIVE_MARKS.has(between[0]!)) {
        // A party belongs to its country, not to the town of one of its local branches ("Slough's constituency Conservative association").
        const described = between.length === 1 || (between.length <= 3 && next.entity.kind !== 'party' && between.slice(1).every((w) => LOWER_CASE_WORD.test(w) && !FUNCTION_WORDS.has(w) && !context.lexicon.titles.any.has(w)));
        // (Not a body of many countries: "Britain's G20 presidency".)
        if ((m.entity.label === 'Country' || m.entity.label === 'City') && described && next.entity.kind !== 'international') relations.push({ type: 'LOCATED_IN', source: next.entity, target: m.entity, sentence: s, rule: 'located:possessive' });
        // "<group>'s shipping subsidiary <name>": a part's noun, after lower-case words, names the part.
        const partNoun = between.length >= 2 && between.length <= 6 && context.lexicon.triggers.subsidiaryNouns.has(between[between.length - 1]!) &&
          between.slice(1).every((w) => LOWER_CASE_WORD.test(w));
        // (Not before "members": "the European Union's NATO members" are the EU's members of NATO.)
        const membersOf = MEMBER_NOUNS.has(view.words[next.mention.wordLast]?.text ?? '');
        if (m.entity.label === 'Organization' && m.entity !== next.entity && !membersOf && (between.length === 1 || partNoun)) relations.push({ type: 'PART_OF', source: next.entity, target: m.entity, sentence: s, rule: 'part-of:possessive' });
        // "<name>'s <company>, which": the body is the person's, who belongs to it. (Not "<name>'s Tory plans",
        // "<name>'s Labour MP": a body's name before a noun or a title is an adjective.)
        const closing = view.words[next.mention.wordLast];
        const alone = !closing || !/^[\p{L}'"‘’“”]/u.test(closing.text) || FUNCTION_WORDS.has(closing.text);
        if (m.entity.label === 'Person' && between.length === 1 && between[0]!.length > 1 && alone && next.entity.kind !== 'international') {
          relations.push({ type: 'AFFILIATED_WITH', source: m.entity, target: next.entity, sentence: s, rule: 'affiliated:possessive' });
        }
      }
      // "the Zentrix subsidiary Qarsa Labs", "<group> unit <name>": the part's noun between two bodies, no possessive;
      // "<group> owns <body>": a verb of owning.
      if (next && m.entity.label === 'Organization' && next.entity.label === 'Organization' && m.entity !== next.entity && between.length === 1) {
        const { subsidiaryNouns, owns } = context.lexicon.triggers;
        const rule = subsidiaryNouns.has(between[0]!) ? 'part-of:noun' : owns.has(between[0]!) ? 'part-of:owns' : undefined;
        if (rule) relations.push({ type: 'PART_OF', source: next.entity, target: m.entity, sentence: s, rule });
      }
      // "Department of ... of Malaysia's Ministry of Higher Education".
      if (m.entity.label === 'Organization' && view.words[m.mention.wordLast]?.text === 'of') {
        const parent = list.find((o) => o.entity.label === 'Organization' && o.entity !== m.entity && o.mention.wordFirst > m.mention.wordLast && o.mention.wordFirst <= m.mention.wordLast + 4);
        if (parent) relations.push({ type: 'PART_OF', source: m.entity, target: parent.entity, sentence: s, rule: 'part-of:of' });
      }
      // "the Geneva-based WTO", "the UK-based chip heavyweight Arm Holdings".
      if (m.entity.label !== 'Person' && m.entity.label !== 'Organization' && view.words[m.mention.wordLast]?.text === '-' && context.lexicon.triggers.based.has(view.words[m.mention.wordLast + 1]?.text ?? '')) {
        // Else the body the phrase describes in apposition: "<body>, a Beijing-based State-owned enterprise".
        const after = list.find((o) => o.entity.label === 'Organization' && o.mention.wordFirst > m.mention.wordLast && o.mention.wordFirst <= m.mention.wordLast + 7);
        let k = m.mention.wordFirst - 1;
        // Only "a"/"an": ", the Jiaxing-based institute serves" opens a clause about another body.
        if (['a', 'an'].includes(view.words[k]?.text ?? '')) k--;
        // Not the parent closing a unit's name ("<institute> of Tsinghua University, a Jiaxing-based ...").
        const unitOf = (o: EntityMention) => view.words[o.mention.wordFirst - 1]?.text === 'of' && list.some((u) => u.entity.label === 'Organization' && u.mention.wordLast === o.mention.wordFirst - 1);
        const before = view.words[k]?.text === ',' ? list.find((o) => o.entity.label === 'Organization' && o.mention.wordLast === k && !unitOf(o)) : undefined;
        const body = after ?? before;
        if (body) relations.push({ type: 'LOCATED_IN', source: body.entity, target: m.entity, sentence: s, rule: 'located:based' });
      }
      // "<body>, a <city> investment firm": a city opening an appositive whose noun is a body's places the body there.
      if (m.entity.label === 'City' && ['a', 'an'].includes(view.words[m.mention.wordFirst - 1]?.text ?? '') && view.words[m.mention.wordFirst - 2]?.text === ',') {
        let w = m.mention.wordLast;
        while (w < m.mention.wordLast + 3 && LOWER_CASE_WORD.test(view.words[w]?.text ?? '') && !context.lexicon.organizationWords.nouns.has(view.words[w]!.text)) w++;
        const body = context.lexicon.organizationWords.nouns.has(view.words[w]?.text ?? '') ? list.find((o) => o.entity.label === 'Organization' && o.mention.wordLast === m.mention.wordFirst - 2) : undefined;
        if (body) relations.push({ type: 'LOCATED_IN', source: body.entity, target: m.entity, sentence: s, rule: 'located:city-appositive' });
      }
      // "<brand>, owned by <group>", "<bank>, a unit of <group>": a body and its parent.
      // "<body>, which is owned by <name>": a person who owns a body is affiliated with it.
      // ("<body> is a subsidiary of <group>": so does a predicate.)
      const phrase = between[0] === ',' ? (between[1] === 'which' && PASSIVE_AUXILIARIES.has(between[2] ?? '') ? between.slice(3) : between.slice(1)) : PASSIVE_AUXILIARIES.has(between[0] ?? '') ? between.slice(1) : undefined;
      const owned = phrase !== undefined && m.entity.label === 'Organization' && next && next.entity !== m.entity && context.lexicon.triggers.ownedBy.has(phrase.join(' '));
      if (owned && next.entity.label === 'Organization') relations.push({ type: 'PART_OF', source: m.entity, target: next.entity, sentence: s, rule: 'part-of:owned-by' });
      if (owned && next.entity.label === 'Person') relations.push({ type: 'AFFILIATED_WITH', source: next.entity, target: m.entity, sentence: s, rule: 'affiliated:owner' });
      // "Zentrix Inc, Dallas, said": in wire copy a company's legal name, a comma and a city, closed there, gives its seat.
      if (m.entity.label === 'Organization' && next?.entity.label === 'City' && between.length === 1 && between[0] === ',' &&
        context.lexicon.organizationWords.corporateSuffixes.has(fold(view.words[m.mention.wordLast - 1]?.text ?? '')) &&
        CITY_CLOSERS.has(view.words[next.mention.wordLast]?.text ?? '.')) {
        relations.push({ type: 'LOCATED_IN', source: m.entity, target: next.entity, sentence: s, rule: 'located:company-city' });
      }
      // Lower-case words and "in" between a body and a place: "<body>, based in <place>", "<body>, which is headquartered
      // in <place>", "<body>, a charity based in <place>", "<body> is based in <place>", "<body> has its headquarters in
      // <place>"; or an appositive naming the body's kind, "<bank>, the largest lender in Kenya,". With no comma or
      // predicate, one word of a seat: "at <body> headquarters in <city>", "<body>'s headquarters in <city>".
      if (m.entity.label === 'Organization' && next && isPlaceLabel(next.entity.label) && between[between.length - 1] === 'in' && between.length <= 7) {
        const predicate = PREDICATE_OPENERS.has(between[0] ?? '');
        const comma = between[0] === ',';
        const words = between.slice(comma || POSSESSIVE_MARKS.has(between[0] ?? '') ? 1 : 0, -1);
        const last = words[words.length - 1] ?? '';
        if ((comma || predicate || words.length === 1) && words.every((w) => LOWER_CASE_WORD.test(w))) {
          const rule = context.lexicon.triggers.based.has(last) ? 'located:based-in' : comma && ['the', 'a', 'an'].includes(words[0] ?? '') && words.length > 1 && context.lexicon.organizationWords.nouns.has(last) ? 'located:description-in' : undefined;
          if (rule) relations.push({ type: 'LOCATED_IN', source: m.entity, target: next.entity, sentence: s, rule });
        }
      }
      // "the British Chamber of Commerce in China", "the United Nations in Geneva".
      if (m.entity.label === 'Organization' && next && next.entity.label !== 'Person' && next.entity.label !== 'Organization' && between.join(' ') === 'in') {
        relations.push({ type: 'LOCATED_IN', source: m.entity, target: next.entity, sentence: s, rule: 'located:in' });
      }
      // "Acme, the French export credit agency", "the UK pharmaceutical company AstraZeneca".
      if (m.entity.label === 'Organization') {
        const country = describedCountry(context, s, m.mention.wordFirst, m.mention.wordLast);
        const target = countryEntity(country);
        if (target) relations.push({ type: 'LOCATED_IN', source: m.entity, target, sentence: s, rule: 'located:description' });
      }
    });
    relations.push(...partsAfterIts(context, s));
  });

  // A body whose name holds one place ("Bank of China", "Imperial College London", "Kyoto University") lies there.
  // A known body is placed only when it is bound to a place: a university is, a multinational is not.
  for (const entity of context.resolution.entities.values()) {
    if (entity.label !== 'Organization') continue;
    if (entity.reason === 'lexicon') {
      const home = entity.kind === 'education' || namedWithItsCountry(context, entity) ? countryEntity(entity.country) : undefined;
      if (home) relations.push({ type: 'LOCATED_IN', source: entity, target: home, sentence: firstSentence(entity), rule: 'located:lexicon' });
      continue;
    }
    for (const place of placesInName(context, entity)) {
      relations.push({ type: 'LOCATED_IN', source: entity, target: place, sentence: firstSentence(entity), rule: 'located:name' });
    }
  }
  relations.push(...partOfByName(context));
  return relations;
}

/** "the US Senate", "UK Treasury": a known state body the text names with its country's name first. */
function namedWithItsCountry(context: RelationContext, entity: ResolvedEntity): boolean {
  if (entity.kind !== 'government' || !entity.country) return false;
  return entity.mentions.some((m) => {
    const first = m.text.split(' ')[0]!;
    return context.lexicon.gazetteer.lookup(first).some((e) => e.label === 'Country' && e.country === entity.country);
  });
}

/**
 * "Zentrix said its Qarsa Data Corp <QDC> and Brovanek Electronic Corp <BEC> subsidiaries": the bodies "its" lists
 * before a part's noun are parts of the body named last before "its".
 */
function partsAfterIts(context: RelationContext, s: number): Relation[] {
  const relations: Relation[] = [];
  const words = context.views[s]!.words;
  const bodies = filterArray(context.resolved[s]!, (m) => m.entity.label === 'Organization');
  if (bodies.length < 2) return relations;
  const { subsidiaryNouns } = context.lexicon.triggers;
  words.forEach((word, k) => {
    if (word.text !== 'its') return;
    const parent = filterArray(bodies, (m) => m.mention.wordLast <= k).pop();
    if (!parent) return;
    const parts: EntityMention[] = [];
    let at = k + 1;
    for (let body = bodies.find((m) => m.mention.wordFirst === at); body; body = bodies.find((m) => m.mention.wordFirst === at)) {
      parts.push(body);
      at = body.mention.wordLast;
      // (Past a stock ticker in angle brackets, and on through a list.)
      if (words[at]?.text === '<' && words[at + 2]?.text === '>') at += 3;
      if (words[at]?.text !== 'and' && words[at]?.text !== ',') break;
      at++;
    }
    if (!hasWordOrSingular(subsidiaryNouns, words[at]?.text ?? '')) return;
    for (const part of parts) if (part.entity !== parent.entity) relations.push({ type: 'PART_OF', source: part.entity, target: parent.entity, sentence: s, rule: 'part-of:its-noun' });
  });
  return relations;
}

// Nouns after a subdivision's own name: "the Yuhang district of Hangzhou".
const SUBDIVISION_NOUNS = new Set(['district', 'county', 'prefecture', 'township', 'subdistrict']);

// Words that cannot describe a body between a possessive and its name ("Japan's troubled UFJ bank"): they start a clause.
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'with', 'to', 'for', 'in', 'on', 'at', 'by', 'from', 'as', 'that', 'which', 'who', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'be', 'been', 'will', 'would', 'said', 'says', 'than', 'into']);
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'far']);

/** The words between a place and a wider one: ",", "in", ", in the", "in east", ", in the southern province of". */
function isPlaceApposition(between: string[]): boolean {
  let k = 0;
  if (between[k] === ',') k++;
  if (between[k] === 'in') k++;
  if (k === 0) return false;
  if (between[k] === 'the') k++;
  while (k < between.length && COMPASS_WORDS.has(between[k]!)) k++;
  if (k + 1 < between.length && isPlaceNoun(between[k]!) && between[k + 1] === 'of') k += 2;
  return k === between.length;
}

/**
 * "US officials", "Chinese diplomats": a place's name right before a lower-case title of people modifies them; so
 * does one before a capitalised title and the person it names ("<city>, U.S. Secretary of State <name> said").
 */
function namesPeopleAfter(context: RelationContext, view: SentenceView, place: EntityMention, list: EntityMention[]): boolean {
  const word = view.words[place.mention.wordLast]?.text ?? '';
  if (/^\p{Ll}/u.test(word) && hasWordOrSingular(context.lexicon.titles.any, word)) return true;
  const person = list.find((m) => m.mention.wordFirst >= place.mention.wordLast && m.entity.label === 'Person');
  if (!person || person.mention.wordFirst === place.mention.wordLast || person.mention.wordFirst > place.mention.wordLast + 5) return false;
  const title = view.words.slice(place.mention.wordLast, person.mention.wordFirst);
  return title.every((w) => w.capitalized || w.text === 'of') && title.some((w) => w.capitalized && isTitle(w.text, context.lexicon));
}

/** A city or a region: a place inside a country. */
function isLocal(entity: ResolvedEntity): boolean {
  return entity.label === 'City' || entity.label === 'Region';
}

function rank(entity: ResolvedEntity): number {
  return entity.label === 'Country' ? 3 : entity.label === 'Region' ? 2 : 1;
}

/** A country or demonym in the words right around a body: its description. */
function describedCountry(context: RelationContext, s: number, first: number, last: number): string | undefined {
  const view = context.views[s]!;
  const nouns = context.lexicon.organizationWords.nouns;
  // Before: "the UK pharmaceutical company AstraZeneca".
  if (first >= 2 && nouns.has(view.words[first - 1]!.text)) {
    for (let k = first - 2; k >= Math.max(0, first - 5); k--) {
      const country = countryAt(context, s, k);
      if (country) return country;
      if (view.words[k]!.text === ',' || view.words[k]!.text.toLowerCase() === 'the') break;
    }
  }
  // After: "Acme, the French export credit agency".
  if (view.words[last]?.text === ',' && ['the', 'a', 'an'].includes(view.words[last + 1]?.text.toLowerCase() ?? '')) {
    for (let k = last + 2; k < Math.min(view.words.length, last + 7); k++) {
      if (view.words[k]!.text === ',') break;
      const country = countryAt(context, s, k);
      if (country && view.words.slice(k + 1, last + 8).some((w) => nouns.has(w.text))) return country;
    }
  }
  return undefined;
}

function countryAt(context: RelationContext, s: number, k: number): string | undefined {
  const demonym = context.views[s]!.mentions.find((m) => m.kind === 'demonym' && m.wordFirst === k);
  if (demonym?.country) return demonym.country;
  const entity = context.resolved[s]!.find((m) => m.mention.wordFirst === k && m.entity.label === 'Country');
  return entity?.entity.country;
}

/** The one country (by name or demonym) or one city a body's name holds, when the article names that place. */
function placesInName(context: RelationContext, entity: ResolvedEntity): ResolvedEntity[] {
  const { gazetteer, demonyms } = context.lexicon;
  const { subjectWords } = context.lexicon.organizationWords;
  // "Acme Culture (Shanghai) Co Ltd": a place in brackets inside a legal name is one of its words.
  const words = entity.name.replace(/[()]/g, '').split(/[\s-]+/);
  const countries = new Set<string>();
  const found: ResolvedEntity[] = [];
  let places = 0;
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length, i + 4); j > i; j--) {
      const phrase = words.slice(i, j).join(' ');
      const demonym = demonyms.get(fold(phrase));
      const entries = gazetteer.lookup(phrase).filter((e) => e.label !== 'Organization' && !e.weak);
      const code = demonym ?? entries.find((e) => e.label === 'Country')?.country ?? entries[0]?.country;
      // "China-Africa Center": a name joining a country with a wider region is about both, located in neither.
      if (!code && entries.some((e) => e.label === 'Region')) return [];
      if (!code) continue;
      // "Institute of China Studies", "Taiwan Affairs Office": the place is the subject, not the seat.
      if (subjectWords.has(fold(words[j] ?? ''))) return [];
      countries.add(code);
      places++;
      const local = entries.find((e) => e.label !== 'Country' && e.country === code);
      const city = local ? context.resolution.entities.get(local.id) : undefined;
      if (city) found.push(city);
      i = j - 1;
      break;
    }
  }
  // ("Shanghai-Hangzhou Research Centre": places joined by hyphens are its subject, even within one country.)
  if (countries.size !== 1 || (places > 1 && entity.name.includes('-'))) return [];
  const country = context.resolution.entities.get(entityId('Country', [...countries][0]!));
  // (A city named says more than its country: "<city> Municipal Government" lies in the city.)
  if (found.length > 0) return found;
  return country ? [country] : found;
}

const CONNECTORS = new Set(['of', 'and', 'for', 'the', '&']);
const ACRONYM_ALIAS = /^\p{Lu}{2,6}$/u;

function opensWithAcronymOf(unit: ResolvedEntity, parent: ResolvedEntity): boolean {
  for (const alias of parent.aliases) if (ACRONYM_ALIAS.test(alias) && unit.name.startsWith(`${alias} `)) return true;
  return false;
}

/** "Alibaba International Digital Commerce Group" is a unit of "Alibaba Group": its name starts with the other's short name. */
function partOfByName(context: RelationContext): Relation[] {
  const relations: Relation[] = [];
  const organizations = [...context.resolution.entities.values()].filter((e) => e.label === 'Organization');
  const suffixes = context.lexicon.organizationWords.corporateSuffixes;
  // Folded and split once per body, not once per pair of bodies.
  const foldedNames = new Map(mapArray(organizations, (e) => [e, fold(e.name).split(/\s+/)] as const));
  for (const parent of organizations) {
    const shortNames = filterArray(
      mapArray([parent.name, ...parent.aliases], (name) => {
        const parts = fold(name).split(/\s+/);
        while (parts.length > 1 && suffixes.has(parts[parts.length - 1]!)) parts.pop();
        // "Beijing Institute of Technology" has no short name "Beijing Institute of".
        return CONNECTORS.has(parts[parts.length - 1]!) ? [] : parts;
      }),
      // (A short name opening with an everyday word opens other names too, "United", "Central Committee"; one of two words
      // or more that the lexicon knows does not: "United Nations", "State Council".)
      (parts) => parts.length > 0 && !(context.lexicon.commonWords.has(parts[0]!) && (parts.length === 1 || parent.kind === undefined)) && !context.lexicon.gazetteer.lookup(parts.join(' ')).some((e) => e.label !== 'Organization' && !e.weak) && !context.lexicon.demonyms.has(parts[0]!));
    const tails = mapArray([parent.name, ...parent.aliases], (name) => fold(name).split(/\s+/));
    for (const unit of organizations) {
      // (Longer than the parent's name, or than the acronym it opens with: "<acronym> Solutions".)
      if (unit === parent || (unit.name.length <= parent.name.length && !opensWithAcronymOf(unit, parent))) continue;
      const unitParts = foldedNames.get(unit)!;
      const startsWithParent = shortNames.some((parts) => parts.length < unitParts.length && parts.every((p, k) => unitParts[k] === p));
      // "Research Bureau of the People's Bank of China": a unit's name closed by "of" and its parent's.
      const endsWithParent = tails.some((tail) => {
        const at = unitParts.length - tail.length;
        return at >= 2 && ['of', 'the'].includes(unitParts[at - 1]!) && tail.every((p, k) => unitParts[at + k] === p) && context.lexicon.organizationWords.heads.has(unitParts[unitParts[at - 1] === 'the' ? at - 3 : at - 2]!);
      });
      if (startsWithParent || endsWithParent) relations.push({ type: 'PART_OF', source: unit, target: parent, sentence: unit.mentions[0]?.sentence ?? 0, rule: 'part-of:name' });
    }
  }
  return relations;
}
