--
-- What is not a citation
--
-- 10. plural type words, types with no number, events, verbs, figures
SELECT count(*) AS citations FROM gb_citations(
    'Triển khai các nghị quyết, quy định, kết luận, chỉ thị,... của Trung ương; '
    'thực hiện nghiêm quy định của Đảng; Quyết định này có hiệu lực; QUYẾT ĐỊNH: '
    'tiến tới Đại hội XIII của Đảng; trình Hội nghị Trung ương 4 khóa XIII; '
    'kết quả Hội nghị Trung ương 10 (khóa XII); Bộ Chính trị quyết định thành lập; '
    'đã hoàn thành 10/15 đề án; 63/63 tỉnh, thành phố; kế hoạch 5 năm; '
    'Nghị quyết Đại hội Đảng bộ tỉnh; Chỉ thị của Ban Bí thư về Tết; '
    'hướng dẫn một số nội dung; Sở Nội vụ số 3 đường Lê Lợi; quyết định 2 lần.');
-- "số" is not "Sở": a document of the Sở is still found when it has its number
SELECT kind, number, code FROM gb_citations('Luật Sở hữu trí tuệ số 07/2022/QH15 năm 2022.');
