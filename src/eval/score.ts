// Scores a system graph against a gold graph: precision, recall and F1 for entities and relations, per article and micro-averaged.
import { edgeKey } from '../graph/build-graph.js';
import { RelationType } from '../schema/labels.js';
import { ARTICLE_REFERENCE, type GoldGraph, type GoldRelation } from './gold.js';
import { ARTICLE_LABELS, matchEntities, type Counts } from './match-entities.js';
import type { ScoredGraph } from './scored-graph.js';

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface EntityScore extends Figures {
  missed: string[];
  spurious: string[];
  duplicates: string[];
  wrongLabel: string[];
}

export interface RelationScore extends Figures {
  missed: string[];
  spurious: string[];
  /** Counts and figures per relation type, for the types that occur in the system or the gold graph. */
  byType: Partial<Record<RelationType, Figures>>;
}

export interface ArticleScore {
  entities: EntityScore;
  relations: RelationScore;
}

/** Figures from counts, rounded to three decimals as the reference scorer prints them. */
export function figures({ tp, fp, fn }: Counts): Figures {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision: round3(precision), recall: round3(recall), f1: round3(f1) };
}

// toFixed, not Math.round(x * 1000): the two disagree on a few halves, and parity is on the printed digits.
function round3(x: number): number {
  return Number(x.toFixed(3));
}

export function scoreArticle(gold: GoldGraph, system: ScoredGraph): ArticleScore {
  const matching = matchEntities(gold.entities, system.nodes);
  const { counts, goldOf, ...entityLists } = matching;
  const articleIds = new Set(system.nodes.filter((node) => ARTICLE_LABELS.has(node.label)).map((node) => node.id));
  const nodeById = new Map(system.nodes.map((node) => [node.id, node]));
  const describeNode = (id: string): string => {
    const node = nodeById.get(id);
    return node ? `${node.label}:${node.name}` : id;
  };

  /** The gold name an edge end stands for, or undefined when the node matched no gold entity. */
  const goldEnd = (id: string): string | undefined => (articleIds.has(id) ? ARTICLE_REFERENCE : goldOf.get(id)?.name);

  // One key per gold relation; a relation annotated twice counts once (the later one says whether it is optional).
  const goldRelations = new Map<string, GoldRelation>();
  for (const relation of gold.relations) goldRelations.set(edgeKey(relation.type, relation.source, relation.target), relation);

  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const perType = new Map<RelationType, Counts>();
  const tally = (type: RelationType, outcome: keyof Counts): void => {
    total[outcome]++;
    const counts = perType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    counts[outcome]++;
    perType.set(type, counts);
  };

  const found = new Set<string>();
  // Edges with an unmatched end cannot be a gold relation; they are told apart by node ids, as written.
  const unmatched = new Set<string>();
  const spurious: string[] = [];
  for (const edge of system.edges) {
    const type = RelationType.safeParse(edge.type);
    if (!type.success) continue; // MENTIONED_IN and other provenance or unknown types are not scored
    const source = goldEnd(edge.source);
    const target = goldEnd(edge.target);
    if (source === undefined || target === undefined) {
      const key = `${edge.type}|${edge.source}|${edge.target}`;
      if (unmatched.has(key)) continue;
      unmatched.add(key);
      tally(type.data, 'fp');
      spurious.push(`${edge.type}(${source ?? describeNode(edge.source)} -> ${target ?? describeNode(edge.target)})`);
      continue;
    }
    const key = edgeKey(type.data, source, target);
    if (found.has(key)) continue;
    found.add(key);
    const relation = goldRelations.get(key);
    if (!relation) {
      tally(type.data, 'fp');
      spurious.push(`${edge.type}(${source} -> ${target})`);
    } else if (!relation.optional) {
      tally(type.data, 'tp');
    }
  }

  const missed: string[] = [];
  for (const [key, relation] of goldRelations) {
    if (relation.optional || found.has(key)) continue;
    tally(relation.type, 'fn');
    missed.push(`${relation.type}(${relation.source} -> ${relation.target})`);
  }

  const byType: RelationScore['byType'] = {};
  for (const [type, counts] of [...perType].sort(([a], [b]) => (a < b ? -1 : 1))) byType[type] = figures(counts);
  return {
    entities: { ...figures(counts), ...entityLists },
    relations: { ...figures(total), missed, spurious, byType },
  };
}

/** Micro-average: counts summed over the articles, then one set of figures. */
export function microAverage(scores: Iterable<ArticleScore>): { entities: Figures; relations: Figures } {
  const entities: Counts = { tp: 0, fp: 0, fn: 0 };
  const relations: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const score of scores) {
    for (const outcome of ['tp', 'fp', 'fn'] as const) {
      entities[outcome] += score.entities[outcome];
      relations[outcome] += score.relations[outcome];
    }
  }
  return { entities: figures(entities), relations: figures(relations) };
}
