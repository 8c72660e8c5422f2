// Index on the name of Article nodes, for Browser queries such as MATCH (n:Article {name: "..."}).
CREATE INDEX article_name IF NOT EXISTS FOR (n:Article) ON (n.name)
