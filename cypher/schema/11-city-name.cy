// Index on the name of City nodes, for Browser queries such as MATCH (n:City {name: "..."}).
CREATE INDEX city_name IF NOT EXISTS FOR (n:City) ON (n.name)
