-- three new documents in one statement
\set n random(1, 398)
INSERT INTO gb_document (published, body)
SELECT p.published, p.body FROM pool p WHERE p.n BETWEEN :n AND :n + 2;
