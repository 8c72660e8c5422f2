// The meeting network: who met whom (MET_WITH is symmetric, stored once), with the sentences that say so.
MATCH meeting = (a:Person)-[m:MET_WITH]-(b:Person)
WHERE a.name < b.name
RETURN a.name AS person, b.name AS metWith, size(m.articles) AS articles, m.sentences AS evidence, meeting
ORDER BY person, metWith
