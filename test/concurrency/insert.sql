-- a new document, its body one of the pool's
\set n random(1, 400)
INSERT INTO gb_document (ref, url, published, body)
SELECT 'bench-' || pg_catalog.txid_current(), 'bench', p.published, p.body
FROM pool p WHERE p.n = :n;
