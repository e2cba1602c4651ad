-- How late does statement_timeout cancel giaoban?  A measurement, not a
-- test: run it with psql against a database with giaoban installed and read
-- the "Time:" lines (each is the timeout plus the latency).
--
--   psql -X -d DB -f test/cancel_latency.sql 2>&1 | grep -E 'Time|ERROR'
--
-- 200 MB of one repeated citation, and 48 MB of a million distinct
-- documents, with the timeout falling in extraction and in result building.
\timing on
CREATE TEMP TABLE huge (t text);
ALTER TABLE huge ALTER COLUMN t SET STORAGE EXTERNAL;
INSERT INTO huge SELECT repeat('Quy định số 1 ngày 1/1/2020 của Bộ Chính trị; ', 3554495);
CREATE TEMP TABLE dist (t text);
ALTER TABLE dist ALTER COLUMN t SET STORAGE EXTERNAL;
INSERT INTO dist SELECT string_agg('Quyết định số ' || g || ' của Ban Bí thư', '; ')
FROM generate_series(1, 999999) g;
\echo uncancelled, for reference
SELECT cardinality(citations) FROM dist, gb_extract(t);
SET statement_timeout = '200ms';
\echo 200 MB, 200 ms timeout
SELECT cardinality(citations) FROM huge, gb_extract(t);
SELECT count(*) FROM huge, gb_citations(t);
SELECT length(gb_normalize(t)) FROM huge;
SELECT length(gb_fold(t)) FROM huge;
\echo a million documents, timeouts of 1 to 10 s
SET statement_timeout = '1s';
SELECT cardinality(citations) FROM dist, gb_extract(t);
SET statement_timeout = '3s';
SELECT cardinality(citations) FROM dist, gb_extract(t);
SET statement_timeout = '5s';
SELECT cardinality(citations) FROM dist, gb_extract(t);
SET statement_timeout = '7s';
SELECT cardinality(citations) FROM dist, gb_extract(t);
SET statement_timeout = '8s';
SELECT cardinality(citations) FROM dist, gb_extract(t);
SET statement_timeout = '9s';
SELECT cardinality(citations) FROM dist, gb_extract(t);
SET statement_timeout = '10s';
SELECT cardinality(citations) FROM dist, gb_extract(t);
RESET statement_timeout;
