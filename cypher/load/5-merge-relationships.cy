// Merges a batch of relationships (one per type, source and target; symmetric types arrive with their ends sorted).
// Ends are entities or articles (QUOTED_IN and MENTIONED_IN point at an Article). Each relationship keeps:
//   articles                                   the ids of the articles that support it (sorted, no duplicates)
//   evidenceArticles, sentences, starts, ends, rules
//                                              parallel lists, item i is one evidence item: the article, the
//                                              sentence, its character span and the rule that read it
// Neo4j properties cannot hold maps, hence parallel lists. Items are kept sorted and distinct, so loading the same
// evidence twice changes nothing.
UNWIND $rows AS row
OPTIONAL MATCH (se:Entity {id: row.source})
OPTIONAL MATCH (sa:Article {id: row.source})
OPTIONAL MATCH (te:Entity {id: row.target})
OPTIONAL MATCH (ta:Article {id: row.target})
WITH row, coalesce(se, sa) AS s, coalesce(te, ta) AS t
MERGE (s)-[r:$(row.type)]->(t)
WITH r, row
CALL (r, row) {
  UNWIND [i IN range(0, size(coalesce(r.evidenceArticles, [])) - 1) |
           {article: r.evidenceArticles[i], sentence: r.sentences[i], start: r.starts[i], end: r.ends[i], rule: r.rules[i]}]
         + row.evidence AS item
  WITH DISTINCT item
  ORDER BY item.article, item.start, item.end, item.rule, item.sentence
  RETURN collect(item) AS evidence
}
CALL (r, row) {
  UNWIND coalesce(r.articles, []) + row.articles AS article
  WITH DISTINCT article
  ORDER BY article
  RETURN collect(article) AS articles
}
SET r.articles = articles,
    r.evidenceArticles = [item IN evidence | item.article],
    r.sentences = [item IN evidence | item.sentence],
    r.starts = [item IN evidence | item.start],
    r.ends = [item IN evidence | item.end],
    r.rules = [item IN evidence | item.rule]
