// The shortest chain of relations between two entities, through what the articles assert (not through the
// Article nodes, which would join everything an article names). In Neo4j Browser set the parameters first:
//   :param from => 'Xi Jinping'
//   :param to => 'Shanghai'
MATCH (a:Entity {name: $from}), (b:Entity {name: $to})
MATCH path = shortestPath((a)-[:VISITED|MET_WITH|TRADES_WITH|AFFILIATED_WITH|LEADER_OF|LOCATED_IN|PART_OF|INTERVIEWED_BY*..8]-(b))
RETURN [n IN nodes(path) | n.name] AS names, [r IN relationships(path) | type(r)] AS types, length(path) AS hops, path
