-- regulation.sql: regulations rewritten in place (version 0.5.0).
--
-- A fragment of the install and upgrade scripts, which the Makefile puts
-- together: every object is created in @extschema@.

--
-- Every batch rewrites most regulations it cites, two or three times (votes,
-- dates and report counts): some 1,800 rows a batch in generated corpora.
-- With an index on the report count each new version went into every index
-- and the table and its indexes grew with dead versions through a load;
-- without it, and with room left on each page, the rewrites are HOT updates
-- that stay on their page and leave the indexes alone (100,000 reports
-- loaded 2.5% faster).  Ordering by report count sorts the regulations:
-- under 2 ms for 1,819 of them.
--
DROP INDEX @extschema@.gb_regulation_reports_idx;
ALTER TABLE @extschema@.gb_regulation SET (fillfactor = 50);
