/*
 * citations_finish.c
 *	  Documents as rows (gb_cit_finish()): each document's key, unique in its
 *	  report, and its issuer as a canonical name, "Ban Thường vụ Tỉnh ủy"
 *	  for "BTV Tỉnh ủy".
 *
 * Apart because it runs once per report, after every chunk, on the merged
 * documents.
 */
#include "citations_int.h"

#include <stdio.h>

/* v in decimal into buf (12 bytes at least), as snprintf()'s "%d" writes it, at a tenth of its cost */
static void
decimal(char *buf, int v)
{
	char		tmp[12];
	unsigned int u = v < 0 ? 0u - (unsigned int) v : (unsigned int) v;
	int			n = 0;

	do
	{
		tmp[n++] = (char) ('0' + u % 10);
		u /= 10;
	} while (u > 0);
	if (v < 0)
		*buf++ = '-';
	while (n > 0)
		*buf++ = tmp[--n];
	*buf = '\0';
}

/* Append s to the n-byte buffer buf holding *len bytes, cut as snprintf() cuts. */
static void
put_str(char *buf, size_t n, size_t *len, const char *s)
{
	size_t		k = strlen(s);

	if (k > n - 1 - *len)
		k = n - 1 - *len;
	memcpy(buf + *len, s, k);
	*len += k;
	buf[*len] = '\0';
}

/*
 * The folded issuer f written into out (size bytes) with its city spelled
 * one way, as officials' titles fold it (city_key_spelled() in
 * officials_titles.c): the level "TP" written short, "tp", "tp." glued or
 * not, is "thanh pho", and dropped before a city run by the centre, whose
 * name says its level, its short form after "tp" spelled out; so "Thành ủy
 * TP. Hồ Chí Minh", "Thành ủy TPHCM", "Thành ủy TP.HCM" and "Thành ủy Thành
 * phố Hồ Chí Minh" key one issuer, `thanh-uy-ho-chi-minh`, and no "."
 * stays in a key (probe bb BB11).  A city's name without its level is left
 * as written: "Đoàn TNCS Hồ Chí Minh" names no city.  False if it does not
 * fit.
 */
static bool
city_issuer_spelled(const char *f, char *out, size_t size)
{
	size_t		o = 0;

	while (*f)
	{
		const char *p = f;
		bool		level = false;
		int			i;

		if (p[0] == 't' && p[1] == 'p' && (p[2] == '.' || p[2] == ' ' || p[2] == '\0' ||
										   strncmp(p + 2, "hcm", 3) == 0))
		{
			p += 2;
			if (*p == '.')
				p++;
			if (*p == ' ')
				p++;
			level = true;
		}
		else if (strncmp(p, "thanh pho", 9) == 0 && (p[9] == ' ' || p[9] == '\0'))
		{
			p += p[9] ? 10 : 9;
			level = true;
		}
		if (level)
		{
			const char *name = NULL;
			size_t		n = 0;

			for (i = 0; gb_city_spellings[i] != NULL && !name; i += 2)
			{
				n = strlen(gb_city_spellings[i]);
				if (strncmp(p, gb_city_spellings[i], n) == 0 && (p[n] == ' ' || p[n] == '\0'))
					name = gb_city_spellings[i + 1];
			}
			if (name == NULL)
			{
				name = "thanh pho";
				n = 0;
				/* "TP" at the end, or before a name of its own: "TP. Vinh" */
			}
			if (o + strlen(name) + 2 > size)
				return false;
			memcpy(out + o, name, strlen(name));
			o += strlen(name);
			f = p + n;
			if (n == 0 && *f)
				out[o++] = ' ';
			if (n == 0)
				continue;
		}
		/* the rest of the word and the space after it */
		for (; *f && *f != ' '; f++)
		{
			if (o + 2 > size)
				return false;
			out[o++] = *f;
		}
		if (*f == ' ')
		{
			out[o++] = ' ';
			f++;
		}
	}
	out[o] = '\0';
	return true;
}

/*
 * The issuer put into a key at the end of buf: folded, its city spelled one
 * way (city_issuer_spelled()).
 */
static void
put_issuer(char *buf, size_t n, size_t *len, const char *issuer)
{
	char		folded[256],
				spelled[256];
	int			fl = gb_fold_into(issuer, strlen(issuer), folded, sizeof(folded) - 1);

	if (fl >= 0)
	{
		folded[fl] = '\0';
		put_str(buf, n, len, city_issuer_spelled(folded, spelled, sizeof(spelled)) ? spelled : folded);
	}
	else
	{
		size_t		fn;
		char	   *f = gb_fold(issuer, strlen(issuer), &fn);

		put_str(buf, n, len, city_issuer_spelled(f, spelled, sizeof(spelled)) ? spelled : f);
		gb_free(f);
	}
}

/*
 * The identity of a document inside the key: its code, else number, plus
 * term; a plenum's resolution without a number by the plenum ("Nghị quyết
 * Trung ương 4 khóa XII").  A plenum may issue several numbered resolutions
 * (the sixth of the XIIth term issued 18 to 21-NQ/TW): a number keeps them
 * apart.
 */
static size_t
make_key(char *buf, size_t n, const Mention *m, const char *term, const char *issuer)
{
	bool		at = term && (!(m->code && m->state_code) || local_party_code(m));
	const char *org;
	size_t		len = 0;

	buf[0] = '\0';
	if (m->congress)
	{
		put_str(buf, n, &len, "dai-hoi");
		if (m->local)
		{
			put_str(buf, n, &len, ":");
			put_str(buf, n, &len, m->local);
		}
	}
	else if (m->plenum && !m->code && !m->number)
	{
		char		digits[16];

		decimal(digits, m->plenum);
		put_str(buf, n, &len, "tw");
		put_str(buf, n, &len, digits);
		/* a mass organization's plenum: "tw12:hội nông dân việt nam" */
		if ((org = centre_org(m->issuer)) != NULL)
		{
			put_str(buf, n, &len, ":");
			put_str(buf, n, &len, org);
		}
	}
	else
	{
		put_str(buf, n, &len, m->code ? m->code : m->number ? m->number : "(null)");
		/*
		 * numbering restarts with each issuer: a local document whose term
		 * its date gives, "Nghị quyết 02 của Ban Thường vụ Tỉnh ủy ngày
		 * 15/3/2016", is told from the central "Nghị quyết 02 khóa XII" by
		 * its issuer (a central one has its code derived); so is one of a
		 * local Party body with no term, "Nghị quyết số 12 của Ban Thường vụ
		 * Tỉnh ủy Thanh Hóa", from the central "Nghị quyết số 12"
		 */
		if (!m->code && m->number && issuer &&
			(at || (gb_party_body(issuer) && !gb_body_code_suffix(issuer))))
		{
			put_str(buf, n, &len, "/");
			put_issuer(buf, n, &len, issuer);
		}
	}
	if (at)
	{
		put_str(buf, n, &len, "@");
		put_str(buf, n, &len, term);
	}
	return len;
}

#define ISSUER_WORDS 16			/* words of an issuer whose heads are spelled */
#define HEAD_WORDS 7			/* the longest head: "Hội Liên hiệp Thanh niên Việt Nam" */

/*
 * The issuer's words with the heads of bodies among them in their own
 * spelling: "Ban thường vụ tỉnh ủy Thanh Hóa" is "Ban Thường vụ Tỉnh ủy
 * Thanh Hóa", so that a local document's issuer (and its key) does not
 * depend on the reporter's case.  Only heads of two words or more: "sở",
 * "bộ" and "khối" are common nouns too ("Đảng bộ cơ sở").  Returns NULL
 * when nothing changes.
 */
static char *
spelled_heads(GbArena *arena, const char *issuer)
{
	size_t		wo[ISSUER_WORDS + 1],	/* word starts in issuer, then its end + 1 */
				fo[ISSUER_WORDS + 1];	/* the same in the folded words */
	char		folded[256];
	size_t		flen = 0;
	int			nw = 0,
				i;
	const char *s = issuer;
	GbBuf		out = {0};
	bool		changed = false;
	char	   *res = NULL;

	while (*s)
	{
		const char *sp = strchr(s, ' ');
		size_t		n = sp ? (size_t) (sp - s) : strlen(s);
		int			fl;

		if (nw == ISSUER_WORDS || n == 0)
			return NULL;
		wo[nw] = (size_t) (s - issuer);
		fo[nw++] = flen;
		/* most words fold in place; the rest through gb_fold() */
		fl = gb_fold_into(s, n, folded + flen, sizeof(folded) - flen - 1);
		if (fl >= 0)
		{
			/* "(BCH)", "TP.Tân": a word its marks split is part of no head */
			if (memchr(folded + flen, ' ', (size_t) fl) != NULL)
				folded[flen++] = '-';
			else
				flen += (size_t) fl;
		}
		else
		{
			size_t		fn;
			char	   *f = gb_fold(s, n, &fn);

			if (flen + fn + 1 >= sizeof(folded))
			{
				gb_free(f);
				return NULL;
			}
			/* "(BCH)", "TP.Tân": a word its marks split is part of no head */
			if (memchr(f, ' ', fn) != NULL)
				folded[flen++] = '-';
			else
			{
				memcpy(folded + flen, f, fn);
				flen += fn;
			}
			gb_free(f);
		}
		folded[flen++] = ' ';
		s += n;
		if (*s == ' ')
			s++;
	}
	wo[nw] = strlen(issuer) + 1;
	fo[nw] = flen;
	for (i = 0; i < nw;)
	{
		const char *v = NULL;
		int			len;
		size_t		k = 0;
		bool		lower = !gb_is_upper(gb_utf8_next((const unsigned char *) issuer + wo[i],
													  wo[i + 1] - wo[i] - 1, &k));

		for (len = nw - i < HEAD_WORDS ? nw - i : HEAD_WORDS; len >= 2; len--)
		{
			size_t		kn = fo[i + len] - fo[i] - 1;
			char		c = folded[fo[i] + kn];
			bool		anycase;

			folded[fo[i] + kn] = '\0';
			v = gb_body_head_spelling(folded + fo[i], &anycase);
			folded[fo[i] + kn] = c;
			/*
			 * a head in lower case only where the parser takes one, going
			 * on a name ("Ban Tuyên giáo tỉnh ủy"): the "ban" of "Ủy ban
			 * Dân tộc" starts no "Ban Dân tộc"
			 */
			if (v && (anycase || !lower) &&
				gb_same_letters(issuer + wo[i], wo[i + len] - wo[i] - 1, v, strlen(v)))
				break;
			v = NULL;
		}
		/* most issuers are spelled already: build nothing until one is not */
		if (v && !changed &&
			(wo[i + len] - wo[i] - 1 != strlen(v) ||
			 memcmp(issuer + wo[i], v, strlen(v)) != 0))
		{
			changed = true;
			if (i > 0)
				gb_buf_append(&out, issuer, wo[i] - 1);
		}
		if (changed)
		{
			if (out.len > 0)
				gb_buf_putc(&out, ' ');
			if (v)
				gb_buf_append(&out, v, strlen(v));
			else
				gb_buf_append(&out, issuer + wo[i], wo[i + 1] - wo[i] - 1);
		}
		i += v ? len : 1;
	}
	if (changed)
		res = gb_arena_strndup(arena, out.data, out.len);
	gb_free(out.data);
	return res;
}

/*
 * The issuer as a canonical name: a body's head written in its letters
 * ("BTV Tỉnh ủy") spelled out ("Ban Thường vụ Tỉnh ủy"), the heads of the
 * rest in their own case.
 */
static char *
full_issuer(GbArena *arena, const char *issuer)
{
	size_t		n;
	const char *head = gb_body_head_abbrev(issuer, &n);
	char	   *s,
			   *sp;
	size_t		hl,
				rl;

	if (!head)
		return (sp = spelled_heads(arena, issuer)) ? sp : gb_arena_strdup(arena, issuer);
	hl = strlen(head);
	rl = strlen(issuer + n);
	s = gb_arena_alloc(arena, hl + rl + 1);
	memcpy(s, head, hl);
	memcpy(s + hl, issuer + n, rl + 1);
	return (sp = spelled_heads(arena, s)) ? sp : s;
}

/* A slot of the key table: a citation's index (-1: empty) and its key's hash. */
typedef struct KeySlot
{
	int			idx;
	uint32_t	h;
} KeySlot;

/*
 * Put key k of res's citations into the open-addressing table of mask + 1
 * slots.  Returns the index of a citation already there with the same key,
 * or -1.
 */
static int
key_insert(const GbResult *res, KeySlot *slot, uint32_t mask, int k)
{
	const char *key = res->citations[k].key;
	uint32_t	hk = gb_hash(key, strlen(key)),
				h = hk & mask;

	while (slot[h].idx >= 0)
	{
		if (slot[h].h == hk && strcmp(res->citations[slot[h].idx].key, key) == 0)
			return slot[h].idx;
		h = (h + 1) & mask;
	}
	slot[h].idx = k;
	slot[h].h = hk;
	return -1;
}

/*
 * A key names one document of a report.  Documents that only their issue
 * dates tell apart ("Công văn 15 ngày 3/4/2024", "Công văn 15 ngày 5/4/2024")
 * get the date in the key; anything still alike gets its position.
 */
static void
unique_keys(GbArena *arena, GbResult *res)
{
	int			n = res->ncitations,
				k,
				other;
	uint32_t	size = 16;
	KeySlot    *slot;
	bool	   *dup = NULL;

	if (n < 2)
		return;
	while (size < (uint32_t) n * 2)
		size *= 2;
	slot = gb_malloc(sizeof(KeySlot) * size);
	memset(slot, -1, sizeof(KeySlot) * size);
	for (k = 0; k < n; k++)
	{
		if ((k & 0xFFFF) == 0xFFFF)
			gb_check_interrupts();
		if ((other = key_insert(res, slot, size - 1, k)) >= 0)
		{
			if (!dup)
			{
				dup = gb_malloc(sizeof(bool) * (size_t) n);
				memset(dup, 0, sizeof(bool) * (size_t) n);
			}
			dup[k] = dup[other] = true;
		}
	}
	if (dup)
	{
		for (k = 0; k < n; k++)
			if (dup[k] && res->citations[k].issued.y)
			{
				GbCitation *c = &res->citations[k];
				char		buf[400];

				snprintf(buf, sizeof(buf), "%s@%04d-%02d-%02d", c->key, c->issued.y,
						 c->issued.m, c->issued.d);
				c->key = gb_arena_strdup(arena, buf);
			}
		memset(slot, -1, sizeof(KeySlot) * size);
		for (k = 0; k < n; k++)
		{
			if ((k & 0xFFFF) == 0xFFFF)
				gb_check_interrupts();
			if (key_insert(res, slot, size - 1, k) >= 0)
			{
				GbCitation *c = &res->citations[k];
				char		buf[400];

				snprintf(buf, sizeof(buf), "%s#%d", c->key, k + 1);
				c->key = gb_arena_strdup(arena, buf);
			}
		}
		gb_free(dup);
	}
	gb_free(slot);
}

/*
 * The organization named after the centre in an issuer, or NULL: "Hội Cựu
 * chiến binh Việt Nam" in "Ban Chấp hành Trung ương Hội Cựu chiến binh Việt
 * Nam", "Đoàn" in "Trung ương Đoàn" (probe 63 G3).
 */
const char *
centre_org(const char *issuer)
{
	int			k;

	if (issuer == NULL)
		return NULL;
	for (k = 0; gb_centre_spellings[k]; k++)
	{
		const char *c = gb_centre_spellings[k];
		size_t		n;

		/* cheap first: the first two bytes, read for every issuer compared */
		if (issuer[0] != c[0] || issuer[1] != c[1])
			continue;
		n = strlen(c);
		if (strncmp(issuer, c, n) == 0 && issuer[n] == ' ')
			return issuer + n + 1;
	}
	return NULL;
}

/* Whether a Party-shaped code's letters after its '/' are a mass organization's. */
static bool
mass_org_code(const char *code)
{
	const char *s = strrchr(code, '/');

	return s && gb_code_mass_org_suffix(s + 1, strlen(s + 1));
}

/*
 * Whether an issuer is the centre of an organization named after it ("Ban
 * Chấp hành Trung ương Hội Cựu chiến binh Việt Nam", "Trung ương Hội Nông
 * dân Việt Nam"), not the Party's.
 */
bool
org_committee(const char *issuer)
{
	return centre_org(issuer) != NULL;
}

void
gb_cit_finish(GbCitState *st, GbResult *res)
{
	int			k,
				x,
				nseen = 0;
	const char *seen[4];		/* the last issuers spelled out ... */
	char	   *seen_full[4];	/* ... and their full_issuer() */

	res->citations = gb_arena_alloc(st->arena, sizeof(GbCitation) * (size_t) (st->n ? st->n : 1));
	res->ncitations = st->n;
	for (k = 0; k < st->n; k++)
	{
		Entry	   *en = &st->e[k];
		Mention    *m = &en->m;
		GbCitation *c = &res->citations[k];
		const GbKind *K = m->kind;
		const char *term = m->term ? gb_roman(m->term) : NULL;
		bool		party = (!(m->kind->flags & KIND_STATE) && !(m->code && m->state_code)) ||
			local_party_code(m);
		char		kb[300];
		size_t		klen;
		char	   *fk;
		size_t		flen;

		/*
		 * "Ban Chấp hành Trung ương Hội Nông dân Việt Nam (khóa VI)": a mass
		 * organization's committee, its term is no Party term; but its own
		 * term names its plenum's resolution, as a congress's number does
		 */
		if (org_committee(m->issuer))
		{
			if (!is_plenum_res(m))
				term = NULL;
			party = false;
		}
		/* "Kế hoạch số 09-KH/ĐTN": a mass organization's code (stop 31 I9) */
		else if (party && m->code && !m->state_code && mass_org_code(m->code))
			party = false;
		/* a few microseconds a document, seconds for a million */
		if ((k & 0xFFF) == 0xFFF)
			gb_check_interrupts();

		/* the issuer named by a code's suffix: HD/BTCTW, NĐ-CP, BNV-TCBC */
		if (!m->issuer && m->code)
		{
			const char *s = strrchr(m->code, '/');

			if (s && !m->state_code)
				m->issuer = gb_code_issuer(s + 1, strlen(s + 1));
			else if (s)
			{
				const char *dash = strchr(s + 1, '-');

				if (dash && gb_code_is_kind(s + 1, (size_t) (dash - s - 1)))
					m->issuer = state_code_issuer(dash + 1, strlen(dash + 1));
				else
					m->issuer = state_code_issuer(s + 1, dash ? (size_t) (dash - s - 1) : strlen(s + 1));
			}
		}
		/*
		 * the date gives the term only of a document of the Party, known by
		 * its code, its issuer, or a type of the Party's own with no other
		 * issuer: not "Công văn 15 ngày 3-5-2022 của UBND"
		 */
		if (!term && party && m->number && m->issued.y &&
			(m->code || gb_party_body(m->issuer) ||
			 ((m->kind->flags & KIND_PARTY) && !m->issuer)))
			term = gb_term_on(m->issued);
		/*
		 * a year alone ("Kết luận 14/2021 của Bộ Chính trị") gives the term
		 * of a central Party body unless a congress closed that year
		 */
		else if (!term && party && m->number && m->year &&
				 (gb_body_code_suffix(m->issuer) || central_code(m->code)))
		{
			GbDate		jan = {m->year, 1, 1},
						dec = {m->year, 12, 31};
			const char *t = gb_term_on(jan);

			if (t && streq(t, gb_term_on(dec)))
				term = t;
		}
		/* a code is derived only where the issuer fixes it: Chỉ thị 35 of the Politburo */
		if (!m->code && m->number && party && K->letters)
		{
			const char *suffix = gb_body_code_suffix(m->issuer);

			if (suffix)
			{
				char		cb[64];
				size_t		cn = 0;

				/* "%s%s-%s/%s" put together, snprintf() costing ten times more */
				cb[0] = '\0';
				put_str(cb, sizeof(cb), &cn, strlen(m->number) == 1 ? "0" : "");
				put_str(cb, sizeof(cb), &cn, m->number);
				put_str(cb, sizeof(cb), &cn, "-");
				put_str(cb, sizeof(cb), &cn, K->letters);
				put_str(cb, sizeof(cb), &cn, "/");
				put_str(cb, sizeof(cb), &cn, suffix);
				m->code = gb_arena_strndup(st->arena, cb, cn);
			}
		}

		/*
		 * "Nghị quyết số 202/2025 của Quốc hội khóa XV": the Assembly numbers
		 * its laws and resolutions by year and legislature, so the year
		 * written with the number and the legislature written give the whole
		 * code, 202/2025/QH15, as "Luật 20/2023/QH15" writes it.  Not its
		 * Standing Committee's, whose resolutions are coded both ways
		 * (1667/NQ-UBTVQH15, 35/2021/UBTVQH15)
		 */
		if (!m->code && m->number && m->year && m->term && m->issuer &&
			streq(m->issuer, gb_assembly))
		{
			char		cb[64];

			snprintf(cb, sizeof(cb), "%s%s/%d/%s%d", strlen(m->number) == 1 ? "0" : "",
					 m->number, m->year, gb_assembly_code, m->term);
			m->code = gb_arena_strdup(st->arena, cb);
			m->state_code = true;
		}

		/*
		 * A report's citations share a few issuers: each is spelled out
		 * once, and its citations share the result (no one writes to it).
		 */
		c->issuer = NULL;
		if (m->issuer)
		{
			for (x = 0; x < nseen && x < 4 && !c->issuer; x++)
				if (streq(m->issuer, seen[x]))
					c->issuer = seen_full[x];
			if (!c->issuer)
			{
				c->issuer = full_issuer(st->arena, m->issuer);
				seen[nseen % 4] = m->issuer;
				seen_full[nseen % 4] = c->issuer;
				nseen++;
			}
		}
		klen = make_key(kb, sizeof(kb), m, term, c->issuer);
		{
			char		full[400],
						fb[400];
			const char *slug = K->slug;
			size_t		x = 0,
						sl = strlen(slug);
			size_t		flen0 = 0;
			int			fl = -1;

			/*
			 * "slug:key", the key folded in place but for letters to
			 * normalize.  The slug and its colon are folded already, with no
			 * space: only the key is folded after them, unless a space
			 * starting it would fold otherwise than at the start of a text
			 */
			if (sl + 1 + klen < sizeof(full) && kb[0] != ' ' && kb[0] != '\n')
			{
				memcpy(fb, slug, sl);
				fb[sl] = ':';
				fl = gb_fold_into(kb, klen, fb + sl + 1, sizeof(fb) - sl - 1);
				if (fl >= 0)
				{
					fl += (int) sl + 1;
					x = sl + 1;	/* the spaces to write as dashes are the key's */
				}
			}
			if (fl >= 0)
				fk = fb;
			else
			{
				full[0] = '\0';
				put_str(full, sizeof(full), &flen0, slug);
				put_str(full, sizeof(full), &flen0, ":");
				put_str(full, sizeof(full), &flen0, kb);
				fl = gb_fold_into(full, flen0, fb, sizeof(fb));
				fk = fl >= 0 ? fb : gb_fold(full, flen0, &flen);
			}
			if (fl >= 0)
				flen = (size_t) fl;
			for (; x < flen; x++)
				if (fk[x] == ' ')
					fk[x] = '-';
			c->key = gb_arena_strndup(st->arena, fk, flen);
			if (fk != fb)
				gb_free(fk);
		}

		c->kind = m->kind->name;
		c->number = m->number;
		c->code = m->code;
		c->issued = m->issued;
		c->plenum = m->plenum;
		c->term = term ? gb_arena_strdup(st->arena, term) : NULL;
		c->subject = m->subject;
		c->mentions = en->mentions;
		c->span_start = en->os;
		c->span_end = en->oe;
		c->raw = en->raw;
	}
	unique_keys(st->arena, res);
	gb_free(st->e);
	gb_free(st->bucket);
	gb_free(st->mentions.data);
	st->e = NULL;
	st->bucket = NULL;
	st->mentions.data = NULL;
}
