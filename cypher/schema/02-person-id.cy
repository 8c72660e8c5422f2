// Unique canonical id for Person nodes (also the index every load looks nodes up by).
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE
