/*
 * parse.h
 *	  Small grammars shared by the extractors: dates, bodies, terms.
 */
#ifndef GB_PARSE_H
#define GB_PARSE_H

#include "gb_internal.h"

/*
 * A date at token p: "23/4/2024", "23-9-2019", "23.9.2019",
 * "8 tháng 2 năm 2022", or without a year ("2/10", "30-9").  On success
 * *end is the token after it and out->y is 0 when no year was written;
 * out is left zero when the written date is impossible (31/2/2024).
 */
extern bool gb_parse_date(const GbDoc *d, int p, int *end, GbDate *out, bool *has_year);

/*
 * A body at token p ("Bộ Chính trị", "Ban Thường vụ Tỉnh ủy Yên Bái",
 * "UBND xã Tế Lợi").  Returns the token after it, or p when there is none;
 * *name gets the canonical name or the phrase as written.
 */
extern int	gb_parse_body(const GbDoc *d, int p, const char **name);

/*
 * A mass organization's centre at p, "Trung ương Hội Nông dân Việt Nam",
 * "Trung ương HND Việt Nam", "TW Đoàn": "Trung ương" and the organization
 * named after it.  Returns the token after it, or p.
 */
extern int	gb_org_centre(const GbDoc *d, int p);

/*
 * A hyphen at p inside a body's name, not between a name and a title:
 * "CQ-DN", "Cơ quan-Doanh nghiệp", "Thi đua - Khen thưởng"; or an ampersand
 * between abbreviations, unspaced: "TG&DV".  Both sides of a hyphen are
 * abbreviations, or both compound words (a capitalized syllable and a
 * lower-case one), with the same spacing around it; the right side starts
 * no position ("Tỉnh ủy - Chủ tịch").
 */
extern bool gb_name_hyphen(const GbDoc *d, int p);

/* "T.Ư" at i, Trung ương abbreviated with its dot: its 3 tokens, or 0 */
extern int	gb_central_dotted(const GbDoc *d, int i);

/*
 * Whether "và" or a comma at q joins the fields of one department, after
 * a field's word: "Sở Thông tin và Truyền thông", "Ban Tuyên giáo và Dân
 * vận"; a field's word (two syllables) follows it.
 */
extern bool gb_field_link(const GbDoc *d, int q);

/*
 * The comma at p inside the name of the Party organization of the Front
 * and the mass organizations, "Đảng bộ Mặt trận Tổ quốc, các đoàn thể
 * Trung ương": the end of ", các đoàn thể" and its level, or p.
 */
extern bool gb_front_party_before(const GbDoc *d, int j);
extern int	gb_front_unions_comma(const GbDoc *d, int p);

/*
 * An abbreviation in parentheses at p: "(XHCN)", "(CQ-DN)".  Returns the
 * token after it, or p.
 */
extern int	gb_paren_abbrev(const GbDoc *d, int p);

/*
 * The text of tokens [from, to) with every abbreviation in parentheses
 * inside ("(XHCN)", "(BTC)") left out, the pieces joined by one space.
 */
extern char *gb_span_text_bare(const GbDoc *d, int from, int to);

/* A date or a fraction going on after the number at k: "3/2", "12-5". */
extern bool gb_date_after(const GbDoc *d, int k);

/*
 * A name with its number at k, a disease's code: "COVID-19", "Covid-19",
 * "Covid 19".  Returns the token after it, or k.
 */
extern int	gb_coded_name_end(const GbDoc *d, int k);

/*
 * Whether the number at k is the name of the place whose level is before
 * it: "Quận 5", "phường 3"; not a date ("phường 3/2") nor a count.
 */
extern bool gb_place_number(const GbDoc *d, int k);

/*
 * Whether the number at k belongs to the unit before it, a place ("Quận
 * 1") or a unit numbered ("Quân khu 5", "Sư đoàn 7", "Chi bộ 25"); not
 * "Chi bộ 3 năm" nor a date "Chi bộ 12/5".
 */
extern bool gb_unit_number(const GbDoc *d, int k);

/*
 * "lần thứ X", "lần thứ nhất", "lần X" (a numeral: "lần I", "lần 1") at q:
 * a congress's number.  _end: the token after it, or q.
 */
extern bool gb_congress_number(const GbDoc *d, int q);
extern int	gb_congress_number_end(const GbDoc *d, int q);

/*
 * "(đại biểu) lần thứ X" at q, right after "Đại hội": the congress named by
 * its number, "Đại hội" used as a verb after a Party organization.
 */
extern bool gb_congress_verb(const GbDoc *d, int q);

/* A term after "khóa": "XII", "12".  Returns the token after it, or p. */
extern int	gb_parse_term(const GbDoc *d, int p, int *term);

/* An ordinal: "4", "tư", "IV".  Returns the token after it, or p. */
extern int	gb_parse_ordinal(const GbDoc *d, int p, int *value);

/*
 * The body of several provinces from p, parsed up to r: "Ban Thường vụ
 * Tỉnh ủy 3 tỉnh A, B và C", "Tỉnh ủy A, B".  Returns the end of the
 * provinces, or r; *counted, if given, is whether they were counted.
 */
extern int	gb_joint_provinces_end(const GbDoc *d, int p, int r, bool *counted);

/* Days from 0001-01-01 (proleptic Gregorian), for comparisons. */
extern long gb_date_days(GbDate d);

/*
 * Whether a date lies from 0 to within days before the report's
 * publication: the caller's, else the one its head gives (a date that
 * completes a year, gb_head_year_date()).  False when none is known.
 */
#define GB_REPORTED_WITHIN	31		/* days after a meeting its report is published */
extern bool gb_date_just_before_published(const GbDoc *d, GbDate dt, int within);

/* Token i capitalized or all in capitals: a word that may name something */
static inline bool
gb_tok_capitalized(const GbDoc *d, int i)
{
	return tok_has(d, i, T_UPPER) || tok_has(d, i, T_ALLCAPS);
}

/* A year: a number of four digits */
static inline bool
is_year(const GbDoc *d, int i)
{
	return tok_has(d, i, T_NUM) && d->tok[i].len == 4;
}

/* Whether the year at i opens a range: "2011 - 2015", "2020-2025". */
static inline bool
range_from(const GbDoc *d, int i)
{
	return is_year(d, i) && tok_punct(d, i + 1, '-') && is_year(d, i + 2);
}

/* Whether tokens [a0, a1) and [b0, b1) are the same words, folded. */
static inline bool
gb_same_words(const GbDoc *d, int a0, int a1, int b0, int b1)
{
	if (a1 - a0 != b1 - b0)
		return false;
	for (int k = 0; k < a1 - a0; k++)
		if (d->tok[a0 + k].hash != d->tok[b0 + k].hash || d->tok[a0 + k].flen != d->tok[b0 + k].flen ||
			memcmp(tok_fold(d, a0 + k), tok_fold(d, b0 + k), d->tok[a0 + k].flen) != 0)
			return false;
	return true;
}

/* "kỳ" ("kỷ") at i, also spelt with "i": "nhiệm kì", "kỉ niệm" */
static inline bool
tok_ky(const GbDoc *d, int i)
{
	return tok_is(d, i, "ky") || tok_is(d, i, "ki");
}

/*
 * The token after "nhiệm kỳ 2015 - 2020" at i, the years of a term, or i
 * when there is none; also spelt "nhiệm kì" (probe ac AC1).  y words may
 * stand between "nhiệm kỳ" and the years: "nhiệm kỳ năm 2016 - 2021"
 * (term_after_post()).
 */
static inline int
term_years_past(const GbDoc *d, int i, int y)
{
	return tok_is(d, i, "nhiem") && tok_ky(d, i + 1) &&
		range_from(d, i + 2 + y) ? i + 5 + y : i;
}

static inline int
term_years_end(const GbDoc *d, int i)
{
	return term_years_past(d, i, 0);
}

/*
 * The head of an organization that holds a congress of its own at token q:
 * "Đảng bộ", or a capitalized head flagged BODY_CONGRESS (a mass
 * organization, the Front, a union, a Chi bộ: "Hội Cựu chiến binh", "Mặt
 * trận Tổ quốc", "Công đoàn").  Its tokens, or 0.
 */
extern int	gb_congress_head(const GbDoc *d, int q);
extern bool gb_caps_name(const char *s);
extern bool gb_same_name_folded(const char *a, const char *b);
extern int	gb_women_union_at(const GbDoc *d, int q);
extern int	gb_youth_union_at(const GbDoc *d, int q);
extern char *gb_youth_union_name(const GbDoc *d, int q, int r);
/*
 * "Trung ương" at i, capitalized in one line, or "T.Ư", "TƯ", "TW": the
 * centre named.  Its tokens, or 0.
 */
extern int	gb_centre_len(const GbDoc *d, int i);
extern int	gb_short_national_name(const GbDoc *d, int q);
extern int	gb_national_name_at(const GbDoc *d, int q, const char **org);
/*
 * Whether the lower-case word at k goes on with a clause of its own (an
 * adverb, a verb, a meeting's name: "... tỉnh tổ chức", "... đã ban
 * hành"), so that the name before it ends there and is that clause's
 * subject.
 */
extern bool gb_clause_goes_on(const GbDoc *d, int k);
/*
 * "phường Xuân Hương - Đà Lạt": a ward's or a commune's merged name read on
 * past the dash at q (after its level word): the token after it, or q.
 */
extern int	gb_merged_place_end(const GbDoc *d, int q);
/* The last day of month m of year y (28 to 31). */
extern int	gb_month_last_day(int y, int m);

#endif							/* GB_PARSE_H */
