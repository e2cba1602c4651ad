-- cascade.sql: derived rows kept by statement triggers (version 0.5.0).
--
-- A fragment of the install and upgrade scripts, which the Makefile puts
-- together: every object is created in @extschema@.

--
-- The derived tables had foreign keys to gb_document (and titles to their
-- officials, citations to their regulations).  They checked every row
-- written, one SQL query each, some 23 rows a report: at 100,000 reports
-- that was a quarter of the ingest's time (62 s against 48 s).  Nothing but
-- the extension writes these rows, and it writes them consistently by
-- construction: a document's rows are derived from it in the statement
-- that writes it; every writer that could make a row dangle (a document
-- updated or deleted, a regulation left without citations) holds the
-- knowledge base's lock (gb_lock()) first, so no two of them interleave; a
-- document being inserted is seen by no other writer.  The deletes the
-- keys cascaded are made by statement triggers instead, for all the rows of
-- a statement at once; test/concurrency.sh audits every derived row after
-- concurrent inserts, updates and deletes.
--
-- TRUNCATE gb_document now empties the derived tables itself; with CASCADE
-- it still works, as before.
--
ALTER TABLE @extschema@.gb_doc_title DROP CONSTRAINT gb_doc_title_doc_id_ord_fkey;
ALTER TABLE @extschema@.gb_doc_report DROP CONSTRAINT gb_doc_report_doc_id_fkey;
ALTER TABLE @extschema@.gb_doc_citation DROP CONSTRAINT gb_doc_citation_doc_id_fkey;
ALTER TABLE @extschema@.gb_doc_citation DROP CONSTRAINT gb_doc_citation_reg_id_fkey;
ALTER TABLE @extschema@.gb_doc_official DROP CONSTRAINT gb_doc_official_doc_id_fkey;

-- the rows derived from these documents, deleted (the citations' trigger
-- refreshes their regulations)
CREATE FUNCTION @extschema@.gb_underive(doc_ids pg_catalog.int8[])
RETURNS pg_catalog.void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- an upsert's UPDATE trigger fires with no rows: nothing to delete, and
    -- no statement that would fire the citations' trigger
    IF pg_catalog.cardinality(doc_ids) OPERATOR(pg_catalog.=) 0 THEN
        RETURN;
    END IF;
    DELETE FROM @extschema@.gb_doc_title WHERE doc_id OPERATOR(pg_catalog.=) ANY (doc_ids);
    DELETE FROM @extschema@.gb_doc_official WHERE doc_id OPERATOR(pg_catalog.=) ANY (doc_ids);
    DELETE FROM @extschema@.gb_doc_report WHERE doc_id OPERATOR(pg_catalog.=) ANY (doc_ids);
    DELETE FROM @extschema@.gb_doc_citation WHERE doc_id OPERATOR(pg_catalog.=) ANY (doc_ids);
END
$$;

COMMENT ON FUNCTION @extschema@.gb_underive(pg_catalog.int8[]) IS
'deletes the rows derived from the given documents (the triggers call it)';

CREATE OR REPLACE FUNCTION @extschema@.gb_document_updated()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ids pg_catalog.int8[];
BEGIN
    -- only the rows whose text or date changed, or whose id is new (the
    -- foreign keys refused an id change; the rows now move with it)
    SELECT pg_catalog.array_agg(n.id) INTO ids
    FROM new_rows n LEFT JOIN old_rows o ON o.id OPERATOR(pg_catalog.=) n.id
    WHERE o.id IS NULL OR o.body IS DISTINCT FROM n.body
       OR o.published IS DISTINCT FROM n.published;
    -- the rows of an id no document has now
    PERFORM @extschema@.gb_underive(ARRAY(
        SELECT o.id FROM old_rows o
        WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id OPERATOR(pg_catalog.=) o.id)));
    IF ids IS NOT NULL THEN
        PERFORM @extschema@.gb_underive(ids);
        PERFORM @extschema@.gb_derive(ids);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION @extschema@.gb_document_deleted()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM @extschema@.gb_underive(ARRAY(SELECT o.id FROM old_rows o));
    RETURN NULL;
END
$$;

CREATE TRIGGER gb_document_deleted AFTER DELETE ON @extschema@.gb_document
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.gb_document_deleted();

CREATE OR REPLACE FUNCTION @extschema@.gb_document_truncated()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM @extschema@.gb_lock();
    TRUNCATE @extschema@.gb_doc_title, @extschema@.gb_doc_official,
             @extschema@.gb_doc_report, @extschema@.gb_doc_citation;
    PERFORM @extschema@.gb_prune();
    RETURN NULL;
END
$$;

CREATE OR REPLACE PROCEDURE @extschema@.gb_reextract(batch_size pg_catalog.int4 DEFAULT 1000)
LANGUAGE plpgsql
AS $$
DECLARE
    total pg_catalog.int8 := (SELECT pg_catalog.count(*) FROM @extschema@.gb_document);
    done pg_catalog.int8 := 0;
    last_id pg_catalog.int8 := 0;
    ids pg_catalog.int8[];
    started pg_catalog.timestamptz := pg_catalog.clock_timestamp();
BEGIN
    LOOP
        SELECT pg_catalog.array_agg(id ORDER BY id) INTO ids
        FROM (SELECT d.id FROM @extschema@.gb_document d
              WHERE d.id OPERATOR(pg_catalog.>) last_id
              ORDER BY d.id LIMIT batch_size) s;
        EXIT WHEN ids IS NULL;
        PERFORM @extschema@.gb_lock();
        PERFORM @extschema@.gb_underive(ids);
        PERFORM @extschema@.gb_derive(ids);
        done := done OPERATOR(pg_catalog.+) pg_catalog.cardinality(ids);
        last_id := ids[pg_catalog.cardinality(ids)];
        COMMIT;
        RAISE NOTICE 'giaoban: re-extracted % of % documents (% per second)', done, total,
            pg_catalog.round(done OPERATOR(pg_catalog./) GREATEST(0.001, EXTRACT(epoch FROM
                pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) started))::pg_catalog.numeric);
    END LOOP;
END
$$;

--
-- The insert and update triggers' transition tables hold the statement's
-- rows, bodies and search words included (some 18 kB a generated report),
-- in work_mem: at the default 4 MB a batch of 5,000 went to a temporary
-- file and was read back, for the ids alone (about 3% of an ingest's
-- time).  gb_ingest's batches get the memory that keeps them off disk; a
-- larger batch still spills past it.
--
ALTER FUNCTION @extschema@.gb_load_batch(pg_catalog.text[], pg_catalog.text[],
                                         pg_catalog.date[], pg_catalog.text[])
    SET work_mem = '256MB';
