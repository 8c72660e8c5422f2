// Index on the name of Organization nodes, for Browser queries such as MATCH (n:Organization {name: "..."}).
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name)
