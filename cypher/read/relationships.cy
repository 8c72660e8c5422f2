// Every relationship with its support and evidence lists, for comparing the database with the graphology mirror.
MATCH (s)-[r]->(t)
RETURN type(r) AS type, s.id AS source, t.id AS target, r.articles AS articles,
       r.evidenceArticles AS evidenceArticles, r.sentences AS sentences, r.starts AS starts, r.ends AS ends, r.rules AS rules
ORDER BY type, source, target
