// Deletes pruned Article nodes, once their assertions are retracted (what still points at them goes with them).
UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a
RETURN count(*) AS deleted
