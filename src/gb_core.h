/*
 * gb_core.h
 *	  The extraction core of giaoban: plain C and ICU, no PostgreSQL headers.
 *
 * Text goes in as UTF-8; results come out as plain structs whose strings are
 * normalized UTF-8 and whose spans are 0-based [start, end) positions counted
 * in code points of the caller's original text.  Everything a result owns is
 * allocated through the hooks set with gb_set_allocator(), so that inside
 * PostgreSQL it lives in a memory context and is released with it.
 */
#ifndef GB_CORE_H
#define GB_CORE_H

#include <stddef.h>
#include <stdint.h>

/* A calendar date; y == 0 means "no date". */
typedef struct GbDate
{
	int			y;
	int			m;
	int			d;
} GbDate;

typedef struct GbCitation
{
	const char *kind;			/* canonical document type */
	char	   *number;			/* without leading zeros, or NULL */
	char	   *code;			/* canonical code, or NULL */
	GbDate		issued;
	char	   *issuer;			/* canonical body name, or NULL */
	int			plenum;			/* 0 = none */
	char	   *term;			/* Roman numerals, or NULL */
	char	   *subject;
	char	   *key;
	int			mentions;
	uint32_t	span_start;
	uint32_t	span_end;
	char	   *raw;
} GbCitation;

typedef struct GbOfficial
{
	char	   *name;
	char	   *name_key;
	const char *honorific;		/* "đồng chí", "ông", "bà" or NULL */
	char	  **titles;
	int			ntitles;
	char	  **roles;
	int			nroles;
	int			chairs;			/* 1: chairs the whole meeting, alone or with others */
	char	   *point;			/* the bridge point it chairs at alone, or NULL */
	int			session;		/* the chairing's object is a "kỳ họp" */
	int			mentions;
	uint32_t	span_start;
	uint32_t	span_end;
} GbOfficial;

/* Tri-state booleans: -1 unknown, 0 false, 1 true. */
typedef struct GbMeeting
{
	char	   *title;
	char	   *source;
	char	   *author;
	GbDate		published;
	const char *meeting_kind;
	GbDate		held_on;
	int			date_inferred;
	const char *time_of_day;
	char	   *organizer;
	GbDate		period_lo;		/* inclusive */
	GbDate		period_hi;		/* exclusive */
	char	   *period_text;
	char	   *scope;
	int			online;
	char	  **bridge_points;
	int			nbridge_points;
	char	  **chairs;
	int			nchairs;
} GbMeeting;

/* One mention of a citation, official, meeting date or bridge point. */
typedef struct GbMention
{
	const char *kind;			/* "citation", "official", "date", "bridge_point" */
	const char *key;			/* citation key, name_key, ISO date, folded name */
	uint32_t	span_start;
	uint32_t	span_end;
	char	   *raw;
} GbMention;

#define GB_WANT_CITATIONS	0x01
#define GB_WANT_OFFICIALS	0x02
#define GB_WANT_MEETING		0x04
#define GB_WANT_MENTIONS	0x08	/* every mention, in text order */
#define GB_WANT_ALL			0x07

typedef struct GbResult
{
	GbCitation *citations;
	int			ncitations;
	GbOfficial *officials;
	int			nofficials;
	GbMeeting	meeting;
	GbMention  *mentions;		/* with GB_WANT_MENTIONS */
	int			nmentions;
	struct GbArena *arena;		/* owns every string above */
} GbResult;

/* Allocation and interrupt hooks; the defaults are malloc/realloc/free. */
typedef void *(*GbMallocFn) (size_t size);
typedef void *(*GbReallocFn) (void *ptr, size_t size);
typedef void (*GbFreeFn) (void *ptr);
typedef void (*GbInterruptFn) (void);

extern void gb_set_allocator(GbMallocFn m, GbReallocFn r, GbFreeFn f);
extern void gb_set_interrupt_hook(GbInterruptFn fn);

/*
 * Normalization: NFC, canonical tone placement (hóa, khỏe, ủy), spaces,
 * dashes, quotes and line ends unified, invisible characters dropped, runs
 * of more than 32 combining marks on one character cut to 32 (so that the
 * result is stable: normalizing it again changes nothing).
 * Returns a NUL-terminated string from the allocator; *outlen gets its length.
 */
extern char *gb_normalize(const char *in, size_t len, size_t *outlen);

/* Join key: normalized, lower case, no diacritics, đ -> d, single spaces. */
extern char *gb_fold(const char *in, size_t len, size_t *outlen);

/* Extract what "want" asks for.  Never fails on any input. */
extern GbResult *gb_extract(const char *text, size_t len, GbDate published,
							unsigned want);
extern void gb_result_free(GbResult *r);

/*
 * The text as HTML, escaped, with every mention wrapped in
 * <mark class="gb-KIND" data-kind="KIND" data-key="KEY">...</mark>.
 */
extern char *gb_annotate(const char *text, size_t len, GbDate published, size_t *outlen);

/* Date helpers shared with the glue. */
extern int	gb_date_valid(int y, int m, int d);

#endif							/* GB_CORE_H */
