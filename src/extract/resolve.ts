// Entity resolution within one article: clusters mentions into one entity per real thing, with a canonical id.
import type { EntityLabel } from '../schema/labels.js';
import { entityId, slugify } from '../schema/ids.js';
import type { GazetteerEntry } from '../lexicon/gazetteer.js';
import type { Lexicon } from '../lexicon/index.js';
import { fold } from '../lexicon/fold.js';
import { PATRONYMIC_PARTICLES, POSSESSIVE_MARKS } from './words.js';
import { mapArray } from './packed-array.js';
import { PLACE_PREPOSITIONS, inCapitals, isPersonHonorificBefore, isPersonNameWord, isPlaceNoun, isPluralBodyNoun, namesOutlet, namesSecurity, singularOf, type Mention, type SentenceView } from './mentions.js';

/** The words after a hyphen that say a body backs or owns what follows ("Zentrix-backed", "state-owned"). */
export const OWNERSHIP_ADJECTIVES: ReadonlySet<string> = new Set(['backed', 'owned', 'funded', 'controlled', 'run', 'listed']);

export interface ResolvedEntity {
  id: string;
  label: EntityLabel;
  name: string;
  /** Every other form: the text's surface forms and the lexicon's standard names. */
  aliases: Set<string>;
  mentions: Mention[];
  /** ISO code of the country the entity is or lies in, when known. */
  country?: string;
  /** The rule that made the entity, kept as provenance. */
  reason: string;
  /** For lexicon organisations: their kind (education, company, ...). */
  kind?: string;
  /** For lexicon cities and provinces: the first-level division they lie in or are (GazetteerEntry.admin1). */
  admin1?: string;
  /** For a district: the city it lies in (GazetteerEntry.city). */
  city?: string;
  /** For a county: the nation it lies in (GazetteerEntry.within). */
  within?: string;
}

export interface Resolution {
  entities: Map<string, ResolvedEntity>;
  entityOf: Map<Mention, ResolvedEntity>;
}

const ACRONYM = /^[A-Z]{2,}$/;
// A city this prominent (a capital, or two million people: the gazetteer rank adds a million for a regional seat) keeps its name inside a body's.
const WELL_KNOWN_CITY = 2_000_000;

// After the noun of an appositive that opens a sentence ("Ofcom, the UK regulator for ..."): its end or its modifiers.
const APPOSITIVE_CONTINUES = new Set([',', '.', ')', ';', 'at', 'of', 'in', 'for', 'with', 'from', 'that', 'which', 'whose', 'based', 'behind', 'known', 'founded', 'owned', 'run']);


export function resolveEntities(views: SentenceView[], lexicon: Lexicon): Resolution {
  const resolution: Resolution = { entities: new Map(), entityOf: new Map() };
  // Plain loops over the mentions, not chains of array methods: each chain's arrays come in several V8 shapes (empty or
  // not), and every shape first met late in a run made V8 recompile this whole function, at a cost of tens of milliseconds.
  const all: Mention[] = [];
  for (const view of views) for (const mention of view.mentions) all.push(mention);
  const article: ArticleNames = { countries: new Set(), countryWeights: new Map(), cities: new Set(), namedInFull: new Set(), spelledInitials: new Set(), divisions: new Set() };
  // A place name that is also part of a person's name here (a town and a president sharing one name) is the person.
  const personParts = new Set<string>();
  for (const m of all) {
    const country = m.label === 'Country' ? m.entries[0]?.country : undefined;
    if (country) article.countries.add(country);
    const about = countryMeant(m, lexicon);
    if (about) article.countryWeights.set(about, (article.countryWeights.get(about) ?? 0) + 1);
    if (m.label === 'City') for (const entry of m.entries) if (!entry.weak) article.cities.add(fold(entry.name));
    const division = m.label === 'Region' ? m.entries[0]?.admin1 : undefined;
    if (division) article.divisions.add(division);
    if (m.text.includes(' ')) {
      // "LSE" is the London Stock Exchange in an article that names it, the London School of Economics in another.
      article.namedInFull.add(fold(m.text));
      // "BNP" in an article naming the British National Party is not the lexicon's Bangladesh Nationalist Party.
      if (m.entries.length === 0) article.spelledInitials.add(initialsOf(m.text));
    }
    if (m.label === 'Person') for (const part of nameParts(m.text)) personParts.add(part);
  }
  const suppressed = suppressedNames(views, lexicon);

  // ... and so is the first word of a known company's name ("Mercedes" for Mercedes-Benz, "Aston" for Aston Martin),
  // unless that word is a well-known place in its own right (London Stock Exchange).
  const wellKnown = (word: string) => lexicon.gazetteer.lookup(word).some((e) => e.label !== 'City' || e.rank >= WELL_KNOWN_CITY);
  for (const m of all) {
    // Brands only: a university or forum named after its town leaves the town a place.
    if (m.label !== 'Organization' || !m.entries.some((e) => e.kind === 'company' || e.kind === 'financial')) continue;
    const first = nameParts(m.text.replace(/-/g, ' '))[0]!;
    if (!wellKnown(first)) personParts.add(first);
  }
  for (const mention of all) {
    // "<name>'s wife <given name>": a one-word place after a possessive and a relative noun is that relative's given name.
    const view = views[mention.sentence]!;
    if ((mention.label === 'City' || mention.label === 'Region') && !mention.text.includes(' ') && lexicon.titles.relativeNouns.has(view.words[mention.wordFirst - 1]?.text ?? '') &&
      POSSESSIVE_MARKS.has(view.words[mention.wordFirst - 2]?.text ?? '')) {
      mention.label = 'Person';
      mention.entries = [];
      mention.reason = 'relative';
      continue;
    }
    // (Not a state's abbreviation: "Millbrook, Mass." beside a "Midnight Mass." read as a name.)
    if ((mention.label === 'City' || mention.label === 'Region') && !mention.text.includes(' ') && !mention.text.endsWith('.') && personParts.has(fold(mention.text))) {
      mention.kind = 'name';
      mention.label = undefined;
    }
  }
  // "White Engine, a manufacturer of engines, said": a name read as a person's that an appositive calls a body is one;
  // so is one right after a noun for a body ("fashion house <given name> <surname>"), even with a given name first.
  for (const mention of all) {
    if (mention.label !== 'Person' || mention.titled || (mention.reason !== 'name-shape' && mention.reason !== 'known-name')) continue;
    const view = views[mention.sentence]!;
    // A known given name first ("<given name> <surname>, a trader at") keeps the person in an appositive.
    const appositive = !lexicon.givenNames.has(nameParts(mention.text)[0]!) && isAppositiveBody(view, mention, lexicon);
    // ("investment groups <name> and <name>": after the plural too, and through the list.)
    const nounBefore = view.words[mention.wordFirst - 1]?.text ?? '';
    const previous = nounBefore === 'and' ? view.mentions.find((m) => m.wordLast === mention.wordFirst - 1) : undefined;
    const listedAfterNoun = !!previous && isPluralBodyNoun(view.words[previous.wordFirst - 1]?.text ?? '', lexicon);
    // "Zentrix-backed <name>", "state-owned <name>": what is backed or owned is a body.
    const owned = OWNERSHIP_ADJECTIVES.has(nounBefore) && view.words[mention.wordFirst - 2]?.text === '-';
    // "<name> newspaper", "<name> television": a noun for a body right after a name no list knows as a person's.
    const unknownFirst = !lexicon.givenNames.has(nameParts(mention.text)[0]!);
    const nounAfter = unknownFirst && calledOutlet(view, mention, lexicon);
    // "the <name> index": a market index's name, neither a person nor, for annotators, always a body.
    if (unknownFirst && lexicon.organizationWords.indexNouns.has(view.words[mention.wordLast]?.text ?? '')) {
      mention.label = undefined;
      continue;
    }
    // "an analyst at <name>", "founder and CEO of <name>": after a title and "at" or "of", the name is the employer's.
    const employer = unknownFirst && (nounBefore === 'at' || nounBefore === 'of') && titleEndsAt(view, mention.wordFirst - 2, lexicon);
    if (appositive || owned || nounAfter || employer || lexicon.organizationWords.bodyNouns.has(nounBefore) || isPluralBodyNoun(nounBefore, lexicon) || listedAfterNoun) mention.label = 'Organization';
    if (nounAfter) mention.reason = OUTLET_REASON;
  }
  // "Jewish Chronicle editor <name>" makes a body of the name; "from Jewish Chronicle readers" elsewhere, read by its
  // shape alone, is that body again and not a person.
  const bodyNames = new Map<string, EntityLabel>();
  for (const m of all) if (m.kind === 'entity' && m.label && m.label !== 'Person') bodyNames.set(fold(m.text), m.label);
  for (const mention of all) {
    const label = mention.reason === 'name-shape' || (mention.reason === 'known-name' && !mention.titled) ? bodyNames.get(fold(mention.text)) : undefined;
    if (label) mention.label = label;
  }
  // 1. Places and bodies the lexicon knows.
  const provinces = provinceNames(views);
  for (const view of views) {
    for (const mention of view.mentions) {
      if (mention.kind !== 'entity' || mention.entries.length === 0 || !mention.label || suppressed.has(mention.text)) continue;
      let entry = chooseEntry(mention, view, article, lexicon);
      if (!entry) continue;
      // "Mitsubishi" in a story about Mitsubishi Motors is the carmaker, not the group the lexicon knows by that name.
      if (entry.kind === 'company') entry = longerNamesake(mention, all, entry);
      if (entry.label === 'City' && provinces.has(fold(mention.text))) entry = provinceOf(entry, lexicon);
      bind(resolution, mention, entry.id, entry.label, entry.name, 'lexicon', entry);
    }
  }
  // 2. Persons, longest names first so shorter forms attach to them.
  const bareNames = new Set<string>();
  for (const m of all) if (m.kind === 'name' && m.reason !== 'common-acronym') bareNames.add(fold(m.text));
  const persons: Mention[] = [];
  for (const m of all) if (m.kind === 'entity' && m.label === 'Person' && hasPersonEvidence(m, views[m.sentence]!, lexicon, bareNames)) persons.push(m);
  persons.sort((a, b) => wordCount(b.text) - wordCount(a.text));
  for (const mention of persons) {
    const existing = findPersonContaining(resolution, mention.text);
    if (existing) attach(resolution, mention, existing);
    else bind(resolution, mention, entityId('Person', slugify(mention.text)), 'Person', mention.text, mention.reason);
  }
  // "De Sousa" after "<given name> De Sousa": two words or more of a name the article gave in full need no more evidence.
  for (const m of all) {
    if (m.kind !== 'entity' || m.label !== 'Person' || resolution.entityOf.has(m) || !m.text.includes(' ')) continue;
    const existing = findPersonContaining(resolution, m.text);
    if (existing && nameParts(existing.name).length > nameParts(m.text).length) attach(resolution, m, existing);
  }
  mergePeers(resolution, lexicon);
  // 3. Organisations and places found by shape, acronyms bound to their expansions.
  const expansions = acronymExpansions(views);
  const titles = titlesBefore(views);
  const acronymAfter = new Map<Mention, string>();
  for (const [acronym, expanded] of expansions) acronymAfter.set(expanded, acronym);
  // Full names before acronyms, so "UKIP" finds "UK Independence Party" wherever each comes first.
  const acronymLast: Mention[] = [];
  for (const m of all) if (!ACRONYM.test(m.text)) acronymLast.push(m);
  for (const m of all) if (ACRONYM.test(m.text)) acronymLast.push(m);
  // Bodies found by shape, by their names with the places in them written as the lexicon names them.
  const bodiesByPlaces = new Map<string, ResolvedEntity>();
  for (const mention of acronymLast) {
    if (mention.kind !== 'entity' || resolution.entityOf.has(mention) || mention.label === 'Person' || !mention.label) continue;
    if (suppressed.has(mention.text)) continue;
    // A small town's name without a place context ("Titan, a California-based company", "Alpine environments") is
    // no place here: chooseEntry did not believe the lexicon, and the shape alone says nothing more.
    if (mention.reason === 'lexicon' && (mention.label === 'City' || mention.label === 'Region') && mention.entries.every((e) => e.weak)) continue;
    // A common noun's acronym the lexicon also knows as a body's, not spelled out here ("BSE"), names nothing.
    if (mention.reason === 'lexicon' && mention.label === 'Organization' && lexicon.commonAcronyms.has(mention.text)) continue;
    // A one-word national body the lexicon placed elsewhere ("Congress" in an article about Brazil) is a common noun here.
    if (mention.reason === 'lexicon' && isOneWordNationalBody(mention, lexicon)) continue;
    const expansion = expansions.get(mention.text);
    const target = expansion
      ? resolution.entityOf.get(expansion)
      : (knownByAcronymAfter(resolution, acronymAfter.get(mention), mention) ??
        (mention.reason === 'stock' ? onlyLongerOrganization(resolution, mention.text) : undefined) ??
        findOrganizationByInitials(resolution, mention.text) ??
        findByName(resolution, mention.label, mention.text) ??
        (mention.label === 'Organization' ? findOrganizationByShortName(resolution, shortName(mention.text, lexicon), lexicon) ?? shorterByHeadWords(resolution, mention, lexicon) : undefined));
    // (The key costs gazetteer lookups: only for a body no other way found.)
    const placesKey = !target && mention.label === 'Organization' && mention.text.includes(' ') ? canonicalBodyName(mention.text, lexicon) : undefined;
    const samePlaces = target ?? (placesKey ? bodiesByPlaces.get(placesKey) : undefined);
    if (samePlaces) attach(resolution, mention, samePlaces);
    else {
      const entity = bind(resolution, mention, entityId(mention.label, slugify(mention.text)), mention.label, mention.text, mention.reason);
      if (placesKey && !bodiesByPlaces.has(placesKey)) bodiesByPlaces.set(placesKey, entity);
    }
  }
  // 4. Bare names: a surname, a short company name, a name in brackets after its body, or a titled single name. Twice:
  // a body a later sentence introduces ("a lawyer for Yukos") takes the bare names before it too.
  for (let pass = 0; pass < 2; pass++) {
    for (const view of views) for (const mention of view.mentions) {
      if (mention.kind !== 'name' || suppressed.has(mention.text) || resolution.entityOf.has(mention)) continue;
      if (mention.reason === 'common-acronym') {
        // "AI" is not Apple Inc: the initials must come from the name's own words, not its legal form.
        const body = findOrganizationByInitials(resolution, mention.text, (name) => withoutLegalForms(name, lexicon.organizationWords.corporateSuffixes));
        if (body) attach(resolution, mention, body);
        continue;
      }
      const expansion = expansions.get(mention.text);
      const target =
        (expansion && resolution.entityOf.get(expansion)) ||
        findPersonByNamePart(resolution, mention, titles) ||
        findOrganizationByShortName(resolution, mention.text, lexicon) ||
        // "Harbour" after "Harbour & <surname>": the first words of one body's longer name are that body, where they stand
        // alone ("Air" before "Chief Marshal" is a rank's word).
        (mention.titled || view.words[mention.wordLast]?.capitalized ? undefined : onlyLongerOrganization(resolution, mention.text));
      if (target) attach(resolution, mention, target);
      else if (mention.titled) bind(resolution, mention, entityId('Person', slugify(mention.text)), 'Person', mention.text, 'title');
      else if (isIntroducedAsOrganization(view, mention, lexicon)) {
        // "Houston-based Continental" in a story naming Continental Airlines: the body's short name.
        const longer = onlyLongerOrganization(resolution, mention.text);
        if (longer) attach(resolution, mention, longer);
        else bind(resolution, mention, entityId('Organization', slugify(mention.text)), 'Organization', mention.text, calledOutlet(view, mention, lexicon) ? OUTLET_REASON : 'org-noun');
      } else if (isIntroducedAsPerson(view, mention, lexicon)) bind(resolution, mention, entityId('Person', slugify(mention.text)), 'Person', mention.text, 'who');
    }
  }
  bindNamesInsideNames(resolution, lexicon);
  dropAcronymsOnlyShouted(resolution, views);
  return resolution;
}

/**
 * "TRADE OFFICIALS SET TALKS": in a headline in capitals every word looks like an acronym, so a body's short form
 * found only there ("SET", a stock exchange's acronym) and nowhere in the story is an ordinary word, not the body.
 * (A photo credit in capitals, "PHOTO/XINHUA", is no headline: the agency stays.)
 */
function dropAcronymsOnlyShouted(resolution: Resolution, views: SentenceView[]): void {
  if (!inCapitals(views[0]?.words ?? [])) return;
  const shouted = (m: Mention) => !m.text.includes(' ') && m.sentence === 0;
  for (const entity of [...resolution.entities.values()]) {
    if (entity.label !== 'Organization' || !entity.mentions.every(shouted)) continue;
    for (const mention of entity.mentions) resolution.entityOf.delete(mention);
    resolution.entities.delete(entity.id);
  }
}

/**
 * Countries and parent bodies a body's name mentions by name, as the annotation guide counts mentions; they join the
 * entities without a mention of their own in the sentence, where the body's name stays whole.
 * "U.S. Treasury Secretary", "U.S. Senate Agriculture Committee": a government body's name that opens with its
 * country's name (so its cities are placed in it). Not a paper's or a company's name, where the country is a brand
 * ("China Daily", "Japan Telecom"): only a government body the lexicon knows, or a name opening with the dotted form
 * wire copy gives a state ("U.S.", "U.K.").
 */
function bindNamesInsideNames(resolution: Resolution, lexicon: Lexicon): void {
  const governmentBody = (body: ResolvedEntity) => body.kind === undefined || body.kind === 'government';
  for (const body of [...resolution.entities.values()]) {
    if (body.label !== 'Organization') continue;
    for (const mention of body.mentions) {
      const first = mention.text.split(' ')[0]!;
      if (governmentBody(body) && first !== mention.text && (body.kind !== undefined || first.includes('.'))) bindCountryInName(resolution, lexicon, mention, true);
      // "<name> <name> China", "<name> Watch UK": a company's national unit names its country by name too.
      if (mention.reason === 'national-unit') bindCountryInName(resolution, lexicon, mention, false);
      bindParentInName(resolution, lexicon, mention, body);
    }
  }
}

/**
 * "CPC Central Committee", "UN Security Council", "Political Bureau of the Communist Party of China", "<university>
 * Library": a known body's name that opens with another body's acronym, or a body's name that closes with "of" and
 * another body's name or opens with it, mentions that parent by name (the annotation guide asks for the parent of a
 * named unit). Bound like a country inside a name.
 */
function bindParentInName(resolution: Resolution, lexicon: Lexicon, mention: Mention, body: ResolvedEntity): void {
  const words = mention.text.split(' ');
  const candidates: { text: string; opening: boolean }[] = [];
  // (The opening acronym only in a name the lexicon knows; the closing name after a unit's head word, "Bureau of".)
  if (mention.reason === 'lexicon' && words.length > 1 && ACRONYM.test(words[0]!)) candidates.push({ text: words[0]!, opening: true });
  words.forEach((word, k) => {
    if (word === 'of' && k > 0 && lexicon.organizationWords.heads.has(fold(words[k - 1]!))) candidates.push({ text: words.slice(words[k + 1] === 'the' ? k + 2 : k + 1).join(' '), opening: false });
  });
  // "<university> Library", "<bank> Foundation", "Communist Party of China Central Committee": a name that opens with
  // another known body's name of two words or more and goes on for a word or two is that body's unit. (Within a name
  // the lexicon knows, only by the other body's own name, not a short form: "China Construction Bank" is no unit of
  // the builder also called "China Construction".)
  for (let length = words.length - 1; length >= Math.max(2, words.length - 2); length--) {
    // (Not a legal form or another word of the same company's name: "<name> Motor Corp", "<name> Exchange Bank".)
    const rest = words.slice(length);
    if (!rest.every((w) => /^\p{Lu}/u.test(w) && !lexicon.organizationWords.corporateSuffixes.has(fold(w)))) break;
    const text = words.slice(0, length).join(' ');
    const byName = (e: GazetteerEntry) => mention.reason !== 'lexicon' || fold(e.name) === fold(text);
    if (lexicon.gazetteer.lookup(text).some((e) => e.label === 'Organization' && byName(e))) {
      candidates.push({ text, opening: true });
      break;
    }
  }
  for (const { text, opening } of candidates) {
    // (Of the body's own country or of none: "BNP Paribas" names no Bangladeshi party.)
    const entry = lexicon.gazetteer.lookup(text).find((e) => e.label === 'Organization' && (e.kind !== 'media' || body.kind === 'media') && (!e.country || !body.country || e.country === body.country));
    if (!entry || entry.id === body.id) continue;
    const inName = mentionInsideName(mention, text, opening, 'Organization', entry);
    bind(resolution, inName, entry.id, 'Organization', entry.name, inName.reason, entry);
  }
}

/** The country a body's name opens (or closes) with, bound as a country mentioned inside the name, if it is one. */
function bindCountryInName(resolution: Resolution, lexicon: Lexicon, mention: Mention, opening: boolean): void {
  const text = opening ? mention.text.split(' ')[0]! : mention.text.slice(mention.text.lastIndexOf(' ') + 1);
  const entry = lexicon.gazetteer.lookup(text).find((e) => e.label === 'Country');
  if (!entry) return;
  const inName = mentionInsideName(mention, text, opening, 'Country', entry);
  bind(resolution, inName, entry.id, 'Country', entry.name, inName.reason, entry);
}

/** A mention of the words `text` that open (or close) a body's name, as the lexicon's `entry`. */
function mentionInsideName(mention: Mention, text: string, opening: boolean, label: EntityLabel, entry: GazetteerEntry): Mention {
  const words = text.split(' ').length;
  return opening
    ? { ...mention, label, entries: [entry], text, end: mention.start + text.length, wordLast: mention.wordFirst + words, reason: 'name-prefix' }
    : { ...mention, label, entries: [entry], text, start: mention.end - text.length, wordFirst: mention.wordLast - words, reason: 'name-suffix' };
}

/** "Lord Kinnock" in an article that names "Neil Kinnock" is that person, named as a peer. */
function mergePeers(resolution: Resolution, lexicon: Lexicon): void {
  for (const peer of [...resolution.entities.values()]) {
    const parts = peer.name.split(' ');
    if (peer.label !== 'Person' || parts.length !== 2 || !lexicon.titles.peerages.has(parts[0]!)) continue;
    const surname = fold(parts[1]!);
    const namesakes = [...resolution.entities.values()].filter((e) => e !== peer && e.label === 'Person' && !lexicon.titles.peerages.has(e.name.split(' ')[0]!) && nameParts(e.name).at(-1) === surname);
    if (namesakes.length !== 1) continue;
    for (const mention of peer.mentions) attach(resolution, mention, namesakes[0]!);
    resolution.entities.delete(peer.id);
  }
}

/**
 * "Hong Kong SAR Government", "Hong Kong Special Administrative Region Government": a body's name with each place in it
 * written as the lexicon names the place: the key under which the body's forms are found as one.
 */
function canonicalBodyName(text: string, lexicon: Lexicon): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let next = i + 1;
    // ("Institute for <field> Studies" and "Institute of <field> Studies": the linking word is no part of the key.)
    let name = words[i] === 'for' ? 'of' : words[i]!;
    for (let j = Math.min(words.length, i + lexicon.gazetteer.maxWords); j > i; j--) {
      const place = lexicon.gazetteer.lookup(words.slice(i, j).join(' ')).find((e) => (e.label === 'City' || e.label === 'Region' || e.label === 'Country') && !e.weak);
      if (place) {
        name = place.name;
        next = j;
        break;
      }
    }
    out.push(name);
    i = next;
  }
  return out.join(' ');
}

function bind(resolution: Resolution, mention: Mention, id: string, label: EntityLabel, name: string, reason: string, entry?: GazetteerEntry): ResolvedEntity {
  let entity = resolution.entities.get(id);
  if (!entity) {
    // One shape for every entity, whatever the lexicon knows of it (see Mention).
    entity = { id, label, name, aliases: new Set(entry?.aliases ?? []), mentions: [], country: entry?.country || undefined, reason, kind: entry?.kind || undefined, admin1: entry?.admin1 || undefined, city: entry?.city || undefined, within: entry?.within || undefined };
    resolution.entities.set(id, entity);
  }
  attach(resolution, mention, entity);
  return entity;
}

function attach(resolution: Resolution, mention: Mention, entity: ResolvedEntity): void {
  entity.mentions.push(mention);
  // A country is named as the article names it at its fullest ("Republic of Korea", not the lexicon's "South Korea").
  if (entity.label === 'Country' && mention.text.length > entity.name.length && mention.text !== mention.text.toUpperCase() && mention.reason === 'lexicon') {
    entity.aliases.add(entity.name);
    entity.name = mention.text;
  }
  if (mention.text !== entity.name) entity.aliases.add(mention.text);
  resolution.entityOf.set(mention, entity);
}

/** What the whole article names: it decides between namesakes in the lexicon. */
interface ArticleNames {
  /** Codes of the countries the article names. */
  countries: Set<string>;
  /**
   * How often the article names each country, or a well-known place or a national body of it: the country the article
   * is about is the one named most.
   */
  countryWeights: Map<string, number>;
  /** The folded names of the well-known cities the article names. */
  cities: Set<string>;
  /** Every name of several words, folded. */
  namedInFull: Set<string>;
  /** The initials of the names of several words the lexicon does not know. */
  spelledInitials: Set<string>;
  /** The first-level divisions (GazetteerEntry.admin1) of the provinces and states the article names. */
  divisions: Set<string>;
}

/** The country a mention speaks of: a country's, a well-known place's, or a national body's the lexicon knows. */
function countryMeant(mention: Mention, lexicon: Lexicon): string | undefined {
  const entry = mention.entries[0];
  if (!entry?.country || entry.weak || mention.entries.some((e) => e.country !== entry.country)) return undefined;
  // (A one-word national body is what the weights decide on: "Senate" says nothing of its country.)
  if (isOneWordNationalBody(mention, lexicon)) return undefined;
  if (mention.label === 'Organization') return entry.kind === 'government' || entry.kind === 'party' ? entry.country : undefined;
  return entry.country;
}

/** "Congress", "Treasury": a body's head word alone, which the lexicon knows as one country's body. */
function isOneWordNationalBody(mention: Mention, lexicon: Lexicon): boolean {
  return mention.label === 'Organization' && !mention.text.includes(' ') && lexicon.organizationWords.heads.has(fold(mention.text));
}

/** Whether the article names this country at least as often as any other (with its places and national bodies). */
function isArticleCountry(article: ArticleNames, country: string): boolean {
  const weight = article.countryWeights.get(country) ?? 0;
  if (weight === 0) return false;
  for (const other of article.countryWeights.values()) if (other > weight) return false;
  return true;
}

/** Among namesakes, the place in a country the article names; else the most prominent, if it is believable. */
function chooseEntry(mention: Mention, view: SentenceView, article: ArticleNames, lexicon: Lexicon): GazetteerEntry | undefined {
  // "Westminster" in a story naming London is the borough, not a town of that name elsewhere; in a story that does not
  // name the city, a district yields to any namesake ("<name>, <province>" is the city there, not a district of that name elsewhere).
  const district = mention.entries.find((e) => e.city && article.cities.has(fold(e.city)));
  if (district) return district;
  // (Filtered only where a district is among the entries: this runs for every place and body the lexicon knows.)
  const elsewhere = mention.entries.some((e) => e.city) ? mention.entries.filter((e) => !e.city) : mention.entries;
  const entries = elsewhere.length > 0 ? elsewhere : mention.entries;
  const spelledOut = entries.find((e) => [e.name, ...e.aliases].some((name) => article.namedInFull.has(fold(name))));
  if (spelledOut && entries.length > 1) return spelledOut;
  // "fears over BSE": an acronym that is also a common noun's names the body only where the article spells it out.
  if (mention.label === 'Organization' && ACRONYM.test(mention.text) && lexicon.commonAcronyms.has(mention.text) && !spelledOut) return undefined;
  // "<town>, Mass.", "<town>, Ohio": the place in the region or country named right after it, however small.
  if (mention.label === 'City' && view.words[mention.wordLast]?.text === ',') {
    const wider = view.mentions.find((m) => m.wordFirst === mention.wordLast + 1 && (m.label === 'Region' || m.label === 'Country'));
    const inside = wider ? entries.find((e) => e.label === 'City' && wider.entries.some((w) => w.country === e.country)) : undefined;
    if (inside) return inside;
  }
  // "the country's Congress" in an article about Brazil, "a Treasury spokesman" in one about Britain: a one-word national
  // body is the lexicon's only in an article about its country, the one it names most.
  const national = isOneWordNationalBody(mention, lexicon);
  // (Not after a possessive or a party's name: "the party's Treasury spokesman", "<party> Treasury spokesman" name a
  // portfolio; nor before a security it issues: "Treasury bonds".)
  if (national && entries.every((e) => e.country)) {
    const portfolio = POSSESSIVE_MARKS.has(view.words[mention.wordFirst - 1]?.text ?? '') || view.mentions.some((m) => m.wordLast === mention.wordFirst && m.entries.some((e) => e.kind === 'party'));
    const instrument = namesSecurity(view.words, mention.wordLast, lexicon);
    return portfolio || instrument ? undefined : entries.find((e) => isArticleCountry(article, e.country!));
  }
  const othersAcronym = ACRONYM.test(mention.text) && article.spelledInitials.has(mention.text);
  if (othersAcronym && entries.every((e) => e.country && !article.countries.has(e.country))) return undefined;
  const best = entries[0];
  const before = view.words[mention.wordFirst - 1]?.text.toLowerCase();
  // "in Kirkcaldy", "the small Fife town of Kirkcaldy".
  const ofPlace = before === 'of' && isPlaceNoun(view.words[mention.wordFirst - 2]?.text ?? '');
  // "to <town> and <town>": the second of a pair after a preposition of place shares its context.
  const pairedPlace = before === 'and' && view.mentions.some((m) => m.wordLast === mention.wordFirst - 1 && m.label === 'City' && PLACE_PREPOSITIONS.has(view.words[m.wordFirst - 1]?.text.toLowerCase() ?? ''));
  const placeContext = !!before && (PLACE_PREPOSITIONS.has(before) || ofPlace || pairedPlace);
  // A namesake in a country the article names wins, unless the best-known place is three times as prominent (London, not London, Kentucky; Manchester, England, in a story naming the US).
  // A small town that shares its name with a person or a body ("Clinton", "during the Council debate" in a story
  // naming the US) needs a place context even so.
  const local = entries.find((e) => e.country && article.countries.has(e.country) && e.label !== 'Country');
  const folded = fold(mention.text);
  const namesake = isPersonNameWord(folded, lexicon) || lexicon.organizationWords.heads.has(folded);
  // A namesake in a province or state the article names is the one meant ("<town> ... in <its province>").
  // (Not London, Ohio, in a story naming Ohio and meaning London: the best-known place is three times as prominent.)
  const inDivision = entries.find((e) => e.label === 'City' && e.admin1 && article.divisions.has(e.admin1));
  if (inDivision && best && (inDivision.rank * 3 >= best.rank || best.weak) && (!inDivision.weak || placeContext || !namesake)) return inDivision;
  // "the <town> review": after "the" a small town's name is an adjective of something else.
  if (before === 'the' && (local ?? best)?.weak) return undefined;
  if (local && best && (local.rank * 3 >= best.rank || best.weak)) {
    return !local.weak || placeContext || !namesake ? local : undefined;
  }
  if (!best?.weak) return best;
  return placeContext ? best : undefined;
}

/** The one company the article names in full by a longer name starting with this mention's ("Mitsubishi Motors"), if any. */
function longerNamesake(mention: Mention, all: Mention[], entry: GazetteerEntry): GazetteerEntry {
  const prefix = `${fold(mention.text)} `;
  const longer = new Set<GazetteerEntry>();
  for (const m of all) if (m.label === 'Organization' && m.entries[0]?.kind === 'company' && fold(m.text).startsWith(prefix)) longer.add(m.entries[0]);
  return longer.size === 1 ? [...longer][0]! : entry;
}

const PROVINCE_NOUNS = new Set(['province', 'governorate', 'prefecture']);

/** Place names the article calls a province ("Idlib province", "the province of Idlib"), folded. */
function provinceNames(views: SentenceView[]): Set<string> {
  const names = new Set<string>();
  for (const view of views) {
    for (const mention of view.mentions) {
      if (mention.label !== 'City') continue;
      const after = view.words[mention.wordLast]?.text ?? '';
      const before = view.words[mention.wordFirst - 2]?.text ?? '';
      if (PROVINCE_NOUNS.has(after) || (PROVINCE_NOUNS.has(before) && view.words[mention.wordFirst - 1]?.text === 'of')) names.add(fold(mention.text));
    }
  }
  return names;
}

/**
 * The province a city gives its name to, where the article calls the name a province: the lexicon's own entry
 * ("Idlib province") or, where it has none (Thailand's provinces), a region of that name in the city's country.
 */
function provinceOf(city: GazetteerEntry, lexicon: Lexicon): GazetteerEntry {
  const known = lexicon.gazetteer.lookup(`${city.name} province`).find((e) => e.label === 'Region');
  return known ?? { label: 'Region', id: entityId('Region', `${city.country ?? ''}-${slugify(city.name)}`), name: city.name, aliases: [], country: city.country, rank: city.rank, kind: 'province' };
}

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

// Resolution compares every person named with every entity found so far: a name's parts are split once, not each time.
const NAME_PARTS_LIMIT = 50_000;
const namePartsMemo = new Map<string, readonly string[]>();

function nameParts(text: string): readonly string[] {
  let parts = namePartsMemo.get(text);
  if (!parts) {
    if (namePartsMemo.size >= NAME_PARTS_LIMIT) namePartsMemo.clear();
    parts = fold(text).split(/\s+/);
    namePartsMemo.set(text, parts);
  }
  return parts;
}

/** A longer person already resolved whose name contains this one's words in order (a given name and surname inside a four-part name). */
function findPersonContaining(resolution: Resolution, text: string): ResolvedEntity | undefined {
  const parts = nameParts(text);
  for (const entity of resolution.entities.values()) {
    if (entity.label !== 'Person') continue;
    const full = nameParts(entity.name);
    if (full.length >= parts.length && containsRun(full, parts)) return entity;
    // "<given name> <surname>" in "<given name> <middle names> <surname>": the middle names left out.
    if (parts.length >= 2 && full.length > parts.length && full[0] === parts[0] && full[full.length - 1] === parts[parts.length - 1]) return entity;
  }
  return undefined;
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    // ("<name> bin <name> bin <name>": the name after "bin" is the father's, another person's.)
    if (PATRONYMIC_PARTICLES.has(haystack[i - 1] ?? '')) continue;
    if (needle.every((part, k) => haystack[i + k] === part)) return true;
  }
  return false;
}

/** The title right before each name that has one, folded: "President" before "<name>". */
function titlesBefore(views: SentenceView[]): Map<Mention, string> {
  const titles = new Map<Mention, string>();
  for (const view of views) {
    view.mentions.forEach((title, k) => {
      const named = view.mentions[k + 1];
      if (title.kind === 'title' && named && named.wordFirst === title.wordLast) titles.set(named, fold(title.text));
    });
  }
  return titles;
}

/**
 * A surname or a given name used alone is the person named in full; with two candidates, the one named before with the
 * same title ("President <surname>" after "President <name> and the first lady <name>"), else the one named most
 * recently before.
 */
function findPersonByNamePart(resolution: Resolution, mention: Mention, titles: Map<Mention, string>): ResolvedEntity | undefined {
  const part = fold(mention.text);
  const candidates = [...resolution.entities.values()].filter((e) => {
    if (e.label !== 'Person') return false;
    const parts = nameParts(e.name);
    const last = parts[parts.length - 1]!;
    return parts.length > 1 && (parts[0] === part || last === part || last.replace(/^(al|el|bin)-/, '') === part.replace(/^(al|el|bin)-/, ''));
  });
  // "Quessa" after "Jorvan Tiago Quessa da Silva": a name inside one person's longer name, where no first or last name is it.
  if (candidates.length === 0) {
    const inside = [...resolution.entities.values()].filter((e) => e.label === 'Person' && nameParts(e.name).slice(1, -1).includes(part));
    return inside.length === 1 ? inside[0] : undefined;
  }
  if (candidates.length === 1) return candidates[0];
  const title = titles.get(mention);
  const sameTitle = title === undefined ? [] : candidates.filter((c) => c.mentions.some((m) => titles.get(m) === title));
  if (sameTitle.length === 1) return sameTitle[0];
  let best: ResolvedEntity | undefined;
  let bestStart = -1;
  for (const candidate of candidates) {
    for (const m of candidate.mentions) {
      if (m.start < mention.start && m.start > bestStart) {
        best = candidate;
        bestStart = m.start;
      }
    }
  }
  return best;
}

// Every organisation's name and aliases are shortened again for each name compared with them: once per lexicon is enough.
const shortNamesByLexicon = new WeakMap<Lexicon, Map<string, string>>();

/** A company's name without its legal-form words: "Acme Technology" is "acme", "Acme Group" is "acme". */
function shortName(name: string, lexicon: Lexicon): string {
  let memo = shortNamesByLexicon.get(lexicon);
  if (!memo) shortNamesByLexicon.set(lexicon, (memo = new Map()));
  let short = memo.get(name);
  if (short === undefined) {
    if (memo.size >= NAME_PARTS_LIMIT) memo.clear();
    short = shortNameOf(name, lexicon);
    memo.set(name, short);
  }
  return short;
}

function shortNameOf(name: string, lexicon: Lexicon): string {
  const parts = nameParts(name);
  let length = parts.length;
  while (length > 1 && lexicon.organizationWords.corporateSuffixes.has(parts[length - 1]!)) length--;
  return parts.slice(0, length).join(' ');
}

/** "Acme" for Acme Group, "Acme Technology" for Acme: names that agree once legal-form words are dropped. */
function findOrganizationByShortName(resolution: Resolution, text: string, lexicon: Lexicon): ResolvedEntity | undefined {
  const key = shortName(text, lexicon);
  for (const entity of resolution.entities.values()) {
    if (entity.label !== 'Organization') continue;
    if (shortName(entity.name, lexicon) === key) return entity;
    for (const alias of entity.aliases) if (shortName(alias, lexicon) === key) return entity;
  }
  return undefined;
}

function findByName(resolution: Resolution, label: EntityLabel, text: string): ResolvedEntity | undefined {
  const key = fold(text);
  for (const entity of resolution.entities.values()) {
    if (entity.label === label && (fold(entity.name) === key || [...entity.aliases].some((a) => fold(a) === key))) return entity;
  }
  return undefined;
}

/** "CBBC" for China-Britain Business Council: the initials of the capitalised words. */
function findOrganizationByInitials(resolution: Resolution, text: string, nameWords: (name: string) => string = (name) => name): ResolvedEntity | undefined {
  if (!ACRONYM.test(text)) return undefined;
  for (const entity of resolution.entities.values()) {
    if (entity.label !== 'Organization') continue;
    if (initialsOf(nameWords(entity.name)) === text) return entity;
    for (const name of entity.aliases) if (initialsOf(nameWords(name)) === text) return entity;
  }
  return undefined;
}

// The same lexicon names again for every common acronym: remembered per set of legal forms (one per lexicon).
const namesWithoutLegalForms = new WeakMap<ReadonlySet<string>, Map<string, string>>();

/** A body's name without its legal-form words ("Apple Inc" -> "Apple"). */
function withoutLegalForms(name: string, legalForms: ReadonlySet<string>): string {
  let memo = namesWithoutLegalForms.get(legalForms);
  if (!memo) namesWithoutLegalForms.set(legalForms, (memo = new Map()));
  let stripped = memo.get(name);
  if (stripped === undefined) {
    stripped = name.split(/\s+/).filter((w) => !legalForms.has(fold(w))).join(' ');
    if (memo.size >= INITIALS_MEMO_LIMIT) memo.clear();
    memo.set(name, stripped);
  }
  return stripped;
}

// Every acronym in an article is tried against every body's names, mostly the same lexicon names article after article:
// their initials are remembered (within a bound) rather than split out of them again.
const INITIALS_MEMO_LIMIT = 50_000;
const initialsMemo = new Map<string, string>();

/** The capitals a name would be shortened to; "UK Independence Party" is UKIP: an acronym inside gives all its letters. */
function initialsOf(name: string): string {
  let initials = initialsMemo.get(name);
  if (initials === undefined) {
    initials = spellInitials(name);
    if (initialsMemo.size >= INITIALS_MEMO_LIMIT) initialsMemo.clear();
    initialsMemo.set(name, initials);
  }
  return initials;
}

function spellInitials(name: string): string {
  return mapArray(
    name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)),
    (w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0]),
  ).join('');
}

/** "World Trade Organisation (WTO)", a short name in brackets after a body's full name: the name in brackets is an alias. */
function acronymExpansions(views: SentenceView[]): Map<string, Mention> {
  const expansions = new Map<string, Mention>();
  for (const view of views) {
    view.mentions.forEach((mention, k) => {
      const next = view.mentions[k + 1];
      if (!next || mention.kind !== 'entity' || mention.label === 'Person') return;
      const open = view.words[mention.wordLast];
      const close = view.words[next.wordLast];
      if (open?.text === '(' && next.wordFirst === mention.wordLast + 1 && close?.text === ')') expansions.set(next.text, mention);
    });
  }
  return expansions;
}

/** The one body named by a longer name that starts with these words ("Continental" in a story naming Continental Airlines). */
function onlyLongerOrganization(resolution: Resolution, text: string): ResolvedEntity | undefined {
  const prefix = `${fold(text)} `;
  const longer = [...resolution.entities.values()].filter((e) => e.label === 'Organization' && fold(e.name).startsWith(prefix));
  return longer.length === 1 ? longer[0] : undefined;
}

/**
 * "Zentrix Gold" after "<Zentrix Gold Mining Corp>": a body's name of two words or more that no list knows, that opens
 * one other body's name, the rest of which is head words and legal forms, is that body's short name.
 */
function shorterByHeadWords(resolution: Resolution, mention: Mention, lexicon: Lexicon): ResolvedEntity | undefined {
  if (mention.entries.length > 0 || !mention.text.includes(' ')) return undefined;
  const longer = onlyLongerOrganization(resolution, mention.text);
  const { heads, corporateSuffixes } = lexicon.organizationWords;
  const rest = longer ? nameParts(longer.name).slice(nameParts(mention.text).length) : [];
  return rest.length > 0 && rest.every((w) => heads.has(w) || corporateSuffixes.has(w)) ? longer : undefined;
}

/**
 * "Agricultural Bank (ABC)": a short form of a body's name before the acronym the lexicon knows it by
 * is that body.
 */
function knownByAcronymAfter(resolution: Resolution, acronym: string | undefined, mention: Mention): ResolvedEntity | undefined {
  if (acronym === undefined) return undefined;
  const body = [...resolution.entities.values()].find((e) => e.label === mention.label && e.mentions.some((m) => m.text === acronym));
  const prefix = fold(mention.text);
  return body && [body.name, ...body.aliases].some((name) => fold(name).startsWith(prefix)) ? body : undefined;
}

/** Acronyms in brackets after something that is not a body ("bio-circular-green (BCG)", an event), or an event's between commas, name nothing. */
function suppressedNames(views: SentenceView[], lexicon: Lexicon): Set<string> {
  const suppressed = new Set<string>();
  for (const view of views) {
    for (const mention of view.mentions) {
      const open = view.words[mention.wordFirst - 1];
      const close = view.words[mention.wordLast];
      // "zonal demand pricing, or ZDP", "QRE, or quantum relay exchange": an acronym glossed by words in lower case names
      // a thing, not a body.
      if (ACRONYM.test(mention.text) && glossedInLowerCase(view, mention)) suppressed.add(mention.text);
      const before = view.words[mention.wordFirst - 2];
      // "under the Zorvia Coffee Agreement, ZCA,": an event's or a treaty's initials between commas.
      if (open?.text === ',' && ACRONYM.test(mention.text) && before && lexicon.organizationWords.events.has(fold(before.text)) && spelledBefore(view, mention)) suppressed.add(mention.text);
      if (open?.text !== '(' || close?.text !== ')') continue;
      const bodyBefore = view.mentions.some((m) => m.wordLast === mention.wordFirst - 1 && m.kind === 'entity');
      // (A body the lexicon knows stays, unless the words before spell it: "the plan (UN) Secretary General <name> backed".)
      const known = mention.entries.length > 0 && !spelledBefore(view, mention);
      if (!bodyBefore && !known && before && (!before.capitalized || lexicon.organizationWords.events.has(fold(before.text)))) suppressed.add(mention.text);
    }
  }
  return suppressed;
}

/** Whether the initials of the words before an acronym's bracket, hyphenated parts apart, end in the acronym. */
function spelledBefore(view: SentenceView, mention: Mention): boolean {
  const initials: string[] = [];
  for (let k = mention.wordFirst - 2; k >= 0 && initials.length < mention.text.length; k--) {
    const parts = view.words[k]!.text.split('-');
    for (let j = parts.length - 1; j >= 0; j--) initials.unshift(parts[j]!.charAt(0).toUpperCase());
  }
  return initials.slice(-mention.text.length).join('') === mention.text.toUpperCase();
}

/** "<words in lower case>, or <acronym>" or "<acronym>, or <words in lower case>", the words' initials spelling it. */
function glossedInLowerCase(view: SentenceView, mention: Mention): boolean {
  const letters = mention.text.length;
  const lower = (from: number, to: number) => from >= 0 && to <= view.words.length && view.words.slice(from, to).every((w) => /^\p{Ll}/u.test(w.text));
  const spells = (from: number) => view.words.slice(from, from + letters).every((w, k) => w.text.charAt(0).toUpperCase() === mention.text.charAt(k));
  const first = mention.wordFirst;
  if (view.words[first - 1]?.text === 'or' && view.words[first - 2]?.text === ',' && lower(first - 2 - letters, first - 2) && spells(first - 2 - letters)) return true;
  const last = mention.wordLast;
  return view.words[last]?.text === ',' && view.words[last + 1]?.text === 'or' && lower(last + 2, last + 2 + letters) && spells(last + 2);
}

/** "<name> newspaper", "<name> television": a noun for a news outlet right after the name. */
function calledOutlet(view: SentenceView, mention: Mention, lexicon: Lexicon): boolean {
  return namesOutlet(view.words, mention.wordLast, lexicon);
}

/** Why a body is a news outlet though the lexicon does not know it: the text calls it one. */
export const OUTLET_REASON = 'outlet-noun';

/** A title of one or two words ends at word k: "lawyer", "chief executive". */
function titleEndsAt(view: SentenceView, k: number, lexicon: Lexicon): boolean {
  const word = view.words[k]?.text ?? '';
  return lexicon.titles.any.has(word) || lexicon.titles.any.has(`${view.words[k - 1]?.text ?? ''} ${word}`);
}

// Words before a name that make "who" after it likely to mean another noun: "the owners of <company>, who".
const WHO_MAY_MEAN_ANOTHER = new Set(['of', 'for', 'about', 'to', 'with', 'by', 'from', 'at', 'in', 'on', 'the']);

/** "<surname>, who told reporters": "who" says a person, where the name is no everyday word and no body's. */
function isIntroducedAsPerson(view: SentenceView, mention: Mention, lexicon: Lexicon): boolean {
  return view.words[mention.wordLast]?.text === ',' && view.words[mention.wordLast + 1]?.text === 'who' && !mention.text.includes(' ') &&
    !WHO_MAY_MEAN_ANOTHER.has(view.words[mention.wordFirst - 1]?.text.toLowerCase() ?? '') &&
    !lexicon.vocabulary.has(mention.text.toLowerCase()) && !ACRONYM.test(mention.text);
}

const DETERMINERS_OF_BODY = new Set(['the', 'its', 'their', "'s", '’s']);
const LIST_JOINS = new Set([',', 'and']);
const COMPANY_NOUNS = new Set(['group', 'company', 'firm']);
const APPOSITIVE_PREPOSITIONS = new Set(['with', 'without', 'in', 'for', 'from', 'to', 'on', 'by', 'as', 'at', 'after', 'before', 'under']);
const ADJECTIVE_ENDING = /(?:ean|ian|ic|ese|ish)$/u;

/** "the French export credit agency Acme", "Acme, the French export credit agency": a body noun next to the name. */
function isIntroducedAsOrganization(view: SentenceView, mention: Mention, lexicon: Lexicon): boolean {
  const nouns = lexicon.organizationWords.nouns;
  const before = view.words[mention.wordFirst - 1];
  if (calledOutlet(view, mention, lexicon)) return true;
  // "travel search engine Skyscanner" needs its noun; "Edinburgh-based Skyscanner" says a body by itself.
  // (Not "a Beijing-based AI-for-Science enterprise": there the name is an adjective.)
  const adjectiveUse = /^\p{Ll}/u.test(view.words[mention.wordLast]?.text ?? '') && nouns.has(view.words[mention.wordLast]!.text);
  if (before && (nouns.has(before.text) || (/(^|-)based$/u.test(before.text) && !adjectiveUse))) return true;
  // "a lawyer for Yukos", "chief executive of Yukos": the name after a title and a preposition holds the title.
  // Not an adjective before a noun: "founder of Jewish human rights group".
  const adjective = /^\p{Ll}/u.test(view.words[mention.wordLast]?.text ?? '') && !['and', 'or', 'in', 'on', 'to', 'said', 'says'].includes(view.words[mention.wordLast]!.text);
  if (before && ['of', 'for', 'at'].includes(before.text) && titleEndsAt(view, mention.wordFirst - 2, lexicon) && !adjective) return true;
  // "its Brovanek subsidiary", "the Zentrix group": after a determiner, a company's noun says what the name is (not
  // an adjective's: "the European company", "the Olympic torch").
  const after = view.words[mention.wordLast]?.text ?? '';
  const companyNoun = lexicon.triggers.subsidiaryNouns.has(after) || COMPANY_NOUNS.has(after);
  if (before && DETERMINERS_OF_BODY.has(before.text) && companyNoun && !ADJECTIVE_ENDING.test(mention.text)) return true;
  if (listedBeforePartNoun(view, mention, lexicon)) return true;
  if (view.words[mention.wordLast]?.text !== ',') return false;
  // "Overall, the company's debt ...", "Likewise, the company will": at a sentence's start the noun must close an
  // appositive ("Parmalat, the Italian food group, said"), not open the sentence's clause.
  const opening = mention.wordFirst === 0 && !['a', 'an'].includes(view.words[mention.wordLast + 1]?.text ?? '');
  // ("<city>, with foreign investment and consultancy,": a phrase after a preposition is no appositive.)
  if (APPOSITIVE_PREPOSITIONS.has(view.words[mention.wordLast + 1]?.text ?? '')) return false;
  for (let k = mention.wordLast + 1; k < Math.min(view.words.length, mention.wordLast + 8); k++) {
    const word = view.words[k]!;
    if (word.text === ',' || word.text === '.') break;
    if (nouns.has(word.text) && (!opening || APPOSITIVE_CONTINUES.has(view.words[k + 1]?.text ?? ''))) return true;
  }
  return false;
}

/** "its Zentrix, Qarsa and Brovanek divisions": a name in a list between a body's determiner and a plural noun for its parts. */
function listedBeforePartNoun(view: SentenceView, mention: Mention, lexicon: Lexicon): boolean {
  const { subsidiaryNouns } = lexicon.triggers;
  const words = view.words;
  // Each item one or two capitalised words; items joined by a comma or "and".
  const pastItem = (k: number, step: 1 | -1) => (words[k]?.capitalized ? (words[k + step]?.capitalized ? k + 2 * step : k + step) : k);
  let end = mention.wordLast;
  for (let items = 0; items < 4 && LIST_JOINS.has(words[end]?.text ?? ''); items++) {
    const next = pastItem(end + 1, 1);
    if (next === end + 1) break;
    end = next;
  }
  let start = mention.wordFirst - 1;
  for (let items = 0; items < 4 && LIST_JOINS.has(words[start]?.text ?? ''); items++) {
    const previous = pastItem(start - 1, -1);
    if (previous === start - 1) break;
    start = previous;
  }
  if (end === mention.wordLast && start === mention.wordFirst - 1) return false;
  const noun = words[end]?.text ?? '';
  return DETERMINERS_OF_BODY.has(words[start]?.text ?? '') && subsidiaryNouns.has(singularOf(noun));
}

/**
 * "<name>, a manufacturer of engines,": the appositive's head noun, after an article and at most three lower-case
 * modifiers, is a kind of body; "<name>, a professor at the school of", "<name>, the company's chairman" are not.
 */
function isAppositiveBody(view: SentenceView, mention: Mention, lexicon: Lexicon): boolean {
  const words = view.words;
  if (words[mention.wordLast]?.text !== ',' || !['a', 'an', 'the'].includes(words[mention.wordLast + 1]?.text ?? '')) return false;
  for (let k = mention.wordLast + 2; k < Math.min(words.length, mention.wordLast + 6); k++) {
    const word = words[k]!.text;
    if (lexicon.organizationWords.nouns.has(word)) return APPOSITIVE_CONTINUES.has(words[k + 1]?.text ?? '');
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || lexicon.titles.any.has(word) || APPOSITIVE_CONTINUES.has(word) || word === 'the') return false;
  }
  return false;
}

/**
 * Capitalised words shaped like a name ("Liberal Democrat", "Law Lords") are a person only with evidence: a title,
 * a known given name or surname, a role after a comma, a verb of saying next to it, or the surname used again later.
 */
function hasPersonEvidence(mention: Mention, view: SentenceView, lexicon: Lexicon, bareNames: Set<string>): boolean {
  if (mention.reason !== 'name-shape') return true;
  // "the Beige Book said": nobody's name follows "the".
  if (view.words[mention.wordFirst - 1]?.text.toLowerCase() === 'the') return false;
  const parts = nameParts(mention.text);
  if (parts.length > 1 && (bareNames.has(parts[parts.length - 1]!) || bareNames.has(parts[0]!))) return true;
  const next = view.words[mention.wordLast]?.text.toLowerCase() ?? '';
  const previous = view.words[mention.wordFirst - 1]?.text.toLowerCase() ?? '';
  const { speech, meet } = lexicon.triggers;
  if (speech.has(next) || speech.has(previous) || meet.has(previous) || ['with', 'by'].includes(previous)) return true;
  // A title right before ("Thai Chamber of Commerce chief <name>"), or a title of a body named right before
  // ("president of the Federation of Thai Industries <name>").
  const titleAt = (k: number) => lexicon.titles.any.has(view.words[k]?.text ?? '');
  if (titleAt(mention.wordFirst - 1) || isPersonHonorificBefore(view.words, mention.wordFirst, lexicon)) return true;
  const body = view.mentions.find((m) => m.wordLast === mention.wordFirst && m.label === 'Organization');
  if (body) {
    let k = body.wordFirst - 1;
    if (view.words[k]?.text === 'the') k--;
    if (view.words[k]?.text === 'of' && titleAt(k - 1)) return true;
  }
  // "The Prime Minister of India, <name>, arrived": the name in apposition to a title phrase before it (past a body's
  // name of any length: "the Governor of the Bank of the Zorvan PDR, <name>").
  if (previous === ',') {
    const bodyBefore = view.mentions.find((m) => m.wordLast === mention.wordFirst - 1 && m.label === 'Organization');
    let k = (bodyBefore?.wordFirst ?? 0) - 1;
    if (view.words[k]?.text === 'the') k--;
    if (bodyBefore && view.words[k]?.text === 'of' && titleEndsAt(view, k - 1, lexicon)) return true;
    // ("the president of <country>, <name>": a title in lower case too.)
    for (let k = mention.wordFirst - 2; k >= Math.max(0, mention.wordFirst - 8); k--) {
      const word = view.words[k]!.text;
      if (word === ',' || word === '.') break;
      if (titleEndsAt(view, k, lexicon)) return true;
      if (/^\p{Ll}/u.test(word) && !['of', 'the', 'for'].includes(word)) break;
    }
  }
  if (next === ',') {
    for (let k = mention.wordLast + 1; k < Math.min(view.words.length, mention.wordLast + 7); k++) {
      const word = view.words[k]!.text;
      if (word === ',' || word === '.') break;
      if (lexicon.titles.any.has(word) || lexicon.titles.any.has(`${word} ${view.words[k + 1]?.text ?? ''}`)) return true;
    }
    return speech.has(view.words[mention.wordLast + 1]?.text.toLowerCase() ?? '');
  }
  return false;
}
