/*
 * meeting_dates.c
 *	  The day held and the period reviewed, settled at the finish.
 *
 * resolve_dates() puts the year on a cue that lacks one, checks the
 * day against the publication date and the dates written anywhere, and
 * dates the period reviewed.  Apart as the one step that weighs all the
 * dates the chunks noted.
 */
#include "meeting_int.h"

#define ANNOUNCED_AHEAD	7		/* days after publication a meeting announced may be held */
#define TOLD_AHEAD		60		/* and one whose days follow "diễn ra" (cue_told) */
#define REVIEW_AHEAD	60		/* days before its end a period can be reviewed */
#define REVIEW_AFTER	183		/* days after its end a period can be reviewed */

/* The day before *h, across a month's or a year's end */
static void
day_before(GbDate *h)
{
	if (--h->d == 0)
	{
		h->m = h->m == 1 ? 12 : h->m - 1;
		h->y -= h->m == 12;
		h->d = gb_month_last_day(h->y, h->m);
	}
}

/*
 * The year for day/month md of a meeting announced ahead by a report
 * published on ref: the first on or after it (a day's slack), never one
 * in the year before.
 */
static GbDate
ahead_of_reference(GbDate md, GbDate ref)
{
	GbDate		r = md;

	for (r.y = ref.y; r.y <= ref.y + 1; r.y++)
		if (gb_date_valid(r.y, r.m, r.d) && gb_date_days(r) >= gb_date_days(ref) - 1)
			return r;
	r.y = 0;
	return r;
}

/* The year for day/month md that puts it nearest to date b. */
static GbDate
nearest_to(GbDate md, GbDate b)
{
	GbDate		r = md,
				best = md;
	long		bd = -1;

	best.y = 0;
	for (r.y = b.y - 1; r.y <= b.y + 1; r.y++)
	{
		long		dist;

		if (!gb_date_valid(r.y, r.m, r.d))
			continue;
		dist = gb_date_days(r) - gb_date_days(b);
		if (dist < 0)
			dist = -dist;
		if (bd < 0 || dist < bd)
		{
			bd = dist;
			best = r;
		}
	}
	return best;
}

/*
 * The year for day/month md that puts it at most ahead days after ref, the
 * latest such: a week after the publication (ANNOUNCED_AHEAD), or on or
 * before a meeting still planned (0).
 */
static GbDate
near_reference(GbDate md, GbDate ref, int ahead)
{
	GbDate		r = md;
	long		limit = gb_date_days(ref) + ahead;
	int			y;

	for (y = ref.y + 1; y >= ref.y - 1; y--)
	{
		r.y = y;
		if (gb_date_valid(r.y, r.m, r.d) && gb_date_days(r) <= limit)
			return r;
	}
	r.y = 0;
	return r;
}

/*
 * Whether the day dated from a period, in_period, falls a year or more
 * before the one the publication on ref gives the same day and month:
 * "Sáng 28/1, Hội nghị Tỉnh ủy ... nghe báo cáo ... công tác kiểm tra,
 * giám sát năm 2014; ... chương trình công tác năm 2015" published
 * 28/1/2015 is of 2015, the work of 2014 heard after its year (stop 37
 * ab2).  A report is not published a year after its meeting; one a
 * year and months after that day is no report of it.  Only the caller's publication date: a
 * page's header may be its clock ("Cập nhật lúc ...", gb_meet_finish()).
 */
static bool
before_published_year(GbDate in_period, GbDate published)
{
	GbDate		near;

	if (in_period.y == 0 || published.y == 0)
		return false;
	near = near_reference(in_period, published, ANNOUNCED_AHEAD);
	/* a report in the weeks after the day so dated, not months after it */
	return near.y == in_period.y + 1 && gb_date_days(published) - gb_date_days(near) <= GB_REPORTED_WITHIN;
}

/*
 * A year guessed for day/month md, which a report published on ref cannot
 * put after it (past the days near_reference() allows a meeting announced):
 * the year that puts it nearest before, as the report would be read
 * without the period or the years it guessed from.
 */
static GbDate
not_after_published(GbDate md, GbDate ref)
{
	if (ref.y == 0 || md.y == 0 || gb_date_days(md) <= gb_date_days(ref) + ANNOUNCED_AHEAD)
		return md;
	return near_reference(md, ref, ANNOUNCED_AHEAD);
}

static GbDate
period_start(const Period *p, int year)
{
	GbDate		r = {year, p->mlo, 1};

	return r;
}

static void
set_period(GbMeeting *mt, const Period *p, int year)
{
	int			m = p->mlo - 1 + p->nmonths;

	/* a period closing past the last year a date may have ("quý 4" of 9999): none */
	if (!gb_date_valid(year + m / 12, m % 12 + 1, 1) || !gb_date_valid(year, p->mlo, 1))
		return;
	mt->period_lo = period_start(p, year);
	mt->period_hi.y = year + m / 12;
	mt->period_hi.m = m % 12 + 1;
	mt->period_hi.d = 1;
	mt->period_text = p->text;
}

/*
 * Whether a review on date r comes too long after the end of the period it
 * reviews: "hướng dẫn đánh giá ... năm 2014" on 23/10 is not in October
 * 2015, when the next year's review is near; it prepares one in 2014, or
 * speaks of it, which the date alone does not tell.
 */
static inline bool
review_too_late(GbDate r, GbDate end)
{
	return gb_date_days(r) > gb_date_days(end) + REVIEW_AFTER;
}

/*
 * "từ sau Hội nghị ... tháng 7/2015 đến nay": the months from the start of
 * per to the meeting's on held, which must be known and after it; a span of
 * a year's or more is no period a meeting reviews, of which none is set.
 */
static void
set_period_to(GbMeeting *mt, const Period *per, int year, GbDate held)
{
	Period		span = *per;

	span.nmonths = (held.y - year) * 12 + held.m - per->mlo + 1;
	if (held.y && span.nmonths >= per->nmonths && span.nmonths <= 12)
		set_period(mt, &span, year);
}

/*
 * Whether the period per of year is ahead of the meeting held on held,
 * the work it plans, not the period it reviews (which resolve_dates()
 * asks only when the meeting's kind is no review): one that starts after
 * the meeting, or a year that lies more than half after it with no
 * reviewing word before it, "Sáng 15/1/2024, ... tổ chức Hội nghị công
 * tác kiểm tra, giám sát năm 2024", which opens the year's work, nothing
 * of it done yet to review (probe b G4).  "Hội nghị ... năm 2024" on
 * 20/12/2024 reviews a year mostly gone.
 */
static bool
ahead_of_held(const Period *per, int year, GbDate held)
{
	int			m = per->mlo - 1 + per->nmonths;
	GbDate		end = {year + m / 12, m % 12 + 1, 1};
	long		start = gb_date_days(period_start(per, year)),
				day = gb_date_days(held);

	return held.y && (start > day ||
					  (per->nmonths == 12 && !per->reviewed &&
					   gb_date_days(end) - day > day - start));
}

/*
 * Whether the period per of year starts after the publication ref of a
 * report that gives its meeting no day: the work it plans, as
 * ahead_of_held() tells for a day ("Huyện ủy ... vừa tổ chức hội nghị
 * triển khai ... từ tháng 4 đến tháng 5-2020 tiến hành đại hội" published
 * 18/9/2019; stop 33 O8).  A report comes after the meeting it tells of.
 */
static bool
ahead_of_published(const Period *per, int year, GbDate held, GbDate ref)
{
	return held.y == 0 && ref.y && ref.d &&
		gb_date_days(period_start(per, year)) > gb_date_days(ref);
}

/*
 * Whether a meeting held on held can review the span of years per: one
 * held from the start of its last year ("tổng kết 5 năm (2021-2025)" in
 * March 2025) to a year after its end.  A span that ends years after the
 * meeting is a programme's, "sơ kết ... Nghị quyết ... giai đoạn
 * 2021-2030" in 2023, or one ahead.
 */
static bool
span_reviewable(GbDate held, const Period *per)
{
	int			last = per->year + (per->mlo - 1 + per->nmonths - 1) / 12;

	return held.y >= last && held.y <= last + 1;
}

/*
 * The year for day/month md of a meeting that reviews period per: reviews
 * are held near the end of the period or after it, never long before.
 */
static GbDate
after_period(GbDate md, const Period *per)
{
	GbDate		r = md,
				end;
	int			m = per->mlo - 1 + per->nmonths;

	end.y = per->year + m / 12;
	end.m = m % 12 + 1;
	end.d = 1;
	/*
	 * in the second half of the period itself: "Hội nghị 6 tháng đầu năm"
	 * in April; in the year whose work it is named for, not reviewed:
	 * "Hội nghị toàn quốc về công tác kiểm tra năm 2015" in January
	 */
	r.y = per->year;
	if (gb_date_valid(r.y, r.m, r.d) &&
		((per->nmonths < 12 && (r.m - per->mlo) * 2 >= per->nmonths &&
		  r.m < per->mlo + per->nmonths) || per->of_work))
		return r;
	for (r.y = per->year; r.y <= per->year + 1; r.y++)
		if (gb_date_valid(r.y, r.m, r.d) &&
			gb_date_days(r) >= gb_date_days(end) - REVIEW_AHEAD)
			return review_too_late(r, end) ? (GbDate) {0, 0, 0} : r;
	r.y = 0;
	return r;
}

/* md after the whole year y, as after_period() */
static GbDate
after_year(GbDate md, int y)
{
	Period		year = {.mlo = 1, .nmonths = 12, .year = y};

	return after_period(md, &year);
}

/*
 * The year written in the text with the day and month of md, or with one of
 * the next days of a range ("từ ngày 26-29/10" and later "khai mạc ngày
 * 27/10/2015"): the same days, the same year.  0 when none is.
 */
static int
year_written_with(const GbMeetState *st, GbDate md, bool range)
{
	int			k,
				days = range ? 7 : 1;

	if (md.m < 1 || md.m > 12)
		return 0;
	for (k = md.d; k < md.d + days && k <= 31; k++)
		if (k >= 1 && st->day_year[md.m - 1][k - 1])
			return st->day_year[md.m - 1][k - 1];
	return 0;
}

/*
 * Whether day and month md in year y come before the latest full date of
 * the text when that is a cited document's issue date (latest_cited): the
 * meeting follows what it carries out, so "Sáng 22/10" of a report that
 * rolls out a plan of 22.7.2019 is not in 2018, though a resolution of
 * 22.10.2018 is cited too (probe 48 G4).  The same day and month written
 * with a year then tells nothing of the meeting's.
 */
static bool
before_latest_cited(const GbMeetState *st, GbDate md, int y, bool latest_cited)
{
	md.y = y;
	return latest_cited && st->latest_date.y && gb_date_days(md) < gb_date_days(st->latest_date);
}

/*
 * Whether date is the issue date of a document the text cites.  A sơ kết or
 * a tổng kết reviews a document years after its issue: the year of that
 * date tells nothing of the meeting's unless "N năm" counts the years.
 */
bool
cited_issue_date(const GbResult *res, GbDate date)
{
	int			i;

	for (i = 0; i < res->ncitations; i++)
		if (res->citations[i].issued.y == date.y &&
			res->citations[i].issued.m == date.m &&
			res->citations[i].issued.d == date.d)
			return true;
	return false;
}

/*
 * The year for day/month md nearest to the latest full date of the text,
 * latest, when that is written bare, without "ngày", and is no cited
 * document's issue date: a page's timestamp after the lead, the date of
 * another item under "Tin khác".  The meeting may come before it as well
 * as after ("Sáng 27/4" over "08:57, 28/04/2021" is of 2021, not 2022);
 * only a document, of the latest date issued written after "ngày" or
 * cited, bounds it from below (probe 62 G2).
 */
static GbDate
near_latest(GbDate md, GbDate latest, GbDate issued)
{
	GbDate		r = nearest_to(md, latest);

	if (r.y && issued.y && gb_date_days(r) < gb_date_days(issued))
		r.y++;
	if (r.y && !gb_date_valid(r.y, r.m, r.d))
		r.y = 0;
	return r;
}

/*
 * Whether day and month md in year y, a year derived from "sơ kết 5 năm
 * thực hiện Nghị quyết ... ngày 30/7/2013", come before issued, the latest
 * issue date of a document the text cites: that phrase was the subject of
 * another document ("Thông báo số 55-TB/TW, ngày 20/4/2019 ... về sơ kết 5
 * năm ..."), not the meeting's, which follows what it carries out (probe
 * 61 G5).
 */
static bool
before_issued(GbDate md, int y, GbDate issued)
{
	md.y = y;
	return issued.y && gb_date_valid(md.y, md.m, md.d) &&
		gb_date_days(md) < gb_date_days(issued);
}

/*
 * Whether a day whose year was guessed lies in the weeks before the
 * publication ref: a report of it, which puts the year beyond doubt, so
 * that a period starting after it is work ahead, not a sign of a wrong
 * guess ("Sáng 21/2, ... tổ chức hội nghị ... Đại hội ... tổ chức trong
 * tháng 6/2024" published 21/2/2024: none; stop 30 G3).
 */
static bool
reported_soon(GbDate held, GbDate ref)
{
	long		gap;

	if (held.y == 0 || ref.y == 0 || ref.d == 0)
		return false;
	gap = gb_date_days(ref) - gb_date_days(held);
	return gap >= 0 && gap <= GB_REPORTED_WITHIN;
}

/*
 * Resolve the date of the meeting and the period against each other.
 * latest_cited: the latest full date is a cited document's issue date;
 * issued: the latest issue date of a cited document.
 */
void
resolve_dates(GbMeetState *st, GbMeeting *mt, GbDate ref, const Period *per,
			  bool per_in_lead, bool latest_cited, GbDate issued)
{
	bool		review = st->lead.reviews || (mt->meeting_kind &&
											 (strcmp(mt->meeting_kind, "tổng kết") == 0 ||
											  strcmp(mt->meeting_kind, "sơ kết") == 0));
	bool		giao_ban = mt->meeting_kind && strcmp(mt->meeting_kind, "giao ban") == 0;

	/*
	 * a ceremony reviews no year's work: "Thực hiện Kế hoạch ... về công
	 * tác Đoàn năm 2023. Tối 01/9/2023, ... tổ chức lễ kết nạp đoàn viên
	 * mới" names the programme the ceremony is held under (probe 69 G5b)
	 */
	bool		ceremony = mt->meeting_kind &&
		strncmp(mt->meeting_kind, "lễ", strlen("lễ")) == 0 &&
		(mt->meeting_kind[strlen("lễ")] == '\0' || mt->meeting_kind[strlen("lễ")] == ' ');

	GbDate		held = st->cue.date,
				in_period,
				in_month;
	int			written,
				i,
				back = st->cue_back,	/* working days the lead counts before its day */
				period_year = 0;	/* the day's year, from the period */

	/*
	 * a span of years reviewed gives the day no year: "tổng kết 5 năm
	 * (2021-2025)" is held in 2025 or in 2026; nor, where the report is
	 * dated, does a span running on to the meeting, "từ tháng 7/2015 đến
	 * nay", whose day may be years after its start (probe-m G3); nor one
	 * from a day, "từ ngày 1/1/2024 đến nay", a start that bounds the day
	 * as before it was read as a period (stop 35 T5)
	 */
	const Period *dating = per && per->year && per->nmonths <= 12 &&
		!(per->to_now && (ref.y || per->from_day)) ? per : NULL;

	mt->time_of_day = st->cue.time_of_day ? st->cue.time_of_day : st->later_time;
	/*
	 * "phiên bế mạc ... sáng ngày 15-10" and "Đại hội diễn ra từ ngày 12
	 * đến ngày 15 tháng 10 năm 2020": a session's day without a year,
	 * within the full span the text gives, is part of that event, which
	 * is dated by its first day; the session's time of day is not its own
	 */
	if (st->cue.has_date && held.y == 0 && st->span_start.y && held.m == st->span_start.m &&
		held.d >= st->span_start.d && held.d <= st->span_end.d)
	{
		held = st->span_start;
		mt->time_of_day = NULL;
		/* the span's first day is the first of the days counted too */
		back = 0;
	}
	/*
	 * "Ngày 10/5, tin từ X cho biết, A vừa tổ chức ...": the lead's day is
	 * the notice's, the meeting's untold; no day rather than a wrong one,
	 * nor its time (probe ap AP1)
	 */
	if (st->cue_notice)
	{
		held = (GbDate) {0, 0, 0};
		mt->time_of_day = st->later_time;
	}
	else if (st->cue.has_date && held.y)
		mt->date_inferred = 0;
	else if (st->cue.has_date)
	{
		mt->date_inferred = 1;
		/*
		 * a period reviewed too long before the day gives no year: the
		 * publication's, if known, else none
		 */
		if (dating && per_in_lead &&
			((in_period = after_period(held, dating)).y || ref.y == 0) &&
			!before_published_year(in_period, st->published))
			period_year = (held = in_period).y;
		else if (ref.y)
			held = st->cue_ahead ? ahead_of_reference(held, ref) :
				near_reference(held, ref, st->cue_told ? TOLD_AHEAD : ANNOUNCED_AHEAD);
		/*
		 * "Ngày 7/2, ... tổ chức hội nghị báo cáo viên tháng 2/2023": the
		 * month naming the meeting, before a resolution of 22/10/2018 that
		 * the report cites (probe-l G2a)
		 */
		else if (st->lead.named_month.y &&
				 (in_month = nearest_to(held, st->lead.named_month)).y)
			held = in_month;
		else if (st->lead.term_year && mt->meeting_kind == st->lead.noun)
			held.y = st->lead.term_year;
		/*
		 * a review of a congress follows it, in the year its term opens,
		 * and a congress is held in that year; in January or February it
		 * may be of one held late the year before: no year rather than a
		 * wrong one
		 */
		else if (st->congress_term && held.m > 2 &&
				 (st->lead.reviews_congress ||
				  (congress_lead(st) && mt->meeting_kind == st->lead.noun)))
			held.y = st->congress_term;
		else if (st->review_year && !before_issued(held, st->review_year, issued))
			held.y = st->review_year;
		else if (dating)
			period_year = (held = after_period(held, dating)).y;
		else if (st->agenda_year || st->lead.agenda_year)
		{
			/*
			 * "Hội nghị Trung ương 9 họp thông qua ...; Báo cáo ... năm
			 * 2023": the year a plenum conveyed reviews is before it, and
			 * the report passing on its results soon after it (probe y Y10)
			 */
			held = after_year(held, st->agenda_year ? st->agenda_year : st->lead.agenda_year);
		}
		else if ((written = year_written_with(st, held, st->cue.range)) != 0 &&
				 !before_latest_cited(st, held, written, latest_cited))
			held.y = written;	/* the same days written elsewhere with a year */
		else if (st->latest_date.y || st->bound_date.y || st->ahead_date.y)
		{
			GbDate		after = held,
						near = {0, 0, 0},
						before = {0, 0, 0};

			/*
			 * after the documents it cites; a review of one, some years
			 * after, of which the text says nothing
			 */
			after.y = review && latest_cited ? 0 : st->latest_date.y;
			if (after.y && st->latest_bare && !latest_cited)
				after = near_latest(held, st->latest_date,
									issued.y && gb_date_days(issued) > gb_date_days(st->latest_dated) ?
									issued : st->latest_dated);
			else if (after.y && gb_date_days(after) < gb_date_days(st->latest_date))
				after.y++;
			/* near a start, before a deadline, unless that is before them */
			if (st->bound_date.y)
				near = st->bound_end ? near_reference(held, st->bound_date, 0) :
					nearest_to(held, st->bound_date);
			/* before a meeting still planned, not in the year after it */
			if (st->ahead_date.y)
				before = near_reference(held, st->ahead_date, 0);
			if (before.y && (after.y == 0 || gb_date_days(before) >= gb_date_days(after)))
				after = before;
			held = near.y && (after.y == 0 || gb_date_days(near) >= gb_date_days(after)) ?
				near : after;
		}
		else if (st->month_date.y &&
				 (in_month = nearest_to(held, st->month_date)).y >= st->first_year)
			held = in_month;		/* near a month of a year, unless before a year written */
		else if (st->first_year && st->plan_year == st->first_year + 1)
		{
			/* "tổng kết ... năm 2019, triển khai nhiệm vụ năm 2020": between the two */
			held = after_year(held, st->first_year);
		}
		else if (st->first_year)
		{
			/* a review early in the year: of the year written, or the one before */
			/* "gặp mặt" early in the year: a Tết gathering, which speaks of the year before */
			if (held.m <= 2 && mt->meeting_kind && (strcmp(mt->meeting_kind, "tổng kết") == 0 ||
													 strcmp(mt->meeting_kind, gb_kind_gathering) == 0))
				held.y = 0;
			else
				held.y = st->first_year;
		}
		else if (st->plan_year && held.m <= 6)
			held.y = st->plan_year; /* a year planned: a meeting in its first half */
		else
			held.y = 0;			/* late in the year before it, or unknown */
		if (held.y && !gb_date_valid(held.y, held.m, held.d))
			held.y = 0;
		/* a meeting announced ahead may be held weeks after the report */
		if (!st->cue_ahead && !(st->cue_told && held.y && ref.y &&
								gb_date_days(held) <= gb_date_days(ref) + TOLD_AHEAD))
			held = not_after_published(held, ref);
		/* a year guessed that puts a review before the document it reviews */
		if (held.y && review && latest_cited &&
			gb_date_days(held) < gb_date_days(st->latest_date))
			held.y = 0;
	}
	else if (st->have_lead && ref.y && ref.d)
	{
		/* "sáng nay" without a date: the day of publication; "chiều qua" the day before */
		held = ref;
		if (st->cue.yesterday)
			day_before(&held);
		mt->date_inferred = 1;
	}
	/* the first of the days the lead's sentence counts up to its own */
	for (i = held.y ? back : 0; i > 0; i--)
		day_before(&held);
	if (held.y)
		mt->held_on = held;
	else
		mt->date_inferred = -1;

	if (per)
	{
		int			year = per->year;

		if (year == 0)
			year = held.y ? held.y : ref.y ? ref.y : st->latest_date.y ?
				st->latest_date.y : st->first_year;
		if (year && per->year == 0 && held.y &&
			gb_date_days(period_start(per, year)) > gb_date_days(held))
			year--;
		if (ceremony && per->of_work && !review)
			;
		else if (year && per->to_now)
			set_period_to(mt, per, year, held);
		/*
		 * a period ahead of the day, written or read from the period, is
		 * the work planned; one ahead of a year guessed from elsewhere
		 * (the publication's) tells that the guess is wrong, not the period
		 */
		else if (year && (per->nmonths <= 12 ?
						  review || giao_ban ||
						  (mt->date_inferred && held.y != period_year && !reported_soon(held, ref)) ||
						  (!ahead_of_held(per, year, held) &&
						   !ahead_of_published(per, year, held, ref)) :
						  held.y == 0 || span_reviewable(held, per)))
			set_period(mt, per, year);
	}
}

/*
 * The latest year the text itself gives for its meeting and work: a
 * period's, the first "năm 2016" (with first), a year planned or
 * reviewed, a congress's term, the latest full date but the header's own
 * (on the day of ref); 0 when it gives none.  A cited document's issue
 * date is not one: the documents a meeting carries out may be years old
 * ("Kết luận số 21-KL/TW ngày 25/10/2021" under a page of 05/09/2024,
 * probe 54 G2).
 */
int
text_year(const GbMeetState *st, const GbResult *res, const Period *per, GbDate ref, bool first)
{
	int			y = 0,
				m,
				dd;

	for (m = 0; m < 12; m++)
		for (dd = 0; dd < 31; dd++)
			if (st->day_year[m][dd] > y && !(m == ref.m - 1 && dd == ref.d - 1) &&
				!cited_issue_date(res, (GbDate) {st->day_year[m][dd], m + 1, dd + 1}))
				y = st->day_year[m][dd];

	/* a span of years: its last */
	if (per && per->year + (per->nmonths - 1) / 12 > y)
		y = per->year + (per->nmonths - 1) / 12;
	if (first && st->first_year > y)
		y = st->first_year;
	if (st->plan_year > y)
		y = st->plan_year;
	if (st->review_year > y)
		y = st->review_year;
	if (st->lead.term_year > y)
		y = st->lead.term_year;
	return y;
}
