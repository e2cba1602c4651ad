# giaoban: PGXS build of the extension, plus the core's own tests.

EXTENSION = giaoban
MODULE_big = giaoban
DATA = sql/giaoban--0.1.0.sql
DATA_built = sql/giaoban--0.1.0--0.2.0.sql sql/giaoban--0.2.0.sql

CORE_SRCS = src/util.c src/normalize.c src/tokenize.c src/gazetteer.c \
	src/parse.c src/citations.c src/officials.c src/meeting.c src/extract.c
GLUE_SRCS = src/giaoban.c src/pg_extract.c
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n)
ICU_LIBS := $(shell pkg-config --libs icu-uc icu-i18n)
PG_CPPFLAGS = -Isrc $(ICU_CFLAGS)
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
SHLIB_LINK = $(ICU_LIBS)

REGRESS = normalize citations citations_negative citations_bad_input encoding kb reference
REGRESS_OPTS = --load-extension=giaoban
ENCODING = UTF8
NO_LOCALE = 1

EXTRA_CLEAN = results regression.diffs regression.out test/core/test_core test/core/gb_cli

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# Install and upgrade scripts are put together from the fragments in
# sql/parts, so that a fresh install and an upgraded one are the same.
UPGRADE_0_2_0 = sql/parts/costs.sql sql/parts/kb.sql sql/parts/reference.sql

sql/giaoban--0.1.0--0.2.0.sql: sql/parts/guard-0.1.0--0.2.0.sql $(UPGRADE_0_2_0)
	for f in $^; do cat $$f; echo; done > $@

sql/giaoban--0.2.0.sql: sql/giaoban--0.1.0.sql $(UPGRADE_0_2_0)
	{ sed 's|^/\* giaoban--0.1.0.sql \*/|/* giaoban--0.2.0.sql: generated from giaoban--0.1.0.sql and sql/parts; edit those */|' sql/giaoban--0.1.0.sql; \
	  for f in $(UPGRADE_0_2_0); do echo; cat $$f; done; } > $@

# The core without PostgreSQL: unit tests, built and run on their own.
CORE_TEST_CFLAGS = -g -O1 -Wall -Wextra -Werror -Wno-unused-parameter -Isrc $(ICU_CFLAGS)

test/core/test_core: test/core/test_core.c $(CORE_SRCS) src/*.h
	$(CC) $(CORE_TEST_CFLAGS) -o $@ test/core/test_core.c $(CORE_SRCS) $(ICU_LIBS)

.PHONY: check-core
check-core: test/core/test_core
	test/core/test_core

test/core/gb_cli: test/core/gb_cli.c $(CORE_SRCS) src/*.h
	$(CC) $(CORE_TEST_CFLAGS) -o $@ test/core/gb_cli.c $(CORE_SRCS) $(ICU_LIBS)
