/*
 * meeting_body.c
 *	  The name of a body at a token: "Ban Chấp hành Đảng bộ tỉnh".
 *
 * body_at() and the ends of the names it reads: agencies' committees,
 * congress panels, steering committees, delegations, presidiums.  Apart
 * from the organizer's rules, which ask it where a body's name starts.
 */
#include "meeting_int.h"

/*
 * "Bệnh viện Phụ sản – Nhi Hoa Sen": a dash at e after a word of two
 * syllables, the second in lower case, before a capitalized field that
 * goes on the agency's name, as one after a capital does ("Sản – Nhi");
 * not a position, a person's honorific or another body after it (stop 35
 * R3).
 */
static bool
agency_field_dash(const GbDoc *d, int e)
{
	return tok_punct(d, e, '-') && gb_word_lower(d, e - 1) && gb_tok_capitalized(d, e - 2) &&
		!tok_has(d, e - 1, T_NL) && gb_tok_capitalized(d, e + 1) && !tok_has(d, e + 1, T_NL) &&
		gb_dict_match(d, e + 1, CAT_TITLE | CAT_HONORIFIC | CAT_BODY | CAT_BODYHEAD | CAT_AGENCY,
					  NULL) == 0;
}

/*
 * Where the name of an agency's Party organization at p ends, or p:
 * "Đảng ủy", "Đảng bộ" or "Chi bộ", a capitalized agency ("Ban Quản lý",
 * "Bệnh viện"; in lower case before a capital, "trường Đại học Vinh"),
 * and its name in any case, "các Khu Chế xuất và Công nghiệp Thành phố",
 * "Đa khoa tỉnh", "Mỏ - Địa chất", up to the verb of the sentence or a
 * parenthesis: "(Đảng ủy Ban Quản lý) tổ chức".
 */
static int
agency_committee(const GbDoc *d, int p)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, p, CAT_BODYHEAD, &ph),
				e,
				r;

	/*
	 * "Chi bộ trường tiểu học Kỳ Long": the cell's head read with the
	 * school's noun, "chi bộ trường", is "Chi bộ" before the noun (stop 35
	 * Q6)
	 */
	bool		cell_school = m == 3 && tok_is(d, p, "chi") && gb_school_named_end(d, p + 2) > p + 2;

	if (cell_school)
		m = 2;
	if ((!cell_school && (m != 2 || ph->value == NULL ||
						  !(strcmp(ph->value, "Đảng ủy") == 0 || strcmp(ph->value, "Đảng bộ") == 0 ||
							strcmp(ph->value, "Chi bộ") == 0))) ||
		tok_has(d, p + m, T_NL) ||
		(r = gb_dict_match(d, p + m, CAT_AGENCY, &ph)) == 0 || ph->aux != 0 ||
		(ph->value && !gb_exact_any(d, p + m, ph->value)) ||
		/*
		 * "Đảng bộ trường Đại học Vinh": the agency's noun in lower case,
		 * its name capitalized; "trường mầm non X", its grade between
		 * (gb_school_named_end(), known already after "Chi bộ")
		 */
		!(gb_tok_capitalized(d, p + m) || (gb_tok_capitalized(d, p + m + r) && !tok_has(d, p + m + r, T_NL)) ||
		  cell_school || gb_school_named_end(d, p + m) > p + m))
		return p;
	for (e = p + m + r; e < d->ntok && e < p + m + AGENCY_WORDS && !tok_has(d, e, T_NL); e++)
	{
		/*
		 * "Đảng bộ bệnh viện Nhi Hoa Sen lần thứ XIII": the congress's
		 * number ends the organization's name (stop 34 R1)
		 */
		if ((tok_is(d, e, "lan") || tok_is(d, e, "thu")) && gb_congress_number(d, e))
			return e;
		if (tok_has(d, e, T_WORD) && !tok_has(d, e, T_UPPER))
		{
			/* "Khu Chế xuất và Công nghiệp": not "và Sở Xây dựng", another body */
			if (tok_is(d, e, "va") && gb_tok_capitalized(d, e + 1) && !tok_has(d, e + 1, T_NL) &&
				gb_dict_match(d, e + 1, CAT_BODY | CAT_BODYHEAD | CAT_AGENCY, NULL) == 0)
				continue;
			/*
			 * "Đảng ủy Sở Giáo dục và Đào tạo tham gia Hội nghị giao ban":
			 * a verb of attending before a capitalized word or a meeting's
			 * kind ends it; not "Ban Quản lý dự án ...", a noun (probe ak
			 * AK7)
			 */
			if ((r = attend_verb_len(d, e)) > 0 && !tok_has(d, e + r, T_NL) &&
				(gb_tok_capitalized(d, e + r) || kind_at(d, e + r, NULL) > 0))
				break;
			/* a function word, an adverb, a verb or a time ends it */
			if (((r = gb_dict_match(d, e, CAT_AGENCY, &ph)) == 1 && ph->aux == AGENCY_STOP &&
				 gb_exact_any(d, e, ph->value)) ||
				gb_dict_match(d, e, CAT_ADVERB, NULL) > 1 || is_dang(d, e) ||
				meetword(d, e, MW_VERB, NULL) > 0 || kind_at(d, e, NULL) > 0 ||
				tok_is(d, e, "phoi") || gb_skip_when(d, e) > e)
				break;
		}
		else if (!tok_has(d, e, T_WORD) &&
				 !(tok_punct(d, e, '-') && gb_tok_capitalized(d, e - 1) && gb_tok_capitalized(d, e + 1)) &&
				 !agency_field_dash(d, e))
			break;
	}
	/*
	 * the name ends where the subject's predicate starts, at its
	 * parenthesis, or before another body listed with it
	 */
	r = skip_adverbs(d, gb_skip_when(d, e));
	if (tok_punct(d, e, '(') || meetword(d, r, MW_VERB, NULL) > 0 || kind_at(d, r, NULL) > 0 ||
		(tok_is(d, r, "phoi") && tok_is(d, r + 1, "hop")) ||
		((tok_punct(d, e, ',') || tok_is(d, e, "va")) && gb_tok_capitalized(d, e + 1) &&
		 !tok_has(d, e + 1, T_NL) && gb_dict_match(d, e + 1, CAT_BODY | CAT_BODYHEAD, NULL) > 0))
		return e;
	return p;
}

/*
 * Where the name of a congress ends, "Đại hội" at q: "Đại hội đại biểu
 * Đảng bộ tỉnh lần thứ XVII", "Đại hội Đảng bộ huyện nhiệm kỳ 2025 -
 * 2030", "Đại hội lần thứ X Đảng bộ tỉnh", "Đại hội XIII của Đảng"; -1 when
 * no congress is named there.
 */
static int
congress_name_end(const GbDoc *d, int q)
{
	const char *name;
	int			r,
				v;
	bool		numbered = false;

	if (!tok_is(d, q, "dai") || !tok_has(d, q, T_UPPER) || !tok_is(d, q + 1, "hoi"))
		return -1;
	q += 2;
	if (tok_has(d, q, T_ROMAN))
		return tok_is(d, q + 1, "cua") && tok_is(d, q + 2, "dang") ? q + 3 : q + 1;
	if (tok_is(d, q, "dai") && tok_is(d, q + 1, "bieu"))
		q += 2;
	if ((r = gb_congress_number_end(d, q)) > q)
	{
		q = r;
		numbered = true;
	}
	if (!(tok_is(d, q, "dang") && tok_is(d, q + 1, "bo")) ||
		(r = body_at(d, q, &name)) == q || name == NULL)
		return numbered ? q : -1;
	/*
	 * "Đảng bộ Tổng công ty Điện lực miền Bắc (EVNNPC) lần thứ III": the
	 * organization's abbreviation before the number (stop 34 R2)
	 */
	if (!numbered && (v = gb_paren_abbrev(d, r)) > r && gb_congress_number(d, v))
		r = v;
	if (!numbered)
		r = gb_congress_number_end(d, r);
	if (term_years_end(d, r) > r)
		r = term_years_end(d, r);
	else if (tok_is(d, r, "khoa") && (q = gb_parse_term(d, r + 1, &v)) > r + 1)
		r = q;
	return r;
}

/*
 * Where the congress that names a panel ends, "Đại hội" at e: its name in
 * full, or "Đại hội" alone right before the subject's verb ("Tiểu ban Văn
 * kiện Đại hội tổ chức phiên họp", probe 54 G3); -1 when neither.
 */
static int
panel_congress_end(const GbDoc *d, int e)
{
	const GbPhrase *ph = NULL;
	int			r = congress_name_end(d, e),
				v;

	if (r > e)
		return r;
	v = skip_adverbs(d, gb_skip_when(d, e + 2));
	/* "Ban Chỉ đạo Đại hội (đã có buổi) làm việc với ...": a working session it holds */
	if (tok_is(d, v, "co") && tok_is(d, v + 1, "buoi") && !tok_has(d, v + 1, T_NL))
		v += 2;
	if (!tok_has(d, e + 2, T_NL) && !tok_has(d, v, T_UPPER) &&
		(meetword(d, v, MW_VERB, NULL) > 0 || (kind_at(d, v, &ph) > 0 && is_hop(ph)) ||
		 meetword(d, v, MW_SESSION, NULL) > 0))
		return e + 2;
	return -1;
}

/*
 * "Tiểu ban Tuyên truyền khánh tiết Đại hội đại biểu Đảng bộ tỉnh lần thứ
 * XVII", "Ban Văn kiện Đại hội ...", "Tổ Biên tập Đại hội ...": a panel of
 * the congress at p, its field in any case, then the congress's name, all
 * one body that holds meetings.  An agency named by its field
 * serves a congress so: "Trung tâm Báo chí Đại hội XIV của Đảng" (probe 54
 * G3).  Returns the token after it, or p.
 */
int
congress_panel_at(const GbDoc *d, int p)
{
	const GbPhrase *ph = NULL;
	int			j = p + gb_dict_match(d, p, CAT_AGENCY, &ph),
				e;
	bool		panel;

	if (j == p || !(ph->aux == AGENCY_PANEL || (ph->aux == 0 && j - p > 1)) ||
		!gb_tok_capitalized(d, p) || (ph->value && !gb_exact_any(d, p, ph->value)))
		return p;
	panel = ph->aux == AGENCY_PANEL;
	for (e = j; e < d->ntok && e < j + PANEL_WORDS && (tok_has(d, e, T_WORD) || (e > j && field_dash(d, e))) &&
		 !tok_has(d, e, T_NL); e++)
	{
		if (field_dash(d, e))
			continue;
		if (tok_has(d, e, T_UPPER))
		{
			if (e > j && tok_is(d, e, "dai") && tok_is(d, e + 1, "hoi"))
			{
				int			r = panel_congress_end(d, e);

				return r > e ? r : p;
			}
			continue;
		}
		/*
		 * "Tiểu ban văn kiện Đại hội", "Tiểu ban tổ chức phục vụ Đại hội
		 * XIV": a subcommittee, never a subject without its field, is named
		 * by it in any case, a verb too (probe 53 G4); not "Tổ chức Đại
		 * hội", "Ban hành ...", words that "Tổ", "Ban" start
		 */
		if (panel && e == j && tok_is(d, p, "tieu") && gb_dict_match(d, e, CAT_ADVERB, NULL) == 0 &&
			gb_skip_when(d, e) == e)
		{
			int			m = meetword(d, e, MW_VERB, NULL);

			e += m > 1 ? m - 1 : 0;
			continue;
		}
		/* "Ban Thường vụ Huyện ủy tổ chức Đại hội": the verb ends the subject */
		if (e == j || meetword(d, e, MW_VERB, NULL) > 0 || kind_at(d, e, NULL) > 0 ||
			gb_dict_match(d, e, CAT_ADVERB, NULL) > 0 || gb_skip_when(d, e) > e ||
			(gb_dict_match(d, e, CAT_AGENCY, &ph) == 1 && ph->aux == AGENCY_STOP &&
			 gb_exact_any(d, e, ph->value)))
			return p;
	}
	return p;
}

/*
 * "cụm các xã Bình An, Bình Hòa và Bình Lợi", "Cụm xã Bình An": a group's
 * head at p ("Cụm", "Khối thi đua") gathering localities of one level,
 * named one by one after it, joined by commas and "và" (probe-a G5).
 * Returns the token after the last name, or p.
 */
static int
places_group_end(const GbDoc *d, int p)
{
	const GbPhrase *ph = NULL;
	int			q,
				m,
				e,
				w;

	if ((m = gb_dict_match(d, p, CAT_BODYHEAD, &ph)) == 0 || !(ph->aux & BODY_GROUP))
		return p;
	q = p + m;
	if (tok_is(d, q, "cac") && !tok_has(d, q, T_UPPER))
		q++;
	if (tok_has(d, q, T_UPPER) || (m = gb_dict_match(d, q, CAT_LEVEL, NULL)) == 0)
		return p;
	for (q += m, e = p;; q++)
	{
		for (w = 0; w <= PLACE_NAME_WORDS && tok_has(d, q + w, T_WORD) && gb_tok_capitalized(d, q + w) &&
			 !tok_has(d, q + w, T_NL); w++)
			;
		if (w == 0 || w > PLACE_NAME_WORDS)
			return e;
		/*
		 * "Cụm thi đua các tỉnh Duyên hải miền Trung", "các tỉnh Nam sông
		 * Hồng": a region's name going on in lower case, no localities
		 * named one by one (gb_parse_body() reads it; probe m G2)
		 */
		if (e == p && tok_has(d, q + w, T_WORD) && !tok_has(d, q + w, T_NL) &&
			!tok_has(d, q + w, T_UPPER) && gb_exact_any(d, q + w, "bằng|hải|sông|miền|vùng"))
			return p;
		q += w;
		e = q;
		if (!tok_punct(d, q, ',') && !tok_is(d, q, "va"))
			return e;
	}
}

/*
 * "(tại Hà Nội,) ủy ban Kiểm tra trung ương họp": a body known by its whole
 * name, written in lower case, or with its first word alone so ("huyện ủy
 * Ninh Giang", gb_parse_body()), where a subject starts, after punctuation,
 * a date or at a line's start; not inside a phrase ("đại biểu quốc hội").
 * *name gets its canonical spelling.  Returns the token after it, or p.
 */
int
lower_body(const GbDoc *d, int p, const char **name)
{
	const GbPhrase *ph = NULL;
	int			m,
				k;

	if (!tok_has(d, p, T_WORD) || tok_has(d, p, T_UPPER) || tok_has(d, p, T_ALLCAPS) ||
		!(p == 0 || tok_has(d, p, T_NL) || tok_has(d, p - 1, T_NUM) ||
		  tok_punct(d, p - 1, ',') || tok_punct(d, p - 1, '.') || tok_punct(d, p - 1, ';') ||
		  tok_punct(d, p - 1, ':')) ||
		(m = gb_dict_match(d, p, CAT_BODY | CAT_BODYHEAD, &ph)) == 0 || ph->value == NULL)
		return p;
	/* "cụm các xã Bình An, Bình Hòa và Bình Lợi": a group of localities */
	if (ph->cat == CAT_BODYHEAD && (ph->aux & BODY_GROUP) && (k = places_group_end(d, p)) > p)
	{
		*name = gb_span_text(d, p, k);
		return k;
	}
	/* "huyện ủy Ninh Giang", "ban thường vụ Tỉnh ủy": its first word only in lower case */
	if (ph->cat == CAT_BODYHEAD || tok_has(d, p + 1, T_UPPER))
	{
		k = gb_parse_body(d, p, name);
		return *name != NULL ? k : p;
	}
	if (m < 2)
		return p;
	for (k = p + 1; k < p + m; k++)
		if (tok_has(d, k, T_NL))
			return p;
	*name = ph->value;
	return p + m;
}

/*
 * The end of a steering committee's task after "Ban Chỉ đạo" ending at q,
 * as a title reads it (gb_steering_task_end()), with the issuer of the
 * document it carries out ("... thực hiện Kết luận 62-KL/TW của Bộ Chính
 * trị") or the level it is of, and its place's name ("... phòng, chống
 * tham nhũng, tiêu cực tỉnh").  Returns q when no task follows.
 */
static int
steering_task_body(const GbDoc *d, int q)
{
	const char *issuer;
	int			m = gb_steering_task_end(d, q),
				e;

	if (m == q || tok_has(d, m, T_NL))
		return q;
	if (tok_is(d, m, "cua") && !tok_has(d, m, T_UPPER) && !tok_has(d, m + 1, T_NL) &&
		gb_tok_capitalized(d, m + 1) && (e = gb_parse_body(d, m + 1, &issuer)) > m + 1)
		return e;
	if (tok_has(d, m, T_UPPER) || (e = gb_dict_match(d, m, CAT_LEVEL, NULL)) == 0)
		return m;
	for (m += e; m < d->ntok && gb_tok_capitalized(d, m) && !tok_has(d, m, T_NL) &&
		 meetword(d, m, MW_VERB, NULL) == 0 && gb_dict_match(d, m, CAT_BODY | CAT_BODYHEAD, NULL) == 0; m++)
		;
	return m;
}

/*
 * "Đoàn kiểm tra số 26 của Bộ Chính trị, Ban Bí thư Trung ương Đảng",
 * "Đoàn công tác Ban Tổ chức Trung ương": a delegation at p, named by its
 * task, its number and the body that sent it (central bodies listed
 * together), one body that holds meetings.  Returns the token after it,
 * or p.
 */
static int
delegation_end(const GbDoc *d, int p)
{
	const char *name;
	int			q,
				r,
				e,
				n;

	if (!gb_tok_capitalized(d, p) || (q = meetword(d, p, MW_DELEGATION, NULL)) == 0)
		return p;
	q += p;
	if (tok_is(d, q, "so") && !tok_has(d, q, T_UPPER) && tok_has(d, q + 1, T_NUM) &&
		!tok_has(d, q + 1, T_NL))
		q += 2;
	r = tok_is(d, q, "cua") && !tok_has(d, q, T_UPPER) ? q + 1 : q;
	/* "Đoàn công tác Trung ương": sent by the Party's centre */
	if (gb_tok_capitalized(d, r) && !tok_has(d, r, T_NL) && (e = gb_dict_match(d, r, CAT_PLENUMBODY, NULL)) > 0 &&
		gb_parse_body(d, r, &name) == r)
		return r + e;
	for (n = 0; n < MAX_LISTED && r < d->ntok && !tok_has(d, r, T_NL); n++)
	{
		if ((e = gb_parse_body(d, r, &name)) == r || name == NULL ||
			(n > 0 && gb_body_code_suffix(name) == NULL))
			break;
		/* "Đoàn Kiểm tra của Ban Chỉ đạo tổng kết ... Kết luận 62-KL/TW" */
		if (e == r + 3 && tok_is(d, r + 2, "dao") && (q = steering_task_body(d, e)) > e)
			return q;
		/*
		 * "Đoàn kiểm tra số 1 của Ban Chỉ đạo Trung ương (về) phòng,
		 * chống tham nhũng, tiêu cực": the central one, its task after
		 * its level, "về" before it or not (probe bc bc5)
		 */
		if (e == r + 5 && tok_is(d, r + 2, "dao") && tok_is(d, r + 3, "trung"))
		{
			int			v = e;

			if (tok_is(d, v, "ve") && gb_exact_any(d, v, "về") && !tok_has(d, v + 1, T_NL))
				v++;
			if ((q = steering_task_body(d, v)) > v)
				return q;
		}
		q = e;
		/* "Bộ Chính trị, Ban Bí thư": two central bodies send it together */
		if (!(tok_punct(d, e, ',') || tok_is(d, e, "va")) || gb_body_code_suffix(name) == NULL)
			break;
		r = e + 1;
	}
	return q;
}

#define STEERING_WORDS	16		/* at most, tokens of a steering committee's remit */

/*
 * "Ban Chỉ đạo (BCĐ) thực hiện Quy chế dân chủ (QCDC) ở cơ sở tỉnh", "Ban
 * Chỉ đạo 35 tỉnh", "Ban Chỉ đạo Chỉ thị 05 huyện Gia Viễn": a steering
 * committee at p is named by its remit, a number, a document or a task in
 * any case, and then by the level it is of, with its place's name; the
 * verb, "và", or a stop after the level closes it (probe 52 G3).  The
 * token after its name, or p when the name closes with no level.
 */
static int
steering_name_end(const GbDoc *d, int p)
{
	int			j,
				m,
				e;

	/* "Theo Ban Chỉ đạo ..., UBND tỉnh tổ chức": a source; "A và BCĐ ...": a partner */
	if (!opens_subject(d, p) && !tok_is(d, p - 1, "va"))
		return p;
	if (tok_is(d, p, "bcd") && tok_has(d, p, T_ALLCAPS))
		j = p + 1;
	else if (gb_tok_capitalized(d, p) && steering_head_at(d, p) &&
			 !tok_has(d, p + 1, T_NL) && !tok_has(d, p + 2, T_NL))
		j = p + 3;
	else
		return p;
	for (m = j; j < d->ntok && j < m + STEERING_WORDS; j++)
	{
		int			a;

		if (tok_has(d, j, T_NL) || meetword(d, j, MW_VERB, NULL) > 0 || kind_at(d, j, NULL) > 0)
			return p;
		if ((a = gb_paren_abbrev(d, j)) > j)
		{
			j = a - 1;
			continue;
		}
		/* a movement named in quotes: "BCĐ phong trào thi đua "Dân vận khéo" tỉnh" */
		if (tok_punct(d, j, '"'))
			continue;
		if (tok_has(d, j, T_PUNCT))
			return p;
		if ((e = gb_dict_match(d, j, CAT_LEVEL, NULL)) == 0 || tok_has(d, j, T_UPPER))
			continue;
		j += e;
		/* the place's name after its level: "huyện Gia Viễn" */
		for (e = j; e < d->ntok && tok_has(d, e, T_UPPER) && !tok_has(d, e, T_NL) &&
			 meetword(d, e, MW_VERB, NULL) == 0 && e < j + 4; e++)
			;
		if (tok_has(d, e, T_NL) || tok_punct(d, e, ',') || tok_punct(d, e, '(') ||
			tok_is(d, e, "va") || meetword(d, skip_adverbs(d, e), MW_VERB, NULL) > 0)
			return e;
		j--;
	}
	return p;
}

/*
 * "Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh", "BCH Đảng bộ cơ quan Ban
 * Tổ chức Tỉnh ủy": the executive committee of a Party organization at p,
 * whose name is a longer head than the "Đảng bộ" that the committee's own
 * phrase ("Ban Chấp hành Đảng bộ") swallows, and which gb_parse_body()
 * therefore ended at q.  The whole committee, the organization read from
 * its own start; the token after it, or q (probe 56 G2).
 */
static int
executive_committee_end(const GbDoc *d, int p, int q, const char **name)
{
	const GbPhrase *ph = NULL;
	const char *inner;
	int			k,
				e;

	if (tok_is(d, p, "ban") && tok_is(d, p + 1, "chap") && tok_is(d, p + 2, "hanh"))
		k = p + 3;
	else if (tok_is(d, p, "bch") && tok_has(d, p, T_ALLCAPS))
		k = p + 1;
	else
		return q;
	/* "Ban Chấp hành (BCH) Đảng bộ ..." */
	if ((e = gb_paren_abbrev(d, k)) > k)
		k = e;
	if (k >= q || tok_has(d, k, T_NL) || !gb_tok_capitalized(d, k) ||
		gb_dict_match(d, k, CAT_BODYHEAD, &ph) <= q - k || !(ph->aux & BODY_LEVEL) ||
		(e = gb_parse_body(d, k, &inner)) <= q || inner == NULL)
		return q;
	*name = gb_span_text_bare(d, p, e);
	return e;
}

/*
 * "Bộ trưởng Trần Văn An trao quyết định ...": a post that heads a body's
 * name ("Bộ trưởng Bộ Nội vụ" signs as one) at p, followed by a person's
 * name: the person, no body (probe-b G8).
 */
static bool
post_before_person(const GbDoc *d, int p)
{
	int			h;

	if (!gb_dict_may_match(d, p, CAT_TITLE) || (h = gb_dict_match(d, p, CAT_TITLE, NULL)) == 0)
		return false;
	return !tok_has(d, p + h, T_NL) && gb_name_at(d, p + h, true, false) > 0;
}

/*
 * "Đoàn Chủ tịch Đại hội", "Đoàn chủ tịch hội nghị" at p: a meeting's own
 * presidium, which conducts it for its organization and holds none
 * ("thay mặt Đoàn Chủ tịch Đại hội khai mạc Đại hội", probe-b G11).
 */
static bool
meeting_presidium(const GbDoc *d, int p)
{
	const GbPhrase *ph = NULL;
	int			h;

	if (!tok_is(d, p, "doan") || (h = gb_dict_match(d, p, CAT_BODYHEAD, &ph)) == 0 ||
		ph->value == NULL || strcmp(ph->value, "Đoàn Chủ tịch") != 0 || tok_has(d, p + h, T_NL))
		return false;
	return kind_at(d, p + h, NULL) > 0;
}

/* A body at p, taking a trailing level without a name: "UBND tỉnh". */
int
body_at(const GbDoc *d, int p, const char **name)
{
	int			q,
				m;

	if (gb_tok_capitalized(d, p) && gb_dict_may_match(d, p, CAT_MEETWORD) && (m = delegation_end(d, p)) > p)
	{
		*name = gb_span_text(d, p, m);
		return m;
	}
	if ((tok_is(d, p, "cum") || tok_is(d, p, "khoi")) && (m = places_group_end(d, p)) > p)
	{
		*name = gb_span_text(d, p, m);
		return m;
	}
	/* "Ban Chỉ đạo 35 tỉnh", "BCĐ phong trào thi đua ... tỉnh": a steering committee */
	if ((tok_is(d, p, "ban") || tok_is(d, p, "bcd")) && (m = steering_name_end(d, p)) > p)
	{
		*name = gb_span_text_bare(d, p, m);
		return m;
	}
	q = gb_parse_body(d, p, name);
	if (q > p && (post_before_person(d, p) || meeting_presidium(d, p)))
	{
		*name = NULL;
		return p;
	}
	/*
	 * "Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62-KL/TW của Bộ
	 * Chính trị": the committee named by its task (probe 60 G1)
	 */
	if (q == p + 3 && tok_is(d, p + 2, "dao") && (m = steering_task_body(d, q)) > q)
	{
		*name = gb_span_text_bare(d, p, m);
		return m;
	}
	/*
	 * "Ban Chỉ đạo của Chính phủ về tổng kết Nghị quyết 18": the committee
	 * named by whose it is, its task after it (probe av AV4)
	 */
	if (q == p + 3 && steering_head_at(d, p) && of_capital_at(d, q))
	{
		const char *owner;

		if ((m = gb_parse_body(d, q + 1, &owner)) > q + 1 && owner != NULL)
		{
			*name = gb_span_text_bare(d, p, m);
			return m;
		}
	}

	/* "Ban Văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII": a congress's panel */
	if (gb_dict_may_match(d, p, CAT_AGENCY) && (m = congress_panel(d, p)) > q)
	{
		*name = gb_span_text(d, p, m);
		return m;
	}
	if (q == p)
		return lower_body(d, p, name);
	if ((m = executive_committee_end(d, p, q, name)) > q)
		return m;
	/*
	 * "Ban Thường vụ Đảng ủy trường Tiểu học Hoa Sen": a committee of the
	 * agency's Party organization, the agency's noun in lower case (stop 34
	 * R1)
	 */
	if (q - 2 > p && gb_dict_may_match(d, q, CAT_AGENCY) && (m = agency_committee(d, q - 2)) > q)
	{
		*name = gb_span_text(d, p, m);
		return m;
	}
	/* "Đảng ủy Ban Quản lý các Khu công nghiệp tỉnh": an agency's name runs on */
	if (gb_dict_may_match(d, p + 2, CAT_AGENCY) && (m = agency_committee(d, p)) > q)
	{
		*name = gb_span_text(d, p, m);
		return m;
	}
	/*
	 * "Ban Thường vụ Huyện ủy tỉnh": a level after the name is of it; not
	 * the first syllable of a longer meeting word, "quán triệt" folding as
	 * "quận" does ("Ban Thường vụ Huyện ủy quán triệt Nghị quyết")
	 */
	m = gb_dict_match(d, q, CAT_LEVEL, NULL);
	if (m > 0 && !(d->tok[q].flags & T_NL) && !gb_tok_capitalized(d, q + m) &&
		!(d->tok[q].flags & T_UPPER) && kind_at(d, q, NULL) <= m)
	{
		/* the name as gb_parse_body() made it, abbreviations left out */
		const char *level = gb_span_text(d, q, q + m);
		GbBuf		b = {0};

		gb_buf_append(&b, *name, strlen(*name));
		gb_buf_putc(&b, ' ');
		gb_buf_append(&b, level, strlen(level));
		*name = gb_arena_strndup(d->arena, b.data, b.len);
		gb_free(b.data);
		q += m;
	}
	return q;
}
