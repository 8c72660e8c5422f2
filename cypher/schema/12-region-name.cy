// Index on the name of Region nodes, for Browser queries such as MATCH (n:Region {name: "..."}).
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name)
