--
-- giaoban refuses a database that is not UTF8: a clear error, its SQLSTATE
-- and a hint, rather than wrong answers
--
CREATE DATABASE gb_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c gb_latin1
CREATE EXTENSION giaoban;
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS giaoban_objects FROM pg_catalog.pg_type WHERE typname LIKE 'gb\_%';
\c contrib_regression
DROP DATABASE gb_latin1;
