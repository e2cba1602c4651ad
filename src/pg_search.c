/*
 * pg_search.c
 *	  PostgreSQL glue: the words of the accent-insensitive search.
 *
 * A document's search words are those of its gb_fold()ed text: runs of
 * letters and digits, everything else separates them.  They are folded as
 * they are read, without gb_fold()'s copy of the whole text, unless the text
 * is one that only gb_fold() folds right (FoldedWords()), and handed on one
 * at a time: gb_search_words() gathers the distinct ones and their positions
 * into the tsvector the index keeps, in memory that grows with the distinct
 * words, not the text; gb_search_query() lists them as the phrase a query
 * asks for, with the same words, so that a query finds every document whose
 * folded text has its words in a row.  PostgreSQL's text-search parser gives
 * the same for plain words, several times slower, and also keeps compounds
 * ("205-qd/tw", "www.example.vn") as lexemes of their own.
 */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "tsearch/ts_type.h"
#include "tsearch/ts_utils.h"
#include "utils/builtins.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include "gb_core.h"
#include "gb_internal.h"
#include "pg_glue.h"

static inline bool
IsWordChar(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') ||
			(cp >= 'A' && cp <= 'Z');
	return u_isalnum((UChar32) cp) ||
		(U_GET_GC_MASK((UChar32) cp) & (U_GC_MC_MASK | U_GC_ME_MASK)) != 0;
}

/* a combining or non-spacing mark: what gb_fold() drops */
static inline bool
IsMark(uint32_t cp)
{
	return u_getCombiningClass((UChar32) cp) != 0 ||
		u_charType((UChar32) cp) == U_NON_SPACING_MARK;
}

/*
 * What gb_fold() makes of one code point, for the search words: lower case,
 * no diacritics, đ -> d; 0 for what it drops (combining marks, soft
 * hyphens, zero-width spaces and joiners), a space for anything that is no
 * letter or digit.  gb_fold() also composes (NFC) first, which changes
 * nothing here as long as every mark follows a letter that folds to Latin
 * (or an ASCII character) and nothing else NFC would touch occurs:
 * FoldedWords() checks, and leaves other texts to gb_fold() itself.
 */
static inline uint32_t
FoldForSearch(uint32_t cp)
{
	char		f;
	uint32_t	lower;

	/* what normalization drops (soft hyphens, zero-width characters) or replaces */
	cp = gb_unify(cp);
	if (cp == 0)
		return 0;
	if (IsMark(cp))
		return 0;
	f = gb_fold_letter(cp);
	lower = f ? (uint32_t) (unsigned char) f : (uint32_t) u_tolower((UChar32) cp);
	return IsWordChar(lower) ? lower : ' ';
}

/* the notice to_tsvector() gives for a word too long for a tsvector */
static void
ReportLongWord(void)
{
	ereport(NOTICE,
			(errcode(ERRCODE_SYNTAX_ERROR),
			 errmsg("word is too long to be indexed"),
			 errdetail("Words longer than %d characters are ignored.",
					   MAXSTRLEN)));
}

/*
 * The distinct words of a text and their positions, gathered as the words
 * come (the words are few, hundreds in a report, the occurrences many): a
 * hash table of indices into lex[], the words' bytes in one buffer.
 */
typedef struct Lexeme
{
	uint64		prefix;			/* the first 8 bytes, big-endian, zero-padded */
	int			off;			/* where its bytes start in Lexemes.bytes */
	int			len;
	uint32		hash;			/* gb_hash() of the word */
	int			first;			/* first occurrence */
	int			last;			/* last occurrence kept */
	int			npos;			/* occurrences kept */
} Lexeme;

typedef struct Occurrence
{
	uint16		pos;
	int			next;
} Occurrence;

typedef struct Lexemes
{
	int32	   *table;			/* 1 + the lexeme's index; 0 for an empty slot */
	Size		tsize;			/* a power of 2, at least twice nlex */
	Lexeme	   *lex;
	int			nlex;
	int			maxlex;
	Occurrence *occ;
	int			nocc;
	int			maxocc;
	StringInfoData bytes;
} Lexemes;

/*
 * Where the words go: the distinct ones with their positions (a document's
 * words), or all in order (a query's); words too long for a tsvector are
 * left out with the notice to_tsvector() gives, and take no position.
 */
typedef struct WordSink
{
	Lexemes    *lexemes;		/* or */
	StringInfoData *list;		/* the words, each ended by a zero byte */
	int			nwords;			/* words taken: the last one's position */
} WordSink;


static void
InitLexemes(Lexemes *l)
{
	l->tsize = 1024;
	l->table = palloc0(l->tsize * sizeof(int32));
	l->maxlex = 256;
	l->lex = palloc(l->maxlex * sizeof(Lexeme));
	l->nlex = 0;
	l->maxocc = 1024;
	l->occ = palloc(l->maxocc * sizeof(Occurrence));
	l->nocc = 0;
	initStringInfo(&l->bytes);
}

/* the table twice as large, the lexemes placed again by their hashes */
static void
GrowTable(Lexemes *l)
{
	Size		mask;
	int			i;

	pfree(l->table);
	l->tsize *= 2;
	l->table = palloc_extended(l->tsize * sizeof(int32), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	mask = l->tsize - 1;
	for (i = 0; i < l->nlex; i++)
	{
		Size		slot = l->lex[i].hash & mask;

		while (l->table[slot] != 0)
			slot = (slot + 1) & mask;
		l->table[slot] = i + 1;
	}
}

/* a new occurrence at pos, its index */
static inline int
AddOccurrence(Lexemes *l, uint16 pos)
{
	if (unlikely(l->nocc == l->maxocc))
	{
		l->maxocc *= 2;
		l->occ = repalloc_huge(l->occ, (Size) l->maxocc * sizeof(Occurrence));
	}
	l->occ[l->nocc].pos = pos;
	l->occ[l->nocc].next = -1;
	return l->nocc++;
}

/*
 * Position pos of a word: a new lexeme, or one more distinct position of
 * one met before (at most MAXNUMPOS - 1 of them, as to_tsvector() keeps).
 */
static void
AddLexeme(Lexemes *l, const char *word, int len, uint16 pos)
{
	uint32		hash = gb_hash(word, (size_t) len);
	Size		mask = l->tsize - 1;
	Size		slot;
	Lexeme	   *x;

	for (slot = hash & mask; l->table[slot] != 0; slot = (slot + 1) & mask)
	{
		x = &l->lex[l->table[slot] - 1];
		if (x->hash == hash && x->len == len &&
			memcmp(l->bytes.data + x->off, word, len) == 0)
		{
			if (x->npos < MAXNUMPOS - 1 && l->occ[x->last].pos != pos)
			{
				int			o = AddOccurrence(l, pos);

				l->occ[x->last].next = o;
				x->last = o;
				x->npos++;
			}
			return;
		}
	}
	if (unlikely(l->nlex == l->maxlex))
	{
		l->maxlex *= 2;
		l->lex = repalloc_huge(l->lex, (Size) l->maxlex * sizeof(Lexeme));
	}
	x = &l->lex[l->nlex];
	x->off = l->bytes.len;
	x->len = len;
	x->hash = hash;
	x->first = x->last = AddOccurrence(l, pos);
	x->npos = 1;
	appendBinaryStringInfo(&l->bytes, word, len);
	l->table[slot] = ++l->nlex;
	if ((Size) l->nlex * 2 > l->tsize)
		GrowTable(l);
}

/* a word of the folded text, for the sink */
static inline void
EmitWord(WordSink *sink, const char *word, int len)
{
	if (unlikely(len >= MAXSTRLEN))
	{
		ReportLongWord();
		return;
	}
	sink->nwords++;
	if (sink->lexemes)
		AddLexeme(sink->lexemes, word, len, LIMITPOS(sink->nwords));
	else
	{
		appendBinaryStringInfo(sink->list, word, len);
		appendStringInfoChar(sink->list, '\0');
	}
}

/* the sink as it was before any word */
static void
ResetSink(WordSink *sink)
{
	sink->nwords = 0;
	if (sink->lexemes)
		InitLexemes(sink->lexemes);
	else
		resetStringInfo(sink->list);
}

/*
 * What FoldedWords() needs to know of a code point past ASCII, packed:
 * FoldForSearch()'s answer and three flags.  Kept per backend for the code
 * points of Latin, Vietnamese, combining marks and general punctuation,
 * filled as they are met: the ICU look-ups behind it take several times
 * longer than the rest of the loop.
 */
#define CP_FOLDED		0x001FFFFF	/* FoldForSearch(): 0, ' ' or a letter */
#define CP_BASE_FOLDS	0x10000000	/* a letter that folds to Latin */
#define CP_NOT_NFC		0x20000000	/* NFC quick check is not "yes" */
#define CP_MARK			0x40000000	/* a combining or non-spacing mark */
#define CP_KNOWN		0x80000000	/* the entry is filled */
#define CP_CACHED		0x2100

static uint32 cp_info_cache[CP_CACHED];

/* ASCII folded: letters in lower case, digits, a space for the rest */
static const unsigned char ascii_fold[128] = {
	' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
	' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
	' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
	'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' ', ' ', ' ', ' ', ' ', ' ',
	' ', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
	'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', ' ', ' ', ' ', ' ', ' ',
	' ', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
	'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', ' ', ' ', ' ', ' ', ' ',
};

static uint32
ComputeCodePointInfo(uint32 cp)
{
	uint32		info = FoldForSearch(cp) | CP_KNOWN;

	if (IsMark(cp))
		info |= CP_MARK;
	if (u_getIntPropertyValue((UChar32) cp, UCHAR_NFC_QUICK_CHECK) != UNORM_YES)
		info |= CP_NOT_NFC;
	if (cp < 0x2000 && gb_fold_letter(cp) != 0)
		info |= CP_BASE_FOLDS;
	return info;
}

static inline uint32
CodePointInfo(uint32 cp)
{
	if (cp < CP_CACHED)
	{
		if (cp_info_cache[cp] == 0)
			cp_info_cache[cp] = ComputeCodePointInfo(cp);
		return cp_info_cache[cp];
	}
	return ComputeCodePointInfo(cp);
}

/*
 * The word being folded: its bytes up to the longest word a tsvector takes
 * (and a little more), its length however long it gets (-1 between words).
 */
typedef struct WordBuffer
{
	char	   *data;
	int			cap;
	int			len;
} WordBuffer;

#define WORD_CAP_MAX (MAXSTRLEN + 8)

static inline void
WordAppend(WordBuffer *w, const unsigned char *bytes, int n)
{
	if (w->len < 0)
		w->len = 0;
	if (unlikely(w->len + n > w->cap) && w->cap < WORD_CAP_MAX)
	{
		w->cap = Min(Max(w->cap * 2, w->len + n), WORD_CAP_MAX);
		w->data = repalloc(w->data, w->cap);
	}
	if (likely(w->len + n <= w->cap))
		memcpy(w->data + w->len, bytes, n);
	w->len += n;
}

/* one byte more: the common case inline */
static inline void
WordPutByte(WordBuffer *w, unsigned char c)
{
	if (likely(w->len >= 0 && w->len < w->cap))
		w->data[w->len++] = (char) c;
	else
		WordAppend(w, &c, 1);
}

/* the word, if there is one, to the sink */
static inline void
WordEnd(WordBuffer *w, WordSink *sink)
{
	if (w->len >= 0)
	{
		EmitWord(sink, w->data, w->len);
		w->len = -1;
	}
}

/*
 * The words of gb_fold(text), in order, to the sink; false (the sink reset)
 * when the text is one that only gb_fold() can fold (see below).  A word is
 * folded into a buffer of its own, which stops growing past the longest
 * word a tsvector takes.
 */
static bool
FoldedWords(const char *s, int len, WordSink *sink)
{
	const unsigned char *u = (const unsigned char *) s;
	bool		base_folds = false;
	WordBuffer	w = {palloc(256), 256, -1};
	int			i = 0;
	int			next_check = 65536;

	while (i < len)
	{
		uint32_t	raw;
		uint32		info;
		uint32		cp;

		if (i >= next_check)
		{
			CHECK_FOR_INTERRUPTS();
			next_check = i + 65536;
		}
		if (u[i] < 0x80)
		{
			/* a run of ASCII, folded in place */
			base_folds = true;
			do
			{
				unsigned char c = ascii_fold[u[i++]];

				if (c != ' ')
					WordPutByte(&w, c);
				else
					WordEnd(&w, sink);
			} while (i < len && u[i] < 0x80 && i < next_check);
			continue;
		}

		/* Vietnamese letters and marks take two or three bytes */
		if ((u[i] & 0xE0) == 0xC0 && i + 2 <= len)
		{
			raw = ((u[i] & 0x1F) << 6) | (u[i + 1] & 0x3F);
			i += 2;
		}
		else if ((u[i] & 0xF0) == 0xE0 && i + 3 <= len)
		{
			raw = ((u[i] & 0x0F) << 12) | ((u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
			i += 3;
		}
		else
		{
			size_t		next = i;

			raw = gb_utf8_next(u, len, &next);
			i = (int) next;
		}
		info = CodePointInfo(raw);

		/*
		 * Where NFC could change the text (a composed singleton, Hangul jamo,
		 * a mark on a letter that does not fold to Latin), only gb_fold
		 * itself gives its words.
		 */
		if ((info & CP_NOT_NFC) && !((info & CP_MARK) && base_folds))
		{
			pfree(w.data);
			ResetSink(sink);
			return false;
		}
		if (!(info & CP_MARK))
			base_folds = (info & CP_BASE_FOLDS) != 0;
		cp = info & CP_FOLDED;
		if (cp == ' ')
			WordEnd(&w, sink);
		else if (cp < 0x80 && cp != 0)
			WordPutByte(&w, (unsigned char) cp);	/* a Vietnamese letter folds to one */
		else if (cp != 0)
		{
			char		buf[4];

			WordAppend(&w, (unsigned char *) buf, gb_utf8_encode(cp, buf));
		}
	}
	WordEnd(&w, sink);
	pfree(w.data);
	return true;
}

/* The words of a folded text, in order, to the sink. */
static void
SplitWords(const char *s, int len, WordSink *sink)
{
	int			i = 0;
	int			start = -1;
	int			steps = 0;

	while (i <= len)
	{
		size_t		next = i;
		bool		word = false;

		if (i < len)
			word = IsWordChar(gb_utf8_next((const unsigned char *) s, len, &next));
		else
			next = len + 1;
		if (word && start < 0)
			start = i;
		else if (!word && start >= 0)
		{
			EmitWord(sink, s + start, i - start);
			start = -1;
		}
		if (++steps % 65536 == 0)
			CHECK_FOR_INTERRUPTS();
		i = (int) next;
	}
}

/* the folded text of a text datum, in the current memory context */
static char *
FoldedText(text *t, int *len)
{
	size_t		outlen;
	char	   *out;

	out = gb_fold(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &outlen);
	if (outlen > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("folded text is too long"),
				 errdetail("The folded text would take %zu bytes.", outlen)));
	*len = (int) outlen;
	return out;
}

/* the words of a text to the sink, folded as gb_fold() folds them */
static void
TextWords(text *t, WordSink *sink)
{
	if (!FoldedWords(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), sink))
	{
		char	   *folded;
		int			len;

		folded = FoldedText(t, &len);
		SplitWords(folded, len, sink);
	}
}


/*
 * Lexemes in tsCompareString() order: bytes, then length.  Words hold no
 * zero bytes, so the zero-padded prefixes compare as the words' first
 * bytes do, a word that ends within them first; only words that share
 * them are compared further.
 */
static inline int
CompareLexemes(const Lexeme *x, const Lexeme *y, const char *bytes)
{
	if (x->prefix != y->prefix)
		return x->prefix < y->prefix ? -1 : 1;
	if (x->len <= 8 || y->len <= 8)
		return (x->len > y->len) - (x->len < y->len);
	return tsCompareString((char *) bytes + x->off + 8, x->len - 8,
						   (char *) bytes + y->off + 8, y->len - 8, false);
}

#define ST_SORT sort_lexemes
#define ST_ELEMENT_TYPE Lexeme
#define ST_COMPARE(a, b, arg) CompareLexemes(a, b, arg)
#define ST_COMPARE_ARG_TYPE const char
#define ST_SCOPE static
#define ST_DECLARE
#define ST_DEFINE
#include "lib/sort_template.h"

/* a word's first 8 bytes as a big-endian number, zero-padded */
static inline uint64
WordPrefix(const char *start, int len)
{
	uint64		p = 0;
	int			k;

	for (k = 0; k < 8; k++)
		p = (p << 8) | (k < len ? (unsigned char) start[k] : 0);
	return p;
}

/*
 * The tsvector of the lexemes, as to_tsvector() builds it: lexemes sorted,
 * each with at most MAXNUMPOS - 1 distinct positions, positions past
 * MAXENTRYPOS - 1 counted as that; allocated in result_context.
 */
static TSVector
LexemesToTsvector(Lexemes *l, MemoryContext result_context)
{
	Lexeme	   *lex = l->lex;
	int			nlex = l->nlex;
	Size		lenstr = 0;
	Size		totallen;
	TSVector	result;
	WordEntry  *entry;
	char	   *str;
	Size		stroff = 0;
	int			i;

	for (i = 0; i < nlex; i++)
		lex[i].prefix = WordPrefix(l->bytes.data + lex[i].off, lex[i].len);
	sort_lexemes(lex, nlex, l->bytes.data);

	for (i = 0; i < nlex; i++)
	{
		lenstr += lex[i].len;
		lenstr = SHORTALIGN(lenstr);
		lenstr += sizeof(uint16) + lex[i].npos * sizeof(WordEntryPos);
	}
	if (lenstr > MAXSTRPOS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("string is too long for tsvector (%zu bytes, max %d bytes)",
						lenstr, MAXSTRPOS)));

	totallen = CALCDATASIZE(nlex, lenstr);
	result = (TSVector) MemoryContextAllocZero(result_context, totallen);
	SET_VARSIZE(result, totallen);
	result->size = nlex;
	entry = ARRPTR(result);
	str = STRPTR(result);
	for (i = 0; i < nlex; i++, entry++)
	{
		WordEntryPos *wpos;
		int			o;
		int			k = 0;

		entry->len = lex[i].len;
		entry->pos = stroff;
		entry->haspos = 1;
		memcpy(str + stroff, l->bytes.data + lex[i].off, lex[i].len);
		stroff = SHORTALIGN(stroff + lex[i].len);
		*(uint16 *) (str + stroff) = (uint16) lex[i].npos;
		wpos = POSDATAPTR(result, entry);
		for (o = lex[i].first; o >= 0; o = l->occ[o].next)
		{
			WEP_SETWEIGHT(wpos[k], 0);
			WEP_SETPOS(wpos[k], l->occ[o].pos);
			k++;
		}
		stroff += sizeof(uint16) + lex[i].npos * sizeof(WordEntryPos);
	}
	return result;
}

/* the folded words of a text with their positions, as the search index keeps them */
PG_FUNCTION_INFO_V1(gb_search_words_sql);
Datum
gb_search_words_sql(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	MemoryContext work;
	MemoryContext old;
	Lexemes		lexemes;
	WordSink	sink = {&lexemes, NULL, 0};
	TSVector	result;

	gb_require_utf8();
	work = gb_work_context();
	old = MemoryContextSwitchTo(work);
	InitLexemes(&lexemes);
	TextWords(t, &sink);
	result = LexemesToTsvector(&lexemes, old);
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	PG_RETURN_TSVECTOR(result);
}

/* the folded words of a query as a phrase: each word followed by the next */
PG_FUNCTION_INFO_V1(gb_search_query_sql);
Datum
gb_search_query_sql(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	MemoryContext work;
	MemoryContext old;
	StringInfoData list;
	WordSink	sink = {NULL, &list, 0};
	StringInfoData q;
	const char *w;
	int			i;
	Datum		result;

	gb_require_utf8();
	work = gb_work_context();
	old = MemoryContextSwitchTo(work);
	initStringInfo(&list);
	TextWords(t, &sink);

	/* letters and digits only: quoted, they need no escapes */
	initStringInfo(&q);
	for (i = 0, w = list.data; i < sink.nwords; i++, w += strlen(w) + 1)
		appendStringInfo(&q, "%s'%s'", i > 0 ? " <-> " : "", w);
	MemoryContextSwitchTo(old);
	result = DirectFunctionCall1(tsqueryin, CStringGetDatum(q.data));
	MemoryContextDelete(work);
	PG_RETURN_DATUM(result);
}
