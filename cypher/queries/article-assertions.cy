// Everything one article asserts, with its evidence sentences. In Neo4j Browser set the parameter first:
//   :param article => 'article:rok-leader-state-visit-china'
MATCH (s)-[r]->(t)
WHERE $article IN r.articles AND type(r) <> 'MENTIONED_IN'
RETURN s.name AS source,
       type(r) AS type,
       t.name AS target,
       [i IN range(0, size(r.evidenceArticles) - 1) WHERE r.evidenceArticles[i] = $article | r.sentences[i]] AS evidence,
       [i IN range(0, size(r.evidenceArticles) - 1) WHERE r.evidenceArticles[i] = $article | r.rules[i]] AS rules
ORDER BY type, source, target
