// Unique canonical id for Article nodes (also the index every load looks nodes up by).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE
