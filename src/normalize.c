/*
 * normalize.c
 *	  Vietnamese text normalization: ICU NFC, one tone placement for the
 *	  oa/oe/uy families, spaces, dashes, quotes and line ends unified.
 *
 * The normalizer is a stream: each output code point reaches a sink with the
 * original byte offsets that produced it, so that spans reported to users stay
 * right whatever was composed, dropped or moved.  ICU is called only for
 * segments that are not already NFC (NFD input, stray combining marks); the
 * common path is a table look-up per code point.
 */
#include "gb_internal.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

/* ---- per-code-point tables, built once ---------------------------------- */

#define NF_BOUNDARY		0x01	/* normalization boundary before it */
#define NF_YES			0x02	/* NFC quick check says yes */

static uint8_t nf_flags[0x10000];
static char fold_ascii[0x2000];		/* folded ASCII letter or digit, or 0 */
static uint8_t vowel_of[0x2000];	/* 1 + index into vowels[], or 0 */
static bool tables_ready = false;
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
build_tables(void)
{
	UErrorCode	err = U_ZERO_ERROR;
	uint32_t	c;
	int			r;

	nfc = unorm2_getNFCInstance(&err);
	for (c = 0; c < 0x10000; c++)
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
	tables_ready = true;
}

static inline void
ensure_tables(void)
{
	if (!tables_ready)
		build_tables();
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
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	ensure_tables();
	if (cp < 0x2000 && fold_ascii[cp])
		return true;
	return u_isalpha((UChar32) cp) != 0;
}

bool
gb_is_upper(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
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
	}
	if (c >= 0x2000 && c <= 0x200A)
		return ' ';
	if (c >= 0x80 && c < 0xA0)
		return ' ';
	return c;
}

/* ---- tone placement ------------------------------------------------------ */

/*
 * The word buffer holds the letters of the current word so that "hoá" can
 * become "hóa" before anything leaves the normalizer.  Longer runs than any
 * Vietnamese syllable are passed on without a look.
 */
#define WORDMAX 8

typedef struct ToneState
{
	GbCpSink	sink;
	void	   *arg;
	uint32_t	cp[WORDMAX];
	uint32_t	os[WORDMAX];
	uint32_t	oe[WORDMAX];
	int			n;
	bool		overflow;
} ToneState;

static inline int
vowel_code(uint32_t c)
{
	return c < 0x2000 ? vowel_of[c] : 0;
}

static void
fix_tone(ToneState *st)
{
	int			n = st->n;
	int			v1,
				v2,
				r1,
				r2,
				t1,
				t2,
				b1,
				b2;

	if (n < 2)
		return;
	v1 = vowel_code(st->cp[n - 2]);
	v2 = vowel_code(st->cp[n - 1]);
	if (!v1 || !v2)
		return;
	r1 = (v1 - 1) / 6;
	t1 = (v1 - 1) % 6;
	r2 = (v2 - 1) / 6;
	t2 = (v2 - 1) % 6;
	if (t1 != 0 || t2 == 0)
		return;
	b1 = r1 % 12;
	b2 = r2 % 12;
	/* o+a, o+e, u+y; rows: a=0 e=3 o=6 u=9 y=11 */
	if (!((b1 == 6 && (b2 == 0 || b2 == 3)) || (b1 == 9 && b2 == 11)))
		return;
	/* "qu" is a consonant: quý stays quý */
	if (b1 == 9 && n >= 3 && (st->cp[n - 3] == 'q' || st->cp[n - 3] == 'Q'))
		return;
	/* the letter before must not be a vowel (khuỷu, ngoài are other shapes) */
	if (n >= 3 && vowel_code(st->cp[n - 3]))
		return;
	st->cp[n - 2] = vowels[r1][t2];
	st->cp[n - 1] = vowels[r2][0];
}

static void
tone_flush(ToneState *st)
{
	int			i;

	if (!st->overflow)
		fix_tone(st);
	for (i = 0; i < st->n; i++)
		st->sink(st->arg, st->cp[i], st->os[i], st->oe[i]);
	st->n = 0;
	st->overflow = false;
}

static inline bool has_boundary_before(uint32_t c);

static void
tone_put(ToneState *st, uint32_t c, uint32_t os, uint32_t oe)
{
	/*
	 * A mark left over after NFC ("ã" + hook) would compose with the vowel a
	 * tone move leaves bare, and the output would not be NFC: such a word is
	 * no syllable, leave it as written.
	 */
	if (st->n > 0 && !has_boundary_before(c))
		st->overflow = true;
	if (gb_is_letter(c))
	{
		if (st->n == WORDMAX)
		{
			tone_flush(st);
			st->overflow = true;
		}
		st->cp[st->n] = c;
		st->os[st->n] = os;
		st->oe[st->n] = oe;
		st->n++;
		return;
	}
	tone_flush(st);
	st->sink(st->arg, c, os, oe);
}

/* ---- NFC segments ------------------------------------------------------- */

#define SEGMAX 32

typedef struct NfcState
{
	ToneState	tone;
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
	if (st->n == 1 && st->cp[0] < 0x10000 && (nf_flags[st->cp[0]] & NF_YES))
	{
		tone_put(&st->tone, st->cp[0], st->os, st->oe);
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
			tone_put(&st->tone, st->cp[i], st->os, st->oe);
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
			tone_put(&st->tone, (uint32_t) c, st->os, st->oe);
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
		return (nf_flags[c] & NF_BOUNDARY) != 0;
	return unorm2_hasBoundaryBefore(nfc, (UChar32) c) != 0;
}

void
gb_normalize_stream(const char *in, size_t len, uint32_t obase,
					GbCpSink sink, void *arg)
{
	const unsigned char *s = (const unsigned char *) in;
	NfcState	st;
	size_t		i = 0;
	bool		after_cr = false;
	uint32_t	count = 0;

	ensure_tables();
	memset(&st, 0, sizeof(st));
	st.tone.sink = sink;
	st.tone.arg = arg;

	while (i < len)
	{
		uint32_t	c;
		uint32_t	start = obase + (uint32_t) i;

		if ((++count & 0xFFFF) == 0)
			gb_check_interrupts();

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
	tone_flush(&st.tone);
}

/* ---- gb_normalize and gb_fold ------------------------------------------ */

static void
buf_sink(void *arg, uint32_t cp, uint32_t os, uint32_t oe)
{
	(void) os;
	(void) oe;
	gb_buf_put_cp((GbBuf *) arg, cp);
}

char *
gb_normalize(const char *in, size_t len, size_t *outlen)
{
	GbBuf		b = {0};

	gb_buf_reserve(&b, len + 16);
	gb_normalize_stream(in, len, 0, buf_sink, &b);
	gb_buf_putc(&b, '\0');
	*outlen = b.len - 1;
	return b.data;
}

typedef struct FoldState
{
	GbBuf		buf;
	bool		pending_space;
} FoldState;

static void
fold_sink(void *arg, uint32_t cp, uint32_t os, uint32_t oe)
{
	FoldState  *st = (FoldState *) arg;
	char		f;

	(void) os;
	(void) oe;
	if (cp == ' ' || cp == '\n' || u_isspace((UChar32) cp))
	{
		st->pending_space = st->buf.len > 0;
		return;
	}
	if (u_getCombiningClass((UChar32) cp) != 0 || u_charType((UChar32) cp) == U_NON_SPACING_MARK)
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
}

char *
gb_fold(const char *in, size_t len, size_t *outlen)
{
	FoldState	st;

	memset(&st, 0, sizeof(st));
	gb_buf_reserve(&st.buf, len + 16);
	gb_normalize_stream(in, len, 0, fold_sink, &st);
	gb_buf_putc(&st.buf, '\0');
	*outlen = st.buf.len - 1;
	return st.buf.data;
}
