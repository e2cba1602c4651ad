/*
 * meeting_period.c
 *	  The period a meeting reviews or plans: "6 tháng đầu năm 2023".
 *
 * parse_period() reads a period at a token; period_in() finds the one a
 * line's clauses review, past plans, careers, documents' years and the
 * dates of spans.  Apart because it reads months and years, not bodies
 * or meetings: the other files ask it only through period_in() and a few
 * clause tests.
 */
#include "meeting_int.h"

#define ABBREV_TOKENS	7		/* tokens of an abbreviation in parentheses, "(QS-QP)" */
#define YEAR_NEAR		40		/* tokens looked around for a period's year */
#define TASK_AHEAD		12		/* tokens from a period heading a sentence to its verb */
#define CAREER_AROUND	80		/* tokens looked around a span for a post held */
#define SPAN_BACK		8		/* tokens from the month closing a span back to its "từ" */
#define SCHEDULE_WORDS	12		/* words of a work programme before its year: "chương trình công tác Đoàn và phong trào TTN" */
#define SPAN_YEARS		30		/* years at most of a span reviewed: "tổng kết 30 năm" */
#define AUDIENCE_BACK	16		/* tokens from a briefing's month back to "các" of the units it gathers */
#define SIGNED_BACK		12		/* tokens from a year back to the signing it dates */
#define FAR_SPAN_AHEAD	60		/* tokens from "10 năm" on to its years, past the object reviewed */
#define COURSE_BACK		20		/* tokens from a course's year back to "tập huấn" */

/*
 * A year written just after a period: "quý III/2024", "quý I-2022", "quý
 * IV.2015" (a dot, no space on either side), "năm 2019".  A slash or dash
 * written against the period reads as its year's even with a space after
 * it, "quý I- 2011": a dash that ended a clause would not cling to the
 * word before it.
 */
int
year_after(const GbDoc *d, int q, int *end)
{
	if (((tok_punct(d, q, '/') || tok_punct(d, q, '-')) && is_year(d, q + 1) &&
		 !(d->tok[q + 1].flags & T_NL) &&
		 (!(d->tok[q + 1].flags & T_SPACE) || !(d->tok[q].flags & (T_SPACE | T_NL)))) ||
		(tok_punct(d, q, '.') && !(d->tok[q].flags & (T_SPACE | T_NL)) &&
		 is_year(d, q + 1) && !(d->tok[q + 1].flags & (T_SPACE | T_NL))))
	{
		*end = q + 2;
		return gb_tok_int(d, q + 1);
	}
	if (tok_is(d, q, "nam") && is_year(d, q + 1) && !compared_year(d, q))
	{
		*end = q + 2;
		return gb_tok_int(d, q + 1);
	}
	*end = q;
	return 0;
}

/* The words parse_period() can start at, a day among them. */
static inline bool
may_start_period(const GbDoc *d, const GbTok *t)
{
	return (t->flags & T_NUM) ||
		(t->flen == 3 && (memcmp(d->fold.data + t->fo, "quy", 3) == 0 ||
						  memcmp(d->fold.data + t->fo, "nam", 3) == 0)) ||
		(t->flen == 5 && memcmp(d->fold.data + t->fo, "thang", 5) == 0) ||
		(t->flen == 4 && memcmp(d->fold.data + t->fo, "giai", 4) == 0) ||
		(gb_dict_masks[t->grp] & CAT_COUNTWORD) != 0;
}

/*
 * A small count at p, of months, years or meetings, in digits or in words
 * ("6", "sáu", "mười một"): its tokens, 0 if none.  A word must be spelled
 * so: "sau tháng" is "after the month".
 */
int
count_at(const GbDoc *d, int p, int *v)
{
	const GbPhrase *ph = NULL;
	int			m;

	if (tok_has(d, p, T_NUM) && d->tok[p].len <= 2)
	{
		*v = gb_tok_int(d, p);
		return 1;
	}
	m = gb_dict_match(d, p, CAT_COUNTWORD, &ph);
	if (m > 0 && (m == 1 ? gb_same_word(d, p, ph) : gb_exact_words(d, p, m, ph->value)))
	{
		*v = ph->aux;
		return m;
	}
	return 0;
}

/*
 * "cuối tháng 10", "đầu tháng 3", "giữa tháng 5": a point in the month, a
 * time, not a period reviewed, and so is "(tính đến) hết tháng 5-2013", a
 * cut-off; "(từ ngày 14 tháng 10) đến tháng 11 năm
 * 1930": the end of a span of time, an event's; "(quyết định) vào tháng
 * 7": when another act was done, not what is reviewed.
 */
static inline bool
month_point(const GbDoc *d, int k)
{
	return tok_is(d, k, "cuoi") || tok_is(d, k, "dau") || tok_is(d, k, "giua") ||
		tok_is(d, k, "den") || tok_is(d, k, "vao") || tok_is(d, k, "het");
}

/*
 * "đầu năm 2025", "giữa năm 2024": a point in the year, when a meeting is
 * held ("giao ban đầu năm 2025"), not the whole year reviewed (probe 53
 * G8).  "cuối năm" is left: a year-end review reviews the year.
 */
static inline bool
year_point(const GbDoc *d, int k)
{
	return tok_is(d, k, "dau") || tok_is(d, k, "giua");
}

/*
 * Whether a span of years may open at p: "5 năm (2021-2025)", "mười năm
 * (2011-2020)", "giai đoạn 2021-2025".  The inline test most tokens fail
 * before year_span().
 */
static inline bool
may_open_span(const GbDoc *d, int p)
{
	return tok_is(d, p, "giai") || (tok_has(d, p, T_NUM) && tok_is(d, p + 1, "nam")) ||
		((gb_dict_masks[d->tok[p].grp] & CAT_COUNTWORD) != 0 && !tok_is(d, p, "nam"));
}

/*
 * Whether a count of years agrees with a span of nyears years, counted with
 * both ends ("5 năm (2021-2025)") or as the years between them ("5 năm
 * 2020-2025")
 */
static inline bool
count_fits_span(int count, int nyears)
{
	return count == nyears || count == nyears - 1;
}

/*
 * "giai đoạn II (2022 - 2024)": the phase's number at q, before its years
 * in parentheses, names the phase; the years are the span (stop 34 S6b).
 * Returns the token of the parenthesis, or q.
 */
static int
phase_number_end(const GbDoc *d, int q)
{
	int			v,
				e = gb_parse_ordinal(d, q, &v);

	return e > q && v > 0 && v < 10 && tok_punct(d, e, '(') ? e : q;
}

/*
 * A span of whole years at p: "5 năm (2021-2025)", "15 năm 2011 - 2025",
 * "giai đoạn 2021–2025", "5 năm, giai đoạn 2019-2024", any dash.  Its count
 * of years, when written, agrees with the span, counted with both ends
 * ("5 năm (2021-2025)") or as the years between them ("5 năm
 * 2020-2025"): "3 năm (2021-2025)" is no span.  "nhiệm kỳ 2020-2025" is a
 * congress's term, no span reviewed.  Returns its first year and sets
 * *nyears and *end; 0 if none.
 */
static int
year_span(const GbDoc *d, int p, int *nyears, int *end)
{
	int			count = 0,
				n,
				q,
				y1,
				y2;
	bool		open;

	if ((n = count_at(d, p, &count)) > 0 && tok_is(d, p + n, "nam"))
	{
		q = p + n + 1;
		if (tok_punct(d, q, ',') && tok_is(d, q + 1, "giai") && tok_is(d, q + 2, "doan"))
			q += 3;
	}
	else if (tok_is(d, p, "giai") && tok_is(d, p + 1, "doan"))
		q = phase_number_end(d, p + 2);
	else
		return 0;
	open = tok_punct(d, q, '(');
	if (open)
		q++;
	if (!range_from(d, q) || tok_has(d, q, T_NL) || tok_has(d, q + 1, T_NL) ||
		tok_has(d, q + 2, T_NL))
		return 0;
	y1 = gb_tok_int(d, q);
	y2 = gb_tok_int(d, q + 2);
	if (y2 <= y1 || y2 - y1 >= SPAN_YEARS ||
		(count && !count_fits_span(count, y2 - y1 + 1)))
		return 0;
	q += 3;
	if (open && !tok_punct(d, q++, ')'))
		return 0;
	*nyears = y2 - y1 + 1;
	*end = q;
	return y1;
}

static bool span_not_reviewed(const GbDoc *d, int p, int floor, int nyears);

/*
 * "tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW ... (2014 - 2024)",
 * "... Nghị quyết số 33-NQ/TW giai đoạn 2014 - 2024": the years counted at
 * p, written after the object reviewed, in parentheses or after "giai
 * đoạn", in its sentence before hi (stop 36 U10).  The years must agree
 * with the count (count_fits_span()): "sơ kết 3 năm thực hiện Nghị quyết
 * ... giai đoạn 2021-2025" is the programme's span, none reviewed.  Sets
 * *per as parse_one_period() does, from the span's first year, and *end.
 */
static bool
far_span(const GbDoc *d, int p, int hi, Period *per, int *end)
{
	int			count,
				n = count_at(d, p, &count),
				j,
				q,
				y1,
				ny;

	if (n == 0 || !tok_is(d, p + n, "nam"))
		return false;
	for (j = p + n + 1; j < hi && j < p + FAR_SPAN_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':'))
			return false;
		if (tok_punct(d, j, '(') && range_from(d, j + 1) && tok_punct(d, j + 4, ')'))
		{
			y1 = gb_tok_int(d, j + 1);
			ny = gb_tok_int(d, j + 3) - y1 + 1;
			q = j + 4;
			j++;				/* the text: the years, not the parentheses */
		}
		else if (tok_is(d, j, "giai") && tok_is(d, j + 1, "doan"))
		{
			if ((y1 = year_span(d, j, &ny, &q)) == 0)
				return false;
		}
		else
			continue;
		/* "... và định hướng giai đoạn 2025 - 2030": years ahead */
		if (ny < 2 || ny > SPAN_YEARS || !count_fits_span(count, ny) ||
			span_not_reviewed(d, tok_punct(d, j - 1, '(') ? j - 1 : j, p + n + 1, ny))
			return false;
		memset(per, 0, sizeof(*per));
		per->mlo = 1;
		per->nmonths = 12 * ny;
		per->year = y1;
		per->start = j;
		per->end = tok_punct(d, q - 1, ')') ? q - 1 : q;
		*end = q;
		return true;
	}
	return false;
}

/*
 * "quý" (quarter) at k, spelled so: the folded "quy" is also the verb "quy
 * tụ" (gathers), whose "tụ" folds as the ordinal "tư" does.
 */
static bool
quarter_word(const GbDoc *d, int k)
{
	return tok_is(d, k, "quy") && gb_exact_any(d, k, "quý");
}

/*
 * "thực hiện nhiệm vụ 2014", "kết quả công tác 2019": a bare year at p
 * right after the noun of the work done, read as "nhiệm vụ năm 2014" is
 * (stop 41 AS4); not a span's start ("nhiệm vụ 2014 - 2015"), nor a year
 * after a plan ("kế hoạch 2015"), which names no work reviewed.
 */
static inline bool
task_year(const GbDoc *d, int p)
{
	return is_year(d, p) && !range_from(d, p) &&
		((tok_is(d, p - 2, "nhiem") && tok_is(d, p - 1, "vu")) ||
		 (tok_is(d, p - 2, "cong") && tok_is(d, p - 1, "tac")) ||
		 (tok_is(d, p - 2, "ket") && tok_is(d, p - 1, "qua")));
}

/*
 * A period at token p: "quý III", "quý 4/2019", "9 tháng đầu năm 2019",
 * "6 tháng cuối năm", "tháng 10/2019", and with bare_year "năm 2022" and
 * a span of years, "5 năm (2021-2025)", "giai đoạn 2021-2025".  Not a
 * year after "đến", "tới" (a span's end) or "vào", a point in time, when
 * something is done or reached: "xây dựng Thanh Hóa thành tỉnh tiên tiến
 * vào năm 2020" (probe 109 aq-X7), as month_point() reads months.
 */
static bool
parse_one_period(const GbDoc *d, int p, bool bare_year, Period *per, int *end)
{
	int			v,
				n,
				q;

	memset(per, 0, sizeof(*per));
	if (bare_year && may_open_span(d, p) && (v = year_span(d, p, &n, &q)) != 0)
	{
		per->mlo = 1;
		per->nmonths = 12 * n;
		per->year = v;
		*end = q;
		per->start = p;
		per->end = q;
		return true;
	}
	if (quarter_word(d, p))
	{
		q = gb_parse_ordinal(d, p + 1, &v);
		if (q == p + 1 || v < 1 || v > 4)
			return false;
		per->mlo = 3 * (v - 1) + 1;
		per->nmonths = 3;
	}
	else if ((n = count_at(d, p, &v)) > 0 && tok_is(d, p + n, "thang") &&
			 (((tok_is(d, p + n + 1, "dau") || tok_is(d, p + n + 1, "cuoi")) &&
			   tok_is(d, p + n + 2, "nam")) ||
			  (tok_is(d, p + n + 1, "nam") && is_year(d, p + n + 2))))
	{
		/*
		 * "6 tháng đầu năm", "6 tháng cuối năm 2021", "9 tháng năm 2019",
		 * "sáu tháng đầu năm 2013"
		 */
		bool		last = tok_is(d, p + n + 1, "cuoi");

		if (v < 1 || v > 11)
			return false;
		per->nmonths = v;
		per->mlo = last ? 13 - v : 1;
		q = tok_is(d, p + n + 1, "nam") ? p + n + 2 : p + n + 3;
		if (is_year(d, q))
		{
			per->year = gb_tok_int(d, q);
			q++;
		}
	}
	else if (tok_is(d, p, "thang") && tok_has(d, p + 1, T_NUM) &&
			 !tok_has(d, p - 1, T_NUM) && !tok_is(d, p - 1, "cac") &&
			 !tok_is(d, p - 1, "nhung") && !month_point(d, p - 1))
	{
		v = gb_tok_int(d, p + 1);
		if (d->tok[p + 1].len > 2 || v < 1 || v > 12)
			return false;
		per->mlo = v;
		per->nmonths = 1;
		q = p + 2;
	}
	else if (bare_year && tok_is(d, p, "nam") && is_year(d, p + 1) && !range_from(d, p + 1) &&
			 !tok_is(d, p - 1, "den") && !tok_is(d, p - 1, "toi") && !tok_is(d, p - 1, "vao") &&
			 !year_point(d, p - 1) &&
			 !(tok_is(d, p - 1, "tu") && gb_exact_any(d, p - 1, "từ")) && !compared_year(d, p))
	{
		per->mlo = 1;
		per->nmonths = 12;
		per->year = gb_tok_int(d, p + 1);
		q = p + 2;
	}
	else if (bare_year && task_year(d, p))
	{
		per->mlo = 1;
		per->nmonths = 12;
		per->year = gb_tok_int(d, p);
		q = p + 1;
	}
	else
		return false;
	/*
	 * "tháng 7 và (tháng) 8 năm 2019", "quý I và (quý) II": one period to
	 * the end of the last; across the year's end, "tháng 12 và tháng 1 năm
	 * 2020", "quý IV và quý I năm 2020", the year written is the last's
	 */
	if (per->year == 0 && (per->nmonths == 1 || per->nmonths == 3) && tok_is(d, q, "va") &&
		!tok_has(d, q + 1, T_NL))
	{
		bool		quarter = tok_is(d, p, "quy");
		int			r = q + 1,
					e = r,
					v2 = 0,
					last = 0;	/* the last month */

		if (tok_is(d, r, quarter ? "quy" : "thang"))
			r++;
		if (quarter)
		{
			e = gb_parse_ordinal(d, r, &v2);
			if (e > r && v2 >= 1 && v2 <= 4 && v2 != (per->mlo + 2) / 3)
				last = 3 * v2;
		}
		else if (tok_has(d, r, T_NUM) && d->tok[r].len <= 2 &&
				 (v2 = gb_tok_int(d, r)) >= 1 && v2 <= 12 && v2 != per->mlo &&
				 !tok_is(d, r + 1, "thang") && !(tok_is(d, r + 1, "nam") && !is_year(d, r + 2)))
		{
			e = r + 1;
			last = v2;
		}
		if (last > per->mlo)
		{
			per->nmonths = last - per->mlo + 1;
			q = e;
		}
		else if (last > 0 && (v = year_after(d, e, &e)) != 0)
		{
			per->nmonths = 12 - per->mlo + last + 1;
			per->year = v - 1;
			q = e;
		}
	}
	if (per->year == 0)
		per->year = year_after(d, q, &q);
	*end = q;
	per->start = p;
	per->end = q;
	return true;
}

/*
 * "năm 2021 và 3 tháng đầu năm 2022", "năm 2022 và quý I năm 2023": a
 * year and the first months of the next, joined by "và", are one span
 * reviewed, from the year's January to the end of those months (probe aa-18
 * AA2), with or without a reviewing word before it, as the months alone
 * need none.  "năm 2021 và năm 2022" and "năm 2022 và 6 tháng cuối năm
 * 2023" are left to parse_one_period(): the first year.
 */
static bool
year_and_start(const GbDoc *d, int p, Period *per, int *end)
{
	Period		next;
	int			e;

	if (!tok_is(d, p + 2, "va") || p + 3 >= d->ntok || tok_has(d, p + 3, T_NL) ||
		!may_start_period(d, &d->tok[p + 3]) || tok_is(d, p + 3, "nam") ||
		!parse_one_period(d, p, true, per, end) || *end != p + 2 ||
		per->nmonths != 12 ||
		!parse_one_period(d, p + 3, false, &next, &e) ||
		next.year != per->year + 1 || next.mlo != 1 || next.nmonths >= 12)
		return false;
	per->nmonths = 12 + next.nmonths;
	per->joined = true;
	per->end = *end = e;
	return true;
}

/*
 * A period at token p, and the one it is joined to by "và": "tháng 3 và
 * quý I năm 2019", "quý II và 6 tháng đầu năm 2023" review the months of
 * both, the longer one, in the year written last.
 */
static bool
parse_period(const GbDoc *d, int p, bool bare_year, Period *per, int *end)
{
	Period		next;
	int			e;

	if (tok_is(d, p, "nam") && year_and_start(d, p, per, end))
		return true;
	if (!parse_one_period(d, p, bare_year, per, end))
		return false;
	if (per->year == 0 && tok_is(d, *end, "va") && *end + 1 < d->ntok &&
		!tok_has(d, *end + 1, T_NL) &&
		may_start_period(d, &d->tok[*end + 1]) &&
		parse_one_period(d, *end + 1, false, &next, &e) && next.year &&
		next.mlo <= per->mlo + per->nmonths && per->mlo <= next.mlo + next.nmonths)
	{
		int			lo = per->mlo < next.mlo ? per->mlo : next.mlo,
					hi = per->mlo + per->nmonths;

		if (next.mlo + next.nmonths > hi)
			hi = next.mlo + next.nmonths;

		per->mlo = lo;
		per->nmonths = hi - lo;
		per->year = next.year;
		per->end = *end = e;
	}
	return true;
}

/*
 * Where a period written right at p ends: "6 tháng đầu năm 2023", "năm
 * 2022", "quý III năm 2023" after a meeting's body ("Hội nghị Đảng ủy Công
 * an Trung ương 6 tháng đầu năm 2023 đã diễn ra"); p when none is.
 */
int
period_end_at(const GbDoc *d, int p)
{
	Period		per;
	int			e;

	if (p >= d->ntok || tok_has(d, p, T_NL) || !may_start_period(d, &d->tok[p]))
		return p;
	return parse_period(d, p, true, &per, &e) && e > p ? e : p;
}

/*
 * Whether the capitalized word at j is a list item of lower-case areas, a
 * name used as a common noun between them: "chính quyền, Mặt trận và đoàn
 * thể năm 2022" (stop 30 E4).  One capitalized word and one lower-case
 * word, after a lower-case word, then "," or "và" and a lower-case word:
 * a body's name ("Đảng ủy xã X") goes on capitalized or ends the list.
 */
static bool
capital_list_item(const GbDoc *d, int j)
{
	return !gb_tok_capitalized(d, j - 2) &&
		tok_has(d, j + 1, T_WORD) && !gb_tok_capitalized(d, j + 1) &&
		(tok_punct(d, j + 2, ',') || tok_is(d, j + 2, "va")) &&
		tok_has(d, j + 3, T_WORD) && !gb_tok_capitalized(d, j + 3) &&
		!tok_has(d, j + 1, T_NL) && !tok_has(d, j + 2, T_NL) && !tok_has(d, j + 3, T_NL);
}

/*
 * The tokens of a body of the political system named as an area of work
 * at j, "MTTQ", "HĐND", "UBND", "Mặt trận (Tổ quốc)": 0 if none.  The list
 * of areas a year-end review names holds them among lower-case ones:
 * "tổng kết công tác xây dựng Đảng, chính quyền, MTTQ và các đoàn thể năm
 * 2025" (stop 37 Z1).
 */
static int
system_body(const GbDoc *d, int j)
{
	if (tok_has(d, j, T_ALLCAPS))
		return tok_is(d, j, "mttq") || tok_is(d, j, "hdnd") || tok_is(d, j, "ubnd") ? 1 : 0;
	if (!tok_is(d, j, "mat") || !tok_is(d, j + 1, "tran") || !gb_tok_capitalized(d, j) ||
		tok_has(d, j + 1, T_NL))
		return 0;
	return tok_is(d, j + 2, "to") && tok_is(d, j + 3, "quoc") && !tok_has(d, j + 2, T_NL) &&
		!tok_has(d, j + 3, T_NL) ? 4 : 2;
}

/*
 * Whether a system body at j is an item of a list of areas: another item
 * or the period follows it, not its own level or verb ("MTTQ tỉnh tổ
 * chức ...", a clause's subject).
 */
static bool
system_body_item(const GbDoc *d, int j)
{
	int			n = system_body(d, j);

	return n > 0 && !tok_has(d, j + n, T_NL) &&
		(tok_punct(d, j + n, ',') || tok_is(d, j + n, "va") ||
		 (tok_is(d, j + n, "nam") && is_year(d, j + n + 1)));
}

/* Whether a system body ends at j, after a comma: ", HĐND, UBND năm 2025" */
static bool
system_body_before(const GbDoc *d, int j)
{
	int			n;

	for (n = 1; n <= 4 && j - n >= 0; n++)
		if (tok_punct(d, j - n, ',') && system_body(d, j - n + 1) == n)
			return true;
	return false;
}

/*
 * Whether the comma (or dash) at k joins two lower-case words of one
 * phrase: "phòng, chống tham nhũng", "tham nhũng, lãng phí", "kinh tế - xã
 * hội".  The word before it may be one capitalized word after a lower-case
 * one, a name used as a common noun inside the phrase: "xây dựng Đảng,
 * chính quyền năm 2025" (probe 53 G1); two capitalized words are a place's
 * or a body's name, which a list of areas does not hold.
 */
static inline bool
inner_comma(const GbDoc *d, int k)
{
	return tok_has(d, k - 1, T_WORD) && tok_has(d, k + 1, T_WORD) &&
		(!gb_tok_capitalized(d, k - 1) ||
		 (tok_has(d, k - 2, T_WORD) && !gb_tok_capitalized(d, k - 2) &&
		  !tok_has(d, k - 1, T_NL)) ||
		 (tok_punct(d, k, ',') && system_body_before(d, k - 1))) &&
		(!gb_tok_capitalized(d, k + 1) || capital_list_item(d, k + 1) ||
		 (tok_punct(d, k, ',') && system_body_item(d, k + 1))) &&
		!tok_has(d, k + 1, T_NL);
}

/*
 * Whether the comma at k closes "Theo <a word or three>," opening its
 * sentence: "Theo kế hoạch, hội nghị giao ban quý I ..." (stop 34, Z's
 * period).  The phrase says on what the clause after it rests; its plan
 * word ("kế hoạch", "dự kiến") plans nothing of the clause.
 */
static bool
fronted_theo(const GbDoc *d, int k)
{
	int			j;

	for (j = k - 1; j >= 0 && j >= k - 4; j--)
	{
		if (!tok_has(d, j, T_WORD) || tok_has(d, j + 1, T_NL))
			return false;
		if (tok_is(d, j, "theo") && gb_tok_capitalized(d, j))
			return j == 0 || tok_has(d, j, T_NL) || sentence_end(d, j - 1);
	}
	return false;
}

/*
 * Whether the comma at k joins two phrases with the same head word:
 * "công tác Đảng, công tác chính trị".  Returns how far back the head is.
 */
static inline int
coord_comma(const GbDoc *d, int k)
{
	int			j;

	if (!tok_has(d, k + 1, T_WORD) || gb_tok_capitalized(d, k + 1) || tok_has(d, k + 1, T_NL))
		return 0;
	for (j = k - 2; j >= 0 && j >= k - 3; j--)
		if (tok_has(d, j, T_WORD) && !gb_tok_capitalized(d, j) &&
			d->tok[j].hash == d->tok[k + 1].hash &&
			d->tok[j].flen == d->tok[k + 1].flen &&
			memcmp(tok_fold(d, j), tok_fold(d, k + 1), d->tok[j].flen) == 0)
			return k - j;
	return 0;
}

/* "trong năm", "trong tháng", "trong quý" at k: when, not what */
static inline bool
time_adverbial(const GbDoc *d, int k)
{
	return tok_is(d, k, "trong") &&
		(tok_is(d, k + 1, "nam") || tok_is(d, k + 1, "thang") || tok_is(d, k + 1, "quy"));
}

/*
 * The "(" of an abbreviation in parentheses closed at k, written after the
 * name it shortens: "(BVANTQ)", "(QS-QP)"; -1 if k closes none.
 */
static int
abbrev_open_at(const GbDoc *d, int k)
{
	int			j;

	if (!tok_has(d, k - 1, T_ALLCAPS))
		return -1;
	for (j = k - 1; j >= 0 && j >= k - ABBREV_TOKENS; j--)
	{
		if (tok_punct(d, j, '('))
			return j;
		if (tok_has(d, j, T_NUM) || tok_has(d, j, T_NL) ||
			!(tok_has(d, j, T_ALLCAPS) || tok_punct(d, j, '-')))
			return -1;
	}
	return -1;
}

/*
 * abbrev_open_at() past the test most tokens fail, inline: the walks back
 * over a clause ask it of each token
 */
GB_HOT_INLINE int
abbrev_open(const GbDoc *d, int k)
{
	return tok_punct(d, k, ')') ? abbrev_open_at(d, k) : -1;
}

/*
 * Whether the token at k is inside a name, not a break: the dash of "miền
 * Trung - Tây Nguyên", "Mỏ - Địa chất", "kinh tế - xã hội", between words
 * of one line, or the number of "Cụm thi đua số 3".
 */
static inline bool
name_inner(const GbDoc *d, int k)
{
	if (tok_punct(d, k, '-'))
		return tok_has(d, k - 1, T_WORD) && tok_has(d, k + 1, T_WORD) &&
			!tok_has(d, k, T_NL) && !tok_has(d, k + 1, T_NL);
	return tok_has(d, k, T_NUM) && tok_is(d, k - 1, "so") && !tok_has(d, k, T_NL);
}

#define QUOTED_TOKENS	12		/* at most, words of a name quoted inside an object */

/*
 * The opening quote or parenthesis of a name closed at k, capitalized,
 * words only in between, in one line: "phong trào thi đua "Dân vận khéo" năm 2019",
 * "(Dân vận khéo) năm 2019"; -1 if k closes none (probe 52 G5).
 */
static int
quoted_open_at(const GbDoc *d, int k)
{
	int			j;
	char		open = tok_punct(d, k, ')') ? '(' : '"';

	for (j = k - 1; j >= 0 && j >= k - QUOTED_TOKENS; j--)
	{
		if (tok_has(d, j + 1, T_NL))
			return -1;
		/* a name, capitalized: not an aside, "lớp tập huấn (lớp thứ hai) năm 2023" */
		if (tok_punct(d, j, open))
			return j < k - 1 && gb_tok_capitalized(d, j + 1) ? j : -1;
		if (!tok_has(d, j, T_WORD) && !tok_has(d, j, T_NUM) && !name_inner(d, j))
			return -1;
	}
	return -1;
}

/* quoted_open_at() past the test most tokens fail, inline */
GB_HOT_INLINE int
quoted_open(const GbDoc *d, int k)
{
	return tok_punct(d, k, '"') || tok_punct(d, k, ')') ? quoted_open_at(d, k) : -1;
}

/*
 * Whether "và" at k follows a word of category cat of aux 0, spelled as
 * it must be: "tổng kết và trao giải Cuộc thi ...".  The verb joined to it
 * shares its object, so the object after it is the word's too (probe 69
 * G5a).
 */
static bool
joined_to_word(const GbDoc *d, int k, GbCats cat)
{
	const GbPhrase *ph = NULL;
	int			j,
				c;

	if (!tok_is(d, k, "va") || tok_has(d, k, T_NL) || tok_has(d, k + 1, T_NL))
		return false;
	for (j = k - 1; j >= 0 && j >= k - 3; j--)
		if ((c = gb_dict_match(d, j, cat, &ph)) == k - j && ph->aux == 0 &&
			(ph->value == NULL || gb_exact_words(d, j, c, ph->value)))
			return true;
	return false;
}

/*
 * Whether "và" at k joins two verbs that "việc" makes one noun of: "tổng
 * kết việc xây dựng và thực hiện quy chế dân chủ năm 2019" (stop 30 E4).
 * The verbs share the object after them, so the object goes on.
 */
static bool
verbs_of_viec(const GbDoc *d, int k)
{
	int			i,
				j;

	for (i = k - 2; i >= 0 && i >= k - 3; i--)
		if (tok_is(d, i, "viec"))
			break;
	if (i < 0 || i < k - 3)
		return false;
	for (j = i; j <= k + 1; j++)
		if (!tok_has(d, j, T_WORD) || gb_tok_capitalized(d, j) ||
			(j > i && tok_has(d, j, T_NL)))
			return false;
	return true;
}

/*
 * Whether "và" at k joins a body to the object, after a lower-case word:
 * "tổng kết công tác ngành nội chính Đảng và Ban Chỉ đạo phòng, chống tham
 * nhũng, tiêu cực cấp tỉnh năm 2023" reviews the work of both, so the
 * object goes on (stop 38, probe af 10).  Only a body named with its level
 * word and the year after it, with no verb of its own between.
 */
static bool
body_joined(const GbDoc *d, int k)
{
	const char *name;
	int			e;

	if (tok_has(d, k, T_NL) || tok_has(d, k + 1, T_NL) || !gb_tok_capitalized(d, k + 1) ||
		!tok_is(d, k + 1, "ban"))
		return false;
	e = gb_parse_body(d, k + 1, &name);
	if (e <= k + 2)
		return false;
	if (tok_is(d, e, "nam") && is_year(d, e + 1))
		return true;
	/* "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực cấp tỉnh năm 2023" */
	for (; e < d->ntok && e - k < 16; e++)
	{
		if (tok_has(d, e, T_NL) || (!tok_has(d, e, T_WORD) && !tok_punct(d, e, ',')))
			return false;
		if (tok_is(d, e, "cap") && gb_dict_match(d, e + 1, CAT_LEVEL, NULL) == 1)
			return tok_is(d, e + 2, "nam") && is_year(d, e + 3);
	}
	return false;
}

/*
 * Whether the comma at k follows a round and names what it is of: "đợt
 * III, Cuộc thi Báo chí ..." is one object, the contest's round.
 */
static inline bool
round_comma(const GbDoc *d, int k)
{
	int			v;

	return tok_punct(d, k, ',') && k >= 2 && tok_is(d, k - 2, "dot") &&
		gb_parse_ordinal(d, k - 1, &v) == k && gb_tok_capitalized(d, k + 1) &&
		!tok_has(d, k - 1, T_NL) && !tok_has(d, k + 1, T_NL);
}

/*
 * Whether a word of category cat opens the clause before token p: 0 if
 * none, 1 + its aux, looked back past words of another aux (and the verb
 * before them) for one of aux 0.
 */
static int
clause_has(const GbDoc *d, int p, int floor, GbCats cat)
{
	const GbPhrase *ph = NULL;
	int			k,
				lim = p - CLAUSE_BACK,
				c,
				found = 0;
	bool		object = true;	/* words of one object so far */

	for (k = p - 1; k >= floor && (k >= lim || (object && k >= p - CLAUSE_LIST_BACK)); k--)
	{
		int			o;
		bool		list_comma;

		/*
		 * "tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc (BVANTQ) năm
		 * 2014": an object, however long, is words without a break, a tense
		 * or "và"; the abbreviation written after its name is part of it
		 */
		if ((o = abbrev_open(d, k)) >= 0)
		{
			k = o;
			continue;
		}
		/*
		 * so is a name quoted, or in parentheses: "thi đua "Dân vận khéo"
		 * năm 2019"; and a comma after one lists the next item of one
		 * object: "tổng kết phong trào thi đua "Dân vận khéo", Chương trình
		 * phối hợp năm 2023" (probe 53 G1)
		 */
		if (object &&
			((o = quoted_open(d, k)) >= 0 ||
			 (tok_punct(d, k, ',') && tok_has(d, k + 1, T_WORD) && !tok_has(d, k + 1, T_NL) &&
			  (o = quoted_open(d, k - 1)) >= 0)))
		{
			k = o;
			continue;
		}
		if (object && round_comma(d, k))
			continue;
		/* a comma inside a list of one object, not before a time adverbial */
		list_comma = tok_punct(d, k, ',') && inner_comma(d, k) && !time_adverbial(d, k + 1) &&
			!fronted_theo(d, k);
		if (object && ((!tok_has(d, k, T_WORD) && !name_inner(d, k) && !list_comma) ||
					   (tok_is(d, k, "va") && !joined_to_word(d, k, cat) &&
						!verbs_of_viec(d, k) && !body_joined(d, k)) ||
					   (gb_dict_may_match(d, k, CAT_ADVERB) &&
						gb_dict_match(d, k, CAT_ADVERB, NULL) > 0)))
			object = false;
		/*
		 * a coordinated phrase is one: look as far back again, and from
		 * its first head as far as a list's item, wherever the window
		 * stood: "tổng kết công tác xây dựng Đảng, xây dựng chính quyền và
		 * vận động nhân dân năm 2025", the window spent past "và" (probe an
		 * AN2)
		 */
		if (tok_punct(d, k, ',') && (c = coord_comma(d, k)) > 0)
		{
			lim -= c + 1;
			if (lim > k - c - LIST_ITEM)
				lim = k - c - LIST_ITEM;
			continue;
		}

		/*
		 * a list of areas in lower case is one object, however long: "tổng
		 * kết công tác xây dựng Đảng, xây dựng chính quyền, vận động nhân
		 * dân năm 2025"; each comma in it looks one item further back
		 */
		if (list_comma || (tok_punct(d, k, '-') && name_inner(d, k)))
		{
			if (lim > p - CLAUSE_LIST_BACK)
				lim = lim - LIST_ITEM > p - CLAUSE_LIST_BACK ? lim - LIST_ITEM : p - CLAUSE_LIST_BACK;
			continue;
		}
		/* ", trong năm 2022 tiếp tục ...": a time adverbial opens a clause */
		if ((tok_punct(d, k, ',') && !list_comma) ||
			tok_punct(d, k, ';') || tok_punct(d, k, '.') ||
			tok_punct(d, k, ':') || tok_punct(d, k, '('))
			break;
		/* a phrase with a spelling must be spelled so: "đề ra", not "để rà" */
		if ((c = gb_dict_match(d, k, cat, &ph)) > 0 &&
			(ph->value == NULL || gb_exact_words(d, k, c, ph->value)))
		{
			if (ph->aux == 0)
				return 1;
			found = 1 + ph->aux;
			/* "tổng kết công tác ...": the verb before it, past the window */
			if (lim > k - 3)
				lim = k - 3;
		}
		/*
		 * "Triển khai công tác giám sát và thi hành kỷ luật năm 2021": the
		 * verb whose object "công tác" heads, however long the object
		 * (probe-l G10)
		 */
		if (tok_is(d, k, "cong") && tok_is(d, k + 1, "tac") && lim > k - 2)
			lim = k - 2;
		if (d->tok[k].flags & T_NL)
			break;
	}
	return found;
}

/*
 * Whether a phrase of category cat (and aux, for meeting words) ends just
 * before p.  A one-word meeting word with a spelling in its value must be
 * spelled so, tone marks included: "về" names a topic, "vệ" of "Cảnh vệ"
 * folds alike.
 */
bool
phrase_ends_at(const GbDoc *d, int p, GbCats cat, int aux)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = p - 1; j >= 0 && j >= p - 3; j--)
		if ((cat == CAT_MEETWORD ? meetword_longest(d, j, &ph) : gb_dict_match(d, j, cat, &ph)) == p - j &&
			(cat != CAT_MEETWORD ||
			 (ph->aux == aux &&
			  (ph->value == NULL || p - j > 1 || gb_same_word(d, j, ph)))))
			return true;
	return false;
}

/*
 * phrase_ends_at() for meeting words of several aux values at once: the
 * bits of those of want that end just before p, from one look-up at each
 * of the tokens a phrase ending there may start at.
 */
uint64_t
meetwords_ending_at(const GbDoc *d, int p, uint64_t want)
{
	const GbPhrase *ph = NULL;
	uint64_t	ends = 0;
	int			j;

	for (j = p - 1; j >= 0 && j >= p - 3; j--)
		if (meetword_longest(d, j, &ph) == p - j && (want & MW_BIT(ph->aux)) &&
			(ph->value == NULL || p - j > 1 || gb_same_word(d, j, ph)))
			ends |= MW_BIT(ph->aux);
	return ends;
}

/*
 * Whether a reviewing word comes before p in its sentence (a few clauses
 * back): "đánh giá kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ tháng 10".
 */
bool
sentence_reviews(const GbDoc *d, int p, int floor)
{
	int			k;

	for (k = p - 1; k >= floor && k >= p - REVIEW_BACK; k--)
	{
		if (tok_punct(d, k, ';') || tok_punct(d, k, '.') || tok_punct(d, k, ':') ||
			tok_has(d, k + 1, T_NL))
			break;
		if (gb_dict_match(d, k, CAT_REVIEWWORD, NULL) > 0)
			return true;
	}
	return false;
}

/*
 * Whether a plan noun ("nhiệm vụ", "phương hướng") opens the object that
 * ends before p, however many areas it lists: "thực hiện nhiệm vụ quốc
 * phòng, quân sự địa phương và xây dựng Đảng bộ 6 tháng cuối năm 2023".
 * Areas paired by a dash are one area, "kinh tế - xã hội", "quân sự -
 * quốc phòng (QS-QP)", and its abbreviation goes with it: a reader takes
 * the whole object as what is yet to be done.
 */
bool
plan_object(const GbDoc *d, int p, int floor)
{
	int			k,
				o;

	for (k = p - 1; k >= floor && k >= p - CLAUSE_LIST_BACK; k--)
	{
		if (tok_punct(d, k, ',') || tok_punct(d, k, '-'))
		{
			if (!inner_comma(d, k))
				return false;
			continue;
		}
		if ((o = abbrev_open(d, k)) >= 0)
		{
			k = o;
			continue;
		}
		if (!tok_has(d, k, T_WORD) || tok_has(d, k, T_NUM))
			return false;
		if (meetword(d, k, MW_PLAN, NULL) > 0)
			return true;
		if (d->tok[k].flags & T_NL)
			return false;
	}
	return false;
}

/*
 * Whether the period [start, p) is the time window of a plan, not a period
 * reviewed: "trong tháng 3/2020, các chi bộ ... sẽ tiến hành đại hội", and
 * with the future written first in its clause, "Ban sẽ tổ chức các hội
 * nghị quán triệt trong tháng 12" (probe 54 G9).
 */
static bool
future_window(const GbDoc *d, int start, int p)
{
	int			k;

	/*
	 * and a point in time, "Đảng ủy xã sẽ tổng kết và trao giải vào cuối
	 * năm 2018" (probe ak AK5)
	 */
	if (tok_is(d, start - 1, "cuoi") || tok_is(d, start - 1, "dau") || tok_is(d, start - 1, "giua"))
		start--;
	if (!tok_is(d, start - 1, "trong") && !(tok_is(d, start - 1, "vao") && gb_exact_any(d, start - 1, "vào")))
		return false;
	for (k = p; k < d->ntok && k < p + FUTURE_AHEAD; k++)
	{
		if (tok_punct(d, k, ';') || tok_punct(d, k, '.') || tok_punct(d, k, ':') ||
			(k > p && tok_has(d, k, T_NL)))
			break;
		if (future_mark(d, k))
			return true;
	}
	for (k = start - 2; k >= 0 && k > start - FUTURE_AHEAD; k--)
	{
		if (tok_punct(d, k, ';') || sentence_end(d, k) || tok_punct(d, k, ':') ||
			tok_has(d, k + 1, T_NL))
			break;
		if (future_mark(d, k))
			return true;
	}
	return false;
}

/*
 * Whether the period [start, end) heads a sentence that sets its tasks:
 * "6 tháng cuối năm 2024, Đảng ủy Quân khu 1 xác định tiếp tục tập trung
 * ...", "Trong quý IV, các cấp ủy cần ...", "..., toàn Đảng bộ sẽ ...".
 * The verb after the subject has no tense or the future's; one in the
 * past ("Trong 9 tháng đầu năm, Ban Thường vụ đã tập trung lãnh đạo")
 * narrates the period reviewed.
 */
bool
plan_heading(const GbDoc *d, int start, int end)
{
	const GbPhrase *ph = NULL;
	int			s = tok_is(d, start - 1, "trong") ? start - 1 : start,
				k,
				m;

	if (!(s == 0 || tok_has(d, s, T_NL) || sentence_end(d, s - 1)) ||
		!tok_punct(d, end, ','))
		return false;
	for (k = end + 1; k < d->ntok && k <= end + TASK_AHEAD; k++)
	{
		if (tok_punct(d, k, ';') || tok_punct(d, k, '.') || tok_punct(d, k, ':') ||
			tok_has(d, k, T_NL))
			break;
		if (!tok_has(d, k, T_WORD) || gb_tok_capitalized(d, k))
			continue;
		if (gb_dict_may_match(d, k, CAT_TENSE) &&
			gb_dict_match(d, k, CAT_TENSE, &ph) == 1 && gb_exact_any(d, k, ph->value))
			return strcmp(ph->value, "sẽ") == 0;
		if (gb_dict_may_match(d, k, CAT_TASKVERB) &&
			(m = gb_dict_match(d, k, CAT_TASKVERB, &ph)) > 0 &&
			(ph->value == NULL || gb_exact_words(d, k, m, ph->value)))
			return true;
	}
	return false;
}

/*
 * Whether the period [start, end) after "trong" heads a sentence whose
 * verb holds meetings in it: "Trong tháng 02/2025, các chi bộ trực thuộc
 * ... đã tổ chức đại hội" (stop 30 F10b).  The months are when they were
 * held, as a date is, not a period any of them reviews; a meeting's kind
 * may follow its count, "đã tổ chức 5 hội nghị", or the verb's result,
 * "đã tổ chức thành công Đại hội Chi bộ".  So are the months of a range
 * after "từ" (end past its last month): "Từ tháng 5 đến tháng 8 năm 2022,
 * 18 Chi bộ trực thuộc Đảng bộ Bệnh viện đã tổ chức thành công Đại hội"
 * (stop 38 AG5).
 */
static bool
held_window(const GbDoc *d, int start, int end)
{
	int			s = start - 1,
				k,
				m,
				q;

	if (!(tok_is(d, s, "trong") || (tok_is(d, s, "tu") && gb_exact_any(d, s, "từ"))))
		return false;
	/*
	 * or after its subject, the months a body directs its units to hold
	 * congresses in: "Ban Thường vụ Huyện ủy trong tháng 6/2010 đã chỉ
	 * đạo các đảng bộ tiến hành tổ chức đại hội" (probe be be6)
	 */
	if (s > 0 && !tok_has(d, s, T_NL) && !sentence_end(d, s - 1) && tok_is(d, s, "trong") &&
		!tok_punct(d, s - 1, ','))
	{
		k = end + (tok_is(d, end, "da") ? 1 : 0);
		if (!tok_is(d, k, "chi") || !tok_is(d, k + 1, "dao"))
			return false;
	}
	else if (!tok_punct(d, end, ',') ||
			 !(s == 0 || tok_has(d, s, T_NL) || sentence_end(d, s - 1)))
		return false;
	for (k = end + 1; k < d->ntok && k <= end + TASK_AHEAD; k++)
	{
		if (tok_punct(d, k, ';') || tok_punct(d, k, '.') || tok_punct(d, k, ':') ||
			tok_has(d, k, T_NL))
			break;
		if ((m = meetword(d, k, MW_VERB, NULL)) > 0)
		{
			q = k + m;
			/* "tiến hành tổ chức đại hội": two verbs */
			if ((m = meetword(d, q, MW_VERB, NULL)) > 0)
				q += m;
			if (tok_is(d, q, "thanh") && tok_is(d, q + 1, "cong") &&
				!tok_has(d, q, T_UPPER) && !tok_has(d, q + 1, T_NL))
				q += 2;
			return kind_at(d, q, NULL) > 0 ||
				(tok_has(d, q, T_NUM) && kind_at(d, q + 1, NULL) > 0);
		}
	}
	return false;
}

/*
 * Whether "năm" at k closes a work programme's name: "Thực hiện chương
 * trình công tác năm 2017, chiều 19-10, ...".  The programme's year is the
 * one its meetings are held in, no period any of them reviews, though
 * "công tác" before it names a year's work.  Its name may go on with whose
 * work and what else it covers, "chương trình công tác Đoàn và phong trào
 * TTN năm 2023", "Chương trình công tác toàn khóa và năm 2016" (probe 69
 * G5b), up to a break or a review named after it ("chương trình công tác
 * và tổng kết công tác năm 2023" reviews the year).
 */
static bool
schedule_year(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = k - 1; j >= 0 && j >= k - SCHEDULE_WORDS; j--)
	{
		if (!tok_has(d, j, T_WORD) || tok_has(d, j, T_NUM) || tok_has(d, j + 1, T_NL))
			return false;
		if (j < k - 1 && meetword(d, j, MW_SCHEDULE, NULL) > 0)
			return true;
		if (gb_dict_match(d, j, CAT_REVIEWWORD, &ph) > 0 && ph->aux == 0)
			return false;
	}
	return false;
}

/*
 * Whether the period at k ends the name of a publication: "Tài liệu sinh
 * hoạt Chi bộ tháng 4/2022", "Bản tin tháng 3".  The month is the one the
 * issue serves, not one a meeting reviews; a review named in between
 * ("tài liệu hội nghị giao ban tháng 4") is what the period belongs to.
 */
static bool
issue_name(const GbDoc *d, int k)
{
	int			j;

	for (j = k - 1; j >= 0 && j >= k - DOCNAME_BACK; j--)
	{
		if (!tok_has(d, j, T_WORD) || tok_has(d, j + 1, T_NL))
			return false;
		/* before the prepositions: "tài" folds as "tại" does */
		if (meetword(d, j, MW_ISSUE, NULL) > 0)
			return true;
		if ((gb_dict_may_match(d, j, CAT_PREPOSITION) &&
			 gb_dict_match(d, j, CAT_PREPOSITION, NULL) > 0) ||
			gb_dict_match(d, j, CAT_REVIEWWORD, NULL) > 0)
			return false;
	}
	return false;
}

/*
 * Whether the months at k name a resolution, "Thực hiện Nghị quyết tháng 1
 * của Ban chấp hành Đảng bộ bệnh viện": the month whose tasks it sets, not
 * one a meeting reviews, unless a review opens the clause ("đánh giá kết
 * quả thực hiện Nghị quyết tháng 8", the cell's month reviewed) (probe ak
 * AK5).
 */
static bool
resolution_month(const GbDoc *d, int k, int lo)
{
	return (tok_is(d, k, "thang") || tok_is(d, k, "quy")) && tok_is(d, k - 1, "quyet") &&
		tok_is(d, k - 2, "nghi") && !tok_has(d, k - 1, T_NL) && !tok_has(d, k, T_NL) &&
		clause_has(d, k - 2, lo, CAT_REVIEWWORD) == 0;
}

#define THEME_BACK		24		/* tokens from a period back to the quote opening a theme's title */

/*
 * Whether the period at k is inside the quoted title of a theme, "sinh
 * hoạt chuyên đề “Công tác phát triển Đảng viên tại Chi bộ năm 2022 và
 * những năm tiếp theo”": the subject the session discusses, not a period
 * it reviews (probe ak AK4).  Back in its line to the quote after
 * "chuyên đề" (a closing quote follows a word of its title, not "đề").
 */
static bool
theme_title(const GbDoc *d, int k)
{
	int			j;

	for (j = k - 1; j >= 2 && j >= k - THEME_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || sentence_end(d, j))
			return false;
		if (tok_punct(d, j, '"'))
			return tok_is(d, j - 1, "de") && tok_is(d, j - 2, "chuyen");
	}
	return false;
}

/*
 * Whether the period at k closes the world's news a briefing conveys,
 * "Tình hình quốc tế (thế giới, thời sự) trong và ngoài nước trong 6 tháng
 * đầu năm 2018": a topic, as a `thông tin thời sự`'s is, not a period any
 * meeting reviews; a review between them ("tình hình thế giới và kết quả
 * ... 6 tháng đầu năm") still gives its own (probe ak AK5).
 */
static bool
affairs_topic(const GbDoc *d, int k)
{
	int			j;

	for (j = k - 1; j >= 1 && j >= k - CLAUSE_BACK; j--)
	{
		const GbPhrase *rw = NULL;

		if (tok_punct(d, j, ';') || tok_punct(d, j, ':') || sentence_end(d, j) ||
			tok_has(d, j + 1, T_NL))
			return false;

		/*
		 * "dự báo tình hình thế giới và nhiệm vụ công tác đối ngoại năm
		 * 2020": the work's tasks ahead, joined to the world's news, review
		 * nothing (probe al AL10)
		 */
		if (gb_dict_match(d, j, CAT_REVIEWWORD, &rw) > 0 &&
			!(rw->aux == REVIEW_WORK && tok_is(d, j - 2, "nhiem") && tok_is(d, j - 1, "vu")))
			return false;
		if (tok_is(d, j - 1, "tinh") && tok_is(d, j, "hinh"))
			return (tok_is(d, j + 1, "quoc") && tok_is(d, j + 2, "te")) ||
				(tok_is(d, j + 1, "the") && tok_is(d, j + 2, "gioi")) ||
				(tok_is(d, j + 1, "thoi") && tok_is(d, j + 2, "su"));
	}
	return false;
}

/*
 * Whether the period at k dates a signing or an issue told in its clause:
 * "thực hiện Quy chế phối hợp ký kết năm 2019", "Chương trình phối hợp
 * giữa hai cơ quan (được ký) năm 2019", "ký kết quy chế ... năm 2019",
 * "Quy chế ... ban hành năm 2019": the year the document was signed, not
 * one reviewed (stop 36 V12).  Back from k to the verb, past the
 * document's words; a review word, an implementation ("thực hiện") or a
 * verb joined ("ký kết và thực hiện quy chế năm 2023") first is the
 * period's own clause.
 */
static bool
signed_period(const GbDoc *d, int k)
{
	int			j;

	for (j = k - 1; j >= 1 && j >= k - SIGNED_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':') || tok_punct(d, j, ',') || tok_is(d, j, "va") ||
			(tok_is(d, j - 1, "thuc") && tok_is(d, j, "hien")) ||
			gb_dict_match(d, j, CAT_REVIEWWORD, NULL) > 0)
			return false;
		if ((tok_is(d, j, "ky") && gb_exact_any(d, j, "ký")) ||
			(tok_is(d, j - 1, "ky") && tok_is(d, j, "ket") && gb_exact_any(d, j - 1, "ký")) ||
			(tok_is(d, j - 1, "ban") && tok_is(d, j, "hanh")))
			return true;
	}
	return false;
}

/*
 * Whether the period at k ends a recurring briefing's name past the units
 * it gathers: "hội nghị báo cáo viên các huyện ủy, đảng ủy trực thuộc Tỉnh
 * ủy tháng 11-2017" (stop 34 S6a).  "các" after the briefing opens the
 * list; words and the commas of a list stand between, no review ("báo cáo
 * viên các xã đánh giá kết quả tháng 10") nor topic ("về").
 */
static bool
briefing_audience(const GbDoc *d, int k)
{
	int			j;

	for (j = k - 1; j >= 3 && j >= k - AUDIENCE_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) ||
			(!tok_has(d, j, T_WORD) && !(tok_punct(d, j, ',') && inner_comma(d, j))) ||
			tok_is(d, j, "ve") || gb_dict_match(d, j, CAT_REVIEWWORD, NULL) > 0)
			return false;
		if (tok_is(d, j, "cac") && recurring_briefing(d, j - 3))
			return true;
	}
	return false;
}

/*
 * Whether the period at k ends the clause of a course held: "tổ chức Hội
 * nghị ... và tập huấn kỹ năng, nghiệp vụ công tác Đoàn – Hội – Đội cho cán
 * bộ Đoàn cơ sở năm 2018" (probe x X5).  The year is the course's, which
 * reviews nothing; "tập huấn" is held there, after "và", "tổ chức", "lớp"
 * or "khóa", not a topic reviewed ("tổng kết công tác tập huấn năm 2018"),
 * and no reviewing word stands between ("công tác" is the course's topic).
 */
static bool
course_name(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = k - 1; j >= 2 && j >= k - COURSE_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':') ||
			(gb_dict_match(d, j, CAT_REVIEWWORD, &ph) > 0 && ph->aux != REVIEW_WORK))
			return false;
		if (tok_is(d, j, "tap") && tok_is(d, j + 1, "huan"))
			return tok_is(d, j - 1, "va") || tok_is(d, j - 1, "lop") || tok_is(d, j - 1, "khoa") ||
				(tok_is(d, j - 1, "chuc") && tok_is(d, j - 2, "to"));
	}
	return false;
}

#define SESSION_NAME_BACK	8	/* tokens from "mở rộng" back to the meeting it extends */

#define CONTENT_REVIEW_BACK	4	/* tokens before "nội dung" a review word may stand in */

/*
 * "nội dung" right before the session "sinh hoạt" at j, in one line: "đưa
 * vào nội dung sinh hoạt chuyên đề tháng 10", the content of the session
 * its month names; not after a review word, "đánh giá kết quả thực hiện
 * nội dung sinh hoạt chuyên đề quý II", the period that review covers.
 */
static bool
session_content(const GbDoc *d, int j)
{
	int			g;

	if (j < 2 || !tok_is(d, j - 1, "dung") || !tok_is(d, j - 2, "noi") ||
		tok_has(d, j, T_NL) || tok_has(d, j - 1, T_NL | T_UPPER))
		return false;
	for (g = j - 3; g >= 0 && g >= j - 2 - CONTENT_REVIEW_BACK; g--)
		if (tok_has(d, g + 1, T_NL) || gb_dict_match(d, g, CAT_REVIEWWORD, NULL) > 0)
			return false;
	return true;
}

#define BRIEFING_SCOPE_BACK	8	/* tokens of a briefing's scope between "báo cáo viên" and its month */

/*
 * Whether the period from k to end, alone in brackets, dates the plenum or
 * congress named right before them: "Hội nghị Trung ương 5 khóa XI (tháng
 * 5/2012) đã quyết định ...", "Đại hội XIII (tháng 1/2021)" (probe 110
 * AR1).  It says when that event was held, not a period a meeting reviews.
 * A review's own span in brackets, "6 tháng đầu năm (từ tháng 1 đến tháng
 * 6)", follows no term nor number.
 */
static bool
event_dated(const GbDoc *d, int k, int end)
{
	int			j = k - 2,
				term;

	if (j < 2 || !tok_punct(d, k - 1, '(') || !tok_punct(d, end, ')') ||
		gb_parse_term(d, j, &term) != j + 1)
		return false;
	/* "khóa XI", "Trung ương 5", "lần thứ năm" written as a number, "Đại hội XIII" */
	return tok_is(d, j - 1, "khoa") ||
		(tok_is(d, j - 1, "thu") && tok_is(d, j - 2, "lan")) ||
		(tok_is(d, j - 1, "uong") && tok_is(d, j - 2, "trung")) ||
		(tok_is(d, j - 1, "hoi") && tok_is(d, j - 2, "dai"));
}

/*
 * Whether the period at k ends a recurring briefing's name past its level
 * and scope: "Hội nghị Báo cáo viên Trung ương toàn quốc tháng 1/2026",
 * "Báo cáo viên Tỉnh ủy Quảng Nam tháng 10" (probe an AN9).  Only
 * a name's words ("Trung ương", "Tỉnh ủy"), "toàn quốc" and "trực tuyến" stand between; a lower-case word
 * ("đánh giá kết quả tháng 12") ends the name, and what follows it is the
 * period reviewed.
 */
static bool
briefing_scope_name(const GbDoc *d, int k)
{
	int			j;

	for (j = k - 1; j >= 3 && j >= k - BRIEFING_SCOPE_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || !tok_has(d, j, T_WORD))
			return false;
		if (tok_is(d, j, "vien") && recurring_briefing(d, j - 2))
			return j < k - 1;
		/* "Trung ương", "Tỉnh ủy": a name's lower-case syllable after its capital */
		if (gb_tok_capitalized(d, j) || (gb_tok_capitalized(d, j - 1) && !tok_has(d, j, T_NL)))
			continue;
		/*
		 * its reach and its mode: "toàn quốc", "trực tuyến" ("Hội nghị báo
		 * cáo viên trực tuyến toàn quốc tháng 6/2019", probe 110 AR1)
		 */
		if (!(tok_is(d, j, "quoc") && tok_is(d, j - 1, "toan") && gb_exact_words(d, j - 1, 2, "toàn quốc")) &&
			!(tok_is(d, j, "tuyen") && tok_is(d, j - 1, "truc") && gb_exact_words(d, j - 1, 2, "trực tuyến")))
			return false;
		j--;
	}
	return false;
}

/*
 * Whether the period at k ends the name of a ceremony: "Lễ chào cờ tháng
 * 9/2025", the month's flag salute (stop 30 E5).  Like the week of "giao
 * ban tuần 7", it names the event, not a period reviewed; a review named
 * in between ("Lễ tổng kết ... tháng 8") is what the period belongs to.
 * So does a recurring briefing's, recurring_briefing().
 */
static bool
ceremony_name(const GbDoc *d, int k)
{
	int			j;

	/*
	 * "Hội nghị Ban Chấp hành Đảng bộ phiên tháng 9/2025", "sinh hoạt chi
	 * bộ thường kỳ tháng 11": a session that recurs, named by its month
	 * (stop 37 Z4); not a government's "phiên họp thường kỳ tháng 02/2022",
	 * which reviews its month (gold d15)
	 */
	if (k >= 1 && !tok_has(d, k, T_NL) && tok_is(d, k - 1, "phien") && gb_exact_any(d, k - 1, "phiên"))
		return true;
	/*
	 * "giao ban Bí thư chi bộ mở rộng tháng 01/2021", held on 31/12/2020:
	 * a meeting's extended session, named by its month as "phiên" names
	 * one (probe 96 ad4)
	 */
	if (k >= 3 && tok_is(d, k - 1, "rong") && tok_is(d, k - 2, "mo") && !tok_has(d, k, T_NL) &&
		!tok_has(d, k - 1, T_NL) && gb_exact_words(d, k - 2, 2, "mở rộng"))
	{
		for (j = k - 3; j >= 0 && j >= k - 2 - SESSION_NAME_BACK; j--)
		{
			if (!tok_has(d, j, T_WORD) || tok_has(d, j + 1, T_NL))
				break;
			if (kind_at(d, j, NULL) > 0)
				return true;
		}
	}
	if (k >= 4 && tok_is(d, k - 1, "ky") && !tok_has(d, k, T_NL) && !tok_has(d, k - 1, T_NL) &&
		(tok_is(d, k - 2, "thuong") || tok_is(d, k - 2, "dinh")))
	{
		for (j = k - 3; j >= 0 && j >= k - 6; j--)
		{
			if (!tok_has(d, j, T_WORD) || tok_has(d, j + 1, T_NL))
				break;
			if (tok_is(d, j, "sinh") && tok_is(d, j + 1, "hoat"))
				return true;
		}
	}
	if (briefing_scope_name(d, k))
		return true;
	for (j = k - 1; j >= 0 && j >= k - DOCNAME_BACK; j--)
	{
		/*
		 * "hội nghị báo cáo viên, tuyên truyền viên tháng 11": the
		 * briefing's speakers listed, the month still its name (probe 96
		 * ad4)
		 */
		if (tok_punct(d, j, ',') && tok_is(d, j - 1, "vien") && j >= 3 &&
			!tok_has(d, j + 1, T_NL) && recurring_briefing(d, j - 3))
			return true;
		if (tok_punct(d, j, ','))
			break;
		if (!tok_has(d, j, T_WORD) || tok_has(d, j + 1, T_NL) ||
			gb_dict_match(d, j, CAT_REVIEWWORD, NULL) > 0 ||
			(gb_dict_may_match(d, j, CAT_PREPOSITION) &&
			 gb_dict_match(d, j, CAT_PREPOSITION, NULL) > 0))
			return false;
		/*
		 * "Quang cảnh Lễ chào cờ tháng 9/2025": named, held or not ("lễ"
		 * alone is a kind, and every kind it starts is a ceremony)
		 */
		if (tok_is(d, j, "le") && gb_exact_any(d, j, "lễ"))
			return true;
		if (recurring_briefing(d, j))
			return true;
		/*
		 * "trong kỳ sinh hoạt tháng 10-2025", "tổ chức sinh hoạt chuyên
		 * đề tháng 10-2025": a cell's session held, which its month names
		 * as a briefing's does (probe x X5); not a topic, "nâng cao chất
		 * lượng sinh hoạt chi bộ năm 2024"
		 */
		if (tok_is(d, j, "sinh") && tok_is(d, j + 1, "hoat") &&
			(tok_is(d, j - 1, "ky") || tok_is(d, j - 1, "buoi") || tok_is(d, j - 1, "dot") ||
			 (tok_is(d, j - 1, "chuc") && tok_is(d, j - 2, "to")) ||
			 /*
			  * "đề nghị các chi bộ đưa vào nội dung sinh hoạt chuyên đề
			  * tháng 10": the content of the session its month names, work
			  * asked for, no period reviewed (probe 97 AE3)
			  */
			 session_content(d, j) ||
			 /*
			  * "Sinh hoạt chuyên đề Quý III", "sinh hoạt Chuyên đề quý
			  * I/2025", the event's name capitalized (stop 37 ab11, probe
			  * au AU11); not one reviewed, "đánh giá kết quả sinh hoạt
			  * chuyên đề quý II"
			  */
			 ((tok_has(d, j, T_UPPER) || tok_has(d, j + 2, T_UPPER)) &&
			  tok_is(d, j + 2, "chuyen") && tok_is(d, j + 3, "de"))))
			return true;
	}
	/* a comma, or words past the window: a briefing's units listed (briefing_audience()) */
	return j >= 0 && (tok_has(d, j, T_WORD) || tok_punct(d, j, ',')) && briefing_audience(d, k);
}

/*
 * Whether the year at "năm" k names the spring a meeting opens: "Hội nghị
 * Giao ban đầu xuân Giáp Thìn năm 2024", "gặp mặt mừng xuân năm 2024",
 * the lunar year's name or not between.  Like a month naming a session,
 * it is no period reviewed (probe bg BG8).
 */
static bool
spring_year(const GbDoc *d, int k)
{
	int			j = k - 1,
				n;

	if (!tok_is(d, k, "nam"))
		return false;
	for (n = 0; n < 2 && j >= 1 && tok_has(d, j, T_UPPER) && !tok_is(d, j, "xuan"); n++)
		j--;
	if (j < 1 || !tok_is(d, j, "xuan") || !gb_exact_any(d, j, "xuân"))
		return false;
	for (n = j; n < k; n++)
		if (tok_has(d, n + 1, T_NL))
			return false;
	/* "Xuân" capitalized after a capital is a name's, "quận Thanh Xuân năm 2024" */
	return !tok_has(d, j, T_UPPER) || !tok_has(d, j - 1, T_UPPER) ||
		(tok_is(d, j - 1, "dau") && gb_exact_any(d, j - 1, "đầu"));
}

/* A period at k that ends the name of a publication (issue_name()) */
static bool
issue_period(const GbDoc *d, int k)
{
	return may_start_period(d, &d->tok[k]) && issue_name(d, k);
}

/* "tháng" or "quý" at k, ending a ceremony's name (ceremony_name()) */
static bool
ceremony_month(const GbDoc *d, int k)
{
	return ((d->tok[k].flen == 5 && memcmp(d->fold.data + d->tok[k].fo, "thang", 5) == 0) ||
			(d->tok[k].flen == 3 && memcmp(d->fold.data + d->tok[k].fo, "quy", 3) == 0)) &&
		ceremony_name(d, k);
}

/*
 * The last month (the middle one, if middle) of the first period of a year
 * from lo on (up to hi, in its sentence), of at most max months, that
 * named(d, k) says ends a name: day day of that month in *out, left alone
 * when there is none.  Inline: each caller's named() is called directly.
 */
static inline void
name_month(const GbDoc *d, int lo, int hi, bool (*named) (const GbDoc *, int), int max, int day,
		   bool middle, GbDate *out)
{
	Period		per;
	int			k,
				end;

	for (k = lo; k < hi && !sentence_end(d, k); k++)
		if (named(d, k) && parse_period(d, k, false, &per, &end) && per.year && per.nmonths <= max)
		{
			out->y = per.year;
			out->m = middle ? per.mlo + per.nmonths / 2 : per.mlo + per.nmonths - 1;
			out->d = day;
			return;
		}
}

/*
 * The month of the issue a headline names, "Tài liệu sinh hoạt Chi bộ
 * tháng 4/2022", as a month without a day in *hint: the items of an issue
 * are of the days before it, as those of a page tagged with its month.
 */
void
issue_month(const GbDoc *d, int lo, int hi, GbDate *hint)
{
	name_month(d, lo, hi, issue_period, 11, 0, false, hint);
}

/*
 * The month of a year that names the meeting of the sentence from lo on
 * (up to hi):
 * "tổ chức hội nghị báo cáo viên tháng 2/2023", "Lễ chào cờ tháng
 * 9/2025", as a month in *named; a quarter, "Hội nghị báo cáo viên quý
 * III-2012", as its middle month (stop 33 O9).  No period reviewed (ceremony_name()),
 * it still tells the year of the meeting it names, before the date of a
 * document the report cites (probe-l G2a).
 */
void
named_month(const GbDoc *d, int lo, int hi, GbDate *named)
{
	name_month(d, lo, hi, ceremony_month, 3, 15, true, named);
}

/*
 * Whether the month [start, end) opens a span, "từ tháng 6/2009 đến", or
 * closes one, "từ tháng 6/2009 đến tháng 12/2010".
 */
static bool
span_month(const GbDoc *d, int start, int end)
{
	int			k;

	if (tok_is(d, start - 1, "tu"))
		return link_to(d, end) && !tok_has(d, end, T_NL);
	if (!link_to(d, start - 1) || tok_has(d, start, T_NL))
		return false;
	for (k = start - 2; k >= 0 && k >= start - SPAN_BACK; k--)
	{
		if (tok_is(d, k, "tu"))
			return true;
		if (tok_has(d, k + 1, T_NL) || tok_punct(d, k, ',') || tok_punct(d, k, '.') ||
			tok_punct(d, k, ';') || tok_punct(d, k, '('))
			return false;
	}
	return false;
}

/*
 * Whether the month [start, end) opens its sentence (lo), "Từ" before it
 * or not, with a person for subject after the comma: "Tháng 5/2023, ông
 * trở lại Bộ Tư pháp", "Từ tháng 3/2020, đồng chí giữ chức ...".
 */
static bool
person_month(const GbDoc *d, int lo, int start, int end)
{
	const GbPhrase *ph = NULL;
	int			m;

	if (start != lo && !(start == lo + 1 && tok_is(d, lo, "tu")))
		return false;
	if (!tok_punct(d, end, ',') || tok_has(d, end + 1, T_NL))
		return false;
	m = gb_dict_match(d, end + 1, CAT_HONORIFIC, &ph);
	return m > 1 || (m == 1 && gb_same_word(d, end + 1, ph));
}

/* The clause around [start, end), to a line, sentence or ";": [*lo, *hi) */
static inline void
career_clause(const GbDoc *d, int start, int end, int *lo, int *hi)
{
	int			l,
				h;

	for (l = start; l > 0 && l > start - CAREER_AROUND; l--)
		if (tok_has(d, l, T_NL) || sentence_end(d, l - 1) || tok_punct(d, l - 1, ';'))
			break;
	for (h = end; h < d->ntok && h < end + CAREER_AROUND; h++)
		if ((h > end && tok_has(d, h, T_NL)) || sentence_end(d, h) || tok_punct(d, h, ';'))
			break;
	*lo = l;
	*hi = h;
}

/* A post held at k: "giữ chức", "đảm nhiệm", "là" before a title */
static inline bool
post_held(const GbDoc *d, int k)
{
	return meetword(d, k, MW_CAREER, NULL) > 0 ||
		(tok_is(d, k, "la") && gb_exact_any(d, k, "là") &&
		 !tok_has(d, k + 1, T_NL) && gb_dict_match(d, k + 1, CAT_TITLE, NULL) > 0);
}

/*
 * "đi vào hoạt động" at k: a unit's start, a step of its own history as a
 * post taken is of a person's ("Được thành lập trên cơ sở sáp nhập ...,
 * tháng 7-2025, phường X chính thức đi vào hoạt động", probe an AN3)
 */
static inline bool
unit_started(const GbDoc *d, int k)
{
	return tok_is(d, k, "di") && tok_is(d, k + 1, "vao") && tok_is(d, k + 2, "hoat") &&
		tok_is(d, k + 3, "dong") && !tok_has(d, k + 1, T_NL) && !tok_has(d, k + 3, T_NL) &&
		gb_exact_words(d, k, 4, "đi vào hoạt động");
}

/*
 * Whether the single month [start, end) is one of a biography (probe 49
 * G8): one of a person's life ("sinh tháng 6/1970"), or one in a sentence
 * that names no meeting, with a post held in it or a person for its
 * subject ("Tháng 5/2023, ông trở lại Bộ Tư pháp ..., rồi tháng 1/2025
 * được ... điều động giữ chức Bí thư"), or a unit's start told in it
 * (unit_started()).
 */
static bool
career_month(const GbDoc *d, int start, int end)
{
	bool		career = false,
				bracketed;
	int			lo,
				hi,
				k;

	if (!tok_is(d, start, "thang"))
		return false;
	if (life_date(d, start))
		return true;
	/*
	 * "Tại Đại hội Đảng toàn quốc lần thứ X (tháng 4/2006), ông được bầu
	 * là Ủy viên T.Ư dự khuyết": the month in brackets dates the meeting
	 * named, the setting of a step of the career the clause tells (probe
	 * af AF1); so does a meeting that elects the person, agent of
	 * "được": "Tháng 1/2009, ông được Hội nghị T.Ư 9 khoá X bầu bổ sung"
	 */
	bracketed = tok_punct(d, start - 1, '(') && tok_punct(d, end, ')');
	career_clause(d, start, end, &lo, &hi);
	for (k = lo; k < hi; k++)
	{
		if (kind_at(d, k, NULL) > 0 && !bracketed && !(tok_is(d, k - 1, "duoc") && k > lo))
			return false;
		if (post_held(d, k) || unit_started(d, k))
			career = true;
	}
	return career || person_month(d, lo, start, end);
}

/*
 * Whether the period [start, end) opens a span of a person's career: "từng
 * giữ chức Phó Chủ tịch UBND tỉnh (từ tháng 6/2009 đến tháng 12/2010)",
 * "là Chủ tịch UBND tỉnh Trà Vinh từ tháng 11/2020 đến tháng 6/2025", "Từ
 * tháng 3/2016 đến nay, đồng chí A là Bí thư Huyện ủy".  The months of the
 * posts held in a biography are no period the meeting reviews, and give
 * its day no year.  "từ ... đến" with a post held in its sentence ("giữ
 * chức", "đảm nhiệm", "là" before a title) tells one.  So does a single
 * month of a biography (career_month()).
 */
bool
career_span(const GbDoc *d, int start, int end)
{
	int			lo,
				hi,
				k;

	if (!span_month(d, start, end))
		return career_month(d, start, end);
	career_clause(d, start, end, &lo, &hi);
	for (k = lo; k < hi; k++)
		if (post_held(d, k))
			return true;
	return false;
}

/*
 * Whether the span of nyears years at p is none the meeting reviews, by
 * the words before it in its clause, back to the review: one ahead,
 * "tổng kết ... và định hướng giai đoạn 2026-2030", "mục tiêu đến năm
 * 2030, giai đoạn 2026-2030"; or a programme's whose years are not those
 * counted, "sơ kết 3 năm thực hiện Nghị quyết ... giai đoạn 2021-2025"
 * (the count agrees as year_span() has it).
 */
static bool
span_not_reviewed(const GbDoc *d, int p, int floor, int nyears)
{
	int			k,
				m,
				n;

	for (k = p - 1; k >= floor && k >= p - CLAUSE_LIST_BACK; k--)
	{
		if (tok_punct(d, k, ';') || tok_punct(d, k, '.') || tok_punct(d, k, ':') ||
			tok_has(d, k + 1, T_NL))
			return false;
		if (meetword(d, k, MW_OUTLOOK, NULL) > 0 || meetword(d, k, MW_TARGET, NULL) > 0 ||
			(link_to(d, k) && tok_is(d, k + 1, "nam")))
			return true;
		if (tok_is(d, k, "nam") && (m = count_at(d, k - 1, &n)) == 1)
			return !count_fits_span(n, nyears);
		if (gb_dict_match(d, k, CAT_REVIEWWORD, NULL) > 0)
			return false;
	}
	return false;
}

/*
 * "Từ tháng 9/2024, Quận ủy đã triển khai Đề án ...", "Từ quý II/2024,
 * Thành ủy đã triển khai ...": a month or a quarter [k, end) after "từ",
 * with no end written, is when an activity started and runs on, no
 * period reviewed (probe 56 G4).  "từ tháng 1 đến tháng 6", "từ tháng
 * 7/2015 đến nay" have their end and are read as before.
 */
static inline bool
open_start(const GbDoc *d, int k, int end)
{
	return tok_is(d, k - 1, "tu") && gb_exact_any(d, k - 1, "từ") && !link_to(d, end);
}

/*
 * "Đợt 1 diễn ra (thực hiện, triển khai, tiến hành) trong tháng 3": the
 * month at k a phase of the work ahead is scheduled in, even the month of
 * the meeting's day (stop 31 I8).  So is the one a report is due in, "báo
 * cáo kết quả kiểm tra trình Bộ Chính trị trong quý III.2022": "trình"
 * and the body it goes to right before "trong" (probe af AF1).
 */
static bool
phase_schedule(const GbDoc *d, int k)
{
	const char *name;
	int			v = k - 3,
				n,
				j;

	if (!tok_is(d, k - 1, "trong") || tok_has(d, k - 1, T_NL) || tok_has(d, k, T_NL))
		return false;
	for (j = k - 3; j >= 0 && j >= k - 8 && !tok_has(d, j + 1, T_NL) && tok_has(d, j + 1, T_WORD); j--)
		if (tok_is(d, j, "trinh") && gb_exact_any(d, j, "trình"))
		{
			/* not "Chương trình đợt II diễn ra trong": a phase, read below */
			if (gb_parse_body(d, j + 1, &name) == k - 1)
				return true;
			break;
		}
	if (!((tok_is(d, v, "dien") && tok_is(d, v + 1, "ra")) ||
		  (tok_is(d, v, "thuc") && tok_is(d, v + 1, "hien")) ||
		  (tok_is(d, v, "trien") && tok_is(d, v + 1, "khai")) ||
		  (tok_is(d, v, "tien") && tok_is(d, v + 1, "hanh"))) || tok_has(d, v + 1, T_NL))
		return false;
	/* "Đợt 1", "đợt II" */
	return tok_is(d, v - 2, "dot") && !tok_has(d, v - 1, T_NL) && !tok_has(d, v, T_NL) &&
		gb_parse_ordinal(d, v - 1, &n) == v;
}

/*
 * Whether the period [k, end) is one planned, not one reviewed: "phương
 * hướng ... quý II", "thực hiện nhiệm vụ quý II", "trong tháng 3 ... sẽ".
 */
static bool
planned_period(const GbDoc *d, int k, int end, int lo)
{
	return clause_has(d, k, lo, CAT_PLANWORD) || phase_schedule(d, k) ||
		((phrase_ends_at(d, k, CAT_MEETWORD, MW_PLAN) || plan_object(d, k, lo)) &&
		 !sentence_reviews(d, k, lo)) ||
		future_window(d, k, end) || plan_heading(d, k, end);
}

/*
 * Whether "năm N" at k closes a period of months: "6 tháng cuối năm 2016",
 * "quý IV năm 2021".
 */
static bool
closes_months(const GbDoc *d, int k)
{
	Period		per;
	int			j,
				e;

	for (j = k - 1; j >= 0 && j >= k - 4; j--)
		if (may_start_period(d, &d->tok[j]) && parse_period(d, j, false, &per, &e) &&
			e == k + 2 && per.nmonths < 12)
			return true;
	return false;
}

/*
 * Whether "năm N" at k is the whole year of a plan or a work programme:
 * "dự kiến kế hoạch năm 2017", "triển khai nhiệm vụ năm 2017".  Next
 * year's plan is often written at the end of a mid-year review, and is no
 * year of the period reviewed (probe 57 G2); with listed, nor is any whole
 * year ("năm 2017" after a semicolon lists another item).  A plan of months
 * ("triển khai nhiệm vụ 6 tháng cuối năm 2016") is of the year reviewed:
 * a year that closes months is none of these.
 */
static bool
plan_year_at(const GbDoc *d, int k, int lo, bool listed)
{
	return tok_is(d, k, "nam") &&
		(listed || schedule_year(d, k) || planned_period(d, k, k + 2, lo)) &&
		!closes_months(d, k);
}

/*
 * The nearest year written around a period without one, after it first,
 * in its sentence: "Trong Quý I, toàn ngành ... . Quan tâm ... xếp loại
 * chất lượng năm 2023" is no Quý I of 2023.  Not the whole year of a plan,
 * "sơ kết 6 tháng đầu năm ... và dự kiến kế hoạch năm 2017", nor a whole
 * year after a semicolon, which lists another item: "... 6 tháng đầu năm;
 * thông qua ... Chương trình giám sát năm 2017" (probe 57 G2); months
 * planned there are the next of the same year, "quý I; triển khai nhiệm vụ
 * quý II/2018".  A period without its year is then the meeting's.
 */
static int
year_near(const GbDoc *d, int p, int end, int lo, int hi)
{
	int			k,
				e,
				y;
	bool		semi = false;

	for (k = end; k < hi && k < end + YEAR_NEAR && !sentence_end(d, k); k++)
	{
		semi |= tok_punct(d, k, ';');
		if ((y = year_after(d, k, &e)) > 0 && (k > end || tok_is(d, k, "nam")) &&
			!(k > end && plan_year_at(d, k, lo, semi)))
			return y;
	}
	for (k = p - 1; k >= lo && k > p - YEAR_NEAR && !sentence_end(d, k); k--)
		if (tok_is(d, k, "nam") && is_year(d, k + 1) && !compared_year(d, k) &&
			!plan_year_at(d, k, lo, false))
			return gb_tok_int(d, k + 1);
	return 0;
}

/*
 * Whether "năm" at k gives the year of a week, "tuần 7 năm 2026": a weekly
 * meeting's period (probe 58 G4), days that no months hold; not the whole
 * year, nor a year a side remark reviews ("tổ chức tổng kết năm 2025").
 */
static inline bool
week_of_year(const GbDoc *d, int k)
{
	return tok_is(d, k - 2, "tuan") && tok_has(d, k - 1, T_NUM) && d->tok[k - 1].len <= 2 &&
		is_year(d, k + 1) && !tok_has(d, k - 1, T_NL) && !tok_has(d, k, T_NL);
}

/*
 * "từ tháng 1/2016 đến tháng 5/2018", "từ tháng 1 đến tháng 5/2018", "từ
 * quý III/2024 đến quý IV": the month or quarter per [k, *end) after "từ"
 * runs to the month or quarter after "đến", the period from the first to
 * the end of the last (probe 66 G3).  A year written on one side only is
 * the other's too, the next when the months go past December; with none,
 * the months must not.  per and *end are left as they are when no month
 * or quarter follows.
 */
static void
range_to(const GbDoc *d, int k, Period *per, int *end)
{
	int			q = *end + 1,
				e,
				v,
				lo,
				n,
				y1 = per->year,
				y2,
				months;

	if (!(per->nmonths == 1 || per->nmonths == 3) || !tok_is(d, k - 1, "tu") ||
		!link_to(d, *end) || tok_has(d, *end, T_NL) || tok_has(d, q, T_NL))
		return;
	if (tok_is(d, q, "thang") && tok_has(d, q + 1, T_NUM) && d->tok[q + 1].len <= 2 &&
		!tok_has(d, q + 1, T_NL))
	{
		lo = gb_tok_int(d, q + 1);
		n = 1;
		e = q + 2;
	}
	else if (quarter_word(d, q) && (e = gb_parse_ordinal(d, q + 1, &v)) > q + 1 &&
			 v >= 1 && v <= 4)
	{
		lo = 3 * (v - 1) + 1;
		n = 3;
	}
	else
		return;
	if (lo < 1 || lo > 12)
		return;
	y2 = year_after(d, e, &e);
	if (y1 == 0 && y2 == 0 && lo < per->mlo)
		return;
	if (y1 == 0)
		y1 = y2 == 0 ? 0 : lo < per->mlo ? y2 - 1 : y2;
	if (y2 == 0)
		y2 = lo < per->mlo ? y1 + 1 : y1;
	months = (y2 - y1) * 12 + lo + n - per->mlo;
	if (months <= per->nmonths || months > 12 * SPAN_YEARS)
		return;
	per->year = y1;
	per->nmonths = months;
	per->end = *end = e;
}

/* "đến nay", "tới nay" at end, on its line: a span runs on to the meeting */
static inline bool
to_now_at(const GbDoc *d, int end)
{
	return (tok_is(d, end, "den") || tok_is(d, end, "toi")) && tok_is(d, end + 1, "nay") &&
		!tok_has(d, end, T_NL);
}

/*
 * "từ ngày 1/7/2025 đến nay", "từ 1-7-2025 đến nay": a span from the day
 * dt written at [k, end), running on to the meeting, reviewed from that
 * day's month as "từ tháng 7/2025 đến nay" is (stop 35 T5).  *per: that
 * month, from its "ngày".
 */
static bool
day_to_now(const GbDoc *d, int k, int end, GbDate dt, Period *per)
{
	int			s = tok_is(d, k - 1, "ngay") ? k - 1 : k;

	if (!tok_is(d, s - 1, "tu") || !gb_exact_any(d, s - 1, "từ") || !to_now_at(d, end))
		return false;
	memset(per, 0, sizeof(*per));
	per->mlo = dt.m;
	per->nmonths = 1;
	per->year = dt.y;
	per->start = s;
	per->end = end;
	per->from_day = true;
	return true;
}

/*
 * A period at k that dates a background clause: "Trước đó, tháng 4/2022,
 * UBND xã X có hai dự án ...", "Trước đó, vào năm 2021, ..." (probe aa-21
 * AA3).  "Trước đó" opening a sentence narrates what led to the meeting,
 * and the period set right after it is when that happened, not a period
 * the meeting reviews; further on in the clause ("Trước đó, hội nghị đã
 * nghe báo cáo 6 tháng đầu năm") it is read as before.
 */
static bool
background_time(const GbDoc *d, int lo, int k)
{
	/* "Trước đó, vào (trong) tháng 4/2022": the preposition before k */
	int			s = tok_is(d, k - 1, "vao") || tok_is(d, k - 1, "trong") ? k - 4 : k - 3;

	return s >= lo && tok_is(d, s, "truoc") && tok_is(d, s + 1, "do") &&
		gb_exact_any(d, s + 1, "đó") && tok_punct(d, s + 2, ',') &&
		sentence_start_of(d, lo, s) == s;
}

/*
 * "đánh giá tình hình thực hiện nhiệm vụ 9 tháng và đề ra nhiệm vụ trọng
 * tâm quý IV-2025" (probe z-21 Z8): 3, 6 or 9 months without "đầu năm",
 * the object of a reviewing word after "nhiệm vụ", "kết quả", "công tác",
 * "tình hình", "hoạt động" or the verb itself ("sơ kết 6 tháng"), and
 * ending its item (a "và", a comma, a stop), are the first months of the
 * year, as "9 tháng năm 2025" are.  A duration is written otherwise ("trong
 * 6 tháng", "kỷ luật 6 tháng", "9 tháng qua").  The year is the one of the
 * quarter after them planned in the sentence, "quý IV-2025" after 9
 * months; else left to year_near().
 */
static bool
first_months(const GbDoc *d, int k, int lo, Period *per, int *end)
{
	static const char *const heads[][2] = {
		{"nhiem", "vu"}, {"ket", "qua"}, {"cong", "tac"}, {"tinh", "hinh"},
		{"hoat", "dong"}, {"so", "ket"}, {"tong", "ket"}, {"danh", "gia"},
	};
	int			n,
				v,
				q,
				j,
				e,
				qv;
	bool		head = false;

	if ((n = count_at(d, k, &v)) == 0 || (v != 3 && v != 6 && v != 9) ||
		!tok_is(d, k + n, "thang") || k < lo + 2 || tok_has(d, k, T_NL))
		return false;
	q = k + n + 1;
	if (!(tok_is(d, q, "va") || tok_punct(d, q, ',') || tok_punct(d, q, ';') ||
		  tok_punct(d, q, '.') || q >= d->ntok || tok_has(d, q, T_NL)))
		return false;
	for (j = 0; j < (int) (sizeof(heads) / sizeof(heads[0])) && !head; j++)
		head = tok_is(d, k - 2, heads[j][0]) && tok_is(d, k - 1, heads[j][1]);
	if (!head || clause_has(d, k, lo, CAT_REVIEWWORD) != 1)
		return false;
	memset(per, 0, sizeof(*per));
	per->mlo = 1;
	per->nmonths = v;
	for (j = q; j < d->ntok && j < q + YEAR_NEAR && !sentence_end(d, j); j++)
		if (quarter_word(d, j) && (e = gb_parse_ordinal(d, j + 1, &qv)) > j + 1 &&
			qv == v / 3 + 1)
		{
			per->year = year_after(d, e, &e);
			break;
		}
	per->start = k;
	per->end = *end = q;
	return true;
}

/*
 * Whether the year's work per, ending at end, is followed in its sentence
 * by the next year's plan: "nghe báo cáo tình hình thực hiện nhiệm vụ
 * công tác kiểm tra, giám sát năm 2014; thảo luận, cho ý kiến về chương
 * trình công tác năm 2015" (probe ab-14 ab2).  A meeting that plans the
 * next year reviews the year named before it, gone by then: no work named
 * for the year it opens ("Hội nghị công tác kiểm tra năm 2015" in January,
 * of_work), and a year-less day ("Sáng 28/1") is dated after it.
 */
static bool
next_year_planned(const GbDoc *d, int end, int lo, int hi, const Period *per)
{
	int			k;
	bool		semi = false;

	if (per->nmonths != 12 || per->year == 0)
		return false;
	for (k = end; k < hi && k < end + YEAR_NEAR && !sentence_end(d, k); k++)
	{
		semi |= tok_punct(d, k, ';');
		if (tok_is(d, k, "nam") && is_year(d, k + 1) &&
			gb_tok_int(d, k + 1) == per->year + 1 && plan_year_at(d, k, lo, semi))
			return true;
	}
	return false;
}

/*
 * Whether the token k lies in a document's place-and-date heading with
 * its day left blank (gb_blank_dateline()).
 */
static bool
blank_dateline_at(const GbDoc *d, int k)
{
	int			ls = k,
				le;

	while (ls > 0 && !tok_has(d, ls, T_NL) && k - ls < 12)
		ls--;
	if (ls > 0 && !tok_has(d, ls, T_NL))
		return false;
	le = gb_line_end(d, ls);
	return gb_blank_dateline(d, gb_line_body(d, ls, le), le);
}

/*
 * The first period reviewed (not planned) in tokens [lo, hi); in *planned
 * the first one planned with its year, "triển khai nhiệm vụ quý II năm
 * 2024", when it has none yet.  A span of years only with spans, in the
 * lead or the headline: one reviewed further on is the subject of a
 * document or a speech ("giới thiệu Đề cương Báo cáo tổng kết ... chiến
 * lược 10 năm 2001 - 2010"), where months, quarters and a year are read
 * as before.  A period on the agenda of a plenum conveyed (conveyed_agenda(),
 * which looks for that plenum before lo in the chunk with ps) is none; the
 * first one's year goes to *agenda_year when that has none.
 */
bool
period_in(const GbDoc *d, int lo, int hi, Period *out, Period *planned, bool spans,
		  PlenumSeen *ps, int *agenda_year)
{
	int			k,
				end;

	for (k = lo; k < hi; k++)
	{
		GbDate		dt;
		bool		has_year;
		Period		per;
		int			review;
		bool		dated;

		if (!may_start_period(d, &d->tok[k]))
			continue;
		/*
		 * nor the date of a document's heading, its day left blank: "Mỹ
		 * Hưng, ngày   tháng 01 năm 2015" (probe be be6)
		 */
		if (tok_is(d, k, "thang") && blank_dateline_at(d, k))
			continue;
		/* the words of a date are not a period: "29 tháng 01 năm 2021" */
		dated = may_start_date(d, k) && gb_parse_date(d, k, &end, &dt, &has_year);
		if (dated && !(has_year && day_to_now(d, k, end, dt, &per)))
		{
			k = end - 1;
			continue;
		}
		/* a week of a year: the period, which gb_meet_finish() sets as none */
		if (tok_is(d, k, "nam") && week_of_year(d, k) && !planned_period(d, k - 2, k + 2, lo))
		{
			memset(&per, 0, sizeof(per));
			per.week = true;
			per.year = gb_tok_int(d, k + 1);
			per.start = k - 2;
			per.end = k + 2;
			per.text = gb_span_text(d, per.start, per.end);
			*out = per;
			return true;
		}
		/* only "năm 2022" and a span of years need a reviewing word before it */
		review = (tok_is(d, k, "nam") || (spans && may_open_span(d, k)) || task_year(d, k)) &&
			!schedule_year(d, k) ?
			clause_has(d, k, lo, CAT_REVIEWWORD) : 0;
		if (!dated && !parse_period(d, k, review > 0, &per, &end) &&
			!(spans && review == 1 && far_span(d, k, hi, &per, &end)) &&
			!first_months(d, k, lo, &per, &end))
			continue;
		/*
		 * a span of years needs one that reviews: "công tác" alone names a
		 * year's work, not the years a meeting reviews
		 */
		if (per.nmonths > 12 && !per.joined &&
			(!spans || review != 1 || span_not_reviewed(d, k, lo, per.nmonths / 12)))
		{
			k = end - 1;
			continue;
		}
		per.of_work = review == 1 + REVIEW_WORK && !next_year_planned(d, end, lo, hi, &per);
		if (issue_name(d, k) || ceremony_name(d, k) || spring_year(d, k) || course_name(d, k) ||
			held_window(d, k, end) ||
			resolution_month(d, k, lo) || affairs_topic(d, k) || theme_title(d, k) ||
			background_time(d, lo, k) || event_dated(d, k, end) ||
			open_start(d, k, end) || career_span(d, k, end) || signed_period(d, k))
		{
			k = end - 1;
			continue;
		}
		if (planned_period(d, k, end, lo))
		{
			if (per.year && per.nmonths < 12 && !planned->year)
				*planned = per;
			k = end - 1;
			continue;
		}
		if (conveyed_agenda(d, lo, k, ps))
		{
			/* the plenum reviews it: the report comes after it */
			if (!*agenda_year && per.year && per.nmonths <= 12)
				*agenda_year = per.year;
			k = end - 1;
			continue;
		}
		if (tok_is(d, end, "den") || tok_is(d, end, "toi"))
		{
			range_to(d, k, &per, &end);
			/* the months a range after "từ" holds meetings in */
			if (held_window(d, k, end))
			{
				k = end - 1;
				continue;
			}
		}
		if (per.year == 0)
			per.year = year_near(d, k, end, lo, hi);
		/* the start of a span that runs on to the meeting, written with it */
		if (to_now_at(d, end))
		{
			per.to_now = true;
			per.end = end + 2;
		}
		per.reviewed = review == 1;
		per.text = gb_span_text(d, per.start, per.end);
		*out = per;
		return true;
	}
	return false;
}
