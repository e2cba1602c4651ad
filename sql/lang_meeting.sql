--
-- Meeting facts in the shapes reporters write them: bridge points named
-- by a common noun, a date after the meeting's name, an organizer after
-- a place, a congress only mentioned
--
\pset null '∅'
SET datestyle TO iso, ymd;

-- G4: after "điểm cầu (chính | cấp tỉnh)? (tại | ở | -)?" the whole name,
--     also when its first word is a common noun; T.Ư and TW are Trung ương
SELECT online, bridge_points
FROM gb_extract($$Tin hoạt động
Sáng 14/9/2022, Ban Dân vận Tỉnh ủy tổ chức hội nghị trực tuyến từ điểm cầu T.Ư tại Hội trường Tỉnh ủy. Thượng tá Phan Văn Đức chủ trì tại điểm cầu Tổng cục Kỹ thuật. Tại điểm cầu TW có 40 đại biểu.$$);

-- G4: "chính ở", "cấp tỉnh -", "trụ sở Bộ ..."; "điểm cầu cấp huyện, cấp xã" names none
SELECT bridge_points
FROM gb_extract($$Tin hoạt động
Sáng 2/3/2021, Ban Bí thư tổ chức hội nghị trực tuyến. Dự tại điểm cầu chính ở Phòng họp Hoa Sen có các đồng chí lãnh đạo. Tại điểm cầu cấp tỉnh - hội trường Tràng An, có 200 đại biểu. Dự tại điểm cầu trụ sở Bộ Tư pháp có lãnh đạo bộ. Các điểm cầu cấp huyện, cấp xã kết nối.$$);

-- G4: a place name capitalizes every syllable, so no lower-case word is taken after it
SELECT bridge_points
FROM gb_extract($$Tin hoạt động
Sáng 2/3/2021, Tỉnh ủy tổ chức hội nghị trực tuyến. Tại điểm cầu Cục Chính trị, đại biểu dự. Tại điểm cầu Ninh Giang gồm có 30 đại biểu.$$);

-- G17: "tại <place>," before the subject is an adverbial: the organizer is the subject of "tổ chức"
SELECT meeting_kind, held_on, organizer
FROM gb_extract($$Tin hoạt động
Ngày 17-10-2022, tại Hội trường Huyện ủy, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết công tác kiểm tra.$$);

SELECT organizer
FROM gb_extract($$Tin hoạt động
Sáng 5/3/2022, tại Thị ủy, Ban Thường vụ Thị ủy Phú Mỹ tổ chức hội nghị quán triệt.$$);

-- G16: "... tại Hội nghị <name>, ngày D": a date after the meeting's name is the meeting's
SELECT meeting_kind, held_on, date_inferred
FROM gb_extract($$Tin hoạt động
Phát biểu chỉ đạo của đồng chí Đỗ Minh Khôi, Phó Bí thư Huyện ủy tại Hội nghị tổng kết công tác tuyên giáo, nhiệm kỳ 2020-2025, ngày 9-12-2024.$$);

-- G16: ... but not when a document is named in between (the date is the document's)
SELECT held_on
FROM gb_extract($$Tin hoạt động
Các chi bộ thực hiện nghiêm kết luận tại Hội nghị lần thứ ba về Quy định số 12-QĐ/TU, ngày 3-4-2023.$$);

-- G5: a congress only spoken of ("Nghị quyết Đại hội", "phục vụ Đại hội",
--     "rút kinh nghiệm đại hội") is not the meeting's kind; a congress held is
SELECT left(split_part(body, E'\n', 2), 60) AS lead, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Sáng 21/8/2023, Đảng ủy phường Tân Hòa làm việc với các chi bộ về việc thực hiện Nghị quyết Đại hội Đảng bộ phường.$$),
    ($$Tin hoạt động
Chiều 4/5/2020, Tiểu ban Văn kiện phục vụ Đại hội Đảng bộ huyện triển khai nhiệm vụ.$$),
    ($$Tin hoạt động
Sáng 2/4/2020, Huyện ủy tổ chức Hội nghị rút kinh nghiệm đại hội chi bộ điểm.$$),
    ($$Tin hoạt động
Sáng 2/4/2020, Đảng bộ xã Hòa Bình tổ chức đại hội đại biểu lần thứ XII.$$)
) AS v(body), gb_extract(body);

-- G5: lower-case "kết luận" is the verb: "phát biểu kết luận Hội nghị" speaks of the meeting held
SELECT meeting_kind, online
FROM gb_extract($$Đồng chí Lã Văn Tính phát biểu kết luận Hội nghị.

Dự Hội nghị có các đồng chí lãnh đạo. Đại biểu ở các điểm cầu góp ý vào dự thảo.$$);

-- G5: "Hội nghị ... về tổng kết": the topic of the meeting held; "Kế hoạch về tổ chức đại hội" speaks of one
SELECT meeting_kind, held_on
FROM gb_extract($$Tin hoạt động
Sáng 8/5/2021, Sở Tư pháp tổ chức Hội nghị trực tuyến đến các huyện về tổng kết 5 năm thực hiện Chỉ thị số 12 của Tỉnh ủy.$$);
SELECT meeting_kind
FROM gb_extract($$Tin hoạt động
Sáng 2/3/2021, Huyện ủy triển khai Kế hoạch về tổ chức đại hội chi bộ nhiệm kỳ 2022-2025.$$);

-- G5: "X tổ chức Hội nghị [trực tuyến] [toàn quốc] quán triệt": kind and scope without a date
SELECT meeting_kind, scope, organizer
FROM gb_extract($$Tin hoạt động
Ban Thường vụ Huyện ủy tổ chức Hội nghị trực tuyến toàn quốc quán triệt Quy định số 23-QĐ/TW về công tác kiểm tra.$$);

-- the byline before a share-button line ("Chia sẻ bài viết") is the author
SELECT author
FROM gb_extract($$Tin hoạt động
Sáng 3/6/2021, Huyện ủy tổ chức hội nghị sơ kết công tác dân vận.

Minh Khuê

Chia sẻ bài viết$$);

-- H2: the organizer is the whole subject of "tổ chức": "Đảng bộ" with its body,
--     an activity ("nghiên cứu, học tập, quán triệt") in the lead, and not the
--     body of a title in a fronted "dưới sự chủ trì của ..." clause
SELECT left(split_part(body, E'\n', 2), 60) AS lead, organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 9/5/2025, Đảng bộ Sở Công Thương đã tổ chức Đại hội lần thứ III, nhiệm kỳ 2025-2030.$$),
    ($$Tin hoạt động
Sáng 9/5/2025, Đảng bộ xã Hòa Phong đã tổ chức Đại hội lần thứ XV.$$),
    ($$Tin hoạt động
Ngày 20-4-2024, Đảng ủy Quân sự huyện tổ chức nghiên cứu, học tập, quán triệt Kết luận số 14-KL/TW.$$),
    ($$Tin hoạt động
Sáng 8/1/2025, dưới sự chủ trì của Đại tá Lê Văn Hòa, Tỉnh ủy viên, Chính ủy Bộ CHQS tỉnh, Đảng ủy Quân sự tỉnh Hà Tĩnh tổ chức hội nghị quán triệt.$$),
    ($$Tin hoạt động
Các chi bộ thực hiện tốt nhiệm vụ.
Đề nghị Ban Tuyên giáo Huyện ủy tổ chức triển khai thực hiện nghị quyết.$$)
) AS v(body), gb_extract(body);

-- H1: no year that cannot be the meeting's: "so với cùng kỳ năm N" is the year
--     compared with (no year rather than a wrong one); "tổng kết N năm thực hiện
--     <document of year Y>" is held in Y+N; a start or a deadline ("từ ngày",
--     "trước ngày") is near the meeting, not before it; "từ ngày ... đến nay" is past
SELECT left(split_part(body, E'\n', 2), 50) AS lead, held_on, date_inferred
FROM (VALUES
    ($$Tin hoạt động
Sáng 14-7, Ủy ban Kiểm tra Huyện ủy tổ chức hội nghị giao ban 6 tháng đầu năm. Cấp ủy đã kiểm tra 42 tổ chức đảng, tăng 7 tổ chức so với cùng kỳ năm 2022.$$),
    ($$Tin hoạt động
Ngày 12-10, Sở Tư pháp tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 07/CT-STP, ngày 3-4-2018 của Sở Tư pháp.$$),
    ($$Tin hoạt động
Sáng 25/9, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết 15 năm thực hiện Nghị quyết của Tỉnh ủy năm 2008.$$),
    ($$Tin hoạt động
Chiều 16/5, Phó Chủ tịch tỉnh Lê Văn Minh chủ trì cuộc họp triển khai mô hình mới từ ngày 1/7/2025.$$),
    ($$Tin hoạt động
Chiều 16/12, Huyện ủy tổ chức hội nghị giao ban. Các chi bộ hoàn thành việc kiểm điểm trước ngày 15/1/2025.$$),
    ($$Tin hoạt động
Chiều 16/12, Huyện ủy tổ chức hội nghị giao ban. Từ ngày 1/1/2024 đến nay, toàn huyện kết nạp 120 đảng viên.$$),
    ($$Tin hoạt động
Sáng 22/12, Huyện ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023, triển khai nhiệm vụ năm 2024.$$),
    ($$Tin hoạt động
Sáng 5/7, Huyện ủy tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận 01-KL/TW và 6 tháng đầu năm 2024.$$),
    ($$Tin hoạt động
Sáng thứ Tư 2/10, Huyện ủy tổ chức hội nghị giao ban. Các xã hoàn thành đến hết ngày 31/12/2024.$$)
) AS v(body), gb_extract(body);

-- H8: web boilerplate is no headline, publication date or byline: a breadcrumb
--     line ("/ Tin tức", "» Thời sự"), a placeholder date ("01/01/0001 00:00 |"),
--     a section label ("MỚI - NÓNG", "TIN LIÊN QUAN:")
SELECT title, published, author
FROM (VALUES
    ($$/ Tin tức
/ Hướng dẫn 12-HD/BTGTW về công tác tuyên truyền

Hướng dẫn 12-HD/BTGTW về công tác tuyên truyền

01/01/0001 00:00 |

Ngày 3/5/2024, Ban Tuyên giáo Trung ương ban hành Hướng dẫn 12-HD/BTGTW.

MỚI - NÓNG$$),
    ($$» Thời sự
Huyện ủy Hòa Vang sơ kết công tác dân vận 6 tháng
02/07/2024 08:15
Sáng 1/7/2024, Huyện ủy tổ chức hội nghị sơ kết công tác dân vận.

Minh Khuê

TIN LIÊN QUAN:$$)
) AS v(body), gb_extract(body);

-- J1: the organizer is the subject of "tổ chức" / "họp" whatever its head
--     (Công an, Cụm, Chi bộ, Hội, a committee of a council, whole), past
--     adverbs ("long trọng", "đã", "trang trọng"); in "A phối hợp với B tổ
--     chức" it is A, and the partner B is never the organizer alone
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Sáng 11/3/2024, Công an huyện Hòa Lộc tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I.$$),
    ($$Tin hoạt động
Sáng 11/3/2024, Công an tỉnh tổ chức tọa đàm về công tác dân vận.$$),
    ($$Tin hoạt động
Ngày 18/6/2023, Cụm Ban Tuyên giáo các tỉnh ủy, thành ủy Tây Bắc tổ chức hội nghị giao ban công tác tuyên giáo.$$),
    ($$Tin hoạt động
Ngày 18/6/2023, Cụm thi đua các tỉnh miền Trung tổ chức hội nghị giao ban.$$),
    ($$Tin hoạt động
Chiều 6/5/2022, Chi bộ trường Mầm non Hoa Sen tổ chức Đại hội chi bộ nhiệm kỳ 2022-2025.$$),
    ($$Tin hoạt động
Chiều 6/5/2022, Chi bộ Thôn 9 xã Hòa Bình long trọng tổ chức Đại hội chi bộ.$$),
    ($$Tin hoạt động
Sáng 4/6/2023, Hội Nông dân tỉnh tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Sáng 14/6/2023, Ban Pháp chế HĐND tỉnh tổ chức hội nghị giám sát công tác cải cách tư pháp.$$),
    ($$Tin hoạt động
Sáng 14/6/2023, Ban Kinh tế - Ngân sách HĐND tỉnh họp thẩm tra các tờ trình.$$),
    ($$Tin hoạt động
Chiều 21/5/2022, Đảng ủy xã Hòa Phong long trọng tổ chức hội nghị sơ kết công tác xây dựng Đảng.$$),
    ($$Tin hoạt động
Chiều 21/5/2022, Ban Thường vụ Huyện ủy đã trang trọng tổ chức hội nghị tổng kết.$$),
    ($$Tin hoạt động
Ngày 6/5/2023, Ban Tuyên giáo Tỉnh ủy phối hợp với Sở Văn hóa tổ chức hội nghị giao ban báo chí tháng 4.$$),
    ($$Tin hoạt động
Ngày 6/5/2023, Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ và Hội Nông dân tỉnh tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Ngày 6/5/2023, Sở Thông tin và Truyền thông phối hợp với Ban Tuyên giáo Tỉnh ủy và Hội Nhà báo tỉnh vừa tổ chức hội nghị giao ban báo chí.$$),
    ($$Tin hoạt động
Trong tháng 3/2025, chi bộ Công an xã sẽ tổ chức Đại hội.$$),
    ($$Tin hoạt động
Chiều 6/5/2022, được sự đồng ý của Đảng ủy phường Hòa An, Chi bộ trường Tiểu học Hòa An tổ chức Đại hội chi bộ.$$)
) AS v(body), gb_extract(body);

-- J1: partners with abbreviations before "đăng cai tổ chức"; a cell named in
--     lower case with its name in capitals, not a plural "các chi bộ"
SELECT organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 9/11/2023, Ban Dân vận Tỉnh ủy phối hợp với Hội Cựu chiến binh (CCB) và Bộ Chỉ huy Quân sự (CHQS) tỉnh Hòa Bình đăng cai tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Chiều 9/5/2022, chi bộ Thôn 4 xã Hòa Phong long trọng tổ chức Đại hội chi bộ.$$),
    ($$Tin hoạt động
Chiều 9/5/2022, các chi bộ tổ chức Đại hội chi bộ.$$)
) AS v(body), gb_extract(body);

-- J1: more heads as data: a youth union, a court, a procuracy, a political
--     school, an office of a Party committee
SELECT organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 3/4/2024, Tỉnh đoàn tổ chức hội nghị sơ kết công tác đoàn.$$),
    ($$Tin hoạt động
Sáng 3/4/2024, Tòa án nhân dân huyện tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Sáng 3/4/2024, Viện Kiểm sát nhân dân tỉnh tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Sáng 3/4/2024, Trường Chính trị tỉnh tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Sáng 3/4/2024, Văn phòng Huyện ủy tổ chức hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);

-- G17: "tại <body> đã tổ chức" with no other subject names the host; a room does not
SELECT organizer
FROM gb_extract($$Tin hoạt động
Ngày 05/4/2022, tại Huyện ủy Tân Yên đã tổ chức Hội nghị giao ban công tác quý I.$$);
SELECT organizer
FROM gb_extract($$Tin hoạt động
Ngày 05/4/2022, tại Hội trường Huyện ủy đã tổ chức Hội nghị giao ban.$$);

-- J2/J9

-- J9: a labelled publication date ("Ngày đăng:") wins over a site's banner
--     giving today ("Đà Nẵng, Ngày 21/08/2024"); a bare dateline stays over
--     a later "Cập nhật:"
SELECT published
FROM (VALUES
    ($$Tin hoạt động
Đà Nẵng, Ngày 21/08/2024

Ngày đăng: 09/08/2024 08:40

Ngày 2/8/2024, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban.$$),
    ($$Tin hoạt động
12/08/2024 08:40
Cập nhật: 14/08/2024

Ngày 2/8/2024, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban.$$)
) AS v(body), gb_extract(body);

-- J2: bylines.  A degree before a name alone on its line (over an institution)
--     is the author and no official; "Tác giả :" names the author over a
--     site's footer of staff; a name repeated, or over the date line under the
--     headline, is the author.  A degree before a name in the text keeps the
--     official.
SELECT title, author, published,
       (SELECT string_agg(o.name, ', ') FROM unnest(officials) o) AS officials
FROM (VALUES
    ($$Tin hoạt động

PGS.TS. Đào Văn Khánh
Học viện Chính trị khu vực IV

Ngày 4/3/2024, Bộ Chính trị ban hành Quy định số 142-QĐ/TW về công tác kiểm tra.$$),
    ($$Tin hoạt động

TS VŨ THỊ HẠNH
Trường Chính trị tỉnh

Ngày 4/3/2024, Bộ Chính trị ban hành Quy định số 142-QĐ/TW về công tác kiểm tra.$$),
    ($$Tin hoạt động
Sáng 3/6/2024, Học viện tổ chức hội thảo khoa học. PGS.TS Đào Văn Khánh, Phó Giám đốc Học viện, phát biểu.
Tham dự có:
PGS.TS Lê Văn Minh
TS Vũ Văn Nam

Hội thảo đã thu hút nhiều ý kiến của các nhà khoa học.$$),
    ($$Tin hoạt động
Ngày 4/3/2024, Bộ Chính trị ban hành Quy định số 142-QĐ/TW.
Tác giả : Minh Thư/VOV2
Chủ đề : kiểm tra, giám sát
Bài liên quan
BAN THỜI SỰ - VOV2 Trưởng Ban: Vũ Văn Hà
Đỗ Quang Huy$$),
    ($$Tin hoạt động

Bảo Ngọc
Bảo Ngọc
12/11/2023 08:05 GMT+7

Ngày 4/3/2023, Bộ Chính trị ban hành Quy định số 142-QĐ/TW.$$),
    ($$Huyện ủy Hòa Vang sơ kết công tác dân vận 6 tháng đầu năm
Bảo Ngọc
12/07/2023 08:05

Sáng 11/7/2023, Huyện ủy tổ chức hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);

-- J2: a name under a site's staff label ("Biên tập viên", "Trưởng Ban:") is
--     no byline, though one may stand above the footer; "Tác giả:" under the
--     headline names the author; a closing "Name - function" line is the byline
SELECT author
FROM (VALUES
    ($$Tin hoạt động
Ngày 4/3/2024, Bộ Chính trị ban hành Quy định số 142-QĐ/TW.

Biên tập viên
Đỗ Quang Huy$$),
    ($$Tin hoạt động
Ngày 4/3/2024, Bộ Chính trị ban hành Quy định số 142-QĐ/TW.

Bảo Ngọc

BAN THỜI SỰ Trưởng Ban: Vũ Văn Hà
Đỗ Quang Huy$$),
    ($$Huyện ủy Hòa Vang sơ kết công tác dân vận 6 tháng đầu năm
Tác giả: Lê Minh Thư

Sáng 11/7/2023, Huyện ủy tổ chức hội nghị sơ kết.

Thiết kế: Vũ Văn Hà$$),
    ($$Tin hoạt động
Sáng 11/7/2023, Huyện ủy tổ chức hội nghị sơ kết công tác kiểm tra.

Minh Tâm - Ủy viên Ủy ban Kiểm tra Huyện ủy$$)
) AS v(body), gb_extract(body);

-- K2/K7
-- K2: a meeting of several days is held on its first day, at that day's time
--     ("Chiều ngày 3 và sáng ngày 4"); a single "từ ngày" date is a start,
--     not the meeting's; a month is no meeting's span; a notice's date
--     ("đã ra Thông báo") is not the meeting's, the days of the meeting are
SELECT held_on, time_of_day, date_inferred, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Trong 2 ngày 14 và 15-3-2021, Đảng bộ xã Tân Mỹ tổ chức Đại hội đại biểu lần thứ IX.$$),
    ($$Tin hoạt động
Từ ngày 04 đến 08-6-2019, tại Hà Nội, Ban Chấp hành Trung ương Đảng đã họp Hội nghị lần thứ 9.$$),
    ($$Tin hoạt động
Chiều ngày 3 và sáng ngày 4 tháng 9 năm 2023, Đảng ủy phường Phú Lâm tổ chức hội nghị quán triệt Nghị quyết.$$),
    ($$Tin hoạt động
Trong hai ngày 11-12/8/2022, Đảng ủy Khối tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Trong hai ngày 11, 12/8/2022, Đảng ủy Khối tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Trong 2 ngày 14 và 15-3, Đảng bộ xã Tân Mỹ tổ chức Đại hội. Đại hội bầu Ban Chấp hành nhiệm kỳ mới năm 2021.$$),
    ($$Tin hoạt động
Từ ngày 1/9/2024, Đảng ủy xã Tân Mỹ tổ chức hội nghị giao ban hằng tháng.$$),
    ($$Tin hoạt động
Từ ngày 1 đến 30-9-2024, Đảng ủy xã Tân Mỹ tổ chức hội nghị.$$),
    ($$Tin hoạt động
Ngày 20/10, Ban Chấp hành Trung ương đã ra Thông báo Hội nghị lần thứ 5.
Trong các ngày từ 11 đến 16-10-2021, Ban Chấp hành Trung ương đã họp Hội nghị lần thứ 5 để thảo luận kế hoạch năm 2022; tổng kết công tác năm 2021.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 45 G3). the days in parentheses after the opening "Trong N ngày" ("Trong 2 ngày (23, 24-7-2020), ...") are read as without them: the first day; further on, "được tổ chức trong 2,5 ngày (từ 21-23/9)" tells a congress's schedule, no date
SELECT held_on, date_inferred, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Trong 2 ngày (23, 24-7-2020), Đảng bộ quận Liên Chiểu (Đà Nẵng) đã tổ chức Đại hội đại biểu Đảng bộ lần thứ VI.$$),
    ($$Tin hoạt động
Trong 3 ngày (14-16/10/2020), Đảng bộ tỉnh Minh Sơn đã tổ chức Đại hội đại biểu lần thứ XX.$$),
    ($$Tin hoạt động
Trong hai ngày (5 và 6/8/2025), Đảng bộ xã Tân Mỹ tổ chức Đại hội.$$),
    ($$Tin hoạt động
Đại hội đại biểu Đảng bộ tỉnh Tân Lập lần thứ I, nhiệm kỳ 2025-2030 được tổ chức trong 2,5 ngày (từ 21-23/9) tại Hội trường tỉnh.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 66 G2). the days after a comma following the opening "Trong N ngày" ("Trong 2 ngày, 3 và 4/8/2020, ...") are read as in parentheses: the first day, the year from the text when not written; a comma before no days gives no date
SELECT held_on, date_inferred, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Trong 2 ngày, 3 và 4/8/2020, Đảng bộ Công an tỉnh Sơn La tổ chức Đại hội đại biểu lần thứ XX.$$),
    ($$Tin hoạt động
Trong hai ngày, 14-15/10/2024, Đảng bộ xã Tân Mỹ tổ chức Đại hội.$$),
    ($$Tin hoạt động
Trong 3 ngày, từ 5 đến 7/11/2021, Tỉnh ủy Minh Hòa tổ chức hội nghị.$$),
    ($$Tin hoạt động
Trong 2 ngày, 21 và 22/6, Đảng bộ huyện Tân Lập tổ chức Đại hội lần thứ XXI, nhiệm kỳ 2020-2025.$$),
    ($$Tin hoạt động
Trong 2 ngày, 3 đơn vị đã tổ chức hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 49 G2). A lower-case "ngày" right after the verb that holds the meeting ("diễn ra ngày", "được tổ chức ngày", "khai mạc ngày", "diễn ra trong 2 ngày (26 - 27/12)") or after the meeting held in its clause ("tổ chức hội nghị tổng kết ... ngày 26/12/2024") dates it as "vào ngày" does; a document or an anniversary in between owns the date, and "từ ngày", "trước ngày" give a start or a deadline
SELECT held_on, date_inferred, organizer
FROM (VALUES
    ($$Tin hoạt động
Tỉnh ủy Sơn La tổ chức hội nghị tổng kết công tác năm 2024 ngày 26/12/2024. Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 diễn ra trong 2 ngày (26 - 27/12/2024).$$),
    ($$Tin hoạt động
Hội nghị Ban Chấp hành Đảng bộ tỉnh Minh Hòa lần thứ 15 được tổ chức ngày 4/12/2013.$$),
    ($$Tin hoạt động
Đại hội đại biểu Đảng bộ huyện Tân Lập lần thứ XXII diễn ra trong hai ngày (14 và 15/7/2020) tại Hội trường huyện.$$),
    ($$Tin hoạt động
Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh Gia Lai khóa XVI khai mạc ngày 3-7-2023 tại Pleiku.$$),
    ($$Tin hoạt động
Huyện ủy Minh Sơn tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW ngày 5/3/2024.$$),
    ($$Tin hoạt động
Các chi bộ trực thuộc Đảng ủy xã Tân Mỹ tổ chức đại hội trước ngày 30/6/2025.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 48 G5). A meeting of two days, each with its session, is one cue even as the text's first line ("Chiều ngày 21 và sáng ngày 22 tháng 12 năm 2022 ..."): the first day, with its time; two whole dates joined by "và" ("Chiều 13/8 và sáng 14/8/2019", "Ngày 13/8 và 14/8/2019") give the first in the last's year
SELECT held_on, date_inferred, time_of_day
FROM (VALUES
    ($$Chiều ngày 21 và sáng ngày 22 tháng 12 năm 2022 Đảng ủy xã Bình Sơn tổ chức nghiên cứu, học tập, quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII$$),
    ($$Sáng ngày 21 và 22/12/2022, Đảng ủy xã Tân Mỹ tổ chức hội nghị quán triệt.$$),
    ($$Tin hoạt động
Chiều 13/8 và sáng 14/8/2019, Tỉnh ủy Minh Hòa tổ chức hội nghị quán triệt Nghị quyết Trung ương 4 khóa XII.$$),
    ($$Tin hoạt động
Trong hai ngày 30/12 và 31/12/2019, Tỉnh ủy Minh Hòa tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 48 G4). A cited document with the meeting's day and month ("Sáng 22/10" and "Nghị quyết số 35, ngày 22.10.2018") gives it no year that a later document cited ("Kế hoạch số 256, ngày 22.7.2019") rules out: the meeting follows what it carries out
SELECT held_on, date_inferred
FROM (VALUES
    ($$Tin hoạt động
Sáng 22/10, Tỉnh ủy Quảng Nam tổ chức Hội nghị quán triệt các văn bản của Trung ương. Tại hội nghị, Phó Bí thư Thường trực Tỉnh ủy Lê Văn Dũng đã quán triệt Nghị quyết số 35, ngày 22.10.2018 của Bộ Chính trị. Tiếp đó, đồng chí triển khai Kế hoạch số 256, ngày 22.7.2019 của Ban Thường vụ Tỉnh ủy.$$),
    ($$Tin hoạt động
Chiều 5/3, Huyện ủy Minh Sơn tổ chức hội nghị quán triệt Kế hoạch số 12-KH/TU ngày 10/01/2024 của Tỉnh ủy và Chỉ thị số 20-CT/TW ngày 5/3/2023 của Ban Bí thư.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 49 G8). A single month of a biography, of a person's life ("sinh tháng 6/1970") or in a sentence that names no meeting with a post held or a person for subject ("Tháng 5/2023, ông trở lại Bộ Tư pháp ...", "Từ tháng 3/2020, ông giữ chức ..."), is no period and gives the meeting's day no year; a month in a sentence naming a meeting stays the period
SELECT held_on, period, period_text
FROM (VALUES
    ($$Tin hoạt động
Ngày 12/9, Tỉnh ủy Minh Hòa tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ. Ông Dũng sinh tháng 6/1970 tại Hà Nội.$$),
    ($$Tin hoạt động
Ngày 12/9, Tỉnh ủy Minh Hòa tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ. Tháng 5/2023, ông trở lại Bộ Tư pháp với cương vị Thứ trưởng.$$),
    ($$Tin hoạt động
Ngày 12/9, Tỉnh ủy Minh Hòa tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ. Từ tháng 3/2020, bà Lê Thị Hoa giữ chức Phó Bí thư Tỉnh ủy.$$),
    ($$Tin hoạt động
Ngày 12/9, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban. Tháng 8/2024, đồng chí Bí thư Huyện ủy chủ trì hội nghị sơ kết công tác tháng 8/2024.$$)
) AS v(body), gb_extract(body);

-- K7: a denied "trực tuyến" or "điểm cầu" ("chưa tham gia hội nghị trực
--     tuyến", "không có điểm cầu") makes no online meeting; a negator in
--     another clause, or "không khí", denies nothing
SELECT online, bridge_points
FROM (VALUES
    ($$Tin hoạt động
Ngày 9/3/2019, Đảng ủy xã Tân Mỹ tổ chức hội nghị quán triệt cho đảng viên chưa tham gia hội nghị trực tuyến.$$),
    ($$Tin hoạt động
Ngày 9/3/2019, Đảng ủy xã Tân Mỹ tổ chức hội nghị quán triệt, không tổ chức trực tuyến.$$),
    ($$Tin hoạt động
Ngày 9/3/2019, Đảng ủy xã Tân Mỹ tổ chức hội nghị tại hội trường, không có điểm cầu xã Tân Hòa.$$),
    ($$Tin hoạt động
Ngày 9/3/2019, Đảng ủy xã Tân Mỹ tổ chức hội nghị trực tuyến, không ai vắng mặt.$$),
    ($$Tin hoạt động
Ngày 9/3/2019, trong không khí phấn khởi hội nghị trực tuyến của Đảng ủy xã Tân Mỹ khai mạc.$$)
) AS v(body), gb_extract(body);

-- K4/K5/K8
-- K4: a body's name ends in the number of a city's district or ward ("Quận ủy
--     Quận 5", "Đảng ủy phường 3", in titles too), but not in a date; a known
--     body has "và" inside ("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh");
--     "Đảng ủy – Ban Chỉ huy quân sự huyện" is one body joined by a dash.
-- K8: an abbreviation inserted in parentheses is left out of a body's name.
SELECT left(split_part(body, E'\n', 2), 60) AS lead, organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 6/3/2023, Quận ủy Quận 7 tổ chức hội nghị quán triệt Quy định 69-QĐ/TW.$$),
    ($$Tin hoạt động
Sáng 6/3/2023, Ban Thường vụ Đảng ủy Phường 11 đã tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Sáng 6/3/2023, Đảng ủy phường 4 tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Đảng ủy phường 3/2 tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Ngày 17-7-2021, Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh đã tổ chức Hội nghị Ban Chấp hành lần thứ 4.$$),
    ($$Tin hoạt động
Ngày 5/1/2019, Đảng ủy – Ban Chỉ huy quân sự huyện Lâm Hà tổ chức quán triệt Nghị quyết Trung ương 6.$$),
    ($$Tin hoạt động
Ngày 12/4/2023, Ủy ban Kiểm tra (UBKT) Trung ương đã họp Kỳ thứ 19.$$)
) AS v(body), gb_extract(body);
SELECT name, titles FROM gb_officials($$Tin vắn
Đồng chí Lê Văn Tâm, Bí thư Quận ủy Quận 7 và đồng chí Hà Thị Mai, Phó Bí thư Thường trực Đảng ủy Phường 12 dự. Đồng chí Võ Văn Lực, Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh phát biểu.$$);
SELECT kind, code, issuer FROM gb_citations($$Tin hoạt động
Ngày 5/3/2024, Huyện ủy tổ chức hội nghị quán triệt Quy định số 31-QĐ/TW của Ủy ban Kiểm tra (UBKT) Trung ương.$$);

-- K5: an outlet's tag before the headline ("(BTV) Hội nghị ...") is the source,
--     not part of the title; a page label "Chi tiết - <site>" is no headline
SELECT title, source
FROM (VALUES
    ($$(BTV) Hội nghị Ban Chấp hành Đảng bộ huyện Tân Lạc lần thứ 7
Sáng 14/7/2021, Ban Thường vụ Huyện ủy Tân Lạc tổ chức hội nghị.$$),
    ($$Chi tiết - Huyện Phú Lạc

Quán triệt Quy định số 12 của Bộ Chính trị

Ngày 9/7/2024, Huyện ủy Phú Lạc tổ chức hội nghị quán triệt Quy định số 12.$$)
) AS v(body), gb_extract(body);

-- L1: "đang tổ chức", "tiến hành đại hội": the subject organizes; L11: a page's toolbar is no headline
SELECT title, organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 9/12/2021, Bộ Chính trị, Ban Bí thư đang tổ chức Hội nghị toàn quốc quán triệt Nghị quyết Trung ương 4.$$),
    ($$Tin hoạt động
Sáng 03/6/2022, Chi bộ trường THCS Tân Lập tiến hành đại hội nhiệm kỳ 2022 - 2025.$$),
    ($$Tăng cỡ chữ Giảm cỡ chữ
Huyện ủy Tân Lạc sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW
Sáng 27/4/2021, Huyện ủy Tân Lạc tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.$$)
) AS v(body), gb_extract(body);

-- L2/L9/L10: a meeting after "trước khi", "nhằm" is another event; a year closing a goal
--     ("trở thành ... năm 2030") is no year of the meeting; "cả nước" in a stock adverbial is no scope
SELECT meeting_kind, held_on, date_inferred, scope
FROM (VALUES
    ($$Tin hoạt động
Ngày 9-3-2021, Ban Thường vụ Tỉnh ủy làm việc với 7 đảng bộ trực thuộc để góp ý dự thảo báo cáo trước khi tiến hành đại hội.$$),
    ($$Tin hoạt động
Sáng 3/5/2021, Huyện ủy Tân Lập tổ chức hội nghị nhằm quán triệt Nghị quyết số 12-NQ/HU.$$),
    ($$Tin hoạt động
Sáng 25/4, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị quán triệt Nghị quyết về giao thông nhằm đưa tỉnh trở thành tỉnh công nghiệp năm 2030.$$),
    ($$Tin hoạt động
Sáng 22/12, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2023. Mục tiêu của huyện là trở thành thị xã năm 2030.$$),
    ($$Tin hoạt động
Trong không khí phấn khởi của cả nước, sáng 4/6/2022, Chi bộ trường Tiểu học Hòa Lạc tổ chức đại hội.$$),
    ($$Tin hoạt động
Sáng 4/6/2022, Ban Bí thư tổ chức Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 44 G1). "vào năm YYYY" closing a clause of a sentence that names an aim before it, a purpose ("để", "nhằm") or a goal ("đạt chuẩn", "dẫn đầu"), is the year the aim is to be reached by, across a list of aims, in a headline too: no year of the meeting; "để tổng kết công tác năm 2023" still gives one
SELECT held_on, date_inferred
FROM (VALUES
    ($$Sóc Trăng phấn khởi giữ vững là tỉnh dẫn đầu về sản xuất lúa, khá của khu vực vào năm 2030

Sáng 12/5, Tỉnh ủy Sóc Trăng tổ chức hội nghị quán triệt Nghị quyết.$$),
    ($$Tin hoạt động
Chiều 9/6, Huyện ủy Châu Thành tổ chức hội nghị quán triệt Nghị quyết nhằm đưa huyện vào nhóm dẫn đầu năm 2030.$$),
    ($$Tin hoạt động
Sáng 3/8, Thành ủy Cần Thơ tổ chức hội nghị chuyên đề để thành phố là đô thị loại I hiện đại vào năm 2030.$$),
    ($$Tin hoạt động
Sáng 15/3, Huyện ủy Lệ Thủy tổ chức hội nghị quán triệt Nghị quyết để huyện đạt chuẩn nông thôn mới nâng cao vào năm 2025, nhiệm kỳ 2020-2025.$$),
    ($$Tin hoạt động
Sáng 20/12, Huyện ủy Mỹ Tú tổ chức hội nghị để tổng kết công tác năm 2023.$$)
) AS v(body), gb_extract(body);

-- L8: a Khối's name in lower case is still its name
SELECT organizer
FROM gb_extract($$Tin hoạt động
Sáng 25/4/2012, Đảng ủy Khối doanh nghiệp tỉnh tổ chức Hội nghị quán triệt Nghị quyết Trung ương 4 (khóa XI).$$);

-- M2: a committee or a Khối in lower case goes on a body's name ("Ban Tuyên giáo tỉnh ủy",
--     "Đảng bộ khối Các cơ quan tỉnh"); a lone "khối" needs a name after it
SELECT organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 5/11/2021, Ban Tuyên giáo tỉnh ủy đã tổ chức hội nghị giao ban báo chí tháng 10.$$),
    ($$Tin hoạt động
Sáng 5/11/2021, Ban Dân vận huyện ủy Tân Lập tổ chức hội nghị sơ kết công tác dân vận.$$),
    ($$Tin hoạt động
Ngày 9/1/2016, Ban Chấp hành Đảng bộ khối Các cơ quan tỉnh tổ chức hội nghị lần thứ 12.$$),
    ($$Tin hoạt động
Ngày 9/1/2016, Đảng bộ khối Doanh nghiệp tỉnh tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Chiều 16/10/2022, Thường trực khối Dân vận, Ủy ban Kiểm tra Đảng ủy tổ chức hội nghị tọa đàm.$$)
) AS v(body), gb_extract(body);

-- M7: "phối hợp tổ chức" is a form of "tổ chức"; every body listed before the verb ("A, B và C")
--     organizes; a department's fields joined by "và" or a comma are one name
SELECT organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 6/12/2019, Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông, Hội Nhà báo tỉnh phối hợp tổ chức Hội nghị giao ban báo chí tháng 11.$$),
    ($$Tin hoạt động
Sáng 6/12/2019, Ban Dân vận Huyện ủy phối hợp tổ chức hội nghị sơ kết công tác dân vận.$$),
    ($$Tin hoạt động
Sáng 6/12/2019, Ban Dân vận Huyện ủy và Hội Nông dân huyện đã phối hợp tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Sáng 6/12/2019, Ban Tuyên giáo Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị giao ban.$$),
    ($$Tin hoạt động
Sáng 6/12/2019, Sở Tài nguyên và Môi trường tổ chức hội nghị tổng kết.$$)
) AS v(body), gb_extract(body);

-- M9: "Thường vụ" before a committee is the standing committee ("Ban" left out), part of the organizer
SELECT organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 24/7/2014, Thường vụ Quân ủy Trung ương đã tổ chức Hội nghị trực tuyến quán triệt Nghị quyết.$$),
    ($$Tin hoạt động
Sáng 24/7/2014, Thường vụ Tỉnh ủy Tân Lập tổ chức hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);
-- O2: every abbreviation inserted in parentheses is left out of a body's name, not only the first
SELECT organizer, (citations[1]).issuer
FROM (VALUES
    ($$Tin hoạt động
Sáng 5/3/2024, Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam (VN) tỉnh tổ chức hội nghị quán triệt Quy định số 31-QĐ/TW của Ủy ban Kiểm tra (UBKT) Trung ương (TƯ) Đảng.$$),
    ($$Tin hoạt động
Sáng 6/3/2024, Ban Thường vụ Đảng ủy Khối Cơ quan (CQ) tỉnh Lâm Hà (LH) tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- O3: a congress's Party organization goes on past a lower-case level and its place; a congress heading its
--     clause names its organizer, one spoken of does not
SELECT meeting_kind, organizer, (citations[1]).key AS congress_key
FROM (VALUES
    ($$Tin hoạt động
Sáng 12/6/2020, Đại hội đại biểu Đảng bộ Bộ đội Biên phòng tỉnh Lâm Hà lần thứ X, nhiệm kỳ 2020-2025 đã khai mạc.$$),
    ($$Đại hội lần thứ nhất Đảng bộ Công an thành phố Tân Lạc
Sáng 12/6/2020, đại hội đã khai mạc.$$),
    ($$Tin hoạt động
Hội nghị đã bàn việc chuẩn bị nhân sự Đại hội Đảng bộ tỉnh Lâm Hà lần thứ X.$$),
    ($$Tin hoạt động
Sáng 12/6/2021, Huyện ủy Tân Lạc tổ chức quán triệt Nghị quyết Đại hội lần thứ X Đảng bộ Biên phòng tỉnh Lâm Hà.$$)
) AS v(body), gb_extract(body);

-- O5: a working session, "<body> (đã) làm việc với <body>" or "buổi làm việc", is the meeting's kind, not a purpose
--     clause after it; a meeting named before it still wins; "sẽ làm việc" is a session to come
SELECT meeting_kind, time_of_day
FROM (VALUES
    ($$Tin hoạt động
Chiều 5-6, Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy Khối các cơ quan tỉnh về công tác xây dựng Đảng năm 2023.$$),
    ($$Tin hoạt động
Chiều 5-6, Ban Thường vụ Tỉnh ủy đã làm việc với Huyện ủy Tân Lạc để sơ kết việc thực hiện Nghị quyết.$$),
    ($$Tin hoạt động
Chiều 5-6, đoàn công tác của Tỉnh ủy đã có buổi làm việc với Huyện ủy Tân Lạc.$$),
    ($$Tin hoạt động
Chiều 5-6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị giao ban với Huyện ủy Tân Lạc. Sau buổi làm việc, đoàn đi thăm mô hình.$$),
    ($$Tin hoạt động
Chiều 5-6, Ban Thường vụ Tỉnh ủy sẽ làm việc với Huyện ủy Tân Lạc.$$)
) AS v(body), gb_extract(body);

-- O6: the year of a plan ("triển khai nhiệm vụ năm 2024") is no year of a meeting dated without one; the
--     publication date or another year still gives one; a year reviewed just before the planned one puts the
--     meeting between the two
SELECT held_on, date_inferred
FROM (VALUES
    ($$Tin hoạt động
Ngày 28/11, Tỉnh ủy Tân Lạc tổ chức hội nghị triển khai nhiệm vụ năm 2024.$$, NULL::date),
    ($$Tin hoạt động
Ngày 28/11, Tỉnh ủy Tân Lạc tổ chức hội nghị triển khai nhiệm vụ năm 2024.$$, date '2023-11-29'),
    ($$Tin hoạt động
Ngày 28/11, Tỉnh ủy tổ chức hội nghị triển khai kế hoạch công tác năm 2024. Năm 2023, tỉnh đạt 15/17 chỉ tiêu.$$, NULL),
    ($$Ban Chỉ đạo phong trào thi đua "Dân vận khéo" tỉnh triển khai nhiệm vụ năm 2020
Ngày 9/1, Ban Chỉ đạo phong trào thi đua "Dân vận khéo" tỉnh tổ chức hội nghị tổng kết việc thực hiện Quy chế dân chủ ở cơ sở, phong trào thi đua "Dân vận khéo" năm 2019, triển khai nhiệm vụ năm 2020.$$, NULL)
) AS v(body, published), gb_extract(body, published);

-- M1: a year that does not date the meeting: a month of a schedule ("bắt đầu từ tháng 4.2026")
--     is no period; the first year of a plan range dates nothing; a congress is held in the
--     first year of its term; a January review of "X và phòng, chống Y năm N" is in N + 1
SELECT meeting_kind, held_on, date_inferred, period, period_text
FROM (VALUES
    ($$Tin hoạt động
Sáng nay 18.9, Huyện ủy Tân Lập tổ chức hội nghị cán bộ chủ chốt để triển khai Chỉ thị số 45-CT/TW, ngày 12.6.2025 của Bộ Chính trị.
Đại hội cấp cơ sở bắt đầu từ tháng 4.2026 và hoàn thành chậm nhất trong tháng 6.2026; đại hội điểm tiến hành trong quý I/2026.$$),
    ($$Tin hoạt động
Chiều 14.5, Chi bộ Phòng Tài chính tổ chức hội nghị.
Chi bộ đã lãnh đạo thực hiện kế hoạch 5 năm 2021 - 2025.$$),
    ($$Tin hoạt động
Chiều 14.5, Đảng bộ Sở Xây dựng tổ chức đại hội lần thứ IV, nhiệm kỳ 2025 - 2030.
Đảng bộ đã lãnh đạo thực hiện kế hoạch 5 năm 2021 - 2025.$$),
    ($$Tin hoạt động
Ngày 9-1, tỉnh Tân Lập tổ chức hội nghị tổng kết công tác dân vận và phòng, chống tham nhũng năm 2024 và triển khai nhiệm vụ năm 2025.$$),
    ($$Tin hoạt động
Ngày 9-1, tỉnh Tân Lập tổ chức hội nghị tổng kết công tác dân vận, cải cách hành chính và chuyển đổi số của các sở, ngành trên địa bàn tỉnh trong năm 2024.$$),
    ($$Tin hoạt động
Sáng 21/3, Ban Tuyên giáo Huyện ủy Tân Lập tổ chức hội nghị triển khai chuyên đề năm 2026.$$),
    ($$Tin hoạt động
Sáng 10.10, Tỉnh ủy Tân Lập tổ chức hội nghị lần thứ 9 để thực hiện thắng lợi Nghị quyết năm 2026 đã đề ra, tạo tiền đề cho năm 2027.$$)
) AS v(body), gb_extract(body);

-- M4: a kind in the object of the agenda is a later event or a document, not the meeting held
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 12-1-2025, Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh tổ chức hội nghị lần thứ 18, thông qua các dự thảo văn bản phục vụ hội nghị tổng kết công tác năm 2024.$$),
    ($$Tin hoạt động
Ngày 12-1-2025, Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh tổ chức hội nghị lần thứ 18 nhằm thông qua chương trình của hội nghị tổng kết công tác năm 2024.$$),
    ($$Tin hoạt động
Ngày 28-3-2025, Ban Chấp hành Đảng bộ tỉnh Tân Lập tổ chức Hội nghị lần thứ 9, cho ý kiến đối với dự thảo Báo cáo sơ kết 2 năm thực hiện Kế hoạch số 41-KH/TU.$$),
    ($$Tin hoạt động
Ngày 28-3-2025, Ban Chấp hành Đảng bộ tỉnh Tân Lập tổ chức Hội nghị lần thứ 9 (mở rộng) để đánh giá tình hình quý I; thảo luận việc sơ kết 2 năm thực hiện Kế hoạch số 41-KH/TU.$$),
    ($$Tin hoạt động
Sáng 20/12/2024, Huyện ủy Tân Lập tổ chức hội nghị tổng kết công tác năm 2024.$$)
) AS v(body), gb_extract(body);

-- M13: a space after the slash of a date is a typo; after a dash only with the year written alike
SELECT held_on, time_of_day, meeting_kind, title, (citations[1]).issued AS cited_issued
FROM (VALUES
    ($$Tin hoạt động
Sáng 24/ 7/2013, Huyện ủy Tân Lập đã tổ chức Hội nghị để quán triệt Chỉ thị số 08-CT/HU ngày 12/ 6/2013 của Ban Thường vụ Huyện ủy.$$),
    ($$Tin hoạt động
Sáng 24/ 7, Huyện ủy Tân Lập đã tổ chức Hội nghị để quán triệt Nghị quyết số 08-NQ/HU.$$),
    ($$Tin hoạt động
Chiều 24 - 7 - 2013, Huyện ủy Tân Lập tổ chức hội nghị quán triệt Nghị quyết số 08-NQ/HU.$$),
    ($$Tin hoạt động
Ngày 30/6/2013, Huyện ủy Tân Lập tổ chức hội nghị quán triệt trong 5 - 7 ngày.$$)
) AS v(body), gb_extract(body);

-- M14: a publication line may end with counters and buttons ("| View count: 422", "| Lượt xem: 1.205 | Chia sẻ")
SELECT title, published, held_on, date_inferred
FROM (VALUES
    ($$đảng - đoàn thể

Hội nghị Ban Chấp hành Đảng bộ huyện Tân Lập lần thứ 9
Ngày đăng 05/03/2024 | 18:00  | View count: 422

Chiều ngày 4/3, Huyện ủy Tân Lập đã tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9.$$),
    ($$Hội nghị Ban Chấp hành Đảng bộ huyện Tân Lập lần thứ 9
05/03/2024 18:00 | Lượt xem: 1.205 | In bài | Chia sẻ
Chiều ngày 4/3, Huyện ủy Tân Lập đã tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9.$$)
) AS v(body), gb_extract(body);

-- M3/M12: the headline stands above the lead (a cut last line of an excerpt is none);
--     a slogan banner gives way to the headline below it
SELECT title, meeting_kind, held_on
FROM (VALUES
    ($$Tin hoạt động

Năm 2024, công tác kiểm tra, giám sát của Đảng bộ huyện Tân Lập được cấp ủy, tổ chức đảng các cấp quan tâm lãnh đạo, chỉ đạo và thực hiện có hiệu quả.

Hội nghị cũng đã triển khai Hướng dẫn số 03 của Ủy ban Kiểm tra Huyện ủy hướng$$),
    ($$Skip to main content
Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Tân Lập lần thứ XVIII, nhiệm kỳ 2025 - 2030

Chi bộ thôn Đông xã Minh Sơn tổ chức Đại hội chi bộ, nhiệm kỳ 2025-2027

Tin các xã, thị trấn

Chiều ngày 5/6/2025, Chi bộ thôn Đông tổ chức Đại hội nhiệm kỳ 2025- 2027.$$),
    ($$Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ huyện Tân Lập lần thứ XXI
Huyện ủy Tân Lập tổng kết công tác kiểm tra năm 2024
Chiều ngày 5/1/2025, Huyện ủy Tân Lập tổ chức hội nghị tổng kết công tác kiểm tra.$$)
) AS v(body), gb_extract(body);

-- a period right after a plan noun is the one planned; with a reviewing word before it, reviewed
SELECT held_on, period, period_text
FROM (VALUES
    ($$Tin hoạt động
Sáng 5/7/2026, Đảng ủy Quân sự huyện Tân Lập tổ chức hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ quý III năm 2026.$$),
    ($$Tin hoạt động
Chiều 31/10/2026, Đảng ủy xã Tân Lập tổ chức hội nghị giao ban nhằm đánh giá kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ tháng 10 và triển khai nhiệm vụ trọng tâm tháng 11 năm 2026.$$)
) AS v(body), gb_extract(body);

-- with no lead and no headline, a body sentence reporting the meeting held ("Phát biểu tại hội nghị,",
--     "Hội nghị cũng đã ...") makes a meeting report; a meeting named after "tại" makes none
SELECT title, meeting_kind, online, chairs, bridge_points
FROM (VALUES
    ($$Qua ba năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, trên địa bàn huyện Tân Lập đã xuất hiện nhiều điển hình tiên tiến trong cán bộ, đảng viên và nhân dân.
Phát biểu tại hội nghị, Bí thư Huyện ủy Lê Văn Tám yêu cầu các cấp ủy tiếp tục đẩy mạnh việc học tập và làm theo.$$),
    ($$Trong năm qua, công tác kiểm tra, giám sát của Đảng bộ huyện Tân Lập được cấp ủy các cấp quan tâm lãnh đạo, chỉ đạo và tổ chức thực hiện có hiệu quả.
Hội nghị cũng đã triển khai Hướng dẫn số 09 của Ủy ban Kiểm tra Huyện ủy.$$),
    ($$Ông Lê Văn Tám sinh ra ở huyện Tân Lập, đã trải qua nhiều cương vị công tác và được nhân dân tin yêu, quý trọng trong suốt nhiều năm qua.
Tại Hội nghị lần thứ 9 Ban Chấp hành Trung ương khóa X, ông được bầu vào Ban Bí thư.$$)
) AS v(body), gb_extract(body);

-- a unit numbered goes on the body's name ("Quân khu 8", "Sư đoàn 8", "Vùng 5 Hải quân"), as "Phường 14" does
SELECT organizer, meeting_kind, held_on
FROM (VALUES
    ($$Tin hoạt động
QĐND - Đảng ủy Quân khu 8 vừa tổ chức hội nghị quán triệt, triển khai các văn bản chỉ đạo.
Tại hội nghị, các đại biểu đã thảo luận.$$),
    ($$Tin hoạt động
Sáng 3/4/2026, Đảng ủy Vùng 5 Hải quân tổ chức hội nghị sơ kết công tác.$$),
    ($$Tin hoạt động
Ngày 9.9, Đại hội Đảng bộ Sư đoàn 8 lần thứ X, nhiệm kỳ 2025 - 2030, được tổ chức tại Tân Lập.$$)
) AS v(body), gb_extract(body);

-- a time adverbial between the subject and "tổ chức" is skipped ("vào sáng nay (12/5/2026)", "sáng 5/3", "hôm qua")
SELECT organizer, meeting_kind, held_on, time_of_day
FROM (VALUES
    ($$Tin hoạt động
Đảng ủy Quân sự tỉnh Tân Lập vào sáng nay (12/5/2026) tổ chức hội nghị tổng kết công tác.$$),
    ($$Tin hoạt động
Huyện ủy Minh Sơn sáng 5/3/2026 tổ chức hội nghị sơ kết công tác.$$),
    ($$Tin hoạt động
Huyện ủy Minh Sơn hôm qua đã tổ chức hội nghị sơ kết công tác.$$)
) AS v(body), gb_extract(body);

-- a place in apposition after the body (", TP. Tân Lập", ", huyện Minh Sơn, tỉnh Tân Lập") does not end the subject
SELECT organizer, meeting_kind, held_on
FROM (VALUES
    ($$Tin hoạt động
Ngày 16/6/2025, Đảng bộ Phường 14, TP. Tân Lập đã tổ chức Đại hội Đại biểu lần thứ X, nhiệm kỳ 2025-2030.$$),
    ($$Tin hoạt động
Ngày 16/6/2025, Đảng ủy xã Tân An, huyện Minh Sơn, tỉnh Tân Lập đã tổ chức hội nghị sơ kết công tác.$$)
) AS v(body), gb_extract(body);

-- "Ban Chấp hành (BCH) Đảng bộ ...": the abbreviation is left out, "Ban Chấp hành" kept
SELECT organizer, meeting_kind, held_on
FROM (VALUES
    ($$Tin hoạt động
Ngày 14-1-2026, Ban Chấp hành (BCH) Đảng bộ Khối các cơ quan tỉnh Tân Lập tổ chức hội nghị lần thứ 12.$$)
) AS v(body), gb_extract(body);

-- N3. "Hôm nay", "Sáng nay", "Chiều nay" followed by a comma, a dash or a parenthesis introduce the meeting's date
SELECT held_on, date_inferred, time_of_day
FROM (VALUES
    ($$Tin vắn
(TL) - Hôm nay, 26-10, Đại hội lần thứ XV Đảng bộ huyện Tân Lập, nhiệm kỳ 2010-2015, chính thức khai mạc.$$),
    ($$Tin vắn
Sáng nay (14/10/2020), Huyện ủy Tân Lập tổ chức hội nghị tổng kết.$$),
    ($$Tin vắn
Sáng nay - 9-12-2020, Huyện ủy Tân Lập tổ chức hội nghị tổng kết.$$),
    ($$Tin vắn
Hôm nay, 3 đồng chí được khen thưởng tại hội nghị tổng kết năm 2020.$$)
) AS v(body), gb_extract(body);

-- N4. a kind after "là dịp để", "có nhiệm vụ" describes what the meeting named before it does, not its kind
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin vắn
Sáng ngày 1/6/2025, Chi bộ Tân Lập đã tổ chức Đại hội Chi bộ nhiệm kỳ 2025 - 2027. Đại hội là dịp để tổng kết, đánh giá kết quả lãnh đạo trong nhiệm kỳ qua.$$),
    ($$Tin vắn
Ngày 5/6/2025, Chi bộ Phú An tổ chức Đại hội Chi bộ nhiệm kỳ 2025-2027. Đại hội có nhiệm vụ tổng kết công tác nhiệm kỳ qua.$$),
    ($$Tin vắn
Ngày 5/6/2025, Huyện ủy Tân Lập tổ chức hội nghị để quán triệt Nghị quyết số 12.$$)
) AS v(body), gb_extract(body);

-- M13. "Chiều 12 - 01," (spaces around the dash, day and month) opening a sentence after a time word and before a
--      comma is the meeting's date; a range ("5 - 7 ngày") is none
SELECT published, held_on, date_inferred, time_of_day
FROM (VALUES
    ($$Tin vắn
Ngày đăng 13/01/2021 | 14:28
Chiều 12 - 01, UBKT Huyện ủy Tân Lập tổ chức hội nghị triển khai kế hoạch năm 2021.$$),
    ($$Tin vắn
Sáng 5 - 7 ngày, Huyện ủy Tân Lập tổ chức hội nghị năm 2021.$$)
) AS v(body), gb_extract(body);

-- N7. "tháng A và (tháng) B (năm Y)", "quý A và (quý) B" are one period, from the first to the end of the last
SELECT period, period_text
FROM (VALUES
    ($$Tin vắn
Chiều ngày 15/8/2019, Ban Tuyên giáo Huyện ủy Tân Lập tổ chức giao ban cộng tác viên tháng 7 và tháng 8 năm 2019.$$),
    ($$Tin vắn
Ngày 5/10/2019, Huyện ủy Tân Lập tổ chức giao ban quý II và III năm 2019.$$),
    ($$Tin vắn
Ngày 5/10/2019, Huyện ủy Phú An tổ chức giao ban tháng 9 và 2 năm qua.$$)
) AS v(body), gb_extract(body);

-- N8. a byline label ("Tin, ảnh:", "Bài và ảnh:") is no part of the author; a reader's comment form after the byline
--     ("Thông tin bạn đọc", "Đóng Lưu thông tin") is site chrome
SELECT author
FROM (VALUES
    ($$Tin vắn
Chiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.
Tin, ảnh: LÂM HOÀNG$$),
    ($$Tin vắn
Chiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.
Bài và ảnh: Mạc Thu
Thông tin bạn đọc
Đóng Lưu thông tin$$)
) AS v(body), gb_extract(body);

-- P4. a level abbreviated with its dot ("TP.Minh Sơn") goes on in the body's name; the dot ends no sentence
SELECT organizer, held_on, time_of_day
FROM (VALUES
    ($$Tin vắn
Ngày 17/8, Đảng bộ Công an TP.Minh Sơn chính thức khai mạc Đại hội đại biểu lần thứ XXI nhiệm kỳ 2020-2025.$$),
    ($$Tin vắn
Sáng 30.7, Đại hội đại biểu Đảng bộ Công an TP.Minh Sơn lần thứ XII, nhiệm kỳ 2025 - 2030 khai mạc trọng thể.$$)
) AS v(body), gb_extract(body);

-- P3. a sitting ("phiên khai mạc (chính thức)", "phiên trù bị") before "Đại hội" is the congress's own;
--     a manner adverb after the verb ("tiến hành trọng thể") is skipped
SELECT organizer, meeting_kind, held_on
FROM (VALUES
    ($$Tin vắn
Sáng 14-9, phiên khai mạc Đại hội Đảng bộ Công an tỉnh Minh Sơn lần thứ IX nhiệm kỳ 2020-2025 được tổ chức trọng thể.$$),
    ($$Tin vắn
Sáng 7-8, Đảng bộ Công an thành phố Minh Sơn tiến hành trọng thể phiên khai mạc chính thức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2020 – 2025.$$),
    ($$Tin vắn
Sáng 7-8, Đảng bộ xã Tân An tổ chức phiên trù bị Đại hội đại biểu lần thứ V, nhiệm kỳ 2020 – 2025.$$)
) AS v(body), gb_extract(body);

-- P9. "Đảng bộ X Đại hội (đại biểu) lần thứ N": "Đại hội" as the verb ends the body's name, the organizer
SELECT organizer, meeting_kind, held_on
FROM (VALUES
    ($$Tin vắn
Ngày 10-2, Đảng bộ xã Tân An Đại hội lần thứ VI, nhiệm kỳ 2020-2025.$$),
    ($$Tin vắn
Ngày 10 và 11-2, Đảng bộ Văn phòng UBND huyện Minh Sơn Đại hội đại biểu lần thứ IV, nhiệm kỳ 2020-2025.$$)
) AS v(body), gb_extract(body);

-- P1. an event held as a meeting ("tổ chức gặp mặt", "Lễ kỷ niệm", "buổi Gặp mặt") gives organizer, date and time;
--     a span "(10-8-2006 - 10-8-2016)" is an anniversary near the meeting; "gặp mặt" as a verb reports no meeting
SELECT meeting_kind, organizer, held_on, time_of_day, chairs
FROM (VALUES
    ($$Tin vắn
Ngày 14-10-2023, Huyện ủy Minh Sơn tổ chức gặp mặt cán bộ làm công tác kiểm tra qua các thời kỳ.$$),
    ($$Tin vắn
Ngày 9-8, Đảng bộ khối Cơ quan tỉnh tổ chức Lễ kỷ niệm 10 năm thành lập (10-8-2006 - 10-8-2016).$$),
    ($$Tin vắn
Sáng ngày 24-1-2019, đồng chí Hồ Văn Minh, Trưởng Ban Tổ chức Huyện ủy đã chủ trì buổi Gặp mặt cán bộ hưu trí.$$),
    ($$Đời sống hội viên
Ngày 5-3-2023, ông Hồ Văn Minh gặp mặt người thân ở quê.$$)
) AS v(body), gb_extract(body);

-- P10. "Chủ trì ... là ông A, thư ký là ông B": the secretary is no chair, whatever the separator
SELECT chairs
FROM (VALUES
    ($$Tin hoạt động
Chiều 29/6/2026, Ủy ban MTTQ xã Tân Lập tổ chức hội nghị sơ kết. Chủ trì cuộc họp là ông Cù Văn Hải – Phó Bí thư Đảng ủy, Chủ tịch MTTQVN xã; thư ký là ông Lò Văn Bảy, Phó Chủ tịch MTTQVN xã.$$),
    ($$Tin hoạt động
Chiều 29/6/2026, Ủy ban MTTQ xã Tân Lập tổ chức hội nghị sơ kết. Chủ trì cuộc họp là ông Cù Văn Hải – Phó Bí thư Đảng ủy, thư ký là ông Lò Văn Bảy, Phó Chủ tịch MTTQVN xã.$$)
) AS v(body), gb_extract(body);

-- P6. an outlet's tag in parentheses with no dash after it ("(NTO) Ngày 8-8, ...") opens the lead: it is the source
SELECT title, source
FROM (VALUES
    ($$Tin hoạt động
(NTO) Ngày 10-2-2020, Đảng bộ xã Tân Lập tổ chức Đại hội lần thứ VIII, nhiệm kỳ 2020-2025.$$),
    ($$Tin hoạt động
(BBNĐT) Ngày 10 và 11-2, Đảng bộ xã Phú An tổ chức Đại hội lần thứ VIII, nhiệm kỳ 2020-2025.$$)
) AS v(body), gb_extract(body);

-- P13. a byline of one initial and a name ("T.Hoài", "T. Hoài", "H.VÂN") on the last line is the author
SELECT author
FROM (VALUES
    ($$Tin vắn
Chiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.
T.Hoài$$),
    ($$Tin vắn
Chiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.
T. Hoài$$),
    ($$Tin vắn
Chiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.
H.VÂN$$)
) AS v(body), gb_extract(body);

-- P12. a page template's "null " before the headline is dropped; a line with no tone or mark above accented
--      text (a video's file name) is no headline
SELECT title
FROM (VALUES
    ($$Xuất bản thông tin
null Sơ kết công tác Dân vận 6 tháng đầu năm 2021
Chiều 29/6/2021, Ủy ban MTTQ xã Tân Lập tổ chức hội nghị sơ kết công tác Dân vận.$$),
    ($$hoi nghi ban thuong vu huyen uy tan lap lan thu 12 da ps
Toàn cảnh hội nghị

Tại hội nghị, các đại biểu đã cho ý kiến và duyệt các nội dung tuyên truyền phục vụ đại hội.$$)
) AS v(body), gb_extract(body);

-- P11. "Hội nghị" in a building's name ("Trung tâm Hội nghị tỉnh", "Nhà Hội nghị") is no meeting's kind
SELECT meeting_kind
FROM (VALUES
    ($$Tin vắn
Sáng ngày 2-12-2021, Tại Trung tâm Hội nghị tỉnh, đồng chí Cù Văn Hải, Trưởng ban Tuyên giáo Trung ương đã có buổi làm việc với Ban Thường vụ Tỉnh ủy.$$),
    ($$Tin vắn
Sáng 2/12/2021, tại Nhà Hội nghị tỉnh, Tỉnh ủy Tân Lập tổ chức tổng kết công tác năm 2021.$$)
) AS v(body), gb_extract(body);

-- Q1. an agency of a ministry ("Tổng cục X", "Cục X") organizes; a parent body in parentheses is skipped
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin vắn
Sáng 12/10/2022, Tổng cục Kỹ thuật đã tổ chức Hội nghị góp ý vào Báo cáo tổng kết năm 2022.$$),
    ($$Tin vắn
Sáng 12/10/2022, tại Hà Nội, Tổng cục Kỹ thuật Quân đội nhân dân Việt Nam (Bộ Quốc phòng) tổ chức Hội nghị cán bộ toàn quân.$$),
    ($$Tin vắn
Sáng 12/10/2022, Cục Chính trị Quân khu 5 tổ chức Hội nghị cán bộ chủ chốt.$$)
) AS v(body), gb_extract(body);

-- Q5. "Ban Bí thư T.Ư Đảng", "Ban Bí thư TW": Trung ương abbreviated in the body's name
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin vắn
Ngày 14-5-2022, tại Hà Nội, Ban Bí thư T.Ư Đảng tổ chức Hội nghị trực tuyến toàn quốc.$$),
    ($$Tin vắn
Ngày 14-5-2022, Ban Bí thư TW tổ chức Hội nghị toàn quốc.$$)
) AS v(body), gb_extract(body);

-- Q7. "Đại hội đại biểu Đảng bộ X nhiệm kỳ ..." without "lần thứ N": the term names the congress
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin vắn
Ngày 12-8-2025, Đại hội đại biểu Đảng bộ xã Minh Hòa nhiệm kỳ 2025-2030 diễn ra với 115 đại biểu.$$),
    ($$Tin vắn
Ngày 12-8-2025, Đại hội Đảng bộ Quân sự huyện Minh Hòa, nhiệm kỳ 2025 - 2030 khai mạc.$$)
) AS v(body), gb_extract(body);

-- Q6. a building in the place phrase ("tòa nhà Quốc hội", "Nhà Quốc hội") is the venue, not a co-organizer;
--     "phòng họp" is a room, not the meeting's kind
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin vắn
Ngày 9-4-2022, tại phòng họp Tân Lập, tòa nhà Quốc hội, Ban Bí thư Trung ương Đảng tổ chức Hội nghị trực tuyến toàn quốc.$$),
    ($$Tin vắn
Ngày 9-4-2022, tại hội trường B, Nhà Quốc hội, Bộ Chính trị tổ chức Hội nghị toàn quốc.$$),
    ($$Tin vắn
Sáng 9/4/2022, tại phòng họp số 2, đồng chí Lê Văn Tâm, Bí thư Huyện ủy Minh Hòa làm việc với Đảng ủy xã Tân An.$$)
) AS v(body), gb_extract(body);

-- Q2. A meeting for a half year is held in that year: in its second half, or just before a planned half
SELECT held_on, date_inferred
FROM (VALUES
    ($$Tin hoạt động
Sáng 9/4, Đảng ủy xã Tân Lập tổ chức Hội nghị 6 tháng đầu năm 2022 để cho ý kiến vào các nội dung.$$),
    ($$Tin hoạt động
Sáng 28/6, Đảng ủy Quân sự tỉnh tổ chức Hội nghị triển khai nhiệm vụ công tác Đảng, công tác chính trị 6 tháng cuối năm 2019.$$),
    ($$Tin hoạt động
Ngày 8/1, Đảng ủy xã Tân Lập sơ kết 6 tháng cuối năm 2022.$$)
) AS v(body), gb_extract(body);

-- Q3. A bridge point's name runs over "Công ty" and over the level after a body ("Văn phòng UBND huyện")
SELECT bridge_points
FROM (VALUES
    ($$Tin hoạt động
Ngày 12-4-2022, Ban Thường vụ Huyện ủy tổ chức Hội nghị trực tuyến. Cán bộ dự tại điểm cầu Văn phòng UBND huyện. Tại điểm cầu Công ty Cao su Phú Lâm, có đồng chí Hồ Văn Minh dự.$$),
    ($$Tin hoạt động
Sáng 5/9/2023, Tỉnh ủy tổ chức hội nghị trực tuyến; điểm cầu Tổng công ty Lương thực Bình Sơn có 40 đảng viên dự.$$)
) AS v(body), gb_extract(body);

-- Q9, N3. "Ngày mai (D/M)" and "Sáng nay ngày D/M" are date phrases: the sentence's meeting still gives the kind and the date
SELECT meeting_kind, held_on, time_of_day
FROM (VALUES
    ($$Tin hoạt động
Ngày mai (18/5), Đại hội đại biểu Đảng bộ xã Phú Lâm lần thứ XV chính thức được khai mạc.$$),
    ($$Tin hoạt động
Sáng nay ngày 21/8, tại Hà Nội, đồng chí Hồ Văn Minh chủ trì Hội nghị sơ kết 6 tháng đầu năm 2021.$$),
    ($$Tin hoạt động
Chiều mai, 9-12-2022, Ban Thường vụ Huyện ủy Phú Lâm tổ chức hội nghị tổng kết.$$)
) AS v(body), gb_extract(body);

-- Q10. a blog's byline run into the headline's line, "<headline> bởi NAME 12 Tháng 3, 2024 <lead>": the headline ends
--      before "bởi", NAME is the author and the date the publication's; the lead after it is read, and a congress
--      it names with its Party organization gives organizer and kind; a body after "bởi" is no author
SELECT title, author, published, meeting_kind, organizer
FROM (VALUES
    ($$Bí thư xã được bầu giữ chức Chủ tịch Hội đồng nhân dân xã bởi Hạnh 12 Tháng 3, 2024 Đại hội đại biểu Đảng bộ xã Tân Lập nhiệm kỳ 2020-2025 diễn ra với 90 đại biểu.$$),
    ($$Tin vắn
Hội nghị được tổ chức trang trọng bởi Ban Tổ chức 12 Tháng 3, 2024 tại xã Tân Lập
Chiều 12/3/2024, Huyện ủy Tân Lập tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- "Chiều qua", "chiều hôm qua", "Hôm qua" are read as "Sáng nay" is, a day earlier: the time of day, and the day
--      before publication (none without it); between the organizer and its verb they are skipped
SELECT meeting_kind, organizer, held_on, date_inferred, time_of_day
FROM (VALUES
    ($$Tin hoạt động
Chiều qua, Đảng ủy xã Phú Lâm tổ chức hội nghị sơ kết.$$, date '2024-01-01'),
    ($$Tin hoạt động
Đảng ủy xã Phú Lâm chiều hôm qua đã tổ chức hội nghị sơ kết.$$, date '2024-03-01'),
    ($$Tin hoạt động
Hôm qua, Đảng ủy xã Phú Lâm tổ chức hội nghị sơ kết.$$, date '2024-05-20'),
    ($$Tin hoạt động
Tối qua, Đảng ủy xã Phú Lâm tổ chức hội nghị sơ kết.$$, NULL)
) AS v(body, published), gb_extract(body, published);

-- "Ban Chấp hành (BCH) Đảng ủy X", "BCH Huyện ủy X", "Ban Chấp hành Tỉnh ủy X": the committee's Executive Committee is
--      one body, as "Ban Chấp hành (BCH) Đảng bộ X" is
SELECT organizer
FROM (VALUES
    ($$Tin hoạt động
Chiều 5/7/2023, Ban Chấp hành (BCH) Đảng ủy xã Phú Lâm tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Chiều 5/7/2023, BCH Huyện ủy Phú Lâm tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Chiều 5/7/2023, Ban Chấp hành Tỉnh ủy Hòa Lạc tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Chiều 5/7/2023, Ban Chấp hành (BCH) Đảng bộ xã Phú Lâm tổ chức hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);

-- two months or two quarters joined by "và" across the year's end ("tháng 12 và tháng 1 năm 2021", "quý IV và quý I
--      năm 2021") are one period; the year written is the last one's; with no year written, the first month alone
SELECT period, period_text
FROM (VALUES
    ($$Tin vắn
Ngày 6/2/2021, Huyện ủy Tân Lập tổ chức giao ban tháng 12 và tháng 1 năm 2021.$$),
    ($$Tin vắn
Ngày 6/4/2021, Huyện ủy Tân Lập tổ chức giao ban quý IV và quý I năm 2021.$$),
    ($$Tin vắn
Ngày 6/2/2021, Huyện ủy Tân Lập tổ chức giao ban tháng 12 và tháng 1.$$)
) AS v(body), gb_extract(body);

-- a byline of two initials ("Đ.X", "T.H", "Đ.X - T.H") on the last line is the author; not "T.Ư" (Trung ương), nor a
--      font-size widget ("A- A A+")
SELECT author
FROM (VALUES
    ($$Tin vắn
Chiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.
Đ.X$$),
    ($$Tin vắn
Chiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.
Đ.X - T.H$$),
    ($$Tin vắn
Chiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.
T.Ư$$),
    ($$Tin vắn
Chiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.
A- A A+$$)
) AS v(body), gb_extract(body);

-- P6 (probe 10). an outlet's capitals and a word of its own ("QĐND Online –") opening the lead are the source
SELECT title, source
FROM (VALUES
    ($$Hội nghị báo cáo viên tháng 12 của tỉnh Tân Lập
QĐND Online – Sáng 10-12-2015, Ban Tuyên giáo Tỉnh ủy Tân Lập tổ chức hội nghị báo cáo viên.$$)
) AS v(body), gb_extract(body);

-- Q2. A meeting named for a year's work is held in that year; ", trong năm Y tiếp tục" is the year ahead, no period reviewed
SELECT held_on, period_text
FROM (VALUES
    ($$Tin hoạt động
Chiều 21/1, Hội nghị toàn quốc về công tác dân vận năm 2019 đã bế mạc sau 2 ngày làm việc.$$),
    ($$Tin hoạt động
Sáng 18/2, tại Hội nghị, đồng chí Hồ Văn Minh đề nghị các đơn vị phát huy kết quả đạt được, trong năm 2021 tiếp tục hoàn thành các chỉ tiêu.$$),
    ($$Tin hoạt động
Ngày 12-1, Huyện ủy Minh Sơn tổ chức hội nghị tổng kết công tác tuyên giáo và phòng, chống tham nhũng năm 2018.$$)
) AS v(body), gb_extract(body);

-- Q7. "khóa N" or "(nhiệm kỳ ...)" after the Party organization names its congress: the organizer
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Chiều 14.10.2015, Đại hội đại biểu Đảng bộ tỉnh Minh Hòa khóa XVI (nhiệm kỳ 2015-2020) đã bế mạc.$$),
    ($$Tin hoạt động
Ngày 3-9-2020, Đại hội Đảng bộ huyện Tân An (nhiệm kỳ 2020 - 2025) khai mạc.$$)
) AS v(body), gb_extract(body);

-- R4. A parenthesized term "(khóa N)", "(nhiệm kỳ ...)" between a body and its verb: the body organizes
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Chiều 5/12/2022, Ban Chấp hành Đảng bộ huyện (khóa XIX) đã tổ chức Hội nghị lần thứ 14.$$),
    ($$Tin hoạt động
Ngày 5-12-2022, Ban Thường vụ Huyện ủy Minh Sơn (nhiệm kỳ 2020-2025) tổ chức hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);

-- R5. A body whose verb is the meeting kind itself ("đã tổng kết", "sơ kết") organizes the meeting
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Sáng 12/1/2023, Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Minh Hòa đã tổng kết công tác xây dựng Đảng năm 2022.$$),
    ($$Tin hoạt động
Chiều 3/7/2021, Ban Thường vụ Huyện ủy Tân An sơ kết công tác 6 tháng đầu năm.$$)
) AS v(body), gb_extract(body);

-- R6. A congress attended and directed ("dự và chỉ đạo Đại hội ... lần thứ N") is its Party organization's; delegates elected to one are not
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Phó Thủ tướng dự và chỉ đạo Đại hội đại biểu Đảng bộ Công an tỉnh Minh Hòa lần thứ XV, nhiệm kỳ 2020-2025 diễn ra từ ngày 8 đến 10-9-2020.$$),
    ($$Tin hoạt động
Ngày 8-9-2020, Chủ tịch nước dự, chỉ đạo Đại hội Đại hội Đảng bộ Khối Cơ quan tỉnh Minh Hòa lần thứ V.$$),
    ($$Tin hoạt động
Ngày 8-9-2020, Đại hội đã bầu đoàn đại biểu dự Đại hội đại biểu Đảng bộ tỉnh Minh Hòa lần thứ XV.$$)
) AS v(body), gb_extract(body);

-- R2. "tại hội nghị giao ban ngày D/M/Y" dates the meeting it names: kind and date
SELECT meeting_kind, held_on
FROM (VALUES
    ($$Tin hoạt động
"Cơ sở phải họp định kỳ hằng tháng" - đó là yêu cầu của Bí thư Huyện ủy Minh Sơn Lê Văn Tâm tại hội nghị giao ban ngày 14/3/2024. Ông đề nghị các xã thực hiện nghiêm.$$)
) AS v(body), gb_extract(body);

-- R3. "Để ..., ngày D/M/Y, tại ..., X đã tổ chức": the date after a leading purpose clause is the meeting's; not after a document named in it
SELECT held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Để kịp thời triển khai nhiệm vụ công tác dân vận quý I/2021, ngày 06/01/2021, tại Hội trường Huyện ủy, Ban Dân vận Huyện ủy Minh Sơn đã tổ chức Hội nghị giao ban.$$),
    ($$Tin hoạt động
Để thực hiện Kế hoạch số 15-KH/HU, ngày 06/01/2021, Ban Dân vận Huyện ủy Minh Sơn đã tổ chức Hội nghị giao ban.$$)
) AS v(body), gb_extract(body);

-- R1. The dates of a meeting decided on ("quyết định triệu tập Đại hội ... từ ngày D-D/M/Y"), and those after it in its paragraph, are not the meeting's
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Đảng ủy Quân sự huyện Minh Sơn vừa tổ chức hội nghị cán bộ chủ chốt nghe thông báo kết quả Hội nghị Ban Chấp hành Đảng bộ tỉnh. Hội nghị quyết định triệu tập Đại hội đại biểu Đảng bộ tỉnh lần thứ XX từ ngày 14-16/10/2025 tại Tân Lập. Trong đó, phiên trù bị vào ngày 13/10.$$)
) AS v(body), gb_extract(body);

-- P1. A Party cell's thematic meeting ("tổ chức (buổi) sinh hoạt chuyên đề") is an event held as a meeting: kind, date, organizer
SELECT meeting_kind, held_on, time_of_day, organizer
FROM (VALUES
    ($$Tin hoạt động
Chiều 9/10/2021, Chi bộ Tân An tổ chức buổi sinh hoạt chuyên đề về học tập và làm theo tấm gương đạo đức Hồ Chí Minh.$$),
    ($$Tin hoạt động
Chi bộ Phòng Đào tạo tổ chức sinh hoạt chuyên đề năm 2021.$$),
    ($$Tin hoạt động
Ban Tổ chức Huyện ủy Minh Sơn ban hành hướng dẫn nâng cao chất lượng sinh hoạt chuyên đề của các chi bộ.$$)
) AS v(body), gb_extract(body);

-- a command's force or arm whose name holds lower-case words ("Cảnh sát biển", "Thủ đô", "Cảnh vệ") is read whole in
--      the command's name, a numbered region of it too
SELECT organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 5/3/2026, Bộ Tư lệnh Cảnh sát biển tổ chức hội nghị giao ban quý I.$$),
    ($$Tin hoạt động
Sáng 5/3/2026, Bộ Tư lệnh Thủ đô Hà Nội tổ chức hội nghị sơ kết công tác.$$),
    ($$Tin hoạt động
Sáng 5/3/2026, Đảng ủy Bộ Tư lệnh Cảnh vệ tổ chức hội nghị sơ kết công tác.$$),
    ($$Tin hoạt động
Sáng 5/3/2026, Bộ Tư lệnh Vùng Cảnh sát biển 4 tổ chức hội nghị sơ kết công tác.$$)
) AS v(body), gb_extract(body);

-- a reader's comment widget ("Gửi bình luận của bạn", "Viết bình luận", "Gửi ý kiến") or a link back ("< Trở về trang
--      trước") after the byline is page furniture: the byline before it is the author; a sentence is no widget
SELECT author
FROM (VALUES
    ($$Tin vắn
Chiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.
Đ.X

Gửi bình luận của bạn$$),
    ($$Tin vắn
Chiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.
Đ.X
Viết bình luận
Gửi ý kiến$$),
    ($$Tin vắn
Chiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.

Lò Văn Bảy

< Trở về trang trước
Gửi bình luận của bạn$$),
    ($$Tin vắn
Chiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.
Đ.X
Gửi ý kiến đóng góp vào dự thảo văn kiện đến ngày 10/7.$$)
) AS v(body), gb_extract(body);
-- a department's name in sentence case is the organizer whole: "Chi bộ Giáo dục quốc phòng", "Bộ quốc phòng"
SELECT meeting_kind, held_on, organizer FROM gb_extract($$Tin hoạt động
Ngày 12/5/2021, Chi bộ Giáo dục quốc phòng tổ chức sinh hoạt chuyên đề.$$);
SELECT meeting_kind, held_on, organizer FROM gb_extract($$Tin hoạt động
Sáng 5/3/2026, Bộ quốc phòng tổ chức hội nghị sơ kết công tác.$$);
-- a video site's links on the last lines ("TRỌN BỘ", "Xem video", "VIDEO") are page furniture, no byline; a byline
--      before them is still the author
SELECT author
FROM (VALUES
    ($$Tin vắn
Sáng 5-7, Quân ủy Trung ương tổ chức hội nghị. Đại tướng Lò Văn Bảy chủ trì hội nghị.

TRỌN BỘ$$),
    ($$Tin vắn
Sáng 5-7, Quân ủy Trung ương tổ chức hội nghị. Đại tướng Lò Văn Bảy chủ trì hội nghị.

VIDEO
Xem video$$),
    ($$Tin vắn
Sáng 5-7, Quân ủy Trung ương tổ chức hội nghị. Đại tướng Lò Văn Bảy chủ trì hội nghị.

MẠC NGÂN
TRỌN BỘ$$)
) AS v(body), gb_extract(body);
-- a publication label after a section's name and a dash or a bar, the time before the date, gives the publication
--      date ("Xây dựng Đảng - Ngày đăng : 08:50, 14/03/2022"); a dash with no label does not
SELECT published
FROM (VALUES
    ($$Thi hành kỷ luật 12 đảng viên

Xây dựng Đảng - Ngày đăng : 08:50, 14/03/2022

Theo Ủy ban Kiểm tra Tỉnh ủy, cấp ủy các cấp đã thi hành kỷ luật 12 đảng viên.$$),
    ($$Hội nghị giao ban quý I

Thời sự | Cập nhật lúc 10:20, 05/03/2021

Sáng 4/3, Huyện ủy Tân Lập tổ chức hội nghị giao ban.$$),
    ($$Hội nghị giao ban quý I

Xây dựng Đảng - Tổng kết 05/03/2021 của Huyện ủy Tân Lập và các chi bộ trực thuộc

Sáng 4/3, Huyện ủy Tân Lập tổ chức hội nghị giao ban.$$)
) AS v(body), gb_extract(body);

-- S6. "với tinh thần quán triệt ..." after a named meeting is its manner, not its kind
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 3/8/2024, Đảng ủy Quân sự tỉnh Tân Lập tổ chức Hội nghị cán bộ chủ chốt với tinh thần quán triệt, cụ thể hóa các chỉ đạo của Ban Thường vụ.$$),
    ($$Tin hoạt động
Ngày 3/8/2024, Đảng ủy Quân sự tỉnh Tân Lập tổ chức Hội nghị quán triệt tinh thần Nghị quyết số 12 của Ban Thường vụ.$$)
) AS v(body), gb_extract(body);

-- S3. A meeting a body holds after the sentence of the congress reported is held during the congress: it names no organizer of the congress
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Chiều 14 và sáng 15/10/2025, Đại hội đại biểu Đảng bộ huyện Minh Sơn lần thứ XX, nhiệm kỳ 2025 - 2030 tiến hành thảo luận văn kiện. Ban Chấp hành Đảng bộ huyện khóa XX tổ chức Hội nghị lần thứ nhất, bầu Ban Thường vụ Huyện ủy.$$),
    ($$Tin hoạt động
Sáng 12/8/2025, Đại hội đại biểu Đảng bộ xã Tân An lần thứ XV, nhiệm kỳ 2025 - 2030 khai mạc. Đảng ủy xã Tân An tổ chức Đại hội với 120 đại biểu tham dự.$$)
) AS v(body), gb_extract(body);

-- S4. "trong đó" (of which) is no passive "do" (by): a body inspecting ("tiến hành kiểm tra") organizes no meeting
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Trong 6 tháng đầu năm 2024, Minh Sơn có 215 đảng viên được kiểm tra, trong đó Ban Thường vụ Huyện ủy Minh Sơn tiến hành kiểm tra 57, giám sát 31 đảng viên.$$),
    ($$Tin hoạt động
Sáng 4/6/2024, hội nghị sơ kết công tác kiểm tra do Ban Thường vụ Huyện ủy Minh Sơn tổ chức đã diễn ra tại hội trường.$$)
) AS v(body), gb_extract(body);

-- S8. "cuối tháng 10", "đầu tháng 3" (a point in a month) and "đến tháng 11 năm 1930" (the end of a span) are no period reviewed
SELECT meeting_kind, held_on, organizer, period_text
FROM (VALUES
    ($$Tin hoạt động
Sáng ngày 14 tháng 10 năm 2024, Ban Tổ chức Huyện ủy Tân Lập tổ chức họp mặt kỷ niệm ngày truyền thống.
Từ ngày 14 tháng 10 đến cuối tháng 10 năm 1930, Hội nghị lần thứ nhất đã được tiến hành tại Hương Cảng.$$),
    ($$Tin hoạt động
Đại hội Đảng bộ các xã ở Tân Lập diễn ra từ tháng 4 đến hết tháng 5; đầu tháng 8 sẽ tổ chức Đại hội Đảng bộ huyện.$$),
    ($$Tin hoạt động
Ngày 5/11/2024, Huyện ủy Tân Lập tổ chức giao ban tháng 10 năm 2024.$$)
) AS v(body), gb_extract(body);

-- Q6. A body after a dash that ends a room's name ("tại Hội trường tầng 2 - Ban X, Ban X ... tổ chức") owns the room; the subject after it organizes
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Chiều ngày 12/9/2024, tại Hội trường tầng 2 - Ban Tuyên giáo Huyện ủy, Ban Tuyên giáo Huyện ủy Minh Sơn phối hợp với Hội Cựu chiến binh huyện tổ chức Hội nghị tổng kết cuộc thi.$$),
    ($$Tin hoạt động
Chiều ngày 12/9/2024, tại Hội trường UBND huyện - Huyện ủy Minh Sơn tổ chức Hội nghị tổng kết cuộc thi.$$)
) AS v(body), gb_extract(body);

-- P1. "tổ chức lớp bồi dưỡng", "lớp tập huấn": a course held; its body organizes it, though no meeting kind is named
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Đảng ủy khối Cơ quan vừa tổ chức lớp bồi dưỡng lý luận chính trị cho 48 đảng viên mới.$$),
    ($$Tin hoạt động
Sáng 3/4/2024, Ban Tuyên giáo Huyện ủy Minh Sơn tổ chức lớp tập huấn nghiệp vụ cho báo cáo viên cơ sở.$$),
    ($$Tin hoạt động
Năm qua, Trung tâm Chính trị huyện Minh Sơn tổ chức 12 lớp bồi dưỡng cho 900 học viên.$$)
) AS v(body), gb_extract(body);

-- an abbreviated province at a bridge point is one name across its hyphen
SELECT bridge_points FROM gb_extract(
'Sáng 2/3/2021, Tỉnh ủy Tân Lập tổ chức hội nghị trực tuyến. Tại điểm cầu BR-VT có 40 đại biểu dự.');
-- T10 (probe 12). a line that is one phrase written twice ("TIN TỨC SỰ KIỆN TIN TỨC SỰ KIỆN") is a section's name
--     from the page's menu, no headline: the headline is the line under it
SELECT title, published FROM gb_extract($$TIN TỨC SỰ KIỆN TIN TỨC SỰ KIỆN

HỘI NGHỊ SƠ KẾT CÔNG TÁC DÂN VẬN QUÝ III NĂM 2024
Ngày đăng 30/09/2024 | 10:12 | Lượt xem: 25

Sáng 27/9/2024, Ban Dân vận Huyện ủy Minh Sơn tổ chức hội nghị sơ kết công tác dân vận quý III.$$);
-- T11 (probe 12). a first line "Ngày 12/4: Khai mạc ..." is a headline with a date label, not the lead's dateline:
--     it is the title and the "Cập nhật" line under it the publication; a lead's sentence after the colon is no headline
SELECT title, published FROM (VALUES
    ($$Ngày 12/4: Khai mạc Đại hội Đảng bộ xã Minh Sơn

Cập nhật, 08:15, Thứ Sáu, 12/04/2024

Sáng 12/4/2024, Đảng bộ xã Minh Sơn khai mạc Đại hội lần thứ X.$$),
    ($$Ngày 12/4: Đảng bộ xã Minh Sơn khai mạc Đại hội lần thứ X với sự tham dự của 120 đảng viên tiêu biểu trong toàn xã.
Đại hội bầu Ban Chấp hành nhiệm kỳ mới.$$)
) AS v(body), gb_extract(body);
-- T12 (probe 12). a first line ending in '.' with the words of a short lead ("..., Ban Chấp hành Trung ương Đảng khóa
--     XII.") just above the outlet's tag that opens the lead is the headline; with no tag under it, it is the lead still
SELECT title, source FROM (VALUES
    ($$Huyện ủy: Quán triệt nhanh kết quả Hội nghị lần thứ 9, Ban Chấp hành Trung ương Đảng khóa XII.

(BMS) Ngày 6-3, đồng chí Lò Văn Sáng, Bí thư Huyện ủy quán triệt nhanh kết quả Hội nghị cho cán bộ chủ chốt.$$),
    ($$Huyện ủy Minh Sơn đã quán triệt nhanh kết quả Hội nghị lần thứ 9, Ban Chấp hành Trung ương Đảng khóa XII.

Ngày 6-3, đồng chí Lò Văn Sáng, Bí thư Huyện ủy quán triệt nhanh kết quả Hội nghị cho cán bộ chủ chốt.$$)
) AS v(body), gb_extract(body);
-- S5 (probe 12 recurrence). a byline in capitals is a name of 2-4 syllables each, or names so joined; a site's
--     banner in capitals closing the page ("VÌ CỘNG ĐỒNG PHÁT TRIỂN BỀN VỮNG") is no author
SELECT author FROM (VALUES
    ($$Tin hoạt động
Ngày 5/6/2024, Đảng bộ xã Minh Sơn tiến hành Đại hội lần thứ X, nhiệm kỳ 2024-2029.
Chia sẻ bài viết


VÌ CỘNG ĐỒNG PHÁT TRIỂN BỀN VỮNG$$),
    ($$Tin hoạt động
Ngày 5/6/2024, Đảng bộ xã Minh Sơn tiến hành Đại hội lần thứ X, nhiệm kỳ 2024-2029.
LÒ THỊ HOA MAI$$),
    ($$Tin hoạt động
Ngày 5/6/2024, Đảng bộ xã Minh Sơn tiến hành Đại hội lần thứ X, nhiệm kỳ 2024-2029.
MINH KHANG - VI THỊ LAN$$)
) AS v(body), gb_extract(body);

-- T7. An army unit named by itself ("Quân khu 9", "Quân chủng Hải quân") organizes a meeting
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 20-2-2013, Quân khu 9 đã tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết.$$),
    ($$Tin hoạt động
Sáng 3/4/2014, Quân chủng Hải quân tổ chức Hội nghị sơ kết công tác.$$)
) AS v(body), gb_extract(body);

-- T6. "A được X chọn/giao tổ chức": X chose, A (the subject of the passive) holds the meeting; never "X chọn"
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 18/5/2020, Đảng bộ xã Tân Lập và xã Minh Sơn đồng loạt khai mạc Đại hội Đại biểu Đảng bộ xã nhiệm kỳ 2020- 2025. Trong đó, xã Minh Sơn là đơn vị được Huyện ủy Long Hà chọn tổ chức đại hội điểm.$$),
    ($$Tin hoạt động
Sáng 18/5/2020, Đảng bộ xã Minh Sơn được Huyện ủy Long Hà giao tổ chức hội nghị điểm về công tác dân vận.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 48 G1). A body's name with only its first word in lower case ("huyện ủy Ninh Giang", "ban thường vụ Huyện ủy") organizes as the capitalized one does, named in canonical case; not a class ("các huyện ủy, thành ủy")
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin vắn
Sáng 21/12/2023, huyện ủy Ninh Giang tổ chức Hội nghị quán triệt Nghị quyết.$$),
    ($$Tin vắn
Sáng 21/12/2023, ban thường vụ Huyện ủy tổ chức hội nghị sơ kết.$$),
    ($$Tin vắn
Sáng 21/12/2023, các huyện ủy, thành ủy Hà Nội tổ chức hội nghị quán triệt.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 48 G3). "X của tỉnh tổ chức": whose the body is, a level alone, is of its name; "tổ chức 02 cuộc hội nghị", "hai hội nghị": a few meetings counted, in digits or words, are held; not a tally ("15 hội nghị")
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin vắn
Sáng 15/5/2019, Đảng ủy Khối các cơ quan của tỉnh tổ chức hội nghị triển khai Chỉ thị 28-CT/TW.$$),
    ($$Tin vắn
Sáng 22/8/2019, Ban Thường vụ Huyện ủy Thới Bình đã tổ chức 02 cuộc hội nghị (Hội nghị cán bộ chủ chốt và Hội nghị đảng viên) để quán triệt Nghị quyết số 35-NQ/TW.$$),
    ($$Tin vắn
Sáng 22/8/2019, Huyện ủy Cái Nước tổ chức hai hội nghị quán triệt.$$),
    ($$Tin vắn
Năm 2019, Huyện ủy Cái Nước đã tổ chức 15 hội nghị quán triệt.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 49 G7). A headline's short form of the body the lead names in full ("Đảng bộ Quảng Nam" of "Đảng bộ tỉnh Quảng Nam", "Quân khu 2" of "Đảng bộ Quân khu 2") gives way to the lead's; another body does not
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Đại hội Đảng bộ Quảng Nam lần thứ XXII

Sáng 14/10/2020, Đại hội đại biểu Đảng bộ tỉnh Quảng Nam lần thứ XXII đã khai mạc.$$),
    ($$Quân khu 2 long trọng tổ chức Đại hội đại biểu Đảng bộ lần thứ X, nhiệm kỳ 2025 - 2030

Sáng 18/8/2025, Đại hội đại biểu Đảng bộ Quân khu 2 lần thứ X, nhiệm kỳ 2025 - 2030 đã long trọng khai mạc.$$),
    ($$Đại hội Đảng bộ Quảng Nam lần thứ XXII

Sáng 14/10/2020, Đại hội đại biểu Đảng bộ tỉnh Quảng Ngãi lần thứ XXII đã khai mạc.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 50 G7). "Đảng ủy khối cơ quan – doanh nghiệp tỉnh": a spaced dash for the "và" inside the Khối's name is of the name, in any case
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin vắn
Chiều ngày 20/10/2020, Đảng ủy khối cơ quan – doanh nghiệp tỉnh tổ chức hội nghị quán triệt Nghị quyết.$$),
    ($$Tin vắn
Chiều ngày 20/10/2020, Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Cà Mau tổ chức hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 48 G3). A heading of its own, "<body> tổ chức quán triệt <document>" (no stop, no tense, few words), states the activity held as a headline does, with no date or meeting noun; a sentence with a tense does not
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Quán triệt Nghị quyết số 12-NQ/TW của Bộ Chính trị, Đảng ủy Công an tỉnh Hải Dương đã khẩn trương triển khai tới các chi bộ trực thuộc.
Đảng ủy Công an tỉnh tổ chức quán triệt Nghị quyết 12
Các chi bộ đã triển khai nghị quyết.$$),
    ($$Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, các chi bộ đã triển khai kế hoạch.
Huyện ủy Mường Tè đã tổ chức quán triệt Chỉ thị 35$$)
) AS v(body), gb_extract(body);

-- R9 (probe 52 G1). A lead line opening with a day's date cue, then a body that "tổ chức" a review or a study ("đánh giá", "triển khai", "học tập", "rút kinh nghiệm") with no meeting noun, holds the meeting: its date, time of day and organizer; a year alone dates a task, not a meeting
SELECT held_on, time_of_day, organizer
FROM (VALUES
    ($$- Chiều 19-5, Huyện uỷ Chiêm Hoá đã tổ chức đánh giá 1 năm thực hiện Kết luận số 01-KL/TW, ngày 28/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.$$),
    ($$Tin hoạt động
Sáng 12-4-2021, Quận ủy Hà Đông tổ chức học tập chuyên đề năm 2021.$$),
    ($$Tin hoạt động
Ngày 3/6/2023, Đảng ủy xã Tân Phú tổ chức rút kinh nghiệm công tác chuẩn bị văn kiện.$$),
    ($$Tin hoạt động
Trong năm 2021, Huyện ủy Mường Tè tổ chức triển khai Nghị quyết số 12-NQ/TU đến các chi bộ.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 53 G7). "tổ chức duyệt / tổng duyệt chương trình Đại hội" is a run-through held, as "tổ chức đánh giá" is: the body that holds it and its day; the congress rehearsed is no meeting held then
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$(HPĐT)- Ngày 17-2-2025, thực hiện chỉ đạo của Quận ủy Đồ Sơn, Ban Chấp hành Đảng bộ phường Vạn Hương tổ chức duyệt chương trình tổ chức Đại hội đại biểu Đảng bộ phường lần thứ 10, nhiệm kỳ 2025-2030.$$),
    ($$Tin hoạt động
Sáng 20/7/2025, Đảng ủy xã Tân Lập tổ chức tổng duyệt chương trình Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030.$$),
    ($$Tin hoạt động
Trong năm 2025, Đảng ủy xã Tân Lập tổ chức duyệt văn kiện của các chi bộ.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 52 G3). A steering committee is named by its remit (a number, a document, a task, a movement in quotes; abbreviations in parentheses left out) and then by its level and place: "Ban Chỉ đạo (BCĐ) thực hiện Quy chế dân chủ (QCDC) ở cơ sở tỉnh", "Ban Chỉ đạo 35 tỉnh"; a source after "Theo" is no organizer
SELECT organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 9/1/2020, Ban Chỉ đạo (BCĐ) thực hiện Quy chế dân chủ (QCDC) ở cơ sở tỉnh tổ chức hội nghị tổng kết công tác năm 2019.$$),
    ($$Tin hoạt động
Ngày 12/1/2021, Ban Chỉ đạo 35 tỉnh đã tổ chức hội nghị tổng kết năm 2020.$$),
    ($$Tin hoạt động
Sáng 5/1/2022, Ban Chỉ đạo Chỉ thị 05 huyện Kim Sơn tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Ngày 9/1/2020, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh và BCĐ phong trào thi đua "Dân vận khéo" tỉnh tổ chức hội nghị tổng kết.$$),
    ($$Tin hoạt động
Theo Ban Chỉ đạo 35 tỉnh Minh Sơn, UBND huyện tổ chức Hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 52 G4). The office of a delegation to the National Assembly is a body of its own ("Văn phòng Đoàn ĐBQH&HĐND tỉnh X"), not the delegation; an office head joined by "và" to a second body before its level is the office of both, as written; "Văn phòng Tỉnh ủy và Ban Tổ chức Tỉnh ủy" are two bodies
SELECT organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng ngày 14/10/2015, Văn phòng Đoàn ĐBQH&HĐND tỉnh Hà Giang tổ chức Hội nghị thông báo kết quả Đại hội.$$),
    ($$Tin hoạt động
Ngày 3/5/2021, Văn phòng Đoàn đại biểu Quốc hội tỉnh Kon Tum tổ chức hội nghị.$$),
    ($$Tin hoạt động
Ngày 2/3/2020, Văn phòng HĐND và UBND huyện Mường Tè tổ chức hội nghị tổng kết.$$),
    ($$Tin hoạt động
Ngày 2/3/2020, Văn phòng Tỉnh ủy và Ban Tổ chức Tỉnh ủy tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 39, text 22). A standing committee named alone and then, after a comma, a body in full ("tại Hội nghị Ban Chấp hành, Ban Thường vụ, Đảng uỷ X đã công bố") is the meeting's, the body its subject: the organizer is X; two committees of one body ("Ban Thường vụ, Thường trực Tỉnh ủy") and two bodies ("Bộ Chính trị, Ban Bí thư") stay as written
SELECT organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 15/9/2025, tại Hội nghị Ban Chấp hành, Ban Thường vụ, Đảng uỷ các cơ quan Đảng Trung ương đã công bố các quyết định về công tác cán bộ.$$),
    ($$Tin hoạt động
Sáng 15/9/2024, Thường trực, Huyện ủy Mê Linh tổ chức hội nghị.$$),
    ($$Tin hoạt động
Sáng 15/9/2024, Ban Thường vụ, Thường trực Tỉnh ủy tổ chức hội nghị giao ban.$$),
    ($$Tin hoạt động
Sáng 15/9/2024, Bộ Chính trị, Ban Bí thư tổ chức hội nghị toàn quốc.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 52 G5). A name quoted or in parentheses, capitalized, is part of the object of "tổng kết" before "năm YYYY" ("phong trào thi đua "Dân vận khéo" năm 2019", curly quotes, "(Dân vận khéo)"); an aside in parentheses ("(lớp thứ hai)") is still a break
SELECT period, period_text
FROM (VALUES
    ($$Tin hoạt động
Ngày 9/1/2020, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết phong trào thi đua "Dân vận khéo" năm 2019, triển khai nhiệm vụ năm 2020.$$),
    ($$Tin hoạt động
Ngày 9/1/2020, Ban Dân vận Huyện ủy Kim Sơn tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2019.$$),
    ($$Tin hoạt động
Ngày 15/1/2021, Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết cuộc vận động (Ngày vì người nghèo) năm 2020.$$),
    ($$Tin hoạt động
Sáng ngày 22/9/2023, Đảng ủy Khối cơ quan tỉnh đã tổ chức khai giảng lớp tập huấn nghiệp vụ công tác xây dựng Đảng (lớp thứ hai) năm 2023 cho gần 70 đồng chí.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 51 G3). A cue that closes a clause announcing its meeting ahead ("dự kiến diễn ra từ ngày 13 - 15.10", "sẽ diễn ra từ ngày 14 đến 16/10") puts the date on or after the publication; "đã diễn ra" before it
SELECT held_on, date_inferred
FROM (VALUES
    ($$Đại hội Đảng bộ TP.HCM lần thứ nhất dự kiến diễn ra từ ngày 13 - 15.10$$),
    ($$Tin tức
Đại hội Đảng bộ tỉnh Tân Lập lần thứ I sẽ diễn ra từ ngày 14 đến 16/10.$$),
    ($$Tin tức
Đại hội Đảng bộ tỉnh Tân Lập lần thứ I đã diễn ra từ ngày 14 đến 16/10.$$)
) AS v(body), gb_extract(body, published => date '2025-09-29');

-- R9 (probe 51 G4). A meeting verb written twice by mistake ("tổ chức tổ chức Hội nghị") is one verb: the bodies before it organize
SELECT organizer
FROM (VALUES
    ($$Tin tức
Ngày 5/3/2025, Bộ Chính trị, Ban Bí thư tổ chức tổ chức Hội nghị toàn quốc quán triệt Nghị quyết số 18-NQ/TW.$$),
    ($$Tin tức
Sáng 12/4/2024, Đảng ủy xã Tân Phú đã tổ chức tổ chức hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 50 G3). "do <body> <verb> tổ chức": a role's verb ("chỉ đạo", "chủ trì") is the agent's, no word of its name; after "lựa chọn" the agent only chose
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 12/3/2024, hội nghị do Ban Thường vụ Tỉnh ủy Nghệ An chỉ đạo tổ chức đã diễn ra.$$),
    ($$Tin hoạt động
Sáng 12/3/2024, hội nghị giao ban do Ban Tổ chức Huyện ủy Mường Tè chủ trì tổ chức.$$),
    ($$Tin hoạt động
Chiều 20/7/2025, phiên trù bị Đại hội Đại biểu Đảng bộ xã Yên Bình lần thứ I, nhiệm kỳ 2025 - 2030 chính thức khai mạc. Đây là Đại hội điểm cấp xã do Tỉnh ủy Lào Cai lựa chọn tổ chức nhằm rút kinh nghiệm.$$)
) AS v(body), gb_extract(body);

-- T9. "duyệt (nội dung) Đại hội ...": a congress approved is spoken of, not held; the meeting presided over sets the kind
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng ngày 11/3/2015, BTV huyện ủy đã duyệt nội dung Đại hội Đảng bộ xã Minh Sơn nhiệm kỳ 2015 – 2020. Đồng chí Lê Văn Tâm – Bí thư huyện ủy đã chủ trì hội nghị.$$),
    ($$Tin hoạt động
Sáng ngày 11/3/2015, Ban Thường vụ Huyện ủy Minh Sơn họp duyệt nội dung Đại hội Đảng bộ xã Tân Lập nhiệm kỳ 2015 – 2020.$$)
) AS v(body), gb_extract(body);

-- T8. "quý IV.2015": a year after a dot, written close, is the period's year and dates a day-month "30.9"
SELECT meeting_kind, held_on, date_inferred, period, period_text
FROM (VALUES
    ($$Tin hoạt động
Sáng qua 30.9, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Minh Sơn tổ chức hội nghị mở rộng nhằm sơ kết công tác quý III, triển khai nhiệm vụ trọng tâm quý IV.2015.$$),
    ($$Tin vắn
Sáng 31.3, Đảng ủy Công an huyện Minh Sơn tổ chức hội nghị sơ kết công tác Đảng quý I.2021.$$)
) AS v(body), gb_extract(body);

-- S3 (probe 12). A briefing on a plenum: the body that held the plenum on other days organized the meeting reported on, not the briefing
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 4-1, đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy thông báo nhanh kết quả Hội nghị lần thứ 9 cho cán bộ lãnh đạo chủ chốt trong tỉnh.

Theo đó, từ ngày 14 đến 21-12-2015, Ban Chấp hành Trung ương Đảng khóa XI đã tổ chức Hội nghị lần thứ 9 để bàn về nhiều nội dung.$$)
) AS v(body), gb_extract(body);

-- Q6 (probe 12). "tại trụ sở cơ quan Quận ủy, Ban ... tổ chức": the place is no organizer
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Chiều ngày 22/9/2022, tại trụ sở cơ quan Quận ủy, Ban Tuyên giáo Quận ủy Minh Sơn tổ chức Hội nghị giao ban công tác dư luận xã hội tháng 9 năm 2022.$$)
) AS v(body), gb_extract(body);

-- U8 (probe 13). A crawl tag " date 2024-05-08" is metadata read whole: its day is no part of the headline
SELECT title
FROM (VALUES
    ($$ date 2024-05-08 Bà Lò Thị Mai, Bí thư Đảng ủy xã Minh Sơn quán triệt Nghị quyết Đại hội Đảng bộ xã

Tham dự có toàn thể đảng viên các chi bộ.$$)
) AS v(body), gb_extract(body);

-- U9 (probe 13). A first line ending in "số", "của", "về" ..., going on in digits or lower case on the next line, is body wrapped by hand: no headline
SELECT title
FROM (VALUES
    ($$Thực hiện Kế hoạch số
25-KH/HU, ngày 12/3/2024 của Huyện ủy Minh Sơn về tổ chức đại hội, các chi bộ đã hoàn thành đại hội nhiệm kỳ 2024-2027.$$),
    ($$Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về
xây dựng nông thôn mới, Đảng ủy xã Minh Sơn tổ chức hội nghị
Sáng 12/3/2024, các chi bộ đã tổ chức học tập.$$)
) AS v(body), gb_extract(body);

-- U10 (probe 13). A Roman numeral alone before a dash ("I- Xem xét ...") is a section's number, no outlet tag
SELECT source, meeting_kind, held_on
FROM (VALUES
    ($$Tin hoạt động
Trong hai ngày 10 và 11/5/2024, Ủy ban Kiểm tra Tỉnh ủy Tân Lập đã họp kỳ thứ 5.

I- Xem xét kết quả kiểm tra đối với Ban Thường vụ Huyện ủy Minh Sơn.$$),
    ($$Tin hoạt động
BTL – Sáng 10-12-2015, Ban Tuyên giáo Tỉnh ủy Tân Lập tổ chức hội nghị báo cáo viên.$$)
) AS v(body), gb_extract(body);

-- U11 (probe 13). "Đại học", "Sư phạm", "Kỹ thuật" inside an institution's name do not end a bridge point's name
SELECT online, bridge_points
FROM (VALUES
    ($$Tin hoạt động
Hội nghị được tổ chức tại điểm cầu hội trường Trường Đại học Sư phạm Kỹ thuật Tân Lập và trực tuyến đến 5 điểm cầu trên địa bàn phường.$$),
    ($$Tin hoạt động
Hội nghị được tổ chức tại điểm cầu Trường Cao đẳng Y tế tỉnh và trực tuyến đến các chi bộ.$$)
) AS v(body), gb_extract(body);

-- U12 (probe 13). "vào tháng 7" dates another act ("Theo quyết định vào tháng 7 của ..."), no period reviewed
SELECT meeting_kind, held_on, period, period_text
FROM (VALUES
    ($$Tin hoạt động
Chiều 6/10/2025, Đại hội đại biểu Đảng bộ xã Minh Sơn lần thứ I đã bế mạc.
Theo quyết định vào tháng 7 của Ban Thường vụ Huyện ủy, Đại hội có 150 đại biểu.$$),
    ($$Tin hoạt động
Sáng 6/8/2025, Đảng ủy xã Minh Sơn tổ chức hội nghị giao ban công tác tháng 7 năm 2025.$$)
) AS v(body), gb_extract(body);

-- T9 (probe 13). "Tiểu ban ... Đại hội ..." is a body named by the congress it serves: its own meeting sets the kind
SELECT meeting_kind, held_on, chairs
FROM (VALUES
    ($$Tin hoạt động
Ngày 3-6-2020, Tiểu ban Tuyên truyền khánh tiết Đại hội đại biểu Đảng bộ huyện Minh Sơn lần thứ XX đã tổ chức họp triển khai các nội dung tuyên truyền. Đồng chí Lê Văn Tâm, Trưởng Ban Tuyên giáo Huyện ủy chủ trì cuộc họp.$$)
) AS v(body), gb_extract(body);

-- T11 (probe 12). A headline's date label ("Ngày 12/4: ...") opens no lead: the lead under it gives the time of day and the year; alone, the label dates the meeting
SELECT title, held_on, date_inferred, time_of_day
FROM (VALUES
    ($$Ngày 12/4: Khai mạc Đại hội Đảng bộ xã Minh Sơn

Cập nhật, 08:15, Thứ Sáu, 12/04/2024

Sáng 12/4/2024, Đảng bộ xã Minh Sơn khai mạc Đại hội lần thứ X, nhiệm kỳ 2024-2029.$$),
    ($$Ngày 12/4: Khai mạc Đại hội Đảng bộ xã Minh Sơn

Cập nhật, 08:15, Thứ Sáu, 12/04/2024

Đảng bộ xã Minh Sơn khai mạc Đại hội lần thứ X, nhiệm kỳ 2024-2029 với 120 đại biểu.$$)
) AS v(body), gb_extract(body);

-- A committee's abbreviation ("TU", "HU", "TƯ") ending a body's name before a capital ends the sentence too: the next sentence's chair is no attendee
SELECT chairs, (SELECT array_agg(o.name || ': ' || array_to_string(o.roles, ', ') ORDER BY o.name) FROM unnest(officials) o) AS roles
FROM (VALUES
    ($$Tin vắn
Sáng 12/3/2024, Ban Thường vụ Tỉnh ủy Tân Lập tổ chức hội nghị sơ kết. Dự có đồng chí Vi Thị Hoa, Chánh Văn phòng HU. Đồng chí Lò Văn Bảy, Bí thư Tỉnh ủy chủ trì hội nghị.$$),
    ($$Tin vắn
Sáng 12/3/2024, Ban Thường vụ Tỉnh ủy Tân Lập tổ chức hội nghị sơ kết. Dự có đồng chí Vi Thị Hoa, Ủy viên Ban Chấp hành TƯ. Đồng chí Lò Văn Bảy, Bí thư Tỉnh ủy chủ trì hội nghị.$$)
) AS v(body), gb_extract(body);

-- U2 (probe 13). "A phối hợp với B tổ chức", B named in lower case: A, the lead body, organizes
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 4/5/2021, Ban tuyên giáo huyện phối hợp với Trung tâm bồi dưỡng chính trị huyện tổ chức hội nghị thông tin thời sự tháng 5 năm 2021.$$),
    ($$Tin hoạt động
Sáng 4/5/2021, Ban Tuyên giáo Huyện ủy Minh Sơn phối hợp với các cơ quan liên quan tổ chức hội nghị báo cáo viên.$$)
) AS v(body), gb_extract(body);

-- U3 (probe 13). "X sẽ (sắp) tổ chức Hội nghị" in the lead: the meeting announced is the one reported, X organizes it
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày mai (12/4/2022), Bộ Quốc phòng sẽ tổ chức Hội nghị tổng kết 5 năm thực hiện Nghị quyết số 45-NQ/QUTW.$$),
    ($$Tin hoạt động
Ngày 12/4/2022, Ban Thường vụ Huyện ủy Minh Sơn sắp tổ chức hội nghị sơ kết công tác dân vận.$$)
) AS v(body), gb_extract(body);

-- U4 (probe 13). "Đảng ủy" and an agency (Ban Quản lý, Bệnh viện, Công ty): its whole name organizes, a short name in parentheses left out
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 5/9/2023, Đảng ủy Ban Quản lý các Khu Chế xuất và Công nghiệp tỉnh (Đảng ủy Ban Quản lý) tổ chức hội nghị sơ kết công tác dân vận năm 2023.$$),
    ($$Tin hoạt động
Sáng 5/9/2023, Đảng ủy Bệnh viện Đa khoa tỉnh Minh Sơn đã tổ chức hội nghị quán triệt Nghị quyết.$$),
    ($$Tin hoạt động
Sáng 5/9/2023, Đảng ủy Bệnh viện đề nghị cấp trên tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- U6 (probe 13). "Chi bộ X - Đảng bộ Y tổ chức": the cell organizes, named with its parent as written, never the parent alone
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Chiều ngày 12/7/2023, Chi bộ Đông Hòa - Đảng bộ xã Tân Lập tổ chức sinh hoạt chuyên đề về công tác kiểm tra, giám sát.$$),
    ($$Tin hoạt động
Chiều ngày 12/7/2023, Chi bộ 4, Đảng bộ xã Tân Lập tổ chức sinh hoạt chuyên đề.$$)
) AS v(body), gb_extract(body);

-- U5 (probe 13). A congress's panel ("Tiểu ban/Ban/Tổ ... Đại hội ...") holds meetings under its whole name
SELECT held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 3-6-2020, Tiểu ban Tuyên truyền khánh tiết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII đã tổ chức họp triển khai nhiệm vụ.$$),
    ($$Tin hoạt động
Ngày 3-6-2020, Ban Văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII đã tổ chức họp cho ý kiến vào dự thảo Báo cáo chính trị.$$),
    ($$Tin hoạt động
Ngày 3-6-2020, Ban Thường vụ Huyện ủy tổ chức Đại hội đại biểu Đảng bộ huyện lần thứ XX.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 53 G4, probe 54 G3). The congress inside a body's name is part of the name, never the meeting: a subcommittee's field in lower case ("Tiểu ban văn kiện Đại hội ...", "Tiểu ban tổ chức phục vụ Đại hội XIV"), an agency serving a congress ("Trung tâm Báo chí Đại hội XIV của Đảng"), "Đại hội" alone before the verb; the body's own meeting sets the kind
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Chiều ngày 21/11/2024, Tiểu ban văn kiện Đại hội Đảng bộ huyện lần thứ XX tổ chức cuộc họp (lần 3) để tiếp tục thảo luận, thống nhất đề cương báo cáo chính trị.$$),
    ($$Tin hoạt động
Ngày 29-12-2025, tại Hà Nội, Tiểu ban tổ chức phục vụ Đại hội XIV của Đảng tổ chức Phiên họp lần thứ 2.$$),
    ($$Tin hoạt động
Sáng 12-11-2025, Ban Tuyên giáo và Dân vận Trung ương, Trung tâm Báo chí Đại hội XIV của Đảng tổ chức phiên họp lần thứ nhất của Trung tâm Báo chí.$$),
    ($$Tin hoạt động
Ngày 8/4/2020, Tiểu ban Văn kiện Đại hội tổ chức phiên họp thứ 3.$$),
    ($$Tin hoạt động
Ngày 8/4/2020, Ban Thường vụ Huyện ủy Na Rì tổ chức Đại hội Đảng bộ huyện lần thứ XX.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 53 G5). The Youth Union by its abbreviation ("Đoàn TNCS Hồ Chí Minh huyện Đất Đỏ") is a body as "Đoàn Thanh niên ..." is, alone or the last of co-organizers listed with commas
SELECT organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 13/12/2023, Ban Dân vận, Hội LHPN, Hội Nông dân, Đoàn TNCS Hồ Chí Minh huyện Đất Đỏ tổ chức Hội nghị tổng kết công tác dân vận năm 2023.$$),
    ($$Tin hoạt động
Ngày 26/3/2024, Đoàn TNCS Hồ Chí Minh tỉnh Đắk Lắk tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- U1 (probe 13), the organizer. A known body in lower case where the subject starts gets its canonical spelling; a lower-case cell with its parent is one organizer as written; "các chi bộ" is none
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Từ ngày 3 đến ngày 5 tháng 11 năm 2020, tại Hà Nội, ủy ban Kiểm tra trung ương họp kỳ 52, dưới sự chủ trì của Chủ nhiệm ủy ban Lê Văn Tâm.$$),
    ($$Tin hoạt động
Tối ngày 10/3/2023 chi bộ 4, đảng bộ xã Hưng Lâm tổ chức sinh hoạt chuyên đề.$$),
    ($$Tin hoạt động
Tối ngày 10/3/2023, các chi bộ, đảng bộ xã tổ chức sinh hoạt chuyên đề.$$)
) AS v(body), gb_extract(body);

-- "vệ" of "Cảnh vệ" folds as "về" does, but is no topic word: the meeting the unit holds keeps its kind
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 12/3/2024, Bộ Tư lệnh Cảnh vệ tổ chức hội nghị sơ kết công tác 6 tháng.$$),
    ($$Tin hoạt động
Sáng 12/3/2024, Ban Thường vụ Huyện ủy Minh Sơn ban hành Kế hoạch về tổ chức đại hội chi bộ.$$)
) AS v(body), gb_extract(body);

-- W8 (probe 15). "tổng kết" of a list of areas, each after a comma, before its year: the year reviewed; "để rà soát" is no "đề ra"
SELECT period, period_text
FROM (VALUES
    ($$Tin hoạt động
Ngày 30-12-2024, Đảng bộ xã Tân Lập tổ chức Hội nghị tổng kết công tác xây dựng Đảng, xây dựng chính quyền, vận động nhân dân, quốc phòng, an ninh năm 2024 và triển khai nhiệm vụ năm 2025.$$),
    ($$Tin hoạt động
Ngày 30-12-2024, Đảng ủy xã Tân Lập tổ chức hội nghị triển khai nhiệm vụ xây dựng Đảng, xây dựng chính quyền, vận động nhân dân năm 2025.$$),
    ($$Tin hoạt động
Sáng ngày 17/06/2020, Thượng tướng Lê Văn Tám đã chủ trì buổi làm việc để rà soát, đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm.$$)
) AS v(body), gb_extract(body);

-- W6 (probe 15). "hội nghị" in a building's name after "tại" is a place in any case: the congress keeps its kind
SELECT meeting_kind, held_on
FROM (VALUES
    ($$Tin hoạt động
Ngày 13/10/2020, tại Trung tâm hội nghị tỉnh Tân Lập, Đại hội đại biểu Đảng bộ tỉnh Tân Lập lần thứ XIV chính thức khai mạc.$$),
    ($$Tin hoạt động
Ngày 13/10/2020, Trung tâm Chính trị huyện Minh Sơn tổ chức hội nghị quán triệt nghị quyết.$$)
) AS v(body), gb_extract(body);

-- V9 (probe 14). A two-day range with a spaced dash ("21 – 22/08/2021") dates the meeting by its first day
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Trong 2 ngày 21 – 22/08/2021, Hội Nông dân tỉnh Minh Sơn tổ chức Đại hội đại biểu lần thứ IX.$$),
    ($$Tin hoạt động
Trong hai ngày 21 - 22/8/2021, Hội Nông dân tỉnh Minh Sơn tổ chức Đại hội đại biểu lần thứ IX.$$)
) AS v(body), gb_extract(body);

-- V1 (probe 14), the organizer. A company ("Công ty", "Tổng công ty", "Tập đoàn" and its name) or its Party committee organizes; its legal form after a dash is left out
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng ngày 12/5/2022, Thường vụ Đảng ủy Tổng công ty Minh Sơn tổ chức hội nghị quán triệt Nghị quyết.$$),
    ($$Tin hoạt động
Chiều ngày 9/3/2022, Tổng Công ty Du lịch Minh Sơn – Công ty TNHH MTV đã tổ chức Hội nghị Ban chấp hành Đảng bộ Tổng Công ty lần thứ 9.$$),
    ($$Tin hoạt động
Ngày 20-1-2021, Tập đoàn Minh Sơn tổ chức hội nghị tổng kết công tác năm 2020.$$)
) AS v(body), gb_extract(body);

-- U2 (probe 14). "A chủ trì phối hợp với B, C tổ chức", with or without a comma after "chủ trì": A organizes
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 05/9/2021, Ban Dân vận Huyện ủy chủ trì phối hợp với Ủy ban MTTQ huyện, Hội Nông dân huyện tổ chức hội nghị giao ban công tác dân vận.$$),
    ($$Tin hoạt động
Ngày 05/9/2021, Ban Dân vận Huyện ủy chủ trì, phối hợp với Hội Nông dân huyện tổ chức hội nghị giao ban.$$)
) AS v(body), gb_extract(body);

-- U1 (probe 14). After "do", a body in sentence case goes on in lower case up to its verb: the organizer as written
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Đồng chí Trần Văn Hải - Phó Chủ tịch UBND tỉnh phát biểu tại Hội nghị tổng kết công tác vệ sinh môi trường năm 2020 do Ban chỉ đạo liên ngành vệ sinh môi trường tỉnh tổ chức vào ngày 8/1/2021.$$)
) AS v(body), gb_extract(body);

-- V3 (probe 14). "Ban Tuyên giáo và Dân vận (TG&DV) Trung ương": the short form skipped, "&" inside it; "và" between a department's fields goes on in a bridge point
SELECT organizer, bridge_points
FROM (VALUES
    ($$Tin hoạt động
Sáng 15/10/2025, Ban Tuyên giáo và Dân vận (TG&DV) Trung ương tổ chức hội nghị báo cáo viên trực tuyến. Tham dự tại điểm cầu Ban Tuyên giáo và Dân vận Tỉnh ủy Minh Sơn có đồng chí Đỗ Thị Hạnh.$$)
) AS v(body), gb_extract(body);

-- U6 (probe 14). Bodies joined by dashes ("A- B - C phối hợp tổ chức") organize together, the first named leads; a cell and its parent stay one
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 14/3/2020, Ban Tuyên giáo Huyện ủy- Ủy ban MTTQ huyện- Hội Nông dân huyện phối hợp tổ chức hội nghị giao ban báo chí.$$),
    ($$Tin hoạt động
Ngày 14/3/2020, Ban Tuyên giáo Tỉnh ủy - Sở Thông tin và truyền thông phối hợp tổ chức hội nghị giao ban.$$),
    ($$Tin hoạt động
Ngày 14/3/2020, Chi bộ Bình An - Đảng bộ xã Minh Sơn tổ chức sinh hoạt chuyên đề.$$)
) AS v(body), gb_extract(body);

-- Q6 (probe 14). "tại Hội trường lớn UBND huyện, X tổ chức": the room's owner is an adverbial, X organizes
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 9/5/2019, tại Hội trường lớn UBND huyện, Ban Thường vụ Huyện đoàn Minh Sơn tổ chức Hội nghị học tập Nghị quyết.$$),
    ($$Tin hoạt động
Ngày 9/5/2019, tại hội trường tầng 2 Huyện ủy, Ban Tuyên giáo Huyện ủy Minh Sơn tổ chức hội nghị báo cáo viên.$$)
) AS v(body), gb_extract(body);

-- V5 (probe 14). Online, scope and kind are the meeting's held, not of one spoken of, nor of a congress in a document's name, nor where guests come from
SELECT meeting_kind, online, scope
FROM (VALUES
    ($$Tin hoạt động
Trong tháng 4, báo chí trong tỉnh đã tập trung tuyên truyền về hội nghị trực tuyến toàn quốc tổng kết công tác phòng chống thiên tai. Ngày 28/4/2022, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị giao ban báo chí.$$),
    ($$Tin hoạt động
Ngày 10/5/2023, Ban Thường vụ Huyện đoàn Minh Sơn tổ chức Hội nghị học tập, quán triệt Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII.$$),
    ($$Tin hoạt động
Ngày 10/5/2023, Hội Cựu chiến binh tỉnh Minh Sơn tổ chức Đại hội đại biểu lần thứ VIII. Về dự Đại hội có lãnh đạo Hội CCB 15 tỉnh, thành phố.$$),
    ($$Tin hoạt động
Sáng 10/5/2023, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc tổng kết công tác dân vận.$$)
) AS v(body), gb_extract(body);

-- V4 (probe 14). A page's header is no headline: a banner's slot, a skip link, a site's name in capitals
SELECT title
FROM (VALUES
    ($$Banner Huyện ủy Minh Sơn (Home-latest-2)

Kết quả thực hiện Chỉ thị số 05-CT/HU về cải cách hành chính

Sau khi Chỉ thị được ban hành, các cấp ủy đã tổ chức quán triệt.$$),
    ($$Truy cập nội dung luôn

SỞ NỘI VỤ TỈNH MINH SƠN

Kiểm tra công tác cải cách hành chính tại Sở Nội vụ

Sáng 3/4/2024, Đoàn kiểm tra làm việc với Sở Nội vụ.$$)
) AS v(body), gb_extract(body);

-- W4 (probe 15). Two whole dates a few days apart ("từ ngày D/M/Y đến (ngày) D/M/Y") date the meeting by the first; a range of months is a campaign's
SELECT meeting_kind, held_on
FROM (VALUES
    ($$Tin hoạt động
Từ ngày 05/02/2025 đến ngày 06/02/2025, Đại hội Đảng bộ xã Minh Sơn lần thứ XII, nhiệm kỳ 2025-2030 đã diễn ra.$$),
    ($$Tin hoạt động
Từ ngày 30/12 đến 01/01/2025, Đại hội Đảng bộ xã Minh Sơn lần thứ XII đã diễn ra.$$),
    ($$Tin hoạt động
Từ ngày 01/08/2025 đến ngày 30/09/2025, Đảng bộ xã Minh Sơn tổ chức đại hội các chi bộ.$$)
) AS v(body), gb_extract(body);

-- V5, recurring (probe 15). A count of provinces or "toàn quốc" after a rank and "trong (số)" or "trên" is a set the meeting is ranked in, not its scope
SELECT meeting_kind, scope
FROM (VALUES
    ($$Tin hoạt động
Đây là Đại hội điểm cấp cơ sở đầu tiên trong 28 tỉnh, thành khu vực phía Bắc. Ngày 4/2/2025, Đại hội Đảng bộ xã Minh Sơn đã diễn ra.$$),
    ($$Tin hoạt động
Ngày 4/2/2025, Đảng bộ xã Minh Sơn tổ chức Đại hội, đại hội cấp xã đầu tiên trên toàn quốc.$$),
    ($$Tin hoạt động
Ngày 4/2/2025, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban công tác tổ chức 28 tỉnh, thành phố khu vực miền Bắc.$$)
) AS v(body), gb_extract(body);

-- W1 (probe 15). A city after the body by its name alone, before the verb, is where it is; two places under one head are kept as written
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Ngày 30-12-2025, Đảng bộ phường Minh Sơn, TPHCM tổ chức Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 5.$$),
    ($$Tin hoạt động
Trong 2 ngày 5 và 6/9/2014, Tỉnh ủy Minh Sơn và Tân Lập đã tổ chức quán triệt Nghị quyết Trung ương 8 (khóa XI).$$)
) AS v(body), gb_extract(body);

-- W2 (probe 15). "tổ chức khai mạc Đại hội": the subject of "tổ chức" holds the congress
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Ngày 20/10/2020, Đảng bộ tỉnh Minh Sơn đã tổ chức khai mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2020-2025.$$)
) AS v(body), gb_extract(body);

-- W7 (probe 15). "Đảng ủy các cơ quan Đảng" and a level is a body; a capitalized "Tổ chức" is still the verb
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Sáng ngày 10/01/2026, tại Hội trường phường Minh Sơn, Đảng ủy các cơ quan Đảng phường Tổ chức Hội nghị tổng kết công tác năm 2025.$$),
    ($$Tin hoạt động
Ngày 10/01/2026, Đảng ủy xã Tân Lập Tổ chức Hội nghị tổng kết công tác năm 2025.$$)
) AS v(body), gb_extract(body);

-- W3 (probe 15). "Ban Chấp hành" / "BCH" (also "lâm thời") heads the organizer for any body; "Đoàn" before "Khối" is of the name
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Ngày 6/1/2020, BCH Lâm thời Đoàn Khối Cơ quan và Doanh nghiệp tỉnh tổ chức đại hội đại biểu lần thứ nhất.$$),
    ($$Tin hoạt động
Ngày 6/1/2020, Ban Chấp hành Hội Nông dân tỉnh Minh Sơn tổ chức hội nghị lần thứ 3.$$)
) AS v(body), gb_extract(body);

-- U1 (probe 15). A lower-case cell with a common noun before its name, where a subject starts; not several cells in prose
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Chiều ngày 20/5/2022 chi bộ trường Mầm non Minh Sơn đã tổ chức sinh hoạt chuyên đề.$$),
    ($$Tin hoạt động
Ngày 20/5/2022, các chi bộ trường Mầm non Minh Sơn tổ chức sinh hoạt chuyên đề.$$)
) AS v(body), gb_extract(body);

-- U1 (probe 15). A steering committee named by its level, then its task after "về" (a document, its quoted title), up to the verb
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Sáng ngày 16/12/2024, Ban Chỉ đạo cấp tỉnh về tổng kết thực hiện Nghị quyết số 12-NQ/TW, ngày 20/10/2016 của Ban Chấp hành Trung ương Đảng (khóa XII) “Một số vấn đề về sắp xếp tổ chức bộ máy” tổ chức họp Thường trực Ban Chỉ đạo tỉnh.$$),
    ($$Tin hoạt động
Theo Ban Chỉ đạo cấp tỉnh về chuyển đổi số, UBND tỉnh Minh Sơn tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- X12 (probe 16). A competition group named by the count of its members, or listing them after "gồm:", organizes
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Chiều ngày 5/8/2022, Cụm thi đua Mặt trận 4 tỉnh miền núi tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm.$$),
    ($$Tin hoạt động
Chiều ngày 5/8/2022, Cụm thi đua Mặt trận 3 tỉnh, thành phố phía Bắc gồm: Tân Lập, Minh Sơn, TP Hòa Bình tổ chức hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);

-- X13 (probe 16). An abbreviation ends a body's name unless a level or a body follows: the congress's body is "Đảng bộ ĐHTL", not "... nêu"
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Đồng chí Lê Văn Hòa phát biểu khai mạc Đại hội và nhấn mạnh: Đại hội đại biểu lần thứ V Đảng bộ ĐHTL nêu cao tinh thần dân chủ, đoàn kết.$$),
    ($$Tin hoạt động
Sáng 5/3/2024, UBND huyện Minh Sơn tổ chức hội nghị sơ kết công tác.$$)
) AS v(body), gb_extract(body);

-- X2 (probe 16). A time stamp "(DD/MM/YYYY HH:MM)" closing the headline's line is the publication, cut from the title (a stop before it too);
-- a period in parentheses stays
SELECT title, published
FROM (VALUES
    ($$Tin hoạt động
Minh Sơn ra Nghị quyết thực hiện nhiệm vụ quốc phòng năm 2021 (14/01/2021 08:35)

Đảng ủy Quân sự huyện Minh Sơn vừa tổ chức hội nghị ra Nghị quyết năm 2021.$$),
    ($$Tin hoạt động
Đảng ủy Quân sự huyện Minh Sơn ra nghị quyết lãnh đạo năm 2021. (09/01/2021 16:20)

Đảng ủy Quân sự huyện Minh Sơn vừa tổ chức hội nghị ra Nghị quyết năm 2021.$$),
    ($$Tin hoạt động
Minh Sơn sơ kết công tác dân vận (01/01/2021 - 30/06/2021)

Sáng 2/7/2021, Ban Dân vận Huyện ủy Minh Sơn tổ chức hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);

-- X11 (probe 16). A sentence alone in its paragraph above the dated lead, stating the event with no marker of tense, is the headline without its
-- stop; with "vừa" or "đã" it narrates (a lead), and a line running into the lead is the lead's
SELECT title
FROM (VALUES
    ($$Tin hoạt động
Minh Sơn tổ chức hội nghị quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XII.

Sáng ngày 12/5, Huyện ủy Minh Sơn tổ chức hội nghị quán triệt Nghị quyết.$$),
    ($$Tin hoạt động
Huyện ủy Minh Sơn vừa tổ chức hội nghị quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XII.

Sáng ngày 12/5, đồng chí Lò Văn Sáng, Bí thư Huyện ủy quán triệt Nghị quyết.$$),
    ($$Tin hoạt động
Minh Sơn tổ chức hội nghị quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XII.
Sáng ngày 12/5, Huyện ủy Minh Sơn tổ chức hội nghị quán triệt Nghị quyết.$$)
) AS v(body), gb_extract(body);

-- V4, recurring (probe 16). An outlet's or a firm's name alone above the headline (the site's own, an advertiser's) gives way to the headline under
-- it, a list's bullet no part of it; a firm's name with its event is a headline
SELECT title, source
FROM (VALUES
    ($$Đài Phát thanh và Truyền hình Minh Sơn
The Voice of Minh Son People
  • Tỉnh ủy tổ chức hội nghị thông báo nhanh kết quả Hội nghị Trung ương 7

(MSTV) - Ngày 12/5/2023, Tỉnh ủy Minh Sơn tổ chức hội nghị thông báo nhanh kết quả Hội nghị.$$),
    ($$Công ty Cổ phần Giống cây trồng Minh Sơn

"Xây dựng nông thôn Minh Sơn giàu đẹp, văn minh..."

Sáng ngày 5/9, Hội Nông dân tỉnh Minh Sơn tổ chức Đại hội đại biểu lần thứ IX.$$),
    ($$Tin hoạt động
Công ty Cổ phần Giống cây trồng Minh Sơn tổ chức Đại hội cổ đông

Sáng ngày 5/9, Công ty tổ chức Đại hội cổ đông thường niên.$$)
) AS v(body), gb_extract(body);

-- X14 (probe 16). "Name - HH:MM DD/MM/YYYY GMT+7" under the headline gives the author and the publication; a section in capitals or a place
-- with no hour gives no author
SELECT author, published
FROM (VALUES
    ($$Tin hoạt động
Hội Nông dân tỉnh Minh Sơn tổ chức Đại hội lần thứ VIII

Vi Thị Lan - 09:40 14/10/2023 GMT+7
Sáng ngày 14/10, Hội Nông dân tỉnh Minh Sơn tổ chức Đại hội.$$),
    ($$Tin hoạt động
Hội Nông dân tỉnh Minh Sơn tổ chức Đại hội lần thứ VIII

THỜI SỰ - 09:40 14/10/2023 GMT+7
Sáng ngày 14/10, Hội Nông dân tỉnh Minh Sơn tổ chức Đại hội.$$),
    ($$Tin hoạt động
Hội Nông dân tỉnh Minh Sơn tổ chức Đại hội lần thứ VIII

Minh Sơn - 14/10/2023
Sáng ngày 14/10, Hội Nông dân tỉnh Minh Sơn tổ chức Đại hội.$$)
) AS v(body), gb_extract(body);

-- X9 (probe 16). A degree and a name written twice under the headline is a portrait's caption, no byline; once, above an institution, the byline
SELECT author
FROM (VALUES
    ($$Tin hoạt động
Ông Vi Văn Lâm tái đắc cử Bí thư Đảng ủy Trường Đại học Minh Sơn

PGS.TS Vi Văn Lâm
PGS.TS Vi Văn Lâm
TPO - Chiều 12/8, Đại hội đại biểu Đảng bộ Trường Đại học Minh Sơn lần thứ V, nhiệm kỳ 2020-2025 đã bế mạc.$$),
    ($$Tin hoạt động
Đổi mới công tác giáo dục chính trị trong Đảng bộ Trường Đại học Minh Sơn

PGS.TS Vi Văn Lâm
Trường Đại học Minh Sơn

Ngày 12/8, Đảng ủy Trường Đại học Minh Sơn tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- X3 (probe 16). A period closing the object of a plan noun ("thực hiện nhiệm vụ <areas> 6 tháng cuối năm 2022") is planned however many areas the object lists: it gives the meeting's year; a reviewing word before it ("đánh giá kết quả") keeps it reviewed
SELECT held_on, period_text
FROM (VALUES
    ($$Tin hoạt động
Sáng 18-6, Đảng ủy Quân sự huyện Minh Sơn tổ chức hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ quốc phòng, quân sự địa phương và xây dựng Đảng bộ 6 tháng cuối năm 2022.$$),
    ($$Tin hoạt động
Sáng 18-1, Đảng ủy Quân sự huyện Minh Sơn tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ quốc phòng, quân sự địa phương và xây dựng Đảng bộ 6 tháng cuối năm 2022.$$)
) AS v(body), gb_extract(body);

-- X10 (probe 16). "Hội nghị" as the subject of the report ("Hội nghị được đ/c X ... quán triệt ...", "Tham gia Hội nghị có ...") is the meeting held, with no "tổ chức"
SELECT meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Hội nghị được đ/c Trần Văn Bình - Chủ tịch Hội CCB tỉnh, quán triệt kết luận 61 của Ban Bí thư.$$),
    ($$Tin hoạt động
Tham gia Hội nghị có 120 cán bộ cốt cán của Hội Nông dân tỉnh.$$)
) AS v(body), gb_extract(body);

-- V5, recurring (probe 16). "toàn quốc" closing the name of a congress a meeting leads to ("tiến tới Đại hội Đoàn toàn quốc lần thứ XI") is no scope of the meeting; the national congress held keeps it
SELECT meeting_kind, scope
FROM (VALUES
    ($$Tin hoạt động
Ngày 12/4, Hội nghị Ban Thường vụ Tỉnh đoàn Minh Sơn lần thứ 7 đã họp cho ý kiến về kế hoạch tổ chức Đại hội Đoàn các cấp tiến tới Đại hội Đoàn toàn quốc lần thứ XI.$$),
    ($$Tin hoạt động
Sáng 11/12/2022, Đại hội Đoàn toàn quốc lần thứ XII khai mạc tại Hà Nội.$$)
) AS v(body), gb_extract(body);

-- A range of two whole dates opening the lead ("Từ 30/12/2024 đến 02/01/2025", "02/01/2025 - 03/01/2025") dates the meeting by its first day; a range of weeks or of years does not
SELECT held_on, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Từ 30/12/2024 đến 02/01/2025, Đại hội đại biểu Đảng bộ xã Tân Mỹ lần thứ XV được tổ chức.$$),
    ($$Tin hoạt động
Trong 02 ngày 02/01/2025 - 03/01/2025, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban.$$),
    ($$Tin hoạt động
Từ 1/8/2025 - 30/9/2025, Đảng ủy xã Tân Mỹ tổ chức hội nghị.$$),
    ($$Tin hoạt động
Từ 2020 đến 2025, Đảng ủy xã Tân Mỹ tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- Y9. a day and month without a year take the year the text writes with the same days: "từ ngày 12-15/11" and later "ngày 12/11/2019" or "ngày 14/11/2019" (a day of the range) give 2019, not the year after the latest date written; other days written still date a meeting after them
SELECT held_on, date_inferred
FROM (VALUES
    ($$Tin hoạt động
Đại hội Đảng bộ tỉnh Minh Sơn sẽ diễn ra từ ngày 12-15/11. Phiên trù bị lúc 14 giờ, ngày 12/11/2019; khai mạc 8 giờ, ngày 13/11/2019.$$),
    ($$Tin hoạt động
Đại hội Đảng bộ tỉnh Minh Sơn sẽ diễn ra từ ngày 12-15/11. Đại hội chính thức khai mạc 8 giờ, ngày 14/11/2019.$$),
    ($$Tin hoạt động
Ngày 12/11, Huyện ủy Minh Sơn tổ chức hội nghị. Hội nghị triển khai kế hoạch ngày 20/11/2019 của Ban Thường vụ Tỉnh ủy.$$)
) AS v(body), gb_extract(body);

-- Y11. the usual short forms of mass organizations and committees in capitals, at a level or with a name ("LĐLĐ tỉnh", "Hội LHPN huyện", "HND xã", "Hội CCB quận 7", "UBMTTQ tỉnh", "ĐUK Doanh nghiệp tỉnh"), organize the meeting as their full names do
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Ngày 14.9, LĐLĐ tỉnh tổ chức Hội nghị học tập Chỉ thị số 05-CT/TW.$$),
    ($$Tin hoạt động
Sáng 3/4/2019, Hội LHPN huyện Minh Sơn tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Ngày 8/5/2020, HND xã Tân Mỹ tổ chức hội nghị tổng kết.$$),
    ($$Tin hoạt động
Sáng 10/3/2012, Hội CCB quận 7 tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Ngày 2/6/2018, UBMTTQ tỉnh tổ chức hội nghị giao ban.$$),
    ($$Tin hoạt động
Ngày 9/9/2021, ĐUK Doanh nghiệp tỉnh tổ chức hội nghị quán triệt.$$)
) AS v(body), gb_extract(body);

-- Y12. "Tin ảnh:", "Tin - ảnh:", "Bài/ảnh:" closing the text label the byline as "Tin, ảnh:" does, and are no part of the author; "Ảnh:" alone credits a photo, no author
SELECT author
FROM (VALUES
    ($$Tin hoạt động
Sáng 5/6/2011, Hội Nông dân huyện Minh Sơn tổ chức hội nghị sơ kết.
Tin ảnh: Thu Trang$$),
    ($$Tin hoạt động
Sáng 5/6/2011, Hội Nông dân huyện Minh Sơn tổ chức hội nghị sơ kết.
Tin - ảnh: LÊ HẢI$$),
    ($$Tin hoạt động
Sáng 5/6/2011, Hội Nông dân huyện Minh Sơn tổ chức hội nghị sơ kết.
Bài/ảnh: Thu Trang$$),
    ($$Tin hoạt động
Sáng 5/6/2011, Hội Nông dân huyện Minh Sơn tổ chức hội nghị sơ kết.
Ảnh: Thu Trang$$)
) AS v(body), gb_extract(body);

-- Z9 (probe 18). A site's menu, a line of its items only ("Bạn cần biết Tiện ích Liên hệ", "Giới thiệu Tin tức Sự kiện Liên hệ"), is no headline: the
-- headline is below it, under a section's name; a headline opening with such a word stays one
SELECT title, author
FROM (VALUES
    ($$ date 2024-05-06 Bạn cần biết Tiện ích Liên hệ
Thời sự

Anh Hà Văn Tư được bầu làm Chủ tịch Hội Nông dân tỉnh Minh Sơn

Lan Chi
06/05/2024 09:15 GMT+7

Sáng nay 6.5, Hội Nông dân tỉnh Minh Sơn tổ chức hội nghị Ban Chấp hành.$$),
    ($$Giới thiệu Tin tức Sự kiện Văn bản Hỏi đáp Liên hệ
Huyện ủy Minh Sơn tổng kết công tác dân vận năm 2023
Chiều ngày 5/1/2024, Huyện ủy Minh Sơn tổ chức hội nghị tổng kết.$$),
    ($$Giới thiệu chương trình hành động của Huyện ủy Minh Sơn năm 2024
Chiều ngày 5/1/2024, Huyện ủy Minh Sơn tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- Y12, recurring (probe 18). "Name – unit" closing the text ("Lan Chi – HND tỉnh", "Thu Trang - Ban Tuyên giáo Huyện ủy Minh Sơn") signs it: the name is
-- the byline; a sentence after the unit leaves none
SELECT author
FROM (VALUES
    ($$Tin hoạt động
Sáng 8/3/2022, Hội Nông dân tỉnh Minh Sơn tổ chức hội nghị sơ kết.

Lan Chi – HND tỉnh$$),
    ($$Tin hoạt động
Sáng 8/3/2022, Huyện ủy Minh Sơn tổ chức hội nghị sơ kết.

Thu Trang - Ban Tuyên giáo Huyện ủy Minh Sơn$$),
    ($$Tin hoạt động
Sáng 8/3/2022, Huyện ủy Minh Sơn tổ chức hội nghị sơ kết.

Thu Trang - Ban Tuyên giáo Huyện ủy Minh Sơn tổng hợp và đánh giá$$)
) AS v(body), gb_extract(body);

-- Z6. a ceremony that hands over a decision or presents a new body ("tổ chức lễ công bố quyết định", "lễ trao quyết định", "lễ ra mắt") is held as a meeting: the body before "tổ chức" organizes it on the clause's date; a "lễ công bố" held at a hội nghị leaves the hội nghị the meeting
SELECT meeting_kind, organizer, held_on
FROM (VALUES
    ($$Tin hoạt động
Sáng 9/11/2021, Tỉnh đoàn Hòa Sơn tổ chức lễ công bố quyết định của Ban Bí thư Trung ương Đoàn về công tác cán bộ.$$),
    ($$Tin hoạt động
Ngày 2/3/2022, Huyện ủy Minh Sơn tổ chức lễ trao quyết định nghỉ hưu cho cán bộ.$$),
    ($$Tin hoạt động
Ngày 6/5/2020, Hội Nông dân xã Tân An tổ chức lễ ra mắt Tổ hội nghề nghiệp.$$),
    ($$Tin hoạt động
Chiều 4/4/2021, Huyện ủy Minh Sơn tổ chức hội nghị tổng kết. Tại hội nghị, Ban Thường vụ đã tổ chức lễ công bố quyết định điều động cán bộ.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 50 G1). A ceremony held to announce or hand over several decisions, or one both announced and handed over ("tổ chức công bố các Quyết định ...", "tổ chức công bố và trao quyết định", "tổ chức trao (các) quyết định"), or to launch a campaign ("tổ chức phát động Phong trào thi đua"), is the meeting as "tổ chức công bố quyết định" is, its date, time of day and organizer from the clause; a person handing one over holds none
SELECT meeting_kind, held_on, time_of_day, organizer
FROM (VALUES
    ($$Tin hoạt động
Chiều ngày 20/10/2020, tại trụ sở UBND tỉnh, Ban Tổ chức Tỉnh ủy đã tổ chức công bố các Quyết định về công tác cán bộ.$$),
    ($$Tin hoạt động
Sáng 3/7/2025, Ban Thường vụ Tỉnh ủy Tân Lập tổ chức công bố các quyết định thành lập Đảng bộ xã.$$),
    ($$Tin hoạt động
Ngày 1/7/2025, Huyện ủy Minh Sơn tổ chức công bố và trao quyết định về công tác cán bộ.$$),
    ($$Tin hoạt động
Ngày 2/3/2022, Đảng ủy xã Tân Phú tổ chức trao các quyết định nghỉ hưu cho cán bộ.$$),
    ($$Tin hoạt động
Ngày 18/01/2024, Đảng ủy Bộ Chỉ huy Quân sự tỉnh Tân Lập tổ chức phát động Phong trào thi đua Quyết thắng năm 2024.$$),
    ($$Tin hoạt động
Ngày 24/3/2011, tại Cần Thơ, đồng chí Nguyễn Văn An trao các quyết định cho ông Lê Văn Bình.$$)
) AS v(body), gb_extract(body);

-- Z8. a meeting noun opening a sentence with what it is or is for ("Đại hội nhằm kiểm điểm ...", "Hội nghị là dịp ..."), or a congress named by its body and term and then "là" ("Đại hội Chi bộ X nhiệm kỳ 2025 - 2027 là sự kiện ..."), is the meeting the text reports; "Nghị quyết Đại hội ... là ..." names none
SELECT meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Đại hội Chi bộ Thôn 9 nhiệm kỳ 2025 - 2027 là sự kiện chính trị quan trọng của Đảng bộ xã Tân An.$$),
    ($$Tin hoạt động
Chi bộ Thôn 9 có 41 đảng viên.
Đại hội nhằm kiểm điểm kết quả lãnh đạo của chi bộ.$$),
    ($$Tin hoạt động
Chi bộ Thôn 9 có 41 đảng viên. Hội nghị là dịp để đảng viên trao đổi kinh nghiệm trồng lúa.$$),
    ($$Tin hoạt động
Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 là kim chỉ nam cho các xã trồng lúa.$$)
) AS v(body), gb_extract(body);

-- Z3. "Thực hiện Kế hoạch ... ngày D1; Công văn ... ngày D2 về ..., ngày D, tại P, X tổ chức Hội nghị ...": a lower-case "ngày" set off by commas dates the clause after it when that clause's verb holds a meeting, the earlier dates being the documents'; not when that clause issues a document, nor when the document just before has no date of its own (the date may be its)
SELECT held_on, meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Thực hiện Kế hoạch số 30/KH-HND ngày 3/3/2019 của Hội Nông dân tỉnh; Công văn số 41/CV-HND ngày 2/6/2019 về việc tổ chức hội nghị, ngày 9/7/2019, tại hội trường xã, Hội Nông dân xã Tân An tổ chức Hội nghị sơ kết công tác hội 6 tháng đầu năm 2019.$$),
    ($$Tin hoạt động
Thực hiện Công văn số 52/CV-LĐLĐ ngày 4/5/2021, ngày 20/6/2021, Liên đoàn Lao động huyện Minh Sơn tổ chức hội nghị tổng kết.$$),
    ($$Tin hoạt động
Thực hiện Công văn số 41/CV-HND ngày 2/6/2019 của Hội Nông dân tỉnh, ngày 9/7/2019, Ban Thường vụ huyện ban hành Kế hoạch tổ chức Hội nghị sơ kết.$$),
    ($$Tin hoạt động
Thực hiện Kế hoạch số 27-KH/HU, ngày 11/3/2022, Ban Tuyên giáo Huyện ủy Minh Sơn tổ chức hội nghị giao ban.$$)
) AS v(body), gb_extract(body);

-- Z4. a date in the page's header ("Thứ hai, 15/03/2021") two years or more after every year the text gives ("9 tháng năm 2015") is the site's clock: a meeting date without a year takes the text's years, and the header gives no publication date; a header a year after the text's work still dates the report
SELECT held_on, date_inferred, published
FROM (VALUES
    ($$Thứ hai,  15/03/2021
Hội Cựu chiến binh:

Sơ kết công tác hội 9 tháng

ML-Sáng nay (4/11), Hội Cựu chiến binh tỉnh Minh Lâm đã tổ chức hội nghị sơ kết.
Hội nghị đánh giá kết quả thực hiện 10 chỉ tiêu thi đua 9 tháng năm 2015 của Hội.$$),
    ($$Thứ hai,  15/03/2021
Hội Cựu chiến binh:

Tổng kết công tác hội năm 2020

ML-Sáng nay (10/3), Hội Cựu chiến binh tỉnh Minh Lâm đã tổ chức hội nghị tổng kết.
Hội nghị đánh giá kết quả thực hiện 10 chỉ tiêu thi đua năm 2020 của Hội.$$)
) AS v(body), gb_extract(body);

-- Q4. the date that closes a range opened by "từ" ("Từ ngày 9/10-13/10/2024", "Từ 2-5/12/2023") is an event's span near the meeting, not a cited document the meeting comes after: a year-less meeting date written after it takes the range's year; a cited document's date still comes before the meeting
SELECT held_on, date_inferred, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Từ ngày 9/10-13/10/2024, Đoàn công tác của Hội đồng tỉnh đã có chuyến thăm tại Lào.
Sáng ngày 8/10, Đoàn đại biểu Quốc hội tỉnh Minh Lâm có buổi làm việc với Sở Tài chính.$$),
    ($$Tin hoạt động
Từ 2-5/12/2023, Đoàn công tác của Hội đồng tỉnh đã có chuyến thăm tại Lào.
Sáng ngày 28/11, Ban Thường vụ Tỉnh ủy Minh Lâm tổ chức hội nghị.$$),
    ($$Tin hoạt động
Thực hiện Kế hoạch số 5 ngày 9/10/2024 của Tỉnh ủy, sáng ngày 8/10, Ban Thường vụ Tỉnh ủy Minh Lâm tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- Q1a. the province a body is in, in parentheses after its name ("Ban Chỉ huy Quân sự huyện Minh Sơn (Tân Lập) đã tổ chức"), belongs to the subject: the body organizes
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Ban Chỉ huy Quân sự huyện Minh Sơn (Tân Lập) đã tổ chức gặp mặt các đồng chí cựu quân nhân nhân kỷ niệm ngày thành lập.$$),
    ($$Tin hoạt động
Sáng 4/5/2022, Hội Nông dân huyện Minh Sơn (tỉnh Tân Lập) tổ chức hội nghị sơ kết công tác hội.$$)
) AS v(body), gb_extract(body);

-- Q1b. the years of a body's term ("khóa XIX nhiệm kỳ 2015 - 2020", "khóa IV, nhiệm kỳ ...", "nhiệm kỳ ..." alone) are of its name: the body before them organizes; in a congress's name they stay the congress's
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 5/4/2019, Ban Chấp hành Đảng bộ huyện Minh Sơn khóa XIX nhiệm kỳ 2015 - 2020 đã tổ chức hội nghị lần 23 (mở rộng).$$),
    ($$Tin hoạt động
Sáng 6/7/2021, Ban Chấp hành Hội Cựu chiến binh huyện Minh Sơn nhiệm kỳ 2022 – 2027 đã tổ chức hội nghị lần thứ hai.$$),
    ($$Tin hoạt động
Ngày 3-6-2020, Tổ Biên tập Đại hội Đảng bộ huyện Tân Lập nhiệm kỳ 2020 - 2025 họp cho ý kiến vào dự thảo.$$)
) AS v(body), gb_extract(body);

-- Q1c. "Đảng ủy Khối cơ sở Bộ ...": the bloc of a ministry's grassroots Party organizations, its kind in lower case inside the name; the whole name organizes, with or without a date
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
(Tin tức) - Vừa qua, Đảng ủy Khối cơ sở Bộ Thương mại tổ chức hội nghị tổng kết công tác tổ chức Đại hội Đảng bộ Khối lần thứ VIII.$$),
    ($$Tin hoạt động
Sáng 5/1/2021, Đảng bộ Khối cơ sở Bộ Minh Sơn đã tổ chức Đại hội lần thứ IV.$$)
) AS v(body), gb_extract(body);

-- R1. a year that is part of a document's name ("Cương lĩnh năm 1991", "Hiến pháp năm 1992", "Luật Đất đai năm 2013") is the year it was adopted: no year for the meeting, no period; "tổng kết 20 năm thực hiện Cương lĩnh năm 1991" counts from it
SELECT held_on, date_inferred, period_text
FROM (VALUES
    ($$Tin hoạt động
Sáng nay (28/7), Tỉnh ủy Minh Lâm tổ chức hội nghị cán bộ chủ chốt.
Đồng chí Trần Văn Khải giới thiệu Đề cương bổ sung, phát triển Cương lĩnh xây dựng đất nước (Cương lĩnh năm 1991).$$),
    ($$Tin hoạt động
Sáng 28/7, Tỉnh ủy Minh Lâm tổ chức hội nghị cán bộ chủ chốt. Đồng chí Trần Văn Khải giới thiệu Hiến pháp năm 1992.$$),
    ($$Tin hoạt động
Sáng 12/4, Sở Tư pháp tỉnh Minh Lâm tổ chức hội nghị giới thiệu Luật Đất đai năm 2013 cho cán bộ cơ sở.$$),
    ($$Tin hoạt động
Sáng 28/7, Tỉnh ủy Minh Lâm tổ chức hội nghị cán bộ chủ chốt. Đồng chí Trần Văn Khải giới thiệu Báo cáo tổng kết 20 năm thực hiện Cương lĩnh năm 1991.$$),
    ($$Tin hoạt động
Sáng 12/1, Sở Tư pháp tỉnh Minh Lâm tổ chức hội nghị tổng kết công tác tuyên truyền pháp luật năm 2024.$$)
) AS v(body), gb_extract(body);

-- W5. a date without a year comes after the documents discussed: "TƯ" of a code ("45-CT/TƯ ngày 7/12/2015") is not "từ ngày"; "tổng kết 10 năm thực hiện Nghị quyết 31" in the headline, the resolution dated in the body, is ten years after it
SELECT held_on, date_inferred
FROM (VALUES
    ($$Tin hoạt động
Ngày 19/7, Đoàn công tác số 2 của Ban Chỉ đạo đã làm việc với Ban Thường vụ Tỉnh ủy Minh Lâm về việc thực hiện Chỉ thị 45-CT/TƯ ngày 7/12/2015 của Bộ Chính trị; việc quán triệt Kết luận số 12-KL/TƯ ngày 26/12/2016 của Bộ Chính trị.$$),
    ($$Tin hoạt động
Tổng Bí thư Trần Văn Khải chủ trì cuộc họp tổng kết 10 năm thực hiện Nghị quyết 31 về phát triển tỉnh Minh Lâm
Ngày 25/5, Tổng Bí thư Trần Văn Khải chủ trì cuộc họp Bộ Chính trị cho ý kiến về Báo cáo tổng kết thực hiện Nghị quyết số 31-NQ/TW, ngày 30/7/2013 của Bộ Chính trị.$$)
) AS v(body), gb_extract(body);

-- W8. the period reviewed is the year that closes the object of "tổng kết", however long the object and with the abbreviation written after its name; "trật tự năm 2014" is not "từ năm 2014"
SELECT held_on, period, period_text
FROM (VALUES
    ($$Tin hoạt động
Chiều 30/3, UBND huyện Minh Sơn đã tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc (BVANTQ) năm 2014 và triển khai kế hoạch vận động toàn dân xây dựng phong trào BVANTQ năm 2015.$$),
    ($$Tin hoạt động
Chiều 30/3, UBND huyện Minh Sơn đã tổ chức hội nghị tổng kết phong trào toàn dân giữ gìn an ninh trật tự năm 2014.$$)
) AS v(body), gb_extract(body);

-- S2. "Cụm thi đua (số) N <parent body>" is one body's name, numbered among its parent's groups; the members listed after "gồm (N đơn vị / các quận):" are not the subject
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Vừa qua, Cụm thi đua số 4 Tỉnh ủy gồm 3 đơn vị: Huyện ủy Minh Sơn, Huyện ủy Tân Hòa và Thị ủy Lạc An đã tổ chức Hội nghị giao ban công tác thi đua.$$),
    ($$Tin hoạt động
Chiều 12/10/2023, Cụm thi đua 2 UBND tỉnh gồm các huyện: Minh Sơn, Tân Hòa, Lạc An, đã tổ chức Hội nghị sinh hoạt chuyên đề.$$),
    ($$Tin hoạt động
Chiều 12/10/2023, Cụm thi đua 2 UBND tỉnh đã tổ chức Hội nghị sinh hoạt chuyên đề.$$)
) AS v(body), gb_extract(body);

-- S3. the days of work before the date ("Sau 3 ngày làm việc, ngày 06-8-2020, Đại hội ...") do not keep it from dating the meeting; an outlet's tag before them is no part of the lead's sentence
SELECT source, meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Sau 3 ngày làm việc nghiêm túc, ngày 06-8-2020, Đại hội đại biểu Đảng bộ huyện Minh Sơn lần thứ XII, nhiệm kỳ 2020 - 2025 đã bế mạc.$$),
    ($$Tin hoạt động
(MSO) Sau 3 ngày làm việc, ngày 06-8-2020, Đại hội đại biểu Đảng bộ huyện Minh Sơn lần thứ XII, nhiệm kỳ 2020 - 2025 đã bế mạc.$$)
) AS v(body), gb_extract(body);

-- S7. "X đã tổ chức khai mạc trọng thể phiên chính thức Đại hội": the opening's manner and the sitting between the verb and the meeting are skipped; X organizes
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 16/7/2020, Đảng bộ quận Minh Sơn đã tổ chức khai mạc trọng thể phiên chính thức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2020-2025.$$)
) AS v(body), gb_extract(body);

-- S11. "họp mặt" (a gathering) is a kind of its own, never cut to "họp"; an event held "Tại hội nghị này, ..." is a side event of the meeting reported, whose kind stays
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 14/10/2024, Ban Tổ chức Huyện ủy Minh Sơn tổ chức họp mặt kỷ niệm 94 năm Ngày truyền thống ngành.$$),
    ($$Tin hoạt động
Đến dự hội nghị có các đồng chí Ủy viên Ban Chấp hành Hội LHPN huyện. Tại hội nghị, đồng chí Chủ tịch Hội LHPN huyện Minh Sơn đánh giá kết quả 6 tháng đầu năm. Tại hội nghị này, Hội LHPN huyện gắn tổ chức các hoạt động kỷ niệm Ngày gia đình Việt Nam, Hội LHPN huyện đã tổ chức họp mặt kỷ niệm ngày Gia đình Việt Nam.$$)
) AS v(body), gb_extract(body);

-- R3. an outlet's tag may end in a channel's number run into its capitals ("VOV1 - ", "HTV7 - "): the source, as "VOV - " is
SELECT source, meeting_kind, held_on
FROM (VALUES
    ($$Tin hoạt động
VOV1 - Chiều 23/9/2025, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh Minh Sơn lần thứ I đã tiến hành phiên trù bị.$$),
    ($$Tin hoạt động
HTV7 - Sáng 5/3/2025, Ban Thường vụ Thành ủy Minh Sơn tổ chức hội nghị sơ kết công tác.$$)
) AS v(body), gb_extract(body);

-- Z6 again. a ceremony that commends the exemplary ("Lễ tuyên dương", "lễ biểu dương") is held as a meeting, as "lễ công bố" is: its kind, and the body holding it
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 19-5-2016, Đảng ủy khối các cơ quan tỉnh Minh Sơn đã tổ chức Lễ tuyên dương Bí thư chi bộ điển hình tiên tiến.$$),
    ($$Tin hoạt động
Sáng 19-5-2016, Tỉnh đoàn Minh Sơn đã tổ chức lễ biểu dương thanh niên tiên tiến.$$)
) AS v(body), gb_extract(body);

-- T1. "T.Ư", "TƯ" (capital Ư) and "TW" after a body's head stand for "Trung ương": the central body organizes, under its canonical name; "TU" is a province's Tỉnh ủy, kept as written
SELECT meeting_kind, organizer, chairs
FROM (VALUES
    ($$Tin hoạt động
Ngày 14.3, Ban Dân vận T.Ư tổ chức hội nghị sơ kết 3 năm thực hiện Quy chế phối hợp. Trưởng ban Dân vận T.Ư Lò Văn Tâm chủ trì hội nghị.$$),
    ($$Tin hoạt động
Trong hai ngày 20 và 21-4, tại Tân Lập diễn ra Hội nghị toàn quốc về công tác tuyên giáo, do Ban Tuyên giáo T.Ư tổ chức.$$),
    ($$Tin hoạt động
Sáng 9/5/2016, Ban Nội chính TƯ tổ chức hội nghị sơ kết công tác quý I.$$),
    ($$Tin hoạt động
Sáng 9/5/2016, Văn phòng TW Đảng tổ chức hội nghị tổng kết công tác năm.$$),
    ($$Tin hoạt động
Sáng 9/5/2016, Ban Tổ chức TU tổ chức hội nghị sơ kết công tác quý I.$$)
) AS v(body), gb_extract(body);

-- V4 / Z9 again (probe 22). A login or sign-up invitation above the headline ("Đăng nhập để trải nghiệm thêm những tính năng hữu ích", "Đăng ký nhận bản tin", "Quên mật khẩu?", "Đăng nhập bằng Facebook") is site chrome, never the headline
SELECT title
FROM (VALUES
    ($$Đăng nhập

Đăng nhập để trải nghiệm thêm những tính năng hữu ích
Zalo

Huyện ủy Minh Sơn sơ kết công tác dân vận quý I

Gốc

Sáng 12/4/2024, Huyện ủy Minh Sơn tổ chức hội nghị sơ kết công tác dân vận quý I.$$),
    ($$Đăng ký nhận bản tin
Quên mật khẩu?
Đăng nhập bằng Facebook

Đảng ủy xã Tân Lập quán triệt Nghị quyết Đại hội

Sáng 5/3/2021, Đảng ủy xã Tân Lập tổ chức hội nghị quán triệt Nghị quyết Đại hội.$$)
) AS v(body), gb_extract(body);

-- U4. "A phối hợp với <Ban ... Trung ương> tổ chức hội thảo": A, the subject, leads and organizes, its central partner joins; the central partner holds a nationwide meeting ("trực tuyến", "toàn quốc") that A hosts
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 12-9-2023, tại Trung tâm hội nghị tỉnh, Ban Thường vụ Tỉnh ủy Minh Sơn phối hợp với Ban Kinh tế Trung ương tổ chức hội thảo khoa học về phát triển kinh tế biển.$$),
    ($$Tin hoạt động
Ngày 12-9-2023, Thành ủy Minh Sơn phối hợp với Ban Tuyên giáo Trung ương tổ chức hội nghị về phát triển du lịch.$$),
    ($$Tin hoạt động
Ngày 12-9-2023, Thành ủy Minh Sơn đã phối hợp với Ban Tuyên giáo Trung ương tổ chức hội nghị toàn quốc về công tác tuyên giáo.$$)
) AS v(body), gb_extract(body);

-- U7. "Đảng bộ / Đảng ủy các <units> (trực thuộc ..., tại ...)" names a group of Party organizations, the subject of "tổ chức": the organizer as written, and the kind its verb takes; not after "của" ("Dưới sự chỉ đạo của Đảng ủy các chi bộ đã ...", a comma left out)
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Đảng bộ các đơn vị trực thuộc Tổng công ty tại vùng Minh Sơn vừa tổ chức giao ban, phối hợp thực hiện nhiệm vụ quý IV-2019.$$),
    ($$Tin hoạt động
Ngày 5/3/2021, Đảng ủy các xã, thị trấn đã đồng loạt tổ chức hội nghị sơ kết công tác.$$),
    ($$Tin hoạt động
Dưới sự chỉ đạo của Đảng ủy các chi bộ đã lần lượt tiến hành Đại hội từ ngày 2/6/2022.$$)
) AS v(body), gb_extract(body);

-- U7, its kind. "X vừa tổ chức giao ban", X no body read and no date: the kind the verb takes (a kind, not a bare "hội nghị") is the meeting's, before the noun of "chủ trì hội nghị"; not a meeting to come ("sẽ tổ chức")
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Công đoàn ngành vừa tổ chức giao ban, phối hợp thực hiện nhiệm vụ quý IV-2019. Đồng chí Lê Văn Hòa chủ trì hội nghị.$$),
    ($$Tin hoạt động
Các đơn vị sẽ tổ chức sơ kết công tác quý IV. Đồng chí Lê Văn Hòa chủ trì hội nghị.$$)
) AS v(body), gb_extract(body);

-- U1. a spaced dash between two parts of one body's name continues it ("Tập đoàn Công nghiệp Than - Khoáng sản", "Đại học Mỏ - Địa chất"); a dash before a meeting's name ends it
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Sáng 3/4/2026, Đảng ủy Tập đoàn Công nghiệp Than - Khoáng sản Minh Sơn đã tổ chức hội nghị cán bộ chủ chốt.$$),
    ($$Tin hoạt động
Sáng 3/4/2026, Đảng ủy Trường Đại học Mỏ - Địa chất tổ chức hội nghị quán triệt.$$),
    ($$Tin hoạt động
Sáng 3/4/2026, Thành ủy Vinh - Hội nghị lần thứ 5 đã tổ chức.$$)
) AS v(body), gb_extract(body);

-- U3. "Chi bộ Cơ sở <name>" (a facility) organizes under its whole name
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 3/10/2023, Chi bộ Cơ sở Cai nghiện ma túy tổ chức buổi sinh hoạt chuyên đề.$$),
    ($$Tin hoạt động
Ngày 3/10/2023, Chi bộ Cơ sở Tân Lập tổ chức buổi sinh hoạt chuyên đề.$$)
) AS v(body), gb_extract(body);

-- T2 (probe 22). "Đảng bộ (Đảng ủy) Mặt trận Tổ quốc, các đoàn thể Trung ương (tỉnh)" is one body: the comma inside its name does not lose the organizer
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Chiều 9/7, Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.$$),
    ($$Tin hoạt động
Sáng 8/8, Đảng ủy MTTQ, các đoàn thể tỉnh tổ chức hội nghị giao ban quý III.$$)
) AS v(body), gb_extract(body);

-- N3 (probe 24). a ceremony that awards the Party badge ("Lễ trao (tặng) Huy hiệu N năm tuổi Đảng") is held as a meeting, as "lễ tuyên dương" is: its kind, date and the body holding it
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 31/12/2020, Thành ủy Minh Sơn tổ chức Lễ trao tặng Huy hiệu 40 năm tuổi Đảng cho các đảng viên.$$),
    ($$Tin hoạt động
Sáng 3/2/2021, Đảng ủy xã Tân Phú tổ chức lễ trao Huy hiệu Đảng đợt 3/2 cho đảng viên.$$)
) AS v(body), gb_extract(body);

-- N7 (probe 24). an activity named in a sentence whose subject is the congress ("Đại hội tiến hành tổng kết thực hiện Nghị quyết ...") is an item of its agenda: the kind stays "đại hội"
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Đại hội Đảng bộ tỉnh Minh Sơn lần thứ I, nhiệm kỳ 2025-2030 diễn ra trong 2 ngày 28 và 29/9. Đại hội tiến hành tổng kết thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025.$$),
    ($$Tin hoạt động
Đại hội thực hiện 3 nội dung gồm tiến hành tổng kết thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025. Đại hội diễn ra trong 2 ngày 28 và 29/9.$$),
    ($$Tin hoạt động
Sáng 28/9/2025, Đại hội Đảng bộ huyện Minh Sơn lần thứ XX khai mạc. Sáng 29/9, Đại hội tiến hành tổng kết thực hiện Nghị quyết nhiệm kỳ 2020 - 2025.$$),
    ($$Tin hoạt động
Ngày 28/9/2025, Huyện ủy Minh Sơn tổ chức Hội nghị tổng kết công tác năm 2025.$$)
) AS v(body), gb_extract(body);

-- N8 (probe 24). a sentence opened by a meeting named by its number ("Hội nghị lần thứ 12 (của) Ban Chấp hành ... đã thảo luận") names the kind, dated or not; not one that issued a document
SELECT meeting_kind, held_on
FROM (VALUES
    ($$Tin hoạt động
Hội nghị lần thứ 12 của Ban Chấp hành Đảng bộ huyện Minh Sơn đã thảo luận cho ý kiến về đề án sắp xếp bộ máy.$$),
    ($$Tin hoạt động
Hội nghị Ban Chấp hành Đảng bộ huyện Minh Sơn lần thứ 12 đã thảo luận cho ý kiến về đề án sắp xếp bộ máy.$$),
    ($$Tin hoạt động
Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XI đã ban hành Nghị quyết số 28-NQ/TW về Chiến lược bảo vệ Tổ quốc.$$)
) AS v(body), gb_extract(body);

-- P9 (probe 25). "buổi sinh hoạt chính trị tư tưởng" is a meeting held, as "sinh hoạt chuyên đề" is: its kind, and the body holding it
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 14/9/2021, Đảng ủy Công ty CP than Minh Sơn đã tổ chức buổi sinh hoạt chính trị tư tưởng chủ đề về bài viết của Tổng Bí thư.$$),
    ($$Tin hoạt động
Sáng 14/9/2021, Chi bộ thôn Tân Phú tổ chức sinh hoạt chính trị tư tưởng.$$),
    ($$Tin hoạt động
Sáng 4/10/2023, Chi bộ thôn Tân Phú tổ chức sinh hoạt chuyên đề. Thực hiện Công văn số 78-CV/ĐU về tổ chức đợt sinh hoạt chính trị tư tưởng, chi bộ đã thảo luận.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 45 G1). a body holding a political session ("tổ chức đợt / buổi sinh hoạt chính trị", "buổi thông tin thời sự") holds a meeting: its kind, date and body; "đợt" spoken of ("về tổ chức đợt ...") or praising another meeting ("là đợt sinh hoạt chính trị quan trọng") is none
SELECT meeting_kind, held_on, time_of_day, organizer
FROM (VALUES
    ($$Tin hoạt động
Chiều 26/8/2022, Quận ủy Cẩm Lệ đã tổ chức đợt sinh hoạt chính trị sâu rộng về xây dựng, chỉnh đốn Đảng theo Kết luận 21-KL/TW. Hơn 200 đồng chí đã dự hội nghị.$$),
    ($$Tin hoạt động
Sáng 12/3/2024, Đảng ủy Công an tỉnh Hòa Bình tổ chức buổi sinh hoạt chính trị kỷ niệm 94 năm Ngày thành lập Đảng.$$),
    ($$Tin hoạt động
Sáng 12/3/2024, Đảng ủy Khối Doanh nghiệp Trung ương tổ chức buổi thông tin thời sự cho cán bộ chủ chốt.$$),
    ($$Tin hoạt động
Sáng 4/10/2023, Chi bộ thôn Tân Phú tổ chức sinh hoạt chuyên đề. Thực hiện Công văn số 78-CV/ĐU về tổ chức đợt sinh hoạt chính trị, chi bộ đã thảo luận.$$),
    ($$Tin hoạt động
Sáng 20/5/2024, Đảng ủy Bộ đội Biên phòng tỉnh tổ chức hội nghị quán triệt Nghị quyết. Đây là đợt sinh hoạt chính trị quan trọng nhằm học tập nghị quyết.$$),
    ($$Tin hoạt động
Sinh hoạt chính trị là nhiệm vụ thường xuyên. Sáng 12/3/2024, Chi bộ thôn An Phú họp định kỳ.$$)
) AS v(body), gb_extract(body);

-- S2 again (probe 24). a group's bare number before the activity it holds ("Cụm thi đua 2 tổng kết ...") is its number: the group organizes
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 27/2/2014, Cụm thi đua 2 tổng kết công tác thi đua năm 2013.$$),
    ($$Tin hoạt động
Sáng 12/1/2015, Cụm thi đua 5 tổng kết công tác thi đua năm 2014.$$)
) AS v(body), gb_extract(body);

-- N5 (probe 24). "Đảng bộ / Đảng ủy cơ quan (thường trực) <agency>" is the agency's Party organization: the organizer, not cut to "Đảng bộ" nor replaced by the agency
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 12/4/2021, Đảng bộ cơ quan thường trực Ban Chỉ đạo Minh Sơn đã tổ chức Đại hội lần thứ II nhiệm kỳ 2021-2026.$$),
    ($$Tin hoạt động
Ngày 12/4/2021, Đảng bộ cơ quan Ủy ban Kiểm tra Tỉnh ủy Minh Sơn tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Ngày 12/4/2021, Đảng ủy cơ quan Văn phòng Tỉnh ủy Minh Sơn tổ chức hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);

-- N6 (probe 24). "Q." and "P." glued to a number or a name are quận and phường abbreviated: "Đảng bộ Q.4" is a body, "(TP.HCM)" after it is where it is
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 3/6/2020, Đảng bộ Q.4 (TP.HCM) tổ chức Đại hội đại biểu lần thứ 6 nhiệm kỳ 2020 - 2025.$$),
    ($$Tin hoạt động
Ngày 3/6/2020, Đảng bộ P.9 tổ chức hội nghị sơ kết.$$),
    ($$Tin hoạt động
Ngày 3/6/2020, Đảng ủy P.Minh Sơn tổ chức hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);

-- N2 (probe 24). "Ban Chỉ đạo <task in lower case> tỉnh <Place> tổ chức": the steering committee, named by its task and place, is the organizer
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tin hoạt động
Ngày 9/8/2019, Ban Chỉ đạo xây dựng nông thôn mới tỉnh Minh Sơn tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.$$),
    ($$Tin hoạt động
Ngày 9/8/2019, Ban Chỉ đạo phòng chống thiên tai tỉnh Minh Sơn đã tổ chức Hội nghị tổng kết.$$)
) AS v(body), gb_extract(body);

-- P11 (probe 25). Site debris glued into one long line reads as a lead; the short line under it, dated by a labelled "Đăng lúc:" stamp, is the headline all the same
SELECT title, published
FROM (VALUES
    ($$Tin hoạt động
Trung tâm Minh SơnGiới thiệuHội nghị :" Khảo sát mô hình trạm y tế giai đoạn 2020 - 2025 "Trong chuyến công tác, sáng 3-4, đồng chí Lê Văn Tư đã đến thăm trung tâm.

Trung tâm Minh Sơn học tập, quán triệt các Nghị quyết của Bộ Chính trị

Đăng lúc: 08:10:05 12/11/2021 (GMT+7)

Ngày 10/11, Đảng ủy Trung tâm tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- Probe 27 G9. The line right under an image's alignment widget ("leftcenterrightdel") is the image's caption, no headline; a comment box's heading
-- ("BẠN ĐỌC PHẢN HỒI") closing the page is no byline, and "Thực hiện:" labels the byline above it
SELECT title, author
FROM (VALUES
    ($$leftcenterrightdel
Các đồng chí lãnh đạo tỉnh tại đầu cầu Minh Sơn 

Hôm nay (12/6), Ban Bí thư Trung ương Đảng tổ chức các hội nghị trực tuyến toàn quốc.

Thực hiện: ANH DŨNG - QUÁCH HÙNG

BẠN ĐỌC PHẢN HỒI$$)
) AS v(body), gb_extract(body);

-- M1 (probe 27). An article or a plural between "tổ chức" and the meeting noun ("tổ chức một hội nghị", "tổ chức các hội nghị") keeps the subject as the organizer
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Chiều ngày 21/7, tại tỉnh Vĩnh Long, Ban Thường vụ Tỉnh ủy đã tổ chức một hội nghị quan trọng để lấy ý kiến về dự thảo kế hoạch.$$),
    ($$Tin hoạt động
Hôm nay (12/6), Ban Bí thư Trung ương Đảng tổ chức các hội nghị trực tuyến toàn quốc: Sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW.$$)
) AS v(body), gb_extract(body);

-- M2 (probe 27). A lead dated by its day alone takes the time of day a later sentence gives, where the meeting's noun has "diễn ra" or "được tổ chức" for predicate; not a time on another day
SELECT time_of_day, organizer
FROM (VALUES
    ($$Tin hoạt động
Hôm nay (12/6), Ban Bí thư Trung ương Đảng tổ chức hội nghị trực tuyến toàn quốc sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW.
Tại Thái Bình, hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW diễn ra sáng nay có 2 điểm cầu cấp tỉnh kết nối với điểm cầu Trung ương.$$),
    ($$Tin hoạt động
Ngày 12/6, Ban Bí thư tổ chức hội nghị sơ kết.
Trước đó, hội nghị được tổ chức vào chiều 10/6 tại Hà Nội.$$)
) AS v(body), gb_extract(body);

-- M3 (probe 26). Meetings not framed as "<Body> tổ chức hội nghị": a body's plenum counted and said held ("hội nghị Ban Chấp hành ... lần thứ 2, khóa XX được tổ chức"), a program that is the meeting ("tổ chức chương trình Gặp mặt"), a ceremony handing Party cells over ("Lễ chuyển giao ... được tổ chức trong chiều 28/3"), a meeting chaired from a bridge point ("Chủ trì hội nghị từ điểm cầu ...")
SELECT meeting_kind, organizer, time_of_day
FROM (VALUES
    ($$Tin hoạt động
Chiều ngày 12/11, dưới sự chủ trì của đồng chí Nguyễn Doãn Anh, Bí thư Tỉnh ủy, hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 2, khóa XX được tổ chức để cho ý kiến vào những nội dung thuộc thẩm quyền.$$),
    ($$Tin hoạt động
Sáng 18/10, Cơ quan Đảng uỷ Khối các cơ quan tỉnh tổ chức chương trình Gặp mặt Kỷ niệm ngày thành lập các ban xây dựng Đảng.$$),
    ($$Tin hoạt động
Lễ chuyển giao - tiếp nhận tổ chức cơ sở Đảng và đảng viên thuộc Đảng ủy Khối CCQ&DN tỉnh về trực thuộc Thành ủy Hà Tĩnh được tổ chức trong chiều 28/3.$$),
    ($$Tin hoạt động
Chủ trì hội nghị từ điểm cầu Hà Nội có đồng chí Nguyễn Xuân Phúc - Ủy viên Bộ Chính trị, Thủ tướng Chính phủ.$$)
) AS v(body), gb_extract(body);

-- Y1 (probes 26 and 27). A tổng kết or sơ kết of a document is held years after its issue: without "N năm" its issue date gives no year; a quán triệt follows it, the caller's date or "7 năm" date it
SELECT meeting_kind, held_on, date_inferred
FROM (VALUES
    ($$Sáng 21-12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết việc thực hiện Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII.$$, NULL::date),
    ($$Sáng 21-12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết việc thực hiện Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII.$$, '2024-12-22'),
    ($$Sáng 21-12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết 7 năm thực hiện Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII.$$, NULL),
    ($$Sáng 21-12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị quán triệt Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII.$$, NULL)
) AS v(body, pub), gb_extract(body, pub);

-- Y2 (probe 26). A bridge point named by a body's head alone ("điểm cầu Tỉnh ủy") is the one named in full, before or after it
SELECT online, bridge_points
FROM (VALUES
    ($$Các đồng chí lãnh đạo tỉnh và đại biểu dự tại điểm cầu Tỉnh ủy Thanh Hóa.
Hội nghị được tổ chức bằng hình thức trực tiếp tại điểm cầu Tỉnh ủy kết nối trực tuyến đến 281 điểm cầu các ban, sở, ngành, đơn vị cấp tỉnh.$$),
    ($$Hội nghị được tổ chức bằng hình thức trực tiếp tại điểm cầu Tỉnh ủy kết nối trực tuyến đến 281 điểm cầu các ban, sở, ngành, đơn vị cấp tỉnh.
Các đồng chí lãnh đạo tỉnh và đại biểu dự tại điểm cầu Tỉnh ủy Thanh Hóa.$$)
) AS v(body), gb_extract(body);

-- Y3 (probe 27). "đầu cầu X" is a bridge point of a meeting said online, before or after it; in a meeting not online it is none
SELECT online, bridge_points
FROM (VALUES
    ($$Hôm nay (12/6), Ban Bí thư Trung ương Đảng tổ chức hội nghị trực tuyến toàn quốc sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW.
Thái Bình có 312 điểm cầu kết nối với điểm cầu Trung ương với 26.295 đại biểu dự. Các đồng chí lãnh đạo tỉnh tại đầu cầu Thái Bình.$$),
    ($$Các đồng chí lãnh đạo tỉnh tại đầu cầu Thái Bình
Hôm nay (12/6), Ban Bí thư Trung ương Đảng tổ chức hội nghị trực tuyến toàn quốc, kết nối với điểm cầu Trung ương.$$),
    ($$Sáng 5/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tại trụ sở gần đầu cầu Rạch Miễu.$$)
) AS v(body), gb_extract(body);

-- Y4 (probe 27). On a listing page, a dated item that only speaks of a congress to come ("chuẩn bị công tác cho Đại hội") is no lead when a later dated line reports a meeting held
SELECT meeting_kind, held_on, time_of_day, organizer
FROM (VALUES
    ($$Ngày 9/8, Chánh Văn phòng Tỉnh ủy Đồng Nai Viên Hồng Tiến cho biết, Bí thư Tỉnh ủy Nguyễn Hồng Lĩnh vừa ký quyết định thành lập 3 tiểu ban để chuẩn bị công tác cho Đại hội đại biểu Đảng bộ tỉnh lần thứ 12, nhiệm kỳ 2025-2030.
Chiều 7/12, Tiểu ban Điều lệ Đảng Đại hội XIV tổ chức Hội nghị quán triệt, triển khai tổng kết 5 năm công tác xây dựng Đảng (2021-2025) và tổng kết 15 năm thi hành Điều lệ Đảng (2011-2025).$$)
) AS v(body), gb_extract(body);

-- Probe 28, group 4. "với sự có mặt của A, B" is their attending; "Đồng chí" capitalized after a comma splice opens a
-- sentence of its own, whose "dự, chủ trì" is C's alone
SELECT chairs, (SELECT array_agg(o.name || ': ' || array_to_string(o.roles, ', ') ORDER BY o.name) FROM unnest(officials) o) AS roles
FROM gb_extract($$Tin vắn
Hội nghị với sự có mặt của Chủ tịch UBND tỉnh Hà Văn Tư, Trưởng ban Tổ chức Tỉnh ủy Lò Văn Mạ và nhiều cán bộ lãnh đạo tỉnh,  Đồng chí Cao Văn Sáu, Bí thư Tỉnh ủy dự, chủ trì và chỉ đạo hội nghị.$$);

-- Probe 28, groups 9 and 10. A lead cut short by "…" is the body's: the photo caption under it is no headline; bylines
-- "Name| date", "GD&TĐ -" as the outlet's tag, and a closing byline above the writer's unit "(Đài ...)" and the source's link
SELECT title, source, author, published
FROM (VALUES
    ($$Phát biểu khai mạc Hội nghị, đồng chí Hà Văn Tư, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương, đề nghị các đại biểu tập trung thảo luận về những khó khăn, vướng mắc trong thực hiện nhiệm vụ theo Điều 32 Điều lệ Đảng…

Đồng chí Hà Văn Tư phát biểu chỉ đạo Hội nghị.
Quang cảnh Hội nghị.$$),
    ($$Đề nghị Ban Bí thư kỷ luật Chủ tịch tỉnh Minh Sơn

Thế Kha| 11/08/2022 18:31

Ủy ban Kiểm tra Trung ương đề nghị Ban Bí thư xem xét kỷ luật ông Hà Văn Tư.$$),
    ($$Ủy ban Kiểm tra Trung ương họp kỳ thứ 32

GD&TĐ - Từ ngày 03 đến 06/12, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ 32.$$),
    ($$Minh Sơn luân chuyển 7 cán bộ xã

Ngày 10/4, Huyện ủy Minh Sơn tổ chức hội nghị công bố quyết định luân chuyển cán bộ.

Hữu Hoàn

(Đài Minh Sơn)

Nguồn Nghệ An: http://baonghean.vn/thoi-su/luan-chuyen/$$)
) AS v(body), gb_extract(body);

-- Periods (probe 29): a count of months in words ("sáu tháng đầu năm"); a window of what "sẽ" be done is no period; a period without a year under a later one planned is of the year planned, not of a year in another sentence; "tháng 3 và quý I", "quý II và 6 tháng đầu năm" are the longer one
SELECT period, period_text
FROM (VALUES
    ($$Ngày 21-6, Ban Tổ chức Tỉnh ủy Minh Sơn tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng sáu tháng đầu năm 2013. Tính đến hết tháng 5-2013, toàn tỉnh có 23 tổ chức đảng.$$),
    ($$Thực hiện kế hoạch của Đảng ủy Khối, trong tháng 3/2020, các chi bộ trực thuộc sẽ tiến hành đại hội.
Ngày 03/3, Chi bộ Văn phòng Huyện ủy Tân Lập đã tổ chức Đại hội lần thứ IV, nhiệm kỳ 2020 - 2022.$$),
    ($$Ban Tổ chức Tỉnh ủy Minh Sơn triển khai nhiệm vụ quý II năm 2024
Hội nghị tại điểm cầu tỉnh Minh Sơn

Trong Quý I, toàn ngành đã quán triệt các quy định của Trung ương. Quan tâm đánh giá, xếp loại chất lượng năm 2023 đối với tổ chức đảng.

Phát biểu tại hội nghị, đồng chí Nguyễn Văn An đề nghị tiếp tục quán triệt các quy định.$$),
    ($$Chiều ngày 1/4, Ban Tổ chức Tỉnh ủy Minh Sơn tổ chức giao ban công tác tổ chức xây dựng Đảng tháng 3 và quý I năm 2019.$$),
    ($$Sáng 5/7/2023, Ban Tổ chức Tỉnh ủy Minh Sơn tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý II và 6 tháng đầu năm 2023.$$)
) AS v(body), gb_extract(body);

-- Bridge points (probe 28): a place named with its level and, in a caption, without is one point; "điểm cầu tỉnh" alone is the province named before it in its sentence
SELECT online, bridge_points
FROM (VALUES
    ($$Sáng 27/3, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc với điểm cầu chính tại Hà Nội. Tại điểm cầu tỉnh Minh Sơn có 400 đại biểu dự.
Quang cảnh hội nghị tại điểm cầu Minh Sơn.$$),
    ($$Chiều 28/6, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến.
Phó Bí thư Thường trực Tỉnh ủy Minh Sơn, Nguyễn Văn An phát biểu tại điểm cầu tỉnh. (Ảnh: XM).
Dự tại điểm cầu tỉnh có các đồng chí lãnh đạo tỉnh.$$)
) AS v(body), gb_extract(body);

-- R2 (probe 28). "Hội nghị lần thứ N Ban Chấp hành ... được tổ chức": the plenum counted before the body is the body's own
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Ngày 29-9-2023, dưới sự chủ trì của đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy, Hội nghị lần thứ 25 Ban Chấp hành Đảng bộ tỉnh khóa XIX đã được tổ chức để đánh giá tình hình thực hiện nhiệm vụ.$$)
) AS v(body), gb_extract(body);

-- R2 (probe 28). A body that chairs the meeting holds it ("Ban Bí thư ... chủ trì Hội nghị"), and so does the body a chaired meeting is named by ("chủ trì hội nghị Ban Thường vụ Quân ủy Trung ương"); not the body of a chair's title
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Sáng 27/3/2021, Ban Bí thư Trung ương Đảng chủ trì Hội nghị trực tuyến toàn quốc nghiên cứu, học tập, quán triệt, tuyên truyền Nghị quyết Đại hội XIII của Đảng.$$),
    ($$Đại tướng Phan Văn Giang - Uỷ viên Bộ Chính trị, Phó Bí thư Quân uỷ Trung ương, Bộ trưởng Bộ Quốc phòng chủ trì hội nghị Ban Thường vụ Quân uỷ Trung ương xem xét, cho ý kiến một số nhiệm vụ quân sự quốc phòng quan trọng.$$),
    ($$Sáng 24-6, đồng chí Hoàng Anh Trung, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy đã chủ trì Hội nghị báo cáo viên tháng 6.$$)
) AS v(body), gb_extract(body);

-- R2 (probe 29). The group named before "gồm" holds the meeting, named up to "gồm"; a capitalized "Ban Tổ chức" among its members is no verb
SELECT meeting_kind, organizer
FROM (VALUES
    ($$LSO-Chiều nay (8/1), Cụm thi đua I – Các cơ quan ban Đảng trực thuộc Tỉnh ủy gồm: Ban Tuyên giáo, Ban Tổ chức, Ban Dân vận, Ủy ban kiểm tra, Văn phòng Tỉnh ủy tổ chức hội nghị tổng kết công tác thi đua, khen thưởng (TĐKT) năm 2017 và triển khai nhiệm vụ năm 2018.$$)
) AS v(body), gb_extract(body);

-- R2 (probe 29). A body that carries out an activity paired with a meeting's kind ("đã triển khai, quán triệt") holds that meeting
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Sáng 3/4/2024, đã diễn ra hội nghị tại Hà Nội. Tại hội nghị, Ban Tổ chức Trung ương đã triển khai, quán triệt Quy định số 137-QĐ/TW của Ban Bí thư.$$)
) AS v(body), gb_extract(body);

-- Probe 30 GROUP-8. the "|" a site closes a head field with is no part of it: "HÀN GIANG |" under the headline is the byline, "<headline> |" the headline; "T/h:" labels the closing byline
SELECT title, author
FROM (VALUES
    ($$Khen thưởng 20 tập thể, cá nhân có thành tích phục vụ đại hội đảng các cấp

HÀN GIANG |

Sáng qua 30.9, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết công tác quý III.$$),
    ($$Sóc Trăng quyết tâm đưa các Khu, Cụm Công nghiệp mới vào hoạt động trong năm 2024 |
02/01/2024
Chiều nay (2/1), ông Trần Văn Lâu chủ trì cuộc họp với lãnh đạo các sở.$$),
    ($$Tin vắn
Sáng 2/3, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII. Hội nghị nối cầu trực tuyến tới các huyện.

T/h: Xuân Hạnh$$)
) AS v(body), gb_extract(body);

-- R3 (probe 31). A working session someone chairs ("chủ trì buổi làm việc với") is the meeting held, even undated; not one to come ("sẽ chủ trì")
SELECT meeting_kind, chairs
FROM (VALUES
    ($$(VPL)- Tổng Bí thư Tô Lâm chủ trì buổi làm việc với Ban Tổ chức Trung ương, đánh giá kết quả công tác tổ chức xây dựng Đảng.$$),
    ($$(VPL)- Tổng Bí thư Tô Lâm sẽ chủ trì buổi làm việc với Ban Tổ chức Trung ương.$$)
) AS v(body), gb_extract(body);

-- R3 (probe 30). Without a lead, a capitalized "Hội nghị học tập, quán triệt ..." names the meeting attended by its kind; "các Hội nghị Tổng kết" (meetings held before) does not
SELECT meeting_kind
FROM (VALUES
    ($$Quang cảnh hội nghị

Đội ngũ cán bộ chủ chốt tỉnh dự hội nghị tại điểm cầu Tỉnh ủy

Nét mới của Hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII lần này là hội nghị còn nối cầu trực tuyến tới các huyện.$$),
    ($$Quang cảnh hội nghị

Đội ngũ cán bộ chủ chốt tỉnh dự hội nghị tại điểm cầu Tỉnh ủy

Trong quý, cấp ủy các cấp đã tổ chức các Hội nghị Tổng kết việc thực hiện Chỉ thị số 35 của Bộ Chính trị.$$)
) AS v(body), gb_extract(body);

-- R3 (probe 30). "tại hội nghị lần thứ N, Ban Chấp hành ..." : the committee holds its own numbered plenum whatever it then does; not after an unnumbered "tại hội nghị,"
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Chiều ngày 14/4/2022, tại hội nghị lần thứ 7, Ban Chấp hành Đảng bộ tỉnh Long An khóa XI tiếp tục thảo luận, cho ý kiến vào các nội dung quan trọng.$$),
    ($$Chiều ngày 14/4/2022, tại hội nghị, Ban Chấp hành Đảng bộ tỉnh Long An khóa XI tiếp tục thảo luận.$$)
) AS v(body), gb_extract(body);

-- R3 (probe 30). A review named as the meeting's topic ("Ban Chỉ đạo về tổng kết ...") keeps a cited document's year off an undated meeting; a review that is a cited document's subject does not
SELECT meeting_kind, held_on, date_inferred
FROM (VALUES
    ($$Sáng ngày 17/12, tại Tỉnh ủy Sóc Trăng, Ban Chỉ đạo cấp tỉnh về tổng kết thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng (khóa XII) tổ chức họp.$$),
    ($$Sáng 8/9, tại TP. Vinh, Phó Thủ tướng Vương Đình Huệ đã tham dự hội nghị triển khai các nội dung Thông báo số 55-TB/TW ngày 20/4/2019 của Bộ Chính trị về sơ kết 5 năm thực hiện Nghị quyết số 26-NQ/TW.$$)
) AS v(body), gb_extract(body);

-- R3 (probe 31). A session's day without a year ("phiên bế mạc ... sáng ngày 15-10") inside the event's full span ("từ ngày 12 đến ngày 15 tháng 10 năm 2020") dates the event by its first day; a day outside the span stays the lead's
SELECT held_on, date_inferred, time_of_day
FROM (VALUES
    ($$Nghị quyết đã được đại biểu thông qua trong phiên bế mạc Đại hội vào sáng ngày 15-10. Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020.$$, date '2020-10-15'),
    ($$Sáng ngày 20-10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Đại hội diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020.$$, date '2020-10-21')
) AS v(body, published), gb_extract(body, published);

-- R3 (probe 31). "tổ chức kỷ niệm" holds an anniversary ceremony, dated by its lead ("Hôm nay 10.10"); "nhân kỷ niệm" is only an occasion
SELECT meeting_kind, held_on, date_inferred
FROM (VALUES
    ($$Hôm nay 10.10, Ủy ban Kiểm tra Tỉnh ủy tổ chức kỷ niệm 70 năm Ngày truyền thống ngành kiểm tra Đảng.$$, date '2018-10-10'),
    ($$Sáng 10/10, nhân kỷ niệm 70 năm Ngày truyền thống, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị sơ kết.$$, date '2018-10-10')
) AS v(body, published), gb_extract(body, published);

-- R5 (probe 32). A page's bare time stamp ("25/02/2026 06:40") closing the headline's line is its publication, no part of the title, and makes a line that opens with a date ("Sáng nay, ...") the headline, not the lead; the lead under it gives the organizer and scope. After "ngày" the date is the headline's own
SELECT title, published, organizer, scope
FROM (VALUES
    ($$Sáng nay, Tổng Bí thư dự và phát biểu chỉ đạo tại hội nghị quán triệt 2 nghị quyết của Bộ Chính trị 25/02/2026 06:40

Sáng nay (25-2), Ban Bí thư sẽ tổ chức Hội nghị trực tuyến toàn quốc quán triệt, triển khai thực hiện Nghị quyết 79 của Bộ Chính trị.$$),
    ($$Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 26/03/2024 08:15

Sáng 26/3, Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12.$$),
    ($$Hội nghị Ban Chấp hành Đảng bộ tỉnh ngày 26/03/2024 08:15

Sáng 26/3, Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 33). No headline: an accessibility bar ("A- A A+ | Tăng tương phản Giảm tương phản", no outlet's tag), a photo's caption speaking of the meeting by its bare noun ("Hội nghị tại điểm cầu ...", "... chủ trì Hội nghị."), a line in lower case going on a document's name above it; a headline with a stop that names its meeting stays
SELECT title, source
FROM (VALUES
    ($$Xã Sơn Tây

A- A A+ | Tăng tương phản Giảm tương phản

Hội nghị tổng kết, rút kinh nghiệm công tác Đại hội Đảng bộ xã Sơn Tây

Sáng 01/8/2025, Đảng ủy xã Sơn Tây tổ chức Hội nghị tổng kết.$$),
    ($$Hội nghị tại điểm cầu T.Ư Hội CCB Việt Nam.

Ngày 9-7-2024, Bộ Chính trị tổ chức Hội nghị quán triệt Quy định số 144-QĐ/TW.$$),
    ($$Thủ tướng Phạm Minh Chính chủ trì Hội nghị.

Phát triển Tây Nguyên phải bảo đảm nhanh, bền vững

Sáng 1/7, Hội nghị tổng kết được tổ chức tại tỉnh Đắk Lắk.$$),
    ($$Chính trị
QUY ĐỊNH
về việc miễn nhiệm, từ chức đối với cán bộ
Sáng 2/3, Tỉnh ủy tổ chức hội nghị.$$),
    ($$TP. Điện Biên Phủ: Tích cực chuẩn bị Đại hội Đảng bộ các cấp.

Ngày 7/1/2020, Ban Thường vụ Thành ủy tổ chức Hội nghị cán bộ.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 32). With no stamp, a few words opening with a date and with no stop, over a lead paragraph that opens with a date too, are the headline; the lead under it gives the organizer
SELECT title, organizer, scope
FROM (VALUES
    ($$Sáng nay, Tổng Bí thư dự và phát biểu chỉ đạo tại hội nghị quán triệt 2 nghị quyết của Bộ Chính trị

Sáng nay (25-2), Ban Bí thư sẽ tổ chức Hội nghị trực tuyến toàn quốc quán triệt, triển khai thực hiện Nghị quyết 79 của Bộ Chính trị.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 33). A course's opening held ("tổ chức khai giảng lớp tập huấn", "tổ chức Lễ khai giảng Lớp bồi dưỡng") is the meeting, with its date, time of day and organizer; "nhân dịp khai giảng năm học" is only an occasion
SELECT meeting_kind, held_on, time_of_day, organizer
FROM (VALUES
    ($$Sáng ngày 22/9/2023, Đảng ủy Khối cơ quan tỉnh đã tổ chức khai giảng lớp tập huấn nghiệp vụ công tác xây dựng Đảng cho 70 đồng chí.$$),
    ($$Ngày 22-5-2012, Đảng ủy Khối các cơ quan Trung ương đã tổ chức Lễ khai giảng Lớp bồi dưỡng công tác Đảng.$$),
    ($$Sáng 5/9/2022, nhân dịp khai giảng năm học mới, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 29). "Ban Tổ chức Thành ủy Hà Nội kỷ niệm 85 năm ...": an anniversary that is a body's act is a ceremony the body holds, past adverbs too; "hướng tới kỷ niệm" is only an occasion
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Ngày 12-10-2015, Ban Tổ chức Thành ủy Hà Nội kỷ niệm 85 năm Ngày truyền thống ngành tổ chức xây dựng Đảng.$$),
    ($$Chiều 5/2/2020, Tỉnh ủy Long An đã long trọng kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam.$$),
    ($$Chiều 5/2/2020, hướng tới kỷ niệm 90 năm Ngày thành lập Đảng, Tỉnh ủy Long An tổ chức hội nghị giao ban.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 32). "tiếp tục phiên họp hội nghị": the sitting is of the meeting named after it, whose noun is the kind; "phiên họp thứ 15" alone stays the kind
SELECT meeting_kind, held_on, time_of_day
FROM (VALUES
    ($$Chiều 5/4/2024, Ban Chấp hành Đảng bộ tỉnh tiếp tục phiên họp hội nghị thảo luận đánh giá nhiệm vụ công tác quý I.$$),
    ($$Sáng 27/9/2022, Ủy ban Thường vụ Quốc hội tiếp tục phiên họp thứ 15 cho ý kiến về dự án Luật.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 32). "ngày làm việc thứ ba của Hội nghị lần thứ chín Ban chấp hành Trung ương ..., cả ngày 10/5/2013": a meeting whose working day is reported is held, dated by the date after it, its body the organizer; "thông cáo về Hội nghị ..." alone only speaks of it
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$TP - Theo thông cáo báo chí về ngày làm việc thứ ba của Hội nghị lần thứ chín Ban chấp hành Trung ương khóa XI, cả ngày 10/5/2013, Ban Chấp hành T.Ư Đảng tiến hành thảo luận tại tổ.$$),
    ($$Theo thông cáo báo chí về Hội nghị lần thứ chín Ban chấp hành Trung ương khóa XI, cả ngày 10/5/2013, Ban Chấp hành T.Ư Đảng tiến hành thảo luận tại tổ.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 32). "Đại hội các Chi bộ trực thuộc", "đại hội đảng bộ các cấp": congresses of many organizations are a campaign spoken of, no meeting; "Đại hội Đảng bộ các cơ quan Đảng tỉnh" is one organization's
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Ban Thường vụ Huyện ủy Chỉ đạo Đại hội các Chi bộ trực thuộc Đảng bộ cơ sở, nhiệm kỳ 2022 – 2025

Ngày 27 tháng 5 năm 2022, đồng chí Lê Văn Ngoan, Phó Bí thư Thường trực Huyện ủy đã ký ban hành Công văn số 1127-CV/HU.$$),
    ($$Thi đua chào mừng đại hội đảng bộ các cấp

Ngày 10/12/2019, Ban Thường vụ Đảng ủy đã ban hành Kế hoạch số 101-KH/ĐU.$$),
    ($$Sáng 10/8/2020, Đại hội Đảng bộ các cơ quan Đảng tỉnh lần thứ X khai mạc.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 33 G3). A body heading the lead holds the meeting when it sits in session ("duyệt", "làm việc với") or is written with "T.Ư Đảng"; not a session still to come
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Sáng ngày 11/3/2015, BTV huyện ủy đã duyệt nội dung Đại hội Đảng bộ xã Thịnh Sơn. Đồng chí Trương Hồng Phúc - Bí thư Huyện ủy chủ trì hội nghị.$$),
    ($$Chiều 16/5, Thường trực Tỉnh ủy làm việc với Ban Tuyên giáo và Dân vận Tỉnh ủy về kết quả công tác.$$),
    ($$Ngày 9-7-2024, Bộ Chính trị T.Ư Đảng tổ chức Hội nghị quán triệt Quy định số 144-QĐ/TW.$$),
    ($$Chiều 16/5, Thường trực Tỉnh ủy sẽ làm việc với Ban Tổ chức Tỉnh ủy.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 33 G2). A day without a year takes the crawl tag's year, whatever a cited document dates; a review of a congress the year its term opens (not a congress's resolution, nor "Từ năm 2015")
SELECT held_on, date_inferred
FROM (VALUES
    ($$ date 2025-10-28 Ngày 27-10, đồng chí Trần Cẩm Tú đã chủ trì Hội nghị tổng kết Nghị quyết số 18-NQ/TW, ngày 25-10-2017 của Ban Chấp hành Trung ương.$$),
    ($$Tin vắn
Sáng 01/8, Đảng ủy xã Sơn Tây tổ chức Hội nghị tổng kết, rút kinh nghiệm sau khi Đại hội Đảng bộ xã diễn ra thành công.
Từ năm 2015 đến nay, Đảng bộ xã đã tổ chức thành công Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030.$$),
    ($$Tin vắn
Sáng 01/8, Huyện ủy tổ chức Hội nghị sơ kết thực hiện Nghị quyết Đại hội Đảng bộ huyện.
Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 – 2025 đạt kết quả.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 44 G1). A congress's days without a year ("Đại hội ... từ ngày 14-16/10 đặt ra") take the year its term opens, named in another sentence of a congress ("Sáng 15/10, Đại hội ..., nhiệm kỳ 2020-2025 đã khai mạc"), dated by the first day; not a resolution's term, nor in January or February
SELECT held_on, date_inferred, time_of_day
FROM (VALUES
    ($$Tin hoạt động
Đây là mục tiêu được Đại hội Đảng bộ tỉnh Sóc Trăng lần thứ XIV, từ ngày 14-16/10 đặt ra.

Sáng 15/10, Đại hội Đảng bộ tỉnh Sóc Trăng lần thứ XIV, nhiệm kỳ 2020-2025 đã khai mạc.$$),
    ($$Tin hoạt động
Đại hội Đảng bộ huyện Gio Linh lần thứ XIX diễn ra từ ngày 8-10/7. Sáng 9/7, Đại hội Đảng bộ huyện Gio Linh lần thứ XIX, nhiệm kỳ 2020-2025 đã khai mạc trọng thể.$$),
    ($$Tin hoạt động
Đại hội Đảng bộ huyện Gio Linh lần thứ XIX diễn ra từ ngày 8-10/7. Đại hội đã thảo luận việc thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2015-2020.$$),
    ($$Tin hoạt động
Đại hội Đảng bộ huyện Gio Linh lần thứ XIX diễn ra từ ngày 8-10/1. Sáng 9/1, Đại hội Đảng bộ huyện Gio Linh lần thứ XIX, nhiệm kỳ 2020-2025 đã khai mạc trọng thể.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 29 G4). With no dated lead, "Tại hội nghị, X đã triển khai, quán triệt ..." names who holds the meeting; not a body that only reports at it
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Ban Tổ chức Trung ương triển khai nhiệm vụ quý II năm 2024
Trong Quý I, toàn ngành đã quán triệt các quy định.
Tại hội nghị, Ban Tổ chức Trung ương đã triển khai, quán triệt Quy định số 137, ngày 01/12/2023 của Ban Bí thư.$$),
    ($$Tin vắn
Hội nghị diễn ra trực tuyến.
Tại hội nghị, Ban Tuyên giáo Tỉnh ủy đã trình bày báo cáo chuyên đề.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 45 G6). With no dated lead, "Tại hội nghị, <body> đã thảo luận, thống nhất ..." (a body in session at the meeting just named) holds it, after a caption only attending it ("phát biểu tại hội nghị") too; the delegates are no body
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Đảng ủy Quân sự tỉnh Minh Sơn ra nghị quyết lãnh đạo nhiệm vụ quý II năm 2023
Đồng chí Bí thư Tỉnh ủy phát biểu tại hội nghị

Quý I năm 2023, Đảng ủy Quân sự tỉnh Minh Sơn đã lãnh đạo hoàn thành 100% chỉ tiêu… Tại hội nghị, Đảng ủy Quân sự tỉnh Minh Sơn đã thảo luận, thống nhất phương hướng nhiệm vụ quý II năm 2023.$$),
    ($$Tin hoạt động
Tại hội nghị, Ban Thường vụ Huyện ủy Hòa Vang cho ý kiến về đề án nhân sự.$$),
    ($$Tin hoạt động
Tại hội nghị, các đại biểu đã thảo luận, thống nhất phương hướng nhiệm vụ.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 55 G3). A council holds its session however the lead says so: "tổ chức thành công Kỳ họp" (the verb's result before its noun), "Tại Kỳ họp thứ 26, HĐND tỉnh ... đã bầu", "Tại kỳ họp, HĐND huyện thực hiện quy trình miễn nhiệm" (an election or a dismissal, voted only in session); not a body only reporting to it
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tin hoạt động
Ngày 10/7/2020, HĐND huyện Chư Prông vừa tổ chức thành công Kỳ họp lần thứ Mười một, khóa XII, nhiệm kỳ 2016-2021.$$),
    ($$Tin hoạt động
Chiều 3/1/2025, tại Kỳ họp thứ 26, HĐND tỉnh Nghệ An khóa XVIII đã bầu ông Lê Hồng Vinh giữ chức Chủ tịch UBND tỉnh.$$),
    ($$Tin hoạt động
Kỳ họp đã thông qua 12 nghị quyết. Tại kỳ họp, HĐND huyện Điện Biên Đông thực hiện quy trình miễn nhiệm chức danh Chủ tịch HĐND huyện.$$),
    ($$Tin hoạt động
Chiều 3/1/2025, tại Kỳ họp thứ 26, UBND tỉnh Nghệ An đã trình các tờ trình.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 34 G2). The whole object after "nhiệm vụ" is planned, areas paired by a dash and their abbreviation included ("quân sự - quốc phòng (QS-QP) 6 tháng cuối năm 2019", "kinh tế - xã hội, quốc phòng - an ninh năm 2024"): neither is the period reviewed nor the meeting's year; a guessed year never puts the meeting after publication
SELECT held_on, date_inferred, period, period_text
FROM (VALUES
    ($$Sáng 26/6, Đảng ủy Quân sự tỉnh tổ chức hội nghị ra Nghị quyết lãnh đạo thực hiện nhiệm vụ quân sự - quốc phòng (QS-QP) 6 tháng cuối năm 2019. Sáu tháng đầu năm, Đảng ủy đã làm tốt công tác tham mưu.$$, date '2019-06-26'),
    ($$Sáng 26/12, Tỉnh ủy tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2024.$$, NULL),
    ($$Sáng 26/6, Tỉnh ủy tổ chức hội nghị sơ kết công tác 6 tháng cuối năm 2019.$$, date '2019-06-26')
) AS v(body, published), gb_extract(body, published);

-- R5 (probe 34 G1). A year or a date of a person's life ("sinh năm 1969", "sinh ngày 12/5/1970") or the first year of a span ("từ năm 2010 đến năm 2015") is not the meeting's: no year rather than a wrong one, unless published gives it; "học sinh năm 2024" is no birth
SELECT held_on, date_inferred
FROM (VALUES
    ($$Chiều 10/2, Thành ủy Cần Thơ tổ chức hội nghị triển khai quyết định của Ban Bí thư về công tác cán bộ. Ông Trương Cảnh Tuyên sinh năm 1969, quê ở tỉnh Thanh Hóa.$$, NULL),
    ($$Chiều 10/2, Thành ủy Cần Thơ tổ chức hội nghị triển khai quyết định của Ban Bí thư về công tác cán bộ. Ông Trương Cảnh Tuyên sinh năm 1969, quê ở tỉnh Thanh Hóa.$$, date '2023-02-10'),
    ($$Chiều 10/2, Thành ủy tổ chức hội nghị. Ông Nguyễn Văn An, sinh ngày 12/5/1970, quê ở tỉnh Thanh Hóa.$$, NULL),
    ($$Chiều 10/2, Thành ủy tổ chức hội nghị. Ông Nguyễn Văn An giữ chức Bí thư Huyện ủy từ năm 2010 đến năm 2015.$$, NULL),
    ($$Chiều 10/2, Sở Giáo dục tổ chức hội nghị về công tác học sinh năm 2024.$$, NULL)
) AS v(body, published), gb_extract(body, published::date);

-- R5 (probe 34 G1). A page's stamp run into the lead, glued or after a dash ("14/12/2021Ngày 13/12, ..."), and a crawl tag's full date ("date 2025-10-02") are the publication; the meeting's day takes its year from it. A tag's month alone is no publication
SELECT published, held_on, date_inferred
FROM (VALUES
    ($$Ban Thường vụ Tỉnh ủy họp Ban Chấp hành Đảng bộ tỉnh lần thứ 7
14/12/2021Ngày 13/12, Ban Thường vụ Tỉnh ủy Vĩnh Long tổ chức hội nghị Ban chấp hành Đảng bộ tỉnh lần thứ 7, nhiệm kỳ 2020-2025.$$),
    ($$Ban Thường vụ Tỉnh ủy họp Ban Chấp hành Đảng bộ tỉnh lần thứ 7
14/12/2021 - Sáng 13/12, Ban Thường vụ Tỉnh ủy Vĩnh Long tổ chức hội nghị Ban chấp hành Đảng bộ tỉnh.$$),
    ($$ date 2025-10-02 Chiều 2-10, Ban Thường vụ Thành ủy Cần Thơ tổ chức hội nghị Ban Chấp hành Đảng bộ thành phố.$$),
    ($$date 2022-09 Sáng 27/9, Ủy ban Thường vụ Quốc hội tổ chức Hội nghị trực tuyến toàn quốc.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 34 G6). A sidebar's list of short items ("• Cần, Kiệm, Liêm, Chính") and the line heading it are no headline, nor a section's name ("Chuyên mục ..."); a lead opening with a dash and a single item leave the headline above them
SELECT title
FROM (VALUES
    ($$6 điều Bác Hồ dạy CAND
 • Đối với tự mình phải:
 • Cần, Kiệm, Liêm, Chính
 • Đối với đồng sự phải
 • Thân Ái Giúp Đỡ
Chuyên mục vì An ninh Tổ quốc
Thống kê truy cập
Hôm nay:
Đồng chí Trương Thị Mai làm việc về công tác chuẩn bị Đại hội Đảng các cấp tại An Giang
Ngày 23/03/2020, đồng chí Trương Thị Mai đã có buổi làm việc với Ban Thường vụ Tỉnh ủy An Giang.$$),
    ($$Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9
- Chiều 2/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9.
- Sáng 3/10, hội nghị bế mạc.$$),
    ($$Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9
• Tin liên quan
Chiều 2/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- Probe 35 GROUP-11. a contributor's name with his unit in parentheses opening the publication line under the headline ("Khương Quang (Quân khu 1) 16:09, 27/02/2023") is the byline; a weekday there is none
SELECT title, author, published
FROM (VALUES
    ($$Đảng ủy Quân khu 1: Quán triệt các nghị quyết của Quân ủy Trung ương

Khương Quang (Quân khu 1) 16:09, 27/02/2023

Ngày 27-2, Đảng ủy Quân khu 1 tổ chức Hội nghị nghiên cứu, học tập, quán triệt các nghị quyết của Quân ủy Trung ương.$$),
    ($$Đảng ủy Quân khu 1: Quán triệt các nghị quyết của Quân ủy Trung ương

Thứ Hai (GMT) 16:09, 27/02/2023

Ngày 27-2, Đảng ủy Quân khu 1 tổ chức Hội nghị nghiên cứu, học tập, quán triệt các nghị quyết của Quân ủy Trung ương.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 34 G3). With no dated lead, a speech made at the meeting ("Phát biểu khai mạc hội nghị, X, Bí thư Huyện ủy ...") names the meeting held; not one named by its number
SELECT meeting_kind, online
FROM (VALUES
    ($$Kiểm điểm tập thể Ban Thường vụ
Phát biểu khai mạc hội nghị, ông Nguyễn Văn An, Bí thư Huyện ủy nhấn mạnh nội dung kiểm điểm.$$),
    ($$Kiểm điểm tập thể Ban Thường vụ
Phát biểu chỉ đạo Hội nghị, đồng chí Nguyễn Văn An, Bí thư Huyện ủy nhấn mạnh nội dung kiểm điểm.$$),
    ($$Tin vắn
Đồng chí Nguyễn Văn An phát biểu khai mạc Hội nghị Trung ương 8 năm 2023 tại Hà Nội.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 34 G3). "tại (phiên khai mạc) Đại hội ... lần thứ nhất" heading its clause: the congress held, its Party organization the organizer; not "đã đề ra tại Đại hội ..."
SELECT organizer, meeting_kind, held_on
FROM (VALUES
    ($$Tin vắn
Sáng 3/10, tại phiên khai mạc Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ nhất, nhiệm kỳ 2025-2030, Phó trưởng Ban Tổ chức Trung ương Bùi Thị Quỳnh Vân công bố quyết định của Bộ Chính trị.$$),
    ($$Tin vắn
Sáng 3/10, Huyện ủy sơ kết thực hiện các chỉ tiêu đã đề ra tại Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ XV.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 49 G3). "Đại hội [đại biểu] Đảng bộ X khai mạc / bầu / bế mạc": the congress heading its clause, its predicate right after the body, names its organizer with no "lần thứ" or term; a bare "Đảng bộ tỉnh" none
SELECT organizer, meeting_kind, held_on
FROM (VALUES
    ($$Tin vắn
Sáng 28/10/2015, Đại hội Đảng bộ tỉnh Lạng Sơn chính thức khai mạc.$$),
    ($$Tin vắn
Sáng 15/10/2020, Đại hội đại biểu Đảng bộ huyện Mường Tè đã bầu 35 người vào Ban Chấp hành.$$),
    ($$Tin vắn
Sáng 15/10/2020, Đại hội Đảng bộ Quân khu 3 bế mạc.$$),
    ($$Tin vắn
Sáng 15/10/2020, Đại hội Đảng bộ tỉnh khai mạc.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 34 G3). "tổ chức Lễ dâng hoa ...": a ceremony named by "lễ" and its act, held, kind "lễ", the subject its organizer; "nhân dịp lễ 30/4" is a holiday
SELECT meeting_kind, organizer, held_on, time_of_day
FROM (VALUES
    ($$Tin vắn
Sáng 19/5/2020, Tỉnh ủy Hậu Giang tổ chức Lễ dâng hoa viếng Bác.$$),
    ($$Tin vắn
Sáng 19/5, Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang long trọng tổ chức Lễ dâng hoa viếng Bác, sơ kết 4 năm thực hiện Chỉ thị 05-CT/TW.$$),
    ($$Tin vắn
Sáng 19/5, nhân dịp lễ 30/4, ông Lê Văn An thăm Tỉnh ủy Hậu Giang.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 34 G3). With no lead, "X vừa tổ chức kiểm điểm, tự phê bình ...": an activity just held is a meeting, X its organizer; not "đã tổ chức triển khai ..." over time
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Họp kiểm điểm, tự phê bình và phê bình tập thể Ban Thường vụ
Thực hiện theo Kế hoạch số 60 của Tỉnh ủy, Đảng ủy Khối các cơ quan tỉnh vừa tổ chức kiểm điểm, tự phê bình và phê bình tập thể Ban Thường vụ.$$),
    ($$Tin vắn
Thời gian qua, Đảng ủy Khối các cơ quan tỉnh đã tổ chức triển khai Nghị quyết.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 34 G3). A delegation ("Đoàn kiểm tra số 26 của Bộ Chính trị, Ban Bí thư ...") is one body, its verb past its leader's clause ("do ông X ... làm Trưởng đoàn,"); "công bố quyết định" is its act; not the act of a body ending a person's title
SELECT organizer, meeting_kind, held_on, time_of_day
FROM (VALUES
    ($$Tin vắn
Chiều 6/3/2026, tại tỉnh Đắk Lắk, Đoàn kiểm tra số 26 của Bộ Chính trị, Ban Bí thư Trung ương Đảng do ông Nguyễn Thanh Nghị, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng làm Trưởng đoàn, đã công bố quyết định kiểm tra, giám sát đối với Ban Thường vụ Tỉnh ủy Đắk Lắk.$$),
    ($$Tin vắn
Chiều 6/3, Đoàn kiểm tra số 26 của Bộ Chính trị tổ chức hội nghị công bố quyết định kiểm tra.$$),
    ($$Tin vắn
Chiều 6/3, Đoàn công tác Trung ương do đồng chí Nguyễn Văn An dẫn đầu đã làm việc với Tỉnh ủy Đắk Lắk.$$),
    ($$Tin vắn
Chiều 6/3, đồng chí Nguyễn Văn An, Phó Trưởng Ban Tổ chức Trung ương công bố quyết định của Bộ Chính trị.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 34 G3). A ceremony held past the verb's manner adverb ("tổ chức trọng thể Lễ mít tinh", "tổ chức long trọng kỷ niệm")
SELECT meeting_kind, organizer, held_on
FROM (VALUES
    ($$Tin vắn
Sáng 19/5/2020, Tỉnh ủy Hậu Giang tổ chức trọng thể Lễ mít tinh.$$),
    ($$Tin vắn
Sáng 3/2/2020, Tỉnh ủy Hậu Giang tổ chức long trọng kỷ niệm 90 năm Ngày thành lập Đảng.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 34 G3). A dated "X vừa tổ chức kiểm điểm, ..." opens the lead: the date and the organizer are the meeting's; not "đã tổ chức triển khai" over time
SELECT held_on, organizer
FROM (VALUES
    ($$Tin vắn
Ngày 12/3/2013, Đảng ủy Khối các cơ quan tỉnh vừa tổ chức kiểm điểm, tự phê bình và phê bình tập thể Ban Thường vụ.$$),
    ($$Tin vắn
Thời gian qua, Đảng ủy Khối các cơ quan tỉnh đã tổ chức triển khai Nghị quyết. Ngày 12/3/2013 là hạn chót.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 35 G1). A period heading a sentence that sets its tasks ("6 tháng cuối năm 2024, Đảng ủy ... xác định ...", "..., các cấp ủy cần ...") is the one planned: no period, and the meeting keeps its year; narrated in the past ("đã tập trung") it is reviewed
SELECT held_on, period, period_text
FROM (VALUES
    ($$Ngày 15-7, Đảng ủy Quân khu 1 tổ chức Hội nghị ra Nghị quyết lãnh đạo thực hiện nhiệm vụ quân sự, quốc phòng 6 tháng cuối năm 2024.
6 tháng cuối năm 2024, Đảng ủy Quân khu 1 xác định tiếp tục tập trung lãnh đạo, chỉ đạo.$$),
    ($$Ngày 10/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác.
Trong 6 tháng cuối năm 2024, các cấp ủy cần tập trung lãnh đạo.$$),
    ($$Ngày 10/10, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác.
Trong 9 tháng đầu năm 2025, Ban Thường vụ Đảng ủy xã đã tập trung lãnh đạo.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 35 G5). The year of a work programme carried out ("Thực hiện chương trình công tác năm 2017, chiều 19-10, ...") is no period reviewed, though it dates the meeting; "tổng kết công tác năm 2017" is one
SELECT held_on, period, period_text
FROM (VALUES
    ($$Thực hiện chương trình công tác năm 2017, chiều 19-10, tại Trụ sở Trung ương Đảng, Bộ Chính trị đã làm việc với Ban Thường vụ Thành ủy Cần Thơ.$$),
    ($$Chiều 19-12, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2017.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 35 G2). The subject of the headline's meeting verb ("Đảng ủy khối CCQ tỉnh giao ban ...") organizes the report's meeting when the body names none; the lead's own organizer comes first
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Đảng ủy khối CCQ tỉnh giao ban tổ chức cơ sở Đảng cụm 1
Trong quý 1, Ban thường vụ Đảng ủy khối đã chỉ đạo các đơn vị thực hiện tốt nhiệm vụ chính trị.$$),
    ($$Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây dựng Đảng quý I năm 2024
Sáng 5/4/2024, hội nghị đánh giá kết quả công tác quý I.$$),
    ($$Ban Tổ chức Tỉnh ủy giao ban công tác quý I năm 2024
Sáng 5/4/2024, Ban Tổ chức Trung ương tổ chức hội nghị giao ban trực tuyến.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 35 G4). A province's delegation of deputies to the National Assembly ("Đoàn ĐBQH tỉnh X", "Đoàn đại biểu Quốc hội tỉnh X") organizes its meetings
SELECT organizer, time_of_day
FROM (VALUES
    ($$Chiều 7/8, Đoàn ĐBQH tỉnh Lâm Đồng tổ chức Hội nghị lấy phiếu tín nhiệm đối với đồng chí Nguyễn Tạo – Phó Trưởng Đoàn ĐBQH chuyên trách.$$),
    ($$Chiều 7/8, Đoàn đại biểu Quốc hội tỉnh Lâm Đồng tổ chức Hội nghị lấy phiếu tín nhiệm.$$),
    ($$Sáng 7/8, Đoàn ĐBQH TP Hà Nội tổ chức hội nghị tiếp xúc cử tri.$$)
) AS v(body), gb_extract(body);

-- R5 (probe 35 G1, continued). A year heading a sentence that sets its tasks ("Năm 2025, Đảng ủy ... xác định ...") is the one planned and dates no December meeting; narrated in the past ("Năm 2024, ... đã tập trung") it dates it
SELECT held_on, date_inferred
FROM (VALUES
    ($$Ngày 20-12, Đảng ủy Quân khu 1 tổ chức hội nghị tổng kết công tác.
Năm 2025, Đảng ủy Quân khu 1 xác định tiếp tục tập trung lãnh đạo.$$),
    ($$Ngày 20-12, Đảng ủy Quân khu 1 tổ chức hội nghị tổng kết công tác.
Năm 2024, Đảng ủy Quân khu 1 đã tập trung lãnh đạo.$$)
) AS v(body), gb_extract(body);

-- Probe 36, group 6. With no chair of the whole meeting named, one who chairs at the point of the organizer's
-- own body ("Chủ trì tại điểm cầu Tỉnh ủy có A", the organizer "Thường trực Tỉnh ủy") chairs the meeting; at
-- the point of a province in a meeting another body holds he chairs only there
SELECT organizer, chairs, (officials[1]).roles FROM gb_extract($$Tin vắn
Chiều 2/7/2020, Thường trực Tỉnh ủy tổ chức hội nghị trực tuyến toàn tỉnh đánh giá rút kinh nghiệm Đại hội điểm. Chủ trì tại điểm cầu Tỉnh ủy có Phó Bí thư Thường trực Tỉnh ủy Lê Văn Dũng.$$);
SELECT organizer, chairs, (officials[1]).roles FROM gb_extract($$Tin vắn
Sáng 5/7, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến toàn quốc. Chủ trì tại điểm cầu Tỉnh ủy có Phó Bí thư Thường trực Tỉnh ủy Lê Văn Dũng.$$);

-- R9 (probe 50 G4). One who chairs a bridge point named as the object of "chủ trì", without "tại" ("Tham dự và chủ trì điểm cầu tỉnh X có A", "A ... chủ trì điểm cầu tỉnh X"), chairs only there, as after "chủ trì tại điểm cầu"; "chủ trì điểm cầu Trung ương" still chairs the meeting
SELECT chairs, bridge_points
FROM (VALUES
    ($$Sáng 16/4/2025, Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt Nghị quyết theo hình thức trực tuyến. Tổng Bí thư Tô Lâm chủ trì hội nghị. Tham dự và chủ trì điểm cầu tỉnh Sóc Trăng có đồng chí Lâm Văn Mẫn, Bí thư Tỉnh ủy.$$),
    ($$Sáng 9/4/2024, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc. Đồng chí Hà Văn Tư, Bí thư Trung ương Đảng chủ trì hội nghị. Đồng chí Mạc Văn Định, Bí thư Tỉnh ủy chủ trì điểm cầu tỉnh Minh Sơn.$$),
    ($$Sáng 9/4/2024, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc. Chủ trì điểm cầu Trung ương có đồng chí Hà Văn Tư, Bí thư Trung ương Đảng.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 48 G2). A venue named after a date, its day and month joined by a hyphen ("Hội trường 2-9", "Quảng trường 30-4", "Trung tâm Hội nghị 23-9"), keeps the whole date in the bridge point's name
SELECT bridge_points
FROM (VALUES
    ($$Sáng 5/7/2019, Ban Tuyên giáo Trung ương tổ chức Hội nghị trực tuyến quán triệt Nghị quyết. Tại tỉnh Gia Lai, dự Hội nghị tại điểm cầu Hội trường 2-9 có đồng chí Châu Ngọc Tuấn- Phó Bí thư Tỉnh ủy; tại điểm cầu Quảng trường 30-4 có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.$$),
    ($$Sáng 9/4/2024, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc. Tại điểm cầu Hội trường 3-2 có đồng chí Lê Văn Bình; tại điểm cầu Trung tâm Hội nghị 23-9 có đồng chí Trần Văn An.$$),
    ($$Sáng 9/4/2024, Huyện ủy Minh Sơn tổ chức hội nghị trực tuyến. Tại điểm cầu Nhà văn hóa 19-5, đồng chí Lê Văn Bình phát biểu.$$)
) AS v(body), gb_extract(body);

-- R6 (probe 37 G3). A city's level abbreviated with its dot keeps the name after it ("TP.HCM", "TP. Cần Thơ"); "điểm cầu trung tâm" names which point, the place after "tại" names it
SELECT bridge_points
FROM (VALUES
    ($$Sáng 7-2, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc. Điểm cầu trung tâm tại Hội trường Diên Hồng, Nhà Quốc hội.
Tại điểm cầu TP.HCM có đồng chí Trần Văn An. Tại điểm cầu TP. Cần Thơ có đồng chí Lê Văn Bình.$$),
    ($$Sáng 7-2, Tỉnh ủy tổ chức hội nghị trực tuyến. Tại điểm cầu trung tâm, đồng chí Trần Văn An phát biểu.$$)
) AS v(body), gb_extract(body);

-- R6 (probe 36 G4). The host holds the meeting it takes: "<body> đăng cai hội nghị", "<body> đăng cai tổ chức hội nghị"
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Sáng 21.12, Ban Tổ chức Thành ủy Đà Nẵng đăng cai hội nghị "Tổng kết công tác tổ chức xây dựng Đảng khu vực miền Trung - Tây Nguyên năm 2016".$$),
    ($$Sáng 21/12, Ban Tổ chức Tỉnh ủy Minh Sơn đăng cai tổ chức hội nghị giao ban.$$)
) AS v(body), gb_extract(body);

-- R6 (probe 37 G1). A date after a meeting's verb in the future inside its sentence ("sẽ tổ chức vào sáng ngày 29/8", "dự kiến được tổ chức vào") is that of a meeting planned: no date nor time of the one reported
SELECT held_on, time_of_day
FROM (VALUES
    ($$Tại hội nghị, các đại biểu đã trao đổi, đóng góp ý kiến về công tác tổ chức hội nghị tổng kết 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh. Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy khẳng định: Tỉnh ủy thống nhất sẽ tổ chức vào sáng ngày 29/8.$$),
    ($$Tại hội nghị, các đại biểu cho ý kiến về công tác chuẩn bị. Hội nghị tổng kết dự kiến được tổ chức vào chiều ngày 29/8.$$)
) AS v(body), gb_extract(body, '2019-08-10');

-- R9 (probe 45 G2). The days of a coming congress ("sẽ diễn ra từ ngày 25 đến ngày 27/8", "dự kiến diễn ra trong 2 ngày 14 và 15/7") after the report has told of another meeting are not that meeting's date; a report of the coming congress alone is dated by them
SELECT held_on, organizer
FROM (VALUES
    ($$Tính đến ngày 30/6/2020, đã có 45/45 chi, đảng bộ cơ sở hoàn thành đại hội.

Chiều cùng ngày, Hội nghị Ban Chấp hành Đảng ủy Khối các cơ quan tỉnh Tân Lập lần thứ 20 đã diễn ra. Các đại biểu thảo luận công tác chuẩn bị Đại hội đại biểu Đảng bộ Khối lần thứ XV, nhiệm kỳ 2020-2025 sẽ diễn ra từ ngày 25 đến ngày 27/8.$$),
    ($$Tin hoạt động
Đảng ủy Bộ đội Biên phòng tỉnh Minh Sơn tổ chức hội nghị Ban Chấp hành. Đại hội đại biểu Đảng bộ lần thứ XV dự kiến diễn ra trong 2 ngày 14 và 15/7/2020.$$),
    ($$Tin hoạt động
Đại hội đại biểu Đảng bộ huyện Hòa Vang lần thứ XXII đã diễn ra trong 2 ngày 14 và 15/7/2020.$$),
    ($$Đại hội Đảng bộ tỉnh Minh Sơn sẽ diễn ra từ ngày 12-15/11
Đại hội Đảng bộ tỉnh Minh Sơn lần thứ XX sẽ diễn ra từ ngày 12-15/11/2019 tại Hội trường tỉnh.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 46 G1). The days of a coming congress, in the headline ("... từ ngày 22 - 24/9") or in a sentence in the future ("sẽ được tổ chức từ ngày 14 đến 16/9/2020"), lose to a dated lead in their paragraph or the next that reports an event held by a body ("Chiều nay (21/9), Tỉnh ủy ... tổ chức họp báo"): its date, time and organizer; one still to come ("sẽ tổ chức họp báo") leaves the days
SELECT held_on, time_of_day, organizer
FROM (VALUES
    ($$Quảng Ngãi tổ chức Đại hội đại biểu Đảng bộ tỉnh lần thứ XX từ ngày 22 - 24/9

Chiều nay (21/9), Tỉnh ủy Quảng Ngãi tổ chức họp báo thông tin về Đại hội. Chủ trì họp báo, Phó Bí thư Tỉnh ủy Đặng Văn Minh cho biết, Đại hội sẽ diễn ra trong 03 ngày.$$),
    ($$Tin hoạt động
Đại hội Đảng bộ tỉnh Ninh Bình lần thứ XXII sẽ được tổ chức từ ngày 14 đến 16/9/2020.

Ngày 8/9, Ban Thường vụ Tỉnh ủy Ninh Bình tổ chức họp báo, thông tin với các cơ quan báo chí.$$),
    ($$Tin hoạt động
Đại hội Đảng bộ tỉnh Ninh Bình lần thứ XXII sẽ được tổ chức từ ngày 14 đến 16/9/2020.

Ngày 12/9, Tỉnh ủy Ninh Bình sẽ tổ chức họp báo.$$)
) AS v(body), gb_extract(body, '2020-09-21');

-- R6 (probe 37 G1, continued). A lead whose verb is in the future ("sẽ tổ chức", "dự kiến tổ chức") announces its meeting ahead: the year puts the date on or after the publication, never in the year before; one held stays before it
SELECT held_on, date_inferred
FROM (VALUES
    ($$Ngày 29/8, Tỉnh ủy Thái Nguyên sẽ tổ chức hội nghị tổng kết.$$, date '2019-08-10'),
    ($$Ngày 5/1, Tỉnh ủy Thái Nguyên dự kiến tổ chức hội nghị tổng kết.$$, date '2019-12-28'),
    ($$Ngày 29/8, Tỉnh ủy Thái Nguyên tổ chức hội nghị tổng kết.$$, date '2019-08-10')
) AS v(body, published), gb_extract(body, published);

-- R6 (probe 36 G3). A day without a year takes the year of a month written with one ("Đến tháng 6/2023", "trong tháng 9/2014"), near it, over a year a figure is of ("năm 2022")
SELECT held_on, date_inferred
FROM (VALUES
    ($$Sáng 19/9, Ban Thường vụ Tỉnh ủy Bình Định tổ chức Hội nghị sơ kết giữa nhiệm kỳ. Thu nhập bình quân đầu người năm 2022 đạt hơn 70,6 triệu đồng; Đến tháng 6/2023, thu nội địa đạt 5.460 tỷ đồng.$$),
    ($$Ngày 19/8, Thành ủy Tuy Hòa tổ chức hội nghị quán triệt. Việc học tập sẽ hoàn thành trong tháng 9/2014.$$)
) AS v(body), gb_extract(body);

-- R6 (probe 36 G3). A year's work named in the lead on 23/10 ("hướng dẫn đánh giá ... năm 2014") is not reviewed a year later: no year, or the publication's; a review early in the next year still is
SELECT held_on, date_inferred, period_text
FROM (VALUES
    ($$Sáng 23.10, Đảng ủy Khối các cơ quan tỉnh triển khai công tác chuẩn bị Đại hội Đảng các cấp nhiệm kỳ 2015 - 2020 và hướng dẫn đánh giá phân loại tổ chức đảng và đảng viên năm 2014.$$, NULL::date),
    ($$Sáng 23.10, Đảng ủy Khối các cơ quan tỉnh triển khai công tác chuẩn bị Đại hội Đảng các cấp nhiệm kỳ 2015 - 2020 và hướng dẫn đánh giá phân loại tổ chức đảng và đảng viên năm 2014.$$, '2014-10-24'),
    ($$Sáng 20/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2014.$$, NULL)
) AS v(body, published), gb_extract(body, published);

-- R6 (probe 36 G5). The object a review names runs past a dash between words and the number of "Cụm thi đua số 3" to its year; a region after a dash is part of the scope, a caption is not
SELECT period_text, scope
FROM (VALUES
    ($$Sáng 21.12.2016, Ban Tổ chức Thành ủy Đà Nẵng đăng cai hội nghị "Tổng kết công tác tổ chức xây dựng Đảng khu vực miền Trung - Tây Nguyên năm 2016".$$),
    ($$Sáng 21/12, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác Cụm thi đua số 3 năm 2016.$$),
    ($$Sáng 21/12, Bộ Nội vụ tổ chức hội nghị giao ban khu vực miền Bắc - Ảnh: TTXVN.$$)
) AS v(body), gb_extract(body);

-- R6 (probe 36 G5). "từ sau ... tháng 7/2015 đến nay" is a span from that month to the meeting, not the month alone; over a year on, no period
SELECT held_on, period, period_text
FROM (VALUES
    ($$Ngày 30/9/2015, tại TP Đà Lạt đã diễn ra Hội nghị giao ban ba Ban Chỉ đạo nhằm đánh giá kết quả thực hiện nhiệm vụ từ sau Hội nghị giao ban tại TP Cần Thơ tháng 7/2015 đến nay.$$),
    ($$Ngày 30/9/2017, Ban Chỉ đạo tổ chức hội nghị giao ban đánh giá kết quả từ sau Hội nghị tại TP Cần Thơ tháng 7/2015 đến nay.$$)
) AS v(body), gb_extract(body);

-- R7 (probe 38 G-A). A Roman numeral's dot ends its sentence ("số III.", "khóa XV."): the attendee list stops there,
-- and the next sentence's "chủ trì" gives the chair
SELECT chairs
FROM (VALUES
    ($$Dự hội nghị có các đồng chí là Phó Bí thư Thường trực Huyện uỷ các huyện thuộc Cụm thi đua số III. Đồng chí Đào Thị Thanh An – Phó Bí thư Thường trực Huyện uỷ Lắk chủ trì hội nghị.$$),
    ($$Dự hội nghị có các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh khóa XV. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị.$$)
) AS v(body), gb_extract(body);

-- R7 (probe 38 G3). A portal's stamp "dd/mm/yyyy | hh:mm | cms-view-count: N" is the publication; a bare stamp under
-- the headline wins over the site's today bar above it ("Thứ Sáu, 20/9/2019")
SELECT published
FROM (VALUES
    ($$Khai mạc Phiên trù bị Đại hội đại biểu Đảng bộ tỉnh Đắk Nông lần thứ XII, nhiệm kỳ 2020 – 2025
14/10/2020 | 04:02  | cms-view-count: 17900

Chiều 14/10, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh lần thứ XII tiến hành Phiên trù bị.$$),
    ($$Thứ Sáu, 20/9/2019
Tỉnh Lai Châu đổi mới, sắp xếp tổ chức bộ máy hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả
14/5/2019 8:43' Gửi bài này In bài này

Ngày 10/5/2019, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);

-- R7 (probe 38 G5). "CTV:" (a contributor) and "PV:" (a reporter) closing the text label the byline as "Tin, ảnh:" does
SELECT author
FROM (VALUES
    ($$Ngày 22/6, Huyện ủy Chư Prông đã tiến hành Hội nghị Ban Chấp Hành lần thứ 21 – Khóa XVI (Mở rộng).

6 tháng đầu năm 2020, dưới sự lãnh đạo của Đảng bộ huyện, Kinh tế – Xã hội của huyện Chư Prông tiếp tục phát triển.

CTV: Khánh Linh – Dương Hoan$$),
    ($$Sáng 12/3, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban.

PV: Minh Hà$$)
) AS v(body), gb_extract(body);

-- R7 (probe 39 G14). A line closed by a photo's credit ("... hội nghị. Ảnh: Nhật Lai", "(Ảnh: TTXVN)") is a caption,
-- no headline; the same line without the credit is the headline
SELECT title
FROM (VALUES
    ($$Đồng chí Hà Quốc Trị - Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Khánh Hòa phát biểu chào mừng hội nghị. Ảnh: Nhật Lai

Phát biểu trao đổi tại Hội nghị, đồng chí Trần Quang Hòa - Phó Bí thư Thường trực Đảng ủy khối Doanh nghiệp tỉnh Nghệ An cho biết: Việc phát triển tổ chức Đảng, đảng viên trong doanh nghiệp tư nhân được Tỉnh ủy Nghệ An quan tâm.$$),
    ($$Đồng chí Hà Quốc Trị phát biểu chào mừng hội nghị (Ảnh: TTXVN)

Phát biểu trao đổi tại Hội nghị, đồng chí Trần Quang Hòa - Phó Bí thư Thường trực Đảng ủy khối Doanh nghiệp tỉnh Nghệ An cho biết: Việc phát triển tổ chức Đảng, đảng viên trong doanh nghiệp tư nhân được Tỉnh ủy Nghệ An quan tâm.$$),
    ($$Đồng chí Hà Quốc Trị phát biểu chào mừng hội nghị

Phát biểu trao đổi tại Hội nghị, đồng chí Trần Quang Hòa - Phó Bí thư Thường trực Đảng ủy khối Doanh nghiệp tỉnh Nghệ An cho biết: Việc phát triển tổ chức Đảng, đảng viên trong doanh nghiệp tư nhân được Tỉnh ủy Nghệ An quan tâm.$$)
) AS v(body), gb_extract(body);

-- Probe 39, group 10. "điểm cầu (chính) của <body>" names the point by the body it is of; "của" and one word of
-- a text cut off name none
SELECT online, bridge_points
FROM (VALUES
    ($$Sáng 5/3, Đảng ủy Bộ Nội vụ tổ chức hội nghị trực tuyến. Tại điểm cầu Trung ương, Bộ trưởng tham dự trực tiếp. Tại điểm cầu chính của Đảng uỷ Bộ Nội vụ tại phòng họp số 1, trụ sở Bộ do Phó Bí thư Đảng ủy Bộ chủ trì.$$),
    ($$Sáng 5/3, Đảng ủy Bộ Nội vụ tổ chức hội nghị trực tuyến. Tại điểm cầu Trung ương, Bộ trưởng tham dự trực tiếp.
Điểm cầu chính của Đảng u$$)
) AS v(body), gb_extract(body);

-- Probe 39, group 13. "toàn quốc" inside the name of another meeting ("trình Hội nghị Công an toàn quốc lần thứ
-- 79") is no scope of the one held; the meeting held named so first is national
SELECT meeting_kind, scope
FROM (VALUES
    ($$TPO - Ngày 20/12, Hội nghị Đảng ủy Công an Trung ương năm 2023 đã được khai mạc, nhằm đánh giá kết quả công tác, đồng thời đưa ra ý kiến về các văn bản trình Hội nghị Công an toàn quốc lần thứ 79.$$),
    ($$TPO - Ngày 20/12, Hội nghị Công an toàn quốc lần thứ 79 đã khai mạc tại Hà Nội.$$)
) AS v(body), gb_extract(body);

-- R7 (probe 39 G1). Organizers outside the usual mould: two bodies joined by a comma, one an association ("Hội Sinh viên"); an agency's noun in lower case before its capitalized name; "TƯ" (horned Ư) is Trung ương, not the "TU" of a Tỉnh ủy
SELECT organizer
FROM (VALUES
    ($$Ngày 21/3/2021, Đoàn Thanh niên, Hội Sinh viên Đại học Huế đã tổ chức Hội nghị chuyên đề.$$),
    ($$Sáng nay 14-4, Đảng bộ trường Đại học Vinh tổ chức học tập, quán triệt Nghị quyết TƯ 4.$$),
    ($$Trong hai ngày 21, 22-4, Ban Thường vụ TƯ Đoàn đã tổ chức Hội nghị lần thứ 14, khóa IX.$$),
    ($$Ngày 21/4, Ban Thường vụ TU đã tổ chức Hội nghị.$$)
) AS v(body), gb_extract(body);

-- R7 (probe 39 G5). The meeting the organizer's verb takes is the one held; one named before the subject in its sentence (a purpose's "kỳ họp", a headline run into the lead) is spoken of; an event held at the meeting opening the sentence leaves that meeting the one
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Để chuẩn bị Thông báo MTTQ tham gia xây dựng chính quyền và tổng hợp ý kiến của cử tri tại kỳ họp thứ 13 - HĐND tỉnh, khóa XVI, sáng ngày 10/7, Ban Thường trực UBMTTQ tỉnh Thanh Hóa đã tổ chức hội nghị lấy ý kiến.$$),
    ($$Quyết tâm tổ chức thành công Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X (PLVN) - Sáng 4/9, tại Hà Nội, Ủy ban Trung ương MTTQ Việt Nam tổ chức Hội nghị Đoàn Chủ tịch lần thứ 20.$$),
    ($$Tại hội nghị này, sáng 5/3, Hội LHPN huyện đã tổ chức họp mặt cán bộ nữ.$$)
) AS v(body), gb_extract(body);

-- R7 (probe 38 G6). A steering committee named by its task and level holds a meeting by "họp" as by "tổ chức"
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Sáng ngày 11/10/2021, Ban Chỉ đạo phòng chống dịch huyện Tủa Chùa đã họp bàn về công tác phòng chống dịch bệnh.$$),
    ($$Ngày 21/3/2021, Ban Chỉ đạo phòng chống dịch tỉnh họp phiên thứ 5.$$)
) AS v(body), gb_extract(body);

-- R7 (probe 38 G8). A number right before a body counts bodies of its kind, none named, so no organizer; a date's day before it is no count
SELECT organizer
FROM (VALUES
    ($$15 Đảng bộ cấp cơ sở tổ chức Đại hội điểm, nhiệm kỳ 2020-2025
Ban Thường vụ Tỉnh uỷ đã thống nhất thời gian tổ chức Đại hội điểm đối với 15 Đảng bộ; trong đó, có 05 Đảng bộ tổ chức Đại hội điểm bầu trực tiếp Bí thư cấp ủy và 10 Đảng bộ tổ chức Đại hội điểm trước khi triển khai ra diện rộng.$$),
    ($$Ngày 5/3, 3 Đảng bộ xã tổ chức Hội nghị.$$),
    ($$Ngày 5/3 Đảng bộ xã Tân Lập tổ chức Hội nghị.$$)
) AS v(body), gb_extract(body);

-- R7 (probe 38 G6). What a steering committee steers, named with its number ("Covid 19", "COVID-19"), goes on its name up to the level
SELECT organizer
FROM (VALUES
    ($$Sáng 11/10/2021, Ban Chỉ đạo phòng chống Covid 19 huyện Tủa Chùa đã họp bàn về công tác phòng chống dịch bệnh.$$),
    ($$Sáng 11/10/2021, Ban Chỉ đạo phòng chống dịch COVID-19 tỉnh đã họp.$$)
) AS v(body), gb_extract(body);

-- R7 (probe 38 G6). "phòng, chống dịch": a comma after the first word of a steering committee's task is inside its name; one after its level starts another subject
SELECT organizer
FROM (VALUES
    ($$Sáng 11/10/2021, Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh đã họp.$$),
    ($$Sáng 11/10/2021, Ban Chỉ đạo tỉnh, các sở ngành tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R7 (probe 39 G9). "quý I- 2011": a dash written against the quarter gives the quarter its year after a space, and the meeting its year, as "quý I-2011" does
SELECT held_on, date_inferred, period, period_text
FROM (VALUES
    ($$Trong hai ngày 21, 22-4, Ban Thường vụ TƯ Đoàn đã tổ chức Hội nghị lần thứ 14, khóa IX nhằm thảo luận công tác quý I- 2011, bàn một số giải pháp triển khai Năm Thanh niên.$$),
    ($$Sáng 21/4, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị giao ban công tác quý I-2011.$$)
) AS v(body), gb_extract(body);

-- R7 (probe 39 G6). The month a publication's name gives ("Tài liệu sinh hoạt Chi bộ tháng 4/2022") is the issue's, no period reviewed, and dates the items before it; a session's month stays its period
SELECT held_on, period, period_text
FROM (VALUES
    ($$Tài liệu sinh hoạt Chi bộ tháng 4/2022

Ngày 01/3, Tổng Bí thư chủ trì họp Bộ Chính trị.$$),
    ($$Sáng 24/02, UBND tỉnh tổ chức phiên họp thường kỳ tháng 02/2022.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 47 G1). A span of a person's career ("từng giữ chức ... (từ tháng 6/2009 đến tháng 12/2010)", "Từ tháng 3/2016
-- đến nay, đồng chí A là Bí thư ...") is no period reviewed and gives the meeting's day no year; a span of the work reviewed stays the period
SELECT held_on, period, period_text
FROM (VALUES
    ($$Sáng 16/10, Ban Chấp hành Đảng bộ tỉnh Bình Định khóa XX, nhiệm kỳ 2020-2025 tổ chức Hội nghị lần thứ nhất. Đồng chí Hồ Quốc Dũng được bầu giữ chức Bí thư Tỉnh ủy. Đồng chí từng giữ chức Phó Chủ tịch UBND tỉnh (từ tháng 6/2009 đến tháng 12/2010).$$),
    ($$Chiều 20/5, Ban Thường vụ Tỉnh ủy Phú Yên tổ chức hội nghị công bố quyết định về công tác cán bộ. Từ tháng 3/2016 đến nay, đồng chí Lê Văn Nam là Bí thư Huyện ủy Tuy An.$$),
    ($$Sáng 5/7, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết. Từ tháng 1/2024 đến nay, Đảng bộ huyện đã lãnh đạo hoàn thành các chỉ tiêu.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 66 G3). A range of months or quarters after "từ" ("từ tháng 1/2016 đến tháng 5/2018", "từ tháng 1 đến tháng 5/2024",
-- "từ quý III/2023 đến quý I/2024") is the period from the first to the end of the last, a year written on one side the other's
-- too (the next past December); with no year written and the months past December, the first month as before; a career's range none
SELECT held_on, period, period_text
FROM (VALUES
    ($$Sáng 5/6/2018, Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy Minh Hòa làm việc với Đảng ủy Quân sự tỉnh về kết quả lãnh đạo nhiệm vụ quốc phòng thời gian từ tháng 1/2016 đến tháng 5/2018.$$),
    ($$Sáng 5/7/2024, Ủy ban Kiểm tra Huyện ủy Tân Lập làm việc với Đảng ủy xã Minh Sơn về công tác xây dựng Đảng từ tháng 1 đến tháng 5/2024.$$),
    ($$Chiều 10/4/2024, Đảng ủy Khối tổ chức hội nghị đánh giá kết quả từ quý III/2023 đến quý I/2024.$$),
    ($$Chiều 10/4/2024, Đảng ủy Khối tổ chức hội nghị đánh giá kết quả từ tháng 11/2023 tới tháng 2.$$),
    ($$Chiều 10/4/2024, Đảng ủy Khối tổ chức hội nghị đánh giá kết quả từ tháng 10 đến tháng 3.$$),
    ($$Sáng 18/11/2025, Tỉnh ủy Cà Mau tổ chức hội nghị công bố quyết định. Ông Trần Văn Hẳn là Chủ tịch UBND tỉnh Bạc Liêu từ tháng 11/2020 đến tháng 6/2025.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 44 G5). A span of whole years the meeting reviews ("tổng kết 5 năm (2021-2025)", "sơ kết 3 năm 2021 – 2023", "giai đoạn
-- 2019 - 2024", any dash) is its period, from the first year's January to the January after the last; a count of years written with
-- it agrees with the span (both ends counted or the years between), else none; never a term ("nhiệm kỳ 2020-2025"), a span ahead
-- ("định hướng giai đoạn 2026-2030") or a programme's years the meeting cannot have reviewed yet; the first period reviewed is taken,
-- and a span gives the meeting's day no year
SELECT held_on, period, period_text
FROM (VALUES
    ($$Chiều 14/3/2025, Tỉnh ủy Kiên Giang tổ chức Hội nghị tổng kết 15 năm (2011-2025) thi hành Điều lệ Đảng và 5 năm (2021-2025) công tác xây dựng Đảng.$$),
    ($$Sáng 10/5/2023, Huyện ủy Hải Hậu tổ chức hội nghị sơ kết 3 năm 2021 – 2023 thực hiện Kết luận số 21-KL/TW.$$),
    ($$Sáng 27/2/2024, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng tổ chức hội nghị sơ kết 5 năm thực hiện Ngày Biên phòng toàn dân, giai đoạn 2019 - 2024.$$),
    ($$Chiều 5/12/2020, Huyện ủy Lục Yên tổ chức hội nghị tổng kết mười năm (2011-2020) thực hiện Chỉ thị số 03-CT/TW.$$),
    ($$Sáng 10/5/2023, Huyện ủy Hải Hậu tổ chức hội nghị sơ kết 4 năm (2021-2023) thực hiện Kết luận số 21-KL/TW.$$),
    ($$Ngày 20/12/2024, Đảng ủy xã Phú Lộc tổ chức hội nghị tổng kết nhiệm kỳ 2020-2025.$$),
    ($$Chiều 20/12, Thành ủy Vinh tổ chức hội nghị tổng kết, định hướng giai đoạn 2026-2030.$$),
    ($$Ngày 20/7/2023, Tỉnh ủy Kon Tum tổ chức hội nghị sơ kết Đề án phát triển du lịch giai đoạn 2021-2030.$$),
    ($$Ngày 18/12/2024, Đảng ủy xã Phú Lộc tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2024 và giai đoạn 2020-2024.$$),
    ($$Chiều 14/12, Huyện ủy Hải Hậu tổ chức hội nghị sơ kết 2 năm (2023-2024) thực hiện Chỉ thị số 15-CT/HU.$$)
) AS v(body), gb_extract(body);

-- R7 (probe 39 G8). A body alone right after a position ends the person's title: the person acts, the body
-- organizes nothing
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Ngày 21/3/2021, Hội nghị chuyên đề được tổ chức. Đồng chí Huỳnh Văn Chương, Bí thư Đảng ủy Đại học Huế trực tiếp quán triệt tại Hội nghị.$$),
    ($$Sáng 5/3, Ban Thường vụ Huyện ủy đã quán triệt Nghị quyết của Trung ương.$$)
) AS v(body), gb_extract(body);

-- R7 (probe 40 G1). "A chủ trì hội nghị cùng các đồng chí: B, ...; C, ..." names B and C as chairs too; "chủ trì buổi làm việc cùng đồng chí B" names the one worked with
SELECT chairs
FROM (VALUES
    ($$Sáng 7/4, Ban Chấp hành Đảng bộ TP khóa XV đã khai mạc hội nghị lần thứ tám. Đồng chí Bí thư Thành ủy Phạm Quang Nghị chủ trì hội nghị cùng các đồng chí: Nguyễn Thế Thảo, Phó Bí thư Thành ủy, Chủ tịch UBND TP; Ngô Thị Doãn Thanh, Phó Bí thư Thành ủy, Chủ tịch HĐND TP; Nguyễn Công Soái, Phó Bí thư Thường trực Thành ủy.$$),
    ($$Sáng 7/4, đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy chủ trì buổi làm việc cùng đồng chí Trần Văn Minh, Bí thư Huyện ủy.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 45 G5). A photo caption broken at a line end between the last person's name and titles ("... và đồng chí B" /
-- "- Phó Bí thư ..., Chủ tịch UBND phường chủ trì Hội nghị") goes on through the titles' line: both chair; a line that
-- ends a person's titles still ends the sentence
SELECT chairs
FROM (VALUES
    ($$Chiều ngày 01/10/2024, Đảng ủy phường Tràng Minh tổ chức Hội nghị đối thoại.
Đồng chí Nguyễn Thị Hậu - Bí thư Đảng ủy phường và đồng chí Vũ Khắc Hào
- Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì Hội nghị$$),
    ($$Sáng 12/3/2024, Đảng ủy xã Tân Lập tổ chức hội nghị đối thoại.
Đồng chí Lò Thị Mai - Bí thư Đảng ủy xã và đồng chí Hà Văn Khải
- Phó Bí thư Đảng ủy, Chủ tịch UBND xã đồng chủ trì hội nghị.$$),
    ($$Sáng 12/3/2024, Đảng ủy xã Tân Lập tổ chức hội nghị đối thoại.
Đồng chí Lò Thị Mai - Bí thư Đảng ủy xã phát biểu khai mạc.
Đồng chí Hà Văn Khải - Chủ tịch UBND xã chủ trì hội nghị.$$)
) AS v(body), gb_extract(body);

-- R7 (probe 40 G2). "Thực hiện Kế hoạch ... ngày X của ..., ngày Y [body] tổ chức Hội nghị": the date set off by the comma dates the meeting clause right after it; not when the plan before it has no date of its own
SELECT held_on, date_inferred, organizer
FROM (VALUES
    ($$Thực hiện Kế hoạch số 01-KH/ĐU ngày 03/8/2019 của Đảng ủy khối các cơ quan tỉnh Quảng Trị, ngày 22/8/2019 Đảng ủy Viện kiểm sát nhân dân tỉnh Quảng Trị tổ chức Hội nghị quán triệt Nghị quyết số 35-NQ/TW của Bộ Chính trị.$$),
    ($$Thực hiện Kế hoạch số 01-KH/ĐU ngày 03/8/2019 của Đảng ủy khối, ngày 22/8/2019 tại Hội trường, Đảng ủy Viện kiểm sát tổ chức Hội nghị quán triệt.$$),
    ($$Thực hiện Hướng dẫn số 12-HD/BTCTW, ngày 3/5/2019 Ban Tổ chức Tỉnh ủy tổ chức Hội nghị quán triệt.$$)
) AS v(body), gb_extract(body);

-- R7 (probe 40 G3). A page's stamp with the hour first, "<headline> (14:38 20/03/2020)", is no part of the title but the publication date, which completes a document's "Ngày 17/3" when the caller gives none, in gb_citations too
SELECT title, published, (SELECT string_agg(c.code || ' ' || c.issued, ', ') FROM unnest(citations) c) AS issued
FROM gb_extract($$Quận Ba Đình xác định rõ vai trò là quận trung tâm của Thủ đô (14:38 20/03/2020)

HNP - Ngày 17/3, Thành ủy Hà Nội ban hành Thông báo số 2519-TB/TU, kết luận của đồng chí Vương Đình Huệ, Bí thư Thành ủy Hà Nội làm việc với Quận ủy Ba Đình.$$);
SELECT code, issued, issuer
FROM gb_citations($$Quận Ba Đình xác định rõ vai trò là quận trung tâm của Thủ đô (14:38 20/03/2020)

HNP - Ngày 17/3, Thành ủy Hà Nội ban hành Thông báo số 2519-TB/TU, kết luận của đồng chí Vương Đình Huệ.$$);

-- R7 (probe 40 G2). In the sentence opening its paragraph, "..., ngày Y [body] tổ chức quán triệt ..." dates the activity held as "tổ chức Hội nghị" is dated
SELECT held_on, meeting_kind, organizer
FROM gb_extract($$Thực hiện Kế hoạch số 01-KH/ĐU ngày 03/8/2019 của Đảng ủy khối, ngày 22/8/2019 Đảng ủy Viện kiểm sát đã tổ chức học tập, quán triệt Nghị quyết số 35-NQ/TW.$$);

-- R8 (probe 40 G3). No headline in a photo's caption closing with "(Ảnh minh họa).", in a body's name alone above the headline (a tag page's label), or in a preamble's clause closing with ';'
SELECT title
FROM (VALUES
    ($$Trụ sở UBND thành phố Hà Nội. (Ảnh minh họa).

Kỷ luật Ban cán sự đảng UBND thành phố Hà Nội nhiệm kỳ 2016 - 2021

Ngày 17/8, tại Trụ sở Trung ương Đảng, đồng chí Tổng Bí thư Nguyễn Phú Trọng chủ trì họp Ban Bí thư.$$),
    ($$Ban Chấp hành Trung ương

TP HCM giới thiệu nhân sự vào Ban Chấp hành Trung ương

Ngày 29/6, Thành ủy TP Hồ Chí Minh đã tổ chức Hội nghị cán bộ TP Hồ Chí Minh giới thiệu nhân sự Ban Chấp hành Trung ương Đảng khóa XII.$$),
    ($$Căn cứ Quy định số 45-QĐ/TW, ngày 01/11/2011 của Ban Chấp hành Trung ương Đảng về thi hành Điều lệ Đảng;
Thực hiện Hướng dẫn số 01-HD/TW, ngày 05/01/2012 của Ban Chấp hành Trung ương Đảng về một số vấn đề cụ thể thi hành Điều lệ Đảng.
Ngày 03/5/2012, Ban Tổ chức phối hợp cùng các Ban Xây dựng Đảng tiến hành họp xét hồ sơ đề nghị kết nạp đảng viên mới.$$)
) AS v(body), gb_extract(body);

-- R8 (probe 40 G10). "Chủ trì hội nghị, đồng chí A, ... đã quán triệt một số nội dung": a person's act at the meeting is not its kind once a meeting noun names it; a kind the meeting noun takes stays
SELECT meeting_kind
FROM (VALUES
    ($$Ngày 29/6, Thành ủy TP Hồ Chí Minh đã tổ chức Hội nghị cán bộ TP Hồ Chí Minh giới thiệu nhân sự Ban Chấp hành Trung ương Đảng khóa XII. Chủ trì hội nghị, đồng chí Lê Thanh Hải, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP Hồ Chí Minh đã quán triệt một số nội dung để các đại biểu cân nhắc.$$),
    ($$Ngày 2/10, Ban Thường vụ Đảng ủy Khối tổ chức Hội nghị học tập, quán triệt Nghị quyết Đại hội. Tại Hội nghị, đồng chí Lê Đức Khai, Bí thư Đảng ủy Khối đã quán triệt Nghị quyết.$$)
) AS v(body), gb_extract(body);

-- R8 (probe 40, unsure list). A republished text's closing credit "Nguồn VNEWS: http://..." names the outlet, the source when the lead tags none; the lead's tag wins
SELECT source
FROM (VALUES
    ($$Đại hội đại biểu Đảng bộ Quảng Bình lần thứ XVII

Ngày 28/10, Đảng bộ tỉnh Quảng Bình tổ chức Đại hội đại biểu Đảng bộ lần thứ XVII, nhiệm kỳ 2020- 2025.

Nguồn VNEWS: http://vnews.gov.vn/video/dai-hoi-dai-bieu-dang-bo-quang-binh-lan-thu-xvii-194778.htm$$),
    ($$Đại hội đại biểu Đảng bộ Quảng Bình lần thứ XVII

(QBĐT) - Ngày 28/10, Đảng bộ tỉnh Quảng Bình tổ chức Đại hội đại biểu Đảng bộ lần thứ XVII, nhiệm kỳ 2020- 2025.

Nguồn VNEWS: http://vnews.gov.vn/video/dai-hoi-dai-bieu-dang-bo-quang-binh-lan-thu-xvii-194778.htm$$)
) AS v(body), gb_extract(body);

-- R9 (probe 44 G2). A body of several provinces, counted ("Ban Thường vụ Tỉnh ủy 3 tỉnh A, B, C", "hai tỉnh A và B", "các tỉnh khu vực X") or listed after a provincial committee's first one ("Tỉnh ủy A, B", "Tỉnh ủy A - B", "Tỉnh ủy A, B và C"), organizes as one up to its verb: the whole phrase, as written; not a city named where a lower body is
SELECT organizer
FROM (VALUES
    ($$Sáng 10/12/2023, tại Nghệ An, Ban Thường vụ Tỉnh ủy 3 tỉnh Nghệ An, Thanh Hóa, Hà Tĩnh phối hợp tổ chức hội nghị đánh giá 1 năm thực hiện Bản ghi nhớ hợp tác.$$),
    ($$Sáng 28/5/2025, Thường trực Tỉnh ủy hai tỉnh Kiên Giang và An Giang tổ chức hội nghị triển khai công tác sáp nhập.$$),
    ($$Ngày 3/6/2024, Ban Tuyên giáo Tỉnh ủy các tỉnh khu vực ĐBSCL tổ chức hội nghị giao ban.$$),
    ($$Sáng 28/5/2025, Ban Thường vụ Tỉnh ủy Quảng Bình - Quảng Trị tổ chức hội nghị.$$),
    ($$Chiều 2/7/2025, Tỉnh ủy Vĩnh Long, Bến Tre, Trà Vinh đã tổ chức hội nghị.$$),
    ($$Sáng 28/5/2025, Đảng bộ phường Tân Lập, TP.HCM tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 44 G3). A meeting after the verb that holds or opens it ("diễn ra", "khai mạc"), with only a time, adverbs or the venue ("tại ...") before that verb in its clause, is the verb's subject inverted: the organizer its heading the clause gives; "Hội nghị ... của Y được tổ chức" is Y's own meeting, not Y of a document named in between
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Sáng nay 15/10, tại Trung tâm Hội nghị tỉnh Trà Vinh đã diễn ra Đại hội Đại biểu Đảng bộ tỉnh Trà Vinh lần thứ XI, nhiệm kỳ 2020 – 2025.$$),
    ($$Chiều 2/3/2024, tại Hội trường Huyện ủy đã long trọng khai mạc Đại hội đại biểu Đảng bộ huyện Đức Hòa lần thứ XII.$$),
    ($$Sáng 15/10/2024, tại Hội trường Tỉnh ủy diễn ra Hội nghị Ban Thường vụ Tỉnh ủy Long An.$$),
    ($$Sáng 15/10/2024, Hội nghị giao ban công tác tổ chức xây dựng Đảng quý III của Ban Tổ chức Tỉnh ủy Long An được tổ chức tại Hội trường Tỉnh ủy.$$),
    ($$Sáng 15/10/2024, Hội nghị quán triệt Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng được tổ chức tại hội trường.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 43 G6). A place's last syllable that folds as "ban" ("Vụ Bản", "Điện Bàn") right before "tổ chức" is the place's, not the head "Ban Tổ chức": its tone marks tell them apart
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Sáng 12/8/2020, Huyện ủy Vụ Bản tổ chức hội nghị sơ kết 6 tháng đầu năm 2020.$$),
    ($$Sáng 14/8/2020, Đảng bộ thị xã Điện Bàn tổ chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2020-2025.$$),
    ($$Ngày 3/4/2021, Ban Tổ chức Huyện ủy Vụ Bản tổ chức hội nghị sơ kết công tác.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 43 G4). "<body> (đã | tổ chức) kiểm điểm ..." without "hội nghị" is a meeting of kind "kiểm điểm" the body holds on the sentence's date; "hội nghị kiểm điểm", "họp kiểm điểm" are of that kind; not a person told to "kiểm điểm", nor a congress reviewing its term
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$(HNM) - Ngày 13-10-2012, Ban Thường vụ (BTV) Quận ủy Hà Đông đã kiểm điểm đối với tập thể và cá nhân Ủy viên BTV theo tinh thần Nghị quyết TƯ 4 (khóa XI).$$),
    ($$Ngày 10/12/2023, Đảng ủy xã Tân Lập tổ chức kiểm điểm tập thể và cá nhân năm 2023.$$),
    ($$Sáng 20/12/2023, Ban Thường vụ Tỉnh ủy Lạng Sơn tổ chức Hội nghị kiểm điểm tập thể, cá nhân năm 2023.$$),
    ($$Ngày 10/12/2023, Ủy ban Kiểm tra Huyện ủy yêu cầu đảng viên Nguyễn Văn A kiểm điểm nghiêm túc.$$),
    ($$Sáng 12/10/2020, Đại hội đại biểu Đảng bộ huyện Tân Lập lần thứ XXII, nhiệm kỳ 2020-2025 đã khai mạc, kiểm điểm việc thực hiện Nghị quyết Đại hội nhiệm kỳ 2015-2020.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 43 G3). A locality heading its sentence that opens or holds the congress of its level's Party organization ("huyện Đại Lộc đã chính thức khai mạc Đại hội Đại biểu Đảng bộ huyện lần thứ XXII") names the organizer "Đảng bộ huyện Đại Lộc"; not a locality after "tại"
SELECT organizer, held_on
FROM (VALUES
    ($$Sáng 30/7/2020, huyện Đại Lộc đã chính thức khai mạc Đại hội Đại biểu Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020-2025.$$),
    ($$Sáng 28/9/2025, Tỉnh Sơn La khai mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025-2030.$$),
    ($$Ngày 14/8/2020, xã Tân Lập tổ chức Đại hội Đảng bộ xã lần thứ XV, nhiệm kỳ 2020-2025.$$),
    ($$Sáng 14/8/2020, tại huyện Đại Lộc đã khai mạc Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020-2025.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 43 G5). A short headline opening with a time and a date ("Chiều 5/8, bế mạc Đại hội ...") over a lead opening with the outlet's tag ("(QNO) - Chiều 5/8, ..."), or over the page's stamp and then that lead, is the headline; the tag is the source, the stamp the publication date
SELECT title, source, published, held_on, organizer
FROM (VALUES
    ($$Chiều 5/8, bế mạc Đại hội đại biểu Đảng bộ huyện Đại Lộc lần thứ XXII

(QNO) - Chiều 5/8, Đại hội đại biểu Đảng bộ huyện Đại Lộc lần thứ XXII, nhiệm kỳ 2020 - 2025 đã bế mạc.$$),
    ($$Ngày 21.10, khai mạc Đại hội đại biểu Đảng bộ tỉnh Quảng Ngãi lần thứ XX

21-10-2020 09:05

(THPL)- Ngày 21.10, tại Nhà Văn hóa Lao động tỉnh, Đại hội đại biểu Đảng bộ tỉnh Quảng Ngãi lần thứ XX, nhiệm kỳ 2020 - 2025 chính thức khai mạc.$$)
) AS v(body), gb_extract(body);

-- R8 (probe 40 G5). A group's members in parentheses "(gồm ...)" between the organizer and its verb; "phối hợp cùng" links a partner as "phối hợp với" does
SELECT organizer, meeting_kind
FROM gb_extract($$Ngày 21/8, Cụm thi đua 1 (gồm Quận ủy 1, 3, 5, 10, Tân Bình, Thành ủy Thủ Đức) tổ chức Hội nghị chuyên đề về sắp xếp khu phố.$$);
SELECT organizer, held_on
FROM gb_extract($$Ngày 03/5/2012, Ban Tổ chức phối hợp cùng các Ban Xây dựng Đảng tiến hành họp xét hồ sơ đề nghị kết nạp đảng viên mới.$$);

-- R8 (probe 30/37). "Tại Hội nghị các đại biểu đã được <body> quán triệt ...": the agent of the passive holds the meeting; "quán triệt" right after a body is its verb
SELECT organizer, meeting_kind
FROM gb_extract($$Tại Hội nghị các đại biểu đã được Ban Thường vụ Tỉnh ủy Đắk Nông, nhiệm kỳ 2020-2025 quán triệt 4 chuyên đề chính.$$);
SELECT organizer, meeting_kind
FROM gb_extract($$Ngày 5/3/2021, Ban Thường vụ Huyện ủy quán triệt Nghị quyết Đại hội Đảng bộ tỉnh.$$);

-- R8 (probe 36 GROUP-4). "Sáng 23.10, <body> triển khai công tác ...": a body opening a sentence dated to a day, doing what a meeting does, holds it; not a task dated by its year
SELECT organizer, meeting_kind
FROM gb_extract($$Sáng 23.10, Đảng ủy Khối các cơ quan tỉnh triển khai công tác chuẩn bị Đại hội Đảng các cấp cho cấp ủy của 63 tổ chức cơ sở đảng. Bí thư Đảng ủy Khối Võ Hồng chủ trì hội nghị.$$);
SELECT organizer
FROM gb_extract($$Năm 2024, Huyện ủy Tân Lập triển khai công tác chuẩn bị Đại hội Đảng các cấp.$$);

-- R8 (probe 41 G2). A dated sentence naming only another event ("trước Kỳ họp thứ 9", "đã hoàn thành đại hội") is background: the later "Sáng 15/4, ... tổ chức hội nghị" dates the meeting, in the next line or the same; a first sentence holding a meeting stays the lead
SELECT held_on, time_of_day, meeting_kind, organizer
FROM (VALUES
    ($$Từ ngày 14 - 20/4/2025, trên địa bàn tỉnh Trà Vinh đã diễn ra nhiều sự kiện. Nổi bật là hoạt động của đoàn đại biểu Quốc hội tiếp xúc cử tri trước Kỳ họp thứ 9, Quốc hội khóa XV.
Sáng ngày 15/4, Thường trực Tỉnh ủy tổ chức hội nghị để công bố Quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ.$$),
    ($$Ngày 10/4/2025, 100% đảng bộ cơ sở đã hoàn thành đại hội nhiệm kỳ 2025-2030. Sáng 15/4, Thường trực Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ.$$),
    ($$Ngày 10/4/2025, Ban Chỉ đạo tỉnh tổ chức phiên họp lần thứ 12. Sáng 15/4, Thường trực Tỉnh ủy tổ chức hội nghị công bố quyết định.$$)
) AS v(body), gb_extract(body);

-- R8 (probe 41 G5). "từ điểm cầu của tỉnh tại <venue>": the venue named after "tại", with its level, is the bridge point; the counted points after "đến" name none
SELECT online, bridge_points, organizer
FROM gb_extract($$Sáng 22/3/2024, Tỉnh ủy Bình Dương tổ chức hội nghị quán triệt chuyên đề năm 2024. Hội nghị được tổ chức trực tuyến từ điểm cầu của tỉnh tại Trung tâm Hội nghị và Triển lãm tỉnh đến 11 điểm cầu cấp huyện và 93 điểm cầu cấp xã.$$);

-- R9 (probe 45 G7). Points named without "điểm cầu" before each: the ends of an online link ("trực tuyến từ X đến Y"), the items after a first point ("điểm cầu A và B") or after a colon ("tại 2 điểm cầu: A và B", commas there); not the bodies of every unit ("UBND 11 phường", "Công an các tỉnh"), nor a link "từ Trung ương đến cơ sở", nor a body after "Tại điểm cầu X," heading its sentence
SELECT online, bridge_points
FROM (VALUES
    ($$Ngày 19-4-2023, Thường trực Quận ủy Ninh Kiều tổ chức hội nghị quán triệt Nghị quyết số 15-NQ/TU của Thành ủy Cần Thơ. Hội nghị được triển khai trực tuyến từ Hội trường Quận ủy đến Hội trường UBND quận và UBND 11 phường.$$),
    ($$Ngày 20-4-2023, Quận ủy Lê Chân tổ chức hội nghị trực tuyến tại 2 điểm cầu: Hội trường Quận ủy và Trung tâm Chính trị quận.$$),
    ($$Sáng 3/4/2024, Huyện ủy Tân Lập tổ chức hội nghị trực tuyến tại 3 điểm cầu: Hội trường Huyện ủy, Trung tâm Chính trị huyện và Nhà văn hóa xã Tân Lập.$$),
    ($$Sáng 3/4/2024, Đảng ủy Khối Doanh nghiệp Trung ương tổ chức hội nghị trực tuyến, kết nối với điểm cầu Tập đoàn Điện lực Việt Nam và Tập đoàn Dầu khí Việt Nam.$$),
    ($$Sáng 3/4/2024, Tỉnh ủy Minh Sơn tổ chức hội nghị. Hội nghị được tổ chức trực tuyến từ hội trường Tỉnh ủy tới Hội trường UBND huyện Mường Tè và Hội trường UBND huyện Sìn Hồ.$$),
    ($$Sáng 3/4/2024, Tỉnh ủy Minh Sơn tổ chức hội nghị. Hội nghị được tổ chức trực tuyến từ Hội trường Tỉnh ủy đến 11 điểm cầu cấp huyện.$$),
    ($$Sáng 3/4/2024, Tỉnh ủy Minh Sơn tổ chức hội nghị. Hội nghị được tổ chức trực tuyến từ Trung ương đến cơ sở.$$),
    ($$Sáng 3/4/2024, Tỉnh ủy Minh Sơn tổ chức hội nghị trực tuyến. Tại điểm cầu Tỉnh ủy, Ban Thường vụ Tỉnh ủy và Thường trực HĐND tỉnh dự.$$)
) AS v(body), gb_extract(body);

-- R9. A point's name capitalized on each word's first syllable goes on past the first compound ("Trung tâm Hội nghị Quốc gia", "Tập đoàn Dầu khí Quốc gia Việt Nam")
SELECT bridge_points
FROM gb_extract($$Sáng 5/3/2024, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến. Tại điểm cầu Trung tâm Hội nghị Quốc gia có các đồng chí lãnh đạo. Tại điểm cầu Tập đoàn Dầu khí Quốc gia Việt Nam có các đồng chí lãnh đạo dự.$$);

-- R9 (probe 42 G3). A congress named after "tại" heading its clause, as where the clause is set ("Ngày 30.9, tại (phiên khai mạc) Đại hội ..., ông X công bố", "Tại Đại hội ..., Bộ Chính trị đã có quyết định"), is held by its Party organization as a congress heading its clause is (probe 34 G3); "phát biểu chỉ đạo tại Đại hội ...", the object of a speech, names none
SELECT organizer, held_on
FROM (VALUES
    ($$Tin vắn
Ngày 30.9.2025, tại Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ nhất, nhiệm kỳ 2025 - 2030, ông Thái Bảo, Phó bí thư Tỉnh ủy đã công bố quyết định của Bộ Chính trị.$$),
    ($$Tin vắn
Ngày 30.9.2025, tại phiên khai mạc Đại hội đại biểu lần thứ I Đảng bộ tỉnh Đắk Lắk (nhiệm kỳ 2025 - 2030), thay mặt đoàn chủ tịch, ông Nguyễn Văn An đã công bố quyết định.$$),
    ($$Tin vắn
Ngày 15/10/2020, tại Đại hội đại biểu Đảng bộ tỉnh Bạc Liêu lần thứ XVI, nhiệm kỳ 2020-2025, đồng chí Trần Thị Bình phát biểu chỉ đạo.$$),
    ($$Tin vắn
Ngày 15/10/2020, phát biểu chỉ đạo tại Đại hội đại biểu Đảng bộ tỉnh Bạc Liêu lần thứ XVI, đồng chí Trần Thị Bình nhấn mạnh.$$),
    ($$Tin vắn
Chiều 2/10/2025, Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025-2030 họp phiên trù bị.$$),
    ($$Tin vắn
Tại Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I, Bộ Chính trị đã có quyết định chỉ định ông Lê Văn Cường giữ chức Bí thư Tỉnh ủy.$$),
    ($$Tin vắn
Sáng 3/10/2025, tại Hội trường Tỉnh ủy, Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I khai mạc.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 42 G7). A congress's number written "lần I", "lần 1" ("thứ" left out before a numeral) names the congress as "lần thứ I" does: its Party organization holds it, the number after the name or before it; "lần đầu" is no number
SELECT organizer, held_on
FROM (VALUES
    ($$Tin vắn
Chiều 2-10-2025, Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần I, nhiệm kỳ 2025-2030 họp phiên trù bị với sự tham dự của 450 đại biểu.$$),
    ($$Tin vắn
Sáng 3/10/2025, Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần 1, nhiệm kỳ 2025-2030 khai mạc.$$),
    ($$Tin vắn
Sáng 3/10/2025, Đại hội đại biểu lần II Đảng bộ Công an tỉnh Tân Lập khai mạc.$$),
    ($$Tin vắn
Sáng 3/10/2025, Đại hội Đảng bộ tỉnh Lâm Đồng lần đầu khai mạc.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 42 G8). A body completing a sitting's name ("kết quả Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XI, họp từ ngày ...", "Hội nghị Ban Thường vụ Tỉnh ủy X họp ngày ...") is no subject of the "họp" after it, which tells when that sitting met; a body heading its sentence still meets, and a subject holding a meeting about the plenum organizes it
SELECT organizer, held_on, chairs
FROM (VALUES
    ($$Tin vắn
Ngày 16/5/2014, đồng chí Hà Văn An, Bí thư Tỉnh ủy đã chủ trì Hội nghị phổ biến kết quả Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XI. Đồng chí Hà Văn An đã phổ biến về kết quả Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng Khóa XI, họp từ ngày 08 đến ngày 14/5/2014, tại thủ đô Hà Nội.$$),
    ($$Tin vắn
Ngày 20/7/2023, ông Lê Văn Bình chủ trì hội nghị. Ông Lê Văn Bình thông báo kết quả Hội nghị lần 12 Ban Chấp hành Đảng bộ tỉnh Tân Lập khóa XX, họp từ ngày 10 đến ngày 12/7/2023.$$),
    ($$Tin vắn
Ngày 20/7/2023, ông Lê Văn Bình chủ trì hội nghị. Ông Lê Văn Bình thông báo kết quả Hội nghị Ban Thường vụ Tỉnh ủy Tân Lập họp ngày 10/7/2023.$$),
    ($$Tin vắn
Ngày 20/10/2023, Tỉnh ủy Đắk Nông tổ chức hội nghị thông báo nhanh kết quả Hội nghị Trung ương 8 khóa XIII, họp từ ngày 2 đến ngày 7/10/2023.$$),
    ($$Tin vắn
Sáng 3/10/2025, Ban Chấp hành Đảng bộ tỉnh Lâm Đồng khóa XI, họp phiên thường kỳ.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 54 G2). A cited document's issue date, however old, is no year of the report's own work: a page's date line ("12:00 | 05/09/2024") over "Kết luận số 21-KL/TW ngày 25/10/2021" or "Chỉ thị số 05-CT/TW ngày 15/5/2016" still dates the report, and a meeting's day without a year falls on or before it
SELECT published, held_on, date_inferred
FROM (VALUES
    ($$Gắn kết xây dựng Đảng với phát triển ngành ngoại giao
12:00 | 05/09/2024
Chiều 4/9, tại Trụ sở Bộ Ngoại giao, Đoàn Kiểm tra của Ban Bí thư đã làm việc với Ban cán sự đảng Bộ Ngoại giao về thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng.$$),
    ($$Hội nghị sơ kết Chỉ thị 05
07/03/2023
Sáng 6/3, Đảng ủy Khối Cơ quan tỉnh Bình Lâm tổ chức hội nghị sơ kết thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 54 G4, probe 55 G4). A meeting still planned ("Đại hội ... sẽ khai mạc ngày 12-12-2012", "kỳ họp dự kiến được tổ chức vào ngày 01/7/2021") comes after the report's meeting: a day without a year falls on or before it, never in the year after; a document cited still comes before the meeting
SELECT held_on, date_inferred
FROM (VALUES
    ($$Tại phiên bế mạc hôm qua (31-10), Hội nghị Ban Chấp hành Trung ương Đoàn lần thứ 14 (khóa IX) thông qua nhiều nội dung quan trọng. Theo đó, Đại hội Đoàn toàn quốc sẽ khai mạc ngày 12-12-2012.$$),
    ($$Chiều 22/6, Thường trực HĐND huyện Lạc Sơn tổ chức phiên họp để chuẩn bị kỳ họp thứ nhất HĐND huyện khóa VI. Theo đó kỳ họp dự kiến được tổ chức vào ngày 01/7/2021.$$),
    ($$Sáng 20/2, Ban Thường vụ Tỉnh ủy Bình Lâm họp chuẩn bị đại hội. Đại hội Đảng bộ tỉnh sẽ khai mạc ngày 12/10/2025.$$),
    ($$Sáng 20/12, Tỉnh ủy Minh Lâm tổ chức hội nghị. Đại hội dự kiến được tổ chức vào ngày 15/1/2025.$$),
    ($$Thực hiện Kế hoạch số 12-KH/TU ngày 3/2/2020 của Tỉnh ủy, chiều 22/6, Thường trực HĐND huyện Lạc Sơn họp chuẩn bị kỳ họp. Kỳ họp sẽ tổ chức vào ngày 01/7/2021.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 54 G5). A dated item after the meeting the report names, whose own sentence names no meeting held ("làm việc với ... để định hướng tuyên truyền Đại hội XIV" speaks of a congress), is another event: the meeting's day is untold; a dated sentence naming its own meeting still dates it
SELECT held_on, meeting_kind, chairs
FROM (VALUES
    ($$Đồng chí Nguyễn Văn An, Phó Trưởng Ban Tuyên giáo Trung ương chủ trì phiên họp. Cùng dự có đại diện các cơ quan báo chí. Ngày 11/12, đồng chí Trịnh Văn Quyết, Trưởng Ban Tuyên giáo Trung ương đã làm việc với lãnh đạo các cơ quan báo chí.$$, date '2025-12-18'),
    ($$Đồng chí Lê Thị Hoa, Phó Bí thư Tỉnh ủy Bình Lâm chủ trì phiên họp.
Báo cáo tại phiên họp nêu rõ, Ban Tuyên giáo Tỉnh ủy đã triển khai nhiều nhiệm vụ. Ngày 3/10, đồng chí Phạm Văn Hùng, Trưởng Ban Tuyên giáo Tỉnh ủy đã làm việc với các cơ quan báo chí để định hướng tuyên truyền Đại hội Đảng bộ tỉnh.$$, date '2025-10-09'),
    ($$Đồng chí Lê Thị Hoa, Phó Bí thư Tỉnh ủy Bình Lâm dự và phát biểu.
Ngày 3/10, Ban Tuyên giáo Tỉnh ủy Bình Lâm tổ chức hội nghị giao ban báo chí.$$, date '2025-10-09')
) AS v(body, pub), gb_extract(body, pub);

-- R9 (probe 55 G7). A lower-case "ngày" right after the body that completes a meeting's name after "Tại" ("Tại Hội nghị Ban Chấp hành Đảng bộ tỉnh ngày 17/9/2022, ...", "Tại Hội nghị Tỉnh ủy ngày ...") dates the meeting, as one right after its kind does ("tại hội nghị giao ban ngày ..."); a document named in between owns the date
SELECT meeting_kind, held_on, online
FROM (VALUES
    ($$Tại Hội nghị Ban Chấp hành Đảng bộ tỉnh ngày 17/9/2022, đồng chí Nguyễn Quang Dương, Phó Trưởng Ban Tổ chức Trung ương đã công bố quyết định của Bộ Chính trị.$$),
    ($$Tại Hội nghị Ban Thường vụ Huyện ủy Lạc Sơn ngày 5/3/2023, đồng chí Lê Văn Nam đã công bố quyết định.$$),
    ($$Tại Hội nghị Tỉnh ủy ngày 17/9/2022, đồng chí Nguyễn Quang Dương đã công bố quyết định.$$),
    ($$Tại Hội nghị quán triệt Nghị quyết số 12-NQ/TU ngày 17/9/2022, đồng chí Lê Văn Nam đã phát biểu.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 53 G1). A list of areas reviewed may hold one capitalized word after a lower-case one, a name used as a common noun ("tổng kết công tác xây dựng Đảng, chính quyền năm 2025"), and a comma after a quoted name lists the next item ("phong trào thi đua “Dân vận khéo”, Chương trình phối hợp năm 2023"): the bare year after it is the period, and a year after a plan noun stays planned
SELECT held_on, period, period_text
FROM (VALUES
    ($$Sáng 13/12/2023, Ban Dân vận Huyện ủy Đất Đỏ tổ chức Hội nghị tổng kết công tác dân vận, các tổ chức chính trị - xã hội huyện gắn với tổng kết phong trào thi đua “Dân vận khéo”, Chương trình phối hợp năm 2023, triển khai phương hướng, nhiệm vụ năm 2024.$$),
    ($$Ngày 26/12/2025, Đảng uỷ xã Vĩnh Phú tổ chức hội nghị tổng kết công tác xây dựng Đảng, chính quyền năm 2025 và triển khai phương hướng, nhiệm vụ năm 2026.$$),
    ($$Ngày 28/12/2024, Đảng ủy phường Tân Lập tổ chức hội nghị tổng kết công tác xây dựng Đảng, chính quyền, mặt trận và các đoàn thể năm 2024.$$),
    ($$Ngày 26/12/2025, Đảng ủy xã Tân Lập tổ chức hội nghị triển khai nhiệm vụ xây dựng Đảng, chính quyền năm 2026.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 53 G8, probe 54 G9). "đầu năm 2025", "giữa năm 2024" say when a meeting is held, no year reviewed ("giao ban đầu năm 2025"); a month after "trong" with the future written before it in its clause ("Ban sẽ tổ chức ... trong tháng 12") is a plan's window, no period; "6 tháng đầu năm 2024" still is one
SELECT held_on, period, period_text
FROM (VALUES
    ($$Ngày 03/02/2025, Đảng ủy phường Phổ Thạnh tổ chức họp giao ban đầu năm 2025 nhằm đánh giá tình hình trước, trong và sau Tết Nguyên đán Ất Tỵ 2025.$$),
    ($$Sáng 8/7/2024, Đảng ủy xã Tân Lập tổ chức giao ban giữa năm 2024.$$),
    ($$Sáng 12-11-2025, Ban Tuyên giáo Trung ương tổ chức phiên họp. Ban sẽ tổ chức các hội nghị quán triệt trong tháng 12.$$),
    ($$Sáng 8/7/2024, Đảng ủy xã Tân Lập tổ chức sơ kết công tác 6 tháng đầu năm 2024.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 53 G6). A meeting held "trực tiếp tại <hall>(,) kết hợp (với) trực tuyến" has the hall for its main bridge point, named as written; a place named by its level alone ("tại xã") is no hall
SELECT online, bridge_points
FROM (VALUES
    ($$Chiều ngày 08/10/2025, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị quán triệt Chỉ thị số 46-CT/TW của Bộ Chính trị, bằng hình thức trực tiếp tại hội trường Tỉnh ủy, kết hợp trực tuyến tại các điểm cầu trong toàn tỉnh. Tại điểm cầu UBND xã Sơn Linh, dự và chỉ đạo Hội nghị có đồng chí Bùi Đức Thọ – Bí thư Đảng ủy xã.$$),
    ($$Sáng 3/11/2025, Đảng ủy tỉnh tổ chức Hội nghị quán triệt bằng hình thức trực tiếp tại Hội trường UBND tỉnh Quảng Trị, kết hợp với trực tuyến đến 130 xã, phường.$$),
    ($$Sáng 3/11/2025, Đảng ủy tỉnh tổ chức Hội nghị bằng hình thức trực tiếp tại xã, kết hợp trực tuyến đến các điểm cầu.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 54 G11). A short line ending in "trên <page furniture>" ("BAOTAYNINH.VN trên Google News", "Theo dõi Báo Tân Lập trên Google News") is the site's widget, no headline; a headline with "trên" in it stays one
SELECT title
FROM (VALUES
    ($$BAOTAYNINH.VN trên Google News

Tổng Bí thư Nguyễn Phú Trọng chủ trì Hội nghị Quân ủy Trung ương lần thứ 6, nhiệm kỳ 2020-2025

Cập nhật ngày: 03/07/2023 - 14:29

Sáng 3-7, tại Hà Nội, Quân ủy Trung ương tổ chức Hội nghị lần thứ 6, nhiệm kỳ 2020-2025.$$),
    ($$Theo dõi Báo Tân Lập trên Google News

Huyện ủy Minh Sơn quán triệt Nghị quyết Trung ương 8

Ngày 5/11/2023, Huyện ủy Minh Sơn tổ chức hội nghị quán triệt.$$),
    ($$Tuyên truyền Nghị quyết Đại hội trên Google News và mạng xã hội

Ngày 5/11/2023, Huyện ủy Minh Sơn tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 56 G2). The executive committee of a Party organization whose name is a longer head than "Ban Chấp hành Đảng bộ" reads ("Đảng bộ các cơ quan Đảng tỉnh", "Đảng bộ cơ quan Ban Tổ chức Tỉnh ủy") organizes as itself, "Ban Chấp hành" kept; a name the committee's phrase reads whole is as it was
SELECT organizer
FROM (VALUES
    ($$Ngày 15/7/2025, tại Trung tâm Hội nghị tỉnh, Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh tổ chức Hội nghị lần thứ hai thảo luận, cho ý kiến vào dự thảo các văn kiện trình Đại hội.$$),
    ($$Ngày 3/9/2025, Ban Chấp hành Đảng bộ cơ quan Ủy ban Kiểm tra Tỉnh ủy Minh Sơn tổ chức hội nghị sơ kết.$$),
    ($$Ngày 3/9/2025, BCH Đảng ủy các cơ quan Đảng thành phố Tân Lập tổ chức hội nghị lần thứ 2.$$),
    ($$Ngày 3/9/2025, Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh tổ chức hội nghị lần thứ 2.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 56 G4). A month or a quarter after "từ" with no end written ("Từ tháng 9/2024, Quận ủy ... đã triển khai", "Từ quý II/2024, ...") is when an activity began, no period reviewed; "từ tháng 3/2024 đến nay" still is one
SELECT period, period_text
FROM (VALUES
    ($$Từ tháng 9/2024, Quận ủy Tây Hồ đã triển khai Đề án số 27-ĐA/QU về thí điểm tổ chức sinh hoạt theo tổ Đảng tại những chi bộ, tổ dân phố có đông đảng viên trên địa bàn quận.

Ngày 15-8-2025, Quận ủy Tây Hồ tổ chức Hội nghị hướng dẫn thực hiện Đề án số 27-ĐA/QU.$$),
    ($$Từ quý II/2024, Thành ủy Minh Sơn đã triển khai thí điểm mô hình dân vận khéo.

Ngày 15/8/2024, Thành ủy Minh Sơn tổ chức Hội nghị quán triệt Nghị quyết.$$),
    ($$Từ tháng 3/2024 đến nay, Huyện ủy Tân Lập đã thí điểm mô hình chi bộ kiểu mẫu.

Ngày 15/8/2024, Huyện ủy Tân Lập tổ chức Hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 56 G5). A document's word ending the sentence before ("... cụ thể hóa Nghị quyết. Ngày 20/5/2024, Đảng ủy xã tổ chức ...") does not own the date opening the next sentence on its line: that date is the meeting's; a document right before the date ("Quyết định số 147 Ngày 14/5/2024") still owns it
SELECT held_on, organizer
FROM (VALUES
    ($$Thời gian qua, các chi bộ đã bám sát và cụ thể hóa Nghị quyết. Ngày 20/5/2024, Đảng ủy xã tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm.$$),
    ($$Thời gian qua, Huyện ủy Minh Sơn đã ban hành Kế hoạch. Ngày 20-5-2024, Ban Thường vụ Huyện ủy Minh Sơn tổ chức hội nghị quán triệt.$$),
    ($$Căn cứ Quyết định số 147 Ngày 14/5/2024 của UBND tỉnh, Huyện ủy Tân Lập tổ chức hội nghị triển khai.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 56 G7). The font-size widget named in full ("Điều chỉnh kích thước chữ", "Kích thước chữ A A A") is the page's furniture, as "Cỡ chữ" is, no headline
SELECT title
FROM (VALUES
    ($$Điều chỉnh kích thước chữ

Quảng Ninh: Quyết tâm hoàn thành đại hội đảng bộ cấp huyện trong tháng 7

(CLO) 13 đảng bộ cấp huyện và tương đương của tỉnh Quảng Ninh đang tập trung chuẩn bị mọi điều kiện tốt nhất để tổ chức đại hội trong tháng 7 này.$$),
    ($$Kích thước chữ A A A

Bình Định: Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 10

Sáng 3/5, Tỉnh ủy Bình Định tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 57 G2). A period without its year is of the meeting's year, never of the whole year of a plan written after it ("dự kiến kế hoạch năm 2017") nor of a whole year listed after a semicolon ("...; thông qua Chương trình giám sát năm 2017"); months planned after it ("nhiệm vụ 6 tháng cuối năm 2020", "quý II/2018") still date it
SELECT held_on, period, period_text
FROM (VALUES
    ($$Ngày 5/7/2016, Huyện ủy Tuy Phong tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm và dự kiến kế hoạch năm 2017.$$),
    ($$Ngày 11/7/2016, HĐND tỉnh Quảng Trị tổ chức kỳ họp thứ 2 đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm; thông qua Chương trình giám sát năm 2017.$$),
    ($$Ngày 10/1/2017, Đảng ủy Khối Cơ quan tỉnh Hà Giang tổ chức hội nghị sơ kết công tác quý IV, triển khai nhiệm vụ năm 2017.$$),
    ($$Sáng 2/7/2020, Ủy ban Kiểm tra Tỉnh ủy tổ chức sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2020.$$),
    ($$Sáng 13/4/2018, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị đánh giá kết quả quý I; triển khai nhiệm vụ quý II/2018.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 57 G3). The days a meeting whose results or documents are conveyed met ("kết quả ... Hội nghị Trung ương 7 (khoá XI), họp từ ngày 02/5 đến ngày 11/5/2013") are not the report's meeting's, nor those of a Central Committee plenum conveyed so before; a report of the plenum itself keeps them. A meeting that goes on tomorrow ("Ngày mai 12-12, kỳ họp tiếp tục ...") is reported the day before; one announced for tomorrow keeps its date
SELECT held_on, date_inferred, time_of_day
FROM (VALUES
    ($$Huyện ủy Tuy Phong tổ chức hội nghị thông báo nhanh kết quả Hội nghị Trung ương 7 (khoá XI). Hội nghị Trung ương 7 họp từ ngày 02/5 đến ngày 11/5/2013 tại Hà Nội.$$),
    ($$Tại Hội nghị, đồng chí Hồ Văn Phước, Bí thư Huyện ủy đã thông tin những kết quả quan trọng của Hội nghị Trung ương 7 (khoá XI), họp từ ngày 02/5 đến ngày 11/5/2013.$$),
    ($$Ban Thường vụ Thị ủy Ninh Hòa tổ chức hội nghị quán triệt Nghị quyết Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XI. Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XI họp từ ngày 08 đến ngày 14/5/2014 tại Hà Nội.$$),
    ($$Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XI họp từ ngày 08 đến ngày 14/5/2014 tại Hà Nội. Hội nghị đã thảo luận nhiều nội dung quan trọng.$$),
    ($$Khai mạc kỳ họp thứ 7, HĐND tỉnh Bến Tre khóa IX. Ông Trần Văn An trình bày báo cáo thẩm tra. (Ngày mai 12-12-2017, kỳ họp tiếp tục chương trình làm việc)$$),
    ($$Khai mạc kỳ họp thứ 5, HĐND tỉnh Long An khóa IX. Sáng mai 6-7-2021, kỳ họp tiếp tục thảo luận tại tổ.$$),
    ($$Ngày mai (15/10/2019), Bộ Quốc phòng sẽ tổ chức Hội nghị Quân chính toàn quân.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 57 G7). "tổ chức kỳ thứ 2", a council's "kỳ họp thứ 2" with "họp" dropped, is a session held: its subject organizes it; "kỳ" with no number after it ("kỳ thi") is none
SELECT organizer
FROM (VALUES
    ($$Từ ngày 11 đến ngày 13 tháng 7 năm 2016, Hội đồng nhân dân tỉnh khoá XVIII tổ chức kỳ thứ 2.$$),
    ($$Ngày 11/7/2021, HĐND huyện Tân Phú khóa XX tổ chức kỳ thứ hai.$$),
    ($$Ngày 11/7/2021, HĐND huyện Tân Phú tổ chức kỳ thi học sinh giỏi.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 59 G1). A chair list broken by hand at no one width ("Đồng chí Nguyễn Thị Minh" / "Kiều - Bí thư ..., Chủ
-- tịch HĐND" / "huyện; ..."; "Phó Bí thư Thường trực" / "Huyện ủy chủ trì") is one sentence: every person in it chairs
SELECT chairs
FROM (VALUES
    ($$(TUAG)- Chiều ngày 18/02/2022, Huyện ủy Thoại Sơn tổ chức Hội
nghị tổng kết công tác xây dựng Đảng năm 2021. Đồng chí Nguyễn Thị Minh
Kiều - Bí thư Huyện ủy, Chủ tịch HĐND
huyện; Lê Hữu Nghị, Phó Bí thư Thường trực Huyện ủy; Dương Ngọc Lắm -
Phó Bí thư, Chủ tịch UBND huyện chủ trì hội nghị.$$),
    ($$Sáng 5/3/2024, Huyện ủy Tân Lập tổ chức hội nghị sơ kết. Đồng chí Lê Văn Tám, Phó Bí thư Thường trực
Huyện ủy chủ trì hội nghị.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 58 G2). "trực tuyến" after a contest, a service or a course ("Cuộc thi trực tuyến", "dịch vụ công trực tuyến", "lớp tập huấn trực tuyến") qualifies that, not the meeting held in person; after the meeting's noun or its verb the meeting is online
SELECT online
FROM (VALUES
    ($$Sáng 12/1, Đảng ủy phường Tây Hồ tổ chức Hội nghị tổng kết công tác năm 2025. Năm qua, phường tổ chức thành công Cuộc thi trực tuyến tìm hiểu Nghị quyết Đại hội.$$),
    ($$Chiều 5/1, Đảng ủy xã Phú Lộc tổ chức Hội nghị tổng kết công tác năm 2025. Tỷ lệ hồ sơ dịch vụ công trực tuyến đạt 95%.$$),
    ($$Sáng 8/1, Đảng ủy phường Hòa Bình tổ chức hội nghị sơ kết. Phường đã tổ chức 12 lớp tập huấn trực tuyến cho cán bộ.$$),
    ($$Sáng 8/1, Đảng ủy xã An Phú tổ chức hội nghị sơ kết. Hội nghị được tổ chức trực tuyến đến 12 điểm cầu.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 60 G2). Deputies meeting their voters, "tiếp xúc cử tri" with or without "hội nghị" or "buổi", is the meeting reported: its date and time of day; named among a week's events before a later dated meeting, that meeting is the lead
SELECT meeting_kind, held_on, time_of_day
FROM (VALUES
    ($$Chiều 17/6/2018, Tổng Bí thư Nguyễn Phú Trọng cùng các ĐBQH đoàn Hà Nội đã có buổi tiếp xúc cử tri tại quận Cầu Giấy (Hà Nội).$$),
    ($$Chiều 17/6/2018, Tổ đại biểu Quốc hội đơn vị số 1 tiếp xúc cử tri tại phường Dịch Vọng.$$),
    ($$Sáng 5/6/2024, Đoàn ĐBQH tỉnh Nghệ An tổ chức tiếp xúc cử tri tại huyện Yên Thành.$$),
    ($$Chiều 17/6/2018, Ủy ban MTTQ quận Cầu Giấy tổ chức hội nghị tiếp xúc cử tri tại phường Dịch Vọng.$$),
    ($$Từ ngày 14 - 20/4/2025, trên địa bàn tỉnh Trà Vinh đã diễn ra nhiều sự kiện. Nổi bật là hoạt động của đoàn đại biểu Quốc hội tiếp xúc cử tri trước Kỳ họp thứ 9.
Sáng ngày 15/4, Thường trực Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 59 G6). A person who attended and handed over or announced a decision ("đồng chí A ... đã dự và trao quyết định") reports the ceremony held: its date and time of day; the act alone ("đồng chí A trao các quyết định") holds none
SELECT meeting_kind, held_on, time_of_day
FROM (VALUES
    ($$Sáng 31/3/2023, tại Ninh Bình, đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Trưởng Ban Tổ chức Trung ương đã dự và trao quyết định của Bộ Chính trị điều động đồng chí Đoàn Minh Huấn giữ chức vụ Bí thư Tỉnh ủy Ninh Bình.$$),
    ($$Chiều 4/5/2024, tại Cà Mau, ông Lê Văn Bình, Phó Trưởng Ban Tổ chức Trung ương dự và công bố quyết định của Ban Bí thư về công tác cán bộ.$$),
    ($$Ngày 24/3/2011, tại Cần Thơ, đồng chí Nguyễn Văn An trao các quyết định cho ông Lê Văn Bình.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 60 G7). "năm mới 2020", the new year, gives a date without one its year as "năm 2020" does; "Năm mới" with no year gives none
SELECT held_on, time_of_day
FROM (VALUES
    ($$Sáng ngày 01/01, ngày đầu tiên của năm mới 2020, Ban chấp hành Đảng bộ huyện Đức Thọ tổ chức lễ công bố các Quyết định của Huyện ủy.$$),
    ($$Chiều 3/1, trong không khí đón năm mới 2023, Đảng ủy xã Tân Phú tổ chức hội nghị triển khai nhiệm vụ.$$),
    ($$Ngày 5/1, Huyện ủy Cẩm Xuyên tổ chức hội nghị. Năm mới đến, cán bộ ra quân.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 62 G2). A later full date written bare, no cited document's (a page's timestamp after the lead, another item under "Tin khác"), or a planned close ("bế mạc ngày ..."), gives a date without a year the nearest year, not the next; a document dated after "ngày" still comes before the meeting
SELECT held_on, date_inferred
FROM (VALUES
    ($$Sáng 27/4, HĐND tỉnh khóa IX, nhiệm kỳ 2016 - 2021 khai mạc Kỳ họp thứ 20.

Khai mạc Kỳ họp thứ 20, HĐND tỉnh khóa IX
08:57, 28/04/2021

Sáng 27/4, HĐND tỉnh khóa IX khai mạc Kỳ họp thứ 20.$$),
    ($$Sáng 27/4, HĐND tỉnh Minh Sơn khai mạc Kỳ họp thứ 20. Dự kiến kỳ họp bế mạc ngày 29/4/2021.$$),
    ($$Chiều 12/10, Huyện ủy Đức Thọ tổ chức hội nghị giao ban quý III.

Tin khác
20/11/2022$$),
    ($$Ngày 12/11, Huyện ủy Minh Sơn tổ chức hội nghị. Hội nghị triển khai kế hoạch ngày 20/11/2019 của Ban Thường vụ Tỉnh ủy.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 61 G2). A date after a clock time ("vào lúc 14 giờ ngày ...", "lúc 8h30 ngày ...", "7:30, ngày ..."), on a notice's "Thời gian:" line under the meeting it names, or after "vào" right after a document's name is the meeting's; a deadline's clock is not
SELECT held_on, date_inferred
FROM (VALUES
    ($$Ban Thường vụ Huyện ủy tổ chức Hội nghị cán bộ chủ chốt vào lúc 14 giờ ngày 15/12/2023.$$),
    ($$Vào lúc 8h30 ngày 05/3/2024, Đảng ủy xã Hòa Bình tổ chức hội nghị triển khai nhiệm vụ.$$),
    ($$Thành ủy Vinh khai mạc Hội nghị lần thứ 12 lúc 7:30, ngày 20/10/2022.$$),
    ($$Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị Báo cáo viên tháng 7 năm 2022 với các nội dung sau:

1. Nội dung Hội nghị: Tình hình thời sự quốc tế, trong nước, trong tỉnh nổi bật 6 tháng đầu năm 2022.

2. Thời gian:   ½ ngày, bắt đầu từ 7 giờ 30 phút, ngày 21 tháng 7 năm 2022 (thứ Năm)

3. Địa điểm: Hội trường C, thành phố Thanh Hóa.$$),
    ($$Đảng ủy Khối tổ chức Hội nghị quán triệt Nghị quyết Trung ương 8 vào ngày 15/12/2023 tại Hội trường.$$),
    ($$Huyện ủy tổ chức hội nghị giao ban. Các chi bộ nộp báo cáo trước 17 giờ ngày 20/12/2023.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 61 G5, G6). A year derived from "sơ kết N năm thực hiện <document of year Y>" is not taken when it puts the meeting before a document it cites (the phrase is another document's subject); a figure's "đạt ... vào năm Y" gives no year
SELECT held_on, date_inferred
FROM (VALUES
    ($$Sáng ngày 28/6, Huyện ủy Đô Lương đã tổ chức hội nghị quán triệt Nghị quyết TW 10 khóa XII; triển khai thực hiện Thông báo số 55-TB/TW, ngày 20/4/2019 của Bộ Chính trị về sơ kết 5 năm thực hiện Nghị quyết số 26-NQ/TW ngày 30/7/2013 về phương hướng phát triển Nghệ An.$$),
    ($$Sáng 12/5, Huyện ủy Yên Thành tổ chức hội nghị triển khai Kế hoạch số 12-KH/TU ngày 3/3/2022 của Tỉnh ủy về sơ kết 3 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.$$),
    ($$Sáng 12/5, Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.$$),
    ($$Sáng 14-5, đoàn công tác do đồng chí Nguyễn Trọng Nghĩa làm trưởng đoàn đã đến làm việc với Ban Thường vụ Tỉnh ủy Kiên Giang. Thu nhập bình quân đầu người đạt hơn 3.000 USD vào năm 2023.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 61 G7). A later sentence restating the lead's day with a time of day, its body the lead's or of the same place ("Theo báo Sóc Trăng, sáng 30/6/2023, Ban Chấp hành Đảng bộ tỉnh Sóc Trăng ... đã tổ chức Hội nghị"), or "Hội nghị diễn ra vào buổi sáng", gives the time of day; another event of the day or another meeting named does not
SELECT held_on, time_of_day
FROM (VALUES
    ($$Ngày 30/6, tại Hội nghị Ban Chấp hành Đảng bộ lần thứ 18, tỉnh Sóc Trăng đã công bố quyết định của Ban Bí thư về công tác cán bộ.

Theo báo Sóc Trăng, sáng 30/6/2023, Ban Chấp hành Đảng bộ tỉnh Sóc Trăng khóa XIV đã tổ chức Hội nghị lần thứ 18.$$),
    ($$Ngày 12/3/2024, Tỉnh ủy Bình Định tổ chức hội nghị cán bộ chủ chốt. Hội nghị diễn ra vào buổi sáng cùng ngày.$$),
    ($$Ngày 24-3-2016, Tỉnh ủy Vĩnh Long tổ chức hội nghị triển khai quyết định của Bộ Chính trị.
Sáng 24-3, Ban Chấp hành Đảng bộ tỉnh Cao Bằng tổ chức Hội nghị lần thứ 24.$$),
    ($$Ngày 12/3/2024, Tỉnh ủy Bình Định tổ chức hội nghị cán bộ chủ chốt. Hội nghị Trung ương 8 diễn ra vào buổi sáng.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 58 G4). A weekly meeting's week, "tuần 7 năm 2026", is its period, which no months hold: no period is set, neither the whole year nor a year a side remark reviews; its year still dates the meeting; a week planned leaves the year reviewed
SELECT held_on, period, period_text
FROM (VALUES
    ($$Sáng 20/2, Đảng ủy xã Vĩnh Trạch tổ chức họp giao ban tuần 7 năm 2026. Trong dịp Tết, xã đã tổ chức tổng kết năm 2025.$$),
    ($$Sáng 20/2, Đảng ủy phường An Lạc họp giao ban tuần 8 năm 2026.$$),
    ($$Sáng 20/2/2026, Đảng ủy xã Vĩnh Trạch tổ chức hội nghị tổng kết năm 2025, triển khai kế hoạch tuần 8 năm 2026.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 58 G5, probe 59 G7). One bridge point named again without its province ("Hội trường Tỉnh ủy") or abbreviated ("Ban TG&DV", "UBND") is the point named in full; a point's name ends before an adverb ("Trụ sở Trung ương Đảng còn có") and goes on through "Hội nghị" to the level that closes it ("Trung tâm Hội nghị tỉnh")
SELECT bridge_points
FROM (VALUES
    ($$Sáng 26/9/2025, Ban Tuyên giáo và Dân vận Trung ương tổ chức hội nghị trực tuyến.
Các đại biểu tham dự tại điểm cầu Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Hóa.
Các đại biểu tham dự tại điểm cầu Ban Tuyên giáo và Dân vận Tỉnh ủy.
Tham dự tại điểm cầu Ban TG&DV Tỉnh ủy Thanh Hóa có đồng chí Phạm Trọng Dũng.$$),
    ($$Sáng 5/3/2024, Tỉnh ủy tổ chức hội nghị trực tuyến. Các đại biểu dự tại điểm cầu Hội trường Tỉnh ủy.
Dự tại điểm cầu Hội trường Tỉnh ủy Nghệ An có đồng chí Nguyễn Văn A.$$),
    ($$Sáng 5/3/2024, Tỉnh ủy tổ chức hội nghị trực tuyến tới điểm cầu UBND tỉnh Lào Cai và điểm cầu UBND huyện Bát Xát.
Tại điểm cầu Ủy ban nhân dân tỉnh Lào Cai có đồng chí A.$$),
    ($$Sáng 17/1/2024, Ban Bí thư tổ chức hội nghị giao ban trực tuyến. Tham dự tại điểm cầu Trụ sở Trung ương Đảng còn có đồng chí Lê Minh Hưng.
Tham dự tại điểm cầu Trung tâm Hội nghị tỉnh cùng có đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 60 G1). A steering committee named by its task ("Ban Chỉ đạo tổng kết ... thực hiện Kết luận 62-KL/TW
-- của Bộ Chính trị") or by what it is against ("phòng, chống tham nhũng, tiêu cực tỉnh") is the organizer whole
SELECT organizer
FROM (VALUES
    ($$Sáng 4/10/2025, Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62-KL/TW tổ chức hội nghị.$$),
    ($$Ngày 25-4-2019, Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62-KL/TW của Bộ Chính trị tổ chức hội nghị.$$),
    ($$Sáng 4/10/2025, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh tổ chức hội nghị.$$),
    ($$Ngày 5/3/2024, Đoàn Kiểm tra của Ban Chỉ đạo tổng kết 20 năm thực hiện Nghị quyết 26-NQ/TW tổ chức hội nghị tại Đảng ủy xã Tân Lập.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 58 G1). A body's name with an element the grammar did not expect still organizes: a provisional council ("HĐND lâm thời phường An Hải"), an abbreviation in brackets inside a head ("Đảng bộ các cơ quan (CCQ) Đảng tỉnh", left out), a bloc of agencies ("Khối thi đua các cơ quan Đảng tỉnh"), a group of emulation told apart by its sector or bloc after a comma ("Cụm thi đua số 1, ngành Tổ chức xây dựng Đảng"); not another body's ("Sở Y tế, ngành Y tế tỉnh")
SELECT organizer
FROM (VALUES
    ($$Sáng 15/8/2025, HĐND lâm thời phường An Hải tổ chức Kỳ họp thứ 2 để thảo luận, đánh giá kết quả 6 tháng đầu năm 2025.$$),
    ($$Chiều 2/7/2025, UBND lâm thời xã Tân Lập tổ chức hội nghị triển khai nhiệm vụ.$$),
    ($$Chiều 8/1/2026, Đảng bộ các cơ quan (CCQ) Đảng tỉnh tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2025.$$),
    ($$Chiều 8/1/2026, Đảng ủy các cơ quan (CQ) Đảng huyện Minh Sơn tổ chức Hội nghị tổng kết.$$),
    ($$Sáng 5/12/2025, Cụm thi đua số 1, ngành Tổ chức xây dựng Đảng tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.$$),
    ($$Chiều 20/12/2025, Khối thi đua số 2, khối Doanh nghiệp tỉnh đã tổ chức hội nghị tổng kết năm 2025.$$),
    ($$Sáng 5/12/2025, Khối thi đua các cơ quan Đảng tỉnh tổ chức Hội nghị tổng kết công tác thi đua.$$),
    ($$Sáng 5/12/2025, Sở Y tế, ngành Y tế tỉnh tổ chức hội nghị tổng kết.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 60 G4). Central bodies of the Front, the Youth Union, the associations and the trade unions organize ("Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Trung ương Đoàn", "Ban Bí thư Trung ương Đoàn", "Trung ương Hội Nông dân Việt Nam", "Hội NDVN", "Học viện Chính trị quốc gia Hồ Chí Minh"), also of a congress's working day ("tổ chức khai mạc ngày làm việc thứ nhất Đại hội"); "Tổng Liên đoàn Lao động Việt Nam" keeps "Tổng", another body than a Liên đoàn; "Đoàn" after "Trung ương" before a name is a surname
SELECT organizer
FROM (VALUES
    ($$Sáng 4/2/2021, tại Hà Nội, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tổ chức Hội nghị hiệp thương lần thứ nhất giới thiệu người ứng cử đại biểu Quốc hội khóa XV.$$),
    ($$Ngày 11-12-2018, Hội NDVN tổ chức khai mạc ngày làm việc thứ nhất Đại hội đại biểu toàn quốc lần thứ VII, nhiệm kỳ 2018- 2023.$$),
    ($$Sáng 4/2/2021, Trung ương Hội Cựu chiến binh Việt Nam tổ chức Hội nghị tổng kết.$$),
    ($$Sáng 4/2/2021, Trung ương Đoàn tổ chức Hội nghị tổng kết công tác Đoàn năm 2020.$$),
    ($$Sáng 4/2/2021, Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh tổ chức Hội nghị tổng kết.$$),
    ($$Sáng 4/2/2021, Học viện Chính trị quốc gia Hồ Chí Minh tổ chức Hội thảo khoa học.$$),
    ($$Sáng 4/2/2021, Tổng Liên đoàn Lao động Việt Nam tổ chức Hội nghị tổng kết công tác năm 2020.$$),
    ($$Sáng 4/2/2021, Liên đoàn Lao động tỉnh Minh Sơn tổ chức Hội nghị tổng kết công tác năm 2020.$$)
) AS v(body), gb_extract(body);
SELECT name, titles FROM gb_officials($$Tin vắn
Dự có Ủy viên Trung ương Đoàn Văn Tư.$$);

-- R9 (probe 59 G2). A description of the body (or its partner) in brackets or after a dash, naming its role in a group or another body, stands between it and its verb ("Ủy ban Kiểm tra Tỉnh ủy (cơ quan thường trực Khối thi đua) tổ chức", "phối hợp với Ban Dân vận Huyện ủy Diên Khánh - Trưởng khối thi đua ... tổ chức"); an aside with no name ("(nhiệm kỳ mới)") is no description but a note on the body, skipped as well (probe 65 G1); a meeting's name quoted after "tổ chức" is held as unquoted
SELECT organizer
FROM (VALUES
    ($$Ngày 11/01/2022. Đảng ủy xã Cẩm Lĩnh đã tổ chức "HỘI NGHỊ TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2021 VÀ TRIỂN KHAI PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022 ".$$),
    ($$Ngày 11/01/2022, Đảng ủy xã Minh Sơn đã tổ chức “Hội nghị tổng kết công tác xây dựng Đảng năm 2021”.$$),
    ($$Sáng ngày 08/7/2019, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân vận Huyện ủy Diên Khánh - Trưởng khối thi đua Ban Dân vận các huyện, thị, thành ủy tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2019.$$),
    ($$Sáng ngày 08/7/2019, Ủy ban Kiểm tra Tỉnh ủy (cơ quan thường trực Khối thi đua) tổ chức hội nghị sơ kết công tác thi đua.$$),
    ($$Sáng 3/5/2020, Huyện ủy Ea Kar - đơn vị Trưởng cụm thi đua số 2 tổ chức hội nghị sơ kết.$$),
    ($$Ngày 3/6/2020, Đảng bộ quận 4 (nhiệm kỳ mới) tổ chức Đại hội.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 58 G3). A body that announces or hands over a decision at a meeting just named ("Tại đại hội, Ban Thường vụ Thành ủy công bố quyết định chỉ định ...") acts inside it and is not its organizer; a body announcing in its own dated lead still is
SELECT organizer
FROM (VALUES
    ($$Tham dự đại hội có ông Nguyễn Phước Lộc, Phó bí thư Thành ủy. Tại đại hội, Ban Thường vụ Thành ủy công bố quyết định chỉ định Ban Chấp hành Đảng bộ phường Phú An.$$),
    ($$Tại hội nghị, Ban Tổ chức Thành ủy công bố quyết định của Ban Thường vụ Thành ủy về công tác cán bộ.$$),
    ($$Tại hội nghị, Ban Tổ chức Tỉnh ủy Minh Sơn trao quyết định nghỉ hưu cho đồng chí Lê Văn Tâm.$$),
    ($$Sáng 5/3/2024, Ban Thường vụ Tỉnh ủy Minh Sơn công bố quyết định về công tác cán bộ.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 61 G3). A headline's body that is a part of the one the sentence under it names in full ("Công an tỉnh" of "Đảng ủy Công an tỉnh Thanh Hoá", "Huyện ủy" of "Ban Thường vụ Huyện ủy Yên Lập") gives way to that fuller name, also when the sentence has no date ("vừa tổ chức"); another body under the headline does not
SELECT organizer
FROM (VALUES
    ($$Công an tỉnh tổ chức nghiên cứu, học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng

Đảng ủy Công an tỉnh Thanh Hoá vừa tổ chức Hội nghị nghiên cứu, học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng cho đội ngũ cán bộ lãnh đạo chủ chốt.$$),
    ($$Huyện ủy tổ chức hội nghị quán triệt nghị quyết

Ban Thường vụ Huyện ủy Yên Lập vừa tổ chức hội nghị quán triệt nghị quyết cho cán bộ chủ chốt.$$),
    ($$Tỉnh ủy tổ chức hội nghị cán bộ chủ chốt

Ban Thường vụ Tỉnh ủy Minh Sơn đã tổ chức hội nghị cán bộ chủ chốt toàn tỉnh.$$),
    ($$Huyện ủy tổ chức hội nghị quán triệt nghị quyết

Đảng ủy xã Tân Lập vừa tổ chức hội nghị quán triệt nghị quyết.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 62 G6). With no chair of the whole meeting named, one holding a post at the head of the organizer's body ("Phó Trưởng ban Tuyên giáo Trung ương" of "Ban Tuyên giáo Trung ương") chairs the meeting wherever he chairs ("chủ trì điểm cầu tại Hà Nội"); one heading another body, or a mere member of the organizer's ("Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy"), chairs only his point
SELECT chairs
FROM (VALUES
    ($$Sáng 5-6, Ban Tuyên giáo Trung ương tổ chức Hội nghị báo cáo viên trực tuyến toàn quốc tháng 6/2019. Toàn quốc có 186 điểm cầu, trong đó có 35 điểm cầu cấp xã. Đồng chí Lê Mạnh Hùng, Phó Trưởng ban Tuyên giáo Trung ương chủ trì điểm cầu tại Hà Nội. Đồng chí Lê Văn Tuấn, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Tỉnh ủy chủ trì điểm cầu của tỉnh.$$),
    ($$Sáng 12/3/2024, Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến toàn quốc. Đồng chí Hà Văn An, Phó Trưởng Ban Tổ chức Trung ương chủ trì hội nghị tại điểm cầu Hà Nội. Đồng chí Mạc Thị Bình, Trưởng ban Tổ chức Tỉnh ủy chủ trì tại điểm cầu tỉnh Minh Sơn.$$),
    ($$Sáng 12/3/2024, Thường trực Tỉnh ủy Minh Sơn tổ chức Hội nghị trực tuyến. Đồng chí Lê Văn Cường, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Tân Lập chủ trì điểm cầu huyện Tân Lập.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 65 G4). One chairing at a central body's bridge point named before him ("tại điểm cầu Ban Tổ chức Trung ương, bà A ... chủ trì", "Văn phòng Trung ương Đảng") chairs the national meeting; one at a province's point ("Tại điểm cầu tỉnh Y, đồng chí Z chủ trì") chairs only there
SELECT chairs
FROM (VALUES
    ($$Sáng 22/9/2022, tại điểm cầu Ban Tổ Chức Trung ương, bà Trương Thị Mai, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương chủ trì hội nghị trực tuyến toàn quốc quán triệt, triển khai thực hiện Quy định số 80. Tham dự tại điểm cầu tỉnh có ông Lâm Minh Đằng, Phó Bí thư Tỉnh ủy.$$),
    ($$Sáng 15/3/2023, tại điểm cầu Văn phòng Trung ương Đảng, đồng chí Lê Minh Hưng, Chánh Văn phòng Trung ương Đảng chủ trì hội nghị trực tuyến toàn quốc. Tại điểm cầu tỉnh Quảng Ngãi, đồng chí Đặng Ngọc Huy, Phó Bí thư Tỉnh ủy chủ trì.$$),
    ($$Chiều 5/6/2023, Ban Tuyên giáo Trung ương tổ chức hội nghị trực tuyến toàn quốc. Tại điểm cầu tỉnh Bắc Giang, đồng chí Nguyễn Văn Gấu, Bí thư Tỉnh ủy chủ trì.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 65 G4). One chairing the national meeting ("chủ trì hội nghị trực tuyến toàn quốc") from a point named before him by no place of a level ("tại điểm cầu Hội trường Diên Hồng", "Trung tâm Hội nghị Quốc gia") chairs it; from a province's point ("tại điểm cầu tỉnh Nghệ An") he chairs only there
SELECT chairs
FROM (VALUES
    ($$Sáng 10/5/2023, tại điểm cầu Hội trường Diên Hồng, đồng chí Vương Đình Huệ, Chủ tịch Quốc hội chủ trì hội nghị trực tuyến toàn quốc. Tại điểm cầu tỉnh Nghệ An, đồng chí Thái Thị An Chung, Phó Trưởng đoàn Đoàn ĐBQH tỉnh chủ trì.$$),
    ($$Sáng 8/4/2024, tại điểm cầu Trung tâm Hội nghị Quốc gia, đồng chí Trần Văn Sơn, Chủ tịch Quốc hội chủ trì Hội nghị toàn quốc quán triệt nghị quyết. Tại điểm cầu Tỉnh ủy Yên Bái, đồng chí Đỗ Đức Duy, Bí thư Tỉnh ủy chủ trì hội nghị.$$),
    ($$Sáng 10/5/2023, tại điểm cầu tỉnh Nghệ An, đồng chí Thái Thanh Quý, Bí thư Tỉnh ủy chủ trì hội nghị trực tuyến toàn quốc.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 62 G7). The term "khóa N" after a comma ("HĐND huyện Long Điền, khóa 2 tổ chức") is of the body's name, as it is without the comma
SELECT organizer
FROM (VALUES
    ($$Sáng 6/4/2021, HĐND huyện Long Điền, khóa 2 tổ chức kỳ họp thứ 16 (kỳ họp chuyên đề) và tổng kết hoạt động nhiệm kỳ 2016-2021.$$),
    ($$Sáng 12/3/2024, Huyện ủy Minh Sơn, khóa VI tổ chức hội nghị lần thứ 30.$$),
    ($$Ngày 9/7/2023, HĐND tỉnh Tân Lập, khóa VIII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 19.$$),
    ($$Sáng 6/4/2021, HĐND huyện Long Điền khóa II tổ chức kỳ họp thứ 16.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 63 G5). "điểm cầu chính là <venue>" names the main point after "là" as "điểm cầu chính tại" does
SELECT online, bridge_points
FROM (VALUES
    ($$Sáng 9/12/2023, hội nghị được tổ chức trực tuyến từ điểm cầu chính là phòng họp Diên Hồng, nhà Quốc hội đến các tỉnh, thành phố.$$),
    ($$Sáng 5/3/2024, Tỉnh ủy Minh Sơn tổ chức hội nghị trực tuyến. Điểm cầu chính là Hội trường Tỉnh ủy, kết nối tới 12 điểm cầu cấp huyện.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 64 G2). A line end typed inside a date phrase is a space: a time of day or "ngày" ending a line before the date ("Sáng ngày" / "12/03/2020, ..."), or a date cut after its month ("12/03/" / "2020"), dates and times the meeting as on one line; a blank line before a page's stamp keeps its line end
SELECT held_on, time_of_day
FROM (VALUES
    ($$Sáng ngày
12/03/2020, Hội đồng nhân dân thành phố khóa XV đã tiến hành kỳ họp thứ 13 (kỳ họp bất thường).$$, NULL::date),
    ($$Sáng
12/3, Ban Thường vụ Tỉnh ủy Thái Bình tổ chức hội nghị giao ban quý I.$$, '2020-03-13'::date),
    ($$Chiều ngày
12/3/2020, Huyện ủy Tân Lập tổ chức hội nghị sơ kết.$$, NULL::date),
    ($$Sáng ngày 12/03/
2020, Đảng ủy Khối cơ quan tỉnh Lai Châu tổ chức hội nghị.$$, NULL::date),
    ($$Huyện ủy Mỹ Lộc giao ban quý I

Cập nhật ngày

12/03/2020

Chiều 11/3/2020, Huyện ủy Mỹ Lộc tổ chức hội nghị giao ban.$$, NULL::date)
) AS v(body, published), gb_extract(body, published);

-- R9 (probe 63 G1). An organizer is taken only from a "tổ chức" clause whose object is the meeting reported: not from another event's ("Hội thao do Bộ Chỉ huy Quân sự tỉnh tổ chức", "cuộc thi khu vực do ... tổ chức", a later sentence's "đã tổ chức lễ khai mạc triển lãm ảnh"); a clause holding the meeting still names it
SELECT organizer
FROM (VALUES
    ($$TỔNG KẾT CÔNG TÁC HỘI NĂM 2022

Kết luận hội nghị, đồng chí Nguyễn Văn An, Chủ tịch Hội Cựu chiến binh tỉnh đề nghị các cấp Hội tham gia Hội thao do Bộ Chỉ huy Quân sự tỉnh tổ chức.$$),
    ($$TỔNG KẾT CÔNG TÁC HỘI NĂM 2023

Kết luận hội nghị, đồng chí Lê Văn Tám, Chủ tịch Hội Nông dân tỉnh đề nghị các cấp Hội tham dự cuộc thi khu vực do Trung ương Hội Nông dân Việt Nam tổ chức.$$),
    ($$Chiều 4/10/2023, phiên trù bị Đại hội đại biểu Phụ nữ tỉnh Minh Sơn lần thứ XI diễn ra tại Hội trường tỉnh. Trước đó, sáng cùng ngày, Hội Liên hiệp phụ nữ tỉnh đã tổ chức lễ khai mạc triển lãm ảnh.$$),
    ($$Sáng 19/5/2023, Hội Cựu chiến binh tỉnh Minh Sơn tổ chức hội nghị tổng kết công tác Hội năm 2022. Các cấp Hội tham gia Hội thao do Bộ Chỉ huy Quân sự tỉnh tổ chức.$$),
    ($$TỔNG KẾT CÔNG TÁC HỘI NĂM 2022

Hội nghị tổng kết công tác Hội năm 2022 do Hội Nông dân tỉnh Tân Lập tổ chức đã thảo luận nhiều ý kiến.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 63 G2). An apposition counting the body's members ("gồm 68 đồng chí", "gồm 45 ủy viên") between its term and its verb is skipped, as it is right after the body's name
SELECT organizer
FROM (VALUES
    ($$Chiều 2/10/2025, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh khóa XX, nhiệm kỳ 2025 - 2030 gồm 68 đồng chí đã tiến hành Hội nghị lần thứ I.$$),
    ($$Chiều 2/10/2025, Ban Chấp hành Đảng bộ huyện Tân Lập khóa XXVI, nhiệm kỳ 2025 - 2030, gồm 45 ủy viên, đã tổ chức Hội nghị lần thứ nhất.$$),
    ($$Sáng 3/10/2025, Ban Chấp hành Đảng bộ thành phố Minh Sơn khóa XVI gồm 55 đồng chí tổ chức Hội nghị lần thứ nhất.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 64 G1). A place in apposition set off by commas between the body and its verb (", tỉnh Hà Tĩnh,", ", TP.HCM,", ", An Giang,") is skipped: the organizer is the body as written before it
SELECT organizer
FROM (VALUES
    ($$Ngày 8-8, Đảng bộ phường Chợ Lớn, TP.HCM, tổ chức Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030.$$),
    ($$Sáng 8-8, Huyện ủy Thạch Hà, tỉnh Hà Tĩnh, tổ chức hội nghị giao ban công tác xây dựng Đảng quý II.$$),
    ($$Sáng 8-8, Ban Tổ chức Huyện ủy Thoại Sơn, An Giang, tổ chức hội nghị tập huấn.$$),
    ($$Sáng 8-8, Ban Tổ chức Thành ủy, TP Cần Thơ, đã tổ chức hội nghị tập huấn.$$),
    ($$Sáng 8-8, Đảng ủy xã Tân Lập, huyện Minh Sơn, tỉnh Hòa Bình, tổ chức hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 64 G5). "tổ chức Phiên làm việc thứ nhất (của) Đại hội", a numbered sitting of the meeting named after it, holds that meeting: its subject is the organizer; "phiên làm việc với" a body is still a working session
SELECT organizer
FROM (VALUES
    ($$Chiều 28-11, tại Hội trường lớn trụ sở Tỉnh ủy, Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang đã tổ chức Phiên làm việc thứ nhất Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030.$$),
    ($$Sáng 8-8, Hội Cựu chiến binh tỉnh Nam Định tổ chức phiên làm việc thứ 2 Đại hội đại biểu lần thứ VII.$$),
    ($$Sáng 8-8, Ủy ban MTTQ tỉnh tổ chức phiên làm việc thứ hai của Hội nghị lần thứ 5.$$),
    ($$Chiều 28-11, Ban Thường vụ Tỉnh ủy tổ chức phiên làm việc với Huyện ủy Yên Sơn.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 64 G6). A body of each committee of a class, named by the class in lower case after it ("Ban Dân vận các huyện, thị, thành ủy", "Ban Tổ chức các huyện ủy, thành ủy", "Ban Dân vận cấp huyện", "Văn phòng cấp ủy"), is the organizer as written, with whose and where they are; never the last committee alone; no class with no committee last
SELECT organizer
FROM (VALUES
    ($$Chiều ngày 28/12/2022, tại thành phố Nha Trang, Khối thi đua Ban Dân vận các huyện, thị, thành ủy của tỉnh đã tổ chức Hội nghị tổng kết công tác thi đua năm 2022.$$),
    ($$Chiều 20/12/2023, Ban Dân vận cấp huyện tổ chức Hội nghị tổng kết.$$),
    ($$Sáng 5/1/2024, Khối thi đua Văn phòng cấp ủy tổ chức Hội nghị tổng kết.$$),
    ($$Sáng 5/1/2024, Ban Tổ chức các huyện ủy, thành ủy tổ chức Hội nghị tổng kết.$$),
    ($$Sáng 5/1/2024, Ban Tuyên giáo các huyện, thị, thành ủy tỉnh Quảng Nam tổ chức Hội nghị sơ kết.$$),
    ($$Sáng 5/1/2024, Ban Tổ chức các huyện, phòng ban tổ chức Hội nghị tổng kết.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 65 G1). A lone comma between the body opening its clause and its verb ("Thường trực HĐND huyện, tổ chức"), and a note in brackets in lower case after the body or its term ("(nhiệm kỳ 2021-2026)", "(mở rộng)"), are skipped: the body is the organizer, not a body in the meeting's name; a body after "của" is no subject
SELECT organizer
FROM (VALUES
    ($$Sáng ngày 29/02/2024, Thường trực HĐND huyện, tổ chức phiên họp thường kỳ lần thứ 27.$$),
    ($$Chiều 5/3/2024, Đảng ủy xã Tân Hồng, tổ chức hội nghị Ban Chấp hành Đảng bộ mở rộng để đánh giá kết quả tháng 2.$$),
    ($$Trong 2 ngày (18 và 19/12/2023), HĐND huyện Kbang khóa VIII (nhiệm kỳ 2021-2026) đã tổ chức thành công Kỳ họp thứ 15.$$),
    ($$Ngày 3/4/2024, Ban Thường vụ Tỉnh ủy (mở rộng) tổ chức hội nghị quán triệt nghị quyết.$$),
    ($$Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy, tổ chức hội nghị quán triệt nghị quyết.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 65 G3). The trade union or the youth cell of an agency ("Công đoàn Văn phòng UBND tỉnh", "Công đoàn cơ sở Trường THPT ...", "Chi đoàn Văn phòng Tỉnh ủy") is another body than the agency: the organizer keeps its head, also before a joint office ("Văn phòng Đoàn ĐBQH và HĐND tỉnh")
SELECT organizer
FROM (VALUES
    ($$Chiều ngày 16/03/2023, Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh Nghệ An đã tổ chức thành công Đại hội Công đoàn khóa I, nhiệm kỳ 2023-2028.$$),
    ($$Ngày 3/4/2024, Công đoàn Sở Y tế tỉnh Hà Tĩnh đã tổ chức Đại hội Công đoàn lần thứ IV.$$),
    ($$Ngày 3/4/2024, Chi đoàn Văn phòng Tỉnh ủy tổ chức Đại hội Chi đoàn nhiệm kỳ 2024-2026.$$),
    ($$Ngày 3/4/2024, Công đoàn cơ sở Trường THPT Hà Huy Tập tổ chức Đại hội lần thứ V.$$)
) AS v(body), gb_extract(body);

-- R9 (probe 65 G2). The congress of a mass organization, the Front or a union heading its clause ("Đại hội đại biểu [toàn quốc] Hội Cựu chiến binh Việt Nam lần thứ V đã bế mạc", "... Mặt trận Tổ quốc Việt Nam tỉnh ...") names its own organization as a Party congress names its Đảng bộ; "toàn quốc" is its scope; a bare "Hội Nông dân tỉnh" with no number none
SELECT organizer
FROM (VALUES
    ($$Sau 4 ngày làm việc, Đại hội Đại biểu toàn quốc Hội Cựu chiến binh Việt Nam lần thứ V đã bế mạc vào sáng 20-12-2012.$$),
    ($$Tin vắn
Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh Quảng Nam lần thứ XVI khai mạc.$$),
    ($$Tin vắn
Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh lần thứ XI khai mạc.$$),
    ($$Tin vắn
Sáng 4/10/2022, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Long An lần thứ XI khai mạc.$$),
    ($$Tin vắn
Sáng 15/10/2020, Đại hội Hội Nông dân tỉnh khai mạc.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 28 G1). A mass organization's bare name as the headline's subject ("Đoàn Thanh niên", "Hội Nông dân") gives way to the body the sentence under it names, dated or not ("Ban Thường vụ Tỉnh đoàn Quảng Nam"); the national body ("Mặt trận Tổ quốc Việt Nam") stays
SELECT organizer
FROM (VALUES
    ($$Đoàn Thanh niên tổ chức lễ ra quân chiến dịch tình nguyện hè

Ban Thường vụ Tỉnh đoàn Quảng Nam tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024 tại huyện Núi Thành.$$),
    ($$Hội Nông dân tổ chức hội nghị tổng kết năm 2024

Ban Thường vụ Hội Nông dân tỉnh Long An vừa tổ chức hội nghị tổng kết công tác Hội năm 2024.$$),
    ($$Mặt trận Tổ quốc Việt Nam tổ chức hội nghị tổng kết năm 2024

Ủy ban MTTQ tỉnh Long An vừa tổ chức hội nghị tổng kết công tác Mặt trận năm 2024.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 28 G2). A congress of the Front written "MTTQ", "Ủy ban MTTQ", "UBMTTQ", or of a Chi bộ, heading its clause names its organization as written, as a Đảng bộ's and an association's do
SELECT organizer
FROM (VALUES
    ($$Tin vắn
Đại hội đại biểu MTTQ Việt Nam tỉnh Bình Phước lần thứ XI, nhiệm kỳ 2024-2029 khai mạc.$$),
    ($$Tin vắn
Sáng 12/7/2024, Đại hội đại biểu Ủy ban MTTQ Việt Nam tỉnh Bình Phước lần thứ XI khai mạc.$$),
    ($$Tin vắn
Đại hội đại biểu UBMTTQ huyện Đồng Phú lần thứ XII khai mạc.$$),
    ($$Tin vắn
Đại hội Chi bộ Trường THPT Nguyễn Du nhiệm kỳ 2025-2027 thành công tốt đẹp.$$),
    ($$Tin vắn
Sáng 12/7/2025, Đại hội Chi bộ thôn 3 lần thứ XV, nhiệm kỳ 2025-2027 khai mạc.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 28 G3). A congress announced in another sentence than the lead's date ("Đại hội ... sẽ diễn ra vào ngày 19/11/2025", "dự kiến tổ chức vào tháng 10/2025", "Dự kiến, Đại hội ... diễn ra") gives the meeting reported neither its kind nor its organization, and a month so planned puts the meeting's day before it, not in the year after; a congress held, or announced by its own lead, keeps them
SELECT meeting_kind, organizer, held_on
FROM (VALUES
    ($$Tin tức
Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Lâm Đồng lần thứ XVI sẽ diễn ra vào ngày 19/11/2025. Sáng 5/11/2025, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị chuẩn bị.$$),
    ($$Tin tức
Ngày 5/11/2025, Ban Bí thư Trung ương Đoàn nghe báo cáo công tác chuẩn bị Đại hội. Theo đó, Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Bắc Ninh lần thứ XVI sẽ diễn ra vào ngày 19/11/2025.$$),
    ($$Tin tức
Sáng 20/2, Ban Thường vụ Tỉnh ủy Bình Lâm tổ chức hội nghị. Dự kiến tổ chức Đại hội đại biểu Hội Nông dân tỉnh Lâm Đồng lần thứ XI vào tháng 10/2025.$$),
    ($$Tin tức
Sáng 5/8/2025, Ban Tuyên giáo Tỉnh ủy nghe báo cáo. Dự kiến, Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ XII diễn ra vào tháng 10/2025.$$),
    ($$Tin tức
Sáng 5/8/2025, Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ XII khai mạc. Đại hội sẽ diễn ra trong 3 ngày.$$),
    ($$Tin tức
Sáng 5/8/2025, Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ XII sẽ khai mạc.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 B2). A plenum named with its sitting's number heading its clause holds itself when it opens or closes ("Hội nghị ... lần thứ 22 khai mạc", "... bế mạc"), as with "diễn ra": the committee is its organizer; not without the number, nor when a speech opens it ("phát biểu khai mạc")
SELECT organizer
FROM (VALUES
    ($$Ngày 10/10/2024, Hội nghị Ban Chấp hành Đảng bộ tỉnh Hòa Minh lần thứ 22 khai mạc tại Hội trường tỉnh.$$),
    ($$Sáng 18/8/2024, Hội nghị lần thứ 11 Ban Chấp hành Đảng bộ tỉnh Minh Sơn khóa X bế mạc.$$),
    ($$Ngày 10/10/2024, Hội nghị Ban Chấp hành Đảng bộ tỉnh Hòa Minh khai mạc tại Hội trường tỉnh.$$),
    ($$Ngày 10/10/2024, Hội nghị Ban Chấp hành Đảng bộ tỉnh Hòa Minh lần thứ 22, đồng chí Lê Văn Tám phát biểu khai mạc.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 A3). "làm việc với" the people who lead a body or a locality ("lãnh đạo huyện Bình An", "trưởng, phó các ban ...", "cán bộ chủ chốt Sở Nội vụ") is a working session, as with the body itself; not with "lãnh đạo" of nothing named, nor "sẽ làm việc"
SELECT meeting_kind, organizer, held_on
FROM (VALUES
    ($$Sáng 15/3/2016, Thường trực Tỉnh ủy làm việc với lãnh đạo huyện Bình An.$$),
    ($$Sáng 15/3/2016, Ban Thường vụ Tỉnh ủy làm việc với trưởng, phó các ban xây dựng Đảng Tỉnh ủy.$$),
    ($$Sáng 15/3/2016, Thường trực Tỉnh ủy làm việc với cán bộ chủ chốt Sở Nội vụ.$$),
    ($$Sáng 15/3/2016, Thường trực Tỉnh ủy làm việc với lãnh đạo.$$),
    ($$Sáng 15/3/2016, Thường trực Tỉnh ủy sẽ làm việc với lãnh đạo huyện Bình An.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 B8). A post before a person's name ("Bộ trưởng Trần Văn An trao ...") heads no body: no organizer; the ministry itself is one
SELECT organizer
FROM (VALUES
    ($$Sáng 3/5/2024, Bộ trưởng Trần Văn An trao quyết định bổ nhiệm cho ông Lê Văn Bình.$$),
    ($$Sáng 3/5/2024, Bộ Nội vụ trao quyết định bổ nhiệm cho ông Lê Văn Bình.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 B11). A meeting's own presidium ("Đoàn Chủ tịch Đại hội") conducts it and holds none: the congress's organization stays the organizer; a front's presidium named by its committee holds its conferences
SELECT organizer
FROM (VALUES
    ($$Sáng 12/3/2022, Đại hội Hội Cựu chiến binh xã Tân Lập lần thứ VIII khai mạc. Đồng chí Vũ Văn Ninh - Chủ tịch Hội, thay mặt Đoàn chủ tịch Đại hội khai mạc Đại hội.$$),
    ($$Sáng 12/3/2022, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 B9). "Đại hội đại biểu Phụ nữ <level> <place>" with its number or term is the congress of the women's union of that locality, "Hội Liên hiệp Phụ nữ <level> <place>"; without a number or term, none
SELECT organizer
FROM (VALUES
    ($$Sáng 23/12/2021, Đại hội đại biểu Phụ nữ huyện Tân Lập lần thứ XI đã diễn ra.$$),
    ($$Sáng 23/12/2021, Đại hội đại biểu Phụ nữ phường 3 nhiệm kỳ 2021 - 2026 đã diễn ra.$$),
    ($$Sáng 23/12/2021, Đại hội đại biểu Phụ nữ huyện Tân Lập đã diễn ra.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 A5). A group's head ("cụm", "Cụm thi đua") gathering localities of one level named one by one ("cụm các xã Bình An, Bình Hòa và Bình Lợi", "cụm xã Bình An") is one body, as written; without names, none
SELECT organizer
FROM (VALUES
    ($$Chiều ngày 22/4/2021, cụm các xã Bình An, Bình Hòa và Bình Lợi tổ chức giao ban công tác xây dựng Đảng quý I năm 2021.$$),
    ($$Chiều ngày 22/4/2021, Cụm thi đua các xã Bình An, Bình Hòa tổ chức giao ban.$$),
    ($$Chiều ngày 22/4/2021, cụm xã Bình An tổ chức giao ban.$$),
    ($$Chiều ngày 22/4/2021, cụm các xã tổ chức giao ban.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 A7). An outlet's tag not in capitals, a domain or one word of syllables run together without tones
-- ("Kinhtedothi", "Hanoimoi"), before a lead opening with its date, is the source; a place's dateline ("Huế - ",
-- "Vinh - ") is none
SELECT source, held_on, organizer
FROM (VALUES
    ($$Kinhtedothi - Sáng 17/3/2022, Ban Thường vụ Huyện ủy Bình An tổ chức hội nghị quán triệt.$$),
    ($$Baonghean.vn - Sáng 17/3/2022, Ban Thường vụ Huyện ủy Bình An tổ chức hội nghị quán triệt.$$),
    ($$Hanoimoi-Sáng 17/3/2022, Ban Thường vụ Huyện ủy Bình An tổ chức hội nghị quán triệt.$$),
    ($$Huế - Sáng 17/3/2022, Ban Thường vụ Huyện ủy Bình An tổ chức hội nghị quán triệt.$$),
    ($$Vinh - Sáng 17/3/2022, Ban Thường vụ Huyện ủy Bình An tổ chức hội nghị quán triệt.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 A10). A byline's post after a dash ("Tác giả: Lê Văn Hùng – Bí thư Đảng ủy") is no part of the
-- author; two names joined by a dash stay
SELECT author
FROM (VALUES
    ($$Sáng 12/5/2023, Huyện ủy Bình An tổ chức hội nghị giao ban.
Tác giả: Lê Văn Hùng – Bí thư Đảng ủy$$),
    ($$Sáng 12/5/2023, Huyện ủy Bình An tổ chức hội nghị giao ban.
Tác giả: Vũ Nguyệt – Nhật Quang$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 B1). A deadline the text sets ("hoàn thành trước ngày 30/4/2024", "hoàn thành đến hết ngày", "chậm nhất đến ngày") gives a meeting's day without a year the latest year that keeps it on or before the deadline; a count up to a day ("Tính đến ngày 30/4/2024") and a start ("từ ngày 1/8/2024") stay the nearest year
SELECT held_on, date_inferred
FROM (VALUES
    ($$Tin vắn
Chiều ngày 14/9, Ban Thường trực Ủy ban MTTQ huyện Tân Lập tổ chức hội nghị triển khai công tác chuẩn bị Đại hội MTTQ huyện lần thứ XIII, nhiệm kỳ 2024 - 2029. Theo kế hoạch, đại hội cấp xã hoàn thành trước ngày 30/4/2024.$$),
    ($$Tin vắn
Chiều ngày 14/9, Ban Thường trực Ủy ban MTTQ huyện Tân Lập tổ chức hội nghị triển khai công tác bầu cử. Các xã hoàn thành đến hết ngày 30/4/2024.$$),
    ($$Tin vắn
Chiều ngày 14/9, Ban Thường trực Ủy ban MTTQ huyện Tân Lập tổ chức hội nghị triển khai công tác bầu cử. Các xã hoàn thành trước ngày 30/10/2024.$$),
    ($$Tin vắn
Chiều ngày 14/9, Ban Thường trực Ủy ban MTTQ huyện Tân Lập tổ chức hội nghị sơ kết công tác bầu cử. Tính đến ngày 30/4/2024, các xã đã hoàn thành.$$),
    ($$Tin vắn
Chiều ngày 14/9, Ban Thường trực Ủy ban MTTQ huyện Tân Lập tổ chức hội nghị triển khai công tác bầu cử. Kế hoạch thực hiện từ ngày 1/8/2024.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 A6, B4b). A period in the agenda of a Central Committee plenum whose results the meeting conveys ("thông báo nhanh kết quả Hội nghị Trung ương 10. ... Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XII đã họp bàn về ... năm 2018", or "Hội nghị đã họp bàn" right after) is not the meeting's; the meeting's own, and the plenum's when it is the one reported, stay
SELECT held_on, period, period_text
FROM (VALUES
    ($$Tin vắn
Ngày 22/5/2019, Thành ủy Bình An tổ chức hội nghị thông báo nhanh kết quả Hội nghị Trung ương 10. Từ ngày 16 đến ngày 18-5, Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XII đã họp bàn về các nội dung: đề cương văn kiện; báo cáo công tác kiểm tra, giám sát năm 2018.$$),
    ($$Tin vắn
Tại hội nghị, ông Lê Văn An báo cáo nhanh kết quả Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XII. Hội nghị đã họp bàn về báo cáo công tác kiểm tra, giám sát năm 2018.$$),
    ($$Tin vắn
Ngày 22/5/2019, Thành ủy Bình An tổ chức hội nghị thông báo nhanh kết quả Hội nghị Trung ương 10. Từ ngày 16 đến ngày 18-5, Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XII đã họp bàn về báo cáo công tác kiểm tra, giám sát năm 2018. Hội nghị Thành ủy cũng sơ kết công tác quý I năm 2019.$$),
    ($$Tin vắn
Sáng 5/1/2019, Huyện ủy Tân Lập tổ chức hội nghị thông báo nhanh kết quả Hội nghị Trung ương 9. Hội nghị cũng tổng kết công tác năm 2018.$$),
    ($$Tin vắn
Sáng 20/1/2019, Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XII đã họp, thảo luận báo cáo công tác kiểm tra năm 2018.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 B4a). Unless the meeting is a review or a giao ban, the work ahead of its day is not the period reviewed: a period that starts after it, or a year mostly after it with no reviewing word before it ("Sáng 15/1/2024, ... Hội nghị công tác kiểm tra, giám sát năm 2024"): none, the day still dated by it; late in the year, after "tổng kết", at a giao ban, the period stays
SELECT held_on, date_inferred, period, period_text
FROM (VALUES
    ($$Tin vắn
Sáng 15/1/2024, Ủy ban Kiểm tra Tỉnh ủy tổ chức Hội nghị công tác kiểm tra, giám sát năm 2024.$$),
    ($$Tin vắn
Chiều 25/1, Hội nghị cán bộ toàn quốc về công tác xây dựng Đảng năm 2013 khai mạc tại Hà Nội.$$),
    ($$Tin vắn
Sáng 25/9/2024, Ban Tổ chức Tỉnh ủy tổ chức hội nghị quý IV năm 2024.$$),
    ($$Tin vắn
Sáng 20/12/2024, Ủy ban Kiểm tra Tỉnh ủy tổ chức Hội nghị công tác kiểm tra, giám sát năm 2024.$$),
    ($$Tin vắn
Sáng 15/1/2024, Ủy ban Kiểm tra Tỉnh ủy tổ chức Hội nghị tổng kết công tác kiểm tra, giám sát năm 2024.$$),
    ($$Tin vắn
Sáng 2/10/2024, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban quý IV năm 2024.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 C5a). A verb joined to a review by "và" shares its object ("Hội nghị Tổng kết và trao giải Cuộc thi ... giai đoạn 2018- 2021"), and so does a round named before it ("đợt II, Cuộc thi ..."): the span stays the period reviewed; with no review before "và", none
SELECT meeting_kind, period, period_text
FROM (VALUES
    ($$Tin vắn
Sáng ngày 12/10/2021, Ban Tuyên giáo Huyện ủy Tân Lập tổ chức Hội nghị Tổng kết và trao giải Cuộc thi tìm hiểu lịch sử Đảng bộ giai đoạn 2018- 2021.$$),
    ($$Tin vắn
Chiều ngày 10/9/2020, Ban Dân vận Huyện ủy Tân Lập tổ chức Hội nghị Tổng kết và trao giải đợt II, Cuộc thi viết về tấm gương "Dân vận khéo", giai đoạn 2017- 2020.$$),
    ($$Tin vắn
Sáng ngày 12/10/2021, Ban Tuyên giáo Huyện ủy Tân Lập tổ chức Hội nghị và trao giải Cuộc thi tìm hiểu lịch sử Đảng bộ giai đoạn 2018- 2021.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 C5b). The year of a work programme however its name goes on ("chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2022", "Chương trình công tác toàn khóa và năm 2017") is no period, and a ceremony reviews no year's work ("Kế hoạch ... về công tác Đoàn năm 2023. ... lễ kết nạp"); a review named after the programme, or a ceremony that reviews, keeps the year
SELECT meeting_kind, period, period_text
FROM (VALUES
    ($$Tin vắn
Thực hiện chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2022. Tối 03/9/2022, Đoàn Thanh niên xã Bình Minh tổ chức lễ kết nạp đoàn viên mới.$$),
    ($$Tin vắn
Trong hai ngày 21- 22/4, Ủy ban Kiểm tra Tỉnh ủy Bình An họp kỳ thứ 2. Ủy ban Kiểm tra Tỉnh ủy đã thảo luận và thông qua: Quy chế làm việc; Chương trình công tác toàn khóa và năm 2017 của Ủy ban.$$),
    ($$Tin vắn
Thực hiện Kế hoạch số 05-KH/ĐTN của Ban Chấp hành Đoàn xã về công tác Đoàn năm 2023. Tối 01/9/2023, Đoàn Thanh niên xã An Phú tổ chức lễ kết nạp đoàn viên mới.$$),
    ($$Tin vắn
Sáng 14/12/2017, Huyện ủy Tân Lập tổ chức hội nghị thông qua chương trình công tác và tổng kết công tác năm 2017.$$),
    ($$Tin vắn
Tối 01/12/2023, Đoàn Thanh niên xã An Phú tổ chức lễ tổng kết công tác Đoàn năm 2023.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 C4). A byline closed by one full stop ("Thanh Hải."); under it a line naming a unit ("Trung tâm Văn
-- hóa huyện An Phú") or the label "Bài viết liên quan"; a sentence closing the text is none
SELECT author
FROM (VALUES
    ($$Chiều 25/8/2022, Chi bộ thôn An tổ chức Lễ kết nạp đảng viên mới.

Thanh Hải.$$),
    ($$Chiều 25/8/2022, Chi bộ thôn An tổ chức Lễ kết nạp đảng viên mới.

Minh Kiên

Trung tâm Văn hóa huyện An Phú$$),
    ($$Chiều 25/8/2022, Chi bộ thôn An tổ chức Lễ kết nạp đảng viên mới.

Nguyên Đồng

Bài viết liên quan$$),
    ($$Chiều 25/8/2022, Chi bộ thôn An tổ chức Lễ kết nạp đảng viên mới.

Buổi lễ kết thúc tốt đẹp.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 C2). A badge award told by its verb ("Huyện ủy An Phú trao tặng Huy hiệu ...") is the ceremony "lễ trao Huy hiệu", held by its body, dated; "(Đến) dự Lễ ... có <guests>" names the meeting attended; a person's act alone holds none
SELECT meeting_kind, held_on, time_of_day, organizer
FROM (VALUES
    ($$Tin vắn
Chiều ngày 4/7/2022, Huyện ủy An Phú trao tặng Huy hiệu 50 năm tuổi Đảng cho đảng viên ở xã Bình Minh.$$),
    ($$Tin vắn
Đến dự Lễ trao Huy hiệu Đảng có đồng chí Lê Văn An - Bí thư Huyện ủy.$$),
    ($$Tin vắn
Năm nay, 12 đảng viên được trao tặng Huy hiệu Đảng. Đồng chí Lê Văn An, Bí thư Huyện ủy trao Huy hiệu cho các đảng viên.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 C1). The subject of "tổ chức" past "tiến hành", a Party organization in lower case where a subject starts ("đảng bộ xã Quang Sơn", as written), a commune's youth union by its short name ("Đoàn xã An Phú"); "Đoàn công tác" stays a delegation, "các đảng bộ xã" none
SELECT organizer
FROM (VALUES
    ($$Tin vắn
Chiều ngày 25/8/2022, Chi bộ trường Tiểu học Lê Lợi đã tiến hành tổ chức Lễ kết nạp đảng viên mới.$$),
    ($$Tin vắn
Sáng 4/7/2022, đảng bộ xã Quang Sơn tổ chức lễ trao Huy hiệu Đảng.$$),
    ($$Tin vắn
Sáng 4/7/2022, các đảng bộ xã tổ chức lễ trao Huy hiệu Đảng.$$),
    ($$Tin vắn
Tối ngày 01/9/2023, Đoàn xã An Phú tổ chức lễ kết nạp đoàn viên mới.$$),
    ($$Tin vắn
Sáng 5/3/2024, Đoàn công tác của Tỉnh ủy làm việc với Huyện ủy An Phú.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 C7). A contest or a training course held ("tổ chức Hội thi", "tổ chức lớp tập huấn", "lớp bồi dưỡng"), or a round of the contest ("tổ chức vòng chung khảo cấp tỉnh Hội thi"), is an event of its own kind, dated; one only taken part in, none
SELECT meeting_kind, held_on, time_of_day, organizer
FROM (VALUES
    ($$Tin vắn
Sáng 30/7/2023, Ban Tuyên giáo Tỉnh ủy tổ chức Hội thi Báo cáo viên giỏi.$$),
    ($$Tin vắn
Sáng 5/3/2024, Ban Tổ chức Huyện ủy tổ chức lớp tập huấn nghiệp vụ công tác đảng cho cấp ủy cơ sở.$$),
    ($$Tin vắn
Năm 2023, Huyện ủy cử 20 cán bộ tham gia lớp tập huấn và Hội thi Báo cáo viên giỏi.$$),
    ($$Tin vắn
Sáng 30/7/2023, Ban Tuyên giáo Tỉnh ủy tổ chức vòng chung khảo cấp tỉnh Hội thi Báo cáo viên giỏi.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 D1, D4). A federation with "các" inside its name ("Liên hiệp các Hội Văn học nghệ thuật tỉnh", a Chi bộ of "Liên hiệp các Tổ chức hữu nghị"), the short "Tổng Liên đoàn" and the Front's boards "Ban công tác <field>" (its Chi bộ too) organize
SELECT organizer
FROM (VALUES
    ($$Sáng 5/6/2024, Liên hiệp các Hội Văn học nghệ thuật tỉnh tổ chức hội nghị tổng kết.$$),
    ($$Sáng 12/3/2024, Chi bộ Liên hiệp các Tổ chức hữu nghị tỉnh đã tổ chức hội nghị.$$),
    ($$Sáng 14/5/2024, Tổng Liên đoàn tổ chức Hội nghị sơ kết công tác công đoàn.$$),
    ($$Ngày 22/7/2025, Chi bộ Ban công tác Mặt trận tổ chức Đại hội lần thứ I, nhiệm kỳ 2025- 2030.$$),
    ($$Sáng 2/8/2025, Ban công tác Cựu chiến binh tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 D3). A review word that is a speaker's act after "đánh giá" ("Bí thư ... đánh giá, tổng kết những kết quả") names no meeting, unless the meeting holds that act ("hội nghị đánh giá, tổng kết"); nor a steering committee's task in its name when its delegation holds a session ("làm việc tại" a body, as "làm việc với"); without a session the review stays the kind
SELECT meeting_kind, held_on
FROM (VALUES
    ($$Sáng 26/7/2022, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9. Phát biểu tại Hội nghị, Bí thư Tỉnh ủy Lê Văn Tám đánh giá, tổng kết những kết quả đạt được trong năm qua.$$),
    ($$Sáng 5/3/2022, Ban Thường vụ Huyện ủy tổ chức hội nghị đánh giá, tổng kết công tác năm 2021.$$),
    ($$Ngày 5/6/2024, Đoàn kiểm tra của Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62-KL/TW của Bộ Chính trị làm việc tại Hội Cựu chiến binh tỉnh.$$),
    ($$Ngày 5/6/2024, Đoàn kiểm tra của Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62-KL/TW của Bộ Chính trị tại Hội Cựu chiến binh tỉnh.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 D4). A plenum with its sitting's number that "bắt đầu (bước vào) ngày làm việc đầu tiên" holds itself, as with "khai mạc": the committee is its organizer; not without the number
SELECT organizer
FROM (VALUES
    ($$Sáng 26/7/2022, Hội nghị Ban Chấp hành Đảng bộ tỉnh Hòa Minh lần thứ 9 (khóa XX) bắt đầu ngày làm việc đầu tiên.$$),
    ($$Sáng 26/7/2022, Hội nghị Ban Chấp hành Đảng bộ tỉnh Hòa Minh lần thứ 9 bước vào ngày làm việc thứ hai.$$),
    ($$Sáng 26/7/2022, Hội nghị Ban Chấp hành Đảng bộ tỉnh Hòa Minh (khóa XX) bắt đầu ngày làm việc đầu tiên.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 D5). A review's count of years with a second act joined before the document ("sơ kết 2 năm và biểu dương điển hình thực hiện tốt Kết luận số 01-KL/TW, ngày 18/5/2021") dates the day as without it: the document's year and the count
SELECT meeting_kind, held_on, date_inferred
FROM (VALUES
    ($$Sáng 14/5, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị sơ kết 2 năm và biểu dương điển hình thực hiện tốt Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị.$$),
    ($$Sáng 14/5, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị sơ kết 2 năm thực hiện tốt Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 29 D10). A giao ban on a document carried out ("giao ban việc thực hiện Chỉ thị 05 ngày 15-5-2016"), with no count of years, may be held any year after it: no year from the document rather than a guessed one; the publication's still dates it
SELECT held_on, date_inferred
FROM (VALUES
    ($$Ngày 17-4, tại tỉnh Hòa Minh, Ban Tuyên giáo Trung ương đã tổ chức Hội nghị giao ban việc thực hiện Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị.$$)
) AS v(body), gb_extract(body);
SELECT held_on, date_inferred
FROM gb_extract($$Ngày 17-4, tại tỉnh Hòa Minh, Ban Tuyên giáo Trung ương đã tổ chức Hội nghị giao ban việc thực hiện Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị.$$, '2019-04-18');

-- R9 (stop 29 D7). A byline above WordPress's comment form ("Trả lời", "Email của bạn sẽ không được hiển thị công khai ..."); the label "CTV" without a colon and the writer's unit in parentheses are no part of the name
SELECT author
FROM (VALUES
    ($$Sáng 5/3/2022, Huyện ủy Tân Lạc tổ chức hội nghị tổng kết công tác năm 2021.
Hội nghị đã hoàn thành chương trình đề ra./.
Ngọc Bảo
Trả lời
Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *$$),
    ($$Sáng 5/3/2022, Tỉnh đoàn Hòa Minh tổ chức hội nghị tổng kết công tác năm 2021.
Hội nghị đã hoàn thành chương trình đề ra.
CTV Minh Khang (Tỉnh đoàn)$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 E1). A Party committee's board named before it ("Ban Nội chính Tỉnh ủy", "Ban Xây dựng Đảng Đảng ủy phường X", "Ban Chính sách, chiến lược Tỉnh ủy", a board not listed: "Ban Khoa giáo Huyện ủy X") is the organizer whole, never the committee alone; "Ban" with no committee after it is none
SELECT organizer
FROM (VALUES
    ($$Chiều 10/1/2023, Ban Nội chính Tỉnh ủy tổ chức Hội nghị tổng kết công tác năm 2022.$$),
    ($$Ngày 5/9/2025, Ban Xây dựng Đảng Đảng ủy phường Hòa Bình tổ chức hội nghị giao ban tháng 8.$$),
    ($$Ngày 5/9/2025, Ban Chính sách, chiến lược Tỉnh ủy tổ chức hội nghị giao ban.$$),
    ($$Ngày 5/9/2025, Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh tổ chức hội nghị giao ban.$$),
    ($$Ngày 5/9/2025, Ban Khoa giáo Huyện ủy Tân Lạc tổ chức hội nghị giao ban.$$),
    ($$Ngày 5/9/2025, Ban Giám hiệu nhà trường tổ chức hội nghị giao ban.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 G5). The supreme court and procuracy ("tối cao" is no level word; "TAND tối cao" is the same court) and a court or procuracy abbreviated at a level ("TAND tỉnh Hà Nam", "VKSND huyện X") are organizers
SELECT organizer
FROM (VALUES
    ($$Chiều 26/02/2023, Viện Kiểm sát nhân dân tối cao tổ chức Hội nghị triển khai công tác năm 2023.$$),
    ($$Chiều 26/02/2023, TAND tối cao tổ chức Hội nghị triển khai công tác năm 2023.$$),
    ($$Chiều 26/02/2023, TAND tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm 2022.$$),
    ($$Chiều 26/02/2023, VKSND huyện Tân An tổ chức Hội nghị tổng kết công tác năm 2022.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 E1). State agencies at a level or with their name hold their own meetings ("Thanh tra tỉnh", "Kho bạc Nhà nước tỉnh", "Bệnh viện Đa khoa tỉnh", "Trường THPT Lê Lợi"); not a head alone ("Thanh tra việc ...")
SELECT organizer
FROM (VALUES
    ($$Ngày 5/1/2024, Thanh tra tỉnh tổ chức Hội nghị tổng kết công tác năm 2023.$$),
    ($$Ngày 5/1/2024, Kho bạc Nhà nước tỉnh tổ chức Hội nghị tổng kết công tác năm 2023.$$),
    ($$Ngày 5/1/2024, Bệnh viện Đa khoa tỉnh tổ chức Hội nghị tổng kết công tác năm 2023.$$),
    ($$Ngày 5/1/2024, Trường THPT Lê Lợi tổ chức Hội nghị tổng kết công tác năm 2023.$$),
    ($$Ngày 5/1/2024, Thanh tra việc thực hiện chính sách tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 F3). An office held by one person ("Thủ tướng", "Chủ tịch nước", "Bộ trưởng", "Bộ trưởng Nội vụ") chairing with no body named organizes nothing (the organizer is never a person named by a post); the ministry itself does
SELECT organizer
FROM (VALUES
    ($$Thủ tướng chủ trì cuộc họp về chính quyền hai cấp
Tối 20/6/2025, Thủ tướng Phạm Văn Hòa chủ trì cuộc họp triển khai mô hình chính quyền địa phương.$$),
    ($$Tối 20/6/2025, Chủ tịch nước chủ trì cuộc họp về công tác đặc xá.$$),
    ($$Tối 20/6/2025, Bộ trưởng chủ trì cuộc họp về công tác cán bộ.$$),
    ($$Bộ trưởng Nội vụ chủ trì cuộc họp về sắp xếp bộ máy
Tối 20/6/2025, Bộ trưởng Trần Văn Bình chủ trì cuộc họp về sắp xếp bộ máy.$$),
    ($$Tối 20/6/2025, Bộ Nội vụ tổ chức cuộc họp về sắp xếp bộ máy.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 G14). The head of a central body chairing names the body as the organizer ("Trưởng Ban Tổ chức Trung ương chủ trì"), unless the chair holds another post listed before it ("Thường trực Ban Bí thư", "Phó Thủ tướng Chính phủ"), which he may chair in; a seat ("Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng") is no post
SELECT organizer
FROM (VALUES
    ($$Sáng 17/1/2024, đồng chí Trần Thị Ba, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Trưởng Ban Tổ chức Trung ương chủ trì Hội nghị giao ban công tác năm 2023 với các đồng chí Bí thư Tỉnh ủy.$$),
    ($$Sáng 17/1/2024, đồng chí Trần Thị Ba, Phó Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo Trung ương chủ trì Hội nghị giao ban công tác năm 2023.$$),
    ($$Sáng 17/1/2024, đồng chí Trần Thị Ba, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương chủ trì Hội nghị giao ban công tác năm 2023.$$),
    ($$Sáng 17/1/2024, đồng chí Trần Thị Ba, Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo Trung ương chủ trì Hội nghị giao ban công tác năm 2023.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 G6). A mass organization's national congress named by its short name and its number ("Đại hội Đoàn toàn quốc lần thứ XII", "Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII", its members in lower case too) is the organization's; another gathering's ("Đại hội Thi đua toàn quốc"), or one with no number, names none
SELECT organizer
FROM (VALUES
    ($$Sáng 11-3-2022, tại Hà Nội, Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII thành công tốt đẹp.$$),
    ($$Sáng 11-3-2022, tại Hà Nội, Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII thành công tốt đẹp.$$),
    ($$Sáng 11-3-2022, Đại hội Đoàn toàn quốc lần thứ XII bế mạc.$$),
    ($$Sáng 11-3-2022, Đại hội đại biểu Nông dân toàn quốc lần thứ VIII khai mạc.$$),
    ($$Sáng 11-3-2022, Đại hội Thi đua toàn quốc lần thứ X khai mạc.$$),
    ($$Sáng 11-3-2022, Đại hội Đoàn toàn quốc bế mạc.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 G7). "do X phát động" after a campaign ("các phong trào thi đua do UBND tỉnh phát động", "Tháng hành động ... do UBND tỉnh phát động") names who launched it, not who holds the meeting; after a ceremony ("Lễ ra quân ... do Tỉnh đoàn phát động") X holds it
SELECT organizer
FROM (VALUES
    ($$Sáng 10/7, tại Hội nghị, các đại biểu thảo luận về các phong trào thi đua do UBND tỉnh phát động.$$),
    ($$Hưởng ứng Tháng hành động vì môi trường do UBND tỉnh phát động, sáng 5/3/2024, Huyện đoàn Tân Lập tổ chức lễ ra quân.$$),
    ($$Sáng 5/3/2024, Lễ ra quân Tháng Thanh niên do Tỉnh đoàn phát động đã diễn ra tại huyện Tân Lập.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 E8). A congress's sub-committee whose field is two words joined by a dash ("Tiểu ban Tuyên truyền – khánh tiết Đại hội ...") is one body that meets, whole, as "Tiểu ban Phục vụ Đại hội ..." is; the congress in its name is not the meeting held
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Ngày 13/9/2020, Tiểu ban Tuyên truyền – khánh tiết Đại hội đại biểu Đảng bộ huyện họp triển khai nhiệm vụ.$$),
    ($$Ngày 13/9/2020, Tiểu ban Tuyên truyền – Khánh tiết Đại hội đại biểu Đảng bộ huyện họp triển khai nhiệm vụ.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 E4). The year reviewed is reached across a list of areas with a capitalized one in it ("chính quyền, Mặt trận và đoàn thể"), across "việc" and two verbs joined by "và" ("việc xây dựng và thực hiện"), and across areas paired by dashes; a list of items, however long, is one object
SELECT period, period_text
FROM (VALUES
    ($$Chiều 10/1/2023, Đảng ủy xã An Phú tổ chức Hội nghị tổng kết công tác xây dựng Đảng, chính quyền, Mặt trận và đoàn thể năm 2022.$$),
    ($$Ngày 9/1/2020, Ban Chỉ đạo tỉnh tổ chức hội nghị tổng kết việc xây dựng và thực hiện quy chế dân chủ năm 2019.$$),
    ($$Chiều 10/1/2023, ông Lê Văn Tám chủ trì Hội nghị tổng kết công tác ngành nội chính – phòng, chống tham nhũng, tiêu cực – cải cách tư pháp năm 2022.$$),
    ($$Ngày 9/1/2020, Ban Chỉ đạo tỉnh tổ chức hội nghị tổng kết việc xây dựng và thực hiện Quy chế dân chủ ở cơ sở, phong trào thi đua "Dân vận khéo" năm 2019, triển khai nhiệm vụ năm 2020.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 E5). A month that ends a ceremony's name ("Lễ chào cờ tháng 9/2025") names the event, as the week of "giao ban tuần 7" does: the month reviewed after it is the period, and the ceremony alone, held or named in a caption, gives none
SELECT period, period_text
FROM (VALUES
    ($$Ngày 5/9/2025, Chi bộ các cơ quan Đảng xã An Phú tổ chức Lễ chào cờ tháng 9/2025 và đánh giá kết quả thực hiện nhiệm vụ tháng 8, triển khai nhiệm vụ trọng tâm tháng 9/2025.$$),
    ($$Ngày 5/9/2025, Chi bộ xã An Phú tổ chức Lễ chào cờ tháng 9/2025.$$),
    ($$Chi bộ xã An Phú tổ chức hội nghị
Ngày 5/9/2025, Chi bộ xã An Phú tổ chức Lễ chào cờ.
Quang cảnh Lễ chào cờ tháng 9/2025 của các cơ quan Đảng xã An Phú$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 G3). A day whose year comes from a publication of the weeks after it is of that year for sure: a period that starts after it is the work ahead, none reviewed, as with the year written
SELECT held_on, date_inferred, period, period_text
FROM gb_extract($$Sáng 21/2, Ủy ban MTTQ huyện An Phú tổ chức hội nghị lần thứ 13. Đại hội đại biểu MTTQ huyện tổ chức trong tháng 6/2024.$$, '2024-02-21');

-- R9 (stop 30 F10b). A month after "trong" heading a sentence whose verb holds meetings in it ("Trong tháng 02/2025, các chi bộ ... đã tổ chức đại hội") is when they were held, no period reviewed
SELECT meeting_kind, period, period_text
FROM (VALUES
    ($$Trong tháng 02/2025, các chi bộ trực thuộc Đảng ủy xã An Bình đã tổ chức đại hội nhiệm kỳ 2025 - 2027.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 E6). A site's banner of the year's theme ("Chủ đề công tác năm 2020: ... (03/02/1930 - 03/02/2020)") gives way to the headline under it, which names who meets; none of its years or dates is the meeting's
SELECT title, organizer, held_on, period_text
FROM (VALUES
    ($$Chủ đề công tác năm 2020: "Huyện An Phú tự hào tiến bước dưới cờ Đảng" - Chào mừng kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2020)
Tiểu ban Văn kiện họp triển khai nhiệm vụ
Ngày 13/9, đồng chí Vũ Văn Hai - Bí thư Huyện ủy chủ trì cuộc họp tiểu ban.$$),
    ($$Chủ đề công tác năm 2024: "Đoàn kết, kỷ cương, đổi mới"
Ngày 13/9/2024, Huyện ủy An Phú tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 F10e). An outlet's tag in parentheses alone on its line, set apart from the dated lead it opens, is the source
SELECT source, held_on
FROM gb_extract($$(VTC News) -

Ngày 12/9/2025, Tỉnh ủy Hà Nam tổ chức hội nghị giao ban công tác tháng 8.$$);

-- R9 (stop 30 E2). A Party cell's ordinary meeting, "sinh hoạt chi bộ (thường kỳ, định kỳ)", held by its verb or as the cell's act ("Chi bộ thôn 3 sinh hoạt thường kỳ"), is the kind "sinh hoạt chi bộ", dated, the cell its organizer; not a guidance's subject ("nâng cao chất lượng sinh hoạt chi bộ"), nor a club's "sinh hoạt định kỳ"
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Ngày 04/10/2025, Chi bộ 3 tổ chức buổi sinh hoạt chi bộ thường kỳ tháng 10.$$),
    ($$Tối 04/10/2025, Chi bộ thôn 3 tổ chức sinh hoạt chi bộ định kỳ tháng 10.$$),
    ($$Ngày 04/10/2025, Chi bộ thôn 3 sinh hoạt thường kỳ tháng 10.$$),
    ($$Ngày 04/10/2025, Tỉnh ủy ban hành Hướng dẫn số 12-HD/TU về nâng cao chất lượng sinh hoạt chi bộ.$$),
    ($$Ngày 04/10/2025, Chi hội Cựu chiến binh thôn 3 tổ chức sinh hoạt định kỳ tháng 10.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 I1). A cell's meeting a person attends, "(đến, tham) dự (buổi) sinh hoạt chi bộ ... tại (của) Chi bộ X", is held, dated, X its organizer; "sinh hoạt chi bộ chuyên đề" is the kind "sinh hoạt chuyên đề"; an attendance that names no cell ("tỷ lệ đảng viên dự sinh hoạt chi bộ") is none
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Ngày 3/9/2025, đồng chí Lê Thị Hoa, Phó Chủ tịch HĐND xã dự sinh hoạt chi bộ chuyên đề quý III tại Chi bộ thôn 11.$$),
    ($$Ngày 3/9/2025, đồng chí Lê Thị Hoa, Phó Chủ tịch HĐND xã đã tham dự buổi sinh hoạt chi bộ thường kỳ tháng 9 của Chi bộ thôn 11.$$),
    ($$Ngày 3/9/2025, đồng chí Lê Thị Hoa, Phó Chủ tịch HĐND xã đến dự sinh hoạt Chi bộ thôn Xuân Hợp.$$),
    ($$Ngày 3/9/2025, Chi bộ thôn 11 tổ chức sinh hoạt chi bộ chuyên đề quý III.$$),
    ($$Năm 2025, tỷ lệ đảng viên dự sinh hoạt chi bộ đạt 95%.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 J2b). "cuộc thi" is a contest as "Hội thi" is: held ("tổ chức cuộc thi", "khai mạc Cuộc thi"), the kind "hội thi", dated, its body the organizer; not one taken part in ("tham gia cuộc thi") nor its prizes given ("tổ chức trao giải cuộc thi")
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Sáng 4/7/2022, Bộ Quốc phòng tổ chức cuộc thi Chỉ huy trưởng năm 2022.$$),
    ($$Ngày 4/7/2022, Ban Tuyên giáo Tỉnh ủy tổ chức Cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh.$$),
    ($$Ngày 4/7/2022, Ban Tuyên giáo Tỉnh ủy khai mạc Cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh.$$),
    ($$Ngày 4/7/2022, Đoàn Thanh niên xã tham gia cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh.$$),
    ($$Ngày 4/7/2022, Ban Tuyên giáo Tỉnh ủy tổ chức trao giải cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 H6). "Kết luận hội nghị X ..." opening a sentence whose speaker follows is the speech at the meeting held, as "Phát biểu tại hội nghị X" is; "Kết luận Hội nghị Trung ương 4 ...;" with no speaker is the document
SELECT meeting_kind, held_on
FROM (VALUES
    ($$Kết luận hội nghị quán triệt các nghị quyết của Bộ Chính trị diễn ra sáng 5/3/2025, Bí thư Tỉnh ủy Lê Văn An khẳng định yêu cầu tinh gọn bộ máy.$$),
    ($$Phát biểu tại hội nghị quán triệt các nghị quyết của Bộ Chính trị diễn ra sáng 5/3/2025, Bí thư Tỉnh ủy Lê Văn An khẳng định yêu cầu tinh gọn bộ máy.$$),
    ($$Kết luận Hội nghị Trung ương 4 khóa XIII; chuẩn bị tổ chức tốt hội nghị toàn quốc.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 H10). A headline's topic, "công tác tổ chức đại hội đảng bộ các cấp" (congresses of many, also after the verb), "công tác tổ chức đại hội Đảng bộ tỉnh" (the work of a congress), holds no congress
SELECT meeting_kind
FROM (VALUES
    ($$Tăng cường lãnh đạo công tác tổ chức đại hội đảng bộ các cấp
Ngày 22/8/2025, Bộ Chính trị ban hành Kết luận số 185-KL/TW.$$),
    ($$Tăng cường lãnh đạo công tác tổ chức đại hội Đảng bộ tỉnh
Ngày 22/8/2025, Bộ Chính trị ban hành Kết luận số 185-KL/TW.$$),
    ($$Sáng 22/8/2025, Đảng bộ xã Tân Lập tổ chức Đại hội đại biểu Đảng bộ xã lần thứ XV.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 H13). "Hội nghị sinh hoạt chuyên đề quý III và tổng kết ..." is the session named right after the plain noun, as "Hội nghị giao ban ... và tổng kết ..." is the giao ban
SELECT meeting_kind
FROM (VALUES
    ($$Ngày 20/9/2025, Đảng ủy xã Tân Lập tổ chức Hội nghị sinh hoạt chuyên đề quý III và tổng kết 10 năm thực hiện Chỉ thị 34.$$),
    ($$Ngày 20/9/2025, Đảng ủy xã Tân Lập tổ chức Hội nghị giao ban quý III và tổng kết 10 năm thực hiện Chỉ thị 34.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 I8). "Đợt 1 diễn ra (thực hiện) trong tháng 3" is when a phase of the work ahead is scheduled, no period reviewed, though its month holds the meeting's day
SELECT meeting_kind, period, period_text
FROM (VALUES
    ($$Sáng 4/3/2026, Tỉnh ủy Tân Lập tổ chức hội nghị công bố quyết định kiểm tra năm 2026 đối với Đảng ủy xã An Phú. Đợt 1 diễn ra trong tháng 3, tập trung vào công tác cán bộ.$$),
    ($$Sáng 4/3/2026, Tỉnh ủy Tân Lập tổ chức hội nghị công bố quyết định kiểm tra. Đợt II thực hiện trong tháng 3/2026.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 H14). A recurring briefing named by its month or quarter ("Hội nghị Báo cáo viên toàn quốc tháng 9/2023", "thông tin thời sự quý 3-2025") has no period, as "Lễ chào cờ tháng 9/2025"; a review named after it keeps its own
SELECT meeting_kind, period, period_text
FROM (VALUES
    ($$Sáng 8/9/2023, Ban Tuyên giáo Trung ương tổ chức Hội nghị Báo cáo viên toàn quốc tháng 9/2023.$$),
    ($$Sáng 24/2/2024, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị Báo cáo viên tháng 02.$$),
    ($$Sáng 5/8/2025, Đảng ủy xã Tân Lập tổ chức buổi thông tin thời sự quý 3-2025.$$),
    ($$Sáng 8/9/2023, Ban Tuyên giáo Trung ương tổ chức Hội nghị Báo cáo viên toàn quốc tháng 9/2023 và đánh giá kết quả tháng 8.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 E3). A review or quán triệt word that is the topic of another act names no meeting: a document's ("các văn bản tổng kết", also in a headline), what is commented on ("cho ý kiến vào"), what a visit checks ("kiểm tra việc triển khai, quán triệt"); the session held is the meeting, also "làm việc tại huyện An Bình", a locality; nor a plenum's second item after its purpose, however long the plenum's name, its term too
SELECT meeting_kind
FROM (VALUES
    ($$Họp cho ý kiến vào các văn bản tổng kết thực hiện Nghị quyết số 18-NQ/TW
Sáng 22/12/2024, Tỉnh ủy tổ chức họp cho ý kiến vào dự thảo báo cáo tổng kết thực hiện Nghị quyết số 18-NQ/TW.$$),
    ($$Sáng 9/9/2022, đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy đã làm việc tại huyện An Bình, kiểm tra việc triển khai, quán triệt Nghị quyết Đại hội Đảng bộ các cấp.$$),
    ($$Chiều 02/10/2025, Ban Thường vụ Đảng ủy xã An Bình tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2 nhằm đánh giá kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2025; đồng thời triển khai, quán triệt một số văn bản của Trung ương.$$),
    ($$Chiều 02/10/2025, Ban Thường vụ Đảng ủy xã An Bình tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2, nhiệm kỳ 2025 – 2030 nhằm đánh giá kết quả thực hiện nhiệm vụ 9 tháng; đồng thời quán triệt một số văn bản của Trung ương.$$),
    ($$Chiều 02/10/2025, Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Nghị quyết số 18-NQ/TW.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 F4). A headline's day on which its meeting "diễn ra" is announced, as its days are: the event the lead under it reports held is the meeting, with its own day and body, also past a clause of the instruction carried out ("thực hiện chỉ đạo của Quận ủy X,"); a report of the coming meeting alone keeps the headline's day
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Đại hội Đảng bộ xã An Bình diễn ra ngày 24-2
Ngày 17-2, Đảng ủy xã An Bình tổ chức hội nghị duyệt văn kiện đại hội.$$),
    ($$Đại hội đại biểu Đảng bộ phường Vạn An lần thứ 10 diễn ra trong hai ngày 24 và 25-2
Ngày 17-2, thực hiện chỉ đạo của Quận ủy Đồ Sơn, Ban Chấp hành Đảng bộ phường Vạn An tổ chức duyệt chương trình Đại hội.$$),
    ($$Đại hội Đảng bộ xã An Bình diễn ra ngày 24-2
Đảng bộ xã An Bình đã chuẩn bị chu đáo cho Đại hội. Theo kế hoạch, Đại hội sẽ diễn ra ngày 24-2.$$)
) AS v(body), gb_extract(body, '2025-02-17');

-- R9 (stop 30 G11). "Cùng ngày," ("Cũng trong ngày,") opening a paragraph of its own after a dated one (and a few going on about it) refers back to its day: the meeting it names is dated, as in one paragraph; without it, none
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Ngày 3/4, ông Nguyễn Minh Hùng trao quyết định cho ông Lưu Văn Lâm.
Cùng ngày, UBND tỉnh Lạng Sơn tổ chức hội nghị công bố quyết định.$$),
    ($$Ngày 3/4, ông Nguyễn Minh Hùng trao quyết định cho ông Lưu Văn Lâm.
Cũng trong ngày, UBND tỉnh Lạng Sơn tổ chức hội nghị công bố quyết định.$$),
    ($$Ngày 3/4, ông Nguyễn Minh Hùng trao quyết định cho ông Lưu Văn Lâm.
Ông Hùng đề nghị ông Lâm phát huy tinh thần đoàn kết.
Cùng ngày, UBND tỉnh Lạng Sơn tổ chức hội nghị công bố quyết định.$$),
    ($$Ngày 3/4, ông Nguyễn Minh Hùng trao quyết định cho ông Lưu Văn Lâm.
UBND tỉnh Lạng Sơn tổ chức hội nghị công bố quyết định.$$)
) AS v(body), gb_extract(body, '2024-04-03');

-- R9 (stop 30 F6, G16). "Điểm cầu chính (của) hội nghị (được tổ chức, được đặt) tại X" names X; "điểm cầu Trung tâm" with no name after it is the central point, as "điểm cầu chính", no place, nor a room's noun alone in lower case ("tại phòng họp của Bộ"); "Trung tâm Hội nghị tỉnh" is one
SELECT bridge_points
FROM (VALUES
    ($$Sáng 25/2/2026, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết số 79.
Điểm cầu chính hội nghị tại Phòng họp Diên Hồng, Nhà Quốc hội.$$),
    ($$Sáng 25/2/2026, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết số 79.
Điểm cầu chính của hội nghị được tổ chức tại Phòng họp Diên Hồng.$$),
    ($$Chiều 30/3, Bộ Nội vụ tổ chức Hội nghị giao ban trực tuyến. Dự Hội nghị tại điểm cầu Trung tâm có Bộ trưởng và các Thứ trưởng.$$),
    ($$Chiều 30/3, Bộ Nội vụ tổ chức Hội nghị giao ban trực tuyến. Dự Hội nghị điểm cầu Trung tâm tại phòng họp của Bộ có Bộ trưởng.$$),
    ($$Chiều 30/3, Tỉnh ủy tổ chức Hội nghị trực tuyến. Tại điểm cầu Trung tâm Hội nghị tỉnh có đồng chí Bí thư Tỉnh ủy.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 F1). A locality's bodies named by their heads alone, joined by commas, dashes (spaced or glued) or "và", the last maybe "các đoàn thể", the level and place written once after the last, organize as one, named as written; "ĐU" is the Đảng ủy, "UBMTTQVN" the Front's committee
SELECT organizer
FROM (VALUES
    ($$Sáng 27/11/2024, Đảng ủy, HĐND, UBND, MTTQ và các đoàn thể xã Tân Lập đã tổ chức hội nghị công bố quyết định.$$),
    ($$Sáng 27/11/2024, ĐU - HĐND - UBND xã Tân Lập tổ chức hội nghị.$$),
    ($$Sáng 27/11/2024, Đảng ủy- HĐND- UBND xã Tân Lập tổ chức hội nghị.$$),
    ($$Sáng 27/11/2024, UBMTTQVN xã Tân Lập tổ chức hội nghị.$$),
    ($$Sáng 27/11/2024, Ban Thường vụ Đảng ủy và UBND xã Tân Lập tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 F2). A locality, its level and capitalized name, heading its clause right before the verb organizes, as written, with the places in apposition after it; "tỉnh X công bố các quyết định ..." is a ceremony it holds, as after a body; a place in apposition after a name is no subject (the school before it is)
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Sáng 30/6/2025, tỉnh Hòa Minh tổ chức Lễ công bố các nghị quyết về sáp nhập tỉnh.$$),
    ($$Sáng 30/6/2025, xã Tân Lập, huyện Hòa An tổ chức hội nghị.$$),
    ($$Ngày 30/6/2025, tỉnh Hòa Minh công bố các quyết định thành lập Đảng bộ xã và chỉ định nhân sự. Phát biểu chỉ đạo tại buổi lễ, ông Lê Văn An nhấn mạnh yêu cầu.$$),
    ($$Sáng 30/6/2025, Trường THCS Tân Lập, huyện Hòa An tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 L-F2a). A locality after a fronted place ("tại <name>," opening its clause) heads the clause and organizes; not the name's apposition
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Sáng 12/3/2025, tại Hội trường Thành ủy Tân Lập, tỉnh Hòa Minh tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2024.$$),
    ($$Tại Trung tâm Hội nghị Quốc tế, thành phố Hòa Minh long trọng tổ chức Lễ kỷ niệm 70 năm Ngày Giải phóng ngày 10/10/2025.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 L-F2b). A capitalized level where a subject starts ("Chiều 5/7, Tỉnh X tổ chức ...") names the locality as the level in lower case does, given in lower case; not a body it heads ("Tỉnh Đoàn X")
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Chiều 5/7/2025, Tỉnh Hòa Minh tổ chức Lễ công bố quyết định thành lập thị xã Tân Lập.$$),
    ($$Sáng 3/2/2025, Thành phố Hòa Minh tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng.$$),
    ($$Ngày 30/6/2025, Tỉnh Hòa Minh công bố các quyết định thành lập Đảng bộ xã và chỉ định nhân sự. Phát biểu chỉ đạo tại buổi lễ, ông Lê Văn An nhấn mạnh yêu cầu.$$),
    ($$Sáng 3/2/2025, Tỉnh Đoàn Hòa Minh tổ chức hội nghị tổng kết.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 L-F10b). A body after "(trực) thuộc" names whose the units before it are, not the subject: "các chi bộ trực thuộc X" organize, a group as written; a body and the one it is under, one name as written; units not named by "các" give none
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Trong tháng 02/2025, các chi bộ trực thuộc Đảng ủy xã Tân Lập đã tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027.$$),
    ($$Ngày 12/3/2025, Chi bộ 3 trực thuộc Đảng ủy xã Tân Lập tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027.$$),
    ($$Ngày 12/3/2025, 100% chi bộ trực thuộc Đảng ủy xã Tân Lập đã tổ chức đại hội.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 L-e41). A date set off by commas after a document's clause (its issuer or subject), before a subject and its meeting verb, is the meeting's day; a kind capitalized after "về việc" is the document's subject; a date right after the document's number stays the document's
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Thực hiện Công văn số 29-CV/BXDĐ của Ban xây dựng Đảng xã Tân Lập về việc Hướng dẫn nội dung sinh hoạt chi bộ tháng 10, ngày 04/10/2025, Chi bộ trường tiểu học Tân Lập đã tổ chức sinh hoạt chi bộ thường kỳ tháng 10.$$),
    ($$Thực hiện Công văn số 29-CV/BXDĐ của Ban xây dựng Đảng xã Tân Lập, ngày 04/10/2025, Chi bộ 3 tổ chức sinh hoạt chuyên đề quý IV.$$),
    ($$Để thực hiện Kế hoạch số 15-KH/HU, ngày 06/01/2021, Ban Tuyên giáo Huyện ủy tổ chức hội nghị quán triệt.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 E7). A group of emulation in lower case where a subject starts ("khối thi đua ...", "cụm thi đua số 3") organizes, named up to its verb, as the capitalized group does; a bare "khối thi đua" names none
SELECT organizer
FROM (VALUES
    ($$Chiều 23/3/2023, khối thi đua các cơ quan Đảng đã tổ chức hội nghị ký kết giao ước thi đua năm 2023.$$),
    ($$Chiều 23/3/2023, cụm thi đua số 3 đã tổ chức hội nghị ký kết giao ước thi đua.$$),
    ($$Chiều 23/3/2023, khối thi đua tổ chức hội nghị ký kết giao ước thi đua.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30 F9). A crawl tag on the lead's line ("date 2025-10-15", "date 2025-10") ends where a sentence starts: the congress after it heads its clause and names its organization, as on a line of its own
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$ date 2025-10-15 Đại hội đại biểu Đảng bộ tỉnh Hòa Minh lần thứ I, nhiệm kỳ 2025-2030 khai mạc sáng 14-10-2025.$$),
    ($$Tin vắn
date 2025-10 Đại hội đại biểu Đảng bộ tỉnh Hòa Minh lần thứ I, nhiệm kỳ 2025-2030 khai mạc sáng 14-10-2025.$$)
) AS v(body), gb_extract(body);

-- R9 (stop 30). The office of a central body ("Văn phòng Chính phủ", "Văn phòng Quốc hội", "Văn phòng Chủ tịch nước") holds its own meeting: it is not the body it serves
SELECT organizer
FROM (VALUES
    ($$Sáng 5/3/2024, Văn phòng Chính phủ tổ chức hội nghị tổng kết công tác năm 2023.$$),
    ($$Sáng 5/3/2024, Văn phòng Quốc hội tổ chức hội nghị tổng kết công tác năm 2023.$$),
    ($$Sáng 5/3/2024, Văn phòng Chủ tịch nước tổ chức hội nghị tổng kết công tác năm 2023.$$),
    ($$Sáng 5/3/2024, Chính phủ tổ chức hội nghị trực tuyến với các địa phương.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 L-E1a). A newspaper, "Báo" with its tone and its capital before a capitalized name, holds a meeting; "Bảo", folded the same, heads none ("Cục Bảo vệ thực vật" whole)
SELECT organizer
FROM (VALUES
    ($$Sáng 12/3/2025, Báo Bình Sơn tổ chức Hội nghị tổng kết công tác năm 2024.$$),
    ($$Sáng 12/3/2025, Đảng ủy Báo Thanh Hà tổ chức Hội nghị tổng kết công tác năm 2024.$$),
    ($$Sáng 12/3/2025, Cục Bảo vệ thực vật tổ chức Hội nghị tổng kết công tác năm 2024.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 L-E1b). A broadcaster, "Đài" with its tone and its capital, its name spelled out or short ("PT-TH", "PT&TH") up to its level, holds a meeting
SELECT organizer
FROM (VALUES
    ($$Sáng 12/3/2025, Đài Phát thanh và Truyền hình tỉnh Bình Sơn tổ chức Hội nghị tổng kết công tác năm 2024.$$),
    ($$Sáng 12/3/2025, Đài PT-TH Bình Sơn tổ chức Hội nghị tổng kết công tác năm 2024.$$),
    ($$Sáng 12/3/2025, Đài PT&TH Bình Sơn tổ chức Hội nghị tổng kết công tác năm 2024.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 L-E1c). A managing board, "Ban Quản lý" and what it manages in lower case up to its level and place, holds a meeting
SELECT organizer
FROM (VALUES
    ($$Sáng 12/3/2025, Ban Quản lý các khu công nghiệp tỉnh Bình Sơn tổ chức Hội nghị tổng kết công tác năm 2024.$$),
    ($$Sáng 12/3/2025, Ban Quản lý các khu chế xuất và công nghiệp thành phố Hà Nội tổ chức Hội nghị tổng kết.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 J8). "chủ trì (thực hiện) quy trình bầu ...", "chủ trì nội dung", "chủ trì phần ..." run one item of
-- the agenda: the role "điều hành", no chair of the meeting
SELECT (gb_extract(body)).chairs, o.name, o.roles
FROM (VALUES ($$Sáng 12/10/2025, Đại hội đại biểu Đảng bộ Bộ Y tế lần thứ I tiến hành phiên trù bị. Bộ trưởng Trần Văn Sơn chủ trì thực hiện quy trình bầu Đoàn Chủ tịch, Đoàn Thư ký.$$)) AS v(body),
     gb_officials(body) AS o;

-- R10 (stop 31 J10). Page furniture: a site's footer closing the page ("POWERED BY ...", words of no Vietnamese
-- syllable, or "©", "Thiết kế bởi", "Bản quyền" opening it) is no byline, the byline above it stays; a portal's
-- banner of today above the article's stamp with its hour gives no published date, the stamp does (and the
-- meeting's year); a motto of pairs of words in capitals joined by dashes is no headline
SELECT title, author, published, held_on
FROM (VALUES
    ($$Sáng 5/3/2024, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác năm 2023.
(0) Bình luận
POWERED BY ONECMS - A PRODUCT OF NEKO$$),
    ($$Sáng 5/3/2024, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác năm 2023.
Minh Hà
© 2024 Báo Hòa Minh$$),
    ($$Thứ Sáu, 19/7/2024
Ban Tuyên giáo Trung ương
Thứ Năm, 8/6/2023 14:46'(GMT+7)

Đoàn công tác Trung ương làm việc với Tỉnh ủy Hòa Minh về công tác cán bộ

Ngày 7/6, đoàn công tác làm việc với Tỉnh ủy Hòa Minh.$$),
    ($$"ĐOÀN KẾT – DÂN CHỦ - KỶ CƯƠNG – TRÁCH NHIỆM – HIỆU QUẢ"
Đảng ủy xã Tân Lập tổng kết công tác xây dựng Đảng năm 2023
Sáng 5/1/2024, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác năm 2023.$$),
    ($$ĐOÀN KẾT – DÂN CHỦ - KỶ CƯƠNG – TRÁCH NHIỆM – HIỆU QUẢ
Đảng ủy xã Tân Lập tổng kết công tác xây dựng Đảng năm 2023
Sáng 5/1/2024, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác năm 2023.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 I11). A site's menu of items parted by bars, one a sign-in button alone ("Đăng ký mua gói ấn
-- phẩm|Đăng nhập"), is no headline; a headline with a bar and "Đăng ký" inside a phrase is one
SELECT title
FROM (VALUES
    ($$Logo
Đăng ký mua gói ấn phẩm|Đăng nhập

Khai mạc Đại hội đại biểu Đảng bộ tỉnh Hòa Minh lần thứ XV

Sáng 14/10/2025, Đại hội đại biểu Đảng bộ tỉnh Hòa Minh lần thứ XV khai mạc.$$),
    ($$Hòa Minh | Đăng ký kết hôn trực tuyến tại phường Tân Lập

Sáng 14/10/2025, UBND phường Tân Lập tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 H11). A byline "name - unit" or "name, unit" whose unit is a code in capitals ("TTVHTT huyện",
-- "TTVHTTTTDL") or a body going on in capitals, "và" and levels ("Đảng ủy Khối CCQ và DN tỉnh") is the name;
-- two names joined by an unspaced dash stay one byline
SELECT author
FROM (VALUES
    ($$Sáng 5/3/2024, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác năm 2023.
Lê Thu Hà - Đảng ủy Khối CCQ và DN tỉnh$$),
    ($$Sáng 5/3/2024, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác năm 2023.
Lê Thu Hà, TTVHTT huyện$$),
    ($$Sáng 5/3/2024, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết công tác năm 2023.
Thu Hà-Hải Yến, TTVHTTTTDL$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 H3). A national steering committee, "Ban Chỉ đạo Trung ương (Quốc gia) về ...", its standing part ("Thường trực") before it too, is named by its level, as "Ban Chỉ đạo tỉnh về ..." is
SELECT organizer
FROM (VALUES
    ($$Sáng 11/3/2026, Ban Chỉ đạo Trung ương về hoàn thiện thể chế tổ chức hội nghị.$$),
    ($$Sáng 11/3/2026, Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực tổ chức hội nghị.$$),
    ($$Sáng 11/3/2026, Ban Chỉ đạo Quốc gia về chuyển đổi số tổ chức hội nghị.$$),
    ($$Sáng 11/3/2026, Thường trực Ban Chỉ đạo tỉnh về chuyển đổi số tổ chức hội nghị.$$),
    ($$Chiều 11/3/2026, tại Hà Nội, Thường trực Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật đã tổ chức phiên họp quý I/2026.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 H9). A list whose last body is a body of each committee of a class ("Ban Tổ chức các huyện, thị ủy", "Ban Dân vận cấp huyện") organizes, as written; a unit and its parent after a comma is one name, as written
SELECT organizer
FROM (VALUES
    ($$Ngày 27/12/2023, Sở Nội vụ và Ban Tổ chức các huyện, thị ủy đã tổ chức hội nghị tổng kết.$$),
    ($$Ngày 27/12/2023, Ban Tuyên giáo Tỉnh ủy và Ban Dân vận cấp huyện tổ chức hội nghị.$$),
    ($$Ngày 27/12/2023, Cục Chính trị, Quân khu 4 tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 J1). A body whose name ends in a level without its place ("Bộ Chỉ huy Quân sự tỉnh", "Sở Nội vụ tỉnh") is the subject whose act "khai giảng lớp ...", "kỷ niệm" is, as a body named in full is
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Ngày 17/4/2024, Bộ Chỉ huy Quân sự tỉnh khai giảng lớp bồi dưỡng kiến thức quốc phòng - an ninh khóa 43.$$),
    ($$Ngày 17/4/2024, Sở Nội vụ tỉnh đã long trọng kỷ niệm 80 năm Ngày truyền thống.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 I4). The Front's committee of a city, "Ủy ban MTTQ (Mặt trận Tổ quốc) Việt Nam thành phố X", is the organizer whole: "thành phố" after "Việt Nam" starts the place
SELECT organizer
FROM (VALUES
    ($$Chiều 3/5/2019, Ủy ban MTTQ Việt Nam thành phố Tân Lập tổ chức hội nghị sơ kết.$$),
    ($$Chiều 3/5/2019, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Tân Lập tổ chức hội nghị sơ kết.$$),
    ($$Chiều 3/5/2019, Hội Nông dân Việt Nam thành phố Tân Lập tổ chức hội nghị sơ kết.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 J1). Units of the armed forces and the police, the State's departments, branches and schools hold meetings, whole; a capitalized sub-unit before a known body starts the body; "phòng họp" stays a room
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Sáng 12/3/2024, Lữ đoàn 126 tổ chức hội nghị tổng kết năm 2023.$$),
    ($$Sáng 12/3/2024, Vùng 2 Hải quân tổ chức hội nghị tổng kết năm 2023.$$),
    ($$Sáng 12/3/2024, Đồn Biên phòng Tân Hà tổ chức hội nghị tổng kết năm 2023.$$),
    ($$Sáng 12/3/2024, Phòng Nội vụ huyện Tân Hà tổ chức hội nghị tổng kết năm 2023.$$),
    ($$Sáng 12/3/2024, Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tổng kết năm 2023.$$),
    ($$Sáng 12/3/2024, Trường Quân sự Quân khu 1 tổ chức hội nghị tổng kết năm 2023.$$),
    ($$Ngày 17/4/2024, Học viện Quốc phòng khai giảng lớp bồi dưỡng kiến thức quốc phòng - an ninh khóa 43.$$),
    ($$Sáng 12/3/2024, tại phòng họp Huyện ủy Tân Hà, Ban Tuyên giáo Huyện ủy tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 I3). A commune's or a ward's youth union with its level word first ("Xã đoàn X", "Phường đoàn X") holds a meeting, as "Huyện đoàn" does
SELECT organizer
FROM (VALUES
    ($$Ngày 25/1/2022, Xã đoàn Vĩnh Hà tổ chức Đại hội đại biểu.$$),
    ($$Sáng 12/3/2024, Phường đoàn An Lạc tổ chức hội nghị tổng kết năm 2023.$$)
) AS v(body), gb_extract(body);

-- R10 (stop 31 I7). A ward's or a commune's merged name "X - Y" is read whole after its level word; a position after the dash is none of it
SELECT organizer
FROM (VALUES
    ($$Sáng 3/5/2025, Đảng ủy phường Xuân Hà - Tân Lạt tổ chức hội nghị sơ kết.$$),
    ($$Sáng 3/5/2025, Đảng ủy phường Tân Hà - Bí thư Lê Văn An phát biểu tại hội nghị do Huyện ủy tổ chức.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 L8). A headline ending in a post ("... 15 Ủy viên Ban Thường vụ") over the lead opening with its
-- outlet's tag, a dash and the date ("TPO - Chiều 6/10, ..."), no blank line between, keeps its line end: the
-- title, the tag the source, the lead's body the organizer
SELECT title, source, organizer
FROM (VALUES
    ($$Tỉnh Hòa Minh sẽ có 15 Ủy viên Ban Thường vụ
TPO - Chiều 6/10/2025, Tỉnh ủy Hòa Minh tổ chức hội nghị.$$),
    ($$Công bố quyết định Phó Bí thư Tỉnh ủy
QĐND - Chiều 6/10/2025, Tỉnh ủy Hòa Minh tổ chức hội nghị công bố quyết định.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 L9). A section's banner naming bodies and nothing more ("Huyện ủy, UBND huyện X", "Chuyên trang
-- Huyện ủy X") above the headline is no headline
SELECT title
FROM (VALUES
    ($$Huyện ủy, UBND huyện Lạc Sơn

Đẩy mạnh công tác tuyên truyền năm 2024

Thứ sáu, 23/2/2024 | 5:28:13 Chiều

Ngày 23/2, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên.$$),
    ($$Chuyên trang Huyện ủy Lạc Sơn

Đẩy mạnh công tác tuyên truyền năm 2024

Ngày 23/2/2024, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 M12, K10). A short line in capitals with no verb is a section's label when a headline follows it
-- ("ĐẠI HỘI ĐẢNG CÁC CẤP"), and the headline when the lead does, even short of a headline's words ("LỄ KẾT NẠP
-- ĐẢNG")
SELECT title
FROM (VALUES
    ($$ĐẠI HỘI ĐẢNG CÁC CẤP
Đẩy mạnh phong trào thi đua chào mừng đại hội
Ngày 23/2/2024, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên.$$),
    ($$LỄ KẾT NẠP ĐẢNG
Ngày 23/9/2020, Chi bộ thôn 3 tổ chức Lễ kết nạp đảng viên mới.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 M10). Publication lines of two more shapes: a byline with its unit in parentheses and a dash before
-- the stamp ("Tên (Ban Thời sự)-Thứ sáu, ngày 11/12/2015 19:17 GMT+7"), the name the author; an ISO stamp
-- ("2024-05-05 15:02:59"), which dates the lead
SELECT title, author, published, held_on
FROM (VALUES
    ($$Hội nghị Ban Chấp hành Đảng bộ tỉnh Hòa Minh lần thứ 5
Thanh Phong (Ban Thời sự)-Thứ sáu, ngày 11/12/2015 19:17 GMT+7
Sáng 11/12, Ban Chấp hành Đảng bộ tỉnh Hòa Minh tổ chức hội nghị.$$),
    ($$Hội nghị Ban Chấp hành Đảng bộ tỉnh Hòa Minh lần thứ 5
2024-05-05 15:02:59
Sáng 5.5, Ban Chấp hành Đảng bộ tỉnh Hòa Minh tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 M4). A page's tag line ("Tags: ...", "Tag: ...", as "Từ khóa: ...") is the page's debris, whole: no
-- headline above the real one, no byline under the real one
SELECT title, author
FROM (VALUES
    ($$Tags: Hội nghị Ban Chấp hành, Tỉnh ủy Hòa Minh, đại hội đảng bộ

Tỉnh ủy Hòa Minh tổng kết công tác năm 2024

Sáng 17/12/2024, Tỉnh ủy Hòa Minh tổ chức hội nghị tổng kết công tác năm 2024.

Minh Hà

Tag: Tỉnh ủy Hòa Minh , Hội nghị tổng kết$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 K11). An outlet's tag in capitals alone on its line above the lead opening with its date ("SGGP") is
-- the source, as "(VTC News) -" alone is; a body's abbreviation ("HĐND") is none
SELECT title, source
FROM (VALUES
    ($$Khai mạc Đại hội đại biểu Đảng bộ tỉnh Hòa Minh

SGGP
Ngày 22-10-2020, Đại hội đại biểu Đảng bộ tỉnh Hòa Minh lần thứ XIV khai mạc.$$),
    ($$Khai mạc Đại hội đại biểu Đảng bộ tỉnh Hòa Minh

HĐND
Ngày 22-10-2020, Đại hội đại biểu Đảng bộ tỉnh Hòa Minh lần thứ XIV khai mạc.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 K7). A day range with its dash spaced on one side only ("Từ ngày 14 -17/10") gives the first day
-- after a cue of days ("(từ) ngày", "trong 3 ngày (...)"); elsewhere it is none
SELECT held_on
FROM (VALUES
    ($$Từ ngày 14 -17/10, tại Hội trường tỉnh, Đại hội đại biểu Đảng bộ tỉnh Hòa Minh lần thứ XI đã thành công.$$),
    ($$Trong 3 ngày (14 -16/10), Đại hội đại biểu Đảng bộ tỉnh Hòa Minh lần thứ XI đã diễn ra.$$)
) AS v(body), gb_extract(body, '2020-10-21');

-- R11 (stop 32 K1). The Party's admission of new members is a ceremony, `lễ`: "lễ kết nạp" held or passive, or "kết nạp" held or done by a body; not a count of those admitted
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Ngày 23/9/2020, Chi bộ Trường Tiểu học Lê Lợi tổ chức kết nạp quần chúng ưu tú Nguyễn Văn An vào Đảng.$$),
    ($$Ngày 23/9/2020, Chi bộ thôn 3 kết nạp quần chúng Nguyễn Văn An vào Đảng.$$),
    ($$Ngày 23/9/2020, lễ kết nạp đảng viên mới được tổ chức tại Chi bộ thôn 3.$$),
    ($$Năm 2020, Đảng bộ huyện kết nạp được 58 đảng viên mới.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 K8). "truy tặng Huy hiệu" by a body is the badge's ceremony, as "trao tặng" is
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Sáng 5/3/2024, Huyện ủy Mỹ Tân truy tặng Huy hiệu 45 năm tuổi Đảng cho 10 đồng chí.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 M1). Working sessions and inspections by delegations: one in lower case after "làm việc với"; a date set off after a document's clause dating a session; a person leading a delegation as the subject of its act
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Chiều 17/5/2024, Ban Thường vụ Thành ủy Tân An đã làm việc với đoàn công tác của Tỉnh ủy Long An.$$),
    ($$Thực hiện Kế hoạch số 72-KH/TU của Tỉnh ủy về công tác kiểm tra, ngày 7/6/2024, Đoàn kiểm tra số 2 của Tỉnh ủy đã làm việc với Ban Thường vụ Huyện ủy Lộc Hà.$$),
    ($$Ngày 16-6-2024, ông Trần Văn An, Bí thư Trung ương Đảng, dẫn đầu đoàn kiểm tra đã công bố quyết định kiểm tra đối với Ban Thường vụ Tỉnh ủy Hà Tân.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 K3, K4). With no lead, the meeting attended keeps the kind named right after its noun ("tại hội nghị giao ban,", "Tại Hội nghị sơ kết,", "Tại lễ trao Huy hiệu Đảng,"); a speaker's second act after "phát biểu khai mạc hội nghị và ..." leaves the meeting attended
SELECT meeting_kind
FROM (VALUES
    ($$Tại lễ trao Huy hiệu Đảng, đồng chí Lê Văn Hòa, Bí thư Huyện ủy đã trao Huy hiệu 30 năm tuổi Đảng cho đồng chí Trần Văn Bình.$$),
    ($$Phát biểu tại hội nghị giao ban, đồng chí Lê Văn Hòa, Bí thư Huyện ủy đề nghị các chi bộ tập trung thực hiện nhiệm vụ.$$),
    ($$Tại Hội nghị sơ kết, đồng chí Lê Văn Hòa, Bí thư Huyện ủy đề nghị các chi bộ tập trung thực hiện nhiệm vụ.$$),
    ($$Đại tá Lê Văn Hòa, Giám đốc Công an tỉnh phát biểu khai mạc hội nghị và quán triệt Nghị quyết.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 K5). A review word after "ý kiến về (đối với) (nội dung, dự thảo báo cáo)" is what a session comments on, not its kind
SELECT meeting_kind, held_on
FROM (VALUES
    ($$Thường trực Tỉnh ủy cho ý kiến về nội dung tổng kết công tác tổ chức Đại hội

Chiều ngày 1-12-2015, Thường trực Tỉnh ủy chủ trì họp với các tiểu ban để cho ý kiến về nội dung tổng kết công tác tổ chức Đại hội.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 M5). A congress greeted ("chào mừng") or scheduled ("lịch") is no meeting held
SELECT meeting_kind
FROM (VALUES
    ($$Ngày 24-10-2024, UBND tỉnh có văn bản số 4912/UBND-NC về việc đẩy mạnh phong trào thi đua chào mừng Đại hội Thi đua yêu nước toàn quốc lần thứ XI.$$),
    ($$Các tỉnh điều chỉnh lịch Đại hội Đảng bộ cấp tỉnh

Theo Bộ Chính trị, các tỉnh sẽ hoàn thành việc sắp xếp bộ máy trước tháng 9.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 K11). "Hội nghị gặp mặt" is a gathering, `gặp mặt`, as "Hội nghị giao ban" is `giao ban`
SELECT meeting_kind
FROM (VALUES
    ($$Sáng 5/3/2024, Tỉnh ủy Hà Tân tổ chức Hội nghị gặp mặt giữa Thường trực Tỉnh ủy và các doanh nghiệp.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 M9). The signing of an emulation pact held by its verb is a ceremony, `lễ`
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Ngày 24-2-2020, Cụm thi đua số 4 tổ chức ký giao ước thi đua năm 2020.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 L1). "A phối hợp B tổ chức", the partner named with no "với", is A's meeting, never the partner B alone
SELECT organizer
FROM (VALUES
    ($$Ngày 7/2, Ban Tuyên giáo Trung ương phối hợp Tỉnh ủy Hòa Bình tổ chức hội nghị báo cáo viên.$$),
    ($$Ngày 7/2, Ban Tuyên giáo Tỉnh ủy phối hợp Sở Nội vụ tổ chức hội nghị.$$),
    ($$Ngày 7/2, Ban Tuyên giáo Tỉnh ủy phối hợp Sở Nội vụ, Sở Tư pháp tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 M2). A group named by its region in either case, by a class of units ("các Trường Chính trị"), a region's council, and a subject with more partners than four ("UBND tỉnh X, Y, Z ...") keep the organizer whole
SELECT organizer
FROM (VALUES
    ($$Ngày 24-2, Cụm thi đua các tỉnh Đồng bằng sông Cửu Long tổ chức hội nghị.$$),
    ($$Ngày 24-2, Cụm thi đua các tỉnh Duyên hải miền Trung tổ chức hội nghị.$$),
    ($$Ngày 24-2, Cụm thi đua các tỉnh khu vực đồng bằng sông Hồng tổ chức hội nghị.$$),
    ($$Ngày 24-2, Cụm thi đua các Trường Chính trị tổ chức hội nghị.$$),
    ($$Ngày 27/9, Hội đồng điều phối vùng Đồng bằng sông Cửu Long tổ chức Hội nghị lần thứ nhất.$$),
    ($$Ngày 14/11, UBND tỉnh Tân Lập phối hợp với UBND tỉnh Điện Biên, Hà Giang, Yên Bái, Hòa Bình, Lai Châu, Lào Cai, Sơn La tổ chức Hội nghị liên kết du lịch.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 L7). "trực tuyến" of meetings counted ("3 hội nghị trực tuyến", "các hội nghị trực tuyến"), or of one received or joined in a sentence reviewing a period, is not the reported meeting's
SELECT online
FROM (VALUES
    ($$Sáng 20/4/2023, Ban Tuyên giáo Huyện ủy tổ chức hội nghị giao ban quý I. Trong quý, huyện đã tổ chức 3 hội nghị trực tuyến.$$),
    ($$Sáng 20/4/2023, Ban Tuyên giáo Huyện ủy tổ chức hội nghị giao ban quý I. Trong quý, Ban đã tham mưu tiếp nhận Hội nghị trực tuyến quán triệt chuyên đề năm 2023.$$),
    ($$Sáng 20/4/2023, Ban Tuyên giáo Huyện ủy tổ chức hội nghị trực tuyến giao ban quý I.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 M8). "các điểm cầu (trực tuyến) tại X và Y", "các đầu cầu trực tuyến tại X; Y và Z" name their points; an institution's "khu vực miền Trung" is no scope; "điểm cầu trụ sở UBND các tỉnh, thành phố" is a class of points, none named
SELECT bridge_points, scope
FROM (VALUES
    ($$Sáng 5/2, Học viện tổ chức hội nghị trực tuyến với các điểm cầu tại Phân viện khu vực miền Trung và Phân viện khu vực Tây Nguyên.$$),
    ($$Sáng 5/2, Học viện tổ chức hội nghị trực tuyến với các đầu cầu trực tuyến tại Phân viện Hà Nội; Phân viện Đà Nẵng và Phân viện Cần Thơ.$$),
    ($$Sáng 5/2, Chính phủ họp phiên thường kỳ. Phiên họp được truyền trực tuyến tới điểm cầu trụ sở Ủy ban nhân dân các tỉnh, thành phố.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 31 J11). "Cơ quan" opening the subject before a body is of the organizer, as written
SELECT organizer
FROM (VALUES
    ($$Sáng 5/1/2024, Cơ quan Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết.$$),
    ($$Sáng 5/1/2024, Cơ quan Tỉnh đoàn tổ chức hội nghị cán bộ, công chức.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 L2a). The month of a year written with the meeting of the lead's sentence ("hội nghị báo cáo viên tháng 2/2023") gives the day its year before a cited document's date; it is still no period
SELECT held_on, date_inferred, period_text
FROM (VALUES
    ($$Ngày 7/2, Ban Tuyên giáo Tỉnh ủy Tân Lạc tổ chức hội nghị báo cáo viên tháng 2/2023. Thực hiện Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị.$$),
    ($$Ngày 7/2, Ban Tuyên giáo Tỉnh ủy Tân Lạc tổ chức hội nghị. Thực hiện Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 L2b). The year of a work programme drafted or adopted ("cho ý kiến vào dự thảo chương trình công tác năm 2023") is the work ahead, no year of the meeting's; one carried out is the meeting's own
SELECT held_on, date_inferred
FROM (VALUES
    ($$Ngày 21/11, Ban Chấp hành Đảng bộ tỉnh Tân Lạc đã tổ chức hội nghị lần thứ mười. Hội nghị cho ý kiến vào dự thảo chương trình công tác năm 2023.$$),
    ($$Ngày 21/11, Ban Chấp hành Đảng bộ tỉnh Tân Lạc đã tổ chức hội nghị lần thứ mười. Hội nghị thông qua Chương trình công tác toàn khóa và năm 2023.$$),
    ($$Thực hiện chương trình công tác năm 2017, chiều 19/10, Ban Chấp hành Đảng bộ tỉnh Tân Lạc đã tổ chức hội nghị giao ban.$$)
) AS v(body), gb_extract(body);

-- R11 (stop 32 M3). A span running on to the meeting ("từ tháng 7/2015 đến nay") gives a dated report's day no year: the publication's, where the span of 15 months is no period; without a publication the span's year, as before
SELECT held_on, date_inferred, period, period_text
FROM (VALUES
    ($$Ngày 30/9, Ban Chỉ đạo Tân Lạc tổ chức Hội nghị giao ban đánh giá kết quả từ tháng 7/2015 đến nay.$$, date '2016-10-01'),
    ($$Ngày 30/9, Ban Chỉ đạo Tân Lạc tổ chức Hội nghị giao ban đánh giá kết quả từ tháng 7/2015 đến nay.$$, NULL),
    ($$Ngày 30/9, Ban Chỉ đạo Tân Lạc tổ chức Hội nghị giao ban đánh giá kết quả từ tháng 7/2015 đến nay.$$, date '2015-10-01')
) AS v(body, published), gb_extract(body, published);

-- R11 (stop 32 K2). "Dự kiến,", "Theo dự kiến,", "Theo kế hoạch," opening the clause make its meeting's date planned, as "sẽ" does: the first such day on or after the publication
SELECT held_on, date_inferred
FROM (VALUES
    ($$Dự kiến, Đại hội đại biểu Đảng bộ tỉnh Tân Lạc lần thứ I diễn ra từ ngày 2 đến 4-10.$$),
    ($$Theo dự kiến, Đại hội đại biểu Đảng bộ tỉnh Tân Lạc lần thứ I diễn ra từ ngày 2 đến 4-10.$$),
    ($$Theo kế hoạch, Đại hội đại biểu Đảng bộ tỉnh Tân Lạc lần thứ I diễn ra từ ngày 2 đến 4-10.$$),
    ($$Đại hội đại biểu Đảng bộ tỉnh Tân Lạc lần thứ I diễn ra từ ngày 2 đến 4-10.$$)
) AS v(body), gb_extract(body, date '2025-09-23');

-- R11 (stop 32 L10). "Triển khai công tác ... năm Y" is work ahead however long the object "công tác" heads ("giám sát và thi hành kỷ luật"): no period; "Tổng kết công tác ..." still reviews its year
SELECT period, period_text
FROM (VALUES
    ($$Triển khai công tác giám sát và thi hành kỷ luật năm 2021
Toàn cảnh Hội nghị

Năm 2020, cấp ủy các cấp đã kiểm tra 910 tổ chức đảng.$$),
    ($$Tổng kết công tác giám sát và thi hành kỷ luật năm 2020
Toàn cảnh Hội nghị

Năm 2020, cấp ủy các cấp đã kiểm tra 910 tổ chức đảng.$$)
) AS v(body), gb_extract(body, date '2021-01-12');

-- R12 (stop 33 N7). "làm việc" after a place's name below a province's ("Huyện ủy Lâm Hà", "Đảng ủy phường Ninh Kiều") is the predicate, no syllable of the name: the body holds the working session, as with a province's name or "có buổi làm việc"
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Chiều 16/5, Ban Thường vụ Huyện ủy Lâm Hà làm việc với Ban Tuyên giáo Tỉnh ủy.$$),
    ($$Chiều 16/5, Thường trực Đảng ủy phường Ninh Kiều làm việc với Ban Tuyên giáo Tỉnh ủy.$$),
    ($$Chiều 16/5, Thường trực Đảng ủy phường Ninh Kiều có buổi làm việc với Ban Tuyên giáo Tỉnh ủy.$$)
) AS v(body), gb_extract(body);

-- R12 (stop 33 N6). A body that opens a bridge point to follow (attend) a meeting held elsewhere ("Đảng ủy xã X tổ chức điểm cầu trực tuyến theo dõi Hội nghị ...") holds its local sitting, and one chairing at the point left unnamed, its own, chairs it; at an unnamed point of a meeting its organizer holds itself one chairs only there
SELECT meeting_kind, organizer, online, chairs
FROM (VALUES
    ($$Sáng 28/1/2026, Đảng ủy xã Hòa Lạc tổ chức điểm cầu trực tuyến theo dõi Hội nghị toàn quốc thông báo nhanh kết quả Đại hội XIV của Đảng. Chủ trì điểm cầu có đồng chí Trần Văn Hào, Bí thư Đảng ủy xã.$$),
    ($$Sáng 28/1/2026, Đảng ủy phường An Khê tổ chức điểm cầu dự Hội nghị toàn quốc thông báo nhanh kết quả Đại hội XIV của Đảng. Tham dự và chủ trì điểm cầu có đồng chí Trần Văn Hào, Bí thư Đảng ủy; đồng chí Lê Thị Mai, Phó Bí thư Thường trực Đảng ủy phường.$$),
    ($$Sáng 16/4, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết. Hội nghị được tổ chức trực tuyến đến các điểm cầu trên cả nước. Chủ trì tại điểm cầu có đồng chí Trần Văn Hào, Bí thư Tỉnh ủy.$$)
) AS v(body), gb_extract(body);

-- R12 (stop 33 O6). A dateless lead's meeting that someone "vừa chủ trì" is held, whatever its name runs on with ("cuộc họp Ban Chỉ đạo ..."), as "chủ trì buổi làm việc" is; a review's kind after the noun is its kind; "sẽ chủ trì" gives none
SELECT meeting_kind, chairs
FROM (VALUES
    ($$Bí thư Tỉnh ủy Nguyễn Văn An vừa chủ trì cuộc họp Ban Chỉ đạo sắp xếp đơn vị hành chính cấp xã.$$),
    ($$Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy vừa chủ trì cuộc họp Ban Chỉ đạo.$$),
    ($$Bí thư Tỉnh ủy Nguyễn Văn An vừa chủ trì hội nghị sơ kết công tác quý I.$$),
    ($$Bí thư Tỉnh ủy Nguyễn Văn An sẽ chủ trì cuộc họp Ban Chỉ đạo sắp xếp đơn vị hành chính cấp xã.$$)
) AS v(body), gb_extract(body);

-- R12 (stop 33 O12). "tổ chức báo công" without "Lễ" holds the ceremony (`lễ`), as "tổ chức Lễ báo công" does; "báo công" not held ("đoàn viên báo công dâng Bác"), and "thông báo công khai", hold none
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Sáng 12/5, Tỉnh Đoàn Hòa Bình tổ chức báo công dâng Bác nhân kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh.$$),
    ($$Sáng 12/5, Tỉnh Đoàn Hòa Bình tổ chức Lễ báo công dâng Bác.$$),
    ($$Sáng 12/5, đoàn viên thanh niên báo công dâng Bác tại Khu di tích.$$),
    ($$Sáng 12/5, Ủy ban nhân dân tỉnh thông báo công khai kết quả tuyển dụng.$$)
) AS v(body), gb_extract(body);

-- R12 (stop 33 P8). "buổi" naming the session of an act or an activity held adds nothing ("tổ chức buổi công bố quyết định" as "tổ chức công bố quyết định" → lễ công bố; "buổi quán triệt" → quán triệt; "buổi triển khai kế hoạch" as "triển khai kế hoạch": the organizer and day, no kind); "buổi làm việc", "buổi gặp mặt" are kinds of their own, as before
SELECT meeting_kind, organizer, held_on
FROM (VALUES
    ($$Ngày 24/11/2022, Ban Thường vụ Đảng ủy xã tổ chức buổi công bố quyết định về công tác cán bộ.$$),
    ($$Ngày 24/11/2022, Ban Thường vụ Đảng ủy xã tổ chức buổi quán triệt Nghị quyết số 12.$$),
    ($$Ngày 24/11/2022, Ban Thường vụ Đảng ủy xã tổ chức buổi triển khai kế hoạch đánh giá cán bộ năm 2022.$$),
    ($$Ngày 24/11/2022, Ban Thường vụ Đảng ủy xã tổ chức buổi gặp mặt cán bộ hưu trí.$$)
) AS v(body), gb_extract(body);
-- R12 (stop 33 O2, P3). "chủ tọa" (either tone placement) chairs as "chủ trì" does: the role "chủ trì" and one of
-- the meeting's chairs; "Đoàn Chủ tọa" is the presidium, no one's role
SELECT (gb_extract(body)).chairs, o.name, o.roles
FROM (VALUES ($$Sáng 19/7/2023, HĐND tỉnh Tân Lập khai mạc Kỳ họp thứ 7. Đồng chí Lê Văn An, Chủ tịch HĐND tỉnh; đồng chí Trần Văn Bình, Phó Chủ tịch HĐND tỉnh chủ toạ và điều hành kỳ họp. Kỳ họp đã bầu Đoàn Chủ tọa gồm đồng chí Lê Thị Hoa.$$)) AS v(body),
     gb_officials(body) AS o;
-- R12 (stop 33 O1). An association, a club by its capitalized name, its words going on in lower case up to its level and place (or "Việt Nam"), organizes and holds its congress; a hometown association's "tại" and place are its name's
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Sáng 27/3/2022, Hội Cựu giáo chức huyện Tân Lập tổ chức hội nghị tổng kết năm 2021.$$),
    ($$Sáng 27/3/2022, Đại hội đại biểu Hội Cựu giáo chức tỉnh Tân Lập lần thứ IV đã khai mạc.$$),
    ($$Sáng 10/4/2023, Hiệp hội Doanh nghiệp tỉnh Tân Lập tổ chức hội nghị.$$),
    ($$Sáng 10/4/2023, Câu lạc bộ Hưu trí phường Tân Lập tổ chức hội nghị.$$),
    ($$Sáng 5/3/2024, Hội Doanh nhân trẻ Việt Nam tổ chức hội nghị.$$),
    ($$Sáng 10/4/2023, Hội đồng hương Tân Lập tại Hà Nội tổ chức gặp mặt đầu xuân.$$),
    ($$Sáng 5/3/2024, UBND thành phố Hội An tổ chức Hội Nghị tổng kết.$$)
) AS v(body), gb_extract(body);

-- R12 (stop 33 P2). "Trung tâm X", "Học viện X" with lower-case words ("quốc gia", "nhân dân"), "Liên minh Hợp tác xã" organize; a centre after a fronted "tại" closed by a comma is the venue
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Sáng 5/3/2024, Trung tâm Y tế huyện Tân Lập tổ chức hội nghị.$$),
    ($$Ngày 23/3/2024, Trung tâm Bồi dưỡng chính trị huyện Tân Lập tổ chức khai giảng lớp bồi dưỡng đảng viên mới.$$),
    ($$Sáng 5/3/2024, Học viện Hành chính quốc gia tổ chức hội nghị.$$),
    ($$Sáng 5/3/2024, Học viện An ninh nhân dân tổ chức hội nghị.$$),
    ($$Sáng 5/3/2024, Liên minh Hợp tác xã tỉnh Tân Lập tổ chức hội nghị.$$),
    ($$Tin vắn
Tại Trung tâm Hội nghị Quốc tế, thành phố Hòa Minh long trọng tổ chức Lễ kỷ niệm.$$)
) AS v(body), gb_extract(body);

-- R12 (stop 33 P1). A topic word ("Du lịch", "Tuyên truyền") ending the organizer's capitalized name before the verb is no topic: the meeting is held; a document's title before the kind stays its topic
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Sáng 5/3/2024, Tổng cục Du lịch tổ chức hội nghị tổng kết công tác năm 2023.$$),
    ($$Chiều 10/2/2024, Sở Văn hóa, Thể thao và Du lịch tổ chức Hội nghị triển khai nhiệm vụ.$$),
    ($$Sáng 5/3/2024, Học viện Báo chí và Tuyên truyền tổ chức hội nghị.$$),
    ($$Sáng 22/11/2023, Tổng cục Chính trị tổ chức Hội nghị góp ý vào Báo cáo tổng kết Công tác Đảng năm 2023.$$)
) AS v(body), gb_extract(body);

-- R12 (stop 33 O18). A dashed list of a locality's bodies ending in "UBMTTQ Việt Nam" is one organizer, as written
SELECT organizer
FROM gb_extract($$Sáng 5/3/2024, Huyện ủy - HĐND - UBND - UBMTTQ Việt Nam huyện Tân Lập tổ chức Lễ kỷ niệm.$$);
-- R12 (stop 33 N1). A congress (or a sitting of it, "phiên làm việc (thứ hai) của") that "tại" sets the clause,
-- opening it or after its date, holds the meeting in which a body announces a decision ("Ban Tổ chức Trung ương
-- đã công bố ..."), as "Tại đại hội, ..." does: the congress's organization
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Sáng 30/9, tại Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ I, Ban Tổ chức Trung ương đã công bố quyết định của Bộ Chính trị.$$),
    ($$Sáng 30/9, tại phiên khai mạc Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ I, Ban Tổ chức Trung ương đã công bố quyết định của Bộ Chính trị.$$),
    ($$Sáng 30/9, tại phiên làm việc thứ hai của Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ I, ông Trần Văn An đã công bố quyết định của Bộ Chính trị.$$),
    ($$Công bố quyết định về nhân sự Tỉnh ủy Hòa Lâm
Vừa qua, tại phiên làm việc của Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ I, Ban Tổ chức Trung ương đã công bố quyết định.$$)
) AS v(body), gb_extract(body, date '2025-10-01');

-- R12 (stop 33 O4). Places in apposition between a congress's body and its number or predicate (", huyện B",
-- ", tỉnh C") say where the body is: the body alone, as for any subject
SELECT organizer
FROM (VALUES
    ($$Ngày 02/01/2025, Đại hội Đảng bộ xã An Lạc, huyện Tân Lập lần thứ XVI đã diễn ra.$$),
    ($$Từ ngày 02/01/2025 đến ngày 03/01/2025, Đại hội Đảng bộ xã An Lạc, huyện Tân Lập, tỉnh Hòa Lâm lần thứ XVI, nhiệm kỳ 2025-2030 đã diễn ra chính thức.$$),
    ($$Ngày 16/10/2015, Đại hội đại biểu Hội Nông dân xã An Lạc, huyện Tân Lập lần thứ X đã diễn ra.$$)
) AS v(body), gb_extract(body);

-- R12 (stop 33 O5). A congress right after the date cue opening the clause, no comma between ("Ngày 16/10/2015
-- Đại hội ..."), heads its clause as after the comma: its organization
SELECT organizer
FROM (VALUES
    ($$Ngày 16/10/2015 Đại hội đại biểu Đảng bộ huyện Tân Lập lần thứ XX khai mạc.$$),
    ($$Sáng nay 16/10/2015 Đại hội đại biểu Đảng bộ huyện Tân Lập lần thứ XX khai mạc.$$)
) AS v(body), gb_extract(body);

-- R12 (stop 33 O7). A sitting ("phiên họp chính thức") that the congress's verb takes is a sitting of the congress
-- named before it: the kind stays `đại hội`
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Sáng 20/5/2015, Đại hội đại biểu Đảng bộ thành phố Tân Lập khai mạc phiên họp chính thức.$$)
) AS v(body), gb_extract(body);

-- R12 (stop 33 P7). A headline's congress "trước thềm" (on its eve) or "bên thềm" (beside it) is spoken of, as after
-- "trước": no kind when nothing under it holds a meeting
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Trước thềm Đại hội Đảng bộ quận 7: Đối thoại với nhân dân

Thời gian qua, Thường trực Quận ủy đã chỉ đạo các phòng ban giải quyết kiến nghị của cử tri.$$),
    ($$Bên thềm Đại hội Đảng bộ quận 7: Đối thoại với nhân dân

Thời gian qua, Thường trực Quận ủy đã chỉ đạo các phòng ban giải quyết kiến nghị của cử tri.$$)
) AS v(body), gb_extract(body);

-- R12 (stop 33 N11). A panel named by the congress it serves ("Ban Chỉ đạo Đại hội") before "(đã có buổi) làm
-- việc với" holds a working session: the kind `làm việc`, not `đại hội`
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Ngày 24-7, Tổ công tác số 4 Ban Chỉ đạo Đại hội đã có buổi làm việc với Ban Thường vụ Đảng ủy phường Phú An.$$),
    ($$Ngày 24-7, Ban Chỉ đạo Đại hội đã làm việc với Ban Thường vụ Đảng ủy phường Phú An.$$)
) AS v(body), gb_extract(body, date '2025-07-25');
-- R12 (stop 33 O8). A period starting after the publication of a report that gives its meeting no day ("vừa") is work planned, not the period; one before the publication stays
SELECT held_on, period, period_text
FROM (VALUES
    ($$Huyện ủy Tân Lập vừa tổ chức hội nghị triển khai công tác đại hội. Từ tháng 4 đến tháng 5-2025 tiến hành đại hội cơ sở.$$),
    ($$Huyện ủy Tân Lập vừa tổ chức hội nghị sơ kết công tác từ tháng 4 đến tháng 5-2024.$$)
) AS v(body), gb_extract(body, date '2024-09-18');

-- R12 (stop 33 O9). The quarter that names a recurring briefing ("Hội nghị báo cáo viên quý III-2012") gives its day the year, as the month does: the year nearest the quarter's middle month; no period
SELECT held_on, date_inferred, period
FROM (VALUES
    ($$Sáng 19-9, Ban Tuyên giáo Tỉnh ủy Tân Lập tổ chức Hội nghị báo cáo viên quý III-2012.$$),
    ($$Sáng 5-1, Ban Tuyên giáo Tỉnh ủy Tân Lập tổ chức Hội nghị báo cáo viên quý IV/2012.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R12 (stop 33 P6). A range of days set off by commas after a cited document's clause ("..., từ 15 đến 16/11/2012, Ban Thường vụ ... tổ chức hội nghị") dates the meeting by its first day, as "ngày 15/11/2012" does
SELECT held_on, date_inferred, meeting_kind
FROM (VALUES
    ($$Thực hiện Nghị quyết 12-NQ/TW về một số vấn đề cấp bách, từ 15 đến 16/11/2012, Ban Thường vụ Đảng ủy xã Tân Lập tổ chức hội nghị kiểm điểm.$$),
    ($$Thực hiện Nghị quyết 12-NQ/TW về một số vấn đề cấp bách, từ ngày 15 đến ngày 16/11/2012, Ban Thường vụ Đảng ủy xã Tân Lập tổ chức hội nghị kiểm điểm.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R12 (stop 33 N5). A headline announcing a congress's days, then an undated sapo line, then the dated lead of another event (a press conference): the lead's event is the report's meeting, as without the sapo
SELECT meeting_kind, held_on, organizer
FROM gb_extract($$Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm diễn ra từ ngày 10 - 12/9

Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm lần thứ I mang phương châm “Đoàn kết - Phát triển”.

Chiều 5/9, Ban Tuyên giáo Tỉnh ủy Hòa Lâm tổ chức họp báo thông tin về Đại hội đại biểu Đảng bộ tỉnh lần thứ I.$$, date '2025-09-05');

-- R12 (stop 33 N9). A news site's bar of sections above the headline ("Video Báo Ảnh Báo in Podcast Chuyển động trẻ Emagazine Infographic": five items known or more, fewer words unknown, no punctuation) is no title
SELECT title
FROM (VALUES
    ($$Video Báo Ảnh Báo in Podcast Chuyển động trẻ Emagazine Infographic

Huyện ủy Tân Lập tổng kết công tác năm 2024

Sáng 20/12, Huyện ủy Tân Lập tổ chức hội nghị tổng kết công tác năm 2024.$$),
    ($$Thời sự Chính trị Xã hội Kinh tế Văn hóa Thể thao Video

Huyện ủy Tân Lập tổng kết công tác năm 2024

Sáng 20/12, Huyện ủy Tân Lập tổ chức hội nghị tổng kết công tác năm 2024.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R12 (stop 33 P11). A publication line with the month's word and no "năm", then the hour ("Thứ năm, 20 Tháng 2 2014 14:32", a CMS's default) dates the page
SELECT published, held_on
FROM gb_extract($$Huyện ủy Tân Lập tổng kết công tác năm 2013
Thứ năm, 20 Tháng 2 2014 14:32

Sáng 19/2, Huyện ủy Tân Lập tổ chức hội nghị tổng kết công tác năm 2013.$$, NULL::date);

-- R12 (stop 33 O14). An outlet's tag with a stop before its dash ("(SGGP).- Sáng 20/12, ...") is read as "(SGGP) -" is
SELECT source, title
FROM gb_extract($$Huyện ủy Tân Lập tổng kết công tác năm 2024

(SGGP).- Sáng 20/12, Huyện ủy Tân Lập tổ chức hội nghị tổng kết công tác năm 2024.$$, NULL::date);

-- R13 (stop 34 Q12). A byline in capitals on both sides of its dash ("MINH NGỌC - VIỆT TRUNG // TRUNG TÂM TIN TỨC HTV") is no "Outlet - lead": the tag "(HTV) -" below names the source
SELECT source, title
FROM gb_extract($$Đảng ủy UBND tỉnh Hoa Sen họp mặt kỷ niệm Ngày truyền thống ngành Tuyên giáo

MINH NGỌC - VIỆT TRUNG // TRUNG TÂM TIN TỨC HTV

(HTV) - Đảng ủy UBND tỉnh Hoa Sen tổ chức họp mặt kỷ niệm 95 năm Ngày truyền thống ngành Tuyên giáo.$$, NULL::date);

-- R13 (stop 34 R11). A first sentence with no tense, right above the page's labelled stamp ("Đăng lúc: ..."), is the headline without its stop; one told with a tense is a lead
SELECT title, published
FROM (VALUES
    ($$Đại hội các chi bộ trực thuộc Đảng bộ Bệnh viện Đa khoa Hoa Sen nhiệm kỳ 2022 - 2025.

Đăng lúc: 10:24:33 29/07/2022 (GMT+7)

Căn cứ Điều lệ Đảng; thực hiện Công văn số 565-CV/TU, ngày 14/03/2022 của Ban Thường vụ Tỉnh ủy về việc chỉ đạo đại hội chi bộ trực thuộc.$$),
    ($$Ban Tổ chức Huyện ủy Hoa Sen đã tổ chức hội nghị giao ban công tác quý I năm 2024.

Đăng lúc: 10:24:33 29/03/2024 (GMT+7)

Hội nghị đánh giá kết quả công tác tổ chức xây dựng Đảng quý I.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R13 (stop 34 S13). A line right above the labelled stamp ("Cập nhật: ...") wins over a section's label found above page chrome; a subtitle right under the headline does not
SELECT title
FROM (VALUES
    ($$Đại biểu nhân dân với cử tri
Chia sẻ:

Tiếp tục phiên chất vấn và bế mạc kỳ họp thứ 7, HĐND tỉnh khóa XVIII

Cập nhật: 14:47 ngày 11/07/2019
(BGĐT) - Sáng nay (11-7), các đại biểu HĐND tỉnh tiếp tục chất vấn và bế mạc kỳ họp.$$),
    ($$Tiếp tục phiên chất vấn và bế mạc kỳ họp thứ 7, HĐND tỉnh khóa XVIII
Thông qua nhiều nghị quyết quan trọng của tỉnh

Cập nhật: 14:47 ngày 11/07/2019
(BGĐT) - Sáng nay (11-7), các đại biểu HĐND tỉnh tiếp tục chất vấn và bế mạc kỳ họp.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R13 (stop 34 S1). A lower-case "ngày" after a fronted "Với tinh thần / phương châm …," clause dates the meeting, as after "Để …,"; so does one after a comma inside the slogan's closing quote; a close told as done ("đã bế mạc ngày D") dates it, a planned one only bounds its year
SELECT held_on, meeting_kind, organizer
FROM (VALUES
    ($$Với tinh thần đoàn kết, ngày 19/9/2025, Đại hội đại biểu Đảng bộ tỉnh Tân Lập lần thứ XV bế mạc.$$),
    ($$Với phương châm “Đoàn kết - Dân chủ”, ngày 19/9/2025, Đại hội đại biểu Đảng bộ tỉnh Tân Lập lần thứ XV khai mạc.$$),
    ($$Sau 2 ngày làm việc khẩn trương, với tinh thần “Đoàn kết, dân chủ,” ngày 19/9/2025, Đại hội đại biểu Đảng bộ tỉnh Tân Lập lần thứ XV đã hoàn thành chương trình đề ra.$$),
    ($$Đại hội đại biểu Đảng bộ tỉnh Tân Lập lần thứ XV đã bế mạc ngày 19/9/2025.$$),
    ($$Đại hội đại biểu Đảng bộ tỉnh Tân Lập lần thứ XV khai mạc ngày 17/9/2025 và dự kiến bế mạc ngày 19/9/2025.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R13 (stop 34 Z). A meeting named in lower case right after a short clause opening its sentence ("Sáng 15/3,", "Theo kế hoạch,") then said held is the body's after "của", as a capitalized one is
SELECT held_on, organizer, period_text
FROM (VALUES
    ($$Sáng 15/3, hội nghị giao ban quý I năm 2024 của Ban Tổ chức Huyện ủy Tân Lập đã diễn ra.$$),
    ($$Theo kế hoạch, hội nghị giao ban quý I năm 2024 của Ban Tổ chức Huyện ủy Tân Lập đã được tổ chức vào ngày 15/3.$$),
    ($$Theo đó, hội nghị giao ban quý I năm 2024 của Ban Tổ chức Huyện ủy Tân Lập đã được tổ chức vào ngày 15/3.$$)
) AS v(body), gb_extract(body, '2024-03-20'::date);

-- R13 (stop 34 Q7). A year that starts a career ("tham gia hoạt động cách mạng từ năm 1945", "nhập ngũ năm 1952") is a person's life, no year of the report
SELECT held_on, meeting_kind
FROM (VALUES
    ($$Sáng 14/5, Quận ủy Tân An tổ chức lễ trao tặng Huy hiệu Đảng. Bí thư Thành ủy Lê Văn An trao huy hiệu 80 năm tuổi Đảng cho ông Trần Văn Chiến (sinh năm 1927), tham gia hoạt động cách mạng từ năm 1945.$$),
    ($$Sáng 14/5, Quận ủy Tân An tổ chức lễ trao tặng Huy hiệu Đảng cho ông Trần Văn Chiến, nhập ngũ năm 1952.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R13 (stop 34 Q1). A contest ("Hội thi") held by the predicates a meeting passes ("đã diễn ra Hội thi", "Hội thi ... được tổ chức", "Hội thi ... do X tổ chức vào ngày", "bế mạc Hội thi") is the meeting; one taken part in ("tham gia Hội thi ... do X tổ chức") is not
SELECT meeting_kind, held_on
FROM (VALUES
    ($$Ngày 19/5/2023, đã diễn ra Hội thi Bí thư chi bộ giỏi cấp cơ sở của Đảng bộ xã Tân Lập.$$),
    ($$Ngày 8/11/2018, Hội thi Dân vận khéo tỉnh Tân An lần thứ II được tổ chức tại Trung tâm Hội nghị tỉnh.$$),
    ($$Hội thi Bí thư chi bộ giỏi năm 2018 do Ban Tổ chức Huyện ủy Tân An tổ chức vào ngày 3/10/2018.$$),
    ($$Tối 25/11/2021, bế mạc Hội thi Báo cáo viên giỏi cấp tỉnh năm 2021, Ban tổ chức trao 1 giải Nhất.$$),
    ($$Ngày 19/5/2023, Chi bộ thôn 3 tham gia Hội thi Bí thư chi bộ giỏi cấp cơ sở do Đảng ủy xã tổ chức.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R13 (stop 34 Q3). "chương trình" in lower case before a kind held names the event, as "buổi" does: "tổ chức chương trình kỷ niệm 88 năm ..." → lễ kỷ niệm, "tổ chức chương trình gặp mặt" → gặp mặt
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Ngày 10/10/2018, Khối Dân vận xã Tân Lập tổ chức chương trình kỷ niệm 88 năm ngày truyền thống dân vận của Đảng.$$),
    ($$Ngày 10/10/2018, Huyện ủy Tân Lập tổ chức chương trình gặp mặt kỷ niệm ngày truyền thống.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R13 (stop 34 Q5). "Hội thao" (a sports meet) folds as "hội thảo" does, but is no seminar: the kind's row wants the tone of "thảo"
SELECT meeting_kind
FROM (VALUES
    ($$Ngày 16/10/2022, Huyện ủy Tân An tổ chức Hội thao chào mừng kỷ niệm 92 năm Ngày truyền thống Văn phòng cấp ủy.$$),
    ($$Ngày 16/10/2022, Huyện ủy Tân An tổ chức Hội thảo khoa học về công tác văn phòng cấp ủy.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R13 (stop 34 R1). A unit's noun in lower case after a Party committee ("Ban Thường vụ Đảng ủy trường Tiểu học X") is part of the organizer; a congress's number ends its organization's name
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Sáng 15/5, Ban Thường vụ Đảng ủy trường Tiểu học Hoa Sen tổ chức Hội nghị sơ kết.$$),
    ($$Sáng 15/5, Đại hội Đảng bộ bệnh viện Nhi Hoa Sen lần thứ XIII khai mạc.$$),
    ($$Sau một ngày làm việc nghiêm túc, Đại hội Đảng bộ bệnh viện Nhi Hoa Sen lần thứ XIII, nhiệm kỳ 2020 - 2025 đã thành công tốt đẹp.$$)
) AS v(body), gb_extract(body, date '2025-05-20');

-- R13 (stop 34 R2). An enterprise's congress: its abbreviation in parentheses before "lần thứ", and "thứ IV" without "lần", are not of its name
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Sáng 12/5, Đại hội đại biểu Đảng bộ Tổng công ty Điện lực miền Bắc (EVNNPC) lần thứ III khai mạc.$$),
    ($$Sáng 10/5, Đại hội đại biểu Đảng bộ Tổng công ty Hoa Sen thứ IV, nhiệm kỳ 2025 - 2030 đã khai mạc.$$)
) AS v(body), gb_extract(body, date '2025-05-20');

-- R13 (stop 34 S5). A commendation told by its act alone and held ("tổ chức biểu dương / tuyên dương ...") is its ceremony, as "tổ chức Lễ tuyên dương" is; one commended is none
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Ngày 14/12/2022, Đảng ủy Khối các cơ quan tỉnh Tân Lập tổ chức biểu dương điển hình tiên tiến.$$),
    ($$Sáng 5/3/2024, Huyện ủy Tân Lạc tổ chức tuyên dương 30 bí thư chi bộ tiêu biểu.$$),
    ($$Sáng 5/3/2024, anh Trần Văn An được tuyên dương là thanh niên tiêu biểu.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R13 (stop 34 Q11). A ceremony held and named first keeps its kind over a review in a later item of its list ("tổ chức Lễ kỷ niệm ...; gắn biển ...; tổng kết và trao Giải ...")
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Tối 3/2/2025, Tỉnh ủy Tân An tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng; gắn biển công trình; tổng kết và trao Giải Báo chí lần thứ II năm 2024.$$),
    ($$Tối 3/2/2025, Tỉnh ủy Tân An tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng và tổng kết, trao Giải Báo chí lần thứ II năm 2024.$$),
    ($$Sáng 3/1/2025, Tỉnh ủy Tân An tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R13 (stop 34 Q9). A contest cluster numbered ("Cụm thi số VII", "Cụm thi số 3") holds the contest, its members named by their class after "gồm" before the verb
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Ngày 5/5/2023, Cụm thi số VII gồm các chi bộ khối cơ quan huyện Tân An tổ chức Hội thi Bí thư chi bộ giỏi.$$),
    ($$Ngày 5/5/2023, Cụm thi số 3 tổ chức Hội thi Bí thư chi bộ giỏi.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R13 (stop 34 S15). The army's name, "nhân dân" in lower case and its abbreviation inside, goes on a general department's name
SELECT organizer
FROM (VALUES
    ($$Sáng 12/5, Tổng cục Chính trị Quân đội nhân dân (QĐND) Việt Nam tổ chức hội nghị sơ kết công tác Đảng.$$),
    ($$Sáng 12/5, Tổng cục Hậu cần Quân đội nhân dân tổ chức hội nghị sơ kết công tác Đảng.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R13 (stop 34 Q8). A unit's staff hold its gathering: "bộ" of "cán bộ" before an office is the people's noun, no body "Bộ" the office is part of
SELECT held_on, meeting_kind, organizer
FROM (VALUES
    ($$Ngày 17/10/2014, tập thể cán bộ Văn phòng Tỉnh ủy Tân Lập đã tổ chức gặp mặt kỷ niệm ngày truyền thống.$$),
    ($$Ngày 17/10/2014, cán bộ Ban Tổ chức Huyện ủy Tân Lập đã tổ chức gặp mặt kỷ niệm ngày truyền thống.$$),
    ($$Ngày 17/10/2014, chi bộ Văn phòng Tỉnh ủy Tân Lập đã tổ chức gặp mặt kỷ niệm ngày truyền thống.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R13 (stop 34 S4). A meeting attended ("dự (và chỉ đạo) hội nghị … của <body>."), its body closing the clause, is that body's, as an inverted "tại X diễn ra Hội nghị … của Y." is
SELECT held_on, meeting_kind, organizer
FROM (VALUES
    ($$Sáng 17/1/2018, đồng chí Trần Văn An, Bí thư Trung ương Đảng dự hội nghị kiểm điểm tự phê bình và phê bình năm 2017 của Ban Thường vụ Tỉnh ủy Tân Lập.$$),
    ($$Sáng 17/1/2018, đồng chí Trần Văn An dự và chỉ đạo Hội nghị tổng kết năm 2017 của Ban Thường vụ Tỉnh ủy Tân Lập.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R13 (stop 34 Q2). A date set off by commas after an occasion clause dates the clause after it even when its subject is long: a list of bodies, a leader "do đồng chí A làm Trưởng đoàn" before the verb
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Nhân kỷ niệm ngày Quốc khánh, ngày 23/8/2025, Đoàn đại biểu Tỉnh ủy, HĐND, UBND, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh do đồng chí Lê Văn Bình làm Trưởng đoàn đã tổ chức lễ dâng hương.$$),
    ($$Nhân kỷ niệm ngày Quốc khánh, ngày 23/8/2025, Ban Thường vụ Tỉnh ủy, Thường trực HĐND, UBND, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hòa An đã tổ chức lễ dâng hương.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R13 (stop 34 S6b). A phase's number before its years in parentheses, "giai đoạn II (2022 - 2024)", names the phase: the years are the period
SELECT meeting_kind, period, period_text
FROM (VALUES
    ($$Ngày 12/11/2024, Huyện ủy Tân Lập tổ chức hội nghị tổng kết công tác dân vận giai đoạn II (2022 - 2024).$$)
) AS v(body), gb_extract(body, NULL::date);

-- R14 (stop 35 probe-s 49). An interview's byline under the headline, "TÊN (thực hiện) 10/10/2018 03:09": the name is the author and the line the page's stamp
SELECT title, author, published
FROM (VALUES
    ($$Hội nghị kiểm điểm của Ban Thường vụ Huyện ủy Tân Lập

LÊ VĂN AN (thực hiện) 10/10/2018 03:09

Sáng 10/10, Huyện ủy Tân Lập tổ chức hội nghị.$$)
) AS v(body), gb_extract(body);

-- R14 (stop 35 Q6). A school's cell or Party organization named with the school's grade in lower case ("Chi bộ trường tiểu học X", "Đảng bộ trường mầm non X") is the subject whole, as "trường THCS X" and "Trường Tiểu học X" are
SELECT held_on, meeting_kind, organizer
FROM (VALUES
    ($$Ngày 22/12/2023, Chi bộ trường tiểu học Hòa Lạc tổ chức lễ kết nạp đảng viên mới.$$),
    ($$Ngày 22/12/2023, Đảng bộ trường mầm non Hòa Lạc đã tổ chức hội nghị sơ kết.$$),
    ($$Ngày 22/12/2023, Chi bộ trường THCS Hòa Lạc tổ chức lễ kết nạp đảng viên mới.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R14 (stop 35 R3). An agency's name in sentence case after its Party committee keeps a city abbreviated with a dot ("Trường Đại học Kinh tế TP.HCM", "TP. HCM") and a dash after a word of two syllables ("Bệnh viện Phụ sản – Nhi X"), as "TPHCM" and "Sản – Nhi" were kept
SELECT held_on, meeting_kind, organizer
FROM (VALUES
    ($$Sáng 12/5, Đảng ủy Trường Đại học Kinh tế TP.HCM tổ chức Hội nghị sơ kết công tác Đảng.$$),
    ($$Sáng 12/5, Đảng ủy Trường đại học Công nghiệp TP. HCM (IUH) tổ chức Hội nghị sơ kết công tác Đảng.$$),
    ($$Sáng 19/5, Đảng bộ Bệnh viện Phụ sản – Nhi Hoa Sen đã tổ chức Đại hội lần thứ III, nhiệm kỳ 2020-2025.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R14 (stop 35 S9). A congress first named as the agent of a passive ("được Đại hội Đảng bộ tỉnh X lần thứ XI, từ ngày 15-17/10 đặt ra"), its days right after its number, is the congress they date: its organization holds it; a council's sitting counted, its council and term after it ("bế mạc kỳ họp thứ 7, HĐND tỉnh khóa XVIII"), is that council's
SELECT held_on, meeting_kind, organizer
FROM (VALUES
    ($$Đây là mục tiêu được Đại hội Đảng bộ tỉnh Hòa An lần thứ XI, từ ngày 15-17/10/2020 đặt ra.

Sáng 16/10, Đại hội Đảng bộ tỉnh Hòa An lần thứ XI, nhiệm kỳ 2020-2025 đã khai mạc.$$),
    ($$Tiếp tục phiên chất vấn và bế mạc kỳ họp thứ 7, HĐND tỉnh khóa XVIII

Sáng 11/7/2019, các đại biểu HĐND tỉnh tiếp tục chất vấn và bế mạc kỳ họp.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R14 (stop 35 S6a). A recurring briefing's month names it past the units it gathers ("báo cáo viên các huyện ủy, đảng ủy trực thuộc Tỉnh ủy tháng 11-2017"); a review after it still gives its own
SELECT meeting_kind, period, period_text
FROM (VALUES
    ($$Ngày 3/11/2017, Ban Tuyên giáo Tỉnh ủy Lan Sơn tổ chức hội nghị báo cáo viên các huyện ủy, đảng ủy trực thuộc Tỉnh ủy tháng 11-2017.$$),
    ($$Ngày 3/11/2017, Ban Tuyên giáo Tỉnh ủy Lan Sơn tổ chức hội nghị báo cáo viên các huyện ủy, đảng ủy trực thuộc Tỉnh ủy tháng 11-2017 và đánh giá kết quả tháng 10/2017.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R14 (stop 35 Z). "Theo kế hoạch," opening a sentence says what the clause rests on: its plan word plans nothing of the meeting's period
SELECT meeting_kind, held_on, period, period_text
FROM (VALUES
    ($$Theo kế hoạch, hội nghị giao ban quý I năm 2024 của Đảng ủy xã Hoa Lan đã được tổ chức vào ngày 15/3/2024.$$),
    ($$Theo kế hoạch, hội nghị giao ban quý I năm 2024 của Đảng ủy xã Hoa Lan đã diễn ra ngày 15/3/2024.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R14 (stop 35 S3). An item the members discuss ("thảo luận, quyết định một số nội dung quan trọng như: việc quán triệt …") is the plenum's agenda, not its kind; a verb joined to "thảo luận" is the meeting's act
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Ngày 4/7/2024, Ban Chấp hành Đảng bộ tỉnh Lan Sơn khóa XVII khai mạc Hội nghị lần thứ 20. Tại hội nghị lần này đại biểu sẽ thảo luận, quyết định một số nội dung quan trọng như: việc quán triệt, triển khai Chỉ thị của Bộ Chính trị về Đại hội XIV; thảo luận về Kế hoạch tổ chức đại hội.$$),
    ($$Ngày 4/7/2024, Ban Thường vụ Tỉnh ủy Lan Sơn tổ chức hội nghị thảo luận và quán triệt Chỉ thị số 35-CT/TW.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R14 (stop 35 Q4). "kỉ niệm", the old spelling, is read as "kỷ niệm" (a known word's variant, as "tiến sỹ"; no i/y folding in general)
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Ngày 10/10/2018, Ủy ban Kiểm tra Huyện ủy Sơn Viên tổ chức kỉ niệm 70 năm ngày truyền thống ngành Kiểm tra.$$),
    ($$Ngày 10/10/2018, Ủy ban Kiểm tra Huyện ủy Sơn Viên tổ chức lễ kỉ niệm 70 năm ngày truyền thống ngành Kiểm tra.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R14 (stop 35 U5, V5). A plenum or a council's session counted heading its clause with a verb of a body in session ("bầu", "hiệp thương cử", "xem xét"), or dated where "tại" sets the clause, or chaired ("chủ trì kỳ họp HĐND tỉnh"), is its body's own; uncounted, or undated after "Tại", none
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Ngày 18/12/2019, Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 10, khóa XV bầu chức danh Bí thư Tỉnh đoàn.$$),
    ($$Ngày 12/3/2020, Hội nghị Ủy ban Mặt trận Tổ quốc tỉnh Hòa An lần thứ 4, khóa IX đã hiệp thương cử ông Trần Văn An giữ chức Phó Chủ tịch.$$),
    ($$Ngày 15/10/2020, tại Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Hòa An khóa XVI, đồng chí Lê Văn Bình được bầu giữ chức Bí thư Tỉnh ủy.$$),
    ($$Sáng 10/11/2020, Kỳ họp thứ 19 của HĐND tỉnh Hòa An khóa XVI khai mạc tại Hội trường tỉnh.$$),
    ($$Sáng 10/11/2020, đồng chí Lê Văn Bình - Chủ tịch HĐND tỉnh chủ trì kỳ họp HĐND tỉnh khóa XVI.$$),
    ($$Ngày 18/12/2019, Hội nghị Ban Chấp hành Tỉnh đoàn bầu chức danh Bí thư Tỉnh đoàn.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R14 (stop 35 U4). A congress numbered by a bare Roman numeral right after "Đại hội", before its organization ("Đại hội XIV Công đoàn tỉnh X"), is that organization's, as "Đại hội lần thứ XIV Công đoàn tỉnh X" is
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Ngày 20/7/2023, Đại hội XIV Công đoàn tỉnh Hòa An đã thành công tốt đẹp.$$),
    ($$Ngày 20/7/2023, Đại hội X Hội Nông dân tỉnh Hòa An khai mạc tại thành phố Tân Lập.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R14 (stop 35 U6, V2). Lower-case words inside a body's name: a sector's union, its field in sentence case or after "ngành" ("Công đoàn Giao thông vận tải", "Công đoàn ngành Y tế tỉnh"), an election committee by its level ("Ủy ban bầu cử huyện X"), an economic zone's Party committee ("Đảng ủy Khu kinh tế tỉnh X")
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Ngày 19/4/2023, Công đoàn Giao thông vận tải tổ chức hội nghị tổng kết.$$),
    ($$Ngày 19/4/2023, Công đoàn ngành Y tế tỉnh tổ chức hội nghị tổng kết.$$),
    ($$Ngày 31/5/2021, Ủy ban bầu cử huyện Tân Lập tổ chức hội nghị tổng kết công tác bầu cử.$$),
    ($$Ngày 10/6/2022, Đảng ủy Khu kinh tế tỉnh Hòa An công bố quyết định thành lập Đảng bộ Công ty Hoa Sen.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R14 (stop 35 T2). "quy tụ" (gathers) is no quarter, though it folds as "quý tư": a quarter is spelled "quý"
SELECT meeting_kind, period, period_text
FROM (VALUES
    ($$Ngày 18/11, Hội Nông dân xã Hòa An tổ chức Đại hội đại biểu lần thứ I. Đại hội quy tụ 148 đại biểu.$$),
    ($$Ngày 18/10, Đảng ủy xã Hòa An tổ chức hội nghị sơ kết công tác QUÝ III.$$)
) AS v(body), gb_extract(body, '2025-11-19'::date);

-- R14 (stop 35 T1). A meeting told ahead by "diễn ra" ("diễn ra từ ngày 2 đến 4-10", "Ngày 2/10, sẽ diễn ra ...") weeks after the publication is of its year; "đã diễn ra" tells it done, in the year before
SELECT held_on, date_inferred, meeting_kind
FROM (VALUES
    ($$Đại hội đại biểu Đảng bộ tỉnh Hòa An lần thứ I diễn ra từ ngày 2 đến 4-10.$$),
    ($$Đại hội đại biểu Đảng bộ tỉnh Hòa An lần thứ I, nhiệm kỳ 2025 - 2030 diễn ra trong ngày 2 - 3/10.$$),
    ($$Ngày 2/10, sẽ diễn ra Đại hội đại biểu Đảng bộ tỉnh Hòa An lần thứ I.$$),
    ($$Đại hội đại biểu Đảng bộ tỉnh Hòa An lần thứ I đã diễn ra từ ngày 2 đến 4-10.$$)
) AS v(body), gb_extract(body, '2025-09-23'::date);

-- R14 (stop 35 T5). A span from a full day running on to the meeting ("từ ngày 1/7/2025 đến nay", "từ 1-7-2025 đến nay") is reviewed from that day's month, as "từ tháng 7/2025 đến nay" is
SELECT meeting_kind, period, period_text
FROM (VALUES
    ($$Sáng 9-12-2025, Đảng ủy xã Hòa An tổ chức hội nghị sơ kết tình hình hoạt động từ ngày 1/7/2025 đến nay.$$),
    ($$Sáng 9-12-2025, Đảng ủy xã Hòa An tổ chức hội nghị sơ kết tình hình hoạt động từ 1-7-2025 đến nay.$$),
    ($$Sáng 9-12-2025, Đảng ủy xã Hòa An tổ chức hội nghị sơ kết tình hình hoạt động từ tháng 7/2025 đến nay.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R14 (stop 35 T7). A congress rehearsed ("diễn tập", "tập dượt") or whose papers are approved ("duyệt văn kiện đại hội") is the object of that act, not the meeting held
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Ngày 9/8/2025, Đảng ủy xã Hòa An tổ chức diễn tập Đại hội Đảng bộ xã lần thứ I.$$),
    ($$Ngày 9/8/2025, Ban Thường vụ Huyện ủy Hòa An duyệt văn kiện đại hội Đảng bộ xã Bình Minh.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R14 (stop 35 T9). A long headline closed by a stop, the text's first line, right above the dated lead with no blank line between, is the title
SELECT title, meeting_kind, held_on
FROM (VALUES
    ($$Đảng ủy xã Hòa An tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2025 và triển khai nhiệm vụ.
Ngày 03/07/2025, Đảng ủy xã Hòa An tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2025.$$)
) AS v(body), gb_extract(body, NULL::date);

-- R14 (stop 35 V4). A rally held, "tổ chức (Lễ, buổi) mít tinh", is a ceremony, an anniversary's rally "lễ kỷ niệm"
SELECT meeting_kind, organizer, held_on
FROM (VALUES
    ($$Tối 2/2/2016, Huyện ủy Tân Lập tổ chức mít tinh kỷ niệm 86 năm Ngày thành lập Đảng.$$),
    ($$Tối 2/2/2016, Huyện ủy Tân Lập tổ chức Lễ mít tinh kỷ niệm 86 năm Ngày thành lập Đảng.$$),
    ($$Sáng 4/9/2020, Thành ủy Tân Lập tổ chức buổi mít tinh hưởng ứng Tuần lễ quốc gia.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 36, s36-mass: X4. A mass organization's centre holding the meeting, its gloss in brackets left out, the centre abbreviated too
SELECT organizer
FROM (VALUES
    ($$Sáng 9/9/2020, Trung ương Hội Liên hiệp Phụ nữ (LHPN) Việt Nam tổ chức Hội nghị trực tuyến tập huấn.$$),
    ($$Sáng 5/3/2020, T.Ư Hội NDVN tổ chức hội nghị quán triệt.$$),
    ($$Sáng 5/3/2020, TƯ Đoàn tổ chức hội nghị quán triệt.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 36, s36-mass: X1c. "Đại hội Đoàn tỉnh X lần thứ N" is the Youth Union's congress of that locality, as "Đoàn TNCS Hồ Chí Minh tỉnh X" names it
SELECT organizer
FROM gb_extract($$Sáng 5/10/2017, Đại hội Đoàn tỉnh Bắc Giang lần thứ XVI khai mạc.$$, NULL::date);

-- stop 36, s36-org: the police named by their place ("Công an TP.HCM", "Công an Hà Nội"), "Tp.HCM" as "TP.HCM"; a national meeting relayed ("tổ chức tiếp sóng") is the local body's; a working group ("Tổ công tác") holds its session; an apposition ", trực thuộc B (ABC)" before the verb is skipped; a congress's body after its number and term, or after "(ĐH)" and "(QK9)"
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Ngày 3-1-2024, Công an TP.HCM tổ chức Hội nghị Tổng kết công tác năm 2023.$$),
    ($$Ngày 3-1-2024, Công an Hà Nội tổ chức Hội nghị Tổng kết công tác năm 2023.$$),
    ($$Sáng ngày 06/10/2023, Đảng bộ Khối Doanh nghiệp Tp.HCM long trọng tổ chức Kỷ niệm 10 năm thành lập.$$),
    ($$Ngày 9/7/2024, Huyện uỷ Vĩnh Linh tổ chức tiếp sóng Hội nghị toàn quốc do Bộ Chính trị, Ban Bí thư Trung ương Đảng tổ chức để quán triệt Quy định số 144-QĐ/TW.$$),
    ($$Sáng 8/8/2025, Tổ công tác số 1 có buổi làm việc với Ban Thường vụ Huyện ủy Tân Lập.$$),
    ($$Ngày 28-5-2020, Đảng bộ Công ty Lưới điện Cao thế TP Hồ Chí Minh, trực thuộc Tổng Công ty Điện lực TP Hồ Chí Minh (EVNHCMC) tổ chức Đại hội đại biểu lần thứ VI.$$),
    ($$Từ ngày 4 - 6/8/2020, tại TP Cần Thơ đã diễn ra Đại hội Đại biểu lần thứ X, nhiệm kỳ 2020 – 2025 Đảng bộ Quân khu 9.$$),
    ($$Ngày 5-8-2020, Đại hội (ĐH) Đại biểu Đảng bộ Quân khu 9 (QK9) lần thứ X, nhiệm kỳ 2020-2025, chính thức khai mạc. Trong 2 ngày (5 và 6-8), ĐH tổng kết thực hiện Nghị quyết ĐH Đại biểu Đảng bộ QK9 nhiệm kỳ 2015-2020.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 36, s36-org: a text with no lead, the Party badge awarded by a body after "đã" or a fronted "Tại buổi lễ,"
SELECT organizer, meeting_kind
FROM (VALUES
    ($$Tại buổi lễ, Ban Thường vụ Huyện ủy đã trao tặng Huy hiệu 70 năm tuổi Đảng cho đảng viên Võ Đình Nhơn (thị trấn Phú Phong), Huy hiệu 50 năm tuổi Đảng cho các đảng viên.
Phát biểu tại buổi lễ, Phó Bí thư Thường trực Huyện ủy Huỳnh Hồ Hoài Nam ghi nhận những đóng góp của các đồng chí.$$),
    ($$Đợt này, Ban Thường vụ Tỉnh ủy đã có quyết định trao tặng Huy hiệu Đảng cho 15 đảng viên thuộc Đảng bộ huyện Tây Sơn, trong đó có 1 đảng viên 70 năm tuổi Đảng.
Phát biểu tại buổi lễ, Phó Bí thư Thường trực Huyện ủy Huỳnh Hồ Hoài Nam ghi nhận những đóng góp của các đồng chí.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 36, s36-lay: joint organizers keep their first body ("Ban Chấp hành, Ban Thường vụ Huyện ủy X", "Ban X, Báo Y",
-- "A cùng với B tổ chức" → A); the merged outlet "Báo và Phát thanh, Truyền hình tỉnh X" is one body; a room named by a
-- letter, its owner after a comma, is the venue's (stop 35 V3, U12)
SELECT organizer
FROM (VALUES
    ($$Sáng 5/3, Ban Chấp hành, Ban Thường vụ Huyện ủy Tư Nghĩa tổ chức hội nghị.$$),
    ($$Sáng 5/3, Ban Tuyên giáo Tỉnh ủy, Báo Quảng Ngãi tổ chức hội nghị.$$),
    ($$Sáng 5/3, Ban Tổ chức Tỉnh ủy cùng với Sở Nội vụ tổ chức hội nghị tập huấn.$$),
    ($$Sáng 5/3, Báo và Phát thanh, Truyền hình tỉnh Quảng Ngãi tổ chức hội nghị tổng kết công tác năm 2024.$$),
    ($$Sáng 5/3, tại Hội trường A, Công an tỉnh, Đảng ủy Công an tỉnh tổ chức hội nghị.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 36, s36-lay: a report's head and tail: a labelled byline under the headline ("Bài, ảnh: X"), an outlet credited
-- by "Nguồn:" at the end (the source, not the author), a caption glued to its credit in capitals is no headline (stop 35 V13, V14, T10)
SELECT title, source, author
FROM (VALUES
    ($$Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15
Thứ Hai, 12/03/2024 08:30
Bài, ảnh: Nguyễn Văn Hải
Sáng 11/3, Ban Chấp hành Đảng bộ tỉnh Quảng Ngãi tổ chức Hội nghị lần thứ 15, khóa XX.$$),
    ($$Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15

Sáng 11/3, Ban Chấp hành Đảng bộ tỉnh Quảng Ngãi tổ chức Hội nghị lần thứ 15, khóa XX.

Minh Hà
Nguồn: Báo Quảng Ngãi$$),
    ($$Phó Bí thư Thành ủy Nguyễn Văn An phát biểu tại buổi làm việc chiều nay (8.8) ẢNH: HÀ ÁNH

Chiều 8/8, Ban Thường vụ Thành ủy làm việc với Đảng ủy Đại học Quốc gia.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 36, s36-meet: T1, the day planned for the congress the report is about ("Đại hội ... sẽ diễn ra vào ngày 2/10.") dates it when no other meeting is dated; a later dated meeting stays the lead
SELECT meeting_kind, held_on
FROM (VALUES
    ($$Sẵn sàng cho Đại hội Đảng bộ tỉnh Lâm Đồng lần thứ XII

Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ XII, nhiệm kỳ 2025 - 2030 sẽ diễn ra vào ngày 2/10. Đến nay, công tác chuẩn bị đã cơ bản hoàn tất.$$),
    ($$Tin tức
Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Lâm Đồng lần thứ XVI sẽ diễn ra vào ngày 19/11. Sáng 5/11, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị chuẩn bị.$$)
) AS v(body), gb_extract(body, '2025-09-25'::date);

-- stop 36, s36-meet: T7, a run-through ("tổ chức tổng duyệt Đại hội", "<body> tổng duyệt ...") is held by its organizer, no congress
SELECT meeting_kind, organizer, held_on
FROM (VALUES
    ($$Ngày 9/8/2025, Đảng ủy xã Hòa An tổ chức tổng duyệt Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030.$$),
    ($$Sáng 9/8/2025, Đảng bộ xã Hòa An tổng duyệt chương trình Đại hội đại biểu Đảng bộ xã lần thứ I.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 36, s36-meet: U9, congresses a document names (listed after a resolution's, after "của", setting goals) are not the meeting; a day set off after a resolution named by its congress dates the meeting
SELECT meeting_kind, organizer, held_on
FROM (VALUES
    ($$Ngày 5/4/2024, Ban Thường vụ Huyện ủy Hòa An đánh giá kết quả thực hiện Nghị quyết Đại hội XIII của Đảng, Đại hội Đảng bộ tỉnh lần thứ XVII và Đại hội Đảng bộ huyện lần thứ XXIII.$$),
    ($$Ngày 5/4/2024, Ban Thường vụ Huyện ủy Hòa An đánh giá kết quả thực hiện mục tiêu Đại hội Đảng bộ tỉnh lần thứ XVII đề ra.$$),
    ($$Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, ngày 5/4/2024, Huyện ủy Hòa An tổ chức giao ban công tác quý I.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 36, s36-meet: V12 and U10, a year the document was signed in is no period; the years counted ("tổng kết 10 năm") written after the object reviewed are
SELECT period, period_text
FROM (VALUES
    ($$Sáng 5/3/2024, Ban Dân vận Tỉnh ủy và Ủy ban MTTQ tỉnh tổ chức hội nghị sơ kết thực hiện Quy chế phối hợp ký kết năm 2019.$$),
    ($$Sáng 5/3/2024, Tỉnh ủy Hòa Bình tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW của Ban Chấp hành Trung ương khóa XI (2014 - 2024).$$),
    ($$Sáng 5/3/2024, Tỉnh ủy Hòa Bình tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 10-NQ/TU giai đoạn 2021 - 2025.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 36, s36-meet: V11, a timed stamp under the headline is the article's against a first "năm 2021" alone; a period years before it still makes it a clock
SELECT published, held_on
FROM (VALUES
    ($$Huyện ủy Hòa An giao ban công tác xây dựng Đảng

Cập nhật lúc 10:20 ngày 12/03/2024

Sáng 11/3, Huyện ủy Hòa An tổ chức hội nghị giao ban công tác xây dựng Đảng.

Năm 2021, huyện đạt nhiều kết quả.$$),
    ($$Huyện ủy Hòa An sơ kết công tác

Cập nhật lúc 10:20 ngày 12/03/2024

Sáng 11/7, Huyện ủy Hòa An tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2021.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 36, s36-date: a list of days gives the first ("28-7 và 29-7", "13, 14 và 15-8-2025", "13,14,15/01/2021"); days out of order give none
SELECT meeting_kind, held_on
FROM (VALUES
    ($$Trong 2 ngày 28-7 và 29-7, Đảng bộ Công an tỉnh Long An đã tổ chức thành công Đại hội đại biểu lần thứ I.$$),
    ($$Đại hội sẽ diễn ra trong các ngày 13, 14 và 15-8-2025 tại Hội trường Quân khu 7.$$),
    ($$Vào 03 ngày 13,14,15/01/2021 Đảng bộ Bệnh viện tỉnh Trà Vinh tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh.$$),
    ($$Đại hội sẽ diễn ra trong các ngày 15, 13 và 14-8-2025 tại Hội trường Quân khu 7.$$)
) AS v(body), gb_extract(body, '2025-09-10'::date);

-- stop 36, s36-date: an anniversary's span of years dates a day without a year; a conveyed plenum's agenda is no period, its year still dates the report
SELECT held_on, period_text
FROM (VALUES
    ($$Chiều ngày 12/10, Huyện ủy Gio Linh tổ chức buổi tọa đàm kỷ niệm 90 năm ngày thành lập các ban Đảng, Văn phòng huyện ủy (1930 - 2020).$$),
    ($$Sáng 6-6, Đảng ủy Quân khu tổ chức hội nghị thông báo nhanh kết quả Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XIII.

Trung tướng Nguyễn Văn An thông tin về Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng họp thông qua các nội dung: Đề cương chi tiết Báo cáo chính trị; Báo cáo tổng kết Chỉ thị số 35-CT/TW; Báo cáo kết quả công tác kiểm tra năm 2023.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 36, s36-date: the month or year naming a session or a course held is no period; a count of members' study is no meeting
SELECT meeting_kind, period_text
FROM (VALUES
    ($$Ngày 3/10/2025, Chi bộ thôn 3 tổ chức sinh hoạt chuyên đề trong kỳ sinh hoạt tháng 10-2025.$$),
    ($$Ngày 3/3/2018, BTV Thành đoàn tổ chức Hội nghị học tập, quán triệt Nghị quyết và tập huấn kỹ năng, nghiệp vụ công tác Đoàn – Hội – Đội cho cán bộ Đoàn cơ sở năm 2018.$$),
    ($$77,56% đảng viên học tập, quán triệt Nghị quyết Trung ương 4 khóa XII$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 36, s36-off: V10. "Bộ Chỉ huy quân sự tỉnh" in lower case organizes, as "Bộ Chỉ huy Quân sự tỉnh"
SELECT organizer, chairs
FROM (VALUES
    ($$Ngày 5/3/2024, Bộ Chỉ huy quân sự tỉnh tổ chức hội nghị tổng kết công tác quốc phòng. Đại tá Lê Văn Bình, Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh chủ trì.$$),
    ($$Ngày 5/3/2024, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tổng kết công tác quốc phòng. Đại tá Lê Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh chủ trì.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 37, s37-meet: W9. the article's stamp under the headline, its weekday no word, beats the portal's today above it (not a stamp after it)
SELECT published
FROM (VALUES
    ($$Thứ 7, 23/11/2024, 17:44[GMT+7]

Thái Thụy: Quán triệt các văn bản về đại hội đảng bộ các cấp

Thứ 7, 28/09/2024 | 20:56:57
1,605 lượt xem
Chiều ngày 28/9, Huyện ủy Thái Thụy tổ chức hội nghị quán triệt các văn bản về đại hội.$$),
    ($$Thứ 7, 23/11/2024, 17:44[GMT+7]

Thái Thụy: Quán triệt các văn bản về đại hội đảng bộ các cấp

Thứ 2, 25/11/2024 | 20:56:57
Chiều ngày 28/9, Huyện ủy Thái Thụy tổ chức hội nghị quán triệt các văn bản về đại hội.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 37, s37-meet: Y4. a working session attended with its other side; a bare "hội nghị" refined by the review later named of it (not another meeting's)
SELECT meeting_kind
FROM (VALUES
    ($$An Giang nâng cao chất lượng công tác hậu cần

Thứ trưởng Bùi Văn Thành phát biểu chỉ đạo tại buổi làm việc với Công an Sóc Trăng.$$),
    ($$An Giang nâng cao chất lượng công tác dân vận

Ông Lê Hồng Quang chủ trì hội nghị. Các đại biểu thảo luận.

Quang cảnh hội nghị tổng kết tại An Giang.$$),
    ($$An Giang nâng cao chất lượng công tác dân vận

Ông Lê Hồng Quang chủ trì hội nghị. Các đại biểu thảo luận.

Ông Lê Hồng Quang phát biểu tại hội nghị tổng kết năm 2023 của Tỉnh ủy.$$)
) AS v(body), gb_extract(body, NULL::date);
-- stop 37, s37-post: Z5. "Đoàn ĐBQH và HĐND tỉnh" (one agency since 2025), its office and its Party organization are one organizer, as written
SELECT organizer
FROM (VALUES
    ($$Ngày 23/6/2025, Đảng bộ Đoàn đại biểu Quốc hội và HĐND tỉnh Nghệ An tổ chức Đại hội.$$),
    ($$Ngày 23/6/2025, Đảng bộ Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh tổ chức Đại hội.$$),
    ($$Ngày 23/6/2025, Đoàn ĐBQH, HĐND tỉnh và Sở Nội vụ tổ chức hội nghị.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 37, s37-kind: a congress praised as over is no kicker; a purpose clause keeps the congress; the body after "tại kỳ họp thứ N," that decides holds it; "trong chương trình Hội nghị lần thứ N,"; "Sau 1 buổi làm việc" a duration; bare "sinh hoạt" of a cell; a place's institution before its Chi bộ
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Các đại biểu dự Hội nghị học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ UBND tỉnh lần thứ I, nhiệm kỳ 2025-2030, tại điểm cầu Trung tâm hội nghị tỉnh.

Phát biểu tại hội nghị, ông Phan Huy Ngọc, Phó Bí thư Tỉnh ủy nhấn mạnh: Đại hội đại biểu Đảng bộ UBND tỉnh lần thứ I, nhiệm kỳ 2025-2030 đã thành công tốt đẹp.$$),
    ($$Sáng 23/6, Đảng bộ Đoàn đại biểu Quốc hội tỉnh Nghệ An tổ chức Đại hội nhiệm kỳ 2025 - 2030 để tổng kết việc thực hiện Nghị quyết Đại hội nhiệm kỳ 2020 - 2025.$$),
    ($$Ngày 23/6, tại kỳ họp thứ 14, Ủy ban Kiểm tra Tỉnh ủy Nghệ An biểu quyết thi hành kỷ luật Đảng ủy Cơ quan.$$),
    ($$Chiều 29/11, trong chương trình Hội nghị lần thứ 23, Ban Chấp hành Đảng bộ tỉnh (khoá XXII) đã tổ chức trao tặng các hình thức khen thưởng cho các tập thể.$$),
    ($$Sau 1 buổi làm việc với tinh thần khẩn trương, nghiêm túc, cuối buổi chiều 17-10, Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Gia Lai nhiệm kỳ 2025-2030 đã bế mạc.$$),
    ($$Ngày 5/5/2023, Chi bộ trường Tiểu học A tổ chức sinh hoạt tháng 5 với chủ đề học tập.$$),
    ($$Vào 10 giờ ngày 28/11/2022, tại phòng 510 nhà A, Trường Đại học Tây Bắc, Chi bộ KHSK – NCCG đã tổ chức buổi sinh hoạt chuyên đề quý IV.$$)
) AS v(body), gb_extract(body, NULL::date);
-- stop 37, s37-when: Z1, ab1, ab2, Z4. Bodies listed among the areas reviewed keep the year; a date set off right after a document's number, before a subject and its meeting verb, is the meeting's in a report published within the month after it (not without a publication date); a year-less day takes the publication's year over a year of work heard; the month naming a recurring session is no period
SELECT held_on, period, period_text
FROM (VALUES
    ($$Sáng 30-1, Đảng ủy phường Hòa An tổ chức hội nghị tổng kết công tác xây dựng Đảng, chính quyền, MTTQ và các đoàn thể năm 2025, triển khai nhiệm vụ năm 2026.$$, '2026-01-31'::date),
    ($$Thực hiện Kế hoạch số 15-KH/TU, ngày 5/3/2024, Đảng ủy xã Hòa An tổ chức hội nghị quán triệt.$$, '2024-03-07'),
    ($$Thực hiện Kế hoạch số 15-KH/TU, ngày 5/3/2024, Đảng ủy xã Hòa An tổ chức hội nghị quán triệt.$$, NULL),
    ($$Sáng 28/1, Hội nghị Tỉnh ủy Hòa An lần thứ 18 tiếp tục nghe báo cáo tình hình thực hiện nhiệm vụ công tác kiểm tra, giám sát năm 2014; thảo luận, cho ý kiến về chương trình công tác năm 2015.$$, '2015-01-28'),
    ($$Ngày 15/9, Đảng ủy các cơ quan Đảng tỉnh Hòa An tổ chức Hội nghị Ban Chấp hành Đảng bộ phiên tháng 9/2025.$$, '2025-09-15')
) AS v(body, pub), gb_extract(body, pub);
-- stop 37, s37-lead: a dated lead's body briefing the press holds the report's event (no kind), not a congress announced later; "họp Kỳ thứ 28" is a "kỳ họp"
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Chiều 22.9, Tỉnh ủy Hòa An thông tin cho các cơ quan báo chí về công tác tổ chức Đại hội Đại biểu Đảng bộ tỉnh Hòa An lần thứ 1, nhiệm kỳ 2025 - 2030.

Ông Nguyễn Văn A, Trưởng Ban Tuyên giáo Tỉnh ủy thông tin, Đại hội đại biểu Đảng bộ tỉnh Hòa An lần thứ 1, nhiệm kỳ 2025 - 2030 sẽ diễn ra trong 2 ngày 2.10 và 3.10.$$, '2025-09-22'::date),
    ($$Trong các ngày 12 và 13/4, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp Kỳ thứ 28.$$, '2023-04-14')
) AS v(body, pub), gb_extract(body, pub);

-- stop 37, s37-head: an icon's text doubled ("Biểu tượng tòa soạn Tòa soạn") is a menu item, no headline; "Đăng vào <date>"
-- is a publication line; "(theo TTXVN)" credits a source, never the author; a cut line opening with a post is no byline
SELECT title, author, published
FROM (VALUES
    ($$Biểu tượng tòa soạn Tòa soạn
Biểu tượng quảng cáo Quảng cáo
Hội nghị toàn quốc tổng kết công tác tổ chức xây dựng Đảng năm 2025
Hà Lê
08/12/2025, 18:51
Sáng ngày 8/12/2025, Ban Tổ chức Trung ương tổ chức Hội nghị toàn quốc tổng kết công tác tổ chức xây dựng Đảng năm 2025.$$),
    ($$Đăng vào Thứ ba, ngày 30/07/2019
Chi bộ Hội Văn học Nghệ thuật tỉnh tổ chức sinh hoạt chuyên đề
Ngày 25/7/2019, Chi bộ Hội Văn học Nghệ thuật tỉnh tổ chức sinh hoạt chuyên đề năm 2019.$$),
    ($$Bộ Chính trị phân công nhiệm vụ

Tổng Bí thư thay mặt Bộ Chính trị đã ký quyết định về việc phân công Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư khóa XII.

TS (theo TTXVN)$$),
    ($$Hội nghị quán triệt chuyên đề năm 2023

Sáng 5/3/2023, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị quán triệt chuyên đề năm 2023.

Phó B$$)
) AS v(body), gb_extract(body, NULL::date);
-- stop 37, s37-date2: AA2, AA3, Z8, ab2. A year and the first months of the next joined by "và" are one span; the time right after a sentence-opening "Trước đó," dates background, no period; 3, 6 or 9 months reviewed without "đầu năm" are the year's first; a year of work heard before the next year's plan dates a January day after it without a publication date
SELECT held_on, period, period_text
FROM (VALUES
    ($$Ngày 5/4/2022, Ban Tuyên giáo Tỉnh ủy làm việc với Huyện ủy Phú Bình. Năm 2021 và 3 tháng đầu năm 2022, Huyện ủy Phú Bình đã tập trung lãnh đạo thực hiện nhiệm vụ.$$),
    ($$Ngày 5/4/2023, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng năm 2021 và năm 2022.$$),
    ($$Ngày 23/6/2023, tại kỳ họp thứ 14, Ủy ban Kiểm tra Tỉnh ủy Nghệ An đã xem xét, kết luận. Trước đó, tháng 4/2022, UBND xã Hải Khê có hai dự án xây lắp công trình.$$),
    ($$Sáng 26-9, Đảng ủy Các cơ quan Đảng tỉnh Gia Lai tiến hành hội nghị nhằm đánh giá tình hình thực hiện nhiệm vụ 9 tháng và đề ra nhiệm vụ trọng tâm quý IV-2025.$$),
    ($$Sáng 28/1, Hội nghị Tỉnh ủy Hòa An lần thứ 18 tiếp tục nghe báo cáo tình hình thực hiện nhiệm vụ công tác kiểm tra, giám sát năm 2014; thảo luận, cho ý kiến về chương trình công tác năm 2015.$$)
) AS v(body), gb_extract(body, NULL::date);
-- stop 37, s37-cong: AC1, AC4, AC6. A cell's congress heading its clause in lower case, or with "diễn ra" or "nhiệm kì", names the cell; a founding's date in brackets gives no year; a current-affairs briefing reviews no period its lecturer speaks of
SELECT held_on, organizer, period_text
FROM (VALUES
    ($$Vào chiều ngày 16/5/2020, Đại hội chi bộ trường THPT Ngô Gia Tự đã diễn ra thành công tốt đẹp.$$),
    ($$Ngày 27/2/2025, đại hội chi bộ trường Tiểu học Chà Là nhiệm kì 2025-2027 đã tổ chức thành công tốt đẹp!$$),
    ($$Ngày 9/10, Huyện ủy Bắc Hà tổ chức gặp mặt. Từ khi thành lập Ban cán sự Đảng huyện Bắc Hà (12/3/1950) đến nay, Đảng bộ huyện đã có 4.300 đảng viên.$$),
    ($$Sáng 12-9-2017, Thị ủy Bình Long tổ chức hội nghị thông tin thời sự lần thứ 5.
Các đại biểu đã nghe tiến sĩ A cung cấp những điểm nhấn kinh tế – xã hội 6 tháng đầu năm 2017 của Việt Nam.$$)
) AS v(body), gb_extract(body, NULL::date);
-- stop 38, s38-meet: AC5, AA7. A lead dated by "hôm nay" alone takes the day a later sentence says its meeting or one of its sittings "diễn ra"; "điểm cầu trung tâm là <name>" names the hub
SELECT held_on, time_of_day, bridge_points
FROM (VALUES
    ($$Hôm nay Chi bộ trường Tiểu học Võ Thị Sáu long trọng tổ chức Đại hội chi bộ lần thứ II, nhiệm kì 2020-2022. Và phiên chính thức diễn ra sáng ngày 21/02/2020 trong không khí trang nghiêm.$$),
    ($$Sáng 13/7/2021, Ban Dân vận Trung ương tổ chức Hội nghị trực tuyến toàn quốc sơ kết công tác dân vận. Hội nghị được tổ chức trực tuyến tại điểm cầu trung tâm là Ban Dân vận Trung ương kết nối với 63 điểm cầu các tỉnh, thành phố.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 38, s38-tidy: "nhiệm kì" read as "nhiệm kỳ" in a congress's term (its year); "buổi thông tin thời sự" a briefing as "hội nghị thông tin thời sự" is (no period of its lecturer's)
SELECT held_on, meeting_kind, period_text
FROM (VALUES
    ($$Sáng 12/3, Đại hội Đảng bộ xã Tân Lập nhiệm kì 2020 - 2025 khai mạc.$$),
    ($$Sáng 12-9-2017, Thị ủy Bình Long tổ chức buổi thông tin thời sự lần thứ 5.
Các đại biểu đã nghe tiến sĩ A cung cấp những điểm nhấn kinh tế – xã hội 6 tháng đầu năm 2017 của Việt Nam.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 38, s38-cite: ab7. "Hội nghị ... của <body> được long trọng tổ chức" with a comma inside the body's name
SELECT organizer FROM gb_extract($$Ngày 12 tháng 12 năm 2016 tại trụ sở Trung tâm, Hội nghị Tổng kết công tác Đảng 2016 và triển khai các nhiệm vụ trọng tâm năm 2017 của Chi bộ Trung tâm Thông tin Lưu trữ, địa chất được long trọng tổ chức.$$);
-- stop 38, s38-ward: ad2, ad3, ad4, ad7, ad9. A ward with its city set off by commas organizes; "Bồ Đề" is no "Bộ"; a sitting of a named congress sets its clause, "của" after a congress's number; an extended session's month and a briefing's speakers listed name no period; a lower-case "chương trình" without a number before a set-off date; a centre's name in sentence case as a bridge point
SELECT meeting_kind, held_on, organizer, period_text, bridge_points
FROM (VALUES
    ($$Ngày 1-10, phường Bình Quới, TPHCM, tổ chức Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 1 (mở rộng) nhằm sơ kết công tác 9 tháng đầu năm 2025.$$),
    ($$Phường Bồ Đề họp thống nhất các nội dung hoạt động chào mừng kỷ niệm 20 năm ngày thành lập Quận$$),
    ($$Ngày 28-8-2020, tại phiên bế mạc Đại hội đại biểu Đảng bộ huyện Cần Giờ, ông Lê Minh Dũng được bầu làm Bí thư Huyện ủy.$$),
    ($$Đại hội đại biểu lần thứ XII, nhiệm kỳ 2020 - 2025 của Đảng bộ phường Cát Dài,quận Lê Chân đã thành công tốt đẹp.$$),
    ($$Sáng ngày 31/12/2020, Đảng ủy phường Thanh Trì họp giao ban Bí thư chi bộ mở rộng tháng 01/2021. Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm 2020.$$),
    ($$Sáng 16/11/2023, Quận ủy Hai Bà Trưng tổ chức hội nghị báo cáo viên, tuyên truyền viên tháng 11.$$),
    ($$Thực hiện chương trình công tác năm 2019,ngày 01/10/2019, Ban Chấp hành Đảng bộ phường Giảng Võ đã tổ chức hội nghị sơ kết.$$),
    ($$Sáng 15/9/2022, Quận ủy Sơn Trà tổ chức hội nghị trực tuyến quán triệt Kết luận 209. Quang cảnh Hội nghị tại điểm cầu tại Trung tâm hành chính quận Sơn Trà.$$)
) AS v(body), gb_extract(body, NULL::date);
-- stop 38, s38-nat: AF4, a briefing on a plenum's results takes none of its fields; AF1, no period from a deadline, a briefing's topic or a career step
SELECT held_on, organizer, chairs, period_text
FROM (VALUES
    ($$Dự điểm cầu Hà Nội có các đồng chí: Nguyễn Hồng Diên, Ủy viên Trung ương Đảng, Phó trưởng ban Tuyên giáo Trung ương, trực tiếp làm báo cáo viên tại hội nghị; Lê Mạnh Hùng, Phó trưởng ban Tuyên giáo Trung ương, chủ trì hội nghị.

Tại hội nghị, đồng chí Nguyễn Hồng Diên đã thông tin nhanh đến các đại biểu kết quả và những nội dung cơ bản Hội nghị lần thứ 12 Ban Chấp hành Trung ương, khóa XII vừa diễn ra tại Hà Nội từ ngày 11-5 đến 14-5. Theo đó, dưới sự chủ trì của đồng chí Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng, Hội nghị lần thứ 12 đã thảo luận về Báo cáo kiểm điểm sự lãnh đạo của Bộ Chính trị năm 2019.$$),
    ($$Ngày 5/8/2022, Đoàn kiểm tra số 541 của Bộ Chính trị làm việc với Ủy ban Kiểm tra Trung ương. Đoàn kiểm tra có nhiệm vụ báo cáo kết quả kiểm tra trình Bộ Chính trị trong quý III.2022.$$),
    ($$Hôm nay 18/9/2020, Ban Tuyên giáo Trung ương tổ chức hội nghị trực tuyến toàn quốc báo cáo viên trung ương tháng 9/2020.

Hội nghị đã nghe Bộ trưởng Bộ Giáo dục và Đào tạo Phùng Xuân Nhạ báo cáo về kết quả kỳ thi THPT năm 2020, công tác tuyển sinh.$$)
) AS v(body), gb_extract(body, NULL::date);
-- stop 38, s38-plan: AE1, AE2. The day after "diễn ra vào" of a ceremony only prepared for is not the report's; "tổ chức cho <audience> học tập ..." holds the study, after a fronted "tại" place too; "tổ chức sinh hoạt kỷ niệm" is a commemoration, not a cell's monthly meeting
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Việc này nhằm chuẩn bị cho lễ kỷ niệm 130 năm ngày sinh Chủ tịch Hồ Chí Minh (19-5-1890 – 19-5-2020) diễn ra vào sáng 17-5 tại Trung tâm Hội nghị.$$),
    ($$Sáng ngày 15/7/2019, tại Bảo tàng tỉnh, Chi bộ tổ chức cho toàn thể cán bộ, đảng viên, viên chức học tập chuyên đề “Bác Hồ với Thanh Hóa”.$$),
    ($$Sáng 22/3/2025, Chi bộ thôn 3 tổ chức sinh hoạt kỷ niệm 50 năm giải phóng tỉnh Quảng Nam.$$)
) AS v(body), gb_extract(body, '2020-05-15'::date);
-- stop 38, s38-plan: AE7. "Lễ trao tặng, truy tặng huy hiệu Đảng", both verbs in the ceremony's name, is the badge ceremony
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Sáng 3/10/2022, Thành ủy Quy Nhơn tổ chức Lễ trao tặng, truy tặng huy hiệu Đảng cho đảng viên.$$)
) AS v(body), gb_extract(body, NULL::date);
-- stop 38, s38-kind2: ab8, AG5, AF11. "Hội nghị công bố (các) quyết định" is a lễ công bố, not a plenum's act after its number; the months a range after "từ" holds congresses in are no period, and a count of cells "trực thuộc" a body organizes as written; "Hội nghị Trung ương 7 khóa XII" held is the Central Committee's
SELECT meeting_kind, organizer, period_text
FROM (VALUES
    ($$Chiều 13-8, Đảng ủy Trường Đại học Tân Trào tổ chức Hội nghị công bố Quyết định thành lập Chi bộ Sinh viên.$$),
    ($$Sáng 8/10, Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5. Hội nghị đã công bố quyết định về công tác cán bộ.$$),
    ($$Từ tháng 5 đến tháng 8 năm 2022, 18 Chi bộ trực thuộc Đảng bộ Bệnh viện đã tổ chức thành công Đại hội Chi bộ nhiệm kỳ 2022 – 2025.$$),
    ($$Ngày 9/5, Hội nghị Trung ương 7 khóa XII khai mạc tại Hà Nội.$$)
) AS v(body), gb_extract(body, NULL::date);
-- stop 38, s38-ent: AG1, AG2, AG4. A congress's headline in capitals names its organization up to its number, spelt as the text spells it, and the bare previous congress's resolution is that organization's; "Viễn thông" completes its word; a cell named by two units joined by a dash
SELECT organizer, (SELECT array_agg(c.key) FROM unnest(citations) c) AS keys
FROM (VALUES
    ($$ĐẠI HỘI ĐẢNG BỘ TRƯỜNG ĐẠI HỌC TÂN LẬP LẦN THỨ V NHIỆM KỲ 2025–2030

ĐẠI HỘI ĐẢNG BỘ TRƯỜNG ĐẠI HỌC TÂN LẬP LẦN THỨ V, NHIỆM KỲ 2025–2030 THÀNH CÔNG TỐT ĐẸP!

Trong không khí thi đua sôi nổi, Đại hội Đảng bộ Trường Đại học Tân Lập lần thứ V, nhiệm kỳ 2025–2030 đã được long trọng tổ chức. Đại hội đánh giá kết quả thực hiện Nghị quyết Đại hội lần thứ IV.$$),
    ($$Trong hai ngày 26 - 27/8/2015, Đại hội đại biểu Đảng bộ Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) lần thứ XXIII, nhiệm kỳ 2015 - 2020 đã diễn ra tại Hà Nội.$$),
    ($$Ngày 12/3/2025, Chi bộ Khoa Nội - Nhi tổ chức Đại hội Chi bộ lần thứ V.$$),
    ($$Ngày 12/3/2025, Chi bộ Khoa Nội - Bệnh viện Tân Lập tổ chức Đại hội.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 38, s38-head: ad11, AC8, AE9, AF9. The headline written again with the page's stamp glued to it dates the page; a "Tiêu điểm :" ticker line is no headline; a point named with and without a level word inside its name is one; a number closing a point's name stays
SELECT title, published, bridge_points
FROM (VALUES
    (E'Sau Đà Nẵng, Hải Phòng tạm hoãn đại hội Đảng các cấp để chống dịch\nSau Đà Nẵng, Hải Phòng tạm hoãn đại hội Đảng các cấp để chống dịch27/03/2020 15:52\n\n(BVPL) - Thường trực Thành ủy Hải Phòng yêu cầu tạm hoãn tổ chức đại hội Đảng bộ các cấp.'),
    (E'Camau tv\n\nTiêu điểm : Tuần văn hóa - du lịch Mũi Cà Mau\nXây dựng Đảng - bài học lớn từ những câu chuyện nhỏ\n(CMO)Tại Hội nghị Tỉnh uỷ mở rộng lần thứ Chín của Ban Chấp hành Đảng bộ tỉnh Cà Mau, một vấn đề bức thiết đã được nêu ra.'),
    (E'Sáng 10/5/2022, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị trực tuyến. Tại điểm cầu Trường Chính trị tỉnh Ninh Thuận có 200 đại biểu dự.\nQuang cảnh Hội nghị tại điểm cầu Trường Chính trị Ninh Thuận.'),
    ($$Sáng 20/11/2025, Ban Thường vụ Thành ủy tổ chức hội nghị trực tuyến. Điểm cầu tại Trung tâm Hội nghị 272 (phường Xuân Hòa, TPHCM) có 215 đại biểu tham dự.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 38, s38-subj: AF6. A review's object joined by "và" to a body named with its level keeps the year after it
SELECT meeting_kind, period, period_text FROM gb_extract($$Sáng 10/1, Ban Nội chính Trung ương tổ chức Hội nghị tổng kết công tác ngành nội chính Đảng và Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực cấp tỉnh năm 2023, phương hướng, nhiệm vụ năm 2024.$$, '2024-01-10'::date);

-- stop 39, s39-banner: ad8. A place's dateline above the headline is no publication date; it still bounds the meeting's year
SELECT published, held_on, date_inferred FROM (VALUES
    ($$Hải Phòng, ngày 10 tháng 12 năm 2019

Đại hội đại biểu Đảng bộ Quận Ngô Quyền lần thứ 22: Quyết nghị 5 nhiệm vụ trọng tâm

Sau 3 ngày làm việc, Đại hội đại biểu Đảng bộ quận lần thứ 22 nhiệm kỳ 2015 – 2020 thành công tốt đẹp.$$),
    ($$Hải Phòng, ngày 26 tháng 02 năm 2020

Hội nghị trực tuyến quán triệt Nghị quyết số 45 của Bộ Chính trị
Ngày 11/7, Thành ủy tổ chức Hội nghị cán bộ thành phố quán triệt Nghị quyết số 45.$$),
    ($$Thứ Ba, ngày 10 tháng 12 năm 2019

Đại hội đại biểu Đảng bộ Quận Ngô Quyền lần thứ 22: Quyết nghị 5 nhiệm vụ trọng tâm

Sau 3 ngày làm việc, Đại hội đại biểu Đảng bộ quận lần thứ 22 nhiệm kỳ 2015 – 2020 thành công tốt đẹp.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 39, s39-banner: AF11. A headline's notice about a session counted reports that session
SELECT meeting_kind, organizer FROM (VALUES
    ($$Thông báo về kỳ họp thứ 2 và 3 Ủy ban Kiểm tra Trung ương

Ủy ban Kiểm tra Trung ương đã thảo luận và thông qua Chương trình công tác năm 2016.$$),
    ($$Hội nghị thông báo về kỳ họp thứ 2 của Ủy ban Kiểm tra Trung ương

Ủy ban Kiểm tra Trung ương đã thảo luận và thông qua Chương trình công tác năm 2016.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 39, s39-guide: AE3. The month of the session whose content is asked for ("đưa vào nội dung sinh hoạt chuyên đề tháng 10") is no period reviewed
SELECT meeting_kind, period, period_text FROM gb_extract($$Sáng ngày 04/10/2022, Đảng ủy cơ quan tổ chức hội nghị. Kết thúc Hội nghị, đồng chí Phạm Hồng Sơn đề nghị các chi bộ đưa vào nội dung sinh hoạt chuyên đề tháng 10 nhằm học tập, thảo luận kỹ hơn về bài báo.$$, '2022-10-05'::date);
-- stop 39, s39-role: AI1, AH3. The body after "chủ trì họp"; a meeting's agent after "do", its verb left out before the time; a body's release on its own sitting counted; a counted plenum that "tổ chức lấy phiếu tín nhiệm" (and contrasts: "dự họp", "do ... vào cuộc")
SELECT meeting_kind, organizer
FROM (VALUES
    ($$Ngày 30/3/2023, Tổng Bí thư Nguyễn Phú Trọng chủ trì họp Bộ Chính trị để xem xét, thi hành kỷ luật.$$),
    ($$Ngày 30/3/2023, Tổng Bí thư Nguyễn Phú Trọng dự họp Bộ Chính trị.$$),
    ($$Phát biểu chỉ đạo tại hội nghị tổng kết công tác xây dựng Đảng 5 năm, nhiệm kỳ 2020 – 2025 do Ban Thường vụ Tỉnh uỷ Tây Ninh vào sáng 16.3, bà Trương Thị Mai đề nghị Tây Ninh tiếp tục.$$),
    ($$Phát biểu tại hội nghị, do Ban Thường vụ Tỉnh uỷ Tây Ninh vào cuộc sớm, bà Trương Thị Mai đánh giá cao.$$),
    ($$Chiều 11-8, Ủy ban Kiểm tra (UBKT) Trung ương đã ban hành Thông cáo báo chí Kỳ họp thứ 18.$$),
    ($$Sáng 11/12, Hội nghị lần thứ 18 Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII tổ chức lấy phiếu tín nhiệm đối với các chức danh Bí thư Tỉnh ủy.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 39, s39-kind: AI7. "hội nghị triển khai quyết định ... về công tác cán bộ" is a lễ công bố; a policy's decision is not
SELECT meeting_kind, organizer FROM (VALUES
    ($$Chiều 19/7, Tỉnh ủy Bình Phước tổ chức Hội nghị triển khai Quyết định của Bộ Chính trị về công tác cán bộ.$$),
    ($$Chiều 3/10, UBND tỉnh Đồng Nai tổ chức hội nghị triển khai Quyết định số 12 về phòng, chống dịch bệnh.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 39, s39-kind: AK5. No period from a review to come, a resolution's month, the world's news a briefing conveys
SELECT meeting_kind, period_text FROM (VALUES
    ($$Ngày 19/5/2018, Đảng ủy xã Tam Giang tổ chức Lễ phát động cuộc thi. Đảng ủy xã Tam Giang sẽ tổng kết và trao giải vào cuối năm 2018.$$),
    ($$Thực hiện Nghị quyết tháng 1 của Ban chấp hành Đảng bộ bệnh viện, sáng ngày 02/02/2023, Đảng bộ Bệnh viện tổ chức học tập Nghị quyết Hội nghị Trung ương 6.$$),
    ($$Ngày 20/8, Phòng Giáo dục huyện tổ chức Hội nghị bồi dưỡng chính trị hè. Báo cáo viên truyền đạt: Tình hình quốc tế trong và ngoài nước trong 6 tháng đầu năm 2018; Nghị quyết 29.$$),
    ($$Ngày 5/9, Chi bộ thôn Tân Minh tổ chức hội nghị đánh giá kết quả thực hiện Nghị quyết tháng 8 năm 2021.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 39, s39-kind: AK4. A cell's "Hội nghị sinh hoạt chi bộ" held; a theme's quoted title dates nothing
SELECT meeting_kind, period_text FROM (VALUES
    ($$Ngày 04/9/2021, Chi bộ thôn Tân Minh, xã Vân An đã tổ chức Hội nghị sinh hoạt chi bộ thường kỳ tháng 9 và sinh hoạt chuyên đề “Công tác phát triển Đảng viên tại Chi bộ năm 2022 và những năm tiếp theo”.

Tại hội nghị, Chi ủy Chi bộ thôn Tân Minh đã thông qua kết quả công tác Đảng trong tháng 8, triển khai nhiệm vụ tháng 9 năm 2021.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 39, s39-kind: AK6. A banner's slogan quoted above the headline neither dates nor bounds the meeting
SELECT meeting_kind, held_on FROM gb_extract($$"Ngày 23/5/2021, cử tri cả nước đi bầu cử đại biểu Quốc hội khóa XV"
Học tập, quán triệt Nghị quyết Hội nghị lần thứ 6
Sáng 15-01, Đảng bộ Sở Giáo dục và Đào tạo đã tổ chức Hội nghị học tập, quán triệt Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng (Khóa XII).$$, NULL::date);

-- stop 39, s39-unit: AK2. Grassroots units in sentence case organize: a sector's union with its field in lower case after "ngành" to its level, the Youth Union's "Đoàn cơ sở" (after its committee in lower case too, the name ending before "đã"), a unit's school with its grade in lower case
SELECT organizer FROM (VALUES
    ($$Chiều 3/10, Công đoàn ngành giáo dục tỉnh tổ chức hội nghị tổng kết năm học.$$),
    ($$Sáng 16/3, Ban chấp hành đoàn cơ sở đã tổ chức Hội nghị học tập, quán triệt Nghị quyết.$$),
    ($$Sáng 16/3, Ban Chấp hành đoàn cơ sở đã họp phiên thường kỳ.$$),
    ($$Sáng 16/3, Đoàn cơ sở Bệnh viện Sản Nhi tổ chức Hội nghị học tập, quán triệt Nghị quyết.$$),
    ($$Sáng 16/3, Chi đoàn Giáo viên trường tiểu học Xóm Chiếu tổ chức buổi sinh hoạt và dâng hoa.$$),
    ($$Sáng 16/3, đoàn cơ sở tổ chức Hội nghị học tập, quán triệt Nghị quyết.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 39, s39-unit: AJ7. A bridge point named by a publisher in sentence case runs to the point's end
SELECT bridge_points FROM gb_extract($$Sáng 5/3/2025, Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt Nghị quyết. Tại điểm cầu Nhà xuất bản Chính trị quốc gia Sự thật, có các đồng chí: Nguyễn Văn An, Giám đốc.$$, NULL::date);

-- stop 39, s39-head: AH5. A province before the headline's colon is the place of the headline's bare level
SELECT meeting_kind, organizer FROM gb_extract($$Bắc Giang: Đại hội Đảng bộ tỉnh lần thứ XIX từ ngày 13 - 16/10/2020

Ban Thường vụ Tỉnh ủy vừa có thông báo về việc tổ chức Đại hội đại biểu Đảng bộ tỉnh Bắc Giang lần thứ XIX, nhiệm kỳ 2020 - 2025.$$, '2020-10-09'::date);
-- stop 39, s39-lead: AE3. The lead's date after a lower-case "cơ quan" and after a fronted clause dates the activity held; a cited document's subject names no kind, the meeting reported after it does (and contrasts)
SELECT meeting_kind, held_on, organizer
FROM (VALUES
    ($$Sáng ngày 04/10/2022, cơ quan Thanh tra tỉnh đã tổ chức học tập bài báo của Bác.$$),
    ($$Thực hiện Hướng dẫn số 01-HD/BTG ngày 28/9/2022 của Ban Tuyên giáo, ngày 04/10/2022, Thanh tra tỉnh đã tổ chức học tập bài báo của Bác.$$),
    ($$Thực hiện Hướng dẫn số 01-HD/BTG ngày 28/9/2022 của Ban Tuyên giáo, ngày 04/10/2022, Thanh tra tỉnh đã ban hành kế hoạch học tập bài báo của Bác.$$),
    ($$Thực hiện hướng dẫn số 01-HD/BTG ngày 28/9/2022 của Ban Tuyên giáo về nội dung sinh hoạt chuyên đề về học tập bài báo của Bác Hồ, sáng ngày 04/10/2022, cơ quan Thanh tra tỉnh đã tổ chức học tập bài báo của Bác.

Toàn cảnh Hội nghị

Hội nghị đã được nghe đồng chí Lê Thị Kim Oanh quán triệt về những nội dung cơ bản về bài báo.$$),
    ($$Thực hiện Hướng dẫn số 01-HD/BTG ngày 28/9/2022 của Ban Tuyên giáo về nội dung sinh hoạt chuyên đề năm 2022, sáng ngày 04/10/2022, Chi bộ Thanh tra tỉnh đã tổ chức sinh hoạt chuyên đề về bài báo của Bác.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 39, s39-head2: AH13, a markdown heading's "# " is no part of the headline; AH9, a site's "HOTLINE:" banner is no headline
SELECT title FROM gb_extract($$# Ban thường vụ tỉnh Hải Dương

Ông Lê Ngọc Châu giữ chức Bí thư Đảng uỷ UBND tỉnh Hải Dương.$$, NULL::date);
SELECT title FROM gb_extract($$ date 2026-03-03 HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO
Thời sự Chính trị

Công bố Quyết định kiểm tra, giám sát đối với Ban Thường vụ Tỉnh ủy Hưng Yên

Tr.Đức

Ngày 3-3, Đại tướng Lương Tam Quang đã chủ trì hội nghị công bố quyết định kiểm tra, giám sát.$$, NULL::date);
-- stop 39, s39-attend: AK7 and AF3. A body that attends ("tham gia", "tham dự", "dự") a meeting is no organizer, its name ending before the verb; a Tiểu ban's or a council's task runs on in lower case up to "Trung ương" (and contrasts)
SELECT organizer
FROM (VALUES
    ($$Chiều ngày 19/5/2022, Đảng ủy Sở Giáo dục và Đào tạo tham gia Hội nghị giao ban trực tuyến toàn quốc.$$),
    ($$Chiều ngày 19/5/2022, Đảng ủy Sở Giáo dục và Đào tạo dự Hội nghị giao ban trực tuyến toàn quốc.$$),
    ($$Chiều ngày 19/5/2022, Đảng ủy Sở Giáo dục và Đào tạo tổ chức Hội nghị giao ban trực tuyến toàn quốc.$$),
    ($$Tiểu ban Bảo vệ chính trị nội bộ Trung ương sơ kết 6 tháng đầu năm 2023

Sáng 20/7, tại Hà Nội, hội nghị đã diễn ra.$$),
    ($$Ngày 5/7/2023, Hội đồng Công tác quần chúng Trung ương tổ chức Hội nghị sơ kết 6 tháng.$$),
    ($$Ngày 5/7/2023, Tiểu ban Văn kiện họp bàn nghị quyết Trung ương.$$)
) AS v(body), gb_extract(body, NULL::date);
-- stop 39, s39-attend: AK7. "Đầu cầu X do A chủ trì" opening its sentence, as "tại điểm cầu X": A chairs only there, no chair of the whole meeting
SELECT chairs FROM gb_extract($$Chiều ngày 19/5/2022, Đảng ủy Sở tham gia Hội nghị giao ban trực tuyến toàn quốc. Hội nghị do đồng chí Nguyễn Trọng Nghĩa, Trưởng ban Tuyên giáo Trung ương chủ trì. Đầu cầu Đảng ủy Sở Giáo dục và Đào tạo do đồng chí Nguyễn Huỳnh Long, Phó Bí thư Đảng ủy Sở chủ trì.$$, NULL::date);

-- stop 39, the lead's last fix: a page's placeholder date in year 1 above the headline dates nothing; a real year in the text still does
SELECT held_on FROM (VALUES
    ($$Thứ Hai, ngày 01/01/0001
Hội nghị giao ban công tác xây dựng Đảng
Sáng 11/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng.$$),
    ($$Thứ Hai, ngày 01/01/0001
Hội nghị giao ban công tác xây dựng Đảng
Sáng 11/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2019.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 40, s40-list: "21 tháng 3/2020" has its year, so the range ending on it dates the meeting (probe ak 30); three weeks are a campaign's
SELECT meeting_kind, held_on FROM (VALUES
    ($$Từ ngày 13/3/2020 đến ngày 21 tháng 3/2020 các chi bộ trường học Trưng Vương, Hoa Hướng Dương và Ngô Mây của phường Thiện An đã tổ chức Đại hội chi bộ nhiệm kỳ 2020-2022 ; Qua Đại hội các chi bộ đã kiểm điểm.$$),
    ($$Từ ngày 1/3/2020 đến ngày 21 tháng 3/2020, Chi bộ A tổ chức Đại hội.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 40, s40-org: AJ6. "tập thể <body>" after a comma is its clause's subject, sitting in session: Bộ Chính trị; not one who speaks for the collective
SELECT organizer FROM (VALUES
    ($$Ngày 20/10/2017, dưới sự chủ trì của Tổng Bí thư Nguyễn Phú Trọng, tập thể Bộ Chính trị đã có buổi làm việc với Ban Thường vụ Thành ủy Hà Nội.$$),
    ($$Ngày 20/10/2017, đồng chí Nguyễn Văn An thay mặt tập thể Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy xã Tân Lập.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 40, s40-org: AH12. A congress heading its clause, classed by "là đại hội", names its own organization; not "là dịp ..."
SELECT organizer FROM (VALUES
    ($$Ngày 5/6/2020, Đại hội đại biểu Đảng bộ thành phố Hải Dương là đại hội điểm cấp trên cơ sở đầu tiên của tỉnh.$$),
    ($$Ngày 5/6/2020, Đại hội đại biểu Đảng bộ thành phố Hải Dương là dịp để đánh giá kết quả nhiệm kỳ.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 40, s40-period: AN1. "Trung ương" at the end a connection reaches ("kết nối ... điểm cầu Trung ương") is a level, no point; people placed at it still name one
SELECT bridge_points FROM (VALUES
    ($$Sáng 7/2, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết, kết nối trực tuyến từ điểm cầu Trung ương đến điểm cầu của tỉnh.$$),
    ($$Sáng 7/2, Ban Bí thư tổ chức hội nghị trực tuyến. Dự tại điểm cầu Trung ương có các đồng chí lãnh đạo.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 40, s40-period: AN2. "tổng kết công tác A, B và C năm 2025": a three-item list closed by "và" keeps the reviewed year
SELECT period_text FROM gb_extract($$Sáng 9/1/2026, Đảng ủy phường X tổ chức hội nghị tổng kết công tác xây dựng Đảng, xây dựng chính quyền và vận động nhân dân năm 2025, triển khai phương hướng nhiệm vụ năm 2026.$$, NULL::date);

-- stop 40, s40-period: AN9. "Hội nghị Báo cáo viên Trung ương toàn quốc tháng 1/2026": the briefing's month past its level and scope names it, no period; a review after it gives its own
SELECT period_text FROM (VALUES
    ($$Sáng 28/1/2026, Ban Tuyên giáo và Dân vận Trung ương tổ chức hội nghị Báo cáo viên Trung ương toàn quốc tháng 1/2026.$$),
    ($$Sáng 28/1/2026, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị Báo cáo viên Trung ương toàn quốc đánh giá kết quả tháng 12/2025.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 40, s40-period: AN3. A unit's start dated by its month ("tháng 7-2025, phường X chính thức đi vào hoạt động") is no period the meeting reviews; a span reviewed still is
SELECT period_text FROM (VALUES
    ($$Sáng 9/1/2026, Đảng ủy phường X tổ chức hội nghị tổng kết công tác năm. Được thành lập trên cơ sở sáp nhập các phường A, B, tháng 7-2025, phường X chính thức đi vào hoạt động.$$),
    ($$Sáng 9/1/2026, Đảng ủy phường X tổ chức hội nghị sơ kết hoạt động từ tháng 7/2025 đến tháng 12/2025 khi phường đi vào hoạt động.$$)
) AS v(body), gb_extract(body, NULL::date);
-- stop 40, s40-head3: AO2, the state's name and motto heading a decision copied onto a page are no headline; a headline naming the state is
SELECT title
FROM (VALUES
    ($$THỦ TƯỚNG CHÍNH PHỦ
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
----------------

Số: 719/QĐ-TTg

Hà Nội, ngày 15 tháng 06 năm 2012

QUYẾT ĐỊNH

PHÊ DUYỆT KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM NGÀY SINH

Căn cứ Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001;$$),
    ($$Cộng hòa xã hội chủ nghĩa Việt Nam tròn 80 tuổi

Sáng 2/9, Ban Thường vụ Tỉnh ủy tổ chức lễ kỷ niệm.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 40, s40-organ: a plenum that "đã hoàn thành (toàn bộ) nội dung chương trình" was held (AO5, AM2); the days in brackets after "Sau 2 ngày làm việc" (AM2); the agent after "được" (AL4); "Tỉnh Đoàn" holds congresses and a locality its people's congress (AM3); an election committee named by its task (AN5); a list of bodies longer than the look back (AM6)
SELECT held_on, organizer FROM (VALUES
    ($$Chiều 15/10/2011, Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XI đã hoàn thành toàn bộ nội dung chương trình đề ra.$$),
    ($$Sau 2 ngày làm việc (17-19/9/2025) khẩn trương, nghiêm túc, Đại hội đại biểu Đảng bộ tỉnh lần thứ XV đã bế mạc.$$),
    ($$Đó là chỉ đạo của đồng chí Huỳnh Lữ Tân tại Hội nghị giao ban tháng 5/2023 với các chi, đảng bộ trực thuộc Đảng bộ TP Tuy Hòa vừa được Thành ủy tổ chức.$$),
    ($$Ngày 9/8/2017, Đại hội Tỉnh Đoàn Lào Cai lần thứ XIII nhiệm kỳ 2017-2022 diễn ra phiên trọng thể.$$),
    ($$Ngày 30/9/2025, tỉnh Hà Giang đã tổ chức Đại hội thi đua yêu nước lần thứ VI (2020-2025).$$),
    ($$Sáng 13/2/2026, Ủy ban Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân Thành phố Hồ Chí Minh nhiệm kỳ 2026-2031 tổ chức Phiên họp thứ VI.$$),
    ($$Báo Yên Bái giới thiệu bài phát biểu của đồng chí Đỗ Đức Duy - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Yên Bái tại Lễ kỷ niệm, tổ chức sáng 9/6/2018.
Kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948- 11/6/2018), hôm nay, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Yên Bái long trọng tổ chức Lễ kỷ niệm 70 năm.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 40, s40-organ: AO10b. "Bộ phận giúp việc" heads a part of the committee named after it
SELECT organizer FROM gb_extract($$Ngày 1/4/2015, Bộ phận giúp việc Ban Thường vụ Huyện uỷ đã tổ chức hội nghị xét duyệt.$$, NULL::date);
-- stop 40, s40-kind2: AL1. A dated lead's bare "đã họp báo" beats a headline's congress days "diễn ra" (and the congress alone keeps them)
SELECT meeting_kind, held_on, organizer FROM (VALUES
    ($$Đại hội Đảng bộ tỉnh Ninh Thuận diễn ra từ ngày 26 – 28/10

GD&TĐ - Ngày 15/10, Ban Tuyên giáo Tỉnh ủy Ninh Thuận đã họp báo thông tin về Đại hội Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 – 2025.$$),
    ($$Đại hội Đảng bộ tỉnh Ninh Thuận diễn ra từ ngày 26 – 28/10

Đại hội Đảng bộ tỉnh lần thứ XIV có 349 đại biểu chính thức tham dự.$$)
) AS v(body), gb_extract(body, '2020-10-15'::date);
-- stop 40, s40-kind2: AL6, AO8, AO1. The purpose "để quán triệt" of the undated lead's "Hội nghị" under a headline's bare noun; a kind after "hướng dẫn (việc) (tiến hành)" is the topic; an undated "đã tổ chức kiểm điểm" by the body opening the line (and contrasts)
SELECT meeting_kind, organizer FROM (VALUES
    ($$Tỉnh ủy tổ chức hội nghị trực tuyến quán triển triển khai chỉ thị 45

Tỉnh ủy Đắk Lắk vừa tổ chức Hội nghị trực tuyến với 15 điểm cầu của các huyện, thị xã và thành phố để quán triệt và triển khai thực hiện Chỉ thị số 45 của Bộ Chính trị.$$),
    ($$Tin hoạt động
Tỉnh ủy Đắk Lắk vừa tổ chức Hội nghị Ban Chấp hành lần thứ 2 nhằm đánh giá tình hình; đồng thời quán triệt Chỉ thị số 45.$$),
    ($$Tin hoạt động
Ngày 5/3, Bộ Chính trị tổ chức Hội nghị cán bộ toàn quốc hướng dẫn việc tiến hành kiểm điểm tự phê bình và phê bình theo Nghị quyết Trung ương 4.$$),
    ($$Tin hoạt động
Ngày 5/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị kiểm điểm tự phê bình và phê bình.$$),
    ($$Nghiêm túc, thẳng thắn và trách nhiệm

Ban Thường vụ Tỉnh ủy Bắc Ninh đã tổ chức kiểm điểm, tự phê bình và phê bình theo Nghị quyết Trung ương 4. Các đồng chí Ủy viên Ban Thường vụ đã nghiêm túc tự phê bình.$$),
    ($$Nghiêm túc, thẳng thắn và trách nhiệm

Ban Thường vụ Tỉnh ủy Bắc Ninh đã tổ chức triển khai Nghị quyết Trung ương 4. Các đồng chí Ủy viên Ban Thường vụ đã nghiêm túc tự phê bình.$$)
) AS v(body), gb_extract(body, NULL::date);
-- stop 40, s40-kind2: AL10. The foreign work's tasks joined to the world's news a briefing conveys give no period; results reviewed still do
SELECT period_text FROM (VALUES
    ($$Tham dự hội nghị tại điểm cầu của tỉnh có các đồng chí báo cáo viên.
Hội nghị đã nghe lãnh đạo Bộ Ngoại giao thông tin về “Tổng quan tình hình thế giới và hoạt động đối ngoại của Đảng, Nhà nước năm 2019; dự báo tình hình thế giới và nhiệm vụ công tác đối ngoại năm 2020”.$$),
    ($$Tham dự hội nghị tại điểm cầu của tỉnh có các đồng chí báo cáo viên.
Hội nghị đánh giá kết quả thực hiện nhiệm vụ công tác năm 2019.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 40, s40-people: AL7 a bridge point after the chair's comma with its own "do B chủ trì": the first chairs the meeting, B co-chairs at his point
SELECT chairs FROM gb_extract($$Sáng 10/3, Tỉnh ủy Đắk Lắk tổ chức Hội nghị trực tuyến quán triệt Chỉ thị 45. Hội nghị do đồng chí Phạm Minh Tấn, Phó Bí thư Thường trực Tỉnh ủy chủ trì, tại điểm cầu huyện Lăk hội nghị do đồng chí Võ Ngọc Tuyên, tỉnh ủy viên, Bí thư Huyện ủy chủ trì.$$, NULL::date);
SELECT name, roles FROM gb_officials($$Sáng 10/3, Tỉnh ủy Đắk Lắk tổ chức Hội nghị trực tuyến quán triệt Chỉ thị 45. Hội nghị do đồng chí Phạm Minh Tấn, Phó Bí thư Thường trực Tỉnh ủy chủ trì, tại điểm cầu huyện Lăk hội nghị do đồng chí Võ Ngọc Tuyên, tỉnh ủy viên, Bí thư Huyện ủy chủ trì.$$);

-- stop 40, s40-tidy: a dated lead's subject may open with any lower-case unit noun ("đơn vị"), not only "cơ quan"; no body's name after it, no meeting
SELECT held_on, organizer FROM (VALUES
    ($$Sáng ngày 04/10/2022, đơn vị Thanh tra tỉnh đã tổ chức học tập bài báo của Bác.$$),
    ($$Sáng ngày 04/10/2022, đơn vị báo chí đưa tin về bài báo của Bác.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 40, s40-tidy: a province before the headline's colon is the place of any organizer ending in its bare level; not a city's before "tỉnh"
SELECT organizer FROM (VALUES
    ($$Bắc Giang: Đại hội đại biểu Hội Nông dân tỉnh lần thứ X ngày 13/10/2021

Tin Tức

Ban Thường vụ Tỉnh ủy vừa có thông báo.$$),
    ($$Hà Nội: Đại hội đại biểu Hội Nông dân tỉnh lần thứ X ngày 13/10/2021

Tin Tức

Ban Thường vụ Thành ủy vừa có thông báo.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 40, s40-key: AM4. A place's syllable folding as "Sở" ("xã Huổi Só") heads no body of a list
SELECT organizer FROM (VALUES
    ($$Ngày 07/12, Tại xã Huổi Só, UBND huyện Tủa Chùa đã tổ chức lễ công bố quyết định.$$),
    ($$Ngày 07/12, Sở Nội vụ, UBND huyện Tủa Chùa đã tổ chức lễ công bố quyết định.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 41, s41-period: AR1. A monthly briefing's month past "trực tuyến", and a plenum's month in brackets, are no period
SELECT held_on, period_text FROM (VALUES
    ($$Sáng 5-6, Ban Tuyên giáo Trung ương tổ chức Hội nghị báo cáo viên trực tuyến toàn quốc tháng 6/2019.$$, '2019-06-05'::date),
    ($$Sáng 29/6, Bộ Chính trị tổ chức Hội nghị tổng kết 10 năm công tác phòng, chống tham nhũng. Hội nghị Trung ương 5 khóa XI (tháng 5/2012) đã quyết định thành lập Ban Chỉ đạo.$$, '2022-06-29'),
    ($$Sáng 29/6, Tỉnh ủy tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm (từ tháng 1 đến tháng 6/2022).$$, '2022-06-29')
) AS v(body, published), gb_extract(body, published);

-- stop 41, s41-misc: AR3. "trực tuyến" of many meetings through their form ("nhiều Hội nghị với các hình thức ..., cả trực tiếp và trực tuyến") is not the session's; the meeting reported in that form is online
SELECT online FROM (VALUES
    ($$Sáng 9/8, Bộ Chính trị họp phiên thường kỳ. Bộ Chính trị đã tổ chức, triển khai nhiều Hội nghị với các hình thức linh hoạt, cả trực tiếp và trực tuyến.$$),
    ($$Sáng 9/8, Tỉnh ủy tổ chức Hội nghị với hình thức trực tiếp kết hợp trực tuyến.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 41, s41-misc: AR8. A blog's contact and account banner ("Liên hệ số di động/zalo: 0979766122 ...") is no headline
SELECT title FROM gb_extract($$Liên hệ số di động/zalo: 0979766122 NGUYEN QUANG ANH Hỗ trợ cho tôi theo Số tài khoản: 0979766122 Vietinbank
Tại kỳ họp 26 vừa diễn ra, Ủy ban Kiểm tra Trung ương đã quyết định thi hành kỷ luật.$$, NULL::date);

-- stop 41, s41-misc: AR7. Points named after a class of them counted, after "gồm:" or in brackets; a colon's list without "và" runs to its sentence's end
SELECT bridge_points FROM (VALUES
    ($$Sáng 30/6, Bộ Chính trị tổ chức Hội nghị tổng kết. Hội nghị được truyền trực tuyến tới điểm cầu ở 4 ban, bộ, ngành Trung ương, gồm: Ủy ban Kiểm tra Trung ương, Bộ Công an, Bộ Quốc phòng, Kiểm toán nhà nước.$$),
    ($$Sáng 30/6, Bộ Chính trị tổ chức Hội nghị tổng kết. Hội nghị được truyền trực tuyến tới điểm cầu ở 3 ban, bộ, ngành Trung ương (Ủy ban Kiểm tra Trung ương, Bộ Công an, Bộ Tư pháp) và 63 tỉnh, thành ủy.$$),
    ($$Sáng 30/6, Bộ Chính trị tổ chức Hội nghị tổng kết tại 3 điểm cầu: Hội trường Quận ủy, Bộ Công an, Bộ Quốc phòng.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 41, s41-org: AS1. A working session's body after a fronted place, a reporting frame, with an alias in brackets
SELECT organizer FROM (VALUES
    ($$Chiều 27-9, tại Trụ sở Trung ương Đảng, Bộ Chính trị có buổi làm việc với Ban Thường vụ Tỉnh ủy Thanh Hóa.$$),
    ($$Ngày 26/2, Tỉnh ủy Thanh Hóa thông tin, Đoàn kiểm tra số 15 của Bộ Chính trị đã có buổi làm việc với Ban Thường vụ Tỉnh ủy.$$),
    ($$Sáng 18-11, Đoàn Kiểm tra số 542 của Ban Bí thư (gọi tắt là Đoàn Kiểm tra số 542) đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Thanh Hóa.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 41, s41-org: AS5, AP8, aq X3, AS11. A congress's organization attended, announcing, named in full after a bare level; a campaign's steering committee
SELECT organizer FROM (VALUES
    ($$Sáng 17/10, Thủ tướng Nguyễn Xuân Phúc tới dự khai mạc Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XIX.$$),
    ($$Chiều 16-10, Đại hội Đảng bộ tỉnh Trà Vinh đã công bố kết quả bầu Ban Chấp hành.$$),
    ($$Ngày 24/7, Đảng bộ Công an tỉnh long trọng tổ chức Đại hội đại biểu Đảng bộ Công an tỉnh Phú Thọ lần thứ I.$$),
    ($$Ngày 10-12, Ban Chỉ đạo Cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh" tỉnh Thừa Thiên - Huế tổ chức hội nghị tổng kết.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 41, s41-held: AS2. A plenum counted "họp ngày D" is held that day by its committee
SELECT held_on, organizer FROM (VALUES
    ($$Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh (khóa XVI) họp ngày 26/4/2022 đã thảo luận Tờ trình về xây dựng kết cấu hạ tầng.$$),
    ($$Ban Thường vụ Tỉnh ủy đã thống nhất lịch họp ngày 26/4/2022 để xem xét kỷ luật.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 41, s41-held: AP1. A source's date for a meeting "vừa" held is the notice's, not the meeting's
SELECT held_on, time_of_day, organizer FROM (VALUES
    ($$Chiều 24/5, thông tin từ Tỉnh ủy An Giang cho biết, Ban Thường vụ Tỉnh ủy vừa tổ chức họp xem xét kỷ luật.$$),
    ($$Chiều 24/5, Ủy ban Kiểm tra Tỉnh ủy cho biết, Ban Thường vụ Tỉnh ủy đã tổ chức họp xem xét kỷ luật.$$)
) AS v(body), gb_extract(body, '2024-05-24'::date);

-- stop 41, s41-held: AR2, AP2. A planned anniversary's span and an aim's "vào năm ... và" give no year
SELECT held_on FROM (VALUES
    ($$Ngày 6.4, Ban Tuyên giáo Trung ương tổ chức Hội nghị quán triệt các quy định mới; xây dựng kế hoạch kỷ niệm 100 năm Ngày Báo chí Cách mạng Việt Nam (21.6.1925 – 21.6.2025).$$),
    ($$Ngày 6.4, Ban Tuyên giáo Trung ương tổ chức Hội nghị quán triệt các quy định mới; kỷ niệm 100 năm Ngày Báo chí Cách mạng Việt Nam (21.6.1925 – 21.6.2025).$$),
    ($$Ngày 16/10, Tỉnh ủy Long An tổ chức họp báo. Tỉnh đặt ra mục tiêu giữ vững vị trí dẫn đầu khu vực Đồng bằng sông Cửu Long (ĐBSCL) vào năm 2025 và trở thành tỉnh khá.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 41, s41-held: AR9. VTV's byline stamp "names-Thứ ba, ngày D HH:MM GMT+7" is the publication
SELECT published, author FROM (VALUES
    ($$Họp phiên thứ nhất Tiểu ban

Ngọc Hà, Đình Hưng-Thứ ba, ngày 07/02/2023 19:02 GMT+7

Chiều 7/2, Tỉnh ủy X tổ chức hội nghị.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 41, s41-kind: AS6. A congress only prepared for well, or announced in a headline over a chaired working session, is not the meeting
SELECT meeting_kind, organizer FROM (VALUES
    ($$Các Đảng bộ, chi bộ trực thuộc Đảng bộ Đô Lương chuẩn bị tốt Đại hội nhiệm kỳ 2020- 2025

Thưa quý vị và các bạn!$$),
    ($$Đại hội Công đoàn Hà Tĩnh lần thứ 18 sẽ diễn ra vào tháng 1.2018

Bí thư Tỉnh ủy Hà Tĩnh Lê Đình Sơn chủ trì buổi làm việc của Thường trực Tỉnh ủy Hà Tĩnh về công tác chuẩn bị Đại hội Công đoàn Hà Tĩnh lần thứ XVIII.$$),
    ($$Đại hội Công đoàn Hà Tĩnh lần thứ 18 đã diễn ra thành công

Bí thư Tỉnh ủy Hà Tĩnh Lê Đình Sơn chủ trì buổi làm việc của Thường trực Tỉnh ủy Hà Tĩnh về công tác chuẩn bị Đại hội Công đoàn Hà Tĩnh lần thứ XVIII.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 41, s41-kind: AP7. A sapo of the congress's planned days between the headline and a dated briefing
SELECT meeting_kind, held_on, organizer FROM (VALUES
    ($$Đại hội đại biểu Đảng bộ tỉnh Bạc Liêu sẽ diễn ra từ ngày 27-30/10

PV (Báo Bạc Liêu)

Đại hội Đảng bộ tỉnh Bạc Liêu lần thứ XV, nhiệm kỳ 2015 – 2020 sẽ diễn ra từ ngày 27 đến ngày 30/10/2015. Đây là thông tin được đưa ra tại buổi họp báo.

Ngày 23/10, Tiểu ban tuyên truyền Đại hội Đảng bộ tỉnh lần thứ XV tổ chức họp báo về Đại hội đại biểu Đảng bộ tỉnh Bạc Liêu lần thứ XV.

Đại hội sẽ tiến hành phiên trù bị 1 buổi, vào lúc 13 giờ 30, ngày 27/10/2015 và chính thức khai mạc vào 8 giờ, ngày 28/10/2015 tại Trung tâm Văn hóa tỉnh.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 41, s41-kind: AS7. Captions of attendance give the kind of a meeting a body is found holding
SELECT meeting_kind, organizer FROM (VALUES
    ($$Tin vắn

Các đại biểu dự Hội nghị học tập, quán triệt và triển khai Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX. Ảnh: Thành Duy

Cán bộ, công chức tham dự Hội nghị học tập, quán triệt và triển khai Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX tại điểm cầu do Đảng ủy Khối Các cơ quan tỉnh tổ chức. Ảnh: Quốc Đạt$$),
    ($$Tin vắn

Các đại biểu dự Hội nghị học tập, quán triệt và triển khai Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX. Ảnh: Thành Duy$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 41, s41-org2: AR10. A sitting's days in brackets and "vừa diễn ra" after its bare number keep the body in session
SELECT meeting_kind, organizer FROM (VALUES
    ($$Tại kỳ họp 26 vừa diễn ra (từ ngày 20 đến 21/2), Ủy ban Kiểm tra Trung ương đã quyết định thi hành kỷ luật.$$),
    ($$Tại kỳ họp vừa diễn ra (từ ngày 20 đến 21/2), Ủy ban Kiểm tra Trung ương đã quyết định thi hành kỷ luật.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 41, s41-org2: AR10. An outlet's domain "VTV.vn -" opening the lead is its tag
SELECT source, meeting_kind, organizer FROM gb_extract($$Họp phiên thứ nhất Tiểu ban Bảo vệ chính trị nội bộ Trung ương

VTV.vn - Phiên họp thứ Nhất năm 2023 của Tiểu ban Bảo vệ chính trị nội bộ Trung ương vừa diễn ra chiều 7/2.

Bà Trương Thị Mai chủ trì hội nghị.$$, '2023-02-07'::date);

-- stop 41, s41-org2: as 36. "chủ trì buổi làm việc của X" gives X; "với X", the partner, none
SELECT meeting_kind, organizer FROM (VALUES
    ($$Đại hội Công đoàn Hà Tĩnh lần thứ 18 sẽ diễn ra vào tháng 1.2018

Bí thư Tỉnh ủy Hà Tĩnh Lê Đình Sơn chủ trì buổi làm việc của Thường trực Tỉnh ủy Hà Tĩnh về công tác chuẩn bị Đại hội Công đoàn Hà Tĩnh lần thứ XVIII.$$),
    ($$Đại hội Công đoàn Hà Tĩnh lần thứ 18 sẽ diễn ra vào tháng 1.2018

Bí thư Tỉnh ủy Hà Tĩnh Lê Đình Sơn chủ trì buổi làm việc với Công đoàn tỉnh về công tác chuẩn bị Đại hội.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 41, s41-org2: AS3. Deputies meeting their voters, told by the act, hold it; a deputy by name none
SELECT meeting_kind, organizer FROM (VALUES
    ($$Sáng 18/12, Đoàn Đại biểu Quốc hội tỉnh Quảng Trị tiếp xúc cử tri tại phường Đông Hà.$$),
    ($$Sáng 18/12, đại biểu Nguyễn Văn An tiếp xúc cử tri tại phường Đông Hà.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 41, s41-chair: AP3 one who "chủ trì kỳ họp ..." of another body chairs no hội nghị (contrast: the session reported); AL11 "điểm cầu Bộ phận ..." not cut at "Bộ"
SELECT meeting_kind, chairs, bridge_points FROM (VALUES
    ($$Ngày 8.12, Ban Thường vụ Tỉnh ủy An Giang tổ chức hội nghị xem xét, thi hành kỷ luật đối với ông Trần Phước Lĩnh. Trước đó, ông Võ Minh Hoàng, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy An Giang, đã chủ trì kỳ họp lần thứ 2 của Ủy ban Kiểm tra Tỉnh ủy An Giang.$$),
    ($$Sáng 5/12, Ủy ban Kiểm tra Tỉnh ủy An Giang tổ chức kỳ họp thứ 2. Ông Võ Minh Hoàng, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, đã chủ trì kỳ họp lần thứ 2 của Ủy ban Kiểm tra Tỉnh ủy An Giang.$$),
    ($$Sáng 5/3, Tỉnh ủy Gia Lai tổ chức hội nghị trực tuyến quán triệt Nghị quyết, kết nối trực tuyến đến điểm cầu Bộ phận thường trực khu vực phía Tây tỉnh và 135 điểm cầu xã, phường.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 41, s41-days: AS13. held_on is the first day of several: a sentence counting the meeting's working days up to its day dates it back to the first ("bước sang ngày làm việc thứ ba" on 2/10 → 30/9; "Sau 3 ngày diễn ra ..., sáng 2/10 Đại hội ... đã thành công" → 30/9); a congress opening on its day, and a visit's working day, keep it
SELECT meeting_kind, held_on FROM (VALUES
    ($$Tin hoạt động
Sáng 2/10/2025, tại Trung tâm Văn hóa tỉnh, Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX, nhiệm kỳ 2025-2030 bước sang ngày làm việc thứ ba và tiến hành phiên bế mạc.$$),
    ($$Tin hoạt động
Sau 3 ngày diễn ra với tinh thần khẩn trương, khoa học, nghiêm túc, sáng 2/10/2025 Đại hội Đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX, nhiệm kỳ 2025-2030 đã thành công tốt đẹp.$$),
    ($$Tin hoạt động
Sáng 2/10/2025, Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX, nhiệm kỳ 2025-2030 khai mạc.$$),
    ($$Tin hoạt động
Ngày 5/10/2025, trong ngày làm việc thứ hai tại huyện, Đoàn công tác của Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Minh Sơn.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 41, s41-days: AS4. A bare year right after the work reviewed ("đánh giá tình hình thực hiện nhiệm vụ 2014") is the period, as "nhiệm vụ năm 2014" is; the work planned ("triển khai phương hướng, nhiệm vụ 2015") gives none
SELECT period, period_text FROM (VALUES
    ($$Tin hoạt động
Ngày 17-12-2014, Thành ủy Huế tổ chức hội nghị Ban chấp hành Đảng bộ lần thứ 20, khóa X, nhằm đánh giá tình hình thực hiện nhiệm vụ 2014 và triển khai phương hướng, kế hoạch 2015.$$),
    ($$Tin hoạt động
Ngày 17-12-2014, Thành ủy Huế tổ chức hội nghị Ban chấp hành Đảng bộ lần thứ 20, khóa X, nhằm triển khai phương hướng, nhiệm vụ 2015.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 42, s42-held: AU10, AU11, AU12. A scope word only in a sentence naming a meeting ("4% GDP cả nước" none; "63 điểm cầu trên cả nước" the meeting's); "sinh hoạt Chuyên đề quý I/2025" names the session (no period; its year dates "Chiều 23/1"); "Hội nghị lần thứ 44 của Ban Chấp hành ..." held by that body
SELECT scope FROM (VALUES
    ($$Đến năm 2020, Bà Rịa-Vũng Tàu đóng góp khoảng 4% GDP cả nước

Ngày 14/7/2020, Tỉnh ủy Bà Rịa-Vũng Tàu tổ chức hội nghị tổng kết.$$),
    ($$Ngày 14/7/2020, Tỉnh ủy X tổ chức hội nghị tổng kết. Hội nghị được kết nối trực tuyến đến 63 điểm cầu trên cả nước.$$)
) AS v(body), gb_extract(body, NULL::date);
SELECT held_on, period, period_text FROM gb_extract($$Chiều 23/1, Đảng bộ cơ quan Tỉnh đoàn tổ chức Họp mặt kỷ niệm 95 năm Ngày thành lập Đảng và sinh hoạt Chuyên đề quý I/2025 với chủ đề “Tuổi trẻ vững tin theo Đảng”.$$, NULL::date);
SELECT meeting_kind, organizer FROM gb_extract($$Ngày 5/3/2025, Hội nghị lần thứ 44 của Ban Chấp hành Đảng bộ tỉnh Tây Ninh thảo luận, cho ý kiến về phương án sắp xếp tổ chức bộ máy.$$, NULL::date);

-- stop 42, s42-left: "Tổ đại biểu Quốc hội/HĐND tỉnh X" holds its meeting with voters (not the council); a dated lead's "chủ trì buổi làm việc của X" names X (contrast: "với" the partner)
SELECT meeting_kind, organizer FROM (VALUES
    ($$Sáng 18/12, Tổ đại biểu Quốc hội tỉnh Quảng Trị tiếp xúc cử tri tại phường Đông Hà.$$),
    ($$Sáng 18/12, Tổ đại biểu HĐND tỉnh Cà Mau tiếp xúc cử tri sau Kỳ họp thứ 5.$$),
    ($$Sáng 5/3/2024, Bí thư Tỉnh ủy Hà Tĩnh Lê Đình Sơn chủ trì buổi làm việc của Thường trực Tỉnh ủy với Công đoàn tỉnh về công tác chuẩn bị Đại hội.$$),
    ($$Sáng 5/3/2024, Bí thư Tỉnh ủy Hà Tĩnh Lê Đình Sơn chủ trì buổi làm việc với Công đoàn tỉnh về công tác chuẩn bị Đại hội.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 42, s42-nomeet: AU8 a congress heading its sentence after a crawl tag holds its agenda's review ("Đại hội thực hiện ... tổng kết" → đại hội; contrast: a body's review held keeps `tổng kết`)
SELECT meeting_kind, held_on FROM (VALUES
    ($$ date 2025-09-29 Đại hội thực hiện 2 nội dung gồm tiến hành tổng kết thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025. Đại hội diễn ra trong 2 ngày 29 và 30/9.$$),
    ($$ date 2025-09-29 Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết thực hiện Nghị quyết số 18-NQ/TW. Hội nghị diễn ra ngày 29/9.$$)
) AS v(body), gb_extract(body, '2025-09-29'::date);

-- stop 42, s42-nomeet: AW2 the congress that adopted the Statute in a fronted "Căn cứ" clause is background (→ lễ; contrast: a resolution passed, told on its own, keeps đại hội); AV1 a plenum that "ban hành" a document on a day, and a day right after "được ban hành vào", date no meeting (contrast: the plenum closed); the acts "nâng cao chất lượng" betters are no meeting (contrast: a quán triệt held)
SELECT meeting_kind, held_on FROM (VALUES
    ($$Căn cứ Điều lệ Đảng Cộng sản Việt Nam được đại hội đại biểu toàn quốc lần thứ XI của Đảng thông qua ngày 19/11/2011. Ngày 29/12/2018, Chi bộ trường THCS Ba Đình tổ chức lễ kết nạp cho quần chúng Nguyễn Thị Mai Anh vào Đảng.$$),
    ($$Ngày 15/10/2020, Nghị quyết được Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII thông qua với 100% đại biểu tán thành.$$),
    ($$Ngày 25-10-2021, Hội nghị lần thứ 4 Ban chấp hành Trung ương khóa XIII ban hành Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn đảng.$$),
    ($$Ngày 25-10-2021, Hội nghị lần thứ 4 Ban chấp hành Trung ương khóa XIII đã bế mạc.$$),
    ($$Quy định số 131-QĐ/TW về kiểm soát quyền lực, được ban hành vào ngày 27/10/2023, đã mang lại nhiều điểm mới. Đây là quy định mới được ban hành sau Đại hội XIII của Đảng.$$),
    ($$Nâng cao chất lượng nghiên cứu, học tập, quán triệt nghị quyết của Đảng
Thời gian qua, các chi bộ đã có nhiều đổi mới.$$),
    ($$Ngày 5/3/2024, Huyện ủy tổ chức hội nghị quán triệt nghị quyết về nâng cao chất lượng sinh hoạt chi bộ.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 42, s42-org: AT2, AT4. The body after "của" a chaired meeting noun holds it ("chủ trì cuộc họp của Thường trực Tỉnh ủy"); bodies chosen to hold a congress ("đã chọn Đảng bộ xã A, Đảng bộ B tổ chức đại hội thí điểm") hold none
SELECT meeting_kind, organizer FROM (VALUES
    ($$Ngày 21/2, đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, chủ trì cuộc họp của Thường trực Tỉnh ủy để nghe và cho ý kiến về công tác phòng, chống dịch Covid-19.$$),
    ($$Ban Thường vụ Huyện ủy đã chọn Đảng bộ xã Hải Trung, Đảng bộ Bệnh viện Đa khoa huyện tổ chức đại hội thí điểm bầu trực tiếp bí thư tại đại hội.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 42, s42-org: AU2, AV4. A locality with its city in brackets holds its congress, a bare "Đảng bộ" the locality's; a body after a place's own words after "tại" is the place's; a meeting held second after "và"; a steering committee by "của" its body, its task's review no kind; its head alone cut by a task gives none
SELECT meeting_kind, organizer FROM (VALUES
    ($$Sáng 12/8, phường Xuân Hòa (TPHCM) tổ chức Đại hội đại biểu Đảng bộ lần thứ I, nhiệm kỳ 2025-2030.$$),
    ($$Chiều 23/1, tại Nông trường Đội Thanh niên Xung phong, xã An Thái, huyện Phú Giáo, Đảng bộ cơ quan Tỉnh đoàn Bình Dương tổ chức Họp mặt kỷ niệm 95 năm Ngày thành lập Đảng.$$),
    ($$Sáng nay (01.8), Ban Tuyên giáo Tỉnh uỷ tổ chức về nguồn dâng hương tại Khu di tích lịch sử Nhà bia kỷ niệm nơi làm việc của Ban Tuyên huấn Trung ương Cục miền Nam, thời kỳ 1961-1975 và họp mặt kỷ niệm 93 năm Ngày Truyền thống Ngành Tuyên giáo của Đảng.$$),
    ($$Chiều tối 6/10, tại Trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính chủ trì họp Ban Chỉ đạo của Chính phủ về tổng kết Nghị quyết số 18-NQ/TW về sắp xếp đơn vị sự nghiệp công lập.$$),
    ($$Ngày 22/10, tại Trụ sở Trung ương Đảng, Thường trực Ban Bí thư Trần Cẩm Tú chủ trì họp Ban Chỉ đạo xây dựng Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Trung ương khóa XIII trình Đại hội XIV của Đảng.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 42, s42-tidy: a wrapped headline under an outlet's tag ("(TTV) ...") is joined up to 80 words of its own, the tag's not counted (two lines of 40 words each)
SELECT length(title) AS title_length, source FROM gb_extract($$(TTV) HỘI NGHỊ TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG VÀ PHÁT TRIỂN KINH TẾ XÃ HỘI VÀ PHÁT TRIỂN KINH TẾ XÃ HỘI VÀ PHÁT TRIỂN KINH TẾ XÃ HỘI VÀ PHÁT TRIỂN KINH TẾ XÃ HỘI CỦA TỈNH TA
GẮN VỚI VÀ PHÁT TRIỂN KINH TẾ XÃ HỘI VÀ PHÁT TRIỂN KINH TẾ XÃ HỘI VÀ PHÁT TRIỂN KINH TẾ XÃ HỘI VÀ PHÁT TRIỂN KINH TẾ XÃ HỘI VÀ PHÁT TRIỂN KINH TẾ XÃ HỘI NĂM NAY QUA

Sáng 5/3, Tỉnh ủy tổ chức hội nghị tổng kết công tác.$$, '2025-03-06'::date);

-- stop 42, s42-tidy: a point's lower-case remark in brackets ("(cũ)") does not end a list of points
SELECT bridge_points FROM (VALUES
    ($$Sáng 30/6, Bộ Chính trị tổ chức Hội nghị tổng kết tại 3 điểm cầu: Hội trường xã Phú An, Hội trường Huyện ủy Tân Lập (cũ), Hội trường xã Bình Minh.$$),
    ($$Sáng 30/6, Bộ Chính trị tổ chức Hội nghị tổng kết tại 3 điểm cầu: Hội trường xã Phú An, Hội trường xã Bình Minh, Hội trường Huyện ủy Tân Lập (tỉnh Nam Định).$$)
) AS v(body), gb_extract(body, '2022-06-30'::date);

-- stop 42, s42-orgname: AW1. A unit's "số N", a field word before a spaced dash, a school's grades listed with commas, and "tại <place>" before the verb stay with the organizer's name; a document's "số 12 ngày ..." stays no part of its issuer
SELECT meeting_kind, organizer FROM (VALUES
    ($$Ngày 5/9/2025, Chi bộ số 12 tổ chức lễ kết nạp đảng viên mới.$$),
    ($$Ngày 5/9/2025, Đảng bộ Đội Công binh số 3 tại Phái bộ Gìn giữ hòa bình Liên hợp quốc UNISFA đã tổ chức Lễ kết nạp đảng viên.$$),
    ($$Ngày 5/9/2025, Chi bộ Truyền thông - Môi trường tổ chức sinh hoạt chuyên đề.$$),
    ($$Ngày 5/9/2025, Chi bộ trường TH, THCS, THPT Khương Hạ long trọng tổ chức Lễ kết nạp đảng viên.$$),
    ($$Căn cứ Kế hoạch của Đảng ủy xã Tân Lập số 12 ngày 3/9/2025 về công tác phát triển đảng viên, Chi bộ thôn 3 tổ chức lễ kết nạp đảng viên.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 42, s42-orgname: AV6. "Chiều muộn 6/10" opens a dated lead as "Chiều tối 6/10" does
SELECT held_on, time_of_day FROM (VALUES
    ($$Chiều muộn 6/10, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì họp Ban Chỉ đạo Trung ương.$$),
    ($$Chiều tối 6/10, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì họp Ban Chỉ đạo Trung ương.$$)
) AS v(body), gb_extract(body, '2025-10-07'::date);

-- stop 42, s42-debris: AW8. A lower-case first line (a section's label) yields the headline to the line right above a labelled stamp; a reporter's place in parentheses after the byline's name is no part of it
SELECT title, author FROM (VALUES
    ($$hoạt động tổ dân phố và các đơn vị hiệp quản

Sinh hoạt Chi bộ tổ dân phố số 1 tháng 4 năm 2021
Ngày đăng 05/04/2021 | 15:22  | Lượt xem: 132

Tối ngày 03/4/2021, chi bộ tổ dân phố số 1 đã tổ chức sinh hoạt chi bộ.

Minh Thái (Nghĩa Đàn)$$),
    ($$hoạt động tổ dân phố và các đơn vị hiệp quản

Sinh hoạt Chi bộ tổ dân phố số 1 tháng 4 năm 2021

Tối ngày 03/4/2021, chi bộ tổ dân phố số 1 đã tổ chức sinh hoạt chi bộ.

Kim Thủy (CTV)$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 42, s42-debris: AW8. "trực tuyến" in a line of related links' headlines run together ("... trực tuyếnTạo nguồn ...") is no online meeting; one seam alone (an inline tag's) changes nothing
SELECT online FROM (VALUES
    ($$Ngày 2/2/2023, Chi bộ thôn Vinh Vệ tổ chức lễ kết nạp đảng viên mới.

Kết nạp Đảng tại mặt trận tình nguyệnPhát triển Đảng ở khu dân cư: Đa dạng hình thứcLễ kết nạp Đảng trực tuyếnTạo nguồn, phát triển đảng trong sinh viên:$$),
    ($$Ngày 2/2/2023, Đảng ủy xã Phú Mỹ tổ chức hội nghị trực tuyếnTại hội nghị, các đồng chí đã thảo luận.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 42, s42-orgname2: AW3, AW6, AW9. The badge pair's two verbs joined by a comma, the object of "tổ chức" after a colon as a bulleted list, wards counted with their province in brackets, a gifted school's "chuyên", "Các" before cells in lower case
SELECT meeting_kind, organizer FROM (VALUES
    ($$Đợt này, Đảng ủy phường Hà Tu trao tặng, truy tặng Huy hiệu Đảng cho 37 đồng chí.$$),
    ($$Ngày 16 tháng 03 năm 2019 Chi bộ Trường Mầm non Họa Mi đã long trọng tổ chức :

- Lễ kết nạp đảng viên mới cho 04 quần chúng.$$),
    ($$Ngày 2/1, Đảng ủy 2 phường Thống Nhất và An Phú (tỉnh Gia Lai) đã tổ chức lễ trao tặng Huy hiệu Đảng.$$),
    ($$Chi bộ Trường THPT chuyên Nguyễn Quang Diêu vừa tổ chức kết nạp 5 đảng viên đều là học sinh lớp 12.$$),
    ($$Các chi bộ Đảng ở Can Lộc đã tổ chức lễ kết nạp đảng viên.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 42, s42-orgname2: AW6. A document had in a fronted "sau khi ..." clause leaves the day to the act after it
SELECT held_on, organizer FROM gb_extract($$Ngày 5-9, sau khi có quyết định chuẩn y của Đảng ủy Cục Gìn giữ hòa bình Việt Nam, các chi bộ trực thuộc Đảng ủy Đội Công binh số 3 đã tổ chức lễ kết nạp đảng viên.$$, '2025-09-05'::date);

-- stop 43, s43-kind: AZ1. "cơ sở kết quả" is no "sơ kết": a kind's words are written with its tone marks
SELECT meeting_kind FROM gb_extract($$Sáng 12/7/2024, Đảng ủy xã An Bình tổ chức hội nghị. Trên cơ sở kết quả kiểm phiếu, hội nghị đã kết nạp đảng viên.$$, NULL::date);
SELECT meeting_kind FROM gb_extract($$Sang 12/7/2024, Dang uy xa An Binh to chuc hoi nghi so ket 6 thang dau nam.$$, NULL::date);

-- stop 43, s43-kind: AX4. An undated "tổ chức hội nghị công bố quyết định" is a lễ công bố, as a dated one is
SELECT meeting_kind, organizer FROM gb_extract($$Tỉnh ủy Sơn La tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ. Ảnh: THSL$$, NULL::date);

-- stop 43, s43-debris: AX8/AY7/AZ7. Web debris: a follow-us widget, a subscription bar, a date-first byline, "Tin: X - Ảnh: Y", "Nguồn tin: VOV1", a visitor counter
SELECT title, author, source, online FROM (VALUES
    ($$Theo dõi Báo Thanh tra trên
Trần Kiên
Thứ hai, 03/02/2025 - 19:16
Ngày 3/2/2025, Tỉnh ủy Điện Biên tổ chức Gặp mặt kỷ niệm 95 năm ngày thành lập Đảng.$$),
    ($$Đặt mua báo in| Mới - Đọc báo in phiên bản số| Thứ Sáu, Ngày 29 tháng 03 năm 2024,
Đà Nẵng dừng văn nghệ chào mừng Đại hội
Hoàng Anh - 20/10/2020 10:38

Ngày 20/10, Thường trực Thành ủy Đà Nẵng đã quyết định dừng chương trình nghệ thuật.$$),
    ($$Thành ủy đã chỉ đạo kiện toàn tổ chức bộ máy, cán bộ của các cơ quan, đơn vị và trường học trong tháng.

Tin: K.N - Ảnh: C.Đ$$),
    ($$Thành ủy đã chỉ đạo kiện toàn tổ chức bộ máy, cán bộ của các cơ quan, đơn vị và trường học trong tháng.

Nguồn tin: VOV1$$),
    ($$44 người đang trực tuyến
Sáng 7/12, Thường trực Tỉnh ủy tổ chức hội nghị quán triệt nghị quyết tại hội trường Tỉnh ủy.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 43, s43-org: AZ2 a session verb after the body's term note, a note on the sitting's kind in brackets; AX6 a capitalized "Khóa" ends the name; BA2 a plenum's term before "của"; AY4 a project board named by its city
SELECT meeting_kind, organizer FROM (VALUES
    ($$Chiều 12/12/2023, tại Kỳ họp thứ 17, HĐND tỉnh Thanh Hoá khoá XVIII (nhiệm kỳ 2021-2026), đã lấy phiếu tín nhiệm đối với 29 người giữ chức vụ do HĐND tỉnh bầu.$$),
    ($$Kỳ họp thứ 16 (kỳ họp chuyên đề) HĐND tỉnh Nghệ An Khóa XVIII tổ chức chiều 12/12/2023 đã lấy phiếu tín nhiệm đối với 33 người.$$),
    ($$Ngày 5/3/2024, HĐND tỉnh Cao Bằng Khóa XVII, nhiệm kỳ 2021 – 2026 đã tổ chức Kỳ họp thứ 36.$$),
    ($$Ngày 10/10/2023, đồng chí Bùi Văn Cường chủ trì Hội nghị lần thứ XIV, nhiệm kỳ 2020 - 2025 của Ban Chấp hành Đảng bộ cơ quan Văn phòng Quốc hội.$$),
    ($$Ngày 5/3/2024, Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp Đà Nẵng tổ chức hội nghị công bố các quyết định về công tác cán bộ.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 43, s43-year: BA5 a tradition day's date and AZ8 a course's opening give the lead no year; BA9 counted days in brackets set off after a fronted clause date the congress heading it
SELECT held_on FROM (VALUES
    ($$Chiều 4-10, Đảng ủy Khối các cơ quan Trung ương đã tổ chức họp báo công bố ngày truyền thống. Theo Quyết định số 40-QĐ/TW, Ban Bí thư công nhận ngày 7-11-1948 là Ngày truyền thống của Đảng bộ Khối các cơ quan Trung ương.$$, NULL::date),
    ($$Ngày 27-1, tại Trường Chính trị tỉnh, Học viện Chính trị khu vực I tổ chức Lễ bế giảng lớp Cao cấp lý luận chính trị khóa 5 (2011-2013). Lớp khai giảng ngày 12-1-2012, với 124 học viên.$$, NULL::date),
    ($$Được sự đồng ý của Bộ Chính trị, trong 2 ngày (24 và 25-9-2025), Đại hội đại biểu Đảng bộ Quốc hội lần thứ I, nhiệm kỳ 2025-2030 sẽ diễn ra tại Hội trường Diên Hồng.$$, '2025-09-23'::date)
) AS v(body, pub), gb_extract(body, pub);

-- stop 43, s43-org2: AZ2 a word ordinal after a lower-case "tại" following the date; AY5 a body ending a congress's name is not listed with the subject
SELECT meeting_kind, organizer FROM (VALUES
    ($$Ngày 20/10/2023, tại Kỳ họp chuyên đề lần thứ sáu, Hội đồng nhân dân tỉnh Tuyên Quang khóa XIX, nhiệm kỳ 2021-2026 đã tiến hành lấy phiếu tín nhiệm đối với người giữ chức vụ.$$),
    ($$Ngay sau khi tổ chức thành công Đại hội Đảng bộ huyện Núi Thành, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị trực tuyến toàn tỉnh.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 43, the first wave's reads: a kind typed with its last syllable unmarked still counts ("hội nghi")
SELECT meeting_kind, organizer FROM gb_extract($$Sáng 12/7/2024, Đảng ủy xã An Bình tổ chức hội nghi.$$);

-- stop 43, s43-rest: a byline's name before a dash and a broadcaster, glued or spaced, is the author; a document site's loading stub is no title
SELECT title, author FROM gb_extract(E'Đang tải... (xem toàn văn)\nSáng 5/3/2024, Huyện ủy tổ chức hội nghị giao ban.\nVăn Đạo-Đài truyền thanh thành phố\n\nTin đã đưa\n');

-- stop 44, s44-org2: bc7 a meeting "diễn ra" right after a date set off behind a fronted place; be7 "nhiệm kỳ Đại hội XII" names a term, no congress; be8 a youth-union bloc "Đoàn Khối cơ quan ..." holds its congress; bc5 a team of the central steering committee named by its task, "do đồng chí" after it
SELECT held_on, meeting_kind, organizer FROM (VALUES
    ($$Tại Hà Nội, ngày 8/1, diễn ra hội nghị công bố các quyết định tổ chức lại Cơ quan Ủy ban Kiểm tra Quân ủy Trung ương.$$, '2026-01-09'::date),
    ($$Một trong sáu nhiệm vụ trọng tâm được Đảng xác định trong nhiệm kỳ Đại hội XII là xây dựng đội ngũ cán bộ. Đề án này sẽ được thảo luận tại Hội nghị Trung ương 7 khóa XII, khai mạc vào hôm nay (7/5).$$, NULL::date),
    ($$Ngày 24/4/2012, tại Khách sạn Khăn Quàng đỏ, Đại hội đại biểu Đoàn Khối cơ quan Trung ương Đoàn đã diễn ra.$$, NULL::date),
    ($$Chiều 24/5, tại Hà Nội, Đoàn kiểm tra số 1 của Ban chỉ đạo Trung ương Phòng chống tham nhũng, tiêu cực do đồng chí Phan Đình Trạc, Trưởng Ban Nội chính Trung ương làm Trưởng đoàn đã làm việc với Ban Thường vụ Thành ủy Hà Nội.$$, '2025-05-25'::date)
) AS v(body, pub), gb_extract(body, pub);

-- stop 44, s44-org: bc4 "Tại Kỳ họp này," and "Tại kỳ họp, sau khi …," before a commission deciding in session ("yêu cầu", "kết luận") make it the organizer; a person deciding does not
SELECT meeting_kind, organizer FROM (VALUES
    ($$Tại Kỳ họp này, Ủy ban Kiểm tra Trung ương đã xem xét, kết luận một số nội dung sau:$$),
    ($$Tại kỳ họp, sau khi xem xét kết quả giám sát tại Đảng bộ TP.Hà Nội, Ủy ban Kiểm tra T.Ư yêu cầu Ủy ban Kiểm tra Thành ủy Hà Nội kiểm điểm.$$),
    ($$Tại kỳ họp, sau khi xem xét kết quả giám sát, ông A yêu cầu Ủy ban Kiểm tra Thành ủy Hà Nội kiểm điểm.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 44, s44-meet: bc2 a meeting named only after a fronted "Tại …," or in "tại hội nghị tổng kết … của X." (its body the organizer); bc3 a congress "tổ chức thành công" among a review's results is past: the review's kind stands
SELECT meeting_kind, online, organizer, period_text FROM (VALUES
    ($$Tại hội nghị giao ban trực tuyến với các cấp ủy trực thuộc vừa qua, Thường trực Tỉnh ủy đánh giá, trong tháng 7 công tác kiểm tra, giám sát được triển khai.$$),
    ($$Đồng chí Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh uỷ phát biểu chỉ đạo tại hội nghị tổng kết công tác xây dựng Đảng năm 2020 của Đảng bộ khối các cơ quan tỉnh.
Năm 2020, chỉ đạo tổ chức thành công đại hội Đảng cấp cơ sở, Đại hội Đảng bộ khối các cơ quan tỉnh lần thứ XV và nhiều hoạt động lớn.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 44, s44-dates: BB1 a year after "trước" is a target, no year of the review's (its document's year plus the years is); BB2 "Trong ngày <date>," opening the sentence dates the meeting; BD5 "mùng 4/8"
SELECT held_on, date_inferred FROM (VALUES
    ($$Ngày 2/12, Ban chấp hành Đảng bộ TPHCM khóa XI tổ chức Hội nghị lần thứ 24. Hội nghị sơ kết 3 năm thực hiện Nghị quyết số 26 của Thành ủy TPHCM về xây dựng Khu đô thị mới Thủ Thiêm trước năm 2030.$$),
    ($$Ngày 2/12, Thành ủy tổ chức Hội nghị sơ kết 3 năm thực hiện Nghị quyết số 26 ngày 10/12/2020 của Thành ủy về xây dựng Khu đô thị mới Thủ Thiêm trước năm 2030.$$),
    ($$Trong ngày 15/7/2020, Đảng bộ phường A tổ chức Đại hội đại biểu lần thứ XII.$$),
    ($$Sáng mùng 4/8/2024, Ủy ban MTTQ tỉnh tổ chức hội nghị hiệp thương.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 44, s44-meet2: BB10 "TP Hải Phòng", "Tp. Vinh" heading their clause hold the meeting, as written (in capitals, no)
SELECT organizer FROM (VALUES
    ($$Ngày 29/11, TP Hải Phòng tổ chức Hội nghị công bố quyết định của Ban Bí thư.$$),
    ($$Ngày 29/11, Tp. Vinh tổ chức hội nghị tổng kết công tác xây dựng Đảng.$$),
    ($$Ngày 29/11, TP HẢI PHÒNG tổ chức Hội nghị công bố quyết định của Ban Bí thư.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 44, s44-debris: be10 a markdown heading in lower case is a tag's label and a download line no title; BD9 a byline glued to its date and hour is the author, an editor's note "- đã psts 6.7" is cut from the title
SELECT title, author FROM (VALUES
    (E'# đơn vị hành chính 2 cấp\n\nĐảng ủy xã An Bình sơ kết công tác 6 tháng\n\nSáng 12/7/2024, Đảng ủy xã An Bình tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.'),
    (E'Tải bản đầy đủ (.docx) (9 trang)\n\nĐảng ủy xã An Bình sơ kết công tác 6 tháng\n\nSáng 12/7/2024, Đảng ủy xã An Bình tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.'),
    (E'Chính thức khai mạc Đại hội đại biểu MTTQ tỉnh An Giang\n\nThanh Tiến - Quốc Trung 04/07/2024 09:18\n\nSáng 12/7/2024, Đảng ủy xã An Bình tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.'),
    (E'Đẩy mạnh phong trào thi đua trong Hội Cựu chiến binh - đã psts 6.7\n\nSáng 12/7/2024, Đảng ủy xã An Bình tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.')
) AS v(body), gb_extract(body, NULL::date);

-- stop 45, s45-org: BG1 a meeting heading its clause named by its body and its period, "đã diễn ra" (not with neither a period nor a number); BF4 "kỳ họp thứ 20 - HĐND tỉnh X"; BF5 "Tiếp tục phiên làm việc tại Đại hội X, …"; BG4 "Đảng bộ Đoàn … 337"; BH3 "thông báo về kết quả kỳ họp lần thứ 3", "cho biết đã tổ chức"; BI7 "nhân kỷ niệm" ends a name: a visit, no ceremony
SELECT meeting_kind, organizer FROM (VALUES
    ($$Sáng 15/6, Hội nghị Đảng ủy Công an Trung ương 6 tháng đầu năm 2023 đã diễn ra dưới sự chủ trì của Đại tướng Tô Lâm.$$),
    ($$Sáng 15/6, Hội nghị Đảng ủy Công an Trung ương đã diễn ra.$$),
    ($$Chiều 16-4, tại kỳ họp thứ 20 - HĐND tỉnh Hà Tĩnh khóa XVII nhiệm kỳ 2016 - 2021, đồng chí Võ Trọng Hải được bầu giữ chức Chủ tịch UBND tỉnh.$$),
    ($$Tiếp tục phiên làm việc tại Đại hội Đảng bộ tỉnh Nghệ An lần thứ XX, nhiệm kỳ 2025-2030, chiều 2/10, Ban Chấp hành Đảng bộ tỉnh Nghệ An lần thứ XX đã bầu ông Nguyễn Đức Trung giữ chức Bí thư Tỉnh ủy.$$),
    ($$Ngày 12/6, Đảng bộ Đoàn Kinh tế - Quốc phòng 337 tổ chức Đại hội đại biểu lần thứ X.$$),
    ($$Ngày 17/1, Ủy ban Kiểm tra Tỉnh ủy Lâm Đồng đã thông báo về kết quả kỳ họp lần thứ 3 với nội dung quyết định thi hành kỷ luật.$$),
    ($$Ngày 28/3, Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Lâm Đồng cho biết đã tổ chức phiên họp thứ 10.$$),
    ($$Ngày 27/2, Ban Thường vụ Đảng ủy Khối Đại học, Cao đẳng Thành phố đã đến thăm và chúc mừng Trường Đại học Y Khoa Phạm Ngọc Thạch nhân kỷ niệm 68 năm ngày Thầy thuốc Việt Nam.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 45, s45-lead: bf BF3 the report's title ends where a lead run into it starts ("… Tỉnh uỷ Ngày 11/11, …"); a day named in a headline, no comma after it, stays ("chào mừng Ngày 8/3")
SELECT title FROM gb_extract($$Nghệ An có tân Bí thư Tỉnh uỷ Ngày 11/11, Bộ Chính trị điều động, chỉ định ông Nguyễn Khắc Thận giữ chức Bí thư Tỉnh ủy Nghệ An khóa XX, nhiệm kỳ 2025-2030. Nghệ An có tân Bí thư Tỉnh uỷ$$)
UNION ALL
SELECT title FROM gb_extract($$Sôi nổi các hoạt động chào mừng Ngày 8/3 tại Đảng bộ xã An Bình

Sáng 5/3, Đảng ủy xã An Bình tổ chức gặp mặt nữ đảng viên.$$);

-- stop 45, s45-posts: BD3 a trade union heading its clause with its field in sentence case, to the capitalized body it is of or to its level, is the organizer (with no field, none)
SELECT organizer FROM (VALUES
    ($$Ngày 20/10/2017, Công đoàn văn phòng UBND tỉnh đã tổ chức thành công Đại hội công đoàn lần thứ XX.$$),
    ($$Ngày 20/10/2017, Công đoàn viên chức tỉnh đã tổ chức thành công Đại hội lần thứ XX.$$),
    ($$Ngày 20/10/2017, Công đoàn đã tổ chức thành công Đại hội lần thứ XX.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 45, s45-meet: BD1 a congress a delegation is sent to ("đi dự", "cử/bầu/tiễn/gặp mặt đoàn đại biểu dự") is neither the meeting nor its body; BB10 "TP X công bố" as "tỉnh X công bố"; a counted plenum that "tổ chức kiểm điểm" is its committee in session
SELECT meeting_kind, organizer FROM (VALUES
    (E'Gặp mặt đoàn đại biểu đi dự Đại hội XII Công đoàn Việt Nam\n\nĐoàn đại biểu LĐLĐ tỉnh có 9 đại biểu.'),
    (E'Hiệp thương dân chủ cử đoàn đại biểu đi dự Đại hội MTTQ Việt Nam lần thứ X.\nĐại hội đại biểu MTTQ Việt Nam tỉnh Trà Vinh lần thứ X diễn ra trong 2 ngày (2/8 và 3/8).'),
    ($$Ngày 8-9-2020, Thủ tướng dẫn đầu đoàn đại biểu dự Đại hội đại biểu Đảng bộ tỉnh Minh Hòa lần thứ XV.$$),
    ($$Ngày 29/11, TP Hải Phòng công bố quyết định thành lập phường mới.$$),
    ($$Ngày 29/11, ông Nguyễn Văn An, Chủ tịch UBND TP Hải Phòng công bố quyết định thành lập phường mới.$$),
    ($$Ngày 20/12, Hội nghị lần thứ 18 Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII tổ chức kiểm điểm tập thể, cá nhân năm 2023.$$),
    ($$Ngày 20/12, Đảng bộ tỉnh Hải Dương tổ chức kiểm điểm tập thể, cá nhân năm 2023.$$)
) AS v(body), gb_extract(body, NULL::date);

-- stop 45, s45-meet: BD5 a dated lead's "trao quyết định" is the ceremony when the text names it further on ("Tại lễ trao quyết định"); the act alone holds none
SELECT meeting_kind, held_on FROM (VALUES
    (E'Ngày 22.9, ông Lê Văn Nưng, Phó bí thư Thường trực Tỉnh ủy An Giang, trao quyết định của Ban Thường vụ Tỉnh ủy An Giang cho ông Nguyễn Thiện Phú.\n\nÔng Phú cảm ơn.\n\nTại lễ trao quyết định, ông Lê Văn Nưng ghi nhận những cống hiến của ông Phú.'),
    (E'Ngày 22.9, ông Lê Văn Nưng, Phó bí thư Thường trực Tỉnh ủy An Giang, trao quyết định của Ban Thường vụ Tỉnh ủy An Giang cho ông Nguyễn Thiện Phú.\n\nÔng Phú cảm ơn.')
) AS v(body), gb_extract(body, '2023-09-22'::date);

-- stop 45, s45-dates: BF1 "sẽ diễn ra trong 3 ngày (từ ngày 2 đến 4-10)" announces the days, of the publication's year; BF7 a day in brackets after a congress's working day dates it (held_on its first), the decision announced then the congress's; BI4 "Chieu ngày" typed without marks before a date; BH4 a career's day gives the meeting no year; BG8 the year naming a spring meeting is no period
SELECT held_on, organizer, period_text FROM (VALUES
    ($$Ông A cho biết, Đại hội đại biểu Đảng bộ TP Huế lần thứ XVII sẽ diễn ra trong 3 ngày (từ ngày 2 đến 4-10) tại Nhà hát Sông Hương.$$, '2025-09-24'::date),
    ($$Tại ngày làm việc thứ 2 (ngày 12-8), Đại hội đại biểu Đảng bộ huyện Mường Lát lần thứ VI, nhiệm kỳ 2020-2025, Ban Thường vụ Tỉnh ủy Thanh Hóa đã công bố quyết định chỉ định đồng chí Hà Văn Ca giữ chức Bí thư Huyện ủy.$$, NULL),
    ($$Chieu ngày 8/12/2017, Đảng ủy nhà trường đã tổ chức hội nghị kiểm điểm, đánh giá phân loại Đảng viên cuối năm.$$, NULL),
    ($$Ngày 2.8, Đảng bộ Phường 1 đã tổ chức trao tặng Huy hiệu Đảng cho 2 đảng viên. Ngày 31.12.2009 đồng chí Dương Thị Thu Hiền nghỉ hưu.$$, NULL),
    ($$Sáng 19/2, Bộ Quốc phòng tổ chức Hội nghị Giao ban đầu xuân Giáp Thìn năm 2024 nhằm đánh giá tình hình sẵn sàng chiến đấu.$$, NULL)
) AS v(body, pub), gb_extract(body, pub);

-- stop 45, s45-kind: BG10 a meeting in a clause opened by "(ngay) sau khi", "trước khi" with a named subject dates the main clause's act: no kind, organizer nor online of the report's; told as the sentence's own act, or the main clause's own meeting after it, it stays
SELECT meeting_kind, organizer, online FROM (VALUES
    (E'Đổi mới cách thức tuyên truyền\n\nVừa qua, ngay sau khi Bộ Chính trị tổ chức Hội nghị trực tuyến quán triệt Quy định số 144-QĐ/TW ngày 9-5-2024 về chuẩn mực đạo đức, Đảng ủy BIDV đã kịp thời ban hành kế hoạch thực hiện.'),
    (E'Đổi mới cách thức tuyên truyền\n\nVừa qua, Bộ Chính trị tổ chức Hội nghị trực tuyến quán triệt Quy định số 144-QĐ/TW ngày 9-5-2024 về chuẩn mực đạo đức.'),
    (E'Đổi mới cách thức tuyên truyền\n\nNgay sau khi Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt Quy định số 144-QĐ/TW, Đảng ủy BIDV tổ chức Hội nghị trực tuyến quán triệt Quy định.')
) AS v(body), gb_extract(body);
