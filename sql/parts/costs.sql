-- costs.sql: the planner's per-call cost of the C functions (version 0.2.0).
--
-- A fragment of the install and upgrade scripts, which the Makefile puts
-- together.  A C function is assumed to cost 1 (cpu_operator_cost, about a
-- comparison of two integers) unless it says otherwise; these functions read
-- a whole report, a fraction of a millisecond to milliseconds a call.  With
-- the default cost a whole-table extraction never looks worth a parallel
-- plan (test/parallel.sh), and an expensive condition is not put after the
-- cheap ones.  The figures are conservative: measured per-call times over
-- reports of a few kilobytes are tens of thousands of cpu_operator_costs.
-- to_tsvector(), which reads a text once, has cost 100; gb_fold() and
-- gb_normalize() read it once too, and are also used on names and titles.
ALTER FUNCTION @extschema@.gb_extract(pg_catalog.text, pg_catalog.date) COST 1000;
ALTER FUNCTION @extschema@.gb_citations(pg_catalog.text, pg_catalog.date) COST 1000;
ALTER FUNCTION @extschema@.gb_officials(pg_catalog.text) COST 1000;
ALTER FUNCTION @extschema@.gb_fold(pg_catalog.text) COST 100;
ALTER FUNCTION @extschema@.gb_normalize(pg_catalog.text) COST 100;
