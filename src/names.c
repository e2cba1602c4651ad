/*
 * names.c
 *	  The shapes of persons' names and titles in a report.
 *
 * A name is two to five capitalized syllables that are no place, body or
 * position; where titles stand before it, it must start with a known
 * surname.  A title is a position word ("Bí thư", "Phó Trưởng Ban") and
 * the words that complete it (bodies, levels, places, abbreviations); it
 * ends at the sentence's verb, at punctuation or at a person's name.  All
 * word lists are in gazetteer.c.
 */
#include "extract.h"
#include "datecue.h"
#include "names.h"
#include "parse.h"

#include <unicode/uchar.h>

#define MAX_NAME		5		/* syllables in a name */
#define MAX_TITLE_TOKS	24		/* tokens in one title */

/* Token i spelled as w[0..wn), tone marks included, case aside. */
bool
gb_exact_word(const GbDoc *d, int i, const char *w, size_t wn)
{
	const unsigned char *s = (const unsigned char *) d->norm.data + d->tok[i].off;
	size_t		n = d->tok[i].len;

	/* written just so, or but for an ASCII first letter's case */
	if (n == wn && n > 0 && memcmp(s + 1, w + 1, n - 1) == 0 &&
		(s[0] == (unsigned char) w[0] ||
		 ((s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z' &&
		  (s[0] | 0x20) == ((unsigned char) w[0] | 0x20))))
		return true;

	/*
	 * Two ASCII first letters that differ but for case are no match:
	 * gb_same_letters() would say so at its first step, after a call each
	 * (most words of a list such as gb_link_words start with another letter)
	 */
	if (n > 0 && wn > 0 && s[0] < 0x80 && (unsigned char) w[0] < 0x80 && s[0] != (unsigned char) w[0] &&
		!((s[0] | 0x20) == ((unsigned char) w[0] | 0x20) && (s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z'))
		return false;
	return gb_same_letters((const char *) s, n, w, wn);
}

/*
 * The code point at s[*a] (n bytes), as gb_utf8_next() decodes it: ASCII
 * and the two- and three-byte forms of Vietnamese letters inline, the rest
 * by the call.
 */
static inline uint32_t
letter_next(const unsigned char *s, size_t n, size_t *a)
{
	size_t		p = *a;

	if (s[p] < 0x80)
	{
		*a = p + 1;
		return s[p];
	}
	if (s[p] >= 0xC2 && s[p] < 0xE0 && p + 1 < n && (s[p + 1] & 0xC0) == 0x80)
	{
		*a = p + 2;
		return ((uint32_t) (s[p] & 0x1F) << 6) | (s[p + 1] & 0x3F);
	}
	if (s[p] == 0xE1 && p + 2 < n && (s[p + 1] & 0xC0) == 0x80 && (s[p + 2] & 0xC0) == 0x80)
	{
		*a = p + 3;
		return 0x1000 | ((uint32_t) (s[p + 1] & 0x3F) << 6) | (s[p + 2] & 0x3F);
	}
	return gb_utf8_next(s, n, a);
}

/*
 * What u_tolower() makes of a letter of Vietnamese beyond ASCII, without
 * the call: Latin-1's capitals, the pairs of Latin Extended-A that hold
 * "ă", "đ", "ĩ", "ũ" and of Extended-B that hold "ơ", "ư", and those of
 * Latin Extended Additional that hold the toned vowels ("ổ", "Ậ"); -1 for
 * any other code point.  The core's tests check it against u_tolower()
 * over these ranges.
 */
static inline int32_t
vi_lower(uint32_t cp)
{
	if (cp >= 0xC0 && cp < 0xDF)
		return cp == 0xD7 ? (int32_t) cp : (int32_t) cp + 0x20;
	if (cp >= 0xDF && cp < 0x100)
		return (int32_t) cp;
	if ((cp >= 0x100 && cp < 0x130) || (cp >= 0x132 && cp < 0x138) || (cp >= 0x14A && cp < 0x178) ||
		(cp >= 0x1A0 && cp < 0x1A2) || (cp >= 0x1EA0 && cp < 0x1F00))
		return (int32_t) (cp | 1);
	if (cp == 0x1AF || cp == 0x1B0)
		return 0x1B0;
	return -1;
}

int32_t
gb_vi_lower(uint32_t cp)
{
	return vi_lower(cp);
}

bool
gb_same_letters(const char *str, size_t n, const char *w, size_t wn)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		a = 0,
				b = 0;

	while (a < n && b < wn)
	{
		uint32_t	x,
					y;
		int32_t		lx,
					ly;

		/* the same ASCII byte in both ("Tổ", "Tô"): what decoding each would say */
		if (s[a] < 0x80 && s[a] == (unsigned char) w[b])
		{
			a++;
			b++;
			continue;
		}
		x = letter_next(s, n, &a);
		y = letter_next((const unsigned char *) w, wn, &b);

		if (x == y)
			continue;
		/* ICU lower-cases ASCII as ASCII does */
		if (x < 0x80 && y < 0x80)
		{
			if ((x | 0x20) != (y | 0x20) || (x | 0x20) < 'a' || (x | 0x20) > 'z')
				return false;
		}
		/* two of Vietnamese's letters, as most words hold ("ổ", "ô"): no ICU */
		else if ((lx = vi_lower(x)) >= 0 && (ly = vi_lower(y)) >= 0)
		{
			if (lx != ly)
				return false;
		}
		else if (u_tolower((UChar32) x) != u_tolower((UChar32) y))
			return false;
	}
	return a == n && b == wn;
}

bool
gb_same_word(const GbDoc *d, int k, const GbPhrase *ph)
{
	const GbTok *t = &d->tok[k];
	size_t		n = strlen(ph->value);

	return t->len == n && memcmp(d->norm.data + t->off + 1, ph->value + 1, n - 1) == 0;
}

/*
 * A count word must be spelled so: "sau nghị quyết" is "after the
 * resolution", "bà" a woman, not "sáu", "ba" (officials_lists.c and
 * citations.c share this test).
 */
int
gb_count_word_at(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;

	return k >= 0 && gb_dict_may_match(d, k, CAT_COUNTWORD) &&
		gb_dict_match(d, k, CAT_COUNTWORD, &ph) == 1 && gb_same_word(d, k, ph) ? ph->aux : 0;
}

/*
 * Token i spelled as one of the "|"-separated words of value, tone marks
 * included, case aside (gb_exact_word()): one spelling a word, "Tỉnh" for
 * "tỉnh" and "TỈNH" too.
 */
bool
gb_exact_any(const GbDoc *d, int i, const char *value)
{
	for (;;)
	{
		size_t		n = 0;

		/* the word's end found inline: the words are a few bytes each */
		while (value[n] != '|' && value[n] != '\0')
			n++;
		if (gb_exact_word(d, i, value, n))
			return true;
		if (value[n] == '\0')
			return false;
		value += n + 1;
	}
}

/* Tokens i .. i + m - 1 spelled as the m space-separated words of value. */
bool
gb_exact_words(const GbDoc *d, int i, int m, const char *value)
{
	int			k;

	for (k = 0; k < m; k++)
	{
		const char *sp = strchr(value, ' ');
		size_t		n = sp ? (size_t) (sp - value) : strlen(value);

		if (i + k >= d->ntok || !gb_exact_word(d, i + k, value, n))
			return false;
		if (sp == NULL)
			return k == m - 1;
		value = sp + 1;
	}
	return false;
}

/*
 * The number of words of the first phrase of list written at k, none of
 * them opening a line, or 0.
 */
int
gb_listed_phrase_at(const GbDoc *d, int k, const char *const *list)
{
	int			i,
				n,
				w;
	const char *p;

	for (i = 0; list[i] != NULL; i++)
	{
		for (n = 1, p = list[i]; *p; p++)
			n += (*p == ' ');
		if (gb_exact_words(d, k, n, list[i]))
		{
			for (w = 0; w < n; w++)
				if (tok_has(d, k + w, T_NL))
					return 0;
			return n;
		}
	}
	return 0;
}

/*
 * Token i written byte for byte as w: a capitalized surname, told from the
 * word it folds alike with ("Trương", "Trưởng") more cheaply than
 * gb_exact_any() tells it, at every title's head.
 */
static inline bool
written_as(const GbDoc *d, int i, const char *w)
{
	size_t		n = strlen(w);

	return d->tok[i].len == n && memcmp(d->norm.data + d->tok[i].off, w, n) == 0;
}

/*
 * A dictionary phrase whose one-syllable value ("bà", "Vũ", "về|vệ" for
 * the spellings that fold alike) must match with tone marks.
 */
static bool
spelled_exactly(const GbDoc *d, int i, int m, const GbPhrase *ph)
{
	return !(m == 1 && ph->value && strchr(ph->value, ' ') == NULL &&
			 !gb_exact_any(d, i, ph->value));
}

int
gb_exact_phrase(const GbDoc *d, int i, GbCats cat, const GbPhrase **out)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match_group(d, i, cat, &ph);

	if (m == 0 || !spelled_exactly(d, i, m, ph))
		return 0;
	if (out)
		*out = ph;
	return m;
}

/*
 * A CAT_AGENCY row at i, spelled as its value when it gives one: folding
 * makes "Báo" "Bảo", "Đài" "Đại" (a rank, "Đại tá"), "Trường" "Trưởng".
 * Returns the row's length, or 0.
 */
int
gb_agency_at(const GbDoc *d, int i, const GbPhrase **ph)
{
	return gb_match_exact(d, i, CAT_AGENCY, ph);
}

/*
 * The length of a place's name at i that starts no person's name (CAT_NOTNAME),
 * or 0; a place the gazetteer spells must be written so, tone marks and all:
 * "Ba Đình" is a district, "Bà Đinh Thị Lan" a woman, though the two fold
 * alike.
 */
int
gb_place_at(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, i, CAT_NOTNAME, &ph);

	if (m > 0 && ph->value != NULL && !gb_exact_words(d, i, m, ph->value))
		return 0;
	return m;
}

/* A known surname at i, one syllable or two ("Pi Năng Thị Thủy"). */
static bool
is_surname(const GbDoc *d, int i)
{
	return gb_match_exact(d, i, CAT_SURNAME, NULL) > 0;
}

/* Whether the word at i is written with "đ" or "Đ" first. */
static bool
stroke_d_first(const GbDoc *d, int i)
{
	const char *w = d->norm.data + d->tok[i].off;

	return d->tok[i].len >= 2 && (memcmp(w, "đ", 2) == 0 || memcmp(w, "Đ", 2) == 0);
}

int
gb_honorific_phrase(const GbDoc *d, int i, const char **value)
{
	const GbPhrase *ph = NULL;
	int			m = gb_match_exact(d, i, CAT_HONORIFIC, &ph);

	/* "đc", "đ.c", not "DC", "D.C" */
	if (m > 0 && ph->aux == HONORIFIC_STROKE && !stroke_d_first(d, i))
		return 0;
	if (m > 0)
		*value = ph->value;
	return m;
}

int
gb_kin_honorific_phrase(const GbDoc *d, int i, const char **value)
{
	const GbPhrase *ph = NULL;

	/* capitalized only where a sentence starts: "Anh Sơn" is a place */
	if (!(gb_word_lower(d, i) || (!tok_has(d, i, T_ALLCAPS) && gb_break_at(d, i))) ||
		tok_has(d, i + 1, T_NL) ||
		gb_match_exact(d, i, CAT_KINHONOR, &ph) != 1 ||
		gb_name_at(d, i + 1, true, false) == 0)
		return 0;
	*value = ph->value;
	return 1;
}

int
gb_rank_end(const GbDoc *d, int i)
{
	int			m = gb_dict_match(d, i, CAT_RANK, NULL);

	/* newspapers write the rank in lower case mid-sentence: "có đại tướng Tô A" */
	if (m == 0 || !(gb_word_upper(d, i) || gb_word_upper(d, i + m)))
		return i;
	i += m;
	/* "Thượng tướng, Anh hùng lực lượng vũ trang nhân dân Lê Văn A": a second rank or an honour */
	if (tok_punct(d, i, ',') && gb_word_upper(d, i + 1) && !tok_has(d, i + 1, T_NL) &&
		gb_dict_may_match(d, i + 1, CAT_RANK) && (m = gb_dict_match(d, i + 1, CAT_RANK, NULL)) > 0)
		i += 1 + m;
	/* "Giáo sư, Tiến sĩ (GS.TS) Hoàng Chí Bảo": the degrees glossed by their abbreviation (probe ae AE4) */
	if (tok_punct(d, i, '(') && !tok_has(d, i + 1, T_NL) && tok_has(d, i + 1, T_ALLCAPS) &&
		gb_dict_may_match(d, i + 1, CAT_RANK) && (m = gb_dict_match(d, i + 1, CAT_RANK, NULL)) > 0 &&
		tok_punct(d, i + 1 + m, ')') && !tok_has(d, i + 2 + m, T_NL))
		i += 2 + m;
	return i;
}

/*
 * Whether the lower-case word at i is a syllable of a two-syllable noun of a
 * body's name ("công tác", "biên giới"), not the verb its syllable may start.
 * The noun's first syllable may be capitalized, as a name's first word is:
 * "Cục Việc làm" (stop 28 G5).  Out of line: called only on a stop word.
 */
static __attribute__((noinline)) bool
name_noun_at(const GbDoc *d, int i)
{
	if (gb_dict_may_match(d, i, CAT_NAMENOUN) && !tok_has(d, i + 1, T_NL) &&
		gb_word_lower(d, i + 1) && gb_dict_match(d, i, CAT_NAMENOUN, NULL) == 2)
		return true;
	return i > 0 && !tok_has(d, i, T_NL) && tok_has(d, i - 1, T_WORD) &&
		gb_dict_may_match(d, i - 1, CAT_NAMENOUN) && gb_dict_match(d, i - 1, CAT_NAMENOUN, NULL) == 2;
}

/*
 * "Ủy viên Bộ Chính trị tái giữ chức ...", "tái cử", "tái đắc cử", "tái
 * bổ nhiệm", "tái đảm nhiệm": "tái" (again) before a verb of a post; not
 * "tái định cư", "tái cơ cấu" of a body's name (stop 40, probe an AN8).
 * Out of line.
 */
static __attribute__((noinline)) bool
again_verb(const GbDoc *d, int i)
{
	return gb_exact_any(d, i, "tái") && !tok_has(d, i + 1, T_NL) && gb_word_lower(d, i + 1) &&
		gb_exact_any(d, i + 1, "giữ|cử|đắc|bổ|bầu|đảm");
}

/* A lower-case word that ends a title: the sentence's verb. */
static bool
title_stop(const GbDoc *d, int i)
{
	if (!gb_word_lower(d, i))
		return false;
	if (tok_is(d, i, "tai") && again_verb(d, i))
		return true;
	return gb_match_exact(d, i, CAT_TITLESTOP, NULL) > 0 && !name_noun_at(d, i);
}

bool
gb_title_stop(const GbDoc *d, int i)
{
	return title_stop(d, i);
}

/*
 * The vowel with a mark that cp writes, whatever its tone and case: 'a'
 * for "ă", 'A' for "â", 'o' for "ô", 'O' for "ơ", 'u' for "ư"; else 0.
 */
static char
marked_vowel(uint32_t cp)
{
	if (cp == 0x0102 || cp == 0x0103 || (cp >= 0x1EAE && cp <= 0x1EB7))
		return 'a';
	if (cp == 0x00C2 || cp == 0x00E2 || (cp >= 0x1EA4 && cp <= 0x1EAD))
		return 'A';
	if (cp == 0x00D4 || cp == 0x00F4 || (cp >= 0x1ED0 && cp <= 0x1ED9))
		return 'o';
	if (cp == 0x01A0 || cp == 0x01A1 || (cp >= 0x1EDA && cp <= 0x1EE3))
		return 'O';
	if (cp == 0x01AF || cp == 0x01B0 || (cp >= 0x1EE8 && cp <= 0x1EF1))
		return 'u';
	return 0;
}

/*
 * Whether token k, the text's last, is a syllable cut short: a page's
 * excerpt stopping inside a word, "... đồng chí Trần Vă".  A syllable has
 * a vowel, and none ends in "ă" or "â" ("Văn", "Đặng", "Xuân"), nor in
 * "iê", "yê", "uô" or "ươ" ("Nghiêm", "Nguyễn", "Phương"), whatever the
 * tone.  Out of line, seldom called: the text's last token only.
 */
static __attribute__((noinline)) bool
cut_by_end(const GbDoc *d, int k)
{
	const unsigned char *s = (const unsigned char *) d->norm.data + d->tok[k].off;
	const char *f = d->fold.data + d->tok[k].fo;
	size_t		i,
				n = d->tok[k].flen;
	uint32_t	cp = 0,
				prev = 0;
	char		v;

	if (!d->last_chunk)
		return false;
	for (i = 0; i < n && !strchr("aeiouy", f[i]); i++)
		;
	if (i == n)
		return true;
	for (i = 0; i < d->tok[k].len;)
	{
		prev = cp;
		cp = gb_utf8_next(s, d->tok[k].len, &i);
	}
	v = marked_vowel(cp);
	return v == 'a' || v == 'A' ||
		(n >= 2 && f[n - 1] == 'e' && (f[n - 2] == 'i' || f[n - 2] == 'y')) ||
		(v == 'o' && n >= 2 && f[n - 2] == 'u') || (v == 'O' && marked_vowel(prev) == 'u');
}

/*
 * Whether an Ê Đê (or M'nông, Gia Rai) man's name starts at i: the word
 * "Y" before his given name, his lineage's name last ("Y Thanh Hà Niê
 * Kđăm", "Y Biêr Niê"), capitalized syllables with no surname first.  Not
 * the "Y" of medicine: "Đại học Y Hà Nội", "Khoa Y Dược", "Sở Y tế".
 * Out of line, seldom called: one-letter capitals only.
 */
static __attribute__((noinline)) bool
ede_name_start(const GbDoc *d, int i, bool caps)
{
	if (caps || d->tok[i].len != 1 || d->norm.data[d->tok[i].off] != 'Y' ||
		i + 1 >= d->ntok || !tok_has(d, i + 1, T_SPACE) || tok_has(d, i + 1, T_NL) ||
		!gb_name_syllable(d, i + 1, false) || tok_is(d, i + 1, "duoc") ||
		gb_dict_match(d, i + 1, CAT_NOTNAME, NULL) > 0)
		return false;
	return i == 0 || !(tok_is(d, i - 1, "hoc") || tok_is(d, i - 1, "khoa") ||
					   tok_is(d, i - 1, "nganh") || tok_is(d, i - 1, "vien") ||
					   tok_is(d, i - 1, "cap") || tok_is(d, i - 1, "dang"));
}

/*
 * Whether a name with its surname first starts at i: a known surname and
 * two more syllables, or three with a middle name second.  Out of line,
 * seldom called.
 */
static __attribute__((noinline)) bool
surname_name_at(const GbDoc *d, int i)
{
	int			n;

	if (!is_surname(d, i))
		return false;
	for (n = 1; n < MAX_NAME && gb_name_syllable(d, i + n, false) &&
		 !tok_has(d, i + n, T_NL) && tok_has(d, i + n, T_SPACE); n++)
		;
	/* "Viên Văn Tâm", "Viên Thị Hồng Nhung"; not "Viên Lò Văn Bảy", a name after the title */
	return n == 3 || (n == 4 && gb_match_exact(d, i + 1, CAT_MIDDLENAME, NULL) == 1);
}

/*
 * Whether the dot at k shortens a position in capitals before it, glued to
 * the body the position heads: "CT.Hội CCB quận", "PCT.UBND xã".  With a
 * space after it the dot may end the sentence ("..., PCT. Hội nghị đã").
 */
static bool
glued_dot(const GbDoc *d, int k)
{
	return k > 0 && tok_has(d, k - 1, T_ALLCAPS) && !tok_has(d, k, T_SPACE) &&
		gb_word_upper(d, k + 1) && !tok_has(d, k + 1, T_SPACE) && !tok_has(d, k + 1, T_NL);
}

/* Whether the word at k is spelled as one of gb_vice_slips, folded */
static bool
vice_slip_word(const GbDoc *d, int k)
{
	for (int i = 0; gb_vice_slips[i] != NULL; i++)
		if (tok_is(d, k, gb_vice_slips[i]))
			return true;
	return false;
}

/*
 * Whether the word at k is "Phó" with a slip in its vowel or tone, "Pho",
 * "Phí" (gb_vice_slips), where an apposition opens a title after a comma or dash: "A, Phí
 * Bí thư Tỉnh ủy, Chủ tịch ...".  A syllable alone before the head is no
 * name, and read without it the head is a higher post than the one held
 * (probe 50 G9).  Out of line, seldom called: at a capitalized head.
 */
static __attribute__((noinline)) bool
vice_slip(const GbDoc *d, int k)
{
	/* the list last: the tests of the token's place are cheaper */
	return k >= 1 && (tok_punct(d, k - 1, ',') || tok_punct(d, k - 1, '-')) &&
		tok_has(d, k + 1, T_SPACE) && !tok_has(d, k, T_NL) && !tok_has(d, k + 1, T_NL) &&
		gb_word_upper(d, k) && vice_slip_word(d, k) &&
		!written_as(d, k, "Phó") && !written_as(d, k, "PHÓ");
}

/*
 * The head of a position (after its prefixes) at i: its length, else 0.
 * The head's phrase goes to *hph when hph is not NULL.  m and ph are the
 * longest CAT_TITLE phrase at i, which the caller looked up: not 0.
 */
static int
title_head_from(const GbDoc *d, int i, int m, const GbPhrase *ph, int *head, const GbPhrase **hph)
{
	int			j = i;

	/*
	 * Prefixes spelled so ("Phó", not "phố"), then the head, each looked up
	 * once
	 */
	/* "A, Pho Bí thư Tỉnh ủy": "Phó" with its tone lost (vice_slip()) */
	while (m > 0 && ph->aux == 1 && j - i < 3 &&
		   (spelled_exactly(d, j, m, ph) || (j == i && gb_word_upper(d, j) && vice_slip(d, j))))
	{
		j += m;
		m = gb_dict_match(d, j, CAT_TITLE, &ph);
	}
	if (m == 0 || ph->aux == 1)
		return 0;
	/* "A, Phí Bí thư Tỉnh ủy": not the higher post "Bí thư Tỉnh ủy" */
	if (j == i && gb_word_upper(d, i) && i >= 2 && vice_slip(d, i - 1))
		return 0;
	/* "CT.Hội CCB quận": see glued_dot() */
	if (m > 1 && tok_punct(d, j + m - 1, '.') && !glued_dot(d, j + m - 1))
		return 0;
	/*
	 * "GĐ", "PGĐ": Giám đốc shortened writes its "Đ", two bytes; "GD" in
	 * ASCII is Giáo dục ("Sở GD&ĐT"), no post.  Only "GD": "CTUBND",
	 * "PCTUBND" end in an ASCII "D" of their own (stop 36 W1)
	 */
	if (m == 1 && ph->value != NULL && d->tok[j].flen >= 2 &&
		memcmp(tok_fold(d, j) + d->tok[j].flen - 2, "gd", 2) == 0 &&
		d->tok[j].len == d->tok[j].flen)
		return 0;
	/*
	 * "Huyện ủy Viên Văn A": a capitalized "Viên" opening a name is the
	 * surname after the body, no "Huyện ủy viên"
	 */
	if (m > 2 && gb_word_upper(d, j + m - 1) && tok_is(d, j + m - 1, "vien") &&
		surname_name_at(d, j + m - 1))
		return 0;
	/*
	 * "Nguyễn Vũ Trường Sơn", "Trương Khoa Minh": the surnames "Vũ",
	 * "Trương" fold as "Vụ trưởng", "Trưởng khoa" do, but are none
	 */
	if ((tok_is(d, j, "vu") && (written_as(d, j, "Vũ") || written_as(d, j, "VŨ"))) ||
		(tok_is(d, j, "truong") && (written_as(d, j, "Trương") || written_as(d, j, "TRƯƠNG"))))
		return 0;
	/* "Đảng bộ Trường Đại học": a school, folded as "Bộ trưởng", is none */
	if (m > 1 && tok_is(d, j + 1, "truong") &&
		(written_as(d, j + 1, "Trường") || written_as(d, j + 1, "trường") || written_as(d, j + 1, "TRƯỜNG")))
		return 0;
	*head = j;
	if (hph)
		*hph = ph;
	return j + m - i;
}

/*
 * title_head_from() where the caller has seen gb_dict_may_match() and
 * gb_dict_may_go_on() hold for CAT_TITLE at i: the first look-up without
 * the pre-checks, which held.
 */
static int
title_head_checked(const GbDoc *d, int i, int *head, const GbPhrase **hph)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match_group(d, i, CAT_TITLE, &ph);

	return m > 0 ? title_head_from(d, i, m, ph, head, hph) : 0;
}

/* title_head_checked() after the group pre-checks, most words failing them */
static inline int
title_head_phrase(const GbDoc *d, int i, int *head, const GbPhrase **hph)
{
	if (!gb_dict_may_match(d, i, CAT_TITLE) || !gb_dict_may_go_on(d, i, CAT_TITLE))
		return 0;
	return title_head_checked(d, i, head, hph);
}

static inline int
title_head(const GbDoc *d, int i, int *head)
{
	return title_head_phrase(d, i, head, NULL);
}

/* title_head() for other files: a post's prefixes and head at i, or 0 */
int
gb_title_head(const GbDoc *d, int i, int *head)
{
	return title_head(d, i, head);
}

/*
 * Whether "đồng chí", "ông", "bà" (or "Đ/c") stands right before i: the
 * words after it name a person, even one whose name folds as a place's
 * ("Ông Lâm Đông", not the province Lâm Đồng).  Out of line, called only
 * on such a word.
 */
static __attribute__((noinline)) bool
honorific_before(const GbDoc *d, int i)
{
	const char *h;
	int			m;

	if (tok_has(d, i, T_NL))
		return false;
	for (m = 1; m <= 3 && i - m >= 0; m++)
		if (gb_honorific_at(d, i - m, &h) == m)
			return true;
	return false;
}

/*
 * Whether a body's word, a rank or an honorific starts at i, so no name
 * does.  A surname spelled otherwise than the one-syllable body it folds
 * with is none: "Bố Thị Xuân Linh", not the "Bộ" of "Bộ Nội vụ".
 */
static bool
body_word_at(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, i, CAT_BODY | CAT_BODYHEAD | CAT_RANK | CAT_HONORIFIC, &ph);

	return m > 0 && !(!spelled_exactly(d, i, m, ph) && is_surname(d, i));
}

/*
 * The tokens a glued apostrophe joins to the one-letter start of a
 * name's syllable at k: the names of the Central Highlands' peoples write
 * one so, curly or straight, after a consonant ("Điểu K’Ré", "Y Quang
 * B’krông", "Ksor H’Bơ Khăp"), the syllable is the whole (probe 55 G8).
 * 2, the apostrophe and the syllable's rest, else 0.  After one letter
 * only: no quotation mark closing a word.
 */
static inline int
apostrophe_rest(const GbDoc *d, int k)
{
	return d->tok[k].flen == 1 && k + 2 < d->ntok && tok_punct(d, k + 1, '\'') &&
		!tok_has(d, k + 1, T_SPACE) && tok_has(d, k + 2, T_WORD) &&
		!tok_has(d, k + 2, T_SPACE) && !tok_has(d, k + 2, T_NL) ? 2 : 0;
}

/*
 * Whether a body's two words at k, inside a name, are its last syllables
 * (stop 31 J3): spelled otherwise than the body, tone marks and all
 * ("Phạm Thị Thanh Trà", not "Thanh tra"), or, spelled as it, closing the
 * name with no body's name after them ("Nguyễn Thanh Tra, Bộ trưởng",
 * "Trần Thị Công Đoàn phát biểu"; "Thanh Tra tỉnh", "Công Đoàn Ngành" go
 * on as a body's).  Out of line: called only on such a pair.
 */
static __attribute__((noinline)) bool
name_pair_at(const GbDoc *d, int k, int m, const GbPhrase *ph)
{
	int			e = k + m;

	if (m != 2)
		return false;
	/*
	 * a tone mark apart, the body's own two words; an abbreviation spelled
	 * out ("Ban TVHU" → "Ban Thường vụ Huyện ủy") is the body's
	 */
	if (ph->value && !gb_exact_words(d, k, m, ph->value))
	{
		const char *sp = strchr(ph->value, ' ');

		return sp != NULL && strchr(sp + 1, ' ') == NULL;
	}
	return e >= d->ntok || tok_has(d, e, T_NL) || !tok_has(d, e, T_WORD) ||
		(gb_word_lower(d, e) && gb_dict_match(d, e, CAT_LEVEL, NULL) == 0);
}

/*
 * "Tổng Bí thư Tô Lâm sau đó phát biểu", "... ngay sau đó": an adverb of
 * sequence at k opens the predicate, as "cũng", "tiếp đó" do; no body's
 * name goes on with it (stop 40, probe an AN7).  Out of line, seldom
 * called.
 */
static __attribute__((noinline)) bool
then_word(const GbDoc *d, int k)
{
	if (tok_is(d, k, "ngay") && gb_exact_any(d, k, "ngay"))
		k++;
	return tok_is(d, k, "sau") && gb_word_lower(d, k) && !tok_has(d, k + 1, T_NL) &&
		gb_exact_any(d, k, "sau") && (tok_is(d, k + 1, "do") || tok_is(d, k + 1, "khi")) &&
		gb_exact_any(d, k + 1, "đó|khi");
}

/*
 * Length of a person's name at token i, 0 if none: two to five capitalized
 * syllables that are no place, body or position (gb_name_at() in names.h
 * passes over most words first).  need_surname asks for a known surname
 * first, where the name's start must be told from the title
 * before it ("Trưởng Ban Tổ chức Trung ương Trương Thị Mai").  place_ok
 * takes a name that folds as a place's as one (gb_placed_name_len()).
 */
static inline __attribute__((always_inline)) int
name_len(const GbDoc *d, int i, bool need_surname, bool caps, bool place_ok)
{
	int			n,
				syl,
				head,
				m;
	const GbPhrase *ph = NULL;
	bool		middle = false,
				ede = false;

	/* "đồng chí NGUYỄN VĂN A": a name in capitals inside a sentence */
	if (tok_has(d, i, T_ALLCAPS) && d->tok[i].flen > 1)
		caps = true;
	if (!gb_name_syllable(d, i, caps))
		return 0;

	/*
	 * A second syllable, as the loop below asks of it, before any look-up:
	 * most capitalized words have a lower-case one after them ("Tổ chức",
	 * "Tỉnh ủy") or a mark
	 */
	if (!gb_name_syllable(d, i + 1, caps) || tok_has(d, i + 1, T_NL) || !tok_has(d, i + 1, T_SPACE))
		return 0;
	/* the surname first, as the cheapest test that most words fail */
	if (need_surname && !gb_dict_may_match(d, i, CAT_SURNAME) &&
		!gb_dict_may_match(d, i + 1, CAT_MIDDLENAME) && !(ede = ede_name_start(d, i, caps)))
		return 0;
	/*
	 * The surname spelled so next, before the look-ups of places, titles
	 * and bodies: "Tổ" of "Ban Tổ chức" folds as "Tô", "Đảng" as "Đặng"
	 */
	if (need_surname && !ede && !is_surname(d, i))
	{
		if (!gb_word_upper(d, i + 1) || gb_match_exact(d, i + 1, CAT_MIDDLENAME, NULL) != 1)
			return 0;
		middle = true;
	}
	if ((!place_ok && gb_dict_match(d, i, CAT_NOTNAME, NULL) > 0 && !honorific_before(d, i)) ||
		title_head(d, i, &head) > 0 || body_word_at(d, i))
		return 0;
	/* n counts the tokens, syl the syllables (an apostrophe joins tokens of one) */
	for (n = 1, syl = 1; syl <= MAX_NAME && i + n < d->ntok; n++, syl++)
	{
		int			k = i + n;

		if (!gb_name_syllable(d, k, caps) || tok_has(d, k, T_NL) || !tok_has(d, k, T_SPACE))
			break;
		/*
		 * "Đồng chí Bùi Thanh Nhân Bùi Thanh Nhân, Ủy viên ...": a linked
		 * name and its text, the page's name written twice; the name ends
		 * where it starts again (probe z Z10)
		 */
		if (n >= 2 && d->tok[k].hash == d->tok[i].hash && gb_name_again(d, i, n) > 0)
			break;
		/* in capitals only the words tell where the name ends: "... AN PHÁT BIỂU" */
		if (title_head(d, k, &head) > 0 || (caps && gb_dict_match(d, k, CAT_ROLE, NULL) > 0) ||
			((m = gb_dict_match(d, k, CAT_BODY | CAT_BODYHEAD, &ph)) > 1 && !name_pair_at(d, k, m, ph)))
			break;
		/* a name the text's end cuts short is no name we know */
		if (k == d->ntok - 1 && cut_by_end(d, k))
			return 0;
		n += apostrophe_rest(d, k);
	}
	if (syl < 2 || syl > MAX_NAME || (middle && (syl < 3 || syl > 4)) || (ede && syl < 3))
		return 0;
	if (ede)
		return n;
	/* "Đoàn Thanh niên", "Đoàn Kiểm tra": a body's name goes on in lower case */
	if (need_surname && n == 2 && gb_word_lower(d, i + 2) && !tok_has(d, i + 2, T_NL) &&
		!title_stop(d, i + 2) && gb_dict_match(d, i + 2, CAT_ROLE, NULL) == 0 && !then_word(d, i + 2))
		return 0;
	/* "Lâm Hà Nguyễn Văn An": a place before the name, not a longer name */
	if (need_surname && syl == MAX_NAME && is_surname(d, i + 2))
		return 0;
	return n;
}

/*
 * The name of n tokens at i written again right after it, as a page's
 * linked name and its text are, "Bùi Thanh Nhân Bùi Thanh Nhân, Ủy viên
 * ..." (probe z Z10): the repetition's length n, else 0.  Two syllables or
 * more, on one line, the tokens after it no name's syllable.
 */
int
gb_name_again(const GbDoc *d, int i, int n)
{
	int			k = i + n;

	if (n < 2 || k + n > d->ntok || d->tok[k].hash != d->tok[i].hash ||
		!gb_same_words(d, i, k, k, k + n))
		return 0;
	for (int j = k; j < k + n; j++)
		if (tok_has(d, j, T_NL) || !tok_has(d, j, T_SPACE))
			return 0;
	if (k + n < d->ntok && gb_word_upper(d, k + n) && tok_has(d, k + n, T_SPACE) && !tok_has(d, k + n, T_NL) &&
		gb_name_syllable(d, k + n, false))
		return 0;
	return n;
}

/* A person's name at i (names.h): no place's look-alike but after an honorific. */
int
gb_name_len(const GbDoc *d, int i, bool need_surname, bool caps)
{
	return name_len(d, i, need_surname, caps, false);
}

/*
 * A name that folds as a place's, with its titles after it (names.h).  Out
 * of line, called only on a list's item that no other name starts.
 */
__attribute__((noinline)) int
gb_placed_name_len(const GbDoc *d, int i, bool need_surname, bool caps)
{
	int			n;

	if (!gb_word_upper(d, i) || gb_dict_match(d, i, CAT_NOTNAME, NULL) == 0 ||
		(n = name_len(d, i, need_surname, caps, true)) == 0)
		return 0;
	return gb_titles_follow(d, i + n, caps) ? n : 0;
}

/*
 * Whether the lower-case word at k may be a syllable of a name written in
 * lower case by a slip: one syllable that is no word of the sentence (a
 * link word, a verb, a role, a title's or a level's word).
 */
static bool
slip_syllable(const GbDoc *d, int k)
{
	return gb_word_lower(d, k) && !tok_has(d, k, T_NL) && tok_has(d, k, T_SPACE) &&
		d->tok[k].flen <= 7 && !title_stop(d, k) &&
		!gb_exact_any(d, k, gb_link_words) && !gb_exact_any(d, k, gb_clause_words) &&
		!gb_dict_may_match(d, k, CAT_VERBSTART) &&
		gb_dict_match(d, k, CAT_ROLE | CAT_TITLE | CAT_TITLEWORD | CAT_HONORIFIC | CAT_KINHONOR |
					  CAT_LEVEL | CAT_ADVERB | CAT_MEETKIND | CAT_LOWERBODY, NULL) == 0;
}

/*
 * A name miscased by a slip (names.h): told first by the tokens' flags,
 * where nearly every call ends, then by its words.
 */
int
gb_slip_name_len(const GbDoc *d, int i, bool caps)
{
	int			n,
				k,
				lower;

	if (caps || i >= d->ntok || !tok_has(d, i, T_WORD) || tok_has(d, i, T_ALLCAPS))
		return 0;
	/* the shape first, by the tokens' flags: one syllable in lower case, the last capitalized */
	lower = gb_word_lower(d, i) ? 1 : 0;
	for (n = 1; n < 4 && i + n < d->ntok; n++)
	{
		k = i + n;
		if (!tok_has(d, k, T_WORD) || tok_has(d, k, T_NL) || !tok_has(d, k, T_SPACE) ||
			tok_has(d, k, T_ALLCAPS) || (gb_word_lower(d, k) && lower > 0))
			break;
		if (gb_word_lower(d, k))
			lower++;
	}
	if (lower != 1 || n < 3 || !gb_word_upper(d, i + n - 1) || !gb_title_sep(d, i + n))
		return 0;
	/* then the words: a surname, a syllable no word of the sentence, its titles after it */
	if (!is_surname(d, i))
		return 0;
	for (k = i + 1; k < i + n; k++)
		if (gb_word_lower(d, k) ? !slip_syllable(d, k) : !gb_name_syllable(d, k, false))
			return 0;
	return gb_title_at(d, i + n + 1, false) > i + n + 1 ? n : 0;
}

/* ---- titles ------------------------------------------------------------ */

/*
 * Aux of CAT_TITLEWORD phrases (gazetteer.c): a level a place may follow,
 * a word only after "ban", a capitalized department's word, a numbered unit.
 */
#define TW_LEVEL	1
#define TW_BAN		2
#define TW_CAPS		3
#define TW_UNIT		TITLEWORD_UNIT
#define TW_UNITNOUN	5

/*
 * A word that goes on inside a title at i: its length, else 0.  A
 * department's word counts only capitalized, a unit only with its number.
 */
static inline int
title_word(const GbDoc *d, int i, const GbPhrase **out)
{
	const GbPhrase *ph = NULL;
	int			m = gb_match_exact(d, i, CAT_TITLEWORD, &ph);

	if (m == 0 || ph->aux == TW_UNIT || ph->aux == TW_UNITNOUN ||
		(ph->aux == TW_CAPS && !gb_word_upper(d, i)))
		return 0;
	if (out)
		*out = ph;
	return m;
}


/*
 * "kiêm" at i joins two posts one holds ("Trưởng Ban Nội chính Trung ương
 * kiêm Phó Trưởng Ban ..."): no syllable of a body's name.
 */
static inline bool
kiem_at(const GbDoc *d, int i)
{
	return tok_is(d, i, "kiem") && gb_exact_any(d, i, "kiêm");
}

/*
 * Whether the word at i, folded as one of gb_post_end_words, is spelled
 * so, "lý" before "do".  Out of line, called only on those folded words.
 */
static __attribute__((noinline)) bool
post_end_spelled(const GbDoc *d, int i)
{
	if (!gb_exact_any(d, i, gb_post_end_words))
		return false;
	return !tok_is(d, i, "ly") || (tok_is(d, i + 1, "do") && !tok_has(d, i + 1, T_NL) &&
								   gb_exact_any(d, i + 1, gb_post_end_words));
}

/*
 * A word at i that opens the predicate after a post (gb_post_end_words):
 * "do", "vì" of a reason, "lý" before "do", "tới"; the folded words tested
 * first, as every lower-case syllable after a capital comes here.
 */
static inline bool
post_end_word(const GbDoc *d, int i)
{
	return (tok_is(d, i, "do") || tok_is(d, i, "vi") || tok_is(d, i, "ly") || tok_is(d, i, "toi") ||
			tok_is(d, i, "boi")) && post_end_spelled(d, i);
}

/*
 * A lower-case syllable that may complete a capitalized word of a title:
 * no verb, "kiêm", nor the first syllable of an adverb of two ("Bí thư
 * Huyện ủy Phú Vang trực tiếp báo cáo", "... khẩn trương chỉ đạo"), which
 * stands before the sentence's verb.  Nor a reason's "do", "vì", "lý do"
 * or "tới": a place's name is capitalized whole, "Trung ương" complete, so
 * "Huyện ủy Lạc Dương do chuyển công tác", "... Chư Prông vì lý do sức
 * khỏe", "Ban Tuyên giáo Trung ương tới dự" end before it (probes 53 G2,
 * 55 G5, 54 G7).
 */
static bool
lower_syllable(const GbDoc *d, int i)
{
	return gb_word_lower(d, i) && !tok_has(d, i, T_NL) && !title_stop(d, i) &&
		title_word(d, i, NULL) == 0 && !kiem_at(d, i) &&
		!post_end_word(d, i) &&
		!(gb_dict_may_match(d, i, CAT_ADVERB) && gb_dict_match(d, i, CAT_ADVERB, NULL) > 1);
}

/*
 * "Bí thư Chi bộ cơ quan Ủy ban MTTQ tỉnh", "Trưởng Ban Công tác Thanh
 * thiếu nhi cơ quan Ủy ban MTTQ Việt Nam tỉnh": "cơ quan" in lower case at
 * i inside a unit's name, before the capitalized agency the unit is of,
 * no name, position or honorific (probe 63 G6); not in a title in
 * capitals.  Out of line, called only at "cơ".
 */
static __attribute__((noinline)) bool
agency_of_unit(const GbDoc *d, int i)
{
	int			head;
	const char *h;

	return tok_is(d, i + 1, "quan") && gb_word_lower(d, i) && !tok_has(d, i + 1, T_NL) &&
		!tok_has(d, i + 2, T_NL) && gb_word_upper(d, i + 2) && gb_exact_words(d, i, 2, "cơ quan") &&
		gb_name_at(d, i + 2, true, false) == 0 && title_head(d, i + 2, &head) == 0 &&
		gb_honorific_at(d, i + 2, &h) == 0;
}

/* Whether token i can go on after a word of a title ("Nội vụ An Giang"). */
static bool
joins_title(const GbDoc *d, int i)
{
	return !gb_word_lower(d, i) || tok_has(d, i, T_NL) ||
		title_word(d, i, NULL) > 0 ||
		tok_is(d, i, "va") || tok_is(d, i, "cua") || tok_is(d, i, "khoa") ||
		(tok_is(d, i, "co") && agency_of_unit(d, i));
}

/*
 * Whether a position's words at k name a body instead, after "Ban" or
 * "Đoàn": "Ủy viên Ban TVTU", "Trưởng đoàn Đại biểu Quốc hội tỉnh" are one
 * title each.  So they do after "Văn phòng", the office that serves the
 * post: "Phó Chủ nhiệm Văn phòng Chủ tịch nước" is no second title.  So
 * they do after "Bộ phận", a section named by what it does: "Phó trưởng Bộ
 * phận Thường trực Tiểu ban Văn kiện" heads the standing section.  So they
 * do after "Ủy viên": "Ủy viên Thường vụ Huyện ủy" is one, though
 * "Thường vụ Huyện ủy" alone is a member's title too (stop 31 I2).
 */
static bool
names_body(const GbDoc *d, int k)
{
	return tok_is(d, k - 1, "ban") || tok_is(d, k - 1, "doan") ||
		(tok_is(d, k, "thuong") && (tok_is(d, k - 1, "uv") || (tok_is(d, k - 1, "vien") && tok_is(d, k - 2, "uy")))) ||
		(tok_is(d, k - 1, "phong") && tok_is(d, k - 2, "van") && gb_word_upper(d, k - 2)) ||
		(tok_is(d, k - 1, "phan") && tok_is(d, k - 2, "bo"));
}

/*
 * A noun of persons at i, "Lãnh đạo", "đại diện": after "và" it starts the
 * sentence's next subject ("Trưởng Ban Tuyên giáo Tỉnh ủy và Lãnh đạo các
 * sở"), no body's name.
 */
static bool
person_noun(const GbDoc *d, int i)
{
	return gb_dict_may_match(d, i, CAT_LISTNOUN) && gb_dict_match(d, i, CAT_LISTNOUN, NULL) > 0;
}

/*
 * Whether a capitalized word at i may go on in a department's name: no
 * name, position, honorific or body of its own.
 */
static bool
dept_word(const GbDoc *d, int i, bool caps)
{
	int			head;
	const char *h;

	return gb_word_upper(d, i) && !tok_has(d, i, T_NL) &&
		gb_name_at(d, i, true, caps) == 0 && title_head(d, i, &head) == 0 &&
		gb_honorific_at(d, i, &h) == 0 &&
		gb_dict_match(d, i, CAT_BODY | CAT_BODYHEAD, NULL) == 0;
}

/*
 * Whether the comma at k goes on inside a department's name, "Sở Văn
 * hóa, Thể thao và Du lịch": after "Sở", "Bộ", "Phòng" or "Ban" and its
 * words, capitalized words up to "và" and one more.  A list of positions
 * or persons ("Giám đốc Sở Nội vụ, Bí thư Đảng ủy") is no name.
 */
static __attribute__((noinline)) bool
dept_comma(const GbDoc *d, int k, bool caps)
{
	int			j,
				q,
				words = 0;

	if (caps || !tok_punct(d, k, ',') || tok_has(d, k + 1, T_NL))
		return false;
	/* cheap first: a "và" ahead before any punctuation */
	for (q = k + 2; q < d->ntok && q < k + 8 && !tok_has(d, q, T_PUNCT); q++)
		if (tok_is(d, q, "va"))
			break;
	if (q >= d->ntok || q >= k + 8 || !tok_is(d, q, "va"))
		return false;
	for (j = k - 1; j > k - 8 && j >= 0; j--)
	{
		if (tok_has(d, j, T_PUNCT) && !gb_name_hyphen(d, j))
			return false;
		if ((tok_is(d, j, "so") || tok_is(d, j, "bo") || tok_is(d, j, "phong") ||
			 tok_is(d, j, "ban")) && gb_exact_any(d, j, "sở|bộ|phòng|ban"))
			break;
	}
	if (j <= k - 8 || j < 0)
		return false;
	for (q = k + 1; q < d->ntok && q < k + 8;)
	{
		if (words > 0 && tok_is(d, q, "va") && gb_word_lower(d, q))
			return dept_word(d, q + 1, caps);
		if (!dept_word(d, q, caps))
			return false;
		q++;
		if (lower_syllable(d, q))
			q++;
		words++;
	}
	return false;
}

/*
 * Whether the comma at k goes on inside the name of the office of a
 * province's delegation to the National Assembly and its councils:
 * "Chánh văn phòng Đoàn ĐBQH, HĐND và UBND TP Đà Nẵng", one office in
 * every province since 2016, as "Đoàn ĐBQH và HĐND tỉnh" is (probe ay
 * AY2).  Only after "văn phòng": "lãnh đạo Đoàn ĐBQH, HĐND và UBND
 * tỉnh" lists three bodies.
 */
static __attribute__((noinline)) bool
delegation_comma(const GbDoc *d, int k)
{
	return tok_is(d, k - 1, "dbqh") && tok_is(d, k + 1, "hdnd") && tok_is(d, k + 2, "va") &&
		k >= 3 && tok_is(d, k - 2, "doan") && tok_is(d, k - 3, "phong") &&
		!tok_has(d, k + 1, T_NL) && !tok_has(d, k + 2, T_NL) &&
		gb_exact_any(d, k - 1, "ĐBQH") && gb_exact_any(d, k + 1, "HĐND");
}

/*
 * Whether the comma at k lists levels inside a department's name: "Phó
 * Trưởng phòng Quận, Huyện Ban Tổ chức Thành ủy".
 */
static bool
level_comma(const GbDoc *d, int k)
{
	return gb_word_upper(d, k - 1) && gb_dict_match(d, k - 1, CAT_LEVEL, NULL) == 1 &&
		gb_word_upper(d, k + 1) && !tok_has(d, k + 1, T_NL) &&
		gb_dict_match(d, k + 1, CAT_LEVEL, NULL) == 1;
}

/*
 * The end of a council's name going on after the comma at k, or k:
 * "Hội đồng Lý luận, phê bình văn học nghệ thuật Trung ương".  After
 * "Hội đồng" and a few capitalized words, lower-case words that are no
 * verb, position or level, up to "Trung ương".
 */
static int
council_comma(const GbDoc *d, int k, bool caps)
{
	int			j,
				q,
				head;

	if (caps || !tok_punct(d, k, ',') || !gb_word_lower(d, k + 1) || tok_has(d, k + 1, T_NL))
		return k;
	for (q = k + 1; q < k + 10 && gb_word_lower(d, q) && !tok_has(d, q, T_NL) && !title_stop(d, q) &&
		 title_word(d, q, NULL) == 0 && title_head(d, q, &head) == 0 &&
		 gb_dict_match(d, q, CAT_ROLE | CAT_HONORIFIC, NULL) == 0; q++)
		;
	if (!(tok_is(d, q, "trung") && tok_is(d, q + 1, "uong") && gb_word_upper(d, q)))
		return k;
	for (j = k - 2; j > k - 7 && j >= 0; j--)
	{
		if (tok_has(d, j, T_PUNCT) || tok_has(d, j + 1, T_NL))
			return k;
		if (tok_is(d, j, "hoi") && tok_is(d, j + 1, "dong") && gb_word_upper(d, j))
			return q;
		/* a board's too: "Trưởng ban Chính sách, chiến lược Trung ương" */
		if (tok_is(d, j, "ban") && j == k - 3 && gb_word_upper(d, j + 1))
			return q;
	}
	return k;
}

/*
 * Whether the comma at k, after a standing post with no body yet ("Phó
 * Trưởng Ban Thường trực", tokens start..k), or a board's post bare ("Phó
 * Trưởng ban", k == start), goes on into the body it serves: "Phó Trưởng
 * Ban Thường trực, Ban Tuyên giáo Tỉnh ủy", "Phó Trưởng ban, Ban Tuyên
 * giáo Tỉnh ủy Lâm Đồng".  The piece after the comma is a bare body's
 * name, no title of its own.
 */
static __attribute__((noinline)) bool
standing_post_comma(const GbDoc *d, int start, int k)
{
	int			head;

	return ((k == start + 2 && tok_is(d, start, "thuong") && tok_is(d, start + 1, "truc")) ||
			(k == start && tok_is(d, k - 1, "ban"))) &&
		tok_punct(d, k, ',') && !tok_has(d, k + 1, T_NL) && gb_word_upper(d, k + 1) &&
		tok_is(d, k + 1, "ban") && gb_word_upper(d, k + 2) && !tok_has(d, k + 2, T_NL) &&
		title_head(d, k + 1, &head) == 0 && gb_name_at(d, k + 1, true, false) == 0;
}

/*
 * The end of a title's tokens [t0, t1) without a Party term after it, "khóa
 * XVIII" in "tái đắc cử Bí thư Huyện ủy Ia Grai khóa XVIII": the term dates
 * the election, the post is the same in every term.  A delegate of an
 * elected assembly keeps it, the assembly of that term being the one he
 * sits in ("Đại biểu Quốc hội khóa XV", "Đại biểu HĐND tỉnh khóa X",
 * "Trưởng đoàn ĐBQH khóa XIV").  Returns t1 when no term ends the title.
 */
int
gb_title_term_end(const GbDoc *d, int t0, int t1)
{
	int			k;

	if (t1 - t0 < 3 || !tok_is(d, t1 - 2, "khoa") || !gb_exact_any(d, t1 - 2, "khóa") ||
		!(tok_has(d, t1 - 1, T_ROMAN) || tok_has(d, t1 - 1, T_NUM)))
		return t1;
	for (k = t0; k < t1 - 2; k++)
		if (tok_is(d, k, "hdnd") || tok_is(d, k, "dbqh") ||
			(tok_is(d, k, "hoi") && tok_is(d, k - 1, "quoc")) ||
			(tok_is(d, k, "nhan") && tok_is(d, k + 1, "dan") && tok_is(d, k - 1, "dong")))
			return t1;
	return t1 - 2;
}

/*
 * "Bí thư Thành ủy, Hà Nội Đinh Tiến Dũng": a comma typed between a
 * committee ("Thành ủy", "Tỉnh ủy") and the province or city it is of,
 * right before the holder's full name; the place is the committee's, and
 * the name the holder's (probe bb BB14).  Without the name after it
 * ("Bí thư Thành ủy, Hà Nội có ...") the comma ends the title.  e: the
 * comma.  Returns the place's end, or e.  Out of line, called only at a
 * comma closing a title.
 */
static __attribute__((noinline)) int
committee_place_slip(const GbDoc *d, int e, bool caps)
{
	const GbPhrase *ph = NULL;
	int			m,
				n;

	if (e < 2 || !tok_is(d, e - 1, "uy") || !gb_word_lower(d, e - 1) || !gb_word_upper(d, e - 2) ||
		tok_has(d, e + 1, T_NL) || !gb_word_upper(d, e + 1) ||
		(m = gb_dict_match(d, e + 1, CAT_NOTNAME, &ph)) == 0 ||
		(ph->aux != NOTNAME_PROVINCE && ph->aux != NOTNAME_CITY) || tok_has(d, e + m, T_NL))
		return e;
	n = gb_name_at(d, e + 1 + m, true, caps);
	return n >= 2 && !tok_has(d, e + m + n, T_NL) ? e + 1 + m : e;
}

/*
 * The comma of such a standing post inside a title's tokens [t0, t1), or
 * -1: the title is written without it ("Phó Trưởng Ban Thường trực Ban
 * Tuyên giáo Tỉnh ủy"), the name it always has.  So is the comma slipped
 * between a committee and its place (committee_place_slip()): "Bí thư
 * Thành ủy Hà Nội".
 */
int
gb_standing_post_comma(const GbDoc *d, int t0, int t1)
{
	int			k;

	for (k = t0 + 2; k + 1 < t1; k++)
		if (tok_punct(d, k, ',') &&
			((tok_is(d, k + 1, "ban") &&
			  ((tok_is(d, k - 2, "thuong") && tok_is(d, k - 1, "truc")) ||
			   (tok_is(d, k - 1, "ban") && gb_exact_any(d, k - 1, "ban")))) ||
			 (tok_is(d, k - 1, "uy") && committee_place_slip(d, k, false) == t1)))
			return k;
	return -1;
}

/* The first capitalized "Vụ" or "Cục" (a department) in tokens [t0, t1), or -1. */
static int
first_dept_word(const GbDoc *d, int t0, int t1)
{
	int			j;

	for (j = t0; j < t1; j++)
		if (tok_has(d, j, T_UPPER) && (tok_is(d, j, "vu") || tok_is(d, j, "cuc")) &&
			gb_exact_any(d, j, "Vụ|Cục"))
			return j;
	return -1;
}

/*
 * The dash before the central board or ministry a Vụ or a Cục belongs to,
 * inside a title's tokens [t0, t1), or -1: "Vụ trưởng Vụ Chính sách đối
 * ngoại - Bộ Ngoại giao" is written "Vụ trưởng Vụ Chính sách đối ngoại, Bộ
 * Ngoại giao", as the comma form is (dept_parent_end(); probe 64 G4).  The
 * parent body runs to the title's end; a dash inside a name ("Bộ Lao động
 * - Thương binh và Xã hội") is not it.  Most titles hold no dash, the
 * scan for one is short.
 */
int
gb_dept_parent_dash(const GbDoc *d, int t0, int t1)
{
	const char *name;
	int			k,
				dept = first_dept_word(d, t0, t1);

	/* the dash after the Vụ or Cục */
	for (k = t1 - 2; dept >= 0 && k > t0 + 2 && k > dept; k--)
		if (tok_punct(d, k, '-') && gb_word_upper(d, k + 1) && gb_parse_body(d, k + 1, &name) >= t1)
			return k;
	return -1;
}

/*
 * The lower-case words of a unit's name after its capitalized head, from j:
 * up to four, ended by a level or a capitalized word that is no name or
 * position, not by a verb ("Trung tâm đã ký").  Returns the end, or j.
 */
static int
unit_name_tail(const GbDoc *d, int j, bool caps)
{
	const GbPhrase *ph = NULL;
	int			n,
				head;

	for (n = 0; n < 4 && lower_syllable(d, j + n) &&
		 gb_dict_match(d, j + n, CAT_ROLE, NULL) == 0; n++)
		;
	if (n == 0 || tok_has(d, j + n, T_NL))
		return j;
	/* "Hội đồng lý luận, phê bình văn học nghệ thuật Trung ương": a council's name goes on after a comma */
	/*
	 * "Giám đốc Trung tâm bồi dưỡng chính trị cùng 13 thí sinh": "cùng"
	 * joins the next people to the person, after the name (stop 33 O16)
	 */
	if ((title_word(d, j + n, &ph) > 0 && ph->aux == TW_LEVEL) ||
		(tok_is(d, j + n, "cung") && gb_exact_any(d, j + n, "cùng")) ||
		(tok_punct(d, j + n, ',') && council_comma(d, j + n, caps) > j + n) ||
		(gb_word_upper(d, j + n) && gb_name_at(d, j + n, true, caps) == 0 &&
		 title_head(d, j + n, &head) == 0))
		return j + n;
	return j;
}

/*
 * Whether a word that ends a body's name (CAT_NAMESTOP: a verb's or a
 * function word's syllable, "phối", "tổ", "của") stands among the
 * lower-case words [j, e): "Chủ tịch công đoàn phối hợp Sở Y tế trao quà"
 * names the union alone, the words after it are the sentence's
 * (unit_noun_name()).
 */
static bool
name_stop_among(const GbDoc *d, int j, int e)
{
	for (; j < e; j++)
		if (gb_dict_match(d, j, CAT_NAMESTOP, NULL) > 0)
			return true;
	return false;
}

/*
 * The end of a unit's name at k, the first word of a title's body, when it
 * goes on in sentence case, or k: "Giám đốc Trung tâm bồi dưỡng chính trị
 * huyện", "Bí thư ban Cán sự đảng".  In lower case the unit needs a capital
 * after it; capitalized, up to four lower-case syllables go on when a level
 * or a capitalized word ends them, not a verb ("Trung tâm đã ký").  So they
 * do after a position's own capitalized "Ban" ("Trưởng Ban xây dựng Đảng").
 */
static int
unit_noun_name(const GbDoc *d, int k, bool caps)
{
	const GbPhrase *ph = NULL;
	int			m = gb_match_exact(d, k, CAT_TITLEWORD, &ph),
				j,
				n,
				head;

	if (caps)
		return k;
	/*
	 * "Giám đốc sở Nội vụ Nguyễn Văn A", "Giám đốc sở Kế hoạch và Đầu tư":
	 * a department's "sở" in lower case before its capitalized field heads
	 * the unit as "Sở" does (stop 43, probes ax AX7, az AZ4); "số", which
	 * folds alike, numbers a unit
	 */
	if (m > 0 && ph->aux == TW_UNIT && tok_is(d, k, "so") && gb_word_lower(d, k) &&
		gb_exact_any(d, k, "sở"))
		return gb_word_upper(d, k + 1) && !tok_has(d, k + 1, T_NL) && gb_name_at(d, k + 1, true, caps) == 0 &&
			title_head(d, k + 1, &head) == 0 ? k + 1 : k;
	/*
	 * "Trưởng Ban xây dựng Đảng xã", "Trưởng Trạm y tế xã": the position's
	 * own "Ban" or "Trạm" heads a name going on in sentence case, as a
	 * unit's; "trạm" in lower case too ("Trưởng trạm y tế phường"), where
	 * "trưởng ban" may be prose
	 */
	if (m == 0 || ph->aux != TW_UNITNOUN)
		return gb_word_lower(d, k) &&
			((gb_word_upper(d, k - 1) && tok_is(d, k - 1, "ban")) || tok_is(d, k - 1, "tram")) ?
			unit_name_tail(d, k, caps) : k;
	for (j = k + 1; j <= k + m; j++)
		if (tok_has(d, j, T_NL))
			return k;
	j = k + m;
	if (gb_word_lower(d, k))
	{
		/*
		 * "ủy viên ban thường vụ huyện ủy", "ủy viên ban chấp hành đảng bộ
		 * tỉnh": a Party body's head all in lower case, its level after it
		 * (stop 29 C3)
		 */
		if ((n = gb_dict_match(d, k, CAT_BODYHEAD, NULL)) > m && gb_word_lower(d, k + n - 1) &&
			!tok_has(d, k + n - 1, T_NL) && title_word(d, k + n, NULL) > 0)
			return k + n;
		/*
		 * "Chủ tịch công đoàn viên chức tỉnh", "Chủ tịch công đoàn văn
		 * phòng UBND tỉnh": a mass body reporters write in lower case
		 * (CAT_LOWERBODY) is a name in itself, its field going on in
		 * sentence case to its level or the capitalized agency it is of,
		 * as after a capitalized unit (probe bd BD3)
		 */
		if (gb_match_exact(d, k, CAT_LOWERBODY, NULL) == m && (n = unit_name_tail(d, j, caps)) > j &&
			!name_stop_among(d, j, n))
			return n;
		return gb_word_upper(d, j) && gb_name_at(d, j, true, caps) == 0 &&
			title_head(d, j, &head) == 0 ? j : k;
	}
	return (n = unit_name_tail(d, j, caps)) > j ? n : k;
}

/*
 * Whether the lower-case word at i ends a three-syllable noun of a name
 * ("nông thôn mới"), not the adverb it may be ("mới thảo luận").  Out of
 * line: called only on a verb's syllable.
 */
static __attribute__((noinline)) bool
name_noun_last(const GbDoc *d, int i)
{
	return i >= 2 && !tok_has(d, i, T_NL) && !tok_has(d, i - 1, T_NL) && gb_word_lower(d, i - 2) &&
		gb_dict_may_match(d, i - 2, CAT_NAMENOUN) && gb_dict_match(d, i - 2, CAT_NAMENOUN, NULL) == 3;
}

/*
 * "và các Hội" at k inside a unit's name: "Phòng Đoàn thể và các Hội",
 * "Hội Cựu chiến binh và các Hội đoàn thể", the associations a unit
 * works with, capitalized; no "Hội nghị".  The caller has checked that no
 * level ended the name before it: "Chủ tịch UBND tỉnh và các Hội" names
 * two.  Returns the end of "các Hội", or k.  Out of line, seldom called.
 */
static __attribute__((noinline)) int
assoc_group_end(const GbDoc *d, int k)
{
	if (tok_has(d, k + 1, T_NL) || tok_has(d, k + 2, T_NL) || tok_is(d, k + 3, "nghi") ||
		!gb_exact_words(d, k, 3, gb_assoc_group))
		return k;
	/* "các Hội đoàn thể": the mass associations, one term */
	if (tok_is(d, k + 3, "doan") && tok_is(d, k + 4, "the") && gb_word_lower(d, k + 3) &&
		!tok_has(d, k + 3, T_NL) && !tok_has(d, k + 4, T_NL))
		return k + 5;
	return k + 3;
}

/*
 * "và các đoàn thể (chính trị - xã hội)" at k right after the Front's name
 * ("MTTQ", "Mặt trận Tổ quốc (Việt Nam)"): the Party committee of the
 * Front and the mass unions set up in 2025, "Đảng ủy MTTQ và các đoàn thể
 * tỉnh", one body as "Ban Tuyên giáo và Dân vận" is (stop 35 T6).
 * Returns the end, or k.  Out of line, seldom called.
 */
static __attribute__((noinline)) int
front_unions_end(const GbDoc *d, int k)
{
	int			f;

	/* the Party committee's: "lãnh đạo Ủy ban MTTQ và các đoàn thể tỉnh" names two */
	if (!gb_front_party_before(d, k - 1) || !gb_exact_words(d, k, 4, "và các đoàn thể"))
		return k;
	/* the four words on one line (a line may end after them) */
	for (f = k; f < k + 3; f++)
		if (tok_has(d, f + 1, T_NL))
			return k;
	/* "chính trị - xã hội", "chính trị-xã hội" */
	if (tok_is(d, k + 4, "chinh") && tok_is(d, k + 5, "tri") && tok_punct(d, k + 6, '-') &&
		tok_is(d, k + 7, "xa") && tok_is(d, k + 8, "hoi") && !tok_has(d, k + 8, T_NL))
		return k + 9;
	return k + 4;
}

/*
 * "Khoa Lý luận cơ sở, Trường Chính trị tỉnh": a fixed term of two
 * syllables at k, after a word of a title, ends that word's name when
 * punctuation, a capitalized word or the sentence's verb follows it; not
 * "công tác" that goes on as a verb ("... tỉnh Quảng Trị công tác tại").
 * Returns its end, or k.  Out of line, seldom called.
 */
static __attribute__((noinline)) int
name_noun_end(const GbDoc *d, int k)
{
	if (gb_dict_match(d, k, CAT_NAMENOUN, NULL) != 2 || tok_has(d, k + 1, T_NL) ||
		!gb_word_lower(d, k + 1))
		return k;
	if (tok_has(d, k + 2, T_NL) || title_stop(d, k + 2) || tok_punct(d, k + 2, ',') ||
		tok_punct(d, k + 2, '.') || tok_punct(d, k + 2, ';') || gb_word_upper(d, k + 2))
		return k + 2;
	/*
	 * the body above the unit set off after it: "Khoa Lý luận cơ sở (thuộc
	 * Đảng bộ Trường Chính trị tỉnh)", "... cơ sở - Trường Chính trị",
	 * "... cơ sở thuộc Trường ..." (probe-s G12)
	 */
	if (tok_punct(d, k + 2, '(') || tok_punct(d, k + 2, '-') ||
		(tok_is(d, k + 2, "thuoc") && gb_exact_any(d, k + 2, "thuộc")))
		return k + 2;
	return k;
}

/*
 * "Ban Chỉ đạo công tác thông tin đối ngoại": a word of a department's name
 * at k whose syllable is a verb's ("thông tin", CAT_TITLEWORD aux 3), with
 * a noun of two syllables (CAT_NAMENOUN) after it and then the name's end,
 * is a noun of the name ("... thông tin kết quả" goes on as the verb; stop
 * 32 L4).  Out of line, seldom called.
 */
static __attribute__((noinline)) bool
verb_as_noun(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			e = k + 4;

	if (gb_match_exact(d, k, CAT_TITLEWORD, &ph) != 2 || ph->aux != TW_CAPS || tok_has(d, k + 2, T_NL) ||
		!gb_word_lower(d, k + 2) || !gb_dict_may_match(d, k + 2, CAT_NAMENOUN) ||
		gb_dict_match(d, k + 2, CAT_NAMENOUN, NULL) != 2 || tok_has(d, k + 3, T_NL))
		return false;
	return e >= d->ntok || tok_has(d, e, T_NL) || tok_punct(d, e, ',') || tok_punct(d, e, '.') ||
		tok_punct(d, e, ';') || gb_word_upper(d, e) || (title_word(d, e, &ph) > 0 && ph->aux == TW_LEVEL);
}

/*
 * A lower-case word that may go on in a department's name: no verb,
 * function word, role, level, time or meeting.  The single-syllable
 * adverbs ("đã", "vừa") are in the position's stop words, spelled; "đa",
 * "môi" are no adverbs.
 */
static int	prevent_run(const GbDoc *d, int k);

static bool
dept_lower_word(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;

	/* "Sở Chỉ huy phòng, chống dịch": the verb pair goes on past the department's words */
	if (tok_is(d, i, "phong") && prevent_run(d, i) > i)
		return false;

	/* "hợp tác": folded as the verb "họp", spelled otherwise */
	if (tok_is(d, i, "hop") && gb_word_lower(d, i) && !tok_has(d, i, T_NL))
		return !gb_exact_any(d, i, "họp");
	return gb_word_lower(d, i) && !tok_has(d, i, T_NL) && !title_stop(d, i) &&
		title_word(d, i, NULL) == 0 && !tok_is(d, i, "khoa") &&
		!(gb_match_exact(d, i, CAT_DEPT, &ph) > 0 && ph->aux == DEPT_VERB && !name_noun_at(d, i)) &&
		!gb_dict_may_match(d, i, CAT_VERBSTART) &&
		gb_dict_match(d, i, CAT_ROLE | CAT_LEVEL | CAT_TIMEOFDAY | CAT_MEETKIND, NULL) == 0 &&
		gb_dict_match(d, i, CAT_ADVERB, NULL) <= 1;
}

/*
 * Up to six lower-case words of a department's field from j, "và" between
 * two of them ("Cục Kinh tế hợp tác và trang trại"): their number
 */
static int
dept_lower_run(const GbDoc *d, int j)
{
	int			n;

	for (n = 0; n < 6 && (dept_lower_word(d, j + n) ||
						  (n > 0 && tok_is(d, j + n, "va") && gb_word_lower(d, j + n) &&
						   dept_lower_word(d, j + n + 1))); n++)
		;
	return n;
}

/*
 * Whether a department's name in sentence case may end before i: at
 * punctuation or a line's end, at the verb of the sentence ("dự", "đã",
 * "tổ chức", "nhấn mạnh"), at a level or at another body ("Vụ Tổ chức cán bộ Bộ Nội
 * vụ").  Any other word may be a verb the lists do not know ("Sở Tư pháp
 * nhắc lại các ..."): the name is not read on.
 */
static bool
dept_name_stops(const GbDoc *d, int i)
{
	if (i >= d->ntok || tok_has(d, i, T_NL))
		return true;
	/* "Vụ Chính sách đối ngoại - Bộ Ngoại giao": a dash too, before the body above it */
	if (tok_punct(d, i, ',') || tok_punct(d, i, '.') || tok_punct(d, i, ';') ||
		tok_punct(d, i, ':') || tok_punct(d, i, '(') || tok_punct(d, i, ')') ||
		tok_punct(d, i, '-'))
		return true;
	/* "Hội Doanh nhân trẻ Việt Nam": the country a national body's name ends with (stop 33 O1) */
	if (gb_word_upper(d, i))
		return gb_dict_match(d, i, CAT_BODY | CAT_BODYHEAD, NULL) > 0 ||
			(tok_is(d, i, "viet") && tok_is(d, i + 1, "nam") && gb_word_upper(d, i + 1));
	return gb_dict_may_match(d, i, CAT_VERBSTART) || title_stop(d, i) ||
		gb_dict_match(d, i, CAT_ROLE | CAT_LEVEL, NULL) > 0 ||
		gb_dict_match(d, i, CAT_ADVERB, NULL) > 1 ||
		gb_exact_any(d, i, "đã|vừa|cũng|sẽ|đang") ||
		(tok_is(d, i, "phong") && prevent_run(d, i) > i);
}

/*
 * Whether the capitalized word at j may open a department's field: no body,
 * title or department's head; a verb's syllable opens one as any word does
 * ("Cục Kiểm soát thủ tục hành chính": "kiểm", no "kiêm"; stop 28 G5).
 */
static bool
field_first_word(const GbDoc *d, int j)
{
	const GbPhrase *ph = NULL;

	return gb_dict_match(d, j, CAT_BODY | CAT_BODYHEAD | CAT_TITLE | CAT_DEPT, &ph) == 0 ||
		(ph->cat == CAT_DEPT && ph->aux == DEPT_VERB);
}

/*
 * The end of a central unit's name known whole (CAT_UNITNAME) at j, after
 * the head "Vụ", "Cục" or "Tổng cục" at i, or i: "Vụ Giáo dục thường
 * xuyên", "Cục Người có công".  The names are a closed, published set: a
 * verb's or an adverb's syllable inside one ends no name, and the verb
 * after one is no part of it ("Cục Người có công có ý kiến").  Out of
 * line, seldom called.
 */
static __attribute__((noinline)) int
central_unit_end(const GbDoc *d, int i, int j)
{
	int			m,
				n;

	if ((!tok_is(d, j - 1, "vu") && !tok_is(d, j - 1, "cuc")) || !gb_word_upper(d, j) ||
		(m = gb_dict_match(d, j, CAT_UNITNAME, NULL)) == 0)
		return i;
	for (n = 1; n < m; n++)
		if (tok_has(d, j + n, T_NL))
			return i;
	return j + m;
}

/*
 * The end of a unit's name known whole (CAT_UNITNAME) at k, no line break
 * inside it, or k.  Out of line, seldom called.
 */
static __attribute__((noinline)) int
unit_name_whole(const GbDoc *d, int k)
{
	int			m = gb_dict_match(d, k, CAT_UNITNAME, NULL),
				n;

	for (n = 1; n < m; n++)
		if (tok_has(d, k + n, T_NL))
			return k;
	return k + m;
}

/*
 * The end of a department's field at j, after its head at i, read by rule,
 * or i.
 */
static int
dept_field_end(const GbDoc *d, int i, int j)
{
	const GbPhrase *ph = NULL;
	int			m,
				n;

	/*
	 * "Công đoàn ngành giáo dục tỉnh": a sector's union, the sector's noun
	 * in lower case, then its field in lower case too, up to where the
	 * name stops (its level, the verb); a capitalized field after it,
	 * "ngành Y tế tỉnh", is read on by the caller (probe ak AK2)
	 */
	if (tok_is(d, j, "nganh") && tok_is(d, i, "cong") && gb_word_lower(d, j) &&
		!tok_has(d, j + 1, T_NL) && gb_exact_any(d, j, "ngành"))
	{
		if (gb_word_upper(d, j + 1) && !tok_has(d, j + 1, T_ALLCAPS))
			return j + 1;
		n = dept_lower_run(d, j + 1);
		return n > 0 && dept_name_stops(d, j + 1 + n) ? j + 1 + n : i;
	}
	/*
	 * "Bộ quốc phòng": a ministry's field, known; "Sở Thông tin và truyền
	 * thông": one of several words, its first capitalized
	 */
	if ((m = gb_dict_match(d, j, CAT_DEPT, &ph)) > 0 && ph->aux == DEPT_FIELD &&
		(gb_word_lower(d, j) || (m > 2 && gb_word_upper(d, j))))
	{
		for (n = 1; n < m; n++)
			if (tok_has(d, j + n, T_NL))
				return i;
		return j + m;
	}
	/*
	 * "Vụ Chính sách thương mại đa biên": a capitalized word (and the
	 * syllable completing it), then up to four lower-case words
	 */
	if (!gb_word_upper(d, j) || tok_has(d, j, T_ALLCAPS) || !field_first_word(d, j))
		return i;
	j++;
	/* a level's word before a lower-case syllable is a word's first: "Cục Quản lý" */
	if (lower_syllable(d, j))
		j++;
	else if (gb_dict_match(d, j - 1, CAT_LEVEL, NULL) > 0)
		return i;
	/* "Cục Kinh tế hợp tác và trang trại": "và" between lower-case words */
	n = dept_lower_run(d, j);
	if (n == 0)
		return i;
	j += n;
	/*
	 * "Cục Công tác đảng và Công tác chính trị": a second field after "và",
	 * capitalized as the first, its lower-case words up to where the name stops
	 */
	if (tok_is(d, j, "va") && gb_word_lower(d, j) && !tok_has(d, j + 1, T_NL) &&
		gb_word_upper(d, j + 1) && !tok_has(d, j + 1, T_ALLCAPS) && lower_syllable(d, j + 2) &&
		gb_dict_match(d, j + 1, CAT_BODY | CAT_BODYHEAD | CAT_TITLE | CAT_DEPT | CAT_LEVEL, NULL) == 0)
	{
		for (n = 0; n < 6 && dept_lower_word(d, j + 3 + n); n++)
			;
		if (dept_name_stops(d, j + 3 + n))
			return j + 3 + n;
	}
	return dept_name_stops(d, j) ? j : i;
}

/* gb_dept_name_end() after its inline checks: a capitalized word of a department's head group */
int
gb_dept_name_run(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			m,
				j,
				known;

	if (!gb_word_upper(d, i) || (m = gb_match_exact(d, i, CAT_DEPT, &ph)) == 0 || ph->aux != DEPT_HEAD)
		return i;
	j = i + m;
	if (j >= d->ntok || tok_has(d, j, T_NL))
		return i;
	/* the rule stops inside a known name, at the word that puts it there */
	if (gb_dict_may_match(d, j, CAT_UNITNAME) && (known = central_unit_end(d, i, j)) > i)
		return known;
	return dept_field_end(d, i, j);
}

/* Tokens k, k + 1, k + 3, k + 4 (a comma at k + 2) folded as the four words of w. */
static bool
folded_pair(const GbDoc *d, int k, const char *w)
{
	static const int at[4] = {0, 1, 3, 4};

	for (int q = 0; q < 4; q++)
	{
		const GbTok *t;
		size_t		n = 0;

		/* the word's end found inline: a few bytes, at every comma of a title */
		while (w[n] != ' ' && w[n] != '\0')
			n++;

		if (k + at[q] >= d->ntok)
			return false;
		t = &d->tok[k + at[q]];
		if (t->flen != n || memcmp(d->fold.data + t->fo, w, n) != 0)
			return false;
		w += n + (w[n] == ' ');
	}
	return true;
}

/* The same tokens spelled as the four words of w, tone marks included, case aside. */
static bool
spelled_pair(const GbDoc *d, int k, const char *w)
{
	const char *second = strchr(strchr(w, ' ') + 1, ' ') + 1;
	char		first[32];
	size_t		n = second - 1 - w;

	if (n >= sizeof(first))
		return false;
	memcpy(first, w, n);
	first[n] = '\0';
	return gb_exact_words(d, k, 2, first) && gb_exact_words(d, k + 3, 2, second);
}

/*
 * "do đồng chí A làm Trưởng đoàn", "do Phó Chủ tịch A chủ trì": "do" at i
 * brings in who leads the body just named, and ends its name (probe bc
 * bc5); not a word of what a steering committee is against.
 */
static inline bool
leader_agent_at(const GbDoc *d, int i)
{
	return tok_is(d, i, "do") && gb_exact_any(d, i, "do") && !tok_has(d, i + 1, T_NL) &&
		(gb_word_upper(d, i + 1) || (tok_is(d, i + 1, "dong") && tok_is(d, i + 2, "chi")));
}

/*
 * The end of two fields a body is named after, a comma between them, from
 * k: "thi đua, khen thưởng" ("Hội đồng Thi đua, Khen thưởng tỉnh"),
 * "tham nhũng, lãng phí, tiêu cực", the pairs chained (gb_comma_pairs).
 * k when none starts there.  Out of line, called only with a comma at k + 2.
 */
static __attribute__((noinline)) int
comma_pair_end(const GbDoc *d, int k)
{
	int			p,
				e = k;

	while (tok_punct(d, e + 2, ',') && !tok_has(d, e + 1, T_NL) && !tok_has(d, e + 3, T_NL) &&
		   !tok_has(d, e + 4, T_NL))
	{
		for (p = 0; gb_comma_pairs[p][0] != NULL; p++)
			if (folded_pair(d, e, gb_comma_pairs[p][0]) && spelled_pair(d, e, gb_comma_pairs[p][1]))
				break;
		if (gb_comma_pairs[p][0] == NULL)
			break;
		e += 3;
	}
	return e == k ? k : e + 2;
}

/* A lower-case word of what "phòng, chống" is against: no verb, level, role or link word. */
static bool
prevented_word(const GbDoc *d, int i)
{
	return gb_word_lower(d, i) && !tok_has(d, i, T_NL) && title_word(d, i, NULL) == 0 &&
		!gb_dict_may_match(d, i, CAT_VERBSTART) &&
		gb_dict_match(d, i, CAT_ROLE | CAT_LEVEL | CAT_MEETKIND, NULL) == 0 &&
		gb_match_exact(d, i, CAT_TIMEOFDAY, NULL) == 0 &&	/* "tối", not "tội phạm" */
		gb_dict_match(d, i, CAT_ADVERB, NULL) <= 1 &&
		!gb_exact_any(d, i, gb_link_words);
}

/*
 * The end of a body's name going on with the verb pair "phòng, chống" at
 * k, comma or none ("Ban Chỉ đạo phòng, chống tham nhũng tỉnh", "Ban chỉ
 * đạo Phòng chống dịch COVID-19 tỉnh"), or k: what it is against goes on
 * up to a level, a capitalized word or the sentence's verb.
 */
static __attribute__((noinline)) int
prevent_run(const GbDoc *d, int k)
{
	int			j = k + 1,
				o,
				x;

	if (tok_punct(d, j, ','))
		j++;
	if (!tok_is(d, j, "chong") || !gb_word_lower(d, j) || tok_has(d, j, T_NL) ||
		!gb_exact_any(d, k, "phòng") || !gb_exact_any(d, j, "chống"))
		return k;
	o = ++j;					/* the object's first word */
	while (j < o + 10 && j < d->ntok)
	{
		if (leader_agent_at(d, j))
			break;
		if (prevented_word(d, j))
			j++;
		/* "thiên tai và tìm kiếm cứu nạn": "và" between lower-case words */
		else if (j > o && tok_is(d, j, "va") && gb_word_lower(d, j) && prevented_word(d, j + 1))
			j += 2;
		/*
		 * "dịch COVID-19", "dịch Covid-19": a disease's code, its number
		 * joined by a hyphen, or a space ("phòng chống Covid 19 huyện");
		 * with its number it may be the first word
		 */
		else if (gb_coded_name_end(d, j) > j)
			j = gb_coded_name_end(d, j);
		/* "phòng, chống tham nhũng, lãng phí, tiêu cực": a pair, its comma inside */
		else if (j >= o + 2 && tok_punct(d, j, ',') && (x = comma_pair_end(d, j - 2)) > j)
			j = x;
		else
			break;
	}
	if (j == o)
		return k;
	return (gb_word_upper(d, j) && !tok_has(d, j, T_NL)) || dept_name_stops(d, j) ||
		leader_agent_at(d, j) ? j : k;
}

/* The first word of a steering committee's subject: no verb ("về thăm", "về làm việc") */
static bool
subject_word(const GbDoc *d, int i)
{
	return prevented_word(d, i) && !title_stop(d, i) && gb_dict_match(d, i, CAT_MEETWORD, NULL) == 0;
}

/* "làm Trưởng đoàn" at i: the verb of a post taken, its title after it */
static inline bool
post_taken_at(const GbDoc *d, int i)
{
	return tok_is(d, i, "lam") && !tok_has(d, i + 1, T_NL) && title_stop(d, i) &&
		gb_word_upper(d, i + 1) && gb_title_at(d, i + 1, false) > i + 1;
}

/*
 * The subject of a steering committee after "về" at k, part of its name:
 * "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực", "Ban Chỉ
 * đạo tỉnh về chuyển đổi số", "Ban Chỉ đạo Trung ương về PCTNTC".  Only
 * after "Ban Chỉ đạo" in the title (tokens from start), an abbreviation or
 * lower-case words no verb, up to where a name stops; "Trưởng Ban Chỉ đạo
 * tỉnh về thăm" is the verb "về".  The position's head may hold "Ban Chỉ
 * đạo" ("Trưởng Ban Chỉ đạo"), ending at start.  Returns the end, or k.  Out of line,
 * called only at "về".
 */
static __attribute__((noinline)) int
steering_subject(const GbDoc *d, int start, int k)
{
	int			j,
				v,
				s = k + 1;

	if (!gb_word_lower(d, k) || tok_has(d, s, T_NL))
		return k;
	for (j = k - 2; j >= start - 3 && j >= 0 && j > k - 8; j--)
		if (tok_is(d, j + 2, "dao") && tok_is(d, j + 1, "chi") && tok_is(d, j, "ban"))
			break;
	if (j < start - 3 || j < 0 || j <= k - 8 || !gb_exact_any(d, k, "về"))
		return k;
	if (tok_has(d, s, T_WORD) && tok_has(d, s, T_ALLCAPS) && d->tok[s].flen > 1)
	{
		/*
		 * "về PCTN, TC", "về PCTN, LP, TC": the abbreviated pairs, their
		 * comma inside as in the words spelled out (probe ar AR4); not a
		 * title's abbreviation after it, "về PCTN, UV BTV Tỉnh ủy"
		 */
		for (j = s + 1; tok_punct(d, j, ',') && tok_has(d, j + 1, T_WORD) && tok_has(d, j + 1, T_ALLCAPS) &&
			 d->tok[j + 1].flen > 1 && !tok_has(d, j + 1, T_NL) && title_word(d, j + 1, NULL) == 0 &&
			 !gb_word_upper(d, j + 2); j += 2)
			;
		return j;
	}
	/* "phòng, chống tham nhũng, tiêu cực": commas between the pairs */
	if (!subject_word(d, s))
		return k;
	for (j = s + 1, v = 0; j < s + 10 && j < d->ntok;)
	{
		/*
		 * "làm Trưởng đoàn", ", làm Trưởng đoàn": the verb of a post taken,
		 * its title after it
		 */
		if (v == 0 && (post_taken_at(d, j) || (tok_punct(d, j, ',') && post_taken_at(d, j + 1))))
			v = j;
		if (prevented_word(d, j))
			j++;
		else if ((tok_punct(d, j, ',') || tok_is(d, j, "va")) && prevented_word(d, j + 1))
			j += 2;
		else
			break;
	}
	if (j > s && dept_name_stops(d, j) && !gb_exact_any(d, j, "và|với|cho"))
		return j;
	/*
	 * "Ban chỉ đạo Trung ương về phòng chống tham nhũng, tiêu cực làm
	 * Trưởng đoàn": the words read on past "làm" to the post it gives,
	 * whose capital ends no name, the subject ends at the verb, as it does
	 * before "chủ trì" (probe 121 bc6)
	 */
	return v > 0 ? v : k;
}

/*
 * j, where words read from k end, if a level follows them there ("... nội
 * vụ huyện", "... xây dựng nông thôn mới tỉnh"), else k.
 */
static int
level_after(const GbDoc *d, int j, int k)
{
	const GbPhrase *ph = NULL;

	return j > k && title_word(d, j, &ph) > 0 && ph->aux == TW_LEVEL && !tok_has(d, j, T_NL) ? j : k;
}

/*
 * The end of more lower-case words of a group's name from k, up to five,
 * when a level ends them ("... an toàn thực phẩm tỉnh"), else k: none a
 * verb, role or meeting's word.
 */
static __attribute__((noinline)) int
group_name_to_level(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j,
				m,
				lim = k + 5;

	/*
	 * "quân sự": a meeting's word that is a word of a name goes on, and a
	 * level stops the words only as spelled (title_word()), no "quận"
	 */
	for (j = k; j < lim && gb_word_lower(d, j) && !tok_has(d, j, T_NL);)
	{
		/*
		 * "Ban Quản lý dự án đầu tư xây dựng quận": a noun of the name
		 * whose first syllable is a verb's ("dự" attend) goes on whole,
		 * one word of the five
		 */
		if (gb_dict_may_match(d, j, CAT_NAMENOUN) && !tok_has(d, j + 1, T_NL) &&
			gb_word_lower(d, j + 1) && gb_dict_match(d, j, CAT_NAMENOUN, NULL) == 2)
		{
			j += 2;
			lim++;
			continue;
		}
		/* "chính sách bảo hiểm xã hội tỉnh": a title's word that is no level goes on */
		if ((m = title_word(d, j, &ph)) > 0)
		{
			if (ph->aux != 0)
				break;
			j += m;
			continue;
		}
		if (title_stop(d, j) ||
			!((gb_dict_match(d, j, CAT_ROLE | CAT_MEETKIND, NULL) == 0 &&
			   (gb_dict_match(d, j, CAT_MEETWORD, &ph) == 0 || ph->aux == MW_NAMEWORD) &&
			   gb_match_exact(d, j, CAT_TIMEOFDAY, NULL) == 0 &&
			   gb_dict_match(d, j, CAT_ADVERB, NULL) <= 1) || name_noun_last(d, j)))
			break;
		j++;
	}
	/* "... xây dựng nông thôn mới của tỉnh": a fixed term ends the name too */
	if (j > k && name_noun_last(d, j - 1))
		return j;
	/*
	 * "Hội đồng Công tác quần chúng Trung ương": a capitalized "Trung
	 * ương" is the central level and ends the words as a level does
	 * (probe 98 AF3)
	 */
	if (j > k && !tok_has(d, j, T_NL) && gb_word_upper(d, j) && tok_is(d, j, "trung") &&
		tok_is(d, j + 1, "uong") && gb_exact_words(d, j, 2, "Trung ương"))
		return j;
	return level_after(d, j, k);
}

/*
 * "Tiểu ban Bảo vệ chính trị nội bộ Trung ương", "Hội đồng Công tác quần
 * chúng Trung ương": lower-case words of a body's name at k that a
 * capitalized "Trung ương" ends, as group_name_to_level() reads them; the
 * token after "Trung ương", or k.  The words are tested only when "Trung
 * ương" follows them: most lower-case words after a name are its verb.
 */
int
gb_central_words_end(const GbDoc *d, int k)
{
	int			j;

	for (j = k; j < k + 6 && gb_word_lower(d, j) && !tok_has(d, j, T_NL); j++)
		;
	if (j == k || !gb_word_upper(d, j) || !tok_is(d, j, "trung") || !tok_is(d, j + 1, "uong") ||
		tok_has(d, j + 1, T_NL) || group_name_to_level(d, k) != j)
		return k;
	return j + 2;
}

/*
 * The end of a room's field in lower case at k, up to its level ("nội vụ
 * huyện"), two fields a dash apart too ("tài chính - kế hoạch huyện"), or
 * k.
 */
static int
room_field_end(const GbDoc *d, int k)
{
	int			j = k;

	while (j < k + 8 && dept_lower_word(d, j))
	{
		j++;
		/* "tài chính - kế hoạch", "tài nguyên và môi trường": two fields, one room */
		if ((tok_punct(d, j, '-') || (tok_is(d, j, "va") && gb_word_lower(d, j))) &&
			!tok_has(d, j + 1, T_NL) && dept_lower_word(d, j + 1))
			j++;
	}
	return level_after(d, j, k);
}

/*
 * Whether the lower-case word at j may name the members of a cluster: no
 * verb, role, time, meeting or adverb of the sentence.
 */
static bool
member_word(const GbDoc *d, int j)
{
	return gb_word_lower(d, j) && !tok_has(d, j, T_NL) && !title_stop(d, j) &&
		!gb_dict_may_match(d, j, CAT_VERBSTART) &&
		gb_dict_match(d, j, CAT_ROLE | CAT_TIMEOFDAY | CAT_MEETKIND, NULL) == 0 &&
		gb_dict_match(d, j, CAT_ADVERB, NULL) <= 1;
}

/*
 * The members of an emulation cluster or bloc after "các" at k, part of
 * its name: "Cụm thi đua các tỉnh miền Trung", "Khối thi đua các sở,
 * ngành", "Cụm Thanh tra các tỉnh Bắc Trung bộ" (probe 57 G6).  Only when
 * "Cụm" or "Khối" stands a few words before, in the same title: then
 * lower-case words that may name them (member_word()), capitalized ones
 * that are no name, position or honorific, and a comma between two
 * lower-case members ("sở, ngành"), up to the sentence's verb or
 * punctuation.  Elsewhere "các" starts a class of persons.  Returns the
 * end, or k.  Out of line, called only at "các".
 */
static __attribute__((noinline)) int
cluster_members(const GbDoc *d, int k, bool caps)
{
	const char *h;
	int			b,
				j,
				head;
	bool		cluster = false;

	if (caps || !gb_word_lower(d, k) || !member_word(d, k + 1) || !gb_exact_any(d, k, "các"))
		return k;
	for (b = k - 1; b >= 0 && b >= k - 6 && !cluster && tok_has(d, b, T_WORD) && !tok_has(d, b + 1, T_NL); b--)
		cluster = (tok_is(d, b, "cum") || tok_is(d, b, "khoi")) && gb_word_upper(d, b);
	if (!cluster)
		return k;
	for (j = k + 1; j < k + 12 && !tok_has(d, j, T_NL); j++)
	{
		if (tok_punct(d, j, ','))
		{
			if (gb_word_lower(d, j - 1) && member_word(d, j + 1))
				continue;
			break;
		}
		if (gb_word_upper(d, j))
		{
			if (gb_name_at(d, j, true, caps) > 0 || title_head(d, j, &head) > 0 ||
				gb_honorific_at(d, j, &h) > 0)
				break;
			continue;
		}
		if (!member_word(d, j))
			break;
	}
	return j;
}

/*
 * The end of what a steering committee directs after "các" at k, part of
 * its name: "Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh", "Ban
 * Chỉ đạo các dự án trọng điểm tỉnh".  Only right after "Ban Chỉ đạo": a
 * capitalized word that is no name, position or body (and the syllable
 * completing it), then lower-case words that are no verb, role or time, up
 * to a level or where a name stops; lower-case words alone need the level.
 * Elsewhere "các" starts a class of persons ("Bí thư các chi bộ").
 * Returns the end, or k.  Out of line, called only at "các".
 */
static __attribute__((noinline)) int
steering_objects(const GbDoc *d, int k, bool caps)
{
	const GbPhrase *ph = NULL;
	int			j = k + 1,
				q,
				m;
	bool		named = false;

	if (caps || !tok_is(d, k - 1, "dao") || !tok_is(d, k - 2, "chi") || !tok_is(d, k - 3, "ban") ||
		!gb_word_lower(d, k) || tok_has(d, j, T_NL) || !gb_exact_any(d, k, "các"))
		return k;
	if (!gb_word_lower(d, j))
	{
		if (!dept_word(d, j, caps))
			return k;
		/* the syllable completing it may be a verb's alone: "Chương trình" */
		j++;
		if (gb_word_lower(d, j) && !tok_has(d, j, T_NL) && title_word(d, j, NULL) == 0)
			j++;
		named = true;
	}
	/* "mục tiêu quốc gia": a title's own words go on too, up to a level */
	for (q = j; q < j + 8 && gb_word_lower(d, q) && !tok_has(d, q, T_NL);)
	{
		if ((m = title_word(d, q, &ph)) > 0)
		{
			if (ph->aux == TW_LEVEL)
				return q;
			q += m;
			continue;
		}
		/* "dự án": a noun the role's word starts, no role */
		if ((m = gb_dict_match(d, q, CAT_ROLE, &ph)) > 1 && ph->value == NULL)
		{
			q += m;
			continue;
		}
		if (title_stop(d, q) || gb_match_exact(d, q, CAT_TIMEOFDAY, NULL) > 0 ||
			gb_dict_match(d, q, CAT_ROLE | CAT_LEVEL | CAT_MEETKIND, NULL) > 0 ||
			gb_dict_match(d, q, CAT_ADVERB, NULL) > 1)
			break;
		q++;
	}
	if (named && dept_name_stops(d, q))
		return q;
	return named ? j : k;
}

/*
 * The end of a document's name after its type ending at j, inside a
 * steering committee's task: its number and code ("số 10-NQ/TW", "62"),
 * capitalized words ("Trung ương 7", "Đại hội XIII"), its term ("khóa
 * IX"); with none of these, words in lower case that name it up to where
 * a name stops ("Quy chế dân chủ ở cơ sở").  Returns the end, or j.
 */
static int
task_document_end(const GbDoc *d, int j, bool caps)
{
	const GbPhrase *ph = NULL;
	int			s = j,
				head,
				m;
	const char *h;

	while (j < s + 12 && j < d->ntok && !tok_has(d, j, T_NL))
	{
		if (tok_is(d, j, "so") && gb_word_lower(d, j) && tok_has(d, j + 1, T_NUM))
			j++;
		else if (tok_has(d, j, T_NUM))
		{
			/* the code glued to the number: "10-NQ/TW", "29/2024/NĐ-CP" */
			for (j++; j < s + 12 && tok_has(d, j, T_PUNCT) && !tok_has(d, j, T_SPACE) &&
				 !tok_punct(d, j, ',') && !tok_punct(d, j, ';') &&
				 (tok_has(d, j + 1, T_WORD) || tok_has(d, j + 1, T_NUM)) &&
				 !tok_has(d, j + 1, T_SPACE); j += 2)
				;
		}
		else if (tok_is(d, j, "khoa") && (tok_has(d, j + 1, T_ROMAN) || tok_has(d, j + 1, T_NUM)))
			j += 2;
		/* "Nghị quyết Trung ương 4": a body's name, its lower-case syllables too */
		else if (gb_word_upper(d, j) && (m = gb_dict_match(d, j, CAT_PLENUMBODY | CAT_BODY, NULL)) > 0)
			j += m;
		else if (tok_has(d, j, T_ROMAN) ||
				 (gb_word_upper(d, j) && gb_name_at(d, j, true, caps) == 0 &&
				  title_head(d, j, &head) == 0 && gb_honorific_at(d, j, &h) == 0 &&
				  gb_dict_match(d, j, CAT_DOCTYPE, NULL) == 0))
			j++;
		else
			break;
	}
	if (j > s)
		return j;
	/* "Chương trình mục tiêu quốc gia xây dựng nông thôn mới": a title's words too, no level */
	while (j < s + 10 && !tok_has(d, j, T_NL))
	{
		/* "nông thôn mới": a fixed term, whose syllables may be a level's or an adverb's */
		if (gb_word_lower(d, j) && gb_dict_may_match(d, j, CAT_NAMENOUN) &&
			(m = gb_dict_match(d, j, CAT_NAMENOUN, NULL)) > 0)
			j += m;
		else if (prevented_word(d, j))
			j++;
		else if ((m = title_word(d, j, &ph)) > 0 && ph->aux != TW_LEVEL && gb_word_lower(d, j))
			j += m;
		else
			break;
	}
	return j > s && dept_name_stops(d, j) ? j : s;
}

/*
 * The task a steering committee is named after, right after "Ban Chỉ đạo"
 * at k: "Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh",
 * "Trưởng Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62", "... tổng
 * kết thực hiện Nghị quyết số 10-NQ/TW và Kết luận số 12-KL/TW".  Its verbs
 * (a span of years between them), then the documents it carries out,
 * capitalized (in lower case as the committee's name is), joined by "và",
 * each with its number, name or issuer.  Returns the end, or k: with no
 * document after them, the verbs may be the sentence's own.  Out of line,
 * called only after "đạo".
 */
static __attribute__((noinline)) int task_run(const GbDoc *d, int k, bool caps, bool lower_ok);

/*
 * "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và công tác vận động quần
 * chúng xã": after the document the committee carries out, "và" at j and
 * "công tác" with its field in lower case, a second task of the same name,
 * up to its level, or to a comma, ";" or the sentence's end (stop 31 I10).
 * Returns the end, or j.  Out of line, called only at "và".
 */
static __attribute__((noinline)) int
task_and_work(const GbDoc *d, int j)
{
	int			e,
				w;

	if (!gb_word_lower(d, j) || !gb_exact_words(d, j, 3, "và công tác") || tok_has(d, j + 1, T_NL) ||
		tok_has(d, j + 2, T_NL))
		return j;
	if ((e = group_name_to_level(d, j + 3)) > j + 3)
		return e;
	for (w = j + 3; w < j + 9 && member_word(d, w); w++)
		;
	return w > j + 3 && (w >= d->ntok || tok_punct(d, w, ',') || tok_punct(d, w, ';') ||
						 tok_punct(d, w, '.')) ? w : j;
}

static __attribute__((noinline)) int
steering_task(const GbDoc *d, int k, bool caps)
{
	int			m;

	if (caps || !tok_is(d, k - 2, "chi") || !tok_is(d, k - 3, "ban") || tok_has(d, k, T_NL))
		return k;
	/*
	 * "Trưởng Ban Chỉ đạo Quy chế dân chủ ở cơ sở tỉnh": the document the
	 * committee carries out, named with no verb before it, its name in
	 * lower case read whole (stop 34 Q10)
	 */
	if (gb_word_upper(d, k))
		return gb_word_lower(d, k + 1) && (m = gb_dict_match(d, k, CAT_DOCTYPE, NULL)) > 0 ?
			task_document_end(d, k + m, caps) : k;
	if (!gb_word_lower(d, k))
		return k;
	return task_run(d, k, caps, gb_word_lower(d, k - 2));
}

/*
 * steering_task() from its verbs at k: the verbs, then the documents;
 * lower_ok when the committee's name is in lower case, its documents
 * may be too.  Also a working group's (complement()).  Out of line.
 */
static __attribute__((noinline)) int
task_run(const GbDoc *d, int k, bool caps, bool lower_ok)
{
	const GbPhrase *ph = NULL;
	int			j = k,
				v,
				m,
				e;
	bool		verb = false;

	for (;;)
	{
		for (v = 0; gb_task_verbs[v] != NULL && !gb_exact_words(d, j, 2, gb_task_verbs[v]); v++)
			;
		if (gb_task_verbs[v] != NULL && !tok_has(d, j + 1, T_NL))
			j += 2;
		/* "tổng kết 10 năm thực hiện": the years reviewed, between the verbs */
		else if (verb && tok_has(d, j, T_NUM) && tok_is(d, j + 1, "nam") && gb_word_lower(d, j + 1) &&
				 tok_is(d, j + 2, "thuc"))
			j += 2;
		else
			break;
		verb = true;
	}
	if (!verb)
		return k;
	for (e = k;;)
	{
		/* "Trưởng ban chỉ đạo thực hiện quy chế dân chủ ...": in lower case, as the committee's name */
		if (!(gb_word_upper(d, j) || (e == k && lower_ok && gb_word_lower(d, j))) ||
			tok_has(d, j, T_NL) ||
			(m = gb_dict_match(d, j, CAT_DOCTYPE, NULL)) == 0)
			break;
		/* "thực hiện Nghị quyết của Tỉnh ủy": the document named by its issuer alone */
		if ((v = task_document_end(d, j + m, caps)) == j + m &&
			!(tok_is(d, v, "cua") && gb_word_lower(d, v) && !tok_has(d, v + 1, T_NL) &&
			  (gb_word_upper(d, v + 1) || (title_word(d, v + 1, &ph) > 0 && ph->aux == TW_LEVEL))))
			break;
		e = j = v;
		/* "... Nghị quyết 18 của tỉnh": the level it is of, read as a title's */
		if (tok_is(d, j, "cua") && gb_word_lower(d, j) && !tok_has(d, j + 1, T_NL) &&
			title_word(d, j + 1, &ph) > 0 && ph->aux == TW_LEVEL)
			return j + 1;
		if (tok_is(d, j, "va") && (m = task_and_work(d, j)) > j)
			return m;
		/* "Nghị quyết số 10-NQ/TW và Kết luận số 12-KL/TW": another document */
		if (!tok_is(d, j, "va") || !gb_word_lower(d, j) || !gb_word_upper(d, j + 1))
			break;
		j++;
	}
	return e;
}

/*
 * The end of a steering committee's task after "Ban Chỉ đạo" ending at k,
 * or k: the name of a body as of a title (meeting_body.c, body_at()), what it
 * carries out or what it is against ("phòng, chống tham nhũng, tiêu cực").
 */
int
gb_steering_task_end(const GbDoc *d, int k)
{
	int			m = steering_task(d, k, false);

	if (m == k && tok_is(d, k, "phong"))
		m = prevent_run(d, k);
	return m;
}

/*
 * A body written in lower case inside a title at i, "trung ương", "ủy ban",
 * and "đảng" after it ("trung ương đảng", not "đảng viên"): its length,
 * else 0.  The caller has seen gb_dict_may_match() hold at i.
 */
static __attribute__((noinline)) int
lower_body(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			m,
				j;

	if ((m = gb_exact_phrase(d, i, CAT_LOWERBODY, &ph)) == 0 || ph->aux == 1)
		return 0;
	for (j = i; j < i + m; j++)
		if (tok_has(d, j, T_NL))
			return 0;
	if (gb_word_lower(d, i + m) && !tok_has(d, i + m, T_NL) &&
		gb_dict_may_match(d, i + m, CAT_LOWERBODY) &&
		gb_exact_phrase(d, i + m, CAT_LOWERBODY, &ph) == 1 && ph->aux == 1)
		m++;
	return m;
}

/*
 * A known body at k whose head is capitalized and whose other words are
 * written in lower case, "Bộ chính trị", "Ban bí thư", "Ban chấp hành trung
 * ương": reporters often capitalize only a body's first word, and a known
 * body needs no capitals to be told.  Its length when longer than the head
 * of m tokens, else 0.  Out of line: called only after a body's head.
 */
static __attribute__((noinline)) int
known_lower_body(const GbDoc *d, int k, int m)
{
	int			n = gb_dict_match(d, k, CAT_BODY, NULL),
				j;
	bool		lower = false;

	if (n <= m)
		return 0;
	for (j = k + 1; j < k + n; j++)
	{
		if (tok_has(d, j, T_NL))
			return 0;
		if (gb_word_lower(d, j))
			lower = true;
	}
	return lower ? n : 0;
}

/*
 * "Đoàn" at k after "Trung ương", "T.Ư", "TƯ", "TW", a full name with its
 * surname after it: the body Trung ương Đoàn.  Out of line, called only
 * where a name of three syllables or more starts.
 */
static __attribute__((noinline)) bool
central_doan(const GbDoc *d, int k, bool caps)
{
	if (!tok_is(d, k, "doan"))
		return false;
	if (!((tok_is(d, k - 1, "uong") && tok_is(d, k - 2, "trung") && gb_word_upper(d, k - 2)) ||
		  (tok_is(d, k - 1, "u") && tok_punct(d, k - 2, '.') && tok_is(d, k - 3, "t")) ||
		  ((tok_is(d, k - 1, "tu") || tok_is(d, k - 1, "tw")) && tok_has(d, k - 1, T_ALLCAPS))))
		return false;
	return gb_name_at(d, k + 1, true, caps) > 0;
}

static int	in_charge_body(const GbDoc *d, int k, bool caps, bool group, bool dept);

/*
 * After a company's legal form ("Công ty cổ phần", "CP", "TNHH", "một
 * thành viên", "MTV") its trade may follow in lower case before its name:
 * "Công ty CP than Hà Lầm", "Công ty TNHH may Tân Lập".  The words at k up
 * to a capitalized one, a few, no verb; returns where that name starts, or
 * k.
 */
static int
company_trade(const GbDoc *d, int k, bool caps)
{
	int			j,
				head;
	const char *h;

	if (caps || !gb_word_lower(d, k) ||
		!(tok_is(d, k - 1, "cp") || tok_is(d, k - 1, "tnhh") || tok_is(d, k - 1, "mtv") ||
		  (tok_is(d, k - 1, "phan") && tok_is(d, k - 2, "co")) ||
		  (tok_is(d, k - 1, "han") && tok_is(d, k - 2, "huu")) ||
		  (tok_is(d, k - 1, "vien") && tok_is(d, k - 2, "thanh"))))
		return k;
	for (j = k; j < k + 4 && lower_syllable(d, j) && !gb_dict_match(d, j, CAT_ROLE, NULL); j++)
		;
	if (j == k || !gb_word_upper(d, j) || tok_has(d, j, T_NL) ||
		title_head(d, j, &head) > 0 || gb_honorific_at(d, j, &h) > 0)
		return k;
	return j;
}

/*
 * "Q.2", "P.9", "H.Hưng Nguyên" at k: quận, phường, huyện abbreviated to a
 * capital letter, the dot glued to a number of one or two digits (not a
 * date's) or to a capitalized name.  Returns where the number ends or the
 * name starts, or k.
 */
static __attribute__((noinline)) int
abbrev_level(const GbDoc *d, int k)
{
	if (d->tok[k].len != 1 || !tok_has(d, k, T_UPPER) || tok_has(d, k, T_NL) ||
		!(tok_is(d, k, "q") || tok_is(d, k, "p") || tok_is(d, k, "h")) ||
		!tok_punct(d, k + 1, '.') || tok_has(d, k + 1, T_SPACE) || k + 2 >= d->ntok ||
		tok_has(d, k + 2, T_SPACE) || tok_has(d, k + 2, T_NL))
		return k;
	if (tok_has(d, k + 2, T_NUM))
	{
		/* not a date's or a code's first number: "Q.2/9", "P.2-3", "H.2.5" */
		if (d->tok[k + 2].len > 2 ||
			(k + 3 < d->ntok && !tok_has(d, k + 3, T_SPACE) &&
			 (tok_punct(d, k + 3, '/') || tok_punct(d, k + 3, '-') ||
			  (tok_punct(d, k + 3, '.') && k + 4 < d->ntok && tok_has(d, k + 4, T_NUM)))))
			return k;
		return k + 3;
	}
	return gb_word_upper(d, k + 2) ? k + 2 : k;
}

/*
 * Whether a body shortened to its capitals, "UBND", "HĐND", comes right
 * before k: its level may follow abbreviated too, "Phó Chủ tịch UBND
 * Q.Tân Bình" (stop 33 P5).  Out of line, called only at a one-letter
 * token.
 */
static __attribute__((noinline)) bool
abbrev_body_before(const GbDoc *d, int k)
{
	return tok_has(d, k - 1, T_ALLCAPS) && d->tok[k - 1].flen > 1 &&
		gb_dict_match(d, k - 1, CAT_BODY | CAT_BODYHEAD, NULL) == 1;
}

/*
 * The end of a party's name at k, after "Đảng" and a capitalized word with
 * its syllable: up to three lower-case syllables more, then the country's
 * capitalized name, no name, position or body ("Đảng Nhân dân cách mạng
 * Lào"); else k.  Out of line, seldom called.
 */
static __attribute__((noinline)) int
party_name_tail(const GbDoc *d, int k, int start, bool caps)
{
	int			j,
				head;

	if (caps || k - 3 < start || !tok_is(d, k - 3, "dang") || !gb_word_upper(d, k - 3) ||
		!lower_syllable(d, k))
		return k;
	for (j = k; j < k + 3 && lower_syllable(d, j); j++)
		;
	if (!gb_word_upper(d, j) || tok_has(d, j, T_NL) || gb_name_at(d, j, true, caps) > 0 ||
		title_head(d, j, &head) > 0 || gb_dict_match(d, j, CAT_BODY | CAT_BODYHEAD, NULL) > 0)
		return k;
	return j + 1;
}

/*
 * Whether the province's level stands right before k: "tỉnh", "Tỉnh ủy".
 * The place after it can only be a province, and every province is in
 * the gazetteer (matched before a name is tried), so two capitalized
 * syllables there that make a name are the person's: "Bí thư Tỉnh ủy Võ
 * Hồng chủ trì", "Đảng ủy Khối các cơ quan tỉnh Võ Hồng".  After
 * "Huyện ủy", "xã" the places are too many to know.  Out of line, seldom
 * called.
 */
static __attribute__((noinline)) bool
province_level_before(const GbDoc *d, int k)
{
	if (k >= 2 && tok_is(d, k - 1, "uy") && tok_is(d, k - 2, "tinh") && !tok_has(d, k - 1, T_NL))
		return gb_exact_any(d, k - 2, "Tỉnh") && gb_exact_any(d, k - 1, "ủy");
	return k >= 1 && tok_is(d, k - 1, "tinh") && gb_exact_any(d, k - 1, "tỉnh");
}

/*
 * Whether the number at k names the steering committee before it after
 * the document it carries out: "Ban Chỉ đạo 35 tỉnh" (of Resolution 35),
 * "Trưởng BCĐ 389", "Ban Chỉ đạo 138 huyện".  Not a date's or a code's
 * first number ("Ban Chỉ đạo 35/2024"), nor a count ("... 2 năm").
 */
static bool
steering_number(const GbDoc *d, int k)
{
	if (d->tok[k].len < 2 || d->tok[k].len > 4 || tok_has(d, k, T_NL) ||
		!(tok_is(d, k - 1, "bcd") ||
		  (tok_is(d, k - 1, "dao") && tok_is(d, k - 2, "chi") && tok_is(d, k - 3, "ban"))) ||
		gb_date_after(d, k))
		return false;
	return !(gb_word_lower(d, k + 1) && gb_dict_match(d, k + 1, CAT_QUANTITY, NULL) > 0 &&
			 gb_dict_match(d, k + 1, CAT_LEVEL, NULL) == 0);
}

/*
 * "Đảng ủy Bộ Tổng tham mưu - Cơ quan Bộ Quốc phòng": a unit and the agency
 * it shares one Party organization with, joined by the dash at k, "Cơ
 * quan" (UNITNOUN_JOINT) capitalized and a body's capitalized name after
 * it (no position: "Cơ quan" heads none).  Out of line, seldom called.
 */
static __attribute__((noinline)) bool
joint_agency(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;

	return gb_dict_match(d, k + 1, CAT_UNITNOUN, &ph) == 2 && ph->aux == UNITNOUN_JOINT &&
		gb_word_upper(d, k + 1) && gb_word_upper(d, k + 3) &&
		!tok_has(d, k + 1, T_NL) && !tok_has(d, k + 3, T_NL);
}

/*
 * Whether the surname at k, where a name of n syllables starts after the
 * one capitalized syllable a level put before it ("xã Sao", "Huyện ủy
 * Thạch"), is the place's second syllable: "Bí thư Đảng ủy xã Sao Vàng
 * Hoàng Văn Nam", "Chủ tịch UBND phường Đông Hồ Trần Văn Bình".  The 2025
 * communes and wards are in no gazetteer; their names have two syllables
 * or more, a full name after k reads as surname and given names, so the
 * split keeps the usual two-syllable place and the usual name of three
 * or four.  Out of line, seldom called.
 */
static __attribute__((noinline)) bool
lone_place_syllable(const GbDoc *d, int k, int n, bool caps)
{
	return is_surname(d, k) && gb_name_at(d, k + 1, true, caps) == n - 1;
}

/*
 * The end of a congress's ordinal "lần thứ XIV", "lần thứ 13" at k, inside
 * a title whose words from start name a congress ("Đại hội đại biểu toàn
 * quốc", "Đại hội Đảng bộ tỉnh"), or k.  Out of line, called only at "lần".
 */
static __attribute__((noinline)) int
congress_ordinal_end(const GbDoc *d, int start, int k)
{
	int			j;

	if (!tok_is(d, k + 1, "thu") || !(tok_has(d, k + 2, T_ROMAN) || tok_has(d, k + 2, T_NUM)) ||
		tok_has(d, k + 1, T_NL) || tok_has(d, k + 2, T_NL) || !gb_exact_words(d, k, 2, "lần thứ"))
		return k;
	for (j = k - 2; j >= start; j--)
		if (tok_is(d, j, "dai") && tok_is(d, j + 1, "hoi") && gb_word_upper(d, j) &&
			gb_exact_words(d, j, 2, "đại hội"))
			return k + 3;
	return k;
}

/*
 * A news outlet's noun in lower case at k (gb_outlet_nouns) before the
 * outlet's capitalized name, no name, position or honorific: k + 1, else
 * k.  Out of line, called only at "báo" and "đài".
 */
static __attribute__((noinline)) int
outlet_noun(const GbDoc *d, int k)
{
	const char *h;
	int			head;

	if (!gb_word_lower(d, k) || tok_has(d, k + 1, T_NL) || !gb_word_upper(d, k + 1) ||
		!gb_exact_any(d, k, gb_outlet_nouns) || title_head(d, k + 1, &head) > 0 ||
		gb_honorific_at(d, k + 1, &h) > 0)
		return k;
	return k + 1;
}

/* outlet_noun() at k, tried only where the folded word is "bao" or "dai". */
static inline int
outlet_at(const GbDoc *d, int k)
{
	return tok_is(d, k, "bao") || tok_is(d, k, "dai") ? outlet_noun(d, k) : k;
}

/*
 * The kind of a district or commune at k, right after its level, before
 * its capitalized name: "huyện đảo Lý Sơn", "huyện miền núi Hướng Hóa"
 * (probe 57 G5).  Returns where the name starts, or k.
 */
static int
level_kind_end(const GbDoc *d, int k)
{
	int			m;

	if (!(gb_word_upper(d, k + 1) || gb_word_upper(d, k + 2)) ||
		(m = gb_listed_phrase_at(d, k, gb_level_kinds)) == 0 ||
		!gb_word_upper(d, k + m) || tok_has(d, k + m, T_NL))
		return k;
	return k + m;
}

/*
 * A word of a committee's field at i, capitalized or not: no name,
 * position, honorific, body, level, role, verb, link word or noun of
 * persons, nor the duty "phụ trách" ("Phó Trưởng Ban Dân tộc, phụ trách
 * công tác dân tộc tỉnh" is a post and its duty).
 */
static bool
field_word(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	const char *h;
	int			head;

	if (!tok_has(d, i, T_WORD) || tok_has(d, i, T_NL) || tok_has(d, i, T_ALLCAPS) ||
		(tok_is(d, i, "phu") && tok_is(d, i + 1, "trach")) ||
		title_stop(d, i) || (title_word(d, i, &ph) > 0 && ph->aux != 0) ||
		gb_exact_any(d, i, gb_link_words) || gb_dict_may_match(d, i, CAT_VERBSTART))
		return false;
	return title_head(d, i, &head) == 0 && gb_honorific_at(d, i, &h) == 0 &&
		(gb_word_lower(d, i) || gb_name_at(d, i, true, false) == 0) && !person_noun(d, i) &&
		gb_dict_match(d, i, CAT_ROLE | CAT_LEVEL | CAT_BODY | CAT_BODYHEAD | CAT_MEETKIND, NULL) == 0 &&
		gb_dict_match(d, i, CAT_ADVERB, NULL) <= 1;
}

/*
 * The end of one field of a committee from j, up to six words: a noun of
 * persons goes on inside it ("chăm sóc sức khỏe cán bộ"), not first.
 */
static int
field_end(const GbDoc *d, int j)
{
	int			e = j,
				m;

	while (e < j + 6)
	{
		if (e > j && person_noun(d, e) && gb_word_lower(d, e) &&
			(m = gb_dict_match(d, e, CAT_LISTNOUN, NULL)) > 0 && !tok_has(d, e + m - 1, T_NL))
			e += m;
		else if (field_word(d, e))
			e++;
		else
			break;
	}
	return e;
}

/*
 * Whether a committee's head and its first field, capitalized, of one or
 * two syllables, end at k: "Ủy ban Khoa học", "Ban Bảo vệ", or a post's
 * "Trưởng ban Bảo vệ" (the head the post's last word, before start).  The
 * folded last word of the head first ("ban", "đồng" end every one listed),
 * as this is asked at every title's end; then no level that would have
 * ended the name, no body or known unit ("Ban Tuyên giáo"): field_word()
 * each.
 */
static bool
field_head_before(const GbDoc *d, int start, int k)
{
	int			j,
				h;

	if (tok_is(d, k - 3, "ban") || tok_is(d, k - 3, "dong"))
		j = k - 3;
	else if (tok_is(d, k - 2, "ban") || tok_is(d, k - 2, "dong"))
		j = k - 2;
	else
		return false;
	h = tok_is(d, j - 1, "uy") || tok_is(d, j - 1, "tieu") || tok_is(d, j - 1, "hoi") ? j - 1 : j;
	if (j + 1 < start || tok_has(d, j + 1, T_NL) || !gb_word_upper(d, j + 1) ||
		gb_listed_phrase_at(d, h, gb_field_committees) != j + 1 - h)
		return false;
	/* a field's words only: not "Ban Tuyên giáo Trung ương và đoàn công tác" */
	for (j++; j < k; j++)
		if (!field_word(d, j))
			return false;
	return true;
}

/*
 * The end of a committee's fields listed after its first at k, a comma or
 * "và" (probe 60 G1): "Ủy ban Khoa học, công nghệ và môi trường của Quốc
 * hội", "Ủy ban Quốc phòng và an ninh của Quốc hội", "Ban Bảo vệ, chăm sóc
 * sức khỏe cán bộ tỉnh".  Pages write the later fields in lower case, and
 * the first one's last words too.  The fields are a name only when "của"
 * and a body or a level ends them; else k.  Out of line, called at a
 * comma, "và" or a lower-case word inside a title.
 */
static __attribute__((noinline)) int
field_list_end(const GbDoc *d, int start, int k, bool caps)
{
	const GbPhrase *ph = NULL;
	int			j = k,
				n;
	bool		va = false;

	if (caps || !field_head_before(d, start, k))
		return k;
	/* "Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh": the first field goes on in lower case */
	if (gb_word_lower(d, j) && !tok_is(d, j, "va") && (j = field_end(d, j)) == k)
		return k;
	while (!va)
	{
		if (tok_is(d, j, "va") && gb_word_lower(d, j))
			va = true;
		else if (!tok_punct(d, j, ','))
			break;
		if ((n = field_end(d, j + 1)) == j + 1)
			return k;
		j = n;
	}
	if (j == k || tok_has(d, j, T_NL))
		return k;
	if (tok_is(d, j, "cua") && gb_word_lower(d, j) && gb_word_upper(d, j + 1) &&
		!tok_has(d, j + 1, T_NL) && gb_dict_match(d, j + 1, CAT_BODY | CAT_BODYHEAD, NULL) > 0)
		return j;
	/*
	 * "Trưởng Ban Kinh tế và ngân sách HĐND tỉnh": the body the board is
	 * of (stop 33 P5); after one field's lower-case words too, "Trưởng
	 * ban Dân chủ pháp luật Ủy ban MTTQ" (stop 39, probe ad AD1): the
	 * words are field_word()s, no verb, role or link word
	 */
	if (gb_word_upper(d, j) && gb_dict_match(d, j, CAT_BODY | CAT_BODYHEAD, NULL) > 0)
		return j;
	return title_word(d, j, &ph) > 0 && ph->aux == TW_LEVEL ? j : k;
}

/*
 * Whether a capitalized field of a board's name starts at i, after a
 * comma or a dash inside it: "Tôn giáo", "Xã hội", "Biên chế", "An ninh".
 * No name, position, honorific, body, noun of persons or verb; a level's
 * syllable only before a lower-case one, a word of its own ("Xã hội").
 */
static bool
caps_field_start(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	const char *h;
	int			head,
				m;

	if (!gb_word_upper(d, i) || tok_has(d, i, T_NL) || tok_has(d, i, T_ALLCAPS))
		return false;
	/*
	 * a department's word of two syllables, "Thông tin", "Báo chí" (stop 33
	 * P5); a word that only starts like a verb ("Báo chí", "báo cáo") may
	 * open a field, a meeting's word may not
	 */
	if ((m = title_word(d, i, &ph)) > 0 && (ph->aux == TW_CAPS || ph->aux == 0))
	{
		if (m != 2 || tok_has(d, i + 1, T_NL))
			return false;
	}
	else if (!lower_syllable(d, i + 1) || (m > 0 && gb_dict_match(d, i, CAT_LEVEL, NULL) != 1))
		return false;
	return gb_name_at(d, i, true, false) == 0 && title_head(d, i, &head) == 0 &&
		gb_honorific_at(d, i, &h) == 0 && !person_noun(d, i) &&
		!(gb_dict_may_match(d, i, CAT_VERBSTART) && gb_dict_match(d, i, CAT_MEETWORD, NULL) > 0) &&
		gb_dict_match(d, i, CAT_ROLE | CAT_BODY | CAT_BODYHEAD | CAT_MEETKIND, NULL) == 0;
}

/*
 * Whether the word at j names a board whose fields a comma lists: "Ban",
 * "Vụ", "Cục", and a room's "Phòng" ("Trưởng phòng Văn hóa, Thông tin
 * huyện", stop 33 P5), not an office's "Văn phòng".
 */
static inline bool
board_word(const GbDoc *d, int j)
{
	return tok_is(d, j, "ban") || tok_is(d, j, "vu") || tok_is(d, j, "cuc") ||
		(tok_is(d, j, "phong") && !tok_is(d, j - 1, "van"));
}

/*
 * The end of capitalized fields listed after the comma at k inside the
 * name of a Ban, a Vụ or a Cục (probe 65 G5): "Trưởng ban Dân tộc, Tôn
 * giáo - Quốc phòng, An ninh Trung ương Hội Nông dân Việt Nam", "Trưởng
 * ban Văn hóa, Xã hội HĐND tỉnh", "Vụ trưởng Vụ Tổ chức, Biên chế, Bộ Nội
 * vụ".  The board's word and its first field (one or two words) before k;
 * each later field a capitalized word and its lower-case syllables,
 * after a comma or a dash.  The fields are a name only when a level, a
 * body or a comma before a body (a Vụ's parent) ends them; else k, the
 * comma parting two titles ("Trưởng ban Tuyên giáo, Chủ tịch ...").
 * Out of line, called only at a comma inside a title.
 */
static __attribute__((noinline)) int
caps_fields_end(const GbDoc *d, int start, int k)
{
	const GbPhrase *ph = NULL;
	int			j,
				n;

	/* cheap first: a capitalized word, then a lower-case one, after the comma */
	if (!gb_word_upper(d, k + 1) || !gb_word_lower(d, k + 2))
		return k;
	if (board_word(d, k - 3))
		j = k - 3;
	else if (board_word(d, k - 2))
		j = k - 2;
	else
		return k;
	if (j < start - 1 || !gb_word_upper(d, j + 1) || tok_has(d, j + 1, T_NL) || tok_has(d, k - 1, T_NL) ||
		tok_has(d, k - 1, T_PUNCT) || (!tok_is(d, j, "ban") && !tok_is(d, j, "phong") &&
									   !gb_exact_any(d, j, "Vụ|Cục")) ||
		!caps_field_start(d, k + 1))
		return k;
	for (j = k; (tok_punct(d, j, ',') || tok_punct(d, j, '-')) && caps_field_start(d, j + 1);)
	{
		/* "Thông tin": caps_field_start()'s word of two syllables */
		for (j += 2, n = 0; n < 2 && (lower_syllable(d, j) || (n == 0 && title_word(d, j - 1, NULL) == 2)); n++)
			j++;
	}
	if (tok_has(d, j, T_NL))
		return k;
	if ((title_word(d, j, &ph) > 0 && ph->aux == TW_LEVEL) ||
		(gb_word_upper(d, j) && tok_is(d, j, "trung") && tok_is(d, j + 1, "uong")) ||
		(gb_word_upper(d, j) && gb_dict_match(d, j, CAT_BODY | CAT_BODYHEAD, NULL) > 0))
		return j;
	if (tok_punct(d, j, ',') && gb_word_upper(d, j + 1) && !tok_has(d, j + 1, T_NL) &&
		gb_dict_match(d, j + 1, CAT_BODY | CAT_BODYHEAD, NULL) > 0)
		return j;
	return k;
}

/*
 * "Trưởng đoàn Đoàn đại biểu Quốc hội của tỉnh", "... của tỉnh Quảng
 * Ninh": "của" at k before a level in lower case, the level the body
 * serves; the level and a place after it go on as the title's (probe 63
 * G6).  Out of line, called only at "của".
 */
static __attribute__((noinline)) bool
of_level(const GbDoc *d, int k)
{
	return gb_word_lower(d, k) && gb_word_lower(d, k + 1) && !tok_has(d, k + 1, T_NL) &&
		gb_exact_any(d, k, "của") && gb_dict_match(d, k + 1, CAT_LEVEL, NULL) > 0;
}

/*
 * Whether k, in the words after a position from start, follows the post
 * with no body yet: right after it, or after its "Thường trực" ("Phó Chủ
 * tịch Thường trực phụ trách ...").
 */
static inline bool
post_bare(const GbDoc *d, int start, int k)
{
	return k == start || (k > start + 1 && tok_is(d, k - 1, "truc") && tok_is(d, k - 2, "thuong"));
}

/*
 * "Phó Trưởng Ban Chỉ đạo cơ bản nhất trí với báo cáo": an adverb of degree
 * at k (gb_degree_adverbs) before the sentence's verb opens the predicate,
 * no word of a group's name (stop 31 H2).
 */
static bool
degree_before_verb(const GbDoc *d, int k)
{
	int			n;

	if (!(tok_is(d, k, "co") || tok_is(d, k, "hoan") || tok_is(d, k, "deu")) ||
		(n = gb_listed_phrase_at(d, k, gb_degree_adverbs)) == 0 || tok_has(d, k + n, T_NL))
		return false;
	return title_stop(d, k + n) || gb_dict_match(d, k + n, CAT_ROLE, NULL) > 0;
}

/*
 * "Tổ xây dựng Đề án và dự thảo Nghị quyết": a group named by what it
 * drafts, "và dự thảo" at k and a document's type, capitalized, after it
 * (stop 32 M6).  Out of line, called only at "và" in a group's name.
 */
static __attribute__((noinline)) bool
drafted_doc(const GbDoc *d, int k)
{
	return gb_exact_words(d, k, 3, "và dự thảo") && !tok_has(d, k + 1, T_NL) &&
		!tok_has(d, k + 2, T_NL) && !tok_has(d, k + 3, T_NL) && gb_word_upper(d, k + 3) &&
		gb_dict_match(d, k + 3, CAT_DOCTYPE, NULL) > 0;
}

/*
 * "trường tiểu học Kỳ Long", "trường mầm non Hoa Sen": a school's noun at
 * k, its grade in lower case (gb_school_grades), then its capitalized name,
 * not in capitals: a cell's school after "Chi bộ" (cell_unit_end(), stop
 * 34 Q6), an agency named in lower case (meeting_body.c, stop 35 Q6).
 * Returns where the name starts, or k.  Out of line: asked only there.
 */
__attribute__((noinline)) int
gb_school_named_end(const GbDoc *d, int k)
{
	int			g,
				e,
				n;

	if (!tok_is(d, k, "truong") || !gb_exact_any(d, k, "trường") ||
		(g = gb_listed_phrase_at(d, k + 1, gb_school_grades)) == 0)
		return k;
	/*
	 * "trường TH, THCS, THPT Khương Hạ", "trường tiểu học và THCS Hoa Sen":
	 * one school of several grades, listed (stop 42 AW1)
	 */
	for (e = k + 1 + g, n = 0; n < 3 && (tok_punct(d, e, ',') || tok_is(d, e, "va")) &&
		 !tok_has(d, e, T_NL) && !tok_has(d, e + 1, T_NL) &&
		 (g = gb_listed_phrase_at(d, e + 1, gb_school_grades)) > 0; n++)
		e += 1 + g;
	/*
	 * "Trường THPT chuyên Nguyễn Quang Diêu": a gifted school, "chuyên" in
	 * lower case after its grade and before its name (stop 42 AW6)
	 */
	if (tok_is(d, e, "chuyen") && gb_word_lower(d, e) && !tok_has(d, e, T_NL) &&
		gb_exact_any(d, e, "chuyên"))
		e++;
	if (!gb_word_upper(d, e) || tok_has(d, e, T_ALLCAPS) || tok_has(d, e, T_NL))
		return k;
	return e;
}

/*
 * "Bí thư Chi bộ khu phố 2", "Bí thư chi bộ ấp Hiệp Phước", "Bí thư Chi bộ
 * trường tiểu học Đông Hòa": after "Chi bộ" at k, a residential unit
 * (gb_cell_units) in lower case before a number or a capitalized name, or
 * a school and its grade before its name (gb_school_named_end(); stop 34
 * Q6).  Returns the token after the unit's word and its number, or k;
 * *named is set when a name follows instead, which the caller reads as a
 * place's.
 */
static __attribute__((noinline)) int
cell_unit_end(const GbDoc *d, int k, bool *named)
{
	int			m;

	if (tok_has(d, k, T_NL))
		return k;
	if ((m = gb_school_named_end(d, k)) > k)
	{
		*named = true;
		return m;
	}
	/* no unit starts with "trường": a school not named has none */
	if ((m = gb_listed_phrase_at(d, k, gb_cell_units)) == 0 || tok_has(d, k + m, T_NL))
		return k;
	*named = gb_word_upper(d, k + m) && !tok_has(d, k + m, T_ALLCAPS);
	if (*named)
		return k + m;
	if (tok_has(d, k + m, T_NUM) && d->tok[k + m].len <= 3 && !gb_date_after(d, k + m))
		return k + m + 1;
	return k;
}

/*
 * A place's name at k (CAT_NOTNAME) that swallows no person's surname, or
 * 0: folding reads "Thị ủy Sơn Tây Nguyễn Quang Hán" as the region "Tây
 * Nguyên" with "Quang Hán" after it.  A row the gazetteer spells gives way
 * where a word of it is written otherwise, as a surname is (the way
 * gb_place_at() tells "Bà Đinh" from "Ba Đình", stop 38's "Bồ" from
 * "Bộ"); written without tone marks, "Tay Nguyen", it is still the place.
 */
static int
place_in_title(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, k, CAT_NOTNAME, &ph),
				j;
	const char *w;

	if (m < 2 || ph->value == NULL)
		return m;
	for (j = 0, w = ph->value; j < m && w != NULL; j++)
	{
		const char *sp = strchr(w, ' ');
		size_t		n = sp ? (size_t) (sp - w) : strlen(w);

		if (j > 0 && !gb_exact_word(d, k + j, w, n) && is_surname(d, k + j))
			return 0;
		w = sp ? sp + 1 : NULL;
	}
	return m;
}

/*
 * Whether a rank or degree at k, then a name, opens a person: "GS.TS Lê
 * Văn A".  Out of line: asked only of a rank's word.
 */
static __attribute__((noinline)) bool
rank_opens_name(const GbDoc *d, int k, bool caps)
{
	int			e = gb_rank_end(d, k);

	return e > k && !tok_has(d, k, T_NL) && gb_name_at(d, e, true, caps) > 0;
}

/*
 * "(Bộ Y tế)", "(Tập đoàn Điện lực Việt Nam)" at k: a capitalized body's
 * name in brackets, its head known (a department's, a body's), on one
 * line, a person's name right after: the token after ")", or k.  Out of
 * line: asked only at a bracket inside a title.
 */
static __attribute__((noinline)) int
paren_parent_end(const GbDoc *d, int k)
{
	int			q;

	if (!gb_word_upper(d, k + 1) || tok_has(d, k + 1, T_ALLCAPS) ||
		gb_dict_match(d, k + 1, CAT_DEPT | CAT_BODY | CAT_BODYHEAD | CAT_AGENCY, NULL) == 0)
		return k;
	for (q = k + 2; q < d->ntok && q < k + 12 && !tok_has(d, q, T_NL); q++)
		if (tok_punct(d, q, ')'))
			return !tok_has(d, q + 1, T_NL) && gb_name_at(d, q + 1, true, false) >= 2 ? q + 1 : k;
		else if (!tok_has(d, q, T_WORD))
			return k;
	return k;
}

/*
 * The words after a position that complete it: bodies, levels, place
 * names, abbreviations.  Stops at the sentence's verb, at punctuation and
 * at a person's name.
 */
static int
complement(const GbDoc *d, int k, bool caps, bool group, bool dept)
{
	int			start = k,
				m,
				n,
				head,
				lower = 0,
				placed = 0;
	bool		place = false,
				level = false,
				lone = false,
				named = false;
	const char *h;
	const GbPhrase *ph;

	while (k < d->ntok && k - start < MAX_TITLE_TOKS)
	{
		bool		after_head = place,
					after_level = level,
					after_lone = lone;
		/* capitalized syllables of a place's name after its level, so far */
		int			after_placed = placed;

		/*
		 * "Bí thư Tỉnh ủy Thái NguyênKỷ nguyên mới - 30/09 23:59": a word
		 * glued to a province's or a city's whole name is another text
		 * run into the title where the page lost a break (a listing's
		 * outlet and stamp), no word of it (probe ah AH6); "tỉnhQuảng
		 * Ninh" glued after a level goes on
		 */
		if (named && gb_glued_join(d, k))
			break;
		/*
		 * "... được bầu làm Bí thư Tỉnh ủy⏎Kinhtedothi- Tại Hội nghị": a
		 * word opening a line the text reads on into, a dash glued after
		 * it and a space, is an outlet's tag before its lead, no word of
		 * the title (stop 40, probe am AM5)
		 */
		if (k > start && tok_has(d, k, T_HANDWRAP) && tok_punct(d, k + 1, '-') &&
			!tok_has(d, k + 1, T_SPACE) && tok_has(d, k + 2, T_SPACE))
			break;
		/* "... Bí thư Tỉnh uỷ Quảng Bình Sáng ngày 31/10, ông A ...": the lead run in */
		if (k > start && gb_run_in_lead(d, k))
			break;
		place = level = lone = named = false;
		placed = 0;
		/*
		 * "Phó Chủ tịch Viện GS.TS Lê Văn A", "Bộ trưởng Bộ Quốc phòng Đại
		 * tướng B": a rank or degree before a name opens the name, no word
		 * of the body's (stop 34 R4)
		 */
		if (gb_dict_may_match(d, k, CAT_RANK) && gb_word_upper(d, k) && rank_opens_name(d, k, caps))
		{
			/* "Bí thư Đảng ủy - Nhà giáo Ưu tú A": the dash before it is no word of the title */
			if (k > start && (tok_punct(d, k - 1, '-') || tok_punct(d, k - 1, ',')))
				k--;
			break;
		}
		/*
		 * "Giám đốc Trung tâm Công nghệ thông tin tỉnh": a unit's name
		 * known whole (CAT_UNITNAME), capitalized right after its body's
		 * noun, is read whole, its lower-case words no verb ("thông
		 * tin"); not after "và", "Sở Khoa học và Công nghệ thông tin về
		 * ..." (stop 40, probe an AN6)
		 */
		if (gb_word_upper(d, k) && !tok_has(d, k, T_NL) && tok_has(d, k - 1, T_WORD) &&
			!tok_is(d, k - 1, "va") && gb_dict_may_match(d, k, CAT_UNITNAME) &&
			(m = unit_name_whole(d, k)) > k)
		{
			k = m;
			continue;
		}
		/* a place that reads like a name or honorific: "Bà Rịa - Vũng Tàu" */
		if (gb_word_upper(d, k) && !tok_has(d, k, T_NL) &&
			(m = place_in_title(d, k)) > 0)
		{
			k += m;
			/* a place ends a body's name as a level does: "Hội CCB Việt Nam Báo cáo tổng kết" */
			level = named = true;
			continue;
		}
		/*
		 * "Phó Tổng Biên tập báo Sài Gòn Giải phóng", "Tổng Biên tập báo
		 * Đà Nẵng": an outlet's noun in lower case, right after the post,
		 * before its capitalized name (probe 54 G1)
		 */
		if (k == start && (m = outlet_at(d, k)) > k)
		{
			k = m;
			continue;
		}
		/* "Tổng Biên tập Đài Phát thanh truyền hình Bình Phước và báo Bình Phước": both outlets */
		if (k > start && tok_is(d, k, "va") && (m = outlet_at(d, k + 1)) > k + 1 && gb_exact_any(d, k, "và"))
		{
			k = m;
			continue;
		}
		/* "Chủ nhiệm y ban Kiểm tra": Ủy ban, its Ủ lost */
		if (tok_is(d, k, "y") && gb_lost_u_at(d, k))
		{
			k += 2;
			continue;
		}
		/* "Ban Chỉ đạo phòng, chống tham nhũng tỉnh": the verb pair and what it is against */
		if (tok_is(d, k, "phong") && (m = prevent_run(d, k)) > k)
		{
			k = m;
			continue;
		}
		/*
		 * "Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh": the
		 * task the committee is named after; no more free words after it
		 */
		if (tok_is(d, k - 1, "dao") && (m = steering_task(d, k, caps)) > k)
		{
			k = m;
			lower = 3;
			continue;
		}
		/*
		 * "trưởng đoàn kiểm tra, giám sát số 16 của Ban Chấp hành Trung
		 * ương", "Hội đồng Thi đua, Khen thưởng tỉnh": one pair
		 * (gb_comma_pairs), its comma inside the name
		 */
		if (tok_punct(d, k, ',') && k - start >= 2 && (m = comma_pair_end(d, k - 2)) > k)
		{
			k = m;
			continue;
		}
		/* in a heading all in capitals, the verb shows only by its word */
		if (caps && (gb_dict_match(d, k, CAT_ROLE | CAT_TITLESTOP, NULL) > 0))
			break;
		/*
		 * After "Huyện ủy", "tỉnh" a place's name comes first: two syllables
		 * there are a place ("Huyện ủy Cao Phong"), longer runs a name.
		 */
		/* "Bí thư huyện ủy Phát biểu tại hội nghị": a verb capitalized by mistake, no place */
		if (after_head && gb_dict_match(d, k, CAT_ROLE, NULL) > 1 && gb_word_upper(d, k))
			break;
		/*
		 * "Chủ tịch UBND phường Báo cáo kết quả": after a level, a verb's
		 * syllable capitalized before a lower-case one is no place's name
		 * (those capitalize every syllable)
		 */
		if (after_level && gb_word_upper(d, k) && gb_match_exact(d, k, CAT_TITLESTOP, NULL) == 1 &&
			gb_word_lower(d, k + 1) && !tok_has(d, k + 1, T_NL))
			break;
		/* a cell's unit in lower case, its number or name after it: cell_unit_end() */
		if (k >= 2 && tok_is(d, k - 1, "bo") && tok_is(d, k - 2, "chi") && gb_word_lower(d, k) &&
			(m = cell_unit_end(d, k, &place)) > k)
		{
			k = m;
			level = place;
			continue;
		}
		/*
		 * "Viện trưởng Viện Khoa học xã hội vùng Nam Bộ": a region in lower
		 * case, then its capitalized name, read as a place's (stop 34 R7)
		 */
		if (k > start && tok_is(d, k, "vung") && gb_word_lower(d, k) && gb_word_upper(d, k + 1) &&
			!tok_has(d, k + 1, T_NL) && gb_exact_any(d, k, "vùng"))
		{
			k++;
			place = true;
			continue;
		}
		/* "Chủ tịch UBND huyện đảo Lý Sơn": the district's kind, then its name */
		if (after_level && gb_word_lower(d, k) && (m = level_kind_end(d, k)) > k)
		{
			k = m;
			place = level = true;
			continue;
		}
		/*
		 * "Bí thư Quận ủy Q.2", "Huyện ủy H.Hưng Nguyên", "Đảng ủy P.9": the
		 * level after a committee abbreviated to its letter (quận, huyện,
		 * phường), the dot glued to the number or the place's name
		 */
		if (d->tok[k].len == 1 && k > start && (tok_is(d, k - 1, "uy") || abbrev_body_before(d, k)) &&
			(m = abbrev_level(d, k)) > k)
		{
			k = m;
			continue;
		}
		n = gb_name_at(d, k, true, caps);
		/*
		 * "Bí thư T.Ư Đoàn Lê Văn A": "Đoàn" after "Trung ương" is the body
		 * (Trung ương Đoàn) when a full name with its surname follows;
		 * "Ủy viên Trung ương Đoàn Văn A" is a person named Đoàn
		 */
		if (n > 2 && k > start && central_doan(d, k, caps))
		{
			k++;
			continue;
		}
		if (after_head && n == 2 && !province_level_before(d, k))
		{
			k += 2;
			continue;
		}
		if (after_lone && n >= 4 && lone_place_syllable(d, k, n, caps))
		{
			k++;
			continue;
		}
		/*
		 * "Ủy viên TVTU": a standing committee shortened as its member's
		 * title, the body after "Ủy viên" (probe 59 G3)
		 */
		/*
		 * "Ủy viên TV Huyện ủy": the same spaced, "TV" read here as the
		 * body's first word, not as the title "TV Huyện ủy" (stop 36 W8)
		 */
		if (k == start && tok_has(d, k, T_ALLCAPS) && tok_is(d, k - 1, "vien") && tok_is(d, k - 2, "uy") &&
			(gb_exact_any(d, k, gb_standing_abbrevs) ||
			 (tok_is(d, k, "tv") && gb_dict_match(d, k, CAT_TITLE, NULL) == 3)))
		{
			k++;
			continue;
		}
		if (tok_has(d, k, T_NL) || n > 0 ||
			(title_head(d, k, &head) > 0 && gb_word_upper(d, head) && !names_body(d, k)) ||
			gb_honorific_at(d, k, &h) > 0)
			break;
		/*
		 * "Phó Giám đốc phụ trách Sở Tư pháp": in_charge_body(); "Phó Chủ
		 * tịch Thường trực Hội đồng lý luận Trung ương": unit_noun_name(),
		 * after "Thường trực" too
		 */
		if (post_bare(d, start, k) &&
			(((tok_is(d, k, "phu") || (tok_punct(d, k, ',') && tok_is(d, k + 1, "phu"))) &&
			  (m = in_charge_body(d, k, caps, group, dept)) > k) ||
			 (m = unit_noun_name(d, k, caps)) > k))
		{
			k = m;
			continue;
		}
		/* "Thứ trưởng Bộ quốc phòng": a department's name in sentence case */
		if ((m = gb_dept_name_end(d, k, caps)) > k)
		{
			k = m;
			continue;
		}
		/*
		 * "Hiệu trưởng trường Đại học Vinh": a school's "trường" in lower
		 * case before its capitalized kind reads as "Trường" (stop 43,
		 * probe az AZ4)
		 */
		if ((!gb_word_lower(d, k) ||
			 (k == start && tok_is(d, k, "truong") && gb_word_upper(d, k + 1) && !tok_has(d, k + 1, T_NL) &&
			  gb_exact_any(d, k, "trường"))) &&
			(m = gb_dict_match(d, k, CAT_BODYHEAD, &ph)) > 0 && (m > 1 || !gb_word_lower(d, k)))
		{
			bool		unsure;
			int			named,
						w;

			if ((n = known_lower_body(d, k, m)) > m)
			{
				k += n;
				continue;
			}
			/* the name after the head, asked once for both tests below */
			named = gb_word_lower(d, k) || tok_is(d, k, "truong") ?
				gb_name_at(d, k + m, true, caps) : 0;
			/*
			 * "giảng viên trường Chính trị Nguyễn Văn Linh và các học
			 * viên": in lower case, a person's name after the school's
			 * kind with no level after it is the school's name or the
			 * principal's, unsure; the title stops before "trường"
			 */
			unsure = gb_word_lower(d, k) && named >= 3;
			k += m;
			place = true;
			/*
			 * "Trường Chính trị Nguyễn Văn Linh tỉnh Hưng Yên": a school
			 * named after a person, the name read as the school's when
			 * a level and its capitalized place follow it (stop 43, probe
			 * az AZ4); "Hiệu trưởng Trường Chính trị Nguyễn Văn A phát
			 * biểu" names the principal
			 */
			if (tok_is(d, k - m, "truong") && named >= 3 &&
				(w = title_word(d, k + named, &ph)) > 0 && ph->aux == TW_LEVEL &&
				gb_word_lower(d, k + named) && gb_word_upper(d, k + named + w) &&
				!tok_has(d, k + named, T_NL))
			{
				k += named;
				place = false;
			}
			else if (unsure)
			{
				k -= m;
				break;
			}
			continue;
		}
		if (!gb_word_lower(d, k) && (m = gb_dict_match(d, k, CAT_BODY, NULL)) > 0)
		{
			k += m;
			continue;
		}
		if (tok_has(d, k, T_NUM) && (gb_unit_number(d, k) || steering_number(d, k)))
		{
			k++;
			continue;
		}
		/*
		 * "Bí thư huyện đoàn", "Bí thư thành đoàn": a level's Youth Union
		 * committee in lower case, not the level alone; not "đoàn kết",
		 * "đoàn viên" (probe 59 G4)
		 */
		if (tok_is(d, k + 1, "doan") && gb_word_lower(d, k) && gb_word_lower(d, k + 1) &&
			!tok_is(d, k + 2, "ket") && !tok_is(d, k + 2, "vien") &&
			gb_dict_may_match(d, k, CAT_LOWERBODY) && (m = lower_body(d, k)) == 2)
		{
			k += m;
			continue;
		}
		/*
		 * A level capitalized after "và" or a dash, before a lower-case
		 * syllable, is a word's first syllable: "Sở Lao động - Thương binh
		 * và Xã hội", "Ban Văn hóa - Xã hội"
		 */
		if ((m = title_word(d, k, &ph)) > 0 &&
			(ph->aux != TW_BAN || tok_is(d, k - 1, "ban")) &&
			!(ph->aux == TW_LEVEL && m == 1 && gb_word_upper(d, k) &&
			  (tok_is(d, k - 1, "va") || tok_punct(d, k - 1, '-')) && lower_syllable(d, k + 1)))
		{
			k += m;
			place = level = (ph->aux == TW_LEVEL);
			/* "Sở Giao thông vận tải": a department's word goes on as any */
			if (ph->aux == TW_CAPS && lower_syllable(d, k))
			{
				k++;
				if (lower_syllable(d, k) && (joins_title(d, k + 1) || title_stop(d, k + 1)))
					k++;
			}
			continue;
		}
		if (tok_is(d, k, "khoa") && (tok_has(d, k + 1, T_ROMAN) || tok_has(d, k + 1, T_NUM)))
		{
			k += 2;
			continue;
		}
		/*
		 * "Trưởng Ban Bầu cử đơn vị bầu cử số 1": the constituency an
		 * election board is of, by its number (stop 40, probe am AM5)
		 */
		if (k >= start + 2 && tok_is(d, k, "don") && tok_is(d, k - 1, "cu") && tok_is(d, k - 2, "bau") &&
			gb_exact_words(d, k, 5, "đơn vị bầu cử số") && tok_has(d, k + 5, T_NUM) &&
			!tok_has(d, k + 1, T_NL) && !tok_has(d, k + 2, T_NL) && !tok_has(d, k + 3, T_NL) &&
			!tok_has(d, k + 4, T_NL) && !tok_has(d, k + 5, T_NL))
		{
			k += 6;
			continue;
		}
		/*
		 * "Ủy viên dự khuyết Trung ương Đảng khóa 13": a term in digits
		 * after "khóa" read with the body's words, no dangling "khóa" in
		 * the post (stop 40, probe am AM5)
		 */
		if (k > start && tok_has(d, k, T_NUM) && tok_is(d, k - 1, "khoa") && gb_exact_any(d, k - 1, "khóa"))
		{
			k++;
			continue;
		}
		/*
		 * "Trưởng Tiểu ban Điều lệ Đảng Đại hội đại biểu toàn quốc lần thứ
		 * XIV của Đảng": a congress's ordinal, part of its name (probe 48 G8)
		 */
		if (tok_is(d, k, "lan") && (m = congress_ordinal_end(d, start, k)) > k)
		{
			k = m;
			continue;
		}
		/* "Phó Cụm trưởng Cụm thi đua các tỉnh miền Trung": the cluster's members */
		if (tok_is(d, k, "cac") && (m = cluster_members(d, k, caps)) > k)
		{
			k = m;
			continue;
		}
		/*
		 * A group's name in sentence case: "Trưởng đoàn kiểm tra số 7 của
		 * Ban Bí thư", "Trưởng Tiểu ban văn kiện Đại hội"; a few words, up
		 * to the sentence's verb.
		 */
		/*
		 * "Phó Trưởng ban Thường trực Ban Chỉ đạo cải cách tư pháp": a
		 * steering committee named after the post's own words, its task
		 * read as a group's name is (stop 32 L4)
		 */
		if (!group && !caps && k >= start + 3 && tok_is(d, k - 1, "dao") && gb_word_lower(d, k) &&
			tok_is(d, k - 2, "chi") && tok_is(d, k - 3, "ban") && gb_word_upper(d, k - 3))
			group = true;
		if ((group || (dept && k > start)) && gb_word_lower(d, k))
		{
			/* "số 7", "Cụm thi đua số III" */
			if (tok_is(d, k, "so") && (tok_has(d, k + 1, T_NUM) || tok_has(d, k + 1, T_ROMAN)))
			{
				k += 2;
				continue;
			}
			/*
			 * "Tổ trưởng Tổ công tác giúp việc thực hiện Kế hoạch số
			 * 12-KH/TU của Ban Thường vụ Tỉnh ủy": a working group named,
			 * as a steering committee is, by the document it carries out
			 * (steering_task()); its verbs alone may be the sentence's
			 * (stop 29 D8)
			 */
			if (group && k > start && !caps &&
				(m = task_run(d, k, caps, false)) > k)
			{
				k = m;
				lower = 3;
				continue;
			}
			/*
			 * "Trưởng Đoàn công tác cán bộ Trung ương": a noun of two
			 * syllables (CAT_NAMENOUN) is one word of the name, counted
			 * once (stop 29 D2)
			 */
			if (lower < 3 && ((gb_dict_may_match(d, k, CAT_NAMENOUN) &&
							   gb_dict_match(d, k, CAT_NAMENOUN, NULL) == 2) || verb_as_noun(d, k)) &&
				gb_word_lower(d, k + 1) && !tok_has(d, k + 1, T_NL))
			{
				k += 2;
				lower++;
				continue;
			}
			/*
			 * "Tổ trưởng Tổ Công tác ... Tỉnh ủy Lào Cai trực tiếp chỉ đạo",
			 * "Trưởng Ban Chỉ đạo Tây Nguyên thường xuyên theo dõi": an
			 * adverb of two words or more opens the predicate, no word of
			 * the group's name (probe 50 G5)
			 */
			if (lower < 3 && !title_stop(d, k) && gb_dict_match(d, k, CAT_ROLE, NULL) == 0 &&
				!(gb_dict_may_match(d, k, CAT_ADVERB) && gb_dict_match(d, k, CAT_ADVERB, NULL) > 1) &&
				!degree_before_verb(d, k))
			{
				k++;
				lower++;
				continue;
			}
			/*
			 * "Trưởng Ban chỉ đạo liên ngành an toàn thực phẩm tỉnh": a
			 * longer name when a level ends it
			 */
			if (lower == 3 && (m = group_name_to_level(d, k)) > k)
			{
				k = m;
				lower++;
				continue;
			}
		}
		/*
		 * "Chủ tịch nước Cộng hòa xã hội chủ nghĩa (XHCN) Việt Nam", "Đảng
		 * ủy Khối Cơ quan-Doanh nghiệp (CQ-DN) tỉnh"; the parenthesis
		 * tested here before the call, as the hyphen below
		 */
		if (tok_punct(d, k, '(') && (m = gb_paren_abbrev(d, k)) > k)
		{
			k = m;
			continue;
		}
		/*
		 * "Vụ trưởng Vụ Tổ chức cán bộ (Bộ Y tế) Nguyễn Hồng Sơn": the
		 * unit's parent body in brackets, a name right after them; the
		 * title runs on to the name (stop 43, probe ba BA1)
		 */
		if (k > start && !caps && tok_punct(d, k, '(') && (m = paren_parent_end(d, k)) > k)
		{
			k = m;
			continue;
		}
		/*
		 * "Khối CQ-DN", "Hội đồng Thi đua - Khen thưởng", "Ban TG&DV": a
		 * hyphen or an ampersand inside the body's name
		 */
		if (!caps && k > start && (tok_punct(d, k, '-') || tok_punct(d, k, '&')) &&
			gb_name_hyphen(d, k))
		{
			k++;
			continue;
		}
		if (!caps && k > start && tok_punct(d, k, '-') && joint_agency(d, k))
		{
			k++;
			continue;
		}
		/* "Bí thư Đảng ủy phường Xuân Hương - Đà Lạt": a ward's merged name, whole */
		if (!caps && k > start && tok_punct(d, k, '-') && (m = gb_merged_place_end(d, k)) > k)
		{
			k = m;
			continue;
		}
		/*
		 * "Bộ Khoa học & Công nghệ": a spaced ampersand for "và" before a
		 * capitalized word that is no name or position
		 */
		if (!caps && k > start && tok_punct(d, k, '&') && tok_has(d, k, T_SPACE) &&
			tok_has(d, k + 1, T_SPACE) && !tok_has(d, k + 1, T_NL) && gb_word_upper(d, k + 1) &&
			gb_name_at(d, k + 1, true, caps) == 0 && title_head(d, k + 1, &head) == 0 &&
			gb_honorific_at(d, k + 1, &h) == 0)
		{
			k++;
			continue;
		}
		if (k > start && tok_punct(d, k, ',') &&
			(dept_comma(d, k, caps) || (dept && level_comma(d, k)) || delegation_comma(d, k)))
		{
			k++;
			continue;
		}
		/* "Ủy ban Khoa học, công nghệ và môi trường của Quốc hội" */
		if (k > start && (tok_punct(d, k, ',') || tok_is(d, k, "va")) &&
			(m = field_list_end(d, start, k, caps)) > k)
		{
			k = m;
			continue;
		}
		/* "Ủy viên Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh" */
		if (tok_is(d, k, "cac") && (m = steering_objects(d, k, caps)) > k)
		{
			k = m;
			continue;
		}
		/* "Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực" */
		if (tok_is(d, k, "ve") && (m = steering_subject(d, start, k)) > k)
		{
			k = m;
			continue;
		}
		/* "Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương" */
		if (k > start && tok_punct(d, k, ',') && tok_is(d, k + 2, "doan") &&
			(m = gb_front_unions_comma(d, k)) > k)
		{
			k = m;
			continue;
		}
		/* "Hội đồng Lý luận, phê bình ...": council_comma(); "Ban Văn hóa, Xã hội HĐND tỉnh": caps_fields_end() */
		if (k > start && tok_punct(d, k, ',') &&
			((m = council_comma(d, k, caps)) > k || (!caps && (m = caps_fields_end(d, start, k)) > k)))
		{
			k = m;
			continue;
		}
		if (!caps && (k == start + 2 || k == start) && tok_punct(d, k, ',') && standing_post_comma(d, start, k))
		{
			k++;
			continue;
		}
		/* "Phó Trưởng Phòng Đoàn thể và các Hội", no level before it */
		if (k > start && !after_level && tok_is(d, k, "va") && (m = assoc_group_end(d, k)) > k)
		{
			k = m;
			continue;
		}
		/* "Phó Bí thư Đảng ủy MTTQ và các đoàn thể tỉnh": front_unions_end() */
		if (k > start && !after_level && tok_is(d, k, "va") && (m = front_unions_end(d, k)) > k)
		{
			k = m;
			continue;
		}
		/* "Tổ trưởng Tổ xây dựng Đề án và dự thảo Nghị quyết": drafted_doc() */
		if (group && k > start && tok_is(d, k, "va") && drafted_doc(d, k))
		{
			k += 3;
			continue;
		}
		/*
		 * "Ủy ban Quốc phòng và An ninh của Quốc hội"; a group's "Trưởng Ban
		 * Chỉ đạo của Thành ủy" at once
		 */
		if ((k > start || (group && tok_is(d, k, "cua"))) &&
			(tok_is(d, k, "va") || tok_is(d, k, "cua")) && gb_word_lower(d, k) &&
			gb_word_upper(d, k + 1) && !tok_has(d, k + 1, T_NL) &&
			gb_name_at(d, k + 1, true, caps) == 0 && title_head(d, k + 1, &head) == 0 &&
			gb_honorific_at(d, k + 1, &h) == 0 && gb_skip_rank(d, k + 1) == k + 1 &&
			!person_noun(d, k + 1))
		{
			k++;
			continue;
		}
		/* "Trưởng đoàn Đoàn đại biểu Quốc hội của tỉnh": of_level() */
		if (k > start && tok_is(d, k, "cua") && of_level(d, k))
		{
			k++;
			continue;
		}
		/* "Bí thư Chi bộ cơ quan Ủy ban MTTQ tỉnh": agency_of_unit() */
		if (!caps && tok_is(d, k, "co") && agency_of_unit(d, k))
		{
			k += 2;
			continue;
		}
		/* "Ủy viên trung ương đảng", "Chủ tịch ủy ban nhân dân tỉnh": a body in lower case */
		if (gb_word_lower(d, k) && gb_dict_may_match(d, k, CAT_LOWERBODY) &&
			(m = lower_body(d, k)) > 0)
		{
			k += m;
			continue;
		}
		if (gb_word_upper(d, k))
		{
			/*
			 * "Phó Bí thư Tỉnh ủy ẢNH: VIỆT HÀ": a photo's credit glued to
			 * the caption's title is no word of it (stop 35 T10)
			 */
			if (tok_punct(d, k + 1, ':') && tok_is(d, k, "anh") && gb_exact_any(d, k, "Ảnh"))
				break;
			k++;
			/* a place's first syllable after its level: lone_place_syllable() */
			lone = (after_level || (after_head && tok_is(d, k - 2, "uy"))) && !lower_syllable(d, k);
			placed = after_level ? 1 : after_placed > 0 ? after_placed + 1 : 0;
			/*
			 * One lower-case syllable completes a word ("Nội vụ"), a verb
			 * does not; a second one ("Cựu chiến binh") only when what
			 * follows reads on as a title, or is a verb.  An abbreviation
			 * ("báo cáo viên TW truyền đạt") is a word of its own.  A
			 * place's name after its level capitalizes every syllable: two
			 * capitalized are a whole one, a lower-case word after them is
			 * the predicate's ("Phó Chủ tịch HĐND huyện Vĩnh Lợi vi phạm
			 * trong việc ...", probe 101 AI4); after one, "huyện Vĩnh lợi",
			 * a slip of case, it is still the place's.
			 */
			if (lower_syllable(d, k) && !(tok_has(d, k - 1, T_ALLCAPS) && d->tok[k - 1].flen > 1) &&
				placed < 2)
			{
				k++;
				/* "Sở Chỉ huy phòng, chống dịch": the verb pair is read at the loop's top */
				if (lower_syllable(d, k) && (joins_title(d, k + 1) || title_stop(d, k + 1)) &&
					!(tok_is(d, k, "phong") && prevent_run(d, k) > k))
					k++;
				else if (gb_word_lower(d, k) && gb_dict_may_match(d, k, CAT_NAMENOUN))
					k = name_noun_end(d, k);
			}
			continue;
		}
		/* "Công ty CP than Hà Lầm": the company's trade, then its name */
		if (k > start && (m = company_trade(d, k, caps)) > k)
		{
			k = m;
			place = true;
			continue;
		}
		/* "Đảng Nhân dân cách mạng Lào": a party's name, then its country's */
		if (k - 3 >= start && gb_word_lower(d, k) && tok_is(d, k - 3, "dang") &&
			(m = party_name_tail(d, k, start, caps)) > k)
		{
			k = m;
			continue;
		}
		/*
		 * "Chánh Văn phòng Điều phối nông thôn mới tỉnh": the last syllable
		 * of a fixed term whose first ones the title took, no adverb
		 */
		if (k - 2 > start && name_noun_last(d, k))
		{
			k++;
			continue;
		}

		/*
		 * "Hội đồng thi đua, khen thưởng Bộ CHQS tỉnh", "Hội đồng Thi đua,
		 * Khen thưởng tỉnh": two fields a comma apart, one name, from its
		 * first word (from its comma: above)
		 */
		if (k > start && tok_punct(d, k + 2, ',') && (m = comma_pair_end(d, k)) > k)
		{
			k = m;
			continue;
		}
		/*
		 * "Trưởng Phòng nội vụ huyện", "Phó Trưởng phòng tư pháp huyện": the
		 * room's field in lower case right after the post that names the
		 * room ("Văn phòng" too), up to its level (stop 30 F7)
		 */
		if (k == start && k >= 2 && tok_is(d, k - 1, "phong") &&
			(tok_is(d, k - 2, "truong") || tok_is(d, k - 2, "van")) && gb_word_lower(d, k) &&
			!tok_has(d, k, T_NL) && (m = room_field_end(d, k)) > k)
		{
			k = m;
			continue;
		}
		/*
		 * "Chủ tịch Hội Văn học nghệ thuật tỉnh", "Giám đốc Bệnh viện đa
		 * khoa tỉnh", "Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh": a body's
		 * name that runs on in lower case, as pages write it, up to its
		 * level (probe 53 G3, probe 54 G1)
		 */
		if (k > start && gb_word_lower(d, k) && !tok_has(d, k, T_NL) &&
			(m = group_name_to_level(d, k)) > k)
		{
			k = m;
			continue;
		}
		/* "Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh": longer, a committee's field */
		if (k > start && gb_word_lower(d, k) && !tok_has(d, k, T_NL) && !tok_is(d, k, "va") &&
			(m = field_list_end(d, start, k, caps)) > k)
		{
			k = m;
			continue;
		}
		break;
	}
	/*
	 * "Cụm trưởng Cụm thi đua số 2 năm 2025", "Trưởng Khối thi đua ...
	 * tỉnh năm 2025": the words of a name read on over "năm", the year
	 * after it not; the year dates the post, as a term does
	 * (gb_title_term_end()), and ends it before its "năm" (probe 58 G6)
	 */
	if (k - 1 > start && tok_is(d, k - 1, "nam") && is_year(d, k) && gb_word_lower(d, k - 1))
		k--;
	return k;
}

/*
 * Whether capitalized titles after the comma or dash at e (gb_title_sep(),
 * which the caller has tested) run up to a name: "Phó thủ tướng, Bộ
 * trưởng Bộ Ngoại giao Bùi Thanh Sơn" from after "Phó thủ tướng".  Out of
 * line, seldom called.
 */
static __attribute__((noinline)) bool
chain_to_name(const GbDoc *d, int e, bool caps)
{
	GbTitleChain c;
	int			end;

	if (!gb_word_upper(d, e + 1) ||
		(end = gb_parse_chain(d, e + 1, caps, &c)) == e + 1)
		return false;
	return gb_name_follows(d, end, caps);
}

/*
 * "Các Phó Bí thư mới là A, B", "Các Phó Chủ tịch hiện nay gồm A, B": the
 * time of a post at k, in lower case, then "là" or "gồm" before its
 * holders (probe 57 G1).  Returns where "là" or "gồm" stands, or k.
 */
int
gb_post_time_end(const GbDoc *d, int k)
{
	int			n;

	/* most words have neither "là" nor "gồm" one or two words after them */
	if (!(tok_is(d, k + 1, "la") || tok_is(d, k + 2, "la") || tok_is(d, k + 1, "gom") ||
		  tok_is(d, k + 2, "gom")) || !gb_word_lower(d, k))
		return k;
	if ((n = gb_listed_phrase_at(d, k, gb_post_times)) == 0 || tok_has(d, k + n, T_NL) ||
		!gb_exact_any(d, k + n, "là|gồm"))
		return k;
	return k + n;
}

/* "các", "những" at k: a class of persons follows, not one. */
static inline bool
plural_word(const GbDoc *d, int k)
{
	return (tok_is(d, k, "cac") || tok_is(d, k, "nhung")) && gb_exact_any(d, k, "các|những");
}

/*
 * A title in lower case ending at e stands before a name: e, else i.  So it
 * does before "kiêm" and another title ("Phó bí thư kiêm Chủ tịch UBND
 * xã"), or before "là" and the name of the one who holds it ("Phó bí thư
 * thường trực là ông A").  So it does at the head of a chain of
 * capitalized titles that a name ends, "Phó thủ tướng, Bộ trưởng Bộ Tài
 * chính Hồ Đức Phớc", as tabloids write a Deputy Prime Minister's post
 * (probe 54 G8); not a class of persons, "các phó chủ tịch, ...".  Out of
 * line, seldom called.
 */
static __attribute__((noinline)) int
lower_title_before_name(const GbDoc *d, int i, int e, bool caps)
{
	const char *h;
	int			k;

	if (gb_name_follows(d, e, caps))
		return e;
	if (tok_is(d, e, "kiem"))
		return gb_titles_follow(d, e, caps) ? e : i;
	if (gb_title_sep(d, e) && !(i > 0 && plural_word(d, i - 1)) && chain_to_name(d, e, caps))
		return e;
	/* "Các Phó chủ tịch hiện tại là A, B, C": past the post's time (probe 57 G1) */
	k = gb_post_time_end(d, e);
	if (tok_is(d, k, "la") && gb_exact_any(d, k, "là") && !tok_has(d, k + 1, T_NL) &&
		gb_name_at(d, k + 1 + gb_honorific_at(d, k + 1, &h), true, caps) > 0)
		return e;
	return i;
}

/*
 * "Phó Giám đốc phụ trách Sở Tư pháp", "Phó Bí thư phụ trách Tỉnh đoàn": a
 * post with no body of its own, "in charge of" the body named after it;
 * that name, read as a title's, goes with it.  "Phó Chủ tịch Thường trực
 * phụ trách điều hành UBND tỉnh": after "Thường trực" too, the duty "điều
 * hành" before the body.  "Phó Chủ nhiệm Thường trực, phụ trách Ủy ban
 * Kiểm tra Tỉnh ủy": a comma before it too, the post having no body yet
 * (probe 63 G6); a post with its body ends at the comma ("Phó Chủ tịch
 * UBND tỉnh, phụ trách khối văn xã").  k: "phụ trách" or the comma before
 * it, right after a post with no body yet (post_bare()).  Returns the
 * body's end, or k when no body's name (no person, position or honorific)
 * is read there.  Out of line, seldom called.
 */
static __attribute__((noinline)) int
in_charge_body(const GbDoc *d, int k, bool caps, bool group, bool dept)
{
	int			head,
				e,
				p = tok_punct(d, k, ',') ? k + 1 : k,
				b = p + 2;
	const char *h;

	if (!tok_is(d, p + 1, "trach") || !gb_word_lower(d, p) || tok_has(d, p, T_NL) ||
		tok_has(d, p + 1, T_NL) || tok_has(d, b, T_NL) || !gb_exact_words(d, p, 2, "phụ trách"))
		return k;
	/* "điều hành" */
	if (gb_word_lower(d, b))
	{
		if (!gb_exact_words(d, b, 2, "điều hành") || tok_has(d, b + 2, T_NL))
			return k;
		b += 2;
	}
	if (!gb_word_upper(d, b) || gb_name_at(d, b, true, caps) > 0 || title_head(d, b, &head) > 0 ||
		gb_honorific_at(d, b, &h) > 0)
		return k;
	e = complement(d, b, caps, group, dept);
	return e > b ? e : k;
}

/*
 * "Phó Chủ tịch – Tổng Thư ký UBTƯ MTTQ Việt Nam": a bare position
 * (nothing after its head) joined by a dash to "Tổng Thư ký" of a body is
 * one post, the body both's, as a reader takes it; no bare "Phó Chủ tịch".
 * So is one joined by "kiêm", "Phó Chủ tịch kiêm Tổng Thư ký Ủy ban T.Ư
 * MTTQ Việt Nam" (stop 40 AO7), a chairman's post and the secretary's
 * of one body; "Bí thư kiêm Chủ tịch UBND xã", "Bí thư kiêm Tổng Thư ký
 * Hội X", posts of two bodies, keep two.
 * t0, e: the bare title.  Returns the joined post's end, or e.  Out of
 * line, seldom called.
 */
static __attribute__((noinline)) int
dashed_secretary_end(const GbDoc *d, int t0, int e, bool caps)
{
	int			head,
				e2;

	if (tok_has(d, e + 1, T_NL) || !tok_is(d, e + 1, "tong") || title_head(d, t0, &head) != e - t0 ||
		!gb_word_upper(d, head) || !gb_exact_words(d, e + 1, 3, "Tổng Thư ký") ||
		(e2 = gb_title_at(d, e + 1, caps)) <= e + 4)
		return e;
	return e2;
}

/*
 * Whether token k is a syllable of a word of gb_unit_compounds, with the
 * syllable before it or after it: "phòng" of "Văn phòng", "khoa" of "Khoa
 * học".
 */
static bool
unit_compound(const GbDoc *d, int k)
{
	int			i;

	for (i = 0; gb_unit_compounds[i] != NULL; i += 2)
		if ((tok_is(d, k - 1, gb_unit_compounds[i]) && tok_is(d, k, gb_unit_compounds[i + 1])) ||
			(tok_is(d, k, gb_unit_compounds[i]) && tok_is(d, k + 1, gb_unit_compounds[i + 1])))
			return true;
	return false;
}

/*
 * Whether token k opens the name of an institution's unit: "Khoa",
 * "Phòng", "Trung tâm", "Viện", "Ban", capitalized or in the position
 * ("Trưởng phòng Tổng hợp"); no "Văn phòng", "Học viện", "Khoa học"
 * (gb_unit_compounds), "khóa XIII", nor "Ủy viên".  Inside a title the
 * folded syllable is the word, but for "viên".
 */
static bool
sub_unit_at(const GbDoc *d, int k)
{
	/* "Trưởng phòng", "Trưởng khoa", "Phó trưởng ban": the unit in the position */
	if (!tok_has(d, k, T_UPPER) && !tok_is(d, k - 1, "truong"))
		return false;
	if (tok_is(d, k, "khoa"))
		return !unit_compound(d, k) && !tok_has(d, k + 1, T_ROMAN) && !tok_has(d, k + 1, T_NUM);
	if (tok_is(d, k, "phong"))
		return !unit_compound(d, k);
	if (tok_is(d, k, "vien"))
		return tok_has(d, k, T_UPPER) && !unit_compound(d, k) && gb_exact_any(d, k, "Viện");
	return tok_is(d, k, "ban") || (tok_is(d, k, "trung") && tok_is(d, k + 1, "tam"));
}

/*
 * Whether the unit's name in [k, e) holds a level ("Ban Dân vận Tỉnh ủy",
 * "Phòng Nội vụ huyện") or the centre's "Trung ương": it is whole then.
 */
static bool
unit_has_level(const GbDoc *d, int k, int e)
{
	const GbPhrase *ph = NULL;

	for (; k < e; k++)
		if ((gb_dict_may_match(d, k, CAT_TITLEWORD) && title_word(d, k, &ph) > 0 && ph->aux == TW_LEVEL) ||
			(tok_is(d, k, "trung") && tok_is(d, k + 1, "uong")))
			return true;
	return false;
}

/*
 * "Vụ trưởng Vụ Địa phương I, Ban Tổ chức T.Ư": a Vụ or a Cục is a
 * department of a central board or ministry, which the body after a comma
 * names; without it the department is ambiguous, so it goes with the
 * title.  So is a unit of an institution, a Khoa, Phòng, Trung tâm, Viện
 * or Ban whose name holds no level of its own ("Trưởng Khoa Xây dựng
 * Đảng, Học viện Chính trị khu vực 3", "Trưởng phòng Tổng hợp, Văn phòng
 * Thành ủy"); "Trưởng Ban Dân vận Tỉnh ủy" is whole.  So is a grade of
 * staff with no body of its own (grade), "Chuyên viên cao cấp, Ban Tổ
 * chức Trung ương", "Báo cáo viên cao cấp, Ban Tuyên giáo Trung ương"
 * (probe 61 G4).  A Vụ's or a Cục's parent may follow a dash too, the
 * house style of many portals ("Vụ trưởng Vụ Chính sách đối ngoại - Bộ
 * Ngoại giao", probe 64 G4); the title is written with a comma then
 * (gb_dept_parent_dash()).  t0, e: the title.  Returns the parent body's
 * end, or e.  Out of line, seldom called.
 */
/*
 * "Phó Trưởng Ban công tác phía Nam, Ủy ban Trung ương MTTQ Việt Nam Phạm
 * Thanh Tuyền": the parent body after the comma at e, read to b, runs on
 * into the name of the one who holds the title, which a body's capitalized
 * words may take for a place's; the body ends where a full name of three
 * or four syllables ends it (stop 31 I6).  Returns the body's end.
 */
static int
parent_before_name(const GbDoc *d, int e, int b, bool caps)
{
	int			j;

	for (j = b - 4; j <= b - 3; j++)
		if (j > e + 2 && gb_word_upper(d, j) && gb_name_at(d, j, true, caps) == b - j)
			return j;
	return b;
}

static __attribute__((noinline)) int
dept_parent_end(const GbDoc *d, int t0, int e, bool caps, bool grade)
{
	const GbPhrase *ph = NULL;
	const char *name;
	bool		dept = grade,
				sub = false;
	int			k,
				b;

	if (tok_has(d, e + 1, T_NL) || !gb_word_upper(d, e + 1))
		return e;
	if (!dept)
		dept = first_dept_word(d, t0, e) >= 0;
	/* after a dash only a Vụ's or a Cục's parent (probe 64 G4) */
	if (tok_punct(d, e, '-') && (grade || !dept))
		return e;
	/* a unit's word with its name after it: no bare "Trưởng ban" */
	for (k = t0; k + 1 < e && !dept && !sub; k++)
		sub = sub_unit_at(d, k);
	if (!dept && (!sub || unit_has_level(d, k, e)))
		return e;
	if (gb_title_at(d, e + 1, caps) > e + 1 || gb_name_at(d, e + 1, true, caps) > 0)
		return e;
	b = gb_parse_body(d, e + 1, &name);
	/*
	 * "Học viện Chính trị khu vực 3", "Trường Chính trị tỉnh": an
	 * institution, no Party or state body, read as a title's body
	 */
	if (b <= e + 2 && (!dept || grade) && gb_agency_at(d, e + 1, &ph) > 0 && ph->aux == 0)
		b = complement(d, e + 1, caps, false, false);
	b = parent_before_name(d, e, b, caps);
	return b > e + 2 ? b : e;
}

/*
 * "Phó bí thư chi bộ": a capitalized "Phó" at i before a head in lower case
 * whose phrase, ending at e, holds its body ("bí thư chi bộ", a post as
 * "Bí thư chi bộ" is): a post, as with the head capitalized (stop 32 K6).
 */
static bool
vice_over_cell(const GbDoc *d, int i, int head, int e)
{
	return head > i && e - head > 2 && gb_word_upper(d, i) &&
		gb_dict_match(d, e - 2, CAT_BODY | CAT_BODYHEAD, NULL) == 2;
}

/*
 * "Đại tá A, Phó Chính ủy, Bộ Chỉ huy Quân sự tỉnh B", "Phó Giám đốc,
 * Công an tỉnh B": a deputy's post written bare, its unit set off by a
 * comma, as army and police reports write it; the unit is the post's as a
 * grade's body is (stop 35 V10).  Only a deputy's: a head's bare post
 * before a body is most often a list of the posts he holds.
 */
static bool
bare_vice(const GbDoc *d, int i, int head)
{
	return head == i + 1 && tok_is(d, i, "pho") && gb_word_upper(d, i);
}

/*
 * "Vụ trưởng vụ địa phương 2, Văn phòng Trung ương Đảng", "Trưởng phòng
 * tổ chức cán bộ, Sở Nội vụ": a head that names its own unit ("Vụ
 * trưởng", "Cục trưởng", "Trưởng phòng"), the unit's field after it in
 * lower case, the unit noun repeated when the head ends with "trưởng".
 * The head's own unit word is what makes it safe: a bare lower-case
 * "vụ" or "phòng" is most often a plain word.  The field ends at a
 * comma before the unit's parent body, or (the repeated noun) at a
 * clause's mark; a room's field before its level is room_field_end()'s
 * (stop 42, probe au AU6).  head, e: the position's head and end.
 * Returns the title's end, or e.  Out of line, seldom called.
 */
static __attribute__((noinline)) int
own_unit_field_end(const GbDoc *d, int i, int head, int e, bool caps)
{
	int			k = e,
				j,
				p;
	bool		repeated;

	if (e != head + 2 || !gb_word_upper(d, i) || tok_has(d, e, T_NL))
		return e;
	repeated = (tok_is(d, head, "vu") || tok_is(d, head, "cuc")) && tok_is(d, head + 1, "truong") &&
		tok_is(d, e, tok_is(d, head, "vu") ? "vu" : "cuc") && gb_word_lower(d, e);
	if (repeated)
		k = e + 1;
	else if (!tok_is(d, head, "truong") || !tok_is(d, head + 1, "phong") || !gb_word_lower(d, e))
		return e;
	/*
	 * "tổ chức cán bộ", "địa phương": the unit's field, no verb nor ward
	 * ("phường") here
	 */
	for (j = k; j < k + 6 && !tok_has(d, j, T_NL);)
		if (((tok_is(d, j, "to") && tok_is(d, j + 1, "chuc")) ||
			 (tok_is(d, j, "dia") && tok_is(d, j + 1, "phuong"))) &&
			gb_word_lower(d, j) && gb_word_lower(d, j + 1) && !tok_has(d, j + 1, T_NL))
			j += 2;
		else if (dept_lower_word(d, j))
			j++;
		else
			break;
	if (j == k)
		return e;
	/* "vụ địa phương 2", "vụ địa phương II": the unit's number */
	if ((tok_has(d, j, T_NUM) || tok_has(d, j, T_ROMAN)) && !tok_has(d, j, T_NL))
		j++;
	if (tok_punct(d, j, ',') && (p = dept_parent_end(d, i, j, caps, true)) > j)
		return p;
	if (repeated && (j >= d->ntok || tok_has(d, j, T_NL) || tok_punct(d, j, ';') ||
					 tok_punct(d, j, '.') || tok_punct(d, j, ',')))
		return j;
	return e;
}

/*
 * A title at i: [Phó|Quyền|nguyên] position complement.  Returns its end,
 * or i.  m and ph are the longest CAT_TITLE phrase at i, not 0.
 *
 * Reporters often write the position in lower case ("Phó bí thư", "Phó chủ
 * tịch HĐND huyện", "trưởng Ban Dân vận").  Such a title names a post only
 * when a word after its head is capitalized, the body it heads: "phó bí
 * thư các chi bộ", "các trưởng ban" are prose; or right before a name
 * ("phó chủ tịch thường trực Lê Văn A").
 */
static int
title_end_from(const GbDoc *d, int i, bool caps, int m, const GbPhrase *ph)
{
	int			head,
				k,
				e,
				unit;
	bool		group;

	m = title_head_from(d, i, m, ph, &head, &ph);
	if (m == 0)
		return i;
	/* "PCT.UBND xã": the dot of a shortened position goes on to its body */
	if (tok_punct(d, i + m, '.') && glued_dot(d, i + m))
		m++;
	for (k = i + 1; k < i + m; k++)
		if (tok_has(d, k, T_NL))
			return i;
	group = ph->aux == 2;
	/*
	 * "Giảng viên khoa Lý luận cơ sở, Trường Chính trị tỉnh", "Chuyên viên
	 * phòng Tổ chức, ...": a grade's unit written in lower case before its
	 * capitalized name is the title's as "Trưởng khoa Lý luận" is (probe as
	 * AS10), its parent after the comma as a grade's
	 */
	unit = ph->aux == TITLE_GRADE && !tok_has(d, i + m, T_NL) && !tok_has(d, i + m + 1, T_NL) &&
		gb_word_upper(d, i + m + 1) && gb_exact_any(d, i + m, "khoa|phòng") && !unit_compound(d, i + m);
	e = complement(d, i + m + unit, caps, group, ph->aux == 3);
	if (e == i + m + unit)
		e = i + m;
	/* "CT.": a position shortened with a dot needs its body */
	if (e == i + m && tok_punct(d, e - 1, '.'))
		return i;
	if (e == i + m && (tok_punct(d, e, '-') ||
					   (tok_is(d, e, "kiem") && gb_exact_any(d, e, "kiêm") &&
						tok_is(d, head, "chu") && tok_is(d, head + 1, "tich"))))
		e = dashed_secretary_end(d, i, e, caps);
	if (e == i + m && (k = own_unit_field_end(d, i, head, e, caps)) > e)
		return k;
	if (tok_punct(d, e, ',') && (k = committee_place_slip(d, e, caps)) > e)
		return k;
	if (gb_word_upper(d, head) || vice_over_cell(d, i, head, i + m))
		return tok_punct(d, e, ',') || tok_punct(d, e, '-') ?
			dept_parent_end(d, i, e, caps, (ph->aux == TITLE_GRADE || bare_vice(d, i, head)) &&
							(e == i + m || unit)) : e;
	/*
	 * a capital inside the head's phrase names its body only when words
	 * of the body follow: "trưởng Ban Dân vận" is a post, "làm trưởng
	 * Đoàn đã có buổi làm việc" the delegation's leader named in prose,
	 * as "làm trưởng đoàn" is (probe ah AH10)
	 */
	for (k = head + 1; k < e && e > i + m; k++)
		if (gb_word_upper(d, k))
			return tok_punct(d, e, ',') || tok_punct(d, e, '-') ?
				dept_parent_end(d, i, e, caps, false) : e;
	/* "Phó chính ủy, Bộ Chỉ huy quân sự tỉnh B": its unit makes it a post */
	if (e == i + m && tok_punct(d, e, ',') && bare_vice(d, i, head) &&
		(k = dept_parent_end(d, i, e, caps, true)) > e)
		return k;
	return lower_title_before_name(d, i, e, caps);
}

/*
 * A title at i (title_end_from()), after the group pre-checks gb_title_at()
 * made.  Most words that pass them start no title ("Bộ Chính trị", "Tỉnh
 * ủy"): the first look-up tells, before any other work.
 */
int
gb_title_end(const GbDoc *d, int i, bool caps)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match_group(d, i, CAT_TITLE, &ph);

	return m > 0 ? title_end_from(d, i, caps, m, ph) : i;
}

/*
 * A title in lower case at i with words after its head, and no plural
 * after them ("bí thư huyện ủy", not "bí thư các chi bộ"): its end, else
 * i.  The end of a head alone, with no words after it, goes to *bare
 * (i else).
 */
static int
lower_title_words_end(const GbDoc *d, int i, bool caps, int *bare)
{
	int			head,
				m,
				k,
				e;
	const GbPhrase *ph = NULL;

	*bare = i;
	if ((m = title_head_phrase(d, i, &head, &ph)) == 0)
		return i;
	for (k = i + 1; k < i + m; k++)
		if (tok_has(d, k, T_NL))
			return i;
	e = complement(d, i + m, caps, ph->aux == 2, ph->aux == 3);
	if (e == i + m)
	{
		*bare = e;
		return i;
	}
	return plural_word(d, e) ? i : e;
}

/*
 * A title all in lower case at i where a title stands, after a person's
 * name and a comma or dash, which gb_title_end() turned down: a title too
 * when words follow its head ("Lê Văn A – phó bí thư thường trực, ..."),
 * unless a plural follows ("bí thư các chi bộ"); or alone before another
 * title, in capitals or in lower case ("A – tỉnh ủy viên, bí thư huyện
 * ủy"); or alone at the clause's end when it names its committee ("đồng
 * chí A, tỉnh ủy viên.", probe 55 G9).  Returns its end, or i.
 */
int
gb_placed_lower_title(const GbDoc *d, int i, bool caps)
{
	int			bare,
				next,
				e = lower_title_words_end(d, i, caps, &bare);

	if (e > i || bare == i)
		return e;
	/*
	 * "Lê Văn A – phó bí thư- chủ tịch UBND huyện": the position alone is
	 * a title when another title follows it in the list
	 */
	if (gb_title_sep(d, bare) &&
		(gb_title_at(d, bare + 1, caps) > bare + 1 ||
		 lower_title_words_end(d, bare + 1, caps, &next) > bare + 1))
		return bare;
	if (gb_member_head(d, i, bare) &&
		(bare >= d->ntok || tok_has(d, bare, T_NL) || tok_punct(d, bare, ',') ||
		 tok_punct(d, bare, '.') || tok_punct(d, bare, ';') || tok_punct(d, bare, ')')))
		return bare;
	return i;
}

bool
gb_title_sep(const GbDoc *d, int i)
{
	/* "UVTV_ Chủ nhiệm UBKT Quận ủy": an underscore typed for a dash (probe aa AA5) */
	if (tok_punct(d, i, ',') || tok_punct(d, i, '-') || tok_punct(d, i, '_'))
		return !tok_has(d, i + 1, T_NL);
	/* "Phó Bí thư kiêm Chủ tịch UBND xã": "kiêm" joins the posts one holds */
	return tok_is(d, i, "kiem") && gb_word_lower(d, i) && !tok_has(d, i, T_NL) &&
		!tok_has(d, i + 1, T_NL) && gb_exact_any(d, i, "kiêm");
}

/*
 * The titles after the first, [i, e), separated by commas or dashes: c
 * holds them all.  Returns the end.
 */
static int
chain_rest(const GbDoc *d, int i, int e, bool caps, GbTitleChain *c)
{
	int			k;

	c->t0[0] = i;
	c->t1[0] = e;
	c->n = 1;
	k = e;
	while (c->n < MAX_CHAIN)
	{
		/* a comma or a dash between titles, or none: "Bí thư Tỉnh ủy Chủ tịch ..." */
		if (gb_title_sep(d, k) && (e = gb_title_at(d, k + 1, caps)) > k + 1)
			k++;				/* e is the title at k now */
		/* "Phó Chủ tịch Ủy ban MTTQ xã, kiêm Chủ tịch Hội ...": so "kiêm" (stop 35 T3) */
		else if (gb_title_sep(d, k) && tok_is(d, k + 1, "kiem") && gb_title_sep(d, k + 1) &&
				 (e = gb_title_at(d, k + 2, caps)) > k + 2)
			k += 2;
		else
			e = -1;
		if (tok_has(d, k, T_NL))
			break;
		if (e < 0)
			e = gb_title_at(d, k, caps);
		if (e == k)
			break;
		c->t0[c->n] = k;
		c->t1[c->n] = e;
		c->n++;
		k = e;
	}
	return k;
}

/* Titles separated by commas or dashes, from i.  Returns the end, or i. */
int
gb_chain_end(const GbDoc *d, int i, bool caps, GbTitleChain *c)
{
	int			e = gb_title_at(d, i, caps);

	c->n = 0;
	return e == i ? i : chain_rest(d, i, e, caps, c);
}

/* gb_chain_end() where the longest CAT_TITLE phrase at i is m words long (ph), m > 0. */
int
gb_chain_from(const GbDoc *d, int i, bool caps, GbTitleChain *c, int m, const GbPhrase *ph)
{
	int			e = title_end_from(d, i, caps, m, ph);

	c->n = 0;
	return e == i ? i : chain_rest(d, i, e, caps, c);
}

/*
 * An abbreviation the gazetteer does not know, inside a list of titles
 * ("XYZW Tỉnh ủy"): an all-capital word of two letters or more (dotted
 * parts joined, "UV.TW") and the body after it.  Returns its end, or i.
 * In a heading all in capitals it cannot be told.
 */
int
gb_abbrev_title_end(const GbDoc *d, int i, bool caps)
{
	int			k = i + 1;

	if (caps || i >= d->ntok || !tok_has(d, i, T_WORD) || !tok_has(d, i, T_ALLCAPS) ||
		tok_has(d, i, T_NL) || d->tok[i].flen < 2 || tok_has(d, i, T_ROMAN))
		return i;
	while (k + 1 < d->ntok && tok_punct(d, k, '.') && !tok_has(d, k, T_SPACE) &&
		   !tok_has(d, k + 1, T_SPACE) && tok_has(d, k + 1, T_ALLCAPS))
		k += 2;
	return complement(d, k, caps, false, false);
}

/*
 * A standing committee written as a list item of titles, its member's
 * post with "Ủy viên" left out: "Ban TVĐU", "BTV Huyện ủy", "BTVHU", "Ban
 * Thường vụ Huyện ủy" (stop 31 L-E9).  The head, then the committee: in
 * the head's letters ("TVĐU") or after it.  Returns its end, or i.
 */
int
gb_standing_item_end(const GbDoc *d, int i, bool caps)
{
	int			head,
				e;

	if (caps || i + 1 >= d->ntok || tok_has(d, i, T_NL) || !gb_word_upper(d, i))
		return i;
	if (tok_has(d, i, T_ALLCAPS) && d->tok[i].flen >= 3 && memcmp(tok_fold(d, i), "btv", 3) == 0)
		head = d->tok[i].flen > 3 ? 0 : 1;
	else if (!tok_is(d, i, "ban") || tok_has(d, i + 1, T_NL))
		return i;
	else if (tok_is(d, i + 1, "thuong") && tok_is(d, i + 2, "vu") && gb_word_upper(d, i + 1))
		head = 3;
	else if (tok_has(d, i + 1, T_ALLCAPS) && d->tok[i + 1].flen >= 2 &&
			 memcmp(tok_fold(d, i + 1), "tv", 2) == 0)
		head = d->tok[i + 1].flen > 2 ? 0 : 2;
	else
		return i;
	e = complement(d, i, caps, false, false);
	return e > i + head ? e : i;
}

/*
 * An item of a list of titles that opens with a position's prefix but
 * names no position, a word of it mistyped or left out ("Phó Bí Thành
 * ủy" for "Phó Bí thư Thành ủy"): a prefix spelled so ("Phó", "Quyền"),
 * then up to five capitalized words, each with perhaps a lower-case
 * syllable, no name or honorific.  Returns its end, or i; the caller passes it over when a
 * title follows, as no title, so that those after it stay the person's.
 */
int
gb_prefix_item_end(const GbDoc *d, int i, bool caps)
{
	const GbPhrase *ph = NULL;
	const char *h;
	int			j,
				n;

	if (caps || !gb_word_upper(d, i) || tok_has(d, i, T_NL) || !gb_dict_may_match(d, i, CAT_TITLE) ||
		gb_dict_match(d, i, CAT_TITLE, &ph) != 1 || ph->aux != 1 || !spelled_exactly(d, i, 1, ph))
		return i;
	for (j = i + 1, n = 0; n < 5 && gb_word_upper(d, j) && !tok_has(d, j, T_NL) &&
		 gb_name_at(d, j, true, caps) == 0 && gb_honorific_at(d, j, &h) == 0; n++)
	{
		j++;
		if (lower_syllable(d, j))
			j++;
	}
	return n > 0 ? j : i;
}

/* Whether a name follows a title ending at e: "... Trung ương – Phạm Minh Chính". */
bool
gb_name_follows(const GbDoc *d, int e, bool caps)
{
	if (tok_punct(d, e, '-') || tok_punct(d, e, ':'))
		e++;
	e = gb_skip_rank(d, e);
	return gb_name_at(d, e, true, caps) > 0;
}
