/*
 * gb_internal.h
 *	  Shared machinery of the extraction core: allocation, the normalizing
 *	  tokenizer, the phrase dictionary and small text helpers.
 */
#ifndef GB_INTERNAL_H
#define GB_INTERNAL_H

#include <stdbool.h>
#include <string.h>
#include "gb_core.h"

/* ---- allocation -------------------------------------------------------- */

extern void *gb_malloc(size_t n);
extern void *gb_realloc(void *p, size_t n);
extern void gb_free(void *p);
extern void gb_check_interrupts(void);

/* An arena: results and per-document scratch, freed at once. */
typedef struct GbArena
{
	struct GbArenaBlock *head;
} GbArena;

extern GbArena *gb_arena_new(void);
extern void *gb_arena_alloc(GbArena *a, size_t n);
/* not zeroed: for a string its caller fills */
extern void *gb_arena_alloc_raw(GbArena *a, size_t n);
extern char *gb_arena_strndup(GbArena *a, const char *s, size_t n);
extern char *gb_arena_strdup(GbArena *a, const char *s);
/* the strings given, up to a NULL, one after the other */
extern char *gb_arena_concat(GbArena *a,...) __attribute__((sentinel));
extern void gb_arena_free(GbArena *a);

/* A growable byte buffer (allocator-backed, not arena). */
typedef struct GbBuf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} GbBuf;

extern void gb_buf_reserve(GbBuf *b, size_t extra);
extern void gb_buf_append(GbBuf *b, const char *s, size_t n);
extern void gb_buf_putc(GbBuf *b, char c);
extern void gb_buf_put_cp(GbBuf *b, uint32_t cp);

/* ---- UTF-8 ------------------------------------------------------------- */

/* Decode one code point at s[*i], advancing *i; bad bytes give U+FFFD. */
extern uint32_t gb_utf8_next(const unsigned char *s, size_t len, size_t *i);
extern int	gb_utf8_encode(uint32_t cp, char *out);

/* ---- normalization ----------------------------------------------------- */

/*
 * The normalizer feeds a sink: plain ASCII text (printable characters and
 * line feeds, unchanged by normalization) in runs, everything else one
 * output code point at a time with the original byte offsets [ostart, oend)
 * that produced it.  Tone placement is the sink's to fix, at the end of each
 * word, with gb_fix_tone().
 */
typedef struct GbSink
{
	void		(*cp) (void *arg, uint32_t cp, uint32_t ostart, uint32_t oend);
	void		(*ascii) (void *arg, const char *s, size_t n, uint32_t ostart);
	void	   *arg;
} GbSink;

/*
 * Normalize in[0..len) and feed the sink; offsets are counted from
 * obase (the original offset of in[0]).
 */
extern void gb_normalize_stream(const char *in, size_t len, uint32_t obase,
								const GbSink *sink);

/*
 * Canonical tone placement of one word, UTF-8 in place ("hoá" -> "hóa",
 * "uỷ" -> "ủy"); returns the new length, which may be shorter ("uỳ" -> "ùy").
 */
extern size_t gb_fix_tone(char *word, size_t len);

/*
 * A stretch that starts at a segment boundary and ends before plain ASCII
 * (not a \n after \r), normalized without checking for interrupts.
 */
extern void gb_normalize_region(const char *in, size_t len, uint32_t obase,
								const GbSink *sink);

/*
 * Facts about code points below U+2000 for the tokenizer's fast path.
 * GB_CP_SIMPLE: normalization passes it on unchanged when the code point
 * after it starts a segment of its own, which GB_CP_START says (for code
 * points from U+2000 on, gb_starts_segment()).
 */
#define GB_CP_SIMPLE	0x01
#define GB_CP_START		0x02
#define GB_CP_LETTER	0x04
#define GB_CP_UPPER		0x08
#define GB_CP_TONED		0x10	/* a, e or y with a tone: see gb_fix_tone() */
extern uint8_t gb_cp_class[0x2000];
/*
 * 1 for a first byte all of whose code points are GB_CP_START (ASCII, most
 * two-byte leads), and for second bytes after E1 likewise.
 */
extern uint8_t gb_lead_starts[256];
/* What normalization makes of a stand-in below U+2040 (NBSP, dashes), or 0. */
extern uint16_t gb_cp_subst[0x2040];
/* NFC of a letter and 1-3 combining marks if it is one code point, or 0. */
extern uint32_t gb_compose(uint32_t base, const uint32_t *marks, int nmarks);
extern uint8_t gb_e1_starts[256];
/* 1 for an ASCII letter and for every byte beyond ASCII. */
extern uint8_t gb_word_byte[256];
/* Both: a word's first byte, all of whose code points start a segment. */
extern uint8_t gb_word_starts[256];

/*
 * Bit 7 of each byte of v set where the byte is no word byte: ASCII but no
 * letter (gb_word_byte[] as a formula: the core tests check they agree).
 */
static inline uint64_t
gb_nonword_bytes(uint64_t v)
{
	const uint64_t hi = UINT64_C(0x8080808080808080);
	uint64_t	y = (v | UINT64_C(0x2020202020202020)) & ~hi;	/* 7 bits, lower case */
	uint64_t	ge_a = (y + UINT64_C(0x1F1F1F1F1F1F1F1F)) & hi; /* >= 'a' */
	uint64_t	gt_z = (y + UINT64_C(0x0505050505050505)) & hi; /* > 'z' */

	return ~(v | (ge_a & ~gt_z)) & hi;
}


extern bool gb_starts_segment(uint32_t cp);
/* Folded ASCII letter or digit of each code point below U+2000, or 0. */
extern const char *gb_fold_table(void);
/* gb_fold() into out without allocating, or -1: see normalize.c */
extern int gb_fold_into(const char *in, size_t len, char *out, size_t size);

/* Whether the code point at p starts a normalization segment of its own. */
static inline bool
gb_next_starts_segment(const unsigned char *p, size_t rem)
{
	size_t		k = 0;

	if (gb_lead_starts[p[0]] || (p[0] == 0xE1 && rem >= 2 && gb_e1_starts[p[1]]))
		return true;
	if (p[0] >= 0xC2 && p[0] < 0xE0 && rem >= 2 && (p[1] & 0xC0) == 0x80)
		return (gb_cp_class[((p[0] & 0x1F) << 6) | (p[1] & 0x3F)] & GB_CP_START) != 0;
	if (p[0] == 0xE1 && rem >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
		return (gb_cp_class[0x1000 | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F)] & GB_CP_START) != 0;
	return gb_starts_segment(gb_utf8_next(p, rem, &k));
}

/* Plain ASCII that ends a stretch of the slow path: see gb_normalize_region. */
static inline bool
gb_region_end(const unsigned char *s, size_t j)
{
	return s[j] < 0x80 && (gb_cp_class[s[j]] & GB_CP_SIMPLE) &&
		!(s[j] == '\n' && s[j - 1] == '\r');
}

/* Folding of one normalized code point: 0 if it is not a letter or digit. */
extern char gb_fold_letter(uint32_t cp);
extern bool gb_is_upper(uint32_t cp);
/* A code point as normalization takes it before NFC (stand-ins replaced), or 0 if dropped. */
extern uint32_t gb_unify(uint32_t cp);
extern bool gb_is_letter(uint32_t cp);
extern bool gb_is_mark(uint32_t cp);
extern void gb_tables_init(void);

/* ---- tokens ------------------------------------------------------------ */

#define T_WORD			0x0001	/* letters */
#define T_NUM			0x0002	/* ASCII digits */
#define T_PUNCT			0x0004	/* one other character */
#define T_SPACE			0x0008	/* white space before it */
#define T_NL			0x0010	/* a line break before it */
#define T_PARA			0x0020	/* a blank line before it */
#define T_UPPER			0x0040	/* first letter upper case */
#define T_ALLCAPS		0x0080	/* every letter upper case (and >= 1) */
#define T_ROMAN			0x0100	/* upper-case Roman numeral I..L */
#define T_GLUED			0x0200	/* two syllables glued: "TrịnhĐình" (glued.c);
								 * only between the tokenizer's pass and
								 * gb_split_glued() */
#define T_HANDWRAP		0x0400	/* a line end broken by hand, read as a space,
								 * before it (unwrap.c) */
/*
 * Flags a token takes from its dictionary group (gb_dict_cues), for the
 * scans that look at every token for where a family of rules may start: a
 * test of the token's flags, which the scan reads anyway, rather than of
 * its group's categories in a table beside it.  Each only filters: the
 * scan asks the group's categories of a token that has one.  The
 * categories behind each are CUE_*_CATS of gazetteer.h.
 */
#define T_CUE_PERSON	0x0800	/* a person in lower case: honorific, rank */
#define T_CUE_DOCTYPE	0x1000	/* a document's type */
#define T_CUE_MEETING	0x2000	/* a meeting's fact met token by token */
#define T_CUES			(T_CUE_PERSON | T_CUE_DOCTYPE | T_CUE_MEETING)

typedef struct GbTok
{
	uint32_t	off;			/* byte offset in the normalized text */
	uint32_t	len;			/* bytes */
	uint32_t	fo;				/* offset in the folded text */
	uint32_t	flen;			/* folded bytes */
	uint32_t	os;				/* original start, byte offset */
	uint32_t	oe;				/* original end, byte offset */
	uint32_t	hash;			/* hash of the folded form */
	uint16_t	flags;
	uint16_t	grp;			/* 1 + dictionary group of its first word, or 0 */
} GbTok;

/* One chunk of a document, normalized and tokenized. */
/* A line end as the tokenizer met it (see unwrap.c). */
typedef struct GbLineEnd
{
	uint32_t	os;				/* its original offset, in the chunk */
	uint32_t	norm;			/* where its '\n' is in the normalized text */
	int			tok;			/* the token after it (ntok at the time) */
} GbLineEnd;

typedef struct GbDoc
{
	GbBuf		norm;			/* normalized UTF-8 */
	GbBuf		fold;			/* folded form of each token, concatenated */
	GbTok	   *tok;
	int			ntok;
	int			captok;
	GbArena    *arena;			/* results */
	const char *orig;			/* the caller's whole text */
	GbBuf	   *mentions;		/* GbMentionRec[], or NULL when not wanted */
	GbDate		published;
	GbDate		head_published; /* the head's publication date, when the caller gives none */
	bool		first_chunk;
	bool		last_chunk;
	GbLineEnd  *nl;				/* the chunk's line ends, in order */
	int			nnl;
	int			capnl;
	bool		has_glued;		/* a T_GLUED word in the chunk: set by the
								 * tokenizer, which splits such words
								 * (glued.c) before any other reader, so
								 * their seams are read for lost line
								 * ends (unwrap.c) */
	struct GbMeetMemo *memo;	/* the meeting's look-ups by token, inside
								 * gb_meet_chunk() only; else NULL */
	uint64_t   *marks;			/* GB_NMARKS bits a token: gb_next_marked() */
	int			capmarks;
} GbDoc;

/*
 * The tokens the extractors' scans stop at, one bit a token in words of
 * 64 (GB_NMARKS words a 64 tokens), set by gb_doc_tokenize() from flags
 * that nothing changes after it: a meeting's cue or a number, a capital or
 * a person's cue, a document type's cue.  gb_next_marked() finds the next
 * one with a count of trailing zeros, not a loop over the tokens whose
 * end, a few tokens on, no branch predictor foresees (stop 36).
 */
#define GB_MARK_MEETING	0		/* T_CUE_MEETING | T_NUM */
#define GB_MARK_PERSON	1		/* T_UPPER | T_CUE_PERSON */
#define GB_MARK_DOCTYPE	2		/* T_CUE_DOCTYPE */
#define GB_NMARKS		3

/* gb_extract() flag for the core itself: leave spans as byte offsets. */
#define GB_BYTE_OFFSETS			0x100

/* A mention as the extractors note it; keys are filled in at the end. */
#define GB_MENTION_CITATION		1
#define GB_MENTION_OFFICIAL		2
#define GB_MENTION_DATE			3
#define GB_MENTION_BRIDGE		4

typedef struct GbMentionRec
{
	int			kind;
	int			idx;			/* citation or official index, or -1 */
	const char *key;			/* for dates and bridge points */
	uint32_t	os,
				oe;				/* original byte offsets */
} GbMentionRec;

static inline void
gb_note_mention(GbDoc *d, int kind, int idx, const char *key, uint32_t os, uint32_t oe)
{
	GbMentionRec r;

	if (d->mentions == NULL)
		return;
	r.kind = kind;
	r.idx = idx;
	r.key = key;
	r.os = os;
	r.oe = oe;
	gb_buf_append(d->mentions, (const char *) &r, sizeof(r));
}

extern void gb_doc_tokenize(GbDoc *doc, const char *in, size_t len, uint32_t obase);
/*
 * The tokenizer's 64-byte mask of non-word bytes (SSE2) for the 64 bytes
 * from s, for the core tests; false where the build has no such mask.
 */
extern bool gb_tok_run_mask(const unsigned char *s, uint64_t *mask);

/*
 * The tokenizer takes text that normalization leaves alone straight from
 * the input.  Tests set this to send everything through the normalizer and
 * check that the tokens (and gb_fold()) are the same.
 */
extern bool gb_tokenize_slow_only;

/*
 * extract.c: the size of a chunk, GB_CHUNK_BYTES.  Tests set it to check that
 * the answer does not depend on where a document is cut.
 */
extern size_t gb_chunk_bytes;

/* unwrap.c */
extern void gb_unwrap(GbDoc *doc, const char *in, size_t len, uint32_t obase);
/* A line end before x that a copy lost, run-together headlines' (unwrap.c). */
extern bool gb_lost_line_end(const GbDoc *d, int x);
extern bool gb_wrap_word(const GbDoc *d, int k);
/* glued.c: words glued by a lost space ("TrịnhĐình"), noted and split */
extern bool gb_glued_word(const GbDoc *d, const GbTok *t);
extern bool gb_glued_after_code(const GbDoc *d, const GbTok *t);
extern void gb_split_glued(GbDoc *doc, const char *in, uint32_t obase);
extern bool gb_is_syllable(const char *s, size_t n);
extern void gb_doc_reset(GbDoc *doc);
extern void gb_doc_free(GbDoc *doc);

extern uint32_t gb_hash(const char *s, size_t n);

static inline const char *
tok_fold(const GbDoc *d, int i)
{
	return d->fold.data + d->tok[i].fo;
}

/*
 * For the token and dictionary tests every extractor calls in its inner
 * loops: small enough that a call costs more than the test, and called
 * from enough places that the compiler's heuristics stop inlining them as
 * the extractors grow.
 */
#define GB_HOT_INLINE static inline __attribute__((always_inline))

/*
 * 16 bytes, as the compiler's vector extension has them (SSE2 on x86-64):
 * the byte scans of extract.c and tokenize.c
 */
typedef signed char GbBytes16 __attribute__((vector_size(16)));

/*
 * Whether i is a token of d: one unsigned compare for the two of
 * "i >= 0 && i < d->ntok" (ntok is never negative, so a negative i is
 * above it as unsigned), a branch less in every token test (stop 44).
 */
GB_HOT_INLINE bool
tok_in(const GbDoc *d, int i)
{
	return (unsigned int) i < (unsigned int) d->ntok;
}

GB_HOT_INLINE bool
tok_is(const GbDoc *d, int i, const char *folded)
{
	const GbTok *t;
	size_t		n;

	if (!tok_in(d, i))
		return false;
	t = &d->tok[i];
	n = strlen(folded);

	/*
	 * A word given as a literal of 1 to 7 bytes (the rules' are all 1 to
	 * 6; at 8 the mask's shift would be 64): one load of 8 bytes (the
	 * folded text has 8 bytes of padding after its last token,
	 * gb_doc_tokenize()), compared under a mask with the word as a
	 * constant, and the length, without a branch between the two: which
	 * word a token is, is what the rules cannot predict, and the branches
	 * of the length test and of memcmp() were the core's most
	 * mispredicted (stop 36)
	 */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (__builtin_constant_p(n) && n >= 1 && n <= 7)
	{
		uint64_t	w,
					lit = 0;

#pragma GCC unroll 8
		for (size_t k = 0; k < n; k++)
			lit |= (uint64_t) (unsigned char) folded[k] << (8 * k);
		memcpy(&w, d->fold.data + t->fo, 8);
		return (t->flen == n) & (((w ^ lit) & (((uint64_t) 1 << (8 * n)) - 1)) == 0);
	}
#endif
	return t->flen == n && memcmp(d->fold.data + t->fo, folded, n) == 0;
}

GB_HOT_INLINE bool
tok_punct(const GbDoc *d, int i, char c)
{
	const GbTok *t;

	if (!tok_in(d, i))
		return false;
	t = &d->tok[i];
	/* one branch for the three tests (every token's text is readable) */
	return ((t->flags & T_PUNCT) != 0) & (t->len == 1) & (d->norm.data[t->off] == c);
}

GB_HOT_INLINE bool
tok_has(const GbDoc *d, int i, uint16_t flag)
{
	return tok_in(d, i) && (d->tok[i].flags & flag) != 0;
}

/* The first token in [k, stop) with mark c (GB_MARK_*), or stop. */
GB_HOT_INLINE int
gb_next_marked(const GbDoc *d, int c, int k, int stop)
{
	int			w;
	uint64_t	bits;

	if (k >= stop)
		return stop;
	w = k >> 6;
	bits = d->marks[w * GB_NMARKS + c] & (~(uint64_t) 0 << (k & 63));
	while (bits == 0)
	{
		if (++w >= (stop + 63) >> 6)
			return stop;
		bits = d->marks[w * GB_NMARKS + c];
	}
	k = (w << 6) + __builtin_ctzll(bits);
	return k < stop ? k : stop;
}

/* Whether token k is a list's mark: "- ", "* ", "+ ", "• " */
static inline bool
gb_list_mark(const GbDoc *d, int k)
{
	return tok_has(d, k, T_PUNCT) &&
		(tok_punct(d, k, '-') || tok_punct(d, k, '*') || tok_punct(d, k, '+') ||
		 (d->tok[k].len == 3 && memcmp(d->norm.data + d->tok[k].off, "\xe2\x80\xa2", 3) == 0));
}

/* Whether every word of tokens [b, e) is in capitals ("THỜI SỰ"). */
static inline bool
gb_all_caps(const GbDoc *d, int b, int e)
{
	for (; b < e; b++)
		if ((d->tok[b].flags & (T_WORD | T_ALLCAPS)) == T_WORD)
			return false;
	return true;
}

/*
 * Whether word token k is the second part of a word split where a lost
 * space was (gb_split_glued(): "NguyênKỷ"): it starts where the word
 * before it ends in the original text, which no two words of a text with
 * its spaces do.
 */
static inline bool
gb_glued_join(const GbDoc *d, int k)
{
	return k > 0 && k < d->ntok && (d->tok[k].flags & T_WORD) && (d->tok[k - 1].flags & T_WORD) &&
		d->tok[k].os == d->tok[k - 1].oe;
}

/* Sentence end before token i: '.', '!', '?' then upper case, or a line break. */
extern bool gb_sentence_break_at(const GbDoc *d, int i);

/* The common answer inline: no line break, no space or capital after punctuation. */
static inline bool
gb_sentence_break(const GbDoc *d, int i)
{
	if (i > 0 && i < d->ntok && !(d->tok[i].flags & T_NL) &&
		(!(d->tok[i - 1].flags & T_PUNCT) ||
		 (!(d->tok[i].flags & T_SPACE) &&
		  (!(d->tok[i].flags & T_UPPER) || d->norm.data[d->tok[i - 1].off] != '.'))))
		return false;
	return gb_sentence_break_at(d, i);
}

/* report.c: the token that starts the next line after token i (or ntok). */
extern int	gb_line_end(const GbDoc *d, int i);

/* "kết quả Hội nghị ...", "Nghị quyết Hội nghị ...": the meeting at j conveyed (meeting_lead.c) */
extern bool gb_conveyed_at(const GbDoc *d, int j);

/* Normalized text of tokens [from, to) as an arena string, spaces kept. */
extern char *gb_span_text(const GbDoc *d, int from, int to);

/* Integer value of a digit token (saturating at INT32_MAX/10). */
extern int	gb_tok_int(const GbDoc *d, int i);

/* Roman numeral value of a T_ROMAN token, or 0. */
extern int	gb_roman_value(const char *s, size_t n);
extern const char *gb_roman(int n);

/* ---- phrase dictionary ------------------------------------------------- */

/* A set of phrase categories (CAT_* of gazetteer.h): one bit each, 64 at most. */
typedef uint64_t GbCats;

typedef struct GbPhrase
{
	const char *folded;			/* space-separated folded words */
	GbCats		cat;			/* category (one bit) */
	const char *value;			/* canonical value */
	int			aux;
} GbPhrase;

/* The dictionary group a folded word starts (for GbTok.grp). */
extern uint16_t gb_dict_group(const char *folded, size_t n, uint32_t hash);

/*
 * The categories of the phrases each group starts, by GbTok.grp (0: none),
 * so that a token that starts no phrase of a category is told at once.
 */
extern GbCats gb_dict_masks[];
/* the T_CUE_* flags of each group, by GbTok.grp, set up with gb_dict_masks */
extern uint16_t gb_dict_cues[];

extern int	gb_dict_match_group(const GbDoc *d, int i, GbCats mask, const GbPhrase **out);

/* Whether token i starts a phrase of a category in mask, maybe. */
GB_HOT_INLINE bool
gb_dict_may_match(const GbDoc *d, int i, GbCats mask)
{
	return tok_in(d, i) && (gb_dict_masks[d->tok[i].grp] & mask) != 0;
}

/*
 * A closer test than gb_dict_may_match() for the categories in mask, once
 * that holds at token i: the token's group starts a one-word phrase of
 * one (gb_dict_masks1), or a longer one whose first two words may be
 * tokens i and i + 1, by a filter of one bit for each category, first
 * word's group and second word's hash of the phrases (gb_dict_pairbits,
 * set up with the dictionary; gb_dict_pair_bit() places the bit).
 */
#define GB_DICT_PAIRBITS 16		/* log2 of the filter's bits */

extern GbCats gb_dict_masks1[];
extern uint64_t gb_dict_pairbits[];

GB_HOT_INLINE uint32_t
gb_dict_pair_bit(uint16_t grp, uint32_t hash, int cat)
{
	return ((hash ^ ((uint32_t) grp << 6 | (uint32_t) cat)) * 0x9E3779B1u) >>
		(32 - GB_DICT_PAIRBITS);
}

GB_HOT_INLINE bool
gb_dict_may_go_on(const GbDoc *d, int i, GbCats mask)
{
	uint16_t	grp = d->tok[i].grp;
	uint32_t	h;
	GbCats		c;

	if (gb_dict_masks1[grp] & mask)
		return true;
	if (i + 1 >= d->ntok)
		return false;
	h = d->tok[i + 1].hash;
	for (c = mask; c; c &= c - 1)
	{
		uint32_t	b = gb_dict_pair_bit(grp, h, __builtin_ctzll(c));

		if ((gb_dict_pairbits[b >> 6] >> (b & 63)) & 1)
			return true;
	}
	return false;
}

/* Longest phrase of a category in mask starting at token i; 0 if none. */
GB_HOT_INLINE int
gb_dict_match(const GbDoc *d, int i, GbCats mask, const GbPhrase **out)
{
	if (!gb_dict_may_match(d, i, mask) || !gb_dict_may_go_on(d, i, mask))
		return 0;
	return gb_dict_match_group(d, i, mask, out);
}

#endif							/* GB_INTERNAL_H */
