/*
 * meeting.h
 *	  What meeting.c and report.c share: lines, datelines, the report head.
 */
#ifndef GB_MEETING_H
#define GB_MEETING_H

#include "extract.h"
#include "gazetteer.h"

/* A dated phrase that can open a meeting report: "Chiều 2/10", "Ngày 14/3". */
typedef struct GbDateCue
{
	GbDate		date;			/* y == 0 when no year was written */
	bool		has_date;		/* false for "sáng nay" without a date */
	bool		yesterday;		/* "chiều qua", "hôm qua": the day before publication */
	const char *time_of_day;	/* "sáng", ... or NULL */
	bool		range;			/* the first of several days: "7 và 8-5" */
	int			start;			/* first token of the cue */
	int			end;			/* token after it */
} GbDateCue;

/* What the first lines of a report say about it. */
typedef struct GbReportHead
{
	char	   *title;
	char	   *source;
	char	   *author;			/* a byline under the headline */
	GbDate		published;		/* from a publication line */
	GbDate		hint;			/* "date 2022-09": year and month only */
	int			title_start;	/* tokens of the headline, or -1 */
	int			title_end;
	int			head_end;		/* token where the lead paragraph starts */
	int			lead_start;		/* the lead after a blog's byline in the headline's line, or 0 */
} GbReportHead;

/* The token that starts the next line after token i (or ntok). */
extern int	gb_line_end(const GbDoc *d, int i);

/* First token of the line at ls past list dashes and a "date 2022-09" tag. */
extern int	gb_line_body(const GbDoc *d, int ls, int le);

/*
 * Whether token k is the word of phrase ph with its tone marks: folding
 * makes "họp" and "hợp", "tối" and "tới" one word.  The first letter is
 * ASCII in every such phrase, so case does not matter.
 */
extern bool gb_same_word(const GbDoc *d, int k, const GbPhrase *ph);

/* A date cue at token k. */
extern bool gb_date_cue(const GbDoc *d, int k, GbDateCue *cue);

/*
 * A time adverbial in lower case between a subject and its verb at q:
 * "vào sáng nay (27/6/2022)", "sáng 5/3", "hôm qua", "vào ngày 5-3".
 * Returns the token after it, or q.
 */
extern int	gb_skip_when(const GbDoc *d, int q);

/* The date after "ngày" at token k, whatever its case. */
extern bool gb_date_cue_ngay(const GbDoc *d, int k, GbDateCue *cue);

/*
 * Whether a date cue may start at token k: a time of day, "hôm" or
 * "ngày", the words gb_date_cue() starts with.
 */
static inline bool
gb_may_start_date_cue(const GbDoc *d, int k)
{
	return gb_dict_may_match(d, k, CAT_TIMEOFDAY) || tok_is(d, k, "hom") ||
		tok_is(d, k, "ngay");
}

/* A line of web debris: lone punctuation, "Responsive image", banners. */
extern bool gb_debris_line(const GbDoc *d, int ls, int le);

/* Headline, outlet tag and publication line from a first chunk. */
extern void gb_report_head(const GbDoc *d, GbReportHead *head);

/* The byline closing a last chunk, or NULL. */
extern char *gb_report_byline(const GbDoc *d);

#endif							/* GB_MEETING_H */
