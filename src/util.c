/*
 * util.c
 *	  Allocation hooks, arenas, growable buffers, UTF-8 and hashing.
 */
#include "gb_internal.h"

#include <stdarg.h>
#include <stdlib.h>

static GbMallocFn hook_malloc = malloc;
static GbReallocFn hook_realloc = realloc;
static GbFreeFn hook_free = free;
static GbInterruptFn hook_interrupt = NULL;

void
gb_set_allocator(GbMallocFn m, GbReallocFn r, GbFreeFn f)
{
	hook_malloc = m ? m : malloc;
	hook_realloc = r ? r : realloc;
	hook_free = f ? f : free;
}

void
gb_set_interrupt_hook(GbInterruptFn fn)
{
	hook_interrupt = fn;
}

void
gb_check_interrupts(void)
{
	if (hook_interrupt)
		hook_interrupt();
}

/* The hooks either return memory or do not return (PostgreSQL raises). */
void *
gb_malloc(size_t n)
{
	void	   *p = hook_malloc(n ? n : 1);

	if (p == NULL)
		abort();
	return p;
}

void *
gb_realloc(void *p, size_t n)
{
	void	   *q;

	if (p == NULL)
		return gb_malloc(n);
	q = hook_realloc(p, n ? n : 1);
	if (q == NULL)
		abort();
	return q;
}

void
gb_free(void *p)
{
	if (p)
		hook_free(p);
}

/* ---- arena ------------------------------------------------------------- */

typedef struct GbArenaBlock
{
	struct GbArenaBlock *next;
	size_t		used;
	size_t		size;
	/* data follows, aligned */
} GbArenaBlock;

#define ARENA_BLOCK 16384
#define ARENA_ALIGN(n) (((n) + 15) & ~(size_t) 15)

GbArena *
gb_arena_new(void)
{
	GbArena    *a = gb_malloc(sizeof(GbArena));

	a->head = NULL;
	return a;
}

/*
 * n bytes of the arena, not zeroed: for strings, which their makers fill up
 * to the terminating NUL (about half of the calls, a report's texts).
 */
void *
gb_arena_alloc_raw(GbArena *a, size_t n)
{
	GbArenaBlock *b = a->head;
	size_t		hdr = ARENA_ALIGN(sizeof(GbArenaBlock));
	char	   *p;

	n = ARENA_ALIGN(n ? n : 1);
	if (b == NULL || b->used + n > b->size)
	{
		size_t		size = n > ARENA_BLOCK ? n : ARENA_BLOCK;

		b = gb_malloc(hdr + size);
		b->size = size;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	p = (char *) b + hdr + b->used;
	b->used += n;
	return p;
}

void *
gb_arena_alloc(GbArena *a, size_t n)
{
	void	   *p = gb_arena_alloc_raw(a, n);

	memset(p, 0, ARENA_ALIGN(n ? n : 1));
	return p;
}

char *
gb_arena_strndup(GbArena *a, const char *s, size_t n)
{
	char	   *p = gb_arena_alloc_raw(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
gb_arena_strdup(GbArena *a, const char *s)
{
	return s ? gb_arena_strndup(a, s, strlen(s)) : NULL;
}

/*
 * The strings given, up to a NULL, joined into one of the arena's: a name
 * put together from a head and a span ("Đoàn TNCS Hồ Chí Minh " and "tỉnh
 * Bắc Giang"), with no buffer sized by hand at each caller.
 */
char *
gb_arena_concat(GbArena *a,...)
{
	va_list		ap;
	const char *s;
	size_t		n = 0;
	char	   *out,
			   *p;

	va_start(ap, a);
	while ((s = va_arg(ap, const char *)) != NULL)
		n += strlen(s);
	va_end(ap);
	p = out = gb_arena_alloc_raw(a, n + 1);
	va_start(ap, a);
	while ((s = va_arg(ap, const char *)) != NULL)
	{
		size_t		k = strlen(s);

		memcpy(p, s, k);
		p += k;
	}
	va_end(ap);
	*p = '\0';
	return out;
}

void
gb_arena_free(GbArena *a)
{
	GbArenaBlock *b;

	if (a == NULL)
		return;
	b = a->head;
	while (b)
	{
		GbArenaBlock *next = b->next;

		gb_free(b);
		b = next;
	}
	gb_free(a);
}

/* ---- buffers ----------------------------------------------------------- */

void
gb_buf_reserve(GbBuf *b, size_t extra)
{
	size_t		need = b->len + extra;

	if (need <= b->cap)
		return;
	if (b->cap == 0)
		b->cap = 256;
	while (b->cap < need)
		b->cap *= 2;
	b->data = gb_realloc(b->data, b->cap);
}

void
gb_buf_append(GbBuf *b, const char *s, size_t n)
{
	gb_buf_reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
}

void
gb_buf_putc(GbBuf *b, char c)
{
	if (b->len == b->cap)
		gb_buf_reserve(b, 1);
	b->data[b->len++] = c;
}

void
gb_buf_put_cp(GbBuf *b, uint32_t cp)
{
	if (cp < 0x80)
	{
		gb_buf_putc(b, (char) cp);
		return;
	}
	gb_buf_reserve(b, 4);
	b->len += gb_utf8_encode(cp, b->data + b->len);
}

/* ---- UTF-8 ------------------------------------------------------------- */

uint32_t
gb_utf8_next(const unsigned char *s, size_t len, size_t *i)
{
	size_t		p = *i;
	uint32_t	c = s[p];
	int			n,
				k;
	uint32_t	min;

	if (c < 0x80)
	{
		*i = p + 1;
		return c;
	}
	if ((c & 0xE0) == 0xC0)
		n = 1, c &= 0x1F, min = 0x80;
	else if ((c & 0xF0) == 0xE0)
		n = 2, c &= 0x0F, min = 0x800;
	else if ((c & 0xF8) == 0xF0)
		n = 3, c &= 0x07, min = 0x10000;
	else
	{
		*i = p + 1;
		return 0xFFFD;
	}
	for (k = 1; k <= n; k++)
	{
		if (p + k >= len || (s[p + k] & 0xC0) != 0x80)
		{
			*i = p + 1;
			return 0xFFFD;
		}
		c = (c << 6) | (s[p + k] & 0x3F);
	}
	*i = p + n + 1;
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0xFFFD;
	return c;
}

int
gb_utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *) out;

	if (cp < 0x80)
	{
		o[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		o[0] = (unsigned char) (0xC0 | (cp >> 6));
		o[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		o[0] = (unsigned char) (0xE0 | (cp >> 12));
		o[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char) (0xF0 | (cp >> 18));
	o[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

uint32_t
gb_hash(const char *s, size_t n)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 16777619u;
	}
	return h;
}
