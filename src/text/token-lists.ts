// The word lists the tokenizer and sentence splitter read (data/tokenizer.json), loaded once per process.
import { z } from 'zod';
import { readDataFile } from '../lexicon/data-file.js';

const TokenizerFile = z.object({
  $origin: z.string(),
  $format: z.string(),
  keepWhole: z.array(z.string()),
  contractions: z.record(z.string(), z.array(z.string()).min(2)),
  stopWords: z.array(z.string()),
  contractionStopWords: z.array(z.string()),
  neverEndSentence: z.array(z.string()),
  sentenceStarters: z.array(z.string()),
  hyphenPrefixes: z.array(z.string()),
  hyphenSuffixes: z.array(z.string()),
});

/** A token's text as the tokenizer cuts it from a chunk; pieces of a contraction ("n't", "'s" of "it's") are ordinary English. */
export interface Piece {
  text: string;
  contraction?: true;
}

export interface TokenLists {
  /** Tokens kept as one although they hold a period, hyphen or apostrophe (exact case). */
  keepWhole: ReadonlySet<string>;
  /** A contraction in any of its three casings and its pieces in that casing ("Can't" -> "Ca", "n't"). */
  contractions: ReadonlyMap<string, readonly Piece[]>;
  stopWords: ReadonlySet<string>;
  /** Pieces that are ordinary English inside a contraction ("n't", "'s" of "it's") but not alone (a possessive 's). */
  contractionStopWords: ReadonlySet<string>;
  neverEndSentence: ReadonlySet<string>;
  sentenceStarters: ReadonlySet<string>;
  hyphenPrefixes: ReadonlySet<string>;
  hyphenSuffixes: ReadonlySet<string>;
}

let lists: TokenLists | undefined;

export function tokenLists(): TokenLists {
  lists ??= buildLists(readDataFile('tokenizer.json', TokenizerFile));
  return lists;
}

const titleCase = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

function buildLists(file: z.infer<typeof TokenizerFile>): TokenLists {
  const contractions = new Map<string, readonly Piece[]>();
  for (const [form, pieces] of Object.entries(file.contractions)) {
    // The pieces keep their lengths in every casing, so the casing of the form carries over piece by piece.
    for (const cased of [form, titleCase(form), form.toUpperCase()]) {
      let at = 0;
      contractions.set(cased, pieces.map((piece): Piece => ({ text: cased.slice(at, (at += piece.length)), contraction: true })));
    }
  }
  return {
    keepWhole: new Set(file.keepWhole),
    contractions,
    stopWords: new Set(file.stopWords),
    contractionStopWords: new Set(file.contractionStopWords),
    neverEndSentence: new Set(file.neverEndSentence),
    sentenceStarters: new Set(file.sentenceStarters),
    hyphenPrefixes: new Set(file.hyphenPrefixes.flatMap((p) => [p, titleCase(p), p.toUpperCase()])),
    hyphenSuffixes: new Set(file.hyphenSuffixes.flatMap((s) => [s, s.toUpperCase()])),
  };
}

/** The pieces a listed token splits into (itself when kept whole), or undefined when the lists do not know it. */
export function listedPieces(lists: TokenLists, text: string): readonly Piece[] | undefined {
  const pieces = lists.contractions.get(text);
  if (pieces) return pieces;
  return lists.keepWhole.has(text) ? [{ text }] : undefined;
}
