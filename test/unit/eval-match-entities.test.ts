// Entity matching rules of the corpus README, as tables: each gold entity matched once, optional ones neutral.
import { describe, expect, it } from 'vitest';
import { parseGold, type GoldEntity } from '../../src/eval/gold.js';
import { matchEntities } from '../../src/eval/match-entities.js';
import type { ScoredNode } from '../../src/eval/scored-graph.js';

type Spec = [label: string, name: string, aliases?: string[], optional?: boolean];

function goldEntities(...specs: Spec[]): GoldEntity[] {
  const entities = specs.map(([label, name, aliases = [], optional]) => ({ label, name, aliases, ...(optional ? { optional } : {}) }));
  return parseGold({ article: 't.txt', entities, relations: [] }, 't.json').entities;
}

function nodes(...specs: Spec[]): ScoredNode[] {
  return specs.map(([label, name, aliases = []], i) => ({ id: `n${i}`, label, name, aliases }));
}

const LEE: Spec = ['Person', 'Lee Jae-myung', ['Lee', 'President Lee Jae-myung']];
const LEE_HAE_CHAN: Spec = ['Person', 'Lee Hae-chan', ['Lee']];

interface Expected {
  tp: number;
  fp: number;
  fn: number;
  duplicates?: string[];
  wrongLabel?: string[];
}

const CASES: Array<[string, GoldEntity[], ScoredNode[], Expected]> = [
  ['same name and label', goldEntities(LEE), nodes(['Person', 'Lee Jae-myung']), { tp: 1, fp: 0, fn: 0 }],
  ['the node is named by a gold alias', goldEntities(LEE), nodes(['Person', 'President Lee Jae-myung']), { tp: 1, fp: 0, fn: 0 }],
  ['a gold alias among the node aliases', goldEntities(LEE), nodes(['Person', 'Mr Lee J.', ['Lee']]), { tp: 1, fp: 0, fn: 0 }],
  ['case, dashes and a possessive normalised away', goldEntities(LEE), nodes(['Person', "LEE JAE MYUNG's"]), { tp: 1, fp: 0, fn: 0 }],
  ['no name in common', goldEntities(LEE), nodes(['Person', 'Lee Jae']), { tp: 0, fp: 1, fn: 1 }],
  [
    'the right names under the wrong label: a false positive and a miss',
    goldEntities(['City', 'Singapore']),
    nodes(['Country', 'Singapore']),
    { tp: 0, fp: 1, fn: 1, wrongLabel: ['Country:Singapore (gold City)'] },
  ],
  [
    'a second node for one gold entity is an unresolved duplicate',
    goldEntities(LEE),
    nodes(['Person', 'Lee Jae-myung'], ['Person', 'Lee']),
    { tp: 1, fp: 1, fn: 0, duplicates: ['Person:Lee'] },
  ],
  ['the duplicate found first still leaves the full name matched', goldEntities(LEE), nodes(['Person', 'Lee'], ['Person', 'Lee Jae-myung']), { tp: 1, fp: 1, fn: 0, duplicates: ['Person:Lee'] }],
  [
    'a node that shares only an alias cannot take a gold entity from the node that names it',
    goldEntities(LEE, LEE_HAE_CHAN),
    nodes(['Person', 'Lee Hae-chan', ['Lee']], ['Person', 'Lee Jae-myung']),
    { tp: 2, fp: 0, fn: 0 },
  ],
  [
    'a bare surname whose best match is taken is a duplicate, not the other person of that name',
    goldEntities(LEE, LEE_HAE_CHAN),
    nodes(['Person', 'Lee Jae-myung'], ['Person', 'Lee']),
    { tp: 1, fp: 1, fn: 1, duplicates: ['Person:Lee'] },
  ],
  ['an optional entity found gains nothing', goldEntities(['Organization', 'School of International Studies', [], true]), nodes(['Organization', 'School of International Studies']), { tp: 0, fp: 0, fn: 0 }],
  ['an optional entity missed loses nothing', goldEntities(LEE, ['City', 'Seoul', [], true]), nodes(['Person', 'Lee']), { tp: 1, fp: 0, fn: 0 }],
  ['a duplicate of an optional entity loses nothing', goldEntities(['City', 'Seoul', [], true]), nodes(['City', 'Seoul'], ['City', 'SEOUL']), { tp: 0, fp: 0, fn: 0 }],
  ['an optional entity under the wrong label is a false positive', goldEntities(['City', 'Seoul', [], true]), nodes(['Region', 'Seoul']), { tp: 0, fp: 1, fn: 0, wrongLabel: [] }],
  ['Article nodes are not scored', goldEntities(['Country', 'China']), nodes(['Article', 'China']), { tp: 0, fp: 0, fn: 1 }],
  ['a node that names nothing in the gold graph', goldEntities(), nodes(['Country', 'Atlantis']), { tp: 0, fp: 1, fn: 0 }],
];

describe('matchEntities', () => {
  it.each(CASES)('%s', (_rule, gold, system, expected) => {
    const matching = matchEntities(gold, system);
    expect(matching.counts).toEqual({ tp: expected.tp, fp: expected.fp, fn: expected.fn });
    expect(matching.duplicates).toEqual(expected.duplicates ?? []);
    if (expected.wrongLabel) expect(matching.wrongLabel).toEqual(expected.wrongLabel);
  });

  it('names what was missed and what was spurious', () => {
    const matching = matchEntities(goldEntities(LEE, ['Country', 'China']), nodes(['Person', 'Lee'], ['City', 'Atlantis']));
    expect(matching.missed).toEqual(['Country:China']);
    expect(matching.spurious).toEqual(['City:Atlantis']);
  });

  it('maps duplicates to their gold entity too, so their edges count as the same relation', () => {
    const matching = matchEntities(goldEntities(LEE), nodes(['Person', 'Lee Jae-myung'], ['Person', 'Lee']));
    expect(matching.goldOf.get('n1')?.name).toBe('Lee Jae-myung');
  });
});
