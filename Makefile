# giaoban: PGXS build of the extension, plus the core's own tests.

EXTENSION = giaoban
MODULE_big = giaoban
DATA = sql/giaoban--0.1.0.sql
DATA_built = sql/giaoban--0.1.0--0.2.0.sql sql/giaoban--0.2.0--0.3.0.sql \
	sql/giaoban--0.3.0--0.4.0.sql sql/giaoban--0.4.0--0.5.0.sql \
	sql/giaoban--0.5.0--0.6.0.sql sql/giaoban--0.6.0.sql

CORE_SRCS = src/util.c src/normalize.c src/tokenize.c src/gazetteer.c \
	src/parse.c src/citations.c src/citations_mention.c src/citations_attrs.c \
	src/citations_plenum.c src/citations_code.c src/citations_merge.c src/citations_finish.c \
	src/names.c src/officials.c src/officials_titles.c src/officials_posts.c src/officials_lists.c \
	src/officials_coref.c src/officials_scan.c src/officials_roles.c \
	src/meeting.c src/meeting_kind.c src/meeting_period.c src/meeting_body.c \
	src/meeting_organizer.c src/meeting_listed.c src/meeting_bridges.c \
	src/meeting_window.c src/meeting_lead.c src/meeting_chunk.c src/meeting_dates.c \
	src/datecue.c src/report.c \
	src/extract.c src/annotate.c src/unwrap.c src/glued.c
GLUE_SRCS = src/giaoban.c src/pg_extract.c src/pg_search.c
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n)
ICU_LIBS := $(shell pkg-config --libs icu-uc icu-i18n)
PG_CPPFLAGS = -Isrc $(ICU_CFLAGS)
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
SHLIB_LINK = $(ICU_LIBS)
# the core's link-time optimization (see the core's flags below)
GB_LTO ?= -flto=auto
ifneq ($(GB_LTO),)
SHLIB_LINK += $(GB_LTO) -O3 -fomit-frame-pointer
endif

REGRESS = normalize citations citations_negative citations_bad_input encoding officials meeting lang_citations lang_officials lang_meeting kb search reference annotate security hostile hostile_large cancel privileges wrapped
REGRESS_OPTS = --load-extension=giaoban
ENCODING = UTF8
NO_LOCALE = 1

EXTRA_CLEAN = results regression.diffs regression.out test/core/test_core test/core/gb_cli \
	test/core/gb_train pgo

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# The core exports nothing to PostgreSQL: its symbols are hidden, so that
# calls between its files are direct (no PLT) and the compiler may inline
# its functions (semantic interposition forbids it for exported ones).
# PostgreSQL builds with -fno-strict-aliasing -fwrapv because its own code
# needs them; the core is standard C without PostgreSQL's headers, and its
# unit tests, the fuzzer and the sanitizers (UBSan reports signed overflow)
# build it with the standard rules, which the extension now uses too: 2.6%
# fewer instructions per report.  And at -O3 (PostgreSQL's -O2 comes first
# and the last -O wins): 5-8% less time for the core on its own (gb_bench
# corpus 50, three runs each way), 1.5% for gb_extract in a backend
# (median of five alternated runs, 2026-12-05).  Debian's PostgreSQL adds
# -fno-omit-frame-pointer (for profiles walked by frame pointers); the core
# gives the register back: 1.2% fewer instructions, 2-4% less backend CPU
# time for gb_extract over the benchmark's rows (ten alternated runs,
# 2026-12-05, test/ab_builds.sh).  Profile it with
# perf record --call-graph dwarf.
# And optimized as one program at link time (LTO): the extractors call
# the gazetteer's, the tokenizer's and the parsers' small functions across
# files, which separate compilation cannot inline; 3% less backend CPU for
# gb_extract over the benchmark's rows (443 against 459 ms and 453 against
# 469, medians of ten alternated rounds, test/ab_builds.sh, 2026-12-05),
# though 1.8% more instructions.  "make GB_LTO=" builds without it (a
# compiler without LTO support).
$(CORE_SRCS:.c=.o): override CFLAGS += -fvisibility=hidden -fstrict-aliasing -fno-wrapv -O3 -fomit-frame-pointer $(GB_LTO) $(GB_PGO_FLAGS)

# Profile-guided optimization of the core, optional: "make pgo" builds the
# core instrumented (GB_PGO=gen) into test/core/gb_train (gb_bench.c linked
# with those very objects, so that the profiles' names match), runs it on
# 3 MB of generated reports (another seed than the benchmark's) and the
# seed reports, then rebuilds the core from the profiles (GB_PGO=use) and
# links giaoban.so; "make GB_PGO=use install" installs that build.  The
# profiles are in pgo/.  Unseen paths stay optimized as without profiles
# (-fprofile-partial-training), and a source without a profile builds
# without one.  On this Zen 4 VM (stop 35, gb_bench built as giaoban.so
# is, 21 alternated rounds by CPU time at load 10-12): 16% less time on
# the benchmark's generated reports, 5-11% on 825 real reports the
# training never saw; text 977 -> 1000 kB.  On a Zen 3 VM (stop 45):
# gb_extract 22-24% less time in test/bench.sh, 7% less CPU time on 286
# real reports, 11% on generated ones.  Not the default: it builds the
# core twice, needs python3, and the gain on real reports is below the
# generated ones'.
GB_PGO ?=
GB_PGO_DIR = $(abspath pgo)
ifeq ($(GB_PGO),gen)
GB_PGO_FLAGS = -fprofile-generate=$(GB_PGO_DIR) -fprofile-update=single
else ifeq ($(GB_PGO),use)
GB_PGO_FLAGS = -fprofile-use=$(GB_PGO_DIR) -fprofile-partial-training -Wno-missing-profile
endif
ifneq ($(GB_PGO_FLAGS),)
SHLIB_LINK += $(GB_PGO_FLAGS)
endif

test/core/gb_train: test/core/gb_bench.c $(CORE_SRCS:.c=.o)
	$(CC) -Isrc $(ICU_CFLAGS) -o $@ test/core/gb_bench.c $(CORE_SRCS:.c=.o) \
		$(GB_LTO) -O3 -fomit-frame-pointer $(GB_PGO_FLAGS) $(ICU_LIBS)

.PHONY: pgo pgo-profile
pgo-profile:
	rm -rf pgo test/core/gb_train $(shlib) $(CORE_SRCS:.c=.o)
	mkdir -p pgo
	$(MAKE) GB_PGO=gen test/core/gb_train
	python3 test/gen_reports.py --megabytes 3 --seed 5 > pgo/train.tsv
	python3 test/gen_reports.py --files test/data/seeds/*.txt >> pgo/train.tsv
	test/core/gb_train corpus 100 pgo/train.tsv
	rm -f test/core/gb_train $(CORE_SRCS:.c=.o)

pgo: pgo-profile
	$(MAKE) GB_PGO=use all

# PGXS tracks no header dependencies without --enable-depend: a change to a
# header (inline functions, struct layouts) must rebuild every object
$(OBJS): $(wildcard src/*.h)

# Install and upgrade scripts are put together from the fragments in
# sql/parts, so that a fresh install and an upgraded one are the same.
UPGRADE_0_2_0 = sql/parts/costs.sql sql/parts/kb.sql sql/parts/reference.sql
UPGRADE_0_3_0 = sql/parts/annotate.sql
UPGRADE_0_4_0 = sql/parts/ingest.sql
UPGRADE_0_5_0 = sql/parts/cascade.sql sql/parts/regulation.sql
UPGRADE_0_6_0 = sql/parts/storage.sql

sql/giaoban--0.1.0--0.2.0.sql: sql/parts/guard-0.1.0--0.2.0.sql $(UPGRADE_0_2_0)
	for f in $^; do cat $$f; echo; done > $@

sql/giaoban--0.2.0--0.3.0.sql: sql/parts/guard-0.2.0--0.3.0.sql $(UPGRADE_0_3_0)
	for f in $^; do cat $$f; echo; done > $@

sql/giaoban--0.3.0--0.4.0.sql: sql/parts/guard-0.3.0--0.4.0.sql $(UPGRADE_0_4_0)
	for f in $^; do cat $$f; echo; done > $@

sql/giaoban--0.4.0--0.5.0.sql: sql/parts/guard-0.4.0--0.5.0.sql $(UPGRADE_0_5_0)
	for f in $^; do cat $$f; echo; done > $@

sql/giaoban--0.5.0--0.6.0.sql: sql/parts/guard-0.5.0--0.6.0.sql $(UPGRADE_0_6_0)
	for f in $^; do cat $$f; echo; done > $@

sql/giaoban--0.6.0.sql: sql/giaoban--0.1.0.sql $(UPGRADE_0_2_0) $(UPGRADE_0_3_0) $(UPGRADE_0_4_0) $(UPGRADE_0_5_0) $(UPGRADE_0_6_0)
	{ sed 's|^/\* giaoban--0.1.0.sql \*/|/* giaoban--0.6.0.sql: generated from giaoban--0.1.0.sql and sql/parts; edit those */|' sql/giaoban--0.1.0.sql; \
	  for f in $(UPGRADE_0_2_0) $(UPGRADE_0_3_0) $(UPGRADE_0_4_0) $(UPGRADE_0_5_0) $(UPGRADE_0_6_0); do echo; cat $$f; done; } > $@

# Full scripts of earlier versions that an older tree installed: without
# them CREATE EXTENSION ... VERSION takes the upgrade path, as it should.
STALE_SCRIPTS = giaoban--0.3.0.sql giaoban--0.4.0.sql giaoban--0.5.0.sql
install: remove-stale-scripts
.PHONY: remove-stale-scripts
remove-stale-scripts:
	rm -f $(addprefix '$(DESTDIR)$(datadir)/$(datamoduledir)'/,$(STALE_SCRIPTS))

# The core without PostgreSQL: unit tests, built and run on their own.
CORE_TEST_CFLAGS = -g -O1 -Wall -Wextra -Werror -Wno-unused-parameter -Isrc $(ICU_CFLAGS)

test/core/test_core: test/core/test_core.c $(CORE_SRCS) src/*.h
	$(CC) $(CORE_TEST_CFLAGS) -o $@ test/core/test_core.c $(CORE_SRCS) $(ICU_LIBS)

.PHONY: check-core
check-core: test/core/test_core
	test/core/test_core

test/core/gb_cli: test/core/gb_cli.c $(CORE_SRCS) src/*.h
	$(CC) $(CORE_TEST_CFLAGS) -o $@ test/core/gb_cli.c $(CORE_SRCS) $(ICU_LIBS)

# ---- reliability: sanitizers and fuzzing (clang) -------------------------
# "make check-core-asan": the core's unit tests under ASan and UBSan.
# "make fuzz": the libFuzzer harness; "make fuzz-run FUZZ_SECONDS=N" runs it
# for N seconds on the seed reports and hostile snippets, keeping what it
# learns in test/fuzz/corpus.  Crashes land in test/fuzz/artifacts.
SAN_CC ?= clang
SAN_FLAGS = -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined \
	-fno-sanitize-recover=all
SAN_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

test/core/test_core_asan: test/core/test_core.c $(CORE_SRCS) src/*.h
	$(SAN_CC) $(CORE_TEST_CFLAGS) $(SAN_FLAGS) -o $@ test/core/test_core.c $(CORE_SRCS) $(ICU_LIBS)

.PHONY: check-core-asan
check-core-asan: test/core/test_core_asan
	$(SAN_ENV) test/core/test_core_asan

FUZZ_SECONDS ?= 60
FUZZ_OPTS ?=
FUZZ_FLAGS = -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all -DGB_CHUNK_BYTES=4096

test/fuzz/fuzz_core: test/fuzz/fuzz_core.c $(CORE_SRCS) src/*.h
	clang $(FUZZ_FLAGS) -Isrc $(ICU_CFLAGS) -o $@ test/fuzz/fuzz_core.c $(CORE_SRCS) $(ICU_LIBS)

.PHONY: fuzz fuzz-run
fuzz: test/fuzz/fuzz_core

fuzz-run: test/fuzz/fuzz_core
	mkdir -p test/fuzz/corpus test/fuzz/artifacts
	$(SAN_ENV) test/fuzz/fuzz_core -max_total_time=$(FUZZ_SECONDS) \
		-max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		$(FUZZ_OPTS) \
		-dict=test/fuzz/gb.dict -artifact_prefix=test/fuzz/artifacts/ \
		test/fuzz/corpus test/data/seeds test/fuzz/seeds

.PHONY: clean-reliability
clean: clean-reliability
clean-reliability:
	rm -rf test/core/test_core_asan test/core/gb_bench test/fuzz/fuzz_core test/fuzz/artifacts

# gb_bench: time gb_extract on large inputs (test/linearity.sh)
test/core/gb_bench: test/core/gb_bench.c $(CORE_SRCS) src/*.h
	$(CC) -O2 -g -Wall -Isrc $(ICU_CFLAGS) -o $@ test/core/gb_bench.c $(CORE_SRCS) $(ICU_LIBS)
