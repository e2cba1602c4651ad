/*
 * officials_titles.c
 *	  An official's titles, and the keys they are compared by.
 *
 * Each title an official holds is kept once, under a key: its words folded,
 * abbreviations in parentheses left out, trimmed of what makes no other
 * title, and spelled one way where reports write one post several ways
 * (the Central Committee, a province and its level, a city, a party
 * committee, a body written in its letters).  Apart from the scan because
 * a key depends only on the title's own tokens, never on the sentence
 * around them; the coreference of officials_coref.c compares by the same
 * keys.
 */
#include "officials_int.h"

/* The key rewritten as out, which fits buf: key freed, buf returned. */
static char *
key_rewritten(char *key, char *buf, const char *out)
{
	key_free(key, buf);
	memcpy(buf, out, strlen(out) + 1);
	return buf;
}

/* Whether the n bytes at p in key are whole words: after a space or at its start, before one or at its end. */
static inline bool
whole_words_at(const char *key, const char *p, size_t n)
{
	return (p == key || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0');
}

/*
 * The first whole words in key (whole_words_at()) spelled as the n bytes at
 * w, which need not end a C string (a token's folded letters); NULL if none.
 */
static char *
key_words_n(char *key, const char *w, size_t n)
{
	char	   *p;

	for (p = key; (p = strchr(p, w[0])) != NULL; p++)
		if (strncmp(p, w, n) == 0 && whole_words_at(key, p, n))
			return p;
	return NULL;
}

/* The first whole words w in key; NULL if none. */
char *
key_words(char *key, const char *w)
{
	return key_words_n(key, w, strlen(w));
}

/*
 * Fold normalized tokens [t0, t1) into a key: what gb_fold() makes of their
 * text, put together from the folded form of each token, with one space
 * where white space parts two.  A folded form beyond ASCII (a letter
 * gb_fold() would lower-case, a mark it would drop) goes to gb_fold().  The
 * key is written to buf when it fits, else malloc'd: free it with
 * key_free().
 */
char *
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


/*
 * Whether the text of tokens [t0, t1) holds a '(' at all: most titles have
 * none, so this cheap test comes before any look at their brackets.
 */
static inline bool
span_has_paren(const GbDoc *d, int t0, int t1)
{
	return memchr(d->norm.data + d->tok[t0].off, '(',
				  d->tok[t1 - 1].off + d->tok[t1 - 1].len - d->tok[t0].off) != NULL;
}

/* Whether tokens [t0, t1) hold an abbreviation in parentheses: "(BTC)". */
static bool
has_paren_abbrev(const GbDoc *d, int t0, int t1)
{
	int			k;

	if (!span_has_paren(d, t0, t1))
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
char *
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
size_t
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
 * rewritten in buf when it fits; *short_form (when given) is set where the
 * centre was written short, so that the title written in full later takes
 * its text, as an abbreviated position's does (add_title()).
 */
static __attribute__((noinline)) char *
central_key_spelled(const GbDoc *d, int t0, int t1, char *key, char *buf, int *lost,
					bool *short_form)
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
			if (short_form)
				*short_form = true;
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
		size_t		n;

		/* asked at every word of a key: the first letter before the rest */
		if (gb_city_spellings[i][0] != p[0])
			continue;
		n = strlen(gb_city_spellings[i]);
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
 * In a title's key, the text after the head (or deputy head) of one of the
 * Party committee's departments ("truong ban tuyen giao ", "pho truong ban
 * to chuc "), or NULL for another post.  Headlines leave out the committee
 * as they do a secretary's: "Trưởng Ban Tuyên giáo Hà Tĩnh" is "Trưởng Ban
 * Tuyên giáo Tỉnh ủy Hà Tĩnh" (probe ae AE5).  Not "kinh tế": a council's
 * committee has that name too.
 */
static char *
after_party_dept(char *key)
{
	static const char *const depts[] = {"tuyen giao va dan van ", "tuyen giao ", "to chuc ", "dan van ",
	"noi chinh ", NULL};
	char	   *p = key;
	int			k;

	if (strncmp(p, "pho ", 4) == 0)
		p += 4;
	if (strncmp(p, "truong ban ", 11) != 0)
		return NULL;
	p += 11;
	for (k = 0; depts[k]; k++)
		if (strncmp(p, depts[k], strlen(depts[k])) == 0)
			return p + strlen(depts[k]);
	return NULL;
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

	if ((p = after_secretary(key)) == NULL && (p = after_party_dept(key)) == NULL)
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
	static const char *const doubled[] = {
		"huyen uy huyen ", "quan uy quan ", "thi uy thi xa ", "thanh uy thanh pho ",
		"dang uy xa xa ", "dang uy phuong phuong ", "dang uy thi tran thi tran ", NULL
	};
	size_t		n = strlen(key),
				ln = 0;
	char	   *p,
			   *r;
	int			k;

	if ((p = after_secretary(key)) == NULL)
		return false;
	/*
	 * "Bí thư huyện ủy huyện Mường Lát", "Bí thư Thành ủy thành phố Vinh":
	 * the committee then its level before the name is the committee of
	 * that name, "Bí thư Huyện ủy Mường Lát" (probe-bf BF8); not before a
	 * number, "Quận ủy quận 5", which the level makes a name
	 */
	for (k = 0; doubled[k]; k++)
	{
		const char *lv = strchr(doubled[k], ' ') + 4;	/* past "<x> uy " */

		if (strncmp(p, doubled[k], ln = strlen(doubled[k])) == 0 && !(p[ln] >= '0' && p[ln] <= '9') &&
			p[ln] != '\0')
		{
			memmove(p + (lv - doubled[k]), p + ln, strlen(p + ln) + 1);
			return true;
		}
	}
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
char *
spelled_key(const GbDoc *d, int t0, int t1, char *key, char *buf, int *lost, bool *short_form)
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
		key = central_key_spelled(d, t0, t1, key, buf, lost, short_form);
	if (place)
		key = place_key_spelled(d, t0, t1, key, buf);
	/* "bi thu ...", "pho bi thu ...": a secretary's, seldom */
	if ((key[0] == 'b' && key[1] == 'i' && key[2] == ' ') ||
		(key[0] == 'p' && key[1] == 'h' && key[2] == 'o' && key[3] == ' ' && key[4] == 'b'))
		key = local_party_key(key, buf);
	return key;
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
char *
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
 * "Phó Bí thư TT Huyện ủy", "Phó Chủ tịch TT UBND xã": "Thường trực"
 * written short after a deputy's post is keyed spelled out, so that "Phó
 * Bí thư Thường trực Huyện ủy" is the same title and its spelling replaces
 * this one (stop 34 Q14).  Elsewhere "TT" may be a town or a centre.
 */
static char *
standing_short_key(const GbDoc *d, int t0, int t1, char *key, char *buf, bool *caps)
{
	char	   *p = key,
			   *full;
	size_t		n;
	int			k;

	/* a deputy's post first, a former one's too: most titles are not, one test */
	if (p[0] == 'n' && strncmp(p, "nguyen ", 7) == 0)
		p += 7;
	if (p[0] != 'p' || strncmp(p, "pho ", 4) != 0 || (p = key_words(p, "tt")) == NULL)
		return key;
	n = strlen(key);
	if (!((p - key >= 11 && memcmp(p - 11, "pho bi thu ", 11) == 0 && (p - key == 11 || p[-12] == ' ')) ||
		  (p - key >= 13 && memcmp(p - 13, "pho chu tich ", 13) == 0 && (p - key == 13 || p[-14] == ' '))))
		return key;
	for (k = t0; k < t1; k++)
		if (tok_is(d, k, "tt"))
			break;
	if (k == t1 || !tok_has(d, k, T_ALLCAPS))
		return key;
	*caps = true;
	full = gb_malloc(n + 10);
	memcpy(full, key, p - key);
	memcpy(full + (p - key), "thuong truc", 11);
	memcpy(full + (p - key) + 11, p + 2, n - (p - key) - 1);
	key_free(key, buf);
	return full;
}

/*
 * "Ủy viên Thường vụ Tỉnh ủy", "Ủy viên Thường vụ Đảng ủy Công an Trung
 * ương": a member of a Party committee's standing board written without
 * "Ban" is keyed with it, so that "Ủy viên Ban Thường vụ Tỉnh ủy" is the
 * same title, the first spelling kept (probe aq X6).  Only before a
 * committee ("... ủy"): "Ủy viên Thường vụ Quốc hội" sits on an Ủy ban.
 */
static char *
standing_member_key(char *key, char *buf)
{
	char	   *p = key,
			   *q,
			   *full;
	size_t		n,
				b;

	if (p[0] == 'n' && strncmp(p, "nguyen ", 7) == 0)
		p += 7;
	if (p[0] != 'u' || strncmp(p, "uy vien thuong vu ", 18) != 0)
		return key;
	q = strchr(p + 18, ' ');
	if (q == NULL || strncmp(q, " uy", 3) != 0 || (q[3] != ' ' && q[3] != '\0'))
		return key;
	n = strlen(key);
	b = p - key + 8;			/* after "uy vien " */
	full = gb_malloc(n + 5);
	memcpy(full, key, b);
	memcpy(full + b, "ban ", 4);
	memcpy(full + b + 4, key + b, n - b + 1);
	key_free(key, buf);
	return full;
}

/*
 * Where the name that a body's letters in brackets at p stand for starts,
 * or -1: the nearest body's capitalized word from which the words' first
 * letters spell the letters ("Ủy ban Mặt trận Tổ quốc (UBMTTQ)", "Ban Quản lý dự
 * án đầu tư (BQLDA)"), else the nearest head of a named body in capitals
 * ("Tập đoàn Điện lực Việt Nam (EVN)", "Tổng Công ty Điện lực miền Bắc
 * (EVNNPC)"), whose letters are no initials.  Only words, numbers and
 * dashes between, on the bracket's line, a dozen words back at most.  The
 * name ends at the bracket (*end), or, spelled by the initials, before a
 * level after them, written after the letters too ("Ban Chỉ đạo tỉnh
 * (BCĐ)", "Trưởng BCĐ tỉnh").
 */
static int
acro_name_start(const GbDoc *d, int p, const char *a, size_t an, int *end)
{
	const GbPhrase *ph;
	int			lo = p,
				s,
				j,
				m;
	size_t		x;

	for (j = p - 1; j >= 0 && j >= p - 14; j--)
	{
		if (!tok_has(d, j, T_WORD) && !tok_has(d, j, T_NUM) && !tok_punct(d, j, '-'))
			break;
		lo = j;
		if (tok_has(d, j, T_NL))
			break;
	}
	for (s = p - 2; s >= lo; s--)
	{
		/* a body's name, not a person's before a byline's letters ("Trần Thanh (TT)") */
		if (!gb_word_upper(d, s) ||
			gb_dict_match(d, s, CAT_BODY | CAT_BODYHEAD | CAT_AGENCY | CAT_DEPT, NULL) == 0)
			continue;
		for (j = s, x = 0; j < p && x < an; j++)
		{
			if (tok_punct(d, j, '-'))
				continue;
			if (!tok_has(d, j, T_WORD) || tok_fold(d, j)[0] != a[x])
				break;
			x++;
		}
		if (x == an)
		{
			*end = j < p && gb_dict_match(d, j, CAT_LEVEL, NULL) > 0 ? j : p;
			return s;
		}
	}
	*end = p;
	for (s = p - 2; s >= lo; s--)
		if (gb_word_upper(d, s) && (m = gb_dict_match(d, s, CAT_BODYHEAD | CAT_AGENCY, &ph)) > 0 &&
			s + m < p && (ph->cat == CAT_AGENCY || (ph->aux & BODY_NAMED)))
		{
			/* "Tổng Công ty": a longer head the word before starts */
			if (s > lo && gb_word_upper(d, s - 1) &&
				gb_dict_match(d, s - 1, CAT_BODYHEAD | CAT_AGENCY, NULL) > 1)
				s--;
			return s;
		}
	return -1;
}

/*
 * "Tập đoàn Điện lực Việt Nam (EVN)": the letters in brackets at p, one
 * word in capitals, noted as the name before them folded, the text's
 * first definition of them kept (acro_key()).  Called where the scan
 * meets the letters after "(" or a title holds them, no search of its own.
 */
void
note_acronym(GbOffState *st, const GbDoc *d, int p)
{
	char		buf[KEY_BUF],
				lw[16];
	char	   *name;
	const char *l;
	size_t		n;
	int			k,
				j,
				s,
				e;

	/* the brackets' shape is gb_paren_abbrev()'s, of one word of letters */
	if (st->nacro >= MAX_ACRO || p < 2 || gb_paren_abbrev(d, p) != p + 3 ||
		(d->tok[p + 1].flags & (T_WORD | T_ALLCAPS)) != (T_WORD | T_ALLCAPS) ||
		d->tok[p + 1].flen < 2 || d->tok[p + 1].flen > 12)
		return;
	l = tok_fold(d, p + 1);
	n = d->tok[p + 1].flen;
	for (k = 0; k < st->nacro; k++)
		if (st->acro[k].n == n && memcmp(st->acro[k].letters, l, n) == 0)
			return;
	if ((s = acro_name_start(d, p, l, n, &e)) < 0)
		return;

	/*
	 * Letters a title kept before they were defined stay as written, its
	 * key too, lest the same title written so again later be another
	 */
	memcpy(lw, l, n);
	lw[n] = '\0';
	for (k = 0; k < st->noffs; k++)
		for (j = 0; j < st->offs[k]->ntitles; j++)
			if (key_words(st->offs[k]->tkeys[j], lw) != NULL)
				return;
	name = fold_tokens(d, s, e, buf);
	st->acro[st->nacro].letters = gb_arena_strndup(st->arena, l, n);
	st->acro[st->nacro].n = n;
	st->acro[st->nacro].name = gb_arena_strdup(st->arena, name);
	st->nacro++;
	key_free(name, buf);
}

/*
 * key with its word a (n bytes) spelled full, a new key; key itself when a
 * is no word of it.  "Tập đoàn VNPT": the name's first words written
 * before the letters are the name's own, not written twice.
 */
static char *
key_word_spelled(char *key, char *buf, const char *a, size_t n, const char *full)
{
	size_t		len = strlen(key),
				fn = strlen(full),
				p,
				b,
				w;
	char	   *out,
			   *at;

	if ((at = key_words_n(key, a, n)) == NULL)
		return key;
	p = at - key;
	b = p;
	for (w = 0; w < fn && w < p; w++)
		if (full[w] == ' ' && memcmp(key + p - w - 1, full, w + 1) == 0 &&
			(p - w - 1 == 0 || key[p - w - 2] == ' '))
			b = p - w - 1;
	out = gb_malloc(b + fn + (len - p - n) + 1);
	memcpy(out, key, b);
	memcpy(out + b, full, fn);
	memcpy(out + b + fn, key + p + n, len - p - n + 1);
	key_free(key, buf);
	return out;
}

/*
 * "Phó Bí thư Thường trực Đảng ủy EVN": a body written in letters the
 * text defined (note_acronym()), or a state group's the gazetteer knows,
 * is keyed by its name, so that "... Đảng ủy Tập đoàn Điện lực Việt Nam"
 * is the same title; the spelling replaces the letters (*caps), as it
 * does a body's the gazetteer spells (body_letters_key() and the other
 * keys of a title's letters come first).  Not the title's first word, a post written short, nor the
 * letters in brackets (title_fold() left them out).
 */
char *
acro_key(const GbOffState *st, const GbDoc *d, int t0, int t1, char *key, char *buf, bool *caps)
{
	int			k,
				j;

	for (k = t0 + 1; k < t1; k++)
	{
		const GbTok *t = &d->tok[k];
		const char *a,
				   *full = NULL;

		if ((t->flags & (T_WORD | T_ALLCAPS)) != (T_WORD | T_ALLCAPS) || t->flen < 2 ||
			tok_punct(d, k - 1, '('))
			continue;
		a = tok_fold(d, k);
		for (j = 0; j < st->nacro && full == NULL; j++)
			if (st->acro[j].n == t->flen && memcmp(st->acro[j].letters, a, t->flen) == 0)
				full = st->acro[j].name;
		if (full == NULL)
			full = gb_known_acronym(a, t->flen);
		if (full != NULL)
		{
			char	   *was = key;

			key = key_word_spelled(key, buf, a, t->flen, full);
			if (key != was)
				*caps = true;
		}
	}
	return key;
}

/* the letters a title defines in brackets, "Giám đốc Ban Quản lý dự án (BQLDA) huyện", noted */
static __attribute__((noinline)) void
title_acronyms(GbOffState *st, const GbDoc *d, int t0, int t1)
{
	int			k;

	for (k = t0 + 1; k + 2 < t1; k++)
		if (tok_punct(d, k, '('))
			note_acronym(st, d, k);
}

/*
 * A title, once per official: the first spelling is kept, except that a
 * heading's capitals give way to the spelling of the text.  A title the
 * text's end cuts short loses its broken word, so that it is read as what
 * is left of it (drop_short_titles() drops it beside its full form).
 */
void
add_title(GbOffState *st, const GbDoc *d, Official *o, int t0, int t1)
{
	add_title_gap(st, d, o, t0, -1, -1, t1);
}

/*
 * add_title() of the tokens [t0, t1) but those of [g0, g1), which are no
 * words of it (g0 < 0: none): "Bí thư và Phó Bí thư Thành ủy Đà Nẵng",
 * the first of two posts paired with the body written once after the
 * last, is "Bí thư Thành ủy Đà Nẵng" (paired_post_body()).
 */
void
add_title_gap(GbOffState *st, const GbDoc *d, Official *o, int t0, int g0, int g1, int t1)
{
	char		buf[KEY_BUF];
	char	   *key = NULL;
	char	   *text = NULL;
	bool		caps;
	int			k,
				kend,
				lost = -1;

	if (title_cut_by_end(d, t0, t1))
		t1--;
	/* "Bí thư Huyện ủy khóa XVIII": the post, its term left out */
	t1 = gb_title_term_end(d, t0, t1);
	caps = gb_all_caps(d, t0, t1);
	if (span_has_paren(d, t0, t1))
		title_acronyms(st, d, t0, t1);
	st->title_t0 = t0;
	st->title_t1 = t1;

	/*
	 * "Phó Trưởng Ban Thường trực, Ban Tuyên giáo Tỉnh ủy": the comma after
	 * a standing post is left out, the title's name has none.  Titles are
	 * few tokens; the scan for a comma token is short.  "Vụ trưởng Vụ X -
	 * Bộ Y": the dash before a Vụ's parent is written as the comma form's
	 * comma; the folded title shows a dash first, most have none.
	 */
	if (g0 > t0 && g1 > g0 && g1 < t1)
		k = g0;
	else if ((k = gb_standing_post_comma(d, t0, t1)) < 0)
	{
		key = title_fold(d, t0, t1, buf);
		if (strchr(key, '-') != NULL && (k = gb_dept_parent_dash(d, t0, t1)) > 0)
			key_free(key, buf);
	}
	kend = k == g0 ? g1 : k + 1;
	if (k > 0)
	{
		GbBuf		b = {0};
		const char *x = gb_span_text(d, t0, k);
		size_t		n;

		gb_buf_append(&b, x, strlen(x));
		if (k != g0 && tok_punct(d, k, '-'))
			gb_buf_putc(&b, ',');
		gb_buf_putc(&b, ' ');
		x = gb_span_text(d, kend, t1);
		gb_buf_append(&b, x, strlen(x));
		text = gb_arena_strndup(st->arena, b.data, b.len);
		gb_free(b.data);
		key = gb_fold(text, strlen(text), &n);
	}
	key = abbrev_key(d, t0, t1, key, buf, &caps);
	key = committee_key(d, t0, t1, key, buf, &caps);
	key = body_letters_key(d, t0, t1, key, buf, &caps);
	key = standing_short_key(d, t0, t1, key, buf, &caps);
	key = standing_member_key(key, buf);
	key = acro_key(st, d, t0, t1, key, buf, &caps);
	key = spelled_key(d, t0, t1, key, buf, &lost, &caps);
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
void
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

void
add_chain(GbOffState *st, const GbDoc *d, Official *o, const GbTitleChain *c)
{
	int			k,
				from = o->ntitles;

	for (k = 0; c && k < c->n; k++)
		add_title(st, d, o, c->t0[k], c->t1[k]);
	if (c && c->n > 1)
		share_place(st, d, o, from);
}
