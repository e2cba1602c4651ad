--
-- Reference tables: provinces (63 and 34), merges, aliases, bodies,
-- document types
--

-- how many units in each era, by kind: 57 + 6 before 1/7/2025, 28 + 6 after
SELECT era, kind, count(*) AS units
FROM gb_province
GROUP BY era, kind
ORDER BY era DESC, kind DESC;

-- the eras' dates
SELECT era, to_char(min(valid_from), 'YYYY-MM-DD') AS valid_from,
       to_char(max(valid_to), 'YYYY-MM-DD') AS valid_to,
       count(*) FILTER (WHERE valid_to IS NULL) AS current, count(*) AS units
FROM gb_province
GROUP BY era
ORDER BY era DESC;

-- every old unit maps to exactly one new one, and every new one is reached
SELECT (SELECT count(*) FROM gb_province WHERE era = '63') AS old_units,
       (SELECT count(DISTINCT old_code) FROM gb_province_merge) AS old_mapped,
       (SELECT count(*) FROM gb_province p
         WHERE p.era = '63'
           AND (SELECT count(*) FROM gb_province_merge m WHERE m.old_code = p.code) <> 1) AS not_exactly_one,
       (SELECT count(*) FROM gb_province_merge m
         WHERE NOT EXISTS (SELECT 1 FROM gb_province p WHERE p.era = '34' AND p.code = m.new_code)) AS unknown_new,
       (SELECT count(*) FROM gb_province p
         WHERE p.era = '34'
           AND NOT EXISTS (SELECT 1 FROM gb_province_merge m WHERE m.new_code = p.code)) AS new_unreached;

-- each of the 34 keeps the code of one of the units it was formed from
SELECT count(*) AS new_units,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM gb_province_merge m
                                      WHERE m.new_code = p.code AND m.old_code = p.code)) AS keeps_an_old_code
FROM gb_province p
WHERE p.era = '34';

-- the 23 merged units and what went into them (the unit keeping its code first)
SELECT n.code, n.short_name AS new_unit,
       string_agg(o.short_name || ' (' || o.code || ')', ', '
                  ORDER BY o.code <> n.code, o.code) AS formed_from
FROM gb_province n
JOIN gb_province_merge m ON m.new_code = n.code
JOIN gb_province o ON o.era = '63' AND o.code = m.old_code
WHERE n.era = '34'
GROUP BY n.code, n.short_name
HAVING count(*) > 1
ORDER BY n.code;

-- the 11 that did not merge
SELECT string_agg(n.short_name, ', ' ORDER BY n.code) AS not_merged
FROM gb_province n
WHERE n.era = '34'
  AND (SELECT count(*) FROM gb_province_merge m WHERE m.new_code = n.code) = 1;

-- codes that went out of use on 1/7/2025
SELECT count(*) AS retired, string_agg(o.code, ' ' ORDER BY o.code) AS retired_codes
FROM gb_province o
WHERE o.era = '63'
  AND NOT EXISTS (SELECT 1 FROM gb_province n WHERE n.era = '34' AND n.code = o.code);

-- same code, new extent: Bắc Ninh was 27, the new Bắc Ninh is 24 (Bắc Giang's)
SELECT code, era, name, kind
FROM gb_province
WHERE name_key IN ('bac ninh', 'bac giang')
ORDER BY era DESC, code;

-- Huế: Tỉnh Thừa Thiên Huế became a centrally-run city on 1/1/2025
SELECT code, era, name, kind, note IS NOT NULL AS has_note
FROM gb_province
WHERE code = '46'
ORDER BY era DESC;

-- spellings of Ho Chi Minh City, in both eras
SELECT a.alias, a.alias_key, a.code, a.era, p.name
FROM gb_province_alias a
JOIN gb_province p USING (code, era)
WHERE a.alias IN ('TP.HCM', 'TPHCM', 'TP HCM', 'TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'Sài Gòn')
ORDER BY a.era DESC, a.alias;

-- old and new tone placement, one unit
SELECT a.alias, a.alias_key, a.code, a.era
FROM gb_province_alias a
WHERE a.alias IN ('Thanh Hóa', 'Thanh Hoá', 'Khánh Hòa', 'Khánh Hoà', 'Hòa Bình', 'Hoà Bình')
ORDER BY a.alias_key, a.era DESC, a.alias;

SELECT (SELECT DISTINCT code FROM gb_province_alias WHERE alias = 'Thanh Hoá')
     = (SELECT DISTINCT code FROM gb_province_alias WHERE alias = 'Thanh Hóa') AS same_code;

-- other spellings reports use
SELECT a.alias, a.code, a.era, p.short_name
FROM gb_province_alias a
JOIN gb_province p USING (code, era)
WHERE a.alias IN ('Huế', 'Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Bà Rịa - Vũng Tàu', 'BR-VT',
                  'Đắk Lắk', 'Đắc Lắc', 'Đắk Nông')
ORDER BY a.code, a.era DESC, a.alias;

-- one key names one unit in an era
SELECT count(*) AS ambiguous_keys
FROM (SELECT alias_key, era FROM gb_province_alias
      GROUP BY alias_key, era HAVING count(DISTINCT code) > 1) s;

-- every unit is found by its short and full name
SELECT count(*) AS units_without_both_names
FROM gb_province p
WHERE NOT EXISTS (SELECT 1 FROM gb_province_alias a WHERE (a.code, a.era) = (p.code, p.era) AND a.alias = p.short_name)
   OR NOT EXISTS (SELECT 1 FROM gb_province_alias a WHERE (a.code, a.era) = (p.code, p.era) AND a.alias = p.name);

-- a place named in a 2021 report, in today's units: Bình Dương is now TP. Hồ Chí Minh
SELECT a.alias, o.code AS old_code, o.name AS then, n.code AS new_code, n.name AS now
FROM gb_province_alias a
JOIN gb_province o ON (o.code, o.era) = (a.code, a.era)
JOIN gb_province_merge m ON m.old_code = o.code
JOIN gb_province n ON n.era = '34' AND n.code = m.new_code
WHERE a.era = '63' AND a.alias_key IN ('binh duong', 'ha giang', 'yen bai', 'long an', 'hue')
ORDER BY a.alias_key;

-- a user's table joined on code (the README's example)
CREATE TEMP TABLE my_unit (province_code text, staff int);
INSERT INTO my_unit VALUES ('79', 120), ('15', 40), ('08', 35);
SELECT u.province_code, p.name, u.staff
FROM my_unit u
JOIN gb_province p ON p.code = u.province_code AND p.valid_to IS NULL
ORDER BY u.province_code;
DROP TABLE my_unit;

--
-- Bodies
--
SELECT level, branch, count(*) AS bodies
FROM gb_body
GROUP BY level, branch
ORDER BY level, branch;

-- abbreviations resolve
SELECT a.alias, b.name, b.level, b.branch, b.code_suffix
FROM gb_body_alias a
JOIN gb_body b ON b.name = a.body
WHERE a.alias IN ('BTCTW', 'UBKTTW', 'VPTW', 'BCH TW', 'BCHTW', 'Ban Chấp hành Trung ương Đảng',
                  'Ban Bí thư Trung ương Đảng', 'BTV Tỉnh ủy', 'Ban TVTU', 'UBKT Tỉnh ủy',
                  'HĐND', 'UBND', 'Ủy ban MTTQ', 'UBMTTQVN', 'Đoàn ĐBQH', 'TTg')
ORDER BY a.alias;

-- the issuer of a document code: 205-QĐ/TW, 19/2025/QĐ-TTg, 1814/BNV-TCBC
SELECT code_suffix, string_agg(name, ', ' ORDER BY name) AS bodies
FROM gb_body
WHERE code_suffix IN ('TW', 'TTg', 'BNV', 'TU')
GROUP BY code_suffix
ORDER BY code_suffix;

-- one key names one body
SELECT count(*) AS ambiguous_keys
FROM (SELECT alias_key FROM gb_body_alias GROUP BY alias_key HAVING count(DISTINCT body) > 1) s;

-- suffixes left NULL (no source confirmed them)
SELECT name FROM gb_body WHERE code_suffix IS NULL ORDER BY name;

--
-- Document types
--
SELECT kind, letters, slug, system
FROM gb_doc_type
ORDER BY kind;

-- letters shared by two kinds
SELECT letters, string_agg(kind, ', ' ORDER BY kind) AS kinds
FROM gb_doc_type
WHERE letters IS NOT NULL
GROUP BY letters
HAVING count(*) > 1
ORDER BY letters;

--
-- Every key is gb_fold() of its text (checked where gb_fold is installed;
-- the DO block raises on any mismatch)
--
DO $$
DECLARE
    bad int;
BEGIN
    IF pg_catalog.to_regprocedure('gb_fold(text)') IS NULL THEN
        RETURN;
    END IF;
    EXECUTE $q$
        SELECT (SELECT count(*) FROM gb_province WHERE name_key <> gb_fold(short_name))
             + (SELECT count(*) FROM gb_province_alias WHERE alias_key <> gb_fold(alias))
             + (SELECT count(*) FROM gb_body WHERE name_key <> gb_fold(name))
             + (SELECT count(*) FROM gb_body_alias WHERE alias_key <> gb_fold(alias))
    $q$ INTO bad;
    IF bad <> 0 THEN
        RAISE EXCEPTION '% keys differ from gb_fold()', bad;
    END IF;
END
$$;

-- every table and column is documented
SELECT c.relname,
       obj_description(c.oid, 'pg_class') IS NOT NULL AS table_comment,
       count(*) FILTER (WHERE col_description(c.oid, a.attnum) IS NULL) AS columns_without_comment
FROM pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relname IN ('gb_province', 'gb_province_merge', 'gb_province_alias',
                    'gb_body', 'gb_body_alias', 'gb_doc_type')
  AND c.relkind = 'r'
GROUP BY c.oid, c.relname
ORDER BY c.relname;
