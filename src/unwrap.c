/*
 * unwrap.c
 *	  Find the line ends of hard-wrapped text that are no paragraph's end.
 *
 * Reports copied out of e-mails, PDF files and some archives come wrapped
 * at a fixed width: a sentence, a name or a document's number runs over a
 * line end that says nothing.  The extractors take a line end as the end
 * of a headline, a list item or a paragraph, so such a line end is read as
 * a space instead: gb_unwrap() rewrites them after the tokenizer has noted
 * every line end of a chunk.
 *
 * A text is wrapped when many of its lines end close to one width, few go
 * past it, and after most of those lines the next line's first word would
 * not have fitted on them; in a list of headlines of about the same length
 * only the few within a word of the longest are so.  In a wrapped text a
 * line end is soft when its line is full in that sense, as a wrapper
 * decides, and no longer than the width.  A line end before a blank line stays, and so does one before a
 * list item's dash or bullet after a line that ends a clause ("nhiệm kỳ
 * 2020" and "- 2025" are one wrapped line), and the one after the headline.
 * Web pages, which give each paragraph one line, have no such width and
 * keep all their line ends.
 *
 * Text pasted from a word processor or an HTML page with <br> is broken by
 * hand, at no width ("Chủ tịch HĐND" / "huyện; Lê Hữu Nghị, ..."), so
 * whatever the widths a line end inside a sentence is soft too: the line
 * ends in no sentence's end and the next line goes on with a lower-case
 * word, or the line ends in a dash or a comma, a word no phrase ends in or
 * an honorific, or a name, a title or a date goes on over it (see
 * ragged_soft()).
 * A blank line, a list item, a heading in capitals or a photo's caption
 * keeps its line end; the head's reader (report.c) is told which line ends
 * were broken by hand (T_HANDWRAP).
 *
 * The look costs a pass over the chunk's line ends, which the tokenizer
 * noted; characters are counted only in a text whose line lengths in bytes
 * could be those of a wrapped one.
 */
#include "gb_internal.h"
#include "meeting.h"
#include "names.h"
#include "parse.h"

#include <string.h>

/* widths looked for, in characters */
#define WRAP_MIN		30
#define WRAP_MAX		160
/*
 * a line longer than this many bytes, normalized, is longer than any width:
 * a character takes at most 3 bytes in NFC
 */
#define WRAP_MAX_BYTES	(WRAP_MAX * 3)
/* lines shorter than this are not prose: headings, bylines, debris */
#define CONTENT_MIN		20
/* tokens back from a line's end where a title over it may start */
#define TITLE_REACH		8
/* tokens back from a line's end where a date over it may start */
#define DATE_REACH		5

typedef struct Line
{
	uint32_t	start;			/* first byte */
	uint32_t	end;			/* its line end: '\r' of "\r\n", or '\n' */
	int			chars;			/* characters, trailing white space left out;
								 * -1 when longer than any width */
	bool		blank;
	bool		ends_clause;	/* ends with . , : ; ! or ? */
	bool		item;			/* starts with a dash, bullet or plus */
} Line;

/*
 * Code points of s[0..n) that take no width: combining marks (U+0300 to
 * U+036F, the tones of decomposed text) and what the normalizer drops (soft
 * hyphen, zero-width spaces and joiners, BOM).  The same line, composed or
 * decomposed, so has one width.
 */
static int
zero_width(const unsigned char *s, size_t n)
{
	int			z = 0;

	for (size_t j = 0; j + 1 < n; j++)
	{
		unsigned char b = s[j],
					c = s[j + 1];

		if (b < 0xC2)
			continue;
		if (b == 0xCC || (b == 0xCD && c < 0xB0) || (b == 0xC2 && c == 0xAD))
			z++;
		else if (j + 2 < n &&
				 ((b == 0xE2 && ((c == 0x80 && s[j + 2] >= 0x8B && s[j + 2] <= 0x8F) ||
								 (c == 0x81 && s[j + 2] == 0xA0))) ||
				  (b == 0xEF && c == 0xBB && s[j + 2] == 0xBF)))
			z++;
	}
	return z;
}

/*
 * Characters of s[0..n) as a reader sees them: what is no UTF-8
 * continuation byte (10xxxxxx) starts a code point, eight bytes at a time,
 * less those that take no width (zero_width()).
 */
static int
count_chars(const unsigned char *s, size_t n)
{
	size_t		j = 0,
				cont = 0;

	for (; j + 8 <= n; j += 8)
	{
		uint64_t	v;

		memcpy(&v, s + j, 8);
		cont += (size_t) ((((v & ~(v << 1)) >> 7) & UINT64_C(0x0101010101010101)) *
						  UINT64_C(0x0101010101010101) >> 56);
	}
	for (; j < n; j++)
		cont += (s[j] & 0xC0) == 0x80;
	return (int) (n - cont) - zero_width(s, n);
}

static inline bool
is_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/*
 * Bytes of the space at p (before e): ASCII blanks, and the spaces the
 * normalizer reads as one (no-break, narrow and typographic spaces, which
 * some editors put between every word), or 0.
 */
static inline int
space_at(const unsigned char *p, const unsigned char *e)
{
	if (is_blank(*p))
		return 1;
	if (*p == 0xC2 && p + 1 < e && p[1] == 0xA0)
		return 2;
	if (*p == 0xE2 && p + 2 < e &&
		((p[1] == 0x80 && (p[2] <= 0x8A || p[2] == 0xAF)) || (p[1] == 0x81 && p[2] == 0x9F)))
		return 3;
	if (*p == 0xE3 && p + 2 < e && p[1] == 0x80 && p[2] == 0x80)
		return 3;
	return 0;
}

/* bytes of the spaces that end s[0..n) */
static size_t
trailing_space(const unsigned char *s, size_t n)
{
	size_t		end = n;

	for (;;)
	{
		if (end > 0 && is_blank(s[end - 1]))
			end--;
		else if (end >= 2 && space_at(s + end - 2, s + n) == 2)
			end -= 2;
		else if (end >= 3 && space_at(s + end - 3, s + n) == 3)
			end -= 3;
		else
			return n - end;
	}
}

/*
 * a line's facts (see Line) from its bytes s[0..n), nbytes as normalized
 * (see gb_unwrap())
 */
static void
measure(const unsigned char *s, size_t n, size_t nbytes, Line *line)
{
	size_t		k = 0,
				end = n - trailing_space(s, n);
	int			sp;

	while (k < end && (sp = space_at(s + k, s + end)) > 0)
		k += (size_t) sp;
	line->blank = (k == end);
	line->chars = 0;
	line->ends_clause = false;
	line->item = false;
	if (line->blank)
		return;
	line->ends_clause = memchr(".,:;!?", s[end - 1], 6) != NULL;
	line->item = s[k] == '-' || s[k] == '+' || s[k] == '*' ||
		(s[k] == 0xE2 && k + 2 < end && s[k + 1] == 0x80 &&
		 (s[k + 2] == 0x93 || s[k + 2] == 0x94 || s[k + 2] == 0xA2));	/* – — • */
	line->chars = nbytes > WRAP_MAX_BYTES ? -1 : count_chars(s, end);
}

/* characters of the first word of the line at s */
static int
first_word(const unsigned char *s, const Line *line)
{
	const unsigned char *p = s + line->start,
			   *e = s + line->end,
			   *w;
	int			sp;

	while (p < e && (sp = space_at(p, e)) > 0)
		p += sp;
	for (w = p; p < e && space_at(p, e) == 0; p++)
		;
	return count_chars(w, (size_t) (p - w));
}

/* how far below the width a full line may end */
static inline int
tolerance(int width)
{
	return width / 5;
}

static inline bool
full_line(const Line *line, int width)
{
	return line->chars >= width - tolerance(width) && line->chars <= width;
}

/* whether a wrapper would have put the next line's first word on line i */
static inline bool
next_word_fits(const unsigned char *s, const Line *lines, int i, int width)
{
	return lines[i].chars + 1 + first_word(s, &lines[i + 1]) <= width;
}

/*
 * The width the text is wrapped at, or 0: the width w that most content
 * lines end within tolerance(w) below, when they are at least 40% of them,
 * at most a tenth go past it, and the next line's first word would not have
 * fitted on two thirds of them.
 */
static int
wrap_width(const unsigned char *s, const Line *lines, int n)
{
	int			hist[WRAP_MAX + 1] = {0};
	int			content = 0,
				best = 0,
				best_count = 0,
				in_window = 0,
				longer = 0,
				full = 0,
				fitted = 0;

	for (int i = 0; i < n; i++)
	{
		if (lines[i].blank || (lines[i].chars >= 0 && lines[i].chars < CONTENT_MIN))
			continue;
		content++;
		if (lines[i].chars >= 0 && lines[i].chars <= WRAP_MAX)
			hist[lines[i].chars]++;
		else
			longer++;			/* past any width */
	}
	if (content < 4)
		return 0;
	/* the window (w - tolerance(w), w] over the lengths, w growing */
	for (int w = CONTENT_MIN, lo = CONTENT_MIN; w <= WRAP_MAX; w++)
	{
		in_window += hist[w];
		while (lo < w - tolerance(w))
			in_window -= hist[lo++];
		if (w >= WRAP_MIN && hist[w] > 0 && in_window >= best_count)
		{
			best_count = in_window;
			best = w;
		}
	}
	for (int w = best + 1; w <= WRAP_MAX; w++)
		longer += hist[w];
	if (best == 0 || best_count < 4 || best_count * 5 < content * 2 ||
		longer * 10 > content)
		return 0;

	/*
	 * a wrapper breaks a line only where the next word does not fit on it:
	 * so it is after most full lines of a wrapped text, but only after the
	 * few lines of a list of headlines that come within a word of the
	 * longest
	 */
	for (int i = 0; i + 1 < n; i++)
	{
		if (!full_line(&lines[i], best) || lines[i + 1].blank)
			continue;
		full++;
		if (!next_word_fits(s, lines, i, best))
			fitted++;
	}
	if (full < 3 || fitted * 3 < full * 2)
		return 0;
	return best;
}

/*
 * Whether the line at s is the headline, kept apart from the lead even when
 * as long as the width: no comma and no sentence's end inside, none at its
 * end, and a capital after it ("Ngày 17-4, ..."); a wrapped lead sentence
 * has its date's comma on its first line.
 */
static bool
headline(const unsigned char *s, const Line *a, const Line *b)
{
	const unsigned char *p = s + a->start,
			   *e = s + a->end;
	size_t		k = b->start;
	uint32_t	cp;
	int			sp;

	if (a->ends_clause)
		return false;
	for (; p + 1 < e; p++)
		if ((*p == ',' || *p == '.') && space_at(p + 1, e) > 0)
			return false;
	while (k < b->end && (sp = space_at(s + k, s + b->end)) > 0)
		k += (size_t) sp;
	cp = gb_utf8_next(s, b->end, &k);
	return gb_is_upper(cp);
}

/* bytes of the line end at s[k] (see the normalizer's line ends) */
static inline size_t
break_len(const unsigned char *s, size_t len, size_t k)
{
	size_t		next = k;

	if (s[k] == '\r')
		return k + 1 < len && s[k + 1] == '\n' ? 2 : 1;
	if (s[k] == '\n')
		return 1;
	(void) gb_utf8_next(s, len, &next);
	return next - k;
}

/* bytes of line i (of doc->nnl + 1) in the normalized text */
static inline size_t
norm_line_bytes(const GbDoc *doc, int i)
{
	size_t		start = i > 0 ? doc->nl[i - 1].norm + 1 : 0,
				end = i < doc->nnl ? doc->nl[i].norm : doc->norm.len;

	return end > start ? end - start : 0;
}

/*
 * Whether token k is one of the ASCII marks: the normalized text has the
 * ellipsis as '.', curly quotes and guillemets as '"' and '\'', en and em
 * dashes as '-'
 */
static inline bool
punct_in(const GbDoc *d, int k, const char *marks)
{
	const GbTok *t = &d->tok[k];

	if (!(t->flags & T_PUNCT) || t->len != 1)
		return false;
	for (; *marks; marks++)
		if (*marks == d->norm.data[t->off])
			return true;
	return false;
}

/*
 * Whether token k, the last of its line, ends a sentence or a clause that
 * a list or a quotation follows: '.', '!', '?', ':' or an ellipsis, alone
 * or before a closing quote or bracket.
 */
static bool
ends_sentence(const GbDoc *d, int k, int first)
{
	while (k > first && punct_in(d, k, "\")'"))
		k--;
	return punct_in(d, k, ".!?:");
}

/*
 * Whether token k starts a list item: a dash, bullet or plus, or a number
 * or a letter before '.' or ')' ("1.", "a)", "II.").
 */
static bool
item_start(const GbDoc *d, int k)
{
	if (gb_list_mark(d, k))
		return true;
	return k + 1 < d->ntok && !(d->tok[k + 1].flags & T_SPACE) &&
		((d->tok[k].flags & (T_NUM | T_ROMAN)) ||
		 ((d->tok[k].flags & T_WORD) && d->tok[k].flen == 1)) &&
		(tok_punct(d, k + 1, '.') || tok_punct(d, k + 1, ')'));
}

/* whether an honorific ("đồng chí", "đ/c", "ông") ends at token last */
static bool
honorific_ends(const GbDoc *d, int first, int last)
{
	const char *value;

	if (!(d->tok[last].flags & T_WORD))
		return false;
	for (int k = last; k >= first && k >= last - 2; k--)
		if (gb_honorific_at(d, k, &value) == last + 1 - k)
			return true;
	return false;
}

/*
 * Whether token k is a middle name spelled so, "Văn", "Thị", and no
 * level's or body's name in capitals ("Thị Xã", "Thị Trấn", "Văn Phòng
 * Tỉnh Ủy"; "Văn Phòng" alone is a given name's, "Nguyễn Văn Phòng")
 */
static bool
middle_name_at(const GbDoc *d, int k)
{
	return (d->tok[k].flags & T_UPPER) && gb_match_exact(d, k, CAT_MIDDLENAME, NULL) == 1 &&
		gb_dict_match(d, k, CAT_LEVEL | CAT_BODY | CAT_BODYHEAD, NULL) == 0;
}

/*
 * Whether a name after an honorific goes on over the line end before
 * token next: one to three capitalized words after the honorific end the
 * line, and the name's rest opens the next, four syllables in all at
 * most:
 *
 * - one to three capitalized words before a comma or a dash ("Đồng chí
 *   Nguyễn Thị Minh" / "Kiều - Bí thư Huyện ủy", "đồng chí Nguyễn" / "Văn
 *   An, Phó Bí thư ...");
 * - whatever comes after them, what a name still needs after a surname or
 *   a middle name that ends the line: "đồng chí Trần" / "Văn Minh chủ trì",
 *   "đồng chí Trần Văn" / "Minh đề nghị" (no name ends in "Văn", "Thị").
 *
 * A full name ending the line keeps its line end before a capitalized
 * word that goes on in lower case ("đồng chí Nguyễn Văn An" / "Hội nghị
 * đã ...").
 */
static bool
name_goes_on(const GbDoc *d, int first, int next)
{
	int			k = next - 1,
				j = next;

	if (!(d->tok[next].flags & T_UPPER) || next + 1 >= d->ntok)
		return false;
	/* the honorific nearest, capitalized too at a sentence's start ("Ông Trần" / "Văn Minh") */
	while (k >= first && k > next - 4 &&
		   (d->tok[k].flags & (T_WORD | T_UPPER)) == (T_WORD | T_UPPER) &&
		   !(k < next - 1 && honorific_ends(d, first, k)))
		k--;
	if (!(k < next - 1 && k >= first && honorific_ends(d, first, k)))
		return false;
	/* a surname alone, then "Văn" and a given name; a middle name last */
	if ((k == next - 2 && middle_name_at(d, next) &&
		 (d->tok[next + 1].flags & (T_WORD | T_UPPER | T_SPACE)) == (T_WORD | T_UPPER | T_SPACE) &&
		 !(d->tok[next + 1].flags & T_NL)) ||
		(k == next - 3 && middle_name_at(d, next - 1) && (d->tok[next].flags & T_WORD)))
		return true;
	while (j + 1 < d->ntok && j - next < 2 && (next - 1 - k) + (j + 1 - next) < 4 &&
		   (d->tok[j + 1].flags & (T_WORD | T_UPPER | T_SPACE)) == (T_WORD | T_UPPER | T_SPACE) &&
		   !(d->tok[j + 1].flags & T_NL))
		j++;
	return j + 1 < d->ntok && (d->tok[j].flags & T_WORD) && !(d->tok[j + 1].flags & T_NL) &&
		punct_in(d, j + 1, ",-");
}

/*
 * Whether a name with its known surname goes on over the line end before
 * token next, whoever names it: the line ends in the surname and the next
 * opens with a middle name ("Phó Bí thư Huyện ủy Nguyễn" / "Văn Minh chủ
 * trì", "các đồng chí: Lê" / "Thị Hoa, ..."), or ends in both ("Trần Văn"
 * / "Bình, Trưởng Ban ..."), and the name's grammar, reading through the
 * line end (its T_NL cleared a moment), takes a given name after the
 * middle one.  A surname-like word ending a line before a capitalized one
 * says nothing alone: "... tỉnh Hà" / "Tĩnh ...", "Lâm" / "Đồng".
 */
static bool
surname_goes_on(GbDoc *d, int first, int next)
{
	uint16_t	flags = d->tok[next].flags;
	int			s,
				n;

	if (middle_name_at(d, next))
		s = next - 1;
	else if (next - 2 >= first && middle_name_at(d, next - 1))
		s = next - 2;
	else
		return false;
	if (s < first || !(d->tok[s].flags & T_UPPER) || gb_match_exact(d, s, CAT_SURNAME, NULL) != 1)
		return false;
	d->tok[next].flags &= (uint16_t) ~T_NL;
	n = gb_name_at(d, s, true, false);
	d->tok[next].flags = flags;
	return n >= 3 && s + n > next + (s == next - 1 ? 1 : 0);
}

/*
 * Whether the line at token next opens with a title and a name after it
 * ("Phó Giám đốc Sở Tài chính Trần Văn Bình"): another person, whom the
 * line end after a comma may part from the one before.
 */
static bool
titled_name_at(const GbDoc *d, int next)
{
	int			e = gb_title_at(d, next, false);

	return e > next && e + 1 < d->ntok && gb_word_upper(d, e) && gb_word_upper(d, e + 1) &&
		!(d->tok[e].flags & T_NL);
}

/*
 * Whether a body's name that takes a place after it ends the tokens
 * [from, next) in a lower-case word: "Thành ủy", "Huyện ủy" (a place after
 * it is its own: "Tỉnh ủy Thái Bình" ends in the place's name).
 */
static bool
placeless_body_ends(const GbDoc *d, int from, int next)
{
	if (!gb_word_lower(d, next - 1))
		return false;
	for (int k = next - 1; k >= from && k >= next - 3; k--)
		if (gb_dict_match(d, k, CAT_BODY | CAT_BODYHEAD, NULL) == next - k)
			return true;
	return false;
}

/*
 * Whether the tokens [from, next) end in a place's name after its level or
 * after a body's name that takes one: "UBND tỉnh Hải Dương", "Tỉnh ủy Hải
 * Dương".  Capitalized syllables, not in capitals ("Tỉnh ủy" / "UBND" is no
 * place).
 */
static bool
place_ends(const GbDoc *d, int from, int next)
{
	int			s = next;

	while (s > from && s > next - 4 && gb_word_upper(d, s - 1) && !(d->tok[s - 1].flags & T_ALLCAPS))
		s--;
	if (s == next || s - 1 <= from)
		return false;
	for (int j = s - 1; j >= from && j >= s - 2; j--)
		if (gb_dict_match(d, j, CAT_LEVEL, NULL) == s - j)
			return true;
	return placeless_body_ends(d, from, s);
}

/*
 * Whether a title ends the line before token next and goes on over the
 * line end, as the title grammar reads it when the line end is looked
 * through (its T_NL cleared a moment): with a body on the next line
 * ("Trưởng Ban Tổ chức" / "Huyện ủy", "Phó Bí thư Thường trực" / "Huyện
 * ủy chủ trì"), or with the place, in capitals, of a body that has none
 * yet ("Bí thư Thành ủy" / "Hải Dương"); not into a capitalized word after
 * it, a name, or the next sentence ("Bí thư Huyện ủy" / "Việc kiện toàn").
 * A headline ending in a title and its place keeps its line end ("... Bí
 * thư Tỉnh ủy Thái Bình" / "Chiều 20/10, ..."), and so does a bare
 * position before a line of its own ("Bí thư" / "Thí điểm hợp nhất ...").
 */
static bool
title_goes_on(GbDoc *d, int first, int next)
{
	uint16_t	flags = d->tok[next].flags;
	bool		body = gb_dict_match(d, next, CAT_BODY | CAT_BODYHEAD, NULL) > 0;
	int			e = next;

	for (int k = next - 1; k >= first && k >= next - TITLE_REACH; k--)
	{
		if (gb_title_at(d, k, false) != next)
			continue;
		if (!body && !placeless_body_ends(d, k + 1, next))
			return false;
		/*
		 * "Bí thư Đảng ủy UBND tỉnh Hải Dương" / "Ban Thường vụ Tỉnh ủy Hải
		 * Dương quyết định ...": a title whose body has its place is whole;
		 * a body opening the next line opens a sentence, the line a
		 * headline's (probe ah AH6)
		 */
		if (body && place_ends(d, k + 1, next))
			return false;
		d->tok[next].flags &= (uint16_t) ~T_NL;
		e = gb_title_at(d, k, false);
		d->tok[next].flags = flags;
		break;
	}
	if (e == next || gb_word_upper(d, e))
		return false;
	/* a place is capitalized words: "Hải Dương", not "Việc kiện toàn" */
	for (int k = next; !body && k < e; k++)
		if (!gb_word_upper(d, k))
			return false;
	return true;
}

/*
 * Whether token k is a word no phrase ends in ("của", "về", "các"), in lower
 * case: a line ending in it was wrapped (also report.c's test of a
 * headline).
 */
bool
gb_wrap_word(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;

	return (d->tok[k].flags & T_WORD) && gb_word_lower(d, k) &&
		gb_dict_may_match(d, k, CAT_WRAPWORD) && gb_dict_match(d, k, CAT_WRAPWORD, &ph) == 1 &&
		gb_exact_any(d, k, ph->value);
}

/*
 * Whether a congress's name is cut by the line end before token next: the
 * line ends in "đại hội đại biểu", which names no congress until its body
 * or "toàn quốc" follows, and the next line opens with that body ("...
 * tiến tới đại hội đại biểu" / "Đảng bộ tỉnh Tây Ninh lần thứ XI, ...";
 * stop 42, probe au AU9).
 */
static bool
congress_goes_on(const GbDoc *d, int first, int last, int next)
{
	const char *name;

	if (last - 3 < first || !tok_is(d, last, "bieu") || !tok_is(d, last - 1, "dai") ||
		!tok_is(d, last - 2, "hoi") || !tok_is(d, last - 3, "dai") ||
		(d->tok[last].flags & T_ALLCAPS) || !gb_exact_words(d, last - 3, 4, "đại hội đại biểu"))
		return false;
	return (tok_is(d, next, "toan") && tok_is(d, next + 1, "quoc")) ||
		gb_parse_body(d, next, &name) > next;
}

/*
 * Whether the line at token next opens a lead with an outlet's tag in
 * capitals, a dash and the meeting's date ("TPO - Chiều 6/10, ...",
 * "QĐND Online - Ngày 5/3, ..."): a new paragraph, whatever the line
 * before ends in ("... 15 Ủy viên Ban Thường vụ" / "TPO - Chiều 6/10").
 */
static bool
tagged_lead_at(const GbDoc *d, int next)
{
	GbDateCue	cue;
	int			r = next;

	while (r < d->ntok && r - next < 4 && (d->tok[r].flags & (T_WORD | T_ALLCAPS)) == (T_WORD | T_ALLCAPS) &&
		   (r == next || !(d->tok[r].flags & T_NL)))
		r++;
	if (r == next || r + 1 >= d->ntok)
		return false;
	if (gb_word_upper(d, r) && gb_dict_may_match(d, r, CAT_OUTLETWORD))
		r += gb_dict_match(d, r, CAT_OUTLETWORD, NULL);
	return r + 1 < d->ntok && punct_in(d, r, "-") && !(d->tok[r].flags & T_NL) &&
		gb_date_cue(d, r + 1, &cue);
}

/*
 * Whether the line ending in token last goes on, over its line end, in the
 * line starting at token next, a word; first is the line's first token:
 *
 * - in lower case ("Chủ tịch HĐND" / "huyện; Lê Hữu Nghị"), unless the
 *   line is a heading in capitals ("QUY ĐỊNH" / "về việc ...") or the
 *   word no Vietnamese syllable (a page template's "null");
 * - after a dash or a comma ("Trần Quốc Lập-" / "Phó bí thư"), unless a
 *   title and a name open the next line, another person's;
 * - after a word no phrase ends in ("của" / "Ban Thường vụ") or an
 *   honorific ("đ/c" / "Phạm Văn Long");
 * - inside a name after an honorific (see name_goes_on()), or inside a
 *   title (see title_goes_on()), unless the next line opens a lead with
 *   its outlet's tag (see tagged_lead_at()).
 *
 * A semicolon before a capital is no sign: a preamble's ground or a list's
 * clause ends there ("... của Đảng ủy xã;" / "Ngày 21/12/2023, ...").
 */
static bool
goes_on(GbDoc *d, int first, int last, int next)
{
	if (!(d->tok[next].flags & T_UPPER))
		return !gb_all_caps(d, first, last + 1) &&
			(d->tok[next].grp != 0 || gb_is_syllable(tok_fold(d, next), d->tok[next].flen));
	if (last > first && punct_in(d, last, "-,"))
		return !titled_name_at(d, next);
	return gb_wrap_word(d, last) || honorific_ends(d, first, last) ||
		name_goes_on(d, first, next) || surname_goes_on(d, first, next) ||
		congress_goes_on(d, first, last, next) ||
		((d->tok[last].flags & T_WORD) && !tagged_lead_at(d, next) &&
		 title_goes_on(d, first, next));
}

/*
 * Whether a date, or the cue that opens it, goes on over the line end
 * before token next, a number, as the date's grammar reads it when the
 * line end is looked through (its T_NL cleared a moment): a time of day or
 * "ngày" ends the line and the date opens the next ("Sáng ngày" /
 * "12/03/2020, ...", "Sáng" / "12/3, ..."), or the date itself is cut
 * ("12/03/" / "2020", "ngày 12 tháng 3 năm" / "2020").  A date whole on
 * its line, a number after it on the next, keeps the line end.
 */
static bool
date_goes_on(GbDoc *d, int first, int last, int next)
{
	uint16_t	flags = d->tok[next].flags;
	GbDateCue	cue;
	GbDate		date;
	bool		has_year,
				on = false;
	int			end;

	d->tok[next].flags &= (uint16_t) ~T_NL;
	for (int k = last; !on && k >= first && k > last - DATE_REACH; k--)
	{
		if (d->tok[k].flags & T_NUM)
			on = gb_parse_date(d, k, &end, &date, &has_year) && date.m != 0 && end > next;
		else if (gb_may_start_date_cue(d, k))
			on = (gb_date_cue(d, k, &cue) || gb_date_cue_ngay(d, k, &cue)) &&
				cue.has_date && cue.end > next;
	}
	d->tok[next].flags = flags;
	return on;
}

/*
 * Whether line end i of the chunk is soft whatever the line widths: a
 * date or its cue goes on over it (see date_goes_on()), or the line does
 * not end a sentence (see ends_sentence()) and goes on in the next (see
 * goes_on()), which is no list item, no heading in capitals
 * ("Xét đề nghị của ...," / "QUYẾT ĐỊNH:") and no photo's caption ("...
 * Bí thư Đảng ủy Chính phủ," / "Phó thủ tướng ... - Ảnh: VGP": a paragraph
 * cut where the page put the photo).  A blank line on either side keeps
 * the line end.
 */
static bool
ragged_soft(GbDoc *d, int i)
{
	int			next = d->nl[i].tok,
				first = i > 0 ? d->nl[i - 1].tok : 0,
				last = next - 1,
				end;

	/* a blank line on either side, or the chunk's end */
	if (next >= d->ntok || last < first ||
		(i + 1 < d->nnl && d->nl[i + 1].tok == next))
		return false;
	if (d->tok[next].flags & T_NUM)
		return date_goes_on(d, first, last, next);
	if (!(d->tok[next].flags & T_WORD) || ends_sentence(d, last, first) ||
		item_start(d, next) || !goes_on(d, first, last, next))
		return false;
	end = i + 1 < d->nnl ? d->nl[i + 1].tok : d->ntok;
	if (gb_credited_caption(d, next, end) ||
		((d->tok[next].flags & T_UPPER) && gb_all_caps(d, next, end)))
		return false;
	/*
	 * a line a bar parts is a site's row of fields, no prose: "Đặt mua
	 * báo in| Mới - Đọc báo in phiên bản số" above the headline (probe ay
	 * AY7)
	 */
	for (int k = first; k <= last; k++)
		if (tok_punct(d, k, '|'))
			return false;
	return true;
}

/*
 * Whether a title is cut by the line end before token next: read through
 * the line end (its T_NL cleared a moment), a title that starts on the
 * line ends past it ("Trưởng Ban" / "Dân vận Trung ương Bùi Thị Minh Hoài",
 * "CỦA THỦ" / "TƯỚNG CHÍNH PHỦ").
 */
static bool
title_cut(GbDoc *d, int first, int next, bool caps)
{
	uint16_t	flags = d->tok[next].flags;
	bool		cut = false;

	d->tok[next].flags &= (uint16_t) ~T_NL;
	for (int k = next - 1; !cut && k >= first && k >= next - TITLE_REACH; k--)
		cut = (d->tok[k].flags & T_WORD) && gb_title_at(d, k, caps) > next;
	d->tok[next].flags = flags;
	return cut;
}

/*
 * Whether a heading in capitals goes on over line end i of a wrapped text:
 * a document's heading is wrapped at its own, narrower width, wherever it
 * falls, so a line of it in capitals with no clause's end goes on in the
 * next line in capitals when a title read through the line end runs past
 * it (see title_cut(): "... CỦA THỦ TƯỚNG CHÍNH PHỦ PHẠM MINH" / "CHÍNH TẠI
 * PHIÊN HỌP ...", "CỦA THỦ" / "TƯỚNG CHÍNH PHỦ").  A body's name (a
 * letterhead's "ĐẢNG BỘ TỈNH X" / "HUYỆN ỦY Y") keeps its line end.
 */
static bool
caps_heading_goes_on(GbDoc *d, int i)
{
	int			first = i > 0 ? d->nl[i - 1].tok : 0,
				next = d->nl[i].tok,
				end = i + 1 < d->nnl ? d->nl[i + 1].tok : d->ntok;
	const char *unit;

	if (next >= end || next - first < 2 || punct_in(d, next - 1, ".:;!?,") ||
		!gb_word_upper(d, next) || !gb_all_caps(d, first, end) ||
		gb_parse_body(d, first, &unit) == next)
		return false;
	return title_cut(d, first, next, true);
}

/*
 * Whether the full line i of a wrapped text goes on in the next though
 * the next line's first word would have fitted on it: a wrapper counting
 * letters of several widths (a PDF's) leaves such lines, and the words say
 * the sentence goes on: a title is cut at the line end (see title_cut()),
 * or a list opened by ':' runs on in a next line as full as the width,
 * no list item ("... có các Phó Thủ tướng Chính phủ:" / "Lê Minh Khái, Vũ
 * Đức Đam, ...").
 */
static bool
runs_on(GbDoc *d, const Line *lines, int i, int width)
{
	int			first = i > 0 ? d->nl[i - 1].tok : 0,
				next = d->nl[i].tok;

	if (next >= d->ntok || next <= first || !(d->tok[next].flags & T_WORD))
		return false;
	if (punct_in(d, next - 1, ":"))
		return full_line(&lines[i + 1], width) && !lines[i + 1].item;
	return !punct_in(d, next - 1, ".;!?") && title_cut(d, first, next, false);
}

/*
 * Read line end e as a space: in the normalized text and the next token,
 * which notes a line end broken by hand (by ragged_soft()) in T_HANDWRAP.
 */
static inline void
soften(GbDoc *doc, const GbLineEnd *e, bool by_hand)
{
	if (e->norm < doc->norm.len && doc->norm.data[e->norm] == '\n')
		doc->norm.data[e->norm] = ' ';
	if (e->tok < doc->ntok)
		doc->tok[e->tok].flags = (doc->tok[e->tok].flags & ~T_NL) | (by_hand ? T_HANDWRAP : 0);
}

/*
 * A related link's mark opening a line at k, ">>" (a lone ">" is a
 * quote's or a breadcrumb's; "»" is normalized to a quotation mark), or
 * "Xem thêm:", "Đọc thêm:", "Tin liên quan:": the token after it, or k.
 */
static int
teaser_mark_end(const GbDoc *d, int k)
{
	const GbTok *t;
	char		f;

	/*
	 * every mark opens with ">" or a word of 3 folded bytes starting 'x',
	 * 'd' or 't': most lines out at once
	 */
	if (k >= d->ntok)
		return k;
	t = &d->tok[k];
	f = d->fold.data[t->fo];
	if (!(t->flags & T_PUNCT) && !(t->flen == 3 && (f == 'x' || f == 'd' || f == 't')))
		return k;
	if (tok_punct(d, k, '>') && tok_punct(d, k + 1, '>') && !tok_has(d, k + 1, T_SPACE))
		return k + 2;
	if (((tok_is(d, k, "xem") || tok_is(d, k, "doc")) && tok_is(d, k + 1, "them") &&
		 tok_punct(d, k + 2, ':')))
		return k + 3;
	if (tok_is(d, k, "tin") && tok_is(d, k + 1, "lien") && tok_is(d, k + 2, "quan") &&
		tok_punct(d, k + 3, ':'))
		return k + 4;
	return k;
}

/* how far into a teaser's line its end is looked for, in tokens */
#define TEASER_REACH	48

/*
 * Whether x opens a word glued to the one before it in sentence case, a
 * capital then a word in lower case, after a word (its original bytes run
 * on from the word before, see gb_split_glued()): "... trực tuyếnTạo
 * nguồn, ...", not a name's "TrịnhĐình Dũng", "tỉnhQuảng Ninh".
 */
static bool
sentence_seam(const GbDoc *d, int x)
{
	return x > 0 && x + 1 < d->ntok &&
		(d->tok[x].flags & (T_WORD | T_UPPER | T_ALLCAPS | T_NL)) == (T_WORD | T_UPPER) &&
		d->tok[x - 1].oe == d->tok[x].os && gb_word_lower(d, x - 1) &&
		gb_word_lower(d, x + 1) && !tok_has(d, x + 1, T_NL);
}

/* how many sentence seams make a line a run of headlines */
#define HEADLINE_SEAMS	2

/*
 * "Kết nạp Đảng tại mặt trận tình nguyệnPhát triển Đảng ở khu dân cư: Đa
 * dạng hình thứcLễ kết nạp Đảng trực tuyếnTạo nguồn, ..." (probe-aw 31):
 * related links' headlines, one a line on the page, copied with no line
 * end between them, so that each runs into the next in sentence case.  A
 * line with two such seams at least is such a run (a sentence glued once
 * may be an inline tag's, "tổ chứcHội nghị ..."): each seam is given the
 * line end the copy lost, the token after it keeping no space before it
 * in the original (gb_lost_line_end()).
 */
static void
headline_runs(GbDoc *doc)
{
	for (int i = -1; i < doc->nnl; i++)
	{
		int			ls = i < 0 ? 0 : doc->nl[i].tok,
					le = i + 1 < doc->nnl ? doc->nl[i + 1].tok : doc->ntok,
					seams = 0;

		for (int x = ls + 1; x < le && seams < HEADLINE_SEAMS; x++)
			seams += sentence_seam(doc, x);
		if (seams < HEADLINE_SEAMS)
			continue;
		for (int x = ls + 1; x < le; x++)
			if (sentence_seam(doc, x))
				doc->tok[x].flags |= T_NL;
	}
}

/*
 * Whether the line end before x is one a copy lost, given back by
 * headline_runs(): its words run on in the original.
 */
bool
gb_lost_line_end(const GbDoc *d, int x)
{
	return x > 0 && x < d->ntok && tok_has(d, x, T_NL) && d->tok[x - 1].oe == d->tok[x].os;
}

/*
 * ">> Toàn văn bài phát biểu của đ/c Võ Văn Thưởng, ... Bí thư Thứ nhất TƯ
 * Đoàn TNCS Hồ Chí Minh Dự hội nghị có Ủy viên Bộ Chính trị ...": a
 * related link's headline run into the text when the page was copied, no
 * stop between them.  The headline ends where a capitalized role opens
 * the report's own sentence after a word ("Dự", "Tham dự", "Chủ trì",
 * then a word in lower case), which no headline's words in sentence case
 * do; that token is given the line end the copy lost, so that the person
 * of the link is not taken for one at the meeting.  A teaser ended by a
 * stop or its own line is left alone.
 */
static void
teaser_ends(GbDoc *doc)
{
	/* the headlines of links run together with no mark (see above) */
	if (doc->has_glued)
		headline_runs(doc);
	for (int i = -1; i < doc->nnl; i++)
	{
		int			k = i < 0 ? 0 : doc->nl[i].tok,
					x,
					m;
		const GbPhrase *ph;

		if (k >= doc->ntok || (i >= 0 && !tok_has(doc, k, T_NL)) ||
			(x = teaser_mark_end(doc, k)) == k)
			continue;
		for (x++; x < doc->ntok && x < k + TEASER_REACH && !gb_sentence_break_at(doc, x); x++)
		{
			if ((doc->tok[x].flags & (T_WORD | T_UPPER | T_ALLCAPS)) != (T_WORD | T_UPPER) ||
				!tok_has(doc, x - 1, T_WORD))
				continue;
			if ((m = gb_dict_match(doc, x, CAT_ROLE, &ph)) > 0 && ph->value &&
				gb_word_lower(doc, x + m) && !tok_has(doc, x + m, T_NL))
			{
				doc->tok[x].flags |= T_NL;
				break;
			}
		}
	}
}

/*
 * Read the soft line ends of the chunk just tokenized, in[0..len) at
 * original offset obase, as spaces: in the normalized text, and in the
 * flags of the token after each.  The tokenizer noted where the line ends
 * are (doc->nl), so the text is read again only where a width is likely.
 */
void
gb_unwrap(GbDoc *doc, const char *in, size_t len, uint32_t obase)
{
	const unsigned char *s = (const unsigned char *) in;
	Line	   *lines;
	int			n = doc->nnl + 1,
				content = 0,
				sized = 0,
				overlong = 0,
				width = 0;
	size_t		start = 0;

	for (int i = 0; i < doc->nnl; i++)
		if (ragged_soft(doc, i))
			soften(doc, &doc->nl[i], true);
	teaser_ends(doc);
	if (doc->nnl < 3)
		return;
	/*
	 * In bytes, lines of prose, and of them those as long as a width.  The
	 * bytes are those of the normalized text, NFC with plain spaces, so a
	 * text decomposed or with no-break spaces is looked at as it is when
	 * composed.
	 */
	for (int i = 0; i < n; i++)
	{
		size_t		bytes = norm_line_bytes(doc, i);

		if (bytes >= CONTENT_MIN)
		{
			content++;
			if (bytes > WRAP_MAX_BYTES)
				overlong++;
			else if (bytes >= WRAP_MIN)
				sized++;
		}
	}
	/* characters are counted only where a width can be found */
	if (sized < 4 || sized * 5 < content * 2 || overlong * 10 > content)
		return;
	lines = gb_malloc(sizeof(Line) * (size_t) n);
	for (int i = 0; i < n; i++)
	{
		size_t		end = i < doc->nnl ? doc->nl[i].os - obase : len;

		lines[i].start = (uint32_t) start;
		lines[i].end = (uint32_t) end;
		measure(s + start, end - start, norm_line_bytes(doc, i), &lines[i]);
		if (i < doc->nnl)
			start = end + break_len(s, len, end);
	}
	width = wrap_width(s, lines, n);
	if (width > 0)
	{
		bool		before_full = true;	/* no full line yet */

		for (int i = 0; i + 1 < n; i++)
		{
			const Line *a = &lines[i],
					   *b = &lines[i + 1];
			const GbLineEnd *e = &doc->nl[i];

			if (i > 0 && full_line(&lines[i - 1], width))
				before_full = false;
			if (!b->blank && caps_heading_goes_on(doc, i))
			{
				soften(doc, e, false);
				continue;
			}
			/* a line past the width, a URL say, was not wrapped at it */
			if (!full_line(a, width) || b->blank || (b->item && a->ends_clause) ||
				(next_word_fits(s, lines, i, width) && !runs_on(doc, lines, i, width)))
				continue;
			if (before_full && headline(s, a, b))
				continue;
			soften(doc, e, false);
		}
	}
	gb_free(lines);
}
