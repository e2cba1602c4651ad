/*
 * citations_merge.c
 *	  Mentions merged into documents (add_mention()): a short form joins the
 *	  latest compatible document of the same kind and number, a plenum's
 *	  resolution the one its plenum names.
 *
 * Apart because it reads no text: it compares mentions already parsed,
 * through a hash of their identities and a chain per plenum.
 */
#include "citations_int.h"

char *
gb_raw_text(const GbDoc *d, int t0, int t1)
{
	uint32_t	a = d->tok[t0].os,
				b = d->tok[t1 - 1].oe;

	return gb_arena_strndup(d->arena, d->orig + a, b - a);
}

/*
 * The FNV-1a hash (gb_hash()) of "kind|number|plenum|congress" cut at 63
 * bytes, taken as the key is put together: the bucket of a document, and
 * so which earlier documents a mention may join.
 */
typedef struct KeyHash
{
	uint32_t	h;
	size_t		len;
} KeyHash;

#define KEY_MAX 63

static void
key_add(KeyHash *k, const char *s, size_t n)
{
	size_t		x;

	if (n > KEY_MAX - k->len)
		n = KEY_MAX - k->len;
	for (x = 0; x < n; x++)
	{
		k->h ^= (unsigned char) s[x];
		k->h *= 16777619u;
	}
	k->len += n;
}

static void
key_add_int(KeyHash *k, int v)
{
	char		digits[12];
	int			n = sizeof(digits);
	unsigned	u = v < 0 ? 0u - (unsigned) v : (unsigned) v;

	/* most are 0: no plenum, no congress */
	if (v >= 0 && v < 10)
	{
		digits[0] = (char) ('0' + v);
		key_add(k, digits, 1);
		return;
	}
	do
		digits[--n] = (char) ('0' + u % 10);
	while ((u /= 10) > 0);
	if (v < 0)
		digits[--n] = '-';
	key_add(k, digits + n, sizeof(digits) - n);
}

/*
 * The plenum counts only without a number, as in compatible(): "Nghị quyết
 * số 18-NQ/TW Hội nghị Trung ương 6" and a later "Nghị quyết số 18-NQ/TW"
 * are one document.
 */
static uint32_t
entry_hash(const Mention *m)
{
	KeyHash		k = {2166136261u, 0};

	key_add(&k, m->kind->name, strlen(m->kind->name));
	key_add(&k, "|", 1);
	/* a congress's resolution, numbered or not, is the congress's (stop 31 H8) */
	if (m->number && !m->congress)
		key_add(&k, m->number, strlen(m->number));
	key_add(&k, "|", 1);
	key_add_int(&k, m->number ? 0 : m->plenum);
	key_add(&k, "|", 1);
	key_add_int(&k, m->congress);
	return k.h;
}

bool
streq(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/*
 * "Đại hội Đảng bộ tỉnh lần thứ XII" after (or before) "Đại hội Đảng bộ
 * tỉnh Đắk Nông lần thứ XII": a report names its own body in full once and
 * then by its level alone.  The short body s (folded fs, ns bytes) is the
 * long one l's (folded fl, nl) up to a word, and what l adds is a proper
 * name, upper case: not "Đảng bộ Quân đội" against "Đảng bộ Quân đội tỉnh".
 */
static bool
local_short_form(const char *s, const char *fs, size_t ns,
				 const char *l, const char *fl, size_t nl)
{
	size_t		i = 0,
				len = strlen(l);
	int			words = 1;
	const char *c;

	if (ns == 0 || ns >= nl || fl[ns] != ' ' || memcmp(fs, fl, ns) != 0)
		return false;
	for (c = s; *c; c++)
		words += *c == ' ';
	/* past as many words of l as s has */
	while (i < len && words > 0)
		if (l[i++] == ' ')
			words--;
	return i < len && gb_is_upper(gb_utf8_next((const unsigned char *) l, len, &i));
}

/*
 * Whether two local bodies of congresses are one: the key folds them, and an
 * upper-case headline ("NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ SỞ Y TẾ LẦN THỨ IX") names
 * the body the text then writes in lower case.  Folds only when the bytes
 * differ, which few congress mentions reach.
 */
static bool
local_equal(const char *a, const char *b)
{
	char	   *fa,
			   *fb;
	size_t		na,
				nb;
	bool		same;

	if (streq(a, b))
		return true;
	if (!a || !b)
		return false;
	fa = gb_fold(a, strlen(a), &na);
	fb = gb_fold(b, strlen(b), &nb);
	same = na == nb && memcmp(fa, fb, na) == 0;
	if (!same)
		same = na < nb ? local_short_form(a, fa, na, b, fb, nb) :
			local_short_form(b, fb, nb, a, fa, na);
	gb_free(fa);
	gb_free(fb);
	return same;
}

static bool
code_equal(const char *a, const char *b)
{
	size_t		n = strlen(a);

	if (n != strlen(b))
		return false;
	return strncasecmp(a, b, n) == 0;
}

/*
 * The level of the body a mention names, as a code would: a central body's
 * code suffix ("TW" for Bộ Chính trị or a written 35-CT/TW, "BTCTW"), ""
 * for any other body, NULL when neither issuer nor Party code is given.
 */
static const char *
issuer_level(const Mention *m)
{
	const char *s;

	if (m->issuer)
		return (s = gb_body_code_suffix(m->issuer)) ? s : "";
	if (m->code && !m->state_code && (s = strrchr(m->code, '/')) != NULL)
		return gb_code_party_suffix(s + 1, strlen(s + 1)) ? s + 1 : "";
	return NULL;
}

/*
 * The term the issue date of a central Party document gives ("35-CT/TW",
 * or the Politburo's), else 0: a local committee counts terms of its own
 * ("Ban Chấp hành Đảng bộ tỉnh khóa XVI"), and a State body has none.
 */
int
central_date_term(const Mention *m)
{
	if (!m->issued.y || !(central_code(m->code) || gb_body_code_suffix(m->issuer)))
		return 0;
	return gb_term_number_on(m->issued);
}

/*
 * Whether the undated mention u has a term (written, or from the congress
 * its subject prepares) other than the one the dated mention t's date
 * gives.
 */
static bool
term_against_date(const Mention *u, const Mention *t)
{
	int			dt;

	return u->term && !u->issued.y && !t->term && t->issued.y &&
		(dt = central_date_term(t)) != 0 && dt != u->term;
}

/*
 * Whether m may be a mention of the document e: same kind and number (and
 * code, when both give one), unless two different issue dates, terms or
 * issuing levels are written.  Issuers written differently do not part
 * them: "Ban Thường vụ Tỉnh ủy Hà Giang" and later "Ban Thường vụ Tỉnh ủy".
 */
static bool
compatible(const Mention *e, const Mention *m)
{
	const char *le,
			   *lm;

	/* by name: gb_kinds has two "Nghị quyết" entries, the word and "NQ" */
	if (strcmp(e->kind->name, m->kind->name) != 0 || e->congress != m->congress)
		return false;
	/* a congress's resolution is cited with its number or without (stop 31 H8) */
	if ((m->number || e->number) && !(e->congress && (!m->number || !e->number)))
	{
		if (!streq(e->number, m->number))
			return false;
		if (e->code && m->code && !code_equal(e->code, m->code))
			return false;
	}
	else if (e->plenum != m->plenum)
		return false;
	/*
	 * the plenums of the Party and of a mass organization are numbered
	 * apart: the organizations make_key() names, however their centre is
	 * written ("Trung ương Hội ...", "Ban Chấp hành Trung ương Hội ...")
	 */
	else if (!streq(centre_org(e->issuer), centre_org(m->issuer)))
		return false;
	if (e->issued.y && m->issued.y &&
		(e->issued.y != m->issued.y || e->issued.m != m->issued.m || e->issued.d != m->issued.d))
		return false;
	if (year_of(e) && year_of(m) && year_of(e) != year_of(m))
		return false;
	if (e->term && m->term && e->term != m->term)
		return false;

	/*
	 * nor do a term and the one the other's date gives: "Chỉ thị số
	 * 35-CT/TW ... về đại hội ... tiến tới Đại hội XIV" (XIII) is not "Chỉ
	 * thị số 35-CT/TW, ngày 30/5/2019" (XII), which the Chỉ thị 35 of
	 * 14/6/2024 replaced; the undated mention joins the document of its
	 * term (probe 59 G5)
	 */
	if (term_against_date(e, m) || term_against_date(m, e))
		return false;
	if ((le = issuer_level(e)) != NULL && (lm = issuer_level(m)) != NULL && strcmp(le, lm) != 0)
		return false;
	if (!local_equal(e->local, m->local))
		return false;
	return true;
}

static void
merge_into(const GbDoc *d, Entry *en, const Mention *m)
{
	Mention    *e = &en->m;
	size_t		alen;

	en->mentions += 1 + m->extra;
	/* a congress's resolution named by its congress, then by its number */
	if (!e->number && e->congress)
		e->number = m->number;
	if (!e->code && m->code)
	{
		e->code = m->code;
		e->state_code = m->state_code;
	}
	/*
	 * a fuller mention enriches the document: the issuer named at length
	 * ("Ban thường vụ tỉnh ủy" -> "Ban Thường vụ Tỉnh ủy Hà Giang"), or by
	 * the mention that gives the date, unless that one writes the body's
	 * head in its letters ("BTV Tỉnh ủy") where the other spelled it out
	 */
	if (m->issuer && e->issuer &&
		((strlen(m->issuer) > strlen(e->issuer) &&
		  gb_same_letters(m->issuer, strlen(e->issuer), e->issuer, strlen(e->issuer))) ||
		 (m->issued.y && !e->issued.y &&
		  !(gb_body_head_abbrev(m->issuer, &alen) && !gb_body_head_abbrev(e->issuer, &alen)))))
		e->issuer = m->issuer;
	/* the congress's body named in full: "Đảng bộ tỉnh" -> "Đảng bộ tỉnh Đắk Nông" */
	if (e->local && m->local && strlen(m->local) > strlen(e->local))
		e->local = m->local;
	if (!e->issued.y)
		e->issued = m->issued;
	if (!e->year)
		e->year = m->year;
	if (!e->issuer)
		e->issuer = m->issuer;
	if (!e->term)
		e->term = m->term;
	if (!e->plenum)
		e->plenum = m->plenum;
	if (!e->subject)
	{
		e->subject = subject_text(d, m);
		en->subj_cut = subject_at_line_end(d, m);
	}

	/*
	 * a heading in capitals ("QUY ĐỊNH SỐ 07-QĐI/TW ... VỀ XỬ LÝ KỶ LUẬT
	 * ...") gives its subject in its case: a mention in the body spells
	 * the words (probe aj 03)
	 */
	else if (has_subject(m) && gb_caps_name(e->subject))
	{
		char	   *s = subject_text(d, m);

		if (s && !gb_caps_name(s))
		{
			e->subject = s;
			en->subj_cut = subject_at_line_end(d, m);
		}
	}

	/*
	 * a headline cuts the title short: a later mention whose subject goes
	 * on past the whole of the first's, at a word's end, gives the full
	 * one ("... về chuẩn mực đạo đức cách mạng" over "... về chuẩn mực đạo
	 * đức cách mạng của cán bộ, đảng viên trong giai đoạn mới", probe aj
	 * 14); only a headline's, whose subject ends its line with no stop: a
	 * subject in a sentence is whole, and one read longer later has run
	 * past its end (", như sau", "... đã nêu")
	 */
	else if (en->subj_cut && has_subject(m))
	{
		size_t		n = strlen(e->subject);
		char	   *s = subject_text(d, m);

		if (s && strncmp(s, e->subject, n) == 0 && (s[n] == ' ' || s[n] == ','))
		{
			e->subject = s;
			en->subj_cut = subject_at_line_end(d, m);
		}
	}
}

/* The term written, or the one the issue date gives. */
static int
doc_term(const Mention *m)
{
	return m->term ? m->term : central_date_term(m);
}

/*
 * A numbered conclusion of the Party's Central Committee that names no
 * plenum: "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung
 * ương".  The Committee concludes at its plenums, so it is the one a
 * plenum's conclusion named alone may be (stop 38, probe ag 19); not a
 * resolution: a plenum passes several ("03 Nghị quyết Trung ương 5").
 */
static bool
committee_document(const Mention *m)
{
	return m->number && !m->plenum && !m->congress && strcmp(m->kind->slug, "ket-luan") == 0 &&
		doc_term(m) && streq(m->issuer, "Ban Chấp hành Trung ương");
}


/*
 * Put a numbered document that gives its plenum on that plenum's chain;
 * one of the Central Committee that gives none on chain 0.
 */
static void
link_plenum(GbCitState *st, int k)
{
	Entry	   *en = &st->e[k];

	if (!en->plinked && committee_document(&en->m))
	{
		en->pnext = st->plenum_doc[0];
		st->plenum_doc[0] = k + 1;
		en->plinked = true;
		return;
	}
	if (en->plinked || !en->m.number || en->m.congress || en->m.plenum < 1 ||
		en->m.plenum > PLENUM_MAX)
		return;
	en->pnext = st->plenum_doc[en->m.plenum];
	st->plenum_doc[en->m.plenum] = k + 1;
	en->plinked = true;
}

/*
 * A plenum's document named without its number ("Kết luận Trung ương 4
 * khóa XIII") after the numbered one ("Kết luận số 21-KL/TW Hội nghị lần
 * thứ tư Ban Chấp hành Trung ương khóa XIII") is its short form: the one
 * numbered document of that kind whose plenum, term and level agree.  Two
 * such (a plenum passes several resolutions) leave it unresolved.  Only the
 * newest few on the plenum's chain are looked at.  Returns the index or -1.
 */
static int
plenum_short_form(const GbCitState *st, const Mention *m)
{
	int			k,
				steps = 0,
				found = -1;

	if (m->number || m->congress || m->plenum < 1 || m->plenum > PLENUM_MAX)
		return -1;
	for (k = st->plenum_doc[m->plenum] - 1; k >= 0 && steps < 8; k = st->e[k].pnext - 1, steps++)
	{
		const Mention *e = &st->e[k].m;
		const char *le;

		/* by name: gb_kinds has two "Nghị quyết" entries, the word and "NQ" */
		if (strcmp(e->kind->name, m->kind->name) != 0 || (e->term && m->term && e->term != m->term) ||
			((le = issuer_level(e)) != NULL && strcmp(le, "TW") != 0))
			continue;
		if (found >= 0)
			return -1;
		found = k;
	}
	if (found >= 0)
		return found;
	/*
	 * else the one Central Committee's document of that kind and term that
	 * names no plenum, or only this one ("Kết luận số 21-KL/TW ... của Ban
	 * Chấp hành Trung ương", then "Kết luận Trung ương 4 khóa XIII"); not
	 * for m of no term, nor one of another organization's centre ("Trung
	 * ương Đoàn"): tested once, for they are m's alone
	 */
	if (!m->term || centre_org(m->issuer))
		return -1;
	for (k = st->plenum_doc[0] - 1, steps = 0; k >= 0 && steps < 8; k = st->e[k].pnext - 1, steps++)
	{
		const Mention *e = &st->e[k].m;

		if (strcmp(e->kind->name, m->kind->name) != 0 || doc_term(e) != m->term ||
			(e->plenum && e->plenum != m->plenum))
			continue;
		if (found >= 0)
			return -1;
		found = k;
	}
	return found;
}

/*
 * The other way round, the plenum of the one document of m's kind and term
 * named before by its plenum alone ("Kết luận của Hội nghị lần thứ tư Ban
 * Chấp hành Trung ương Đảng khóa XIII") that the Central Committee's
 * document m, which names none, may be; 0 when none or two plenums.
 */
static int
committee_plenum(const GbCitState *st, const Mention *m)
{
	int			k,
				steps = 0,
				plenum = 0,
				term;

	if (!committee_document(m))
		return 0;
	term = doc_term(m);
	for (k = st->plenum_named - 1; k >= 0 && steps < 8; k = st->e[k].qnext - 1, steps++)
	{
		const Mention *e = &st->e[k].m;

		if (e->number || strcmp(e->kind->name, m->kind->name) != 0 || e->term != term ||
			centre_org(e->issuer))
			continue;
		if (plenum && plenum != e->plenum)
			return 0;
		plenum = e->plenum;
	}
	return plenum;
}

/*
 * The other way round: a plenum's document named without its number
 * ("kết luận Hội nghị TW4") before the numbered one ("kết luận số
 * 20-KL/TW ... tại Hội nghị lần thứ 4, BCH Trung ương Đảng"), whose plenum,
 * term and level agree, was its short form.  That document, the newest
 * such, becomes the numbered one (its first mention stays), moved to the
 * hash chain of its number.  Returns its index, or -1.
 */
static int
plenum_named_before(GbCitState *st, const GbDoc *d, const Mention *m)
{
	Mention		u;
	Entry	   *en;
	int			k,
			   *link;
	const char *le;
	char	   *subject;

	if (!m->number || m->congress || m->plenum < 1 || m->plenum > PLENUM_MAX ||
		((le = issuer_level(m)) != NULL && strcmp(le, "TW") != 0))
		return -1;
	u = *m;
	u.number = NULL;
	for (k = st->bucket[entry_hash(&u) % (uint32_t) st->nbucket]; k >= 0; k = st->e[k].next)
		if (!st->e[k].m.number && compatible(&st->e[k].m, &u))
			break;
	if (k < 0)
		return -1;
	for (link = &st->bucket[entry_hash(&u) % (uint32_t) st->nbucket]; *link != k;
		 link = &st->e[*link].next)
		;
	*link = st->e[k].next;
	en = &st->e[k];
	u = en->m;
	subject = subject_text(d, m);
	en->m = *m;
	en->m.subject = subject ? subject : u.subject;
	en->m.extra = 0;
	en->mentions += 1 + m->extra;
	if (!en->m.issuer)
		en->m.issuer = u.issuer;
	if (!en->m.term)
		en->m.term = u.term;
	/* chains run newest first */
	for (link = &st->bucket[entry_hash(&en->m) % (uint32_t) st->nbucket]; *link > k;
		 link = &st->e[*link].next)
		;
	en->next = *link;
	*link = k;
	link_plenum(st, k);
	return k;
}

/*
 * "Nghị quyết 4" after "Nghị quyết Trung ương 4 (khóa XI)": a plenum
 * resolution is called by its plenum's number alone, written right after
 * the type without "số", code, date or issuer.  When no document has that
 * number, such a mention is the plenum's document of its kind cited before,
 * found as "Nghị quyết Trung ương 4" would find it (the newest compatible
 * one, or the one numbered document of that plenum).  A plenum's document
 * cited after it is not looked for: the number may be a local document's.
 * Returns the index, or -1.
 */
static int
plenum_by_number(GbCitState *st, const Mention *m)
{
	Mention		u;
	const char *n = m->number;
	int			k,
				plenum = 0;

	if (!m->plain || !(m->kind->flags & KIND_PLENUM) || !n || m->code || m->issuer ||
		year_of(m) || m->plenum || m->congress || m->local || st->nbucket == 0)
		return -1;
	for (; *n; n++)
		if (*n < '0' || *n > '9' || (plenum = plenum * 10 + (*n - '0')) > PLENUM_MAX)
			return -1;
	if (plenum < 1)
		return -1;
	u = *m;
	u.number = NULL;
	u.plenum = plenum;
	for (k = st->bucket[entry_hash(&u) % (uint32_t) st->nbucket]; k >= 0; k = st->e[k].next)
		if (!st->e[k].m.number && compatible(&st->e[k].m, &u))
			return k;
	return plenum_short_form(st, &u);
}

int
add_mention(GbCitState *st, GbDoc *d, const Mention *m)
{
	uint32_t	h = entry_hash(m);
	int			k,
				plenum,
				best = -1;
	Entry	   *en;

	if (st->nbucket == 0 || st->n >= st->nbucket)
	{
		int			nb = st->nbucket ? st->nbucket * 4 : 64;

		st->bucket = gb_realloc(st->bucket, sizeof(int) * (size_t) nb);
		st->nbucket = nb;
		for (k = 0; k < nb; k++)
			st->bucket[k] = -1;
		for (k = 0; k < st->n; k++)
		{
			int			b = (int) (entry_hash(&st->e[k].m) % (uint32_t) nb);

			/* a rehash of a million documents takes a while */
			if ((k & 0xFFFF) == 0xFFFF)
				gb_check_interrupts();

			st->e[k].next = st->bucket[b];
			st->bucket[b] = k;
		}
	}
	/*
	 * the compatible document mentioned last, as a reader takes it: after
	 * "ngày 14/6/2024, Bộ Chính trị đã ban hành Chỉ thị số 35-CT/TW", "Chỉ
	 * thị số 35-CT/TW" is that one, though one of 2019 was named first
	 * (probe 59 G5)
	 */
	for (k = st->bucket[h % (uint32_t) st->nbucket]; k >= 0; k = st->e[k].next)
		if ((best < 0 || st->e[k].last_os > st->e[best].last_os) && compatible(&st->e[k].m, m))
			best = k;
	if (best < 0)
		best = plenum_short_form(st, m);
	/* merged as the plenum's short form: its number is the plenum's */
	if (best < 0 && m->plain && (best = plenum_by_number(st, m)) >= 0)
	{
		merge_into(d, &st->e[best], m);
		return best;
	}
	if (best < 0 && m->number && m->plenum > 0 && (k = plenum_named_before(st, d, m)) >= 0)
		return k;
	if (best < 0 && m->number && !m->plenum && (plenum = committee_plenum(st, m)) > 0)
	{
		Mention		u = *m;

		u.plenum = plenum;
		if ((k = plenum_named_before(st, d, &u)) >= 0)
			return k;
	}
	if (best >= 0)
	{
		merge_into(d, &st->e[best], m);
		st->e[best].last_os = d->tok[m->t0].os;
		link_plenum(st, best);
		return best;
	}
	if (m->weak)
		return -1;
	if (st->n == st->cap)
	{
		st->cap = st->cap ? st->cap * 2 : 16;
		st->e = gb_realloc(st->e, sizeof(Entry) * (size_t) st->cap);
	}
	en = &st->e[st->n];
	memset(en, 0, sizeof(*en));
	en->m = *m;
	en->m.subject = subject_text(d, m);
	en->subj_cut = subject_at_line_end(d, m);
	en->m.extra = 0;
	en->mentions = 1 + m->extra;
	en->os = en->last_os = d->tok[m->t0].os;
	en->oe = d->tok[m->t1 - 1].oe;
	en->raw = gb_raw_text(d, m->t0, m->t1);
	en->next = st->bucket[h % (uint32_t) st->nbucket];
	st->bucket[h % (uint32_t) st->nbucket] = st->n;
	link_plenum(st, st->n);
	if (!m->number && !m->congress && m->plenum > 0)
	{
		en->qnext = st->plenum_named;
		st->plenum_named = st->n + 1;
	}
	return st->n++;
}
