/*
 * meeting_kind.c
 *	  The kind of meeting at a token, and whether one is held there.
 *
 * kind_read() and its tests ("giao ban", "quán triệt" held by a body, a
 * verb, a cell; a review that holds no meeting), with the memo of the
 * dictionary's meeting words (meetword_read()).  Apart from the windows
 * that ask it: every other file asks for a kind through kind_at() and
 * meetword() in meeting_int.h, and this file holds what those answer.
 */
#include "meeting_int.h"

#define LEADER_WORDS	60		/* tokens of "do <person, titles> làm trưởng đoàn" after a delegation */

/* meetword_longest() for a token not read yet */
int
meetword_read(const GbDoc *d, int i, const GbPhrase **out)
{
	GbMeetMemo *memo = d->memo;

	if (memo == NULL)
		return gb_dict_match(d, i, CAT_MEETWORD, out);
	memo->word_len[i] = (int8_t) gb_dict_match(d, i, CAT_MEETWORD, &memo->word[i]);
	if (memo->word_len[i] > 0 && out)
		*out = memo->word[i];
	return memo->word_len[i];
}

/*
 * Whether "năm" at k is part of a document's name: "Cương lĩnh năm 1991",
 * "Hiến pháp năm 2013", "Luật Đất đai năm 2024".  The year the document was
 * adopted dates neither the meeting nor the work it reviews.  The name's
 * noun is written with a capital, and a name between it and "năm" too.
 */
bool
document_year(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j,
				n;

	for (j = k - 1; j >= 0 && j >= k - DOCNAME_BACK; j--)
	{
		if (!tok_has(d, j, T_WORD) || tok_has(d, j + 1, T_NL) ||
			(gb_dict_may_match(d, j, CAT_PREPOSITION) &&
			 gb_dict_match(d, j, CAT_PREPOSITION, NULL) > 0))
			return false;
		if (gb_tok_capitalized(d, j) && gb_dict_may_match(d, j, CAT_MEETWORD) &&
			(n = meetword_longest(d, j, &ph)) > 0 && ph->aux == MW_DOCNAME)
			return j + n == k || gb_tok_capitalized(d, j + n);
	}
	return false;
}

/*
 * "do ông X, Ủy viên Bộ Chính trị, ... làm Trưởng đoàn," or "do đồng chí X
 * dẫn đầu" at q: who leads the group named before it, set between the
 * subject and its verb.  Returns the token after it (and its comma), or q.
 */
int
leader_clause_end(const GbDoc *d, int q)
{
	int			j;

	if (!is_do(d, q) || tok_has(d, q, T_UPPER) || tok_has(d, q, T_NL))
		return q;
	for (j = q + 1; j < d->ntok && j < q + LEADER_WORDS; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, ';') ||
			(tok_punct(d, j, '.') && gb_sentence_break(d, j + 1)))
			return q;
		if (tok_is(d, j, "lam") && tok_is(d, j + 1, "truong") && tok_is(d, j + 2, "doan"))
			j += 3;
		else if (tok_is(d, j, "dan") && tok_is(d, j + 1, "dau"))
			j += 2;
		/*
		 * "Đoàn Kiểm tra số 542 ... do đồng chí A, Bí thư Trung ương Đảng,
		 * Trưởng Ban Dân vận Trung ương đã có buổi làm việc với ...": a
		 * person and titles, "làm Trưởng đoàn" left out, up to the group's
		 * working session (probe as AS1)
		 */
		else if (tok_is(d, j, "da") && !tok_has(d, j, T_UPPER) && !tok_has(d, j + 2, T_NL) &&
				 ((tok_is(d, j + 1, "lam") && tok_is(d, j + 2, "viec")) ||
				  (tok_is(d, j + 1, "co") && tok_is(d, j + 2, "buoi"))) &&
				 gb_exact_any(d, j, "đã") &&
				 ((tok_is(d, q + 1, "dong") && tok_is(d, q + 2, "chi")) ||
				  (tok_is(d, q + 1, "ong") && gb_exact_any(d, q + 1, "ông")) ||
				  (tok_is(d, q + 1, "ba") && gb_exact_any(d, q + 1, "bà"))))
			return j;
		else
			continue;
		return tok_punct(d, j, ',') ? j + 1 : j;
	}
	return q;
}

/*
 * Whether a leader clause ends just before i, past a comma and an adverb:
 * "Đoàn kiểm tra ... do ông X ... làm Trưởng đoàn, đã công bố", the act
 * of the group it leads.
 */
static bool
led_subject_of(const GbDoc *d, int i)
{
	int			j = i - 1,
				k;

	if (j > 0 && gb_dict_match(d, j, CAT_ADVERB, NULL) == 1)
		j--;
	if (tok_punct(d, j, ','))
		j--;
	if (!(tok_is(d, j - 1, "dan") && tok_is(d, j, "dau")) &&
		!(tok_is(d, j - 2, "lam") && tok_is(d, j - 1, "truong") && tok_is(d, j, "doan")))
		return false;
	for (k = j - 2; k > 0 && k > j - LEADER_WORDS; k--)
	{
		if (tok_has(d, k + 1, T_NL) || tok_punct(d, k, ';') ||
			(tok_punct(d, k, '.') && gb_sentence_break(d, k + 1)))
			return false;
		if (is_do(d, k) && !tok_has(d, k, T_UPPER))
			return skip_adverbs(d, leader_clause_end(d, k)) == i;
	}
	return false;
}

#define DELEGATION_WORDS	6		/* the longest delegation_at(), "đoàn kiểm tra, giám sát" */

/*
 * Whether "dẫn đầu đoàn kiểm tra" (công tác, khảo sát ...) ends just
 * before i, past an adverb: "ông A, Bí thư Trung ương Đảng, dẫn đầu đoàn
 * kiểm tra đã công bố quyết định ...", the act of the delegation he leads,
 * as "Đoàn kiểm tra do ông A dẫn đầu đã công bố" is (stop 32 M1c).
 */
static bool
leads_delegation_of(const GbDoc *d, int i)
{
	int			j = i - 1,
				q;

	if (j > 0 && gb_dict_match(d, j, CAT_ADVERB, NULL) == 1)
		j--;
	for (q = j - 1; q >= 2 && q > j - DELEGATION_WORDS; q--)
		if (delegation_at(d, q) == j - q + 1)
			return tok_is(d, q - 2, "dan") && tok_is(d, q - 1, "dau") &&
				!tok_has(d, q - 1, T_NL) && !tok_has(d, q, T_NL);
	return false;
}

#define FRONTED_PLACE	10		/* tokens of a place after a fronted "tại" */

/*
 * Whether the name ending at p - 2 closes a place that "tại" brings before
 * its clause's subject: "Sáng 12/3, tại Hội trường Thành ủy Vĩnh Yên, tỉnh
 * Vĩnh Phúc tổ chức ...": the comma closes the adverbial, and what follows
 * heads the clause (stop 31 L-F2a).
 */
bool
closes_fronted_place(const GbDoc *d, int p)
{
	int			j;

	for (j = p - 3; j >= 0 && j >= p - 2 - FRONTED_PLACE; j--)
	{
		if (!tok_has(d, j, T_WORD) || tok_has(d, j + 1, T_NL))
			return false;
		if (tok_is(d, j, "tai") && gb_exact_any(d, j, "tại"))
			return opens_subject(d, j);
	}
	return false;
}

/*
 * Whether a locality heading its clause, its level and capitalized name,
 * ends just before i, past adverbs: "Ngày 30/6, tỉnh Lai Châu công bố các
 * quyết định ...", the subject whose act the word at i is, as a body's
 * (stop 30 F2; place_subject_end()).
 */
static bool
place_subject_of(const GbDoc *d, int i)
{
	int			j,
				k,
				m;

	for (j = i - 1; j >= 0 && j >= i - AGENCY_WORDS; j--)
	{
		/* "TP. Hải Phòng công bố": the abbreviation's full stop */
		if (j >= 1 && tok_punct(d, j, '.') && city_abbrev(d, j - 1))
			continue;
		if (!tok_has(d, j, T_WORD) || tok_has(d, j + 1, T_NL))
			return false;
		/*
		 * a capitalized level only where a subject starts: "Tỉnh Bắc Giang
		 * công bố", and "TP Hải Phòng công bố", the level abbreviated in
		 * capitals (city_abbrev(), probe bb BB10)
		 */
		if ((!gb_tok_capitalized(d, j) ||
			 ((!tok_has(d, j, T_ALLCAPS) || city_abbrev(d, j)) && opens_subject(d, j))) &&
			(m = gb_dict_match(d, j, CAT_LEVEL, NULL)) > 0)
		{
			k = j + m;
			if (city_abbrev(d, j) && tok_punct(d, k, '.'))
				k++;
			for (; k < i && gb_tok_capitalized(d, k); k++)
				;
			return k > j + m && skip_adverbs(d, k) == i && opens_subject(d, j) &&
				!after_name(d, j);
		}
	}
	return false;
}

/*
 * "tỉnh" at r, before i: a level in lower case without its name after a
 * body's, of the body as body_at() reads it ("Sở Nội vụ tỉnh khai giảng lớp
 * bồi dưỡng", probe 31 J1).  Its length, or 0.
 */
static int
bare_level_before(const GbDoc *d, int r, int i)
{
	int			m = gb_dict_match(d, r, CAT_LEVEL, NULL);

	return m > 0 && r + m <= i && !tok_has(d, r, T_UPPER) && !tok_has(d, r, T_NL) &&
		!gb_tok_capitalized(d, r + m) ? m : 0;
}

/*
 * Whether a capitalized body's name ends just before i, past adverbs: "Ban
 * Tổ chức Thành ủy Hà Nội (đã) kỷ niệm", the subject whose act the word at
 * i is.  gb_parse_body() reads the name, not body_at(), which reads kinds.
 */
static bool
body_subject_of(const GbDoc *d, int i)
{
	const char *name;
	int			j,
				r;

	if (led_subject_of(d, i) || leads_delegation_of(d, i) || place_subject_of(d, i))
		return true;
	for (j = i - 1; j >= 0 && j >= i - AGENCY_WORDS; j--)
	{
		/* a number may end a cell's name: "Chi bộ thôn 3 sinh hoạt ..." */
		if (!tok_has(d, j, T_WORD | T_NUM) || tok_has(d, j + 1, T_NL))
			return false;
		/*
		 * not the body a person's title ends with: "Phó Trưởng Ban Tổ
		 * chức Trung ương công bố quyết định", the person's act
		 */
		if (gb_tok_capitalized(d, j) && gb_dict_may_match(d, j, CAT_BODY | CAT_BODYHEAD) &&
			(r = gb_parse_body(d, j, &name)) > j && name != NULL &&
			skip_adverbs(d, r + bare_level_before(d, r, i)) == i)
			return !phrase_ends_at(d, j, CAT_TITLE, 0) && gb_dict_match(d, j - 1, CAT_TITLE, NULL) < 2;
	}
	return false;
}

/* "kỷ niệm" (or "kỉ niệm") at i, the act a commemoration is named by */
static inline bool
commemoration_at(const GbDoc *d, int i)
{
	return tok_ky(d, i) && tok_is(d, i + 1, "niem");
}

/*
 * Whether a verb that holds an event ("tổ chức") ends just before i, past
 * a manner adverb: "tổ chức trọng thể Lễ ...", "tổ chức long trọng kỷ niệm".
 */
bool
held_by_verb(const GbDoc *d, int i)
{
	int			j;

	if (phrase_ends_at(d, i, CAT_MEETWORD, MW_VERB))
		return true;
	/* "tổ chức buổi công bố quyết định": the session of the act held (stop 33 P8) */
	if (session_classifier(d, i - 1) && phrase_ends_at(d, i - 1, CAT_MEETWORD, MW_VERB))
		return true;
	/*
	 * "tổ chức chương trình kỷ niệm 88 năm ...", "chương trình gặp mặt":
	 * the programme is the event named after it, as "buổi" is (stop 34 Q3);
	 * so is "sinh hoạt" before a commemoration, "tổ chức sinh hoạt kỷ niệm
	 * 50 năm ..." (probe 97 AE2)
	 */
	if (i >= 3 &&
		((tok_is(d, i - 2, "chuong") && tok_is(d, i - 1, "trinh")) ||
		 (tok_is(d, i - 2, "sinh") && tok_is(d, i - 1, "hoat") && commemoration_at(d, i))) &&
		!tok_has(d, i - 2, T_UPPER) && !tok_has(d, i - 1, T_NL) && !tok_has(d, i, T_NL | T_UPPER) &&
		phrase_ends_at(d, i - 2, CAT_MEETWORD, MW_VERB))
		return true;
	for (j = i - 1; j >= 0 && j >= i - 2; j--)
		if (gb_dict_match(d, j, CAT_ADVERB, NULL) == i - j &&
			phrase_ends_at(d, j, CAT_MEETWORD, MW_VERB))
			return true;
	return false;
}

/*
 * A round of a contest at q, before the contest's name: "(vòng) chung
 * khảo", "sơ khảo", "chung kết", "bán kết", and its level, "cấp tỉnh":
 * "tổ chức vòng chung khảo cấp tỉnh Hội thi ..." holds the contest
 * (stop 29 C7).  Returns the token after it, or q.
 */
int
contest_round_end(const GbDoc *d, int q)
{
	int			e = q,
				m;

	if (tok_is(d, e, "vong") && !tok_has(d, e + 1, T_NL))
		e++;
	if (tok_has(d, e + 1, T_NL) ||
		!((tok_is(d, e, "chung") && (tok_is(d, e + 1, "khao") || tok_is(d, e + 1, "ket"))) ||
		  (tok_is(d, e, "so") && tok_is(d, e + 1, "khao")) ||
		  (tok_is(d, e, "ban") && tok_is(d, e + 1, "ket"))))
		return q;
	e += 2;
	if (tok_is(d, e, "cap") && !tok_has(d, e + 1, T_NL) &&
		(m = gb_dict_match(d, e + 1, CAT_LEVEL, NULL)) > 0)
		e += 1 + m;
	return tok_has(d, e, T_NL) ? q : e;
}

/* Whether a round of the contest at i is held: "tổ chức vòng chung khảo ... Hội thi". */
static bool
round_held(const GbDoc *d, int i)
{
	int			j;

	for (j = i - 2; j >= 0 && j >= i - 5; j--)
		if (contest_round_end(d, j) == i && held_by_verb(d, j))
			return true;
	return false;
}

#define CONTEST_NAME_WORDS 30	/* tokens from a contest's word to its predicate */

/*
 * The verbs, folded, that say a contest is held, before it or after it;
 * the last, "khai mạc", only after it.
 */
static const char *const contest_verbs[][2] = {
	{"dien", "ra"}, {"be", "mac"}, {"ket", "thuc"}, {"khai", "mac"}
};

#define CONTEST_VERBS_AFTER	((int) (sizeof(contest_verbs) / sizeof(contest_verbs[0])))
#define CONTEST_VERBS_BEFORE (CONTEST_VERBS_AFTER - 1)

/* Whether one of the first n of contest_verbs is written at j. */
static bool
contest_verb_at(const GbDoc *d, int j, int n)
{
	for (int v = 0; v < n; v++)
		if (tok_is(d, j, contest_verbs[v][0]) && tok_is(d, j + 1, contest_verbs[v][1]))
			return true;
	return false;
}

/*
 * Whether the contest at i (m tokens) is held by a predicate of its own
 * sentence, as a meeting is (stop 34 Q1): the object of "diễn ra", "bế
 * mạc", "kết thúc" ("Ngày 19/5, đã diễn ra Hội thi ..."), or, opening its
 * clause, the subject of "được tổ chức", "diễn ra", "khai mạc", "bế mạc",
 * "kết thúc" or "do X tổ chức" ("Hội thi ... năm 2018 do Ban Tổ chức Huyện
 * ủy tổ chức vào ngày 3/10"); not one taken part in, "Chi bộ thôn 3 tham
 * gia Hội thi ... do Đảng ủy xã tổ chức", whose subject is another.
 */
static bool
contest_held(const GbDoc *d, int i, int m)
{
	int			j,
				k;

	if (i >= 2 && !tok_has(d, i - 1, T_NL) && contest_verb_at(d, i - 2, CONTEST_VERBS_BEFORE))
		return true;
	if (i > 0 && tok_has(d, i - 1, T_WORD) && !tok_has(d, i, T_NL))
		return false;
	for (j = i + m; j + 1 < d->ntok && j < i + m + CONTEST_NAME_WORDS; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':'))
			return false;
		if (tok_has(d, j + 1, T_NL))
			continue;
		if ((tok_is(d, j, "duoc") && tok_is(d, j + 1, "to") && tok_is(d, j + 2, "chuc")) ||
			contest_verb_at(d, j, CONTEST_VERBS_AFTER))
			return true;
		if (tok_is(d, j, "do") && gb_exact_any(d, j, "do"))
		{
			for (k = j + 1; k + 1 < d->ntok && k <= j + AGENCY_WORDS + 2; k++)
			{
				/* "Đảng ủy Khối Dân - Chính - Đảng TPHCM" */
				if (tok_has(d, k, T_NL) || !(tok_has(d, k, T_WORD | T_NUM) || tok_punct(d, k, '-')))
					return false;
				if (tok_is(d, k, "to") && tok_is(d, k + 1, "chuc") && !tok_has(d, k + 1, T_NL))
					return true;
			}
			return false;
		}
	}
	return false;
}

/*
 * Whether a body holds what starts at i, its name the subject of the verb
 * ending just before i: "Quận ủy Thanh Khê đã tổ chức đợt ...", not "Công
 * văn về tổ chức đợt ...", which speaks of it.
 */
static bool
held_by_body(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			j;

	if (!held_by_verb(d, i))
		return false;
	for (j = i - 1; j >= 0 && j >= i - 4; j--)
		if (meetword_longest(d, j, &ph) > 0 && ph->aux == MW_VERB)
			return body_subject_of(d, j);
	return false;
}

/*
 * Whether a meeting's noun ends just before i: "hội nghị kiểm điểm", "họp
 * kiểm điểm", the kind at i naming what that meeting does.
 */
bool
meeting_noun_before(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			j,
				m;

	if (tok_has(d, i, T_NL))
		return false;
	for (j = i - 1; j >= 0 && j >= i - 2; j--)
		if ((m = gb_dict_match(d, j, CAT_MEETKIND, &ph)) == i - j)
			return ph->aux == 0 && (m > 1 || gb_same_word(d, j, ph));
	return false;
}

/*
 * A kind that is also a person's act ("kiểm điểm": "yêu cầu đảng viên A
 * kiểm điểm", "Đại hội ... khai mạc, kiểm điểm việc thực hiện Nghị
 * quyết") names the meeting only when held ("tổ chức kiểm điểm"), as the
 * act of a body ("Ban Thường vụ Quận ủy đã kiểm điểm"), after a meeting's
 * noun ("hội nghị kiểm điểm") or in capitals, as a headline's first word.
 */
static bool
act_kind_held(const GbDoc *d, int i)
{
	return tok_has(d, i, T_UPPER) || held_by_verb(d, i) || meeting_noun_before(d, i) ||
		body_subject_of(d, i);
}

/*
 * Whether the decision handed over or announced at i ("trao quyết định",
 * "công bố quyết định", the kind of a ceremony named by its act) is what
 * a person attended and did there: "đồng chí Trương Thị Mai, ..., Trưởng
 * Ban Tổ chức Trung ương đã dự và trao quyết định ...", the ceremony held
 * (probe 59 G6).  A person's act alone, "đồng chí A trao các quyết định",
 * holds none.
 */
static bool
attended_decision_act(const GbDoc *d, int i, const GbPhrase *ph)
{
	return tok_is(d, i - 1, "va") && tok_is(d, i - 2, "du") && gb_exact_any(d, i - 2, "dự") &&
		decision_ceremony(ph);
}

#define CEREMONY_AHEAD	600		/* tokens after a decision's act to its ceremony named */

/*
 * Whether the decision handed over or announced at i (m tokens of kind ph,
 * "trao quyết định", "công bố quyết định") is the act of a ceremony the
 * text names by its noun further on, "lễ" or "buổi" before the same act:
 * "Ngày 22.9, ông A, ..., và bà B, ..., trao quyết định của Ban Thường vụ
 * Tỉnh ủy cho ông C ... Tại lễ trao quyết định, ông A ghi nhận ..." (probe
 * bd BD5, text 24).  A person's act with no ceremony named holds none.
 */
static bool
decision_ceremony_named(const GbDoc *d, int i, int m, const GbPhrase *ph)
{
	const GbPhrase *named = NULL;
	int			j;

	if (!decision_ceremony(ph) || ph->value == gb_kind_badge)
		return false;
	for (j = i + m; j < d->ntok && j < i + m + CEREMONY_AHEAD; j++)
	{
		if (!((tok_is(d, j, "le") && gb_exact_any(d, j, "lễ")) ||
			  (tok_is(d, j, "buoi") && gb_exact_any(d, j, "buổi"))))
			continue;
		if (tok_is(d, j, "buoi") && !tok_has(d, j + 1, T_NL) &&
			gb_dict_match(d, j + 1, CAT_MEETKIND, &named) > 0 && strcmp(named->value, ph->value) == 0)
			return true;
		if (tok_is(d, j, "le") && gb_dict_match(d, j, CAT_MEETKIND, &named) > 1 &&
			strcmp(named->value, ph->value) == 0)
			return true;
	}
	return false;
}

/*
 * "Hội nghị công bố (các) quyết định ...", "hội nghị công bố và trao quyết
 * định" at i (the act, "công bố", right after the plain noun): the meeting
 * named by the decision it announces, a `lễ công bố`, as "Hội nghị gặp
 * mặt" is `gặp mặt` (stop 38 ab8); not "Hội nghị ... đã công bố quyết
 * định", one of a plenum's acts after its own name or number, nor the
 * meeting already told of as the subject of its act, opening a sentence
 * inside its paragraph: "... tổ chức Hội nghị Ban Chấp hành. Hội nghị
 * công bố quyết định ...".
 */
bool
meeting_announces(const GbDoc *d, int i, const GbPhrase *ph)
{
	return (tok_is(d, i, "cong") || tok_is(d, i, "trien")) && tok_is(d, i - 2, "hoi") &&
		tok_is(d, i - 1, "nghi") &&
		!tok_has(d, i - 1, T_NL) && !tok_has(d, i, T_NL) &&
		strcmp(ph->value, "lễ công bố") == 0 &&
		(tok_has(d, i - 2, T_NL) || !sentence_end(d, i - 3));
}

#define PERSONNEL_AHEAD 16		/* tokens from "triển khai quyết định" to what it is about */

/*
 * Whether the decision "triển khai" at i (m tokens) is one on personnel,
 * the decision a ceremony announces: "triển khai quyết định (của Bộ Chính
 * trị) về công tác cán bộ", "... bổ nhiệm (điều động) đồng chí A", within
 * PERSONNEL_AHEAD tokens of its sentence; not "triển khai Quyết định số 12
 * về phòng, chống dịch", a policy carried out (probe ai AI7).
 */
static bool
personnel_decision(const GbDoc *d, int i, int m)
{
	int			j;

	for (j = i + m; j + 1 < d->ntok && j < i + m + PERSONNEL_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';'))
			return false;
		if ((tok_is(d, j, "bo") && tok_is(d, j + 1, "nhiem")) ||
			(tok_is(d, j, "dieu") && tok_is(d, j + 1, "dong")) ||
			(tok_is(d, j, "can") && tok_is(d, j + 1, "bo") &&
			 (tok_is(d, j - 1, "tac") || tok_is(d, j - 1, "ve"))))
			return true;
	}
	return false;
}

#define SESSION_AHEAD	40		/* tokens from a committee's task to the session its delegation holds */

/*
 * Whether the sentence goes on from i to a working session held,
 * "... làm việc với (tại) Hội Cựu chiến binh tỉnh", within SESSION_AHEAD.
 */
static bool
session_ahead(const GbDoc *d, int i)
{
	int			j,
				m;

	for (j = i + 1; j < d->ntok && j < i + SESSION_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';'))
			return false;
		if ((m = meetword(d, j, MW_SESSION, NULL)) > 0 && work_session(d, j, m))
			return true;
	}
	return false;
}

/*
 * A review word at i that names no meeting (stop 29 D3): a steering
 * committee's task in its name, "Đoàn kiểm tra của Ban Chỉ đạo tổng kết 10
 * năm thực hiện Kết luận 62 ... làm việc tại ...", where the sentence names
 * the session its delegation holds (without one, the review stays the
 * kind, and dates the lead); or a speaker's act joined to "đánh giá" ("Bí
 * thư Tỉnh ủy A đánh giá(,) tổng kết những kết quả ..."), unless that act
 * is held itself as a kind is (act_kind_held(): "hội nghị đánh giá, tổng
 * kết").
 */
static bool
review_not_meetings(const GbDoc *d, int i, const GbPhrase *ph)
{
	int			g;

	if (!(tok_is(d, i - 1, "dao") || tok_is(d, i - 1, "gia") || tok_punct(d, i - 1, ',')) ||
		!(strcmp(ph->value, "tổng kết") == 0 || strcmp(ph->value, "sơ kết") == 0) ||
		tok_has(d, i, T_UPPER))
		return false;
	if (tok_is(d, i - 1, "dao"))
		return tok_is(d, i - 2, "chi") && tok_is(d, i - 3, "ban") && gb_exact_any(d, i - 2, "chỉ") &&
			session_ahead(d, i);
	g = tok_punct(d, i - 1, ',') ? i - 3 : i - 2;
	return tok_is(d, g, "danh") && tok_is(d, g + 1, "gia") && !tok_has(d, g + 1, T_NL) &&
		!tok_has(d, i, T_NL) && !act_kind_held(d, g);
}

/*
 * Whether the Party cell's meeting at i, "sinh hoạt chi bộ (thường kỳ)",
 * is held: by its verb or its body, as "sinh hoạt chính trị" is, for a
 * guidance's subject names it as often ("nâng cao chất lượng sinh hoạt chi
 * bộ"); and "sinh hoạt thường kỳ, định kỳ", which names no cell, only by a
 * cell named before it in the sentence ("Chi bộ thôn 3 sinh hoạt thường
 * kỳ"), not a club's or a union's branch's (stop 30 E2).
 */
#define CELL_PLACE_AHEAD 40		/* tokens from a cell's meeting to "tại Chi bộ X" */

/*
 * The cell named after the Party cell's meeting at i (m tokens), in its
 * sentence: "sinh hoạt Chi bộ thôn 11", "sinh hoạt chi bộ chuyên đề quý
 * III về “...” tại (với, của) Chi bộ thôn 11", where it is held.  The token
 * where "Chi bộ" starts, or -1.
 */
static int
cell_named_after(const GbDoc *d, int i, int m)
{
	int			j;

	if (tok_is(d, i + 2, "chi") && gb_tok_capitalized(d, i + 2) && m == 4)
		return i + 2;
	for (j = i + m; j + 2 < d->ntok && j < i + m + CELL_PLACE_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';'))
			return -1;
		if ((tok_is(d, j, "tai") || tok_is(d, j, "voi") || tok_is(d, j, "cua")) &&
			tok_is(d, j + 1, "chi") && tok_is(d, j + 2, "bo") && gb_tok_capitalized(d, j + 1) &&
			!tok_has(d, j + 1, T_NL))
			return j + 1;
	}
	return -1;
}

/*
 * Whether the cell's meeting at i (m tokens) is one a person attends in
 * the cell named after it: "đồng chí A, Phó Chủ tịch HĐND xã (đến, tham)
 * dự sinh hoạt chi bộ ... tại Chi bộ thôn 11" (stop 31 I1); not a rule of
 * attendance, "tỷ lệ đảng viên dự sinh hoạt chi bộ đạt 95%", which names
 * no cell.  cell_attended_at() gives the cell's first token, or -1: "dự"
 * before i, the meeting's words from s to e ("buổi" passed over or not).
 */
int
cell_attended_at(const GbDoc *d, int i, int s, int e)
{
	if (!tok_is(d, i - 1, "du") || !gb_exact_any(d, i - 1, "dự") || tok_has(d, i, T_NL))
		return -1;
	return cell_named_after(d, s, e - s);
}

static bool
cell_meeting_attended(const GbDoc *d, int i, int m)
{
	return cell_attended_at(d, i, i, i + m) >= 0;
}

/*
 * Whether the plain noun before i, "Hội nghị", is held, naming the session
 * at i: "Chi bộ thôn Tân Minh đã tổ chức Hội nghị sinh hoạt chi bộ thường
 * kỳ tháng 9", as "tổ chức sinh hoạt chi bộ" is (probe ak AK4).
 */
static bool
held_noun_before(const GbDoc *d, int i)
{
	int			n = tok_is(d, i - 2, "hoi") && tok_is(d, i - 1, "nghi") ? i - 2 : -1;

	return n > 0 && meeting_noun_before(d, i) && (held_by_verb(d, n) || body_subject_of(d, n));
}

static bool
cell_meeting_held(const GbDoc *d, int i, int m)
{
	int			j;

	if (cell_meeting_attended(d, i, m))
		return true;
	if (!held_by_verb(d, i) && !body_subject_of(d, i) && !held_noun_before(d, i))
		return false;
	if (tok_is(d, i + 2, "chi"))
		return true;
	for (j = i - 1; j > 0 && j >= i - AGENCY_WORDS - 4; j--)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.'))
			return false;
		if (tok_is(d, j - 1, "chi") && tok_is(d, j, "bo") && gb_tok_capitalized(d, j - 1))
			return true;
	}
	return false;
}

/*
 * Whether the ceremony "lễ" at i (m tokens) is the Party's admission of new
 * members, named so, "Lễ kết nạp đảng viên mới được tổ chức ...", or told
 * by its act with a body as subject, "Chi bộ thôn 3 kết nạp quần chúng A
 * vào Đảng" (stop 32 K1); not a count of those admitted, "Đảng bộ huyện
 * kết nạp được 58 đảng viên", "kết nạp 12 đảng viên mới".
 */
static bool
admission_named(const GbDoc *d, int i, int m)
{
	if (!admission_act(d, i + m - 2))
		return false;
	if (m > 2)
		return true;
	return !tok_is(d, i + m, "duoc") && !tok_has(d, i + m, T_NUM) && body_subject_of(d, i);
}

/*
 * Whether the act at i is that of a count of members: "77,56% đảng viên
 * học tập, quán triệt Nghị quyết Trung ương 4", "34.801 đảng viên quán
 * triệt ...": a share of those who studied, a progress report, not a
 * meeting held (probe y Y9); not a meeting held for them, "tổ chức cho 300
 * đảng viên học tập, quán triệt ...".  "học tập", "nghiên cứu" joined
 * before the act are skipped.
 */
static bool
members_counted_act(const GbDoc *d, int i)
{
	int			j = i - 1;

	while (j >= i - 6 && j >= 3 &&
		   (tok_punct(d, j, ',') || tok_is(d, j, "va") ||
			(tok_is(d, j, "tap") && tok_is(d, j - 1, "hoc")) ||
			(tok_is(d, j, "cuu") && tok_is(d, j - 1, "nghien"))))
		j -= tok_punct(d, j, ',') || tok_is(d, j, "va") ? 1 : 2;
	return tok_is(d, j, "vien") && tok_is(d, j - 1, "dang") &&
		(tok_punct(d, j - 2, '%') || tok_has(d, j - 2, T_NUM)) && !tok_is(d, j - 3, "cho");
}

/*
 * Whether a kind of m syllables at i, folded as its value is spelled, has a
 * syllable written with other tone marks than the value's: "trên cơ sở kết
 * quả" folds as "sơ kết" does, but "sở" is no "sơ" (probe az AZ1).  A
 * syllable written without any mark ("so ket" in a text typed without
 * them) still counts; a value that is no spelling of its row ("học tập"
 * for "quán triệt") is not asked.  Called only when the words are not
 * spelled as the value, which is rare.
 */
static bool
kind_mistoned(const GbDoc *d, int i, int m, const GbPhrase *ph)
{
	char		f[64];
	const char *v = ph->value;
	int			k;

	if (gb_fold_into(v, strlen(v), f, sizeof(f)) < 0 || strcmp(f, ph->folded) != 0)
		return false;
	for (k = 0; k < m && *v; k++)
	{
		const GbTok *t = &d->tok[i + k];
		size_t		n = strcspn(v, " ");

		/* the value's k-th word alone: "hội" of "hội nghị", not the rest */
		if (t->len != t->flen && !gb_exact_word(d, i + k, v, n))
			return true;
		v += n;
		v += *v == ' ';
	}
	return false;
}

/*
 * Whether the m words at i are written byte for byte as the m words of
 * value, but for an ASCII first letter's case ("Hội nghị", "giao ban"): what
 * gb_exact_words() says first, inline, without its calls.  Most kinds read
 * are written so; only the others need kind_mistoned()'s questions.
 */
static inline bool
kind_written_as(const GbDoc *d, int i, int m, const char *v)
{
	int			k;

	for (k = 0; k < m; k++)
	{
		const GbTok *t = &d->tok[i + k];
		const char *s = d->norm.data + t->off;
		int			n = t->len,
					j;

		if (n == 0 || (s[0] != v[0] &&
					   !((s[0] | 0x20) == (v[0] | 0x20) && (v[0] | 0x20) >= 'a' && (v[0] | 0x20) <= 'z')))
			return false;
		for (j = 1; j < n; j++)
			if (s[j] != v[j] || v[j] == '\0')
				return false;
		if (v[n] != (k == m - 1 ? '\0' : ' '))
			return false;
		v += n + 1;
	}
	return true;
}

/*
 * Whether value can be its row's spelling at all: its first ASCII letter
 * folds to itself lower-cased, so a value whose first letter is not the
 * folded row's ("quán triệt" for "hoc tap", "lễ kỷ niệm" for "ky niem") is
 * no spelling of it, and kind_mistoned() would say no after folding it.
 */
static inline bool
kind_may_spell(const GbPhrase *ph)
{
	unsigned char c = (unsigned char) ph->value[0];

	return !(c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z' && (c | 0x20) != (unsigned char) ph->folded[0]);
}

int
kind_read(const GbDoc *d, int i, const GbPhrase **out)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, i, CAT_MEETKIND, &ph);

	if (m == 1 && !gb_same_word(d, i, ph))
		return 0;
	if (m > 1 && ph->value != NULL && kind_may_spell(ph) &&
		!kind_written_as(d, i, m, ph->value) && !gb_exact_words(d, i, m, ph->value) &&
		kind_mistoned(d, i, m, ph))
		return 0;
	/*
	 * "trong nhiệm kỳ Đại hội XII", "nửa nhiệm kỳ Đại hội Đảng bộ tỉnh": a
	 * congress right after "nhiệm kỳ" names the term it opened, no meeting
	 * of the text (probe be be7)
	 */
	if (m > 0 && ph->value == gb_kind_congress && i >= 2 && tok_is(d, i - 2, "nhiem") &&
		tok_ky(d, i - 1) && !tok_has(d, i, T_NL))
		return 0;
	/* "Hội thao", a sports meet, folds as "hội thảo" does: no seminar (stop 34 Q5) */
	if (m == 2 && tok_is(d, i + 1, "thao") && !gb_exact_any(d, i + 1, "thảo") &&
		strcmp(ph->value, "hội thảo") == 0)
		return 0;
	/*
	 * "gặp mặt" is a verb too ("ông A gặp mặt người thân"): an event only
	 * held ("tổ chức gặp mặt"), or named in capitals ("Gặp mặt cán bộ hưu
	 * trí"); "buổi gặp mặt" is one already, and so is "hội nghị gặp mặt"
	 * (stop 32 K11)
	 */
	if (m == 2 && tok_is(d, i, "gap") && tok_is(d, i + 1, "mat") && !tok_has(d, i, T_UPPER) &&
		!held_by_verb(d, i) && !meeting_noun_before(d, i))
		return 0;
	/*
	 * A ceremony named by its act alone, without "lễ" ("kỷ niệm", "khai
	 * giảng"), is mostly an occasion ("nhân kỷ niệm 70 năm", "dự khai
	 * giảng năm học"): the ceremony only when held, "tổ chức kỷ niệm 70
	 * năm", "tổ chức khai giảng lớp tập huấn", or the act of a body,
	 * "Ban Tổ chức Thành ủy Hà Nội kỷ niệm 85 năm Ngày truyền thống", or
	 * a decision handed over by those who attend ("đã dự và trao quyết
	 * định", attended_decision_act())
	 */
	if (m > 0 && tok_is(d, i, "trien") && strcmp(ph->value, "lễ công bố") == 0 && !personnel_decision(d, i, m))
		return 0;
	if (m > 0 && ceremony_act(d, i, ph) && !held_by_verb(d, i) &&
		!body_subject_of(d, i) && !attended_decision_act(d, i, ph) &&
		!meeting_announces(d, i, ph) && !decision_ceremony_named(d, i, m, ph))
		return 0;
	if (m > 0 && ph->value == gb_kind_self_review && !act_kind_held(d, i))
		return 0;
	/* "học tập (các) nghị quyết" only, not "học tập và làm theo ..." */
	if (m > 0 && ph->value == gb_kind_study)
	{
		int			r = i + m + (tok_is(d, i + m, "cac") ? 1 : 0);

		if (!(tok_is(d, r, "nghi") && tok_is(d, r + 1, "quyet")))
			return 0;
	}
	if (m > 0 && review_not_meetings(d, i, ph))
		return 0;
	if (m > 0 && ph->aux == 1 && !tok_has(d, i, T_UPPER) && members_counted_act(d, i))
		return 0;
	/*
	 * A ceremony named by "lễ" alone, its act in words of its own ("Lễ
	 * dâng hoa", "buổi lễ"), is a rite or a holiday as often ("nghi lễ",
	 * "dịp lễ 30/4"): the ceremony only when held, "tổ chức Lễ dâng hoa"
	 */
	if (m > 0 && ph->value[0] == 'l' && strcmp(ph->value, "lễ") == 0 && !held_by_verb(d, i) &&
		!admission_named(d, i, m))
		return 0;
	/*
	 * "về tổ chức đợt sinh hoạt chính trị tư tưởng": a campaign of sessions
	 * over weeks, not one meeting held; but the body holding it names the
	 * session it opens with, "Quận ủy ... đã tổ chức đợt sinh hoạt chính
	 * trị" (probe 45 G1), a phrase of its own from "đợt" (the gazetteer's
	 * "dot ..." kinds), which no kind inside it starts
	 */
	if (m > 0 && tok_is(d, i - 1, "dot") &&
		gb_dict_match(d, i - 1, CAT_MEETKIND, NULL) == m + 1)
		return 0;
	if (m > 0 && tok_is(d, i, "dot") && !held_by_body(d, i))
		return 0;
	/*
	 * "sinh hoạt chính trị" praises another meeting as often ("là đợt sinh
	 * hoạt chính trị quan trọng", "Sinh hoạt chính trị là nhiệm vụ ..."):
	 * the meeting only when held, by its body or its verb, or when "buổi"
	 * names the session (probe 45 G1)
	 */
	if (m > 0 && ph->value == gb_kind_political && tok_is(d, i, "sinh") && !held_by_verb(d, i) &&
		!body_subject_of(d, i))
		return 0;
	if (m > 0 && (ph->value == gb_kind_cell || ph->value == gb_kind_cell_theme) &&
		tok_is(d, i, "sinh") && !cell_meeting_held(d, i, m))
		return 0;
	/*
	 * "Chi bộ thôn 3 tổ chức sinh hoạt kỷ niệm 50 năm ...": a commemoration
	 * held, "sinh hoạt" naming its session as "chương trình" does
	 * (held_by_verb()), not the cell's monthly meeting (probe 97 AE2)
	 */
	if (m > 0 && ph->value == gb_kind_cell && tok_is(d, i + m - 1, "hoat") &&
		tok_is(d, i + m - 2, "sinh") && commemoration_at(d, i + m))
		return 0;
	/*
	 * a contest or a course is taken part in as often ("tham gia Hội thi",
	 * "cử cán bộ dự lớp bồi dưỡng"): the event only when held, "Ban Tuyên
	 * giáo Tỉnh ủy tổ chức Hội thi ..." (stop 29 C7)
	 */
	if (m > 0 && (ph->value == gb_kind_contest || ph->value == gb_kind_course ||
				  ph->value == gb_kind_course_political) && !held_by_verb(d, i) &&
		!(ph->value == gb_kind_contest && (round_held(d, i) || contest_held(d, i, m))))
		return 0;
	if (m > 0 && out)
		*out = ph;
	return m;
}
