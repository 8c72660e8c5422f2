// Which rows a load must send, given the fingerprints stored in the database: only what new and changed articles assert.
import type { ArticleRow, EntityRow, LoadRows, RelationshipRow } from './load-rows.js';

export interface EntityWriteRow extends Omit<EntityRow, 'namedBy'> {
  /** The document's articles with a MENTIONED_IN edge to it that this load does not rewrite (see 3-merge-entities). */
  namedByOthers: number;
}

export interface PropertyRow {
  id: string;
  properties: EntityRow['properties'];
}

export interface LoadPlan {
  /** Articles whose earlier assertions are retracted: changed ones already stored, and pruned ones. */
  retract: string[];
  /** Article rows of the new and changed articles. */
  articles: ArticleRow[];
  /** Relationship rows a new or changed article supports, sent whole (merging them is a union). */
  relationships: RelationshipRow[];
  /**
   * Entity rows given the entities the retraction touched: full rows for those a new, changed or retracted article
   * names or that a sent relationship ends at; for every other entity only the corpus-wide properties, and only
   * when anything is written at all.
   */
  entities(touched: readonly string[]): { entities: EntityWriteRow[]; properties: PropertyRow[] };
}

/** `stored`: article id -> fingerprint in the database (null while a load of it is unfinished); absent: not stored. */
export function planLoad(
  rows: LoadRows,
  hashes: ReadonlyMap<string, string>,
  stored: ReadonlyMap<string, string | null>,
  pruned: readonly string[],
  corpusWideProperties: readonly string[],
): LoadPlan {
  const changed = new Set(rows.assertedArticles.filter((id) => stored.get(id) !== hashes.get(id)));
  const retract = [...[...changed].filter((id) => stored.has(id)), ...pruned];
  const anything = changed.size > 0 || pruned.length > 0;
  // A relationship no article supports belongs to none: it is written with any change.
  const relationships = rows.relationships.filter((r) => r.articles.some((a) => changed.has(a)) || (anything && r.articles.length === 0));
  return {
    retract,
    articles: rows.articles.filter((a) => changed.has(a.id)),
    relationships,
    entities(touched) {
      if (!anything) return { entities: [], properties: [] };
      const full = new Set([...touched, ...relationships.flatMap((r) => [r.source, r.target])]);
      const mentionedIn = new Map<string, string[]>();
      for (const r of rows.relationships) {
        if (r.type !== 'MENTIONED_IN') continue;
        const articles = mentionedIn.get(r.source);
        if (articles) articles.push(r.target);
        else mentionedIn.set(r.source, [r.target]);
      }
      const entities: EntityWriteRow[] = [];
      const properties: PropertyRow[] = [];
      for (const { namedBy, ...entity } of rows.entities) {
        // An entity no article names belongs to none: it is written with any change.
        if (full.has(entity.id) || namedBy.length === 0 || namedBy.some((a) => changed.has(a))) {
          entities.push({ ...entity, namedByOthers: (mentionedIn.get(entity.id) ?? []).filter((a) => !changed.has(a)).length });
        } else if (corpusWideProperties.length > 0) {
          const picked = Object.fromEntries(corpusWideProperties.filter((key) => key in entity.properties).map((key) => [key, entity.properties[key]!]));
          if (Object.keys(picked).length > 0) properties.push({ id: entity.id, properties: picked });
        }
      }
      return { entities, properties };
    },
  };
}
