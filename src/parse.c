/*
 * parse.c
 *	  Small grammars shared by the extractors: dates, bodies, terms.
 */
#include "parse.h"
#include "gazetteer.h"
#include "meeting.h"
#include "names.h"

#define GROUP_WORDS		4		/* lower-case words describing a group's members */

int
gb_date_valid(int y, int m, int d)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int			n;

	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
		return 0;
	n = mdays[m - 1];
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		n = 29;
	return d <= n;
}

int
gb_month_last_day(int y, int m)
{
	int			d = 28;

	while (d < 31 && gb_date_valid(y, m, d + 1))
		d++;
	return d;
}

long
gb_date_days(GbDate d)
{
	long		y = d.y - (d.m <= 2),
				era = y / 400,
				yoe = y - era * 400,
				doy = (153 * (d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + d.d - 1;

	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
}

bool
gb_date_just_before_published(const GbDoc *d, GbDate dt, int within)
{
	GbDate		p = d->published.y ? d->published : d->head_published;
	long		days;

	if (p.y == 0 || dt.y == 0 || dt.m == 0 || dt.d == 0)
		return false;
	days = gb_date_days(p) - gb_date_days(dt);
	return days >= 0 && days <= within;
}

static bool
small_num(const GbDoc *d, int i, int maxdigits)
{
	return tok_has(d, i, T_NUM) && d->tok[i].len <= (uint32_t) maxdigits;
}

bool
gb_parse_date(const GbDoc *d, int p, int *end, GbDate *out, bool *has_year)
{
	int			day,
				mon,
				year = 0,
				q;

	memset(out, 0, sizeof(*out));
	*has_year = false;
	if (!small_num(d, p, 2))
		return false;
	/* the day's value read once the month is seen: most numbers have none */
	q = p + 1;

	if (tok_is(d, q, "thang") && small_num(d, q + 1, 2))
	{
		/* 8 tháng 2 năm 2022 */
		day = gb_tok_int(d, p);
		mon = gb_tok_int(d, q + 1);
		q += 2;
		/*
		 * "năm 2022"; or "21 tháng 3/2020", the month's year after a slash
		 * glued to it, forms mixed (probe ak 30)
		 */
		if (is_year(d, q + 1) &&
			(tok_is(d, q, "nam") ||
			 (tok_punct(d, q, '/') && !(d->tok[q].flags & T_SPACE) &&
			  !(d->tok[q + 1].flags & T_SPACE))))
		{
			year = gb_tok_int(d, q + 1);
			q += 2;
		}
	}
	else
	{
		char		sep;
		bool		spaced;

		if (tok_punct(d, q, '/'))
			sep = '/';
		else if (tok_punct(d, q, '-'))
			sep = '-';
		else if (tok_punct(d, q, '.'))
			sep = '.';
		else
			return false;
		/*
		 * A space after a slash is a typo ("24/ 7/2013"); after a dash it
		 * makes a range ("5 - 7 ngày") unless a year follows in the same way.
		 */
		if (!small_num(d, q + 1, 2) ||
			((d->tok[q + 1].flags & T_SPACE) && sep == '.'))
			return false;
		day = gb_tok_int(d, p);
		spaced = (d->tok[q + 1].flags & T_SPACE) != 0;
		mon = gb_tok_int(d, q + 1);
		q += 2;
		if (tok_punct(d, q, sep) && tok_has(d, q + 1, T_NUM) &&
			(!(d->tok[q + 1].flags & T_SPACE) || sep == '/' || spaced) &&
			(d->tok[q + 1].len == 4 || (d->tok[q + 1].len == 2 && sep != '.')))
		{
			year = gb_tok_int(d, q + 1);
			if (d->tok[q + 1].len == 2)
				year += year < 50 ? 2000 : 1900;
			q += 2;
		}
		/*
		 * "ngày 1.9/2016": a day and month after a dot, the year after a
		 * slash, all glued, is one date typed with two separators (probe bd
		 * BD8); not a dash's "1-3/2016", months one to three
		 */
		else if (sep == '.' && tok_punct(d, q, '/') && !(d->tok[q].flags & T_SPACE) &&
				 !spaced && is_year(d, q + 1) && !(d->tok[q + 1].flags & T_SPACE))
		{
			year = gb_tok_int(d, q + 1);
			q += 2;
		}
		/* "10/15 đề án" is a fraction, not a date: a day and a month only */
		if (year == 0 && (day > 31 || mon > 12 || (spaced && sep == '-')))
			return false;
	}
	*end = q;
	if (mon < 1 || mon > 12 || day < 1 || day > 31)
		return true;			/* date-shaped but impossible */
	if (year)
	{
		*has_year = true;
		if (!gb_date_valid(year, mon, day))
			return true;
	}
	out->y = year;
	out->m = mon;
	out->d = day;
	return true;
}

/*
 * A lower-case word that ends a body's name ("của Chính phủ quy định ..."),
 * not the second syllable of its last word: the gazetteer's CAT_NAMESTOP.
 */
static inline bool
stop_word(const GbDoc *d, int i)
{
	return gb_dict_match(d, i, CAT_NAMESTOP, NULL) > 0;
}

#define AGENCY_RUN		10		/* words of an agency's name in sentence case */

static bool
is_word(const GbDoc *d, int i)
{
	return tok_has(d, i, T_WORD);
}

/*
 * "động" after a capitalized syllable completes its word ("Sở Lao động",
 * "Cảnh sát Cơ động"), though "đồng", folded alike, ends a name ("... đồng
 * ý", "đồng chí"); so does "tư" ("Đầu tư"), though "từ" ends it.
 */
static bool
completing_syllable(const GbDoc *d, int i)
{
	return (tok_is(d, i, "dong") && gb_exact_any(d, i, "động")) ||
		/* "Tổng công ty Đầu tư", "Ngân hàng Đầu tư": "tư", not the preposition "từ" */
		(tok_is(d, i, "tu") && gb_exact_any(d, i, "tư")) ||
		/*
		 * "Chi bộ Ngoại-Chuyên khoa", "Phòng Tổng hợp": a speciality's
		 * "khoa", a whole's "hợp", not a term's "khóa" nor the verb "họp"
		 * (probe 99 AG4)
		 */
		(tok_is(d, i, "khoa") && gb_exact_any(d, i, "khoa")) ||
		(tok_is(d, i, "hop") && gb_exact_any(d, i, "hợp")) ||
		/* "Tiểu ban Bảo vệ ...", "Bộ Tư lệnh Cảnh vệ": "vệ", not "về" (probe af AF3) */
		(tok_is(d, i, "ve") && gb_exact_any(d, i, "vệ"));
}

static bool
is_lower_word(const GbDoc *d, int i)
{
	return is_word(d, i) && !(d->tok[i].flags & T_UPPER);
}

/* An abbreviation: "CQ", "HĐND". */
static bool
abbrev_word(const GbDoc *d, int i)
{
	return tok_has(d, i, T_WORD) && tok_has(d, i, T_ALLCAPS) && d->tok[i].flen > 1;
}

/* A capitalized syllable and a lower-case one from i: "Doanh nghiệp". */
static bool
compound_word(const GbDoc *d, int i)
{
	return is_word(d, i) && tok_has(d, i, T_UPPER) && !abbrev_word(d, i) &&
		is_lower_word(d, i + 1) && tok_has(d, i + 1, T_SPACE) && !tok_has(d, i + 1, T_NL);
}

/*
 * The token after a province's or a centrally-run city's name at i, as the
 * gazetteer knows it ("Thừa Thiên Huế", "Bà Rịa - Vũng Tàu"), or i.
 */
static int
place_name_end(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, i, CAT_NOTNAME, &ph);

	if (m > 0 && (ph->aux == NOTNAME_PROVINCE || ph->aux == NOTNAME_CITY) &&
		!tok_has(d, i + m - 1, T_NL))
		return i + m;
	return i;
}

/* "T.Ư" at i, Trung ương abbreviated with its dot: 3 tokens, or 0 */
int
gb_central_dotted(const GbDoc *d, int i)
{
	return i >= 0 && i < d->ntok && d->tok[i].len == 1 && d->norm.data[d->tok[i].off] == 'T' &&
		tok_punct(d, i + 1, '.') && !tok_has(d, i + 1, T_SPACE) &&
		tok_is(d, i + 2, "u") && tok_has(d, i + 2, T_UPPER) && !tok_has(d, i + 2, T_SPACE) ? 3 : 0;
}

/* the words of a central body's name before "T.Ư", and their folded length */
#define CENTRAL_WORDS	6
#define CENTRAL_FOLD	64

/*
 * "T.Ư", "TƯ", "TW" at i: Trung ương abbreviated after a body's head
 * ("Ban Tổ chức T.Ư", "Ban Nội chính TƯ").  "TƯ" only with its capital Ư:
 * "TU" is a province's Tỉnh ủy.  Returns its tokens, or 0.
 */
static int
central_abbrev(const GbDoc *d, int i)
{
	const char *s;

	if (!is_word(d, i) || !tok_has(d, i, T_UPPER) || tok_has(d, i, T_NL))
		return 0;
	s = d->norm.data + d->tok[i].off;
	if (d->tok[i].len == 2 && memcmp(s, "TW", 2) == 0)
		return 1;
	if (d->tok[i].len == 3 && memcmp(s, "T\xC6\xAF", 3) == 0)
		return 1;
	return gb_central_dotted(d, i);
}

/*
 * "Trung ương" at i, capitalized in one line, or abbreviated
 * (central_abbrev()): the centre named.  Returns its tokens, or 0.
 */
int
gb_centre_len(const GbDoc *d, int i)
{
	if (tok_is(d, i, "trung") && tok_has(d, i, T_UPPER) && tok_is(d, i + 1, "uong") &&
		!tok_has(d, i + 1, T_NL))
		return 2;
	return central_abbrev(d, i);
}

/*
 * A word of one syllable, capitalized after a lower-case one, before a
 * hyphen at p: "Công nghiệp Than - Khoáng sản", "Đại học Mỏ - Địa chất".
 * A place capitalizes each syllable, and one after its level ("thành phố
 * Huế") or a committee ("Thành ủy Vinh") is no word of a field's name.
 */
static bool
field_syllable(const GbDoc *d, int p)
{
	return p >= 3 && is_word(d, p - 1) && tok_has(d, p - 1, T_UPPER) && !abbrev_word(d, p - 1) &&
		!tok_has(d, p - 1, T_NL) && is_lower_word(d, p - 2) && !tok_is(d, p - 2, "uy") &&
		gb_dict_match(d, p - 2, CAT_LEVEL, NULL) == 0 && gb_dict_match(d, p - 3, CAT_LEVEL, NULL) != 2 &&
		!tok_is(d, p - 1, "dang");
}

/*
 * After a hyphen, a field's word that goes on a name, not the start of
 * another body, a meeting, a time or a publication line: "Than -
 * Khoáng sản", not "Xây dựng Đảng - Học viện ..." nor "- Ngày đăng".
 */
static bool
field_after_hyphen(const GbDoc *d, int p)
{
	return compound_word(d, p + 1) &&
		gb_dict_match(d, p + 1, CAT_TITLE | CAT_BODY | CAT_BODYHEAD | CAT_MEETKIND |
					  CAT_TIMEOFDAY | CAT_PUBLABEL | CAT_ROLE, NULL) == 0 &&
		gb_agency_at(d, p + 1, NULL) == 0 &&
		gb_dict_match(d, p + 2, CAT_ADVERB | CAT_TENSE, NULL) == 0;
}

/*
 * What a capitalized word between dashes of one name may not start: a
 * post, person, body, meeting, time or level (cell_units_dash(),
 * field_dash_chain()).
 */
#define NOT_A_FIELD_CATS \
	(CAT_TITLE | CAT_SURNAME | CAT_HONORIFIC | CAT_BODY | CAT_BODYHEAD | \
	 CAT_MEETKIND | CAT_TIMEOFDAY | CAT_PUBLABEL | CAT_ROLE | CAT_LEVEL)

/*
 * "Chi bộ Khoa Nội - Nhi": a cell named by two units of an institution
 * joined by a dash at p, the second a capitalized word that starts no
 * body, post, person, meeting, time nor level: "Chi bộ Khoa Nội - Bí thư
 * ...", "... - Nguyễn Văn A", "... - Ngày 12/3" stay apart (probe 99 AG4).
 */
static bool
cell_units_dash(const GbDoc *d, int p)
{
	if (!tok_punct(d, p, '-') || tok_has(d, p, T_NL) || tok_has(d, p + 1, T_NL) ||
		tok_has(d, p, T_SPACE) != tok_has(d, p + 1, T_SPACE) ||
		!is_word(d, p - 1) || !tok_has(d, p - 1, T_UPPER) || abbrev_word(d, p - 1) ||
		!is_word(d, p + 1) || !tok_has(d, p + 1, T_UPPER) || abbrev_word(d, p + 1))
		return false;
	return gb_dict_match(d, p + 1, NOT_A_FIELD_CATS, NULL) == 0 &&
		gb_agency_at(d, p + 1, NULL) == 0;
}

/*
 * "Tổng công ty cổ phần Bia - Rượu - Nước giải khát Sài Gòn": fields of
 * one capitalized syllable each, dashes between, the last a word of two
 * (field_after_hyphen()); p either dash, spaced alike.  The middle one no
 * post, person, body, level, meeting or time.
 */
static bool
field_dash_chain(const GbDoc *d, int p)
{
	int			a = tok_punct(d, p + 2, '-') ? p : p - 2,
				w = a + 1;

	if (a < 3 || !tok_punct(d, a, '-') || !tok_punct(d, a + 2, '-') ||
		tok_has(d, a, T_SPACE) != tok_has(d, a + 2, T_SPACE) ||
		tok_has(d, w, T_SPACE) != tok_has(d, a, T_SPACE) || tok_has(d, w, T_NL) ||
		tok_has(d, a + 2, T_NL) || !is_word(d, w) || !tok_has(d, w, T_UPPER) || abbrev_word(d, w))
		return false;
	return field_syllable(d, a) &&
		gb_dict_match(d, w, NOT_A_FIELD_CATS, NULL) == 0 &&
		field_after_hyphen(d, a + 2);
}

bool
gb_name_hyphen(const GbDoc *d, int p)
{
	bool		spaced;

	if (p < 2 || tok_has(d, p, T_NL) || tok_has(d, p + 1, T_NL))
		return false;
	spaced = tok_has(d, p, T_SPACE);
	/* "Ban TG&DV Tỉnh ủy", "KT&XH": an ampersand joins abbreviations, unspaced */
	if (tok_punct(d, p, '&'))
		return !spaced && !tok_has(d, p + 1, T_SPACE) && abbrev_word(d, p - 1) &&
			abbrev_word(d, p + 1);
	if (!tok_punct(d, p, '-') || tok_has(d, p + 1, T_SPACE) != spaced)
		return false;
	/* a name in capitals, "UBND - NGUYỄN VĂN AN", is no abbreviation */
	if (abbrev_word(d, p - 1) && abbrev_word(d, p + 1))
		return gb_dict_match(d, p + 1, CAT_TITLE | CAT_SURNAME, NULL) == 0;
	/*
	 * "Sở Lao động – TB&XH": the fields after the hyphen abbreviated,
	 * joined by an ampersand, which no position nor person is
	 */
	if (compound_word(d, p - 2) && !tok_has(d, p - 1, T_NL) && abbrev_word(d, p + 1) &&
		tok_punct(d, p + 2, '&'))
		return gb_name_hyphen(d, p + 2);
	if (field_dash_chain(d, p))
		return true;
	if (field_syllable(d, p))
		return field_after_hyphen(d, p);
	/*
	 * "Tỉnh ủy Thừa Thiên-Huế", "Bà Rịa-Vũng Tàu", "Phan Rang-Tháp Chàm":
	 * a place joined of two, by a hyphen with no space, each half
	 * capitalized; not a name, a position or an honorific after it
	 */
	if (!spaced && gb_word_upper(d, p - 1) && !abbrev_word(d, p - 1) && gb_word_upper(d, p + 1) &&
		!abbrev_word(d, p + 1))
		return gb_dict_match(d, p + 1, CAT_TITLE | CAT_SURNAME | CAT_HONORIFIC, NULL) == 0;
	return compound_word(d, p - 2) && !tok_has(d, p - 1, T_NL) && compound_word(d, p + 1) &&
		gb_dict_match(d, p + 1, CAT_TITLE, NULL) == 0;
}

/*
 * Since 2025 the Front and the mass organizations of a level share one
 * Party organization, "Đảng bộ (Đảng ủy) Mặt trận Tổ quốc, các đoàn thể
 * Trung ương (tỉnh)": its name holds a comma.  Only after "Đảng bộ" or
 * "Đảng ủy" and with a level after "các đoàn thể" is it that name; "Mặt
 * trận Tổ quốc, các đoàn thể phát động" lists the bodies.
 * gb_front_party_before(): the Front's name ending at j ("MTTQ", "Mặt trận
 * Tổ quốc (Việt Nam)") after "Đảng bộ" or "Đảng ủy", that organization;
 * front_unions_end() (names.c) reads the same name before "và các đoàn thể".
 */
bool
gb_front_party_before(const GbDoc *d, int j)
{
	if (j >= 2 && tok_is(d, j, "nam") && tok_is(d, j - 1, "viet"))
		j -= 2;
	if (tok_is(d, j, "mttq") && tok_has(d, j, T_ALLCAPS))
		j--;
	else if (j >= 3 && tok_is(d, j, "quoc") && tok_is(d, j - 1, "to") && tok_is(d, j - 2, "tran") &&
			 tok_is(d, j - 3, "mat") && tok_has(d, j - 3, T_UPPER))
		j -= 4;
	else
		return false;
	return j >= 1 && tok_is(d, j - 1, "dang") && (tok_is(d, j, "bo") || tok_is(d, j, "uy"));
}

int
gb_front_unions_comma(const GbDoc *d, int p)
{
	int			q = p + 4,
				m;

	if (!tok_punct(d, p, ',') || !tok_is(d, p + 1, "cac") || !tok_is(d, p + 2, "doan") ||
		!tok_is(d, p + 3, "the") || p < 4 || !gb_front_party_before(d, p - 1) ||
		!is_lower_word(d, p + 1))
		return p;
	for (m = p + 1; m <= q; m++)
		if (tok_has(d, m, T_NL))
			return p;
	if (tok_is(d, q, "trung") && tok_is(d, q + 1, "uong") && !tok_has(d, q + 1, T_NL))
		return q + 2;
	if ((tok_is(d, q, "tw") || tok_is(d, q, "tu")) && tok_has(d, q, T_ALLCAPS))
		return q + 1;
	return (m = gb_dict_match(d, q, CAT_LEVEL, NULL)) > 0 ? q + m : p;
}

int
gb_paren_abbrev(const GbDoc *d, int p)
{
	int			q = p + 1;

	if (!tok_punct(d, p, '(') || !tok_has(d, q, T_ALLCAPS))
		return p;
	/* "(CQ-DN)", "(TG&DV)" */
	for (q++; (tok_punct(d, q, '-') || tok_punct(d, q, '&')) && abbrev_word(d, q + 1) &&
		 !tok_has(d, q, T_SPACE) && !tok_has(d, q + 1, T_SPACE); q += 2)
		;
	/* "(QK9)", "(QK7)": a numbered unit's, its number glued (probe y Y5) */
	if (q == p + 2 && tok_has(d, q, T_NUM) && !tok_has(d, q, T_SPACE) && d->tok[q].len <= 3 &&
		tok_punct(d, q + 1, ')'))
		q++;
	return tok_punct(d, q, ')') ? q + 1 : p;
}

/* tokens [from, to) as gb_span_text() spells them, after what b has, a space apart */
static void
append_span(GbBuf *b, const GbDoc *d, int from, int to)
{
	const char *piece = gb_span_text(d, from, to);

	if (b->len > 0)
		gb_buf_putc(b, ' ');
	gb_buf_append(b, piece, strlen(piece));
}

/*
 * The text of tokens [from, to) with every abbreviation in parentheses
 * inside left out: "Trưởng Ban Tổ chức (BTC) Tỉnh ủy (TU)" is "Trưởng Ban
 * Tổ chức Tỉnh ủy".  The rest is spelled as gb_span_text() spells it.
 */
char *
gb_span_text_bare(const GbDoc *d, int from, int to)
{
	GbBuf		b = {0};
	char	   *out;
	int			k,
				a,
				m;

	for (k = from; k < to; k++)
		if (tok_punct(d, k, '(') && gb_paren_abbrev(d, k) > k)
			break;
	if (k == to)
		return gb_span_text(d, from, to);
	for (a = from, k = from; k < to; k++)
	{
		if (!tok_punct(d, k, '(') || (m = gb_paren_abbrev(d, k)) == k || m > to)
			continue;
		if (k > a)
			append_span(&b, d, a, k);
		a = m;
		k = m - 1;
	}
	if (to > a)
		append_span(&b, d, a, to);
	if (b.len == 0)
		return gb_span_text(d, from, to);
	out = gb_arena_strndup(d->arena, b.data, b.len);
	gb_free(b.data);
	return out;
}

bool
gb_date_after(const GbDoc *d, int k)
{
	return k + 2 < d->ntok && !tok_has(d, k + 1, T_SPACE) && tok_has(d, k + 2, T_NUM) &&
		(tok_punct(d, k + 1, '/') || tok_punct(d, k + 1, '-') || tok_punct(d, k + 1, '.'));
}

int
gb_coded_name_end(const GbDoc *d, int k)
{
	if (!tok_has(d, k, T_WORD) || !(d->tok[k].flags & (T_UPPER | T_ALLCAPS)) ||
		tok_has(d, k, T_NL))
		return k;
	/* the number joined by a hyphen */
	if (tok_punct(d, k + 1, '-') && !tok_has(d, k + 1, T_SPACE) &&
		!tok_has(d, k + 2, T_SPACE) && tok_has(d, k + 2, T_NUM))
		return k + 3;
	/* or a space: a short number, no date's ("Covid 19", not "Tết 2/9") */
	if (tok_has(d, k + 1, T_NUM) && d->tok[k + 1].len <= 2 && !tok_has(d, k + 1, T_NL) &&
		!gb_date_after(d, k + 1))
		return k + 2;
	return k;
}

bool
gb_place_number(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;

	if (k < 1 || !tok_has(d, k, T_NUM) || d->tok[k].len > 2 || tok_has(d, k, T_NL) ||
		!tok_has(d, k, T_SPACE) ||
		gb_dict_match(d, k - 1, CAT_LEVEL, &ph) != 1 || !(ph->aux & LEVEL_NUMBERED))
		return false;
	/*
	 * not a date, "phường 3/2", nor a time, "phường 3 năm liền" ("5 tổ
	 * chức" may count, but after a place it is the verb)
	 */
	if (gb_date_after(d, k))
		return false;
	/* "Phường 11 lần thứ XIII": the congress's number follows the name */
	return !(is_lower_word(d, k + 1) &&
			 (tok_is(d, k + 1, "nam") || tok_is(d, k + 1, "thang") ||
			  tok_is(d, k + 1, "ngay") ||
			  (tok_is(d, k + 1, "lan") && !tok_is(d, k + 2, "thu"))));
}

bool
gb_unit_number(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j;

	if (k < 1 || !tok_has(d, k, T_NUM) || tok_has(d, k, T_NL))
		return false;
	/* "Bí thư Quận ủy Quận 1" */
	if (gb_place_number(d, k))
		return true;
	/*
	 * "Học viện Chính trị khu vực 3": a numbered region, "khu vực" (MW_REGION:
	 * a region follows) a title's word of its own
	 */
	if (k >= 2 && !tok_has(d, k - 1, T_NL) && gb_dict_match(d, k - 2, CAT_MEETWORD, &ph) == 2 &&
		ph->aux == MW_REGION)
		return !gb_date_after(d, k);
	/* "Vùng Cảnh sát biển 3": four words at most */
	for (j = k - 1; j >= 0 && j >= k - 4; j--)
		if (gb_dict_match(d, j, CAT_TITLEWORD, &ph) == k - j && ph->aux == TITLEWORD_UNIT)
			break;
	if (j < 0 || j < k - 4)
		return false;
	if (gb_date_after(d, k))
		return false;
	/* "Chi bộ 3 đảng viên" counts; "Quân khu 9 tổ chức": the verb after a unit */
	return !(k + 1 < d->ntok && is_lower_word(d, k + 1) &&
			 gb_dict_match(d, k + 1, CAT_QUANTITY, NULL) > 0 &&
			 !gb_dict_may_match(d, k + 1, CAT_VERBSTART) &&
			 !(tok_is(d, k + 1, "lan") && tok_is(d, k + 2, "thu")));
}

/*
 * A member of a group of bodies, in lower case after "các" or a comma:
 * "tỉnh ủy", "thành ủy", "tỉnh", "huyện", "thành" ("các tỉnh, thành"),
 * and "cơ quan", the agencies a bloc of emulation gathers ("Khối thi đua
 * các cơ quan Đảng tỉnh", probe 58 G1).
 */
static int
group_member(const GbDoc *d, int i)
{
	int			m;

	if (!is_lower_word(d, i) || tok_has(d, i, T_NL))
		return 0;
	if ((m = gb_dict_match(d, i, CAT_BODYHEAD | CAT_LEVEL, NULL)) > 0)
		return m;
	if (tok_is(d, i, "co") && tok_is(d, i + 1, "quan") && !tok_has(d, i + 1, T_NL))
		return 2;
	return tok_is(d, i, "thanh") ? 1 : 0;
}

/*
 * A region's noun at i: "đồng bằng", "duyên hải", "khu vực", "vùng" in
 * either case, "sông" in lower case ("Nam sông Hồng").  Its tokens, or 0.
 */
static int
region_noun(const GbDoc *d, int i)
{
	if (!is_word(d, i) || tok_has(d, i, T_NL) || tok_has(d, i, T_ALLCAPS))
		return 0;
	/* spelled: folded, "sông" would be "sóng", "sống", "song" too */
	if (((tok_is(d, i, "dong") && gb_exact_words(d, i, 2, "đồng bằng")) ||
		 (tok_is(d, i, "duyen") && gb_exact_words(d, i, 2, "duyên hải")) ||
		 (tok_is(d, i, "khu") && gb_exact_words(d, i, 2, "khu vực"))) &&
		is_lower_word(d, i + 1) && !tok_has(d, i + 1, T_NL))
		return 2;
	if ((tok_is(d, i, "vung") && gb_exact_any(d, i, "vùng")) ||
		(tok_is(d, i, "song") && is_lower_word(d, i) && gb_exact_any(d, i, "sông")))
		return 1;
	return 0;
}

/*
 * Lower-case words that describe a group's members after them, up to the
 * predicate: "các tỉnh miền núi", "4 tỉnh miền núi phía", and a region's
 * name in sentence case, "các tỉnh Bắc trung bộ".  Returns the token after
 * them, or q.
 */
static int
group_words(const GbDoc *d, int q)
{
	int			w,
				m;

	/*
	 * "các tỉnh Đồng bằng sông Cửu Long", "các tỉnh khu vực đồng bằng sông
	 * Hồng", "các tỉnh Duyên hải miền Trung": a region's nouns, in either
	 * case, though "đồng", "bằng" end other names (probe m G2)
	 */
	while ((m = region_noun(d, q)) > 0)
		q += m;
	for (w = 0; w < GROUP_WORDS && is_lower_word(d, q) && !tok_has(d, q, T_NL) &&
		 /* "Đông nam bộ": "nam" before "bộ" is the south, not "năm" */
		 (!stop_word(d, q) || (tok_is(d, q, "nam") && tok_is(d, q + 1, "bo") &&
							   !tok_has(d, q + 1, T_NL))) && gb_dict_match(d, q, CAT_ADVERB, NULL) == 0 &&
		 !gb_dict_may_match(d, q, CAT_VERBSTART) && gb_skip_when(d, q) == q; w++)
		q++;
	return q;
}

/*
 * "số 6", "3" at q after a group's head ("Cụm thi đua"): its number among
 * the groups of one parent body, written next ("số 6 Tỉnh ủy", "3 UBND
 * TPHCM").  A bare number must be followed by a capitalized name or the
 * predicate: "Cụm thi đua 4 tỉnh miền núi" counts its members; or by an
 * aside in parentheses ("Cụm thi đua 1 (gồm Quận ủy 1, 3, 5) tổ chức"),
 * which ends the name.  Returns the token after the number, or q.
 */
static int
group_number(const GbDoc *d, int q)
{
	int			n = q;

	if (tok_is(d, q, "so") && is_lower_word(d, q))
		n = q + 1;
	/* "Cụm thi số VII": a Roman number after "số" (probe-q G9) */
	if (n > q && tok_has(d, n, T_ROMAN) && !tok_has(d, n, T_NL) && !tok_has(d, n + 1, T_NL))
		return n + 1;
	if (!tok_has(d, n, T_NUM) || d->tok[n].len > 2 || tok_has(d, n, T_NL) ||
		tok_has(d, n + 1, T_NL) || tok_punct(d, n + 1, '/') || tok_punct(d, n + 1, '.') ||
		tok_punct(d, n + 1, '-'))
		return q;
	if (n > q || tok_has(d, n + 1, T_UPPER) || tok_has(d, n + 1, T_ALLCAPS) ||
		tok_punct(d, n + 1, '(') ||
		gb_dict_match(d, n + 1, CAT_ADVERB, NULL) > 0 || gb_dict_may_match(d, n + 1, CAT_VERBSTART))
		return n + 1;
	/* "Cụm thi đua 1 tổng kết công tác thi đua": the activity it holds is its predicate */
	if (gb_dict_may_match(d, n + 1, CAT_MEETKIND))
	{
		const GbPhrase *ph = NULL;

		if (gb_dict_match(d, n + 1, CAT_MEETKIND, &ph) > 0 && ph->aux == 1)
			return n + 1;
	}
	return q;
}

/*
 * A level's abbreviation at e written as one: in capitals, or "Tp" in
 * mixed case, which names of bodies use as "TP": "Đảng bộ Khối Doanh
 * nghiệp Tp.HCM" (probe y Y1)
 */
static inline bool
level_caps(const GbDoc *d, int e)
{
	return tok_has(d, e, T_ALLCAPS) ||
		(tok_has(d, e, T_UPPER) && d->tok[e].len == 2 && tok_is(d, e, "tp"));
}

/*
 * "TP.HCM", "TP. Huế" at e: a level abbreviated in capitals, its dot glued
 * to it, then a capitalized name on the same line; the head's loop reads
 * it whole (gb_parse_body()), so an agency's name stops before it (stop 35
 * R3).
 */
static inline bool
dotted_level(const GbDoc *d, int e)
{
	return level_caps(d, e) && tok_punct(d, e + 1, '.') && !tok_has(d, e + 1, T_SPACE) &&
		!tok_has(d, e + 1, T_NL) && !tok_has(d, e + 2, T_NL) && is_word(d, e + 2) &&
		tok_has(d, e + 2, T_UPPER) && gb_dict_match(d, e, CAT_LEVEL, NULL) == 1;
}

/*
 * Where the name of an agency at q, after "Đảng ủy", "Đảng bộ" or "Chi
 * bộ", ends when it goes on in lower case: "Cơ sở Cai nghiện ma túy",
 * "Trung tâm Giáo dục thường xuyên", up to its level, "về", a date or
 * punctuation; or q.  A stop word (a verb's or function word's syllable)
 * ends it unless it is a syllable of a noun of names ("ma túy"), and so
 * does anything else after it: the words may be the sentence's predicate.
 */
static int
agency_name_end(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;
	int			r,
				e,
				lower = 0;

	if (!tok_has(d, q, T_UPPER) || tok_has(d, q, T_NL) || !tok_has(d, q - 1, T_WORD) ||
		(r = gb_dict_match(d, q, CAT_AGENCY, &ph)) == 0 || ph->aux != 0 ||
		(ph->value && !gb_exact_any(d, q, ph->value)) ||
		gb_dict_match(d, q - 2, CAT_BODYHEAD, &ph) != 2 || ph->value == NULL ||
		!(strcmp(ph->value, "Đảng ủy") == 0 || strcmp(ph->value, "Đảng bộ") == 0 ||
		  strcmp(ph->value, "Chi bộ") == 0))
		return q;
	for (e = q + r; e < q + r + AGENCY_RUN && is_word(d, e) && !tok_has(d, e, T_NL); e++)
	{
		if (tok_has(d, e, T_ALLCAPS) && dotted_level(d, e))
			break;
		if (tok_has(d, e, T_UPPER) || tok_has(d, e, T_ALLCAPS))
			continue;
		if (gb_dict_match(d, e, CAT_NAMENOUN, NULL) == 2 && is_lower_word(d, e + 1) &&
			!tok_has(d, e + 1, T_NL))
		{
			e++;
			lower += 2;
			continue;
		}
		/*
		 * "Tổng công ty Đầu tư phát triển nhà và đô thị": "và" between
		 * lower-case nouns of the name; the clear end below still holds
		 */
		if (tok_is(d, e, "va") && lower > 0 && is_lower_word(d, e + 1) &&
			!tok_has(d, e + 1, T_NL) &&
			(!stop_word(d, e + 1) || gb_dict_match(d, e + 1, CAT_NAMENOUN, NULL) == 2) &&
			gb_dict_match(d, e + 1, CAT_LEVEL | CAT_ADVERB | CAT_MEETKIND, NULL) == 0 &&
			!gb_dict_may_match(d, e + 1, CAT_VERBSTART))
		{
			lower++;
			continue;
		}
		if ((stop_word(d, e) && !completing_syllable(d, e)) ||
			gb_dict_match(d, e, CAT_LEVEL, NULL) > 0 ||
			gb_dict_match(d, e, CAT_ADVERB | CAT_MEETKIND, NULL) > 0 ||
			gb_dict_may_match(d, e, CAT_VERBSTART))
			break;
		lower++;
	}
	/* more than the one syllable that completes a word; a clear end */
	if (lower < 2 || !(e >= d->ntok || tok_has(d, e, T_NL) || !is_word(d, e) ||
					   (gb_dict_match(d, e, CAT_LEVEL, NULL) > 0 && tok_has(d, e + 1, T_UPPER)) ||
					   dotted_level(d, e) || gb_exact_any(d, e, "về|ngày|của")))
		return q;
	return e;
}

/*
 * Where the field of a mass body at q, after its capitalized head, ends
 * when written in sentence case: "Công đoàn văn phòng UBND tỉnh", "Công
 * đoàn viên chức tỉnh" (probe bd BD3).  Up to four lower-case syllables,
 * no verb's, function word's, level's or meeting's, ended by the
 * capitalized body the union is of or by a level in lower case; or q.
 * Anything else after them may be the predicate: "Công đoàn đã tổ chức".
 */
static int
mass_field_end(const GbDoc *d, int q)
{
	int			e;

	for (e = q; e < q + 4 && is_lower_word(d, e) && !tok_has(d, e, T_NL) &&
		 (!stop_word(d, e) || completing_syllable(d, e)) &&
		 gb_dict_match(d, e, CAT_LEVEL | CAT_ADVERB | CAT_MEETKIND, NULL) == 0 &&
		 !gb_dict_may_match(d, e, CAT_VERBSTART); e++)
		;
	if (e == q || e >= d->ntok || tok_has(d, e, T_NL))
		return q;
	if (is_lower_word(d, e) && gb_dict_match(d, e, CAT_LEVEL, NULL) > 0)
		return e;
	return (tok_has(d, e, T_UPPER) || tok_has(d, e, T_ALLCAPS)) &&
		gb_dict_match(d, e, CAT_BODY | CAT_BODYHEAD, NULL) > 0 ? e : q;
}

/*
 * A committee or a Khối in lower case at q (m tokens of phrase ph) that
 * goes on a body's name: "Ban Tuyên giáo tỉnh ủy", "Đảng bộ khối Các cơ
 * quan tỉnh", "Thường trực khối Dân vận".  A lone word needs a name after
 * it; "tỉnh ủy viên" is a title.
 */
static bool
anycase_head(const GbDoc *d, int q, int m, const GbPhrase *ph)
{
	return ph->cat == CAT_BODYHEAD && (ph->aux & BODY_ANYCASE) &&
		(m > 1 || (tok_has(d, q + 1, T_UPPER) && !tok_has(d, q + 1, T_NL))) &&
		gb_dict_match(d, q, CAT_TITLE, NULL) <= m;
}

/*
 * "Huyện ủy Vụ Bản tổ chức", "Đảng bộ thị xã Điện Bàn tổ chức": the last
 * syllable of a place's name, folded, may start the head of a body ("Ban
 * Tổ chức"), which then would cut the name and take the verb after it.
 * Token q after a capitalized syllable, written with tone marks other than
 * the first word of the head's spelling (ph's value), is the place's word.  Only a word of as many
 * letters is compared: an abbreviation ("BTCTW", "ĐUK") folds to a head
 * spelled otherwise; nor a word without marks, from a text typed without
 * them.
 */
static bool
head_spelled_otherwise(const GbDoc *d, int q, const GbPhrase *ph)
{
	const GbTok *t = &d->tok[q];
	const char *v = ph->value;
	size_t		n,
				letters = 0;

	if (v == NULL || t->len == t->flen || !tok_has(d, q - 1, T_UPPER) || !is_word(d, q - 1))
		return false;
	for (n = 0; v[n] != ' ' && v[n] != '\0'; n++)
		if (((unsigned char) v[n] & 0xC0) != 0x80)
			letters++;
	if (letters != t->flen)
		return false;
	return !gb_same_letters(d->norm.data + t->off, t->len, v, n);
}

/*
 * A field's word at i inside a department's name: a capitalized syllable
 * and a lower-case one ("Truyền thông"), starting no body, position or
 * document of its own.
 */
static bool
field_word(const GbDoc *d, int i)
{
	return compound_word(d, i) && !tok_has(d, i, T_NL) &&
		gb_dict_match(d, i, CAT_BODY | CAT_BODYHEAD | CAT_TITLE | CAT_DOCTYPE, NULL) == 0;
}

/*
 * Whether "và" or a comma at q joins the fields of one department, after a
 * field's word: "Sở Thông tin và Truyền thông", "Bộ Văn hóa, Thể thao và
 * Du lịch".  "Ban Tuyên giáo Tỉnh ủy và Sở Tư pháp" are two bodies.
 */
bool
gb_field_link(const GbDoc *d, int q)
{
	int			k,
				words;

	if (q < 2 || !compound_word(d, q - 2) || tok_has(d, q, T_NL))
		return false;
	if (tok_is(d, q, "va") && is_lower_word(d, q))
		return field_word(d, q + 1);
	if (!tok_punct(d, q, ','))
		return false;
	for (k = q + 1, words = 0; words < 3 && field_word(d, k); words++)
	{
		k += 2;
		if (tok_is(d, k, "va") && is_lower_word(d, k))
			return field_word(d, k + 1);
	}
	return false;
}

/*
 * Whether a name has letters and none of them in lower case: "ĐẢNG BỘ
 * TRƯỜNG X", read from a headline in capitals.
 */
bool
gb_caps_name(const char *s)
{
	bool		letter = false;

	for (; *s; s++)
	{
		if (*s >= 'a' && *s <= 'z')
			return false;
		letter |= *s >= 'A' && *s <= 'Z';
	}
	return letter;
}

/* Whether two names are the same words, folded: "ĐẢNG BỘ X" and "Đảng bộ X". */
bool
gb_same_name_folded(const char *a, const char *b)
{
	size_t		na,
				nb;
	char	   *fa,
			   *fb;
	bool		same;

	if (strcmp(a, b) == 0)
		return true;
	fa = gb_fold(a, strlen(a), &na);
	fb = gb_fold(b, strlen(b), &nb);
	same = na == nb && memcmp(fa, fb, na) == 0;
	gb_free(fa);
	gb_free(fb);
	return same;
}

int
gb_congress_number_end(const GbDoc *d, int q)
{
	int			v,
				e;

	/*
	 * "Đảng bộ Tổng công ty Hoa Sen thứ IV": "lần" left out before "thứ"
	 * and a Roman numeral right after a name in capitals (stop 34 R2); a
	 * word or a figure after "thứ" counts days and sittings as often
	 */
	if (tok_is(d, q, "thu") && q > 0 && !tok_has(d, q, T_UPPER) && !tok_has(d, q, T_NL) &&
		tok_has(d, q + 1, T_ROMAN) && !tok_has(d, q + 1, T_NL) &&
		(gb_tok_capitalized(d, q - 1) || tok_punct(d, q - 1, ')')))
		return (e = gb_parse_ordinal(d, q + 1, &v)) > q + 1 ? e : q;
	if (!tok_is(d, q, "lan"))
		return q;
	if (tok_is(d, q + 1, "thu"))
		return (e = gb_parse_ordinal(d, q + 2, &v)) > q + 2 ? e : q;
	/*
	 * "Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần I", "lần 1": "thứ" left
	 * out before a numeral, as headlines and many outlets write it; a word
	 * needs it ("lần đầu" counts no congress)
	 */
	if ((tok_has(d, q + 1, T_NUM) || tok_has(d, q + 1, T_ROMAN)) && !tok_has(d, q + 1, T_NL) &&
		(e = gb_parse_ordinal(d, q + 1, &v)) > q + 1)
		return e;
	return q;
}

bool
gb_congress_number(const GbDoc *d, int q)
{
	return gb_congress_number_end(d, q) > q;
}

bool
gb_congress_verb(const GbDoc *d, int q)
{
	if (tok_is(d, q, "dai") && tok_is(d, q + 1, "bieu"))
		q += 2;
	return gb_congress_number(d, q);
}

/* "Đại hội (đại biểu) lần thứ N" at q */
static bool
congress_verb_at(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, q, CAT_MEETKIND, &ph);

	return m > 0 && strcmp(ph->value, gb_kind_congress) == 0 && gb_congress_verb(d, q + m);
}

/*
 * "Ban Nội chính T.Ư", "Văn phòng TW Đảng": a central body known by its
 * whole name, "Trung ương" abbreviated after a head that is no body's
 * without it.  Returns the token after it, or p; *name its canonical name.
 */
static int
central_body(const GbDoc *d, int p, const char **name)
{
	char		buf[CENTRAL_FOLD];
	size_t		n = 0;
	int			k,
				a;

	if (!gb_dict_may_match(d, p, CAT_BODY) || !tok_has(d, p, T_UPPER))
		return p;
	for (k = p; k < d->ntok && k < p + CENTRAL_WORDS; k++)
	{
		if (k > p && (a = central_abbrev(d, k)) > 0)
		{
			const char *canon;

			if (n + 11 >= sizeof(buf))
				return p;
			memcpy(buf + n, " trung uong", 12);
			if ((canon = gb_body_canonical(buf)) == NULL)
				return p;
			*name = canon;
			k += a;
			if (tok_is(d, k, "dang") && tok_has(d, k, T_UPPER) && !tok_has(d, k, T_NL))
				k++;
			return k;
		}
		if (!is_word(d, k) || (k > p && tok_has(d, k, T_NL)) ||
			n + 1 + d->tok[k].flen >= sizeof(buf))
			return p;
		if (n > 0)
			buf[n++] = ' ';
		memcpy(buf + n, tok_fold(d, k), d->tok[k].flen);
		n += d->tok[k].flen;
	}
	return p;
}

/*
 * A body's name whose first word only is written in lower case, as party
 * portals often write it (probe 48 G1): "tỉnh ủy Hải Dương", "huyện ủy
 * Ninh Giang" (a committee by its level, a place's name in capitals after
 * it), "đảng ủy xã Tân Hồng" (a committee, then a level word and a place),
 * "ban thường vụ Tỉnh ủy" (a committee of a body in capitals), "bộ
 * Chính trị", "ban Tổ chức Trung ương" (a known body, its next word
 * capitalized).  Not a class of bodies ("các huyện ủy, thành ủy"), nor a
 * head alone ("của tỉnh ủy"): a common noun as often as a name.
 */
static bool
lower_first_word(const GbDoc *d, int p, int m, const GbPhrase *ph)
{
	int			j;
	bool		listed;

	if (ph->value == NULL || !is_word(d, p) || tok_has(d, p + m, T_NL) ||
		(tok_is(d, p - 1, "cac") && !tok_has(d, p, T_NL)) ||
		(tok_is(d, p - 1, "nhung") && !tok_has(d, p, T_NL)))
		return false;
	listed = (tok_punct(d, p - 1, ',') || tok_is(d, p - 1, "va")) && !tok_has(d, p, T_NL) &&
		p >= 2 && is_lower_word(d, p - 2);
	/* "các huyện ủy, thành ủy X": listed after another head in lower case */
	if (listed)
		for (j = p - 2; j >= 0 && j >= p - 4; j--)
			if (gb_dict_match(d, j, CAT_BODYHEAD, NULL) == p - 1 - j && !tok_has(d, j, T_UPPER))
				return false;
	if (ph->cat == CAT_BODY)
		return m > 1 && tok_has(d, p + 1, T_UPPER);
	/*
	 * "đảng ủy xã Tân Hồng", "đảng ủy phường 3": a committee, then a level
	 * word and the place's name (probe 64 G7); not after a list of
	 * levels that share it, "các huyện, thị, thành ủy tỉnh Khánh Hòa"
	 */
	if ((ph->aux & BODY_ANYCASE) && !(ph->aux & (BODY_LEVEL | BODY_NAMED)) && !listed &&
		!tok_has(d, p + m, T_UPPER) && (j = gb_dict_match(d, p + m, CAT_LEVEL, NULL)) > 0)
		return gb_place_number(d, p + m + j) ||
			(tok_has(d, p + m + j, T_UPPER) && is_word(d, p + m + j) &&
			 !tok_has(d, p + m + j, T_NL));
	if (!tok_has(d, p + m, T_UPPER) || !is_word(d, p + m))
		return false;
	/* "huyện ủy Ninh Giang": a committee by its level, then a place */
	if (ph->aux & BODY_ANYCASE)
		return !(ph->aux & (BODY_LEVEL | BODY_NAMED)) &&
			gb_dict_match(d, p + m, CAT_BODY | CAT_BODYHEAD | CAT_TITLE, NULL) == 0;
	/* "ban thường vụ Tỉnh ủy": a committee, the body it is of next */
	return m > 1 && gb_dict_match(d, p + m, CAT_BODY | CAT_BODYHEAD, NULL) > 0;
}

/*
 * A mass organization named after "Trung ương" at q: by its head at a
 * level, "Hội Nông dân Việt Nam", "HND Việt Nam", "Đoàn TNCS Hồ Chí Minh",
 * or by its short name alone, "Đoàn", "Hội" (gb_org_short_names), which
 * then ends the name ("Trung ương Đoàn về ...", "Trung ương Hội khóa
 * VIII"): not a word that goes on, a person's surname ("Đoàn Văn Sáng"),
 * a conference ("Hội nghị"), a council ("Hội đồng") or a verb ("Đoàn kết").
 * Returns the token after it, or q.
 */
static int
org_after_centre(const GbDoc *d, int q)
{
	const GbPhrase *oh = NULL;
	const char *org;
	int			e;

	if (!tok_has(d, q, T_UPPER) || tok_has(d, q, T_NL))
		return q;
	if (gb_dict_match(d, q, CAT_BODYHEAD, &oh) > 0 && (oh->aux & BODY_LEVEL) &&
		(e = gb_parse_body(d, q, &org)) > q)
		return e;
	if (gb_exact_any(d, q, gb_org_short_names) &&
		(!is_word(d, q + 1) || tok_has(d, q + 1, T_NL) ||
		 (is_lower_word(d, q + 1) && stop_word(d, q + 1) && !completing_syllable(d, q + 1))) &&
		gb_dict_match(d, q, CAT_MEETKIND | CAT_BODYHEAD, NULL) <= 1)
		return q + 1;
	return q;
}

int
gb_org_centre(const GbDoc *d, int p)
{
	int			a,
				e;

	/* cheap first: each spelling of the centre starts with a capital T */
	if (p < 0 || p >= d->ntok || d->norm.data[d->tok[p].off] != 'T')
		return p;
	if ((a = gb_centre_len(d, p)) == 0)
		return p;
	e = org_after_centre(d, p + a);
	return e > p + a ? e : p;
}

/*
 * "Ban Khoa giáo Tỉnh ủy", "Ban Bảo vệ chính trị nội bộ Tỉnh ủy": a board
 * whose name is not listed, a capitalized word after "Ban" and a few words
 * up to the Party committee it belongs to, is that board, never the
 * committee alone (stop 30 E1).  Returns the token after the committee's
 * name, or p.
 */
#define BOARD_WORDS 6

bool
gb_clause_goes_on(const GbDoc *d, int k)
{
	return k < d->ntok && !tok_has(d, k, T_UPPER) &&
		(gb_dict_match(d, k, CAT_ADVERB | CAT_MEETKIND, NULL) > 0 ||
		 gb_dict_may_match(d, k, CAT_VERBSTART));
}


static int
party_board(const GbDoc *d, int p, const char **name)
{
	const GbPhrase *ph = NULL;
	int			k,
				e;

	if (!tok_is(d, p, "ban") || !tok_has(d, p, T_UPPER) || !is_word(d, p + 1) ||
		!tok_has(d, p + 1, T_UPPER) || tok_has(d, p + 1, T_NL))
		return p;
	for (k = p + 2; k < d->ntok && k < p + 2 + BOARD_WORDS; k++)
	{
		if (tok_has(d, k, T_NL))
			return p;
		if (tok_has(d, k, T_UPPER) && gb_dict_match(d, k, CAT_BODYHEAD, &ph) > 0 &&
			(ph->aux & BODY_ANYCASE) && !(ph->aux & BODY_NAMED))
		{
			const char *committee;

			if ((e = gb_parse_body(d, k, &committee)) <= k)
				return p;
			*name = gb_span_text_bare(d, p, e);
			return e;
		}
		if (!is_word(d, k) && !gb_name_hyphen(d, k))
			return p;
		if (gb_clause_goes_on(d, k))
			return p;
	}
	return p;
}

#define MANAGED_WORDS	16		/* at most, words of what a managing board manages */

/*
 * "Ban Quản lý các khu công nghiệp tỉnh Bình Sơn", "Ban Quản lý các khu
 * chế xuất và công nghiệp thành phố": a managing board, what it manages
 * named after "Quản lý" in lower case (or in capitals, "Khu kinh tế"), up
 * to its level and its place; the token after them, or p.  A verb, an
 * adverb or a function word before the level ends no name: those words
 * are the predicate (stop 31 L-E1c).
 */
static int
managing_board_end(const GbDoc *d, int p)
{
	int			e,
				m,
				words = 0;

	if (!tok_is(d, p, "ban") || !tok_has(d, p, T_UPPER) || !tok_is(d, p + 1, "quan") ||
		!tok_is(d, p + 2, "ly") || tok_has(d, p + 1, T_NL) || tok_has(d, p + 2, T_NL) ||
		!gb_exact_words(d, p + 1, 2, "quản lý"))
		return p;
	for (e = p + 3; e < p + 3 + MANAGED_WORDS && is_word(d, e) && !tok_has(d, e, T_NL); e++)
	{
		/*
		 * "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và
		 * nông nghiệp Đà Nẵng": a province or a city named right after what
		 * it manages, its level left out (stop 43 AY4)
		 */
		if (words >= 2 && tok_has(d, e, T_UPPER) && (m = place_name_end(d, e)) > e)
			return m;
		/*
		 * "Ban Quản lý dự án đầu tư xây dựng ...": the boards' usual name,
		 * its verbs nouns of the project there
		 */
		if (words == 2 && tok_is(d, e - 2, "du") && gb_exact_words(d, e, 4, "đầu tư xây dựng") && !tok_has(d, e + 3, T_NL))
		{
			e += 3;
			words += 4;
			continue;
		}
		if ((m = gb_dict_match(d, e, CAT_LEVEL, NULL)) > 0 && !tok_has(d, e, T_UPPER))
		{
			if (words < 2 || tok_has(d, e + m, T_NL))
				return p;
			e += m;
			if ((m = place_name_end(d, e)) > e)
				return m;
			while (tok_has(d, e, T_UPPER) && is_word(d, e) && !tok_has(d, e, T_NL))
				e++;
			return e;
		}
		/* "các khu chế xuất và công nghiệp": "và" between its nouns */
		if (tok_is(d, e, "va") && words > 0 && is_lower_word(d, e + 1) &&
			!tok_has(d, e + 1, T_NL) && !stop_word(d, e + 1) &&
			gb_dict_match(d, e + 1, CAT_LEVEL, NULL) == 0)
			continue;
		if (!tok_has(d, e, T_UPPER) &&
			((stop_word(d, e) && !completing_syllable(d, e)) ||
			 gb_dict_match(d, e, CAT_ADVERB | CAT_MEETKIND, NULL) > 0 ||
			 /* "giao thông", traffic: not a verb's "thông (qua)" */
			 (gb_dict_may_match(d, e, CAT_VERBSTART) &&
			  !(tok_is(d, e, "thong") && tok_is(d, e - 1, "giao")))))
			return p;
		words++;
	}
	return p;
}

/*
 * The outlet's head at p, "Báo" or "Đài" in its letters, capitalized before
 * its capitalized name ("Báo Nhân Dân", "Đài PT-TH tỉnh"), or NULL: folded,
 * "Báo" is "Bảo" and "Đài" "Đại", so the dictionary cannot hold them; a
 * headline in capitals and "Báo cáo" are no outlet (stop 31 L-E1a, L-E1b).
 */
static const GbPhrase *
outlet_head(const GbDoc *d, int p)
{
	const GbPhrase *ph;

	if (!tok_has(d, p, T_UPPER) || tok_has(d, p, T_ALLCAPS) || d->tok[p].flen != 3 ||
		!tok_has(d, p + 1, T_UPPER) || tok_has(d, p + 1, T_NL) || tok_is(d, p + 1, "cao"))
		return NULL;
	for (ph = gb_outlet_heads; ph->folded != NULL; ph++)
		if (tok_is(d, p, ph->folded) && gb_exact_any(d, p, ph->value))
			return ph;
	return NULL;
}

/*
 * "Báo và Phát thanh, Truyền hình tỉnh X": a province's newspaper and
 * broadcaster merged in 2025, one body whose head holds "và" and a comma
 * (or a dash), its level and place after it as a broadcaster's (stop 35
 * V3).  Its head's tokens at p, or 0.
 */
static const GbPhrase merged_outlet = {"bao va phat thanh , truyen hinh", CAT_BODYHEAD, NULL,
BODY_LEVEL | BODY_NAMED};

static int
merged_outlet_head(const GbDoc *d, int p)
{
	int			k;

	if (!tok_is(d, p + 1, "va") || !tok_is(d, p + 2, "phat") || !tok_is(d, p + 3, "thanh") ||
		!(tok_punct(d, p + 4, ',') || tok_punct(d, p + 4, '-')) || !tok_is(d, p + 5, "truyen") ||
		!tok_is(d, p + 6, "hinh") || !gb_exact_any(d, p, "Báo") || tok_has(d, p, T_ALLCAPS) ||
		!tok_has(d, p + 2, T_UPPER))
		return 0;
	for (k = p + 1; k <= p + 6; k++)
		if (tok_has(d, k, T_NL))
			return 0;
	return 7;
}

#define MERGED_WORDS	3		/* at most, capitalized words of a merged name after its dash */

/*
 * "Đảng ủy phường Xuân Hương - Đà Lạt": a ward's or a commune's name of
 * the 2025 merger, "X - Y", read on past the dash at q when the name before
 * it follows its level word ("phường", "xã") and the capitalized words after
 * it end at the predicate, a comma or the line's end: no position ("- Bí
 * thư"), body or person ("- Nguyễn Văn An") starts there, nor a lower-case
 * word ("- nơi ...").  Returns the token after the name, or q (stop 31 I7).
 * A title's body reads it too (names.c, complement(); stop 32 S31 I7).
 */
int
gb_merged_place_end(const GbDoc *d, int q)
{
	int			j,
				e;

	if (!tok_punct(d, q, '-') || !tok_has(d, q, T_SPACE) || tok_has(d, q, T_NL) ||
		tok_has(d, q + 1, T_NL) || !tok_has(d, q + 1, T_UPPER) || tok_has(d, q + 1, T_ALLCAPS) ||
		gb_dict_match(d, q + 1, CAT_TITLE | CAT_BODY | CAT_BODYHEAD | CAT_RANK, NULL) > 0 ||
		(gb_dict_match(d, q + 1, CAT_SURNAME, NULL) > 0 && tok_has(d, q + 3, T_UPPER) &&
		 is_word(d, q + 3)))
		return q;
	/* the level word, lower case, right before the name's capitals */
	for (j = q - 1; j > q - 1 - MERGED_WORDS && j > 0 && tok_has(d, j, T_UPPER) && is_word(d, j); j--)
		;
	if (j == q - 1 || !(tok_is(d, j, "phuong") || tok_is(d, j, "xa")) || tok_has(d, j, T_UPPER))
		return q;
	for (e = q + 1; e < q + 1 + MERGED_WORDS && tok_has(d, e, T_UPPER) && is_word(d, e) &&
		 !tok_has(d, e, T_NL) && !tok_has(d, e, T_ALLCAPS); e++)
		;
	if (e < d->ntok && !tok_has(d, e, T_NL) && !is_lower_word(d, e) && !tok_punct(d, e, ',') &&
		!tok_punct(d, e, '.') && !tok_punct(d, e, ';') && !tok_punct(d, e, ')'))
		return q;
	return e;
}


#define ELECTION_TASK_WORDS	14	/* tokens of an election committee's task: "đại biểu Quốc hội khóa XVI và ..." */

/*
 * "Ủy ban Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân
 * Thành phố Hồ Chí Minh": the election committee's task, from q, the
 * delegates it elects, runs up to the last council named, whose level and
 * place then name the committee's locality; the council is its object, no
 * body of its own (probe an AN5).  Returns the token after that council,
 * or q.
 */
static int
election_task_end(const GbDoc *d, int q)
{
	int			j,
				e = q;

	if (!tok_is(d, q, "dai") || !tok_is(d, q + 1, "bieu") || tok_has(d, q, T_UPPER))
		return q;
	for (j = q + 2; j < d->ntok && j < q + ELECTION_TASK_WORDS && !tok_has(d, j, T_NL); j++)
	{
		if (tok_is(d, j, "hdnd"))
			e = j + 1;
		else if (tok_is(d, j, "hoi") && tok_is(d, j + 1, "dong") && tok_is(d, j + 2, "nhan") &&
				 tok_is(d, j + 3, "dan") && !tok_has(d, j + 3, T_NL))
			e = j + 4;
		else if (tok_has(d, j, T_PUNCT) && !tok_punct(d, j, '-'))
			break;
	}
	return e;
}

/*
 * A unit's head at p spelled with its tone marks and capitalized (a row of
 * gb_unit_heads), before a capitalized name or a number: "Phòng Nội vụ",
 * "Vùng 2 Hải quân", "Học viện Quốc phòng".  Returns its words, *ph its
 * row, or 0: "phòng họp", "Phong", "Vũng Tàu", "Học viên" are none (stop 31
 * J1).
 */
static int
unit_head(const GbDoc *d, int p, const GbPhrase **ph)
{
	const GbPhrase *u;
	size_t		first;
	int			n;

	/* each head's first word has an exact-letter CAT_AGENCY row: a cheap gate */
	if (!tok_has(d, p, T_UPPER) || tok_has(d, p, T_ALLCAPS) || !gb_dict_may_match(d, p, CAT_AGENCY))
		return 0;
	/* "Hội nghị", the commonest of them, at once: "Hội" needs a capital after it */
	if (!tok_has(d, p + 1, T_UPPER) && tok_is(d, p, "hoi"))
		return 0;
	for (u = gb_unit_heads; u->folded != NULL; u++)
	{
		if (tok_fold(d, p)[0] != u->folded[0])
			continue;
		first = strcspn(u->folded, " ");
		if (d->tok[p].flen != first || memcmp(tok_fold(d, p), u->folded, first) != 0)
			continue;
		n = u->folded[first] == ' ' ? 2 + (strchr(u->folded + first + 1, ' ') != NULL) : 1;
		/* the name's first word first: "Hội nghị" is the commonest "Hội" */
		if (tok_has(d, p + n, T_NL) || !(tok_has(d, p + n, T_UPPER) || tok_has(d, p + n, T_NUM)) ||
			(n > 1 && tok_has(d, p + 1, T_NL)) || (n > 2 && tok_has(d, p + 2, T_NL)) ||
			!gb_exact_words(d, p, n, u->value))
			continue;
		/*
		 * "Hội Nghị", "Hội Thi", "Hội An": a meeting, a hall, a town in
		 * title case, no association (stop 33 O1)
		 */
		if (gb_dict_match(d, p, CAT_MEETKIND | CAT_MEETWORD | CAT_NOTNAME | CAT_AUDIENCE, NULL) > n)
			return 0;
		*ph = u;
		return n;
	}
	return 0;
}

/* "quốc gia", "quốc dân", "nhân dân" at q in lower case: 2, or 0 */
static int
national_words(const GbDoc *d, int q)
{
	if (!(tok_is(d, q, "quoc") || tok_is(d, q, "nhan")) || !is_lower_word(d, q) ||
		tok_has(d, q + 1, T_NL))
		return 0;
	return gb_exact_words(d, q, 2, "quốc gia") || gb_exact_words(d, q, 2, "quốc dân") ||
		gb_exact_words(d, q, 2, "nhân dân") ? 2 : 0;
}

/*
 * "Truyền thông", "Giao thông", "Thông tin" capitalized at i: a field's
 * word of two syllables in a department's or a cell's name (CAT_TITLEWORD,
 * aux 3), whose second one is no verb's start ("thông tin cho báo chí"):
 * "Chi bộ Truyền thông - Môi trường tổ chức" (stop 42 AW1).
 */
static inline bool
dept_word_at(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;

	return gb_dict_may_match(d, i, CAT_TITLEWORD) && tok_has(d, i, T_UPPER) &&
		gb_dict_match(d, i, CAT_TITLEWORD, &ph) == 2 && ph->aux == 3;
}

/*
 * "Đảng bộ Đoàn tiếp viên", "Đảng ủy Đoàn 4", "Đảng bộ Đoàn Kinh tế - Quốc
 * phòng 337": right after a Party organization's head (ph, ending at q),
 * a capitalized "Đoàn" names a unit (an army or border-guard unit, an
 * airline's corps, a troupe), not the youth union nor a delegation.  Its
 * number right after it, or one noun of two lower-case syllables that no
 * adverb, level or meeting word starts, before a clear end (its
 * congress's number, its term, a verb, punctuation), is of its name
 * (probe bg BG4): party_unit_doan_end() returns the token after them, or
 * q.  A number after its capitalized name ends it (gb_parse_body()).
 */
static bool
party_unit_doan(const GbDoc *d, int q, const GbPhrase *ph)
{
	return tok_is(d, q, "doan") && tok_has(d, q, T_UPPER) && !tok_has(d, q, T_NL) &&
		!tok_has(d, q + 1, T_NL) && ph->value != NULL &&
		(strcmp(ph->value, "Đảng ủy") == 0 || strcmp(ph->value, "Đảng bộ") == 0 ||
		 strcmp(ph->value, "Chi bộ") == 0);
}

static int
party_unit_doan_end(const GbDoc *d, int q)
{
	int			j = q + 1,
				e;

	if (tok_has(d, j, T_NUM) && d->tok[j].len <= 3 && !gb_date_after(d, j) &&
		!tok_punct(d, j + 1, '/') && !tok_punct(d, j + 1, '.'))
		return j + 1;
	for (e = j; e < j + 2; e++)
		if (!is_lower_word(d, e) || tok_has(d, e, T_NL) || stop_word(d, e) ||
			gb_dict_match(d, e, CAT_LEVEL, NULL) > 0 ||
			(e == j && gb_dict_match(d, e, CAT_ADVERB | CAT_MEETKIND | CAT_MEETWORD, NULL) > 0))
			return q;
	if (!(e >= d->ntok || tok_has(d, e, T_NL) || !is_word(d, e) || gb_congress_number(d, e) ||
		  tok_is(d, e, "khoa") || tok_is(d, e, "nhiem") || stop_word(d, e) ||
		  gb_dict_match(d, e, CAT_ADVERB | CAT_MEETWORD, NULL) > 0))
		return q;
	return e;
}
/*
 * "số 12" at q in lower case, a unit's number, followed by what may follow
 * a body's name: its verb or an adverb, a meeting, a capitalized parent or
 * place, "tại", "thuộc", "trực thuộc", "khóa", a comma, a bracket, a stop
 * or the line's end.  Not a document's number, whose code or date follows
 * ("số 12/KH", "số 12-NQ/TU", "số 123 ngày 5/3").  The token after the
 * number, or q.
 */
static int
unit_so_end(const GbDoc *d, int q)
{
	int			n = q + 1;

	if (n >= d->ntok || !is_lower_word(d, q) || !gb_exact_any(d, q, "số") ||
		tok_has(d, n, T_NL) || !tok_has(d, n, T_NUM) || d->tok[n].len > 3)
		return q;
	n++;
	if (n >= d->ntok || tok_has(d, n, T_NL) || tok_punct(d, n, ',') || tok_punct(d, n, '(') || tok_punct(d, n, ':') ||
		(tok_punct(d, n, '.') && tok_has(d, n + 1, T_SPACE | T_NL)) ||
		(tok_punct(d, n, '-') && tok_has(d, n, T_SPACE)))
		return n;
	if (!is_word(d, n))
		return q;
	if (d->tok[n].flags & (T_UPPER | T_ALLCAPS))
		return n;
	return gb_dict_match(d, n, CAT_ADVERB | CAT_MEETKIND | CAT_MEETWORD, NULL) > 0 ||
		gb_dict_may_match(d, n, CAT_VERBSTART) ||
		tok_is(d, n, "tai") || tok_is(d, n, "thuoc") || tok_is(d, n, "khoa") ||
		(tok_is(d, n, "truc") && tok_is(d, n + 1, "thuoc")) ? n : q;
}

int
gb_parse_body(const GbDoc *d, int p, const char **name)
{
	const GbPhrase *ph = NULL;
	int			m,
				q,
				steps;
	bool		extended = false,
				in_group = false,
				lower = false,	/* the first word written in lower case */
				doan_unit = false,	/* a unit "Đoàn" after a Party head */
				level_head;
	int			central = -1;	/* where the centre is abbreviated, "T.Ư" */
	char	   *text;
	const char *canon;
	GbBuf		fb = {0};
	int			k;

	*name = NULL;
	m = gb_dict_match(d, p, CAT_BODY | CAT_BODYHEAD, &ph);
	/*
	 * "Ban Thường vụ TƯ Đoàn": "TƯ", with its horned Ư, is Trung ương, not
	 * the "TU" of a Tỉnh ủy that a short form ("Ban Thường vụ TU") ends with
	 */
	if (m > 1 && ph->cat == CAT_BODY && tok_is(d, p + m - 1, "tu") &&
		central_abbrev(d, p + m - 1) > 0)
		m = gb_dict_match(d, p, CAT_BODYHEAD, &ph);
	if (m == 0 && (ph = outlet_head(d, p)) != NULL)
		m = 1;
	else if (m == 0 && tok_is(d, p, "bao") && (m = merged_outlet_head(d, p)) > 0)
		ph = &merged_outlet;
	if (m == 0)
		m = unit_head(d, p, &ph);
	if (m == 0 && (q = managing_board_end(d, p)) > p)
	{
		*name = gb_span_text_bare(d, p, q);
		return q;
	}
	if (m == 0 && (q = party_board(d, p, name)) > p)
		return q;
	if (m == 0)
		return central_body(d, p, name);
	/*
	 * "Chi bộ Ban công tác Mặt trận": a cell's head whose last word ("Ban"
	 * of a hamlet, "bản") starts a longer body's head is the cell of that
	 * body (stop 29 D4)
	 */
	if (m > 2 && ph->cat == CAT_BODYHEAD && (ph->aux & BODY_CELL) &&
		tok_has(d, p + m - 1, T_UPPER) && !tok_has(d, p + m - 1, T_NL) &&
		gb_dict_match(d, p + m - 1, CAT_BODYHEAD, NULL) > 1)
		m--;
	/* "chi bộ Thôn 17": a cell in lower case, with its name in capitals */
	if (!(d->tok[p].flags & (T_UPPER | T_ALLCAPS)) &&
		!((ph->aux & BODY_CELL) && ph->cat == CAT_BODYHEAD && d->tok[p].len == 3 &&
		  memcmp(d->norm.data + d->tok[p].off, "chi", 3) == 0 && !tok_has(d, p + m, T_NL) &&
		  (tok_has(d, p + m, T_UPPER) || tok_has(d, p + m, T_NUM) ||
		   /* "chi bộ trường Mầm non Tân Lập": a common noun before the name */
		   (is_lower_word(d, p + m) && tok_has(d, p + m + 1, T_UPPER) &&
			!tok_has(d, p + m + 1, T_NL)) ||
		   /*
			* "chi bộ Cơ quan", "chi bộ Thôn": the cell's name in capitals is
			* the head's own last words (probe 64 G7)
			*/
		   (m > 2 && tok_has(d, p + 2, T_UPPER) && !tok_has(d, p + 2, T_NL)))))
	{
		if (!lower_first_word(d, p, m, ph))
			return p;
		lower = true;
	}
	q = p + m;
	level_head = (ph->aux & BODY_LEVEL) != 0;
	if (ph->aux & BODY_ELECTION)
		q = election_task_end(d, q);
	if (ph->cat == CAT_BODY)
	{
		int			e;

		/*
		 * "Ban Chấp hành Trung ương Hội Nông dân Việt Nam", "Ban Chấp hành
		 * Trung ương Đoàn": the Central Committee of a mass association or
		 * union named after it is that organization's, not the Party's, and
		 * never cut to the Party's (probe 63 G3)
		 */
		if (strcmp(ph->value, gb_plenum_body) == 0 && (e = org_after_centre(d, q)) > q)
		{
			*name = gb_span_text_bare(d, p, e);
			return e;
		}
		/*
		 * "Bộ Chính trị Trung ương Đảng", "Bộ Chính trị T.Ư Đảng": the
		 * Party's centre the body is of, named again, adds nothing either
		 */
		if ((e = gb_centre_len(d, q)) > 0 && tok_is(d, q + e, "dang") && tok_has(d, q + e, T_UPPER) &&
			!tok_has(d, q + e, T_NL))
			q += e;
		/* "Ban Chấp hành Trung ương Đảng": a trailing Đảng adds nothing */
		if (tok_is(d, q, "dang") && (d->tok[q].flags & T_UPPER) &&
			!(d->tok[q].flags & T_NL))
			q++;
		*name = ph->value;
		return q;
	}

	/*
	 * "Đảng ủy – Ban Chỉ huy quân sự huyện An Lão": the Party committee and
	 * its unit, one body joined by a dash
	 */
	if ((ph->aux & BODY_JOINT) && tok_punct(d, q, '-') && !tok_has(d, q, T_NL) &&
		!tok_has(d, q + 1, T_NL) && (tok_has(d, q + 1, T_UPPER) || tok_has(d, q + 1, T_ALLCAPS)) &&
		gb_dict_match(d, q + 1, CAT_BODY | CAT_BODYHEAD, NULL) > 0)
		q++;

	/* "Chi bộ Giáo dục quốc phòng", "Bộ quốc phòng": a department's name in sentence case */
	if ((k = gb_dept_name_end(d, p, false)) > q)
	{
		q = k;
		extended = true;
	}

	/*
	 * "Chi bộ Cơ sở Cai nghiện ma túy tỉnh X": an agency's name in sentence
	 * case; a school's with its grades is read below (stop 42 AW1)
	 */
	if (q == p + m && ph->value != NULL && gb_dict_may_match(d, q, CAT_AGENCY) &&
		!(tok_is(d, q, "truong") && gb_school_named_end(d, q) > q) &&
		(k = agency_name_end(d, q)) > q)
	{
		q = k;
		extended = true;
	}

	/*
	 * "Công đoàn văn phòng UBND tỉnh": a mass body's head, one reporters
	 * also write in lower case (CAT_LOWERBODY), its field in sentence case
	 */
	if (q == p + m && !lower && ph->cat == CAT_BODYHEAD && gb_dict_may_match(d, p, CAT_LOWERBODY) &&
		gb_exact_phrase(d, p, CAT_LOWERBODY, NULL) == m && (k = mass_field_end(d, q)) > q)
	{
		q = k;
		extended = true;
	}

	/*
	 * "Chi bộ trường TH, THCS, THPT Khương Hạ": a head ending with the
	 * school's noun, its grades listed before its name (stop 42 AW1)
	 */
	if (q == p + m && m > 1 && tok_is(d, q - 1, "truong") && (k = gb_school_named_end(d, q - 1)) > q)
	{
		q = k;
		extended = true;
	}

	/* a head: its name goes on with bodies, levels and proper names */
	for (steps = 0; steps < 8 && q < d->ntok; steps++)
	{
		const GbPhrase *ph2 = NULL;
		int			m2;

		if (d->tok[q].flags & T_NL)
			break;
		if ((m2 = gb_dept_name_end(d, q, false)) > q)
		{
			q = m2;
			extended = true;
			continue;
		}
		/*
		 * "Ban Thường vụ Đảng ủy quân khu": the army unit named before,
		 * again in lower case after its Party committee, is its name, not
		 * a level ("quận") that ends it (stop 31 L-g39)
		 */
		if (tok_is(d, q - 1, "uy") && tok_is(d, q - 2, "dang") && is_lower_word(d, q) &&
			(m2 = gb_listed_phrase_at(d, q, gb_army_unit_refs)) > 0)
		{
			q += m2;
			extended = true;
			continue;
		}
		/* "Đảng ủy Khu kinh tế tỉnh X": an economic zone, "Khu" capitalized alone */
		if (tok_is(d, q, "khu") && tok_has(d, q, T_UPPER) &&
			(m2 = gb_listed_phrase_at(d, q, gb_zone_nouns)) > 0)
		{
			q += m2;
			extended = true;
			continue;
		}
		/* "Quận ủy Quận 5", "Đảng ủy phường 3": a city's numbered place */
		if ((m2 = gb_dict_match(d, q, CAT_LEVEL, NULL)) == 1 && gb_place_number(d, q + 1))
		{
			q += 2;
			extended = true;
			continue;
		}
		/* "Đảng ủy Báo và Phát thanh, Truyền hình tỉnh X": the merged outlet's Party committee */
		if (tok_is(d, q, "bao") && (m2 = merged_outlet_head(d, q)) > 0)
		{
			q += m2;
			extended = level_head = true;
			continue;
		}
		/*
		 * "Chi đoàn Giáo viên trường tiểu học Xóm Chiếu", "Chi đoàn trường
		 * mầm non Hoa Sen": the school a unit is of, its noun and grade in
		 * lower case, then its capitalized name, read on as a Chi bộ's
		 * (gb_school_named_end(); probe ak AK2); before "trường" is read as
		 * a head, which "trường TH, THCS Khương Hạ" would end at its first
		 * grade (stop 42 AW1)
		 */
		if (tok_is(d, q, "truong") && (m2 = gb_school_named_end(d, q)) > q)
		{
			q = m2;
			extended = true;
			continue;
		}
		m2 = gb_dict_match(d, q, CAT_BODY | CAT_BODYHEAD, &ph2);
		if (m2 > 0 && ((d->tok[q].flags & (T_UPPER | T_ALLCAPS)) || anycase_head(d, q, m2, ph2)) &&
			!head_spelled_otherwise(d, q, ph2))
		{
			q += m2;
			extended = true;
			/*
			 * "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh": the body inside
			 * a committee's name takes its level word as it does alone
			 */
			if (ph2->cat == CAT_BODYHEAD && (ph2->aux & BODY_LEVEL))
				level_head = true;
			/*
			 * "Thường trực Ban Bí thư Lê Văn Khải": after a body complete in
			 * itself, a surname and more capitals are a person, not a place
			 */
			if (ph2->cat == CAT_BODY && ph2->value &&
				tok_has(d, q, T_UPPER) && tok_has(d, q + 1, T_UPPER) &&
				gb_dict_match(d, q, CAT_SURNAME, NULL) > 0)
				break;
			continue;
		}
		/* "Bộ Tư lệnh Cảnh sát biển": a force's name, its lower-case words inside */
		if (tok_has(d, q, T_UPPER) && (m2 = gb_dict_match(d, q, CAT_FORCE, NULL)) > 0)
		{
			q += m2;
			extended = true;
			continue;
		}
		m2 = gb_dict_match(d, q, CAT_LEVEL, NULL);
		if (m2 > 0 && tok_has(d, q + m2, T_UPPER) && !tok_has(d, q + m2, T_NL))
		{
			q += m2;
			extended = true;
			continue;
		}
		/* "Công an TP.Tân Lập", "TP. Tân Lập": a level abbreviated, its dot inside the name */
		if (m2 > 0 && tok_punct(d, q + m2, '.') && !tok_has(d, q + m2, T_SPACE) &&
			!tok_has(d, q + m2, T_NL) && tok_has(d, q + m2 + 1, T_UPPER) &&
			is_word(d, q + m2 + 1) && !tok_has(d, q + m2 + 1, T_NL) &&
			level_caps(d, q))
		{
			q += m2 + 1;
			extended = true;
			continue;
		}
		/*
		 * "Đảng bộ Q.2", "Đảng ủy P.Tân Định": "Q." and "P." are quận and
		 * phường abbreviated, the dot glued to the number or the name
		 */
		if (m2 == 0 && d->tok[q].len == 1 && tok_has(d, q, T_UPPER) &&
			(tok_is(d, q, "q") || tok_is(d, q, "p")) &&
			tok_punct(d, q + 1, '.') && !tok_has(d, q + 1, T_SPACE) &&
			!tok_has(d, q + 2, T_SPACE) && !tok_has(d, q + 2, T_NL) &&
			((tok_has(d, q + 2, T_NUM) && d->tok[q + 2].len <= 2 && !gb_date_after(d, q + 2)) ||
			 (tok_has(d, q + 2, T_UPPER) && is_word(d, q + 2))))
		{
			q += tok_has(d, q + 2, T_NUM) ? 3 : 2;
			extended = true;
			continue;
		}
		/*
		 * "Ban Chấp hành Đảng bộ tỉnh khóa XV": a level word alone names the
		 * body's own level; "Đảng bộ", a council and a sectoral Party
		 * committee ("Đảng ủy Quân sự tỉnh") need one
		 */
		if (m2 > 0 && !tok_has(d, q, T_UPPER) && level_head)
		{
			q += m2;
			extended = true;
			break;
		}
		if (tok_has(d, q, T_ROMAN))
		{
			q++;
			extended = true;
			continue;
		}
		/* "Đảng ủy Quân khu 9", "Đảng bộ Sư đoàn 7": a unit numbered */
		if (tok_has(d, q, T_NUM) && d->tok[q].len <= 3 && gb_unit_number(d, q))
		{
			q++;
			extended = true;
			continue;
		}
		/*
		 * "Học viện Chính trị khu vực I": a region numbered in lower case
		 * inside an institution's name (stop 31 J1)
		 */
		if (tok_is(d, q, "khu") && tok_is(d, q + 1, "vuc") && !tok_has(d, q + 1, T_NL) &&
			(tok_has(d, q + 2, T_ROMAN) || gb_unit_number(d, q + 2)))
		{
			q += 3;
			extended = true;
			continue;
		}
		/*
		 * "Chi bộ số 12", "Đảng bộ Đội Công binh số 3", "Chi bộ Tổ dân phố
		 * số 1": a unit's number after "số", of its name as a bare one is
		 * (stop 42 AW1); only a cell's head or a name read on, and only
		 * before what may follow a name: not a document's "số 12/KH",
		 * "số 123 ngày 5/3" ("Công văn của Sở Nội vụ số 123 ngày ...")
		 */
		if (tok_is(d, q, "so") && ((ph->aux & BODY_CELL) || extended) && (m2 = unit_so_end(d, q)) > q)
		{
			q = m2;
			extended = true;
			continue;
		}
		/* "Chi bộ 25", "Chi bộ Thôn 17 xã Quảng Phú": a cell's number */
		if ((ph->aux & BODY_CELL) && tok_has(d, q, T_NUM) && d->tok[q].len <= 3 &&
			!tok_has(d, q, T_NL) && tok_has(d, q - 1, T_WORD) &&
			!tok_punct(d, q + 1, '/') && !tok_punct(d, q + 1, '.') &&
			!(tok_punct(d, q + 1, '-') && tok_has(d, q + 2, T_NUM)))
		{
			q++;
			extended = true;
			continue;
		}
		/* "Cụm thi đua các tỉnh miền Tây", "Cụm ... các tỉnh ủy, thành ủy Bắc Trung Bộ" */
		if ((ph->aux & BODY_GROUP) && !tok_has(d, q, T_NL) &&
			(tok_is(d, q, "cac") ||
			 (in_group && (tok_punct(d, q, ',') || tok_is(d, q, "va")))) &&
			(m2 = group_member(d, q + 1)) > 0)
		{
			q += 1 + m2;
			in_group = extended = true;
			if (tok_is(d, q, "mien") && tok_has(d, q + 1, T_UPPER) && !tok_has(d, q + 1, T_NL))
				q++;
			else
				q = group_words(d, q);	/* "các tỉnh miền núi" */
			continue;
		}
		/*
		 * "Cụm thi đua các Trường Chính trị": a unit's head, capitalized
		 * after "các", the class of its members (probe m G2)
		 */
		if ((ph->aux & BODY_GROUP) && q == p + m && tok_is(d, q, "cac") && is_lower_word(d, q) &&
			!tok_has(d, q + 1, T_NL) && tok_has(d, q + 1, T_UPPER) &&
			(m2 = gb_dict_match(d, q + 1, CAT_BODYHEAD, NULL)) > 0)
		{
			q += 1 + m2;
			in_group = extended = true;
			continue;
		}
		/*
		 * "Cụm thi đua các Trường Chính trị khu vực Tây Nguyên": their
		 * region; "Hội đồng điều phối vùng Đồng bằng sông Cửu Long": the
		 * region right after the head
		 */
		if ((ph->aux & BODY_GROUP) && (in_group || q == p + m) && region_noun(d, q) > 0)
		{
			q = group_words(d, q);
			extended = true;
			continue;
		}
		/*
		 * "Cụm thi đua Mặt trận 5 thành phố trực thuộc trung ương", "Cụm
		 * thi đua 4 tỉnh miền núi": a group's count of members, with a few
		 * words that describe them, up to the predicate
		 */
		if ((ph->aux & BODY_GROUP) && tok_has(d, q, T_NUM) && d->tok[q].len <= 2 &&
			!tok_has(d, q, T_NL) && (m2 = group_member(d, q + 1)) > 0)
		{
			q += 1 + m2;
			if (tok_punct(d, q, ',') && (m2 = group_member(d, q + 1)) > 0)
				q += 1 + m2;	/* "5 tỉnh, thành phố" */
			q = group_words(d, q);
			in_group = extended = true;
			continue;
		}
		/*
		 * "Cụm thi đua số 6 Tỉnh ủy", "Cụm thi đua 3 UBND TPHCM": a group
		 * numbered among those of its parent body, whose name goes on;
		 * a bare number only before the parent's name or the predicate
		 */
		if ((ph->aux & BODY_GROUP) && q == p + m && !tok_has(d, q, T_NL) &&
			(k = group_number(d, q)) > q)
		{
			q = k;
			extended = true;
			continue;
		}
		/* "Đảng bộ xã Tân Lập Đại hội lần thứ VIII": the congress, as a verb, ends a Party organization's name */
		if ((ph->aux & (BODY_LEVEL | BODY_CELL)) && congress_verb_at(d, q))
			break;
		/*
		 * "Đảng ủy phường Tân Lập Tổ chức Hội nghị": the verb, capitalized
		 * before the meeting it holds, ends the name
		 */
		if (tok_is(d, q, "to") && tok_is(d, q + 1, "chuc") && !tok_has(d, q + 1, T_UPPER) &&
			!tok_has(d, q + 1, T_NL) && !tok_has(d, q + 2, T_NL) &&
			gb_dict_match(d, q + 2, CAT_MEETKIND, NULL) > 0)
			break;
		/*
		 * "Ban Tổ chức T.Ư", "Ban Thường vụ TƯ Đoàn": the centre
		 * abbreviated, spelled out below to know the body; a surname and
		 * more capitals after it are a person ("Trưởng ban Dân vận T.Ư Lê
		 * Văn Tâm"), not the name going on
		 */
		if ((m2 = central_abbrev(d, q)) > 0)
		{
			if (central < 0)
				central = q;
			q += m2;
			extended = true;
			if (tok_has(d, q, T_UPPER) && tok_has(d, q + 1, T_UPPER) &&
				gb_dict_match(d, q, CAT_SURNAME, NULL) > 0)
				break;
			continue;
		}
		/*
		 * "Công đoàn ngành Y tế tỉnh", "Đảng bộ ngành Giáo dục": the
		 * sector's noun in lower case right after the head, before the
		 * sector's capitalized name, as "Công đoàn Ngành Y tế" (probe-u G6,
		 * probe-v G2)
		 */
		if (q == p + m && tok_is(d, q, "nganh") && is_lower_word(d, q) && !tok_has(d, q + 1, T_NL) &&
			is_word(d, q + 1) && (d->tok[q + 1].flags & (T_UPPER | T_ALLCAPS)) &&
			gb_exact_any(d, q, "ngành"))
		{
			q++;
			extended = true;
			continue;
		}
		if (q == p + m && party_unit_doan(d, q, ph))
		{
			doan_unit = true;
			if ((k = party_unit_doan_end(d, q)) > q)
			{
				q = k;
				extended = true;
				continue;
			}
		}
		/* "Đảng bộ Đoàn Kinh tế - Quốc phòng 337": the unit's number ends its name */
		if (doan_unit && tok_has(d, q, T_NUM) && d->tok[q].len <= 3 && tok_has(d, q - 1, T_WORD) &&
			!tok_has(d, q, T_NL) && !gb_date_after(d, q) && !tok_punct(d, q + 1, '/') &&
			!tok_punct(d, q + 1, '.'))
		{
			q++;
			extended = true;
			break;
		}
		if (is_word(d, q) && (d->tok[q].flags & (T_UPPER | T_ALLCAPS)))
		{
			/*
			 * "ĐẠI HỘI ĐẢNG BỘ TRƯỜNG X LẦN THỨ V NHIỆM KỲ 2025-2030": in a
			 * headline in capitals the congress's number and term follow
			 * the name, no words of it (probe 99 AG1)
			 */
			if (gb_congress_number(d, q) || term_years_end(d, q) > q)
				break;
			/*
			 * "HĐND tỉnh Cao Bằng Khóa XVII": a term capitalized after the
			 * name ends it, as "khóa" does in lower case (stop 43 AX6); not
			 * a faculty, "Khoa Y"
			 */
			if (q > p + m && tok_is(d, q, "khoa") && gb_exact_any(d, q, "khóa|khoá") &&
				!tok_has(d, q + 1, T_NL) &&
				(tok_has(d, q + 1, T_ROMAN) || (tok_has(d, q + 1, T_NUM) && d->tok[q + 1].len <= 2)))
				break;
			/*
			 * "Tỉnh ủy Hưng Yên quyết định ...", "Tỉnh ủy Bà Rịa - Vũng
			 * Tàu": a province's or a city's name is known whole, the
			 * lower-case word after it the predicate's, not its last
			 * syllable's completion
			 */
			if ((k = place_name_end(d, q)) > q)
			{
				q = k;
				extended = true;
				continue;
			}
			q++;
			/*
			 * after a group's members, a region named in sentence case
			 * goes on in lower case: "các tỉnh Bắc trung bộ", "các tỉnh
			 * Tây nam bộ"
			 */
			if (in_group && (k = group_words(d, q)) > q)
			{
				q = k;
				extended = true;
				continue;
			}
			/*
			 * "Nội vụ", "Nhân sự": one lower-case syllable completes a word;
			 * an adverb, a meeting verb or a time adverbial starts the
			 * predicate ("Minh Tân long trọng tổ chức", "Tân Lập tiến hành
			 * đại hội", "Tân Lập sáng 5/3 tổ chức"), and so does the first
			 * syllable of a meeting ("Huyện ủy Tân Lập đại hội chi bộ"),
			 * and a level of two words the place's ("Hội Nông dân Việt Nam
			 * thành phố Tân Lập", probe 31 I4); a noun of two syllables
			 * (CAT_NAMENOUN) is one word whatever its second one may
			 * start elsewhere: "Tập đoàn Viễn thông", "Tập đoàn Giao
			 * thông" ("thông" also opens "thông tin cho báo chí", a
			 * verb; probe 99 AG2), and so is a syllable its tones tell
			 * from a verb's, "Tổng hợp" (completing_syllable())
			 */
			if (is_lower_word(d, q) && !tok_has(d, q, T_NL) &&
				((!stop_word(d, q) &&
				  gb_dict_match(d, q, CAT_ADVERB, NULL) == 0 &&
				  gb_dict_match(d, q, CAT_MEETKIND, NULL) < 2 &&
				  gb_dict_match(d, q, CAT_LEVEL, NULL) < 2 &&
				  !gb_dict_may_match(d, q, CAT_VERBSTART) && gb_skip_when(d, q) == q &&
				  !gb_congress_number(d, q) &&
				  (!abbrev_word(d, q - 1) || gb_dict_match(d, q, CAT_LEVEL | CAT_BODYHEAD, NULL) > 0)) ||
				 (completing_syllable(d, q) && !abbrev_word(d, q - 1)) ||
				 (gb_dict_may_match(d, q - 1, CAT_NAMENOUN) &&
				  gb_dict_match(d, q - 1, CAT_NAMENOUN, NULL) == 2) ||
				 dept_word_at(d, q - 1)))
				q++;
			extended = true;
			continue;
		}
		/* "Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương": a comma inside */
		if (tok_punct(d, q, ',') && tok_is(d, q + 2, "doan") &&
			(m2 = gb_front_unions_comma(d, q)) > q)
		{
			q = m2;
			continue;
		}
		if ((m2 = gb_merged_place_end(d, q)) > q)
		{
			q = m2;
			extended = true;
			continue;
		}
		/* "Khối Cơ quan-Doanh nghiệp (CQ-DN) tỉnh": a hyphen, an abbreviation inside */
		if (gb_name_hyphen(d, q) || gb_field_link(d, q) ||
			((ph->aux & BODY_CELL) && extended && cell_units_dash(d, q)))
		{
			q++;
			continue;
		}
		if ((m2 = gb_paren_abbrev(d, q)) > q && !tok_has(d, m2, T_NL) &&
			(tok_has(d, m2, T_UPPER) || gb_dict_match(d, m2, CAT_LEVEL, NULL) > 0))
		{
			q = m2;
			continue;
		}
		/*
		 * "Học viện Hành chính quốc gia", "Học viện An ninh nhân dân": the
		 * nation's or the people's, in lower case, ends a named unit's name
		 * (stop 33 P2)
		 */
		if ((ph->aux & BODY_NAMED) && extended && (m2 = national_words(d, q)) > 0)
		{
			q += m2;
			continue;
		}
		/*
		 * "Tiểu ban Bảo vệ chính trị nội bộ Trung ương sơ kết", "Hội đồng
		 * Công tác quần chúng Trung ương tổ chức": a subcommittee's or a
		 * council's task runs on in lower case up to the central level
		 * (probe af AF3)
		 */
		if ((ph->aux & BODY_TASK) && extended && q > p + m && is_lower_word(d, q) &&
			(m2 = gb_central_words_end(d, q)) > q)
		{
			q = m2;
			continue;
		}
		/* "Tiểu ban Nhân sự Đại hội XII của Đảng" */
		if (tok_is(d, q, "cua") && tok_is(d, q + 1, "dang") && tok_has(d, q + 1, T_UPPER))
		{
			q += 2;
			break;
		}
		break;
	}
	/* "Hội đồng hương Thanh Hóa tại Hà Nội": where its members live, in its name */
	if ((ph->aux & BODY_ABROAD) && extended && tok_is(d, q, "tai") && is_lower_word(d, q) &&
		!tok_has(d, q + 1, T_NL) && tok_has(d, q + 1, T_UPPER) && is_word(d, q + 1))
	{
		for (k = ++q; q < k + 6 && tok_has(d, q, T_UPPER) && is_word(d, q) &&
			 !tok_has(d, q, T_NL); q++)
			;
	}
	/* a lone "Bộ", "Sở", "Khối" or "Hội đồng" is not a body */
	if (!extended && ph->cat == CAT_BODYHEAD && (ph->aux & BODY_NAMED))
		return p;

	/*
	 * "Ủy ban Kiểm tra (UBKT) Trung ương": an abbreviation inserted is no
	 * part of the name, nor is any other after it
	 */
	text = gb_span_text_bare(d, p, q);
	/* the whole phrase may still be a known body ("Bộ Nội vụ") */
	for (k = p; k < q; k++)
	{
		int			m3;

		if (tok_punct(d, k, '(') && (m3 = gb_paren_abbrev(d, k)) > k && m3 <= q)
		{
			k = m3 - 1;
			continue;
		}
		if (fb.len > 0)
			gb_buf_putc(&fb, ' ');
		/* "Ban Tổ chức T.Ư" is known as "Ban Tổ chức Trung ương" */
		if (k == central)
		{
			gb_buf_append(&fb, "trung uong", 10);
			k += central_abbrev(d, k) - 1;
			continue;
		}
		gb_buf_append(&fb, tok_fold(d, k), d->tok[k].flen);
	}
	gb_buf_putc(&fb, '\0');
	canon = gb_body_canonical(fb.data);
	/* "Ủy ban Kiểm tra (UBKT) Trung ương Đảng": a trailing Đảng adds nothing */
	if (canon == NULL && fb.len > 6 && strcmp(fb.data + fb.len - 6, " dang") == 0 &&
		tok_has(d, q - 1, T_UPPER))
	{
		fb.data[fb.len - 6] = '\0';
		canon = gb_body_canonical(fb.data);
	}
	gb_free(fb.data);
	/* "tỉnh ủy Hải Dương" is known as "Tỉnh ủy Hải Dương" */
	if (canon == NULL && lower && q > p + m)
	{
		GbBuf		b = {0};

		gb_buf_append(&b, ph->value, strlen(ph->value));
		append_span(&b, d, p + m, q);
		text = gb_arena_strndup(d->arena, b.data, b.len);
		gb_free(b.data);
	}
	*name = canon ? canon : text;
	return q;
}

int
gb_parse_term(const GbDoc *d, int p, int *term)
{
	*term = 0;
	if (tok_has(d, p, T_ROMAN))
	{
		*term = gb_roman_value(d->norm.data + d->tok[p].off, d->tok[p].len);
		return p + 1;
	}
	if (tok_has(d, p, T_NUM) && d->tok[p].len <= 2)
	{
		int			v = gb_tok_int(d, p);

		if (v >= 1 && v <= 30)
		{
			*term = v;
			return p + 1;
		}
	}
	return p;
}

int
gb_parse_ordinal(const GbDoc *d, int p, int *value)
{
	const GbPhrase *ph = NULL;
	int			m;

	*value = 0;
	if (tok_has(d, p, T_NUM) && d->tok[p].len <= 2)
	{
		*value = gb_tok_int(d, p);
		return *value > 0 ? p + 1 : p;
	}
	if (tok_has(d, p, T_ROMAN))
	{
		*value = gb_roman_value(d->norm.data + d->tok[p].off, d->tok[p].len);
		return p + 1;
	}
	m = gb_dict_match(d, p, CAT_ORDINAL, &ph);
	if (m > 0)
	{
		*value = ph->aux;
		return p + m;
	}
	return p;
}

/*
 * A province's name from q: capitalized words naming no body ("Nghệ An",
 * "Bắc Trung Bộ", "ĐBSCL", "TP.HCM").  Returns the token after it, or q.
 */
static int
joint_place_end(const GbDoc *d, int q)
{
	int			k,
				words;

	/* "Hà Tĩnh", "Bắc Trung Bộ": a level's or body's word inside a name, not opening it */
	for (k = q, words = 0; words < 4 && k < d->ntok && tok_has(d, k, T_WORD) && gb_tok_capitalized(d, k) &&
		 !tok_has(d, k, T_NL) &&
		 (k > q || gb_dict_match(d, k, CAT_BODY | CAT_BODYHEAD | CAT_LEVEL, NULL) == 0); words++)
	{
		k++;
		if (tok_punct(d, k, '.') && !tok_has(d, k + 1, T_SPACE) && tok_has(d, k + 1, T_WORD) &&
			gb_tok_capitalized(d, k + 1) && !tok_has(d, k + 1, T_NL))
			k++;
	}
	return k;
}

/*
 * "Ban Thường vụ Tỉnh ủy 3 tỉnh Nghệ An, Thanh Hóa, Hà Tĩnh", "Thường trực
 * Tỉnh ủy hai tỉnh Kiên Giang và An Giang", "Ban Tổ chức Tỉnh ủy các tỉnh
 * khu vực ĐBSCL", "Ban Thường vụ Tỉnh ủy Quảng Bình - Quảng Trị", "Tỉnh ủy
 * Hậu Giang, Sóc Trăng và Cần Thơ": the body (from p, parsed up to r) of
 * several provinces, counted ("3 tỉnh", "các tỉnh") or listed after a
 * provincial committee's first one.  A province is never inside another,
 * so the names after "Tỉnh ủy A," are provinces listed, not where A is
 * ("Đảng bộ phường X, TP.HCM").  Returns the end of the provinces, or r;
 * *counted (if given) tells a count from a bare list, which only the
 * subject's verb after it confirms.
 */
int
gb_joint_provinces_end(const GbDoc *d, int p, int r, bool *counted)
{
	int			q = r,
				e,
				names = 0,
				j;
	bool		count = false;

	if (counted)
		*counted = false;
	if (tok_has(d, q, T_NL))
		return r;
	/* "3 tỉnh", "hai tỉnh", "các tỉnh (khu vực)": a count of one level */
	if (((tok_has(d, q, T_NUM) && d->tok[q].len <= 2) || tok_is(d, q, "cac") ||
		 gb_dict_match(d, q, CAT_COUNTWORD, NULL) == 1) &&
		!tok_has(d, q, T_UPPER) && !tok_has(d, q + 1, T_NL) && !gb_tok_capitalized(d, q + 1) &&
		(e = gb_dict_match(d, q + 1, CAT_LEVEL, NULL)) > 0)
	{
		count = true;
		q += 1 + e;
		if (tok_is(d, q, "khu") && tok_is(d, q + 1, "vuc") && !gb_tok_capitalized(d, q) &&
			!tok_has(d, q + 1, T_NL))
			q += 2;
	}
	else
	{
		/* "Tỉnh ủy A" ends the body: its first province, named */
		for (j = r - 2; j > p && !(tok_is(d, j - 1, "tinh") && tok_is(d, j, "uy") &&
								   gb_tok_capitalized(d, j - 1)); j--)
			;
		if (j <= p || joint_place_end(d, j + 1) != r ||
			!(tok_punct(d, q, ',') || tok_punct(d, q, '-') || tok_is(d, q, "va")))
			return r;
		names = 1;
		q++;
	}
	for (;;)
	{
		/*
		 * "các tỉnh khu vực Tây Nguyên, Tỉnh ủy ...": a comma after the
		 * provinces counted may close the phrase
		 */
		if ((e = joint_place_end(d, q)) == q && count && names > 0 && tok_punct(d, q - 1, ','))
		{
			q--;
			break;
		}
		if (e == q)
			return r;
		names++;
		q = e;
		if (!(tok_punct(d, q, ',') || tok_punct(d, q, '-') || tok_is(d, q, "va")) ||
			tok_has(d, q + 1, T_NL))
			break;
		q++;
	}
	if (names < (count ? 1 : 2))
		return r;
	if (counted)
		*counted = count;
	return q;
}

int
gb_congress_head(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;
	int			m;

	if (tok_is(d, q, "dang") && tok_is(d, q + 1, "bo"))
		return 2;
	m = gb_dict_match(d, q, CAT_BODYHEAD, &ph);
	/* "Đại hội đại biểu Hội Cựu giáo chức tỉnh": an association by its name (stop 33 O1) */
	if (m == 0)
		m = unit_head(d, q, &ph);
	return m > 0 && (ph->aux & BODY_CONGRESS) && gb_tok_capitalized(d, q) ? m : 0;
}

/*
 * "Phụ nữ" and a level at q, as a congress names the women's union ("Đại
 * hội đại biểu Phụ nữ tỉnh ..."): the level's length in tokens, or 0.  The
 * union is the "Hội Liên hiệp Phụ nữ" of that level; citations and the
 * meeting both read it so (stop 29 B9).
 */
int
gb_women_union_at(const GbDoc *d, int q)
{
	if (!tok_is(d, q, "phu") || !gb_exact_words(d, q, 2, "phụ nữ") || tok_has(d, q + 1, T_NL) ||
		tok_has(d, q + 2, T_NL))
		return 0;
	return gb_dict_match(d, q + 2, CAT_LEVEL, NULL);
}

/*
 * "Đoàn" and a level at q, as a congress names the Youth Union of that
 * locality ("Đại hội Đoàn tỉnh Bắc Giang lần thứ XVI", the "Đại hội Đoàn
 * TNCS Hồ Chí Minh tỉnh Bắc Giang"): the level's length in tokens, or 0.
 * The level in lower case, so that "Đoàn Thanh niên" and a person's name
 * ("Đoàn Văn Sáng") are not read so.
 */
int
gb_youth_union_at(const GbDoc *d, int q)
{
	if (!tok_is(d, q, "doan") || !tok_has(d, q, T_UPPER) || tok_has(d, q + 1, T_NL) ||
		tok_has(d, q + 1, T_UPPER))
		return 0;
	return gb_dict_match(d, q + 1, CAT_LEVEL, NULL);
}

/*
 * The Youth Union named by "Đoàn" at q and its locality up to r
 * (gb_youth_union_at()): "Đoàn tỉnh Bắc Giang" is the "Đoàn TNCS Hồ Chí
 * Minh tỉnh Bắc Giang", as citations key its congress and the meeting
 * names its organizer (stop 36 X1c).
 */
char *
gb_youth_union_name(const GbDoc *d, int q, int r)
{
	return gb_arena_concat(d->arena, "Đoàn TNCS Hồ Chí Minh ", gb_span_text(d, q + 1, r), NULL);
}

/*
 * A mass organization's national congress named by its short name, one
 * capitalized word and at most one more before "toàn quốc" ("Đại hội Đoàn
 * toàn quốc lần thứ XII", "Đại hội đại biểu Phụ nữ toàn quốc lần thứ
 * XIII"): the name's tokens, or 0.  Longer names ("Đại hội Thi đua yêu
 * nước toàn quốc") are other gatherings than an organization's congress.
 * Citations key the congress by it, the meeting names its organization
 * (gb_national_org()).
 */
int
gb_short_national_name(const GbDoc *d, int q)
{
	int			n;

	if (!tok_has(d, q, T_UPPER) || tok_has(d, q, T_ROMAN) || tok_has(d, q, T_NL))
		return 0;
	for (n = 1; n <= 2; n++)
	{
		if (tok_is(d, q + n, "toan") && tok_is(d, q + n + 1, "quoc"))
			return n;
		if (!tok_has(d, q + n, T_WORD) || tok_has(d, q + n, T_UPPER) || tok_has(d, q + n, T_NL))
			return 0;
	}
	return 0;
}

/*
 * A mass organization's national congress named from q before "toàn
 * quốc": by its short name (gb_short_national_name()), or a known one in
 * lower case, its members named as a common noun ("Đại hội đại biểu phụ nữ
 * toàn quốc lần thứ XIII").  The name's tokens, or 0; *org its
 * organization's full name (gb_national_org()), or NULL for a short name
 * not known.  Citations key the congress by it, the meeting names its
 * organization.
 */
int
gb_national_name_at(const GbDoc *d, int q, const char **org)
{
	int			n = gb_short_national_name(d, q);

	*org = NULL;
	if (n > 0)
		*org = gb_national_org(d, q, n);
	else if (tok_has(d, q, T_WORD) && !tok_has(d, q, T_UPPER) && !tok_has(d, q + 1, T_NL))
	{
		/* a lower-case name is read only when known: its organization at hand */
		n = tok_is(d, q + 1, "toan") ? 1 : 2;
		if (!tok_is(d, q + n, "toan") || !tok_is(d, q + n + 1, "quoc") || tok_has(d, q + n, T_NL) ||
			(*org = gb_national_org(d, q, n)) == NULL)
			n = 0;
	}
	return n;
}
