--
-- giaoban refuses a database that is not UTF8: a clear error, its SQLSTATE
-- and a hint, rather than wrong answers
--
CREATE DATABASE gb_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c gb_latin1
CREATE EXTENSION giaoban;
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS giaoban_objects FROM pg_catalog.pg_type WHERE typname LIKE 'gb\_%';
\c contrib_regression
DROP DATABASE gb_latin1;
--
-- The same report however it is encoded: decomposed letters (NFD), old tone
-- placement ("uỷ", "hoá"), no-break spaces, CRLF line ends, en dashes and
-- curly quotes give the same citations, officials and meeting (the spans
-- and a citation's raw text are positions in and bytes of the text as
-- written, and are left out)
--
CREATE TEMP TABLE enc (body text);
INSERT INTO enc VALUES ($$Hội nghị giao ban công tác tổ chức xây dựng Đảng quý III

Sáng 18/10/2024, tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban công tác tổ chức xây dựng Đảng quý III năm 2024, kết hợp trực tuyến với các tỉnh ủy, thành ủy. Đồng chí Lê Minh Hưng, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương chủ trì hội nghị. Cùng dự có các đồng chí: Hoàng Đăng Quang, Ủy viên Trung ương Đảng, Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương; Nguyễn Thị Thủy, Phó Chủ tịch Hội đồng nhân dân tỉnh Khánh Hòa.

Hội nghị đã đánh giá kết quả thực hiện Quy định số 205-QĐ/TW ngày 23-9-2019 của Bộ Chính trị về việc kiểm soát quyền lực trong công tác cán bộ và chống chạy chức, chạy quyền và Hướng dẫn số 26-HD/BTCTW của Ban Tổ chức Trung ương về "chuyển hóa" công tác đảng viên.
$$);
CREATE TEMP VIEW enc_variant (encoding, body) AS
SELECT 'NFD', normalize(body, NFD) FROM enc
UNION ALL SELECT 'old tone', replace(replace(replace(body, 'ủy', 'uỷ'), 'Ủy', 'Uỷ'), 'óa', 'oá') FROM enc
UNION ALL SELECT 'no-break spaces', replace(body, ' ', U&'\00A0') FROM enc
UNION ALL SELECT 'CRLF', replace(body, E'\n', E'\r\n') FROM enc
UNION ALL SELECT 'en dashes', replace(body, '-', U&'\2013') FROM enc
UNION ALL SELECT 'curly quotes', regexp_replace(body, '"([^"]*)"', U&'\201C' || '\1' || U&'\201D', 'g') FROM enc
UNION ALL SELECT 'all at once', normalize(replace(replace(replace(replace(body, 'ủy', 'uỷ'), ' ', U&'\00A0'), E'\n', E'\r\n'), '-', U&'\2013'), NFD) FROM enc;
-- each variant is another text
SELECT encoding, v.body <> e.body AS differs FROM enc_variant v, enc e;
-- and gives the same answer
SELECT encoding,
       (SELECT array_agg(ROW(key, kind, code, issued, issuer, plenum, term, subject, mentions)::text) FROM gb_citations(v.body))
     = (SELECT array_agg(ROW(key, kind, code, issued, issuer, plenum, term, subject, mentions)::text) FROM gb_citations(e.body)) AS same_citations,
       (SELECT array_agg(ROW(name, name_key, honorific, titles, roles, mentions)::text) FROM gb_officials(v.body))
     = (SELECT array_agg(ROW(name, name_key, honorific, titles, roles, mentions)::text) FROM gb_officials(e.body)) AS same_officials,
       (SELECT ROW(title, meeting_kind, held_on, time_of_day, organizer, period, period_text, online, bridge_points, chairs)::text FROM gb_extract(v.body))
     = (SELECT ROW(title, meeting_kind, held_on, time_of_day, organizer, period, period_text, online, bridge_points, chairs)::text FROM gb_extract(e.body)) AS same_meeting
FROM enc_variant v, enc e;
-- what they all give
SELECT name, titles FROM enc, gb_officials(body);
SELECT code, issued, issuer, term FROM enc, gb_citations(body);
SELECT held_on, time_of_day, organizer, period_text, online FROM enc, gb_extract(body);
