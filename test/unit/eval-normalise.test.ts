// The normalised name form under which system and gold names match.
import { describe, expect, it } from 'vitest';
import { normaliseName, normalisedNames } from '../../src/eval/normalise-name.js';

describe('normaliseName', () => {
  it.each([
    ['Lee Jae-myung', 'lee jae myung'],
    ['LEE  Jae–myung', 'lee jae myung'],
    ['São Paulo', 'sao paulo'],
    ['Hanoï', 'hanoi'],
    ['China’s', 'china'],
    ["China's", 'china'],
    ['`Xi`s', 'xi'],
    ['The Hague', 'hague'],
    ['the   Hague', 'hague'],
    ['Theodore Roosevelt', 'theodore roosevelt'], // "the" only as a word
    ['  The Hague', 'the hague'], // only at the very start, before spaces are tidied, as the reference scorer does
    ['U.S.', 'us'],
    ['(ROK)', 'rok'],
    ['"Paris Club",', 'paris club'],
    ['People’s Republic of China', 'people republic of china'],
    ['state_owned', 'state owned'],
    ['...', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('gives the set of non-empty forms of a name and its aliases', () => {
    expect(normalisedNames('Republic of Korea', ['ROK', 'R.O.K.', 'South Korea', '—'])).toEqual(new Set(['republic of korea', 'rok', 'south korea']));
  });
});
