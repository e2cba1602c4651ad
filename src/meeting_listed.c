/*
 * meeting_listed.c
 *	  The organizer a meeting's name lists, and one read anywhere.
 *
 * listed_by(): "Hội nghị giao ban Ban Tổ chức Trung ương", a congress's
 * organization, a plenum's body; headed_by_at(): the body of a head who
 * chairs; organizer_anywhere_at(): a meeting verb's subject anywhere in
 * the text, for want of the lead's.  Apart from organizer_match(), which
 * they call for the subject of a verb.
 */
#include "meeting_int.h"

#define SIDE_EVENT_BACK	60		/* tokens from a verb back to "Tại hội nghị này," opening its sentence */
#define OBJECT_WORDS	6		/* tokens of a meeting verb's object read for its meetings: "lễ khai mạc Đại hội" */
#define PASSIVE_OBJECT_BACK	24	/* tokens from "do" back over the object it follows: "Hội nghị ... do X tổ chức" */
#define PURPOSE_AHEAD	24		/* tokens from a meeting's noun to "để" opening its purpose */

/*
 * "Đại hội đại biểu Đảng bộ TP Hải Dương là đại hội điểm ...": "là"
 * (is) at v, in lower case, classing the congress as a congress ("là đại
 * hội", "là Đại hội đầu tiên"), tells of that congress as its predicate
 * would (probe ah AH12); not "là dịp ...", "là nhiệm vụ ...", which may
 * speak of one only planned.
 */
static bool
copula_congress(const GbDoc *d, int v)
{
	return tok_is(d, v, "la") && gb_exact_any(d, v, "là") && tok_is(d, v + 1, "dai") &&
		tok_is(d, v + 2, "hoi") && !tok_has(d, v + 1, T_NL) && !tok_has(d, v + 2, T_NL);
}

/*
 * "Đại hội Đảng bộ tỉnh Lạng Sơn (chính thức) khai mạc", "... (đã) bầu":
 * a congress of a Party organization (its head h tokens at q) named beyond
 * its level, the body at q ending at r, followed by its predicate, names
 * itself as a number or a term would (probe 49 G3); not a bare "Đảng bộ
 * tỉnh" (whose, unsaid).
 */
static bool
congress_predicate(const GbDoc *d, int q, int h, int r)
{
	int			v,
				lv = gb_dict_match(d, q + h, CAT_LEVEL, NULL);

	if (r <= q + h + lv || tok_has(d, r, T_NL))
		return false;
	v = skip_adverbs(d, r);
	/*
	 * "Đại hội Chi bộ trường THPT X (đã) diễn ra", "... được tổ chức":
	 * held, as "khai mạc" says (probe ac AC1); the two-word forms only, not
	 * a bare "được" ("được Huyện ủy chọn")
	 */
	return !tok_has(d, v, T_UPPER) && !tok_has(d, v, T_NL) &&
		(meetword(d, v, MW_VERB, NULL) > 0 || meetword(d, v, MW_PROCEED, NULL) > 0 ||
		 (tok_is(d, v, "dien") && tok_is(d, v + 1, "ra")) ||
		 /*
		  * "Đại hội Đảng bộ tỉnh Trà Vinh đã công bố kết quả ...": what a
		  * congress does in session, as "bầu" (probe ap AP8)
		  */
		 (tok_is(d, v, "cong") && tok_is(d, v + 1, "bo") && !tok_has(d, v + 1, T_NL)) ||
		 (tok_is(d, v, "duoc") && meetword(d, v + 1, MW_VERB, NULL) > 0) ||
		 copula_congress(d, v));
}

#define SITTING_BACK	5		/* at most, tokens of a sitting before its meeting: "phiên bế mạc của" */

/*
 * "tại phiên bế mạc Đại hội đại biểu Đảng bộ huyện Cần Giờ, ông A được
 * bầu": a sitting of the congress whose noun is at noun, a Party
 * organization's (its head h tokens at q) named beyond its level, the body
 * ending at r, names it as a number or its predicate would (probe 96 ad3).
 */
static bool
sitting_before(const GbDoc *d, int noun, int q, int h, int r)
{
	int			j;

	if (noun < 3 || !tok_is(d, noun, "dai") || !tok_is(d, noun + 1, "hoi") ||
		r <= q + h + gb_dict_match(d, q + h, CAT_LEVEL, NULL))
		return false;
	for (j = noun - 3; j >= 0 && j >= noun - SITTING_BACK; j--)
		if (tok_is(d, j, "phien") && sitting_of(d, j) == noun)
			return true;
	return false;
}

/*
 * "Đại hội chi bộ trường THPT Ngô Gia Tự", "đại hội chi bộ Thôn 17": a
 * cell in lower case at q, named (capitalized) right after "chi bộ" or
 * after one common noun ("trường", "thôn"); the head's tokens, or 0.  Not
 * "đại hội chi bộ trường học", no name (probe ac AC1).
 */
static int
lower_cell_head(const GbDoc *d, int q)
{
	/* "chi bộ" with two tokens more in the text, at a subject's start or not */
	return q + 3 < d->ntok && lower_cell_at(d, q, true) ? 2 : 0;
}

/*
 * "Đại hội đại biểu Phụ nữ huyện Tân Lập lần thứ XI": the women's union
 * names its congress by its members, "Phụ nữ" and the locality, at q; the
 * organization is the union of that locality, "Hội Liên hiệp Phụ nữ huyện
 * Tân Lập" (probe-b G9).  The locality is a level and its capitalized name
 * (or number); the congress's number or term must follow, as in
 * congress_of().  So does the Youth Union, "Đoàn" and the locality (stop 36
 * X1c).  Returns the union's name, or NULL.
 */
static char *
local_union_of(const GbDoc *d, int q)
{
	int			r,
				v,
				lv,
				w = 2;

	/*
	 * "Đại hội Đoàn tỉnh Bắc Giang lần thứ XVI": the Youth Union named
	 * "Đoàn" before the locality, as citations key it (stop 36 X1c)
	 */
	if ((lv = gb_women_union_at(d, q)) == 0 && (lv = gb_youth_union_at(d, q)) > 0)
		w = 1;
	if (lv == 0)
		return NULL;
	for (r = q + w + lv; r < d->ntok && !tok_has(d, r, T_NL) &&
		 ((tok_has(d, r, T_WORD) && gb_tok_capitalized(d, r)) ||
		  (r == q + w + lv && tok_has(d, r, T_NUM) && d->tok[r].len <= 2)); r++)
		;
	if (r == q + w + lv)
		return NULL;
	v = tok_punct(d, r, ',') ? r + 1 : r;
	if (!gb_congress_number(d, v) && !tok_is(d, v, "khoa") && term_years_end(d, v) == v)
		return NULL;
	if (w == 1)
		return gb_youth_union_name(d, q, r);
	return gb_arena_concat(d->arena, "Hội Liên hiệp Phụ nữ ", gb_span_text(d, q + 2, r), NULL);
}

/*
 * "Đại hội Đoàn toàn quốc lần thứ XII", "Đại hội đại biểu Phụ nữ toàn quốc
 * lần thứ XIII": a mass organization's national congress named from q by
 * its short name (gb_short_national_name()), its number after "toàn quốc",
 * is the organization's (stop 30 G6); a known one in lower case too, its
 * members named as a common noun ("đại biểu phụ nữ toàn quốc").  Returns
 * the organization, or NULL.
 */
static const char *
national_org_of(const GbDoc *d, int q)
{
	const char *name;
	int			n = gb_national_name_at(d, q, &name);

	/* its "toàn quốc" on the name's line */
	if (n == 0 || tok_has(d, q + n, T_NL) || name == NULL)
		return NULL;
	return gb_congress_number(d, q + n + 2) ? name : NULL;
}

/* a cell's name read in lower case, "chi bộ trường X", as "Chi bộ trường X" */
const char *
capital_cell(const GbDoc *d, const char *name)
{
	return name[0] == 'c' ? gb_arena_concat(d->arena, "Chi", name + 3, NULL) : name;
}

/*
 * "Đại hội đại biểu Đảng bộ Bộ đội Biên phòng tỉnh Lâm Hà lần thứ X",
 * "Đại hội lần thứ X Đảng bộ tỉnh Lâm Hà", "Đại hội đại biểu toàn quốc
 * Hội Cựu chiến binh Việt Nam lần thứ V": the organization whose
 * congress it is, named from q (after "Đại hội"); the congress's number
 * or term must be there, or its predicate follow ("Đại hội Đảng bộ tỉnh X
 * khai mạc", congress_predicate()), so that "Đại hội Đảng bộ tỉnh" alone is
 * no organizer.
 */
char *
congress_of(const GbDoc *d, int q)
{
	const char *name;
	int			r,
				h,
				cell,
				v,
				term,
				noun = q - 2;

	/* "Đại hội (ĐH) Đại biểu ...": the noun's abbreviation, defined (probe y Y5) */
	q = gb_paren_abbrev(d, q);
	/* "Đại hội Đại hội Đại biểu ...": a word doubled by mistake */
	if (tok_is(d, q, "dai") && tok_is(d, q + 1, "hoi"))
		q += 2;
	if (tok_is(d, q, "dai") && tok_is(d, q + 1, "bieu"))
		q += 2;
	if ((name = national_org_of(d, q)) != NULL)
		return (char *) name;
	/* "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam": the scope, not the body's */
	if (tok_is(d, q, "toan") && tok_is(d, q + 1, "quoc") && !tok_has(d, q + 2, T_NL) &&
		gb_congress_head(d, q + 2) > 0 && !(tok_is(d, q + 2, "dang") && tok_is(d, q + 3, "bo")))
		q += 2;
	/*
	 * "Đại hội XIV Công đoàn tỉnh X", "Đại hội X Hội Nông dân tỉnh Y": a
	 * Roman numeral right after the noun counts it as "lần thứ XIV" does,
	 * when an organization that holds congresses follows (probe-u G4)
	 */
	if (tok_has(d, q, T_ROMAN) && !tok_has(d, q, T_NL) && !tok_has(d, q + 1, T_NL) &&
		gb_congress_head(d, q + 1) > 0 && gb_parse_ordinal(d, q, &v) == q + 1)
		r = q + 1;
	else
		r = gb_congress_number_end(d, q);
	if (r > q)
	{
		q = r;
		if (tok_punct(d, q, ','))
			q++;
		/*
		 * "Đại hội Đại biểu lần thứ X, nhiệm kỳ 2020 – 2025 Đảng bộ Quân
		 * khu 9": its term too before the body (probe y Y6)
		 */
		if ((r = term_years_end(d, q)) > q && !tok_has(d, r, T_NL))
			q = r + (tok_punct(d, r, ',') ? 1 : 0);
		/*
		 * "Đại hội đại biểu lần thứ XII, nhiệm kỳ 2020 - 2025 của Đảng bộ
		 * phường Cát Dài": whose, after its number and term (probe 96 ad3)
		 */
		if (tok_is(d, q, "cua") && !tok_has(d, q, T_UPPER) && !tok_has(d, q + 1, T_NL))
			q++;
		cell = lower_cell_head(d, q);
		if ((gb_congress_head(d, q) == 0 && cell == 0) || (r = body_at(d, q, &name)) == q || name == NULL)
			return NULL;
		/* "Đại hội chi bộ trường X lần thứ XII": the cell's name capitalized */
		return (char *) (cell > 0 ? capital_cell(d, name) : name);
	}
	if ((h = gb_congress_head(d, q)) == 0 && (tok_is(d, q, "phu") || tok_is(d, q, "doan")))
		return local_union_of(d, q);
	/* "Đại hội chi bộ trường X đã diễn ra": the cell's name capitalized */
	cell = h == 0 ? lower_cell_head(d, q) : 0;
	if ((h == 0 && cell == 0) || (r = body_at(d, q, &name)) == q || name == NULL)
		return NULL;
	if (cell > 0)
		name = capital_cell(d, name);
	/*
	 * "Đại hội Đảng bộ xã An Lạc, huyện Tân Lập lần thứ XVI": where the
	 * body is, places in apposition before its number (probe-o G4)
	 */
	r = places_apposed(d, r, 3);
	/*
	 * "Đại hội đại biểu Đảng bộ xã Tân Lập nhiệm kỳ 2025-2030 diễn ra",
	 * "Đại hội đại biểu Đảng bộ tỉnh Tân Lập khóa XV (nhiệm kỳ 2010-2015)":
	 * its term names the congress as well as its number
	 */
	if (tok_is(d, r, "khoa") && gb_parse_term(d, r + 1, &term) > r + 1)
		return (char *) name;
	if (congress_predicate(d, q, h, r))
		return (char *) name;
	if (sitting_before(d, noun, q, h, r))
		return (char *) name;
	/*
	 * "Đại hội đại biểu Đảng bộ Tổng công ty Điện lực miền Bắc (EVNNPC)
	 * lần thứ III": the organization's abbreviation before its number
	 * (stop 34 R2)
	 */
	if ((v = gb_paren_abbrev(d, r)) > r && gb_congress_number(d, v))
		return (char *) name;
	if (tok_punct(d, r, ',') || tok_punct(d, r, '('))
		r++;
	return gb_congress_number(d, r) ||
		term_years_end(d, r) > r ?
		(char *) name : NULL;
}

/*
 * "Thủ tướng dự (và chỉ đạo) Đại hội ...", "tham dự, chỉ đạo Đại hội" before
 * s: a congress attended, the one reported; not "bầu đoàn đại biểu dự Đại
 * hội ...", the delegates elected to another.
 */
static bool
attends_congress(const GbDoc *d, int s)
{
	int			j = s,
				k;

	/*
	 * "Thủ tướng A tới dự khai mạc (bế mạc) Đại hội đại biểu Đảng bộ tỉnh X
	 * lần thứ XIX": the sitting that opens or closes it attended, as the
	 * congress itself (probe as AS5)
	 */
	if (j >= 3 && ((tok_is(d, j - 2, "khai") || tok_is(d, j - 2, "be")) && tok_is(d, j - 1, "mac")) &&
		!tok_has(d, j - 2, T_UPPER) && !tok_has(d, j - 1, T_NL) && !tok_has(d, j, T_NL))
		j -= 2;
	if (tok_is(d, j - 1, "dao") && tok_is(d, j - 2, "chi"))
	{
		j -= 2;
		if ((tok_is(d, j - 1, "va") || tok_punct(d, j - 1, ',')) && is_du(d, j - 2))
			j -= 2;
	}
	else if (is_du(d, j - 1))
		j--;
	else
		return false;
	for (k = j - 1; k >= 0 && k >= j - CLAUSE_BACK; k--)
	{
		if (tok_has(d, k + 1, T_NL) || tok_has(d, k, T_PUNCT))
			break;
		if (tok_is(d, k, "bau"))
			return false;
	}
	return true;
}

/*
 * Whether the meeting's noun at k follows one of its working days:
 * "ngày làm việc thứ ba (của) Hội nghị ...", "ngày làm việc cuối của Đại
 * hội": a day of a meeting held, reported as it goes on.
 */
bool
working_day_of(const GbDoc *d, int k)
{
	int			j = k - 1,
				i;

	if (tok_is(d, j, "cua"))
		j--;
	if (tok_is(d, j - 1, "thu") &&
		(tok_has(d, j, T_NUM) || gb_dict_match(d, j, CAT_ORDINAL, NULL) == 1))
		j -= 2;
	else if ((tok_is(d, j - 1, "dau") && tok_is(d, j, "tien")) ||
			 (tok_is(d, j - 1, "cuoi") && tok_is(d, j, "cung")))
		j -= 2;
	else if (tok_is(d, j, "cuoi"))
		j--;
	if (!tok_is(d, j - 2, "ngay") || !tok_is(d, j - 1, "lam") || !tok_is(d, j, "viec"))
		return false;
	for (i = j - 1; i <= k; i++)
		if (tok_has(d, i, T_NL))
			return false;
	return true;
}

/*
 * "Hội nghị ... lần thứ 22 khai mạc", "... (đã) bế mạc": the plenum's own
 * opening or closing at j, which holds it as "diễn ra" does (probe-b G2);
 * not a speech that opens it, "phát biểu khai mạc", "diễn văn bế mạc" (a
 * role).  Its first working day begun, "bắt đầu (bước vào) ngày làm việc
 * đầu tiên", opens it too (stop 29 D4).
 */
static bool
opens_or_closes(const GbDoc *d, int j)
{
	if (((tok_is(d, j, "bat") && tok_is(d, j + 1, "dau")) ||
		 (tok_is(d, j, "buoc") && tok_is(d, j + 1, "vao"))) &&
		!tok_has(d, j, T_UPPER) && tok_is(d, j + 2, "ngay") && tok_is(d, j + 3, "lam") &&
		tok_is(d, j + 4, "viec"))
		return !tok_has(d, j + 1, T_NL) && !tok_has(d, j + 2, T_NL) &&
			!tok_has(d, j + 3, T_NL) && !tok_has(d, j + 4, T_NL);
	return (tok_is(d, j, "khai") || tok_is(d, j, "be")) && tok_is(d, j + 1, "mac") &&
		!tok_has(d, j, T_UPPER) && !tok_has(d, j + 1, T_NL) &&
		!tok_is(d, j - 1, "bieu") && !tok_is(d, j - 1, "van");
}

/*
 * "Hội nghị lần thứ 6 Ban Chấp hành Trung ương ... đã hoàn thành (toàn bộ)
 * nội dung chương trình đề ra", "... hoàn thành nội dung và chương trình":
 * the closing formula of a plenum's report, its work done, which holds it
 * as "bế mạc" does (probe ao AO5, am AM2).  Only with the programme or its
 * content as object: "hoàn thành nhiệm vụ năm 2024" is a task's.
 */
static bool
completes_program(const GbDoc *d, int j)
{
	int			k;

	if (!tok_is(d, j, "hoan") || !tok_is(d, j + 1, "thanh") || tok_has(d, j, T_UPPER) ||
		tok_has(d, j + 1, T_NL))
		return false;
	k = j + 2;
	if ((tok_is(d, k, "toan") && tok_is(d, k + 1, "bo")) ||
		(tok_is(d, k, "tat") && tok_is(d, k + 1, "ca")))
		k += 2;
	if (tok_has(d, k, T_NL) || tok_has(d, k + 1, T_NL))
		return false;
	return (tok_is(d, k, "chuong") && tok_is(d, k + 1, "trinh")) ||
		(tok_is(d, k, "noi") && tok_is(d, k + 1, "dung"));
}

/*
 * "hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 2, khóa XX được tổ chức":
 * after the body (ending at q) that a bare "hội nghị" names, its sitting
 * counted and a predicate saying it held, in the same sentence: the body's
 * own plenum, which it holds.  Without them "hội nghị Ban Thường vụ" may be
 * a meeting only spoken of.  nth: the sitting was counted before the body.
 */
static bool
plenum_held(const GbDoc *d, int q, bool nth)
{
	int			j;

	for (j = q; j < d->ntok && j < q + TERM_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':'))
			return false;
		if (tok_is(d, j, "lan") && tok_is(d, j + 1, "thu"))
			nth = true;
		else if (meetword(d, j, MW_HELD, NULL) > 1)
			return nth && (tok_is(d, j, "duoc") || tok_is(d, j, "dien"));
		/* "... (khóa XVI) họp ngày 26/4/2022": a plenum's formula (probe as AS2) */
		else if (opens_or_closes(d, j) || completes_program(d, j) || hop_verb_at(d, j))
			return nth;
	}
	return false;
}

/*
 * "Hội nghị Đảng ủy Công an Trung ương 6 tháng đầu năm 2023 đã diễn ra",
 * "Hội nghị Quân ủy Trung ương năm 2022 đã diễn ra": a meeting at p
 * heading its clause, named by its body (ending at e) with no sitting
 * counted but the period it reviews, then the verb that holds, opens or
 * closes it: the body's half-year or year-end meeting, its own, as a
 * counted plenum is (plenum_held(); probe bg BG1).  Not one named further
 * on in its clause ("chuẩn bị Hội nghị Tỉnh ủy năm 2023"), nor one whose
 * body goes on to another verb ("Hội nghị Tỉnh ủy năm 2023 sẽ ..."); nor
 * one with neither a period nor a number ("Hội nghị Ban Chấp hành Đảng bộ
 * tỉnh X khai mạc"), which may be a meeting only spoken of (README).
 */
static bool after_opening_cue(const GbDoc *d, int s);

static bool
period_meeting_held(const GbDoc *d, int p, int e)
{
	int			j,
				m;

	if (!gb_tok_capitalized(d, p) || !(opens_subject(d, p) || after_opening_cue(d, p)) ||
		tok_has(d, e, T_NL))
		return false;
	if ((j = period_end_at(d, e)) == e || tok_has(d, j, T_NL))
		return false;
	j = skip_adverbs(d, j);
	if (tok_has(d, j, T_NL) || tok_has(d, j, T_UPPER))
		return false;
	m = meetword(d, j, MW_HELD, NULL);
	return (m > 1 && (tok_is(d, j, "duoc") || tok_is(d, j, "dien"))) || opens_or_closes(d, j);
}

#define VENUE_WORDS		12		/* tokens of the venue between "tại" and an inverted verb */

/*
 * "Sáng 15/10, tại Trung tâm Hội nghị tỉnh đã diễn ra Đại hội ...", "Sáng
 * 15/10, đã long trọng khai mạc Đại hội ...": the meeting at s follows a
 * verb that holds or opens it ("diễn ra", "khai mạc", "tổ chức"), and no
 * subject comes before that verb in its clause, only adverbs, a time or
 * the venue ("tại ..."): the meeting is the verb's subject, inverted, and
 * heads its clause as "Đại hội ... đã diễn ra" does.
 */
static bool
inverted_subject(const GbDoc *d, int s)
{
	int			v,
				a,
				b,
				m,
				n;

	for (v = s - 1; v >= 0 && v >= s - 2; v--)
		if (meetword(d, v, MW_VERB, NULL) == s - v ||
			(s - v == 2 && meetword(d, v, MW_HELD, NULL) == 2))
			break;
	if (v < 0 || v < s - 2 || tok_has(d, v + 1, T_NL) || tok_has(d, s, T_NL) ||
		tok_has(d, v, T_UPPER))
		return false;
	/* back over the verb's adverbs: "đã long trọng", "chính thức" */
	for (a = v, n = 0; n < 4 && a > 0 && !tok_has(d, a, T_NL); n++)
	{
		for (m = 1; m <= 3 && a - m >= 0; m++)
			if (!tok_has(d, a - m + 1, T_NL) && gb_dict_match(d, a - m, CAT_ADVERB, NULL) == m)
				break;
		if (m > 3 || a - m < 0)
			break;
		a -= m;
	}
	/* the clause's start: a line's, or after a comma, a full stop or a colon */
	for (b = a; b > 0 && b > a - VENUE_WORDS - 2 && !tok_has(d, b, T_NL) && !clause_mark(d, b - 1); b--)
		;
	if (!(b == 0 || tok_has(d, b, T_NL) || clause_mark(d, b - 1)))
		return false;
	if (b == a)
		return true;
	/* "Sáng nay 15/10 đã diễn ra": a time opening it */
	b = gb_skip_when(d, b);
	if (b == a)
		return true;
	/* "tại Hội trường Tỉnh ủy (đã) diễn ra": the venue, words on one line */
	if (!tok_is(d, b, "tai") || tok_has(d, b, T_UPPER) || b + 1 >= a)
		return false;
	for (b++; b < a; b++)
		if (!(tok_has(d, b, T_WORD) || tok_has(d, b, T_NUM)) || tok_has(d, b, T_NL))
			return false;
	return true;
}

#define OWNER_AHEAD		24		/* tokens from a meeting's kind to "của" its body */

#define OPENING_WORDS	9		/* tokens of a clause opening the sentence: "Sáng 15/3", "Theo kế hoạch" */
#define WHEN_WORDS		8		/* tokens of a date cue opening a clause: "Sáng nay 16/10/2015" */

/*
 * The first token of a clause of at most words tokens that opens its line
 * or follows a clause mark, ending right before e; -1 when there is none.
 */
static int
opening_start(const GbDoc *d, int e, int words)
{
	int			b;

	for (b = e - 1; b > 0 && b > e - words && !tok_has(d, b, T_NL) && !clause_mark(d, b - 1); b--)
		;
	return b == 0 || tok_has(d, b, T_NL) || clause_mark(d, b - 1) ? b : -1;
}

/*
 * "Sáng 15/3, hội nghị giao ban ...", "Theo kế hoạch, hội nghị ...": a
 * meeting named in lower case right after a short clause that opens its
 * sentence (a date cue, "Theo đó") heads the main clause as a capitalized
 * one does (stop 34 Z).
 */
static bool
after_opening_clause(const GbDoc *d, int p)
{
	GbDateCue	cue;
	int			b;

	if (p < 2 || !tok_punct(d, p - 1, ',') || tok_has(d, p, T_NL) ||
		(b = opening_start(d, p - 1, OPENING_WORDS)) < 0)
		return false;
	/* "Theo kế hoạch, sáng 15/3, hội nghị ...": a date cue after another */
	return gb_tok_capitalized(d, b) ||
		(gb_may_start_date_cue(d, b) && gb_date_cue(d, b, &cue) && cue.end == p - 1);
}

/*
 * "... của Chi bộ Trung tâm Thông tin Lưu trữ, địa chất được long trọng tổ
 * chức": a comma inside the body's name, its last words in lower case (at
 * most two, no number, level or count) going on to the predicate that
 * says the meeting was held (probe ab ab7).  The whole name, as written,
 * or NULL; the comma at r.
 */
static char *
owner_name_tail(const GbDoc *d, int r, const char *name)
{
	int			k;

	if (!tok_punct(d, r, ','))
		return NULL;
	for (k = r + 1; k < d->ntok && k <= r + 3; k++)
	{
		if (!tok_has(d, k, T_WORD) || tok_has(d, k, T_UPPER | T_NL | T_NUM) ||
			gb_dict_match(d, k, CAT_LEVEL, NULL) > 0 || tok_is(d, k, "lan") || tok_is(d, k, "khoa") ||
			tok_is(d, k, "nhiem"))
			return NULL;
		if (k > r + 1 && meetword(d, skip_adverbs(d, k), MW_HELD, NULL) > 0)
			return gb_arena_concat(d->arena, name, ", ", gb_span_text(d, r + 1, k), NULL);
	}
	return NULL;
}

/*
 * "Hội nghị giao ban công tác tổ chức xây dựng Đảng quý III của Ban Tổ
 * chức Tỉnh ủy Long An được tổ chức tại ...": a meeting named in capitals
 * heading its clause (the kind at p, m tokens), whose name ends with "của"
 * a body, and then says it was held ("được tổ chức", "diễn ra", "đã"), or
 * follows the verb that holds it ("tại X diễn ra Hội nghị ... của Y."): the
 * body's own meeting, as "do X tổ chức" says.  Without that predicate
 * "Hội nghị ... của X" may be only spoken of; nor is it the body of a
 * document or another meeting named in between ("Hội nghị quán triệt Nghị
 * quyết số 18 của Bộ Chính trị").  Returns the body, or NULL.
 */
static char *
owner_of_meeting(const GbDoc *d, int p, int m)
{
	const GbPhrase *ph = NULL;
	const char *name;
	int			j,
				c,
				r;
	bool		inverted;

	if (tok_has(d, p + m, T_NL))
		return NULL;
	/* "của" first, in the clause: most meetings named have none */
	for (c = p + m; c < d->ntok && c < p + m + OWNER_AHEAD; c++)
		if (tok_has(d, c, T_NL) || tok_has(d, c, T_PUNCT) ||
			(tok_is(d, c, "cua") && !tok_has(d, c, T_UPPER)))
			break;
	if (c >= d->ntok || c == p + m + OWNER_AHEAD || !tok_is(d, c, "cua") || tok_has(d, c, T_NL))
		return NULL;
	if (!gb_tok_capitalized(d, p) && !after_opening_clause(d, p) && !attends_congress(d, p))
		return NULL;
	for (j = p + m; j < c; j++)
		if (gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0 || (kind_at(d, j, &ph) > 0 && ph->aux == 0))
			return NULL;
	inverted = !heads_sentence(d, p) && !tok_punct(d, p - 1, ',');
	/* "dự (và chỉ đạo) hội nghị kiểm điểm ... của Ban Thường vụ": the meeting attended */
	if (inverted && !inverted_subject(d, p) && !attends_congress(d, p))
		return NULL;
	if ((r = body_at(d, c + 1, &name)) == c + 1 || name == NULL)
		return NULL;
	/* held: said after it, or by the verb before it, its clause ending */
	if (inverted)
		return r >= d->ntok || tok_has(d, r, T_NL) || tok_punct(d, r, '.') ||
			tok_punct(d, r, ',') || tok_punct(d, r, ';') ? (char *) name : NULL;
	if (!tok_has(d, r, T_NL) && meetword(d, skip_adverbs(d, r), MW_HELD, NULL) > 0)
		return (char *) name;
	return owner_name_tail(d, r, name);
}

/*
 * The cell whose meeting at p (m tokens, "(buổi) sinh hoạt chi bộ") a
 * person attends, named after it: "dự sinh hoạt chi bộ ... tại Chi bộ thôn
 * 11" is held by Chi bộ thôn 11 (stop 31 I1).  Its name, or NULL.
 */
static char *
attended_cell(const GbDoc *d, int p, int m)
{
	const char *name;
	int			s = tok_is(d, p, "buoi") ? p + 1 : p,
				c,
				r;

	if ((c = cell_attended_at(d, p, s, p + m)) < 0 || (r = gb_parse_body(d, c, &name)) <= c + 2 ||
		name == NULL)
		return NULL;
	/* its number ends a cell's name: "Chi bộ thôn 11" */
	return tok_has(d, r, T_NUM) && d->tok[r].len <= 3 && !tok_has(d, r, T_NL) &&
		!gb_date_after(d, r) ? gb_span_text(d, c, r + 1) : (char *) name;
}

/*
 * "Ngày 16/10/2015 Đại hội đại biểu Đảng bộ huyện X ... khai mạc": the date
 * cue opening the clause (its line's, or after a mark) ends right before
 * s, no comma after it; what follows heads the clause (probe-o G5).
 */
static bool
after_opening_cue(const GbDoc *d, int s)
{
	GbDateCue	cue;
	int			b;

	if (s < 2 || tok_has(d, s, T_NL) || !(tok_has(d, s - 1, T_NUM) || tok_has(d, s - 1, T_WORD)))
		return false;
	return (b = opening_start(d, s, WHEN_WORDS)) >= 0 &&
		gb_may_start_date_cue(d, b) && gb_date_cue(d, b, &cue) && cue.end == s;
}

#define AGENT_WORDS		16		/* tokens of a congress's name up to its number */

/*
 * "Đây là mục tiêu được Đại hội Đảng bộ tỉnh X lần thứ XI, từ ngày
 * 15-17/10 đặt ra": the congress at s, the agent of a passive, whose days
 * follow its number in its own clause, is the congress those days date,
 * the one reported (stop 35 S9).  q: after "Đại hội".
 */
static __attribute__((noinline)) bool
dated_agent(const GbDoc *d, int s, int q)
{
	GbDateCue	cue;
	int			j,
				e = -1;

	if (!tok_is(d, s - 1, "duoc") || tok_has(d, s - 1, T_UPPER) || tok_has(d, s, T_NL))
		return false;
	for (j = q; j < d->ntok && j < q + AGENT_WORDS && !tok_has(d, j, T_NL); j++)
		if ((e = gb_congress_number_end(d, j)) > j || tok_punct(d, j, '.') || tok_punct(d, j, ';'))
			break;
	if (e <= j || tok_has(d, e, T_NL))
		return false;
	/* ", nhiệm kỳ 2020-2025, từ ngày ...": its term before its days */
	if (tok_punct(d, e, ',') && (j = term_years_end(d, e + 1)) > e + 1)
		e = j;
	if (tok_punct(d, e, ',') || tok_punct(d, e, '('))
		e++;
	return !tok_has(d, e, T_NL) && gb_may_start_date_cue(d, e) &&
		(gb_date_cue(d, e, &cue) || gb_date_cue_tu(d, e, &cue));
}

/*
 * "bế mạc kỳ họp thứ 7, HĐND tỉnh khóa XVIII", "Kỳ họp thứ 10 Quốc hội
 * khóa XV khai mạc": a sitting at p counted (its number ending at q,
 * listed_by() has read it), then the body with its term whose sitting it
 * is, the sitting heading its clause or taken by the verb that opens or
 * closes it (stop 35 S9).  Returns the body, or NULL.
 */
static __attribute__((noinline)) char *
sitting_body(const GbDoc *d, int p, int q)
{
	const char *name;
	int			e,
				term;

	if (tok_has(d, q, T_NL) ||
		!(p == 0 || tok_has(d, p, T_NL) || tok_punct(d, p - 1, ',') || tok_punct(d, p - 1, ':') ||
		  tok_punct(d, p - 1, '-') || (p >= 2 && opens_or_closes(d, p - 2)) ||
		  inverted_subject(d, p) || after_opening_cue(d, p)) ||
		meeting_spoken_of(d, p))
		return NULL;
	if (tok_punct(d, q, ','))
		q++;
	/*
	 * "Kỳ họp thứ 16 (kỳ họp chuyên đề) HĐND tỉnh Nghệ An khóa XVIII": a
	 * note on the sitting's kind in brackets, in lower case, before its
	 * body (stop 43 AZ2)
	 */
	else if (tok_punct(d, q, '(') && !tok_has(d, q + 1, T_NL) && !tok_has(d, q + 1, T_UPPER) &&
			 kind_at(d, q + 1, NULL) > 0)
	{
		for (e = q + 2; e < q + 8 && lower_word(d, e) && !tok_has(d, e, T_NL); e++)
			;
		if (!tok_punct(d, e, ')') || tok_has(d, e, T_NL))
			return NULL;
		q = e + 1;
	}
	if ((e = body_at(d, q, &name)) == q || name == NULL || !tok_is(d, e, "khoa") ||
		gb_parse_term(d, e + 1, &term) <= e + 1)
		return NULL;
	return (char *) name;
}

#define SET_AT_WORDS	12		/* tokens from a sitting's body to the comma closing "Tại <sitting>," */

/*
 * Past a sitting's number and term after its body, from q: "lần thứ 10,
 * khóa XV", ", nhiệm kỳ 2020 - 2025".  *nth: set when it is counted.
 */
static int
sitting_tail_end(const GbDoc *d, int q, bool *nth)
{
	int			e,
				f,
				n;

	for (n = 0; n < 3 && !tok_has(d, q, T_NL); n++)
	{
		e = tok_punct(d, q, ',') ? q + 1 : q;
		if ((f = gb_congress_number_end(d, e)) > e)
		{
			*nth = true;
			q = f;
		}
		else if (tok_is(d, e, "khoa") && !tok_has(d, e, T_UPPER) && !tok_has(d, e + 1, T_NL) &&
				 (tok_has(d, e + 1, T_ROMAN) || tok_has(d, e + 1, T_NUM)))
			q = e + 2;
		else if ((f = term_years_end(d, e)) > e)
			q = f;
		else
			break;
	}
	return q;
}

/*
 * "Ngày 18/12/2019, Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 10, khóa XV
 * bầu chức danh Bí thư", "Kỳ họp thứ 19 HĐND tỉnh đã xem xét ...": a
 * sitting counted heading its clause (its noun at p, its body ending at
 * e), whose verb is what a body does only in session (CAT_SESSIONVERB:
 * bầu, hiệp thương, cho ý kiến), is the body in session, its own sitting
 * as "diễn ra" says; so is one counted and dated where "Tại" opening the
 * sentence sets its clause, "Tại hội nghị lần thứ nhất Ban Chấp hành ...
 * chiều 10/3, ...", "Ngày 15/10, tại Hội nghị lần thứ nhất ..., " (as
 * congress_set_before() reads a congress; probe-u G5, probe-v G5); not an
 * undated one, a career's step ("Tại Hội nghị lần thứ 9 Ban Chấp hành
 * Trung ương khóa X, ông được bầu vào Ban Bí thư").
 */
static bool
sitting_acts(const GbDoc *d, int p, int e, bool nth)
{
	/* "Chiều 29/11, trong chương trình Hội nghị lần thứ 23, ...": as "tại" (stop 37 ab3) */
	int			a = in_program_before(d, p) ? p - 2 : p;
	bool		at = a >= 1 && (a < p || tok_is(d, a - 1, "tai")) && !tok_has(d, p, T_NL) &&
		(a == 1 || tok_has(d, a - 1, T_NL) || clause_mark(d, a - 2) || tok_has(d, a - 2, T_NUM)),
				dated = a >= 3 && tok_punct(d, a - 2, ',') && tok_has(d, a - 3, T_NUM);
	GbDateCue	cue;
	const GbPhrase *ph = NULL;
	int			j,
				m = 0;

	if (!at && !opens_subject(d, p) && !after_opening_cue(d, p))
		return false;
	e = sitting_tail_end(d, e, &nth);
	if (!nth || tok_has(d, e, T_NL))
		return false;
	if (at)
	{
		for (j = e; j < d->ntok && j < e + SET_AT_WORDS && !tok_has(d, j, T_NL); j++)
		{
			if (clause_mark(d, j))
				return dated && tok_punct(d, j, ',');
			if (!dated && gb_may_start_date_cue(d, j) && gb_date_cue(d, j, &cue))
				dated = true;
		}
		return false;
	}
	j = skip_adverbs(d, e);
	/*
	 * "Hội nghị lần thứ 18 Ban Chấp hành ... khóa XVII tổ chức lấy phiếu tín
	 * nhiệm", "... tiến hành bầu": the act done in session, carried out
	 * (stop 39 AH3)
	 */
	if (!tok_has(d, j, T_UPPER) && (m = meetword(d, j, MW_VERB, NULL)) > 0 &&
		!tok_has(d, j + m, T_NL) && gb_dict_match(d, j + m, CAT_SESSIONVERB, NULL) > 0)
		return !tok_has(d, j + m, T_UPPER);
	/*
	 * "... khóa XVII tổ chức kiểm điểm tập thể": a kind the counted
	 * plenum carries out is its own session's business, the committee in
	 * session as above (stop 43 s43-kind)
	 */
	if (m > 0 && !tok_has(d, j, T_UPPER) && !tok_has(d, j + m, T_NL | T_UPPER) &&
		kind_at(d, j + m, &ph) > 0 && ph->aux == 1)
		return true;
	/*
	 * "Hội nghị Tỉnh ủy lần thứ 18, khóa XIV tiếp tục nghe báo cáo ...",
	 * "... đã thông qua ...": a plenum counted hears and adopts only in
	 * session (stop 37 ab3)
	 */
	return !tok_has(d, j, T_UPPER) && !tok_has(d, j, T_NL) &&
		(gb_dict_match(d, j, CAT_SESSIONVERB, NULL) > 0 ||
		 (tok_is(d, j, "nghe") && gb_exact_any(d, j, "nghe")) ||
		 (tok_is(d, j, "thong") && tok_is(d, j + 1, "qua") && !tok_has(d, j + 1, T_NL)));
}

/*
 * "Trung ương 7", "Trung ương lần thứ 7" at q, after "Hội nghị": the
 * short name of the Central Committee's seventh plenum.  Returns the token
 * after its number, or q.
 */
static int
central_plenum_end(const GbDoc *d, int q)
{
	int			j = q + 2,
				e,
				v;

	if (!tok_is(d, q, "trung") || !tok_is(d, q + 1, "uong") || !tok_has(d, q, T_UPPER) ||
		tok_has(d, q + 1, T_NL) || tok_has(d, j, T_NL))
		return q;
	if (tok_is(d, j, "lan") && tok_is(d, j + 1, "thu") && !tok_has(d, j + 1, T_NL))
		j += 2;
	else if (!tok_has(d, j, T_NUM))
		return q;
	e = gb_parse_ordinal(d, j, &v);
	return e > j && v >= 1 && v <= 20 && !tok_has(d, e, T_NUM) ? e : q;
}

/*
 * "chủ trì họp Ban Chỉ đạo xây dựng Báo cáo kiểm điểm ...": a steering
 * committee's head alone at p, body_at() ending at e, its name going on in
 * lower case by a task not read, is cut short: "Ban Chỉ đạo" identifies no
 * committee (probe av AV4).
 */
static inline bool
steering_cut(const GbDoc *d, int p, int e)
{
	return e == p + 3 && steering_head_at(d, p) && tok_has(d, e, T_WORD) &&
		!tok_has(d, e, T_UPPER | T_NL);
}

/* "chủ trì" in lower case right before the meeting named at p */
static inline bool
chaired_before(const GbDoc *d, int p)
{
	return p >= 2 && tok_is(d, p - 2, "chu") && tok_is(d, p - 1, "tri") &&
		!tok_has(d, p - 1, T_UPPER) && !tok_has(d, p, T_NL);
}

/*
 * "A chủ trì cuộc họp của Thường trực Tỉnh ủy để nghe ...", "chủ trì hội
 * nghị giao ban của ...", "phiên họp thường kỳ", "buổi làm việc": the body right
 * after "của" following a meeting chaired (the noun, m tokens, at p, its
 * kinds and words of form passed) holds it, as the body right after
 * "chủ trì họp" does (probe at AT2); not "sẽ chủ trì", a plan, nor the
 * body of an object named in between ("chủ trì Hội nghị thông qua dự thảo
 * báo cáo của Đoàn kiểm tra").  chaired: listed_by()'s test of it.  The
 * body, or NULL.
 */
static char *
chaired_owner(const GbDoc *d, int p, int m, const GbPhrase *kind, bool chaired)
{
	const GbPhrase *ph = NULL;
	const char *name;
	int			q,
				n,
				words;

	if (kind->aux != 0 || !chaired)
		return NULL;
	for (q = p + m, words = 0; words < 3 && !tok_has(d, q, T_NL); words++)
	{
		if ((n = kind_at(d, q, &ph)) > 0 && ph->aux == 1)
			q += n;
		else if ((n = meetword_longest(d, q, &ph)) > 0 &&
				 (ph->aux == MW_ONLINE || ph->aux == MW_SCOPE))
			q += n;
		/* "phiên họp thường kỳ (định kỳ) của Chính phủ" */
		else if ((tok_is(d, q, "thuong") || tok_is(d, q, "dinh")) && tok_is(d, q + 1, "ky") &&
				 !tok_has(d, q + 1, T_NL))
			q += 2;
		else
			break;
	}
	if (!of_capital_at(d, q))
		return NULL;
	return (n = body_at(d, q + 1, &name)) > q + 1 && !steering_cut(d, q + 1, n) ? (char *) name : NULL;
}

/*
 * "Tiếp tục phiên làm việc tại Đại hội ..., chiều 2/10, Ban Chấp hành ...
 * đã bầu", "Trong ngày làm việc thứ hai tại Đại hội ...,": a working
 * session (day, programme) of the congress whose "tại" is at t, opening
 * the sentence's first clause, sets that clause at the congress as a
 * fronted "tại" does (probe bf BF5).  Only a working session's noun, with
 * "tiếp tục" or "trong" before it at most: not "phát biểu tại Đại hội",
 * one only spoken at.
 */
static bool
working_session_before(const GbDoc *d, int t)
{
	int			k = t - 1,
				v,
				j;

	if (t < 3 || !tok_is(d, t, "tai") || tok_has(d, t, T_UPPER) || tok_has(d, t, T_NL))
		return false;
	/* "thứ hai", "lần thứ hai": the working session counted */
	for (j = k; j > t - 4 && j > 2; j--)
		if (tok_is(d, j, "thu") && gb_parse_ordinal(d, j + 1, &v) == t)
		{
			k = j - 1 - tok_is(d, j - 1, "lan");
			break;
		}
	if (!tok_is(d, k, "viec") || !tok_is(d, k - 1, "lam") || tok_has(d, k, T_NL) ||
		tok_has(d, k - 1, T_NL))
		return false;
	k -= 2;
	if (tok_is(d, k, "trinh") && tok_is(d, k - 1, "chuong") && !tok_has(d, k, T_NL))
		k--;
	else if (!tok_is(d, k, "phien") && !tok_is(d, k, "ngay"))
		return false;
	if (!tok_has(d, k, T_NL) && k >= 2 && tok_is(d, k - 2, "tiep") && tok_is(d, k - 1, "tuc") &&
		!tok_has(d, k - 1, T_NL))
		k -= 2;
	else if (!tok_has(d, k, T_NL) && k >= 1 && tok_is(d, k - 1, "trong"))
		k--;
	return k == 0 || tok_has(d, k, T_NL) || tok_punct(d, k - 1, '.');
}

/*
 * "Hội nghị giao ban trực tuyến Ban Tổ chức Trung ương": the body named
 * after the meeting kind (m tokens) at p; a congress's Party organization.
 */
char *
listed_by(const GbDoc *d, int p, int m, const GbPhrase *kind)
{
	const GbPhrase *ph = NULL;
	const char *name;
	int			q,
				e,
				words = 0;
	bool		nth = false,
				chaired,
				session,
				notice;

	/*
	 * a congress heading its clause ("Sáng 10-8, Đại hội đại biểu Đảng bộ
	 * ... khai mạc", a headline), or the place its clause is set in,
	 * "Sáng 3/10, tại phiên khai mạc Đại hội ...": not "quán triệt Nghị
	 * quyết Đại hội ...", "chuẩn bị nhân sự Đại hội ...", the object of
	 * another meeting, nor "đã đề ra tại Đại hội ...", its past
	 */
	if (strcmp(kind->value, gb_kind_congress) == 0)
	{
		int			s = p;

		/*
		 * "Sáng 12-10, phiên khai mạc Đại hội ...": its sitting heads the
		 * clause; "phiên làm việc lần thứ hai của Đại hội ..." too
		 */
		for (q = p - 2; q >= 0 && q >= p - 7; q--)
			if (sitting_of(d, q) == p)
			{
				s = q;
				break;
			}
		if (tok_is(d, s - 1, "tai") && !tok_has(d, s, T_NL) &&
			(s == 1 || tok_has(d, s - 1, T_NL) || tok_punct(d, s - 2, ',') ||
			 tok_punct(d, s - 2, '.')))
			s--;
		return (s == 0 || (!tok_has(d, s, T_NL) && working_session_before(d, s - 1)) ||
				tok_has(d, s, T_NL) || tok_punct(d, s - 1, ',') ||
				tok_punct(d, s - 1, ':') || tok_punct(d, s - 1, '-') || after_line_tag(d, s) ||
				attends_congress(d, s) || inverted_subject(d, s) || after_opening_cue(d, s) ||
				dated_agent(d, s, p + m)) &&
			!meeting_spoken_of(d, p) ? congress_of(d, p + m) : NULL;
	}
	/* "Hội nghị giao ban ... của Ban Tổ chức Tỉnh ủy X được tổ chức": its body's */
	if ((name = owner_of_meeting(d, p, m)) != NULL)
		return (char *) name;
	/* "chủ trì" right before, not "sẽ chủ trì", a plan: asked once for both readings below */
	chaired = chaired_before(d, p) && !future_mark(d, p - 3) && !future_mark(d, p - 4);
	if ((name = chaired_owner(d, p, m, kind, chaired)) != NULL)
		return (char *) name;
	if (kind->value == gb_kind_cell || kind->value == gb_kind_cell_theme)
		return attended_cell(d, p, m);
	/*
	 * "Tổng Bí thư A chủ trì (cuộc) họp Bộ Chính trị để xem xét ...": the
	 * body meeting, right after the meeting chaired, holds it, as "chủ trì
	 * kỳ họp HĐND tỉnh" reads below (stop 39 AI1); not "sẽ chủ trì", a plan
	 */
	if (is_hop(kind) || strcmp(kind->value, "cuộc họp") == 0)
		return chaired &&
			(e = body_at(d, p + m, &name)) > p + m && !steering_cut(d, p + m, e) ? (char *) name : NULL;
	session = strcmp(kind->value, "kỳ họp") == 0;
	if (!session && strcmp(kind->value, "hội nghị") != 0)
		return NULL;
	/* a headline's notice about the session counted, asked once */
	notice = session && session_notice_at(d, p);
	/*
	 * "thông tin nhanh ... kết quả và những nội dung cơ bản Hội nghị lần
	 * thứ 12 Ban Chấp hành Trung ương, khóa XII vừa diễn ra": a sitting
	 * whose results are conveyed is over, not the report's (probe af AF4)
	 */
	if (gb_conveyed_at(d, p) && !notice)
		return NULL;
	for (q = p + m; words < 4; words++)
	{
		if ((m = kind_at(d, q, &ph)) > 0 && ph->aux == 1)
			q += m;
		else if ((m = meetword_longest(d, q, &ph)) > 0 &&
				 (ph->aux == MW_ONLINE || ph->aux == MW_SCOPE))
			q += m;
		else
			break;
	}
	/*
	 * "Hội nghị lần thứ 25 Ban Chấp hành Đảng bộ tỉnh khóa XIX đã được tổ
	 * chức": the sitting counted before the body, as after it; "Kỳ họp thứ
	 * 19 (của) HĐND tỉnh", a council's session, without "lần"; a comma
	 * after a congress's number ("lần thứ 25,") before the body
	 */
	if (words == 0 && (e = sitting_number_end(d, q)) > q)
	{
		/*
		 * a session counted right after "kỳ họp" with its body and term
		 * (no kind or meeting word the loop passes starts "lần" or "thứ")
		 */
		if (session && (name = sitting_body(d, p, e)) != NULL)
			return (char *) name;
		q = tok_punct(d, e, ',') && gb_congress_number(d, q) ? e + 1 : e;
		nth = true;
	}
	/* "kỳ họp thứ 2 và 3 Ủy ban ...": two sittings of one body in a notice */
	if (nth && notice && tok_is(d, q, "va") && tok_has(d, q + 1, T_NUM) && !tok_has(d, q + 1, T_NL))
		q += 2;
	/*
	 * "Kỳ họp thứ 19 của HĐND tỉnh", "Hội nghị lần thứ 44 của Ban Chấp hành
	 * Đảng bộ tỉnh Tây Ninh thảo luận ...": the sitting counted, then its
	 * body after "của" (probe au AU12)
	 */
	/*
	 * "Hội nghị lần thứ XIV, nhiệm kỳ 2020 - 2025 của Ban Chấp hành Đảng bộ
	 * ...": the term set off by a comma is an apposition to the sitting,
	 * "của" after it still names its body (stop 43 BA2)
	 */
	if (nth && (e = term_years_end(d, q + tok_punct(d, q, ','))) > q + 1)
	{
		int			c = e + tok_punct(d, e, ',');

		if (tok_is(d, c, "cua") && !tok_has(d, c, T_UPPER))
			q = c;
	}
	if (nth && tok_is(d, q, "cua") && !tok_has(d, q, T_NL))
		q++;
	/*
	 * "tại kỳ họp thứ 20 - HĐND tỉnh Hà Tĩnh khóa XVII": a dash between the
	 * sitting's number and a capitalized body names that body, as "của"
	 * does (probe bf BF4); the body must still parse ("kỳ họp thứ 20 -
	 * kỳ họp cuối năm" names none)
	 */
	else if (nth && tok_punct(d, q, '-') && !tok_has(d, q, T_NL) && !tok_has(d, q + 1, T_NL) &&
			 gb_tok_capitalized(d, q + 1))
		q++;
	/*
	 * "Hội nghị Trung ương 7 khóa XII": the Central Committee's plenum by
	 * its short name, the number after "Trung ương", read as its long
	 * form "Hội nghị lần thứ 7 Ban Chấp hành Trung ương" is below (stop 38
	 * AF11)
	 */
	if (words == 0 && !nth && !session && (e = central_plenum_end(d, q)) > q)
	{
		name = gb_plenum_body;
		nth = true;
	}
	/*
	 * "Đại tướng X chủ trì hội nghị Ban Thường vụ Quân ủy Trung ương xem
	 * xét ...": the meeting chaired, named by its body, is the body's own;
	 * so is one whose working day is reported, "ngày làm việc thứ ba của
	 * Hội nghị lần thứ chín Ban Chấp hành Trung ương"
	 */
	else if ((e = body_at(d, q, &name)) == q)
		name = NULL;
	if (name == NULL ||
		(words == 0 && !plenum_held(d, e, nth) && !working_day_of(d, p) && !sitting_acts(d, p, e, nth) &&
		 !chaired_before(d, p) && !(!nth && period_meeting_held(d, p, e)) &&
		 !inverted_subject(d, p) && !(nth && notice)))
		return NULL;
	return (char *) name;
}

#define POSTS_BACK		24		/* at most, tokens of the titles listed before a head */

/*
 * "đồng chí A, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Trưởng Ban Tổ
 * chức Trung ương chủ trì": a post listed before the head at p, after a
 * comma, is another office the chair holds, which he may chair in; a seat
 * ("Ủy viên ...", "Thành viên ...", "Đại biểu Quốc hội", "Bí thư Trung ương
 * Đảng") is no such office (stop 30 G14).
 */
static bool
post_listed_before(const GbDoc *d, int p)
{
	int			j;

	for (j = p - 2; j > 0 && j >= p - POSTS_BACK && !tok_has(d, j + 1, T_NL); j--)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':'))
			return false;
		if (!tok_punct(d, j, ','))
			continue;
		/* the item after the comma: the name, or a title */
		if (gb_dict_match(d, j + 1, CAT_TITLE, NULL) == 0)
			return false;
		if (!((tok_is(d, j + 1, "uy") || tok_is(d, j + 1, "thanh")) && tok_is(d, j + 2, "vien")) &&
			!(tok_is(d, j + 1, "dai") && tok_is(d, j + 2, "bieu")) &&
			!(tok_is(d, j + 1, "bi") && tok_is(d, j + 2, "thu") && tok_is(d, j + 3, "trung")))
			return true;
	}
	return false;
}

/*
 * "Trưởng ban Tổ chức Trung ương chủ trì": when the head of a central body
 * chairs, the body is the likely organizer; not when the chair holds
 * another post, listed before.  m: tokens of the head at p.
 */
const char *
headed_by_at(const GbDoc *d, int p, int m)
{
	const GbPhrase *ph = NULL;
	int			q;

	q = p + m;
	if (tok_is(d, p - 1, "pho") || (m = gb_dict_match(d, q, CAT_BODY, &ph)) == 0)
		return NULL;
	q += m;
	if (tok_is(d, q, "dang"))
		q++;
	if (tok_is(d, q, "da"))
		q++;
	return tok_is(d, q, "chu") && tok_is(d, q + 1, "tri") && !post_listed_before(d, p) ?
		ph->value : NULL;
}

/*
 * Where "do" ("Hội nghị do ... tổ chức") comes a few tokens before k in
 * its line, or -1; with agent, also "được" before a capitalized agent,
 * "Hội nghị ... vừa được Thành ủy tổ chức." (organizer_at() asks the rest;
 * probe al AL4).
 */
static int
passive_mark_before(const GbDoc *d, int k, bool agent)
{
	int			j;

	for (j = k - 1; j >= 0 && j >= k - ORGANIZER_BACK && !(d->tok[j + 1].flags & T_NL); j--)
		if (is_do(d, j) ||
			(agent && j < k - 1 && tok_is(d, j, "duoc") && !tok_has(d, j, T_UPPER) &&
			 gb_tok_capitalized(d, j + 1)))
			return j;
	return -1;
}

/* Where k's line starts, or k - back if that comes after it. */
static int
line_floor(const GbDoc *d, int k, int back)
{
	int			j;

	for (j = k; j > 0 && j > k - back && !(d->tok[j].flags & T_NL); j--)
		;
	return j;
}

char *
organizer_verb_before(const GbDoc *d, int ls, int k, int m)
{
	const GbPhrase *ph = NULL;
	int			j,
				lo;
	char	   *o;
	bool		held = false;

	/*
	 * cheap tests first: bodies are parsed only before a meeting verb, "họp"
	 * or the badge's act: "Tại buổi lễ, Ban Thường vụ Huyện ủy đã trao tặng
	 * Huy hiệu ...", the ceremony of a text with no lead (probe w W6)
	 */
	if (m == 0 && meetword(d, k, MW_BRIEFING, NULL) > 0)
	{
		/* "Tỉnh ủy A thông tin cho báo chí" in a dated lead: the briefing held */
		if (!held_activity_verb(d, k))
			return NULL;
		held = true;
	}
	else if (m == 0 && (kind_at(d, k, &ph) == 0 || !(is_hop(ph) || badge_act(d, k, ph))))
		return NULL;
	else if (m > 0 && held_activity_at(d, k))
		held = true;
	else if (m > 0 && !meeting_object(d, k + m) && passive_mark_before(d, k, true) < 0)
		return NULL;
	/* "... nhằm tiến hành đại hội", "trước khi tổ chức": a meeting spoken of */
	if (m > 0 && phrase_ends_at(d, k, CAT_MEETWORD, MW_ABOUT))
		return NULL;
	if (ls < 0)
		ls = line_floor(d, k, ORGANIZER_BACK);
	lo = k - ORGANIZER_BACK > ls ? k - ORGANIZER_BACK : ls;
	/*
	 * "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Yên Bái long trọng tổ
	 * chức": a list of bodies longer than the look back, a body's name cut
	 * by its start ("ủy" of "Tỉnh ủy"), is read from that name's start
	 * (probe am AM6)
	 */
	for (j = lo - 1; j > lo - 3 && j >= 0 && !tok_has(d, j + 1, T_NL); j--)
		if (gb_dict_match(d, j, CAT_BODY | CAT_BODYHEAD, NULL) > lo - j)
		{
			lo = j;
			break;
		}
	for (j = lo; j < k; j++)
		if ((o = organizer_at(d, j, held)) != NULL)
			return o;
	return NULL;
}

/*
 * "(tổ chức Hội nghị trực tuyến) với 15 điểm cầu của các huyện, thị xã và
 * thành phố để quán triệt và triển khai ...": the kind that opens the
 * purpose ("để", "nhằm") of a plain "hội nghị", its words from q on in
 * its sentence, no other meeting word or verb between, is its kind, as a
 * dated lead's window reads it (probe al AL6); a later item of the purpose
 * ("nhằm đánh giá ...; quán triệt") is not.
 */
static void
purpose_kind(const GbDoc *d, int q, Found *f)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = q; j < d->ntok && j < q + PURPOSE_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':') || tok_punct(d, j, '(') ||
			meetword(d, j, MW_VERB, NULL) > 0 || kind_at(d, j, NULL) > 0)
			return;
		if (purpose_at(d, j))
		{
			if (kind_at(d, j + 1, &ph) > 0 && ph->aux == 1 && !tok_has(d, j + 1, T_NL))
				f->kind = ph->value;
			return;
		}
	}
}

/*
 * "tổ chức Hội nghị [trực tuyến] [toàn quốc] quán triệt ..." after the
 * verb at k: the kind and scope are those of the meeting phrase it takes.
 */
void
verb_object(const GbDoc *d, int k, Found *f)
{
	const GbPhrase *ph = NULL;
	int			q = k + meetword(d, k, MW_VERB, NULL),
				m,
				words;

	/* "Huyện ủy X đã trao tặng Huy hiệu ...": the ceremony its act names */
	if (q == k && kind_at(d, k, &ph) > 0 && badge_act(d, k, ph))
		f->noun = ph->value;
	if (q == k)
		return;
	q = past_article(d, colon_list_item(d, q));
	if ((m = kind_at(d, q, &ph)) == 0)
		return;
	if (ph->aux == 1)
	{
		f->kind = ph->value;
		return;
	}
	f->noun = ph->value;
	for (q += m, words = 0; words < 4; words++)
	{
		if ((m = kind_at(d, q, &ph)) > 0)
		{
			if (ph->aux == 1)
				f->kind = ph->value;
			/*
			 * "tổ chức hội nghị công bố quyết định ...", "Hội nghị gặp
			 * mặt": the session named after the plain noun, as a dated
			 * lead's window takes it, undated too (probe ax AX4)
			 */
			else if (session_noun_named(d, q, f->noun, ph))
				f->noun = ph->value;
			return;
		}
		if ((m = meetword_longest(d, q, &ph)) == 0 ||
			(ph->aux != MW_ONLINE && ph->aux != MW_SCOPE))
			break;
		if (ph->aux == MW_SCOPE)
			f->scope = (char *) ph->value;
		q += m;
	}
	if (f->noun == gb_kind_meeting)
		purpose_kind(d, q, f);
}

/*
 * "Tại hội nghị này, ..., Hội LHPN huyện đã tổ chức họp mặt ...": an event
 * held at the meeting named where the sentence of its verb (at k) opens is
 * a side event of that meeting, which stays the one reported.  Returns the
 * meeting's noun, or NULL.
 */
const char *
side_event_of(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j,
				m;

	for (j = k - 1; j > 0 && j > k - SIDE_EVENT_BACK && !tok_has(d, j, T_NL) &&
		 !(tok_punct(d, j - 1, '.') && gb_sentence_break(d, j)); j--)
		;
	if (!tok_is(d, j, "tai") || !tok_has(d, j, T_UPPER) || (m = kind_at(d, j + 1, &ph)) == 0 ||
		ph->aux != 0)
		return NULL;
	j += 1 + m;
	j += meetword(d, j, MW_THIS, NULL);
	return tok_punct(d, j, ',') ? ph->value : NULL;
}

/*
 * "Công đoàn ngành vừa tổ chức giao ban", "... đã tổ chức sơ kết": a
 * meeting of a kind (not a bare noun, "hội nghị") said held, after a mark
 * of the past, by a subject that names no body read.  Its kind, or NULL.
 */
static const char *
held_kind_at(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			m;

	if (!(tok_is(d, k - 1, "vua") || tok_is(d, k - 1, "da")) || tok_has(d, k - 1, T_UPPER) ||
		tok_has(d, k, T_NL) || (m = meetword(d, k, MW_VERB, NULL)) == 0 ||
		kind_at(d, k + m, &ph) == 0 || ph->aux != 1 || tok_has(d, k + m, T_NL))
		return NULL;
	return ph->value;
}

/*
 * "Tổng Bí thư chủ trì buổi làm việc với Ban Tổ chức Trung ương", "đã có
 * buổi làm việc với ...": a working session at k that someone chairs or
 * has is one held, whoever its subject; its kind, or NULL.
 */
static const char *
session_held_at(const GbDoc *d, int k)
{
	int			v = tok_is(d, k - 1, "co") ? k - 1 :
		tok_is(d, k - 2, "chu") && tok_is(d, k - 1, "tri") ? k - 2 : -1;

	/* "sẽ chủ trì buổi làm việc": a session to come */
	if (v < 0 || tok_is(d, v - 1, "se") || tok_has(d, k, T_NL) || !session_at(d, k))
		return NULL;
	return "làm việc";
}

/*
 * "Bí thư Tỉnh ủy A chủ trì buổi làm việc của Thường trực Tỉnh ủy X về
 * ...": the body after "của", right after a working session held at k
 * (session_held_at()), holds it, as the subject of "X làm việc với Y"
 * does; never the partner after "với" (probe as 36).  The body, or NULL.
 */
static char *
session_owner_at(const GbDoc *d, int k)
{
	const char *name;
	int			q = k + meetword(d, k, MW_SESSION, NULL);

	if (q == k || !of_capital_at(d, q))
		return NULL;
	return body_at(d, q + 1, &name) > q + 1 ? (char *) name : NULL;
}

/*
 * The body holding the working session held at k, "chủ trì buổi làm việc
 * của Thường trực Tỉnh ủy", for a lead's window (scan_window()), or NULL.
 */
char *
held_session_owner(const GbDoc *d, int k)
{
	return tok_is(d, k, "buoi") && session_held_at(d, k) ? session_owner_at(d, k) : NULL;
}

/* Notes the meeting (kind or noun) at j as one the clause of any.organizer holds. */
static void
note_object_kind(GbMeetState *st, const GbDoc *d, int j)
{
	const GbPhrase *ph = NULL;

	if (st->nany_objects < OBJECT_KINDS && kind_at(d, j, &ph) > 0)
	{
		st->any_objects[st->nany_objects++] = ph->value;
		st->any_object_noun = st->any_object_noun || ph->aux == 0;
		st->any_object_read = true;
	}
}

/*
 * The meetings the clause of the organizer found anywhere holds, its verb
 * at k: "Hội thao do Bộ Chỉ huy Quân sự tỉnh tổ chức", the object before
 * "do", read back to the clause's start; "đã tổ chức lễ khai mạc triển lãm
 * ảnh", the few words after the verb.  An object before "do" that names no
 * meeting, to its clause's start or in as many words as a meeting's name
 * takes ("các cấp Hội tham dự cuộc thi khu vực do ... tổ chức"), is another
 * event's too.
 */
static void
note_object(GbMeetState *st, const GbDoc *d, int k)
{
	int			j,
				q;

	st->nany_objects = 0;
	st->any_object_noun = st->any_object_read = false;
	/* not "Do ảnh hưởng của bão, ...": "do" opening its clause is a cause */
	if ((j = passive_mark_before(d, k, false)) > 0 && !tok_has(d, j, T_UPPER | T_NL) && !clause_mark(d, j - 1))
	{
		for (q = j - 1; q >= 0 && q >= j - PASSIVE_OBJECT_BACK && !clause_mark(d, q); q--)
		{
			note_object_kind(st, d, q);
			if (tok_has(d, q, T_NL))
				break;
		}
		st->any_object_read = true;
		return;
	}
	/*
	 * after the verb; "họp", no verb meetword() reads, from itself: "Ủy ban
	 * MTTQ tỉnh khóa XI họp phiên thứ nhất" holds the committee's first
	 * sitting, not the congress that elected it (probe 64 G3)
	 */
	q = k + meetword(d, k, MW_VERB, NULL);
	for (j = q; j < q + OBJECT_WORDS && j < d->ntok && !clause_mark(d, j) &&
		 (j == q || !tok_has(d, j, T_NL)); j++)
		note_object_kind(st, d, j);
}

/*
 * Whether k is in a clause opened by "(ngay) sau khi" or "trước khi" with
 * its own subject: "Vừa qua, ngay sau khi Bộ Chính trị tổ chức Hội nghị
 * trực tuyến quán triệt Quy định số 144-QĐ/TW ..., Đảng ủy BIDV đã kịp
 * thời ban hành ...".  The meeting there dates another act, the main
 * clause's; it is not the report's, nor its body the organizer, nor its
 * "trực tuyến" the report's (probe bg BG10).  The subject is a name, in
 * capitals; not "sau khi kết thúc phiên trực tuyến", the meeting's own
 * part (the verb right after "sau khi" is read as a meeting spoken of
 * already, MW_ABOUT).
 */
bool
in_time_clause(const GbDoc *d, int k)
{
	int			j;

	for (j = k - 2; j >= 0 && j > k - TIME_CLAUSE_BACK; j--)
	{
		if (clause_mark(d, j) || tok_has(d, j + 2, T_NL))
			return false;
		if ((gb_exact_words(d, j, 2, "sau khi") || gb_exact_words(d, j, 2, "trước khi")) &&
			!tok_has(d, j + 1, T_NL))
			return gb_tok_capitalized(d, j + 2);
	}
	return false;
}

/*
 * The organizer named anywhere, whose verb is at k, and with it what the
 * verb's object says of the meeting: the facts of a text with no lead.
 */
void
organizer_anywhere_at(GbMeetState *st, const GbDoc *d, int ls, int k)
{
	if (in_time_clause(d, k))
		return;
	if ((st->any.organizer = organizer_before(d, ls, k)) == NULL)
	{
		if (!st->held_kind && gb_dict_may_match(d, k, CAT_VERBSTART))
			st->held_kind = held_kind_at(d, k);
		if (!st->held_kind && tok_is(d, k, "buoi") &&
			(st->held_kind = session_held_at(d, k)) != NULL)
			st->any.organizer = session_owner_at(d, k);
	}
	else
	{
		const char *noun = side_event_of(d, k);
		int			j,
					end;
		bool		has_year;
		GbDate		dt;

		if (noun)
			st->any.noun = noun;
		else
		{
			verb_object(d, k, &st->any);
			/* read only while no organizer of the headline or lead comes first */
			if (!st->lead.organizer && !st->title.listed_by && !st->title.organizer)
				note_object(st, d, k);
		}
		/*
		 * "Theo đó, từ ngày 14 đến 21-12-2015, Ban Chấp hành Trung ương đã
		 * tổ chức Hội nghị lần thứ 13": the day its own clause gives
		 */
		for (j = k - 1; j >= 0 && j > k - CLAUSE_DATE_BACK; j--)
		{
			if (may_start_date(d, j) && gb_parse_date(d, j, &end, &dt, &has_year) && end <= k)
			{
				st->any_date = dt;
				st->any_date_tok = j;
				break;
			}
			if (gb_sentence_break(d, j) || tok_has(d, j, T_NL))
				break;
		}
	}
}
