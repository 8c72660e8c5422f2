// Entity labels and relation types: the vocabulary of the graph, as zod enums.
import { z } from 'zod';

export const EntityLabel = z.enum(['Person', 'Country', 'City', 'Region', 'Organization']);
export type EntityLabel = z.infer<typeof EntityLabel>;

export const ENTITY_LABELS = EntityLabel.options;

export const RelationType = z.enum([
  'VISITED',
  'MET_WITH',
  'TRADES_WITH',
  'QUOTED_IN',
  'AFFILIATED_WITH',
  'LEADER_OF',
  'LOCATED_IN',
  'PART_OF',
  'INTERVIEWED_BY',
]);
export type RelationType = z.infer<typeof RelationType>;

export const RELATION_TYPES = RelationType.options;

/** Provenance edge from an entity to the Article node that names it. */
export const MENTIONED_IN = 'MENTIONED_IN' as const;

export const EdgeType = z.enum([...RELATION_TYPES, MENTIONED_IN]);
export type EdgeType = z.infer<typeof EdgeType>;

/** Relation types whose direction carries no meaning; stored with source < target. */
export const SYMMETRIC_TYPES: ReadonlySet<EdgeType> = new Set(['MET_WITH', 'TRADES_WITH']);
