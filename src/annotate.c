/*
 * annotate.c
 *	  A report as HTML for review: the text escaped, unchanged otherwise,
 *	  with every citation, official, meeting date and bridge point wrapped in
 *	  an element that carries its kind and key.
 */
#include "gb_internal.h"

static void
put_escaped(GbBuf *b, const char *s, size_t n)
{
	size_t		k;

	for (k = 0; k < n; k++)
	{
		switch (s[k])
		{
			case '&':
				gb_buf_append(b, "&amp;", 5);
				break;
			case '<':
				gb_buf_append(b, "&lt;", 4);
				break;
			case '>':
				gb_buf_append(b, "&gt;", 4);
				break;
			case '"':
				gb_buf_append(b, "&quot;", 6);
				break;
			case '\'':
				gb_buf_append(b, "&#39;", 5);
				break;
			default:
				gb_buf_putc(b, s[k]);
		}
	}
}

char *
gb_annotate(const char *text, size_t len, GbDate published, size_t *outlen)
{
	GbResult   *r = gb_extract(text, len, published,
							   GB_WANT_ALL | GB_WANT_MENTIONS | GB_BYTE_OFFSETS);
	GbBuf		b = {0};
	uint32_t	at = 0;
	int			k;

	gb_buf_reserve(&b, len + len / 4 + 64);
	/* mentions come in text order, longest first where two start together */
	for (k = 0; k < r->nmentions; k++)
	{
		const GbMention *m = &r->mentions[k];

		if (m->span_start < at)
			continue;			/* inside or across one already wrapped */
		put_escaped(&b, text + at, m->span_start - at);
		gb_buf_append(&b, "<mark class=\"gb-", 16);
		gb_buf_append(&b, m->kind, strlen(m->kind));
		gb_buf_append(&b, "\" data-kind=\"", 13);
		gb_buf_append(&b, m->kind, strlen(m->kind));
		gb_buf_append(&b, "\" data-key=\"", 12);
		put_escaped(&b, m->key, strlen(m->key));
		gb_buf_append(&b, "\">", 2);
		put_escaped(&b, text + m->span_start, m->span_end - m->span_start);
		gb_buf_append(&b, "</mark>", 7);
		at = m->span_end;
	}
	put_escaped(&b, text + at, len - at);
	gb_buf_putc(&b, '\0');
	*outlen = b.len - 1;
	gb_result_free(r);
	return b.data;
}
