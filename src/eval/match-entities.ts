// Entity matching: pairs each system node with at most one gold entity, and each gold entity with at most one node.
import type { GoldEntity } from './gold.js';
import { normaliseName, normalisedNames } from './normalise-name.js';
import type { ScoredNode } from './scored-graph.js';

/** Provenance nodes: they stand for `@article` in relations and are never scored as entities. */
export const ARTICLE_LABELS: ReadonlySet<string> = new Set(['Article', 'Document', 'Chunk', 'Source']);

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface EntityMatching {
  counts: Counts;
  /** System node id -> the gold entity it stands for (label agreeing). Duplicates map too. */
  goldOf: Map<string, GoldEntity>;
  /** Required gold entities no node matched, as "Label:name". */
  missed: string[];
  /** Nodes that match nothing, or match only with the wrong label. */
  spurious: string[];
  /** Second nodes for a gold entity already matched: an unresolved duplicate. */
  duplicates: string[];
  /** Spurious nodes whose names match a required gold entity of another label. */
  wrongLabel: string[];
}

interface Candidate {
  node: ScoredNode;
  gold: GoldEntity;
  goldIndex: number;
  labelAgrees: boolean;
  /** 2: same name; 1: one's name is among the other's names; 0: they share only aliases. */
  strength: number;
}

const describe = (x: { label: string; name: string }): string => `${x.label}:${x.name}`;

export function matchEntities(gold: readonly GoldEntity[], nodes: readonly ScoredNode[]): EntityMatching {
  const scored = nodes.filter((node) => !ARTICLE_LABELS.has(node.label));
  const candidates = rankedCandidates(gold, scored);
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const goldOf = new Map<string, GoldEntity>();
  const claimed = new Set<number>();
  const duplicates: string[] = [];

  // Greedy over the ranking: a label-agreeing, same-name pair first, so an alias-only match cannot take
  // a gold entity from the node that names it. A node's best candidate decides for it, even when taken.
  for (const candidate of candidates) {
    const { node, gold: entity } = candidate;
    if (!candidate.labelAgrees || goldOf.has(node.id)) continue;
    goldOf.set(node.id, entity);
    if (claimed.has(candidate.goldIndex)) {
      if (!entity.optional) {
        counts.fp++;
        duplicates.push(describe(node));
      }
      continue;
    }
    claimed.add(candidate.goldIndex);
    if (!entity.optional) counts.tp++;
  }

  const spurious: string[] = [];
  const wrongLabel: string[] = [];
  for (const node of scored) {
    if (goldOf.has(node.id)) continue;
    // Any candidate left for this node disagrees on label; the best ranked one is named in the report.
    const nearest = candidates.find((candidate) => candidate.node === node);
    if (nearest && !nearest.gold.optional) wrongLabel.push(`${describe(node)} (gold ${nearest.gold.label})`);
    counts.fp++;
    spurious.push(describe(node));
  }

  const missed: string[] = [];
  gold.forEach((entity, i) => {
    if (entity.optional || claimed.has(i)) return;
    counts.fn++;
    missed.push(describe(entity));
  });
  return { counts, goldOf, missed, spurious, duplicates, wrongLabel };
}

/** Every (node, gold entity) pair sharing a normalised name, best first; ties keep node order, then gold order. */
function rankedCandidates(gold: readonly GoldEntity[], nodes: readonly ScoredNode[]): Candidate[] {
  const goldNames = gold.map((entity) => ({ name: normaliseName(entity.name), all: normalisedNames(entity.name, entity.aliases) }));
  const candidates: Candidate[] = [];
  for (const node of nodes) {
    const name = normaliseName(node.name);
    const all = normalisedNames(node.name, node.aliases);
    gold.forEach((entity, goldIndex) => {
      const target = goldNames[goldIndex]!;
      if (![...all].some((n) => target.all.has(n))) return;
      const strength = name === target.name ? 2 : all.has(target.name) || target.all.has(name) ? 1 : 0;
      candidates.push({ node, gold: entity, goldIndex, labelAgrees: node.label === entity.label, strength });
    });
  }
  // Array.prototype.sort is stable, which the tie rule relies on.
  return candidates.sort((a, b) => Number(b.labelAgrees) - Number(a.labelAgrees) || b.strength - a.strength);
}
