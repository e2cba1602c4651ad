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
 */
#include "extract.h"
#include "gazetteer.h"
#include "names.h"
#include "parse.h"

#include <stdio.h>

typedef struct Mention
{
	const GbKind *kind;			/* its entry in gb_kinds */
	int			t0,
				t1;				/* tokens of the mention as written */
	char	   *number;
	char	   *code;
	bool		state_code;		/* 29/2024/NĐ-CP rather than 205-QĐ/TW */
	GbDate		issued;
	int			year;			/* written alone in the number: "14/2021" */
	const char *issuer;
	bool		own_issuer;		/* written after it, not shared from a list */
	bool		issuer_last;	/* written after its subject: "về ... của Bộ Chính trị" */
	int			plenum;
	int			term;
	bool		congress;
	const char *local;			/* "Đảng bộ thành phố Hà Nội" for local congresses */
	/*
	 * The subject: as tokens [subj_from, subj_to) of the chunk while the
	 * mention is parsed, as text once a document keeps it (most mentions
	 * join a document that has its subject already).
	 */
	int			subj_from;
	int			subj_to;
	char	   *subject;
	int			extra;			/* mentions in parentheses: "(Chỉ thị số 45)" */
	bool		weak;			/* joins a document, never starts one */
	bool		plain;			/* its number right after its type: "Nghị quyết 4" */
	int			group;			/* list this mention belongs to */
	bool		several;		/* one of plenums or terms listed together */
} Mention;

typedef struct Entry
{
	Mention		m;
	int			mentions;
	uint32_t	os,
				oe;
	uint32_t	last_os;		/* where its latest mention starts */
	char	   *raw;
	int			next;			/* hash chain */
	int			pnext;			/* plenum chain, index + 1 (0 ends it) */
	bool		plinked;		/* on its plenum's chain */
} Entry;

#define PLENUM_MAX 30			/* the highest plenum number of a term */

struct GbCitState
{
	GbArena    *arena;
	Entry	   *e;
	int			n;
	int			cap;
	int		   *bucket;
	int			nbucket;
	/* numbered documents by plenum, newest first: index + 1 (0: none) */
	int			plenum_doc[PLENUM_MAX + 1];
	int			group;
	GbBuf		mentions;		/* Mention[] of the current chunk */
	/*
	 * The last collective antecedent, "các chỉ thị của Ban Bí thư khóa
	 * XII": its type, issuer and term (0: none written)
	 */
	const char *ante_kind;
	const char *ante_issuer;
	int			ante_term;
};

#define MAXTERMS 4
#define MAXPLENUMS 8
#define LISTED_CONGRESSES 6	/* at most, congresses listed after the first one */
#define ACTING_BODY 10			/* tokens from a body acting on a document to its verb */

/* the years a document number may be written with: "14/2021" */
#define FIRST_YEAR 1930
#define LAST_YEAR 2099

/* ---- helpers ------------------------------------------------------------ */

static const char *centre_org(const char *issuer);
static bool org_committee(const char *issuer);
static const char *code_issuer_part(const char *code);
static bool central_code(const char *code);
static bool level_agrees(const char *issuer, const Mention *m);

/* A plenum's resolution without a number: "Nghị quyết Trung ương 8". */
static inline bool
is_plenum_res(const Mention *m)
{
	return m->plenum && !m->number && !m->congress;
}

char *
gb_raw_text(const GbDoc *d, int t0, int t1)
{
	uint32_t	a = d->tok[t0].os,
				b = d->tok[t1 - 1].oe;

	return gb_arena_strndup(d->arena, d->orig + a, b - a);
}

static char *
strip_zeros(GbArena *a, const char *s, size_t n)
{
	while (n > 1 && *s == '0')
		s++, n--;
	return gb_arena_strndup(a, s, n);
}

/* "số" (number), not "Sở" (department): both fold to "so" */
static bool
is_so(const GbDoc *d, int i)
{
	const char *s;
	uint32_t	n;

	if (!tok_is(d, i, "so"))
		return false;
	s = d->norm.data + d->tok[i].off;
	n = d->tok[i].len;
	return (n == 4 && (memcmp(s, "số", 4) == 0 || memcmp(s, "Số", 4) == 0 ||
					   memcmp(s, "SỐ", 4) == 0));
}

static bool
is_doctype_at(const GbDoc *d, int i)
{
	return gb_dict_match(d, i, CAT_DOCTYPE, NULL) > 0;
}

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
 * The Central Committee named at q as a plenum's body: "Trung ương", "TW",
 * "T.Ư", "Ban Chấp hành Trung ương Đảng" ... (the gazetteer's), or "TƯ"
 * without its dot ("Nghị quyết TƯ 4").  Only the capital Ư tells "TƯ" from
 * "TU" (a province's Tỉnh ủy) and the lower-case word "tư" (four, private),
 * which fold alike.  Returns the tokens it takes.
 */
static int
plenum_body_at(const GbDoc *d, int q)
{
	int			m = gb_dict_match(d, q, CAT_PLENUMBODY, NULL);

	if (m == 0 && tok_is(d, q, "tu") && d->tok[q].len == 3 &&
		memcmp(d->norm.data + d->tok[q].off, "T\xC6\xAF", 3) == 0)
		m = 1;
	return m;
}

/*
 * "Đại hội" at q, or its abbreviation in capitals, "ĐH" ("Nghị quyết ĐH
 * Đảng bộ tỉnh Quảng Nam lần thứ XXI"): its tokens, or 0.  The congress's
 * number or body must follow (parse_congress()), so "ĐH" for "Đại học"
 * ("Nghị quyết ĐH Quốc gia") names none.
 */
static inline int
congress_word(const GbDoc *d, int q)
{
	if (tok_is(d, q, "dai"))
		return tok_is(d, q + 1, "hoi") ? 2 : 0;
	return tok_is(d, q, "dh") && tok_has(d, q, T_ALLCAPS) && gb_exact_any(d, q, "ĐH") ? 1 : 0;
}

/* A document type that starts another citation: a number, "số", a plenum follows. */
static inline __attribute__((always_inline)) bool
starts_citation(const GbDoc *d, int i)
{
	int			L = gb_dict_match(d, i, CAT_DOCTYPE, NULL),
				j = i + L;

	if (L == 0)
		return false;
	return tok_has(d, j, T_NUM) || (is_so(d, j) && (tok_has(d, j + 1, T_NUM) || tok_punct(d, j + 1, ':') ||
												   (is_so(d, j + 1) && tok_has(d, j + 2, T_NUM)))) ||
		plenum_body_at(d, j) > 0 ||
		(tok_is(d, j, "hoi") && tok_is(d, j + 1, "nghi")) ||
		congress_word(d, j) > 0;
}

/*
 * "ngày 26/4" in a report published on 2/5/2025 is 26/4/2025, whether the
 * caller gives that date or the report's head does ("<headline> (14:38
 * 20/03/2020)"); without a publication date a day and month alone give no
 * issue date.
 */
static void
complete_year(const GbDoc *d, GbDate *dt)
{
	GbDate		p = d->published.y ? d->published : d->head_published;

	if (p.y == 0 || dt->m == 0)
	{
		dt->y = 0;
		return;
	}
	dt->y = p.y;
	if (dt->m > p.m || (dt->m == p.m && dt->d > p.d))
		dt->y--;
	if (!gb_date_valid(dt->y, dt->m, dt->d))
		dt->y = 0;
}

/* The token after the end of the sentence-level look-back window. */
static int
sentence_start(const GbDoc *d, int i, int floor)
{
	int			k = i;

	while (k > floor && i - k < 60 && !gb_break_at(d, k))
		k--;
	return k;
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
static int
parse_number(const GbDoc *d, int p, char **number, char **code, bool *state_code, int *year)
{
	CodeBuf		cb;
	int			q = p + 1;
	bool		letters = false;
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
			{
				const char *y = d->norm.data + d->tok[s].off;

				yr = (y[0] - '0') * 1000 + (y[1] - '0') * 100 + (y[2] - '0') * 10 + (y[3] - '0');
			}
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
		gb_code_party_suffix(cb.data + seg_at[1], cb.len - seg_at[1]))
	{
		/*
		 * "27/CT-TW" is the Party code 27-CT/TW written in State style, and
		 * "03-CT-TW" the same code with its slash typed as a hyphen, and
		 * "21/KL/TW" with its hyphen typed as a slash (stop 30 G4)
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
		/* a count ("kế hoạch 5 năm") or a fraction ("10/15") is no number */
		if (gb_dict_match(d, q, CAT_QUANTITY, NULL) > 0 && !(d->tok[q].flags & T_UPPER) &&
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

/* "khóa XI, XII", "(khóa XI, khóa XII)", "khoá 12": up to MAXTERMS terms. */
static int
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
 * The plenums that a conference names together before its body: "Hội nghị
 * lần thứ 12, 13 (và 14) của Ban Chấp hành Trung ương", one resolution per
 * plenum.  pl->v[0] is the first plenum; tok[k] is where the k-th number
 * is written.
 */
typedef struct PlenumList
{
	int			n;
	int			v[MAXPLENUMS];
	int			tok[MAXPLENUMS];
} PlenumList;

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
static int
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
	else if (conf && tok_is(d, q, "lan") &&
			 (tok_is(d, q + 1, "thu") || gb_dict_match(d, q + 1, CAT_ORDINAL, NULL) > 0))
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
static int
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
static int
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
 * union by its name: "Phụ nữ tỉnh" is the "Hội Liên hiệp Phụ nữ tỉnh", as
 * "Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh" writes it.
 */
static char *
congress_org(const GbDoc *d, int q, int r)
{
	static const char women[] = "Hội Liên hiệp ";
	char	   *span = gb_span_text(d, q, r),
			   *out;
	size_t		n;

	if (gb_women_union_at(d, q) == 0)
		return span;
	n = strlen(span);
	out = gb_arena_alloc(d->arena, sizeof(women) + n);
	memcpy(out, women, sizeof(women) - 1);
	memcpy(out + sizeof(women) - 1, span, n + 1);
	return out;
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
 * A congress at p: "Đại hội XIII của Đảng", "Đại hội đại biểu toàn quốc lần
 * thứ XIII", "Đại hội lần thứ XVII Đảng bộ thành phố Hà Nội", "Đại hội 12".
 */
static int
parse_congress(const GbDoc *d, int p, int *term, const char **local)
{
	int			q = p,
				e,
				w;

	*term = 0;
	*local = NULL;
	if ((w = congress_word(d, q)) == 0)
		return p;
	q += w;
	if (tok_is(d, q, "dai") && tok_is(d, q + 1, "bieu"))
		q += 2;
	if (tok_is(d, q, "dang") && tok_is(d, q + 1, "toan"))
		q++;
	/*
	 * "Đại hội Đảng bộ Quân đội lần thứ XI", "Đại hội đại biểu Hội Nông dân
	 * tỉnh lần thứ X": the body before the term; "Đại hội đại biểu Phụ nữ
	 * tỉnh lần thứ X", the women's union's ("Phụ nữ", gb_women_union_at())
	 */
	if ((w = congress_head(d, q)) > 0 || (w = gb_women_union_at(d, q) > 0 ? 2 : 0) > 0)
	{
		int			r;

		for (r = q + w; r < d->ntok && r - q < 10; r++)
		{
			if (tok_has(d, r, T_PUNCT) || tok_has(d, r, T_NL) || tok_has(d, r, T_NUM))
				return p;
			/* "lần thứ 6", and "lần 6" with the ordinal's word left out */
			if (tok_is(d, r, "lan") && (tok_is(d, r + 1, "thu") || !tok_has(d, r, T_UPPER)))
			{
				int			n = tok_is(d, r + 1, "thu") ? r + 2 : r + 1;

				e = congress_number(d, n, term);
				if (e == n)
					return p;
				*local = congress_org(d, q, r);
				return e;
			}
			/*
			 * "Đảng bộ huyện Bắc Trà My khóa XI": the term of the committee
			 * the congress elected is its number, as "lần thứ XI" (probe 66
			 * G5); a Roman numeral only, "khóa" being a course's word too;
			 * a Đảng bộ's only, as probe 66 left a mass organization's
			 */
			if (tok_is(d, r, "khoa") && tok_is(d, q, "dang") &&
				!tok_has(d, r, T_UPPER) && tok_has(d, r + 1, T_ROMAN))
			{
				e = congress_number(d, r + 1, term);
				if (e == r + 1)
					return p;
				*local = gb_span_text(d, q, r);
				return e;
			}
		}
		return p;
	}
	if ((w = gb_short_national_name(d, q)) > 0)
	{
		*local = gb_span_text(d, q, q + w);
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
 * A new clause after the comma at r: its subject, a capitalized phrase,
 * then "đã", "vừa" ... ("..., Hội đồng nhân dân tỉnh đã thống nhất"); or
 * words that open one ("..., theo đó", "..., thay thế Quy định số 30").
 */
static bool
clause_after(const GbDoc *d, int r)
{
	int			k;

	if (gb_dict_match(d, r + 1, CAT_CLAUSEOPEN, NULL) > 0)
		return true;
	if (!tok_has(d, r + 1, T_UPPER))
		return false;
	for (k = r + 2; k < d->ntok && k - r < 14; k++)
	{
		if (tok_has(d, k, T_PUNCT) || tok_has(d, k, T_NL))
			return false;
		if (!tok_has(d, k, T_UPPER) && gb_dict_match(d, k, CAT_ADVERB, NULL) > 0)
			return true;
	}
	return false;
}

/*
 * A predicate that ends a subject: "diễn ra vào sáng 16/9", "có hiệu lực".
 * Tested at every word of a subject: inlined whatever the caller's size.
 */
GB_HOT_INLINE bool
predicate_at(const GbDoc *d, int r)
{
	return (tok_is(d, r, "dien") && tok_is(d, r + 1, "ra")) ||
		(tok_is(d, r, "co") && tok_is(d, r + 1, "hieu") && tok_is(d, r + 2, "luc"));
}

/* '"' as written at quote token k: 1 for “, 2 for ”, 0 for a straight one. */
static int
quote_side(const GbDoc *d, int k)
{
	const unsigned char *s = (const unsigned char *) d->orig + d->tok[k].os;

	if (d->tok[k].oe - d->tok[k].os == 3 && s[0] == 0xE2 && s[1] == 0x80)
		return s[2] == 0x9C ? 1 : s[2] == 0x9D ? 2 : 0;
	return 0;
}

/*
 * The closing '"' of the quotation opened at r, in its sentence, or -1;
 * never another “ (an opening quote left unclosed does not pair with the
 * next quotation).
 */
static int
closing_quote(const GbDoc *d, int r)
{
	int			k;

	if (quote_side(d, r) == 2)
		return -1;
	for (k = r + 1; k < d->ntok && k - r < 40; k++)
	{
		if (gb_break_at(d, k) || tok_has(d, k, T_NL))
			return -1;
		if (tok_punct(d, k, '"'))
			return quote_side(d, k) == 1 ? -1 : k;
	}
	return -1;
}

/* "ký" (signs), not "kỳ" (period): both fold to "ky" */
static bool
is_ky(const GbDoc *d, int i)
{
	const char *s;

	if (!tok_is(d, i, "ky") && !tok_is(d, i, "ki"))
		return false;
	s = d->norm.data + d->tok[i].off;
	return d->tok[i].len == 3 && (memcmp(s + 1, "ý", 2) == 0 || memcmp(s + 1, "í", 2) == 0 ||
								  memcmp(s + 1, "Ý", 2) == 0 || memcmp(s + 1, "Í", 2) == 0);
}

/* "do" (by), not "đó" (that): both fold to "do" */
static bool
is_do(const GbDoc *d, int i)
{
	const char *s;

	if (!tok_is(d, i, "do") || d->tok[i].len != 2)
		return false;
	s = d->norm.data + d->tok[i].off;
	return (s[0] == 'd' || s[0] == 'D') && (s[1] == 'o' || s[1] == 'O');
}

/*
 * "do Bộ Chính trị ban hành", "được Ban Bí thư ký ban hành", "do Ban Chấp
 * hành Trung ương khóa XIII ban hành", "được ban hành" after a document:
 * its issuer written after it, if any (*name, else NULL; the date that may
 * follow is read as any other).  Returns the token after the verb, or p.
 */
static int
issued_by(const GbDoc *d, int p, const char **name, int *term)
{
	int			e;

	*term = 0;
	*name = NULL;
	if (!is_do(d, p) && !tok_is(d, p, "duoc"))
		return p;
	e = gb_parse_body(d, p + 1, name);
	/* "được ban hành ngày 06/7/2022": the date alone */
	if (e == p + 1 && !(tok_is(d, p, "duoc") && tok_is(d, e, "ban") && tok_is(d, e + 1, "hanh")))
		return p;
	if (tok_is(d, e, "khoa"))
	{
		int			t = gb_parse_term(d, e + 1, term);

		if (t == e + 1)
			return p;
		e = t;
	}
	if (is_ky(d, e))
		e++;
	if (!(tok_is(d, e, "ban") && tok_is(d, e + 1, "hanh")))
		return p;
	return e + 2;
}

/*
 * The "về ..." clause or a quoted title at p, as tokens [*from, *to) (none
 * when *to <= *from); *end gets the token after it.  The clause ends where
 * a new clause or a predicate begins, before another document, and never
 * with an open bracket.  A clause that opens with a quotation is that
 * quotation; a quotation inside it ("phát huy phẩm chất “Bộ đội Cụ Hồ”
 * trong tình hình mới") is part of it.
 *
 * A document right after a preposition ("thực hiện một số nội dung trong
 * Quy định số 205 của Bộ Chính trị về kiểm soát quyền lực") is part of the
 * clause too, which runs on through that document's own phrase: cut before
 * it, the clause would end on the preposition.  *end is then the nested
 * document, so that it is parsed as a citation of its own.  code, the
 * document's own, tells which local committee after "của" issued it
 * (subject_issuer()).
 */
/* A cheap test for the folded "cho" or "tai" at r, of three bytes. */
static inline bool
cho_or_tai(const GbDoc *d, int r)
{
	const char *f = d->fold.data + d->tok[r].fo;

	return (f[0] == 'c' && f[1] == 'h' && f[2] == 'o') || (f[0] == 't' && f[1] == 'a' && f[2] == 'i');
}

/*
 * Whether "cho" or "tại" at r names the meeting's audience or rooms, which
 * end a document's subject: "cho 2.500 đại biểu", "tại 63 điểm cầu", "tại
 * hội trường".  "cho" needs a count ("về hỗ trợ cho người nghèo" goes on).
 */
static bool
audience_at(const GbDoc *d, int r)
{
	const GbPhrase *ph = NULL;
	bool		cho = tok_is(d, r, "cho");
	int			k = r + 1;

	if (!cho && !tok_is(d, r, "tai"))
		return false;
	/* a count, its thousands grouped by dots: "2.500" */
	while (k < d->ntok && !tok_has(d, k, T_NL) &&
		   (tok_has(d, k, T_NUM) ||
			(k > r + 1 && tok_punct(d, k, '.') && !tok_has(d, k + 1, T_SPACE) && tok_has(d, k + 1, T_NUM))))
		k++;
	if (cho && k == r + 1)
		return false;
	return gb_dict_match(d, k, CAT_AUDIENCE, &ph) > 0 &&
		ph->aux == (cho ? AUDIENCE_PEOPLE : AUDIENCE_ROOM);
}

static int	parse_issuer(const GbDoc *d, int p, const char **name, int *plenum);

/*
 * "của Chủ tịch UBND tỉnh Minh Sơn": the chairman of a people's committee
 * or council signs its decisions in his own name, as a minister does ("của
 * Bộ trưởng Bộ Nội vụ"), and is their issuer, as written (stop 29 B7).
 * Returns the token after the body, or p.
 */
static __attribute__((noinline)) int
chair_of_council(const GbDoc *d, int p, const char **name)
{
	static const char *const councils[] = {
		"uy ban nhan dan", "ubnd", "hoi dong nhan dan", "hdnd", NULL
	};
	const char *body;
	char	   *f;
	size_t		fn;
	int			e,
				k;
	bool		council = false;

	if (!tok_is(d, p, "chu") || !gb_exact_words(d, p, 2, "chủ tịch") ||
		(e = gb_parse_body(d, p + 2, &body)) == p + 2)
		return p;
	f = gb_fold(body, strlen(body), &fn);
	for (k = 0; councils[k] && !council; k++)
		council = fn > strlen(councils[k]) && strncmp(f, councils[k], strlen(councils[k])) == 0 &&
			f[strlen(councils[k])] == ' ';
	gb_free(f);
	if (!council)
		return p;
	*name = gb_span_text(d, p, e);
	return e;
}

/*
 * A body at p as an issuer: "Đảng ủy xã", "Đảng ủy phường" name a commune's
 * committee by its level alone, where gb_parse_body() stops at "Đảng ủy"
 * (a committee wants a name after its level elsewhere): "Kế hoạch số
 * 12-KH/ĐU ... của Đảng ủy phường" (stop 29 A8).  Returns the token after
 * it, or p.
 */
static int
issuer_body(const GbDoc *d, int p, const char **name)
{
	int			e = gb_parse_body(d, p, name),
				n;

	if (e == p + 2 && strcmp(*name, "Đảng ủy") == 0 && !tok_has(d, e, T_NL) &&
		(n = gb_exact_words(d, e, 1, "xã") || gb_exact_words(d, e, 1, "phường") ? 1 :
		 gb_exact_words(d, e, 2, "thị trấn") ? 2 : 0) > 0)
	{
		*name = gb_span_text(d, p, e + n);
		return e + n;
	}
	return e;
}

/*
 * Whether the body name is the committee whose letters open the issuer
 * part of code, or a board that leads it: "Ban Thường vụ Tỉnh ủy" for
 * "15-KH/TU", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam" for
 * "2816/QĐ-MTTW-BTT".
 */
static bool
code_committee(const char *code, const char *name)
{
	const char *s = code_issuer_part(code),
			   *h = strchr(s, '-');

	return gb_code_committee(s, h ? (size_t) (h - s) : strlen(s), name);
}

/*
 * Whether "của" at r names a central body that ends the clause: "... của Bộ
 * Chính trị." or "... của Ban Bí thư;" then is the issuer after a subject.
 * So is a local committee or the Fatherland Front's when the document's
 * code names it: "Kế hoạch số 15-KH/TU ... về tổ chức đại hội của Ban
 * Thường vụ Tỉnh ủy." (probe 60 G3).
 */
static __attribute__((noinline)) bool
subject_issuer(const GbDoc *d, int r, const char *code)
{
	const char *name,
			   *suffix;
	int			plenum,
				e;

	/* cheap first: each central body's name starts "Bộ" or "Ban" */
	if (r + 1 >= d->ntok || !(d->tok[r + 1].flags & T_UPPER) ||
		(code == NULL && !(tok_is(d, r + 1, "bo") || tok_is(d, r + 1, "ban"))))
		return false;
	e = parse_issuer(d, r + 1, &name, &plenum);
	if (e == r + 1)
		return false;

	/*
	 * only the central bodies that pass the Party's documents: "tổ chức bộ
	 * máy của Văn phòng Trung ương Đảng" is whose apparatus, in the subject;
	 * and the committee the code names, not its departments ("chức năng,
	 * nhiệm vụ của Ban Tổ chức Tỉnh ủy" for a "/TU" code)
	 */
	suffix = gb_body_code_suffix(name);
	if ((suffix == NULL || strcmp(suffix, "TW") != 0) &&
		(code == NULL || !code_committee(code, name)))
		return false;
	return e >= d->ntok || tok_has(d, e, T_NL) || tok_punct(d, e, '.') ||
		tok_punct(d, e, ';') || tok_punct(d, e, ',');
}

/*
 * The first document cited inside the quoted title [from, to), or -1:
 * "Kế hoạch số 129-KH/TU về việc “Thực hiện Kết luận số 21-KL/TW ...”"
 * cites Kết luận 21 too, so the scan goes on from there.
 */
static __attribute__((noinline)) int
quoted_citation(const GbDoc *d, int from, int to)
{
	int			k;

	for (k = from; k < to; k++)
		if ((gb_dict_masks[d->tok[k].grp] & CAT_DOCTYPE) && (d->tok[k].flags & T_WORD) &&
			starts_citation(d, k))
			return k;
	return -1;
}

static void
parse_subject(const GbDoc *d, int p, const char *code, int *end, int *from, int *to)
{
	int			r,
				last,
				depth = 0,
				open = -1,
				quoted = -1,
				nested = -1;

	*end = p;
	*from = *to = p;
	if (tok_punct(d, p, '"') || tok_punct(d, p, '\''))
	{
		char		qc = d->norm.data[d->tok[p].off];
		bool		curly = quote_side(d, p) == 1;
		int			side;

		for (r = p + 1; r < d->ntok && r - p < 120; r++)
		{
			if (tok_has(d, r, T_PARA))
				break;
			if (curly && tok_punct(d, r, qc) && (side = quote_side(d, r)) != 2)
			{
				int			k;

				/*
				 * “Về ... biểu hiện "tự diễn biến", "tự chuyển hóa" và Quy
				 * định 37 về “...”: inside a curly quotation a straight one
				 * opened before a word is a quotation of its own, and
				 * another “ before any ” leaves the first unclosed (probe
				 * 63 G4)
				 */
				if (side == 1)
					break;
				if (tok_has(d, r, T_SPACE) && tok_has(d, r + 1, T_WORD) &&
					!tok_has(d, r + 1, T_SPACE) && (k = closing_quote(d, r)) > r)
				{
					r = k;
					continue;
				}
			}
			if (tok_punct(d, r, qc))
			{
				int			s = p + 1,
							k = quoted_citation(d, p + 1, r);

				if (tok_is(d, s, "ve"))
					s++;
				*end = k >= 0 ? k : r + 1;
				*from = s;
				*to = r;
				return;
			}
		}

		/*
		 * an opening “ never closed ("Quyết định số 2816/QĐ-MTTW-BTT ngày
		 * 26/8/2019 “Về việc chỉ định đại biểu ... của Ban Thường trực
		 * ..."): the title is read as the clause it would be unquoted, and
		 * ends as one (probe 60 G3)
		 */
		if (qc == '"' && quote_side(d, p) == 1 && p + 1 < d->ntok && !tok_has(d, p + 1, T_PARA))
		{
			p++;
			if (tok_is(d, p, "ve") && !tok_has(d, p + 1, T_PARA))
				p++;
			*end = p;
			*from = *to = p;
		}
		else if (qc == '"' || (r < d->ntok && tok_has(d, r, T_PARA)))
			return;
	}
	for (r = p; r < d->ntok && r - p < 80; r++)
	{
		if (r > p && (gb_break_at(d, r) || tok_has(d, r, T_NL)))
			break;
		if (tok_punct(d, r, '('))
		{
			if (depth++ == 0)
				open = r;
			continue;
		}
		if (tok_punct(d, r, ')'))
		{
			if (depth == 0)
				break;
			depth--;
			continue;
		}
		if (tok_punct(d, r, '"'))
		{
			int			k = r > p ? closing_quote(d, r) : -1;

			if (k < 0)
				break;
			if (nested < 0)
				nested = quoted_citation(d, r + 1, k);
			r = quoted = k;
			continue;
		}
		if (tok_punct(d, r, ';'))
			break;
		if (r > p && tok_punct(d, r, ',') && (tok_is(d, r + 1, "ngay") || clause_after(d, r)))
			break;
		if (r > p && starts_citation(d, r))
		{
			/*
			 * "về sơ kết 5 năm thực hiện Nghị quyết số 26 ...": the document
			 * a review is of belongs to the subject, as after a preposition
			 */
			if (nested < 0 && (gb_dict_match(d, r - 1, CAT_PREPOSITION, NULL) == 1 ||
							   (r - 2 > p && tok_is(d, r - 2, "thuc") && tok_is(d, r - 1, "hien"))))
			{
				nested = r;
				continue;
			}
			break;
		}
		if (r > p && predicate_at(d, r))
			break;
		/*
		 * "Nghị quyết 80 về phát triển văn hóa của Bộ Chính trị.": a body
		 * after "của" that closes the clause is the document's issuer, written
		 * after its subject, not a part of it
		 */
		if (r > p && d->tok[r].flen == 3 && tok_is(d, r, "cua") && subject_issuer(d, r, code))
			break;
		/*
		 * "về đại hội ... của Đảng và các văn bản chỉ đạo ...": documents in
		 * the plural after "và các" are one more object of the verb that
		 * cites this one, not its subject; so is what carries it out, "...
		 * và hướng dẫn thực hiện quy định"
		 */
		if (r > p && d->tok[r].flen == 2 && tok_is(d, r, "va") && !tok_has(d, r + 1, T_NL) &&
			((tok_is(d, r + 1, "cac") && !tok_has(d, r + 2, T_NL) &&
			  ((tok_is(d, r + 2, "van") && tok_is(d, r + 3, "ban")) ||
			   gb_dict_match(d, r + 2, CAT_DOCTYPE, NULL) > 0)) ||
			 gb_dict_match(d, r + 1, CAT_CARRYOUT, NULL) > 0))
			break;
		if (r > p && d->tok[r].flen == 3 && cho_or_tai(d, r) && audience_at(d, r))
			break;
		/* "về công tác cán bộ do Bộ Chính trị ban hành": the issuer is no part */
		if (r > p && (d->tok[r].len == 2 || tok_is(d, r, "duoc")))
		{
			const char *name;
			int			t;

			if (issued_by(d, r, &name, &t) > r)
				break;
		}
	}
	last = r;
	if (depth > 0)
		last = open;
	/* "... giáo dục và đào tạo và Nghị quyết số 72": the list's "và" is no part */
	while (last > p && (((d->tok[last - 1].flags & T_PUNCT) && !tok_punct(d, last - 1, ')') &&
						 last - 1 != quoted) ||
						tok_is(d, last - 1, "va")))
		last--;
	*end = nested >= 0 ? nested : r;
	*to = last;
}

static bool
has_subject(const Mention *m)
{
	return m->subj_to > m->subj_from;
}

/* The subject's text, made when a document keeps it. */
static char *
subject_text(const GbDoc *d, const Mention *m)
{
	return has_subject(m) ? gb_span_text(d, m->subj_from, m->subj_to) : NULL;
}

/* "lần thứ tư", "lần thứ 12" at p: the token after it, or p. */
static int
nth_time(const GbDoc *d, int p, int *n)
{
	int			e;

	*n = 0;
	if (!(tok_is(d, p, "lan") && tok_is(d, p + 1, "thu")))
		return p;
	e = gb_parse_ordinal(d, p + 2, n);
	return e > p + 2 ? e : p;
}

/*
 * The issuer after "của" at p: a body, or the body whose conference it
 * names, "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng", "Hội nghị
 * Ban Chấp hành Đảng bộ tỉnh lần thứ 12".  Returns the token after it, or
 * p; *plenum gets the number of a plenum of the Central Committee, if
 * written (a local conference's number is no plenum).
 */
static int
parse_issuer(const GbDoc *d, int p, const char **name, int *plenum)
{
	int			q,
				e,
				n;
	bool		counted;

	*plenum = 0;
	/*
	 * "của Trung ương Hội Nông dân Việt Nam", "của Trung ương Đoàn": a mass
	 * organization's centre, as written (probe 63 G3)
	 */
	if ((e = gb_org_centre(d, p)) > p)
	{
		*name = gb_span_text_bare(d, p, e);
		return e;
	}
	if ((e = chair_of_council(d, p, name)) > p)
		return e;
	e = issuer_body(d, p, name);
	/*
	 * "của Ban Thường vụ Tỉnh ủy hai tỉnh A và B": the body of provinces
	 * counted, as written (probe 47 G6); a bare list after it may go on
	 * with other bodies, not provinces
	 */
	if (e > p && (q = gb_joint_provinces_end(d, p, e, &counted)) > e && counted)
	{
		*name = gb_span_text(d, p, q);
		return q;
	}
	if (e > p || !(tok_is(d, p, "hoi") && tok_is(d, p + 1, "nghi")))
		return e;
	q = nth_time(d, p + 2, &n);
	e = gb_parse_body(d, q, name);
	if (e == q)
		return p;
	if (n == 0)
		e = nth_time(d, e, &n);
	if (gb_dict_match(d, q, CAT_PLENUMBODY, NULL) > 1)
		*plenum = n;
	return e;
}

/*
 * An issuer ("của <body>"), a term ("khóa XI") or, for a resolution with
 * no plenum yet, the plenum that passed it ("Hội nghị lần thứ 6, BCH
 * Trung ương Đảng") at p.
 */
static bool
comma_attr(const GbDoc *d, int p, const Mention *m)
{
	const char *name;
	int			t,
				terms[MAXTERMS],
				nterms;

	if ((m->kind->flags & KIND_PLENUM) && !m->plenum && tok_is(d, p, "hoi"))
		return parse_plenum(d, p, &t, terms, &nterms, &name, NULL) > p;
	if (tok_is(d, p, "cua"))
		return parse_issuer(d, p + 1, &name, &t) > p + 1;
	if (tok_is(d, p, "khoa"))
		return gb_parse_term(d, p + 1, &t) > p + 1;
	return false;
}

/*
 * Whether [s, e) is a short form of a document whose kind has the code
 * letters `letters` written in parentheses after it: one word of capitals
 * and digits that starts with those letters, "(NQTW8)", "(NQ36)", "(CT05)".
 */
static bool
short_form(const GbDoc *d, int s, int e, const char *letters)
{
	size_t		n;
	int			k;

	if (e <= s || e - s > 3 || !tok_has(d, s, T_ALLCAPS))
		return false;
	if (letters == NULL || (n = strlen(letters)) >= d->tok[s].len + (e - s > 1 ? 1 : 0) ||
		memcmp(d->norm.data + d->tok[s].off, letters, n) != 0)
		return false;
	for (k = s + 1; k < e; k++)
		if ((d->tok[k].flags & T_SPACE) || !(tok_has(d, k, T_ALLCAPS) || tok_has(d, k, T_NUM)))
			return false;
	return true;
}

/*
 * "Đại hội Đảng (bộ) các cấp, nhiệm kỳ 2025 - 2030" at r, ending by to: the
 * first year of the round of congresses of all levels, or 0.
 */
static __attribute__((noinline)) int
all_levels_round(const GbDoc *d, int r, int to)
{
	int			q = r + 2,
				y;

	if (!(tok_is(d, r, "dai") && tok_is(d, r + 1, "hoi")))
		return 0;
	if (tok_is(d, q, "dai") && tok_is(d, q + 1, "bieu"))
		q += 2;
	if (!tok_is(d, q++, "dang"))
		return 0;
	if (tok_is(d, q, "bo"))
		q++;
	if (!(tok_is(d, q, "cac") && tok_is(d, q + 1, "cap")))
		return 0;
	q += 2;
	if (tok_punct(d, q, ','))
		q++;
	if (q + 5 > to || !tok_is(d, q, "nhiem") || !tok_is(d, q + 1, "ky") ||
		!tok_has(d, q + 2, T_NUM) || d->tok[q + 2].len != 4 || !tok_punct(d, q + 3, '-') ||
		!tok_has(d, q + 4, T_NUM) || d->tok[q + 4].len != 4)
		return 0;
	y = gb_tok_int(d, q + 2);
	return gb_tok_int(d, q + 4) == y + 5 && y >= FIRST_YEAR ? y : 0;
}

/*
 * The term of a Party document whose subject prepares a National Congress
 * ("về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ
 * XIII của Đảng"): the congress's number less one, as the congress closes
 * the term that prepares it (Chỉ thị 35 of 2019, term XII, and Chỉ thị 35 of
 * 2024, term XIII, told apart).  A local congress ("tiến tới Đại hội Đảng
 * bộ tỉnh lần thứ XVI") numbers no Party term.  The congresses of all
 * levels named by their years, "về Đại hội Đảng các cấp nhiệm kỳ
 * 2025-2030", are the same round: held through its first year, closed by
 * the National Congress early in the next, so prepared in the term in force
 * at the end of that first year.  0 when none.
 */
static int
congress_ahead(const GbDoc *d, int from, int to)
{
	int			r;

	for (r = from; r + 3 < to; r++)
	{
		int			n,
					e;
		const char *local;

		if (tok_is(d, r, "dai") && (n = all_levels_round(d, r, to)) > 0)
		{
			GbDate		last = {n, 12, 31};

			return gb_term_number_on(last);
		}
		if (!((tok_is(d, r, "tien") || tok_is(d, r, "huong")) && tok_is(d, r + 1, "toi")))
			continue;
		e = parse_congress(d, r + 2, &n, &local);
		if (e > r + 2 && e <= to && !local && n > 1 && n <= 30)
			return n - 1;
	}
	return 0;
}

/*
 * A document's type in lower case at k with no number after it, "kế
 * hoạch", "hướng dẫn": the token after the type, or k.
 */
static int
unnumbered_type_end(const GbDoc *d, int k)
{
	int			L = gb_dict_match(d, k, CAT_DOCTYPE, NULL);

	if (L == 0 || tok_has(d, k, T_UPPER) || tok_has(d, k, T_NL) || tok_has(d, k + L, T_NUM) ||
		is_so(d, k + L))
		return k;
	return k + L;
}

/*
 * "Chỉ thị số 42-CT/TU Ban Thường vụ Tỉnh ủy về ...": an issuer written
 * right after the code without "của", known by the subject that follows
 * it.  A central body's own letters must be the code's ("Bộ Chính trị"
 * after "-CT/TW"), and a local body never issues a central code.  So is
 * one right after a number without a code, "Nghị quyết 08 HĐND tỉnh về
 * ...", "Chỉ thị 05 Bộ Chính trị về ..." (stop 30 F8).  Returns the token
 * after the body, or q.
 */
static __attribute__((noinline)) int
bare_issuer(const GbDoc *d, int q, const Mention *m, const char **name)
{
	const char *cs,
			   *bs;
	size_t		n;
	int			e;

	if (q != m->t1 || !(m->code || m->number) || !tok_has(d, q, T_UPPER) || tok_has(d, q, T_NL))
		return q;
	/* a "về" ahead in the clause, before the body is parsed at all */
	for (e = q + 1; e < d->ntok && e - q < 14; e++)
		if (tok_has(d, e, T_PUNCT | T_NL) || (tok_is(d, e, "ve") && !tok_has(d, e, T_UPPER)))
			break;
	if (!tok_is(d, e, "ve") || tok_has(d, e, T_NL))
		return q;
	e = gb_parse_body(d, q, name);
	if (e == q || !*name || !tok_is(d, e, "ve") || tok_has(d, e, T_UPPER) || tok_has(d, e, T_NL))
		return q;
	if (!m->code)
		return e;
	cs = code_issuer_part(m->code);
	bs = gb_body_code_suffix(*name);
	n = strlen(cs);
	if (bs ? strcmp(bs, cs) != 0 : (n >= 2 && strcmp(cs + n - 2, "TW") == 0))
		return q;
	return e;
}

/*
 * "Theo Quyết định số 2287-QĐNS/TW ngày 29/8/2025, Ban Bí thư quyết định,
 * chỉ định ...": the body that opens the clause after a document and does
 * what the document's kind names ("quyết định", "kết luận") is announcing
 * its own act, so it issued the document.  A body of another level acts
 * on one it received ("Thực hiện Hướng dẫn số 26-HD/BTCTW, Ban Tổ chức
 * Tỉnh ủy hướng dẫn ..."): the code's letters must be the body's own.
 * Sets m's issuer if so.
 */
static __attribute__((noinline)) void
acting_issuer(const GbDoc *d, int p, Mention *m)
{
	const char *slug = m->kind->slug,
			   *name,
			   *bs;
	int			k,
				v,
				e;

	if (!m->code || !(m->kind->flags & KIND_VERB) || !tok_has(d, p, T_UPPER) || tok_has(d, p, T_NL))
		return;
	/* the kind's words in lower case ("quyet-dinh") a body's length on, first */
	for (v = p + 1; v < d->ntok && v < p + ACTING_BODY; v++)
	{
		const char *w = slug;

		if (tok_has(d, v, T_PUNCT | T_NL))
			return;
		for (k = v; *w; k++)
		{
			size_t		n = strcspn(w, "-");

			if (k >= d->ntok || tok_has(d, k, T_UPPER | T_NL) || d->tok[k].flen != n ||
				memcmp(tok_fold(d, k), w, n) != 0)
				break;
			w += n + (w[n] == '-');
		}
		if (*w == '\0')
			break;
	}
	if (v >= d->ntok || v >= p + ACTING_BODY)
		return;
	e = gb_parse_body(d, p, &name);
	if (e == p || !name || !(e == v || (e == v - 1 && tok_is(d, e, "da"))) ||
		(bs = gb_body_code_suffix(name)) == NULL || strcmp(bs, code_issuer_part(m->code)) != 0)
		return;
	m->issuer = name;
	m->own_issuer = true;
}

/*
 * Whether a Party code is of the kind whose code letters are `letters`:
 * "04-NQ/TW" of a Nghị quyết ("NQ").
 */
static bool
code_of_kind(const char *code, const char *letters)
{
	const char *h = strchr(code, '-'),
			   *s = strchr(code, '/');
	size_t		n = letters ? strlen(letters) : 0;

	return h && s && s > h && n > 0 && (size_t) (s - h - 1) == n &&
		memcmp(h + 1, letters, n) == 0;
}

/*
 * "Nghị quyết Trung ương 7 khóa X (Nghị quyết 26-NQ/TW)", "Nghị quyết
 * Trung ương 4 khóa XII (Nghị quyết số 04-NQ/TW ngày 30/10/2016)",
 * "... (04-NQ/TW)", and the other way round, "Nghị quyết 26-NQ/TW (Nghị
 * quyết Trung ương 7 khóa X)": a plenum's resolution and its number name
 * one document, whichever of them is written in parentheses after the
 * other.  The parenthesized name at q gives the mention what it lacks: the
 * number, code and issue date, or the plenum and term.  Plenums or terms
 * listed together ("Trung ương 8 và 9", "(khóa XI, XII)") are several
 * documents, which one number does not name (the caller's m->several).
 * Returns the token after ')' when the parentheses hold that name alone,
 * else q.
 */
static __attribute__((noinline)) int
plenum_number_paren(const GbDoc *d, int q, Mention *m)
{
	const GbPhrase *ph = NULL;
	int			p = q + 1,
				L,
				e;

	L = gb_dict_match(d, p, CAT_DOCTYPE, &ph);
	if (L > 0 && strcmp(ph->value, m->kind->name) != 0)
		return q;
	p += L;
	if (m->plenum)
	{
		char	   *number,
				   *code;
		bool		state_code;
		int			year,
					k;
		const char *letters = m->kind->letters;
		GbDate		dt;
		bool		has_year;

		if (L > 0 && is_so(d, p))
			p++;
		if (!tok_has(d, p, T_NUM))
			return q;
		e = parse_number(d, p, &number, &code, &state_code, &year);
		/*
		 * a code of another kind, or a bare number alone, names something
		 * else; a bare number needs "số", for without it ("(Nghị quyết 4)",
		 * "(NQTW6)") it is the plenum's own short form
		 */
		if (e == p || state_code || (code ? !code_of_kind(code, letters) : !is_so(d, p - 1)))
			return q;
		/* a local code under the Central Committee's plenum is another document */
		if (code && !m->issuer && !central_code(code))
			return q;
		memset(&dt, 0, sizeof(dt));
		if (tok_punct(d, e, ',') && tok_is(d, e + 1, "ngay"))
			e++;
		if (tok_is(d, e, "ngay") && gb_parse_date(d, e + 1, &k, &dt, &has_year))
		{
			if (!has_year)
				complete_year(d, &dt);
			e = k;
		}
		if (!tok_punct(d, e, ')'))
			return q;
		m->number = number;
		m->code = code;
		m->year = year;
		if (dt.y && !m->issued.y)
			m->issued = dt;
	}
	else
	{
		int			plenum,
					terms[MAXTERMS],
					nterms;
		const char *org;

		/* a State or a local document passed at no plenum of the Central Committee */
		if (L == 0 || m->state_code || (m->code && !central_code(m->code)))
			return q;
		e = parse_plenum(d, p, &plenum, terms, &nterms, &org, NULL);
		if (e == p || nterms > 1 || !tok_punct(d, e, ')'))
			return q;
		m->plenum = plenum;
		if (nterms > 0 && !m->term)
			m->term = terms[0];
		if (org && !m->issuer)
		{
			m->issuer = org;
			m->own_issuer = true;
		}
	}
	/* the plenum that passed a numbered resolution names its issuer */
	if (!m->issuer)
	{
		m->issuer = gb_plenum_body;
		m->own_issuer = true;
	}
	m->extra++;
	return e + 1;
}

/*
 * The plenum that passed the resolution m, named at q ("Hội nghị lần thứ
 * sáu Ban Chấp hành Trung ương"), read into m.  Returns the token after it,
 * or q.
 */
static int
plenum_attr(const GbDoc *d, int q, Mention *m)
{
	int			e,
				plenum,
				terms[MAXTERMS],
				nterms;
	const char *org;

	e = parse_plenum(d, q, &plenum, terms, &nterms, &org, NULL);
	if (e == q)
		return q;
	m->plenum = plenum;
	if (nterms > 0 && !m->term)
		m->term = terms[0];
	/*
	 * "Nghị quyết số 27-NQ/TW ngày ... Hội nghị lần thứ sáu Ban Chấp hành
	 * Trung ương": the plenum that passed a numbered resolution names its
	 * issuer, with "của" or without
	 */
	if ((m->number || org) && !m->issuer)
	{
		m->issuer = org ? org : gb_plenum_body;
		m->own_issuer = true;
	}
	return e;
}

/*
 * "Nghị quyết số 09-NQ/ĐH ngày 27/9/2025 của Đại hội đại biểu Đảng bộ thành
 * phố lần thứ I": a numbered resolution that the congress after "của"
 * passed is that congress's resolution, keyed by it as "Nghị quyết Đại hội
 * Đảng bộ thành phố lần thứ I" is, its number the term, the congress its
 * issuer; its own number and code are kept (stop 31 H8).  The end of the
 * congress, or p.
 */
static int
congress_issuer(const GbDoc *d, int p, Mention *m)
{
	int			term,
				e;
	const char *local;

	if (!m->number || m->congress || strcmp(m->kind->name, "Nghị quyết") != 0 ||
		tok_has(d, p, T_NL) || (e = parse_congress(d, p, &term, &local)) == p)
		return p;
	m->congress = true;
	m->local = local;
	m->term = term;
	if (!m->issuer)
	{
		m->issuer = gb_span_text(d, p, e);
		m->own_issuer = true;
	}
	return e;
}

/*
 * What follows a number: dates, issuer, term, plenum, a parenthesized short
 * form and the subject, in any order.  Returns the token after them.
 */
static int
parse_attrs(const GbDoc *d, int q, Mention *m)
{
	int			iter;
	const char *bare;
	int			b;

	/* right after the code, an issuer without "của" */
	if (!m->issuer && (b = bare_issuer(d, q, m, &bare)) > q)
	{
		m->issuer = bare;
		m->own_issuer = true;
		q = b;
	}
	for (iter = 0; iter < 12 && q < d->ntok; iter++)
	{
		int			e,
					dash_term;

		if (tok_has(d, q, T_PARA))
			break;
		if (tok_punct(d, q, '('))
		{
			int			r,
						close = -1;
			const GbPhrase *ph = NULL;
			int			terms[MAXTERMS],
						nterms;

			if ((m->kind->flags & KIND_PLENUM) && !m->congress && !m->several &&
				(m->plenum != 0) != (m->number != NULL) &&
				(e = plenum_number_paren(d, q, m)) > q)
			{
				q = e;
				continue;
			}
			for (r = q + 1; r < d->ntok && r - q < 10; r++)
				if (tok_punct(d, r, ')'))
				{
					close = r;
					break;
				}
			if (close < 0)
				break;
			e = parse_terms(d, q, terms, &nterms);
			if (e > q && nterms == 1)
			{
				m->term = terms[0];
				q = e;
				continue;
			}
			if (gb_dict_match(d, q + 1, CAT_DOCTYPE, &ph) > 0 &&
				strcmp(ph->value, m->kind->name) == 0)
			{
				m->extra++;
				q = close + 1;
				continue;
			}
			/*
			 * "Kết luận số 100-KL/TW (18/8/2014) của Ban Bí thư": a date
			 * in parentheses, with its year or after "ngày", is the issue
			 * date, and what follows still belongs to the document
			 */
			{
				GbDate		dt;
				bool		has_year,
							ngay = tok_is(d, q + 1, "ngay");

				if (gb_parse_date(d, q + 1 + ngay, &e, &dt, &has_year) && e == close &&
					(has_year || ngay))
				{
					if (!has_year)
						complete_year(d, &dt);
					if (dt.y && m->issued.y == 0)
						m->issued = dt;
					q = close + 1;
					continue;
				}
			}
			if (q == m->t1 && short_form(d, q + 1, close, m->kind->letters))
			{
				q = close + 1;
				continue;
			}
			break;
		}
		if (tok_punct(d, q, ',') && tok_is(d, q + 1, "ngay"))
			q++;
		/* "Nghị quyết Trung ương 8 - khóa IX": the term after a dash */
		else if (tok_punct(d, q, '-') && tok_is(d, q + 1, "khoa") &&
				 gb_parse_term(d, q + 2, &dash_term) > q + 2)
			q++;
		/*
		 * ", của Bộ Chính trị" after a date, ", khóa XI" after a plenum or
		 * number and ", Hội nghị lần thứ 6, ..." after a number are still
		 * this document's issuer, term and plenum
		 */
		else if (tok_punct(d, q, ',') && comma_attr(d, q + 1, m))
			q++;
		/*
		 * "Chỉ thị số 879 và kế hoạch của Ban Thường vụ ...": a document
		 * listed by its type alone, in lower case, cites none, and the
		 * issuer after it is the list's (stop 30 G12); a coded document's
		 * keeps its code's ("Chỉ thị số 05-CT/TW và hướng dẫn của Ban
		 * Tuyên giáo Tỉnh ủy": the guide is the board's)
		 */
		if (!m->issuer && !m->code && tok_is(d, q, "va") && (e = unnumbered_type_end(d, q + 1)) > q + 1 &&
			tok_is(d, e, "cua"))
			q = e;
		if (tok_is(d, q, "ngay"))
		{
			GbDate		dt;
			bool		has_year;

			/*
			 * "Huyện ủy X quán triệt Quy định 144-QĐ/TW" / "Ngày 10/9/2024,
			 * Huyện ủy X tổ chức ...": a date opening a line with a comma
			 * after it (a headline has no final stop) opens the lead's
			 * sentence, and is the meeting's day, not the document's; a
			 * decree's own heading, "SỐ 16/2001/CT-TTG" / "NGÀY 21 THÁNG 6
			 * NĂM 2001 VỀ ...", goes on with no comma (stop 31 H1)
			 */
			if (!gb_parse_date(d, q + 1, &e, &dt, &has_year) ||
				(tok_has(d, q, T_NL) && tok_punct(d, e, ',')))
				break;
			if (!has_year)
				complete_year(d, &dt);
			if (dt.y && m->issued.y == 0)
				m->issued = dt;
			q = e;
			continue;
		}
		if (tok_is(d, q, "cua"))
		{
			const char *name;
			int			plenum;

			/* "của của Bộ Chính trị": a word typed twice is read once */
			if (tok_is(d, q + 1, "cua") && gb_exact_any(d, q + 1, "của") &&
				!tok_has(d, q + 1, T_NL))
				q++;
			e = parse_issuer(d, q + 1, &name, &plenum);
			if (e == q + 1 && (e = congress_issuer(d, q + 1, m)) > q + 1)
			{
				q = e;
				continue;
			}
			/*
			 * "Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 khóa XII":
			 * the plenum that passed it, read as without "của" (probe 57 G4)
			 */
			if (e == q + 1 && (m->kind->flags & KIND_PLENUM) && tok_is(d, q + 1, "hoi") &&
				tok_is(d, q + 2, "nghi") && !tok_has(d, q + 1, T_NL) &&
				(e = plenum_attr(d, q + 1, m)) > q + 1)
			{
				q = e;
				continue;
			}
			if (e == q + 1)
			{
				int			r = q + 1 + plenum_body_at(d, q + 1);

				if (r > q + 1 && tok_is(d, r, "dang") && tok_has(d, r, T_UPPER) && !tok_has(d, r, T_NL))
					r++;
				/*
				 * "Nghị quyết 18-NQ/TW của Trung ương về ...": the centre
				 * alone (no organization named after it) is the Central
				 * Committee that passes resolutions
				 */
				if (r > q + 1 && (m->kind->flags & KIND_PLENUM) &&
					!(tok_has(d, r, T_UPPER) && !tok_has(d, r, T_NL)))
				{
					name = gb_plenum_body;
					plenum = 0;
					e = r;
				}
				else
				{
					/*
					 * an issuer not recognised, a few capitalized words
					 * ("Chỉ thị 05 của Trung ương về ..."), does not stop
					 * the subject after it
					 */
					while (r < q + 6 && tok_has(d, r, T_UPPER) && tok_has(d, r, T_WORD) &&
						   !tok_has(d, r, T_NL))
						r++;
					if (r > q + 1 && tok_is(d, r, "ve") && !tok_has(d, r, T_UPPER) &&
						!tok_has(d, r, T_NL))
					{
						q = r;
						continue;
					}
					break;
				}
			}

			/*
			 * "Nghị quyết Trung ương 8 của Quân đoàn 9": a plenum's
			 * resolution is the Central Committee's; a body after "của"
			 * that is not a central one implements it (or owns the
			 * meeting on it), and is not its issuer
			 */
			if (is_plenum_res(m) && !plenum &&
				(name == NULL || !gb_body_code_suffix(name) ||
				 strcmp(gb_body_code_suffix(name), "TW") != 0))
			{
				q = e;
				continue;
			}
			if (!m->issuer)
			{
				m->issuer = name;
				m->own_issuer = true;
			}
			if (plenum && !m->plenum && (m->kind->flags & KIND_PLENUM))
				m->plenum = plenum;
			q = e;
			continue;
		}
		if (tok_is(d, q, "khoa"))
		{
			int			t;

			e = gb_parse_term(d, q + 1, &t);
			if (e == q + 1)
				break;
			if (!m->term)
				m->term = t;
			q = e;
			continue;
		}
		/*
		 * "Kết luận số 20-KL/TW ngày ... tại Hội nghị lần thứ 4, BCH Trung
		 * ương Đảng": a numbered document issued at a plenum of the Central
		 * Committee (a local body studies documents at its own conferences,
		 * never at those)
		 */
		if ((m->kind->flags & KIND_PLENUM) && m->number && !m->plenum && tok_is(d, q, "tai") &&
			!tok_has(d, q, T_UPPER) && tok_is(d, q + 1, "hoi") && tok_is(d, q + 2, "nghi") &&
			!tok_has(d, q + 1, T_NL))
		{
			int			plenum,
						terms[MAXTERMS],
						nterms;
			const char *org;

			if (parse_plenum(d, q + 1, &plenum, terms, &nterms, &org, NULL) == q + 1 || org != NULL)
				break;
			q++;
		}
		if ((m->kind->flags & KIND_PLENUM) && tok_is(d, q, "hoi") && tok_is(d, q + 1, "nghi"))
		{
			if ((e = plenum_attr(d, q, m)) == q)
				break;
			q = e;
			continue;
		}
		if (tok_is(d, q, "nam") && is_year(d, q + 1))
		{
			/* "Quy định 88-QĐ/TW năm 2023": right after the code, the issue year */
			if (q == m->t1 && m->code && !m->year)
			{
				const char *y = d->norm.data + d->tok[q + 1].off;
				int			yr = (y[0] - '0') * 1000 + (y[1] - '0') * 100 +
					(y[2] - '0') * 10 + (y[3] - '0');

				if (yr >= FIRST_YEAR && yr <= LAST_YEAR)
					m->year = yr;
			}
			q += 2;
			continue;
		}
		if (is_do(d, q) || tok_is(d, q, "duoc"))
		{
			const char *name;
			int			t;

			e = issued_by(d, q, &name, &t);
			if (e == q)
				break;
			if (name && !m->issuer)
			{
				m->issuer = name;
				m->own_issuer = true;
			}
			if (t && !m->term)
				m->term = t;
			q = e;
			continue;
		}
		/*
		 * "Quy định số 377 ... quy định về phân cấp ...", "Hướng dẫn số 12
		 * hướng dẫn về ...": the document's own verb before its subject
		 */
		if (!tok_has(d, q, T_UPPER) && !tok_has(d, q, T_NL) && tok_is(d, q + 2, "ve") &&
			((tok_is(d, q, "quy") && tok_is(d, q + 1, "dinh")) ||
			 (tok_is(d, q, "huong") && tok_is(d, q + 1, "dan"))))
			q += 2;
		/*
		 * a closing quote ends the title a document was cited in (“Thực
		 * hiện ... Kế hoạch số 03-KH/TW của Bộ Chính trị” về ...): what
		 * follows is the title's, not this document's subject
		 */
		if (tok_is(d, q, "ve") || (tok_punct(d, q, '"') && quote_side(d, q) != 2))
		{
			const char *name;
			int			t;

			/*
			 * a committee after the subject is its issuer only when none
			 * came before it: "Quyết định số 1073-QĐ/TU ... của Ban Thường
			 * vụ Tỉnh ủy về việc công nhận báo cáo viên cấp tỉnh của Đảng bộ
			 * tỉnh Thanh Hóa" (probe 61)
			 */
			parse_subject(d, tok_is(d, q, "ve") ? q + 1 : q, m->issuer ? NULL : m->code, &e,
						  &m->subj_from, &m->subj_to);
			q = e;
			if (!m->term && !m->issued.y && !m->state_code &&
				(m->code || gb_party_body(m->issuer) || ((m->kind->flags & KIND_PARTY) && !m->issuer)))
				m->term = congress_ahead(d, m->subj_from, m->subj_to);
			/* the subject's end is the issuer's start: "về ... do Bộ Chính trị ban hành" */
			if (issued_by(d, q, &name, &t) > q)
				continue;
			/* or "về ... của Bộ Chính trị." */
			if (tok_is(d, q, "cua") && !m->issuer)
			{
				m->issuer_last = true;
				continue;
			}
			break;
		}
		/* ", Ban Bí thư quyết định": the body acting on it in the next clause */
		if (tok_punct(d, q, ',') && !m->issuer)
			acting_issuer(d, q + 1, m);
		break;
	}
	return q;
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
	int			b = v,
				n,
				L,
				t;

	for (n = 0; n < 4; n++)
	{
		for (L = 2; L >= 1; L--)
			if (b - L >= floor && !tok_has(d, b - L, T_UPPER) &&
				gb_dict_match(d, b - L, CAT_ADVERB, NULL) == L)
				break;
		if (L == 0)
			break;
		b -= L;
	}
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
 * "Bộ Chính trị, Ban Bí thư ban hành Kết luận số 185-KL/TW": central bodies
 * issuing together, the body before the one at s is the issuer, as after
 * "của" ("của Bộ Chính trị, Ban Bí thư"), when the code's level agrees; not
 * one that "của" makes an object ("chỉ đạo của Bộ Chính trị, Ban Tuyên
 * giáo ban hành").  Its name, or NULL (stop 31 H7b).
 */
static const char *
joint_first_issuer(const GbDoc *d, int start, int s, const Mention *m)
{
	int			r;
	const char *name;

	if (!(tok_punct(d, s - 1, ',') || tok_is(d, s - 1, "va")) || tok_has(d, s, T_NL))
		return NULL;
	for (r = s - 10 > start ? s - 10 : start; r < s - 1; r++)
		if (tok_has(d, r, T_UPPER) && issuer_body(d, r, &name) == s - 1)
			return !tok_is(d, r - 1, "cua") && gb_body_code_suffix(name) && level_agrees(name, m) ?
				name : NULL;
	return NULL;
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

/*
 * "Đảng ủy xã Tân Lập xây dựng Kế hoạch số 44-KH/ĐU": a plan or programme
 * a body draws up with a code of its own is its own (stop 29 A8); look_back()
 * keeps the body only if the code names it.  The first token of "xây
 * dựng", or -1.
 */
static int
drawn_up_before(const GbDoc *d, int i, int floor, const Mention *m)
{
	if (i - 2 < floor || m->code == NULL || m->state_code ||
		!tok_is(d, i - 2, "xay") || !tok_is(d, i - 1, "dung") ||
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
 * issuer and date written before a document.
 */
static void
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
			return;
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
				return;
			if (!m->issuer && !signer_post(d, s, b_end))
			{
				m->issuer = name;
				if (gb_body_code_suffix(name) && (name = joint_first_issuer(d, start, s, m)) != NULL)
					m->issuer = name;
			}
			break;
		}
	}
	if (drawn && !m->issuer)
		return;
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
		p = parse_number(d, s, &number, &code, state_code, &year);
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
static int
parse_citation(GbCitState *st, GbDoc *d, int i, int L, const GbPhrase *ph,
			   int floor, int group)
{
	const GbKind *K;
	int			j,
				p,
				e,
				list_from = -1;
	bool		bare;
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
			((tok_is(d, j + 1, "hoi") && tok_is(d, j + 2, "nghi")) || congress_word(d, j + 1) > 0))
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
			 * 31 L-cong3)
			 */
			for (listed = 0; listed < LISTED_CONGRESSES &&
				 (tok_punct(d, e, ',') || tok_is(d, e, "va")) && !tok_has(d, e + 1, T_NL) &&
				 (k = parse_congress(d, e + 1, &term, &local)) > e + 1 && local &&
				 (k >= d->ntok || tok_has(d, k, T_NL) || tok_punct(d, k, ',') || tok_punct(d, k, '.') ||
				  tok_punct(d, k, ';') || tok_is(d, k, "va")); listed++)
			{
				m.term = term;
				m.local = local;
				m.t0 = e + 1;
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
	e = parse_number(d, p, &m.number, &m.code, &m.state_code, &m.year);
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
	m.t1 = e;
	m.plain = bare && e == p + 1;
	look_back(d, i, floor, &m);
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
			return e;
		memset(&next, 0, sizeof(next));
		next.kind = m.kind;
		next.group = group;
		next.t0 = s;
		p = parse_number(d, s, &next.number, &next.code, &next.state_code, &next.year);
		if (p == s || (numbered && !next.code))
			return e;
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
			return e;
		if (!m.code && after_num != e)
			return e;
		next.t1 = p;
		m = next;
		e = p;
	}
}

/* ---- merging mentions into documents ------------------------------------ */

/*
 * The FNV-1a hash (gb_hash()) of "kind|number|plenum|congress" cut at 63
 * bytes, taken as the key is put together: the bucket of a document, and
 * so which earlier documents a mention may join.
 */
typedef struct KeyHash
{
	uint32_t	h;
	size_t		len;
} KeyHash;

#define KEY_MAX 63

static void
key_add(KeyHash *k, const char *s, size_t n)
{
	size_t		x;

	if (n > KEY_MAX - k->len)
		n = KEY_MAX - k->len;
	for (x = 0; x < n; x++)
	{
		k->h ^= (unsigned char) s[x];
		k->h *= 16777619u;
	}
	k->len += n;
}

static void
key_add_int(KeyHash *k, int v)
{
	char		digits[12];
	int			n = sizeof(digits);
	unsigned	u = v < 0 ? 0u - (unsigned) v : (unsigned) v;

	/* most are 0: no plenum, no congress */
	if (v >= 0 && v < 10)
	{
		digits[0] = (char) ('0' + v);
		key_add(k, digits, 1);
		return;
	}
	do
		digits[--n] = (char) ('0' + u % 10);
	while ((u /= 10) > 0);
	if (v < 0)
		digits[--n] = '-';
	key_add(k, digits + n, sizeof(digits) - n);
}

/*
 * The plenum counts only without a number, as in compatible(): "Nghị quyết
 * số 18-NQ/TW Hội nghị Trung ương 6" and a later "Nghị quyết số 18-NQ/TW"
 * are one document.
 */
static uint32_t
entry_hash(const Mention *m)
{
	KeyHash		k = {2166136261u, 0};

	key_add(&k, m->kind->name, strlen(m->kind->name));
	key_add(&k, "|", 1);
	/* a congress's resolution, numbered or not, is the congress's (stop 31 H8) */
	if (m->number && !m->congress)
		key_add(&k, m->number, strlen(m->number));
	key_add(&k, "|", 1);
	key_add_int(&k, m->number ? 0 : m->plenum);
	key_add(&k, "|", 1);
	key_add_int(&k, m->congress);
	return k.h;
}

static bool
streq(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/*
 * "Đại hội Đảng bộ tỉnh lần thứ XII" after (or before) "Đại hội Đảng bộ
 * tỉnh Đắk Nông lần thứ XII": a report names its own body in full once and
 * then by its level alone.  The short body s (folded fs, ns bytes) is the
 * long one l's (folded fl, nl) up to a word, and what l adds is a proper
 * name, upper case: not "Đảng bộ Quân đội" against "Đảng bộ Quân đội tỉnh".
 */
static bool
local_short_form(const char *s, const char *fs, size_t ns,
				 const char *l, const char *fl, size_t nl)
{
	size_t		i = 0,
				len = strlen(l);
	int			words = 1;
	const char *c;

	if (ns == 0 || ns >= nl || fl[ns] != ' ' || memcmp(fs, fl, ns) != 0)
		return false;
	for (c = s; *c; c++)
		words += *c == ' ';
	/* past as many words of l as s has */
	while (i < len && words > 0)
		if (l[i++] == ' ')
			words--;
	return i < len && gb_is_upper(gb_utf8_next((const unsigned char *) l, len, &i));
}

/*
 * Whether two local bodies of congresses are one: the key folds them, and an
 * upper-case headline ("NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ SỞ Y TẾ LẦN THỨ IX") names
 * the body the text then writes in lower case.  Folds only when the bytes
 * differ, which few congress mentions reach.
 */
static bool
local_equal(const char *a, const char *b)
{
	char	   *fa,
			   *fb;
	size_t		na,
				nb;
	bool		same;

	if (streq(a, b))
		return true;
	if (!a || !b)
		return false;
	fa = gb_fold(a, strlen(a), &na);
	fb = gb_fold(b, strlen(b), &nb);
	same = na == nb && memcmp(fa, fb, na) == 0;
	if (!same)
		same = na < nb ? local_short_form(a, fa, na, b, fb, nb) :
			local_short_form(b, fb, nb, a, fa, na);
	gb_free(fa);
	gb_free(fb);
	return same;
}

static bool
code_equal(const char *a, const char *b)
{
	size_t		n = strlen(a);

	if (n != strlen(b))
		return false;
	return strncasecmp(a, b, n) == 0;
}

/*
 * The level of the body a mention names, as a code would: a central body's
 * code suffix ("TW" for Bộ Chính trị or a written 35-CT/TW, "BTCTW"), ""
 * for any other body, NULL when neither issuer nor Party code is given.
 */
static const char *
issuer_level(const Mention *m)
{
	const char *s;

	if (m->issuer)
		return (s = gb_body_code_suffix(m->issuer)) ? s : "";
	if (m->code && !m->state_code && (s = strrchr(m->code, '/')) != NULL)
		return gb_code_party_suffix(s + 1, strlen(s + 1)) ? s + 1 : "";
	return NULL;
}

/*
 * Whether m may be a mention of the document e: same kind and number (and
 * code, when both give one), unless two different issue dates, terms or
 * issuing levels are written.  Issuers written differently do not part
 * them: "Ban Thường vụ Tỉnh ủy Hà Giang" and later "Ban Thường vụ Tỉnh ủy".
 */
/* The year a mention gives: of its issue date, else written with its number. */
static inline int
year_of(const Mention *m)
{
	return m->issued.y ? m->issued.y : m->year;
}

/*
 * The term the issue date of a central Party document gives ("35-CT/TW",
 * or the Politburo's), else 0: a local committee counts terms of its own
 * ("Ban Chấp hành Đảng bộ tỉnh khóa XVI"), and a State body has none.
 */
static int
central_date_term(const Mention *m)
{
	if (!m->issued.y || !(central_code(m->code) || gb_body_code_suffix(m->issuer)))
		return 0;
	return gb_term_number_on(m->issued);
}

/*
 * Whether the undated mention u has a term (written, or from the congress
 * its subject prepares) other than the one the dated mention t's date
 * gives.
 */
static bool
term_against_date(const Mention *u, const Mention *t)
{
	int			dt;

	return u->term && !u->issued.y && !t->term && t->issued.y &&
		(dt = central_date_term(t)) != 0 && dt != u->term;
}

static bool
compatible(const Mention *e, const Mention *m)
{
	const char *le,
			   *lm;

	/* by name: gb_kinds has two "Nghị quyết" entries, the word and "NQ" */
	if (strcmp(e->kind->name, m->kind->name) != 0 || e->congress != m->congress)
		return false;
	/* a congress's resolution is cited with its number or without (stop 31 H8) */
	if ((m->number || e->number) && !(e->congress && (!m->number || !e->number)))
	{
		if (!streq(e->number, m->number))
			return false;
		if (e->code && m->code && !code_equal(e->code, m->code))
			return false;
	}
	else if (e->plenum != m->plenum)
		return false;
	/*
	 * the plenums of the Party and of a mass organization are numbered
	 * apart: the organizations make_key() names, however their centre is
	 * written ("Trung ương Hội ...", "Ban Chấp hành Trung ương Hội ...")
	 */
	else if (!streq(centre_org(e->issuer), centre_org(m->issuer)))
		return false;
	if (e->issued.y && m->issued.y &&
		(e->issued.y != m->issued.y || e->issued.m != m->issued.m || e->issued.d != m->issued.d))
		return false;
	if (year_of(e) && year_of(m) && year_of(e) != year_of(m))
		return false;
	if (e->term && m->term && e->term != m->term)
		return false;

	/*
	 * nor do a term and the one the other's date gives: "Chỉ thị số
	 * 35-CT/TW ... về đại hội ... tiến tới Đại hội XIV" (XIII) is not "Chỉ
	 * thị số 35-CT/TW, ngày 30/5/2019" (XII), which the Chỉ thị 35 of
	 * 14/6/2024 replaced; the undated mention joins the document of its
	 * term (probe 59 G5)
	 */
	if (term_against_date(e, m) || term_against_date(m, e))
		return false;
	if ((le = issuer_level(e)) != NULL && (lm = issuer_level(m)) != NULL && strcmp(le, lm) != 0)
		return false;
	if (!local_equal(e->local, m->local))
		return false;
	return true;
}

static void
merge_into(const GbDoc *d, Entry *en, const Mention *m)
{
	Mention    *e = &en->m;
	size_t		alen;

	en->mentions += 1 + m->extra;
	/* a congress's resolution named by its congress, then by its number */
	if (!e->number && e->congress)
		e->number = m->number;
	if (!e->code && m->code)
	{
		e->code = m->code;
		e->state_code = m->state_code;
	}
	/*
	 * a fuller mention enriches the document: the issuer named at length
	 * ("Ban thường vụ tỉnh ủy" -> "Ban Thường vụ Tỉnh ủy Hà Giang"), or by
	 * the mention that gives the date, unless that one writes the body's
	 * head in its letters ("BTV Tỉnh ủy") where the other spelled it out
	 */
	if (m->issuer && e->issuer &&
		((strlen(m->issuer) > strlen(e->issuer) &&
		  gb_same_letters(m->issuer, strlen(e->issuer), e->issuer, strlen(e->issuer))) ||
		 (m->issued.y && !e->issued.y &&
		  !(gb_body_head_abbrev(m->issuer, &alen) && !gb_body_head_abbrev(e->issuer, &alen)))))
		e->issuer = m->issuer;
	/* the congress's body named in full: "Đảng bộ tỉnh" -> "Đảng bộ tỉnh Đắk Nông" */
	if (e->local && m->local && strlen(m->local) > strlen(e->local))
		e->local = m->local;
	if (!e->issued.y)
		e->issued = m->issued;
	if (!e->year)
		e->year = m->year;
	if (!e->issuer)
		e->issuer = m->issuer;
	if (!e->term)
		e->term = m->term;
	if (!e->plenum)
		e->plenum = m->plenum;
	if (!e->subject)
		e->subject = subject_text(d, m);
}

/* Put a numbered document that gives its plenum on that plenum's chain. */
static void
link_plenum(GbCitState *st, int k)
{
	Entry	   *en = &st->e[k];

	if (en->plinked || !en->m.number || en->m.congress || en->m.plenum < 1 ||
		en->m.plenum > PLENUM_MAX)
		return;
	en->pnext = st->plenum_doc[en->m.plenum];
	st->plenum_doc[en->m.plenum] = k + 1;
	en->plinked = true;
}

/*
 * A plenum's document named without its number ("Kết luận Trung ương 4
 * khóa XIII") after the numbered one ("Kết luận số 21-KL/TW Hội nghị lần
 * thứ tư Ban Chấp hành Trung ương khóa XIII") is its short form: the one
 * numbered document of that kind whose plenum, term and level agree.  Two
 * such (a plenum passes several resolutions) leave it unresolved.  Only the
 * newest few on the plenum's chain are looked at.  Returns the index or -1.
 */
static int
plenum_short_form(const GbCitState *st, const Mention *m)
{
	int			k,
				steps = 0,
				found = -1;

	if (m->number || m->congress || m->plenum < 1 || m->plenum > PLENUM_MAX)
		return -1;
	for (k = st->plenum_doc[m->plenum] - 1; k >= 0 && steps < 8; k = st->e[k].pnext - 1, steps++)
	{
		const Mention *e = &st->e[k].m;
		const char *le;

		/* by name: gb_kinds has two "Nghị quyết" entries, the word and "NQ" */
		if (strcmp(e->kind->name, m->kind->name) != 0 || (e->term && m->term && e->term != m->term) ||
			((le = issuer_level(e)) != NULL && strcmp(le, "TW") != 0))
			continue;
		if (found >= 0)
			return -1;
		found = k;
	}
	return found;
}

/*
 * The other way round: a plenum's document named without its number
 * ("kết luận Hội nghị TW4") before the numbered one ("kết luận số
 * 20-KL/TW ... tại Hội nghị lần thứ 4, BCH Trung ương Đảng"), whose plenum,
 * term and level agree, was its short form.  That document, the newest
 * such, becomes the numbered one (its first mention stays), moved to the
 * hash chain of its number.  Returns its index, or -1.
 */
static int
plenum_named_before(GbCitState *st, const GbDoc *d, const Mention *m)
{
	Mention		u;
	Entry	   *en;
	int			k,
			   *link;
	const char *le;
	char	   *subject;

	if (!m->number || m->congress || m->plenum < 1 || m->plenum > PLENUM_MAX ||
		((le = issuer_level(m)) != NULL && strcmp(le, "TW") != 0))
		return -1;
	u = *m;
	u.number = NULL;
	for (k = st->bucket[entry_hash(&u) % (uint32_t) st->nbucket]; k >= 0; k = st->e[k].next)
		if (!st->e[k].m.number && compatible(&st->e[k].m, &u))
			break;
	if (k < 0)
		return -1;
	for (link = &st->bucket[entry_hash(&u) % (uint32_t) st->nbucket]; *link != k;
		 link = &st->e[*link].next)
		;
	*link = st->e[k].next;
	en = &st->e[k];
	u = en->m;
	subject = subject_text(d, m);
	en->m = *m;
	en->m.subject = subject ? subject : u.subject;
	en->m.extra = 0;
	en->mentions += 1 + m->extra;
	if (!en->m.issuer)
		en->m.issuer = u.issuer;
	if (!en->m.term)
		en->m.term = u.term;
	/* chains run newest first */
	for (link = &st->bucket[entry_hash(&en->m) % (uint32_t) st->nbucket]; *link > k;
		 link = &st->e[*link].next)
		;
	en->next = *link;
	*link = k;
	link_plenum(st, k);
	return k;
}

/*
 * "Nghị quyết 4" after "Nghị quyết Trung ương 4 (khóa XI)": a plenum
 * resolution is called by its plenum's number alone, written right after
 * the type without "số", code, date or issuer.  When no document has that
 * number, such a mention is the plenum's document of its kind cited before,
 * found as "Nghị quyết Trung ương 4" would find it (the newest compatible
 * one, or the one numbered document of that plenum).  A plenum's document
 * cited after it is not looked for: the number may be a local document's.
 * Returns the index, or -1.
 */
static int
plenum_by_number(GbCitState *st, const Mention *m)
{
	Mention		u;
	const char *n = m->number;
	int			k,
				plenum = 0;

	if (!m->plain || !(m->kind->flags & KIND_PLENUM) || !n || m->code || m->issuer ||
		year_of(m) || m->plenum || m->congress || m->local || st->nbucket == 0)
		return -1;
	for (; *n; n++)
		if (*n < '0' || *n > '9' || (plenum = plenum * 10 + (*n - '0')) > PLENUM_MAX)
			return -1;
	if (plenum < 1)
		return -1;
	u = *m;
	u.number = NULL;
	u.plenum = plenum;
	for (k = st->bucket[entry_hash(&u) % (uint32_t) st->nbucket]; k >= 0; k = st->e[k].next)
		if (!st->e[k].m.number && compatible(&st->e[k].m, &u))
			return k;
	return plenum_short_form(st, &u);
}

static int
add_mention(GbCitState *st, GbDoc *d, const Mention *m)
{
	uint32_t	h = entry_hash(m);
	int			k,
				best = -1;
	Entry	   *en;

	if (st->nbucket == 0 || st->n >= st->nbucket)
	{
		int			nb = st->nbucket ? st->nbucket * 4 : 64;

		st->bucket = gb_realloc(st->bucket, sizeof(int) * (size_t) nb);
		st->nbucket = nb;
		for (k = 0; k < nb; k++)
			st->bucket[k] = -1;
		for (k = 0; k < st->n; k++)
		{
			int			b = (int) (entry_hash(&st->e[k].m) % (uint32_t) nb);

			/* a rehash of a million documents takes a while */
			if ((k & 0xFFFF) == 0xFFFF)
				gb_check_interrupts();

			st->e[k].next = st->bucket[b];
			st->bucket[b] = k;
		}
	}
	/*
	 * the compatible document mentioned last, as a reader takes it: after
	 * "ngày 14/6/2024, Bộ Chính trị đã ban hành Chỉ thị số 35-CT/TW", "Chỉ
	 * thị số 35-CT/TW" is that one, though one of 2019 was named first
	 * (probe 59 G5)
	 */
	for (k = st->bucket[h % (uint32_t) st->nbucket]; k >= 0; k = st->e[k].next)
		if ((best < 0 || st->e[k].last_os > st->e[best].last_os) && compatible(&st->e[k].m, m))
			best = k;
	if (best < 0)
		best = plenum_short_form(st, m);
	/* merged as the plenum's short form: its number is the plenum's */
	if (best < 0 && m->plain && (best = plenum_by_number(st, m)) >= 0)
	{
		merge_into(d, &st->e[best], m);
		return best;
	}
	if (best < 0 && m->number && m->plenum > 0 && (k = plenum_named_before(st, d, m)) >= 0)
		return k;
	if (best >= 0)
	{
		merge_into(d, &st->e[best], m);
		st->e[best].last_os = d->tok[m->t0].os;
		link_plenum(st, best);
		return best;
	}
	if (m->weak)
		return -1;
	if (st->n == st->cap)
	{
		st->cap = st->cap ? st->cap * 2 : 16;
		st->e = gb_realloc(st->e, sizeof(Entry) * (size_t) st->cap);
	}
	en = &st->e[st->n];
	memset(en, 0, sizeof(*en));
	en->m = *m;
	en->m.subject = subject_text(d, m);
	en->m.extra = 0;
	en->mentions = 1 + m->extra;
	en->os = en->last_os = d->tok[m->t0].os;
	en->oe = d->tok[m->t1 - 1].oe;
	en->raw = gb_raw_text(d, m->t0, m->t1);
	en->next = st->bucket[h % (uint32_t) st->nbucket];
	st->bucket[h % (uint32_t) st->nbucket] = st->n;
	link_plenum(st, st->n);
	return st->n++;
}

/* ---- the extractor ------------------------------------------------------ */

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
 * The issuer part of a code: after its last '/' and the kind's letters,
 * "NĐ-CP" of "14/2021/NĐ-CP" -> "CP", "03-NQ/TU" -> "TU", "03/CT-BCA-X11"
 * -> "BCA-X11".
 */
static const char *
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
static bool
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
static const char *
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
static bool
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
static bool
same_code_issuer(const char *a, const char *b)
{
	return !a || !b || strcmp(code_issuer_part(a), code_issuer_part(b)) == 0;
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
 * "các nghị quyết của Quân ủy Trung ương: Nghị quyết số 1661-NQ/QUTW ...;
 * Nghị quyết số 1658-NQ/QUTW ...": a plural group noun and its issuer (at
 * i and before q) opening with a colon the list of its documents, as "gồm"
 * does.  Returns the token after the colon, or q.
 */
static int
colon_list(const GbDoc *d, int i, int q)
{
	if (!tok_is(d, i - 1, "cac") || !tok_punct(d, q, ':'))
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

	if ((e = described_list(d, q)) == q)
		return q;
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
static bool
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
	if (!tok_has(d, i - 1, T_NUM) && !tok_is(d, i - 1, "cac"))
		return i;
	if (!tok_is(d, q, "cua"))
	{
		/* "Hội nghị Trung ương 6 (khóa XII), ... 4 nghị quyết ... gồm:" */
		if (!(gb_kinds[ph->aux].flags & KIND_PLENUM) || (e = plenum_header(d, i, q, term)) == q)
			return i;
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
		return e;
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

/* The first word in [i, stop) that may start a document type, or stop. */
static inline int
next_doctype(const GbDoc *d, int i, int stop)
{
	const GbTok *t = d->tok + i,
			   *end = d->tok + stop;

	/* by pointer: the loop over every token is a load and a test a token */
	for (; t < end; t++)
		if ((gb_dict_masks[t->grp] & CAT_DOCTYPE) && (t->flags & T_WORD) &&
			gb_dict_may_go_on(d, (int) (t - d->tok), CAT_DOCTYPE))
			break;
	return (int) (t - d->tok);
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

			if (tok_punct(d, s, ','))
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
			if (s == i && s > prev_end && st->mentions.len > 0)
				group = ((Mention *) (st->mentions.data + st->mentions.len - sizeof(Mention)))->group;
			else if (s > prev_end && s < i && st->mentions.len > 0 &&
					 parallel_reviews(d, s, i, ((Mention *) (st->mentions.data + st->mentions.len - sizeof(Mention)))->t0))
				group = ((Mention *) (st->mentions.data + st->mentions.len - sizeof(Mention)))->group;
			/*
			 * a subject runs up to the next document, its "và" or comma
			 * with it: "Nghị quyết 79 về ... và Nghị quyết 80 về ..."
			 */
			else if (s == i && i > 0 && st->mentions.len > 0 &&
					 (tok_is(d, i - 1, "va") || tok_punct(d, i - 1, ',')) &&
					 has_subject((Mention *) (st->mentions.data + st->mentions.len - sizeof(Mention))))
				group = ((Mention *) (st->mentions.data + st->mentions.len - sizeof(Mention)))->group;
		}
		before = (int) (st->mentions.len / sizeof(Mention));
		e = parse_citation(st, d, i, L, ph, floor, group);
		if (e > i)
		{
			/* the documents a group noun lists, one right after another */
			if (list_issuer && i - list_end <= 2 &&
				(strcmp(list_kind, ph->value) == 0 ||
				 (list_kind2 && strcmp(list_kind2, ph->value) == 0)) &&
				!sentence_end_in(d, list_end - 1, i))
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
	for (k = 0; k < nm; k++)
	{
		int			idx;

		if ((k & 0xFFF) == 0xFFF)
			gb_check_interrupts();
		idx = add_mention(st, d, &ms[k]);
		if (idx < 0)
			continue;
		gb_note_mention(d, GB_MENTION_CITATION, idx, NULL,
						d->tok[ms[k].t0].os, d->tok[ms[k].t1 - 1].oe);
	}
}

/* v in decimal into buf (12 bytes at least), as snprintf()'s "%d" writes it, at a tenth of its cost */
static void
decimal(char *buf, int v)
{
	char		tmp[12];
	unsigned int u = v < 0 ? 0u - (unsigned int) v : (unsigned int) v;
	int			n = 0;

	do
	{
		tmp[n++] = (char) ('0' + u % 10);
		u /= 10;
	} while (u > 0);
	if (v < 0)
		*buf++ = '-';
	while (n > 0)
		*buf++ = tmp[--n];
	*buf = '\0';
}

/* Append s to the n-byte buffer buf holding *len bytes, cut as snprintf() cuts. */
static void
put_str(char *buf, size_t n, size_t *len, const char *s)
{
	size_t		k = strlen(s);

	if (k > n - 1 - *len)
		k = n - 1 - *len;
	memcpy(buf + *len, s, k);
	*len += k;
	buf[*len] = '\0';
}

/*
 * The identity of a document inside the key: its code, else number, plus
 * term; a plenum's resolution without a number by the plenum ("Nghị quyết
 * Trung ương 4 khóa XII").  A plenum may issue several numbered resolutions
 * (the sixth of the XIIth term issued 18 to 21-NQ/TW): a number keeps them
 * apart.
 */
static size_t
make_key(char *buf, size_t n, const Mention *m, const char *term, const char *issuer)
{
	bool		at = term && (!(m->code && m->state_code) || local_party_code(m));
	const char *org;
	size_t		len = 0;

	buf[0] = '\0';
	if (m->congress)
	{
		put_str(buf, n, &len, "dai-hoi");
		if (m->local)
		{
			put_str(buf, n, &len, ":");
			put_str(buf, n, &len, m->local);
		}
	}
	else if (m->plenum && !m->code && !m->number)
	{
		char		digits[16];

		decimal(digits, m->plenum);
		put_str(buf, n, &len, "tw");
		put_str(buf, n, &len, digits);
		/* a mass organization's plenum: "tw12:hội nông dân việt nam" */
		if ((org = centre_org(m->issuer)) != NULL)
		{
			put_str(buf, n, &len, ":");
			put_str(buf, n, &len, org);
		}
	}
	else
	{
		put_str(buf, n, &len, m->code ? m->code : m->number ? m->number : "(null)");
		/*
		 * numbering restarts with each issuer: a local document whose term
		 * its date gives, "Nghị quyết 02 của Ban Thường vụ Tỉnh ủy ngày
		 * 15/3/2016", is told from the central "Nghị quyết 02 khóa XII" by
		 * its issuer (a central one has its code derived); so is one of a
		 * local Party body with no term, "Nghị quyết số 12 của Ban Thường vụ
		 * Tỉnh ủy Thanh Hóa", from the central "Nghị quyết số 12"
		 */
		if (!m->code && m->number && issuer &&
			(at || (gb_party_body(issuer) && !gb_body_code_suffix(issuer))))
		{
			put_str(buf, n, &len, "/");
			put_str(buf, n, &len, issuer);
		}
	}
	if (at)
	{
		put_str(buf, n, &len, "@");
		put_str(buf, n, &len, term);
	}
	return len;
}

#define ISSUER_WORDS 16			/* words of an issuer whose heads are spelled */
#define HEAD_WORDS 7			/* the longest head: "Hội Liên hiệp Thanh niên Việt Nam" */

/*
 * The issuer's words with the heads of bodies among them in their own
 * spelling: "Ban thường vụ tỉnh ủy Thanh Hóa" is "Ban Thường vụ Tỉnh ủy
 * Thanh Hóa", so that a local document's issuer (and its key) does not
 * depend on the reporter's case.  Only heads of two words or more: "sở",
 * "bộ" and "khối" are common nouns too ("Đảng bộ cơ sở").  Returns NULL
 * when nothing changes.
 */
static char *
spelled_heads(GbArena *arena, const char *issuer)
{
	size_t		wo[ISSUER_WORDS + 1],	/* word starts in issuer, then its end + 1 */
				fo[ISSUER_WORDS + 1];	/* the same in the folded words */
	char		folded[256];
	size_t		flen = 0;
	int			nw = 0,
				i;
	const char *s = issuer;
	GbBuf		out = {0};
	bool		changed = false;
	char	   *res = NULL;

	while (*s)
	{
		const char *sp = strchr(s, ' ');
		size_t		n = sp ? (size_t) (sp - s) : strlen(s);
		int			fl;

		if (nw == ISSUER_WORDS || n == 0)
			return NULL;
		wo[nw] = (size_t) (s - issuer);
		fo[nw++] = flen;
		/* most words fold in place; the rest through gb_fold() */
		fl = gb_fold_into(s, n, folded + flen, sizeof(folded) - flen - 1);
		if (fl >= 0)
		{
			/* "(BCH)", "TP.Tân": a word its marks split is part of no head */
			if (memchr(folded + flen, ' ', (size_t) fl) != NULL)
				folded[flen++] = '-';
			else
				flen += (size_t) fl;
		}
		else
		{
			size_t		fn;
			char	   *f = gb_fold(s, n, &fn);

			if (flen + fn + 1 >= sizeof(folded))
			{
				gb_free(f);
				return NULL;
			}
			/* "(BCH)", "TP.Tân": a word its marks split is part of no head */
			if (memchr(f, ' ', fn) != NULL)
				folded[flen++] = '-';
			else
			{
				memcpy(folded + flen, f, fn);
				flen += fn;
			}
			gb_free(f);
		}
		folded[flen++] = ' ';
		s += n;
		if (*s == ' ')
			s++;
	}
	wo[nw] = strlen(issuer) + 1;
	fo[nw] = flen;
	for (i = 0; i < nw;)
	{
		const char *v = NULL;
		int			len;
		size_t		k = 0;
		bool		lower = !gb_is_upper(gb_utf8_next((const unsigned char *) issuer + wo[i],
													  wo[i + 1] - wo[i] - 1, &k));

		for (len = nw - i < HEAD_WORDS ? nw - i : HEAD_WORDS; len >= 2; len--)
		{
			size_t		kn = fo[i + len] - fo[i] - 1;
			char		c = folded[fo[i] + kn];
			bool		anycase;

			folded[fo[i] + kn] = '\0';
			v = gb_body_head_spelling(folded + fo[i], &anycase);
			folded[fo[i] + kn] = c;
			/*
			 * a head in lower case only where the parser takes one, going
			 * on a name ("Ban Tuyên giáo tỉnh ủy"): the "ban" of "Ủy ban
			 * Dân tộc" starts no "Ban Dân tộc"
			 */
			if (v && (anycase || !lower) &&
				gb_same_letters(issuer + wo[i], wo[i + len] - wo[i] - 1, v, strlen(v)))
				break;
			v = NULL;
		}
		/* most issuers are spelled already: build nothing until one is not */
		if (v && !changed &&
			(wo[i + len] - wo[i] - 1 != strlen(v) ||
			 memcmp(issuer + wo[i], v, strlen(v)) != 0))
		{
			changed = true;
			if (i > 0)
				gb_buf_append(&out, issuer, wo[i] - 1);
		}
		if (changed)
		{
			if (out.len > 0)
				gb_buf_putc(&out, ' ');
			if (v)
				gb_buf_append(&out, v, strlen(v));
			else
				gb_buf_append(&out, issuer + wo[i], wo[i + 1] - wo[i] - 1);
		}
		i += v ? len : 1;
	}
	if (changed)
		res = gb_arena_strndup(arena, out.data, out.len);
	gb_free(out.data);
	return res;
}

/*
 * The issuer as a canonical name: a body's head written in its letters
 * ("BTV Tỉnh ủy") spelled out ("Ban Thường vụ Tỉnh ủy"), the heads of the
 * rest in their own case.
 */
static char *
full_issuer(GbArena *arena, const char *issuer)
{
	size_t		n;
	const char *head = gb_body_head_abbrev(issuer, &n);
	char	   *s,
			   *sp;
	size_t		hl,
				rl;

	if (!head)
		return (sp = spelled_heads(arena, issuer)) ? sp : gb_arena_strdup(arena, issuer);
	hl = strlen(head);
	rl = strlen(issuer + n);
	s = gb_arena_alloc(arena, hl + rl + 1);
	memcpy(s, head, hl);
	memcpy(s + hl, issuer + n, rl + 1);
	return (sp = spelled_heads(arena, s)) ? sp : s;
}

/* A slot of the key table: a citation's index (-1: empty) and its key's hash. */
typedef struct KeySlot
{
	int			idx;
	uint32_t	h;
} KeySlot;

/*
 * Put key k of res's citations into the open-addressing table of mask + 1
 * slots.  Returns the index of a citation already there with the same key,
 * or -1.
 */
static int
key_insert(const GbResult *res, KeySlot *slot, uint32_t mask, int k)
{
	const char *key = res->citations[k].key;
	uint32_t	hk = gb_hash(key, strlen(key)),
				h = hk & mask;

	while (slot[h].idx >= 0)
	{
		if (slot[h].h == hk && strcmp(res->citations[slot[h].idx].key, key) == 0)
			return slot[h].idx;
		h = (h + 1) & mask;
	}
	slot[h].idx = k;
	slot[h].h = hk;
	return -1;
}

/*
 * A key names one document of a report.  Documents that only their issue
 * dates tell apart ("Công văn 15 ngày 3/4/2024", "Công văn 15 ngày 5/4/2024")
 * get the date in the key; anything still alike gets its position.
 */
static void
unique_keys(GbArena *arena, GbResult *res)
{
	int			n = res->ncitations,
				k,
				other;
	uint32_t	size = 16;
	KeySlot    *slot;
	bool	   *dup = NULL;

	if (n < 2)
		return;
	while (size < (uint32_t) n * 2)
		size *= 2;
	slot = gb_malloc(sizeof(KeySlot) * size);
	memset(slot, -1, sizeof(KeySlot) * size);
	for (k = 0; k < n; k++)
	{
		if ((k & 0xFFFF) == 0xFFFF)
			gb_check_interrupts();
		if ((other = key_insert(res, slot, size - 1, k)) >= 0)
		{
			if (!dup)
			{
				dup = gb_malloc(sizeof(bool) * (size_t) n);
				memset(dup, 0, sizeof(bool) * (size_t) n);
			}
			dup[k] = dup[other] = true;
		}
	}
	if (dup)
	{
		for (k = 0; k < n; k++)
			if (dup[k] && res->citations[k].issued.y)
			{
				GbCitation *c = &res->citations[k];
				char		buf[400];

				snprintf(buf, sizeof(buf), "%s@%04d-%02d-%02d", c->key, c->issued.y,
						 c->issued.m, c->issued.d);
				c->key = gb_arena_strdup(arena, buf);
			}
		memset(slot, -1, sizeof(KeySlot) * size);
		for (k = 0; k < n; k++)
		{
			if ((k & 0xFFFF) == 0xFFFF)
				gb_check_interrupts();
			if (key_insert(res, slot, size - 1, k) >= 0)
			{
				GbCitation *c = &res->citations[k];
				char		buf[400];

				snprintf(buf, sizeof(buf), "%s#%d", c->key, k + 1);
				c->key = gb_arena_strdup(arena, buf);
			}
		}
		gb_free(dup);
	}
	gb_free(slot);
}

/*
 * The organization named after the centre in an issuer, or NULL: "Hội Cựu
 * chiến binh Việt Nam" in "Ban Chấp hành Trung ương Hội Cựu chiến binh Việt
 * Nam", "Đoàn" in "Trung ương Đoàn" (probe 63 G3).
 */
static const char *
centre_org(const char *issuer)
{
	int			k;

	if (issuer == NULL)
		return NULL;
	for (k = 0; gb_centre_spellings[k]; k++)
	{
		const char *c = gb_centre_spellings[k];
		size_t		n;

		/* cheap first: the first two bytes, read for every issuer compared */
		if (issuer[0] != c[0] || issuer[1] != c[1])
			continue;
		n = strlen(c);
		if (strncmp(issuer, c, n) == 0 && issuer[n] == ' ')
			return issuer + n + 1;
	}
	return NULL;
}

/* Whether a Party-shaped code's letters after its '/' are a mass organization's. */
static bool
mass_org_code(const char *code)
{
	const char *s = strrchr(code, '/');

	return s && gb_code_mass_org_suffix(s + 1, strlen(s + 1));
}

/*
 * Whether an issuer is the centre of an organization named after it ("Ban
 * Chấp hành Trung ương Hội Cựu chiến binh Việt Nam", "Trung ương Hội Nông
 * dân Việt Nam"), not the Party's.
 */
static bool
org_committee(const char *issuer)
{
	return centre_org(issuer) != NULL;
}

void
gb_cit_finish(GbCitState *st, GbResult *res)
{
	int			k,
				x,
				nseen = 0;
	const char *seen[4];		/* the last issuers spelled out ... */
	char	   *seen_full[4];	/* ... and their full_issuer() */

	res->citations = gb_arena_alloc(st->arena, sizeof(GbCitation) * (size_t) (st->n ? st->n : 1));
	res->ncitations = st->n;
	for (k = 0; k < st->n; k++)
	{
		Entry	   *en = &st->e[k];
		Mention    *m = &en->m;
		GbCitation *c = &res->citations[k];
		const GbKind *K = m->kind;
		const char *term = m->term ? gb_roman(m->term) : NULL;
		bool		party = (!(m->kind->flags & KIND_STATE) && !(m->code && m->state_code)) ||
			local_party_code(m);
		char		kb[300];
		size_t		klen;
		char	   *fk;
		size_t		flen;

		/*
		 * "Ban Chấp hành Trung ương Hội Nông dân Việt Nam (khóa VI)": a mass
		 * organization's committee, its term is no Party term; but its own
		 * term names its plenum's resolution, as a congress's number does
		 */
		if (org_committee(m->issuer))
		{
			if (!is_plenum_res(m))
				term = NULL;
			party = false;
		}
		/* "Kế hoạch số 09-KH/ĐTN": a mass organization's code (stop 31 I9) */
		else if (party && m->code && !m->state_code && mass_org_code(m->code))
			party = false;
		/* a few microseconds a document, seconds for a million */
		if ((k & 0xFFF) == 0xFFF)
			gb_check_interrupts();

		/* the issuer named by a code's suffix: HD/BTCTW, NĐ-CP, BNV-TCBC */
		if (!m->issuer && m->code)
		{
			const char *s = strrchr(m->code, '/');

			if (s && !m->state_code)
				m->issuer = gb_code_issuer(s + 1, strlen(s + 1));
			else if (s)
			{
				const char *dash = strchr(s + 1, '-');

				if (dash && gb_code_is_kind(s + 1, (size_t) (dash - s - 1)))
					m->issuer = state_code_issuer(dash + 1, strlen(dash + 1));
				else
					m->issuer = state_code_issuer(s + 1, dash ? (size_t) (dash - s - 1) : strlen(s + 1));
			}
		}
		/*
		 * the date gives the term only of a document of the Party, known by
		 * its code, its issuer, or a type of the Party's own with no other
		 * issuer: not "Công văn 15 ngày 3-5-2022 của UBND"
		 */
		if (!term && party && m->number && m->issued.y &&
			(m->code || gb_party_body(m->issuer) ||
			 ((m->kind->flags & KIND_PARTY) && !m->issuer)))
			term = gb_term_on(m->issued);
		/*
		 * a year alone ("Kết luận 14/2021 của Bộ Chính trị") gives the term
		 * of a central Party body unless a congress closed that year
		 */
		else if (!term && party && m->number && m->year &&
				 (gb_body_code_suffix(m->issuer) || central_code(m->code)))
		{
			GbDate		jan = {m->year, 1, 1},
						dec = {m->year, 12, 31};
			const char *t = gb_term_on(jan);

			if (t && streq(t, gb_term_on(dec)))
				term = t;
		}
		/* a code is derived only where the issuer fixes it: Chỉ thị 35 of the Politburo */
		if (!m->code && m->number && party && K->letters)
		{
			const char *suffix = gb_body_code_suffix(m->issuer);

			if (suffix)
			{
				char		cb[64];
				size_t		cn = 0;

				/* "%s%s-%s/%s" put together, snprintf() costing ten times more */
				cb[0] = '\0';
				put_str(cb, sizeof(cb), &cn, strlen(m->number) == 1 ? "0" : "");
				put_str(cb, sizeof(cb), &cn, m->number);
				put_str(cb, sizeof(cb), &cn, "-");
				put_str(cb, sizeof(cb), &cn, K->letters);
				put_str(cb, sizeof(cb), &cn, "/");
				put_str(cb, sizeof(cb), &cn, suffix);
				m->code = gb_arena_strndup(st->arena, cb, cn);
			}
		}

		/*
		 * "Nghị quyết số 202/2025 của Quốc hội khóa XV": the Assembly numbers
		 * its laws and resolutions by year and legislature, so the year
		 * written with the number and the legislature written give the whole
		 * code, 202/2025/QH15, as "Luật 20/2023/QH15" writes it.  Not its
		 * Standing Committee's, whose resolutions are coded both ways
		 * (1667/NQ-UBTVQH15, 35/2021/UBTVQH15)
		 */
		if (!m->code && m->number && m->year && m->term && m->issuer &&
			streq(m->issuer, gb_assembly))
		{
			char		cb[64];

			snprintf(cb, sizeof(cb), "%s%s/%d/%s%d", strlen(m->number) == 1 ? "0" : "",
					 m->number, m->year, gb_assembly_code, m->term);
			m->code = gb_arena_strdup(st->arena, cb);
			m->state_code = true;
		}

		/*
		 * A report's citations share a few issuers: each is spelled out
		 * once, and its citations share the result (no one writes to it).
		 */
		c->issuer = NULL;
		if (m->issuer)
		{
			for (x = 0; x < nseen && x < 4 && !c->issuer; x++)
				if (streq(m->issuer, seen[x]))
					c->issuer = seen_full[x];
			if (!c->issuer)
			{
				c->issuer = full_issuer(st->arena, m->issuer);
				seen[nseen % 4] = m->issuer;
				seen_full[nseen % 4] = c->issuer;
				nseen++;
			}
		}
		klen = make_key(kb, sizeof(kb), m, term, c->issuer);
		{
			char		full[400],
						fb[400];
			const char *slug = K->slug;
			size_t		x = 0,
						sl = strlen(slug);
			size_t		flen0 = 0;
			int			fl = -1;

			/*
			 * "slug:key", the key folded in place but for letters to
			 * normalize.  The slug and its colon are folded already, with no
			 * space: only the key is folded after them, unless a space
			 * starting it would fold otherwise than at the start of a text
			 */
			if (sl + 1 + klen < sizeof(full) && kb[0] != ' ' && kb[0] != '\n')
			{
				memcpy(fb, slug, sl);
				fb[sl] = ':';
				fl = gb_fold_into(kb, klen, fb + sl + 1, sizeof(fb) - sl - 1);
				if (fl >= 0)
				{
					fl += (int) sl + 1;
					x = sl + 1;	/* the spaces to write as dashes are the key's */
				}
			}
			if (fl >= 0)
				fk = fb;
			else
			{
				full[0] = '\0';
				put_str(full, sizeof(full), &flen0, slug);
				put_str(full, sizeof(full), &flen0, ":");
				put_str(full, sizeof(full), &flen0, kb);
				fl = gb_fold_into(full, flen0, fb, sizeof(fb));
				fk = fl >= 0 ? fb : gb_fold(full, flen0, &flen);
			}
			if (fl >= 0)
				flen = (size_t) fl;
			for (; x < flen; x++)
				if (fk[x] == ' ')
					fk[x] = '-';
			c->key = gb_arena_strndup(st->arena, fk, flen);
			if (fk != fb)
				gb_free(fk);
		}

		c->kind = m->kind->name;
		c->number = m->number;
		c->code = m->code;
		c->issued = m->issued;
		c->plenum = m->plenum;
		c->term = term ? gb_arena_strdup(st->arena, term) : NULL;
		c->subject = m->subject;
		c->mentions = en->mentions;
		c->span_start = en->os;
		c->span_end = en->oe;
		c->raw = en->raw;
	}
	unique_keys(st->arena, res);
	gb_free(st->e);
	gb_free(st->bucket);
	gb_free(st->mentions.data);
	st->e = NULL;
	st->bucket = NULL;
	st->mentions.data = NULL;
}
