// Who visited which places (people and organisations; cities, countries, regions), with how many articles say so.
// In Neo4j Browser the `trip` column draws the graph; the other columns are the table.
MATCH trip = (who:Entity)-[v:VISITED]->(place:Entity)
RETURN who.name AS visitor,
       place.name AS place,
       [label IN labels(place) WHERE label <> 'Entity'][0] AS kind,
       size(v.articles) AS articles,
       trip
ORDER BY visitor, place
