// Merges a batch of entities by canonical id. Every entity has the Entity label plus its own (Person, City...).
// The name is chosen as the graphology mirror chooses it (the longer, then the alphabetically first); every other
// name seen becomes a sorted, duplicate-free alias. Extra facts (ISO codes, analytics scores) are set from
// row.properties, a flat map.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n += row.properties
WITH n, row,
     [x IN [n.name] + coalesce(n.aliases, []) + [row.name] + row.aliases WHERE x IS NOT NULL] AS names,
     CASE
       WHEN n.name IS NULL OR size(row.name) > size(n.name) THEN row.name
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
