/*
 * officials_lists.c
 *	  Names listed, and names after a chain of titles.
 *
 * name_list() reads the persons of a list from a name, each with an
 * honorific or rank and titles of its own, and titles shared by the whole
 * list before it ("các Ủy viên Bộ Chính trị: ..."); names_after_chain()
 * reads the names a chain of titles before them belongs to ("Bí thư Tỉnh
 * ủy A", "02 Phó Bí thư là ông A và B").  Apart from the scan, which finds
 * where such a list starts, because both read on from there to the list's
 * end.
 */
#include "officials_int.h"

#define POST_VERB_WORDS	6		/* at most, words of a verb of gb_post_for_verbs */

/*
 * Whether the title [a0, a1) is the shared title [b0, b1) held as its
 * standing member: "Phó Bí thư Thường trực Tỉnh ủy" or "Phó Bí thư
 * Thường trực" in a list of "các Phó Bí thư Tỉnh ủy": the same post, the
 * first among its holders, its body left out or not.
 */
static bool
standing_of(const GbDoc *d, int a0, int a1, int b0, int b1)
{
	bool		standing = false;
	int			b = b0;

	for (; a0 < a1; a0++)
	{
		if (tok_is(d, a0, "thuong") && tok_is(d, a0 + 1, "truc") && a0 + 1 < a1)
		{
			standing = true;
			a0++;
			continue;
		}
		if (b == b1 || !gb_same_words(d, a0, a0 + 1, b, b + 1))
			return false;
		b++;
	}
	return standing && b > b0;
}

/*
 * Whether the titles after a name at k restate one of the shared titles:
 * "các đồng chí Ủy viên Trung ương Đảng, Thứ trưởng: A; B và C - Ủy viên
 * Trung ương Đảng, Phó Chủ nhiệm ...": C, with titles of its own written
 * in full, is not one of the class.
 */
static bool
restates_shared(const GbDoc *d, int k, const GbTitleChain *shared, bool caps)
{
	GbTitleChain own;
	int			a,
				b;

	if (!gb_title_sep(d, k) || gb_parse_chain(d, k + 1, caps, &own) == k + 1)
		return false;
	for (a = 0; a < own.n; a++)
		for (b = 0; b < shared->n; b++)
			if (gb_same_words(d, own.t0[a], own.t1[a], shared->t0[b], shared->t1[b]) ||
				standing_of(d, own.t0[a], own.t1[a], shared->t0[b], shared->t1[b]))
				return true;
	return false;
}

/* Whether chain c holds a membership, "Ủy viên ...". */
static bool
has_membership(const GbDoc *d, const GbTitleChain *c)
{
	int			a;

	for (a = 0; a < c->n; a++)
		if (tok_is(d, c->t0[a], "uy") && tok_is(d, c->t0[a] + 1, "vien"))
			return true;
	return false;
}

/*
 * Whether chain c holds a membership or a seat in the Secretariat, "Bí
 * thư Trung ương (Đảng)": a class of those, "Cùng dự có các Bí thư Trung
 * ương Đảng: ...; Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội A", does
 * not reach A, who states a membership of his own (probe af AF5).  A seat
 * in the Secretariat an item states is no such membership: "các Ủy viên
 * Bộ Chính trị: ...; Bí thư Trung ương Đảng, Trưởng Ban Nội chính Trung
 * ương B" names a member who holds both.
 */
static bool
has_seat(const GbDoc *d, const GbTitleChain *c)
{
	int			a,
				t;

	for (a = 0; a < c->n; a++)
	{
		t = c->t0[a];
		if (tok_is(d, t, "bi") && tok_is(d, t + 1, "thu") && tok_is(d, t + 2, "trung") &&
			tok_is(d, t + 3, "uong") && (t + 4 == c->t1[a] || tok_is(d, t + 4, "dang")))
			return true;
	}
	return has_membership(d, c);
}

/*
 * "gồm", "gồm có" at k in lower case: what comes before it consists of
 * what follows ("các Phó Bí thư Tỉnh ủy gồm ông A, bà B và ông C").
 * Returns the token after it, or k.
 */
static int
members_word(const GbDoc *d, int k)
{
	if (!tok_is(d, k, "gom") || !gb_word_lower(d, k) || tok_has(d, k, T_NL) ||
		!gb_exact_any(d, k, "gồm"))
		return k;
	if (tok_is(d, k + 1, "co") && gb_word_lower(d, k + 1) && !tok_has(d, k + 1, T_NL) &&
		gb_exact_any(d, k + 1, "có"))
		return k + 2;
	return k + 1;
}

/*
 * Whether the names from k are the members of a class of persons named
 * before them: after its colon, "4 Phó Bí thư Tỉnh ủy: bà A, ông B", or
 * after "gồm", "các Phó Bí thư Tỉnh ủy gồm ông A, bà B", "... gồm các
 * đồng chí A, B", after "là" (names_after_chain() steps past those words).
 */
static bool
members_open(const GbDoc *d, int k)
{
	const char *h;
	int			m;

	if (tok_punct(d, k - 1, ':'))
		return true;
	/* "gồm các đồng chí A, B": past the plural honorific */
	for (m = 1; m <= 2; m++)
		if (tok_is(d, k - m - 1, "cac") && gb_honorific_at(d, k - m, &h) == m)
		{
			k -= m + 1;
			break;
		}
	/* "Hai Phó Chủ tịch HĐND tỉnh là ông A và ông B" (probe 55 G2) */
	if (tok_is(d, k - 1, "la") && gb_exact_any(d, k - 1, "là"))
		return true;
	return members_word(d, k - 1) == k || members_word(d, k - 2) == k;
}

/*
 * Whether the verb of a post given stands right before the post at i:
 * "chỉ định 4 người giữ chức Phó Bí thư Tỉnh ủy ..., gồm: ông A, ông B",
 * the members after "gồm" each taking it (probe 46 G2).  Out of line,
 * seldom called: at a "gồm" after a post.
 */
static __attribute__((noinline)) bool
post_given_before(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			m;

	for (m = 1; m <= 4 && i - m >= 0; m++)
		if (gb_dict_may_match(d, i - m, CAT_POSTVERB) &&
			gb_dict_match(d, i - m, CAT_POSTVERB, &ph) == m &&
			gb_exact_words(d, i - m, m, ph->value) && !tok_has(d, i, T_NL))
			return true;
	/* "đã giới thiệu và bầu chức vụ Phó Bí thư Thành ủy ..., gồm: A" (probe ay AY1) */
	return i >= 3 && tok_is(d, i - 3, "bau") && !tok_has(d, i, T_NL) &&
		gb_exact_words(d, i - 3, 2, "bầu chức") && gb_exact_any(d, i - 1, "vụ|danh");
}

/*
 * After a post at k, the term and a comma maybe, "gồm" opening the persons
 * who take it: "giữ chức Phó Bí thư Tỉnh ủy nhiệm kỳ 2025-2030, gồm: A,
 * B".  Returns the token after "gồm", or k.
 */
static int
given_members(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j = term_after_post(d, k),
				x;

	/* "bầu chức vụ Phó Bí thư Thành ủy nhiệm kỳ mới, gồm: A; B" (probe ay AY1) */
	if (j == k && tok_is(d, j, "nhiem") && tok_is(d, j + 1, "ky") && !tok_has(d, j + 2, T_NL) &&
		gb_exact_words(d, j, 3, "nhiệm kỳ mới"))
		j += 3;
	/*
	 * "Hai Phó bí thư Thành ủy Huế được bầu mới gồm ông A, ...; ông B":
	 * the passive's verb between the class and its members, the post each
	 * one's (probe ay AY1)
	 */
	if (tok_is(d, j, "duoc") && !tok_has(d, j, T_NL) &&
		(x = gb_dict_match(d, j, CAT_POSTVERB, &ph)) > 1 && gb_exact_words(d, j, x, ph->value) &&
		!tok_has(d, j + x, T_NL))
	{
		j += x;
		if (tok_is(d, j, "moi") && gb_exact_any(d, j, "mới") && !tok_has(d, j, T_NL))
			j++;
	}
	if (gb_title_sep(d, j))
		j++;
	return (x = members_word(d, j)) > j ? x : k;
}

/* A number in words right before i, "ba", "hai": its value, else 0. */
static inline int
count_word_before(const GbDoc *d, int i)
{
	return gb_count_word_at(d, i - 1);
}

/*
 * Whether a class of persons is counted right before i: "các", "những", a
 * number, or a number in words, "ba Phó Bí thư Tỉnh ủy gồm ...".
 */
static bool
counted_before(const GbDoc *d, int i)
{
	return plural_before(d, i) || count_word_before(d, i) >= 2;
}

/*
 * Whether the colon before k closes persons counted by a number, "Ba đồng
 * chí: A, ...; B, ...; C, ... được bầu giữ chức X" (not "các đồng chí:",
 * those present).  Out of line, seldom called: at a list after a colon.
 */
static __attribute__((noinline)) bool
counted_colon(const GbDoc *d, int k)
{
	const char *h;
	int			m;

	for (m = 1; m <= 2 && k - 1 - m > 0; m++)
		if (gb_honorific_at(d, k - 1 - m, &h) == m)
			return tok_has(d, k - 2 - m, T_NUM) ||
				(!plural_before(d, k - 1 - m) && counted_before(d, k - 1 - m));
	return false;
}

/*
 * Whether the persons from k are a plural subject opening a clause, "Các
 * ông: A, titles; B, titles; C, titles được bầu giữ chức X", "Các ông A,
 * titles; ông B, titles; ông C, titles được bầu ...": ";" between them,
 * the post the verb after the last gives is each one's, as after a count
 * (counted_colon(); stop 33 N4).  Out of line, seldom called: at a list
 * after an honorific.
 */
static __attribute__((noinline)) bool
plural_subject(const GbDoc *d, int k)
{
	const char *h;
	int			m,
				q = tok_punct(d, k - 1, ':') ? k - 1 : k;

	/* "các" first: most lists have none, and the honorific costs a look-up */
	for (m = 1; m <= 2 && q - 1 - m >= 0; m++)
		if ((tok_is(d, q - m - 1, "cac") || tok_is(d, q - m - 1, "nhung")) &&
			gb_honorific_at(d, q - m, &h) == m)
			return clause_start(d, q - m - 1);
	return false;
}

/*
 * Whether the next item of a group's list at k is a member written with
 * titles of his own before his name, as the one before: "các đồng chí Ủy
 * viên Trung ương Đảng: Phó Thủ tướng A, Phó Thủ tướng - Bộ trưởng Bộ Tư
 * pháp B": the titles after A's name are B's, all of them, not A's.
 */
static bool
titled_member(const GbDoc *d, int k, bool caps)
{
	GbTitleChain c;
	int			e;

	if (!tok_punct(d, k, ',') || tok_has(d, k + 1, T_NL) ||
		(e = gb_parse_chain(d, k + 1, caps, &c)) == k + 1)
		return false;
	if (tok_punct(d, e, '-') || (tok_punct(d, e, ',') && gb_skip_rank(d, e + 1) > e + 1))
		e++;
	return gb_name_at(d, gb_skip_rank(d, e), true, caps) > 0;
}

#define MEMBER_NOTE		8		/* tokens in a note on a group's member */

/*
 * A note in parentheses on a group's member at k that names no post of his
 * own, the list going on after it: "4 Phó Bí thư Tỉnh ủy: bà A (Thường
 * trực), ông B (Chủ tịch UBND tỉnh) ...", the first of the class's
 * standing.  Returns its end, or k.
 */
static int
member_note(const GbDoc *d, int k)
{
	int			j;

	if (!tok_punct(d, k, '('))
		return k;
	for (j = k + 1; j < k + MEMBER_NOTE && !tok_punct(d, j, ')'); j++)
		if (tok_has(d, j, T_NL) || !tok_has(d, j, T_WORD))
			return k;
	if (j == k + 1 || !tok_punct(d, j, ')') || tok_has(d, j + 1, T_NL))
		return k;
	j++;
	return tok_punct(d, j, ',') || tok_punct(d, j, ';') || tok_punct(d, j, '.') ||
		(tok_is(d, j, "va") && gb_word_lower(d, j)) ? j : k;
}

/*
 * Where the name starts after "titles – " at j in a list of "titles – Name"
 * items, or j when no such item starts there.  The chain goes to *pre when
 * given.
 */
static int
dashed_item(const GbDoc *d, int j, bool caps, GbTitleChain *pre)
{
	GbTitleChain c;
	int			e = gb_parse_chain(d, j, caps, pre ? pre : &c);

	if (e == j || !tok_punct(d, e, '-') || gb_name_at(d, e + 1, true, caps) == 0)
		return j;
	return e + 1;
}

/*
 * Whether the titles after a name at k, past its comma or dash, open with
 * a post several hold at once, a deputy's or a member's ("Phó Chủ tịch
 * HĐND tỉnh", "Ủy viên Ban Thường vụ"): "A và B, Phó Chủ tịch UBND tỉnh"
 * are both deputies, where "A và B, Chủ tịch UBND tỉnh" names B alone.
 */
static bool
post_of_several(const GbDoc *d, int k)
{
	if (tok_punct(d, k, ',') || tok_punct(d, k, '-'))
		k++;
	return tok_is(d, k, "pho") || (tok_is(d, k, "uy") && tok_is(d, k + 1, "vien"));
}

/*
 * The titles o took from its title k on go to p too, who has none: "A và
 * B, Phó Chủ tịch HĐND tỉnh", one post written once for both.
 */
static void
share_titles(Official *p, const Official *o, int k)
{
	for (; k < o->ntitles && p->ntitles < MAX_TITLES; k++)
	{
		p->titles[p->ntitles] = o->titles[k];
		p->tkeys[p->ntitles] = o->tkeys[k];
		p->tcaps[p->ntitles] = o->tcaps[k];
		p->tplace[p->ntitles] = o->tplace[k];
		p->ntitles++;
	}
}

/*
 * Whether a member named after bare ones (bare_after), with a post of his
 * own pre before his name, leaves the class shared of a post, not of a
 * membership: "các Phó Thủ tướng: A, B, Bộ trưởng Bộ Y tế C" names C
 * beside the deputies, where "các Ủy viên Bộ Chính trị: A, Chủ tịch nước
 * B" names a member (stop 31 J4).
 */
static bool
leaves_post_class(const GbDoc *d, const GbTitleChain *pre, const GbTitleChain *shared, int n,
				  bool bare_after)
{
	return n > 0 && bare_after && pre->n > 0 && !has_membership(d, pre) && !has_membership(d, shared) &&
		!(shared->n > 0 && standing_of(d, pre->t0[0], pre->t1[0], shared->t0[0], shared->t1[0]));
}

/*
 * A birth year right after a listed name at k: "sinh năm 1959", "(sinh
 * năm 1959)", "(SN 1959)"; an aside, the list going on after it: "Các ông
 * A sinh năm 1959, B sinh năm 1960 cũng được bầu giữ chức X" (stop 34
 * S14).  Returns its end, or k.
 */
static int
birth_aside(const GbDoc *d, int k)
{
	int			j = tok_punct(d, k, '(') ? k + 1 : k,
				e;

	if (tok_has(d, j, T_NL))
		return k;
	if (tok_is(d, j, "sinh") && gb_word_lower(d, j) && tok_is(d, j + 1, "nam") &&
		is_year(d, j + 2) && !tok_has(d, j + 1, T_NL) && !tok_has(d, j + 2, T_NL))
		e = j + 3;
	else if (j > k && tok_is(d, j, "sn") && gb_exact_any(d, j, "SN") && is_year(d, j + 1))
		e = j + 2;
	else
		return k;
	if (j > k)
		return tok_punct(d, e, ')') ? e + 1 : k;
	return e;
}

/*
 * "cho 03 đồng chí: Nguyễn Mạnh Hùng- Phan Thế Quân và Nguyễn Thị Thu": a
 * dash at k between two full names, the second bare (a list's mark after
 * it, or its end), parts them as a comma would; "A - Bí thư Tỉnh ủy" is
 * the name and its title (stop 42 AW9).  Out of line, seldom called: at a
 * dash after a list's member.
 */
static __attribute__((noinline)) bool
dash_between_names(const GbDoc *d, int k, bool caps)
{
	int			n;

	if (!tok_punct(d, k, '-') || tok_has(d, k + 1, T_NL) ||
		(n = gb_name_at(d, k + 1, true, caps)) < 3)
		return false;
	n += k + 1;
	return n >= d->ntok || tok_has(d, n, T_NL) || tok_punct(d, n, ',') || tok_punct(d, n, ';') ||
		tok_punct(d, n, '.') || (tok_is(d, n, "va") && gb_word_lower(d, n));
}

/*
 * Names from k, separated by ";", "," or "và", each with an optional
 * honorific or rank and its own titles after it; "shared" titles stood
 * before the list.  Returns the end, or k when no name starts there.
 *
 * A group's titles before a colon ("các Ủy viên Bộ Chính trị: Chủ tịch
 * nước A, ...; Thủ tướng B, ...; đại tướng C, ...") go to every member, and
 * a member may have a title of his own before his name, his alone.  One
 * person's title before the name ("Thủ tướng A, ...; đại tướng B") ends at
 * a ";" or at a rank, which opens another person.
 */
int
name_list(GbOffState *st, const GbDoc *d, int k, const char *honorific,
		  const GbTitleChain *shared, int t0, bool need_surname, bool caps)
{
	int			count = 0,
				nbare = 0;
	/* persons named with no title of their own, in a row */
	Official   *bare[MAX_GROUP];
	/* "T A và B, T2": one person's title before the name, not a group's "T: A, B" */
	bool		single = shared && !tok_punct(d, k - 1, ':') && !plural_before(d, t0) &&
		/* "Hai Phó bí thư gồm (có) ông A, T1; ông B, T2": a class's members (probe ay AY1) */
		members_word(d, k - 1) != k && members_word(d, k - 2) != k;
	/* "các đồng chí T A, T2 B" without a colon: each title its own person's */
	bool		group = shared && members_open(d, k);
	/*
	 * "4 Phó Bí thư Tỉnh ủy: bà A (...), ông B (...) và bà C": a group's
	 * members written each with an honorific, the first one's among them
	 */
	bool		honored = false;
	/*
	 * "T1, T2 – A, T3, T4 - B, T5 – C chủ trì": the dash before the first
	 * name closes its titles, so the titles between two names are the next
	 * one's
	 */
	bool		dashed = shared && honorific == NULL && tok_punct(d, k - 1, '-');
	/*
	 * "...; Phó Bí thư Tỉnh ủy, Trần Văn B, Trưởng Ban ..., C, ...": titles
	 * set off by a comma before the first name are his alone, an
	 * apposition, no class's (post_opens_item(), "Bộ trưởng Bộ Quốc phòng,
	 * Đại tướng A")
	 */
	bool		appositive = shared && tok_punct(d, k - 1, ',');
	/*
	 * "các đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: A, B; Ủy
	 * viên Trung ương Đảng, Chánh Văn phòng C": a member who states a
	 * membership of his own is not of the class, nor are those after him
	 */
	bool		left = false;
	/*
	 * "các đồng chí nguyên Tổng Bí thư: A, B; Đại tướng C, nguyên Chủ tịch
	 * nước; D, Thủ tướng": a class of bare names closed by ";" leaves the
	 * persons after it with a rank or titles of their own outside it
	 */
	bool		bare_class = true;
	/*
	 * "các đồng chí Ủy viên BTV Tỉnh ủy: A – T1, B – T2; C – T3, D – T4":
	 * the class's members, each with titles of his own, separated by ",",
	 * the ";" after them is the higher separator that closes the class's
	 * list; C and D are listed on their own (probe ah AH1).  Where ";"
	 * separates the members from the first ("...: A – T1; B – T2; C –
	 * T3"), it is the class's own separator and reaches no end.  True
	 * while the members so far are titled and separated by ",".
	 */
	bool		comma_class = true;
	/*
	 * "Ba đồng chí: A, titles; B, titles; C, titles được bầu giữ chức X":
	 * persons counted before the colon, each with titles of his own and ";"
	 * between them, all take the post the verb after the last gives (probe
	 * 46 G3)
	 */
	Official   *listed[MAX_GROUP];
	int			nlisted = 0;
	/*
	 * "Ông A, Chủ tịch UBND tỉnh, bà B và ông C được chỉ định tiếp tục
	 * đảm nhiệm chức danh X": a person with titles of his own closed by a
	 * comma is a member of the subject all the same; the post the verb
	 * after the last member (joined by "và") gives is his too (probe 49
	 * G10).  So too when "và" closes them: "ông A, Trưởng phòng Tư pháp
	 * huyện và bà B, Chủ tịch Hội LHPN huyện được bầu giữ chức vụ X"
	 * (probe 55 G1), B with titles of his own as A: in "ông A, Bí thư
	 * Huyện ủy và ông B được bầu làm X" B alone is elected
	 */
	Official   *titled[MAX_GROUP];
	int			ntitled = 0;
	bool		titled_va = false;
	bool		counted = honorific != NULL && shared == NULL &&
		((tok_punct(d, k - 1, ':') && counted_colon(d, k)) || plural_subject(d, k));

	for (;;)
	{
		int			j = k,
					n,
					m,
					e,
					r,
					x,
					x1,
					nt,
					ntaken,
					aside,		/* the end of a birth year after the name */
					hs = -1;	/* the item's honorific, elected_as() */
		const char *h = honorific;
		Official   *o;
		bool		surname = need_surname,
					own = false,
					apart = false;
		GbTitleChain pre;

		pre.n = 0;
		if (count > 0)
		{
			if (!(tok_punct(d, k, ';') || tok_punct(d, k, ',') || tok_is(d, k, "va") ||
				  dash_between_names(d, k, caps)))
				break;
			own = single && tok_is(d, k, "va");
			apart = single && tok_punct(d, k, ';');
			/* "đồng chí A và Hội Nông dân": only ";" keeps a name without a surname */
			surname = surname || !tok_punct(d, k, ';');
			j++;
			/*
			 * "A, Chủ tịch UBND tỉnh; và B, Phó trưởng ban ...": the last
			 * member after "; và", the "và" a body may follow as well
			 */
			if (tok_punct(d, k, ';') && tok_is(d, j, "va") && gb_word_lower(d, j) &&
				!tok_has(d, j, T_NL))
			{
				surname = true;
				j++;
			}
		}
		if ((m = gb_honorific_at(d, j, &h)) > 0 || (m = gb_kin_honorific_at(d, j, &h)) > 0)
		{
			/*
			 * "Title A và ông B, ...": B is not under A's titles; a group's
			 * members are, when each has his honorific
			 */
			if (shared && count > 0 && !(group && honored))
				break;
			if (count == 0)
				honored = true;
			hs = j;
			j += m;
			/*
			 * "4 Phó bí thư gồm bà: A (...), ông B (...)": the first
			 * one's honorific before a colon typed for "gồm: bà A" (stop
			 * 40 AL3)
			 */
			if (count == 0 && honorific == NULL && tok_punct(d, j, ':') && !tok_has(d, j + 1, T_NL) &&
				gb_word_upper(d, j + 1))
				j++;
			/* "ông Rah Lan Chung": no surname needed to tell the name after it */
			surname = false;
		}
		r = gb_skip_rank(d, j);
		/*
		 * "bà A, Trưởng ban ...; thiếu tướng B, Phó giám đốc ...", "ông A,
		 * ...; Đại tá B, ...": a member opened by a rank of his own is
		 * another person than the one the honorific before the list
		 * introduced, and tells no "ông" or "bà" of his (probes bh BH8, bi
		 * BI9); a plural's honorific, "các ông: Đại tá A, ...", is each
		 * member's
		 */
		if (count > 0 && hs < 0 && r > j && honorific != NULL && !plural_before(d, t0))
			h = NULL;
		apart = apart || (single && count > 0 && r > j) || (appositive && count > 0);
		n = gb_name_at(d, r, surname, caps);
		/* "đồng chí cao Xuân Chiểu, Phó Bí thư", "Ủy viên: Lê quang Xuyến, Trưởng Ban ...": a slip */
		if (n == 0 && r < d->ntok && (h != NULL || tok_punct(d, r - 1, ':') || tok_punct(d, r - 1, ';')))
			n = gb_slip_name_len(d, r, caps);
		/*
		 * "các đồng chí UVTV Tỉnh ủy: A, Trưởng Ban ...; Lâm Đông, Trưởng
		 * Ban Tổ chức Tỉnh ủy; Hà Nam, ...": a list of persons with their
		 * titles, a name that folds as a place's is a person's by its shape
		 * and its titles after it (probe 56 G3)
		 */
		if (n == 0 && h != NULL && (tok_punct(d, r - 1, ':') || tok_punct(d, r - 1, ';')))
			n = gb_placed_name_len(d, r, surname, caps);
		/* a group's member with a title of his own: "Thủ tướng Chính phủ B" */
		if (n == 0 && group && r == j && (e = gb_parse_chain(d, j, caps, &pre)) > j)
		{
			if (tok_punct(d, e, '-') || (tok_punct(d, e, ',') && gb_skip_rank(d, e + 1) > e + 1))
				e++;
			r = gb_skip_rank(d, e);
			n = gb_name_at(d, r, true, caps);
			left = left || (n > 0 && has_membership(d, &pre) && has_seat(d, shared)) ||
				leaves_post_class(d, &pre, shared, n, count > 0 && bare_class);
		}
		else if (n == 0 && dashed && count > 0 && r == j && tok_punct(d, k, ',') &&
				 (e = dashed_item(d, j, caps, &pre)) > j)
		{
			r = e;
			n = gb_name_at(d, r, true, caps);
			apart = true;
		}
		/*
		 * "Ông A, B và Chá A Của được bầu giữ chức Phó Bí thư": a name of
		 * three syllables or more (two are mostly a place's) among persons
		 * in a row that ends with the verb of the post they take is a
		 * person's whatever its surname; the list ending before it, the
		 * post would reach none of them
		 */
		if (n == 0 && nbare > 0 && r == j && (x = gb_name_at(d, r, false, caps)) > 2 &&
			names_take_post(d, r + x, caps))
			n = x;
		if (n == 0)
			break;
		o = person(st, d, r, r + n, h);
		/* "Bùi Thanh Nhân Bùi Thanh Nhân, Ủy viên ...": the titles after the name again */
		n += gb_name_again(d, r, n);
		/* "Trưởng Ban X A và Đại tướng B, Bộ trưởng ...": B has titles of his own */
		own = own && gb_titles_follow(d, r + n, caps);
		if (group && bare_class && count > 0 && tok_punct(d, k, ';') &&
			(r > j || gb_titles_follow(d, r + n, caps)))
			left = true;
		if (group && count > 0 && tok_punct(d, k, ';'))
		{
			left = left || (comma_class && count >= 2);
			comma_class = false;
		}
		if (!own && !apart && !left &&
			!(shared && (count > 0 || group) && restates_shared(d, r + n, shared, caps)))
			add_chain(st, d, o, shared);
		add_chain(st, d, o, &pre);
		nt = o->ntitles;
		e = (dashed && tok_punct(d, r + n, ',') && dashed_item(d, r + n + 1, caps, NULL) > r + n + 1) ||
			(group && pre.n > 0 && titled_member(d, r + n, caps)) ?
			r + n : post_titles(st, d, r + n, o, caps, count == 0 ? single : pre.n > 0);
		if (group)
			e = member_note(d, e);
		aside = e == r + n ? birth_aside(d, e) : e;
		bare_class = bare_class && r == j && e == r + n;
		/* the member just read is titled and, past the first, after "," */
		if (group && comma_class)
			comma_class = e > r + n && (count == 0 || tok_punct(d, k, ','));
		/*
		 * "các đồng chí A và B được bầu giữ chức vụ Phó Bí thư": the post
		 * is each one's named before it with no title of his own
		 */
		if (count > 0 && tok_punct(d, k, ';'))
			nbare = ntitled = 0;
		if (count > 0 && !tok_punct(d, k, ';') && !tok_is(d, k, "va"))
			counted = false;
		/* "đề nghị phân công ông A, ..., giữ chức X": proposed, not held (probe 55 G11) */
		ntaken = o->ntitles;
		if (!proposed_before(d, r) &&
			((m = taken_post(st, d, aside, o, caps, &x, &x1)) > aside ||
			 (tok_is(d, aside, "la") &&
			  (m = elected_as(st, d, hs >= 0 ? hs : j, hs >= 0, aside, o, caps, &x, &x1)) > aside)))
		{
			int			p0,
						p1;

			/*
			 * "A và B được ... giữ chức Bí thư và Phó Bí thư Thành ủy Đà
			 * Nẵng": two persons, two posts, in turn (paired_post_body())
			 */
			if (count == 1 && nbare == 1 && tok_is(d, k, "va") && m == x1 && o->ntitles == ntaken + 1 &&
				(p1 = paired_post_body(d, x, x1, caps, &p0)) > x1)
			{
				o->ntitles = ntaken;
				add_title(st, d, o, x1 + 1, p1);
				add_title_gap(st, d, bare[0], x, x1, p0, p1);
				nbare = 0;
				m = p1;
			}
			if (counted && count > 0)
			{
				while (nlisted > 0)
					add_title(st, d, listed[--nlisted], x, x1);
				nbare = 0;
			}
			while (nbare > 0)
				add_title(st, d, bare[--nbare], x, x1);
			if (count > 0 && tok_is(d, k, "va"))
			{
				/* "ông A, Bí thư Huyện ủy và ông B được bầu X": B alone */
				if (titled_va && e == r + n && ntitled > 0)
					ntitled--;
				while (ntitled > 0)
					add_title(st, d, titled[--ntitled], x, x1);
			}
			ntitled = 0;
			e = m;
		}
		else if (e == r + n && shared == NULL && pre.n == 0 && nbare < MAX_GROUP)
			bare[nbare++] = o;
		else
		{
			/*
			 * "bà A và ông B, Phó Chủ tịch HĐND": a deputy's post after
			 * persons named bare in a row is each one's (probe 62 G4)
			 */
			if (nbare > 0 && e > r + n && shared == NULL && pre.n == 0 && post_of_several(d, r + n))
				while (nbare > 0)
					if (bare[--nbare]->ntitles == 0)
						share_titles(bare[nbare], o, nt);
			nbare = 0;
			if (e > r + n && shared == NULL && pre.n == 0 && (tok_punct(d, e, ',') || tok_is(d, e, "va")) &&
				ntitled < MAX_GROUP)
			{
				titled_va = tok_is(d, e, "va");
				titled[ntitled++] = o;
			}
			else
				ntitled = 0;
		}
		if (counted && nlisted < MAX_GROUP)
			listed[nlisted++] = o;
		add_mention(st, o, count == 0 ? t0 : pre.n > 0 ? j : r, r, e);
		count++;
		k = e > aside ? e : aside;
	}
	return k;
}

/*
 * The start of a name already known in this text that ends the chain's
 * last title, or 0: "Bí thư Tỉnh ủy Sùng A Hồ" once "Sùng A Hồ" was met,
 * whatever the surname list says.  Up to three lower-case words after it
 * that are no words of a title are his verb the title took in: "Chủ tịch
 * Ủy ban MTTQ Việt Nam tỉnh Lê Dũng nhắc lại ..." (a committee's name goes
 * on in lower case; probe 62 G5).
 */
static int
known_name_start(GbOffState *st, const GbDoc *d, const GbTitleChain *c, bool caps)
{
	int			t0 = c->t0[c->n - 1],
				t1 = c->t1[c->n - 1],
				n;

	if (st->noffs == 0)
		return 0;
	for (n = 0; n < 3 && t1 - 1 > t0 && gb_word_lower(d, t1 - 1) && !tok_has(d, t1 - 1, T_NL) &&
		 gb_dict_match(d, t1 - 1, CAT_TITLEWORD | CAT_LOWERBODY, NULL) == 0; n++)
		t1--;
	if (!gb_name_syllable(d, t1 - 1, caps))
		return 0;
	for (n = 2; n <= 5 && t1 - n > t0 + 1; n++)
	{
		char		buf[KEY_BUF];
		char	   *key;
		bool		known;

		if (!gb_name_syllable(d, t1 - n, caps))
			break;
		key = fold_tokens(d, t1 - n, t1, buf);
		known = lookup(st, key) != NULL;
		key_free(key, buf);
		if (known)
			return t1 - n;
	}
	return 0;
}

/* Whether token k is on the document's first line, its headline. */
static bool
headline_at(const GbDoc *d, int k)
{
	if (!d->first_chunk)
		return false;
	for (; k > 0; k--)
		if (tok_has(d, k, T_NL))
			return false;
	return true;
}

/*
 * Whether the titles ending at e close their paragraph or the headline,
 * the name after them opening the next: "Đồng chí A được bầu giữ chức Bí
 * thư Tỉnh ủy X\n\nĐồng chí B, Phó Trưởng Ban ...".  A title before a
 * name is an apposition inside one sentence; a line of its own ("Bí thư
 * Tỉnh ủy\nNguyễn Văn A", a signature) is not cut.  A person met already,
 * the headline's own ("Ông A tái đắc cử Bí thư Đảng ủy X\n\nPGS.TS A"),
 * still takes the titles: they are his, and so does one met already
 * after titles opening their own line.  Titles closing a sentence's
 * object ("A trao quyết định cho Bí thư, Phó Bí thư Đảng bộ X\n\nBà B
 * trao ...", a caption of unnamed recipients) are nobody's in the next
 * paragraph, whoever opens it.
 */
static bool
chain_ends_block(GbOffState *st, const GbDoc *d, int t0, int e, bool caps)
{
	const char *h;
	char		buf[KEY_BUF];
	char	   *key;
	int			r,
				n;
	bool		known;

	if (e >= d->ntok || !tok_has(d, e, T_NL) ||
		!(tok_has(d, e, T_PARA) || headline_at(d, t0)))
		return false;
	if (st->noffs == 0 || !(t0 == 0 || tok_has(d, t0, T_NL) || headline_at(d, t0)))
		return true;
	r = gb_skip_rank(d, e + gb_honorific_at(d, e, &h));
	if ((n = gb_name_at(d, r, false, caps)) == 0)
		return true;
	key = fold_tokens(d, r, r + n, buf);
	known = lookup(st, key) != NULL;
	key_free(key, buf);
	return !known;
}

/*
 * The ")" that closes the bracket at k within n tokens on its line, no
 * bracket nor ";" inside it (nor ".", when dot): its token, or -1.
 */
int
paren_close(const GbDoc *d, int k, int n, bool dot)
{
	int			x;

	for (x = k + 1; x < d->ntok && x <= k + n && !tok_has(d, x, T_NL); x++)
	{
		if (tok_punct(d, x, ')'))
			return x;
		if (tok_punct(d, x, '(') || tok_punct(d, x, ';') || (dot && tok_punct(d, x, '.')))
			break;
	}
	return -1;
}

/*
 * The end of a note in brackets at k on its line, "(Bí thư Huyện ủy Cầu
 * Ngang)", no bracket nor ";" inside it, or k when it does not close
 * within a few words.
 */
#define PAREN_NOTE		24		/* tokens of a note in brackets */

static int
paren_note_end(const GbDoc *d, int k)
{
	int			x = paren_close(d, k, PAREN_NOTE, false);

	return x >= 0 ? x + 1 : k;
}

/*
 * Whether the names listed from k, an honorific before the first ("ông A
 * và B", "A, B và C") or before each ("ông A và ông B"), are exactly n
 * (two or more when n is -1, "các"): those a count before a post names
 * ("02 Phó Bí thư Huyện ủy là ông A và B"), each of whom holds it.  Out of
 * line, seldom called.
 */
static __attribute__((noinline)) bool
names_counted(const GbDoc *d, int k, int n, bool caps)
{
	const char *h;
	int			count = 0,
				m;
	bool		honored = false;

	for (;;)
	{
		/*
		 * "Title A và ông B": B would be no holder of the title
		 * (name_list()); "ông A và ông B", each with his own, are both
		 */
		if (count == 0)
			honored = (m = gb_honorific_at(d, k, &h)) > 0;
		else
			m = honored ? gb_honorific_at(d, k, &h) : 0;
		k += m;
		if (tok_has(d, k, T_NL) || (m = gb_name_at(d, k, true, caps)) == 0)
			return false;
		k += m;
		/*
		 * "là ông A (Bí thư Huyện ủy X), ông B (...) và bà C (...)": a
		 * note in brackets after a name, his own post, is passed over
		 * (probe 101 AI3)
		 */
		if (tok_punct(d, k, '('))
			k = paren_note_end(d, k);
		if (++count > n && n > 0)
			return false;
		if (!(tok_punct(d, k, ',') || (tok_is(d, k, "va") && gb_word_lower(d, k))) ||
			tok_has(d, k + 1, T_NL))
			return count == n || (n < 0 && count >= 2);
		k++;
	}
}

/*
 * "Phó Bí thư Đảng ủy khối là hai đồng chí A và B", "... là các đồng chí A
 * và B", "... là 2 đồng chí: A, B": after the "là" at k - 1, those who
 * hold the post, counted, under one honorific; each holds it (probe 52
 * G7).  A count must match the names.  Returns where the names start and
 * sets *honorific, or returns k.
 */
static int
holders_after_la(const GbDoc *d, int k, const char **honorific, bool caps)
{
	const char *h = NULL;
	int			n = 0,
				p = k + 1,
				m;

	if (tok_has(d, k, T_NL))
		return k;
	if (tok_is(d, k, "cac") && gb_word_lower(d, k))
		n = -1;
	else if (tok_has(d, k, T_NUM))
		n = gb_tok_int(d, k);
	else if (gb_word_lower(d, k))
		n = gb_count_word_at(d, k);
	if (n == 0 || n == 1 || n > 9 || (m = gb_honorific_at(d, p, &h)) == 0 || tok_has(d, p, T_NL))
		return k;
	p += m;
	if (tok_punct(d, p, ':'))
		p++;
	if (n > 0 && !names_counted(d, p, n, caps))
		return k;
	*honorific = h;
	return p;
}

/*
 * "02 Phó Bí thư Huyện ủy (và) là ông A và B" at t0, the chain ending at
 * k: where the names start after "là" when as many follow as the count
 * says, else k.  The count in words too, "Hai Phó Chủ tịch HĐND tỉnh là
 * ông A và ông B", or "các", any number of names (probe 55 G2); "là hai
 * đồng chí A và B", "là các ông A, B và C" as holders_after_la() reads them.
 */
static int
counted_holders(const GbDoc *d, int t0, int k, const char **honorific, bool caps)
{
	int			n,
				p;

	if (tok_has(d, t0 - 1, T_NUM))
		n = gb_tok_int(d, t0 - 1);
	else if (tok_is(d, t0 - 1, "cac"))
		n = -1;
	else
		n = count_word_before(d, t0);
	if (n == 0 || n == 1 || n > 9)
		return k;
	if (tok_is(d, k, "va") && gb_word_lower(d, k) && !tok_has(d, k + 1, T_NL))
		k++;
	if (!tok_is(d, k, "la") || tok_has(d, k + 1, T_NL) || !gb_exact_any(d, k, "là"))
		return k;
	if ((p = holders_after_la(d, k + 1, honorific, caps)) > k + 1)
		return p;
	return names_counted(d, k + 1, n, caps) ? k + 1 : k;
}

/*
 * Whether the second of the names from k (past the first one's honorific)
 * has an honorific of its own: "ông A và ông B", each his, no one shared
 * by both as in "ông A và B".
 */
static bool
second_honored(const GbDoc *d, int k, bool caps)
{
	const char *h;
	int			n = gb_name_at(d, k, true, caps);

	/* "ông A (Bí thư Huyện ủy X), ông B (...)": past the first one's note */
	if (n > 0 && tok_punct(d, k + n, '('))
		n = paren_note_end(d, k + n) - k;
	return n > 0 && (tok_punct(d, k + n, ',') || tok_is(d, k + n, "va")) &&
		gb_honorific_at(d, k + n + 1, &h) > 0;
}

/* Titles then names: "Phó Chủ tịch HĐND tỉnh Nguyễn Đài Thy, Nguyễn Thanh Phong". */
/*
 * "Bí thư chi bộ Trường THPT Nguyễn Huệ": a title ending at e in a school
 * or a street is followed by the name of the person it is named after,
 * no one in the report.  True when the words before e are such a noun.
 */
static bool
namesake_end(const GbDoc *d, int e)
{
	const GbPhrase *ph;
	int			m;

	for (m = 1; m <= 4 && e - m >= 0; m++)
		if (gb_dict_may_match(d, e - m, CAT_NAMESAKE) &&
			gb_dict_match(d, e - m, CAT_NAMESAKE, &ph) == m)
			return m > 1 || ph->value == NULL || gb_exact_any(d, e - 1, ph->value);
	return false;
}

/* the names at k, the chain c's last title ended there */
static int
names_from_cut(GbOffState *st, const GbDoc *d, const GbTitleChain *c, int k,
			   const char *honorific, int t0, bool need_surname, bool caps)
{
	GbTitleChain cut = *c;

	cut.t1[cut.n - 1] = k;
	return name_list(st, d, k, honorific, &cut, t0, need_surname, caps);
}

/*
 * "miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông A": "đối với" at k
 * after a post the verb before t0 relieves or appoints to
 * (gb_post_for_verbs), its holder after it (probe 65 G7); the post's term
 * may stand between ("chức vụ Phó Chủ tịch UBND tỉnh X, nhiệm kỳ 2016 -
 * 2021 đối với ông A", stop 29 B5).  Returns the token after "đối với";
 * the token after the term when no "đối với" follows it, where a list puts
 * the holder's name ("Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2021 - 2026 Nguyễn
 * Văn Nam": he is found only so); or k.  Out of line, called only at "đối",
 * "và" or a term.
 */
static __attribute__((noinline)) int
post_for_holder(const GbDoc *d, int t0, int k)
{
	int			w,
				n,
				k0 = k;

	k = term_after_post(d, k);
	/*
	 * "cách chức X nhiệm kỳ 2016-2021 và xóa tư cách Y nhiệm kỳ 2011-2016
	 * đối với ông A": past a second measure joined by "và", the post it
	 * names with its term (gb_post_for_tails), X alone the holder's
	 */
	if (tok_is(d, k, "va") && !tok_has(d, k + 1, T_NL) && gb_exact_any(d, k, "và") &&
		(n = gb_listed_phrase_at(d, k + 1, gb_post_for_tails)) > 0)
	{
		k += 1 + n;
		if (tok_is(d, k - 1, "cach") && !tok_has(d, k, T_NL))
			k = term_after_post(d, gb_title_at(d, k, false));
	}
	if (!tok_is(d, k, "doi") || !tok_is(d, k + 1, "voi") || tok_has(d, k + 1, T_NL) || tok_has(d, k + 2, T_NL) ||
		!gb_exact_words(d, k, 2, "đối với"))
		return k;
	/* a verb listed, whatever its words, ending right before the post */
	for (w = 1; w <= POST_VERB_WORDS && w <= t0; w++)
		if (gb_listed_phrase_at(d, t0 - w, gb_post_for_verbs) == w)
			return k + 2;
	return k0;
}

/*
 * "miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông A và bà B": the
 * persons after the first holder at r, each with an honorific of his own,
 * hold the post too when several hold it at once (post_of_several(), a
 * member's or a deputy's); a head's post ("Chủ tịch") is the first one's
 * alone, the others found as anyone is (stop 28 G7).  Returns the end of
 * the last, or r.  Out of line, called only after post_for_holder().
 */
static __attribute__((noinline)) int
co_holders(GbOffState *st, const GbDoc *d, const GbTitleChain *c, int r, bool caps)
{
	const char *h;
	int			x;

	if (c->n == 0 || !post_of_several(d, c->t0[0]))
		return r;
	while ((tok_punct(d, r, ',') || (tok_is(d, r, "va") && gb_word_lower(d, r))) &&
		   !tok_has(d, r + 1, T_NL) && gb_honorific_at(d, r + 1, &h) > 0 &&
		   (x = name_list(st, d, r + 1, NULL, c, r + 1, true, caps)) > r + 1)
		r = x;
	return r;
}

/*
 * Whether the titles t0 .. e, before a colon at e, name whose document a
 * list carries out, after "của": "Căn cứ các Quyết định của Bộ trưởng Bộ
 * Quốc phòng: Đại tá A, Chỉ huy trưởng ...; Đại tá B, ..." lists persons
 * the minister's decisions name, no minister among them (stop 31 J4).
 */
static bool
owner_before_colon(const GbDoc *d, int t0, int e)
{
	int			w;

	if (!tok_punct(d, e, ':') || t0 < 2 || !tok_is(d, t0 - 1, "cua") || !gb_word_lower(d, t0 - 1) ||
		tok_has(d, t0, T_NL))
		return false;
	/*
	 * a document's, only its number, code and date between ("Quyết định số
	 * 12/QĐ-BQP ngày 3/3/2025 của"); "Lễ công bố quyết định có sự tham dự
	 * của Phó Thủ tướng: A" heads A
	 */
	for (w = t0 - 2; w >= 0 && w >= t0 - 20 && !tok_has(d, w + 1, T_NL) && !tok_punct(d, w, ',') &&
		 !tok_punct(d, w, ';') && !tok_punct(d, w, '.'); w--)
	{
		int			n = gb_dict_match(d, w, CAT_DOCTYPE, NULL),
					x;

		if (n == 0)
			continue;
		for (x = w + n; x < t0 - 1 && (tok_has(d, x, T_NUM | T_PUNCT | T_ALLCAPS) || tok_is(d, x, "so") ||
									   tok_is(d, x, "ngay") || tok_is(d, x, "thang") || tok_is(d, x, "nam")); x++)
			;
		return x == t0 - 1;
	}
	return false;
}

/*
 * Whether the titles t0 .. e opening an item or a sentence, a comma at e,
 * are the name's after the comma: "...; Phó Bí thư Tỉnh ủy, Trần Văn B,
 * Trưởng Ban ...", the name's titles, the item's end or his verb after it.
 */
bool
post_opens_item(const GbDoc *d, int t0, int e, bool caps)
{
	int			n;

	if (!tok_punct(d, e, ',') || !clause_start(d, t0) || tok_has(d, e + 1, T_NL) ||
		(n = gb_name_at(d, e + 1, true, caps)) == 0 || tok_has(d, e + 1 + n, T_NL))
		return false;
	e += 1 + n;
	return tok_punct(d, e, ';') || tok_punct(d, e, '.') ||
		(gb_word_lower(d, e) && !tok_is(d, e, "va")) || gb_titles_follow(d, e, caps);
}

/*
 * "Theo chia sẻ của Bí thư Chi bộ bản X, đồng chí A, ...", "làm việc với
 * Bí thư Huyện ủy, ông A": after "của", "theo", "với" at p the post is
 * named, then its holder set off by a comma, as at a clause's start; not
 * after a verb ("bầu Bí thư, đồng chí A": an office) (stop 42 AW4).
 */
static inline bool
apposition_after(const GbDoc *d, int p)
{
	return (tok_is(d, p, "cua") || tok_is(d, p, "theo") || tok_is(d, p, "voi")) &&
		!tok_has(d, p + 1, T_NL) && gb_exact_any(d, p, "của|theo|Theo|với");
}

/*
 * Titles from t0 written as a clause's opening: at the text's or a line's
 * start, after no word, or after "của", "theo", "với" (apposition_after())
 */
static inline bool
post_opens_clause(const GbDoc *d, int t0)
{
	return t0 == 0 || tok_has(d, t0, T_NL) || !tok_has(d, t0 - 1, T_WORD) || apposition_after(d, t0 - 1);
}

/*
 * The post opening a clause at t0, ending at the comma at e, then a body
 * alone, a comma and an honorific: "Chủ tịch Hội Cựu Chiến binh, Bộ Tài
 * nguyên và Môi trường, ông A đánh giá": the body's end, else e.  Out of
 * line, seldom called: at a comma after a post.
 */
static __attribute__((noinline)) int
parent_apposition(const GbDoc *d, int t0, int e, bool caps)
{
	const char *name,
			   *h;
	int			b;

	if (!tok_punct(d, e, ',') || tok_has(d, e + 1, T_NL) || !gb_word_upper(d, e + 1) ||
		!post_opens_clause(d, t0) ||
		gb_title_at(d, e + 1, caps) > e + 1 || gb_name_at(d, e + 1, true, caps) > 0 ||
		(b = gb_parse_body(d, e + 1, &name)) <= e + 2 || !tok_punct(d, b, ',') ||
		tok_has(d, b + 1, T_NL) || gb_honorific_at(d, b + 1, &h) == 0)
		return e;
	return b;
}

int
names_after_chain(GbOffState *st, const GbDoc *d, const GbTitleChain *c, int e,
				  const char *honorific, int t0, bool need_surname, bool caps)
{
	int			k = e,
				r,
				n,
				x,
				c0;				/* the count before the post, "02" of "02 Phó Bí thư" */
	const char *h = NULL;
	bool		holder = false;
	GbTitleChain parent;

	if (chain_ends_block(st, d, t0, e, caps))
		return e;
	/* "Các Phó Chủ tịch hiện tại là A, B, C": past the post's time (probe 57 G1) */
	if (honorific == NULL && (x = gb_post_time_end(d, e)) > e)
		k = x;
	/*
	 * "Bí thư Tỉnh ủy X nhiệm kỳ 2020-2025, đồng chí A, nhấn mạnh": the
	 * term closes the post, the honorific after it as after the post (stop
	 * 34 R4)
	 */
	if (honorific == NULL && (tok_is(d, k, "nhiem") || tok_is(d, k + 1, "nhiem")) &&
		(x = term_after_post(d, k)) > k && tok_punct(d, x, ',') && !tok_has(d, x + 1, T_NL) &&
		(gb_honorific_at(d, x + 1, &h) > 0 || gb_kin_honorific_at(d, x + 1, &h) > 0))
		k = x;
	/*
	 * "Chủ tịch Hội Cựu Chiến binh, Bộ Tài nguyên và Môi trường, ông A":
	 * a body alone between two commas, the honorific after it, is the
	 * parent of the post's body, inside the post (stop 42 AV7)
	 */
	if (honorific == NULL && k == e && c->n > 0 && c->t1[c->n - 1] == e &&
		(x = parent_apposition(d, t0, e, caps)) > e)
	{
		parent = *c;
		parent.t1[parent.n - 1] = x;
		c = &parent;
		k = e = x;
	}
	/*
	 * "Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn X": the rank opens the
	 * name; "Phó Trưởng Ban ..., Trưởng đoàn ..., đồng chí Lê Văn X": so
	 * does the honorific, the titles written before it as an apposition
	 * opening the clause ("bầu Bí thư, đồng chí A": an office, not A's)
	 */
	if (tok_punct(d, k, '-') || tok_punct(d, k, ':') ||
		(tok_punct(d, k, ',') && (gb_skip_rank(d, k + 1) > k + 1 ||
								  (honorific == NULL && post_opens_clause(d, t0) &&
								   (gb_honorific_at(d, k + 1, &h) > 0 ||
									gb_kin_honorific_at(d, k + 1, &h) > 0)))))
		k++;
	/*
	 * "Phát biểu tại Hội nghị, Chủ tịch Hội Cựu chiến binh tỉnh, Lê Văn X
	 * đánh giá ...": the titles opening the clause, then the name and its
	 * verb, are that person's (the mirror of "Lê Văn X, Chủ tịch ...")
	 */
	else if (tok_punct(d, k, ',') && honorific == NULL && t0 > 0 && tok_punct(d, t0 - 1, ',') &&
			 (n = gb_name_at(d, k + 1, true, caps)) > 0 && gb_word_lower(d, k + 1 + n) &&
			 !tok_has(d, k + 1 + n, T_NL) && !tok_is(d, k + 1 + n, "va"))
		k++;
	/*
	 * "đồng chí A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Phó Bí thư Tỉnh
	 * ủy, Trần Văn B, Trưởng Ban ...": the item before closed with the
	 * ";" (or nothing comes before), so the post opening this one is the
	 * name's after it, whether his titles, the item's end or his verb
	 * follow.  After a "," the post may still be the item before's, and
	 * is left to it (above, only with a verb after the name).
	 */
	else if (honorific == NULL && post_opens_item(d, t0, k, caps))
		k++;

	/*
	 * "các Phó Bí thư Tỉnh ủy gồm ông A, ...; bà B và ông C", "5 Ủy viên
	 * Ban Thường vụ gồm: A, B", "... gồm các đồng chí: A, B và C": a class
	 * of persons, then its members, as after a colon; the class's term and
	 * a comma may stand before "gồm" ("3 Phó Bí thư Tỉnh ủy Sơn La khóa 16,
	 * nhiệm kỳ 2025-2030, gồm các ông: A; B; C", probe 49 G6)
	 */
	else if ((x = given_members(d, k)) > k &&
			 (counted_before(d, t0) || (honorific == NULL && post_given_before(d, t0))))
	{
		k = x;
		if (tok_is(d, k, "cac") && (n = gb_honorific_at(d, k + 1, &h)) > 0 &&
			!tok_has(d, k + 1, T_NL))
		{
			honorific = h;
			k += 1 + n;
		}
		if (tok_punct(d, k, ':'))
			k++;
	}
	/*
	 * "Phó bí thư kiêm Chủ tịch UBND phường là bà Nguyễn Thị A": a post
	 * opening a clause, then who holds it (not "02 Phó Bí thư là ...", a
	 * class of persons)
	 */
	else if (tok_is(d, k, "la") && honorific == NULL && !tok_has(d, k, T_NL) &&
			 gb_exact_any(d, k, "là") && (clause_start(d, t0) || tok_punct(d, t0 - 1, ',')) &&
			 !plural_before(d, t0))
		k = holders_after_la(d, k + 1, &honorific, caps);
	/*
	 * "02 Phó Bí thư Huyện ủy là ông A và B", "Hai Phó Chủ tịch HĐND tỉnh
	 * là ông A và ông B", "Các Phó Chủ tịch UBND tỉnh là các ông A, B và
	 * C": as many names as counted hold the post
	 */
	else if (honorific == NULL && (tok_is(d, k, "la") || tok_is(d, k, "va")) &&
			 counted_before(d, c0 = t0 - new_post_word(d, t0 - 1)))
	{
		k = counted_holders(d, c0, k, &honorific, caps);
		/* "là ông A và B": the honorific is both's, as after "ông" anywhere */
		if (k > e && honorific == NULL && (n = gb_honorific_at(d, k, &h)) > 0 &&
			!second_honored(d, k + n, caps))
		{
			honorific = h;
			k += n;
		}
	}
	/* "miễn nhiệm chức vụ X đối với ông A": post_for_holder() */
	else if (honorific == NULL && (tok_is(d, k, "doi") || tok_is(d, k, "va") || term_after_post(d, k) > k) &&
			 (x = post_for_holder(d, t0, k)) > k)
	{
		k = x;
		holder = true;
		if ((n = gb_honorific_at(d, k, &h)) > 0)
		{
			honorific = h;
			k += n;
		}
	}
	if (k == e && namesake_end(d, e))
		return e;
	r = name_list(st, d, k, honorific, owner_before_colon(d, t0, e) ? NULL : c, t0, need_surname, caps);
	if (r > k)
		return holder ? co_holders(st, d, c, r, caps) : r;
	/* "Phó Ban công tác phụ nữ phía Nam Trần Thị A": the board's name goes on */
	if (c->n > 0 && k == e && (k = ban_name_tail(d, e, caps)) > e &&
		(r = names_from_cut(st, d, c, k, honorific, t0, true, caps)) > k)
		return r;
	/* a known name the last title took in for a place */
	if (c->n > 0 && (k = known_name_start(st, d, c, caps)) > 0 &&
		(r = names_from_cut(st, d, c, k, honorific, t0, false, caps)) > k)
		return r;
	return e;
}
