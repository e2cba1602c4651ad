-- reference.sql: reference tables shipped with giaoban (issue 5).
--
-- A fragment of the install script: run by CREATE EXTENSION after the
-- functions are defined.  Every object lives in @extschema@; the tables are
-- data of the extension itself, recreated by CREATE EXTENSION, so they are
-- not registered with pg_extension_config_dump.
--
-- Keys (name_key, alias_key) are gb_fold() of the text: lower case, no
-- diacritics, đ -> d, single spaces, punctuation kept ("tp.hcm").  They are
-- written out as literals so that the data does not depend on the C code at
-- install time; the regression test checks them against gb_fold().
--
-- Provinces: two eras.
--   era '63': the 63 provincial-level units in force from 1/8/2008 (Hà Tây
--     merged into Hà Nội, Nghị quyết 15/2008/QH12) to 30/6/2025.  Codes of
--     the national list of administrative units (Quyết định 124/2004/QĐ-TTg
--     and its updates).
--   era '34': the 34 units of Nghị quyết 202/2025/QH15 of the National
--     Assembly (12/6/2025; in force when adopted, the new units operate from
--     1/7/2025): 28 tỉnh and 6 thành phố trực thuộc trung ương.  Codes of
--     Quyết định 19/2025/QĐ-TTg (30/6/2025, applied from 1/7/2025), which
--     replaced the 2004 list.
--   No new codes were created in 2025: every one of the 34 keeps the code of
--   one of the units it was formed from, the one where its political-
--   administrative centre is (the seat named in the list attached to Nghị
--   quyết 60-NQ/TW of 12/4/2025).  Where the seat is not the namesake the
--   new unit takes the seat's code: Lào Cai 15 (seat in Yên Bái), Bắc Ninh
--   24 (Bắc Giang), Quảng Trị 44 (Quảng Bình), Gia Lai 52 (Bình Định), Tây
--   Ninh 80 (Long An), Đồng Tháp 82 (Tiền Giang), An Giang 91 (Kiên Giang).
--   So codes 10, 27, 45, 64, 72, 87 and 89 are no longer in use.
--   Sources: the codes of the 34 as published by thanglequoc/
--   vietnamese-provinces-database from Quyết định 19/2025/QĐ-TTg
--   (dataset-generation-scripts/resources/manual_decree_seeds/
--   provinces_seed.sql, release v3.0.2 "Breaking Change: Nghị Quyết
--   202/2025/QH15"); ngoisao.vn "Mã số chi tiết đơn vị hành chính của 34
--   tỉnh thành mới sau sáp nhập" (8/7/2025) on Quyết định 19/2025/QĐ-TTg;
--   the merges and seats: baoquocte.vn / baothanhhoa.vn "Danh sách dự kiến
--   tên gọi ... 34 đơn vị hành chính cấp tỉnh (kèm theo Nghị quyết số
--   60-NQ/TW)", nghean24h.vn "34 tỉnh thành dự kiến hoạt động từ ngày
--   1/7/2025", vietaustralia.com "Official new map of Vietnam's 34
--   provinces and cities after the 2025 merger", vietnamnews.vn "Việt Nam
--   sets two-tier local government system" (4/7/2025), vietnamnet.vn (Tây
--   Ninh seat in Tân An), en.qdnd.vn (Đồng Tháp seat in Mỹ Tho), nld.com.vn
--   (An Giang seat in Kiên Giang), tintucquynhon.com (Gia Lai seat in Bình
--   Định); Thành phố Huế: Nghị quyết 175/2024/QH15 (30/11/2024, from
--   1/1/2025).


-- ---------------------------------------------------------------------------
-- Provinces
-- ---------------------------------------------------------------------------

CREATE TABLE @extschema@.gb_province (
    code        pg_catalog.text NOT NULL CHECK (code OPERATOR(pg_catalog.~) '^[0-9]{2}$'),
    era         pg_catalog.text NOT NULL CHECK (era OPERATOR(pg_catalog.=) ANY (ARRAY['63', '34'])),
    name        pg_catalog.text NOT NULL,
    short_name  pg_catalog.text NOT NULL,
    name_key    pg_catalog.text NOT NULL,
    kind        pg_catalog.text NOT NULL
                CHECK (kind OPERATOR(pg_catalog.=) ANY (ARRAY['tỉnh', 'thành phố trực thuộc trung ương'])),
    valid_from  pg_catalog.date NOT NULL,
    valid_to    pg_catalog.date,
    note        pg_catalog.text,
    PRIMARY KEY (code, era),
    UNIQUE (era, name_key)
);
CREATE INDEX gb_province_name_key_idx ON @extschema@.gb_province (name_key);

COMMENT ON TABLE @extschema@.gb_province IS
    'Vietnam''s provincial-level units: the 63 before (era ''63'', 1/8/2008 - 30/6/2025) and the 34 after (era ''34'', from 1/7/2025) the reorganization of Nghị quyết 202/2025/QH15; one row per unit and era.';
COMMENT ON COLUMN @extschema@.gb_province.code IS
    'Official two-digit code: the national list of administrative units for era 63, Quyết định 19/2025/QĐ-TTg for era 34 (each of the 34 keeps the code of the unit that hosts its centre).';
COMMENT ON COLUMN @extschema@.gb_province.era IS
    '''63'' (before 1/7/2025) or ''34'' (from 1/7/2025).';
COMMENT ON COLUMN @extschema@.gb_province.name IS
    'Official name with its kind, e.g. Thành phố Hà Nội, Tỉnh Lạng Sơn (tone placement as gb_normalize: Hòa, Hóa).';
COMMENT ON COLUMN @extschema@.gb_province.short_name IS
    'Name without its kind, as reports write it: Hà Nội, Lạng Sơn, Hồ Chí Minh.';
COMMENT ON COLUMN @extschema@.gb_province.name_key IS
    'gb_fold(short_name): ha noi, lang son.';
COMMENT ON COLUMN @extschema@.gb_province.kind IS
    '''tỉnh'' or ''thành phố trực thuộc trung ương''.';
COMMENT ON COLUMN @extschema@.gb_province.valid_from IS
    'First day of the era.';
COMMENT ON COLUMN @extschema@.gb_province.valid_to IS
    'Last day of the era (inclusive); NULL if current.';
COMMENT ON COLUMN @extschema@.gb_province.note IS
    'How the unit was formed, renamings inside the era.';

INSERT INTO @extschema@.gb_province
    (code, era, name, short_name, name_key, kind, valid_from, valid_to, note)
VALUES
    ('01', '63', 'Thành phố Hà Nội', 'Hà Nội', 'ha noi', 'thành phố trực thuộc trung ương', '2008-08-01', '2025-06-30', 'Enlarged on 1/8/2008 by the merger of Hà Tây (Nghị quyết 15/2008/QH12), which brought the count to 63.'),
    ('02', '63', 'Tỉnh Hà Giang', 'Hà Giang', 'ha giang', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('04', '63', 'Tỉnh Cao Bằng', 'Cao Bằng', 'cao bang', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('06', '63', 'Tỉnh Bắc Kạn', 'Bắc Kạn', 'bac kan', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('08', '63', 'Tỉnh Tuyên Quang', 'Tuyên Quang', 'tuyen quang', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('10', '63', 'Tỉnh Lào Cai', 'Lào Cai', 'lao cai', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('11', '63', 'Tỉnh Điện Biên', 'Điện Biên', 'dien bien', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('12', '63', 'Tỉnh Lai Châu', 'Lai Châu', 'lai chau', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('14', '63', 'Tỉnh Sơn La', 'Sơn La', 'son la', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('15', '63', 'Tỉnh Yên Bái', 'Yên Bái', 'yen bai', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('17', '63', 'Tỉnh Hòa Bình', 'Hòa Bình', 'hoa binh', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('19', '63', 'Tỉnh Thái Nguyên', 'Thái Nguyên', 'thai nguyen', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('20', '63', 'Tỉnh Lạng Sơn', 'Lạng Sơn', 'lang son', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('22', '63', 'Tỉnh Quảng Ninh', 'Quảng Ninh', 'quang ninh', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('24', '63', 'Tỉnh Bắc Giang', 'Bắc Giang', 'bac giang', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('25', '63', 'Tỉnh Phú Thọ', 'Phú Thọ', 'phu tho', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('26', '63', 'Tỉnh Vĩnh Phúc', 'Vĩnh Phúc', 'vinh phuc', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('27', '63', 'Tỉnh Bắc Ninh', 'Bắc Ninh', 'bac ninh', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('30', '63', 'Tỉnh Hải Dương', 'Hải Dương', 'hai duong', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('31', '63', 'Thành phố Hải Phòng', 'Hải Phòng', 'hai phong', 'thành phố trực thuộc trung ương', '2008-08-01', '2025-06-30', NULL),
    ('33', '63', 'Tỉnh Hưng Yên', 'Hưng Yên', 'hung yen', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('34', '63', 'Tỉnh Thái Bình', 'Thái Bình', 'thai binh', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('35', '63', 'Tỉnh Hà Nam', 'Hà Nam', 'ha nam', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('36', '63', 'Tỉnh Nam Định', 'Nam Định', 'nam dinh', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('37', '63', 'Tỉnh Ninh Bình', 'Ninh Bình', 'ninh binh', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('38', '63', 'Tỉnh Thanh Hóa', 'Thanh Hóa', 'thanh hoa', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('40', '63', 'Tỉnh Nghệ An', 'Nghệ An', 'nghe an', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('42', '63', 'Tỉnh Hà Tĩnh', 'Hà Tĩnh', 'ha tinh', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('44', '63', 'Tỉnh Quảng Bình', 'Quảng Bình', 'quang binh', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('45', '63', 'Tỉnh Quảng Trị', 'Quảng Trị', 'quang tri', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('46', '63', 'Thành phố Huế', 'Huế', 'hue', 'thành phố trực thuộc trung ương', '2008-08-01', '2025-06-30', 'Tỉnh Thừa Thiên Huế until 31/12/2024; Thành phố Huế trực thuộc trung ương from 1/1/2025 (Nghị quyết 175/2024/QH15 of 30/11/2024). The row gives the name at the end of the era.'),
    ('48', '63', 'Thành phố Đà Nẵng', 'Đà Nẵng', 'da nang', 'thành phố trực thuộc trung ương', '2008-08-01', '2025-06-30', NULL),
    ('49', '63', 'Tỉnh Quảng Nam', 'Quảng Nam', 'quang nam', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('51', '63', 'Tỉnh Quảng Ngãi', 'Quảng Ngãi', 'quang ngai', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('52', '63', 'Tỉnh Bình Định', 'Bình Định', 'binh dinh', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('54', '63', 'Tỉnh Phú Yên', 'Phú Yên', 'phu yen', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('56', '63', 'Tỉnh Khánh Hòa', 'Khánh Hòa', 'khanh hoa', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('58', '63', 'Tỉnh Ninh Thuận', 'Ninh Thuận', 'ninh thuan', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('60', '63', 'Tỉnh Bình Thuận', 'Bình Thuận', 'binh thuan', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('62', '63', 'Tỉnh Kon Tum', 'Kon Tum', 'kon tum', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('64', '63', 'Tỉnh Gia Lai', 'Gia Lai', 'gia lai', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('66', '63', 'Tỉnh Đắk Lắk', 'Đắk Lắk', 'dak lak', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('67', '63', 'Tỉnh Đắk Nông', 'Đắk Nông', 'dak nong', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('68', '63', 'Tỉnh Lâm Đồng', 'Lâm Đồng', 'lam dong', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('70', '63', 'Tỉnh Bình Phước', 'Bình Phước', 'binh phuoc', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('72', '63', 'Tỉnh Tây Ninh', 'Tây Ninh', 'tay ninh', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('74', '63', 'Tỉnh Bình Dương', 'Bình Dương', 'binh duong', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('75', '63', 'Tỉnh Đồng Nai', 'Đồng Nai', 'dong nai', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('77', '63', 'Tỉnh Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'ba ria - vung tau', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('79', '63', 'Thành phố Hồ Chí Minh', 'Hồ Chí Minh', 'ho chi minh', 'thành phố trực thuộc trung ương', '2008-08-01', '2025-06-30', NULL),
    ('80', '63', 'Tỉnh Long An', 'Long An', 'long an', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('82', '63', 'Tỉnh Tiền Giang', 'Tiền Giang', 'tien giang', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('83', '63', 'Tỉnh Bến Tre', 'Bến Tre', 'ben tre', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('84', '63', 'Tỉnh Trà Vinh', 'Trà Vinh', 'tra vinh', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('86', '63', 'Tỉnh Vĩnh Long', 'Vĩnh Long', 'vinh long', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('87', '63', 'Tỉnh Đồng Tháp', 'Đồng Tháp', 'dong thap', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('89', '63', 'Tỉnh An Giang', 'An Giang', 'an giang', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('91', '63', 'Tỉnh Kiên Giang', 'Kiên Giang', 'kien giang', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('92', '63', 'Thành phố Cần Thơ', 'Cần Thơ', 'can tho', 'thành phố trực thuộc trung ương', '2008-08-01', '2025-06-30', NULL),
    ('93', '63', 'Tỉnh Hậu Giang', 'Hậu Giang', 'hau giang', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('94', '63', 'Tỉnh Sóc Trăng', 'Sóc Trăng', 'soc trang', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('95', '63', 'Tỉnh Bạc Liêu', 'Bạc Liêu', 'bac lieu', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('96', '63', 'Tỉnh Cà Mau', 'Cà Mau', 'ca mau', 'tỉnh', '2008-08-01', '2025-06-30', NULL),
    ('01', '34', 'Thành phố Hà Nội', 'Hà Nội', 'ha noi', 'thành phố trực thuộc trung ương', '2025-07-01', NULL, 'Not merged; same unit and code as before 1/7/2025.'),
    ('04', '34', 'Tỉnh Cao Bằng', 'Cao Bằng', 'cao bang', 'tỉnh', '2025-07-01', NULL, 'Not merged; same unit and code as before 1/7/2025.'),
    ('08', '34', 'Tỉnh Tuyên Quang', 'Tuyên Quang', 'tuyen quang', 'tỉnh', '2025-07-01', NULL, 'Formed from Tuyên Quang (08) and Hà Giang (02); keeps the code of Tuyên Quang, where its political-administrative centre is.'),
    ('11', '34', 'Tỉnh Điện Biên', 'Điện Biên', 'dien bien', 'tỉnh', '2025-07-01', NULL, 'Not merged; same unit and code as before 1/7/2025.'),
    ('12', '34', 'Tỉnh Lai Châu', 'Lai Châu', 'lai chau', 'tỉnh', '2025-07-01', NULL, 'Not merged; same unit and code as before 1/7/2025.'),
    ('14', '34', 'Tỉnh Sơn La', 'Sơn La', 'son la', 'tỉnh', '2025-07-01', NULL, 'Not merged; same unit and code as before 1/7/2025.'),
    ('15', '34', 'Tỉnh Lào Cai', 'Lào Cai', 'lao cai', 'tỉnh', '2025-07-01', NULL, 'Formed from Yên Bái (15) and Lào Cai (10); keeps the code of Yên Bái, where its political-administrative centre is.'),
    ('19', '34', 'Tỉnh Thái Nguyên', 'Thái Nguyên', 'thai nguyen', 'tỉnh', '2025-07-01', NULL, 'Formed from Thái Nguyên (19) and Bắc Kạn (06); keeps the code of Thái Nguyên, where its political-administrative centre is.'),
    ('20', '34', 'Tỉnh Lạng Sơn', 'Lạng Sơn', 'lang son', 'tỉnh', '2025-07-01', NULL, 'Not merged; same unit and code as before 1/7/2025.'),
    ('22', '34', 'Tỉnh Quảng Ninh', 'Quảng Ninh', 'quang ninh', 'tỉnh', '2025-07-01', NULL, 'Not merged; same unit and code as before 1/7/2025.'),
    ('24', '34', 'Tỉnh Bắc Ninh', 'Bắc Ninh', 'bac ninh', 'tỉnh', '2025-07-01', NULL, 'Formed from Bắc Giang (24) and Bắc Ninh (27); keeps the code of Bắc Giang, where its political-administrative centre is.'),
    ('25', '34', 'Tỉnh Phú Thọ', 'Phú Thọ', 'phu tho', 'tỉnh', '2025-07-01', NULL, 'Formed from Phú Thọ (25) and Vĩnh Phúc (26), Hòa Bình (17); keeps the code of Phú Thọ, where its political-administrative centre is.'),
    ('31', '34', 'Thành phố Hải Phòng', 'Hải Phòng', 'hai phong', 'thành phố trực thuộc trung ương', '2025-07-01', NULL, 'Formed from Hải Phòng (31) and Hải Dương (30); keeps the code of Hải Phòng, where its political-administrative centre is.'),
    ('33', '34', 'Tỉnh Hưng Yên', 'Hưng Yên', 'hung yen', 'tỉnh', '2025-07-01', NULL, 'Formed from Hưng Yên (33) and Thái Bình (34); keeps the code of Hưng Yên, where its political-administrative centre is.'),
    ('37', '34', 'Tỉnh Ninh Bình', 'Ninh Bình', 'ninh binh', 'tỉnh', '2025-07-01', NULL, 'Formed from Ninh Bình (37) and Hà Nam (35), Nam Định (36); keeps the code of Ninh Bình, where its political-administrative centre is.'),
    ('38', '34', 'Tỉnh Thanh Hóa', 'Thanh Hóa', 'thanh hoa', 'tỉnh', '2025-07-01', NULL, 'Not merged; same unit and code as before 1/7/2025.'),
    ('40', '34', 'Tỉnh Nghệ An', 'Nghệ An', 'nghe an', 'tỉnh', '2025-07-01', NULL, 'Not merged; same unit and code as before 1/7/2025.'),
    ('42', '34', 'Tỉnh Hà Tĩnh', 'Hà Tĩnh', 'ha tinh', 'tỉnh', '2025-07-01', NULL, 'Not merged; same unit and code as before 1/7/2025.'),
    ('44', '34', 'Tỉnh Quảng Trị', 'Quảng Trị', 'quang tri', 'tỉnh', '2025-07-01', NULL, 'Formed from Quảng Bình (44) and Quảng Trị (45); keeps the code of Quảng Bình, where its political-administrative centre is.'),
    ('46', '34', 'Thành phố Huế', 'Huế', 'hue', 'thành phố trực thuộc trung ương', '2025-07-01', NULL, 'Not merged; same unit and code as before 1/7/2025.'),
    ('48', '34', 'Thành phố Đà Nẵng', 'Đà Nẵng', 'da nang', 'thành phố trực thuộc trung ương', '2025-07-01', NULL, 'Formed from Đà Nẵng (48) and Quảng Nam (49); keeps the code of Đà Nẵng, where its political-administrative centre is.'),
    ('51', '34', 'Tỉnh Quảng Ngãi', 'Quảng Ngãi', 'quang ngai', 'tỉnh', '2025-07-01', NULL, 'Formed from Quảng Ngãi (51) and Kon Tum (62); keeps the code of Quảng Ngãi, where its political-administrative centre is.'),
    ('52', '34', 'Tỉnh Gia Lai', 'Gia Lai', 'gia lai', 'tỉnh', '2025-07-01', NULL, 'Formed from Bình Định (52) and Gia Lai (64); keeps the code of Bình Định, where its political-administrative centre is.'),
    ('56', '34', 'Tỉnh Khánh Hòa', 'Khánh Hòa', 'khanh hoa', 'tỉnh', '2025-07-01', NULL, 'Formed from Khánh Hòa (56) and Ninh Thuận (58); keeps the code of Khánh Hòa, where its political-administrative centre is.'),
    ('66', '34', 'Tỉnh Đắk Lắk', 'Đắk Lắk', 'dak lak', 'tỉnh', '2025-07-01', NULL, 'Formed from Đắk Lắk (66) and Phú Yên (54); keeps the code of Đắk Lắk, where its political-administrative centre is.'),
    ('68', '34', 'Tỉnh Lâm Đồng', 'Lâm Đồng', 'lam dong', 'tỉnh', '2025-07-01', NULL, 'Formed from Lâm Đồng (68) and Đắk Nông (67), Bình Thuận (60); keeps the code of Lâm Đồng, where its political-administrative centre is.'),
    ('75', '34', 'Tỉnh Đồng Nai', 'Đồng Nai', 'dong nai', 'tỉnh', '2025-07-01', NULL, 'Formed from Đồng Nai (75) and Bình Phước (70); keeps the code of Đồng Nai, where its political-administrative centre is.'),
    ('79', '34', 'Thành phố Hồ Chí Minh', 'Hồ Chí Minh', 'ho chi minh', 'thành phố trực thuộc trung ương', '2025-07-01', NULL, 'Formed from Hồ Chí Minh (79) and Bình Dương (74), Bà Rịa - Vũng Tàu (77); keeps the code of Hồ Chí Minh, where its political-administrative centre is.'),
    ('80', '34', 'Tỉnh Tây Ninh', 'Tây Ninh', 'tay ninh', 'tỉnh', '2025-07-01', NULL, 'Formed from Long An (80) and Tây Ninh (72); keeps the code of Long An, where its political-administrative centre is.'),
    ('82', '34', 'Tỉnh Đồng Tháp', 'Đồng Tháp', 'dong thap', 'tỉnh', '2025-07-01', NULL, 'Formed from Tiền Giang (82) and Đồng Tháp (87); keeps the code of Tiền Giang, where its political-administrative centre is.'),
    ('86', '34', 'Tỉnh Vĩnh Long', 'Vĩnh Long', 'vinh long', 'tỉnh', '2025-07-01', NULL, 'Formed from Vĩnh Long (86) and Bến Tre (83), Trà Vinh (84); keeps the code of Vĩnh Long, where its political-administrative centre is.'),
    ('91', '34', 'Tỉnh An Giang', 'An Giang', 'an giang', 'tỉnh', '2025-07-01', NULL, 'Formed from Kiên Giang (91) and An Giang (89); keeps the code of Kiên Giang, where its political-administrative centre is.'),
    ('92', '34', 'Thành phố Cần Thơ', 'Cần Thơ', 'can tho', 'thành phố trực thuộc trung ương', '2025-07-01', NULL, 'Formed from Cần Thơ (92) and Hậu Giang (93), Sóc Trăng (94); keeps the code of Cần Thơ, where its political-administrative centre is.'),
    ('96', '34', 'Tỉnh Cà Mau', 'Cà Mau', 'ca mau', 'tỉnh', '2025-07-01', NULL, 'Formed from Cà Mau (96) and Bạc Liêu (95); keeps the code of Cà Mau, where its political-administrative centre is.');


CREATE TABLE @extschema@.gb_province_merge (
    old_code    pg_catalog.text NOT NULL PRIMARY KEY,
    new_code    pg_catalog.text NOT NULL
);
CREATE INDEX gb_province_merge_new_code_idx ON @extschema@.gb_province_merge (new_code);

COMMENT ON TABLE @extschema@.gb_province_merge IS
    'Which of the 63 units (era 63) went into which of the 34 (era 34) on 1/7/2025 (Nghị quyết 202/2025/QH15). Units that were not merged map to themselves; every old unit maps to exactly one new one.';
COMMENT ON COLUMN @extschema@.gb_province_merge.old_code IS
    'gb_province.code of a unit of era 63.';
COMMENT ON COLUMN @extschema@.gb_province_merge.new_code IS
    'gb_province.code of the unit of era 34 it became part of; equal to old_code for the unit that hosts the new centre (and for units not merged).';

INSERT INTO @extschema@.gb_province_merge (old_code, new_code)
VALUES
    ('01', '01'),  -- Hà Nội -> Hà Nội
    ('04', '04'),  -- Cao Bằng -> Cao Bằng
    ('08', '08'),  -- Tuyên Quang -> Tuyên Quang
    ('02', '08'),  -- Hà Giang -> Tuyên Quang
    ('11', '11'),  -- Điện Biên -> Điện Biên
    ('12', '12'),  -- Lai Châu -> Lai Châu
    ('14', '14'),  -- Sơn La -> Sơn La
    ('15', '15'),  -- Yên Bái -> Lào Cai
    ('10', '15'),  -- Lào Cai -> Lào Cai
    ('19', '19'),  -- Thái Nguyên -> Thái Nguyên
    ('06', '19'),  -- Bắc Kạn -> Thái Nguyên
    ('20', '20'),  -- Lạng Sơn -> Lạng Sơn
    ('22', '22'),  -- Quảng Ninh -> Quảng Ninh
    ('24', '24'),  -- Bắc Giang -> Bắc Ninh
    ('27', '24'),  -- Bắc Ninh -> Bắc Ninh
    ('25', '25'),  -- Phú Thọ -> Phú Thọ
    ('26', '25'),  -- Vĩnh Phúc -> Phú Thọ
    ('17', '25'),  -- Hòa Bình -> Phú Thọ
    ('31', '31'),  -- Hải Phòng -> Hải Phòng
    ('30', '31'),  -- Hải Dương -> Hải Phòng
    ('33', '33'),  -- Hưng Yên -> Hưng Yên
    ('34', '33'),  -- Thái Bình -> Hưng Yên
    ('37', '37'),  -- Ninh Bình -> Ninh Bình
    ('35', '37'),  -- Hà Nam -> Ninh Bình
    ('36', '37'),  -- Nam Định -> Ninh Bình
    ('38', '38'),  -- Thanh Hóa -> Thanh Hóa
    ('40', '40'),  -- Nghệ An -> Nghệ An
    ('42', '42'),  -- Hà Tĩnh -> Hà Tĩnh
    ('44', '44'),  -- Quảng Bình -> Quảng Trị
    ('45', '44'),  -- Quảng Trị -> Quảng Trị
    ('46', '46'),  -- Huế -> Huế
    ('48', '48'),  -- Đà Nẵng -> Đà Nẵng
    ('49', '48'),  -- Quảng Nam -> Đà Nẵng
    ('51', '51'),  -- Quảng Ngãi -> Quảng Ngãi
    ('62', '51'),  -- Kon Tum -> Quảng Ngãi
    ('52', '52'),  -- Bình Định -> Gia Lai
    ('64', '52'),  -- Gia Lai -> Gia Lai
    ('56', '56'),  -- Khánh Hòa -> Khánh Hòa
    ('58', '56'),  -- Ninh Thuận -> Khánh Hòa
    ('66', '66'),  -- Đắk Lắk -> Đắk Lắk
    ('54', '66'),  -- Phú Yên -> Đắk Lắk
    ('68', '68'),  -- Lâm Đồng -> Lâm Đồng
    ('67', '68'),  -- Đắk Nông -> Lâm Đồng
    ('60', '68'),  -- Bình Thuận -> Lâm Đồng
    ('75', '75'),  -- Đồng Nai -> Đồng Nai
    ('70', '75'),  -- Bình Phước -> Đồng Nai
    ('79', '79'),  -- Hồ Chí Minh -> Hồ Chí Minh
    ('74', '79'),  -- Bình Dương -> Hồ Chí Minh
    ('77', '79'),  -- Bà Rịa - Vũng Tàu -> Hồ Chí Minh
    ('80', '80'),  -- Long An -> Tây Ninh
    ('72', '80'),  -- Tây Ninh -> Tây Ninh
    ('82', '82'),  -- Tiền Giang -> Đồng Tháp
    ('87', '82'),  -- Đồng Tháp -> Đồng Tháp
    ('86', '86'),  -- Vĩnh Long -> Vĩnh Long
    ('83', '86'),  -- Bến Tre -> Vĩnh Long
    ('84', '86'),  -- Trà Vinh -> Vĩnh Long
    ('91', '91'),  -- Kiên Giang -> An Giang
    ('89', '91'),  -- An Giang -> An Giang
    ('92', '92'),  -- Cần Thơ -> Cần Thơ
    ('93', '92'),  -- Hậu Giang -> Cần Thơ
    ('94', '92'),  -- Sóc Trăng -> Cần Thơ
    ('96', '96'),  -- Cà Mau -> Cà Mau
    ('95', '96');  -- Bạc Liêu -> Cà Mau


CREATE TABLE @extschema@.gb_province_alias (
    alias       pg_catalog.text NOT NULL,
    alias_key   pg_catalog.text NOT NULL,
    code        pg_catalog.text NOT NULL,
    era         pg_catalog.text NOT NULL,
    PRIMARY KEY (alias, era),
    FOREIGN KEY (code, era) REFERENCES @extschema@.gb_province (code, era)
);
CREATE INDEX gb_province_alias_key_idx ON @extschema@.gb_province_alias (alias_key, era);

COMMENT ON TABLE @extschema@.gb_province_alias IS
    'Spellings of province names used in reports (TP.HCM, Sài Gòn, Thừa Thiên - Huế, BR-VT, Đắc Lắc, Thanh Hoá ...), each unit''s short and full name included, per era: an old name such as Bình Dương is an alias in era 63 only (use gb_province_merge to reach era 34). Look up on alias_key = gb_fold(text).';
COMMENT ON COLUMN @extschema@.gb_province_alias.alias IS
    'The spelling as written.';
COMMENT ON COLUMN @extschema@.gb_province_alias.alias_key IS
    'gb_fold(alias); spellings that differ only in accents or tone placement share it (Thanh Hóa / Thanh Hoá).';
COMMENT ON COLUMN @extschema@.gb_province_alias.code IS
    'gb_province.code of the unit named.';
COMMENT ON COLUMN @extschema@.gb_province_alias.era IS
    'Era of the unit named: ''63'' or ''34''.';

INSERT INTO @extschema@.gb_province_alias (alias, alias_key, code, era)
VALUES
    ('Hà Nội', 'ha noi', '01', '63'),
    ('TP Hà Nội', 'tp ha noi', '01', '63'),
    ('TP. Hà Nội', 'tp. ha noi', '01', '63'),
    ('Thành phố Hà Nội', 'thanh pho ha noi', '01', '63'),
    ('Thủ đô Hà Nội', 'thu do ha noi', '01', '63'),
    ('Hà Giang', 'ha giang', '02', '63'),
    ('Tỉnh Hà Giang', 'tinh ha giang', '02', '63'),
    ('Cao Bằng', 'cao bang', '04', '63'),
    ('Tỉnh Cao Bằng', 'tinh cao bang', '04', '63'),
    ('Bắc Cạn', 'bac can', '06', '63'),
    ('Bắc Kạn', 'bac kan', '06', '63'),
    ('Tỉnh Bắc Kạn', 'tinh bac kan', '06', '63'),
    ('Tuyên Quang', 'tuyen quang', '08', '63'),
    ('Tỉnh Tuyên Quang', 'tinh tuyen quang', '08', '63'),
    ('Lào Cai', 'lao cai', '10', '63'),
    ('Tỉnh Lào Cai', 'tinh lao cai', '10', '63'),
    ('Tỉnh Điện Biên', 'tinh dien bien', '11', '63'),
    ('Điện Biên', 'dien bien', '11', '63'),
    ('Lai Châu', 'lai chau', '12', '63'),
    ('Tỉnh Lai Châu', 'tinh lai chau', '12', '63'),
    ('Sơn La', 'son la', '14', '63'),
    ('Tỉnh Sơn La', 'tinh son la', '14', '63'),
    ('Tỉnh Yên Bái', 'tinh yen bai', '15', '63'),
    ('Yên Bái', 'yen bai', '15', '63'),
    ('Hoà Bình', 'hoa binh', '17', '63'),
    ('Hòa Bình', 'hoa binh', '17', '63'),
    ('Tỉnh Hoà Bình', 'tinh hoa binh', '17', '63'),
    ('Tỉnh Hòa Bình', 'tinh hoa binh', '17', '63'),
    ('Thái Nguyên', 'thai nguyen', '19', '63'),
    ('Tỉnh Thái Nguyên', 'tinh thai nguyen', '19', '63'),
    ('Lạng Sơn', 'lang son', '20', '63'),
    ('Tỉnh Lạng Sơn', 'tinh lang son', '20', '63'),
    ('Quảng Ninh', 'quang ninh', '22', '63'),
    ('Tỉnh Quảng Ninh', 'tinh quang ninh', '22', '63'),
    ('Bắc Giang', 'bac giang', '24', '63'),
    ('Tỉnh Bắc Giang', 'tinh bac giang', '24', '63'),
    ('Phú Thọ', 'phu tho', '25', '63'),
    ('Tỉnh Phú Thọ', 'tinh phu tho', '25', '63'),
    ('Tỉnh Vĩnh Phúc', 'tinh vinh phuc', '26', '63'),
    ('Vĩnh Phúc', 'vinh phuc', '26', '63'),
    ('Bắc Ninh', 'bac ninh', '27', '63'),
    ('Tỉnh Bắc Ninh', 'tinh bac ninh', '27', '63'),
    ('Hải Dương', 'hai duong', '30', '63'),
    ('Tỉnh Hải Dương', 'tinh hai duong', '30', '63'),
    ('Hải Phòng', 'hai phong', '31', '63'),
    ('TP Hải Phòng', 'tp hai phong', '31', '63'),
    ('TP. Hải Phòng', 'tp. hai phong', '31', '63'),
    ('Thành phố Hải Phòng', 'thanh pho hai phong', '31', '63'),
    ('Hưng Yên', 'hung yen', '33', '63'),
    ('Tỉnh Hưng Yên', 'tinh hung yen', '33', '63'),
    ('Thái Bình', 'thai binh', '34', '63'),
    ('Tỉnh Thái Bình', 'tinh thai binh', '34', '63'),
    ('Hà Nam', 'ha nam', '35', '63'),
    ('Tỉnh Hà Nam', 'tinh ha nam', '35', '63'),
    ('Nam Định', 'nam dinh', '36', '63'),
    ('Tỉnh Nam Định', 'tinh nam dinh', '36', '63'),
    ('Ninh Bình', 'ninh binh', '37', '63'),
    ('Tỉnh Ninh Bình', 'tinh ninh binh', '37', '63'),
    ('Thanh Hoá', 'thanh hoa', '38', '63'),
    ('Thanh Hóa', 'thanh hoa', '38', '63'),
    ('Tỉnh Thanh Hoá', 'tinh thanh hoa', '38', '63'),
    ('Tỉnh Thanh Hóa', 'tinh thanh hoa', '38', '63'),
    ('Nghệ An', 'nghe an', '40', '63'),
    ('Tỉnh Nghệ An', 'tinh nghe an', '40', '63'),
    ('Hà Tĩnh', 'ha tinh', '42', '63'),
    ('Tỉnh Hà Tĩnh', 'tinh ha tinh', '42', '63'),
    ('Quảng Bình', 'quang binh', '44', '63'),
    ('Tỉnh Quảng Bình', 'tinh quang binh', '44', '63'),
    ('Quảng Trị', 'quang tri', '45', '63'),
    ('Tỉnh Quảng Trị', 'tinh quang tri', '45', '63'),
    ('Huế', 'hue', '46', '63'),
    ('TP Huế', 'tp hue', '46', '63'),
    ('TP. Huế', 'tp. hue', '46', '63'),
    ('TT Huế', 'tt hue', '46', '63'),
    ('TT-Huế', 'tt-hue', '46', '63'),
    ('Thành phố Huế', 'thanh pho hue', '46', '63'),
    ('Thừa Thiên - Huế', 'thua thien - hue', '46', '63'),
    ('Thừa Thiên Huế', 'thua thien hue', '46', '63'),
    ('Tỉnh Thừa Thiên Huế', 'tinh thua thien hue', '46', '63'),
    ('TP Đà Nẵng', 'tp da nang', '48', '63'),
    ('TP. Đà Nẵng', 'tp. da nang', '48', '63'),
    ('Thành phố Đà Nẵng', 'thanh pho da nang', '48', '63'),
    ('Đà Nẵng', 'da nang', '48', '63'),
    ('Quảng Nam', 'quang nam', '49', '63'),
    ('Tỉnh Quảng Nam', 'tinh quang nam', '49', '63'),
    ('Quảng Ngãi', 'quang ngai', '51', '63'),
    ('Tỉnh Quảng Ngãi', 'tinh quang ngai', '51', '63'),
    ('Bình Định', 'binh dinh', '52', '63'),
    ('Tỉnh Bình Định', 'tinh binh dinh', '52', '63'),
    ('Phú Yên', 'phu yen', '54', '63'),
    ('Tỉnh Phú Yên', 'tinh phu yen', '54', '63'),
    ('Khánh Hoà', 'khanh hoa', '56', '63'),
    ('Khánh Hòa', 'khanh hoa', '56', '63'),
    ('Tỉnh Khánh Hoà', 'tinh khanh hoa', '56', '63'),
    ('Tỉnh Khánh Hòa', 'tinh khanh hoa', '56', '63'),
    ('Ninh Thuận', 'ninh thuan', '58', '63'),
    ('Tỉnh Ninh Thuận', 'tinh ninh thuan', '58', '63'),
    ('Bình Thuận', 'binh thuan', '60', '63'),
    ('Tỉnh Bình Thuận', 'tinh binh thuan', '60', '63'),
    ('Kon Tum', 'kon tum', '62', '63'),
    ('Kontum', 'kontum', '62', '63'),
    ('Tỉnh Kon Tum', 'tinh kon tum', '62', '63'),
    ('Gia Lai', 'gia lai', '64', '63'),
    ('Tỉnh Gia Lai', 'tinh gia lai', '64', '63'),
    ('Dak Lak', 'dak lak', '66', '63'),
    ('Tỉnh Đắk Lắk', 'tinh dak lak', '66', '63'),
    ('Đăk Lăk', 'dak lak', '66', '63'),
    ('Đắc Lắc', 'dac lac', '66', '63'),
    ('Đắc Lắk', 'dac lak', '66', '63'),
    ('Đắk Lăk', 'dak lak', '66', '63'),
    ('Đắk Lắk', 'dak lak', '66', '63'),
    ('Tỉnh Đắk Nông', 'tinh dak nong', '67', '63'),
    ('Đăk Nông', 'dak nong', '67', '63'),
    ('Đắc Nông', 'dac nong', '67', '63'),
    ('Đắk Nông', 'dak nong', '67', '63'),
    ('Lâm Đồng', 'lam dong', '68', '63'),
    ('Tỉnh Lâm Đồng', 'tinh lam dong', '68', '63'),
    ('Bình Phước', 'binh phuoc', '70', '63'),
    ('Tỉnh Bình Phước', 'tinh binh phuoc', '70', '63'),
    ('Tây Ninh', 'tay ninh', '72', '63'),
    ('Tỉnh Tây Ninh', 'tinh tay ninh', '72', '63'),
    ('Bình Dương', 'binh duong', '74', '63'),
    ('Tỉnh Bình Dương', 'tinh binh duong', '74', '63'),
    ('Tỉnh Đồng Nai', 'tinh dong nai', '75', '63'),
    ('Đồng Nai', 'dong nai', '75', '63'),
    ('BR - VT', 'br - vt', '77', '63'),
    ('BR-VT', 'br-vt', '77', '63'),
    ('BRVT', 'brvt', '77', '63'),
    ('Bà Rịa - Vũng Tàu', 'ba ria - vung tau', '77', '63'),
    ('Bà Rịa Vũng Tàu', 'ba ria vung tau', '77', '63'),
    ('Bà Rịa – Vũng Tàu', 'ba ria - vung tau', '77', '63'),
    ('Bà Rịa-Vũng Tàu', 'ba ria-vung tau', '77', '63'),
    ('Tỉnh Bà Rịa - Vũng Tàu', 'tinh ba ria - vung tau', '77', '63'),
    ('HCM', 'hcm', '79', '63'),
    ('Hồ Chí Minh', 'ho chi minh', '79', '63'),
    ('Sài Gòn', 'sai gon', '79', '63'),
    ('TP HCM', 'tp hcm', '79', '63'),
    ('TP Hồ Chí Minh', 'tp ho chi minh', '79', '63'),
    ('TP. HCM', 'tp. hcm', '79', '63'),
    ('TP. Hồ Chí Minh', 'tp. ho chi minh', '79', '63'),
    ('TP. Sài Gòn', 'tp. sai gon', '79', '63'),
    ('TP.HCM', 'tp.hcm', '79', '63'),
    ('TP.Hồ Chí Minh', 'tp.ho chi minh', '79', '63'),
    ('TPHCM', 'tphcm', '79', '63'),
    ('Thành phố HCM', 'thanh pho hcm', '79', '63'),
    ('Thành phố Hồ Chí Minh', 'thanh pho ho chi minh', '79', '63'),
    ('Long An', 'long an', '80', '63'),
    ('Tỉnh Long An', 'tinh long an', '80', '63'),
    ('Tiền Giang', 'tien giang', '82', '63'),
    ('Tỉnh Tiền Giang', 'tinh tien giang', '82', '63'),
    ('Bến Tre', 'ben tre', '83', '63'),
    ('Tỉnh Bến Tre', 'tinh ben tre', '83', '63'),
    ('Trà Vinh', 'tra vinh', '84', '63'),
    ('Tỉnh Trà Vinh', 'tinh tra vinh', '84', '63'),
    ('Tỉnh Vĩnh Long', 'tinh vinh long', '86', '63'),
    ('Vĩnh Long', 'vinh long', '86', '63'),
    ('Tỉnh Đồng Tháp', 'tinh dong thap', '87', '63'),
    ('Đồng Tháp', 'dong thap', '87', '63'),
    ('An Giang', 'an giang', '89', '63'),
    ('Tỉnh An Giang', 'tinh an giang', '89', '63'),
    ('Kiên Giang', 'kien giang', '91', '63'),
    ('Tỉnh Kiên Giang', 'tinh kien giang', '91', '63'),
    ('Cần Thơ', 'can tho', '92', '63'),
    ('TP Cần Thơ', 'tp can tho', '92', '63'),
    ('TP. Cần Thơ', 'tp. can tho', '92', '63'),
    ('Thành phố Cần Thơ', 'thanh pho can tho', '92', '63'),
    ('Hậu Giang', 'hau giang', '93', '63'),
    ('Tỉnh Hậu Giang', 'tinh hau giang', '93', '63'),
    ('Sóc Trăng', 'soc trang', '94', '63'),
    ('Tỉnh Sóc Trăng', 'tinh soc trang', '94', '63'),
    ('Bạc Liêu', 'bac lieu', '95', '63'),
    ('Tỉnh Bạc Liêu', 'tinh bac lieu', '95', '63'),
    ('Cà Mau', 'ca mau', '96', '63'),
    ('Tỉnh Cà Mau', 'tinh ca mau', '96', '63'),
    ('Hà Nội', 'ha noi', '01', '34'),
    ('TP Hà Nội', 'tp ha noi', '01', '34'),
    ('TP. Hà Nội', 'tp. ha noi', '01', '34'),
    ('Thành phố Hà Nội', 'thanh pho ha noi', '01', '34'),
    ('Thủ đô Hà Nội', 'thu do ha noi', '01', '34'),
    ('Cao Bằng', 'cao bang', '04', '34'),
    ('Tỉnh Cao Bằng', 'tinh cao bang', '04', '34'),
    ('Tuyên Quang', 'tuyen quang', '08', '34'),
    ('Tỉnh Tuyên Quang', 'tinh tuyen quang', '08', '34'),
    ('Tỉnh Điện Biên', 'tinh dien bien', '11', '34'),
    ('Điện Biên', 'dien bien', '11', '34'),
    ('Lai Châu', 'lai chau', '12', '34'),
    ('Tỉnh Lai Châu', 'tinh lai chau', '12', '34'),
    ('Sơn La', 'son la', '14', '34'),
    ('Tỉnh Sơn La', 'tinh son la', '14', '34'),
    ('Lào Cai', 'lao cai', '15', '34'),
    ('Tỉnh Lào Cai', 'tinh lao cai', '15', '34'),
    ('Thái Nguyên', 'thai nguyen', '19', '34'),
    ('Tỉnh Thái Nguyên', 'tinh thai nguyen', '19', '34'),
    ('Lạng Sơn', 'lang son', '20', '34'),
    ('Tỉnh Lạng Sơn', 'tinh lang son', '20', '34'),
    ('Quảng Ninh', 'quang ninh', '22', '34'),
    ('Tỉnh Quảng Ninh', 'tinh quang ninh', '22', '34'),
    ('Bắc Ninh', 'bac ninh', '24', '34'),
    ('Tỉnh Bắc Ninh', 'tinh bac ninh', '24', '34'),
    ('Phú Thọ', 'phu tho', '25', '34'),
    ('Tỉnh Phú Thọ', 'tinh phu tho', '25', '34'),
    ('Hải Phòng', 'hai phong', '31', '34'),
    ('TP Hải Phòng', 'tp hai phong', '31', '34'),
    ('TP. Hải Phòng', 'tp. hai phong', '31', '34'),
    ('Thành phố Hải Phòng', 'thanh pho hai phong', '31', '34'),
    ('Hưng Yên', 'hung yen', '33', '34'),
    ('Tỉnh Hưng Yên', 'tinh hung yen', '33', '34'),
    ('Ninh Bình', 'ninh binh', '37', '34'),
    ('Tỉnh Ninh Bình', 'tinh ninh binh', '37', '34'),
    ('Thanh Hoá', 'thanh hoa', '38', '34'),
    ('Thanh Hóa', 'thanh hoa', '38', '34'),
    ('Tỉnh Thanh Hoá', 'tinh thanh hoa', '38', '34'),
    ('Tỉnh Thanh Hóa', 'tinh thanh hoa', '38', '34'),
    ('Nghệ An', 'nghe an', '40', '34'),
    ('Tỉnh Nghệ An', 'tinh nghe an', '40', '34'),
    ('Hà Tĩnh', 'ha tinh', '42', '34'),
    ('Tỉnh Hà Tĩnh', 'tinh ha tinh', '42', '34'),
    ('Quảng Trị', 'quang tri', '44', '34'),
    ('Tỉnh Quảng Trị', 'tinh quang tri', '44', '34'),
    ('Huế', 'hue', '46', '34'),
    ('Thành phố Huế', 'thanh pho hue', '46', '34'),
    ('TP Đà Nẵng', 'tp da nang', '48', '34'),
    ('TP. Đà Nẵng', 'tp. da nang', '48', '34'),
    ('Thành phố Đà Nẵng', 'thanh pho da nang', '48', '34'),
    ('Đà Nẵng', 'da nang', '48', '34'),
    ('Quảng Ngãi', 'quang ngai', '51', '34'),
    ('Tỉnh Quảng Ngãi', 'tinh quang ngai', '51', '34'),
    ('Gia Lai', 'gia lai', '52', '34'),
    ('Tỉnh Gia Lai', 'tinh gia lai', '52', '34'),
    ('Khánh Hoà', 'khanh hoa', '56', '34'),
    ('Khánh Hòa', 'khanh hoa', '56', '34'),
    ('Tỉnh Khánh Hoà', 'tinh khanh hoa', '56', '34'),
    ('Tỉnh Khánh Hòa', 'tinh khanh hoa', '56', '34'),
    ('Dak Lak', 'dak lak', '66', '34'),
    ('Tỉnh Đắk Lắk', 'tinh dak lak', '66', '34'),
    ('Đăk Lăk', 'dak lak', '66', '34'),
    ('Đắc Lắc', 'dac lac', '66', '34'),
    ('Đắc Lắk', 'dac lak', '66', '34'),
    ('Đắk Lăk', 'dak lak', '66', '34'),
    ('Đắk Lắk', 'dak lak', '66', '34'),
    ('Lâm Đồng', 'lam dong', '68', '34'),
    ('Tỉnh Lâm Đồng', 'tinh lam dong', '68', '34'),
    ('Tỉnh Đồng Nai', 'tinh dong nai', '75', '34'),
    ('Đồng Nai', 'dong nai', '75', '34'),
    ('HCM', 'hcm', '79', '34'),
    ('Hồ Chí Minh', 'ho chi minh', '79', '34'),
    ('Sài Gòn', 'sai gon', '79', '34'),
    ('TP HCM', 'tp hcm', '79', '34'),
    ('TP Hồ Chí Minh', 'tp ho chi minh', '79', '34'),
    ('TP. HCM', 'tp. hcm', '79', '34'),
    ('TP. Hồ Chí Minh', 'tp. ho chi minh', '79', '34'),
    ('TP. Sài Gòn', 'tp. sai gon', '79', '34'),
    ('TP.HCM', 'tp.hcm', '79', '34'),
    ('TP.Hồ Chí Minh', 'tp.ho chi minh', '79', '34'),
    ('TPHCM', 'tphcm', '79', '34'),
    ('Thành phố HCM', 'thanh pho hcm', '79', '34'),
    ('Thành phố Hồ Chí Minh', 'thanh pho ho chi minh', '79', '34'),
    ('Tây Ninh', 'tay ninh', '80', '34'),
    ('Tỉnh Tây Ninh', 'tinh tay ninh', '80', '34'),
    ('Tỉnh Đồng Tháp', 'tinh dong thap', '82', '34'),
    ('Đồng Tháp', 'dong thap', '82', '34'),
    ('Tỉnh Vĩnh Long', 'tinh vinh long', '86', '34'),
    ('Vĩnh Long', 'vinh long', '86', '34'),
    ('An Giang', 'an giang', '91', '34'),
    ('Tỉnh An Giang', 'tinh an giang', '91', '34'),
    ('Cần Thơ', 'can tho', '92', '34'),
    ('TP Cần Thơ', 'tp can tho', '92', '34'),
    ('TP. Cần Thơ', 'tp. can tho', '92', '34'),
    ('Thành phố Cần Thơ', 'thanh pho can tho', '92', '34'),
    ('Cà Mau', 'ca mau', '96', '34'),
    ('Tỉnh Cà Mau', 'tinh ca mau', '96', '34');


-- ---------------------------------------------------------------------------
-- Party and State bodies
-- ---------------------------------------------------------------------------

CREATE TABLE @extschema@.gb_body (
    name        pg_catalog.text NOT NULL PRIMARY KEY,
    abbrev      pg_catalog.text,
    name_key    pg_catalog.text NOT NULL UNIQUE,
    level       pg_catalog.text NOT NULL
                CHECK (level OPERATOR(pg_catalog.=) ANY (ARRAY['trung ương', 'tỉnh', 'huyện', 'xã'])),
    branch      pg_catalog.text NOT NULL
                CHECK (branch OPERATOR(pg_catalog.=) ANY (ARRAY['Đảng', 'Nhà nước', 'Mặt trận'])),
    code_suffix pg_catalog.text,
    note        pg_catalog.text
);
CREATE INDEX gb_body_code_suffix_idx ON @extschema@.gb_body (code_suffix);

COMMENT ON TABLE @extschema@.gb_body IS
    'Party, State and Front bodies named in reports, with abbreviations and the suffix of their document codes. Local bodies (Tỉnh ủy, UBND ...) are generic: one row for the body of any province or commune.';
COMMENT ON COLUMN @extschema@.gb_body.name IS
    'Canonical name, as gb_citations() reports the issuer: Ban Tổ chức Trung ương.';
COMMENT ON COLUMN @extschema@.gb_body.abbrev IS
    'Usual abbreviation (BTCTW, UBKTTW, HĐND); NULL when there is none in common use.';
COMMENT ON COLUMN @extschema@.gb_body.name_key IS
    'gb_fold(name).';
COMMENT ON COLUMN @extschema@.gb_body.level IS
    '''trung ương'', ''tỉnh'', ''huyện'' or ''xã''.';
COMMENT ON COLUMN @extschema@.gb_body.branch IS
    '''Đảng'', ''Nhà nước'' or ''Mặt trận''.';
COMMENT ON COLUMN @extschema@.gb_body.code_suffix IS
    'What follows the slash (Party: 205-QĐ/TW) or the kind letters (State: 19/2025/QĐ-TTg) in the body''s document codes: TW, BTCTW, CP, TTg, TU. Several bodies share TW or TU. NULL where no source confirmed it.';
COMMENT ON COLUMN @extschema@.gb_body.note IS
    'Scope, history (the 2025 reorganization), why a column is NULL.';

INSERT INTO @extschema@.gb_body (name, abbrev, name_key, level, branch, code_suffix, note)
VALUES
    ('Ban Chấp hành Trung ương', 'BCH TW', 'ban chap hanh trung uong', 'trung ương', 'Đảng', 'TW', 'The Party Central Committee; its resolutions are coded -NQ/TW.'),
    ('Bộ Chính trị', 'BCT', 'bo chinh tri', 'trung ương', 'Đảng', 'TW', 'The Politburo; documents coded -xx/TW.'),
    ('Ban Bí thư', 'BBT', 'ban bi thu', 'trung ương', 'Đảng', 'TW', 'The Secretariat; documents coded -xx/TW.'),
    ('Ban Tổ chức Trung ương', 'BTCTW', 'ban to chuc trung uong', 'trung ương', 'Đảng', 'BTCTW', NULL),
    ('Ủy ban Kiểm tra Trung ương', 'UBKTTW', 'uy ban kiem tra trung uong', 'trung ương', 'Đảng', 'UBKTTW', NULL),
    ('Văn phòng Trung ương Đảng', 'VPTW', 'van phong trung uong dang', 'trung ương', 'Đảng', 'VPTW', NULL),
    ('Ban Tuyên giáo Trung ương', 'BTGTW', 'ban tuyen giao trung uong', 'trung ương', 'Đảng', 'BTGTW', 'Merged with Ban Dân vận Trung ương into Ban Tuyên giáo và Dân vận Trung ương in 2025.'),
    ('Ban Dân vận Trung ương', 'BDVTW', 'ban dan van trung uong', 'trung ương', 'Đảng', 'BDVTW', 'Merged with Ban Tuyên giáo Trung ương into Ban Tuyên giáo và Dân vận Trung ương in 2025.'),
    ('Ban Nội chính Trung ương', 'BNCTW', 'ban noi chinh trung uong', 'trung ương', 'Đảng', 'BNCTW', NULL),
    ('Ban Kinh tế Trung ương', 'BKTTW', 'ban kinh te trung uong', 'trung ương', 'Đảng', 'BKTTW', 'Succeeded in 2025 by Ban Chính sách, chiến lược Trung ương.'),
    ('Ban Đối ngoại Trung ương', 'BĐNTW', 'ban doi ngoai trung uong', 'trung ương', 'Đảng', 'BĐNTW', 'Wound up in the 2025 reorganization.'),
    ('Ban Tuyên giáo và Dân vận Trung ương', NULL, 'ban tuyen giao va dan van trung uong', 'trung ương', 'Đảng', NULL, 'Formed in 2025 from Ban Tuyên giáo Trung ương and Ban Dân vận Trung ương. Document-code suffix not confirmed from a source: NULL.'),
    ('Ban Chính sách, chiến lược Trung ương', NULL, 'ban chinh sach, chien luoc trung uong', 'trung ương', 'Đảng', NULL, 'Formed in 2025 (successor of Ban Kinh tế Trung ương). Document-code suffix not confirmed from a source: NULL.'),
    ('Đảng ủy Khối các cơ quan Trung ương', NULL, 'dang uy khoi cac co quan trung uong', 'trung ương', 'Đảng', 'ĐUK', 'Replaced in 2025 by Đảng ủy các cơ quan Đảng Trung ương, Đảng ủy Chính phủ, Đảng ủy Quốc hội and Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương.'),
    ('Đảng ủy Khối Doanh nghiệp Trung ương', NULL, 'dang uy khoi doanh nghiep trung uong', 'trung ương', 'Đảng', 'ĐUK', 'Dissolved in the 2025 reorganization.'),
    ('Quân ủy Trung ương', 'QUTW', 'quan uy trung uong', 'trung ương', 'Đảng', 'QUTW', NULL),
    ('Đảng ủy Công an Trung ương', NULL, 'dang uy cong an trung uong', 'trung ương', 'Đảng', NULL, 'Document-code suffix not confirmed from a source: NULL.'),
    ('Chính phủ', 'CP', 'chinh phu', 'trung ương', 'Nhà nước', 'CP', NULL),
    ('Thủ tướng Chính phủ', 'TTg', 'thu tuong chinh phu', 'trung ương', 'Nhà nước', 'TTg', NULL),
    ('Quốc hội', 'QH', 'quoc hoi', 'trung ương', 'Nhà nước', 'QH', 'Laws and resolutions are coded number/year/QH<term>, e.g. 202/2025/QH15.'),
    ('Ủy ban Thường vụ Quốc hội', 'UBTVQH', 'uy ban thuong vu quoc hoi', 'trung ương', 'Nhà nước', 'UBTVQH', 'Resolutions are coded number/NQ-UBTVQH<term>, e.g. 1656/NQ-UBTVQH15.'),
    ('Chủ tịch nước', 'CTN', 'chu tich nuoc', 'trung ương', 'Nhà nước', 'CTN', NULL),
    ('Bộ Nội vụ', 'BNV', 'bo noi vu', 'trung ương', 'Nhà nước', 'BNV', NULL),
    ('Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'MTTQVN', 'uy ban trung uong mat tran to quoc viet nam', 'trung ương', 'Mặt trận', NULL, 'Document-code suffix not confirmed from a source: NULL.'),
    ('Tỉnh ủy', 'TU', 'tinh uy', 'tỉnh', 'Đảng', 'TU', 'The provincial Party committee (Ban Chấp hành Đảng bộ tỉnh).'),
    ('Thành ủy', NULL, 'thanh uy', 'tỉnh', 'Đảng', 'TU', 'The Party committee of a centrally-run city (Hà Nội, TP. Hồ Chí Minh ...); its documents are coded -xx/TU like a Tỉnh ủy''s.'),
    ('Ban Thường vụ Tỉnh ủy', 'BTVTU', 'ban thuong vu tinh uy', 'tỉnh', 'Đảng', 'TU', 'Issues documents in the name of the Tỉnh ủy (-xx/TU).'),
    ('Thường trực Tỉnh ủy', 'TTTU', 'thuong truc tinh uy', 'tỉnh', 'Đảng', 'TU', 'Issues documents in the name of the Tỉnh ủy (-xx/TU).'),
    ('Ban Tổ chức Tỉnh ủy', 'BTCTU', 'ban to chuc tinh uy', 'tỉnh', 'Đảng', 'BTCTU', NULL),
    ('Ủy ban Kiểm tra Tỉnh ủy', 'UBKTTU', 'uy ban kiem tra tinh uy', 'tỉnh', 'Đảng', 'UBKTTU', NULL),
    ('Hội đồng nhân dân', 'HĐND', 'hoi dong nhan dan', 'tỉnh', 'Nhà nước', 'HĐND', 'Exists at every local level (tỉnh, xã; huyện until 30/6/2025); level gives the provincial one.'),
    ('Ủy ban nhân dân', 'UBND', 'uy ban nhan dan', 'tỉnh', 'Nhà nước', 'UBND', 'Exists at every local level (tỉnh, xã; huyện until 30/6/2025); level gives the provincial one.'),
    ('Ủy ban Mặt trận Tổ quốc', 'MTTQ', 'uy ban mat tran to quoc', 'tỉnh', 'Mặt trận', NULL, 'Exists at every local level; document-code suffix not confirmed from a source: NULL.'),
    ('Đoàn đại biểu Quốc hội', 'Đoàn ĐBQH', 'doan dai bieu quoc hoi', 'tỉnh', 'Nhà nước', NULL, 'The National Assembly deputies elected in a province; document-code suffix not confirmed from a source: NULL.'),
    ('Huyện ủy', 'HU', 'huyen uy', 'huyện', 'Đảng', 'HU', 'District level, abolished with the districts on 1/7/2025.'),
    ('Quận ủy', 'QU', 'quan uy', 'huyện', 'Đảng', 'QU', 'District level, abolished with the districts on 1/7/2025.'),
    ('Thị ủy', NULL, 'thi uy', 'huyện', 'Đảng', NULL, 'District level (thị xã), abolished with the districts on 1/7/2025; document-code suffix not confirmed from a source: NULL.'),
    ('Đảng ủy', 'ĐU', 'dang uy', 'xã', 'Đảng', 'ĐU', 'A grassroots (commune, ward, agency) Party committee; level gives the commune one.');


CREATE TABLE @extschema@.gb_body_alias (
    alias       pg_catalog.text NOT NULL PRIMARY KEY,
    alias_key   pg_catalog.text NOT NULL,
    body        pg_catalog.text NOT NULL REFERENCES @extschema@.gb_body (name)
);
CREATE INDEX gb_body_alias_key_idx ON @extschema@.gb_body_alias (alias_key);
CREATE INDEX gb_body_alias_body_idx ON @extschema@.gb_body_alias (body);

COMMENT ON TABLE @extschema@.gb_body_alias IS
    'Spellings and abbreviations reports use for a body (BCH TW, Ban Chấp hành Trung ương Đảng, BTV Tỉnh ủy, Ban TVTU, UBKT Tỉnh ủy, UBMTTQVN ...), each body''s name and abbreviation included. Look up on alias_key = gb_fold(text).';
COMMENT ON COLUMN @extschema@.gb_body_alias.alias IS
    'The spelling as written.';
COMMENT ON COLUMN @extschema@.gb_body_alias.alias_key IS
    'gb_fold(alias).';
COMMENT ON COLUMN @extschema@.gb_body_alias.body IS
    'gb_body.name of the body meant.';

INSERT INTO @extschema@.gb_body_alias (alias, alias_key, body)
VALUES
    ('Ban Chấp hành Trung ương', 'ban chap hanh trung uong', 'Ban Chấp hành Trung ương'),
    ('BCH T.Ư', 'bch t.u', 'Ban Chấp hành Trung ương'),
    ('BCH TW', 'bch tw', 'Ban Chấp hành Trung ương'),
    ('BCH Trung ương', 'bch trung uong', 'Ban Chấp hành Trung ương'),
    ('BCH Trung ương Đảng', 'bch trung uong dang', 'Ban Chấp hành Trung ương'),
    ('BCH TƯ', 'bch tu', 'Ban Chấp hành Trung ương'),
    ('BCHTW', 'bchtw', 'Ban Chấp hành Trung ương'),
    ('Ban Chấp hành Trung ương Đảng', 'ban chap hanh trung uong dang', 'Ban Chấp hành Trung ương'),
    ('Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam', 'ban chap hanh trung uong dang cong san viet nam', 'Ban Chấp hành Trung ương'),
    ('Trung ương Đảng', 'trung uong dang', 'Ban Chấp hành Trung ương'),
    ('Bộ Chính trị', 'bo chinh tri', 'Bộ Chính trị'),
    ('BCT', 'bct', 'Bộ Chính trị'),
    ('Bộ Chính trị Trung ương', 'bo chinh tri trung uong', 'Bộ Chính trị'),
    ('Ban Bí thư', 'ban bi thu', 'Ban Bí thư'),
    ('BBT', 'bbt', 'Ban Bí thư'),
    ('Ban Bí thư TW', 'ban bi thu tw', 'Ban Bí thư'),
    ('Ban Bí thư Trung ương', 'ban bi thu trung uong', 'Ban Bí thư'),
    ('Ban Bí thư Trung ương Đảng', 'ban bi thu trung uong dang', 'Ban Bí thư'),
    ('Ban Tổ chức Trung ương', 'ban to chuc trung uong', 'Ban Tổ chức Trung ương'),
    ('BTCTW', 'btctw', 'Ban Tổ chức Trung ương'),
    ('Ban TCTW', 'ban tctw', 'Ban Tổ chức Trung ương'),
    ('Ban Tổ chức TW', 'ban to chuc tw', 'Ban Tổ chức Trung ương'),
    ('Ban Tổ chức Trung ương Đảng', 'ban to chuc trung uong dang', 'Ban Tổ chức Trung ương'),
    ('Ủy ban Kiểm tra Trung ương', 'uy ban kiem tra trung uong', 'Ủy ban Kiểm tra Trung ương'),
    ('UBKT TW', 'ubkt tw', 'Ủy ban Kiểm tra Trung ương'),
    ('UBKT Trung ương', 'ubkt trung uong', 'Ủy ban Kiểm tra Trung ương'),
    ('UBKTTW', 'ubkttw', 'Ủy ban Kiểm tra Trung ương'),
    ('Uỷ ban Kiểm tra Trung ương', 'uy ban kiem tra trung uong', 'Ủy ban Kiểm tra Trung ương'),
    ('Ủy ban Kiểm tra TW', 'uy ban kiem tra tw', 'Ủy ban Kiểm tra Trung ương'),
    ('Văn phòng Trung ương Đảng', 'van phong trung uong dang', 'Văn phòng Trung ương Đảng'),
    ('VPTW', 'vptw', 'Văn phòng Trung ương Đảng'),
    ('Văn phòng Ban Chấp hành Trung ương', 'van phong ban chap hanh trung uong', 'Văn phòng Trung ương Đảng'),
    ('Văn phòng TW', 'van phong tw', 'Văn phòng Trung ương Đảng'),
    ('Văn phòng Trung ương', 'van phong trung uong', 'Văn phòng Trung ương Đảng'),
    ('Ban Tuyên giáo Trung ương', 'ban tuyen giao trung uong', 'Ban Tuyên giáo Trung ương'),
    ('BTGTW', 'btgtw', 'Ban Tuyên giáo Trung ương'),
    ('Ban TGTW', 'ban tgtw', 'Ban Tuyên giáo Trung ương'),
    ('Ban Tuyên giáo TW', 'ban tuyen giao tw', 'Ban Tuyên giáo Trung ương'),
    ('Ban Dân vận Trung ương', 'ban dan van trung uong', 'Ban Dân vận Trung ương'),
    ('BDVTW', 'bdvtw', 'Ban Dân vận Trung ương'),
    ('Ban DVTW', 'ban dvtw', 'Ban Dân vận Trung ương'),
    ('Ban Dân vận TW', 'ban dan van tw', 'Ban Dân vận Trung ương'),
    ('Ban Nội chính Trung ương', 'ban noi chinh trung uong', 'Ban Nội chính Trung ương'),
    ('BNCTW', 'bnctw', 'Ban Nội chính Trung ương'),
    ('Ban Nội chính TW', 'ban noi chinh tw', 'Ban Nội chính Trung ương'),
    ('Ban Kinh tế Trung ương', 'ban kinh te trung uong', 'Ban Kinh tế Trung ương'),
    ('BKTTW', 'bkttw', 'Ban Kinh tế Trung ương'),
    ('Ban Kinh tế TW', 'ban kinh te tw', 'Ban Kinh tế Trung ương'),
    ('Ban Đối ngoại Trung ương', 'ban doi ngoai trung uong', 'Ban Đối ngoại Trung ương'),
    ('BDNTW', 'bdntw', 'Ban Đối ngoại Trung ương'),
    ('Ban Đối ngoại TW', 'ban doi ngoai tw', 'Ban Đối ngoại Trung ương'),
    ('BĐNTW', 'bdntw', 'Ban Đối ngoại Trung ương'),
    ('Ban Tuyên giáo và Dân vận Trung ương', 'ban tuyen giao va dan van trung uong', 'Ban Tuyên giáo và Dân vận Trung ương'),
    ('Ban Tuyên giáo - Dân vận Trung ương', 'ban tuyen giao - dan van trung uong', 'Ban Tuyên giáo và Dân vận Trung ương'),
    ('Ban Tuyên giáo và Dân vận TW', 'ban tuyen giao va dan van tw', 'Ban Tuyên giáo và Dân vận Trung ương'),
    ('Ban Chính sách, chiến lược Trung ương', 'ban chinh sach, chien luoc trung uong', 'Ban Chính sách, chiến lược Trung ương'),
    ('Ban Chính sách chiến lược Trung ương', 'ban chinh sach chien luoc trung uong', 'Ban Chính sách, chiến lược Trung ương'),
    ('Ban Chính sách, Chiến lược Trung ương', 'ban chinh sach, chien luoc trung uong', 'Ban Chính sách, chiến lược Trung ương'),
    ('Ban Chính sách, chiến lược TW', 'ban chinh sach, chien luoc tw', 'Ban Chính sách, chiến lược Trung ương'),
    ('Đảng ủy Khối các cơ quan Trung ương', 'dang uy khoi cac co quan trung uong', 'Đảng ủy Khối các cơ quan Trung ương'),
    ('Đảng bộ Khối các cơ quan Trung ương', 'dang bo khoi cac co quan trung uong', 'Đảng ủy Khối các cơ quan Trung ương'),
    ('Đảng uỷ Khối các cơ quan Trung ương', 'dang uy khoi cac co quan trung uong', 'Đảng ủy Khối các cơ quan Trung ương'),
    ('Đảng ủy Khối các cơ quan TW', 'dang uy khoi cac co quan tw', 'Đảng ủy Khối các cơ quan Trung ương'),
    ('Đảng ủy Khối Doanh nghiệp Trung ương', 'dang uy khoi doanh nghiep trung uong', 'Đảng ủy Khối Doanh nghiệp Trung ương'),
    ('Đảng bộ Khối Doanh nghiệp Trung ương', 'dang bo khoi doanh nghiep trung uong', 'Đảng ủy Khối Doanh nghiệp Trung ương'),
    ('Đảng uỷ Khối Doanh nghiệp Trung ương', 'dang uy khoi doanh nghiep trung uong', 'Đảng ủy Khối Doanh nghiệp Trung ương'),
    ('Đảng ủy Khối Doanh nghiệp TW', 'dang uy khoi doanh nghiep tw', 'Đảng ủy Khối Doanh nghiệp Trung ương'),
    ('Quân ủy Trung ương', 'quan uy trung uong', 'Quân ủy Trung ương'),
    ('QUTW', 'qutw', 'Quân ủy Trung ương'),
    ('Quân uỷ Trung ương', 'quan uy trung uong', 'Quân ủy Trung ương'),
    ('Quân ủy TW', 'quan uy tw', 'Quân ủy Trung ương'),
    ('Đảng ủy Công an Trung ương', 'dang uy cong an trung uong', 'Đảng ủy Công an Trung ương'),
    ('Đảng uỷ Công an Trung ương', 'dang uy cong an trung uong', 'Đảng ủy Công an Trung ương'),
    ('Đảng ủy Công an TW', 'dang uy cong an tw', 'Đảng ủy Công an Trung ương'),
    ('Chính phủ', 'chinh phu', 'Chính phủ'),
    ('CP', 'cp', 'Chính phủ'),
    ('Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'chinh phu nuoc cong hoa xa hoi chu nghia viet nam', 'Chính phủ'),
    ('Thủ tướng Chính phủ', 'thu tuong chinh phu', 'Thủ tướng Chính phủ'),
    ('TTCP', 'ttcp', 'Thủ tướng Chính phủ'),
    ('TTg', 'ttg', 'Thủ tướng Chính phủ'),
    ('Thủ tướng', 'thu tuong', 'Thủ tướng Chính phủ'),
    ('Quốc hội', 'quoc hoi', 'Quốc hội'),
    ('QH', 'qh', 'Quốc hội'),
    ('Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'quoc hoi nuoc cong hoa xa hoi chu nghia viet nam', 'Quốc hội'),
    ('Ủy ban Thường vụ Quốc hội', 'uy ban thuong vu quoc hoi', 'Ủy ban Thường vụ Quốc hội'),
    ('UBTVQH', 'ubtvqh', 'Ủy ban Thường vụ Quốc hội'),
    ('Uỷ ban Thường vụ Quốc hội', 'uy ban thuong vu quoc hoi', 'Ủy ban Thường vụ Quốc hội'),
    ('Ủy ban TVQH', 'uy ban tvqh', 'Ủy ban Thường vụ Quốc hội'),
    ('Chủ tịch nước', 'chu tich nuoc', 'Chủ tịch nước'),
    ('CTN', 'ctn', 'Chủ tịch nước'),
    ('Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'chu tich nuoc cong hoa xa hoi chu nghia viet nam', 'Chủ tịch nước'),
    ('Bộ Nội vụ', 'bo noi vu', 'Bộ Nội vụ'),
    ('BNV', 'bnv', 'Bộ Nội vụ'),
    ('Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'uy ban trung uong mat tran to quoc viet nam', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'),
    ('MTTQ Việt Nam', 'mttq viet nam', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'),
    ('MTTQVN', 'mttqvn', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'),
    ('Mặt trận Tổ quốc Việt Nam', 'mat tran to quoc viet nam', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'),
    ('UBMTTQVN', 'ubmttqvn', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'),
    ('UBTW MTTQ Việt Nam', 'ubtw mttq viet nam', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'),
    ('Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam', 'uy ban trung uong mat tran to quoc viet nam', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'),
    ('Ủy ban MTTQ Việt Nam', 'uy ban mttq viet nam', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'),
    ('Ủy ban Trung ương MTTQ Việt Nam', 'uy ban trung uong mttq viet nam', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'),
    ('Tỉnh ủy', 'tinh uy', 'Tỉnh ủy'),
    ('BCH Đảng bộ tỉnh', 'bch dang bo tinh', 'Tỉnh ủy'),
    ('Ban Chấp hành Đảng bộ tỉnh', 'ban chap hanh dang bo tinh', 'Tỉnh ủy'),
    ('Tỉnh uỷ', 'tinh uy', 'Tỉnh ủy'),
    ('Thành ủy', 'thanh uy', 'Thành ủy'),
    ('Ban Chấp hành Đảng bộ thành phố', 'ban chap hanh dang bo thanh pho', 'Thành ủy'),
    ('Thành uỷ', 'thanh uy', 'Thành ủy'),
    ('Ban Thường vụ Tỉnh ủy', 'ban thuong vu tinh uy', 'Ban Thường vụ Tỉnh ủy'),
    ('BTV Thành ủy', 'btv thanh uy', 'Ban Thường vụ Tỉnh ủy'),
    ('BTV Tỉnh uỷ', 'btv tinh uy', 'Ban Thường vụ Tỉnh ủy'),
    ('BTV Tỉnh ủy', 'btv tinh uy', 'Ban Thường vụ Tỉnh ủy'),
    ('BTVTU', 'btvtu', 'Ban Thường vụ Tỉnh ủy'),
    ('Ban TV Tỉnh ủy', 'ban tv tinh uy', 'Ban Thường vụ Tỉnh ủy'),
    ('Ban TVTU', 'ban tvtu', 'Ban Thường vụ Tỉnh ủy'),
    ('Ban Thường vụ Thành ủy', 'ban thuong vu thanh uy', 'Ban Thường vụ Tỉnh ủy'),
    ('Ban Thường vụ Tỉnh uỷ', 'ban thuong vu tinh uy', 'Ban Thường vụ Tỉnh ủy'),
    ('Thường vụ Tỉnh ủy', 'thuong vu tinh uy', 'Ban Thường vụ Tỉnh ủy'),
    ('Thường trực Tỉnh ủy', 'thuong truc tinh uy', 'Thường trực Tỉnh ủy'),
    ('TTTU', 'tttu', 'Thường trực Tỉnh ủy'),
    ('Thường trực Thành ủy', 'thuong truc thanh uy', 'Thường trực Tỉnh ủy'),
    ('Thường trực Tỉnh uỷ', 'thuong truc tinh uy', 'Thường trực Tỉnh ủy'),
    ('Ban Tổ chức Tỉnh ủy', 'ban to chuc tinh uy', 'Ban Tổ chức Tỉnh ủy'),
    ('BTCTU', 'btctu', 'Ban Tổ chức Tỉnh ủy'),
    ('Ban TCTU', 'ban tctu', 'Ban Tổ chức Tỉnh ủy'),
    ('Ban Tổ chức Thành ủy', 'ban to chuc thanh uy', 'Ban Tổ chức Tỉnh ủy'),
    ('Ban Tổ chức Tỉnh uỷ', 'ban to chuc tinh uy', 'Ban Tổ chức Tỉnh ủy'),
    ('Ủy ban Kiểm tra Tỉnh ủy', 'uy ban kiem tra tinh uy', 'Ủy ban Kiểm tra Tỉnh ủy'),
    ('UBKT Thành ủy', 'ubkt thanh uy', 'Ủy ban Kiểm tra Tỉnh ủy'),
    ('UBKT Tỉnh uỷ', 'ubkt tinh uy', 'Ủy ban Kiểm tra Tỉnh ủy'),
    ('UBKT Tỉnh ủy', 'ubkt tinh uy', 'Ủy ban Kiểm tra Tỉnh ủy'),
    ('UBKTTU', 'ubkttu', 'Ủy ban Kiểm tra Tỉnh ủy'),
    ('Uỷ ban Kiểm tra Tỉnh uỷ', 'uy ban kiem tra tinh uy', 'Ủy ban Kiểm tra Tỉnh ủy'),
    ('Ủy ban Kiểm tra Thành ủy', 'uy ban kiem tra thanh uy', 'Ủy ban Kiểm tra Tỉnh ủy'),
    ('Hội đồng nhân dân', 'hoi dong nhan dan', 'Hội đồng nhân dân'),
    ('HDND', 'hdnd', 'Hội đồng nhân dân'),
    ('HĐND', 'hdnd', 'Hội đồng nhân dân'),
    ('HĐND tỉnh', 'hdnd tinh', 'Hội đồng nhân dân'),
    ('Hội đồng nhân dân tỉnh', 'hoi dong nhan dan tinh', 'Hội đồng nhân dân'),
    ('Ủy ban nhân dân', 'uy ban nhan dan', 'Ủy ban nhân dân'),
    ('UBND', 'ubnd', 'Ủy ban nhân dân'),
    ('UBND tỉnh', 'ubnd tinh', 'Ủy ban nhân dân'),
    ('Uỷ ban nhân dân', 'uy ban nhan dan', 'Ủy ban nhân dân'),
    ('Ủy ban nhân dân tỉnh', 'uy ban nhan dan tinh', 'Ủy ban nhân dân'),
    ('Ủy ban Mặt trận Tổ quốc', 'uy ban mat tran to quoc', 'Ủy ban Mặt trận Tổ quốc'),
    ('MTTQ', 'mttq', 'Ủy ban Mặt trận Tổ quốc'),
    ('UBMTTQ', 'ubmttq', 'Ủy ban Mặt trận Tổ quốc'),
    ('Uỷ ban Mặt trận Tổ quốc', 'uy ban mat tran to quoc', 'Ủy ban Mặt trận Tổ quốc'),
    ('Ủy ban MTTQ', 'uy ban mttq', 'Ủy ban Mặt trận Tổ quốc'),
    ('Ủy ban MTTQ tỉnh', 'uy ban mttq tinh', 'Ủy ban Mặt trận Tổ quốc'),
    ('Đoàn đại biểu Quốc hội', 'doan dai bieu quoc hoi', 'Đoàn đại biểu Quốc hội'),
    ('Đoàn ĐBQH', 'doan dbqh', 'Đoàn đại biểu Quốc hội'),
    ('Đoàn ĐBQH tỉnh', 'doan dbqh tinh', 'Đoàn đại biểu Quốc hội'),
    ('Đoàn đại biểu Quốc hội tỉnh', 'doan dai bieu quoc hoi tinh', 'Đoàn đại biểu Quốc hội'),
    ('ĐĐBQH', 'ddbqh', 'Đoàn đại biểu Quốc hội'),
    ('Huyện ủy', 'huyen uy', 'Huyện ủy'),
    ('Huyện uỷ', 'huyen uy', 'Huyện ủy'),
    ('Quận ủy', 'quan uy', 'Quận ủy'),
    ('Quận uỷ', 'quan uy', 'Quận ủy'),
    ('Thị ủy', 'thi uy', 'Thị ủy'),
    ('Thị uỷ', 'thi uy', 'Thị ủy'),
    ('Đảng ủy', 'dang uy', 'Đảng ủy'),
    ('Đảng uỷ', 'dang uy', 'Đảng ủy'),
    ('Đảng ủy phường', 'dang uy phuong', 'Đảng ủy'),
    ('Đảng ủy xã', 'dang uy xa', 'Đảng ủy');


-- ---------------------------------------------------------------------------
-- Document types
-- ---------------------------------------------------------------------------

CREATE TABLE @extschema@.gb_doc_type (
    kind        pg_catalog.text NOT NULL PRIMARY KEY,
    letters     pg_catalog.text,
    slug        pg_catalog.text NOT NULL UNIQUE,
    system      pg_catalog.text[] NOT NULL
                CHECK (system OPERATOR(pg_catalog.<@) ARRAY['Đảng', 'Nhà nước']::pg_catalog.text[]
                       AND pg_catalog.cardinality(system) OPERATOR(pg_catalog.>) 0),
    description pg_catalog.text NOT NULL
);
CREATE INDEX gb_doc_type_letters_idx ON @extschema@.gb_doc_type (letters);

COMMENT ON TABLE @extschema@.gb_doc_type IS
    'Document types cited in reports, with the letters that stand for them in document codes (205-QĐ/TW, 19/2025/QĐ-TTg).';
COMMENT ON COLUMN @extschema@.gb_doc_type.kind IS
    'Canonical kind, as gb_citation.kind: Quy định, Nghị quyết ...';
COMMENT ON COLUMN @extschema@.gb_doc_type.letters IS
    'Letters in the code: QĐ for both Quy định and Quyết định, TT for both Thông tri and Thông tư; NULL for Luật, Bộ luật, Pháp lệnh, whose codes carry none.';
COMMENT ON COLUMN @extschema@.gb_doc_type.slug IS
    'ASCII form used in gb_citation.key (quy-dinh).';
COMMENT ON COLUMN @extschema@.gb_doc_type.system IS
    'Which systems issue the kind: {Đảng}, {Nhà nước} or both.';
COMMENT ON COLUMN @extschema@.gb_doc_type.description IS
    'What the kind is, with code examples.';

INSERT INTO @extschema@.gb_doc_type (kind, letters, slug, system, description)
VALUES
    ('Quy định', 'QĐ', 'quy-dinh', ARRAY['Đảng'], 'Party regulation (Quy định of the Politburo, Secretariat or a committee), e.g. 205-QĐ/TW.'),
    ('Quyết định', 'QĐ', 'quyet-dinh', ARRAY['Đảng', 'Nhà nước'], 'Decision; Party codes number-QĐ/TW, State codes number/QĐ-TTg or number/year/QĐ-TTg.'),
    ('Chỉ thị', 'CT', 'chi-thi', ARRAY['Đảng', 'Nhà nước'], 'Directive, e.g. 35-CT/TW; State: number/CT-TTg.'),
    ('Nghị quyết', 'NQ', 'nghi-quyet', ARRAY['Đảng', 'Nhà nước'], 'Resolution: of a Party congress, plenum or committee (-NQ/TW), of the National Assembly (/year/QH15), the Government (/NQ-CP) or a People''s Council (/NQ-HĐND).'),
    ('Kết luận', 'KL', 'ket-luan', ARRAY['Đảng'], 'Conclusion of the Politburo, Secretariat or a committee, e.g. 21-KL/TW.'),
    ('Hướng dẫn', 'HD', 'huong-dan', ARRAY['Đảng', 'Nhà nước'], 'Guidance, e.g. 36-HD/VPTW; State: number/HD-BNV.'),
    ('Thông báo', 'TB', 'thong-bao', ARRAY['Đảng', 'Nhà nước'], 'Notice; also announces a conclusion (Thông báo kết luận).'),
    ('Thông tri', 'TT', 'thong-tri', ARRAY['Đảng'], 'Party circular instructing lower levels (-TT/TW); same letters as Thông tư.'),
    ('Quy chế', 'QC', 'quy-che', ARRAY['Đảng', 'Nhà nước'], 'Working rules, e.g. Quy chế làm việc (-QC/TW).'),
    ('Kế hoạch', 'KH', 'ke-hoach', ARRAY['Đảng', 'Nhà nước'], 'Plan, e.g. -KH/TW, /KH-UBND.'),
    ('Nghị định', 'NĐ', 'nghi-dinh', ARRAY['Nhà nước'], 'Government decree, number/year/NĐ-CP.'),
    ('Thông tư', 'TT', 'thong-tu', ARRAY['Nhà nước'], 'Ministerial circular, number/year/TT-<ministry>; same letters as Thông tri.'),
    ('Thông tư liên tịch', 'TTLT', 'thong-tu-lien-tich', ARRAY['Nhà nước'], 'Joint circular of several ministries, number/year/TTLT-<ministries>.'),
    ('Luật', NULL, 'luat', ARRAY['Nhà nước'], 'Law of the National Assembly, number/year/QH<term>; no kind letters in its code.'),
    ('Bộ luật', NULL, 'bo-luat', ARRAY['Nhà nước'], 'Code (Bộ luật Hình sự ...), number/year/QH<term>; no kind letters in its code.'),
    ('Pháp lệnh', NULL, 'phap-lenh', ARRAY['Nhà nước'], 'Ordinance of the Standing Committee, number/year/UBTVQH<term>; no kind letters in its code.'),
    ('Công văn', 'CV', 'cong-van', ARRAY['Đảng', 'Nhà nước'], 'Official letter; Party codes number-CV/<body>, State codes usually number/<body>-<unit> without letters.'),
    ('Công điện', 'CĐ', 'cong-dien', ARRAY['Nhà nước'], 'Urgent dispatch, e.g. number/CĐ-TTg.'),
    ('Đề án', 'ĐA', 'de-an', ARRAY['Đảng', 'Nhà nước'], 'Scheme or project, e.g. -ĐA/TU, /ĐA-CP.'),
    ('Chương trình', 'CTr', 'chuong-trinh', ARRAY['Đảng', 'Nhà nước'], 'Programme, e.g. Chương trình hành động -CTr/TU.'),
    ('Tờ trình', 'TTr', 'to-trinh', ARRAY['Đảng', 'Nhà nước'], 'Submission to a higher body, e.g. /TTr-CP.');
