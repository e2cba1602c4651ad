-- The knowledge base is what its documents say, and nothing else: one line
-- per check, "ok|check" or "FAIL|check|detail".
WITH cit_now AS (
    SELECT d.id AS doc_id, c.key, c.mentions, c.span, c.raw, c.ord
    FROM gb_document d,
         LATERAL gb_citations(d.body, d.published) WITH ORDINALITY
             AS c(kind, number, code, issued, issuer, plenum, term, subject,
                  key, mentions, span, raw, ord)
), cit_kept AS (
    SELECT doc_id, key, mentions, span, raw, ord::bigint FROM gb_doc_citation
), off_now AS (
    SELECT d.id AS doc_id, o.name, o.name_key, o.mentions, o.span, o.ord
    FROM gb_document d,
         LATERAL gb_officials(d.body) WITH ORDINALITY
             AS o(name, name_key, honorific, titles, roles, mentions, span, ord)
), off_kept AS (
    SELECT doc_id, name, name_key, mentions, span, ord::bigint FROM gb_doc_official
), checks(name, bad) AS (
    SELECT 'every document has its report row',
           (SELECT count(*) FROM gb_document d
            WHERE NOT EXISTS (SELECT 1 FROM gb_doc_report r WHERE r.doc_id = d.id))
    UNION ALL
    SELECT 'no report row without its document',
           (SELECT count(*) FROM gb_doc_report r
            WHERE NOT EXISTS (SELECT 1 FROM gb_document d WHERE d.id = r.doc_id))
    UNION ALL
    SELECT 'no citation without its document',
           (SELECT count(*) FROM gb_doc_citation c
            WHERE NOT EXISTS (SELECT 1 FROM gb_document d WHERE d.id = c.doc_id))
    UNION ALL
    SELECT 'no official without its document',
           (SELECT count(*) FROM gb_doc_official o
            WHERE NOT EXISTS (SELECT 1 FROM gb_document d WHERE d.id = o.doc_id))
    UNION ALL
    SELECT 'no title without its official',
           (SELECT count(*) FROM gb_doc_title t
            WHERE NOT EXISTS (SELECT 1 FROM gb_doc_official o
                              WHERE o.doc_id = t.doc_id AND o.ord = t.ord))
    UNION ALL
    SELECT 'every official''s titles are kept',
           (SELECT count(*) FROM gb_doc_official o
            WHERE cardinality(o.titles) <> (SELECT count(*) FROM gb_doc_title t
                                            WHERE t.doc_id = o.doc_id AND t.ord = o.ord))
    UNION ALL
    SELECT 'citations are what gb_citations() finds now (keys, counts, spans)',
           (SELECT count(*) FROM ((SELECT * FROM cit_now EXCEPT ALL SELECT * FROM cit_kept)
                                  UNION ALL
                                  (SELECT * FROM cit_kept EXCEPT ALL SELECT * FROM cit_now)) s)
    UNION ALL
    SELECT 'officials are what gb_officials() finds now (names, counts, spans)',
           (SELECT count(*) FROM ((SELECT * FROM off_now EXCEPT ALL SELECT * FROM off_kept)
                                  UNION ALL
                                  (SELECT * FROM off_kept EXCEPT ALL SELECT * FROM off_now)) s)
    UNION ALL
    SELECT 'every citation has its regulation',
           (SELECT count(*) FROM gb_doc_citation c
            WHERE NOT EXISTS (SELECT 1 FROM gb_regulation g WHERE g.id = c.reg_id))
    UNION ALL
    SELECT 'a complete citation names the regulation of its key',
           (SELECT count(*) FROM gb_doc_citation c JOIN gb_regulation g ON g.id = c.reg_id
            WHERE c.term IS NOT NULL AND g.key <> c.key)
    UNION ALL
    SELECT 'a citation joins a regulation of its group',
           (SELECT count(*) FROM gb_doc_citation c JOIN gb_regulation g ON g.id = c.reg_id
            WHERE g.grp <> c.grp)
    UNION ALL
    SELECT 'no regulation without a citation',
           (SELECT count(*) FROM gb_regulation g
            WHERE NOT EXISTS (SELECT 1 FROM gb_doc_citation c WHERE c.reg_id = g.id))
    UNION ALL
    SELECT 'the corpus is not empty',
           (SELECT CASE WHEN count(*) > 0 THEN 0 ELSE 1 END FROM gb_doc_citation)
)
SELECT CASE WHEN bad = 0 THEN 'ok|' || name ELSE 'FAIL|' || name || '|' || bad || ' rows' END
FROM checks;
