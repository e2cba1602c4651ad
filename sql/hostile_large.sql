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
-- the search words of 100 MB: one lexeme a distinct word, each with the
-- 255 positions a tsvector keeps at most
SELECT length(w) AS lexemes,
       (SELECT min(cardinality(u.positions)) FROM unnest(w) u) AS fewest_positions,
       (SELECT max(cardinality(u.positions)) FROM unnest(w) u) AS most_positions
FROM gb_search_words(repeat('Quy định số 1 ngày 1/1/2020 của Bộ Chính trị; ', 1777248)) w;
-- 10 MB of plain words: what to_tsvector() gives for the folded text
SELECT gb_search_words(t) = to_tsvector('simple', gb_fold(t)) AS same
FROM repeat('Hội nghị giao ban công tác tổ chức xây dựng Đảng ', 200000) t;
-- a word of 100 MB is left out, with the notice to_tsvector() gives
SELECT length(gb_search_words(repeat('a', 104857600) || ' b')) AS lexemes;
