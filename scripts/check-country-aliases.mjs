// Checks data/country-aliases.json against world-countries: every code exists (former countries' codes do not), and no alias or demonym names two countries.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const file = new URL('../data/country-aliases.json', import.meta.url);
const { entries, historical = [] } = JSON.parse(readFileSync(file, 'utf8'));

const key = (text) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

// Every form world-countries itself gives each country, so an added form can be checked against other countries' names.
const packageForms = new Map();
const packageNames = new Set();
const packageDemonyms = new Set();
const addForm = (form, code, kindSet) => {
  const owners = packageForms.get(key(form)) ?? new Set();
  owners.add(code);
  packageForms.set(key(form), owners);
  kindSet.add(`${code} ${key(form)}`);
};
for (const country of countries) {
  for (const form of [country.name.common, country.name.official, ...country.altSpellings]) {
    addForm(form, country.cca2, packageNames);
  }
  const demonym = country.demonyms?.eng;
  for (const form of demonym ? [demonym.m, demonym.f] : []) addForm(form, country.cca2, packageDemonyms);
}
const codes = new Set(countries.map((country) => country.cca2));

const failures = [];
const notes = [];
const added = new Map();
const seenCodes = new Set();
for (const entry of entries) {
  if (!codes.has(entry.country)) failures.push(`${entry.country}: not a world-countries cca2 code`);
  if (seenCodes.has(entry.country)) failures.push(`${entry.country}: listed twice`);
  seenCodes.add(entry.country);
  const forms = [
    ...entry.aliases.map((form) => [form, packageNames]),
    ...entry.demonyms.map((form) => [form, packageDemonyms]),
  ];
  for (const [form, sameKind] of forms) {
    const others = [...(packageForms.get(key(form)) ?? [])].filter((code) => code !== entry.country);
    if (others.length > 0) failures.push(`${entry.country} "${form}": world-countries gives it to ${others.join(', ')}`);
    if (sameKind.has(`${entry.country} ${key(form)}`)) notes.push(`${entry.country} "${form}": already in world-countries`);
    const owner = added.get(key(form));
    if (owner && owner !== entry.country) failures.push(`${entry.country} "${form}": also added for ${owner}`);
    added.set(key(form), entry.country);
  }
}

// Former countries: their codes are not current ones, and none of their forms names a current country.
for (const past of historical) {
  if (codes.has(past.country)) failures.push(`${past.country}: historical, yet a current world-countries code`);
  for (const form of [past.name, ...past.aliases, ...past.demonyms]) {
    const others = [...(packageForms.get(key(form)) ?? [])];
    if (others.length > 0) failures.push(`${past.country} "${form}": world-countries gives it to ${others.join(', ')}`);
    const owner = added.get(key(form));
    if (owner && owner !== past.country) failures.push(`${past.country} "${form}": also added for ${owner}`);
    added.set(key(form), past.country);
  }
}

for (const note of notes) console.log(`note: ${note}`);
for (const failure of failures) console.log(`FAIL: ${failure}`);
console.log(`${entries.length} countries, ${added.size} forms, ${failures.length} failures`);
process.exitCode = failures.length > 0 ? 1 : 0;
