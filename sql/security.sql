--
-- Safe SQL: look-alike functions and operators that a role able to create
-- objects in the extension's schema (public) puts there never run inside
-- giaoban's triggers, functions and views, whatever the search_path of the
-- session; and a non-superuser granted the documented privileges can use
-- every function, load documents, read every view and ingest.
--
SET datestyle TO iso, ymd;
SET client_min_messages TO warning;
\set s0 `cat test/data/seeds/000_5327f5567aecf496.txt`
\set s1 `cat test/data/seeds/001_74db067d2dbffab4.txt`
\set s2 `cat test/data/seeds/002_6c05edbfbb656e89.txt`
\set s3 `cat test/data/seeds/003_492413fa215982bc.txt`
\set s4 `cat test/data/seeds/004_08361227f022f5cb.txt`

-- the extension's functions: none SECURITY DEFINER; every PL/pgSQL function
-- pins search_path; every SQL function has a body bound at creation (BEGIN
-- ATOMIC or RETURN); procedures, which COMMIT and so cannot have SET, are
-- listed (they qualify every name themselves)
SELECT p.oid::regprocedure AS security_definer
FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'giaoban'
WHERE p.prosecdef;
SELECT p.oid::regprocedure AS plpgsql_without_pinned_path
FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'giaoban'
JOIN pg_language l ON l.oid = p.prolang
WHERE l.lanname = 'plpgsql' AND p.prokind = 'f'
  AND NOT coalesce('search_path=pg_catalog, pg_temp' = ANY (p.proconfig), false);
SELECT p.oid::regprocedure AS sql_without_bound_body
FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'giaoban'
JOIN pg_language l ON l.oid = p.prolang
WHERE l.lanname = 'sql' AND p.prosqlbody IS NULL;
SELECT p.oid::regprocedure AS procedure, l.lanname, p.proconfig
FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'giaoban'
JOIN pg_language l ON l.oid = p.prolang
WHERE p.prokind = 'p' ORDER BY 1::text;

-- the roles: one that may create objects in public, one that loads
-- documents, one that only reads
CREATE ROLE regress_gb_attacker;
CREATE ROLE regress_gb_writer;
CREATE ROLE regress_gb_reader;
GRANT USAGE, CREATE ON SCHEMA public TO regress_gb_attacker;

-- the grants the README recommends
GRANT USAGE ON SCHEMA public TO regress_gb_writer, regress_gb_reader;
GRANT SELECT, INSERT, UPDATE, DELETE
    ON gb_document, gb_doc_report, gb_doc_citation, gb_doc_official, gb_doc_title, gb_regulation
    TO regress_gb_writer;
GRANT SELECT ON gb_meetings, gb_regulations, gb_people, gb_positions, gb_appearances,
                gb_citing_reports, gb_province, gb_province_merge, gb_province_alias,
                gb_body, gb_body_alias, gb_doc_type
    TO regress_gb_writer, regress_gb_reader;
GRANT SELECT ON gb_document TO regress_gb_reader;

-- every function is executable by both (EXECUTE is PUBLIC's by default)
SELECT p.oid::regprocedure AS not_executable
FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'giaoban'
WHERE NOT has_function_privilege('regress_gb_writer', p.oid, 'EXECUTE')
   OR NOT has_function_privilege('regress_gb_reader', p.oid, 'EXECUTE');

--
-- The attacker's look-alikes.  Each writes who ran it into a log and then
-- behaves like the real one, so that a hijack shows in the log even where
-- it would go unnoticed.
--
SET ROLE regress_gb_attacker;
CREATE TABLE public.regress_hijacked (what text, by_whom name);
GRANT INSERT, SELECT ON public.regress_hijacked TO PUBLIC;
CREATE FUNCTION public.regress_log(what text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.regress_hijacked VALUES (what, pg_catalog.current_user());
END $$;

CREATE FUNCTION public.gb_fold(character varying) RETURNS text
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('gb_fold(varchar)');
RETURN pg_catalog.lower($1); END $$;
CREATE FUNCTION public.lower(text) RETURNS text
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('lower(text)');
RETURN pg_catalog.lower($1); END $$;
CREATE FUNCTION public.regexp_replace(text, text, text) RETURNS text
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('regexp_replace');
RETURN pg_catalog.regexp_replace($1, $2, $3); END $$;
CREATE FUNCTION public.now() RETURNS timestamptz
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('now()');
RETURN pg_catalog.now(); END $$;
CREATE FUNCTION public.clock_timestamp() RETURNS timestamptz
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('clock_timestamp()');
RETURN pg_catalog.clock_timestamp(); END $$;
CREATE FUNCTION public.format(text, text) RETURNS text
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('format(text, text)');
RETURN pg_catalog.format($1, $2); END $$;
CREATE FUNCTION public.cardinality(anyarray) RETURNS int
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('cardinality');
RETURN pg_catalog.cardinality($1); END $$;
CREATE FUNCTION public.unnest(anyarray) RETURNS SETOF anyelement
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('unnest');
RETURN QUERY SELECT pg_catalog.unnest($1); END $$;
CREATE FUNCTION public.round(numeric) RETURNS numeric
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('round');
RETURN pg_catalog.round($1); END $$;
CREATE FUNCTION public.to_tsvector(regconfig, text) RETURNS tsvector
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('to_tsvector');
RETURN pg_catalog.to_tsvector($1, $2); END $$;
CREATE FUNCTION public.phraseto_tsquery(regconfig, text) RETURNS tsquery
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('phraseto_tsquery');
RETURN pg_catalog.phraseto_tsquery($1, $2); END $$;
CREATE FUNCTION public.pg_advisory_xact_lock(integer, integer) RETURNS void
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('pg_advisory_xact_lock');
PERFORM pg_catalog.pg_advisory_xact_lock($1, $2); END $$;
CREATE FUNCTION public.regress_count_sfunc(bigint, anyelement) RETURNS bigint
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('count(x)');
RETURN $1 OPERATOR(pg_catalog.+) 1; END $$;
CREATE AGGREGATE public.count(anyelement) (
    sfunc = public.regress_count_sfunc, stype = bigint, initcond = '0');
CREATE FUNCTION public.regress_count_star_sfunc(bigint) RETURNS bigint
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('count(*)');
RETURN $1 OPERATOR(pg_catalog.+) 1; END $$;
CREATE AGGREGATE public.count(*) (
    sfunc = public.regress_count_star_sfunc, stype = bigint, initcond = '0');
CREATE FUNCTION public.regress_array_agg_sfunc(bigint[], bigint) RETURNS bigint[]
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('array_agg(bigint)');
RETURN $1 OPERATOR(pg_catalog.||) $2; END $$;
CREATE AGGREGATE public.array_agg(bigint) (
    sfunc = public.regress_array_agg_sfunc, stype = bigint[], initcond = '{}');
CREATE FUNCTION public.regress_min_sfunc(date, date) RETURNS date
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('min(date)');
RETURN LEAST($1, $2); END $$;
CREATE AGGREGATE public.min(date) (sfunc = public.regress_min_sfunc, stype = date);

-- operators: equality and concatenation of text, comparisons of bigint and
-- date, array membership, text search
CREATE FUNCTION public.regress_texteq(text, text) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('text = text');
RETURN $1 OPERATOR(pg_catalog.=) $2; END $$;
CREATE OPERATOR public.= (leftarg = text, rightarg = text,
                          function = public.regress_texteq);
CREATE FUNCTION public.regress_int8eq(bigint, bigint) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('bigint = bigint');
RETURN $1 OPERATOR(pg_catalog.=) $2; END $$;
CREATE OPERATOR public.= (leftarg = bigint, rightarg = bigint,
                          function = public.regress_int8eq);
CREATE FUNCTION public.regress_int8gt(bigint, bigint) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('bigint > bigint');
RETURN $1 OPERATOR(pg_catalog.>) $2; END $$;
CREATE OPERATOR public.> (leftarg = bigint, rightarg = bigint,
                          function = public.regress_int8gt);
CREATE FUNCTION public.regress_int8pl(bigint, bigint) RETURNS bigint
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('bigint + bigint');
RETURN $1 OPERATOR(pg_catalog.+) $2; END $$;
CREATE OPERATOR public.+ (leftarg = bigint, rightarg = bigint,
                          function = public.regress_int8pl);
CREATE FUNCTION public.regress_datele(date, date) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('date <= date');
RETURN $1 OPERATOR(pg_catalog.<=) $2; END $$;
CREATE OPERATOR public.<= (leftarg = date, rightarg = date,
                           function = public.regress_datele);
CREATE FUNCTION public.regress_textcat(text, text) RETURNS text
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('text || text');
RETURN $1 OPERATOR(pg_catalog.||) $2; END $$;
CREATE OPERATOR public.|| (leftarg = text, rightarg = text,
                           function = public.regress_textcat);
CREATE FUNCTION public.regress_tsmatch(tsvector, tsquery) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN PERFORM public.regress_log('tsvector @@ tsquery');
RETURN $1 OPERATOR(pg_catalog.@@) $2; END $$;
CREATE OPERATOR public.@@ (leftarg = tsvector, rightarg = tsquery,
                           function = public.regress_tsmatch);
RESET ROLE;

-- the look-alikes work: an unqualified call with public first finds them
SET search_path = public, pg_catalog;
SELECT lower('A'), 'a'::text = 'a'::text AS eq, format('%s', 'x'::text);
SELECT what, by_whom FROM public.regress_hijacked ORDER BY what;
DELETE FROM public.regress_hijacked;

--
-- The writer, with public first on its path, loads, edits and deletes
-- documents, calls every function and ingests.
--
SET ROLE regress_gb_writer;
SET search_path = public, pg_catalog;
CREATE TEMP TABLE gb_document (id bigint, body text);  -- pg_temp comes first for tables
INSERT INTO public.gb_document (ref, published, body) VALUES
    ('sec000', '2024-10-03', :'s0'),
    ('sec001', '2019-09-30', :'s1'),
    ('sec002', '2021-10-01', :'s2');
INSERT INTO public.gb_document (ref, published, body) VALUES
    ('sec003', '2021-06-29', :'s3'),
    ('sec004', '2019-10-29', :'s4'),
    ('sec005', '2024-01-05', 'Quy định 205- QĐ/TW ngày 23-9-2019 của Bộ Chính trị.');
UPDATE public.gb_document SET body = 'Thực hiện Quy định số 999 ngày 1/2/2022 của Bộ Chính trị.'
WHERE ref OPERATOR(pg_catalog.=) 'sec003';
UPDATE public.gb_document SET published = '2024-02-01' WHERE ref OPERATOR(pg_catalog.=) 'sec005';
DELETE FROM public.gb_document WHERE ref OPERATOR(pg_catalog.=) 'sec004';
DROP TABLE pg_temp.gb_document;
SELECT d.ref, r.report_date, (SELECT pg_catalog.count(*) FROM gb_doc_citation c
                              WHERE c.doc_id OPERATOR(pg_catalog.=) d.id)
                             OPERATOR(pg_catalog.>) 0 AS cites
FROM gb_document d JOIN gb_doc_report r ON r.doc_id OPERATOR(pg_catalog.=) d.id
WHERE d.ref LIKE 'sec%' ORDER BY d.ref;
SELECT key, reports FROM gb_regulations WHERE key LIKE 'quy-dinh:999%';
-- every function
SELECT gb_normalize('Ủy ban  nhân dân hoá') AS normalize, gb_fold('Trương Thị Mai') AS fold,
       gb_title_key('Trưởng Ban Tổ chức Trung ương Đảng') AS title_key;
SELECT (gb_extract(:'s1', '2019-09-30')).citations IS NOT NULL AS extracted;
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>) 0 AS citations FROM gb_citations(:'s1', '2019-09-30');
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>=) 0 AS officials FROM gb_officials(:'s0');
SELECT ref FROM gb_search('quy dinh so 999');
SELECT gb_prune();
-- ingest from the writer's own table, and re-extract everything
CREATE TEMP TABLE regress_staging (ref text, url text, published date, body text);
INSERT INTO regress_staging VALUES
    ('sec010', NULL, '2022-03-01', 'Chỉ thị 35-CT/TW ngày 30-5-2019 của Bộ Chính trị.'),
    ('sec011', NULL, '2022-03-02', 'Theo Chỉ thị 35 của Bộ Chính trị, đồng chí Trương Thị Mai dự.'),
    ('sec002', NULL, '2021-10-01', 'Kết luận số 12-KL/TW ngày 6-1-2022 của Bộ Chính trị.');
CALL gb_ingest('SELECT ref, url, published, body FROM regress_staging', 2);
CALL gb_reextract(2);
SELECT ref, (SELECT pg_catalog.array_agg(c.key ORDER BY c.ord) FROM gb_doc_citation c
             WHERE c.doc_id OPERATOR(pg_catalog.=) d.id) AS keys
FROM gb_document d WHERE ref LIKE ANY ('{sec002,sec003,sec005,sec01%}') ORDER BY ref;
-- every view (their contents are the kb test's business)
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>=) 0 AS meetings FROM gb_meetings;
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>) 0 AS regulations FROM gb_regulations;
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>=) 0 AS people FROM gb_people;
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>=) 0 AS positions FROM gb_positions;
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>=) 0 AS appearances FROM gb_appearances;
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>) 0 AS citing_reports FROM gb_citing_reports;
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>) 0 AS provinces FROM gb_province;
RESET ROLE;

--
-- The reader reads every view and searches, with public first on its path;
-- it cannot write.
--
SET ROLE regress_gb_reader;
SET search_path = public, pg_catalog;
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>=) 0 AS meetings FROM gb_meetings;
SELECT key, reports FROM gb_regulations WHERE key LIKE 'chi-thi:35%' ORDER BY key;
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>=) 0 AS people FROM gb_people;
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>=) 0 AS positions FROM gb_positions;
SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>=) 0 AS appearances FROM gb_appearances;
SELECT ref, key FROM gb_citing_reports WHERE ref LIKE 'sec01%' ORDER BY ref, key;
SELECT ref FROM gb_search('truong thi mai') WHERE ref LIKE 'sec%';
INSERT INTO gb_document (body) VALUES ('x');
RESET ROLE;

-- no look-alike ran, under any role
SELECT what, by_whom FROM public.regress_hijacked ORDER BY what;

-- the same, as the superuser who owns the extension
SET search_path = public, pg_catalog;
UPDATE gb_document SET body = body OPERATOR(pg_catalog.||) ' ' WHERE ref OPERATOR(pg_catalog.=) 'sec001';
DELETE FROM gb_document WHERE ref LIKE 'sec%';
SELECT pg_catalog.count(*) AS left_over FROM gb_document WHERE ref LIKE 'sec%';
SELECT what, by_whom FROM public.regress_hijacked ORDER BY what;
RESET search_path;

DROP OWNED BY regress_gb_attacker CASCADE;
DROP OWNED BY regress_gb_writer, regress_gb_reader;
DROP ROLE regress_gb_attacker, regress_gb_writer, regress_gb_reader;
