--
-- gb_normalize and gb_fold: NFC, tone placement, spaces, dashes, quotes
--
-- NFD input gives the same bytes as NFC input
SELECT gb_normalize(normalize('Trương Thị Mai, Ủy viên Bộ Chính trị', NFD))
     = 'Trương Thị Mai, Ủy viên Bộ Chính trị' AS nfd_is_nfc;
-- old tone placement becomes the one of Party documents: hóa, khỏe, ủy
SELECT gb_normalize('Uỷ ban, cụ thể hoá, sức khoẻ, Thuỷ, hoà bình, thuý') AS tones;
-- but "quý", "khuỷu", "hoàn", "thuyết" are other shapes and stay
SELECT gb_normalize('quý IV, khuỷu tay, hoàn thành, thuyết phục, QUÝ') AS untouched;
-- upper case too
SELECT gb_normalize('UỶ BAN KIỂM TRA, HOÁ') AS upper_tones;
-- NFD and old tone placement together
SELECT gb_normalize(normalize('Uỷ viên', NFD)) = 'Ủy viên' AS nfd_old_style;
-- non-breaking and odd spaces, dashes, smart quotes, invisible characters
SELECT gb_normalize('Quy' || chr(160) || 'định 205' || chr(8211) || 'QĐ/TW' || chr(8201)
                    || chr(8220) || 'trích' || chr(8221) || chr(8203) || ' ' || chr(8216) || 'x' || chr(8217)) AS unified;
-- line ends: \r\n and \r become \n
SELECT gb_normalize('a' || chr(13) || chr(10) || 'b' || chr(13) || 'c') = E'a\nb\nc' AS line_ends;
-- Icelandic Eth, a look-alike of Đ in converted documents
SELECT gb_normalize(chr(208) || 'ảng') AS eth;
-- empty and NULL
SELECT gb_normalize('') = '' AS empty, gb_normalize(NULL) IS NULL AS null_in;

SELECT gb_fold('Trương Thị Mai') AS fold;
SELECT gb_fold('  ĐẢNG   CỘNG' || chr(160) || 'SẢN' || E'\n' || 'Việt Nam  ') AS fold_spaces;
SELECT gb_fold(normalize('Nguyễn Phú Trọng', NFD)) = gb_fold('Nguyễn Phú Trọng') AS fold_nfd;
SELECT gb_fold('Uỷ ban') = gb_fold('Ủy ban') AS fold_tones;
SELECT gb_fold('') = '' AS empty, gb_fold(NULL) IS NULL AS null_in;

-- declared immutable and parallel safe, as the contract says
SELECT proname, provolatile, proparallel, proisstrict
FROM pg_catalog.pg_proc
WHERE proname IN ('gb_normalize', 'gb_fold', 'gb_extract', 'gb_citations', 'gb_officials')
ORDER BY proname;
