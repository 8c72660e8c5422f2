// GraphDocument: the one contract every stage after extraction reads (one article or a merged corpus).
import { z } from 'zod';
import { EdgeType, EntityLabel } from './labels.js';

/** Where an entity is named: the article and the character span of the surface form. */
export const Mention = z.object({
  article: z.string().min(1),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof Mention>;

/** Why an edge exists: the sentence that says so, its span, and the rule that read it. */
export const Evidence = z.object({
  article: z.string().min(1),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string().min(1),
});
export type Evidence = z.infer<typeof Evidence>;

const PropertyValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const EntityNode = z.object({
  id: z.string().min(1),
  label: EntityLabel,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  mentions: z.array(Mention),
  /** Extra facts: ISO code, GeoNames id, analytics scores. Flat values only, so Neo4j can store them. */
  properties: z.record(z.string(), PropertyValue).optional(),
});
export type EntityNode = z.infer<typeof EntityNode>;

export const ArticleNode = z.object({
  id: z.string().min(1),
  label: z.literal('Article'),
  name: z.string(),
  aliases: z.array(z.string()),
  mentions: z.array(Mention),
  source: z.string(),
  contentHash: z.string().min(1),
  date: z.string().optional(),
  url: z.string().optional(),
  properties: z.record(z.string(), PropertyValue).optional(),
});
export type ArticleNode = z.infer<typeof ArticleNode>;

export const GraphNode = z.discriminatedUnion('label', [EntityNode, ArticleNode]);
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.object({
  type: EdgeType,
  source: z.string().min(1),
  target: z.string().min(1),
  evidence: z.array(Evidence),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

export const GraphDocument = z
  .object({
    schemaVersion: z.literal(1),
    nodes: z.array(GraphNode),
    edges: z.array(GraphEdge),
  })
  .superRefine((doc, ctx) => {
    const ids = new Set<string>();
    doc.nodes.forEach((node, i) => {
      if (ids.has(node.id)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `duplicate node id "${node.id}"` });
      ids.add(node.id);
    });
    doc.edges.forEach((edge, i) => {
      for (const end of ['source', 'target'] as const) {
        if (!ids.has(edge[end])) {
          ctx.addIssue({ code: 'custom', path: ['edges', i, end], message: `edge ${end} "${edge[end]}" is not a node id` });
        }
      }
    });
  });
export type GraphDocument = z.infer<typeof GraphDocument>;

export const SCHEMA_VERSION = 1 as const;

export function emptyDocument(): GraphDocument {
  return { schemaVersion: SCHEMA_VERSION, nodes: [], edges: [] };
}
