/*
 * citations_int.h
 *	  Private to the citation extractor's files (citations*.c): the mention,
 *	  the document it joins, the state kept across chunks, and what the
 *	  files call of each other.
 *
 * extract.h declares the extractor's entry, gb_cit_begin(), gb_cit_chunk()
 * and gb_cit_finish().  The small helpers called per token from several
 * files are static inline here, so that the compiler may still inline
 * them.
 */
#ifndef GB_CITATIONS_INT_H
#define GB_CITATIONS_INT_H

#include "extract.h"
#include "gazetteer.h"
#include "names.h"
#include "parse.h"

typedef struct Mention
{
	const GbKind *kind;			/* its entry in gb_kinds */
	int			t0,
				t1;				/* tokens of the mention as written */
	char	   *number;
	char	   *code;
	bool		state_code;		/* 29/2024/NĐ-CP rather than 205-QĐ/TW */
	GbDate		issued;
	int			year;			/* written alone in the number: "14/2021" */
	const char *issuer;
	bool		own_issuer;		/* written after it, not shared from a list */
	bool		issuer_last;	/* written after its subject: "về ... của Bộ Chính trị" */
	int			plenum;
	int			term;
	bool		congress;
	const char *local;			/* "Đảng bộ thành phố Hà Nội" for local congresses */
	int			term_from;		/* a congress named by its term: its first year */
	/*
	 * The subject: as tokens [subj_from, subj_to) of the chunk while the
	 * mention is parsed, as text once a document keeps it (most mentions
	 * join a document that has its subject already).
	 */
	int			subj_from;
	int			subj_to;
	char	   *subject;
	int			extra;			/* mentions in parentheses: "(Chỉ thị số 45)" */
	bool		weak;			/* joins a document, never starts one */
	bool		plain;			/* its number right after its type: "Nghị quyết 4" */
	int			group;			/* list this mention belongs to */
	bool		several;		/* one of plenums or terms listed together */
} Mention;

typedef struct Entry
{
	Mention		m;
	int			mentions;
	uint32_t	os,
				oe;
	uint32_t	last_os;		/* where its latest mention starts */
	char	   *raw;
	int			next;			/* hash chain */
	int			pnext;			/* plenum chain, index + 1 (0 ends it) */
	bool		plinked;		/* on its plenum's chain */
	bool		subj_cut;		/* its subject ends a line with no stop: a headline's */
	int			qnext;			/* chain of plenums' unnumbered documents */
} Entry;

#define PLENUM_MAX 30			/* the highest plenum number of a term */

struct GbCitState
{
	GbArena    *arena;
	Entry	   *e;
	int			n;
	int			cap;
	int		   *bucket;
	int			nbucket;
	/* numbered documents by plenum, newest first: index + 1 (0: none) */
	int			plenum_doc[PLENUM_MAX + 1];
	/* (plenum_doc[0]: the Central Committee's that give no plenum) */
	/* documents named by their plenum alone, newest first: index + 1 */
	int			plenum_named;
	int			group;
	GbBuf		mentions;		/* Mention[] of the current chunk */
	/*
	 * The last collective antecedent, "các chỉ thị của Ban Bí thư khóa
	 * XII": its type, issuer and term (0: none written)
	 */
	const char *ante_kind;
	const char *ante_issuer;
	int			ante_term;
	/*
	 * plenum_named_term()'s answers in the current chunk by plenum, + 1
	 * (0: not asked yet): it scans the chunk, so once per plenum, not
	 * once per mention ("Nghị quyết Trung ương 4, " repeated)
	 */
	int			named_term[PLENUM_MAX + 1];
	/*
	 * A count of documents after their issuing verb, "Huyện ủy X đã ban
	 * hành 3 quyết định": its type, issuer and date, the documents it may
	 * still take (0: none) and the token after the last one it took
	 * (issued_count(), counted_members())
	 */
	const char *count_kind;
	const char *count_issuer;
	GbDate		count_issued;
	int			count_left;
	int			count_end;
	bool		count_took;
};

#define MAXTERMS 4
#define MAXPLENUMS 8

/* the years a document number may be written with: "14/2021" */
#define FIRST_YEAR 1930
#define LAST_YEAR 2099

/*
 * The plenums that a conference names together before its body: "Hội nghị
 * lần thứ 12, 13 (và 14) của Ban Chấp hành Trung ương", one resolution per
 * plenum.  pl->v[0] is the first plenum; tok[k] is where the k-th number
 * is written.
 */
typedef struct PlenumList
{
	int			n;
	int			v[MAXPLENUMS];
	int			tok[MAXPLENUMS];
} PlenumList;

/* citations_code.c */
/*
 * A number with its code at p: the token after it, or p; kind_letters are the
 * document type's code letters ("CT"), or NULL when it is not known.
 */
extern int	parse_number(const GbDoc *d, int p, const char *kind_letters, char **number,
						 char **code, bool *state_code, int *year);
/* The issuer part of a code: "CP" of "14/2021/NĐ-CP". */
extern const char *code_issuer_part(const char *code);
/* A code in State style whose letters are a local Party committee's. */
extern bool local_party_code(const Mention *m);
/* The body a State code's issuer letters name, or NULL. */
extern const char *state_code_issuer(const char *seg, size_t n);
/* A Party code of a central body: "88-QĐ/TW". */
extern bool central_code(const char *code);
/* Whether two codes leave their mentions the same issuer. */
extern bool same_code_issuer(const char *a, const char *b);

/* citations_plenum.c */
/* "khóa XI, XII" at p: the token after it, or p. */
extern int	parse_terms(const GbDoc *d, int p, int *terms, int *nterms);
/* A plenum at p, "Trung ương 4": the token after it, or p. */
extern int	parse_plenum(const GbDoc *d, int p, int *plenum, int *terms,
						 int *nterms, const char **org, PlenumList *pl);
/* A plenum's number after letters glued to "TW": "NQTW4". */
extern int	glued_plenum(const GbDoc *d, int j, int *plenum, int *terms,
						 int *nterms);
/* The term of plenum N as the report names it: "Hội nghị Trung ương 10 khóa XII". */
extern int	plenum_named_term(GbCitState *st, const GbDoc *d, int plenum);
/* Plenums listed after a first one: ", 8, 9 (khóa XII)". */
extern int	plenum_list(const GbDoc *d, int e, int *plenums, int *nplenums,
						int *term);
/* A congress at p, "Đại hội XIII của Đảng": the token after it, or p. */
/* Whether a Party code is of the kind whose code letters are `letters`: "04-NQ/TW", "NQ". */
extern bool code_of_kind(const char *code, const char *letters);
extern int	parse_congress(const GbDoc *d, int p, int *term,
						   const char **local);
/* "Đảng bộ tỉnh lần thứ XVIII" after "Nghị quyết", "Đại hội" left out: the token after it, or p. */
extern int	parse_elided_congress(const GbDoc *d, int p, int *term,
								  const char **local);
/* "Đại hội Đảng bộ Khối nhiệm kỳ 2015 - 2020": the token after it, or p. */
extern int	parse_term_congress(const GbDoc *d, int p, int *from,
								const char **local);
/* A bare congress's resolution: the local congress's previous one's. */
extern void local_congress_res(const GbDoc *d, Mention *ms, int nm);

/* citations_attrs.c */
/* Whether m's term comes from the National Congress its subject prepares. */
extern bool subject_congress_term(const GbDoc *d, const Mention *m);
/* The year of a date written without one, from the publication date. */
extern void complete_year(const GbDoc *d, GbDate *dt);
/* "ký" (signs), not "kỳ" (period), at i. */
extern bool is_ky(const GbDoc *d, int i);
/* A body at p as an issuer: the token after it, or p. */
extern int	issuer_body(const GbDoc *d, int p, const char **name);
/* Whether name is the committee a code's letters name, or its board. */
extern bool code_committee(const char *code, const char *name);
/* The subject's text, made when a document keeps it. */
extern char *subject_text(const GbDoc *d, const Mention *m);
extern bool subject_names_document(const GbDoc *d, const Mention *m);
/* What follows a number: the token after it. */
extern int	parse_attrs(const GbDoc *d, int q, Mention *m);

/* citations_mention.c */
/* The token after the end of the sentence-level look-back window. */
extern int	sentence_start(const GbDoc *d, int i, int floor);
/* Where the adverbs before the verb at v start, from floor on: v when none. */
extern int	adverbs_back(const GbDoc *d, int v, int floor, bool held);
extern bool counted_look_back(const GbDoc *d, int i, Mention *m);
/* The citation whose type stands at i: the token after it, or i. */
extern int	parse_citation(GbCitState *st, GbDoc *d, int i, int L,
						   const GbPhrase *ph, int floor, int group);

/* citations_merge.c */
/* Whether two strings, either NULL, are alike. */
extern bool streq(const char *a, const char *b);
/* The term a central Party document's issue date gives, else 0. */
extern int	central_date_term(const Mention *m);
/* Merges a mention into its document or starts one: its index, or -1. */
extern int	add_mention(GbCitState *st, GbDoc *d, const Mention *m);

/* citations.c */
/* Whether a list's issuer may be the document m's. */
extern bool level_agrees(const char *issuer, const Mention *m);

/* citations_finish.c */
/* The organization named after the centre in an issuer, or NULL. */
extern const char *centre_org(const char *issuer);
/* Whether an issuer is an organization's centre, not the Party's. */
extern bool org_committee(const char *issuer);

/* A plenum's resolution without a number: "Nghị quyết Trung ương 8". */
static inline bool
is_plenum_res(const Mention *m)
{
	return m->plenum && !m->number && !m->congress;
}

/* "số" (number), not "Sở" (department): both fold to "so" */
static inline bool
is_so(const GbDoc *d, int i)
{
	const char *s;
	uint32_t	n;

	if (!tok_is(d, i, "so"))
		return false;
	s = d->norm.data + d->tok[i].off;
	n = d->tok[i].len;
	return (n == 4 && (memcmp(s, "số", 4) == 0 || memcmp(s, "Số", 4) == 0 ||
					   memcmp(s, "SỐ", 4) == 0));
}

static inline bool
is_doctype_at(const GbDoc *d, int i)
{
	return gb_dict_match(d, i, CAT_DOCTYPE, NULL) > 0;
}

/*
 * The Central Committee named at q as a plenum's body: "Trung ương", "TW",
 * "T.Ư", "Ban Chấp hành Trung ương Đảng" ... (the gazetteer's), or "TƯ"
 * without its dot ("Nghị quyết TƯ 4").  Only the capital Ư tells "TƯ" from
 * "TU" (a province's Tỉnh ủy) and the lower-case word "tư" (four, private),
 * which fold alike.  Returns the tokens it takes.
 */
static inline int
plenum_body_at(const GbDoc *d, int q)
{
	int			m = gb_dict_match(d, q, CAT_PLENUMBODY, NULL);

	if (m == 0 && tok_is(d, q, "tu") && d->tok[q].len == 3 &&
		memcmp(d->norm.data + d->tok[q].off, "T\xC6\xAF", 3) == 0)
		m = 1;
	return m;
}

static inline bool
has_subject(const Mention *m)
{
	return m->subj_to > m->subj_from;
}

/*
 * Whether m's subject runs to the end of its line with no stop after it: a
 * headline's, which may cut the title short (a line end inside a wrapped
 * sentence is a space by then, unwrap.c).
 */
static inline bool
subject_at_line_end(const GbDoc *d, const Mention *m)
{
	return has_subject(m) && m->subj_to < d->ntok && (d->tok[m->subj_to].flags & T_NL) &&
		!(d->tok[m->subj_to - 1].flags & T_PUNCT);
}

/* The year a mention gives: of its issue date, else written with its number. */
static inline int
year_of(const Mention *m)
{
	return m->issued.y ? m->issued.y : m->year;
}

#endif							/* GB_CITATIONS_INT_H */
