#!/usr/bin/env bash
# Multi-node test: a coordinator and two shard clusters on loopback, tables
# partitioned by hash of the document id with postgres_fdw foreign partitions
# on the shards, and the servers' option extensions 'giaoban', so that the
# extension's functions are evaluated on the shards.  Checks that the
# functions appear in the "Remote SQL" of EXPLAIN VERBOSE, that the shards
# did the work, and that the answers equal a single-node run over the same
# rows.  Then the knowledge base: documents inserted through the coordinator
# are extracted by the shards' own triggers.
#
# Needs the extension installed (test/setup.sh) and postgres_fdw (in
# postgresql-contrib).  Starts its own three clusters with initdb/pg_ctl on
# 127.0.0.1 and free ports, and removes them on exit.  About 30 seconds.
# Last line: "multinode: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."

BIN=${PG_BIN:-$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)}
[ -x "$BIN/initdb" ] || BIN=/usr/lib/postgresql/15/bin
COUNT=${GB_MULTINODE_COUNT:-1000}
started=$(date +%s)

work=$(mktemp -d /tmp/gb-multinode.XXXXXX)
# initdb refuses to run as root: the clusters then belong to postgres
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" -eq 0 ] && chown postgres: "$work"
nodes=(coord shard1 shard2)
cleanup() {
    local n
    for n in "${nodes[@]}"; do
        [ -f "$work/$n/postmaster.pid" ] &&
            as_owner "$BIN/pg_ctl" -D "$work/$n" -m immediate stop >/dev/null 2>&1
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

. test/lib.sh
fatal() {
    echo "FAILED: $1"
    [ -n "${2:-}" ] && tail -20 "$2"
    echo "multinode: $passed passed, $((failed + 1)) failed"
    exit 1
}

# three free ports on 127.0.0.1
read -r P0 P1 P2 < <(python3 -c '
import socket
s = [socket.socket() for _ in range(3)]
for x in s:
    x.bind(("127.0.0.1", 0))
print(*[x.getsockname()[1] for x in s])')
declare -A port=([coord]=$P0 [shard1]=$P1 [shard2]=$P2)

start_node() { # name
    as_owner "$BIN/pg_ctl" -D "$work/$1" -l "$work/$1.log" -w -t 60 \
        -o "-p ${port[$1]} -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work -c fsync=off -c track_functions=all" \
        start >/dev/null
}

# psql on a node, as the clusters' superuser, whatever the environment says
q() { # node, psql arguments...
    local n=$1
    shift
    PGOPTIONS= psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${port[$n]}" -U postgres \
        -d postgres "$@"
}

echo "== [$(( $(date +%s) - started ))s] three clusters: coordinator on $P0, shards on $P1 and $P2"
# one initdb, copied: the three clusters are alike
as_owner "$BIN/initdb" -D "$work/coord" -U postgres -A trust -E UTF8 --no-locale --no-sync \
    >"$work/initdb.log" 2>&1 || fatal "initdb" "$work/initdb.log"
as_owner cp -a "$work/coord" "$work/shard1"
as_owner cp -a "$work/coord" "$work/shard2"
for n in "${nodes[@]}"; do start_node "$n" & done
wait
for n in "${nodes[@]}"; do
    q "$n" -c "SELECT 1" >/dev/null 2>&1 || fatal "cluster $n started" "$work/$n.log"
done

python3 test/gen_reports.py --count "$COUNT" --seed 23 > "$work/reports.tsv"

echo "== [$(( $(date +%s) - started ))s] the extension on every node, the foreign partitions on the coordinator"
for n in shard1 shard2; do
    q "$n" <<'SQL' || fatal "set-up of $n"
CREATE EXTENSION giaoban;
CREATE TABLE reports (id int8 PRIMARY KEY, ref text, published date, body text);
SQL
done
q coord <<SQL || fatal "set-up of the coordinator"
CREATE EXTENSION giaoban;
CREATE EXTENSION postgres_fdw;
-- extensions 'giaoban': the extension's functions and operators may be
-- evaluated on the shards (they have it too, in the same version)
CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port '$P1', dbname 'postgres',
             extensions 'giaoban', batch_size '100', fdw_tuple_cost '0.2');
CREATE SERVER shard2 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port '$P2', dbname 'postgres',
             extensions 'giaoban', batch_size '100', fdw_tuple_cost '0.2');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard1 OPTIONS (user 'postgres');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard2 OPTIONS (user 'postgres');

CREATE TABLE reports (id int8 NOT NULL, ref text, published date, body text)
    PARTITION BY HASH (id);
CREATE FOREIGN TABLE reports_1 PARTITION OF reports
    FOR VALUES WITH (MODULUS 2, REMAINDER 0) SERVER shard1 OPTIONS (table_name 'reports');
CREATE FOREIGN TABLE reports_2 PARTITION OF reports
    FOR VALUES WITH (MODULUS 2, REMAINDER 1) SERVER shard2 OPTIONS (table_name 'reports');

-- the single-node run: the same rows in a local table
CREATE TABLE reports_local (id int8 GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                            ref text, published date, body text);
\copy reports_local (ref, published, body) FROM '$work/reports.tsv'
ANALYZE reports_local;
-- loaded through the coordinator: each row goes to its shard
INSERT INTO reports SELECT id, ref, published, body FROM reports_local;
SQL

check "every node has the same version of giaoban" \
    "for n in coord shard1 shard2; do q \$n -c \"SELECT extversion FROM pg_extension WHERE extname = 'giaoban'\"; done | sort -u | wc -l | sed 's/^1\$/t/'"
check "the rows are split across both shards, none lost" \
    "q coord -c \"SELECT count(*) FILTER (WHERE tableoid = 'reports_1'::regclass) > 0 AND count(*) FILTER (WHERE tableoid = 'reports_2'::regclass) > 0 AND count(*) = $COUNT AND (SELECT count(*) FROM reports_local) = $COUNT FROM reports\""

# the Remote SQL of both foreign scans in EXPLAIN VERBOSE contains a string
pushed() { # query, string that must be in the Remote SQL of both shards
    local plan
    plan=$(q coord -c "SET enable_partitionwise_aggregate = on" -c "SET enable_partitionwise_join = on" \
                   -c "EXPLAIN (VERBOSE, COSTS OFF) $1")
    local n
    n=$(printf '%s\n' "$plan" | grep 'Remote SQL:' | grep -cF "$2")
    if [ "$n" -eq 2 ]; then echo t; else echo "Remote SQL with '$2' in $n of 2 scans:"; echo "$plan"; fi
}
# a query answers the same over the shards and over the local table
same() { # query over "reports"
    local a b rows
    a=$(q coord -c "SET enable_partitionwise_aggregate = on" -c "$1" | md5sum)
    b=$(q coord -c "${1//reports/reports_local}" | tee "$work/local.out" | md5sum)
    rows=$(wc -l < "$work/local.out")
    if [ "$a" = "$b" ] && [ "$rows" -gt 0 ]; then echo t; else echo "shards $a, local $b ($rows rows)"; fi
}

echo "== [$(( $(date +%s) - started ))s] evaluated on the shards"
Q1="SELECT id FROM reports WHERE gb_fold(body) LIKE '%hoi nghi%ban chap hanh%' ORDER BY id"
check "gb_fold in WHERE is in the Remote SQL" "pushed \"$Q1\" 'WHERE ((public.gb_fold(body)'"
check "gb_fold in WHERE: the same reports as on one node" "same \"$Q1\""
Q2="SELECT id, min(md5(gb_fold(body))) FROM reports GROUP BY id ORDER BY id"
check "gb_fold in an aggregate by id is in the Remote SQL" "pushed \"$Q2\" 'min(md5(public.gb_fold(body)))'"
check "gb_fold: the same folded texts (md5) as on one node" "same \"$Q2\""
# the whole gb_report, hashed on the shard (a composite's fields cannot be
# selected in remote SQL by postgres_fdw 15, nor its arrays fetched)
Q3="SELECT id, min(hash_record(gb_extract(body, published))) FROM reports GROUP BY id ORDER BY id"
check "gb_extract in an aggregate by id is in the Remote SQL" "pushed \"$Q3\" 'public.gb_extract(body, published)'"
check "gb_extract: the same reports (hash of every field) as on one node" "same \"$Q3\""
Q4="SELECT id FROM reports WHERE gb_extract(body, published) IS DISTINCT FROM gb_extract(gb_normalize(body), published) ORDER BY id"
check "gb_extract and gb_normalize in WHERE are in the Remote SQL" "pushed \"$Q4\" 'public.gb_extract(public.gb_normalize(body), published)'"
check "gb_extract over normalized text: the same answer as on one node" \
    "a=\$(q coord -c \"$Q4\" | md5sum); b=\$(q coord -c \"${Q4//reports/reports_local}\" | md5sum); [ \"\$a\" = \"\$b\" ] && echo t || echo \"shards \$a, local \$b\""

# the shards did the work: their function-call statistics (track_functions
# = all), flushed when the coordinator's connections end
q coord -c "SELECT postgres_fdw_disconnect_all()" >/dev/null
sleep 1
check "the shards evaluated gb_extract for each of their rows" \
    "for n in shard1 shard2; do q \$n -c \"SELECT coalesce((SELECT calls FROM pg_stat_user_functions WHERE funcname = 'gb_extract'), 0) >= 2 * (SELECT count(*) FROM reports)\"; done | sort -u | tr -d '\n'"

check "without the extensions option nothing is pushed down" \
    "q coord -c \"ALTER SERVER shard1 OPTIONS (DROP extensions)\" && p=\$(q coord -c \"EXPLAIN (VERBOSE, COSTS OFF) $Q1\"); q coord -c \"ALTER SERVER shard1 OPTIONS (ADD extensions 'giaoban')\"; echo \"\$p\" | grep -A3 'reports_1' | grep -q 'Filter: (gb_fold' && echo t || echo \"\$p\""

echo "== [$(( $(date +%s) - started ))s] the knowledge base on the shards, loaded through the coordinator"
q coord <<SQL || fatal "knowledge-base set-up"
-- partitioned the same way (hash of the document id), so that a document's
-- derived rows are on the shard of the document.  Whether a join is done on
-- the shards is the planner's choice: with the shards' own estimates
-- (use_remote_estimate) it sees that it is.
CREATE TABLE kb_document (id int8 NOT NULL, ref text, url text, published date, body text)
    PARTITION BY HASH (id);
CREATE FOREIGN TABLE kb_document_1 PARTITION OF kb_document
    FOR VALUES WITH (MODULUS 2, REMAINDER 0) SERVER shard1
    OPTIONS (table_name 'gb_document', use_remote_estimate 'true');
CREATE FOREIGN TABLE kb_document_2 PARTITION OF kb_document
    FOR VALUES WITH (MODULUS 2, REMAINDER 1) SERVER shard2
    OPTIONS (table_name 'gb_document', use_remote_estimate 'true');
CREATE TABLE kb_citation (doc_id int8 NOT NULL, ord int4, key text, raw text)
    PARTITION BY HASH (doc_id);
CREATE FOREIGN TABLE kb_citation_1 PARTITION OF kb_citation
    FOR VALUES WITH (MODULUS 2, REMAINDER 0) SERVER shard1
    OPTIONS (table_name 'gb_doc_citation', use_remote_estimate 'true');
CREATE FOREIGN TABLE kb_citation_2 PARTITION OF kb_citation
    FOR VALUES WITH (MODULUS 2, REMAINDER 1) SERVER shard2
    OPTIONS (table_name 'gb_doc_citation', use_remote_estimate 'true');
-- explicit ids: the coordinator hands them out, the shards' identity
-- columns would collide
INSERT INTO kb_document (id, ref, published, body) SELECT id, ref, published, body FROM reports_local;
-- the single-node knowledge base: the same documents on the coordinator
INSERT INTO gb_document (id, ref, published, body) SELECT id, ref, published, body FROM reports_local;
SQL

check "every document on the shards has its derived rows (shards' triggers)" \
    "for n in shard1 shard2; do q \$n -c \"SELECT count(*) > 0 AND count(*) = (SELECT count(*) FROM gb_doc_report) FROM gb_document\"; done | sort -u | tr -d '\n'"
Q5="SELECT d.ref, c.ord, c.key, c.raw FROM kb_document d JOIN kb_citation c ON c.doc_id = d.id ORDER BY d.ref, c.ord"
check "the join of documents and citations runs on the shards" "pushed \"$Q5\" 'INNER JOIN public.gb_doc_citation r'"
check "the per-report citation keys equal a single-node knowledge base" \
    "a=\$(q coord -c 'SET enable_partitionwise_join = on' -c \"$Q5\" | md5sum); b=\$(q coord -c \"SELECT d.ref, c.ord, c.key, c.raw FROM gb_document d JOIN gb_doc_citation c ON c.doc_id = d.id ORDER BY d.ref, c.ord\" | md5sum); n=\$(q coord -c 'SELECT count(*) FROM gb_doc_citation'); [ \"\$a\" = \"\$b\" ] && [ \"\$n\" -gt $COUNT ] && echo t || echo \"shards \$a, local \$b, \$n citations\""

echo "multinode: took $(( $(date +%s) - started ))s"
echo "multinode: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
