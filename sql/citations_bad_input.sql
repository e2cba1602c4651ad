--
-- NULL, empty, blank and large input
--
SELECT count(*) FROM gb_citations(NULL);
SELECT count(*) FROM gb_citations('');
SELECT count(*) FROM gb_citations(E'   \n\t  ' || chr(160));
SELECT gb_extract(NULL) IS NULL AS null_report;
SELECT (gb_extract('')).citations AS empty_citations, (gb_extract('   ')).title AS blank_title;
SELECT count(*) FROM gb_citations('Quy định số 205', NULL);
-- a 10 MB report: every mention of one document is one row
SELECT kind, number, issuer, mentions
FROM gb_citations(repeat('Quy định số 1 ngày 1/1/2020 của Bộ Chính trị; ', 220000));
-- 10 MB of distinct documents stay linear and distinct
SELECT count(*), sum(mentions)
FROM gb_citations((SELECT string_agg('Quyết định số ' || g || ' của Ban Bí thư', '; ')
                   FROM generate_series(1, 300000) g));
-- digits, combining marks and control characters alone
SELECT count(*) FROM gb_citations(repeat('9', 100000));
SELECT count(*) FROM gb_citations('Quy định số ' || repeat('9', 10000));
SELECT count(*) FROM gb_citations(repeat(chr(769), 10000));
SELECT count(*) FROM gb_citations((SELECT string_agg(chr(g), '') FROM generate_series(1, 31) g));
