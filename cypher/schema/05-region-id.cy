// Unique canonical id for Region nodes (also the index every load looks nodes up by).
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE
