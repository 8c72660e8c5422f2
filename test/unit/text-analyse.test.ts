// Reading text: offsets that point back into the article, and the same tokens whatever was read before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/analyse.js';

describe('analyse', () => {
  it('gives tokens and sentences whose offsets slice the original text', () => {
    const text = 'Headline here\nLee Jae-myung arrived in Beijing. He met Xi.\n\nSmith’s firm said so.\n';
    const doc = analyse(text);
    for (const token of doc.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(doc.paragraphs.map((p) => p.kind)).toEqual(['headline', 'body', 'body']);
    expect(doc.sentences).toHaveLength(4);
  });

  it('splits possessives the same way in every article, whatever was read before', () => {
    // wink-nlp remembers words across documents; reading the second article once made it keep "Foster's" whole.
    const first = readFileSync('../shared/corpus/bulk/bbc/business-451.txt', 'utf8');
    const second = readFileSync('../shared/corpus/bulk/bbc/business-315.txt', 'utf8');
    const before = JSON.stringify(analyse(first));
    analyse(second);
    expect(JSON.stringify(analyse(first))).toBe(before);
  });

  it('marks all-capital lines (datelines, subheads) so names there are read from lexicons only', () => {
    const doc = analyse('Title\nRUSSIA & NORTH KOREA\nBody text follows here.\n');
    expect(doc.paragraphs[1]!.kind).toBe('caps');
  });
});
