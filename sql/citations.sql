--
-- Regulation citations: what gb_citations() recognizes
--
\pset null '∅'
SET datestyle TO iso, ymd;
CREATE FUNCTION cites(body text, published date DEFAULT NULL)
RETURNS TABLE (kind text, number text, code text, issued date, issuer text,
               plenum int, term text, mentions int)
LANGUAGE sql AS $$
    SELECT kind, number, code, issued, issuer, plenum, term, mentions
    FROM gb_citations(body, published)
$$;

-- 1. every document type, any case, with or without "số" / "số:"
SELECT * FROM cites('Căn cứ Quy định 1, Quyết định số 2, Chỉ thị số: 3, NGHỊ QUYẾT SỐ 4, '
    'kết luận số 5, Hướng dẫn 6, Thông báo số 7, Thông tri 8, Quy chế số 9, Kế hoạch 10, '
    'Nghị định số 11, Thông tư 12, Luật số 13, Pháp lệnh số 14, Công văn số 15, Đề án số 16, '
    'Chương trình hành động số 17.');

-- 2. numbers and codes, canonical: no stray spaces, Đ not D, TTg
SELECT * FROM cites('Chỉ thị 05 và Chỉ thị số 35-CT/TW; Quy định 205- QĐ/TW; '
    'Hướng dẫn 26-HD/BTCTW; Kết luận số 01-KL/TW; Nghị định số 29/2024/NĐ-CP; '
    'Luật số 80/2015/QH13; Thông tư số 01/2021/TT-BNV; Kết luận số 100 - KL/TW; '
    'Quy định số 97-QD/TW; Quyết định số 161/2003/QĐ-TTG.');

-- 3. issue dates in every spelling; an impossible date gives NULL
SELECT * FROM cites('Quy định 142 ngày 23/4/2024 của Bộ Chính trị; Hướng dẫn 21-HD/BTCTW, ngày 18/10/2019; '
    'Quy định 205-QĐ/TW ngày 23-9-2019; Quy định số 58 ngày 8 tháng 2 năm 2022; '
    'Nghị định số 45/2003/NĐ-CP ngày 09 tháng 5 năm 2003; Chỉ thị số 9 ngày 31/2/2024 của Bộ Chính trị.');

-- 4. issuers after "của", canonical; and from a code suffix naming one body
SELECT * FROM cites('Quy định 1 của Bộ Chính trị; Quy định 2 của Ban Bí thư Trung ương Đảng; '
    'Nghị quyết 3 của BCH TW; Nghị quyết số 4 của Ban Chấp hành Trung ương Đảng khóa IX; '
    'Hướng dẫn 5 của Ban Tổ chức Trung ương; Quy định 6 của Ủy ban Kiểm tra Trung ương; '
    'Nghị định 7 của Chính phủ; Quyết định 8 của Thủ tướng Chính phủ; Luật 9 của Quốc hội; '
    'Chỉ thị 10 của Ban Thường vụ Tỉnh ủy Yên Bái; Kế hoạch số 11 của UBND xã Tế Lợi về việc lấy ý kiến; '
    'Hướng dẫn 26-HD/BTCTW; Nghị quyết 128/NQ-CP; Công văn số 1814/BNV-TCBC.');

-- ... and before "ban hành", with the date that opens the sentence
SELECT * FROM cites('Ngày 14/4/2025, Tổng Bí thư thay mặt Bộ Chính trị ký ban hành Chỉ thị số 45-CT/TW '
    '(Chỉ thị số 45) về đại hội. Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17.');

-- 5. plenum and congress resolutions
SELECT * FROM cites('Nghị quyết Trung ương 4 khóa XII; Nghị quyết Trung ương 4 (khóa XI, XII); '
    'Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII; '
    'Nghị quyết Hội nghị Trung ương 6 khoá 12; Kết luận Hội nghị Trung ương 4 khóa XIII; '
    'Nghị quyết Đại hội XIII của Đảng; Nghị quyết TW4 khóa 11; '
    'Nghị quyết Hội nghị lần thứ tám Ban Chấp hành (BCH) Trung ương Đảng khóa XIII.');

-- 6. lists share the type, and an issuer written once at the end
SELECT * FROM cites('Nổi bật là tổng kết Chỉ thị 36 và ban hành Chỉ thị 35 của Bộ Chính trị.');
SELECT * FROM cites('Thực hiện các Quy định số 142, 148 của Bộ Chính trị.');
SELECT * FROM cites('Hướng dẫn Nghị định số 29/2024/NĐ-CP và 30/2024/NĐ-CP của Chính phủ; '
    'Thông tư số 05/2017/TT-BNV sửa đổi Thông tư 11/2014/TT-BNV và 13/2010/TT-BNV.');
SELECT * FROM cites('gồm: Quy định 142 ngày 23/4/2024 của Bộ Chính trị về thí điểm; '
    'Quy định số 148 ngày 23/5/2024 của Bộ Chính trị về thẩm quyền; '
    'Quyết định số 147 ngày 14/5/2024 của Ban Bí thư về ban hành Quy chế làm việc mẫu; '
    'Hướng dẫn số 27 ngày 26/8/2024 của Ban Tổ chức Trung ương về một số nội dung '
    'Chỉ thị số 35 ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp.');

-- 7. short forms are the same document: counted, attributes merged, first span kept
SELECT kind, number, code, issued, issuer, term, mentions, span, raw
FROM gb_citations('Quán triệt Hướng dẫn 26-HD/BTCTW, ngày 18/10/2019 của Ban Tổ chức Trung ương '
    'hướng dẫn Chỉ thị số 35-CT/TW của Bộ Chính trị. Theo hướng dẫn 26-HD/BTCTW, quán triệt '
    'Chỉ thị 35 của Bộ Chính trị. Triển khai Chỉ thị 35-CT/TW ngày 30/5/2019.');
-- a short form goes to the latest document it fits; a different date is another document
SELECT kind, number, issued, term, key, mentions
FROM gb_citations('Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị đã được thay bằng '
    'Chỉ thị số 35 ngày 14/6/2024 của Bộ Chính trị. Chỉ thị 35 yêu cầu ...');

-- 8. subject: the "về" clause or a quoted title, ended at the right place
SELECT number, subject FROM gb_citations(
    'Quy định 142 ngày 23/4/2024 của Bộ Chính trị về thí điểm giao quyền cho người đứng đầu; '
    'Quy định số 58, ngày 8-2-2022 của Bộ Chính trị về “Một số vấn đề bảo vệ chính trị nội bộ Đảng” và '
    'Hướng dẫn số 27 của Ban Tổ chức Trung ương về một số nội dung Chỉ thị số 35 của Bộ Chính trị. '
    'Kết luận số 100-KL/TW của Ban Bí thư “về việc đổi mới công tác dư luận xã hội”.');

-- 9. term as written, else from the issue date (Party congresses close
--    28/1/2016, 1/2/2021, 23/1/2026); State documents get none
SELECT * FROM cites('Kết luận số 100-KL/TW ngày 18/8/2014; Chỉ thị số 05-CT/TW ngày 15-5-2016; '
    'Kế hoạch số 25-KH/TU ngày 30/11/2016; Nghị quyết số 28-NQ/TW ngày 17/11/2022 của '
    'Ban Chấp hành Trung ương khóa XIII; Quy định số 1 ngày 27/1/2016; Quy định số 2 ngày 1/2/2021; '
    'Quy định số 3 ngày 24/1/2026; Nghị định số 42/2022/NĐ-CP, ngày 24/6/2022 của Chính phủ.');
-- keys tell Chỉ thị 35 of 2019 from Chỉ thị 35 of 2024
SELECT key FROM gb_citations('Chỉ thị số 35-CT/TW ngày 30/5/2019 và Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị.');
-- a numbered resolution named with its plenum, then by its number alone, is
-- one document; resolutions of one plenum keep their numbers apart
SELECT key, code, plenum, term, mentions FROM gb_citations(
    'Quán triệt Nghị quyết số 18-NQ/TW Hội nghị Trung ương 6 khóa XII về đổi mới. '
    'Tỉnh ủy yêu cầu thực hiện tốt Nghị quyết số 18-NQ/TW.');
SELECT key, code, plenum, term FROM gb_citations(
    'Nghị quyết số 19-NQ/TW Hội nghị Trung ương 6 khóa XII; Nghị quyết số 20-NQ/TW '
    'Hội nghị Trung ương 6 khóa XII; Nghị quyết Trung ương 4 khóa XII.');

-- the published argument completes an issue date written without its year
SELECT * FROM cites('Ngày 26/4, Bộ Nội vụ ban hành Công văn số 1814/BNV-TCBC.', '2025-05-02');
SELECT * FROM cites('Ngày 26/4, Bộ Nội vụ ban hành Công văn số 1814/BNV-TCBC.');

-- gb_extract carries the same rows in its citations field
SELECT (c).kind, (c).number, (c).key
FROM (SELECT unnest((gb_extract('Quy định 205- QĐ/TW ngày 23-9-2019 của Bộ Chính trị.')).citations) AS c) s;

-- 11. span and raw are character positions in the caller's text, after NFD,
--     non-breaking spaces and emoji earlier in the text
WITH t(body) AS (VALUES
    (normalize('Đồng chí Trưởng Ban Tổ chức Trung ương nhấn mạnh ', NFD) || chr(160) || chr(128512)
     || ' thực hiện Quy định 205- QĐ/TW ngày 23-9-2019 và Chỉ thị 35 của Bộ Chính trị.'))
SELECT c.raw, c.span,
       substr(t.body, lower(c.span), upper(c.span) - lower(c.span)) = c.raw AS substr_matches
FROM t, gb_citations(t.body) c;
WITH t(body) AS (VALUES (normalize('Thực hiện Nghị quyết Trung ương 4 (khóa XI, XII) và Hướng dẫn 26-HD/BTCTW.', NFD)))
SELECT c.span, substr(t.body, lower(c.span), upper(c.span) - lower(c.span)) = c.raw AS substr_matches
FROM t, gb_citations(t.body) c;
-- the same answer for NFC, NFD and old tone placement
SELECT a.key = b.key AND a.issuer = b.issuer AND a.subject = b.subject AS same
FROM gb_citations('Quy định 205 của Bộ Chính trị về kiểm soát quyền lực; Ủy ban hóa') a,
     gb_citations(normalize('Quy định 205 của Bộ Chính trị về kiểm soát quyền lực; Uỷ ban hoá', NFD)) b;

-- 12. spans are ranges like any int4range PostgreSQL builds: the same image
--     byte for byte (*=), hash and comparisons (gb_extract writes them
--     without make_range())
SELECT c.span, c.span = int4range(lower(c.span), upper(c.span)) AS equal,
       (SELECT a FROM (SELECT c.span) a) *=
         (SELECT b FROM (SELECT int4range(lower(c.span), upper(c.span))) b) AS same_image,
       hash_range(c.span) = hash_range(int4range(lower(c.span), upper(c.span))) AS same_hash,
       c.span @> lower(c.span) AND NOT c.span @> upper(c.span) AS half_open
FROM gb_citations('Quy định 205-QĐ/TW và Hướng dẫn 26-HD/BTCTW.') c;
SELECT o.span, o.span = int4range(lower(o.span), upper(o.span)) AS equal,
       o.span::text::int4range = o.span AS round_trip
FROM gb_officials('Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy chủ trì hội nghị.') o;
SELECT (r.c).span = int4range(lower((r.c).span), upper((r.c).span)) AS equal
FROM (SELECT unnest((gb_extract('Thực hiện Quy định 205-QĐ/TW.')).citations) AS c) r;

DROP FUNCTION cites(text, date);
