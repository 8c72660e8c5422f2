// Relation matching and the figures: symmetric types, @article, optional relations, counting once, micro-averaging.
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../src/eval/gold.js';
import type { ScoredEdge, ScoredGraph } from '../../src/eval/scored-graph.js';
import { figures, microAverage, scoreArticle, type ArticleScore } from '../../src/eval/score.js';

const GOLD = parseGold(
  {
    article: 't.txt',
    entities: [
      { label: 'Person', name: 'Lee Jae-myung', aliases: ['Lee'] },
      { label: 'Person', name: 'Xi Jinping', aliases: ['Xi'] },
      { label: 'Country', name: 'China' },
      { label: 'Country', name: 'Republic of Korea', aliases: ['ROK'] },
      { label: 'City', name: 'Beijing' },
      { label: 'Organization', name: 'Peking University', optional: true },
    ],
    relations: [
      { type: 'VISITED', source: 'Lee Jae-myung', target: 'China' },
      { type: 'MET_WITH', source: 'Lee Jae-myung', target: 'Xi Jinping' },
      { type: 'TRADES_WITH', source: 'Republic of Korea', target: 'China' },
      { type: 'QUOTED_IN', source: 'Xi Jinping', target: '@article' },
      { type: 'LOCATED_IN', source: 'Beijing', target: 'China' },
      { type: 'LOCATED_IN', source: 'Peking University', target: 'Beijing', optional: true },
      { type: 'VISITED', source: 'Lee Jae-myung', target: 'Beijing', optional: true },
    ],
  },
  't.json',
);

// One node per gold entity, plus the Article node, a duplicate "Lee", a wrongly labelled Beijing and an invented person.
const NODES: ScoredGraph['nodes'] = [
  { id: 'article:t', label: 'Article', name: 'headline' },
  { id: 'lee', label: 'Person', name: 'Lee Jae-myung' },
  { id: 'xi', label: 'Person', name: 'Xi Jinping' },
  { id: 'cn', label: 'Country', name: 'China' },
  { id: 'kr', label: 'Country', name: 'ROK' },
  { id: 'bj', label: 'City', name: 'Beijing' },
  { id: 'pku', label: 'Organization', name: 'Peking University' },
  { id: 'lee-again', label: 'Person', name: 'Lee' },
  { id: 'bj-region', label: 'Region', name: 'Beijing' },
  { id: 'kim', label: 'Person', name: 'Kim' },
];

const REQUIRED: ScoredEdge[] = [
  { type: 'VISITED', source: 'lee', target: 'cn' },
  { type: 'MET_WITH', source: 'lee', target: 'xi' },
  { type: 'TRADES_WITH', source: 'kr', target: 'cn' },
  { type: 'QUOTED_IN', source: 'xi', target: 'article:t' },
  { type: 'LOCATED_IN', source: 'bj', target: 'cn' },
];
const edge = (type: string, source: string, target: string): ScoredEdge => ({ type, source, target });

const CASES: Array<[string, ScoredEdge[], { tp: number; fp: number; fn: number }]> = [
  ['every required relation', REQUIRED, { tp: 5, fp: 0, fn: 0 }],
  ['no edges at all', [], { tp: 0, fp: 0, fn: 5 }],
  ['a symmetric type in the other order', [...REQUIRED.filter((e) => e.type !== 'MET_WITH'), edge('MET_WITH', 'xi', 'lee')], { tp: 5, fp: 0, fn: 0 }],
  ['a directed type reversed: a false positive and a miss', [...REQUIRED.slice(1), edge('VISITED', 'cn', 'lee')], { tp: 4, fp: 1, fn: 1 }],
  ['the same relation twice counts once', [...REQUIRED, edge('VISITED', 'lee', 'cn')], { tp: 5, fp: 0, fn: 0 }],
  ['the same relation from a duplicate node counts once', [...REQUIRED, edge('VISITED', 'lee-again', 'cn')], { tp: 5, fp: 0, fn: 0 }],
  ['MENTIONED_IN and unknown types are not scored', [...REQUIRED, edge('MENTIONED_IN', 'lee', 'article:t'), edge('KNOWS', 'lee', 'kim')], { tp: 5, fp: 0, fn: 0 }],
  ['the right ends under another type', [...REQUIRED, edge('LEADER_OF', 'lee', 'cn')], { tp: 5, fp: 1, fn: 0 }],
  ['an optional relation found gains nothing', [...REQUIRED, edge('VISITED', 'lee', 'bj'), edge('LOCATED_IN', 'pku', 'bj')], { tp: 5, fp: 0, fn: 0 }],
  ['an end on an optional entity still counts when the relation is not in the gold', [...REQUIRED, edge('LOCATED_IN', 'pku', 'cn')], { tp: 5, fp: 1, fn: 0 }],
  ['an end on a wrongly labelled node never matches', [...REQUIRED.slice(0, 4), edge('LOCATED_IN', 'bj-region', 'cn')], { tp: 4, fp: 1, fn: 1 }],
  ['an end on a node outside the gold graph is a false positive, counted once', [...REQUIRED, edge('MET_WITH', 'kim', 'xi'), edge('MET_WITH', 'kim', 'xi')], { tp: 5, fp: 1, fn: 0 }],
  // As the reference scorer does: without gold names for both ends the ids are compared as written.
  ['such an edge written both ways counts twice', [...REQUIRED, edge('MET_WITH', 'kim', 'xi'), edge('MET_WITH', 'xi', 'kim')], { tp: 5, fp: 2, fn: 0 }],
  ['QUOTED_IN to anything but the Article node is not @article', [...REQUIRED.filter((e) => e.type !== 'QUOTED_IN'), edge('QUOTED_IN', 'xi', 'cn')], { tp: 4, fp: 1, fn: 1 }],
];

describe('scoreArticle: relations', () => {
  it.each(CASES)('%s', (_rule, edges, expected) => {
    const { relations } = scoreArticle(GOLD, { nodes: NODES, edges });
    expect({ tp: relations.tp, fp: relations.fp, fn: relations.fn }).toEqual(expected);
  });

  it('names missed and spurious relations, and counts per type', () => {
    const { relations } = scoreArticle(GOLD, { nodes: NODES, edges: [...REQUIRED.slice(1), edge('VISITED', 'kim', 'cn')] });
    expect(relations.missed).toEqual(['VISITED(Lee Jae-myung -> China)']);
    expect(relations.spurious).toEqual(['VISITED(Person:Kim -> China)']);
    expect(relations.byType.VISITED).toEqual({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 });
    expect(relations.byType.MET_WITH).toEqual({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });
});

describe('figures', () => {
  it.each([
    [{ tp: 0, fp: 0, fn: 0 }, [0, 0, 0]],
    [{ tp: 2, fp: 1, fn: 0 }, [0.667, 1, 0.8]],
    [{ tp: 1, fp: 2, fn: 5 }, [0.333, 0.167, 0.222]],
    [{ tp: 1, fp: 7, fn: 0 }, [0.125, 1, 0.222]],
    [{ tp: 0, fp: 3, fn: 4 }, [0, 0, 0]],
  ])('%j -> P, R, F1 %j', (counts, [precision, recall, f1]) => {
    expect(figures(counts)).toEqual({ ...counts, precision, recall, f1 });
  });
});

describe('microAverage', () => {
  it('sums the counts over articles before computing the figures, so a large article weighs more', () => {
    const article = (tp: number, fp: number, fn: number): ArticleScore => {
      const f = figures({ tp, fp, fn });
      return { entities: { ...f, missed: [], spurious: [], duplicates: [], wrongLabel: [] }, relations: { ...f, missed: [], spurious: [], byType: {} } };
    };
    const micro = microAverage([article(1, 0, 0), article(0, 0, 3)]);
    expect(micro.entities).toEqual({ tp: 1, fp: 0, fn: 3, precision: 1, recall: 0.25, f1: 0.4 });
    expect(micro.relations.recall).toBe(0.25);
  });
});
