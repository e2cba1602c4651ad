/*
 * gb_bench.c
 *	  Time gb_extract on large inputs, without PostgreSQL: seconds, ms per MB,
 *	  and the longest stretch without a call to the interrupt hook (what bounds
 *	  how soon a statement can be cancelled).
 *
 *	  gb_bench KIND MB
 *
 * KIND: reports (the sample reports, concatenated and repeated), cite (one
 * citation repeated), line (test/bench.sh's repeated line: a citation and an
 * official), distinct (a new document every 40 bytes), officials ("đồng chí
 * A, " repeated), marks (combining marks alone).  Used by test/linearity.sh.
 * The library's tables are built by a first, short call, outside the timing;
 * the page faults of the timed call are printed, so that a cost that does not
 * grow with the input (buffers touched for the first time) shows.
 *
 *	  gb_bench corpus MB FILE
 *
 * corpus: each report of FILE (test/gen_reports.py's output: ref, date,
 * body, in COPY's text format) extracted on its own with its date, as
 * gb_extract(body, published) takes the rows of a table, over the first MB
 * of bodies: the cost per document next to the cost per byte.
 */
#include "gb_core.h"
#include "gb_internal.h"
#include "gazetteer.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

static double last_hook,
			max_gap;
static long ncalls;

/*
 * The wall clock, or with GB_BENCH_CPU set the thread's CPU time, which
 * others' work on a shared machine moves less.
 */
static double
now(void)
{
	static int	cpu = -1;
	struct timespec ts;

	if (cpu < 0)
		cpu = getenv("GB_BENCH_CPU") != NULL;
	clock_gettime(cpu ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
hook(void)
{
	double		t = now();

	if (t - last_hook > max_gap)
		max_gap = t - last_hook;
	last_hook = t;
	ncalls++;
}

/* the sample reports in dir, concatenated, one blank line apart */
static char *
read_reports(const char *dir, size_t *len)
{
	DIR		   *d = opendir(dir);
	struct dirent *e;
	char	   *buf = NULL;
	size_t		n = 0;

	if (d == NULL)
	{
		perror(dir);
		exit(2);
	}
	while ((e = readdir(d)) != NULL)
	{
		char		path[4096];
		FILE	   *f;
		long		sz;

		if (strstr(e->d_name, ".txt") == NULL)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		f = fopen(path, "rb");
		if (f == NULL)
			continue;
		fseek(f, 0, SEEK_END);
		sz = ftell(f);
		fseek(f, 0, SEEK_SET);
		buf = realloc(buf, n + sz + 2);
		n += fread(buf + n, 1, sz, f);
		buf[n++] = '\n';
		buf[n++] = '\n';
		fclose(f);
	}
	closedir(d);
	*len = n;
	return buf;
}

/* one field of a line in COPY's text format, unescaped in place */
static char *
copy_field(char **line)
{
	char	   *s = *line,
			   *w = s,
			   *r = s;

	while (*r && *r != '\t' && *r != '\n')
	{
		if (*r == '\\' && r[1])
		{
			r++;
			*w++ = *r == 'n' ? '\n' : *r == 't' ? '\t' : *r == 'r' ? '\r' : *r;
			r++;
		}
		else
			*w++ = *r++;
	}
	*line = *r ? r + 1 : r;
	*w = '\0';
	return s;
}

/* each body of a corpus file extracted on its own, up to target bytes */
static int
bench_corpus(const char *path, size_t target)
{
	FILE	   *f = fopen(path, "rb");
	char	   *line = NULL;
	size_t		cap = 0,
				bytes = 0;
	long		docs = 0,
				ncit = 0,
				noff = 0;
	double		t = 0;

	if (f == NULL)
	{
		perror(path);
		return 2;
	}
	while (bytes < target && getline(&line, &cap, f) > 0)
	{
		char	   *p = line,
				   *date,
				   *body;
		GbDate		pub = {0, 0, 0};
		GbResult   *r;
		double		t0;

		(void) copy_field(&p);
		date = copy_field(&p);
		body = copy_field(&p);
		if (sscanf(date, "%d-%d-%d", &pub.y, &pub.m, &pub.d) != 3)
			memset(&pub, 0, sizeof(pub));
		t0 = now();
		r = gb_extract(body, strlen(body), pub, GB_WANT_ALL);
		t += now() - t0;
		bytes += strlen(body);
		docs++;
		ncit += r->ncitations;
		noff += r->nofficials;
		gb_result_free(r);
	}
	printf("corpus     %7.1f MB %8.3f s %8.1f ms/MB  %ld documents, %.1f us each  %ld citations %ld officials\n",
		   bytes / 1048576.0, t, t * 1000 / (bytes / 1048576.0), docs,
		   docs ? t * 1e6 / docs : 0, ncit, noff);
	free(line);
	fclose(f);
	return 0;
}

/*
 * How much of a corpus a skip-ahead extractor could leave untokenized: the
 * share of word bytes farther than a few words from any token where some
 * rule can start (a document type, a title, an honorific or a role, a rank,
 * meeting vocabulary, a time of day, a byline's or a date's label; a number,
 * a Roman numeral, a capitalized word).  Each body is tokenized as
 * gb_extract() would; "caps" counts capitalized words as starts, "nocaps"
 * does not (a lower bound no real design reaches: names start officials).
 */
static int
bench_live(const char *path, size_t target)
{
	static const int after[] = {0, 2, 4, 8, 16};
	FILE	   *f = fopen(path, "rb");
	char	   *line = NULL;
	size_t		cap = 0,
				bytes = 0;
	double		total = 0,
				live[2][sizeof(after) / sizeof(after[0])] = {{0}};
	const GbCats starts = CAT_DOCTYPE | CAT_TITLE | CAT_HONORIFIC | CAT_ROLE |
		CAT_RANK | CAT_MEETKIND | CAT_MEETWORD | CAT_TIMEOFDAY |
		CAT_PUBLABEL | CAT_BYLABEL;
	const GbPhrase *ph;
	GbDoc		doc;

	if (f == NULL)
	{
		perror(path);
		return 2;
	}
	gb_result_free(gb_extract("Hội nghị", strlen("Hội nghị"), (GbDate) {0, 0, 0}, GB_WANT_ALL));
	memset(&doc, 0, sizeof(doc));
	doc.arena = gb_arena_new();
	while (bytes < target && getline(&line, &cap, f) > 0)
	{
		char	   *p = line,
				   *body;

		(void) copy_field(&p);
		(void) copy_field(&p);
		body = copy_field(&p);
		bytes += strlen(body);
		doc.orig = body;
		doc.first_chunk = doc.last_chunk = true;
		gb_doc_tokenize(&doc, body, strlen(body), 0);
		for (int caps = 0; caps < 2; caps++)
			for (size_t w = 0; w < sizeof(after) / sizeof(after[0]); w++)
			{
				int			reach = -1;		/* last token a start covers */

				for (int i = 0; i < doc.ntok; i++)
				{
					const GbTok *t = &doc.tok[i];
					uint16_t	start = T_NUM | T_ROMAN | (caps ? T_UPPER : 0);

					if ((t->flags & start) || gb_dict_match(&doc, i, starts, &ph) > 0)
						reach = i + after[w];
					if (!(t->flags & T_PUNCT) && i <= reach)
						live[caps][w] += t->oe - t->os;
					if (caps == 0 && w == 0 && !(t->flags & T_PUNCT))
						total += t->oe - t->os;
				}
			}
	}
	printf("live: %.1f MB, %.1f MB in words; share of word bytes within N words after a start\n",
		   bytes / 1048576.0, total / 1048576.0);
	for (int caps = 1; caps >= 0; caps--)
	{
		printf("%-7s", caps ? "caps" : "nocaps");
		for (size_t w = 0; w < sizeof(after) / sizeof(after[0]); w++)
			printf("  N=%-2d %5.1f%%", after[w], total ? 100 * live[caps][w] / total : 0);
		printf("\n");
	}
	gb_arena_free(doc.arena);
	gb_doc_free(&doc);
	free(line);
	fclose(f);
	return 0;
}

int
main(int argc, char **argv)
{
	const char *kind;
	size_t		target,
				len = 0,
				unit_len = 0;
	char	   *text,
			   *unit = NULL;
	double		t0,
				t1;
	GbResult   *r;
	struct rusage ru0,
				ru1;

	if (argc < 3)
	{
		fprintf(stderr, "usage: gb_bench reports|cite|line|distinct|officials|marks MB [SEEDDIR]\n"
				"       gb_bench corpus|live MB FILE\n");
		return 2;
	}
	kind = argv[1];
	target = (size_t) (atof(argv[2]) * 1024 * 1024);
	if (strcmp(kind, "corpus") == 0)
	{
		if (argc < 4)
		{
			fprintf(stderr, "gb_bench corpus: a corpus file is needed\n");
			return 2;
		}
		return bench_corpus(argv[3], target);
	}
	if (strcmp(kind, "live") == 0)
	{
		if (argc < 4)
		{
			fprintf(stderr, "gb_bench live: a corpus file is needed\n");
			return 2;
		}
		return bench_live(argv[3], target);
	}
	text = malloc(target + 4096);

	if (strcmp(kind, "reports") == 0)
		unit = read_reports(argc > 3 ? argv[3] : "test/data/seeds", &unit_len);
	else if (strcmp(kind, "cite") == 0)
		unit = strdup("Quy định số 1 ngày 1/1/2020 của Bộ Chính trị; ");
	else if (strcmp(kind, "line") == 0)
		unit = strdup("Quy định số 1 ngày 1/1/2020 của Bộ Chính trị; đồng chí Nguyễn Văn A, ");
	else if (strcmp(kind, "officials") == 0)
		unit = strdup("đồng chí A, ");
	else if (strcmp(kind, "marks") == 0)
		unit = strdup("\xcc\x81\xcc\xa3");
	else if (strcmp(kind, "distinct") != 0)
	{
		fprintf(stderr, "unknown kind %s\n", kind);
		return 2;
	}
	if (unit && !unit_len)
		unit_len = strlen(unit);

	if (unit)
		while (len + unit_len <= target)
		{
			memcpy(text + len, unit, unit_len);
			len += unit_len;
		}
	else
		for (long g = 1; len + 64 <= target; g++)
			len += (size_t) sprintf(text + len, "Quyết định số %ld của Ban Bí thư; ", (g - 1) % 999999 + 1);

	gb_result_free(gb_extract("Hội nghị", strlen("Hội nghị"), (GbDate) {0, 0, 0}, GB_WANT_ALL));
	gb_set_interrupt_hook(hook);
	getrusage(RUSAGE_SELF, &ru0);
	t0 = last_hook = now();
	r = gb_extract(text, len, (GbDate) {0, 0, 0}, GB_WANT_ALL);
	t1 = now();
	getrusage(RUSAGE_SELF, &ru1);
	if (t1 - last_hook > max_gap)
		max_gap = t1 - last_hook;
	printf("%-10s %7.1f MB %8.3f s %8.1f ms/MB  max gap %6.3f s  %d citations %d officials  %ld faults\n",
		   kind, len / 1048576.0, t1 - t0, (t1 - t0) * 1000 / (len / 1048576.0),
		   max_gap, r->ncitations, r->nofficials, ru1.ru_minflt - ru0.ru_minflt);
	gb_result_free(r);
	free(text);
	free(unit);
	return 0;
}
