/*
 * tokenize.c
 *	  Turn one chunk of text into normalized text and tokens in one pass.
 *
 * Tokens are runs of letters, runs of ASCII digits, or single other
 * characters.  Each carries its folded form (lower case, no diacritics), a
 * hash of it for dictionary look-ups, its original positions and flags for
 * case and the white space before it.
 */
#include "gazetteer.h"

#include <limits.h>
#include <stddef.h>
/* SSE2, which every x86-64 processor has: see nonword_mask64() */
#if defined(__SSE2__) && defined(__x86_64__)
#define RUN_MASK 1
#include <emmintrin.h>
#endif

#define unlikely(x) __builtin_expect((x) != 0, 0)
#define likely(x)	__builtin_expect((x) != 0, 1)
/* the fast path's per-character helpers must not cost a call */
#define ALWAYS_INLINE inline __attribute__((always_inline))

typedef struct TokState
{
	GbDoc	   *doc;
	int			cur;			/* index of the open token, or -1 */
	int			cur_kind;		/* T_WORD or T_NUM */
	int			nletters;
	int			nupper;
	uint16_t	pending;		/* flags for the next token */
	bool		keep_tone;		/* a stray mark follows the open word */
	int			newlines;
} TokState;

/* FNV-1a, as gb_hash(), inlined for the tokenizer's hot path. */
static inline uint32_t
fold_hash(const char *s, size_t n)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 16777619u;
	}
	return h;
}

/*
 * Whether a word may need its tone moved: only a word that ends in a toned
 * a, e or y can (see gb_fix_tone), which the last code point tells.
 */
static inline bool
may_move_tone(const char *w, size_t n)
{
	const unsigned char *e = (const unsigned char *) w + n;

	if (n < 3 || e[-1] < 0x80)
		return false;
	if (e[-2] >= 0xC2 && e[-2] < 0xE0)
		return (gb_cp_class[((e[-2] & 0x1F) << 6) | (e[-1] & 0x3F)] & GB_CP_TONED) != 0;
	if (e[-3] == 0xE1)
		return (gb_cp_class[0x1000 | ((e[-2] & 0x3F) << 6) | (e[-1] & 0x3F)] & GB_CP_TONED) != 0;
	return true;				/* anything else: let gb_fix_tone look */
}

static ALWAYS_INLINE void
close_token(TokState *st)
{
	GbDoc	   *d = st->doc;
	GbTok	   *t;

	if (st->cur < 0)
		return;
	t = &d->tok[st->cur];
	if (st->cur_kind == T_WORD && !st->keep_tone &&
		may_move_tone(d->norm.data + t->off, d->norm.len - t->off))
		d->norm.len = t->off + gb_fix_tone(d->norm.data + t->off, d->norm.len - t->off);
	st->keep_tone = false;
	t->len = (uint32_t) (d->norm.len - t->off);
	t->flen = (uint32_t) (d->fold.len - t->fo);
	/*
	 * "qui", "quí": the old spelling of "quy", "quý" ("Qui định", "qui
	 * chế"), folded as the new one is, as "uỷ" is read as "ủy" above; the
	 * word is kept as written.  The cache keeps the fold (word_to_cache()).
	 */
	if (t->flen == 3 && memcmp(d->fold.data + t->fo, "qui", 3) == 0)
		d->fold.data[t->fo + 2] = 'y';
	t->hash = fold_hash(d->fold.data + t->fo, t->flen);
	t->grp = gb_dict_group(d->fold.data + t->fo, t->flen, t->hash);
	t->flags |= gb_dict_cues[t->grp];
	if (st->cur_kind == T_WORD && st->nletters > 0 && st->nupper == st->nletters)
	{
		t->flags |= T_ALLCAPS;
		if (gb_roman_value(d->norm.data + t->off, t->len) > 0)
			t->flags |= T_ROMAN;
	}
	/* a capital after a small letter: maybe two words glued (glued.c) */
	else if (unlikely(st->cur_kind == T_WORD && st->nupper > 0 &&
					  (st->nupper > 1 || !(t->flags & T_UPPER))) &&
			 gb_glued_word(d, t))
	{
		t->flags |= T_GLUED;
		d->has_glued = true;
	}
	st->cur = -1;
}

static ALWAYS_INLINE int
open_token(TokState *st, int kind, uint32_t os)
{
	GbDoc	   *d = st->doc;
	GbTok	   *t;

	if (unlikely(d->ntok == d->captok))
	{
		d->captok = d->captok ? d->captok * 2 : 1024;
		d->tok = gb_realloc(d->tok, sizeof(GbTok) * (size_t) d->captok);
	}
	t = &d->tok[d->ntok];
	t->off = (uint32_t) d->norm.len;
	t->fo = (uint32_t) d->fold.len;
	t->os = os;
	t->oe = os;
	t->len = t->flen = t->hash = 0;
	t->grp = 0;
	t->flags = (uint16_t) (kind | st->pending);
	st->pending = 0;
	st->newlines = 0;
	st->nletters = st->nupper = 0;
	st->cur = d->ntok;
	st->cur_kind = kind;
	return d->ntok++;
}

/*
 * The dictionary group of each ASCII mark as a token, with bit 16 set once
 * known: a report has a comma or full stop every few words, and its group
 * is the same every time (the dictionary does not change).
 */
static uint32_t mark_group[128];

/*
 * An ASCII mark c as a token of its own, no token open: what open_token(),
 * one byte out and close_token() make of it, without the look-up.
 */
static ALWAYS_INLINE void
ascii_mark(TokState *st, unsigned char c, uint32_t os, uint32_t oe)
{
	GbDoc	   *d = st->doc;
	GbTok	   *t;
	uint32_t	hash = fold_hash((const char *) &c, 1),
				grp = mark_group[c];

	if (unlikely(grp == 0))
		mark_group[c] = grp = 0x10000 | gb_dict_group((const char *) &c, 1, hash);
	if (unlikely(d->ntok == d->captok))
	{
		d->captok = d->captok ? d->captok * 2 : 1024;
		d->tok = gb_realloc(d->tok, sizeof(GbTok) * (size_t) d->captok);
	}
	t = &d->tok[d->ntok++];
	t->off = (uint32_t) d->norm.len;
	t->len = 1;
	t->fo = (uint32_t) d->fold.len;
	t->flen = 1;
	t->os = os;
	t->oe = oe;
	t->hash = hash;
	t->flags = (uint16_t) (T_PUNCT | st->pending | gb_dict_cues[(uint16_t) grp]);
	t->grp = (uint16_t) grp;
	st->pending = 0;
	st->newlines = 0;
	st->keep_tone = false;
	d->norm.data[d->norm.len++] = (char) c;
	d->fold.data[d->fold.len++] = (char) c;
}

/* A line end at original offset os (obase added), for gb_unwrap(). */
static inline void
note_line_end(GbDoc *d, uint32_t os)
{
	if (unlikely(d->nnl == d->capnl))
	{
		d->capnl = d->capnl ? d->capnl * 2 : 256;
		d->nl = gb_realloc(d->nl, sizeof(GbLineEnd) * (size_t) d->capnl);
	}
	d->nl[d->nnl].os = os;
	d->nl[d->nnl].norm = (uint32_t) d->norm.len;
	d->nl[d->nnl].tok = d->ntok;
	d->nnl++;
}

static ALWAYS_INLINE void
white(TokState *st, bool newline)
{
	close_token(st);
	st->pending |= T_SPACE;
	if (newline)
	{
		st->pending |= T_NL;
		if (++st->newlines >= 2)
			st->pending |= T_PARA;
	}
}

/* One code point that is not plain ASCII, or came out of normalization. */
static void
tok_cp(void *arg, uint32_t cp, uint32_t os, uint32_t oe)
{
	TokState   *st = (TokState *) arg;
	GbDoc	   *d = st->doc;
	int			kind;
	bool		upper = false;

	if (cp == ' ' || cp == '\n')
	{
		white(st, cp == '\n');
		if (cp == '\n')
			note_line_end(d, os);
		gb_buf_putc(&d->norm, (char) cp);
		return;
	}
	if (cp >= '0' && cp <= '9')
		kind = T_NUM;
	else if (gb_is_letter(cp))
	{
		kind = T_WORD;
		upper = gb_is_upper(cp);
	}
	else
		kind = T_PUNCT;

	/* see out_cp() in normalize.c: a word a mark follows keeps its tone */
	if (kind == T_PUNCT && st->cur >= 0 && st->cur_kind == T_WORD && gb_is_mark(cp))
		st->keep_tone = true;
	if (st->cur >= 0 && (kind != st->cur_kind || kind == T_PUNCT))
		close_token(st);
	if (st->cur < 0)
	{
		open_token(st, kind, os);
		if (upper)
			d->tok[st->cur].flags |= T_UPPER;
	}
	d->tok[st->cur].oe = oe;
	gb_buf_put_cp(&d->norm, cp);
	if (kind == T_WORD)
	{
		char		f = gb_fold_letter(cp);

		st->nletters++;
		st->nupper += upper;
		if (f)
			gb_buf_putc(&d->fold, f);
		else
			gb_buf_put_cp(&d->fold, cp);
	}
	else
		gb_buf_put_cp(&d->fold, cp);
	if (kind == T_PUNCT)
		close_token(st);
}

/* A run of plain ASCII: the common case, a tight loop. */
static void
tok_ascii(void *arg, const char *s, size_t n, uint32_t os)
{
	TokState   *st = (TokState *) arg;
	GbDoc	   *d = st->doc;
	size_t		k;

	gb_buf_reserve(&d->norm, n);
	gb_buf_reserve(&d->fold, n);
	for (k = 0; k < n; k++)
	{
		unsigned char c = (unsigned char) s[k];
		int			kind;

		if (c == ' ' || c == '\n')
		{
			white(st, c == '\n');
			if (c == '\n')
				note_line_end(d, os + (uint32_t) k);
			d->norm.data[d->norm.len++] = (char) c;
			continue;
		}
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			kind = T_WORD;
		else if (c >= '0' && c <= '9')
			kind = T_NUM;
		else
			kind = T_PUNCT;
		if (st->cur >= 0 && (kind != st->cur_kind || kind == T_PUNCT))
			close_token(st);
		if (st->cur < 0)
		{
			open_token(st, kind, os + (uint32_t) k);
			if (kind == T_WORD && c <= 'Z')
				d->tok[st->cur].flags |= T_UPPER;
		}
		d->tok[st->cur].oe = os + (uint32_t) k + 1;
		d->norm.data[d->norm.len++] = (char) c;
		if (kind == T_WORD)
		{
			st->nletters++;
			st->nupper += (c <= 'Z');
			d->fold.data[d->fold.len++] = (char) (c | 0x20);
		}
		else
		{
			d->fold.data[d->fold.len++] = (char) c;
			if (kind == T_PUNCT)
				close_token(st);
		}
	}
}

void
gb_doc_reset(GbDoc *doc)
{
	doc->norm.len = 0;
	doc->fold.len = 0;
	doc->ntok = 0;
	doc->nnl = 0;
	doc->has_glued = false;
}


/* fast_cp(): the output is not the input's bytes */
#define REWRITTEN		0x80

/*
 * A letter followed by combining marks (NFD input) at s[i], the marks from
 * s[j]: the one code point NFC makes of them, when the fast path can take
 * it.  Returns its class, or 0.
 */
static __attribute__((noinline)) uint8_t
compose_at(const unsigned char *s, size_t len, size_t i, size_t j,
		   uint32_t base, uint32_t *cp, int *n)
{
	uint32_t	marks[3];
	int			nmarks = 0;
	uint32_t	c;

	while (nmarks < 3 && j + 1 < len && (s[j] == 0xCC || s[j] == 0xCD) &&
		   (s[j + 1] & 0xC0) == 0x80)
	{
		uint32_t	m = ((s[j] & 0x1Fu) << 6) | (s[j + 1] & 0x3Fu);

		if (gb_cp_class[m] & GB_CP_START)
			break;
		marks[nmarks++] = m;
		j += 2;
	}
	if (nmarks == 0 || (j < len && !gb_next_starts_segment(s + j, len - j)))
		return 0;
	c = gb_compose(base, marks, nmarks);
	if (c == 0 || c >= 0x2000 || !(gb_cp_class[c] & GB_CP_SIMPLE))
		return 0;
	*cp = c;
	*n = (int) (j - i);
	return gb_cp_class[c] | REWRITTEN;
}

/*
 * The code point normalization makes of the segment at s[i], when the fast
 * path can take it: a code point normalization leaves alone, a stand-in it
 * replaces (NBSP, dashes), or a letter and its marks it composes, each
 * followed by the start of a new segment.  Sets *cp to what comes out and
 * *n to the input bytes taken; returns its class, or 0 when the normalizer
 * must see this (malformed input, other scripts' segments, dropped
 * characters, anything beyond U+203F).
 */
static ALWAYS_INLINE uint8_t
fast_cp(const unsigned char *s, size_t len, size_t i, uint32_t *cp, int *n)
{
	unsigned char b = s[i];
	uint32_t	c,
				u;
	int			k;
	uint8_t		cls;

	if (b < 0x80)
		c = b, k = 1;
	else if (b >= 0xC2 && b < 0xE0 && i + 1 < len && (s[i + 1] & 0xC0) == 0x80)
		c = ((b & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu), k = 2;
	else if (b == 0xE1 && i + 2 < len && (s[i + 1] & 0xC0) == 0x80 &&
			 (s[i + 2] & 0xC0) == 0x80)
		c = 0x1000u | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu), k = 3;
	else if (b == 0xE2 && i + 2 < len && s[i + 1] == 0x80 && (s[i + 2] & 0xC0) == 0x80)
		c = 0x2000u | (s[i + 2] & 0x3Fu), k = 3;
	else
		return 0;
	cls = c < 0x2000 ? gb_cp_class[c] : 0;
	if (!(cls & GB_CP_SIMPLE))
	{
		u = gb_cp_subst[c];
		if (u == 0 || (i + k < len && !gb_next_starts_segment(s + i + k, len - i - k)))
			return 0;
		*cp = u;
		*n = k;
		return gb_cp_class[u] | REWRITTEN;
	}
	if (i + k < len && !gb_next_starts_segment(s + i + k, len - i - k))
		return compose_at(s, len, i, i + k, c, cp, n);
	*cp = c;
	*n = k;
	return cls;
}

/* Append the UTF-8 of cp (below U+2000 here) at p; returns the new end. */
static ALWAYS_INLINE char *
put_utf8(char *p, uint32_t cp)
{
	if (cp < 0x80)
		*p++ = (char) cp;
	else if (cp < 0x800)
	{
		*p++ = (char) (0xC0 | (cp >> 6));
		*p++ = (char) (0x80 | (cp & 0x3F));
	}
	else
	{
		*p++ = (char) (0xE0 | (cp >> 12));
		*p++ = (char) (0x80 | ((cp >> 6) & 0x3F));
		*p++ = (char) (0x80 | (cp & 0x3F));
	}
	return p;
}


/*
 * A cache of words as the fast path makes them.  A report uses a few
 * thousand distinct syllables over and over: a word met again, as the same
 * bytes between a non-letter and an ASCII non-letter, is copied from here
 * with its normalized and folded forms, hash, dictionary group and case
 * flags instead of being taken apart letter by letter.  Only words the fast
 * path took whole go in (NFD letters and old tone placement included, which
 * the fast path composes and moves), so what comes out is exactly what
 * taking the word apart would give (the core tests and the fuzzer compare
 * with the normalizer alone).  The entries depend on the
 * bytes alone, so the cache lives as long as the process; like the rest of
 * the core it is for one thread (a PostgreSQL backend).
 */
#define WC_BITS		14			/* 16384 slots, one 64-byte line each: 1 MB,
								 * touched as words come; fewer slots evict
								 * more words that come back (4096: 5% slower
								 * on reports) */
#define WC_SLOTS	(1 << WC_BITS)
#define WC_MAX		16			/* longest word cached, in bytes: a syllable
								 * takes at most 11, even decomposed, and
								 * longer words are about 1 in 1,000 */

/* A word's bytes as two 8-byte words, zero past its end. */
typedef struct WordKey
{
	uint64_t	w[2];
} WordKey;

/*
 * One cache line: a word's key and forms, and its token but for its
 * offsets, so that a word met again touches one line of the cache.
 */
typedef struct WordEntry
{
	WordKey		raw;			/* as written; 0: empty */
	WordKey		norm;			/* as normalized, zero-padded */
	WordKey		fold;			/* the folded form, zero-padded */
	uint32_t	hash;
	uint16_t	flags;			/* T_WORD and T_UPPER, T_ALLCAPS, T_ROMAN, T_CUE_* */
	uint16_t	grp;
	uint8_t		len;
	uint8_t		flen;
} __attribute__((aligned(64))) WordEntry;

static WordEntry word_cache[WC_SLOTS];

/* an entry's hash, flags and group are laid out as a token's */
typedef struct TokTail
{
	uint32_t	hash;
	uint16_t	flags;
	uint16_t	grp;
} TokTail;
_Static_assert(offsetof(WordEntry, flags) == offsetof(WordEntry, hash) + 4 &&
			   offsetof(WordEntry, grp) == offsetof(WordEntry, hash) + 6 &&
			   offsetof(GbTok, flags) == offsetof(GbTok, hash) + 4 &&
			   offsetof(GbTok, grp) == offsetof(GbTok, hash) + 6 &&
			   offsetof(TokTail, grp) == 6 && sizeof(TokTail) == 8,
			   "hash, flags and group are copied as one 8-byte word");

/* A cached word's hash, flags (pending added) and group into t, one move. */
static ALWAYS_INLINE void
put_tail(GbTok *t, const WordEntry *e, uint16_t pending)
{
	TokTail		add = {0, pending, 0};
	uint64_t	tail,
				bits;

	memcpy(&tail, &e->hash, 8);
	memcpy(&bits, &add, 8);
	tail |= bits;
	memcpy(&t->hash, &tail, 8);
}

static ALWAYS_INLINE uint64_t
load64(const unsigned char *p)
{
	uint64_t	v;

	memcpy(&v, p, 8);
	return v;
}

/* the low n bytes of v (n <= 8) */
static ALWAYS_INLINE uint64_t
low_bytes(uint64_t v, size_t n)
{
	return n >= 8 ? v : v & ((UINT64_C(1) << (8 * n)) - 1);
}

/*
 * The word at s[i]: letters and bytes beyond ASCII up to the next ASCII
 * non-letter; *end is where it ends, *key its bytes.  False when it is too
 * long to cache.  Where the input has 32 bytes left (word_span_wide()), a
 * word is read 8 bytes at a time (no byte of a word is 0, so the zero padding
 * cannot make two words look the same).
 */
static ALWAYS_INLINE bool
word_span_wide(const unsigned char *s, size_t i, size_t *end, WordKey *key)
{
	uint64_t	v0 = load64(s + i),
				m;
	size_t		n;

	if ((m = gb_nonword_bytes(v0)) != 0)
	{
		n = (size_t) __builtin_ctzll(m) >> 3;
		key->w[0] = low_bytes(v0, n);
		key->w[1] = 0;
	}
	else
	{
		uint64_t	v1 = load64(s + i + 8);

		key->w[0] = v0;
		if ((m = gb_nonword_bytes(v1)) != 0)
			n = 8 + ((size_t) __builtin_ctzll(m) >> 3);
		else if (!gb_word_byte[s[i + 16]])
			n = 16;
		else
			return false;
		key->w[1] = low_bytes(v1, n - 8);
	}
	*end = i + n;
	return true;
}

static ALWAYS_INLINE bool
word_span(const unsigned char *s, size_t len, size_t i, size_t *end, WordKey *key)
{
	size_t		j,
				n;

	if (likely(len - i >= 32))
		return word_span_wide(s, i, end, key);
	for (j = i; j < len && j <= i + WC_MAX && gb_word_byte[s[j]]; j++)
		;
	n = j - i;
	if (n > WC_MAX)
		return false;
	*end = j;
	memset(key, 0, sizeof(*key));
	memcpy(key->w, s + i, n);
	return true;
}

/*
 * A word's slot: the top bits of a multiplicative hash of its key, which
 * every bit of the key moves (an odd multiplier carries each bit upwards).
 */
static ALWAYS_INLINE WordEntry *
word_slot(const WordKey *k)
{
	uint64_t	h = (k->w[0] * UINT64_C(0x9E3779B97F4A7C15)) ^
		(k->w[1] * UINT64_C(0xC2B2AE3D27D4EB4F));

	return &word_cache[h >> (64 - WC_BITS)];
}

/* The cache's entry for a word, or NULL. */
static ALWAYS_INLINE const WordEntry *
word_lookup(const WordKey *k)
{
	const WordEntry *e = word_slot(k);

	if (e->raw.w[0] != k->w[0] || e->raw.w[1] != k->w[1])
		return NULL;
	return e;
}

#ifdef RUN_MASK
/*
 * Bit k set where s[k] is no word byte (gb_word_byte[] as SSE2 compares:
 * beyond ASCII, or an ASCII letter), for the 64 bytes from s.
 */
static ALWAYS_INLINE uint64_t
nonword_mask64(const unsigned char *s)
{
	uint64_t	m = 0;
	int			k;

	for (k = 0; k < 4; k++)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (s + 16 * k));
		__m128i		lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
		__m128i		letter = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
										   _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));

		m |= (uint64_t) (~_mm_movemask_epi8(_mm_or_si128(v, letter)) & 0xFFFF) << (16 * k);
	}
	return m;
}

/* nonword_mask64() for the core tests, which check it against gb_word_byte[] */
bool
gb_tok_run_mask(const unsigned char *s, uint64_t *mask)
{
	*mask = nonword_mask64(s);
	return true;
}
#else
bool
gb_tok_run_mask(const unsigned char *s, uint64_t *mask)
{
	return false;
}
#endif

#ifdef RUN_MASK

/* the bytes of a key's two words that a word of n bytes fills (n <= 16) */
static const uint64_t key_lo[17] = {
	0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF,
	0xFFFFFFFFFFFFFF, ~UINT64_C(0), ~UINT64_C(0), ~UINT64_C(0), ~UINT64_C(0),
	~UINT64_C(0), ~UINT64_C(0), ~UINT64_C(0), ~UINT64_C(0), ~UINT64_C(0)
};
static const uint64_t key_hi[17] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF,
	0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF, ~UINT64_C(0)
};

/*
 * word_span_wide() for a word at s[w] that nw, the mask of the 64 bytes from
 * s[base], covers up to its 17th byte: its end is the next bit, a shift and
 * a count away from where it starts.  In a run of cached words the start of
 * each word hangs on the end of the word before; the mask, made once for
 * several words, keeps that chain short.
 */
static ALWAYS_INLINE bool
word_span_masked(const unsigned char *s, size_t w, uint64_t nw, size_t base,
				 size_t *end, WordKey *key)
{
	uint64_t	m = nw >> (w - base);
	size_t		n;

	if ((m & 0x1FFFF) == 0)
		return false;			/* longer than 16 bytes */
	n = (size_t) __builtin_ctzll(m);
	key->w[0] = load64(s + w) & key_lo[n];
	key->w[1] = load64(s + w + 8) & key_hi[n];
	*end = w + n;
	return true;
}
#endif

/*
 * A closed token of the cached word e, s[i..end), with flags pending, and
 * the words after it one space apart or a space and an ASCII mark known as
 * a token ("Hà Nội, ngày"), while they are cached, up to stop (the next
 * interrupt check) and while the tokens have room: what the main loop's
 * white(), ascii_mark() and the cached word make of them, with the buffers'
 * ends and the tokens' end in locals for the run (the copies are of bytes,
 * which for the compiler may overwrite the GbDoc's fields).  No token is
 * open.  Returns where the run ends.
 */
static ALWAYS_INLINE size_t
cached_run(GbDoc *d, const WordEntry *e, uint16_t pending,
		   const unsigned char *s, size_t len, size_t i, size_t wend,
		   size_t stop, uint32_t obase)
{
	char	   *ndata,
			   *fdata;
	size_t		nlen,
				flen,
				room,
				limit = len > 34 ? len - 34 : 0;
	GbTok	   *t;
	WordKey		key = {{0, 0}};
#ifdef RUN_MASK
	uint64_t	nw = 0;			/* nonword_mask64() from s[base], */
	size_t		base = 0,
				covered = 0;	/* for words that start before this */
#endif

	if (unlikely(d->ntok == d->captok))
	{
		d->captok = d->captok ? d->captok * 2 : 1024;
		d->tok = gb_realloc(d->tok, sizeof(GbTok) * (size_t) d->captok);
	}
	ndata = d->norm.data;
	fdata = d->fold.data;
	nlen = d->norm.len;
	flen = d->fold.len;
	t = d->tok + d->ntok;
	room = (size_t) (d->captok - d->ntok) - 1;
	t->off = (uint32_t) nlen;
	t->len = e->len;
	t->fo = (uint32_t) flen;
	t->flen = e->flen;
	t->os = obase + (uint32_t) i;
	t->oe = obase + (uint32_t) wend;
	put_tail(t, e, pending);
	/*
	 * Both buffers have room for the rest of the input and 16 bytes more
	 * (see gb_doc_tokenize), and an entry's forms are no longer than the
	 * word as written: the whole 16 bytes can be copied.
	 */
	memcpy(ndata + nlen, e->norm.w, sizeof(e->norm));
	memcpy(fdata + flen, e->fold.w, sizeof(e->fold));
	nlen += e->len;
	flen += e->flen;
	t++;
	i = wend;

	/*
	 * 32 bytes from i + 2 for word_span_wide(): the main loop takes the
	 * last words.  A turn takes a byte or more for each token it makes, and
	 * may make two: bounding the bytes by the room for tokens but one bounds
	 * the tokens.
	 */
	if (limit > stop)
		limit = stop;
	if (room < 2)
		limit = 0;
	else if (limit > i + room - 1)
		limit = i + room - 1;
	while (i < limit)
	{
		size_t		w = i + 1;	/* where the next word starts */
		unsigned char c = s[i];
		uint32_t	elen,
					eflen;

		/*
		 * A mark ascii_mark() has taken before is one fast_cp() takes when
		 * a space follows (a segment's start): not a letter, digit or space.
		 */
		if (c != ' ')
		{
			if (c >= 0x80 || mark_group[c] == 0 || s[i + 1] != ' ')
				break;
			w = i + 2;
		}
		if (!gb_word_starts[s[w]])
			break;
#ifdef RUN_MASK
		if (w >= covered && w + 64 <= len)
		{
			base = w;
			nw = nonword_mask64(s + w);
			covered = w + 64 - 17;
		}
		if (w < covered ? !word_span_masked(s, w, nw, base, &wend, &key) :
			!word_span_wide(s, w, &wend, &key))
			break;
#else
		if (!word_span_wide(s, w, &wend, &key))
			break;
#endif
		if ((e = word_lookup(&key)) == NULL)
			break;
		if (c != ' ')
		{
			t->off = (uint32_t) nlen;
			t->len = 1;
			t->fo = (uint32_t) flen;
			t->flen = 1;
			t->os = obase + (uint32_t) i;
			t->oe = obase + (uint32_t) i + 1;
			t->hash = fold_hash((const char *) &c, 1);
			t->grp = (uint16_t) mark_group[c];
			t->flags = T_PUNCT | gb_dict_cues[t->grp];
			ndata[nlen++] = (char) c;
			fdata[flen++] = (char) c;
			t++;
		}
		elen = e->len;
		eflen = e->flen;
		ndata[nlen++] = ' ';
		t->off = (uint32_t) nlen;
		t->len = elen;
		t->fo = (uint32_t) flen;
		t->flen = eflen;
		t->os = obase + (uint32_t) w;
		t->oe = obase + (uint32_t) wend;
		put_tail(t, e, T_SPACE);
		/* room: as for the first word */
		memcpy(ndata + nlen, e->norm.w, sizeof(e->norm));
		memcpy(fdata + flen, e->fold.w, sizeof(e->fold));
		nlen += elen;
		flen += eflen;
		t++;
		i = wend;
	}
	d->norm.len = nlen;
	d->fold.len = flen;
	d->ntok = (int) (t - d->tok);
	return i;
}

/*
 * Remember the word token just closed, s[i..end) as written, with nupper
 * capitals.
 */
static void
word_to_cache(const GbDoc *d, const GbTok *t, size_t i, size_t end,
			  const WordKey *k, int nupper)
{
	WordEntry  *e = word_slot(k);
	size_t		n = end - i;

	if (n > WC_MAX || t->len > n || t->flen > n)
		return;					/* the fast path writes no more than it reads */
	if (t->flags & T_GLUED)
		return;					/* each one is to be split (glued.c) */
	/*
	 * "TWngày": split or not by the token before it (glued.c); any cut
	 * needs two capitals, a code's two first or one after a small letter
	 */
	if ((t->flags & (T_UPPER | T_ALLCAPS)) == T_UPPER && nupper > 1 && gb_glued_after_code(d, t))
		return;
	e->raw = *k;
	memset(&e->norm, 0, sizeof(e->norm));
	memcpy(e->norm.w, d->norm.data + t->off, t->len);
	memset(&e->fold, 0, sizeof(e->fold));
	memcpy(e->fold.w, d->fold.data + t->fo, t->flen);
	e->hash = t->hash;
	e->flags = T_WORD | (t->flags & (T_UPPER | T_ALLCAPS | T_ROMAN | T_CUES));
	e->grp = t->grp;
	e->len = (uint8_t) t->len;
	e->flen = (uint8_t) t->flen;
}

/* For tests: send everything through the normalizer (see gb_internal.h). */
bool		gb_tokenize_slow_only = false;

/*
 * Copy n bytes of the input: a short run as one 8-byte move when both the
 * input (src_avail bytes from src) and the buffer (dst_avail) have room.
 */
static inline void
copy_short(char *dst, size_t dst_avail, const unsigned char *src, size_t src_avail, size_t n)
{
	if (n <= 8 && dst_avail >= 8 && src_avail >= 8)
		memcpy(dst, src, 8);
	else
		memcpy(dst, src, n);
}

#ifdef RUN_MASK
/*
 * Bit b set where the flags of t[b], of 16 tokens, have any of mask's bits:
 * the lanes with none compare equal to zero, packed to a byte each.
 */
static ALWAYS_INLINE uint64_t
flag_mask16(__m128i lo, __m128i hi, uint16_t mask)
{
	__m128i		m = _mm_set1_epi16((short) mask),
				z = _mm_setzero_si128();
	__m128i		none = _mm_packs_epi16(_mm_cmpeq_epi16(_mm_and_si128(lo, m), z),
									   _mm_cmpeq_epi16(_mm_and_si128(hi, m), z));

	return ~(uint64_t) _mm_movemask_epi8(none) & 0xFFFF;
}
#endif

/*
 * The scans' marks of every token (GB_MARK_*, gb_next_marked()), without a
 * branch a token: the flags they read are final once the chunk is
 * tokenized (glued words split, lines unwrapped change only T_NL).  With
 * SSE2, sixteen tokens at a time: a token's three tests and shifts were
 * about 19 instructions, most of mark_tokens()'s 10.9M on 3 MB of
 * generated reports (stop 44).
 */
static void
mark_tokens(GbDoc *doc)
{
	int			nwords = (doc->ntok + 63) >> 6;

	if (doc->capmarks < nwords * GB_NMARKS)
	{
		gb_free(doc->marks);
		doc->capmarks = nwords * GB_NMARKS + 64;
		doc->marks = gb_malloc(sizeof(uint64_t) * (size_t) doc->capmarks);
	}
	for (int w = 0; w < nwords; w++)
	{
		uint64_t	meeting = 0,
					person = 0,
					doctype = 0;
		int			base = w << 6,
					n = doc->ntok - base < 64 ? doc->ntok - base : 64,
					b = 0;

#ifdef RUN_MASK
		for (; b + 16 <= n; b += 16)
		{
			const GbTok *t = doc->tok + base + b;
			__m128i		lo = _mm_set_epi16(t[7].flags, t[6].flags, t[5].flags, t[4].flags,
										   t[3].flags, t[2].flags, t[1].flags, t[0].flags);
			__m128i		hi = _mm_set_epi16(t[15].flags, t[14].flags, t[13].flags, t[12].flags,
										   t[11].flags, t[10].flags, t[9].flags, t[8].flags);

			meeting |= flag_mask16(lo, hi, T_CUE_MEETING | T_NUM) << b;
			person |= flag_mask16(lo, hi, T_UPPER | T_CUE_PERSON) << b;
			doctype |= flag_mask16(lo, hi, T_CUE_DOCTYPE) << b;
		}
#endif
		for (; b < n; b++)
		{
			uint16_t	f = doc->tok[base + b].flags;

			meeting |= (uint64_t) ((f & (T_CUE_MEETING | T_NUM)) != 0) << b;
			person |= (uint64_t) ((f & (T_UPPER | T_CUE_PERSON)) != 0) << b;
			doctype |= (uint64_t) ((f & T_CUE_DOCTYPE) != 0) << b;
		}
		doc->marks[w * GB_NMARKS + GB_MARK_MEETING] = meeting;
		doc->marks[w * GB_NMARKS + GB_MARK_PERSON] = person;
		doc->marks[w * GB_NMARKS + GB_MARK_DOCTYPE] = doctype;
	}
}

/*
 * Normalize and tokenize in one pass.  Text that normalization leaves alone
 * (ASCII and precomposed letters below U+2000, each followed by a code point
 * that starts a segment of its own) is tokenized straight from the input,
 * a run of letters or digits at a time; anything else, up to the next plain
 * ASCII character, goes through the normalizer, which feeds tok_cp() and
 * tok_ascii() with the same state.  The fast path writes no more than it
 * reads, so room for the rest of the input is made once, and again after
 * each stretch of the slow path.
 */
void
gb_doc_tokenize(GbDoc *doc, const char *in, size_t len, uint32_t obase)
{
	const unsigned char *s = (const unsigned char *) in;
	const char *fold_tab = gb_fold_table();
	TokState	st;
	GbSink		sink = {tok_cp, tok_ascii, NULL};
	size_t		i = 0,
				next_check = 0,
				wstart = SIZE_MAX,	/* a word the fast path may cache ... */
				wend = 0;		/* ... up to here, */
	WordKey		wkey;			/* ... and its key */

	gb_doc_reset(doc);
	memset(&st, 0, sizeof(st));
	st.doc = doc;
	st.cur = -1;
	sink.arg = &st;
	gb_buf_reserve(&doc->norm, len + 16);
	gb_buf_reserve(&doc->fold, len + 16);
	/*
	 * Room for the tokens of ordinary text at once (about one in 4.5 bytes
	 * in reports), rather than doubling up to it: what is not used is not
	 * touched.
	 */
	if ((size_t) doc->captok < len / 3 + 1024 && len / 3 + 1024 < INT_MAX / 2)
	{
		gb_free(doc->tok);
		doc->captok = (int) (len / 3 + 1024);
		doc->tok = gb_malloc(sizeof(GbTok) * (size_t) doc->captok);
	}
	if (gb_tokenize_slow_only)
		i = len, gb_normalize_stream(in, len, obase, &sink);
	while (i < len)
	{
		uint32_t	cp;
		int			n;
		uint8_t		cls;
		size_t		j;

		if (unlikely(i >= next_check))
		{
			gb_check_interrupts();
			next_check = i + 65536;
		}
		/* a space between words: the common case, before anything else */
		if (s[i] == ' ' && (i + 1 >= len || gb_lead_starts[s[i + 1]]))
		{
			white(&st, false);
			doc->norm.data[doc->norm.len++] = ' ';
			i++;
			continue;
		}
		/* a word seen before, after a space or punctuation */
		if (st.cur < 0 && (s[i] >= 0x80 || (gb_cp_class[s[i]] & GB_CP_LETTER)))
		{
			if (word_span(s, len, i, &wend, &wkey))
			{
				const WordEntry *e = word_lookup(&wkey);

				wstart = SIZE_MAX;
				if (e != NULL)
				{
					/* and the words after it, while cached */
					i = cached_run(doc, e, st.pending, s, len, i, wend,
								   next_check, obase);
					st.pending = 0;
					st.newlines = 0;
					continue;
				}
				wstart = i;		/* the letter runs below may cache it */
			}
		}
		cls = fast_cp(s, len, i, &cp, &n);
		if (unlikely(cls == 0))
		{
			/* through the normalizer, up to plain ASCII */
			for (j = i + 1; j < len && !gb_region_end(s, j); j++)
				;
			if (j - i > 65536)
				gb_normalize_stream(in + i, j - i, obase + (uint32_t) i, &sink);
			else
				gb_normalize_region(in + i, j - i, obase + (uint32_t) i, &sink);
			wstart = SIZE_MAX;	/* the fast path did not take the word whole */
			i = j;
			gb_buf_reserve(&doc->norm, len - i + 16);
			gb_buf_reserve(&doc->fold, len - i + 16);
			continue;
		}
		if (cls & GB_CP_LETTER)
		{
			char	   *fold,
					   *norm;
			size_t		start;
			int			nletters = 0,
						nupper = 0;

			if (st.cur >= 0 && st.cur_kind != T_WORD)
				close_token(&st);
			if (st.cur < 0)
			{
				open_token(&st, T_WORD, obase + (uint32_t) i);
				if (cls & GB_CP_UPPER)
					doc->tok[st.cur].flags |= T_UPPER;
			}
			/*
			 * Output is the input's bytes, copied a stretch at a time, except
			 * where fast_cp() rewrote a code point.  fast_cp() took the first
			 * letter; the loop takes the next ones on a cheaper test, and
			 * checks that a letter starts no segment with marks only when it
			 * sees what follows: if marks follow, it gives the letter back to
			 * fast_cp().
			 */
			fold = doc->fold.data + doc->fold.len;
			norm = doc->norm.data + doc->norm.len;
			start = i;
			for (;;)
			{
				char		f = fold_tab[cp];
				char	   *fold_before = fold;
				unsigned char b;

				if (f)
					*fold++ = f;
				else
					fold = put_utf8(fold, cp);
				if (unlikely(cls & REWRITTEN))
				{
					memcpy(norm, s + start, i - start);
					norm = put_utf8(norm + (i - start), cp);
					start = i + n;
				}
				nletters++;
				nupper += (cls >> 3) & 1;	/* GB_CP_UPPER */
				i += n;
				if (i >= len)
					break;
				b = s[i];
				if (b < 0x80)
				{
					cls = gb_cp_class[b];
					if (!(cls & GB_CP_LETTER))
						break;
					cp = b;
					n = 1;
					continue;
				}
				if (b >= 0xC3 && b < 0xE0 && gb_lead_starts[b])
				{
					/* every code point after this byte starts a segment */
					if (i + 1 >= len || (s[i + 1] & 0xC0) != 0x80)
						break;
					cp = ((b & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
					n = 2;
				}
				else if (b == 0xE1 && i + 2 < len && gb_e1_starts[s[i + 1]] &&
						 (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80)
				{
					cp = 0x1000u | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
					n = 3;
				}
				else
				{
					if (!gb_next_starts_segment(s + i, len - i))
					{
						/* marks on the letter just taken: give it back */
						i -= n;
						fold = fold_before;
						nletters--;
						nupper -= (gb_cp_class[cp] >> 3) & 1;
						break;
					}
					if (!((cls = fast_cp(s, len, i, &cp, &n)) & GB_CP_LETTER))
						break;
					continue;
				}
				cls = gb_cp_class[cp];
				if ((cls & (GB_CP_SIMPLE | GB_CP_LETTER)) != (GB_CP_SIMPLE | GB_CP_LETTER))
					break;
			}
			copy_short(norm, doc->norm.cap - (norm - doc->norm.data),
					   s + start, len - start, i - start);
			norm += i - start;
			st.nletters += nletters;
			st.nupper += nupper;
			doc->norm.len = norm - doc->norm.data;
			doc->fold.len = fold - doc->fold.data;
			doc->tok[st.cur].oe = obase + (uint32_t) i;
			/*
			 * The fast path took the word word_span() saw whole, in one run
			 * or more (NFD letters come one at a time): an ASCII non-letter
			 * or the end follows, which closes the token anyway.  Close it
			 * now and remember it.
			 */
			if (i == wend && wstart != SIZE_MAX &&
				doc->tok[st.cur].os == obase + (uint32_t) wstart)
			{
				int			k = st.cur;

				close_token(&st);
				word_to_cache(doc, &doc->tok[k], wstart, wend, &wkey, st.nupper);
			}
		}
		else if (cp >= '0' && cp <= '9')
		{
			size_t		start = i;

			if (st.cur >= 0 && st.cur_kind != T_NUM)
				close_token(&st);
			if (st.cur < 0)
				open_token(&st, T_NUM, obase + (uint32_t) i);
			i += n;				/* fast_cp() took this one */
			while (i < len && s[i] >= '0' && s[i] <= '9' &&
				   (i + 1 >= len || s[i + 1] < 0x80 ||
					gb_next_starts_segment(s + i + 1, len - i - 1)))
				i++;
			copy_short(doc->norm.data + doc->norm.len, doc->norm.cap - doc->norm.len,
					   s + start, len - start, i - start);
			copy_short(doc->fold.data + doc->fold.len, doc->fold.cap - doc->fold.len,
					   s + start, len - start, i - start);
			doc->norm.len += i - start;
			doc->fold.len += i - start;
			doc->tok[st.cur].oe = obase + (uint32_t) i;
		}
		else if (cp == ' ' || cp == '\n')
		{
			white(&st, cp == '\n');
			if (cp == '\n')
				note_line_end(doc, obase + (uint32_t) i);
			doc->norm.data[doc->norm.len++] = (char) cp;
			i += n;
		}
		else
		{
			/* any other character is a token of its own */
			uint32_t	os = obase + (uint32_t) i;

			close_token(&st);
			if (cp < 0x80)
				ascii_mark(&st, (unsigned char) cp, os, os + (uint32_t) n);
			else
			{
				open_token(&st, T_PUNCT, os);
				doc->tok[st.cur].oe = os + (uint32_t) n;
				doc->norm.len = put_utf8(doc->norm.data + doc->norm.len, cp) - doc->norm.data;
				doc->fold.len = put_utf8(doc->fold.data + doc->fold.len, cp) - doc->fold.data;
				close_token(&st);
			}
			i += n;
		}
	}
	close_token(&st);
	/*
	 * The folded text NUL-terminated, and with 8 bytes of zeros after it,
	 * which tok_is() reads as one word: before gb_split_glued() and
	 * gb_unwrap(), which ask tok_is() (neither writes the folded text)
	 */
	gb_buf_reserve(&doc->fold, 9);
	memset(doc->fold.data + doc->fold.len, 0, 9);
	gb_split_glued(doc, in, obase);
	gb_unwrap(doc, in, len, obase);
	/* the normalized text NUL-terminated too, for string helpers */
	gb_buf_putc(&doc->norm, '\0');
	doc->norm.len--;
	mark_tokens(doc);
}

void
gb_doc_free(GbDoc *doc)
{
	gb_free(doc->norm.data);
	gb_free(doc->fold.data);
	gb_free(doc->tok);
	gb_free(doc->nl);
	gb_free(doc->marks);
	memset(doc, 0, sizeof(*doc));
}

/* ---- helpers over tokens ------------------------------------------------ */

/*
 * Whether the dot at k ends "TW" or "T.Ư", the centre's abbreviation, or
 * "TƯ", "TU", "HU", a committee's ("Văn phòng TU. Đồng chí ..."), with no
 * "Đảng" after it that goes on the name.
 */
static bool
central_abbrev_end(const GbDoc *d, int k)
{
	if (tok_is(d, k + 1, "dang"))
		return false;
	return gb_dict_match(d, k - 1, CAT_PLENUMBODY, NULL) == 1 ||
		(k >= 4 && gb_dict_match(d, k - 3, CAT_PLENUMBODY, NULL) == 3) ||
		gb_committee_abbrev(d->fold.data + d->tok[k - 1].fo, d->tok[k - 1].flen) != NULL;
}

/*
 * Whether the dot at k ends a Roman numeral that counts a lower-case noun,
 * "khóa XV.", "Cụm thi đua số III.", "lần thứ X.": a number, whose dot ends
 * the sentence as a digit's would.  A lone letter after an honorific, "ông
 * V. Putin", is an initial.
 */
static bool
roman_number_end(const GbDoc *d, int k)
{
	if (k < 2 || !tok_has(d, k - 1, T_ROMAN) ||
		!tok_has(d, k - 2, T_WORD) || tok_has(d, k - 2, T_UPPER))
		return false;
	return d->tok[k - 1].len > 1 ||
		gb_dict_match(d, k - 2, CAT_HONORIFIC, NULL) != 1;
}

/*
 * Whether the dot at k ends a degree's abbreviation in mixed case or
 * longer than three capitals, "ThS.", "Ths.", "BSCKII.", which stands
 * before a name ("ThS. Nguyễn Văn A, Phó Giám đốc ...") and ends no
 * sentence, as "TS." and "BS." do not (gb_sentence_break_at()).  A degree
 * counted or named as a noun ends one: "có 5 TS, 20 ThS. Đồng chí A ...",
 * "... trình độ ThS. Đồng chí B ...".
 */
static bool
degree_abbrev_end(const GbDoc *d, int k)
{
	return (tok_is(d, k - 1, "ths") || tok_is(d, k - 1, "bscki") || tok_is(d, k - 1, "bsckii") ||
		 tok_is(d, k - 1, "ckii")) &&
		!(k >= 2 && (d->tok[k - 2].flags & T_NUM)) &&
		gb_dict_match(d, k + 1, CAT_HONORIFIC, NULL) == 0;
}

bool
gb_sentence_break_at(const GbDoc *d, int i)
{
	if (i <= 0 || i >= d->ntok)
		return true;
	if (d->tok[i].flags & T_NL)
		return true;
	if ((d->tok[i].flags & T_SPACE) &&
		(tok_punct(d, i - 1, '.') || tok_punct(d, i - 1, '!') || tok_punct(d, i - 1, '?')))
	{
		/*
		 * "TP. Long Xuyên" is an abbreviation, not a sentence end; "TW.",
		 * "T.Ư." (Trung ương) end a body's name, their dot the sentence's
		 * too: "... Đảng ủy Công an T.Ư. Đại tướng Tô A chủ trì"; so does a
		 * Roman numeral's, "khóa XV. Đồng chí ..."
		 */
		if (i >= 2 && tok_punct(d, i - 1, '.') &&
			(((d->tok[i - 2].flags & T_ALLCAPS) && d->tok[i - 2].len <= 3 &&
			  !central_abbrev_end(d, i - 1) && !roman_number_end(d, i - 1)) ||
			 ((d->tok[i - 2].flags & T_UPPER) && degree_abbrev_end(d, i - 1))))
			return false;
		if ((d->tok[i].flags & (T_UPPER | T_NUM)) != 0 || tok_punct(d, i, '-'))
			return true;

		/*
		 * "... trước năm 2030. (4) Báo cáo sơ kết ...": an enumerator "(N)"
		 * after the stop opens the list's next item, as "4." or "4)" does
		 * (stop 44, probe bb BB5)
		 */
		return tok_punct(d, i, '(') && i + 2 < d->ntok && (d->tok[i + 1].flags & T_NUM) &&
			d->tok[i + 1].flen <= 2 && tok_punct(d, i + 2, ')');
	}

	/*
	 * "chúc mừng đại hội.Đoàn Chủ tịch điều hành": a caption run into the
	 * text, its space lost; a full stop right after a lower-case word of the
	 * prose or a year ("nhiệm kỳ 2025-2030.Đoàn Chủ tịch ...") and right
	 * before a capital ends the sentence all the same.  Abbreviations
	 * ("TP.HCM", "Tp.Hồ Chí Minh", "q.Bình Thạnh") start with a capital or
	 * are shorter; "baochinhphu.vn" has no capital after it; a code's letters
	 * after a number ("16.NQ") are all capitals.
	 */
	if (i >= 2 && (d->tok[i].flags & (T_WORD | T_UPPER | T_SPACE)) == (T_WORD | T_UPPER) &&
		tok_punct(d, i - 1, '.') && !(d->tok[i - 1].flags & T_SPACE) &&
		(((d->tok[i - 2].flags & (T_WORD | T_UPPER)) == T_WORD && d->tok[i - 2].flen >= 3) ||
		 ((d->tok[i - 2].flags & T_NUM) && d->tok[i - 2].flen == 4 && !(d->tok[i].flags & T_ALLCAPS))))
		return true;
	return false;
}

char *
gb_span_text(const GbDoc *d, int from, int to)
{
	const char *s;
	size_t		n,
				k,
				o = 0;
	char	   *out;
	bool		sp = false;

	if (from >= to || from < 0 || to > d->ntok)
		return NULL;
	s = d->norm.data + d->tok[from].off;
	n = d->tok[to - 1].off + d->tok[to - 1].len - d->tok[from].off;
	out = gb_arena_alloc_raw(d->arena, n + 1);

	/*
	 * Line breaks and runs of spaces inside a phrase become one space.  The
	 * text between single spaces is copied as it is: most spans have no
	 * other, and the span starts and ends with a token.
	 */
	k = 0;
	while (k + 16 <= n)
	{
		/*
		 * 16 bytes at a time while none is a line end or a space before a
		 * space (s[n] may be read: a token or the terminating NUL is there)
		 */
		GbBytes16	v,
					w,
					hit;
		uint64_t	lo,
					hi;

		memcpy(&v, s + k, 16);
		memcpy(&w, s + k + 1, 16);
		hit = (GbBytes16) ((v == '\n') | ((v == ' ') & (w == ' ')));
		memcpy(&lo, &hit, 8);
		memcpy(&hi, (const char *) &hit + 8, 8);
		if ((lo | hi) != 0)
			break;
		k += 16;
	}
	for (; k < n && s[k] != '\n' && !(s[k] == ' ' && s[k + 1] == ' '); k++)
		;
	memcpy(out, s, k);
	o = k;
	if (k > 0 && s[k] == '\n' && s[k - 1] == ' ')
	{
		o--;
		sp = true;
	}
	for (; k < n; k++)
	{
		char		c = s[k];

		if (c == ' ' || c == '\n')
		{
			sp = true;
			continue;
		}
		if (sp && o > 0)
			out[o++] = ' ';
		sp = false;
		out[o++] = c;
	}
	out[o] = '\0';
	return out;
}

int
gb_tok_int(const GbDoc *d, int i)
{
	const GbTok *t = &d->tok[i];
	const char *s = d->norm.data + t->off;
	long		v = 0;
	uint32_t	k;

	for (k = 0; k < t->len; k++)
	{
		v = v * 10 + (s[k] - '0');
		if (v > INT_MAX / 10)
			return INT_MAX / 10;
	}
	return (int) v;
}

static const char *const romans[] = {
	"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
	"XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
	"XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII",
	"XXIX", "XXX"
};

/* the lengths of romans[0..9], the units */
static const uint8_t unit_len[10] = {0, 1, 2, 3, 2, 1, 2, 3, 4, 2};

/*
 * The value of romans[] that s is, or 0: up to three tens "X", then one of
 * the units, none of which starts with an X, up to XXX.  Comparing the units alone
 * costs a tenth of comparing all 30 (the rules ask of every numeral they
 * read, the tokenizer of every all-capital word).
 */
int
gb_roman_value(const char *s, size_t n)
{
	size_t		k = 0;
	int			u;

	if (n == 0 || n > 6)
		return 0;
	while (k < n && k < 3 && s[k] == 'X')
		k++;
	for (u = 0; u < 10; u++)
		if (unit_len[u] == n - k && memcmp(romans[u], s + k, n - k) == 0)
			return (int) k * 10 + u <= 30 ? (int) k * 10 + u : 0;
	return 0;
}

const char *
gb_roman(int n)
{

	return (n >= 1 && n <= 30) ? romans[n] : NULL;
}
