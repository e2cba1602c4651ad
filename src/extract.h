/*
 * extract.h
 *	  The extractors' interface to the driver in extract.c.
 *
 * The driver cuts a document into chunks at line ends, tokenizes each and
 * hands it to every extractor in turn; an extractor keeps what it learns
 * across chunks in its own state and writes its results at the end.
 */
#ifndef GB_EXTRACT_H
#define GB_EXTRACT_H

#include "gb_internal.h"

typedef struct GbCitState GbCitState;
typedef struct GbOffState GbOffState;
typedef struct GbMeetState GbMeetState;

extern GbCitState *gb_cit_begin(GbArena *arena);
extern void gb_cit_chunk(GbCitState *st, GbDoc *doc);
extern void gb_cit_finish(GbCitState *st, GbResult *res);

extern GbOffState *gb_off_begin(GbArena *arena);
extern void gb_off_chunk(GbOffState *st, GbDoc *doc);
extern void gb_off_finish(GbOffState *st, GbResult *res);

extern GbMeetState *gb_meet_begin(GbArena *arena);
extern void gb_meet_head(GbMeetState *st, GbDoc *doc);
extern void gb_meet_chunk(GbMeetState *st, GbDoc *doc);
extern void gb_meet_finish(GbMeetState *st, GbResult *res);
extern bool gb_meet_date_span(const GbMeetState *st, uint32_t *os, uint32_t *oe);

/*
 * gb_sentence_break(), its commonest answers inline: a token inside the
 * chunk with no line break before it can end a sentence only after
 * punctuation, and with white space or a capital after it.
 */
static inline bool
gb_break_at(const GbDoc *d, int i)
{
	uint16_t	f;

	if (i <= 0 || i >= d->ntok)
		return true;
	f = d->tok[i].flags;
	if (f & T_NL)
		return true;
	if (!(d->tok[i - 1].flags & T_PUNCT))
		return false;
	if (f & T_SPACE)
		return gb_sentence_break_at(d, i);
	return (f & T_UPPER) && d->norm.data[d->tok[i - 1].off] == '.' && gb_sentence_break_at(d, i);
}

/* The original text of tokens [t0, t1), byte for byte, as an arena string. */
extern char *gb_raw_text(const GbDoc *d, int t0, int t1);

#endif							/* GB_EXTRACT_H */
