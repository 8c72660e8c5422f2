// Positions of the view's nodes, computed ahead and the same for the same graph: communities placed apart, then a short force refinement.
import { MENTIONED_IN, type GraphDocument } from '../schema/index.js';
import { seededRandom } from '../graph/analytics/seeded-random.js';

export interface LayoutOptions {
  /** Force-refinement rounds; the default depends on the graph's size. */
  iterations?: number;
  seed?: number;
}

/** What the layout reads of the analytics: each entity's Louvain community (0 is the largest). */
export type CommunityOf = (id: string) => number | undefined;

export type Positions = Map<string, { x: number; y: number }>;

/** A mention's pull towards the entity its article is mostly about, against 1 for a relation. */
const MENTION_WEIGHT = 0.2;
/** The golden angle: successive points of a sunflower spiral never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Lays out the entities, then puts each Article node at the centre of what it mentions.
 *
 * A force layout over every node (ForceAtlas2 over entities, articles and mentions) cost most of
 * `kg build`'s time on a corpus (8 s of CPU for the 1,345-article bulk corpus; 60 ms a round with
 * Barnes-Hut on its 5,500 entities alone): each round touches every pair or a quadtree of every node.
 * Here (0.2 s for the bulk corpus):
 * 1. The layout graph has the entities only. Relations tie their two entities (weight 1 each); each
 *    article ties every entity it mentions to its anchor, the one of them with the most relations
 *    (weight 0.2): a star per article instead of the article node, so entities named together still
 *    sit together, without a node or a clique per article.
 * 2. Each Louvain community (from the analytics) gets a disc, the largest at the centre and the others
 *    on a sunflower spiral around it; its members start on a sunflower inside the disc, the most
 *    connected first, at the centre. An entity without relations (a community of its own) starts
 *    beside its anchor.
 * 3. A few rounds of Fruchterman and Reingold's grid variant refine that: ties pull, and nodes repel
 *    only their neighbours on a grid, so a round costs in proportion to nodes and ties, not their square.
 * Everything is in a fixed order with a seeded generator, so the same graph gives the same positions.
 */
export function layoutView(doc: GraphDocument, communityOf: CommunityOf, options: LayoutOptions = {}): Positions {
  const random = seededRandom(options.seed ?? 1);
  const entities = doc.nodes.filter((node) => node.label !== 'Article').map((node) => node.id).sort();
  const index = new Map(entities.map((id, i) => [id, i]));
  const ties = layoutTies(doc, index);
  const { x, y } = initialPositions(entities, ties, communityOf);
  refine(x, y, ties, options.iterations ?? (entities.length < 2_000 ? 100 : 25));

  const positions: Positions = new Map(entities.map((id, i) => [id, { x: round(x[i]!), y: round(y[i]!) }]));
  placeArticles(doc, ties.mentioned, x, y, random, positions);
  return positions;
}

interface Ties {
  /** Neighbours of each entity as one flat array (compressed rows), each with its weight. */
  starts: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  /** Relations of each entity (MENTIONED_IN not counted). */
  degree: Int32Array;
  /** For each entity, the anchor of the first article that mentions it (-1 when none or itself). */
  anchor: Int32Array;
  /** The entities each article mentions, in the order of its MENTIONED_IN edges. */
  mentioned: Map<string, number[]>;
}

function layoutTies(doc: GraphDocument, index: Map<string, number>): Ties {
  const order = index.size;
  const degree = new Int32Array(order);
  const pairs = new Map<number, number>();
  const tie = (a: number, b: number, weight: number): void => {
    if (a === b) return;
    const key = a < b ? a * order + b : b * order + a;
    pairs.set(key, (pairs.get(key) ?? 0) + weight);
  };
  const mentioned = new Map<string, number[]>();
  for (const edge of doc.edges) {
    const source = index.get(edge.source);
    if (source === undefined) continue;
    if (edge.type === MENTIONED_IN) {
      const list = mentioned.get(edge.target);
      if (list) list.push(source);
      else mentioned.set(edge.target, [source]);
      continue;
    }
    const target = index.get(edge.target);
    if (target === undefined || target === source) continue;
    degree[source]! += 1;
    degree[target]! += 1;
    tie(source, target, 1);
  }
  const anchor = new Int32Array(order).fill(-1);
  for (const members of mentioned.values()) {
    let best = members[0]!;
    for (const m of members) if (degree[m]! > degree[best]! || (degree[m] === degree[best] && m < best)) best = m;
    for (const m of members) {
      if (m === best) continue;
      tie(m, best, MENTION_WEIGHT);
      if (anchor[m] === -1) anchor[m] = best;
    }
  }
  // Pairs in key order, so the rows (and the sums of forces over them) are the same on every run.
  const keys = [...pairs.keys()].sort((a, b) => a - b);
  const starts = new Int32Array(order + 1);
  for (const key of keys) {
    starts[Math.floor(key / order) + 1]! += 1;
    starts[(key % order) + 1]! += 1;
  }
  for (let i = 0; i < order; i++) starts[i + 1]! += starts[i]!;
  const neighbours = new Int32Array(starts[order]!);
  const weights = new Float64Array(starts[order]!);
  const filled = starts.slice(0, order);
  for (const key of keys) {
    const [a, b, weight] = [Math.floor(key / order), key % order, pairs.get(key)!];
    neighbours[filled[a]!] = b;
    weights[filled[a]!++] = weight;
    neighbours[filled[b]!] = a;
    weights[filled[b]!++] = weight;
  }
  return { starts, neighbours, weights, degree, anchor, mentioned };
}

function initialPositions(entities: string[], ties: Ties, communityOf: CommunityOf): { x: Float64Array; y: Float64Array } {
  const order = entities.length;
  const x = new Float64Array(order);
  const y = new Float64Array(order);
  const placed = new Uint8Array(order);
  const groups = new Map<number, number[]>();
  const loners: number[] = [];
  entities.forEach((id, i) => {
    const community = communityOf(id);
    if (ties.degree[i] === 0 || community === undefined) {
      loners.push(i);
      return;
    }
    const members = groups.get(community);
    if (members) members.push(i);
    else groups.set(community, [i]);
  });
  // Discs of area proportional to their members, on a sunflower spiral by community number (largest first).
  let area = 0;
  let rank = 0;
  for (const [, members] of [...groups.entries()].sort((a, b) => a[0] - b[0])) {
    const radius = rank === 0 ? 0 : Math.sqrt(area + members.length / 2) * 1.5;
    const [cx, cy] = [radius * Math.cos(rank * GOLDEN_ANGLE), radius * Math.sin(rank * GOLDEN_ANGLE)];
    members.sort((a, b) => ties.degree[b]! - ties.degree[a]! || a - b);
    members.forEach((m, j) => {
      const r = Math.sqrt(j + 0.5);
      x[m] = cx + r * Math.cos(j * GOLDEN_ANGLE);
      y[m] = cy + r * Math.sin(j * GOLDEN_ANGLE);
      placed[m] = 1;
    });
    area += members.length * (rank === 0 ? 2 : 1);
    rank += 1;
  }
  // Entities without relations: around their anchor when it is placed, else on an outer ring of their own.
  const satellites = new Map<number, number>();
  const outer: number[] = [];
  for (const m of loners) {
    const anchor = ties.anchor[m]!;
    if (anchor === -1 || !placed[anchor]) {
      outer.push(m);
      continue;
    }
    const j = satellites.get(anchor) ?? 0;
    satellites.set(anchor, j + 1);
    const r = 1 + Math.sqrt(j + 0.5) * 0.5;
    x[m] = x[anchor]! + r * Math.cos(j * GOLDEN_ANGLE);
    y[m] = y[anchor]! + r * Math.sin(j * GOLDEN_ANGLE);
  }
  const base = Math.sqrt(area) * 1.5;
  outer.forEach((m, j) => {
    const r = base + Math.sqrt(j + 0.5);
    x[m] = r * Math.cos(j * GOLDEN_ANGLE);
    y[m] = r * Math.sin(j * GOLDEN_ANGLE);
  });
  return { x, y };
}

/**
 * Fruchterman and Reingold's forces with their grid: ideal distance 1, attraction d² x weight along
 * each tie, repulsion 1/d from the nodes within 1.5 units only; moves capped by a temperature that cools.
 * The grid's cells are the cutoff's size wherever the nodes are, found through a hash table, so a far
 * outlier does not make every cell large (and every cell crowded).
 */
function refine(x: Float64Array, y: Float64Array, ties: Ties, iterations: number): void {
  const order = x.length;
  if (order < 2) return;
  const cutoff = 1.5;
  const dx = new Float64Array(order);
  const dy = new Float64Array(order);
  const column = new Int32Array(order);
  const row = new Int32Array(order);
  const next = new Int32Array(order);
  const buckets = 2 ** Math.ceil(Math.log2(order * 2));
  const heads = new Int32Array(buckets);
  const bucketOf = (c: number, r: number): number => (Math.imul(c, 73_856_093) ^ Math.imul(r, 19_349_663)) & (buckets - 1);
  const { starts, neighbours, weights } = ties;
  for (let round = 0; round < iterations; round++) {
    dx.fill(0);
    dy.fill(0);
    heads.fill(-1);
    for (let i = 0; i < order; i++) {
      column[i] = Math.floor(x[i]! / cutoff);
      row[i] = Math.floor(y[i]! / cutoff);
      const bucket = bucketOf(column[i]!, row[i]!);
      next[i] = heads[bucket]!;
      heads[bucket] = i;
    }
    // Repulsion between nodes in the same or neighbouring cells, each pair once (a bucket may hold other cells: skipped).
    for (let i = 0; i < order; i++) {
      for (let r = row[i]! - 1; r <= row[i]! + 1; r++) {
        for (let c = column[i]! - 1; c <= column[i]! + 1; c++) {
          for (let j = heads[bucketOf(c, r)]!; j !== -1; j = next[j]!) {
            if (j <= i || column[j] !== c || row[j] !== r) continue;
            let ex = x[i]! - x[j]!;
            let ey = y[i]! - y[j]!;
            let d2 = ex * ex + ey * ey;
            if (d2 >= cutoff * cutoff) continue;
            if (d2 === 0) {
              // Two nodes on one spot: apart along a direction fixed by their indexes.
              ex = Math.cos(i + j) * 0.01;
              ey = Math.sin(i + j) * 0.01;
              d2 = ex * ex + ey * ey;
            }
            const f = 1 / d2;
            dx[i]! += ex * f;
            dy[i]! += ey * f;
            dx[j]! -= ex * f;
            dy[j]! -= ey * f;
          }
        }
      }
    }
    // Attraction along ties.
    for (let i = 0; i < order; i++) {
      for (let k = starts[i]!; k < starts[i + 1]!; k++) {
        const j = neighbours[k]!;
        if (j <= i) continue;
        const ex = x[i]! - x[j]!;
        const ey = y[i]! - y[j]!;
        const f = Math.sqrt(ex * ex + ey * ey) * weights[k]!;
        dx[i]! -= ex * f;
        dy[i]! -= ey * f;
        dx[j]! += ex * f;
        dy[j]! += ey * f;
      }
    }
    const temperature = 1 - (0.95 * round) / iterations;
    for (let i = 0; i < order; i++) {
      const length = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!);
      if (length === 0) continue;
      const step = Math.min(length, temperature) / length;
      x[i]! += dx[i]! * step;
      y[i]! += dy[i]! * step;
    }
  }
}

/** Each Article node a little off the centre of the entities it mentions; articles that mention none on a spiral outside. */
function placeArticles(doc: GraphDocument, mentioned: Ties['mentioned'], x: Float64Array, y: Float64Array, random: () => number, positions: Positions): void {
  let radius = 0;
  for (let i = 0; i < x.length; i++) radius = Math.max(radius, Math.hypot(x[i]!, y[i]!));
  const articles = doc.nodes.filter((node) => node.label === 'Article').map((node) => node.id).sort();
  let alone = 0;
  for (const id of articles) {
    const members = mentioned.get(id);
    // The offset keeps articles that mention the same entities apart, so each can be seen and clicked.
    const [angle, distance] = [random() * 2 * Math.PI, 0.1 + random() * 0.2];
    if (members) {
      const [sumX, sumY] = members.reduce(([sx, sy], m) => [sx + x[m]!, sy + y[m]!], [0, 0]);
      positions.set(id, { x: round(sumX / members.length + distance * Math.cos(angle)), y: round(sumY / members.length + distance * Math.sin(angle)) });
    } else {
      const r = radius + 1 + Math.sqrt(alone + 0.5);
      positions.set(id, { x: round(r * Math.cos(alone * GOLDEN_ANGLE)), y: round(r * Math.sin(alone * GOLDEN_ANGLE)) });
      alone += 1;
    }
  }
}

/** Positions in units of a tenth of the ideal tie length, to two decimals: short, stable text. */
function round(value: number): number {
  return Math.round(value * 1000) / 100;
}
