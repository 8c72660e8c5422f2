// Unique canonical id for Country nodes (also the index every load looks nodes up by).
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE
