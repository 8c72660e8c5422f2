// Last step of a load: each rewritten article records the fingerprint of what it now asserts, so the next load
// skips it while that does not change. Written last, so a load cut short before it redoes these articles.
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.assertionHash = row.hash
