/*
 * officials_coref.c
 *	  Later mentions of an official by title alone or by given name.
 *
 * "đồng chí Trưởng Ban Tổ chức Trung ương", "ông Hưng": the one recent
 * official with that title, or with a longer name ending so, is the one
 * meant.  Only the most recent officials are searched, so that time stays
 * linear in the text.  Apart because it reads the table of officials
 * found, where the rest of the scan reads the text.
 */
#include "officials_int.h"

#define RECENT			64		/* officials searched by title or given name */

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
 * spelled out (body_letters_key(), acro_key()) and one spelling of the
 * Central Committee and of a province (spelled_key()).  Free it with
 * key_free().
 */
static char *
coref_key(const GbOffState *st, const GbDoc *d, const GbTitleChain *c, int x, char *buf, size_t *n)
{
	int			t1 = gb_title_term_end(d, c->t0[x], c->t1[x]);
	bool		caps;
	char	   *key = body_letters_key(d, c->t0[x], t1, title_fold(d, c->t0[x], t1, buf), buf, &caps);

	key = acro_key(st, d, c->t0[x], t1, key, buf, &caps);

	key = spelled_key(d, c->t0[x], t1, key, buf, NULL, NULL);
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
 * Whether the titles [t0, e) are an item of a list of posts elected or
 * appointed, after another item: "Ban Chấp hành đã bầu Ban Thường vụ, Phó
 * Bí thư Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.", "bầu các chức danh:
 * Bí thư Tỉnh ủy, Phó Bí thư Tỉnh ủy": posts, no mention of their holders
 * (stop 33 N2).  The list ends the clause or goes on; "Sau khi được bầu,
 * Bí thư Tỉnh ủy phát biểu", with no item before it and a verb after, is
 * a mention.  Out of line, called only for titles with no name.
 */
static __attribute__((noinline)) bool
posts_elected(const GbDoc *d, int t0, int e)
{
	int			k;

	if (!(tok_punct(d, t0 - 1, ',') || tok_punct(d, t0 - 1, ':')) || tok_has(d, t0, T_NL) ||
		!(e >= d->ntok || tok_has(d, e, T_NL) || tok_punct(d, e, '.') || tok_punct(d, e, ';') ||
		  tok_punct(d, e, ',') || (tok_is(d, e, "va") && gb_word_lower(d, e))))
		return false;
	for (k = t0 - 3; k >= 0 && k >= t0 - 24; k--)
	{
		if (tok_punct(d, k, '.') || tok_punct(d, k, ';') || tok_has(d, k + 1, T_NL))
			return false;
		if (gb_word_lower(d, k) && gb_listed_phrase_at(d, k, gb_appoint_verbs) > 0)
			return k + gb_listed_phrase_at(d, k, gb_appoint_verbs) < t0 - 1;
	}
	return false;
}

/*
 * "Bí thư Tỉnh ủy chủ trì hội nghị. ... Đồng chí A, Bí thư Tỉnh ủy, nhấn
 * mạnh": a post written alone, its key of n bytes, that no official named
 * so far holds, kept for coref_ahead().  A post one person holds in its
 * body: no deputy's or member's ("Phó Chủ tịch UBND tỉnh", "Ủy viên Ban
 * Thường vụ"), which several hold.
 */
static void
note_ahead(GbOffState *st, const char *key, size_t n, int t0, int tn, int e)
{
	TitleAhead *a;

	if (n == 0 || strncmp(key, "pho ", 4) == 0 || strncmp(key, "uy vien", 7) == 0 ||
		strncmp(key, "thanh vien", 10) == 0)
		return;
	if (st->nahead == st->capahead)
	{
		st->capahead = st->capahead ? st->capahead * 2 : 8;
		st->ahead = gb_realloc(st->ahead, sizeof(TitleAhead) * (size_t) st->capahead);
	}
	a = &st->ahead[st->nahead++];
	a->m.off = -1;
	a->m.t0 = t0;
	a->m.tn = tn;
	a->m.t1 = e;
	a->key = gb_arena_strndup(st->arena, key, n);
	a->n = n;
}

/* tokens after a post written alone where its holder's name is looked for */
#define AHEAD_REACH		300
/* mentions after it looked at */
#define AHEAD_MENTIONS	16

/*
 * The chunk's posts written alone before anyone named held them
 * (note_ahead()): each is a mention of the official who holds that post,
 * title key and all, named among the next few mentions of the chunk and
 * not before in it ("Bí thư Tỉnh ủy chủ trì hội nghị. ... Đồng chí A, Bí
 * thư Tỉnh ủy, nhấn mạnh"; stop 36 U3), when no other official of the
 * report holds it.  The mention goes in among the chunk's in their
 * order, before assign_roles() reads them.  All the posts are looked up
 * first, then put in: a mention put in for one post is none the scan
 * made, and would read as the holder "named before" the next post
 * written alone ("Bí thư Tỉnh ủy phát biểu khai mạc. Bí thư Tỉnh ủy chủ
 * trì. ... Đồng chí A, Bí thư Tỉnh ủy").
 */
void
coref_ahead(GbOffState *st, const GbDoc *d)
{
	int			from = 0;

	/* first each post's holder, in its mention's off (-1: none) */
	for (int p = 0; p < st->nahead; p++)
	{
		TitleAhead *a = &st->ahead[p];
		Official   *found = NULL;
		int			k;

		while (from < st->nmen && st->men[from].tn < a->m.t1)
			from++;
		for (k = from; k < st->nmen && k < from + AHEAD_MENTIONS &&
			 st->men[k].tn < a->m.t1 + AHEAD_REACH; k++)
			if (title_matches(st->offs[st->men[k].off], a->key, a->n, false))
			{
				found = st->offs[st->men[k].off];
				break;
			}
		if (found == NULL)
			continue;
		/* named in the chunk before the post: a mention the scan would have tied */
		for (k = 0; k < from && st->men[k].off != found->idx; k++)
			;
		if (k < from)
			continue;
		/* another official of the report with the post */
		for (k = 0; k < st->noffs; k++)
			if (st->offs[k] != found && title_matches(st->offs[k], a->key, a->n, false))
				break;
		if (k < st->noffs)
			continue;
		a->m.off = found->idx;
	}
	for (int p = 0; p < st->nahead; p++)
	{
		const Mention *am = &st->ahead[p].m;
		int			k;

		if (am->off < 0)
			continue;
		if (st->nmen == st->capmen)
		{
			st->capmen = st->capmen ? st->capmen * 2 : 64;
			st->men = gb_realloc(st->men, sizeof(Mention) * (size_t) st->capmen);
		}
		for (k = st->nmen; k > 0 && st->men[k - 1].tn > am->tn; k--)
			st->men[k] = st->men[k - 1];
		st->men[k] = *am;
		st->nmen++;
		st->offs[am->off]->mentions++;
	}
	st->nahead = 0;
}

/*
 * "đồng chí Trưởng Ban Tổ chức Trung ương", "Trưởng Ban Tổ chức Trung ương
 * nhấn mạnh": the one recent official with that title.
 */
void
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
	if (tok_is(d, e, "cac") || tok_is(d, e, "nhung") || late_leader(st, d) || class_after_titles(d, e) ||
		(t0 == c->t0[0] && posts_elected(d, t0, e)))
		return;
	for (x = 0; x < c->n; x++)
	{
		char		buf[KEY_BUF];
		size_t		n;
		char	   *key = coref_key(st, d, c, x, buf, &n);
		bool		none = true;

		for (k = st->noffs - 1; k >= 0 && k >= st->noffs - RECENT; k--)
		{
			if (!title_matches(st->offs[k], key, n, prefix))
				continue;
			none = false;
			if (found && found != st->offs[k])
			{
				found = NULL;
				break;
			}
			found = st->offs[k];
		}
		/* one post alone that none holds yet: maybe of one named after it */
		if (none && c->n == 1)
			note_ahead(st, key, n, t0, c->t0[0], e);
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
		char	   *key = coref_key(st, d, c, x, buf, &n);

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
bool
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
