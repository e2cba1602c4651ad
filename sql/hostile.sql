--
-- Hostile input through SQL: no crash, no error, sensible results.  The
-- 100 MB cases are in hostile_large, cancellation in cancel.
--
-- empty and blank
SELECT title IS NULL AS no_title, cardinality(citations) AS citations,
       cardinality(officials) AS officials
FROM gb_extract('');
SELECT title IS NULL AS no_title, cardinality(citations) AS citations,
       cardinality(officials) AS officials
FROM gb_extract(E' \t\n\r\v\f  ' || chr(160) || chr(8203) || chr(12288) || chr(8232) || E'\n\n');
SELECT length(gb_normalize(E' \t\n\r\v\f ')) AS norm_len, gb_fold(E' \t\n ' || chr(160)) = '' AS fold_empty;
-- 10,000-digit numbers: as a number, a day, a plenum, a term
SELECT kind, length(number) AS number_digits, issued, issuer
FROM gb_citations('Quy định số ' || repeat('9', 10000) || ' ngày 1/1/2020 của Bộ Chính trị');
SELECT count(*) AS citations, count(issued) AS dated
FROM gb_citations('Chỉ thị số 5 ngày ' || repeat('1', 10000) || '/' || repeat('2', 10000) || '/' || repeat('3', 10000));
SELECT kind, plenum, term
FROM gb_citations('Nghị quyết Trung ương ' || repeat('4', 10000) || ' khóa ' || repeat('1', 10000));
SELECT length(gb_fold(repeat('9', 10000))) AS fold_len;
-- dates with 99999 as year: no date rather than a wrong one
SELECT kind, number, issued
FROM gb_citations('Quy định số 5 ngày 1/1/99999 của Bộ Chính trị; '
                  'Chỉ thị số 6 ngày 1 tháng 1 năm 99999 của Ban Bí thư');
SELECT published, cardinality(citations) AS citations
FROM gb_extract('Chiều 2/10, hội nghị quán triệt Quy định số 5 của Bộ Chính trị.', '99999-01-01');
SELECT published FROM gb_extract('Sáng 2/10, hội nghị.', 'infinity');
SELECT count(*) FROM gb_citations('Quy định số 5 ngày 2/10 của Bộ Chính trị', '99999-12-31');
-- deeply nested brackets
SELECT kind, number, issuer
FROM gb_citations(repeat('(', 100000) || 'Quy định số 5 của Bộ Chính trị' || repeat(')', 100000));
SELECT count(*) FROM gb_citations(repeat('[{("«', 50000) || 'Chỉ thị' || repeat('»")}]', 50000));
-- combining marks alone: a run of marks on nothing is cut at 32 code points
SELECT length(gb_normalize(repeat(chr(769), 100000))) AS norm_len,
       gb_fold(repeat(chr(769), 100000)) = '' AS fold_empty,
       cardinality(citations) AS citations
FROM gb_extract(repeat(chr(769), 100000));
SELECT length(gb_normalize('a' || repeat(chr(803) || chr(769), 50) || 'b')) AS norm_len;
-- emoji, right-to-left and zero-width characters; spans count code points
SELECT kind, number, issuer, span
FROM gb_citations('😀👨‍👩‍👧🇻🇳 Chỉ thị số 35 ' || chr(128512) || ' của Bộ Chính trị 🙂');
SELECT kind, number, code, span
FROM gb_citations(chr(8207) || chr(8238) || 'مرحبا עברית Nghị' || chr(8203) || ' quyết' || chr(8205)
                  || ' số 18-NQ/TW' || chr(8236) || chr(65279) || ' ngày 25/10/2017');
SELECT gb_normalize('Chỉ' || chr(8203) || chr(8204) || chr(8205) || chr(8206) || chr(8207)
                    || chr(8288) || chr(65279) || ' thị') AS zero_width_dropped;
SELECT count(*) FROM gb_citations(repeat(chr(8203), 100000) || repeat(chr(128512), 100000));
-- every control character, and the C1 range, between the words of a citation
SELECT count(*) AS citations, min(kind) AS kind, min(number) AS number
FROM gb_citations((SELECT string_agg('Quy' || chr(g) || 'định' || chr(g) || 'số' || chr(g) || g, '; ')
                   FROM generate_series(1, 31) g));
SELECT length(gb_normalize((SELECT string_agg(chr(g), '') FROM generate_series(1, 159) g
                            WHERE g < 32 OR g >= 127))) AS norm_len;
-- noncharacters, private use, the last code point
SELECT count(*) FROM gb_citations(chr(65534) || chr(65535) || chr(57344) || chr(1114111)
                                  || ' Quy định số 1 ' || chr(1114110));
-- NFD everywhere: same documents, same normalized text
CREATE TEMP TABLE nfd_sample AS
SELECT 'Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, quán triệt Nghị quyết Trung ương 4 '
       '(khóa XI, XII), Quy định 205-QĐ/TW ngày 23-9-2019 của Bộ Chính trị về kiểm soát '
       'quyền lực và Chỉ thị số 35 ngày 14/6/2024 của Bộ Chính trị; hoá khoẻ uỷ.' AS t;
SELECT gb_normalize(normalize(t, NFD)) = gb_normalize(t) AS same_norm,
       gb_fold(normalize(t, NFD)) = gb_fold(t) AS same_fold,
       length(normalize(t, NFD)) > length(t) AS nfd_longer
FROM nfd_sample;
SELECT (SELECT array_agg(key ORDER BY key) FROM gb_citations(normalize(t, NFD)))
     = (SELECT array_agg(key ORDER BY key) FROM gb_citations(t)) AS same_keys,
       (SELECT count(*) FROM gb_citations(normalize(t, NFD))) AS citations
FROM nfd_sample;
-- spans point at the citation in the NFD text itself
SELECT raw, substr(n, lower(span), upper(span) - lower(span)) = raw AS span_matches
FROM (SELECT normalize(t, NFD) AS n FROM nfd_sample) s, gb_citations(n)
ORDER BY lower(span);
-- one word of 2 MB across chunk boundaries, one line of 3 MB
SELECT length(gb_fold(repeat('á', 1000000))) AS fold_len;
SELECT count(*), sum(mentions)
FROM gb_citations(repeat('Chỉ thị số 35 của Bộ Chính trị, ', 100000));
