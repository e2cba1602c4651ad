/*
 * names.h
 *	  The shapes of persons' names and titles in a report: the grammar the
 *	  officials extractor reads them with.
 */
#ifndef GB_NAMES_H
#define GB_NAMES_H

#include "gazetteer.h"

#define MAX_CHAIN		8		/* titles in one chain */

/* Titles in a row, each tokens [t0[k], t1[k]). */
typedef struct GbTitleChain
{
	int			n;
	int			t0[MAX_CHAIN];
	int			t1[MAX_CHAIN];
} GbTitleChain;

static inline bool
gb_word_upper(const GbDoc *d, int i)
{
	return tok_has(d, i, T_WORD) && tok_has(d, i, T_UPPER);
}

static inline bool
gb_word_lower(const GbDoc *d, int i)
{
	return tok_has(d, i, T_WORD) && !tok_has(d, i, T_UPPER);
}

/* The number of words of the first phrase of list written at k, none opening a line, or 0. */
extern bool gb_exact_word(const GbDoc *d, int i, const char *w, size_t wn);
extern int	gb_listed_phrase_at(const GbDoc *d, int k, const char *const *list);

/* "Tiểu ban Bảo vệ chính trị nội bộ Trung ương": past "Trung ương" ending lower-case words at k, or k */
extern int	gb_central_words_end(const GbDoc *d, int k);

/* "trường tiểu học Kỳ Long": where a school's name starts past its noun at k and its grade, or k */
extern int	gb_school_named_end(const GbDoc *d, int k);

/* Token i spelled as one of the "|"-separated words of value, tone marks included. */
extern bool gb_exact_any(const GbDoc *d, int i, const char *value);

/*
 * The length of a phrase of cat at i, a one-syllable one spelled as its
 * value with its tone marks ("Văn", "Thị" and no other syllable folding
 * alike), or 0.
 */
extern int	gb_exact_phrase(const GbDoc *d, int i, GbCats cat, const GbPhrase **out);

/* gb_exact_phrase() past the dictionary's filters, inline: most tokens stop there */
static inline int
gb_match_exact(const GbDoc *d, int i, GbCats cat, const GbPhrase **out)
{
	return gb_dict_may_match(d, i, cat) && gb_dict_may_go_on(d, i, cat) ?
		gb_exact_phrase(d, i, cat, out) : 0;
}

/*
 * "Đại hội" at q, or its abbreviation in capitals, "ĐH" ("Nghị quyết ĐH
 * Đảng bộ tỉnh Quảng Nam lần thứ XXI"), or "ĐHĐB", "Đại hội đại biểu"
 * ("tiến tới ĐHĐB toàn quốc lần thứ 13 của Đảng", probe 102 AJ5): its
 * tokens, or 0.  The congress's number or body must follow
 * (parse_congress()), so "ĐH" for "Đại học" ("Nghị quyết ĐH Quốc gia")
 * names none.
 */
static inline int
gb_congress_word(const GbDoc *d, int q)
{
	if (tok_is(d, q, "dai"))
		return tok_is(d, q + 1, "hoi") ? 2 : 0;
	if (tok_is(d, q, "dhdb"))
		return tok_has(d, q, T_ALLCAPS) && gb_exact_any(d, q, "ĐHĐB") ? 1 : 0;
	return tok_is(d, q, "dh") && tok_has(d, q, T_ALLCAPS) && gb_exact_any(d, q, "ĐH") ? 1 : 0;
}

/*
 * Whether token k is the word of phrase ph with its tone marks: folding
 * makes "họp" and "hợp", "tối" and "tới" one word.  The first letter is
 * ASCII in every such phrase, so case does not matter.
 */
extern bool gb_same_word(const GbDoc *d, int k, const GbPhrase *ph);

/* A one-word count "hai" ... "mười" at k spelled so, tone marks included: its value, else 0. */
extern int	gb_count_word_at(const GbDoc *d, int k);
extern bool gb_exact_words(const GbDoc *d, int i, int m, const char *value);
/* A CAT_AGENCY row at i spelled as its value says: not "Bảo" for "Báo" (names.c). */
extern int	gb_agency_at(const GbDoc *d, int i, const GbPhrase **ph);
/* A place's name at i that starts no person's, as the gazetteer spells it (names.c) */
extern int	gb_place_at(const GbDoc *d, int i);
/* Normalized text s[0..n) spelled as w[0..wn), tone marks included, case aside. */
extern bool gb_same_letters(const char *s, size_t n, const char *w, size_t wn);
/* u_tolower() of a Vietnamese letter beyond ASCII without ICU, or -1 (names.c). */
extern int32_t gb_vi_lower(uint32_t cp);

/* A lower-case word that ends a title, spelled so: "nói", not "nội". */
extern bool gb_title_stop(const GbDoc *d, int i);

/*
 * Each grammar below is tried at nearly every token; the few tokens that
 * can start it are told inline by the dictionary group of their first word.
 */
extern int	gb_honorific_phrase(const GbDoc *d, int i, const char **value);
extern int	gb_kin_honorific_phrase(const GbDoc *d, int i, const char **value);
extern int	gb_rank_end(const GbDoc *d, int i);
extern int	gb_title_end(const GbDoc *d, int i, bool caps);

/*
 * The prefixes and head of a post at i ("Phó bí thư", "Trưởng ban"): their
 * length, the head's token in *head; 0 where none, or where the head is a
 * surname that folds as a post ("Trương", "Vũ").
 */
extern int	gb_title_head(const GbDoc *d, int i, int *head);
extern int	gb_placed_lower_title(const GbDoc *d, int i, bool caps);
extern int	gb_chain_end(const GbDoc *d, int i, bool caps, GbTitleChain *c);
extern int	gb_chain_from(const GbDoc *d, int i, bool caps, GbTitleChain *c, int m, const GbPhrase *ph);

/* "đồng chí", "ông", "bà" at i: its length, and its canonical spelling. */
static inline int
gb_honorific_at(const GbDoc *d, int i, const char **value)
{
	return gb_dict_may_match(d, i, CAT_HONORIFIC) ? gb_honorific_phrase(d, i, value) : 0;
}

/*
 * "anh", "chị" at i, in lower case before a full name with its surname
 * ("Bí thư Tỉnh đoàn, anh Lê Minh Tuấn"): 1 and its spelling, else 0.
 */
static inline int
gb_kin_honorific_at(const GbDoc *d, int i, const char **value)
{
	return gb_dict_may_match(d, i, CAT_KINHONOR) ? gb_kin_honorific_phrase(d, i, value) : 0;
}

/* The token after a rank or degree at i ("Thượng tướng", "PGS.TS"), or i. */
static inline int
gb_skip_rank(const GbDoc *d, int i)
{
	return gb_dict_may_match(d, i, CAT_RANK) && gb_dict_may_go_on(d, i, CAT_RANK) ?
		gb_rank_end(d, i) : i;
}

/*
 * A syllable of a name: capitalized; all in capitals only when caps.
 * Inline: a test of flags, asked of each syllable of every name read.
 */
static inline bool
gb_name_syllable(const GbDoc *d, int i, bool caps)
{
	if (!gb_word_upper(d, i))
		return false;
	if (tok_has(d, i, T_ALLCAPS) && d->tok[i].flen > 1)
		return caps;
	return !caps || tok_has(d, i, T_ALLCAPS);
}

/*
 * Length of a person's name at i (two to five syllables), 0 if none.
 * need_surname asks for a known surname first, where the name must be told
 * from the title before it; or, for a name of three or four syllables, a
 * middle name "Văn" or "Thị" second ("Tân Văn Ngữ").
 */
extern int	gb_name_len(const GbDoc *d, int i, bool need_surname, bool caps);

/*
 * Length of a full name at i with one syllable written in lower case by a
 * slip, "Lê quang Xuyến", "cao Xuân Chiểu" (a known surname first, three
 * or four syllables, the last capitalized), its titles after a comma or
 * dash: a name beyond doubt where an honorific or a list stands before it,
 * as the caller sees.  0 if none.
 */
extern int	gb_slip_name_len(const GbDoc *d, int i, bool caps);

/*
 * Length of a name at i that folds as a place's ("Lâm Đông" as the province
 * Lâm Đồng, "Hà Nam", "Trà Vinh"), read as gb_name_len() reads one after an
 * honorific, its titles after a comma or dash: a person's name where a list
 * of persons with their titles puts it, as the caller sees.  0 if none.
 */
extern int	gb_placed_name_len(const GbDoc *d, int i, bool need_surname, bool caps);
extern int	gb_name_again(const GbDoc *d, int i, int n);

/*
 * gb_name_len() where a name may start: a capitalized word, with a
 * surname's group where one is needed.  Most words fail here, inline.
 */
static inline int
gb_name_at(const GbDoc *d, int i, bool need_surname, bool caps)
{
	if (!gb_word_upper(d, i) ||
		(need_surname && !gb_dict_may_match(d, i, CAT_SURNAME) &&
		 !gb_dict_may_match(d, i + 1, CAT_MIDDLENAME) && d->tok[i].len != 1))
		return 0;
	return gb_name_len(d, i, need_surname, caps);
}

/* A title at i: [Phó|Quyền|nguyên] position words.  Returns its end, or i. */
static inline int
gb_title_at(const GbDoc *d, int i, bool caps)
{
	return gb_dict_may_match(d, i, CAT_TITLE) && gb_dict_may_go_on(d, i, CAT_TITLE) ?
		gb_title_end(d, i, caps) : i;
}

/*
 * gb_title_at() where a title stands, after a person's name and a comma or
 * dash: the position may be written all in lower case there.
 */
static inline int
gb_placed_title_at(const GbDoc *d, int i, bool caps)
{
	int			e = gb_title_at(d, i, caps);

	return e > i || !gb_word_lower(d, i + 1) ? e : gb_placed_lower_title(d, i, caps);
}

/*
 * Whether the head of a position at i, ending at e, names the committee
 * its holder sits on: "tỉnh ủy viên", "huyện ủy viên", "đảng ủy viên", a
 * member of the Tỉnh ủy, the Huyện ủy, the Đảng ủy.  It needs no body
 * after it.
 */
static inline bool
gb_member_head(const GbDoc *d, int i, int e)
{
	return e - i == 3 && tok_is(d, i + 1, "uy") && tok_is(d, i + 2, "vien");
}

/* The comma after a standing post inside a title's tokens, or -1. */
extern int	gb_standing_post_comma(const GbDoc *d, int t0, int t1);

/* The dash before a Vụ's or a Cục's parent body inside a title's tokens, or -1. */
extern int	gb_dept_parent_dash(const GbDoc *d, int t0, int t1);

/* The end of a title's tokens without a Party term after it ("khóa XVIII"). */
extern int	gb_title_term_end(const GbDoc *d, int t0, int t1);

/* "mới", "hiện nay" after a post, then "là" or "gồm" before its holders: where that word stands, or k. */
extern int	gb_post_time_end(const GbDoc *d, int k);

/* A comma or dash between titles. */
extern bool gb_title_sep(const GbDoc *d, int i);

/* A comma or dash at e, or "kiêm", and a title after it: "A, Trưởng Ban Dân vận" */
static inline bool
gb_titles_follow(const GbDoc *d, int e, bool caps)
{
	return gb_title_sep(d, e) && gb_title_at(d, e + 1, caps) > e + 1;
}

/*
 * Titles separated by commas or dashes from i.  Returns the end, or i.
 * Most words that may start a title start none ("Bộ Chính trị", "Tỉnh
 * ủy", "đại biểu"): the first look-up tells, inline.
 */
static inline int
gb_parse_chain(const GbDoc *d, int i, bool caps, GbTitleChain *c)
{
	const GbPhrase *ph = NULL;
	int			m;

	c->n = 0;
	if (!gb_dict_may_match(d, i, CAT_TITLE) || !gb_dict_may_go_on(d, i, CAT_TITLE) ||
		(m = gb_dict_match_group(d, i, CAT_TITLE, &ph)) == 0)
		return i;
	return gb_chain_from(d, i, caps, c, m, ph);
}

/* An unknown all-capital abbreviation and its body in a list of titles: its end, or i. */
extern int	gb_abbrev_title_end(const GbDoc *d, int i, bool caps);

/* A standing committee as a list item of titles, "Ủy viên" left out ("BTV Huyện ủy"): its end, or i. */
extern int	gb_standing_item_end(const GbDoc *d, int i, bool caps);

/* An item of a list of titles opening with "Phó" that names no position: its end, or i. */
extern int	gb_prefix_item_end(const GbDoc *d, int i, bool caps);

/*
 * The end of a department's name at i written partly in lower case, or i:
 * "Bộ quốc phòng", "Vụ Chính sách thương mại đa biên", "Chi bộ Giáo dục
 * quốc phòng".
 */
extern int	gb_dept_name_run(const GbDoc *d, int i);

static inline int
gb_dept_name_end(const GbDoc *d, int i, bool caps)
{
	return caps || !tok_has(d, i, T_UPPER) || !gb_dict_may_match(d, i, CAT_DEPT) ?
		i : gb_dept_name_run(d, i);
}

/*
 * "Chủ nhiệm y ban Kiểm tra" at k: "Ủy ban" with its capital Ủ lost, as
 * some old encodings lose it; a body's name after it, capitalized.
 */
static inline bool
gb_lost_u_at(const GbDoc *d, int k)
{
	return tok_is(d, k, "y") && gb_word_lower(d, k) && tok_is(d, k + 1, "ban") &&
		gb_word_lower(d, k + 1) && !tok_has(d, k + 1, T_NL) && gb_word_upper(d, k + 2) &&
		!tok_has(d, k + 2, T_NL);
}

/* The end of a steering committee's task after "Ban Chỉ đạo" ending at k, or k. */
extern int	gb_steering_task_end(const GbDoc *d, int k);

/* Whether a name follows a title ending at e ("... Trung ương – Phạm Minh Chính"). */
extern bool gb_name_follows(const GbDoc *d, int e, bool caps);

#endif							/* GB_NAMES_H */
