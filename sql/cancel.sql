--
-- Cancellation: statement_timeout stops giaoban on a 200 MB report within a
-- second of the timeout, the session goes on, and the memory is returned.
--
-- The text is built first, outside any timeout, and stored uncompressed so
-- that reading it back is a copy rather than a 200 MB decompression.
CREATE TEMP TABLE huge (t text);
ALTER TABLE huge ALTER COLUMN t SET STORAGE EXTERNAL;
INSERT INTO huge SELECT repeat('Quy định số 1 ngày 1/1/2020 của Bộ Chính trị; ', 3554495);
SELECT octet_length(t) > 200 * 1024 * 1024 AS over_200mb FROM huge;
CREATE TEMP TABLE mem (phase text, bytes bigint);
INSERT INTO mem SELECT 'before', sum(total_bytes) FROM pg_backend_memory_contexts;
-- the plain error and its SQLSTATE, for each function
SET statement_timeout = '200ms';
SELECT cardinality(citations) FROM huge, gb_extract(t);
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) FROM huge, gb_citations(t);
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) FROM huge, gb_officials(t);
\echo :LAST_ERROR_SQLSTATE
SELECT length(gb_normalize(t)) FROM huge;
\echo :LAST_ERROR_SQLSTATE
SELECT length(gb_fold(t)) FROM huge;
\echo :LAST_ERROR_SQLSTATE
SELECT length(gb_search_words(t)) FROM huge;
\echo :LAST_ERROR_SQLSTATE
-- how soon: the cancel arrives within a second of the 200 ms timeout
DO $$
DECLARE
    n int;
BEGIN
    SELECT cardinality(citations) INTO n FROM huge, gb_extract(t);
    RAISE NOTICE 'not cancelled';
EXCEPTION WHEN query_canceled THEN
    RAISE NOTICE 'cancelled within 1.2 s of the statement start: %',
        clock_timestamp() - statement_timestamp() < interval '1.2 s';
END
$$;
RESET statement_timeout;
-- the session still works
SELECT kind, number, issuer FROM gb_citations('Chỉ thị số 35 của Bộ Chính trị');
-- and repeated cancels do not grow the backend's memory
SET statement_timeout = '200ms';
SELECT cardinality(citations) FROM huge, gb_extract(t);
SELECT cardinality(citations) FROM huge, gb_extract(t);
SELECT cardinality(citations) FROM huge, gb_extract(t);
RESET statement_timeout;
INSERT INTO mem SELECT 'after', sum(total_bytes) FROM pg_backend_memory_contexts;
SELECT (SELECT bytes FROM mem WHERE phase = 'after') - (SELECT bytes FROM mem WHERE phase = 'before')
       < 1024 * 1024 AS memory_returned;
DROP TABLE huge, mem;
