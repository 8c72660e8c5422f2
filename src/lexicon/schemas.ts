// zod schemas of the lexicon data files in data/ (see data/README.md for what belongs in each).
import { z } from 'zod';

const Described = { $origin: z.string(), $format: z.string().optional() };
const Words = z.array(z.string());

export const TitlesFile = z.object({
  ...Described,
  headOfState: Words,
  headOfStateOnlyIn: z.record(z.string(), z.array(z.string().length(2))).default({}),
  leader: Words,
  countryLeaders: Words.default([]),
  member: Words,
  oppositionModifiers: Words,
  modifiers: Words,
  actingModifiers: Words.default([]),
  unitModifiers: Words,
  caucusQualifiers: Words,
  wholeBodyWords: Words,
  seats: Words,
  adjectives: Words,
  placePrefixes: Words,
  relativeNouns: Words,
  ministerial: Words,
  honorifics: Words,
  genderedHonorifics: z.object({ male: Words, female: Words }).default({ male: [], female: [] }),
  envoys: Words.default([]),
  peerages: Words,
  chambers: z.array(z.object({ body: z.string(), titles: Words })).default([]),
});
export type TitlesFile = z.infer<typeof TitlesFile>;

export const TriggersFile = z.object({
  ...Described,
  speech: Words,
  speechPhrases: Words,
  visit: Words,
  visitNear: Words,
  visitNouns: Words,
  invite: Words.default([]),
  meet: Words,
  meetTasks: Words,
  meetOneWay: Words,
  trade: Words,
  generalTrade: Words,
  tradeAgreements: Words,
  interview: Words,
  based: Words,
  ownedBy: Words,
  subsidiaryNouns: Words,
  leads: Words,
  worksFor: Words,
  owns: Words,
});
export type TriggersFile = z.infer<typeof TriggersFile>;

export const OrganizationWordsFile = z.object({
  ...Described,
  heads: Words,
  corporateSuffixes: Words,
  events: Words,
  landmarks: Words,
  possessiveNameWords: Words,
  mastheads: Words,
  leadingHeads: Words,
  bodyNouns: Words,
  numberedHeads: Words,
  documents: Words,
  subjectWords: Words,
  stockNouns: Words,
  sizedStockNouns: Words,
  instrumentNouns: Words,
  outletNouns: Words,
  indexNouns: Words,
  topicHeads: Words,
  institutionHeads: Words,
  stakeSizes: Words,
  nouns: Words,
});
export type OrganizationWordsFile = z.infer<typeof OrganizationWordsFile>;

export const CommonWordsFile = z.object({ ...Described, words: Words, acronyms: Words });
export type CommonWordsFile = z.infer<typeof CommonWordsFile>;

const CountryCode = z.string().regex(/^[A-Z]{2}$/);

export const CityExonymsFile = z.object({
  ...Described,
  entries: z.array(z.object({ name: z.string(), geonames: z.string(), country: CountryCode, aliases: Words.optional() })),
});

export const OrganizationsFile = z.object({
  ...Described,
  entries: z.array(
    z.object({
      name: z.string(),
      aliases: Words.default([]),
      acronyms: Words.default([]),
      country: CountryCode.nullable().optional(),
      kind: z.string().optional(),
    }),
  ),
});

export const RegionsFile = z.object({
  ...Described,
  entries: z.array(
    z.object({
      name: z.string(),
      aliases: Words.default([]),
      country: CountryCode.nullable().optional(),
      kind: z.string().optional(),
      capital: z.string().optional(),
      /** For a division named like a city: the bare name, its node's name; lookups need its noun ("Chiang Mai Province"). */
      shortName: z.string().optional(),
      /** For a county of a country of nations: the nation it lies in, as this file names it ("England"). */
      within: z.string().optional(),
      /** For a district: the city it lies in, as English news names the city. */
      city: z.string().optional(),
    }),
  ),
});
export type RegionsFile = z.infer<typeof RegionsFile>;

export const CountryAliasesFile = z.object({
  ...Described,
  entries: z.array(z.object({ country: CountryCode, aliases: Words.default([]), demonyms: Words.default([]) })),
  historical: z.array(z.object({ country: CountryCode, name: z.string(), aliases: Words.default([]), demonyms: Words.default([]) })).default([]),
  cityTerritories: z.array(z.object({ country: CountryCode, city: z.string(), sovereign: CountryCode })).default([]),
});
export type CountryAliasesFile = z.infer<typeof CountryAliasesFile>;

export const PersonNamesFile = z.object({ ...Described, givenNames: Words, surnames: Words });
