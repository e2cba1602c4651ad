-- annotate.sql: looking at a report (version 0.3.0).
--
-- A fragment of the install and upgrade scripts, which the Makefile puts
-- together: every object is created in @extschema@.

CREATE FUNCTION @extschema@.gb_mentions(body pg_catalog.text,
                                        published pg_catalog.date DEFAULT NULL)
RETURNS TABLE (kind pg_catalog.text, key pg_catalog.text,
               span pg_catalog.int4range, raw pg_catalog.text)
AS 'MODULE_PATHNAME', 'gb_mentions_sql'
LANGUAGE C IMMUTABLE PARALLEL SAFE COST 1000 ROWS 20;

COMMENT ON FUNCTION @extschema@.gb_mentions(pg_catalog.text, pg_catalog.date) IS
'every mention of a citation, official, meeting date or bridge point, in text order';

CREATE FUNCTION @extschema@.gb_annotate(body pg_catalog.text,
                                        published pg_catalog.date DEFAULT NULL)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'gb_annotate_sql'
LANGUAGE C IMMUTABLE PARALLEL SAFE COST 1000;

COMMENT ON FUNCTION @extschema@.gb_annotate(pg_catalog.text, pg_catalog.date) IS
'the text as escaped HTML with each mention in <mark data-kind data-key>';
