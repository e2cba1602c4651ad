/*
 * citations_plenum.c
 *	  Plenums, terms and congresses in a citation: "Trung ương 4 khóa XII",
 *	  "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng", "Nghị quyết Trung
 *	  ương 4, 5, 6", "Đại hội XIII của Đảng".
 *
 * Apart because a plenum or congress is read alike after a document's type,
 * after its "của", in a list's head and in a group noun.
 */
#include "citations_int.h"

#define CONGRESS_MEMO	64		/* past the highest number a congress has */

/* "khóa XI, XII", "(khóa XI, khóa XII)", "khoá 12": up to MAXTERMS terms. */
int
parse_terms(const GbDoc *d, int p, int *terms, int *nterms)
{
	int			q = p,
				t,
				e;
	bool		paren = false;

	*nterms = 0;
	if (tok_punct(d, q, '('))
	{
		paren = true;
		q++;
	}
	if (!tok_is(d, q, "khoa"))
		return p;
	q++;
	e = gb_parse_term(d, q, &t);
	if (e == q)
		return p;
	terms[(*nterms)++] = t;
	q = e;
	while (*nterms < MAXTERMS && (tok_punct(d, q, ',') || tok_is(d, q, "va")))
	{
		int			r = q + 1;

		if (tok_is(d, r, "khoa"))
			r++;
		e = gb_parse_term(d, r, &t);
		if (e == r)
			break;
		terms[(*nterms)++] = t;
		q = e;
	}
	if (paren)
	{
		if (!tok_punct(d, q, ')'))
			return p;
		q++;
	}
	return q;
}

/*
 * A plenum's terms after its number at q: "khóa XII" (parse_terms()), or
 * the Central Committee named again, then its term: "Trung ương 4 Ban Chấp
 * hành Trung ương Đảng khóa XIII", "Trung ương 6, BCH TW khóa XII".  The
 * term is the plenum's (and, after a list, every plenum's: "Trung ương 5, 6
 * Ban Chấp hành Trung ương Đảng khóa XIII").  The short names ("Trung
 * ương", "TW") would be another plenum, and the Central Committee of a mass
 * organization has a name before its term, so only the full name with the
 * term right after it counts.  Returns the token after the terms, or q.
 */
static int
plenum_terms(const GbDoc *d, int q, int *terms, int *nterms)
{
	int			r = q,
				m,
				e;

	if ((e = parse_terms(d, q, terms, nterms)) > q)
		return e;
	*nterms = 0;
	if (tok_punct(d, r, ',') || tok_punct(d, r, '-'))
		r++;
	if (tok_has(d, r, T_NL) || tok_is(d, r, "trung") || tok_is(d, r, "tw") || tok_is(d, r, "t"))
		return q;
	m = gb_dict_match(d, r, CAT_PLENUMBODY, NULL);
	if (m == 0)
		return q;
	e = parse_terms(d, r + m, terms, nterms);
	return e > r + m ? e : q;
}

/*
 * Whether the number before e is an amount rather than a plenum: a decimal
 * ("Trung ương 7,5 tỷ đồng") or an amount of money or people ("4 triệu",
 * "3 người"), but not a list of plenums with their term ("Trung ương 7,8
 * (khóa XII)").
 */
static bool
amount_at(const GbDoc *d, int e)
{
	const GbPhrase *ph = NULL;
	int			terms[MAXTERMS],
				nterms;

	if ((tok_punct(d, e, ',') || tok_punct(d, e, '.')) && !(d->tok[e].flags & T_SPACE) &&
		tok_has(d, e + 1, T_NUM) && !(d->tok[e + 1].flags & T_SPACE))
		return plenum_terms(d, e + 2, terms, &nterms) == e + 2;
	return gb_dict_match(d, e, CAT_QUANTITY, &ph) > 0 && (ph->aux & QTY_AMOUNT) &&
		!(d->tok[e].flags & T_UPPER);
}

/*
 * The end of a mass organization named after the Central Committee's
 * words [q, q + m) that end with the centre ("BCH T.Ư", "Ban Chấp hành
 * Trung ương"), as gb_org_centre() reads it after "Trung ương": "Hội",
 * "Hội LHPN Việt Nam", "Đoàn".  Not the Party ("BCH TW Đảng").  The token
 * after it, or q.
 */
static int
mass_centre_end(const GbDoc *d, int q, int m)
{
	int			c,
				e;

	if (tok_is(d, q + m - 1, "dang") || tok_is(d, q + m, "dang") || tok_has(d, q + m, T_NL))
		return q;
	for (c = q + 1; c < q + m; c++)
		if (gb_centre_len(d, c) == q + m - c)
			return (e = gb_org_centre(d, c)) > q + m ? e : q;
	return q;
}

/* "Ban Chấp hành Trung ương" and the organization [q, e) after it, an issuer */
static const char *
with_plenum_body(const GbDoc *d, int q, int e)
{
	return gb_arena_concat(d->arena, gb_plenum_body, " ", gb_span_text_bare(d, q, e), NULL);
}

/*
 * "Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc
 * Việt Nam" at q: the Front's Central Committee.  The token after its
 * name, or q.
 */
static int
front_centre_end(const GbDoc *d, int q)
{
	int			c,
				f,
				e;

	if (!tok_is(d, q, "uy") || !tok_has(d, q, T_UPPER) || !tok_is(d, q + 1, "ban") ||
		tok_has(d, q + 1, T_NL) || (c = gb_centre_len(d, q + 2)) == 0)
		return q;
	f = q + 2 + c;
	if (tok_has(d, f, T_NL) || !tok_has(d, f, T_UPPER))
		return q;
	if (tok_is(d, f, "mttq") || tok_is(d, f, "mttqvn"))
		e = f + 1;
	else if (tok_is(d, f, "mat") && tok_is(d, f + 1, "tran") && tok_is(d, f + 2, "to") &&
			 tok_is(d, f + 3, "quoc"))
		e = f + 4;
	else
		return q;
	if (tok_is(d, e, "viet") && tok_is(d, e + 1, "nam") && !tok_has(d, e, T_NL) &&
		tok_has(d, e, T_UPPER))
		e += 2;
	return e;
}

/*
 * A plenum at p: "Trung ương 4", "TW4", "Hội nghị Trung ương 4",
 * "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng", "Hội nghị lần sáu
 * Ban Chấp hành Trung ương" (a numeral word needs no "thứ"), each with
 * optional terms.  Returns the token after it, or p.  *org gets the Central
 * Committee of a mass organization whose plenum it is ("Hội nghị lần thứ
 * 12 của Ban Chấp hành Trung ương Hội Nông dân Việt Nam"), else NULL.
 * With pl, "Hội nghị lần thứ 12, 13 của Ban Chấp hành Trung ương" is read
 * as a list of plenums (pl->n > 1); without it such a list is no plenum.
 */
int
parse_plenum(const GbDoc *d, int p, int *plenum, int *terms, int *nterms, const char **org,
			 PlenumList *pl)
{
	int			q = p,
				m,
				e;
	bool		conf = false;

	*plenum = 0;
	*nterms = 0;
	*org = NULL;
	if (pl)
		pl->n = 0;
	if (tok_is(d, q, "hoi") && tok_is(d, q + 1, "nghi"))
	{
		q += 2;
		conf = true;
	}
	m = plenum_body_at(d, q);
	if (m > 0)
	{
		q += m;
		if (tok_is(d, q, "lan") && tok_is(d, q + 1, "thu"))
			q += 2;
		e = gb_parse_ordinal(d, q, plenum);
		if (e == q || tok_has(d, q, T_WORD) != tok_has(d, q, T_ROMAN))
		{
			/* an ordinal word after "Trung ương" only with "lần thứ" */
			if (e == q || !tok_is(d, q - 1, "thu"))
				return p;
		}
		if (amount_at(d, e))
			return p;
		q = e;
	}
	/*
	 * "Nghị quyết lần thứ 7 BCH Trung ương Đảng khóa X": the plenum with
	 * its conference noun left out, as in "Nghị quyết Trung ương 7", when
	 * "lần thứ" is written in full (probe be 04); the Central Committee
	 * must then follow, as after "Hội nghị"
	 */
	else if (tok_is(d, q, "lan") &&
			 (tok_is(d, q + 1, "thu") || (conf && gb_dict_match(d, q + 1, CAT_ORDINAL, NULL) > 0)))
	{
		int			s = tok_is(d, q + 1, "thu") ? q + 2 : q + 1;

		e = gb_parse_ordinal(d, s, plenum);
		if (e == s)
			return p;
		q = e;
		/* "lần thứ 12, 13 (và 14)": numbers in rising order, then the body */
		if (pl && tok_has(d, s, T_NUM))
		{
			pl->n = 1;
			pl->v[0] = *plenum;
			pl->tok[0] = s;
			while (pl->n < MAXPLENUMS)
			{
				int			t = q,
							v;

				if (tok_punct(d, t, ','))
					t++;
				if (tok_is(d, t, "va"))
					t++;
				/* "lần thứ 6, lần thứ 7": each number with its own "lần thứ" (probe ak 14) */
				if (t > q && tok_is(d, t, "lan") && tok_is(d, t + 1, "thu") &&
					!tok_has(d, t, T_NL) && !tok_has(d, t + 1, T_NL))
					t += 2;
				if (t == q || !tok_has(d, t, T_NUM) || (d->tok[t].flags & T_NL) ||
					gb_parse_ordinal(d, t, &v) != t + 1 || v <= pl->v[pl->n - 1] ||
					v > PLENUM_MAX)
					break;
				pl->v[pl->n] = v;
				pl->tok[pl->n++] = t;
				q = t + 1;
			}
		}
		/*
		 * "Hội nghị lần thứ 6, BCH T.Ư Đảng", "Hội nghị lần thứ 6 – BCH
		 * Trung ương Đảng": the body in apposition; "Hội nghị lần thứ 9
		 * của Ban Chấp hành Trung ương": the body whose conference it is
		 */
		if ((tok_punct(d, q, ',') || tok_punct(d, q, '-') || tok_is(d, q, "cua")) &&
			gb_dict_match(d, q + 1, CAT_PLENUMBODY, NULL) > 1)
			q++;
		m = gb_dict_match(d, q, CAT_PLENUMBODY, NULL);
		/*
		 * "Ban Chấp hành Trung ương Hội Nông dân Việt Nam", "... Đoàn
		 * TNCS Hồ Chí Minh": the Central Committee of a mass organization
		 * named after it holds plenums of its own, numbered in its own terms
		 */
		if (m > 1 && !tok_has(d, q + m, T_NL) && tok_has(d, q + m, T_UPPER) &&
			!tok_is(d, q + m, "dang") && (e = gb_parse_body(d, q, org)) > q + m &&
			org_committee(*org))
			m = e - q;
		/*
		 * "Ban Chấp hành Trung ương Đoàn (TNCS Hồ Chí Minh)": the Youth
		 * Union's, "Đoàn" alone being its name there
		 */
		else if (m > 1 && tok_is(d, q + m, "doan") && tok_has(d, q + m, T_UPPER) &&
				 !tok_has(d, q + m, T_NL) &&
				 (!tok_has(d, q + m + 1, T_UPPER) || tok_is(d, q + m + 1, "tncs")))
		{
			*org = gb_youth_cc;
			m++;
			if (tok_is(d, q + m, "tncs") && tok_is(d, q + m + 1, "ho") &&
				tok_is(d, q + m + 2, "chi") && tok_is(d, q + m + 3, "minh"))
				m += 4;
		}
		/*
		 * "BCH T.Ư Hội", "BCH TW Hội LHPN Việt Nam": a mass organization
		 * after the centre ending the committee's name, however the
		 * centre is written, or by its short name alone (gb_org_centre()),
		 * holds the plenum, not the Party (stop 36 X2)
		 */
		else if (m > 1 && (e = mass_centre_end(d, q, m)) > q + m)
		{
			*org = with_plenum_body(d, q + m, e);
			m = e - q;
		}
		/*
		 * "Ủy ban Trung ương MTTQ Việt Nam (khóa VIII)": the Front's
		 * Central Committee, which holds plenums of its own (stop 36 X2),
		 * by one name however written: one plenum, one key
		 */
		else if (m == 0 && (e = front_centre_end(d, q)) > q)
		{
			*org = gb_front_cc;
			m = e - q;
		}
		else
			*org = NULL;
		/*
		 * the Central Committee must be named: "TW" alone is not enough,
		 * "BCHTW", "BCHTƯ" (its Executive Committee in one word) are
		 */
		if (m == 0 || (m == 1 && tok_is(d, q, "tw")))
			return p;
		q += m;
	}
	else
		return p;
	if (*plenum < 1 || *plenum > PLENUM_MAX)
		return p;
	return plenum_terms(d, q, terms, nterms);
}

/*
 * A plenum's number at j after the type's letters glued to the Central
 * Committee's, "NQTW4 (khóa XI)", "NQTW 4 khóa XII", with optional terms,
 * as parse_plenum() reads it after "TW".  Returns the token after it, or j.
 */
int
glued_plenum(const GbDoc *d, int j, int *plenum, int *terms, int *nterms)
{
	int			e;

	*nterms = 0;
	if (!tok_has(d, j, T_NUM) || tok_has(d, j, T_NL) || (e = gb_parse_ordinal(d, j, plenum)) != j + 1 ||
		*plenum < 1 || *plenum > PLENUM_MAX || amount_at(d, e))
		return j;
	j = parse_terms(d, e, terms, nterms);
	return j > e ? j : e;
}

/*
 * The plenums listed after a first one that has no term, at e: ", 8",
 * "và 9", ", 8, 9", in rising order, then the term they share ("Trung ương
 * 7, 8 (khóa XII)"); without a term the list must end there, so that a
 * count ("Trung ương 5, 6 đồng chí") is no plenum.  Returns the token after
 * the list and its term, or e; plenums[0] is the first plenum.
 */
int
plenum_list(const GbDoc *d, int e, int *plenums, int *nplenums, int *term)
{
	int			q = e,
				n = 1,
				terms[MAXTERMS],
				nterms,
				t;

	*term = 0;
	while (n < MAXPLENUMS)
	{
		int			s = q,
					v;

		if (tok_punct(d, s, ','))
			s++;
		if (tok_is(d, s, "va"))
			s++;
		if (s == q || !tok_has(d, s, T_NUM) || d->tok[s].len > 2 || (d->tok[s].flags & T_NL))
			break;
		if (gb_parse_ordinal(d, s, &v) != s + 1 || v <= plenums[n - 1] || v > PLENUM_MAX)
			break;
		plenums[n++] = v;
		q = s + 1;
	}
	if (n == 1)
		return e;
	t = plenum_terms(d, q, terms, &nterms);
	if (t > q)
	{
		if (nterms != 1)
			return e;
		*term = terms[0];
		q = t;
	}
	else if ((tok_has(d, q, T_WORD) && !tok_is(d, q, "ve") && !tok_is(d, q, "cua") &&
			  !tok_is(d, q, "va") &&
			  !(tok_is(d, q, "nam") && is_year(d, q + 1))) ||
			 ((tok_punct(d, q, '.') || tok_punct(d, q, ',') || tok_punct(d, q, '/') ||
			   tok_punct(d, q, '-')) &&
			  tok_has(d, q + 1, T_NUM) && !(d->tok[q + 1].flags & T_SPACE)) ||
			 /* longer than MAXPLENUMS */
			 ((tok_punct(d, q, ',') || tok_is(d, q, "va")) && tok_has(d, q + 1, T_NUM)))
		return e;
	*nplenums = n;
	return q;
}

/*
 * A congress's number at n: "XIII", "17", and after "lần thứ" a numeral
 * word too, "lần thứ nhất", "lần thứ mười bảy", as a plenum's ("Hội nghị
 * lần thứ tám").  The ordinal words all count 1 to 25 (gazetteer.c), in a
 * term's range.  Returns the token after it, or n.
 */
static int
congress_number(const GbDoc *d, int n, int *term)
{
	int			e = gb_parse_term(d, n, term);

	if (e == n && tok_is(d, n - 1, "thu") && tok_has(d, n, T_WORD) && !tok_has(d, n, T_NL))
		e = gb_parse_ordinal(d, n, term);
	return e;
}

/*
 * The head of a body holding its own congress at q (gb_congress_head()),
 * its tokens or 0; "Đảng bộ" only before a name or a level.
 */
static int
congress_head(const GbDoc *d, int q)
{
	int			w = gb_congress_head(d, q);

	if (w == 2 && tok_is(d, q, "dang") && tok_is(d, q + 1, "bo") &&
		!tok_has(d, q + 2, T_UPPER) && gb_dict_match(d, q + 2, CAT_LEVEL, NULL) == 0)
		return 0;
	return w;
}

/*
 * The organization whose congress [q, r) names, as written, but the women's
 * union and the Youth Union by their names: "Phụ nữ tỉnh" is the "Hội Liên
 * hiệp Phụ nữ tỉnh", as "Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh" writes
 * it, and "Đoàn tỉnh Bắc Giang" the "Đoàn TNCS Hồ Chí Minh tỉnh Bắc Giang"
 * (stop 36 X1c), so that both spellings key one congress.
 */
static char *
congress_org(const GbDoc *d, int q, int r)
{
	if (gb_women_union_at(d, q) > 0)
		return gb_arena_concat(d->arena, "Hội Liên hiệp ", gb_span_text(d, q, r), NULL);
	if (gb_youth_union_at(d, q) > 0)
		return gb_youth_union_name(d, q, r);
	/*
	 * "MTTQVN tỉnh": the Front with "Việt Nam" in its letters, as "MTTQ
	 * Việt Nam tỉnh" writes it, so that both key one congress (probe bd
	 * BD2)
	 */
	if (tok_is(d, q, "mttqvn"))
		return gb_arena_concat(d->arena, "MTTQ Việt Nam", r > q + 1 ? " " : "",
							   r > q + 1 ? gb_span_text(d, q + 1, r) : "", NULL);
	return gb_span_text(d, q, r);
}

/*
 * "Đại hội tỉnh Đảng bộ lần thứ IX", "Đại hội Tỉnh Đảng bộ Tiền Giang lần
 * thứ IX": the old southern order of "Đảng bộ tỉnh (Tiền Giang)", a level
 * before "Đảng bộ", then the congress's number (stop 36 X1d).  Returns the
 * token after the number, or q; *local the Đảng bộ in the usual order.
 */
static int
level_first_party(const GbDoc *d, int q, int *term, const char **local)
{
	static const char party[] = "Đảng bộ ";
	const char *name;
	int			m = gb_dict_match(d, q, CAT_LEVEL, NULL),
				r,
				n,
				e;

	if (m == 0 || !tok_is(d, q + m, "dang") || !tok_is(d, q + m + 1, "bo") ||
		!tok_has(d, q + m, T_UPPER) || tok_has(d, q + m, T_NL) || tok_has(d, q + m + 1, T_NL))
		return q;
	for (r = q + m + 2; r < q + m + 8 && tok_has(d, r, T_WORD) && gb_tok_capitalized(d, r) &&
		 !tok_has(d, r, T_NL); r++)
		;
	if (!tok_is(d, r, "lan") || tok_has(d, r, T_UPPER) || tok_has(d, r, T_NL))
		return q;
	n = tok_is(d, r + 1, "thu") ? r + 2 : r + 1;
	if ((e = congress_number(d, n, term)) == n)
		return q;
	name = r > q + m + 2 ? gb_span_text(d, q + m + 2, r) : "";
	*local = gb_arena_concat(d->arena, party, gb_span_text(d, q, q + m), *name ? " " : "", name, NULL);
	return e;
}

/*
 * A mass organization's, the Front's or a union's name right after a
 * congress's number, "Đại hội X Hội Nông dân tỉnh", "Đại hội lần thứ IX
 * Công đoàn tỉnh Bắc Kạn", "Đại hội XIII Phụ nữ tỉnh": the congress is its
 * own, as with the name before the number (stop 30 G2).  Returns the token
 * after the name, or q; *local the organization.
 */
static int
congress_org_after(const GbDoc *d, int q, const char **local)
{
	const char *name;
	int			r,
				w;

	if (tok_has(d, q, T_NL) || (tok_is(d, q, "dang") && tok_is(d, q + 1, "bo")))
		return q;
	if (congress_head(d, q) > 0)
	{
		if ((r = gb_parse_body(d, q, &name)) <= q || name == NULL)
			return q;
		*local = gb_span_text(d, q, r);
		return r;
	}
	if ((w = gb_women_union_at(d, q)) == 0)
		return q;
	for (r = q + 2 + w; r < d->ntok && r - q < 8 && tok_has(d, r, T_UPPER) && tok_has(d, r, T_WORD) &&
		 !tok_has(d, r, T_NL); r++)
		;
	*local = congress_org(d, q, r);
	return r;
}

/*
 * The congress's number after the name of the body at q (its head w
 * tokens), "Đảng bộ Quân đội lần thứ XI", "Hội Nông dân tỉnh lần thứ X":
 * the token after the number, or p; *local the body.  "lần thứ" typed
 * twice is read once (probe aa-01).  elided, for a name without "Đại hội"
 * (parse_elided_congress()), asks more: "lần thứ" and a Roman number, and
 * no "khóa".
 */
static int
congress_named_number(const GbDoc *d, int p, int q, int w, bool elided, int *term, const char **local)
{
	int			r,
				e,
				end = -1;		/* the name's end, a comma after it */

	for (r = q + w; r < d->ntok && r - q < 10; r++)
	{
		/*
		 * "Đại hội Đảng bộ quận Ninh Kiều, lần thứ XI": a comma between the
		 * body's name and its ordinal does not end the congress's name
		 * (stop 44, probe bb BB4)
		 */
		if (r > q + w && end < 0 && tok_punct(d, r, ',') && !tok_has(d, r + 1, T_NL) &&
			tok_is(d, r + 1, "lan") && !tok_has(d, r + 1, T_UPPER) && tok_is(d, r + 2, "thu"))
		{
			end = r;
			continue;
		}
		if (tok_has(d, r, T_PUNCT) || tok_has(d, r, T_NL) || tok_has(d, r, T_NUM))
			return p;
		/* "lần thứ 6", and "lần 6" with the ordinal's word left out */
		if (tok_is(d, r, "lan") && (tok_is(d, r + 1, "thu") || (!elided && !tok_has(d, r, T_UPPER))))
		{
			int			n = !tok_is(d, r + 1, "thu") ? r + 1 :
				tok_is(d, r + 2, "lan") && tok_is(d, r + 3, "thu") ? r + 4 : r + 2;

			if ((elided && (!tok_has(d, n, T_ROMAN) || tok_has(d, n, T_NL))) ||
				(e = congress_number(d, n, term)) == n)
				return p;
			if (end < 0)
				end = r;
			/*
			 * "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh toàn quốc lần thứ
			 * XI": the scope is no part of the name (stop 36 X1a)
			 */
			if (end - 2 >= q + w && tok_is(d, end - 2, "toan") && tok_is(d, end - 1, "quoc"))
				*local = congress_org(d, q, end - 2);
			else
				*local = congress_org(d, q, end);
			return e;
		}
		/*
		 * "Đảng bộ huyện Bắc Trà My khóa XI": the term of the committee
		 * the congress elected is its number, as "lần thứ XI" (probe 66
		 * G5); a Roman numeral only, "khóa" being a course's word too;
		 * a mass organization's alike, which numbers its congresses by
		 * the executive it elects as often: "Nghị quyết Đại hội Đoàn
		 * tỉnh khoá XIV", "Đại hội Hội Nông dân tỉnh khóa IX" (probe bd
		 * BD2)
		 */
		if (!elided && tok_is(d, r, "khoa") &&
			!tok_has(d, r, T_UPPER) && tok_has(d, r + 1, T_ROMAN))
		{
			e = congress_number(d, r + 1, term);
			if (e == r + 1)
				return p;
			*local = congress_org(d, q, r);
			return e;
		}
	}
	return p;
}

/*
 * "Nghị quyết Đảng bộ tỉnh lần thứ XVIII": a Party organization at p with
 * the congress's Roman number after "lần thứ", the word "Đại hội" left
 * out, is its congress, as parse_congress() reads it with the word; a
 * plenum ("Hội nghị lần thứ 6") is no Party organization (probe-aa AA6).
 * The token after it, or p.
 */
int
parse_elided_congress(const GbDoc *d, int p, int *term, const char **local)
{
	if (!(tok_is(d, p, "dang") && tok_has(d, p, T_UPPER) && tok_is(d, p + 1, "bo")) ||
		tok_has(d, p, T_NL) || tok_has(d, p + 1, T_NL))
		return p;
	return congress_named_number(d, p, p, 2, true, term, local);
}

/*
 * The end of a Party organization's name at q ("Đảng bộ" capitalized), its
 * capitalized words and levels on one line, "Đảng bộ Khối", "Đảng bộ tỉnh
 * Trà Vinh", "Đảng bộ Công an tỉnh": the token after it, or q.
 */
static int
party_org_end(const GbDoc *d, int q)
{
	int			r,
				m;

	if (!(tok_is(d, q, "dang") && tok_has(d, q, T_UPPER) && tok_is(d, q + 1, "bo")) ||
		tok_has(d, q + 1, T_NL))
		return q;
	for (r = q + 2; r < q + 10 && tok_has(d, r, T_WORD) && !tok_has(d, r, T_NL); r += m)
		if (gb_tok_capitalized(d, r))
			m = 1;
		else if ((m = gb_dict_match(d, r, CAT_LEVEL, NULL)) == 0)
			break;
	return r;
}

/*
 * "Đại hội (đại biểu) Đảng bộ Khối ...": the Party organization named after
 * the congress word (w tokens at p) and "đại biểu", as parse_term_congress()
 * and level_congress_told() read it.  The token after its name, *local the
 * name; the token after the congress's words, *local NULL, when none is
 * named; p for a bare "Đảng bộ", which names none of its own.
 */
static int
congress_party_org(const GbDoc *d, int p, int w, const char **local)
{
	int			q = p + w,
				r;

	*local = NULL;
	if (tok_is(d, q, "dai") && tok_is(d, q + 1, "bieu"))
		q += 2;
	if ((r = party_org_end(d, q)) == q)
		return q;
	if (r == q + 2)
		return p;
	*local = gb_span_text(d, q, r);
	return r;
}

/*
 * A term of five years at r on its line, "2015 - 2020": its first year,
 * or 0
 */
static int
five_year_term(const GbDoc *d, int r)
{
	if (tok_has(d, r, T_NL) || term_years_end(d, r) == r ||
		gb_tok_int(d, r + 4) != gb_tok_int(d, r + 2) + 5)
		return 0;
	return gb_tok_int(d, r + 2);
}

/*
 * "Đại hội Đảng bộ Khối nhiệm kỳ 2015 - 2020", "Đại hội nhiệm kỳ 2020 -
 * 2025": a congress named by its term of five years, not its number, of a
 * Party organization or of none written (stop 41, probe aq X2); its number
 * is derived from a congress of the same organization the report names
 * with number and term (local_congress_res()).  The token after the term,
 * or p; *from its first year, *local the organization or NULL.
 */
int
parse_term_congress(const GbDoc *d, int p, int *from, const char **local)
{
	int			r,
				w;

	*from = 0;
	*local = NULL;
	if ((w = gb_congress_word(d, p)) == 0 || (r = congress_party_org(d, p, w, local)) == p)
		return p;
	if (tok_punct(d, r, ',') && !tok_has(d, r + 1, T_NL))
		r++;
	if ((*from = five_year_term(d, r)) == 0)
		return p;
	return r + 5;
}

/*
 * A congress at p: "Đại hội XIII của Đảng", "Đại hội đại biểu toàn quốc lần
 * thứ XIII", "Đại hội lần thứ XVII Đảng bộ thành phố Hà Nội", "Đại hội 12".
 */
int
parse_congress(const GbDoc *d, int p, int *term, const char **local)
{
	int			q = p,
				e,
				w;
	const char *org;

	*term = 0;
	*local = NULL;
	if ((w = gb_congress_word(d, q)) == 0)
		return p;
	q += w;
	if (tok_is(d, q, "dai") && tok_is(d, q + 1, "bieu"))
		q += 2;
	if (tok_is(d, q, "dang") && tok_is(d, q + 1, "toan"))
		q++;
	/*
	 * "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VII", "...
	 * toàn quốc MTTQ Việt Nam lần thứ IX": the national congress's scope
	 * before the organization that holds it, as congress_of() reads it
	 * (stop 36 X1a); not "toàn quốc lần thứ XIII", the Party's
	 */
	if (tok_is(d, q, "toan") && tok_is(d, q + 1, "quoc") && !tok_has(d, q + 1, T_NL) &&
		!tok_has(d, q + 2, T_NL) && congress_head(d, q + 2) > 0 &&
		!(tok_is(d, q + 2, "dang") && tok_is(d, q + 3, "bo")))
		q += 2;
	if ((e = level_first_party(d, q, term, local)) > q)
		return e;
	/*
	 * "Nghị quyết Đại hội của Hội Cựu chiến binh tỉnh lần thứ VI", "Đại hội
	 * của Đảng lần thứ XIII": "của" before the body that holds the congress
	 * is no part of its name; the number must follow as without it (probe u
	 * G13, probe v G15)
	 */
	if (tok_is(d, q, "cua") && !tok_has(d, q, T_UPPER) &&
		(congress_head(d, q + 1) > 0 || gb_women_union_at(d, q + 1) > 0 ||
		 gb_short_national_name(d, q + 1) > 0 ||
		 (tok_is(d, q + 1, "dang") && tok_has(d, q + 1, T_UPPER) && tok_is(d, q + 2, "lan"))))
		q++;
	/* "Đại hội Đảng lần thứ XIII": the national Party's, as "Đại hội XIII của Đảng" */
	if (tok_is(d, q, "dang") && tok_has(d, q, T_UPPER) && tok_is(d, q + 1, "lan") &&
		tok_is(d, q + 2, "thu") && !tok_has(d, q + 1, T_NL))
		q++;
	/*
	 * "Đại hội Đảng bộ Quân đội lần thứ XI", "Đại hội đại biểu Hội Nông dân
	 * tỉnh lần thứ X": the body before the term; "Đại hội đại biểu Phụ nữ
	 * tỉnh lần thứ X", the women's union's ("Phụ nữ", gb_women_union_at())
	 */
	if ((w = congress_head(d, q)) > 0 || (w = gb_women_union_at(d, q) > 0 ? 2 : 0) > 0 ||
		(w = gb_youth_union_at(d, q) > 0 ? 1 : 0) > 0)
		return congress_named_number(d, p, q, w, false, term, local);
	/*
	 * "Đại hội Đoàn toàn quốc lần thứ XI", "Đại hội đại biểu phụ nữ toàn
	 * quốc lần thứ XII" (a known one in lower case too, its members named
	 * as a common noun): the organization by its full name, so that every
	 * spelling of one national congress keys one document, "Đại hội đại
	 * biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ XI" as well (stop 36 X1b)
	 */
	if ((w = gb_national_name_at(d, q, &org)) > 0)
	{
		*local = org ? org : gb_span_text(d, q, q + w);
		q += w;
	}
	if (tok_is(d, q, "toan") && tok_is(d, q + 1, "quoc"))
		q += 2;
	if (tok_is(d, q, "lan") && tok_is(d, q + 1, "thu"))
		q += 2;
	else if (tok_is(d, q, "lan") && !tok_has(d, q, T_UPPER))
		q++;
	e = congress_number(d, q, term);
	if (e == q)
		return p;
	q = e;
	/*
	 * not the subject of the next clause: "Thực hiện Nghị quyết Đại hội
	 * XIII Hội Nông dân tỉnh tổ chức ..." is the Party's congress
	 */
	if (*local == NULL && (e = congress_org_after(d, q, local)) > q)
	{
		if (!gb_clause_goes_on(d, e))
			return e;
		*local = NULL;
	}
	/*
	 * "Đại hội lần thứ XX của Đảng bộ tỉnh Bình Định": "của" before a
	 * local body, which "của Đảng" alone (the national Party) is not
	 */
	if (tok_is(d, q, "cua") && tok_is(d, q + 1, "dang") && tok_is(d, q + 2, "bo"))
		q++;
	if (tok_is(d, q, "cua") && tok_is(d, q + 1, "dang"))
		q += 2;
	else if (tok_is(d, q, "dang") && tok_is(d, q + 1, "bo"))
	{
		int			r = q + 2,
					m;

		/*
		 * "Đảng bộ Bộ đội Biên phòng tỉnh Lâm Hà": the body's name goes on
		 * as any body's does, past a level and its place
		 */
		if (!tok_has(d, q + 2, T_NL) && (r = gb_parse_body(d, q, local)) > q + 2 && *local)
			return r;
		r = q + 2;
		if ((m = gb_dict_match(d, r, CAT_LEVEL, NULL)) > 0)
			r += m;
		while (r < d->ntok && tok_has(d, r, T_UPPER) && !tok_has(d, r, T_NL) && r - q < 8)
			r++;
		*local = gb_span_text(d, q, r);
		q = r;
	}
	return q;
}

/*
 * The term of the Party's plenum numbered plenum as the report names it
 * elsewhere, "Hội nghị Trung ương 10 khóa XII", for its resolution cited
 * by the plenum alone, "Nghị quyết Trung ương 10" (stop 34 R8b); 0 when
 * no such plenum is named, or named with two terms.  Scans the chunk,
 * once for each plenum asked (st->named_term).
 */
int
plenum_named_term(GbCitState *st, const GbDoc *d, int plenum)
{
	int			k,
				n,
				nterms,
				terms[MAXTERMS],
				term = 0;
	const char *org;

	if (plenum >= 0 && plenum <= PLENUM_MAX && st->named_term[plenum])
		return st->named_term[plenum] - 1;
	for (k = 0; k + 3 < d->ntok; k++)
	{
		if (!(tok_is(d, k, "hoi") && tok_is(d, k + 1, "nghi")))
			continue;
		if (parse_plenum(d, k, &n, terms, &nterms, &org, NULL) == k || n != plenum ||
			nterms != 1 || org)
			continue;
		if (term && term != terms[0])
		{
			term = 0;
			break;
		}
		term = terms[0];
	}
	if (plenum >= 0 && plenum <= PLENUM_MAX)
		st->named_term[plenum] = term + 1;
	return term;
}

/*
 * Whether [p, e) names the Party's own congress: "của Đảng", "Đại hội
 * Đảng toàn quốc", "Đại hội đại biểu toàn quốc".
 */
static bool
national_marked(const GbDoc *d, int p, int e)
{
	for (; p < e; p++)
		if ((tok_is(d, p, "dang") && tok_has(d, p, T_UPPER)) ||
			(tok_is(d, p, "toan") && tok_is(d, p + 1, "quoc")))
			return true;
	return false;
}

/*
 * "Đại hội Đảng bộ Kiên Giang lần này": the congress the report is about,
 * its number left out; its organization, or NULL.
 */
static const char *
congress_this_time(const GbDoc *d, int p)
{
	int			q = p + 2,
				r;

	if (tok_is(d, q, "dai") && tok_is(d, q + 1, "bieu"))
		q += 2;
	if (congress_head(d, q) == 0)
		return NULL;
	for (r = q + 1; r < d->ntok && r - q < 10; r++)
	{
		if (tok_has(d, r, T_PUNCT) || tok_has(d, r, T_NL) || tok_has(d, r, T_NUM))
			return NULL;
		if (tok_is(d, r, "lan") && tok_is(d, r + 1, "nay") && !tok_has(d, r, T_UPPER))
			return congress_org(d, q, r);
	}
	return NULL;
}

/*
 * Where the subject of the verb at v ends: before "đã", "vừa", a lower-case
 * adverb ("long trọng", "trọng thể", probe am AM1 am-02) and a place in
 * brackets after the body's name ("Đảng bộ xã Ngọc Đường (thành phố Hà
 * Giang) tổ chức", am-03; the mountain papers nearly always add one): a
 * level or a capitalized word opening it, words only, on one line.
 */
static int
holder_subject_end(const GbDoc *d, int v)
{
	int			k;

	/* not "sẽ": a congress still to come, as skip_adverbs() */
	v = adverbs_back(d, v, 1, true);
	if (v < 4 || !tok_punct(d, v - 1, ')') || tok_has(d, v - 1, T_NL))
		return v;
	for (k = v - 2; k > v - 8 && k > 0; k--)
	{
		if (tok_has(d, k, T_NL) || !tok_has(d, k, T_WORD))
			break;
		if (tok_punct(d, k - 1, '(') && !tok_has(d, k - 1, T_NL) &&
			(tok_has(d, k, T_UPPER) || gb_dict_match(d, k, CAT_LEVEL, NULL) > 0))
			return k - 1;
	}
	return v;
}

/*
 * "Đảng bộ Tập đoàn Hoa Sen (đã) tổ chức Đại hội đại biểu lần thứ III": a
 * bare congress held by a body that holds congresses, its subject, is that
 * body's own (probe-r G8); one that opens or closes it alike, "Đảng bộ tỉnh
 * Quảng Trị đã khai mạc Đại hội đại biểu lần thứ 15" (probe 107 AO6), past
 * an adverb or a place in brackets (holder_subject_end()).  The body's name as
 * written, or NULL.
 */
static __attribute__((noinline)) const char *
congress_holder(const GbDoc *d, int p)
{
	const char *name;
	int			v = p - 2,
				q;

	if (v < 1 || tok_has(d, v, T_UPPER) ||
		!((tok_is(d, v, "to") && tok_is(d, v + 1, "chuc")) ||
		  ((tok_is(d, v, "khai") || tok_is(d, v, "be")) && tok_is(d, v + 1, "mac"))))
		return NULL;
	v = holder_subject_end(d, v);
	/* the body may open its line, after a headline (stop 41) */
	for (q = v - 2; q >= 0 && v - q <= 12; q--)
	{
		if (tok_has(d, q, T_PUNCT))
			return NULL;
		if (tok_has(d, q, T_UPPER) && congress_head(d, q) > 0 && gb_parse_body(d, q, &name) == v &&
			name != NULL)
			return gb_span_text(d, q, v);
		if (tok_has(d, q, T_NL))
			return NULL;
	}
	return NULL;
}

/*
 * "Nghị quyết Đại hội Chi bộ lần thứ X": a cell's congress with no name,
 * in the report of a cell's congress, which names it (probe ac AC7).
 */
static inline bool
bare_cell(const char *local)
{
	return local && (strcmp(local, "Chi bộ") == 0 || strcmp(local, "chi bộ") == 0);
}

/* Whether an organization's name is a cell's, "Chi bộ trường X". */
static inline bool
cell_org(const char *org)
{
	return strncmp(org, "Chi bộ ", strlen("Chi bộ ")) == 0 || strncmp(org, "chi bộ ", strlen("chi bộ ")) == 0;
}

/*
 * "Đảng bộ xã", "Đảng bộ thị trấn": a level with no name after it, every
 * word in lower case (a name's words are capitalized: "Đảng bộ huyện Nam"
 * is a district's own, not a prefix of "Nam Giang").  A sector's Party
 * organization of a level is one too, "Đảng bộ Công an tỉnh", "Đảng bộ
 * Quân sự tỉnh": its capitalized words, then a level word alone (stop 41,
 * probe aq X8); not "Đảng bộ Công an Trung ương", a name.
 */
static bool
bare_level(const char *local)
{
	static const char *const levels[] = {"tỉnh", "huyện", "thành phố", "quận", "thị xã", "xã",
	"phường", "thị trấn"};
	const char *p;
	size_t		i;

	if (strncmp(local, "Đảng bộ ", strlen("Đảng bộ ")) != 0)
		return false;
	p = local + strlen("Đảng bộ ");
	if (!(*p >= 'a' && *p <= 'z'))
	{
		size_t		n = strlen(p),
					L;

		/* the sector's words, capitalized first, then " " and a level ending it */
		for (i = 0; i < sizeof(levels) / sizeof(levels[0]); i++)
			if ((L = strlen(levels[i])) + 1 < n && p[n - L - 1] == ' ' && strcmp(p + n - L, levels[i]) == 0)
				return true;
		return false;
	}
	for (; *p; p++)
		if ((p[-1] == ' ') && !(*p >= 'a' && *p <= 'z'))
			return false;
	return true;
}

/* Whether org is a locality's of the bare level lvl: "Đảng bộ xã" + " Sơn Mùa". */
static inline bool
named_of_level(const char *org, const char *lvl)
{
	size_t		n = strlen(lvl);

	return strncmp(org, lvl, n) == 0 && org[n] == ' ';
}

/*
 * The organization of the congress numbered n the chunk reports, "Đại hội
 * Đảng bộ tỉnh Hòa Bình lần thứ XI khai mạc", or "lần này": NULL when it
 * names none, two different ones, or the Party's own congress (one marked
 * so, or a bare one numbered other than n or n - 1), unless party_too is
 * false: a bare level's congress is never the Party's own, which the report
 * may name beside it ("góp ý Văn kiện Đại hội đại biểu toàn quốc lần thứ
 * XIII").
 */
static const char *
reported_congress(const GbDoc *d, int n, bool party_too)
{
	const char *org = NULL,
			   *local;
	int			p,
				e,
				w,
				term;

	for (p = 0; p < d->ntok; p++)
	{
		/*
		 * "ĐH Đại biểu Đảng bộ quận Ninh Kiều lần thứ XII": the congress
		 * by its abbreviation, which parse_congress() reads only with a
		 * body or a number after it ("ĐH" is "Đại học" too); "lần này"
		 * only after the word written whole
		 */
		if ((w = gb_congress_word(d, p)) == 0)
			continue;
		if ((e = parse_congress(d, p, &term, &local)) == p)
		{
			if (w != 2 || (local = congress_this_time(d, p)) == NULL)
				continue;
			term = n;
			e = p + 1;
		}
		if (bare_cell(local))
			local = NULL;
		if (local == NULL && !party_too && (term != n || national_marked(d, p, e)))
			continue;
		if (local == NULL &&
			(national_marked(d, p, e) || (term != n && term != n - 1)))
			return NULL;
		if (local == NULL && term == n)
			local = congress_holder(d, p);
		if (local && term == n)
		{
			/*
			 * "Đại hội đại biểu Đảng bộ tỉnh Ninh Thuận lần thứ XIV ... Đại
			 * hội đại biểu Đảng bộ tỉnh lần thứ XIV": the same congress, its
			 * level bare, the named one kept (probe al AL2, al-16)
			 */
			if (org && bare_level(local) && named_of_level(org, local))
				local = org;
			else if (org && bare_level(org) && named_of_level(local, org))
				org = NULL;

			/*
			 * "ĐẠI HỘI ĐẢNG BỘ TRƯỜNG X LẦN THỨ V" over "Đại hội Đảng bộ
			 * Trường X lần thứ V": one organization, the headline's in
			 * capitals; the name as the text spells it (probe 99 AG1)
			 */
			if (org && !gb_same_name_folded(org, local))
				return NULL;
			if (org == NULL || gb_caps_name(org))
				org = local;
		}
		p = e - 1;
	}
	return org;
}

#define LEVEL_HOLDERS	4		/* bodies holding meetings a chunk keeps */

/*
 * "Đảng ủy xã Sơn Mùa (đã) tổ chức ...", "Huyện ủy Nam Giang tổ chức ...":
 * the Đảng bộ of a locality, level and name, whose committee holds the
 * meeting at the verb v ("tổ chức" in lower case), past an adverb or a
 * place in brackets (holder_subject_end()), or NULL.
 */
static const char *
level_holder(const GbDoc *d, int v)
{
	const char *name;
	int			q,
				m;

	v = holder_subject_end(d, v);
	/* the committee may open its line, after a headline (stop 41) */
	for (q = v - 2; q >= 0 && v - q <= 12; q--)
	{
		if (tok_has(d, q, T_PUNCT) || tok_has(d, q + 1, T_NL))
			return NULL;
		if (!tok_has(d, q, T_UPPER) || (!tok_is(d, q + 1, "uy") && !tok_is(d, q + 1, "bo")))
			continue;
		if (tok_is(d, q, "dang") && (m = gb_dict_match(d, q + 2, CAT_LEVEL, NULL)) > 0 &&
			tok_has(d, q + 2 + m, T_UPPER) && gb_parse_body(d, q, &name) == v)
			return gb_arena_concat(d->arena, "Đảng bộ ", gb_span_text(d, q + 2, v), NULL);
		/*
		 * "Đảng ủy Công an tỉnh Thanh Hóa tổ chức ...": a sector's
		 * committee of a level, the sector's capitalized words before it,
		 * for "Đảng bộ Công an tỉnh" (bare_level(); stop 41, probe aq X8)
		 */
		if (tok_is(d, q, "dang") && tok_is(d, q + 1, "uy"))
		{
			int			s = q + 2;

			if (tok_has(d, s, T_UPPER))
				for (s++; s < v && s < q + 6 && tok_has(d, s, T_WORD) &&
					 (tok_has(d, s, T_UPPER) || gb_dict_match(d, s, CAT_LEVEL, NULL) == 0); s++)
					;
			if (s > q + 2 && s < v && (m = gb_dict_match(d, s, CAT_LEVEL, NULL)) > 0 &&
				!tok_has(d, s, T_UPPER) && tok_has(d, s + m, T_UPPER) && gb_parse_body(d, q, &name) == v)
				return gb_arena_concat(d->arena, "Đảng bộ ", gb_span_text(d, q + 2, v), NULL);
		}
		/* a district's or a province's committee by its own name */
		if (tok_is(d, q + 1, "uy") && (tok_is(d, q, "huyen") || tok_is(d, q, "tinh")) &&
			tok_has(d, q + 2, T_UPPER) && gb_parse_body(d, q, &name) == v)
			return gb_arena_concat(d->arena, "Đảng bộ ", tok_is(d, q, "huyen") ? "huyện " : "tỉnh ",
								   gb_span_text(d, q + 2, v), NULL);
	}
	return NULL;
}

/*
 * "Nghị quyết Đại hội Đảng bộ xã lần thứ XII", a level with no name, in the
 * report of a meeting that one locality's committee of that level holds,
 * "Đảng ủy xã Sơn Mùa tổ chức Hội nghị sơ kết giữa nhiệm kỳ ...": the
 * congress is that locality's (probe w W13), as a bare cell's is the
 * reported cell's; none when two of the level hold meetings.
 */
static const char *
level_congress(const char *local, const char **held, int nheld)
{
	const char *org = NULL;
	size_t		n = strlen(local);
	int			i;

	for (i = 0; i < nheld; i++)
		if (strncmp(held[i], local, n) == 0 && held[i][n] == ' ')
		{
			if (org && strcmp(org, held[i]) != 0)
				return NULL;
			org = held[i];
		}
	return org;
}

#define TERM_CONGRESSES	8		/* congresses named with number and term a chunk keeps */

/* A congress the chunk names with its number and term: "... lần thứ III, nhiệm kỳ 2020 - 2025" */
typedef struct TermCongress
{
	const char *org;
	int			number;
	int			from;
} TermCongress;

/*
 * The local congresses the chunk names with number and term of five years,
 * "Đại hội đại biểu Đảng bộ Khối Doanh nghiệp Trung ương lần thứ III, nhiệm
 * kỳ 2020 - 2025", into tc; their count.  One scan, when a congress named
 * by its term alone is cited.
 */
static int
term_congresses(const GbDoc *d, TermCongress *tc)
{
	const char *local;
	int			p,
				e,
				r,
				n,
				nt = 0;

	for (p = 0; p + 2 < d->ntok && nt < TERM_CONGRESSES; p++)
	{
		if (gb_congress_word(d, p) == 0 || (e = parse_congress(d, p, &n, &local)) == p)
			continue;
		r = e + ((tok_punct(d, e, ',') || tok_punct(d, e, '(')) ? 1 : 0);
		if (local && n > 0 && (tc[nt].from = five_year_term(d, r)) != 0)
		{
			tc[nt].org = local;
			tc[nt++].number = n;
		}
		p = e - 1;
	}
	return nt;
}

/*
 * "Nghị quyết Đại hội Đảng bộ Khối nhiệm kỳ 2015 - 2020" in the report of
 * the "Đại hội đại biểu Đảng bộ Khối Doanh nghiệp Trung ương lần thứ III,
 * nhiệm kỳ 2020 - 2025": the congress named by its term is that of the
 * organization named with number and term, its name written whole or its
 * first words ("Đảng bộ Khối"; any when none is written, "Nghị quyết Đại
 * hội nhiệm kỳ 2020 - 2025"), numbered back by one for every five years
 * (II).  m's term and organization set; its term left 0, for no citation,
 * when none agrees or two do that differ: a key without the number would
 * be every term's resolution of the organization (stop 41, probe aq X2).
 */
static void
number_term_congress(Mention *m, const TermCongress *tc, int nt)
{
	const char *org = NULL;
	int			i,
				num = 0,
				x;

	for (i = 0; i < nt; i++)
	{
		if (m->local && strcmp(tc[i].org, m->local) != 0 && !named_of_level(tc[i].org, m->local))
			continue;
		if ((tc[i].from - m->term_from) % 5 != 0 ||
			(x = tc[i].number - (tc[i].from - m->term_from) / 5) < 1)
			continue;
		if (org && x == num && named_of_level(tc[i].org, org))
			org = tc[i].org;
		else if (org && !(x == num && (strcmp(org, tc[i].org) == 0 || named_of_level(org, tc[i].org))))
			return;
		else if (!org)
		{
			org = tc[i].org;
			num = x;
		}
	}
	if (org)
	{
		m->local = org;
		m->term = num;
	}
}

/*
 * "Chiều 16-10, Đại hội Đảng bộ tỉnh Trà Vinh đã công bố ...": the
 * locality of the bare level lvl ("Đảng bộ tỉnh") whose unnumbered
 * congress the chunk names; NULL when it names none, or two localities'
 * congresses of the level, numbered or not (stop 41, probe ap AP8).  A
 * numbered one alone does not do: its number is not the cited one's nor
 * the next (reported_congress()), and so maybe another locality's.  One
 * scan.
 */
static const char *
level_congress_told(const GbDoc *d, const char *lvl)
{
	const char *org = NULL,
			   *local;
	int			p,
				e,
				q,
				n;
	bool		unnumbered = false;

	for (p = 0; p + 2 < d->ntok; p++)
	{
		if ((q = gb_congress_word(d, p)) == 0)
			continue;
		if ((e = parse_congress(d, p, &n, &local)) == p)
		{
			if ((e = congress_party_org(d, p, q, &local)) == p || !local)
				continue;
			if (named_of_level(local, lvl) && !bare_level(local))
				unnumbered = true;
		}
		if (local && named_of_level(local, lvl) && !bare_level(local))
		{
			if (org && strcmp(org, local) != 0)
				return NULL;
			org = local;
		}
		p = e - 1;
	}
	return unnumbered ? org : NULL;
}

/*
 * The year the report speaks from: its publication's, or failing that the
 * last year written in [s, e) (a term's "2020-2025" its end), or 0.
 */
static int
speaking_year(const GbDoc *d, int s, int e)
{
	int			y = d->published.y ? d->published.y : d->head_published.y,
				k,
				v;

	if (y)
		return y;
	for (k = s; k < e; k++)
		if (tok_has(d, k, T_NUM) && d->tok[k].len == 4 && (v = gb_tok_int(d, k)) >= FIRST_YEAR &&
			v <= 2100 && v > y)
			y = v;
	return y;
}

#define NATIONAL_GAP	3		/* congresses, at least, a Đảng bộ's is behind the Party's */

/*
 * "Đảng bộ VDB vẫn giữ ổn định hoạt động, đạt hầu hết mục tiêu Nghị quyết
 * Đại hội III": a bare congress's resolution whose sentence has before it
 * a named Đảng bộ as the subject, one only, is that Đảng bộ's, when its
 * number is far below the Party's congress of the report's time (III in
 * 2025: the Party's Third Congress sat in 1960); an enterprise's, a
 * ministry's or a commune's Party organization numbers its own congresses
 * from its founding (stop 45, probe bg BG9).  "Đảng bộ tỉnh X quán triệt
 * Nghị quyết Đại hội XIII" stays the Party's: XIII is the Party's own of
 * the time, and so does one in a sentence with a year of the Party's
 * congress's own time ("(1960 - 1965)").  The Đảng bộ's name as written,
 * or NULL.
 */
static __attribute__((noinline)) const char *
subject_party_org(const GbDoc *d, const Mention *m)
{
	const char *found = NULL,
			   *name;
	GbDate		when = {0};
	int			s = sentence_start(d, m->t0, 0),
				q,
				e;

	when.y = speaking_year(d, s, m->t0);
	if (when.y == 0 || m->term + NATIONAL_GAP > gb_term_number_on(when))
		return NULL;
	/*
	 * "Đảng bộ tỉnh X lãnh đạo nhân dân thực hiện Nghị quyết Đại hội III
	 * (1960 - 1965)": a year of the Party's congress's own time in the
	 * sentence makes it history, the Party's
	 */
	for (q = s; q < d->ntok && (q <= m->t0 || !gb_break_at(d, q)); q++)
	{
		GbDate		then = {0};

		if (tok_has(d, q, T_NUM) && d->tok[q].len == 4 && (then.y = gb_tok_int(d, q)) >= FIRST_YEAR &&
			then.y <= 2100 && gb_term_number_on(then) < m->term + NATIONAL_GAP)
			return NULL;
	}
	for (q = s; q + 2 < m->t0; q++)
	{
		if (!tok_is(d, q, "dang") || !tok_is(d, q + 1, "bo") || !tok_has(d, q, T_UPPER) ||
			tok_has(d, q + 1, T_NL) || (q > s && tok_is(d, q - 1, "cua")))
			continue;
		if ((e = gb_parse_body(d, q, &name)) <= q + 2 || e > m->t0 || name == NULL ||
			!tok_has(d, e - 1, T_UPPER))
			continue;
		name = gb_span_text(d, q, e);
		if (bare_level(name) || (found && strcmp(found, name) != 0))
			return NULL;
		found = name;
		q = e - 1;
	}
	return found;
}

/*
 * "Đại hội Đảng bộ tỉnh Hòa Bình lần thứ XI khai mạc. Đại hội có nhiệm vụ
 * đánh giá tình hình thực hiện Nghị quyết Đại hội X": a bare congress's
 * resolution numbered one before the local congress the report is about is
 * that organization's previous congress's, not the Party's (probe-s G10),
 * unless the report names a congress of the Party's own.
 */
void
local_congress_res(const GbDoc *d, Mention *ms, int nm)
{
	/*
	 * reported_congress() scans the chunk: asked once per number, however
	 * the numbers alternate ("Nghị quyết Đại hội X, ... Đại hội IX, ...");
	 * no congress is numbered past CONGRESS_MEMO
	 */
	const char *org[CONGRESS_MEMO],
			   *lvl_org[CONGRESS_MEMO],
			   *held[LEVEL_HOLDERS],
			   *h,
			   *told_lvl = NULL,
			   *told = NULL;
	bool		asked[CONGRESS_MEMO] = {false},
				lvl_asked[CONGRESS_MEMO] = {false},
				scanned = false;
	int			k,
				t,
				v,
				nheld = 0,
				nterm = -1;
	TermCongress tc[TERM_CONGRESSES];

	for (k = 0; k < nm; k++)
	{
		/* a congress named by its term: numbered first, or dropped */
		if (ms[k].term_from && !ms[k].term)
		{
			if (nterm < 0)
				nterm = term_congresses(d, tc);
			number_term_congress(&ms[k], tc, nterm);
			if (!ms[k].term)
				continue;
		}
		t = ms[k].term;
		/* a bare level's: scan the chunk's holders once, when one is cited */
		if (ms[k].congress && ms[k].local && bare_level(ms[k].local))
		{
			if (!scanned)
				for (scanned = true, v = 2; v + 1 < d->ntok && nheld < LEVEL_HOLDERS; v++)
					if (tok_is(d, v, "to") && tok_is(d, v + 1, "chuc") && !tok_has(d, v, T_UPPER) &&
						(h = level_holder(d, v)) != NULL)
						held[nheld++] = h;
			if ((h = level_congress(ms[k].local, held, nheld)) != NULL)
			{
				ms[k].local = h;
				continue;
			}

			/*
			 * "Đại hội Đảng bộ tỉnh Phú Thọ lần thứ XIX ... thực hiện Nghị
			 * quyết Đại hội Đảng bộ tỉnh lần thứ XVIII": the level's previous
			 * congress is the reported one's organization's, as a bare
			 * cell's, wherever the report names it (probes ah AH4, ai AI6)
			 */
			if (t < 1 || t + 1 >= CONGRESS_MEMO)
				continue;

			/*
			 * failing that, the reported congress itself: "Chương trình hành
			 * động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ
			 * I" in the report of the "Đại hội đại biểu Đảng bộ tỉnh Gia Lai
			 * lần thứ I" (probe al AL2, al-32); lvl_org[n] is the organization
			 * of the level's congress n reported
			 */
			for (v = t + 1; v >= t; v--)
			{
				if (!lvl_asked[v])
				{
					lvl_asked[v] = true;
					lvl_org[v] = reported_congress(d, v, false);
				}
				if (lvl_org[v] && level_congress(ms[k].local, &lvl_org[v], 1) != NULL &&
					!bare_level(lvl_org[v]))
				{
					ms[k].local = lvl_org[v];
					break;
				}
			}

			/*
			 * failing that, the one locality whose congress of the level
			 * the report tells of, unnumbered: "Chiều 16-10, Đại hội Đảng
			 * bộ tỉnh Trà Vinh đã công bố ..." (stop 41, probe ap AP8)
			 */
			if (v < t)
			{
				if (told_lvl == NULL || strcmp(told_lvl, ms[k].local) != 0)
				{
					told_lvl = ms[k].local;
					told = level_congress_told(d, told_lvl);
				}
				if (told)
					ms[k].local = told;
			}
			continue;
		}
		if (!ms[k].congress || (ms[k].local && !bare_cell(ms[k].local)) || t < 1 ||
			t >= CONGRESS_MEMO ||
			national_marked(d, ms[k].t0, ms[k].t1))
			continue;
		if (!asked[t])
		{
			asked[t] = true;
			org[t] = reported_congress(d, t + 1, true);
		}
		/* a bare cell's only a cell's: not "Đảng bộ xã X"'s */
		if (org[t] && (!ms[k].local || cell_org(org[t])))
			ms[k].local = org[t];
		else if (!org[t] && !ms[k].local && (h = subject_party_org(d, &ms[k])) != NULL)
			ms[k].local = h;
	}
}
