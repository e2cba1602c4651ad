/*
 * normalize.c
 *	  Vietnamese text normalization: ICU NFC, one tone placement for the
 *	  oa/oe/uy families, spaces, dashes, quotes and line ends unified.
 *
 * The normalizer is a stream: plain ASCII goes to the sink in runs, every
 * other output code point with the original byte offsets that produced it,
 * so that spans reported to users stay right whatever was composed, dropped
 * or moved.  ICU is called only for segments that are not already NFC (NFD
 * input, stray combining marks); the common path is a table look-up per
 * code point.
 */
#include "gb_internal.h"

#include <stdint.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

/* ---- per-code-point tables, built once ---------------------------------- */

#define NF_BOUNDARY		0x01	/* normalization boundary before it */
#define NF_YES			0x02	/* NFC quick check says yes */

/*
 * NF_* of each BMP code point, filled 256 at a time when first asked
 * (nf_block_ready): a backend sees few blocks, and asking ICU about all
 * 65,536 code points would be most of the set-up.
 */
static uint8_t nf_flags[0x10000];
static bool nf_block_ready[256];
static char fold_ascii[0x2000];		/* folded ASCII letter or digit, or 0 */
static uint8_t cp_flags[0x2000];	/* CP_LETTER, CP_UPPER */

#define CP_LETTER		0x01
#define CP_UPPER		0x02
static uint8_t vowel_of[0x2000];	/* 1 + index into vowels[], or 0 */
uint8_t		gb_cp_class[0x2000];	/* GB_CP_* for the tokenizer's fast path */
uint16_t	gb_cp_subst[0x2040];
uint8_t		gb_lead_starts[256];
uint8_t		gb_word_byte[256];
uint8_t		gb_word_starts[256];
uint8_t		gb_e1_starts[256];
static inline uint32_t unify(uint32_t c);
static bool tables_ready = false;
static inline bool has_boundary_before(uint32_t c);
static const UNormalizer2 *nfc = NULL;

/*
 * Vietnamese vowels with their six tones, lower then upper case.  Tone order:
 * none, huyền, sắc, hỏi, ngã, nặng.
 */
static const char *const vowel_rows[] = {
	"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
	"oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
	"AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
	"OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
};
#define NVOWELROWS 24
static uint32_t vowels[NVOWELROWS][6];

static void
fill_nf_block(uint32_t block)
{
	uint32_t	c;

	for (c = block << 8; c < (block + 1) << 8; c++)
	{
		uint8_t		f = 0;

		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		if (nfc && unorm2_hasBoundaryBefore(nfc, (UChar32) c))
			f |= NF_BOUNDARY;
		if (u_getIntPropertyValue((UChar32) c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES)
			f |= NF_YES;
		nf_flags[c] = f;
	}
	nf_block_ready[block] = true;
}

/* NF_* of a BMP code point */
static inline uint8_t
nf_of(uint32_t c)
{
	if (!nf_block_ready[c >> 8])
		fill_nf_block(c >> 8);
	return nf_flags[c];
}

static void
build_tables(void)
{
	UErrorCode	err = U_ZERO_ERROR;
	uint32_t	c;
	int			r;

	nfc = unorm2_getNFCInstance(&err);

	for (r = 0; r < NVOWELROWS; r++)
	{
		const unsigned char *s = (const unsigned char *) vowel_rows[r];
		size_t		i = 0,
					n = strlen(vowel_rows[r]);
		int			t;

		for (t = 0; t < 6; t++)
		{
			vowels[r][t] = gb_utf8_next(s, n, &i);
			if (vowels[r][t] < 0x2000)
				vowel_of[vowels[r][t]] = (uint8_t) (r * 6 + t + 1);
			/* rows a, e and y in either case: a tone there may move */
			if (t > 0 && (r % 12 == 0 || r % 12 == 3 || r % 12 == 11))
				gb_cp_class[vowels[r][t]] |= GB_CP_TONED;
		}
	}

	/* Fold: strip marks through canonical decomposition, lower case. */
	for (c = 0; c < 0x2000; c++)
	{
		UChar		src[2],
					dst[8];
		int32_t		n;
		UChar32		b;

		if (c < 0x80)
		{
			if (c >= 'A' && c <= 'Z')
				fold_ascii[c] = (char) (c + 32);
			else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
				fold_ascii[c] = (char) c;
			continue;
		}
		if (c == 0x0110 || c == 0x0111 || c == 0x00D0)	/* Đ đ Ð */
		{
			fold_ascii[c] = 'd';
			continue;
		}
		if (!u_isalpha((UChar32) c))
			continue;
		src[0] = (UChar) c;
		err = U_ZERO_ERROR;
		n = unorm2_normalize(unorm2_getNFDInstance(&err), src, 1, dst, 8, &err);
		if (U_FAILURE(err) || n < 1)
			continue;
		b = u_tolower(dst[0]);
		if (b >= 'a' && b <= 'z')
			fold_ascii[c] = (char) b;
	}
	for (c = 0; c < 0x2000; c++)
	{
		uint32_t	u = unify(c);

		if (u_isalpha((UChar32) c) || fold_ascii[c] > '9')
			cp_flags[c] |= CP_LETTER;
		if (u_isupper((UChar32) c))
			cp_flags[c] |= CP_UPPER;
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		/* what the tokenizer may take without the normalizer: see gb_cp_class */
		if (u == c && (nf_of(c) & (NF_YES | NF_BOUNDARY)) == (NF_YES | NF_BOUNDARY) &&
			(c >= 0x20 || c == '\n'))
			gb_cp_class[c] |= GB_CP_SIMPLE;
		if (u != 0 && (u < 0x300 || (u < 0x10000 && (nf_of(u) & NF_BOUNDARY))))
			gb_cp_class[c] |= GB_CP_START;
		if (cp_flags[c] & CP_LETTER)
			gb_cp_class[c] |= GB_CP_LETTER;
		if (cp_flags[c] & CP_UPPER)
			gb_cp_class[c] |= GB_CP_UPPER;
	}
	/*
	 * Stand-ins normalization replaces by one simple code point: odd spaces,
	 * dashes and quotes, Ð.  Not \r, which may pair with a \n.
	 */
	for (c = 0; c < 0x2040; c++)
	{
		uint32_t	u = unify(c);

		if (c == '\r' || u == c || u == 0 || u >= 0x2000 || (c >= 0xD800 && c <= 0xDFFF))
			continue;
		if (gb_cp_class[u] & GB_CP_SIMPLE)
			gb_cp_subst[c] = (uint16_t) u;
	}
	for (c = 0; c < 256; c++)
		gb_word_byte[c] = c >= 0x80 || (cp_flags[c] & CP_LETTER);
	/* lead bytes all of whose code points start a segment (ASCII: all) */
	for (c = 0; c < 0x80; c++)
		gb_lead_starts[c] = 1;
	for (c = 0xC2; c < 0xE0; c++)
	{
		uint32_t	k;

		gb_lead_starts[c] = 1;
		for (k = 0; k < 0x40; k++)
			if (!(gb_cp_class[((c & 0x1F) << 6) | k] & GB_CP_START))
				gb_lead_starts[c] = 0;
	}
	for (c = 0; c < 256; c++)
		gb_word_starts[c] = gb_word_byte[c] && gb_lead_starts[c];
	/* and, after E1 (U+1000-U+1FFF), second bytes */
	for (c = 0x80; c < 0xC0; c++)
	{
		uint32_t	k;

		gb_e1_starts[c] = 1;
		for (k = 0; k < 0x40; k++)
			if (!(gb_cp_class[0x1000 | ((c & 0x3F) << 6) | k] & GB_CP_START))
				gb_e1_starts[c] = 0;
	}
	tables_ready = true;
}

void
gb_tables_init(void)
{
	if (!tables_ready)
		build_tables();
}

static inline void
ensure_tables(void)
{
	if (!tables_ready)
		build_tables();
}

const char *
gb_fold_table(void)
{
	ensure_tables();
	return fold_ascii;
}

/*
 * Whether a code point ends the normalization segment before it: it is not
 * dropped, and what it becomes starts a segment of its own.
 */
bool
gb_starts_segment(uint32_t cp)
{
	uint32_t	u;

	ensure_tables();
	if (cp < 0x2000)
		return (gb_cp_class[cp] & GB_CP_START) != 0;
	u = unify(cp);
	return u != 0 && has_boundary_before(u);
}

char
gb_fold_letter(uint32_t cp)
{
	ensure_tables();
	return cp < 0x2000 ? fold_ascii[cp] : 0;
}

bool
gb_is_letter(uint32_t cp)
{
	ensure_tables();
	if (cp < 0x2000)
		return (cp_flags[cp] & CP_LETTER) != 0;
	return u_isalpha((UChar32) cp) != 0;
}

/* A combining mark that NFC left standing (no normalization boundary before it). */
bool
gb_is_mark(uint32_t cp)
{
	ensure_tables();
	return !has_boundary_before(cp);
}

uint32_t
gb_unify(uint32_t cp)
{
	return unify(cp);
}

bool
gb_is_upper(uint32_t cp)
{
	ensure_tables();
	if (cp < 0x2000)
		return (cp_flags[cp] & CP_UPPER) != 0;
	return u_isupper((UChar32) cp) != 0;
}

/* ---- character unification ---------------------------------------------- */

/*
 * Map one input code point before NFC: returns the replacement, or 0 to drop
 * it.  Odd spaces become ' ', dashes '-', curly quotes straight ones.
 */
static inline uint32_t
unify(uint32_t c)
{
	if (c < 0x80)
	{
		if (c == '\t' || c == '\v' || c == '\f')
			return ' ';
		if (c == '\r' || c == '\n')
			return '\n';
		if (c < 0x20 || c == 0x7F)
			return ' ';
		return c;
	}
	switch (c)
	{
		case 0x00A0:
		case 0x1680:
		case 0x202F:
		case 0x205F:
		case 0x3000:
		case 0x0085:
			return c == 0x0085 ? '\n' : ' ';
		case 0x2028:
		case 0x2029:
			return '\n';
		case 0x00AD:			/* soft hyphen */
		case 0x200B:			/* zero-width space, joiners, marks */
		case 0x200C:
		case 0x200D:
		case 0x200E:
		case 0x200F:
		case 0x2060:
		case 0xFEFF:
			return 0;
		case 0x2010:
		case 0x2011:
		case 0x2012:
		case 0x2013:
		case 0x2014:
		case 0x2015:
		case 0x2212:
		case 0xFE58:
		case 0xFE63:
		case 0xFF0D:
			return '-';
		case 0x2018:
		case 0x2019:
		case 0x201A:
		case 0x201B:
		case 0x2032:
			return '\'';
		case 0x201C:
		case 0x201D:
		case 0x201E:
		case 0x201F:
		case 0x00AB:
		case 0x00BB:
		case 0x2033:
			return '"';
		case 0x00D0:			/* Icelandic Eth, a common stand-in for Đ */
			return 0x0110;

			/*
			 * the ellipsis in one character ends a sentence as "..." does,
			 * "với nhân dân… Phát biểu bế mạc, ông A": a full stop, so that
			 * roles and other sentence-bound facts stay with their own
			 * sentence (probe 50)
			 */
		case 0x2026:
			return '.';
	}
	if (c >= 0x2000 && c <= 0x200A)
		return ' ';
	if (c >= 0x80 && c < 0xA0)
		return ' ';
	return c;
}

/* ---- tone placement ------------------------------------------------------ */

static inline int
vowel_code(uint32_t c)
{
	return c < 0x2000 ? vowel_of[c] : 0;
}

/*
 * Old tone placement puts the tone on the second vowel of an open oa, oe or
 * uy ("hoá", "khoẻ", "uỷ"); Party documents put it on the first.  Only the
 * last two letters of a word are looked at: "hoàn", "khuỷu", "ngoài" are
 * other shapes, and "qu" is a consonant ("quý").
 */
size_t
gb_fix_tone(char *word, size_t len)
{
	uint32_t	cp[8];
	size_t		i = 0,
				o = 0;
	int			n = 0,
				v1,
				v2,
				r1,
				r2,
				t1,
				t2,
				b1,
				b2,
				k;
	char		out[32];

	if (len < 3 || len > 24 || !((unsigned char) word[len - 1] & 0x80))
		return len;
	ensure_tables();
	while (i < len && n < 8)
		cp[n++] = gb_utf8_next((const unsigned char *) word, len, &i);
	if (i < len || n < 2)
		return len;
	v1 = vowel_code(cp[n - 2]);
	v2 = vowel_code(cp[n - 1]);
	if (!v1 || !v2)
		return len;
	r1 = (v1 - 1) / 6;
	t1 = (v1 - 1) % 6;
	r2 = (v2 - 1) / 6;
	t2 = (v2 - 1) % 6;
	if (t1 != 0 || t2 == 0)
		return len;
	b1 = r1 % 12;
	b2 = r2 % 12;
	/* o+a, o+e, u+y; rows: a=0 e=3 o=6 u=9 y=11 */
	if (!((b1 == 6 && (b2 == 0 || b2 == 3)) || (b1 == 9 && b2 == 11)))
		return len;
	if (b1 == 9 && n >= 3 && (cp[n - 3] == 'q' || cp[n - 3] == 'Q'))
		return len;
	if (n >= 3 && vowel_code(cp[n - 3]))
		return len;
	cp[n - 2] = vowels[r1][t2];
	cp[n - 1] = vowels[r2][0];
	for (k = 0; k < n; k++)
		o += gb_utf8_encode(cp[k], out + o);
	memcpy(word, out, o);
	return o;
}

/* ---- composition of short segments -------------------------------------- */

/*
 * NFC of a letter and up to three combining marks (NFD input), through a
 * small cache: Vietnamese text has few distinct such segments.  Returns the
 * one code point they compose to, or 0 when NFC gives anything else.
 */
#define COMPOSE_SLOTS 1024

typedef struct ComposeSlot
{
	uint64_t	key;			/* 0: empty */
	uint32_t	result;
} ComposeSlot;

static ComposeSlot compose_cache[COMPOSE_SLOTS];

uint32_t
gb_compose(uint32_t base, const uint32_t *marks, int nmarks)
{
	uint64_t	key = (uint64_t) base + 1;
	UChar		src[8],
				dst[16];
	int32_t		ns = 0,
				nd,
				k = 0;
	UErrorCode	err = U_ZERO_ERROR;
	UChar32		c;
	ComposeSlot *slot;
	int			m;

	if (nmarks < 1 || nmarks > 3 || base >= 0x10000)
		return 0;
	for (m = 0; m < nmarks; m++)
	{
		if (marks[m] < 0x300 || marks[m] >= 0x370)
			return 0;
		key = (key << 7) | (marks[m] - 0x300 + 1);
	}
	slot = &compose_cache[(key * 0x9E3779B97F4A7C15u) >> 54];
	if (slot->key == key)
		return slot->result;
	ensure_tables();
	src[ns++] = (UChar) base;
	for (m = 0; m < nmarks; m++)
		src[ns++] = (UChar) marks[m];
	nd = nfc ? unorm2_normalize(nfc, src, ns, dst, 16, &err) : -1;
	slot->key = key;
	slot->result = 0;
	if (nd > 0 && U_SUCCESS(err))
	{
		U16_NEXT(dst, k, nd, c);
		if (k == nd)
			slot->result = (uint32_t) c;
	}
	return slot->result;
}

/* ---- NFC segments ------------------------------------------------------- */

#define SEGMAX 32

typedef struct NfcState
{
	const GbSink *sink;
	uint32_t	cp[SEGMAX];
	int			n;
	uint32_t	os;				/* original start of the segment */
	uint32_t	oe;				/* original end of the segment */
} NfcState;

static void
seg_flush(NfcState *st)
{
	UChar		src[SEGMAX * 2],
				dst[SEGMAX * 6];	/* NFC can give 3 supplementary code points for one */
	int32_t		ns = 0,
				nd,
				i,
				run = 0;
	UErrorCode	err = U_ZERO_ERROR;

	if (st->n == 0)
		return;
	if (st->n == 1 && st->cp[0] < 0x10000 && (nf_of(st->cp[0]) & NF_YES))
	{
		st->sink->cp(st->sink->arg, st->cp[0], st->os, st->oe);
		st->n = 0;
		return;
	}
	for (i = 0; i < st->n; i++)
		U16_APPEND_UNSAFE(src, ns, st->cp[i]);
	nd = nfc ? unorm2_normalize(nfc, src, ns, dst, SEGMAX * 6, &err) : -1;
	if (nd < 0 || U_FAILURE(err))
	{
		/* cannot happen for a bounded segment; pass it on unchanged */
		for (i = 0; i < st->n; i++)
			st->sink->cp(st->sink->arg, st->cp[i], st->os, st->oe);
	}
	else
	{
		i = 0;
		while (i < nd)
		{
			UChar32		c;

			U16_NEXT(dst, i, nd, c);
			/* a decomposition may lengthen a run of marks: cut it as below */
			if (has_boundary_before((uint32_t) c))
				run = 0;
			if (++run > SEGMAX)
				continue;
			st->sink->cp(st->sink->arg, (uint32_t) c, st->os, st->oe);
		}
	}
	st->n = 0;
}

static inline bool
has_boundary_before(uint32_t c)
{
	if (c < 0x300)
		return true;
	if (c < 0x10000)
		return (nf_of(c) & NF_BOUNDARY) != 0;
	return unorm2_hasBoundaryBefore(nfc, (UChar32) c) != 0;
}

/* ASCII that normalization leaves alone: printable characters and \n. */
static inline bool
plain_ascii(unsigned char b)
{
	return (b >= 0x20 && b < 0x7F) || b == '\n';
}

static void
normalize_run(const char *in, size_t len, uint32_t obase, const GbSink *sink,
			  bool check)
{
	const unsigned char *s = (const unsigned char *) in;
	NfcState	st;
	size_t		i = 0;
	bool		after_cr = false;
	size_t		next_check = check ? 0 : SIZE_MAX;

	ensure_tables();
	st.sink = sink;
	st.n = 0;
	st.os = st.oe = 0;

	while (i < len)
	{
		uint32_t	c;
		uint32_t	start;

		if (i >= next_check)
		{
			gb_check_interrupts();
			next_check = i + 65536;
		}

		/* a run of plain ASCII; its last character may take a mark */
		if (plain_ascii(s[i]) && !(after_cr && s[i] == '\n'))
		{
			size_t		j = i + 1;

			while (j < len && plain_ascii(s[j]))
				j++;
			if (j < len && s[j] >= 0x80)
				j--;
			if (j > i)
			{
				seg_flush(&st);
				sink->ascii(sink->arg, in + i, j - i, obase + (uint32_t) i);
				i = j;
				after_cr = false;
				continue;
			}
		}

		start = obase + (uint32_t) i;
		if (s[i] < 0x80)
			c = s[i++];
		else
			c = gb_utf8_next(s, len, &i);

		/* \r\n is one line end */
		if (c == '\n' && after_cr)
		{
			after_cr = false;
			if (st.n > 0)
				st.oe = obase + (uint32_t) i;
			continue;
		}
		after_cr = (c == '\r');
		c = unify(c);
		if (c == 0)
		{
			if (st.n > 0)
				st.oe = obase + (uint32_t) i;
			continue;
		}
		if (st.n > 0 && has_boundary_before(c))
			seg_flush(&st);
		else if (st.n == SEGMAX)
		{
			/*
			 * More marks on one letter than any script needs (as in UAX #15's
			 * stream-safe format): drop the rest of the run.  Normalizing it
			 * in pieces would not be stable under a second normalization.
			 */
			st.oe = obase + (uint32_t) i;
			continue;
		}
		if (st.n == 0)
			st.os = start;
		st.cp[st.n++] = c;
		st.oe = obase + (uint32_t) i;
	}
	seg_flush(&st);
}

void
gb_normalize_stream(const char *in, size_t len, uint32_t obase, const GbSink *sink)
{
	normalize_run(in, len, obase, sink, true);
}

/*
 * A short stretch that starts and ends at segment boundaries, for the
 * tokenizer's slow path: the caller checks for interrupts.
 */
void
gb_normalize_region(const char *in, size_t len, uint32_t obase, const GbSink *sink)
{
	normalize_run(in, len, obase, sink, false);
}

/* ---- gb_normalize and gb_fold ------------------------------------------ */

/* Output with the tone of each word fixed as the word ends. */
typedef struct OutState
{
	GbBuf		buf;
	size_t		word;			/* start of the current word in buf */
	bool		in_word;
	bool		fold;			/* gb_fold rather than gb_normalize */
	bool		pending_space;
} OutState;

static void
end_word(OutState *st)
{
	if (st->in_word)
	{
		size_t		n = st->buf.len - st->word;

		st->buf.len = st->word + gb_fix_tone(st->buf.data + st->word, n);
		st->in_word = false;
	}
}

static void
out_cp(void *arg, uint32_t cp, uint32_t os, uint32_t oe)
{
	OutState   *st = (OutState *) arg;
	bool		letter = gb_is_letter(cp);

	(void) os;
	(void) oe;
	/*
	 * A mark left over after NFC would compose with the vowel a tone move
	 * leaves bare, and the output would not be NFC: such a word is no
	 * syllable, leave it as written.
	 */
	if (!letter && st->in_word && gb_is_mark(cp))
		st->in_word = false;
	if (!letter)
		end_word(st);
	if (st->fold)
	{
		char		f;

		if (cp == ' ' || cp == '\n' || u_isspace((UChar32) cp))
		{
			st->pending_space = st->buf.len > 0;
			return;
		}
		if (u_getCombiningClass((UChar32) cp) != 0 ||
			u_charType((UChar32) cp) == U_NON_SPACING_MARK)
			return;
		if (st->pending_space)
		{
			gb_buf_putc(&st->buf, ' ');
			st->pending_space = false;
		}
		f = gb_fold_letter(cp);
		if (f)
			gb_buf_putc(&st->buf, f);
		else
			gb_buf_put_cp(&st->buf, (uint32_t) u_tolower((UChar32) cp));
		return;
	}
	if (letter && !st->in_word)
	{
		st->word = st->buf.len;
		st->in_word = true;
	}
	gb_buf_put_cp(&st->buf, cp);
}

static void
out_ascii(void *arg, const char *s, size_t n, uint32_t os)
{
	size_t		k;

	for (k = 0; k < n; k++)
		out_cp(arg, (unsigned char) s[k], os + (uint32_t) k, os + (uint32_t) k + 1);
}

/*
 * Whether s[i] starts a letter of two or three bytes that normalization
 * leaves alone and that folds to one character, followed by the start of a
 * segment: its length, its folded character in *f; 0 if not.  What
 * fold_mostly_fast() and gb_fold_into() fold straight from the input.
 */
GB_HOT_INLINE int
direct_letter(const unsigned char *s, size_t i, size_t len, char *f)
{
	unsigned char b = s[i];
	uint32_t	c;
	int			k;

	if (b >= 0xC2 && b < 0xE0 && i + 1 < len && (s[i + 1] & 0xC0) == 0x80)
		c = ((b & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu), k = 2;
	else if (b == 0xE1 && i + 2 < len && (s[i + 1] & 0xC0) == 0x80 &&
			 (s[i + 2] & 0xC0) == 0x80)
		c = 0x1000u | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu), k = 3;
	else
		return 0;
	if (!(gb_cp_class[c] & GB_CP_SIMPLE) || !fold_ascii[c] ||
		!(i + k == len || gb_next_starts_segment(s + i + k, len - i - k)))
		return 0;
	*f = fold_ascii[c];
	return k;
}

/*
 * gb_fold() of text that is mostly already normalized (what the extraction
 * modules fold: spans of normalized text, and most of any report).  Printable
 * ASCII and letters normalization leaves alone and that fold to a letter or
 * digit, each followed by the start of a segment, are folded straight from
 * the input, as out_cp() would; anything else, up to the next plain ASCII
 * character, goes through the normalizer and out_cp() with the same state,
 * as in the tokenizer.
 */
static void
fold_mostly_fast(OutState *st, const GbSink *sink, const char *in, size_t len)
{
	const unsigned char *s = (const unsigned char *) in;
	size_t		i = 0,
				next_check = 65536;

	while (i < len)
	{
		unsigned char b = s[i];
		char		f;
		int			k;
		size_t		j;

		if (i >= next_check)
		{
			gb_check_interrupts();
			next_check = i + 65536;
		}
		if (b == ' ' || b == '\n')
		{
			st->pending_space = st->buf.len > 0;
			i++;
			continue;
		}
		if (b >= 0x20 && b < 0x7F)
		{
			if (st->pending_space)
			{
				st->buf.data[st->buf.len++] = ' ';
				st->pending_space = false;
			}
			st->buf.data[st->buf.len++] = fold_ascii[b] ? fold_ascii[b] : (char) b;
			i++;
			continue;
		}
		if ((k = direct_letter(s, i, len, &f)) > 0)
		{
			if (st->pending_space)
			{
				st->buf.data[st->buf.len++] = ' ';
				st->pending_space = false;
			}
			st->buf.data[st->buf.len++] = f;
			i += k;
			continue;
		}
		/* through the normalizer, up to plain ASCII */
		for (j = i + 1; j < len && !gb_region_end(s, j); j++)
			;
		if (j - i > 65536)
			gb_normalize_stream(in + i, j - i, 0, sink);
		else
			gb_normalize_region(in + i, j - i, 0, sink);
		gb_buf_reserve(&st->buf, len - j + 16);
		i = j;
	}
}

/*
 * gb_fold() of text that takes fold_mostly_fast()'s direct path all
 * through (spaces, printable ASCII, letters that need no normalizing), into
 * the caller's buffer: no allocation for the short strings folded one at a
 * time.  Returns its length, or -1 when the text needs the normalizer or
 * does not fit; gb_fold() it then.
 */
int
gb_fold_into(const char *in, size_t len, char *out, size_t size)
{
	const unsigned char *s = (const unsigned char *) in;
	size_t		i = 0,
				n = 0;
	bool		pending_space = false;

	ensure_tables();
	if (gb_tokenize_slow_only)
		return -1;
	while (i < len)
	{
		unsigned char b = s[i];
		char		f;
		int			k;

		if (b == ' ' || b == '\n')
		{
			pending_space = n > 0;
			i++;
			continue;
		}
		if (n + 2 >= size)
			return -1;
		if (pending_space)
		{
			out[n++] = ' ';
			pending_space = false;
		}
		if (b >= 0x20 && b < 0x7F)
		{
			out[n++] = fold_ascii[b] ? fold_ascii[b] : (char) b;
			i++;
			continue;
		}
		if ((k = direct_letter(s, i, len, &f)) > 0)
		{
			out[n++] = f;
			i += k;
			continue;
		}
		return -1;
	}
	out[n] = '\0';
	return (int) n;
}

static char *
run_out(const char *in, size_t len, size_t *outlen, bool fold)
{
	OutState	st;
	GbSink		sink = {out_cp, out_ascii, NULL};

	ensure_tables();
	memset(&st, 0, sizeof(st));
	st.fold = fold;
	sink.arg = &st;
	gb_buf_reserve(&st.buf, len + 16);
	if (fold && !gb_tokenize_slow_only)
		fold_mostly_fast(&st, &sink, in, len);
	else
		gb_normalize_stream(in, len, 0, &sink);
	end_word(&st);
	gb_buf_putc(&st.buf, '\0');
	*outlen = st.buf.len - 1;
	return st.buf.data;
}

char *
gb_normalize(const char *in, size_t len, size_t *outlen)
{
	return run_out(in, len, outlen, false);
}

char *
gb_fold(const char *in, size_t len, size_t *outlen)
{
	return run_out(in, len, outlen, true);
}
