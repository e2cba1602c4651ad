--
-- Officials: rules of the language behind titles, honorifics and lists
-- (made-up sentences; names and numbers are invented)
--
\pset null '∅'

-- G1. title words in lower case ("Phó bí thư", "Phó chủ tịch", "Phó trưởng Ban"),
--     kept as written
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Trần Thị Ngọc Lan - Phó bí thư thường trực Thị ủy, Phó chủ tịch HĐND thị xã chủ trì hội nghị.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có đồng chí Vi Đức Thắng, Ủy viên Trung ương Đảng, Phó trưởng Ban Nội chính Trung ương.$$);

-- G1. a title in lower case before a name, the body it heads in capitals
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Phó bí thư Quận ủy Đào Xuân Hiển (bên trái) và trưởng Ban Tổ chức Quận ủy Lò Thị Hoa chủ trì hội nghị.$$);
SELECT chairs FROM gb_extract($$Tin vắn
Phó bí thư Quận ủy Đào Xuân Hiển (bên trái) và trưởng Ban Tổ chức Quận ủy Lò Thị Hoa chủ trì hội nghị.$$);

-- G1. abbreviated posts: TVTU (Ủy viên Ban Thường vụ Tỉnh ủy), PBT (Phó Bí thư)
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có đồng chí Lục Văn Sang, TVTU, Phó chủ tịch UBND tỉnh.$$);
-- R9 (probe 47 G4). The same with "UV" or "UVB" before it: UVTVTU, UVBTVHU
SELECT name, titles FROM gb_officials($$Tin vắn
Dự có đồng chí Điểu Văn Hùng, UVTVTU, Chủ tịch UBMTTQ Việt Nam tỉnh; đồng chí Lò Văn Tâm, UVBTVHU, Trưởng Ban Dân vận Huyện ủy.$$);

-- G1. lower-case prose is no title and no person
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Hội nghị có phó bí thư các chi bộ và các trưởng ban của Huyện ủy dự. Các trưởng Ban Xây dựng Đảng nhận nhiệm vụ.$$);

-- G6. "đ/c" and "Đ/c" are the honorific đồng chí
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Tới dự có đ/c Hà Quang Vũ – Bí thư Huyện ủy, Lương Đức Mạnh – PBT Thường trực Huyện ủy.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đ/c Tạ Minh Khuê phát biểu kết luận hội nghị.$$);

-- G6. after plural "các đồng chí", every "<Title> <Name>" item is a person, the first one too
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Cùng dự có các đồng chí Phó Chủ tịch nước Kiều Văn Đạt, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Mông Thị Lành.$$);

-- G6 (minor). a "các đồng chí:" list goes on, under its honorific, past an item with no name
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có các đồng chí: Ninh Văn Quế, Phó Bí thư Tỉnh ủy; đại diện lãnh đạo các ban, ngành; Hầu Thị Sen, Trưởng Ban Dân vận Tỉnh ủy.$$);

-- G7. a group's title goes on through its lower-case name ("số N", "của <body>")
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có đồng chí Viên Thế Phong, Trưởng đoàn giám sát số 4 của Ban Bí thư; đồng chí Mẫn Thị Hằng, Trưởng Tiểu ban tuyên truyền Đại hội Đảng bộ huyện.$$);

-- G7. "huyện ủy" in lower case is one word of the title; a capitalized verb ends it
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Khúc Văn Hòa – Bí thư huyện ủy dự. Đồng chí Lâm Ngọc Bích – Bí thư thị ủy Phát biểu tại hội nghị.$$);

-- G9. "Trưởng đoàn Đại biểu Quốc hội tỉnh" is one title
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Chiều 4/9, đồng chí Giang Văn Lộc, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh chủ trì hội nghị.$$);

-- G8. "UVT.Ư" (Ủy viên Trung ương) is a title; its dot ends neither the title nor the list
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hứa Văn Bình, UVT.Ư Đảng, Bí thư Tỉnh ủy chủ trì.$$);

-- G15. a full name already met is a name later, whatever the surname list says
SELECT name, honorific, titles, roles, mentions FROM gb_officials($$Tin vắn
Các đồng chí: Thào A Chứ, Bí thư Huyện ủy; Lù Văn Pao, Phó Bí thư Huyện ủy chủ trì. Kết luận hội nghị, đồng chí Bí thư Huyện ủy Thào A Chứ đề nghị các chi bộ.$$);

-- G18. a later mention by a short form of a title held adds no title
SELECT name, honorific, titles, roles, mentions FROM gb_officials($$Tin vắn
Đồng chí Mai Đức Toàn - Bí thư Chi bộ Phòng Nội vụ chủ trì. Đồng chí Bí thư Chi bộ đã quán triệt nghị quyết.$$);

-- H5. a hyphen inside a body's name ("CQ-DN", "Hậu cần-Kỹ thuật", "Văn hóa - Thể thao") is
--     part of the title; after a name, or before a position, it still parts them
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Quách Văn Dũng, Bí thư Đảng ủy Khối CQ-DN tỉnh chủ trì. Thượng tá Đỗ Văn Khải, Trưởng phòng Hậu cần-Kỹ thuật phát biểu. Đồng chí Kha Văn Tùng, Giám đốc Sở Văn hóa - Thể thao và Du lịch dự.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Vương Thị Lụa-Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy phát biểu. Đồng chí Kha Văn Tùng, Phó Bí thư Tỉnh ủy-Chủ tịch UBND tỉnh dự.$$);

-- H2(d). the organizer's name goes on past a hyphen and an abbreviation in parentheses
--        (K8: the abbreviation itself is left out of the name)
SELECT organizer FROM gb_extract($$Tin hoạt động
Ngày 9-11, Ban Thường vụ Đảng ủy Khối Cơ quan-Doanh nghiệp (CQ-DN) tỉnh tổ chức hội nghị quán triệt nghị quyết.$$);

-- H12. "Hội đồng" is one word of a body's name ("Hội" alone is an association);
--      "các cơ quan" goes on inside it
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Ông Lạc Văn Trung, Phó Chủ tịch Hội đồng Lý luận Trung ương phát biểu tại hội thảo. Đồng chí Kim Thị Hạnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh dự.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
PGS.TS Mạc Văn Lũy, Phó Chủ tịch Hội đồng Khoa học các cơ quan Đảng Trung ương; đồng chí Giáp Văn Sơn, Phó Chủ tịch Hội Nông dân tỉnh; đồng chí Tô Thị Nhàn, Bí thư Đảng ủy Khối các cơ quan tỉnh.$$);
SELECT organizer FROM gb_extract($$Tin hoạt động
Ngày 4-1, Hội đồng Thi đua - Khen thưởng tỉnh tổ chức hội nghị tổng kết.$$);
SELECT organizer FROM gb_extract($$Tin hoạt động
Ngày 4-1, Hội đồng đã họp xét duyệt hồ sơ.$$);

-- Titles as reporters write them: "Phó ban" (Phó Trưởng Ban), "Nguyên" (former) kept in the
-- title, a lower-case title before a name, a group's "của <body>" at once
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Đàm Văn Bổng - Nguyên phó ban tuyên giáo Tỉnh ủy, báo cáo viên truyền đạt nội dung. Đồng chí Doãn Văn Lực, Phó Ban Tổ chức Huyện ủy phát biểu.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự hội nghị có ông Ngụy Văn Bền, Phó chủ tịch Hội Cựu chiến binh tỉnh. Phát biểu tại hội nghị, giám đốc Sở Nội vụ Khương Văn Hòe cho biết tỉnh đã hoàn thành. Đồng chí Lã Thị Thơm, Trưởng Ban Chỉ đạo của Thành ủy về phòng, chống tham nhũng phát biểu.$$);

-- G8. "T.Ư" (Trung ương) inside a title
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Tống Văn Khang - Phó trưởng ban Kiểm tra T.Ư Hội trình bày báo cáo.$$);

-- J3/J4/J7/J8
-- J3. a department's name goes on through " - ", "," and "và"; a list of positions still splits
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự hội nghị có đồng chí Kiều Văn Khoát, Giám đốc Sở Lao động - Thương binh và Xã hội; đồng chí Phí Thị Lài, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch; đồng chí Âu Văn Tín, Trưởng phòng Văn hóa - Thông tin huyện.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Kiều Văn Định, Giám đốc Sở Nội vụ, Bí thư Đảng ủy Sở phát biểu. Đồng chí Âu Thị Hằng, Giám đốc Sở Giao thông vận tải và đồng chí Kiều Văn Cẩn, Giám đốc Sở Nông nghiệp và Phát triển nông thôn dự.$$);
-- J4. a unit's number is part of its name, a count or a date is not
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có Đại tá Kiều Văn Hào, Phó Chủ nhiệm Chính trị Quân khu 7; đồng chí Âu Văn Sỹ, Bí thư Chi bộ 18; đồng chí Kiều Thị Vân, Bí thư Chi bộ Tổ dân phố 3.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Âu Văn Kiên, Bí thư Chi bộ 5 năm liền hoàn thành xuất sắc nhiệm vụ.$$);
-- J7. a fronted "thay mặt <body>," leaves the verb after the persons its role
SELECT chairs FROM gb_extract($$Tin hoạt động
Ngày 5-6, tại Hà Nội, thay mặt Ban Bí thư, các đồng chí Ủy viên Bộ Chính trị: Kiều Văn Tấn, Thường trực Ban Bí thư; Âu Văn Bích, Trưởng Ban Tuyên giáo Trung ương đã chủ trì hội nghị trực tuyến.$$);
-- J8, H4. a specialist's post; UVTV, UVBTV are titles
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Về dự có đồng chí Kiều Văn Phụng, Chuyên viên chính Ban Tổ chức Huyện ủy, thành viên tổ chỉ đạo; đồng chí Âu Văn Lễ, UVTV, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Kiều Thị Ngà, UVBTV Huyện ủy, Chủ tịch Ủy ban MTTQ huyện.$$);

-- K1/K3
-- K1. abbreviations of "Ủy viên Trung ương" are titles; an abbreviation not known does not end the
-- list of titles after a name
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Kha Văn Lượng – UVTW Đảng – Bí thư Tỉnh ủy chủ trì hội nghị. Dự có đồng chí Mạc Thị Nhàn, UVTƯ, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Kha Văn Ổn, UV.TW, Bí thư Thành ủy; đồng chí Mạc Văn Phú, QXTV Tỉnh ủy, Bí thư Huyện ủy Tân Lạc.$$);
-- K3. a position shortened before a name, merged with its full form; "Báo cáo viên" before a name;
-- "chính trị viên (phó)"; a district's number; a bare list of full names after "các nhân sự:"
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
TBT Kha Văn Quế phát biểu khai mạc. Tổng Bí thư Kha Văn Quế nhấn mạnh ba nhiệm vụ. PCT UBND tỉnh Mạc Văn Rạng dự.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Báo cáo viên Kha Văn Sở, Ủy viên Ủy ban Kiểm tra Tỉnh ủy trình bày chuyên đề. Đại tá Mạc Văn Tuấn, chính trị viên Ban Chỉ huy quân sự Quận 3 phổ biến quy định. Thiếu tá Kha Văn Ước, chính trị viên phó Ban Chỉ huy quân sự huyện Tân Lạc dự.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Mạc Thị Vui, Bí thư Quận ủy Quận 8 phát biểu. Đồng chí Kha Thị Xuân, Phó Chủ tịch UBND quận 3 năm liền được khen.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Ủy ban Kiểm tra đề nghị thi hành kỷ luật các nhân sự: Kha Văn Yên, Mạc Văn Ánh; Kha Thị Bưởi. Khen thưởng các cá nhân: Mạc Văn Cầu, Hội Nông dân tỉnh.$$);

-- L3..L7
-- L4. a military rank between the titles and the name opens the name; the titles before it are the person's
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Hội nghị nghe Bộ trưởng Bộ Quốc phòng, Đại tướng Nghiêm Văn Hậu truyền đạt chuyên đề. Chính ủy Quân khu 9, Thiếu tướng Tiêu Văn Kha dự.$$);
-- L5. BTTT, PBTTT, "Phó BTTT" (Phó Bí thư Thường trực) are titles, merged with their full form
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự đại hội có đồng chí Nghiêm Văn Tư - Phó BTTT Đảng ủy xã. Đồng chí Tiêu Văn Năm, PBTTT Huyện ủy phát biểu. Phó Bí thư Thường trực Huyện ủy Tiêu Văn Năm kết luận. Đồng chí Kha Văn Sáu, BTTT Tỉnh ủy dự.$$);
-- L3. a fronted role is its subject's, the persons listed right after it; not those of a later clause
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Chỉ đạo và kết luận Hội nghị, Trưởng Ban Tổ chức Trung ương Nghiêm Văn An nhấn mạnh, Hội nghị đã nghe Chủ tịch nước Tiêu Văn Bình truyền đạt chuyên đề thứ nhất; Thủ tướng Chính phủ Kha Văn Cường truyền đạt chuyên đề thứ hai.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Chủ trì hội nghị, đồng chí Nghiêm Văn Dũng, Bí thư Tỉnh ủy; đồng chí Tiêu Văn Em, Chủ tịch UBND tỉnh và đồng chí Kha Thị Gấm, Phó Bí thư Tỉnh ủy.$$);
-- L6. a title before "các" names a class of persons, not the person named before it
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự hội nghị có đồng chí Kha Y Lâm – phó Bí thư, Chủ tịch UBND huyện; các đồng chí UVBTV Huyện uỷ; Bí thư, Phó Bí thư các chi, đảng bộ trực thuộc Huyện uỷ.$$);
-- L7. a council's name goes on after a comma in lower case up to "Trung ương"; a position after the comma does not
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Hội nghị nghe Tiến sĩ Nghiêm Văn Kỳ, Chủ tịch Hội đồng Lý luận, phê bình văn học nghệ thuật Trung ương báo cáo chuyên đề. Đồng chí Tiêu Văn Sơn, Chủ tịch Hội đồng Dân tộc, ủy viên Trung ương Đảng phát biểu.$$);
-- M5. a department's name after "(Phó) Trưởng phòng", "Phó phòng" goes on in sentence case and over levels listed
--     with a comma ("Quận, Huyện"); the title after it is kept
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Hội nghị nghe Thượng tá Lò Văn Tám, Trưởng phòng Công tác đảng và Công tác chính trị, Chánh Văn phòng Đảng ủy Công an tỉnh trình bày dự thảo. Đồng chí Hà Văn Bình, Phó phòng Tổ chức cán bộ Công an tỉnh dự. Dự hội nghị có đồng chí Mạc Văn Cường - Phó Trưởng phòng Quận, Huyện Ban tổ chức Thành ủy; đồng chí Kha Thị Dung, Bí thư Huyện ủy.$$);
-- M10. military staff posts and unit commanders are titles; titles shared before a list of names go to each,
--      except one whose own titles restate one of them
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự hội nghị có các đồng chí Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng: Thượng tướng Lò Văn Hải - Tổng Tham mưu trưởng; Thượng tướng Hà Văn Nam và Thượng tướng Kha Văn Phúc - Ủy viên Trung ương Đảng, Phó Chủ nhiệm Tổng cục Chính trị. Đại tá Lò Văn Cường, Tham mưu trưởng Quân khu 2 phát biểu. Đại tá Kha Văn Dũng, Sư đoàn trưởng Sư đoàn 312 dự.$$);
-- M11. after a title, a name of three or four syllables with "Văn" or "Thị" second is a person's whatever its
--      surname; two syllables after a committee are still its place
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy Tân Văn Ngữ đề nghị các cơ quan báo chí tuyên truyền. Phó Chủ tịch UBND huyện Thạch Thị Sa Ly phát biểu. Bí thư Đảng ủy xã Tân Văn phát biểu.$$);

-- O1..O4
-- O1. a page's credit line "Title: Name" alone on its line names no official; "Chủ trì: đồng chí X, ..." does,
-- and so does a member's line with an honorific or titles after the name
SELECT name, honorific, titles, roles FROM gb_officials($$Tin hoạt động
Sáng 12/10/2023, Huyện ủy Tân Lạc tổ chức hội nghị giao ban.
Chủ trì: đồng chí Giáp Văn Khải, Bí thư Huyện ủy.
Giáp Nhung
Trưởng Ban: Giáp Văn Ấn
Phó Trưởng ban: Quách Minh Tường.
Tổng Biên tập: Giáp Văn Bảo
Chịu trách nhiệm nội dung: Quách Thị Lụa$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin hoạt động
Ban Chỉ đạo gồm:
Trưởng ban: đồng chí Giáp Văn Lâm, Chủ tịch UBND huyện
Phó Trưởng ban: Quách Văn Mạnh, Phó Chủ tịch UBND huyện$$);
-- O2. a title written with abbreviations in parentheses is the same title as its spelling without them
SELECT name, honorific, titles, roles, mentions FROM gb_officials($$Tin vắn
Đồng chí Giáp Văn Khải, Trưởng Ban Tổ chức (BTC) Tỉnh ủy (TU) phát biểu. Trưởng Ban Tổ chức Tỉnh ủy Giáp Văn Khải kết luận.$$);
-- O4. UVBTV, UVTV, TVTU, TUV, PBT are keyed by their full form: one title with its full spelling
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có đồng chí Giáp Văn Khải, UVBTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy; đồng chí Quách Thị Hoa, TUV, Bí thư Huyện ủy; đồng chí Giáp Văn Lâm, UVTV Huyện ủy, PBT Huyện ủy.
Đồng chí Giáp Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy phát biểu. Đồng chí Quách Thị Hoa, Tỉnh ủy viên, Bí thư Huyện ủy kết luận. Đồng chí Giáp Văn Lâm, Ủy viên Ban Thường vụ Huyện ủy, Phó Bí thư Huyện ủy dự.$$);
-- M5. a unit's name after any title head goes on in sentence case ("Bí thư ban Cán sự đảng", "Giám đốc Trung tâm
--     bồi dưỡng chính trị huyện"), so the next title is kept; a verb after the unit still ends it
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Hội nghị có ông Lò Văn Tám, Phó Bí thư Tỉnh ủy, Bí thư ban Cán sự đảng, Chủ tịch UBND tỉnh Tân Lập. Đồng chí Hà Văn Bình, Trưởng ban Dân vận Huyện ủy, Giám đốc Trung tâm bồi dưỡng chính trị huyện chủ trì hội nghị. Đồng chí Mạc Thị Cúc, Giám đốc Trung tâm đã ký quyết định.$$);
-- N2. an age or birth-year apposition after a name (", 76 tuổi,", "(76 tuổi)", ", sinh năm 1950,") is passed over;
--     the titles after it are read
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đại biểu cao tuổi nhất là đồng chí Lê Văn Tám, 76 tuổi, Chủ tịch Hội Cựu chiến binh huyện; đại biểu ít tuổi nhất là đồng chí Trần Thị Hoa (29 tuổi), Bí thư Đoàn xã Phú An. Dự có ông Hà Văn Bình, sinh năm 1950, Bí thư Chi bộ thôn Tân An. Đồng chí Mạc Văn Cường, 80 tuổi, đã có 50 năm tuổi Đảng.$$);
-- P2. a rank in lower case mid-sentence ("đại tướng", "thượng tướng", "thiếu tướng", "đại tá") opens the name after it
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự đại hội có đại tướng Cù Văn Hải, Bộ trưởng Bộ Công an và đại tá Lò Văn Bảy, Giám đốc Công an tỉnh. Dự và chỉ đạo có thượng tướng Mạc Văn Định, Ủy viên Ban Thường vụ Đảng ủy Công an T.Ư, Thứ trưởng Bộ Công an. Phát biểu khai mạc, thiếu tướng Hà Văn Sơn, Bí thư Đảng ủy, Giám đốc Công an thành phố nhấn mạnh yêu cầu.$$);
-- P5. "và" followed by a rank or by a name with titles of its own starts a new person: no title crosses "và"
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Cùng dự có Thượng tướng Cù Văn Hải - Phó Chủ nhiệm Tổng cục Chính trị và Trung tướng Lò Văn Bảy - Thứ trưởng Bộ Quốc phòng. Dự có Trưởng Ban Tổ chức Trung ương Mạc Văn Định và Đại tướng Hà Văn Sơn, Bộ trưởng Bộ Quốc phòng. Dự có Phó Bí thư Tỉnh ủy Vi Văn Lộc và Đinh Văn Thắng, Chủ tịch UBND tỉnh.$$);
-- Q8. a verb capitalized by mistake after a title's level ("Chủ tịch UBND xã Báo cáo kết quả") ends the title
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hồ Văn Minh- Phó Bí thư, Chủ tịch UBND xã Báo cáo kết quả thực hiện nhiệm vụ. Đồng chí Lò Văn Tám, Bí thư Đảng ủy phường Trình bày dự thảo báo cáo. Đồng chí Mạc Văn Định, Chủ tịch UBND huyện Phan Thiết dự.$$);
-- P7, Q4. a group's titles before a colon go to every member, who may have a title of his own before the name (his
--     alone); the group may be an item of an outer "có các đồng chí:" list; one person's title before a name ends at
--     ";" or at a rank
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có các Ủy viên Ban Thường vụ: Chủ tịch tỉnh Đinh Văn Lợi, Phó Bí thư Tỉnh ủy; Giám đốc Sở Tư pháp Mạc Văn Tư, Ủy viên Đảng ủy; đại tá Kha Văn Lực, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có các đồng chí: Trung tướng Vi Văn Lộc, Chủ nhiệm Tổng cục Hậu cần; các đồng chí Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng: Thượng tướng Hà Văn Sơn; Thượng tướng Đinh Văn Thắng và các đồng chí lãnh đạo Tổng cục Hậu cần.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có Chủ tịch tỉnh Giáp Văn Khải, Phó Bí thư Tỉnh ủy; đại tá Quách Văn Mạnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Lã Văn Sơn, Giám đốc Công an tỉnh.$$);
-- M5 (probe 7), doubtful 04 (probe 9). a position written short at another mention ("Bí thư Đảng ủy xã" beside "Bí thư
--     đảng ủy xã Tân An", "Giám đốc Trung tâm" beside "Giám đốc Trung tâm bồi dưỡng chính trị huyện") is one title: the
--     full form alone is kept, where the position first came
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Lò Văn Tám, Bí thư Đảng ủy xã, Chủ tịch HĐND xã phát biểu. Đồng chí Lò Văn Tám, Bí thư đảng ủy xã Tân An kết luận. Đồng chí Hà Văn Bình, Trưởng ban Dân vận Huyện ủy, Giám đốc Trung tâm bồi dưỡng chính trị huyện chủ trì. Đồng chí Hà Văn Bình, Trưởng ban Dân vận, Giám đốc Trung tâm phát biểu.$$);
-- R7. "Bộ Tư lệnh X", "Bộ Chỉ huy X" are bodies, not "Bộ" and the position "Tư lệnh": before ", Bộ trưởng NAME" they
--     give him no title; after a position they are its body whole
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Tại buổi làm việc với Ban Thường vụ Đảng ủy, Bộ Tư lệnh Vùng Duyên hải, Bộ trưởng Cù Văn Hải nhấn mạnh yêu cầu. Dự có Thiếu tướng Lò Văn Bảy, Chính ủy Bộ Tư lệnh Vùng Duyên hải và đồng chí Mạc Văn Định, Phó Tư lệnh Quân khu 9.$$);
-- R8. a biography after a name, items separated by commas ("sinh năm 1971", "dân tộc Nùng", "quê Hà Tĩnh",
--     "quê quán xã Tân An, huyện Lâm Hà", "46 tuổi"), in parentheses or not, is passed over: the titles after it are read
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Giáp Văn Khải, sinh năm 1971, dân tộc Nùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy được bầu làm Phó Bí thư. Đồng chí Quách Thị Hoa, 46 tuổi, quê Hà Tĩnh, Bí thư Huyện ủy Phú An phát biểu. Ông Lò Văn Sáng (sinh năm 1966, dân tộc Ba Na), Chủ tịch UBND huyện dự. Đồng chí Mạc Văn Hùng, quê quán xã Tân An, huyện Lâm Hà, Giám đốc Sở Nội vụ dự.$$);
-- R9 (probe 43 G7). A title in parentheses after the age or the birth year ("30 tuổi", "SN 1975", "sinh năm 1980") is read
--     as the title alone in them is, and the post taken after the parenthesis too
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Ông Lê Phước Hoài Bảo (30 tuổi, Giám đốc Sở KH&ĐT) cũng được bầu tham gia Ban Chấp hành. Ông Nguyễn Văn Hùng (SN 1975, Bí thư Huyện ủy Vụ Bản) được bầu làm Phó Chủ tịch UBND tỉnh. Bà Mạc Thị Hồng (sinh năm 1980, quê Hà Tĩnh, Phó Giám đốc Sở Tài chính) phát biểu. Ông Lò Văn Sáng (45 tuổi, quê Sơn La) dự.$$);
-- R9. Several posts a comma apart in a parenthesis are each the person's; "Bà Đinh Thị Lan" is a woman, though
--     "Bà Đinh" folds as the district "Ba Đình" does, which is matched as spelled
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Bà Đinh Thị Lan, Bí thư Huyện ủy, phát biểu. Dự có ông Lý Văn Hòa (Bí thư Huyện ủy, Chủ tịch HĐND huyện) và bà Đinh Thị Mai, Phó Chủ tịch UBND quận Ba Đình.$$);
-- R9. "Chi ủy viên" is a position, as "Đảng ủy viên": after a dash, before another position, and with its cell
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đại hội đã bầu đồng chí Quách Thị Lan – Phó Bí thư và đồng chí Giáp Văn Cường – Chi ủy viên. Dự có đồng chí Hà Văn Bình – Chi ủy viên, Trưởng thôn. Đồng chí Lò Văn Sáng, Chi ủy viên Chi bộ thôn Nà Ròn phát biểu.$$);
-- R10. "BCV" is "Báo cáo viên": " - " before it separates two positions even after the capitals "HU", and the post's
--      level "cấp huyện" is part of it; a committee written short after a department ("Ban Tuyên giáo HU", "Văn phòng
--      TU") is one title with its full spelling at another mention, which replaces it
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có đồng chí Vi Thị Hoa, Phó trưởng Ban Tuyên giáo HU - BCV cấp huyện. Đồng chí Lò Văn Sáng, Chánh Văn phòng TU dự. Đồng chí Lò Văn Sáng, Chánh Văn phòng Tỉnh ủy kết luận.$$);
-- a group's titles before a colon as the first item after "có các đồng chí:" read as after a ";": the members take
--     them and the items after the group are still the list's; titles alone ("Ủy viên Bộ Chính trị: A; B") make a
--     group as "các Ủy viên ..." does; the members are under the list's "đồng chí"
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự hội nghị có các đồng chí: các Ủy viên Bộ Chính trị: Lò Văn Bảy, Mạc Văn Định; đại diện lãnh đạo các sở, ngành; Hà Văn Tư, Bí thư Huyện ủy.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự hội nghị có các đồng chí: Hà Văn Sơn, Bí thư Tỉnh ủy; Ủy viên Bộ Chính trị: Lò Văn Bảy; Mạc Văn Định.$$);
-- R9 (probe 42 G1). In a list opened by "có các đồng chí:", the items written title first ("Nguyên Tổng Bí thư A;
-- Ủy viên Bộ Chính trị, Chủ tịch nước B") are items of the list: a group later in it ("nguyên ..., nguyên Chủ tịch
-- nước: C, D") passes over none of them
SELECT name, titles FROM gb_officials($$Tin vắn
Dự Đại hội có các đồng chí: Nguyên Tổng Bí thư Nông Văn Mạnh; Ủy viên Bộ Chính trị, Chủ tịch nước Lương Văn Cường; nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch nước: Nguyễn Văn Triết, Trương Văn Sang; Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Phạm Văn Chính.$$);
SELECT name, titles FROM gb_officials($$Tin vắn
Dự hội nghị có các đồng chí: Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Trần Đức Quận; Phó Chủ tịch UBND tỉnh Phạm Văn Sơn; các Phó Bí thư Tỉnh ủy: Nguyễn Thái Học, Trần Hồng Thái.$$);

-- R9 (probe 42 G2). A class of persons before a colon or "gồm" ("4 Phó bí thư Tỉnh ủy X: bà A (Thường trực), ông B
-- (Chủ tịch UBND tỉnh) ... và bà D (...)", "Các Phó bí thư Tỉnh ủy gồm ông A, Chủ tịch ...; bà B và ông C", "...
-- gồm các đồng chí: A, B và C") is each member's, whether each carries an honorific or none; a member's own post
-- stays his, and the standing deputy's "Phó Bí thư Thường trực" restates the class's
SELECT name, titles FROM gb_officials($$Tin vắn
Ngày 30/9/2025, Bộ Chính trị chỉ định ông Vũ Văn Hồng giữ chức Bí thư Tỉnh ủy Đồng Nai; 4 Phó bí thư Tỉnh ủy Đồng Nai: bà Tôn Thị Hạnh (Thường trực), ông Võ Văn Đức (Chủ tịch UBND tỉnh), ông Thái Văn Bảo (Trưởng ban Tổ chức Tỉnh ủy) và bà Huỳnh Thị Hằng (Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai).$$);
SELECT name, titles FROM gb_officials($$Tin vắn
Các Phó bí thư Tỉnh ủy Phú An gồm ông Tạ Văn Tuấn, Chủ tịch UBND tỉnh Phú An; bà Huỳnh Thị Hòa và ông Đỗ Văn Huy được chỉ định tiếp tục đảm nhiệm chức danh này. Ba Phó Bí thư Tỉnh ủy Gia Lai: ông Rah Lan Chung (Thường trực), ông Phạm Văn Tuấn (Chủ tịch UBND tỉnh) và ông Châu Văn Tuấn.$$);
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Các Phó Bí thư Huyện ủy gồm các đồng chí: Lò Văn Bảy, Quách Thị Hoa và Hà Văn Tư. Các Phó Bí thư Tỉnh ủy gồm: ông Mạc Văn Định - Phó Bí thư Thường trực, Chủ tịch HĐND tỉnh; bà Giáp Thị Lan - Chủ tịch UBND tỉnh.$$);

-- R9 (probe 46 G2). A post given to persons listed after it ("chỉ định 4 người giữ chức Phó Bí thư Tỉnh ủy X nhiệm kỳ
-- 2025-2030, gồm: ông A, bà B ...") is each member's, whether each carries an honorific or none
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Bộ Chính trị chỉ định 3 người giữ chức Phó Bí thư Tỉnh ủy Hà Nam nhiệm kỳ 2025-2030, gồm: ông Trần Văn An, bà Nguyễn Thị Cúc và ông Phạm Văn Dũng. Ban Thường vụ Tỉnh ủy chỉ định hai đồng chí giữ chức Phó Bí thư Huyện ủy gồm: Lò Văn Bảy, Quách Thị Hoa.$$);

-- R9 (probe 42 G6). In a group's list of members written title first, a member's titles joined by " - " ("Phó Thủ
-- tướng Chính phủ - Bộ trưởng Bộ Tư pháp B") are all his, with the group's title; none goes to the member before him
SELECT name, titles FROM gb_officials($$Tin vắn
Đại biểu trung ương tham gia buổi làm việc có các đồng chí Ủy viên Trung ương Đảng: Phó Thủ tướng Chính phủ Trần Văn Hà, Phó Thủ tướng Chính phủ - Bộ trưởng Bộ Tư pháp Lê Văn Long. Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Trưởng Ban Tổ chức Tỉnh ủy Quách Thị Hoa, Phó Chủ tịch UBND tỉnh, Giám đốc Sở Nội vụ Giáp Văn Khải.$$);
-- a department's name in sentence case after its head is read whole: a ministry's field in lower case ("Bộ quốc
--     phòng"), a capitalized word and lower-case ones up to punctuation, the verb or another body; before a verb no
--     list knows ("nhắc lại") the name is not read on
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Sáng 3/4/2025, Thiếu tướng Lò Văn Bảy, Ủy viên Trung ương Đảng, Thứ trưởng Bộ quốc phòng chủ trì buổi làm việc. Dự có đồng chí Mạc Văn Định, Vụ trưởng Vụ Chính sách thương mại đa biên (Bộ Công Thương); đồng chí Hà Văn Tư, Vụ trưởng Vụ Tổ chức cán bộ Bộ Nội vụ. Đồng chí Quách Văn Năm, Giám đốc Sở Tư pháp nhắc lại các yêu cầu.$$);
-- "T.Ư." or "TW." ending a body's name before a capital ends the sentence too: the chair of the next sentence is
--     no attendee of the one before ("TP." before a place's name still goes on)
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Cùng dự có Thủ tướng Chính phủ Cù Văn Hải, Ủy viên Ban Thường vụ Đảng ủy Công an T.Ư. Đại tướng Lò Văn Bảy, Bí thư Đảng ủy Công an T.Ư, chủ trì hội nghị. Dự có đồng chí Mạc Văn Định, Phó Trưởng Ban Tuyên giáo TW. Đồng chí Hà Văn Tư, Bí thư Thành ủy TP. Tân Lập phát biểu.$$);
SELECT chairs FROM gb_extract($$Tin vắn
Cùng dự có Thủ tướng Chính phủ Cù Văn Hải, Ủy viên Ban Thường vụ Đảng ủy Công an T.Ư. Đại tướng Lò Văn Bảy, Bí thư Đảng ủy Công an T.Ư, chủ trì hội nghị.$$);
-- T4 (probe 12). titles written before ", đồng chí NAME" opening the clause are that person's; after a verb ("giữ
--     chức Bí thư Chi bộ, đồng chí B") the title is the office voted on, not B's
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Phó Trưởng Ban Tuyên giáo Tỉnh ủy, Trưởng đoàn kiểm tra, đồng chí Quách Văn Định phát biểu. Phát biểu tại hội nghị, Phó Bí thư Huyện ủy, đồng chí Lò Thị Nga đề nghị các chi bộ quan tâm. Đại hội đã bầu đồng chí Mạc Văn Hùng giữ chức Bí thư Chi bộ, đồng chí Vi Thị Lan Phó Bí thư Chi bộ.$$);
-- T5 (probe 12). a place named with an honorific in it ("Hai Bà Trưng", "Ông Ích Khiêm", "Bà Huyện Thanh Quan") is no
--     person, in a heading in capitals or in a sentence, and is read whole after a committee
SELECT name, honorific, titles, roles FROM gb_officials($$HỘI NGHỊ GIAO BAN CÔNG TÁC TUYÊN GIÁO QUẬN HAI BÀ TRƯNG THÁNG 5 NĂM 2024
Sáng 8/5/2024, đồng chí Lò Văn Sáng, Bí thư Quận ủy Hai Bà Trưng chủ trì hội nghị. Đại biểu đến từ đường Ông Ích Khiêm và đường Bà Huyện Thanh Quan dự.$$);
-- U1 (probe 13). titles in lower case where a title stands: a body in lower case inside a position ("ủy viên trung
--     ương Đảng", "Ban Kinh tế trung ương", "Chủ tịch ủy ban nhân dân tỉnh", "Chủ nhiệm ủy ban" before a name), a
--     position all in lower case after a name and a dash or comma; in prose, with no name, no person
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Ngày 2/3/2021, ủy ban Kiểm tra trung ương xem xét đối với ông Mạc Văn Định, ủy viên trung ương Đảng, Phó trưởng Ban Kinh tế trung ương, nguyên Bí thư Tỉnh ủy Tân Lập, và ông Hà Văn Tư, Phó bí thư Tỉnh ủy, Chủ tịch ủy ban nhân dân tỉnh Tân Lập. Đồng chí Quách Văn Năm – phó bí thư thường trực,chủ tịch HĐND phường phát biểu.$$);
SELECT chairs, (officials[1]).name, (officials[1]).titles FROM gb_extract($$Tin hoạt động
Ngày 4/11/2020, tại Hà Nội, ủy ban Kiểm tra trung ương họp kỳ 52, dưới sự chủ trì của Chủ nhiệm ủy ban Mạc Văn Định.$$);
SELECT count(*) FROM gb_officials($$Tin vắn
Các ủy viên ủy ban nhân dân và chủ tịch ủy ban các xã, phó bí thư thường trực các đảng ủy đều dự hội nghị của Đảng bộ.$$);
-- S1 (probe 13). a body named in sentence case after the position's own "Ban" is read on as a unit's name, up to a
--     level or a capitalized word, not over a verb
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có đồng chí Quách Văn Năm, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban xây dựng Đảng xã Tân Lập. Đồng chí Lò Văn Bảy, Trưởng Ban giao nhiệm vụ cho Văn phòng.$$);
-- U7 (probe 13). "Huyện ủy Viên Văn A": a capitalized "Viên" opening a name is the surname after the body, not the
--     title "Huyện ủy viên"; a longer run ("Tỉnh ủy Viên Lò Văn Bảy") is a name after that title
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Ngày 14-2-2020, Huyện ủy Tân Lập tổ chức hội nghị.
Phó bí thư thường trực Huyện ủy Tân Lập Viên Văn Bảy khen thưởng các tổ chức.
Tại hội nghị, Phó bí thư thường trực Huyện ủy Viên Văn Bảy đề nghị các tổ chức nỗ lực. Tỉnh ủy Viên Lò Văn Tám phát biểu.$$);
-- a department's name in sentence case, continued (probe 13): the verb "hướng dẫn" ends the title; a level's word
--     before a lower-case syllable is a word of the name ("Cục Quản lý thị trường tỉnh"); "và" between lower-case
--     words goes on in it ("Cục Kinh tế hợp tác và trang trại")
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư, Giám đốc Sở Tư pháp hướng dẫn các nội dung. Đồng chí Lò Văn Bảy, Cục trưởng Cục Quản lý thị trường tỉnh Tân Lập phát biểu. Đồng chí Mạc Văn Định, Phó Cục trưởng Cục Kinh tế hợp tác và trang trại phát biểu.$$);
-- V1 (probe 14). a company inside a title ("Chủ tịch Tổng công ty", "Hội đồng thành viên Tổng công ty Tân Lập"):
--     "công ty" is a body's word, not the verb "công" ending the title
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư, Bí thư Đảng ủy, Chủ tịch Tổng công ty chủ trì hội nghị. Ông Mạc Văn Định, Chủ tịch Hội đồng thành viên Tổng công ty Tân Lập dự.$$);
-- V2 (probe 14). a title ends with its body's name: after "và" a noun of persons ("Lãnh đạo") starts the next
--     subject; after a place's name ("Việt Nam") a capitalized verb ("Báo cáo") is the sentence's
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Chủ trì là đồng chí Hà Văn Tư, Trưởng Ban Tuyên giáo Tỉnh ủy và Lãnh đạo 2 đơn vị phối hợp. Thiếu tướng Lò Văn Bảy, Phó Chủ tịch Hội CCB Việt Nam Báo cáo tổng kết đã nêu bật kết quả.$$);
-- V12 (probe 14). a field a body's name ends with, capitalized as a name's syllables are and led by a surname
--     ("Vụ Giáo dục và Đào Tạo"), is no person and goes on in the title
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Hội nghị được đồng chí Hà Văn Tư - Vụ trưởng Vụ Giáo dục và Đào Tạo - Bộ Giáo dục và Đào tạo thông tin chuyên đề.$$);
-- V10 (probe 14). the surname "Vũ" folds as the position "Vụ trưởng" does ("Nguyễn Vũ Trường Giang", "Vũ Trường
--     Giang"): spelled so, it is a name's syllable; "Vụ trưởng" stays a position
SELECT chairs, (officials[1]).name, (officials[1]).titles FROM gb_extract($$Tin hoạt động
Ngày 12-1-2019, Đảng ủy Khối tỉnh Tân Lập tổ chức hội nghị. Đồng chí Nguyễn Vũ Trường Giang, Phó Bí thư Đảng ủy Khối chủ trì hội nghị.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Vũ Trường Giang, Bí thư Đảng ủy Khối chủ trì hội nghị. Ông Hà Văn Tư, Vụ trưởng Vụ Pháp chế dự.$$);
-- V6 (probe 14). "phòng, chống" is one verb pair inside a body's name: the comma between them separates no titles,
--     and what it is against goes on up to a level, a capital or the sentence's verb
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có đồng chí Hà Văn Tư, Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo Phòng, chống dịch COVID-19 tỉnh. Ông Lò Văn Bảy, Trưởng Ban Chỉ đạo phòng, chống tham nhũng tỉnh phát biểu.$$);
-- V7 (probe 14). an honour of the State ("Anh hùng lực lượng vũ trang nhân dân", "Nhà giáo Nhân dân") stands before
--     a name as a rank does, alone or after a rank and a comma
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Thượng tướng, Anh hùng lực lượng vũ trang nhân dân Hà Văn Tư, Chủ tịch Trung ương Hội CCB Việt Nam dự và chỉ đạo Đại hội. Nhà giáo Nhân dân Lò Văn Bảy, Hiệu trưởng Trường Chính trị tỉnh dự.$$);
-- V8 (probe 14). "UVBCHTW", "UV BCH TW" shorten "Ủy viên Ban Chấp hành Trung ương", a position in a list of titles
--     as "UVTW" is
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Ông Hà Văn Tư, UVBCHTW Đảng, Bí thư Tỉnh ủy Tân Lập dự và chỉ đạo Đại hội. Ông Lò Văn Bảy, UV BCH TW Đảng, Bí thư Thành ủy dự.$$);
-- V11 (probe 14). "Thành viên" of a company's council ("HĐTV", "Hội đồng quản trị") is a position, as "Ủy viên" of a
--     committee; the plural "các thành viên" names nobody
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư, Phó bí thư thường trực Đảng ủy, Thành viên HĐTV Tập đoàn chủ trì hội nghị. Ông Lò Văn Bảy, Thành viên Hội đồng quản trị Tổng công ty Tân Lập dự. Các thành viên HĐTV dự.$$);
-- S1 (probes 13, 14). a body's name in sentence case after its head goes on past its first lower-case word: a
--     department's up to a dash, a council's over a comma, a group's longer name up to a level
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư - Vụ trưởng Vụ Chính sách đối ngoại - Bộ Ngoại giao thông tin chuyên đề. Ông Lò Văn Bảy, Chủ tịch Hội đồng lý luận, phê bình văn học nghệ thuật Trung ương phát biểu. Ông Mạc Văn Định, Trưởng Ban chỉ đạo liên ngành an toàn thực phẩm tỉnh phát biểu.$$);
-- V6, continued. "phòng chống" without its comma, and after a body inside the title ("Ban Thường trực Ban Chỉ đạo
--     phòng, chống tội phạm tỉnh"); "tội" is no "tối"
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Ông Hà Văn Tư, Trưởng Ban chỉ đạo phòng chống tham nhũng tỉnh phát biểu. Ông Lò Văn Bảy, Phó Trưởng Ban Thường trực Ban Chỉ đạo phòng, chống tội phạm tỉnh dự.$$);
-- V1, continued. a company's legal form goes on in its name ("Công ty cổ phần Tân Lập")
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Ông Hà Văn Tư, Chủ tịch Hội đồng quản trị Công ty cổ phần Tân Lập phát biểu. Ông Lò Văn Bảy, Giám đốc Công ty trách nhiệm hữu hạn một thành viên Tân Lập dự.$$);
-- V10, continued. the surname "Trương" folds as the position "Trưởng khoa" does: spelled so, it opens a name
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Trương Khoa Minh, Bí thư Huyện ủy phát biểu. Trưởng khoa Lê Văn Tâm dự.$$);
-- V8, recurring (probe 15). "ĐUV" shortens "Đảng ủy viên", "QUV" "Quận ủy viên": a position in a list of titles
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư - ĐUV, Phó Chủ tịch HĐND phường dự. Đồng chí Lò Thị Bảy, QUV, Bí thư Đảng ủy phường Minh Sơn phát biểu.$$);
-- X1 (probe 16). a body's name in sentence case goes on through nouns whose syllable is a verb's ("công tác",
--     "biểu diễn", "biên giới"), after "Thường trực", after "Hiệp hội", and over a second capitalized field after "và"
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Ông Hà Văn Tư, Phó Cục trưởng Cục Nghệ thuật biểu diễn, Bộ Văn hóa, Thể thao và Du lịch phát biểu. Đại tá Lò Văn Bảy, Cục trưởng Cục Công tác đảng và Công tác chính trị nhấn mạnh ba việc. Đồng chí Mạc Văn Định, Phó Trưởng Ban Chỉ đạo công tác biên giới tỉnh dự. Đồng chí Vi Thị Lan - Phó Chủ tịch Thường trực Hội đồng lý luận Trung ương dự. Đồng chí Cao Văn Sáu - Phó Chủ tịch Hiệp hội doanh nghiệp tỉnh Tân Lập dự.$$);
-- X8 (probe 16). a position in lower case with no body, after a name, is a title of its own when another title follows
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có đ/c Hà Văn Tư – phó bí thư- chủ tịch UBND xã, đ/c Lò Thị Bảy - Phó bí thư, Chủ tịch HĐND xã, các đ/c trong BTV.$$);
-- X5 (probe 16). titles opening a clause after a comma, then ", Name" and the verb, are that person's
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Phát biểu tại hội nghị, Chủ tịch Hội Nông dân tỉnh Tân Lập, Hà Văn Tư đánh giá cao kết quả đạt được.$$);
-- X4 (probe 16). "Trường" (a school) after "bộ" folds as "Bộ trưởng" but is no title: a school named after a person names nobody
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Sáng 3/4/2025, Đại hội Đảng bộ Trường Đại học Phan Văn Khải lần thứ II đã khai mạc. Dự có đồng chí Hà Văn Tư - Bí thư Đảng ủy khối.$$);
-- V3, recurring (probe 16). a spaced ampersand stands for "và" inside a body's name before a capitalized word
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có đ/c Hà Văn Tư - Thứ trưởng Bộ Khoa học & Công nghệ, đ/c Lò Thị Bảy - Giám đốc Sở Văn hóa & Thể thao tỉnh Tân Lập.$$);
-- Y5 (probe 17). a known body inside a title with only its head capitalized ("Bộ chính trị", "Ban bí thư") is read
--     whole, and the titles after it are kept
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư, Ủy viên Bộ chính trị, Trưởng Ban Kinh tế Trung ương phát biểu. Đồng chí Lò Thị Bảy, Ủy viên Ban bí thư, Chủ tịch Hội Nông dân Việt Nam dự.$$);
-- Y7 (probe 17). the head of a station ("Trưởng Trạm", "Phó Trưởng Trạm", "Trạm trưởng") is a position, as
--     "Trưởng phòng" is; the station's name goes on in sentence case up to a level
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư – Trưởng Trạm y tế xã tham gia thảo luận. Ông Lò Văn Bảy, Phó Trưởng Trạm Khuyến nông huyện Minh Sơn phát biểu. Ông Mạc Văn Định, Giám đốc Trạm bảo vệ thực vật huyện dự. Ông Vi Văn Lâm, Trạm trưởng Trạm Kiểm lâm Tân Lập phát biểu.$$);
-- Y6 (probe 17). "CT." and "BT." shorten Chủ tịch and Bí thư with a dot glued to the body they head; "PCT.", "PBT."
--     go on to theirs; with a space after it the dot may end the sentence ("PCT. Hội nghị ...")
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Tại hội nghị, đ/c Hà Văn Tư – CT.Hội CCB quận đã thông qua báo cáo. Đ/c Lò Văn Bảy, BT.Đảng ủy xã Minh Sơn phát biểu. Đ/c Mạc Văn Định – PCT.UBND huyện dự. Dự có ông Vi Văn Lâm, PCT. Hội nghị đã thành công.$$);
-- Y8 (probe 17). titles closing the headline or a paragraph are no apposition of the name opening the next one; a
--     person met already (the headline's own) still takes them
SELECT name, honorific, titles, roles FROM gb_officials($$Đồng chí Hà Văn Tư được bầu giữ chức Chủ tịch Hội Nông dân tỉnh Minh Sơn

Đồng chí Lò Văn Bảy, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam, trao quyết định.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Ông Hà Văn Tư tái đắc cử Chủ tịch Hội Nông dân tỉnh Minh Sơn

Ông Hà Văn Tư phát biểu tại đại hội.$$);
-- Y8 again (probe 47 G5). titles closing a body sentence's object (a caption's unnamed recipients) are nobody's in the
--     next paragraph, even the name of a person met already
SELECT name, honorific, titles, roles FROM gb_officials($$Dự có bà Lò Thị Mai – Phó Bí thư Thường trực Tỉnh ủy.

Bí thư Tỉnh ủy Hà Văn Tư trao quyết định cho Bí thư, Phó Bí thư Đảng bộ các cơ quan Đảng tỉnh

Bà Lò Thị Mai trao quyết định và hoa chúc mừng.$$);
-- Y5, continued (probe 17). a title cut before lower-case words that finish its body's name does not end the list
--     when another title follows them after a comma; a verb there still ends it
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Ông Hà Văn Tư, Ủy viên Ban thường vụ tỉnh đoàn, Bí thư Huyện đoàn Minh Sơn dự. Ông Lò Văn Bảy, Giám đốc Sở Y tế cho biết, Chủ tịch UBND tỉnh đã chỉ đạo.$$);
-- Y1 (probe 17). "anh", "chị", the honorifics of Đoàn and Hội reports, before a full name open a person as "ông"
--     does; the titles before ", anh Name" are that person's; "anh em" and the place "Anh Sơn" are none
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Bí thư Huyện ủy, ông Lò Văn Mạ; Bí thư Tỉnh đoàn Tân Lập, anh Hà Văn Tư tới dự. Anh em đoàn viên huyện Anh Sơn dự đông đủ. Hội nghị đã bầu Ban Chấp hành; chị Vi Thị Lan được bầu làm Bí thư Huyện đoàn.$$);
-- Y3 (probe 17). "Đoàn" right after "Trung ương" or "T.Ư" is the body (Trung ương Đoàn) when a full name follows,
--     not the name's surname; "Bí thư thứ nhất" is a position; "Ủy viên Trung ương Đoàn Văn Định" is a person named Đoàn
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Tới dự có Bí thư thứ nhất T.Ư Đoàn Hà Văn Tư; Bí thư Trung ương Đoàn Lò Thị Bảy. Ủy viên Trung ương Đoàn Văn Định phát biểu.$$);
-- Y4 (probe 17). a speaker's role in lower case ("báo cáo viên", "giảng viên", "đại biểu") before "Name, title" hides
--     no name: the name is a person's, as at a clause start; a bare name after it is not taken
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Triển khai chuyên đề, báo cáo viên Hà Văn Tư, Phó Trưởng Ban Tuyên giáo Tỉnh ủy đã phân tích những điểm mới. Thay mặt các đại biểu, đại biểu Lò Văn Bảy, Bí thư Đảng ủy xã Tân Lập phát biểu. Hội nghị nghe báo cáo viên Mạc Văn Định trình bày.$$);
-- Y13 (probe 17). in "các đồng chí: lãnh đạo X; A, title; B, title" the first item names no one: it is one item,
--     and the persons after it are the list's, with its honorific and role
SELECT name, honorific, titles, roles, mentions FROM gb_officials($$Tin vắn
Dự lễ có các đồng chí: lãnh đạo Ủy ban kiểm tra tỉnh ủy; Hà Văn Tư, tỉnh ủy viên, Bí thư huyện ủy; Lò Văn Bảy, Phó bí thư huyện ủy.
Diễn văn do đồng chí Hà Văn Tư trình bày.$$);
-- Z7 (probe 18). "là Title" after a name, or after its biography in parentheses or commas, states the person's
--     posts; "là" before no title gives none
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Trước đó, anh Hà Văn Tư (34 tuổi, quê xã Tân An, H.Lâm Hà) là Phó bí thư Tỉnh đoàn, Chủ tịch Hội Sinh viên tỉnh. Ông Lò Văn Bảy, 58 tuổi, hiện là Bí thư Huyện ủy Minh Sơn. Đồng chí Mạc Văn Định là người có nhiều kinh nghiệm.$$);
-- Z10 (probe 18). "dự" closing the word "vinh dự" is not the role "dự"; "vinh dự được đón" persons is their
--     attending, "vinh dự đón nhận" a gift from them is not
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Sáng 9/4/2024, Đảng bộ huyện Minh Sơn tổ chức đại hội. Đại hội vinh dự đón nhận lẵng hoa của Bí thư Tỉnh ủy Hà Văn Tư. Đại hội vinh dự được đón đồng chí Lò Văn Bảy, Phó Chủ tịch UBND tỉnh.$$);
-- Z1 (probe 18). the surnames of the northern mountain peoples (Mùa, Giàng, Thào, Sùng, Vàng, Lầu, Hờ, Vừ, Tẩn,
--     Cầm ...) open a name as Kinh ones do, with a one-letter middle syllable too; a list item as long as a clause
--     does not end the list, the persons after it keep its honorific and role
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Phó Chủ tịch UBND tỉnh Thào A Dính trình bày báo cáo. Giám đốc Sở Nội vụ Sùng Seo Pao dự hội nghị.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có các đồng chí: Hà Văn Tư – Bí thư Tỉnh ủy; đồng chí Lò Văn Bảy, Ủy viên Ban Chấp hành Trung ương Đảng, được Bộ Chính trị điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy Minh Sơn và giới thiệu để Ban Chấp hành bầu giữ chức Phó Bí thư Tỉnh ủy Minh Sơn nhiệm kỳ 2025 – 2030; Vàng A Chử – Chủ tịch UBND tỉnh.$$);
-- R9 (probe 43 G2). The surnames of more Mông clans (Chá, Sồng, Hạng) and of the Chăm, Raglai and Chu Ru of the
--     south-central coast (Touneh, Katơr, Chamaléa, the two-syllable Pi Năng, Bố, Đàng, Dụng, Trượng) open a name after
--     a title as Kinh ones do, each told by its tone marks from the word it folds with ("Bộ", "Sông", "Hàng"); a word
--     or a place spelled so is no person ("Huyện ủy Bố Trạch", "Huân chương Lao động Hạng Ba", "huyện Sông Hinh")
SELECT chairs, (officials[1]).name, (officials[1]).titles FROM gb_extract($$Tin vắn
Phó Chủ tịch UBND tỉnh Pi Năng Thị Thủy chủ trì hội nghị.$$);
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Phó Chủ tịch UBND tỉnh Touneh Hàm, Giám đốc Sở Nội vụ Katơr Mai, Bí thư Huyện ủy Mường Chà Hạng A Tủa dự hội nghị. Dự có đồng chí Bố Thị Xuân Linh, Phó Chủ tịch HĐND tỉnh; Trưởng ban Tổ chức Tỉnh ủy Đàng Năng Thọ phát biểu.$$);
SELECT name, titles FROM gb_officials($$Tin vắn
Bí thư Huyện ủy Bố Trạch phát biểu. Tập thể được tặng Huân chương Lao động Hạng Ba. Bí thư Huyện ủy Sông Hinh và Chủ tịch UBND huyện Phú Quý dự. Bộ Công an tổ chức hội nghị.$$);
-- R9 (probe 43 G2). A name among persons in a row closed by the verb of the post they take ("Ông A, B và C được bầu
--     giữ chức Phó Bí thư") is a person's whatever its surname, three syllables or more: the post is everyone's; two
--     capitalized syllables (mostly a place) or a body still end the list
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Ông Lò Minh Hùng, Nguyễn Đình Việt và Quảng Đại Tuyên được bầu giữ chức Phó Bí thư Tỉnh uỷ. Các đồng chí Hà Văn Tư, Phú Minh Tâm và Lò Văn Bảy được bầu giữ chức Phó Chủ tịch HĐND tỉnh.$$);
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Ông Nguyễn Văn An và Phú Quốc được bầu giữ chức Bí thư Đặc khu ủy. Bà Trần Thị Hoa và Hội Phụ nữ tỉnh tái đắc cử Chủ tịch Hội.$$);
-- R9 (probe 46 G3). Persons counted before a colon, each with titles of his own and ";" between them ("Ba đồng chí: A,
--     t1; B, t2; C, t3 được bầu giữ chức X") all take the post the verb after the last gives
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Ba đồng chí: Trần Văn An, Phó Bí thư Thường trực Tỉnh ủy khóa XIX; Lê Văn Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Phạm Văn Cường, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh được bầu giữ chức Phó Bí thư Tỉnh ủy Nam Định khóa XX.$$);
-- R9 (probe 50 G2). A commune's or ward's name after its level is two capitalized syllables or more, whose last may
--     be a surname: "xã Sao Vàng Hoàng Văn Nam" is the place "Sao Vàng" and the full name after it
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Phát biểu tại hội nghị, đồng chí Bí thư Đảng ủy xã Sao Vàng Hoàng Văn Nam nhấn mạnh yêu cầu. Chủ tịch UBND phường Đông Hồ Trần Thị Thu Hà cũng phát biểu. Bí thư Đảng ủy xã Tân Lập Nguyễn Trần Thanh Hải phát biểu.$$);
-- R9 (probe 49 G4). The last member of a ";" list written "; và B, titles" is a member as after ";" alone
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Hai Phó Bí thư Tỉnh ủy Điện Biên gồm các ông: Lê Thành Đô, Chủ tịch UBND tỉnh; và Hà Quang Trung, Phó trưởng ban Tổ chức Tỉnh ủy. Dự có đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh; và Hội Nông dân tỉnh.$$);
-- R9 (probe 49 G6). A counted class's title goes to the members after "gồm" when its term ("khóa 16", "nhiệm kỳ
--     2025-2030") or a comma stands between the title and "gồm"; the term stays out of the title
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Bộ Chính trị chuẩn y 3 Phó Bí thư Tỉnh ủy Sơn La khóa 16, nhiệm kỳ 2025-2030, gồm các ông: Lò Minh Hùng; Nguyễn Đình Việt; Chá A Của. Các Phó Bí thư Huyện ủy Mường La nhiệm kỳ 2025-2030, gồm: bà Lò Thị Mai và ông Quàng Văn Hải.$$);
-- R9 (probe 50 G9). "Phó" with a slip in its vowel or tone after a comma or dash ("A, Pho Bí thư", "A, Phí Bí thư")
--     never leaves the higher post "Bí thư Tỉnh ủy" nor gives this one's titles to another person; "Pho" reads as written
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Đồng chí Bùi Đức Hinh - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh dự. Đồng chí Bùi Đức Hinh, Phí Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh phát biểu. Đồng chí Nguyễn Văn An, Pho Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dự. Ông Lê Văn Tám, Phí Chủ tịch HĐND huyện Can Lộc phát biểu.$$);
-- R9 (probe 49 G9). One person's post written with a dash inside its name and without, or with a ministry's "Bộ"
--     after its minister and without, is one title, its first spelling kept
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Ông Nguyễn Văn Thắng, Bộ trưởng Bộ Giao thông vận tải phát biểu. Ông Nguyễn Văn Thắng, Bộ trưởng Bộ Giao thông - Vận tải trao quyết định. Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng dự. Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Quốc phòng phát biểu.$$);
-- R9 (probe 49 G9). The forces written in their letters ("CAND", "QĐND") inside a title are keyed spelled out, one
--     title with "Công an nhân dân (CAND)"; the bracketed letters stay in the text as written
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Thiếu tướng Nguyễn Hải Trung, nguyên Phó Tổng cục trưởng Tổng cục Chính trị Công an nhân dân (CAND) dự. Thiếu tướng Nguyễn Hải Trung, nguyên Phó Tổng cục trưởng Tổng cục Chính trị CAND phát biểu. Trung tướng Lê Văn Nam, Chủ nhiệm Tổng cục Chính trị QĐND dự. Trung tướng Lê Văn Nam, Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân phát biểu.$$);
-- R9 (probe 49 G1). An appositive opening with "tân" (newly appointed), "A, tân Giám đốc Công an tỉnh X,", gives the
--     post, "tân" left out as it is before the name ("Tân Bí thư Tỉnh ủy A"); a photo note may stand between
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Đại tá Phan Công Bình (trái), tân Giám đốc Công an tỉnh Quảng Ngãi. Ông Nguyễn Văn An, tân Bí thư Tỉnh ủy, phát biểu nhận nhiệm vụ. Ông Hoàng Văn Nam, Tỉnh ủy viên, tân Phó Chủ tịch UBND tỉnh Lạng Sơn phát biểu. Ông Lê Văn Tám, tân binh của đơn vị, phát biểu.$$);
-- R9 (probe 49 G5). A Party term in brackets after a post, "(khóa XXI)", "(nhiệm kỳ 2015-2020)", does not end the
--     list of posts; a bracket of another kind still does
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Ông Phan Việt Cường - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy (khóa XXI), Chủ tịch HĐND tỉnh, Trưởng đoàn Đại biểu Quốc hội trình bày diễn văn. Dự có đồng chí Trần Thị Bình, Trưởng Ban Tổ chức Tỉnh ủy (nhiệm kỳ 2015-2020), Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; đồng chí Lê Thị Thu Hồng, Phó Bí thư Tỉnh ủy (khóa XIX, nhiệm kỳ 2020 - 2025), Chủ tịch UBND tỉnh Bắc Giang; ông Lò Văn Bảy, Bí thư Huyện ủy (bên phải), Chủ tịch UBND huyện Lò Văn Mạ.$$);
-- R9 (probe 49 G10). "đảm nhiệm chức danh X" gives a post as "giữ chức X" does; in a subject joined by "và", a
--     person with titles of his own closed by a comma takes it too; a ";" still ends the subject
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Ông Tạ Anh Tuấn, Chủ tịch UBND tỉnh Đắk Lắk, bà Huỳnh Thị Chiến Hòa và ông Đỗ Hữu Huy được chỉ định tiếp tục đảm nhiệm chức danh Phó Bí thư Tỉnh ủy nhiệm kỳ 2025-2030.$$);
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Dự có các đồng chí: Hà Văn Tư, Giám đốc Sở Nội vụ; Lò Văn Bảy, Chủ tịch UBND huyện, bà Lò Thị Mai và ông Vi Văn Lâm được bầu giữ chức Phó Bí thư Huyện ủy. Bà Trần Thị Hoa đảm nhận chức danh Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Sơn La.$$);
-- R9 (probe 50 G5). A group's title ("Tổ trưởng Tổ Công tác", "Trưởng Đoàn công tác", "Trưởng Ban Chỉ đạo") takes
--     no adverb of two words after its name ("trực tiếp", "thường xuyên"): the predicate opens there
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Ông Nguyễn Tuấn Anh – Phó Bí thư Tỉnh ủy, Tổ trưởng Tổ Công tác Ban Thường vụ Tỉnh ủy Lào Cai trực tiếp chỉ đạo Đại hội điểm. Đồng chí Trần Văn Bình, Trưởng Ban Chỉ đạo Tây Nguyên thường xuyên theo dõi. Ông Lê Văn Tám, Trưởng Đoàn công tác của Tỉnh ủy Yên Bái trực tiếp làm việc. Ông Vi Văn Lâm, Trưởng đoàn kiểm tra số 7 của Ban Bí thư phát biểu.$$);
-- R9 (probe 50 G6). Two fields a body is named after, a comma between them ("Hội đồng Thi đua, Khen thưởng",
--     "phòng, chống tham nhũng, lãng phí, tiêu cực"), stay inside the title, in either case
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Đại tá Quách Đăng Phú, Phó Bí thư Thường trực Đảng ủy, Chính ủy, Chủ tịch Hội đồng thi đua, khen thưởng Bộ CHQS tỉnh chủ trì buổi lễ phát động. Dự có đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh. Ông Lê Văn Tám, Chủ tịch Hội đồng Thi đua, Khen thưởng tỉnh phát biểu. Ông Hà Văn Tư, Phó Trưởng Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Sơn La, Giám đốc Sở Nội vụ dự.$$);
-- R9 (probe 50 G7). "Đảng ủy khối cơ quan – doanh nghiệp tỉnh", the bloc's two parts joined by a dash, spaced or
--     not, in either case, is one body as with "và"; a lower-case post after a dash is still another title
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Dự có đồng chí Trương Văn Thắng, Ủy viên BCH Đảng bộ tỉnh, Bí thư Đảng ủy khối cơ quan – doanh nghiệp tỉnh. Ông Lê Văn Tám, Phó Bí thư Đảng ủy Khối cơ quan - doanh nghiệp tỉnh Sơn La, Chủ tịch Công đoàn phát biểu. Ông Hà Văn Tư, Bí thư Đảng ủy xã – chủ tịch UBND xã phát biểu.$$);
-- R9 (probe 48 G8). A congress's ordinal "lần thứ XIV" inside a title naming the congress is part of it;
--     "Thành viên Tiểu ban" is a seat as "Ủy viên Tiểu ban" is
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Đồng chí Trương Thị Mai, Thường trực Ban Bí thư, Trưởng Tiểu ban Điều lệ Đảng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng dự và chỉ đạo hội nghị. Đồng chí Nguyễn Văn An, Thành viên Tiểu ban Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII của Đảng phát biểu. Ông Lê Văn Tám, Phó Trưởng Tiểu ban Nhân sự Đại hội đại biểu Đảng bộ tỉnh lần thứ 20, Bí thư Huyện ủy phát biểu.$$);
-- Z2 (probe 18). co-chairs "đồng chủ trì tại điểm cầu chính" chair the meeting; a role closing a list item
--     ("A - title chủ trì; B - ...") is that item's person's, the list's own role goes on to the next item
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Sáng 9/4/2024, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc. Các đồng chí: Hà Văn Tư - Bí thư Trung ương Đảng; Lò Văn Bảy - Phó Thủ tướng Chính phủ đồng chủ trì tại điểm cầu chính. Tại điểm cầu tỉnh Minh Sơn có sự tham dự của các đồng chí: Mạc Văn Định - Bí thư Tỉnh ủy chủ trì; Vi Văn Lâm - Phó Bí thư Tỉnh ủy.$$);
SELECT (gb_extract($$Tin vắn
Sáng 9/4/2024, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc. Các đồng chí: Hà Văn Tư - Bí thư Trung ương Đảng; Lò Văn Bảy - Phó Thủ tướng Chính phủ đồng chủ trì tại điểm cầu chính. Tại điểm cầu tỉnh Minh Sơn có sự tham dự của các đồng chí: Mạc Văn Định - Bí thư Tỉnh ủy chủ trì; Vi Văn Lâm - Phó Bí thư Tỉnh ủy.$$)).chairs;
-- Y5, again (probe 18). the lower-case words finishing a body's name may be four ("chính trị nội bộ") and end in a
--     capitalized level ("Trung ương") before the next title, which the list keeps; "số N" numbers a unit
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư, Ủy viên Tiểu ban Bảo vệ chính trị nội bộ Trung ương, Trưởng đoàn Kiểm tra số 4 chủ trì hội nghị.$$);
-- Q2 (probe 19). a comma inside a title: a board's name going on in lower case to "Trung ương", and a standing
--     post with no body before a bare body's name, stay one title; a title after the comma is its own
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có đồng chí Hà Văn Tư, Ủy viên Bộ Chính trị, Trưởng ban Kinh tế, đối ngoại Trung ương; đồng chí Lò Văn Bảy - Tỉnh ủy viên, Phó Trưởng Ban Thường trực, Ban Dân vận Tỉnh ủy; đồng chí Vi Văn Lâm - Phó Bí thư Thường trực, Chủ tịch HĐND tỉnh.$$);
-- Y5, again (probe 19). a post "in charge of" a body ("phụ trách Sở ...") keeps the body; the youth federation's
--     name with its words in lower case is read whole; "phụ trách" before no body's name stays out of the title
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự có ông Hà Văn Tư - Phó Giám đốc phụ trách Sở Tư pháp tỉnh; anh Lò Văn Bảy, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp thanh niên Việt Nam tỉnh Minh Sơn; ông Vi Văn Lâm - Phó Giám đốc phụ trách công tác thanh tra.$$);
-- Z1, again (probe 19). an Ê Đê man's name: "Y" before the given name, the lineage's name last, no surname first;
--     the "Y" of medicine ("Đại học Y Hà Nội") is no name
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Sáng 6/10/2024, Chủ tịch Hội đồng Dân tộc Y Blăk Hà Niê Kđăm chủ trì phiên họp. Dự có đồng chí Y Siêng Mlô - Bí thư Huyện ủy Minh Sơn; ông Hà Văn Tư, Hiệu trưởng Trường Đại học Y Hà Nội.$$);
-- S1 (probe 21). a post a person is elected to or takes up ("tái đắc cử", "được bầu giữ chức vụ", "làm") is his
--     title; so is a post before "là ông/bà Name"; "kiêm" joins two posts; "làm thư ký" is a role, no post
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Ông Hà Văn Tư – Ủy viên Ban Chấp hành Đảng bộ tỉnh tiếp tục tái đắc cử Bí thư Huyện ủy. Đồng chí Lò Văn Bảy được bầu giữ chức vụ Bí thư Đảng ủy Sở Nội vụ nhiệm kỳ 2020 - 2025. Ông Quách Văn Tám, nguyên Chủ tịch UBND huyện, làm Bí thư Đảng ủy xã Tân Phú; Phó bí thư kiêm Chủ tịch UBND xã Tân Phú là bà Mạc Thị Hồng. Đồng chí Vi Văn Lâm làm thư ký hội nghị.$$);
-- S5 (probe 21). a note on a photo after the name ("(đứng)", "(thứ 2 từ trái sang)") is passed over: the titles
--     after it are the person's
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Trung tướng Hà Văn Tư (đứng) - Ủy viên Trung ương Đảng, Phó Tư lệnh Quân khu 9 phát biểu. Đồng chí Lò Văn Mạ (thứ 2 từ trái sang), Bí thư Huyện ủy tặng hoa.$$);
-- S6 (probe 21). "Phó Ban <board's name in lower case> <Name>": the words up to the full name finish the board's
--     name, the post is that person's, and no cut "Phó Ban" goes to the person before the comma
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự hội nghị có Bí thư Tỉnh ủy Hà Văn Tư, Phó Ban công tác phụ nữ phía Nam Mạc Thị Hồng, cùng lãnh đạo các sở.$$);
-- S8 (probe 21). uncommon Kinh surnames ("Sử", "Bành", "Cấn", "Tào", "Khưu", "Mạch") start a name after a title;
--     the title does not take a known person's name in for a place
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Cùng dự có các đồng chí: Sử Minh Tâm, Thành ủy viên, Bí thư Quận ủy; Cấn Văn Lực, Phó Chủ tịch UBND tỉnh.
Phát biểu khai mạc, Thành ủy viên, Bí thư Quận ủy Sử Minh Tâm khẳng định quận đã hoàn thành. Giám đốc Sở Y tế Bành Thị Mai dự.$$);
-- R2 (probe 20). "Đoàn Thư ký", "Tổ thư ký" is the congress's secretariat, a body the sentence names: no role
--     "thư ký" for its subject; "làm thư ký" still gives it
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư - Phó Bí thư Tỉnh ủy điều hành nội dung bầu Đoàn Chủ tịch, Đoàn Thư ký. Đồng chí Lò Văn Mạ thông qua danh sách Tổ thư ký là 03 người. Đồng chí Vi Văn Lâm làm thư ký hội nghị.$$);
-- Q2, again (probe 20). "kiểm tra, giám sát" is one fixed pair: its comma stays inside the title
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đại tướng Hà Văn Tư, Bộ trưởng Quốc phòng, trưởng đoàn kiểm tra, giám sát số 16 của Ban chấp hành Trung ương chủ trì hội nghị.$$);
-- S1, continued (probe 21). "A và B được bầu giữ chức vụ X": the post is each one's named before it with no title
--     of his own
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Các đồng chí Hà Văn Tư và Lò Văn Mạ được bầu giữ chức vụ Phó Bí thư Tỉnh ủy khóa XV. Ông Cao Văn Sáu, Bí thư Huyện ủy và ông Đinh Văn Lợi được bầu làm Ủy viên Ban Thường vụ.$$);
-- a title after a name does not end inside a meeting's kind it took the first word of ("Ban Chỉ đạo tổng kết ...");
--     with the document it reviews, the review is the committee's task, part of its name (probe 34)
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư, Trưởng Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62 phát biểu.$$);
-- U2 (probe 23). a full name right after "có" opens the list of those present, honorific or not; "đ/.c" (a stray
--     dot) is "đ/c"; the first person's dash title stays his
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Tham dự hội nghị có đ/.c Mạc Văn Định- PBT thường trực Thị ủy, đ/c Lò Văn Mạ- PBT- Chủ tịch UBND thị xã. Dự hội nghị có Hà Văn Tư, Phó Bí thư Thường trực Tỉnh ủy; Vi Văn Lâm, Chủ tịch UBND tỉnh.$$);
-- U5 (probe 23). a stray ";" inside one person's titles: two titles or more after it, no name, go on with his
--     titles; one title alone is a post present with no name, memberships alone a list of those present
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Các đồng chí: Hà Văn Tư, Ủy viên Bộ Chính trị; Bí thư Trung ương Đảng, Trưởng Ban Kinh tế Trung ương; Lò Văn Mạ, Bí thư Tỉnh ủy đồng chủ trì. Dự có đồng chí Vi Văn Lâm, Bí thư Huyện ủy; Phó Chủ tịch UBND tỉnh; lãnh đạo các sở.$$);
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Cùng dự có đồng chí Cao Văn Sáu, Chủ tịch Quốc hội; Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư.$$);
-- U6 (probe 23). "BCĐ" is the short form of "Ban Chỉ đạo": "(Phó) Trưởng BCĐ ..." is a title
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư, Trưởng BCĐ phòng, chống tham nhũng tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Lò Văn Mạ, Phó trưởng Ban Kinh tế Trung ương, Phó trưởng BCĐ Trung ương về tổng kết 15 năm thực hiện Nghị quyết 32.$$);
-- S1, again (probe 23). a post one is transferred to ("được điều động giữ chức", "được phân công làm", "được luân
--     chuyển giữ chức vụ") is a title; the verb alone names no post
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Trung tướng Hà Văn Tư được điều động giữ chức Bí thư Tỉnh ủy Tân Lập. Ông Lò Văn Mạ được phân công làm Phó Bí thư Thường trực Huyện ủy. Ông Cao Văn Sáu được điều động về địa phương.$$);
-- X1, again (probe 23). after a company's legal form ("cổ phần", "CP", "TNHH") its trade in lower case goes on to
--     its name
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư, Bí thư Đảng bộ Công ty CP than Tân Lập chủ trì hội nghị. Ông Vi Văn Lâm, Chủ tịch Công ty TNHH may Hà Tân, cụm trưởng dự.$$);
-- U1. a spaced dash inside the body of a title continues it before fields abbreviated with an ampersand ("Sở Lao động - TB&XH"), not before another title
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Lê Văn Tâm - Giám đốc Sở Lao động - TB&XH phát biểu. Đồng chí Hà Văn Tư - Giám đốc Công ty Than - Phó Bí thư Đảng ủy dự hội nghị.$$);
-- T2 (probe 22). "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương" is one Party organization (2025): its comma
--     cuts neither the title nor the one after it; the Front and the mass organizations listed stay two bodies
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư, Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam phát biểu. Đồng chí Lò Văn Mạ, Chủ tịch Ủy ban Mặt trận Tổ quốc, các đoàn thể tỉnh dự.$$);
-- T4 (probe 22). "kiêm" joins two posts wherever it stands (after "Trung ương", after a place's name); the "về ..."
--     subject of a steering committee (Ban Chỉ đạo) is part of its name, while "về thăm", "về làm việc" is the verb
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư, Trưởng Ban Nội chính Trung ương kiêm Phó Trưởng Ban Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực chủ trì hội nghị. Đồng chí Lò Văn Mạ, Bí thư Đảng ủy xã Tân Lập kiêm Chủ tịch HĐND xã, Phó Trưởng Ban Chỉ đạo huyện về chuyển đổi số phát biểu. Đồng chí Cao Văn Sáu, Trưởng Ban Chỉ đạo tỉnh về thăm huyện Minh Sơn.$$);
-- V8 again (probe 22). "UV BCH TƯ Đảng" (TƯ for TW) and "UVBCH Trung ương Đảng" (the letters glued, "Trung ương"
--     written out) are the title Ủy viên Ban Chấp hành Trung ương Đảng
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Dự hội nghị có đ/c Hà Văn Tư, UV BCH TƯ Đảng, Bí thư Thứ nhất TƯ Đoàn TNCS Hồ Chí Minh và đồng chí Lò Văn Mạ, UVBCH Trung ương Đảng, Bí thư Tỉnh ủy Minh Sơn.$$);
-- N2 (probe 24). "nông thôn mới" is one term: "mới" after "nông thôn" does not cut a steering committee's name in a title
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo xây dựng nông thôn mới của tỉnh chủ trì hội nghị. Đồng chí Lò Văn Mạ, Phó Trưởng Ban Chỉ đạo xây dựng nông thôn mới tỉnh phát biểu.$$);
-- P7 (probe 25). "phòng, chống" is one verb pair after a department's words too ("Sở Chỉ huy phòng, chống dịch
--     Covid-19"): its comma does not cut the title
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư, Phó Chỉ huy trưởng Sở Chỉ huy công tác phòng, chống dịch Covid-19 Thành phố chủ trì cuộc họp. Đồng chí Lò Văn Mạ, Phó Chỉ huy trưởng Sở Chỉ huy phòng, chống thiên tai tỉnh dự.$$);
-- P5 (probe 25). a mass organization in lower case ("công đoàn", "đoàn thanh niên", "hội cựu chiến binh") is the
--     body of the title before it, not where it ends
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư - Phó Giám đốc, Chủ tịch công đoàn Bệnh viện phổ biến nghị quyết. Dự có đồng chí Lò Văn Mạ, Bí thư đoàn thanh niên xã Tân Lập và đồng chí Cao Văn Sáu, Chủ tịch hội cựu chiến binh xã.$$);
-- P6 (probe 25). a duty in lower case ("phụ trách công tác ...") inside a list of titles does not end it: the title
--     after it is the same person's
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban kiểm tra, phụ trách công tác tuyên giáo Đảng ủy, Phó Giám đốc Bệnh viện phát biểu. Đồng chí Lò Văn Mạ, Phó Chủ tịch UBND tỉnh, phụ trách khối văn xã, dự hội nghị.$$);
-- N9 (probe 24). a title ends before "nhiệm kỳ" and its years: the term is no part of the post
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Bà Lò Thị Mai giữ chức Bí thư Đảng ủy phường Tân Lập nhiệm kỳ 2025-2030. Ông Hà Văn Tư, Ủy viên Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 dự hội nghị.$$);
-- S1 again (probes 24, 25). the post one is elected to after "tái đắc cử chức", "tái cử chức vụ", "bầu A vào chức
--     vụ"; all the posts listed after the verb are the person's
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Ông Hà Văn Tư tái đắc cử chức Bí thư Quận ủy Tân Lập. Hội nghị đã bầu đồng chí Cao Văn Sáu vào chức vụ Bí thư Đảng bộ Bệnh viện. Bà Lò Thị Mai được chỉ định giữ chức Bí thư Đảng ủy, Chủ tịch HĐND phường Tân Lập.$$);
-- S1 again (probe 25). the unit a title heads, named again in lower case ("Hiệu trưởng nhà trường"), does not hide
--     the post taken after it ("làm Bí thư Chi bộ")
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Huyện ủy chỉ định bà Lò Thị Mai - Hiệu trưởng nhà trường làm Bí thư Chi bộ.$$);
-- P1 (probe 25). A medical degree before a name ("Bác sĩ", "Bác sỹ", "BSCKII", "TS.BS") introduces the person as
--     "ThS" does, and is no part of the name
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Phía Bệnh viện có Bác sỹ Hà Văn Tư Ủy viên thường vụ Đảng bộ, Trưởng phòng Tổ chức Hành chính, Bác sĩ Lò Văn Mạ- Ủy viên Ban chấp hành Đảng bộ, Phó Giám đốc Bệnh viện. Dự có BSCKII Cao Thị Sáu, Bí thư Đảng ủy, Giám đốc Bệnh viện và TS.BS Đinh Văn Bảy, Giám đốc Sở Y tế.$$);
-- P8 (probe 25). "Chử" is a Vietnamese surname (as Chu): the name after a title is read whatever its middle syllable
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Cùng dự có: Phó Chủ tịch Ủy ban nhân dân (UBND) huyện Minh Sơn Chử Xuân Tám; lãnh đạo một số phòng, ban huyện.$$);
-- N1 (probe 24). A list of "titles – Name" items: the dash before the first name closes its titles, so the titles
--     between two names are the next one's
SELECT name, honorific, titles, roles FROM gb_officials($$Tin vắn
Bí thư Huyện ủy, Chủ tịch HĐND huyện – Hà Văn Tư, Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Dân vận Huyện ủy - Lò Văn Mạ, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện – Cao Văn Sáu chủ trì hội nghị.$$);

-- A level after a committee abbreviated to its letter, the dot glued to the ward's number or the district's name
-- ("Quận ủy Q.2", "Huyện ủy H.Minh Sơn", "Đảng ủy P.9"): the title is whole
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Ông Hà Văn Tư tái cử chức Bí thư Quận ủy Q.2. Đồng chí Lò Thị Hoa, Bí thư Huyện uỷ H.Minh Sơn phát biểu. Đồng chí Cao Văn Sáu, Bí thư Đảng ủy P.9 chủ trì hội nghị.$$);

-- Co-chairs (probe 26): "A; B đồng chủ trì Hội nghị" and "Cùng chủ trì có các đồng chí: ..." give the role
-- "đồng chủ trì"; co-chairs of the whole meeting are its chairs all the same
SELECT name, roles FROM gb_officials($$Tin vắn
Sáng 8/12, đồng chí Hà Văn Tư, Bí thư Tỉnh ủy chủ trì Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2025. Cùng chủ trì có các đồng chí: Lò Văn Mạ, Phó Bí thư Tỉnh ủy; Cao Văn Sáu, Trưởng Ban Tổ chức Tỉnh ủy.$$);
SELECT (gb_extract($$Tin vắn
Sáng 8/12, đồng chí Hà Văn Tư, Bí thư Tỉnh ủy chủ trì Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2025. Cùng chủ trì có các đồng chí: Lò Văn Mạ, Phó Bí thư Tỉnh ủy; Cao Văn Sáu, Trưởng Ban Tổ chức Tỉnh ủy.$$)).chairs;

-- Attendance (probe 27): "có sự tham gia của ..., bao gồm đồng chí A; B" is their attending; "bầu N đại biểu chính
--     thức và M đại biểu dự khuyết dự Đại hội" names delegates to a congress to come, no role of the person named
SELECT name, roles FROM gb_officials($$Tin vắn
Hội nghị có sự tham gia của các lãnh đạo tỉnh Minh Sơn, bao gồm đồng chí Hà Văn Tư, Phó Bí thư Thường trực Tỉnh ủy; Lò Văn Mạ, Phó Bí thư Tỉnh ủy.$$);
SELECT name, roles FROM gb_officials($$Tin vắn
Ông Cao Văn Sáu tái đắc cử Bí thư Huyện ủy; Đại hội cũng đã bầu 26 đại biểu chính thức và 2 đại biểu dự khuyết dự Đại hội đại biểu Đảng bộ tỉnh.$$);

-- Attendance and direction without "dự" (probe 26): "Tại điểm cầu X có các đồng chí: A, ...; B, ..." lists those
--     present there; "ý kiến chỉ đạo của đồng chí A, ... tại Hội nghị" is A's directing it, "theo ý kiến chỉ đạo của
--     đồng chí B" alone may be older directions
SELECT name, roles FROM gb_officials($$Tin vắn
Sáng 9/4, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc. Tại điểm cầu Tỉnh ủy Minh Sơn có các đồng chí: Hà Văn Tư, Phó Bí thư Thường trực Tỉnh ủy; Lò Văn Mạ, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.$$);
SELECT name, roles FROM gb_officials($$Tin vắn
Đó là ý kiến chỉ đạo của đồng chí Cao Văn Sáu, Bí thư Tỉnh ủy tại Hội nghị chuyên đề diễn ra sáng ngày 14/3. Cần làm theo ý kiến chỉ đạo của đồng chí Vi Văn Lâm, Chủ tịch UBND tỉnh.$$);

-- Probe 26, group 4. A Party term after a post ("Bí thư Huyện ủy ... khóa XVIII") is left out of the title, a
-- delegate's assembly of that term kept ("Đại biểu Quốc hội khóa XV"); "Phó trưởng bộ phận" heads a title
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Đồng chí Hà Văn Tư tái đắc cử Bí thư Huyện ủy Minh Sơn khóa XVIII. Dự có Thiếu tướng Lò Văn Mạ - Đại biểu Quốc hội khóa XV. Dự có ông Cao Văn Sáu, Ủy viên Bộ Chính trị, Phó trưởng bộ phận Thường trực chuyên trách Tiểu ban Văn kiện Đại hội XIII của Đảng.$$);

-- Probe 27, group 4. What a steering committee directs after "các" is of its name ("Ban Chỉ đạo các Chương trình
-- mục tiêu quốc gia tỉnh"), and the titles after it in a dashed list are read on
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Cùng dự có ông Hà Văn Tư, Giám đốc Sở Nội vụ - Ủy viên thường trực Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh - Chánh Văn phòng Điều phối tỉnh. Ông Lò Văn Mạ, Trưởng Ban Chỉ đạo các dự án trọng điểm tỉnh phát biểu.$$);

-- Probe 27, group 5. A count before a post, then "(và) là" and as many names: each holds the post ("02 Phó Bí thư
-- Huyện ủy và là ông A và B"); fewer names than the count, a class of persons, no one's
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Ông Hà Văn Tư tái đắc cử Bí thư Huyện ủy, 02 Phó Bí thư Huyện uỷ và là ông Đinh Văn Lợi và Mạc Văn Tú. Đại hội bầu 03 Phó Bí thư Tỉnh ủy là ông Cao Văn Sáu và Lò Văn Mạ.$$);

-- R9 (probe 52 G7). A post, then "là (các|hai|N) đồng chí A và B": those after "là", under one honorific, each hold the
-- post; a count the names do not match ("là ba đồng chí A và B") gives it to no one
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Phó Bí thư Đảng ủy khối là hai đồng chí Thái Duy Phương và Nguyễn Văn Nghĩa. Phó Chủ tịch UBND tỉnh là các ông Lê Văn Hùng, Hoàng Văn Nam và Trần Minh Đức. Phó Bí thư Huyện ủy là 2 đồng chí: Lò Văn Mạ, Cao Thị Sáu. Trưởng Ban Dân vận Huyện ủy là ba đồng chí Vi Văn Lâm và Quách Văn Tám.$$);

-- Probe 29, group 5. A group's titles before a colon are not those of a member who states a membership of his own
-- after a ";"; "tham gia buổi làm việc có:" lists those present; "Văn phòng Tổng Bí thư" mentions no Tổng Bí thư
SELECT name, titles, roles, mentions FROM gb_officials($$Tin vắn
Tổng Bí thư Vi Văn Lâm làm việc với Tỉnh ủy. Đại biểu Trung ương tham gia buổi làm việc có: Các đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Chủ nhiệm Ủy ban Kiểm tra Trung ương Hà Văn Tư, Trưởng ban Tổ chức Trung ương Lò Văn Mạ; Ủy viên Trung ương Đảng, Chánh Văn phòng Trung ương Đảng Cao Văn Sáu; lãnh đạo Văn phòng Tổng Bí thư, Văn phòng Chủ tịch nước.$$);

-- Probe 28, group 1. A title ends before the verb of a caption or a personnel note, written with no comma after it
-- ("Bộ trưởng Bộ Công an đón ...", "... Huyện ủy Đại Từ giữ chức ...", "Thứ trưởng Công an thôi tham gia ...")
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an đón Tổng Bí thư Nguyễn Phú Trọng. Tỉnh ủy điều động đồng chí Nguyễn Xuân Quang, Phó Bí thư Thường trực Huyện ủy Đại Từ giữ chức Phó Trưởng Ban Tuyên giáo Tỉnh ủy. Ông Trần Quốc Tỏ, Thứ trưởng Công an thôi tham gia Ban Chấp hành Đảng bộ tỉnh.$$);

-- Probe 28, group 6. A post's words after "Văn phòng" name the office that serves it ("Phó Chủ nhiệm Văn phòng
-- Chủ tịch nước"), not a second title "Chủ tịch nước"
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Ban Bí thư điều động đồng chí Bùi Trường Giang, Phó Chủ nhiệm Văn phòng Chủ tịch nước làm Phó Trưởng Ban Tuyên giáo T.Ư. Cùng dự có đồng chí Đào Việt Trung, Chủ nhiệm Văn phòng Chủ tịch nước.$$);

-- Probe 29, group 9. A body in its letters inside a title ("Chủ tịch HĐTV Tổng Công ty") and its name spelled out
-- ("Chủ tịch Hội đồng thành viên Tổng Công ty") are one title; the full spelling is kept
SELECT name, honorific, titles, mentions FROM gb_officials($$Tin vắn
Đến dự, có đồng chí Nguyễn Hữu Nghĩa, Bí thư Đảng ủy – Chủ tịch HĐTV Tổng Công ty. Phát biểu chỉ đạo tại hội nghị, đồng chí Nguyễn Hữu Nghĩa, Bí thư Đảng ủy – Chủ tịch Hội đồng thành viên Tổng Công ty nhấn mạnh.$$);

-- Probe 29, group 10. A foreign party's name goes on in lower case up to its country's ("Trung ương Đảng Nhân dân
-- cách mạng Lào")
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Đoàn do đồng chí Xisay Ludetmounsone, Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương Đảng Nhân dân cách mạng Lào dẫn đầu.$$);

-- Probe 28, group 3. A named body's field goes on in lower case up to its level ("Chỉ huy trưởng Bộ Chỉ huy quân sự
-- tỉnh"); a gloss "(UBKT)" in a title is kept as written, as the evaluation's titles keep "(XHCN)"
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Tới dự hội nghị có Đại tá Nguyễn Ngọc Thạch, Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh. Đồng chí Hoàng Văn Hùng, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra (UBKT) Tỉnh ủy đã chủ trì Hội nghị.$$);

-- Probe 31, group 3 (probe 30, group 2). "chỉ đạo" joined to "dự" before "có" is a role of those listed too:
-- "Dự, chỉ đạo và chúc mừng Đại hội có các đồng chí: ...", "Dự và chỉ đạo đại hội có TITLE NAME"
SELECT name, roles FROM gb_officials($$Tin vắn
Dự, chỉ đạo và chúc mừng Đại hội có các đồng chí: Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Nguyễn Hữu Thành, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh. Dự và chỉ đạo đại hội có Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình.$$);

-- Probe 30, group 6. "mới" ending the fixed term "nông thôn mới" is no adverb: the title goes on past it
SELECT name, titles FROM gb_officials($$Tin vắn
Tham gia đoàn có các đồng chí Huỳnh Ngọc Nhã - Tỉnh ủy viên, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Chánh Văn phòng Điều phối nông thôn mới tỉnh; Lâm Tiến Thạch - Tỉnh ủy viên, Bí thư Huyện ủy Long Phú.$$);

-- Probe 30, group 2. "Về phía tỉnh X có các đồng chí: ..." with no role of its own lists those present (dự),
-- as "Tại điểm cầu X có ..." does
SELECT name, roles FROM gb_officials($$Tin vắn
Dự lễ về phía Trung ương có đồng chí Nguyễn Trọng Nghĩa-Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng.

Về phía tỉnh Gia Lai có các đồng chí: Hồ Văn Niên-Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Rah Lan Chung-Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.$$);

-- Probe 31, group 1. A shared title before the colon over bare names ends at ";": the persons after it with a
-- rank or titles of their own are not of the class
SELECT name, titles FROM gb_officials($$Tin vắn
Dự Đại hội, có các đồng chí nguyên Tổng Bí thư BCH T.Ư Đảng Cộng sản Việt Nam: Đỗ Mười, Lê Khả Phiêu; Đại tướng Lê Đức Anh, nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch nước; Nguyễn Tấn Dũng, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ; Trung tướng Huỳnh Ngọc Sơn, Ủy viên T.Ư Đảng, Phó Chủ tịch QH.$$);

-- Probe 29 GROUP-8. the head of a workshop ("Quản đốc phân xưởng Cán") is a position, its workshop named after it
SELECT name, titles FROM gb_officials($$Đảng bộ Tổng công ty Thép Việt Nam có 02 đồng chí Bí thư chi bộ được tuyên dương là: đồng chí Nguyễn Hữu Khánh - Bí thư chi bộ, Quản đốc phân xưởng Cán, Đảng bộ CTCP Thép Nhà Bè và đồng chí Lê Thị Nguyệt - Bí thư chi bộ Văn phòng, Trưởng phòng Kế hoạch vật tư.$$);

-- Probe 32, group 5. One title in the Central Committee's full and short spellings ("Ủy viên Trung ương Đảng",
-- "Ủy viên BCH Trung ương Đảng") is one title, its first spelling kept; "TƯ" (Trung ương) is no "TU" (Tỉnh ủy)
SELECT name, titles FROM gb_officials($$Tin vắn
Chiều 25/8, đồng chí Phạm Văn Dương, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy đến thăm. Dự hội nghị có các đồng chí: Phạm Văn Dương, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy; Trần Văn Bình, Phó Trưởng Ban Tổ chức TƯ. Ông Trần Văn Bình, Phó Trưởng Ban Tổ chức Trung ương phát biểu.$$);

-- Probes 32 (group 7) and 33 (group 8). A name miscased by a slip ("Lê quang Xuyến", "cao Xuân Chiểu", "Phạm VĨnh
-- Cường") after an honorific or in a list, its titles after it, is a name, in title case; "y ban" is "Ủy ban"
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Tại hội nghị đồng chí Lê Tiến Dũng, Phó Bí thư Thường trực Thành ủy; các đồng chí Ủy viên Ban Thường vụ: Lê quang Xuyến, Trưởng Ban Tổ chức; Nguyễn Hồng, Chủ nhiệm y ban Kiểm tra trực tiếp giới thiệu. Dự khai mạc có đồng chí Phạm VĨnh Cường, Phó Bí thư Thường trực Đảng uỷ Khối, đồng chí cao Xuân Chiểu, Phó Bí thư Đảng uỷ Khối.$$);

-- Probe 33, group 6. Bare offices listed with "và" ("Tổng Bí thư, Chủ tịch nước và Thủ tướng Chính phủ cũng tham
-- gia ...") are offices in general, no mention of the one who holds the first: one title, one mention
SELECT name, titles, mentions FROM gb_officials($$Tin vắn
Tổng Bí thư Nguyễn Phú Trọng đã thay mặt Bộ Chính trị ký Quyết định số 84.

Từ năm 2015 đến nay, Tổng Bí thư, Chủ tịch nước và Thủ tướng Chính phủ cũng tham gia Thường vụ Đảng ủy Công an Trung ương.$$);

-- Probe 32, group 6. After an honorific the words are a person's name, though it folds as a place's ("Ông Lâm
-- Đông", not the province Lâm Đồng); without one the place is no person
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Lãnh đạo Ban Tuyên giáo và Dân vận, Ban Tổ chức Tỉnh ủy và UBND tỉnh chủ trì họp báo.
Ông Lâm Đông - Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chia sẻ các thông tin về kỳ đại hội sắp tới. Tỉnh ủy Lâm Đồng tổ chức hội nghị.$$);

-- Probe 34, group 4. A title goes on past words read elsewhere as cues: a court's rank ("tối cao"), a steering
-- committee's task and the documents it carries out ("dân chủ" inside one), a subcommittee's standing member
SELECT name, titles FROM gb_officials($$Tin vắn
Đồng chí Trương Hòa Bình, Bí thư Ban Chấp hành Trung ương Đảng, Chánh án Tòa án Nhân dân tối cao dự. Đồng chí Lê Minh Trí, Viện trưởng Viện Kiểm sát nhân dân tối cao phát biểu. Đồng chí Hà Văn Tư, Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh phát biểu. Dự có đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Thường trực Tiểu ban Văn kiện Đại hội XIV của Đảng.$$);
-- ... and a body that opens inside the chair's post ("Trưởng Ban Chỉ đạo tổng kết ...") is not the organizer
SELECT organizer, chairs, (officials[1]).titles FROM gb_extract($$Sáng 1/7, tại tỉnh Đắk Lắk, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo tổng kết thực hiện Nghị quyết số 10-NQ/TW và Kết luận số 12-KL/TW chủ trì Hội nghị.$$);

-- Probe 34, group 5. "có sự tham gia của ... do đồng chí A – title chủ trì": the persons "do" introduces are the
-- agents of the role right after their titles, not among those attending
SELECT name, roles FROM gb_officials($$Tin vắn
Buổi sinh hoạt có sự tham gia của toàn thể cán bộ, viên chức, đảng viên, quần chúng của Chi bộ do đồng chí Đặng Trung Thái – Bí thư Chi bộ chủ trì phổ biến nội dung chuyên đề. Hội nghị có sự tham gia của đồng chí Lò Văn Mạ, Phó Bí thư Tỉnh ủy do đồng chí Hà Văn Tư, Bí thư Tỉnh ủy và đồng chí Vi Văn Lâm, Chủ tịch UBND tỉnh chủ trì.$$);
SELECT chairs FROM gb_extract($$Sáng ngày 26/11/2020, Chi bộ Trung tâm Khuyến công đã tổ chức sinh hoạt chuyên đề quý IV. Buổi sinh hoạt có sự tham gia của toàn thể cán bộ, viên chức, đảng viên, quần chúng của Chi bộ do đồng chí Đặng Trung Thái – Bí thư Chi bộ chủ trì phổ biến nội dung chuyên đề.$$);

-- Probe 34, group 9. An item of a list of titles that opens with "Phó" but names no position (a word left out,
-- "Phó Bí Thành ủy") is passed over; the well-formed title after it stays the person's
SELECT name, titles FROM gb_officials($$Tin vắn
Chủ trì hội nghị có các đồng chí: Lê Quang Tùng, Ủy viên Trung ương Đảng, Bí thư Thành ủy; Hồ Thị Cẩm Đào, Phó Bí Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam TP; Trương Cảnh Tuyên, Phó Bí thư Thành ủy TP Cần Thơ.$$);

-- Probe 34, group 4, continued. "xã hội" (society) inside a title is a word of the body's name, not the level "xã"
SELECT name, titles FROM gb_officials($$Tin vắn
Ông Lê Văn An, Giám đốc Bảo hiểm xã hội tỉnh dự. Ông Hồ Văn Dũng, Trưởng Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội tỉnh dự.$$);

-- Probe 34, group 4, continued. A steering committee in sentence case names its document in lower case too; a
-- document named by its issuer alone is one
SELECT name, titles FROM gb_officials($$Tin vắn
Ông Võ Văn Em, Trưởng ban chỉ đạo thực hiện quy chế dân chủ ở cơ sở dự. Ông Hà Văn Tư, Trưởng Ban Chỉ đạo tổng kết Nghị quyết của Bộ Chính trị phát biểu.$$);

-- R5 (probe 34 G7). A name the end of the text cuts short ("đồng chí Trần Vă": no syllable ends in "ă", "â", "iê", "uô" or "ươ", nor lacks a vowel) is no official and no chair; one ending in a whole syllable ("Lê Sỹ Nghiêm") stays
SELECT name, roles FROM gb_officials($$Ngày 01/7/2022, Tỉnh ủy Hậu Giang tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh. Đồng chủ trì Hội nghị có đồng chí Nghiêm Xuân Thành, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Trần Vă$$);
SELECT chairs FROM gb_extract($$Ngày 01/7/2022, Tỉnh ủy Hậu Giang tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh. Chủ trì Hội nghị có các đồng chí: Nghiêm Xuân Thành, Bí thư Tỉnh ủy; Trần Thị Phươ$$);
SELECT name, roles FROM gb_officials($$Ngày 01/7/2022, Tỉnh ủy Hậu Giang tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh. Đồng chủ trì Hội nghị có đồng chí Nghiêm Xuân Thành, Bí thư Tỉnh ủy; đồng chí Lê Sỹ Nghiêm$$);

-- Probe 35, group 8. One post written with or without "tỉnh" before its province, or with the assembly's term
-- inside it, is one title, its first spelling kept; a town's level ("thành phố Hà Giang") still parts two posts
SELECT name, titles, mentions FROM gb_officials($$Tin vắn
Trưởng Đoàn ĐBQH tỉnh Lâm Đồng Trần Đình Văn phát biểu. Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn ĐBQH khóa XV tỉnh Lâm Đồng Trần Đình Văn chủ trì Hội nghị. Phát biểu tại Hội nghị, Trưởng Đoàn ĐBQH Lâm Đồng Trần Đình Văn cho biết thêm. Đồng chí Hồ Văn Bình, Bí thư Thành ủy thành phố Hà Giang, Bí thư Tỉnh ủy Hà Giang dự.$$);

-- Probe 35, group 10. "điều hành" (runs) is a role with the meeting or a sitting as its object, or its agent
-- after "dưới sự ... của", "bởi" or "do"; it is no chair; as the verb of management it is no role
SELECT name, roles FROM gb_officials($$Tin vắn
Trong buổi sáng, dưới sự điều hành của Tổng Bí thư Nguyễn Phú Trọng, Ban Chấp hành Trung ương Đảng thảo luận. Phiên họp được điều hành bởi Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Nguyễn Sinh Hùng. Đồng chí Lê Văn Tám phát biểu tại hội nghị do đồng chí Võ Văn Em, Phó Bí thư Tỉnh ủy điều hành. Đồng chí Hồ Văn Năm yêu cầu nâng cao năng lực lãnh đạo, chỉ đạo, điều hành.$$);
SELECT chairs FROM gb_extract($$Tin vắn
Hội nghị do đồng chí Võ Văn Em điều hành. Đồng chí Tạ Văn Ba chủ trì và điều hành phiên thảo luận.$$);

-- Probe 35, group 7. A central commission's department numbered by the area it serves keeps its number ("Vụ
-- Địa bàn 6", "Vụ Địa phương 2"); a count after it is no number of its name
SELECT name, titles FROM gb_officials($$Tin vắn
Dự hội nghị có đồng chí Trần Đức Đình, Phó Vụ trưởng Vụ địa bàn 6, Ủy ban Kiểm tra Trung ương; đồng chí Hồ Văn Ba, Vụ trưởng Vụ Địa phương 2, Ban Tổ chức Trung ương. Ông Phan Văn Năm, Vụ trưởng Vụ Địa bàn 3 năm nay dự.$$);

-- Probe 36, group 1. A role right after the titles of the last item of a "Tham dự có" list, with no ";" going
-- on after it, is that person's alone: he chairs, those listed before attend
SELECT name, roles FROM gb_officials($$Tin vắn
Tham dự có đồng chí Phan Thị Phượng – Phó trưởng Ban Tổ chức Huyện ủy, đồng chí Bùi Thị Ngọc Lê – Bí thư Đảng ủy, Chủ tịch Ủy ban Nhân dân xã chủ trì hội nghị.$$);
SELECT chairs FROM gb_extract($$Tin vắn
Tham dự Hội nghị có các đồng chí là Ủy viên Ban Chấp hành Đoàn Khối, bí thư các cơ sở đoàn trực thuộc; đồng chí Nguyễn Thị Hoa Mận – Bí thư Đoàn Khối chủ trì Hội nghị.$$);

-- Probe 37, group 5. A person after "của" in the words naming an attended event ("tham dự Hội nghị quán triệt
-- tác phẩm của Tổng Bí thư A") is one it studies, not one who attends; "sự tham dự đông đủ của B" names B
SELECT name, roles FROM gb_officials($$Tin vắn
Đảng bộ Bệnh viện Đa khoa tỉnh đã tham dự Hội nghị trực tuyến nghiên cứu, học tập, quán triệt bài viết, tác phẩm của Tổng bí thư Nguyễn Phú Trọng do Ban Thường vụ Tỉnh ủy tổ chức. Hội nghị có sự tham dự đông đủ của đồng chí Cù Văn Lâm, Bí thư Đảng ủy.$$);

-- Probe 37, group 2. A title in capitals right after the lower-case "nguyên" (former) is the former post,
-- "Phó ..." and "Bí thư ..." as "Thủ tướng ..."
SELECT name, titles FROM gb_officials($$Tin vắn
Dự hội nghị có nguyên Thủ tướng Nguyễn Tấn Dũng; nguyên Phó Chủ tịch nước Trương Mỹ Hoa; nguyên Bí thư Thành ủy TP Nguyễn Thiện Nhân; Phó Chủ tịch nước Võ Thị Ánh Xuân.$$);

-- Probe 36, group 2. After the province's level ("tỉnh", "Tỉnh ủy") the place can only be a province, all of
-- which are known: two capitalized syllables making a name there are the person's
SELECT name, titles, roles FROM gb_officials($$Tin vắn
Bí thư Đảng ủy Khối các cơ quan tỉnh Võ Hồng chủ trì hội nghị. Dự có Trưởng Ban Tổ chức Tỉnh ủy Trần Ly. Bí thư Tỉnh ủy Quảng Nam phát biểu.$$);

-- Probe 36, group 9. After "Bộ phận" (a section) "Thường trực" names the section, no second title; after a comma
-- it is one
SELECT name, titles FROM gb_officials($$Tin vắn
Ông Hoàng Trung Hải - Ủy viên Bộ Chính trị, Phó trưởng Bộ phận Thường trực Tiểu ban Văn kiện Đại hội XIII của Đảng - phát biểu. Đồng chí Lê Văn An, Trưởng bộ phận một cửa, Thường trực Tiểu ban Nhân sự Đại hội dự.$$);

-- Probe 37, group 8. After "thôi giữ chức X để ..." (leaves X so as to ...) the post taken with "giữ chức" in
-- the same clause is the person's; the post left is not
SELECT name, titles FROM gb_officials($$Tin vắn
Trao quyết định phân công đồng chí Phạm Gia Túc, Ủy viên Trung ương Đảng, thôi giữ chức Phó trưởng ban Nội chính Trung ương để chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Nam Định. Đồng chí Lê Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, thôi giữ chức Trưởng Ban Dân vận Tỉnh ủy để nghỉ hưu.$$);

-- Probe 37, group 4. A bare position joined by a dash to "Tổng Thư ký" of a body is one post, the body both's;
-- two posts each complete stay two
SELECT name, titles FROM gb_officials($$Tin vắn
Cùng tham dự có ông Lê Tiến Châu, Ủy viên Trung ương Đảng, Phó Chủ tịch – Tổng Thư ký UBTƯ MTTQ Việt Nam; đồng chí Trần Văn Ba, Tổng Bí thư - Chủ tịch nước.$$);

-- Probe 38, group 2. A role belongs to the subject of its own clause: "thay mặt ..." after the comma that ends
-- "sau khi nghe A ..." is B's, named after it; a reporter heard in a clause before does not conclude
SELECT name, roles FROM gb_officials($$Tin vắn
Đồng chí Trần Văn Ba, Bí thư Tỉnh ủy chủ trì buổi làm việc. Tại buổi làm việc, sau khi nghe Bí thư Tỉnh ủy Trần Văn Ba quán triệt một số nội dung,thay mặt Ban Thường vụ Huyện ủy, Bí thư Huyện ủy Lê Văn Diễn đã báo cáo. Sau khi nghe đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy báo cáo, đồng chí Trần Văn Bình, Bí thư Tỉnh ủy phát biểu kết luận hội nghị.$$);

-- Probe 39, group 3. A role word made a noun is no role: a speech played ("Bài phát biểu khai mạc của X"), a
-- document counted ("1 kết luận"); "Trong bài phát biểu, A", "có những phát biểu" and a title's number stay roles
SELECT name, roles FROM gb_officials($$Tin vắn
Sau khi xem đĩa VCD Bài phát biểu khai mạc và bế mạc của Tổng Bí thư Nguyễn Phú Trọng tại Hội nghị quán triệt Nghị quyết TƯ 4 toàn quốc, các đại biểu nghe báo cáo. Đồng chí Nguyễn Thị Mỵ đã truyền đạt 3 Nghị quyết và 1 kết luận, gồm: Nghị quyết số 27-NQ/TW. Trong bài phát biểu, đồng chí Trần Văn Ba nhấn mạnh nhiệm vụ. Đồng chí Lê Văn Cường, Bí thư Chi bộ số 2 phát biểu.$$);

-- Probe 39, group 8. A two-syllable adverb after a place's name ("trực tiếp", "khẩn trương") stands before the
-- verb: it ends the title, no syllable of the place
SELECT name, titles FROM gb_officials($$Tin vắn
PGS.TS. Huỳnh Văn Chương, TUV, Bí thư Đảng ủy Đại học Huế trực tiếp quán triệt tại Hội nghị. Đồng chí Lê Văn An, Bí thư Huyện ủy Phú Vang khẩn trương chỉ đạo.$$);

-- Probe 38, group 1. A title goes on past a number inside it: a disease's code after "phòng chống" ("Covid 19",
-- "Covid-19"), a steering committee named by the number of its document ("Ban Chỉ đạo 35", "BCĐ 389"), not a
-- count; a delegation of the National Assembly keeps its term
SELECT name, titles FROM gb_officials($$Tin vắn
Đồng chí Vùi Văn Nguyện, Bí thư huyện ủy, Trưởng ban Chỉ đạo phòng chống Covid 19 huyện chủ trì cuộc họp. Dự có các đồng chí: Đặng Quốc Khánh, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH khóa XIV; Lê Văn Cường, Phó Trưởng Ban Chỉ đạo 35 tỉnh, Trưởng BCĐ 389 huyện; Trần Văn Ba, Phó Trưởng ban Chỉ đạo phòng, chống COVID-19 tỉnh. Ông Lê Văn Dũng, Trưởng Ban Chỉ đạo 10 năm qua đã chỉ đạo.$$);

-- Probe 39, group 2. "và" between two posts of one person: the second is his too, unless a name follows it (the
-- next person) or a class of persons; a board's bare post, a comma, then the board is one title
SELECT name, titles FROM gb_officials($$Tin vắn
Thủ tướng Phạm Minh Chính, cùng với Đại tướng Tô Lâm, Bí thư Đảng ủy Công an Trung ương và Bộ trưởng Bộ Công an, cùng tham gia. Đồng chí Lê Văn An, Bí thư Tỉnh ủy và Bộ trưởng Bộ Công an Lương Tam Quang dự. Đồng chí Trần Văn Ba, Phó Chủ tịch UBND tỉnh và Giám đốc các sở dự. Tham dự Hội nghị có đồng chí Nguyễn Thị Mỵ – Phó Trưởng ban, Ban Tuyên giáo Tỉnh ủy Lâm Đồng.$$);

-- Probe 39, group 7. "UV" (Ủy viên) before its body written out is a title, as "UV BTV" is
SELECT name, titles FROM gb_officials($$Tin vắn
TS. Vũ Đức Lễ - Bí thư Đảng ủy, Hiệu trưởng Nhà trường dự và chỉ đạo Hội nghị. Cùng dự có TS. Tăng Thế Toan - UV Ban Thường vụ Đảng ủy, Chủ tịch Hội đồng Trường. Ông Lê Văn An, UV BCH Đảng bộ tỉnh, Giám đốc Sở Nội vụ phát biểu.$$);

-- Probe 38, group 4. A post stated through "tái cử chức danh X"; after "thôi ..." (ceases) the post taken with
-- "giữ chức" later in the sentence is the person's, not the one left, unless another person is named first
SELECT name, titles FROM gb_officials($$Tin vắn
Tại Hội nghị lần thứ nhất, đồng chí Lý Anh Hừ tái cử chức danh Bí thư Huyện ủy nhiệm kỳ 2020 - 2025. Theo quyết định, đồng chí Trịnh Việt Hùng thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ chức Bí thư Tỉnh ủy Lào Cai để nhận công tác mới, giữ chức Thứ trưởng Thường trực Bộ Nông nghiệp và Môi trường. Đồng chí Lê Văn An thôi giữ chức Bí thư Huyện ủy, đồng chí Trần Văn Ba giữ chức Bí thư Huyện ủy.$$);

-- Probe 38, group 7. "Cụm trưởng" heads an emulation cluster named after it in sentence case, numbered in
-- Roman numerals too ("số III")
SELECT name, titles FROM gb_officials($$Tin vắn
Đồng chí Đào Thị Thanh An – Phó Bí thư Thường trực Huyện uỷ Lắk, Cụm trưởng Cụm thi đua số III chủ trì hội nghị. Ông Lê Văn Cường, Cụm trưởng cụm thi đua số 3 phát biểu.$$);
-- "Tổ trưởng", "Tổ phó" head a working group named so, as "Cụm trưởng" does, "Khối trưởng" a bloc
SELECT name, titles FROM gb_officials($$Tin vắn
Dự có đồng chí Nguyễn Văn Hải, Tổ trưởng Tổ công tác số 3 của Ban Thường vụ Tỉnh ủy; bà Lý Thị Hoa, Tổ phó Tổ công tác; ông Vũ Văn Nam, Khối trưởng Khối thi đua số 2.$$);

-- R9 (probe 50). The ellipsis in one character ("…") ends a sentence as "..." does: the roles of the sentence after it
-- go to the person named there, not to the one before
SELECT name, roles FROM gb_officials($$Tin vắn
Ông Lê Văn An, Bí thư Tỉnh ủy yêu cầu các cấp ủy gắn bó với nhân dân… Phát biểu bế mạc, ông Trần Văn Bình, Phó Bí thư Tỉnh ủy nêu bật kết quả hội nghị.$$);
SELECT name, roles FROM gb_officials($$Tin vắn
Đồng chí Hà Thị Lan, Chủ tịch Hội Phụ nữ tỉnh đề nghị các cấp hội tiếp tục vận động hội viên… Dự và phát biểu chỉ đạo, đồng chí Nông Văn Hùng, Bí thư Huyện ủy biểu dương kết quả.$$);

-- R7 (probe 40 G4). A role verb whose subject is not a person named: a caption run into the text with no space
-- after its stop ("đại hội.Đoàn Chủ tịch điều hành đại hội.") is a sentence of its own; "các đại biểu dự hội nghị"
-- is an unnamed group's attending, "A cùng các đại biểu dự" A's too
SELECT name, roles FROM gb_officials($$Tin vắn
Các đồng chí: Trịnh Thị Minh Thanh, Phó Bí thư Thường trực Tỉnh ủy; Vi Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy tặng hoa chúc mừng đại hội.Đoàn Chủ tịch điều hành đại hội.Đồng chí Trần Hoàng Hải, Bí thư Đảng ủy phường phát biểu.$$);
SELECT name, roles FROM gb_officials($$Tin vắn
Thường trực Ban Bí thư Trần Cẩm Tú chủ trì họp Ban Chỉ đạo. Sau khi nghe các đại biểu dự hội nghị đóng góp ý kiến, Thường trực Ban Bí thư đánh giá cao các dự thảo. Tổng Bí thư Tô Lâm cùng các đại biểu dự Hội nghị toàn quốc.$$);

-- R7 (probe 40 G6). A title that ends in a school ("Trường THPT", "Trường Tiểu học") is followed by the name of the
-- person the school is named after, no one in the report; "thành phố" before a name is a city, its name a person's
SELECT name, titles FROM gb_officials($$Tin vắn
Ủy ban Kiểm tra Thị ủy đã tiến hành giám sát chuyên đề đối với Chi bộ và đồng chí Bí thư chi bộ phòng Tài nguyên - Môi trường thị xã; Chi bộ và đồng chí Bí thư chi bộ Trường THPT Nguyễn Huệ. Dự có đồng chí Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố Lê Trung Chinh.$$);

-- R9 (probe 44 G6). A late leader remembered, right after "cố" (late), "quê hương (của)", "Ngày sinh", "năm sinh",
-- "tư tưởng, đạo đức, phong cách" (not "... của": "phẩm chất đạo đức của đồng chí A" is the living's), is no official of
-- the report, titles and rank and all; a living official named after such words and a comma stays one and chairs;
-- "củng cố" (as "kiên cố") holds no "cố" (late)
SELECT name, titles, roles FROM gb_officials($$Sáng 7/4/2024, Tỉnh ủy Quảng Trị tổ chức hội nghị học tập tư tưởng của cố Tổng Bí thư Lê Duẩn. Đồng chí Lê Quang Tùng, Bí thư Tỉnh ủy chủ trì hội nghị. An Giang là quê hương của Chủ tịch Tôn Đức Thắng – người cộng sản kiên cường.$$);
SELECT name, titles, roles FROM gb_officials($$Hội nghị kỷ niệm 120 năm Ngày sinh đồng chí Trần Phú, Tổng Bí thư đầu tiên của Đảng. Kỷ niệm 110 năm sinh của đồng chí Hà Huy Tập. Học tập tư tưởng, đạo đức, phong cách của cố Thủ tướng Phạm Văn Đồng. Cố Tổng Bí thư Nguyễn Văn Linh đã nói. Nhân kỷ niệm 100 năm Ngày sinh Tổng Bí thư Lê Duẩn, đồng chí Hồ Văn Nam, Chủ tịch UBND huyện dự.$$);
SELECT name, titles, roles FROM gb_officials($$Sáng 19/5/2024, tại quê hương Đại tướng Võ Nguyên Giáp, đồng chí Trần Hải Châu, Bí thư Tỉnh ủy Quảng Bình chủ trì hội nghị. Tại quê hương Bác Tôn, đồng chí Nguyễn Thanh Bình, Bí thư Huyện ủy Chợ Mới phát biểu. Hội nghị bàn việc củng cố Chủ tịch Hội Nông dân Nguyễn Văn Bình. Hội nghị đánh giá phẩm chất đạo đức của đồng chí Nguyễn Văn Tám, Phó Bí thư Huyện ủy.$$);
SELECT chairs FROM gb_extract($$Sáng 19/5/2024, tại quê hương Chủ tịch Tôn Đức Thắng, đồng chí Lê Hồng Quang, Bí thư Tỉnh ủy An Giang chủ trì hội nghị.$$);
-- R9 (probe 44 G6). So is the late one honoured, or a place named after him, after "tưởng niệm", "tưởng nhớ", "đền
-- thờ", "tượng đài", "Nhà (Khu) lưu niệm", "Khu di tích", "ngày giỗ", "ngày mất"; "chụp ảnh lưu niệm cùng" the living
SELECT name, titles, roles FROM gb_officials($$Sáng 14/7/2024, Huyện ủy Đức Thọ tổ chức lễ tưởng niệm đồng chí Trần Phú tại Khu lưu niệm Tổng Bí thư Trần Phú. Đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy dâng hương tại đền thờ Chủ tịch Tôn Đức Thắng. Nhân ngày giỗ đồng chí Hà Huy Tập, đồng chí Lê Văn An, Chủ tịch UBND huyện chủ trì hội nghị. Các đại biểu chụp ảnh lưu niệm cùng đồng chí Trần Văn Minh, Phó Bí thư Huyện ủy.$$);

-- R7 (probe 40 G7). A place joined of two by a hyphen with no space ("Thừa Thiên-Huế", "Bà Rịa-Vũng Tàu") is one
-- place, the title's end; a name joined so to a title stays a name
SELECT name, titles FROM gb_officials($$Tin vắn
Quyết định về việc đồng chí Nguyễn Quốc Đoàn, Ủy viên Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy Thừa Thiên-Huế thôi giữ chức. Dự có đồng chí Lê Văn Tâm-Ủy viên Ban Thường vụ Tỉnh ủy Bà Rịa-Vũng Tàu.$$);

-- R8 (probe 40 G4). Units before a role verb ("các cơ quan, đơn vị tham dự") are its subject, no person named takes it; nor in "... và các đại biểu dự" when "và" joins no person
SELECT name, roles
FROM gb_officials($$Đồng chí Trần Cẩm Tú đề nghị tiếp thu ý kiến góp ý của các thành viên Ban Chỉ đạo, các cơ quan, đơn vị tham dự, sớm hoàn thiện các dự thảo.$$);
SELECT name, roles
FROM gb_officials($$Đồng chí Trần Cẩm Tú chủ trì hội nghị. Sau khi nghe các thành viên Ban Chỉ đạo xây dựng Báo cáo và các đại biểu dự hội nghị đóng góp ý kiến, đồng chí Trần Cẩm Tú đánh giá cao các dự thảo.$$);
SELECT name, roles
FROM gb_officials($$Tổng Bí thư Tô Lâm cùng các đại biểu dự Hội nghị.$$);

-- R8 (probe 41 G4). The province that ends a run of posts is each one's: the bare "Phó bí thư Tỉnh ủy" of Ninh Bình
-- is not folded into the later "Phó bí thư Tỉnh ủy Hưng Yên" (a transfer's new post); of the same province it is
SELECT name, titles FROM gb_officials($$Tin vắn
Ông Phạm Quang Ngọc, Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Ninh Bình, thôi giữ chức Phó bí thư Tỉnh ủy Ninh Bình nhiệm kỳ 2025 - 2030. Phó trưởng ban Tổ chức T.Ư Nguyễn Quang Dương trao quyết định cho tân Phó bí thư Tỉnh ủy Hưng Yên Phạm Quang Ngọc. Ông Trần Văn Nam, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Vĩnh Phúc phát biểu. Bí thư Tỉnh ủy Vĩnh Phúc Trần Văn Nam nhấn mạnh yêu cầu.$$);

-- R9 (probe 43 G1). The post taken after "làm", "(được chỉ định | được điều động) giữ chức" is kept when the old post
-- before it ends in its term "nhiệm kỳ 2020-2025", as when it does not; and after "tham gia Ban Chấp hành, Ban Thường
-- vụ và giữ chức X", the committees joined being no post; the term is no part of either title
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Chỉ định ông Hồ Xuân Trường, Phó Bí thư Tỉnh ủy Khánh Hòa nhiệm kỳ 2020-2025, làm Phó Bí thư Thường trực Tỉnh ủy Khánh Hòa, nhiệm kỳ 2025-2030. Ông Nguyễn Khắc Toàn, Phó Bí thư Thường trực Tỉnh ủy nhiệm kỳ 2020–2025, được chỉ định giữ chức Phó Bí thư Tỉnh ủy nhiệm kỳ 2025–2030. Bà Lý Thị Nga, Bí thư Huyện ủy Cam Lâm, nhiệm kỳ 2020 - 2025, được điều động giữ chức Giám đốc Sở Nội vụ. Ông Hà Văn Quý, Chủ tịch UBND huyện nhiệm kỳ 2021-2026, phát biểu.$$);
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Ông Phạm Đại Dương - Thứ trưởng Bộ Khoa học - Công nghệ, tham gia Ban chấp hành, Ban thường vụ và giữ chức Phó bí thư Tỉnh ủy Phú Yên nhiệm kỳ 2015 - 2020. Đồng chí Trịnh Văn Khải, Thứ trưởng Bộ Tài chính, được chỉ định tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy và giữ chức Bí thư Tỉnh ủy Lào Cai. Đồng chí Đỗ Văn Lâm, Bí thư Huyện ủy Bảo Thắng, tham gia Ban Chấp hành Đảng bộ tỉnh.$$);

-- R9 (probe 51 G1). The post held after "giữ chức (vụ)" in an appointment is the subject's in the passive "A, P,
-- được điều động, chỉ định tham gia ... và giữ chức X", with no comma between the old post and "tham gia", and after
-- a leading "sẽ thôi tham gia ... và thôi giữ chức P ... để tham gia ... và giữ chức X"; never another person's
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Ông Phạm Hoàng Sơn, Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thái Nguyên, được điều động, chỉ định tham gia Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy và giữ chức Phó bí thư Tỉnh ủy Bắc Ninh nhiệm kỳ 2025 - 2030. Trao Quyết định điều động, chỉ định đồng chí Phạm Xuân Đài, Phó Giám đốc Sở Kế hoạch và Đầu tư tham gia Ban Chấp hành, Ban Thường vụ, giữ chức vụ Phó Bí thư Huyện ủy Hải Hà khóa XXI, nhiệm kỳ 2020-2025. Bà Lò Thị Mai, Giám đốc Sở Y tế tham gia đoàn công tác và ông Hà Văn Tư giữ chức Trưởng đoàn.$$);
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Theo đó, ông Vương Quốc Tuấn sẽ thôi tham gia Ban Chấp hành Đảng bộ, Ban Thường vụ Tỉnh ủy và thôi giữ chức Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Ninh nhiệm kỳ 2025 - 2030 để tham gia Ban Chấp hành Đảng bộ, Ban Thường vụ Tỉnh ủy và giữ chức Phó bí thư Tỉnh ủy Thái Nguyên nhiệm kỳ 2025 - 2030. Bà Trần Thị Hoa, Giám đốc Sở Tài chính, được phân công và bổ nhiệm tham gia Ban Chấp hành, Ban Thường vụ và giữ chức vụ Bí thư Huyện ủy Cam Lâm. Ông Đinh Văn Lợi, Giám đốc Sở Nội vụ, được điều động về địa phương.$$);

-- R9 (probe 51 G2). Posts listed after "nhân sự", or after one named as an office ("tái cử Ủy viên ..., Ban Thường
-- vụ tỉnh ủy, Bí thư, Phó Bí thư tỉnh ủy"), are offices voted on, no back-reference to the person holding the last
SELECT name, titles FROM gb_officials($$Tin vắn
Các đồng chí: Nguyễn Hữu Đông, Bí thư tỉnh ủy; Hoàng Quốc Khánh, Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh cùng chủ trì Hội nghị. Các đại biểu đã bỏ phiếu giới thiệu nhân sự tái cử Ủy viên Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ tỉnh ủy, Bí thư, Phó Bí thư tỉnh ủy khóa XV, nhiệm kỳ 2020-2025. Hội nghị bỏ phiếu giới thiệu nhân sự Phó Chủ tịch UBND tỉnh, Bí thư Tỉnh ủy khóa XVI.$$);

-- R8 (probe 41 G3). A Vụ's or a Cục's title keeps the central board it belongs to, named after a comma; "phụ trách điều hành <body>" after "Thường trực" goes on with the title; a comma before another post still separates posts
SELECT name, titles
FROM gb_officials($$Tại hội nghị, ông Nguyễn Văn Tùng, Vụ trưởng Vụ Địa phương I, Ban Tổ chức T.Ư, đã công bố quyết định. Dự hội nghị có đồng chí Nguyễn Khắc Thận - Phó chủ tịch Thường trực phụ trách điều hành UBND tỉnh, ông Trần Văn Ba, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.$$);

-- R9 (probe 45 G4). A unit of an institution (Khoa, Phòng, Trung tâm, Viện, Ban) whose name holds no level keeps the body
-- it belongs to, named after a comma; "và các Hội" and "cơ sở" go on in the unit's name; a comma before another post or
-- a name, or after a unit a level ends, still separates
SELECT name, titles
FROM gb_officials($$Dự có đồng chí Lương Thu Hậu, Phó Trưởng Phòng Đoàn thể và các Hội, Ban Tuyên giáo và Dân vận Thành ủy. Tiến sĩ Nguyễn Văn Hào, Trưởng Khoa Xây dựng Đảng, Học viện Chính trị khu vực 3, Đà Nẵng truyền đạt. Đồng chí Trần Văn Nam, Trưởng Khoa Lý luận cơ sở, Trường Chính trị tỉnh báo cáo. Đồng chí Phạm Văn Bình, Trưởng phòng Tổng hợp, Văn phòng Huyện ủy Mộc Châu phát biểu. Đồng chí Lò Văn Hai, Trưởng Khoa Nhà nước và Pháp luật, Phó Hiệu trưởng Trường Chính trị tỉnh Sơn La phát biểu. Dự có đồng chí Đinh Văn Một, Trưởng Ban Tuyên giáo Huyện ủy, Trung tâm Chính trị huyện và các đồng chí khác. Đồng chí Mai Thị Ba, Trưởng phòng Tổ chức cán bộ, Hà Văn Bốn, Phó Trưởng phòng Tổng hợp cùng dự.$$);

-- R8 (probe 41 G9). Two syllables glued by a lost space, a capital after a small letter ("TrịnhĐình"), are two
-- words: the same person as the one written apart, NFC or NFD; a brand name ("PetroVietnam") or "ThS" stays whole
SELECT name, titles, mentions
FROM gb_officials($$Tin vắn
Dự hội nghị có ông Phạm Văn Vọng, Bí thư Tỉnh ủy, và ông Trịnh Đình Dũng. Ông TrịnhĐình Dũng, Thứ trưởng Bộ Xây dựng phát biểu.$$);
SELECT name, titles, mentions
FROM gb_officials(normalize($$Tin vắn
Dự hội nghị có ông Phạm Văn Vọng, Bí thư Tỉnh ủy, và ông Trịnh Đình Dũng. Ông TrịnhĐình Dũng, Thứ trưởng Bộ Xây dựng phát biểu.$$, NFD));
SELECT name, titles
FROM gb_officials($$Tin vắn
Dự có đồng chí Lê Văn Tâm, Bí thư Đảng ủy Tập đoàn PetroVietnam, và ThS Nguyễn Văn An, Trưởng phòng Tổ chức.$$);

-- R9 (probe 42 G4). One post whatever short form its city run by the centre is written with ("TPHCM", "TP.HCM",
-- "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh"), and a secretary's post with or without "Tỉnh ủy"/"Thành ủy" before
-- its province or city; the first spelling is kept; another province, or a town of the same name, is another post
SELECT name, titles
FROM gb_officials($$Sáng 26-12, đồng chí Nguyễn Văn Nên, Bí thư Trung ương Đảng, Bí thư Thành ủy TPHCM, làm việc với Quận ủy quận 9. Tại buổi làm việc, ông Nguyễn Văn Nên - bí thư Thành ủy TP.HCM - cho biết người dân quan tâm. Ông Lê Văn Tám, Phó Bí thư Thành ủy TP Hồ Chí Minh, phát biểu. Ông Lê Văn Tám, Phó Bí thư Thành ủy Thành phố Hồ Chí Minh, nói thêm.$$);
SELECT name, titles
FROM gb_officials($$Ông Quản Minh Cường giữ chức Phó bí thư Tỉnh ủy Đồng Nai. Tân Phó Bí thư Đồng Nai Quản Minh Cường phát biểu. Ông Trần Văn Bình, Bí thư Hà Nội, phát biểu. Ông Trần Văn Bình, Bí thư Thành ủy Hà Nội, nói. Ông Lê Văn Cường, Bí thư Thành ủy Hà Giang, nói. Ông Lê Văn Cường, Bí thư Tỉnh ủy Hà Giang, nói. Ông Lê Văn Cường, Bí thư Hà Giang, nói.$$);

-- R9 (probe 42 G5). "Bộ Tổng Tham mưu" is a body, its "tham mưu" in lower case no verb; a unit and the agency it
-- shares a Party organization with are one name across a dash ("... - Cơ quan Bộ Quốc phòng")
SELECT name, titles
FROM gb_officials($$Ông Nguyễn Văn An, Ủy viên Thường vụ Đảng ủy Bộ Tổng tham mưu - Cơ quan Bộ Quốc phòng, Phó Chủ tịch UBND tỉnh phát biểu. Đồng chí Lê Văn Bảy, Ủy viên Thường vụ Đảng ủy Quân khu 7 - Cơ quan Quân khu, Tư lệnh Quân khu chủ trì. Ông Trần Văn Ba, Trưởng Ban Tổ chức Tỉnh ủy tham mưu cho Tỉnh ủy.$$);

-- R9 (probe 47 G2). Titles a comma apart that run into a name with no comma, that name's verb after it, are all
-- the name's (the sentence's subject), none the object's named before them; titles closed by a comma stay his
SELECT name, titles
FROM gb_officials($$Trao quyết định và tặng hoa chúc mừng ông Nguyễn Thành Tâm, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương Lê Minh Hưng nhấn mạnh yêu cầu nhiệm vụ. Chúc mừng bà Lò Thị Mai, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La Nguyễn Văn Được đề nghị đồng chí phát huy kinh nghiệm. Dự có ông Trần Văn Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cà Mau, và ông Lê Văn Tám.$$);

-- R9 (probe 61 G1). In a list with titles before each name and one comma between persons ("T1, T2 A, T3, T4 B,
-- T5 C chủ trì"), the titles after a name's comma open the next person's, with no verb after him too
SELECT name, titles
FROM gb_officials($$Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bùi Thị Quỳnh Vân, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Đặng Ngọc Huy, Phó Bí thư Tỉnh ủy Đinh Thị Hồng Minh chủ trì Hội nghị. Dự hội nghị có Chủ tịch HĐND tỉnh Lê Văn Toàn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Phạm Thị Hoa.$$);

-- R9 (probe 62 G4). A deputy's or a member's post after persons named bare in a row ("A và B, Phó Chủ tịch HĐND")
-- is each one's; a post one person holds ("A và B, Chủ tịch UBND tỉnh") stays the last one's
SELECT name, titles
FROM gb_officials($$Chủ trì kỳ họp có bà Nguyễn Việt Hoa và ông Lê Văn Đen, Phó chủ tịch HĐND. Dự hội nghị có đồng chí Hoàng Văn Sơn, Đỗ Thị Hải - Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An. Dự có ông Lê Văn Hai và ông Phạm Văn Ba, Chủ tịch UBND tỉnh Long An.$$);

-- R9 (probe 62 G5). "thừa ủy quyền", "thừa lệnh" (acting for another) end the titles before them: a two-syllable
-- name after a province's title, then "thừa", is the person's and no part of the title
SELECT name, titles
FROM gb_officials($$Phát biểu tại buổi họp mặt, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Dũng thừa ủy quyền của Thường trực Tỉnh ủy đề nghị các đại biểu nêu cao tinh thần trách nhiệm. Phó Chủ tịch UBND tỉnh Võ Thành thừa lệnh Chủ tịch UBND tỉnh ký quyết định.$$);

-- R9 (probe 62 G5). A name met before, inside the last title with lower-case words after it that are no title's
-- words (its verb, taken in by a committee's name going on in lower case), is the person's, the title cut before it
SELECT name, titles, mentions
FROM gb_officials($$Dự có đồng chí Lê Dũng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Phát biểu tại buổi họp mặt, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Dũng nhắc lại vai trò của Mặt trận. Ông Hà Bình, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tây Ninh dự. Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tây Ninh Hà Bình gợi mở nhiều ý kiến.$$);

-- R9 (probe 61 G4). A grade of staff ("Báo cáo viên cao cấp", "Chuyên viên chính", "Giảng viên cao cấp") is a title
-- whole, and its body after a comma is kept with it, as after "Vụ trưởng Vụ ..."
SELECT name, titles
FROM gb_officials($$Hội nghị được nghe đồng chí Nguyễn Quán Phú - Báo cáo viên cao cấp, Ban Tuyên giáo Trung ương quán triệt những nội dung cơ bản. Đồng chí Hồ Văn Năm, Chuyên viên chính, Ban Tổ chức Tỉnh ủy Nghệ An đọc quyết định. Đồng chí Trần Văn Bình, Giảng viên cao cấp Học viện Chính trị quốc gia Hồ Chí Minh trình bày chuyên đề.$$);

-- R9 (probe 47 G3). A two-syllable short name after an honorific ("Ông Quốc Phong", "bà Mỹ Phương") is a later
-- mention of the one person named in full before who ends with both syllables, as one given name is
SELECT name, titles, mentions
FROM gb_officials($$Bí thư Tỉnh ủy Đồng Tháp - Lê Quốc Phong trao quyết định. Ông Quốc Phong đề nghị phát huy trí tuệ. Dự có bà Trần Thị Mỹ Phương, Phó Chủ tịch UBND tỉnh Bến Tre. Bà Mỹ Phương cho biết tỉnh đã hoàn thành kế hoạch.$$);

-- R9 (probe 42 G5). A ";" inside one person's posts, titles alone after it (a rank and its comma perhaps before
-- them) up to the clause's verb: his posts go on; a rank among the posts is no title; a name after the ";", or a
-- post before a name, opens another person; posts with no verb after them stay a list of those present
SELECT name, titles
FROM gb_officials($$Ông Thái Đại Ngọc - Ủy viên Ban Chấp hành Trung ương Đảng, Ủy viên Quân ủy Trung ương; Ủy viên Thường vụ Đảng ủy Bộ Tổng tham mưu - Cơ quan Bộ Quốc phòng; Thượng tướng, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam được Bộ Chính trị chỉ định giữ chức Bí thư Tỉnh ủy Gia Lai. Bà Trần Thị Hoa, Phó Bí thư Tỉnh ủy; Chủ tịch HĐND tỉnh Kon Tum đã trao quyết định. Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu.$$);
SELECT name, titles
FROM gb_officials($$Dự hội nghị có các đồng chí: Nguyễn Văn An, Bí thư Tỉnh ủy; Trần Văn Bình, Phó Chủ tịch UBND tỉnh phát biểu. Dự có đồng chí Lê Văn Tám, Bí thư Huyện ủy; Phó Chủ tịch UBND huyện Lò Văn Mạ; Giám đốc Sở Nội vụ.$$);

-- R9 (probe 55 G9, probe 54 G8). A position with its head in lower case heads a chain whose shape is clear: after a
-- name and a comma or dash, a bare head before another title in lower case ("tỉnh ủy viên, bí thư huyện ủy"), a
-- committee member's head ("huyện ủy viên") alone at the clause's end; before a name, a bare head leading capitalized
-- titles up to it ("Phó thủ tướng, Bộ trưởng ..."); "các phó chủ tịch, ..." is a class of persons, no title
SELECT name, titles
FROM gb_officials($$Tới dự có đ/c Trương Hồng Phúc – tỉnh ủy viên, bí thư huyện ủy; đ/c Lê Minh Giang – Phó bí thư thường trực huyện ủy. Dự có đồng chí Đinh Văn Hùng, huyện ủy viên. Phó thủ tướng, Bộ trưởng Bộ Tài chính Hồ Đức Phớc dự. Phó thủ tướng Chính phủ, Bộ trưởng Bộ Y tế Lê Văn Bảo dự. Dự có các phó chủ tịch, Giám đốc Sở Nội vụ Nguyễn Văn Lâm.$$);

-- R9 (probe 55 G8). The names of the Central Highlands' peoples glue a one-letter start to a syllable with an
-- apostrophe, curly or straight ("Điểu K’Ré", "Ksor H'Bơ Khăp"): one syllable, the name whole, its titles its own;
-- a quotation mark closing a word is no part of a name
SELECT name, titles
FROM gb_officials($$HĐND tỉnh Đắk Nông bầu ông Điểu K’Ré làm Chủ tịch HĐND tỉnh. Đồng chí Y Quang B’krông, Phó Chủ tịch UBND tỉnh, phát biểu. Dự có bà Ksor H'Bơ Khăp, Chủ tịch Hội LHPN tỉnh Gia Lai; bà Nay H'Drăk, Chủ tịch Hội Nông dân tỉnh. Đồng chí Nguyễn Văn An, Bí thư Chi bộ ‘Thôn 2’ phát biểu.$$);

-- R9 (probe 54 G6). A newsroom's posts are titles ("Phóng viên báo Dân Việt", "Biên tập viên Đài ...", the paper's
-- name after "báo" or "tạp chí" in lower case); after ";" in a list of persons with titles of their own, a name with
-- titles after a comma is a person's whatever its surname, a pen name of two syllables too; places are none
SELECT name, titles
FROM gb_officials($$Hội thảo có các diễn giả: Lê Minh Toản, Phó Tổng Biên tập Báo Tiền Phong; Hữu Việt, Vụ trưởng, Trưởng Ban Văn hóa-Văn nghệ; Đỗ Doãn Hoàng, Phóng viên báo Dân Việt; Nguyễn Văn Bình, Biên tập viên Đài Truyền hình Việt Nam. Khách mời: Trần Văn Hải, Tổng Biên tập báo Quảng Ninh; Minh Khôi, Phóng viên tạp chí Cộng sản. Đồng chí Nguyễn Văn Hòa, Bí thư Huyện ủy; Đồng Tháp, Tiền Giang cùng dự. Các phóng viên báo chí đã đưa tin.$$);

-- R9 (probe 53 G2, probe 55 G5, probe 54 G7). A reason's "do", "vì", "bởi", "lý do" or "tới" after a post opens the
-- predicate: a place's name, capitalized whole, and "Trung ương" end the title before it; "Quản lý" stays one word
SELECT name, titles
FROM gb_officials($$Hội nghị bầu đồng chí Sử Thanh Hoài thay đồng chí Phạm Triều - nguyên Bí thư Huyện ủy Lạc Dương do chuyển công tác. Đồng chí Lê Văn Bình - Phó Bí thư Huyện ủy Bảo Lâm vì lý do sức khỏe không tham dự. Ông Trần Văn Phong – Nguyên Chỉ huy trưởng BCH Quân sự huyện Chư Prông lý do nghỉ công tác. Ông Đặng Văn Sáu, Chủ tịch UBND thị xã Buôn Hồ bởi bận công tác nên vắng. Đồng chí Nguyễn Văn Hùng, Phó Trưởng ban Tổ chức Trung ương tới dự; đồng chí Hà Thị Nga, Ủy viên Trung ương Đảng tới thăm. Đồng chí Lò Văn Tám, Trưởng Ban Quản lý Khu kinh tế tỉnh phát biểu.$$);

-- R9 (probe 54 G1, probe 53 G3). A body's name written on in lower case stays in the title: up to its level ("Hội Văn
-- học nghệ thuật tỉnh"), with words pages write so ("đa khoa", "quản trị", "báo chí"), a newspaper's "báo" before its
-- name; the merged "Báo và Phát thanh, Truyền hình" of a province is one name, and the post after it is still read
SELECT name, titles
FROM gb_officials($$Dự có các đồng chí: Phạm Văn Trường, Phó Tổng Biên tập báo Sài Gòn Giải phóng; Trần Văn Bình, Giám đốc Bệnh viện đa khoa tỉnh; Lê Thị Dung, Chủ tịch Hội đồng quản trị công ty Điện lực; Nguyễn Thị Minh Nhâm, Tổng Biên tập Đài Phát thanh truyền hình Bình Phước và báo Bình Phước; Lại Xuân Môn, Giám đốc Trung tâm báo chí Đại hội XIV của Đảng. Dự có đồng chí Mai Đức Thông, Bí thư Đảng ủy, Tổng Biên tập Báo và phát thanh, truyền hình Tuyên Quang, Chủ tịch Hội Nhà báo tỉnh; đồng chí Hoàng Văn Lâm, Tổng Biên tập Báo và Phát thanh, Truyền hình Lào Cai, Chủ tịch Hội Nhà báo tỉnh; đồng chí Nguyễn Văn Sơn, Tỉnh ủy viên, Chủ tịch Hội Văn học nghệ thuật tỉnh; ông Lê Văn An, Giám đốc Bệnh viện đa khoa Trung ương Thái Nguyên.$$);

-- R9 (probe 54 G10). A mass organization's name in its letters ("Hội NDVN", "Hội LHPN", "Hội CCB", "Đoàn TNCS",
-- "LĐLĐ") and written out in the same report is one post: the title once, as written out
SELECT name, titles
FROM gb_officials($$Sáng 28/9/2023, đại hội khai mạc. Dự có bà Bùi Thị Thơm – Phó Chủ tịch Ban Chấp hành Trung ương Hội NDVN; bà Lê Thị Hồng, Chủ tịch Hội LHPN tỉnh; ông Trần Văn Quý, Chủ tịch Hội CCB tỉnh; anh Lò Văn Tú, Ủy viên BCH Trung ương Đoàn TNCS Hồ Chí Minh; ông Hà Văn Sĩ, Chủ tịch LĐLĐ tỉnh. Bà Bùi Thị Thơm, Phó Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam tặng hoa. Bà Lê Thị Hồng, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh phát biểu. Ông Trần Văn Quý, Chủ tịch Hội Cựu chiến binh tỉnh tặng quà. Anh Lò Văn Tú, Ủy viên Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh phát biểu. Ông Hà Văn Sĩ, Chủ tịch Liên đoàn Lao động tỉnh phát biểu.$$);

-- R9 (probe 55 G1). The post given by the passive's verbs is the person's: a manner before them ("được tín nhiệm
-- bầu"), two in a row ("được tiếp nhận, bổ nhiệm"), the post named as an office ("giữ chức danh"), after "đến nhận
-- công tác ... để"; "A, t1 và B, t2 được bầu X" gives X to both, "A, t1 và ông B được bầu X" to B alone
SELECT name, titles
FROM gb_officials($$Đồng chí Hoàng Văn Kiên, Trưởng Phòng Nội vụ huyện được tín nhiệm bầu giữ chức danh Phó Chủ tịch HĐND huyện. Ông Trần Văn Bình, Trưởng phòng Tư pháp huyện và bà Lê Thị Hoa, Chủ tịch Hội LHPN huyện được bầu giữ chức vụ Phó Chủ tịch UBND huyện Mường Tè. Ông Võ Văn Thuận - Bí thư Huyện ủy Đức Hòa đến nhận công tác tại UBND tỉnh Long An để được tiếp nhận, bổ nhiệm giữ chức Giám đốc Sở Nội vụ. Ông Cao Văn Sáu, Bí thư Huyện ủy và ông Đinh Văn Lợi được bầu làm Ủy viên Ban Thường vụ.$$);

-- R9 (probe 55 G2). A class counted in words or by "các" ("Hai Phó Chủ tịch HĐND tỉnh", "Các Phó Chủ tịch UBND
-- tỉnh"), then "là" and its members: each one holds the post, with an honorific of his own ("ông A và ông B"), one
-- shared ("là ông A và B", "là các ông A, B và C") or none ("là A và B")
SELECT name, honorific, titles FROM gb_officials($$Tin vắn
Hai Phó Chủ tịch HĐND tỉnh là ông Lê Thanh Hùng và ông Hồ Thanh Thủy. Các Phó Chủ tịch UBND tỉnh là các ông Lê Minh Chiến, Phan Như Nguyện và Vương Phương Nam. Hai Ủy viên Thường trực HĐND tỉnh là Trần Văn Hai và Nguyễn Thị Ba. Các Phó Chủ tịch UBND huyện là ông Vũ Văn Lợi và Đinh Văn Chung.$$);

-- R9 (probe 57 G1). A class's time between the post and "là" or "gồm" ("Các Phó chủ tịch hiện tại là", "Các Phó
-- Bí thư mới là", "hiện nay gồm") does not hide its holders; bare names after the verb of an appointment ("bầu A, B,
-- C giữ chức X") each take the post; a post proposed ("đề nghị bầu A giữ chức X") is no one's
SELECT name, titles FROM gb_officials($$Tin vắn
Các Phó chủ tịch hiện tại là Đặng Việt Dũng, Nguyễn Ngọc Tuấn, Hồ Kỳ Minh cũng được bầu lại. Các Phó Bí thư Huyện ủy hiện nay gồm Lò Văn Mạ và Cao Thị Sáu. Các Ủy viên UBND huyện mới là Vũ Văn Lợi, Đinh Văn Chung. Các đại biểu đã bầu Phan Văn Mãi, Võ Thị Thu giữ chức Phó Chủ tịch UBND thành phố. Ban Thường vụ đề nghị bầu Lê Văn Nam giữ chức Phó Bí thư.$$);

-- R9 (probe 57 G5). The kind of a district or commune between its level and its name ("huyện đảo Lý Sơn", "huyện
-- miền núi Hướng Hóa", "xã biên giới Ia Dom") is part of the title, and whoever is listed after it is kept
SELECT name, titles FROM gb_officials($$Tin vắn
Dự có đồng chí Lê Minh Tuấn, Chủ tịch UBND huyện đảo Lý Sơn và Trần Văn An, Chủ tịch UBND huyện miền núi Hướng Hóa. Ông Võ Văn Hòa, Bí thư Huyện ủy huyện đảo Phú Quý và bà Lò Thị Mai, Bí thư Đảng ủy xã biên giới Ia Dom cùng dự.$$);

-- R9 (probe 57 G6). A photo caption's hard line break after a comma does not end a person's titles; the members of
-- an emulation cluster or bloc after "các" are part of its name ("Cụm thi đua các tỉnh miền Trung", "Khối thi đua các
-- sở, ngành"); "Trưởng Khối", "Trưởng Cụm" are posts
SELECT name, titles FROM gb_officials($$Tin vắn
  Đ/c Lê Văn An - Giám đốc Sở Nội vụ,
         Phó Trưởng Ban Tổ chức Tỉnh ủy - khai mạc Hội nghị

Đồng chí Hoàng Phước Quỳnh, Giám đốc Sở Tư pháp, Phó Cụm trưởng Cụm thi đua các tỉnh miền Trung phát biểu. Đồng chí Trần Văn Bình, Giám đốc Sở Tài chính, Trưởng Khối thi đua các sở, ngành phát biểu. Đồng chí Vũ Văn Hải, Vụ trưởng Vụ Địa phương II, Trưởng Cụm giao ban các tỉnh Tây Nguyên dự.$$);

-- R9 (probe 55 G11). A post someone is only proposed or nominated for ("đề nghị phân công A ... giữ chức X", "dự
-- kiến giới thiệu A ... giữ chức X", "quy trình giới thiệu bầu giữ chức X") is no title of his; one he is appointed
-- to is
SELECT name, titles FROM gb_officials($$Tin vắn
Tỉnh ủy đề nghị phân công ông Đoàn Văn Hưng - phó bí thư Thành ủy, chủ tịch UBND thành phố - giữ chức bí thư Thành ủy Hải Dương. Ban Thường vụ Tỉnh ủy dự kiến giới thiệu ông Trần Văn Nam, Phó Bí thư Huyện ủy, giữ chức Bí thư Huyện ủy Yên Thế. Bộ Chính trị cho ông Hồ Văn Dũng, Bí thư Tỉnh ủy Gia Lai, thôi giữ chức Bí thư Tỉnh ủy để Trung ương thực hiện quy trình giới thiệu bầu giữ chức Phó Thủ tướng Chính phủ. Ban Thường vụ Tỉnh ủy phân công ông Lê Văn Tám, Phó Bí thư Huyện ủy, giữ chức Bí thư Huyện ủy Lục Nam.$$);

-- R9 (probe 55 G1). A deputy's seat ("đại biểu HĐND huyện") between a person's titles and the passive's verbs: the
-- post given after them is his all the same; the seat is no title
SELECT name, titles FROM gb_officials($$Tin vắn
Đồng chí Hoàng Văn Kiên, Trưởng Phòng Nội vụ huyện, đại biểu HĐND huyện được tín nhiệm bầu giữ chức danh Phó Chủ tịch HĐND huyện. Bà Lò Thị Mai, Chánh Văn phòng Tỉnh ủy, đại biểu HĐND tỉnh Sơn La được bầu làm Phó Chủ tịch HĐND tỉnh.$$);

-- R9 (probe 56 G3). In a list of persons with their titles ("các đồng chí UVTV Tỉnh ủy: A, T; B, T"), a name that
-- folds as a place's ("Lâm Đông" as Lâm Đồng, "Hà Nam", "Long An") is a person's by its shape and its titles after it;
-- places with no titles of their own stay places
SELECT name, titles FROM gb_officials($$Tham dự tại điểm cầu tỉnh ta có các đồng chí UVTV Tỉnh ủy: Trần Minh Nam, Trưởng Ban Tuyên giáo Tỉnh ủy; Lâm Đông, Trưởng Ban Tổ chức Tỉnh ủy; Hà Nam, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; các đồng chí báo cáo viên cấp tỉnh. Dự có các đồng chí: Long An, Giám đốc Sở Nội vụ; Lâm Đồng Hải - Chủ tịch Hội Nông dân tỉnh. Các đồng chí lãnh đạo các tỉnh: Gia Lai, Ninh Bình, Nam Định cùng dự.$$);

-- R9 (probe 56 G6). A title the end of an excerpt cuts on a lone capital letter ("Phó Trưởng ban Tuyên giáo T") loses
-- that word and adds nothing beside its full form; alone it is what is left of it; an abbreviation ("TU") is no cut word
SELECT name, titles FROM gb_officials($$Đồng chí Phan Xuân Thuỷ- Phó Trưởng ban Tuyên giáo Trung ương chủ trì hội nghị. Đồng chí Lê Thị Hoa, Phó Chủ tịch UBND tỉnh dự.

Định hướng công tác tuyên truyền, đồng chí Phan Xuân Thuỷ- Phó Trưởng ban Tuyên giáo T$$);
SELECT name, titles FROM gb_officials($$Phát biểu kết luận, đồng chí Lê Thị Hoa, Phó Chủ tịch UBND tỉnh Q$$);
SELECT name, titles FROM gb_officials($$Kết luận hội nghị, đồng chí Nguyễn Văn An, Trưởng Ban Tổ chức TU$$);

-- R9 (probe 59 G1). Text broken by hand (pasted from Word, or HTML <br>), its lines of no one width: a line end inside a
-- sentence is a space whatever the widths: the next line goes on in lower case ("Chủ tịch HĐND" / "huyện"), after a
-- dash or a comma, an honorific ("đ/c" / "Phạm Văn Long"), or inside a name after an honorific or inside a title
SELECT name, titles FROM gb_officials($$Huyện ủy Mỹ Lộc vừa tổ chức hội nghị tổng kết
công tác xây dựng Đảng năm 2021. Tới
dự và chỉ đạo có đ/c Trần Văn Hưng- Tỉnh ủy viên- Bí thư HU; đ/c Trần Quốc Lập-
Phó bí thư TTHU- Chủ tịch HĐND huyện; đ/c
Phạm Văn Long- Phó bí thư HU-Chủ tịch UBND huyện.$$);
SELECT name, titles FROM gb_officials($$Sáng 5/3/2024, Thị ủy Ba Đồn tổ chức hội nghị sơ kết. Đồng chí Nguyễn Thị Thu
Hà - Bí thư Thị ủy, Chủ tịch HĐND
thị xã; Hoàng Văn Lâm,
Phó Bí thư Thường trực Thị ủy; Lê Thị Hoa, Trưởng Ban Tổ chức
Thị ủy dự.$$);

-- R9 (probe 60 G1). A committee named after fields listed with commas and "và", the later ones (or the first one's
-- last words) in lower case, is one name up to "của <body>" or a level; a "giữ chức" post after it stays; a known
-- unit ("Ban Tuyên giáo") with "và" and a group after it, or a duty ("phụ trách ...") after a comma, is no field list
SELECT name, titles FROM gb_officials($$Dự hội nghị có các đại biểu: Trịnh Xuân An, Ủy viên Thường trực Ủy ban Quốc phòng và an ninh của Quốc hội; Lê Hoàng Hải, Ủy viên chuyên trách Ủy ban Khoa học, công nghệ và môi trường của Quốc hội; ông Lê Báy, Phó trưởng Ban chuyên trách Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh giữ chức Phó giám đốc Sở Y tế; bà Trần Thị Lan, Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội; bà Hồ Thị Mai, Phó trưởng ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Quảng Nam. Đồng chí Nguyễn Văn Tư, Trưởng ban Tuyên giáo Trung ương và đoàn công tác của Ban Tuyên giáo Trung ương đã làm việc với Tỉnh ủy. Dự có ông Nguyễn Văn An, Phó Trưởng Ban Dân tộc, phụ trách công tác dân tộc tỉnh.$$);

-- R9 (probe 59 G3). Commune and district pages shorten "đồng chí" to "đc", "Đc", "đ.c"; "CT UBMTTQ xã" is the
-- Front's chairman as "CT UBND xã" is the People's Committee's; "Ủy viên TVTU" keeps its "Ủy viên"
SELECT name, honorific, titles FROM gb_officials($$Về dự và chỉ đạo Hội nghị có đ/c Bùi Nhân Sâm, tỉnh ủy viên - Bí thư HU - Chủ tịch HĐND huyện; đc Hà Hải Long UVBTV HU - Trưởng công an huyện; Đc Lê Văn Tám, Phó Chủ tịch UBND huyện Cẩm Xuyên; đ.c Trần Thị Bích, Chủ tịch Hội LHPN huyện. Phát biểu khai mạc Hội nghị, đồng chí Phạm Thanh Sang, PBT Đảng ủy – CT UBMTTQ xã nhấn mạnh. Tham dự tại điểm cầu Thừa Thiên Huế có Ủy viên TVTU, Trưởng Ban Tổ chức Tỉnh ủy Phan Xuân Toàn; đồng chí Võ Văn Minh, Ủy viên TVHU, Chủ tịch UBND huyện.$$);

-- R9 (probe 59 G4). "huyện đoàn", "thành đoàn", "xã đoàn" in lower case are the level's Youth Union committee, the
-- title's whole body, not the level alone; "huyện đoàn kết" is no such body
SELECT name, titles FROM gb_officials($$Về dự có đ/c Nguyễn Văn Linh HUV- Bí thư huyện đoàn và các đồng chí đại diện BTG, BDV huyện ủy cũng đã về dự. Dự hội nghị có đồng chí Lê Văn Minh, Bí thư thành đoàn. Đồng chí Trần Văn Hải, Bí thư xã đoàn phát biểu. Đồng chí Phạm Thị Lan, Phó Bí thư huyện đoàn, cùng dự. Đồng chí Lò Văn Mạ, Chủ tịch UBND huyện đoàn kết các dân tộc.$$);

-- R9 (probe 58 G6). A year after a post's name ("Cụm trưởng Cụm thi đua số 2 năm 2025") dates the post and ends it
-- before its "năm": no title ends in a dangling "năm"
SELECT name, titles FROM gb_officials($$Dự hội nghị có các đồng chí: Trịnh Tuấn Sinh, Phó Bí thư Tỉnh ủy; Nguyễn Văn Hùng, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Thanh Hóa, Cụm trưởng Cụm thi đua số 2 năm 2025 Ban Tổ chức Trung ương. Đồng chí Lê Văn Tám, Giám đốc Sở Nội vụ, Trưởng Khối thi đua các cơ quan Đảng tỉnh năm 2025 phát biểu. Đồng chí Lò Văn Mạ, Khối trưởng Khối thi đua các sở, ngành năm 2024 dự.$$);

-- R9 (probe 58 G7). In a list of "name, titles" items, a ":" typed for ";" after a title that goes on a person's
-- titles after a comma closes his item: the title is his, not the next name's; a group's label after a ";" stays the
-- group's
SELECT name, titles FROM gb_officials($$Dự hội nghị có đồng chí Trịnh Tuấn Sinh, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh Thanh Hóa: Nguyễn Văn Hùng, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy. Dự có đồng chí Lê Thị Hoa, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Hương Khê: Võ Văn Dũng, Phó Chủ tịch HĐND huyện. Dự hội nghị có các đồng chí: Trần Văn An, Bí thư Tỉnh ủy; Ủy viên Ban Thường vụ Tỉnh ủy: Lê Văn Bình, Trưởng Ban Tuyên giáo Tỉnh ủy; Hồ Văn Cường, Trưởng Ban Dân vận Tỉnh ủy.$$);

-- R9 (probe 63 G6). A title's tail goes on: "của" before a level in lower case ("Đoàn đại biểu Quốc hội của tỉnh"),
-- "cơ quan" before the capitalized agency a unit is of ("Chi bộ cơ quan Ủy ban MTTQ tỉnh"), ", phụ trách <body>" after
-- a post with no body yet; a post with its body still ends at the comma before a duty
SELECT name, titles FROM gb_officials($$Dự hội nghị có đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng đoàn Đoàn đại biểu Quốc hội của tỉnh. Đồng chí Hoàng Thị Lan, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH của tỉnh Quảng Ninh dự. Đồng chí Lê Văn Cường, Phó Bí thư Tỉnh đoàn, Trưởng Ban Công tác Thanh thiếu nhi cơ quan Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa phát biểu. Đồng chí Phạm Văn Dũng, Bí thư Chi bộ cơ quan Ủy ban MTTQ tỉnh dự. Ông Phan Văn Hợp, Tỉnh ủy viên, Phó Chủ nhiệm Thường trực, phụ trách Ủy ban Kiểm tra Tỉnh ủy Đồng Tháp và ông Trần Văn Ba, Phó Chủ tịch UBND tỉnh, phụ trách Văn phòng UBND tỉnh, cùng dự.$$);

-- R9 (probe 63 G7). "tái cử làm X", "tái đắc cử làm X" name the post taken as "được bầu làm X" does, so after the
-- manner alone ("được tín nhiệm tái cử làm X")
SELECT name, titles FROM gb_officials($$Chị Trần Thị Mai được tín nhiệm tái cử làm Bí thư Tỉnh Đoàn. Anh Lê Văn Nam được bầu làm Phó Bí thư Tỉnh Đoàn. Đồng chí Hoàng Văn Sơn tái cử làm Chủ tịch Hội Nông dân tỉnh Nghệ An. Bà Lò Thị Hương tái đắc cử làm Chủ tịch Hội LHPN huyện Mường Tè.$$);

-- R9 (probe 63 G8). An association named in its letters with its "Hội" ("HND", "HCCB", "HLHPN") or the Front's
-- Committee with its "Ủy ban" ("UBMTTQ") is the same post as the name written out, once among the titles
SELECT name, titles FROM gb_officials($$Kết luận hội nghị, đồng chí Nguyễn Văn Thi – TUV, Chủ tịch Hội Nông dân tỉnh ghi nhận kết quả. Đ.c Nguyễn Văn Thi – TUV, Chủ tịch HND tỉnh phát biểu kết luận hội nghị. Dự có bà Lê Thị Hồng, Chủ tịch HLHPN huyện Yên Thành. Bà Lê Thị Hồng, Chủ tịch Hội Liên hiệp Phụ nữ huyện Yên Thành phát biểu. Dự có ông Hà Văn Bảy, Chủ tịch HCCB xã Tân Lập. Ông Hà Văn Bảy, Chủ tịch Hội Cựu chiến binh xã Tân Lập tặng quà. Ông Trần Văn Tâm, Chủ tịch UBMTTQ tỉnh dự. Ông Trần Văn Tâm, Chủ tịch Ủy ban MTTQ tỉnh phát biểu.$$);

-- R9 (probe 64 G4). The central board or ministry a Vụ or a Cục belongs to, after a second dash ("A - Vụ trưởng Vụ X -
-- Bộ Y"), goes with the title as after a comma, written with the comma; a dash in the ministry's own name stays, a
-- caption or another post after the dash is no parent
SELECT name, titles FROM gb_officials($$Đồng chí Nguyễn Văn Tùng - Vụ trưởng Vụ Địa phương I - Ban Tổ chức Trung ương công bố quyết định. Đồng chí Lê Đình Tĩnh - Vụ trưởng Vụ Chính sách đối ngoại - Bộ Ngoại giao thông tin chuyên đề. Đồng chí Trần Văn An - Phó Cục trưởng Cục Chính trị - Bộ Quốc phòng phát biểu. Ông Lê Văn Bình - Cục trưởng Cục Trẻ em - Bộ Lao động - Thương binh và Xã hội dự. Đồng chí Hoàng Văn Em - Vụ trưởng Vụ Tổ chức cán bộ - Ảnh: Văn Hùng. Dự có các đồng chí: Đỗ Văn Hải - Cục trưởng Cục Thuế tỉnh - Ủy viên Ban Chấp hành Đảng bộ tỉnh.$$);

-- R9 (probe 65 G5). Capitalized fields listed with a comma or a dash inside a Ban's, a Vụ's or a Cục's name stay in it
-- when a level, a body or the Vụ's parent ends them ("Ban Văn hóa, Xã hội HĐND tỉnh"); a post after the comma is a
-- title of its own
SELECT name, titles FROM gb_officials($$Đến dự có các đồng chí Nguyễn Xuân Thắng - UVBTV, Trưởng ban Dân tộc, Tôn giáo - Quốc phòng, An ninh Trung ương Hội Nông dân Việt Nam; đồng chí Lê Văn Bình, Trưởng ban Văn hóa, Xã hội HĐND tỉnh Bắc Giang; đồng chí Trần Văn An, Vụ trưởng Vụ Tổ chức, Biên chế, Bộ Nội vụ; bà Hồ Thị Hoa, Phó Trưởng Ban Kinh tế, Ngân sách HĐND huyện Yên Thành; ông Phạm Văn Tú, Trưởng ban Tuyên giáo, Chủ tịch Hội Nông dân tỉnh.$$);

-- R9 (probe 65 G6). "(Phó) Trưởng ban Ban X" and "(Phó) Trưởng Ban X" are one post, one title (its first spelling);
-- the deputy's post stays apart from the head's
SELECT name, titles FROM gb_officials($$Đồng chí Phạm Minh Chính - Trưởng Ban Tổ chức Trung ương phát biểu chỉ đạo. Tham dự đại hội, đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Trưởng ban Ban Tổ chức Trung ương biểu dương tỉnh. Dự có ông Lê Văn Hùng, Phó Trưởng ban Ban Dân vận Tỉnh ủy Quảng Trị. Ông Lê Văn Hùng, Phó Trưởng Ban Dân vận Tỉnh ủy Quảng Trị phát biểu. Bà Hoàng Thị Mai, Trưởng ban Ban Tuyên giáo Huyện ủy, nguyên Phó Trưởng Ban Tuyên giáo Huyện ủy dự.$$);

-- R9 (probe 65 G8). "Chủ tịch danh dự" is a post of its own, the association after it its body; "danh dự" is no
-- role "dự"
SELECT name, titles, roles FROM gb_officials($$Dự có ông Nguyễn Văn An, Chủ tịch danh dự Hội Khuyến học tỉnh Thái Bình; bà Lê Thị Hai, Phó Chủ tịch danh dự Hội Người cao tuổi huyện. Đại hội nhất trí suy tôn Đại tướng Võ Nguyên Giáp tiếp tục làm Chủ tịch danh dự Hội Cựu chiến binh Việt Nam.$$);

-- R9 (probe 65 G7). "miễn nhiệm chức vụ/chức danh X đối với ông A" (so "bãi nhiệm", "bổ nhiệm"): the post before
-- "đối với" is the holder's, as written; "đối với" after another post names no holder
SELECT name, titles FROM gb_officials($$Kỳ họp cũng đã bỏ phiếu miễn nhiệm chức vụ Phó Chủ tịch Ủy ban Nhân dân thành phố Cần Thơ đối với ông Võ Thành Thống do có quyết định điều động. HĐND tỉnh miễn nhiệm chức danh Ủy viên UBND tỉnh đối với bà Trần Thị Em. Bí thư Tỉnh ủy nhấn mạnh trách nhiệm đối với ông Lê Văn Nam, người có công.$$);

-- R9 (stop 28 G5). A unit's field whose second syllable is a verb's ("Việc làm", "Tiếp công dân"), its first
-- capitalized as a name's first word is, is one noun: the title keeps it whole; so are "lao động", "thực vật" in a
-- Cục's name, and a field opened by a verb's syllable ("Kiểm soát thủ tục hành chính")
SELECT name, titles FROM gb_officials($$Dự hội nghị có ông Hoàng Văn Em, Cục trưởng Cục Việc làm, Bộ Lao động - Thương binh và Xã hội; bà Lê Thị Hạnh, Giám đốc Trung tâm Dịch vụ việc làm tỉnh; ông Trần Văn Sáu, Trưởng Ban Tiếp công dân tỉnh và ông Phạm Văn Tú, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ. Ông Đỗ Văn Hòa, Cục trưởng Cục Bảo vệ thực vật, Bộ Nông nghiệp và Phát triển nông thôn; bà Vũ Thị Nga, Phó Cục trưởng Cục Quản lý lao động, Bộ Nội vụ và ông Ngô Văn Lực, Cục trưởng Cục Kiểm soát thủ tục hành chính, Bộ Tư pháp cùng dự.$$);

-- R9 (stop 28 G6). "đối với", a preposition, is no syllable of a unit's name: the post before it is the holder's
SELECT name, titles FROM gb_officials($$Đồng chí Nguyễn Văn An, Phó Bí thư Thường trực Tỉnh ủy trao quyết định bổ nhiệm chức vụ Giám đốc Sở Nội vụ đối với ông Trần Văn Bình.$$);

-- R9 (stop 28 G7). "miễn nhiệm chức danh X đối với ông A và bà B": a member's or a deputy's post, held by several
-- at once, is each one's; a head's post the first one's alone, the second found all the same
SELECT name, titles FROM gb_officials($$HĐND tỉnh miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Nguyễn Văn Hải và bà Lê Thị Thu. Kỳ họp miễn nhiệm chức vụ Chủ tịch HĐND huyện đối với ông Trần Văn Long và bà Đỗ Thị Mai.$$);

-- R9 (stop 29 G1). A central unit's name, from the closed set the ministries and the Party's central committees
-- publish, is whole whatever its syllables: a verb's or an adverb's inside it ("Vụ Giáo dục thường xuyên", "Cục
-- Người có công") ends no title, the ministry after it stays; the verb after the name is no part of it
SELECT name, titles FROM gb_officials($$Dự hội nghị có đồng chí Nguyễn Văn An, Vụ trưởng Vụ Giáo dục thường xuyên, Bộ Giáo dục và Đào tạo; bà Lê Thị Bình, Vụ trưởng Vụ Bình đẳng giới, Bộ Nội vụ; ông Trần Văn Cường, Cục trưởng Cục Quản lý xây dựng công trình, Bộ Nông nghiệp và Môi trường; ông Phạm Văn Dũng, Cục trưởng Cục Quản lý lao động ngoài nước, Bộ Nội vụ và ông Đỗ Văn Giang, Cục trưởng Cục Nhà giáo và Cán bộ quản lý giáo dục, Bộ Giáo dục và Đào tạo. Ông Hoàng Văn Em, Cục trưởng Cục Người có công có ý kiến về chính sách. Bà Vũ Thị Hoa, Vụ trưởng Vụ Giáo dục thường xuyên nhấn mạnh vai trò học tập suốt đời. Ông Ngô Văn Hải, Cục trưởng Cục Việc làm phát biểu.$$);

-- R9 (stop 29 B5). The post before "đối với ông A" keeps its holder with the post's term between (", nhiệm kỳ
-- 2016 - 2021") and after the verb "bầu (bổ sung) chức vụ"
SELECT name, titles FROM gb_officials($$Thủ tướng phê chuẩn kết quả bầu bổ sung chức vụ Phó Chủ tịch UBND tỉnh Minh Sơn, nhiệm kỳ 2016 - 2021 đối với ông Lê Văn Bình, Tỉnh ủy viên, Giám đốc Sở Xây dựng. Thủ tướng phê chuẩn miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Minh Sơn, nhiệm kỳ 2016 - 2021 đối với ông Trần Văn Cường.$$);

-- R9 (stop 29 B6). "Thư ký" inside a title, a unit's ("phòng Thư ký Tổng hợp") or a post's secretary ("Thư ký Bộ
-- trưởng"), is no role; the meeting's secretary still is
SELECT name, roles FROM gb_officials($$Bộ trưởng Trần Văn An đã trao quyết định bổ nhiệm ông Lê Văn Bình, chuyên viên chính phòng Thư ký Tổng hợp, Văn phòng Bộ giữ chức Phó chánh Thanh tra Bộ. Bà Lê Thị Hoa từng giữ chức Thư ký Bộ trưởng Bộ Nội vụ. Chủ trì hội nghị là ông Đỗ Văn Hải, thư ký là bà Ngô Thị Mai.$$);

-- R9 (stop 29 A4). "có đồng chí là A, T": the "là" between a singular honorific and the name
SELECT name, honorific, titles, roles FROM gb_officials($$Sáng 12/5/2023, Huyện ủy Bình An tổ chức hội nghị giao ban. Dự hội nghị có đồng chí là Trần Văn Bảo, Phó Chủ tịch UBND huyện.$$);

-- R9 (stop 29 A11). "đọc diễn văn khai mạc" is the opening speech; "Trực tuyến tại điểm cầu X, có A" lists those
-- present there; "B chủ trì cùng sự tham gia của ...": the persons after it attend, not B
SELECT name, roles FROM gb_officials($$Sáng 12/5/2023, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến quán triệt Nghị quyết. Thay mặt Đoàn chủ tịch, đồng chí Lê Văn Hùng - Bí thư Huyện ủy đã đọc diễn văn khai mạc. Trực tuyến tại điểm cầu Công ty Cao su Minh An, có đồng chí Lê Thị Hồng – Tỉnh ủy viên, Bí thư Đảng ủy Công ty cùng các đồng chí trong Ban Chấp hành Đảng ủy Công ty. Tại điểm cầu chính của Đảng ủy Bộ tại phòng họp số 1 do Phó Bí thư Đảng ủy Bộ Nguyễn Huy Hoàng chủ trì cùng sự tham gia của Ủy viên Ban Chấp hành, Thủ trưởng các đơn vị. Hội nghị do đồng chí Đỗ Văn An, Bí thư Tỉnh ủy chủ trì cùng sự tham gia của đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy.$$);

-- R9 (stop 29 C8). "giữ chức Vụ trưởng Vụ X": a capital after "chức" opens the post, no part of the noun "chức vụ"
SELECT name, titles FROM gb_officials($$Bộ Nội vụ công bố quyết định bổ nhiệm ông Lê Văn An giữ chức Vụ trưởng Vụ Tổ chức cán bộ. Bà Trần Thị Bình giữ chức vụ Vụ trưởng Vụ Pháp chế.$$);

-- R9 (stop 29 C3). A title all in lower case whose body is a Party committee's, its level after it ("ủy viên ban
-- thường vụ huyện ủy", "ủy viên ban chấp hành đảng bộ tỉnh"), is one, as written
SELECT name, titles FROM gb_officials($$Dự hội nghị có đồng chí Hà Thị Bình, ủy viên ban thường vụ huyện ủy, trưởng ban tổ chức huyện ủy; đồng chí Lê Văn Cường, ủy viên ban chấp hành đảng bộ tỉnh.$$);

-- R9 (stop 29 C6). A fronted role reaches over "thay mặt <body>," to the person "thay mặt" names; the lines under
-- an attendance header that ends in a colon ("Tham dự buổi lễ có các đồng chí đại biểu:") name persons present
SELECT name, roles FROM gb_officials($$Phát biểu tại buổi lễ, thay mặt lãnh đạo huyện, đồng chí Lê Văn An, Phó Bí thư Huyện ủy ghi nhận những đóng góp của các đảng viên.$$);
SELECT name, roles FROM gb_officials($$Tham dự buổi lễ có các đồng chí đại biểu:
Về phía lãnh đạo xã có đ/c Nguyễn Văn Hải - Phó Bí thư Đảng ủy.
Về tổ chức Đoàn có đ/c Trần Văn Bình - Bí thư Đoàn xã.
Nội dung buổi lễ:
Đồng chí Đỗ Thị Cúc - Bí thư Chi đoàn.$$);

-- R9 (stop 29 D1, D2, D8, D4). A federation with "các" inside its name ("Liên hiệp các Hội Khoa học và Kỹ thuật
-- tỉnh", "Liên hiệp các Tổ chức hữu nghị"), "cán bộ" one word of a group's name ("Đoàn công tác cán bộ Trung
-- ương"), a working group named by the document it carries out, and the Front's boards "Ban công tác <field>"
SELECT name, titles FROM gb_officials($$Dự hội nghị có đồng chí Lê Văn Bình - Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh; đồng chí Trần Thị Lan – Phó Bí thư Chi bộ Liên hiệp các Tổ chức hữu nghị tỉnh.$$);
SELECT name, titles FROM gb_officials($$Tại hội nghị, ông Trần Văn Nam, Trưởng Đoàn công tác cán bộ Trung ương đã trao quyết định. Ông Lê Văn Tâm, Phó Trưởng Tiểu ban công tác cán bộ đã phát biểu.$$);
SELECT name, titles FROM gb_officials($$Dự hội nghị có đồng chí Lê Văn Bình, Tổ trưởng Tổ công tác giúp việc thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy. Bà Lê Thị Hoa, Trưởng Ban công tác Cựu chiến binh phường phát biểu.$$);

-- R9 (stop 30 G1). "Phát biểu tại hội nghị, A, <title>, đề nghị B": the verb after the comma closing A's titles
-- ends the fronted role's subject; B, its object, did not speak
SELECT name, roles FROM gb_officials($$Phát biểu tại hội nghị, đồng chí Trần Văn Lạc, Phó Chủ tịch, đề nghị đồng chí Hoàng Văn Thông tiếp tục phát huy.$$);

-- R9 (stop 30 F5). Below the province, a secretary written without his committee ("Bí thư phường An Bình",
-- "Bí thư quận 5") is the one with it ("Bí thư Đảng ủy phường An Bình", "Bí thư Quận ủy quận 5"): the first kept
SELECT name, titles FROM gb_officials($$Chiều 14-8-2025, Đảng bộ phường An Bình tổ chức Đại hội. Ông Trần Văn Trung, Bí thư phường An Bình, phát biểu. Ông Trần Văn Trung, Bí thư Đảng ủy phường An Bình, đọc diễn văn. Ông Lê Văn Bảy, Bí thư quận 5, dự. Ông Lê Văn Bảy, Bí thư Quận ủy quận 5, phát biểu.$$);

-- R9 (stop 30 F7). The room's field in lower case after "Trưởng phòng", up to its level, is the title's
SELECT name, titles FROM gb_officials($$Sáng 5/3/2025, Chi bộ thôn An Bình tổ chức Đại hội. Dự có đồng chí Nguyễn Văn Chiến, Huyện ủy viên, Trưởng Phòng nội vụ huyện; đồng chí Lê Văn Bảy, Trưởng phòng tài chính - kế hoạch huyện.$$);

-- R9 (stop 30 G9). The body above the last post, in parentheses after it, does not hide the post taken after it
SELECT name, titles FROM gb_officials($$Ngày 5/3/2025, Bộ Chính trị điều động Thiếu tướng Lê Văn Năm - Ủy viên Đảng ủy Công an Trung ương, Cục trưởng Cục An ninh nội địa (Bộ Công an), tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Thường trực Tỉnh ủy Hà Nam nhiệm kỳ 2020 - 2025.$$);

-- R9 (stop 30 G10). A photo's credit after a full stop ("(Ảnh PV)") ends the sentence: the fronted role after it
-- is not the caption's person's
SELECT name, roles FROM gb_officials($$Ông Nguyễn Văn Sáu - tân Phó Bí thư Tỉnh ủy Hà Nam. (Ảnh PV) Phát biểu tại Hội nghị, Trưởng ban Tổ chức Trung ương Lê Văn Bảy chúc mừng tân Phó Bí thư.$$);

-- R9 (stop 30 G8, F10a). "điều hành" an item of the agenda ("phần thảo luận", "nội dung bầu ...") is a role
SELECT name, roles FROM gb_officials($$Đồng chí Lê Văn Bốn, Phó Bí thư Tỉnh ủy điều hành phần thảo luận. Đồng chí Trần Văn Năm - Chủ tịch UBND tỉnh điều hành nội dung bầu Đoàn Chủ tịch.$$);

-- R9 (stop 30 E9). A commune's Standing Committee member written short: "TVĐU", "UVBTVĐU"
SELECT name, titles FROM gb_officials($$Tham dự có đồng chí Nguyễn Văn An, TVĐU, Chủ tịch UBMTTQ xã; đồng chí Lê Thị Bình, UVBTVĐU, Chủ tịch Hội Nông dân xã.$$);

-- R9 (stop 30 README). "anh"/"chị" in lower case before a full name are honorifics; a body in its letters
-- ("HĐND") gives way to its spelling out when that comes later
SELECT name, honorific, titles FROM gb_officials($$Bí thư Tỉnh đoàn, chị Lê Thị Hoa phát biểu. Ông Lê Văn An, Chủ tịch HĐND phường, dự. Ông Lê Văn An, Chủ tịch Hội đồng Nhân dân phường phát biểu.$$);

-- R10 (stop 31 L-G13). A noun of a unit's name whose first syllable is a verb's ("kết cấu", "giao thông")
-- reads on: the room's whole name is the title, and the post taken after it is kept
SELECT name, titles FROM gb_officials($$Dự hội nghị có ông Lê Văn Tám, Trưởng phòng Quản lý kết cấu hạ tầng và An toàn giao thông, giữ chức Phó Giám đốc Sở Giao thông vận tải; bà Trần Thị Hoa, Trưởng phòng Quản lý đô thị huyện An Phú.$$);

-- R10 (stop 31 L-E9). A standing committee as the first item after a name, "Ủy viên" left out ("Ban TVĐU",
-- "BTV Huyện ủy"), is the member's title as written when another post follows; with no post after it, none
SELECT name, titles FROM gb_officials($$Tham dự có đồng chí Nguyễn Văn An, Ban TVĐU, CT UBMTTQ Việt Nam xã; đồng chí Lê Văn Bình, BTV Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy; đồng chí Trần Văn Cường, Ban Thường vụ Huyện ủy và lãnh đạo các ban.$$);

-- R10 (stop 31 L-F10a). "chỉ đạo" governing the congress ("trực tiếp chỉ đạo Đại hội", "dự và chỉ đạo Đại hội")
-- is the role; "Ban chỉ đạo Đại hội" is the steering committee, no role
SELECT name, roles FROM gb_officials($$Ông Lê Văn An – Phó Bí thư Tỉnh ủy trực tiếp chỉ đạo Đại hội điểm. Đồng chí Trần Văn Bình, Trưởng Ban Tổ chức Tỉnh ủy dự và chỉ đạo Đại hội. Thường trực Ban chỉ đạo Đại hội, đồng chí Hà Văn Cường báo cáo.$$);

-- R10 (stop 31 H2). A steering committee's title ends before the verb of assent ("nhất trí", "thống nhất",
-- "tán thành") and before an adverb of degree that opens it ("cơ bản", "hoàn toàn")
SELECT name, titles FROM gb_officials($$Ông Lê Văn An, Phó Trưởng Ban Chỉ đạo cơ bản nhất trí với báo cáo. Ông Trần Văn Bình, Trưởng Ban Chỉ đạo hoàn toàn thống nhất với dự thảo. Bà Lê Thị Hoa, Phó Trưởng Ban Chỉ đạo tán thành.$$);

-- R10 (stop 31 I10). A steering committee named by the document it carries out "và công tác" a second task
-- (every commune has this one) goes on to its level
SELECT name, titles FROM gb_officials($$Dự có đồng chí Phạm Văn Khoan - Phó Bí thư Đảng ủy, Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và công tác vận động quần chúng xã.$$);

-- R10 (stop 31 I2). "Thường vụ" and a Party committee, "Ủy viên Ban" left out, is a member's title as written
-- (as "TVTU" is); "Ủy viên Thường vụ Huyện ủy" stays one title
SELECT name, titles FROM gb_officials($$Dự có đồng chí Lê Văn Bình, Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy; đồng chí Trần Văn Tâm - Thường vụ Đảng ủy, Phó Chủ tịch UBND xã; đồng chí Lê Văn Sơn, Ủy viên Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện.$$);

-- R10 (stop 31 J6). A former post keeps its "nguyên", another title than the post held now
SELECT name, titles FROM gb_officials($$Dự có Thiếu tướng Nguyễn Hải Trung, nguyên Phó Tổng cục trưởng Tổng cục Chính trị. Ông Lê Văn An, nguyên Bí thư Tỉnh ủy, dự. Ông Lê Văn An, Bí thư Tỉnh ủy phát biểu.$$);

-- R10 (stop 31 J5). Units of the police, the army and the press whose names hold a verb's syllable
-- ("điều tra", "giao thông", "Tiếng nói", "hình sự"), a military hospital's number, and the heads of a border
-- post, a team and a prison
SELECT name, titles FROM gb_officials($$Dự có ông Vũ Văn Bắc, Cục trưởng Cục An ninh điều tra; ông Lê Văn Nam, Trưởng phòng Cảnh sát giao thông Công an tỉnh; Tổng Giám đốc Đài Tiếng nói Việt Nam Đỗ Văn Sỹ; ông Trần Văn Tư, Giám đốc Bệnh viện Quân y 103; ông Lê Văn Hải, Đồn trưởng Đồn Biên phòng Cửa khẩu Cha Lo; ông Hà Văn Sáu, Đội trưởng Đội Cảnh sát hình sự Công an huyện; ông Lê Văn Bảy, Giám thị Trại giam Nam Hà.$$);

-- R10 (stop 31 I6). A title before the name whose unit's parent body follows a comma: the body ends where the
-- name does
SELECT name, titles FROM gb_officials($$Dự có Phó Trưởng Ban công tác phía Nam, Ủy ban Trung ương MTTQ Việt Nam Phạm Thanh Tuyền; Chủ tịch UBND tỉnh Trần Văn An.$$);

-- R10 (stop 31 J2). Company-grade, non-commissioned and naval ranks introduce a name as "Thiếu tá" does
SELECT name, titles, roles FROM gb_officials($$Đại úy Vũ Văn Tùng phát biểu. Phó Đô đốc Lê Văn Hải, Phó Tư lệnh Quân chủng Hải quân dự. Thượng sĩ Trần Văn Nam, Trung úy Đỗ Văn Ba dự.$$);

-- R10 (stop 31 H4). Degrees in the old spelling "sỹ" introduce a name as "Tiến sĩ" does
SELECT name, titles FROM gb_officials($$Các đại biểu được nghe Tiến sỹ Phạm Duy Khánh, Viện trưởng Viện Văn hóa truyền đạt chuyên đề. Phó Giáo sư, Tiến sỹ Lê Văn Khánh, nguyên Viện trưởng Viện Triết học trình bày.$$);

-- R10 (stop 31 J3). A given name folding as a body's two words ("Thanh Trà", "Thanh Tra") is the name's when
-- spelled otherwise than the body, or when no body's name follows it
SELECT name, titles FROM gb_officials($$Bộ trưởng Nội vụ Phạm Thị Thanh Trà chủ trì hội nghị. Đồng chí Nguyễn Thanh Tra, Bộ trưởng Bộ Nội vụ phát biểu. Bà Trần Thị Công Đoàn dự.$$);

-- R10 (stop 31 J4). After a post's class and its bare members, a member with a post of his own before his name
-- leaves the class; titles after "của" a document's head no list
SELECT name, titles FROM gb_officials($$Dự hội nghị có các Phó Thủ tướng: Lê Văn Bình, Vũ Văn Cường, Bộ trưởng Bộ Y tế Nguyễn Văn Dũng.$$);
SELECT name, titles FROM gb_officials($$Căn cứ các Quyết định của Bộ trưởng Bộ Quốc phòng: Đại tá Nguyễn Văn Thắng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh nghỉ chờ hưu; Đại tá Vũ Văn Anh, Sư đoàn trưởng Sư đoàn 395 nay giữ chức Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.$$);

-- R10 (stop 31 H5). Titles after ";" with a plural body after them are a group's, not the person's before
SELECT name, titles FROM gb_officials($$Dự có đồng chí Trần Văn Bình – Phó Chủ tịch UBND xã; Bí thư, Phó Bí thư các chi bộ trực thuộc.$$);
SELECT name, titles FROM gb_officials($$Dự có đồng chí Đỗ Quang Chiến – Phó Bí thư, Chủ nhiệm UBKT Đảng ủy; các đồng chí là Đảng ủy viên; Bí thư, Phó Bí thư, chi ủy viên các chi bộ.$$);

-- R10 (stop 31 I5). "đại biểu" with no "các", opening the sentence or after a count, is a plural subject: its
-- role is no named person's
SELECT name, roles FROM gb_officials($$Đại biểu tham dự hội nghị đã hiệp thương cử bà Lê Thị Hoa giữ chức Chủ tịch. 100% đại biểu dự hội nghị đã thống nhất bầu ông Trần Văn An. Bà Đỗ Thị Mai, đại biểu dự hội nghị, cho biết.$$);

-- R10 (stop 31 J7). A fronted "Chỉ đạo tại hội nghị," opening the sentence gives "chỉ đạo", as "Kết luận tại" does;
-- "thực hiện chỉ đạo tại Hội nghị X" gives none
SELECT name, roles FROM gb_officials($$Chỉ đạo tại hội nghị, Thiếu tướng Lê Văn Nhân, Phó Tư lệnh Quân khu 4, biểu dương kết quả. Thực hiện chỉ đạo tại Hội nghị giao ban của Tỉnh ủy, đồng chí Trần Văn An chủ trì hội nghị.$$);

-- R11 (stop 32 L5). The fronted "chỉ đạo tại hội nghị" right after a name, or a name and its titles, is that
-- person's verb; after a noun ("nội dung chỉ đạo tại", "theo chỉ đạo tại") it gives none
SELECT name, roles FROM gb_officials($$Đồng chí Lê Văn An, Bí thư Huyện ủy chỉ đạo tại hội nghị. Phó Bí thư Thường trực Thành ủy Ngô Thị Hằng chỉ đạo tại hội nghị. Đồng chí Trần Văn Bình quán triệt nội dung chỉ đạo tại hội nghị. Đồng chí Đỗ Văn Cường nêu rõ theo chỉ đạo tại Hội nghị Trung ương 8, cần làm tốt.$$);

-- R11 (stop 32 M7). "dưới sự chủ trì của A, X làm việc với Y do B dẫn đầu": B leads the delegation, no chair;
-- "phát biểu ý kiến chỉ đạo." at the sentence's end is the directing speech
SELECT name, roles FROM gb_officials($$Chiều 17/5, dưới sự chủ trì của đồng chí Hoàng Văn An, Bí thư Thành ủy, Ban Thường vụ Thành ủy Hòa Minh đã làm việc với Ban Thường vụ Tỉnh ủy Tam Nông do đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy dẫn đầu. Đồng chí Lê Văn Cường, Phó Bí thư Tỉnh ủy dự và phát biểu ý kiến chỉ đạo.$$);

-- R11 (stop 32 K9). An MC's header, "Tới dự với buổi Lễ ... trân trọng giới thiệu:", over a list with "– Về
-- phía X:" sub-headers: all listed attend
SELECT name, roles FROM gb_officials($$Sáng 5/3, Chi bộ Trường THCS Tam Nông tổ chức Lễ kết nạp đảng viên.
Tới dự với buổi Lễ kết nạp đảng viên của chi bộ Ban tổ chức xin nhiệt liệt chào đón và trân trọng giới thiệu:
– Về phía Đảng ủy xã Tam Nông:
+ Bà Lê Thị An, Chủ tịch Hội phụ nữ xã Tam Nông
– Về phía Chi bộ trường
+ Bà Đỗ Thị Cúc – Bí thư chi bộ$$);

-- R11 (stop 32 M4). A page's tag line ("Tag: ..., Ủy viên Bộ Chính trị , Thủ tướng A , ...") gives no one titles
SELECT name, titles FROM gb_officials($$Sáng 17/10, Thủ tướng Phạm Văn An chủ trì hội nghị.
Tag: Thời sự , Ủy viên Bộ Chính trị , Bí thư Trung ương Đảng , Thủ tướng Phạm Văn An , Phó Chủ tịch Quốc hội$$);

-- R11 (stop 32 M6). A second post "Thường trực Tổ biên tập ...", "Thường trực Ban Chỉ đạo 35 tỉnh" is kept, as
-- "Thường trực Tiểu ban ..." is
SELECT name, titles FROM gb_officials($$Dự có đồng chí Nguyễn Văn Thông – Tổng thư ký Hội đồng Lý luận Trung ương, Thường trực Tổ biên tập văn kiện Đại hội XIII của Đảng; đồng chí Lê Văn An - Phó Bí thư Tỉnh ủy, Thường trực Ban Chỉ đạo 35 tỉnh.$$);

-- R10 (stop 31 J9). A text wrapped at a width by a wrapper counting letters of several widths: a full line
-- leaving room for the next word goes on all the same where a title read through its end runs past it, in a
-- heading in capitals ("... TRẦN VĂN" / "BÌNH TẠI ...": no person "Trần Văn") or in the text ("Trưởng Ban" /
-- "Dân vận Tỉnh ủy ..."), and where a list opened by ":" runs on in a full line (all attend)
SELECT name, roles FROM gb_officials($$THÔNG BÁO
KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH HÒA MINH TRẦN VĂN
BÌNH TẠI HỘI NGHỊ TRỰC TUYẾN VỚI CÁC HUYỆN
Sáng ngày 09 tháng 4 năm 2022, tại trụ sở Ủy ban nhân dân tỉnh, Chủ tịch UBND
tỉnh Trần Văn Bình đã chủ trì hội nghị trực tuyến với các huyện, thị xã và các
thành phố trong tỉnh về công tác phòng, chống dịch bệnh trên địa bàn toàn tỉnh.
Tham dự hội nghị tại điểm cầu trụ sở Ủy ban có các Phó Chủ tịch UBND tỉnh:
Lê Văn Khải, Hà Đức Lâm, Lê Văn Hạnh, Giám đốc Sở Y tế Phan Văn Giao, Chủ tịch
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hòa Minh Đỗ Văn Chinh, Trưởng Ban
Dân vận Tỉnh ủy Bùi Thị Minh Hoàn; Giám đốc Sở Tài chính Nguyễn Thúy Ánh, Giám
đốc Sở Nội vụ Bùi Thanh Sang, Giám đốc Sở Tư pháp Lê Thành Luân; đại diện lãnh
đạo các sở, ngành.$$);

-- R10 (stop 31 I3). The secretary of a commune's youth union with its level word first: the title whole, "Bí thư Xã đoàn X"
SELECT name, titles
FROM gb_officials($$Ngày 25/1/2022, Xã đoàn Vĩnh Hà tổ chức Đại hội đại biểu. Dự có chị Trần Thị Bích, Bí thư Xã đoàn Vĩnh Hà.$$);

-- R11 (stop 32 L4). A steering committee's task in lower case is read to its end, its words of two syllables
-- counted once ("cải cách tư pháp", "thi hành án dân sự", "công tác thông tin đối ngoại")
SELECT name, titles FROM gb_officials($$Cùng dự có đồng chí Lê Văn An, Phó Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực, Phó Trưởng Ban Chỉ đạo cải cách tư pháp; đồng chí Trần Văn Bình, Trưởng Ban Chỉ đạo thi hành án dân sự, Trưởng Ban Chỉ đạo công tác thông tin đối ngoại; đồng chí Lê Văn Cường, Phó Trưởng ban Thường trực Ban Chỉ đạo cải cách tư pháp TPHCM.$$);

-- R11 (stop 32 L6). The surnames Uông, Ma (Tày), Ôn, Ngọ, Chế start a name after a title
SELECT name, titles FROM gb_officials($$Phó Chủ tịch Quốc hội Uông Chu Lưu phát biểu. Phó Chủ tịch UBND tỉnh Chế Việt Dũng, Bí thư Huyện ủy Ma Thanh Hải, Chủ tịch UBND huyện Ngọ Duy Hiểu dự.$$);

-- R11 (stop 32 L3). A congress subcommittee named by two duties with a comma between them is one name in a title
SELECT name, titles FROM gb_officials($$Đồng chí Lê Văn An, Phó Bí thư Tỉnh ủy, Trưởng Tiểu ban Tuyên truyền, khánh tiết chủ trì cuộc họp. Đồng chí Trần Văn Bình, Trưởng Tiểu ban Tổ chức, phục vụ Đại hội Đảng bộ tỉnh lần thứ XV dự.$$);

-- R11 (stop 32 M6). "Cụm phó", "Khối phó" as "Cụm trưởng"; a group named by what it drafts ("Đề án và dự thảo
-- Nghị quyết"); "Ủy viên BCT" one title with "Ủy viên Bộ Chính trị", the spelled-out one kept
SELECT name, titles FROM gb_officials($$Chủ trì có đồng chí Lê Văn An, Bí thư Tỉnh ủy Hà Nam, Cụm trưởng; đồng chí Trần Văn Bình, Bí thư Tỉnh ủy Nam Định, Cụm phó. Đồng chí Lê Văn Cường - Phó Chủ tịch UBND tỉnh, Tổ trưởng Tổ xây dựng Đề án và dự thảo Nghị quyết phát biểu. Đồng chí Đỗ Văn Dũng - Ủy viên BCT, Bộ trưởng Bộ Công an phát biểu. Đồng chí Đỗ Văn Dũng - Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an dự.$$);

-- R11 (stop 32 K6). "Phó" capitalized before "bí thư chi bộ" in lower case (a post with its body in its phrase)
-- is a title, as "Phó Bí thư chi bộ" is
SELECT name, titles FROM gb_officials($$Dự có:
+ Bà Trần Ngọc Hiền – Phó bí thư chi bộ
+ Ông Lê Văn An – Bí thư chi bộ$$);

-- R11 (stop 32 S31 I7). A ward's merged name "X - Y" after its level word is read whole in a title; a title after
-- the dash is another title
SELECT name, titles FROM gb_officials($$Đồng chí Lê Văn An, Bí thư Đảng ủy phường Xuân Hương - Đà Lạt, Chủ tịch HĐND phường phát biểu. Đồng chí Trần Văn Bình, Bí thư Đảng ủy xã Tân Lập - Chủ tịch UBND xã dự.$$);

-- R11 (stop 32, S31 left). The agencies "Báo", "Đài" as a department's parent only so spelled: not "Đại" of a rank ("Đại tá") nor "Bảo" of a place; "Báo Tân Lập" still
SELECT name, titles
FROM gb_officials($$Dự hội nghị có đồng chí Trần Văn Bình, Phó trưởng phòng Tổng hợp, Đại tá Lê Văn Cường và đồng chí Hoàng Minh Đức, Trưởng phòng Nội vụ, Bảo Lộc. Đồng chí Lê Thị Hoa, Phó trưởng phòng Tổng hợp, Báo Tân Lập phát biểu.$$);

-- R11 (stop 32 M6, last read). The centre written short ("TW") gives way to its spelling out when that comes later,
-- as a body written in its letters does
SELECT name, titles FROM gb_officials($$Dự hội nghị có đồng chí Lê Văn An, Bí thư TW Đảng, Chánh Văn phòng Trung ương Đảng.

Đồng chí Lê Văn An, Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng phát biểu.$$);

-- R12 (stop 33 P5). A title runs on over its unit's name: a room's or a board's fields listed with commas ("Phòng
-- Văn hóa, Thông tin huyện"), "và" and lower-case fields before the body ("Ban Kinh tế và ngân sách HĐND tỉnh"), a
-- district abbreviated with a dot after "UBND" ("Q.Tân Bình"); two titles a comma apart stay two
SELECT name, titles FROM gb_officials($$Ông Trần Văn An, Trưởng phòng Văn hóa, Thông tin huyện dự hội nghị. Ông Lê Văn Bình, Trưởng Phòng Tuyên truyền, Báo chí, Xuất bản, Ban Tuyên giáo Thành ủy dự. Đồng chí Hoàng Văn Cường, Trưởng Ban Kinh tế và ngân sách HĐND tỉnh dự. Ông Đỗ Văn Dũng, Phó chủ tịch UBND Q.Tân Bình dự. Ông Phạm Văn Em, Trưởng phòng Nội vụ, Chánh Văn phòng HĐND huyện dự.$$);

-- R12 (stop 33 O13). A colon between a name and its title sets it off as a comma does; a label's colon before the
-- names ("Chủ trì:", "các đồng chí:") and a quote after a name's colon are as before
SELECT name, titles FROM gb_officials($$Dự hội nghị có đồng chí Lê Văn An: Phó Bí thư Huyện ủy và đồng chí Trần Thị Bình: Phó Chủ tịch UBND huyện. Chủ trì: đồng chí Hoàng Văn Cường, Bí thư Huyện ủy. Dự có các đồng chí: Đỗ Văn Dũng, Phó Chủ tịch HĐND huyện; Phạm Văn Em. Đồng chí Vũ Văn Giang: “Phải làm tốt công tác cán bộ”.$$);

-- R12 (stop 33 K6). A title in lower case right after a full name with no comma, words after its post, starts his
-- titles; a verb ("chủ trì") or a plural ("bí thư các chi bộ") after the name gives none
SELECT name, titles FROM gb_officials($$Dự hội nghị có đồng chí Nguyễn Văn An ủy viên ban thường vụ huyện ủy, phó chủ tịch UBND huyện. Bà Trần Thị Hoa chủ trì hội nghị. Đồng chí Hoàng Văn Cường bí thư các chi bộ tham dự.$$);
-- R12 (stop 33 N2). A list of posts elected or appointed names posts, no mention of the one who holds one of them
SELECT name, titles, mentions FROM gb_officials($$Sáng 15/10, ông Trần Văn Bình, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy đã báo cáo kết quả. Ban Chấp hành đã bầu Ban Thường vụ, Phó Bí thư Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.$$);

-- R12 (stop 33 N3). "khác", "còn lại" after a counted post, before "là" or "gồm" and its holders
SELECT name, titles FROM gb_officials($$Ngoài ra còn có 3 Phó Bí thư khác là Đặng Văn Sỹ, Bùi Văn Thắng, Lưu Văn Trung. Các Phó Chủ tịch UBND tỉnh còn lại gồm ông Lê Văn Hải, ông Ngô Văn Hùng.$$);

-- R12 (stop 33 N4). A plural subject "Các ông(:)" of persons with titles of their own, ";" between them: each takes
-- the post the verb after the last gives
SELECT name, titles FROM gb_officials($$Các ông: Trần Văn Tiến, Trưởng Ban Dân vận Tỉnh ủy; Lê Văn Định, Giám đốc Sở Tài chính; Ngô Chí Tài, Phó Chủ tịch UBND tỉnh được bầu giữ chức Phó Bí thư Tỉnh ủy.$$);

-- R12 (stop 33 P4). The post taken after one left, past a dotted abbreviation ("TP.HCM") or a ";" before the verb
-- of an appointment
SELECT name, titles FROM gb_officials($$Theo đó, ông Trần Văn An thôi giữ chức Phó Bí thư Thành ủy TP.HCM, để giữ chức Bí thư Thành ủy Hải Phòng. Ông Lê Văn Bình thôi giữ chức Chánh Văn phòng Tỉnh ủy; được điều động giữ chức Bí thư Huyện ủy Vĩnh Tường.$$);

-- R12 (stop 33 O17). "(nhận) nhiệm vụ mới là X": the new post of one moved
SELECT name, titles FROM gb_officials($$Ông Lê Văn Bảo, nguyên Bí thư Tỉnh ủy đã được điều động nhận nhiệm vụ mới là Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương.$$);
-- R12 (stop 33 O3). "khai mạc", "bế mạc" as the predicate take any meeting noun ("đại hội", "kỳ họp", "phiên họp
-- trù bị"), fronted too; as an event named ("dự phiên khai mạc Đại hội") or a body's act ("Quốc hội bế mạc kỳ
-- họp") they are no one's role
SELECT name, roles FROM gb_officials($$Đồng chí Lê Văn An, Bí thư Huyện ủy khai mạc đại hội. Khai mạc phiên họp trù bị, đồng chí Trần Văn Bình, Bí thư Tỉnh ủy nhấn mạnh nhiều nội dung. Đồng chí Lê Văn Cường, Phó Bí thư Tỉnh ủy dự phiên khai mạc Đại hội. Ngay sau khi Quốc hội bế mạc kỳ họp, Thủ tướng Đỗ Văn Dũng đã chủ trì phiên họp đầu tiên.$$);

-- R12 (stop 33 O10, O11). "Dự chỉ đạo" (two verbs, nothing between) gives both; after a fronted role the subject
-- it names keeps the verbs right after its titles ("... thay mặt ... đã có bài phát biểu")
SELECT name, roles FROM gb_officials($$Dự chỉ đạo tại hội nghị có đồng chí Lê Văn An, Bí thư Huyện ủy. Tham dự và chỉ đạo Đại hội, đồng chí Võ Văn Bình - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh thay mặt lãnh đạo tỉnh đã có bài phát biểu quan trọng.$$);

-- R12 (stop 33 N8). Attending told as a count ("tham dự đại hội có 448 đại biểu") or of a delegation ("đoàn đại
-- biểu dự Đại hội", "tư cách đại biểu tham dự") is no one's role; those named after "trong đó có" are present
SELECT name, roles FROM gb_officials($$Ông Trần Văn Trường cho biết tham dự đại hội có 448 đại biểu chính thức. Theo ông Lê Văn An, đại hội bầu đoàn đại biểu dự Đại hội đại biểu toàn quốc. Tham dự hội nghị có hơn 300 đại biểu, trong đó có đồng chí Trần Văn Bình, Bí thư Tỉnh ủy.$$);
-- R12 (stop 33 O16). A centre's name in lower case after "Trung tâm" ends before "cùng", which joins the next people
SELECT name, titles FROM gb_officials($$Tham dự có đồng chí Hoàng Văn An – Trưởng ban Tuyên giáo Thị ủy, Giám đốc Trung tâm bồi dưỡng chính trị cùng 13 thí sinh.$$);

-- R13 (stop 34 R5). Attending told as "có sự hiện diện của A" (after a header's meeting noun too); a note
-- "(dự tại điểm cầu X)" after one of a list is no end of the list
SELECT name, roles FROM gb_officials($$Đại hội có sự hiện diện của đồng chí Lê Văn Hòa, Trưởng Ban Tổ chức Trung ương. Cùng dự có các đồng chí: đ/c Trần Văn Nam - nguyên Chủ tịch nước (dự tại điểm cầu Tây Ninh); đ/c Phạm Văn Tâm - Thủ tướng Chính phủ; đ/c Ngô Văn Bình - Chủ tịch Quốc hội.$$);

-- R13 (stop 34 S8, Q15). A fronted "Chỉ đạo tại phiên ...," and the subject's own verb after it, before a colon
-- too; a fronted "Đọc diễn văn kỷ niệm," is a speech
SELECT name, roles FROM gb_officials($$Chỉ đạo tại phiên khai mạc, Tổng Bí thư Trần Văn An nhấn mạnh: Đại hội cần đổi mới. Chỉ đạo tại đại hội, Phó Thủ tướng Lê Văn Bình phát biểu: Đại hội cần đoàn kết. Đọc diễn văn kỷ niệm, đồng chí Nguyễn Thị Hằng, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy nhấn mạnh những thành tựu.$$);

-- R13 (stop 34 S7). "được (tín nhiệm) tái bầu làm X": the post taken
SELECT name, titles FROM gb_officials($$Đồng chí Trần Văn An được tín nhiệm tái bầu làm Bí thư Tỉnh ủy Hòa Bình nhiệm kỳ mới. Ông Lê Văn Bình được tái bầu làm Chủ tịch Hội Nông dân tỉnh.$$);

-- R13 (stop 34 R4). A rank or degree between a title and its name opens the name; a term before ", đồng chí A"
-- closes the post
SELECT name, titles FROM gb_officials($$Hội nghị do Phó Chủ tịch Viện GS.TS Lê Văn Hòa chủ trì. Dự có Giám đốc Sở Y tế PGS.TS Trần Văn Nam. Phát biểu khai mạc Đại hội, Bí thư Tỉnh ủy Hoa Sen nhiệm kỳ 2020-2025, đồng chí Ngô Văn Bình, nhấn mạnh tầm quan trọng của đại hội.$$);

-- R13 (stop 34 Q6). A Party cell's unit in lower case after "Chi bộ" (ấp, thôn, khu phố ..., a school and its
-- grade) with its number or name is part of the title
SELECT name, titles FROM gb_officials($$Dự có đồng chí Lê Văn Nam, Bí thư Chi bộ khu phố 2; đồng chí Trần Văn Bình, Bí thư chi bộ ấp Hiệp Phước; đồng chí Ngô Văn Hải, Bí thư Chi bộ trường tiểu học Đông Hòa.$$);

-- R13 (stop 34 R7). "sinh hoạt" ends a title; "GĐ" is Giám đốc shortened (as written); a region in lower case
-- ("vùng Nam Bộ") stays in a unit's name
SELECT name, titles FROM gb_officials($$Sáng 3/12, đồng chí Lê Văn Hòa, Tổng Giám đốc Tổng công ty Hoa Sen sinh hoạt tại Chi bộ Kỹ thuật. Dự có đồng chí Trần Văn Nam, GĐ Sở Tư pháp; đồng chí Ngô Văn Bình, Viện trưởng Viện Khoa học xã hội vùng Nam Bộ.$$);

-- R13 (stop 34 Q10, Q13, Q14). A steering committee named by the document it carries out, no verb before it;
-- "Thường trực Bộ Chính trị" a post; "TT" for "Thường trực" after a deputy's post is one title with it spelled out
SELECT name, titles FROM gb_officials($$Dự có đồng chí Lâm Văn Đằng, Trưởng Ban Chỉ đạo Quy chế dân chủ ở cơ sở tỉnh Tân An, Trưởng Ban Tổ chức Hội thi năm 2024. Lễ trao Huy hiệu cho nguyên Thường trực Bộ Chính trị, nguyên Bí thư Thành ủy Hà Nội Lê Văn Duyệt. Dự có đồng chí Ma Thị Hoa, Phó Bí thư Thường trực Huyện ủy. Đồng chí Phó Bí thư TT Huyện ủy Ma Thị Hoa trao quà.$$);

-- R13 (stop 34 S2). A briefing on a Central Committee plenum's results ("thông báo nhanh kết quả Hội nghị Trung
-- ương 4") that recaps the plenum: the roles told in the paragraph whose sentence has that plenum as subject are
-- the plenum's, neither roles nor chairs of the briefing
SELECT (gb_extract(body)).chairs, o.name, o.roles
FROM (VALUES ($$Chiều 11/10/2021, Ban Tuyên giáo Trung ương tổ chức Hội nghị Báo cáo viên Trung ương thông báo nhanh kết quả Hội nghị Trung ương 4, khóa XIII. Đồng chí Trần Văn An, Phó Trưởng Ban Tuyên giáo Trung ương chủ trì Hội nghị.

Hội nghị Trung ương 4, khóa XIII diễn ra tại Hà Nội, từ ngày 04/10/2021 đến ngày 07/10/2021. Đồng chí Tổng Bí thư Lê Văn Bình chủ trì, phát biểu khai mạc và bế mạc Hội nghị.$$)) AS v(body),
     gb_officials(body) AS o;

-- R13 (stop 34 S14). A birth year right after a listed name ("sinh năm 1959", "(SN 1959)") is an aside: the list
-- goes on after it, and the post the verb after the last gives is each one's
SELECT name, titles FROM gb_officials($$Các ông Trần Văn An sinh năm 1959, Lê Văn Bình sinh năm 1960 cũng được bầu giữ chức Phó Bí thư Tỉnh ủy khóa XVI. Các bà Lê Thị Hoa (SN 1968), Phạm Thị Lan (SN 1970) được bầu giữ chức Phó Chủ tịch HĐND tỉnh.$$);

-- R14 (stop 35 S12). A unit's fixed term ("cơ sở") ends its name before the body above it set off by a parenthesis, a dash or "thuộc": the title is whole
SELECT name, titles FROM gb_officials($$Ngày 14/12/2022, Đảng ủy Khối tổ chức lễ tuyên dương, gồm: đồng chí Trần Văn An - Phó trưởng Khoa Lý luận cơ sở (thuộc Đảng bộ Trường Chính trị tỉnh); đồng chí Lê Văn Bình, Trưởng Khoa Lý luận cơ sở thuộc Trường Chính trị tỉnh.$$);

-- R14 (stop 35 S14's kin, S15-44). A share of the vote after "được" ("được 99,9% số phiếu của các đại biểu bầu giữ chức danh X", "được 100% đại biểu tín nhiệm bầu ...") comes before the verbs of the post taken; so does "làm" after "nhận nhiệm vụ mới là"
SELECT name, titles FROM gb_officials($$Sáng 5/6/2020, Đảng bộ Bệnh viện Tân Lập tổ chức đại hội. Đồng chí Trần Văn An, Giám đốc Bệnh viện được 99,9% số phiếu của các đại biểu bầu giữ chức danh Bí thư Đảng ủy. Đồng chí Lê Văn Bình được 100% đại biểu tín nhiệm bầu giữ chức Phó Bí thư Đảng ủy. Ông Phạm Văn Cường, nguyên Chủ tịch UBND huyện Tân Lập, vừa nhận nhiệm vụ mới là làm Bí thư Huyện ủy Hòa Lâm.$$);

-- R14 (stop 35 T3). ", kiêm" before a post: the next post held with the one before, after the name and before it
SELECT name, titles FROM gb_officials($$Tại hội nghị, đồng chí Lê Thị Hoa – Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, kiêm Chủ tịch Hội Liên hiệp Phụ nữ xã, đã triển khai kế hoạch. Sau đó, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, kiêm Bí thư Đoàn Thanh niên xã Trần Văn Nam phát biểu.$$);

-- R14 (stop 35 U8). An act in the passive ("đã được kết luận", "bị kết luận") is no role of the person before it
SELECT name, roles FROM gb_officials($$Ủy ban xem xét, thi hành kỷ luật đối với bà Trần Thị Hoa, Phó Bí thư Tỉnh ủy về các vi phạm đã được kết luận. Đồng chí Lê Văn Nam, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy kết luận hội nghị.$$);

-- R14 (stop 35 T4, U7). Posts taken: "được (hiệp thương) cử làm (giữ chức) X"; a post approved, nominated or
-- elected to, with or without "chức vụ", before "đối với" and its holder; "vào <membership> ... và giữ chức vụ X"
SELECT name, titles FROM gb_officials($$Kết quả, bà Nguyễn Thị Hoa được cử làm Chủ tịch Ủy ban MTTQ Việt Nam phường Hòa An. Ông Trần Văn Bình tiếp tục được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Bình Minh. Tỉnh ủy công bố quyết định chuẩn y chức vụ Bí thư Huyện ủy Nam Đàn đối với đồng chí Lê Văn Lương. Tỉnh đoàn công bố quyết định công nhận Bí thư Tỉnh đoàn Nghệ An khóa 17, nhiệm kỳ 2017-2022 đối với anh Ngô Văn Hải. Hội nghị thống nhất bổ sung ông Phạm Văn Tâm, nguyên Giám đốc Sở Nội vụ vào Ủy viên Ủy ban, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và giữ chức vụ Phó Chủ tịch chuyên trách Ủy ban MTTQ Việt Nam tỉnh.$$);

-- R14 (stop 35 T6). The Party committee "Đảng ủy MTTQ (Mặt trận Tổ quốc Việt Nam) và các đoàn thể (chính trị -
-- xã hội) tỉnh" is one body, as "Ban Tuyên giáo và Dân vận" is
SELECT name, titles FROM gb_officials($$Tham dự có ông Lê Văn An, Phó Bí thư Đảng ủy MTTQ và các đoàn thể tỉnh, Chủ tịch Hội Nông dân tỉnh; ông Trần Văn Nam, Bí thư Đảng ủy Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội tỉnh.$$);

-- R14 (stop 35 V10). A deputy's bare post with its unit set off by a comma ("Phó Chính ủy, Bộ Chỉ huy Quân sự
-- tỉnh B", "Phó Giám đốc, Công an tỉnh B") holds that unit, as a grade of staff does; in lower case too
SELECT name, titles FROM gb_officials($$Đại tá Lê Văn An, Phó Chính ủy, Bộ Chỉ huy Quân sự tỉnh Điện Biên phát biểu. Thượng tá Trần Văn Bình, Phó chính ủy, Bộ Chỉ huy Quân sự tỉnh Điện Biên dự. Đại tá Phạm Văn Cường, Phó Giám đốc, Công an tỉnh Điện Biên cũng dự.$$);

-- stop 36, s36-post: W1, W8. "CT"/"PCT" glued to the body's initials ("CTHĐND huyện", "CTUBND huyện", "PCTUBND xã", "CTUBMTTQVN huyện") and "TV Huyện ủy" (Ủy viên Ban Thường vụ) are posts, as "PBTTT", "UVBTV" are
SELECT name, titles FROM gb_officials($$Đ/c Nguyễn Văn Giảng, PBTTT Huyện ủy, CTHĐND huyện; Đ/c Võ Đắc Hóa, PBT Huyện ủy, CTUBND huyện; Đ/c Nguyễn Thiên Bình, UVBTV Huyện ủy, CTUBMTTQVN huyện; đồng chí Lê Văn Tư, PCTUBND xã; đ/c Phan Tùng Dương - TV Huyện ủy, Trưởng Ban tuyên giáo Huyện ủy dự hội nghị.$$);

-- stop 36, s36-post: W3, Y11, Y8. "ứng cử" ends the post held and the post stood for is not held; "Ban Tổ chức cán bộ" is one board's name; a lower-case title takes no name from the next line
SELECT name, titles FROM gb_officials($$Tại hội nghị, đồng chí Hoàng Công Phong, Bí thư Đảng bộ xã Quảng Thọ ứng cử chức danh Ủy viên Ban chấp hành Đảng bộ huyện. Ông Lê Văn Ba, Trưởng phòng Nội vụ huyện ứng cử Ủy viên Ban Chấp hành Đảng bộ huyện. Dự có tiến sĩ Lê Thị Anh Trâm, Trưởng ban Tổ chức cán bộ ĐH Quốc gia TP.HCM. Dự và chủ trì có Bs.CKII Lương Viết Thuần - Giám đốc Sở Y tế cùng các đồng chí là ủy viên Ban Chấp hành Đảng bộ
ĐC Lương Viết Thuần - Bí thư Đảng ủy Sở Y tế tặng Giấy khen.$$);

-- stop 36, s36-lay: an attendance list split by full stops goes on in sentences of names and titles alone (stop 35 T8)
SELECT name, titles, roles FROM gb_officials($$Sáng 12/3, Ban Chấp hành Đảng bộ tỉnh Hà Nam tổ chức Hội nghị lần thứ 15. Dự hội nghị có đồng chí Nguyễn Văn An, Phó Bí thư Thường trực Tỉnh ủy. Đồng chí Trần Văn Bình, Trưởng Ban Tổ chức Tỉnh ủy. Đồng chí Lê Thị Cúc, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy. Cùng các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.$$);

-- stop 36, s36-lay: a photo's credit is no word of a title, nor hides the person after it (stop 35 T10)
SELECT name, titles, roles FROM gb_officials($$Đồng chí Trần Văn Bình, Chủ tịch UBND tỉnh ẢNH: VIỆT HÀ
Quang cảnh hội nghị. Ảnh: Việt Hà
Đồng chí Lê Văn Cường, Phó Chủ tịch UBND tỉnh phát biểu.$$);

-- stop 36, s36-off: V9. The surnames "Lư" and "Danh" (Khmer) start a name after a title, with no "Văn" or "Thị" second
SELECT name, titles FROM gb_officials($$Dự hội nghị có Phó Chủ tịch UBND tỉnh Lư Quang Ngời, Bí thư Huyện ủy Châu Thành Lưu Minh Hòa. Phó Trưởng Ban Dân tộc tỉnh Danh Tha phát biểu.$$);

-- stop 36, s36-off: V8. "ThS.", "Ths.", "BSCKII." before a name end no sentence, as "TS." does not; "20 ThS." counted does
SELECT name, roles FROM gb_officials($$Phát biểu tại hội nghị, ThS. Nguyễn Văn An, Phó Giám đốc Sở Y tế đề nghị các chi bộ tập trung thực hiện. Tham dự có đồng chí Lê Văn Bình, Phó Giám đốc Sở; Ths. Trần Văn Cường, Chánh Văn phòng Sở; BSCKII. Hà Thị Mai, Trưởng phòng Nghiệp vụ. Đội ngũ có 20 ThS. Đồng chí Phạm Văn Tâm, Phó Giám đốc Sở phát biểu.$$);

-- stop 36, s36-off: V7. A name wrapped after its surname, or after its middle name, is whole
SELECT name, titles, roles FROM gb_officials(E'Đồng chí Trần\nVăn Minh, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị. Dự hội nghị có các đồng chí: Lê\nThị Hoa, Phó Chủ tịch UBND tỉnh; Hà Văn\nBình, Trưởng Ban Tổ chức Tỉnh ủy. Phó Bí thư Tỉnh ủy Nguyễn\nVăn Cường phát biểu.');

-- stop 36, s36-off: V6. A fronted "Kết luận cuộc họp (buổi làm việc), A, ..." is A's role; "thông báo kết luận cuộc họp" is none
SELECT name, roles FROM gb_officials($$Kết luận cuộc họp, đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy đề nghị các cấp ủy tập trung thực hiện. Kết luận buổi làm việc với Ban Thường vụ Huyện ủy, Bí thư Tỉnh ủy Lê Văn Bình ghi nhận kết quả. Văn phòng Tỉnh ủy ban hành thông báo kết luận cuộc họp của đồng chí Trần Văn Cường, Chánh Văn phòng Tỉnh ủy.$$);

-- stop 36, s36-off: U14. An unnamed group's list item run on with a comma into the next person's: he and his post are read
SELECT name, titles, roles FROM gb_officials($$Dự hội nghị có các đồng chí: Nguyễn Văn An, Phó Bí thư Tỉnh ủy; cán bộ Ban Tổ chức Tỉnh ủy, Lê Văn Bình, Trưởng Ban Dân vận Tỉnh ủy; Phạm Thị Hoa, Chánh Văn phòng Tỉnh ủy.$$);

-- stop 36, s36-off: V10. "Bộ Chỉ huy quân sự tỉnh" in lower case is a unit, as "Bộ Chỉ huy Quân sự" and "Ban Chỉ huy quân sự"
SELECT name, titles FROM gb_officials($$Tham dự có Đại tá Nguyễn Văn An, Phó Chính ủy, Bộ Chỉ huy quân sự tỉnh Bình Định; Trung tá Lê Văn Bình, Phó Chỉ huy trưởng, Ban Chỉ huy quân sự huyện Tuy Phước.$$);

-- stop 36, s36-off: U3. A single holder's post written alone before he is named with it is his mention (not a deputy's)
SELECT name, roles, mentions FROM gb_officials($$Ngày 12/3/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Bí thư Tỉnh ủy chủ trì hội nghị. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, nhấn mạnh yêu cầu đổi mới. Phó Bí thư Tỉnh ủy phát biểu. Đồng chí Lê Văn Bình, Phó Bí thư Tỉnh ủy dự.$$);

-- stop 36, last read. A bare name opening a line after a list's mark ("- ", "• ") under an attendance header is a list item: each person, titles and "dự"
SELECT name, titles, roles FROM gb_officials($$Sáng 5/3/2025, Tỉnh ủy Hà Giang tổ chức hội nghị giao ban.
Dự hội nghị có các đồng chí:
- Nguyễn Văn An, Phó Bí thư Tỉnh ủy;
- Trần Văn Bình, Trưởng Ban Tổ chức Tỉnh ủy;
• Lê Thị Cúc, Chủ tịch UBND tỉnh.$$);

-- stop 37, s37-fix: a single holder's post written alone twice before he is named with it: both are his mentions (the second, "chủ trì", was lost)
SELECT name, roles, mentions FROM gb_officials($$Ngày 12/3/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Bí thư Tỉnh ủy phát biểu khai mạc hội nghị. Bí thư Tỉnh ủy chủ trì hội nghị. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, nhấn mạnh yêu cầu đổi mới.$$);

-- stop 37, s37-off: a post opening a list item after ";" (or a sentence) before "," and a name is that name's; after "," it is left to the item before
SELECT name, titles, roles FROM gb_officials($$Dự hội nghị có đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Phó Bí thư Tỉnh ủy, Trần Văn Bình, Trưởng Ban Tổ chức Tỉnh ủy; Lê Thị Hoa, Trưởng Ban Dân vận Tỉnh ủy, Ủy viên Ban Thường vụ Tỉnh ủy, Phạm Văn Cường, Chánh Văn phòng Tỉnh ủy.$$);

-- stop 37, s37-off: "Kết luận" capitalized after a verb that conveys it ("quán triệt", "triển khai"), or "thông báo kết luận", names a document, no one's role; "Kết luận hội nghị, A ..." is A's
SELECT name, roles FROM gb_officials($$Đồng chí Nguyễn Văn An, Bí thư Đảng ủy xã quán triệt Kết luận Hội nghị Trung ương 4 khóa XII. Hội nghị nghe thông báo kết luận hội nghị của đồng chí Lê Văn Bình, Phó Bí thư Đảng ủy xã. Kết luận hội nghị, đồng chí Trần Văn Cường, Chủ tịch UBND xã đề nghị các chi bộ thực hiện tốt.$$);

-- stop 37, s37-off: "BTĐU", "PBTĐU" are (Phó) Bí thư Đảng ủy; "Ủy viên BTĐU" stays one title as written
SELECT name, titles FROM gb_officials($$Dự hội nghị có đồng chí Bùi Anh Minh - BTĐU, Chính ủy Trung đoàn; đồng chí Trần Văn Bình, PBTĐU, Chủ tịch UBND xã; đồng chí Phạm Văn Dũng, Ủy viên BTĐU, Phó Chủ tịch UBND xã.$$);
-- stop 37, s37-post: AA4, Z7, ab4, AA5. "Khối Dân - Chính - Đảng" whole; "ủng hộ" ends a title; a post taken ("nhận chức vụ X", "giữ chức vụ X đối với ông A"); "_" between posts
SELECT name, titles FROM gb_officials($$Bà Đặng Thị Tuyết Mai, Trưởng Ban Dân vận Đảng ủy Khối Dân - Chính - Đảng TP HCM phát biểu. Ông Nguyễn Tấn Bản, Chủ tịch HĐND phường Vũng Tàu ủng hộ đồng bào. Đại tá Nguyễn Viết Giang, nguyên Phó giám đốc Công an tỉnh Hà Giang đến nhận chức vụ Giám đốc Công an tỉnh Lai Châu. Quyết định điều động cán bộ giữ chức vụ Phó Bí thư Thành ủy Hải Dương đối với ông Nguyễn Văn Kiên, Chủ tịch UBND TP. Chí Linh. Đồng chí Đặng Minh Đạt – UVTV_ Chủ nhiệm UBKT Quận ủy phát biểu.$$);

-- stop 37, s37-cite: "Kết luận" capitalized inside a sentence (after a word in lower case) is the document type whatever verb before it, and "Theo kết luận," the document: no role; "Kết luận hội nghị, A ..." and "A kết luận hội nghị" stay A's
SELECT name, roles FROM gb_officials($$Theo kết luận, Bộ Chính trị đồng ý phân công đồng chí Nguyễn Văn An, Ủy viên Bộ Chính trị, Bí thư Thành ủy tiếp tục theo dõi, chỉ đạo. Đồng chí Lê Văn Bình, Bí thư Huyện ủy ký ban hành Kết luận hội nghị Ban Thường vụ. Kết luận hội nghị, đồng chí Trần Văn Cường, Chủ tịch UBND xã đề nghị các chi bộ thực hiện tốt. Đồng chí Phạm Văn Dũng, Phó Bí thư Huyện ủy kết luận hội nghị.$$);

-- stop 38, s38-off: AC3 "Hội phó"/"Hội trưởng" of an association, "CN UBKT", "giữ nhiệm vụ <post>", a lower-case "cơ quan thường trực" before its body; Z10 a name written twice is one person with the titles after it; "hội trường" (a hall) no post
SELECT name, titles FROM gb_officials($$Dự đại hội có ông Trương Đức Hùng Hội phó Hội cha mẹ học sinh nhà trường; đ/c Vương Phước Hải, UVBTV, CN UBKT. Đồng chí Hà Thanh An giữ nhiệm vụ Bí thư, đồng chí Trần Văn Thoa giữ nhiệm vụ Phó Bí thư chi bộ. Tại hội trường Trung tâm, tiến sĩ Đặng Mạnh Trung, Vụ trưởng cơ quan thường trực Ban Tuyên giáo Trung ương phụ trách phía Nam phát biểu. Dự có Đồng chí Bùi Thanh Nhân Bùi Thanh Nhân, Ủy viên Ban Thường vụ Thành ủy.$$);

-- stop 38, s38-nat: AF5, a class of Secretariat members does not reach a member stating a seat of his own; AF2, "thành viên Thường trực Ban Bí thư", "Trợ lý Thường trực Ban Bí thư"
SELECT name, titles FROM gb_officials($$Cùng dự có các Bí thư Trung ương Đảng: Trưởng Ban Dân vận Trung ương Bùi Thị Minh Hoài, Phó Thủ tướng Chính phủ Lê Minh Khái; Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội Nguyễn Khắc Định; đại diện lãnh đạo các ban. Đồng chí Trần Quốc Vượng, Ủy viên Bộ Chính trị, thành viên Thường trực Ban Bí thư, Chủ nhiệm Ủy ban Kiểm tra T.Ư dự. Các đại biểu được nghe đồng chí Lê Quang Vĩnh, Trợ lý Thường trực Ban Bí thư Trung ương thông tin về kết quả hội nghị.$$);

-- stop 38, s38-ent: AG2. "Viễn thông" completes its word in a title; a dash before a post still parts a cell's name from it
SELECT name, titles FROM gb_officials($$Dự có đồng chí Nguyễn Văn An - Tổng giám đốc Tập đoàn Viễn thông Quân đội; đồng chí Lê Văn Bình - Bí thư Chi bộ Khoa Nội - Phó Giám đốc Bệnh viện.$$);

-- stop 38, s38-off: AA4b, a council of the Party's central bodies named whole in a post
SELECT name, titles FROM gb_officials($$Đồng chí Vũ Văn Phúc, Phó Chủ tịch Hội đồng khoa học các cơ quan Đảng Trung ương phát biểu. Đồng chí Lê Văn Bình, Phó Chủ tịch Hội đồng nhân dân tỉnh dự.$$);

-- stop 38, s38-title: ad5/AG8 a post taken after the electing body ("được Đại hội bầu giữ chức X") or "bầu lại là X"; AE4 "Giáo sư, Tiến sĩ (GS.TS) A, chuyên gia cao cấp, nguyên ..."; AE5 a Party department's head with and without "Tỉnh ủy" is one post
SELECT name, titles FROM gb_officials($$Tin vắn
Đồng chí Đào Khánh Hà tiếp tục được Đại hội bầu giữ chức Phó Bí thư Quận ủy. Đồng chí Trần Mạnh Hùng - Chủ tịch HĐTV Tập đoàn được tín nhiệm bầu lại là Bí thư Đảng ủy Tập đoàn. Giáo sư, Tiến sĩ (GS.TS) Hoàng Chí Bảo, chuyên gia cao cấp, nguyên Ủy viên Hội đồng Lý luận Trung ương truyền đạt chuyên đề. Trưởng Ban Tuyên giáo Hà Tĩnh Hà Văn Hùng cho biết. Đồng chí Hà Văn Hùng - Trưởng Ban Tuyên giáo Tỉnh ủy Hà Tĩnh phát biểu.$$);

-- stop 38, s38-board: AG3 "TV HĐQT", "TV HĐTV" (Thành viên) are posts and keep their list; "Chủ tịch hội đồng quản trị" in lower case; AF2 "Trưởng nhóm công tác"
SELECT name, titles FROM gb_officials($$Tin vắn
Các đồng chí Lê Thanh Hưng – TGĐ VRG và Hà Văn Khương – TV HĐQT VRG giữ chức Phó Bí thư Đảng ủy Tập đoàn. Đồng chí Trần Hải Vân - Chủ tịch hội đồng quản trị kiêm Tổng giám đốc Công ty phát biểu. Đồng chí Lê Văn Bình - TV HĐTV Tập đoàn dự. Đồng chí Trần Văn Minh, Phó Trưởng ban Tổ chức Trung ương, Trưởng nhóm công tác của Trung ương phát biểu.$$);

-- stop 38, s38-body: AF3, a council's name in sentence case up to a capitalized "Trung ương" (and without it, cut as before)
SELECT name, titles FROM gb_officials($$Bà Trương Thị Mai, Trưởng Ban Dân vận Trung ương, Chủ tịch Hội đồng Công tác quần chúng Trung ương phát biểu. Ông Lê Văn Bình, Chủ tịch Hội đồng Công tác quần chúng phát biểu.$$);

-- stop 39, s39-body: ad1 "dự án", "dân chủ" nouns of a body's name in sentence case, a board's field up to the body it is of; AF3 "Bia - Rượu - Nước giải khát"; contrasts: the verbs "dự", "chủ trì"
SELECT name, titles FROM gb_officials($$Tin vắn
Ông Trịnh Hoàng Tùng, Giám đốc Ban Quản lý dự án đầu tư xây dựng quận Hoàn Kiếm phát biểu. Ông Lý Ngọc Thạch, Trưởng ban Dân chủ pháp luật Ủy ban Mặt trận Tổ quốc Việt Nam TP.HCM phát biểu. Ông Nguyễn Văn An, Tổng giám đốc Tổng công ty cổ phần Bia - Rượu - Nước giải khát tỉnh phát biểu. Ông Lê Văn Bình, Giám đốc Ban Quản lý dự hội nghị. Ông Trần Văn Minh, Trưởng ban Tuyên giáo chủ trì hội nghị với Ủy ban Mặt trận Tổ quốc Việt Nam TP.HCM.$$);

-- stop 39, s39-acro: AG7, a post with its body's name and with letters the text defined for it (or EVN, known) is one title, the spelling kept; a gloss in brackets, letters undefined and two posts stay
SELECT name, titles FROM gb_officials($$Tin vắn
Ông Nguyễn Hữu Tuấn - Báo cáo viên Trung ương, Phó Bí thư Thường trực Đảng ủy Tập đoàn Điện lực Việt Nam truyền đạt nghị quyết. Ông Nguyễn Hữu Tuấn - Phó Bí thư Thường trực Đảng ủy EVN phát biểu. Đảng ủy Tổng Công ty Điện lực miền Bắc (EVNNPC) tổ chức hội nghị. Ông Nguyễn Văn Hùng, Bí thư Đảng ủy EVNNPC, Chủ tịch HĐTV EVNNPC phát biểu. Ông Nguyễn Văn Hùng, Bí thư Đảng ủy Tổng Công ty Điện lực miền Bắc kết luận. Ông Trần Văn An, Phó Bí thư Đảng ủy Tập đoàn Điện lực Việt Nam (EVN), Giám đốc EVNCPC dự. Ông Trần Văn An, Giám đốc Tổng Công ty Điện lực miền Trung phát biểu.$$);

-- stop 39, s39-role: AI2, no role from a verb whose subject is another noun ("đại biểu ... dự khuyết tham dự", "cho người dân tham dự") nor from the noun "kết luận" after "thực hiện"; his own "dự" and "kết luận" stay
SELECT name, roles FROM gb_officials($$Đại hội bầu đồng chí Lê Thanh Nghiêm giữ chức vụ Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; bầu 16 đại biểu chính thức và 1 đại biểu dự khuyết tham dự Đại hội Đại biểu toàn quốc lần thứ XII của Đảng. Đồng chí Phạm Minh Chính tặng quà cho người dân tham dự Ngày hội Đại đoàn kết. Thực hiện kết luận tại kỳ họp 23, Ủy ban Kiểm tra Trung ương kỷ luật ông Cao Tiến Dũng, Chủ tịch UBND tỉnh. Đồng chí Trần Văn Minh dự và phát biểu. Đồng chí Lê Văn Bình kết luận hội nghị.$$);

-- stop 39, s39-list: AH1 a class's label before ":" reaches its members up to the ";" that closes them when "," separates them (";" between all, the class's for all); AH2 "nhiệm kỳ 2020-2025," and the posts go on; AH8 "của Bộ Chính trị, Ban Bí thư" one owner; AH10 "làm trưởng Đoàn" bare is no title
SELECT name, titles FROM gb_officials($$Dự hội nghị có các đồng chí Ủy viên BTV Tỉnh ủy: Bùi Đình Thi - Trưởng Ban Tổ chức Tỉnh ủy, Nguyễn Hải – Chủ nhiệm UBKT Tỉnh ủy; Võ Ngọc Kiên – Chánh Văn phòng Tỉnh ủy, Nguyễn Thị Cẩm Phương – Phó Chủ tịch HĐND tỉnh; lãnh đạo các sở. Dự lễ có các đồng chí Ủy viên BTV Thành ủy: Lê Văn An - Trưởng Ban Tổ chức Thành ủy; Trần Văn Bình – Chánh Văn phòng Thành ủy.$$);
SELECT name, titles FROM gb_officials($$Ông Trương Quốc Huy, Bí thư Tỉnh ủy Ninh Bình nhiệm kỳ 2020-2025, Trưởng Đoàn Đại biểu Quốc hội tỉnh Ninh Bình, trình bày diễn văn khai mạc Đại hội. Đại tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Trưởng Đoàn kiểm tra, giám sát số 17 của Bộ Chính trị, Ban Bí thư, đã chủ trì hội nghị. Đoàn công tác do đồng chí Lâm Thị Phương Thanh, Phó Chánh Văn phòng Trung ương Đảng làm trưởng Đoàn đã có buổi làm việc với Tỉnh ủy.$$);

-- stop 39, s39-fold: AJ2, a place the gazetteer spells ("Tây Nguyên", "Bình Định") swallows no surname written otherwise after it ("Sơn Tây Nguyễn", "Tân Bình Đinh"); the place spelled so, or without tone marks, is still the place
SELECT name, titles FROM gb_officials($$Phó Bí thư Thường trực Thị ủy Sơn Tây Nguyễn Quang Hán phát biểu. Bí thư Quận ủy Tân Bình Đinh Văn Hùng dự. Trưởng Ban Chỉ đạo Tây Nguyên Nguyễn Văn Bình phát biểu.$$);

-- stop 39, s39-unit: AK2, the post of a sector's union's chair, its field in lower case after "ngành", whole to its level
SELECT name, titles FROM gb_officials($$Bà Nguyễn Minh Thu Thủy, Chủ tịch Công đoàn ngành giáo dục tỉnh phát biểu.$$);

-- stop 39, s39-post: AI3 a counted post given with "là" to persons with notes in brackets ("3 tân Phó Chủ tịch ... là ông A (...), ông B (...) và bà C (...)"), "bầu cử bổ sung ông A, T là P" (not proposed); AI4 a lower-case verb after a place's name ends the title; AI5 "đảng viên" before a titled name (not "kết nạp đảng viên mới")
SELECT name, titles FROM gb_officials($$Tin vắn
Cụ thể, 3 tân Phó Chủ tịch UBND tỉnh Trà Vinh là ông Nguyễn Trung Hoàng (Bí thư Huyện ủy Cầu Ngang), ông Trần Anh Dũng (Chánh Văn phòng UBND tỉnh) và bà Đặng Thị Phương (Bí thư Huyện ủy Châu Thành). HĐND tỉnh xác nhận kết quả bầu cử bổ sung ông Nguyễn Văn Trình, Phó Bí thư Tỉnh ủy là Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu khóa V. Tờ trình đề nghị bầu ông Lê Văn Hẳn, Phó Bí thư Tỉnh ủy là Chủ tịch UBND tỉnh. Ông Nguyễn Văn Khởi - Huyện ủy viên, Phó Chủ tịch HĐND huyện Vĩnh Lợi vi phạm trong việc lãnh đạo. Thành ủy trao Huy hiệu 60 năm tuổi Đảng cho đảng viên Nguyễn Thị Minh, nguyên Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy Tây Ninh. Chi bộ kết nạp đảng viên mới Trần Văn Tư.$$);

-- stop 39, s39-head2: AH6, a title stops at a word glued to a province's whole name (an outlet and stamp the page ran into it), not at one glued to its level; a title whose body has its place keeps the line end before a body opening the next line
SELECT name, titles FROM gb_officials($$Ông Trịnh Xuân Trường giữ chức Bí thư Tỉnh ủy Thái NguyênKỷ nguyên mới - 30/09 23:59Bộ Chính trị điều động ông Trịnh Xuân Trường, Bí thư Tỉnh ủy Lào Cai. Bà Nguyễn Thị Hương, Chủ tịch UBND tỉnhQuảng Ninh phát biểu.$$);
SELECT name, titles FROM gb_officials($$Ông Lê Ngọc Châu giữ chức Bí thư Đảng uỷ UBND tỉnh Hải Dương
Ban Thường vụ Tỉnh uỷ Hải Dương quyết định thành lập Đảng bộ UBND tỉnh. Đồng chí Trần Văn Bình, Trưởng Ban Tổ chức
Huyện ủy chủ trì hội nghị.$$);

-- stop 40, s40-post: AH11, a discipline's sanction on a post, "đình chỉ chức vụ X đối với ông A", "cách chức X đối với ông A", gives A the post held up to the decision, as "miễn nhiệm chức vụ X đối với ông A" does; not "cách tất cả các chức vụ trong Đảng"
SELECT name, titles FROM gb_officials($$Tin vắn
Ban Bí thư quyết định thi hành kỷ luật đình chỉ sinh hoạt cấp ủy và đình chỉ chức vụ Bí thư Thành ủy Thái Nguyên đối với ông Phan Mạnh Cường. Ban Thường vụ Tỉnh ủy quyết định thi hành kỷ luật bằng hình thức cách chức Chủ tịch UBND huyện Đức Trọng đối với ông Nguyễn Văn An. Ban Thường vụ Tỉnh ủy quyết định cách tất cả các chức vụ trong Đảng đối với ông Lê Văn Cường.$$);

-- stop 40, s40-title: AN6 a unit's name known whole after its body's noun ("Trung tâm Công nghệ thông tin tỉnh"), not after "và"; AN7 "Tô Lâm sau đó"; AN8 "Đoàn Thư ký" a congress's body, "tái giữ chức"; AM5 "khóa 13", an outlet's tag opening a wrapped line, "Ban Bầu cử đơn vị bầu cử số 1"
SELECT name, titles FROM gb_officials($$Tin vắn
Ông Lê Thanh Tùng, Phó Giám đốc Trung tâm Công nghệ thông tin tỉnh Lào Cai phát biểu. Ông Trần Văn An, Giám đốc Sở Khoa học và Công nghệ thông tin về kết quả. Tổng Bí thư Tô Lâm sau đó phát biểu bế mạc Hội nghị. Đồng chí Lê Quốc Minh - Ủy viên Đoàn Thư ký đọc danh sách. Đồng chí Trần Cẩm Tú - Ủy viên Bộ Chính trị tái giữ chức Thường trực Ban Bí thư. Ông Trịnh Việt Hùng, Ủy viên dự khuyết Trung ương Đảng khóa 13, được điều động.$$);
SELECT name, titles FROM gb_officials($$Ông Trịnh Xuân Trường được bầu làm Bí thư Tỉnh ủy
Kinhtedothi- Tại Hội nghị, đồng chí phát biểu.$$);
SELECT name, titles FROM gb_officials($$Tin vắn
Bà Nông Thị Bích Huệ, Trưởng Ban Bầu cử đơn vị bầu cử số 1 đã đi kiểm tra. Ông Trần Văn An, Trưởng Ban Bầu cử đi kiểm tra đơn vị bầu cử số 2.$$);

-- stop 40, s40-people: AL8 "Tổng Thư ký" a post, no role, taken after "được Quốc hội tín nhiệm giữ chức", and a doubled dash between posts; AL9 a sentence-case post right after a name; AL3 a counted class in sentence case before "gồm" and a bracket's last post in sentence case; AM7 "ngày khai mạc" no one's opening
SELECT name, titles, roles FROM gb_officials($$Đồng chí Nguyễn Đình Trung thay cho đồng chí Bùi Văn Cường, Uỷ viên Trung ương Đảng, được Quốc hội tín nhiệm giữ chức Tổng Thư ký, Chủ nhiệm Văn phòng Quốc hội. Dự Đại hội có Đại tướng Lương Cường – Bí thư Trung ương Đảng –– Chủ nhiệm Tổng cục Chính trị Quân đội Nhân dân Việt Nam. Hội nghị có sự tham dự của đồng chí Nay Y Phú Phó bí thư, Chủ tịch UBND huyện Lăk. Tỉnh ủy có 4 Phó bí thư gồm: bà Cao Thị Hòa An (Chủ tịch HĐND tỉnh, Phó bí thư thường trực), ông Tạ Anh Tuấn (Chủ tịch UBND tỉnh), bà Huỳnh Thị Chiến Hòa và ông Đỗ Hữu Huy. Trước ngày khai mạc Đại hội, phóng viên phỏng vấn đồng chí Ma Phúc Hà, Bí thư Huyện ủy Chiêm Hóa.$$);
SELECT name, honorific, titles FROM gb_officials($$4 Phó bí thư gồm bà: Cao Thị Hòa An (Chủ tịch HĐND tỉnh, Phó bí thư thường trực), ông Tạ Anh Tuấn (Chủ tịch UBND tỉnh), bà Huỳnh Thị Chiến Hòa và ông Đỗ Hữu Huy.$$);

-- stop 41, s41-tidy: a bridge point opening the text (token 0) keeps its point: its chair co-chairs there, as after a headline
SELECT name, roles FROM gb_officials($$Điểm cầu tỉnh Nghệ An, đồng chí Nguyễn Văn An, Phó Bí thư Thường trực Tỉnh ủy chủ trì.$$);
SELECT name, roles FROM gb_officials($$Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết

Điểm cầu tỉnh Nghệ An, đồng chí Nguyễn Văn An, Phó Bí thư Thường trực Tỉnh ủy chủ trì.$$);

-- stop 41, s41-people: AP5 "các ông bà:" gives no honorific; AP4 the post taken after "thôi giữ chức X để đảm nhiệm cương vị / nhận nhiệm vụ mới là"; AR4 "về PCTN, TC"; AS10 "Giảng viên khoa X, Trường Y"; aq X1 "PGS.TS, giảng viên cao cấp A", "người phát ngôn Bộ Công an"; aq X6 "Ủy viên Thường vụ" of a Party committee one title with "Ủy viên Ban Thường vụ"
SELECT name, honorific, titles FROM gb_officials($$Ủy ban Kiểm tra Trung ương đề nghị thi hành kỷ luật các ông bà: Trần Đức Quận, Nguyễn Thị Lan. Bộ Chính trị điều động đồng chí Nguyễn Thành Phong thôi giữ chức Bí thư Tỉnh ủy Bến Tre để đảm nhiệm cương vị Phó Bí thư Thành ủy TP.HCM. Ban Bí thư điều động đồng chí Mai Văn Chính, thôi chức vụ Bí thư Tỉnh ủy Long An để nhận nhiệm vụ mới là Phó trưởng Ban Tổ chức Trung ương.$$);
SELECT name, honorific, titles FROM gb_officials($$Hội nghị do Tổng bí thư Nguyễn Phú Trọng, Trưởng Ban Chỉ đạo Trung ương về PCTN, TC chủ trì. Tại hội nghị, đồng chí Nguyễn Văn Điều – Giảng viên khoa Lý luận cơ sở, Trường Chính trị tỉnh quán triệt Nghị quyết. Tham dự có PGS.TS, giảng viên cao cấp Nguyễn Toàn Thắng, thông tin chuyên đề. Thiếu tướng Nguyễn Quốc Toản, Chánh Văn phòng, người phát ngôn Bộ Công an chủ trì họp báo. Đồng chí Trần Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy phát biểu. Đồng chí Trần Văn Bình, Ủy viên Thường vụ Tỉnh ủy nhấn mạnh.$$);

-- stop 41, s41-chair: AM5 "UBTƯ" is the Front's "Ủy ban Trung ương" (one title); AO7 "Phó Chủ tịch kiêm Tổng Thư ký <body>" one post, "Bí thư kiêm Chủ tịch UBND xã" two
SELECT name, titles FROM gb_officials($$Sáng 1/3, Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị. Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam Hà Thị Nga phát biểu. Bà Hà Thị Nga, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam, chủ trì hội nghị. Dự hội nghị có ông Vũ Trọng Kim, Phó Chủ tịch kiêm Tổng Thư ký Ủy ban T.Ư Mặt trận Tổ quốc Việt Nam, ông Lê Văn An, Bí thư kiêm Chủ tịch UBND xã Hải Lệ.$$);

-- stop 42, s42-left: AR5 a related link's teaser (">>") run into the text ends before "Dự hội nghị có": its person did not attend, those after "Dự" did
SELECT name, roles FROM gb_officials($$Sáng 23/3/2011, tại TPHCM, Ban Tổ chức Trung ương tổ chức Hội nghị toàn quốc về công tác tổ chức xây dựng Đảng.
>> Toàn văn bài phát biểu của đồng chí Võ Văn Thưởng, Bí thư Thứ nhất Trung ương Đoàn Dự hội nghị có đồng chí Trương Tấn Sang, Thường trực Ban Bí thư.$$);

-- stop 42, s42-people: AT3 a masthead's "Phó Tổng biên tập: A, B" names no one; AU4 "hai phó bí thư là ông A (...) và ông B (...)" each; AU5 "nguyên Chủ tịch UBND quận X cũ, làm Bí thư ..."; AV7 "Chủ tịch Hội X, Bộ Y, ông A"; AW4 "Theo chia sẻ của Bí thư Chi bộ X, đồng chí A", "được bầu là bí thư chi bộ"; AW7 "Tham gia buổi lễ có" attends; AW9 "A- B và C" three names, the surname "Bồ"
SELECT name, titles FROM gb_officials($$Tổng biên tập: Phạm Văn Trường

Phó Tổng biên tập: Trần Vân Anh, Nguyễn Thị Thu Thủy

Tòa soạn: Số 68 Trần Phú, TP Nam Định$$);
SELECT name, titles FROM gb_officials($$Ông Trần Văn Nam tái đắc cử Bí thư Tỉnh ủy, hai phó bí thư là ông Võ Văn Minh (Chủ tịch HĐND tỉnh) và ông Nguyễn Hoàng Thao (Chủ tịch UBND tỉnh). Trong đó, ông Nguyễn Trí Dũng, nguyên Chủ tịch UBND quận Gò Vấp cũ, làm Bí thư Đảng ủy phường Gò Vấp.$$);
SELECT name, titles, roles FROM gb_officials($$Nhìn từ thực tế, Chủ tịch Hội Cựu Chiến binh, Bộ Tài nguyên và Môi trường, ông Trần Quang Đẩu đánh giá cao. Theo chia sẻ của Bí thư Chi bộ bản Minh Châu, đồng chí Lộc Văn Thu, lâu nay bà con rất đoàn kết. Đồng chí Vũ Thị Lợi được bầu là bí thư chi bộ nhiệm kỳ 2017-2020. Tham gia buổi lễ có đồng chí Hồ Thị Hồng - Bí thư Đảng ủy xã.$$);
SELECT name FROM gb_officials($$Chi bộ trao quyết định kết nạp đảng viên cho 03 đồng chí: Nguyễn Mạnh Hùng- Phan Thế Quân và Nguyễn Thị Thu. Đồng chí được nhận Huy hiệu 70 năm tuổi Đảng là đồng chí Bồ Xuân Húc, sinh năm 1932.$$);

-- stop 42, s42-tidy2: C3 "Tham gia lễ kết nạp có" attends; "Cùng tham gia Lê Thị B - ..." (a surname after "tham gia") lends no role
SELECT name, roles FROM gb_officials($$Tham gia lễ kết nạp có đồng chí Hồ Thị Hồng - Bí thư Đảng ủy xã.$$);
SELECT name, roles FROM gb_officials($$Hội nghị Chi bộ thôn Đông họp ngày 5/3/2024. Cùng tham gia Lê Văn An - Bí thư Chi bộ, Lê Thị Bình - Phó Bí thư Chi bộ.$$);

-- stop 42, s42-people2: AU6 a head naming its own unit, the field in lower case after it, "Vụ trưởng vụ X, Văn phòng Trung ương Đảng", "Trưởng phòng tổ chức cán bộ, Sở Nội vụ"; a bare "Vụ trưởng" stays bare
SELECT name, titles FROM gb_officials($$Dự đại hội có các đồng chí: Đinh Văn Vượng - Vụ trưởng vụ địa phương 2, Văn phòng Trung ương Đảng; Lê Quang Hải – Phó vụ trưởng Vụ Địa phương 7. Dự hội nghị có ông Nguyễn Văn An, Trưởng phòng tổ chức cán bộ, Sở Nội vụ tỉnh Đồng Nai. Đồng chí Trần Văn Bình, Vụ trưởng, phát biểu về vụ việc tham nhũng.$$);

-- stop 43, s43-people: BA6 "GS." with its dot opens the name; AX2 a vote's "dự" among the attendees counted is no role; AX7/AZ4 lower-case "sở", "trường" head the unit, a school named after a person with its level after it; BA1 a bracketed parent body before the name
SELECT name, titles, roles FROM gb_officials($$Tại hội nghị, GS. Nguyễn Minh Thuyết, Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội, đã truyền đạt chuyên đề. Đồng chí Vũ Văn Hoàn được bầu giữ chức Phó Bí thư Tỉnh ủy với 100% số đại biểu dự hội nghị tán thành.$$);
SELECT name, titles FROM gb_officials($$Miễn nhiệm đối với nguyên Giám đốc sở Nội vụ Nguyễn Lâm Thị Tú Anh (do nghỉ hưu). Đồng chí Đỗ Minh Trí - Hiệu trưởng trường Chính trị Nguyễn Văn Linh tỉnh Hưng Yên phát biểu. Vụ trưởng Vụ Tổ chức cán bộ (Bộ Y tế) Nguyễn Hồng Sơn; Chánh Văn phòng Bộ Y tế Đoàn Hữu Thiển.$$);

-- stop 43, s43-posts: AY1 a post class before "gồm" (after "được bầu mới", or "bầu chức vụ X nhiệm kỳ mới, gồm:") given to each member; AX1a stacked appointment verbs and a parent body before them; AX1c "nhiệm kỳ năm ..."; AY2 "Chánh văn phòng Đoàn ĐBQH, HĐND và UBND <tỉnh>" one office
SELECT name, titles FROM gb_officials($$Hai Phó bí thư Thành ủy Huế được bầu mới gồm ông Phan Thiên Định, Trưởng ban Kinh tế - Ngân sách HĐND TP.Huế; ông Nguyễn Chí Tài, Ủy viên Ban Thường vụ, Phó chủ tịch UBND TP.Huế. Hội nghị đã giới thiệu và bầu chức vụ Phó Bí thư Tỉnh ủy nhiệm kỳ mới, gồm: ông Phạm Đức Tiến, Bí thư Quận ủy Thuận Hóa; ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh.$$);
SELECT name, titles FROM gb_officials($$Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, được điều động chỉ định giữ chức Bí thư Tỉnh ủy Cao Bằng. Tại hội nghị, ông Trịnh Việt Hùng - Phó Chủ tịch UBND tỉnh Thái Nguyên nhiệm kỳ năm 2016 - 2021 đã được bầu giữ chức danh Phó Bí thư Tỉnh ủy Thái Nguyên. Ban Thường vụ Thành ủy chỉ định ông Đoàn Ngọc Hùng Anh, Chánh văn phòng Đoàn ĐBQH, HĐND và UBND TP Đà Nẵng giữ chức Bí thư Đảng ủy.$$);

-- stop 43, s43-held: a sentence whose person takes a post with its verb is no item of the attendance list before it; one of a name and titles only still is
SELECT name, roles FROM gb_officials($$Ngày 5/4/2024, Bộ Y tế tổ chức hội nghị. Dự hội nghị có ông Nguyễn Hồng Sơn, Vụ trưởng. Ông Đoàn Văn Hùng được bầu giữ chức Bí thư Đảng ủy.$$);
SELECT name, roles FROM gb_officials($$Ngày 5/4/2024, Bộ Y tế tổ chức hội nghị. Dự hội nghị có ông Nguyễn Hồng Sơn, Vụ trưởng. Ông Lê Văn An, Bí thư Chi bộ.$$);

-- stop 43, s43-people2: AX3 after a post's verb its holder is named, a person-shaped name after the committee is the place; BA12 a fronted "Thay mặt <body> phát biểu …," gives the person after the comma `thay mặt`; AX2 a body "được điều hành bởi" its leaders is no meeting's chair
SELECT name, titles, roles FROM gb_officials($$Ông Vũ Mạnh Hà tái đắc cử Bí thư Huyện ủy Hoàng Su Phì. Thay mặt Ban Thường vụ Đảng ủy Quốc hội phát biểu chỉ đạo tại đại hội, Phó Chủ tịch Quốc hội Nguyễn Khắc Định đánh giá cao kết quả. UBND tỉnh Cao Bằng đang được điều hành bởi Chủ tịch UBND tỉnh Lê Hải Hòa.$$);

-- stop 43, the first wave's reads: "gồm có" gives the post before it to each member as "gồm" does
SELECT name, titles FROM gb_officials($$Hai Phó bí thư Thành ủy Huế được bầu mới gồm có ông Phan Thiên Định, Trưởng ban Kinh tế - Ngân sách HĐND TP.Huế; ông Nguyễn Chí Tài, Phó chủ tịch UBND TP.Huế.$$);

-- stop 44, s44-posts2: BD7 an honour (NGƯT, NSND ...) before a name as a degree, alone or glued to the degrees; BD6 "không chuyên trách" inside a post; BD3 "Công đoàn" and its field in sentence case
SELECT name, titles FROM gb_officials($$Dự có PGS.TS.NGƯT Trần Quang Quý, Chủ tịch Hội Cựu giáo chức Việt Nam và NGƯT Trần Văn Bình, Hiệu trưởng Trường THPT Chuyên. Đồng chí Hoàng Nghĩa Hiếu được hiệp thương cử giữ chức Phó Chủ tịch không chuyên trách Ủy ban MTTQ tỉnh. Đồng chí Vũ Đức Chén - Chủ tịch Công đoàn văn phòng UBND tỉnh phát biểu.$$);

-- stop 44, s44-people2: bc11 a post after "Ngoài ông A," with "cũng" after it is the clause's subject, not A's; BB8 "nhận nhiệm vụ X", also after "được điều động,"; BB9 a ";" item of former posts alone is the person's before it
SELECT name, titles FROM gb_officials($$Ngoài ông Nguyễn Văn Vịnh, Thủ tướng cũng thi hành kỷ luật khiển trách đối với ông Doãn Văn Hưởng. Ông Đỗ Thanh Bình, Bí thư Thành ủy Cần Thơ được điều động, nhận nhiệm vụ Thứ trưởng thường trực Bộ Nội vụ. Dự Hội nghị có các đồng chí: Trần Lưu Quang, Phó Thủ tướng Chính phủ; nguyên Bí thư Thành ủy Hải Phòng; Nguyễn Quang Dương, Phó Trưởng Ban Tổ chức Trung ương.$$);

-- stop 44, s44-posts: bc1 a post a decision removes, "cho thôi (giữ) chức X … đối với ông A", past a second measure joined by "và" ("và xóa tư cách Y …": Y is no title); one left with no "đối với" gives none; bc6 "làm Trưởng đoàn" ends a steering board's "về" part as "chủ trì" does; bc10 "hiện (đang) là X" after former posts and an apposed province
SELECT name, titles FROM gb_officials($$Huyện ủy vừa có quyết định cho thôi chức Bí thư Đảng ủy xã Phong Xuân đối với ông Trần Văn Cân.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Thủ tướng quyết định cách chức Chủ tịch UBND tỉnh Khánh Hòa nhiệm kỳ 2016-2021 và xóa tư cách Phó Chủ tịch UBND tỉnh Khánh Hòa nhiệm kỳ 2011-2016 đối với ông Lê Đức Vinh.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Bộ Chính trị đồng ý cho ông Nguyễn Văn Bình thôi giữ chức Bí thư Tỉnh ủy Hà Giang.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Đoàn kiểm tra số 1 do đồng chí Phan Đình Trạc, Phó Trưởng Ban thường trực Ban chỉ đạo Trung ương về phòng chống tham nhũng, tiêu cực làm Trưởng đoàn đã làm việc với Thành ủy.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Kỷ luật đồng chí Phạm Văn Thành, Tỉnh ủy viên, nguyên Chủ tịch UBND thị xã Đông Triều, tỉnh Quảng Ninh, hiện đang là Phó Chủ tịch UBND tỉnh Quảng Ninh bằng hình thức cảnh cáo.$$);

-- stop 44, s44-people: be4 "GS-VS", "GS.TSKH", "Viện sĩ" introduce a person as "GS.TS" does ("vs" between two teams does not); bc12 a bare name right after "đối với" followed by its titles, in lower case too (one followed by no title is no official)
SELECT name, titles FROM gb_officials($$Chủ trì hội nghị có GS-VS Đặng Vũ Minh- Chủ tịch LHH Việt Nam, tham dự có các hội viên.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Chủ trì hội nghị có Viện sĩ Đặng Vũ Minh, Chủ tịch LHH Việt Nam.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Trận đấu giữa Nam Định vs Hoàng Anh Gia Lai diễn ra chiều nay.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Bộ Công an thực hiện lệnh bắt bị can để tạm giam đối với Nguyễn Đức Chung, Phó bí thư thành ủy, Chủ tịch UBND TP.Hà Nội, về tội danh chiếm đoạt tài liệu mật.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Tỉnh đã chi trả đầy đủ đối với Nguyễn Văn Hùng, người có công với cách mạng.$$);

-- stop 45, s45-lead: bf BF3 a tag page's teaser, its headline and lead run together on one line with no stop: the post ends before the capitalized date cue "Sáng ngày 31/10,"; a body's name goes on past a capitalized word that is no date cue
SELECT name, titles FROM gb_officials($$Ông Lê Ngọc Quang được phân công làm Bí thư Tỉnh uỷ Quảng Bình Sáng ngày 31/10, ông Lê Ngọc Quang nhận quyết định.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Dự hội nghị có đồng chí Nguyễn Hòa Bình, Chánh án Tòa án nhân dân Tối cao.$$);

-- stop 45, s45-people: BH8/BI9 a rank-led member after ";" takes no honorific of the person before; BH2 "(Bà) Mẹ Việt Nam Anh hùng" an honour, no one named; BH5 "đảng viên A (posts)"; BH7 a masthead's deputies in capitals joined by a dash are no officials
SELECT name, honorific, titles FROM gb_officials($$Tham dự hội nghị có: bà Nguyễn Thị Mỹ Hằng, Trưởng ban Nội chính Thành ủy TP.HCM; thiếu tướng Tạ Văn Đẹp, Phó giám đốc Công an TP.HCM. Cùng dự có đại diện Bà Mẹ Việt Nam Anh hùng và các đại biểu. Huy hiệu 40 năm tuổi Đảng được trao cho đảng viên Dương Thị Thu Hiền (nguyên Trưởng ban Tổ chức Tỉnh ủy).$$)
UNION ALL
SELECT name, honorific, titles FROM gb_officials($$Báo Bình Dương điện tử
Phó Tổng Biên tập: HUỲNH MINH DÂN - NGUYỄN QUỐC LIÊM
$$);

-- stop 45, s45-people: BI6 the person a fronted "Phát biểu chúc mừng" names before its comma is greeted, the speaker after it; BG6 "thay mặt X ký Quyết định" is signing a document, no role at the meeting
SELECT name, roles FROM gb_officials($$Phát biểu chúc mừng PGS-TS Đoàn Minh Huấn nhận trọng trách mới, thay mặt Đảng ủy các cơ quan Đảng Trung ương, Thường trực Ban Bí thư Trần Cẩm Tú nhấn mạnh vai trò của Học viện. Theo đó, Tổng Bí thư Nguyễn Phú Trọng đã thay mặt Bộ Chính trị ký Quyết định số 84 về việc chỉ định nhân sự.$$);

-- stop 45, s45-posts: BD4 a bare post in sentence case ending the clause after "giữ chức" ("Phó chủ tịch."); BD6 "đến nhận nhiệm vụ tại X và chỉ định giữ chức Y": Y is the post; BD3 "công đoàn" in lower case with its field to its level; BB14 a comma slipped between a committee and its city before the holder; BB7 "A và B … giữ chức X và Y <body>" in turn
SELECT name, titles FROM gb_officials($$Các đồng chí Nguyễn Bá Sáu, Vũ Văn Chiến, Nguyễn Xuân Thảo được bầu giữ chức Phó chủ tịch.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Ban Thường vụ Tỉnh ủy điều động ông Lâm Thành Sĩ, Phó ban Thường trực Ban Tuyên giáo Tỉnh ủy, đến nhận nhiệm vụ tại LĐLĐ tỉnh và chỉ định giữ chức Bí thư Đảng đoàn LĐLĐ tỉnh, nhiệm kỳ 2018 - 2023.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Đồng chí Lê Thị Thu, Chủ tịch công đoàn viên chức tỉnh phát biểu.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Dự hội nghị có đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư; Ủy viên Bộ Chính trị, Bí thư Thành ủy, Hà Nội Đinh Tiến Dũng.Thay mặt Ban Thường vụ, đồng chí phát biểu.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Ông Lương Nguyễn Minh Triết và ông Phạm Đức Ấn được Bộ Chính trị, Ban Bí thư điều động, chỉ định giữ chức Bí thư và Phó Bí thư Thành ủy Đà Nẵng.$$);

-- stop 45, s45-titles: BH1 "cựu" opens a former post as "nguyên" does; BG2 the post after a fronted "Thay mặt" is the one represented; BF2 an age and a degree after the name, then the posts; BF8 "Huyện ủy huyện X" is "Huyện ủy X"; BI5 "BĐBP" is "Bộ đội Biên phòng", either first
SELECT name, titles FROM gb_officials($$Ủy ban Kiểm tra quyết định kỷ luật ông Hồ Xuân Tiến, cựu Giám đốc Trung tâm Phát triển quỹ đất huyện Đức Trọng.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Thay mặt Thủ tướng Chính phủ, Phó Thủ tướng Hoàng Trung Hải đã trao quyết định.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Ông Đỗ Trọng Hưng, 49 tuổi, tiến sĩ triết học, Phó Bí thư thường trực, được bầu làm Bí thư Tỉnh ủy Thanh Hóa.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Đồng chí Hà Văn Ca giữ chức Bí thư Huyện ủy Mường Lát. Ông Hà Văn Ca làm Bí thư huyện ủy huyện Mường Lát.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Đại tá Nguyễn Văn Hưng làm Bí thư Đảng ủy Bộ đội Biên phòng tỉnh Lai Châu. Đại tá Nguyễn Văn Hưng được chỉ định làm Bí thư Đảng ủy BĐBP tỉnh Lai Châu.$$);
-- Stop 45, s45-posts3 (probe bi BI1): a bare post in sentence case listed
-- after another post, the clause ending, is his post; before a plural, prose
SELECT name, titles FROM gb_officials($$Bác sỹ Nguyễn Tiến Vũ- Ủy viên Ban chấp hành Đảng bộ, Phó giám đốc, cùng hơn 300 cán bộ đã tham dự hội nghị.$$)
UNION ALL
SELECT name, titles FROM gb_officials($$Đồng chí Trần Văn Bình, Bí thư Chi bộ, Phó hiệu trưởng các trường đã phát biểu.$$);
