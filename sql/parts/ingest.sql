-- ingest.sql: a faster knowledge-base ingest (version 0.4.0).
--
-- A fragment of the install and upgrade scripts, which the Makefile puts
-- together: every object is created in @extschema@.

--
-- Accent-insensitive search with the words computed in C: the folded text's
-- runs of letters and digits (pg_search.c), several times faster than
-- to_tsvector() over gb_fold(), which also kept compounds such as
-- "205-qd/tw" as lexemes of their own.  The stored column is computed again
-- for every document already loaded.
--
CREATE FUNCTION @extschema@.gb_search_words(pg_catalog.text)
RETURNS pg_catalog.tsvector
AS 'MODULE_PATHNAME', 'gb_search_words_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100;

COMMENT ON FUNCTION @extschema@.gb_search_words(pg_catalog.text) IS
'the words of gb_fold(text) with their positions: what the search index keeps';

CREATE FUNCTION @extschema@.gb_search_query(pg_catalog.text)
RETURNS pg_catalog.tsquery
AS 'MODULE_PATHNAME', 'gb_search_query_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100;

COMMENT ON FUNCTION @extschema@.gb_search_query(pg_catalog.text) IS
'the words of gb_fold(text) as a phrase, for matching gb_search_words()';

DROP FUNCTION @extschema@.gb_search(pg_catalog.text);
ALTER TABLE @extschema@.gb_document DROP COLUMN body_words;
ALTER TABLE @extschema@.gb_document
    ADD COLUMN body_words pg_catalog.tsvector
    GENERATED ALWAYS AS (@extschema@.gb_search_words(body)) STORED;
CREATE INDEX gb_document_words_idx ON @extschema@.gb_document USING gin (body_words);

CREATE FUNCTION @extschema@.gb_search(query pg_catalog.text)
RETURNS SETOF @extschema@.gb_document
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT d.*
    FROM @extschema@.gb_document d
    WHERE d.body_words OPERATOR(pg_catalog.@@) @extschema@.gb_search_query(query)
    ORDER BY d.id;
END;

-- Bodies are stored compressed: lz4 compresses several times faster than
-- the default pglz, where the server was built with it.  Their words do not
-- compress (lz4 saved 1% on generated reports): they are stored out of line
-- without trying.
DO $$
BEGIN
    ALTER TABLE @extschema@.gb_document ALTER COLUMN body SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    NULL;
END
$$;
ALTER TABLE @extschema@.gb_document ALTER COLUMN body_words SET STORAGE EXTERNAL;

--
-- Derivation, incremental.  A batch of new documents changes the
-- regulations its citations name and, through them, only the short forms of
-- the groups where a regulation a short form may join (one with a term and a
-- citation with a term) appeared or changed the code, issuer or issue date
-- it is matched on.  So after a batch only those short forms and the
-- batch's own are resolved again, not every short form of every group the
-- batch touches: the result is the one gb_regroup() gives (the knowledge
-- base was consistent before the batch, and stays so).  Citations are
-- written once, with their regulation when their key names it, instead of
-- being inserted and updated.  JIT compilation, which the planner's
-- estimates for a batch ask for, costs more than these statements take:
-- it is off here; the sorts of a batch of thousands of citations get the
-- memory that keeps them off disk.
--
CREATE OR REPLACE FUNCTION @extschema@.gb_derive(doc_ids pg_catalog.int8[])
RETURNS pg_catalog.void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET jit = off
SET work_mem = '64MB'
AS $$
DECLARE
    ver pg_catalog.text := (SELECT extversion FROM pg_catalog.pg_extension
                            WHERE extname OPERATOR(pg_catalog.=) 'giaoban');
    cits @extschema@.gb_doc_citation[];
BEGIN
    -- extraction and the rows of the documents alone, without the lock
    WITH x AS MATERIALIZED (
        SELECT d.id, @extschema@.gb_extract(d.body, d.published) AS r
        FROM @extschema@.gb_document d
        WHERE d.id OPERATOR(pg_catalog.=) ANY (doc_ids)
    ), rep AS (
        INSERT INTO @extschema@.gb_doc_report
        SELECT x.id, (x.r).title, (x.r).source, (x.r).author, (x.r).published,
               (x.r).meeting_kind, (x.r).held_on, (x.r).date_inferred,
               (x.r).time_of_day, (x.r).organizer, (x.r).period, (x.r).period_text,
               (x.r).scope, (x.r).online, (x.r).bridge_points, (x.r).chairs,
               COALESCE((x.r).held_on, (x.r).published), ver
        FROM x
    ), off AS (
        INSERT INTO @extschema@.gb_doc_official
            (doc_id, ord, name, name_key, honorific, titles, roles, mentions, span)
        SELECT x.id, o.ord::pg_catalog.int4, o.name, o.name_key, o.honorific, o.titles,
               o.roles, o.mentions, o.span
        FROM x, LATERAL pg_catalog.unnest((x.r).officials) WITH ORDINALITY
                AS o(name, name_key, honorific, titles, roles, mentions, span, ord)
    ), ot AS MATERIALIZED (
        SELECT x.id, o.ord::pg_catalog.int4 AS ord, t.pos::pg_catalog.int4 AS pos,
               o.name_key, o.name, t.title
        FROM x, LATERAL pg_catalog.unnest((x.r).officials) WITH ORDINALITY
                AS o(name, name_key, honorific, titles, roles, mentions, span, ord),
             LATERAL pg_catalog.unnest(o.titles) WITH ORDINALITY AS t(title, pos)
    ), tit AS (
        -- a title's key computed once for all the reports that give it
        INSERT INTO @extschema@.gb_doc_title
        SELECT ot.id, ot.ord, ot.pos, ot.name_key, ot.name, ot.title, k.title_key
        FROM ot
        JOIN (SELECT u.title, @extschema@.gb_title_key(u.title) AS title_key
              FROM (SELECT DISTINCT ot.title FROM ot) u) k
          ON k.title OPERATOR(pg_catalog.=) ot.title
    )
    SELECT pg_catalog.array_agg(ROW(x.id, c.ord::pg_catalog.int4, NULL, c.kind, c.number,
                                    c.code, c.issued, c.issuer, c.plenum, c.term, c.subject,
                                    c.key, c.mentions, c.span, c.raw,
                                    NULL)::@extschema@.gb_doc_citation)
    INTO cits
    FROM x, LATERAL pg_catalog.unnest((x.r).citations) WITH ORDINALITY
            AS c(kind, number, code, issued, issuer, plenum, term, subject,
                 key, mentions, span, raw, ord);

    PERFORM @extschema@.gb_resolve(doc_ids, COALESCE(cits, '{}'));
END
$$;

DROP FUNCTION @extschema@.gb_resolve(pg_catalog.int8[]);

/*
 * The citations of new documents (cits, not yet written), resolved: see
 * gb_resolve() of version 0.2.0 and gb_regroup() for the rules, and
 * gb_derive() for why only some short forms are resolved again.
 */
CREATE FUNCTION @extschema@.gb_resolve(doc_ids pg_catalog.int8[],
                                       cits @extschema@.gb_doc_citation[])
RETURNS pg_catalog.void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET jit = off
AS $$
DECLARE
    named pg_catalog.int8[];
    was_eligible pg_catalog.bool[];
    was_code pg_catalog.text[];
    was_issuer pg_catalog.text[];
    was_issued pg_catalog.date[];
    dirty pg_catalog.text[];
    moved_between pg_catalog.int8[];
BEGIN
    PERFORM @extschema@.gb_lock();
    INSERT INTO @extschema@.gb_regulation (key, kind, number, plenum, term)
    SELECT DISTINCT c.key, c.kind, c.number, c.plenum, c.term
    FROM pg_catalog.unnest(cits) c
    WHERE c.term IS NOT NULL
    ORDER BY c.key
    ON CONFLICT (key) DO NOTHING;

    -- the regulations the complete citations name, as short forms saw them
    SELECT pg_catalog.array_agg(g.id),
           pg_catalog.array_agg(g.term IS NOT NULL AND EXISTS (
               SELECT 1 FROM @extschema@.gb_doc_citation k
               WHERE k.reg_id OPERATOR(pg_catalog.=) g.id AND k.term IS NOT NULL)),
           pg_catalog.array_agg(g.code), pg_catalog.array_agg(g.issuer),
           pg_catalog.array_agg(g.issued)
    INTO named, was_eligible, was_code, was_issuer, was_issued
    FROM @extschema@.gb_regulation g
    WHERE g.key OPERATOR(pg_catalog.=) ANY (ARRAY(
        SELECT DISTINCT c.key FROM pg_catalog.unnest(cits) c WHERE c.term IS NOT NULL));

    -- the complete citations, with the regulation their key names
    INSERT INTO @extschema@.gb_doc_citation
        (doc_id, ord, reg_id, kind, number, code, issued, issuer, plenum, term,
         subject, key, mentions, span, raw)
    SELECT c.doc_id, c.ord, g.id, c.kind, c.number, c.code, c.issued, c.issuer, c.plenum,
           c.term, c.subject, c.key, c.mentions, c.span, c.raw
    FROM pg_catalog.unnest(cits) c
    JOIN @extschema@.gb_regulation g ON g.key OPERATOR(pg_catalog.=) c.key
    WHERE c.term IS NOT NULL;

    -- Attributes are the values most citations give: the complete
    -- citations' votes added (see gb_count_votes()).
    PERFORM @extschema@.gb_count_votes(doc_ids, false, '{}');

    -- the groups where what a short form may join changed
    SELECT pg_catalog.array_agg(DISTINCT g.grp) INTO dirty
    FROM ROWS FROM (pg_catalog.unnest(named), pg_catalog.unnest(was_eligible),
                    pg_catalog.unnest(was_code), pg_catalog.unnest(was_issuer),
                    pg_catalog.unnest(was_issued)) AS b(id, eligible, code, issuer, issued)
    JOIN @extschema@.gb_regulation g ON g.id OPERATOR(pg_catalog.=) b.id
    WHERE g.code IS DISTINCT FROM b.code OR g.issuer IS DISTINCT FROM b.issuer
       OR g.issued IS DISTINCT FROM b.issued
       OR b.eligible IS DISTINCT FROM (g.term IS NOT NULL AND EXISTS (
              SELECT 1 FROM @extschema@.gb_doc_citation k
              WHERE k.reg_id OPERATOR(pg_catalog.=) g.id AND k.term IS NOT NULL));

    -- the batch's short forms, resolved before they are written, and those
    -- of the changed groups, resolved again: the regulations a short form
    -- may join are found once for all short forms of the same group, code
    -- and issuer (alike), the one it joins once for all that also share the
    -- report date (same)
    WITH sf AS (
        SELECT c.doc_id, c.ord, c.kind, c.number, c.code, c.issued, c.issuer, c.plenum,
               c.term, c.subject, c.key, c.mentions, c.span, c.raw,
               c.kind OPERATOR(pg_catalog.||) '|' OPERATOR(pg_catalog.||) COALESCE(c.number, '')
               OPERATOR(pg_catalog.||) '|' OPERATOR(pg_catalog.||)
               COALESCE(c.plenum::pg_catalog.text, '') AS grp,
               NULL::pg_catalog.int8 AS was, true AS fresh
        FROM pg_catalog.unnest(cits) c
        WHERE c.term IS NULL
        UNION ALL
        SELECT c.doc_id, c.ord, c.kind, c.number, c.code, c.issued, c.issuer, c.plenum,
               c.term, c.subject, c.key, c.mentions, c.span, c.raw, c.grp, c.reg_id, false
        FROM @extschema@.gb_doc_citation c
        WHERE c.term IS NULL AND c.grp OPERATOR(pg_catalog.=) ANY (dirty)
    ), dated AS MATERIALIZED (
        SELECT sf.*, r.report_date,
               pg_catalog.dense_rank() OVER (ORDER BY sf.grp, sf.code, sf.issuer) AS alike,
               pg_catalog.dense_rank() OVER (ORDER BY sf.grp, sf.code, sf.issuer,
                                                      r.report_date) AS same
        FROM sf JOIN @extschema@.gb_doc_report r ON r.doc_id OPERATOR(pg_catalog.=) sf.doc_id
    ), candidate AS MATERIALIZED (
        SELECT m.alike, g.id, g.issued, g.key
        FROM (SELECT DISTINCT ON (d.alike) d.alike, d.grp, d.code, d.issuer
              FROM dated d ORDER BY d.alike) m
        JOIN @extschema@.gb_regulation g ON g.grp OPERATOR(pg_catalog.=) m.grp
        WHERE g.term IS NOT NULL
          AND EXISTS (SELECT 1 FROM @extschema@.gb_doc_citation k
                      WHERE k.reg_id OPERATOR(pg_catalog.=) g.id AND k.term IS NOT NULL)
          AND (m.code IS NULL OR g.code IS NULL
               OR pg_catalog.lower(g.code) OPERATOR(pg_catalog.=) pg_catalog.lower(m.code))
          AND (m.issuer IS NULL OR g.issuer IS NULL
               OR g.issuer OPERATOR(pg_catalog.=) m.issuer)
    ), best AS MATERIALIZED (
        SELECT DISTINCT ON (m.same) m.same, c.id AS reg_id
        FROM (SELECT DISTINCT ON (d.same) d.same, d.alike, d.report_date
              FROM dated d ORDER BY d.same) m
        JOIN candidate c ON c.alike OPERATOR(pg_catalog.=) m.alike
        WHERE c.issued IS NULL OR m.report_date IS NULL
           OR c.issued OPERATOR(pg_catalog.<=) m.report_date
        ORDER BY m.same, c.issued DESC NULLS LAST, c.key
    ), matched AS MATERIALIZED (
        SELECT d.*, b.reg_id
        FROM dated d LEFT JOIN best b ON b.same OPERATOR(pg_catalog.=) d.same
    ), own AS (
        INSERT INTO @extschema@.gb_regulation (key, kind, number, plenum, term)
        SELECT DISTINCT m.key, m.kind, m.number, m.plenum, m.term
        FROM matched m
        WHERE m.reg_id IS NULL
        ORDER BY m.key
        ON CONFLICT (key) DO NOTHING
        RETURNING id, key
    ), target AS (
        SELECT m.*,
               COALESCE(m.reg_id, o.id, (SELECT g.id FROM @extschema@.gb_regulation g
                                         WHERE g.key OPERATOR(pg_catalog.=) m.key)) AS target
        FROM matched m LEFT JOIN own o ON o.key OPERATOR(pg_catalog.=) m.key
    ), written AS (
        INSERT INTO @extschema@.gb_doc_citation
            (doc_id, ord, reg_id, kind, number, code, issued, issuer, plenum, term,
             subject, key, mentions, span, raw)
        SELECT t.doc_id, t.ord, t.target, t.kind, t.number, t.code, t.issued, t.issuer,
               t.plenum, t.term, t.subject, t.key, t.mentions, t.span, t.raw
        FROM target t
        WHERE t.fresh
    ), moved AS (
        UPDATE @extschema@.gb_doc_citation c SET reg_id = t.target
        FROM target t
        WHERE NOT t.fresh
          AND c.doc_id OPERATOR(pg_catalog.=) t.doc_id AND c.ord OPERATOR(pg_catalog.=) t.ord
          AND c.reg_id IS DISTINCT FROM t.target
        RETURNING t.target, t.was
    )
    -- the regulations short forms already stored left or joined
    SELECT pg_catalog.array_agg(DISTINCT x)
    INTO moved_between
    FROM (SELECT m.target FROM moved m UNION SELECT m.was FROM moved m) s(x)
    WHERE x IS NOT NULL;
    moved_between := COALESCE(moved_between, '{}');

    -- Regulations that only gained the batch's citations: the short forms'
    -- votes added, dates and report counts with the batch's added (its
    -- documents are new, so no report is counted twice).  Those that short
    -- forms already stored left or joined: everything counted again.
    PERFORM @extschema@.gb_count_votes(doc_ids, true, moved_between);
    UPDATE @extschema@.gb_regulation g
    SET first_cited = LEAST(g.first_cited, s.first_cited),
        last_cited = GREATEST(g.last_cited, s.last_cited),
        reports = g.reports OPERATOR(pg_catalog.+) s.reports
    FROM (SELECT c.reg_id, pg_catalog.min(r.report_date) AS first_cited,
                 pg_catalog.max(r.report_date) AS last_cited,
                 pg_catalog.count(DISTINCT c.doc_id) AS reports
          FROM @extschema@.gb_doc_citation c
          JOIN @extschema@.gb_doc_report r ON r.doc_id OPERATOR(pg_catalog.=) c.doc_id
          WHERE c.doc_id OPERATOR(pg_catalog.=) ANY (doc_ids)
          GROUP BY c.reg_id) s
    WHERE g.id OPERATOR(pg_catalog.=) s.reg_id
      AND NOT (g.id OPERATOR(pg_catalog.=) ANY (moved_between));
    PERFORM @extschema@.gb_refresh(moved_between);
END
$$;

ALTER FUNCTION @extschema@.gb_regroup(pg_catalog.text[]) SET jit = off;

--
-- A regulation's attributes are the values most of its citations give
-- (gb_refresh_attributes()).  Counting them again over all its citations
-- whenever a batch brings another value costs more the more it is cited;
-- instead each regulation keeps, for each attribute, the winning value's
-- votes (its citations with a term, and all that count) and at most how
-- many any other value has: a batch that cannot lift another value past
-- the winner adds its votes to these, and only the others are counted
-- again.  NULL where not counted yet: regulations loaded before 0.4.0 are
-- counted the first time a batch cites them, new ones the first time a
-- citation gives them a value.
--
ALTER TABLE @extschema@.gb_regulation ADD COLUMN votes pg_catalog.int8[];
COMMENT ON COLUMN @extschema@.gb_regulation.votes IS
'for code, issued, issuer and subject in turn: the value''s citations with a term and all that count, and at most as many for any other value';

-- a citation as it votes on its regulation's attributes
CREATE TYPE @extschema@.gb_vote AS (
    reg_id  pg_catalog.int8,
    open    pg_catalog.bool,        -- the regulation has no term
    term    pg_catalog.text,
    code    pg_catalog.text,
    issued  pg_catalog.date,
    issuer  pg_catalog.text,
    subject pg_catalog.text
);

/*
 * The votes of citations: one row per regulation, attribute (k = 1 code,
 * 5 issued, 9 issuer, 13 subject: where its votes start in votes[]) and
 * value (tv, or dv for the date), with its citations that have a term (t)
 * and all (a).  Code, issue date and issuer of a regulation with a term
 * are what its citations with a term give; its subject and everything of
 * one without a term, what all give.
 */
CREATE FUNCTION @extschema@.gb_attribute_votes(cits @extschema@.gb_vote[])
RETURNS TABLE (reg_id pg_catalog.int8, k pg_catalog.int4, tv pg_catalog.text,
               dv pg_catalog.date, t pg_catalog.int8, a pg_catalog.int8)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT c.reg_id, 1, c.code, NULL::pg_catalog.date, pg_catalog.count(c.term), pg_catalog.count(*)
    FROM pg_catalog.unnest(cits) c
    WHERE c.code IS NOT NULL AND (c.open OR c.term IS NOT NULL)
    GROUP BY c.reg_id, c.code
    UNION ALL
    SELECT c.reg_id, 5, NULL, c.issued, pg_catalog.count(c.term), pg_catalog.count(*)
    FROM pg_catalog.unnest(cits) c
    WHERE c.issued IS NOT NULL AND (c.open OR c.term IS NOT NULL)
    GROUP BY c.reg_id, c.issued
    UNION ALL
    SELECT c.reg_id, 9, c.issuer, NULL, pg_catalog.count(c.term), pg_catalog.count(*)
    FROM pg_catalog.unnest(cits) c
    WHERE c.issuer IS NOT NULL AND (c.open OR c.term IS NOT NULL)
    GROUP BY c.reg_id, c.issuer
    UNION ALL
    SELECT c.reg_id, 13, c.subject, NULL, pg_catalog.count(c.term), pg_catalog.count(*)
    FROM pg_catalog.unnest(cits) c
    WHERE c.subject IS NOT NULL
    GROUP BY c.reg_id, c.subject;
END;

-- a regulation's votes[] from those of its attributes (four each; zeros
-- for an attribute no citation gives)
CREATE FUNCTION @extschema@.gb_votes(code pg_catalog.int8[], issued pg_catalog.int8[],
                                     issuer pg_catalog.int8[], subject pg_catalog.int8[])
RETURNS pg_catalog.int8[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN COALESCE(code, '{0,0,0,0}') OPERATOR(pg_catalog.||) COALESCE(issued, '{0,0,0,0}')
       OPERATOR(pg_catalog.||) COALESCE(issuer, '{0,0,0,0}')
       OPERATOR(pg_catalog.||) COALESCE(subject, '{0,0,0,0}');

/*
 * A regulation's code, issue date, issuer and subject, as the first part of
 * gb_refresh() of version 0.2.0 gave them (one scan of the citations instead
 * of four), with their votes (see above).
 */
CREATE FUNCTION @extschema@.gb_refresh_attributes(reg_ids pg_catalog.int8[])
RETURNS pg_catalog.void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
SET jit = off
BEGIN ATOMIC
    -- the citations read once; for each attribute (k: where its votes
    -- start) the values ranked as 0.2.0 ranked them, the first one's votes
    -- and the most of the others
    WITH c AS MATERIALIZED (
        SELECT c.reg_id, g.term IS NULL AS open, c.term, c.code, c.issued, c.issuer, c.subject
        FROM @extschema@.gb_doc_citation c
        JOIN @extschema@.gb_regulation g ON g.id OPERATOR(pg_catalog.=) c.reg_id
        WHERE c.reg_id OPERATOR(pg_catalog.=) ANY (reg_ids)
    ), ranked AS (
        SELECT v.*, pg_catalog.row_number() OVER (PARTITION BY v.reg_id, v.k
                                                  ORDER BY v.t DESC, v.a DESC, v.dv, v.tv) AS rank
        FROM @extschema@.gb_attribute_votes(ARRAY(
                 SELECT ROW(c.reg_id, c.open, c.term, c.code, c.issued, c.issuer, c.subject)
                        ::@extschema@.gb_vote FROM c)) v
    ), per_attribute AS (
        SELECT r.reg_id, r.k,
               pg_catalog.min(r.tv) FILTER (WHERE r.rank OPERATOR(pg_catalog.=) 1) AS tv,
               pg_catalog.min(r.dv) FILTER (WHERE r.rank OPERATOR(pg_catalog.=) 1) AS dv,
               ARRAY[pg_catalog.max(r.t) FILTER (WHERE r.rank OPERATOR(pg_catalog.=) 1),
                     pg_catalog.max(r.a) FILTER (WHERE r.rank OPERATOR(pg_catalog.=) 1),
                     COALESCE(pg_catalog.max(r.t) FILTER (WHERE r.rank OPERATOR(pg_catalog.>) 1), 0),
                     COALESCE(pg_catalog.max(r.a) FILTER (WHERE r.rank OPERATOR(pg_catalog.>) 1), 0)]
                   AS votes
        FROM ranked r
        GROUP BY r.reg_id, r.k
    ), counted AS (
        SELECT r.reg_id,
               pg_catalog.min(p.tv) FILTER (WHERE p.k OPERATOR(pg_catalog.=) 1) AS code,
               pg_catalog.min(p.dv) FILTER (WHERE p.k OPERATOR(pg_catalog.=) 5) AS issued,
               pg_catalog.min(p.tv) FILTER (WHERE p.k OPERATOR(pg_catalog.=) 9) AS issuer,
               pg_catalog.min(p.tv) FILTER (WHERE p.k OPERATOR(pg_catalog.=) 13) AS subject,
               @extschema@.gb_votes(
                   pg_catalog.min(p.votes) FILTER (WHERE p.k OPERATOR(pg_catalog.=) 1),
                   pg_catalog.min(p.votes) FILTER (WHERE p.k OPERATOR(pg_catalog.=) 5),
                   pg_catalog.min(p.votes) FILTER (WHERE p.k OPERATOR(pg_catalog.=) 9),
                   pg_catalog.min(p.votes) FILTER (WHERE p.k OPERATOR(pg_catalog.=) 13)) AS votes
        FROM (SELECT DISTINCT c.reg_id FROM c) r
        LEFT JOIN per_attribute p ON p.reg_id OPERATOR(pg_catalog.=) r.reg_id
        GROUP BY r.reg_id
    )
    UPDATE @extschema@.gb_regulation g
    SET code = a.code, issued = a.issued, issuer = a.issuer, subject = a.subject, votes = a.votes
    FROM counted a
    WHERE g.id OPERATOR(pg_catalog.=) a.reg_id;
END;

/*
 * The votes of the citations of new documents (doc_ids), the short forms or
 * the complete ones, on the regulations they name, but those of skip: for
 * each regulation and attribute, the new votes of the winning value (w) and
 * the most any other value got (o).  No other value can overtake the winner
 * where, with its votes bounded by the stored most (r) and o,
 * r_t + o_t < w_t' or (r_t + o_t <= w_t' and r_a + o_a < w_a'), w' being the
 * winner's votes with the new ones; there the votes are added (r + o stays
 * a bound), elsewhere everything is counted again.  Votes that were never
 * counted, or a value where there was none, are counted too.
 */
CREATE FUNCTION @extschema@.gb_count_votes(doc_ids pg_catalog.int8[],
                                           short_forms pg_catalog.bool,
                                           skip pg_catalog.int8[])
RETURNS pg_catalog.void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET jit = off
AS $$
DECLARE
    recount pg_catalog.int8[];
BEGIN
    WITH v AS (
        -- the new votes, and whether the value is the winner (NULL where
        -- the attribute has none)
        SELECT v.*,
               CASE v.k WHEN 1 THEN v.tv OPERATOR(pg_catalog.=) g.code
                        WHEN 5 THEN v.dv OPERATOR(pg_catalog.=) g.issued
                        WHEN 9 THEN v.tv OPERATOR(pg_catalog.=) g.issuer
                        ELSE v.tv OPERATOR(pg_catalog.=) g.subject END AS wins,
               g.votes AS stored
        FROM @extschema@.gb_attribute_votes(ARRAY(
                 SELECT ROW(c.reg_id, g.term IS NULL, c.term, c.code, c.issued, c.issuer,
                            c.subject)::@extschema@.gb_vote
                 FROM @extschema@.gb_doc_citation c
                 JOIN @extschema@.gb_regulation g ON g.id OPERATOR(pg_catalog.=) c.reg_id
                 WHERE c.doc_id OPERATOR(pg_catalog.=) ANY (doc_ids)
                   AND (c.term IS NULL) OPERATOR(pg_catalog.=) short_forms
                   AND NOT (c.reg_id OPERATOR(pg_catalog.=) ANY (skip)))) v
        JOIN @extschema@.gb_regulation g ON g.id OPERATOR(pg_catalog.=) v.reg_id
    ), per_attribute AS (
        -- the new votes of the winner and the most of any other value,
        -- next to the stored ones (votes[k:k + 3])
        SELECT v.reg_id, v.k, v.stored[v.k:(v.k OPERATOR(pg_catalog.+) 3)] AS old,
               ARRAY[COALESCE(pg_catalog.sum(v.t) FILTER (WHERE v.wins), 0),
                     COALESCE(pg_catalog.sum(v.a) FILTER (WHERE v.wins), 0),
                     COALESCE(pg_catalog.max(v.t) FILTER (WHERE v.wins IS NOT TRUE), 0),
                     COALESCE(pg_catalog.max(v.a) FILTER (WHERE v.wins IS NOT TRUE), 0)]
                   ::pg_catalog.int8[] AS new,
               pg_catalog.bool_or(v.wins IS NOT TRUE) AS others,
               v.stored IS NULL AS uncounted
        FROM v
        GROUP BY v.reg_id, v.k, v.stored
    ), decided AS (
        SELECT p.reg_id,
               pg_catalog.bool_or(p.uncounted OR (p.others AND (
                   p.old[2] OPERATOR(pg_catalog.=) 0
                   OR NOT ((p.old[3] OPERATOR(pg_catalog.+) p.new[3])
                               OPERATOR(pg_catalog.<) (p.old[1] OPERATOR(pg_catalog.+) p.new[1])
                           OR ((p.old[3] OPERATOR(pg_catalog.+) p.new[3])
                                   OPERATOR(pg_catalog.<=) (p.old[1] OPERATOR(pg_catalog.+) p.new[1])
                               AND (p.old[4] OPERATOR(pg_catalog.+) p.new[4])
                                   OPERATOR(pg_catalog.<) (p.old[2] OPERATOR(pg_catalog.+) p.new[2]))))))
                   AS recount,
               @extschema@.gb_votes(
                   pg_catalog.min(p.new) FILTER (WHERE p.k OPERATOR(pg_catalog.=) 1),
                   pg_catalog.min(p.new) FILTER (WHERE p.k OPERATOR(pg_catalog.=) 5),
                   pg_catalog.min(p.new) FILTER (WHERE p.k OPERATOR(pg_catalog.=) 9),
                   pg_catalog.min(p.new) FILTER (WHERE p.k OPERATOR(pg_catalog.=) 13)) AS delta
        FROM per_attribute p
        GROUP BY p.reg_id
    ), added AS (
        UPDATE @extschema@.gb_regulation g
        SET votes = (SELECT pg_catalog.array_agg(u.old OPERATOR(pg_catalog.+) u.new ORDER BY u.n)
                     FROM ROWS FROM (pg_catalog.unnest(g.votes), pg_catalog.unnest(d.delta))
                          WITH ORDINALITY AS u(old, new, n))
        FROM decided d
        WHERE g.id OPERATOR(pg_catalog.=) d.reg_id AND NOT d.recount
    )
    SELECT pg_catalog.array_agg(d.reg_id) INTO recount FROM decided d WHERE d.recount;
    PERFORM @extschema@.gb_refresh_attributes(COALESCE(recount, '{}'));
END
$$;

-- gb_refresh() of version 0.2.0, in two parts
CREATE OR REPLACE FUNCTION @extschema@.gb_refresh(reg_ids pg_catalog.int8[])
RETURNS pg_catalog.void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET jit = off
AS $$
BEGIN
    PERFORM @extschema@.gb_lock();
    PERFORM @extschema@.gb_refresh_attributes(reg_ids);
    UPDATE @extschema@.gb_regulation g
    SET first_cited = s.first_cited, last_cited = s.last_cited, reports = s.reports
    FROM (SELECT c.reg_id, pg_catalog.min(r.report_date) AS first_cited,
                 pg_catalog.max(r.report_date) AS last_cited,
                 pg_catalog.count(DISTINCT c.doc_id) AS reports
          FROM @extschema@.gb_doc_citation c
          JOIN @extschema@.gb_doc_report r ON r.doc_id OPERATOR(pg_catalog.=) c.doc_id
          WHERE c.reg_id OPERATOR(pg_catalog.=) ANY (reg_ids)
          GROUP BY c.reg_id) s
    WHERE g.id OPERATOR(pg_catalog.=) s.reg_id;
    DELETE FROM @extschema@.gb_regulation g
    WHERE g.id OPERATOR(pg_catalog.=) ANY (reg_ids)
      AND NOT EXISTS (SELECT 1 FROM @extschema@.gb_doc_citation c
                      WHERE c.reg_id OPERATOR(pg_catalog.=) g.id);
END
$$;

/*
 * A batch of documents, inserted or, where the ref is loaded already,
 * updated.  A ref given twice in the batch takes its later row, as it
 * would in two batches; the duplicates are found from the refs alone, so
 * that the bodies are not sorted.
 */
CREATE OR REPLACE FUNCTION @extschema@.gb_load_batch(refs pg_catalog.text[], urls pg_catalog.text[],
                                                     pubs pg_catalog.date[], bodies pg_catalog.text[])
RETURNS pg_catalog.void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    INSERT INTO @extschema@.gb_document (ref, url, published, body)
    SELECT s.ref, s.url, s.published, s.body
    FROM ROWS FROM (pg_catalog.unnest(refs), pg_catalog.unnest(urls), pg_catalog.unnest(pubs),
                   pg_catalog.unnest(bodies)) WITH ORDINALITY AS s(ref, url, published, body, n)
    LEFT JOIN (SELECT r.ref, pg_catalog.max(r.n) AS n
               FROM pg_catalog.unnest(refs) WITH ORDINALITY AS r(ref, n)
               WHERE r.ref IS NOT NULL
               GROUP BY r.ref) k ON k.ref OPERATOR(pg_catalog.=) s.ref
    WHERE s.ref IS NULL OR k.n OPERATOR(pg_catalog.=) s.n
    ON CONFLICT (ref) DO UPDATE
        SET url = excluded.url, published = excluded.published, body = excluded.body;
END;
