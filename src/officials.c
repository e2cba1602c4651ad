/*
 * officials.c
 *	  Officials: names, titles, honorifics, meeting roles and coreference.
 *
 * One scan over the tokens finds persons in the shapes reports use:
 *
 *	 đồng chí / ông / bà [titles -] Name [, title, title ...]
 *	 Title, Title Name [, Name ...]			(titles before the name)
 *	 có các đồng chí: Name - titles; Name - titles
 *
 * A person needs such an introducer: a capitalized pair of syllables alone
 * (a byline, a place, a street) is never taken for an official.  Each
 * person found leaves a mention; a second pass over each sentence gives the
 * mentions the roles written next to them (chủ trì, dự, phát biểu ...).
 * Later mentions by full name, by honorific and given name, or by title
 * alone ("đồng chí Trưởng Ban Tổ chức Trung ương") resolve to the same
 * official, searching only the most recent officials so that time stays
 * linear in the text.  The grammar of names and titles is in names.c.
 */
#include "extract.h"
#include "gazetteer.h"
#include "names.h"
#include "parse.h"

#include <unicode/uchar.h>

#define MAX_TITLES		16		/* kept per official */
#define MAX_ROLES		8
#define MAX_GROUP		32		/* persons one role phrase applies to */
#define RECENT			64		/* officials searched by title or given name */

typedef struct Official
{
	char	   *name;
	char	   *key;
	const char *honorific;
	char	   *titles[MAX_TITLES];
	char	   *tkeys[MAX_TITLES];
	bool		tcaps[MAX_TITLES];	/* written in capitals (a heading) */
	const char *tplace[MAX_TITLES]; /* the province of a post that names none,
									 * from the run it came in, or NULL */
	int			ntitles;
	const char *roles[MAX_ROLES];
	int			nroles;
	bool		chairs;			/* chủ trì or đồng chủ trì of the whole meeting */
	char	   *point;			/* the bridge point chaired at, as written */
	int			mentions;
	uint32_t	span_start;
	uint32_t	span_end;
	int			idx;			/* in GbOffState.offs */
} Official;

/* A mention in the current chunk: tokens [t0, t1), the name (or title) at tn. */
typedef struct Mention
{
	int			off;
	int			t0;
	int			tn;
	int			t1;
} Mention;

struct GbOffState
{
	GbArena    *arena;
	Official  **offs;
	int			noffs;
	int			capoffs;
	int		   *hash;			/* open addressing: official index + 1 */
	int			hcap;
	Mention    *men;
	int			nmen;
	int			capmen;
	int			title_t0;		/* tokens of the title add_title() had last */
	int			title_t1;
	int			scan_i;			/* where scan_at() reads a person from */
};

/* ---- the officials table ----------------------------------------------- */

#define KEY_BUF 256				/* keys that fit are made on the stack */
#define POST_VERB_WORDS	6		/* at most, words of a verb of gb_post_for_verbs */

static void
key_free(char *key, const char *buf)
{
	if (key != buf)
		gb_free(key);
}

/* The key rewritten as out, which fits buf: key freed, buf returned. */
static char *
key_rewritten(char *key, char *buf, const char *out)
{
	key_free(key, buf);
	memcpy(buf, out, strlen(out) + 1);
	return buf;
}

/* The first whole words w in key (after a space or at its start, before one or at its end); NULL if none. */
static char *
key_words(char *key, const char *w)
{
	size_t		n = strlen(w);
	char	   *p;

	for (p = key; (p = strstr(p, w)) != NULL; p++)
		if ((p == key || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return p;
	return NULL;
}

/*
 * Fold normalized tokens [t0, t1) into a key: what gb_fold() makes of their
 * text, put together from the folded form of each token, with one space
 * where white space parts two.  A folded form beyond ASCII (a letter
 * gb_fold() would lower-case, a mark it would drop) goes to gb_fold().  The
 * key is written to buf when it fits, else malloc'd: free it with
 * key_free().
 */
static char *
fold_tokens(const GbDoc *d, int t0, int t1, char *buf)
{
	size_t		n = 0,
				o = 0,
				x;
	int			k;
	char	   *key;
	unsigned char high = 0;

	for (k = t0; k < t1; k++)
		n += d->tok[k].flen + 1;
	key = n + 1 <= KEY_BUF ? buf : gb_malloc(n + 1);
	for (k = t0; k < t1; k++)
	{
		const GbTok *t = &d->tok[k];
		const char *f = d->fold.data + t->fo;

		if (k > t0 && t->off > t[-1].off + t[-1].len)
			key[o++] = ' ';

		/*
		 * A form of up to 16 bytes, most of them, copied whole in one move
		 * without a call where the folded text and the key have room for
		 * 16 bytes from there (the bytes after the form are overwritten
		 * or cut by the terminator)
		 */
		if (t->flen <= 16 && t->fo + 16 <= d->fold.cap && o + 16 <= KEY_BUF && key == buf)
			memcpy(key + o, f, 16);
		else
			memcpy(key + o, f, t->flen);
		o += t->flen;
	}
	key[o] = '\0';
	/* a byte beyond ASCII, eight at a time (a space has none) */
	for (x = 0; x + 8 <= o; x += 8)
	{
		uint64_t	v;

		memcpy(&v, key + x, 8);
		if (v & UINT64_C(0x8080808080808080))
			high = 0x80;
	}
	for (; x < o; x++)
		high |= (unsigned char) key[x];
	if (high & 0x80)
	{
		key_free(key, buf);
		return gb_fold(d->norm.data + d->tok[t0].off,
					   d->tok[t1 - 1].off + d->tok[t1 - 1].len - d->tok[t0].off, &n);
	}
	return key;
}


/* Whether tokens [t0, t1) hold an abbreviation in parentheses: "(BTC)". */
static bool
has_paren_abbrev(const GbDoc *d, int t0, int t1)
{
	const char *s = d->norm.data + d->tok[t0].off;
	int			k;

	/* most titles have no parenthesis at all */
	if (memchr(s, '(', d->tok[t1 - 1].off + d->tok[t1 - 1].len - d->tok[t0].off) == NULL)
		return false;
	for (k = t0; k < t1; k++)
		if (tok_punct(d, k, '(') && gb_paren_abbrev(d, k) > k)
			return true;
	return false;
}

/*
 * A title's key: "Trưởng Ban Tổ chức (BTC) Tỉnh ủy" is keyed as "Trưởng
 * Ban Tổ chức Tỉnh ủy", the abbreviations inserted left out, so that both
 * spellings are one title.  The title's text keeps them as written (the
 * evaluation's titles do: "Chủ tịch nước Cộng hòa xã hội chủ nghĩa (XHCN)
 * Việt Nam").
 */
static char *
title_fold(const GbDoc *d, int t0, int t1, char *buf)
{
	const char *bare;
	size_t		n;

	if (!has_paren_abbrev(d, t0, t1))
		return fold_tokens(d, t0, t1, buf);
	bare = gb_span_text_bare(d, t0, t1);
	return gb_fold(bare, strlen(bare), &n);
}

/*
 * "Bộ Giao thông - Vận tải" and "Bộ Giao thông vận tải", "Sở Lao động -
 * Thương binh và Xã hội" with its dash or without: a dash between the
 * words of a title's name parts none of its posts (probe 49 G9).  Takes
 * " - " out of key; its new length.
 */
static size_t
key_dashes_out(char *key, size_t n)
{
	char	   *p;

	while ((p = strstr(key, " - ")) != NULL)
	{
		memmove(p, p + 2, n - (size_t) (p + 2 - key) + 1);
		n -= 2;
	}
	return n;
}

/*
 * A head's post whose body's head word is written again after it: "Thứ
 * trưởng Quốc phòng" and "Thứ trưởng Bộ Quốc phòng", a minister's or deputy
 * minister's post (probe 49 G9); "Trưởng ban Ban Tổ chức Trung ương" and
 * "Trưởng Ban Tổ chức Trung ương", a board's head (probe 65 G6).  Takes the
 * second "bo" or "ban" out of key after "(pho) bo truong", "(pho) thu
 * truong", "(pho) truong ban"; its new length.
 */
static size_t
key_head_word_out(char *key, size_t n)
{
	char	   *p = key;
	size_t		w;

	if (strncmp(p, "pho ", 4) == 0)
		p += 4;
	if (strncmp(p, "bo truong bo ", 13) == 0)
		p += 10, w = 3;
	else if (strncmp(p, "thu truong bo ", 14) == 0)
		p += 11, w = 3;
	/* memcmp() of a constant length, inline: most keys are no head's post */
	else if (n - (size_t) (p - key) > 15 && memcmp(p, "truong ban ban ", 15) == 0)
		p += 11, w = 4;
	else
		return n;
	memmove(p, p + w, n - (size_t) (p + w - key) + 1);
	return n - w;
}

/*
 * "Ủy viên Trung ương Đảng" and "Ủy viên Trung ương" are one title; a dash
 * inside the title's name, a ministry's "Bộ" after its minister or a
 * board's "Ban" after its head's "Trưởng ban" makes none other.  Returns the key's length.
 */
static size_t
title_key_trim(char *key)
{
	size_t		n = strlen(key);

	if (memchr(key, '-', n) != NULL)
		n = key_dashes_out(key, n);
	if (key[0] == 'b' || key[0] == 't' || key[0] == 'p')
		n = key_head_word_out(key, n);
	if (n > 15 && strcmp(key + n - 15, "trung uong dang") == 0)
	{
		n -= 5;
		key[n] = '\0';
	}
	return n;
}

/*
 * "Ủy viên BCH TW Đảng", "Ủy viên Ban Chấp hành T.Ư Đảng" and "Ủy viên
 * Trung ương Đảng" are one title, the Central Committee named in full or
 * short: in a key "tw", "t.u", "t.w" and a "TƯ" written so (not "TU",
 * Tỉnh ủy, nor the word "tư") are "trung uong", and "ban chap hanh" (BCH
 * spelled out by body_letters_key()) before it is left out.  The key is
 * rewritten in buf when it fits; the first spelling of the title stays its
 * text.
 */
static __attribute__((noinline)) char *
central_key_spelled(const GbDoc *d, int t0, int t1, char *key, char *buf, int *lost)
{
	char		out[KEY_BUF];
	size_t		i = 0,
				o = 0,
				n = strlen(key);
	bool		tu = false,
				changed = false;
	char	   *p;
	int			k;

	for (k = t0; k < t1; k++)
	{
		if (tok_has(d, k, T_ALLCAPS) && tok_is(d, k, "tu") && gb_exact_any(d, k, "tư"))
			tu = true;
		if (lost && k > t0 && tok_is(d, k, "y") && gb_lost_u_at(d, k))
			*lost = k;
	}
	while (i < n)
	{
		size_t		w = strcspn(key + i, " ");
		const char *x = key + i;
		size_t		xn = w;

		if ((w == 2 && (memcmp(x, "tw", 2) == 0 || (tu && memcmp(x, "tu", 2) == 0))) ||
			(w == 3 && (memcmp(x, "t.u", 3) == 0 || memcmp(x, "t.w", 3) == 0)))
		{
			x = "trung uong";
			xn = 10;
			changed = true;
		}
		/* "y ban": Ủy ban, its Ủ lost (gb_lost_u_at()) */
		else if (w == 1 && x[0] == 'y' && strncmp(key + i + 1, " ban", 4) == 0 &&
				 (key[i + 5] == ' ' || key[i + 5] == '\0'))
		{
			x = "uy";
			xn = 2;
			changed = true;
		}
		if (o + xn + 2 > sizeof(out))
			return key;
		if (o > 0)
			out[o++] = ' ';
		memcpy(out + o, x, xn);
		o += xn;
		i += w;
		while (key[i] == ' ')
			i++;
	}
	out[o] = '\0';
	/* "ban chap hanh trung uong" as a whole word run: the committee is the centre */
	if ((p = key_words(out, "ban chap hanh trung uong")) != NULL)
	{
		memmove(p, p + 14, strlen(p + 14) + 1);
		changed = true;
	}
	return changed ? key_rewritten(key, buf, out) : key;
}

/* Whether a level ("tỉnh", "thành phố", "huyện") ends right before token k. */
static bool
level_before(const GbDoc *d, int k)
{
	return (k >= 1 && gb_dict_match(d, k - 1, CAT_LEVEL, NULL) == 1) ||
		(k >= 2 && gb_dict_match(d, k - 2, CAT_LEVEL, NULL) == 2);
}

/* A province's name at k, inside a title ending at t1: its phrase, or NULL. */
static inline const GbPhrase *
province_at(const GbDoc *d, int k, int t1)
{
	const GbPhrase *ph = NULL;
	int			m;

	if ((gb_dict_masks[d->tok[k].grp] & CAT_KEYPLACE) && gb_word_upper(d, k) &&
		(m = gb_dict_match(d, k, CAT_NOTNAME, &ph)) > 0 && k + m <= t1 &&
		ph->aux == NOTNAME_PROVINCE)
		return ph;
	return NULL;
}

/* The length of a city run by the centre spelled at p in a key, its name in *name; 0 if none. */
static size_t
city_at(const char *p, const char **name)
{
	int			i;

	for (i = 0; gb_city_spellings[i] != NULL; i += 2)
	{
		size_t		n = strlen(gb_city_spellings[i]);

		if (strncmp(p, gb_city_spellings[i], n) == 0 && (p[n] == ' ' || p[n] == '\0'))
		{
			*name = gb_city_spellings[i + 1];
			return n;
		}
	}
	return 0;
}

/*
 * The length of the level "TP" written short at p in a key, and the dot and
 * space after it ("tp", "tp.", "tp. "), when a word follows it or the key
 * ends: "TP.HCM" but not "tphcm" (a short form of its own, city_at()); 0 if
 * none.
 */
static size_t
tp_level_at(const char *p)
{
	size_t		j = 2;

	if (p[0] != 't' || p[1] != 'p')
		return 0;
	if (p[j] == '.')
		j++;
	if (p[j] == ' ')
		j++;
	return (p[j - 1] == ' ' || p[j - 1] == '.' || p[j] == '\0') ? j : 0;
}

/*
 * "Bí thư Thành ủy TPHCM", "bí thư Thành ủy TP.HCM", "Bí thư Thành ủy TP
 * Hồ Chí Minh", "Bí thư Thành ủy Thành phố Hồ Chí Minh" are one post: in a
 * key the level "TP" is read "thanh pho", and a city run by the centre is
 * read as "thanh pho" and its name, whatever short form it is written with
 * (gb_city_spellings), with its level or without.  The level is put in, not
 * taken out, as a province's "tỉnh" is, so that "Chủ tịch UBND thành phố"
 * or "... TP" alone still begins the key.  Rewrites key, which fits
 * KEY_BUF; whether it changed.
 */
static bool
city_key_spelled(char *key)
{
	char		out[KEY_BUF];
	size_t		i = 0,
				o = 0,
				n = strlen(key);
	bool		changed = false;

	while (i < n)
	{
		const char *name = NULL;
		size_t		lv = tp_level_at(key + i),
					cn;
		bool		level = lv > 0;

		if (lv == 0 && strncmp(key + i, "thanh pho ", 10) == 0)
		{
			lv = 10;
			level = true;
		}
		/* "tphcm": the level glued to the city's short form */
		else if (lv == 0 && key[i] == 't' && key[i + 1] == 'p' && city_at(key + i + 2, &name) > 0)
			lv = 2;
		cn = city_at(key + i + lv, &name);
		if (o + 10 + (name ? strlen(name) : 0) + 2 > sizeof(out))
			return false;
		if (level || name)
		{
			memcpy(out + o, "thanh pho", 9);
			o += 9;
			if (i + lv < n || name)
				out[o++] = ' ';
			changed |= lv != 10;
		}
		i += lv;
		if (name)
		{
			memcpy(out + o, name, strlen(name));
			o += strlen(name);
			i += cn;
			changed = true;
		}
		/* the rest of the word and the space after it */
		for (; i < n && key[i] != ' ' && o + 1 < sizeof(out); i++)
			out[o++] = key[i];
		if (i < n && o + 1 < sizeof(out))
			out[o++] = key[i++];
		if (o + 1 >= sizeof(out))
			return false;
	}
	out[o] = '\0';
	if (changed)
		memcpy(key, out, o + 1);
	return changed;
}

/*
 * In a title's key, the text after a secretary's post ("bi thu ", "pho bi
 * thu ", either with "thuong truc "), or NULL for another post.
 */
static char *
after_secretary(char *key)
{
	char	   *p;

	if (strncmp(key, "bi thu ", 7) == 0)
		p = key + 7;
	else if (strncmp(key, "pho bi thu ", 11) == 0)
		p = key + 11;
	else
		return NULL;
	if (strncmp(p, "thuong truc ", 12) == 0)
		p += 12;
	return p;
}

/*
 * "Phó Bí thư Đồng Nai" beside "Phó bí thư Tỉnh ủy Đồng Nai", "Bí thư
 * TPHCM" beside "Bí thư Thành ủy TPHCM": the secretary (or deputy) of a
 * province or of a city run by the centre, the committee left out, is its
 * Tỉnh ủy's or Thành ủy's.  In a key whose post is "bí thư" ("phó",
 * "thường trực") right before "tỉnh" and the province prov, or "thành
 * phố" and such a city (as city_key_spelled() and place_key_spelled() left
 * them), the committee is put in.  Rewrites key, which fits KEY_BUF;
 * whether it changed.
 */
static bool
party_key_spelled(char *key, const char *prov)
{
	const char *name;
	const char *uy = NULL;
	size_t		n = strlen(key),
				pn;
	char	   *p;

	if ((p = after_secretary(key)) == NULL)
		return false;
	if (prov && strncmp(p, "tinh ", 5) == 0 && strncmp(p + 5, prov, pn = strlen(prov)) == 0 &&
		(p[5 + pn] == ' ' || p[5 + pn] == '\0'))
		uy = "tinh uy ";
	else if (strncmp(p, "thanh pho ", 10) == 0 && city_at(p + 10, &name) > 0)
		uy = "thanh uy ";
	if (uy == NULL || n + strlen(uy) + 1 > KEY_BUF)
		return false;
	memmove(p + strlen(uy), p, strlen(p) + 1);
	memcpy(p, uy, strlen(uy));
	return true;
}

/*
 * "Bí thư phường An Bình" beside "Bí thư Đảng ủy phường An Bình", "Bí thư
 * quận 5" beside "Bí thư Quận ủy quận 5": below the province, too, the
 * secretary (or deputy) of a place, the committee left out, is its
 * committee's, whose name the level gives.  In a key whose post is "bí
 * thư" ("phó", "thường trực") right before a level and a name (not the
 * level's youth union, "Bí thư Xã đoàn", nor its committee already), the
 * committee is put in; a district's stands for its level before a name
 * ("Bí thư Huyện ủy Lâm Hà"), not before a number ("Quận ủy quận 5").
 * Rewrites key, which fits KEY_BUF; whether it changed.
 */
static bool
local_party_key_spelled(char *key)
{
	static const struct
	{
		const char *level;
		const char *uy;
	}			levels[] = {
		{"xa ", "dang uy "}, {"phuong ", "dang uy "}, {"thi tran ", "dang uy "},
		{"dac khu ", "dang uy "}, {"huyen ", "huyen uy "}, {"quan ", "quan uy "},
		{"thi xa ", "thi uy "}, {NULL, NULL}
	};
	size_t		n = strlen(key),
				ln = 0;
	char	   *p,
			   *r;
	int			k;

	if ((p = after_secretary(key)) == NULL)
		return false;
	for (k = 0; levels[k].level; k++)
		if (strncmp(p, levels[k].level, ln = strlen(levels[k].level)) == 0)
			break;
	if (levels[k].level == NULL)
		return false;
	r = p + ln;
	if (strncmp(r, "uy", 2) == 0 && (r[2] == ' ' || r[2] == '\0'))
		return false;
	if (strncmp(r, "doan", 4) == 0 && (r[4] == ' ' || r[4] == '\0'))
		return false;
	if (n + strlen(levels[k].uy) + 1 > KEY_BUF)
		return false;
	if (strcmp(levels[k].uy, "dang uy ") != 0 && !(*r >= '0' && *r <= '9'))
		memmove(p + strlen(levels[k].uy), r, strlen(r) + 1);
	else
		memmove(p + strlen(levels[k].uy), p, strlen(p) + 1);
	memcpy(p, levels[k].uy, strlen(levels[k].uy));
	return true;
}

/*
 * "Trưởng Đoàn ĐBQH tỉnh Lâm Đồng", "Trưởng Đoàn ĐBQH Lâm Đồng" and
 * "Trưởng Đoàn ĐBQH khóa XV tỉnh Lâm Đồng" are one post: in a key a
 * province's name written with no level before it is read with "tỉnh" (not
 * after another level: "thành phố Hà Giang" is a town), and a term inside
 * the title ("khóa XV", the assembly's) is left out, the one at its end
 * being gb_title_term_end()'s.  "tỉnh" is put in, not taken out, so that
 * "Chủ tịch UBND tỉnh" alone still begins the key of "Chủ tịch UBND tỉnh
 * Lâm Đồng" (title_matches()).  One of each per title; the key is rewritten
 * in buf when it fits, the first spelling stays the title's text.
 */
static __attribute__((noinline)) char *
place_key_spelled(const GbDoc *d, int t0, int t1, char *key, char *buf)
{
	char		out[KEY_BUF];
	const char *term = NULL,
			   *place = NULL,
			   *prov = NULL;
	const GbPhrase *ph;
	char	   *p;
	size_t		n = strlen(key),
				tn = 0;
	bool		changed = false,
				city = false;
	int			k;

	for (k = t0 + 1; k < t1; k++)
	{
		if (term == NULL && k + 2 < t1 && (d->tok[k + 1].flags & (T_ROMAN | T_NUM)) &&
			tok_is(d, k, "khoa") && gb_exact_any(d, k, "khóa"))
		{
			term = tok_fold(d, k + 1);
			tn = d->tok[k + 1].flen;
		}
		if (place == NULL && (ph = province_at(d, k, t1)) != NULL)
		{
			if (prov == NULL)
				prov = ph->folded;
			if (!level_before(d, k))
				place = ph->folded;
		}
		/* a city run by the centre, or its short form ("TPHCM") */
		else if (!city && (gb_dict_masks[d->tok[k].grp] & CAT_KEYPLACE) && !tok_is(d, k, "khoa"))
			city = true;
	}
	if (term == NULL && prov == NULL && !city)
		return key;
	if (n + 6 > sizeof(out))
		return key;
	memcpy(out, key, n + 1);
	for (p = out; term && (p = strstr(p, "khoa ")) != NULL; p++)
		if ((p == out || p[-1] == ' ') && strncmp(p + 5, term, tn) == 0 && p[5 + tn] == ' ')
		{
			memmove(p, p + 6 + tn, strlen(p + 6 + tn) + 1);
			changed = true;
			break;
		}
	if (place && (p = key_words(out, place)) != NULL)
	{
		memmove(p + 5, p, strlen(p) + 1);
		memcpy(p, "tinh ", 5);
		changed = true;
	}
	if (city && city_key_spelled(out))
		changed = true;
	if ((prov || city) && party_key_spelled(out, prov))
		changed = true;
	return changed ? key_rewritten(key, buf, out) : key;
}

/* key with local_party_key_spelled()'s committee put in, in buf when it changed; out of line */
static __attribute__((noinline)) char *
local_party_key(char *key, char *buf)
{
	char		out[KEY_BUF];
	size_t		n = strlen(key);

	if (n >= KEY_BUF)
		return key;
	memcpy(out, key, n + 1);
	return local_party_key_spelled(out) ? key_rewritten(key, buf, out) : key;
}

/*
 * central_key_spelled() where "TW", "TƯ", "T.Ư", "BCH" or "Chấp hành" is
 * among the title's tokens, place_key_spelled() where a capitalized word
 * may start a province's name or "khóa" is one: one look at each token's
 * group for both, most titles having neither
 */
static inline char *
spelled_key(const GbDoc *d, int t0, int t1, char *key, char *buf, int *lost)
{
	const GbTok *t = &d->tok[t0],
			   *end = &d->tok[t1];
	bool		central = false,
				place = false;

	for (; t < end; t++)
	{
		GbCats		m = gb_dict_masks[t->grp];

		if (m & (CAT_KEYSPELL | CAT_KEYPLACE))
		{
			central |= (m & CAT_KEYSPELL) != 0;
			place |= (m & CAT_KEYPLACE) != 0;
		}
	}
	if (central)
		key = central_key_spelled(d, t0, t1, key, buf, lost);
	if (place)
		key = place_key_spelled(d, t0, t1, key, buf);
	/* "bi thu ...", "pho bi thu ...": a secretary's, seldom */
	if ((key[0] == 'b' && key[1] == 'i' && key[2] == ' ') ||
		(key[0] == 'p' && key[1] == 'h' && key[2] == 'o' && key[3] == ' ' && key[4] == 'b'))
		key = local_party_key(key, buf);
	return key;
}

/* Official idx under key, whose gb_hash() is h. */
static void
hash_insert_hashed(GbOffState *st, uint32_t h, int idx)
{
	int			k = (int) (h & (uint32_t) (st->hcap - 1));

	while (st->hash[k])
		k = (k + 1) & (st->hcap - 1);
	st->hash[k] = idx + 1;
}

static void
hash_insert(GbOffState *st, const char *key, int idx)
{
	hash_insert_hashed(st, gb_hash(key, strlen(key)), idx);
}

/* The official under key, whose gb_hash() is h, or NULL. */
static Official *
lookup_hashed(GbOffState *st, const char *key, uint32_t h)
{
	int			k;

	if (st->hcap == 0)
		return NULL;
	for (k = (int) (h & (uint32_t) (st->hcap - 1)); st->hash[k]; k = (k + 1) & (st->hcap - 1))
	{
		Official   *o = st->offs[st->hash[k] - 1];

		if (strcmp(o->key, key) == 0)
			return o;
	}
	return NULL;
}

static Official *
lookup(GbOffState *st, const char *key)
{
	return lookup_hashed(st, key, gb_hash(key, strlen(key)));
}

static void
grow_table(GbOffState *st)
{
	int			k;

	if (st->noffs == st->capoffs)
	{
		st->capoffs = st->capoffs ? st->capoffs * 2 : 16;
		st->offs = gb_realloc(st->offs, sizeof(Official *) * (size_t) st->capoffs);
	}
	if (2 * (st->noffs + 1) > st->hcap)
	{
		gb_free(st->hash);
		st->hcap = st->hcap ? st->hcap * 2 : 64;
		st->hash = gb_malloc(sizeof(int) * (size_t) st->hcap);
		memset(st->hash, 0, sizeof(int) * (size_t) st->hcap);
		for (k = 0; k < st->noffs; k++)
			hash_insert(st, st->offs[k]->key, k);
	}
}

/*
 * Whether name token k is miscased by a slip: in lower case ("Lê quang
 * Xuyến"), or its first two letters capitals and the rest not ("VĨnh").
 */
static bool
slip_cased(const GbDoc *d, int k)
{
	const unsigned char *s = (const unsigned char *) d->norm.data + d->tok[k].off;
	size_t		n = d->tok[k].len,
				a = 0;
	uint32_t	c;

	if (!tok_has(d, k, T_WORD) || tok_has(d, k, T_ALLCAPS))
		return false;
	if (!tok_has(d, k, T_UPPER))
		return true;
	/* two ASCII letters first, as most names have ("Nguyễn"): no decoding, no ICU */
	if (n >= 2 && s[0] < 0x80 && s[1] < 0x80)
		return n > 2 && s[1] >= 'A' && s[1] <= 'Z';
	gb_utf8_next(s, n, &a);
	if (a >= n)
		return false;
	c = gb_utf8_next(s, n, &a);
	return a < n && u_isupper((UChar32) c);
}

/*
 * The name as written, or in title case when written in capitals or
 * miscased by a slip (slip_cased()): "Lê Quang Xuyến", "Phạm Vĩnh Cường".
 */
static char *
name_text(const GbDoc *d, int t0, int t1)
{
	char	   *s = gb_span_text(d, t0, t1);
	GbBuf		b = {0};
	size_t		i = 0,
				n = strlen(s);
	bool		first = true;
	char	   *out;
	int			k;

	if (!tok_has(d, t0, T_ALLCAPS) || d->tok[t0].flen < 2)
	{
		for (k = t0; k < t1 && !slip_cased(d, k); k++)
			;
		if (k == t1)
			return s;
	}
	while (i < n)
	{
		uint32_t	c = gb_utf8_next((const unsigned char *) s, n, &i);

		gb_buf_put_cp(&b, (uint32_t) (first ? u_toupper((UChar32) c) : u_tolower((UChar32) c)));
		first = (c == ' ');
	}
	out = gb_arena_strndup(d->arena, b.data, b.len);
	gb_free(b.data);
	return out;
}

/*
 * Whether the words right before i remember a late leader: "cố" (late),
 * "quê hương (của)", "Ngày sinh", "tư tưởng, đạo đức, phong cách"
 * (CAT_MEMORIAL).  "học tập tư tưởng của cố Tổng Bí thư Lê Duẩn", "kỷ
 * niệm 120 năm Ngày sinh đồng chí Trần Phú, Tổng Bí thư đầu tiên của
 * Đảng", "tại quê hương Đại tướng Võ Nguyên Giáp": the person after is
 * none of the report's officials (probe 44 G6).  Only the words right
 * before count: in "tại quê hương Bác Tôn, đồng chí A, Bí thư Tỉnh ủy chủ
 * trì" A is the meeting's.
 */
static bool
memorial_end(const GbDoc *d, int i)
{
	const GbPhrase *ph;
	int			m;

	if (tok_has(d, i, T_NL))
		return false;
	/* the longest first: "củng cố" (MEMORIAL_NOT) before "cố" */
	for (m = 3; m >= 1; m--)
		if (i - m >= 0 && gb_dict_may_match(d, i - m, CAT_MEMORIAL) &&
			gb_dict_match(d, i - m, CAT_MEMORIAL, &ph) == m)
			return ph->aux != MEMORIAL_NOT &&
				(ph->value == NULL || gb_exact_any(d, i - 1, ph->value));
	return false;
}

/*
 * Whether the person scan_at() reads is a late leader remembered: asked
 * only where a person is taken, seldom.
 */
static inline bool
late_leader(const GbOffState *st, const GbDoc *d)
{
	return st->scan_i >= 0 && memorial_end(d, st->scan_i);
}

/* The official named by tokens [t0, t1), found or added; one more mention. */
static Official *
person(GbOffState *st, const GbDoc *d, int t0, int t1, const char *honorific)
{
	char		buf[KEY_BUF];
	char	   *key = fold_tokens(d, t0, t1, buf);
	size_t		n = strlen(key);
	/* one hash for the look-up and the insertion */
	uint32_t	h = gb_hash(key, n);
	Official   *o;

	/*
	 * a late leader remembered: read as any person, titles and all, but
	 * kept out of the table and of the mentions, no official of the report.
	 * Only the first person read: in "tại quê hương Đại tướng A, đồng chí
	 * B, Bí thư Tỉnh ủy chủ trì" B is read in the same list, and living.
	 */
	if (__builtin_expect(late_leader(st, d), 0))
	{
		st->scan_i = -1;
		o = gb_arena_alloc(st->arena, sizeof(Official));
		o->name = name_text(d, t0, t1);
		o->key = gb_arena_strndup(st->arena, key, n);
		o->idx = -1;
		key_free(key, buf);
		return o;
	}
	o = lookup_hashed(st, key, h);
	if (o == NULL)
	{
		grow_table(st);
		/* zeroed by the arena */
		o = gb_arena_alloc(st->arena, sizeof(Official));
		o->name = name_text(d, t0, t1);
		o->key = gb_arena_strndup(st->arena, key, n);
		o->span_start = d->tok[t0].os;
		o->span_end = d->tok[t1 - 1].oe;
		o->idx = st->noffs;
		st->offs[st->noffs] = o;
		hash_insert_hashed(st, h, st->noffs);
		st->noffs++;
	}
	key_free(key, buf);
	if (o->honorific == NULL)
		o->honorific = honorific;
	o->mentions++;
	return o;
}

/*
 * "TBT", "UVTW Đảng": an abbreviated position is keyed by its full form
 * (the gazetteer's value), so that "Tổng Bí thư" is the same title; the
 * full spelling replaces it, as it does a heading's capitals.
 */
static char *
abbrev_key(const GbDoc *d, int t0, int t1, char *key, char *buf, bool *caps)
{
	const GbPhrase *ph = NULL;
	int			m;
	size_t		vn,
				rn = 0;
	char		rbuf[KEY_BUF];
	char	   *rest = NULL,
			   *full;

	/* an abbreviation has a word in capitals, first or second ("Tổng BT") */
	if (!(tok_has(d, t0, T_ALLCAPS) || (t0 + 1 < t1 && tok_has(d, t0 + 1, T_ALLCAPS))) ||
		(m = gb_dict_match(d, t0, CAT_TITLE, &ph)) == 0 ||
		ph->aux != 0 || ph->value == NULL || m > t1 - t0)
		return key;
	*caps = true;
	if (t0 + m < t1)
	{
		rest = fold_tokens(d, t0 + m, t1, rbuf);
		rn = strlen(rest) + 1;
	}
	vn = strlen(ph->value);
	full = gb_malloc(vn + rn + 1);
	memcpy(full, ph->value, vn);
	if (rest)
	{
		full[vn] = ' ';
		memcpy(full + vn + 1, rest, rn);
		key_free(rest, rbuf);
	}
	else
		full[vn] = '\0';
	key_free(key, buf);
	return full;
}

/*
 * "Phó trưởng Ban Tuyên giáo HU": a committee written short after a
 * department ("Ban", "Văn phòng", "UBKT") is keyed by its name, so that
 * "Ban Tuyên giáo Huyện ủy" is the same title and its spelling replaces
 * this one.  Elsewhere ("Bí thư TU") the two capitals are left as they are.
 */
static char *
committee_key(const GbDoc *d, int t0, int t1, char *key, char *buf, bool *caps)
{
	int			k,
				words = 0;
	bool		dept = false;
	const char *full = NULL;
	char	   *w,
			   *out;
	size_t		n,
				fn,
				wn;

	for (k = t0 + 1; k < t1; k++)
	{
		if (d->tok[k].off > d->tok[k - 1].off + d->tok[k - 1].len)
			words++;
		if (tok_is(d, k - 1, "ban") || tok_is(d, k - 1, "ubkt") ||
			(tok_is(d, k - 2, "van") && tok_is(d, k - 1, "phong")))
			dept = true;
		/* "TƯ" is Trung ương (central_key()), no "TU" */
		if (dept && tok_has(d, k, T_WORD) && tok_has(d, k, T_ALLCAPS) && d->tok[k].flen == 2 &&
			(full = gb_committee_abbrev(tok_fold(d, k), 2)) != NULL && !gb_exact_any(d, k, "tư"))
			break;
	}
	if (full == NULL)
		return key;
	/* the key's word at the same place, two letters */
	for (w = key; words > 0 && (w = strchr(w, ' ')) != NULL; words--)
		w++;
	if (w == NULL || strncmp(w, tok_fold(d, k), 2) != 0 || (w[2] != ' ' && w[2] != '\0'))
		return key;
	n = strlen(key);
	fn = strlen(full);
	wn = (size_t) (w - key);
	out = gb_malloc(n - 2 + fn + 1);
	memcpy(out, key, wn);
	memcpy(out + wn, full, fn);
	memcpy(out + wn + fn, w + 2, n - wn - 2 + 1);
	key_free(key, buf);
	*caps = true;
	return out;
}

/*
 * "Chủ tịch HĐTV Tổng Công ty": a body written in its letters after the
 * position is keyed by its name spelled out, so that "Chủ tịch Hội đồng
 * thành viên Tổng Công ty" is the same title; the full spelling replaces
 * the letters (*caps), as it does an abbreviated position's.
 */
static __attribute__((noinline)) char *
body_letters_spelled(const GbDoc *d, int t0, int t1, char *key, char *buf, bool *caps)
{
	const char *full,
			   *a;
	size_t		len = 0,
				n,
				fn,
				p;
	int			k;

	for (k = t0; k < t1; k++)
	{
		if ((d->tok[k].flags & T_ALLCAPS) == 0 || d->tok[k].flen - 3u > 3u ||
			!tok_has(d, k, T_WORD) || (full = gb_title_body_abbrev(tok_fold(d, k), d->tok[k].flen)) == NULL)
			continue;
		if (len == 0)
		{
			/* spelled out in buf; a key too long to fit is left as it is */
			if ((len = strlen(key)) + 1 > KEY_BUF)
				return key;
			if (key != buf)
			{
				memcpy(buf, key, len + 1);
				key_free(key, buf);
				key = buf;
			}
		}
		/* the letters' word in the key */
		a = tok_fold(d, k);
		n = d->tok[k].flen;
		fn = strlen(full);
		for (p = 0; p + n <= len; p++)
			if (buf[p] == a[0] && (p == 0 || buf[p - 1] == ' ') && memcmp(buf + p, a, n) == 0 &&
				(buf[p + n] == ' ' || buf[p + n] == '\0'))
				break;
		if (p + n > len || len - n + fn + 1 > KEY_BUF)
			continue;
		memmove(buf + p + fn, buf + p + n, len - p - n + 1);
		memcpy(buf + p, full, fn);
		len += fn - n;
		*caps = true;
	}
	return key;
}

/*
 * body_letters_spelled() from the first word in capitals of three to six
 * letters ("HND", "UBMTTQ"), most titles having none
 */
static inline char *
body_letters_key(const GbDoc *d, int t0, int t1, char *key, char *buf, bool *caps)
{
	const GbTok *t = &d->tok[t0 + 1],
			   *end = &d->tok[t1];

	for (; t < end; t++)
		if ((t->flags & T_ALLCAPS) != 0 && t->flen - 3u <= 3u)
			return body_letters_spelled(d, (int) (t - d->tok), t1, key, buf, caps);
	return key;
}

/*
 * Whether the title from t0 to t1 ends the text on a lone capital letter:
 * a word the end of an excerpt cut short, "... đồng chí Phan Xuân Thuỷ- Phó
 * Trưởng ban Tuyên giáo T" (probe 56 G6).  No title ends so in a whole text.
 */
static inline bool
title_cut_by_end(const GbDoc *d, int t0, int t1)
{
	return t1 == d->ntok && t1 - 1 > t0 && d->last_chunk && d->tok[t1 - 1].flen == 1 &&
		gb_word_upper(d, t1 - 1);
}

/*
 * A title, once per official: the first spelling is kept, except that a
 * heading's capitals give way to the spelling of the text.  A title the
 * text's end cuts short loses its broken word, so that it is read as what
 * is left of it (drop_short_titles() drops it beside its full form).
 */
static void
add_title(GbOffState *st, const GbDoc *d, Official *o, int t0, int t1)
{
	char		buf[KEY_BUF];
	char	   *key = NULL;
	char	   *text = NULL;
	bool		caps;
	int			k,
				lost = -1;

	if (title_cut_by_end(d, t0, t1))
		t1--;
	/* "Bí thư Huyện ủy khóa XVIII": the post, its term left out */
	t1 = gb_title_term_end(d, t0, t1);
	caps = gb_all_caps(d, t0, t1);
	st->title_t0 = t0;
	st->title_t1 = t1;

	/*
	 * "Phó Trưởng Ban Thường trực, Ban Tuyên giáo Tỉnh ủy": the comma after
	 * a standing post is left out, the title's name has none.  Titles are
	 * few tokens; the scan for a comma token is short.  "Vụ trưởng Vụ X -
	 * Bộ Y": the dash before a Vụ's parent is written as the comma form's
	 * comma; the folded title shows a dash first, most have none.
	 */
	if ((k = gb_standing_post_comma(d, t0, t1)) < 0)
	{
		key = title_fold(d, t0, t1, buf);
		if (strchr(key, '-') != NULL && (k = gb_dept_parent_dash(d, t0, t1)) > 0)
			key_free(key, buf);
	}
	if (k > 0)
	{
		GbBuf		b = {0};
		const char *x = gb_span_text(d, t0, k);
		size_t		n;

		gb_buf_append(&b, x, strlen(x));
		if (tok_punct(d, k, '-'))
			gb_buf_putc(&b, ',');
		gb_buf_putc(&b, ' ');
		x = gb_span_text(d, k + 1, t1);
		gb_buf_append(&b, x, strlen(x));
		text = gb_arena_strndup(st->arena, b.data, b.len);
		gb_free(b.data);
		key = gb_fold(text, strlen(text), &n);
	}
	key = abbrev_key(d, t0, t1, key, buf, &caps);
	key = committee_key(d, t0, t1, key, buf, &caps);
	key = body_letters_key(d, t0, t1, key, buf, &caps);
	key = spelled_key(d, t0, t1, key, buf, &lost);
	title_key_trim(key);
	/* "Chủ nhiệm y ban Kiểm tra": the title spelled with its Ủ */
	if (lost > t0 && text == NULL)
	{
		GbBuf		b = {0};
		const char *x = gb_span_text(d, t0, lost);

		gb_buf_append(&b, x, strlen(x));
		gb_buf_append(&b, " Ủy ", strlen(" Ủy "));
		x = gb_span_text(d, lost + 1, t1);
		gb_buf_append(&b, x, strlen(x));
		text = gb_arena_strndup(st->arena, b.data, b.len);
		gb_free(b.data);
	}
	for (k = 0; k < o->ntitles; k++)
		if (o->tkeys[k][0] == key[0] && strcmp(o->tkeys[k], key) == 0)
			break;
	if (k < o->ntitles && o->tcaps[k] && !caps)
	{
		o->titles[k] = text ? text : gb_span_text(d, t0, t1);
		o->tcaps[k] = false;
	}
	else if (k == o->ntitles && o->ntitles < MAX_TITLES)
	{
		o->tkeys[k] = gb_arena_strdup(st->arena, key);
		o->titles[k] = text ? text : gb_span_text(d, t0, t1);
		o->tcaps[k] = caps;
		o->ntitles++;
	}
	key_free(key, buf);
}

/*
 * "Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Ninh Bình": the province that
 * ends a run of posts is each one's.  The posts o got in the run, from its
 * title from on, that name none are given the one the run's last post
 * (add_title()'s last) names, so that the same post of another province
 * named later ("Phó bí thư Tỉnh ủy Hưng Yên", the new one) is not taken
 * for theirs written short (drop_short_titles()).
 */
static void
share_place(GbOffState *st, const GbDoc *d, Official *o, int from)
{
	const GbPhrase *ph = NULL;
	int			k;

	if (o->ntitles - from < 2)
		return;
	for (k = st->title_t0 + 1; k < st->title_t1; k++)
		if ((ph = province_at(d, k, st->title_t1)) != NULL)
			break;
	if (k >= st->title_t1)
		return;
	for (k = from; k < o->ntitles; k++)
		if (o->tplace[k] == NULL && key_words(o->tkeys[k], ph->folded) == NULL)
			o->tplace[k] = ph->folded;
}

static void
add_chain(GbOffState *st, const GbDoc *d, Official *o, const GbTitleChain *c)
{
	int			k,
				from = o->ntitles;

	for (k = 0; c && k < c->n; k++)
		add_title(st, d, o, c->t0[k], c->t1[k]);
	if (c && c->n > 1)
		share_place(st, d, o, from);
}

static void
add_role(Official *o, const char *role)
{
	int			k;

	for (k = 0; k < o->nroles; k++)
		if (strcmp(o->roles[k], role) == 0)
			return;
	if (o->nroles < MAX_ROLES)
		o->roles[o->nroles++] = role;
}

static void
add_mention(GbOffState *st, Official *o, int t0, int tn, int t1)
{
	/* a late leader remembered (person()) */
	if (o->idx < 0)
		return;
	if (st->nmen == st->capmen)
	{
		st->capmen = st->capmen ? st->capmen * 2 : 64;
		st->men = gb_realloc(st->men, sizeof(Mention) * (size_t) st->capmen);
	}
	st->men[st->nmen].off = o->idx;
	st->men[st->nmen].t0 = t0;
	st->men[st->nmen].tn = tn;
	st->men[st->nmen].t1 = t1;
	st->nmen++;
}

/* ---- finding persons --------------------------------------------------- */

/*
 * A place after "quê" at j: capitalized words, a level in lower case
 * before them, and more of them after a comma and a level ("xã Tân An,
 * huyện Lâm Hà").  Returns its end, or j.
 */
static int
home_place(const GbDoc *d, int j)
{
	int			e = j,
				m;

	for (;;)
	{
		int			q = e;

		if (q > j && !(tok_punct(d, q, ',') && gb_word_lower(d, q + 1) &&
					   gb_dict_match(d, q + 1, CAT_LEVEL, NULL) > 0))
			return e;
		if (q > j)
			q++;
		if (gb_word_lower(d, q) && (m = gb_dict_match(d, q, CAT_LEVEL, NULL)) > 0)
			q += m;
		if (!gb_word_upper(d, q) || tok_has(d, q, T_NL))
			return e;
		while (q < d->ntok && gb_word_upper(d, q) && !tok_has(d, q, T_NL) &&
			   gb_title_at(d, q, false) == q)
			q++;
		e = q;
	}
}

/*
 * One item of a biography at j, or j: "76 tuổi", "sinh năm 1950", "dân
 * tộc Tày", "quê Hà Tĩnh", "quê quán xã Tân An, huyện Lâm Hà".
 */
static int
bio_item(const GbDoc *d, int j)
{
	int			e;

	if (tok_has(d, j, T_NL))
		return j;
	if (tok_is(d, j, "sinh") && tok_is(d, j + 1, "nam") && tok_has(d, j + 2, T_NUM) &&
		!tok_has(d, j + 2, T_NL))
		return j + 3;
	/* "SN 1975": "sinh năm" written short, before a year */
	if (tok_is(d, j, "sn") && is_year(d, j + 1) &&
		!tok_has(d, j + 1, T_NL) && gb_exact_any(d, j, "SN"))
		return j + 2;
	if (tok_has(d, j, T_NUM) && tok_is(d, j + 1, "tuoi"))
		return j + 2;
	/* one or two syllables of the people's name: "Tày", "Ba Na" */
	if (tok_is(d, j, "dan") && tok_is(d, j + 1, "toc") && gb_word_lower(d, j) &&
		gb_word_upper(d, j + 2) && !tok_has(d, j + 2, T_NL))
		return j + 3 + (gb_word_upper(d, j + 3) && !tok_has(d, j + 3, T_NL) &&
						gb_title_at(d, j + 3, false) == j + 3);
	if (tok_is(d, j, "que") && gb_word_lower(d, j))
	{
		e = j + 1;
		if (tok_is(d, e, "quan"))
			e++;
		if (tok_is(d, e, "o") || tok_is(d, e, "tai"))
			e++;
		e = home_place(d, e);
		return gb_word_upper(d, e - 1) ? e : j;
	}
	return j;
}

/*
 * The end of a biographical apposition right after a name at k, or k:
 * ", 76 tuổi", ", sinh năm 1950, dân tộc Tày", "(76 tuổi)", "(sinh năm
 * 1950, quê Hà Tĩnh)"; the titles go on after it.
 */
static int
age_apposition(const GbDoc *d, int k)
{
	int			j = k,
				e;

	if (!(tok_punct(d, k, ',') || tok_punct(d, k, '(')))
		return k;
	/* items separated by commas */
	while ((e = bio_item(d, j + 1)) > j + 1)
	{
		j = e;
		if (!tok_punct(d, j, ','))
			break;
	}
	if (j == k)
		return k;
	if (tok_punct(d, k, '('))
		return tok_punct(d, j, ')') ? j + 1 : k;
	/* ", 76 tuổi, Chủ tịch ...": the comma after it separates the titles */
	return tok_punct(d, j, ',') ? j : k;
}

/*
 * Where the title starts inside a parenthesis at k, after the person's age
 * or birth year and their commas: "(30 tuổi, Giám đốc Sở KH&ĐT)", "(SN
 * 1975, Bí thư Huyện ủy)" (probe 43 G7), the title read as in "(Giám đốc
 * Sở KH&ĐT)".  k + 1 when no such item opens it.
 */
static int
paren_bio_end(const GbDoc *d, int k)
{
	int			j = k,
				e;

	while ((e = bio_item(d, j + 1)) > j + 1 && tok_punct(d, e, ','))
		j = e;
	return j + 1;
}

/*
 * The end of lower-case words a title at e did not take, when the list of
 * titles goes on after them, or e: "Ủy viên Ban chấp hành hội nông dân,
 * Chủ tịch ...": the words finish the body's name, written in lower case,
 * and the list is not ended there.  Up to four words, none a verb, role,
 * adverb or function word, then up to three capitalized ones.
 */
static int
title_cut_rest(const GbDoc *d, int e, bool caps)
{
	int			j,
				s,
				u;

	/*
	 * "Trưởng Ban Chỉ đạo tổng kết 10 năm ...": a title does not end
	 * inside a meeting's kind, whose first word it took in
	 */
	if (gb_word_lower(d, e - 1) && gb_dict_may_match(d, e - 1, CAT_MEETKIND) &&
		gb_dict_match(d, e - 1, CAT_MEETKIND, NULL) > 1)
		return e - 1;
	if (caps || !gb_word_lower(d, e) || tok_has(d, e, T_NL))
		return e;
	/* the cheap test first: a separator after a few lower-case words */
	for (s = e + 1; s < e + 4 && gb_word_lower(d, s) && !tok_has(d, s, T_NL); s++)
		;
	/*
	 * "Ủy viên Tiểu ban Bảo vệ chính trị nội bộ Trung ương, Trưởng đoàn
	 * ...": the body's name may end in capitals, its level or place
	 */
	u = s;
	if (gb_word_upper(d, u) && gb_title_at(d, u, caps) == u && gb_name_at(d, u, true, caps) == 0)
		while (s < u + 3 && tok_has(d, s, T_WORD) && !tok_has(d, s, T_NL) &&
			   (s == u || gb_word_lower(d, s) || gb_title_at(d, s, caps) == s))
			s++;
	if (!gb_title_sep(d, s))
		return e;
	for (j = e; j < s && !tok_has(d, j, T_NL) &&
		 (j == u || (j > u && gb_word_upper(d, j)) ||
		  (!gb_dict_may_match(d, j, CAT_VERBSTART) &&
		   gb_dict_match(d, j, CAT_ROLE | CAT_TITLE | CAT_HONORIFIC | CAT_MEETKIND, NULL) == 0 &&
		   !gb_title_stop(d, j) &&
		   gb_dict_match(d, j, CAT_ADVERB, NULL) == 0 &&
		   !gb_exact_any(d, j, gb_link_words) && !gb_exact_any(d, j, gb_clause_words))); j++)
		;
	if (j < s || gb_title_at(d, s + 1, caps) == s + 1)
		return e;
	return s;
}

/*
 * The title placed at j, cut where the words after it stop belonging to
 * it, added to o: its end, or j where none is there or a name follows it
 * (a title right before a name is the next person's).
 */
static int
add_placed_title(GbOffState *st, const GbDoc *d, Official *o, int j, bool caps)
{
	int			e = gb_placed_title_at(d, j, caps);

	if (e == j || gb_name_follows(d, e, caps))
		return j;
	e = title_cut_rest(d, e, caps);
	add_title(st, d, o, j, e);
	return e;
}

/*
 * The first title of a predicate "là Title" right after a name at k, or
 * after its biography ending at a: "anh A (35 tuổi, quê X) là Phó Bí thư
 * Tỉnh đoàn, Chủ tịch ...", "ông A, 60 tuổi, hiện là Bí thư ...".  The
 * copula states the posts the person holds; the list goes on after them.
 * Returns the end of that title, or k.
 */
static int
copula_titles(GbOffState *st, const GbDoc *d, int k, int a, Official *o, bool caps)
{
	int			j = a,
				e;

	/*
	 * A parenthesis opened by a biography runs to its close, whatever
	 * places it lists: "(36 tuổi, quê xã X, H.Y, tỉnh Z)"
	 */
	if (a == k && tok_punct(d, k, '(') && bio_item(d, k + 1) > k + 1)
	{
		for (e = k + 1; e < k + 40 && e < d->ntok && !tok_has(d, e, T_NL) &&
			 !tok_punct(d, e, ')') && !tok_punct(d, e, '(') && !tok_punct(d, e, ';'); e++)
			;
		if (!tok_punct(d, e, ')'))
			return k;
		j = e + 1;
	}
	if (j > k && tok_punct(d, j, ','))
		j++;
	/* the cheap test first: a word "là", "hiện là", "nay là", "đang là" */
	if (!(tok_is(d, j, "la") || tok_is(d, j + 1, "la")) || j + 2 >= d->ntok)
		return k;
	if (gb_exact_any(d, j, "hiện|nay|đang") && !tok_has(d, j + 1, T_NL))
		j++;
	if (!gb_exact_any(d, j, "là") || tok_has(d, j, T_NL) || tok_has(d, j + 1, T_NL))
		return k;
	j++;
	e = add_placed_title(st, d, o, j, caps);
	return e == j ? k : e;
}

/*
 * The start of a full name after a board's post ending at e in "Ban", its
 * name going on in lower case up to the person's: "Phó Ban công tác phụ
 * nữ phía Nam Trần Thị A" (a Ban of a mass organization, named in
 * sentence case).  Up to six words, none a link word, role, post, adverb
 * or honorific; capitals only after the first, a place's.  Returns where
 * the name starts, or e.  Out of line, seldom called.
 */
#define BAN_TAIL		6

static __attribute__((noinline)) int
ban_name_tail(const GbDoc *d, int e, bool caps)
{
	int			j;

	if (caps || !tok_is(d, e - 1, "ban") || !gb_word_lower(d, e) || tok_has(d, e, T_NL))
		return e;
	for (j = e + 1; j <= e + BAN_TAIL && !tok_has(d, j, T_NL) && tok_has(d, j, T_WORD); j++)
	{
		if (gb_word_upper(d, j))
		{
			if (gb_name_at(d, j, true, caps) > 0)
				return j;
			continue;
		}
		if (gb_dict_match(d, j, CAT_ROLE | CAT_TITLE | CAT_HONORIFIC | CAT_MEETKIND | CAT_ADVERB, NULL) > 0 ||
			gb_title_stop(d, j) || gb_exact_any(d, j, gb_link_words) ||
			gb_exact_any(d, j, gb_clause_words))
			return e;
	}
	return e;
}

static inline int post_adverbs_end(const GbDoc *d, int k);

/*
 * The token after "được" and the verbs of an appointment at j, a comma or
 * "và" between two of them: "A, Chủ tịch UBND tỉnh Thái Nguyên, được điều
 * động, chỉ định tham gia Ban Chấp hành ... và giữ chức X" (probe 51 G1),
 * the passive of "Bộ Chính trị điều động, chỉ định A, ..., tham gia ...";
 * an adverb or the appointment's manner before them: "được tín nhiệm bầu
 * giữ chức danh X", "để được tiếp nhận, bổ nhiệm giữ chức X" (probe 55
 * G1); the manner alone before the post's own verb, "được tín nhiệm tái
 * cử làm X", ends after the manner.  j when there is none.
 */
static int
appointed_end(const GbDoc *d, int j)
{
	int			q,
				e = j,
				m;

	if (!tok_is(d, j, "duoc") || !gb_exact_any(d, j, "được") || tok_has(d, j + 1, T_NL))
		return j;
	q = post_adverbs_end(d, j + 1);
	m = gb_listed_phrase_at(d, q, gb_appoint_adverbs);
	q += m;
	/* "được tín nhiệm tái cử làm X": the post's own verb after the manner (probe 63 G7) */
	if (m > 0 && !tok_has(d, q, T_NL) && gb_dict_may_match(d, q, CAT_POSTVERB) &&
		gb_dict_match(d, q, CAT_POSTVERB, NULL) > 0)
		return q;
	for (;;)
	{
		if ((m = gb_listed_phrase_at(d, q, gb_appoint_verbs)) == 0)
			return e;
		e = q + m;
		if (!(tok_punct(d, e, ',') || tok_is(d, e, "va")))
			return e;
		q = e + 1;
	}
}

/*
 * Whether a proposal or nomination ("đề nghị", "dự kiến", "giới thiệu")
 * stands among the few lower-case words before i, back to a punctuation
 * mark, a capital or a line's start: "đề nghị phân công ông A", "dự kiến
 * giới thiệu ông A", "quy trình giới thiệu bầu" (probe 55 G11).  The post
 * the person is then said to take is proposed, not held.  Out of line:
 * tried at each person of a list, it mostly stops at the first token.
 */
#define PROPOSAL_BACK	5

static __attribute__((noinline)) bool
proposed_before(const GbDoc *d, int i)
{
	int			q;

	for (q = i - 1; q >= 0 && q >= i - PROPOSAL_BACK && tok_has(d, q, T_WORD) && gb_word_lower(d, q) &&
		 !tok_has(d, q + 1, T_NL); q--)
		if ((tok_is(d, q, "de") || tok_is(d, q, "du") || tok_is(d, q, "gioi")) &&
			gb_listed_phrase_at(d, q, gb_proposal_words) > 0)
			return true;
	return false;
}

/*
 * "A, Ủy viên Trung ương Đảng, thôi giữ chức Phó trưởng ban ... để chỉ
 * định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy",
 * "A thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ chức Bí thư
 * Tỉnh ủy để nhận công tác mới, giữ chức Thứ trưởng ...": the post left
 * after "thôi" (ceases) at j is no longer the person's; the one taken
 * with "giữ chức" later in the sentence, before another person is named,
 * is.  So too after "tham gia" (joins) at j: "A, Thứ trưởng ..., tham
 * gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy" (probe
 * 43 G1), the committees joined are no post, the one held after them is.
 * So too after "đến (về) nhận công tác" (goes to work at): "A - Bí thư
 * Quận ủy đến nhận công tác tại UBND thành phố để được tiếp nhận, bổ
 * nhiệm giữ chức Giám đốc Sở Nội vụ" (probe 55 G1), the unit is no post.
 * Returns where that "giữ chức" stands, or j.  Out of line, seldom called.
 */
static __attribute__((noinline)) int
post_after_leaving(const GbDoc *d, int j, bool caps)
{
	const GbPhrase *ph = NULL;
	int			q,
				s;
	bool		joins;

	if (tok_has(d, j + 1, T_NL))
		return j;
	/* "A sẽ thôi tham gia ...", "A, ..., được điều động, chỉ định tham gia ..." */
	s = appointed_end(d, post_adverbs_end(d, j));
	if (tok_has(d, s + 1, T_NL))
		return j;
	joins = tok_is(d, s, "tham") && tok_is(d, s + 1, "gia") && gb_exact_words(d, s, 2, "tham gia");
	if (!joins && !(tok_is(d, s, "thoi") && gb_exact_any(d, s, "thôi")) &&
		!(tok_is(d, s + 1, "nhan") && gb_exact_any(d, s, "đến|về") &&
		  gb_exact_words(d, s + 1, 3, "nhận công tác")))
		return j;
	/*
	 * up to the sentence's end or another person, within 64 tokens: "thôi
	 * tham gia Ban Chấp hành Đảng bộ, Ban Thường vụ Tỉnh ủy và thôi giữ chức
	 * P, Q nhiệm kỳ 2025 - 2030 để tham gia ... và giữ chức X" takes some
	 * 50 before the post held (probe 51 G1)
	 */
	for (q = s + 1; q < d->ntok && q < s + 64; q++)
	{
		if (tok_has(d, q, T_NL) || tok_punct(d, q, '.') || tok_punct(d, q, ';') ||
			tok_punct(d, q, ':') || gb_name_at(d, q, true, caps) > 0)
			return j;
		/*
		 * after "tham gia", the verb joined to it ("... và giữ chức"), not
		 * one inside what is joined ("tham gia ý kiến về người giữ chức")
		 */
		if (tok_is(d, q, "giu") && !tok_is(d, q - 1, "thoi") &&
			(!joins || tok_is(d, q - 1, "va") || tok_punct(d, q - 1, ',')) &&
			gb_dict_match(d, q, CAT_POSTVERB, &ph) > 0 && gb_exact_any(d, q, "giữ"))
			return proposed_before(d, q) ? j : q;
	}
	return j;
}

/*
 * The end of the term "nhiệm kỳ 2020-2025" that closes a person's post at
 * k, a comma before it or none, or k.  The title leaves the term out (the
 * post is the same in every term) and the sentence goes on after it as
 * after the post: "A, Phó Bí thư Tỉnh ủy nhiệm kỳ 2020-2025, giữ chức
 * ..." (probe 43 G1).
 */
static int
term_after_post(const GbDoc *d, int k)
{
	int			j = tok_punct(d, k, ',') ? k + 1 : k,
				e = term_years_end(d, j);

	/* on the post's line: no break inside "nhiệm kỳ", nor before the last year */
	return e > j && !tok_has(d, j + 1, T_NL) && !tok_has(d, j + 4, T_NL) ? e : k;
}

/*
 * The token after up to two adverbs at k before the verb of a post taken:
 * "tiếp tục", "đã", "lại"; k when there is none.
 */
static inline int
post_adverbs_end(const GbDoc *d, int k)
{
	int			a,
				m;

	for (m = 0; m < 2 && !tok_has(d, k, T_NL) && gb_dict_may_match(d, k, CAT_ADVERB) &&
		 !gb_dict_may_match(d, k, CAT_POSTVERB); m++)
	{
		if ((a = gb_dict_match(d, k, CAT_ADVERB, NULL)) == 0)
			break;
		k += a;
	}
	return k;
}

/*
 * The verb of a post taken at k, spelled with its tone marks ("giữ chức",
 * "tái đắc cử"): its length, or 0.  A capital after "chức" opens the post,
 * no part of the noun "chức vụ": "giữ chức Vụ trưởng Vụ X" is "giữ chức"
 * and the title (stop 29 C8).
 */
static int
post_verb_len(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, k, CAT_POSTVERB, &ph);

	if (m == 0 || !gb_exact_words(d, k, m, ph->value))
		return 0;
	if (m > 2 && tok_is(d, k + m - 2, "chuc") && gb_word_upper(d, k + m - 1) &&
		!tok_has(d, k + m - 1, T_ALLCAPS) && gb_title_at(d, k + m - 1, false) > k + m - 1)
		return m - 1;
	return m;
}

/*
 * "A, Cục trưởng Cục An ninh nội địa (Bộ Công an), tham gia Ban Chấp hành
 * ... và giữ chức X": the body above the last post, put in parentheses
 * after it, is no word of the sentence.  The token after a closed
 * parenthesis of a few words on one line at k, or k.
 */
static int
paren_after_post(const GbDoc *d, int k)
{
	int			q;

	if (!tok_punct(d, k, '('))
		return k;
	for (q = k + 1; q < d->ntok && q <= k + 8; q++)
	{
		if (tok_has(d, q, T_NL) || tok_punct(d, q, '(') || tok_punct(d, q, '.') ||
			tok_punct(d, q, ';'))
			return k;
		if (tok_punct(d, q, ')'))
			return q > k + 1 && !tok_has(d, q + 1, T_NL) ? q + 1 : k;
	}
	return k;
}

/*
 * A post the person is elected to or takes up, after the name and its
 * titles at k: "A tái đắc cử Bí thư Huyện ủy", "A – Ủy viên ... tiếp tục
 * tái đắc cử Bí thư Huyện ủy", "A được bầu giữ chức vụ Bí thư Đảng ủy",
 * "A, nguyên Chủ tịch UBND huyện, làm Bí thư Đảng ủy xã".  The post is
 * his from then on, a title as those written beside the name.  Returns the
 * end of the titles taken, the first one's span in *t0 and *t1, or k.
 */
static int
taken_post(GbOffState *st, const GbDoc *d, int k, Official *o, bool caps, int *t0, int *t1)
{
	int			j = paren_after_post(d, term_after_post(d, k)),
				m,
				a,
				e;

	if (gb_title_sep(d, j))
	{
		const char *body;

		j = post_after_leaving(d, j + 1, caps);
		/*
		 * "A, Trưởng Phòng Nội vụ huyện, đại biểu HĐND huyện được tín nhiệm
		 * bầu giữ chức danh X": a deputy's seat, then the verb (probe 55 G1)
		 */
		if (tok_is(d, j, "dai") && gb_exact_words(d, j, 2, "đại biểu") && !tok_has(d, j + 2, T_NL) &&
			(a = gb_parse_body(d, j + 2, &body)) > j + 2 && appointed_end(d, a) > a)
			j = a;
	}
	/* "A, Phó Giám đốc Sở X tham gia Ban Chấp hành, ... giữ chức vụ Y": no comma (probe 51 G1) */
	else if ((a = post_after_leaving(d, j, caps)) > j)
		j = a;
	/* "A - Hiệu trưởng nhà trường làm Bí thư Chi bộ": the unit the title before heads */
	else if (!caps && gb_word_lower(d, j) && !tok_has(d, j, T_NL) && !tok_has(d, j + 1, T_NL) &&
			 gb_dict_may_match(d, j + 2, CAT_POSTVERB))
	{
		for (m = 0; gb_unit_refs[m] != NULL; m++)
			if (gb_exact_words(d, j, 2, gb_unit_refs[m]))
			{
				j += 2;
				break;
			}
	}
	j = post_adverbs_end(d, j);
	/*
	 * "được tín nhiệm bầu giữ chức danh X", "được tiếp nhận, bổ nhiệm giữ
	 * chức X": the passive's verbs, then the post's verb or the post
	 */
	if ((a = appointed_end(d, j)) > j && !tok_has(d, a, T_NL) &&
		(((m = post_verb_len(d, a)) > 0 && !tok_has(d, a + m, T_NL)) ||
		 (m = 0, gb_placed_title_at(d, a, caps) > a)))
		j = a + m;
	else if (tok_has(d, j, T_NL) || !gb_dict_may_match(d, j, CAT_POSTVERB) ||
			 (m = post_verb_len(d, j)) == 0 || tok_has(d, j + m, T_NL))
		return k;
	else
		j += m;
	/* "được chỉ định tham gia Ban Chấp hành ... và giữ chức X": the post held */
	if (tok_is(d, j, "tham") && (a = post_after_leaving(d, j, caps)) > j &&
		(m = post_verb_len(d, a)) > 0 && !tok_has(d, a + m, T_NL))
		j = a + m;
	/* "được bầu tiếp tục giữ chức vụ": an adverb, then the verb of the post */
	if (gb_dict_may_match(d, j, CAT_ADVERB) && (a = gb_dict_match(d, j, CAT_ADVERB, NULL)) > 0 &&
		!tok_has(d, j + a, T_NL) && (m = post_verb_len(d, j + a)) > 0)
		j += a + m;
	/* "làm thư ký": a role in the meeting, read as such, no post */
	if (gb_dict_match(d, j, CAT_ROLE, NULL) > 0)
		return k;
	if ((e = add_placed_title(st, d, o, j, caps)) == j)
		return k;
	*t0 = j;
	*t1 = e;
	/*
	 * "được chỉ định giữ chức Bí thư Đảng ủy, Chủ tịch HĐND phường": more
	 * posts after a comma, up to a name or a colon (a list's group)
	 */
	for (m = 0; m < MAX_CHAIN && gb_title_sep(d, e); m++)
	{
		a = gb_placed_title_at(d, e + 1, caps);
		if (a == e + 1 || gb_name_follows(d, a, caps) || tok_punct(d, a, ':'))
			break;
		a = title_cut_rest(d, a, caps);
		add_title(st, d, o, e + 1, a);
		e = a;
	}
	return e;
}

/*
 * Whether the verb of a post taken stands at k, maybe after an adverb or
 * two: "được bầu giữ chức", "cùng tái đắc cử".  Out of line, seldom
 * called: after a list's member that failed to read as a name.
 */
static __attribute__((noinline)) bool
post_verb_at(const GbDoc *d, int k)
{
	k = post_adverbs_end(d, k);
	return !tok_has(d, k, T_NL) && post_verb_len(d, k) > 0;
}

/*
 * Whether the names of a list go on from k, "," or "và" before each, up to
 * the verb of a post they take: "A, Quảng Đại Tuyên và B được bầu giữ
 * chức ...", from after "Quảng Đại Tuyên".
 */
static __attribute__((noinline)) bool
names_take_post(const GbDoc *d, int k, bool caps)
{
	int			i,
				n;

	for (i = 0; i < MAX_GROUP && (tok_punct(d, k, ',') || tok_is(d, k, "va")) &&
		 (n = gb_name_at(d, k + 1, false, caps)) > 0; i++)
		k += 1 + n;
	return post_verb_at(d, k);
}

/*
 * The end of a note on a photo right after a name at k, or k: "(đứng)",
 * "(giữa)", "(thứ 2 từ trái sang)", "(bên phải)", where the person stands
 * in the picture.  A few lower-case words and numbers, no post among them;
 * the titles go on after it.
 */
static int
photo_note(const GbDoc *d, int k)
{
	int			j;

	for (j = k + 1; j < k + 7 && (gb_word_lower(d, j) || tok_has(d, j, T_NUM)) &&
		 !tok_has(d, j, T_NL) && gb_placed_title_at(d, j, false) == j; j++)
		;
	return j > k + 1 && tok_punct(d, j, ')') && !tok_has(d, j, T_NL) ? j + 1 : k;
}

/*
 * Whether the word at e is the clause's verb (or the word before it),
 * after a person's titles: "được", an adverb ("đã", "tiếp tục"), a role
 * ("phát biểu", "chủ trì") or a word a title stops at that is no link
 * word ("trao", "nhấn mạnh"), in lower case; not an honorific, which opens
 * a person.
 */
static bool
clause_verb_at(const GbDoc *d, int e)
{
	const char *h;

	if (!gb_word_lower(d, e) || tok_has(d, e, T_NL) || gb_honorific_at(d, e, &h) > 0)
		return false;
	if (gb_dict_match(d, e, CAT_ADVERB | CAT_ROLE, NULL) > 0 || gb_exact_any(d, e, "được"))
		return true;
	return gb_title_stop(d, e) && !gb_exact_any(d, e, gb_link_words) &&
		!gb_exact_any(d, e, gb_clause_words);
}

/*
 * "Ông A - T1, T2; T3; Thượng tướng, T4 được Bộ Chính trị chỉ định ...":
 * after a ";" at k, titles alone, a rank and its comma perhaps before them
 * (a rank is no title), in segments parted by ";", up to the clause's verb
 * (clause_verb_at()): the person's posts, the sentence going on with him as
 * its subject.  An item of a list of those present opens with a name, or a
 * title before one ("; Phó Bí thư Tỉnh ủy B"), and such a list ends with no
 * verb.  Out of line: called only after a ";" inside a person's titles.
 */
static __attribute__((noinline)) bool
posts_to_verb(const GbDoc *d, int k, bool caps)
{
	GbTitleChain c;
	int			s,
				r,
				e;

	for (s = 0; s < MAX_CHAIN; s++)
	{
		r = gb_skip_rank(d, k);
		if (r > k && tok_punct(d, r, ',') && !tok_has(d, r + 1, T_NL))
			r++;
		if (tok_has(d, r, T_NL) || !gb_word_upper(d, r))
			return false;
		e = gb_parse_chain(d, r, caps, &c);
		if (e == r || tok_has(d, e, T_NL) || gb_name_follows(d, e, caps))
			return false;
		if (!tok_punct(d, e, ';'))
			return clause_verb_at(d, e);
		k = e + 1;
	}
	return false;
}

/*
 * Whether a plural body starts at e, "các chi bộ trực thuộc", "những xã":
 * titles before it ("; Bí thư, Phó Bí thư các chi bộ") are held by a group
 * of those present, one in each body (stop 31 H5).
 */
static bool
plural_body_at(const GbDoc *d, int e)
{
	return (tok_is(d, e, "cac") || tok_is(d, e, "nhung")) && gb_word_lower(d, e) && !tok_has(d, e, T_NL);
}

/*
 * After a ";" that ended a person's titles, at k: "A, Ủy viên Bộ Chính
 * trị; Bí thư Trung ương Đảng, Trưởng Ban Kinh tế Trung ương; B, ...".
 * A stray semicolon inside one person's titles (the caller has read one
 * title after the name at least): the segment opens with titles, two or
 * more and no name after them, where a list's item opens with a name.  One
 * title alone there is an item of its own, a post present with no name
 * ("A, Bí thư Tỉnh ủy; Phó Chủ tịch UBND tỉnh; ..."); titles before a
 * colon are a group's ("; Phó Bí thư: B, C"), and titles then other
 * classes of persons are a list of those present ("; Ủy viên Bộ Chính
 * trị, Ủy viên Ban Bí thư, lãnh đạo các ban"), as are memberships alone,
 * read as plural ("; Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư."): one
 * post at least is a seat one holds alone ("Trưởng Ban ...").
 */
static bool
titles_go_on(const GbDoc *d, int k, bool caps)
{
	GbTitleChain c;
	int			e;

	if (tok_has(d, k, T_NL) || !gb_word_upper(d, k))
		return false;
	if (posts_to_verb(d, k, caps))
		return true;
	e = gb_parse_chain(d, k, caps, &c);
	if (c.n < 2 || tok_punct(d, e, ':') || tok_punct(d, e, ',') || gb_name_follows(d, e, caps) ||
		plural_body_at(d, e))
		return false;
	for (k = 0; k < c.n; k++)
	{
		int			a = c.t0[k];

		/* "Ủy viên ...", "Tỉnh ủy viên": a member's seat */
		if (!(tok_is(d, a, "uy") && tok_is(d, a + 1, "vien")) &&
			!gb_member_head(d, a, c.t1[k]))
			return true;
	}
	return false;
}

/*
 * Whether a title at k runs into a name with no comma, that name's verb
 * after it: "..., Trưởng Ban Tổ chức Trung ương B nhấn mạnh".  So too with
 * no verb when the person before was written the same way, titles then
 * name (pre_titled): "T1, T2 A, T3, T4 B, T5 C chủ trì", a list in the house
 * style of titles before each name, one comma between persons; T3 opens
 * B's titles, not an apposition after A (probe 61 G1).  Out of line,
 * called only at the comma after a person's titles.
 */
static __attribute__((noinline)) bool
subject_after_titles(const GbDoc *d, int k, bool caps, bool pre_titled)
{
	int			e = gb_placed_title_at(d, k, caps),
				n;

	if (e == k || tok_has(d, e, T_NL) || (n = gb_name_at(d, e, true, caps)) <= 0)
		return false;
	return pre_titled || clause_verb_at(d, e + n);
}

/*
 * A duty in lower case inside a list of titles at i, "phụ trách công tác
 * tuyên giáo Đảng ủy": no post of its own, it does not end the list.  Its
 * end, the comma before a capitalized title, or i.  Out of line, called
 * only at "phụ trách".
 */
static __attribute__((noinline)) int
duty_phrase_end(const GbDoc *d, int i, bool caps)
{
	int			j;

	if (caps || !gb_word_lower(d, i) || tok_has(d, i + 1, T_NL) || !gb_exact_words(d, i, 2, "phụ trách"))
		return i;
	for (j = i + 2; j < i + 12 && j < d->ntok && tok_has(d, j, T_WORD) && !tok_has(d, j, T_NL); j++)
		;
	if (j == i + 2 || !tok_punct(d, j, ',') || tok_has(d, j + 1, T_NL) || !gb_word_upper(d, j + 1) ||
		gb_title_at(d, j + 1, caps) <= j + 1)
		return i;
	return j;
}

/*
 * A second post of the person's after "và" at k, which ended his title:
 * "Đại tướng Tô Lâm, Bí thư Đảng ủy Công an Trung ương và Bộ trưởng Bộ
 * Công an, cùng tham gia".  A capitalized post with its body, then the
 * clause's end or its verb; not a post before a name ("và Bộ trưởng Bộ
 * Công an Lương Tam Quang", the next person), nor a class of persons ("và
 * Giám đốc các sở").  Returns its end, or k.  Out of line, called only at
 * "và".
 */
static __attribute__((noinline)) int
and_post_end(const GbDoc *d, int k, bool caps)
{
	int			e;

	if (!gb_word_lower(d, k) || tok_has(d, k + 1, T_NL) || !gb_exact_any(d, k, "và") ||
		!gb_word_upper(d, k + 1) || (e = gb_title_at(d, k + 1, caps)) < k + 4 ||
		gb_name_follows(d, e, caps))
		return k;
	return tok_has(d, e, T_NL) || tok_punct(d, e, ',') || tok_punct(d, e, '.') ||
		tok_punct(d, e, ';') || gb_title_stop(d, e) ||
		gb_dict_match(d, e, CAT_ROLE, NULL) > 0 ? e : k;
}

/*
 * The end of a Party term in brackets after a post at k, "(khóa XXI)",
 * "(nhiệm kỳ 2015-2020)", "(khóa XX, nhiệm kỳ 2015 - 2020)", or k: it
 * tells the outgoing committee from the incoming one, the post is the
 * same, and the list of posts goes on after it (probe 49 G5).
 */
static int
paren_term_end(const GbDoc *d, int k)
{
	int			j = k + 1;

	if (tok_is(d, j, "khoa") && gb_exact_any(d, j, "khóa") &&
		(tok_has(d, j + 1, T_ROMAN) || tok_has(d, j + 1, T_NUM)))
	{
		j += 2;
		if (tok_punct(d, j, ',') && tok_is(d, j + 1, "nhiem"))
			j++;
	}
	if (tok_is(d, j, "nhiem") && tok_is(d, j + 1, "ky") && gb_exact_words(d, j, 2, "nhiệm kỳ") &&
		range_from(d, j + 2))
		j += 5;
	if (j == k + 1 || !tok_punct(d, j, ')'))
		return k;
	for (int i = k + 1; i <= j; i++)
		if (tok_has(d, i, T_NL))
			return k;
	return j + 1;
}

/*
 * The word "tân" (newly appointed) at i opening an appositive, "A, tân
 * Giám đốc Công an tỉnh X,": the post after it is the person's, as
 * "Tân Bí thư Tỉnh ủy A" written before the name gives it.  The title
 * leaves it out as it does there (the post is the same one; "nguyên", a
 * former post, changes what is held and stays).  1 when it is there.
 */
static inline int
new_post_word(const GbDoc *d, int i)
{
	return tok_is(d, i, "tan") && !tok_has(d, i + 1, T_NL) && gb_exact_any(d, i, "tân") ? 1 : 0;
}

/*
 * Whether the comma at k closes its line and the next line goes on with
 * another title of the same person: a photo caption kept with its hard
 * line breaks, "Đ/c A - Giám đốc Sở Nội vụ,\n    Phó Trưởng Ban Tổ chức
 * Tỉnh ủy - khai mạc Hội nghị" (probe 57 G6).  A clause never ends at a
 * comma; a title with a name after it is the next person's, and a blank
 * line ends the list.  Out of line, seldom called.
 */
static __attribute__((noinline)) bool
title_after_wrap(const GbDoc *d, int k, bool caps)
{
	int			e;

	return tok_has(d, k + 1, T_NL) && !tok_has(d, k + 1, T_PARA) && gb_word_upper(d, k + 1) &&
		(e = gb_title_at(d, k + 1, caps)) > k + 1 && !gb_name_follows(d, e, caps);
}

/*
 * Whether the ":" at e, after a title that goes on a person's titles after
 * a comma, is typed for the ";" between two items of a list: "A, Phó Bí
 * thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh: B, Ủy viên Ban Thường vụ, ...".
 * The name after it has its own titles after a comma, an item "name,
 * titles" as A's; a group's label before a colon opens an item, after a
 * ";" (probe 58 G7).  Out of line, called only at such a colon.
 */
static __attribute__((noinline)) bool
colon_for_semicolon(const GbDoc *d, int e, bool caps)
{
	int			r = gb_skip_rank(d, e + 1),
				n,
				a;

	if (tok_has(d, e + 1, T_NL) || (n = gb_name_at(d, r, true, caps)) == 0 ||
		!tok_punct(d, r + n, ',') || tok_has(d, r + n + 1, T_NL))
		return false;
	a = r + n + 1;
	return gb_title_at(d, a, caps) > a;
}

/*
 * The first item after a name, at s, a standing committee with "Ủy viên"
 * left out ("A, Ban TVĐU, Chủ tịch UBMTTQ xã", "B, BTV Huyện ủy, Trưởng
 * Ban Dân vận"): a member's title when another of his posts follows it (a
 * committee in a list of attendees has none).  Returns its end, or s.
 * Out of line: called only where no title was read (stop 31 L-E9).
 */
static __attribute__((noinline)) int
standing_item(const GbDoc *d, int s, bool caps)
{
	int			a = gb_standing_item_end(d, s, caps),
				t;

	if (a == s || !gb_title_sep(d, a) || tok_has(d, a + 1, T_NL) ||
		(t = gb_title_at(d, a + 1, caps)) == a + 1 || gb_name_follows(d, t, caps))
		return s;
	return a;
}

/*
 * Titles after a name: ", Ủy viên Bộ Chính trị, Trưởng Ban ...".  pre_titled:
 * the person's titles were written before his name.  Returns the end.
 */
static int
post_titles(GbOffState *st, const GbDoc *d, int k, Official *o, bool caps, bool pre_titled)
{
	int			n,
				from = o->ntitles,
				a = age_apposition(d, k),
				k0 = k,
				n0 = o->ntitles,
				commas = 0;

	/* "Trung tướng A (đứng) - Ủy viên Trung ương Đảng, ..." */
	if (a == k && tok_punct(d, k, '('))
		a = k = photo_note(d, k);
	/* "(76 tuổi) Chủ tịch ..." or "(76 tuổi), Chủ tịch ..." */
	if (a > k && (gb_title_at(d, a, caps) > a ||
				  (gb_title_sep(d, a) && gb_title_at(d, a + 1, caps) > a + 1)))
		k = a;
	else
		k = copula_titles(st, d, k, a, o, caps);
	for (n = 0; n < MAX_CHAIN; n++)
	{
		int			e,
					s;

		/*
		 * "Nguyễn Văn A (Bí thư Tỉnh ủy)", "Nguyễn Văn A (30 tuổi, Bí thư
		 * Tỉnh ủy)", "Nguyễn Văn A (Bí thư Huyện ủy, Chủ tịch HĐND huyện)":
		 * the posts a comma apart, to the close
		 */
		if (tok_punct(d, k, '('))
		{
			int			b = paren_bio_end(d, k);
			GbTitleChain c;

			/* "Bí thư Tỉnh ủy (khóa XXI), Chủ tịch HĐND tỉnh": a term, the list goes on */
			if (n > 0 && (e = paren_term_end(d, k)) > k && gb_title_sep(d, e) &&
				(s = e + 1 + new_post_word(d, e + 1), gb_title_at(d, s, caps) > s))
			{
				k = e;
				continue;
			}

			e = gb_chain_end(d, b, caps, &c);
			if (e == b || !tok_punct(d, e, ')'))
				break;
			for (int t = 0; t < c.n; t++)
				add_title(st, d, o, c.t0[t], c.t1[t]);
			k = e + 1;
			continue;
		}
		/* "đồng chí Nguyễn Văn A Bí thư Tỉnh ủy": a title may follow at once */
		if (!tok_has(d, k, T_NL) && (e = gb_title_at(d, k, caps)) > k &&
			!gb_name_follows(d, e, caps))
		{
			add_title(st, d, o, k, e);
			k = e;
			continue;
		}
		/* "A, Bí thư Đảng ủy Công an Trung ương và Bộ trưởng Bộ Công an" */
		if (n > 0 && tok_is(d, k, "va") && (e = and_post_end(d, k, caps)) > k)
		{
			add_title(st, d, o, k + 1, e);
			k = e;
			continue;
		}
		if (!gb_title_sep(d, k) && !(n > 0 && tok_punct(d, k, ';') && titles_go_on(d, k + 1, caps)) &&
			!(n > 0 && tok_punct(d, k, ',') && title_after_wrap(d, k, caps)))
			break;

		/*
		 * "..., Ủy viên Quân ủy Trung ương; Thượng tướng, Phó Tổng Tham mưu
		 * trưởng ...": a rank among the posts is no title, the list goes on
		 * after it (a post then a name after it is the next person's)
		 */
		if ((a = gb_skip_rank(d, k + 1)) > k + 1 && tok_punct(d, a, ',') && !tok_has(d, a + 1, T_NL) &&
			(e = gb_title_at(d, a + 1, caps)) > a + 1 && !gb_name_follows(d, e, caps))
		{
			k = a;
			continue;
		}
		/* "A, tân Giám đốc Công an tỉnh X": the post, "tân" left out */
		s = k + 1;
		if (new_post_word(d, s) && gb_placed_title_at(d, s + 1, caps) > s + 1)
			s++;
		/* "Lê Văn A – phó bí thư thường trực, ...": in lower case too */
		e = gb_placed_title_at(d, s, caps);

		/* "A, BTV Huyện ủy, Trưởng Ban Dân vận": the committee is his title */
		if (e == s && n == 0)
			e = standing_item(d, s, caps);

		/*
		 * "Nguyễn Văn A, XYZW Tỉnh ủy, Bí thư Huyện ủy": an abbreviation
		 * not known is passed over when a title follows it, the list goes on
		 */
		if (e == s)
		{
			int			a = gb_abbrev_title_end(d, k + 1, caps);

			/* "..., Phó Bí Thành ủy, Chủ tịch ...": a mistyped post, passed over too */
			if (a == k + 1)
				a = gb_prefix_item_end(d, k + 1, caps);
			if (a > k + 1 && gb_title_sep(d, a) && gb_title_at(d, a + 1, caps) > a + 1)
			{
				k = a;
				continue;
			}
			/* "..., phụ trách công tác tuyên giáo Đảng ủy, Phó Giám đốc Bệnh viện" */
			if (tok_is(d, k + 1, "phu") && tok_is(d, k + 2, "trach") &&
				(a = duty_phrase_end(d, k + 1, caps)) > k + 1)
			{
				k = a;
				continue;
			}
		}

		/*
		 * a title right before a name is the next person's; not one after
		 * a comma, before a colon typed for ";" (colon_for_semicolon())
		 */
		if (e == s || (gb_name_follows(d, e, caps) &&
					   !(n > 0 && tok_punct(d, k, ',') && tok_punct(d, e, ':') &&
						 colon_for_semicolon(d, e, caps))) ||
			ban_name_tail(d, e, caps) > e)
			break;
		e = title_cut_rest(d, e, caps);
		if (n == 0)
			k0 = k, n0 = o->ntitles;
		if (tok_punct(d, k, ','))
			commas++;
		add_title(st, d, o, s, e);
		k = e;
	}

	/*
	 * So are all the titles a comma apart before it when its verb follows:
	 * "chúc mừng ông A, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung
	 * ương B nhấn mạnh ...": they are B's, the subject's, set before his
	 * name; an appositive after A ends at a comma, never at a capitalized
	 * name (probe 47 G2).  So too after a person titled before his name
	 * with no verb (subject_after_titles()).  They are taken back, and the
	 * scan goes on before them.
	 */
	if (n > 0 && commas == n && tok_punct(d, k, ',') &&
		subject_after_titles(d, k + 1, caps, pre_titled))
	{
		o->ntitles = n0;
		k = k0;
	}
	share_place(st, d, o, from);
	return k;
}

/* Whether tokens [a0, a1) and [b0, b1) are the same words, folded. */
static bool
same_words(const GbDoc *d, int a0, int a1, int b0, int b1)
{
	int			k;

	if (a1 - a0 != b1 - b0)
		return false;
	for (k = 0; k < a1 - a0; k++)
		if (d->tok[a0 + k].flen != d->tok[b0 + k].flen ||
			memcmp(tok_fold(d, a0 + k), tok_fold(d, b0 + k), d->tok[a0 + k].flen) != 0)
			return false;
	return true;
}

/*
 * Whether the title [a0, a1) is the shared title [b0, b1) held as its
 * standing member: "Phó Bí thư Thường trực Tỉnh ủy" or "Phó Bí thư
 * Thường trực" in a list of "các Phó Bí thư Tỉnh ủy": the same post, the
 * first among its holders, its body left out or not.
 */
static bool
standing_of(const GbDoc *d, int a0, int a1, int b0, int b1)
{
	bool		standing = false;
	int			b = b0;

	for (; a0 < a1; a0++)
	{
		if (tok_is(d, a0, "thuong") && tok_is(d, a0 + 1, "truc") && a0 + 1 < a1)
		{
			standing = true;
			a0++;
			continue;
		}
		if (b == b1 || !same_words(d, a0, a0 + 1, b, b + 1))
			return false;
		b++;
	}
	return standing && b > b0;
}

/*
 * Whether the titles after a name at k restate one of the shared titles:
 * "các đồng chí Ủy viên Trung ương Đảng, Thứ trưởng: A; B và C - Ủy viên
 * Trung ương Đảng, Phó Chủ nhiệm ...": C, with titles of its own written
 * in full, is not one of the class.
 */
static bool
restates_shared(const GbDoc *d, int k, const GbTitleChain *shared, bool caps)
{
	GbTitleChain own;
	int			a,
				b;

	if (!gb_title_sep(d, k) || gb_parse_chain(d, k + 1, caps, &own) == k + 1)
		return false;
	for (a = 0; a < own.n; a++)
		for (b = 0; b < shared->n; b++)
			if (same_words(d, own.t0[a], own.t1[a], shared->t0[b], shared->t1[b]) ||
				standing_of(d, own.t0[a], own.t1[a], shared->t0[b], shared->t1[b]))
				return true;
	return false;
}

/* Whether chain c holds a membership, "Ủy viên ...". */
static bool
has_membership(const GbDoc *d, const GbTitleChain *c)
{
	int			a;

	for (a = 0; a < c->n; a++)
		if (tok_is(d, c->t0[a], "uy") && tok_is(d, c->t0[a] + 1, "vien"))
			return true;
	return false;
}

/* "các", "những", a number before i: a class of persons, not one. */
static bool
plural_before(const GbDoc *d, int i)
{
	return tok_is(d, i - 1, "cac") || tok_is(d, i - 1, "nhung") || tok_has(d, i - 1, T_NUM);
}

/*
 * "gồm", "gồm có" at k in lower case: what comes before it consists of
 * what follows ("các Phó Bí thư Tỉnh ủy gồm ông A, bà B và ông C").
 * Returns the token after it, or k.
 */
static int
members_word(const GbDoc *d, int k)
{
	if (!tok_is(d, k, "gom") || !gb_word_lower(d, k) || tok_has(d, k, T_NL) ||
		!gb_exact_any(d, k, "gồm"))
		return k;
	if (tok_is(d, k + 1, "co") && gb_word_lower(d, k + 1) && !tok_has(d, k + 1, T_NL) &&
		gb_exact_any(d, k + 1, "có"))
		return k + 2;
	return k + 1;
}

/*
 * Whether the names from k are the members of a class of persons named
 * before them: after its colon, "4 Phó Bí thư Tỉnh ủy: bà A, ông B", or
 * after "gồm", "các Phó Bí thư Tỉnh ủy gồm ông A, bà B", "... gồm các
 * đồng chí A, B", after "là" (names_after_chain() steps past those words).
 */
static bool
members_open(const GbDoc *d, int k)
{
	const char *h;
	int			m;

	if (tok_punct(d, k - 1, ':'))
		return true;
	/* "gồm các đồng chí A, B": past the plural honorific */
	for (m = 1; m <= 2; m++)
		if (tok_is(d, k - m - 1, "cac") && gb_honorific_at(d, k - m, &h) == m)
		{
			k -= m + 1;
			break;
		}
	/* "Hai Phó Chủ tịch HĐND tỉnh là ông A và ông B" (probe 55 G2) */
	if (tok_is(d, k - 1, "la") && gb_exact_any(d, k - 1, "là"))
		return true;
	return members_word(d, k - 1) == k || members_word(d, k - 2) == k;
}

/*
 * Whether the verb of a post given stands right before the post at i:
 * "chỉ định 4 người giữ chức Phó Bí thư Tỉnh ủy ..., gồm: ông A, ông B",
 * the members after "gồm" each taking it (probe 46 G2).  Out of line,
 * seldom called: at a "gồm" after a post.
 */
static __attribute__((noinline)) bool
post_given_before(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			m;

	for (m = 1; m <= 4 && i - m >= 0; m++)
		if (gb_dict_may_match(d, i - m, CAT_POSTVERB) &&
			gb_dict_match(d, i - m, CAT_POSTVERB, &ph) == m &&
			gb_exact_words(d, i - m, m, ph->value) && !tok_has(d, i, T_NL))
			return true;
	return false;
}

/*
 * After a post at k, the term and a comma maybe, "gồm" opening the persons
 * who take it: "giữ chức Phó Bí thư Tỉnh ủy nhiệm kỳ 2025-2030, gồm: A,
 * B".  Returns the token after "gồm", or k.
 */
static int
given_members(const GbDoc *d, int k)
{
	int			j = term_after_post(d, k),
				x;

	if (gb_title_sep(d, j))
		j++;
	return (x = members_word(d, j)) > j ? x : k;
}

/* A number in words right before i, "ba", "hai": its value, else 0. */
static int
count_word_before(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;

	return i > 0 && gb_dict_may_match(d, i - 1, CAT_COUNTWORD) &&
		gb_dict_match(d, i - 1, CAT_COUNTWORD, &ph) == 1 && gb_same_word(d, i - 1, ph) ? ph->aux : 0;
}

/*
 * Whether a class of persons is counted right before i: "các", "những", a
 * number, or a number in words, "ba Phó Bí thư Tỉnh ủy gồm ...".
 */
static bool
counted_before(const GbDoc *d, int i)
{
	return plural_before(d, i) || count_word_before(d, i) >= 2;
}

/*
 * Whether the colon before k closes persons counted by a number, "Ba đồng
 * chí: A, ...; B, ...; C, ... được bầu giữ chức X" (not "các đồng chí:",
 * those present).  Out of line, seldom called: at a list after a colon.
 */
static __attribute__((noinline)) bool
counted_colon(const GbDoc *d, int k)
{
	const char *h;
	int			m;

	for (m = 1; m <= 2 && k - 1 - m > 0; m++)
		if (gb_honorific_at(d, k - 1 - m, &h) == m)
			return tok_has(d, k - 2 - m, T_NUM) ||
				(!plural_before(d, k - 1 - m) && counted_before(d, k - 1 - m));
	return false;
}

/*
 * Whether the next item of a group's list at k is a member written with
 * titles of his own before his name, as the one before: "các đồng chí Ủy
 * viên Trung ương Đảng: Phó Thủ tướng A, Phó Thủ tướng - Bộ trưởng Bộ Tư
 * pháp B": the titles after A's name are B's, all of them, not A's.
 */
static bool
titled_member(const GbDoc *d, int k, bool caps)
{
	GbTitleChain c;
	int			e;

	if (!tok_punct(d, k, ',') || tok_has(d, k + 1, T_NL) ||
		(e = gb_parse_chain(d, k + 1, caps, &c)) == k + 1)
		return false;
	if (tok_punct(d, e, '-') || (tok_punct(d, e, ',') && gb_skip_rank(d, e + 1) > e + 1))
		e++;
	return gb_name_at(d, gb_skip_rank(d, e), true, caps) > 0;
}

#define MEMBER_NOTE		8		/* tokens in a note on a group's member */

/*
 * A note in parentheses on a group's member at k that names no post of his
 * own, the list going on after it: "4 Phó Bí thư Tỉnh ủy: bà A (Thường
 * trực), ông B (Chủ tịch UBND tỉnh) ...", the first of the class's
 * standing.  Returns its end, or k.
 */
static int
member_note(const GbDoc *d, int k)
{
	int			j;

	if (!tok_punct(d, k, '('))
		return k;
	for (j = k + 1; j < k + MEMBER_NOTE && !tok_punct(d, j, ')'); j++)
		if (tok_has(d, j, T_NL) || !tok_has(d, j, T_WORD))
			return k;
	if (j == k + 1 || !tok_punct(d, j, ')') || tok_has(d, j + 1, T_NL))
		return k;
	j++;
	return tok_punct(d, j, ',') || tok_punct(d, j, ';') || tok_punct(d, j, '.') ||
		(tok_is(d, j, "va") && gb_word_lower(d, j)) ? j : k;
}

/*
 * Where the name starts after "titles – " at j in a list of "titles – Name"
 * items, or j when no such item starts there.  The chain goes to *pre when
 * given.
 */
static int
dashed_item(const GbDoc *d, int j, bool caps, GbTitleChain *pre)
{
	GbTitleChain c;
	int			e = gb_parse_chain(d, j, caps, pre ? pre : &c);

	if (e == j || !tok_punct(d, e, '-') || gb_name_at(d, e + 1, true, caps) == 0)
		return j;
	return e + 1;
}

/*
 * Whether the titles after a name at k, past its comma or dash, open with
 * a post several hold at once, a deputy's or a member's ("Phó Chủ tịch
 * HĐND tỉnh", "Ủy viên Ban Thường vụ"): "A và B, Phó Chủ tịch UBND tỉnh"
 * are both deputies, where "A và B, Chủ tịch UBND tỉnh" names B alone.
 */
static bool
post_of_several(const GbDoc *d, int k)
{
	if (tok_punct(d, k, ',') || tok_punct(d, k, '-'))
		k++;
	return tok_is(d, k, "pho") || (tok_is(d, k, "uy") && tok_is(d, k + 1, "vien"));
}

/*
 * The titles o took from its title k on go to p too, who has none: "A và
 * B, Phó Chủ tịch HĐND tỉnh", one post written once for both.
 */
static void
share_titles(Official *p, const Official *o, int k)
{
	for (; k < o->ntitles && p->ntitles < MAX_TITLES; k++)
	{
		p->titles[p->ntitles] = o->titles[k];
		p->tkeys[p->ntitles] = o->tkeys[k];
		p->tcaps[p->ntitles] = o->tcaps[k];
		p->tplace[p->ntitles] = o->tplace[k];
		p->ntitles++;
	}
}

/*
 * Whether a member named after bare ones (bare_after), with a post of his
 * own pre before his name, leaves the class shared of a post, not of a
 * membership: "các Phó Thủ tướng: A, B, Bộ trưởng Bộ Y tế C" names C
 * beside the deputies, where "các Ủy viên Bộ Chính trị: A, Chủ tịch nước
 * B" names a member (stop 31 J4).
 */
static bool
leaves_post_class(const GbDoc *d, const GbTitleChain *pre, const GbTitleChain *shared, int n,
				  bool bare_after)
{
	return n > 0 && bare_after && pre->n > 0 && !has_membership(d, pre) && !has_membership(d, shared) &&
		!(shared->n > 0 && standing_of(d, pre->t0[0], pre->t1[0], shared->t0[0], shared->t1[0]));
}

/*
 * Names from k, separated by ";", "," or "và", each with an optional
 * honorific or rank and its own titles after it; "shared" titles stood
 * before the list.  Returns the end, or k when no name starts there.
 *
 * A group's titles before a colon ("các Ủy viên Bộ Chính trị: Chủ tịch
 * nước A, ...; Thủ tướng B, ...; đại tướng C, ...") go to every member, and
 * a member may have a title of his own before his name, his alone.  One
 * person's title before the name ("Thủ tướng A, ...; đại tướng B") ends at
 * a ";" or at a rank, which opens another person.
 */
static int
name_list(GbOffState *st, const GbDoc *d, int k, const char *honorific,
		  const GbTitleChain *shared, int t0, bool need_surname, bool caps)
{
	int			count = 0,
				nbare = 0;
	/* persons named with no title of their own, in a row */
	Official   *bare[MAX_GROUP];
	/* "T A và B, T2": one person's title before the name, not a group's "T: A, B" */
	bool		single = shared && !tok_punct(d, k - 1, ':') && !plural_before(d, t0);
	/* "các đồng chí T A, T2 B" without a colon: each title its own person's */
	bool		group = shared && members_open(d, k);
	/*
	 * "4 Phó Bí thư Tỉnh ủy: bà A (...), ông B (...) và bà C": a group's
	 * members written each with an honorific, the first one's among them
	 */
	bool		honored = false;
	/*
	 * "T1, T2 – A, T3, T4 - B, T5 – C chủ trì": the dash before the first
	 * name closes its titles, so the titles between two names are the next
	 * one's
	 */
	bool		dashed = shared && honorific == NULL && tok_punct(d, k - 1, '-');
	/*
	 * "các đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: A, B; Ủy
	 * viên Trung ương Đảng, Chánh Văn phòng C": a member who states a
	 * membership of his own is not of the class, nor are those after him
	 */
	bool		left = false;
	/*
	 * "các đồng chí nguyên Tổng Bí thư: A, B; Đại tướng C, nguyên Chủ tịch
	 * nước; D, Thủ tướng": a class of bare names closed by ";" leaves the
	 * persons after it with a rank or titles of their own outside it
	 */
	bool		bare_class = true;
	/*
	 * "Ba đồng chí: A, titles; B, titles; C, titles được bầu giữ chức X":
	 * persons counted before the colon, each with titles of his own and ";"
	 * between them, all take the post the verb after the last gives (probe
	 * 46 G3)
	 */
	Official   *listed[MAX_GROUP];
	int			nlisted = 0;
	/*
	 * "Ông A, Chủ tịch UBND tỉnh, bà B và ông C được chỉ định tiếp tục
	 * đảm nhiệm chức danh X": a person with titles of his own closed by a
	 * comma is a member of the subject all the same; the post the verb
	 * after the last member (joined by "và") gives is his too (probe 49
	 * G10).  So too when "và" closes them: "ông A, Trưởng phòng Tư pháp
	 * huyện và bà B, Chủ tịch Hội LHPN huyện được bầu giữ chức vụ X"
	 * (probe 55 G1), B with titles of his own as A: in "ông A, Bí thư
	 * Huyện ủy và ông B được bầu làm X" B alone is elected
	 */
	Official   *titled[MAX_GROUP];
	int			ntitled = 0;
	bool		titled_va = false;
	bool		counted = honorific != NULL && shared == NULL && tok_punct(d, k - 1, ':') &&
		counted_colon(d, k);

	for (;;)
	{
		int			j = k,
					n,
					m,
					e,
					r,
					x,
					x1,
					nt;
		const char *h = honorific;
		Official   *o;
		bool		surname = need_surname,
					own = false,
					apart = false;
		GbTitleChain pre;

		pre.n = 0;
		if (count > 0)
		{
			if (!(tok_punct(d, k, ';') || tok_punct(d, k, ',') || tok_is(d, k, "va")))
				break;
			own = single && tok_is(d, k, "va");
			apart = single && tok_punct(d, k, ';');
			/* "đồng chí A và Hội Nông dân": only ";" keeps a name without a surname */
			surname = surname || !tok_punct(d, k, ';');
			j++;
			/*
			 * "A, Chủ tịch UBND tỉnh; và B, Phó trưởng ban ...": the last
			 * member after "; và", the "và" a body may follow as well
			 */
			if (tok_punct(d, k, ';') && tok_is(d, j, "va") && gb_word_lower(d, j) &&
				!tok_has(d, j, T_NL))
			{
				surname = true;
				j++;
			}
		}
		if ((m = gb_honorific_at(d, j, &h)) > 0 || (m = gb_kin_honorific_at(d, j, &h)) > 0)
		{
			/*
			 * "Title A và ông B, ...": B is not under A's titles; a group's
			 * members are, when each has his honorific
			 */
			if (shared && count > 0 && !(group && honored))
				break;
			if (count == 0)
				honored = true;
			j += m;
			/* "ông Rah Lan Chung": no surname needed to tell the name after it */
			surname = false;
		}
		r = gb_skip_rank(d, j);
		apart = apart || (single && count > 0 && r > j);
		n = gb_name_at(d, r, surname, caps);
		/* "đồng chí cao Xuân Chiểu, Phó Bí thư", "Ủy viên: Lê quang Xuyến, Trưởng Ban ...": a slip */
		if (n == 0 && r < d->ntok && (h != NULL || tok_punct(d, r - 1, ':') || tok_punct(d, r - 1, ';')))
			n = gb_slip_name_len(d, r, caps);
		/*
		 * "các đồng chí UVTV Tỉnh ủy: A, Trưởng Ban ...; Lâm Đông, Trưởng
		 * Ban Tổ chức Tỉnh ủy; Hà Nam, ...": a list of persons with their
		 * titles, a name that folds as a place's is a person's by its shape
		 * and its titles after it (probe 56 G3)
		 */
		if (n == 0 && h != NULL && (tok_punct(d, r - 1, ':') || tok_punct(d, r - 1, ';')))
			n = gb_placed_name_len(d, r, surname, caps);
		/* a group's member with a title of his own: "Thủ tướng Chính phủ B" */
		if (n == 0 && group && r == j && (e = gb_parse_chain(d, j, caps, &pre)) > j)
		{
			if (tok_punct(d, e, '-') || (tok_punct(d, e, ',') && gb_skip_rank(d, e + 1) > e + 1))
				e++;
			r = gb_skip_rank(d, e);
			n = gb_name_at(d, r, true, caps);
			left = left || (n > 0 && has_membership(d, &pre) && has_membership(d, shared)) ||
				leaves_post_class(d, &pre, shared, n, count > 0 && bare_class);
		}
		else if (n == 0 && dashed && count > 0 && r == j && tok_punct(d, k, ',') &&
				 (e = dashed_item(d, j, caps, &pre)) > j)
		{
			r = e;
			n = gb_name_at(d, r, true, caps);
			apart = true;
		}
		/*
		 * "Ông A, B và Chá A Của được bầu giữ chức Phó Bí thư": a name of
		 * three syllables or more (two are mostly a place's) among persons
		 * in a row that ends with the verb of the post they take is a
		 * person's whatever its surname; the list ending before it, the
		 * post would reach none of them
		 */
		if (n == 0 && nbare > 0 && r == j && (x = gb_name_at(d, r, false, caps)) > 2 &&
			names_take_post(d, r + x, caps))
			n = x;
		if (n == 0)
			break;
		o = person(st, d, r, r + n, h);
		/* "Trưởng Ban X A và Đại tướng B, Bộ trưởng ...": B has titles of his own */
		own = own && gb_title_sep(d, r + n) && gb_title_at(d, r + n + 1, caps) > r + n + 1;
		if (group && bare_class && count > 0 && tok_punct(d, k, ';') &&
			(r > j || (gb_title_sep(d, r + n) && gb_title_at(d, r + n + 1, caps) > r + n + 1)))
			left = true;
		if (!own && !apart && !left &&
			!(shared && (count > 0 || group) && restates_shared(d, r + n, shared, caps)))
			add_chain(st, d, o, shared);
		add_chain(st, d, o, &pre);
		nt = o->ntitles;
		e = (dashed && tok_punct(d, r + n, ',') && dashed_item(d, r + n + 1, caps, NULL) > r + n + 1) ||
			(group && pre.n > 0 && titled_member(d, r + n, caps)) ?
			r + n : post_titles(st, d, r + n, o, caps, count == 0 ? single : pre.n > 0);
		if (group)
			e = member_note(d, e);
		bare_class = bare_class && r == j && e == r + n;
		/*
		 * "các đồng chí A và B được bầu giữ chức vụ Phó Bí thư": the post
		 * is each one's named before it with no title of his own
		 */
		if (count > 0 && tok_punct(d, k, ';'))
			nbare = ntitled = 0;
		if (count > 0 && !tok_punct(d, k, ';') && !tok_is(d, k, "va"))
			counted = false;
		/* "đề nghị phân công ông A, ..., giữ chức X": proposed, not held (probe 55 G11) */
		if (!proposed_before(d, r) && (m = taken_post(st, d, e, o, caps, &x, &x1)) > e)
		{
			if (counted && count > 0)
			{
				while (nlisted > 0)
					add_title(st, d, listed[--nlisted], x, x1);
				nbare = 0;
			}
			while (nbare > 0)
				add_title(st, d, bare[--nbare], x, x1);
			if (count > 0 && tok_is(d, k, "va"))
			{
				/* "ông A, Bí thư Huyện ủy và ông B được bầu X": B alone */
				if (titled_va && e == r + n && ntitled > 0)
					ntitled--;
				while (ntitled > 0)
					add_title(st, d, titled[--ntitled], x, x1);
			}
			ntitled = 0;
			e = m;
		}
		else if (e == r + n && shared == NULL && pre.n == 0 && nbare < MAX_GROUP)
			bare[nbare++] = o;
		else
		{
			/*
			 * "bà A và ông B, Phó Chủ tịch HĐND": a deputy's post after
			 * persons named bare in a row is each one's (probe 62 G4)
			 */
			if (nbare > 0 && e > r + n && shared == NULL && pre.n == 0 && post_of_several(d, r + n))
				while (nbare > 0)
					if (bare[--nbare]->ntitles == 0)
						share_titles(bare[nbare], o, nt);
			nbare = 0;
			if (e > r + n && shared == NULL && pre.n == 0 && (tok_punct(d, e, ',') || tok_is(d, e, "va")) &&
				ntitled < MAX_GROUP)
			{
				titled_va = tok_is(d, e, "va");
				titled[ntitled++] = o;
			}
			else
				ntitled = 0;
		}
		if (counted && nlisted < MAX_GROUP)
			listed[nlisted++] = o;
		add_mention(st, o, count == 0 ? t0 : pre.n > 0 ? j : r, r, e);
		count++;
		k = e;
	}
	return k;
}

/*
 * The start of a name already known in this text that ends the chain's
 * last title, or 0: "Bí thư Tỉnh ủy Sùng A Hồ" once "Sùng A Hồ" was met,
 * whatever the surname list says.  Up to three lower-case words after it
 * that are no words of a title are his verb the title took in: "Chủ tịch
 * Ủy ban MTTQ Việt Nam tỉnh Lê Dũng nhắc lại ..." (a committee's name goes
 * on in lower case; probe 62 G5).
 */
static int
known_name_start(GbOffState *st, const GbDoc *d, const GbTitleChain *c, bool caps)
{
	int			t0 = c->t0[c->n - 1],
				t1 = c->t1[c->n - 1],
				n;

	if (st->noffs == 0)
		return 0;
	for (n = 0; n < 3 && t1 - 1 > t0 && gb_word_lower(d, t1 - 1) && !tok_has(d, t1 - 1, T_NL) &&
		 gb_dict_match(d, t1 - 1, CAT_TITLEWORD | CAT_LOWERBODY, NULL) == 0; n++)
		t1--;
	if (!gb_name_syllable(d, t1 - 1, caps))
		return 0;
	for (n = 2; n <= 5 && t1 - n > t0 + 1; n++)
	{
		char		buf[KEY_BUF];
		char	   *key;
		bool		known;

		if (!gb_name_syllable(d, t1 - n, caps))
			break;
		key = fold_tokens(d, t1 - n, t1, buf);
		known = lookup(st, key) != NULL;
		key_free(key, buf);
		if (known)
			return t1 - n;
	}
	return 0;
}

/* Whether token k is on the document's first line, its headline. */
static bool
headline_at(const GbDoc *d, int k)
{
	if (!d->first_chunk)
		return false;
	for (; k > 0; k--)
		if (tok_has(d, k, T_NL))
			return false;
	return true;
}

/*
 * Whether the titles ending at e close their paragraph or the headline,
 * the name after them opening the next: "Đồng chí A được bầu giữ chức Bí
 * thư Tỉnh ủy X\n\nĐồng chí B, Phó Trưởng Ban ...".  A title before a
 * name is an apposition inside one sentence; a line of its own ("Bí thư
 * Tỉnh ủy\nNguyễn Văn A", a signature) is not cut.  A person met already,
 * the headline's own ("Ông A tái đắc cử Bí thư Đảng ủy X\n\nPGS.TS A"),
 * still takes the titles: they are his, and so does one met already
 * after titles opening their own line.  Titles closing a sentence's
 * object ("A trao quyết định cho Bí thư, Phó Bí thư Đảng bộ X\n\nBà B
 * trao ...", a caption of unnamed recipients) are nobody's in the next
 * paragraph, whoever opens it.
 */
static bool
chain_ends_block(GbOffState *st, const GbDoc *d, int t0, int e, bool caps)
{
	const char *h;
	char		buf[KEY_BUF];
	char	   *key;
	int			r,
				n;
	bool		known;

	if (e >= d->ntok || !tok_has(d, e, T_NL) ||
		!(tok_has(d, e, T_PARA) || headline_at(d, t0)))
		return false;
	if (st->noffs == 0 || !(t0 == 0 || tok_has(d, t0, T_NL) || headline_at(d, t0)))
		return true;
	r = gb_skip_rank(d, e + gb_honorific_at(d, e, &h));
	if ((n = gb_name_at(d, r, false, caps)) == 0)
		return true;
	key = fold_tokens(d, r, r + n, buf);
	known = lookup(st, key) != NULL;
	key_free(key, buf);
	return !known;
}

/*
 * "có nguyên Phó Chủ tịch nước A", "; nguyên Bí thư Thành ủy B": a title
 * in capitals right after the lower-case "nguyên" (former) is the former
 * post, the prefix part of it, as a reader takes it; the person is no
 * current holder.  The chain parsed from i starts one word back then.
 * from is where the scan may look back to, past what it has taken.
 */
static void
former_prefix(const GbDoc *d, int i, int from, GbTitleChain *c)
{
	if (c->n > 0 && c->t0[0] == i && i - 1 >= from && tok_is(d, i - 1, "nguyen") &&
		gb_word_lower(d, i - 1) && !tok_has(d, i, T_NL) && gb_exact_any(d, i - 1, "nguyên"))
		c->t0[0] = i - 1;
}

/* Where a list item or a sentence may begin. */
static bool
clause_start(const GbDoc *d, int i)
{
	return i == 0 || tok_has(d, i, T_NL) || gb_break_at(d, i) ||
		tok_punct(d, i - 1, ';') || tok_punct(d, i - 1, ':') || tok_punct(d, i - 1, '(');
}

/*
 * "Dự hội nghị có Trần Văn Minh, Phó Bí thư ...": a name right after "có"
 * (there is) opens the list of those present as after a colon, honorific or
 * not; it is taken only with its titles after it.
 */
static inline bool
after_co(const GbDoc *d, int i)
{
	return i > 0 && tok_is(d, i - 1, "co") && !tok_has(d, i, T_NL) && gb_exact_any(d, i - 1, "có");
}

/*
 * Whether the names listed from k, an honorific before the first ("ông A
 * và B", "A, B và C") or before each ("ông A và ông B"), are exactly n
 * (two or more when n is -1, "các"): those a count before a post names
 * ("02 Phó Bí thư Huyện ủy là ông A và B"), each of whom holds it.  Out of
 * line, seldom called.
 */
static __attribute__((noinline)) bool
names_counted(const GbDoc *d, int k, int n, bool caps)
{
	const char *h;
	int			count = 0,
				m;
	bool		honored = false;

	for (;;)
	{
		/*
		 * "Title A và ông B": B would be no holder of the title
		 * (name_list()); "ông A và ông B", each with his own, are both
		 */
		if (count == 0)
			honored = (m = gb_honorific_at(d, k, &h)) > 0;
		else
			m = honored ? gb_honorific_at(d, k, &h) : 0;
		k += m;
		if (tok_has(d, k, T_NL) || (m = gb_name_at(d, k, true, caps)) == 0)
			return false;
		k += m;
		if (++count > n && n > 0)
			return false;
		if (!(tok_punct(d, k, ',') || (tok_is(d, k, "va") && gb_word_lower(d, k))) ||
			tok_has(d, k + 1, T_NL))
			return count == n || (n < 0 && count >= 2);
		k++;
	}
}

/*
 * "Phó Bí thư Đảng ủy khối là hai đồng chí A và B", "... là các đồng chí A
 * và B", "... là 2 đồng chí: A, B": after the "là" at k - 1, those who
 * hold the post, counted, under one honorific; each holds it (probe 52
 * G7).  A count must match the names.  Returns where the names start and
 * sets *honorific, or returns k.
 */
static int
holders_after_la(const GbDoc *d, int k, const char **honorific, bool caps)
{
	const GbPhrase *ph = NULL;
	const char *h = NULL;
	int			n = 0,
				p = k + 1,
				m;

	if (tok_has(d, k, T_NL))
		return k;
	if (tok_is(d, k, "cac") && gb_word_lower(d, k))
		n = -1;
	else if (tok_has(d, k, T_NUM))
		n = gb_tok_int(d, k);
	else if (gb_dict_may_match(d, k, CAT_COUNTWORD) && gb_word_lower(d, k) &&
			 gb_dict_match(d, k, CAT_COUNTWORD, &ph) == 1 && gb_same_word(d, k, ph))
		n = ph->aux;
	if (n == 0 || n == 1 || n > 9 || (m = gb_honorific_at(d, p, &h)) == 0 || tok_has(d, p, T_NL))
		return k;
	p += m;
	if (tok_punct(d, p, ':'))
		p++;
	if (n > 0 && !names_counted(d, p, n, caps))
		return k;
	*honorific = h;
	return p;
}

/*
 * "02 Phó Bí thư Huyện ủy (và) là ông A và B" at t0, the chain ending at
 * k: where the names start after "là" when as many follow as the count
 * says, else k.  The count in words too, "Hai Phó Chủ tịch HĐND tỉnh là
 * ông A và ông B", or "các", any number of names (probe 55 G2); "là hai
 * đồng chí A và B", "là các ông A, B và C" as holders_after_la() reads them.
 */
static int
counted_holders(const GbDoc *d, int t0, int k, const char **honorific, bool caps)
{
	int			n,
				p;

	if (tok_has(d, t0 - 1, T_NUM))
		n = gb_tok_int(d, t0 - 1);
	else if (tok_is(d, t0 - 1, "cac"))
		n = -1;
	else
		n = count_word_before(d, t0);
	if (n == 0 || n == 1 || n > 9)
		return k;
	if (tok_is(d, k, "va") && gb_word_lower(d, k) && !tok_has(d, k + 1, T_NL))
		k++;
	if (!tok_is(d, k, "la") || tok_has(d, k + 1, T_NL) || !gb_exact_any(d, k, "là"))
		return k;
	if ((p = holders_after_la(d, k + 1, honorific, caps)) > k + 1)
		return p;
	return names_counted(d, k + 1, n, caps) ? k + 1 : k;
}

/*
 * Whether the second of the names from k (past the first one's honorific)
 * has an honorific of its own: "ông A và ông B", each his, no one shared
 * by both as in "ông A và B".
 */
static bool
second_honored(const GbDoc *d, int k, bool caps)
{
	const char *h;
	int			n = gb_name_at(d, k, true, caps);

	return n > 0 && (tok_punct(d, k + n, ',') || tok_is(d, k + n, "va")) &&
		gb_honorific_at(d, k + n + 1, &h) > 0;
}

/* Titles then names: "Phó Chủ tịch HĐND tỉnh Nguyễn Đài Thy, Nguyễn Thanh Phong". */
/*
 * "Bí thư chi bộ Trường THPT Nguyễn Huệ": a title ending at e in a school
 * or a street is followed by the name of the person it is named after,
 * no one in the report.  True when the words before e are such a noun.
 */
static bool
namesake_end(const GbDoc *d, int e)
{
	const GbPhrase *ph;
	int			m;

	for (m = 1; m <= 4 && e - m >= 0; m++)
		if (gb_dict_may_match(d, e - m, CAT_NAMESAKE) &&
			gb_dict_match(d, e - m, CAT_NAMESAKE, &ph) == m)
			return m > 1 || ph->value == NULL || gb_exact_any(d, e - 1, ph->value);
	return false;
}

/* the names at k, the chain c's last title ended there */
static int
names_from_cut(GbOffState *st, const GbDoc *d, const GbTitleChain *c, int k,
			   const char *honorific, int t0, bool need_surname, bool caps)
{
	GbTitleChain cut = *c;

	cut.t1[cut.n - 1] = k;
	return name_list(st, d, k, honorific, &cut, t0, need_surname, caps);
}

/*
 * "miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông A": "đối với" at k
 * after a post the verb before t0 relieves or appoints to
 * (gb_post_for_verbs), its holder after it (probe 65 G7); the post's term
 * may stand between ("chức vụ Phó Chủ tịch UBND tỉnh X, nhiệm kỳ 2016 -
 * 2021 đối với ông A", stop 29 B5).  Returns the token after "đối với";
 * the token after the term when no "đối với" follows it, where a list puts
 * the holder's name ("Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2021 - 2026 Nguyễn
 * Văn Nam": he is found only so); or k.  Out of line, called only at "đối"
 * or a term.
 */
static __attribute__((noinline)) int
post_for_holder(const GbDoc *d, int t0, int k)
{
	int			w,
				k0 = k;

	k = term_after_post(d, k);
	if (!tok_is(d, k, "doi") || !tok_is(d, k + 1, "voi") || tok_has(d, k + 1, T_NL) || tok_has(d, k + 2, T_NL) ||
		!gb_exact_words(d, k, 2, "đối với"))
		return k;
	/* a verb listed, whatever its words, ending right before the post */
	for (w = 1; w <= POST_VERB_WORDS && w <= t0; w++)
		if (gb_listed_phrase_at(d, t0 - w, gb_post_for_verbs) == w)
			return k + 2;
	return k0;
}

/*
 * "miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông A và bà B": the
 * persons after the first holder at r, each with an honorific of his own,
 * hold the post too when several hold it at once (post_of_several(), a
 * member's or a deputy's); a head's post ("Chủ tịch") is the first one's
 * alone, the others found as anyone is (stop 28 G7).  Returns the end of
 * the last, or r.  Out of line, called only after post_for_holder().
 */
static __attribute__((noinline)) int
co_holders(GbOffState *st, const GbDoc *d, const GbTitleChain *c, int r, bool caps)
{
	const char *h;
	int			x;

	if (c->n == 0 || !post_of_several(d, c->t0[0]))
		return r;
	while ((tok_punct(d, r, ',') || (tok_is(d, r, "va") && gb_word_lower(d, r))) &&
		   !tok_has(d, r + 1, T_NL) && gb_honorific_at(d, r + 1, &h) > 0 &&
		   (x = name_list(st, d, r + 1, NULL, c, r + 1, true, caps)) > r + 1)
		r = x;
	return r;
}

/*
 * Whether the titles t0 .. e, before a colon at e, name whose document a
 * list carries out, after "của": "Căn cứ các Quyết định của Bộ trưởng Bộ
 * Quốc phòng: Đại tá A, Chỉ huy trưởng ...; Đại tá B, ..." lists persons
 * the minister's decisions name, no minister among them (stop 31 J4).
 */
static bool
owner_before_colon(const GbDoc *d, int t0, int e)
{
	int			w;

	if (!tok_punct(d, e, ':') || t0 < 2 || !tok_is(d, t0 - 1, "cua") || !gb_word_lower(d, t0 - 1) ||
		tok_has(d, t0, T_NL))
		return false;
	/*
	 * a document's, only its number, code and date between ("Quyết định số
	 * 12/QĐ-BQP ngày 3/3/2025 của"); "Lễ công bố quyết định có sự tham dự
	 * của Phó Thủ tướng: A" heads A
	 */
	for (w = t0 - 2; w >= 0 && w >= t0 - 20 && !tok_has(d, w + 1, T_NL) && !tok_punct(d, w, ',') &&
		 !tok_punct(d, w, ';') && !tok_punct(d, w, '.'); w--)
	{
		int			n = gb_dict_match(d, w, CAT_DOCTYPE, NULL),
					x;

		if (n == 0)
			continue;
		for (x = w + n; x < t0 - 1 && (tok_has(d, x, T_NUM | T_PUNCT | T_ALLCAPS) || tok_is(d, x, "so") ||
									   tok_is(d, x, "ngay") || tok_is(d, x, "thang") || tok_is(d, x, "nam")); x++)
			;
		return x == t0 - 1;
	}
	return false;
}

static int
names_after_chain(GbOffState *st, const GbDoc *d, const GbTitleChain *c, int e,
				  const char *honorific, int t0, bool need_surname, bool caps)
{
	int			k = e,
				r,
				n,
				x;
	const char *h = NULL;
	bool		holder = false;

	if (chain_ends_block(st, d, t0, e, caps))
		return e;
	/* "Các Phó Chủ tịch hiện tại là A, B, C": past the post's time (probe 57 G1) */
	if (honorific == NULL && (x = gb_post_time_end(d, e)) > e)
		k = x;
	/*
	 * "Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn X": the rank opens the
	 * name; "Phó Trưởng Ban ..., Trưởng đoàn ..., đồng chí Lê Văn X": so
	 * does the honorific, the titles written before it as an apposition
	 * opening the clause ("bầu Bí thư, đồng chí A": an office, not A's)
	 */
	if (tok_punct(d, k, '-') || tok_punct(d, k, ':') ||
		(tok_punct(d, k, ',') && (gb_skip_rank(d, k + 1) > k + 1 ||
								  (honorific == NULL && (t0 == 0 || tok_has(d, t0, T_NL) || !tok_has(d, t0 - 1, T_WORD)) &&
								   (gb_honorific_at(d, k + 1, &h) > 0 ||
									gb_kin_honorific_at(d, k + 1, &h) > 0)))))
		k++;
	/*
	 * "Phát biểu tại Hội nghị, Chủ tịch Hội Cựu chiến binh tỉnh, Lê Văn X
	 * đánh giá ...": the titles opening the clause, then the name and its
	 * verb, are that person's (the mirror of "Lê Văn X, Chủ tịch ...")
	 */
	else if (tok_punct(d, k, ',') && honorific == NULL && t0 > 0 && tok_punct(d, t0 - 1, ',') &&
			 (n = gb_name_at(d, k + 1, true, caps)) > 0 && gb_word_lower(d, k + 1 + n) &&
			 !tok_has(d, k + 1 + n, T_NL) && !tok_is(d, k + 1 + n, "va"))
		k++;

	/*
	 * "các Phó Bí thư Tỉnh ủy gồm ông A, ...; bà B và ông C", "5 Ủy viên
	 * Ban Thường vụ gồm: A, B", "... gồm các đồng chí: A, B và C": a class
	 * of persons, then its members, as after a colon; the class's term and
	 * a comma may stand before "gồm" ("3 Phó Bí thư Tỉnh ủy Sơn La khóa 16,
	 * nhiệm kỳ 2025-2030, gồm các ông: A; B; C", probe 49 G6)
	 */
	else if ((x = given_members(d, k)) > k &&
			 (counted_before(d, t0) || (honorific == NULL && post_given_before(d, t0))))
	{
		k = x;
		if (tok_is(d, k, "cac") && (n = gb_honorific_at(d, k + 1, &h)) > 0 &&
			!tok_has(d, k + 1, T_NL))
		{
			honorific = h;
			k += 1 + n;
		}
		if (tok_punct(d, k, ':'))
			k++;
	}
	/*
	 * "Phó bí thư kiêm Chủ tịch UBND phường là bà Nguyễn Thị A": a post
	 * opening a clause, then who holds it (not "02 Phó Bí thư là ...", a
	 * class of persons)
	 */
	else if (tok_is(d, k, "la") && honorific == NULL && !tok_has(d, k, T_NL) &&
			 gb_exact_any(d, k, "là") && (clause_start(d, t0) || tok_punct(d, t0 - 1, ',')) &&
			 !plural_before(d, t0))
		k = holders_after_la(d, k + 1, &honorific, caps);
	/*
	 * "02 Phó Bí thư Huyện ủy là ông A và B", "Hai Phó Chủ tịch HĐND tỉnh
	 * là ông A và ông B", "Các Phó Chủ tịch UBND tỉnh là các ông A, B và
	 * C": as many names as counted hold the post
	 */
	else if (honorific == NULL && (tok_is(d, k, "la") || tok_is(d, k, "va")) && counted_before(d, t0))
	{
		k = counted_holders(d, t0, k, &honorific, caps);
		/* "là ông A và B": the honorific is both's, as after "ông" anywhere */
		if (k > e && honorific == NULL && (n = gb_honorific_at(d, k, &h)) > 0 &&
			!second_honored(d, k + n, caps))
		{
			honorific = h;
			k += n;
		}
	}
	/* "miễn nhiệm chức vụ X đối với ông A": post_for_holder() */
	else if (honorific == NULL && (tok_is(d, k, "doi") || term_after_post(d, k) > k) &&
			 (x = post_for_holder(d, t0, k)) > k)
	{
		k = x;
		holder = true;
		if ((n = gb_honorific_at(d, k, &h)) > 0)
		{
			honorific = h;
			k += n;
		}
	}
	if (k == e && namesake_end(d, e))
		return e;
	r = name_list(st, d, k, honorific, owner_before_colon(d, t0, e) ? NULL : c, t0, need_surname, caps);
	if (r > k)
		return holder ? co_holders(st, d, c, r, caps) : r;
	/* "Phó Ban công tác phụ nữ phía Nam Trần Thị A": the board's name goes on */
	if (c->n > 0 && k == e && (k = ban_name_tail(d, e, caps)) > e &&
		(r = names_from_cut(st, d, c, k, honorific, t0, true, caps)) > k)
		return r;
	/* a known name the last title took in for a place */
	if (c->n > 0 && (k = known_name_start(st, d, c, caps)) > 0 &&
		(r = names_from_cut(st, d, c, k, honorific, t0, false, caps)) > k)
		return r;
	return e;
}

/*
 * Whether the folded title key names a position the official holds: the
 * same title, or after "đồng chí" its first words ("Bí thư Thành ủy" for
 * "Bí thư Thành ủy TPHCM").  n is the key's length, measured once.
 */
static bool
title_matches(const Official *o, const char *key, size_t n, bool prefix)
{
	int			k;

	for (k = 0; k < o->ntitles; k++)
		if ((n == 0 || o->tkeys[k][0] == key[0]) && strncmp(o->tkeys[k], key, n) == 0 &&
			(o->tkeys[k][n] == '\0' || (prefix && o->tkeys[k][n] == ' ')))
			return true;
	return false;
}

/*
 * The key coref_title() compares the chain's title x by, its length in *n:
 * the title's folded words up to its term, a body written in its letters
 * spelled out (body_letters_key()) and one spelling of the Central
 * Committee and of a province (spelled_key()).  Free it with key_free().
 */
static char *
coref_key(const GbDoc *d, const GbTitleChain *c, int x, char *buf, size_t *n)
{
	int			t1 = gb_title_term_end(d, c->t0[x], c->t1[x]);
	bool		caps;
	char	   *key = body_letters_key(d, c->t0[x], t1, title_fold(d, c->t0[x], t1, buf), buf, &caps);

	key = spelled_key(d, c->t0[x], t1, key, buf, NULL);
	*n = title_key_trim(key);
	return key;
}

/*
 * Whether a class in lower case after the comma at e goes on to a plural
 * body: "Bí thư, Phó Bí thư, chi ủy viên các chi bộ", the titles a group's
 * as before "các" (stop 31 H5).
 */
static bool
class_after_titles(const GbDoc *d, int e)
{
	int			k;

	if (!tok_punct(d, e, ','))
		return false;
	for (k = e + 1; k <= e + 4 && gb_word_lower(d, k) && !tok_has(d, k, T_NL); k++)
		if (plural_body_at(d, k))
			return k > e + 1;
	return false;
}

/*
 * "đồng chí Trưởng Ban Tổ chức Trung ương", "Trưởng Ban Tổ chức Trung ương
 * nhấn mạnh": the one recent official with that title.
 */
static void
coref_title(GbOffState *st, const GbDoc *d, const GbTitleChain *c, int t0, int e,
			bool prefix)
{
	Official   *found = NULL;
	int			k,
				x;

	/*
	 * "Bí thư, Phó Bí thư các chi, đảng bộ": a class of persons, no one;
	 * "cố Tổng Bí thư": a late leader, none of the officials
	 */
	if (tok_is(d, e, "cac") || tok_is(d, e, "nhung") || late_leader(st, d) || class_after_titles(d, e))
		return;
	for (x = 0; x < c->n; x++)
	{
		char		buf[KEY_BUF];
		size_t		n;
		char	   *key = coref_key(d, c, x, buf, &n);

		for (k = st->noffs - 1; k >= 0 && k >= st->noffs - RECENT; k--)
		{
			if (!title_matches(st->offs[k], key, n, prefix))
				continue;
			if (found && found != st->offs[k])
			{
				found = NULL;
				break;
			}
			found = st->offs[k];
		}
		key_free(key, buf);
		if (found)
			break;
	}
	if (found == NULL)
		return;
	found->mentions++;
	for (x = 0; x < c->n; x++)
	{
		char		buf[KEY_BUF];
		size_t		n;
		char	   *key = coref_key(d, c, x, buf, &n);

		/* "Bí thư Đảng ủy" for "Bí thư Đảng ủy Sở Tư pháp": a short form, no new title */
		if (title_matches(found, key, n, false) || !title_matches(found, key, n, true))
			add_title(st, d, found, c->t0[x], c->t1[x]);
		key_free(key, buf);
	}
	add_mention(st, found, t0, c->t0[0], e);
}

/*
 * Whether key ends with the folded words of tokens [j, j + n), a word or
 * more before them: "le quoc phong" with "Quốc Phong", or with "Phong".
 */
static bool
key_ends_with(const char *key, const GbDoc *d, int j, int n)
{
	size_t		kl = strlen(key);
	int			i;

	for (i = j + n - 1; i >= j; i--)
	{
		size_t		w = d->tok[i].flen;

		if (kl <= w || key[kl - w - 1] != ' ' || memcmp(key + kl - w, tok_fold(d, i), w) != 0)
			return false;
		kl -= w + 1;
	}
	return kl > 0;
}

/*
 * The last n syllables of a name, after an honorific at j: the given name,
 * "ông Hưng", or the southern short form of two, middle and given name,
 * "Ông Quốc Phong", "đồng chí Văn Hòa", of a person named in full a little
 * before ("Lê Quốc Phong").  When one recent official alone has a longer
 * name that ends with them, it is a mention of him (probe 47 G3).  Returns
 * whether it is.
 */
static bool
coref_tail(GbOffState *st, const GbDoc *d, int t0, int j, int n)
{
	Official   *found = NULL;
	int			k;

	if (late_leader(st, d))
		return false;
	for (k = st->noffs - 1; k >= 0 && k >= st->noffs - RECENT; k--)
	{
		if (!key_ends_with(st->offs[k]->key, d, j, n))
			continue;
		if (found)
			return false;
		found = st->offs[k];
	}
	if (found == NULL)
		return false;
	found->mentions++;
	add_mention(st, found, t0, j, j + n);
	return true;
}

/*
 * The rest of a list "các đồng chí: A, ...; đại diện lãnh đạo các sở; B,
 * ...": an item with no name in it is passed over, and the persons after
 * it are still under the honorific.  k is where the names stopped.  An
 * item may be a whole clause ("đồng chí A, ..., được Bộ Chính trị chỉ
 * định tham gia Ban Chấp hành ... và giới thiệu để bầu giữ chức Bí thư
 * ... nhiệm kỳ 2020 – 2025; B – ...").
 */
#define LIST_ITEM		64		/* tokens in an item passed over */

/* The next ";" from k in the same sentence, or -1. */
static int
next_semicolon(const GbDoc *d, int k)
{
	int			x;

	for (x = k; x < d->ntok && x - k < LIST_ITEM; x++)
	{
		if (tok_punct(d, x, ';'))
			return x;
		if (x > k && (tok_has(d, x, T_NL) || gb_break_at(d, x)))
			break;
	}
	return -1;
}

static int	after_honorific(GbOffState *st, const GbDoc *d, int i, int m, const char *honorific);

/*
 * An item of a list that is a group of its own, at k: "các đồng chí Ủy
 * viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng: A; B", "các Ủy viên Ban
 * Thường vụ: A, B", or titles alone before a colon, "Ủy viên Bộ Chính
 * trị: A; B"; the members are under the list's honorific.  Returns its
 * end, or k when it names no one.
 */
static int
group_item(GbOffState *st, const GbDoc *d, int k, const char *honorific, bool caps)
{
	const char *h = NULL;
	int			m,
				e,
				p = k,
				r = k,
				nmen = st->nmen;
	GbTitleChain c;

	if (tok_is(d, k, "cac") || tok_is(d, k, "nhung"))
		p = k + 1;
	/* not "các đồng chí: ...", a list of its own: no list is read inside another's */
	if (p > k && (m = gb_honorific_at(d, p, &h)) > 0 && !tok_punct(d, p + m, ':'))
		r = after_honorific(st, d, p, m, h);
	else if ((e = gb_parse_chain(d, p, caps, &c)) > p && tok_punct(d, e, ':'))
		r = names_after_chain(st, d, &c, e, honorific, p, true, caps);
	return st->nmen > nmen ? r : k;
}

/*
 * An item of a list opened by a colon at k, "có các đồng chí: Nguyên Tổng
 * Bí thư A; Ủy viên Bộ Chính trị, Chủ tịch nước B; nguyên Ủy viên Bộ Chính
 * trị, nguyên Chủ tịch nước: C, D; ...": a group of its own, names with
 * their titles after them, or titles before a name, read as the scan
 * reads them anywhere (scan_at()) so that a group later in the list does
 * not pass over them.  Returns its end, or k when it names no one.
 */
static int
list_item(GbOffState *st, const GbDoc *d, int k, const char *honorific, int t0, bool caps)
{
	GbTitleChain c;
	int			r = group_item(st, d, k, honorific, caps),
				e;

	if (r == k)
		r = name_list(st, d, k, honorific, NULL, t0, false, caps);
	if (r == k && (e = gb_parse_chain(d, k, caps, &c)) > k && !tok_punct(d, e, ':') &&
		(r = names_after_chain(st, d, &c, e, NULL, k, true, caps)) == e)
		r = k;
	return r;
}

static int
colon_list_rest(GbOffState *st, const GbDoc *d, int k, const char *honorific, bool caps)
{
	int			pos = k,
				skipped = 0;

	for (;;)
	{
		/* to the next ";", past an item's tail not read ("... của tỉnh;") */
		int			x = next_semicolon(d, pos),
					r;

		if (x < 0)
			return k;
		r = list_item(st, d, x + 1, honorific, x + 1, caps);
		if (r > x + 1)
		{
			k = pos = r;
			skipped = 0;
		}
		else if (skipped++ > 0)
			return k;			/* two items with no name: the list is over */
		else
			pos = x + 1;
	}
}

/* "các nhân sự" right before c: a plural noun of persons. */
static bool
list_noun_before(const GbDoc *d, int c)
{
	int			m;

	for (m = 1; m <= 3; m++)
		if (gb_word_lower(d, c - m) && gb_dict_may_match(d, c - m, CAT_LISTNOUN) &&
			gb_dict_match(d, c - m, CAT_LISTNOUN, NULL) == m && plural_before(d, c - m))
			return true;
	return false;
}

/*
 * "có đồng chí là Trần Văn A, Phó Chủ tịch UBND huyện": a "là" at j
 * between a singular honorific and the name, the title after a comma or
 * dash (stop 29 A4).  Returns the name's start, or j.
 */
static int
name_after_la(const GbDoc *d, int j, bool caps)
{
	int			n;

	if (!tok_is(d, j, "la") || !gb_word_lower(d, j) || tok_has(d, j + 1, T_NL) ||
		!gb_exact_any(d, j, "là") || (n = gb_name_at(d, j + 1, true, caps)) == 0 ||
		!(tok_punct(d, j + 1 + n, ',') || tok_punct(d, j + 1 + n, '-')))
		return j;
	return gb_placed_title_at(d, j + 2 + n, caps) > j + 2 + n ? j + 1 : j;
}

/* After "đồng chí", "ông", "bà" (or "anh", "chị") at i (m tokens). */
static int
after_honorific(GbOffState *st, const GbDoc *d, int i, int m, const char *honorific)
{
	bool		plural = plural_before(d, i);
	/* "ĐỒNG CHÍ" in a heading; "Đ/c" is no heading */
	bool		caps = tok_has(d, i, T_ALLCAPS) && d->tok[i].flen > 1;
	int			j = i + m,
				n,
				e,
				k;
	GbTitleChain c;

	if (tok_punct(d, j, ':'))
	{
		/*
		 * "có các đồng chí: A - ...; B - ...", "có các đồng chí: các Ủy
		 * viên Bộ Chính trị: A, B; C - ...": the first item as any other
		 */
		k = list_item(st, d, j + 1, honorific, i, caps);
		/*
		 * "các đồng chí: lãnh đạo Ủy ban kiểm tra tỉnh ủy; A, tỉnh ủy
		 * viên; B, ...": an item with no name is one item, the list
		 * goes on after it as after any other
		 */
		return colon_list_rest(st, d, k, honorific, caps);
	}
	if (plural)
	{
		/* "các đồng chí A, B" or "các đồng chí Phó Chủ tịch: A, B" */
		k = name_list(st, d, j, honorific, NULL, i, false, caps);
		if (k > j)
			return k;
		e = gb_parse_chain(d, j, caps, &c);
		if (e > j && tok_punct(d, e, ':'))
			return names_after_chain(st, d, &c, e, honorific, i, true, caps);
		/*
		 * "các đồng chí Phó Thủ tướng Lê Minh Khái, Chủ tịch Ủy ban Trung
		 * ương MTTQ Việt Nam Đỗ Văn Chiến": each item a title and a name.
		 */
		k = e > j ? names_after_chain(st, d, &c, e, honorific, i, true, caps) : e;
		while (k > e && (tok_punct(d, k, ',') || tok_punct(d, k, ';') || tok_is(d, k, "va")))
		{
			int			r;

			e = gb_parse_chain(d, k + 1, caps, &c);
			if (e == k + 1 || (r = names_after_chain(st, d, &c, e, honorific, k + 1, true, caps)) == e)
				break;
			k = r;
		}
		return k > e ? k : e;
	}
	j = name_after_la(d, gb_skip_rank(d, j), caps);
	/* two syllables, no third capital after them: maybe a short form */
	if ((n = gb_name_at(d, j, false, caps)) == 2 && !gb_word_upper(d, j + 2) &&
		coref_tail(st, d, i, j, 2))
		return j + 2;
	if (n > 0 || (n = gb_slip_name_len(d, j, caps)) > 0)
		return name_list(st, d, j, honorific, NULL, i, false, caps);
	e = gb_parse_chain(d, j, caps, &c);
	if (e > j)
	{
		k = names_after_chain(st, d, &c, e, honorific, i, false, caps);
		if (k > e)
			return k;
		coref_title(st, d, &c, i, e, true);
		return e;
	}
	if (gb_name_syllable(d, j, caps) && !gb_word_upper(d, j + 1))
		coref_tail(st, d, i, j, 1);
	return j;
}

/* "báo cáo viên", "giảng viên" in lower case right before i */
static bool
role_noun_before(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			m;

	if (tok_has(d, i, T_NL))
		return false;
	/* two or three syllables: "đại biểu", "báo cáo viên" */
	for (m = 2; m <= 3 && i - m >= 0 && gb_word_lower(d, i - m) && !tok_has(d, i - m + 1, T_NL); m++)
		if (gb_dict_may_match(d, i - m, CAT_LISTNOUN) &&
			gb_dict_match(d, i - m, CAT_LISTNOUN, &ph) == m && ph->aux == LISTNOUN_ROLE)
			return true;
	return false;
}

/*
 * "báo cáo viên Trần Văn A, Phó Trưởng Ban ...": the person after a
 * speaker's role, the name followed by its titles; returns the end, or i.
 * Out of line, seldom called.
 */
static __attribute__((noinline)) int
role_noun_person(GbOffState *st, const GbDoc *d, int i)
{
	int			n;

	if (!role_noun_before(d, i) || (n = gb_name_at(d, i, true, false)) == 0 ||
		!gb_title_sep(d, i + n) || gb_title_at(d, i + n + 1, false) <= i + n + 1)
		return i;
	return name_list(st, d, i, NULL, NULL, i, true, false);
}

/*
 * A title written in lower case before a name, "trưởng Ban Dân vận Thành
 * ủy Lê Quang Vinh", "phó chủ tịch UBND tỉnh ...", seen from its first
 * capitalized word at i, the body it heads: its head is one of the few
 * lower-case words before i (none before from, where the scan resumed).  Taken only with
 * the name after it: alone, such words are prose ("các trưởng ban").
 * Returns the end, or i.
 */
#define LOWER_BACK		5		/* lower-case words of a title before a capital */

static int
lower_title(GbOffState *st, const GbDoc *d, int i, int from)
{
	int			b,
				e,
				k,
				first = -1;
	GbTitleChain c;

	/* one look at each word's group; most capitals have no title before */
	for (b = i - 1; b >= from && b >= i - LOWER_BACK && gb_word_lower(d, b); b--)
	{
		if (gb_dict_masks[d->tok[b].grp] & CAT_TITLE)
			first = b;
		if (tok_has(d, b, T_NL))
			break;
	}
	/* the longest title: a shorter one inside it ends where it ends */
	for (b = first; b >= 0 && b < i; b++)
	{
		if (!gb_dict_may_match(d, b, CAT_TITLE))
			continue;
		e = gb_parse_chain(d, b, false, &c);
		if (e <= i)
			continue;
		if (plural_before(d, b))
			return i;
		k = names_after_chain(st, d, &c, e, NULL, b, true, false);
		return k > e ? k : i;
	}
	return i;
}

/*
 * "PGS.TS. Trần Văn Hòa" alone on its line after a blank line, the name
 * ending at e: an article's byline (over an institution line or the text),
 * no official.  A title on the next line makes it a person of the text, as
 * does a line of a list ("Tham dự có:" and a name a line).
 */
static bool
degree_byline(const GbDoc *d, int i, int e, bool caps)
{
	const GbPhrase *ph = NULL;

	if (gb_dict_match(d, i, CAT_RANK, &ph) == 0 || ph->aux != RANK_DEGREE)
		return false;
	if (i > 0 && !tok_has(d, i, T_PARA))
		return false;
	if (e < d->ntok && (!tok_has(d, e, T_NL) || gb_title_at(d, e, caps) > e))
		return false;
	return true;
}

/*
 * "Tổng Biên tập: Trần Văn B" as a line of its own: a page's credit (a staff
 * label of the gazetteer, a colon, a bare name), no person of the meeting.
 * Returns the line's end, or i.  A name with an honorific or titles after
 * it ("Trưởng ban: đồng chí A, Phó Chủ tịch UBND tỉnh") is a report's.
 */
static inline int
staff_credit(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			m,
				n;

	if ((i > 0 && !(d->tok[i].flags & T_NL)) || !gb_dict_may_match(d, i, CAT_DEBRIS) ||
		(m = gb_dict_match(d, i, CAT_DEBRIS, &ph)) == 0 || ph->aux != DEBRIS_STAFF ||
		!tok_punct(d, i + m - 1, ':') || (n = gb_name_at(d, i + m, true, false)) == 0)
		return i;
	n += i + m;
	if (tok_punct(d, n, '.') && !tok_has(d, n, T_NL))
		n++;
	return n >= d->ntok || tok_has(d, n, T_NL) ? n : i;
}

/*
 * Whether a position's words at i are inside a body's name begun the word
 * before: "Bộ Tư lệnh Cảnh sát biển, Bộ trưởng ...", "Ban Bí thư" hold no
 * "Tư lệnh", no "Bí thư" of the person named after them.  "Văn phòng Tổng
 * Bí thư", "Văn phòng Chủ tịch nước" are the offices serving a post, no
 * mention of its holder.
 */
static bool
inside_body(const GbDoc *d, int i)
{
	if (i > 1 && gb_word_upper(d, i - 2) && tok_is(d, i - 2, "van") && tok_is(d, i - 1, "phong") &&
		!tok_has(d, i, T_NL) && !tok_has(d, i - 1, T_NL))
		return true;
	return i > 0 && gb_word_upper(d, i - 1) && !tok_has(d, i, T_NL) &&
		gb_dict_match(d, i - 1, CAT_BODY | CAT_BODYHEAD, NULL) > 1;
}

/*
 * Whether a title at i, with no name after it, names an office and no
 * person: "bầu chức danh Bí thư Tỉnh ủy", "được Ban Chấp hành bầu giữ chức
 * vụ Bí thư", or the tail of a post in lower case, "bầu 3 phó Bí thư Tỉnh
 * ủy".  Out of line, seldom called.
 */
static __attribute__((noinline)) bool
office_named(const GbDoc *d, int i)
{
	return i > 0 && gb_word_lower(d, i - 1) && !tok_has(d, i, T_NL) &&
		(gb_exact_any(d, i - 1, gb_office_words) || gb_title_at(d, i - 1, false) > i ||
	/* "bỏ phiếu giới thiệu nhân sự Bí thư, Phó Bí thư Tỉnh ủy" (probe 51 G2) */
		 (i > 1 && tok_is(d, i - 1, "su") && !tok_has(d, i - 1, T_NL) &&
		  gb_exact_words(d, i - 2, 2, "nhân sự")));
}

/*
 * The end of a list of offices going on at e after one named as such
 * (office_named()): "bỏ phiếu giới thiệu nhân sự tái cử Ủy viên Ban Chấp
 * hành Đảng bộ tỉnh, Ban Thường vụ tỉnh ủy, Bí thư, Phó Bí thư tỉnh ủy
 * khóa XV": each post or body after a comma or "và" is an office as the
 * first is, no mention of its holder (probe 51 G2).  One with a name after
 * it ends the list before it.  Out of line, seldom called.
 */
static __attribute__((noinline)) int
offices_named_end(const GbDoc *d, int e, bool caps)
{
	GbTitleChain c;
	int			a,
				m;

	for (m = 0; m < MAX_CHAIN && (tok_punct(d, e, ',') || (tok_is(d, e, "va") && gb_word_lower(d, e))) &&
		 !tok_has(d, e + 1, T_NL); m++)
	{
		/* a body joined: "Ban Thường vụ tỉnh ủy", up to the next comma or "và" */
		if ((a = gb_parse_chain(d, e + 1, caps, &c)) == e + 1 &&
			gb_dict_match(d, e + 1, CAT_BODY | CAT_BODYHEAD, NULL) > 0)
			while (a < e + 8 && tok_has(d, a, T_WORD) && !tok_has(d, a, T_NL) &&
				   !tok_is(d, a, "va") && gb_name_at(d, a, true, caps) == 0)
				a++;
		if (a == e + 1 || gb_name_follows(d, a, caps))
			break;
		e = a;
	}
	return e;
}

/*
 * Bare titles ending at e that go on with "và" and another title:
 * "Tổng Bí thư, Chủ tịch nước và Thủ tướng Chính phủ cũng tham gia
 * Thường vụ ...", offices in general or several persons' posts, no
 * mention of one person; the last title may still have its holder named
 * after it ("... và Thủ tướng Phạm Minh Chính").  Returns where the list
 * ends, or e.  Out of line, called only where no name followed titles.
 */
static __attribute__((noinline)) int
offices_listed(GbOffState *st, const GbDoc *d, int e, bool caps)
{
	GbTitleChain c;
	int			e2;

	if (!tok_is(d, e, "va") || !gb_word_lower(d, e) || tok_has(d, e, T_NL) ||
		tok_has(d, e + 1, T_NL) || (e2 = gb_parse_chain(d, e + 1, caps, &c)) == e + 1)
		return e;
	return names_after_chain(st, d, &c, e2, NULL, e + 1, true, caps);
}

/*
 * "các đại biểu đã bầu A, B, C giữ chức Phó Chủ tịch UBND thành phố",
 * "bổ nhiệm A giữ chức X": names with no honorific after the verb of an
 * election or an appointment in lower case, up to the verb of the post
 * they take, each take it (probe 57 G1); these verbs name the persons
 * bare, others with an honorific.  Not a proposal ("đề nghị bầu A giữ
 * chức X").  Returns the list's end, or i.  Out of line, seldom called:
 * after a word in the groups of "bầu" or "nhiệm".
 */
static __attribute__((noinline)) int
appointed_names(GbOffState *st, const GbDoc *d, int i, bool caps)
{
	int			m,
				n;

	if (!(tok_is(d, i - 1, "bau") || tok_is(d, i - 1, "nhiem")) || tok_has(d, i, T_NL))
		return i;
	for (m = 1; m <= 2 && i - m >= 0; m++)
		if (gb_word_lower(d, i - m) && gb_listed_phrase_at(d, i - m, gb_appoint_verbs) == m)
		{
			if ((n = gb_name_at(d, i, true, caps)) == 0 || !names_take_post(d, i + n, caps) ||
				proposed_before(d, i - m))
				return i;
			return name_list(st, d, i, NULL, NULL, i, true, caps);
		}
	return i;
}

/*
 * Look for a person at token i; returns where to go on.  A title in lower
 * case before i may start at from or after (from == i: none can).  A late
 * leader remembered is read, but kept out (person()).
 */
GB_HOT_INLINE int
scan_at(GbOffState *st, const GbDoc *d, int i, int from)
{
	const char *h = NULL;
	bool		caps;
	int			m,
				n,
				e;
	GbTitleChain c;

	if (!tok_has(d, i, T_WORD))
		return i + 1;
	if (from < i && gb_word_lower(d, i - 1) && gb_dict_may_match(d, i, CAT_BODY | CAT_BODYHEAD | CAT_SURNAME) &&
		gb_word_upper(d, i))
	{
		/* "trưởng Ban Dân vận Thành ủy Lê Quang Vinh": the body in capitals */
		if (gb_dict_may_match(d, i, CAT_BODY | CAT_BODYHEAD) && (e = lower_title(st, d, i, from)) > i)
			return e;
		/*
		 * "báo cáo viên Trần Văn A, Phó Trưởng Ban ...": after a speaker's
		 * role in lower case (a title's word, so from < i), as at a clause
		 * start
		 */
		if (gb_dict_may_match(d, i, CAT_SURNAME) && gb_word_upper(d, i + 1) &&
			(e = role_noun_person(st, d, i)) > i)
			return e;
	}
	/* all that follows starts with an honorific, a rank, a title or a surname */
	if (!gb_dict_may_match(d, i, CAT_HONORIFIC | CAT_KINHONOR | CAT_RANK | CAT_TITLE | CAT_SURNAME))
		return i + 1;
	/* a heading in capitals, not an abbreviation: "PGS.TS Nguyễn ..." */
	caps = tok_has(d, i, T_ALLCAPS) && d->tok[i].flen > 1 &&
		tok_has(d, i + 1, T_ALLCAPS) && tok_has(d, i + 1, T_SPACE) &&
		!gb_word_lower(d, i + 2);	/* "PCT UBND tỉnh" */

	/* "Bà Rịa", "quận Hai Bà Trưng": the honorific inside a place's name */
	if ((m = gb_honorific_at(d, i, &h)) > 0 && gb_place_at(d, i) == 0 &&
		!(i > 0 && gb_dict_may_match(d, i - 1, CAT_NOTNAME) && gb_dict_match(d, i - 1, CAT_NOTNAME, NULL) > 1))
		return after_honorific(st, d, i, m, h);

	/* "anh Lê Minh Tuấn", "chị Phạm Thu Hà": as after "ông", "bà" */
	if ((m = gb_kin_honorific_at(d, i, &h)) > 0)
		return after_honorific(st, d, i, m, h);

	if (!gb_word_upper(d, i))
	{
		/* "có đại tướng Tô A, Bộ trưởng ...": a lower-case rank before a name */
		e = gb_skip_rank(d, i);
		if (e > i && (n = gb_name_at(d, e, true, caps)) > 0)
			return name_list(st, d, e, NULL, NULL, i, true, caps);
		return i + 1;
	}
	/* most words start no line */
	if ((i == 0 || (d->tok[i].flags & T_NL)) && (e = staff_credit(d, i)) > i)
		return e;

	/* "Thiếu tướng Trần Đức Thuận - ..." */
	e = gb_skip_rank(d, i);
	if (e > i && (n = gb_name_at(d, e, true, caps)) > 0)
	{
		if (degree_byline(d, i, e + n, caps))
			return e + n;
		return name_list(st, d, e, NULL, NULL, i, true, caps);
	}

	/* "Trưởng Ban Tổ chức Trung ương Trương Thị Mai" */
	e = gb_parse_chain(d, i, caps, &c);
	if (e > i && !inside_body(d, i))
	{
		int			k;

		former_prefix(d, i, from, &c);
		k = names_after_chain(st, d, &c, e, NULL, i, true, caps);
		/* "Tổng Bí thư, Chủ tịch nước và Thủ tướng Chính phủ cũng tham gia ...": offices */
		if (k == e && (k = offices_listed(st, d, e, caps)) > e)
			return k;
		if (k == e && !plural_before(d, i))
		{
			/* "giới thiệu nhân sự tái cử Ủy viên ..., Bí thư, Phó Bí thư": offices all */
			if (office_named(d, i))
				return offices_named_end(d, e, caps);
			coref_title(st, d, &c, i, e, false);
		}
		return k;
	}

	/* "Tác giả: Nguyễn Văn Hoán – Bí thư Đảng ủy": a name at a clause start, then titles */
	if (gb_dict_may_match(d, i, CAT_SURNAME) && (clause_start(d, i) || after_co(d, i)) &&
		(n = gb_name_at(d, i, true, caps)) > 0)
	{
		if (gb_title_sep(d, i + n) && gb_title_at(d, i + n + 1, caps) > i + n + 1)
			return name_list(st, d, i, NULL, NULL, i, true, caps);
		/* "các nhân sự: Nguyễn Văn A, Trần Văn B": full names, each with a surname */
		if (tok_punct(d, i - 1, ':') && list_noun_before(d, i - 1))
			return name_list(st, d, i, NULL, NULL, i, true, caps);

		/* a name alone on its line, its titles on the next one */
		if (tok_has(d, i, T_NL) && tok_has(d, i + n, T_NL) && staff_credit(d, i + n) == i + n &&
			(e = gb_parse_chain(d, i + n, caps, &c)) > i + n)
		{
			Official   *o = person(st, d, i, i + n, NULL);

			add_chain(st, d, o, &c);
			add_mention(st, o, i, i, e);
			return e;
		}
	}
	/*
	 * "đã bầu A, B, C giữ chức X": each takes the post; the groups first,
	 * "bầu" a verb of a session, "nhiệm" ("bổ nhiệm") a word a name stops at
	 */
	if (gb_dict_may_match(d, i - 1, CAT_SESSIONVERB | CAT_NAMESTOP) && gb_dict_may_match(d, i, CAT_SURNAME) &&
		(e = appointed_names(st, d, i, caps)) > i)
		return e;
	return i + 1;
}

/* ---- roles ------------------------------------------------------------- */

/* A role word made a noun: no role, its words passed over. */
static const GbPhrase role_noun = {NULL, CAT_ROLE, NULL, 0};

/*
 * Whether the role word at k is a noun: after "bài", "các" ("Bài phát biểu
 * khai mạc của X", "các kết luận"), spelled so ("tham nhũng phát biểu" is
 * no "những"), or counted in a list of documents, "3 Nghị quyết và 1 kết
 * luận"; a number after a word is a name's, "Quân khu 2 phát biểu".
 */
static bool
role_noun_at(const GbDoc *d, int k)
{
	const GbPhrase *ph;

	if (k == 0 || tok_has(d, k, T_NL))
		return false;
	if (gb_dict_may_match(d, k - 1, CAT_ROLENOUN) &&
		gb_dict_match(d, k - 1, CAT_ROLENOUN, &ph) == 1 && ph->value && gb_same_word(d, k - 1, ph))
		return !(k >= 2 && gb_dict_may_match(d, k - 2, CAT_ROLENOUN) &&
				 gb_dict_match(d, k - 2, CAT_ROLENOUN, &ph) == 2 && ph->value == NULL);
	return k >= 2 && tok_has(d, k - 1, T_NUM) && !tok_has(d, k - 1, T_NL) &&
		(tok_is(d, k - 2, "va") || tok_punct(d, k - 2, ',')) &&
		gb_dict_may_match(d, k, CAT_ROLENOUN) && gb_dict_match(d, k, CAT_ROLENOUN, &ph) > 0 &&
		(ph->aux & ROLENOUN_COUNTED);
}

/*
 * "Thư ký" at k, m words, written in capitals inside a title, not the
 * meeting's secretary: a unit's name after "phòng" ("chuyên viên phòng
 * Thư ký Tổng hợp"), or a post's secretary, the post after it ("Thư ký
 * Bộ trưởng", "Thư ký Chủ tịch UBND tỉnh"; stop 29 B6).  Out of line: the
 * role is rare.
 */
static __attribute__((noinline)) bool
secretary_in_title(const GbDoc *d, int k, int m)
{
	if (!gb_word_upper(d, k) || tok_has(d, k + m, T_NL))
		return false;
	if (k > 0 && !tok_has(d, k, T_NL) && gb_exact_any(d, k - 1, "Phòng|phòng"))
		return true;
	return gb_word_upper(d, k + m) && gb_title_at(d, k + m, false) > k + m;
}

/*
 * Whether the capitalized word at k opens a sentence or a line: a fronted
 * role's place ("Chỉ đạo tại hội nghị, A ..."; stop 31 J7).  Out of line:
 * asked only of such a role.
 */
static __attribute__((noinline)) bool
sentence_opens(const GbDoc *d, int k)
{
	return gb_word_upper(d, k) && (k == 0 || tok_has(d, k, T_NL) || tok_punct(d, k - 1, '.') ||
								   tok_punct(d, k - 1, '!') || tok_punct(d, k - 1, '?'));
}

/* A role phrase at k: "dự" must be written so, not "dù" or "du". */
static inline int
role_at(const GbDoc *d, int k, const GbPhrase **ph)
{
	int			m,
				x;

	if (!gb_dict_may_match(d, k, CAT_ROLE) || !gb_dict_may_go_on(d, k, CAT_ROLE))
		return 0;
	m = gb_dict_match_group(d, k, CAT_ROLE, ph);
	if (m > 0 && (*ph)->value && role_noun_at(d, k))
	{
		*ph = &role_noun;
		return m;
	}
	/* "A, Thư ký Hội đồng": a title, not the role */
	if (m > 0 && ((*ph)->aux & ROLE_LOWER) && gb_word_upper(d, k) && k > 0 &&
		(tok_punct(d, k - 1, ',') || tok_punct(d, k - 1, '-')))
		return 0;
	/*
	 * "bầu Đoàn Thư ký", "Tổ thư ký là 03 người": the congress's secretariat,
	 * a body the sentence names, no role of its subject
	 */
	if (m > 0 && ((*ph)->aux & ROLE_LOWER) && k > 0 && !tok_has(d, k, T_NL) &&
		gb_exact_any(d, k - 1, "Đoàn|đoàn|Tổ|tổ|Ban|ban"))
		return 0;
	if (m > 0 && ((*ph)->aux & ROLE_LOWER) && secretary_in_title(d, k, m))
		return 0;
	/*
	 * "Thường trực Ban chỉ đạo Đại hội, đồng chí A": the steering
	 * committee, a body, no one's directing (stop 31 L-F10a)
	 */
	if (m > 1 && tok_is(d, k, "chi") && tok_is(d, k - 1, "ban") && !tok_has(d, k, T_NL))
		return 0;
	/* "Chỉ đạo tại hội nghị, A": only where it opens the sentence (stop 31 J7) */
	if (m > 0 && ((*ph)->aux & ROLE_FRONTED) && !sentence_opens(d, k))
		return 0;

	for (x = 0; x < m; x++)
		if (tok_is(d, k + x, "du") && !gb_exact_any(d, k + x, "dự"))
			return 0;
	return m;
}

static bool
central_point(const GbDoc *d, int k)
{
	return (tok_is(d, k, "trung") && tok_is(d, k + 1, "uong")) || tok_is(d, k, "chinh");
}

/*
 * "điểm cầu X" at k, the object of the chairing verb just before it ("chủ
 * trì điểm cầu tỉnh X", "Tham dự và chủ trì điểm cầu ... có"), X not the
 * central one: the point chaired, as "chủ trì tại điểm cầu X" is
 * (probe 50 G4)
 */
static bool
point_object_at(const GbDoc *d, int k)
{
	return tok_is(d, k, "diem") && tok_is(d, k + 1, "cau") && !tok_has(d, k, T_NL) &&
		!central_point(d, k + 2);
}

/* "tại điểm cầu X" at k (X not the central one) */
static bool
bridge_at(const GbDoc *d, int k)
{
	return tok_is(d, k, "tai") && point_object_at(d, k + 1);
}

/* "... tham dự có ...": the role is of persons named after it, if any. */
static bool
opens_list(const GbDoc *d, int k, int stop)
{
	int			x;

	for (x = k; x < stop && x < k + 8; x++)
		if (tok_is(d, x, "co") || tok_is(d, x, "gom") || tok_punct(d, x, ':'))
			return true;
	return false;
}

/* Roles written in one phrase group, e.g. "dự và chủ trì". */
typedef struct RoleGroup
{
	int			n;
	const GbPhrase *ph[4];
	int			start;
	int			end;
} RoleGroup;

/* The token before the mention at t0, and before its honorific when it left that out: "và [đồng chí] A" */
static int
word_before_person(const GbDoc *d, int t0)
{
	const char *h;
	int			j;

	for (j = t0 - 1; j >= 0 && j >= t0 - 2; j--)
		if (gb_honorific_at(d, j, &h) == t0 - j)
			return j - 1;
	return t0 - 1;
}

/*
 * The first of the persons [a, b) after a role group that "do" (by)
 * introduces, the role group g2 right after their titles: "có sự tham gia
 * của toàn thể đảng viên do đồng chí A – Bí thư Chi bộ chủ trì".  The
 * agents of that role, not of those the role before them names.  Returns
 * it, or b.
 */
static int
agent_by(const GbOffState *st, const GbDoc *d, int a, int b, const RoleGroup *g2)
{
	int			x,
				q = a < b ? st->men[b - 1].t1 : g2->start;

	/* "do đồng chí A chủ trì", "... A cùng chủ trì": not "A dẫn đầu; B chủ trì" */
	if (g2->start > q + 1 || (g2->start == q + 1 && (!gb_word_lower(d, q) || tok_has(d, q, T_NL))))
		return b;
	for (x = b - 1; x >= a; x--)
	{
		int			p = word_before_person(d, st->men[x].t0);

		if (tok_is(d, p, "do") && d->tok[p].len == 2 && gb_word_lower(d, p) && !tok_has(d, p + 1, T_NL))
			return x;
		/* the agents are listed: "do đồng chí A và đồng chí B đồng chủ trì" */
		if (x > a && !(st->men[x - 1].t1 == p &&
					   (tok_punct(d, p, ',') || tok_punct(d, p, ';') || tok_is(d, p, "va"))))
			break;
	}
	return b;
}

/*
 * "Hội nghị do đồng chí A điều hành.": a verb of aux ROLE_AGENT at k, alone
 * no role ("điều hành kế hoạch"), is one where it closes the clause right
 * after the persons "do" introduces, mentions [lo, mk) being those before
 * it.  Its length, or 0.
 */
static int
agent_role_at(const GbOffState *st, const GbDoc *d, int k, int lo, int mk, const GbPhrase **ph)
{
	RoleGroup	g;
	int			m = gb_dict_match(d, k, CAT_ROLEJOINED, ph);

	if (m == 0 || !((*ph)->aux & ROLE_AGENT) || mk <= lo ||
		!(k + m >= d->ntok || tok_has(d, k + m, T_NL) || tok_has(d, k + m, T_PUNCT)))
		return 0;
	g.start = k;
	return agent_by(st, d, lo, mk, &g) < mk ? m : 0;
}

/*
 * Whether the role phrase [start, end) names its persons after it, as
 * their act's owner: "(cùng, với) sự tham gia của A", "sự tham dự của A",
 * "sự có mặt của A".  Those before it are not its persons (stop 29 A11:
 * "B chủ trì cùng sự tham gia của Ủy viên Ban Chấp hành ..." gives B no
 * "dự"); "A tham gia hội nghị của Huyện ủy" is A's.
 */
static inline bool
persons_after_group(const GbDoc *d, int start, int end)
{
	return tok_is(d, end - 1, "cua") ||
		(start > 0 && tok_is(d, start - 1, "su") && tok_is(d, end, "cua") && !tok_has(d, start, T_NL));
}

/* The next role group in [k, e) outside mentions; false when none. */
static bool
next_group(const GbOffState *st, const GbDoc *d, int k, int e, int mk, int mb, RoleGroup *g)
{
	const GbPhrase *ph = NULL;
	int			m,
				lo = mk;

	while (k < e)
	{
		const GbTok *t = d->tok + k,
				   *end = d->tok + (e < d->ntok ? e : d->ntok);

		/*
		 * The group's test first, most words failing it, by pointer; then
		 * the mentions, passed over.  The first mention not ended at k is
		 * the same whichever words before k were looked at, and a word
		 * inside a mention goes on at its end as the mention's first word
		 * would.
		 */
		while (t < end && !(gb_dict_masks[t->grp] & (CAT_ROLE | CAT_ROLEJOINED)))
			t++;
		if (t >= end)
		{
			k = e;
			break;
		}
		k = (int) (t - d->tok);
		while (mk < mb && st->men[mk].t1 <= k)
			mk++;
		if (mk < mb && k >= st->men[mk].t0)
		{
			k = st->men[mk].t1;
			continue;
		}
		m = role_at(d, k, &ph);
		if (m > 0 && ph->value)
			break;
		if (m == 0 && (m = agent_role_at(st, d, k, lo, mk, &ph)) > 0)
			break;
		k += m > 0 ? m : 1;
	}
	if (k >= e)
		return false;
	g->n = 0;
	g->start = k;
	g->ph[g->n++] = ph;
	k += m;
	for (;;)
	{
		int			j = k;

		while (j < e && j - k < 2 && (tok_is(d, j, "va") || tok_punct(d, j, ',') || tok_is(d, j, "cung")))
			j++;
		m = role_at(d, j, &ph);
		/*
		 * "Dự, chỉ đạo và chúc mừng Đại hội có", "Dự và chỉ đạo đại hội
		 * có": a verb joined to a role is one too, though alone it is not
		 */
		if (m == 0 && j > k)
			m = gb_dict_match(d, j, CAT_ROLEJOINED, &ph);
		if (m == 0 || ph->value == NULL || g->n == 4 || persons_after_group(d, j, j + m))
			break;
		g->ph[g->n++] = ph;
		k = j + m;
	}
	g->end = k;
	return true;
}

/*
 * The name of the bridge point at k, up to e, as written: "tại điểm cầu
 * Tỉnh ủy có ..." -> "Tỉnh ủy"; NULL when none.  The meeting's chairs take
 * one chairing at its organizer's own point.
 */
static char *
point_named(const GbDoc *d, int k, int e)
{
	int			x;

	for (x = k; x < e && x < k + 8 && tok_has(d, x, T_WORD) && !tok_is(d, x, "co") &&
		 !tok_has(d, x, T_NL) && !gb_dict_may_match(d, x, CAT_ROLE); x++)
		;
	return x > k ? gb_span_text(d, k, x) : NULL;
}

/*
 * Whether the point named at k, up to e, is a central body's: "điểm cầu
 * Ban Tổ chức Trung ương", "điểm cầu Văn phòng Trung ương Đảng".  The
 * point of the body holding a national meeting is its main one.
 */
static bool
central_body_point(const GbDoc *d, int k, int e)
{
	int			x;

	for (x = k; x < e && x < k + 8 && tok_has(d, x, T_WORD) && !tok_has(d, x, T_NL); x++)
		;
	if (x - k >= 4 && tok_is(d, x - 1, "dang"))
		x--;
	return x - k >= 3 && tok_is(d, x - 2, "trung") && tok_is(d, x - 1, "uong") &&
		gb_word_upper(d, k);
}

/*
 * "tại điểm cầu Hội trường Diên Hồng, đồng chí A ... chủ trì hội nghị trực
 * tuyến toàn quốc": the national meeting, the object of the chairing verb
 * ending at k, chaired from a point named at p (up to e) by no place of a
 * level ("tỉnh", "Tỉnh ủy", "huyện"), is chaired as a whole from its main
 * point (probe 65 G4).
 */
static bool
chairs_nation_from(const GbDoc *d, int k, int p, int e)
{
	int			x;

	if (!tok_is(d, k, "hoi") || !tok_is(d, k + 1, "nghi"))
		return false;
	for (x = k + 2; x < k + 5 && x + 1 < e && !tok_is(d, x, "toan"); x++)
		;
	if (!tok_is(d, x, "toan") || !tok_is(d, x + 1, "quoc"))
		return false;
	for (x = p; x < e && x < p + 8 && tok_has(d, x, T_WORD) && !tok_has(d, x, T_NL); x++)
		if (gb_dict_match(d, x, CAT_LEVEL, NULL) > 0)
			return false;
	return x > p;
}

/*
 * Roles of group g to the persons of mentions [a, b); bridge is the token
 * of "tại điểm cầu X" before the group in its sentence ("Tại điểm cầu tỉnh
 * Y, đồng chí Z chủ trì"), or -1.
 */
static void
give_roles(GbOffState *st, const GbDoc *d, const RoleGroup *g, int a, int b,
		   int bridge, int e)
{
	int			x,
				k;
	char	   *point = NULL;

	for (x = 0; x < g->n; x++)
	{
		const GbPhrase *ph = g->ph[x];
		const char *role = ph->value;
		bool		chair = false;

		if (ph->aux & ROLE_CHAIR)
		{
			/*
			 * a chair at one bridge point chairs only there; one at a
			 * central body's point chairs the national meeting, and one at
			 * a point named before him may still chair as the organizer's
			 * (organizer_point_chairs()), so his point is kept (probe 65 G4)
			 */
			bool		local = bridge >= 0 && !central_body_point(d, bridge + 3, e) &&
				!chairs_nation_from(d, g->end, bridge + 3, e);

			if (local)
				point = point_named(d, bridge + 3, e);
			for (k = g->end; k < g->end + 4 && k < e && !local; k++)
				if ((local = bridge_at(d, k)))
					point = point_named(d, k + 3, e);
			if (!local && g->end < e && (local = point_object_at(d, g->end)))
				point = point_named(d, g->end + 2, e);
			/*
			 * "đồng chủ trì tại Hội trường X" chairs there; "đồng chủ trì
			 * tại điểm cầu chính" (or "Trung ương") chairs the meeting
			 */
			if ((ph->aux & ROLE_COCHAIR) && (tok_is(d, g->end, "tai") || tok_is(d, g->end + 1, "tai")))
			{
				k = g->end + !tok_is(d, g->end, "tai");
				local = !(tok_is(d, k + 1, "diem") && tok_is(d, k + 2, "cau") && central_point(d, k + 3));
			}
			/*
			 * a co-chair of the whole meeting is one of its chairs, and
			 * keeps the role written; one chairing a bridge point co-chairs
			 */
			if (local)
				role = "đồng chủ trì";
			chair = !local;
		}
		for (k = a; k < b && k - a < MAX_GROUP; k++)
		{
			Official   *o = st->offs[st->men[k].off];

			if (ph->aux & ROLE_SPEECH)
				add_role(o, "phát biểu");
			add_role(o, role);
			if (chair)
				o->chairs = true;
			else if (point && !o->point)
				o->point = point;
		}
	}
}

/*
 * "các cơ quan, đơn vị tham dự", "những địa phương và đơn vị": nouns of
 * units in lower case, joined by commas or "và", after "các" or "những",
 * ending right before i.  The token of "các", or -1.
 */
static int
units_before(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			j = i,
				m,
				n;

	for (n = 0; n < 3; n++)
	{
		for (m = 2; m >= 1; m--)
			if (j - m >= 0 && gb_word_lower(d, j - m) && !tok_has(d, j - m + 1, T_NL) &&
				gb_dict_may_match(d, j - m, CAT_UNITNOUN) &&
				gb_dict_match(d, j - m, CAT_UNITNOUN, &ph) == m &&
				(m > 1 || gb_same_word(d, j - m, ph)))
				break;
		if (m == 0 || tok_has(d, j - m, T_NL))
			return -1;
		j -= m;
		/*
		 * the units alone, not those whose leaders are named ("lãnh đạo các
		 * đơn vị", "Thủ trưởng các cơ quan"): after "của" or a mark
		 */
		if (gb_exact_any(d, j - 1, "các|những|Các|Những"))
			return j - 1 > 0 && !(gb_exact_any(d, j - 2, "của") || tok_has(d, j - 2, T_PUNCT) ||
								  tok_has(d, j - 1, T_NL)) ? -1 : j - 1;
		if (!(tok_punct(d, j - 1, ',') || gb_exact_any(d, j - 1, "và")) || tok_has(d, j, T_NL))
			return -1;
		j--;
	}
	return -1;
}

/*
 * Whether a noun of those present with no "các" stands right before the
 * role at i, opening the sentence or after a count: "Đại biểu tham dự hội
 * nghị đã hiệp thương cử bà A", "100% đại biểu dự ...", "toàn thể đảng
 * viên dự ...", a plural all the same (stop 31 I5).  Not after a comma:
 * "bà A, đại biểu dự hội nghị, cho biết" is hers.
 */
static bool
bare_plural_before(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			j = i - 2,
				p = j - 1;

	/* the flags and folded words first: most roles have a name before them */
	if (j < 0 || !gb_word_lower(d, j + 1) || tok_has(d, j + 1, T_NL) || tok_has(d, i, T_NL))
		return false;
	if (tok_is(d, j + 1, "vien") ? !(gb_exact_words(d, j, 2, "đảng viên") || gb_exact_words(d, j, 2, "hội viên") ||
									gb_exact_words(d, j, 2, "đoàn viên")) :
		!(gb_dict_may_match(d, j, CAT_LISTNOUN) && gb_dict_match(d, j, CAT_LISTNOUN, &ph) == 2 &&
		  ph->aux == LISTNOUN_ROLE))
		return false;
	if (p < 0 || tok_has(d, j, T_NL) || tok_punct(d, p, '.') || tok_punct(d, p, '!') || tok_punct(d, p, '?'))
		return true;
	return tok_has(d, p, T_NUM) || tok_punct(d, p, '%') ||
		(p >= 1 && gb_exact_words(d, p - 1, 2, "toàn thể"));
}

/*
 * "các đại biểu dự hội nghị đóng góp ý kiến, Thường trực Ban Bí thư đánh
 * giá cao ...": a plural noun of persons, "các (những) đại biểu", "các
 * đồng chí", in lower case right before role group g is its subject, an
 * unnamed group; so are units ("ý kiến của các cơ quan, đơn vị tham dự").
 * The role is no named person's, before or after it, unless a list follows
 * ("các đại biểu dự hội nghị gồm: A, B") or a person is joined to the
 * group: one named in the sentence (its first mention ma) before "cùng",
 * "và", "với" ("Tổng Bí thư A cùng các đại biểu dự"), not in "nghe các
 * thành viên Ban Chỉ đạo và các đại biểu dự hội nghị".
 */
static bool
unnamed_subject(const GbOffState *st, const GbDoc *d, const RoleGroup *g, int e, int ma, int mb)
{
	const GbPhrase *ph = NULL;
	const char *h;
	int			i = g->start,
				m;

	if (tok_has(d, i, T_NL))
		return false;
	for (m = 2; m <= 3 && i - m >= 1 && gb_word_lower(d, i - m) && !tok_has(d, i - m + 1, T_NL); m++)
		if ((tok_is(d, i - m - 1, "cac") || tok_is(d, i - m - 1, "nhung")) &&
			gb_exact_any(d, i - m - 1, "các|những") &&
			((gb_dict_may_match(d, i - m, CAT_LISTNOUN) &&
			  gb_dict_match(d, i - m, CAT_LISTNOUN, &ph) == m) ||
			 gb_honorific_at(d, i - m, &h) == m))
			/* "Tổng Bí thư A cùng các đại biểu dự Hội nghị": A is of the subject */
			return !((tok_is(d, i - m - 2, "cung") || tok_is(d, i - m - 2, "va") ||
					  tok_is(d, i - m - 2, "voi")) && ma < mb && st->men[ma].t1 <= i - m - 2) &&
				!opens_list(d, g->end, e);
	if (bare_plural_before(d, i))
		return !opens_list(d, g->end, e);
	return units_before(d, i) >= 0 && !opens_list(d, g->end, e);
}

/*
 * "A chủ trì hội nghị cùng các đồng chí: B, ...; C, ...": the persons
 * "cùng (với) (các) đồng chí" lists right after a chairing verb and the
 * meeting it takes chair with A, as "A và B cùng chủ trì" does.  Not after
 * a working session ("chủ trì buổi làm việc cùng đồng chí B": B is the one
 * worked with), nor after words that go on to another clause.  Returns the
 * end of those persons in [b, mb), before the next role group or the
 * sentence's end e, or b when none.
 */
static int
cochairs_after(const GbOffState *st, const GbDoc *d, const RoleGroup *g, int b, int mb, int e)
{
	const GbPhrase *ph;
	const char *h = NULL;
	RoleGroup	g2;
	int			k = g->end,
				stop = e,
				x,
				m;

	if (g->n != 1 || !(g->ph[0]->aux & ROLE_CHAIR) || b >= mb)
		return b;
	/* the meeting chaired, "hội nghị lần thứ tám", a few words with no mark */
	if ((m = gb_dict_match(d, k, CAT_MEETKIND, &ph)) > 0)
	{
		if (ph->aux != 0 || gb_dict_match(d, k, CAT_MEETWORD, &ph) > 0)
			return b;
		for (k += m; k < g->end + 8 && k < stop && tok_has(d, k, T_WORD) &&
			 !tok_has(d, k, T_NL) && !tok_is(d, k, "cung"); k++)
			if (gb_dict_may_match(d, k, CAT_ROLE | CAT_MEETWORD))
				return b;
	}
	if (!tok_is(d, k, "cung") || tok_has(d, k, T_NL))
		return b;
	k += 1 + tok_is(d, k + 1, "voi");
	if (tok_is(d, k, "cac"))
		k++;
	if (gb_honorific_at(d, k, &h) == 0 || strcmp(h, "đồng chí") != 0)
		return b;
	/* the list right after, its items one after another, up to another role */
	if (next_group(st, d, k, e, b, mb, &g2))
		stop = g2.start;
	if (st->men[b].t0 > k + 3 || st->men[b].tn >= stop)
		return b;
	for (x = b + 1; x < mb && st->men[x].tn < stop; x++)
	{
		int			q = word_before_person(d, st->men[x].t0);

		if (q != st->men[x - 1].t1 ||
			!(tok_punct(d, q, ';') || tok_punct(d, q, ',') || tok_is(d, q, "va")))
			break;
	}
	return x;
}

/*
 * "sự có mặt của A, B và nhiều cán bộ Trung ương,  Đồng chí C, ... dự, chủ
 * trì": a comma splice.  "Đồng chí" capitalized after a comma, with words
 * that name no person before it, opens a sentence of its own, so C is not
 * one of the persons listed before.
 */
static bool
splice_opens(const GbOffState *st, const GbDoc *d, int k)
{
	int			t0 = st->men[k].t0,
				x;

	if (t0 < 2 || !tok_punct(d, t0 - 1, ',') || !gb_exact_any(d, t0, "Đồng") ||
		!gb_exact_any(d, t0 + 1, "chí"))
		return false;
	for (x = st->men[k - 1].t1; x < t0 - 1; x++)
		if (tok_has(d, x, T_WORD) && !tok_is(d, x, "va"))
			return true;
	return false;
}

/*
 * "Phát biểu tại hội nghị, A, Phó Chủ tịch, đề nghị B ...": the comma that
 * closes the titles of the mention before person k, then words in lower
 * case right up to B, the verb of which B is the object.  A title not read
 * there would open with a capital; a list's next item ("A, ..., phụ trách
 * địa bàn xã; B") follows a semicolon or a comma, and "các" before the
 * honorific lists more of the subject ("A, Bí thư Tỉnh ủy, các đồng chí B").
 */
static bool
verb_after_titles(const GbOffState *st, const GbDoc *d, int k)
{
	int			x = st->men[k - 1].t1,
				q = word_before_person(d, st->men[k].t0);

	while (x <= q && tok_has(d, x, T_PUNCT) && !tok_has(d, x, T_NL))
		x++;
	return x <= q && x > st->men[k - 1].t1 && gb_word_lower(d, x) && gb_word_lower(d, q) &&
		!tok_has(d, q + 1, T_NL) && !tok_is(d, x, "va") && !tok_is(d, x, "cung") &&
		!tok_is(d, q, "va") && !tok_is(d, q, "cung") && !tok_is(d, q, "cac");
}

/*
 * The persons [a, b) after a fronted role ("Kết luận Hội nghị, A nhấn mạnh,
 * Hội nghị đã nghe B ..."): its subject, the first of them and those listed
 * right after it, up to a word that is their own verb.
 */
static int
subject_end(const GbOffState *st, const GbDoc *d, int a, int b)
{
	int			k;

	for (k = a + 1; k < b; k++)
	{
		int			x = st->men[k - 1].t1;

		if (x < st->men[k].t0 && !tok_has(d, x, T_PUNCT) && !tok_is(d, x, "va") &&
			!tok_is(d, x, "cung"))
			break;
		if (splice_opens(st, d, k) || verb_after_titles(st, d, k))
			break;
	}
	return k;
}

/*
 * The persons [lo, b) named before a role group: its subject, the last of
 * them and those listed right before it, back to one with words of its own
 * after it, a clause before ("Sau khi nghe A báo cáo, B phát biểu kết
 * luận": B's).
 */
static int
subject_start(const GbOffState *st, const GbDoc *d, int lo, int b)
{
	int			k;

	for (k = b - 1; k > lo; k--)
	{
		int			x = st->men[k - 1].t1;

		/* "A, <titles not read>; B, ... đồng chủ trì": items of a list */
		if (x < st->men[k].t0 && !tok_has(d, x, T_PUNCT) && !tok_is(d, x, "va") &&
			!tok_is(d, x, "cung") && !tok_punct(d, word_before_person(d, st->men[k].t0), ';'))
			break;
		if (splice_opens(st, d, k))
			break;
	}
	return k;
}

/*
 * "sau khi nghe A quán triệt ..., thay mặt Ban Thường vụ, B đã báo cáo": a
 * role group opening a clause after a comma, with words of the clause
 * before between it and the last person p named before it, is not p's but
 * that of a person named after it, if one comes before the next role group.
 */
static bool
clause_before(const GbOffState *st, const GbDoc *d, const RoleGroup *g, int p, int mb, int e)
{
	RoleGroup	g2;
	int			x;

	if (p + 1 >= mb || st->men[p + 1].tn >= e || !tok_punct(d, g->start - 1, ','))
		return false;
	for (x = st->men[p].t1; x < g->start - 1 && !tok_has(d, x, T_WORD); x++)
		;
	if (x >= g->start - 1)
		return false;
	return !next_group(st, d, g->end, e, p + 1, mb, &g2) || g2.start > st->men[p + 1].t0;
}

/*
 * Whether role group g closes the list item of mention p, right after its
 * titles and before the item's ";" or the sentence's end: "các đồng chí:
 * A - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì; B - ...".  The role is
 * the item's person's, whom a role before the list named already.
 */
static bool
closes_item(const GbOffState *st, const GbDoc *d, const RoleGroup *g, int p, int e)
{
	return st->men[p].t1 == g->start && (g->end >= e || tok_punct(d, g->end, ';')) &&
		st->men[p].t1 > st->men[p].tn &&
		(tok_punct(d, st->men[p].t0 - 1, ';') || tok_punct(d, st->men[p].t0 - 1, ':') ||
		 tok_punct(d, st->men[p].tn - 1, ';') || tok_punct(d, st->men[p].tn - 1, ':'));
}

/* The mention in [ma, lo) whose item role group g closes, or -1. */
static int
item_closed(const GbOffState *st, const GbDoc *d, const RoleGroup *g, int ma, int lo, int e)
{
	int			p;

	for (p = lo - 1; p >= ma && p >= lo - 8 && st->men[p].t1 >= g->start; p--)
		if (closes_item(st, d, g, p, e))
			return p;
	return -1;
}

/*
 * "Đảng bộ X đã tham dự Hội nghị quán triệt bài viết, tác phẩm của Tổng Bí
 * thư A": the object of attending is an event, and a person after a "của"
 * in the words naming it is one the event is about or whose work it
 * studies, not one who attends.  "sự tham dự đông đủ của A", "với sự tham
 * dự của A" name the attendant.  True when mention p after role group g
 * reads so.
 */
static bool
event_owner(const GbOffState *st, const GbDoc *d, const RoleGroup *g, int p)
{
	int			q = word_before_person(d, st->men[p].t0),
				x;

	if (q <= g->end || !tok_is(d, q, "cua") || (g->start > 0 && gb_exact_any(d, g->start - 1, "sự|Sự")))
		return false;
	for (x = 0; x < g->n; x++)
		if (strcmp(g->ph[x]->value, "dự") != 0)
			return false;
	return true;
}

/*
 * "Tham dự có đồng chí A – ..., đồng chí B – Bí thư Đảng ủy chủ trì hội
 * nghị": a role group g2 right after the titles of the last person a "có"
 * list names, with no ";" going on after it, makes that item a clause of
 * its own, its person the subject of that role and not one of those
 * listed.  True when mention p, the last after role group g, reads so.
 */
static bool
subject_ends_list(const GbOffState *st, const GbDoc *d, const RoleGroup *g, const RoleGroup *g2,
				  int p, int e)
{
	int			q = word_before_person(d, st->men[p].t0),
				x;

	/* another item before it: a ",", ";" past the "có" that opens the list */
	if (st->men[p].t1 != g2->start || q <= g->end + 1 ||
		!(tok_punct(d, q, ',') || tok_punct(d, q, ';')) ||
		(g2->end < e && tok_punct(d, g2->end, ';')))
		return false;
	/* titles of its own after the name, which ends at the first mark */
	for (x = st->men[p].tn + 1; x < st->men[p].t1; x++)
		if (tok_has(d, x, T_PUNCT))
			return true;
	return false;
}

/*
 * "Trực tuyến tại điểm cầu X, có ...", "Cũng tại điểm cầu X có ...": the
 * bridge point after up to two words opening the sentence at k (stop 29
 * A11).  The token of "tại", or k.
 */
static int
point_after_lead(const GbDoc *d, int k)
{
	int			x;

	for (x = k; x < k + 2 && tok_has(d, x, T_WORD) && !tok_is(d, x, "tai"); x++)
		if (tok_is(d, x + 1, "tai") && tok_is(d, x + 2, "diem") && tok_is(d, x + 3, "cau") &&
			gb_word_lower(d, x + 1) && !tok_has(d, x + 1, T_NL))
			return x + 1;
	return k;
}

/*
 * "Tại điểm cầu X có các đồng chí: A, ...; B, ...": with no role phrase in
 * the sentence, "có" after a bridge point opening it lists those present
 * there.  So does "có" after a side opening it, "Về phía tỉnh X có các
 * đồng chí: ...", the list of a delegation going on from "Dự lễ về phía
 * Trung ương có ...".  True when sentence [s, e), its first mention ma,
 * reads so.
 */
static bool
present_at_point(const GbOffState *st, const GbDoc *d, int s, int ma)
{
	int			k = s,
				t0 = st->men[ma].t0,
				n,
				x;

	if (tok_has(d, k, T_PUNCT) && !tok_is(d, k, "tai") && !tok_is(d, k, "ve"))
		k++;
	k = point_after_lead(d, k);
	if (tok_is(d, k, "tai") && tok_is(d, k + 1, "diem") && tok_is(d, k + 2, "cau"))
		n = 3;
	else if (tok_is(d, k, "ve") && tok_is(d, k + 1, "phia") && gb_exact_any(d, k, "Về|về"))
		n = 2;
	else
		return false;
	/* "có" ends the point's or side's name and comes right before the persons */
	for (x = t0 - 1; x > k + n && x >= t0 - 4; x--)
		if (tok_is(d, x, "co"))
			return true;
	return false;
}

/*
 * Whether the line [ls, le) is an attendance header: it opens with "dự"
 * ("Tham dự buổi lễ", "Dự hội nghị", "Đến dự"), after a list's mark maybe,
 * and ends with a colon, "Tham dự buổi lễ có các đồng chí đại biểu:".
 */
static bool
attendance_header(const GbDoc *d, int ls, int le)
{
	const GbPhrase *ph = NULL;
	int			k = gb_list_mark(d, ls) ? ls + 1 : ls,
				x;

	if (!tok_punct(d, le - 1, ':'))
		return false;
	for (x = k; x <= k + 1 && x < le - 1; x++)
		if (gb_dict_may_match(d, x, CAT_ROLE) && gb_dict_match(d, x, CAT_ROLE, &ph) > 0)
			return strcmp(ph->value, "dự") == 0;
	return false;
}

/*
 * "Tham dự buổi lễ có các đồng chí đại biểu:" ⏎ "Về phía lãnh đạo xã có
 * đ/c A - ..." ⏎ "Về tổ chức Đoàn có đ/c B - ...": each line of the list
 * under an attendance header names persons present, with no role phrase
 * of its own (stop 29 C6).  The lines between the header and sentence s,
 * a few, each name a person.  True when s, opening a line, its first
 * mention ma, reads so.
 */
static bool
listed_under_header(const GbOffState *st, const GbDoc *d, int s, int ma)
{
	int			le = s,
				x = ma - 1,
				lines;

	if (s == 0 || !tok_has(d, s, T_NL))
		return false;
	for (lines = 0; lines < MAX_GROUP && le > 0; lines++)
	{
		int			ls = le - 1;

		while (ls > 0 && !tok_has(d, ls, T_NL))
			ls--;
		if (tok_punct(d, le - 1, ':'))
			return attendance_header(d, ls, le);
		/* a line of the list above names a person */
		while (x >= 0 && st->men[x].tn >= le)
			x--;
		if (x < 0 || st->men[x].tn < ls)
			return false;
		le = ls;
	}
	return false;
}

/*
 * "ý kiến chỉ đạo của đồng chí A, Bí thư Tỉnh ủy tại Hội nghị": the
 * directions A gave at the meeting; without "tại Hội nghị" after A's
 * titles they may be older ones ("theo ý kiến chỉ đạo của ...")
 */
static bool
directs_meeting(const GbOffState *st, const GbDoc *d, int p)
{
	int			t0 = st->men[p].t0,
				t1 = st->men[p].t1;

	return t0 >= 5 && tok_is(d, t0 - 1, "cua") && tok_is(d, t0 - 2, "dao") &&
		tok_is(d, t0 - 3, "chi") && tok_is(d, t0 - 4, "kien") && tok_is(d, t0 - 5, "y") &&
		tok_is(d, t1, "tai") && tok_is(d, t1 + 1, "hoi") && tok_is(d, t1 + 2, "nghi");
}

/*
 * "Phát biểu tại buổi lễ, thay mặt lãnh đạo huyện, đồng chí A, ... ghi
 * nhận": a fronted role with no person before the "thay mặt <body>," that
 * follows it after a comma (g2) reaches over it to the persons that
 * "thay mặt" names, the first mention a and those listed with it (stop 29
 * C6).  Sets *b past them; false when g2 is no such group.
 */
static bool
behalf_after_front(const GbOffState *st, const GbDoc *d, const RoleGroup *g2, int a, int mb,
				   int e, int *b)
{
	RoleGroup	g3;
	int			stop,
				x;

	if (g2->n != 1 || !(g2->ph[0]->aux & ROLE_BEHALF) || !tok_punct(d, g2->start - 1, ','))
		return false;
	stop = next_group(st, d, g2->end, e, a, mb, &g3) ? g3.start : e;
	for (x = a; x < mb && st->men[x].tn < stop; x++)
		;
	if (x == a || opens_list(d, g2->end, stop))
		return false;
	*b = subject_end(st, d, a, x);
	return true;
}

/*
 * Roles in sentence [s, e) with mentions [ma, mb): a role phrase goes to
 * the persons named before it ("A, B dự và chủ trì"), or when none, to
 * those named after it ("Chủ trì Hội nghị có các đồng chí: A; B").
 */
static void
sentence_roles(GbOffState *st, const GbDoc *d, int s, int e, int ma, int mb)
{
	RoleGroup	g,
				g2;
	int			lo = ma,
				pa = -1,
				pb = -1,
				k = s,
				x;
	int			bridge = -1;
	bool		found = next_group(st, d, k, e, lo, mb, &g);

	if (!found && (present_at_point(st, d, s, ma) || listed_under_header(st, d, s, ma)))
		for (x = ma; x < mb && x - ma < MAX_GROUP; x++)
			add_role(st->offs[st->men[x].off], "dự");
	for (x = ma; x < mb; x++)
		if (directs_meeting(st, d, x))
			add_role(st->offs[st->men[x].off], "chỉ đạo");
	while (found)
	{
		int			a,
					b,
					lo2 = -1;	/* g2 is the group after g, as seen from lo2 */
		bool		found2 = false;

		for (x = k; x < g.start && bridge < 0; x++)
			if (bridge_at(d, x))
				bridge = x;
		if (unnamed_subject(st, d, &g, e, ma, mb))
		{
			k = g.end;
			found = next_group(st, d, k, e, lo, mb, &g);
			continue;
		}
		for (b = lo; b < mb && st->men[b].tn < g.start; b++)
			;
		if (b > lo && (clause_before(st, d, &g, b - 1, mb, e) || persons_after_group(d, g.start, g.end)))
			b = lo;
		if (b > lo)
		{
			a = subject_start(st, d, lo, b);
			pa = a;
			pb = b;
			/* "A chủ trì hội nghị cùng các đồng chí: B; C": B, C too */
			if ((x = cochairs_after(st, d, &g, b, mb, e)) > b)
			{
				give_roles(st, d, &g, b, x, bridge, e);
				lo = x;
			}
		}
		else if ((a = item_closed(st, d, &g, ma, lo, e)) >= 0)
		{
			/* "A - Bí thư Tỉnh ủy chủ trì; B - ...": A's, not B's */
			b = a + 1;
			pa = -1;
		}
		else
		{
			int			stop,
						by;

			found2 = next_group(st, d, g.end, e, lo, mb, &g2);
			lo2 = lo;
			stop = found2 ? g2.start : e;
			for (a = lo; a < mb && st->men[a].tn < g.end; a++)
				;
			for (b = a; b < mb && st->men[b].tn < stop; b++)
				;
			/* "tham dự Hội nghị học tập tác phẩm của Tổng Bí thư A": not A */
			if (a < b && event_owner(st, d, &g, a))
				a = subject_end(st, d, a, b);
			/* "... do đồng chí A chủ trì": A and those after are the next group's */
			by = found2 ? agent_by(st, d, a, b, &g2) : b;
			if (by < b)
				b = by;
			else
				by = -1;
			/*
			 * "có sự tham dự của các đồng chí: A - ... chủ trì; B - ...":
			 * a role closing an item leaves the list going on
			 */
			if (a < b && found2 && opens_list(d, g.end, stop) &&
				item_closed(st, d, &g2, b - 1, b, e) == b - 1)
			{
				RoleGroup	g3;
				int			stop3 = next_group(st, d, g2.end, e, b, mb, &g3) ? g3.start : e;

				while (b < mb && st->men[b].tn < stop3)
					b++;
			}
			/* "Tham dự có A, ...; B – Bí thư chủ trì hội nghị": B is the next group's */
			else if (a < b && found2 && by < 0 && opens_list(d, g.end, stop) &&
					 subject_ends_list(st, d, &g, &g2, b - 1, e))
				b--;
			if (a == b && pa >= 0 && by < 0 && !opens_list(d, g.end, stop) &&
				!persons_after_group(d, g.start, g.end))
			{
				/* "A thay mặt ... phát biểu khai mạc" */
				a = pa;
				b = pb;
			}
			else if (a == b && pa < 0 && found2 && behalf_after_front(st, d, &g2, a, mb, e, &b))
			{
				/*
				 * "Phát biểu tại buổi lễ, thay mặt lãnh đạo huyện, đồng chí
				 * A ...": the fronted role is A's too; lo stays, for the
				 * "thay mặt" group to find A after it as well
				 */
				give_roles(st, d, &g, a, b, bridge, e);
				k = g.end;
				found = found2;
				g = g2;
				continue;
			}
			else if (a < b && found2 && g.n == 1 && (g.ph[0]->aux & ROLE_BEHALF))
			{
				/*
				 * "thay mặt Ban Bí thư, các đồng chí A; B đã chủ trì": the
				 * persons named are the subject of the verb after them
				 */
				pa = a;
				pb = b;
			}
			else
			{
				if (a < b && !opens_list(d, g.end, stop))
					b = subject_end(st, d, a, b);
				pa = -1;
			}
		}
		give_roles(st, d, &g, a, b, bridge, e);
		if (b > lo)
			lo = b;
		k = g.end;
		/* the look-ahead above found the next group already, unless lo moved */
		if (lo2 == lo)
		{
			found = found2;
			g = g2;
		}
		else
			found = next_group(st, d, k, e, lo, mb, &g);
	}
}

/*
 * "... tân Phó Bí thư Tỉnh ủy. (Ảnh PV) Phát biểu tại Hội nghị, A chúc
 * mừng": a photo's credit left by scraping after a full stop, a capital
 * after it, is no word of a sentence; the sentence ends before it, and the
 * next starts after it.  The token after the first one in (s, e), or e.
 */
static int
credit_break(const GbDoc *d, int s, int e)
{
	int			k,
				q;

	for (k = s + 1; k + 2 < e; k++)
		if (tok_punct(d, k, '(') && tok_punct(d, k - 1, '.') && tok_is(d, k + 1, "anh") &&
			gb_exact_any(d, k + 1, "Ảnh|ảnh"))
			for (q = k + 2; q < e && q <= k + 8 && !tok_punct(d, q, '('); q++)
				if (tok_punct(d, q, ')'))
					return q + 1 < e && gb_tok_capitalized(d, q + 1) ? q + 1 : e;
	return e;
}

/*
 * Sentences are the stretches between breaks; only those with mentions are
 * looked at, each found from its first mention: back to the break that
 * starts it, on to the next.
 */
static void
assign_roles(GbOffState *st, const GbDoc *d)
{
	int			s = 0,
				mi = 0;

	while (s < d->ntok && mi < st->nmen)
	{
		int			e,
					mb,
					x;

		while (mi < st->nmen && st->men[mi].tn < s)
			mi++;
		if (mi < st->nmen && st->men[mi].tn > s)
		{
			for (e = st->men[mi].tn; e > s && !gb_break_at(d, e); e--)
				;
			s = e;
		}
		e = s + 1;
		while (e < d->ntok && !gb_break_at(d, e))
			e++;
		for (mb = mi; mb < st->nmen && st->men[mb].tn < e; mb++)
			;
		/*
		 * "... và đồng chí A" / "- Phó Bí thư Đảng ủy, Chủ tịch UBND phường
		 * chủ trì Hội nghị": a caption broken at a line end before the last
		 * person's titles goes on through the line they end on
		 */
		while (mb > mi && st->men[mb - 1].t1 > e && tok_has(d, e, T_NL))
		{
			e = st->men[mb - 1].t1;
			while (e < d->ntok && !gb_break_at(d, e))
				e++;
			for (; mb < st->nmen && st->men[mb].tn < e; mb++)
				;
		}
		/* a person named before the credit and one after it */
		if (mb - mi >= 2 && (x = credit_break(d, st->men[mi].t1, st->men[mb - 1].t0)) < st->men[mb - 1].t0)
		{
			e = x;
			for (mb = mi; mb < st->nmen && st->men[mb].tn < e; mb++)
				;
		}
		if (mb > mi)
			sentence_roles(st, d, s, e, mi, mb);
		s = e;
	}
}

/* ---- the extractor interface ------------------------------------------- */

#define START_CATS (CAT_HONORIFIC | CAT_KINHONOR | CAT_RANK | CAT_TITLE)
/* what a word in lower case may start: a title's word in it starts none */
#define LOWER_START_CATS (CAT_HONORIFIC | CAT_KINHONOR | CAT_RANK)

/*
 * Whether a title in lower case may end right before i, the word there in
 * lower case, and start in [from, i), near enough (LOWER_BACK words): a
 * word in lower case in a title's group.  Asked only where a person or a
 * body's word is met, not of every such word on the way.
 */
static inline bool
lower_title_before(const GbDoc *d, int from, int i)
{
	int			b;

	if (from >= i || (d->tok[i - 1].flags & (T_WORD | T_UPPER)) != T_WORD)
		return false;
	for (b = i - 1; b >= from && b >= i - LOWER_BACK; b--)
		if ((d->tok[b].flags & (T_WORD | T_UPPER)) == T_WORD &&
			(gb_dict_masks[d->tok[b].grp] & CAT_TITLE))
			return true;
	return false;
}

/*
 * Whether token t may start a person.  A capitalized word that scan_at()
 * would pass over at once, in no group its tests look up, is not one:
 * *from is set past it, as the caller would after scan_at().
 */
GB_HOT_INLINE bool
starts_at(const GbDoc *d, const GbTok *t, int *from)
{
	uint16_t	f = t->flags;
	GbCats		mask;
	int			i;

	if (!(f & T_WORD))
		return false;
	mask = gb_dict_masks[t->grp];
	if (f & T_UPPER)
	{
		i = (int) (t - d->tok);

		/*
		 * A body's word alone ("Ban", "Tỉnh ủy") is read by scan_at() only
		 * as the end of a title in lower case (lower_title()), after a
		 * lower-case word, with a title's word near and past its start
		 */
		if ((mask & (START_CATS | CAT_SURNAME)) ||
			((mask & (CAT_BODY | CAT_BODYHEAD)) && lower_title_before(d, *from, i)))
			return true;
		/* after ";" a list's person may have no known surname (titled_list_name()) */
		if (i > 0 && (t[-1].flags & T_PUNCT) && d->norm.data[t[-1].off] == ';')
			return true;
		*from = i + 1;
		return false;
	}
	/* most lower-case words are none of the three: one test for them */
	if (!(mask & LOWER_START_CATS))
		return false;
	i = (int) (t - d->tok);
	/* "anh Lê Minh Tuấn": "anh", "chị" only before a capital */
	if ((mask & (CAT_HONORIFIC | CAT_KINHONOR)) &&
		((mask & CAT_HONORIFIC) || (i + 1 < d->ntok && (t[1].flags & T_UPPER))))
		return true;
	/* "có đại tướng Tô A": a rank in lower case before a capitalized word */
	return (mask & CAT_RANK) && gb_skip_rank(d, i) > i;
}

/*
 * The first token in [i, stop) that may start a person, or stop; *from is
 * set past the last capitalized word passed over.
 */
static inline int
next_start(const GbDoc *d, int i, int stop, int *from)
{
	const GbTok *t = d->tok + i,
			   *end = d->tok + stop;

	/*
	 * By pointer, two tokens a step: most pairs are passed over at once,
	 * neither capitalized nor in a group that may start one of the three
	 * in lower case (whether each is a word at all is asked only of the
	 * others)
	 */
	for (; t + 1 < end; t += 2)
	{
		if (!((t[0].flags | t[1].flags) & T_UPPER) &&
			!((gb_dict_masks[t[0].grp] | gb_dict_masks[t[1].grp]) & LOWER_START_CATS))
			continue;
		if (starts_at(d, t, from))
			return (int) (t - d->tok);
		if (starts_at(d, t + 1, from))
			return (int) (t + 1 - d->tok);
	}
	if (t < end && starts_at(d, t, from))
		return (int) (t - d->tok);
	return stop;
}

GbOffState *
gb_off_begin(GbArena *arena)
{
	/* zeroed by the arena */
	GbOffState *st = gb_arena_alloc(arena, sizeof(GbOffState));

	st->arena = arena;
	st->scan_i = -1;
	return st;
}

/*
 * A person named after ";" in a list of persons with titles of their own,
 * whatever the name's surname, a pen name of two syllables too: "các
 * diễn giả: A, Phó Tổng Biên tập báo Tiền Phong; Hữu Việt, Vụ trưởng,
 * Trưởng Ban ..." (probe 54 G6).  Sure where the clause before the ";"
 * named a person with titles, his mention ending a few words before it,
 * and the name has titles after a comma or dash.  Returns the list's end,
 * or i.  Out of line, called only after ";".
 */
static __attribute__((noinline)) int
titled_list_name(GbOffState *st, const GbDoc *d, int i)
{
	int			n,
				k,
				t1;

	if (st->nmen == 0 || st->offs[st->men[st->nmen - 1].off]->ntitles == 0 ||
		(t1 = st->men[st->nmen - 1].t1) >= i || t1 < i - 8 || tok_has(d, i, T_NL))
		return i;
	for (k = t1; k < i - 1; k++)
		if (tok_punct(d, k, ';') || tok_has(d, k, T_NL) || gb_break_at(d, k))
			return i;
	if ((n = gb_name_at(d, i, false, false)) == 0 || !gb_title_sep(d, i + n) ||
		gb_title_at(d, i + n + 1, false) <= i + n + 1)
		return i;
	return name_list(st, d, i, NULL, NULL, i, false, false);
}

void
gb_off_chunk(GbOffState *st, GbDoc *doc)
{
	int			i = 0,
				from = 0;

	st->nmen = 0;
	while (i < doc->ntok)
	{
		int			stop = (i | 4095) + 1;

		/* a person starts at a capitalized word or an honorific, nowhere else */
		i = next_start(doc, i, stop < doc->ntok ? stop : doc->ntok, &from);
		if (i < doc->ntok && i < stop)
		{
			/* a title in lower case may end right before i only if one starts near */
			int			next;

			st->scan_i = i;
			/* "...; Hữu Việt, Vụ trưởng, ...": a person of a list of persons with titles */
			next = i > 0 && (doc->tok[i - 1].flags & T_PUNCT) && doc->norm.data[doc->tok[i - 1].off] == ';' ?
				titled_list_name(st, doc, i) : i;
			if (next == i)
				next = scan_at(st, doc, i, lower_title_before(doc, from, i) ? from : i);
			st->scan_i = -1;
			i = next > i ? next : i + 1;
			from = i;
		}
		if ((i & 4095) == 0)
			gb_check_interrupts();
	}
	for (i = 0; i < st->nmen; i++)
		gb_note_mention(doc, GB_MENTION_OFFICIAL, st->men[i].off, NULL,
						doc->tok[st->men[i].tn].os, doc->tok[st->men[i].t1 - 1].oe);
	assign_roles(st, doc);
}

/*
 * "Bí thư Đảng ủy xã" beside "Bí thư đảng ủy xã Tân An", "Giám đốc Trung
 * tâm" beside "Giám đốc Trung tâm bồi dưỡng chính trị huyện": one position
 * the official holds, written short at another mention.  The full form
 * alone is kept, in the place where the position first came.
 */
static void
drop_short_titles(Official *o)
{
	char	   *titles[MAX_TITLES],
			   *tkeys[MAX_TITLES];
	bool		tcaps[MAX_TITLES],
				taken[MAX_TITLES] = {false};
	int			a,
				b,
				n = 0;

	for (a = 0; a < o->ntitles; a++)
	{
		size_t		len = strlen(o->tkeys[a]),
					best = len;
		int			r = a;

		/*
		 * the longest title that goes on from this one, word by word, of
		 * its province when its run named one
		 */
		for (b = 0; b < o->ntitles; b++)
			if (o->tkeys[b][0] == o->tkeys[a][0] && strncmp(o->tkeys[b], o->tkeys[a], len) == 0 &&
				o->tkeys[b][len] == ' ' && strlen(o->tkeys[b]) > best &&
				(o->tplace[a] == NULL || key_words(o->tkeys[b] + len, o->tplace[a]) != NULL))
			{
				best = strlen(o->tkeys[b]);
				r = b;
			}
		if (taken[r])
			continue;
		taken[r] = true;
		titles[n] = o->titles[r];
		tkeys[n] = o->tkeys[r];
		tcaps[n] = o->tcaps[r];
		n++;
	}
	memcpy(o->titles, titles, sizeof(char *) * (size_t) n);
	memcpy(o->tkeys, tkeys, sizeof(char *) * (size_t) n);
	memcpy(o->tcaps, tcaps, sizeof(bool) * (size_t) n);
	o->ntitles = n;
}

void
gb_off_finish(GbOffState *st, GbResult *res)
{
	int			k;

	res->officials = NULL;
	res->nofficials = st->noffs;
	if (st->noffs > 0)
		res->officials = gb_arena_alloc(st->arena, sizeof(GbOfficial) * (size_t) st->noffs);
	for (k = 0; k < st->noffs; k++)
	{
		Official   *o = st->offs[k];
		GbOfficial *r = &res->officials[k];

		drop_short_titles(o);
		r->name = o->name;
		r->name_key = o->key;
		r->honorific = o->honorific;
		r->ntitles = o->ntitles;
		r->titles = gb_arena_alloc(st->arena, sizeof(char *) * (size_t) (o->ntitles + 1));
		memcpy(r->titles, o->titles, sizeof(char *) * (size_t) o->ntitles);
		r->nroles = o->nroles;
		r->roles = gb_arena_alloc(st->arena, sizeof(char *) * (size_t) (o->nroles + 1));
		memcpy(r->roles, o->roles, sizeof(char *) * (size_t) o->nroles);
		r->chairs = o->chairs;
		r->point = o->point;
		r->mentions = o->mentions;
		r->span_start = o->span_start;
		r->span_end = o->span_end;
	}
	gb_free(st->offs);
	gb_free(st->hash);
	gb_free(st->men);
	st->offs = NULL;
	st->hash = NULL;
	st->men = NULL;
}
