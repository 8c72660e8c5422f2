// Sets the corpus-wide measures (analytics) of entities whose names and relations this load leaves as they are:
// one new article changes every PageRank, so they are sent for every entity whenever anything was written.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.properties
