--
-- Citations: language rules found on real report text (issuers, terms,
-- code spellings, abbreviations, subjects).  Made-up sentences.
--
\pset null '∅'
SET datestyle TO iso, ymd;

-- G2a. the issuer of "ban hành" past adverbs ("đã kịp thời")
SELECT kind, number, code, issuer, term, subject
FROM gb_citations($$Chiều 3/4, Ban Thường vụ Huyện ủy Lạc Sơn đã kịp thời ban hành Kế hoạch số 23 về tổ chức đại hội chi bộ thôn.$$);

-- G2a. a long body name before "ban hành"
SELECT kind, number, issuer
FROM gb_citations($$Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương đã nhanh chóng ban hành Hướng dẫn số 17 về công tác nhân sự.$$);

-- G2a. "- khóa XII," between the body and "ban hành": issuer, and the khóa is the term
SELECT kind, number, code, issuer, term, subject
FROM gb_citations($$Hội nghị lần thứ 7, Ban Chấp hành Trung ương Đảng - khóa XII, đã ban hành Nghị quyết số 26 – NQ/TW về cán bộ các cấp.$$);

-- G2a. "Ban Chấp hành Đảng bộ tỉnh khóa XVI đã ban hành": the level word ends the body
SELECT kind, number, code, issued, issuer, term
FROM gb_citations($$Ngày 4-6-2016, Ban Chấp hành Đảng bộ tỉnh khóa XVI đã ban hành Nghị quyết số 03-NQ/TU về phát triển lâm nghiệp.$$);

-- G2b. a group noun "02 Quy định của Bộ Chính trị, gồm:" gives its issuer to the list, and only to it
SELECT kind, number, code, issuer, subject
FROM gb_citations($$Hội nghị quán triệt 02 Quy định của Bộ Chính trị, gồm: Quy định số 131-QĐ/TW về kiểm soát quyền lực, Quy định số 132-QĐ/TW về công tác kiểm tra. Quy định số 133-QĐ/TW cũng được giới thiệu.$$);

-- G2c. a comma between the date and "của"
SELECT kind, number, code, issued, issuer, term
FROM gb_citations($$Quy định này thay thế Quy định số 76-QĐ/TW, ngày 15-6-2017, của Bộ Chính trị.$$);

-- G2d. the abbreviation "Ban TVTU" is Ban Thường vụ Tỉnh ủy, shared by the list
SELECT kind, number, issuer
FROM gb_citations($$Thực hiện Kế hoạch số 47 và Hướng dẫn số 12 của Ban TVTU về bầu cử.$$);

-- G2e. the body after "Thay mặt" is the issuer; a person never is
SELECT kind, number, code, issuer
FROM gb_citations($$Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Đỗ Minh Trí đã ký ban hành Quy định 97 về tiếp công dân.$$);
SELECT kind, number, issuer
FROM gb_citations($$Thường trực Ban Bí thư Đỗ Minh Trí đã ký ban hành Quy định 98.$$);

-- G11. ", khóa XII" right after a plenum citation is its term; two terms, two keys
SELECT kind, plenum, term, subject, key
FROM gb_citations($$Các chi bộ học tập Nghị quyết Trung ương 7, khóa XII về chính sách tiền lương. Nghị quyết Trung ương 7 khóa XIII cũng được quán triệt.$$);

-- G12. "QĐ/TƯ" is "QĐ/TW": one document, one key, two mentions
SELECT kind, number, code, issuer, term, key, mentions
FROM gb_citations($$Ngày 8/2/2022, Bộ Chính trị ban hành Quy định số 58-QĐ/TƯ về bảo vệ chính trị nội bộ. Quy định số 58-QĐ/TW thay thế quy định cũ.$$);

-- G12. "BTCTƯ" in a code names Ban Tổ chức Trung ương
SELECT kind, number, code, issuer
FROM gb_citations($$Thực hiện Hướng dẫn số 31-HD/BTCTƯ về đánh giá cán bộ.$$);

-- G8. "T.Ư" is "Trung ương" in plenum citations
SELECT kind, plenum, term, key
FROM gb_citations($$Hội nghị nghiên cứu Nghị quyết Hội nghị lần thứ năm Ban Chấp hành T.Ư Đảng khóa XII. Tiếp tục thực hiện Nghị quyết T.Ư 9, khóa XIII về văn hóa.$$);

-- G13. lower-case "quy định"/"quyết định" with a bare count is a verb, no document
SELECT count(*) AS citations
FROM gb_citations($$Các tổ đảng cần thực hiện quy định 1 cách nghiêm túc và quyết định 2 việc cần làm.$$);

-- G13. ... but with an issuer, or as a short form of a document named before, it is one
SELECT kind, number, code, issuer, mentions
FROM gb_citations($$Thực hiện quy định 124 của Bộ Chính trị. Quy định số 125-QĐ/TW được ban hành; các chi bộ thực hiện quy định 125 nghiêm túc.$$);

-- G14. "Nghị quyết (NQ) 19": the type's abbreviation in parentheses
SELECT kind, number, subject, mentions, raw
FROM gb_citations($$Huyện ủy sơ kết 3 năm thực hiện Nghị quyết (NQ) 19 về “Phát triển nông nghiệp xanh”. Kết quả thực hiện NQ 19 được đánh giá cao.$$);

-- G3. the subject ends at a new clause after a comma, and at a participle ("thay thế")
SELECT kind, number, subject
FROM gb_citations($$Ban Dân vận Huyện ủy quán triệt Chỉ thị số 27-CT/TW về công tác tôn giáo, Ủy ban nhân dân huyện đã thống nhất kế hoạch.$$);
SELECT kind, number, subject
FROM gb_citations($$Ban Bí thư ban hành Quy định số 212-QĐ/TW về kiểm tra đảng viên, thay thế Quy định số 30-QĐ/TW.$$);

-- G3. ... before a list's "và", at a predicate ("diễn ra"), with balanced brackets, at a closing quote
SELECT kind, number, subject
FROM gb_citations($$Quán triệt Nghị quyết số 81-NQ/TW về phát triển văn hóa và Nghị quyết số 82-NQ/TW về khoa học công nghệ diễn ra vào chiều 5/9.$$);
SELECT kind, number, subject
FROM gb_citations($$Thực hiện Kết luận số 66-KL/TW về nhân sự Ban Chấp hành Trung ương (khóa XIV); Nghị quyết số 14 về 'Đổi mới quản trị địa phương' trên địa bàn huyện.$$);

-- H10/H11/H13

-- H11. a sectoral Party committee keeps its level word: as the subject of "ban hành" and after "của"
SELECT kind, number, code, issuer, subject
FROM gb_citations($$Đảng ủy Công an tỉnh đã ban hành Kế hoạch số 15-KH/ĐUCA về tuyển quân. Thực hiện Nghị quyết số 8-NQ/ĐU của Đảng ủy Quân sự tỉnh về diễn tập.$$);
SELECT kind, number, issuer, subject
FROM gb_citations($$Đảng ủy Khối Doanh nghiệp huyện ban hành Chỉ thị số 2-CT/ĐUK. Kế hoạch số 6-KH/ĐUK của Đảng ủy Khối các cơ quan tỉnh về học tập.$$);

-- H11. ... and in titles and organizers
SELECT name, titles
FROM gb_officials($$Đồng chí Lò Văn Khánh, Bí thư Đảng ủy Biên phòng tỉnh phát biểu.$$);
SELECT (gb_extract($$Tin vắn
Sáng 5/3, Đảng ủy Quân sự huyện tổ chức hội nghị sơ kết.$$)).organizer;

-- H10. "của Hội nghị lần thứ N <body>": the issuer is the body; its term and subject follow
SELECT kind, number, code, issuer, plenum, term, subject
FROM gb_citations($$Hội nghị quán triệt Kết luận số 47-KL/TW, ngày 3-2-2023 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng (khóa XIII) về công tác dân tộc.$$);
SELECT kind, number, issuer, plenum, subject
FROM gb_citations($$Thực hiện Nghị quyết số 5-NQ/TU của Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9 về chuyển đổi số.$$);

-- H13. a quotation inside the subject is part of it; a subject that opens with one ends with it
SELECT kind, number, subject
FROM gb_citations($$Đảng ủy ban hành Nghị quyết số 31-NQ/ĐU về phát huy truyền thống “Anh bộ đội Cụ Hồ” trong giai đoạn mới. Chi bộ học Chỉ thị số 4 về “Học tập suốt đời” trong năm 2024.$$);
SELECT kind, number, subject
FROM gb_citations($$Nghị quyết số 3 về học tập “theo gương Bác, và Kế hoạch số 4 về “Dân vận khéo”.$$);

-- H13. a document after a preposition is part of the subject, and still a citation of its own
SELECT kind, number, issuer, subject
FROM gb_citations($$Ban Tổ chức ban hành Hướng dẫn số 18 về thi hành một số điều trong Quy định số 96 của Ban Bí thư về lấy phiếu tín nhiệm.$$);

-- H9. a Party code written in State style, "41/CT-TW", is the Party code 41-CT/TW, its term from the date
SELECT kind, number, code, issued, issuer, term, key, mentions
FROM gb_citations($$Quán triệt Chỉ thị số 41/CT-TW ngày 12/03/2020 của Ban Bí thư về công tác dân tộc. Chỉ thị 41-CT/TW được các chi bộ thực hiện.$$);

-- H9. ... State codes stay as written
SELECT kind, number, code, issuer, term
FROM gb_citations($$Chỉ thị số 07/CT-BNV, Chỉ thị 09/CT-BCA-X15, Thông tư 02/2023/TT-UBDT và Hướng dẫn 17/HD-BTCTƯ.$$);

-- G13. ... "số" makes a lower-case type's number a document's
SELECT kind, number
FROM gb_citations($$Các chi bộ thực hiện kết luận số 7 và quy định số 8 nghiêm túc.$$);

-- H7. "Quyết định 411, 412-QĐ/TW": numbers listed before a code share its suffix, issuer, date and term
SELECT kind, number, code, issuer, term, key
FROM gb_citations($$Chi bộ quán triệt Quyết định 411, 412-QĐ/TW của Bộ Chính trị (khóa XII) về công tác mặt trận.$$);
SELECT kind, number, code, issued, term
FROM gb_citations($$Thực hiện Quy định 31, 32 và 33-QĐ/TW ngày 4/5/2022 về kỷ luật đảng.$$);

-- H7. ... a count after a number is no such list
SELECT kind, number, code
FROM gb_citations($$Kết quả thực hiện Nghị quyết 12, 15 năm qua rất tốt.$$);

-- H7. an issuer written once at the end of a list reaches every document in it
SELECT kind, number, issuer, code
FROM gb_citations($$Các chi bộ học tập Quy định 142, 148, 150 của Ban Bí thư.$$);

-- H6. "Ngày D, <person> đã ký <document>": D is the issue date (and so the term); the signer is no issuer
SELECT kind, number, code, issued, issuer, term, key
FROM gb_citations($$Ngày 14/6/2022, Tổng Bí thư Hoàng Văn Lợi đã ký Quy định số 71-QĐ/TW về bảo vệ bí mật nhà nước.$$);

-- H6. ... a post that signs ("Chủ tịch UBND tỉnh", "Bộ trưởng", "Thường trực Ban Bí thư") is not the issuer
SELECT kind, number, issued, issuer
FROM gb_citations($$Ngày 2/4/2024, Chủ tịch UBND tỉnh Đặng Văn Hải ký ban hành Chỉ thị số 06/CT-UBND về phòng cháy. Ngày 3/4/2024, Bộ trưởng Bộ Tư pháp Lò Văn Sơn đã ký Chỉ thị số 07 về hộ tịch. Thường trực Ban Bí thư ký ban hành Kết luận số 93-KL/TW về cán bộ.$$);

-- H6. ... the body it acts for ("Thay mặt", or named in the post without the signer's name), or a body that signs, is
SELECT kind, number, issued, issuer
FROM gb_citations($$Thay mặt Bộ Chính trị, đồng chí Lò Văn Sơn đã ký Kết luận số 94-KL/TW ngày 6/3/2024. Ban Thường vụ Huyện ủy đã ký Quy chế số 12 về làm việc. Chủ tịch UBND tỉnh Lâm Đồng đã ký Chỉ thị số 08 về thiên tai.$$);

-- H3. the mentions of one document are one citation, whatever the issuer's length; the longer names it
SELECT kind, number, issuer, subject, key, mentions, raw
FROM gb_citations($$Học tập Nghị quyết số 21 của Ban Thường vụ Huyện ủy Mường Tè về phát triển quế. Thực hiện Nghị quyết 21 của Ban Thường vụ Huyện ủy.$$);
SELECT kind, number, issuer, subject, key, mentions, raw
FROM gb_citations($$Thực hiện Nghị quyết 21 của Ban Thường vụ Huyện ủy. Học tập Nghị quyết số 21 của Ban Thường vụ Huyện ủy Mường Tè về phát triển quế.$$);

-- H3. ... a later dated mention completes the first: date, issuer, term and key
SELECT kind, code, issued, issuer, term, key, mentions, span
FROM gb_citations($$Thường trực Ban Bí thư ký ban hành Kết luận số 97-KL/TW về dân vận. Thay mặt Bộ Chính trị, đồng chí Lò Văn Sơn ký ban hành Kết luận số 97-KL/TW, ngày 7/5/2024 về dân vận.$$);

-- H3. ... two issue dates, or two levels of issuer, are two documents, each with its own key
SELECT kind, number, code, issued, issuer, key, mentions
FROM gb_citations($$Công văn 15 ngày 3/4/2024 và Công văn 15 ngày 5/4/2024 của Văn phòng. Công văn 15 nêu rõ. Chỉ thị 05 của Huyện ủy và Chỉ thị 05-CT/TW của Bộ Chính trị.$$);

-- J5/J6

-- J5. a term written once after a list of plenum resolutions is every plenum's: "," or "và" between them
SELECT kind, plenum, term, key, raw
FROM gb_citations($$Đảng ủy xã Tân Phú học tập Nghị quyết Trung ương 3, Nghị quyết Trung ương 4 khóa XI và Nghị quyết Hội nghị Trung ương 6, 7 (khóa X) cho đảng viên.$$);

-- J5. ... one term for numbers listed after "Trung ương"; a term written for the first one stays, ";" ends the list
SELECT kind, plenum, term, key, raw
FROM gb_citations($$Quán triệt Nghị quyết Trung ương 5 và 6 khóa IX; Nghị quyết Trung ương 2 khóa VIII, Nghị quyết Trung ương 3 khóa IX; Nghị quyết Trung ương 8; Nghị quyết Trung ương 9 khóa IX.$$);

-- J6. "<kind> (số) N/YYYY": document N of the year YYYY, its code derived from a central Party issuer, its term from the year
SELECT kind, number, code, issued, issuer, term, key, raw
FROM gb_citations($$Chi bộ quán triệt Kết luận 17/2019 của Bộ Chính trị, Quy định số 06/2022 của Ban Bí thư và Chỉ thị 04/2020 của Ban Thường vụ Huyện ủy.$$);

-- J6. ... no term in a year a congress closed (2016, 2021); State codes stay whole; a period is no year
SELECT kind, number, code, issuer, term, key, raw
FROM gb_citations($$Thực hiện Kết luận 14/2021 của Ban Chấp hành Trung ương, Chỉ thị 03/CT-BCA-X11 của Bộ Công an, Nghị định 14/2021/NĐ-CP và Kế hoạch 15/2021-2025.$$);

-- an issuer written once at the end of a list does not override the one a document's code names
SELECT kind, number, code, issuer
FROM gb_citations($$Thực hiện Nghị định 14/2021/NĐ-CP và Chỉ thị 03/CT-BCA-X11 của Bộ Công an. Quyết định 12/QĐ-UBND, 13/QĐ-UBND của UBND tỉnh.$$);

-- K6

-- K6. "<doc> năm Y về ... do <body> ban hành ngày D": issuer, issue date and term written after the subject, which ends before "do"
SELECT kind, code, issued, issuer, term, subject, key
FROM gb_citations($$Quy định 45-QĐ/TW năm 2023 về công tác thi đua do Bộ Chính trị ban hành ngày 06/7/2023.$$);

-- K6. ... "được <body> ký ban hành ngày D" before the subject; "do <body> khóa X ban hành" gives the term; a local code's year gives none
SELECT kind, code, issued, issuer, term, subject, key
FROM gb_citations($$Chỉ thị số 21-CT/TW được Ban Bí thư ký ban hành ngày 3/5/2017 về công tác dân vận. Nghị quyết số 33-NQ/TW về phát triển văn hóa do Ban Chấp hành Trung ương khóa XI ban hành. Kế hoạch 15-KH/HU năm 2023 về tuyên truyền.$$);

-- K6. ... "được ban hành ngày D" without a body gives the date alone
SELECT kind, code, issued, issuer, term, subject, key
FROM gb_citations($$Quy định 55-QĐ/TW về nêu gương được ban hành ngày 19/12/2016, nhằm nâng cao chất lượng.$$);

-- K6. "năm Y" right after a central Party code gives the term, unless a congress closed that year (2021)
SELECT kind, code, issuer, term, key
FROM gb_citations($$Quán triệt Quy định 77-QĐ/TW năm 2023 và Kết luận 40-KL/TW năm 2021 về cán bộ.$$);

-- K6 (doubtful cases). a counted plenum resolution with its term, "03 Nghị quyết Trung ương 5 (khóa XII) gồm:", gives the resolutions listed after it their issuer and term; a new sentence ends the list
SELECT kind, number, code, issuer, plenum, term, key
FROM gb_citations($$Chi bộ quán triệt 03 Nghị quyết Trung ương 5 (khóa XII) gồm: Nghị quyết số 10-NQ/TW về kinh tế tư nhân; Nghị quyết số 11-NQ/TW về thể chế và Nghị quyết số 12-NQ/TW về doanh nghiệp. Nghị quyết số 13-NQ/TW nêu rõ.$$);

-- K6 (doubtful cases). ... and "các chỉ thị của <body> khóa T gồm:" gives its term too
SELECT kind, code, issuer, term, key
FROM gb_citations($$Đảng ủy quán triệt các chỉ thị của Ban Bí thư khóa XII gồm: Chỉ thị số 31-CT/TW về an ninh mạng, Chỉ thị số 32-CT/TW về thiên tai.$$);

-- L12. "Ngày D, <signer> ký ban hành Quy định <description> (Quy định số N-QĐi/TW)": one document, issued D, term from the date, the description as subject
SELECT kind, number, code, issued, issuer, term, subject, mentions
FROM gb_citations($$Ngày 12/3/2019, Tổng Bí thư Trần Văn Bình ký ban hành Quy định trách nhiệm gương mẫu của cán bộ, đảng viên (Quy định số 07-QĐi/TW).$$);

-- L12. ... a different type before the bracket is another document, and "(Chỉ thị số 45)" after a numbered Chỉ thị is a short form of it
SELECT kind, number, code, issued, term, subject, mentions
FROM gb_citations($$Ngày 12/3/2019, Bộ Chính trị ban hành Chỉ thị về thi đua (Quy định số 09-QĐi/TW). Tỉnh ủy thực hiện Chỉ thị số 45-CT/TW ngày 5/4/2020 về thi đua (Chỉ thị số 45).$$);

-- L12 (doubtful cases). "Nghị quyết Đại hội Đảng bộ <body> lần thứ T" is the local congress resolution, as "Nghị quyết Đại hội lần thứ T Đảng bộ <body>" is; with no term there is none
SELECT kind, number, term, key, mentions
FROM gb_citations($$Chi bộ quán triệt Nghị quyết Đại hội Đảng bộ Khối lần thứ IX, Nghị quyết Đại hội lần thứ IX Đảng bộ Khối, Nghị quyết Đại hội Đảng bộ tỉnh Hòa Lạc lần thứ XVI và Nghị quyết Đại hội Đảng bộ huyện, nhiệm kỳ 2020-2025.$$);

-- M1. a post as the subject of "ban hành" ("Thường trực Ban Bí thư ban hành"), as of "ký", is the signer, not the issuer: the issuer comes from the code or "của X", else none; a body, or the body a post acts for, stays
SELECT kind, number, code, issued, issuer, term, key
FROM gb_citations($$Ngày 12-4-2023, Thường trực Ban Bí thư ban hành Quy định số 61-QĐ/TW về lấy phiếu tín nhiệm. Ngày 5-6-2023, Tổng Bí thư ban hành Quy định số 62 của Ban Bí thư về thi đua. Ngày 7-6-2023, Thường trực Ban Bí thư ban hành Hướng dẫn số 63-HD/BTCTW về đảng viên. Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 64-KH/TU về học tập. Chủ tịch UBND tỉnh Lâm Đồng ban hành Quyết định số 65 về thi đua.$$);

-- R9 (probe 47 G6). A body of several provinces, counted ("Ban Thường vụ Tỉnh ủy 3 tỉnh A, B và C", "hai tỉnh A và B") or listed after a provincial committee's first one ("Tỉnh ủy A, B, C"), issues as one before "ban hành": the whole phrase, as written; after "của" a counted one too, up to a comma before another body; a list after "của" going on with another body stays the first body
SELECT kind, code, issuer
FROM gb_citations($$Ngày 24-5-2025, Ban Thường vụ Tỉnh ủy 3 tỉnh Lâm Đồng, Bình Thuận và Đắk Nông đã ban hành Quyết định số 2536/QĐ-TU về việc thành lập Ban chỉ đạo. Ngày 2/7/2025, Tỉnh ủy Vĩnh Long, Bến Tre, Trà Vinh ban hành Chỉ thị số 01-CT/TU về đại hội. Thực hiện Quyết định số 15-QĐ/TU ngày 3/6/2025 của Ban Thường vụ Tỉnh ủy hai tỉnh Hà Giang và Tuyên Quang về sáp nhập. Thực hiện Kế hoạch số 7-KH/TU của Ban Thường vụ Tỉnh ủy 2 tỉnh Bắc Kạn, Thái Nguyên, Tỉnh ủy tổ chức hội nghị. Thực hiện Kế hoạch số 20-KH/TU của Tỉnh ủy Lâm Đồng, UBND tỉnh về thi đua.$$) ORDER BY code;

-- M2. the issue date gives a Party term only to a document of the Party, known by its code, its issuer (Tỉnh ủy, Ban Thường vụ, Đảng ủy ...) or a type of the Party's own (Quy định, Kết luận, Thông tri) with no other issuer; not to one of a State body, nor to one with none of these
SELECT kind, number, code, issued, issuer, term, key
FROM gb_citations($$Thực hiện Công văn số 41 ngày 3-5-2022 của Ủy ban nhân dân tỉnh Hòa Lạc về phòng dịch, Quyết định số 42 ngày 4-5-2022 của Thủ tướng Chính phủ về đề án, Chỉ thị số 44 ngày 6-5-2022 về an toàn, Công văn số 45 ngày 3-5-2022 của Tỉnh ủy về cán bộ, Kế hoạch số 46-KH/HU ngày 4-5-2022 về học tập, Thông báo số 48 ngày 6-5-2022 của Đảng ủy xã Tân Lập, Quy định số 51 ngày 9-5-2022 về thi đua và Quy định số 53 ngày 11-5-2022 của UBND tỉnh về khen thưởng.$$);

-- M3. a number after "Nghị quyết Trung ương" that is an amount, a decimal ("7,5 tỷ đồng") or a count of money or people ("4 triệu", "3 người", "9 %"), is no plenum; "4 khóa XII", "5, khóa XII", "6 (khóa XII)" and a list "7,8 (khóa XI)" are
SELECT kind, plenum, term, key, raw
FROM gb_citations($$Kinh phí thực hiện Nghị quyết Trung ương 7,5 tỷ đồng. Sau Nghị quyết Trung ương 4 triệu người được hỗ trợ. Theo Nghị quyết Trung ương 9 % hộ nghèo giảm. Chi bộ quán triệt Nghị quyết Trung ương 4 khóa XII, Nghị quyết Trung ương 5, khóa XII, Nghị quyết Trung ương 6 (khóa XII) và Nghị quyết Trung ương 7,8 (khóa XI).$$);

-- M4. ", theo đó", ", trong đó", ", qua đó", ", nhằm" open a new clause: a document's subject ends before them, as before ". Theo đó"
SELECT kind, number, subject
FROM gb_citations($$Quy định số 71-QĐ/TW về công tác kiểm tra, theo đó Ban Thường vụ phải báo cáo hằng quý. Quy định số 72-QĐ/TW về công tác giám sát, kỷ luật, trong đó Ban Thường vụ chịu trách nhiệm. Chỉ thị số 73-CT/TW về thi đua, qua đó các chi bộ đều tham gia. Kết luận số 74-KL/TW về cán bộ, nhằm nâng cao chất lượng. Quy định số 75-QĐ/TW về công tác dân vận. Theo đó Ban Thường vụ phải báo cáo.$$);

-- M5 (no change). a document of the Ủy ban Kiểm tra Trung ương written with its code (-HD/UBKTTW) and by its issuer ("Hướng dẫn 02 của Ủy ban Kiểm tra Trung ương") is one: the code derived from the issuer is /UBKTTW, as the suffix names the issuer
SELECT kind, number, code, issuer, key, mentions
FROM gb_citations($$Thực hiện Hướng dẫn số 02-HD/UBKTTW ngày 5-3-2022 về kiểm tra. Hướng dẫn 02 của Ủy ban Kiểm tra Trung ương nêu rõ. Quy định 03 của Ủy ban Kiểm tra Trung ương và Quy định số 03-QĐ/UBKTTW.$$);
-- M2. an issuer with its committee in lower case keeps it, and the subject after it is read
SELECT kind, code, issued, issuer, subject
FROM gb_citations($$Huyện ủy quán triệt Chỉ thị số 04-CT/TU ngày 20/2/2021 của Ban Thường vụ tỉnh ủy về công tác phòng, chống dịch.$$);

-- M6. a numbered resolution followed by the Central Committee's plenum, without "của", is that plenum's: issuer Ban Chấp hành Trung ương
SELECT kind, code, issued, issuer, plenum, term, subject
FROM gb_citations($$Tỉnh ủy ban hành Chương trình thực hiện Nghị quyết số 31-NQ/TW ngày 9-11-2022 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII về phát triển nông thôn và Nghị quyết số 34-NQ/TW Hội nghị Trung ương 6 khóa XIII về nông nghiệp.$$);

-- M9. ... and of the issuer: "Thường vụ Quân ủy Trung ương ban hành"
SELECT kind, code, issuer, subject
FROM gb_citations($$Thường vụ Quân ủy Trung ương vừa ban hành Quy định số 512/QĐ-QUTW về nêu gương.$$);

-- P8. "số N-CODE" after a citation, joined by "," or "và", is another document of its kind; a comma apposition ", Hội nghị lần thứ N, BCH T.Ư Đảng, khóa K" gives plenum, issuer and term to every document of the list, as the same words without commas do; an issuer shared from a list's end brings its term, unless a date gives the document its own
SELECT kind, code, issuer, plenum, term, raw
FROM gb_citations($$Huyện ủy Tân Phong quán triệt Nghị quyết số 41-NQ/TW, số 42-NQ/TW, Hội nghị lần thứ 5, BCH T.Ư Đảng, khóa X. Đảng ủy xã học tập Nghị quyết số 43-NQ/TW và số 44-NQ/TW của Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng khóa X. Chi bộ thực hiện Nghị quyết số 45-NQ/TW, Hội nghị lần thứ 8, Ban Chấp hành TW Đảng, khóa X và Quy định 176-QĐ/TW, 177-QĐ/TW của Bộ Chính trị khóa X. Sau Chỉ thị số 8, số 12 đảng viên được kết nạp.$$);

-- T1. a date in parentheses after the code ("(21/9/2015)", "(ngày 3/4/2020)") is the issue date; "của X" and the subject after it still belong to the document; a day and month alone in parentheses are none
SELECT kind, code, issued, issuer, term, subject
FROM gb_citations($$Đoàn công tác kiểm tra việc thực hiện Kết luận số 217-KL/TW (21/9/2015) của Ban Bí thư "Về việc nâng cao chất lượng công tác tuyên truyền miệng" và Chỉ thị số 41-CT/TW (ngày 3/4/2020) của Bộ Chính trị về công tác dân vận. Các chi bộ học tập Chỉ thị số 52-CT/TW (12/6) của Bộ Chính trị.$$);

-- T2. a plenum's resolution ("Nghị quyết Trung ương 7") is the Central Committee's: "của" a body that is not central (a division, a district committee) names who implements it, not its issuer; "của Ban Chấp hành Trung ương Đảng" stays
SELECT kind, plenum, issuer, term, subject
FROM gb_citations($$Đảng ủy Sư đoàn 7 tổ chức Hội nghị sơ kết 5 năm thực hiện Nghị quyết Trung ương 7 của Sư đoàn 7. Huyện ủy Tân Phong quán triệt Nghị quyết Trung ương 5 (khóa XII) của Huyện ủy về kinh tế tập thể và Nghị quyết Trung ương 9 khóa XII của Ban Chấp hành Trung ương Đảng về văn hóa.$$);

-- T3. "- khóa N" (hyphen or dash) after a plenum's resolution, also after its short form in parentheses ("(NQTW6)"), is its term, and the subject after it is read; a numbered document's short form in parentheses ("(CT09)") does not end its issuer and subject
SELECT kind, number, plenum, issuer, term, subject
FROM gb_citations($$Huyện ủy Tân Phong sơ kết Nghị quyết Trung ương 6 (NQTW6) - khóa X về "Phát triển nông nghiệp bền vững" và Nghị quyết Trung ương 3 – khóa XI về giáo dục. Các chi bộ thực hiện Chỉ thị số 09 (CT09) của Bộ Chính trị về thi đua.$$);

-- X6. a dash between "Hội nghị lần thứ N" and the Central Committee ("– BCH trung ương đảng") is an apposition, as a comma is: the plenum's resolution is read, with its term
SELECT kind, plenum, term, raw
FROM gb_citations($$Huyện ủy Tân Phong quán triệt nghị quyết hội nghị lần thứ IX – BCH trung ương đảng khóa XI và Nghị quyết Hội nghị lần thứ 7 - Ban Chấp hành Trung ương Đảng khóa XI.$$);

-- X7. "Ban Chấp hành Trung ương" followed by a mass association ("Hội Nông dân Việt Nam") is that association's committee: the issuer keeps its name, its "(khóa N)" is no Party term, and the subject after it is read; the Party's Central Committee stays canonical
SELECT kind, code, issuer, term, subject, key
FROM gb_citations($$Hội Nông dân tỉnh Tân Phong sơ kết Nghị quyết số 11-NQ/HNDTW của Ban Chấp hành Trung ương Hội Nông dân Việt Nam (khóa VII) về phát triển hợp tác xã và Chỉ thị số 04-CT/TW của Ban Chấp hành Trung ương Đảng về công tác dân vận.$$);

-- X15. a citation's subject ends before the meeting's audience and rooms ("cho 1.200 đại biểu", "tại 12 điểm cầu"); "cho" without a count of people ("hỗ trợ cho người nghèo", "cho 3 xã") stays in it
SELECT kind, code, subject
FROM gb_citations($$Hội Người cao tuổi tỉnh Tân Phong quán triệt Kết luận số 45-KL/TW của Ban Bí thư về công tác người cao tuổi tại 12 điểm cầu trong tỉnh và Kết luận số 46-KL/TW về tổ chức của Hội cho 1.200 đại biểu. Hội học tập Chỉ thị số 08-CT/TW về hỗ trợ cho người nghèo và Chỉ thị số 09-CT/TW về phân bổ kinh phí cho 3 xã vùng cao.$$);

-- Y2. "BCHT.Ư", "BCHTƯ", "BCHTW" (BCH and the centre written as one word) name the Central Committee after "Hội nghị lần thứ N", as "BCH T.Ư" does: the plenum's resolution is read, with its term; "TW" alone there still gives none
SELECT kind, plenum, term, raw
FROM gb_citations($$Liên đoàn Lao động huyện Tân Phong quán triệt Nghị quyết Hội nghị lần thứ 5 BCHT.Ư Đảng (khóa XII), Nghị quyết Hội nghị lần thứ 3 BCHTƯ khóa XI và Nghị quyết Hội nghị lần thứ 8 BCHTW Đảng khóa X. Chi bộ học tập Nghị quyết Hội nghị lần thứ 4 TW khóa X.$$);

-- Y10. a plenum's document named without its number ("Kết luận Trung ương 4 khóa XIII") after the numbered one of the same kind, plenum and term ("Kết luận số 31-KL/TW Hội nghị lần thứ tư ... khóa XIII") is its short form: one document, two mentions; another kind, another term, or two numbered documents of that plenum leave it a document of its own
SELECT kind, code, plenum, term, mentions, raw
FROM gb_citations($$Đảng ủy Khối Tân Phong triển khai Kết luận số 31-KL/TW Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XIII, gắn với các giải pháp của Kết luận Trung ương 4 khóa XIII và Nghị quyết Trung ương 4 khóa XIII. Huyện ủy quán triệt Nghị quyết số 38-NQ/TW và Nghị quyết số 39-NQ/TW Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII; các chi bộ thực hiện Nghị quyết Trung ương 6 khóa XII và Nghị quyết Trung ương 6 khóa XI.$$);

-- Z11. a group of bodies keeps the words that describe its members ("các huyện miền núi") and a region named in sentence case ("các tỉnh Nam trung bộ", "Đông nam bộ") in the issuer after "của"
SELECT kind, code, issuer, subject
FROM gb_citations($$Thực hiện Kế hoạch số 31/KH-CTĐ ngày 12/3/2021 của Cụm thi đua Công an các tỉnh Nam trung bộ, Công an tỉnh Minh Sơn tổ chức hội nghị. Hướng dẫn số 7/HD-CTĐ của Cụm thi đua Tư pháp các tỉnh Đông nam bộ về thi đua. Kế hoạch số 9/KH-KTĐ của Khối thi đua các huyện miền núi; Kế hoạch số 10/KH-KTĐ của Khối thi đua các huyện Tây Bắc đã ban hành.$$);

-- Z5. "Nghị quyết Hội nghị lần thứ N (của) Ban Chấp hành Trung ương <mass organization> khóa K" is the resolution of that organization's plenum, under its own term and its own key; "của Ban Chấp hành Trung ương" alone is the Party's plenum; "Ban Chấp hành Trung ương Đoàn" is the Youth Union's
SELECT kind, plenum, issuer, term, subject, key, mentions
FROM gb_citations($$Hội Cựu chiến binh tỉnh Minh Sơn quán triệt Nghị quyết Hội nghị lần thứ 7 của Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam khóa V về xây dựng Hội. Hội học tập Nghị quyết Hội nghị lần thứ 7, Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam khóa V và Nghị quyết Hội nghị lần thứ 7 của Ban Chấp hành Trung ương khóa XII. Tỉnh đoàn quán triệt Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đoàn khóa XI.$$) ORDER BY key;

-- Q3. a "khóa K" written after a citation's own issuer belongs to that citation and does not reach back over "," or "và" to the citation before, which has an issuer of its own; a Party body's document dated in a term still takes that term by its date
SELECT kind, number, issuer, term, key
FROM gb_citations($$Hội nghị triển khai Hướng dẫn số 12 của Ban Tổ chức Tỉnh ủy về việc sắp xếp bộ máy, Quy định số 130 của Ban Bí thư Trung ương Đảng khóa XII và Chỉ thị số 14 của Ban Thường vụ Tỉnh ủy, Chỉ thị số 31 của Bộ Chính trị khóa XII. Đảng ủy triển khai Kế hoạch số 16 ngày 20/3/2019 của Ban Tổ chức Tỉnh ủy, Kết luận số 50 ngày 2/2/2019 của Ban Bí thư.$$) ORDER BY key;

-- S4. a congress resolution named in an upper-case headline and again in the body is one document with two mentions: the case of the local body does not part them; another body's congress of the same number stays apart
SELECT kind, term, key, mentions, raw
FROM gb_citations($$QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ SỞ XÂY DỰNG LẦN THỨ VII
Chi bộ Trường Tân Lập quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Sở Xây dựng lần thứ VII và Nghị quyết Đại hội đại biểu Đảng bộ Sở Tài chính lần thứ VII.$$) ORDER BY key;

-- R4. "TƯ" without its dot names the Central Committee after a document type or "Hội nghị" as "T.Ư" and "TW" do: "Nghị quyết TƯ 7" is the seventh plenum's resolution; "TU" (a province's Tỉnh ủy) is not
SELECT kind, plenum, term, subject, raw
FROM gb_citations($$Chi bộ Tân Lập học tập Nghị quyết TƯ 7 “Về xây dựng đội ngũ cán bộ các cấp”, Nghị quyết Hội nghị TƯ 5 (khóa XII) và Nghị quyết TU 9.$$);

-- R5. a plan in lower case with a year and neither "số", a code nor an issue date ("phương hướng, kế hoạch 2021") is the plan for that year, no document numbered 2021; with "số", a date or a code it is a document
SELECT kind, number, code, issuer, raw
FROM gb_citations($$Huyện ủy Tân Lập đánh giá nhiệm vụ 2020 và triển khai phương hướng, kế hoạch 2021. Huyện ủy thực hiện kế hoạch số 2021 của Ban Thường vụ, kế hoạch 2022 ngày 3/4/2021 của UBND huyện và kế hoạch 2023/KH-UBND.$$);

-- S9. a lower-case syllable after a body's name completes a word ("Sở Nội vụ") unless it begins a meeting ("đại hội", "tổng kết"): the issuer of "... của Ban Thường vụ Huyện ủy Minh Sơn đại hội chi bộ ..." is the Huyện ủy's
SELECT kind, code, issued, issuer
FROM gb_citations($$Thực hiện Kế hoạch số 27-KH/HU, ngày 12/4/2022 của Ban Thường vụ Huyện ủy Minh Sơn đại hội chi bộ trực thuộc nhiệm kỳ 2022 - 2025 và Hướng dẫn số 5 của Sở Nội vụ.$$);

-- S10. "của Trung ương" alone after a resolution names the Central Committee, and the "về ..." subject after it is read; an issuer not recognised ("Chỉ thị 07 của Trung ương về ...") leaves the issuer unknown but does not stop the subject
SELECT kind, code, issuer, subject
FROM gb_citations($$Đảng ủy xã Tân Lập sơ kết Nghị quyết 26-NQ/TW của Trung ương về xây dựng đội ngũ cán bộ các cấp và Chỉ thị 07 của Trung ương về công tác dân vận.$$);

-- T3. "luật" as the second syllable of a word ("kỷ luật" discipline, "pháp luật" the law, "quy luật", "định luật", "điều luật") starts no document: "thi hành kỷ luật 9 trường hợp" counts persons; a "Luật 36" that starts its word is still cited
SELECT kind, number, subject, raw
FROM gb_citations($$Ủy ban Kiểm tra Huyện ủy Tân Lập đã thi hành kỷ luật 9 trường hợp, đề nghị kỷ luật 2 trường hợp; 3 người vi phạm pháp luật 4 lần và bị xử lý theo Luật 36 về cán bộ, công chức.$$);

-- U1. a spaced dash inside a body's name continues it when the fields after it are abbreviated with an ampersand ("Sở Lao động – TB&XH"); "Lao động" is one word of the name
SELECT kind, code, issuer, subject
FROM gb_citations($$Thực hiện Kế hoạch số 12-KH/ĐU ngày 5/3/2024 của Đảng ủy Sở Lao động – TB&XH tỉnh Minh Sơn về công tác cán bộ, ngày 3/4/2024, Chi bộ Phòng Việc làm tổ chức hội nghị. Công văn số 7-CV/ĐU của Đảng ủy Sở Lao động về việc học tập.$$);

-- U3. "Cơ sở" capitalized after a Party organization heads a facility's name, as "Trung tâm" does: the issuer is the whole name, its words in lower case ("ma túy") and its level included
SELECT kind, code, issuer, subject
FROM gb_citations($$Thực hiện Công văn số 34-CV/CB ngày 28/9/2023 của Chi bộ Cơ sở Cai nghiện ma túy tỉnh Minh Sơn về tổ chức đợt sinh hoạt chính trị, ngày 3/10/2023, Chi bộ Trường Tân Lập tổ chức hội nghị. Kế hoạch số 8-KH/CB của Chi bộ Trung tâm Cai nghiện ma túy về công tác cán bộ.$$);

-- Y10 again. a plenum's document named first without its number ("kết luận Hội nghị TW4") and then numbered, issued "tại Hội nghị lần thứ 4, BCH Trung ương Đảng", is one document, the numbered one, with its plenum and issuer, counted twice from its first mention; another term's plenum stays apart
SELECT kind, code, issuer, plenum, term, mentions, raw
FROM gb_citations($$Đảng ủy Công ty Tân Lập học tập kết luận Hội nghị TW4. Hội nghị quán triệt kết luận số 20-KL/TW ngày 16/10/2021 tại Hội nghị lần thứ 4, BCH Trung ương Đảng khóa (XIII).$$);
SELECT kind, code, issuer, plenum, term, mentions, raw
FROM gb_citations($$Đảng ủy học tập kết luận Hội nghị TW4 khóa XII. Hội nghị quán triệt kết luận số 20-KL/TW ngày 16/10/2021 tại Hội nghị lần thứ 4, BCH Trung ương Đảng khóa XIII.$$);

-- R9 (probe 45 G8). "Nghị quyết 4", the number right after the type without "số", code, date or issuer, after a plenum's resolution ("Nghị quyết Trung ương 4 (khóa XI)", "Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Trung ương khóa XII") is that resolution called by its plenum's number: one document, one more mention; a document numbered 4 cited before takes it, and with "số", an issuer, or before the plenum's it stays a document of its own
SELECT kind, number, plenum, term, key, mentions, raw
FROM gb_citations($$Ngày 11-5, Đảng ủy Khối Doanh nghiệp Hà Nội đã tổ chức quán triệt Nghị quyết Trung ương 4 (khóa XI) “Một số vấn đề về xây dựng Đảng hiện nay”. Đồng thời, tạo sự thống nhất trong toàn Đảng bộ khối nhằm thực hiện có hiệu quả Nghị quyết 4. Huyện ủy Tam Đường quán triệt Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Trung ương khóa XII về cải cách chính sách tiền lương; các chi bộ thực hiện tốt Nghị quyết 7.$$) ORDER BY key;
SELECT kind, number, code, plenum, term, key, mentions, raw
FROM gb_citations($$Quán triệt Nghị quyết Trung ương 6 khóa XII và Nghị quyết số 06-NQ/TU của Tỉnh ủy Minh Sơn. Thực hiện Nghị quyết 6. Chi bộ học tập Nghị quyết Trung ương 8 khóa XII; thực hiện Nghị quyết số 8. Các chi bộ học tập Nghị quyết 8 của Huyện ủy. Thực hiện Nghị quyết 9. Quán triệt Nghị quyết Trung ương 9 khóa XII.$$) ORDER BY key;

-- R9 (probe 48 G6). A plenum's resolution and its number name one document when either is written in parentheses after the other ("Nghị quyết Trung ương 7 khóa X (Nghị quyết 26-NQ/TW)", "Nghị quyết 18-NQ/TW (Nghị quyết Hội nghị Trung ương 6 khóa XII)", "(04-NQ/TW)"): number, code, date, plenum and term together; another kind in the parentheses stays another document, a local code gives the plenum's resolution no number nor a local document a plenum, a bare number without "số" ("(Nghị quyết 6)") is the plenum's short form, and plenums listed together ("Trung ương 8 và 9") are several documents that one number does not name
SELECT kind, number, code, issued, issuer, plenum, term, key, mentions
FROM gb_citations($$Theo Ban Kinh tế Trung ương, Nghị quyết Trung ương 7 khóa X (Nghị quyết 26-NQ/TW) là nghị quyết toàn diện về nông nghiệp. Huyện ủy Tân Châu sơ kết Nghị quyết Trung ương 4 khóa XII (Nghị quyết số 04-NQ/TW ngày 30/10/2016) và Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XII (27-NQ/TW). Đảng ủy xã Phú Lộc quán triệt Nghị quyết số 18-NQ/TW (Nghị quyết Hội nghị Trung ương 6 khóa XII) về sắp xếp bộ máy.$$) ORDER BY key;
SELECT kind, number, code, plenum, term, key, mentions
FROM gb_citations($$Đảng ủy xã Vĩnh Hòa sơ kết Nghị quyết Trung ương 4 khóa XII (Chỉ thị 05-CT/TW) và Nghị quyết Trung ương 3 khóa XI (Nghị quyết 09-NQ/TU) về cán bộ. Chi bộ quán triệt Nghị quyết Trung ương 6 khóa XII (Nghị quyết 6) về y tế. Tỉnh ủy Long An thực hiện Nghị quyết 05-NQ/TU (Nghị quyết Trung ương 7 khóa X) về nông nghiệp. Đảng ủy quán triệt Nghị quyết Trung ương 8 và 9 khóa XI (Nghị quyết số 35-NQ/TW) về văn hóa.$$) ORDER BY key;

-- P2. a plenum's number after "Hội nghị lần" may be a numeral word without "thứ" ("lần bảy"); "Hội nghị lần thứ 8, 9 của Ban Chấp hành Trung ương khóa XI" names one resolution per plenum, each with the shared term
SELECT kind, plenum, term, mentions, raw
FROM gb_citations($$Chi bộ Tân Lập học tập Nghị quyết Hội nghị lần bảy Ban chấp hành Trung ương Đảng khoá XIII. Đảng bộ Minh Sơn quán triệt Nghị quyết Hội nghị lần thứ 8, 9 của Ban chấp hành Trung ương Đảng khóa XI; Nghị quyết Hội nghị lần thứ 8, 9 của Ban chấp hành Trung ương Đảng khóa XI được triển khai.$$);

-- P3. "A, B, các Kết luận của Bộ Chính trị" is one list with one issuer: the unnumbered plural that ends it is no document, but its issuer (and term) belongs to the numbered documents before it; a later "Chỉ thị ... của Ban Bí thư" keeps its own
SELECT kind, code, issuer, term
FROM gb_citations($$Đảng ủy Tân Lập quán triệt Nghị quyết số 61-NQ/TW, Quy định số 214-QĐ/TW, các Kết luận của Bộ Chính trị khóa XII; Chỉ thị số 44-CT/TW của Ban Bí thư.$$);

-- Probes 26 G5, 27 G10. a body's head written in its letters ("BTV Tỉnh ủy") is spelled out in the issuer; the dated mention that abbreviates it does not replace the issuer written at length
SELECT kind, code, issued, issuer
FROM gb_citations($$Huyện Tân Lập thực hiện Kế hoạch số 248-KH/TU của Ban Thường vụ Tỉnh ủy Gia Lai. BTV Tỉnh ủy đã ban hành Kế hoạch số 248-KH/TU ngày 9-8-2019. BTV Huyện ủy ban hành Kế hoạch số 12-KH/HU ngày 3-4-2024 về công tác cán bộ.$$);

-- Probe 27 G6. a Party document whose subject prepares a National Congress ("tiến tới Đại hội ... XIII") was issued in the term before it: the two Chỉ thị 35 get two terms and two keys; a local congress gives no term
SELECT kind, code, term, key
FROM gb_citations($$Huyện ủy quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về Đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng. Năm 2024, Huyện ủy quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng. Huyện ủy ban hành Kế hoạch số 12-KH/HU về đại hội chi bộ tiến tới Đại hội Đảng bộ tỉnh lần thứ XVI.$$);

-- Probes 26 G5, G8, 27 G10. a subject's bounds: documents after "và các" are another object of the citing verb; the document a review "thực hiện" belongs to the subject; "quy định về" opens it too
SELECT kind, code, subject
FROM gb_citations($$Thực hiện Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và các văn bản chỉ đạo, hướng dẫn của Trung ương, cấp ủy các cấp đã kịp thời quán triệt. Hội nghị triển khai Thông báo số 55-TB/TW ngày 20/4/2019 của Bộ Chính trị về sơ kết 5 năm thực hiện Nghị quyết số 26-NQ/TW của Bộ Chính trị khóa XI về phương hướng phát triển tỉnh Tân Lập đến năm 2020. Quán triệt Quy định số 377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị quy định về phân cấp quản lý cán bộ.$$);

-- Probe 29 G11, G7. the doubled "số số" is a typo a reader skips; "Đầu tư" and lower-case nouns joined by "và" go on in an agency's name up to "về"
SELECT kind, code, issuer
FROM gb_citations($$Thực hiện Kế hoạch số 707-KH/ĐU ngày 19/9/2019 của Đảng ủy Tổng công ty Đầu tư phát triển nhà và đô thị về việc tổ chức đại hội và công văn số số 793-CV/ĐU của Đảng ủy Tổng công ty về thời gian tổ chức đại hội. Quán triệt Kế hoạch số 12-KH/ĐU của Đảng ủy Ngân hàng Đầu tư và Phát triển Việt Nam về đại hội.$$);

-- Probe 28 GROUP-6. a collective antecedent ("các chỉ thị của Ban Bí thư khóa XII", "các nghị quyết của Bộ Chính trị (khóa XII)") gives its term and issuer to the documents it names
SELECT kind, code, issuer, term, key
FROM gb_citations($$Hội nghị quán triệt các chỉ thị của Ban Bí thư Trung ương Đảng khóa XII. Các đại biểu đã quán triệt các chỉ thị của Ban Bí thư Trung ương Đảng gồm: Chỉ thị số 41-CT/TW về an ninh mạng; Chỉ thị số 42-CT/TW về phòng chống thiên tai. Bộ Chỉ huy quân sự tỉnh học tập các nghị quyết của Bộ Chính trị (khóa XII). Cán bộ được quán triệt Nghị Quyết số 29 về Chiến lược bảo vệ Tổ quốc trên không gian mạng; Nghị quyết số 30 về Chiến lược An ninh mạng quốc gia.$$);

-- Probe 28 GROUP-8. a local document without a code keeps the term its date gives (as the gold annotates local documents) and its key carries its issuer, apart from a central document of the same number and term
SELECT kind, number, code, issuer, term, key
FROM gb_citations($$Thực hiện Nghị quyết 02 của Ban Thường vụ Tỉnh ủy ngày 15/3/2016, Huyện ủy đã luân chuyển 7 cán bộ. Huyện ủy quán triệt Nghị quyết số 02-NQ/TW ngày 12/5/2016 của Bộ Chính trị.$$);

-- Probe 31 G2. "Kết luận của Hội nghị TƯ 7 khoá XI": the conference that passed a document, joined by "của", names the same document as without it
SELECT kind, plenum, term, key, mentions
FROM gb_citations($$Thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị, Kết luận của Hội nghị TƯ 7 khoá XI về xây dựng đội ngũ cán bộ. Tiếp tục thực hiện Kết luận Hội nghị Trung ương 7 khóa XI và Nghị quyết của Hội nghị Trung ương 4 khóa XII.$$);

-- Probe 30 GROUP-4. a National Assembly code names its issuer with the legislature's number after its letters ("85/2014/QH13", "NQ-UBTVQH13")
SELECT kind, code, issuer
FROM gb_citations($$Nghị quyết số 85/2014/QH13 ngày 28-11-2014 về việc lấy phiếu tín nhiệm. Nghị quyết số 1206/2016/UBTVQH13 về chế độ. Luật số 80/2015/QH13.$$);

-- Probe 30 GROUP-5. a congress's body named in full, then by its level alone ("Đảng bộ tỉnh Đắk Nông" ... "Đảng bộ tỉnh"), is one body; another province's stays apart
SELECT kind, term, key, mentions
FROM gb_citations($$Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh Đắk Nông lần thứ XII, nhiệm kỳ 2020 - 2025. Nét mới của Hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII là nối cầu trực tuyến. Tham khảo Nghị quyết Đại hội Đảng bộ tỉnh Lâm Đồng lần thứ XII.$$);

-- Probe 33 G4. a Party code typed with a space or a hyphen for its separators ("09 CT/TW", "03-CT-TW") is the code 09-CT/TW, 03-CT/TW
SELECT kind, number, code
FROM gb_citations($$Thực hiện Chỉ thị số 09 CT/TW của Ban Bí thư, Chỉ thị 18 CT/TW và Chỉ thị 03-CT-TW ngày 14-5-2011 của Bộ Chính trị.$$);

-- R9 (probe 48 G9). Glued forms: "NQTW4 (khóa XI)", "NQTW 8 khóa XII" are a plenum's resolution, the letters of the type and of the Central Committee in one word; "21NQ/TW", "05CT/TW" are Party codes with the hyphen left out, as "09 CT/TW" is; an amount after the letters ("NQTW 5 triệu") is no plenum
SELECT kind, number, code, issuer, plenum, term, raw
FROM gb_citations($$Đảng ủy xã sơ kết 5 năm thực hiện NQTW4 (khóa XI) gắn với Chỉ thị 05CT/TW; đồng thời quán triệt Nghị quyết 21NQ/TW của Ban Chấp hành Trung ương khóa XIII và NQTW 8 khóa XII. Kinh phí NQTW 5 triệu đồng.$$);

-- R9 (probe 52 G2). A local Party code typed without its hyphen or its slash ("145KHTU", "45QĐ/TU", "20 KH/HU", "71-KHĐU") is the code 145-KH/TU, as "21NQ/TW" is 21-NQ/TW; the date and issuer after it belong to it; capitals that are no kind and suffix ("12 UBND") are no code
SELECT kind, number, code, issued, issuer
FROM gb_citations($$Quán triệt kế hoạch số 145KHTU, ngày 8/8/2019 của Thành ủy Lạng Sơn; Quyết định số 45QĐ/TU ngày 8/8/2019 của Ban Thường vụ Tỉnh ủy; Kế hoạch số 20 KH/HU ngày 9/8/2019 của Huyện ủy Yên Thành; Kế hoạch số 71-KHĐU ngày 10/8/2019 của Đảng ủy xã Hòa Bình và Kế hoạch số 12 UBND ngày 11/8/2019.$$);

-- Probe 32 GROUP-3. an issuer after a coordinated pair whose items each have a subject ("Nghị quyết 79 về X và Nghị quyết 80 về Y của Bộ Chính trị") belongs to both
SELECT kind, number, issuer, subject
FROM gb_citations($$Quán triệt Nghị quyết 79 về phát triển kinh tế Nhà nước và Nghị quyết 80 về phát triển văn hóa Việt Nam của Bộ Chính trị.$$);

-- Probe 32 GROUP-1. documents cited inside the quoted title of another document (“Thực hiện Kết luận số 21-KL/TW ... và Kế hoạch số 03-KH/TW ...”) are cited too
SELECT kind, number, code, issuer
FROM gb_citations($$Sơ kết 1 năm thực hiện Kế hoạch số 129-KH/TU ngày 8-4-2022 của Tỉnh ủy về việc “Thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương khóa XIII và Kế hoạch số 03-KH/TW của Bộ Chính trị” về đẩy mạnh xây dựng, chỉnh đốn Đảng.$$);

-- Probe 33 (unsure, real/01). a directive on the congresses of all levels of a term named by its years ("Đại hội Đảng các cấp nhiệm kỳ 2025-2030") is of the term in force in its first year; a body's term of office gives none
SELECT kind, number, term, key
FROM gb_citations($$Quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về Đại hội Đảng các cấp nhiệm kỳ 2025-2030. Thông tri số 36 của Ban Thường vụ Thành ủy về Đại hội Đảng bộ các cấp nhiệm kỳ 2020 – 2025. Quyết định số 84 của Bộ Chính trị về việc chỉ định Ủy viên Đảng ủy Công an Trung ương nhiệm kỳ 2020 - 2025.$$);

-- Probe 34 G8. a local Party body's document is keyed by its issuer, with a term or without, so that it is not the central one of its number; the issuer's heads in their own case ("Ban thường vụ tỉnh ủy" is "Ban Thường vụ Tỉnh ủy")
SELECT kind, number, code, issuer, key
FROM gb_citations($$Quán triệt Nghị quyết số 12 của Ban thường vụ tỉnh ủy Bắc Giang về giáo dục chính trị. Thực hiện Nghị quyết số 12 của Bộ Chính trị về doanh nghiệp. Thực hiện Chương trình số 9 của Ban Tuyên giáo huyện ủy Tân Yên và Công văn số 30 của Ủy ban nhân dân tỉnh.$$);

-- Probe 34 G8. a document renamed ("Nghị quyết 03 (khóa XII) nay là Nghị quyết 07 (khóa XIII) của Thành ủy") is of the issuer written after its new name
SELECT kind, number, issuer, term, key
FROM gb_citations($$Thực hiện Nghị quyết 03 (khóa XII) nay là Nghị quyết 07 (khóa XIII) của Thành ủy về phát triển du lịch.$$);

-- Probe 34 G8. ... the issuer named at length in a later mention names the document, whatever the case of the first ("Ban thường vụ tỉnh ủy", then "Ban Thường vụ Tỉnh ủy Thanh Hóa")
SELECT kind, number, issuer, key, mentions
FROM gb_citations($$Quán triệt Nghị quyết 12 của Ban thường vụ tỉnh ủy về giáo dục. Sau đó, thực hiện Nghị quyết số 12 của Ban Thường vụ Tỉnh ủy Thanh Hóa.$$);

-- Probe 35 GROUP-3. the army's Party documents: the code's suffix "/QUTW" and the letters "của QUTW" name the Quân ủy Trung ương, whose codes are derived as a central body's ("Chỉ thị 464" -> 464-CT/QUTW)
SELECT kind, number, code, issuer, term
FROM gb_citations($$Quán triệt Nghị quyết số 1661-NQ/QUTW ngày 20/12/2022 về lãnh đạo công tác tài chính; Nghị quyết số 1657-NQ/QUTW của QUTW về đổi mới công tác giáo dục; Chỉ thị 464 của Quân ủy Trung ương.$$);

-- Probe 35 GROUP-3. a plural group noun and its issuer before a colon ("các nghị quyết của Bộ Chính trị:") give that issuer to the documents listed after it
SELECT kind, number, code, issuer, term
FROM gb_citations($$Các đại biểu được quán triệt các nghị quyết của Bộ Chính trị: Nghị quyết số 29 ngày 4/11/2013 về đổi mới giáo dục; Nghị quyết số 30 ngày 5/11/2013 về phát triển.$$);

-- Probe 36 GROUP-7. "Nghị quyết Đại hội lần thứ XX của Đảng bộ tỉnh Bình Định" is the province's congress, one document with "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX"; "của Đảng" alone is the national Party's
SELECT kind, term, key, mentions
FROM gb_citations($$Sơ kết Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX. Qua hai năm thực hiện Nghị quyết Đại hội lần thứ XX của Đảng bộ tỉnh Bình Định, tỉnh đạt kết quả. Quán triệt Nghị quyết Đại hội lần thứ XIII của Đảng.$$);

-- Probe 36 GROUP-8. the standing committee of a body that takes a level word keeps it: "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh", as "Đảng ủy Khối các cơ quan tỉnh" alone
SELECT kind, number, issuer
FROM gb_citations($$Triển khai Hướng dẫn số 08-HD/ĐUK của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh chuẩn bị đại hội; Kế hoạch số 5-KH/ĐUK của Đảng ủy Khối các cơ quan tỉnh về công tác cán bộ.$$);

-- Probe 36 GROUP-8. an issuer written right after the code without "của" is known by the subject ("về ...") after it; a local body never issues a central code ("-CT/TW")
SELECT kind, number, issuer, subject
FROM gb_citations($$Triển khai Chỉ thị số 42-CT/TU Ban Thường vụ Tỉnh ủy về tổ chức đại hội đảng bộ các cấp; Chỉ thị số 35-CT/TW Ban Thường vụ Tỉnh ủy về đại hội; Chỉ thị số 36-CT/TW Bộ Chính trị về phòng chống ma túy.$$);

-- R7 (probe 38 G9). "của của Bộ Chính trị", a word typed twice, still names the issuer, as one "của" does
SELECT kind, number, issuer
FROM gb_citations($$Thực hiện Nghị quyết số 60/NQ-TW ngày 12/4/2025 và Kết luận số 137-KL/TW ngày 28/3/2025 của của Bộ Chính trị, Ban Bí thư về Đề án sắp xếp đơn vị hành chính.$$);

-- R7 (probe 39 G4). The central body that does what the document's kind names in the next clause ("Quyết định số 2287-QĐNS/TW ..., Ban Bí thư quyết định") issued it; a body of another level acts on one it received
SELECT kind, number, issuer
FROM gb_citations($$Theo Quyết định số 2287-QĐNS/TW ngày 29/8/2025, Ban Bí thư quyết định, chỉ định 4 đồng chí. Theo Quyết định số 2290-QĐNS/TW, Bộ Chính trị quyết định: Chỉ định đồng chí Hoàng Trung Dũng. Thực hiện Hướng dẫn số 12-HD/TW, Ban Thường vụ Tỉnh ủy hướng dẫn các cấp ủy.$$);

-- R7 (probe 39 G11). A congress resolution written "lần 6", the ordinal's word left out, is the one written "lần thứ 6"
SELECT kind, term, key, mentions
FROM gb_citations($$Hội nghị đánh giá kết quả thực hiện Nghị quyết Đại hội Đảng bộ Công an Trung ương lần thứ 6 từ đầu nhiệm kỳ; đồng thời báo cáo kết quả thực hiện Nghị quyết Đại hội Đảng bộ Công an Trung ương lần 6. Quán triệt Nghị quyết Đại hội lần thứ XIII của Đảng và Nghị quyết Đại hội lần 13 của Đảng.$$);

-- R9 (probe 50 G8). A congress's number spelled out after "lần thứ" ("lần thứ nhất", "lần thứ mười bảy", "lần thứ hai mươi mốt") is its term, as "lần thứ I" and "lần thứ 17" are: one document with the number written so; without "thứ" a word ("lần đầu") counts no congress
SELECT kind, term, key, mentions
FROM gb_citations($$Đảng ủy xã Ya Ly quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã Ya Ly lần thứ nhất, nhiệm kỳ 2025-2030 và Nghị quyết Đại hội Đảng bộ thành phố lần thứ mười bảy. Các chi bộ học tập Nghị quyết Đại hội Đảng bộ thành phố lần thứ 17, Nghị quyết Đại hội đại biểu toàn quốc lần thứ mười ba của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh Nghệ An lần thứ hai mươi mốt và Nghị quyết Đại hội lần đầu của Hội Nông dân.$$) ORDER BY key;

-- R7 (probe 39 G12). "... và hướng dẫn thực hiện quy định" after a subject is the carrying out of the document, no part of its subject; "và" inside a subject stays
SELECT kind, number, subject
FROM gb_citations($$Các đảng viên được nghe quán triệt nội dung Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới và hướng dẫn thực hiện quy định. Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp và kế hoạch tổ chức đại hội.$$);

-- R7 (probe 40 G8). "ĐH" in capitals is "Đại hội" in a congress resolution's name, one document with its later short form; "ĐH Quốc gia" (Đại học) names no congress
SELECT kind, number, term, key, mentions, raw
FROM gb_citations($$Thành ủy tổ chức Hội nghị triển khai các Chuyên đề Nghị quyết ĐH Đảng bộ tỉnh Quảng Nam lần thứ XXI, nhiệm kỳ 2015-2020. Các cấp thực hiện NQ Đại hội Đảng bộ tỉnh lần thứ XXI. Chi bộ học tập Nghị quyết ĐH XIII của Đảng và Nghị quyết ĐH Quốc gia về đào tạo.$$);

-- R7 (probe 40 G9). "Nghị quyết số 202/2025 của Quốc hội khóa XV": the year with the number and the legislature give the Assembly's code 202/2025/QH15, one document with the code written; no code without the legislature or for the Standing Committee
SELECT kind, number, code, issuer, term, key, mentions
FROM gb_citations($$Ông Nguyễn Mạnh Hùng công bố Nghị quyết số 202/2025 của Quốc hội khóa XV về việc hợp nhất tỉnh Ninh Thuận vào tỉnh Khánh Hòa. Theo Nghị quyết 202/2025/QH15, tỉnh mới có diện tích lớn. Căn cứ Luật số 7/2022 của Quốc hội khóa XV; Nghị quyết số 203/2025 của Quốc hội; Nghị quyết số 1667/2025 của Ủy ban Thường vụ Quốc hội khóa XV.$$);

-- R8 (probe 41 G1). A province's or a city's name, known whole, ends a local issuer before the verb after it ("... tỉnh Hưng Yên quyết định"); "Bà Rịa - Vũng Tàu" with its hyphen is one name
SELECT kind, number, issuer
FROM gb_citations($$Công bố Quyết định số 1788-QĐ/TU ngày 26/6/2025 của Ban Chấp hành Đảng bộ tỉnh Hưng Yên quyết định chuyển giao tổ chức đảng. Kế hoạch số 12-KH/TU ngày 3/5/2024 của Ban Thường vụ Tỉnh ủy Nghệ An triển khai nghị quyết. Kế hoạch số 31-KH/TU ngày 3/5/2024 của Tỉnh ủy Bà Rịa - Vũng Tàu triển khai. Chỉ thị số 10-CT/TU ngày 6/5/2024 của Thành ủy Hà Nội chỉ đạo các cấp.$$);

-- R8 (probe 41 G6). After a comma, a time of the present ("đến nay", "hiện nay") opens the main clause, no part of the document's subject
SELECT kind, number, subject
FROM gb_citations($$Thực hiện Kế hoạch số 153-KH/TU ngày 11/7/2019 của Ban Thường vụ Tỉnh ủy về việc triển khai công tác chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2020-2025, đến nay công tác chuẩn bị cho Đại hội đã hoàn tất. Theo Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp, hiện nay các chi bộ đã hoàn thành đại hội.$$);

-- R8 (probe 41 G1). The other spellings of a province's name ("Đắc Lắc", "Thừa Thiên - Huế") end a local issuer as the usual ones do
SELECT kind, number, issuer
FROM gb_citations($$Kế hoạch số 14-KH/TU ngày 3/5/2024 của Tỉnh ủy Đắc Lắc chỉ đạo. Kế hoạch số 15-KH/TU ngày 3/5/2024 của Tỉnh ủy Thừa Thiên - Huế triển khai.$$);

-- R9 (probe 48 G1). A body's name with only its first word in lower case ("tỉnh ủy Hải Dương", "ban thường vụ Tỉnh ủy", "bộ Chính trị") issues as the capitalized one does, named in canonical case; a head alone ("của tỉnh ủy") names none
SELECT kind, number, issuer
FROM gb_citations($$Thực hiện Kế hoạch số 183-KH/TU ngày 28/11/2023 của tỉnh ủy Hải Dương về tổ chức học tập; Kế hoạch số 126-KH/HU ngày 01/12/2023 của huyện ủy Ninh Giang. Chỉ thị số 05-CT/TU ngày 3/5/2024 của ban thường vụ Tỉnh ủy về đại hội. Quy định số 144-QĐ/TW ngày 9/5/2024 của bộ Chính trị về chuẩn mực. Kế hoạch số 20-KH/TU ngày 3/5/2024 của tỉnh ủy về thi đua.$$);

-- R9 (probe 55 G10). The issuer before the verb ("X (đã) ban hành A và B", "A, B và C") issues every document of the list, unless one names its own after it ("... và Kế hoạch số 30/KH-UBND của UBND huyện"); a document of the next sentence is no item of the list
SELECT kind, number, issuer
FROM gb_citations($$Ban Thường vụ Huyện ủy Hiệp Đức đã ban hành Chỉ thị số 25/CT-HU và Kế hoạch số 62/KH-HU về tổ chức đại hội các tổ chức cơ sở đảng. Bộ Chính trị đã ban hành Chỉ thị số 45-CT/TW và Kết luận số 118-KL/TW về đại hội đảng bộ các cấp. Tỉnh ủy Nghệ An đã ban hành Chỉ thị số 10-CT/TU, Kế hoạch số 20-KH/TU và Hướng dẫn số 05-HD/TU về đại hội chi bộ. Huyện ủy Đức Thọ ban hành Chỉ thị số 11-CT/HU và Kế hoạch số 30/KH-UBND của UBND huyện. Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU. Kế hoạch số 40-KH/TU được triển khai.$$);

-- R9 (probe 56 G1). The Central Committee named again between a plenum's number and its term ("Trung ương 4 Ban Chấp hành Trung ương Đảng khóa XIII") leaves the term to the plenum, and to every plenum of a list ("5,6", "5, 6", "7 và 8"); without a term it changes nothing
SELECT kind, plenum, term, key
FROM gb_citations($$Đồng chí Vi Thị Luận định hướng triển khai các Nghị quyết Hội nghị Trung ương 5,6 Ban chấp hành Trung ương Đảng khóa XIII; tiếp tục quán triệt Nghị quyết Hội nghị Trung ương 4 Ban Chấp hành Trung ương Đảng khóa XIII. Chi bộ học tập Nghị quyết Trung ương 7 và 8 Ban Chấp hành Trung ương khóa XII, Nghị quyết Hội nghị Trung ương 3, Ban Chấp hành Trung ương Đảng (khóa XI) và Nghị quyết Hội nghị Trung ương 9 Ban Chấp hành Trung ương Đảng.$$);

-- R9 (probe 57 G4). A plenum named after "của" ("Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 khóa XII") passed the numbered resolution, read as it is without "của": plenum, term, issuer and the subject after it; numbers listed before it share them
SELECT kind, number, code, issuer, plenum, term, subject
FROM gb_citations($$Ngày 3/1/2018, Huyện ủy Tân Phú tổ chức hội nghị quán triệt Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 khóa XII về sắp xếp bộ máy. Đảng ủy xã Phú Lộc quán triệt Nghị quyết số 19-NQ/TW, Nghị quyết số 20-NQ/TW của Hội nghị Trung ương 6 (khóa XII) và Nghị quyết số 27-NQ/TW của Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XII về cải cách tiền lương.$$);

-- R9 (probe 60 G3). A local committee or the Fatherland Front's written after the "về ..." subject ("... của Ban Thường vụ Tỉnh ủy.") is the issuer when the document's code names that committee or a board that leads it (TU, HU, ĐU, MTTW); its departments ("của Ban Tổ chức Tỉnh ủy") and another committee stay in the subject; an opening quote never closed is read as the clause it would be without it
SELECT kind, number, issuer, subject
FROM gb_citations($$Theo Quyết định số 2816/QĐ-MTTW-BTT ngày 26/8/2019 “Về việc chỉ định đại biểu dự Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ IX, nhiệm kỳ 2019 – 2024 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Thực hiện Kế hoạch số 15-KH/TU ngày 26/8/2019 về tổ chức đại hội đảng bộ các cấp của Ban Thường vụ Tỉnh ủy. Quyết định số 18-QĐ/TU ngày 3/9/2019 về việc thành lập Ban Chỉ đạo đại hội của Tỉnh ủy Quảng Bình; Hướng dẫn số 05-HD/HU ngày 3/3/2020 về đại hội chi bộ của BTV Huyện ủy Yên Thành. Quyết định số 17-QĐ/TU về chức năng, nhiệm vụ của Ban Tổ chức Tỉnh ủy. Kế hoạch số 21-KH/TU về đại hội của Huyện ủy Nam Đàn.$$);

-- R9 (probe 59 G5). Two documents of one number and two terms: an undated mention whose term is known (written, or from the congress its subject prepares: "tiến tới Đại hội XIV" is XIII) joins no dated central document whose date gives another term, and a mention joins the compatible document mentioned last; a local committee's own term ("khóa XVI") splits nothing
SELECT kind, number, issued, issuer, term, mentions
FROM gb_citations($$Huyện ủy quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Sau khi tổng kết việc thực hiện Chỉ thị số 35- CT/TW, ngày 30/5/2019 từ Trung ương đến cơ sở, ngày 14/6/2024 vừa qua, Bộ Chính trị đã ban hành Chỉ thị số 35-CT/ TW về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Điểm mới của Chỉ thị số 35-CT/TW của Bộ Chính trị là nhân sự. Tỉnh ủy Bình Phước triển khai Chỉ thị số 45-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng. Trước đó, Chỉ thị số 45-CT/TW, ngày 20/6/2020 đã được tổng kết. Nghị quyết số 03-NQ/TU của Ban Chấp hành Đảng bộ tỉnh khóa XVI được quán triệt. Nghị quyết số 03-NQ/TU ngày 4/6/2016 đã đi vào cuộc sống.$$);

-- R9 (probe 60 G6). The legislature's number typed after a space ("NQ-UBTVQH 14", "QH 13") belongs to the code of the National Assembly or its Standing Committee when what follows ends the code (not a count: "UBTVQH 15 xã"); "UVB..." for a known "UB..." ("UVBTVQH", "UVBND") is the "UV" of "Ủy viên" typed for the "U" of "Ủy ban"; a plural of documents after the list ("và các Quyết định của Huyện ủy") gives no other body to a State code that names its own
SELECT kind, number, code, issuer
FROM gb_citations($$Sáng 01/01/2020, Ban chấp hành Đảng bộ huyện Đức Thọ tổ chức lễ công bố Nghị quyết số 1656/NQ-UBTVQH 15 và Nghị Quyết số 819/NQ – UVBTVQH 14, và các Quyết định của Huyện ủy thành lập Đảng bộ các xã sáp nhập. Căn cứ Luật số 80/2015/QH 13 ngày 22/6/2015; Nghị quyết số 1211/2016/UBTVQH 13 ngày 25/5/2016. Theo Nghị quyết số 1657/NQ-UBTVQH 15 xã được sắp xếp. Quyết định số 12/QĐ-UVBND ngày 3/3/2020 của tỉnh Hà Tĩnh.$$);

-- R9 (probe 61). A committee after the subject is the issuer only when none came before it: with "của Ban Thường
-- vụ Tỉnh ủy về việc ..." the later "của Đảng bộ tỉnh ..." stays in the subject
SELECT code, issuer, subject
FROM gb_citations($$Quyết định số 1073-QĐ/TU, ngày 07/6/2022 của Ban Thường vụ Tỉnh ủy về việc công nhận báo cáo viên cấp tỉnh của Đảng bộ tỉnh Thanh Hóa, giai đoạn 2022-2025; Kế hoạch số 30-KH/HU của Ban Thường vụ Huyện ủy về đại hội chi bộ của Huyện ủy Nam Đàn.$$);

-- R9 (probe 62 G1). Document types listed before the plenum they share ("các Nghị quyết, kết luận của Hội nghị lần thứ 4 ...", "Nghị quyết và Kết luận Hội nghị Trung ương 8") are each a document of that plenum and term; a list ending in a numbered type or another body shares none
SELECT kind, number, plenum, term, key
FROM gb_citations($$Thành ủy đề nghị thực hiện có hiệu quả các Nghị quyết, kết luận của Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng khóa XII. Huyện ủy Mỹ Đức quán triệt Nghị quyết và Kết luận Hội nghị Trung ương 8 khóa XIII. Đảng ủy xã học tập các nghị quyết, quy định, kết luận Hội nghị Trung ương 6 khóa XI. Chi bộ quán triệt các nghị quyết, kết luận của Bộ Chính trị và Nghị quyết, Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII.$$);

-- R9 (probe 62 G3). A counted or plural plenum resolution opening a list ("4 nghị quyết ... gồm:") right after its sentence named a plenum with one term ("kết quả Hội nghị Trung ương 6 (khóa XII), trong đó ...") gives the resolutions listed their issuer and term, and so their code; a body named between them or in the description issues its own
SELECT kind, number, code, issuer, term, key
FROM gb_citations($$Hội nghị đã nghe thông tin nhanh kết quả Hội nghị Trung ương 6 (khóa XII), trong đó nêu tinh thần 4 nghị quyết Tổng Bí thư Nguyễn Văn An vừa ký ban hành gồm: Nghị quyết số 18 về tổ chức bộ máy; Nghị quyết số 19 về đơn vị sự nghiệp. Huyện ủy nghe báo cáo kết quả Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XII, có 3 nghị quyết, bao gồm: Nghị quyết số 26 về cán bộ; Nghị quyết số 27 về tiền lương và Nghị quyết số 28 về bảo hiểm xã hội. Sau Hội nghị Trung ương 6 (khóa XII), Tỉnh ủy Long An ban hành 2 nghị quyết gồm: Nghị quyết số 05 về giáo dục; Nghị quyết số 06 về y tế.$$);

-- R9 (probe 64 G7). A grassroots issuer in lower case ("của chi bộ Cơ quan": the cell's name in capitals; "của đảng ủy xã Tân Hồng", "đảng ủy phường 3": a committee, a level word and the place) issues as the capitalized one does; ordinary prose ("của chi bộ và đảng viên", "của đảng ủy xã") names none
SELECT code, issuer
FROM gb_citations($$Năm 2023, chi bộ hoàn thành các chỉ tiêu theo Nghị quyết số 37- NQ/CB ngày 26/12/2022 của chi bộ Cơ quan về nhiệm vụ năm 2023. Đảng bộ thực hiện Nghị quyết số 12-NQ/ĐU ngày 26/12/2022 của đảng ủy xã Tân Hồng về nhiệm vụ năm 2023. Nghị quyết số 08-NQ/ĐU ngày 5/1/2024 của đảng ủy phường 3 về chuyển đổi số. Kế hoạch số 15-KH/ĐU ngày 3/5/2024 của đảng ủy thị trấn Phú Mỹ về đại hội. Nghị quyết số 21-NQ/CB ngày 6/1/2024 của chi bộ và đảng viên về học tập. Kế hoạch số 16-KH/ĐU ngày 3/5/2024 của đảng ủy xã về thi đua.$$);

-- R9 (probe 63 G3). The centre of a mass organization, "(Ban Chấp hành) Trung ương" with the organization after it by name, letters or its short name alone ("Trung ương Hội Nông dân Việt Nam", "Trung ương HND Việt Nam", "Ban Chấp hành Trung ương Đoàn", "TW Đoàn", "Trung ương Hội"), is the issuer as written and never the Party's Central Committee; its documents take no Party term from their date; "Hội nghị" after it is no organization
SELECT kind, number, code, issuer, term
FROM gb_citations($$Hội nghị sơ kết 3 năm thực hiện Đề án số 24 của Trung ương HND Việt Nam về xây dựng chi hội nghề nghiệp; Kế hoạch số 31 của Trung ương Hội Nông dân Việt Nam về nông dân. Tỉnh đoàn triển khai Nghị quyết số 03-NQ/TWĐTN ngày 12/3/2023 của Ban Chấp hành Trung ương Đoàn về công tác thanh niên và Chương trình số 15 ngày 2/4/2022 của TW Đoàn về thanh niên; Hội Cựu chiến binh tỉnh thực hiện Kết luận số 17 của Trung ương Hội về hội viên. Quán triệt Nghị quyết số 19 ngày 16/6/2022 của Ban Chấp hành Trung ương Hội nghị lần thứ 5.$$);

-- R9 (probe 63 G4). A "của <issuer>" closing the clause after the last of two documents joined by "và", each with its own "về ..." subject (quoted or not), is both documents' issuer whatever their types ("Kết luận 21 về ... và Quy định 37 về ... của Ban Chấp hành Trung ương"), but never a State type's ("Luật số 12 về ..."); a body inside the subject stays there
SELECT kind, number, code, issuer, subject
FROM gb_citations($$Hội nghị quán triệt Kết luận số 21 về đẩy mạnh xây dựng Đảng và Quy định số 37 về những điều đảng viên không được làm của Ban Chấp hành Trung ương. Chi bộ học tập Chỉ thị số 05 “Về học tập và làm theo tư tưởng Hồ Chí Minh” và Quy định số 08 về “Trách nhiệm nêu gương” của Bộ Chính trị. Huyện ủy Đông Hưng triển khai Luật số 12 về thanh niên và Quy định số 09 về kỷ luật đảng viên của Bộ Chính trị; Kế hoạch số 14 về đại hội và Quyết định số 99 về chức năng, nhiệm vụ của Ban Tổ chức Tỉnh ủy.$$);

-- R9 (probe 63 G4). Inside a curly quotation a straight quote opened before a word is a quotation of its own ("“Về ... biểu hiện "tự diễn biến", "tự chuyển hóa" và Quy định 37 về “...”"), and another “ before any ” leaves the first unclosed, read as the clause it would be unquoted: it runs to the next document, and the issuer after the last subject reaches both
SELECT kind, number, code, issuer, subject
FROM gb_citations($$Chi bộ học tập Kết luận 21 “Về đẩy mạnh xây dựng, chỉnh đốn Đảng, ngăn chặn biểu hiện "tự diễn biến", "tự chuyển hóa" và Quy định 37 về “Những điều đảng viên không được làm” của Ban Chấp hành Trung ương trong toàn Đảng. Đảng ủy xã Tân Hòa quán triệt Chỉ thị 05 “Về "học tập" và làm theo tư tưởng Hồ Chí Minh” và Quy định 08 về “Trách nhiệm nêu gương” của Bộ Chính trị.$$);

-- R9 (probe 66 G1). A dot inside a code's central suffix ("03-CT/T.Ư", "18-NQ/T.W", "26-HD/BTC.TW"), glued on both sides, is no end of the code: the dotted letters join when they make a known segment or issuer, read as the undotted code (03-CT/TW, BTCTW) with its date, issuer and term, and one document with a later "03-CT/TƯ"; a code ending a sentence ("45-KH/TU.Sau") keeps its own
SELECT kind, number, code, issued, issuer, term, mentions
FROM gb_citations($$Sáng 27/5/2016, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức Hội nghị tổng kết 5 năm thực hiện Chỉ thị 03-CT/T.Ư của Bộ Chính trị về học tập. Hội nghị quán triệt Chỉ thị số 05-CT/T.Ư, ngày 15-5-2016 của Bộ Chính trị, Nghị quyết số 18-NQ/T.W ngày 25/10/2017 và Hướng dẫn số 26-HD/BTC.TW ngày 1/2/2024 của Ban Tổ chức Trung ương. Huyện ủy thực hiện Kế hoạch số 45-KH/TU.Sau đó, có 8 tập thể được khen thưởng về thực hiện Chỉ thị 03-CT/TƯ.$$);

-- R9 (probe 66 G5). "Nghị quyết Đại hội Đảng bộ <body> khóa <Roman numeral>" is the congress's resolution as "lần thứ" is, the committee's term being the congress's number ("Đảng bộ huyện Bắc Trà My khóa XXII" = "lần thứ XXII", one document); since stop 44 (s44-keys) a mass organization's congress numbered so is its resolution too ("Đại hội Hội Nông dân huyện ... khóa XI", "Đại hội Đoàn tỉnh khoá XIV": these number their congresses by "khóa" as well)
SELECT kind, term, mentions, key
FROM gb_citations($$Sau 5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện Bắc Trà My khóa XXII, nhiệm kỳ 2020 – 2025, huyện đã phát triển. Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ thị xã Sơn Tây khóa XXIV và Nghị quyết Đại hội Đảng bộ thị xã Sơn Tây lần thứ XXIV. Sau 5 năm thực hiện Nghị quyết Đại hội Hội Nông dân huyện Bắc Trà My khóa XI, hội viên đã cố gắng.$$);

-- R9 (stop 28 G8). A mass organization's, the Front's or a union's congress resolution is a citation as a Đảng bộ's is ("Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ X", "... Đoàn toàn quốc lần thứ XII", "... MTTQ Việt Nam tỉnh lần thứ XI"): no issuer, the congress's number as its term, its key the organization's folded name; the congress without "Nghị quyết" and "nghị quyết của Đại hội" without a number are none
SELECT kind, issuer, term, key
FROM gb_citations($$Các cấp hội triển khai Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2023-2028 và Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII. Hội LHPN tỉnh quán triệt Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII và Nghị quyết Đại hội Công đoàn tỉnh lần thứ XV. Ủy ban MTTQ tỉnh quán triệt Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI và Nghị quyết Đại hội Hội Cựu chiến binh Việt Nam lần thứ VII. Đại hội Hội Nông dân tỉnh lần thứ X diễn ra thành công. Các cấp thực hiện nghị quyết của Đại hội.$$);

-- R9 (stop 29 A1). Documents listed after "Cụ thể:" (or "Cụ thể,") that follows a group noun's sentence ("2 nghị quyết của Bộ Chính trị. Cụ thể: ...", "... của Hội nghị lần thứ sáu BCH TW khóa XIII. Cụ thể: ...") take its issuer, and a plenum's term, as "gồm:" gives them; the group noun named again before "gồm:" lists the same documents; a document whose code is of another level (a "/TU" after the Politburo's) keeps none
SELECT kind, code, issuer, term, key
FROM gb_citations($$Sáng 3/4/2025, Tỉnh ủy Hòa Bình quán triệt 2 nghị quyết của Bộ Chính trị. Cụ thể: Nghị quyết số 57-NQ/TW về khoa học; Nghị quyết số 59-NQ/TW về hội nhập; Nghị quyết số 12-NQ/TU về du lịch. Đảng ủy xã Tân Hòa quán triệt 3 nghị quyết và 1 kết luận của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII.
Cụ thể: Nghị quyết số 27-NQ/TW, ngày 9/11/2022 về nhà nước pháp quyền; Kết luận số 45-KL/TW về quy hoạch. Đảng ủy Bộ Tài chính quán triệt 2 chỉ thị của Ban Bí thư.

Cụ thể, 2 chỉ thị được quán triệt gồm: Chỉ thị số 41-CT/TW về thanh niên; Chỉ thị số 42-CT/TW về phụ nữ.$$);

-- R9 (stop 29 A2). A type in lower case right after a count ("3 nghị quyết và 1 kết luận của Hội nghị lần thứ sáu ...") counts documents and names none; the plenum's conclusion by name ("Kết luận Hội nghị Trung ương 6") is one
SELECT kind, plenum, term, key
FROM gb_citations($$Đảng ủy xã Tân Hòa quán triệt 3 nghị quyết và 1 kết luận của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII. Hội nghị cũng quán triệt Kết luận Hội nghị Trung ương 6 khóa XIII.$$);

-- R9 (stop 29 A8). A commune's committee named by its level alone ("Đảng ủy xã ban hành", "của Đảng ủy phường") is the issuer with its level word; a plan "xây dựng" by a committee is its own when its code names that committee ("Đảng ủy xã Hòa Bình xây dựng Kế hoạch số 44-KH/ĐU"), not another's ("Huyện ủy ... xây dựng Kế hoạch số 45-KH/TU")
SELECT kind, number, issued, issuer
FROM gb_citations($$Đảng ủy xã ban hành Kế hoạch số 44-KH/ĐU ngày 19/12/2022 về học tập nghị quyết. Thực hiện Kế hoạch số 12-KH/ĐU ngày 1/12/2022 của Đảng ủy phường. Đảng ủy xã Hòa Bình xây dựng Kế hoạch số 46-KH/ĐU về học tập. Huyện ủy Hòa Bình xây dựng Kế hoạch số 45-KH/TU về học tập.$$);

-- R9 (stop 29 B7). "của Chủ tịch UBND tỉnh X", "của Chủ tịch Ủy ban nhân dân huyện": the chairman of a people's committee or council is the issuer, as written, as "của Bộ trưởng Bộ Nội vụ" is
SELECT kind, code, issued, issuer
FROM gb_citations($$Theo Quyết định số 388/QĐ-UBND ngày 30/11/2018 của Chủ tịch UBND tỉnh Minh Sơn về việc bổ nhiệm cán bộ; Quyết định số 12/QĐ-UBND của Chủ tịch Ủy ban nhân dân huyện về khen thưởng và Quyết định số 38/QĐ-BNV của Bộ trưởng Bộ Nội vụ.$$);

-- R9 (stop 29 B9). "Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ X" (or "phụ nữ") is the women's union's congress resolution, keyed by the union's name as "... Hội Liên hiệp Phụ nữ tỉnh lần thứ X" is (one document); the national one keeps its key
SELECT kind, term, mentions, key
FROM gb_citations($$Hội đã thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ X và Nghị quyết Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh lần thứ X. Hội quán triệt Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII và Nghị quyết Đại hội đại biểu phụ nữ huyện lần thứ IX.$$);

-- R9 (stop 29 D6). Parallel review clauses joined by "và" ("tổng kết 10 năm thực hiện Nghị quyết 03-NQ/HU ... và sơ kết 05 năm thực hiện Nghị quyết 10-NQ/HU ... của Huyện ủy X") list their documents: the issuer written once at the end is both's when the codes agree; a document of another level's code keeps none
SELECT number, code, issued, issuer
FROM gb_citations($$Ngày 11/05/2022, Huyện ủy Tân Lạc tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết 03-NQ/HU ngày 15/7/2011 và sơ kết 05 năm thực hiện Nghị quyết 10-NQ/HU ngày 11/4/2017 của Huyện ủy Tân Lạc. Tỉnh ủy Hòa Minh tổng kết 10 năm thực hiện Chỉ thị 15-CT/TW ngày 2/3/2012 và sơ kết 5 năm thực hiện Nghị quyết 12-NQ/TU ngày 3/4/2018 của Tỉnh ủy Hòa Minh.$$);

-- R9 (stop 30 E1). A Party committee's board named before it ("Ban Nội chính Tỉnh ủy", "Ban Xây dựng Đảng Đảng ủy xã X", a board not listed: "Ban Khoa giáo Tỉnh ủy") is the issuer whole
SELECT kind, code, issuer
FROM gb_citations($$Thực hiện Kế hoạch số 12-KH/BNCTU ngày 3/3/2023 của Ban Nội chính Tỉnh ủy về phòng, chống tham nhũng; Hướng dẫn số 03-HD/BXDĐ ngày 3/9/2025 của Ban Xây dựng Đảng Đảng ủy xã Tân An về đảng viên và Công văn số 15-CV/BKGTU của Ban Khoa giáo Tỉnh ủy về y tế.$$);

-- R9 (stop 30 G4). A central Party code typed with two slashes ("21/KL/TW", "212/QĐ/TW") is the code with its hyphen (21-KL/TW), the same document as the code written so, its term from the date; a State code typed so ("12/QĐ/UBND") stays as written
SELECT kind, code, term, mentions, key
FROM gb_citations($$Hội nghị triển khai Kết luận số 21/KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương. Kết luận 21-KL/TW được quán triệt; Quy định số 212/QĐ/TW ngày 30/12/2019 và Quyết định số 12/QĐ/UBND ngày 3/3/2023.$$);


-- R9 (stop 30 G2). A mass organization's, the Front's or a union's name right after the congress's number ("Nghị quyết Đại hội X Hội Nông dân tỉnh", "Đại hội lần thứ IX Công đoàn tỉnh Bắc Kạn") keys the resolution by it, as the name before the number does; the next congress of a list with its organization named ("..., Đại hội XII Công đoàn Việt Nam") is a resolution too, not one a predicate follows
SELECT term, mentions, key, raw
FROM gb_citations($$Hội thực hiện Nghị quyết Đại hội X Hội Nông dân tỉnh và Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ X; Nghị quyết Đại hội lần thứ IX Công đoàn tỉnh Bắc Kạn, Đại hội XII Công đoàn Việt Nam. Thực hiện Nghị quyết Đại hội XIII của Đảng và Đại hội XX Đảng bộ tỉnh sẽ diễn ra.$$);

-- R9 (stop 30 F8). A body right after a number without a code, before "về" ("Nghị quyết 08 HĐND tỉnh về ...", "Chỉ thị 05 Bộ Chính trị về ..."), is the issuer as after "của", a central body's code derived from it; not without "về"
SELECT kind, number, code, issuer, key
FROM gb_citations($$Sáng 27/11/2024, Đảng ủy xã An Bình tổ chức hội nghị công bố Nghị quyết 08 HĐND tỉnh về sáp nhập thôn, Quyết định 1234 UBND tỉnh về quy hoạch và Chỉ thị 05 Bộ Chính trị về học tập. Theo Nghị quyết 09 HĐND tỉnh Hòa Bình thông qua ngày 3/4.$$);

-- R9 (stop 30 G12). A document listed by its type alone in lower case ("Chỉ thị số 879 và kế hoạch của Ban Thường vụ ...") cites none, and the issuer after it is the numbered document's; a coded one keeps its code's ("Chỉ thị số 05-CT/TW và hướng dẫn của Ban Tuyên giáo Tỉnh ủy": no issuer)
SELECT kind, number, code, issuer, key
FROM gb_citations($$Hội nghị quán triệt Chỉ thị số 879 và kế hoạch của Ban Thường vụ Đảng ủy Quân khu về đại hội đảng các cấp. Quán triệt Chỉ thị số 05-CT/TW và hướng dẫn của Ban Tuyên giáo Tỉnh ủy về học tập.$$);

-- R9 (stop 30 A8). "xây dựng" after a place's name is the verb that draws up the plan, no syllable of the name: "Đảng ủy xã Tân Lập xây dựng Kế hoạch số 45-KH/ĐU" is the committee's plan, as "Đảng ủy phường Hòa Bình xây dựng ..." is
SELECT kind, number, issued, issuer
FROM gb_citations($$Đảng ủy xã Tân Lập xây dựng Kế hoạch số 45-KH/ĐU ngày 3/1/2024 về tổ chức đại hội chi bộ. Huyện ủy Tân Lập xây dựng Kế hoạch số 46-KH/HU ngày 4/1/2024 về học tập.$$);

-- R9 (stop 30 E10). A crawl tag of a month alone ("date 2020-05") completes a cited day and month as a full publication date does, from the month's last day: "ngày 20/5" is of 2020 (and of term XII), "ngày 9/6" of 2019
SELECT code, issued, term, key
FROM gb_citations($$ date 2020-05 Chiều 23/5, Tỉnh ủy tổ chức hội nghị công bố quyết định. Quyết định số 2136-QĐNS/TW ngày 20/5 của Bộ Chính trị điều động ông Lê Văn Ba. Kết luận số 70-KL/TW ngày 9/6 của Bộ Chính trị.$$);

-- R10 (stop 31 L-cong3). Every congress of a list after the first, its organization named, is a resolution, the third as the second ("..., Đại hội XII Công đoàn Việt Nam và Đại hội X Hội Nông dân Việt Nam"); one a predicate follows is none
SELECT term, key, raw
FROM gb_citations($$Học tập Nghị quyết Đại hội XIII của Đảng, Đại hội XII Công đoàn Việt Nam và Đại hội X Hội Nông dân Việt Nam. Quán triệt Nghị quyết Đại hội XIII của Đảng, Đại hội XII Công đoàn Việt Nam và Đại hội X Hội Nông dân Việt Nam sẽ diễn ra.$$);

-- R10 (stop 31 L-g39). An army unit named again in lower case after its Party committee ("Đảng ủy quân khu", "Đảng ủy quân đoàn") is the unit's name in the issuer, not a district ("quận") that cuts it
SELECT number, code, issuer
FROM gb_citations($$Hội nghị quán triệt Chỉ thị số 879 và kế hoạch của Ban Thường vụ Đảng ủy quân khu về Đại hội Đảng các cấp. Thực hiện Nghị quyết số 12-NQ/ĐU của Đảng ủy quân đoàn về công tác cán bộ.$$);

-- R10 (stop 31 H1). A headline that ends with a document, then a lead line opening with "Ngày D," ("Ngày 10/9/2024, Huyện ủy X tổ chức ..."): that date is the meeting's day, not the document's, and the headline's mention is the same document as the lead's; a decree's heading with its date on the next line and no comma after it keeps the date
SELECT kind, code, issued, issuer, mentions, key
FROM gb_citations($$Huyện ủy Tân Mỹ quán triệt Quy định 144-QĐ/TW
Ngày 10/9/2024, Huyện ủy Tân Mỹ tổ chức hội nghị quán triệt Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị.$$);
SELECT kind, code, issued
FROM gb_citations($$CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG
NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH
Thực hiện kế hoạch năm 2001.$$);

-- R10 (stop 31 H8). A numbered resolution of a congress ("Nghị quyết số 09-NQ/ĐH ngày 27/9/2025 của Đại hội đại biểu Đảng bộ thành phố lần thứ I") is that congress's resolution: keyed by the congress, its number the term, the congress as written its issuer, its number and code kept, one document with "Nghị quyết Đại hội Đảng bộ thành phố lần thứ I"
SELECT number, code, issued, issuer, term, mentions, key
FROM gb_citations($$Thành ủy Tân An tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng bộ thành phố lần thứ I. Các đại biểu nghe quán triệt Nghị quyết số 09-NQ/ĐH ngày 27/9/2025 của Đại hội đại biểu Đảng bộ thành phố lần thứ I.$$);

-- R10 (stop 31 H7). The issuer a list's group noun names at its end ("Chỉ thị 35-CT/TW và các hướng dẫn của Tỉnh ủy") is the list's documents' only when the code's level agrees: not the /TW directive's, which then joins its full mention; "Bộ Chính trị, Ban Bí thư ban hành Kết luận ..." gives the first body, as "của Bộ Chính trị, Ban Bí thư" does
SELECT kind, code, issued, issuer, mentions
FROM gb_citations($$Huyện ủy Tân Mỹ quán triệt Chỉ thị 35-CT/TW và các hướng dẫn của Tỉnh ủy. Hội nghị quán triệt Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị. Kế hoạch 15-KH/TU và các hướng dẫn của Tỉnh ủy. Ngày 22/8/2025, Bộ Chính trị, Ban Bí thư ban hành Kết luận số 185-KL/TW về bộ máy. Quán triệt Kết luận số 126-KL/TW ngày 14/2/2025 của Bộ Chính trị, Ban Bí thư.$$);

-- R10 (stop 31 H12). A local Party code typed State-style ("Quy định số 08/TU", "09/QĐ-TU", "12/KH/TU") stays as written, but is a Party document's: its term from its date, as "10-QĐ/TU" has; a State code ("14/KH-UBND") has none
SELECT kind, code, term, key
FROM gb_citations($$Thực hiện Quy định số 08/TU ngày 15/9/2021 của Tỉnh ủy về nêu gương, Quy định số 09/QĐ-TU ngày 15/9/2021 của Tỉnh ủy, Kế hoạch số 12/KH/TU ngày 3/3/2022 và Kế hoạch số 14/KH-UBND ngày 3/3/2022 của UBND tỉnh.$$);

-- R10 (stop 31 I9). A mass organization's or the Front's document, its code in the Party's shape ("9-KH/MTTQ-BTT", "12-KH/HND", "5-HD/CĐ", "10-KH/ĐTN"), is no Party document and takes no Party term from its date; a Tỉnh ủy's ("14-KH/TU") does
SELECT kind, code, term, key
FROM gb_citations($$Triển khai Kế hoạch số 9-KH/MTTQ-BTT ngày 16/10/2023, Kế hoạch số 12-KH/HND ngày 2/3/2023, Hướng dẫn số 5-HD/CĐ ngày 2/3/2023, Kế hoạch số 10-KH/ĐTN ngày 16/10/2023 và Kế hoạch số 14-KH/TU ngày 2/3/2023.$$);

-- R10 (stop 31 H15). A count of documents with their issuer after their list ("... Nghị quyết 70-NQ/TW về ... Mục đích ... quán triệt 2 nghị quyết của Bộ Chính trị") gives it to each when it counts the text's documents of that type exactly and their codes' level agrees; not a count of fewer ("Nghị quyết 71-NQ/TW ... 2 nghị quyết")
SELECT number, code, issuer
FROM gb_citations($$Các đại biểu nghe phổ biến các nghị quyết:
Nghị quyết 59-NQ/TW về hội nhập quốc tế.
Nghị quyết 70-NQ/TW về an ninh năng lượng.
Mục đích của hội nghị nhằm quán triệt 2 nghị quyết của Bộ Chính trị đến các tỉnh ủy.$$);
SELECT number, code, issuer
FROM gb_citations($$Quán triệt Nghị quyết 59-NQ/TW, Nghị quyết 70-NQ/TW và Nghị quyết 71-NQ/TW. Tỉnh ủy ban hành 2 nghị quyết của Bộ Chính trị.$$);

-- R11 (stop 32 M11). A subject ends before a link of the sentence to another document (", gắn với thực hiện Kết luận số 64"), at the event's passive ("được tổ chức tại tỉnh X") and at the comma closing a fronted clause before a main one of many or of a place (", nhiều địa phương đã tổ chức")
SELECT kind, number, subject
FROM gb_citations($$Huyện ủy Tân Lập sơ kết Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương về đổi mới đơn vị sự nghiệp công lập, gắn với thực hiện Kết luận số 64-KL/TW ngày 28/5/2013 của Ban Chấp hành Trung ương về hệ thống chính trị. Hội nghị tổng kết Kết luận số 12-KL/TW ngày 24/10/2011 của Bộ Chính trị về phát triển vùng Tây Bắc được tổ chức tại tỉnh Tân Lập. Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp, nhiều địa phương trong tỉnh đã tổ chức thành công đại hội.$$);

-- R11 (stop 32, S31 left). Local bodies issuing together before "ban hành" give the first, as central ones do, unless the code names another ("15/KH-UBND", a State code: the one before the verb); after "của" the subject is read past the co-issuers
SELECT kind, number, code, issuer, subject
FROM gb_citations($$Ngày 5/3/2025, Huyện ủy, UBND huyện Tân Lập ban hành Kế hoạch số 15-KH/HU về chuyển đổi số. Ngày 6/3/2025, Huyện ủy, UBND huyện Tân Lập ban hành Kế hoạch số 20/KH-UBND về cải cách hành chính. Thực hiện Kế hoạch số 16-KH/HU ngày 5/3/2025 của Huyện ủy, UBND huyện Tân Lập về dân vận.$$);

-- R11 (stop 32, probe m 16 and 28). "và chỉ đạo của UBND tỉnh tại văn bản số 238/..." after a subject is another thing the verb carries out, not the subject's ("sự lãnh đạo và chỉ đạo của Đảng đối với ..." with no document is); a quoted title's closing stop is the sentence's
SELECT kind, number, subject
FROM gb_citations($$Thực hiện Chỉ thị số 22-CT/TW ngày 23/01/2018 của Ban Bí thư về đẩy mạnh phong trào thi đua yêu nước và chỉ đạo của UBND tỉnh tại văn bản số 238/UBND-KGVX ngày 19/3/2018 về tổ chức các hoạt động kỷ niệm. Quán triệt Nghị quyết số 12-NQ/TW về tăng cường sự lãnh đạo và chỉ đạo của Đảng đối với công tác thanh niên. Thực hiện Kết luận số 64-KL/TW ngày 28/5/2013 của Ban Chấp hành Trung ương “Một số vấn đề về hệ thống chính trị từ Trung ương đến cơ sở.”$$);

-- R12 (stop 33 P6). A range of days set off by commas ("..., từ 15 đến 16/11/2012, Ban Thường vụ ...") ends the subject of the document cited before it, as ", ngày 15/11/2012," does
SELECT kind, number, subject
FROM gb_citations($$Thực hiện Nghị quyết 12-NQ/TW về một số vấn đề cấp bách, từ 15 đến 16/11/2012, Ban Thường vụ Đảng ủy xã Tân Lập tổ chức hội nghị kiểm điểm. Quán triệt Nghị quyết số 19-NQ/TW về phát triển nông nghiệp từ năm 2021 đến năm 2030, Huyện ủy Tân Lập yêu cầu các chi bộ thực hiện.$$);

-- R12 (stop 33 O15). The Front's codes name their issuer by the suffix: "MTTW" the Central Committee of the Fatherland Front, "MTTW-BTT" its standing board
SELECT kind, code, issuer, term
FROM gb_citations($$Thực hiện Đề án 01/ĐA-MTTW-BTT về đổi mới công tác tuyên truyền và Hướng dẫn 12/HD-MTTW về tổ chức đại hội, Ủy ban MTTQ huyện Tân Lập tổ chức hội nghị.$$);

-- R13 (stop 34 R6). The meeting's time set off by commas (", chiều ngày 15/5/2024,", ", trong hai ngày 15-16/5/2024,") ends the subject of the document cited before it; so does a sibling review of another document ("và sơ kết 4 năm thực hiện Chỉ thị 36")
SELECT kind, number, subject
FROM gb_citations($$Thực hiện Kế hoạch số 12-KH/ĐU ngày 2/4/2024 của Đảng ủy Khối về việc tổ chức hội nghị sơ kết, chiều ngày 15/5/2024, Ban Thường vụ Đảng ủy Trường Tân Lập tổ chức Hội nghị sơ kết. Thực hiện Kế hoạch số 13-KH/ĐU của Đảng ủy Khối về việc tổ chức đại hội, trong hai ngày 15-16/5/2024, Đảng bộ Viện Tân Lập tổ chức Đại hội. Hội nghị tổng kết 5 năm thực hiện Nghị định số 119/2004/NĐ-CP về công tác quốc phòng và sơ kết 4 năm thực hiện Chỉ thị 36/2005/CT-TTg về xây dựng cơ sở vững mạnh.$$);

-- R13 (stop 34 R8b). A plenum's resolution cited by the plenum alone ("Nghị quyết Trung ương 10") takes the term of that plenum as the report names it ("Hội nghị Trung ương 10 khóa XII")
SELECT kind, plenum, term, key
FROM gb_citations($$Sáng 22/8/2019, Đảng ủy Trường Tân Lập tổ chức hội nghị học tập các nội dung Hội nghị Trung ương 10 khóa XII. Đồng chí Lê Văn Hòa trình bày những điểm mới trong Nghị quyết Trung ương 10.$$);

-- R13 (stop 34 S10, R8). A bare congress's resolution ("Nghị quyết Đại hội X") numbered one before the local congress the report is about ("Đại hội Đảng bộ tỉnh ... lần thứ XI", or "... lần này") is that organization's previous congress's; the Party's own when the text names a congress of the Party ("Đại hội XIII của Đảng")
SELECT kind, term, key
FROM gb_citations($$Sáng 16/10/2020, Đại hội Đảng bộ tỉnh Hòa Lâm lần thứ XI khai mạc. Đại hội có nhiệm vụ đánh giá tình hình thực hiện Nghị quyết Đại hội X.$$);
SELECT kind, term, key
FROM gb_citations($$Đại hội Đảng bộ Tân Lập lần này có nhiệm vụ đánh giá tình hình thực hiện Nghị quyết Đại hội X.$$);
SELECT kind, term, key
FROM gb_citations($$Sáng 16/10/2020, Đại hội Đảng bộ tỉnh Hòa Lâm lần thứ XI khai mạc. Đại hội đánh giá việc thực hiện Nghị quyết Đại hội X, tiến tới Đại hội XIII của Đảng.$$);

-- R14 (stop 35 S11). A term written once after the last of a list belongs to the documents before it with none of their own: the one a subject gives by the National Congress it prepares ("tiến tới Đại hội ... XII" → XI), to each Party document; a central document's written term to a plenum's resolution named by its plenum alone; not past a date, whose term is its own
SELECT kind, number, term, key
FROM gb_citations($$Thực hiện Chỉ thị 36-CT/TW của Bộ Chính trị và Chỉ thị 28-CT/TU của Ban Thường vụ Tỉnh ủy về đại hội đảng bộ các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng, sáng 5/5/2015, Đảng ủy xã Tân Lập tổ chức đại hội. Đảng ủy xã Hòa Lâm sơ kết việc thực hiện Nghị quyết Trung ương 4, Kết luận 21-KL/TW của Ban Chấp hành Trung ương khóa XI về một số vấn đề cấp bách về xây dựng Đảng. Quán triệt Nghị quyết Trung ương 5 và Kết luận 22-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.$$);

-- R14 (stop 35 R8a). A bare congress's resolution numbered one before the congress a body holds as the subject of "tổ chức" ("Đảng bộ Tập đoàn X tổ chức Đại hội đại biểu lần thứ III") is that body's previous congress's
SELECT kind, term, key
FROM gb_citations($$Sáng 3/8/2020, Đảng bộ Tập đoàn Hòa Lâm tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2020-2025. Đại hội có nhiệm vụ kiểm điểm kết quả thực hiện Nghị quyết Đại hội lần thứ II.$$);

-- R14 (stop 35 V2). An economic zone's Party committee issuing: "Khu kinh tế" after a capitalized "Khu" goes on in lower case inside the issuer's name, not cut to "... Khu kinh"
SELECT kind, issued, issuer
FROM gb_citations($$Theo Quyết định số 12-QĐ/ĐU ngày 8/6/2022 của Ban Thường vụ Đảng ủy Khu kinh tế tỉnh Hòa An, Đảng bộ Công ty Hoa Sen được thành lập.$$);

-- R14 (stop 35 U1). In a sentence opening with "Căn cứ", "Thực hiện", "Theo", "Triển khai", "Quán triệt" or "Trên cơ sở", a body and its verb after a comma ("..., Ủy ban Kiểm tra Huyện ủy quyết định ...") or a second "căn cứ" open the main clause and end the fronted document's subject, whatever the tense word; bodies listed in the subject go on
SELECT kind, number, subject
FROM gb_citations($$Căn cứ Quy định số 102-QĐ/TW của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm, Ủy ban Kiểm tra Huyện ủy Tân Lập quyết định thi hành kỷ luật. Căn cứ Quy định số 30-QĐ/TW của Ban Chấp hành Trung ương về kiểm tra, giám sát, căn cứ các bản án của Tòa án, Ủy ban Kiểm tra Trung ương đề nghị Bộ Chính trị xem xét. Thực hiện Quy định số 12-QĐ/TU của Tỉnh ủy về chức năng của Ban Tổ chức, Ban Tuyên giáo và Ban Dân vận Tỉnh ủy, Huyện ủy Tân Lập đã triển khai.$$);

-- R14 (stop 35 U2). A date set off by commas after a document's issuer or subject, before a body and "ban hành", opens the issuing clause: it is the issued document's, not the one before ("Thực hiện Quyết định số 15 của ..., ngày 12/4/2022, Ban Nội chính Tỉnh ủy ban hành Kế hoạch số 38" → Kế hoạch 38 of 12/4/2022)
SELECT kind, number, issued, issuer
FROM gb_citations($$Thực hiện Quyết định số 15-QĐ/TU của Ban Thường vụ Tỉnh ủy, ngày 12/4/2022, Ban Nội chính Tỉnh ủy ban hành Kế hoạch số 38-KH/BNCTU về tiếp dân. Thực hiện Quyết định số 16-QĐ/TU ngày 25/3/2019 của Ban Thường vụ Tỉnh ủy, ngày 12/5/2022, Ban Nội chính Tỉnh ủy ban hành Thông báo số 39-TB/BNCTU về tiếp dân.$$);

-- R14 (stop 35 U13, V15). "Nghị quyết Đại hội của <organization> lần thứ N" is that organization's congress's resolution, as without "của"; "Đại hội (của) Đảng lần thứ XIII" the Party's
SELECT kind, term, key
FROM gb_citations($$Hội Cựu chiến binh tỉnh thực hiện thắng lợi Nghị quyết Đại hội của Hội Cựu chiến binh tỉnh lần thứ VI. Toàn Đảng bộ thực hiện thắng lợi Nghị quyết Đại hội của Đảng lần thứ XIII.$$);

-- stop 36, s36-mass: X1. A mass organization's or the Front's congress with "toàn quốc" before the organization, the members in lower case ("phụ nữ toàn quốc"), "Đoàn" and a level (the Youth Union's, keyed as with its full name) and the old southern order "tỉnh Đảng bộ"; a national one by the organization's full name
SELECT kind, term, key
FROM gb_citations($$Quán triệt Nghị quyết Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VII. Triển khai Nghị quyết Đại hội đại biểu phụ nữ toàn quốc lần thứ XII. Học tập Nghị quyết Đại hội Đoàn tỉnh Bắc Giang lần thứ XVI và Nghị quyết Đại hội tỉnh Đảng bộ lần thứ IX. Quán triệt Nghị quyết Đại hội Đoàn toàn quốc lần thứ XI.$$);

-- stop 36, s36-mass: X2. A mass organization's plenum after its centre ("BCH T.Ư Hội") and the Front's Central Committee's ("Ủy ban Trung ương MTTQ Việt Nam") are their own, not the Party's
SELECT kind, issuer, term, key
FROM gb_citations($$Quán triệt các nghị quyết Hội nghị lần thứ 4 BCH T.Ư Hội cho cán bộ chủ chốt. Theo Nghị quyết Hội nghị lần thứ 8 Ủy ban Trung ương MTTQ Việt Nam (khóa VIII).$$);

-- stop 36, s36-mass: X3 and X8. The central mass organizations' code letters name their issuer (TLĐ, TWĐTN); "thông báo Kết luận N-TB/TW" is the notice its code names
SELECT kind, issuer, key
FROM gb_citations($$Hướng dẫn số 726/HD-TLĐ ngày 02/6/2014 về công đoàn giám sát. Kế hoạch số 12-KH/TWĐTN ngày 5/3/2020 về thanh niên. Quán triệt thông báo Kết luận 160-TB/TW ngày 15/01/2020 của Bộ Chính trị.$$);

-- stop 36, s36-post: W2, W4. A local Party committee's "khóa" after it is its own term, the Party's comes from the date; a counted group noun with its issuer before a bare colon gives the issuer to the documents listed
SELECT kind, number, issuer, term, key
FROM gb_citations($$Quán triệt Nghị quyết số 01-NQ/TU, ngày 14/8/2012, của Tỉnh uỷ Quảng Trị khoá XV về phát triển du lịch. Ông Nguyễn Văn Tý công bố 2 Quyết định của BTV Huyện ủy: Quyết định số 1455-QĐ/HU, ngày 28/9/2023 về giải thể Chi bộ A; Quyết định số 1456-QĐ/HU, ngày 28/9/2023 về thành lập Đảng bộ B.$$);

-- stop 37, s37-fix: "Ủy ban Thường vụ Quốc hội" is the State's, not a Party body: its document's date gives no Party term (as "của Quốc hội"); "Ban Thường vụ Tỉnh ủy" is the Party's
SELECT kind, number, issuer, term, key
FROM gb_citations($$Quán triệt Nghị quyết số 13 ngày 23/12/2016 của Ủy ban Thường vụ Quốc hội về tổ chức hội đồng nhân dân; Nghị quyết số 12 ngày 23/12/2016 của Ban Thường vụ Tỉnh ủy về công tác cán bộ.$$);

-- stop 37, s37-fix: the Front's central plenum is one document however its Central Committee is written
SELECT kind, issuer, term, key, mentions
FROM gb_citations($$Quán triệt Nghị quyết Hội nghị lần thứ 8 Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam (khóa VIII) và Nghị quyết Hội nghị lần thứ 8 Ủy ban Trung ương MTTQVN khóa VIII.$$);

-- stop 37, s37-off: W11. A straight quote that closes an HTML attribute ('"</image>', '"/>') opens no quoted subject
SELECT number, issuer, subject
FROM gb_citations(E'<image>data:image/s3,"s3://crabby-images/20324/20324da02c55aa24f32b9bbe0bd85c3b48bf34f2" alt="Hội nghị sơ kết Nghị quyết số 06-NQ/TU, ngày 18/11/2021 của Ban Chấp hành Đảng bộ tỉnh"</image>\nChiều 26/11/2024, Tỉnh ủy tổ chức hội nghị sơ kết thực hiện đề án “Thí điểm xây dựng nông thôn mới”.');
-- stop 37, s37-when: ab1. A date set off right after a document's number, before a subject and its meeting verb, is the meeting's, not the document's, only in a report published 0 to 31 days after it; without a publication date, two years after, or with "của" after it, the document's
SELECT key, issued
FROM (VALUES
    ($$Thực hiện Kế hoạch số 15-KH/TU, ngày 5/3/2024, Đảng ủy xã Hòa An tổ chức hội nghị quán triệt.$$, '2024-03-07'::date),
    ($$Thực hiện Kế hoạch số 15-KH/TU, ngày 5/3/2024, Đảng ủy xã Hòa An tổ chức hội nghị quán triệt.$$, NULL),
    ($$Thực hiện Kế hoạch số 15-KH/TU, ngày 5/3/2024, Đảng ủy xã Hòa An tổ chức hội nghị quán triệt.$$, '2026-03-07'),
    ($$Thực hiện Kế hoạch số 15-KH/TU, ngày 5/3/2024, của Ban Thường vụ Tỉnh ủy, Đảng ủy xã Hòa An tổ chức hội nghị quán triệt.$$, '2024-03-07')
) AS v(body, pub), gb_citations(body, pub);
-- stop 37, s37-cong: AC7. A bare "Nghị quyết Đại hội Chi bộ lần thứ X" in the report of a cell's congress XI is that cell's
SELECT key
FROM gb_citations($$Sáng 11/8/2022, Đại hội Chi bộ thôn Đông Hòa lần thứ XI khai mạc. Đại hội đánh giá kết quả thực hiện Nghị quyết Đại hội Chi bộ lần thứ X.$$);

-- stop 37, s37-cite: ab10. A ” typed as the opening quote opens the subject's quotation; the issuer its code names after a subject holding a document; after ";" an issuing verb without a subject has the clause's before
SELECT kind, number, issuer, subject FROM gb_citations($$Thực hiện Kế hoạch số 02-KH/ĐUK ngày 11/02/2020 của Ban Thường trực Đảng ủy Khối về thực hiện ”Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2020” với chủ đề đại đoàn kết, ngày 07/8/2020, Chi bộ 2 đã tổ chức sinh hoạt chuyên đề. Thực hiện Hướng dẫn số 01/HD-ĐU, ngày 14 tháng 4 năm 2020 về việc hướng dẫn thực hiện Chỉ thị số 05/CT-TW của Bộ Chính trị và chuyên đề năm 2020 của Đảng ủy Trường Đại học Mỏ - Địa chất; Chi bộ Giáo dục quốc phòng tổ chức sinh hoạt chuyên đề. Tỉnh ủy đã ban hành Đề án 5155 về phát triển đảng viên; năm 2020 ban hành Kết luận số 189-KL/TU về tiếp tục thực hiện Đề án.$$);

-- stop 37, s37-cite: AA6. "Nghị quyết Đảng bộ tỉnh lần thứ XVIII", "Đại hội" left out, is the provincial congress's resolution
SELECT key, term FROM gb_citations($$Hội nghị quán triệt Nghị quyết Đại hội Đảng toàn quốc lần thứ XI và Nghị quyết Đảng bộ tỉnh lần thứ XVIII.$$);

-- stop 38, s38-tidy: "lần thứ" typed twice read once after "Đại hội" too; "các cấp, nhiệm kì 2020 – 2025" the round of congresses as with "nhiệm kỳ"
SELECT key, term FROM gb_citations($$Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ lần thứ XVIII.$$);
SELECT key, term FROM gb_citations($$Huyện ủy quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp, nhiệm kì 2020 – 2025.$$);

-- stop 38, s38-cite: W13. A bare "Đại hội Đảng bộ xã lần thứ XII" in the report of one commune's committee's meeting is that commune's; another level's holder keeps the generic key
SELECT key FROM gb_citations($$Sáng 02/8/2023, Đảng ủy xã Sơn Mùa tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XII, nhiệm kỳ 2020 – 2025.$$)
UNION ALL
SELECT key FROM gb_citations($$Sáng 02/8/2023, Huyện ủy Sơn Tây tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XII.$$);

-- stop 38, s38-ward: ad6. A district's government agencies' Party committee by its name; a document rolled out ("triển khai") by the committee its code names is its own, with no date of issue from the rollout
SELECT kind, number, issued, issuer FROM gb_citations($$Đảng ủy cơ quan chính quyền Quận 3 đã xây dựng Kế hoạch số 65-KH/ĐU ngày 25 tháng 12 năm 2019 tổ chức Đại hội. Ngày 5/9/2024, Quận ủy Tây Hồ triển khai Đề án số 27-ĐA/QU về thí điểm tổ chức sinh hoạt theo tổ đảng. Ngày 5/9/2024, Đảng ủy xã Tân Lập triển khai Nghị quyết số 05-NQ/TU về thí điểm.$$);

-- stop 38, s38-subj: AE8, AF7, ad10. A subject ends before "cũng như" a body's direction and before ", góp phần ..."; "về thực hiện <document>" keeps the document as "về việc thực hiện" does
SELECT key, subject FROM gb_citations($$Thực hiện Chỉ thị 01-CT/TW của Bộ Chính trị về học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng cũng như hướng dẫn của Ban Tuyên giáo Trung ương. Các cấp ủy thực hiện Nghị quyết Trung ương 4 (khóa XI) về xây dựng Đảng, góp phần thực hiện thắng lợi các nhiệm vụ chính trị. Chương trình hành động số 11-CTr/QU ngày 12/9/2022 của Quận ủy Sơn Trà về thực hiện Kết luận số 209-KL/TU.$$);

-- stop 38, s38-subj: AG6. The Central Committee's numbered conclusion that names no plenum is the conclusion named before by its plenum alone
SELECT key, plenum, mentions FROM gb_citations($$Hội nghị quán triệt Kết luận của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII. Các đại biểu học tập Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng.$$, '2021-11-20');

-- stop 39, s39-guide: ad6. A count after its issuing verb names the issuer and date of the documents of its type cited right after it, at most as many as it counts
SELECT key, issued, issuer FROM gb_citations($$Ngày 10/5/2023, Huyện uỷ Sóc Sơn đã ban hành 2 quyết định kết nạp Đảng. Quyết định số 2433-QĐ/HU kết nạp quần chúng A; Quyết định số 2434-QĐ/HU kết nạp quần chúng B. Quyết định số 2435-QĐ/HU kết nạp quần chúng C.$$);

-- stop 39, s39-cite2: AJ1, AJ3. A reporting verb after the document ("nêu rõ", "đã khẳng định"; "yêu cầu" before a colon) ends its subject, "yêu cầu" as a noun of the topic does not; the type alone in brackets, "(Quy định)", is a short name
SELECT key, subject FROM gb_citations($$Chỉ thị 35 của Bộ Chính trị về Đại hội Đảng các cấp, tiến tới ĐHĐB toàn quốc lần thứ 13 của Đảng nêu rõ: Thực hiện thí điểm bầu Bí thư cấp ủy. Quy định số 102-QĐ/TW về xử lý kỷ luật đảng viên vi phạm đã khẳng định việc xử lý nghiêm. Chỉ thị số 05-CT/TW về một số yêu cầu đối với cán bộ. Ngày 6/7/2022, Bộ Chính trị ban hành Quy định số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm (Quy định); Theo đó, phạm vi như sau.$$);

-- stop 39, s39-cite2: AJ9. "07-QĐI/TW" in an all-caps heading is 07-QĐi/TW, and its subject in capitals takes the case of the body's mention
SELECT key, code, subject, mentions FROM gb_citations($$QUY ĐỊNH SỐ 07-QĐI/TW, NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ VỀ XỬ LÝ KỶ LUẬT TỔ CHỨC ĐẢNG VI PHẠM
Căn cứ Quy định số 07-QĐi/TW, ngày 28/8/2018 của Bộ Chính trị về xử lý kỷ luật tổ chức đảng vi phạm, Ủy ban Kiểm tra Trung ương hướng dẫn như sau.$$);

-- stop 39, s39-cite2: AK3, AK1. "lần thứ 6, lần thứ 7" lists two plenums; numbered documents listed after a named central plenum ("Bốn Nghị quyết được ban hành gồm:" after the plenum's sentence, "với các nội dung:" after its resolution) take its issuer and term, up to the list's end
SELECT key, issuer, term FROM gb_citations($$Một số nội dung cốt lõi của Nghị quyết Hội nghị lần thứ 6, lần thứ 7 của Ban Chấp hành Trung ương Đảng khoá XII được quán triệt. Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII đã thảo luận và quyết định ban hành những nghị quyết quan trọng. Bốn Nghị quyết được ban hành gồm: Nghị quyết số 18-NQ/TW “Một số vấn đề về tiếp tục đổi mới”; Nghị quyết số 19-NQ/TW “Về tiếp tục đổi mới hệ thống”.$$)
UNION ALL
SELECT key, issuer, term FROM gb_citations($$Đảng bộ tổ chức học tập Nghị quyết Hội nghị lần sáu Ban Chấp hành Trung ương Đảng khoá XIII của Đảng do Đồng chí Nguyễn Đức Toàn truyền đạt với các nội dung:
- Nghị quyết số 27-NQ/TW Về xây dựng Nhà nước pháp quyền.
- Kết luận số 45-KL/TW Về quy hoạch tổng thể quốc gia.
Sau đó, Đảng ủy triển khai Nghị quyết số 05-NQ/TW về nông nghiệp.$$);

-- stop 39, s39-fold: AJ8, "Qui định" (old spelling) is "Quy định"; "Chỉ thị số 35 năm 2019" names the directive of 2019, a count of years ("kế hoạch 5 năm 2021-2025") none; AJ5, "tiến tới ĐHĐB toàn quốc lần thứ 13" is term XII
SELECT key, mentions FROM gb_citations($$Qui Định 41 của Bộ Chính trị ban hành cuối năm 2021. Quy định số 41-QĐ/TW ngày 3/11/2021 của Bộ Chính trị về việc miễn nhiệm. Ngày 14/6/2024, Bộ Chính trị ban hành Chỉ thị số 35-CT/TW về đại hội. Trước đó có Chỉ thị số 35-CT/TW, ngày 30/5/2019. So với Chỉ thị số 35 năm 2019, Chỉ thị số 35 năm 2024 có nhiều điểm mới. Xã thực hiện kế hoạch số 5 năm 2021-2025.$$)
UNION ALL
SELECT key, mentions FROM gb_citations($$Chỉ thị 35 của Bộ Chính trị về Đại hội Đảng các cấp, tiến tới ĐHĐB toàn quốc lần thứ 13 của Đảng được quán triệt.$$);

-- stop 39, s39-head: AH4/AI6. A bare level's congress resolution in the report of that level's next congress, named below the lead beside the Party's own congress, is the reported organization's
SELECT key, term FROM gb_citations($$Sáng 14/10, khai mạc đại hội.
Đại hội Đảng bộ tỉnh Phú Thọ lần thứ XIX triệu tập 336 đại biểu, đánh giá tình hình thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII; góp ý văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.$$);

-- stop 39, s39-tidy2: a count word before a group noun must be spelled so ("sau nghị quyết" is "after the resolution": the list takes no issuer; "sáu" does); a counted decision opening a bulleted line after the first is the count's member
SELECT key, issuer FROM gb_citations($$Chi bộ học tập sau nghị quyết của Tỉnh ủy gồm: Nghị quyết số 05-NQ/TU về du lịch, Nghị quyết số 06-NQ/TU về nông nghiệp.$$)
UNION ALL
SELECT key, issuer FROM gb_citations($$Chi bộ học tập sáu nghị quyết của Tỉnh ủy gồm: Nghị quyết số 07-NQ/TU về du lịch, Nghị quyết số 08-NQ/TU về nông nghiệp.$$)
UNION ALL
SELECT key, issuer FROM gb_citations($$Ngày 10/5/2023, Huyện uỷ Sóc Sơn đã ban hành 3 quyết định kết nạp Đảng. Quyết định số 2433-QĐ/HU kết nạp quần chúng Nguyễn Thị Anh Thơ.
- Quyết định số 2434-QĐ/HU kết nạp quần chúng Nguyễn Hữu Thái.$$);

-- stop 40, s40-list: "nhiều/các/một số <type> (words):" after an issuing verb whose subject is a body lists that body's documents; a date in parentheses closing a subject is the issue date (probe ak 22); "quán triệt" lists none
SELECT key, issuer, issued, term FROM gb_citations($$Ban Bí thư đã ban hành nhiều chỉ thị quan trọng: Chỉ thị số 50 về tiếp tục đổi mới sinh hoạt chi bộ (ngày 23/7/2025); Chỉ thị số 51 (8/8/2025) về đổi thẻ đảng viên.$$)
UNION ALL
SELECT key, issuer, issued, term FROM gb_citations($$Đảng ủy xã đã quán triệt nhiều chỉ thị quan trọng: Chỉ thị số 52 về đổi mới sinh hoạt chi bộ.$$);

-- stop 40, s40-code: AO3. A code's known letters glued to the next word ("70-TB/TWngày") end the code; its date, issuer and term are read
SELECT code, issued, issuer, term FROM gb_citations($$Căn cứ Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012 của Ban Bí thư Trung ương Đảng về tổ chức kỷ niệm.$$);

-- stop 40, s40-code: AO3b. The type's own letters and a Party suffix apart by spaces or a dash ("03  CT – TW") are the code; other letters are not
SELECT key, code, issuer FROM gb_citations($$Hội nghị sơ kết 4 năm thực hiện Chỉ thị số 03  CT – TW của Bộ Chính trị về việc học tập.$$)
UNION ALL
SELECT key, code, issuer FROM gb_citations($$Thực hiện Chỉ thị số 03 NQ – TW của Bộ Chính trị.$$);

-- stop 40, s40-code: AO6. The body that opens its own "Đại hội đại biểu lần thứ XV" is that congress's organization, for a bare level's previous congress resolution
SELECT key FROM gb_citations($$Ngày 24-9, tại TP Đông Hà, Đảng bộ tỉnh Quảng Trị đã khai mạc Đại hội đại biểu lần thứ XV, nhiệm kỳ 2010-2015. Báo cáo nêu rõ: Đảng bộ đã thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV đạt kết quả.$$);

-- stop 40, s40-subj: AJ10. A title's verb right after the number, date or issuer opens the subject (thi hành, thực hiện, hướng dẫn, sửa đổi, bổ sung, with its object after it); not the sentence's verb with an adverb, nor "quy định"
SELECT key, subject FROM gb_citations($$Căn cứ Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung ương thi hành Chương VII và Chương VIII Điều lệ Đảng về công tác kiểm tra, giám sát, kỷ luật của Đảng; Hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019 hướng dẫn một số nội dung Chỉ thị số 35. Quy định 264-QĐ/TW năm 2025 sửa đổi Quy định 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm.$$)
UNION ALL
SELECT key, subject FROM gb_citations($$Các chi bộ căn cứ Hướng dẫn số 27-HD/BTCTW thực hiện nghiêm túc các bước. Quy định số 22-QĐ/TW của Ban Chấp hành Trung ương quy định rõ nhiệm vụ của Ủy ban kiểm tra.$$);

-- stop 40, s40-subj: AJ4. ", về" after the issuer is the subject; a headline's subject cut at its line end gives way to the body's fuller one
SELECT key, subject FROM gb_citations($$Thị ủy Sơn Tây: Quán triệt nội dung Quy định số 144-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức cách mạng
Sáng 3/6, Ban Thường vụ Thị ủy Sơn Tây tổ chức quán triệt về nội dung Quy định số 144-QĐ/TW, ngày 9/5/2024 của Bộ Chính trị, về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới.$$);

-- stop 40, s40-subj: AJ11. A headline in capitals wrapped by hand is joined; not the signer's post under a decision's title
SELECT title FROM gb_extract($$HƯỚNG DẪN
KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT
LƯỢNG HẰNG NĂM ĐỐI VỚI TỔ CHỨC ĐẢNG, ĐẢNG VIÊN
Thực hiện Quy định số 132-QĐ/TW, ngày 08/3/2018 của Bộ Chính trị, Ban Tổ chức Trung ương hướng dẫn như sau:$$)
UNION ALL
SELECT title FROM gb_extract($$BAN HÀNH QUY CHẾ CHỨNG CHỈ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC
BỘ TRƯỞNG BỘ NỘI VỤ
Căn cứ Nghị định số 45/2003/NĐ-CP ngày 09 tháng 5 năm 2003 của Chính phủ;$$);

-- stop 40, s40-key: AL2. A bare level's congress resolution beside the reported congress spelled bare and named is the named one's; the reported congress's own resolution too
SELECT key FROM gb_citations($$Sáng 27/10, Đại hội đại biểu Đảng bộ tỉnh Ninh Thuận lần thứ XIV đã khai mạc. Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV sẽ tổng kết thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh khóa XIII, nhiệm kỳ 2015-2020.$$)
UNION ALL
SELECT key FROM gb_citations($$Ban Chấp hành Đảng bộ tỉnh quyết định triệu tập Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I. Đại hội cho ý kiến đối với Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I.$$);

-- stop 40, s40-key: AM1. A place in brackets after the body holding the congress, an adverb before its verb
SELECT key FROM gb_citations($$Ngày 24.6, Đảng bộ xã Ngọc Đường (thành phố Hà Giang) tổ chức Đại hội Đảng bộ xã lần thứ XVII. Nhiệm kỳ qua, Đảng bộ thực hiện Nghị quyết Đại hội Đảng bộ xã khóa XVI đạt kết quả.$$)
UNION ALL
SELECT key FROM gb_citations($$Sáng 14.8, Đảng bộ huyện Đồng Văn long trọng khai mạc Đại hội đại biểu lần thứ XXI. 38/39 chỉ tiêu đạt so với Nghị quyết Đại hội Đảng bộ huyện lần thứ XX.$$);

-- stop 40, s40-key: AL12. Documents joined by ";" in one sentence share the issuer written after the last; not items each on its own line
SELECT key, issuer FROM gb_citations($$BTV huyện ủy tổ chức hội nghị quán triệt NQ số 04; Chương trình số 07 của BCH Đảng bộ tỉnh Đăk Lăk cho cán bộ.$$)
UNION ALL
SELECT key, issuer FROM gb_citations($$Hội nghị quán triệt:
Nghị quyết số 04;
Chương trình số 07 của Tỉnh ủy.$$);

-- stop 40, s40-subj2: AN4. A document the subject studies or rolls out ("quán triệt", "học tập", "triển khai", "tuyên truyền") stays in it; a verb after "và" that ends the subject is the sentence's next object
SELECT key, subject FROM gb_citations($$Sáng 5/3, Đảng ủy xã A tổ chức hội nghị triển khai Chỉ thị số 01 ngày 23/1/2026 của Bộ Chính trị về quán triệt Nghị quyết Đại hội XIV của Đảng.$$)
UNION ALL
SELECT key, subject FROM gb_citations($$Sáng 5/3, Đảng ủy xã A tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp và triển khai Kế hoạch số 10-KH/ĐU của Đảng ủy xã.$$);

-- stop 40, s40-subj2: AO4. A quoted title after a colon right after the document is its subject; not a quotation running past a sentence's end
SELECT key, subject FROM gb_citations($$Đảng ủy Quân sự tỉnh tổ chức quán triệt, triển khai thực hiện Nghị quyết Trung ương 4 (khóa XI): “Một số vấn đề cấp bách về xây dựng Đảng hiện nay” cho cán bộ chủ chốt.$$)
UNION ALL
SELECT key, subject FROM gb_citations($$Sáng 5/3, Huyện ủy A quán triệt Nghị quyết số 12-NQ/TW: “Việc xây dựng Đảng là nhiệm vụ then chốt. Cán bộ phải gương mẫu”.$$);

-- stop 40, s40-subj2: AO9. "và" and documents counted with their type capitalized ("và 9 Chương trình công tác") end the subject
SELECT key, subject FROM gb_citations($$Các đại biểu đã quán triệt Nghị quyết số 11 của Bộ Chính trị (khóa XI) về phương hướng, nhiệm vụ phát triển Thủ đô Hà Nội giai đoạn 2011 - 2020 và 9 Chương trình công tác của Thành ủy Hà Nội khóa XV.$$);

-- stop 40, s40-subj2: AM8. "của" after a delegation in the subject names who sends it ("Đoàn kiểm tra, giám sát của Bộ Chính trị, Ban Bí thư năm 2026"); a central body after a topic is still the issuer
SELECT key, issuer, subject FROM gb_citations($$Thực hiện Quyết định số 25-QĐNS/TW, ngày 23/2/2026 của Bộ Chính trị về việc thành lập Đoàn kiểm tra, giám sát của Bộ Chính trị, Ban Bí thư năm 2026, sáng 2/3, Đoàn kiểm tra làm việc với Tỉnh ủy Lạng Sơn.$$)
UNION ALL
SELECT key, issuer, subject FROM gb_citations($$Sáng 5/3, Đảng ủy xã A quán triệt Nghị quyết số 80-NQ/TW về phát triển văn hóa Việt Nam của Bộ Chính trị.$$);

-- stop 41, s41-cite: X8. A congress resolution of a sector's bare level ("Đảng bộ Công an tỉnh") is that of the sector's committee holding the meeting, also when it opens its line after a headline
SELECT key FROM gb_citations($$Quán triệt nghị quyết
Đảng ủy Công an tỉnh Thanh Hoá vừa tổ chức Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX và Nghị quyết Đại hội Đảng bộ Công an tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025.$$);

-- stop 41, s41-cite: AS9, AR6, AP6. A subject ends at ", gắn với" before a document type, at its own quoted title inside a quoted talk title; a title opened by "tiếp tục" after the code
SELECT key, subject FROM gb_citations($$Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị khóa XIII về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII, gắn với thực hiện Nghị quyết của Trung ương, của tỉnh về xây dựng, chỉnh đốn Đảng.$$)
UNION ALL
SELECT key, subject FROM gb_citations($$Đồng chí Nguyễn Văn An thông tin chuyên đề “Một số kết quả triển khai thực hiện Nghị quyết số 128 ngày 11-10-2021 của Chính phủ về việc ban hành quy định tạm thời “Thích ứng an toàn, linh hoạt”, phương hướng, nhiệm vụ trong thời gian tới”.$$)
UNION ALL
SELECT key, subject FROM gb_citations($$Hội nghị quán triệt Nghị quyết 43-NQ/TW tiếp tục phát huy truyền thống đại đoàn kết dân tộc; Nghị quyết 42-NQ/TW tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội.$$);

-- stop 41, s41-misc: AS12. "TƯ" in the code of a document a Tỉnh ủy issues is its "TU"; a local committee's own bracketed khóa is no term (the date's is); a central issuer's stays TW
SELECT code, term, key FROM gb_citations($$Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV), tỉnh đã đạt nhiều kết quả.$$)
UNION ALL
SELECT code, term, key FROM gb_citations($$Thực hiện Nghị quyết số 01-NQ/TU, ngày 14/8/2012, của Tỉnh ủy (khóa XV), tỉnh đã đạt nhiều kết quả.$$)
UNION ALL
SELECT code, term, key FROM gb_citations($$Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Bộ Chính trị (khóa XI), tỉnh đã đạt nhiều kết quả.$$);

-- stop 41, s41-cong: aq X2. A congress resolution named by its term is numbered from a congress of the same organization named with number and term (III, 2020-2025: 2015-2020 is II); none numbered, no citation
SELECT key, term FROM gb_citations($$Đại hội đại biểu Đảng bộ Khối Doanh nghiệp Trung ương lần thứ III, nhiệm kỳ 2020 - 2025 diễn ra từ ngày 19-21/10/2020. Đại hội có nhiệm vụ tổng kết việc thực hiện Nghị quyết Đại hội Đảng bộ Khối nhiệm kỳ 2015 - 2020.$$)
UNION ALL
SELECT key, term FROM gb_citations($$Đảng ủy Khối Doanh nghiệp tỉnh Vĩnh Phúc tổ chức Hội nghị lần thứ hai. Hội nghị thảo luận Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ Khối nhiệm kỳ 2020-2025.$$);

-- stop 41, s41-cong: ap AP8. A bare level's congress resolution is the locality's whose unnumbered congress of that level the report tells of; two localities' congresses, generic
SELECT key FROM gb_citations($$Chiều 16-10, Đại hội Đảng bộ tỉnh Trà Vinh đã công bố kết quả họp phiên đầu tiên. Đảng bộ và nhân dân tỉnh quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ 11, nhiệm kỳ 2020-2025.$$)
UNION ALL
SELECT key FROM gb_citations($$Chiều 16-10, Đại hội Đảng bộ tỉnh Trà Vinh và Đại hội Đảng bộ tỉnh Sóc Trăng đã công bố kết quả. Các tỉnh quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI.$$);

-- stop 42, s42-left: "ĐH" numbers a bare level's congress resolution; AS15 ";" before an issue date; AS8 "các huyện, thành, thị, đảng ủy trực thuộc đã ..." ends the subject
SELECT key FROM gb_citations($$Sáng 14-7-2020, ĐH Đại biểu Đảng bộ quận Ninh Kiều lần thứ XII, nhiệm kỳ 2020-2025 khai mạc để đánh giá kết quả thực hiện Nghị quyết Đại hội Đảng bộ quận lần thứ XI.$$);
SELECT key, issued, term FROM gb_citations($$Đoàn kiểm tra việc thực hiện Quy định số 08-QĐi/TW; ngày 25-10-2018, Quy định số 37-QĐ/TW, ngày 25-10-2021 của Bộ Chính trị.$$);
SELECT key, subject FROM gb_citations($$Thực hiện Kế hoạch 207-KH/TU ngày 12/8/2019 của Tỉnh ủy về triển khai Chỉ thị 35, các huyện, thành, thị, đảng ủy trực thuộc đã chọn 91 tổ chức cơ sở đảng làm điểm.$$);

-- stop 42, s42-subj: at AT1, av AV2. A subject ends at the recipients of quán triệt ("đến từng cấp ủy"), at a tense word before "được <body> ban hành", at ", là"; "đến năm 2030" stays
SELECT number, issuer, subject FROM gb_citations($$Ban Thường vụ Thành ủy đã chỉ đạo việc quán triệt, triển khai nghiêm túc Chỉ thị số 10-CT/TW của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ đến từng cấp ủy và đảng viên trong đảng bộ.$$)
UNION ALL
SELECT number, issuer, subject FROM gb_citations($$Quy định số 96-QĐ/TW về việc lấy phiếu tín nhiệm trong hệ thống chính trị vừa được Bộ Chính trị ban hành quy định cụ thể.$$)
UNION ALL
SELECT number, issuer, subject FROM gb_citations($$Ban Chấp hành Trung ương đã ban hành Nghị quyết số 21-NQ/TW về tăng cường củng cố tổ chức cơ sở đảng trong giai đoạn mới, là sự khẳng định tầm quan trọng của cơ sở.$$)
UNION ALL
SELECT number, issuer, subject FROM gb_citations($$Hội nghị quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ đến năm 2030.$$);

-- stop 42, s42-subj: av AV5, aw AW9. A headline's time stamp is no part of the subject; a quotation opened after "về việc" and never closed runs on
SELECT number, subject FROM gb_citations($$Bộ Chính trị yêu cầu thay thế Quy định 213 về đảng viên nơi cư trú 09/01/2026 08:52
Bộ Chính trị yêu cầu Ban Tổ chức Trung ương sớm tham mưu.$$)
UNION ALL
SELECT number, subject FROM gb_citations($$Thực hiện theo Đề án số 06-ĐA/TU của Thành ủy Hà Nội về việc “kiện toàn sắp xếp tổ chức Đảng trên địa bàn dân cư,

Sau khi sáp nhập, phường có 11 chi bộ.$$);

-- stop 42, s42-cite2: aw AW5, au AU7. What a list's last document has written after it is the list's: numbers under one type share its date and subject; a subject after an issuer written once is shared as the issuer is, not one naming a document
SELECT key, issued, issuer, subject FROM gb_citations($$Theo Quyết định số: 4854- QĐ/QU và 4855-QĐ/QU ngày 13/05/2024 của Quận ủy Thanh Xuân về chuẩn y kết nạp đảng viên.$$)
UNION ALL
SELECT key, issued, issuer, subject FROM gb_citations($$Thực hiện Nghị quyết số 53-NQ/TW, Kết luận số 27-KL/TW của Bộ Chính trị về phát triển kinh tế-xã hội vùng Đông Nam Bộ.$$)
UNION ALL
SELECT key, issued, issuer, subject FROM gb_citations($$Thực hiện Chỉ thị số 05-CT/TW, Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.$$);

-- stop 42, s42-cite2: av AV3. "được ban hành vào ngày D" dates the document; "Tại <document> ... ngày D, <body> <verb>": the body speaking in it issued it, the day closing its phrase is its issue date; after "Theo" neither
SELECT key, issued, issuer, subject FROM gb_citations($$Quy định số 131-QĐ/TW về kiểm soát quyền lực, được ban hành vào ngày 27/10/2023, đã mang lại nhiều điểm mới.$$)
UNION ALL
SELECT key, issued, issuer, subject FROM gb_citations($$Tại Công văn số 59-CV/BCĐ về việc sắp xếp đơn vị sự nghiệp trong hệ thống chính trị ngày 12/9/2025, Ban Chỉ đạo Trung ương về tổng kết Nghị quyết số 18-NQ/TW đề nghị các cơ quan khẩn trương thực hiện.$$)
UNION ALL
SELECT key, issued, issuer, subject FROM gb_citations($$Theo Công văn số 59-CV/BCĐ về việc sắp xếp đơn vị sự nghiệp ngày 12/9/2025, Ban Chỉ đạo Trung ương đề nghị các cơ quan khẩn trương thực hiện.$$);

-- stop 43, s43-tidy: a list's number with no date of its own takes the last one's term with its date; one dated of its own does not
SELECT key, issued, issuer, term FROM gb_citations($$Hội nghị đã quán triệt Nghị quyết số 43/2022/QH15 và 44/2022/QH15 ngày 11/1/2022 của Quốc hội khóa XV về chính sách tài khóa.$$)
UNION ALL
SELECT key, issued, issuer, term FROM gb_citations($$Hội nghị đã quán triệt Nghị quyết số 43/2022/QH15 ngày 5/1/2022 và 44/2022/QH15 ngày 11/1/2022 của Quốc hội khóa XV về chính sách tài khóa.$$);

-- stop 43, s43-cite: ay AY6, az AZ6, ba BA11. A title written as an act right after the issuer ("giới thiệu", "hợp nhất", "hướng dẫn kiểm điểm"), and "tiếp tục" after "và", is the subject; not after a tense word
SELECT key, issuer, subject FROM gb_citations($$Đồng chí A trình bày Tờ trình số 114 ngày 19/7/2024 của Ban Thường vụ Tỉnh ủy giới thiệu nhân sự bầu giữ chức danh Chủ tịch HĐND tỉnh.$$)
UNION ALL
SELECT key, issuer, subject FROM gb_citations($$Hội nghị quán triệt Hướng dẫn số 21-HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng hàng năm.$$)
UNION ALL
SELECT key, issuer, subject FROM gb_citations($$Tờ trình số 115 của Ban Thường vụ Tỉnh ủy đã giới thiệu nhân sự bầu giữ chức danh Chủ tịch HĐND tỉnh.$$);

-- stop 43, s43-cite: az AZ5, AZ10, ba BA7. "sẽ" ends a subject; "về nội dung này" is none; after "Theo Quyết định <code>," the body of its level that "công nhận" issued it
SELECT key, issuer, subject FROM gb_citations($$Việc ban hành Quy định 80 về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử sẽ bảo đảm sự đồng bộ, thống nhất.$$)
UNION ALL
SELECT key, issuer, subject FROM gb_citations($$Quy định này thay thế Quy định số 124 năm 2023 về nội dung này.$$)
UNION ALL
SELECT key, issuer, subject FROM gb_citations($$Theo Quyết định số 40-QĐ/TW, Ban Bí thư Trung ương Đảng công nhận Đảng bộ Khối.$$);

-- stop 44, s44-keys: bb BB11, BB13, bd BD2. A city's spellings fold in an issuer's key; a central body's "TU" is its TW; "MTTQVN" in one word; a mass organization's congress numbered by "khóa"
SELECT key, code FROM gb_citations($$Thực hiện Nghị quyết số 26 của Thành ủy TPHCM về phát triển đô thị.$$)
UNION ALL
SELECT key, code FROM gb_citations($$Thực hiện Nghị quyết số 26 của Thành ủy TP. Hồ Chí Minh về phát triển đô thị.$$)
UNION ALL
SELECT key, code FROM gb_citations($$Chỉ thị số 35-CT/TU ngày 14-6-2024 của Bộ Chính trị về Đại hội đảng bộ các cấp.$$)
UNION ALL
SELECT key, code FROM gb_citations($$Thực hiện Nghị quyết Đại hội đại biểu MTTQVN tỉnh lần thứ IX.$$)
UNION ALL
SELECT key, code FROM gb_citations($$Thực hiện Nghị quyết Đại hội Đoàn tỉnh khoá XIV, nhiệm kỳ 2017-2022.$$);

-- stop 44, s44-cite: be1 a plenum's resolution written without "Hội nghị"; be2 "37/TW" takes its kind's letters (a local code keeps its own); be3 "của BCT" issues a Party document (a ministry's decision "của BCT" has none); bc8 "về tổng kết Nghị quyết 18, …" keeps the document reviewed; bc9 "điều chỉnh, bổ sung …" opens a subject; be9 a subject ends before ", trong thời gian qua," after a fronted clause and before "và Kế hoạch của <body>"
SELECT key, code, issuer, term, subject FROM gb_citations($$Hội nghị quán triệt Nghị quyết lần thứ 7 BCH Trung ương Đảng khóa X.$$)
UNION ALL
SELECT key, code, issuer, term, subject FROM gb_citations($$Thực hiện Chỉ thị số 37/TW ngày 4/8/2009 của Bộ Chính trị về đại hội đảng bộ các cấp.$$)
UNION ALL
SELECT key, code, issuer, term, subject FROM gb_citations($$Thực hiện Chỉ thị số 37-CT/TU ngày 4/8/2009 của Tỉnh ủy về đại hội.$$)
UNION ALL
SELECT key, code, issuer, term, subject FROM gb_citations($$Thực hiện chỉ thị số 36 ngày 30/5/2014 của BCT, BCHTƯ; kế hoạch số 126 của Thành ủy.$$)
UNION ALL
SELECT key, code, issuer, term, subject FROM gb_citations($$Thực hiện Quyết định số 36 ngày 30/5/2014 của BCT về thương mại.$$)
UNION ALL
SELECT key, code, issuer, term, subject FROM gb_citations($$Thực hiện Kết luận 121-KL/TW ngày 24/1/2025 của Ban Chấp hành Trung ương Đảng về tổng kết Nghị quyết 18, gắn với việc thành lập các đảng bộ mới.$$)
UNION ALL
SELECT key, code, issuer, term, subject FROM gb_citations($$Thực hiện Kết luận số 118-KL/TW ngày 18/1/2025 điều chỉnh, bổ sung một số nội dung Chỉ thị 35.$$)
UNION ALL
SELECT key, code, issuer, term, subject FROM gb_citations($$Thực hiện Chỉ thị số 46-CT/TW ngày 16/5/2025 của Bộ Chính trị về lãnh đạo cuộc bầu cử nhiệm kỳ 2026 - 2031, trong thời gian qua, Đảng ủy xã đã tập trung lãnh đạo.$$)
UNION ALL
SELECT key, code, issuer, term, subject FROM gb_citations($$Thực hiện Kế hoạch số 365-KH/TU ngày 30/8/2024 của Ban Thường vụ Tỉnh ủy về tổ chức đại hội nhiệm kỳ 2025 - 2030 và Kế hoạch của Ban Thường vụ Huyện ủy.$$);

-- stop 44, s44-cite2: BB5 ". (4)" ends a sentence, and the subject with it; BB6 "gắn với kết quả thực hiện <document>" ends a subject, comma or not; BB4 a comma before "lần thứ" keeps a congress's name
SELECT key, subject FROM gb_citations($$Hội nghị sơ kết 3 năm thực hiện Nghị quyết số 26-NQ/TU của Thành ủy về xây dựng Khu đô thị mới Thủ Thiêm trước năm 2030. (4) Báo cáo tình hình kinh tế - xã hội.$$)
UNION ALL
SELECT key, subject FROM gb_citations($$Quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp gắn với kết quả thực hiện Nghị quyết số 18-NQ/TW.$$)
UNION ALL
SELECT key, subject FROM gb_citations($$Thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ quận Ninh Kiều, lần thứ XI.$$);

-- stop 45, s45-cite2: bh BH6 a quoted title of 39 tokens closes at its quote; bf BF6 a personnel decision's act ("chuẩn y") opens its subject after the issuer; bg BG3 a post's issuer ends before its holder's name; bi BI10 a plenum's count listed after a colon gives its issuer and term; bg BG9 a bare congress far below the Party's, with a named Đảng bộ as subject, is that Đảng bộ's
SELECT key, issuer, term, subject FROM gb_citations($$Tỉnh ủy ban hành Kế hoạch số 55-KH/TU về đột phá “Phát triển khoa học - công nghệ, đổi mới sáng tạo và chuyển đổi số; đẩy mạnh cải cách hành chính, xây dựng nền hành chính chuyên nghiệp, hiện đại, hiệu lực, hiệu quả”.$$)
UNION ALL
SELECT key, issuer, term, subject FROM gb_citations($$Quyết định số 1674-QĐNS/TW ngày 12/11/2024 của Bộ Chính trị chuẩn y chức danh Bí thư Tỉnh ủy Nghệ An đối với đồng chí Nguyễn Đức Trung.$$)
UNION ALL
SELECT key, issuer, term, subject FROM gb_citations($$Hội nghị công bố Quyết định số 10599/QĐ-BCT của Bộ trưởng Bộ Công Thương Vũ Huy Hoàng về việc bổ nhiệm cán bộ.$$)
UNION ALL
SELECT key, issuer, term, subject FROM gb_citations($$Hội nghị lần thứ 7 Ban chấp hành Trung ương khóa XII đã thảo luận và thông qua 3 nghị quyết: Nghị quyết số 26-NQ/TW “về tập trung xây dựng đội ngũ cán bộ các cấp”; Nghị quyết số 27-NQ/TW “về cải cách chính sách tiền lương”.$$)
UNION ALL
SELECT key, issuer, term, subject FROM gb_citations($$Nhiệm kỳ 2020-2025, Đảng bộ VDB vẫn giữ ổn định hoạt động, đạt hầu hết mục tiêu Nghị quyết Đại hội III.$$);

-- stop 45, s45-cite: BB3 a congress's years in brackets do not end a list of congress resolutions sharing "Nghị quyết"; BB15 "một số vấn đề" opens a title right after the date; BD8 the body proposing "tại" a document issues it, "ngày 1.9/2016" is a date, ", một trong những … là" ends a fronted clause's subject
SELECT key, issuer, issued, subject FROM gb_citations($$Thành ủy nghe báo cáo tình hình thực hiện Nghị quyết Đại hội XIII của Đảng và Đại hội Đảng bộ thành phố lần thứ XVII (nhiệm kỳ 2020-2025) từ đầu nhiệm kỳ đến nay.$$)
UNION ALL
SELECT key, issuer, issued, subject FROM gb_citations($$Thực hiện Nghị quyết số 18-NQ/TW ngày 25-10-2017 một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị.$$)
UNION ALL
SELECT key, issuer, issued, subject FROM gb_citations($$Xét đề nghị của Ban Tổ chức Tỉnh ủy tại Tờ trình số 1508-TTr/BTCTU, ngày 26/7/2023, Ban Thường vụ Tỉnh ủy đã biểu quyết thông qua.$$)
UNION ALL
SELECT key, issuer, issued, subject FROM gb_citations($$Căn cứ Thông báo số 389/TB-TU, ngày 1.9/2016 của Ban Thường vụ Tỉnh ủy về công tác cán bộ, Hội đồng đã họp.$$)
UNION ALL
SELECT key, issuer, issued, subject FROM gb_citations($$Theo Chỉ thị số 16 của Ban Bí thư về lãnh đạo Đại hội Hội Nông dân các cấp, nhiệm kỳ 2023-2028, một trong những nhiệm vụ trọng tâm đó là tổ chức đại hội đúng tiến độ.$$);
