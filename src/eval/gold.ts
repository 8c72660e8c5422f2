// The gold annotation format of ../shared/corpus (README "Gold format"), as a zod schema.
import { z } from 'zod';
import { KgError, describeIssues } from '../errors.js';
import { EntityLabel, RelationType } from '../schema/labels.js';

/** Stands for the article's own node in a gold relation (the target of QUOTED_IN). */
export const ARTICLE_REFERENCE = '@article';

export const GoldEntity = z.object({
  label: EntityLabel,
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  /** Defensible but not required: finding it gains nothing and loses nothing. */
  optional: z.boolean().optional(),
});
export type GoldEntity = z.infer<typeof GoldEntity>;

export const GoldRelation = z.object({
  type: RelationType,
  /** Gold entity names, or ARTICLE_REFERENCE. */
  source: z.string().min(1),
  target: z.string().min(1),
  optional: z.boolean().optional(),
});
export type GoldRelation = z.infer<typeof GoldRelation>;

export const GoldGraph = z
  .object({
    article: z.string().min(1),
    entities: z.array(GoldEntity),
    relations: z.array(GoldRelation),
  })
  .superRefine((gold, ctx) => {
    // Relations name their ends by gold entity name: a duplicate name or an unknown end could never be matched.
    const names = new Set<string>();
    gold.entities.forEach((entity, i) => {
      if (names.has(entity.name)) ctx.addIssue({ code: 'custom', path: ['entities', i, 'name'], message: `duplicate entity name "${entity.name}"` });
      names.add(entity.name);
    });
    gold.relations.forEach((relation, i) => {
      for (const end of ['source', 'target'] as const) {
        const name = relation[end];
        if (name !== ARTICLE_REFERENCE && !names.has(name)) {
          ctx.addIssue({ code: 'custom', path: ['relations', i, end], message: `"${name}" is not the name of a gold entity (nor ${ARTICLE_REFERENCE})` });
        }
      }
    });
  });
export type GoldGraph = z.infer<typeof GoldGraph>;

/** Validates unknown data as a gold graph, reporting every issue with its path. */
export function parseGold(data: unknown, subject: string): GoldGraph {
  const result = GoldGraph.safeParse(data);
  if (!result.success) {
    const issues = describeIssues(result.error);
    throw new KgError('SCHEMA_INVALID', `${subject}: not a valid gold graph:\n  ${issues.join('\n  ')}`, {
      subject,
      hint: 'Gold files follow "Gold format" in ../shared/corpus/README.md; fix the field named above.',
    });
  }
  return result.data;
}
