// Entity resolution across articles: one node per real thing in the merged corpus graph, where the evidence allows.
import { MENTIONED_IN, SCHEMA_VERSION, type EdgeType, type GraphEdge, type GraphNode } from '../schema/index.js';
import { slugify } from '../schema/ids.js';
import { mergeDocument, type KnowledgeGraph } from './build-graph.js';

/** Relation types that tie a person to the body or country they serve: the strongest context for a bare surname. */
const ROLE_TYPES: ReadonlySet<EdgeType> = new Set(['LEADER_OF', 'AFFILIATED_WITH']);

/**
 * Merges, in place:
 * - organisations whose names show they are one body: a node named "WTO" into the one node that has
 *   "WTO" as its name or an alias ("World Trade Organization");
 * - a person known only by one name ("Lee", from "President Lee") into the one full-name person whose
 *   surname it is (last token, or first for East Asian order), when exactly one full name in the corpus
 *   has that surname, or when the context singles one out: the same LEADER_OF/AFFILIATED_WITH target,
 *   else the same countries named in their articles, else other entities named there. Otherwise the
 *   nodes stay apart: two people who share a surname are not one person because one article drops
 *   the given name.
 * Labels are never crossed. The merged node keeps the fuller name; mentions, aliases and evidence
 * accumulate; edges are re-pointed and self-loops dropped. The result does not depend on the order
 * in which the articles were merged.
 */
export function resolveAcrossArticles(graph: KnowledgeGraph): void {
  // Organisations first: a person's role target is compared after its acronym node joined its full name.
  applyMerges(graph, organisationMerges(graph));
  applyMerges(graph, personMerges(graph));
}

/** Node id -> the id of the node it merges into. */
type Merges = Map<string, string>;

function nodesWithLabel(graph: KnowledgeGraph, label: GraphNode['label']): string[] {
  return graph.filterNodes((_, attributes) => attributes.label === label).sort();
}

function organisationMerges(graph: KnowledgeGraph): Merges {
  const organisations = nodesWithLabel(graph, 'Organization');
  const holders = new Map<string, string[]>(); // slug of a name or alias -> organisations that bear it
  const aliasSlugs = new Map<string, Set<string>>();
  for (const id of organisations) {
    const { name, aliases } = graph.getNodeAttributes(id);
    aliasSlugs.set(id, new Set(aliases.map(slugify)));
    for (const slug of new Set([name, ...aliases].map(slugify))) holders.set(slug, [...(holders.get(slug) ?? []), id]);
  }
  // Union-find over unambiguous links: a name that exactly one other organisation bears, as an alias.
  // Two nodes with one name but different ids were told apart on purpose (a ministry of two countries), so a
  // shared name alone does not link them.
  const parent = new Map(organisations.map((id) => [id, id]));
  const root = (id: string): string => {
    let current = id;
    while (parent.get(current) !== current) current = parent.get(current)!;
    return current;
  };
  for (const id of organisations) {
    const slug = slugify(graph.getNodeAttribute(id, 'name'));
    const others = (holders.get(slug) ?? []).filter((other) => other !== id);
    if (others.length === 1 && aliasSlugs.get(others[0]!)!.has(slug)) parent.set(root(id), root(others[0]!));
  }
  const groups = new Map<string, string[]>();
  for (const id of organisations) groups.set(root(id), [...(groups.get(root(id)) ?? []), id]);

  const merges: Merges = new Map();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const keeper = members.reduce((best, id) => (fullerName(graph, id, best) ? id : best));
    for (const id of members) if (id !== keeper) merges.set(id, keeper);
  }
  return merges;
}

/** Whether node a's name is fuller than node b's: longer, then alphabetically first, then by id. */
function fullerName(graph: KnowledgeGraph, a: string, b: string): boolean {
  const [x, y] = [graph.getNodeAttribute(a, 'name'), graph.getNodeAttribute(b, 'name')];
  if (x.length !== y.length) return x.length > y.length;
  return x !== y ? x < y : a < b;
}

const tokens = (name: string): string[] => name.trim().split(/\s+/).filter(Boolean);

function personMerges(graph: KnowledgeGraph): Merges {
  const persons = nodesWithLabel(graph, 'Person');
  const bySurname = new Map<string, string[]>(); // slug of a first or last token -> full-name persons
  const bare: Array<[id: string, surname: string]> = [];
  for (const id of persons) {
    const parts = tokens(graph.getNodeAttribute(id, 'name'));
    if (parts.length === 1) bare.push([id, slugify(parts[0]!)]);
    if (parts.length < 2) continue;
    for (const surname of new Set([slugify(parts[0]!), slugify(parts[parts.length - 1]!)])) {
      bySurname.set(surname, [...(bySurname.get(surname) ?? []), id]);
    }
  }

  const context = contextIndex(graph);
  // Evidence from strongest to weakest; a weaker kind is asked only when a stronger one singles out no one.
  const evidence: Array<(node: string) => Set<string>> = [
    (node) => context.roleTargets(node),
    (node) => context.coMentioned(node, 'countries'),
    (node) => context.coMentioned(node, 'others'),
  ];
  const merges: Merges = new Map();
  for (const [id, surname] of bare) {
    const candidates = bySurname.get(surname) ?? [];
    let chosen = candidates.length === 1 ? candidates[0] : undefined;
    for (const contextOf of evidence) {
      if (chosen !== undefined || candidates.length < 2) break;
      const found = singledOut(id, candidates, contextOf);
      if (found === null) break;
      chosen = found;
    }
    if (chosen) merges.set(id, chosen);
  }
  return merges;
}

/**
 * The one candidate that shares with the bare node some context no other candidate has.
 * undefined: no candidate is singled out (try weaker evidence); null: several are (the evidence conflicts, stop).
 */
function singledOut(id: string, candidates: string[], contextOf: (node: string) => Set<string>): string | null | undefined {
  // The candidates themselves are no context: "Wang Yi" named beside the bare "Wang" says nothing about which Wang it is.
  const own = new Set([...contextOf(id)].filter((item) => !candidates.includes(item)));
  const contexts = candidates.map(contextOf);
  const singled = candidates.filter((_, i) =>
    [...contexts[i]!].some((item) => own.has(item) && contexts.every((other, j) => j === i || !other.has(item))),
  );
  if (singled.length === 0) return undefined;
  return singled.length === 1 ? singled[0]! : null;
}

interface ContextIndex {
  /** Targets of the node's LEADER_OF and AFFILIATED_WITH edges. */
  roleTargets(id: string): Set<string>;
  /** Entities named in the same articles as the node: countries, or all other entities. */
  coMentioned(id: string, kind: 'countries' | 'others'): Set<string>;
}

/** What surrounds each node in the corpus. Articles are known by Article node (MENTIONED_IN) and by the mentions' article. */
function contextIndex(graph: KnowledgeGraph): ContextIndex {
  const entitiesByArticle = new Map<string, Set<string>>();
  const articlesByEntity = new Map<string, Set<string>>();
  const coMentionedCache = new Map<string, Set<string>>();
  const link = (entity: string, article: string): void => {
    entitiesByArticle.set(article, (entitiesByArticle.get(article) ?? new Set()).add(entity));
    articlesByEntity.set(entity, (articlesByEntity.get(entity) ?? new Set()).add(article));
  };
  graph.forEachNode((id, attributes) => {
    if (attributes.label === 'Article') return;
    // A node's mentions of one article lie together (merged from one document): link each run once.
    let previous: string | undefined;
    for (const { article } of attributes.mentions) {
      if (article !== previous) link(id, `mention:${article}`);
      previous = article;
    }
  });
  graph.forEachEdge((_, attributes, source, target) => {
    if (attributes.type === MENTIONED_IN) link(source, target);
  });

  return {
    roleTargets(id) {
      const targets = new Set<string>();
      graph.forEachOutEdge(id, (_, attributes, _source, target) => {
        if (ROLE_TYPES.has(attributes.type)) targets.add(target);
      });
      return targets;
    },
    coMentioned(id, kind) {
      // A well-known full name may be in thousands of articles and a candidate for many bare names: compute once.
      const key = `${kind}\u0000${id}`;
      const cached = coMentionedCache.get(key);
      if (cached) return cached;
      const found = new Set<string>();
      for (const article of articlesByEntity.get(id) ?? []) {
        for (const entity of entitiesByArticle.get(article) ?? []) {
          if (entity !== id && (graph.getNodeAttribute(entity, 'label') === 'Country') === (kind === 'countries')) found.add(entity);
        }
      }
      coMentionedCache.set(key, found);
      return found;
    },
  };
}

/** Merges each node into its target, in id order, through the mirror's own merge rules (names, aliases, mentions, evidence). */
function applyMerges(graph: KnowledgeGraph, merges: Merges): void {
  for (const from of [...merges.keys()].sort()) {
    const into = merges.get(from)!;
    const attributes = graph.getNodeAttributes(from);
    const edges: GraphEdge[] = [];
    graph.forEachEdge(from, (_, { type, evidence }, source, target) => {
      const [s, t] = [source === from ? into : source, target === from ? into : target];
      if (s !== t) edges.push({ type, source: s, target: t, evidence });
    });
    graph.dropNode(from);
    mergeDocument(graph, { schemaVersion: SCHEMA_VERSION, nodes: [{ ...attributes, id: into } as GraphNode], edges });
  }
}
