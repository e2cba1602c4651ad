/*
 * datecue.c
 *	  Date cues: the dated phrase that opens a meeting's report ("Chiều 2/10",
 *	  "Ngày 14/3", "Trong hai ngày 7 và 8-5", "Từ ngày 02/01/2025 đến ngày
 *	  03/01/2025", "sáng nay"), read by the report head and the meeting.
 */
#include "datecue.h"
#include "gazetteer.h"
#include "names.h"
#include "parse.h"

#define MEETING_DAYS	10		/* days from the first to the last of a meeting */
#define CONTINUE_AHEAD	8		/* tokens from a cue to a meeting's "tiếp tục" */

/*
 * The whole date read at a cue's token by date_range() when that opens no
 * range, for cue_date() to take instead of reading it again: end -1, none.
 */
typedef struct FirstDate
{
	int			end;
	GbDate		date;
} FirstDate;

/*
 * "(từ) 02/01/2025 đến (ngày) 03/01/2025", "30/12 đến ngày 2/1/2025",
 * "02/01/2025 - 03/01/2025", "13/8 và (sáng) 14/8/2019" from q: two whole
 * dates a few days apart; the first day's date, in the last's year when it
 * has none (probe 48 G5), not the next 13/8 after 14/8/2019.  A range of weeks
 * or months ("từ ngày 1/8/2025 đến ngày 30/9/2025") is a campaign's, not a
 * meeting's.  *first (when not NULL) gets the date at q when there is one.
 */
static bool
date_range(const GbDoc *d, int q, GbDate *date, int *end, FirstDate *first)
{
	const GbPhrase *ph = NULL;
	GbDate		last;
	bool		has_year;
	long		days;
	int			p,
				m;

	if (!gb_parse_date(d, q, &p, date, &has_year) || date->m == 0)
		return false;
	if (first)
	{
		first->end = p;
		first->date = *date;
	}
	if (!(tok_is(d, p, "den") || tok_is(d, p, "va") || tok_punct(d, p, '-')) ||
		tok_has(d, p + 1, T_NL))
		return false;
	/* "Chiều 13/8 và sáng 14/8/2019": the second day's session, its own time */
	if (tok_is(d, p++, "va") && (m = gb_dict_match(d, p, CAT_TIMEOFDAY, &ph)) > 0 &&
		gb_same_word(d, p, ph))
		p += m;
	if (tok_is(d, p, "ngay"))
		p++;
	if (!gb_parse_date(d, p, end, &last, &has_year) || last.m == 0 ||
		(last.y == 0 && date->y != 0))
		return false;
	/*
	 * "Trong 2 ngày 28-7 và 29-7": two days without a year (probe y Y2),
	 * the first day's date without one too; counted in a common year
	 */
	if (last.y == 0)
	{
		GbDate		a = *date;

		last.y = 2001;
		a.y = a.m > last.m ? 2000 : 2001;
		days = gb_date_days(last) - gb_date_days(a);
		return days > 0 && days <= MEETING_DAYS;
	}
	if (date->y == 0)
		date->y = date->m > last.m ? last.y - 1 : last.y;
	days = gb_date_days(last) - gb_date_days(*date);
	return days > 0 && days <= MEETING_DAYS;
}

/*
 * Whether the day at q follows a date's cue that makes what follows days:
 * "(từ) ngày", "trong 2 ngày (", "từ" ("Từ ngày 14 -17/10", "trong 3 ngày
 * (14 -16/10)"); so a dash spaced on one side only is no age's nor count's
 * range there ("14 -17 tuổi").
 */
static bool
days_cued(const GbDoc *d, int q)
{
	int			p = q - 1;

	if (p > 0 && (tok_punct(d, p, '(') || tok_punct(d, p, ',')))
		p--;
	return p >= 0 && !tok_has(d, p + 1, T_NL) && (tok_is(d, p, "ngay") || tok_is(d, p, "tu"));
}

/*
 * "mùng 4/8", "mồng 5": the word for the first ten days of a month before
 * the day's number at q; the token of the number, or q (probe bd BD5).
 */
static inline int
past_mung(const GbDoc *d, int q)
{
	if (q + 1 < d->ntok && (tok_is(d, q, "mung") || tok_is(d, q, "mong")) &&
		tok_has(d, q + 1, T_NUM) && d->tok[q + 1].len <= 2 && !tok_has(d, q + 1, T_NL) &&
		gb_tok_int(d, q + 1) >= 1 && gb_tok_int(d, q + 1) <= 10 &&
		gb_exact_any(d, q, "mùng|mồng"))
		return q + 1;
	return q;
}

/*
 * A meeting of several days dated by its days: "7 và 8-5-2020", "7, 8/5",
 * "7-8/5/2020", "(từ) 07 đến (ngày) 10-10-2011", "21 và sáng ngày 22
 * tháng 12 năm 2022" from q, or by two dates (date_range()).  The date is
 * the first day's, in the month and year of the last; *end is the token
 * after the last.  *first (when not NULL) gets a whole date read at q.
 */
static bool
day_range(const GbDoc *d, int q, GbDate *date, int *end, FirstDate *first)
{
	const GbPhrase *ph = NULL;
	bool		has_year;
	int			day,
				prev,
				p,
				m;

	if (tok_is(d, q, "tu"))
	{
		q++;
		first = NULL;
	}
	q = past_mung(d, q);
	if (!tok_has(d, q, T_NUM) || d->tok[q].len > 2)
		return false;
	day = prev = gb_tok_int(d, q);
	p = q + 1;
	/* cheap test first: a date's separator after the day */
	if ((tok_punct(d, p, '/') || tok_punct(d, p, '.') || tok_punct(d, p, '-') ||
		 tok_is(d, p, "thang")) && date_range(d, q, date, end, first))
		return true;
	if (tok_punct(d, p, '-'))
	{
		/*
		 * "7-8/5", "14 – 15/07/2022": the second day's month is written
		 * another way; a dash spaced on one side only is no range, unless
		 * a cue of days is before ("Từ ngày 14 -17/10", see days_cued())
		 */
		if (p + 3 >= d->ntok ||
			(((d->tok[p + 1].flags & T_SPACE) != 0) != ((d->tok[p].flags & T_SPACE) != 0) &&
			 !days_cued(d, q)) ||
			(d->tok[p + 2].flags & T_SPACE) || tok_punct(d, p + 2, '-'))
			return false;
		p++;
	}
	else if (tok_is(d, p, "va") || tok_is(d, p, "den") || tok_punct(d, p, ','))
	{
		/*
		 * "13, 14 và 15-8-2025", "13,14,15/01/2021": more days listed
		 * before the one with the month, each after the last (probe y Y2)
		 */
		while (!tok_is(d, p, "den") && p + 2 < d->ntok && tok_has(d, p + 1, T_NUM) &&
			   d->tok[p + 1].len <= 2 && !tok_has(d, p + 1, T_NL) &&
			   (tok_punct(d, p + 2, ',') || tok_is(d, p + 2, "va")) &&
			   gb_tok_int(d, p + 1) > prev && gb_tok_int(d, p + 1) - day < MEETING_DAYS)
		{
			prev = gb_tok_int(d, p + 1);
			p += 2;
		}
		p++;
		/* "và sáng ngày 22", "đến ngày 10" */
		if ((m = gb_dict_match(d, p, CAT_TIMEOFDAY, &ph)) > 0 && gb_same_word(d, p, ph))
			p += m;
		if (tok_is(d, p, "ngay"))
			p++;
		/* "mùng 4 và mùng 5/8" */
		p = past_mung(d, p);
	}
	else
		return false;
	if (p >= d->ntok || !gb_parse_date(d, p, end, date, &has_year) || date->m == 0 ||
		prev >= date->d || date->d - day > MEETING_DAYS)
		return false;
	date->d = day;
	return true;
}

/*
 * "Chiều 12 - 01, UBKT ...": a day and a month with spaces around the dash,
 * read only where it cannot be a range ("5 - 7 ngày"): right after a
 * capitalized time word (k) opening a sentence, before a comma.
 */
static bool
spaced_day_month(const GbDoc *d, int k, int q, GbDate *date, int *end)
{
	int			day,
				mon;

	if (q != k + 1 || !(d->tok[k].flags & T_UPPER) ||
		!(k == 0 || tok_has(d, k, T_NL) || tok_punct(d, k - 1, '.')) ||
		!tok_has(d, q, T_NUM) || d->tok[q].len > 2 || !tok_punct(d, q + 1, '-') ||
		!tok_has(d, q + 1, T_SPACE) || !tok_has(d, q + 2, T_SPACE) ||
		!tok_has(d, q + 2, T_NUM) || d->tok[q + 2].len > 2 || tok_has(d, q + 2, T_NL) ||
		!tok_punct(d, q + 3, ','))
		return false;
	day = gb_tok_int(d, q);
	mon = gb_tok_int(d, q + 2);
	if (day < 1 || day > 31 || mon < 1 || mon > 12)
		return false;
	memset(date, 0, sizeof(*date));
	date->m = mon;
	date->d = day;
	*end = q + 3;
	return true;
}

/*
 * "Trong 3 ngày", "Sau 2 ngày làm việc" opening a sentence (opening), or
 * anywhere, "ngày" at k: days counted that a date in brackets or after a
 * comma may tell; *q gets the token after them.
 */
static bool
work_days(const GbDoc *d, int k, int *q, bool opening)
{
	if (k < 2 || (opening && !tok_has(d, k - 2, T_UPPER)) ||
		!(tok_is(d, k - 2, "trong") || tok_is(d, k - 2, "sau")) ||
		!gb_exact_any(d, k - 2, "trong|sau"))
		return false;
	*q = k + 1;
	if (tok_is(d, k + 1, "lam") && tok_is(d, k + 2, "viec") && !tok_has(d, k + 1, T_NL) &&
		!tok_has(d, k + 2, T_NL))
		*q = k + 3;
	return true;
}

/*
 * "Trong ngày 15/7/2020, Đảng bộ phường A tổ chức Đại hội ...": "ngày" at
 * k after a capitalized "Trong" that opens its sentence dates the clause
 * as "Ngày 15/7/2020," does (probe bb BB2); "trong ngày" further on is
 * read where it is set off (set_off_cue()) or after the verb.
 */
static inline bool
opening_trong(const GbDoc *d, int k)
{
	return k >= 1 && tok_is(d, k - 1, "trong") && (d->tok[k - 1].flags & T_UPPER) &&
		gb_exact_any(d, k - 1, "trong") && !tok_has(d, k, T_NL) &&
		(k == 1 || tok_has(d, k - 1, T_NL) || tok_punct(d, k - 2, '.'));
}

/*
 * The date of a cue whose first words, from k to q, are read: "Sáng thứ
 * Hai, 2/10", "Chiều thứ 5 (17/10)", "ngày 14/3".  today: "nay" was read.
 */
static bool
cue_date(const GbDoc *d, int k, int q, bool today, GbDateCue *cue)
{
	bool		paren = false,
				sep = false,
				has_year;
	int			end;
	FirstDate	first = {.end = -1};

	if (tok_is(d, q, "thu") && (tok_has(d, q + 1, T_NUM) ||
								gb_dict_match(d, q + 1, CAT_ORDINAL, NULL) == 1))
		q += tok_punct(d, q + 2, ',') ? 3 : 2;
	/* "Sáng nay ngày 13/7", "Hôm nay, ngày 9/12" */
	if (today && tok_is(d, q + (tok_punct(d, q, ',') ? 1 : 0), "ngay") &&
		!tok_has(d, q + (tok_punct(d, q, ',') ? 1 : 0), T_NL) &&
		tok_has(d, q + (tok_punct(d, q, ',') ? 2 : 1), T_NUM))
		q += tok_punct(d, q, ',') ? 2 : 1;
	if (tok_punct(d, q, '('))
	{
		paren = true;
		q++;
	}
	/* "Hôm nay, 26-10,", "Sáng nay - 9-12": a comma or a dash before the date */
	else if (today && (tok_punct(d, q, ',') || tok_punct(d, q, '-')) && tok_has(d, q + 1, T_NUM) &&
			 !tok_has(d, q + 1, T_NL))
	{
		sep = true;
		q++;
	}
	/* "Sáng mùng 4/8", "Ngày mồng 2/9" */
	q = past_mung(d, q);
	/* a single date at q that day_range() read is not read again */
	if ((cue->range = day_range(d, q, &cue->date, &end, &first)) ||
		(first.end >= 0 && (cue->date = first.date, end = first.end, true)) ||
		(first.end < 0 && gb_parse_date(d, q, &end, &cue->date, &has_year) &&
		 cue->date.m != 0) ||
		(!paren && !today && spaced_day_month(d, k, q, &cue->date, &end)))
	{
		if (paren && tok_punct(d, end, ')'))
			end++;
		cue->has_date = true;
	}
	else if (today)
		end = paren || sep ? q - 1 : q;
	else
		return false;
	cue->start = k;
	cue->end = end;
	return true;
}

/*
 * Whether the clause from q says the meeting goes on ("tiếp tục"): "(Ngày
 * mai 12-12, kỳ họp tiếp tục chương trình làm việc)" dates the next day's
 * sitting of a meeting already open, not the day reported, the day before
 * (probe 57 G3).
 */
static bool
goes_on(const GbDoc *d, int q)
{
	int			j;

	for (j = q; j < d->ntok && j < q + CONTINUE_AHEAD; j++)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ')') ||
			(j > q && tok_has(d, j, T_NL)))
			return false;
		if (tok_is(d, j, "tiep") && tok_is(d, j + 1, "tuc"))
			return true;
	}
	return false;
}

/*
 * Whether token k, a time of day's letters, is written with no mark at all
 * before "ngày" and a date: "Chieu ngày 8/12/2017", "sang ngày 8 tháng 12
 * năm 2017", typed without marks or "sang" (on to) the day; the day is
 * still the date the clause opens with (probe bi BI4).  Not "sang" or
 * "chieu" before anything else, a word in its own right.
 */
static bool
unmarked_before_day(const GbDoc *d, int k)
{
	const GbTok *t = &d->tok[k];
	size_t		i;

	if (!tok_is(d, k + 1, "ngay") || tok_has(d, k + 1, T_NL) || tok_has(d, k + 1, T_UPPER) ||
		!tok_has(d, k + 2, T_NUM) || tok_has(d, k + 2, T_NL))
		return false;
	for (i = 0; i < t->len; i++)
		if ((unsigned char) d->norm.data[t->off + i] >= 0x80)
			return false;
	return true;
}

bool
gb_date_cue(const GbDoc *d, int k, GbDateCue *cue)
{
	const GbPhrase *ph = NULL;
	int			m,
				q,
				end;			/* of a range after a lower-case "ngày" */
	bool		today = false,
				tomorrow = false;

	/* the first words here are those of gb_may_start_date_cue() */
	memset(cue, 0, sizeof(*cue));
	m = gb_dict_match(d, k, CAT_TIMEOFDAY, &ph);
	if (m > 0 && (gb_same_word(d, k, ph) || (m == 1 && unmarked_before_day(d, k))))
	{
		/* unmarked, "sang" may be no time of day: the day's alone */
		cue->time_of_day = gb_same_word(d, k, ph) ? ph->value : NULL;
		q = k + m;
		/*
		 * "Chiều muộn 6/10", "Sáng sớm 5/3", "Tối muộn ngày 2/9": late or
		 * early, the time of day is still the day's; "Chiều tối" is read
		 * at its second word (stop 42 AV6)
		 */
		if (!tok_has(d, q, T_NL) && !tok_has(d, q, T_UPPER) &&
			((tok_is(d, q, "muon") && gb_exact_any(d, q, "muộn")) ||
			 (tok_is(d, q, "som") && gb_exact_any(d, q, "sớm"))))
			q++;
		if (tok_is(d, q, "hom"))
			q++;
		if (tok_is(d, q, "ngay"))
			q++;
		/* "Chiều qua", "Chiều hôm qua": read like "nay", a day earlier */
		else if (tok_is(d, q, "qua") && gb_exact_any(d, q, "qua"))
		{
			today = cue->yesterday = true;
			q++;
		}
		else if (tok_is(d, q, "nay"))
		{
			today = true;
			q++;
		}
		else if (tok_is(d, q, "mai") && !tok_has(d, q, T_UPPER))
		{
			tomorrow = true;
			q++;
		}
	}
	else if (tok_is(d, k, "hom"))
	{
		q = k + 1;
		if (tok_is(d, q, "nay"))
		{
			today = true;
			q++;
		}
		else if (tok_is(d, q, "qua") && gb_exact_any(d, q, "qua"))
		{
			today = cue->yesterday = true;
			q++;
		}
	}
	/* "Từ 30/12/2024 đến 02/01/2025, Đại hội ...": the days of a meeting */
	else if (tok_is(d, k, "tu") && (d->tok[k].flags & T_UPPER) &&
			 day_range(d, k, &cue->date, &end, NULL))
		q = k;
	/*
	 * "Trong 2 ngày (23, 24-7-2020), Đảng bộ ...", "Trong 3 ngày
	 * (14-16/10/2020)", "Trong 2 ngày, 3 và 4/8, ...": the days in
	 * parentheses or after a comma, opening the sentence, are read as they
	 * are without (probe 45 G3, probe 66 G2); further on, "được tổ chức
	 * trong 2,5 ngày (từ 21-23/9)" tells a congress's schedule as often.
	 * So do those of "Sau 2 ngày làm việc (17-19/9/2025) khẩn trương, ...,
	 * Đại hội ... đã bế mạc", the days the meeting worked (probe am AM2).
	 */
	else if (tok_is(d, k, "ngay"))
	{
		/* the days counted read once: q after them, "làm việc" too */
		bool		counted = work_days(d, k, &q, true);

		if (!counted)
			q = k + 1;
		if (!((d->tok[k].flags & T_UPPER) || tok_is(d, k - 1, "vao") ||
			  opening_trong(d, k) ||
			  day_range(d, k + 1, &cue->date, &end, NULL) ||
			  (counted && (tok_punct(d, q, '(') || tok_punct(d, q, ',')) &&
			   !tok_has(d, q, T_NL) && day_range(d, q + 1, &cue->date, &end, NULL))))
			return false;
		/* "Trong 2 ngày, 3 và 4/8, ...": the days after the comma (probe 66 G2) */
		if (tok_punct(d, q, ','))
			q++;
		/* "Ngày mai (29/6)": the day after, with its date */
		if (tok_is(d, q, "mai") && !tok_has(d, q, T_UPPER) && !tok_has(d, q, T_NL))
		{
			tomorrow = true;
			q++;
		}
	}
	else
		return false;
	/* "Ngày mai (29/6)", "Sáng mai, 9-12": read like "nay", but only with a date */
	if (tomorrow)
	{
		if (!cue_date(d, k, q, true, cue) || !cue->has_date)
			return false;
		/*
		 * a meeting that goes on then is open already, reported on the
		 * day before, at a time not told; from the first of a month,
		 * which day that is wants the year, not always written: none
		 */
		if (goes_on(d, cue->end))
		{
			cue->time_of_day = NULL;
			if (cue->date.d-- <= 1)
				return false;
		}
		return true;
	}
	return cue_date(d, k, q, today, cue);
}

/*
 * A tag or listing page stores a teaser as "Headline Lead ..." with no stop
 * between them: "Ông A được phân công làm Bí thư Tỉnh uỷ Quảng Bình Sáng
 * ngày 31/10, ông A ...", "Nghệ An có tân Bí thư Tỉnh uỷ Ngày 11/11, Bộ
 * Chính trị điều động ..." (stop 45, probe bf BF3).  A capitalized date cue
 * right after a word, on the same line, the lead's comma after it, opens
 * the lead; a day named in a headline has no comma after it ("chào mừng
 * Ngày 8/3"), and a body's name holds no date ("Tòa án nhân dân Tối cao").
 */
bool
gb_run_in_lead(const GbDoc *d, int k)
{
	GbDateCue	cue;

	return k > 0 && gb_may_start_date_cue(d, k) && gb_word_upper(d, k) &&
		!tok_has(d, k, T_ALLCAPS) && !tok_has(d, k, T_NL) && tok_has(d, k - 1, T_WORD) &&
		gb_date_cue(d, k, &cue) && !cue.range && tok_punct(d, cue.end, ',');
}

int
gb_skip_when(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;
	GbDateCue	cue;
	int			r = q;

	if (tok_is(d, r, "vao") && !tok_has(d, r, T_UPPER) && !tok_has(d, r + 1, T_NL))
		r++;
	if (!tok_has(d, r, T_WORD) || tok_has(d, r, T_UPPER) || tok_has(d, r, T_NL))
		return q;
	if (gb_may_start_date_cue(d, r) && gb_date_cue(d, r, &cue))
		return cue.end;
	/* "hôm qua", "chiều qua", "chiều hôm qua": no date to read */
	if (gb_dict_match(d, r, CAT_TIMEOFDAY, &ph) == 1 && gb_same_word(d, r, ph) &&
		tok_is(d, r + 1, "hom") && !tok_has(d, r + 1, T_NL))
		r++;
	if ((tok_is(d, r, "hom") ||
		 (gb_dict_match(d, r, CAT_TIMEOFDAY, &ph) == 1 && gb_same_word(d, r, ph))) &&
		tok_is(d, r + 1, "qua") && !tok_has(d, r + 1, T_NL))
		return r + 2;
	return q;
}

/*
 * The date after "ngày" at k, in lower case too: "tại Hội nghị sơ kết ...,
 * ngày 12-7-2019", where the caller knows that the date is the meeting's.
 */
bool
gb_date_cue_ngay(const GbDoc *d, int k, GbDateCue *cue)
{
	memset(cue, 0, sizeof(*cue));
	return tok_is(d, k, "ngay") && cue_date(d, k, k + 1, false, cue);
}

/*
 * Days counted in lower case, set off after a fronted clause, the days in
 * brackets: "Được sự đồng ý của Bộ Chính trị, trong 2 ngày (24 và
 * 25-9-2025), Đại hội ... sẽ diễn ra" ("ngày" at k); the caller knows the
 * comma before "trong" and the clause after (probe ba BA9).  A count after
 * a verb, "được tổ chức trong 2,5 ngày (từ 21-23/9)", is no such cue.
 */
bool
gb_date_cue_counted(const GbDoc *d, int k, GbDateCue *cue)
{
	int			q,
				end;

	memset(cue, 0, sizeof(*cue));
	if (!tok_is(d, k, "ngay") || k < 2 || tok_has(d, k - 2, T_UPPER) ||
		!tok_has(d, k - 1, T_NUM) || !work_days(d, k, &q, false) ||
		!tok_punct(d, q, '(') || tok_has(d, q, T_NL) ||
		!day_range(d, q + 1, &cue->date, &end, NULL) || !tok_punct(d, end, ')'))
		return false;
	cue->has_date = cue->range = true;
	cue->start = k;
	cue->end = end + 1;
	return true;
}

/*
 * A range of days after a lower-case "từ", set off after a cited
 * document's clause: "Thực hiện Nghị quyết 12-NQ/TW về ..., từ 15 đến
 * 16/11/2012, Ban Thường vụ ... tổ chức hội nghị" (stop 33 P6).
 */
bool
gb_date_cue_tu(const GbDoc *d, int k, GbDateCue *cue)
{
	int			q = tok_is(d, k + 1, "ngay") ? k + 2 : k + 1,
				end;

	memset(cue, 0, sizeof(*cue));
	if (!tok_is(d, k, "tu") || tok_has(d, k, T_UPPER) || tok_has(d, q, T_NL) ||
		!day_range(d, q, &cue->date, &end, NULL))
		return false;
	cue->has_date = cue->range = true;
	cue->start = k;
	cue->end = end;
	return true;
}
