-- ingest.sql: a faster knowledge-base ingest (version 0.4.0).
--
-- A fragment of the install and upgrade scripts, which the Makefile puts
-- together: every object is created in @extschema@.

--
-- Accent-insensitive search with the words computed in C: the folded text's
-- runs of letters and digits (pg_search.c), five times faster than
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

-- Bodies and their words are stored compressed: lz4 compresses several
-- times faster than the default pglz, where the server was built with it.
DO $$
BEGIN
    ALTER TABLE @extschema@.gb_document
        ALTER COLUMN body SET COMPRESSION lz4,
        ALTER COLUMN body_words SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    NULL;
END
$$;

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
-- it is off here.
--
CREATE OR REPLACE FUNCTION @extschema@.gb_derive(doc_ids pg_catalog.int8[])
RETURNS pg_catalog.void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET jit = off
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
    ), tit AS (
        INSERT INTO @extschema@.gb_doc_title
        SELECT x.id, o.ord::pg_catalog.int4, t.pos::pg_catalog.int4, o.name_key, o.name,
               t.title, @extschema@.gb_title_key(t.title)
        FROM x, LATERAL pg_catalog.unnest((x.r).officials) WITH ORDINALITY
                AS o(name, name_key, honorific, titles, roles, mentions, span, ord),
             LATERAL pg_catalog.unnest(o.titles) WITH ORDINALITY AS t(title, pos)
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
    touched pg_catalog.int8[];
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

    PERFORM @extschema@.gb_refresh(named);

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
    -- of the changed groups, resolved again; a short form is matched on its
    -- group, code, issuer and report date, once for all that share them
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
               pg_catalog.dense_rank() OVER (ORDER BY sf.grp, sf.code, sf.issuer,
                                                      r.report_date) AS same
        FROM sf JOIN @extschema@.gb_doc_report r ON r.doc_id OPERATOR(pg_catalog.=) sf.doc_id
    ), best AS (
        SELECT m.same, (
            SELECT g.id
            FROM @extschema@.gb_regulation g
            WHERE g.grp OPERATOR(pg_catalog.=) m.grp
              AND g.term IS NOT NULL
              AND EXISTS (SELECT 1 FROM @extschema@.gb_doc_citation k
                          WHERE k.reg_id OPERATOR(pg_catalog.=) g.id
                            AND k.term IS NOT NULL)
              AND (m.code IS NULL OR g.code IS NULL
                   OR pg_catalog.lower(g.code) OPERATOR(pg_catalog.=) pg_catalog.lower(m.code))
              AND (m.issuer IS NULL OR g.issuer IS NULL
                   OR g.issuer OPERATOR(pg_catalog.=) m.issuer)
              AND (g.issued IS NULL OR m.report_date IS NULL
                   OR g.issued OPERATOR(pg_catalog.<=) m.report_date)
            ORDER BY g.issued DESC NULLS LAST, g.key
            LIMIT 1) AS reg_id
        FROM (SELECT DISTINCT ON (d.same) d.same, d.grp, d.code, d.issuer, d.report_date
              FROM dated d ORDER BY d.same) m
    ), matched AS MATERIALIZED (
        SELECT d.*, b.reg_id
        FROM dated d JOIN best b ON b.same OPERATOR(pg_catalog.=) d.same
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
        RETURNING reg_id
    ), moved AS (
        UPDATE @extschema@.gb_doc_citation c SET reg_id = t.target
        FROM target t
        WHERE NOT t.fresh
          AND c.doc_id OPERATOR(pg_catalog.=) t.doc_id AND c.ord OPERATOR(pg_catalog.=) t.ord
          AND c.reg_id IS DISTINCT FROM t.target
        RETURNING t.target, t.was
    )
    SELECT pg_catalog.array_agg(DISTINCT x) INTO touched
    FROM (SELECT w.reg_id FROM written w
          UNION SELECT m.target FROM moved m
          UNION SELECT m.was FROM moved m) s(x)
    WHERE x IS NOT NULL;

    -- regulations that gained or lost short forms
    PERFORM @extschema@.gb_refresh(touched);
END
$$;

ALTER FUNCTION @extschema@.gb_regroup(pg_catalog.text[]) SET jit = off;
ALTER FUNCTION @extschema@.gb_refresh(pg_catalog.int8[]) SET jit = off;
