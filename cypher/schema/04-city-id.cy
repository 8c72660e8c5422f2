// Unique canonical id for City nodes (also the index every load looks nodes up by).
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE
