// What every relation rule reads: the sentences with their resolved mentions, the lexicon, and helpers over words.
import type { RelationType } from '../../schema/labels.js';
import type { Lexicon, WordSet } from '../../lexicon/index.js';
import { fold } from '../../lexicon/fold.js';
import type { TextDocument } from '../../text/analyse.js';
import type { Mention, SentenceView } from '../mentions.js';
import type { ResolvedEntity, Resolution } from '../resolve.js';

export interface Relation {
  type: RelationType;
  source: ResolvedEntity;
  /** The Article node for QUOTED_IN. */
  target: ResolvedEntity | 'article';
  sentence: number;
  rule: string;
}

export interface EntityMention {
  mention: Mention;
  entity: ResolvedEntity;
}

export interface RelationContext {
  doc: TextDocument;
  views: SentenceView[];
  lexicon: Lexicon;
  resolution: Resolution;
  /** Per sentence: mentions that resolved to an entity, in text order. */
  resolved: EntityMention[][];
  /** Per sentence: the person a "he" or "she" there most likely means. */
  salient: (ResolvedEntity | undefined)[];
}

const PRONOUNS = new Set(['he', 'she', 'his', 'her']);

export function relationContext(doc: TextDocument, views: SentenceView[], lexicon: Lexicon, resolution: Resolution): RelationContext {
  const resolved = views.map((view) =>
    view.mentions.flatMap((mention) => {
      const entity = resolution.entityOf.get(mention);
      return entity ? [{ mention, entity }] : [];
    }),
  );
  // The person a pronoun means: the first person named in the latest sentence that named one.
  const salient: (ResolvedEntity | undefined)[] = [];
  let current: ResolvedEntity | undefined;
  resolved.forEach((list) => {
    salient.push(current);
    const firstPerson = list.find((m) => m.entity.label === 'Person');
    if (firstPerson) current = firstPerson.entity;
  });
  return { doc, views, lexicon, resolution, resolved, salient };
}

/** Word positions in a sentence where a phrase of the set starts (whole words, case-insensitive). */
export function findPhrases(view: SentenceView, set: WordSet): number[] {
  const hits: number[] = [];
  const words = view.words;
  for (let k = 0; k < words.length; k++) {
    for (let length = Math.min(set.maxWords, words.length - k); length > 0; length--) {
      let phrase = words[k]!.text;
      for (let j = 1; j < length; j++) phrase += ' ' + words[k + j]!.text;
      if (set.has(phrase)) {
        hits.push(k);
        break;
      }
    }
  }
  return hits;
}

export function isPronoun(text: string): boolean {
  return PRONOUNS.has(fold(text));
}

export function persons(list: EntityMention[]): EntityMention[] {
  return list.filter((m) => m.entity.label === 'Person');
}

export function places(list: EntityMention[]): EntityMention[] {
  return list.filter((m) => m.entity.label === 'Country' || m.entity.label === 'City' || m.entity.label === 'Region');
}

/** The person a sentence's word position is about: the nearest named person before it, else the one a pronoun before it means. */
export function subjectBefore(context: RelationContext, sentence: number, position: number): ResolvedEntity | undefined {
  const named = persons(context.resolved[sentence]!).filter((m) => m.mention.wordLast <= position);
  const nearest = named[named.length - 1];
  const view = context.views[sentence]!;
  const pronoun = view.words.slice(0, position).findLastIndex((w) => isPronoun(w.text) && !['his', 'her'].includes(w.text.toLowerCase()));
  if (nearest && (pronoun < 0 || nearest.mention.wordLast > pronoun)) return nearest.entity;
  if (pronoun >= 0) return context.salient[sentence] ?? nearest?.entity;
  return undefined;
}
