/*
 * citations_mention.c
 *	  One citation where its document type stands (parse_citation()): its
 *	  number, what follows it, and the issuer and date written before it,
 *	  "Bộ Nội vụ ban hành Công văn ...", "Ngày 9/3/2022, Tổng Bí thư ... đã
 *	  ký Quy định ...".
 *
 * Apart from the chunk's walk (citations.c) because it reads one mention,
 * and from its attributes (citations_attrs.c) because the look-back and the
 * lists that share a suffix ("Nghị quyết số 18, 19-NQ/TW") are read only
 * here.
 */
#include "citations_int.h"

#define LISTED_CONGRESSES 6	/* at most, congresses listed after the first one */

/* Whether the capitals at i abbreviate kind K: "NQ" for Nghị quyết. */
static bool
abbrev_of(const GbDoc *d, int i, const GbKind *K)
{
	const GbPhrase *ph = NULL;
	const char *s = d->norm.data + d->tok[i].off;

	if (gb_dict_match(d, i, CAT_DOCTYPE, &ph) == 1 && strcmp(ph->value, K->name) == 0)
		return true;
	return K->letters && strlen(K->letters) == d->tok[i].len &&
		memcmp(K->letters, s, d->tok[i].len) == 0;
}

/*
 * The token after the years of a congress's term written after its name at
 * e, "(nhiệm kỳ 2020-2025)" or ", nhiệm kỳ 2020 - 2025", or e when there
 * are none: part of the congress's name, no end of a list of congresses.
 */
static int
congress_years_end(const GbDoc *d, int e)
{
	int			q;

	if (!(tok_punct(d, e, '(') || tok_punct(d, e, ',')) || tok_has(d, e + 1, T_NL) ||
		(q = term_years_end(d, e + 1)) == e + 1)
		return e;
	if (tok_punct(d, e, ','))
		return q;
	return tok_punct(d, q, ')') ? q + 1 : e;
}

/* The token after the end of the sentence-level look-back window. */
int
sentence_start(const GbDoc *d, int i, int floor)
{
	int			k = i;

	while (k > floor && i - k < 60 && !gb_break_at(d, k))
		k--;
	return k;
}

/*
 * Where the adverbs before a subject's verb at v start: "đã khẩn trương ban
 * hành", "vừa long trọng tổ chức"; four at most, of one or two words each,
 * in lower case, from floor on.  held: a meeting held, its adverbs on the
 * verb's line and not "sẽ", which tells one still to come.  v when none.
 */
int
adverbs_back(const GbDoc *d, int v, int floor, bool held)
{
	int			n,
				L;

	for (n = 0; n < 4; n++)
	{
		for (L = 2; L >= 1; L--)
			if (v - L >= floor && !tok_has(d, v - L, T_UPPER) &&
				!(held && (tok_has(d, v - L + 1, T_NL) || tok_is(d, v - L, "se"))) &&
				gb_dict_match(d, v - L, CAT_ADVERB, NULL) == L)
				break;
		if (L == 0)
			break;
		v -= L;
	}
	return v;
}

/*
 * Where the subject of the issuing verb at v ends: before adverbs ("đã
 * khẩn trương ban hành") and before the term written on it ("Ban Chấp hành
 * Đảng bộ tỉnh khóa XV đã ban hành", "Ban Chấp hành Trung ương Đảng - khóa
 * XIII, đã ban hành"), which is the document's term.
 */
static int
subject_end(const GbDoc *d, int v, int floor, Mention *m)
{
	int			b = adverbs_back(d, v, floor, false),
				t;

	if (b - 1 >= floor && tok_punct(d, b - 1, ','))
		b--;
	if (b - 2 >= floor && tok_punct(d, b - 1, ')') && tok_is(d, b - 3, "khoa") &&
		tok_punct(d, b - 4, '(') && b - 4 >= floor &&
		gb_parse_term(d, b - 2, &t) == b - 1)
	{
		if (!m->term)
			m->term = t;
		return b - 4;
	}
	if (b - 2 >= floor && tok_is(d, b - 2, "khoa") && gb_parse_term(d, b - 1, &t) == b)
	{
		if (!m->term)
			m->term = t;
		b -= 2;
		if (b - 1 >= floor && (tok_punct(d, b - 1, '-') || tok_punct(d, b - 1, ',')))
			b--;
	}
	return b;
}

/*
 * Whether the body at s, ending at e as the subject of "ký" or "ban
 * hành", names the person who signs rather than a body: a post held by
 * one person ("Thường trực Ban Bí thư"), or a post with the signer's name
 * read into the body ("Chủ tịch UBND tỉnh Nguyễn Văn An", "Bộ trưởng Bộ
 * Công an Lò Văn Sơn").  The body a post signs for ("Chủ tịch UBND tỉnh
 * ký") stays.
 */
static bool
signer_post(const GbDoc *d, int s, int e)
{
	const GbPhrase *ph = NULL;
	int			L,
				t = -1;

	if (gb_dict_match(d, s, CAT_TITLE, NULL) > 0)
		t = s;
	for (L = 1; t < 0 && L <= 3 && L <= s; L++)
		if (gb_dict_match(d, s - L, CAT_TITLE, NULL) == L)
			t = s - L;
	if (t >= 0 && gb_title_at(d, t, false) < e)
		return true;
	return gb_dict_match(d, s, CAT_BODY | CAT_BODYHEAD, &ph) > 0 &&
		ph->cat == CAT_BODYHEAD && (ph->aux & BODYHEAD_POST);
}

/*
 * "Ban Thường vụ Tỉnh ủy 3 tỉnh Lâm Đồng, Bình Thuận và Đắk Nông đã ban
 * hành", "Tỉnh ủy Hậu Giang, Sóc Trăng và Cần Thơ ban hành": a body of
 * several provinces ending at b_end, right before the issuing verb, issues
 * as one: the whole phrase, as written, as the organizer is read (probe 47
 * G6).  Its text, or NULL.
 */
static const char *
joint_issuer_before(const GbDoc *d, int start, int b_end)
{
	int			s,
				r;

	for (s = b_end - 24 > start ? b_end - 24 : start; s < b_end - 3; s++)
	{
		const char *name;

		if (!tok_has(d, s, T_UPPER) || (r = gb_parse_body(d, s, &name)) <= s || r >= b_end)
			continue;
		if (gb_joint_provinces_end(d, s, r, NULL) == b_end)
			return gb_span_text(d, s, b_end);
	}
	return NULL;
}

/*
 * The first of the bodies listed before the one at s, each joined to the
 * next by a comma or "và": "Bộ Chính trị, Ban Bí thư", "Huyện ủy, HĐND,
 * UBND huyện X"; not one that "của" makes an object ("chỉ đạo của Bộ
 * Chính trị, Ban Tuyên giáo ban hành").  Its first token, its name in
 * *name; or -1.
 */
static int
first_listed_body(const GbDoc *d, int start, int s, const char **name)
{
	int			first = -1,
				r;
	const char *listed;

	while (s - 1 > start && (tok_punct(d, s - 1, ',') || tok_is(d, s - 1, "va")) && !tok_has(d, s, T_NL))
	{
		for (r = s - 10 > start ? s - 10 : start; r < s - 1; r++)
			if (tok_has(d, r, T_UPPER) && issuer_body(d, r, &listed) == s - 1)
				break;
		if (r == s - 1 || tok_is(d, r - 1, "cua"))
			break;
		first = s = r;
		*name = listed;
	}
	return first;
}

/*
 * "Bộ Chính trị, Ban Bí thư ban hành Kết luận số 185-KL/TW": central bodies
 * issuing together, the first listed before the one at s is the issuer, as
 * after "của" ("của Bộ Chính trị, Ban Bí thư"), when the code's level
 * agrees.  Its name, or NULL (stop 31 H7b).
 */
static const char *
joint_first_issuer(const GbDoc *d, int start, int s, const Mention *m)
{
	const char *name;

	return first_listed_body(d, start, s, &name) >= 0 && gb_body_code_suffix(name) &&
		level_agrees(name, m) ? name : NULL;
}

/*
 * "Huyện ủy, UBND huyện X ban hành Kế hoạch số 15-KH/HU": local bodies
 * issuing together, the first is the issuer, as central ones'
 * (joint_first_issuer()) and as after "của"; the one its Party code names,
 * so the first of a list that opens the clause (after the sentence's start
 * or a comma: not "tại Hội trường Huyện ủy, UBND huyện"), when a local
 * Party code names it or there is no code; a State code ("15/KH-UBND")
 * names the body nearest the verb.  Its name, or NULL.
 */
static __attribute__((noinline)) const char *
joint_local_issuer(const GbDoc *d, int start, int s, const Mention *m)
{
	const char *name;
	int			r;

	if (m->code && (m->state_code || central_code(m->code)))
		return NULL;
	r = first_listed_body(d, start, s, &name);
	return r >= 0 && name && !gb_body_code_suffix(name) && (r == start || tok_punct(d, r - 1, ',')) &&
		(m->code == NULL || code_committee(m->code, name)) ? name : NULL;
}

/*
 * The issuing verb right before the document at i ("ban hành", "ký"): its
 * first token, or -1.
 */
static int
issue_verb_before(const GbDoc *d, int i, int floor)
{
	int			L;

	for (L = 3; L >= 1; L--)
		if (i - L >= floor && gb_dict_match(d, i - L, CAT_ISSUEVERB, NULL) == L)
			return i - L;
	if (i - 1 >= floor && is_ky(d, i - 1))
		return i - 1;
	return -1;
}

/* "triển khai" right before the document at i, spelled so, in lower case */
static inline bool
rolled_out_before(const GbDoc *d, int i)
{
	return tok_is(d, i - 2, "trien") && tok_is(d, i - 1, "khai") &&
		gb_exact_words(d, i - 2, 2, "triển khai");
}

/*
 * "Đảng ủy xã Tân Lập xây dựng Kế hoạch số 44-KH/ĐU": a plan or programme
 * a body draws up with a code of its own is its own (stop 29 A8); look_back()
 * keeps the body only if the code names it.  The first token of "xây
 * dựng", or -1.
 */
static int
drawn_up_before(const GbDoc *d, int i, int floor, const Mention *m)
{
	if (i - 2 < floor || m->code == NULL || m->state_code)
		return -1;
	/*
	 * "Quận ủy Tây Hồ đã triển khai Đề án số 27-ĐA/QU": a document of any
	 * type a body rolls out is its own only where its code names the body,
	 * as a plan drawn up is; "Đảng ủy xã triển khai Nghị quyết số 05-NQ/TU"
	 * is the province's (probe 96 ad6)
	 */
	if (rolled_out_before(d, i))
		return i - 2;
	if (!tok_is(d, i - 2, "xay") || !tok_is(d, i - 1, "dung") ||
		!gb_exact_words(d, i - 2, 2, "xây dựng"))
		return -1;
	if (strcmp(m->kind->name, "Kế hoạch") != 0 && strcmp(m->kind->name, "Chương trình") != 0)
		return -1;
	return i - 2;
}

#define LISTED_DOC	16			/* at most, tokens of a document listed before another */

/*
 * The document at i listed after others the same verb issues: "Ban Thường
 * vụ Huyện ủy đã ban hành Chỉ thị số 25/CT-HU và Kế hoạch số 62/KH-HU",
 * "ban hành Chỉ thị 45, Kết luận 118 và Quy định 24" (probe 55 G10).  The
 * first document of the list, right after the verb, or -1: each item is
 * words and numbers without a break, joined to the next by "và" or a
 * comma.  An item's type is written in the case of the one at i: a type
 * in lower case inside a subject ("về thực hiện nghị quyết") is a word.
 */
static int
listed_after_issued(const GbDoc *d, int i)
{
	int			floor,
				item = i,
				k;

	/* the cheap test first: most documents follow no "và" or comma */
	if (!tok_is(d, i - 1, "va") && !tok_punct(d, i - 1, ','))
		return -1;
	floor = sentence_start(d, i, 0);

	/*
	 * Each item is shorter than LISTED_DOC tokens: the window moves back
	 * with the item, and the sentence's floor bounds the whole list.
	 */
	for (k = i - 2; k >= floor && k > item - LISTED_DOC; k--)
	{
		if (tok_has(d, k + 1, T_PARA) || tok_punct(d, k, '.') || tok_punct(d, k, ';') ||
			tok_punct(d, k, ':') || tok_punct(d, k, '(') || tok_punct(d, k, ')'))
			return -1;
		if (is_doctype_at(d, k) && gb_tok_capitalized(d, k) == gb_tok_capitalized(d, i))
		{
			if (issue_verb_before(d, k, floor) >= 0)
				return k;
			if (!tok_is(d, k - 1, "va") && !tok_punct(d, k - 1, ','))
				return -1;
			item = k;
			k--;				/* past its "và" or comma */
		}
		else if (tok_punct(d, k, ','))
			return -1;
	}
	return -1;
}

/*
 * "Bộ Nội vụ ban hành Công văn ...", "Ngày 14/4/2025, ... ký ban hành Chỉ
 * thị ...", "Ngày 9/3/2022, Tổng Bí thư ... đã ký Quy định ...": the
 * issuer and date written before a document.  Returns where the subject
 * of its issuing verb ends (subject_end()), or -1 with no such verb.
 */
static int
look_back(const GbDoc *d, int i, int floor, Mention *m)
{
	int			v,
				b_end,
				s,
				k,
				start;
	bool		drawn = false;

	if ((v = issue_verb_before(d, i, floor)) < 0)
	{
		if ((v = drawn_up_before(d, i, floor, m)) < 0)
			return -1;
		drawn = true;
	}
	b_end = subject_end(d, v, floor, m);
	start = sentence_start(d, b_end, floor);
	for (s = b_end - 14 > start ? b_end - 14 : start; s < b_end; s++)
	{
		const char *name;

		if (issuer_body(d, s, &name) == b_end)
		{
			/* a plan drawn up: by the committee its code names only */
			if (drawn && !code_committee(m->code, name))
				return -1;
			if (!m->issuer && !signer_post(d, s, b_end))
			{
				m->issuer = name;
				if (gb_body_code_suffix(name) && (name = joint_first_issuer(d, start, s, m)) != NULL)
					m->issuer = name;
				else if (!gb_body_code_suffix(m->issuer) &&
						 (name = joint_local_issuer(d, start, s, m)) != NULL)
					m->issuer = name;
			}
			break;
		}
	}
	/* the day a document is rolled out is not the day it was issued */
	if (drawn && (!m->issuer || tok_is(d, v, "trien")))
		return -1;
	if (!m->issuer)
		m->issuer = joint_issuer_before(d, start, b_end);
	/*
	 * "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư ... ký ban hành": the
	 * signer acts for the body, which is the issuer
	 */
	for (k = start; k + 2 < b_end; k++)
		if (tok_is(d, k, "thay") && tok_is(d, k + 1, "mat"))
		{
			const char *name;

			if (gb_parse_body(d, k + 2, &name) > k + 2)
				m->issuer = name;
			break;
		}
	for (k = start; k < b_end; k++)
	{
		GbDate		dt;
		bool		has_year;
		int			e;

		if (tok_is(d, k, "ngay") && gb_parse_date(d, k + 1, &e, &dt, &has_year))
		{
			if (!has_year)
				complete_year(d, &dt);
			if (dt.y && m->issued.y == 0)
				m->issued = dt;
		}
	}
	return drawn ? -1 : b_end;
}

/*
 * "Tỉnh ủy đã ban hành Đề án 5155 về ...; năm 2020 ban hành Kết luận số
 * 189-KL/TU": an issuing verb right before the document at i, opening the
 * clause after the ";" at floor (a year or a date and adverbs at most
 * before it), has the subject of the clause before, the issuer read before
 * the verb of the document cited there last, when the code at hand names
 * that committee.  Its name, or NULL.  Out of line: asked only after ";".
 */
static __attribute__((noinline)) const char *
elided_issuer(const GbCitState *st, const GbDoc *d, int i, int floor, int b, const Mention *m)
{
	const Mention *prev;
	int			v = issue_verb_before(d, i, floor + 1),
				de,
				e = floor + 1;
	GbDate		dt;
	bool		has_year;

	if (v < 0 || st->mentions.len == 0)
		return NULL;
	prev = (const Mention *) (st->mentions.data + st->mentions.len - sizeof(Mention));
	if (!prev->issuer || prev->own_issuer || prev->t1 > floor || floor - prev->t0 > 120 ||
		issue_verb_before(d, prev->t0, 0) < 0)
		return NULL;
	if (tok_is(d, e, "nam") && tok_has(d, e + 1, T_NUM))
		e += 2;
	else if (tok_is(d, e, "ngay") && gb_parse_date(d, e + 1, &de, &dt, &has_year))
		e = de;
	if (e != b || tok_has(d, v, T_NL))
		return NULL;
	return code_committee(m->code, prev->issuer) ? prev->issuer : NULL;
}

/*
 * look_back() for a document listed after others the same verb issues
 * (listed_after_issued()), with no issuer of its own written after it:
 * "X đã ban hành Chỉ thị số 25/CT-HU và Kế hoạch số 62/KH-HU", but "...
 * và Kế hoạch số 30/KH-UBND của UBND huyện" is the other body's.  The
 * documents before it are the chunk's earlier citations, past the floor:
 * the verb is looked for in their sentence.
 */
static void
listed_look_back(const GbDoc *d, int i, Mention *m)
{
	int			k = listed_after_issued(d, i);

	/*
	 * k's own floor, not i's: a window cut at 60 tokens before i reaches
	 * further back from k
	 */
	if (k >= 0)
		look_back(d, k, sentence_start(d, k, 0), m);
}

/*
 * "Ngày 10/5/2023, Huyện uỷ Sóc Sơn đã ban hành 3 quyết định ...": the
 * issuer and date written before a count of documents whose number is at
 * i, read as look_back() reads them before one document.  Fills *m (its
 * issuer and issued only); whether an issuer was found.
 */
bool
counted_look_back(const GbDoc *d, int i, Mention *m)
{
	memset(m, 0, sizeof(*m));
	return look_back(d, i, sentence_start(d, i, 0), m) >= 0 && m->issuer != NULL;
}

#define FIRST_MENTIONS 8			/* room made at a report's first mention */

static void
push(GbCitState *st, const Mention *m)
{
	/* at once for a report's first few, not grown from 256 bytes by doubling */
	if (st->mentions.cap == 0)
		gb_buf_reserve(&st->mentions, FIRST_MENTIONS * sizeof(Mention));
	gb_buf_append(&st->mentions, (const char *) m, sizeof(Mention));
}

/*
 * "Quyết định 217, 218-QĐ/TW": bare numbers listed before a coded one share
 * its code's suffix.  At e, right after a bare number, returns that suffix
 * ("-QĐ/TW"), or NULL when the list ends on no code ("Nghị quyết 12, 15 năm
 * qua").
 */
static const char *
shared_suffix(const GbDoc *d, int e, bool *state_code)
{
	int			n;

	for (n = 0; n < 8; n++)
	{
		int			s = e,
					p;
		char	   *number,
				   *code;
		int			year;

		if (tok_punct(d, s, ','))
			s++;
		if (tok_is(d, s, "va"))
			s++;
		if (s == e || !tok_has(d, s, T_NUM))
			return NULL;
		p = parse_number(d, s, NULL, &number, &code, state_code, &year);
		if (p == s)
			return NULL;
		if (code)
			return code + d->tok[s].len;
		e = p;
	}
	return NULL;
}

/* The number at p as written, with a suffix shared from the end of its list. */
static char *
with_suffix(const GbDoc *d, int p, const char *suffix)
{
	GbBuf		b = {0};
	char	   *code;

	gb_buf_append(&b, d->norm.data + d->tok[p].off, d->tok[p].len);
	gb_buf_append(&b, suffix, strlen(suffix));
	code = gb_arena_strndup(d->arena, b.data, b.len);
	gb_free(b.data);
	return code;
}

/*
 * The documents of one shared-suffix list [from, to) of the chunk's
 * mentions share what is written before or after it: date, issuer, term.
 */
static void
share_list_attrs(GbCitState *st, int from, int to)
{
	Mention    *ms = (Mention *) st->mentions.data;
	Mention		u;
	int			k;

	memset(&u, 0, sizeof(u));
	for (k = from; k < to; k++)
	{
		if (!u.issued.y)
			u.issued = ms[k].issued;
		if (!u.issuer)
		{
			u.issuer = ms[k].issuer;
			u.own_issuer = ms[k].own_issuer;
		}
		if (!u.term)
			u.term = ms[k].term;
	}
	for (k = from; k < to; k++)
	{
		if (!ms[k].issued.y)
			ms[k].issued = u.issued;
		if (!ms[k].issuer)
		{
			ms[k].issuer = u.issuer;
			ms[k].own_issuer = u.own_issuer;
		}
		if (!ms[k].term)
			ms[k].term = u.term;
	}
}

/*
 * Whether m's subject names a document ("về tiếp tục thực hiện Chỉ thị
 * 05"): then it is the last listed document's own, carrying out an
 * earlier one, and no subject of the list.
 */
bool
subject_names_document(const GbDoc *d, const Mention *m)
{
	int			k;

	for (k = m->subj_from; k < m->subj_to; k++)
		if (is_doctype_at(d, k))
			return true;
	return false;
}

/*
 * "Quyết định số 4854-QĐ/QU và 4855-QĐ/QU ngày 13/05/2024 của Quận ủy X
 * về chuẩn y kết nạp đảng viên" (probe aw AW5): numbers listed under one
 * type, nothing written after any but the last, share what is written
 * after the last (its date, issuer, term and subject), each document's
 * own where written.  [from, nm) are the chunk's mentions of the list,
 * the last of them its end.
 */
static void
share_run(GbCitState *st, const GbDoc *d, int from)
{
	Mention    *ms = (Mention *) st->mentions.data;
	int			nm = (int) (st->mentions.len / sizeof(Mention)),
				k;
	const Mention *u;

	if (from < 0 || nm - from < 2)
		return;
	u = &ms[nm - 1];
	if (has_subject(u) && subject_names_document(d, u))
		return;
	/*
	 * only back over codes that leave the last one's issuer: "Nghị quyết
	 * 18-NQ/TW và 05-NQ/TU của Tỉnh ủy" shares nothing with 18-NQ/TW
	 */
	for (k = nm - 2; k >= from && same_code_issuer(ms[k].code, ms[k + 1].code); k--)
		;
	for (k++; k < nm - 1; k++)
	{
		/*
		 * the term unless a date of its own gives its own, asked before
		 * the last one's date is shared: "Nghị quyết số 43/2022/QH15 và
		 * 44/2022/QH15 ngày 11/1/2022 của Quốc hội khóa XV", both XV
		 */
		if (!ms[k].term && !ms[k].issued.y)
			ms[k].term = u->term;
		if (!ms[k].issued.y)
			ms[k].issued = u->issued;
		if (!ms[k].issuer && u->issuer)
		{
			ms[k].issuer = u->issuer;
			ms[k].own_issuer = u->own_issuer;
			ms[k].issuer_last = u->issuer_last;
		}
		/* "số 31-NQ/TW, số 32-NQ/TW, Hội nghị lần thứ 9, BCH T.Ư Đảng" */
		if (!ms[k].plenum && ms[k].number && u->number)
			ms[k].plenum = u->plenum;
		if (!has_subject(&ms[k]))
		{
			ms[k].subj_from = u->subj_from;
			ms[k].subj_to = u->subj_to;
		}
	}
}

/*
 * "ký ban hành Quy định trách nhiệm nêu gương ... (Quy định số 08-QĐi/TW)":
 * a type written with its description, its number in parentheses after it
 * within the sentence.  For the type at i right after "(", returns where
 * the same type stands before the description, or -1.
 */
static int
described_type(const GbDoc *d, int i, int floor, const GbKind *K, int *head, int *desc_to)
{
	int			k,
				start;

	if (i < 2 || !tok_punct(d, i - 1, '('))
		return -1;
	start = sentence_start(d, i - 1, floor);
	for (k = i - 2; k >= start && i - k < 40; k--)
	{
		const GbPhrase *ph = NULL;
		int			L;

		if (tok_punct(d, k, '(') || tok_punct(d, k, ')') || tok_punct(d, k, '"') ||
			tok_has(d, k, T_NUM) || is_so(d, k))
			return -1;
		if ((L = gb_dict_match(d, k, CAT_DOCTYPE, &ph)) > 0)
		{
			if (strcmp(gb_kinds[ph->aux].name, K->name) != 0 ||
				!(d->tok[k].flags & T_UPPER) || k + L >= i - 1)
				return -1;
			*head = k;
			*desc_to = i - 1;
			return k + L;
		}
	}
	return -1;
}

/*
 * "các Nghị quyết, kết luận của Hội nghị lần thứ 4 Ban Chấp hành Trung
 * ương", "Nghị quyết và Kết luận Hội nghị Trung ương 8": document types
 * listed together before the plenum they share, j right after the first
 * one.  Each type is its own document of that plenum; the last reads the
 * plenum itself, so only the ones before it need this.  Reads the plenum
 * into *plenum, terms and *org as parse_plenum() does.  Returns the token
 * after it, or j.
 */
static __attribute__((noinline)) int
shared_plenum(const GbDoc *d, int j, int *plenum, int *terms, int *nterms, const char **org)
{
	int			q = j,
				n,
				s,
				L;

	/*
	 * cheap first, for lists of types are common ("nghị quyết, quy định,
	 * kết luận của Bộ Chính trị"): a conference ahead, or a number right
	 * after the Central Committee ("Trung ương 4"), before any other number
	 * or full stop
	 */
	for (s = j; s < j + 12; s++)
	{
		if (s >= d->ntok || tok_has(d, s, T_NL) || tok_punct(d, s, '.') || tok_punct(d, s, ';'))
			return j;
		if (tok_is(d, s, "hoi") && tok_is(d, s + 1, "nghi"))
			break;
		if (tok_has(d, s, T_NUM))
		{
			if (gb_dict_may_match(d, s - 1, CAT_PLENUMBODY) ||
				gb_dict_may_match(d, s - 2, CAT_PLENUMBODY))
				break;
			return j;
		}
	}
	if (s == j + 12)
		return j;
	for (n = 0; n < 4; n++)
	{
		s = q;
		if (tok_punct(d, s, ','))
			s++;
		if (tok_is(d, s, "va"))
			s++;
		if (s == q || tok_has(d, s, T_NL))
			break;
		if (tok_is(d, s, "cac"))
			s++;
		if (!gb_dict_may_match(d, s, CAT_DOCTYPE) ||
			(L = gb_dict_match(d, s, CAT_DOCTYPE, NULL)) == 0)
			break;
		q = s + L;
	}
	if (q == j)
		return j;
	if (tok_is(d, q, "cua") && tok_is(d, q + 1, "hoi") && tok_is(d, q + 2, "nghi"))
		q++;
	if (!(tok_is(d, q, "hoi") && tok_is(d, q + 1, "nghi")) && !gb_dict_may_match(d, q, CAT_PLENUMBODY))
		return j;
	s = parse_plenum(d, q, plenum, terms, nterms, org, NULL);
	return s > q ? s : j;
}

/*
 * Whether the type at i, ending at j, counts documents: "3 nghị quyết và 1
 * kết luận của Hội nghị lần thứ sáu ..." names no document, as "10/15 đề
 * án" does not; the documents are listed after it (stop 29 A2).  A type in
 * lower case right after a count of one or two digits, with no number of
 * its own after it.
 */
static inline bool
counted_type(const GbDoc *d, int i, int j)
{
	return i > 0 && tok_has(d, i - 1, T_NUM) && d->tok[i - 1].len <= 2 &&
		!tok_has(d, i, T_UPPER) && !(i > 1 && tok_has(d, i - 2, T_PUNCT)) &&
		!tok_has(d, j, T_NUM) && !is_so(d, j);
}

/*
 * Parse the citation whose type ph stands at token i, L tokens.  Returns
 * the token after it (and after any list that continues it), or i when
 * there is none.
 */
int
parse_citation(GbCitState *st, GbDoc *d, int i, int L, const GbPhrase *ph,
			   int floor, int group)
{
	const GbKind *K;
	int			j,
				p,
				e,
				list_from = -1,
				run_from = -1,
				b_end;
	bool		bare,
				run_bare = true;
	Mention		m;
	const char *suffix = NULL;

	K = &gb_kinds[ph->aux];
	j = i + L;
	memset(&m, 0, sizeof(m));
	m.kind = K;
	m.group = group;
	m.t0 = i;

	if ((K->flags & KIND_ABBREV) && !(d->tok[i].flags & T_ALLCAPS))
		return i;
	if (counted_type(d, i, j))
		return i;

	if (K->flags & KIND_PLENUM)
	{
		int			plenum,
					terms[MAXTERMS],
					nterms,
					term,
					k;
		const char *local,
				   *org;
		PlenumList	pl;

		/*
		 * "Kết luận của Hội nghị TƯ 7 khóa XI", "Nghị quyết của Đại hội
		 * XIII": the conference that passed it, joined by "của", names the
		 * same document as without it
		 */
		if (tok_is(d, j, "cua") && !tok_has(d, j + 1, T_NL) &&
			((tok_is(d, j + 1, "hoi") && tok_is(d, j + 2, "nghi")) || gb_congress_word(d, j + 1) > 0))
			j++;
		/* "NQTW4": the letters hold the Central Committee's, the number follows */
		if ((K->flags & KIND_ABBREV) && d->tok[i].len > strlen(K->letters))
		{
			e = glued_plenum(d, j, &plenum, terms, &nterms);
			org = NULL;
			pl.n = 0;
		}
		else
			e = parse_plenum(d, j, &plenum, terms, &nterms, &org, &pl);
		if (e > j)
		{
			Mention		first;
			int			plenums[MAXPLENUMS],
						nplenums = 1,
						n,
						list_end = e,
						list_term = 0;

			m.plenum = plenum;
			m.t1 = e;
			m.term = nterms > 0 ? terms[0] : 0;
			if (org)
			{
				m.issuer = org;
				m.own_issuer = true;
			}
			/*
			 * "Hội nghị lần thứ 12, 13 của Ban Chấp hành Trung ương khóa XI":
			 * the first plenum's mention ends at its number, the last
			 * takes the body and the term they share
			 */
			if (pl.n > 1)
			{
				m.several = true;
				e = parse_attrs(d, e, &m);
				first = m;
				first.t1 = pl.tok[0] + 1;
				push(st, &first);
				for (k = 1; k < pl.n; k++)
				{
					m = first;
					m.plenum = pl.v[k];
					m.t0 = pl.tok[k];
					m.t1 = k == pl.n - 1 ? list_end : pl.tok[k] + 1;
					push(st, &m);
				}
				return e;
			}
			/* "Trung ương 8 và 9 khóa XII": one term for every plenum listed */
			plenums[0] = plenum;
			if (nterms == 0)
				list_end = plenum_list(d, e, plenums, &nplenums, &list_term);
			m.term = nplenums > 1 ? list_term : m.term;
			m.several = nplenums > 1 || nterms > 1;
			e = parse_attrs(d, list_end, &m);
			/* "Nghị quyết Trung ương 10" after "Hội nghị Trung ương 10 khóa XII" */
			if (!m.term && !m.issuer && !m.number && nplenums == 1)
				m.term = plenum_named_term(st, d, plenum);
			first = m;
			push(st, &m);
			for (k = 1; k < nterms; k++)
			{
				m = first;
				m.term = terms[k];
				push(st, &m);
			}
			/* each number is the mention of its plenum; the last also holds the term */
			for (k = 1, n = first.t1; k < nplenums; k++, n++)
			{
				while (!tok_has(d, n, T_NUM))
					n++;
				m = first;
				m.plenum = plenums[k];
				m.t0 = n;
				m.t1 = k == nplenums - 1 ? list_end : n + 1;
				push(st, &m);
			}
			return e;
		}
		e = parse_congress(d, j, &term, &local);
		if (e == j && strcmp(K->name, "Nghị quyết") == 0)
		{
			e = parse_elided_congress(d, j, &term, &local);
			/* numbered in local_congress_res(), or dropped (stop 41) */
			if (e == j && (e = parse_term_congress(d, j, &m.term_from, &local)) > j)
				term = 0;
		}
		if (e > j)
		{
			int			listed;

			m.congress = true;
			m.term = term;
			m.local = local;
			m.t1 = e;
			push(st, &m);
			/*
			 * "Nghị quyết Đại hội IX Công đoàn tỉnh Bắc Kạn, Đại hội XII
			 * Công đoàn Việt Nam": the next congress listed, its
			 * organization named, has its resolution too (stop 30 G2);
			 * not one a predicate follows ("và Đại hội ... sẽ diễn ra");
			 * and so does every one after it, "..., Đại hội XII Công
			 * đoàn Việt Nam và Đại hội X Hội Nông dân Việt Nam" (stop
			 * 31 L-cong3); a congress's years, "Nghị quyết Đại hội XIII
			 * của Đảng và Đại hội Đảng bộ thành phố lần thứ XVII (nhiệm kỳ
			 * 2020-2025) từ đầu nhiệm kỳ ...", close its name as the
			 * list's end does, and are no break in the list after it
			 * (probe bb BB3)
			 */
			m.term_from = 0;
			for (listed = 0; listed < LISTED_CONGRESSES; listed++)
			{
				int			s = congress_years_end(d, e),
							f;

				if (!(tok_punct(d, s, ',') || tok_is(d, s, "va")) || tok_has(d, s + 1, T_NL) ||
					(k = parse_congress(d, s + 1, &term, &local)) <= s + 1 || !local)
					break;
				f = congress_years_end(d, k);
				if (!(f >= d->ntok || tok_has(d, f, T_NL) || tok_punct(d, f, ',') ||
					  tok_punct(d, f, '.') || tok_punct(d, f, ';') || tok_is(d, f, "va") ||
					  (f > k && tok_punct(d, f - 1, ')') &&
					   !(gb_dict_may_match(d, f, CAT_TENSE) && gb_dict_match(d, f, CAT_TENSE, NULL) > 0))))
					break;
				m.term = term;
				m.local = local;
				m.t0 = s + 1;
				m.t1 = k;
				push(st, &m);
				e = k;
			}
			return e;
		}
		j = i + L;
		/*
		 * "các Nghị quyết, kết luận Hội nghị Trung ương 4": one of the
		 * types sharing a plenum; a lower-case type that is also a verb
		 * only after "các" ("Bí thư kết luận và Nghị quyết Trung ương 4
		 * ..." is the verb)
		 */
		if ((tok_punct(d, j, ',') || tok_is(d, j, "va")) &&
			(!(K->flags & KIND_VERB) || (d->tok[i].flags & T_UPPER) || tok_is(d, i - 1, "cac")) &&
			(e = shared_plenum(d, j, &plenum, terms, &nterms, &org)) > j && nterms <= 1)
		{
			m.plenum = plenum;
			m.term = nterms > 0 ? terms[0] : 0;
			if (org)
			{
				m.issuer = org;
				m.own_issuer = true;
			}
			m.t1 = j;
			push(st, &m);
			return j;
		}
	}

	/* number: "Quy định 142", "Quy định số 148", "Chỉ thị của Thủ tướng ... số 16" */
	p = j;
	/* "Nghị quyết (NQ) 28": the type's abbreviation in parentheses */
	if (tok_punct(d, p, '(') && tok_punct(d, p + 2, ')') && tok_has(d, p + 1, T_ALLCAPS) &&
		abbrev_of(d, p + 1, K))
		p += 3;
	bare = (p == j) && !is_so(d, p);	/* "kết luận số 5" is a document */
	if (is_so(d, p))
	{
		p++;
		/* the doubled "số số 793" is a typo a reader skips */
		if (is_so(d, p) && tok_has(d, p + 1, T_NUM))
			p++;
		if (tok_punct(d, p, ':'))
			p++;
	}
	else if (!tok_has(d, p, T_NUM))
	{
		int			g,
					found = -1;

		/* a title before "số" only after a written type: "Luật Giao dịch điện tử số" */
		if (!(d->tok[i].flags & T_UPPER))
			return i;
		/* "hướng dẫn Nghị định số 29": the document is the Nghị định */
		if (is_doctype_at(d, p) && !(K->flags & KIND_WRAPS))
			return i;
		for (g = p; g < d->ntok && g < p + 8; g++)
		{
			if (tok_has(d, g, T_PARA) ||
				(tok_has(d, g, T_PUNCT) && !tok_punct(d, g, '(') && !tok_punct(d, g, ')')))
				break;
			/* another document, except right after the type: "Thông báo Kết luận số" */
			if (g > p && is_doctype_at(d, g))
				break;
			/* "một số", "các số" are quantities */
			if (is_so(d, g) && g > p &&
				(tok_is(d, g - 1, "mot") || tok_is(d, g - 1, "cac") || tok_is(d, g - 1, "nhung")))
				break;
			if (is_so(d, g) && (tok_has(d, g + 1, T_NUM) ||
									   (tok_punct(d, g + 1, ':') && tok_has(d, g + 2, T_NUM))))
			{
				found = g;
				break;
			}
		}
		if (found < 0)
			return i;
		for (g = p; g < found; g++)
			if (tok_is(d, g, "cua"))
			{
				const char *name;

				if (gb_parse_body(d, g + 1, &name) > g + 1)
				{
					m.issuer = name;
					m.own_issuer = true;
				}
				break;
			}
		p = found + 1;
		if (tok_punct(d, p, ':'))
			p++;
	}
	if (K->flags & KIND_ABBREV && !tok_has(d, p, T_NUM))
		return i;
	e = parse_number(d, p, K->letters, &m.number, &m.code, &m.state_code, &m.year);
	if (e == p)
		return i;
	/*
	 * "triển khai phương hướng, kế hoạch 2015": a plan in lower case with a
	 * year and neither "số", a code nor an issue date is the plan for that
	 * year, no document numbered 2015
	 */
	if (bare && (K->flags & KIND_PLAN) && !(d->tok[i].flags & T_UPPER) && !m.code &&
		e == p + 1 && d->tok[p].len == 4)
	{
		const char *t = d->norm.data + d->tok[p].off;
		int			y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0'),
					n = tok_punct(d, e, ',') ? e + 1 : e;

		if (y >= FIRST_YEAR && y <= LAST_YEAR && !(tok_is(d, n, "ngay") && tok_has(d, n + 1, T_NUM)))
			return i;
	}
	if (!m.code && (suffix = shared_suffix(d, e, &m.state_code)) != NULL)
	{
		m.code = with_suffix(d, p, suffix);
		list_from = (int) (st->mentions.len / sizeof(Mention));
	}
	/*
	 * "thông báo Kết luận 160-TB/TW": the notice, in lower case before the
	 * kind it reports on, is the document its code's letters name, as
	 * "Thông báo kết luận số 160-TB/TW" is (stop 36 X8)
	 */
	if (m.code && !m.state_code && i >= 2 && !code_of_kind(m.code, K->letters) &&
		!tok_has(d, i - 1, T_NL) && !tok_has(d, i, T_NL))
	{
		const GbPhrase *wp = NULL;

		if (gb_dict_match(d, i - 2, CAT_DOCTYPE, &wp) == 2 &&
			(gb_kinds[wp->aux].flags & KIND_WRAPS) &&
			code_of_kind(m.code, gb_kinds[wp->aux].letters))
		{
			m.kind = &gb_kinds[wp->aux];
			m.t0 = i - 2;
		}
	}
	m.t1 = e;
	m.plain = bare && e == p + 1;
	b_end = look_back(d, m.t0, floor, &m);
	/*
	 * its subject's end reused: the ";" at floor is no adverb, comma or
	 * term, so look_back()'s verb and subject end are those past floor
	 */
	if (!m.issuer && m.code && floor > 0 && floor < m.t0 && tok_punct(d, floor, ';') && b_end >= 0)
		m.issuer = elided_issuer(st, d, m.t0, floor, b_end, &m);
	{
		int			df,
					h,
					dto;

		/* "(Quy định số 08-QĐi/TW)" after "ký ban hành Quy định <description>" */
		if ((df = described_type(d, i, floor, K, &h, &dto)) >= 0)
		{
			look_back(d, h, floor, &m);
			if (tok_is(d, df, "ve"))
				df++;
			if (!has_subject(&m) && df < dto)
			{
				m.subj_from = df;
				m.subj_to = dto;
			}
		}
	}
	/*
	 * "quy định 1 cách chặt chẽ": a type that is also a verb, in lower case
	 * with a bare number (no "số"), is a document only with a code, date,
	 * issuer or term, or as a short form of one named before
	 */
	bare = bare && (K->flags & KIND_VERB) && !(d->tok[i].flags & T_UPPER);

	for (;;)
	{
		int			after_num = e,
					s;
		bool		numbered;
		Mention		next;

		e = parse_attrs(d, e, &m);
		if (!m.issuer && m.t0 == i)
			listed_look_back(d, i, &m);
		m.weak = bare && !m.code && !m.issuer && !m.issued.y && !m.term;
		/* a list's run: nothing written after a number but the last's */
		if (run_from < 0 || !run_bare)
			run_from = (int) (st->mentions.len / sizeof(Mention));
		run_bare = e == after_num;
		push(st, &m);
		if (list_from >= 0 && suffix == NULL)
		{
			share_list_attrs(st, list_from, (int) (st->mentions.len / sizeof(Mention)));
			list_from = -1;
		}

		/*
		 * a list goes on with a bare number: "142, 148", "29/2024/NĐ-CP và
		 * 30/2024/NĐ-CP", or a coded one after "số": "số 18-NQ/TW, số
		 * 19-NQ/TW"
		 */
		s = e;
		if (tok_punct(d, s, ',') || tok_punct(d, s, ';'))
			s++;
		if (tok_is(d, s, "va"))
			s++;
		numbered = s > e && is_so(d, s);
		if (numbered)
			s++;
		if (s == e || !tok_has(d, s, T_NUM))
			break;
		memset(&next, 0, sizeof(next));
		next.kind = m.kind;
		next.group = group;
		next.t0 = s;
		p = parse_number(d, s, m.kind->letters, &next.number, &next.code, &next.state_code, &next.year);
		if (p == s || (numbered && !next.code))
			break;
		if (list_from >= 0)
		{
			/* the list's last number carries the code its others share */
			if (next.code)
				suffix = NULL;
			else
			{
				next.code = with_suffix(d, s, suffix);
				next.state_code = m.state_code;
			}
		}
		if ((m.code != NULL) != (next.code != NULL) || (m.code && m.state_code != next.state_code))
			break;
		if (!m.code && after_num != e)
			break;
		next.t1 = p;
		m = next;
		e = p;
	}
	/* a coded list's run shares what its last number has written after it */
	if (m.code)
		share_run(st, d, run_from);
	return e;
}
