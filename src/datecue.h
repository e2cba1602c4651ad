/*
 * datecue.h
 *	  Date cues: the dated phrase that opens a meeting's report.
 */
#ifndef GB_DATECUE_H
#define GB_DATECUE_H

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

/*
 * Whether a date cue may start at token k: a time of day, "hôm", "ngày" or
 * "Từ", the words gb_date_cue() starts with.
 */
static inline bool
gb_may_start_date_cue(const GbDoc *d, int k)
{
	return gb_dict_may_match(d, k, CAT_TIMEOFDAY) || tok_is(d, k, "hom") ||
		tok_is(d, k, "ngay") || tok_is(d, k, "tu");
}

/* A date cue at token k. */
extern bool gb_date_cue(const GbDoc *d, int k, GbDateCue *cue);

/*
 * Whether a lead run on into the line before it with no stop starts at k:
 * "... Bí thư Tỉnh uỷ Quảng Bình Sáng ngày 31/10, ông A ...".
 */
extern bool gb_run_in_lead(const GbDoc *d, int k);

/*
 * A time adverbial in lower case between a subject and its verb at q:
 * "vào sáng nay (27/6/2022)", "sáng 5/3", "hôm qua", "vào ngày 5-3".
 * Returns the token after it, or q.
 */
extern int	gb_skip_when(const GbDoc *d, int q);

/* The date after "ngày" at token k, whatever its case. */
extern bool gb_date_cue_ngay(const GbDoc *d, int k, GbDateCue *cue);

/*
 * The days of a range after a lower-case "từ" at token k, "từ 15 đến
 * 16/11/2012", "từ ngày 15 đến ngày 16/11/2012": dated by the first day.
 */
extern bool gb_date_cue_tu(const GbDoc *d, int k, GbDateCue *cue);
extern bool gb_date_cue_counted(const GbDoc *d, int k, GbDateCue *cue);

#endif							/* GB_DATECUE_H */
