/*
 * meeting_lead.c
 *	  The lead's dated cue: which date in a line dates the meeting.
 *
 * lead_cue() and its tests: a meeting named near the cue, held after
 * it, planned, conveyed, dated by a clock or a notice's field.  Apart
 * from the chunk's walk, which calls lead_cue() at each token until a
 * lead is taken.
 */
#include "meeting_int.h"

#define ISSUE_AHEAD		20		/* tokens from a date on to a document it dates */
#define DATED_BACK		24		/* tokens from a date back to the meeting it dates */
#define SUBJECT_AHEAD	36		/* tokens from a date set off by commas on to its clause's verb */
#define FIELD_BACK		1000	/* tokens from a notice's time field back to its meeting */
#define CENTRAL_NAME_WORDS	10	/* words of a plenum's name up to "Trung ương" */
#define RESULTS_BACK	5		/* tokens from a plenum back to "kết quả (quan trọng của)" */

static int	heading_start(const GbDoc *d, int k);
static bool heading_subject(const GbDoc *d, int ls, int k);
static bool dated_lead_subject(const GbDoc *d, int k);

/*
 * "Ban Thường vụ Tỉnh ủy X đã tổ chức kiểm điểm, tự phê bình ...": the
 * self-criticism session that the body opening the line "đã" held, with
 * no date, is a meeting held as "vừa tổ chức" says, as its bare act "đã
 * kiểm điểm" is (probe ao AO1); its verb at k.  Not another kind told
 * with "đã" ("Huyện ủy X đã tổ chức quán triệt ...", a task done over
 * time, probe 48 G3), nor an activity ("đã tổ chức triển khai").  m: the
 * verb's words, as held_activity_verb() read them.
 */
static bool
done_kind_held(const GbDoc *d, int k, int m)
{
	const GbPhrase *ph = NULL;
	int			q = k + m;

	return m > 0 && tok_is(d, k - 1, "da") && !tok_has(d, k - 1, T_UPPER) &&
		gb_exact_any(d, k - 1, "đã") && !tok_has(d, q, T_NL) &&
		kind_at(d, q, &ph) > 0 && ph->value == gb_kind_self_review;
}

/*
 * "Đảng ủy Khối ... vừa tổ chức kiểm điểm, tự phê bình": an activity the
 * news just held, its verb at k (not "đã tổ chức triển khai", a task done
 * over time), is a meeting held, as one the lead names; so is one a line
 * of its own headed by a body reports ("Đảng ủy Công an tỉnh tổ chức
 * quán triệt Nghị quyết ...", probe 48 G3).
 */
bool
held_activity_verb(const GbDoc *d, int k)
{
	int			m = 0,			/* the meeting verb's words; none for a briefing */
				ls = -1;
	bool		vua = tok_is(d, k - 1, "vua") && !tok_has(d, k - 1, T_UPPER);

	/* cheap tests first: most verbs follow no "vừa" and take no activity */
	if (tok_has(d, k, T_NL) || (!vua && tok_has(d, k, T_UPPER)))
		return false;
	/*
	 * "Tỉnh ủy An Giang thông tin cho các cơ quan báo chí": the verb and
	 * its activity in one, held as "tổ chức" + activity is (probe z Z2)
	 */
	if (meetword(d, k, MW_BRIEFING, NULL) == 0 &&
		((m = meetword(d, k, MW_VERB, NULL)) == 0 || tok_has(d, k + m, T_NL) ||
		 !meeting_activity(d, k + m)))
		return false;
	if (vua)
		return true;
	if ((ls = heading_start(d, k)) >= 0)
		return heading_subject(d, ls, k) || done_kind_held(d, k, m);
	return dated_lead_subject(d, k);
}

#define HEADING_WORDS	16		/* at most, a heading line inside the text */
#define SAME_DAY_LINES	4		/* lines after a dated one to its "Cùng ngày," */
#define DIRECTIVE_WORDS	12		/* "thực hiện chỉ đạo của Quận ủy Đồ Sơn," before a lead's subject */

/*
 * Where the line of the verb at k starts, a body capitalized opening it a
 * few tokens before; -1 when not.
 */
static int
heading_start(const GbDoc *d, int k)
{
	int			ls;

	for (ls = k - 1; ls > 0 && !tok_has(d, ls, T_NL) && k - ls < ORGANIZER_BACK; ls--)
		;
	if ((ls > 0 && !tok_has(d, ls, T_NL)) || ls < 0 || !gb_tok_capitalized(d, ls) ||
		gb_dict_match(d, ls, CAT_BODY | CAT_BODYHEAD, NULL) == 0)
		return -1;
	return ls;
}

/*
 * "Đảng ủy Công an tỉnh tổ chức quán triệt Nghị quyết 12": the verb at k
 * in a heading of its own, a body opening its line at ls, no stop closing
 * it, few words, no tense, states the activity held as a headline does
 * (probe 48 G3).
 */
static bool
heading_subject(const GbDoc *d, int ls, int k)
{
	int			le = gb_line_end(d, k),
				j,
				words = 0;

	if (tok_punct(d, le - 1, '.') || tok_punct(d, le - 1, ';') || tok_punct(d, le - 1, ':'))
		return false;
	for (j = ls; j < le; j++)
		if (tok_has(d, j, T_WORD) && ++words > HEADING_WORDS)
			return false;
	return gb_headline_sentence(d, ls, le);
}

/*
 * "Chiều 19-5, Huyện ủy Chiêm Hóa đã tổ chức đánh giá 1 năm thực hiện Kết
 * luận 01": the verb at k in a lead whose line opens with a day's date cue
 * ("- Sáng 12-4-2021,"), then a comma and a capitalized body, no sentence
 * closing before the verb, holds the activity as "vừa tổ chức" does
 * (probe 52 G1).  A task set ("Huyện ủy tổ chức triển khai ... trong năm")
 * opens no line with the day it was done.
 */
/*
 * Where the subject starts after a clause of the instruction carried out,
 * "thực hiện (theo) chỉ đạo của Quận ủy Đồ Sơn," or "theo chỉ đạo của ...,"
 * at q, set off by its comma before the verb at k; or q (stop 30 F4).  So
 * after a place fronted, "tại Bảo tàng tỉnh, Chi bộ tổ chức cho ... học
 * tập ..." (probe 97 AE2).
 */
static int
directive_clause_end(const GbDoc *d, int q, int k)
{
	int			j;

	if (!(tok_is(d, q, "theo") || tok_is(d, q, "tai") ||
		  (tok_is(d, q, "thuc") && tok_is(d, q + 1, "hien"))) ||
		tok_has(d, q, T_UPPER))
		return q;
	for (j = q + 1; j < k && j < q + DIRECTIVE_WORDS; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':') || gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0)
			return q;
		if (tok_punct(d, j, ','))
			return j + 1;
	}
	return q;
}

static bool
dated_lead_subject(const GbDoc *d, int k)
{
	GbDateCue	cue;
	int			ls,
				s,
				j;

	for (ls = k - 1; ls > 0 && !tok_has(d, ls, T_NL) && k - ls < ORGANIZER_BACK + DIRECTIVE_WORDS; ls--)
		;
	if (ls > 0 && !tok_has(d, ls, T_NL))
		return false;
	if (tok_punct(d, ls, '-') && !tok_has(d, ls + 1, T_NL))
		ls++;
	if (!gb_tok_capitalized(d, ls) || !gb_may_start_date_cue(d, ls) ||
		!gb_date_cue(d, ls, &cue) || !cue.has_date || cue.end >= k ||
		!tok_punct(d, cue.end, ','))
		return false;
	s = directive_clause_end(d, cue.end + 1, k);
	/*
	 * "Sáng ngày 04/10/2022, cơ quan Thanh tra tỉnh đã tổ chức học tập":
	 * "cơ quan" in lower case before the body's capitalized name is its
	 * common noun, not the subject's start (probe ae AE3); so are the other
	 * unit nouns, "đơn vị", "nhà trường", "công ty" ...
	 */
	if (gb_word_lower(d, s))
		s += gb_listed_phrase_at(d, s, gb_unit_refs);
	if (k - s >= ORGANIZER_BACK || !gb_tok_capitalized(d, s) ||
		gb_dict_match(d, s, CAT_BODY | CAT_BODYHEAD, NULL) == 0)
		return false;
	for (j = s; j < k; j++)
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':'))
			return false;
	return true;
}

bool
kind_near(const GbDoc *d, KindCursor *c, int k, int lo, int hi)
{
	if (c->next < k)
	{
		if (c->next >= 0)
			c->prev = c->next;
		if (c->scanned < k - LEAD_BEFORE)
			c->scanned = k - LEAD_BEFORE;
		c->next = d->ntok;
		for (; c->scanned < d->ntok; c->scanned++)
		{
			if (kind_at(d, c->scanned, NULL) == 0 && !session_at(d, c->scanned) &&
				!held_activity_at(d, c->scanned))
				continue;
			if (c->scanned >= k)
			{
				c->next = c->scanned++;
				break;
			}
			c->prev = c->scanned;
		}
	}
	return (c->prev >= lo && c->prev < k) || c->next < hi;
}

/*
 * Whether the nearest meeting's kind before k, within the clause, is
 * followed by a body completing its name that ends right at k: "Hội nghị
 * Ban Chấp hành Đảng bộ tỉnh ngày 17/9/2022", "Hội nghị Tỉnh ủy ngày ...".
 */
static bool
meeting_of_body_ends_at(const GbDoc *d, int ls, int k)
{
	const char *name;
	int			j,
				n;

	for (j = k - 2; j > ls && j >= k - DATED_BACK; j--)
	{
		if (tok_has(d, j, T_PUNCT))
			return false;
		if ((n = kind_at(d, j, NULL)) > 0)
			return j + n < k && body_at(d, j + n, &name) == k;
	}
	return false;
}

/*
 * "... tại Hội nghị sơ kết công tác dân vận, ngày 12-7-2019": a lower-case
 * "ngày" after a comma dates the meeting named after "tại" in its sentence,
 * or after the working day of it ("ngày làm việc thứ ba của Hội nghị ...,
 * cả ngày 10/5"), unless a document is named in between (then the date is
 * the document's); so does one right after the meeting's kind, "tại hội
 * nghị giao ban ngày 24/9", or after the body whose meeting it is, "Tại
 * Hội nghị Ban Chấp hành Đảng bộ tỉnh ngày 17/9/2022" (probe 55 G7).
 */
bool
dated_meeting_before(const GbDoc *d, int ls, int k)
{
	int			j,
				c = tok_is(d, k - 1, "ca") && !tok_has(d, k - 1, T_UPPER) ? k - 1 : k;

	if (!tok_is(d, k, "ngay") || (d->tok[k].flags & T_UPPER) ||
		!(tok_punct(d, c - 1, ',') || phrase_ends_at(d, k, CAT_MEETKIND, 0) ||
		  meeting_of_body_ends_at(d, ls, k)))
		return false;
	for (j = c - 2; j > ls && j >= k - DATED_BACK; j--)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':') ||
			gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0)
			return false;
		if ((tok_is(d, j - 1, "tai") || working_day_of(d, j)) && kind_at(d, j, NULL) > 0)
			return true;
	}
	return false;
}

/*
 * "Tại ngày làm việc thứ 2 (ngày 12-8), Đại hội ...": a lower-case "ngày"
 * at k in brackets right after a working day, before the meeting whose day
 * it is, dates that day of it (probe bf BF7); days_worked_before() counts
 * back to its first.  The cue is read into *cue.
 */
bool
working_day_cue(const GbDoc *d, int k, GbDateCue *cue)
{
	int			q;

	if (!tok_is(d, k, "ngay") || (d->tok[k].flags & T_UPPER) || !tok_punct(d, k - 1, '(') ||
		!working_day_of(d, k - 1) || !gb_date_cue_ngay(d, k, cue) || !cue->has_date ||
		!tok_punct(d, cue->end, ')'))
		return false;
	q = cue->end + 1;
	if (tok_punct(d, q, ','))
		q++;
	return !tok_has(d, q, T_NL) && kind_at(d, q + tok_is(d, q, "cua"), NULL) > 0;
}

/* "Sau 3 ngày làm việc", "Trải qua hai ngày" at j, opening a sentence: days counted up to a date */
static bool
days_before(const GbDoc *d, int j)
{
	const GbPhrase *ph = NULL;
	int			m;

	if (!tok_has(d, j, T_UPPER) || (m = meetword(d, j, MW_DURATION, &ph)) == 0 ||
		(ph->value && !gb_same_word(d, j, ph)))
		return false;
	j += m;
	/* "Sau hơn 2 ngày", "Sau hai ngày", "Sau 2,5 ngày" */
	if (tok_is(d, j, "hon") || tok_is(d, j, "gan"))
		j++;
	if (tok_has(d, j, T_NUM) && tok_punct(d, j + 1, ',') && tok_has(d, j + 2, T_NUM) &&
		!tok_has(d, j + 2, T_SPACE))
		j += 2;
	if (!tok_has(d, j, T_NUM) && gb_dict_match(d, j, CAT_ORDINAL, NULL) != 1)
		return false;
	return tok_is(d, j + 1, "ngay") || tok_is(d, j + 1, "buoi");
}

/*
 * "Với tinh thần ...", "Với phương châm ...", "Với chủ đề ...", "Với khẩu
 * hiệu ..." at j, opening a sentence: the spirit the main clause is held
 * in, no day of its own (probe-s G1)
 */
static bool
spirit_before(const GbDoc *d, int j)
{
	return tok_is(d, j, "voi") && tok_has(d, j, T_UPPER) &&
		((tok_is(d, j + 1, "tinh") && tok_is(d, j + 2, "than")) ||
		 (tok_is(d, j + 1, "phuong") && tok_is(d, j + 2, "cham")) ||
		 (tok_is(d, j + 1, "chu") && tok_is(d, j + 2, "de")) ||
		 (tok_is(d, j + 1, "khau") && tok_is(d, j + 2, "hieu")));
}

/*
 * "Để kịp thời cung cấp thông tin ..., ngày 4/1/2019, tại Hà Nội, Ban ...
 * tổ chức": a lower-case "ngày" after a comma that closes a leading purpose
 * clause ("Để", "Nhằm") dates the main clause, unless a document is named in
 * the purpose (then the date may be the document's).  So does one after
 * the days of work that led up to it, "Sau 3 ngày làm việc (khẩn trương),
 * ngày 05-8, Đại hội ... bế mạc", or after the spirit it is held in, "Với
 * phương châm “Đoàn kết - Dân chủ”, ngày 19/9/2025, Đại hội ...".  The
 * comma may sit inside the slogan's closing quote: "“Đoàn kết, dân chủ,”
 * ngày 19/9".
 */
bool
after_purpose(const GbDoc *d, int ls, int k)
{
	int			j,
				c = k - 1;

	if (tok_punct(d, c, '"') && tok_punct(d, c - 1, ','))
		c--;
	if (!tok_is(d, k, "ngay") || (d->tok[k].flags & T_UPPER) || !tok_punct(d, c, ','))
		return false;
	for (j = c - 1; j >= ls && j >= k - AGENDA_BACK; j--)
	{
		if (tok_punct(d, j, ';') || tok_punct(d, j, ':') ||
			gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0)
			return false;
		if (j == ls || (tok_punct(d, j - 1, '.') && gb_sentence_break(d, j)))
			return ((tok_is(d, j, "de") || tok_is(d, j, "nham")) && tok_has(d, j, T_UPPER)) ||
				days_before(d, j) || spirit_before(d, j);
	}
	return false;
}

/*
 * Whether the sentence of token k opens the line that starts at ls: the
 * lead's, where "tổ chức quán triệt" is a meeting held (meeting_activity()).
 */
static bool
opens_paragraph(const GbDoc *d, int ls, int k)
{
	int			j;

	for (j = k - 1; j > ls && j >= k - AGENDA_BACK; j--)
		if (tok_punct(d, j, '.') && gb_sentence_break(d, j + 1))
			return false;
	return j == ls;
}

/*
 * "về việc Hướng dẫn nội dung ...": a document's kind at j that is the
 * subject of the one cited before, capitalized as titles are, no document
 * of its own
 */
static inline bool
topic_of_document(const GbDoc *d, int j)
{
	if (tok_is(d, j - 1, "viec") && !tok_has(d, j - 1, T_UPPER))
		j--;
	return tok_is(d, j - 1, "ve") && !tok_has(d, j - 1, T_UPPER) && gb_exact_any(d, j - 1, "về");
}

/*
 * Whether the document named at j goes on with its clause before k, whose
 * issuer ("của") or subject ("về") in lower case: "Thực hiện Công văn số
 * 29-CV/BXDĐ của Ban Xây dựng Đảng xã về việc ..., ngày 04/10/2025, Chi
 * bộ ... tổ chức": a date set off after that clause is not the document's,
 * which follows its number ("Kế hoạch số 15-KH/HU, ngày 06/01/2021") or is
 * issued ("ban hành ngày") (stop 31 L-e41).
 */
static bool
doc_clause_between(const GbDoc *d, int j, int k)
{
	int			i;
	bool		clause = false;

	for (i = j + 1; i < k; i++)
	{
		if (tok_is(d, i, "ban") && tok_is(d, i + 1, "hanh"))
			return false;
		if (((tok_is(d, i, "cua") && gb_exact_any(d, i, "của")) ||
			 (tok_is(d, i, "ve") && gb_exact_any(d, i, "về"))) && !tok_has(d, i, T_UPPER))
			clause = true;
	}
	return clause;
}

/*
 * "Thực hiện Kế hoạch số 15-KH/TU, ngày 5/3/2024, Đảng ủy xã X tổ chức
 * hội nghị": a date set off right after the document named at j, the
 * clause's subject capitalized right after its comma at q - 1, no issuer
 * ("của") after it, dates that clause, not the document (stop 37 ab1),
 * but only in a report published from 0 to 31 days after that date: the
 * shape alone is the usual way to write a document's number and date, the
 * comma closing the fronted clause as well (README `held_on`).  Not after
 * "ban hành", the document's issue.
 */
static bool
subject_after_date(const GbDoc *d, int j, int k, int q)
{
	GbDate		dt;
	bool		has_year;
	int			i;

	if (!tok_punct(d, k - 1, ',') || !tok_punct(d, q - 1, ',') || !tok_has(d, q, T_UPPER) ||
		tok_is(d, q, "tai") || tok_is(d, q, "cua") || tok_has(d, q, T_NL))
		return false;
	if (!gb_parse_date(d, k + tok_is(d, k, "ngay"), &i, &dt, &has_year) || !has_year ||
		!gb_date_just_before_published(d, dt, GB_REPORTED_WITHIN))
		return false;
	for (i = j + 1; i < k; i++)
		if (tok_is(d, i, "ban") && tok_is(d, i + 1, "hanh"))
			return false;
	return true;
}

/*
 * "Thực hiện Kế hoạch số 74/KH-CTĐ ngày 25/02/2016 ...; Công văn số ...
 * ngày 15/6/2016 về ..., ngày 1/7/2016, tại TP. Đông Hà, Cụm thi đua ...
 * tổ chức Hội nghị sơ kết": a lower-case "ngày" set off by commas dates
 * the clause after it when that clause's verb holds a meeting ("tổ chức
 * Hội nghị"), its subject only a place and a body, no document or topic
 * ("về", "phục vụ") in between; the dates before belong to the documents.
 * In the sentence opening its paragraph, an activity held does as a
 * meeting does: "..., ngày 22/8/2019 Đảng ủy ... tổ chức quán triệt".
 * The document named last before the date must have its own date: in
 * "Để thực hiện Kế hoạch số 15-KH/HU, ngày 06/01/2021, ..." the date set
 * off may be the plan's.  k is the date's "ngày", q the token after the
 * comma that ends it.
 */
bool
dates_meeting_clause(const GbDoc *d, int ls, int k, int q, int le)
{
	const GbPhrase *ph = NULL;
	int			j,
				m,
				n,
				end,
				lim;
	bool		dated = false,
				has_year;
	GbDate		dt;

	for (j = k - 2; j >= ls && j >= k - AGENDA_BACK; j--)
	{
		if (tok_punct(d, j, '.') && gb_sentence_break(d, j + 1))
			break;
		if (!dated && may_start_date(d, j) && gb_parse_date(d, j, &end, &dt, &has_year) &&
			end <= k && has_year)
			dated = true;
		/* a document cited is capitalized: not "thông báo kế hoạch tổ chức" */
		if (gb_tok_capitalized(d, j) && (n = gb_dict_match(d, j, CAT_DOCTYPE, NULL)) > 0 &&
			!topic_of_document(d, j))
		{
			/*
			 * "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII,
			 * ngày 5/4/2024, Huyện ủy ... tổ chức": a resolution named by
			 * its congress has the congress's days, no date set off
			 * (stop 36 U9)
			 */
			if (!dated && !doc_clause_between(d, j, k) &&
				!(tok_is(d, j + n, "dai") && tok_is(d, j + n + 1, "hoi")) &&
				!subject_after_date(d, j, k, q))
				return false;
			break;
		}
	}

	/*
	 * "Tại Hà Nội, ngày 8/1, (đã) diễn ra hội nghị công bố ...": the verb
	 * that a meeting is held by opens the clause, the meeting after it,
	 * its subject (probe bc bc7)
	 */
	j = q + (tok_is(d, q, "da") && gb_exact_any(d, q, "đã"));
	if (j < le && (m = meetword(d, j, MW_HELD, NULL)) > 0 && j + m < le && kind_at(d, j + m, NULL) > 0)
		return true;

	for (j = q, lim = q + SUBJECT_AHEAD; j < le && j < lim; j++)
	{
		/*
		 * "Đoàn đại biểu Tỉnh ủy, ... do đồng chí A làm Trưởng đoàn đã tổ
		 * chức": the leader set between the subject and its verb does not
		 * count against the subject's reach (stop 34 Q2)
		 */
		if (tok_is(d, j, "do") && (m = leader_clause_end(d, j)) > j)
		{
			lim += m - j;
			j = m - 1;
			continue;
		}
		if (tok_punct(d, j, '.') && gb_sentence_break(d, j + 1))
			return false;
		if (tok_punct(d, j, ';') || tok_punct(d, j, ':') || tok_has(d, j, T_NL) ||
			gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0 || kind_at(d, j, NULL) > 0)
			return false;
		if ((m = meetword_longest(d, j, &ph)) > 0)
		{
			if (ph->aux == MW_ABOUT)
				return false;
			if (ph->aux == MW_VERB)
				return j > q && (meeting_object(d, j + m) ||
								 (meeting_activity(d, j + m) && opens_paragraph(d, ls, k)));
			/*
			 * "..., ngày 7/6, Đoàn kiểm tra số 2 của Tỉnh ủy đã làm việc với
			 * Ban Thường vụ Huyện ủy": a working session held (stop 32 M1b)
			 */
			if (ph->aux == MW_SESSION)
				return j > q && work_session(d, j, m);
		}
	}
	return false;
}

/*
 * "Ngày 14/10, Ban Chấp hành Trung ương đã ra Thông báo ...": the clause of
 * the cue ending at k issues a document before it names a meeting, so the
 * date is the document's.
 */
bool
issues_document(const GbDoc *d, int k, int le)
{
	const GbPhrase *ph = NULL;
	int			j,
				m,
				h = tok_punct(d, k, ',') ? k + 1 : k,
				lim = k + ISSUE_AHEAD;
	bool		plenum = false; /* a plenum heads the clause */

	/*
	 * "Ngày 25-10-2021, Hội nghị lần thứ 4 Ban chấp hành Trung ương khóa
	 * XIII ban hành Kết luận số 21-KL/TW": a plenum heading the clause, the
	 * subject of the verb that issues, is its committee in session; the day
	 * is the document's, not the plenum's, held days before (probe av AV1)
	 */
	if (h < le && tok_has(d, h, T_UPPER) && (m = kind_at(d, h, &ph)) > 0 &&
		ph->value == gb_kind_meeting)
	{
		k = h + m;
		lim = k + ISSUE_AHEAD;
		plenum = true;
	}
	for (j = k; j < le && j < lim; j++)
	{
		/*
		 * "Ngày 5-9, sau khi có quyết định chuẩn y của Đảng ủy Cục ..., các
		 * chi bộ ... đã tổ chức lễ kết nạp": a document had before the
		 * clause's act, in a fronted "sau khi ..." closed by a comma, is its
		 * background; the day is the act's after it (stop 42 AW6)
		 */
		if (tok_is(d, j, "sau") && tok_is(d, j + 1, "khi") && !tok_has(d, j + 1, T_NL))
		{
			for (m = j + 2; m < le && m < j + ISSUE_AHEAD; m++)
				if (tok_punct(d, m, ',') || tok_punct(d, m, '.') || tok_punct(d, m, ';'))
					break;
			if (tok_punct(d, m, ','))
			{
				lim += m - j;
				j = m;
				continue;
			}
		}
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || kind_at(d, j, NULL) > 0 ||
			meetword(d, j, MW_VERB, NULL) > 0)
			return false;
		/*
		 * "Hội nghị ... đã thảo luận, thông qua và ban hành Nghị quyết":
		 * the plenum at work that day, in session
		 */
		if (plenum && (gb_dict_match(d, j, CAT_SESSIONVERB, NULL) > 0 ||
					   meetword(d, j, MW_PROCEED, NULL) > 0))
			return false;
		if ((m = gb_dict_match(d, j, CAT_ISSUEVERB, NULL)) > 0 &&
			gb_dict_match(d, j + m, CAT_DOCTYPE, NULL) > 0)
			return true;
	}
	return false;
}

/*
 * "... nhằm chuẩn bị cho lễ kỷ niệm 130 năm ngày sinh Chủ tịch Hồ Chí Minh
 * (19-5-1890 – 19-5-2020) diễn ra vào sáng 17-5": the day after "diễn ra
 * (vào)" of the nearest meeting before it in its clause, one only spoken
 * of (prepared for, greeted), is that meeting's, not the report's (probe
 * 97 AE1).  The meeting's name may run long, an anniversary's years in
 * brackets: PREPARED_BACK.
 */
#define PREPARED_BACK	40

static bool
prepared_meeting_dated(const GbDoc *d, int ls, int k)
{
	int			v = k - 1,
				j;

	if (tok_is(d, v, "vao") || tok_is(d, v, "tu"))
		v--;
	if (!tok_is(d, v, "ra") || !tok_is(d, v - 1, "dien"))
		return false;
	for (j = v - 2; j > ls && j >= v - PREPARED_BACK; j--)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':') ||
			tok_has(d, j + 1, T_NL))
			return false;
		if (kind_at(d, j, NULL) > 0)
			return spoken_of_at(d, j);
	}
	return false;
}

/*
 * "Hội nghị quyết định triệu tập Đại hội ... từ ngày 20-28/1/2016": a date
 * in the sentence of a meeting decided on ("quyết định triệu tập", "quyết
 * định tổ chức") and after it is that meeting's, one still to come; so is
 * one of a meeting prepared for (prepared_meeting_dated()).
 */
bool
decided_meeting_before(const GbDoc *d, int ls, int k)
{
	int			j,
				v;

	if (prepared_meeting_dated(d, ls, k))
		return true;
	for (j = k - 1; j > ls && j >= k - DATED_BACK; j--)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':') ||
			tok_has(d, j + 1, T_NL))
			return false;
		if (kind_at(d, j, NULL) == 0)
			continue;
		/* the nearest meeting before the date: decided on, or not */
		v = j - 2;
		return meetword(d, v, MW_VERB, NULL) == 2 && tok_is(d, v - 1, "dinh") &&
			tok_is(d, v - 2, "quyet") && !tok_has(d, v - 2, T_UPPER);
	}
	return false;
}

/*
 * The meeting planned by the verb at v ("Đại hội ... sẽ diễn ra"), named
 * before it in its sentence: PLANNED_OTHER when the report has named
 * another before its sentence, "Chiều cùng ngày, Hội nghị Ban Chấp hành
 * ... đã diễn ra. ... Đại hội ... sẽ diễn ra từ ngày 25 đến ngày 27/8"
 * (probe 45 G2); PLANNED_OWN when it has not.  A report of the coming
 * congress alone ("Đại hội Đảng bộ tỉnh sẽ diễn ra từ ngày 12-15/11") is
 * dated by its days (Y9, probe 17).
 */
typedef enum
{
	PLANNED_UNNAMED,
	PLANNED_OWN,
	PLANNED_OTHER
} PlannedMeeting;

static PlannedMeeting
planned_meeting(const GbDoc *d, int ls, int v)
{
	const GbPhrase *ph = NULL;
	const char *planned = NULL;
	int			s = sentence_start_of(d, ls, v),
				j;

	for (j = v - 1; j >= s && planned == NULL; j--)
		if (kind_at(d, j, &ph) > 0)
			planned = ph->value;
	if (planned == NULL)
		return PLANNED_UNNAMED;
	for (j = 0; j < s; j++)
		if (kind_at(d, j, &ph) > 0 && strcmp(ph->value, planned) != 0)
			return PLANNED_OTHER;
	return PLANNED_OWN;
}

/*
 * Whether the tokens at s open a clause with what is planned, not done:
 * "Dự kiến,", "Theo dự kiến,", "Theo kế hoạch,".  Its meeting is
 * announced ahead, as one whose verb takes "sẽ" (probe-k G2); the one
 * test of lead_ahead(), planned_verb() and announced_at().
 */
bool
opens_planned(const GbDoc *d, int s)
{
	if (tok_is(d, s, "theo"))
		return (tok_is(d, s + 1, "du") && tok_is(d, s + 2, "kien") && tok_punct(d, s + 3, ',')) ||
			(tok_is(d, s + 1, "ke") && tok_is(d, s + 2, "hoach") && tok_punct(d, s + 3, ','));
	return tok_is(d, s, "du") && tok_is(d, s + 1, "kien") && tok_punct(d, s + 2, ',');
}

/*
 * Whether the verb (or its "được") at v is told as done, "đã tổ chức",
 * "vừa được tổ chức": "Theo kế hoạch," then means as scheduled, not ahead.
 */
bool
past_marked(const GbDoc *d, int v)
{
	return (tok_is(d, v - 1, "da") && gb_exact_any(d, v - 1, "đã")) ||
		(tok_is(d, v - 1, "vua") && gb_exact_any(d, v - 1, "vừa"));
}

/*
 * "trong 3 ngày (" or "trong 3 ngày," ending at v, before the days the
 * count opens ("sẽ diễn ra trong 3 ngày (từ ngày 2 đến 4-10)"): the token
 * before "trong", else v.  The count and its days are one announcement,
 * as "trong 2 ngày 14 và 15/7" is (probe bf BF1).
 */
int
skip_days_counted(const GbDoc *d, int v)
{
	if ((tok_punct(d, v, '(') || tok_punct(d, v, ',')) && tok_is(d, v - 1, "ngay") &&
		tok_is(d, v - 3, "trong") && !tok_has(d, v - 2, T_NL) && !tok_has(d, v - 1, T_NL) &&
		(tok_has(d, v - 2, T_NUM) || gb_dict_match(d, v - 2, CAT_COUNTWORD, NULL) == 1))
		return v - 4;
	return v;
}

/*
 * "Tỉnh ủy thống nhất sẽ tổ chức vào sáng ngày 29/8", "Hội nghị dự kiến
 * (được) tổ chức vào ngày 5/9", "Đại hội ... sẽ diễn ra từ ngày 25 đến
 * ngày 27/8": the meeting's verb in the future right before the date (its
 * "ngày" at k), in the line that starts at ls.  Returns the verb's first
 * token, or -1; *days: the date gives the meeting's days ("từ ngày", "trong
 * 2 ngày"), not the day it is held on ("vào ngày").
 */
int
planned_verb(const GbDoc *d, int ls, int k, bool *days)
{
	int			v = k - 1;

	*days = false;
	if (tok_is(d, v, "vao"))
		v--;
	/* "từ ngày 25 đến ngày 27/8", "dự kiến diễn ra trong 2 ngày 14 và 15/7" */
	else if (tok_is(d, v, "tu"))
	{
		v = skip_days_counted(d, v - 1);
		*days = true;
	}
	else if (tok_is(d, v - 1, "trong") && !tok_has(d, v, T_NL) &&
			 (tok_has(d, v, T_NUM) || gb_dict_match(d, v, CAT_COUNTWORD, NULL) == 1))
	{
		v -= 2;
		*days = true;
	}
	/* the verb's two words end at v: "tổ chức", "triệu tập", "diễn ra" */
	v--;
	if (v <= ls || (meetword(d, v, MW_VERB, NULL) != 2 &&
					!(tok_is(d, v, "dien") && tok_is(d, v + 1, "ra"))))
		return -1;
	if (tok_is(d, v - 1, "duoc"))
		v--;
	if (!((tok_is(d, v - 1, "se") && gb_exact_any(d, v - 1, "sẽ")) ||
		  (tok_is(d, v - 2, "du") && tok_is(d, v - 1, "kien")) ||
		  (opens_planned(d, sentence_start_of(d, ls, v)) && !past_marked(d, v))))
		return -1;
	return v;
}

/*
 * A date after a meeting's verb in the future (planned_verb()) is that of
 * a meeting still planned, which the report prepares, not of the one it
 * reports.  Only a date inside its sentence: a cue opening the lead ("Ngày
 * mai (15/10), Bộ Quốc phòng sẽ tổ chức") is the report's meeting,
 * announced.  The planned days are rejected only when the report has told
 * of another meeting before (planned_meeting()).  *own: the day rejected
 * is the one planned for the meeting its sentence names, none other named
 * before ("Đại hội ... sẽ diễn ra vào ngày 2/10."), the report's date for
 * want of a lead (stop 36 T1).
 */
bool
planned_date_before(const GbDoc *d, int ls, int k, bool *own)
{
	bool		days;
	int			v = planned_verb(d, ls, k, &days);
	PlannedMeeting named;

	if (v < 0)
		return false;
	named = planned_meeting(d, ls, v);
	if (days)
		return named == PLANNED_OTHER;
	*own = named == PLANNED_OWN;
	return true;
}

#define REPORTER_WORDS	16		/* tokens from a date to "cho biết" after its source */
#define REPORTED_WORDS	30		/* tokens from "cho biết," on to "vừa" + the verb */

/*
 * Whether a reporting verb at j ends its clause: "cho biết", "cho hay",
 * or "thông tin", "thông báo" before a comma or colon; returns its tokens.
 */
static int
reporting_verb_at(const GbDoc *d, int j)
{
	if (tok_has(d, j, T_UPPER) || tok_has(d, j + 1, T_NL))
		return 0;
	if (tok_is(d, j, "cho") && (tok_is(d, j + 1, "biet") || tok_is(d, j + 1, "hay")))
		return 2;
	if (tok_is(d, j, "thong") && (tok_is(d, j + 1, "tin") || tok_is(d, j + 1, "bao")) &&
		(tok_punct(d, j + 2, ',') || tok_punct(d, j + 2, ':')))
		return 2;
	return 0;
}

/*
 * "Ngày 10/5, tin từ Tỉnh ủy An Giang cho biết, Ban Thường vụ Tỉnh ủy vừa
 * tổ chức cuộc họp ...", "Chiều 24/5, thông tin từ ... cho biết, ...":
 * the date from e (past the cue) on is the notice's, which a source gives
 * of a meeting "vừa" (lately) held, not the meeting's day (probe ap AP1,
 * README `held_on`: never a notice's).  Only with no meeting named before
 * the reporting verb ("Ngày 10/5, tại hội nghị ..., ông A cho biết" is the
 * meeting's day) and "vừa" right before the verb that holds it ("vừa tổ
 * chức", "vừa họp", "vừa diễn ra"); "đã tổ chức" may be that very day.
 */
bool
notice_of_held(const GbDoc *d, int e, int le)
{
	int			j,
				m = 0;

	if (tok_punct(d, e, ','))
		e++;
	for (j = e; j < le && j < e + REPORTER_WORDS; j++)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':') ||
			kind_at(d, j, NULL) > 0 || meetword(d, j, MW_VERB, NULL) > 0)
			return false;
		if ((m = reporting_verb_at(d, j)) > 0)
			break;
	}
	if (m == 0)
		return false;
	for (j += m; j < le && j < e + REPORTER_WORDS + REPORTED_WORDS; j++)
	{
		if (sentence_end(d, j) || tok_punct(d, j, ';'))
			return false;
		if (tok_is(d, j, "vua") && !tok_has(d, j, T_UPPER) && gb_exact_any(d, j, "vừa") &&
			!tok_has(d, j + 1, T_NL))
			return meetword(d, j + 1, MW_VERB, NULL) > 0 || hop_verb_at(d, j + 1) ||
				(tok_is(d, j + 1, "dien") && tok_is(d, j + 2, "ra"));
	}
	return false;
}

/*
 * Whether "họp" at j is the verb of its subject: in lower case, alone
 * (not "họp mặt", "họp báo"), not the noun after a classifier or a word
 * that makes it one ("cuộc họp", "buổi họp", "phiên họp", "lịch họp",
 * "giấy mời họp", "tại họp").
 */
bool
hop_verb_at(const GbDoc *d, int j)
{
	const GbPhrase *ph = NULL;

	return j > 0 && tok_is(d, j, "hop") && !tok_has(d, j, T_UPPER) &&
		kind_at(d, j, &ph) == 1 && is_hop(ph) &&
		!tok_has(d, j, T_NL) &&
		!tok_is(d, j - 1, "cuoc") && !tok_is(d, j - 1, "buoi") &&
		!tok_is(d, j - 1, "phien") && !tok_is(d, j - 1, "ky") &&
		!tok_is(d, j - 1, "lich") && !tok_is(d, j - 1, "moi") &&
		!tok_is(d, j - 1, "tai") && !tok_is(d, j - 1, "cac") &&
		!tok_is(d, j - 1, "nhung");
}

/*
 * Whether a verb that holds the meeting ends just before p: "tổ chức",
 * "khai mạc", or, of two words or more, "diễn ra", "được tổ chức" (not
 * "đã" or "được" alone).
 */
static bool
held_verb_ends_at(const GbDoc *d, int p)
{
	/*
	 * "Đại hội ... đã bế mạc ngày 19/9/2025": a close told as done is the
	 * only day the text gives; "(dự kiến) bế mạc ngày ..." bounds the year
	 * only (bound_date_at(), probe-s G1b)
	 */
	if (tok_is(d, p - 1, "mac") && tok_is(d, p - 2, "be") && past_marked(d, p - 2))
		return true;
	/*
	 * "Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh (khóa XVI) họp ngày
	 * 26/4/2022 ...", "Ban Thường vụ Tỉnh ủy họp ngày ...": "họp", the
	 * verb, holds it as "diễn ra" does (probe as AS2); not the noun after
	 * a classifier, "cuộc họp ngày 10/4", a meeting named by its day
	 */
	if (hop_verb_at(d, p - 1))
		return true;
	return phrase_ends_at(d, p, CAT_MEETWORD, MW_VERB) ||
		(phrase_ends_at(d, p, CAT_MEETWORD, MW_HELD) && meetword(d, p - 2, MW_HELD, NULL) == 2) ||
		meetword(d, p - 3, MW_HELD, NULL) == 3;
}

/*
 * Whether the clause before v, the start of a date's words in the line
 * from ls, holds the meeting the date at k dates: the verb that holds it
 * ends right there, or the meeting held is named in the clause, no
 * document, year or other name in between (held_date_after()).
 */
static bool
held_before(const GbDoc *d, int ls, int v, int k)
{
	int			j;

	if (v - 1 <= ls || tok_has(d, v, T_NL))
		return false;
	if (held_verb_ends_at(d, v))
		return true;
	for (j = v - 1; j > ls && j >= k - DATED_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || (tok_has(d, j, T_PUNCT) && !tok_punct(d, j, '-')) ||
			gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0 ||
			(tok_has(d, j, T_NUM) && tok_is(d, j + 1, "nam")) ||
			(gb_dict_match(d, j, CAT_NAMESTOP, NULL) == 1 && !tok_is(d, j, "nam")) ||
			gb_dict_match(d, j, CAT_PREPOSITION, NULL) == 1)
			return false;
		if (kind_at(d, j, NULL) > 0 && held_by_verb(d, j))
			return true;
	}
	return false;
}

/*
 * "Hội nghị diễn ra ngày 26/12/2024", "... được tổ chức ngày 4/12/2013",
 * "diễn ra trong 2 ngày (26 - 27/12)", "Tỉnh ủy tổ chức hội nghị tổng kết
 * công tác năm 2024 ngày 26/12/2024": a lower-case "ngày" at k right after
 * the verb that holds the meeting, or after the meeting held, in its
 * clause, dates it as "vào ngày" does (probe 49 G2).  A document named in
 * between owns the date ("tổ chức hội nghị quán triệt Chỉ thị 35 ngày
 * ..."), and so does an anniversary counted in years ("kỷ niệm 50 năm ...
 * ngày 30/4/1975"); a word that ends a name ("từ", "trước", "của") ends
 * the meeting's: "tiến hành Đại hội từ ngày 2/6" starts a season, "tổ
 * chức đại hội trước ngày 30/6" sets a deadline ("năm 2024" goes on with
 * the work reviewed).
 */
bool
held_date_after(const GbDoc *d, int ls, int k)
{
	int			v = k;

	if (!tok_is(d, k, "ngay") || (d->tok[k].flags & T_UPPER))
		return false;
	/* "trong ngày 26/12", "trong 2 ngày (26 - 27/12)", "trong hai ngày" */
	if (tok_is(d, v - 1, "trong"))
		v--;
	else if (tok_is(d, v - 2, "trong") && !tok_has(d, v - 1, T_NL) &&
			 (tok_has(d, v - 1, T_NUM) || gb_dict_match(d, v - 1, CAT_COUNTWORD, NULL) == 1))
		v -= 2;
	return held_before(d, ls, v, k);
}

/*
 * Whether "Trung ương" comes in the few words after p, past a '(' but no
 * other mark: "Hội nghị Trung ương 7", "lần thứ 9 Ban Chấp hành Trung
 * ương".  The officials' central_plenum_at() reads a plenum's name word by
 * word, and stops at the '('.
 */
static bool
central_name_at(const GbDoc *d, int p)
{
	int			j;

	for (j = p; j < d->ntok && j < p + CENTRAL_NAME_WORDS; j++)
	{
		if (tok_has(d, j, T_NL) || (tok_has(d, j, T_PUNCT) && !tok_punct(d, j, '(')))
			return false;
		if (tok_is(d, j, "trung") && tok_is(d, j + 1, "uong"))
			return true;
	}
	return false;
}

/*
 * Whether the results or a document of the meeting at j are conveyed:
 * "kết quả (quan trọng của) Hội nghị Trung ương 7", "Nghị quyết Hội nghị
 * lần thứ 9 Ban Chấp hành Trung ương", "kết quả và những nội dung cơ bản
 * Hội nghị lần thứ 12" (probe af AF4): what it decided, in the sentence.
 * Also asked by the officials' roles, of a plenum a report recaps.
 */
bool
gb_conveyed_at(const GbDoc *d, int j)
{
	int			b;

	for (b = j - 1; b >= 0 && b >= j - RESULTS_BACK && !tok_has(d, b + 1, T_NL) &&
		 !sentence_end(d, b); b--)
		if ((tok_is(d, b, "ket") && tok_is(d, b + 1, "qua")) ||
			(tok_is(d, b, "noi") && tok_is(d, b + 1, "dung")) ||
			gb_dict_match(d, b, CAT_DOCTYPE, NULL) > 0)
			return true;
	return false;
}

/*
 * Whether a Central Committee plenum whose results are conveyed is named
 * before k.  The first one is looked for once, from where the last call
 * left off: each token is tested once however many cues ask.
 */
static bool
plenum_conveyed_before(const GbDoc *d, PlenumSeen *ps, int k)
{
	for (; ps->at < 0 && ps->scanned < k; ps->scanned++)
		if (kind_at(d, ps->scanned, NULL) > 0 && central_name_at(d, ps->scanned) &&
			gb_conveyed_at(d, ps->scanned))
			ps->at = ps->scanned;
	return ps->at >= 0 && ps->at < k;
}

/*
 * Whether a lower-case cue at k dates a meeting whose results the report
 * conveys: "kết quả quan trọng của Hội nghị Trung ương 7 (khoá XI), họp
 * từ ngày 02/5 ...", "kết quả Hội nghị Ban Thường vụ Tỉnh ủy họp ngày
 * 10/7/2023", or a Central Committee plenum named so before, "thông báo
 * nhanh kết quả Hội nghị Trung ương 7 (khoá XI). Hội nghị Trung ương 7
 * họp từ ngày 02/5 đến ngày 11/5/2013".  That meeting is over, another
 * passes on what it decided; its days are not that one's (probe 57 G3).
 */
bool
conveyed_meeting_dated(const GbDoc *d, PlenumSeen *ps, int ls, int k)
{
	const GbPhrase *ph = NULL;
	int			v = tok_is(d, k - 1, "tu") ? k - 2 : k - 1,
				s,
				j;

	if ((d->tok[k].flags & T_UPPER) || v < ls)
		return false;
	/*
	 * "họp (từ) ngày ...": the date is what the verb "họp" tells; the
	 * sentence's start is looked for only then
	 */
	if (kind_at(d, v, &ph) == 1 && is_hop(ph))
	{
		if (v < (s = sentence_start_of(d, ls, k)))
			return false;
		/* the sitting named before it */
		for (j = v - 1; j >= s && j >= k - DATED_BACK; j--)
			if (kind_at(d, j, &ph) > 0 && !is_hop(ph))
				return gb_conveyed_at(d, j) ||
					(central_name_at(d, j) && plenum_conveyed_before(d, ps, k));
		return false;
	}
	/*
	 * "... kết quả và những nội dung cơ bản Hội nghị lần thứ 12 Ban Chấp
	 * hành Trung ương, khóa XII vừa diễn ra tại Hà Nội từ ngày 11-5": the
	 * plenum just over, whose results are conveyed, is the subject of
	 * "vừa diễn ra (tại X)", unless a meeting of the report is named
	 * before it, capitalized ("Hội nghị thông báo nhanh kết quả Hội nghị
	 * Trung ương 12 vừa diễn ra ...") (probe af AF4)
	 */
	for (j = v; j > ls && j > v - 5 && !tok_has(d, j, T_PUNCT); j--)
		if (tok_is(d, j, "ra") && tok_is(d, j - 1, "dien") && tok_is(d, j - 2, "vua") &&
			(j == v || tok_is(d, j + 1, "tai")))
			break;
	if (j <= ls || j <= v - 5 || !tok_is(d, j, "ra") || j - 2 < (s = sentence_start_of(d, ls, k)))
		return false;
	for (j -= 3; j >= s && j >= k - DATED_BACK; j--)
		if (kind_at(d, j, &ph) > 0 && !is_hop(ph))
		{
			if (!gb_tok_capitalized(d, j) || !central_name_at(d, j) || !gb_conveyed_at(d, j))
				return false;
			for (j--; j >= s; j--)
				if (kind_at(d, j, NULL) > 0 && gb_tok_capitalized(d, j))
					return false;
			return true;
		}
	return false;
}

/*
 * Whether the meeting named at j, capitalized, is a Central Committee
 * plenum whose results are conveyed, or one a plenum so conveyed is named
 * before from lo, or before lo in the chunk with ps (not NULL): "thông
 * báo nhanh kết quả Hội nghị Trung ương 10. ... Hội nghị lần thứ 10 Ban
 * Chấp hành Trung ương Đảng khóa XII".
 */
static bool
conveyed_plenum_at(const GbDoc *d, int lo, int j, PlenumSeen *ps)
{
	int			b;

	if (!gb_tok_capitalized(d, j) || !central_name_at(d, j))
		return false;
	/* one named in an earlier line of the chunk (probe y Y10) */
	if (ps && plenum_conveyed_before(d, ps, lo))
		return true;
	for (b = j; b >= lo; b--)
		if (kind_at(d, b, NULL) > 0 && gb_tok_capitalized(d, b) && central_name_at(d, b) &&
			gb_conveyed_at(d, b))
			return true;
	return false;
}

/*
 * Whether the period at k is on the agenda of a plenum whose results the
 * report conveys (conveyed_plenum_at()), from lo on: the nearest meeting
 * named before it in its sentence is that plenum, and so is the first,
 * the sentence's subject: "Từ ngày 16 đến ngày 18-5, Hội nghị lần thứ 10
 * Ban Chấp hành Trung ương Đảng khóa XII đã họp bàn về ...; báo cáo công
 * tác kiểm tra, giám sát năm 2018"; or the nearest is "Hội nghị" opening
 * the sentence, "(đã) họp ...", right after the sentence that names that
 * plenum last.  That meeting's agenda is not the report's, as its days
 * are not (conveyed_meeting_dated()) (probe a G6, probe b G4).  A review
 * named nearer ("tổ chức hội nghị thông báo kết quả Hội nghị Trung ương 9
 * và tổng kết công tác năm 2018") is the report's.
 */
bool
conveyed_agenda(const GbDoc *d, int lo, int k, PlenumSeen *ps)
{
	const GbPhrase *ph = NULL;
	bool		listed = false;
	int			j,
				s,
				n = 0,
				v;

	/*
	 * the nearest meeting, past the verb "họp"; past a ';' only a plenum
	 * conveyed: another meeting is a topic of an earlier item of the
	 * agenda, "họp thông qua các nội dung: ...; báo cáo ... trình Đại hội
	 * XIV; Báo cáo tổng kết Chỉ thị số 35-CT/TW ...; Báo cáo ... năm 2023"
	 * (probe y Y10)
	 */
	for (j = k - 1; j >= lo; j--)
	{
		if (tok_punct(d, j, ';'))
			listed = true;
		if ((n = kind_at(d, j, &ph)) > 0 && !is_hop(ph))
		{
			if (!listed || (gb_tok_capitalized(d, j) && conveyed_plenum_at(d, lo, j, ps)))
				break;
		}
		if (gb_sentence_break(d, j))
			return false;
	}
	if (j < lo || !gb_tok_capitalized(d, j))
		return false;
	if (conveyed_plenum_at(d, lo, j, ps))
	{
		/* the first meeting of the sentence, its subject */
		for (s = j; s > lo && !gb_sentence_break(d, s); s--)
			if (kind_at(d, s - 1, &ph) > 0 && !is_hop(ph))
				j = s - 1;
		return conveyed_plenum_at(d, lo, j, ps);
	}
	/* the bare noun opening its sentence, whose verb is "họp" */
	v = tok_is(d, j + n, "da") ? j + n + 1 : j + n;
	if (j <= lo || !gb_sentence_break(d, j) || kind_at(d, v, &ph) <= 0 || !is_hop(ph))
		return false;
	for (s = j - 1; s >= lo; s--)
	{
		if (kind_at(d, s, &ph) > 0 && !is_hop(ph))
			return conveyed_plenum_at(d, lo, s, ps);
		if (gb_sentence_break(d, s))
			break;
	}
	return false;
}

/*
 * The first token of a clock time that ends right before k: "14 giờ", "7
 * giờ 30 phút", "14 giờ 00", "14h", "14h30", "14:00", with "(vào) lúc" or
 * "(bắt đầu) từ" before it; -1 when none does.
 */
static int
clock_start(const GbDoc *d, int k)
{
	int			j = k - 1;

	if (tok_is(d, j, "phut"))
		j--;
	/* the minutes: "30 phút", "14h30", "14:00" */
	if (tok_has(d, j, T_NUM) && (tok_is(d, j - 1, "gio") || tok_is(d, j - 1, "h") ||
								 tok_punct(d, j - 1, ':')))
		j--;
	else if (j < k - 1 || tok_punct(d, j, ':'))
		return -1;
	if (!(tok_is(d, j, "gio") || tok_is(d, j, "h") || tok_punct(d, j, ':')) ||
		!tok_has(d, j - 1, T_NUM) || d->tok[j - 1].len > 2 || gb_tok_int(d, j - 1) > 24)
		return -1;
	j--;
	if (tok_is(d, j - 1, "luc") || tok_is(d, j - 1, "tu"))
		j--;
	if (tok_is(d, j - 1, "vao"))
		j--;
	return j;
}

/*
 * Whether the lower-case "ngày" at k, after a clock time, dates the
 * meeting: "tổ chức Hội nghị ... vào lúc 14 giờ ngày 15/12/2023", "khai
 * mạc 14 giờ 00 phút, ngày 15/12/2023", "Vào lúc 14 giờ ngày 15/12/2023,
 * Ban Thường vụ ...": the date is the clock's, which is read as "vào ngày"
 * is, dates the meeting held before it, or opens the sentence as "Ngày
 * ..." does (probe 61 G2).
 */
static bool
clock_dates_meeting(const GbDoc *d, int ls, int k)
{
	int			c = clock_start(d, tok_punct(d, k - 1, ',') ? k - 1 : k);

	if (c < 0 || tok_has(d, k, T_NL))
		return false;
	if (d->tok[c].flags & T_UPPER)
		return c == ls || gb_sentence_break(d, c);
	/* "vào lúc 14 giờ ngày ...", "lúc 8h30 ngày ...": as "vào ngày ..." */
	return tok_is(d, c, "vao") || tok_is(d, c, "luc") || held_before(d, ls, c, k);
}

/*
 * Whether the line from ls is a notice's time field, "2. Thời gian: ½
 * ngày, bắt đầu từ 7 giờ 30 phút, ngày 21 tháng 7 năm 2022", "- Thời gian:
 * 01 buổi, khai mạc lúc 14 giờ ngày 15/12/2023", the date at k after its
 * label: the meeting the notice names before it is held then (probe 61
 * G2).
 */
static bool
time_field_at(const GbDoc *d, int ls, int k)
{
	int			j = ls;

	/* the item's number or dash */
	while (j < k && j < ls + 3 && !tok_has(d, j, T_WORD))
		j++;
	return tok_is(d, j, "thoi") && tok_is(d, j + 1, "gian") && tok_punct(d, j + 2, ':') &&
		j + 2 < k;
}

/*
 * Whether a meeting is named in the lines before ls, a notice's fields
 * ("1. Nội dung Hội nghị:", a list of its items) between: the one whose
 * time field follows.
 */
bool
meeting_named_before(const GbDoc *d, int ls)
{
	int			j;

	for (j = ls - 1; j >= 0 && j >= ls - FIELD_BACK; j--)
		if (kind_at(d, j, NULL) > 0)
			return true;
	return false;
}

/*
 * The lower-case "ngày" at k read as the meeting's date after a clock time
 * or on a notice's time field, into cue; *field: on a time field.  Kept out
 * of lead_cue(), whose other tests most cues pass or fail first.
 */
__attribute__((noinline)) bool
clock_or_field_cue(const GbDoc *d, int ls, int k, GbDateCue *cue, bool *field)
{
	return ((*field = time_field_at(d, ls, k)) || clock_dates_meeting(d, ls, k)) &&
		gb_date_cue_ngay(d, k, cue);
}

/*
 * Whether one of the few lines after the one ending at le opens with
 * "Cùng ngày," or "Cũng trong ngày," and names a meeting before token hi:
 * a round-up's next event, in a paragraph of its own, on the day the lines
 * before gave ("Ngày 3/4, ông A trao quyết định ... / Cùng ngày, UBND tỉnh
 * tổ chức hội nghị ..."), which that line's meeting dates as in one
 * paragraph (stop 30 G11).  Only that line's own words count: a meeting
 * named in the lines between is another matter.
 */
bool
same_day_meeting(const GbDoc *d, int le, int hi)
{
	int			s = le,
				n,
				q,
				e,
				j;

	for (n = 0; n < SAME_DAY_LINES && s < d->ntok; n++, s = gb_line_end(d, s))
	{
		GbDateCue	other;

		q = s;
		/* a line dated anew: the day "Cùng ngày" refers to is its own */
		if (gb_may_start_date_cue(d, q) && gb_date_cue(d, q, &other) && other.has_date)
			return false;
		if (!tok_has(d, q, T_UPPER) || !tok_is(d, q, "cung"))
			continue;
		if (tok_is(d, q + 1, "trong"))
			q++;
		if (!tok_is(d, q + 1, "ngay") || !tok_punct(d, q + 2, ',') || tok_has(d, q + 1, T_NL))
			continue;
		e = gb_line_end(d, s);
		if (e > hi)
			e = hi;
		for (j = q + 3; j < e; j++)
			if (kind_at(d, j, NULL) > 0 || session_at(d, j) || held_activity_at(d, j))
				return true;
		return false;
	}
	return false;
}
