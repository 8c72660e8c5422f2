// Which of the document's articles are already in the database, with the fingerprint of what each asserted when it
// was last loaded (null while a load of it is unfinished): only articles whose fingerprint differs are rewritten.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.assertionHash AS assertionHash
