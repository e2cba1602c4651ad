/*
 * extract.c
 *	  The driver: cut a document into chunks, tokenize each once, run the
 *	  extractors over it, and turn byte offsets into character positions.
 *
 * Chunks end at a line end near CHUNK bytes, so that memory stays bounded
 * by the chunk, not the document, and every report of ordinary size is one
 * chunk (reports run to a few tens of kB; a chunk takes up to 80).  Not larger: a
 * chunk's buffers (its tokens take about ten times its bytes) are touched
 * for the first time by every call, and at 256 kB that cost a 1 MB document
 * a fifth more time per MB than a 100 MB one; at 64 kB they stay in the
 * processor's cache.
 */
#include "extract.h"
#include "meeting.h"

#include <stdio.h>
#include <stdlib.h>

/* the fuzzer builds with small chunks to reach the chunk boundaries */
#ifndef GB_CHUNK_BYTES
#define GB_CHUNK_BYTES (64 * 1024)
#endif
size_t		gb_chunk_bytes = GB_CHUNK_BYTES;

#define CHUNK		gb_chunk_bytes
#define CHUNK_SLACK (CHUNK / 4)

/* Where the chunk that starts at "start" should end. */
static size_t
chunk_end(const char *s, size_t len, size_t start)
{
	size_t		end,
				k;

	if (len - start <= CHUNK + CHUNK_SLACK)
		return len;
	end = start + CHUNK;
	/*
	 * a line end, else a clause end, else a comma (lists of documents are
	 * comma-separated: a cut at a space could split a mention), else a
	 * space, else a character boundary
	 */
	for (k = end; k < end + CHUNK_SLACK; k++)
		if (s[k] == '\n')
			return k + 1;
	for (k = end; k + 1 < end + CHUNK_SLACK; k++)
		if ((s[k] == ';' || s[k] == '.') && s[k + 1] == ' ')
			return k + 2;
	for (k = end; k + 1 < end + CHUNK_SLACK; k++)
		if (s[k] == ',' && s[k + 1] == ' ')
			return k + 2;
	for (k = end; k < end + CHUNK_SLACK; k++)
		if (s[k] == ' ')
			return k + 1;
	while (end > start && ((unsigned char) s[end] & 0xC0) == 0x80)
		end--;
	return end;
}

/*
 * Define NAME(a, n), a stable merge sort in place of n elements of TYPE,
 * with LE(x, y) true when the element at x may stay before the one at y.
 * The elements come as a few sorted runs, merged pairwise until the first
 * run covers all n: a sorted array costs one comparison an element.
 */
#define MERGE_SORT(NAME, TYPE, LE) \
static void \
NAME(TYPE *a, size_t n) \
{ \
	TYPE	   *from = a; \
	TYPE	   *to = NULL; \
	TYPE	   *t; \
	size_t		i, \
				j, \
				k, \
				l, \
				r, \
				o; \
\
	for (;;) \
	{ \
		for (i = 0; i < n; i = k) \
		{ \
			for (j = i + 1; j < n && LE(&from[j - 1], &from[j]); j++) \
				; \
			if (i == 0 && j >= n) \
				break; \
			if (to == NULL) \
				to = gb_malloc(sizeof(TYPE) * n); \
			for (k = j < n ? j + 1 : n; k < n && LE(&from[k - 1], &from[k]); k++) \
				; \
			for (l = i, r = j, o = i; o < k; o++) \
				to[o] = (r >= k || (l < j && LE(&from[l], &from[r]))) ? \
					from[l++] : from[r++]; \
		} \
		/* the first run covered all n (or n is 0): sorted */ \
		if (i == 0) \
			break; \
		t = from, from = to, to = t; \
	} \
	if (from != a) \
		memcpy(a, from, sizeof(TYPE) * n); \
	gb_free(from == a ? to : from); \
}

/* Whether mention x may stay before y: by start, the longer first at one start. */
#define MENTION_LE(x, y) \
	((x)->os != (y)->os ? (x)->os < (y)->os : (x)->oe >= (y)->oe)

/*
 * sort_mentions(): each extractor notes its mentions in text order, so the
 * records come as a few sorted runs.
 */
MERGE_SORT(sort_mentions, GbMentionRec, MENTION_LE)

static const char *const mention_kinds[] = {"", "citation", "official", "date", "bridge_point"};

/* The noted mentions, in text order, with their keys. */
static void
collect_mentions(GbResult *res, GbBuf *log, const char *text)
{
	GbMentionRec *recs = (GbMentionRec *) log->data;
	int			n = (int) (log->len / sizeof(GbMentionRec)),
				k;

	if (n == 0)
		return;
	sort_mentions(recs, (size_t) n);
	res->mentions = gb_arena_alloc(res->arena, sizeof(GbMention) * (size_t) n);
	for (k = 0; k < n; k++)
	{
		GbMentionRec *r = &recs[k];
		GbMention  *m = &res->mentions[res->nmentions];

		if (r->kind == GB_MENTION_CITATION && r->idx >= 0 && r->idx < res->ncitations)
			m->key = res->citations[r->idx].key;
		else if (r->kind == GB_MENTION_OFFICIAL && r->idx >= 0 && r->idx < res->nofficials)
			m->key = res->officials[r->idx].name_key;
		else
			m->key = r->key;
		if (m->key == NULL || r->oe <= r->os)
			continue;
		m->kind = mention_kinds[r->kind];
		m->span_start = r->os;
		m->span_end = r->oe;
		m->raw = gb_arena_strndup(res->arena, text + r->os, r->oe - r->os);
		res->nmentions++;
	}
}

#define OFFSET_LE(x, y)	(**(x) <= **(y))

/*
 * sort_offsets(): sort the pointers by the offsets they point to.  The
 * spans come by kind, each kind's in text order or nearly.  Pointers to
 * equal offsets get the same position, so their order does not matter.
 */
MERGE_SORT(sort_offsets, uint32_t *, OFFSET_LE)

/*
 * The bytes of s[0..n) that continue a character (10xxxxxx, below -64 as
 * signed bytes), n a multiple of 16 up to 16 * 255: counted in each of 16
 * lanes, one compare and one subtraction for 16 bytes, then summed.
 */
static inline uint32_t
continuation_bytes(const char *s, size_t n)
{
	GbBytes16	lanes = {0};
	uint64_t	lo,
				hi;
	size_t		i;

	for (i = 0; i < n; i += 16)
	{
		GbBytes16	v;

		memcpy(&v, s + i, 16);
		lanes -= (GbBytes16) (v < -64);
	}
	memcpy(&lo, &lanes, 8);
	memcpy(&hi, (const char *) &lanes + 8, 8);
	/* four 16-bit lanes of at most 4 * 255, then their sum */
	lo = (lo & UINT64_C(0x00FF00FF00FF00FF)) + ((lo >> 8) & UINT64_C(0x00FF00FF00FF00FF)) +
		(hi & UINT64_C(0x00FF00FF00FF00FF)) + ((hi >> 8) & UINT64_C(0x00FF00FF00FF00FF));
	return (uint32_t) ((lo * UINT64_C(0x0001000100010001)) >> 48);
}

/* Replace byte offsets by code point positions, in one scan of the text. */
static void
offsets_to_positions(const char *s, size_t len, uint32_t **offs, size_t n)
{
	size_t		k,
				byte = 0;
	uint32_t	chars = 0;

	gb_check_interrupts();
	sort_offsets(offs, n);
	gb_check_interrupts();
	for (k = 0; k < n; k++)
	{
		uint32_t	target = *offs[k];

		if (target > len)
			target = (uint32_t) len;
		if ((k & 0xFFFF) == 0xFFFF)
			gb_check_interrupts();
		while (byte + 16 <= target)
		{
			size_t		m = (target - byte) & ~(size_t) 15;

			if (m > 16 * 255)
				m = 16 * 255;
			chars += (uint32_t) m - continuation_bytes(s + byte, m);
			byte += m;
		}
		if (byte + 8 <= target)
		{
			/* 8 more: one bit in each lane for a byte that continues */
			uint64_t	v;

			memcpy(&v, s + byte, 8);
			v = (v & ~(v << 1) & UINT64_C(0x8080808080808080)) >> 7;
			chars += 8 - (uint32_t) ((v * UINT64_C(0x0101010101010101)) >> 56);
			byte += 8;
		}
		for (; byte < target; byte++)
			if (((unsigned char) s[byte] & 0xC0) != 0x80)
				chars++;
		*offs[k] = chars;
	}
}

/*
 * The head of the first chunk, before any extractor takes it: the meeting
 * keeps all of it; without the meeting, citations still want its
 * publication date for a year left out when the caller gives none.
 */
static void
read_head(GbDoc *doc, GbMeetState *meet, bool citations)
{
	GbReportHead head;

	if (meet)
		gb_meet_head(meet, doc);
	else if (citations && doc->published.y == 0)
	{
		gb_report_head(doc, &head);
		doc->head_published = gb_head_year_date(&head);
	}
}

GbResult *
gb_extract(const char *text, size_t len, GbDate published, unsigned want)
{
	GbArena    *arena = gb_arena_new();
	GbResult   *res = gb_arena_alloc(arena, sizeof(GbResult));
	GbCitState *cit = NULL;
	GbOffState *off = NULL;
	GbMeetState *meet = NULL;
	GbDoc		doc;
	GbBuf		log = {0};
	size_t		start = 0,
				n,
				k;
	uint32_t  **offs;
	int			i;

	res->arena = arena;
	res->meeting.online = -1;
	res->meeting.date_inferred = -1;
	memset(&doc, 0, sizeof(doc));
	doc.arena = arena;
	doc.orig = text;
	doc.published = published;
	if (want & GB_WANT_MENTIONS)
		doc.mentions = &log;

	if (want & GB_WANT_CITATIONS)
		cit = gb_cit_begin(arena);
	if (want & (GB_WANT_OFFICIALS | GB_WANT_MEETING))
		off = gb_off_begin(arena);
	if (want & GB_WANT_MEETING)
		meet = gb_meet_begin(arena);

	do
	{
		size_t		end = chunk_end(text, len, start);

		gb_check_interrupts();
		doc.first_chunk = (start == 0);
		doc.last_chunk = (end == len);
		gb_doc_tokenize(&doc, text + start, end - start, (uint32_t) start);
		if (doc.first_chunk)
			read_head(&doc, meet, cit != NULL);
		if (cit)
			gb_cit_chunk(cit, &doc);
		if (off)
			gb_off_chunk(off, &doc);
		if (meet)
			gb_meet_chunk(meet, &doc);
		start = end;
	} while (start < len);

	if (cit)
		gb_cit_finish(cit, res);
	if (off)
		gb_off_finish(off, res);
	if (meet)
		gb_meet_finish(meet, res);
	gb_doc_free(&doc);

	if (want & GB_WANT_MENTIONS)
	{
		uint32_t	os,
					oe;
		char		iso[16];

		if (meet && res->meeting.held_on.y && gb_meet_date_span(meet, &os, &oe))
		{
			snprintf(iso, sizeof(iso), "%04d-%02d-%02d", res->meeting.held_on.y,
					 res->meeting.held_on.m, res->meeting.held_on.d);
			doc.mentions = &log;
			gb_note_mention(&doc, GB_MENTION_DATE, -1, gb_arena_strdup(arena, iso), os, oe);
		}
		collect_mentions(res, &log, text);
		gb_free(log.data);
	}

	/* spans: byte offsets so far, character positions for the caller */
	n = 2 * (size_t) (res->ncitations + res->nofficials + res->nmentions);
	if (n > 0 && !(want & GB_BYTE_OFFSETS))
	{
		offs = gb_malloc(sizeof(uint32_t *) * n);
		k = 0;
		for (i = 0; i < res->ncitations; i++)
		{
			offs[k++] = &res->citations[i].span_start;
			offs[k++] = &res->citations[i].span_end;
		}
		for (i = 0; i < res->nofficials; i++)
		{
			offs[k++] = &res->officials[i].span_start;
			offs[k++] = &res->officials[i].span_end;
		}
		for (i = 0; i < res->nmentions; i++)
		{
			offs[k++] = &res->mentions[i].span_start;
			offs[k++] = &res->mentions[i].span_end;
		}
		offsets_to_positions(text, len, offs, n);
		gb_free(offs);
	}
	return res;
}

void
gb_result_free(GbResult *r)
{
	if (r)
		gb_arena_free(r->arena);
}
