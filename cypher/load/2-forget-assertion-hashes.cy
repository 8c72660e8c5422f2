// Before their assertions are retracted, the articles lose their fingerprints, so a load cut short after this point
// rewrites them on the next run even if their input went back to the version that was loaded.
UNWIND $ids AS id
MATCH (a:Article {id: id})
REMOVE a.assertionHash
