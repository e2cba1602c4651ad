--
-- The knowledge base: documents in, meetings, regulations, people out
--
SET datestyle TO iso, ymd;
SET client_min_messages TO warning;
\pset null '·'
\set s0 `cat test/data/seeds/000_5327f5567aecf496.txt`
\set s1 `cat test/data/seeds/001_74db067d2dbffab4.txt`
\set s2 `cat test/data/seeds/002_6c05edbfbb656e89.txt`
\set s3 `cat test/data/seeds/003_492413fa215982bc.txt`
\set s4 `cat test/data/seeds/004_08361227f022f5cb.txt`

INSERT INTO gb_document (ref, published, body) VALUES
    ('seed000', '2024-10-03', :'s0'),
    ('seed001', '2019-09-30', :'s1'),
    ('seed002', '2021-10-01', :'s2'),
    ('seed003', '2021-06-29', :'s3'),
    ('seed004', '2019-10-29', :'s4');

-- every document has its derived rows, in the same transaction
SELECT d.ref, r.report_date, r.extracted_by IS NOT NULL AS extracted,
       (SELECT count(*) FROM gb_doc_citation c WHERE c.doc_id = d.id) AS citations
FROM gb_document d JOIN gb_doc_report r ON r.doc_id = d.id ORDER BY d.ref;

-- one row per regulation across the corpus
SELECT key, kind, number, code, issued, issuer, term, reports
FROM gb_regulations ORDER BY kind, number NULLS LAST, term, key;

-- "Quy định 205 của Bộ Chính trị" of 2021 is the 205-QĐ/TW of 23/9/2019
SELECT ref, raw, key
FROM gb_citing_reports WHERE key LIKE 'quy-dinh:205%' ORDER BY ref;

-- Chỉ thị 35-CT/TW of 2019 and Chỉ thị 35 of 2024 stay two regulations
SELECT key, issued, term, reports FROM gb_regulations
WHERE kind = 'Chỉ thị' AND number = '35' ORDER BY key;

-- meetings, one row per report of a meeting
SELECT ref, meeting_kind, held_on, time_of_day, organizer, period, chairs, bridge_points
FROM gb_meetings ORDER BY held_on;

-- who held "Trưởng Ban Tổ chức Trung ương" when
SELECT name, title, first_seen, last_seen, reports
FROM gb_positions WHERE title_key = 'truong ban to chuc trung uong' ORDER BY first_seen;

-- one row per person, every title seen
SELECT name, titles, first_seen, last_seen, reports
FROM gb_people WHERE name_key IN ('pham minh chinh', 'truong thi mai') ORDER BY name_key;

-- person x meeting with roles
SELECT name, ref, held_on, roles FROM gb_appearances
WHERE name_key = 'pham minh chinh' ORDER BY held_on;

-- a user's own table of officials, joined on name_key
CREATE TABLE my_officials (person_id int, full_name text);
INSERT INTO my_officials VALUES (1, 'Trương Thị Mai'), (2, 'Lê Minh Hưng');
SELECT m.person_id, a.ref, a.held_on, a.roles
FROM my_officials m JOIN gb_appearances a ON a.name_key = gb_fold(m.full_name)
ORDER BY m.person_id, a.held_on;
DROP TABLE my_officials;

-- editing a document re-derives it; regulations no one cites go away
UPDATE gb_document SET body = 'Thực hiện Quy định số 999 ngày 1/2/2022 của Bộ Chính trị.'
WHERE ref = 'seed003';
SELECT c.key FROM gb_doc_citation c JOIN gb_document d ON d.id = c.doc_id WHERE d.ref = 'seed003';
SELECT count(*) AS orphan_regulations FROM gb_regulation g
WHERE NOT EXISTS (SELECT 1 FROM gb_doc_citation c WHERE c.reg_id = g.id);
DELETE FROM gb_document WHERE ref = 'seed003';
SELECT count(*) AS rows_of_deleted_document
FROM gb_doc_citation c WHERE NOT EXISTS (SELECT 1 FROM gb_document d WHERE d.id = c.doc_id);
-- every derived table follows its documents (statement triggers, not
-- foreign keys, since 0.5.0), and a citation's regulation exists
CREATE TEMP VIEW dangling AS
SELECT (SELECT count(*) FROM gb_doc_report r
        WHERE NOT EXISTS (SELECT 1 FROM gb_document d WHERE d.id = r.doc_id)) AS reports,
       (SELECT count(*) FROM gb_doc_citation c
        WHERE NOT EXISTS (SELECT 1 FROM gb_document d WHERE d.id = c.doc_id)) AS citations,
       (SELECT count(*) FROM gb_doc_official o
        WHERE NOT EXISTS (SELECT 1 FROM gb_document d WHERE d.id = o.doc_id)) AS officials,
       (SELECT count(*) FROM gb_doc_title t
        WHERE NOT EXISTS (SELECT 1 FROM gb_doc_official o
                          WHERE o.doc_id = t.doc_id AND o.ord = t.ord)) AS titles,
       (SELECT count(*) FROM gb_doc_citation c
        WHERE NOT EXISTS (SELECT 1 FROM gb_regulation g WHERE g.id = c.reg_id)) AS regulations,
       (SELECT count(*) FROM gb_document d
        WHERE NOT EXISTS (SELECT 1 FROM gb_doc_report r WHERE r.doc_id = d.id)) AS unreported;
SELECT * FROM dangling;
-- an id changed moves the derived rows with it
UPDATE gb_document SET id = id + 1000 WHERE ref = 'seed002';
SELECT * FROM dangling;
SELECT count(*) > 0 AS moved FROM gb_doc_title t JOIN gb_document d ON d.id = t.doc_id
WHERE d.ref = 'seed002';
SELECT count(*) AS regulation_999 FROM gb_regulation WHERE number = '999';

-- updating a column that is not the text changes nothing derived
UPDATE gb_document SET url = 'https://example.org/1' WHERE ref = 'seed001';
SELECT count(*) FROM gb_doc_citation c JOIN gb_document d ON d.id = c.doc_id WHERE d.ref = 'seed001';

-- ingest from any query, in batches, with progress
CREATE TABLE their_articles (id int, link text, day date, content text);
INSERT INTO their_articles VALUES
    (1, 'u1', '2022-03-15', 'Ngày 14/3, Ban Tổ chức Trung ương quán triệt Quy định số 58, ngày 8-2-2022 của Bộ Chính trị.'),
    (2, 'u2', '2022-04-01', 'Tiếp tục thực hiện Quy định 58 của Bộ Chính trị và Quy định 205 của Bộ Chính trị.'),
    (3, 'u3', '2023-01-05', 'Triển khai Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.');
CALL gb_ingest('SELECT ''a'' || id AS ref, link AS url, day AS published, content AS body FROM their_articles', 2);
SELECT ref, url, published FROM gb_document WHERE ref LIKE 'a%' ORDER BY ref;
-- the short form of a later report joins the regulation dated by an earlier one
SELECT ref, key FROM gb_citing_reports WHERE ref LIKE 'a%' ORDER BY ref, key;
-- loading the same refs again updates them
CALL gb_ingest('SELECT ''a'' || id AS ref, link AS url, day AS published, content || '' '' AS body FROM their_articles', 10);
SELECT count(*) FROM gb_document WHERE ref LIKE 'a%';
CALL gb_ingest('SELECT 1', 0);
-- a batch's rows stay in memory for the triggers' transition tables
SELECT proconfig FROM pg_proc WHERE oid = 'gb_load_batch'::regproc;
-- a ref twice in one batch: the later row, as in two batches
CREATE TABLE dups (n int, body text);
INSERT INTO dups VALUES (1, 'Quy định 58 lần một.'), (2, 'Quy định 205 lần hai.'),
                        (3, 'Chỉ thị 35 lần ba.');
CALL gb_ingest($$SELECT 'dup' AS ref, NULL AS url, NULL::date AS published, body
                FROM dups WHERE n < 3 ORDER BY n$$, 10);
SELECT ref, body FROM gb_document WHERE ref = 'dup';
CALL gb_ingest($$SELECT 'dup' AS ref, NULL AS url, NULL::date AS published, body
                FROM dups ORDER BY n DESC$$, 10);
SELECT ref, body FROM gb_document WHERE ref = 'dup';
DELETE FROM gb_document WHERE ref = 'dup';
DROP TABLE dups;

-- re-extraction of the whole corpus is one call, and changes nothing here
CREATE TEMP TABLE before AS SELECT doc_id, ord, key, reg_id FROM gb_doc_citation;
CALL gb_reextract(2);
SELECT count(*) AS changed FROM (
    (SELECT doc_id, ord, key FROM before EXCEPT SELECT doc_id, ord, key FROM gb_doc_citation)
    UNION ALL
    (SELECT doc_id, ord, key FROM gb_doc_citation EXCEPT SELECT doc_id, ord, key FROM before)) x;
SELECT * FROM dangling;

-- accent-insensitive search, through the index
SELECT ref FROM gb_search('truong thi mai') ORDER BY ref;
SELECT ref FROM gb_search('QUY ĐỊNH 205') ORDER BY ref;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT ref FROM gb_search('truong thi mai');
RESET enable_seqscan;

-- a user's own table of documents, joined on code
CREATE TABLE my_documents (code text, title text);
INSERT INTO my_documents VALUES ('205-QĐ/TW', 'Quy định về kiểm soát quyền lực và chống chạy chức, chạy quyền');
SELECT m.title, g.issued, g.reports FROM my_documents m JOIN gb_regulations g ON g.code = m.code;

-- after the loads, edits and deletes above (resolved batch by batch), a
-- regulation's dates and report count are those of the citations there
-- are, and its attributes the ones most of them give
SELECT count(*) AS regulations_off FROM gb_regulation g
WHERE ROW(g.first_cited, g.last_cited, g.reports) IS DISTINCT FROM (
        SELECT ROW(min(r.report_date), max(r.report_date), count(DISTINCT c.doc_id))
        FROM gb_doc_citation c JOIN gb_doc_report r ON r.doc_id = c.doc_id
        WHERE c.reg_id = g.id)
   OR g.code IS DISTINCT FROM (
        SELECT c.code FROM gb_doc_citation c
        WHERE c.reg_id = g.id AND c.code IS NOT NULL AND (g.term IS NULL OR c.term IS NOT NULL)
        GROUP BY c.code ORDER BY count(c.term) DESC, count(*) DESC, c.code LIMIT 1)
   OR g.issued IS DISTINCT FROM (
        SELECT c.issued FROM gb_doc_citation c
        WHERE c.reg_id = g.id AND c.issued IS NOT NULL AND (g.term IS NULL OR c.term IS NOT NULL)
        GROUP BY c.issued ORDER BY count(c.term) DESC, count(*) DESC, c.issued LIMIT 1)
   OR g.issuer IS DISTINCT FROM (
        SELECT c.issuer FROM gb_doc_citation c
        WHERE c.reg_id = g.id AND c.issuer IS NOT NULL AND (g.term IS NULL OR c.term IS NOT NULL)
        GROUP BY c.issuer ORDER BY count(c.term) DESC, count(*) DESC, c.issuer LIMIT 1)
   OR g.subject IS DISTINCT FROM (
        SELECT c.subject FROM gb_doc_citation c
        WHERE c.reg_id = g.id AND c.subject IS NOT NULL
        GROUP BY c.subject ORDER BY count(c.term) DESC, count(*) DESC, c.subject LIMIT 1);

DROP TABLE their_articles, my_documents;
SELECT * FROM dangling;
-- TRUNCATE empties the derived tables with the documents, CASCADE or not
TRUNCATE gb_document;
SELECT (SELECT count(*) FROM gb_doc_report) + (SELECT count(*) FROM gb_doc_citation)
       + (SELECT count(*) FROM gb_doc_official) + (SELECT count(*) FROM gb_doc_title)
       AS derived_rows_left;
SELECT count(*) FROM gb_regulation;
INSERT INTO gb_document (ref, body) VALUES ('t', 'Quy định số 205-QĐ/TW ngày 23-9-2019 của Bộ Chính trị.');
TRUNCATE gb_document CASCADE;
SELECT count(*) AS citations_left FROM gb_doc_citation;
SELECT count(*) FROM gb_regulation;
DROP VIEW dangling;
