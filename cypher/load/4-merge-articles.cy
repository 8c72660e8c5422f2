// Merges a batch of Article nodes by id; the latest version of an article sets its title, source and content hash.
// loadRoot (the input folder or file it was read from) is kept when the row has none (a graph.json load).
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.properties
SET a.name = row.name,
    a.aliases = row.aliases,
    a.source = row.source,
    a.contentHash = row.contentHash,
    a.date = row.date,
    a.url = row.url,
    a.loadRoot = coalesce(row.loadRoot, a.loadRoot)
