--
-- Officials: what gb_officials() recognizes
--
\pset null '∅'
CREATE FUNCTION offs(body text)
RETURNS TABLE (name text, honorific text, titles text[], roles text[], mentions int)
LANGUAGE sql AS $$
    SELECT name, honorific, titles, roles, mentions FROM gb_officials(body)
$$;

-- 1. names after "đồng chí", "Đồng chí", "ông", "bà"; a "các đồng chí:" list
--    of bare names, each followed by its titles
SELECT * FROM offs('Đồng chí Lê Minh Hưng, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương '
    'chủ trì hội nghị. Ông Nguyễn Văn Ghi - Chủ nhiệm UBKT Tỉnh ủy dự. '
    'Bà Nguyễn Thị Lệ, Phó Bí thư Thành ủy phát biểu.');
SELECT * FROM offs('Đồng chủ trì hội nghị tại điểm cầu Đồng Nai, có các đồng chí: Nguyễn Phú Cường, '
    'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Phạm Văn Ru, Ủy viên Ban TVTU, '
    'Trưởng ban Tổ chức Tỉnh ủy.');

-- 2. titles after the name, after a comma, a hyphen or a dash; they end where
--    the sentence goes on, at ";" or at the next person
SELECT * FROM offs('Tham dự có đồng chí Ngô Hồng Yến – Trưởng Ban Tổ chức Tỉnh ủy, Giám đốc Sở Nội vụ '
    'An Giang cùng lãnh đạo các sở, ban, ngành tỉnh.');
SELECT * FROM offs('Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương; '
    'đồng chí Mai Văn Chính, Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương dự và chủ trì Hội nghị.');
SELECT * FROM offs('Đồng chí Vũ Huy Cường- Bí thư Đảng ủy đã quán triệt các văn bản. '
    'Ông Trần Quốc Vượng - Ủy viên Bộ Chính trị - Chủ nhiệm Ủy ban Kiểm tra Trung ương phát biểu.');

SELECT * FROM offs('Đồng chí Nguyễn Văn An (Bí thư Tỉnh ủy) và ông Lê Văn Bình Phó Chủ tịch UBND tỉnh dự.');

-- 3. titles before the name, one or several, and shared by a list of names
SELECT * FROM offs('Trưởng Ban Tổ chức Trung ương Trương Thị Mai đề nghị các tỉnh tham mưu.');
SELECT * FROM offs('Phát biểu kết luận, Đồng chí Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương – '
    'Phạm Minh Chính nhấn mạnh nhiệm vụ.');
SELECT * FROM offs('Đồng chí Võ Văn Thưởng dự. Thường trực Ban Bí thư Võ Văn Thưởng phát biểu.');
SELECT * FROM offs('Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng, Phó Chủ tịch Quốc hội: '
    'Thượng tướng Trần Quang Phương, Nguyễn Đắc Định đồng chủ trì tại Hội trường Diên Hồng.');
SELECT * FROM offs('Cùng dự có Chủ tịch nước Lương Cường, Thủ tướng Chính phủ Phạm Minh Chính, '
    'Chủ tịch Quốc hội Trần Thanh Mẫn.');
SELECT * FROM offs('Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Thành Tâm và các Phó Chủ tịch HĐND tỉnh '
    'Nguyễn Đài Thy, Nguyễn Thanh Phong đồng chủ trì.');

-- 4. names of two to five syllables, rare surnames; a place inside a title
SELECT * FROM offs('Đồng chí Giáp Thị Bắc, Trưởng Ban Tổ chức Tỉnh ủy; đồng chí Huỳnh Thị Thanh Loan, '
    'Ủy viên Ban Thường vụ Tỉnh ủy; Tổng Bí thư Tô Lâm; đồng chí Y Thanh Hà Niê Kđăm, '
    'Phó Chủ tịch Quốc hội; Phó Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu Nguyễn Văn Thọ dự.');

-- ... but provinces, bodies, places, bylines and photo credits are no officials
SELECT * FROM offs('Tại Hội nghị có ý kiến của Thành phố Hà Nội, Quảng Bình, An Giang, Bắc Giang, '
    'Hậu Giang; Bộ Nội vụ, Văn phòng Trung ương, Ủy ban Kiểm tra Trung ương dự. '
    'Tư tưởng Hồ Chí Minh. Bí thư Huyện ủy Cao Phong chủ trì. Bí thư Đoàn Thanh niên phát biểu.');
SELECT * FROM offs(E'Các đại biểu dự hội nghị tại điểm cầu Đồng Nai\nẢnh: Hữu Hiệp\n' ||
    E'Tin, ảnh: CHÂU AN\nVũ Nguyệt – Nhật Quang\nNguyệt Hà\nBAN BIÊN TẬP (nvb)\nHồ Nhi');
SELECT * FROM offs('Đại diện CLB hưu trí Lương Khánh Thiện, đường Lê Lợi và các đồng chí lãnh đạo '
    'các sở dự. Các đồng chí Ủy viên, nguyên Ủy viên Bộ Chính trị dự.');

-- 5. coreference: full name, honorific and name or given name, title alone;
--    titles merged once ("Trưởng ban" and "Trưởng Ban" are one title)
SELECT * FROM offs('Trưởng Ban Tổ chức Trung ương Trương Thị Mai cho biết. Bà Trương Thị Mai đề nghị. '
    'Bà Mai nhấn mạnh.');
SELECT * FROM offs('Đồng chí Lê Minh Hưng, Trưởng ban Tổ chức Trung ương chủ trì hội nghị. Dự tại điểm cầu '
    'tỉnh Lạng Sơn có đồng chí Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh ủy. Kết luận hội nghị, '
    'đồng chí Trưởng Ban Tổ chức Trung ương đề nghị. Phát biểu tại điểm cầu, đồng chí Phó Bí thư '
    'Thường trực Tỉnh ủy đồng tình.');
SELECT * FROM offs('Đồng chí Phạm Minh Chính - Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương Đảng dự. '
    'Đồng chí Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương – Phạm Minh Chính kết luận.');

-- 6. roles from the sentence; a chair at one bridge point is "đồng chủ trì"
SELECT * FROM offs('Chủ trì Hội nghị có các đồng chí: Hồ Quốc Dũng - Bí thư Tỉnh ủy; '
    'Lê Kim Toàn - Phó Bí thư Thường trực Tỉnh ủy. Hội nghị do đồng chí Nguyễn Văn Hùng – '
    'Chủ tịch HĐND tỉnh chủ trì.');
SELECT * FROM offs('Tại điểm cầu tỉnh Cà Mau, đồng chí Phạm Thành Ngại, Phó Bí thư Thường trực Tỉnh ủy '
    'dự và chủ trì Hội nghị. Đồng chí Thái Thị An Chung - Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh '
    'chủ trì tại điểm cầu Đoàn ĐBQH tỉnh Nghệ An. Đồng chí Trương Thị Mai đồng chủ trì Hội nghị.');
SELECT * FROM offs('Đồng chí Mai Văn Chính thay mặt lãnh đạo Ban phát biểu khai mạc Hội nghị. '
    'Tổng Bí thư Tô Lâm dự và chỉ đạo hội nghị. Đồng chí Võ Văn Thưởng tham dự và có bài phát biểu. '
    'Phát biểu kết luận, đồng chí Nguyễn Tiến Minh nhấn mạnh. Đồng chí Hồ Văn Vinh chủ trì hội nghị; '
    'tham dự có lãnh đạo các ban.');

SELECT * FROM offs('Đồng chí Nguyễn Văn An cho biết Sở Nội vụ là cơ quan chủ trì, phối hợp. '
    'Đồng chí Lê Văn Bình điều hành hội nghị. Tại Hội nghị có 07 ý kiến phát biểu.');

-- 7. abbreviated titles stay as written; name_key is gb_fold(name)
SELECT name, name_key, name_key = gb_fold(name) AS is_fold, titles
FROM gb_officials('Đồng chí Trần Văn Khuê – TUV, Bí thư Quận ủy; đồng chí Cao Thị Tuyết Lan, '
    'Ủy viên BTV Tỉnh ủy, Chủ tịch HĐND huyện, Chủ tịch UBND huyện dự.');

-- 8. NFD input and old tone placement give the same officials; headings in capitals
SELECT a.name, a.titles, a.titles = b.titles AND a.roles = b.roles AND a.mentions = b.mentions AS same
FROM gb_officials('Đồng chí Nguyễn Thị Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì.') a
JOIN gb_officials(normalize('Đồng chí Nguyễn Thị Thuỷ, Uỷ viên Ban Thường vụ Tỉnh uỷ, Trưởng Ban Tổ chức Tỉnh uỷ chủ trì.', NFD)) b
USING (name_key);
SELECT * FROM offs('ĐỒNG CHÍ NGUYỄN VĂN AN, BÍ THƯ TỈNH ỦY PHÁT BIỂU CHỈ ĐẠO HỘI NGHỊ');

-- spans are character positions of the first mention in the caller's text
SELECT name, span, substr(body, lower(span), upper(span) - lower(span)) AS at_span
FROM (VALUES ('Ảnh: “Tổng kết” – đồng chí Đỗ Văn Chiến phát biểu; bà Đỗ Văn Chiến.'),
             (normalize('Đồng chí Lê Minh Hưng chủ trì.', NFD))) AS t(body),
     gb_officials(body);

-- the officials of gb_extract, in order of first mention; NULL and empty input
SELECT o.name, o.roles
FROM unnest((gb_extract('Đồng chí Phạm Minh Chính chủ trì. Cùng dự có đồng chí Ngô Hồng Yến.')).officials) AS o;
SELECT count(*) FROM gb_officials(NULL);
SELECT count(*) FROM gb_officials('');
SELECT count(*) FROM gb_officials(repeat('đồng chí A, ', 10000));
SELECT name, mentions FROM gb_officials(repeat('đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy; ', 10000));

-- joining a table of one's own officials on name_key
CREATE TABLE my_officials (name_key text PRIMARY KEY, person_id int);
INSERT INTO my_officials VALUES (gb_fold('Trương Thị Mai'), 1), (gb_fold('Phạm Minh Chính'), 2);
SELECT m.person_id, o.name, o.titles, o.roles
FROM gb_officials('Đồng chí TRƯƠNG THỊ MAI dự. Bà Truong Thi Mai phát biểu.') AS o
JOIN my_officials AS m USING (name_key);
DROP TABLE my_officials;
DROP FUNCTION offs(text);
