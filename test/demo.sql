-- What giaoban extracts from the sample reports (run by test/demo.sh).
\pset null '·'
SET datestyle TO iso, ymd;

\echo '== reports'
SELECT r.name, (x).title, (x).held_on, (x).time_of_day, (x).organizer, (x).period,
       pg_catalog.cardinality((x).citations) AS citations,
       pg_catalog.cardinality((x).officials) AS officials
FROM report r, LATERAL (SELECT gb_extract(r.body) AS x) e
ORDER BY r.name;

\echo '== regulations cited'
SELECT r.name, c.kind, c.number, c.code, c.issued, c.issuer, c.plenum, c.term, c.mentions
FROM report r, gb_citations(r.body) c
ORDER BY r.name, c.span;

\echo '== officials named'
SELECT r.name, o.name AS official, o.titles, o.roles, o.mentions
FROM report r, gb_officials(r.body) o
ORDER BY r.name, o.span;
