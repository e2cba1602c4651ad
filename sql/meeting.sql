--
-- Meetings and report metadata: what gb_extract() says about the meeting
-- a report is about and about the report itself
--
\pset null '∅'
SET datestyle TO iso, ymd;

-- 1. the meeting's date and time of day, in every spelling; a year that is
--    not written comes from the text or from "published" (date_inferred)
SELECT left(body, 34) AS lead, pub, held_on, date_inferred, time_of_day
FROM (VALUES
    ('Chiều 2/10, Ban Tổ chức Trung ương tổ chức hội nghị giao ban quý III, triển khai nhiệm vụ quý IV năm 2024.', NULL::date),
    ('Sáng 30-9, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban.', '2019-10-01'),
    ('Chiều ngày 30 tháng 9 năm 2021, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban.', NULL),
    ('Chiều ngày 28/10/2019, Thường trực Tỉnh ủy tổ chức Hội nghị.', NULL),
    ('Tại Hội nghị giao ban 6 tháng đầu năm 2021 hôm 28/6, Trưởng Ban phát biểu.', NULL),
    ('Ngày 14/3, Ban Tổ chức Trung ương tổ chức Hội nghị quán triệt.', '2022-03-15'),
    ('Sáng nay (5/1), Ban Tổ chức Trung ương tổ chức hội nghị tổng kết.', '2024-01-05'),
    ('Tiếp tục chương trình làm việc, chiều nay (17/10), Đại hội tiến hành bầu cử.', '2020-10-17'),
    ('Sáng nay, Huyện ủy tổ chức hội nghị giao ban.', '2023-05-04'),
    ('Sáng 28.5, HĐND tỉnh khai mạc kỳ họp thứ 12.', '2024-05-28'),
    ('Hội nghị do Bí thư Tỉnh ủy chủ trì được tổ chức vào sáng 23/6 tại hội trường.', '2015-06-24'),
    ('Tối 12/3, Thành ủy tổ chức hội nghị.', '2021-03-13')
) AS v(body, pub), gb_extract(body, pub);

-- ... with a weekday, and "hôm qua"
SELECT held_on, date_inferred, time_of_day
FROM (VALUES
    ('Sáng thứ Hai (2/10), Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban.'),
    ('Chiều thứ 5, 26/9, Huyện ủy tổ chức hội nghị.'),
    ('Hôm qua (1/10), Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban.')
) AS v(body), gb_extract(body, '2024-10-03');

-- ... in early January, "30/12" is last year's
SELECT held_on, date_inferred
FROM gb_extract('Sáng 30/12, Ban Tổ chức Trung ương tổ chức Hội nghị toàn quốc tổng kết công tác.', '2024-01-03');

-- ... the year from a period, from a publication line, from a crawl tag
SELECT held_on, date_inferred FROM gb_extract('Sáng 22-9, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị giao ban quý III/2022.');
SELECT held_on, date_inferred FROM gb_extract('Sáng 8/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý 4 năm 2019.');
SELECT held_on, date_inferred FROM gb_extract('Sáng 5/1, Thành ủy tổ chức hội nghị tổng kết công tác năm 2019.');
SELECT held_on, date_inferred
FROM gb_extract('Chiều 2/10, Ban Tổ chức Trung ương tổ chức hội nghị giao ban quý III, '
    'triển khai nhiệm vụ quý IV năm 2024.', '2026-03-01');
SELECT published, held_on, date_inferred
FROM gb_extract(E'Tham mưu tốt cho công tác chuẩn bị Đại hội Đảng các cấp\n\n'
    'Cập nhật lúc 18:55, Thứ Hai, 30/09/2019 (GMT+7)\n\n'
    '(ĐN)- Chiều 30-9, đồng chí Trưởng ban chủ trì Hội nghị giao ban trực tuyến.');
SELECT published, held_on, date_inferred
FROM gb_extract(E'date 2022-09 Sáng 27/9, Ủy ban Thường vụ Quốc hội tổ chức Hội nghị trực tuyến.');

-- ... never the date of a document the meeting discusses
SELECT held_on, date_inferred
FROM gb_extract('Ngày 14/3, Ban Tổ chức Trung ương tổ chức Hội nghị quán triệt Quy định số 58, '
    'ngày 8-2-2022 của Bộ Chính trị.');
SELECT held_on FROM gb_extract('Hội nghị quán triệt Quyết định số 147 Ngày 14/5/2024 của Ban Bí thư.');

-- ... and no meeting at all: a document issued on a date
SELECT held_on, meeting_kind, online
FROM gb_extract('Ngày 26/4, Bộ Nội vụ ban hành Công văn số 1814/BNV-TCBC về chế độ, chính sách.');

-- 2. the period reviewed, as a daterange, and as written; not the one planned
SELECT period_text, period
FROM (VALUES
    ('Chiều 2/10, Ban Tổ chức Trung ương tổ chức hội nghị giao ban quý III, triển khai nhiệm vụ quý IV năm 2024.'),
    ('Sáng 8/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý 4 năm 2019.'),
    ('Sáng 22-9, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị giao ban quý III/2022.'),
    ('Sáng 4-4-2022, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị đánh giá kết quả quý I-2022 và nhiệm vụ trọng tâm quý II-2022.'),
    ('Chiều 30-9, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban về công tác 9 tháng đầu năm 2019.'),
    ('Hội nghị giao ban đánh giá 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2021 hôm 28/6.'),
    ('Chiều 20/12, Đảng ủy xã tổ chức hội nghị đánh giá kết quả 6 tháng cuối năm 2022.'),
    ('Chiều ngày 28/10/2019, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban tháng 10/2019.'),
    ('Chiều ngày 12/6, Đảng ủy xã tổ chức hội nghị đánh giá nhiệm vụ tháng 05 năm 2023.'),
    ('Sáng 5/11, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban đánh giá công tác 9 tháng năm 2024.'),
    ('Sáng 29/12, Ban Tổ chức Trung ương tổ chức Hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023.'),
    ('Sáng 5/10, Huyện ủy tổ chức hội nghị triển khai nhiệm vụ quý IV năm 2024.')
) AS v(body), gb_extract(body);

-- 3. kind, organizer, scope, online
SELECT meeting_kind, organizer, scope, online
FROM (VALUES
    ('Chiều 2/10, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến quán triệt văn bản mới, giao ban công tác quý III.'),
    ('Chiều ngày 28/10/2019, Thường trực Tỉnh ủy An Giang đã phối hợp với Ban Tổ chức Trung ương tổ chức Hội nghị Giao ban trực tuyến toàn quốc.'),
    ('Tại Hội nghị giao ban trực tuyến các tỉnh, thành phố khu vực miền Bắc hôm 28/6, Trưởng Ban phát biểu.'),
    ('Chiều 30-9, đồng chí Trưởng ban chủ trì Hội nghị giao ban trực tuyến với 63 tỉnh, thành phố cả nước.'),
    ('Ngày 4/12, tại Hà Nội, Bộ Chính trị, Ban Bí thư Trung ương Đảng tổ chức Hội nghị toàn quốc quán triệt Nghị quyết.'),
    ('Sáng 24/02, UBND tỉnh tổ chức phiên họp thường kỳ tháng 02/2022.'),
    ('Sáng 28.5, HĐND tỉnh khai mạc kỳ họp thứ 12.'),
    ('Trong hai ngày 21- 22/4, Ủy ban Kiểm tra Trung ương khóa 12, họp kỳ thứ 2 và 3.'),
    ('Sáng 7/3, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết; Đại hội Đại biểu toàn quốc lần thứ XIV sắp tới.'),
    ('Sáng 2/10, Hội nghị giao ban quý III do Ban Tổ chức Tỉnh ủy Lạng Sơn tổ chức.'),
    ('Chiều 30-9, đồng chí Phạm Minh Chính, Trưởng ban Tổ chức Trung ương chủ trì Hội nghị giao ban.'),
    ('Chiều 30-9, đồng chí Phó Trưởng ban Tổ chức Trung ương chủ trì Hội nghị giao ban.')
) AS v(body), gb_extract(body);

-- ... the organizer named by a kicker line
SELECT title, organizer
FROM gb_extract(E'Hội nghị giao ban trực tuyến Ban Tổ chức Trung ương:\n\n'
    'Tham mưu tốt cho công tác chuẩn bị Đại hội Đảng các cấp\n\n'
    'Chiều 30-9, đồng chí Trưởng ban chủ trì Hội nghị giao ban trực tuyến.');

-- 4. bridge points: each one named, not the generic "các điểm cầu"
SELECT bridge_points
FROM gb_extract('Chiều 2/10, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến. '
    'Hội nghị được kết nối đến các điểm cầu các tỉnh, thành phố trên toàn quốc. '
    'Dự hội nghị tại điểm cầu tỉnh Lạng Sơn có lãnh đạo tỉnh. '
    'Tại điểm cầu Ban Tổ chức Trung ương có các đồng chí lãnh đạo. '
    'Các đại biểu dự hội nghị tại điểm cầu Đồng Nai. Phát biểu tại điểm cầu tỉnh Lạng Sơn, '
    'đồng chí Phó Bí thư đồng tình. Tại điểm cầu trực tuyến Tỉnh ủy An Giang, tham dự có lãnh đạo tỉnh. '
    'Hội nghị trực tuyến đến hơn 16.240 điểm cầu trên toàn quốc và 219 điểm cầu cấp huyện.');
SELECT online, bridge_points
FROM gb_extract('Sáng 7/3, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị mở rộng tại hội trường Tỉnh ủy.');
SELECT online, bridge_points
FROM gb_extract('Ngày 4/12, Bộ Chính trị tổ chức Hội nghị toàn quốc, trực tiếp tại điểm cầu chính tại '
    'Hội trường Diên Hồng và trực tuyến; dự tại điểm cầu hội trường Bông Sen có lãnh đạo tỉnh.');

-- 5. chairs: the officials whose role is "chủ trì" (none are found yet in
--    this branch: officials come from the officials extractor)
SELECT chairs
FROM gb_extract('Chiều 2/10, Ban Tổ chức Trung ương tổ chức hội nghị. Đồng chí Lê Minh Hưng, '
    'Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương chủ trì hội nghị.');

-- 6. headline, outlet tag, byline, publication date; web debris in no field
SELECT title, source, author, published
FROM gb_extract(E'Chào mừng bạn đến với Cổng thông tin điện tử Tỉnh An Giang\n'
    'cổng thông tin điện tử tỉnh an giang\n\n'
    'Hội nghị Giao ban trực tuyến toàn quốc về công tác Tổ chức xây dựng Đảng tháng 10/2019\n\n'
    'Ngày đăng: 29/10/2019\n\n'
    'Xem với cở chữ : A- A A+\n'
    '(Cổng TTĐT AG)- Chiều ngày 28/10/2019, Ban Tổ chức Trung ương tổ chức Hội nghị Giao ban trực tuyến.\n'
    'Responsive image\n \n'
    'Hội nghị cũng thảo luận một số nội dung về nhân sự.\n\n'
    'Responsive image\n\n'
    'Hữu Trực');
SELECT title, source, author, published
FROM gb_extract(E'Hội nghị giao ban trực tuyến Ban Tổ chức Trung ương:\n\n'
    'Tham mưu tốt cho công tác chuẩn bị Đại hội Đảng các cấp\n\n'
    'Cập nhật lúc 18:55, Thứ Hai, 30/09/2019 (GMT+7)\n\n'
    '(ĐN)- Chiều 30-9, đồng chí Trưởng ban chủ trì Hội nghị giao ban trực tuyến.\n\n'
    'Nguyệt Hà\n\n.\n.\n;\n.\n');
SELECT title, source, author, published
FROM gb_extract(E'CHÀO MỪNG ĐẾN VỚI TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH BÌNH ĐỊNH\n\n'
    'Chính trị\nHội nghị Tỉnh ủy (phiên bất thường)\nThứ ba 07/03/2023 10:20\n\n'
    'Sáng ngày 07/3, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh mở rộng.\n\n'
    'Ý kiến ()');
SELECT title, source, author, published
FROM gb_extract(E'Lấy phiếu giới thiệu nhân sự Ban Chấp hành Trung ương Đảng khóa XII (Vòng I)\n\n'
    '24/06/2015 07:57\n\n'
    'Hội nghị do đồng chí Bí thư Tỉnh ủy chủ trì được tổ chức vào sáng 23/6.\n\n'
    'Mai Trâm');
SELECT source, author
FROM (VALUES
    (E'ĐTO - Ngày 4/12, tại Hà Nội, Bộ Chính trị tổ chức Hội nghị toàn quốc.\n\nBAN BIÊN TẬP (nvb)'),
    (E'BDK.VN - Sáng 4-4-2022, Ban Thường vụ Tỉnh ủy đã tổ chức Hội nghị Tỉnh ủy lần thứ 8.\n\nTin, ảnh: CHÂU AN'),
    (E'(Thanhuytphcm.vn) - Chiều 14/9, Bí thư Thành ủy chủ trì Hội nghị lần thứ 8.\n\nVũ Nguyệt – Nhật Quang'),
    (E'(VOH) - Nghị quyết Trung ương 4 ra đời đã nhận được sự đồng thuận cao.\n\nHồ Nhi'),
    (E'CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17.\n\nToàn cảnh hội nghị')
) AS v(body), gb_extract(body);

-- ... breadcrumbs, photo captions and category lines are not the headline
SELECT title, published
FROM gb_extract(E'Trang chủ > Tin tức > Chính trị\n'
    'Đảng - đoàn thể\n'
    'Ảnh: Toàn cảnh hội nghị giao ban tại điểm cầu tỉnh\n'
    'Ban Tổ chức Trung ương sơ kết công tác 6 tháng đầu năm\n'
    'Thứ Hai, 17/07/2023 - 10:30\n'
    'Sáng 15/7, Ban Tổ chức Trung ương tổ chức Hội nghị sơ kết.');

-- ... a lead with no headline before it has no title; the argument wins
SELECT title, published
FROM gb_extract(E'Chiều ngày 30 tháng 9 năm 2021, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban.\n\n'
    'Ngày đăng: 01/10/2021', '2021-10-02');

-- ... text without line breaks is no headline, however it ends
SELECT title, cardinality(citations) AS citations
FROM gb_extract(repeat('Hội nghị quán triệt Quy định số 205-QĐ/TW của Bộ Chính trị, ', 12));

-- ... without a dated lead, no time of day from a word that opened none
SELECT meeting_kind, held_on, time_of_day
FROM gb_extract(E'Hội nghị tổng kết công tác năm 2023 của tỉnh Lạng Sơn\n\n'
    'Các đại biểu đã thảo luận nhiều vấn đề quan trọng từ sáng');
