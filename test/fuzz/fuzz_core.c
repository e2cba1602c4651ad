/*
 * fuzz_core.c
 *	  libFuzzer harness over the extraction core: gb_extract (everything it
 *	  extracts), gb_normalize and gb_fold.
 *
 * Besides the sanitizers' own checks it asserts what the PostgreSQL glue
 * relies on: spans inside the text with start <= end, every string valid
 * UTF-8 without NUL, strings the glue prints unconditionally non-NULL, dates
 * valid, periods ordered; and the normalizer's algebra:
 * normalize(normalize(x)) == normalize(x), fold(normalize(x)) == fold(x),
 * fold(fold(x)) == fold(x); and the tokenizer's fast path gives the same
 * tokens as sending everything through the normalizer.
 *
 * Build and run with "make fuzz" and "make fuzz-run FUZZ_SECONDS=N".
 */
#include "gb_core.h"
#include "gb_internal.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FAIL(...) \
	do { \
		fprintf(stderr, "invariant violated: "); \
		fprintf(stderr, __VA_ARGS__); \
		fputc('\n', stderr); \
		abort(); \
	} while (0)

/* Strict UTF-8 (as PostgreSQL checks it): no NUL, no surrogates, <= U+10FFFF. */
static bool
valid_utf8(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		i = 0;

	while (i < n)
	{
		unsigned char c = s[i];
		uint32_t	cp;
		int			k,
					len;

		if (c == 0)
			return false;
		if (c < 0x80)
		{
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			len = 2, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			len = 3, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			len = 4, cp = c & 0x07;
		else
			return false;
		if (i + len > n)
			return false;
		for (k = 1; k < len; k++)
		{
			if ((s[i + k] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
			(cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		i += len;
	}
	return true;
}

static void
check_str(const char *what, const char *s, bool may_be_null)
{
	if (s == NULL)
	{
		if (!may_be_null)
			FAIL("%s is NULL", what);
		return;
	}
	if (!valid_utf8(s, strlen(s)))
		FAIL("%s is not valid UTF-8: \"%s\"", what, s);
}

static void
check_date(const char *what, GbDate d)
{
	if (d.y != 0 && !gb_date_valid(d.y, d.m, d.d))
		FAIL("%s is not a valid date: %d-%d-%d", what, d.y, d.m, d.d);
}

static void
check_array(const char *what, char **items, int n)
{
	int			i;

	if (items == NULL)
		return;
	if (n < 0)
		FAIL("%s: negative count %d", what, n);
	for (i = 0; i < n; i++)
		check_str(what, items[i], false);
}

static int
cmp_date(GbDate a, GbDate b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}

static void
check_span(const char *what, uint32_t s, uint32_t e, size_t nchars)
{
	if (s > e || e > nchars)
		FAIL("%s span [%u, %u) outside [0, %zu]", what, s, e, nchars);
}

static void
check_extract(const char *text, size_t len, GbDate published, unsigned want,
			  bool input_valid)
{
	GbResult   *r = gb_extract(text, len, published, want);
	size_t		nchars = 0,
				k;
	int			i;
	GbMeeting  *m;

	if (r == NULL)
		FAIL("gb_extract returned NULL");
	for (k = 0; k < len; k++)
		if (((unsigned char) text[k] & 0xC0) != 0x80)
			nchars++;

	if (r->ncitations < 0 || (r->ncitations > 0 && r->citations == NULL))
		FAIL("citations: %d at %p", r->ncitations, (void *) r->citations);
	if (!(want & GB_WANT_CITATIONS) && r->ncitations != 0)
		FAIL("citations not asked for");
	for (i = 0; i < r->ncitations; i++)
	{
		GbCitation *c = &r->citations[i];

		check_str("citation kind", c->kind, false);
		check_str("citation number", c->number, true);
		check_str("citation code", c->code, true);
		check_str("citation issuer", c->issuer, true);
		check_str("citation term", c->term, true);
		check_str("citation subject", c->subject, true);
		check_str("citation key", c->key, false);
		/* raw is the caller's bytes: valid whenever the input is */
		if (input_valid)
			check_str("citation raw", c->raw, false);
		else if (c->raw == NULL)
			FAIL("citation raw is NULL");
		check_date("citation issued", c->issued);
		if (c->mentions < 1)
			FAIL("citation mentions %d", c->mentions);
		if (c->plenum < 0)
			FAIL("citation plenum %d", c->plenum);
		check_span("citation", c->span_start, c->span_end, nchars);
	}

	if (r->nofficials < 0 || (r->nofficials > 0 && r->officials == NULL))
		FAIL("officials: %d at %p", r->nofficials, (void *) r->officials);
	if (!(want & GB_WANT_OFFICIALS) && r->nofficials != 0)
		FAIL("officials not asked for");
	for (i = 0; i < r->nofficials; i++)
	{
		GbOfficial *o = &r->officials[i];

		check_str("official name", o->name, false);
		check_str("official name_key", o->name_key, false);
		check_str("official honorific", o->honorific, true);
		check_array("official titles", o->titles, o->ntitles);
		check_array("official roles", o->roles, o->nroles);
		if (o->mentions < 1)
			FAIL("official mentions %d", o->mentions);
		check_span("official", o->span_start, o->span_end, nchars);
	}

	m = &r->meeting;
	check_str("meeting title", m->title, true);
	check_str("meeting source", m->source, true);
	check_str("meeting author", m->author, true);
	check_str("meeting kind", m->meeting_kind, true);
	check_str("meeting time_of_day", m->time_of_day, true);
	check_str("meeting organizer", m->organizer, true);
	check_str("meeting period_text", m->period_text, true);
	check_str("meeting scope", m->scope, true);
	check_array("meeting bridge_points", m->bridge_points, m->nbridge_points);
	check_array("meeting chairs", m->chairs, m->nchairs);
	check_date("meeting published", m->published);
	check_date("meeting held_on", m->held_on);
	check_date("meeting period_lo", m->period_lo);
	check_date("meeting period_hi", m->period_hi);
	/* the glue makes a daterange [lo, hi): lo > hi would raise an error */
	if (m->period_lo.y && m->period_hi.y && cmp_date(m->period_lo, m->period_hi) > 0)
		FAIL("meeting period [%d-%d-%d, %d-%d-%d) reversed",
			 m->period_lo.y, m->period_lo.m, m->period_lo.d,
			 m->period_hi.y, m->period_hi.m, m->period_hi.d);
	if (m->online < -1 || m->online > 1 || m->date_inferred < -1 || m->date_inferred > 1)
		FAIL("meeting tri-states %d %d", m->online, m->date_inferred);
	gb_result_free(r);
}

static void
check_same(const char *what, const char *a, size_t alen, const char *b, size_t blen)
{
	size_t		k = 0,
				from;

	if (alen == blen && memcmp(a, b, alen) == 0)
		return;
	while (k < alen && k < blen && a[k] == b[k])
		k++;
	from = k > 24 ? k - 24 : 0;
	FAIL("%s: lengths %zu and %zu, first difference at byte %zu: \"%.*s\" vs \"%.*s\"",
		 what, alen, blen, k,
		 (int) ((alen - from) < 48 ? alen - from : 48), a + from,
		 (int) ((blen - from) < 48 ? blen - from : 48), b + from);
}

/* The tokenizer's fast path against the normalizer alone. */
static void
check_fast_path(const char *text, size_t size)
{
	GbDoc		a,
				b;
	char	   *fa,
			   *fb;
	size_t		na,
				nb;

	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	gb_doc_tokenize(&a, text, size, 0);
	gb_tokenize_slow_only = true;
	gb_doc_tokenize(&b, text, size, 0);
	gb_tokenize_slow_only = false;
	if (a.norm.len != b.norm.len || memcmp(a.norm.data, b.norm.data, a.norm.len) != 0)
		FAIL("fast path: normalized text differs");
	if (a.fold.len != b.fold.len || memcmp(a.fold.data, b.fold.data, a.fold.len) != 0)
		FAIL("fast path: folded text differs");
	if (a.ntok != b.ntok ||
		(a.ntok > 0 && memcmp(a.tok, b.tok, sizeof(GbTok) * (size_t) a.ntok) != 0))
		FAIL("fast path: tokens differ");
	gb_doc_free(&a);
	gb_doc_free(&b);
	fa = gb_fold(text, size, &na);
	gb_tokenize_slow_only = true;
	fb = gb_fold(text, size, &nb);
	gb_tokenize_slow_only = false;
	if (na != nb || memcmp(fa, fb, na) != 0)
		FAIL("fast path: gb_fold differs");
	free(fa);
	free(fb);
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	size_t		n1,
				n2,
				f1,
				f2,
				f3;
	char	   *norm1,
			   *norm2,
			   *fold1,
			   *fold2,
			   *fold3;
	bool		input_valid = valid_utf8(text, size);
	/* a few bits of the input pick the publication date and what to want */
	unsigned	h = size ? (unsigned) data[size / 2] ^ (unsigned) size : 0;
	GbDate		published = {0, 0, 0};

	if (h & 1)
		published = (GbDate) {2024, 2, 29};

	check_extract(text, size, published, GB_WANT_ALL, input_valid);
	check_fast_path(text, size);
	if ((h & 6) == 6)
		check_extract(text, size, published, GB_WANT_CITATIONS, input_valid);

	norm1 = gb_normalize(text, size, &n1);
	if (norm1 == NULL || norm1[n1] != '\0' || strlen(norm1) != n1)
		FAIL("gb_normalize: length %zu", n1);
	if (!valid_utf8(norm1, n1))
		FAIL("gb_normalize output is not valid UTF-8");
	norm2 = gb_normalize(norm1, n1, &n2);
	check_same("normalize not idempotent", norm2, n2, norm1, n1);

	fold1 = gb_fold(text, size, &f1);
	if (fold1 == NULL || fold1[f1] != '\0' || strlen(fold1) != f1)
		FAIL("gb_fold: length %zu", f1);
	if (!valid_utf8(fold1, f1))
		FAIL("gb_fold output is not valid UTF-8");
	fold2 = gb_fold(norm1, n1, &f2);
	check_same("fold(normalize(x)) != fold(x)", fold2, f2, fold1, f1);
	fold3 = gb_fold(fold1, f1, &f3);
	check_same("fold not idempotent", fold3, f3, fold1, f1);

	free(norm1);
	free(norm2);
	free(fold1);
	free(fold2);
	free(fold3);
	return 0;
}
