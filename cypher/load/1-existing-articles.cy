// Which of the document's articles are already in the database (only those need their old assertions retracted).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id
