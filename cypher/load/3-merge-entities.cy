// Merges a batch of entities by canonical id. Every entity has the Entity label plus its own (Person, City...).
// When the document holds every article that names the entity (row.namedByOthers counts the document's articles
// naming it that this load does not rewrite; if the database has just as many MENTIONED_IN edges, those are all),
// the row's name and aliases are the whole truth and replace the stored ones: a name form only a changed or pruned
// article used goes. Otherwise names accumulate: the name is chosen as the graphology mirror chooses it (the longer,
// then the alphabetically first) and every other name seen becomes a sorted, duplicate-free alias. Extra facts (ISO
// codes, analytics scores) are set from row.properties, a flat map.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n += row.properties
WITH n, row, count { (n)-[:MENTIONED_IN]->() } = row.namedByOthers AS whole
WITH n, row, whole,
     [x IN CASE WHEN whole THEN [] ELSE [n.name] + coalesce(n.aliases, []) END + [row.name] + row.aliases WHERE x IS NOT NULL] AS names,
     CASE
       WHEN whole OR n.name IS NULL OR size(row.name) > size(n.name) THEN row.name
       WHEN size(row.name) < size(n.name) THEN n.name
       WHEN row.name < n.name THEN row.name
       ELSE n.name
     END AS name
CALL (names, name) {
  UNWIND names AS alias
  WITH DISTINCT alias WHERE alias <> name
  ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET n.name = name, n.aliases = aliases
