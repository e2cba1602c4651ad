--
-- Hard-wrapped text (e-mails, PDF files, some archives): a line end inside
-- a sentence reads as a space, so a report wrapped at a fixed width gives
-- what it gives written a paragraph a line; a headline, list items and
-- blank lines keep their line ends, and web text is left as it is (the
-- core's tests check which line ends are read as spaces)
--
CREATE TEMP TABLE report (body text);
INSERT INTO report VALUES ($$Hội nghị giao ban công tác tổ chức xây dựng Đảng quý III

Sáng 18/10/2024, tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban công tác tổ chức xây dựng Đảng quý III năm 2024. Đồng chí Lê Minh Hưng, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương chủ trì hội nghị. Cùng dự có các đồng chí: Hoàng Đăng Quang, Ủy viên Trung ương Đảng, Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương; Nguyễn Quang Dương, Phó Trưởng Ban Tổ chức Trung ương.

Hội nghị đã đánh giá kết quả thực hiện Quy định số 205-QĐ/TW ngày 23-9-2019 của Bộ Chính trị về việc kiểm soát quyền lực trong công tác cán bộ và chống chạy chức, chạy quyền và Hướng dẫn số 26-HD/BTCTW của Ban Tổ chức Trung ương.
$$);
-- the same text wrapped at 60 characters, as fmt or an e-mail client would
CREATE TEMP TABLE wrapped AS
SELECT regexp_replace(body, '([^\n]{1,60})( |$)', E'\\1\n', 'gn') AS body FROM report;
SELECT body FROM wrapped;

-- what the wrapped text gives, field by field
SELECT r.title, r.meeting_kind, r.held_on, r.time_of_day, r.organizer, r.chairs
FROM wrapped, gb_extract(body) r;
SELECT name, titles, roles FROM wrapped, gb_officials(body);
SELECT kind, code, issued, issuer, term FROM wrapped, gb_citations(body);

-- the same as the text a paragraph a line (positions aside)
SELECT (SELECT array_agg(ROW(name, titles, roles)::text) FROM gb_officials(w.body))
     = (SELECT array_agg(ROW(name, titles, roles)::text) FROM gb_officials(r.body)) AS same_officials,
       (SELECT array_agg(key) FROM gb_citations(w.body))
     = (SELECT array_agg(key) FROM gb_citations(r.body)) AS same_citations,
       (gb_extract(w.body)).organizer IS NOT DISTINCT FROM (gb_extract(r.body)).organizer
   AND (gb_extract(w.body)).held_on IS NOT DISTINCT FROM (gb_extract(r.body)).held_on
   AND (gb_extract(w.body)).title IS NOT DISTINCT FROM (gb_extract(r.body)).title AS same_meeting
FROM wrapped w, report r;

-- CRLF line ends alike
SELECT (SELECT array_agg(ROW(name, titles)::text) FROM gb_officials(replace(w.body, E'\n', E'\r\n')))
     = (SELECT array_agg(ROW(name, titles)::text) FROM gb_officials(r.body)) AS same_with_crlf
FROM wrapped w, report r;


-- decomposed (NFD) letters and no-break spaces between the words: the same
-- text, so the same line widths and the same answer
SELECT (SELECT array_agg(ROW(name, titles, roles)::text) FROM gb_officials(normalize(w.body, NFD)))
     = (SELECT array_agg(ROW(name, titles, roles)::text) FROM gb_officials(r.body)) AS same_nfd,
       (SELECT array_agg(ROW(name, titles, roles)::text) FROM gb_officials(replace(w.body, ' ', U&'\00A0')))
     = (SELECT array_agg(ROW(name, titles, roles)::text) FROM gb_officials(r.body)) AS same_nbsp
FROM wrapped w, report r;
