/*
 * giaoban.c
 *	  PostgreSQL glue: module set-up, the core's hooks, text functions.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "gb_core.h"
#include "pg_glue.h"

PG_MODULE_MAGIC;

static void *
pg_gb_malloc(size_t n)
{
	return palloc_extended(n, MCXT_ALLOC_HUGE);
}

static void *
pg_gb_realloc(void *p, size_t n)
{
	return repalloc_huge(p, n);
}

static void
pg_gb_free(void *p)
{
	pfree(p);
}

static void
pg_gb_interrupt(void)
{
	CHECK_FOR_INTERRUPTS();
}

void		_PG_init(void);

void
_PG_init(void)
{
	gb_set_allocator(pg_gb_malloc, pg_gb_realloc, pg_gb_free);
	gb_set_interrupt_hook(pg_gb_interrupt);
}

void
gb_require_utf8(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("giaoban requires a UTF8 database"),
				 errdetail("The database encoding is %s.", GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'.")));
}

/*
 * Run fn over a text datum in a private memory context, so that everything
 * the core allocated is gone when the call returns or fails.
 */
MemoryContext
gb_work_context(void)
{
	return AllocSetContextCreate(CurrentMemoryContext, "giaoban extraction",
								 ALLOCSET_DEFAULT_SIZES);
}

typedef char *(*TextFn) (const char *in, size_t len, size_t *outlen);

static Datum
apply_text_fn(text *t, TextFn fn)
{
	MemoryContext work = gb_work_context();
	MemoryContext old = MemoryContextSwitchTo(work);
	size_t		outlen;
	char	   *out;
	text	   *result;

	out = fn(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &outlen);
	if (outlen > MaxAllocSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("normalized text is too long"),
				 errdetail("The result would take %zu bytes.", outlen)));
	MemoryContextSwitchTo(old);
	result = cstring_to_text_with_len(out, (int) outlen);
	MemoryContextDelete(work);
	PG_RETURN_TEXT_P(result);
}

/* NFC, one tone placement, unified spaces, dashes and quotes */
PG_FUNCTION_INFO_V1(gb_normalize_sql);
Datum
gb_normalize_sql(PG_FUNCTION_ARGS)
{
	gb_require_utf8();
	return apply_text_fn(PG_GETARG_TEXT_PP(0), gb_normalize);
}

/* lower case, no diacritics, đ -> d, single spaces */
PG_FUNCTION_INFO_V1(gb_fold_sql);
Datum
gb_fold_sql(PG_FUNCTION_ARGS)
{
	gb_require_utf8();
	return apply_text_fn(PG_GETARG_TEXT_PP(0), gb_fold);
}
