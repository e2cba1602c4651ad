/*
 * meeting_chunk.c
 *	  The walk over a chunk: the lead taken, and what each token notes.
 *
 * meet_chunk() goes line by line, token by token: it tries each cue as
 * the lead (take_lead(), try_lead()), and note_token() and its kin note
 * dates, reviews, years, the time of day said later, online bridges and
 * the meeting attended, for the finish to choose from.  Apart from the
 * rules it calls, and kept whole so that its per-token calls stay in one
 * file.
 */
#include "meeting_int.h"

#define GB_SPELT_WORDS	16		/* words of a name spelt_below() looks for */

#define TARGET_BACK		12		/* tokens from a target "năm" back to its goal */
#define PLAN_BACK		4		/* and to a plan: "nhiệm vụ trọng tâm năm" */
#define AIM_BACK		24		/* tokens from "vào năm" back to its sentence's aim */
#define REVIEWED_DOC	30		/* tokens from "10 năm thực hiện" to the document's year */
#define PASSIVE_SUBJECT	6		/* words before "được": "các đại biểu đã được" */
#define HELD_AHEAD		80		/* tokens from a meeting's noun to "diễn ra": its subject's length */
#define OPENING_LINES	3		/* lines after a headline to the sentence of its lead: a byline, a date line */

/*
 * A kicker line: "Hội nghị giao ban trực tuyến Ban Tổ chức Trung ương:";
 * *kind gets the meeting's kind it names.
 */
static char *
kicker_listed_by(const GbDoc *d, int head_end, const GbPhrase **kind)
{
	int			k;
	char	   *body;

	bool		other = false;	/* a meeting other than a congress named before */
	int			m;

	/*
	 * the group mask first: most words start no meeting kind.  A congress
	 * told of as over or to come after another meeting is named, "Các đại
	 * biểu dự Hội nghị học tập, quán triệt ... Đại hội ... đã thành công
	 * tốt đẹp", is that meeting's background, no kicker (stop 37 Z2)
	 */
	for (k = 0; k < head_end; k++)
	{
		bool		congress;

		if (!(gb_dict_masks[d->tok[k].grp] & CAT_MEETKIND) || (m = kind_at(d, k, kind)) == 0)
			continue;
		congress = strcmp((*kind)->value, gb_kind_congress) == 0;
		if (congress && other && congress_told_aside(d, k, m))
			continue;
		if ((body = listed_by(d, k, m, *kind)) != NULL)
			return body;
		other = other || !congress;
	}
	return NULL;
}

/*
 * "..., ngày 15/11/2012, Ban Thường vụ ... tổ chức", "..., từ 15 đến
 * 16/11/2012, ...": days in lower case after a comma, then the clause of
 * the meeting they date.
 */
static inline bool
set_off_cue(const GbDoc *d, int ls, int le, int k, GbDateCue *cue)
{
	int			q;
	bool		counted;

	if (d->tok[k].flags & T_UPPER)
		return false;
	/* "..., trong 2 ngày (24 và 25-9-2025), Đại hội ... sẽ diễn ra" */
	counted = k >= ls + 3 && tok_punct(d, k - 3, ',') && gb_date_cue_counted(d, k, cue);
	/*
	 * "...; trong ngày 08 tháng 5 năm 2020, Đại hội ... được diễn ra": the
	 * day the clause after it happens in, set off as the days counted
	 * are, after a comma or a semicolon (probe bb BB2)
	 */
	if (!counted && tok_is(d, k, "ngay") && tok_is(d, k - 1, "trong") && k >= ls + 2 &&
		!tok_has(d, k - 1, T_UPPER) && !tok_has(d, k, T_NL) &&
		(tok_punct(d, k - 2, ',') || tok_punct(d, k - 2, ';')) &&
		gb_date_cue_ngay(d, k, cue) && cue->has_date && tok_punct(d, cue->end, ','))
		counted = true;
	if (!counted &&
		(!tok_punct(d, k - 1, ',') ||
		 !(tok_is(d, k, "ngay") ? gb_date_cue_ngay(d, k, cue) :
		   tok_is(d, k, "tu") && gb_date_cue_tu(d, k, cue))))
		return false;
	if (!clause_after_date(d, cue->end, le))
		return false;
	q = tok_punct(d, cue->end, ',') ? cue->end + 1 : cue->end;

	/*
	 * days counted are a meeting's, never a document's: the meeting they
	 * count may head the clause, "Đại hội ... sẽ diễn ra"
	 */
	return (counted && gb_tok_capitalized(d, q) && kind_at(d, q, NULL) > 0) ||
		dates_meeting_clause(d, ls, k, q, le);
}

/*
 * A cue that opens the lead: not a dateline, not a cited document's date.
 * *decided: the token of the last date of a meeting decided on, whose line
 * goes on about it ("Trong đó, phiên khai mạc vào ngày 21/1"), or -1.
 * *planned: set when the cue is refused as the day planned for the meeting
 * its sentence names (planned_date_before()'s own), left alone otherwise.
 */
GB_HOT_INLINE bool
lead_cue(const GbDoc *d, KindCursor *kc, PlenumSeen *ps, int ls, int le, int k, GbDateCue *cue,
		 int *decided, bool *planned)
{
	int			j,
				m;
	bool		field = false,	/* the date of a notice's time field */
				set_off = false;	/* set_off_cue()'s */

	/*
	 * Where no cue can start, the cue is left empty as gb_date_cue() leaves
	 * it: gb_meet_finish() reads it even when no lead was found.
	 */
	if (!gb_may_start_date_cue(d, k))
	{
		memset(cue, 0, sizeof(*cue));
		return false;
	}
	if (!gb_date_cue(d, k, cue) &&
		!(dated_meeting_before(d, ls, k) && gb_date_cue_ngay(d, k, cue)) &&
		!working_day_cue(d, k, cue) &&
		!(after_purpose(d, ls, k) && gb_date_cue_ngay(d, k, cue) && tok_punct(d, cue->end, ',')) &&
		!(held_date_after(d, ls, k) && gb_date_cue_ngay(d, k, cue)) &&
		!(tok_is(d, k, "ngay") && !(d->tok[k].flags & T_UPPER) &&
		  clock_or_field_cue(d, ls, k, cue, &field)) &&
		!(set_off = set_off_cue(d, ls, le, k, cue)))
		return false;
	/*
	 * "Quyết định số 147 Ngày 14/5": a document's date; not one that ends
	 * the sentence before, "... cụ thể hóa Nghị quyết. Ngày 20/5/2024,
	 * Đảng ủy xã tổ chức ...", which opens a sentence of its own (probe 56
	 * G5)
	 */
	for (j = k - 1; j >= ls && j >= k - 8 && !cue->time_of_day && !sentence_end(d, j); j--)
		if ((m = gb_dict_match(d, j, CAT_DOCTYPE, NULL)) > 0 &&
			/*
			 * "Thực hiện chương trình công tác năm 2019, ngày 01/10, Ban
			 * Chấp hành ... tổ chức hội nghị": a type in lower case with no
			 * number is a common noun; set_off_cue() has weighed the
			 * documents named (probe 96 ad7)
			 */
			!(set_off && !gb_tok_capitalized(d, j) && !tok_is(d, j + m, "so") &&
			  !tok_has(d, j + m, T_NUM)))
		{
			if (!dated_after_name(d, k))
				return false;
			break;
		}
	if (issues_document(d, cue->end, le))
		return false;
	/*
	 * "Quy định số 131-QĐ/TW về ..., được ban hành vào ngày 27/10/2023,
	 * đã mang lại ...": a day right after "ban hành (vào)", however long
	 * the document's name before it, is its issue (README `held_on`),
	 * whatever meeting the window names (probe av AV1)
	 */
	j = tok_is(d, k - 1, "vao") ? k - 2 : k - 1;
	if (j >= 1 && tok_is(d, j, "hanh") && tok_is(d, j - 1, "ban") && !tok_has(d, j - 1, T_UPPER) &&
		gb_exact_any(d, j, "hành"))
		return false;
	if (!(d->tok[k].flags & T_UPPER) &&
		(*decided >= ls || decided_meeting_before(d, ls, k) || planned_date_before(d, ls, k, planned)))
	{
		*decided = k;
		return false;
	}
	if (conveyed_meeting_dated(d, ps, ls, k))
		return false;
	/* a time field: the meeting named in the lines before */
	if (field)
		return meeting_named_before(d, ls);
	/*
	 * "Thực hiện Hướng dẫn số ..., ngày 04/10/2022, Thanh tra tỉnh đã tổ
	 * chức học tập ...": set_off_cue() has found the clause's verb holding
	 * a meeting or, in the sentence opening its paragraph, an activity,
	 * which names no kind for kind_near() (probe ae AE3)
	 */
	if (set_off ||
		kind_near(d, kc, k, k - LEAD_BEFORE > ls ? k - LEAD_BEFORE : ls,
				  k + LEAD_AFTER < le ? k + LEAD_AFTER : le))
		return true;
	return cue->has_date && same_day_meeting(d, le, k + LEAD_AFTER);
}

/*
 * organizer_anywhere_at() for the few tokens it may take: a meeting verb
 * or "họp" (CAT_VERBSTART), "buổi" of a working session, or the badge's
 * act, "trao", "truy tặng" Huy hiệu.  Most tokens
 * of the lines before the lead are neither.
 */
GB_HOT_INLINE void
organizer_anywhere(GbMeetState *st, const GbDoc *d, int ls, int k)
{
	if (organizer_verb_start(d, k) || tok_is(d, k, "buoi"))
		organizer_anywhere_at(st, d, ls, k);
}

/*
 * Whether the date at k is a start or a deadline: "từ ngày 1/8/2025",
 * "trước ngày 30/9", "kể từ 1/7", "đến ngày 31/12", or a meeting's close,
 * "bế mạc ngày 29/4/2021".  Announced at a meeting or counted up to it, it
 * is near the meeting, before or after; "từ ngày 1/1/2024 đến nay" is
 * past.
 */
static bool
bound_date_at(const GbDoc *d, int k, int end)
{
	int			j = tok_is(d, k - 1, "ngay") ? k - 2 : k - 1;

	if (tok_is(d, j, "het"))	/* "đến hết ngày 31/12" */
		j--;
	/* "(dự kiến) bế mạc ngày 29/4/2021": the meeting's own last day (probe 62 G2) */
	if (tok_is(d, j, "mac") && tok_is(d, j - 1, "be") && tok_is(d, k - 1, "ngay"))
		return true;
	/* "từ", not the weekday "thứ Tư" nor "Trung ương" of a code, "05-CT/TƯ ngày" */
	if (!(tok_is(d, j, "tu") && !tok_is(d, j - 1, "thu") && !tok_punct(d, j - 1, '/')) &&
		!tok_is(d, j, "den") && !tok_is(d, j, "truoc"))
		return false;
	return !((tok_is(d, end, "den") || tok_is(d, end, "toi")) && tok_is(d, end + 1, "nay"));
}

/*
 * Whether the bound at k (bound_date_at()) is a deadline: "(hoàn thành)
 * trước ngày 30/4/2024", "hoàn thành đến hết ngày 31/12", "chậm nhất đến
 * ngày 15/5".  A meeting that sets a deadline, or prepares for it, is held
 * before it (probe b G1); one near a start ("từ ngày 1/8/2025") or a count
 * up to a day ("tính đến ngày 30/6/2024") may be on either side.
 */
static bool
deadline_at(const GbDoc *d, int k)
{
	int			j = tok_is(d, k - 1, "ngay") ? k - 2 : k - 1;

	if (tok_is(d, j, "truoc"))
		return !tok_is(d, j - 1, "tu");	/* "từ trước ngày 1/7/2025": since */
	if (tok_is(d, j, "het"))
		j--;
	return tok_is(d, j, "den") &&
		(tok_is(d, j - 1, "xong") ||
		 (tok_is(d, j - 2, "hoan") && tok_is(d, j - 1, "thanh")) ||
		 (tok_is(d, j - 2, "cham") && tok_is(d, j - 1, "nhat")));
}

/*
 * Whether the full date at k closes a range opened by "từ": "từ ngày
 * 9/10-13/10/2024", "từ ngày 9-13/10/2024".  The span of an event, a trip
 * or a campaign written near the meeting, like its start; not a document
 * the meeting cites, which it must come after.
 */
static bool
range_close_at(const GbDoc *d, int k)
{
	int			j = k - 2;

	if (!tok_punct(d, k - 1, '-') || !tok_has(d, j, T_NUM))
		return false;
	/* the first day with its month: "9/10-13/10/2024" */
	if ((tok_punct(d, j - 1, '/') || tok_punct(d, j - 1, '.')) && tok_has(d, j - 2, T_NUM))
		j -= 2;
	return bound_date_at(d, j, k - 1);
}

#define LIFE_NAME_WORDS	5		/* words of a name after the honorific of a career's step */

/*
 * Whether the date at k opens a step of a person's life or career, its
 * subject a person named by an honorific: "Ngày 31.12.2009 đồng chí (A)
 * nghỉ hưu", "ngày 3/2/1975, ông A vào Đảng" (probe bh BH4).  A
 * biography's day dates no meeting, however it is ordered.
 */
static bool
life_step_after(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	GbDate		dt;
	bool		has_year;
	int			q,
				m;

	if (!gb_parse_date(d, k, &q, &dt, &has_year) || !has_year || tok_has(d, q, T_NL))
		return false;
	if (tok_punct(d, q, ','))
		q++;
	if (tok_has(d, q, T_NL) || (m = gb_dict_match(d, q, CAT_HONORIFIC, &ph)) == 0 ||
		(m == 1 && !gb_same_word(d, q, ph)))
		return false;
	q += m;
	/* "đồng chí Dương Thị Thu Hiền nghỉ hưu": past the person's name */
	for (m = 0; m < LIFE_NAME_WORDS && gb_tok_capitalized(d, q) && !tok_has(d, q, T_NL); m++)
		q++;
	if (tok_is(d, q, "duoc") || (tok_is(d, q, "da") && gb_exact_any(d, q, "đã")))
		q++;
	return !tok_has(d, q, T_NL) && (m = gb_dict_match(d, q, CAT_LIFEWORD, &ph)) > 0 &&
		ph->aux != LIFE_ALONE && (ph->value == NULL || gb_exact_words(d, q, m, ph->value));
}

#define CONFIRMED_BACK	8		/* tokens of the date before ", chính thức ngày" */

/*
 * "vào Đảng ngày 01.5.1972, chính thức ngày 01.5.1973": the day at k a
 * member was confirmed, after the day admitted, is a step of the same
 * life (probe bh BH4).
 */
static bool
confirmed_after_life(const GbDoc *d, int k)
{
	GbDate		dt;
	bool		has_year;
	int			j,
				e,
				c = k - 4;		/* the comma before "chính thức ngày" */

	if (!tok_is(d, k - 1, "ngay") || !tok_is(d, k - 2, "thuc") || !tok_is(d, k - 3, "chinh") ||
		!tok_punct(d, c, ',') || tok_has(d, k - 3, T_NL))
		return false;
	for (j = c - 1; j >= 1 && j >= c - CONFIRMED_BACK; j--)
		if (tok_is(d, j - 1, "ngay") && tok_has(d, j, T_NUM) &&
			gb_parse_date(d, j, &e, &dt, &has_year) && e == c)
			return life_date(d, j);
	return false;
}

/*
 * "Chi bộ ... đã được thành lập vào năm 2009": the year a unit was founded,
 * at "năm" k, is its history, as a life's year is (life_date()); it gives
 * the meeting that reports on the unit now no year (probe bh BH4).
 */
static inline bool
founded_year(const GbDoc *d, int k)
{
	int			j = tok_is(d, k - 1, "vao") ? k - 2 : k - 1;

	return tok_is(d, j - 1, "thanh") && tok_is(d, j, "lap") && !tok_has(d, j, T_NL) &&
		!tok_has(d, k, T_NL);
}

/*
 * Whether the year or the date at k ("năm" or the day) is of a person's
 * life, not the report's: "Ông A sinh năm 1969", "sinh ngày 12/5/1970",
 * "Ngày sinh: 12/5/1970", "hy sinh năm 1968", "vào Đảng ngày 3/2/1975".  A
 * biography in a personnel report dates no meeting.  "sinh" stands alone
 * after a name, a comma or an honorific ("ông sinh năm"), not after the
 * first syllable of "học sinh", "phát sinh".
 */
bool
life_date(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			p = k,
				j,
				n;

	/* a date: "sinh ngày 12/5/1970", "Ngày sinh: 12/5/1970" */
	if (tok_has(d, k, T_NUM))
	{
		if (life_step_after(d, k) || confirmed_after_life(d, k))
			return true;
		if (tok_punct(d, p - 1, ':'))
			p--;
		if (tok_is(d, p - 1, "ngay"))
			p--;
	}
	/*
	 * a career's start: "vào Đảng từ năm 1975", "tham gia (hoạt động)
	 * cách mạng từ năm 1945" (probe-q G7)
	 */
	if (tok_is(d, p - 1, "tu") && gb_exact_any(d, p - 1, "từ"))
		p--;
	if (tok_is(d, p - 2, "cach") && tok_is(d, p - 1, "mang") &&
		((tok_is(d, p - 4, "tham") && tok_is(d, p - 3, "gia")) ||
		 (tok_is(d, p - 4, "hoat") && tok_is(d, p - 3, "dong"))))
		return true;
	for (j = p - 1; j >= 0 && j >= p - 2; j--)
		if (gb_dict_may_match(d, j, CAT_LIFEWORD) &&
			(n = gb_dict_match(d, j, CAT_LIFEWORD, &ph)) == p - j &&
			(ph->value == NULL || gb_exact_words(d, j, n, ph->value)) &&
			(ph->aux != LIFE_ALONE || !tok_has(d, j - 1, T_WORD) ||
			 phrase_ends_at(d, j, CAT_HONORIFIC, 0) ||
			 (gb_tok_capitalized(d, j - 1) && !tok_has(d, j - 1, T_NL) && tok_has(d, j - 2, T_WORD))))
			return true;
	return false;
}

/*
 * Whether "năm" at k opens a span of years that runs on: "từ năm 2010 đến
 * năm 2015" (a career), "Từ năm 2015 đến nay"; its first year is long
 * before any meeting that speaks of it.
 */
static inline bool
span_opening(const GbDoc *d, int k)
{
	return tok_is(d, k - 1, "tu") && gb_exact_any(d, k - 1, "từ") &&
		(tok_is(d, k + 2, "den") || tok_is(d, k + 2, "toi"));
}

/*
 * "diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020": the days of an event
 * whose last, full date dt is at k, its first day written bare before it.
 */
static void
note_span(GbMeetState *st, const GbDoc *d, int k, GbDate dt)
{
	int			j = tok_is(d, k - 1, "ngay") ? k - 2 : k - 1,
				first;

	if (!tok_is(d, j, "den") || !tok_has(d, j - 1, T_NUM))
		return;
	first = gb_tok_int(d, j - 1);
	j = tok_is(d, j - 2, "ngay") ? j - 3 : j - 2;
	if (!tok_is(d, j, "tu") || first < 1 || first >= dt.d)
		return;
	st->span_start = dt;
	st->span_start.d = first;
	st->span_end = dt;
}

#define ANNIVERSARY_BACK	16	/* tokens from an anniversary's span back to "kỷ niệm" */

/*
 * "xây dựng kế hoạch kỷ niệm 100 năm Ngày Báo chí Cách mạng Việt Nam
 * (21.6.1925 – 21.6.2025)": the span at k of an anniversary still ahead,
 * which a plan prepares ("kế hoạch", "chuẩn bị (cho lễ)", "hướng tới",
 * "tiến tới" before "kỷ niệm"), in its clause.  The meeting that plans
 * it may be a year or more before its last day: that day bounds nothing,
 * nor gives the year (probe ar AR2); an anniversary held keeps it.
 */
static bool
anniversary_planned(const GbDoc *d, int k)
{
	int			j,
				p;

	for (j = k - 1; j > 1 && j >= k - ANNIVERSARY_BACK; j--)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_has(d, j + 1, T_NL))
			return false;
		if (!tok_ky(d, j) || !tok_is(d, j + 1, "niem"))
			continue;
		p = j;
		if (tok_is(d, p - 1, "le"))
			p--;
		if (tok_is(d, p - 1, "cho"))
			p--;
		return p >= 2 && !tok_has(d, p, T_NL) && !tok_has(d, p - 1, T_NL) &&
			((tok_is(d, p - 2, "ke") && tok_is(d, p - 1, "hoach")) ||
			 (tok_is(d, p - 2, "chuan") && tok_is(d, p - 1, "bi")) ||
			 ((tok_is(d, p - 2, "huong") || tok_is(d, p - 2, "tien")) && tok_is(d, p - 1, "toi")));
	}
	return false;
}

#define FOUNDED_BACK	12		/* tokens from a date in brackets back to "thành lập" */

/*
 * "Từ khi thành lập Ban cán sự Đảng huyện Bắc Hà (12/3/1950) ...", "ngày
 * thành lập Đảng bộ tỉnh (3/2/1947)": the date in brackets after a body
 * founded, in the founding's clause, is history, as a life's date is
 * (life_date()); it neither dates the meeting nor bounds it (probe ac AC4);
 * so is one after a tradition day, "Ngày truyền thống ... (7-11-1948)".
 */
static bool
founding_date(const GbDoc *d, int k, int end)
{
	int			j;

	/*
	 * "công nhận ngày 7-11-1948 là Ngày truyền thống của Đảng bộ Khối":
	 * the day named a tradition day is a founding's too (probe ba BA5)
	 */
	if ((tok_is(d, end, "la") || tok_is(d, end, "lam")) && tok_is(d, end + 1, "ngay") &&
		tok_is(d, end + 2, "truyen") && tok_is(d, end + 3, "thong") &&
		!tok_has(d, end, T_NL) && !tok_has(d, end + 3, T_NL))
		return true;
	if (!tok_punct(d, k - 1, '(') || !tok_punct(d, end, ')'))
		return false;
	for (j = k - 2; j >= 1 && j >= k - FOUNDED_BACK; j--)
	{
		if (clause_mark(d, j) || tok_has(d, j + 1, T_NL))
			return false;
		if ((tok_is(d, j - 1, "thanh") && tok_is(d, j, "lap")) ||
			(tok_is(d, j - 1, "truyen") && tok_is(d, j, "thong")))
			return true;
	}
	return false;
}

/*
 * "Lớp ... khai giảng ngày 12-1-2012": a course's first day; the course
 * runs months or years, so its closing, "Ngày 27-1, ... Lễ Bế giảng",
 * need not be within the year after it (probe az AZ8).  The same day told
 * again with its year still dates it ("Sáng 12-1, ... khai giảng").
 */
static inline bool
course_start(const GbDoc *d, int k)
{
	int			p = k - 1;

	if (!tok_is(d, p, "ngay"))
		return false;
	if (tok_is(d, p - 1, "vao") || tok_is(d, p - 1, "tu"))
		p--;
	return tok_is(d, p - 2, "khai") && tok_is(d, p - 1, "giang") && !tok_has(d, p - 1, T_NL) &&
		!tok_has(d, p, T_NL);
}

/*
 * "“Ngày 23/5/2021, cử tri cả nước đi bầu cử ...”": a date opening a line
 * quoted, a site's banner or a slogan above the report, tells a day the
 * nation remembers or awaits, not a document the meeting follows; it
 * neither dates the meeting nor bounds it (probe ak AK6).
 */
static inline bool
slogan_date(const GbDoc *d, int k)
{
	return tok_is(d, k - 1, "ngay") && tok_punct(d, k - 2, '"') &&
		(k == 2 || tok_has(d, k - 2, T_NL));
}

#define PLANNED_DAY_BACK	40	/* tokens from "ngày" back to its clause's "sẽ" */

/*
 * "Đại hội sẽ tiến hành phiên trù bị 1 buổi, vào lúc 13 giờ 30, ngày
 * 27/10/2015 và chính thức khai mạc vào 8 giờ, ngày 28/10/2015": a day
 * ("ngày" at t) in a sentence told in the future before it, its program's,
 * no document named between (stop 41 AP7).
 */
static bool
planned_clause_day(const GbDoc *d, int t)
{
	int			j;

	for (j = t - 1; j >= 0 && j > t - PLANNED_DAY_BACK; j--)
	{
		if (tok_punct(d, j, ';') || gb_sentence_break(d, j + 1) || tok_has(d, j + 1, T_NL) ||
			(gb_dict_may_match(d, j, CAT_DOCTYPE) && gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0))
			return false;
		if (future_mark(d, j))
			return true;
	}
	return false;
}

/*
 * A full date at k, kept when it is the latest written so far: the meeting
 * comes after the documents it cites.  A start or a deadline only bounds it
 * from nearby; a meeting still planned ("Đại hội ... sẽ khai mạc ngày
 * 12-12-2012", "kỳ họp dự kiến được tổ chức vào ngày 01/7/2021",
 * planned_verb()) comes after the report's, which does not follow it
 * (probe 54 G4, probe 55 G4).
 */
static void
note_date(GbMeetState *st, const GbDoc *d, int k)
{
	GbDate		dt;
	bool		has_year,
				days;
	int			end;

	/*
	 * a year below 1000 is a page's placeholder ("Thứ Hai, ngày
	 * 01/01/0001" above the headline), no event's: it would date the lead
	 * in year 1
	 */
	if (k < st->range_end || !gb_parse_date(d, k, &end, &dt, &has_year) || dt.y < 1000 ||
		life_date(d, k) || founding_date(d, k, end) || slogan_date(d, k))
		return;
	/*
	 * "(16-10-1948 - 16-10-2023)": a span of years, an anniversary; its
	 * last day is near the meeting, not a document it cites
	 */
	if (tok_punct(d, end, '-') && !tok_has(d, end + 1, T_NL))
	{
		GbDate		dt2;
		bool		y2;
		int			end2;

		if (gb_parse_date(d, end + 1, &end2, &dt2, &y2) && dt2.y && y2 && has_year &&
			gb_date_days(dt2) > gb_date_days(dt))
		{
			st->range_end = end2;
			if (st->bound_date.y == 0 && !anniversary_planned(d, k))
				st->bound_date = dt2;
			return;
		}
	}
	if (dt.m >= 1 && dt.m <= 12 && dt.d >= 1 && dt.d <= 31 &&
		st->day_year[dt.m - 1][dt.d - 1] < dt.y)
		st->day_year[dt.m - 1][dt.d - 1] = (uint16_t) dt.y;
	if (bound_date_at(d, k, end) || range_close_at(d, k))
	{
		if (st->bound_date.y == 0)
		{
			st->bound_date = dt;
			st->bound_end = deadline_at(d, k);
		}
		if (st->span_start.y == 0)
			note_span(st, d, k, dt);
	}
	else if (tok_is(d, k - 1, "ngay") &&
			 (planned_verb(d, 0, k - 1, &days) >= 0 || planned_clause_day(d, k - 1)))
	{
		if (st->ahead_date.y == 0)
			st->ahead_date = dt;
	}
	else if (!course_start(d, k))
	{
		bool		bare = !tok_is(d, k - 1, "ngay");

		if (st->latest_date.y == 0 || gb_date_days(dt) > gb_date_days(st->latest_date))
		{
			st->latest_date = dt;
			st->latest_bare = bare;
		}
		if (!bare && date_order(dt) > date_order(st->latest_dated))
			st->latest_dated = dt;
	}
}

#define JOINED_ACT		8		/* words of an act joined to a review: "và biểu dương điển hình" */

/*
 * Whether a year or a date at j follows a word that makes it a target or
 * a deadline: "đến năm 2030", "tới năm 2025", "trước năm 2030", "trước
 * ngày 30/6": the time the work must be done by, which dates no meeting
 * and no document (probe bb BB1).
 */
static inline bool
target_before(const GbDoc *d, int j)
{
	return j >= 1 && !tok_has(d, j, T_NL) &&
		(tok_is(d, j - 1, "den") || tok_is(d, j - 1, "toi") ||
		 (tok_is(d, j - 1, "truoc") && gb_exact_any(d, j - 1, "trước|Trước")));
}

/*
 * "sơ kết 5 năm thực hiện", "tổng kết 10 năm triển khai" at k (the number):
 * the meeting is that many years after the year of the document reviewed,
 * the first full date or "năm 2009" after it, before another item of the
 * clause ("và 6 tháng đầu năm 2024", ", đánh giá ...") begins.  A document
 * named there without its date ("tổng kết 10 năm thực hiện Nghị quyết 27"
 * in a headline) is dated by its citation elsewhere in the text.
 */
static void
note_review(GbMeetState *st, const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	const char *kind = NULL;
	int			number = 0,
				n,
				j,
				m,
				end,
				v = k + 2;

	if (!tok_is(d, k + 1, "nam") || !tok_is(d, k - 1, "ket") ||
		!(tok_is(d, k - 2, "so") || tok_is(d, k - 2, "tong")))
		return;
	/*
	 * "sơ kết 2 năm và biểu dương điển hình thực hiện tốt Kết luận 01": a
	 * second act joined to the review, its object before the verb that
	 * names the document (stop 29 D5)
	 */
	if (tok_is(d, v, "va") && !tok_has(d, v, T_UPPER))
		for (j = v + 1; j < v + 1 + JOINED_ACT && j < d->ntok; j++)
		{
			if (tok_has(d, j, T_PUNCT) || tok_has(d, j, T_NUM) || tok_has(d, j, T_NL))
				break;
			if (implements_at(d, j))
			{
				v = j;
				break;
			}
		}
	if (!implements_at(d, v))
		return;
	n = gb_tok_int(d, k);
	if (n < 1 || n > 60)
		return;
	for (j = v + 2; j < d->ntok && j < v + 2 + REVIEWED_DOC; j++)
	{
		GbDate		dt;
		bool		has_year;

		if (tok_punct(d, j, ';') || (d->tok[j].flags & T_NL) || tok_is(d, j, "va") ||
			(tok_punct(d, j, ',') && !tok_is(d, j + 1, "ngay")) ||
			(tok_punct(d, j, '.') && (j + 1 >= d->ntok || (d->tok[j + 1].flags & T_SPACE))))
			break;
		if (!kind && gb_dict_may_match(d, j, CAT_DOCTYPE) &&
			(m = gb_dict_match(d, j, CAT_DOCTYPE, &ph)) > 0)
		{
			int			q = tok_is(d, j + m, "so") ? j + m + 1 : j + m;

			if (tok_has(d, q, T_NUM) && !is_year(d, q))
			{
				kind = ph->value;
				number = gb_tok_int(d, q);
			}
		}
		/*
		 * "sơ kết 3 năm thực hiện Nghị quyết số 26 ... hoàn thành Khu đô
		 * thị mới Thủ Thiêm trước năm 2030": a year after "trước", "đến",
		 * "tới" is the document's target, not the year it is dated from
		 * (probe bb BB1)
		 */
		if (target_before(d, j))
			continue;
		if (may_start_date(d, j) && gb_parse_date(d, j, &end, &dt, &has_year))
		{
			if (dt.y)
			{
				st->review_year = dt.y + n;
				return;
			}
			j = end - 1;
		}
		else if (tok_is(d, j, "nam") && is_year(d, j + 1) && !tok_is(d, j - 1, "dau") &&
				 !tok_is(d, j - 1, "cuoi") && !tok_is(d, j - 1, "thang"))
		{
			st->review_year = gb_tok_int(d, j + 1) + n;
			return;
		}
	}
	if (kind && !st->review_kind)
	{
		st->review_years = n;
		st->review_kind = kind;
		st->review_number = number;
	}
}

/*
 * Whether the year of "năm" at k dates no meeting, and why.  A goal named a
 * few tokens before it in its clause: "nhằm đưa nước ta trở thành nước công
 * nghiệp ... năm 2020", "phấn đấu năm 2030".  A plan: a plan noun just
 * before it, "triển khai nhiệm vụ năm 2024", "kế hoạch công tác năm 2024"
 * (a meeting late in 2023 sets them), or a planning or scheduling word
 * opening its clause, "phương hướng ... năm 2024", "bắt đầu từ tháng 4
 * năm 2026", "dự kiến ... năm 2026"; or a plan noun opening the object the
 * year closes, however many areas it lists, "triển khai nhiệm vụ phát
 * triển kinh tế - xã hội, quốc phòng - an ninh năm 2024", unless the
 * sentence reviews it.
 */
#define YEAR_GOAL		1
#define YEAR_PLAN		2

/*
 * Whether "vào năm" ends at k ("năm") and its year closes a clause of a
 * sentence naming an aim before it: a purpose ("để", "nhằm") or a goal
 * word ("đạt chuẩn", "dẫn đầu").  "để tỉnh là tỉnh khá của cả nước vào
 * năm 2030", "Kiên Giang duy trì là tỉnh dẫn đầu khu vực, khá của cả nước
 * vào năm 2030": the year the aim is to be reached by, however many
 * commas its list of aims holds.  So is a figure's "đạt", reached or to be
 * reached: "thu nhập bình quân đầu người đạt hơn 3.000 USD vào năm 2023"
 * reports a year's results, under a meeting of the next (probe 61 G6).  A
 * year opening its clause ("vào năm 2020, tỉnh đã ...") tells when a thing
 * was done and is not one.
 */
static bool
aim_reached_by(const GbDoc *d, int k)
{
	int			e = k + 2,
				j;

	/*
	 * "... dẫn đầu khu vực ĐBSCL vào năm 2025 và trở thành ...": "và"
	 * closes it too, joining the next aim (probe ap AP2)
	 */
	if (!tok_is(d, k - 1, "vao") ||
		!(e >= d->ntok || tok_has(d, e, T_PUNCT) || tok_has(d, e, T_NL) ||
		  (tok_is(d, e, "va") && gb_exact_any(d, e, "và"))))
		return false;
	for (j = k - 2; j >= 0 && j >= k - AIM_BACK; j--)
	{
		/* not the dot of a figure's thousands, "3.000 USD" */
		if ((tok_punct(d, j, '.') && !(tok_has(d, j - 1, T_NUM) && tok_has(d, j + 1, T_NUM) &&
									   !tok_has(d, j + 1, T_SPACE))) ||
			tok_punct(d, j, ';') || tok_punct(d, j, ':') || tok_has(d, j + 1, T_NL))
			return false;
		if (gb_exact_any(d, j, gb_purpose_words) || meetword(d, j, MW_TARGET, NULL) > 0 ||
			(tok_is(d, j, "dat") && gb_exact_any(d, j, "đạt")))
			return true;
	}
	return false;
}

/*
 * Whether the work programme named at j ("chương trình công tác") is one
 * drafted or adopted, a verb of that or "dự thảo" a few words before it:
 * "cho ý kiến vào dự thảo chương trình công tác năm 2023", "thông qua
 * Chương trình công tác toàn khóa và năm 2016".  Its year is that of the
 * work ahead, not the meeting's, as a plan's (probe-l G2b); a programme
 * carried out ("Thực hiện chương trình công tác năm 2017, chiều 19-10")
 * is the meeting's own year.
 */
static bool
programme_drafted(const GbDoc *d, int j)
{
	int			t;

	for (t = j - 1; t >= 0 && t >= j - 4; t--)
	{
		if (tok_has(d, t, T_PUNCT) || tok_has(d, t + 1, T_NL))
			return false;
		if ((tok_is(d, t - 1, "du") && tok_is(d, t, "thao")) ||
			(tok_is(d, t - 1, "thong") && tok_is(d, t, "qua")) ||
			(tok_is(d, t - 1, "y") && tok_is(d, t, "kien")) ||
			(tok_is(d, t - 1, "gop") && tok_is(d, t, "y")) ||
			(tok_is(d, t - 1, "xay") && tok_is(d, t, "dung")) ||
			(tok_is(d, t - 1, "ban") && tok_is(d, t, "hanh") && gb_exact_any(d, t, "hành")))
			return true;
	}
	return false;
}

static int
target_year(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j;

	if (aim_reached_by(d, k))
		return YEAR_GOAL;
	for (j = k - 1; j >= 0 && j >= k - TARGET_BACK; j--)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ',') ||
			tok_punct(d, j, ':') || tok_has(d, j + 1, T_NL))
			break;
		/* one look at the meeting word at j, for both */
		if (gb_dict_may_match(d, j, CAT_MEETWORD) && gb_dict_match(d, j, CAT_MEETWORD, &ph) > 0)
		{
			if (ph->aux == MW_TARGET)
				return YEAR_GOAL;
			if (ph->aux == MW_PLAN && j >= k - PLAN_BACK)
				return YEAR_PLAN;
			if (ph->aux == MW_SCHEDULE && programme_drafted(d, j))
				return YEAR_PLAN;
		}
		if (gb_dict_may_match(d, j, CAT_PLANWORD) && gb_dict_match(d, j, CAT_PLANWORD, NULL) > 0)
			return YEAR_PLAN;
	}
	/* "Năm 2025, Đảng ủy xác định ...": a year heading a sentence of tasks */
	if (plan_heading(d, k, k + 2))
		return YEAR_PLAN;
	return plan_object(d, k, 0) && !sentence_reviews(d, k, 0) ? YEAR_PLAN : 0;
}

/*
 * "Đại hội ... dự kiến tổ chức vào tháng 10/2025", "Dự kiến tổ chức Đại
 * hội ... vào tháng 10/2025": the month of "tháng" at t in a clause in the
 * future, that of a meeting still planned, which the report's comes before
 * (stop 28 G3).
 */
static bool
planned_month(const GbDoc *d, int t)
{
	int			j;

	if (!tok_is(d, t - 1, "vao"))
		return false;
	for (j = t - 2; j >= 0 && j > t - FUTURE_AHEAD; j--)
	{
		if (tok_punct(d, j, ';') || gb_sentence_break(d, j + 1))
			return false;
		if (future_mark(d, j))
			return true;
	}
	return false;
}

/*
 * "Đến tháng 6/2023, thu nội địa đạt ...", "sẽ hoàn thành trong tháng
 * 9/2014": a month of a year at k (the month's number), the first such
 * noted.  A report counts its figures up to a recent month and sets
 * deadlines a few months on: the meeting is within months of it, unlike a
 * year alone, which a figure may date years back.  Not a month compared
 * with ("so với tháng 6/2022") nor one of a person's life or career.
 */
static inline void
note_month_year(GbMeetState *st, const GbDoc *d, int k)
{
	int			m,
				y,
				end;

	if (st->month_date.y || !tok_is(d, k - 1, "thang") || d->tok[k].len > 2 ||
		(m = gb_tok_int(d, k)) < 1 || m > 12 ||
		(y = year_after(d, k + 1, &end)) == 0 ||
		compared_year(d, k - 1) || life_date(d, k - 1) || career_span(d, k - 1, end))
		return;
	if (planned_month(d, k - 1))
	{
		if (st->ahead_date.y == 0)
		{
			st->ahead_date.y = y;
			st->ahead_date.m = m;
			st->ahead_date.d = gb_month_last_day(y, m);
		}
		return;
	}
	/*
	 * "Đại hội cấp xã dự kiến hoàn thành trước tháng 4/2024": a deadline
	 * the meeting sets, which it is held before, as before a meeting
	 * planned; never the year after it (probe bd BD5).  "Đến tháng
	 * 6/2023, thu nội địa đạt ..." counts figures up to a month: near it.
	 */
	if (tok_is(d, k - 2, "truoc") && gb_exact_any(d, k - 2, "trước") && !tok_has(d, k - 1, T_NL))
	{
		if (st->ahead_date.y == 0)
		{
			st->ahead_date.y = y;
			st->ahead_date.m = m;
			st->ahead_date.d = 1;
		}
		return;
	}
	st->month_date.y = y;
	st->month_date.m = m;
	st->month_date.d = 15;
}

/*
 * "kỷ niệm 90 năm ngày thành lập các ban Đảng, Văn phòng huyện ủy (1930 -
 * 2020)" at k (the number, before "năm"): an anniversary told by the years of its span
 * alone is held in the span's last year when the span is that many years
 * (probe w W7); the same span with its days is read by note_date().  The
 * span is looked for in the anniversary's clause only, before a stop.
 */
static void
note_anniversary(GbMeetState *st, const GbDoc *d, int k)
{
	int			n,
				j;

	if (!tok_is(d, k + 1, "nam") || !tok_is(d, k - 1, "niem") ||
		!tok_ky(d, k - 2))
		return;
	n = gb_tok_int(d, k);
	for (j = k + 2; j + 4 < d->ntok && j < k + 2 + REVIEWED_DOC; j++)
	{
		if (tok_punct(d, j, ';') || tok_punct(d, j, '.') || tok_has(d, j, T_NL))
			return;
		if (tok_punct(d, j, '(') && is_year(d, j + 1) && tok_punct(d, j + 2, '-') &&
			is_year(d, j + 3) && tok_punct(d, j + 4, ')'))
		{
			if (gb_tok_int(d, j + 3) - gb_tok_int(d, j + 1) == n && !anniversary_planned(d, k))
				st->review_year = gb_tok_int(d, j + 3);
			return;
		}
	}
}

/*
 * The token of the year "năm" at k names, or -1: "năm 2020", and "năm mới
 * 2020", the new year ("Sáng ngày 01/01, ngày đầu tiên của năm mới 2020,
 * ...", probe 60 G7).
 */
static inline int
year_of_nam(const GbDoc *d, int k)
{
	if (is_year(d, k + 1))
		return k + 1;
	if (tok_is(d, k + 1, "moi") && gb_exact_any(d, k + 1, "mới") && is_year(d, k + 2))
		return k + 2;
	return -1;
}

/*
 * Years written anywhere: the fallback for a date without one.  The first
 * year that dates nothing else, and the first year planned; the first year
 * of a range ("kế hoạch 5 năm 2011 - 2015") opens a plan or a term and is
 * neither, nor is a year of a person's life or the opening of a span
 * ("sinh năm 1969", "từ năm 2010 đến năm 2015").
 */
static inline void
note_years(GbMeetState *st, const GbDoc *d, int k)
{
	int			y;

	if (may_start_date(d, k))
	{
		note_date(st, d, k);
		if (!st->review_year)
			note_review(st, d, k);
		note_month_year(st, d, k);
	}
	/* the rest reads a "năm" (year) at k */
	if (!tok_is(d, k, "nam"))
		return;
	/* "kỷ niệm 90 năm": the number may be no day's */
	if (!st->review_year && tok_has(d, k - 1, T_NUM))
		note_anniversary(st, d, k - 1);
	if ((!st->first_year || !st->plan_year) && (y = year_of_nam(d, k)) > k &&
		!target_before(d, k) && !compared_year(d, k) &&
		!range_from(d, y))
	{
		int			t = target_year(d, k);

		if (t == 0 && !st->first_year && !span_opening(d, k) && !life_date(d, k) &&
			!founded_year(d, k))
			st->first_year = gb_tok_int(d, y);
		else if (t == YEAR_PLAN && !st->plan_year)
			st->plan_year = gb_tok_int(d, y);
	}
}

/* The last two words of name: its place, "Sóc Trăng" of "... tỉnh Sóc Trăng". */
static const char *
last_words(const char *name)
{
	const char *p = strrchr(name, ' ');

	if (p == NULL)
		return name;
	while (p > name && p[-1] != ' ')
		p--;
	return p;
}

/*
 * Whether cue, a date with a time of day, restates the lead's meeting:
 * "Ngày 30/6, tại Hội nghị ... lần thứ 18, tỉnh Sóc Trăng đã công bố ..."
 * then "Theo báo Sóc Trăng, sáng 30/6/2023, Ban Chấp hành Đảng bộ tỉnh ...
 * đã tổ chức Hội nghị lần thứ 18": the lead's day and month (and
 * year, when both have one), a body holding a meeting in the clause after
 * it, the lead's own organizer if it has one, or one of the same place.
 * Its time of day is the lead's (probe 61 G7).  A digest page's other
 * event of the day ("Ngày 24-3, Tỉnh ủy Vĩnh Long tổ chức ..." then "Sáng
 * 24-3, Ban Chấp hành Đảng bộ tỉnh Cao Bằng ... tổ chức ...") is not.
 */
static bool
restates_lead(const GbMeetState *st, const GbDoc *d, const GbDateCue *cue)
{
	int			e = tok_punct(d, cue->end, ',') ? cue->end + 1 : cue->end,
				j,
				m;

	if (!cue->has_date || !st->cue.has_date || cue->date.d != st->cue.date.d ||
		cue->date.m != st->cue.date.m ||
		(cue->date.y && st->cue.date.y && cue->date.y != st->cue.date.y))
		return false;
	for (j = e; j < d->ntok && j < e + LEAD_AFTER; j++)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':') ||
			(j > e && tok_has(d, j, T_NL)))
			return false;
		if ((m = meetword(d, j, MW_VERB, NULL)) > 0)
		{
			const char *o = organizer_verb_before(d, e, j, m);

			return o && (!st->lead.organizer ||
						 strcmp(last_words(o), last_words(st->lead.organizer)) == 0);
		}
	}
	return false;
}

/*
 * "Tại Thái Bình, hội nghị sơ kết ... Chỉ thị số 05-CT/TW diễn ra sáng
 * nay", "hội nghị được tổ chức vào chiều 12/6", "hội nghị diễn ra vào
 * buổi sáng": a time of day (at k) after
 * "diễn ra" or "được tổ chức" whose subject, in its sentence, is a meeting
 * noun in lower case (the meeting already named).  A lead dated by its day
 * alone ("Hôm nay (12/6), ... tổ chức hội nghị") takes that time; a time on
 * another day than the lead's is another meeting's.  Looked for from the
 * time of day, which few words start, not from the meeting's noun.  A
 * later cue of the lead's own day and month, in a clause where the lead's
 * body (or one of its place) holds a meeting, gives its time with no verb
 * before it (restates_lead(), probe 61 G7).
 */
static void
note_later_time(GbMeetState *st, const GbDoc *d, int k)
{
	const GbPhrase *kind = NULL,
			   *ph = NULL;
	GbDateCue	cue;
	int			b = tok_is(d, k - 1, "buoi") ? k - 1 : k,
				v = (tok_is(d, b - 1, "vao") || tok_is(d, b - 1, "trong")) ? b - 1 : b,
				j,
				m;
	bool		read = false,	/* cue read at k, and found */
				day_written;	/* a day the lead, of "hôm nay" alone, lacks */

	/* a later cue of the lead's day: "Theo báo ..., sáng 30/6/2023, <body> đã tổ chức ..." */
	if (st->cue.has_date && (tok_has(d, k + 1, T_NUM) || tok_is(d, k + 1, "ngay")) &&
		!tok_has(d, k + 1, T_NL) && (read = gb_date_cue(d, k, &cue)) && cue.time_of_day &&
		restates_lead(st, d, &cue))
	{
		st->later_time = cue.time_of_day;
		return;
	}
	/* "sáng tạo", "ánh sáng": most are no time, and no "diễn ra" comes before */
	if (!(tok_is(d, v - 1, "ra") || tok_is(d, v - 1, "chuc")) || tok_has(d, v, T_NL) ||
		!phrase_ends_at(d, v, CAT_MEETWORD, MW_HELD))
		return;
	if (!(read || gb_date_cue(d, k, &cue)) || !cue.time_of_day)
	{
		/* "Hội nghị diễn ra vào buổi sáng": the time alone (probe 61 G7) */
		if (b == k || gb_dict_match(d, k, CAT_TIMEOFDAY, &ph) != 1 || !gb_same_word(d, k, ph))
			return;
		memset(&cue, 0, sizeof(cue));
		cue.time_of_day = ph->value;
	}
	if (cue.has_date && st->cue.has_date &&
		(cue.date.d != st->cue.date.d || cue.date.m != st->cue.date.m))
		return;
	/*
	 * the subject: the nearest meeting noun back in the sentence; under a
	 * lead of "hôm nay" alone, a sitting too, "phiên chính thức diễn ra
	 * sáng ngày 21/02/2020", a part of the meeting the lead names
	 */
	day_written = !st->cue.has_date && cue.has_date;
	for (j = v - 1; j >= 0 && j > v - HELD_AHEAD; j--)
	{
		if (((m = kind_at(d, j, &kind)) > 0 && kind->aux == 0) ||
			(day_written && (m = meetword_match(d, j, MW_SITTING, NULL)) > 0))
		{
			/*
			 * capitalized only as it opens its sentence, its verb right
			 * after it, "Hội nghị diễn ra vào buổi sáng": no other
			 * meeting named (probe 61 G7)
			 */
			if (!tok_has(d, j, T_UPPER) ||
				(v - (j + m) <= 3 && (j == 0 || gb_sentence_break(d, j)) &&
				 !tok_has(d, j + m, T_UPPER)))
			{
				st->later_time = cue.time_of_day;

				/*
				 * "Hôm nay, Chi bộ ... tổ chức Đại hội ... Phiên chính
				 * thức diễn ra sáng ngày 21/02/2020": the day written is
				 * the meeting's, not the publication's (probe ac AC5)
				 */
				if (day_written)
				{
					/* its time stays later_time's: the lead had none (wants_later_time()) */
					st->cue = cue;
					st->cue.time_of_day = NULL;
					st->cue.yesterday = false;
					st->cue_notice = false;
					st->cue_back = 0;
					st->cue_os = d->tok[cue.start].os;
					st->cue_oe = d->tok[cue.end - 1].oe;
				}
			}
			return;
		}
		if (tok_has(d, j, T_NL) || tok_punct(d, j, ';') ||
			(tok_punct(d, j, '.') && gb_sentence_break(d, j + 1)))
			return;
	}
}

/* Whether the lead is known and gives no time of day, which a later sentence may. */
static inline bool
wants_later_time(const GbMeetState *st)
{
	return st->have_lead && !st->cue.time_of_day && !st->later_time;
}

/*
 * Whether the lead reviews a congress, or is one, and gives its day
 * without a year, which the congress's term, named anywhere, may give.
 */
static inline bool
wants_congress_term(const GbMeetState *st)
{
	return !st->congress_term && st->cue.has_date && st->cue.date.y == 0 &&
		(st->lead.reviews_congress || congress_lead(st));
}

/*
 * A lead that names no kind nor noun, with none in the headline or found
 * held anywhere: "Sáng ngày 04/10/2022, cơ quan Thanh tra tỉnh đã tổ chức
 * học tập bài báo ...", then "Hội nghị đã được nghe ...": the meeting the
 * text reports as held after it names the kind (probe ae AE3).
 */
static inline bool
wants_attended_kind(const GbMeetState *st)
{
	return st->have_lead && !st->lead.kind && !st->lead.noun && !st->title.kind &&
		!st->title.noun && !st->any.kind && !st->any.noun && !st->held_kind && !st->attended;
}

/*
 * Once the lead is known, the first token in [k, le) that note_token() or
 * organizer_before() may take, or le: an online meeting word or a day;
 * with no organizer yet a meeting verb or "họp"; with no first year yet a
 * word of the group of "năm"; a congress's term wanted, a meeting kind.
 * Other tokens may be given too, which those pass over: the group of "năm"
 * is looked for by its count word's bit (CAT_COUNTWORD, "năm" as "five"),
 * which a few other counts share ("hai", "ba", "sáu").
 */
GB_HOT_INLINE int
next_of_interest(const GbMeetState *st, const GbDoc *d, int k, int le)
{
	GbCats		cats = CAT_NETSTART;

	if (!st->any.organizer)
		cats |= CAT_VERBSTART;
	if (wants_later_time(st))
		cats |= CAT_TIMEOFDAY;
	if (wants_congress_term(st) || wants_attended_kind(st))
		cats |= CAT_MEETKIND;
	if (!st->first_year)
		cats |= CAT_COUNTWORD;
	/*
	 * Only a token that may start a phrase looked for (T_CUE_MEETING: cats
	 * are some of CUE_MEETING_CATS) or is a number is asked, found by its
	 * mark (GB_MARK_MEETING)
	 */
	for (;;)
	{
		k = gb_next_marked(d, GB_MARK_MEETING, k, le);
		if (k >= le || (gb_dict_masks[d->tok[k].grp] & cats) || is_day(&d->tok[k]))
			break;
		k++;
	}
	return k;
}

/*
 * A meeting named by its number, with or without its body, then what it
 * did: "Hội nghị lần thứ 44 (của) Ban Chấp hành Đảng bộ tỉnh X đã thảo
 * luận", "Hội nghị Ban Chấp hành ... lần thứ 44 đã ...": the meeting the
 * text reports, dated or not.  Not one spoken of as a document's source,
 * "Hội nghị lần thứ 8 ... đã ban hành (đề ra)".
 */
static bool
named_meeting_held(const GbDoc *d, int q)
{
	bool		nth = false;
	int			j,
				m;

	for (j = q; j < d->ntok && j < q + TERM_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, ',') || tok_punct(d, j, ';') ||
			tok_punct(d, j, '.') || tok_punct(d, j, ':') || tok_punct(d, j, '('))
			return false;
		if (tok_is(d, j, "lan") && tok_is(d, j + 1, "thu"))
			nth = true;
		else if ((m = meetword(d, j, MW_HELD, NULL)) > 0)
			return nth && j > q &&
				!(tok_is(d, j + m, "ban") && tok_is(d, j + m + 1, "hanh")) &&
				!(tok_is(d, j + m, "de") && tok_is(d, j + m + 1, "ra"));
	}
	return false;
}

/*
 * What a meeting noun opening a sentence (ending before q) is said to do or
 * be, the meeting the text reports: "Hội nghị đã ...", "Hội nghị được tổ
 * chức trực tuyến", "Đại hội nhằm kiểm điểm ...", "Hội nghị là dịp ...";
 * a congress with its body and term, "Đại hội Chi bộ X nhiệm kỳ 2025 -
 * 2027 là sự kiện ...", "... diễn ra ...".  Not "Đại hội Đảng bộ tỉnh,
 * nhiệm kỳ ... đã đề ra", a congress spoken of as the source of a goal.
 */
static bool
opening_predicate(const GbDoc *d, int q, bool congress)
{
	int			j;

	if (meetword(d, q, MW_HELD, NULL) > 0 || tok_is(d, q, "nham") ||
		(tok_is(d, q, "la") && gb_exact_any(d, q, "là")))
		return true;
	if (!congress)
		return named_meeting_held(d, q);
	for (j = q; j < d->ntok && j < q + TERM_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, ',') || tok_punct(d, j, ';') ||
			tok_punct(d, j, '.') || tok_punct(d, j, ':'))
			return false;
		if (term_years_end(d, j) > j)
		{
			j = term_years_end(d, j);
			return (tok_is(d, j, "la") && gb_exact_any(d, j, "là")) ||
				(tok_is(d, j, "dien") && tok_is(d, j + 1, "ra"));
		}
	}
	return false;
}

/*
 * "Phát biểu khai mạc hội nghị, ...", "Phát biểu chỉ đạo Hội nghị, ...",
 * "kết luận hội nghị": a person's speech or role at the meeting noun at k
 * (ending at q), a role phrase that takes the noun or a speech ending
 * before it, is made at the meeting held, as "tại hội nghị" names it.
 */
static bool
role_at_meeting(const GbDoc *d, int k, int q)
{
	const GbPhrase *ph = NULL;
	int			j,
				m;

	for (j = k - 1; j >= 0 && j >= k - 4 && !tok_has(d, j + 1, T_NL); j--)
		if ((m = gb_dict_match(d, j, CAT_ROLE, &ph)) > 0 && ph->value != NULL &&
			(j + m == q || (j + m == k && (ph->aux & ROLE_SPEECH))))
			return true;
	return false;
}

/*
 * "và quán triệt Nghị quyết", "và triển khai ..." at q, after a speaker's
 * role at the meeting ("phát biểu khai mạc hội nghị và quán triệt ..."): a
 * second act of the speaker, which closes the meeting's name as a comma
 * does (stop 32 K4).
 */
static bool
second_act_after(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;

	return tok_is(d, q, "va") && !tok_has(d, q + 1, T_NL) &&
		(meetword(d, q + 1, MW_ACTIVITY, NULL) > 0 ||
		 (kind_at(d, q + 1, &ph) > 0 && ph->aux == 1));
}

/*
 * "Tại Hội nghị(,) các đại biểu đã được Ban Thường vụ Tỉnh ủy quán triệt
 * ...": what the meeting does said in the passive, its audience the
 * subject, from q after the meeting's noun; the body after "được" does it
 * and holds the meeting (organizer_match() reads its verb as in a lead).
 * The body's name, or NULL.
 */
static char *
passive_agent(const GbDoc *d, int q)
{
	int			j;

	if (tok_punct(d, q, ','))
		q++;
	for (j = q; j < q + PASSIVE_SUBJECT && lower_word(d, j) && !tok_has(d, j, T_NL); j++)
		if (tok_is(d, j, "duoc"))
			return j > q && !tok_has(d, j + 1, T_NL) ? organizer_at(d, j + 1, true) : NULL;
	return NULL;
}

#define ATTENDED_NAME_WORDS 8	/* at most, words naming the meeting before "có" */

/*
 * "(Đến) dự Lễ trao Huy hiệu Đảng có đồng chí A ...", "Tham dự Hội nghị
 * tổng kết có ...": the meeting noun at k after the word of attending that
 * opens the sentence, its name running in words to the "có" that lists who
 * attend, is the meeting of the text (stop 29 C2).
 */
static bool
attended_with_guests(const GbDoc *d, int ls, int k, int q)
{
	int			a = k - 1,
				j;

	/* "dự", not "dữ"; "có", not "cờ", "cơ" (all fold alike) */
	if (!tok_is(d, a, "du") || !gb_exact_any(d, a, "dự") || tok_has(d, k, T_NL))
		return false;
	if ((tok_is(d, a - 1, "tham") || tok_is(d, a - 1, "den")) && !tok_has(d, a, T_NL))
		a--;
	if (!(a == ls || tok_has(d, a, T_NL) || tok_punct(d, a - 1, '.')))
		return false;
	for (j = q; j < q + ATTENDED_NAME_WORDS && j < d->ntok && !tok_has(d, j, T_NL); j++)
	{
		if (tok_is(d, j, "co") && !tok_has(d, j, T_UPPER) && gb_exact_any(d, j, "có"))
			return j > q;
		if (!tok_has(d, j, T_WORD))
			return false;
	}
	return false;
}

#define CAPTION_PLACE_WORDS 4	/* at most, words of a caption's place */
#define REVIEW_NAME_TOKENS	24	/* at most, tokens of a review's name after its kind */

/*
 * Where the meeting's name ending at q closes its sentence: "." or ";"
 * or the line's end at q, or after its place, "tại An Giang." (a
 * capitalized name).  The token of the close, or -1.
 */
static int
closing_place_end(const GbDoc *d, int q)
{
	int			j = q;

	if (tok_is(d, q, "tai") && !tok_has(d, q, T_UPPER) && gb_tok_capitalized(d, q + 1))
		for (j = q + 1; j < q + 1 + CAPTION_PLACE_WORDS && gb_tok_capitalized(d, j) &&
			 !tok_has(d, j, T_NL); j++)
			;
	if (j >= d->ntok || tok_has(d, j, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';'))
		return j;
	return -1;
}

/*
 * The name of the meeting at k (km tokens, its phrase *kind) run on to
 * where a comma may close it: a review's kind after the plain noun,
 * "(tại) hội nghị giao ban,", "Hội nghị sơ kết,", which *kind becomes; the
 * badge's full name, "lễ trao Huy hiệu Đảng," (stop 32 K3).  first: no
 * meeting was attended before it.  The token after it.
 */
static int
attended_name_end(const GbDoc *d, int k, int km, const GbPhrase **kind, bool first)
{
	const GbPhrase *k2 = NULL;
	const char *name;
	int			q = k + km,
				m;

	/* "Quang cảnh (Toàn cảnh) hội nghị tổng kết.": a caption of the meeting */
	if (tok_has(d, q, T_NL) ||
		!(tok_is(d, k - 1, "tai") ||
		  (tok_is(d, k - 1, "canh") && phrase_ends_at(d, k, CAT_MEETWORD, MW_ATTEND))))
		return q;
	/*
	 * "tại hội nghị tổng kết." closing its sentence, or with the place the
	 * caption gives ("Quang cảnh hội nghị tổng kết tại An Giang."), is the
	 * meeting's own name, not another's (probe-y Y4)
	 */
	if ((*kind)->value == gb_kind_meeting && (m = kind_at(d, q, &k2)) > 0 && k2->aux == 1)
	{
		int			e = tok_punct(d, q + m, ',') ? q + m : closing_place_end(d, q + m);

		if (e >= 0)
		{
			*kind = k2;
			return e;
		}
	}
	/*
	 * "Tại hội nghị giao ban trực tuyến với các cấp ủy trực thuộc vừa qua,
	 * Thường trực Tỉnh ủy đánh giá ...", "phát biểu chỉ đạo tại hội nghị
	 * tổng kết công tác xây dựng Đảng năm 2020 của Đảng bộ khối ...": a
	 * review's name runs on past its kind to the comma closing a fronted
	 * "Tại", or to the end of its sentence (probe 121 bc2); the first
	 * meeting attended only: after "chủ trì hội nghị", "phát biểu tại hội
	 * nghị tổng kết năm 2023 của Tỉnh ủy." names another (probe-y Y4)
	 */
	if (first && (*kind)->value == gb_kind_meeting && (m = kind_at(d, q, &k2)) > 0 && k2->aux == 1)
	{
		bool		fronted = tok_has(d, k - 1, T_UPPER) && opens_subject(d, k - 1);
		int			j;

		for (j = q + m; j < d->ntok && j < q + m + REVIEW_NAME_TOKENS; j++)
		{
			if (tok_has(d, j, T_NL) || tok_punct(d, j, '.'))
			{
				if (fronted)
					break;
				*kind = k2;
				return j;
			}
			if (tok_punct(d, j, ','))
			{
				if (!fronted)
					break;
				*kind = k2;
				return j;
			}
			if (tok_punct(d, j, ';') || tok_punct(d, j, ':'))
				break;
		}
		if (j >= d->ntok && !fronted)
		{
			*kind = k2;
			return j;
		}
	}
	if ((*kind)->value == gb_kind_badge && tok_is(d, q, "dang") &&
		gb_tok_capitalized(d, q) && tok_punct(d, q + 1, ','))
		return q + 1;
	/*
	 * "phát biểu chỉ đạo tại buổi làm việc với Công an Sóc Trăng.": the
	 * working session's other side, a body, is part of its name (probe-y
	 * Y4)
	 */
	if (tok_is(d, k, "buoi") && tok_is(d, q, "voi") && !tok_has(d, q + 1, T_NL) &&
		(m = body_at(d, q + 1, &name)) > q + 1 && name != NULL)
		return m;
	return q;
}

/*
 * "Bí thư Tỉnh ủy A vừa chủ trì cuộc họp Ban Chỉ đạo ...": a meeting at k
 * that someone has just chaired is one held, whatever its name runs on
 * with, as "chủ trì buổi làm việc" is (stop 33 O6).
 */
static bool
chaired_just_now(const GbDoc *d, int k)
{
	return tok_is(d, k - 1, "tri") && tok_is(d, k - 2, "chu") && tok_is(d, k - 3, "vua") &&
		!tok_has(d, k - 3, T_UPPER) && !tok_has(d, k - 2, T_UPPER) && !tok_has(d, k - 1, T_NL) &&
		!tok_has(d, k, T_NL);
}

/*
 * A meeting noun at k (km tokens, its phrase kind) in the line starting at
 * ls that the text reports as held, with no lead to say so: the meeting of
 * the text after a word of attending, "phát biểu tại hội nghị.", "tham dự
 * hội nghị có", "chủ trì hội nghị", "tại Hội nghị này" (not a meeting
 * named, "tại Hội nghị lần thứ 9 Ban Chấp hành Trung ương"), or opening a
 * sentence with what it did, "Hội nghị đã ...", "Hội nghị được tổ chức
 * trực tuyến".  Not one spoken of: "Nghị quyết Hội nghị", "phục vụ hội
 * nghị".
 */
static inline void
note_attended(GbMeetState *st, const GbDoc *d, int ls, int k, int km, const GbPhrase *kind)
{
	char	   *agent = NULL;
	int			q = attended_name_end(d, k, km, &kind, st->attended == NULL);
	bool		chaired = chaired_just_now(d, k),
				role = !chaired && role_at_meeting(d, k, q);
	const GbPhrase *k2 = NULL;

	/* "vừa chủ trì hội nghị sơ kết ...": the review's kind after the noun */
	if (chaired && kind->value == gb_kind_meeting && kind_at(d, k + km, &k2) > 0 && k2->aux == 1)
		kind = k2;
	/*
	 * "tại hội nghị,", "tại Hội nghị này", "Chủ trì hội nghị từ điểm cầu Hà
	 * Nội" (where it is attended from), "Phát biểu khai mạc hội nghị,": not
	 * "tại Hội nghị lần thứ 9 ..."
	 */
	if (!chaired &&
		!((role || phrase_ends_at(d, k, CAT_MEETWORD, MW_ATTEND)) &&
		  (q >= d->ntok || tok_has(d, q, T_NL) || tok_punct(d, q, ',') ||
		   (role && second_act_after(d, q)) ||
		   tok_punct(d, q, '.') || tok_punct(d, q, ';') || tok_punct(d, q, '-') ||
		   meetword(d, q, MW_THIS, NULL) > 0 ||
		   ((tok_is(d, q, "tu") || tok_is(d, q, "tai")) && !tok_has(d, q + 1, T_NL) &&
			meetword(d, q + 1, MW_BRIDGE, NULL) > 0))) &&
		!((k == ls || tok_punct(d, k - 1, '.')) &&
		  opening_predicate(d, q, strcmp(kind->value, gb_kind_congress) == 0)) &&
		!attended_with_guests(d, ls, k, q) &&
		!(tok_is(d, k - 1, "tai") && tok_has(d, k - 1, T_UPPER) &&
		  (agent = passive_agent(d, q)) != NULL))
		return;
	if (meeting_spoken_of(d, k))
		return;
	/*
	 * "chủ trì hội nghị. ... phát biểu tại hội nghị tổng kết.": the review
	 * named later of the meeting attended is its kind (probe-y Y4)
	 */
	if (!st->attended || (st->attended == gb_kind_meeting && kind->aux == 1))
		st->attended = kind->value;
	if (!st->any.organizer && agent == NULL && tok_is(d, k - 1, "tai") &&
		tok_has(d, k - 1, T_UPPER))
		agent = passive_agent(d, q);
	if (!st->any.organizer && agent != NULL)
		st->any.organizer = agent;
	/*
	 * "phát biểu chỉ đạo tại hội nghị tổng kết công tác xây dựng Đảng năm
	 * 2020 của Đảng bộ khối các cơ quan tỉnh.": the body closing the
	 * review's name holds it (probe 121 bc2)
	 */
	if (!st->any.organizer && q > k + km && (q >= d->ntok || !tok_punct(d, q, ',')))
	{
		const char *name;
		int			j;

		for (j = k + km; j < q - 1; j++)
			if (tok_is(d, j, "cua") && !tok_has(d, j, T_UPPER) &&
				body_at(d, j + 1, &name) == q && name != NULL)
			{
				st->any.organizer = (char *) name;
				break;
			}
	}
	/*
	 * "Tại Kỳ họp này, ...", "Tại kỳ họp, sau khi xem xét ..., Ủy ban Kiểm
	 * tra T.Ư yêu cầu": past "này" and a clause of what came first (probe
	 * bc BC4)
	 */
	if (tok_is(d, q, "nay") && gb_exact_any(d, q, "này") && !tok_has(d, q, T_NL))
		q++;
	/*
	 * "Tại hội nghị, Ban Tổ chức Trung ương đã triển khai, quán triệt Quy
	 * định ...": with no lead to name who holds it, the body heading the
	 * sentence that opens on the meeting, doing what such a meeting does
	 * (organizer_match() reads the verb as in a lead), holds it
	 */
	if (!st->any.organizer && tok_is(d, k - 1, "tai") && tok_has(d, k - 1, T_UPPER) &&
		tok_punct(d, q, ',') && !tok_has(d, q + 1, T_NL))
	{
		int			b = after_clause_ahead(d, q + 1);

		st->any.organizer = organizer_at(d, b, true);
	}
}

/* What every token is looked at for: meeting online, bridge points, years. */
static void
note_token_slow(GbMeetState *st, const GbDoc *d, int k)
{
	/* only a word that starts such a phrase can start the longest one */
	if (gb_dict_masks[d->tok[k].grp] & CAT_NETSTART)
		note_online(st, d, k);
	note_years(st, d, k);
	/* "Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030", not a document's */
	if (wants_congress_term(st) && tok_is(d, k, "dai") && tok_has(d, k, T_UPPER) &&
		tok_is(d, k + 1, "hoi") && !document_ends_at(d, k))
		st->congress_term = term_opened(d, k + 2, d->ntok);
}

/*
 * note_token_slow() for the few tokens it may take: a word that starts an
 * online phrase, a day, "năm" (its group), a word that may start a
 * meeting's kind ("Đại hội") while a congress's term is wanted.  Most
 * tokens of the lines before the lead are none.
 */
GB_HOT_INLINE void
note_token(GbMeetState *st, const GbDoc *d, int k)
{
	const GbTok *t = &d->tok[k];

	if ((gb_dict_masks[t->grp] & CAT_NETSTART) || is_day(t) || t->grp == st->nam_grp ||
		((gb_dict_masks[t->grp] & CAT_MEETKIND) && wants_congress_term(st)))
		note_token_slow(st, d, k);
}

/*
 * The tokens from k on, once nothing is left to find line by line: the
 * lead and a period are known.
 */
static void
rest_of_chunk(GbMeetState *st, const GbDoc *d, int k)
{
	while (k < d->ntok)
	{
		int			stop = (k | 4095) + 1;

		if (stop > d->ntok)
			stop = d->ntok;
		gb_check_interrupts();
		for (k = next_of_interest(st, d, k, stop); k < stop;
			 k = next_of_interest(st, d, k + 1, stop))
		{
			if (!st->any.organizer)
				organizer_anywhere(st, d, -1, k);
			if (wants_later_time(st) && (gb_dict_masks[d->tok[k].grp] & CAT_TIMEOFDAY))
				note_later_time(st, d, k);
			note_token(st, d, k);
		}
	}
}

/*
 * The window of the lead at k in the line [ls, le).  Returns whether it is
 * the whole line, whose period (if any) the window's then is.
 */
static bool
lead_window(GbMeetState *st, const GbDoc *d, int ls, int le, int k)
{
	int			lo = k - LEAD_BEFORE > ls ? k - LEAD_BEFORE : ls,
				hi = k + LEAD_AFTER < le ? k + LEAD_AFTER : le;

	scan_window(d, lo, hi, k, &st->lead);
	/* only a day without its year asks it, read on from the cue */
	if (st->cue.has_date && st->cue.date.y == 0)
		named_month(d, k, hi, &st->lead.named_month);
	if (lo != ls || hi != le)
		return false;
	if (!st->any.period.text)
		st->any.period = st->lead.period;
	return true;
}

/*
 * Whether the lead's verb after the cue ending at e, in its sentence, is
 * in the future: "Ngày 29/8, Tỉnh ủy sẽ tổ chức hội nghị", "Sáng mai,
 * hội nghị dự kiến (được) tổ chức", "Ngày 2/10, sẽ diễn ra Đại hội ...".
 * The meeting is announced ahead, held after the report, however long
 * after.
 */
static bool
lead_ahead(const GbDoc *d, int ls, int e, int le)
{
	int			j;

	for (j = e; j < le && j < e + LEAD_AFTER; j++)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':'))
			return false;
		if (meetword(d, j, MW_VERB, NULL) > 0 || (tok_is(d, j, "dien") && tok_is(d, j + 1, "ra")))
		{
			if (tok_is(d, j - 1, "duoc"))
				j--;
			return (tok_is(d, j - 1, "se") && gb_exact_any(d, j - 1, "sẽ")) ||
				(tok_is(d, j - 2, "du") && tok_is(d, j - 1, "kien")) ||
				(opens_planned(d, sentence_start_of(d, ls, e - 1)) && !past_marked(d, j));
		}
	}
	return false;
}

/*
 * "diễn ra (vào)" right before the cue at k, in the line from ls: the token
 * of "diễn", or -1.  wide: "từ", "trong" may stand for "vào" ("diễn ra từ
 * ngày 2 đến 4-10", "diễn ra trong ngày 2 - 3/10"), the days counted
 * before "từ" too ("diễn ra trong 3 ngày (từ ngày 2 đến 4-10)").
 */
static int
takes_place_before(const GbDoc *d, int ls, int k, bool wide)
{
	int			v = k - 1;

	if (wide && tok_is(d, v, "tu"))
		v = skip_days_counted(d, v - 1);
	else if (tok_is(d, v, "vao") || (wide && tok_is(d, v, "trong")))
		v--;
	return v - 1 > ls && tok_is(d, v - 1, "dien") && tok_is(d, v, "ra") ? v - 1 : -1;
}

/*
 * Whether the cue at k follows "diễn ra" told without a tense: "Đại hội
 * ... diễn ra từ ngày 2 đến 4-10", "... diễn ra trong ngày 2 - 3/10".  A
 * day weeks after the publication is then the meeting announced, in the
 * publication's year (TOLD_AHEAD), not one of the year before; "đã (vừa)
 * diễn ra" tells it done.
 */
static bool
lead_told(const GbDoc *d, int ls, int k)
{
	int			v = takes_place_before(d, ls, k, true);

	return v >= 0 && !past_marked(d, v);
}

/*
 * How many days the meeting had worked before the day of the cue, as its
 * sentence counts them: held_on is the first day of several (README).
 * "Sáng 2/10, Đại hội ... bước sang ngày làm việc thứ ba" and "ngày làm
 * việc thứ ba của Hội nghị ..., cả ngày 10/5" give 2; so does "Sau 3 ngày
 * làm việc (diễn ra), ngày 06-8, Đại hội ... đã bế mạc" opening it, the
 * date the last day (stop 41 AS13).  The working day must be the
 * meeting's, named after it ("(của) Đại hội") or stepped into ("bước
 * sang", "bước vào", "chương trình"): "Ngày 5/10, trong ngày làm việc thứ
 * hai, Đoàn công tác làm việc với Huyện ủy" is a visit's second day, its
 * meeting that day's; days counted to a date need the meeting closed
 * ("bế mạc", "kết thúc", "thành công") after it.  Days already told
 * ("Sau 2 ngày làm việc (17-19/9/2025)") give the first.
 */
static int
days_worked_before(const GbDoc *d, int ls, int le, const GbDateCue *cue)
{
	int			ss = sentence_start_of(d, ls, cue->start),
				j,
				p,
				q,
				n = 0,
				counted = 0;

	if (cue->range || !cue->has_date)
		return 0;
	/* "Sau 3 ngày làm việc", "Trải qua hai ngày diễn ra" opening the sentence */
	p = ss;
	if (tok_has(d, p, T_UPPER) && gb_exact_any(d, p, "sau"))
		p++;
	else if (tok_has(d, p, T_UPPER) && tok_is(d, p, "trai") && tok_is(d, p + 1, "qua"))
		p += 2;
	if (p > ss && (q = gb_parse_ordinal(d, p, &n)) > p && tok_is(d, q, "ngay") &&
		((tok_is(d, q + 1, "lam") && tok_is(d, q + 2, "viec")) ||
		 (tok_is(d, q + 1, "dien") && tok_is(d, q + 2, "ra"))) && q + 2 < cue->start)
		counted = n;
	n = 0;
	for (j = ss; j < le; j++)
	{
		if (j > cue->start && (tok_has(d, j, T_NL) || tok_punct(d, j, ';') ||
							   (tok_punct(d, j, '.') && gb_sentence_break(d, j + 1))))
			break;
		if (counted && j >= cue->end &&
			(((tok_is(d, j, "be") || tok_is(d, j, "ket")) &&
			  (tok_is(d, j + 1, "mac") || tok_is(d, j + 1, "thuc"))) ||
			 (tok_is(d, j, "thanh") && tok_is(d, j + 1, "cong"))))
			return counted > 1 && counted <= 10 ? counted - 1 : 0;
		/* "ngày làm việc (ngày) thứ ba" */
		if (!tok_is(d, j, "ngay") || !tok_is(d, j + 1, "lam") || !tok_is(d, j + 2, "viec") ||
			tok_has(d, j + 1, T_NL) || tok_has(d, j + 2, T_NL))
			continue;
		p = j + 3 + tok_is(d, j + 3, "ngay");
		if (!tok_is(d, p, "thu") || (q = gb_parse_ordinal(d, p + 1, &n)) == p + 1 ||
			n < 2 || n > 10)
			continue;
		/* "ngày làm việc thứ 2 (ngày 12-8), Đại hội ...": the cue's own day */
		if (tok_punct(d, q, '(') && cue->start == q + 1 && tok_punct(d, cue->end, ')'))
			q = cue->end + 1 + tok_punct(d, cue->end + 1, ',');
		if (kind_at(d, q + tok_is(d, q, "cua"), NULL) > 0 ||
			(tok_is(d, j - 2, "buoc") && (tok_is(d, j - 1, "sang") || tok_is(d, j - 1, "vao"))) ||
			(tok_is(d, j - 2, "chuong") && tok_is(d, j - 1, "trinh")))
			return n - 1;
	}
	return 0;
}

/*
 * The lead is the one cue dates at k in the line [ls, le): its window is
 * read; returns lead_window()'s answer.
 */
static bool
take_lead(GbMeetState *st, const GbDoc *d, GbDateCue cue, int ls, int le, int k)
{
	bool		days;

	st->have_lead = true;
	st->cue = cue;
	/* "Đại hội ... dự kiến diễn ra từ ngày 13 - 15.10" (probe 51 G3) */
	st->cue_ahead = lead_ahead(d, ls, cue.end, le) ||
		(cue.start > ls && planned_verb(d, ls, cue.start, &days) >= 0);
	st->cue_told = !st->cue_ahead && lead_told(d, ls, cue.start);
	st->cue_notice = notice_of_held(d, cue.end, le);
	st->cue_back = days_worked_before(d, ls, le, &cue);
	st->cue_os = d->tok[cue.start].os;
	st->cue_oe = d->tok[cue.end - 1].oe;
	return lead_window(st, d, ls, le, k);
}

/*
 * Whether line [ls, le) names a meeting or a working session other than
 * one spoken of ("chuẩn bị công tác cho Đại hội"), as a lead must.  A
 * voter meeting is a lead that a later dated meeting beats (spoken_of_only()).
 */
static bool
names_meeting_held(const GbDoc *d, int ls, int le)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = ls; j < le; j++)
		if ((kind_at(d, j, &ph) > 0 && ph->value != gb_kind_voters && !spoken_of_at(d, j)) ||
			session_at(d, j))
			return true;
	return false;
}

/*
 * Whether the lead just taken at k in line [ls, le) names no meeting held
 * nor who holds one.  From its own sentence to the line's end: "Báo cáo
 * tại phiên họp nêu rõ, ... Ngày 11/12, đồng chí A ... đã làm việc với
 * ..." names a meeting before the cue that is not the one it dates (probe
 * 54 G5).  A voter meeting alone is no more than that: "Từ ngày 14 -
 * 20/4, ... Nổi bật là hoạt động của đoàn đại biểu Quốc hội tiếp xúc cử
 * tri ...", the week's events, before "Sáng ngày 15/4, Thường trực Tỉnh
 * ủy tổ chức hội nghị"; with no later dated meeting it stays the lead
 * (probe 60 G2).
 */
static bool
spoken_of_only(const GbMeetState *st, const GbDoc *d, int ls, int le, int k)
{
	int			ss = sentence_start_of(d, ls, k);
	Found		own;
	const Found *f = &st->lead;

	if (ss > ls)
	{
		memset(&own, 0, sizeof(own));
		scan_window(d, ss, le, -1, &own);
		f = &own;
	}
	return !f->kind && (!f->noun || f->noun == gb_kind_voters) && !f->organizer &&
		!f->listed_by && !f->headed_by && !names_meeting_held(d, ss, le);
}

/*
 * A lead taken on trial: "Ngày 10/4/2025, 100% đảng bộ cơ sở đã hoàn
 * thành đại hội .... Sáng 15/4, Thường trực Tỉnh ủy tổ chức hội nghị":
 * a dated sentence that names no meeting held gives the background of a
 * later one in its paragraph, which a date of its own opens.  The first
 * lead is kept, to be given back when no later sentence dates a meeting.
 */
typedef struct TrialLead
{
	int			sentence_end;	/* a later cue from here on; -1: no trial */
	bool		period_seen;
	bool		cue_ahead;
	bool		cue_told;
	bool		cue_notice;
	int			cue_back;
	uint32_t	cue_os;
	uint32_t	cue_oe;
	GbDateCue	cue;
	Found		lead;
	Period		any_period;
} TrialLead;

/* The lead just taken, on trial: a later cue in its line may replace it. */
static void
try_lead(GbMeetState *st, TrialLead *tl, bool period_seen, int sentence_end)
{
	tl->sentence_end = sentence_end;
	tl->period_seen = period_seen;
	tl->cue_ahead = st->cue_ahead;
	tl->cue_told = st->cue_told;
	tl->cue_notice = st->cue_notice;
	tl->cue_back = st->cue_back;
	tl->cue_os = st->cue_os;
	tl->cue_oe = st->cue_oe;
	tl->cue = st->cue;
	tl->lead = st->lead;
	tl->any_period = st->any.period;
	st->have_lead = false;
	memset(&st->lead, 0, sizeof(st->lead));
}

/* The lead on trial given back; returns its period_seen. */
static bool
restore_lead(GbMeetState *st, TrialLead *tl)
{
	st->have_lead = true;
	st->cue_ahead = tl->cue_ahead;
	st->cue_told = tl->cue_told;
	st->cue_notice = tl->cue_notice;
	st->cue_back = tl->cue_back;
	st->cue_os = tl->cue_os;
	st->cue_oe = tl->cue_oe;
	st->cue = tl->cue;
	st->lead = tl->lead;
	st->any.period = tl->any_period;
	tl->sentence_end = -1;
	return tl->period_seen;
}

/*
 * "Chiều nay (21/9), Tỉnh ủy Yên Bái tổ chức họp báo ...", "Ngày 8/9, Tỉnh
 * ủy Hòa Bình tổ chức họp báo": a cue at k with a date, opening its
 * sentence, whose clause has a body (not a meeting) hold a meeting, not in
 * the future, reports an event held, in the line [ls, le).
 */
static bool
held_event_lead(const GbDoc *d, int ls, int le, int k)
{
	GbDateCue	cue;
	int			e,
				j,
				m;

	if (!tok_has(d, k, T_UPPER) || !gb_may_start_date_cue(d, k) ||
		(k != ls && !gb_sentence_break(d, k)) || !gb_date_cue(d, k, &cue) || !cue.has_date)
		return false;
	e = tok_punct(d, cue.end, ',') ? cue.end + 1 : cue.end;
	/* "Sáng 15/10, Đại hội ... đã khai mạc": the meeting of the days itself */
	if (kind_at(d, e, NULL) > 0)
		return false;
	for (j = e; j < le && j < e + LEAD_AFTER; j++)
	{
		const GbPhrase *ph;

		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':'))
			return false;

		/*
		 * "Ngày 15/10, Ban Tuyên giáo Tỉnh ủy X đã họp báo ...": "họp", a
		 * kind that is its body's verb, holds the event as "tổ chức" does
		 * (probe al AL1)
		 */
		if ((m = meetword(d, j, MW_VERB, NULL)) > 0 ||
			(tok_is(d, j, "hop") && kind_at(d, j, &ph) > 0 && is_hop(ph)))
			return !lead_ahead(d, ls, j, le) && organizer_verb_before(d, e, j, m) != NULL;
	}
	return false;
}

/*
 * "Yên Bái tổ chức Đại hội ... từ ngày 22 - 24/9" as the headline, "Đại
 * hội ... sẽ được tổ chức từ ngày 14 đến 16/9/2015" in the text: the days
 * of a meeting announced ahead (a headline has no tense; a sentence says
 * it in the future), the lower-case cue st->cue at k in the line [ls, le),
 * are not the report's date when the rest of their paragraph or the next
 * reports an event held (held_event_lead()): "Chiều nay (21/9), Tỉnh ủy
 * Yên Bái tổ chức họp báo".  That event is the lead, so that its date,
 * time and organizer are those of the meeting its chairs chair (probe 46
 * G1); a report of the coming meeting alone is still dated by its days.
 */
/*
 * Whether the cue at k in the headline's line [ls, ...) is the day its
 * meeting "diễn ra (vào)": "Đại hội Đảng bộ xã An Bình diễn ra ngày 24-2"
 * announces the day as a headline's days do (stop 30 F4).
 */
static bool
headline_takes_place(const GbMeetState *st, const GbDoc *d, int ls, int k)
{
	return d->first_chunk && ls == st->head.title_start && takes_place_before(d, ls, k, false) >= 0;
}

/*
 * Whether the headline [b, e) announces its meeting ahead: "Đại hội Công
 * đoàn tỉnh lần thứ 18 sẽ diễn ra vào tháng 1", "... dự kiến (được) tổ
 * chức": a meeting to come, which a text telling of another one held
 * under it ("chủ trì buổi làm việc ... về công tác chuẩn bị Đại hội") does
 * not report (stop 41 AS6).
 */
static bool
headline_ahead(const GbDoc *d, int b, int e)
{
	int			k,
				v;

	for (k = b; k + 1 < e; k++)
	{
		/* "sẽ", "dự kiến" (future_mark()), "dự" spelled so */
		if (!future_mark(d, k) || (tok_is(d, k, "du") && !gb_exact_any(d, k, "dự")))
			continue;
		v = k + (tok_is(d, k, "se") ? 1 : 2);
		if (tok_is(d, v, "duoc"))
			v++;
		if (meetword(d, v, MW_VERB, NULL) > 0 ||
			(tok_is(d, v, "dien") && tok_is(d, v + 1, "ra")))
			return true;
	}
	return false;
}

/*
 * Whether the line [s, e) holds a date cue with its date; not a day planned
 * ahead (planned_verb()): a sapo that repeats the headline's "Đại hội ...
 * sẽ diễn ra từ ngày 27 đến ngày 30/10/2015" dates nothing held (stop 41
 * AP7).
 */
static bool
dated_line(const GbDoc *d, int s, int e)
{
	GbDateCue	cue;
	bool		days;
	int			j;

	for (j = s; j < e; j++)
		if (gb_may_start_date_cue(d, j) && gb_date_cue(d, j, &cue) && cue.has_date &&
			planned_verb(d, s, j, &days) < 0)
			return true;
	return false;
}

static bool
planned_days_beaten(const GbMeetState *st, const GbDoc *d, int ls, int le, int k)
{
	bool		days,
				headline = d->first_chunk && ls == st->head.title_start,
				sapo = !headline;
	int			s,
				e,
				j;

	if (tok_has(d, k, T_UPPER) || !(st->cue.range || headline_takes_place(st, d, ls, k)) ||
		!(headline || (planned_verb(d, ls, k, &days) >= 0 && days)))
		return false;
	for (j = k + 1; j < le; j++)
		if (held_event_lead(d, ls, le, j))
			return true;
	for (s = le; s < d->ntok; s = e)
	{
		int			words = 0;

		e = gb_line_end(d, s);
		/* a dateline or a caption's few words are passed, as no lead opens there */
		for (j = s; j < e && words <= 4; j++)
			if (d->tok[j].flags & T_WORD)
				words++;
		if (words <= 4)
			continue;
		for (j = s; j < e; j++)
			if (held_event_lead(d, s, e, j))
				return true;
		/*
		 * a sapo under the headline, one undated line, "Đại hội ... mang
		 * phương châm ...", is passed too: the dated lead of the press
		 * conference is after it (stop 33 N5); under a sentence of the
		 * text, only the next paragraph reports what was held
		 */
		if (sapo || dated_line(d, s, e))
			break;
		sapo = true;
	}
	return false;
}

/*
 * "Nét mới của Hội nghị học tập, quán triệt Nghị quyết ...": a meeting's
 * capitalized noun at k followed by its kind, after an activity paired
 * with it or not, names the meeting; the kind's phrase, for a text with
 * no lead whose meeting is only that noun.  The noun at k is given: km
 * tokens, its phrase noun.
 */
static void
note_named_kind(GbMeetState *st, const GbDoc *d, int k, int km, const GbPhrase *noun)
{
	const GbPhrase *kind = NULL;
	int			q = k + km,
				m;

	/* "tổ chức các Hội nghị Tổng kết ...": meetings of the past, not this one */
	if (!tok_has(d, k, T_UPPER) || tok_is(d, k - 1, "cac") || tok_is(d, k - 1, "nhung"))
		return;
	if ((m = meetword(d, q, MW_ACTIVITY, NULL)) > 0 &&
		(tok_punct(d, q + m, ',') || tok_is(d, q + m, "va")))
		q += m + 1;
	if (tok_has(d, q, T_NL) || kind_at(d, q, &kind) == 0 || kind->aux != 1 ||
		meeting_spoken_of(d, k))
		return;
	st->named_noun = noun->value;
	st->named = kind;
}

/*
 * The organizer of the sentence opening one of the few lines after the
 * headline's, which ends before token e: under a headline it is the lead,
 * dated or not ("Đảng ủy Công an tỉnh Thanh Hoá vừa tổ chức Hội nghị
 * ..."), after a byline or a date line perhaps; or NULL.
 */
static char *
opening_organizer(const GbDoc *d, int e, Found *held)
{
	int			b = gb_line_end(d, e - 1),
				n,
				k;
	char	   *o;

	for (n = 0; n < OPENING_LINES && b < d->ntok; n++, b = gb_line_end(d, b))
	{
		int			se = sentence_end_from(d, b, gb_line_end(d, b));

		for (k = b; k < se; k++)
			if ((o = organizer_before(d, b, k)) != NULL)
			{
				/* and the meeting its verb holds, for the headline's bare noun */
				verb_object(d, k, held);
				return o;
			}
	}
	return NULL;
}

/*
 * A body's name read from a headline in capitals, "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC
 * X", as the text after the headline (from token e on) spells it, "Đảng
 * bộ Trường Đại học X": the same words, not all in capitals; or the name
 * as read.  Asked once a report, of a headline in capitals only (probe 99
 * AG1).
 */
static char *
spelt_below(const GbDoc *d, int e, char *caps)
{
	size_t		n,
				wl[GB_SPELT_WORDS];
	char	   *f,
			   *p,
			   *w[GB_SPELT_WORDS];
	int			nw = 0,
				k,
				i;
	char	   *spelt = caps;

	if (caps == NULL || !gb_caps_name(caps))
		return caps;
	f = gb_fold(caps, strlen(caps), &n);
	for (p = f; *p && nw < GB_SPELT_WORDS; nw++)
	{
		w[nw] = p;
		wl[nw] = strcspn(p, " ");
		p += wl[nw];
		p += strspn(p, " ");
	}
	/* the first word's folded form is compared first: a cheap walk */
	for (k = e; *p == '\0' && nw > 0 && k + nw <= d->ntok; k++)
	{
		for (i = 0; i < nw; i++)
			if (d->tok[k + i].flen != wl[i] || memcmp(tok_fold(d, k + i), w[i], wl[i]) != 0)
				break;
		if (i == nw && !gb_caps_name(spelt = gb_span_text(d, k, k + nw)))
			break;
		spelt = caps;
	}
	gb_free(f);
	/* "đại hội chi bộ trường X" in lower case: the cell's name capitalized, as congress_of() gives it */
	if (spelt != caps && strncmp(spelt, "chi bộ ", strlen("chi bộ ")) == 0)
		spelt = (char *) capital_cell(d, spelt);
	return spelt;
}

/*
 * "Bắc Giang: Đại hội Đảng bộ tỉnh lần thứ XIX ...": a province (a city
 * run by the centre) kicking off the headline before its colon is the place
 * of the headline's bare level, "Đảng bộ tỉnh Bắc Giang" (probe ah AH5),
 * whatever body ends in that level ("Ban Chấp hành Đảng bộ tỉnh", "Ủy ban
 * MTTQ tỉnh"); org as read when no such place heads the headline at s.
 */
static char *
kicker_place(const GbDoc *d, int s, char *org)
{
	const GbPhrase *ph = NULL;
	size_t		n;
	int			want,
				m;

	if (org == NULL)
		return org;
	/* the level a word of its own, in lower case, ending a longer name */
	n = strlen(org);
	if (n > strlen(" tỉnh") && strcmp(org + n - strlen(" tỉnh"), " tỉnh") == 0)
		want = NOTNAME_PROVINCE;
	else if (n > strlen(" thành phố") && strcmp(org + n - strlen(" thành phố"), " thành phố") == 0)
		want = NOTNAME_CITY;
	else
		return org;
	m = gb_dict_match(d, s, CAT_NOTNAME, &ph);
	if (m <= 0 || ph->aux != want || !tok_punct(d, s + m, ':'))
		return org;
	return gb_arena_concat(d->arena, org, " ", gb_span_text(d, s, s + m), NULL);
}

void
meet_chunk(GbMeetState *st, GbDoc *doc)
{
	const GbDoc *d = doc;
	KindCursor	kc = {-1, -1, 0};
	PlenumSeen	ps = {-1, 0};
	GbDateCue	label,			/* a headline's date label, "Ngày 18/5: Khai mạc ..." */
				spoken;			/* a lead's cue whose meeting is only spoken of */
	int			decided = -1,
				label_at = -1,	/* its token, a lead's cue kept for want of one */
				label_ls = -1,
				label_le = -1,
				spoken_at = -1, /* likewise */
				spoken_ls = -1,
				spoken_le = -1,
				kept_end = -1;	/* the token after a cue kept so */
	bool		spoken_late = false;	/* spoken's cue came after a meeting attended */
	GbDateCue	planned;		/* the day planned for the meeting its sentence names */
	int			planned_at = -1,
				planned_ls = -1,
				planned_le = -1;
	bool		planned_late = false;	/* its cue came after a meeting attended */
	int			ls,
				le,
				k;
	TrialLead	trial = {.sentence_end = -1};

	st->range_end = 0;			/* a token of the chunk before */
	if (d->first_chunk)
	{
		/* the head was read by gb_meet_head() */
		/*
		 * a blog's byline run into the headline's line ends it: the lead
		 * after it starts a line of its own
		 */
		if (st->head.lead_start > 0 && st->head.lead_start < d->ntok)
			doc->tok[st->head.lead_start].flags |= T_NL;
		/*
		 * so does an outlet's tag, no part of the lead's first sentence:
		 * "(BTL) Sau 3 ngày làm việc, ngày 5-8, Đại hội ..."
		 */
		if (st->head.tag_end > 0 && st->head.tag_end < d->ntok)
			doc->tok[st->head.tag_end].flags |= T_NL;
		if (st->head.title_start >= 0)
		{
			scan_window(d, st->head.title_start, st->head.title_end, -1, &st->title);
			st->title_ahead = headline_ahead(d, st->head.title_start, st->head.title_end);
			/* "Chủ đề công tác năm 2020: ...", a banner, reviews no year */
			if (st->head.title_start < st->head.slogan_end)
				memset(&st->title.period, 0, sizeof(st->title.period));
			/*
			 * a headline states its meeting with the bare verb; a line with
			 * a tense ("... sẽ tổ chức Đại hội.") is a sentence taken for
			 * one, whose subject need not hold the report's meeting
			 */
			if (st->title.organizer &&
				!gb_headline_sentence(d, st->head.title_start, st->head.title_end))
				st->title.organizer = NULL;
			if (st->head.hint.y == 0)
				issue_month(d, st->head.title_start, st->head.title_end, &st->head.hint);
			/* who holds the headline's meeting, as the sentence under it names him */
			if (st->title.organizer)
				st->opening_body = opening_organizer(d, st->head.title_end, &st->opening);
			st->title.organizer = spelt_below(d, st->head.title_end, st->title.organizer);
			st->title.organizer = kicker_place(d, st->head.title_start, st->title.organizer);
			st->title.listed_by = kicker_place(d, st->head.title_start, st->title.listed_by);
		}
		if (!st->title.listed_by)
		{
			const GbPhrase *kind = NULL;

			st->title.listed_by = kicker_listed_by(d, st->head.head_end, &kind);
			/* and the kind of the meeting it names, when the headline names none */
			if (st->title.listed_by && !st->title.kind && !st->title.noun)
			{
				if (kind->aux == 1)
					st->title.kind = kind->value;
				else
					st->title.noun = kind->value;
			}
		}
		if (st->head.title_start >= 0)
			st->title.listed_by = spelt_below(d, st->head.title_end, st->title.listed_by);
	}
	if (d->last_chunk)
	{
		/* the byline and the credit, in one walk over the last lines */
		char	   *byline = gb_report_tail(d, !st->head.author,
											st->head.source ? NULL : &st->credit);

		st->author = st->head.author ? st->head.author : byline;
	}

	for (ls = 0; ls < d->ntok; ls = le)
	{
		int			words = 0;
		bool		period_seen = false;	/* period_in() had the line */

		/* with the lead and a period known, what is left needs no lines */
		if (st->have_lead && st->any.period.text)
		{
			rest_of_chunk(st, d, ls);
			break;
		}
		le = gb_line_end(d, ls);
		gb_check_interrupts();
		/*
		 * a slogan banner above the headline, "Chủ đề công tác năm 2020:
		 * ... (03/02/1930 - 03/02/2020)", the site's, not the report's:
		 * none of its years or dates is the meeting's (stop 30 E6)
		 */
		if (d->first_chunk && le <= st->head.slogan_end &&
			st->head.title_start >= st->head.slogan_end)
			continue;
		/* a dateline ("24/06/2015 07:57") opens no lead */
		for (k = ls; k < le && words <= 4; k++)
			if (d->tok[k].flags & T_WORD)
				words++;
		for (k = ls; k < le; k++)
		{
			bool		own = false,	/* lead_cue()'s *planned */
						want_attended;

			/* once the lead is known, only some tokens can add to it */
			if (st->have_lead && (k = next_of_interest(st, d, k, le)) == le)
				break;
			/*
			 * the words of a cue kept for want of a lead start no other:
			 * "Chiều ngày 21 và sáng ngày 22 tháng 12 năm 2022" heading the
			 * text is one cue, its time the first day's, not a cue at
			 * "ngày 21 và ..." without it (probe 48 G5)
			 */
			if (!st->have_lead && words > 4 && k >= trial.sentence_end && k >= kept_end &&
				lead_cue(d, &kc, &ps, ls, le, k, &st->cue, &decided, &own) &&
				!planned_days_beaten(st, d, ls, le, k))
			{
				/*
				 * a headline that opens with a date, a label ("Ngày 18/5:
				 * Khai mạc ...") or a sentence's ("Sáng nay, Tổng Bí thư
				 * dự ..."), dates the meeting but opens no lead: the lead
				 * under it has the time of day, the year and who holds it
				 */
				if (k == st->head.title_start && d->first_chunk && label_at < 0)
				{
					label = st->cue;
					label_at = k;
					label_ls = ls;
					label_le = le;
					kept_end = label.end;
				}
				else
				{
					int			se = sentence_end_from(d, k, le),
								held = -1;	/* its sentence names a meeting held;
											 * read only where needed */

					period_seen = take_lead(st, d, st->cue, ls, le, k);
					/* a later cue on trial's behalf dates a meeting held, or gives it back */
					if (trial.sentence_end >= 0)
					{
						held = names_meeting_held(d, sentence_start_of(d, ls, k), se);
						if (!held)
							period_seen = restore_lead(st, &trial);
						trial.sentence_end = -1;
					}
					/*
					 * "Ngày 9/8, ... cho biết, ... chuẩn bị công tác cho Đại
					 * hội ...": a dated item of a listing page that names
					 * no meeting held nor who holds one is the lead only
					 * for want of a later one (spoken_of_only())
					 */
					if (spoken_at < 0 && spoken_of_only(st, d, ls, le, k))
					{
						st->have_lead = false;
						memset(&st->lead, 0, sizeof(st->lead));
						spoken = st->cue;
						spoken_at = k;
						spoken_ls = ls;
						spoken_le = le;
						spoken_late = st->attended != NULL;
						kept_end = spoken.end;
					}
					else if (st->have_lead && se < le)
					{
						if (held < 0)
							held = names_meeting_held(d, sentence_start_of(d, ls, k), se);
						if (!held)
							try_lead(st, &trial, period_seen, se);
					}
				}
			}
			else if (own && planned_at < 0)
			{
				planned = st->cue;
				planned_at = k;
				planned_ls = ls;
				planned_le = le;
				planned_late = st->attended != NULL;
			}
			if (!st->any.organizer)
				organizer_anywhere(st, d, ls, k);
			/* a meeting's noun at k, looked up once for both notes */
			/*
			 * the meeting attended, and who holds it: a caption's "phát
			 * biểu tại hội nghị" names none, a later "Tại hội nghị, <body>
			 * đã thảo luận" may (probe 45 G6)
			 */
			want_attended = !st->attended || !st->any.organizer || st->attended == gb_kind_meeting;
			if (st->have_lead ? wants_attended_kind(st) : (want_attended || !st->named))
			{
				const GbPhrase *noun = NULL;
				int			nm = kind_at(d, k, &noun);

				/* wants_attended_kind() asks for no meeting attended yet */
				if (nm > 0 && noun->aux == 0 && want_attended)
					note_attended(st, d, ls, k, nm, noun);
				if (nm > 0 && noun->aux == 0 && !st->have_lead && !st->named)
					note_named_kind(st, d, k, nm, noun);
			}
			if (wants_later_time(st) && (gb_dict_masks[d->tok[k].grp] & CAT_TIMEOFDAY))
				note_later_time(st, d, k);
			note_token(st, d, k);
		}
		/* no later sentence of its line dated a meeting: the lead on trial */
		if (trial.sentence_end >= 0)
			period_seen = restore_lead(st, &trial);
		/* a period anywhere, line by line, until one is found */
		if (!period_seen && d->first_chunk && ls == st->head.title_start &&
			le == st->head.title_end)
		{
			/* the headline was searched for a period already */
			if (!st->any.period.text)
				st->any.period = st->title.period;
			period_seen = true;
		}
		if (!st->any.period.text && !period_seen)
			period_in(d, ls, le, &st->any.period, &st->any.planned, false, &ps,
					  &st->agenda_year);
	}
	/* no lead under the dated headline: its label is the lead's cue */
	if (!st->have_lead && label_at >= 0)
		take_lead(st, d, label, label_ls, label_le, label_at);
	/*
	 * "Đồng chí A ... chủ trì phiên họp. ... Ngày 11/12, đồng chí B ... đã
	 * làm việc với ...": an item spoken of after the meeting the report
	 * names as held is another event, the meeting's day untold (probe 54 G5)
	 */
	if (!st->have_lead && spoken_at >= 0 && !spoken_late)
		take_lead(st, d, spoken, spoken_ls, spoken_le, spoken_at);

	/*
	 * "Đại hội ... sẽ diễn ra vào ngày 2/10.": the day planned for the
	 * meeting its sentence names dates the report of that meeting when no
	 * sentence dates another ("Sáng 5/11, Ban Thường vụ Tỉnh đoàn tổ chức
	 * hội nghị chuẩn bị" is the lead), nor a meeting attended came before
	 * (stop 36 T1)
	 */
	if (!st->have_lead && planned_at >= 0 && spoken_at < 0 && !planned_late)
		take_lead(st, d, planned, planned_ls, planned_le, planned_at);
}
