--
-- Looking at a report: every mention, and the text as HTML for review
--
SELECT kind, key, span, raw
FROM gb_mentions('Chiều 2/10, Ban Tổ chức Trung ương tổ chức hội nghị giao ban trực tuyến. '
    'Đồng chí Lê Minh Hưng, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương chủ trì hội nghị. '
    'Dự tại điểm cầu tỉnh Lạng Sơn có đồng chí Giáp Thị Bắc, Trưởng Ban Tổ chức Tỉnh ủy. '
    'Quán triệt Quy định 142 ngày 23/4/2024 của Bộ Chính trị. Kết luận hội nghị, đồng chí '
    'Trưởng Ban Tổ chức Trung ương yêu cầu thực hiện tốt Quy định 142.', '2024-10-03');

-- spans are character positions of the caller's text, NFD included
WITH t(body) AS (VALUES (normalize('Đồng chí Trương Thị Mai phát biểu về Chỉ thị 35 của Bộ Chính trị.', NFD)))
SELECT m.kind, m.key, substr(t.body, lower(m.span), upper(m.span) - lower(m.span)) = m.raw AS substr_matches
FROM t, gb_mentions(t.body) m;

-- the text escaped, unchanged otherwise, each mention marked
SELECT gb_annotate('Sáng 30-9 <b>&</b> "Quy định 205- QĐ/TW" ngày 23-9-2019; ông Nguyễn Văn Ghi - Chủ nhiệm UBKT Tỉnh ủy chủ trì.');
-- removing the marks gives back the escaped text
SELECT regexp_replace(gb_annotate(b), '<mark[^>]*>|</mark>', '', 'g')
       = replace(replace(replace(replace(replace(b, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS text_unchanged
FROM (VALUES ('Quy định 205 <x> của Bộ Chính trị; ''Đồng chí'' Lê Minh Hưng chủ trì.')) v(b);
SELECT gb_annotate(NULL) IS NULL AS null_in, gb_annotate('') = '' AS empty, count(*) AS mentions_of_null FROM gb_mentions(NULL);
