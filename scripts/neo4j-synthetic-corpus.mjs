// Synthetic but realistic per-article GraphDocuments (people, places, organisations, relations with evidence),
// deterministic for a seed: for the load benchmark while the extractor finds few relations, and for the kill test.
// Needs the compiled library (npm run build).
import { seededRandom } from '../dist/graph/analytics/seeded-random.js';

const COUNTRIES = ['CN', 'KR', 'JP', 'US', 'GB', 'FR', 'DE', 'IN', 'BR', 'RU', 'ZA', 'NG', 'EG', 'TH', 'VN', 'MY', 'ID', 'AU', 'CA', 'MX', 'IT', 'ES', 'TR', 'SA', 'AE', 'PK', 'KE', 'AR', 'CL', 'PL'];
const GIVEN = ['Li', 'Wang', 'Zhang', 'Kim', 'Park', 'Sato', 'John', 'Maria', 'Ahmed', 'Olga', 'Ravi', 'Ana', 'Peter', 'Fatima', 'Chen', 'Nguyen', 'Lucas', 'Amara', 'Hiro', 'Sofia'];
const FAMILY = ['Wei', 'Jiacheng', 'Min-jun', 'Tanaka', 'Smith', 'Garcia', 'Hassan', 'Ivanova', 'Sharma', 'Silva', 'Muller', 'Okafor', 'Rossi', 'Dubois', 'Lopez', 'Kowalski', 'Yilmaz', 'Haddad', 'Mensah', 'Novak'];
const ORG_HEADS = ['University', 'Ministry of Commerce', 'Academy of Sciences', 'Central Bank', 'Trade Council', 'Institute of International Studies', 'Chamber of Commerce', 'News Agency'];
const RELATIONS = [
  ['VISITED', 'person', 'city', 'visited'],
  ['VISITED', 'person', 'country', 'arrived in'],
  ['MET_WITH', 'person', 'person', 'held talks with'],
  ['TRADES_WITH', 'country', 'country', 'expanded trade with'],
  ['AFFILIATED_WITH', 'person', 'org', 'is a researcher at'],
  ['LEADER_OF', 'person', 'country', 'is the president of'],
  ['LOCATED_IN', 'city', 'country', 'lies in'],
  ['LOCATED_IN', 'org', 'city', 'is based in'],
  ['INTERVIEWED_BY', 'person', 'org', 'told'],
];

/** The pools entities are drawn from: a few hundred people, cities and organisations shared across articles. */
function pools(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const people = Array.from({ length: 400 }, (_, i) => {
    const name = `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}`;
    return { id: `person:${name.toLowerCase().replace(/\s+/g, '-')}`, label: 'Person', name };
  });
  const countries = COUNTRIES.map((code) => ({ id: `country:${code}`, label: 'Country', name: `Country ${code}`, properties: { iso2: code } }));
  const cities = Array.from({ length: 150 }, (_, i) => ({ id: `city:${100000 + i}`, label: 'City', name: `City ${i}`, properties: { geonameId: 100000 + i, country: pick(COUNTRIES) } }));
  const orgs = Array.from({ length: 120 }, (_, i) => {
    const name = `${pick(['National', 'Shanghai', 'Seoul', 'Global', 'Pacific', 'Eastern'])} ${ORG_HEADS[i % ORG_HEADS.length]} ${i}`;
    return { id: `org:${name.toLowerCase().replace(/\s+/g, '-')}`, label: 'Organization', name };
  });
  return { person: people, country: countries, city: cities, org: orgs };
}

/** `count` per-article GraphDocuments, about 10 entities and 12 relations (plus MENTIONED_IN) each. */
export function syntheticDocuments(count, seed = 1) {
  const next = seededRandom(seed);
  const pool = pools(next);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const docs = [];
  for (let n = 0; n < count; n += 1) {
    const articleId = `article:synthetic-${seed}-${n}`;
    const entities = new Map();
    const edges = new Map();
    let offset = 0;
    for (let r = 0; r < 12; r += 1) {
      const [type, fromKind, toKind, verb] = pick(RELATIONS);
      const source = pick(pool[fromKind]);
      const target = pick(pool[toKind]);
      if (source.id === target.id) continue;
      const sentence = `${source.name} ${verb} ${target.name} on day ${n % 28}.`;
      const evidence = { article: articleId, sentence, start: offset, end: offset + sentence.length, rule: `synthetic-${type.toLowerCase()}` };
      for (const entity of [source, target]) {
        const at = offset + sentence.indexOf(entity.name);
        const mention = { article: articleId, text: entity.name, start: at, end: at + entity.name.length };
        const known = entities.get(entity.id);
        if (known) known.mentions.push(mention);
        else entities.set(entity.id, { ...entity, aliases: [], mentions: [mention] });
      }
      offset += sentence.length + 1;
      const key = `${type}|${source.id}|${target.id}`;
      const edge = edges.get(key) ?? { type, source: source.id, target: target.id, evidence: [] };
      edge.evidence.push(evidence);
      edges.set(key, edge);
    }
    const article = { id: articleId, label: 'Article', name: `Synthetic article ${n}`, aliases: [], mentions: [], source: `synthetic/${n}.txt`, contentHash: `synthetic${seed}x${n}` };
    const mentioned = [...entities.keys()].map((id) => ({ type: 'MENTIONED_IN', source: id, target: articleId, evidence: [] }));
    docs.push({ schemaVersion: 1, nodes: [article, ...entities.values()], edges: [...edges.values(), ...mentioned] });
  }
  return docs;
}
