// Index on the name of Person nodes, for Browser queries such as MATCH (n:Person {name: "..."}).
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)
