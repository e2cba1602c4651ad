/*
 * pg_search.c
 *	  PostgreSQL glue: the words of the accent-insensitive search.
 *
 * A document's search words are those of its gb_fold()ed text: runs of
 * letters and digits, everything else separates them.  They are folded as
 * they are read, without gb_fold()'s copy of the whole text, unless the text
 * is one that only gb_fold() folds right (FoldedWords()).  gb_search_words()
 * makes the tsvector the index keeps, gb_search_query() the phrase a query
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

/* A word of the folded text: where it starts and how many bytes it takes. */
typedef struct SearchWord
{
	const char *start;
	int			len;
} SearchWord;

static inline bool
IsWordChar(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') ||
			(cp >= 'A' && cp <= 'Z');
	return u_isalnum((UChar32) cp) ||
		(U_GET_GC_MASK((UChar32) cp) & (U_GC_MC_MASK | U_GC_ME_MASK)) != 0;
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
	if (u_getCombiningClass((UChar32) cp) != 0 ||
		u_charType((UChar32) cp) == U_NON_SPACING_MARK)
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
 * Append a word to words[] (n of cap used), or leave out a word too long
 * for a tsvector with the notice to_tsvector() gives.  Returns the array.
 */
static inline SearchWord *
add_word(SearchWord *words, int *n, int *cap, const char *start, int wlen)
{
	if (unlikely(wlen >= MAXSTRLEN))
	{
		ReportLongWord();
		return words;
	}
	if (unlikely(*n == *cap))
	{
		*cap *= 2;
		words = repalloc_huge(words, (Size) *cap * sizeof(SearchWord));
	}
	words[*n].start = start;
	words[*n].len = wlen;
	(*n)++;
	return words;
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

	if (u_getCombiningClass((UChar32) cp) != 0 ||
		u_charType((UChar32) cp) == U_NON_SPACING_MARK)
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
 * The words of gb_fold(text), in order, in a buffer of their own, or NULL
 * when the text is one that only gb_fold() can fold (see below).  Words too
 * long for a tsvector are left out with the notice to_tsvector() gives, and
 * take no position.
 */
static SearchWord *
FoldedWords(const char *s, int len, int *nwords)
{
	const unsigned char *u = (const unsigned char *) s;
	bool		base_folds = false;
	SearchWord *words;
	char	   *out;
	int			o = 0;
	int			n = 0;
	int			cap = 64;
	int			i = 0;
	int			start = -1;
	int			next_check = 65536;

	/* a lower-case letter takes at most one byte more than its capital */
	out = palloc_extended((Size) len * 2 + 8, MCXT_ALLOC_HUGE);
	words = palloc(cap * sizeof(SearchWord));
	while (i <= len)
	{
		uint32_t	cp = ' ';

		if (i >= next_check)
		{
			CHECK_FOR_INTERRUPTS();
			next_check = i + 65536;
		}
		if (i == len)
			i++;
		else if (u[i] < 0x80)
		{
			/* a run of ASCII, folded in place */
			base_folds = true;
			do
			{
				unsigned char c = ascii_fold[u[i++]];

				if (c != ' ')
				{
					if (start < 0)
						start = o;
					out[o++] = (char) c;
				}
				else if (start >= 0)
				{
					words = add_word(words, &n, &cap, out + start, o - start);
					start = -1;
				}
			} while (i < len && u[i] < 0x80 && i < next_check);
			continue;
		}
		else
		{
			uint32_t	raw;
			uint32		info;
			int			clen;

			/* the server's text is valid UTF-8; a cut sequence is read as far as it goes */
			if ((u[i] & 0xE0) == 0xC0 && i + 2 <= len)
			{
				raw = ((u[i] & 0x1F) << 6) | (u[i + 1] & 0x3F);
				clen = 2;
			}
			else if ((u[i] & 0xF0) == 0xE0 && i + 3 <= len)
			{
				raw = ((u[i] & 0x0F) << 12) | ((u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
				clen = 3;
			}
			else
			{
				clen = pg_utf_mblen(u + i);
				if (i + clen > len)
					clen = len - i;
				raw = utf8_to_unicode(u + i);
			}
			i += clen;
			info = CodePointInfo(raw);

			/*
			 * Where NFC could change the text (a composed singleton, Hangul
			 * jamo, a mark on a letter that does not fold to Latin), only
			 * gb_fold itself gives its words.
			 */
			if ((info & CP_NOT_NFC) && !((info & CP_MARK) && base_folds))
				return NULL;
			if (!(info & CP_MARK))
				base_folds = (info & CP_BASE_FOLDS) != 0;
			cp = info & CP_FOLDED;
		}
		if (cp == 0)
			continue;
		if (cp != ' ')
		{
			if (start < 0)
				start = o;
			if (cp < 0x80)
				out[o++] = (char) cp;
			else
			{
				unicode_to_utf8(cp, (unsigned char *) out + o);
				o += pg_utf_mblen((const unsigned char *) out + o);
			}
			continue;
		}
		if (start >= 0)
		{
			words = add_word(words, &n, &cap, out + start, o - start);
			start = -1;
		}
	}
	*nwords = n;
	return words;
}

/*
 * The words of a folded text, in order.  Words too long for a tsvector are
 * left out with the notice to_tsvector() gives, and take no position.
 */
static SearchWord *
SplitWords(const char *s, int len, int *nwords)
{
	SearchWord *words;
	int			n = 0;
	int			cap = 64;
	int			i = 0;
	int			start = -1;
	int			steps = 0;

	words = palloc(cap * sizeof(SearchWord));
	while (i <= len)
	{
		uint32_t	cp = 0;
		int			clen = 1;
		bool		word;

		if (i < len)
		{
			unsigned char c = (unsigned char) s[i];

			if (c < 0x80)
				cp = c;
			else
			{
				clen = pg_utf_mblen((const unsigned char *) s + i);
				if (i + clen > len)
					clen = len - i;
				cp = utf8_to_unicode((const unsigned char *) s + i);
			}
		}
		word = i < len && IsWordChar(cp);
		if (word && start < 0)
			start = i;
		else if (!word && start >= 0)
		{
			words = add_word(words, &n, &cap, s + start, i - start);
			start = -1;
		}
		if (++steps % 65536 == 0)
			CHECK_FOR_INTERRUPTS();
		i += clen;
	}
	*nwords = n;
	return words;
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

/*
 * A distinct word and its positions, a chain through the occurrences: the
 * words are few (hundreds in a report), the occurrences many, so the words
 * are gathered in a hash table and only they are sorted.
 */
typedef struct Lexeme
{
	uint64		prefix;			/* the first 8 bytes, big-endian, zero-padded */
	const char *start;
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


/*
 * Lexemes in tsCompareString() order: bytes, then length.  Words hold no
 * zero bytes, so the zero-padded prefixes compare as the words' first
 * bytes do, a word that ends within them first; only words that share
 * them are compared further.
 */
static inline int
CompareLexemes(const Lexeme *x, const Lexeme *y)
{
	if (x->prefix != y->prefix)
		return x->prefix < y->prefix ? -1 : 1;
	if (x->len <= 8 || y->len <= 8)
		return (x->len > y->len) - (x->len < y->len);
	return tsCompareString((char *) x->start + 8, x->len - 8,
						   (char *) y->start + 8, y->len - 8, false);
}

#define ST_SORT sort_lexemes
#define ST_ELEMENT_TYPE Lexeme
#define ST_COMPARE(a, b) CompareLexemes(a, b)
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
 * The tsvector of words in text order, as to_tsvector() builds it: lexemes
 * sorted, each with at most MAXNUMPOS - 1 distinct positions, positions past
 * MAXENTRYPOS - 1 counted as that; allocated in result_context.
 */
static TSVector
WordsToTsvector(SearchWord *words, int n, MemoryContext result_context)
{
	int32	   *table;			/* 1 + the lexeme's index; 0 for an empty slot */
	Occurrence *occ;
	Lexeme	   *lex;
	Size		tsize = 64;
	int			nlex = 0;
	int			nocc = 0;
	Size		lenstr = 0;
	Size		totallen;
	TSVector	result;
	WordEntry  *entry;
	char	   *str;
	Size		stroff = 0;
	int			i;

	while (tsize < (Size) n * 2)
		tsize *= 2;
	table = palloc_extended(tsize * sizeof(int32), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	lex = palloc_extended(Max(n, 1) * sizeof(Lexeme), MCXT_ALLOC_HUGE);
	occ = palloc_extended(Max(n, 1) * sizeof(Occurrence), MCXT_ALLOC_HUGE);

	for (i = 0; i < n; i++)
	{
		uint16		pos = LIMITPOS(i + 1);
		uint32		hash = gb_hash(words[i].start, (size_t) words[i].len);
		Size		slot = hash & (tsize - 1);
		Lexeme	   *l = NULL;

		for (; table[slot] != 0; slot = (slot + 1) & (tsize - 1))
		{
			l = &lex[table[slot] - 1];
			if (l->hash == hash && l->len == words[i].len &&
				memcmp(l->start, words[i].start, l->len) == 0)
				break;
		}
		if (table[slot] == 0)
		{
			l = &lex[nlex];
			table[slot] = ++nlex;
			l->start = words[i].start;
			l->len = words[i].len;
			l->hash = hash;
			l->first = l->last = nocc;
			l->npos = 1;
			occ[nocc].pos = pos;
			occ[nocc].next = -1;
			nocc++;
		}
		else if (l->npos < MAXNUMPOS - 1 && occ[l->last].pos != pos)
		{
			occ[l->last].next = nocc;
			occ[nocc].pos = pos;
			occ[nocc].next = -1;
			l->last = nocc;
			l->npos++;
			nocc++;
		}
	}

	/* the distinct words, sorted */
	pfree(table);
	for (i = 0; i < nlex; i++)
		lex[i].prefix = WordPrefix(lex[i].start, lex[i].len);
	sort_lexemes(lex, nlex);

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
		memcpy(str + stroff, lex[i].start, lex[i].len);
		stroff = SHORTALIGN(stroff + lex[i].len);
		*(uint16 *) (str + stroff) = (uint16) lex[i].npos;
		wpos = POSDATAPTR(result, entry);
		for (o = lex[i].first; o >= 0; o = occ[o].next)
		{
			WEP_SETWEIGHT(wpos[k], 0);
			WEP_SETPOS(wpos[k], occ[o].pos);
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
	SearchWord *words;
	TSVector	result;
	int			n;

	gb_require_utf8();
	work = gb_work_context();
	old = MemoryContextSwitchTo(work);
	words = FoldedWords(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &n);
	if (words == NULL)
	{
		char	   *folded;
		int			len;

		folded = FoldedText(t, &len);
		words = SplitWords(folded, len, &n);
	}
	result = WordsToTsvector(words, n, old);
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
	SearchWord *words;
	StringInfoData q;
	int			n;
	int			i;
	Datum		result;

	gb_require_utf8();
	work = gb_work_context();
	old = MemoryContextSwitchTo(work);
	words = FoldedWords(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &n);
	if (words == NULL)
	{
		char	   *folded;
		int			len;

		folded = FoldedText(t, &len);
		words = SplitWords(folded, len, &n);
	}

	/* letters and digits only: quoted, they need no escapes */
	initStringInfo(&q);
	for (i = 0; i < n; i++)
		appendStringInfo(&q, "%s'%.*s'", i > 0 ? " <-> " : "", words[i].len, words[i].start);
	MemoryContextSwitchTo(old);
	result = DirectFunctionCall1(tsqueryin, CStringGetDatum(q.data));
	MemoryContextDelete(work);
	PG_RETURN_DATUM(result);
}
