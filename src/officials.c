/*
 * officials.c
 *	  Officials: names, titles, honorifics, meeting roles and coreference.
 */
#include "extract.h"

struct GbOffState
{
	GbArena    *arena;
};

GbOffState *
gb_off_begin(GbArena *arena)
{
	GbOffState *st = gb_arena_alloc(arena, sizeof(GbOffState));

	st->arena = arena;
	return st;
}

void
gb_off_chunk(GbOffState *st, GbDoc *doc)
{
	(void) st;
	(void) doc;
}

void
gb_off_finish(GbOffState *st, GbResult *res)
{
	(void) st;
	res->officials = NULL;
	res->nofficials = 0;
}
