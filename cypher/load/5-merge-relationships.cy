// Merges a batch of relationships (one per type, source and target; symmetric types arrive with their ends sorted).
// Ends are entities or articles (QUOTED_IN and MENTIONED_IN point at an Article). Each relationship keeps:
//   articles                                   the ids of the articles that support it (sorted, no duplicates)
//   evidenceArticles, sentences, starts, ends, rules
//                                              parallel lists, item i is one evidence item: the article, the
//                                              sentence, its character span and the rule that read it
// Neo4j properties cannot hold maps, hence parallel lists. Items are kept sorted and distinct, so loading the same
// evidence twice changes nothing.
// One branch per relation type: MERGE with a dynamic type ($(row.type)) cannot use the typed relationship store and
// was 15 times slower here. The edge types are those of src/schema/labels.ts (a test checks the two agree).
UNWIND $rows AS row
OPTIONAL MATCH (se:Entity {id: row.source})
OPTIONAL MATCH (sa:Article {id: row.source})
OPTIONAL MATCH (te:Entity {id: row.target})
OPTIONAL MATCH (ta:Article {id: row.target})
WITH row, coalesce(se, sa) AS s, coalesce(te, ta) AS t
CALL (s, t, row) {
  WITH s, t, row WHERE row.type = 'VISITED' MERGE (s)-[r:VISITED]->(t) RETURN r
  UNION ALL
  WITH s, t, row WHERE row.type = 'MET_WITH' MERGE (s)-[r:MET_WITH]->(t) RETURN r
  UNION ALL
  WITH s, t, row WHERE row.type = 'TRADES_WITH' MERGE (s)-[r:TRADES_WITH]->(t) RETURN r
  UNION ALL
  WITH s, t, row WHERE row.type = 'QUOTED_IN' MERGE (s)-[r:QUOTED_IN]->(t) RETURN r
  UNION ALL
  WITH s, t, row WHERE row.type = 'AFFILIATED_WITH' MERGE (s)-[r:AFFILIATED_WITH]->(t) RETURN r
  UNION ALL
  WITH s, t, row WHERE row.type = 'LEADER_OF' MERGE (s)-[r:LEADER_OF]->(t) RETURN r
  UNION ALL
  WITH s, t, row WHERE row.type = 'LOCATED_IN' MERGE (s)-[r:LOCATED_IN]->(t) RETURN r
  UNION ALL
  WITH s, t, row WHERE row.type = 'PART_OF' MERGE (s)-[r:PART_OF]->(t) RETURN r
  UNION ALL
  WITH s, t, row WHERE row.type = 'INTERVIEWED_BY' MERGE (s)-[r:INTERVIEWED_BY]->(t) RETURN r
  UNION ALL
  WITH s, t, row WHERE row.type = 'MENTIONED_IN' MERGE (s)-[r:MENTIONED_IN]->(t) RETURN r
}
// A relationship that existed before (it has its lists) merges its items with the row's; a new one takes the row's.
OPTIONAL CALL (r, row) {
  WITH r, row WHERE r.articles IS NOT NULL
  // The null item keeps one row when both lists are empty; collect() leaves it out.
  UNWIND [i IN range(0, size(r.evidenceArticles) - 1) |
           {article: r.evidenceArticles[i], sentence: r.sentences[i], start: r.starts[i], end: r.ends[i], rule: r.rules[i]}]
         + row.evidence + [null] AS item
  WITH r, row, item ORDER BY item.article, item.start, item.end, item.rule, item.sentence
  WITH r, row, collect(DISTINCT item) AS evidence
  CALL (r, row) {
    UNWIND r.articles + row.articles AS article
    WITH DISTINCT article ORDER BY article
    RETURN collect(article) AS articles
  }
  RETURN articles, evidence
}
SET r.articles = coalesce(articles, row.articles),
    r.evidenceArticles = coalesce([item IN evidence | item.article], [item IN row.evidence | item.article]),
    r.sentences = coalesce([item IN evidence | item.sentence], [item IN row.evidence | item.sentence]),
    r.starts = coalesce([item IN evidence | item.start], [item IN row.evidence | item.start]),
    r.ends = coalesce([item IN evidence | item.end], [item IN row.evidence | item.end]),
    r.rules = coalesce([item IN evidence | item.rule], [item IN row.evidence | item.rule])
