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
 *
 * The extractor is in several files, one concern each, sharing
 * officials_int.h:
 *
 *	 officials.c			the table of officials found, their mentions, and
 *							the extractor's begin and finish
 *	 officials_scan.c		the scan: where a person may start, the shapes
 *							read there (honorifics, lists, titles before names)
 *	 officials_lists.c		names listed, and names after a chain of titles
 *	 officials_posts.c		the titles written after a name, and where they end
 *	 officials_titles.c		an official's titles and the keys they compare by
 *	 officials_coref.c		later mentions by title or given name
 *	 officials_roles.c		meeting roles given to the mentions
 */
#include "officials_int.h"

#include <unicode/uchar.h>

/* ---- the officials table ----------------------------------------------- */

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

Official *
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
bool
late_leader(const GbOffState *st, const GbDoc *d)
{
	return st->scan_i >= 0 && memorial_end(d, st->scan_i);
}

const char	gb_both_sexes[] = "ông bà";

/* The official named by tokens [t0, t1), found or added; one more mention. */
Official *
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
	if (o->honorific == NULL && honorific != gb_both_sexes)
		o->honorific = honorific;
	o->mentions++;
	return o;
}

void
add_role(Official *o, const char *role)
{
	int			k;

	for (k = 0; k < o->nroles; k++)
		if (strcmp(o->roles[k], role) == 0)
			return;
	if (o->nroles < MAX_ROLES)
		o->roles[o->nroles++] = role;
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
		r->session = o->session;
		r->mentions = o->mentions;
		r->span_start = o->span_start;
		r->span_end = o->span_end;
	}
	gb_free(st->offs);
	gb_free(st->hash);
	gb_free(st->men);
	gb_free(st->ahead);
	st->offs = NULL;
	st->hash = NULL;
	st->men = NULL;
	st->ahead = NULL;
}
