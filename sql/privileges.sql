--
-- Safe SQL: a role with no privileges of its own can call every giaoban
-- function once granted, and none runs with its owner's rights.
--
CREATE ROLE gb_caller NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
-- no function of the extension is SECURITY DEFINER, and none that runs SQL
-- leaves search_path to its caller: the rows below are the ones that do.
-- SQL-standard bodies are bound when created; procedures that commit cannot
-- pin it and qualify every name instead (test/lint_sql.py checks them).
CREATE TEMP VIEW gb_functions AS
SELECT p.oid::regprocedure::text AS function, p.prosecdef AS security_definer,
       l.lanname AS language,
       l.lanname = 'c' OR p.prosqlbody IS NOT NULL OR p.prokind = 'p'
       OR EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search\_path=%')
           AS search_path_pinned
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND d.deptype = 'e'
WHERE e.extname = 'giaoban';
SELECT count(*) >= 5 AS has_functions FROM gb_functions;
SELECT * FROM gb_functions WHERE security_definer OR NOT search_path_pinned ORDER BY 1;
-- taken away from PUBLIC, the functions refuse the role...
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
SET ROLE gb_caller;
SELECT gb_normalize('hoá');
RESET ROLE;
-- ...and granted, it can call every one of them
GRANT USAGE ON SCHEMA public TO gb_caller;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO gb_caller;
SET ROLE gb_caller;
SELECT current_user, gb_normalize('hoá khoẻ') AS normalized, gb_fold('Ủy ban') AS folded;
SELECT cardinality(citations) AS citations, published
FROM gb_extract('Quy định số 205-QĐ/TW ngày 23-9-2019 của Bộ Chính trị.', '2024-10-02');
SELECT kind, number, issuer FROM gb_citations('Chỉ thị số 35 của Bộ Chính trị', NULL);
SELECT count(*) >= 0 AS officials_callable FROM gb_officials('Đồng chí Trương Thị Mai phát biểu.');
RESET ROLE;
-- put things back as CREATE EXTENSION left them
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO PUBLIC;
REVOKE ALL ON SCHEMA public FROM gb_caller;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM gb_caller;
DROP ROLE gb_caller;
DROP VIEW gb_functions;
