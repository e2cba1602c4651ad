/*
 * gb_cli.c
 *	  Run the extraction core on files, without PostgreSQL, and print what
 *	  gb_extract() would return as JSON (the shape of to_jsonb(gb_report)).
 *
 *	  gb_cli [--published YYYY-MM-DD] FILE...
 *
 * Used by test/score_local.py and for looking at one report quickly.
 */
#include "gb_core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
json_str(const char *s)
{
	if (s == NULL)
	{
		fputs("null", stdout);
		return;
	}
	putchar('"');
	for (; *s; s++)
	{
		unsigned char c = (unsigned char) *s;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c == '\n')
			fputs("\\n", stdout);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

static void
json_date(GbDate d)
{
	if (d.y == 0)
		fputs("null", stdout);
	else
		printf("\"%04d-%02d-%02d\"", d.y, d.m, d.d);
}

static void
json_strs(char **v, int n)
{
	int			i;

	if (v == NULL)
	{
		fputs("null", stdout);
		return;
	}
	putchar('[');
	for (i = 0; i < n; i++)
	{
		if (i)
			putchar(',');
		json_str(v[i]);
	}
	putchar(']');
}

static void
json_tri(int v)
{
	fputs(v < 0 ? "null" : v ? "true" : "false", stdout);
}

static void
print_report(const GbResult *r, GbDate published)
{
	const GbMeeting *m = &r->meeting;
	int			i;

	if (published.y == 0)
		published = m->published;
	fputs("{\"title\":", stdout);
	json_str(m->title);
	fputs(",\"source\":", stdout);
	json_str(m->source);
	fputs(",\"author\":", stdout);
	json_str(m->author);
	fputs(",\"published\":", stdout);
	json_date(published);
	fputs(",\"meeting_kind\":", stdout);
	json_str(m->meeting_kind);
	fputs(",\"held_on\":", stdout);
	json_date(m->held_on);
	fputs(",\"date_inferred\":", stdout);
	json_tri(m->date_inferred);
	fputs(",\"time_of_day\":", stdout);
	json_str(m->time_of_day);
	fputs(",\"organizer\":", stdout);
	json_str(m->organizer);
	fputs(",\"period\":", stdout);
	if (m->period_lo.y && m->period_hi.y)
		printf("\"[%04d-%02d-%02d,%04d-%02d-%02d)\"", m->period_lo.y, m->period_lo.m,
			   m->period_lo.d, m->period_hi.y, m->period_hi.m, m->period_hi.d);
	else
		fputs("null", stdout);
	fputs(",\"period_text\":", stdout);
	json_str(m->period_text);
	fputs(",\"scope\":", stdout);
	json_str(m->scope);
	fputs(",\"online\":", stdout);
	json_tri(m->online);
	fputs(",\"bridge_points\":", stdout);
	json_strs(m->bridge_points, m->nbridge_points);
	fputs(",\"chairs\":", stdout);
	json_strs(m->chairs, m->nchairs);

	fputs(",\"citations\":[", stdout);
	for (i = 0; i < r->ncitations; i++)
	{
		const GbCitation *c = &r->citations[i];

		if (i)
			putchar(',');
		fputs("{\"kind\":", stdout);
		json_str(c->kind);
		fputs(",\"number\":", stdout);
		json_str(c->number);
		fputs(",\"code\":", stdout);
		json_str(c->code);
		fputs(",\"issued\":", stdout);
		json_date(c->issued);
		fputs(",\"issuer\":", stdout);
		json_str(c->issuer);
		fputs(",\"plenum\":", stdout);
		if (c->plenum)
			printf("%d", c->plenum);
		else
			fputs("null", stdout);
		fputs(",\"term\":", stdout);
		json_str(c->term);
		fputs(",\"subject\":", stdout);
		json_str(c->subject);
		fputs(",\"key\":", stdout);
		json_str(c->key);
		printf(",\"mentions\":%d,\"span\":\"[%u,%u)\",\"raw\":", c->mentions,
			   c->span_start + 1, c->span_end + 1);
		json_str(c->raw);
		putchar('}');
	}
	fputs("],\"officials\":[", stdout);
	for (i = 0; i < r->nofficials; i++)
	{
		const GbOfficial *o = &r->officials[i];

		if (i)
			putchar(',');
		fputs("{\"name\":", stdout);
		json_str(o->name);
		fputs(",\"name_key\":", stdout);
		json_str(o->name_key);
		fputs(",\"honorific\":", stdout);
		json_str(o->honorific);
		fputs(",\"titles\":", stdout);
		json_strs(o->titles, o->ntitles);
		fputs(",\"roles\":", stdout);
		json_strs(o->roles, o->nroles);
		printf(",\"mentions\":%d,\"span\":\"[%u,%u)\"}", o->mentions,
			   o->span_start + 1, o->span_end + 1);
	}
	fputs("]}\n", stdout);
}

int
main(int argc, char **argv)
{
	GbDate		published = {0, 0, 0};
	int			i;

	for (i = 1; i < argc; i++)
	{
		FILE	   *f;
		long		n;
		char	   *buf;
		GbResult   *r;

		if (strcmp(argv[i], "--published") == 0 && i + 1 < argc)
		{
			if (sscanf(argv[++i], "%d-%d-%d", &published.y, &published.m, &published.d) != 3)
				published.y = 0;
			continue;
		}
		f = fopen(argv[i], "rb");
		if (f == NULL)
		{
			perror(argv[i]);
			return 1;
		}
		fseek(f, 0, SEEK_END);
		n = ftell(f);
		fseek(f, 0, SEEK_SET);
		buf = malloc((size_t) n + 1);
		if (buf == NULL || fread(buf, 1, (size_t) n, f) != (size_t) n)
		{
			fprintf(stderr, "%s: cannot read\n", argv[i]);
			return 1;
		}
		fclose(f);
		buf[n] = '\0';
		r = gb_extract(buf, (size_t) n, published, GB_WANT_ALL);
		print_report(r, published);
		gb_result_free(r);
		free(buf);
	}
	return 0;
}
