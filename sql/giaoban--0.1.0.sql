/* giaoban--0.1.0.sql */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION giaoban" to load this file. \quit

-- giaoban reads Vietnamese text: a database in any other encoding would give
-- wrong answers, so refuse to install there.
DO $$
BEGIN
    IF pg_catalog.getdatabaseencoding() OPERATOR(pg_catalog.<>) 'UTF8' THEN
        RAISE EXCEPTION 'giaoban requires a UTF8 database'
            USING ERRCODE = 'feature_not_supported',
                  DETAIL = pg_catalog.format('The database encoding is %s.',
                                             pg_catalog.getdatabaseencoding()),
                  HINT = 'Create the database with ENCODING ''UTF8''.';
    END IF;
END
$$;

CREATE TYPE @extschema@.gb_citation AS (
    kind        pg_catalog.text,
    number      pg_catalog.text,
    code        pg_catalog.text,
    issued      pg_catalog.date,
    issuer      pg_catalog.text,
    plenum      pg_catalog.int4,
    term        pg_catalog.text,
    subject     pg_catalog.text,
    key         pg_catalog.text,
    mentions    pg_catalog.int4,
    span        pg_catalog.int4range,
    raw         pg_catalog.text
);

CREATE TYPE @extschema@.gb_official AS (
    name        pg_catalog.text,
    name_key    pg_catalog.text,
    honorific   pg_catalog.text,
    titles      pg_catalog.text[],
    roles       pg_catalog.text[],
    mentions    pg_catalog.int4,
    span        pg_catalog.int4range
);

CREATE TYPE @extschema@.gb_report AS (
    title         pg_catalog.text,
    source        pg_catalog.text,
    author        pg_catalog.text,
    published     pg_catalog.date,
    meeting_kind  pg_catalog.text,
    held_on       pg_catalog.date,
    date_inferred pg_catalog.bool,
    time_of_day   pg_catalog.text,
    organizer     pg_catalog.text,
    period        pg_catalog.daterange,
    period_text   pg_catalog.text,
    scope         pg_catalog.text,
    online        pg_catalog.bool,
    bridge_points pg_catalog.text[],
    chairs        pg_catalog.text[],
    citations     @extschema@.gb_citation[],
    officials     @extschema@.gb_official[]
);

CREATE FUNCTION @extschema@.gb_normalize(pg_catalog.text)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'gb_normalize_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gb_normalize(pg_catalog.text) IS
'NFC, one tone placement (hóa, khỏe, ủy), plain spaces, dashes and quotes';

CREATE FUNCTION @extschema@.gb_fold(pg_catalog.text)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'gb_fold_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gb_fold(pg_catalog.text) IS
'join key: lower case, no diacritics, đ -> d, single spaces';

CREATE FUNCTION @extschema@.gb_extract(body pg_catalog.text,
                                       published pg_catalog.date DEFAULT NULL)
RETURNS @extschema@.gb_report
AS 'MODULE_PATHNAME', 'gb_extract_sql'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gb_extract(pg_catalog.text, pg_catalog.date) IS
'everything giaoban finds in a report; NULL for a NULL body';

CREATE FUNCTION @extschema@.gb_citations(body pg_catalog.text,
                                         published pg_catalog.date DEFAULT NULL)
RETURNS SETOF @extschema@.gb_citation
AS 'MODULE_PATHNAME', 'gb_citations_sql'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 8;

COMMENT ON FUNCTION @extschema@.gb_citations(pg_catalog.text, pg_catalog.date) IS
'one row per document cited, in order of first mention';

CREATE FUNCTION @extschema@.gb_officials(body pg_catalog.text)
RETURNS SETOF @extschema@.gb_official
AS 'MODULE_PATHNAME', 'gb_officials_sql'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 5;

COMMENT ON FUNCTION @extschema@.gb_officials(pg_catalog.text) IS
'one row per person named, in order of first mention';
