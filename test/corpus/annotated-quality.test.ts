// Extraction quality on bulk articles the team annotated by hand (test/corpus/annotated-gold/), held as floors that only ever move up.
// The dev set is nearly saturated; these 48 articles (24 a source, in three batches), drawn at random from the bulk
// corpus, were annotated without looking at the extractor's output, so they estimate quality on unseen articles better.
// Any rule tuned on them must still be general.
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../src/eval/evaluate-corpus.js';

const BULK = '../shared/corpus/bulk';
const GOLD = 'test/corpus/annotated-gold';

// Raise these when the extractor improves; never lower them. (Set on all 24 articles of each source when the third
// batch came in; the first 18 held 0.92 / 0.84 and 0.925 / 0.855 before it. BBC raised from 0.945 / 0.83 in five steps, China Daily from 0.935 / 0.89 in six.)
const FLOORS = {
  bbc: { entities: 0.965, relations: 0.89 },
  chinadaily: { entities: 0.965, relations: 0.935 },
};

describe.each(Object.entries(FLOORS))('annotated %s articles', (source, floors) => {
  it('scores at or above the floors (micro F1)', async () => {
    const result = await evaluateCorpus({ articlesDir: `${BULK}/${source}` }, `${GOLD}/${source}`);
    // Every bulk article without a hand-made gold file is reported as not scored; nothing else may go wrong.
    expect(result.problems.filter((line) => !/no gold file/.test(line))).toEqual([]);
    expect(result.problems.length).toBeLessThanOrEqual(6);
    expect(result.articles.length).toBeGreaterThanOrEqual(24);
    expect(result.micro.entities.f1).toBeGreaterThanOrEqual(floors.entities);
    expect(result.micro.relations.f1).toBeGreaterThanOrEqual(floors.relations);
  });
});
