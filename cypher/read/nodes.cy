// Every node as the GraphDocument knows it, for comparing the database with the graphology mirror.
MATCH (n)
WHERE n:Entity OR n:Article
RETURN n.id AS id,
       CASE WHEN n:Article THEN 'Article' ELSE [l IN labels(n) WHERE l <> 'Entity'][0] END AS label,
       n.name AS name,
       n.aliases AS aliases,
       properties(n) AS properties
ORDER BY id
