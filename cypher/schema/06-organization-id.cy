// Unique canonical id for Organization nodes (also the index every load looks nodes up by).
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE
