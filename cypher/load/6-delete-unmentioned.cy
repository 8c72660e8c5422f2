// Deletes entities that a re-loaded or pruned article used to name and that no article mentions any more.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT (n)-[:MENTIONED_IN]->()
DETACH DELETE n
RETURN count(*) AS deleted
