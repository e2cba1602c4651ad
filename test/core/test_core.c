/*
 * test_core.c
 *	  Unit tests of the extraction core, without PostgreSQL.
 *
 * Each CHECK prints what failed; the last line is "N passed, N failed" and
 * the exit status is non-zero on any failure.
 */
#include "gb_core.h"
#include "gb_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int	passed = 0;
static int	failed = 0;

#define CHECK(cond, ...) \
	do { \
		if (cond) \
			passed++; \
		else \
		{ \
			failed++; \
			printf("FAIL %s:%d: ", __FILE__, __LINE__); \
			printf(__VA_ARGS__); \
			putchar('\n'); \
		} \
	} while (0)

static char *
norm(const char *s)
{
	size_t		n;

	return gb_normalize(s, strlen(s), &n);
}

static void
check_norm(const char *in, const char *want)
{
	char	   *got = norm(in);

	CHECK(strcmp(got, want) == 0, "gb_normalize(\"%s\") = \"%s\", want \"%s\"", in, got, want);
	free(got);
}

static void
check_fold(const char *in, const char *want)
{
	size_t		n;
	char	   *got = gb_fold(in, strlen(in), &n);

	CHECK(strcmp(got, want) == 0 && n == strlen(want),
		  "gb_fold(\"%s\") = \"%s\", want \"%s\"", in, got, want);
	free(got);
}

static void
test_normalize(void)
{
	/* NFD (decomposed) input composes */
	check_norm("Tru\xcc\x9bo\xcc\x9bng Thi\xcc\xa3 Mai", "Trương Thị Mai");
	check_norm("U\xcc\x89y ban", "Ủy ban");
	/* old tone placement: hoá -> hóa, khoẻ -> khỏe, uỷ -> ủy */
	check_norm("hoá khoẻ uỷ Thuỷ thuý hoà", "hóa khỏe ủy Thủy thúy hòa");
	check_norm("HOÁ UỶ", "HÓA ỦY");
	/* other shapes stay */
	check_norm("quý quỳ khuỷu hoàn thuyết ngoài", "quý quỳ khuỷu hoàn thuyết ngoài");
	/* spaces, dashes, quotes, invisible characters, line ends */
	check_norm("a\xc2\xa0" "b\xe2\x80\x93" "c\xe2\x80\x9c" "d\xe2\x80\x9d" "e\xe2\x80\x8b" "f",
			   "a b-c\"d\"ef");
	check_norm("a\r\nb\rc", "a\nb\nc");
	check_norm("", "");
	/* invalid UTF-8 becomes U+FFFD, never a crash */
	check_norm("a\xff" "b", "a\xef\xbf\xbd" "b");
	check_norm("\xe1\xba", "\xef\xbf\xbd\xef\xbf\xbd");
}

/* normalize(normalize(x)) == normalize(x) and fold(normalize(x)) == fold(x) */
static void
check_stable(const char *label, const char *in, size_t len)
{
	size_t		n1,
				n2,
				f1,
				f2;
	char	   *a = gb_normalize(in, len, &n1);
	char	   *b = gb_normalize(a, n1, &n2);
	char	   *fa = gb_fold(in, len, &f1);
	char	   *fb = gb_fold(a, n1, &f2);

	CHECK(n1 == n2 && memcmp(a, b, n1) == 0, "%s: normalize not idempotent", label);
	CHECK(f1 == f2 && memcmp(fa, fb, f1) == 0, "%s: fold(normalize(x)) != fold(x)", label);
	free(a);
	free(b);
	free(fa);
	free(fb);
}

/* inputs the fuzzer found (test/fuzz/fuzz_core.c) */
static void
test_fuzz_regressions(void)
{
	char		buf[256];
	size_t		k,
				n;
	char	   *out;

	/* a tone move left "a" bare before a stray hook above: "oã" + U+0309 */
	check_stable("oa + tilde + hook", "oa\xcc\x83\xcc\x89", 6);
	check_norm("oa\xcc\x83\xcc\x89", "o\xc3\xa3\xcc\x89");
	/* 40 marks on one letter were normalized in pieces of 32 */
	memcpy(buf, "h", 1);
	for (k = 0; k < 40; k++)
		memcpy(buf + 1 + 2 * k, k % 3 ? "\xcc\x81" : "\xcc\xa3", 2);
	check_stable("stacked marks", buf, 81);
	out = gb_normalize(buf, 81, &n);
	CHECK(n <= 3 + 2 * 31, "stacked marks cut at 32 code points: %zu bytes", n);
	free(out);
}

static void
test_fold(void)
{
	check_fold("Trương Thị Mai", "truong thi mai");
	check_fold("  ĐẢNG  Cộng\nsản ", "dang cong san");
	check_fold("Uỷ ban", "uy ban");
	check_fold("", "");
}

static GbResult *
extract(const char *s, int y, int m, int d)
{
	GbDate		p = {y, m, d};

	return gb_extract(s, strlen(s), p, GB_WANT_ALL);
}

static void
test_citations(void)
{
	GbResult   *r;
	const char *text;

	r = extract("Quy định 205- QĐ/TW ngày 23-9-2019 của Bộ Chính trị về kiểm soát quyền lực.", 0, 0, 0);
	CHECK(r->ncitations == 1, "one citation, got %d", r->ncitations);
	if (r->ncitations == 1)
	{
		GbCitation *c = &r->citations[0];

		CHECK(strcmp(c->kind, "Quy định") == 0, "kind %s", c->kind);
		CHECK(strcmp(c->number, "205") == 0, "number %s", c->number);
		CHECK(c->code && strcmp(c->code, "205-QĐ/TW") == 0, "code %s", c->code);
		CHECK(c->issued.y == 2019 && c->issued.m == 9 && c->issued.d == 23, "issued");
		CHECK(c->issuer && strcmp(c->issuer, "Bộ Chính trị") == 0, "issuer");
		CHECK(c->term && strcmp(c->term, "XII") == 0, "term %s", c->term);
		CHECK(c->subject && strcmp(c->subject, "kiểm soát quyền lực") == 0, "subject %s", c->subject);
		CHECK(strcmp(c->raw, "Quy định 205- QĐ/TW") == 0, "raw %s", c->raw);
		CHECK(c->span_start == 0 && c->span_end == 19, "span [%u,%u)", c->span_start, c->span_end);
	}
	gb_result_free(r);

	/* spans count characters of the original, NFD included */
	text = "U\xcc\x89y vie\xcc\x82n: Chi\xcc\x89 thi\xcc\xa3 35";
	r = extract(text, 0, 0, 0);
	CHECK(r->ncitations == 1 && r->citations[0].span_start == 11 && r->citations[0].span_end == 23,
		  "NFD span [%u,%u)", r->ncitations ? r->citations[0].span_start : 0,
		  r->ncitations ? r->citations[0].span_end : 0);
	gb_result_free(r);

	/* plenum resolutions of two terms, and short forms */
	r = extract("Nghị quyết Trung ương 4 (khóa XI, XII). Chỉ thị 36 và Chỉ thị 35 của Bộ Chính trị. "
				"Chỉ thị 35 yêu cầu.", 0, 0, 0);
	CHECK(r->ncitations == 4, "four documents, got %d", r->ncitations);
	if (r->ncitations == 4)
	{
		CHECK(r->citations[0].plenum == 4 && strcmp(r->citations[0].term, "XI") == 0, "TW4 XI");
		CHECK(r->citations[1].plenum == 4 && strcmp(r->citations[1].term, "XII") == 0, "TW4 XII");
		CHECK(r->citations[2].issuer && strcmp(r->citations[2].issuer, "Bộ Chính trị") == 0,
			  "list issuer");
		CHECK(r->citations[3].mentions == 2, "short form counted: %d", r->citations[3].mentions);
	}
	gb_result_free(r);

	/* not citations */
	r = extract("các nghị quyết, quy định của Đảng; 10/15 đề án; 63/63 tỉnh; Đại hội XIII; "
				"Bộ Chính trị quyết định thành lập.", 0, 0, 0);
	CHECK(r->ncitations == 0, "no citations, got %d", r->ncitations);
	gb_result_free(r);

	/* an impossible date is no date */
	r = extract("Chỉ thị số 9 ngày 31/2/2024 của Bộ Chính trị", 0, 0, 0);
	CHECK(r->ncitations == 1 && r->citations[0].issued.y == 0, "31/2 gives no date");
	gb_result_free(r);

	CHECK(gb_date_valid(2024, 2, 29) && !gb_date_valid(2023, 2, 29) && !gb_date_valid(2024, 13, 1),
		  "gb_date_valid");
}

/* ---- citations: rules found on real report text -------------------------- */

static bool
str_is(const char *got, const char *want)
{
	return got && strcmp(got, want) == 0;
}

/* The citation of kind with number (or plenum when number is NULL), or NULL. */
static const GbCitation *
find_cit(const GbResult *r, const char *kind, const char *number, int plenum)
{
	int			k;

	for (k = 0; k < r->ncitations; k++)
	{
		const GbCitation *c = &r->citations[k];

		if (strcmp(c->kind, kind) != 0)
			continue;
		if (number ? str_is(c->number, number) : (!c->number && c->plenum == plenum))
			return c;
	}
	return NULL;
}

#define CHECK_STR(got, want, what) \
	CHECK(str_is((got), (want)), "%s: got %s, want %s", (what), (got) ? (got) : "NULL", (want))

/* G2: the issuer of "ban hành", of a group noun, after a comma, abbreviated, "Thay mặt" */
static void
test_cit_issuer(void)
{
	GbResult   *r;
	const GbCitation *c;

	/* adverbs between the body and "ban hành" */
	r = extract("Chiều 3/4, Ban Thường vụ Huyện ủy Lạc Sơn đã kịp thời ban hành Kế hoạch số 23 "
				"về tổ chức đại hội chi bộ thôn.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "23", 0);
	CHECK(c != NULL, "Kế hoạch 23 found");
	if (c)
		CHECK_STR(c->issuer, "Ban Thường vụ Huyện ủy Lạc Sơn", "issuer past adverbs");
	gb_result_free(r);

	/* a long body name, and its term written between the body and the verb */
	r = extract("Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương đã nhanh chóng ban hành "
				"Hướng dẫn số 17 về công tác nhân sự.", 0, 0, 0);
	c = find_cit(r, "Hướng dẫn", "17", 0);
	CHECK(c && str_is(c->issuer, "Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương"),
		  "long body: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	r = extract("Hội nghị lần thứ 7, Ban Chấp hành Trung ương Đảng - khóa XII, đã ban hành "
				"Nghị quyết số 26 – NQ/TW về cán bộ các cấp.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "26", 0);
	CHECK(c != NULL, "Nghị quyết 26 found");
	if (c)
	{
		CHECK_STR(c->issuer, "Ban Chấp hành Trung ương", "issuer before '- khóa XII,'");
		CHECK_STR(c->term, "XII", "term written on the issuer");
		CHECK_STR(c->code, "26-NQ/TW", "code");
	}
	gb_result_free(r);

	r = extract("Ngày 4-6-2016, Ban Chấp hành Đảng bộ tỉnh khóa XVI đã ban hành "
				"Nghị quyết số 03-NQ/TU về phát triển lâm nghiệp.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "3", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Đảng bộ tỉnh") && str_is(c->term, "XVI"),
		  "provincial committee with its term: %s %s", c && c->issuer ? c->issuer : "NULL",
		  c && c->term ? c->term : "NULL");
	gb_result_free(r);

	/* a group noun gives its issuer to the documents it lists */
	r = extract("Hội nghị quán triệt 02 Quy định của Bộ Chính trị, gồm: Quy định số 131-QĐ/TW "
				"về kiểm soát quyền lực, Quy định số 132-QĐ/TW về công tác kiểm tra. "
				"Quy định số 133-QĐ/TW cũng được giới thiệu.", 0, 0, 0);
	c = find_cit(r, "Quy định", "131", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị"), "group noun, first item");
	c = find_cit(r, "Quy định", "132", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị"), "group noun, second item");
	c = find_cit(r, "Quy định", "133", 0);
	CHECK(c && !c->issuer, "group noun ends with its list");
	gb_result_free(r);

	/* a comma between the date and "của" */
	r = extract("Quy định này thay thế Quy định số 76-QĐ/TW, ngày 15-6-2017, của Bộ Chính trị.",
				0, 0, 0);
	c = find_cit(r, "Quy định", "76", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị") && c->issued.y == 2017,
		  "', của' after the date");
	gb_result_free(r);

	/* abbreviated standing committees */
	r = extract("Thực hiện Kế hoạch số 47 và Hướng dẫn số 12 của Ban TVTU về bầu cử.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "47", 0);
	CHECK(c && str_is(c->issuer, "Ban Thường vụ Tỉnh ủy"), "Ban TVTU, shared");
	c = find_cit(r, "Hướng dẫn", "12", 0);
	CHECK(c && str_is(c->issuer, "Ban Thường vụ Tỉnh ủy"), "Ban TVTU");
	gb_result_free(r);

	/* the body after "Thay mặt" is the issuer, the signer never is */
	r = extract("Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Đỗ Minh Trí đã ký ban hành "
				"Quy định 97 về tiếp công dân.", 0, 0, 0);
	c = find_cit(r, "Quy định", "97", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị"), "Thay mặt: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	r = extract("Thường trực Ban Bí thư Đỗ Minh Trí đã ký ban hành Quy định 98.", 0, 0, 0);
	c = find_cit(r, "Quy định", "98", 0);
	CHECK(c && !c->issuer, "a person is no issuer: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
}

/* G11: ", khóa XI" right after a plenum or number citation is its term */
static void
test_cit_comma_term(void)
{
	GbResult   *r;
	const GbCitation *c,
			   *c2;

	r = extract("Các chi bộ học tập Nghị quyết Trung ương 7, khóa XII về chính sách tiền lương. "
				"Nghị quyết Trung ương 7 khóa XIII cũng được quán triệt.", 0, 0, 0);
	CHECK(r->ncitations == 2, "two plenum resolutions, got %d", r->ncitations);
	if (r->ncitations == 2)
	{
		c = &r->citations[0];
		c2 = &r->citations[1];
		CHECK(c->plenum == 7 && str_is(c->term, "XII"), "', khóa XII' is the term");
		CHECK(c->subject && str_is(c->subject, "chính sách tiền lương"), "subject after the term");
		CHECK(strcmp(c->key, c2->key) != 0, "two terms, two keys: %s", c->key);
	}
	gb_result_free(r);
}

/* G12: "TƯ" in a code is TW: one document, one key */
static void
test_cit_code_tu(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Ngày 8/2/2022, Bộ Chính trị ban hành Quy định số 58-QĐ/TƯ về bảo vệ chính trị nội bộ. "
				"Quy định số 58-QĐ/TW thay thế quy định cũ.", 0, 0, 0);
	CHECK(r->ncitations == 1, "one document, got %d", r->ncitations);
	c = find_cit(r, "Quy định", "58", 0);
	if (c)
	{
		CHECK_STR(c->code, "58-QĐ/TW", "canonical code");
		CHECK(c->mentions == 2, "two mentions, got %d", c->mentions);
		CHECK_STR(c->key, "quy-dinh:58-qd/tw@xiii", "key");
	}
	gb_result_free(r);

	r = extract("Thực hiện Hướng dẫn số 31-HD/BTCTƯ về đánh giá cán bộ.", 0, 0, 0);
	c = find_cit(r, "Hướng dẫn", "31", 0);
	CHECK(c && str_is(c->code, "31-HD/BTCTW") && str_is(c->issuer, "Ban Tổ chức Trung ương"),
		  "BTCTƯ: %s", c && c->code ? c->code : "NULL");
	gb_result_free(r);
}

/* G8: "T.Ư" is "Trung ương" in plenum citations */
static void
test_cit_tu_dot(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Hội nghị nghiên cứu Nghị quyết Hội nghị lần thứ năm Ban Chấp hành T.Ư Đảng khóa XII.",
				0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 5);
	CHECK(c && str_is(c->term, "XII"), "Ban Chấp hành T.Ư: plenum 5, term XII");
	gb_result_free(r);

	r = extract("Tiếp tục thực hiện Nghị quyết T.Ư 9, khóa XIII về văn hóa.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 9);
	CHECK(c && str_is(c->term, "XIII"), "T.Ư 9, khóa XIII");
	gb_result_free(r);
}

/* G13: a lower-case type that is also a verb, with a bare count, is no document */
static void
test_cit_verb_count(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Các tổ đảng cần thực hiện quy định 1 cách nghiêm túc và quyết định 2 việc cần làm.",
				0, 0, 0);
	CHECK(r->ncitations == 0, "no citations, got %d", r->ncitations);
	gb_result_free(r);

	/* with an issuer, or as a short form of a document named before, it is one */
	r = extract("Thực hiện quy định 124 của Bộ Chính trị. Quy định số 125-QĐ/TW được ban hành; "
				"các chi bộ thực hiện quy định 125 nghiêm túc.", 0, 0, 0);
	c = find_cit(r, "Quy định", "124", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị"), "lower case with issuer");
	c = find_cit(r, "Quy định", "125", 0);
	CHECK(c && c->mentions == 2, "lower-case short form joins: %d", c ? c->mentions : 0);
	CHECK(r->ncitations == 2, "two documents, got %d", r->ncitations);
	gb_result_free(r);
}

/* G14: "Nghị quyết (NQ) 28": the type's abbreviation in parentheses */
static void
test_cit_abbrev_paren(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Huyện ủy sơ kết 3 năm thực hiện Nghị quyết (NQ) 19 về “Phát triển nông nghiệp "
				"xanh”. Kết quả thực hiện NQ 19 được đánh giá cao.", 0, 0, 0);
	CHECK(r->ncitations == 1, "one document, got %d", r->ncitations);
	c = find_cit(r, "Nghị quyết", "19", 0);
	if (c)
	{
		CHECK(c->mentions == 2, "two mentions, got %d", c->mentions);
		CHECK_STR(c->raw, "Nghị quyết (NQ) 19", "raw");
		CHECK_STR(c->subject, "Phát triển nông nghiệp xanh", "quoted subject");
	}
	gb_result_free(r);
}

/* G3: the subject ends with its clause */
static void
test_cit_subject_end(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Ban Dân vận Huyện ủy quán triệt Chỉ thị số 27-CT/TW về công tác tôn giáo, "
				"Ủy ban nhân dân huyện đã thống nhất kế hoạch.", 0, 0, 0);
	c = find_cit(r, "Chỉ thị", "27", 0);
	CHECK(c && str_is(c->subject, "công tác tôn giáo"), "a new clause: %s",
		  c && c->subject ? c->subject : "NULL");
	gb_result_free(r);

	r = extract("Ban Bí thư ban hành Quy định số 212-QĐ/TW về kiểm tra đảng viên, thay thế "
				"Quy định số 30-QĐ/TW.", 0, 0, 0);
	c = find_cit(r, "Quy định", "212", 0);
	CHECK(c && str_is(c->subject, "kiểm tra đảng viên"), "participle: %s",
		  c && c->subject ? c->subject : "NULL");
	gb_result_free(r);

	r = extract("Quán triệt Nghị quyết số 81-NQ/TW về phát triển văn hóa và Nghị quyết số 82-NQ/TW "
				"về khoa học công nghệ diễn ra vào chiều 5/9.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "81", 0);
	CHECK(c && str_is(c->subject, "phát triển văn hóa"), "list 'và': %s",
		  c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Nghị quyết", "82", 0);
	CHECK(c && str_is(c->subject, "khoa học công nghệ"), "predicate: %s",
		  c && c->subject ? c->subject : "NULL");
	gb_result_free(r);

	r = extract("Thực hiện Kết luận số 66-KL/TW về nhân sự Ban Chấp hành Trung ương (khóa XIV); "
				"Nghị quyết số 14 về 'Đổi mới quản trị địa phương' trên địa bàn huyện.", 0, 0, 0);
	c = find_cit(r, "Kết luận", "66", 0);
	CHECK(c && str_is(c->subject, "nhân sự Ban Chấp hành Trung ương (khóa XIV)"), "brackets: %s",
		  c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Nghị quyết", "14", 0);
	CHECK(c && str_is(c->subject, "Đổi mới quản trị địa phương"), "single quotes: %s",
		  c && c->subject ? c->subject : "NULL");
	gb_result_free(r);
}

static void
test_hostile(void)
{
	size_t		n = 3 * 1024 * 1024,
				k;
	char	   *big = malloc(n + 1);
	const char *unit = "Quy định số 1 ngày 1/1/2020 của Bộ Chính trị; ";
	size_t		ulen = strlen(unit);
	GbResult   *r;
	size_t		reps = 0;

	/* a long repetition across chunk boundaries stays one document */
	for (k = 0; k + ulen <= n; k += ulen, reps++)
		memcpy(big + k, unit, ulen);
	big[k] = '\0';
	r = gb_extract(big, k, (GbDate) {0, 0, 0}, GB_WANT_ALL);
	CHECK(r->ncitations == 1 && (size_t) r->citations[0].mentions == reps,
		  "repeated citation: %d documents, %d mentions of %zu", r->ncitations,
		  r->ncitations ? r->citations[0].mentions : 0, reps);
	gb_result_free(r);

	/* a comma-separated list on one line: chunks are cut at a comma */
	unit = "Chỉ thị số 35 của Bộ Chính trị, ";
	ulen = strlen(unit);
	for (k = 0, reps = 0; k + ulen <= n; k += ulen, reps++)
		memcpy(big + k, unit, ulen);
	r = gb_extract(big, k, (GbDate) {0, 0, 0}, GB_WANT_CITATIONS);
	CHECK(r->ncitations == 1 && (size_t) r->citations[0].mentions == reps,
		  "comma list: %d documents, %d mentions of %zu", r->ncitations,
		  r->ncitations ? r->citations[0].mentions : 0, reps);
	gb_result_free(r);

	/* bytes of every value, combining marks alone, digits alone: no crash */
	for (k = 0; k < n; k++)
		big[k] = (char) (k * 7 + 3);
	r = gb_extract(big, n, (GbDate) {0, 0, 0}, GB_WANT_ALL);
	CHECK(r != NULL, "binary input");
	gb_result_free(r);
	for (k = 0; k + 2 <= n; k += 2)
		memcpy(big + k, "\xcc\x81", 2);
	r = gb_extract(big, k, (GbDate) {0, 0, 0}, GB_WANT_ALL);
	CHECK(r != NULL && r->ncitations == 0, "combining marks");
	gb_result_free(r);
	memset(big, '9', n);
	r = gb_extract(big, n, (GbDate) {0, 0, 0}, GB_WANT_ALL);
	CHECK(r != NULL && r->ncitations == 0, "digits");
	gb_result_free(r);
	r = gb_extract("", 0, (GbDate) {0, 0, 0}, GB_WANT_ALL);
	CHECK(r != NULL && r->ncitations == 0 && r->nofficials == 0, "empty");
	gb_result_free(r);
	free(big);
}

/* gb_fold() gives the same with and without its fast path. */
static bool
same_fold(const char *in, size_t len)
{
	char	   *a,
			   *b;
	size_t		na,
				nb;
	bool		same;

	gb_tokenize_slow_only = false;
	a = gb_fold(in, len, &na);
	gb_tokenize_slow_only = true;
	b = gb_fold(in, len, &nb);
	gb_tokenize_slow_only = false;
	same = na == nb && memcmp(a, b, na) == 0;
	free(a);
	free(b);
	return same;
}

/*
 * The tokenizer's fast path (text normalization leaves alone, straight from
 * the input) must give exactly what the normalizer gives: same normalized
 * and folded text, same tokens.  Tricky pieces, then random mixes of them.
 */
static bool
same_tokens(const char *in, size_t len)
{
	GbDoc		a,
				b;
	bool		same;

	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	gb_tokenize_slow_only = false;
	gb_doc_tokenize(&a, in, len, 7);
	gb_tokenize_slow_only = true;
	gb_doc_tokenize(&b, in, len, 7);
	gb_tokenize_slow_only = false;
	same = a.norm.len == b.norm.len && memcmp(a.norm.data, b.norm.data, a.norm.len) == 0 &&
		a.fold.len == b.fold.len && memcmp(a.fold.data, b.fold.data, a.fold.len) == 0 &&
		a.ntok == b.ntok &&
		(a.ntok == 0 || memcmp(a.tok, b.tok, sizeof(GbTok) * (size_t) a.ntok) == 0);
	gb_doc_free(&a);
	gb_doc_free(&b);
	return same && same_fold(in, len);
}

static void
test_fast_path(void)
{
	static const char *const pieces[] = {
		"Hội nghị ", "ĐẢNG ", "Quy định số 205-QĐ/TW", " ", "\n", "\r\n", "\r", "\t",
		"a\xcc\x81", "o\xcc\x82\xcc\x81", "1\xcc\x81", " \xcc\x81", "\xcc\x81",
		"ho\xc3\xa1", "Ho\xc3\xa1", "u\xe1\xbb\xb7", "\xc3\x90", "\xc2\xa0", "\xe2\x80\x93",
		"\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x8b", "a\xe2\x80\x8b\xcc\x81",
		"\xe1\xbb\x87\xcc\x81", "\xc3\x28", "\xe1\xba", "\xe1\xba\x28", "\xf0\x9f\x98\x80",
		"XIII", "IV.", "\xc3\x82", "\xe1\xba\xa0", "2019", "23-9-2019", "ng\xc3\xa0y",
		"\xc6\xb0\xe1\xbb\x9di", "\xc2\xad", "\x7f", "\xc2\x85", "\xef\xbb\xbf", "x",
		/* NFD in canonical and other orders, too many marks, marks on stand-ins */
		"e\xcc\xa3\xcc\x82", "e\xcc\x82\xcc\xa3", "A\xcc\x80\xcc\x80\xcc\x80\xcc\x80",
		"\xc2\xa0\xcc\x81", "\xc3\x90\xcc\x81", "\xe2\x80\x93\xcc\x81", "U\xcc\x9b\xcc\x80",
		"\xcd\x81", "o\xcd\x80", "1\xcc\x82", "\xe2\x80\xa8", "\xe2\x80\x82", "\x0b",
	};
	const int	npieces = (int) (sizeof(pieces) / sizeof(pieces[0]));
	char		buf[4096];
	unsigned	seed = 12345;
	int			k,
				bad = 0;

	gb_tables_init();
	for (k = 0; k < 256; k++)
		if (((gb_nonword_bytes((uint64_t) k << 24) >> 31) & 1) != !gb_word_byte[k])
			bad++;
	CHECK(bad == 0, "gb_nonword_bytes() and gb_word_byte[] differ on %d bytes", bad);
	bad = 0;

	for (k = 0; k < npieces; k++)
	{
		CHECK(same_tokens(pieces[k], strlen(pieces[k])), "fast path differs on piece %d", k);
		/* cut short: a sequence the input ends inside */
		if (strlen(pieces[k]) > 1)
			CHECK(same_tokens(pieces[k], strlen(pieces[k]) - 1), "fast path differs on piece %d cut", k);
	}
	for (k = 0; k < 3000; k++)
	{
		size_t		n = 0;
		int			m;

		for (m = 0; m < 24; m++)
		{
			const char *p;

			seed = seed * 1103515245u + 12345u;
			p = pieces[(seed >> 8) % (unsigned) npieces];
			memcpy(buf + n, p, strlen(p));
			n += strlen(p);
		}
		if (!same_tokens(buf, n))
			bad++;
	}
	CHECK(bad == 0, "fast path differs on %d of 3000 random mixes", bad);
}

int
main(void)
{
	test_normalize();
	test_fold();
	test_fuzz_regressions();
	test_citations();
	test_cit_issuer();
	test_cit_comma_term();
	test_cit_code_tu();
	test_cit_tu_dot();
	test_cit_verb_count();
	test_cit_abbrev_paren();
	test_cit_subject_end();
	test_hostile();
	test_fast_path();
	printf("core: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
