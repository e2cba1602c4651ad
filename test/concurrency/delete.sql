-- a document, chosen at random over the ids in use, goes away
\set r random(0, 999999)
DELETE FROM gb_document
WHERE id = (SELECT e.id FROM gb_document e
            WHERE e.id >= (SELECT max(id) FROM gb_document) * :r / 1000000
            ORDER BY e.id LIMIT 1);
