// Extraction quality on the shared dev corpus, held as floors that only ever move up.
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../src/eval/evaluate-corpus.js';

const DEV = '../shared/corpus/dev';
const GOLD = '../shared/corpus/dev-gold';

// Raise these when the extractor improves; never lower them. The issue asks for 0.90 and 0.75.
const FLOORS = { entities: 0.995, relations: 0.99 };

describe('dev corpus quality', () => {
  it('scores at or above the floors (micro F1)', async () => {
    const result = await evaluateCorpus({ articlesDir: DEV }, GOLD);
    expect(result.problems).toEqual([]);
    expect(result.articles.length).toBeGreaterThanOrEqual(7);
    expect(result.micro.entities.f1).toBeGreaterThanOrEqual(FLOORS.entities);
    expect(result.micro.relations.f1).toBeGreaterThanOrEqual(FLOORS.relations);
  });

  it('no article falls apart: each has entity F1 above 0.8 and relation F1 above 0.7', async () => {
    const result = await evaluateCorpus({ articlesDir: DEV }, GOLD);
    for (const article of result.articles) {
      expect.soft(article.score.entities.f1, article.name).toBeGreaterThan(0.8);
      expect.soft(article.score.relations.f1, article.name).toBeGreaterThan(0.7);
    }
  });
});
