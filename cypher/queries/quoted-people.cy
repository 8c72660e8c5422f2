// Who is quoted in which articles, and for which organisations they speak (their AFFILIATED_WITH organisations).
MATCH (p:Person)-[:QUOTED_IN]->(a:Article)
OPTIONAL MATCH (p)-[:AFFILIATED_WITH]->(o:Organization)
WITH p, a, o ORDER BY o.name
RETURN p.name AS person, a.name AS article, a.id AS articleId, collect(DISTINCT o.name) AS organizations
ORDER BY person, article
