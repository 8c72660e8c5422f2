// Which countries trade with which (TRADES_WITH is symmetric, stored once), and in how many articles.
MATCH trade = (a:Country)-[t:TRADES_WITH]-(b:Country)
WHERE a.name < b.name
RETURN a.name AS country, b.name AS partner, a.id AS countryId, b.id AS partnerId, size(t.articles) AS articles, t.sentences AS evidence, trade
ORDER BY country, partner
