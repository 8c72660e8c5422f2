// Removes what the given articles asserted before they are loaded again or pruned: their evidence items and their
// support on every relationship; a relationship left with no supporting article is deleted. Returns the entities
// they named (touched: their names may have to be set again) and those whose last MENTIONED_IN edge went
// (unmentioned: the load deletes them unless the document still names them).
MATCH (s)-[r]->()
WHERE any(article IN r.articles WHERE article IN $articles)
WITH s, r,
     [i IN range(0, size(coalesce(r.evidenceArticles, [])) - 1) WHERE NOT r.evidenceArticles[i] IN $articles] AS keep,
     [article IN r.articles WHERE NOT article IN $articles] AS support
SET r.articles = support,
    r.evidenceArticles = [i IN keep | r.evidenceArticles[i]],
    r.sentences = [i IN keep | r.sentences[i]],
    r.starts = [i IN keep | r.starts[i]],
    r.ends = [i IN keep | r.ends[i]],
    r.rules = [i IN keep | r.rules[i]]
WITH s, r, type(r) = 'MENTIONED_IN' AS mention, size(support) = 0 AS unsupported
FOREACH (_ IN CASE WHEN unsupported THEN [1] ELSE [] END | DELETE r)
RETURN collect(DISTINCT CASE WHEN mention THEN s.id END) AS touched,
       collect(DISTINCT CASE WHEN mention AND unsupported THEN s.id END) AS unmentioned
