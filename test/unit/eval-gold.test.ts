// The gold format schema: what a gold file may say, and the messages when it is wrong.
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../src/eval/gold.js';

const entities = [
  { label: 'Person', name: 'Lee Jae-myung', aliases: ['Lee'] },
  { label: 'Country', name: 'China' },
];

describe('parseGold', () => {
  it('accepts the README example shape; aliases default to none', () => {
    const gold = parseGold({ article: 'a.txt', entities, relations: [{ type: 'VISITED', source: 'Lee Jae-myung', target: 'China' }, { type: 'QUOTED_IN', source: 'Lee Jae-myung', target: '@article', optional: true }] }, 'a.json');
    expect(gold.entities[1]!.aliases).toEqual([]);
    expect(gold.relations[1]!.optional).toBe(true);
  });

  it.each([
    ['an unknown label', { article: 'a.txt', entities: [{ label: 'Planet', name: 'Mars' }], relations: [] }, 'entities.0.label'],
    ['an unscored relation type', { article: 'a.txt', entities, relations: [{ type: 'KNOWS', source: 'Lee Jae-myung', target: 'China' }] }, 'relations.0.type'],
    ['a relation end that names no gold entity', { article: 'a.txt', entities, relations: [{ type: 'VISITED', source: 'Lee', target: 'China' }] }, 'relations.0.source: "Lee" is not the name of a gold entity'],
    ['two entities with one name', { article: 'a.txt', entities: [...entities, { label: 'City', name: 'China' }], relations: [] }, 'entities.2.name: duplicate entity name "China"'],
    ['no relations list', { article: 'a.txt', entities }, 'relations'],
  ])('refuses %s, naming the field', (_what, data, message) => {
    expect(() => parseGold(data, 'gold/a.json')).toThrow(message);
    expect(() => parseGold(data, 'gold/a.json')).toThrow(/^gold\/a\.json: not a valid gold graph/);
  });
});
