--
-- Hostile input through SQL, 100 MB at a time: no crash, no error, one row
-- per document however often it is repeated.
--
-- 100 MB of one citation: one document, every mention counted
SELECT kind, number, issued, issuer, mentions
FROM gb_citations(repeat('Quy định số 1 ngày 1/1/2020 của Bộ Chính trị; ', 1777248));
SELECT cardinality(citations) AS citations, (citations[1]).mentions,
       cardinality(officials) <= 1 AS at_most_one_official
FROM gb_extract(repeat('Quy định số 1 ngày 1/1/2020 của Bộ Chính trị; ', 1777248));
-- 100 MB of "đồng chí A, ": no citation, at most one person
SELECT cardinality(citations) AS citations, cardinality(officials) <= 1 AS at_most_one_official
FROM gb_extract(repeat('đồng chí A, ', 6553601));
SELECT count(*) <= 1 AS at_most_one_official FROM gb_officials(repeat('đồng chí A, ', 6553601));
-- normalizing 100 MB gives 100 MB
SELECT octet_length(gb_normalize(repeat('Quy định số 1 ngày 1/1/2020 của Bộ Chính trị; ', 1777248)))
     = 1777248 * 59 AS same_length;
