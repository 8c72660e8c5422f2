// Index on the name of Country nodes, for Browser queries such as MATCH (n:Country {name: "..."}).
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name)
