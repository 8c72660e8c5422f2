// Unique canonical id for Entity nodes (also the index every load looks nodes up by).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
