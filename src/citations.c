/*
 * citations.c
 *	  Regulation citations: "Quy định số 205-QĐ/TW ngày 23-9-2019 của Bộ
 *	  Chính trị", "Nghị quyết Trung ương 4 (khóa XI, XII)", lists and short
 *	  forms, resolved to one row per document.
 *
 * Each mention is parsed where its document type stands, with a bounded
 * look-ahead for number, code, date, issuer, term and subject, and a bounded
 * look-back for "X ban hành" and the date before it.  Mentions of one list
 * share an issuer written once at its end.  Mentions are then merged into
 * documents: a short form joins the latest compatible document of the same
 * kind and number.
 *
 * This file walks a chunk (gb_cit_begin(), gb_cit_chunk()) and reads what
 * only a list or a collective noun tells: "các Kết luận của Bộ Chính trị"
 * ending a list, "04 Nghị quyết của Bộ Chính trị, gồm:", a plenum named
 * before the resolutions it issued.  The rest, each apart because it reads
 * one thing and the chunk's walk needs only its result:
 *	citations_mention.c	one mention where its type stands, the look-back
 *						before it, and what a list's mentions share;
 *	citations_attrs.c	what follows a number: subject, issuer, dates;
 *	citations_plenum.c	plenums, terms and congresses;
 *	citations_code.c	numbers and codes, and the issuer a code names;
 *	citations_merge.c	mentions merged into documents;
 *	citations_finish.c	documents as rows: keys and canonical issuers
 *						(gb_cit_finish()).
 */
#include "citations_int.h"

/*
 * Whether the document at i opens an item of its own line, "- Nghị quyết
 * số 28-NQ/TW ...": a list's items may each end with a stop.
 */
static bool
list_item_line(const GbDoc *d, int i)
{
	return tok_has(d, i, T_NL) ||
		(gb_list_mark(d, i - 1) &&
		 (tok_has(d, i - 1, T_NL) || tok_punct(d, i - 2, '.')));
}

/* Whether a full stop ('.', '!', '?') stands in [from, to). */
static bool
sentence_end_in(const GbDoc *d, int from, int to)
{
	int			k;

	for (k = from; k < to; k++)
		if (tok_punct(d, k, '.') || tok_punct(d, k, '!') || tok_punct(d, k, '?'))
			return true;
	return false;
}

/*
 * "gồm:", ", bao gồm" at q opening a list: the token after it, or q.  So
 * does "Cụ thể:" after the group noun's sentence or clause: "2 nghị quyết
 * của Bộ Chính trị. Cụ thể: Nghị quyết số 57-NQ/TW ..." (stop 29 A1).
 */
static int
list_opener(const GbDoc *d, int q)
{
	int			r = q;

	if ((tok_punct(d, r, '.') || tok_punct(d, r, ',')) && tok_is(d, r + 1, "cu") &&
		tok_is(d, r + 2, "the") && (tok_punct(d, r + 3, ':') || tok_punct(d, r + 3, ',')) &&
		gb_exact_words(d, r + 1, 2, "cụ thể"))
		return r + 4;
	if (tok_punct(d, r, ','))
		r++;
	if (tok_is(d, r, "bao") && tok_is(d, r + 1, "gom"))
		r++;
	if (!tok_is(d, r, "gom"))
		return q;
	r++;
	if (tok_punct(d, r, ':'))
		r++;
	return r;
}

/*
 * "Nghị quyết số 52-NQ/TW, Chỉ thị số 36-CT/TW, các Kết luận của Bộ Chính
 * trị": a list whose last item is an unnumbered plural of a document type
 * ("các" at i - 1) right after the list, which ended at prev_end, names
 * with it the issuer of the whole list.  Gives that issuer (and a term
 * written with it) to the list's documents that have none, back from its
 * end, while their codes agree with it.  Returns q, the token after the
 * issuer, or i.  Rarely taken: kept out of gb_cit_chunk()'s loop.
 */
static __attribute__((noinline)) int
plural_tail(GbCitState *st, const GbDoc *d, int i, int prev_end, const char *name, int term, int q)
{
	Mention    *ms = (Mention *) st->mentions.data;
	int			nm = (int) (st->mentions.len / sizeof(Mention)),
				s = prev_end,
				k;
	const char *known;

	if (prev_end < 0 || nm == 0 || !tok_is(d, i - 1, "cac") || tok_has(d, i - 1, T_NL))
		return i;
	if (tok_punct(d, s, ','))
		s++;
	if (tok_is(d, s, "va"))
		s++;
	if (s == prev_end || s != i - 1)
		return i;
	for (k = nm - 1; k >= 0 && ms[k].group == ms[nm - 1].group; k--)
	{
		if (ms[k].issuer || has_subject(&ms[k]) || ms[k].plenum || ms[k].congress ||
			(k < nm - 1 && !same_code_issuer(ms[k].code, ms[k + 1].code)))
			break;
		/*
		 * "Chỉ thị 35-CT/TW và các hướng dẫn của Tỉnh ủy": the province's
		 * guides, not its directive (stop 31 H7a)
		 */
		if (!level_agrees(name, &ms[k]))
			break;
		/* a State code's letters may carry the legislature: "NQ-UBTVQH14" */
		known = ms[k].code ? code_issuer_part(ms[k].code) : NULL;
		if (known && (known = ms[k].state_code ? state_code_issuer(known, strlen(known)) :
					  gb_code_issuer(known, strlen(known))) != NULL &&
			strcmp(known, name) != 0)
			break;
		ms[k].issuer = name;
		ms[k].own_issuer = true;
		if (!ms[k].term && !year_of(&ms[k]))
			ms[k].term = term;
	}
	return q;
}

/*
 * "... Nghị quyết 59-NQ/TW về ...; Nghị quyết 70-NQ/TW về ... Mục đích ...
 * quán triệt 4 nghị quyết của Bộ Chính trị": a count of documents of one
 * type with their issuer, after a list of just as many of them, the
 * chunk's only ones of that type, none with an issuer, names the issuer of
 * each whose code's level agrees (stop 31 H15).  Rarely taken: kept out of
 * gb_cit_chunk()'s loop.
 */
static __attribute__((noinline)) void
counted_tail(GbCitState *st, const GbDoc *d, int i, const char *kind, const char *name)
{
	Mention    *ms = (Mention *) st->mentions.data;
	int			nm = (int) (st->mentions.len / sizeof(Mention)),
				n,
				k;

	if (!name || !tok_has(d, i - 1, T_NUM) || tok_punct(d, i - 2, '/') ||
		(n = gb_tok_int(d, i - 1)) < 2 || n > nm)
		return;
	for (k = 0; k < nm; k++)
		if (strcmp(ms[k].kind->name, kind) == 0 ? k < nm - n : k >= nm - n)
			return;
	for (k = nm - n; k < nm; k++)
		if (ms[k].issuer || !ms[k].number || ms[k].plenum || ms[k].congress ||
			!ms[k].code || !level_agrees(name, &ms[k]))
			return;
	for (k = nm - n; k < nm; k++)
	{
		ms[k].issuer = name;
		ms[k].own_issuer = true;
	}
}

/*
 * "Ngày 10/5/2023, Huyện uỷ Sóc Sơn đã ban hành 3 quyết định kết nạp Đảng.
 * Quyết định số 2433-QĐ/HU ...": a count of documents of one type after its
 * issuing verb, its issuer and date before the verb (counted_look_back()),
 * with no "của" after it, names the issuer and date of the documents of
 * that type cited right after it, as many as it counts at most
 * (counted_members()).  The type at i, the token after it at q.  Rarely
 * taken: kept out of line.
 */
static __attribute__((noinline)) void
issued_count(GbCitState *st, const GbDoc *d, int i, int q, const char *kind)
{
	Mention		m;
	int			n;

	if (!tok_has(d, i - 1, T_NUM) || tok_punct(d, i - 2, '/') ||
		(n = gb_tok_int(d, i - 1)) < 2 || n > 20 || !counted_look_back(d, i - 1, &m))
		return;
	st->count_kind = kind;
	st->count_issuer = m.issuer;
	st->count_issued = m.issued;
	st->count_left = n;
	st->count_end = q;
	st->count_took = false;
}

#define COUNT_REACH 200			/* at most, tokens from a count's document to the next */

/*
 * Whether the body a count names may have issued the document m: its Party
 * code names that committee ("Huyện ủy X" and "2433-QĐ/HU"), or a central
 * code a central body's.
 */
static bool
count_issues(const char *issuer, const Mention *m)
{
	const char *part,
			   *known;

	if (!m->code || m->state_code)
		return false;
	if (code_committee(m->code, issuer))
		return true;
	if (!gb_body_code_suffix(issuer) || !central_code(m->code))
		return false;
	part = code_issuer_part(m->code);
	known = gb_code_issuer(part, strlen(part));
	return known == NULL || strcmp(known, issuer) == 0;
}

/*
 * The mentions from index from on, just read, that a count before them
 * lists (issued_count()): each of its type, with a code its issuer's, no
 * issuer of its own and no other date, in the count's paragraph; a later
 * one also opening a line of its own ("Quyết định số 2434-QĐ/HU kết nạp
 * ..." after a paragraph on the first).  Any other citation ends the list,
 * and keeps its own.
 */
static __attribute__((noinline)) void
counted_members(GbCitState *st, const GbDoc *d, int from, int e)
{
	Mention    *ms = (Mention *) st->mentions.data;
	int			nm = (int) (st->mentions.len / sizeof(Mention)),
				k,
				j;

	for (k = from; k < nm && st->count_left > 0; k++)
	{
		Mention    *m = &ms[k];
		bool		line = false;

		if (m->t0 - st->count_end > COUNT_REACH || strcmp(m->kind->name, st->count_kind) != 0 ||
			m->issuer || m->plenum || m->congress || !count_issues(st->count_issuer, m) ||
			(m->issued.y && (m->issued.y != st->count_issued.y ||
							 m->issued.m != st->count_issued.m ||
							 m->issued.d != st->count_issued.d)))
			break;
		for (j = st->count_end; j <= m->t0 && !line; j++)
			line = tok_has(d, j, T_NL);
		if (line && !(st->count_took && list_item_line(d, m->t0)))
			break;
		m->issuer = st->count_issuer;
		m->own_issuer = true;
		if (st->count_issued.y)
			m->issued = st->count_issued;
		st->count_left--;
		st->count_took = true;
		st->count_end = e;
	}
	if (k < nm)
		st->count_left = 0;
}

/*
 * "các nghị quyết của Quân ủy Trung ương: Nghị quyết số 1661-NQ/QUTW ...;
 * Nghị quyết số 1658-NQ/QUTW ...": a plural group noun and its issuer (at
 * i and before q) opening with a colon the list of its documents, as "gồm"
 * does; so does a counted one, "2 Quyết định của BTV Huyện ủy: Quyết định
 * số 1455-QĐ/HU ..." (stop 36 W4).  Returns the token after the colon, or q.
 */
static int
colon_list(const GbDoc *d, int i, int q)
{
	if (!(tok_is(d, i - 1, "cac") || tok_has(d, i - 1, T_NUM)) || !tok_punct(d, q, ':'))
		return q;
	return q + 1;
}

/*
 * Whether a body is named in [from, to): "Tỉnh ủy ban hành 3 nghị quyết"
 * names whose documents they are.
 */
static bool
body_in(const GbDoc *d, int from, int to)
{
	const char *name;
	int			k;

	for (k = from; k < to; k++)
		if (tok_has(d, k, T_UPPER) && gb_parse_body(d, k, &name) > k)
			return true;
	return false;
}

/*
 * "4 nghị quyết được quán triệt gồm:": a short description from q, with no
 * document or body in it, then "gồm:" opening a list.  Returns the token
 * after "gồm:", or q.
 */
static int
described_list(const GbDoc *d, int q)
{
	int			r,
				e,
				k;

	/* "gồm" first: the cheapest test, and the rarest */
	for (r = q; r < q + 16 && r < d->ntok && !tok_is(d, r, "gom"); r++)
		if (tok_has(d, r, T_NL) || (tok_has(d, r, T_PUNCT) && !tok_punct(d, r, ',')))
			return q;
	if (r == q + 16 || r == d->ntok)
		return q;
	if (tok_punct(d, r - 1, ',') || tok_is(d, r - 1, "bao"))
		r--;
	if ((e = list_opener(d, r)) == r)
		return q;
	for (k = q; k < r; k++)
		if (is_doctype_at(d, k))
			return q;
	if (body_in(d, q, r))
		return q;
	return e;
}

/*
 * "kết quả Hội nghị Trung ương 6 (khóa XII), trong đó nêu tinh thần 4
 * nghị quyết Tổng Bí thư vừa ký ban hành gồm: Nghị quyết số 18 ...": a
 * counted or plural plenum resolution, its type at i ending at q, opening
 * a list ("gồm:") after a short description, names the resolutions of the
 * plenum its sentence named just before it with one term.  No body may
 * stand between them, nor in the description: "Tỉnh ủy ban hành 3 nghị
 * quyết" are its own.  Returns the token after "gồm:", or q; *term gets
 * the plenum's term.  Rarely taken: kept out of line.
 */
static __attribute__((noinline)) int
plenum_header(const GbDoc *d, int i, int q, int *term)
{
	int			r,
				e,
				k,
				start,
				plenum,
				terms[MAXTERMS],
				nterms;
	const char *org;

	/*
	 * "Hội nghị lần thứ 7 Ban chấp hành Trung ương khóa XII đã thảo luận và
	 * thông qua 3 nghị quyết: Nghị quyết số 26-NQ/TW ...": a colon right
	 * after the counted group noun opens its list as "gồm:" does (stop 45,
	 * probe bi BI10 18); the plenum before it is still required below
	 */
	if ((e = described_list(d, q)) == q)
	{
		if (!tok_punct(d, q, ':') || tok_has(d, q + 1, T_PARA))
			return q;
		e = q + 1;
	}
	start = sentence_start(d, i, 0);
	for (k = i - 1; k >= start && i - k < 24; k--)
	{
		if (!(tok_is(d, k, "hoi") && tok_is(d, k + 1, "nghi")) && plenum_body_at(d, k) == 0)
			continue;
		r = parse_plenum(d, k, &plenum, terms, &nterms, &org, NULL);
		if (r == k)
			continue;
		if (nterms != 1 || org || r > i || body_in(d, r, i))
			return q;
		*term = terms[0];
		return e;
	}

	/*
	 * "Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII đã thảo
	 * luận và quyết định ban hành những nghị quyết ... Bốn Nghị quyết được
	 * ban hành gồm: ...": the plenum as the subject opening the sentence
	 * before, no body after it (probe ak 11)
	 */
	if (start > 0 && start == k + 1 && (k = sentence_start(d, start - 1, 0)) < start - 1 &&
		(r = parse_plenum(d, k, &plenum, terms, &nterms, &org, NULL)) > k &&
		nterms == 1 && !org && !body_in(d, r, i))
	{
		*term = terms[0];
		return e;
	}
	return q;
}

/*
 * "3 nghị quyết và 1 kết luận của Hội nghị lần thứ sáu Ban Chấp hành Trung
 * ương Đảng khóa XIII": the plenum at p that passed the documents a group
 * noun of a plenum's type counts, their issuer the Central Committee (or
 * the mass organization's whose plenum it is) and their term the plenum's
 * (stop 29 A1).  Returns the token after it, or p.
 */
static int
plenum_issuer(const GbDoc *d, int p, const GbPhrase *ph, const char **issuer, int *term)
{
	int			e,
				plenum,
				terms[MAXTERMS],
				nterms;
	const char *org;

	if (!(gb_kinds[ph->aux].flags & KIND_PLENUM) || !(tok_is(d, p, "hoi") && tok_is(d, p + 1, "nghi")))
		return p;
	e = parse_plenum(d, p, &plenum, terms, &nterms, &org, NULL);
	if (e == p || nterms > 1)
		return p;
	*issuer = org ? org : gb_plenum_body;
	*term = nterms == 1 ? terms[0] : 0;
	return e;
}

/*
 * "3 nghị quyết và 1 kết luận của ...": the type of the other count joined
 * to the group noun at i, whose documents the list holds too, or NULL.
 */
static const char *
paired_group_kind(const GbDoc *d, int i)
{
	const GbPhrase *ph;
	int			k;

	if (!tok_has(d, i - 1, T_NUM) || !(tok_is(d, i - 2, "va") || tok_punct(d, i - 2, ',')))
		return NULL;
	for (k = i - 3; k >= i - 5 && k > 0; k--)
		if (gb_dict_match_group(d, k, CAT_DOCTYPE, &ph) == i - 2 - k && tok_has(d, k - 1, T_NUM))
			return ph->value;
	return NULL;
}

/*
 * Whether a list's issuer may be the document m's: a central body's
 * documents bear a central Party code, another body's another ("2 nghị
 * quyết của Bộ Chính trị. Cụ thể: ..." lists no "/TU" resolution).
 */
bool
level_agrees(const char *issuer, const Mention *m)
{
	if (m->code == NULL || m->state_code)
		return true;
	return (gb_body_code_suffix(issuer) != NULL) == central_code(m->code);
}

/*
 * "tổng kết 10 năm thực hiện", "sơ kết 05 năm triển khai (tốt)" from s: a
 * review of years of a document's implementation, which a document follows.
 * Returns the token after it, or s.
 */
static int
review_clause_end(const GbDoc *d, int s)
{
	int			q = s + 4;

	if (s < 0 || !(tok_is(d, s, "tong") || tok_is(d, s, "so")) || !tok_is(d, s + 1, "ket") ||
		!tok_has(d, s + 2, T_NUM) || !tok_is(d, s + 3, "nam") ||
		!((tok_is(d, q, "thuc") && tok_is(d, q + 1, "hien")) ||
		  (tok_is(d, q, "trien") && tok_is(d, q + 1, "khai"))))
		return s;
	q += 2;
	if (tok_is(d, q, "tot"))
		q++;
	for (; s < q; s++)
		if (tok_has(d, s, T_NL))
			return s;
	return q;
}

/*
 * Whether a review clause ends right at i (the document reviewed) and
 * another at the mention before it, t0: "tổng kết 10 năm thực hiện Nghị
 * quyết 03 ... và sơ kết 05 năm thực hiện Nghị quyết 10 ... của Huyện ủy
 * X", parallel clauses whose documents form one list, the issuer written
 * once at its end (stop 29 D6).
 */
static bool
parallel_reviews(const GbDoc *d, int s, int i, int t0)
{
	int			n;

	if (review_clause_end(d, s) != i)
		return false;
	for (n = 6; n <= 7; n++)
		if (review_clause_end(d, t0 - n) == t0)
			return true;
	return false;
}

#define LIST_WORDS	4			/* at most, words describing a group noun before its colon */

/*
 * "Ban Bí thư đã ban hành nhiều chỉ thị quan trọng: Chỉ thị số 50 ...;
 * Chỉ thị số 51 ...": a plural group noun ("nhiều", "các", "một số"; a
 * count is issued_count()'s) right after an issuing verb whose subject is
 * a body, with no "của", a few lower-case words at most describing it,
 * opening with a colon the list of its documents names their issuer, as
 * one with "của" does (probe ak 22).  The type at i, the token after it
 * at q.  Returns the token after the colon, or i; *issuer gets the body.
 * Rarely taken: kept out of line.
 */
static __attribute__((noinline)) int
issued_list(const GbDoc *d, int i, int q, const char **issuer)
{
	Mention		m;
	int			c,
				r;

	if ((tok_is(d, i - 1, "nhieu") && gb_exact_any(d, i - 1, "nhiều")) ||
		tok_is(d, i - 1, "cac"))
		c = i - 1;
	else if (tok_is(d, i - 2, "mot") && tok_is(d, i - 1, "so") &&
			 gb_exact_words(d, i - 2, 2, "một số"))
		c = i - 2;
	else
		return i;
	for (r = q; r < d->ntok && !tok_punct(d, r, ':'); r++)
		if (r == q + LIST_WORDS || !tok_has(d, r, T_WORD) || tok_has(d, r, T_UPPER) ||
			tok_has(d, r, T_NL) || is_doctype_at(d, r))
			return i;
	if (r == d->ntok || !counted_look_back(d, c, &m))
		return i;
	*issuer = m.issuer;
	return r + 1;
}

/*
 * A group noun at the document type ph at i, L tokens: "04 Nghị quyết của
 * Bộ Chính trị, gồm:" names the issuer of the documents listed after it,
 * as "... của Hội nghị lần thứ sáu BCH TW khóa XIII. Cụ thể:" names a
 * plenum's (plenum_issuer()).  Returns the token after it, or i; *issuer
 * gets the body.  Without "gồm" the group noun may end a list with its
 * issuer ("…, các Kết luận của Bộ Chính trị", plural_tail()): then it
 * lists nothing (*issuer NULL).
 * Without "của", a plenum resolution may list those of the plenum its
 * sentence named just before it (plenum_header()).
 */
static int
group_noun(GbCitState *st, const GbDoc *d, int i, int L, const GbPhrase *ph, int prev_end,
		   const char **issuer, int *term)
{
	const char *kind = ph->value;
	int			q = i + L,
				e,
				terms[MAXTERMS],
				nterms;

	*term = 0;
	/* "Ban Bí thư đã ban hành nhiều chỉ thị quan trọng: ..." */
	if (!tok_is(d, q, "cua") && (e = issued_list(d, i, q, issuer)) > i)
		return e;
	/*
	 * "4 nghị quyết", "các nghị quyết", "bốn nghị quyết"; a count word must
	 * be spelled so: "sau nghị quyết" is "after the resolution", "năm" may be
	 * the year, "bà" a woman (as count_at() in meeting_period.c).
	 */
	if (!tok_has(d, i - 1, T_NUM) && !tok_is(d, i - 1, "cac") &&
		!(gb_count_word_at(d, i - 1) > 0 && !tok_has(d, i, T_NL)))
		return i;
	if (!tok_is(d, q, "cua"))
	{
		/* "Hội nghị Trung ương 6 (khóa XII), ... 4 nghị quyết ... gồm:" */
		if (!(gb_kinds[ph->aux].flags & KIND_PLENUM) || (e = plenum_header(d, i, q, term)) == q)
		{
			issued_count(st, d, i, q, kind);
			return i;
		}
		*issuer = gb_plenum_body;
		return e;
	}
	e = gb_parse_body(d, q + 1, issuer);
	if (e == q + 1 && (e = plenum_issuer(d, q + 1, ph, issuer, term)) == q + 1)
		return i;
	q = e;
	/* "các chỉ thị của Ban Bí thư khóa XII gồm:" */
	e = parse_terms(d, q, terms, &nterms);
	if (e > q && nterms == 1)
	{
		*term = terms[0];
		q = e;
	}
	/*
	 * "các chỉ thị của Ban Bí thư khóa XII. ... quán triệt các chỉ thị của
	 * Ban Bí thư gồm:": the same documents named again, their term once
	 */
	if (tok_is(d, i - 1, "cac"))
	{
		if (*term == 0 && st->ante_kind && strcmp(st->ante_kind, kind) == 0 &&
			st->ante_issuer && *issuer && strcmp(st->ante_issuer, *issuer) == 0)
			*term = st->ante_term;
		st->ante_kind = kind;
		st->ante_issuer = *issuer;
		st->ante_term = *term;
	}
	e = list_opener(d, q);
	if (e > q)
		return e;
	e = plural_tail(st, d, i, prev_end, *issuer, *term, q);
	if (e == i && (e = colon_list(d, i, q)) > q)
		return e;
	counted_tail(st, d, i, kind, *issuer);
	*issuer = NULL;
	return e > q ? e : i;
}

/*
 * "học tập Nghị quyết Hội nghị lần sáu Ban Chấp hành Trung ương Đảng khoá
 * XIII của Đảng do đồng chí A truyền đạt với các nội dung: - Nghị quyết số
 * 27-NQ/TW ...": after a plenum's resolution, in its sentence, a colon
 * after "gồm" or "(các) nội dung" opens the list of the plenum's documents
 * (probe ak 26), a short description before it with no other document.
 * Returns the token after the colon, or e.
 */
static __attribute__((noinline)) int
content_list(const GbDoc *d, int e)
{
	int			r;

	for (r = e; r < d->ntok && r - e < 24; r++)
	{
		if (r > e && gb_break_at(d, r))
			return e;
		if (tok_punct(d, r, ':'))
			return r > e && (tok_is(d, r - 1, "gom") ||
							 (tok_is(d, r - 1, "dung") && tok_is(d, r - 2, "noi"))) ? r + 1 : e;
		if (is_doctype_at(d, r))
			return e;
	}
	return e;
}

/*
 * A counted plenum resolution listing its documents, at the mention m just
 * read, which ends at e: "04 Nghị quyết Trung ương 6 (khóa XII) gồm:" names
 * the issuer and term of the resolutions listed after it.  Returns the
 * token after it, or e.
 */
static int
plenum_group(const GbDoc *d, const Mention *m, int e)
{
	if (!(m->kind->flags & KIND_PLENUM) || !m->plenum || m->number || m->congress || !m->term)
		return e;
	if (!tok_has(d, m->t0 - 1, T_NUM) && !tok_is(d, m->t0 - 1, "cac"))
		return m->issuer ? e : content_list(d, e);
	return list_opener(d, e);
}

/*
 * "học tập các nghị quyết của Bộ Chính trị (khóa XII) ... Nghị quyết số 29
 * về ...; Nghị quyết số 30 về ...": a document of the antecedent's type
 * named by its number alone, with no code, issuer, term or date of its own,
 * is one of the documents the antecedent names.  Applies to the mentions
 * from index from on.
 */
static __attribute__((noinline)) void
antecedent_attrs(GbCitState *st, int from)
{
	Mention    *ms = (Mention *) st->mentions.data;
	int			nm = (int) (st->mentions.len / sizeof(Mention)),
				k;

	if (!st->ante_issuer || !st->ante_term)
		return;
	for (k = from; k < nm; k++)
		if (ms[k].number && !ms[k].code && !ms[k].issuer && !ms[k].term && !year_of(&ms[k]) &&
			!ms[k].plenum && !ms[k].congress && strcmp(ms[k].kind->name, st->ante_kind) == 0)
		{
			ms[k].issuer = st->ante_issuer;
			ms[k].term = st->ante_term;
		}
}

/*
 * A term written once after the last of a list belongs to the documents
 * before it with none of their own (probe-s G11): the one a subject gives
 * by the National Congress it prepares, to each Party document ("Chỉ thị
 * 36-CT/TW của Bộ Chính trị và Chỉ thị 28-CT/TU của Ban Thường vụ Tỉnh ủy
 * về đại hội đảng bộ các cấp, tiến tới Đại hội ... lần thứ XII" → XI for
 * both), and a central document's written term to a plenum's resolution
 * named by its plenum alone ("Nghị quyết Trung ương 4, Kết luận 21-KL/TW
 * của Ban Chấp hành Trung ương khóa XI"), as between plenums ("Nghị quyết
 * Trung ương 8 và 9 khóa XII").  Not a document with a date or a subject
 * of its own, nor past one dated: its date's term is its own.
 */
static __attribute__((noinline)) void
list_term_back(const GbDoc *d, Mention *ms, int nm)
{
	int			k,
				j;

	for (k = nm - 1; k > 0; k--)
	{
		const Mention *m = &ms[k],
				   *p = &ms[k - 1];
		bool		plenum_only;

		/* the cheap tests first: most mentions stand alone */
		if (p->group != m->group || p->term || !m->term || has_subject(p) || year_of(p) ||
			year_of(m) || m->state_code)
			continue;
		plenum_only = !subject_congress_term(d, m);
		if (plenum_only && (!central_code(m->code) || m->several))
			continue;
		for (j = k - 1; j >= 0 && ms[j].group == m->group; j--)
		{
			Mention    *q = &ms[j];

			if (q->term || year_of(q) || has_subject(q) || q->congress || q->state_code ||
				!(is_plenum_res(q) ||
				  (!plenum_only && (q->code || gb_party_body(q->issuer) ||
									((q->kind->flags & KIND_PARTY) && !q->issuer)))))
				break;
			q->term = m->term;
		}
	}
}

/* The first word in [i, stop) that may start a document type, or stop. */
static inline int
next_doctype(const GbDoc *d, int i, int stop)
{
	/* only a token that may start a type is asked, found by its mark (GB_MARK_DOCTYPE) */
	for (;;)
	{
		i = gb_next_marked(d, GB_MARK_DOCTYPE, i, stop);
		if (i >= stop || ((d->tok[i].flags & T_WORD) &&
						  gb_dict_may_go_on(d, i, CAT_DOCTYPE)))
			break;
		i++;
	}
	return i;
}

/*
 * A document by its number alone: no code, date, issuer, subject, plenum
 * nor congress ("NQ số 04;"); one dated ("Quy định số 58 ngày 8 tháng 2
 * năm 2022;") is an item of a list of references, each whole.
 */
static inline bool
numbered_alone(const Mention *m)
{
	return m->number && !m->code && !year_of(m) && !m->issuer && !has_subject(m) && !m->plenum &&
		!m->congress;
}

GbCitState *
gb_cit_begin(GbArena *arena)
{
	GbCitState *st = gb_arena_alloc(arena, sizeof(GbCitState));

	st->arena = arena;
	return st;
}

void
gb_cit_chunk(GbCitState *st, GbDoc *d)
{
	int			i = 0,
				floor = 0,
				prev_end = -1,
				list_end = 0,
				nm,
				k;
	Mention    *ms;
	const char *list_issuer = NULL,
			   *list_kind = NULL,
			   *list_kind2 = NULL;
	int			list_term = 0;

	st->mentions.len = 0;
	st->ante_kind = NULL;		/* the chunk's text holds the issuer's name */
	memset(st->named_term, 0, sizeof(st->named_term));
	st->count_left = 0;
	while (i < d->ntok)
	{
		const GbPhrase *ph = NULL;
		int			e,
					L,
					group,
					before,
					stop = (i | 0x3FFF) + 1;

		if ((i & 0x3FFF) == 0)
			gb_check_interrupts();
		if (stop > d->ntok)
			stop = d->ntok;
		i = next_doctype(d, i, stop);
		if (i == stop)
			continue;
		if ((L = gb_dict_match_group(d, i, CAT_DOCTYPE, &ph)) == 0)
		{
			i++;
			continue;
		}
		/* "kỷ luật 9 trường hợp": the type's word ends another word */
		if (i > 0 && gb_dict_match(d, i - 1, CAT_KINDCOMPOUND, NULL) > 1)
		{
			i++;
			continue;
		}
		/* consecutive citations joined by "," or "và" form one list */
		group = ++st->group;
		if (prev_end >= 0)
		{
			int			s = prev_end;
			const Mention *last = st->mentions.len > 0 ?
				(const Mention *) (st->mentions.data + st->mentions.len - sizeof(Mention)) : NULL;

			if (tok_punct(d, s, ','))
				s++;

			/*
			 * "triển khai NQ số 04; Chương trình số 07 của BCH Đảng bộ tỉnh
			 * Đăk Lăk": a ";" right before the next document on its line
			 * joins the list as a comma does, after a document by its
			 * number alone (numbered_alone(), probe al AL12);
			 * not items each on its own line, nor plenums ("Nghị quyết
			 * Trung ương 5; Nghị quyết Trung ương 6 khóa XI")
			 */
			else if (tok_punct(d, s, ';') && s + 1 == i && !tok_has(d, i, T_NL) &&
					 last != NULL && numbered_alone(last))
				s++;
			if (tok_is(d, s, "va"))
				s++;
			/*
			 * "Nghị quyết 01 (khóa XI) nay là Nghị quyết 04 (khóa XIII) của
			 * Tỉnh ủy": a document renamed is the same body's, whose name
			 * written after the new one is both documents' issuer
			 */
			else if (tok_is(d, s, "nay") && tok_is(d, s + 1, "la") &&
					 gb_exact_words(d, s, 2, "nay là"))
				s += 2;
			if (s == i && s > prev_end && last != NULL)
				group = last->group;
			else if (s > prev_end && s < i && last != NULL && parallel_reviews(d, s, i, last->t0))
				group = last->group;
			/*
			 * a subject runs up to the next document, its "và" or comma
			 * with it: "Nghị quyết 79 về ... và Nghị quyết 80 về ..."
			 */
			else if (s == i && i > 0 && last != NULL &&
					 (tok_is(d, i - 1, "va") || tok_punct(d, i - 1, ',')) && has_subject(last))
				group = last->group;
		}
		before = (int) (st->mentions.len / sizeof(Mention));
		e = parse_citation(st, d, i, L, ph, floor, group);
		if (e > i)
		{
			if (st->count_left > 0)
				counted_members(st, d, before, e);
			/* the documents a group noun lists, one right after another */
			if (list_issuer && i - list_end <= 2 &&
				(strcmp(list_kind, ph->value) == 0 ||
				 (list_kind2 && strcmp(list_kind2, ph->value) == 0) ||
				 (list_issuer == gb_plenum_body && (gb_kinds[ph->aux].flags & KIND_PLENUM))) &&
				(!sentence_end_in(d, list_end - 1, i) || list_item_line(d, i)))
			{
				ms = (Mention *) st->mentions.data;
				nm = (int) (st->mentions.len / sizeof(Mention));
				for (k = before; k < nm; k++)
					if (!ms[k].issuer && !ms[k].plenum && !ms[k].congress &&
						level_agrees(list_issuer, &ms[k]))
					{
						ms[k].issuer = list_issuer;
						/* a central document's date gives its own */
						if (!ms[k].term && !central_date_term(&ms[k]))
							ms[k].term = list_term;
					}
				list_end = e;
			}
			else
			{
				const Mention *last = NULL;
				int			g = e;

				if ((int) (st->mentions.len / sizeof(Mention)) > before)
				{
					last = (const Mention *) (st->mentions.data + st->mentions.len - sizeof(Mention));
					g = plenum_group(d, last, e);
				}
				list_issuer = NULL;
				if (st->ante_kind)
					antecedent_attrs(st, before);
				if (g > e)
				{
					/* "04 Nghị quyết Trung ương 6 (khóa XII) gồm: Nghị quyết số 18-NQ/TW; ..." */
					list_issuer = gb_plenum_body;
					list_term = last->term;
					list_kind = ph->value;
					list_kind2 = NULL;
					list_end = g;
					e = g;
				}
			}
			prev_end = e;
			floor = e;
			i = e;
		}
		/*
		 * "2 nghị quyết của Bộ Chính trị. Cụ thể, 2 nghị quyết được quán
		 * triệt gồm: ...": the group noun named again lists the same
		 * documents (stop 29 A1)
		 */
		else if (list_issuer && i - list_end <= 2 && i - list_end >= 1 &&
				 tok_has(d, i - 1, T_NUM) && strcmp(list_kind, ph->value) == 0 &&
				 (e = described_list(d, i + L)) > i + L)
		{
			list_end = e;
			i = e;
		}
		else if ((e = group_noun(st, d, i, L, ph, prev_end, &list_issuer, &list_term)) > i)
		{
			list_kind = ph->value;
			list_kind2 = paired_group_kind(d, i);
			list_end = e;
			i = e;
		}
		else
			i++;
	}

	/* an issuer written once at the end of a list belongs to all of it */
	ms = (Mention *) st->mentions.data;
	nm = (int) (st->mentions.len / sizeof(Mention));
	for (k = nm - 2; k >= 0; k--)
		if (ms[k].group == ms[k + 1].group && !ms[k].issuer && ms[k + 1].issuer &&
			ms[k + 1].own_issuer && !ms[k].plenum && !ms[k].congress &&
			same_code_issuer(ms[k].code, ms[k + 1].code) &&
			(!has_subject(&ms[k]) ||
			 (ms[k + 1].issuer_last &&
			  (!(ms[k].kind->flags & KIND_STATE) ||
			   /* by name: gb_kinds has two "Nghị quyết" entries */
			   strcmp(ms[k].kind->name, ms[k + 1].kind->name) == 0))))
		{
			/*
			 * a subject of its own stops the issuer, unless the list's last
			 * document names it after its own subject too: "Nghị quyết 79
			 * về ... và Nghị quyết 80 về ... của Bộ Chính trị", "Kết luận 21
			 * về ... và Quy định 37 về ... của Ban Chấp hành Trung ương"
			 * (probe 63 G4).  The body named there (subject_issuer()) is the
			 * Party's or a committee's its code names, which issues no State
			 * type: not "Luật 12 về ... và Quy định 37 về ... của Bộ Chính
			 * trị", where the law is the Assembly's
			 */
			/*
			 * "Nghị quyết số 53-NQ/TW, Kết luận số 27-KL/TW của Bộ Chính trị
			 * về phát triển ...": a subject after the issuer written once is
			 * the list's as the issuer is (probe au AU7); not one written
			 * before the issuer, nor one naming a document, which the last
			 * carries out ("..., Kết luận 01 của Bộ Chính trị về tiếp tục
			 * thực hiện Chỉ thị 05")
			 */
			if (!has_subject(&ms[k]) && has_subject(&ms[k + 1]) && !ms[k + 1].issuer_last &&
				!subject_names_document(d, &ms[k + 1]))
			{
				ms[k].subj_from = ms[k + 1].subj_from;
				ms[k].subj_to = ms[k + 1].subj_to;
			}
			ms[k].issuer_last = ms[k + 1].issuer_last;
			/* and on to the one before: "Quy định 142, 148, 150 của Bộ Chính trị" */
			ms[k].issuer = ms[k + 1].issuer;
			ms[k].own_issuer = true;
			/*
			 * with the term written with it, unless a date gives its own
			 * ("Quy định 142 và 148 của Bộ Chính trị khóa XII"), and the
			 * plenum that passed the resolutions ("Nghị quyết số 18-NQ/TW,
			 * số 19-NQ/TW, Hội nghị lần thứ 6, BCH Trung ương Đảng")
			 */
			if (!ms[k].term && !year_of(&ms[k]))
				ms[k].term = ms[k + 1].term;
			/* the kinds by name: gb_kinds has two "Nghị quyết" entries */
			if (ms[k + 1].plenum && ms[k].number && ms[k + 1].number &&
				strcmp(ms[k].kind->name, ms[k + 1].kind->name) == 0)
				ms[k].plenum = ms[k + 1].plenum;
		}
	/*
	 * a term written once at the end of a list of plenum resolutions
	 * belongs to all of it: "Nghị quyết Trung ương 8, Nghị quyết Trung ương
	 * 9 khóa XII" (not a term split over several: "... 9 (khóa XI, XII)")
	 */
	for (k = nm - 2; k >= 0; k--)
		if (ms[k].group == ms[k + 1].group && is_plenum_res(&ms[k]) &&
			is_plenum_res(&ms[k + 1]) && !ms[k].term && ms[k + 1].term &&
			!has_subject(&ms[k]) &&
			!(k + 2 < nm && ms[k + 2].group == ms[k + 1].group && ms[k + 2].t0 == ms[k + 1].t0))
			ms[k].term = ms[k + 1].term;
	list_term_back(d, ms, nm);
	local_congress_res(d, ms, nm);
	for (k = 0; k < nm; k++)
	{
		int			idx;

		if ((k & 0xFFF) == 0xFFF)
			gb_check_interrupts();
		/* a congress named by its term that no congress numbers (stop 41) */
		if (ms[k].term_from && !ms[k].term)
			continue;
		idx = add_mention(st, d, &ms[k]);
		if (idx < 0)
			continue;
		gb_note_mention(d, GB_MENTION_CITATION, idx, NULL,
						d->tok[ms[k].t0].os, d->tok[ms[k].t1 - 1].oe);
	}
}
