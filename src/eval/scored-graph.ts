// What the scorer reads of a system's graph: nodes {id, label, name, aliases?} and edges {type, source, target}.
import { z } from 'zod';
import { KgError, describeIssues } from '../errors.js';

// Loose on purpose: a GraphDocument fits, and so does another system's output (extra fields are ignored,
// labels and types outside our vocabulary are simply never matched).
export const ScoredNode = z.object({
  id: z.string().min(1),
  label: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).optional(),
});
export type ScoredNode = z.infer<typeof ScoredNode>;

export const ScoredEdge = z.object({
  type: z.string(),
  source: z.string(),
  target: z.string(),
});
export type ScoredEdge = z.infer<typeof ScoredEdge>;

export const ScoredGraph = z
  .object({
    nodes: z.array(ScoredNode),
    edges: z.array(ScoredEdge),
  })
  .superRefine((graph, ctx) => {
    // Matching keys nodes by id: two nodes with one id, or an edge to no node, make the figures meaningless.
    const ids = new Set<string>();
    graph.nodes.forEach((node, i) => {
      if (ids.has(node.id)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `duplicate node id "${node.id}"` });
      ids.add(node.id);
    });
    graph.edges.forEach((edge, i) => {
      for (const end of ['source', 'target'] as const) {
        if (!ids.has(edge[end])) ctx.addIssue({ code: 'custom', path: ['edges', i, end], message: `edge ${end} "${edge[end]}" is not a node id` });
      }
    });
  });
export type ScoredGraph = z.infer<typeof ScoredGraph>;

export function emptyScoredGraph(): ScoredGraph {
  return { nodes: [], edges: [] };
}

/** Validates unknown data as a system graph to score, reporting every issue with its path. */
export function parseScoredGraph(data: unknown, subject: string): ScoredGraph {
  const result = ScoredGraph.safeParse(data);
  if (!result.success) {
    const issues = describeIssues(result.error);
    throw new KgError('SCHEMA_INVALID', `${subject}: not a graph that can be scored:\n  ${issues.join('\n  ')}`, {
      subject,
      hint: 'A system graph needs nodes [{id, label, name, aliases?}] and edges [{type, source, target}] (a GraphDocument from `kg extract` fits).',
    });
  }
  return result.data;
}
