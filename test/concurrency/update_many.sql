-- several documents in one statement get other bodies
\set r random(0, 999999)
\set n random(1, 400)
UPDATE gb_document d SET body = p.body, published = p.published
FROM pool p
WHERE p.n = (d.id + :n) % 400 + 1
  AND d.id IN (SELECT e.id FROM gb_document e
               WHERE e.id >= (SELECT max(id) FROM gb_document) * :r / 1000000
               ORDER BY e.id LIMIT 4);
