/*-------------------------------------------------------------------------
 *
 * glued.c
 *	  Words glued together by scraping: "TrịnhĐình Dũng", "tỉnhQuảng Ninh".
 *
 * Vietnamese writes no capital inside a syllable, so a word whose letters go
 * from lower case to upper case in the middle ("TrịnhĐình") is two syllables
 * that lost the space between them, as pages scraped from a layout with
 * inline tags often have them.  Such a word is split where the capital
 * starts, and a space is put between the parts, when every part is a
 * syllable of the language (an initial consonant, one to three vowels and a
 * final) and one part at least has a letter beyond ASCII.  So "ThS", "iPhone",
 * "PetroVietnam" or "VietNamNet" are left as they are: a brand name or an
 * abbreviation is not split.
 *
 * A code's last letters glued to the word after them, "70-TB/TWngày",
 * "NĐ-CPcủa" (probe 107 AO3), are cut where the capitals end, when they
 * follow the code's "/" or "-" and are a code's known letters, and what
 * follows is syllables of two letters or more: so "QĐ-TTg" and
 * "07-QĐi/TW" are left whole.
 *
 * The tokenizer notes such a word as it closes it (T_GLUED; it never caches
 * one) and gb_split_glued() splits the chunk's noted words after the pass,
 * moving the normalized text, the tokens and the line ends along.  Ordinary
 * text pays a compare per word it does not find in the word cache.
 *
 *-------------------------------------------------------------------------
 */
#include "gb_internal.h"
#include "gazetteer.h"

#include <string.h>

/* the parts of one word: at most this many cuts */
#define GLUED_MAX_CUTS	7

typedef struct GluedCut
{
	uint32_t	norm;			/* byte offset of the capital in the word, normalized */
	uint32_t	fold;			/* ... in its folded form */
	int			letter;			/* its index among the word's letters */
} GluedCut;

/* a run of folded letters as a syllable: initial, 1 to 3 vowels, final */
bool
gb_is_syllable(const char *s, size_t n)
{
	static const char *const initials[] = {
		"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
		"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v",
		"x", ""
	};
	static const char *const finals[] = {
		"", "c", "ch", "m", "n", "ng", "nh", "p", "t"
	};
	size_t		k,
				f;

	if (n == 0 || n > 7)
		return false;
	for (k = 0; k < sizeof(initials) / sizeof(initials[0]); k++)
	{
		size_t		li = strlen(initials[k]),
					v;

		if (li > n || memcmp(s, initials[k], li) != 0)
			continue;
		for (v = li; v < n && memchr("aeiouy", s[v], 6) != NULL; v++)
			;
		if (v == li || v - li > 3)
			continue;
		for (f = 0; f < sizeof(finals) / sizeof(finals[0]); f++)
			if (strlen(finals[f]) == n - v && memcmp(s + v, finals[f], n - v) == 0)
				return true;
	}
	return false;
}

/*
 * Whether word token t is glued to a code's separator, the token prev
 * before it: the "/" of "TB/TWngày", the "-" of "QĐ-UBNDngày".
 */
static bool
after_code_sep(const GbDoc *d, const GbTok *prev, const GbTok *t)
{
	char		c;

	if (prev == NULL || (t->flags & (T_SPACE | T_NL)) || !(prev->flags & T_PUNCT) ||
		prev->len != 1)
		return false;
	c = d->norm.data[prev->off];
	return c == '/' || c == '-';
}

/* after_code_sep() for the chunk's token k */
static inline bool
code_sep_at(const GbDoc *d, int k)
{
	return after_code_sep(d, k > 0 ? &d->tok[k - 1] : NULL, &d->tok[k]);
}

/* Whether the capitals s[0..n) are a code's known letters: "TW", "UBND". */
static bool
code_letters(const char *s, size_t n)
{
	return gb_code_segment(s, n) != NULL || gb_code_issuer(s, n) != NULL ||
		gb_code_local_suffix(s, n);
}

/*
 * Where word token t is to be cut: the number of cuts (0: not a glued
 * word), with their places in cuts[] when it is not NULL; code_sep when t
 * is glued to a code's separator (after_code_sep()).
 */
static int
glued_cuts(const GbDoc *d, const GbTok *t, bool code_sep, GluedCut *cuts)
{
	const unsigned char *s = (const unsigned char *) d->norm.data + t->off;
	const char *fold = d->fold.data + t->fo;
	GluedCut	found[GLUED_MAX_CUTS];
	size_t		i = 0;
	uint32_t	fo = 0,
				seg_fo = 0;
	int			ncut = 0,
				letter = 0;
	bool		prev_lower = false,
				beyond_ascii = false,
				code_cut = false;
	size_t		nupper = 0;

	while (i < t->len)
	{
		size_t		at = i;
		uint32_t	cp = gb_utf8_next(s, t->len, &i);
		bool		upper;

		if (!gb_is_letter(cp) || gb_is_mark(cp))
			return 0;
		upper = gb_is_upper(cp);
		/* "TWngày": a code's capitals, then a word (see above) */
		if (code_sep && !upper && letter >= 2 && letter == (int) nupper &&
			code_letters((const char *) s, at))
		{
			found[ncut].norm = (uint32_t) at;
			found[ncut].fold = fo;
			found[ncut].letter = letter;
			ncut++;
			seg_fo = fo;
			code_cut = true;
		}
		nupper += upper;
		if (upper && prev_lower)
		{
			if (ncut == GLUED_MAX_CUTS || !gb_is_syllable(fold + seg_fo, fo - seg_fo))
				return 0;
			found[ncut].norm = (uint32_t) at;
			found[ncut].fold = fo;
			found[ncut].letter = letter;
			ncut++;
			seg_fo = fo;
		}
		beyond_ascii |= cp >= 0x80;
		prev_lower = !upper;
		fo += gb_fold_letter(cp) ? 1 : (uint32_t) gb_utf8_encode(cp, (char[4]) {0});
		letter++;
	}
	if (ncut == 0 || fo != t->flen || !beyond_ascii ||
		!gb_is_syllable(fold + seg_fo, fo - seg_fo))
		return 0;
	/* a code's capitals, then one letter: "TTg", "QĐi" */
	if (code_cut && (ncut > 1 ? found[1].fold : fo) - found[0].fold < 2)
		return 0;
	if (cuts != NULL)
		memcpy(cuts, found, sizeof(GluedCut) * (size_t) ncut);
	return ncut;
}

bool
gb_glued_word(const GbDoc *d, const GbTok *t)
{
	/* t is the chunk's last token, in d->tok */
	return glued_cuts(d, t, after_code_sep(d, t > d->tok ? t - 1 : NULL, t), NULL) > 0;
}

/*
 * Whether word token t, not glued where it stands, would be cut after a
 * code's separator ("TWngày" after a space, then in "70-TB/TWngày"): the
 * tokenizer does not cache it, whose cut hangs on the token before it.
 */
bool
gb_glued_after_code(const GbDoc *d, const GbTok *t)
{
	return glued_cuts(d, t, true, NULL) > 0;
}

/* The original offset of the word's letter'th letter, the word at in[os - obase]. */
static uint32_t
letter_offset(const char *in, uint32_t obase, const GbTok *t, int letter)
{
	const unsigned char *s = (const unsigned char *) in;
	size_t		i = t->os - obase,
				end = t->oe - obase;
	int			seen = 0;

	while (i < end)
	{
		size_t		at = i;
		uint32_t	cp = gb_unify(gb_utf8_next(s, end, &i));

		if (cp != 0 && gb_is_letter(cp) && !gb_is_mark(cp) && seen++ == letter)
			return obase + (uint32_t) at;
	}
	return t->oe;
}

/* A part's T_UPPER, T_ALLCAPS and T_ROMAN, from its normalized letters. */
static uint16_t
case_flags(const char *norm, size_t len)
{
	const unsigned char *s = (const unsigned char *) norm;
	size_t		i = 0;
	int			n = 0,
				nupper = 0;
	bool		first_upper = false;
	uint16_t	flags = 0;

	while (i < len)
	{
		bool		upper = gb_is_upper(gb_utf8_next(s, len, &i));

		if (n++ == 0)
			first_upper = upper;
		nupper += upper;
	}
	if (first_upper)
		flags |= T_UPPER;
	if (n > 0 && nupper == n)
	{
		flags |= T_ALLCAPS;
		if (gb_roman_value(norm, len) > 0)
			flags |= T_ROMAN;
	}
	return flags;
}

/*
 * Split the chunk's glued words (see above), the text being in[] at original
 * offset obase.  Rebuilds the normalized text with a space in each cut, the
 * tokens with a word for each part, and moves the line ends' offsets and
 * token indices along.
 */
void
gb_split_glued(GbDoc *doc, const char *in, uint32_t obase)
{
	GluedCut	cuts[GLUED_MAX_CUTS];
	GbTok	   *tok;
	char	   *norm;
	size_t		w = 0,
				o = 0;
	int			k,
				l = 0,
				n = 0,
				extra = 0;

	/* has_glued stays set: it tells the readers after that words were split */
	if (!doc->has_glued)
		return;
	/* a word is noted only with a cut (close_token()), so there is one at least */
	for (k = 0; k < doc->ntok; k++)
		if (doc->tok[k].flags & T_GLUED)
			extra += glued_cuts(doc, &doc->tok[k], code_sep_at(doc, k), NULL);

	tok = gb_malloc(sizeof(GbTok) * (size_t) (doc->ntok + extra));
	norm = gb_malloc(doc->norm.cap + (size_t) extra);
	for (k = 0; k < doc->ntok; k++)
	{
		GbTok		t = doc->tok[k];
		int			ncut,
					p;

		/* the line ends before this token */
		for (; l < doc->nnl && doc->nl[l].tok <= k; l++)
		{
			doc->nl[l].tok += n - k;
			doc->nl[l].norm += (uint32_t) (w - o);
		}
		memcpy(norm + w, doc->norm.data + o, t.off - o);
		w += t.off - o;
		o = t.off;
		t.flags &= (uint16_t) ~T_GLUED;
		if (!(doc->tok[k].flags & T_GLUED) ||
			(ncut = glued_cuts(doc, &t, code_sep_at(doc, k), cuts)) == 0)
		{
			t.off = (uint32_t) w;
			memcpy(norm + w, doc->norm.data + o, t.len);
			w += t.len;
			o += t.len;
			tok[n++] = t;
			continue;
		}
		for (p = 0; p <= ncut; p++)
		{
			GbTok		u = t;
			uint32_t	a = p == 0 ? 0 : cuts[p - 1].norm,
						b = p == ncut ? t.len : cuts[p].norm,
						fa = p == 0 ? 0 : cuts[p - 1].fold,
						fb = p == ncut ? t.flen : cuts[p].fold;

			u.off = (uint32_t) w;
			u.len = b - a;
			memcpy(norm + w, doc->norm.data + t.off + a, u.len);
			/* a part before the last ended no word for close_token(): "uỷMai" */
			if (p < ncut)
				u.len = (uint32_t) gb_fix_tone(norm + w, u.len);
			w += u.len;
			u.fo = t.fo + fa;
			u.flen = fb - fa;
			u.hash = gb_hash(doc->fold.data + u.fo, u.flen);
			u.grp = gb_dict_group(doc->fold.data + u.fo, u.flen, u.hash);
			u.os = p == 0 ? t.os : letter_offset(in, obase, &t, cuts[p - 1].letter);
			u.oe = p == ncut ? t.oe : letter_offset(in, obase, &t, cuts[p].letter);
			u.flags = (p == 0 ? (t.flags & (uint16_t) ~(T_UPPER | T_ALLCAPS | T_ROMAN | T_CUES)) :
					   (T_WORD | T_SPACE)) |
				case_flags(doc->norm.data + t.off + a, u.len) | gb_dict_cues[u.grp];
			if (p < ncut)
				norm[w++] = ' ';
			tok[n++] = u;
		}
		o += t.len;
	}
	for (; l < doc->nnl; l++)
	{
		doc->nl[l].tok += n - doc->ntok;
		doc->nl[l].norm += (uint32_t) (w - o);
	}
	memcpy(norm + w, doc->norm.data + o, doc->norm.len - o);
	w += doc->norm.len - o;

	gb_free(doc->tok);
	doc->tok = tok;
	doc->ntok = n;
	doc->captok = n;
	gb_free(doc->norm.data);
	doc->norm.data = norm;
	doc->norm.cap += (size_t) extra;
	doc->norm.len = w;
}
