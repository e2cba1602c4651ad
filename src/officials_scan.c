/*
 * officials_scan.c
 *	  The scan for persons: where one may start, and the shapes read there.
 *
 * gb_off_chunk() passes over the tokens that cannot start a person (most
 * of them, two at a time) and reads a person at each of the others
 * (scan_at()): after an honorific, a title before a name, in lower case
 * too, a list after a colon, an appointment.  Apart as the one loop over
 * the text; the shapes of lists and of titles after a name are in
 * officials_lists.c and officials_posts.c.
 */
#include "officials_int.h"

/* ---- finding persons --------------------------------------------------- */

/*
 * "có nguyên Phó Chủ tịch nước A", "; nguyên Bí thư Thành ủy B": a title
 * in capitals right after the lower-case "nguyên" (former) is the former
 * post, the prefix part of it, as a reader takes it; the person is no
 * current holder.  So is "cựu", the press's word for it (probe-bh BH1).  The chain parsed from i starts one word back then.
 * from is where the scan may look back to, past what it has taken.
 */
static void
former_prefix(const GbDoc *d, int i, int from, GbTitleChain *c)
{
	if (c->n > 0 && c->t0[0] == i && i - 1 >= from &&
		(tok_is(d, i - 1, "nguyen") || tok_is(d, i - 1, "cuu")) &&
		gb_word_lower(d, i - 1) && !tok_has(d, i, T_NL) && gb_exact_any(d, i - 1, "nguyên|cựu"))
		c->t0[0] = i - 1;
}

/*
 * "Thay mặt Thủ tướng Chính phủ, Phó Thủ tướng A trao ...": the post right
 * after "thay mặt" (on behalf of) is the one represented, as its body is
 * in "Thay mặt Ban Thường vụ, A phát biểu"; the posts after the comma are
 * A's own.  The chain read from i loses its first post then (probe-bg
 * BG2).  A name right after the post ("thay mặt Chủ tịch nước Nguyễn Xuân
 * Phúc") is the one represented, with the post his: left as it is.
 */
static void
represented_post(const GbDoc *d, int i, GbTitleChain *c)
{
	int			k;

	if (c->n < 2 || c->t0[0] != i || i < 2 || !tok_is(d, i - 2, "thay") || !tok_is(d, i - 1, "mat") ||
		!tok_punct(d, c->t1[0], ',') || !gb_exact_any(d, i - 1, "mặt"))
		return;
	for (k = 1; k < c->n; k++)
	{
		c->t0[k - 1] = c->t0[k];
		c->t1[k - 1] = c->t1[k];
	}
	c->n--;
}

/*
 * "Dự hội nghị có Trần Văn Minh, Phó Bí thư ...": a name right after "có"
 * (there is) opens the list of those present as after a colon, honorific or
 * not; it is taken only with its titles after it.
 */
static inline bool
after_co(const GbDoc *d, int i)
{
	return i > 0 && tok_is(d, i - 1, "co") && !tok_has(d, i, T_NL) && gb_exact_any(d, i - 1, "có");
}

/*
 * "lệnh bắt bị can để tạm giam đối với Nguyễn Đức Chung, Phó bí thư thành
 * ủy, ...": a name right after "đối với" (towards), the accused or the
 * disciplined one of criminal and discipline news written without an
 * honorific; taken, as after "có", only with its titles after it (stop
 * 44, probe bc BC12).  Out of line: asked only at a surname.
 */
static __attribute__((noinline)) bool
after_doi_voi(const GbDoc *d, int i)
{
	return i > 1 && tok_is(d, i - 1, "voi") && tok_is(d, i - 2, "doi") && !tok_has(d, i, T_NL) &&
		!tok_has(d, i - 1, T_NL) && gb_exact_any(d, i - 2, "đối") && gb_exact_any(d, i - 1, "với");
}

/*
 * The rest of a list "các đồng chí: A, ...; đại diện lãnh đạo các sở; B,
 * ...": an item with no name in it is passed over, and the persons after
 * it are still under the honorific.  k is where the names stopped.  An
 * item may be a whole clause ("đồng chí A, ..., được Bộ Chính trị chỉ
 * định tham gia Ban Chấp hành ... và giới thiệu để bầu giữ chức Bí thư
 * ... nhiệm kỳ 2020 – 2025; B – ...").
 */
#define LIST_ITEM		64		/* tokens in an item passed over */

/* The next ";" from k in the same sentence, or -1. */
static int
next_semicolon(const GbDoc *d, int k)
{
	int			x;

	for (x = k; x < d->ntok && x - k < LIST_ITEM; x++)
	{
		if (tok_punct(d, x, ';'))
			return x;
		if (x > k && (tok_has(d, x, T_NL) || gb_break_at(d, x)))
			break;
	}
	return -1;
}

static int	after_honorific(GbOffState *st, const GbDoc *d, int i, int m, const char *honorific);
/*
 * Whether a name with its known surname and its titles after it starts at
 * i: "Lê Văn Bình, Trưởng Ban Dân vận Tỉnh ủy".  Its length, or 0.
 */
static int
titled_name_at(const GbDoc *d, int i, bool caps)
{
	int			n;

	if (!gb_dict_may_match(d, i, CAT_SURNAME) || (n = gb_name_at(d, i, true, caps)) == 0)
		return 0;
	return gb_titles_follow(d, i + n, caps) ? n : 0;
}

/*
 * "các đồng chí: A, ...; cán bộ Ban Tổ chức Tỉnh ủy, B, Trưởng Ban ...;
 * C, ...": an item naming a group, no one, run on with a comma into the
 * next person's, his name and titles.  Where that name starts inside the
 * item at k, or k.  Out of line, called only on an item that named no
 * one.
 */
static __attribute__((noinline)) int
titled_name_in_item(const GbDoc *d, int k, bool caps)
{
	for (int x = k; x < d->ntok && x - k < LIST_ITEM; x++)
	{
		if (tok_punct(d, x, ';') || (x > k && (tok_has(d, x, T_NL) || gb_break_at(d, x))))
			break;
		if (x > k && tok_punct(d, x, ',') && titled_name_at(d, x + 1, caps) > 0)
			return x + 1;
	}
	return k;
}


/*
 * An item of a list that is a group of its own, at k: "các đồng chí Ủy
 * viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng: A; B", "các Ủy viên Ban
 * Thường vụ: A, B", or titles alone before a colon, "Ủy viên Bộ Chính
 * trị: A; B"; the members are under the list's honorific.  Returns its
 * end, or k when it names no one.
 */
static int
group_item(GbOffState *st, const GbDoc *d, int k, const char *honorific, bool caps)
{
	const char *h = NULL;
	int			m,
				e,
				p = k,
				r = k,
				nmen = st->nmen;
	GbTitleChain c;

	if (tok_is(d, k, "cac") || tok_is(d, k, "nhung"))
		p = k + 1;
	/* not "các đồng chí: ...", a list of its own: no list is read inside another's */
	if (p > k && (m = gb_honorific_at(d, p, &h)) > 0 && !tok_punct(d, p + m, ':'))
		r = after_honorific(st, d, p, m, h);
	else if ((e = gb_parse_chain(d, p, caps, &c)) > p && tok_punct(d, e, ':'))
		r = names_after_chain(st, d, &c, e, honorific, p, true, caps);
	return st->nmen > nmen ? r : k;
}

/*
 * An item of a list opened by a colon at k, "có các đồng chí: Nguyên Tổng
 * Bí thư A; Ủy viên Bộ Chính trị, Chủ tịch nước B; nguyên Ủy viên Bộ Chính
 * trị, nguyên Chủ tịch nước: C, D; ...": a group of its own, names with
 * their titles after them, or titles before a name, read as the scan
 * reads them anywhere (scan_at()) so that a group later in the list does
 * not pass over them.  Returns its end, or k when it names no one.
 */
static int
list_item(GbOffState *st, const GbDoc *d, int k, const char *honorific, int t0, bool caps)
{
	GbTitleChain c;
	int			r = group_item(st, d, k, honorific, caps),
				e;

	if (r == k)
		r = name_list(st, d, k, honorific, NULL, t0, false, caps);
	e = r == k ? gb_parse_chain(d, k, caps, &c) : k;
	/*
	 * "các đồng chí: Phó Bí thư Tỉnh ủy, Trần Văn B, Trưởng Ban ...": the
	 * post is B's, B under the list's honorific
	 */
	if (e > k && honorific && post_opens_item(d, k, e, caps) &&
		(r = name_list(st, d, e + 1, honorific, &c, k, true, caps)) == e + 1)
		r = k;
	if (r == k && e > k && !tok_punct(d, e, ':') &&
		(r = names_after_chain(st, d, &c, e, NULL, k, true, caps)) == e)
		r = k;
	if (r == k && (e = titled_name_in_item(d, k, caps)) > k)
		r = name_list(st, d, e, honorific, NULL, e, true, caps);
	return r;
}

static int
colon_list_rest(GbOffState *st, const GbDoc *d, int k, const char *honorific, bool caps)
{
	int			pos = k,
				skipped = 0;

	for (;;)
	{
		/* to the next ";", past an item's tail not read ("... của tỉnh;") */
		int			x = next_semicolon(d, pos),
					r;

		if (x < 0)
			return k;
		r = list_item(st, d, x + 1, honorific, x + 1, caps);
		if (r > x + 1)
		{
			k = pos = r;
			skipped = 0;
		}
		else if (skipped++ > 0)
			return k;			/* two items with no name: the list is over */
		else
			pos = x + 1;
	}
}

/* "các nhân sự" right before c: a plural noun of persons. */
static bool
list_noun_before(const GbDoc *d, int c)
{
	int			m;

	for (m = 1; m <= 3; m++)
		if (gb_word_lower(d, c - m) && gb_dict_may_match(d, c - m, CAT_LISTNOUN) &&
			gb_dict_match(d, c - m, CAT_LISTNOUN, NULL) == m && plural_before(d, c - m))
			return true;
	return false;
}

/*
 * "có đồng chí là Trần Văn A, Phó Chủ tịch UBND huyện": a "là" at j
 * between a singular honorific and the name, the title after a comma or
 * dash (stop 29 A4).  Returns the name's start, or j.
 */
static int
name_after_la(const GbDoc *d, int j, bool caps)
{
	int			n;

	if (!tok_is(d, j, "la") || !gb_word_lower(d, j) || tok_has(d, j + 1, T_NL) ||
		!gb_exact_any(d, j, "là") || (n = gb_name_at(d, j + 1, true, caps)) == 0 ||
		!(tok_punct(d, j + 1 + n, ',') || tok_punct(d, j + 1 + n, '-')))
		return j;
	return gb_placed_title_at(d, j + 2 + n, caps) > j + 2 + n ? j + 1 : j;
}

#define LOWER_BACK		5		/* lower-case words of a title before a capital */

/*
 * "hai phó bí thư là ông A (Chủ tịch HĐND tỉnh) và ông B (...)": a post in
 * lower case, counted by a number or its word before it, "là" at i - 1,
 * then the honorific at i; each of as many names as counted holds it, as
 * "Hai Phó Bí thư là ..." gives it (names_after_chain(); stop 42 AU4).  The
 * post as written, its body when the text names one.  Returns the list's
 * end, or i.  Out of line, seldom called: at an honorific after "là".
 */
static __attribute__((noinline)) int
counted_lower_post(GbOffState *st, const GbDoc *d, int i)
{
	GbTitleChain c;
	int			b,
				c0,
				k;

	for (b = i - 2; b >= 1 && b >= i - 1 - LOWER_BACK && gb_word_lower(d, b) &&
		 !tok_has(d, b + 1, T_NL); b--)
	{
		c0 = b - new_post_word(d, b - 1);
		if (!(gb_dict_masks[d->tok[b].grp] & CAT_TITLE) || tok_has(d, b, T_NL) ||
			!(tok_has(d, c0 - 1, T_NUM) || gb_count_word_at(d, c0 - 1) >= 2))
			continue;
		if (!gb_dict_may_match(d, b, CAT_TITLE) || gb_parse_chain(d, b, false, &c) != i - 1)
			return i;
		k = names_after_chain(st, d, &c, i - 1, NULL, b, true, false);
		return k > i - 1 ? k : i;
	}
	return i;
}

/* After "đồng chí", "ông", "bà" (or "anh", "chị") at i (m tokens). */
static int
after_honorific(GbOffState *st, const GbDoc *d, int i, int m, const char *honorific)
{
	bool		plural = plural_before(d, i);
	/*
	 * "ĐỒNG CHÍ" in a heading; "Đ/c" is no heading, nor "ĐC" before a
	 * name in sentence case (stop 36 Y8)
	 */
	bool		caps = tok_has(d, i, T_ALLCAPS) && d->tok[i].flen > 1 &&
		(d->tok[i].flen > 2 || tok_has(d, i + m, T_ALLCAPS));
	int			j = i + m,
				n,
				e,
				k,
				comma;
	GbTitleChain c;
	const char *h2;

	/*
	 * "các ông bà: A, B", "các ông, bà: A, B": an honorific of both sexes
	 * tells no one's (probe ap AP5); the list read as any other
	 */
	comma = tok_punct(d, j, ',');
	if (plural && tok_is(d, j + comma, "ba") && strcmp(honorific, "ông") == 0 &&
		gb_honorific_at(d, j + comma, &h2) == 1 && strcmp(h2, "bà") == 0)
	{
		j += 1 + comma;
		honorific = gb_both_sexes;
	}
	if (tok_punct(d, j, ':'))
	{
		/*
		 * "có các đồng chí: A - ...; B - ...", "có các đồng chí: các Ủy
		 * viên Bộ Chính trị: A, B; C - ...": the first item as any other
		 */
		k = list_item(st, d, j + 1, honorific, i, caps);
		/*
		 * "các đồng chí: lãnh đạo Ủy ban kiểm tra tỉnh ủy; A, tỉnh ủy
		 * viên; B, ...": an item with no name is one item, the list
		 * goes on after it as after any other
		 */
		return colon_list_rest(st, d, k, honorific, caps);
	}
	if (plural)
	{
		/* "các đồng chí A, B" or "các đồng chí Phó Chủ tịch: A, B" */
		k = name_list(st, d, j, honorific, NULL, i, false, caps);
		if (k > j)
			return k;
		e = gb_parse_chain(d, j, caps, &c);
		if (e > j && tok_punct(d, e, ':'))
			return names_after_chain(st, d, &c, e, honorific, i, true, caps);
		/*
		 * "các đồng chí Phó Thủ tướng Lê Minh Khái, Chủ tịch Ủy ban Trung
		 * ương MTTQ Việt Nam Đỗ Văn Chiến": each item a title and a name.
		 */
		k = e > j ? names_after_chain(st, d, &c, e, honorific, i, true, caps) : e;
		while (k > e && (tok_punct(d, k, ',') || tok_punct(d, k, ';') || tok_is(d, k, "va")))
		{
			int			r;

			e = gb_parse_chain(d, k + 1, caps, &c);
			if (e == k + 1 || (r = names_after_chain(st, d, &c, e, honorific, k + 1, true, caps)) == e)
				break;
			k = r;
		}
		return k > e ? k : e;
	}
	/* "hai phó bí thư là ông A (...) và ông B (...)" */
	if (tok_is(d, i - 1, "la") && !tok_has(d, i, T_NL) && gb_exact_any(d, i - 1, "là") &&
		gb_word_lower(d, i - 2) && (k = counted_lower_post(st, d, i)) > i)
		return k;
	j = name_after_la(d, gb_skip_rank(d, j), caps);
	/* two syllables, no third capital after them: maybe a short form */
	if ((n = gb_name_at(d, j, false, caps)) == 2 && !gb_word_upper(d, j + 2) &&
		coref_tail(st, d, i, j, 2))
		return j + 2;
	if (n > 0 || (n = gb_slip_name_len(d, j, caps)) > 0)
		return name_list(st, d, j, honorific, NULL, i, false, caps);
	e = gb_parse_chain(d, j, caps, &c);
	if (e > j)
	{
		k = names_after_chain(st, d, &c, e, honorific, i, false, caps);
		if (k > e)
			return k;
		coref_title(st, d, &c, i, e, true);
		return e;
	}
	if (gb_name_syllable(d, j, caps) && !gb_word_upper(d, j + 1))
		coref_tail(st, d, i, j, 1);
	return j;
}

/*
 * "báo cáo viên", "giảng viên" in lower case right before i; so "đảng
 * viên", a member named as "đồng chí" names one ("trao Huy hiệu 60 năm
 * tuổi Đảng cho đảng viên Nguyễn Thị A, nguyên Bí thư Tỉnh ủy"; probe 101
 * AI5), kept out of the list nouns: "các đảng viên" is no speaker's role
 * and "kết nạp đảng viên mới" names no one.
 */
static bool
role_noun_before(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			m;

	if (tok_has(d, i, T_NL))
		return false;
	if (i >= 2 && tok_is(d, i - 1, "vien") && tok_is(d, i - 2, "dang") && !tok_has(d, i - 1, T_NL) &&
		gb_exact_words(d, i - 2, 2, "đảng viên"))
		return true;
	/* two or three syllables: "đại biểu", "báo cáo viên" */
	for (m = 2; m <= 3 && i - m >= 0 && gb_word_lower(d, i - m) && !tok_has(d, i - m + 1, T_NL); m++)
		if (gb_dict_may_match(d, i - m, CAT_LISTNOUN) &&
			gb_dict_match(d, i - m, CAT_LISTNOUN, &ph) == m && ph->aux == LISTNOUN_ROLE)
			return true;
	return false;
}

/*
 * A name's posts in brackets after it at e, "Dương Thị Thu Hiền (nguyên Uỷ
 * viên BTV Tỉnh uỷ, nguyên Trưởng ban ...)": as a comma and titles do, they
 * tell a person where his posts would (probe bh BH5).
 */
static bool
titles_in_brackets(const GbDoc *d, int e, bool caps)
{
	return tok_punct(d, e, '(') && !tok_has(d, e + 1, T_NL) && gb_title_at(d, e + 1, caps) > e + 1;
}

/*
 * "báo cáo viên Trần Văn A, Phó Trưởng Ban ...", "đảng viên A (nguyên Bí
 * thư Tỉnh ủy)": the person after a speaker's role, the name followed by
 * its titles; returns the end, or i.  Out of line, seldom called.
 */
static __attribute__((noinline)) int
role_noun_person(GbOffState *st, const GbDoc *d, int i)
{
	int			n;

	if (!role_noun_before(d, i) || (n = gb_name_at(d, i, true, false)) == 0 ||
		!(gb_titles_follow(d, i + n, false) || titles_in_brackets(d, i + n, false)))
		return i;
	return name_list(st, d, i, NULL, NULL, i, true, false);
}

/*
 * A title written in lower case before a name, "trưởng Ban Dân vận Thành
 * ủy Lê Quang Vinh", "phó chủ tịch UBND tỉnh ...", seen from its first
 * capitalized word at i, the body it heads: its head is one of the few
 * lower-case words before i (none before from, where the scan resumed).  Taken only with
 * the name after it: alone, such words are prose ("các trưởng ban").
 * Returns the end, or i.
 */

static int
lower_title(GbOffState *st, const GbDoc *d, int i, int from)
{
	int			b,
				e,
				k,
				first = -1;
	GbTitleChain c;

	/* one look at each word's group; most capitals have no title before */
	for (b = i - 1; b >= from && b >= i - LOWER_BACK && gb_word_lower(d, b); b--)
	{
		if (gb_dict_masks[d->tok[b].grp] & CAT_TITLE)
			first = b;
		if (tok_has(d, b, T_NL))
			break;
	}
	/* the longest title: a shorter one inside it ends where it ends */
	for (b = first; b >= 0 && b < i; b++)
	{
		if (!gb_dict_may_match(d, b, CAT_TITLE))
			continue;
		e = gb_parse_chain(d, b, false, &c);
		if (e <= i)
			continue;
		/*
		 * "... cùng các đồng chí là ủy viên Ban Chấp hành Đảng bộ" / "ĐC
		 * A - Bí thư ...": a title in lower case inside a sentence takes
		 * no name from the next line, a line end kept hard by unwrap.c
		 * (stop 36 Y8)
		 */
		if (plural_before(d, b) || tok_has(d, e, T_NL))
			return i;
		k = names_after_chain(st, d, &c, e, NULL, b, true, false);
		return k > e ? k : i;
	}
	return i;
}

/*
 * "4 Phó bí thư gồm bà: A (...), ông B (...), bà C và ông D": a post in
 * sentence case at i, counted by the number before it, then its members
 * after "gồm": the class each one holds, as "4 Phó Bí thư gồm" is (stop
 * 40 AL3); prose ("2 phó bí thư chi bộ") has no capital and no "gồm".
 * Its end in c, or i.  Out of line: only after a number.
 */
static __attribute__((noinline)) int
counted_class(const GbDoc *d, int i, GbTitleChain *c)
{
	int			m,
				k,
				head;

	/*
	 * "Phó", "Quyền": a prefix, the position after it; the head as any
	 * title's, no surname that folds as a post ("2 Trương khoa gồm")
	 */
	if (!gb_word_upper(d, i) || tok_has(d, i, T_NL) || (m = gb_title_head(d, i, &head)) < 2)
		return i;
	for (k = i + 1; k <= i + m; k++)
		if (tok_has(d, k, T_NL) || (k < i + m && !gb_word_lower(d, k)))
			return i;
	if (!tok_is(d, i + m, "gom") || !gb_exact_any(d, i + m, "gồm"))
		return i;
	c->n = 1;
	c->t0[0] = i;
	c->t1[0] = i + m;
	return i + m;
}

/*
 * A grade of staff in lower case at k, its name after it, "giảng viên
 * cao cấp Nguyễn Toàn Thắng", after a degree and a comma at t0: the
 * person, and where to go on; else t0.  Out of line: only after a degree.
 */
static __attribute__((noinline)) int
grade_before_name(GbOffState *st, const GbDoc *d, int k, int t0, bool caps)
{
	const GbPhrase *ph = NULL;
	GbTitleChain c;
	int			e,
				r;

	if (!gb_dict_may_match(d, k, CAT_TITLE) || gb_dict_match(d, k, CAT_TITLE, &ph) == 0 ||
		ph->aux != TITLE_GRADE || (e = gb_parse_chain(d, k, caps, &c)) == k ||
		(r = names_after_chain(st, d, &c, e, NULL, k, true, caps)) == e)
		return t0;
	return r;
}

/*
 * "PGS.TS. Trần Văn Hòa" alone on its line after a blank line, the name
 * ending at e: an article's byline (over an institution line or the text),
 * no official.  A title on the next line makes it a person of the text, as
 * does a line of a list ("Tham dự có:" and a name a line).
 */
static bool
degree_byline(const GbDoc *d, int i, int e, bool caps)
{
	const GbPhrase *ph = NULL;

	if (gb_dict_match(d, i, CAT_RANK, &ph) == 0 || ph->aux != RANK_DEGREE)
		return false;
	if (i > 0 && !tok_has(d, i, T_PARA))
		return false;
	if (e < d->ntok && (!tok_has(d, e, T_NL) || gb_title_at(d, e, caps) > e))
		return false;
	return true;
}

/*
 * "Tổng Biên tập: Trần Văn B" as a line of its own: a page's credit (a staff
 * label of the gazetteer, a colon, a bare name), no person of the meeting.
 * Returns the line's end, or i.  A name with an honorific or titles after
 * it ("Trưởng ban: đồng chí A, Phó Chủ tịch UBND tỉnh") is a report's.
 */
static inline int
staff_credit(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			m,
				n;

	if ((i > 0 && !(d->tok[i].flags & T_NL)) || !gb_dict_may_match(d, i, CAT_DEBRIS) ||
		(m = gb_dict_match(d, i, CAT_DEBRIS, &ph)) == 0 || ph->aux != DEBRIS_STAFF ||
		!tok_punct(d, i + m - 1, ':') || (n = gb_name_at(d, i + m, true, false)) == 0)
		return i;
	n += i + m;

	/*
	 * "Phó Tổng biên tập: Trần Vân Anh, Nguyễn Thị Thu Thủy": the credit
	 * names each deputy, bare names joined by "," or "và" on the same line
	 * (stop 42 AT3); a title after a comma still makes it a report's list.
	 * So a dash between the names, as a masthead in capitals writes them,
	 * "Phó Tổng Biên tập: HUỲNH MINH DÂN - NGUYỄN QUỐC LIÊM" (probe bh BH7).
	 */
	while ((tok_punct(d, n, ',') || tok_punct(d, n, '-') || (tok_is(d, n, "va") && gb_word_lower(d, n))) &&
		   !tok_has(d, n + 1, T_NL) && (m = gb_name_at(d, n + 1, true, false)) > 0)
		n += 1 + m;
	if (tok_punct(d, n, '.') && !tok_has(d, n, T_NL))
		n++;
	return n >= d->ntok || tok_has(d, n, T_NL) ? n : i;
}

#define TAG_BACK		48		/* tokens looked back to a tag line's label */

/*
 * "Tag: Thời sự , Ủy viên Bộ Chính trị , Thủ tướng A , ...", "Từ khóa:
 * ...": a page's tag line, the word at i one of its tags, names no one;
 * its words are topics, the posts in it no one's titles (stop 32 M4).
 * Returns the line's end, or i.  Out of line: asked only of a word after
 * a comma or a colon.
 */
static __attribute__((noinline)) int
tag_line(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			s;

	for (s = i; s > 0 && s > i - TAG_BACK && !tok_has(d, s, T_NL); s--)
		;
	if ((s > 0 && !tok_has(d, s, T_NL)) || !gb_dict_may_match(d, s, CAT_DEBRIS) ||
		gb_dict_match(d, s, CAT_DEBRIS, &ph) == 0 || ph->aux != DEBRIS_TAGS)
		return i;
	return gb_line_end(d, i);
}

/*
 * Whether a position's words at i are inside a body's name begun the word
 * before: "Bộ Tư lệnh Cảnh sát biển, Bộ trưởng ...", "Ban Bí thư" hold no
 * "Tư lệnh", no "Bí thư" of the person named after them.  "Văn phòng Tổng
 * Bí thư", "Văn phòng Chủ tịch nước" are the offices serving a post, no
 * mention of its holder.
 */
static bool
inside_body(const GbDoc *d, int i)
{
	if (i > 1 && gb_word_upper(d, i - 2) && tok_is(d, i - 2, "van") && tok_is(d, i - 1, "phong") &&
		!tok_has(d, i, T_NL) && !tok_has(d, i - 1, T_NL))
		return true;
	return i > 0 && gb_word_upper(d, i - 1) && !tok_has(d, i, T_NL) &&
		gb_dict_match(d, i - 1, CAT_BODY | CAT_BODYHEAD, NULL) > 1;
}

/*
 * Whether a title at i, with no name after it, names an office and no
 * person: "bầu chức danh Bí thư Tỉnh ủy", "được Ban Chấp hành bầu giữ chức
 * vụ Bí thư", or the tail of a post in lower case, "bầu 3 phó Bí thư Tỉnh
 * ủy".  Out of line, seldom called.
 */
static __attribute__((noinline)) bool
office_named(const GbDoc *d, int i)
{
	return i > 0 && gb_word_lower(d, i - 1) && !tok_has(d, i, T_NL) &&
		(gb_exact_any(d, i - 1, gb_office_words) || gb_title_at(d, i - 1, false) > i ||
	/* "bỏ phiếu giới thiệu nhân sự Bí thư, Phó Bí thư Tỉnh ủy" (probe 51 G2) */
		 (i > 1 && tok_is(d, i - 1, "su") && !tok_has(d, i - 1, T_NL) &&
		  gb_exact_words(d, i - 2, 2, "nhân sự")));
}

/*
 * The end of a list of offices going on at e after one named as such
 * (office_named()): "bỏ phiếu giới thiệu nhân sự tái cử Ủy viên Ban Chấp
 * hành Đảng bộ tỉnh, Ban Thường vụ tỉnh ủy, Bí thư, Phó Bí thư tỉnh ủy
 * khóa XV": each post or body after a comma or "và" is an office as the
 * first is, no mention of its holder (probe 51 G2).  One with a name after
 * it ends the list before it.  Out of line, seldom called.
 */
static __attribute__((noinline)) int
offices_named_end(const GbDoc *d, int e, bool caps)
{
	GbTitleChain c;
	int			a,
				m;

	for (m = 0; m < MAX_CHAIN && (tok_punct(d, e, ',') || (tok_is(d, e, "va") && gb_word_lower(d, e))) &&
		 !tok_has(d, e + 1, T_NL); m++)
	{
		/* a body joined: "Ban Thường vụ tỉnh ủy", up to the next comma or "và" */
		if ((a = gb_parse_chain(d, e + 1, caps, &c)) == e + 1 &&
			gb_dict_match(d, e + 1, CAT_BODY | CAT_BODYHEAD, NULL) > 0)
			while (a < e + 8 && tok_has(d, a, T_WORD) && !tok_has(d, a, T_NL) &&
				   !tok_is(d, a, "va") && gb_name_at(d, a, true, caps) == 0)
				a++;
		if (a == e + 1 || gb_name_follows(d, a, caps))
			break;
		e = a;
	}
	return e;
}

/*
 * Bare titles ending at e that go on with "và" and another title:
 * "Tổng Bí thư, Chủ tịch nước và Thủ tướng Chính phủ cũng tham gia
 * Thường vụ ...", offices in general or several persons' posts, no
 * mention of one person; the last title may still have its holder named
 * after it ("... và Thủ tướng Phạm Minh Chính").  Returns where the list
 * ends, or e.  Out of line, called only where no name followed titles.
 */
static __attribute__((noinline)) int
offices_listed(GbOffState *st, const GbDoc *d, int e, bool caps)
{
	GbTitleChain c;
	int			e2;

	if (!tok_is(d, e, "va") || !gb_word_lower(d, e) || tok_has(d, e, T_NL) ||
		tok_has(d, e + 1, T_NL) || (e2 = gb_parse_chain(d, e + 1, caps, &c)) == e + 1)
		return e;
	return names_after_chain(st, d, &c, e2, NULL, e + 1, true, caps);
}

/*
 * "các đại biểu đã bầu A, B, C giữ chức Phó Chủ tịch UBND thành phố",
 * "bổ nhiệm A giữ chức X": names with no honorific after the verb of an
 * election or an appointment in lower case, up to the verb of the post
 * they take, each take it (probe 57 G1); these verbs name the persons
 * bare, others with an honorific.  Not a proposal ("đề nghị bầu A giữ
 * chức X").  Returns the list's end, or i.  Out of line, seldom called:
 * after a word in the groups of "bầu" or "nhiệm".
 */
static __attribute__((noinline)) int
appointed_names(GbOffState *st, const GbDoc *d, int i, bool caps)
{
	int			m,
				n;

	if (!(tok_is(d, i - 1, "bau") || tok_is(d, i - 1, "nhiem")) || tok_has(d, i, T_NL))
		return i;
	for (m = 1; m <= 2 && i - m >= 0; m++)
		if (gb_word_lower(d, i - m) && gb_listed_phrase_at(d, i - m, gb_appoint_verbs) == m)
		{
			if ((n = gb_name_at(d, i, true, caps)) == 0 || !names_take_post(d, i + n, caps) ||
				proposed_before(d, i - m))
				return i;
			return name_list(st, d, i, NULL, NULL, i, true, caps);
		}
	return i;
}

/*
 * Look for a person at token i; returns where to go on.  A title in lower
 * case before i may start at from or after (from == i: none can).  A late
 * leader remembered is read, but kept out (person()).
 */
GB_HOT_INLINE int
scan_at(GbOffState *st, const GbDoc *d, int i, int from)
{
	const char *h = NULL;
	bool		caps;
	int			m,
				n,
				e;
	GbTitleChain c;

	if (!tok_has(d, i, T_WORD))
		return i + 1;
	if (from < i && gb_word_lower(d, i - 1) && gb_dict_may_match(d, i, CAT_BODY | CAT_BODYHEAD | CAT_SURNAME) &&
		gb_word_upper(d, i))
	{
		/* "trưởng Ban Dân vận Thành ủy Lê Quang Vinh": the body in capitals */
		if (gb_dict_may_match(d, i, CAT_BODY | CAT_BODYHEAD) && (e = lower_title(st, d, i, from)) > i)
			return e;
		/*
		 * "báo cáo viên Trần Văn A, Phó Trưởng Ban ...": after a speaker's
		 * role in lower case (a title's word, so from < i), as at a clause
		 * start
		 */
		if (gb_dict_may_match(d, i, CAT_SURNAME) && gb_word_upper(d, i + 1) &&
			(e = role_noun_person(st, d, i)) > i)
			return e;
	}
	/* all that follows starts with an honorific, a rank, a title or a surname */
	if (!gb_dict_may_match(d, i, CAT_HONORIFIC | CAT_KINHONOR | CAT_RANK | CAT_TITLE | CAT_SURNAME))
		return i + 1;
	/* a heading in capitals, not an abbreviation: "PGS.TS Nguyễn ..." */
	caps = tok_has(d, i, T_ALLCAPS) && d->tok[i].flen > 1 &&
		tok_has(d, i + 1, T_ALLCAPS) && tok_has(d, i + 1, T_SPACE) &&
		!gb_word_lower(d, i + 2);	/* "PCT UBND tỉnh" */

	/*
	 * "Bà Rịa", "quận Hai Bà Trưng": the honorific inside a place's name;
	 * not one the place ends inside of, "Ảnh: Việt Hà Đồng chí A" ("Hà
	 * Đông" folds so; stop 35 T10)
	 */
	if ((m = gb_honorific_at(d, i, &h)) > 0 && gb_place_at(d, i) == 0 &&
		!(i > 0 && gb_dict_may_match(d, i - 1, CAT_NOTNAME) && gb_dict_match(d, i - 1, CAT_NOTNAME, NULL) > m))
		return after_honorific(st, d, i, m, h);

	/* "anh Lê Minh Tuấn", "chị Phạm Thu Hà": as after "ông", "bà" */
	if ((m = gb_kin_honorific_at(d, i, &h)) > 0)
		return after_honorific(st, d, i, m, h);

	if (!gb_word_upper(d, i))
	{
		/* "có đại tướng Tô A, Bộ trưởng ...": a lower-case rank before a name */
		e = gb_skip_rank(d, i);
		if (e > i && (n = gb_name_at(d, e, true, caps)) > 0)
			return name_list(st, d, e, NULL, NULL, i, true, caps);
		return i + 1;
	}
	/* most words start no line */
	if ((i == 0 || (d->tok[i].flags & T_NL)) && (e = staff_credit(d, i)) > i)
		return e;

	/* "Thiếu tướng Trần Đức Thuận - ..." */
	e = gb_skip_rank(d, i);
	if (e > i && (n = gb_name_at(d, e, true, caps)) > 0)
	{
		if (degree_byline(d, i, e + n, caps))
			return e + n;
		return name_list(st, d, e, NULL, NULL, i, true, caps);
	}
	/*
	 * "PGS.TS, giảng viên cao cấp Nguyễn Toàn Thắng": a degree, a comma and
	 * a grade in lower case before the name, the grade his (probe aq X1)
	 */
	if (e > i && tok_punct(d, e, ',') && gb_word_lower(d, e + 1) && !tok_has(d, e + 1, T_NL) &&
		(e = grade_before_name(st, d, e + 1, i, caps)) > i)
		return e;

	/* "Trưởng Ban Tổ chức Trung ương Trương Thị Mai" */
	e = gb_parse_chain(d, i, caps, &c);
	if (e == i && i > 0 && tok_has(d, i - 1, T_NUM) && gb_word_lower(d, i + 1))
		e = counted_class(d, i, &c);
	if (e > i && !inside_body(d, i))
	{
		int			k;

		/* "Tag: Thời sự , Ủy viên Bộ Chính trị , ...": a tag after a comma or the label */
		if ((tok_punct(d, i - 1, ',') || tok_punct(d, i - 1, ':')) && (k = tag_line(d, i)) > i)
			return k;
		former_prefix(d, i, from, &c);
		represented_post(d, i, &c);
		k = names_after_chain(st, d, &c, e, NULL, c.t0[0], true, caps);
		/* "Tổng Bí thư, Chủ tịch nước và Thủ tướng Chính phủ cũng tham gia ...": offices */
		if (k == e && (k = offices_listed(st, d, e, caps)) > e)
			return k;
		if (k == e && !plural_before(d, i))
		{
			/* "giới thiệu nhân sự tái cử Ủy viên ..., Bí thư, Phó Bí thư": offices all */
			if (office_named(d, i))
				return offices_named_end(d, e, caps);
			coref_title(st, d, &c, i, e, false);
		}
		return k;
	}

	/*
	 * "Tác giả: Nguyễn Văn Hoán – Bí thư Đảng ủy": a name at a clause start,
	 * then titles; after a comma no list of persons took up to, "Dự hội
	 * nghị có lãnh đạo Ban Tổ chức Tỉnh ủy, Lê Văn Bình, Trưởng Ban Dân
	 * vận", a person of his own with his titles (the tests below that ask
	 * for no titles all need a clause start)
	 */
	if (gb_dict_may_match(d, i, CAT_SURNAME) &&
		(clause_start(d, i) || after_co(d, i) || tok_punct(d, i - 1, ',') || after_doi_voi(d, i)) &&
		(n = gb_name_at(d, i, true, caps)) > 0)
	{
		if (gb_titles_follow(d, i + n, caps))
			return name_list(st, d, i, NULL, NULL, i, true, caps);
		/* "đối với Nguyễn Đức Chung, Phó bí thư thành ủy, ...": a post in lower case, as after a name */
		if (gb_title_sep(d, i + n) && after_doi_voi(d, i) && gb_placed_title_at(d, i + n + 1, caps) > i + n + 1)
			return name_list(st, d, i, NULL, NULL, i, true, caps);
		/* "các nhân sự: Nguyễn Văn A, Trần Văn B": full names, each with a surname */
		if (tok_punct(d, i - 1, ':') && list_noun_before(d, i - 1))
			return name_list(st, d, i, NULL, NULL, i, true, caps);
		/*
		 * "trao cho các đảng viên: Trương Hồng Nhẩm (nguyên Phó Bí thư,
		 * Chủ tịch UBND xã X), ...": after a colon, a full name with its
		 * posts in brackets opens a list of persons, as with a comma
		 */
		if (tok_punct(d, i - 1, ':') && titles_in_brackets(d, i + n, caps))
			return name_list(st, d, i, NULL, NULL, i, true, caps);

		/* a name alone on its line, its titles on the next one */
		if (tok_has(d, i, T_NL) && tok_has(d, i + n, T_NL) && staff_credit(d, i + n) == i + n &&
			(e = gb_parse_chain(d, i + n, caps, &c)) > i + n)
		{
			Official   *o = person(st, d, i, i + n, NULL);

			add_chain(st, d, o, &c);
			add_mention(st, o, i, i, e);
			return e;
		}
	}
	/*
	 * "đã bầu A, B, C giữ chức X": each takes the post; the groups first,
	 * "bầu" a verb of a session, "nhiệm" ("bổ nhiệm") a word a name stops at
	 */
	if (gb_dict_may_match(d, i - 1, CAT_SESSIONVERB | CAT_NAMESTOP) && gb_dict_may_match(d, i, CAT_SURNAME) &&
		(e = appointed_names(st, d, i, caps)) > i)
		return e;
	return i + 1;
}

/* ---- the extractor interface ------------------------------------------- */

#define START_CATS (CAT_HONORIFIC | CAT_KINHONOR | CAT_RANK | CAT_TITLE)
/*
 * Whether a title in lower case may end right before i, the word there in
 * lower case, and start in [from, i), near enough (LOWER_BACK words): a
 * word in lower case in a title's group.  Asked only where a person or a
 * body's word is met, not of every such word on the way.
 */
static inline bool
lower_title_before(const GbDoc *d, int from, int i)
{
	int			b;

	if (from >= i || (d->tok[i - 1].flags & (T_WORD | T_UPPER)) != T_WORD)
		return false;
	for (b = i - 1; b >= from && b >= i - LOWER_BACK; b--)
		if ((d->tok[b].flags & (T_WORD | T_UPPER)) == T_WORD &&
			(gb_dict_masks[d->tok[b].grp] & CAT_TITLE))
			return true;
	return false;
}

/*
 * Whether token t may start a person.  A capitalized word that scan_at()
 * would pass over at once, in no group its tests look up, is not one:
 * *from is set past it, as the caller would after scan_at().
 */
GB_HOT_INLINE bool
starts_at(GbOffState *st, const GbDoc *d, const GbTok *t, int *from)
{
	uint16_t	f = t->flags;
	GbCats		mask;
	int			i;

	if (!(f & T_WORD))
		return false;
	mask = gb_dict_masks[t->grp];
	if (f & T_UPPER)
	{
		i = (int) (t - d->tok);

		/*
		 * A body's word alone ("Ban", "Tỉnh ủy") is read by scan_at() only
		 * as the end of a title in lower case (lower_title()), after a
		 * lower-case word, with a title's word near and past its start
		 */
		if ((mask & (START_CATS | CAT_SURNAME)) ||
			((mask & (CAT_BODY | CAT_BODYHEAD)) && lower_title_before(d, *from, i)))
			return true;
		/* after ";" a list's person may have no known surname (titled_list_name()) */
		if (i > 0 && (t[-1].flags & T_PUNCT) && d->norm.data[t[-1].off] == ';')
			return true;
		/* "Tập đoàn Điện lực Việt Nam (EVN)": letters a body's name defines */
		if ((f & T_ALLCAPS) && i > 0 && (t[-1].flags & T_PUNCT) && d->norm.data[t[-1].off] == '(')
			note_acronym(st, d, i - 1);
		*from = i + 1;
		return false;
	}
	/* most lower-case words are none of the three: one test for them */
	if (!(f & T_CUE_PERSON))
		return false;
	i = (int) (t - d->tok);
	/* "anh Lê Minh Tuấn": "anh", "chị" only before a capital */
	if ((mask & (CAT_HONORIFIC | CAT_KINHONOR)) &&
		((mask & CAT_HONORIFIC) || (i + 1 < d->ntok && (t[1].flags & T_UPPER))))
		return true;
	/* "có đại tướng Tô A": a rank in lower case before a capitalized word */
	return (mask & CAT_RANK) && gb_skip_rank(d, i) > i;
}

/*
 * The first token in [i, stop) that may start a person, or stop; *from is
 * set past the last capitalized word passed over.
 */
static inline int
next_start(GbOffState *st, const GbDoc *d, int i, int stop, int *from)
{
	/*
	 * Only the tokens capitalized or in a group that may start one of the
	 * three in lower case are asked, found by their mark (GB_MARK_PERSON)
	 */
	for (i = gb_next_marked(d, GB_MARK_PERSON, i, stop); i < stop;
		 i = gb_next_marked(d, GB_MARK_PERSON, i + 1, stop))
		if (starts_at(st, d, d->tok + i, from))
			return i;
	return stop;
}

/*
 * A person named after ";" in a list of persons with titles of their own,
 * whatever the name's surname, a pen name of two syllables too: "các
 * diễn giả: A, Phó Tổng Biên tập báo Tiền Phong; Hữu Việt, Vụ trưởng,
 * Trưởng Ban ..." (probe 54 G6).  Sure where the clause before the ";"
 * named a person with titles, his mention ending a few words before it,
 * and the name has titles after a comma or dash.  Returns the list's end,
 * or i.  Out of line, called only after ";".
 */
static __attribute__((noinline)) int
titled_list_name(GbOffState *st, const GbDoc *d, int i)
{
	int			n,
				k,
				t1;

	if (st->nmen == 0 || st->offs[st->men[st->nmen - 1].off]->ntitles == 0 ||
		(t1 = st->men[st->nmen - 1].t1) >= i || t1 < i - 8 || tok_has(d, i, T_NL))
		return i;
	for (k = t1; k < i - 1; k++)
		if (tok_punct(d, k, ';') || tok_has(d, k, T_NL) || gb_break_at(d, k))
			return i;
	if ((n = gb_name_at(d, i, false, false)) == 0 || !gb_titles_follow(d, i + n, false))
		return i;
	return name_list(st, d, i, NULL, NULL, i, false, false);
}

void
gb_off_chunk(GbOffState *st, GbDoc *doc)
{
	int			i = 0,
				from = 0;

	st->nmen = 0;
	st->nahead = 0;
	while (i < doc->ntok)
	{
		int			stop = (i | 4095) + 1;

		/* a person starts at a capitalized word or an honorific, nowhere else */
		i = next_start(st, doc, i, stop < doc->ntok ? stop : doc->ntok, &from);
		if (i < doc->ntok && i < stop)
		{
			/* a title in lower case may end right before i only if one starts near */
			int			next;

			st->scan_i = i;
			/* "...; Hữu Việt, Vụ trưởng, ...": a person of a list of persons with titles */
			next = i > 0 && (doc->tok[i - 1].flags & T_PUNCT) && doc->norm.data[doc->tok[i - 1].off] == ';' ?
				titled_list_name(st, doc, i) : i;
			if (next == i)
				next = scan_at(st, doc, i, lower_title_before(doc, from, i) ? from : i);
			st->scan_i = -1;
			i = next > i ? next : i + 1;
			from = i;
		}
		if ((i & 4095) == 0)
			gb_check_interrupts();
	}
	if (st->nahead > 0)
		coref_ahead(st, doc);
	for (i = 0; i < st->nmen; i++)
		gb_note_mention(doc, GB_MENTION_OFFICIAL, st->men[i].off, NULL,
						doc->tok[st->men[i].tn].os, doc->tok[st->men[i].t1 - 1].oe);
	assign_roles(st, doc);
}
