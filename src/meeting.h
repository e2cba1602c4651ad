/*
 * meeting.h
 *	  What meeting.c and report.c share: lines and the report head.
 */
#ifndef GB_MEETING_H
#define GB_MEETING_H

#include "extract.h"
#include "gazetteer.h"
#include "datecue.h"

/* What the first lines of a report say about it. */
typedef struct GbReportHead
{
	char	   *title;
	char	   *source;
	char	   *author;			/* a byline under the headline */
	GbDate		published;		/* from a publication line */
	bool		banner_date;	/* published is a date among words, maybe a site's today */
	bool		stamp_timed;	/* published is a stamp with its hour under the headline */
	GbDate		banner;			/* a place's dateline above the headline, "Hải Phòng, ngày 10 tháng 12
								 * năm 2019": the page's today, no publication date */
	GbDate		hint;			/* a crawl tag, "date 2022-09" (day 0), "date 2025-10-02" */
	int			title_start;	/* tokens of the headline, or -1 */
	int			title_end;
	int			head_end;		/* token where the lead paragraph starts */
	int			lead_start;		/* the lead after a blog's byline in the headline's line, or 0 */
	int			tag_end;		/* the lead after the outlet's tag or the page's stamp opening it, or 0 */
	int			slogan_end;		/* the end of a slogan banner's line, which dates no period, or 0 */
} GbReportHead;

/* First token of the line at ls past list dashes and a "date 2022-09" tag. */
extern int	gb_line_body(const GbDoc *d, int ls, int le);

/* A line of web debris: lone punctuation, "Responsive image", banners. */
extern bool gb_debris_line(const GbDoc *d, int ls, int le);
/* A place-and-date heading with its day left blank: "X, ngày   tháng 01 năm 2015". */
extern bool gb_blank_dateline(const GbDoc *d, int b, int le);
/* Whether the line [b, le) closes with a photo's credit: "... - Ảnh: VGP" */
extern bool gb_credited_caption(const GbDoc *d, int b, int le);

/* Headline, outlet tag and publication line from a first chunk. */
extern void gb_report_head(const GbDoc *d, GbReportHead *head);

/* The report's publication date its head gives, or zero. */
extern GbDate gb_head_date(const GbReportHead *head);

/*
 * The date gb_head_date() gives, unless a banner's, or a month-only crawl
 * tag's last day: for a year left out.
 */
extern GbDate gb_head_year_date(const GbReportHead *head);

/* Whether tokens [b, e) read as a headline: no marker of tense ("đã", "sẽ"). */
extern bool gb_headline_sentence(const GbDoc *d, int b, int e);

/*
 * The byline closing a last chunk, or NULL (NULL too when not wanted); with
 * credit not NULL, *credit gets the outlet it credits ("Nguồn VNEWS:
 * http://..."), or NULL.
 */
extern char *gb_report_tail(const GbDoc *d, bool want_byline, char **credit);

#endif							/* GB_MEETING_H */
