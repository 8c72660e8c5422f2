// Index on the name of Entity nodes, for Browser queries such as MATCH (n:Entity {name: "..."}).
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)
