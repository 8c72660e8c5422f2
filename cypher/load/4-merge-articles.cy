// Merges a batch of Article nodes by id; the latest version of an article sets its title, source and content hash.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.properties
SET a.name = row.name,
    a.aliases = row.aliases,
    a.source = row.source,
    a.contentHash = row.contentHash,
    a.date = row.date,
    a.url = row.url
