/*
 * meeting_bridges.c
 *	  The meeting's scope, its bridge points, and whether it is online.
 *
 * scope_at() ("toàn tỉnh", "cả nước"), the bridge points a report lists
 * ("điểm cầu tỉnh Quảng Nam") with their keys for duplicates, and
 * note_online(): what an online meeting's report says.  Apart as the
 * facts that name places, not bodies or dates.
 */
#include "meeting_int.h"

#define STOCK_BACK		8		/* tokens from "cả nước" back to "không khí" */
#define REGION_WORDS	3		/* capitalized words of a region after a dash */
#define NEGATED_BACK	6		/* tokens from "trực tuyến" back to a negator */
#define GUESTS_BACK		12		/* tokens from a count of provinces back to "dự ... có" */
#define LEVEL_POINT_BACK	40	/* tokens from "điểm cầu tỉnh" back to the province it names */
#define SCOPE_SENTENCE	40		/* tokens each way from a scope word to a word of a meeting */

/* The folded words of tokens [from, to), as an arena string key. */
static char *
fold_key(const GbDoc *d, int from, int to)
{
	size_t		n = 0;
	char	   *key,
			   *p;
	int			k;

	for (k = from; k < to; k++)
		n += d->tok[k].flen + 1;
	p = key = gb_arena_alloc(d->arena, n);
	for (k = from; k < to; k++)
	{
		if (k > from)
			*p++ = ' ';
		memcpy(p, tok_fold(d, k), d->tok[k].flen);
		p += d->tok[k].flen;
	}
	*p = '\0';
	return key;
}

/* Whether key is fold_key() of tokens [from, to) (words: no '\0' in them). */
static bool
is_fold_key(const GbDoc *d, int from, int to, const char *key)
{
	int			k;

	for (k = from; k < to; k++)
	{
		uint32_t	n = d->tok[k].flen;

		if (k > from && *key++ != ' ')
			return false;
		if (strncmp(key, tok_fold(d, k), n) != 0)
			return false;
		key += n;
	}
	return *key == '\0';
}

/*
 * "Trong không khí phấn khởi của cả nước", "cùng với cả nước", "như cả
 * nước": the scope word at p is in a stock adverbial, not the reach of the
 * meeting.
 */
static bool
stock_scope(const GbDoc *d, int p)
{
	int			j;

	if (tok_is(d, p - 1, "cua") || tok_is(d, p - 1, "nhu") || tok_is(d, p - 1, "cung") ||
		(tok_is(d, p - 1, "voi") && tok_is(d, p - 2, "cung")))
		return true;
	for (j = p - 1; j >= 0 && j >= p - STOCK_BACK; j--)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ',') ||
			tok_punct(d, j, ':') || tok_has(d, j + 1, T_NL))
			return false;
		if (meetword(d, j, MW_NOUN, NULL) > 0 && tok_is(d, j, "khong"))
			return true;
	}
	return false;
}

/* A kind, "trực tuyến", "điểm cầu", "tổ chức" or "dự" at j (scope_of_meeting()) */
static inline bool
meeting_word(const GbDoc *d, int j)
{
	const GbPhrase *ph = NULL;

	return kind_at(d, j, NULL) > 0 ||
		(meetword_longest(d, j, &ph) > 0 &&
		 (ph->aux == MW_ONLINE || ph->aux == MW_BRIDGE || ph->aux == MW_VERB ||
		  ph->aux == MW_ATTEND));
}

/*
 * Whether the sentence of the scope word at p names a meeting: a kind
 * ("hội nghị", "đại hội"), "trực tuyến", "điểm cầu", or a verb that holds
 * or attends one ("tổ chức", "dự").  "Bà Rịa-Vũng Tàu đóng góp khoảng 4%
 * GDP cả nước", "đứng đầu cả nước": a share or a rank of the country, no
 * meeting's reach (probe au AU10).  Scope words are few: the look is
 * bounded, once a hit.
 */
static bool
scope_of_meeting(const GbDoc *d, int p)
{
	int			j;

	for (j = p - 1; j >= 0 && j >= p - SCOPE_SENTENCE &&
		 !sentence_end(d, j) && !tok_has(d, j + 1, T_NL); j--)
		if (meeting_word(d, j))
			return true;
	for (j = p + 1; j < d->ntok && j <= p + SCOPE_SENTENCE &&
		 !tok_has(d, j, T_NL) && !sentence_end(d, j - 1); j++)
		if (meeting_word(d, j))
			return true;
	return false;
}

/*
 * "Nghị quyết Đại hội Đoàn toàn quốc lần thứ XI": the scope word at p ends
 * the name of a congress (with its body's name: a word or two) whose
 * document is named, or that a meeting prepares or leads to ("tiến tới Đại
 * hội Đoàn toàn quốc lần thứ XI", "chuẩn bị Đại hội ...").
 */
static bool
congress_in_document(const GbDoc *d, int p)
{
	const GbPhrase *ph = NULL;
	int			j,
				m;

	for (j = p - 2; j >= 1 && j >= p - 4; j--)
	{
		if (tok_has(d, j + 1, T_NL) || tok_has(d, j + 1, T_PUNCT))
			return false;
		if ((m = kind_at(d, j, &ph)) > 0 && j + m <= p && strcmp(ph->value, gb_kind_congress) == 0 &&
			gb_tok_capitalized(d, j))
			return phrase_ends_at(d, j, CAT_DOCTYPE, 0) ||
				phrase_ends_at(d, j, CAT_MEETWORD, MW_ABOUT);
	}
	return false;
}

/*
 * "Về dự Đại hội có Lãnh đạo Hội CCB 20 tỉnh, thành phố": a count of
 * provinces at p among the guests a sentence of attendance lists ("dự ...
 * có") is where they come from, not the meeting's reach.
 */
static bool
guests_from(const GbDoc *d, int p)
{
	int			j;
	bool		co = false;

	for (j = p - 1; j >= 0 && j >= p - GUESTS_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':'))
			return false;
		if (tok_is(d, j, "co") && gb_exact_any(d, j, "có"))
			co = true;
		else if (co && is_du(d, j))
			return true;
	}
	return false;
}

/*
 * "Đại hội điểm đầu tiên trong 32 tỉnh, thành", "một trong số 63 tỉnh",
 * "đầu tiên trên toàn quốc": the scope at p is a set this meeting is ranked
 * in (a rank, then "trong (số)" or "trên"), not the meeting's reach.
 */
static bool
ranked_among(const GbDoc *d, int p)
{
	int			j = p - 1;

	if (tok_is(d, j, "so") && tok_is(d, j - 1, "trong"))
		j--;
	if (!tok_is(d, j, "trong") && !tok_is(d, j, "tren"))
		return false;
	j--;
	/* "đầu tiên", "duy nhất", "dẫn đầu", "một trong", "1 trong" */
	return (tok_is(d, j, "tien") && tok_is(d, j - 1, "dau")) || tok_is(d, j, "nhat") ||
		tok_is(d, j, "dau") || tok_is(d, j, "mot") ||
		(tok_has(d, j, T_NUM) && d->tok[j].len == 1 && d->norm.data[d->tok[j].off] == '1');
}

/* Whether a count of provinces, "32 tỉnh, thành (phố)", ends before p. */
static bool
provinces_end_before(const GbDoc *d, int p)
{
	int			j = p - 1;

	if (tok_is(d, j, "pho"))
		j--;
	return tok_is(d, j, "thanh") && tok_punct(d, j - 1, ',') && tok_is(d, j - 2, "tinh") &&
		tok_has(d, j - 3, T_NUM);
}

/*
 * "(khu vực miền) Trung - Tây Nguyên", "Bắc Trung Bộ - Duyên hải": a
 * region named after a dash that ends at q goes on with a second one, in
 * capitals and closed by a word or a clause's end, the pair one area.  Not
 * a caption's label ("- Ảnh: TTXVN") nor a line's end.  Returns its end, or q.
 */
static int
region_pair_end(const GbDoc *d, int q)
{
	int			e;

	if (!tok_punct(d, q, '-') || !gb_tok_capitalized(d, q + 1) || tok_has(d, q, T_NL) ||
		tok_has(d, q + 1, T_NL))
		return q;
	for (e = q + 1; e < d->ntok && e <= q + REGION_WORDS && gb_tok_capitalized(d, e) && !tok_has(d, e, T_NL); e++)
		;
	if (e > q + REGION_WORDS || (e < d->ntok && !tok_has(d, e, T_NL) &&
								 (tok_punct(d, e, ':') || tok_punct(d, e, '(') ||
								  tok_punct(d, e, '-'))))
		return q;
	return e;
}

/*
 * "toàn quốc", "khu vực miền Bắc", "63 tỉnh, thành phố" at p, or NULL;
 * mw (m tokens) is the meeting word at p, if m > 0.
 */
char *
scope_at(const GbDoc *d, int p, int m, const GbPhrase *mw)
{
	int			q;

	if (m > 0 && mw->aux == MW_SCOPE)
	{
		/*
		 * "Đại hội đại biểu toàn quốc" names a congress, not a scope, as
		 * does "Nghị quyết Đại hội Đoàn toàn quốc"; nor is the scope of a
		 * meeting spoken of this meeting's
		 */
		if (tok_is(d, p - 1, "bieu") || stock_scope(d, p) || congress_in_document(d, p) ||
			attribute_of_spoken(d, p) || ranked_among(d, p) || !scope_of_meeting(d, p))
			return NULL;
		return (char *) mw->value;
	}
	if (m > 0 && mw->aux == MW_REGION)
	{
		q = p + m;
		/*
		 * "32 tỉnh, thành khu vực phía Nam": the region of a count of
		 * provinces, read (or left) with it
		 */
		if ((!tok_is(d, q, "mien") && !tok_is(d, q, "phia")) || provinces_end_before(d, p))
			return NULL;
		/* "Phân viện khu vực miền Trung": the region of an institution's name */
		if (!tok_has(d, p, T_NL) &&
			((gb_tok_capitalized(d, p - 1) && meetword(d, p - 1, MW_INSTITUTION, NULL) == 1) ||
			 (gb_tok_capitalized(d, p - 2) && meetword(d, p - 2, MW_INSTITUTION, NULL) == 2)))
			return NULL;
		for (q++; q < d->ntok && q - p < 6 && gb_tok_capitalized(d, q) &&
			 !(d->tok[q].flags & T_NL); q++)
			;
		if (q > p + m + 1)
			q = region_pair_end(d, q);
		return q > p + m + 1 ? gb_span_text(d, p, q) : NULL;
	}
	if (tok_has(d, p, T_NUM) && tok_is(d, p + 1, "tinh") && tok_punct(d, p + 2, ',') &&
		tok_is(d, p + 3, "thanh") && !guests_from(d, p) && !ranked_among(d, p))
	{
		q = p + 4 + (tok_is(d, p + 4, "pho") ? 1 : 0);
		return gb_span_text(d, p, q);
	}
	return NULL;
}

/*
 * A word that stops a name at q, spelled as the gazetteer spells it, tone
 * marks and all: "khí" of "Tập đoàn Dầu khí Việt Nam" is no "khi".
 */
static bool
spelled_stop(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, q, CAT_TITLESTOP, &ph);

	return m > 1 || (m == 1 && (ph->value == NULL || gb_exact_any(d, q, ph->value)));
}

/*
 * A lower-case syllable at q that ends the compound word a capital opened:
 * "Tổng cục Chính trị", "Bộ Quốc phòng".  Names of places capitalize every
 * syllable ("Bông Sen"), names of bodies only the first of each word, so
 * this is looked for only in the first word after a common noun ("Tổng
 * cục", "Bộ", "trụ sở").
 * It is no verb or function word ("có", "dự"), and the name ends or goes
 * on in capitals after it, or its level closes it: "Trung tâm Hội nghị
 * tỉnh" (probe 59 G7).
 */
static bool
compound_tail(const GbDoc *d, int q)
{
	if (!tok_has(d, q, T_WORD) || gb_tok_capitalized(d, q) || !tok_has(d, q - 1, T_WORD) ||
		!gb_tok_capitalized(d, q - 1) || (d->tok[q].flags & T_NL) ||
		gb_dict_match(d, q, CAT_LEVEL, NULL) > 0 || spelled_stop(d, q))
		return false;
	return q + 1 >= d->ntok || !tok_has(d, q + 1, T_WORD) ||
		(d->tok[q + 1].flags & T_NL) || gb_tok_capitalized(d, q + 1) ||
		gb_dict_match(d, q + 1, CAT_TITLESTOP, NULL) > 0 ||
		gb_dict_match(d, q + 1, CAT_LEVEL, NULL) > 0;
}

/*
 * "T.Ư", "TƯ", "TW" at q: Trung ương abbreviated, which a bridge point is
 * written out as ("điểm cầu Trung ương" in full).  Returns its tokens.
 */
static int
central_abbrev(const GbDoc *d, int q)
{
	if ((tok_is(d, q, "tu") || tok_is(d, q, "tw")) && tok_has(d, q, T_ALLCAPS))
		return 1;
	return gb_central_dotted(d, q);
}

#define SENTENCE_CASE_WORDS	6	/* lower-case syllables of a name before its level: fewer than this */

/*
 * Whether q holds a syllable of a name in sentence case: a lower-case word
 * on the line, no stop ("có") and no link ("tại") of a bridge point.
 */
static bool
sentence_case_syllable(const GbDoc *d, int q)
{
	return q < d->ntok && tok_has(d, q, T_WORD) && !gb_tok_capitalized(d, q) &&
		!(d->tok[q].flags & T_NL) && !spelled_stop(d, q) && !bridge_link(d, q);
}

/*
 * "hành chính quận Sơn Trà" at q, after an institution's head ("Trung
 * tâm"): its name in sentence case, lower-case syllables that no stop ends,
 * then a level and the place's capitalized name or number.  The syllables'
 * tokens, the level's loop reading the rest, or 0 (probe 96 ad9).
 */
static int
sentence_case_to_level(const GbDoc *d, int q)
{
	int			n,
				m;

	for (n = 0; n < SENTENCE_CASE_WORDS; n++)
	{
		if ((m = gb_dict_match(d, q + n, CAT_LEVEL, NULL)) > 0)
			return n > 0 && q + n + m < d->ntok && !(d->tok[q + n + m].flags & T_NL) &&
				(gb_tok_capitalized(d, q + n + m) || tok_has(d, q + n + m, T_NUM)) ? n : 0;
		if (!sentence_case_syllable(d, q + n))
			return 0;
	}
	return 0;
}

/*
 * "trị quốc gia", "thật" in "Nhà xuất bản Chính trị quốc gia Sự thật" at
 * q, inside an institution's name: lower-case syllables that no stop,
 * link, level, verb or meeting ends, as the organizer's name goes on in
 * sentence case, up to the name's capitals or, after a word of the name
 * (named), to what ends the point: a comma, a period, the line's end, a
 * stop ("có"), a link ("tại").  Fewer than SENTENCE_CASE_WORDS.  Their
 * tokens, or 0 (probe aj AJ7).
 */
static int
sentence_case_run(const GbDoc *d, int q, bool named)
{
	int			n,
				e;

	for (n = 0; n < SENTENCE_CASE_WORDS; n++)
	{
		e = q + n;
		if (!sentence_case_syllable(d, e) ||
			gb_dict_match(d, e, CAT_LEVEL | CAT_ADVERB | CAT_ROLE, NULL) > 0 ||
			gb_dict_may_match(d, e, CAT_VERBSTART) || kind_at(d, e, NULL) > 0)
			break;
	}
	if (n == 0)
		return 0;
	e = q + n;
	if (e < d->ntok && !(d->tok[e].flags & T_NL) && tok_has(d, e, T_WORD) && gb_tok_capitalized(d, e))
		return n;
	/*
	 * stopped short of the cap, the loop met what ends the point; at the
	 * cap, an unknown lower-case word after them may be the predicate: no
	 * name read
	 */
	return named && n < SENTENCE_CASE_WORDS ? n : 0;
}

/*
 * Whether a name goes on at q after a capitalized "Trung tâm": "Trung tâm
 * Hội nghị tỉnh", "Trung tâm Chính trị huyện"; "điểm cầu Trung tâm có Bộ
 * trưởng", "điểm cầu Trung tâm tại phòng họp", the central point, names no
 * place, as "điểm cầu chính" (stop 30 G16).
 */
static bool
central_point_named(const GbDoc *d, int q)
{
	return q < d->ntok && !(d->tok[q].flags & T_NL) &&
		(gb_tok_capitalized(d, q) || tok_has(d, q, T_NUM) || sentence_case_to_level(d, q) > 0);
}

/*
 * "trung tâm" in lower case right after "điểm cầu", or capitalized with
 * no name after it: which point it is, the hub the others connect to, not
 * its name ("Điểm cầu trung tâm tại Hội trường Diên Hồng", "điểm cầu Trung
 * tâm có Bộ trưởng"); "điểm cầu Trung tâm Chính trị huyện" is a place.
 * Returns its tokens, or 0.
 */
static int
hub_descriptor(const GbDoc *d, int q)
{
	if (tok_is(d, q, "trung") && tok_is(d, q + 1, "tam") && !(d->tok[q + 1].flags & T_NL) &&
		(!gb_tok_capitalized(d, q) || !central_point_named(d, q + 2)))
		return 2;
	return 0;
}

/*
 * Past the words between "điểm cầu chính" and the link to its place at q:
 * "(của) hội nghị", "(được) tổ chức", "(được) đặt" ("Điểm cầu chính của hội
 * nghị được tổ chức tại Phòng họp Diên Hồng"); q when no link ends them
 * (stop 30 F6).
 */
static int
main_point_link(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;
	int			r = q,
				m;

	if (tok_is(d, r, "cua") && !tok_has(d, r + 1, T_NL))
		r++;
	if ((m = kind_at(d, r, &ph)) > 0 && ph->aux == 0 && !tok_has(d, r + m - 1, T_NL))
		r += m;
	else if (r > q)
		return q;
	if (tok_is(d, r, "duoc") && !tok_has(d, r + 1, T_NL))
		r++;
	if (tok_is(d, r, "dat") && !tok_has(d, r, T_NL))
		r++;
	else if ((m = meetword(d, r, MW_VERB, NULL)) > 0 && !tok_has(d, r, T_NL))
		r += m;
	return r > q && !tok_has(d, r, T_NL) && bridge_link(d, r) ? r : q;
}

/*
 * A level abbreviated with its dot glued to it, the place's name after it
 * on the same line: "TP.HCM", "TP. Cần Thơ".  The dot is inside the name,
 * no sentence's end.  Returns the tokens of the level and its dot, or 0.
 */
static int
dotted_level(const GbDoc *d, int q)
{
	int			m = gb_dict_match(d, q, CAT_LEVEL, NULL);

	if (m > 0 && (d->tok[q].flags & T_ALLCAPS) && tok_punct(d, q + m, '.') &&
		!tok_has(d, q + m, T_SPACE) && !tok_has(d, q + m + 1, T_NL) &&
		tok_has(d, q + m + 1, T_WORD) && gb_tok_capitalized(d, q + m + 1))
		return m + 1;
	return 0;
}

/*
 * A day and month joined by a hyphen at q, "2-9", "30-4", written without
 * spaces: the date a venue is named after ("Hội trường 2-9", "Quảng
 * trường 30-4", "Trung tâm Hội nghị 23-9"), one word of its name, not a
 * range (probe 48 G2).  Its tokens, or 0.
 */
static int
day_month_name(const GbDoc *d, int q)
{
	int			day,
				month;

	if (!tok_has(d, q, T_NUM) || d->tok[q].len > 2 || !tok_punct(d, q + 1, '-') ||
		tok_has(d, q + 1, T_SPACE) || !tok_has(d, q + 2, T_NUM) || d->tok[q + 2].len > 2 ||
		tok_has(d, q + 2, T_SPACE) || tok_has(d, q + 1, T_NL) || tok_has(d, q + 2, T_NL))
		return 0;
	/* not a longer date, "2-9-1945", nor a code, "2-9A" */
	if ((tok_punct(d, q + 3, '-') || tok_punct(d, q + 3, '/') || tok_has(d, q + 3, T_WORD)) &&
		!tok_has(d, q + 3, T_SPACE))
		return 0;
	day = gb_tok_int(d, q);
	month = gb_tok_int(d, q + 2);
	return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? 3 : 0;
}

/*
 * "khu vực Tây Nguyên", "khu vực miền Trung", "khu vực I" at q (MW_REGION),
 * in lower case inside an institution's name after its head: its tokens up
 * to the region's name, which is read on as the name's capitals; or 0.
 */
static int
region_in_name(const GbDoc *d, int q)
{
	int			m = meetword(d, q, MW_REGION, NULL);

	if (m == 0 || tok_has(d, q, T_UPPER) || tok_has(d, q, T_NL) || tok_has(d, q + 1, T_NL))
		return 0;
	if (tok_is(d, q + 2, "mien") && !tok_has(d, q + 2, T_UPPER))
		m++;
	return !tok_has(d, q + m, T_NL) && (gb_tok_capitalized(d, q + m) || tok_has(d, q + m, T_ROMAN)) ?
		m : 0;
}

/*
 * The name of the point after "điểm cầu": "tỉnh Lạng Sơn", "Tỉnh ủy An
 * Giang", "chính ở Phòng họp Diên Hồng", "cấp tỉnh - Hội trường Bông Sen",
 * "Tổng cục Hậu cần", "T.Ư".  Returns the token after it; *start gets its
 * first token, *abbrev that of a "T.Ư" in it (or -1).
 */
static int
bridge_name(const GbDoc *d, int p, int *start, int *abbrev)
{
	const GbPhrase *ph = NULL;
	int			q = p,
				m,
				steps,
				head_end = -1,	/* after the common noun a name follows */
				body_end = -1,	/* after a body's name */
				tail = -2;		/* the last compound's lower-case syllable */
	bool		owner,
				institution = false;	/* an institution's head read */

	*abbrev = -1;
	/* "điểm cầu trực tuyến Tỉnh ủy" */
	q += meetword(d, q, MW_ONLINE, NULL);
	/*
	 * "điểm cầu chính", "điểm cầu cấp tỉnh -": which point, not its name;
	 * "điểm cầu chính là phòng họp Diên Hồng": the main point's name after
	 * "là" as after "tại" (probe 63 G5)
	 */
	if (tok_is(d, q, "chinh"))
	{
		q = main_point_link(d, q + 1);
		if (tok_is(d, q, "la") && gb_exact_any(d, q, "là"))
			q++;
	}
	else if ((m = hub_descriptor(d, q)) > 0)
	{
		q += m;
		/*
		 * "điểm cầu trung tâm là Ban Dân vận Trung ương": the hub's name
		 * after "là", as the main point's (probe aa AA7)
		 */
		if (tok_is(d, q, "la") && gb_exact_any(d, q, "là") && central_point_named(d, q + 1))
			q++;
	}
	else if (tok_is(d, q, "cap") && (m = gb_dict_match(d, q + 1, CAT_LEVEL, NULL)) > 0 &&
			 bridge_link(d, q + 1 + m))
		q += 1 + m;
	/* "điểm cầu của tỉnh tại Trung tâm Hội nghị": whose point, its place named after */
	else if (tok_is(d, q, "cua") && !gb_tok_capitalized(d, q + 1) &&
			 (m = gb_dict_match(d, q + 1, CAT_LEVEL, NULL)) > 0 && bridge_link(d, q + 1 + m))
		q += 1 + m;
	/*
	 * "điểm cầu (chính) của Đảng ủy Bộ Nội vụ": the point of a body, named
	 * by it, in two words at least ("của Đảng u", a text cut off, names none)
	 */
	owner = tok_is(d, q, "cua") && gb_tok_capitalized(d, q + 1) && !tok_has(d, q + 1, T_NL);
	if (bridge_link(d, q) || owner)
		q++;
	p = *start = q;
	for (steps = 0; steps < 8 && q < d->ntok; steps++)
	{
		if (q > p && (d->tok[q].flags & T_NL))
			break;
		if ((m = central_abbrev(d, q)) > 0)
		{
			if (*abbrev < 0)
				*abbrev = q;
			q += m;
		}
		else if ((m = gb_dict_match(d, q, CAT_BODY | CAT_BODYHEAD, &ph)) > 0 && gb_tok_capitalized(d, q) &&
				 meetword(d, q, MW_INSTITUTION, NULL) <= m)
		{
			q += m;
			body_end = q;
			if (ph->cat == CAT_BODYHEAD)
				head_end = q;
		}
		else if (gb_tok_capitalized(d, q) && (m = meetword(d, q, MW_INSTITUTION, NULL)) > 0)
		{
			q = head_end = q + m;
			institution = true;
			/* "Phân viện khu vực miền Trung", "Học viện Chính trị khu vực I" */
			if ((m = region_in_name(d, q)) > 0)
				q += m;
		}
		else if ((m = meetword(d, q, MW_PLACE, NULL)) > 0)
		{
			/* "Quân khu 7", "Hội trường số 2" */
			q = head_end = q + m;
			if (tok_is(d, q, "so") && tok_has(d, q + 1, T_NUM))
				q++;
			if ((m = day_month_name(d, q)) > 0 && !(d->tok[q].flags & T_NL))
				q += m;
			else if (tok_has(d, q, T_NUM) && d->tok[q].len <= 3 && !(d->tok[q].flags & T_NL))
				q++;
		}
		else if ((m = gb_dict_match(d, q, CAT_LEVEL, NULL)) > 0 && gb_tok_capitalized(d, q + m) &&
				 !(d->tok[q + m].flags & T_NL))
			q += m;
		else if ((m = dotted_level(d, q)) > 0)
			q += m;
		/* "Trường Đại học Sư phạm": a word of the name, no common word ending it */
		else if (gb_tok_capitalized(d, q) && (m = meetword(d, q, MW_NAMEWORD, NULL)) > 0)
			q = body_end = q + m;
		else if (tok_has(d, q, T_WORD) && gb_tok_capitalized(d, q))
			q++;
		/* "điểm cầu BR-VT": an abbreviated name is one across its hyphen */
		else if (q > p && gb_name_hyphen(d, q))
			q++;
		/* "Trung tâm Hội nghị 23-9": the date closing the name */
		else if (q > p && tok_has(d, q - 1, T_WORD) && !(d->tok[q].flags & T_NL) &&
				 (m = day_month_name(d, q)) > 0)
			q += m;
		/*
		 * "Trung tâm Hội nghị 272 (phường Xuân Hòa)": a number of three
		 * figures at most closing the name, no word counted after it
		 * ("Tỉnh ủy 120 đại biểu") nor a code's slash (probe-af AF9)
		 */
		else if (q > p && tok_has(d, q, T_NUM) && d->tok[q].len <= 3 &&
				 !(d->tok[q].flags & T_NL) && tok_has(d, q - 1, T_WORD) &&
				 (q + 1 >= d->ntok || (d->tok[q + 1].flags & T_NL) || tok_punct(d, q + 1, '(') ||
				  tok_punct(d, q + 1, ',') || tok_punct(d, q + 1, ';') || tok_punct(d, q + 1, ')') ||
				  tok_punct(d, q + 1, '.')))
		{
			q++;
			break;
		}
		/* "điểm cầu Ban Tuyên giáo và Dân vận Tỉnh ủy": one department's fields */
		else if (q > p && gb_field_link(d, q))
			q += 3;
		else if ((q == body_end || head_end >= 0) && q > p && !(d->tok[q].flags & T_NL) &&
				 (m = gb_dict_match(d, q, CAT_LEVEL, NULL)) > 0)
		{
			/*
			 * "Văn phòng UBND tỉnh", "Trung tâm Hội nghị và Triển lãm
			 * tỉnh": the body's or the institution's level ends the name
			 */
			q += m;
			break;
		}
		/*
		 * "Trung tâm Hội nghị Quốc gia", "Tập đoàn Bưu chính Viễn thông":
		 * the first word after the common noun, and each word after a
		 * compound so ended, capitalized on its first syllable only
		 */
		else if ((q == head_end + 1 || q == tail + 2) && compound_tail(d, q))
			tail = q++;
		/* "Trung tâm hành chính quận Sơn Trà": in sentence case to its level */
		else if (q == head_end && q > p && (m = sentence_case_to_level(d, q)) > 0)
			q += m;
		/*
		 * "Nhà xuất bản Chính trị quốc gia Sự thật", "Công ty cổ phần
		 * Lilama": an institution's name in sentence case
		 */
		else if (institution && q > p && q >= head_end && tok_has(d, q - 1, T_WORD) &&
				 (m = sentence_case_run(d, q, q > head_end)) > 0)
			q += m;
		else
			break;
	}
	/* "tại phòng họp của Bộ": a room's noun alone, in lower case, names none */
	if (q == head_end && q > p && !gb_tok_capitalized(d, p) && !tok_has(d, q - 1, T_NUM) &&
		meetword(d, p, MW_PLACE, NULL) == q - p)
		return p;
	return owner && q < p + 2 ? p : q;
}

/*
 * Tokens [from, to) as piece() gives them, with the "T.Ư" at abbrev written
 * out as central: the key (fold_key(), "trung uong") or the text
 * (gb_span_text(), "Trung ương") of a bridge point.
 */
static char *
bridge_spelled(const GbDoc *d, int from, int to, int abbrev,
			   char *(*piece) (const GbDoc *, int, int), const char *central)
{
	GbBuf		b = {0};
	int			after = abbrev + central_abbrev(d, abbrev);
	char	   *s;

	if (abbrev > from)
	{
		s = piece(d, from, abbrev);
		gb_buf_append(&b, s, strlen(s));
		gb_buf_putc(&b, ' ');
	}
	gb_buf_append(&b, central, strlen(central));
	if (after < to)
	{
		s = piece(d, after, to);
		gb_buf_putc(&b, ' ');
		gb_buf_append(&b, s, strlen(s));
	}
	s = gb_arena_strndup(d->arena, b.data, b.len);
	gb_free(b.data);
	return s;
}

/* Whether the key of a point begins with the words of key short. */
static bool
key_extends(const char *key, const char *shorter)
{
	size_t		n = strlen(shorter);

	return strncmp(key, shorter, n) == 0 && key[n] == ' ';
}

/* Where the name of a point [from, to) follows its level word ("tỉnh"), in its key. */
static int
level_core(const GbDoc *d, int from, int to)
{
	int			m = gb_dict_match(d, from, CAT_LEVEL, NULL),
				n = 0,
				k;

	if (m <= 0 || from + m >= to || !gb_tok_capitalized(d, from + m) || tok_is(d, from + m, "uy"))
		return 0;
	for (k = from; k < from + m; k++)
		n += d->tok[k].flen + 1;
	return n < 256 ? n : 0;
}

/*
 * The point in the list whose name is that of key with its level (core:
 * where the name starts in key) written on one side only: "tỉnh Quảng Nam"
 * and, in a caption, "Quảng Nam".  Two levels ("tỉnh", "thành phố Hà
 * Giang") are two places.  nbridges if none.
 */
static int
same_place(const GbMeetState *st, const char *key, int core)
{
	int			k;

	for (k = 0; k < st->nbridges; k++)
		if ((core > 0) != (st->bridge_core[k] > 0) &&
			strcmp(key + core, st->bridge_keys[k] + st->bridge_core[k]) == 0)
			break;
	return k;
}

/*
 * "điểm cầu tỉnh", the level alone at p: the province named before it in
 * its sentence, "Phó Bí thư Tỉnh ủy Bắc Ninh ... phát biểu tại điểm cầu
 * tỉnh", is the point, "tỉnh Bắc Ninh".
 */
static void
add_level_point(GbMeetState *st, const GbDoc *d, int p, bool noted)
{
	int			m = gb_dict_match(d, p, CAT_LEVEL, NULL),
				i,
				j,
				k,
				n,
				core;
	char	   *key,
			   *text,
			   *level,
			   *name;

	if (m <= 0 || gb_tok_capitalized(d, p))
		return;
	for (i = p - 1; i >= 0 && i >= p - LEVEL_POINT_BACK && !sentence_end(d, i); i--)
	{
		if (tok_has(d, i + 1, T_NL) && i + 1 < p)
			return;
		for (k = 0; k < m; k++)
			if (d->tok[i + k].flen != d->tok[p + k].flen ||
				memcmp(tok_fold(d, i + k), tok_fold(d, p + k), d->tok[p + k].flen) != 0)
				break;
		if (k < m)
			continue;
		/* "tỉnh Bắc Ninh", "Tỉnh ủy Bắc Ninh" */
		j = i + m;
		if (m == 1 && tok_is(d, j, "uy") && !tok_has(d, j, T_NL))
			j++;
		for (n = 0; n < PLACE_NAME_WORDS && j + n < p && tok_has(d, j + n, T_WORD) &&
			 gb_tok_capitalized(d, j + n) && !tok_has(d, j + n, T_NL); n++)
			;
		if (n == 0)
			continue;
		for (core = 0, k = p; k < p + m; k++)
			core += d->tok[k].flen + 1;
		name = fold_key(d, j, j + n);
		key = gb_arena_alloc(d->arena, core + strlen(name) + 1);
		memcpy(key, fold_key(d, p, p + m), core - 1);
		key[core - 1] = ' ';
		strcpy(key + core, name);
		for (k = 0; k < st->nbridges; k++)
			if (strcmp(key, st->bridge_keys[k]) == 0)
				return;
		if (same_place(st, key, core) < st->nbridges)
			return;
		name = gb_span_text(d, j, j + n);
		level = gb_span_text(d, p, p + m);
		text = gb_arena_alloc(d->arena, strlen(level) + strlen(name) + 2);
		memcpy(text, level, strlen(level));
		text[strlen(level)] = ' ';
		strcpy(text + strlen(level) + 1, name);
		st->bridge_keys[st->nbridges] = key;
		st->bridge_bare[st->nbridges] = false;
		st->bridge_core[st->nbridges] = core;
		st->bridge_unlevelled[st->nbridges] = NULL;
		st->bridges[st->nbridges++] = text;
		if (noted)
			gb_note_mention((GbDoc *) d, GB_MENTION_BRIDGE, -1, key,
							d->tok[p].os, d->tok[p + m - 1].oe);
		return;
	}
}

/*
 * Adds the point named at p (add_bridge() below) and returns the token
 * after its name, or p when none is named there.
 */
static int	add_bridge(GbMeetState *st, const GbDoc *d, int p, bool noted);

/*
 * A point named at q without "điểm cầu" before it, as an item of a list
 * of points or an end of a link: a body, an institution or a place
 * capitalized ("Tập đoàn Dầu khí Việt Nam", "Hội trường UBND quận"), or a
 * level or a room in lower case before a name ("tỉnh Cao Bằng", "hội
 * trường Tỉnh ủy").  Not a head with a count or the many after it, "UBND
 * 11 phường", "Công an các tỉnh": the bodies of every unit, no one point.
 * Returns the token after its name, or q.
 */
static int
bridge_item(const GbDoc *d, int q)
{
	int			m,
				from,
				abbrev,
				to;

	if (q >= d->ntok || !tok_has(d, q, T_WORD) || (d->tok[q].flags & T_NL))
		return q;
	if (gb_tok_capitalized(d, q))
	{
		if (gb_dict_match(d, q, CAT_BODY | CAT_BODYHEAD, NULL) == 0 &&
			meetword(d, q, MW_INSTITUTION, NULL) == 0 && meetword(d, q, MW_PLACE, NULL) == 0 &&
			meetword(d, q, MW_VENUE, NULL) == 0)
			return q;
	}
	else if (((m = gb_dict_match(d, q, CAT_LEVEL, NULL)) == 0 &&
			  (m = meetword(d, q, MW_PLACE, NULL)) == 0) ||
			 !gb_tok_capitalized(d, q + m) || tok_has(d, q + m, T_NL))
		return q;
	to = bridge_name(d, q, &from, &abbrev);
	if (to == from || from != q || tok_has(d, to, T_NUM) || meetword(d, to, MW_MANY, NULL) > 0)
		return q;
	return to;
}

/*
 * "Huyện Tân Lập (cũ)", "xã Phú An (mới)": a remark in lower case in
 * brackets at q after a point's name, up to three words, which a list of
 * points passes over.  The token after its ")", or q.
 */
static int
point_remark_end(const GbDoc *d, int q)
{
	int			r;

	if (!tok_punct(d, q, '(') || tok_has(d, q, T_NL))
		return q;
	for (r = q + 1; r <= q + 3 && gb_word_lower(d, r) && !tok_has(d, r, T_NL); r++)
		;
	return r > q + 1 && tok_punct(d, r, ')') && !tok_has(d, r, T_NL) ? r + 1 : q;
}

/*
 * The points listed after one named at p and ending at e: "điểm cầu Tập
 * đoàn Điện lực Việt Nam và Tập đoàn Dầu khí Việt Nam".  A comma may join
 * them only after a colon that opens the list ("tại 3 điểm cầu: Hội trường
 * Quận ủy, Trung tâm Chính trị quận và ..."), to the list's end: after
 * "Tại điểm cầu Tỉnh ủy," a body is the sentence's subject, no point.
 */
static void
bridge_list(GbMeetState *st, const GbDoc *d, int e, bool colon, bool noted)
{
	int			items[MAX_BRIDGES],
				n = 0,
				q = e,
				to,
				k;
	bool		closed = false;

	while (n < MAX_BRIDGES && !closed)
	{
		int			s = q = point_remark_end(d, q);

		if (colon && (tok_punct(d, s, ',') || tok_punct(d, s, ';')))
			s++;
		if (tok_is(d, s, "va"))
		{
			s++;
			closed = true;
		}
		/* the list's end without "và": its sentence's end is asked below */
		if (s == q)
			break;
		if ((to = bridge_item(d, s)) == s)
			return;
		items[n++] = s;
		q = to;
	}
	q = point_remark_end(d, q);
	/* a colon's list without "và" runs to its sentence's end, or its bracket's */
	if (!closed && !(q >= d->ntok || tok_has(d, q, T_NL) || sentence_end(d, q) ||
					 tok_punct(d, q, ')')))
		return;
	for (k = 0; k < n; k++)
		add_bridge(st, d, items[k], noted);
}

/*
 * The point named after "điểm cầu" at p and those listed after it (after
 * a colon: colon).
 */
static void
add_bridges(GbMeetState *st, const GbDoc *d, int p, bool colon)
{
	int			e = add_bridge(st, d, p, true);

	if (e > p)
		bridge_list(st, d, e, colon, true);
}

/*
 * "trực tuyến từ Hội trường Quận ủy đến Hội trường UBND quận": the ends
 * of an online link at q, after "trực tuyến", named without "điểm cầu".
 * Where it comes from is a point only when it goes to points named or
 * counted ("đến 11 điểm cầu", "đến các xã"), not "từ Trung ương đến cơ
 * sở", every level.
 */
static void
online_link(GbMeetState *st, const GbDoc *d, int q)
{
	int			from = -1,
				to;

	if (tok_is(d, q, "tu") && gb_exact_any(d, q, "từ"))
	{
		if ((to = bridge_item(d, q + 1)) == q + 1)
			return;
		from = q + 1;
		q = to;
	}
	if (!link_to(d, q) || tok_has(d, q + 1, T_NL))
		return;
	if ((to = bridge_item(d, q + 1)) > q + 1)
	{
		if (from >= 0)
			add_bridge(st, d, from, true);
		add_bridge(st, d, q + 1, true);
		bridge_list(st, d, to, false, true);
	}
	else if (from >= 0 && (tok_has(d, q + 1, T_NUM) || meetword(d, q + 1, MW_MANY, NULL) > 0))
		add_bridge(st, d, from, true);
}

/* The text of the point [from, to), its "T.Ư" at abbrev (if any) written out. */
static char *
point_text(const GbDoc *d, int from, int to, int abbrev)
{
	return abbrev >= 0 ? bridge_spelled(d, from, to, abbrev, gb_span_text, "Trung ương") :
		gb_span_text(d, from, to);
}

/*
 * Whether folded word w (n bytes) is an abbreviation: letters that make no
 * Vietnamese syllable, no vowel ("tg", "hdnd") or no final a syllable
 * ends in after its vowels ("ubnd"), or "&" ("TG & DV").
 */
static bool
abbrev_word(const char *w, size_t n)
{
	static const char *const finals[] = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t", NULL};
	size_t		i = 0,
				v;
	int			k;

	if (n == 1 && w[0] == '&')
		return true;
	if (n < 2)
		return false;
	for (v = 0; v < n; v++)
		if (!((w[v] >= 'a' && w[v] <= 'z') || w[v] == '&'))
			return false;
	while (i < n && !strchr("aeiouy", w[i]))
		i++;
	if (i == n)
		return true;
	while (i < n && strchr("aeiouy", w[i]))
		i++;
	for (k = 0; finals[k]; k++)
		if (strlen(finals[k]) == n - i && strncmp(w + i, finals[k], n - i) == 0)
			return false;
	return true;
}

/*
 * Whether the key of a point abbr is key full with some of its words
 * abbreviated by their initials: "ban tg&dv tinh uy thanh hoa" of "ban
 * tuyen giao va dan van tinh uy thanh hoa", "&" for "và" (probe 58 G5).
 */
static bool
abbreviates(const char *abbr, const char *full)
{
	bool		any = false;

	/*
	 * cheap first, as each new point is asked of every point before it:
	 * an initial or the same word opens both, and initials make a key
	 * shorter than the words they stand for
	 */
	if ((abbr[0] != full[0] && abbr[0] != '&') || strlen(abbr) >= strlen(full))
		return false;
	while (*abbr && *full)
	{
		size_t		na = strcspn(abbr, " "),
					nf = strcspn(full, " "),
					i;

		if (na == nf && strncmp(abbr, full, na) == 0)
			full += nf;
		else if (abbrev_word(abbr, na))
		{
			/* each letter the initial of a word, "&" the word "va" */
			for (i = 0; i < na; i++)
			{
				nf = strcspn(full, " ");
				if (abbr[i] == '&' ? !(nf == 2 && strncmp(full, "va", 2) == 0) : full[0] != abbr[i])
					return false;
				full += nf;
				if (i + 1 < na && *full == ' ')
					full++;
			}
			any = true;
		}
		else
			return false;
		abbr += na;
		if (*abbr == ' ')
			abbr++;
		if (*full == ' ')
			full++;
	}
	return any && !*abbr && !*full;
}

/*
 * The point in the list that key names abbreviated or in full (the full
 * name then names it), or nbridges if none.
 */
static int
abbreviated_point(GbMeetState *st, const GbDoc *d, char *key, int from, int to, int abbrev)
{
	int			k;

	for (k = 0; k < st->nbridges; k++)
	{
		if (abbreviates(key, st->bridge_keys[k]))
			break;
		if (abbreviates(st->bridge_keys[k], key))
		{
			st->bridge_keys[k] = key;
			st->bridges[k] = point_text(d, from, to, abbrev);
			break;
		}
	}
	return k;
}

/*
 * Whether the name of a point [from, to) ends in a body's head that a
 * place's name may follow: "Tỉnh ủy", "Hội trường Tỉnh ủy", "Ban Tuyên
 * giáo và Dân vận Tỉnh ủy" (probe 58 G5).
 */
static bool
ends_in_head(const GbDoc *d, int from, int to)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = to - 1; j >= from && j >= to - 3; j--)
		if (gb_dict_may_match(d, j, CAT_BODYHEAD) &&
			gb_dict_match(d, j, CAT_BODYHEAD, &ph) == to - j && ph->cat == CAT_BODYHEAD)
			return true;
	return false;
}

/*
 * The key of the point [from, to) without the level word inside its name,
 * "Trường Chính trị tỉnh Ninh Thuận" → "truong chinh tri ninh thuan", a
 * caption's "Trường Chính trị Ninh Thuận" (probe-ae AE9); NULL when its
 * name has none before a capitalized word.  Not a body's head, "Tỉnh ủy".
 */
static char *
unlevelled_key(const GbDoc *d, int from, int to)
{
	int			j,
				m;

	for (j = from + 1; j < to; j++)
		if ((m = gb_dict_match(d, j, CAT_LEVEL, NULL)) > 0 && j + m < to &&
			!gb_tok_capitalized(d, j) && gb_tok_capitalized(d, j + m) && !tok_is(d, j + m, "uy"))
		{
			char	   *a = fold_key(d, from, j),
					   *b = fold_key(d, j + m, to);
			size_t		na = strlen(a),
						nb = strlen(b);
			char	   *key = gb_arena_alloc(d->arena, na + nb + 2);

			memcpy(key, a, na);
			key[na] = ' ';
			memcpy(key + na + 1, b, nb + 1);
			return key;
		}
	return NULL;
}

/*
 * "các tỉnh", "các huyện, thị xã" at q, right after a point's name: the
 * name is of each of them.
 */
static inline bool
points_of_many(const GbDoc *d, int q)
{
	return tok_is(d, q, "cac") && !tok_has(d, q, T_UPPER) && !tok_has(d, q, T_NL) &&
		!tok_has(d, q + 1, T_NL) && gb_dict_match(d, q + 1, CAT_LEVEL, NULL) > 0;
}

/*
 * A point named by a body's head without its place ("điểm cầu Tỉnh ủy",
 * "điểm cầu Hội trường Tỉnh ủy") is, in a report, the one named in full
 * elsewhere ("điểm cầu Tỉnh ủy Thanh Hóa", "Hội trường Tỉnh ủy Thanh
 * Hóa"): the province is the report's, left out once said.  The full name
 * stands for both, whichever comes first.
 */
static int
add_bridge(GbMeetState *st, const GbDoc *d, int p, bool noted)
{
	int			from,
				abbrev,
				to = bridge_name(d, p, &from, &abbrev),
				k;
	char	   *key = NULL,
			   *unlevelled = NULL;
	bool		bare = false;
	int			core = 0,
				j;

	if (st->nbridges == MAX_BRIDGES)
		return p;
	if (to == from)
	{
		add_level_point(st, d, from, noted);
		return p;
	}
	/*
	 * "điểm cầu trụ sở Ủy ban nhân dân các tỉnh, thành phố": the name goes
	 * on with many of a level, a class of points, no one (probe m G8)
	 */
	if (points_of_many(d, to))
		return p;
	if (abbrev >= 0)
		key = bridge_spelled(d, from, to, abbrev, fold_key, "trung uong");
	for (k = 0; k < st->nbridges; k++)
		if (key ? strcmp(key, st->bridge_keys[k]) == 0 :
			is_fold_key(d, from, to, st->bridge_keys[k]))
			break;
	/* not named so before: maybe its head alone was, or its full name */
	if (k == st->nbridges)
	{
		if (!key)
			key = fold_key(d, from, to);
		bare = ends_in_head(d, from, to);
		for (k = 0; k < st->nbridges; k++)
			if (bare && key_extends(st->bridge_keys[k], key))
				break;
			else if (st->bridge_bare[k] && key_extends(key, st->bridge_keys[k]))
			{
				/* the full name found after the head alone: it names the point */
				st->bridge_keys[k] = key;
				st->bridge_bare[k] = false;
				st->bridges[k] = point_text(d, from, to, abbrev);
				break;
			}
		if (k == st->nbridges)
			k = abbreviated_point(st, d, key, from, to, abbrev);
		/* the place named with its level and without: the level's name stands */
		core = level_core(d, from, to);
		if (k == st->nbridges && (k = same_place(st, key, core)) < st->nbridges && core > 0)
		{
			st->bridge_keys[k] = key;
			st->bridge_core[k] = core;
			st->bridges[k] = point_text(d, from, to, abbrev);
		}
		/*
		 * and a level word inside the name, said once and left out once:
		 * its key is read only while the point is still unfound
		 */
		unlevelled = abbrev < 0 && k == st->nbridges ? unlevelled_key(d, from, to) : NULL;
		for (j = 0; k == st->nbridges && j < st->nbridges; j++)
			if (unlevelled && strcmp(unlevelled, st->bridge_keys[j]) == 0 &&
				!st->bridge_unlevelled[j])
			{
				k = j;
				st->bridge_keys[k] = key;
				st->bridge_unlevelled[k] = unlevelled;
				st->bridges[k] = point_text(d, from, to, abbrev);
			}
			else if (!unlevelled && st->bridge_unlevelled[j] &&
					 strcmp(key, st->bridge_unlevelled[j]) == 0)
				k = j;
	}
	if (k == st->nbridges)
	{
		st->bridge_keys[k] = key;
		st->bridge_bare[k] = bare;
		st->bridge_core[k] = core;
		st->bridge_unlevelled[k] = unlevelled;
		st->bridges[st->nbridges++] = point_text(d, from, to, abbrev);
	}
	if (noted)
		gb_note_mention((GbDoc *) d, GB_MENTION_BRIDGE, -1, st->bridge_keys[k],
						d->tok[from].os, d->tok[to - 1].oe);
	return to;
}

/* "các điểm cầu", "65 điểm cầu", "hơn 21 ngàn điểm cầu": no one point. */
static bool
generic_bridge(const GbDoc *d, int k)
{
	return tok_has(d, k - 1, T_NUM) || meetword(d, k - 1, MW_MANY, NULL) == 1;
}

#define LINK_BACK		4		/* tokens from "điểm cầu" back to "kết nối" */

/*
 * Whether "điểm cầu" at k, its name at q, is the central end a connection
 * reaches: "kết nối (trực tuyến) từ điểm cầu Trung ương đến điểm cầu của
 * tỉnh", "kết nối với điểm cầu T.Ư" (probe an AN1).  "Trung ương" alone is
 * then the network's level, as "điểm cầu tỉnh" or "các điểm cầu cơ sở"
 * are, no point named; where people are placed, "Dự tại điểm cầu Trung
 * ương có các đồng chí", it is the point where they sit (gold d12).
 */
static bool
linked_centre(const GbDoc *d, int k, int q)
{
	int			m = central_abbrev(d, q),
				j;

	if (m == 0 && tok_is(d, q, "trung") && tok_is(d, q + 1, "uong") && gb_tok_capitalized(d, q) &&
		!tok_has(d, q + 1, T_NL))
		m = 2;
	if (m == 0 || gb_tok_capitalized(d, q + m) || gb_dict_match(d, q + m, CAT_BODY | CAT_BODYHEAD, NULL) > 0)
		return false;
	for (j = k - 1; j >= 1 && j >= k - LINK_BACK; j--)
	{
		if (!tok_has(d, j, T_WORD) || tok_has(d, j + 1, T_NL))
			return false;
		if (tok_is(d, j, "noi") && tok_is(d, j - 1, "ket") && !tok_has(d, j, T_NL))
			return true;
	}
	return false;
}

/*
 * Whether a negator comes a few tokens before k in its clause: "chưa tham
 * gia hội nghị trực tuyến", "không tổ chức trực tuyến", "không có điểm cầu".
 */
static bool
negated(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = k - 1; j >= 0 && j >= k - NEGATED_BACK; j--)
	{
		if ((d->tok[j + 1].flags & T_NL) || tok_has(d, j, T_PUNCT))
			return false;
		if (meetword(d, j, MW_NEGATOR, &ph) == 1 && gb_same_word(d, j, ph))
			return true;
	}
	return false;
}

#define DIRECT_VENUE	10		/* at most, tokens of a hall between "trực tiếp tại" and "kết hợp" */

/*
 * The hall named before "trực tuyến" at k in "trực tiếp tại hội trường
 * Tỉnh ủy, kết hợp trực tuyến đến các điểm cầu": the main point of the
 * meeting held in person and online (probe 53 G6).  Its token, or -1.  The
 * name must reach "kết hợp": "trực tiếp tại xã, kết hợp" names no hall.
 */
static int
direct_venue(const GbDoc *d, int k)
{
	int			e = k,
				j;

	if (tok_is(d, e - 1, "voi"))
		e--;
	if (!tok_is(d, e - 1, "hop") || !tok_is(d, e - 2, "ket") || tok_has(d, e - 2, T_NL))
		return -1;
	e -= 2;
	if (tok_punct(d, e - 1, ','))
		e--;
	for (j = e - 2; j >= 2 && j >= e - DIRECT_VENUE; j--)
	{
		if (tok_has(d, j + 1, T_NL) || tok_has(d, j, T_PUNCT))
			return -1;
		if (tok_is(d, j, "tai") && gb_exact_any(d, j, "tại") &&
			tok_is(d, j - 2, "truc") && tok_is(d, j - 1, "tiep"))
			return bridge_item(d, j + 1) == e ? j + 1 : -1;
	}
	return -1;
}

/*
 * Whether "trực tuyến" at k qualifies something else done online that it
 * follows, a contest, a service, a course: "tổ chức thành công Cuộc thi
 * trực tuyến", "hồ sơ dịch vụ công trực tuyến", "12 lớp tập huấn trực
 * tuyến" (probe 58 G2).  The meeting reported is not said online by it.
 */
static bool
online_of_other(const GbDoc *d, int k)
{
	return !tok_has(d, k, T_NL) &&
		meetwords_ending_at(d, k, MW_BIT(MW_NETUSE) | MW_BIT(MW_CLASS)) != 0;
}

/*
 * "(trực tuyến) tại X, Y và Z" at q, after "các điểm cầu", "các đầu cầu":
 * the points named one by one, each a body, an institution or a place
 * (probe m G8).
 */
static bool
points_listed_at(const GbDoc *d, int q)
{
	q += meetword(d, q, MW_ONLINE, NULL);
	return tok_is(d, q, "tai") && gb_exact_any(d, q, "tại") && !tok_has(d, q + 1, T_NL) &&
		bridge_item(d, q + 1) > q + 1;
}

/*
 * "tiếp sóng (trực tuyến)" at q, in lower case: relaying a meeting held
 * elsewhere.  Returns the token after it, or q.
 */
static int
relay_verb_end(const GbDoc *d, int q)
{
	if (!tok_is(d, q, "tiep") || !tok_is(d, q + 1, "song") || tok_has(d, q, T_UPPER) ||
		tok_has(d, q + 1, T_NL) || !gb_exact_words(d, q, 2, "tiếp sóng"))
		return q;
	return q + 2 + meetword(d, q + 2, MW_ONLINE, NULL);
}

/*
 * "tổ chức điểm cầu (trực tuyến) theo dõi Hội nghị ...": a bridge point
 * opened to follow (attend, join) a meeting held elsewhere, the local
 * sitting of that meeting, which the body opening it holds (stop 33 N6).
 * So is "tổ chức (điểm cầu) tiếp sóng (trực tuyến) Hội nghị toàn quốc do Bộ
 * Chính trị tổ chức", relaying it, as district and commune sites write
 * the national meetings of 2024-2025 (probe w W5).  Returns the token
 * after the verb that links the point to the meeting, or q.
 */
int
relay_point_end(const GbDoc *d, int q)
{
	int			r,
				e;

	if ((e = relay_verb_end(d, q)) > q)
		return e;
	r = q + 2;
	if (!tok_is(d, q, "diem") || !tok_is(d, q + 1, "cau") || tok_has(d, q, T_UPPER) ||
		meetword(d, q, MW_BRIDGE, NULL) != 2)
		return q;
	r += meetword(d, r, MW_ONLINE, NULL);
	if (tok_has(d, r, T_UPPER) || tok_has(d, r, T_NL) || tok_has(d, r + 1, T_NL))
		return q;
	if ((e = relay_verb_end(d, r)) > r)
		return e;
	if ((tok_is(d, r, "theo") && tok_is(d, r + 1, "doi")) ||
		(tok_is(d, r, "tham") && (tok_is(d, r + 1, "du") || tok_is(d, r + 1, "gia"))))
		return r + 2;
	return tok_is(d, r, "du") ? r + 1 : q;
}

#define CLASS_AHEAD		12		/* tokens of a class of points, "ở 8 ban, bộ, ngành Trung ương" */

/*
 * "điểm cầu ở 8 ban, bộ, ngành Trung ương, gồm: Ủy ban Kiểm tra Trung
 * ương, Bộ Công an, ..." at q, after "điểm cầu", or the same list in
 * brackets: the points of a class counted, then named one by one (probe ar
 * AR7).  The token of the colon or the bracket before the first name, or
 * -1.
 */
static int
points_of_class(const GbDoc *d, int q)
{
	int			j;

	if (!tok_is(d, q, "o") || tok_has(d, q, T_UPPER) || !gb_exact_any(d, q, "ở") ||
		!tok_has(d, q + 1, T_NUM))
		return -1;
	for (j = q + 2; j < d->ntok && j < q + CLASS_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';'))
			return -1;
		if (tok_punct(d, j, '(') || (tok_punct(d, j, ':') && tok_is(d, j - 1, "gom")))
			return bridge_item(d, j + 1) > j + 1 ? j : -1;
	}
	return -1;
}

#define HEADLINE_REACH	24		/* tokens of a related link's headline */

/*
 * Whether k is in a related link's headline of a run copied with no line
 * end between them ("... Lễ kết nạp Đảng trực tuyếnTạo nguồn, ...",
 * probe-aw 31): its line opened or closed by a line end the copy lost
 * (gb_lost_line_end()).  Another report's meeting, not this one's.
 */
static bool
in_headline_run(const GbDoc *d, int k)
{
	int			j;

	for (j = k; j > 0 && j > k - HEADLINE_REACH && !tok_has(d, j, T_NL); j--)
		;
	if (gb_lost_line_end(d, j))
		return true;
	for (j = k + 1; j < d->ntok && j < k + HEADLINE_REACH && !tok_has(d, j, T_NL); j++)
		;
	return gb_lost_line_end(d, j);
}

/*
 * Whether "trực tuyến" at k, m words, is a site's visitor counter: "44
 * người đang trực tuyến", "Khách đang trực tuyến", "Trực tuyến: 5" (probe
 * az AZ7).  "đang" spelled so: "Đảng" folds alike.
 */
static bool
visitor_counter(const GbDoc *d, int k, int m)
{
	int			s = k;

	if (tok_is(d, k - 1, "dang") && gb_exact_any(d, k - 1, "đang") && !tok_has(d, k, T_NL))
	{
		if (!tok_has(d, k - 1, T_NL) && (tok_is(d, k - 2, "nguoi") || tok_is(d, k - 2, "khach")))
			return true;
		s = k - 1;
	}
	/* the counter's label opening its line */
	return (s == 0 || tok_has(d, s, T_NL)) && tok_punct(d, k + m, ':') && tok_has(d, k + m + 1, T_NUM);
}

/* "trực tuyến", "điểm cầu" at k: the meeting is online, maybe a point named. */
void
note_online(GbMeetState *st, const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			m,
				v;

	/* known online already: only a bridge point can add to it */
	if ((m = meetword_longest(d, k, &ph)) > 0 &&
		((ph->aux == MW_ONLINE && !st->online) || ph->aux == MW_BRIDGE) && !negated(d, k) &&
		!(ph->aux == MW_ONLINE && (attribute_of_spoken(d, k) || online_of_other(d, k) ||
								   attribute_of_counted(d, k) || visitor_counter(d, k, m) ||
								   in_time_clause(d, k) ||
								   (d->has_glued && in_headline_run(d, k)))))
	{
		st->online = true;
		/* "Đảng ủy xã X tổ chức điểm cầu theo dõi Hội nghị": its own point */
		if (ph->aux == MW_BRIDGE && tok_is(d, k - 2, "to") && tok_is(d, k - 1, "chuc") &&
			relay_point_end(d, k) > k)
			st->relayed = true;
		if (ph->aux == MW_BRIDGE && (v = points_of_class(d, k + m)) > 0)
			add_bridges(st, d, v + 1, true);
		else if (ph->aux == MW_BRIDGE && !generic_bridge(d, k) && !linked_centre(d, k, k + m))
			add_bridges(st, d, k + m, false);
		/* "tại 2 điểm cầu: Hội trường Quận ủy và Trung tâm Chính trị quận" */
		else if (ph->aux == MW_BRIDGE && tok_punct(d, k + m, ':') &&
				 bridge_item(d, k + m + 1) > k + m + 1)
			add_bridges(st, d, k + m, true);
		/* "với các điểm cầu tại Phân viện A và Phân viện B" */
		else if (ph->aux == MW_BRIDGE && points_listed_at(d, k + m))
			add_bridges(st, d, k + m, true);
	}
	/* "các đầu cầu trực tuyến tại X; Y và Z": the ends named, online known */
	else if (m > 0 && ph->aux == MW_BRIDGEHEAD && st->online && generic_bridge(d, k) &&
			 points_listed_at(d, k + m))
		add_bridges(st, d, k + m, true);
	/*
	 * "đầu cầu", the end of a bridge, is a bridge point only in a report of
	 * a meeting said online, maybe further on: "Các đồng chí lãnh đạo tỉnh
	 * tại đầu cầu Thái Bình" captions a photo above the lead; a mention
	 * only once it is
	 */
	else if (m > 0 && ph->aux == MW_BRIDGEHEAD && !generic_bridge(d, k))
		add_bridge(st, d, k + m, st->online);
	/* "trực tiếp tại hội trường Tỉnh ủy, kết hợp trực tuyến": the hall is a point */
	if (m > 0 && ph->aux == MW_ONLINE && (v = direct_venue(d, k)) >= 0 && !negated(d, k))
		add_bridge(st, d, v, true);
	/* "trực tuyến từ Hội trường Quận ủy đến ...", online known before or not */
	if (m > 0 && ph->aux == MW_ONLINE &&
		((tok_is(d, k + m, "tu") && gb_exact_any(d, k + m, "từ")) || link_to(d, k + m)) &&
		!negated(d, k) && !attribute_of_spoken(d, k))
		online_link(st, d, k + m);
}
