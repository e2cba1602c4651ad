/*
 * citations_code.c
 *	  A citation's number and code, "205-QĐ/TW", "29/2024/NĐ-CP", "14/2021",
 *	  and the issuer a code's letters name, "CP" of "29/2024/NĐ-CP".
 *
 * Apart because codes are read in bytes, with spellings of their own
 * (spaced, glued, dotted), and asked about by every stage: parsing,
 * lists, merging and the keys.
 */
#include "citations_int.h"

static char *
strip_zeros(GbArena *a, const char *s, size_t n)
{
	while (n > 1 && *s == '0')
		s++, n--;
	return gb_arena_strndup(a, s, n);
}

/* Whether a code's suffix names a Party body, central ("TW") or local ("TU", "HU"). */
static inline bool
party_suffix(const char *seg, size_t n)
{
	return gb_code_party_suffix(seg, n) || gb_code_local_suffix(seg, n);
}

/*
 * Whether token k, after a space or glued to the number, is the kind
 * letters of a Party code typed without its hyphen: "CT/TW" in "Chỉ thị số
 * 09 CT/TW", "NQ/TW" in "Nghị quyết 21NQ/TW".  The slash and a Party body's
 * suffix must follow, so "số 5 CT" or a capitalized word stays out.
 */
static bool
spaced_kind(const GbDoc *d, int k)
{
	if (k + 2 >= d->ntok || !tok_has(d, k, T_WORD) || !(d->tok[k].flags & T_ALLCAPS) ||
		(d->tok[k].flags & T_NL))
		return false;
	if (!tok_punct(d, k + 1, '/') || (d->tok[k + 1].flags & T_SPACE) ||
		!tok_has(d, k + 2, T_WORD) || (d->tok[k + 2].flags & T_SPACE))
		return false;
	return gb_code_is_kind(d->norm.data + d->tok[k].off, d->tok[k].len) &&
		party_suffix(d->norm.data + d->tok[k + 2].off, d->tok[k + 2].len);
}

/*
 * Whether token k, after the number, is the document type's own letters
 * typed apart from a Party body's suffix by spaces or a dash: "CT – TW" in
 * "Chỉ thị số 03  CT – TW", "NQ-TW" in "Nghị quyết 21 NQ-TW" (probe 107
 * AO3b).  The letters must be the type's, so "Chỉ thị 03 NQ-TW" or a number
 * followed by other capitals stays as it was.
 */
static bool
dashed_kind(const GbDoc *d, int k, const char *letters)
{
	const char *canon;

	if (letters == NULL || k + 2 >= d->ntok || !tok_has(d, k, T_WORD) ||
		!(d->tok[k].flags & T_ALLCAPS) || (d->tok[k].flags & T_NL) ||
		!(tok_punct(d, k + 1, '-') || tok_punct(d, k + 1, '/')) ||
		(d->tok[k + 1].flags & T_NL) || !tok_has(d, k + 2, T_WORD) ||
		!(d->tok[k + 2].flags & T_ALLCAPS) || (d->tok[k + 2].flags & T_NL))
		return false;
	canon = gb_code_segment(d->norm.data + d->tok[k].off, d->tok[k].len);
	return canon != NULL && strcmp(canon, letters) == 0 &&
		party_suffix(d->norm.data + d->tok[k + 2].off, d->tok[k + 2].len);
}

/*
 * Where the kind letters end in a segment typed without the slash between
 * them and a Party body's suffix: 2 in "KHTU" (145-KH/TU), "QĐHU", "NQTW".
 * Both halves must be known, so a State body's letters ("UBND") or a word
 * in capitals split nowhere: 0.
 */
static size_t
kind_suffix_split(const char *s, size_t n)
{
	size_t		i;

	for (i = 1; i + 1 < n; i++)
	{
		if (((unsigned char) s[i] & 0xC0) == 0x80)
			continue;
		if (gb_code_is_kind(s, i) && party_suffix(s + i, n - i))
			return i;
	}
	return 0;
}

/*
 * Whether token k, glued to the number before it, is kind letters and a
 * Party suffix run together with no slash: "KHTU" in "số 145KHTU" (probe
 * 52 G2).  Another separator glued after it makes it something else.
 */
static bool
glued_kind_suffix(const GbDoc *d, int k)
{
	if (k >= d->ntok || !tok_has(d, k, T_WORD) || !(d->tok[k].flags & T_ALLCAPS) ||
		(d->tok[k].flags & (T_SPACE | T_NL)))
		return false;
	if (k + 1 < d->ntok && !(d->tok[k + 1].flags & T_SPACE) &&
		(tok_punct(d, k + 1, '/') || tok_punct(d, k + 1, '-') || tok_has(d, k + 1, T_WORD) ||
		 tok_has(d, k + 1, T_NUM)))
		return false;
	return kind_suffix_split(d->norm.data + d->tok[k].off, d->tok[k].len) > 0;
}

/*
 * A code being read, on the stack: its number (6 bytes at most), then up
 * to 6 segments, each a separator and 16 bytes at most (the longest
 * canonical segment has 8, a year 4), fit with room to spare.
 */
typedef struct CodeBuf
{
	char		data[128];
	size_t		len;
} CodeBuf;

static inline void
code_put(CodeBuf *b, const char *s, size_t n)
{
	if (n > sizeof(b->data) - b->len)
		n = sizeof(b->data) - b->len;
	memcpy(b->data + b->len, s, n);
	b->len += n;
}

/*
 * A segment "UVB..." that is a known one without its "V" ("UVBTVQH" for
 * UBTVQH, "UVBND" for UBND): the "UV" of "Ủy viên" typed for the "U" of an
 * "Ủy ban" (probe 60 G6).  Returns the segment's length, one less when
 * that "V" is dropped, in place; digits glued after it (a legislature's)
 * are kept.
 */
static size_t
misspelt_committee(char *seg, size_t n)
{
	size_t		k = n;

	if (n < 4 || seg[0] != 'U' || seg[1] != 'V' || seg[2] != 'B')
		return n;
	while (k > 3 && seg[k - 1] >= '0' && seg[k - 1] <= '9')
		k--;
	seg[1] = 'U';
	if (gb_code_segment(seg + 1, k - 1) == NULL && gb_code_issuer(seg + 1, k - 1) == NULL)
	{
		seg[1] = 'V';
		return n;
	}
	memmove(seg + 1, seg + 2, n - 2);
	return n - 1;
}

/*
 * The legislature's number typed after a space at e, after the letters of
 * a body that numbers its documents by legislature ("1656/NQ-UBTVQH 15",
 * "Luật số 80/2015/QH 13"): its number (two digits at most, up to 20),
 * when what follows ends the code, else 0 (probe 60 G6).
 */
static int
legislature_after(const GbDoc *d, int e, const char *seg, size_t n)
{
	int			f = e + 1,
				v;
	const char *s;

	if (e >= d->ntok || !tok_has(d, e, T_NUM) || d->tok[e].len > 2 ||
		(d->tok[e].flags & T_NL) || !gb_code_legislature(seg, n))
		return 0;
	s = d->norm.data + d->tok[e].off;
	v = d->tok[e].len == 1 ? s[0] - '0' : (s[0] - '0') * 10 + (s[1] - '0');
	if (v < 1 || v > 20)
		return 0;
	/* "UBTVQH 15 xã", "QH 14/2" are no legislature */
	if (f < d->ntok && !(d->tok[f].flags & (T_SPACE | T_NL)) && !tok_has(d, f, T_PUNCT))
		return 0;
	if (f < d->ntok && tok_has(d, f, T_PUNCT) && !(d->tok[f].flags & T_SPACE) &&
		(tok_punct(d, f, '/') || tok_punct(d, f, '-') || tok_punct(d, f, '.') || tok_punct(d, f, ',')) &&
		f + 1 < d->ntok && tok_has(d, f + 1, T_NUM))
		return 0;
	if (f < d->ntok && tok_has(d, f, T_WORD) && !(d->tok[f].flags & T_NL) &&
		!(gb_dict_match(d, f, CAT_NAMESTOP, NULL) > 0 &&
		  (tok_is(d, f, "ngay") || gb_dict_match(d, f, CAT_QUANTITY, NULL) == 0)))
		return 0;
	return v;
}

/*
 * The letters after a dot inside a code's segment, the segment seg (n
 * bytes, room for 16) ending at e: "T.Ư", "T.W" and "BTC.TW" are the
 * central suffixes TƯ/TW and BTCTW of "03-CT/T.Ư", "18-NQ/T.W",
 * "26-HD/BTC.TW", dotted as Nhân Dân and many provincial papers write them
 * (probe 66 G1).  Only a dot glued on both sides joins, and only when the
 * joined letters are a known segment or issuer, so a code that ends a
 * sentence ("03-CT/TƯ. Có ...") keeps its own.  Returns the token after
 * the joined letters, or e; *n grows by their length.
 */
static int
dotted_segment(const GbDoc *d, int e, char *seg, size_t *n)
{
	size_t		m = *n;

	if (e + 1 >= d->ntok || !tok_punct(d, e, '.') ||
		(d->tok[e].flags & T_SPACE) || (d->tok[e + 1].flags & (T_SPACE | T_NL)) ||
		!tok_has(d, e + 1, T_WORD) || !(d->tok[e + 1].flags & T_ALLCAPS) ||
		m + d->tok[e + 1].len > 16)
		return e;
	memcpy(seg + m, d->norm.data + d->tok[e + 1].off, d->tok[e + 1].len);
	m += d->tok[e + 1].len;
	if (gb_code_segment(seg, m) == NULL && gb_code_issuer(seg, m) == NULL)
		return e;
	*n = m;
	return e + 2;
}

/*
 * A number with its code at p: "205", "205- QĐ/TW", "29/2024/NĐ-CP",
 * "100 - KL/TW", or with its year alone: "14/2021" (journalists' spelling
 * of Party documents).  Returns the token after it, or p; *year gets the
 * year written alone, else 0.
 */
int
parse_number(const GbDoc *d, int p, const char *kind_letters, char **number, char **code,
			 bool *state_code, int *year)
{
	CodeBuf		cb;
	int			q = p + 1;
	bool		letters = false,
				dashed = false;
	char		first_sep = 0;
	int			nseg = 0,
				yr = 0;
	size_t		seg_at[2] = {0, 0};	/* where the first two letter segments start in cb */
	char		seps[2] = {0, 0};
	size_t		split;

	cb.len = 0;
	*number = NULL;
	*code = NULL;
	*state_code = false;
	*year = 0;
	if (!tok_has(d, p, T_NUM) || d->tok[p].len > 6)
		return p;
	/* "10.000" or "1,5" are amounts */
	if ((tok_punct(d, q, '.') || tok_punct(d, q, ',')) && tok_has(d, q + 1, T_NUM) &&
		!(d->tok[q + 1].flags & T_SPACE) && !(d->tok[q].flags & T_SPACE))
		return p;

	code_put(&cb, d->norm.data + d->tok[p].off, d->tok[p].len);
	while (q + 1 < d->ntok && nseg < 6)
	{
		char		sep;
		bool		spaced;
		int			s = q + 1,
					e;
		char		seg[16];	/* a segment longer is none */
		size_t		seglen = 0;
		const char *canon;

		if (tok_punct(d, q, '-'))
			sep = '-';
		else if (tok_punct(d, q, '/'))
			sep = '/';
		else if (nseg == 0 && spaced_kind(d, q))
		{
			/* "09 CT/TW", "21NQ/TW": the hyphen of 09-CT/TW, 21-NQ/TW left out */
			sep = '-';
			s = q;
		}
		else if (nseg == 0 && dashed_kind(d, q, kind_letters))
		{
			/* "03  CT – TW", "21 NQ-TW": 03-CT/TW, 21-NQ/TW spaced and dashed */
			sep = '-';
			s = q;
			dashed = true;
		}
		else if (nseg == 0 && glued_kind_suffix(d, q))
		{
			/* "145KHTU": the hyphen and the slash of 145-KH/TU left out */
			sep = '-';
			s = q;
		}
		else
			break;
		spaced = s != q && ((d->tok[q].flags & T_SPACE) || (d->tok[s].flags & T_SPACE));
		if (d->tok[s].flags & T_NL)
			break;
		if (is_year(d, s) && sep == '/' && !spaced && nseg == 0)
		{
			/* the year of a State code: 29/2024/NĐ-CP */
			code_put(&cb, &sep, 1);
			code_put(&cb, d->norm.data + d->tok[s].off, 4);
			yr = gb_tok_int(d, s);
			q = s + 1;
			nseg++;
			continue;
		}
		if (!tok_has(d, s, T_WORD) || !(d->tok[s].flags & T_UPPER))
			break;
		if (spaced && !(d->tok[s].flags & T_ALLCAPS))
			break;
		/* a segment is letters and digits run together: QH13, BCĐTW */
		e = s;
		while (e < d->ntok && (tok_has(d, e, T_WORD) || tok_has(d, e, T_NUM)) &&
			   (e == s || !(d->tok[e].flags & T_SPACE)))
		{
			/* on the stack, not in a buffer of its own: the bytes that fit */
			if (seglen + d->tok[e].len <= sizeof(seg))
				memcpy(seg + seglen, d->norm.data + d->tok[e].off, d->tok[e].len);
			seglen += d->tok[e].len;
			e++;
		}
		if (seglen > sizeof(seg))
			break;
		seglen = misspelt_committee(seg, seglen);
		/* "T.Ư", "BTC.TW": a dotted central suffix is one segment */
		e = dotted_segment(d, e, seg, &seglen);
		/* "UBTVQH 14": the legislature's number after a space is the code's */
		if (seglen + 2 <= sizeof(seg) && legislature_after(d, e, seg, seglen) > 0)
		{
			memcpy(seg + seglen, d->norm.data + d->tok[e].off, d->tok[e].len);
			seglen += d->tok[e].len;
			e++;
		}
		canon = gb_code_segment(seg, seglen);
		if (first_sep == 0)
			first_sep = sep;
		if (nseg < 2)
		{
			seg_at[nseg] = cb.len + 1;
			seps[nseg] = sep;
		}
		code_put(&cb, &sep, 1);
		if (canon)
			code_put(&cb, canon, strlen(canon));
		else
			code_put(&cb, seg, seglen);
		letters = true;
		nseg++;
		q = e;
	}

	if (letters && nseg == 2 && (seps[1] == '-' || (seps[0] == '/' && seps[1] == '/')) &&
		gb_code_is_kind(cb.data + seg_at[0], seg_at[1] - 1 - seg_at[0]) &&
		(gb_code_party_suffix(cb.data + seg_at[1], cb.len - seg_at[1]) ||
		 (dashed && gb_code_local_suffix(cb.data + seg_at[1], cb.len - seg_at[1]))))
	{
		/*
		 * "27/CT-TW" is the Party code 27-CT/TW written in State style, and
		 * "03-CT-TW" the same code with its slash typed as a hyphen, and
		 * "21/KL/TW" with its hyphen typed as a slash (stop 30 G4); a
		 * local one only when spaced, "145 KH - TU" (probe 107 AO3b)
		 */
		GbBuf		pb = {0};

		gb_buf_append(&pb, cb.data, seg_at[0] - 1);
		gb_buf_putc(&pb, '-');
		gb_buf_append(&pb, cb.data + seg_at[0], seg_at[1] - 1 - seg_at[0]);
		gb_buf_putc(&pb, '/');
		gb_buf_append(&pb, cb.data + seg_at[1], cb.len - seg_at[1]);
		*code = gb_arena_strndup(d->arena, pb.data, pb.len);
		gb_free(pb.data);
	}
	else if (letters && nseg == 1 && seps[0] == '-' &&
			 (split = kind_suffix_split(cb.data + seg_at[0], cb.len - seg_at[0])) > 0)
	{
		/* "145-KHTU", "145KHTU": the code 145-KH/TU with its slash left out */
		GbBuf		pb = {0};

		gb_buf_append(&pb, cb.data, seg_at[0] + split);
		gb_buf_putc(&pb, '/');
		gb_buf_append(&pb, cb.data + seg_at[0] + split, cb.len - seg_at[0] - split);
		*code = gb_arena_strndup(d->arena, pb.data, pb.len);
		gb_free(pb.data);
	}
	else if (letters && nseg == 1 && kind_letters && cb.len - seg_at[0] == 2 &&
			 memcmp(cb.data + seg_at[0], "TW", 2) == 0)
	{
		/*
		 * "Chỉ thị số 37/TW", "Nghị quyết 12-TW": a central Party code typed
		 * without its type's letters, which the document's type gives, as
		 * "37-CT/TW" (older provincial pages; probe be 24)
		 */
		GbBuf		pb = {0};

		gb_buf_append(&pb, cb.data, seg_at[0] - 1);
		gb_buf_putc(&pb, '-');
		gb_buf_append(&pb, kind_letters, strlen(kind_letters));
		gb_buf_putc(&pb, '/');
		gb_buf_append(&pb, cb.data + seg_at[0], 2);
		*code = gb_arena_strndup(d->arena, pb.data, pb.len);
		gb_free(pb.data);
	}
	else if (letters)
	{
		*code = gb_arena_strndup(d->arena, cb.data, cb.len);
		*state_code = (first_sep == '/');
	}
	else if (yr >= FIRST_YEAR && yr <= LAST_YEAR &&
			 !((tok_punct(d, q, '/') || tok_punct(d, q, '-')) && q + 1 < d->ntok &&
			   !(d->tok[q + 1].flags & T_SPACE)))
	{
		/* "Kết luận 14/2021": no code, the year alone; "14/2021-2025" is a period */
		*year = yr;
	}
	else
	{
		q = p + 1;
		/*
		 * "Chỉ thị số 35 năm 2019": after "số", a number and its year name
		 * the document, as "35/2019" does; "kế hoạch 5 năm 2021-2025", with
		 * no "số", counts years (probe 102 AJ8)
		 */
		if (p > 0 && tok_is(d, p - 1, "so") && gb_exact_any(d, p - 1, "số") &&
			tok_is(d, q, "nam") && !(d->tok[q].flags & (T_UPPER | T_NL)) &&
			is_year(d, q + 1) && !(d->tok[q + 1].flags & T_NL) && !range_from(d, q + 1) &&
			(yr = gb_tok_int(d, q + 1)) >= FIRST_YEAR && yr <= LAST_YEAR)
		{
			*year = yr;
			q += 2;
		}
		/* a count ("kế hoạch 5 năm") or a fraction ("10/15") is no number */
		else if (gb_dict_match(d, q, CAT_QUANTITY, NULL) > 0 && !(d->tok[q].flags & T_UPPER) &&
			!(tok_is(d, q, "ngay") && tok_has(d, q + 1, T_NUM)))
		{
			return p;
		}
		if ((tok_punct(d, q, '/') || tok_punct(d, q, '-')) && tok_has(d, q + 1, T_NUM) &&
			!(d->tok[q + 1].flags & T_SPACE))
		{
			return p;
		}
	}
	*number = strip_zeros(d->arena, d->norm.data + d->tok[p].off, d->tok[p].len);
	return q;
}

/*
 * The issuer part of a code: after its last '/' and the kind's letters,
 * "NĐ-CP" of "14/2021/NĐ-CP" -> "CP", "03-NQ/TU" -> "TU", "03/CT-BCA-X11"
 * -> "BCA-X11".
 */
const char *
code_issuer_part(const char *code)
{
	const char *s = strrchr(code, '/'),
			   *h;

	s = s ? s + 1 : code;
	h = strchr(s, '-');
	return h ? h + 1 : s;
}

/*
 * "Quy định số 08/QĐ-TU", "08/TU", "12/KH/TU": a code typed in State style
 * whose issuer letters are a local Party committee's is a Party document's
 * code, kept as written (stop 30), its term from its date (stop 31 H12).
 */
bool
local_party_code(const Mention *m)
{
	const char *s;

	if (!m->code || !m->state_code || (m->kind->flags & KIND_STATE))
		return false;
	s = code_issuer_part(m->code);
	return gb_code_local_suffix(s, strlen(s));
}

/*
 * The body a State code's issuer letters name: "CP" of "29/2024/NĐ-CP".
 * The National Assembly's codes carry the number of its legislature after
 * its letters ("85/2014/QH13", "NQ-UBTVQH14"): the body is the same in
 * every legislature.
 */
const char *
state_code_issuer(const char *seg, size_t n)
{
	const char *body = gb_code_issuer(seg, n);
	size_t		k = n;

	while (body == NULL && k > 0 && seg[k - 1] >= '0' && seg[k - 1] <= '9')
		k--;
	if (body == NULL && k > 0 && k < n)
		body = gb_code_issuer(seg, k);
	return body;
}

/* A Party code of a central body: "88-QĐ/TW", "05-HD/UBKTTW" */
bool
central_code(const char *code)
{
	const char *s = code ? strrchr(code, '/') : NULL;

	return s && (strcmp(s + 1, "TW") == 0 || gb_body_code_suffix(gb_code_issuer(s + 1, strlen(s + 1))));
}

/*
 * Whether two mentions' codes leave them the same issuer: "Nghị định
 * 14/2021/NĐ-CP và Chỉ thị 03/CT-BCA-X11 của Bộ Công an" gives the
 * Bộ Công an to the Chỉ thị alone.
 */
bool
same_code_issuer(const char *a, const char *b)
{
	return !a || !b || strcmp(code_issuer_part(a), code_issuer_part(b)) == 0;
}
