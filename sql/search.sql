--
-- Accent-insensitive search: the words the index keeps and the phrase a
-- query asks for
--
SET client_min_messages TO notice;

-- the words of the folded text, with their positions: runs of letters and
-- digits, punctuation between them separates
SELECT gb_search_words('Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, phát biểu.');
SELECT gb_search_words('Quy định 205-QĐ/TW ngày 23/9/2019 (tại www.dangcongsan.vn)');
-- a word said twice keeps both positions
SELECT gb_search_words('Hội nghị, hội nghị trực tuyến');
-- other scripts are words too; a text of punctuation has none
SELECT gb_search_words('Ελλάδα 北京 — ««»» …');
SELECT gb_search_words(''), gb_search_words(NULL) IS NULL AS null_in_null_out;

-- plain words give what to_tsvector('simple', gb_fold(...)) gives
SELECT gb_search_words(t) = to_tsvector('simple', gb_fold(t)) AS same
FROM (VALUES ('Ban Tổ chức Trung ương tổ chức Hội nghị giao ban quý III năm 2024'),
             ('Đồng chí Lê Minh Hưng chủ trì hội nghị'),
             -- words that share their first bytes sort as to_tsvector sorts them
             ('abcdefghij abcdefgh abcdefgha abc abcdefg abcdefghi abcdefghij2 abcdefgh0'),
             ('chinhtrixahoi chinhtri chinh chinhtrixa nghiệm nghị nghịch Nghi'),
             -- at most 255 positions a word, none past 16383
             (repeat('xin chào các bạn ', 5000) || 'hết'),
             ('')) v(t);

-- decomposed (NFD) text gives the words of the composed one, whether the
-- marks sit on Vietnamese letters or on letters gb_fold() keeps; so does a
-- sign NFC replaces (U+212B ANGSTROM SIGN is Å)
SELECT t, gb_search_words(normalize(t, NFD)) = gb_search_words(t) AS same_as_nfc
FROM (VALUES ('Trương Thị Mai, Ủy viên Bộ Chính trị'), ('Ελλάδα'), ('한국어')) v(t);
SELECT gb_search_words(U&'\212B ngstr\00F6m') AS angstrom_sign;

-- a query is its words in a row
SELECT gb_search_query('QUY ĐỊNH 205');
SELECT gb_search_query('205-QĐ/TW');
SELECT gb_search_query('Trương   Thị Mai');
SELECT gb_search_query('...');

-- distinct words past a tsvector's 1 MB: the error to_tsvector() gives
SELECT length(gb_search_words(string_agg('w' || g, ' '))) FROM generate_series(1, 150000) g;
\echo :LAST_ERROR_SQLSTATE
SELECT length(to_tsvector('simple', string_agg('w' || g, ' '))) FROM generate_series(1, 150000) g;

-- a word too long for a tsvector is left out, with a notice, on both sides
SELECT numnode(gb_search_query(repeat('a', 3000) || ' b')) AS nodes;
SELECT length(gb_search_words(repeat('a', 3000) || ' b')) AS lexemes;

-- through the table: words in a row, whatever the accents and punctuation
INSERT INTO gb_document (ref, body) VALUES
    ('search1', 'Đồng chí Trương Thị Mai chủ trì; Quy định 205-QĐ/TW ngày 23/9/2019.'),
    ('search2', 'Trương Văn Mai dự; thị xã Mai Sơn; quy định số 205.'),
    ('search3', 'TRUONG THI MAI');
SELECT ref FROM gb_search('truong thi mai') WHERE ref LIKE 'search_' ORDER BY ref;
SELECT ref FROM gb_search('Trương Thị Mai') WHERE ref LIKE 'search_' ORDER BY ref;
SELECT ref FROM gb_search('qd/tw') WHERE ref LIKE 'search_' ORDER BY ref;
SELECT ref FROM gb_search('quy định 205') WHERE ref LIKE 'search_' ORDER BY ref;
SELECT ref FROM gb_search('mai') WHERE ref LIKE 'search_' ORDER BY ref;
SELECT ref FROM gb_search('') WHERE ref LIKE 'search_' ORDER BY ref;
-- the stored words follow the text
UPDATE gb_document SET body = 'Thị xã Mai Sơn' WHERE ref = 'search3';
SELECT ref FROM gb_search('truong thi mai') WHERE ref LIKE 'search_' ORDER BY ref;
SELECT body_words FROM gb_document WHERE ref = 'search3';
DELETE FROM gb_document WHERE ref LIKE 'search_';
