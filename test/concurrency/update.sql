-- a document, chosen at random over the ids in use, gets another body
\set r random(0, 999999)
\set n random(1, 400)
UPDATE gb_document d SET body = p.body, published = p.published
FROM pool p
WHERE p.n = :n
  AND d.id = (SELECT e.id FROM gb_document e
              WHERE e.id >= (SELECT max(id) FROM gb_document) * :r / 1000000
              ORDER BY e.id LIMIT 1);
