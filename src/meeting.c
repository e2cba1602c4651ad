/*
 * meeting.c
 *	  Meeting and report metadata: date, period, organizer, chairs, bridge
 *	  points, headline, byline.
 */
#include "extract.h"

struct GbMeetState
{
	GbArena    *arena;
};

GbMeetState *
gb_meet_begin(GbArena *arena)
{
	GbMeetState *st = gb_arena_alloc(arena, sizeof(GbMeetState));

	st->arena = arena;
	return st;
}

void
gb_meet_chunk(GbMeetState *st, GbDoc *doc)
{
	(void) st;
	(void) doc;
}

void
gb_meet_finish(GbMeetState *st, GbResult *res)
{
	(void) st;
	(void) res;
}
