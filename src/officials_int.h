/*
 * officials_int.h
 *	  What the files of the officials extractor share: an official, a
 *	  mention, the extractor's state, and the functions one of its files
 *	  calls in another.
 *
 * Private to officials*.c: the rest of the core sees the extractor through
 * gb_off_begin(), gb_off_chunk() and gb_off_finish() (extract.h).
 */
#ifndef GB_OFFICIALS_INT_H
#define GB_OFFICIALS_INT_H

#include "extract.h"
#include "gazetteer.h"
#include "names.h"
#include "parse.h"

#define MAX_TITLES		16		/* kept per official */
#define MAX_ROLES		8
#define MAX_GROUP		32		/* persons one role phrase applies to */
#define KEY_BUF 256				/* keys that fit are made on the stack */

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
	bool		session;		/* chairs a "kỳ họp" named as the verb's object */
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

/*
 * A mention by a title alone that no official named before held
 * (coref_title()), kept for one named after it (coref_ahead()).
 */
typedef struct TitleAhead
{
	Mention		m;
	char	   *key;			/* the title's key, in the arena */
	size_t		n;				/* its length */
} TitleAhead;

/*
 * A body's letters the text defines in brackets after its name, "Tập đoàn
 * Điện lực Việt Nam (EVN)", "Ủy ban Mặt trận Tổ quốc (UBMTTQ)": the letters
 * and the name folded, in the arena (note_acronym(), acro_key()).
 */
typedef struct AcroDef
{
	const char *letters;
	size_t		n;
	const char *name;
} AcroDef;

#define MAX_ACRO		16		/* definitions kept per text */

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
	TitleAhead *ahead;			/* the chunk's titles alone, held by none yet */
	int			nahead;
	int			capahead;
	int			title_t0;		/* tokens of the title add_title() had last */
	int			title_t1;
	int			scan_i;			/* where scan_at() reads a person from */
	AcroDef		acro[MAX_ACRO]; /* the text's letters defined, first first */
	int			nacro;
};

/* officials.c: the table of officials and their mentions */
/* the official whose key is key, or NULL */
extern Official *lookup(GbOffState *st, const char *key);
/* whether the person at the scan is a late leader remembered */
extern bool late_leader(const GbOffState *st, const GbDoc *d);
/*
 * The honorific of a plural of both sexes, "các ông bà: A, B": a list read
 * under it as under any other, no person given it (person())
 */
extern const char gb_both_sexes[];
/* the official named by tokens [t0, t1), found or added */
extern Official *person(GbOffState *st, const GbDoc *d, int t0, int t1, const char *honorific);
/* a role, once per official */
extern void add_role(Official *o, const char *role);

/* officials_titles.c: an official's titles and their keys */
/* the first whole words w in key, or NULL */
extern char *key_words(char *key, const char *w);
/* tokens [t0, t1) folded into a key, in buf when it fits */
extern char *fold_tokens(const GbDoc *d, int t0, int t1, char *buf);
/* a title's key, its inserted abbreviations left out */
extern char *title_fold(const GbDoc *d, int t0, int t1, char *buf);
/* a title's key trimmed of what makes no other title; returns its length */
extern size_t title_key_trim(char *key);
/* a title's key with one spelling of the Central Committee and of a place */
extern char *spelled_key(const GbDoc *d, int t0, int t1, char *key, char *buf, int *lost,
						 bool *short_form);
/* a title's key with a body written in its letters spelled out */
extern char *body_letters_key(const GbDoc *d, int t0, int t1, char *key, char *buf, bool *caps);
/* the letters in brackets at p defined by the body's name before them, noted */
extern void note_acronym(GbOffState *st, const GbDoc *d, int p);
/* a title's key with a body written in letters the text (or the gazetteer) defines spelled out */
extern char *acro_key(const GbOffState *st, const GbDoc *d, int t0, int t1, char *key, char *buf,
					  bool *caps);
/* a title of tokens [t0, t1), once per official */
extern void add_title(GbOffState *st, const GbDoc *d, Official *o, int t0, int t1);
/* the same but for the tokens [g0, g1) inside it */
extern void add_title_gap(GbOffState *st, const GbDoc *d, Official *o, int t0, int g0, int g1, int t1);
/* the province that ends a run of posts, given to those of the run that name none */
extern void share_place(GbOffState *st, const GbDoc *d, Official *o, int from);
/* the titles of chain c */
extern void add_chain(GbOffState *st, const GbDoc *d, Official *o, const GbTitleChain *c);

/* officials_posts.c: the titles written after a name */
/* where a full name starts after a board's post ending at e in "Ban", or e */
extern int	ban_name_tail(const GbDoc *d, int e, bool caps);
/* whether a proposal's verbs end right before i */
extern bool proposed_before(const GbDoc *d, int i);
/* the end of the term that closes a post at k, or k */
extern int	term_after_post(const GbDoc *d, int k);
/* the ")" closing the bracket at k within n tokens on its line, or -1 */
extern int	paren_close(const GbDoc *d, int k, int n, bool dot);
/* the second of two posts joined by "và" after a bare first, the body written once */
extern int	paired_post_body(const GbDoc *d, int j, int e, bool caps, int *body);
/* a post the person is elected to or takes up, after his titles at k */
extern int	taken_post(GbOffState *st, const GbDoc *d, int k, Official *o, bool caps,
					   int *t0, int *t1);
/* a post after "là" given to a person an election's verb names before s */
extern int	elected_as(GbOffState *st, const GbDoc *d, int s, bool honored, int k, Official *o,
					   bool caps, int *t0, int *t1);
/* whether the names of a list go on from k up to the verb of a post */
extern bool names_take_post(const GbDoc *d, int k, bool caps);
/* titles after a name; returns the end */
extern int	post_titles(GbOffState *st, const GbDoc *d, int k, Official *o, bool caps,
						bool pre_titled);

/* officials_lists.c: names listed, and names after a chain of titles */
/* names from k, each with its own titles; returns the end, or k */
extern int	name_list(GbOffState *st, const GbDoc *d, int k, const char *honorific,
					  const GbTitleChain *shared, int t0, bool need_surname, bool caps);
/* whether the titles t0 .. e opening an item are the name's after the comma at e */
extern bool post_opens_item(const GbDoc *d, int t0, int e, bool caps);
/* the names after the chain c of titles ending at e; returns the end */
extern int	names_after_chain(GbOffState *st, const GbDoc *d, const GbTitleChain *c, int e,
							  const char *honorific, int t0, bool need_surname, bool caps);

/* officials_coref.c: later mentions by title or given name */
/* the one recent official with the title of chain c */
extern void coref_title(GbOffState *st, const GbDoc *d, const GbTitleChain *c, int t0, int e,
						bool prefix);
/* whether the last n syllables of a name at j are a recent official's */
extern bool coref_tail(GbOffState *st, const GbDoc *d, int t0, int j, int n);
/* the chunk's titles alone given to the one official named after them with the post */
extern void coref_ahead(GbOffState *st, const GbDoc *d);

/* officials_roles.c: meeting roles */
/* the roles written next to the chunk's mentions */
extern void assign_roles(GbOffState *st, const GbDoc *d);

/*
 * Small functions several of the files call, as they were in officials.c:
 * inline, as a call would cost more than the work.  add_mention() is here
 * too, not extern: citations.c has a function of that name.
 */
static inline void
key_free(char *key, const char *buf)
{
	if (key != buf)
		gb_free(key);
}

/*
 * Whether a plural body starts at e, "các chi bộ trực thuộc", "những xã":
 * titles before it ("; Bí thư, Phó Bí thư các chi bộ") are held by a group
 * of those present, one in each body (stop 31 H5).
 */
static inline bool
plural_body_at(const GbDoc *d, int e)
{
	return (tok_is(d, e, "cac") || tok_is(d, e, "nhung")) && gb_word_lower(d, e) && !tok_has(d, e, T_NL);
}

/* "các", "những", a number before i: a class of persons, not one. */
static inline bool
plural_before(const GbDoc *d, int i)
{
	return tok_is(d, i - 1, "cac") || tok_is(d, i - 1, "nhung") || tok_has(d, i - 1, T_NUM);
}

/*
 * The word "tân" (newly appointed) at i opening an appositive, "A, tân
 * Giám đốc Công an tỉnh X,": the post after it is the person's, as
 * "Tân Bí thư Tỉnh ủy A" written before the name gives it.  The title
 * leaves it out as it does there (the post is the same one; "nguyên", a
 * former post, changes what is held and stays).  Also between a count and
 * its post: "3 tân Phó Chủ tịch UBND tỉnh là ông A, ..." counts the holders
 * as "3 Phó Chủ tịch" does (probe 101 AI3).  1 when it is there.
 */
static inline int
new_post_word(const GbDoc *d, int i)
{
	return tok_is(d, i, "tan") && !tok_has(d, i + 1, T_NL) && gb_exact_any(d, i, "tân") ? 1 : 0;
}

/*
 * The word "cựu" (former) at i opening an appositive, "A, cựu Giám đốc
 * Công ty X": the press's word for "nguyên", the post after it a former
 * one, kept with it in the title as "nguyên" is (probe-bh BH1).  Lower
 * case only: "Hội Cựu chiến binh" is a body.  1 when it is there.
 */
static inline int
former_post_word(const GbDoc *d, int i)
{
	return tok_is(d, i, "cuu") && !tok_has(d, i + 1, T_NL) && gb_exact_any(d, i, "cựu") ? 1 : 0;
}

/*
 * Where a list item or a sentence may begin: also past a list's mark
 * opening its line ("Dự có các đồng chí:" / "- Nguyễn Văn A, Phó Bí thư
 * Tỉnh ủy;").
 */
static inline bool
clause_start(const GbDoc *d, int i)
{
	return i == 0 || tok_has(d, i, T_NL) || gb_break_at(d, i) ||
		tok_punct(d, i - 1, ';') || tok_punct(d, i - 1, ':') || tok_punct(d, i - 1, '(') ||
		(gb_list_mark(d, i - 1) && (i == 1 || tok_has(d, i - 1, T_NL)));
}

static inline void
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

#endif							/* GB_OFFICIALS_INT_H */
