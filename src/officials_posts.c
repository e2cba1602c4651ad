/*
 * officials_posts.c
 *	  The titles written after a person's name, and where they end.
 *
 * After "Name," or "Name -" come posts one after another ("Ủy viên Trung
 * ương Đảng, Bí thư Tỉnh ủy"), a post taken up or left ("được bầu giữ chức
 * ...", "thôi giữ chức ..."), a home place or an age, and the words that
 * end the run (a verb, a term, a photo's note).  post_titles() and
 * taken_post() read them for each person the lists of officials_lists.c
 * find.  Apart because where a run of posts ends is a question of its own,
 * with many cues, and none of it searches the officials found.
 */
#include "officials_int.h"

/*
 * A place after "quê" at j: capitalized words, a level in lower case
 * before them, and more of them after a comma and a level ("xã Tân An,
 * huyện Lâm Hà").  Returns its end, or j.
 */
static int
home_place(const GbDoc *d, int j)
{
	int			e = j,
				m;

	for (;;)
	{
		int			q = e;

		if (q > j && !(tok_punct(d, q, ',') && gb_word_lower(d, q + 1) &&
					   gb_dict_match(d, q + 1, CAT_LEVEL, NULL) > 0))
			return e;
		if (q > j)
			q++;
		if (gb_word_lower(d, q) && (m = gb_dict_match(d, q, CAT_LEVEL, NULL)) > 0)
			q += m;
		if (!gb_word_upper(d, q) || tok_has(d, q, T_NL))
			return e;
		while (q < d->ntok && gb_word_upper(d, q) && !tok_has(d, q, T_NL) &&
			   gb_title_at(d, q, false) == q)
			q++;
		e = q;
	}
}

/*
 * The end of a degree written in lower case at j and the field after it,
 * "tiến sĩ triết học", "thạc sĩ kinh tế", when a comma follows: up to
 * four lower-case words, none a post, role or verb; else j.
 */
#define FIELD_WORDS		4

static __attribute__((noinline)) int
degree_field_end(const GbDoc *d, int j)
{
	const GbPhrase *ph = NULL;
	int			m,
				e;

	if (!gb_dict_may_match(d, j, CAT_RANK) || (m = gb_dict_match(d, j, CAT_RANK, &ph)) != 2 ||
		ph->aux != RANK_DEGREE || tok_has(d, j + 1, T_NL))
		return j;
	for (e = j + m; e < j + m + FIELD_WORDS && gb_word_lower(d, e) && !tok_has(d, e, T_NL); e++)
		if (gb_dict_may_match(d, e, CAT_VERBSTART) ||
			gb_dict_match(d, e, CAT_ROLE | CAT_TITLE | CAT_POSTVERB | CAT_TENSE, NULL) > 0)
			return j;
	return tok_punct(d, e, ',') ? e : j;
}

/*
 * One item of a biography at j, or j: "76 tuổi", "sinh năm 1950", "dân
 * tộc Tày", "quê Hà Tĩnh", "quê quán xã Tân An, huyện Lâm Hà".
 */
static int
bio_item(const GbDoc *d, int j)
{
	int			e;

	if (tok_has(d, j, T_NL))
		return j;
	if (tok_is(d, j, "sinh") && tok_is(d, j + 1, "nam") && tok_has(d, j + 2, T_NUM) &&
		!tok_has(d, j + 2, T_NL))
		return j + 3;
	/* "SN 1975": "sinh năm" written short, before a year */
	if (tok_is(d, j, "sn") && is_year(d, j + 1) &&
		!tok_has(d, j + 1, T_NL) && gb_exact_any(d, j, "SN"))
		return j + 2;
	if (tok_has(d, j, T_NUM) && tok_is(d, j + 1, "tuoi"))
		return j + 2;
	/*
	 * "GS.TS A, chuyên gia cao cấp, nguyên Ủy viên ...": a civil servant's
	 * grade, no post; the posts go on after it (probe ae AE4)
	 */
	if (tok_is(d, j, "chuyen") && gb_word_lower(d, j) && gb_exact_words(d, j, 4, "chuyên gia cao cấp"))
		return j + 4;
	/*
	 * "ông A, 49 tuổi, tiến sĩ triết học, Phó bí thư ...": a degree in
	 * lower case and its field, up to a comma, describes the person as his
	 * age does; the posts go on after it (probe-bf BF2)
	 */
	if (gb_word_lower(d, j) && (e = degree_field_end(d, j)) > j)
		return e;
	/* one or two syllables of the people's name: "Tày", "Ba Na" */
	if (tok_is(d, j, "dan") && tok_is(d, j + 1, "toc") && gb_word_lower(d, j) &&
		gb_word_upper(d, j + 2) && !tok_has(d, j + 2, T_NL))
		return j + 3 + (gb_word_upper(d, j + 3) && !tok_has(d, j + 3, T_NL) &&
						gb_title_at(d, j + 3, false) == j + 3);
	if (tok_is(d, j, "que") && gb_word_lower(d, j))
	{
		e = j + 1;
		if (tok_is(d, e, "quan"))
			e++;
		if (tok_is(d, e, "o") || tok_is(d, e, "tai"))
			e++;
		e = home_place(d, e);
		return gb_word_upper(d, e - 1) ? e : j;
	}
	return j;
}

/*
 * The end of a biographical apposition right after a name at k, or k:
 * ", 76 tuổi", ", sinh năm 1950, dân tộc Tày", "(76 tuổi)", "(sinh năm
 * 1950, quê Hà Tĩnh)"; the titles go on after it.
 */
static int
age_apposition(const GbDoc *d, int k)
{
	int			j = k,
				e;

	if (!(tok_punct(d, k, ',') || tok_punct(d, k, '(')))
		return k;
	/* items separated by commas */
	while ((e = bio_item(d, j + 1)) > j + 1)
	{
		j = e;
		if (!tok_punct(d, j, ','))
			break;
	}
	if (j == k)
		return k;
	if (tok_punct(d, k, '('))
		return tok_punct(d, j, ')') ? j + 1 : k;
	/* ", 76 tuổi, Chủ tịch ...": the comma after it separates the titles */
	return tok_punct(d, j, ',') ? j : k;
}

/*
 * Where the title starts inside a parenthesis at k, after the person's age
 * or birth year and their commas: "(30 tuổi, Giám đốc Sở KH&ĐT)", "(SN
 * 1975, Bí thư Huyện ủy)" (probe 43 G7), the title read as in "(Giám đốc
 * Sở KH&ĐT)".  k + 1 when no such item opens it.
 */
static int
paren_bio_end(const GbDoc *d, int k)
{
	int			j = k,
				e;

	while ((e = bio_item(d, j + 1)) > j + 1 && tok_punct(d, e, ','))
		j = e;
	return j + 1;
}

/*
 * The end of lower-case words a title at e did not take, when the list of
 * titles goes on after them, or e: "Ủy viên Ban chấp hành hội nông dân,
 * Chủ tịch ...": the words finish the body's name, written in lower case,
 * and the list is not ended there.  Up to four words, none a verb, role,
 * adverb or function word, then up to three capitalized ones.
 */
static int
title_cut_rest(const GbDoc *d, int e, bool caps)
{
	int			j,
				s,
				u;

	/*
	 * "Trưởng Ban Chỉ đạo tổng kết 10 năm ...": a title does not end
	 * inside a meeting's kind, whose first word it took in
	 */
	if (gb_word_lower(d, e - 1) && gb_dict_may_match(d, e - 1, CAT_MEETKIND) &&
		gb_dict_match(d, e - 1, CAT_MEETKIND, NULL) > 1)
		return e - 1;
	if (caps || !gb_word_lower(d, e) || tok_has(d, e, T_NL))
		return e;
	/* the cheap test first: a separator after a few lower-case words */
	for (s = e + 1; s < e + 4 && gb_word_lower(d, s) && !tok_has(d, s, T_NL); s++)
		;
	/*
	 * "Ủy viên Tiểu ban Bảo vệ chính trị nội bộ Trung ương, Trưởng đoàn
	 * ...": the body's name may end in capitals, its level or place
	 */
	u = s;
	if (gb_word_upper(d, u) && gb_title_at(d, u, caps) == u && gb_name_at(d, u, true, caps) == 0)
		while (s < u + 3 && tok_has(d, s, T_WORD) && !tok_has(d, s, T_NL) &&
			   (s == u || gb_word_lower(d, s) || gb_title_at(d, s, caps) == s))
			s++;
	if (!gb_title_sep(d, s))
		return e;
	for (j = e; j < s && !tok_has(d, j, T_NL) &&
		 (j == u || (j > u && gb_word_upper(d, j)) ||
		  (!gb_dict_may_match(d, j, CAT_VERBSTART) &&
		   gb_dict_match(d, j, CAT_ROLE | CAT_TITLE | CAT_HONORIFIC | CAT_MEETKIND, NULL) == 0 &&
		   !gb_title_stop(d, j) &&
		   gb_dict_match(d, j, CAT_ADVERB, NULL) == 0 &&
		   !gb_exact_any(d, j, gb_link_words) && !gb_exact_any(d, j, gb_clause_words))); j++)
		;
	if (j < s || gb_title_at(d, s + 1, caps) == s + 1)
		return e;
	return s;
}

/* Whether the body named is one of the Party's central ones, "Bộ Chính trị" */
static inline bool
central_party_body(const char *name)
{
	const char *suffix = gb_body_code_suffix(name);

	return suffix != NULL && strcmp(suffix, "TW") == 0;
}

/*
 * The end of the title [s, e) with the central bodies listed after its
 * owner: "Trưởng Đoàn kiểm tra, giám sát số 17 của Bộ Chính trị, Ban Bí
 * thư": the pair that sends the delegation together is one owner, "Ban Bí
 * thư" no title of its own (probe ah AH8), as delegation_end() reads the
 * delegation.  Only after "của" and a central body: "Ủy viên Bộ Chính
 * trị, Ban Bí thư ..." lists no owner.  Returns the end, or e.
 */
static int
joint_owner_end(const GbDoc *d, int s, int e)
{
	const char *name;
	int			c,
				f;

	if (!tok_punct(d, e, ',') || tok_has(d, e + 1, T_NL) || !gb_word_upper(d, e + 1))
		return e;
	for (c = e - 2; c > s && !tok_is(d, c, "cua"); c--)
		;
	if (c <= s || !gb_word_lower(d, c) || gb_parse_body(d, c + 1, &name) != e ||
		!central_party_body(name))
		return e;
	while (tok_punct(d, e, ',') && !tok_has(d, e + 1, T_NL) &&
		   (f = gb_parse_body(d, e + 1, &name)) > e + 1 && central_party_body(name))
		e = f;
	return e;
}

/*
 * The title [j, e) placed at j (e == j: none), cut where the words after it
 * stop belonging to it, added to o: its end, or j where none is there or a
 * name follows it, named (a title right before a name is the next
 * person's).  The caller that asked both already passes them.
 */
static int
add_title_ending(GbOffState *st, const GbDoc *d, Official *o, int j, int e, bool named, bool caps)
{
	if (e == j || named)
		return j;
	e = title_cut_rest(d, e, caps);
	add_title(st, d, o, j, e);
	return e;
}

/* The title placed at j, added to o as add_title_ending() says */
static int
add_placed_title(GbOffState *st, const GbDoc *d, Official *o, int j, bool caps)
{
	int			e = gb_placed_title_at(d, j, caps);

	return add_title_ending(st, d, o, j, e, e > j && gb_name_follows(d, e, caps), caps);
}

/*
 * "hiện là", "hiện đang là", "nay là", "hiện nay là" at i, after a comma
 * closing a person's former posts: "A, nguyên Bí thư Thị ủy X, hiện đang
 * là Phó Chủ tịch UBND tỉnh Y" (probe 121 bc10), the post held now after
 * them, as copula_titles() reads it right after the name.  Up to two words
 * of time, then "là", on the line.  Returns the token after "là", or i.
 */
static int
present_copula_end(const GbDoc *d, int i)
{
	int			j = i;

	while (j < i + 2 && (tok_is(d, j, "hien") || tok_is(d, j, "nay") || tok_is(d, j, "dang")) &&
		   !tok_has(d, j + 1, T_NL) && gb_exact_any(d, j, "hiện|nay|đang"))
		j++;
	return j > i && tok_is(d, j, "la") && !tok_has(d, j + 1, T_NL) && gb_exact_any(d, j, "là") ? j + 1 : i;
}

/*
 * The first title of a predicate "là Title" right after a name at k, or
 * after its biography ending at a: "anh A (35 tuổi, quê X) là Phó Bí thư
 * Tỉnh đoàn, Chủ tịch ...", "ông A, 60 tuổi, hiện là Bí thư ...".  The
 * copula states the posts the person holds; the list goes on after them.
 * Returns the end of that title, or k.
 */
static int
copula_titles(GbOffState *st, const GbDoc *d, int k, int a, Official *o, bool caps)
{
	int			j = a,
				e;

	/*
	 * A parenthesis opened by a biography runs to its close, whatever
	 * places it lists: "(36 tuổi, quê xã X, H.Y, tỉnh Z)"
	 */
	if (a == k && tok_punct(d, k, '(') && bio_item(d, k + 1) > k + 1)
	{
		for (e = k + 1; e < k + 40 && e < d->ntok && !tok_has(d, e, T_NL) &&
			 !tok_punct(d, e, ')') && !tok_punct(d, e, '(') && !tok_punct(d, e, ';'); e++)
			;
		if (!tok_punct(d, e, ')'))
			return k;
		j = e + 1;
	}
	/* "A, hiện là Bí thư ...": the comma right after the name too, before the time's words */
	if (tok_punct(d, j, ',') && (j > k || present_copula_end(d, j + 1) > j + 1))
		j++;
	/* the cheap test first: a word "là", "hiện là", "nay là", "hiện đang là" */
	if (!(tok_is(d, j, "la") || tok_is(d, j + 1, "la") || tok_is(d, j + 2, "la")) || j + 2 >= d->ntok)
		return k;
	if ((e = present_copula_end(d, j)) > j)
		j = e;
	else if (gb_exact_any(d, j, "là") && !tok_has(d, j, T_NL) && !tok_has(d, j + 1, T_NL))
		j++;
	else
		return k;
	e = add_placed_title(st, d, o, j, caps);
	return e == j ? k : e;
}

/*
 * The start of a full name after a board's post ending at e in "Ban", its
 * name going on in lower case up to the person's: "Phó Ban công tác phụ
 * nữ phía Nam Trần Thị A" (a Ban of a mass organization, named in
 * sentence case).  Up to six words, none a link word, role, post, adverb
 * or honorific; capitals only after the first, a place's.  Returns where
 * the name starts, or e.  Out of line, seldom called.
 */
#define BAN_TAIL		6

__attribute__((noinline)) int
ban_name_tail(const GbDoc *d, int e, bool caps)
{
	int			j;

	if (caps || !tok_is(d, e - 1, "ban") || !gb_word_lower(d, e) || tok_has(d, e, T_NL))
		return e;
	for (j = e + 1; j <= e + BAN_TAIL && !tok_has(d, j, T_NL) && tok_has(d, j, T_WORD); j++)
	{
		if (gb_word_upper(d, j))
		{
			if (gb_name_at(d, j, true, caps) > 0)
				return j;
			continue;
		}
		if (gb_dict_match(d, j, CAT_ROLE | CAT_TITLE | CAT_HONORIFIC | CAT_MEETKIND | CAT_ADVERB, NULL) > 0 ||
			gb_title_stop(d, j) || gb_exact_any(d, j, gb_link_words) ||
			gb_exact_any(d, j, gb_clause_words))
			return e;
	}
	return e;
}

static inline int post_adverbs_end(const GbDoc *d, int k);

/*
 * The share of the vote after "được", up to the verbs it elected by: "được
 * 99,9% số phiếu (của các đại biểu) bầu giữ chức danh X", "được 100% đại
 * biểu tín nhiệm bầu ..." (probe-r G7).  The token after it, or q.
 */
static __attribute__((noinline)) int
vote_share_end(const GbDoc *d, int q)
{
	int			e = q,
				v;

	while (tok_has(d, e, T_NUM) || (e > q && tok_punct(d, e, ',') && tok_has(d, e + 1, T_NUM)))
		e++;
	if (e == q || !tok_punct(d, e, '%'))
		return q;
	e++;
	/* "số phiếu", "phiếu" or "đại biểu", then "của (các) đại biểu" */
	if (tok_is(d, e, "so") && tok_is(d, e + 1, "phieu"))
		e += 2;
	else if (tok_is(d, e, "phieu"))
		e++;
	else if (tok_is(d, e, "dai") && tok_is(d, e + 1, "bieu"))
		e += 2;
	else
		return q;
	v = tok_is(d, e + 1, "cac") ? e + 2 : e + 1;
	if (tok_is(d, e, "cua") && tok_is(d, v, "dai") && tok_is(d, v + 1, "bieu"))
		e = v + 2;
	return tok_has(d, e, T_UPPER) || tok_has(d, e, T_NL) ? q : e;
}

/*
 * "được Đại hội bầu giữ chức X", "được Ban Chấp hành bầu làm X": the body
 * that appoints, a few words opening with a capital between "được" and the
 * verb of an appointment (probe ad ad5), or its manner, "được Quốc hội tín
 * nhiệm giữ chức X" (stop 40 AL8).  The token after it, or q.
 */
#define AGENT_WORDS		8

static int
appoint_agent_end(const GbDoc *d, int q)
{
	int			e;

	if (!gb_word_upper(d, q) || tok_has(d, q, T_NL))
		return q;
	/*
	 * "được Bộ Chính trị, Ban Bí thư điều động, chỉ định ...": two bodies
	 * that appoint, a comma and a capital between them (probe bb BB7)
	 */
	for (e = q + 1; e < d->ntok && e <= q + AGENT_WORDS && !tok_has(d, e, T_NL) &&
		 (tok_has(d, e, T_WORD) || (tok_punct(d, e, ',') && gb_word_upper(d, e + 1))); e++)
		if (gb_word_lower(d, e) && (gb_listed_phrase_at(d, e, gb_appoint_verbs) > 0 ||
									 gb_listed_phrase_at(d, e, gb_appoint_adverbs) > 0))
			return e;
	return q;
}

/*
 * The token after "được" and the verbs of an appointment at j, a comma or
 * "và" between two of them: "A, Chủ tịch UBND tỉnh Thái Nguyên, được điều
 * động, chỉ định tham gia Ban Chấp hành ... và giữ chức X" (probe 51 G1),
 * the passive of "Bộ Chính trị điều động, chỉ định A, ..., tham gia ...";
 * an adverb or the appointment's manner before them: "được tín nhiệm bầu
 * giữ chức danh X", "để được tiếp nhận, bổ nhiệm giữ chức X" (probe 55
 * G1); the manner alone before the post's own verb, "được tín nhiệm tái
 * cử làm X", ends after the manner.  j when there is none.
 */
static int
appointed_end(const GbDoc *d, int j)
{
	int			q,
				e = j,
				m;

	if (!tok_is(d, j, "duoc") || !gb_exact_any(d, j, "được") || tok_has(d, j + 1, T_NL))
		return j;
	q = post_adverbs_end(d, vote_share_end(d, j + 1));
	q = appoint_agent_end(d, q);
	m = gb_listed_phrase_at(d, q, gb_appoint_adverbs);
	q += m;
	/* "được tín nhiệm tái cử làm X": the post's own verb after the manner (probe 63 G7) */
	if (m > 0 && !tok_has(d, q, T_NL) && gb_dict_may_match(d, q, CAT_POSTVERB) &&
		gb_dict_match(d, q, CAT_POSTVERB, NULL) > 0)
		return q;
	for (;;)
	{
		/*
		 * "được cử làm (giữ) X": a bare "cử" only before the post's verb;
		 * in the list, read by other rules too, it would also take "cử
		 * tri", "ứng cử", "cử nhân"
		 */
		if ((m = gb_listed_phrase_at(d, q, gb_appoint_verbs)) == 0 &&
			!(gb_exact_words(d, q, 1, "cử") && (tok_is(d, q + 1, "lam") || tok_is(d, q + 1, "giu"))))
		{
			/*
			 * "được điều động, nhận nhiệm vụ X": the post's own verb after
			 * the comma (or "và") that closed the appointment's verbs, as
			 * with none between (probe bb BB8)
			 */
			if (e > j && q == e + 1 && !tok_has(d, q, T_NL) && gb_word_lower(d, q) &&
				gb_dict_may_match(d, q, CAT_POSTVERB) && gb_dict_match(d, q, CAT_POSTVERB, NULL) > 0)
				return q;
			return e;
		}
		e = q + (m > 0 ? m : 1);
		/* "được tín nhiệm bầu lại là X": elected again (probe ag AG8) */
		if (tok_is(d, e, "lai") && gb_exact_any(d, e, "lại") && !tok_has(d, e, T_NL))
			return e + 1;
		/*
		 * "được điều động chỉ định tham gia ...", "được luân chuyển chỉ
		 * định giữ chức X": the press stacks the verbs with no comma, one
		 * appointment still (probe ax AX1a)
		 */
		if (m > 0 && !tok_has(d, e, T_NL) && gb_word_lower(d, e) &&
			gb_listed_phrase_at(d, e, gb_appoint_verbs) > 0)
		{
			q = e;
			continue;
		}
		if (!(tok_punct(d, e, ',') || tok_is(d, e, "va")))
			return e;
		q = e + 1;
	}
}

/*
 * Whether a proposal or nomination ("đề nghị", "dự kiến", "giới thiệu")
 * stands among the few lower-case words before i, back to a punctuation
 * mark, a capital or a line's start: "đề nghị phân công ông A", "dự kiến
 * giới thiệu ông A", "quy trình giới thiệu bầu" (probe 55 G11).  The post
 * the person is then said to take is proposed, not held.  Out of line:
 * tried at each person of a list, it mostly stops at the first token.
 */
#define PROPOSAL_BACK	5

__attribute__((noinline)) bool
proposed_before(const GbDoc *d, int i)
{
	int			q;

	for (q = i - 1; q >= 0 && q >= i - PROPOSAL_BACK && tok_has(d, q, T_WORD) && gb_word_lower(d, q) &&
		 !tok_has(d, q + 1, T_NL); q--)
		if ((tok_is(d, q, "de") || tok_is(d, q, "du") || tok_is(d, q, "gioi")) &&
			gb_listed_phrase_at(d, q, gb_proposal_words) > 0)
			return true;
	return false;
}

/*
 * Whether the ";" or "." at q leaves the sentence of a post left going on
 * (post_after_leaving()): a dot inside an abbreviation, glued to both its
 * neighbours with a capital after it, "Thành ủy TP.HCM", "Ủy viên T.Ư
 * Đảng"; a ";" before the post taken, "thôi giữ chức X; được điều động
 * giữ chức Y", "...; điều động, chỉ định tham gia ..., giữ chức Y", the
 * second clause opening with the verb of an appointment and no subject
 * (stop 33 P4).
 */
static bool
leaving_goes_on(const GbDoc *d, int q)
{
	if (tok_punct(d, q, '.'))
		return !tok_has(d, q, T_SPACE) && !tok_has(d, q + 1, T_SPACE) && gb_word_upper(d, q + 1) &&
			gb_word_upper(d, q - 1) && !tok_has(d, q + 1, T_NL);
	if (!tok_punct(d, q, ';') || tok_has(d, q + 1, T_NL) || !gb_word_lower(d, q + 1))
		return false;
	return (tok_is(d, q + 1, "duoc") && gb_exact_any(d, q + 1, "được")) ||
		(tok_is(d, q + 1, "de") && gb_exact_any(d, q + 1, "để")) ||
		gb_listed_phrase_at(d, q + 1, gb_appoint_verbs) > 0;
}

/*
 * "bổ sung ông A, nguyên Giám đốc Sở Nội vụ vào Ủy viên Ủy ban, Ban
 * Thường trực ... và giữ chức vụ X": "vào" at s before the membership a
 * person is added to, as "tham gia" before the committees joined (stop 35
 * U7).  Out of line: asked only after a person's titles.
 */
static __attribute__((noinline)) bool
joined_into(const GbDoc *d, int s)
{
	return tok_is(d, s, "vao") && gb_exact_any(d, s, "vào") && gb_word_upper(d, s + 1) &&
		gb_title_at(d, s + 1, false) > s + 1;
}

/*
 * "nhận nhiệm vụ tại LĐLĐ tỉnh" at j: the unit where one goes to work,
 * after "tại", no post.  "nhận nhiệm vụ Thứ trưởng ..." names the post
 * itself (the post's verb "nhận nhiệm vụ"), so the place's "tại" is what
 * tells them apart.
 */
static bool
work_place_after(const GbDoc *d, int j)
{
	return tok_is(d, j + 3, "tai") && !tok_has(d, j + 3, T_NL) &&
		gb_exact_words(d, j, 4, "nhận nhiệm vụ tại");
}

/*
 * "A, Ủy viên Trung ương Đảng, thôi giữ chức Phó trưởng ban ... để chỉ
 * định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy",
 * "A thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ chức Bí thư
 * Tỉnh ủy để nhận công tác mới, giữ chức Thứ trưởng ...": the post left
 * after "thôi" (ceases) at j is no longer the person's; the one taken
 * with "giữ chức" later in the sentence, before another person is named,
 * is.  So too after "tham gia" (joins) at j: "A, Thứ trưởng ..., tham
 * gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy" (probe
 * 43 G1), the committees joined are no post, the one held after them is.
 * So too after "đến (về) nhận công tác" (goes to work at): "A - Bí thư
 * Quận ủy đến nhận công tác tại UBND thành phố để được tiếp nhận, bổ
 * nhiệm giữ chức Giám đốc Sở Nội vụ" (probe 55 G1), the unit is no post;
 * and after "đến nhận nhiệm vụ tại": "điều động ông A, T, đến nhận nhiệm
 * vụ tại LĐLĐ tỉnh và chỉ định giữ chức Bí thư Đảng đoàn LĐLĐ tỉnh"
 * (probe bd BD6).
 * Returns where that "giữ chức" stands, or j.  Out of line, seldom called.
 */
static __attribute__((noinline)) int
post_after_leaving(const GbDoc *d, int j, bool caps)
{
	const GbPhrase *ph = NULL;
	int			q,
				s;
	bool		joins;

	if (tok_has(d, j + 1, T_NL))
		return j;
	/* "A sẽ thôi tham gia ...", "A, ..., được điều động, chỉ định tham gia ..." */
	s = appointed_end(d, post_adverbs_end(d, j));
	if (tok_has(d, s + 1, T_NL))
		return j;
	joins = (tok_is(d, s, "tham") && tok_is(d, s + 1, "gia") && gb_exact_words(d, s, 2, "tham gia")) ||
		joined_into(d, s);
	if (!joins && !(tok_is(d, s, "thoi") && gb_exact_any(d, s, "thôi")) &&
		!(tok_is(d, s + 1, "nhan") && gb_exact_any(d, s, "đến|về") &&
		  (gb_exact_words(d, s + 1, 3, "nhận công tác") || work_place_after(d, s + 1))))
		return j;
	/*
	 * up to the sentence's end or another person, within 64 tokens: "thôi
	 * tham gia Ban Chấp hành Đảng bộ, Ban Thường vụ Tỉnh ủy và thôi giữ chức
	 * P, Q nhiệm kỳ 2025 - 2030 để tham gia ... và giữ chức X" takes some
	 * 50 before the post held (probe 51 G1)
	 */
	for (q = s + 1; q < d->ntok && q < s + 64; q++)
	{
		if (tok_has(d, q, T_NL) ||
			((tok_punct(d, q, '.') || tok_punct(d, q, ';')) && !leaving_goes_on(d, q)) ||
			tok_punct(d, q, ':') || gb_name_at(d, q, true, caps) > 0)
			return j;
		/*
		 * after "tham gia", the verb joined to it ("... và giữ chức"), not
		 * one inside what is joined ("tham gia ý kiến về người giữ chức")
		 */
		if (tok_is(d, q, "giu") && !tok_is(d, q - 1, "thoi") &&
			(!joins || tok_is(d, q - 1, "va") || tok_punct(d, q - 1, ',')) &&
			gb_dict_match(d, q, CAT_POSTVERB, &ph) > 0 && gb_exact_any(d, q, "giữ"))
			return proposed_before(d, q) ? j : q;
		/*
		 * "thôi giữ chức X để đảm nhiệm cương vị Y", "thôi chức vụ X để
		 * nhận nhiệm vụ mới là Y": the new post's other verbs, after "để"
		 * or a comma (probe ap AP4)
		 */
		if (!joins && (tok_is(d, q, "dam") || tok_is(d, q, "nhan")) && gb_word_lower(d, q) &&
			((tok_is(d, q - 1, "de") && gb_exact_any(d, q - 1, "để")) || tok_punct(d, q - 1, ',')) &&
			gb_dict_match(d, q, CAT_POSTVERB, &ph) > 1 && gb_exact_any(d, q, "đảm|nhận"))
			return proposed_before(d, q) ? j : q;
	}
	return j;
}

/*
 * The end of the term "nhiệm kỳ 2020-2025" that closes a person's post at
 * k, a comma before it or none, or k.  The title leaves the term out (the
 * post is the same in every term) and the sentence goes on after it as
 * after the post: "A, Phó Bí thư Tỉnh ủy nhiệm kỳ 2020-2025, giữ chức
 * ..." (probe 43 G1).
 */
int
term_after_post(const GbDoc *d, int k)
{
	int			j = tok_punct(d, k, ',') ? k + 1 : k,
	/* "Phó Chủ tịch UBND tỉnh nhiệm kỳ năm 2016 - 2021 đã được bầu ..." (probe ax AX1c) */
				y = tok_is(d, j + 2, "nam") && gb_exact_any(d, j + 2, "năm"),
				e = term_years_past(d, j, y);

	/* on the post's line: no break inside "nhiệm kỳ", nor before the last year */
	return e > j && !tok_has(d, j + 1, T_NL) && !tok_has(d, j + 4 + y, T_NL) ? e : k;
}

/*
 * The token after up to two adverbs at k before the verb of a post taken:
 * "tiếp tục", "đã", "lại"; k when there is none.
 */
static inline int
post_adverbs_end(const GbDoc *d, int k)
{
	int			a,
				m;

	for (m = 0; m < 2 && !tok_has(d, k, T_NL) && gb_dict_may_match(d, k, CAT_ADVERB) &&
		 !gb_dict_may_match(d, k, CAT_POSTVERB); m++)
	{
		if ((a = gb_dict_match(d, k, CAT_ADVERB, NULL)) == 0)
			break;
		k += a;
	}
	return k;
}

/*
 * The verb of a post taken at k, spelled with its tone marks ("giữ chức",
 * "tái đắc cử"): its length, or 0.  A capital after "chức" opens the post,
 * no part of the noun "chức vụ": "giữ chức Vụ trưởng Vụ X" is "giữ chức"
 * and the title (stop 29 C8).
 */
static int
post_verb_len(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, k, CAT_POSTVERB, &ph);

	if (m == 0 || !gb_exact_words(d, k, m, ph->value))
		return 0;
	if (m > 2 && tok_is(d, k + m - 2, "chuc") && gb_word_upper(d, k + m - 1) &&
		!tok_has(d, k + m - 1, T_ALLCAPS) && gb_title_at(d, k + m - 1, false) > k + m - 1)
		return m - 1;
	return m;
}

/*
 * "A, Cục trưởng Cục An ninh nội địa (Bộ Công an), tham gia Ban Chấp hành
 * ... và giữ chức X": the body above the last post, put in parentheses
 * after it, is no word of the sentence.  The token after a closed
 * parenthesis of a few words on one line at k, or k.
 */
static int
paren_after_post(const GbDoc *d, int k)
{
	int			q;

	if (!tok_punct(d, k, '('))
		return k;
	q = paren_close(d, k, 8, true);
	return q > k + 1 && !tok_has(d, q + 1, T_NL) ? q + 1 : k;
}

/*
 * A post's phrase of m words at j, its words after the first in lower case
 * on one line, that ends the clause (a comma, a stop, ";", the line's end)
 * or has its term after it ("nhiệm kỳ"): its end, else j.
 */
static int
lower_post_end(const GbDoc *d, int j, int m)
{
	int			e;

	for (e = j + 1; e < j + m; e++)
		if (tok_has(d, e, T_NL) || !gb_word_lower(d, e))
			return j;
	return e >= d->ntok || tok_has(d, e, T_NL) || tok_punct(d, e, ',') || tok_punct(d, e, '.') ||
		tok_punct(d, e, ';') || (tok_is(d, e, "nhiem") && tok_is(d, e + 1, "ky")) ? e : j;
}

/*
 * "được bầu là bí thư chi bộ nhiệm kỳ 2017-2020", "được bầu làm phó bí
 * thư chi bộ.": a post in lower case whose phrase names its cell, after a
 * vote's or a post's verb ("bầu là", "làm", "giữ chức"); it ends the
 * clause or its term follows (stop 42 AW4).  After a
 * dash alone it stays prose (stop 32 K6).  Its end, or j.
 */
static int
elected_cell_post(const GbDoc *d, int j)
{
	int			head,
				m;

	if (!gb_word_lower(d, j) || (m = gb_title_head(d, j, &head)) < 4 ||
		!tok_is(d, j + m - 2, "chi") || !tok_is(d, j + m - 1, "bo"))
		return j;
	return lower_post_end(d, j, m);
}

/*
 * "Các đồng chí A, B, C được bầu giữ chức Phó chủ tịch.": a post's head
 * alone in sentence case ("Phó chủ tịch", "phó bí thư"), no body after it,
 * is prose to gb_title_end() ("phó chủ tịch các xã"); after a verb that
 * names what follows as a post ("giữ chức", "giữ chức vụ", "đảm nhiệm chức
 * danh", "cương vị") and ending the clause, it is the post (probe bd
 * BD4), as "Phó Chủ tịch." in capitals is.  j: the token after the verb.
 * Its end, or j.  Out of line: asked only when no other post is there.
 */
static __attribute__((noinline)) int
named_bare_post(const GbDoc *d, int j)
{
	int			head,
				m;

	if (j < 2 || tok_has(d, j, T_NL) ||
		!(tok_is(d, j - 1, "chuc") ||
		  (tok_is(d, j - 2, "chuc") && (tok_is(d, j - 1, "vu") || tok_is(d, j - 1, "danh"))) ||
		  (tok_is(d, j - 2, "cuong") && tok_is(d, j - 1, "vi"))) ||
		(m = gb_title_head(d, j, &head)) == 0)
		return j;
	return lower_post_end(d, j, m);
}

/*
 * "Bác sỹ A- Ủy viên Ban chấp hành Đảng bộ, Phó giám đốc, cùng ...": a
 * post's head alone in sentence case, its first word capitalized and the
 * rest in lower case, listed after another post of the same person and
 * ending the clause, is his post in his own unit, as "Phó Giám đốc," is
 * (probe bi BI1); gb_placed_title_at() leaves it as prose ("Phó giám đốc
 * các bệnh viện").  i: the token after the separator.  Its end, or i.
 * Out of line: asked only where the list of posts would stop.
 */
static __attribute__((noinline)) int
listed_bare_post(const GbDoc *d, int i, bool caps)
{
	int			head,
				m,
				k;

	if (caps || i >= d->ntok || tok_has(d, i, T_NL) || !gb_word_upper(d, i) ||
		(m = gb_title_head(d, i, &head)) < 2)
		return i;
	for (k = i + 1; k < i + m; k++)
		if (tok_has(d, k, T_NL) || !gb_word_lower(d, k))
			return i;
	k = i + m;
	return k >= d->ntok || tok_has(d, k, T_NL) || tok_punct(d, k, ',') || tok_punct(d, k, '.') ||
		tok_punct(d, k, ';') ? k : i;
}

/*
 * "A tái đắc cử Bí thư Huyện ủy Hoàng Su Phì", "A được bầu giữ chức Chủ
 * tịch UBND huyện Trần Văn Thời": the post's holder is A, named before
 * the verb, so a person-shaped name right after the post's committee
 * ("... ủy") or level word is its place (probe ax AX3); "Bí thư Huyện ủy
 * A phát biểu", no holder before, names the secretary.  Asked only when
 * a name follows the post.  The place's end, or e.
 */
static __attribute__((noinline)) int
holder_post_place(const GbDoc *d, int e, bool caps)
{
	int			n;

	if (tok_has(d, e, T_NL) || tok_has(d, e - 1, T_NL))
		return e;
	if (!tok_is(d, e - 1, "uy") &&
		!(gb_word_lower(d, e - 1) && gb_dict_match(d, e - 1, CAT_LEVEL, NULL) == 1) &&
		!(e >= 2 && gb_word_lower(d, e - 2) && gb_dict_match(d, e - 2, CAT_LEVEL, NULL) == 2))
		return e;
	n = gb_name_at(d, e, true, caps);
	return n > 0 && !tok_has(d, e + n - 1, T_NL) ? e + n : e;
}

/*
 * "A và B được ... chỉ định giữ chức Bí thư và Phó Bí thư Thành ủy Đà
 * Nẵng": after a bare post [j, e) that taken_post() read, "và" and a second
 * post whose capitalized body, written once, is the first one's too; the
 * two persons joined by "và" before the verb take them in turn (probe bb
 * BB7).  The caller checks the persons.  Returns the second post's end,
 * the body's start in *body; or e.
 */
int
paired_post_body(const GbDoc *d, int j, int e, bool caps, int *body)
{
	int			head,
				h,
				t;

	if (!tok_is(d, e, "va") || !gb_exact_any(d, e, "và") || tok_has(d, e + 1, T_NL) ||
		gb_title_head(d, j, &head) != e - j || (h = gb_title_head(d, e + 1, &head)) == 0 ||
		!gb_word_upper(d, e + 1 + h) || tok_has(d, e + 1 + h, T_NL) ||
		(t = gb_placed_title_at(d, e + 1, caps)) <= e + 1 + h || gb_name_follows(d, t, caps))
		return e;
	*body = e + 1 + h;
	return t;
}

/*
 * A post the person is elected to or takes up, after the name and its
 * titles at k: "A tái đắc cử Bí thư Huyện ủy", "A – Ủy viên ... tiếp tục
 * tái đắc cử Bí thư Huyện ủy", "A được bầu giữ chức vụ Bí thư Đảng ủy",
 * "A, nguyên Chủ tịch UBND huyện, làm Bí thư Đảng ủy xã".  The post is
 * his from then on, a title as those written beside the name.  Returns the
 * end of the titles taken, the first one's span in *t0 and *t1, or k.
 */
int
taken_post(GbOffState *st, const GbDoc *d, int k, Official *o, bool caps, int *t0, int *t1)
{
	int			j = paren_after_post(d, term_after_post(d, k)),
				m,
				a,
				e;
	bool		named;

	if (gb_title_sep(d, j))
	{
		const char *body;

		j = post_after_leaving(d, j + 1, caps);
		/*
		 * "A, Trưởng Phòng Nội vụ huyện, đại biểu HĐND huyện được tín nhiệm
		 * bầu giữ chức danh X": a deputy's seat, then the verb (probe 55 G1)
		 */
		if (tok_is(d, j, "dai") && gb_exact_words(d, j, 2, "đại biểu") && !tok_has(d, j + 2, T_NL) &&
			(a = gb_parse_body(d, j + 2, &body)) > j + 2 && appointed_end(d, a) > a)
			j = a;
		/*
		 * "A, Chủ nhiệm Tổng cục Công nghiệp quốc phòng, Bộ Quốc phòng thôi
		 * tham gia ..., được điều động chỉ định ... và giữ chức X": the
		 * body above the last post, then the verbs (probe ax AX1a)
		 */
		else if (gb_word_upper(d, j) && !tok_has(d, j, T_NL) &&
				 (a = gb_parse_body(d, j, &body)) > j && !tok_has(d, a, T_NL) &&
				 (m = post_after_leaving(d, a, caps)) > a)
			j = m;
	}
	/* "A, Phó Giám đốc Sở X tham gia Ban Chấp hành, ... giữ chức vụ Y": no comma (probe 51 G1) */
	else if ((a = post_after_leaving(d, j, caps)) > j)
		j = a;
	/* "A - Hiệu trưởng nhà trường làm Bí thư Chi bộ": the unit the title before heads */
	else if (!caps && gb_word_lower(d, j) && !tok_has(d, j, T_NL) && !tok_has(d, j + 1, T_NL) &&
			 gb_dict_may_match(d, j + 2, CAT_POSTVERB))
	{
		for (m = 0; gb_unit_refs[m] != NULL; m++)
			if (gb_exact_words(d, j, 2, gb_unit_refs[m]))
			{
				j += 2;
				break;
			}
	}
	j = post_adverbs_end(d, j);
	/*
	 * "được tín nhiệm bầu giữ chức danh X", "được tiếp nhận, bổ nhiệm giữ
	 * chức X": the passive's verbs, then the post's verb or the post
	 */
	if ((a = appointed_end(d, j)) > j && !tok_has(d, a, T_NL) &&
		(((m = post_verb_len(d, a)) > 0 && !tok_has(d, a + m, T_NL)) ||
		 (m = 0, gb_placed_title_at(d, a, caps) > a) ||
		 /* "được tín nhiệm bầu lại là X", as "được bầu là X" */
		 (m = 1, tok_is(d, a, "la") && gb_exact_any(d, a, "là") && !tok_has(d, a + 1, T_NL) &&
		  (gb_placed_title_at(d, a + 1, caps) > a + 1 || elected_cell_post(d, a + 1) > a + 1))))
		j = a + m;
	else if (tok_has(d, j, T_NL) || !gb_dict_may_match(d, j, CAT_POSTVERB) ||
			 (m = post_verb_len(d, j)) == 0 || tok_has(d, j + m, T_NL))
		return k;
	else
		j += m;
	/* "được chỉ định tham gia Ban Chấp hành ... và giữ chức X": the post held */
	if (tok_is(d, j, "tham") && (a = post_after_leaving(d, j, caps)) > j &&
		(m = post_verb_len(d, a)) > 0 && !tok_has(d, a + m, T_NL))
		j = a + m;
	/* "được bầu tiếp tục giữ chức vụ": an adverb, then the verb of the post */
	if (gb_dict_may_match(d, j, CAT_ADVERB) && (a = gb_dict_match(d, j, CAT_ADVERB, NULL)) > 0 &&
		!tok_has(d, j + a, T_NL) && (m = post_verb_len(d, j + a)) > 0)
		j += a + m;
	/* "làm thư ký": a role in the meeting, read as such, no post */
	if (gb_dict_match(d, j, CAT_ROLE, NULL) > 0)
		return k;
	e = gb_placed_title_at(d, j, caps);
	named = e > j && gb_name_follows(d, e, caps);
	if (named && (a = holder_post_place(d, e, caps)) > e)
	{
		add_title(st, d, o, j, a);
		e = a;
	}
	else if ((e = add_title_ending(st, d, o, j, e, named, caps)) == j)
	{
		e = elected_cell_post(d, j);
		if (e == j)
			e = named_bare_post(d, j);
		if (e == j)
			return k;
		add_title(st, d, o, j, e);
	}
	*t0 = j;
	*t1 = e;
	/*
	 * "được chỉ định giữ chức Bí thư Đảng ủy, Chủ tịch HĐND phường": more
	 * posts after a comma, up to a name or a colon (a list's group)
	 */
	for (m = 0; m < MAX_CHAIN && gb_title_sep(d, e); m++)
	{
		a = gb_placed_title_at(d, e + 1, caps);
		if (a == e + 1 || gb_name_follows(d, a, caps) || tok_punct(d, a, ':'))
			break;
		a = title_cut_rest(d, a, caps);
		add_title(st, d, o, e + 1, a);
		e = a;
	}
	return e;
}

/*
 * "bầu cử bổ sung ông A, Phó Bí thư Tỉnh ủy là Chủ tịch UBND tỉnh X": the
 * post after "là" at k, after the person's titles, is the one an
 * election's verb right before him (at s, his honorific or name) gives,
 * as "bầu A giữ chức X" does (probe 101 AI3); not proposed ("đề nghị bầu
 * ông A, ... là X"), and "là" then a post only ("là người ..." is none).
 * honored: s is the honorific the list read; else the list's caller may
 * have read one before the name, maybe with a colon typed after it, "bầu
 * bà: A, ... là X".  Returns the end of the post, its span in *t0 and *t1,
 * or k.  Out of line, called only at "là".
 */
__attribute__((noinline)) int
elected_as(GbOffState *st, const GbDoc *d, int s, bool honored, int k, Official *o, bool caps,
		   int *t0, int *t1)
{
	const char *h;
	int			m,
				e;

	if (!gb_exact_any(d, k, "là") || tok_has(d, k + 1, T_NL))
		return k;
	if (!honored)
	{
		int			c = s >= 1 && tok_punct(d, s - 1, ':') && !tok_has(d, s, T_NL);

		for (m = 1; m <= 2 && s - c - m >= 0; m++)
			if (gb_honorific_at(d, s - c - m, &h) == m)
			{
				s -= c + m;
				break;
			}
	}
	if (tok_has(d, s, T_NL))
		return k;
	for (m = 1; m <= 4 && s - m >= 0; m++)
		if (gb_word_lower(d, s - m) && gb_listed_phrase_at(d, s - m, gb_vote_verbs) == m)
			break;
	if (m > 4 || s - m < 0 || proposed_before(d, s - m))
		return k;
	if ((e = add_placed_title(st, d, o, k + 1, caps)) == k + 1)
		return k;
	*t0 = k + 1;
	*t1 = e;
	return e;
}

/*
 * Whether the verb of a post taken stands at k, maybe after an adverb or
 * two: "được bầu giữ chức", "cùng tái đắc cử".  Out of line, seldom
 * called: after a list's member that failed to read as a name.
 */
static __attribute__((noinline)) bool
post_verb_at(const GbDoc *d, int k)
{
	k = post_adverbs_end(d, k);
	return !tok_has(d, k, T_NL) && post_verb_len(d, k) > 0;
}

/*
 * Whether the names of a list go on from k, "," or "và" before each, up to
 * the verb of a post they take: "A, Quảng Đại Tuyên và B được bầu giữ
 * chức ...", from after "Quảng Đại Tuyên".
 */
__attribute__((noinline)) bool
names_take_post(const GbDoc *d, int k, bool caps)
{
	int			i,
				n;

	for (i = 0; i < MAX_GROUP && (tok_punct(d, k, ',') || tok_is(d, k, "va")) &&
		 (n = gb_name_at(d, k + 1, false, caps)) > 0; i++)
		k += 1 + n;
	return post_verb_at(d, k);
}

/*
 * The end of a note on a photo right after a name at k, or k: "(đứng)",
 * "(giữa)", "(thứ 2 từ trái sang)", "(bên phải)", where the person stands
 * in the picture.  A few lower-case words and numbers, no post among them;
 * the titles go on after it.
 */
static int
photo_note(const GbDoc *d, int k)
{
	int			j;

	for (j = k + 1; j < k + 7 && (gb_word_lower(d, j) || tok_has(d, j, T_NUM)) &&
		 !tok_has(d, j, T_NL) && gb_placed_title_at(d, j, false) == j; j++)
		;
	return j > k + 1 && tok_punct(d, j, ')') && !tok_has(d, j, T_NL) ? j + 1 : k;
}

/*
 * Whether the word at e is the clause's verb (or the word before it),
 * after a person's titles: "được", an adverb ("đã", "tiếp tục"), a role
 * ("phát biểu", "chủ trì") or a word a title stops at that is no link
 * word ("trao", "nhấn mạnh"), in lower case; not an honorific, which opens
 * a person.
 */
static bool
clause_verb_at(const GbDoc *d, int e)
{
	const char *h;

	if (!gb_word_lower(d, e) || tok_has(d, e, T_NL) || gb_honorific_at(d, e, &h) > 0)
		return false;
	if (gb_dict_match(d, e, CAT_ADVERB | CAT_ROLE, NULL) > 0 || gb_exact_any(d, e, "được"))
		return true;
	return gb_title_stop(d, e) && !gb_exact_any(d, e, gb_link_words) &&
		!gb_exact_any(d, e, gb_clause_words);
}

/*
 * "Ông A - T1, T2; T3; Thượng tướng, T4 được Bộ Chính trị chỉ định ...":
 * after a ";" at k, titles alone, a rank and its comma perhaps before them
 * (a rank is no title), in segments parted by ";", up to the clause's verb
 * (clause_verb_at()): the person's posts, the sentence going on with him as
 * its subject.  An item of a list of those present opens with a name, or a
 * title before one ("; Phó Bí thư Tỉnh ủy B"), and such a list ends with no
 * verb.  Out of line: called only after a ";" inside a person's titles.
 */
static __attribute__((noinline)) bool
posts_to_verb(const GbDoc *d, int k, bool caps)
{
	GbTitleChain c;
	int			s,
				r,
				e;

	for (s = 0; s < MAX_CHAIN; s++)
	{
		r = gb_skip_rank(d, k);
		if (r > k && tok_punct(d, r, ',') && !tok_has(d, r + 1, T_NL))
			r++;
		if (tok_has(d, r, T_NL) || !gb_word_upper(d, r))
			return false;
		e = gb_parse_chain(d, r, caps, &c);
		if (e == r || tok_has(d, e, T_NL) || gb_name_follows(d, e, caps))
			return false;
		if (!tok_punct(d, e, ';'))
			return clause_verb_at(d, e);
		k = e + 1;
	}
	return false;
}

/*
 * After a ";" that ended a person's titles, at k: "A, Ủy viên Bộ Chính
 * trị; Bí thư Trung ương Đảng, Trưởng Ban Kinh tế Trung ương; B, ...".
 * A stray semicolon inside one person's titles (the caller has read one
 * title after the name at least): the segment opens with titles, two or
 * more and no name after them, where a list's item opens with a name.  One
 * title alone there is an item of its own, a post present with no name
 * ("A, Bí thư Tỉnh ủy; Phó Chủ tịch UBND tỉnh; ..."); titles before a
 * colon are a group's ("; Phó Bí thư: B, C"), and titles then other
 * classes of persons are a list of those present ("; Ủy viên Bộ Chính
 * trị, Ủy viên Ban Bí thư, lãnh đạo các ban"), as are memberships alone,
 * read as plural ("; Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư."): one
 * post at least is a seat one holds alone ("Trưởng Ban ...").
 */
static bool
titles_go_on(const GbDoc *d, int k, bool caps)
{
	GbTitleChain c;
	int			e;

	if (tok_has(d, k, T_NL))
		return false;

	/*
	 * "B, Phó Thủ tướng Chính phủ; nguyên Bí thư Thành ủy Hải Phòng; C,
	 * ...": a former post is no seat present without a holder, so the
	 * segment of former posts alone, up to the next ";" or the end, is the
	 * person's before it (probe bb BB9)
	 */
	if (gb_word_lower(d, k) && tok_is(d, k, "nguyen"))
	{
		e = gb_parse_chain(d, k, caps, &c);
		return e > k + 1 && (tok_punct(d, e, ';') || tok_punct(d, e, '.')) &&
			!gb_name_follows(d, e, caps);
	}
	if (!gb_word_upper(d, k))
		return false;
	if (posts_to_verb(d, k, caps))
		return true;
	e = gb_parse_chain(d, k, caps, &c);
	if (c.n < 2 || tok_punct(d, e, ':') || tok_punct(d, e, ',') || gb_name_follows(d, e, caps) ||
		plural_body_at(d, e))
		return false;
	for (k = 0; k < c.n; k++)
	{
		int			a = c.t0[k];

		/* "Ủy viên ...", "Tỉnh ủy viên": a member's seat */
		if (!(tok_is(d, a, "uy") && tok_is(d, a + 1, "vien")) &&
			!gb_member_head(d, a, c.t1[k]))
			return true;
	}
	return false;
}

/*
 * Whether a title at k runs into a name with no comma, that name's verb
 * after it: "..., Trưởng Ban Tổ chức Trung ương B nhấn mạnh".  So too with
 * no verb when the person before was written the same way, titles then
 * name (pre_titled): "T1, T2 A, T3, T4 B, T5 C chủ trì", a list in the house
 * style of titles before each name, one comma between persons; T3 opens
 * B's titles, not an apposition after A (probe 61 G1).  Out of line,
 * called only at the comma after a person's titles.
 */
static __attribute__((noinline)) bool
subject_after_titles(const GbDoc *d, int k, bool caps, bool pre_titled)
{
	int			e = gb_placed_title_at(d, k, caps),
				n;

	if (e == k || tok_has(d, e, T_NL) || (n = gb_name_at(d, e, true, caps)) <= 0)
		return false;
	return pre_titled || clause_verb_at(d, e + n);
}

/*
 * A duty in lower case inside a list of titles at i, "phụ trách công tác
 * tuyên giáo Đảng ủy": no post of its own, it does not end the list.  Its
 * end, the comma before a capitalized title, or i.  Out of line, called
 * only at "phụ trách".
 */
static __attribute__((noinline)) int
duty_phrase_end(const GbDoc *d, int i, bool caps)
{
	int			j;

	if (caps || !gb_word_lower(d, i) || tok_has(d, i + 1, T_NL) || !gb_exact_words(d, i, 2, "phụ trách"))
		return i;
	for (j = i + 2; j < i + 12 && j < d->ntok && tok_has(d, j, T_WORD) && !tok_has(d, j, T_NL); j++)
		;
	if (j == i + 2 || !tok_punct(d, j, ',') || tok_has(d, j + 1, T_NL) || !gb_word_upper(d, j + 1) ||
		gb_title_at(d, j + 1, caps) <= j + 1)
		return i;
	return j;
}

/*
 * A second post of the person's after "và" at k, which ended his title:
 * "Đại tướng Tô Lâm, Bí thư Đảng ủy Công an Trung ương và Bộ trưởng Bộ
 * Công an, cùng tham gia".  A capitalized post with its body, then the
 * clause's end or its verb; not a post before a name ("và Bộ trưởng Bộ
 * Công an Lương Tam Quang", the next person), nor a class of persons ("và
 * Giám đốc các sở").  Returns its end, or k.  Out of line, called only at
 * "và".
 */
static __attribute__((noinline)) int
and_post_end(const GbDoc *d, int k, bool caps)
{
	int			e;

	if (!gb_word_lower(d, k) || tok_has(d, k + 1, T_NL) || !gb_exact_any(d, k, "và") ||
		!gb_word_upper(d, k + 1) || (e = gb_title_at(d, k + 1, caps)) < k + 4 ||
		gb_name_follows(d, e, caps))
		return k;
	return tok_has(d, e, T_NL) || tok_punct(d, e, ',') || tok_punct(d, e, '.') ||
		tok_punct(d, e, ';') || gb_title_stop(d, e) ||
		gb_dict_match(d, e, CAT_ROLE, NULL) > 0 ? e : k;
}

/*
 * The end of a Party term in brackets after a post at k, "(khóa XXI)",
 * "(nhiệm kỳ 2015-2020)", "(khóa XX, nhiệm kỳ 2015 - 2020)", or k: it
 * tells the outgoing committee from the incoming one, the post is the
 * same, and the list of posts goes on after it (probe 49 G5).
 */
static int
paren_term_end(const GbDoc *d, int k)
{
	int			j = k + 1;

	if (tok_is(d, j, "khoa") && gb_exact_any(d, j, "khóa") &&
		(tok_has(d, j + 1, T_ROMAN) || tok_has(d, j + 1, T_NUM)))
	{
		j += 2;
		if (tok_punct(d, j, ',') && tok_is(d, j + 1, "nhiem"))
			j++;
	}
	if (tok_is(d, j, "nhiem") && tok_is(d, j + 1, "ky") && gb_exact_words(d, j, 2, "nhiệm kỳ") &&
		range_from(d, j + 2))
		j += 5;
	if (j == k + 1 || !tok_punct(d, j, ')'))
		return k;
	for (int i = k + 1; i <= j; i++)
		if (tok_has(d, i, T_NL))
			return k;
	return j + 1;
}

/*
 * "kiêm" at i after the comma or dash that ends a post: the next post is
 * held with it ("A, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, kiêm Chủ tịch
 * Hội Liên hiệp Phụ nữ xã", as the Front's vice-chairs are written since
 * 2025; stop 35 T3).  Only in lower case, on the separator's line.
 */
static inline bool
joined_post_word(const GbDoc *d, int i)
{
	return tok_is(d, i, "kiem") && gb_title_sep(d, i);
}

/*
 * Whether the comma at k closes its line and the next line goes on with
 * another title of the same person: a photo caption kept with its hard
 * line breaks, "Đ/c A - Giám đốc Sở Nội vụ,\n    Phó Trưởng Ban Tổ chức
 * Tỉnh ủy - khai mạc Hội nghị" (probe 57 G6).  A clause never ends at a
 * comma; a title with a name after it is the next person's, and a blank
 * line ends the list.  Out of line, seldom called.
 */
static __attribute__((noinline)) bool
title_after_wrap(const GbDoc *d, int k, bool caps)
{
	int			e;

	return tok_has(d, k + 1, T_NL) && !tok_has(d, k + 1, T_PARA) && gb_word_upper(d, k + 1) &&
		(e = gb_title_at(d, k + 1, caps)) > k + 1 && !gb_name_follows(d, e, caps);
}

/*
 * The end of a lower-case title at k right after a name with no comma
 * (gb_placed_lower_title(): its head and words after it, no plural), or
 * k.  Its head is a noun of posts, no verb ("ủy viên", "bí thư", "chủ
 * tịch"); what follows it is no name.  Out of line, called only at a
 * lower-case word after a name.
 */
static __attribute__((noinline)) int
lower_title_after_name(const GbDoc *d, int k, bool caps)
{
	int			e;

	if (gb_dict_match(d, k, CAT_ROLE, NULL) > 0 || gb_title_stop(d, k) ||
		(e = gb_placed_lower_title(d, k, caps)) == k || gb_name_follows(d, e, caps))
		return k;
	return e;
}

/*
 * "đồng chí Nay Y Phú Phó bí thư, Chủ tịch UBND huyện": a post in
 * sentence case at k, right after the name, its first word capitalized,
 * the next in lower case on the same line, read as one in lower case is
 * (stop 40 AL9); the post's words end the name.
 */
static inline bool
sentence_case_post(const GbDoc *d, int k)
{
	return gb_word_upper(d, k) && !tok_has(d, k, T_ALLCAPS) && gb_word_lower(d, k + 1) &&
		!tok_has(d, k + 1, T_NL);
}

/*
 * Whether the ":" at k, right after a name, sets off his title as a comma
 * would: "đồng chí Lê Văn An: Phó Bí thư Huyện ủy" (stop 33 O13).  A
 * label's colon ("Chủ trì: đồng chí A", "các đồng chí: A, B") comes before
 * the names, never here.  Out of line, called only where no title follows
 * the name.
 */
static __attribute__((noinline)) bool
name_colon_title(const GbDoc *d, int k, bool caps)
{
	int			e;

	return tok_punct(d, k, ':') && !tok_has(d, k + 1, T_NL) &&
		(e = gb_title_at(d, k + 1, caps)) > k + 1 && !gb_name_follows(d, e, caps);
}

/*
 * Whether the ":" at e, after a title that goes on a person's titles after
 * a comma, is typed for the ";" between two items of a list: "A, Phó Bí
 * thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh: B, Ủy viên Ban Thường vụ, ...".
 * The name after it has its own titles after a comma, an item "name,
 * titles" as A's; a group's label before a colon opens an item, after a
 * ";" (probe 58 G7).  Out of line, called only at such a colon.
 */
static __attribute__((noinline)) bool
colon_for_semicolon(const GbDoc *d, int e, bool caps)
{
	int			r = gb_skip_rank(d, e + 1),
				n,
				a;

	if (tok_has(d, e + 1, T_NL) || (n = gb_name_at(d, r, true, caps)) == 0 ||
		!tok_punct(d, r + n, ',') || tok_has(d, r + n + 1, T_NL))
		return false;
	a = r + n + 1;
	return gb_title_at(d, a, caps) > a;
}

/*
 * The first item after a name, at s, a standing committee with "Ủy viên"
 * left out ("A, Ban TVĐU, Chủ tịch UBMTTQ xã", "B, BTV Huyện ủy, Trưởng
 * Ban Dân vận"): a member's title when another of his posts follows it (a
 * committee in a list of attendees has none).  Returns its end, or s.
 * Out of line: called only where no title was read (stop 31 L-E9).
 */
static __attribute__((noinline)) int
standing_item(const GbDoc *d, int s, bool caps)
{
	int			a = gb_standing_item_end(d, s, caps),
				t;

	if (a == s || !gb_title_sep(d, a) || tok_has(d, a + 1, T_NL) ||
		(t = gb_title_at(d, a + 1, caps)) == a + 1 || gb_name_follows(d, t, caps))
		return s;
	return a;
}

/*
 * After a post's term ending at e, "(khóa XXI)" or "nhiệm kỳ 2020-2025": the
 * end of the next post a separator at e opens ("tân" and the like left
 * out), so that the list goes on; 0 if none.
 */
static int
post_after_term(const GbDoc *d, int e, bool caps)
{
	int			s,
				a;

	if (!gb_title_sep(d, e))
		return 0;
	s = e + 1 + new_post_word(d, e + 1);
	a = gb_title_at(d, s, caps);
	return a > s ? a : 0;
}

/*
 * ", tỉnh Quảng Ninh" at the comma k after a post: a place in apposition,
 * the province of the unit before it ("nguyên Chủ tịch UBND thị xã Đông
 * Triều, tỉnh Quảng Ninh, hiện đang là ..."), left out of the post as it
 * is before the list's end (probe 121 bc10).  A level in lower case, up to
 * four capitalized words, then a separator and another post (after
 * present_copula_end()'s words) with no name after it.  Returns the
 * separator, or k.  Out of line, called only at a comma.
 */
static __attribute__((noinline)) int
apposed_place_end(const GbDoc *d, int k, bool caps)
{
	int			j = k + 1,
				m = gb_dict_match(d, j, CAT_LEVEL, NULL),
				s,
				e;

	if (m == 0 || !gb_word_lower(d, j) || tok_has(d, j, T_NL))
		return k;
	for (j += m; j < k + m + 5 && gb_word_upper(d, j) && !tok_has(d, j, T_NL); j++)
		;
	if (j == k + 1 + m || !gb_title_sep(d, j))
		return k;
	s = present_copula_end(d, j + 1);
	e = gb_placed_title_at(d, s, caps);
	return e > s && !gb_name_follows(d, e, caps) ? j : k;
}

/*
 * "Ngoài ông Nguyễn Văn Vịnh, Thủ tướng cũng thi hành kỷ luật ...": after
 * "Ngoài (Bên cạnh, Cùng với) A," the post ending at e with "cũng" or
 * "còn" right after it is the subject of the clause, not A's post (probe
 * bc bc11); "Ngoài ông A, Bí thư Tỉnh ủy, còn có ..." closes his post with
 * a comma and keeps it.  k is the comma after the name.  Out of line,
 * called only for the first post after a comma.
 */
static __attribute__((noinline)) bool
beside_subject(const GbDoc *d, int k, int e)
{
	if (!(tok_is(d, e, "cung") || tok_is(d, e, "con")) || tok_has(d, e, T_NL))
		return false;
	/* back over the name and its honorific, no punctuation between */
	for (int j = k - 1; j >= 0 && j >= k - 7; j--)
	{
		if (!tok_has(d, j, T_WORD))
			return false;
		if (tok_is(d, j, "ngoai") ||
			(j > 0 && tok_is(d, j, "canh") && tok_is(d, j - 1, "ben")) ||
			(j > 0 && tok_is(d, j, "voi") && tok_is(d, j - 1, "cung")))
			return true;
		if (tok_has(d, j, T_NL))
			return false;
	}
	return false;
}

/*
 * Titles after a name: ", Ủy viên Bộ Chính trị, Trưởng Ban ...".  pre_titled:
 * the person's titles were written before his name.  Returns the end.
 */
int
post_titles(GbOffState *st, const GbDoc *d, int k, Official *o, bool caps, bool pre_titled)
{
	int			n,
				from = o->ntitles,
				a = age_apposition(d, k),
				k0 = k,
				n0 = o->ntitles,
				commas = 0,
				former = 0;

	/* "Trung tướng A (đứng) - Ủy viên Trung ương Đảng, ..." */
	if (a == k && tok_punct(d, k, '('))
		a = k = photo_note(d, k);
	/* "(76 tuổi) Chủ tịch ..." or "(76 tuổi), Chủ tịch ..." */
	if (a > k && (gb_title_at(d, a, caps) > a ||
				  gb_titles_follow(d, a, caps)))
		k = a;
	else if ((k = copula_titles(st, d, k, a, o, caps)) == k0 && a > k && tok_punct(d, a, ',') &&
			 gb_name_at(d, a + 1, true, caps) == 0)
	{
		/*
		 * "Ông A, 49 tuổi, được bầu làm Bí thư Tỉnh ủy X": the biography
		 * read, what follows its comma is read after it, the post taken by
		 * the verb as right after the name (probe-bf BF2); not a name, "A
		 * (SN 1959), B (SN 1960) được bầu": the list goes on
		 */
		k = a;
	}
	for (n = 0; n < MAX_CHAIN; n++)
	{
		int			e,
					s;

		/*
		 * "Nguyễn Văn A (Bí thư Tỉnh ủy)", "Nguyễn Văn A (30 tuổi, Bí thư
		 * Tỉnh ủy)", "Nguyễn Văn A (Bí thư Huyện ủy, Chủ tịch HĐND huyện)":
		 * the posts a comma apart, to the close
		 */
		if (tok_punct(d, k, '('))
		{
			int			b = paren_bio_end(d, k);
			GbTitleChain c;

			/* "Bí thư Tỉnh ủy (khóa XXI), Chủ tịch HĐND tỉnh": a term, the list goes on */
			if (n > 0 && (e = paren_term_end(d, k)) > k && post_after_term(d, e, caps) > 0)
			{
				k = e;
				continue;
			}

			e = gb_chain_end(d, b, caps, &c);
			/*
			 * "(Chủ tịch HĐND tỉnh, Phó bí thư thường trực)": a post in
			 * sentence case closing the brackets, where the person's posts
			 * stand, is one as after his name and a comma (stop 40 AL3)
			 */
			while (e > b && c.n < MAX_CHAIN && gb_title_sep(d, e) && !tok_punct(d, e + 1, '(') &&
				   (a = gb_placed_title_at(d, e + 1, caps)) > e + 1 && tok_punct(d, a, ')'))
			{
				c.t0[c.n] = e + 1;
				c.t1[c.n] = a;
				c.n++;
				e = a;
			}
			if (e == b || !tok_punct(d, e, ')'))
				break;
			for (int t = 0; t < c.n; t++)
				add_title(st, d, o, c.t0[t], c.t1[t]);
			k = e + 1;
			continue;
		}
		/*
		 * "nguyên Chủ tịch UBND quận Gò Vấp cũ, làm Bí thư Đảng ủy phường
		 * Gò Vấp": "cũ" after a title's place names the unit as it was
		 * before a merger, no part of the post and no end of his posts
		 * (stop 42 AU5)
		 */
		if (n > 0 && tok_is(d, k, "cu") && gb_word_upper(d, k - 1) && !tok_has(d, k, T_NL) &&
			gb_exact_any(d, k, "cũ") && (tok_punct(d, k + 1, ',') || tok_punct(d, k + 1, ';')))
		{
			k++;
			continue;
		}
		/* "đồng chí Nguyễn Văn A Bí thư Tỉnh ủy": a title may follow at once */
		if (!tok_has(d, k, T_NL) && (e = gb_title_at(d, k, caps)) > k &&
			!gb_name_follows(d, e, caps))
		{
			add_title(st, d, o, k, e);
			k = e;
			continue;
		}
		/*
		 * "đồng chí Nguyễn Văn A ủy viên ban thường vụ huyện ủy, phó chủ
		 * tịch UBND huyện": a title in lower case right after the name,
		 * with words after its head, starts his titles as a comma would
		 * (stop 33 K6)
		 */
		if (n == 0 && k == k0 && !tok_has(d, k, T_NL) &&
			(gb_word_lower(d, k) || sentence_case_post(d, k)) &&
			(e = lower_title_after_name(d, k, caps)) > k)
		{
			add_title(st, d, o, k, e);
			k = e;
			continue;
		}
		/*
		 * "A, Bí thư Tỉnh ủy Ninh Bình nhiệm kỳ 2020-2025, Trưởng Đoàn Đại
		 * biểu Quốc hội tỉnh": the term qualifies the post before it, as in
		 * brackets, and the comma after it goes on with his posts (probe ah
		 * AH2); a post with a name after it is the next person's
		 */
		if (n > 0 && tok_is(d, k + (tok_punct(d, k, ',') ? 1 : 0), "nhiem") &&
			(e = term_after_post(d, k)) > k && (a = post_after_term(d, e, caps)) > 0 &&
			!gb_name_follows(d, a, caps))
		{
			k = e;
			continue;
		}
		/* "A, nguyên Chủ tịch UBND thị xã X, tỉnh Y, hiện là ...": past the place */
		if (n > 0 && tok_punct(d, k, ',') && (a = apposed_place_end(d, k, caps)) > k)
		{
			k = a;
			continue;
		}
		/* "A, Bí thư Đảng ủy Công an Trung ương và Bộ trưởng Bộ Công an" */
		if (n > 0 && tok_is(d, k, "va") && (e = and_post_end(d, k, caps)) > k)
		{
			add_title(st, d, o, k + 1, e);
			k = e;
			continue;
		}
		/*
		 * "A – Bí thư Trung ương Đảng –– Chủ nhiệm Tổng cục Chính trị": a
		 * dash typed twice, one separator (stop 40 AL8)
		 */
		if (n > 0 && tok_punct(d, k, '-') && tok_punct(d, k + 1, '-') && !tok_has(d, k + 1, T_SPACE))
			k++;
		if (!gb_title_sep(d, k) && !(n > 0 && tok_punct(d, k, ';') && titles_go_on(d, k + 1, caps)) &&
			!(n > 0 && tok_punct(d, k, ',') && title_after_wrap(d, k, caps)) &&
			!(n == 0 && tok_punct(d, k, ':') && name_colon_title(d, k, caps)))
			break;

		/*
		 * "..., Ủy viên Quân ủy Trung ương; Thượng tướng, Phó Tổng Tham mưu
		 * trưởng ...": a rank among the posts is no title, the list goes on
		 * after it (a post then a name after it is the next person's)
		 */
		if ((a = gb_skip_rank(d, k + 1)) > k + 1 && tok_punct(d, a, ',') && !tok_has(d, a + 1, T_NL) &&
			(e = gb_title_at(d, a + 1, caps)) > a + 1 && !gb_name_follows(d, e, caps))
		{
			k = a;
			continue;
		}
		/* "A, tân Giám đốc Công an tỉnh X": the post, "tân" left out */
		s = k + 1;
		former = 0;
		if (new_post_word(d, s) && gb_placed_title_at(d, s + 1, caps) > s + 1)
			s++;
		/* "A, cựu Giám đốc Công ty X": the post, "cựu" kept as "nguyên" is */
		else if ((former = former_post_word(d, s)) > 0 && gb_placed_title_at(d, s + 1, caps) > s + 1)
			s++;
		/* "A, Phó Chủ tịch Ủy ban MTTQ xã, kiêm Chủ tịch Hội ...": so "kiêm" */
		else if (n > 0 && joined_post_word(d, s) && gb_placed_title_at(d, s + 1, caps) > s + 1)
			s++;
		/* "A, nguyên Bí thư Thị ủy X, hiện đang là Phó Chủ tịch ...": so "hiện là" */
		else if (n > 0 && tok_punct(d, k, ',') && (a = present_copula_end(d, s)) > s &&
				 gb_placed_title_at(d, a, caps) > a)
			s = a;
		/* "Lê Văn A – phó bí thư thường trực, ...": in lower case too */
		e = gb_placed_title_at(d, s, caps);

		/* "A, BTV Huyện ủy, Trưởng Ban Dân vận": the committee is his title */
		if (e == s && n == 0)
			e = standing_item(d, s, caps);
		/* "A- Ủy viên Ban chấp hành Đảng bộ, Phó giám đốc, cùng ..." */
		else if (e == s && n > 0)
			e = listed_bare_post(d, s, caps);

		/*
		 * "Nguyễn Văn A, XYZW Tỉnh ủy, Bí thư Huyện ủy": an abbreviation
		 * not known is passed over when a title follows it, the list goes on
		 */
		if (e == s)
		{
			int			a = gb_abbrev_title_end(d, k + 1, caps);

			/* "..., Phó Bí Thành ủy, Chủ tịch ...": a mistyped post, passed over too */
			if (a == k + 1)
				a = gb_prefix_item_end(d, k + 1, caps);
			if (a > k + 1 && gb_titles_follow(d, a, caps))
			{
				k = a;
				continue;
			}
			/* "..., phụ trách công tác tuyên giáo Đảng ủy, Phó Giám đốc Bệnh viện" */
			if (tok_is(d, k + 1, "phu") && tok_is(d, k + 2, "trach") &&
				(a = duty_phrase_end(d, k + 1, caps)) > k + 1)
			{
				k = a;
				continue;
			}
		}

		/*
		 * a title right before a name is the next person's; not one after
		 * a comma, before a colon typed for ";" (colon_for_semicolon())
		 */
		if (e == s || (gb_name_follows(d, e, caps) &&
					   !(n > 0 && tok_punct(d, k, ',') && tok_punct(d, e, ':') &&
						 colon_for_semicolon(d, e, caps))) ||
			ban_name_tail(d, e, caps) > e)
			break;
		if (n == 0 && tok_punct(d, k, ',') && beside_subject(d, k, e))
			break;
		e = joint_owner_end(d, s, title_cut_rest(d, e, caps));
		if (n == 0)
			k0 = k, n0 = o->ntitles;
		if (tok_punct(d, k, ','))
			commas++;
		add_title(st, d, o, s - former, e);
		k = e;
	}

	/*
	 * So are all the titles a comma apart before it when its verb follows:
	 * "chúc mừng ông A, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung
	 * ương B nhấn mạnh ...": they are B's, the subject's, set before his
	 * name; an appositive after A ends at a comma, never at a capitalized
	 * name (probe 47 G2).  So too after a person titled before his name
	 * with no verb (subject_after_titles()).  They are taken back, and the
	 * scan goes on before them.
	 */
	if (n > 0 && commas == n && tok_punct(d, k, ',') &&
		subject_after_titles(d, k + 1, caps, pre_titled))
	{
		o->ntitles = n0;
		k = k0;
	}
	share_place(st, d, o, from);
	return k;
}
