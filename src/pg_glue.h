/*
 * pg_glue.h
 *	  Helpers shared by the PostgreSQL glue files.
 */
#ifndef GB_PG_GLUE_H
#define GB_PG_GLUE_H

#include "postgres.h"
#include "utils/palloc.h"

/* Raise a clear error unless the database encoding is UTF8. */
extern void gb_require_utf8(void);

/* A child of the current context for one extraction. */
extern MemoryContext gb_work_context(void);

#endif							/* GB_PG_GLUE_H */
