// Reading text: offsets that point back into the article, tokens and sentence ends where extraction rules expect them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/analyse.js';

/** Each body sentence as its tokens joined by " | ", so a moved token boundary shows. */
function sentences(body: string): string[] {
  const doc = analyse(`Headline\n${body}`);
  return doc.sentences.slice(1).map((s) => doc.tokens.slice(s.first, s.last).map((t) => t.text).join(' | '));
}

describe('analyse', () => {
  it('gives tokens and sentences whose offsets slice the original text', () => {
    const text = 'Headline here\r\nLee Jae-myung arrived in Beijing. He met Xi.\r\n\r\nSmith’s firm said so.\r\n';
    const doc = analyse(text);
    for (const token of doc.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    for (const sentence of doc.sentences) expect(sentence.start).toBe(doc.tokens[sentence.first]!.start);
    expect(doc.paragraphs.map((p) => p.kind)).toEqual(['headline', 'body', 'body']);
    expect(doc.sentences).toHaveLength(4);
    expect(doc.tokens.some((t) => t.text.includes('\r'))).toBe(false);
  });

  it('reads the first line as the headline, a sentence of its own even without a period', () => {
    const doc = analyse('Leaders meet in Paris\nThey talked. Then they left.\n');
    expect(doc.paragraphs[0]!.kind).toBe('headline');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Leaders meet in Paris', 'They talked.', 'Then they left.']);
  });

  it('keeps words with letters beyond Latin-1 whole (Turkish, Central European, Vietnamese names)', () => {
    expect(sentences('Erdoğan met Šefčovič in Łódź, and Phạm Minh Chính, in Đà Nẵng.')).toEqual([
      'Erdoğan | met | Šefčovič | in | Łódź | , | and | Phạm | Minh | Chính | , | in | Đà | Nẵng | .',
    ]);
  });

  it('keeps abbreviations, initials and times whole and ends no sentence at them', () => {
    expect(sentences('He met J. R. Smith in Jan. 2020 at 5 p.m. and left.')).toEqual([
      'He | met | J. | R. | Smith | in | Jan. | 2020 | at | 5 | p.m. | and | left | .',
    ]);
    expect(sentences('Mr. Lee met Dr. Wu and Gen. Park.')).toEqual(['Mr. | Lee | met | Dr. | Wu | and | Gen. | Park | .']);
  });

  it('ends a sentence after an abbreviation only before a word that starts sentences', () => {
    expect(sentences('Trade with the U.S. The talks ended.')).toEqual(['Trade | with | the | U.S.', 'The | talks | ended | .']);
    expect(sentences('Acme Corp. The firm grew.')).toEqual(['Acme | Corp.', 'The | firm | grew | .']);
    expect(sentences('Talks with the U.S. Officials met.')).toEqual(['Talks | with | the | U.S. | Officials | met | .']);
  });

  it('keeps numbers with commas, decimals and ranges whole, and splits currency and percent signs', () => {
    expect(sentences('Growth was 3.5% or 1,200.50 yuan in 2010-2012, up $40 from 24/7.')).toEqual([
      'Growth | was | 3.5 | % | or | 1,200.50 | yuan | in | 2010-2012 | , | up | $ | 40 | from | 24/7 | .',
    ]);
  });

  it('ends a quoted sentence after its closing quote, and after question and exclamation marks', () => {
    expect(sentences('"We will win." He left.')).toEqual(['" | We | will | win | . | "', 'He | left | .']);
    expect(sentences('“We will win.” He left.')).toEqual(['“ | We | will | win | . | ”', 'He | left | .']);
    expect(sentences('Really? Yes! Fine (mostly.) Then home.')).toEqual(['Really | ?', 'Yes | !', 'Fine | ( | mostly | . | )', 'Then | home | .']);
  });

  it('does not end a sentence at a period followed by a comma or at a spaced ellipsis', () => {
    expect(sentences('He said no . , and . . . went on.')).toEqual(['He | said | no | . | , | and | . | . | . | went | on | .']);
  });

  it('does not end a sentence inside a stock ticker with its exchange code in brackets', () => {
    expect(sentences('Rivals such as Zentrix (ZNX.O) moved fast. Then home.')).toEqual(['Rivals | such | as | Zentrix | ( | ZNX | . | O | ) | moved | fast | .', 'Then | home | .']);
  });

  it('splits possessives and contractions off their word', () => {
    expect(sentences("It was Smith's idea and the firm’s, but I can't say.")).toEqual([
      "It | was | Smith | 's | idea | and | the | firm | ’s | , | but | I | ca | n't | say | .",
    ]);
    expect(analyse("Headline\nWe don't know it's Lee's.").ordinaryWords).toEqual(new Set(['we', 'do', "n't", 'know', 'it', "'s"]));
  });

  it('splits hyphenated names but keeps prefixed and listed words whole', () => {
    expect(sentences('Lee Jae-myung backs the anti-graft drive and e-mail, not Covid-19.')).toEqual([
      'Lee | Jae | - | myung | backs | the | anti-graft | drive | and | e-mail | , | not | Covid-19 | .',
    ]);
  });

  it('counts stop words and lower-case words as ordinary English, names not', () => {
    const doc = analyse('Headline\nAlong the river Smith walked.');
    expect([...doc.ordinaryWords].sort()).toEqual(['along', 'river', 'the', 'walked']);
  });

  it('splits possessives the same way in every article, whatever was read before', () => {
    // wink-nlp, used before, remembered words across documents: reading the second article made it keep "Foster's" whole.
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
