-- What giaoban extracts from the sample reports (run by test/demo.sh after
-- loading them into gb_document).
\pset null '·'
SET datestyle TO iso, ymd;

\echo '== meetings'
SELECT ref, title, meeting_kind, held_on, time_of_day, organizer, period_text,
       online, bridge_points, chairs
FROM gb_meetings ORDER BY held_on;

\echo '== regulations cited, across the reports'
SELECT kind, number, code, issued, issuer, plenum, term, reports, left(subject, 50) AS subject
FROM gb_regulations ORDER BY first_cited, kind, number;

\echo '== people'
SELECT name, titles, first_seen, last_seen, reports FROM gb_people ORDER BY first_seen, name;

\echo '== who held "Trưởng Ban Tổ chức Trung ương" when'
SELECT name, title, first_seen, last_seen FROM gb_positions
WHERE title_key = 'truong ban to chuc trung uong' ORDER BY first_seen;

\echo '== appearances'
SELECT name, ref, held_on, roles FROM gb_appearances ORDER BY held_on, name;
