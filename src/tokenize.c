/*
 * tokenize.c
 *	  Turn one chunk of text into normalized text and tokens in one pass.
 *
 * Tokens are runs of letters, runs of ASCII digits, or single other
 * characters.  Each carries its folded form (lower case, no diacritics), a
 * hash of it for dictionary look-ups, its original positions and flags for
 * case and the white space before it.
 */
#include "gb_internal.h"

#include <limits.h>

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

static void
close_token(TokState *st)
{
	GbDoc	   *d = st->doc;
	GbTok	   *t;

	if (st->cur < 0)
		return;
	t = &d->tok[st->cur];
	if (st->cur_kind == T_WORD && !st->keep_tone)
		d->norm.len = t->off + gb_fix_tone(d->norm.data + t->off, d->norm.len - t->off);
	st->keep_tone = false;
	t->len = (uint32_t) (d->norm.len - t->off);
	t->flen = (uint32_t) (d->fold.len - t->fo);
	t->hash = gb_hash(d->fold.data + t->fo, t->flen);
	t->grp = gb_dict_group(d->fold.data + t->fo, t->flen, t->hash);
	if (st->cur_kind == T_WORD && st->nletters > 0 && st->nupper == st->nletters)
	{
		t->flags |= T_ALLCAPS;
		if (gb_roman_value(d->norm.data + t->off, t->len) > 0)
			t->flags |= T_ROMAN;
	}
	st->cur = -1;
}

static int
open_token(TokState *st, int kind, uint32_t os)
{
	GbDoc	   *d = st->doc;
	GbTok	   *t;

	if (d->ntok == d->captok)
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

static inline void
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
}

void
gb_doc_tokenize(GbDoc *doc, const char *in, size_t len, uint32_t obase)
{
	TokState	st;
	GbSink		sink = {tok_cp, tok_ascii, NULL};

	gb_doc_reset(doc);
	gb_buf_reserve(&doc->norm, len + 16);
	gb_buf_reserve(&doc->fold, len + 16);
	memset(&st, 0, sizeof(st));
	st.doc = doc;
	st.cur = -1;
	sink.arg = &st;
	gb_normalize_stream(in, len, obase, &sink);
	close_token(&st);
	/* NUL-terminate both buffers for the convenience of string helpers */
	gb_buf_putc(&doc->norm, '\0');
	doc->norm.len--;
	gb_buf_putc(&doc->fold, '\0');
	doc->fold.len--;
}

void
gb_doc_free(GbDoc *doc)
{
	gb_free(doc->norm.data);
	gb_free(doc->fold.data);
	gb_free(doc->tok);
	memset(doc, 0, sizeof(*doc));
}

/* ---- helpers over tokens ------------------------------------------------ */

bool
gb_sentence_break(const GbDoc *d, int i)
{
	if (i <= 0 || i >= d->ntok)
		return true;
	if (d->tok[i].flags & T_NL)
		return true;
	if ((d->tok[i].flags & T_SPACE) &&
		(tok_punct(d, i - 1, '.') || tok_punct(d, i - 1, '!') || tok_punct(d, i - 1, '?')))
	{
		/* "TP. Long Xuyên" is an abbreviation, not a sentence end */
		if (i >= 2 && tok_punct(d, i - 1, '.') && (d->tok[i - 2].flags & T_ALLCAPS) &&
			d->tok[i - 2].len <= 3)
			return false;
		return (d->tok[i].flags & (T_UPPER | T_NUM)) != 0 || tok_punct(d, i, '-');
	}
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
	out = gb_arena_alloc(d->arena, n + 1);
	/* line breaks and runs of spaces inside a phrase become one space */
	for (k = 0; k < n; k++)
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

int
gb_roman_value(const char *s, size_t n)
{
	int			v;

	if (n == 0 || n > 6)
		return 0;
	for (v = 1; v <= 30; v++)
		if (strlen(romans[v]) == n && memcmp(romans[v], s, n) == 0)
			return v;
	return 0;
}

const char *
gb_roman(int n)
{

	return (n >= 1 && n <= 30) ? romans[n] : NULL;
}
