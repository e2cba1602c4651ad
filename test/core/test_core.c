/*
 * test_core.c
 *	  Unit tests of the extraction core, without PostgreSQL.
 *
 * Each CHECK prints what failed; the last line is "N passed, N failed" and
 * the exit status is non-zero on any failure.
 */
#include "gb_core.h"
#include "gb_internal.h"
#include "gazetteer.h"
#include "names.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

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
	char	   *got = gb_fold(in, strlen(in), &n),
				into[512];
	int			ni = gb_fold_into(in, strlen(in), into, sizeof(into));

	CHECK(strcmp(got, want) == 0 && n == strlen(want),
		  "gb_fold(\"%s\") = \"%s\", want \"%s\"", in, got, want);
	CHECK(ni < 0 || strcmp(into, want) == 0,
		  "gb_fold_into(\"%s\") = \"%s\", want \"%s\"", in, into, want);
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
	check_fold("nghị-quyết:12-nq/tw@xiii Ban Thường vụ Tỉnh ủy",
			   "nghi-quyet:12-nq/tw@xiii ban thuong vu tinh uy");
	{
		const char *nfc = "  ĐẢNG  Cộng\nsản ";
		char		buf[64];

		/* NFC letters and spaces fold in place; NFD and too long a text do not */
		CHECK(gb_fold_into(nfc, strlen(nfc), buf, sizeof(buf)) == 13 &&
			  strcmp(buf, "dang cong san") == 0, "gb_fold_into of NFC text: \"%s\"", buf);
		CHECK(gb_fold_into("Co\xcc\x82\xcc\xa3ng", 8, buf, sizeof(buf)) < 0,
			  "gb_fold_into of NFD text");
		CHECK(gb_fold_into("Trương Thị Mai", strlen("Trương Thị Mai"), buf, 8) < 0,
			  "gb_fold_into past its buffer");
	}
}

/*
 * gb_same_letters() lower-cases Vietnamese letters with gb_vi_lower(), not
 * ICU: it must say what u_tolower() says wherever it answers, and answer
 * for every letter of the language.
 */
static void
test_vi_lower(void)
{
	const char *letters = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ";
	size_t		i = 0,
				n = strlen(letters);
	uint32_t	cp;
	int			wrong = 0;

	for (cp = 0x80; cp < 0x2000; cp++)
		if (gb_vi_lower(cp) >= 0 && gb_vi_lower(cp) != u_tolower((UChar32) cp))
			wrong++;
	CHECK(wrong == 0, "gb_vi_lower() differs from u_tolower() on %d code points", wrong);
	while (i < n)
	{
		cp = gb_utf8_next((const unsigned char *) letters, n, &i);
		CHECK(gb_vi_lower(cp) >= 0 && gb_vi_lower(cp) == u_tolower((UChar32) cp) &&
			  gb_vi_lower((uint32_t) u_tolower((UChar32) cp)) == u_tolower((UChar32) cp),
			  "gb_vi_lower(U+%04X)", cp);
	}
	CHECK(gb_same_letters("Tổ", strlen("Tổ"), "TỔ", strlen("TỔ")) &&
		  !gb_same_letters("Tổ", strlen("Tổ"), "Tô", strlen("Tô")) &&
		  gb_same_letters("ĐẶNG", strlen("ĐẶNG"), "Đặng", strlen("Đặng")) &&
		  !gb_same_letters("Đảng", strlen("Đảng"), "Đặng", strlen("Đặng")),
		  "gb_same_letters() of toned capitals");
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

/*
 * Probe 47 G6: a body of several provinces, counted or listed, issues as
 * one before "ban hành"; counted, after "của" too.  The whole phrase, as
 * written.
 */
static void
test_cit_issuer_joint_provinces(void)
{
	static const struct
	{
		const char *text,
				   *type,
				   *number,
				   *issuer;
	}			cases[] = {
		{"Ngày 24-5-2025, Ban Thường vụ Tỉnh ủy 3 tỉnh Lâm Đồng, Bình Thuận và Đắk Nông đã ban "
		 "hành Quyết định số 2536/QĐ-TU về việc thành lập Ban chỉ đạo.", "Quyết định", "2536",
		 "Ban Thường vụ Tỉnh ủy 3 tỉnh Lâm Đồng, Bình Thuận và Đắk Nông"},
		{"Ngày 5/6/2025, Ban Thường vụ Tỉnh ủy hai tỉnh Kiên Giang và An Giang ban hành Kế hoạch "
		 "số 12-KH/TU về sáp nhập.", "Kế hoạch", "12",
		 "Ban Thường vụ Tỉnh ủy hai tỉnh Kiên Giang và An Giang"},
		{"Ngày 2/7/2025, Tỉnh ủy Vĩnh Long, Bến Tre, Trà Vinh đã ban hành Chỉ thị số 01-CT/TU "
		 "về đại hội.", "Chỉ thị", "1", "Tỉnh ủy Vĩnh Long, Bến Tre, Trà Vinh"},
		{"Thực hiện Quyết định số 15-QĐ/TU ngày 3/6/2025 của Ban Thường vụ Tỉnh ủy hai tỉnh Hà "
		 "Giang và Tuyên Quang về việc thành lập Ban chỉ đạo.", "Quyết định", "15",
		 "Ban Thường vụ Tỉnh ủy hai tỉnh Hà Giang và Tuyên Quang"},
		{"Thực hiện Kế hoạch số 7-KH/TU của Ban Thường vụ Tỉnh ủy 2 tỉnh Bắc Kạn, Thái Nguyên, "
		 "Tỉnh ủy tổ chức hội nghị.", "Kế hoạch", "7",
		 "Ban Thường vụ Tỉnh ủy 2 tỉnh Bắc Kạn, Thái Nguyên"},
		/* one province, and a list after "của" going on with another body */
		{"Ngày 4/3/2024, Ban Thường vụ Tỉnh ủy Lâm Đồng đã ban hành Quyết định số 25-QĐ/TU về "
		 "cán bộ.", "Quyết định", "25", "Ban Thường vụ Tỉnh ủy Lâm Đồng"},
		{"Thực hiện Kế hoạch số 20-KH/TU của Tỉnh ủy Lâm Đồng, UBND tỉnh về thi đua.",
		 "Kế hoạch", "20", "Tỉnh ủy Lâm Đồng"},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		GbResult   *r = extract(cases[i].text, 0, 0, 0);
		const GbCitation *c = find_cit(r, cases[i].type, cases[i].number, 0);

		CHECK(c && str_is(c->issuer, cases[i].issuer), "joint issuer %d: %s", i,
			  c && c->issuer ? c->issuer : "NULL");
		gb_result_free(r);
	}
}

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

/*
 * Probe 66 G1: a dotted central suffix ("T.Ư", "T.W", "BTC.TW") is the
 * code's, read as its undotted form; a code ending a sentence keeps its own.
 */
static void
test_cit_dotted_code(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tổng kết Chỉ thị 03-CT/T.Ư của Bộ Chính trị về học tập. Khen thưởng về thực hiện "
				"Chỉ thị 03-CT/TƯ.", 0, 0, 0);
	CHECK(r->ncitations == 1, "T.Ư and TƯ one document, got %d", r->ncitations);
	c = find_cit(r, "Chỉ thị", "3", 0);
	CHECK(c && str_is(c->code, "03-CT/TW") && str_is(c->issuer, "Bộ Chính trị") && c->mentions == 2,
		  "03-CT/T.Ư: %s", c && c->code ? c->code : "NULL");
	gb_result_free(r);

	r = extract("Quán triệt Chỉ thị số 05-CT/T.Ư, ngày 15-5-2016 của Bộ Chính trị và Nghị quyết số "
				"18-NQ/T.W ngày 25/10/2017.", 0, 0, 0);
	c = find_cit(r, "Chỉ thị", "5", 0);
	CHECK(c && str_is(c->code, "05-CT/TW") && c->issued.y == 2016 && str_is(c->term, "XII"),
		  "05-CT/T.Ư: %s", c && c->code ? c->code : "NULL");
	c = find_cit(r, "Nghị quyết", "18", 0);
	CHECK(c && str_is(c->code, "18-NQ/TW") && c->issued.y == 2017,
		  "18-NQ/T.W: %s", c && c->code ? c->code : "NULL");
	gb_result_free(r);

	r = extract("Thực hiện Hướng dẫn số 12-HD/BTC.TW ngày 3/4/2023 về đánh giá cán bộ.", 0, 0, 0);
	c = find_cit(r, "Hướng dẫn", "12", 0);
	CHECK(c && str_is(c->code, "12-HD/BTCTW") && str_is(c->issuer, "Ban Tổ chức Trung ương"),
		  "BTC.TW: %s", c && c->code ? c->code : "NULL");
	gb_result_free(r);

	/* a code that ends a sentence keeps its letters */
	r = extract("Thực hiện Kế hoạch số 45-KH/TU.Sau đó, Hội nghị bàn việc khác.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "45", 0);
	CHECK(c && str_is(c->code, "45-KH/TU"), "45-KH/TU.Sau: %s", c && c->code ? c->code : "NULL");
	gb_result_free(r);
}

/*
 * Probe 66 G5: "Nghị quyết Đại hội Đảng bộ huyện X khóa XI" is the
 * congress's as "lần thứ XI" is; a mass organization's is left alone.
 */
static void
test_cit_congress_khoa(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Sau 5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện Bắc Trà My khóa XXII, nhiệm kỳ "
				"2020 - 2025, huyện đã phát triển.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 0);
	CHECK(c && str_is(c->term, "XXII"), "Đảng bộ huyện ... khóa XXII: %s", c && c->term ? c->term : "NULL");
	gb_result_free(r);

	r = extract("Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ thị xã Sơn Tây khóa XXIV và Nghị quyết "
				"Đại hội Đảng bộ thị xã Sơn Tây lần thứ XXIV.", 0, 0, 0);
	CHECK(r->ncitations == 1, "khóa and lần thứ one congress, got %d", r->ncitations);
	c = find_cit(r, "Nghị quyết", NULL, 0);
	CHECK(c && str_is(c->term, "XXIV") && c->mentions == 2, "Sơn Tây khóa XXIV");
	gb_result_free(r);

	r = extract("Sau 5 năm thực hiện Nghị quyết Đại hội Hội Nông dân huyện Bắc Trà My khóa XI, cán bộ "
				"hội đã cố gắng.", 0, 0, 0);
	CHECK(r->ncitations == 0, "mass organization left alone, got %d", r->ncitations);
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

	/* "số" makes the number a document's */
	r = extract("Các chi bộ thực hiện kết luận số 7 và quy định số 8 nghiêm túc.", 0, 0, 0);
	CHECK(find_cit(r, "Kết luận", "7", 0) && find_cit(r, "Quy định", "8", 0),
		  "lower case with số: %d documents", r->ncitations);
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

/*
 * R9 (probe 60 G6): the legislature's number typed after a space ("NQ-UBTVQH
 * 14", "QH 13") belongs to the code when what follows ends it; "UVB..."
 * for a known "UB..." ("UVBTVQH") is the "UV" of "Ủy viên" typed for the
 * "U" of "Ủy ban"; a plural of documents after the list gives no other
 * body's name to a State code that names its own.
 */
static void
test_cit_legislature_spaced(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Lễ công bố Nghị quyết số 1656/NQ-UBTVQH 15 và Nghị Quyết số 819/NQ – UVBTVQH 14, "
				"và các Quyết định của Huyện ủy về sắp xếp. Căn cứ Luật số 80/2015/QH 13 ngày "
				"22/6/2015. Theo Nghị quyết số 1657/NQ-UBTVQH 15 xã được sắp xếp. Quyết định số "
				"12/QĐ-UVBND ngày 3/3/2020.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "1656", 0);
	CHECK(c && str_is(c->code, "1656/NQ-UBTVQH15") && str_is(c->issuer, "Ủy ban Thường vụ Quốc hội"),
		  "spaced legislature: %s", c && c->code ? c->code : "NULL");
	c = find_cit(r, "Nghị quyết", "819", 0);
	CHECK(c && str_is(c->code, "819/NQ-UBTVQH14") && str_is(c->issuer, "Ủy ban Thường vụ Quốc hội"),
		  "UVBTVQH: %s %s", c && c->code ? c->code : "NULL", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Luật", "80", 0);
	CHECK(c && str_is(c->code, "80/2015/QH13"), "QH 13: %s", c && c->code ? c->code : "NULL");
	c = find_cit(r, "Nghị quyết", "1657", 0);
	CHECK(c && str_is(c->code, "1657/NQ-UBTVQH"), "a count after it: %s", c && c->code ? c->code : "NULL");
	c = find_cit(r, "Quyết định", "12", 0);
	CHECK(c && str_is(c->code, "12/QĐ-UBND"), "UVBND: %s", c && c->code ? c->code : "NULL");
	gb_result_free(r);
}

/* H9: a Party code in State style, "N/CT-TW", is the Party code N-CT/TW */
static void
test_cit_party_code_state_style(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Quán triệt Chỉ thị số 41/CT-TW ngày 12/03/2020 của Ban Bí thư về công tác dân tộc. "
				"Chỉ thị 41-CT/TW được các chi bộ thực hiện.", 0, 0, 0);
	CHECK(r->ncitations == 1, "one document, got %d", r->ncitations);
	c = find_cit(r, "Chỉ thị", "41", 0);
	if (c)
	{
		CHECK_STR(c->code, "41-CT/TW", "canonical code");
		CHECK_STR(c->term, "XII", "term from the date");
		CHECK_STR(c->key, "chi-thi:41-ct/tw@xii", "key");
		CHECK(c->mentions == 2, "two mentions, got %d", c->mentions);
	}
	gb_result_free(r);

	r = extract("Thực hiện Hướng dẫn 17/HD-BTCTƯ và Nghị quyết 6/NQ-TW.", 0, 0, 0);
	c = find_cit(r, "Hướng dẫn", "17", 0);
	CHECK(c && str_is(c->code, "17-HD/BTCTW") && str_is(c->issuer, "Ban Tổ chức Trung ương"),
		  "HD-BTCTƯ: %s", c && c->code ? c->code : "NULL");
	c = find_cit(r, "Nghị quyết", "6", 0);
	CHECK(c && str_is(c->code, "6-NQ/TW"), "NQ-TW: %s", c && c->code ? c->code : "NULL");
	gb_result_free(r);

	/* State codes stay as they are */
	r = extract("Chỉ thị số 07/CT-BNV, Chỉ thị 09/CT-BCA-X15 và Thông tư 02/2023/TT-UBDT.", 0, 0, 0);
	c = find_cit(r, "Chỉ thị", "7", 0);
	CHECK(c && str_is(c->code, "07/CT-BNV") && !c->term, "CT-BNV: %s", c && c->code ? c->code : "NULL");
	c = find_cit(r, "Chỉ thị", "9", 0);
	CHECK(c && str_is(c->code, "09/CT-BCA-X15"), "CT-BCA-X15: %s", c && c->code ? c->code : "NULL");
	c = find_cit(r, "Thông tư", "2", 0);
	CHECK(c && str_is(c->code, "02/2023/TT-UBDT"), "TT-UBDT: %s", c && c->code ? c->code : "NULL");
	gb_result_free(r);
}

/* H7: "Quyết định 217, 218-QĐ/TW": numbers listed before a code share its suffix */
static void
test_cit_shared_suffix(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Chi bộ quán triệt Quyết định 411, 412-QĐ/TW của Bộ Chính trị (khóa XII) về công tác "
				"mặt trận.", 0, 0, 0);
	CHECK(r->ncitations == 2, "two documents, got %d", r->ncitations);
	c = find_cit(r, "Quyết định", "411", 0);
	CHECK(c && str_is(c->code, "411-QĐ/TW") && str_is(c->issuer, "Bộ Chính trị") &&
		  str_is(c->term, "XII"), "411: %s %s %s", c && c->code ? c->code : "NULL",
		  c && c->issuer ? c->issuer : "NULL", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Quyết định", "412", 0);
	CHECK(c && str_is(c->code, "412-QĐ/TW") && str_is(c->issuer, "Bộ Chính trị") &&
		  str_is(c->term, "XII"), "412");
	gb_result_free(r);

	/* three numbers with "và", the date written after the list */
	r = extract("Thực hiện Quy định 31, 32 và 33-QĐ/TW ngày 4/5/2022 về kỷ luật đảng.", 0, 0, 0);
	CHECK(r->ncitations == 3, "three documents, got %d", r->ncitations);
	c = find_cit(r, "Quy định", "31", 0);
	CHECK(c && str_is(c->code, "31-QĐ/TW") && c->issued.y == 2022 && str_is(c->term, "XIII"),
		  "31: %s", c && c->code ? c->code : "NULL");
	c = find_cit(r, "Quy định", "32", 0);
	CHECK(c && str_is(c->code, "32-QĐ/TW") && c->issued.y == 2022, "32");
	gb_result_free(r);

	/* an issuer written once at the end reaches every document of the list */
	r = extract("Các chi bộ học tập Quy định 142, 148, 150 của Ban Bí thư.", 0, 0, 0);
	CHECK(r->ncitations == 3, "three documents, got %d", r->ncitations);
	c = find_cit(r, "Quy định", "142", 0);
	CHECK(c && str_is(c->issuer, "Ban Bí thư"), "142: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	/* ... but not onto a document whose code names another issuer */
	r = extract("Thực hiện Nghị định 14/2021/NĐ-CP và Chỉ thị 03/CT-BCA-X11 của Bộ Công an. "
				"Quyết định 12/QĐ-UBND, 13/QĐ-UBND của UBND tỉnh.", 0, 0, 0);
	c = find_cit(r, "Nghị định", "14", 0);
	CHECK(c && str_is(c->issuer, "Chính phủ"), "NĐ-CP: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Quyết định", "12", 0);
	CHECK(c && str_is(c->issuer, "UBND tỉnh"), "QĐ-UBND: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	/* counts and numbers without a code at the end are no such list */
	r = extract("Kết quả thực hiện Nghị quyết 12, 15 năm qua rất tốt.", 0, 0, 0);
	CHECK(r->ncitations == 1 && !r->citations[0].code, "a count: %d", r->ncitations);
	gb_result_free(r);
}

/* J5: a term written once after a list of plenum resolutions is every plenum's */
static void
test_cit_plenum_list_term(void)
{
	GbResult   *r;
	const GbCitation *c;
	static const char *const lists[] = {
		"Chi bộ học tập Nghị quyết Trung ương 3, Nghị quyết Trung ương 4 khóa XI cho đảng viên.",
		"Chi bộ học tập Nghị quyết Trung ương 3 và 4 khóa XI cho đảng viên.",
		"Chi bộ học tập Nghị quyết Hội nghị Trung ương 3, 4 (khóa XI) cho đảng viên.",
	};
	int			k;

	for (k = 0; k < 3; k++)
	{
		r = extract(lists[k], 0, 0, 0);
		CHECK(r->ncitations == 2, "list %d: two plenums, got %d", k, r->ncitations);
		c = find_cit(r, "Nghị quyết", NULL, 3);
		CHECK(c && str_is(c->term, "XI") && str_is(c->key, "nghi-quyet:tw3@xi"), "list %d: tw3 %s", k,
			  c && c->key ? c->key : "NULL");
		c = find_cit(r, "Nghị quyết", NULL, 4);
		CHECK(c && str_is(c->term, "XI"), "list %d: tw4", k);
		gb_result_free(r);
	}

	/* three plenums, the last two numbers only */
	r = extract("Quán triệt Nghị quyết Trung ương 5, 6, 7 khóa X.", 0, 0, 0);
	CHECK(r->ncitations == 3, "three plenums, got %d", r->ncitations);
	c = find_cit(r, "Nghị quyết", NULL, 6);
	CHECK(c && str_is(c->term, "X") && str_is(c->raw, "6"), "tw6: %s", c ? c->raw : "NULL");
	c = find_cit(r, "Nghị quyết", NULL, 7);
	CHECK(c && str_is(c->term, "X") && str_is(c->raw, "7 khóa X"), "tw7: %s", c ? c->raw : "NULL");
	gb_result_free(r);

	/* a term written for the first one stays; ";" or a subject ends the list */
	r = extract("Quán triệt Nghị quyết Trung ương 3 khóa X, Nghị quyết Trung ương 4 khóa XI; "
				"Nghị quyết Trung ương 5; Nghị quyết Trung ương 6 khóa XI; Nghị quyết Trung ương 7 "
				"về đất đai, Nghị quyết Trung ương 8 khóa XI.", 0, 0, 0);
	CHECK(r->ncitations == 6, "six plenums, got %d", r->ncitations);
	c = find_cit(r, "Nghị quyết", NULL, 3);
	CHECK(c && str_is(c->term, "X"), "tw3 keeps its term");
	c = find_cit(r, "Nghị quyết", NULL, 5);
	CHECK(c && !c->term, "tw5 after ';'");
	c = find_cit(r, "Nghị quyết", NULL, 7);
	CHECK(c && !c->term, "tw7 with a subject");
	gb_result_free(r);

	/* a count after a plenum is no plenum; nor are falling numbers */
	r = extract("Sau Nghị quyết Trung ương 5, 6 đồng chí phát biểu. Nghị quyết Trung ương 9, 2 khóa XI.",
				0, 0, 0);
	CHECK(r->ncitations == 2 && !find_cit(r, "Nghị quyết", NULL, 6) &&
		  !find_cit(r, "Nghị quyết", NULL, 2), "counts: %d", r->ncitations);
	gb_result_free(r);

	/* nor a list longer than any plenum list */
	r = extract("Quán triệt Nghị quyết Trung ương 2, 3, 4, 5, 6, 7, 8, 9, 10 khóa XI.", 0, 0, 0);
	CHECK(r->ncitations == 1, "a long list: %d", r->ncitations);
	gb_result_free(r);

	/* a list ending on two terms is not shared out */
	r = extract("Quán triệt Nghị quyết Trung ương 3, Nghị quyết Trung ương 4 (khóa XI, XII).", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 3);
	CHECK(r->ncitations == 3 && c && !c->term, "two terms: %d", r->ncitations);
	gb_result_free(r);
}

/*
 * R9 (probe 56 G1): the Central Committee named again after a plenum's
 * number, "Trung ương 4 Ban Chấp hành Trung ương Đảng khóa XIII", gives
 * its term to the plenum, and to every plenum of a list ("5,6", "5, 6")
 */
static void
test_cit_plenum_cc_term(void)
{
	GbResult   *r;
	const GbCitation *c;
	static const char *const one[] = {
		"Chi bộ quán triệt Nghị quyết Hội nghị Trung ương 4 Ban Chấp hành Trung ương Đảng khóa XIII.",
		"Chi bộ quán triệt Nghị quyết Trung ương 4 Ban chấp hành Trung ương khóa XIII cho đảng viên.",
		"Chi bộ quán triệt Nghị quyết Hội nghị Trung ương 4, BCH Trung ương Đảng (khóa XIII).",
	};
	static const char *const lists[] = {
		"Quán triệt các Nghị quyết Hội nghị Trung ương 5,6 Ban chấp hành Trung ương Đảng khóa XIII;",
		"Quán triệt các Nghị quyết Hội nghị Trung ương 5, 6 Ban Chấp hành Trung ương Đảng khóa XIII.",
		"Quán triệt các Nghị quyết Trung ương 5 và 6 Ban Chấp hành Trung ương khóa XIII.",
	};
	int			k;

	for (k = 0; k < 3; k++)
	{
		r = extract(one[k], 0, 0, 0);
		c = find_cit(r, "Nghị quyết", NULL, 4);
		CHECK(r->ncitations == 1 && c && str_is(c->key, "nghi-quyet:tw4@xiii"), "one %d: %s", k,
			  c && c->key ? c->key : "NULL");
		gb_result_free(r);
		r = extract(lists[k], 0, 0, 0);
		CHECK(r->ncitations == 2, "list %d: two plenums, got %d", k, r->ncitations);
		c = find_cit(r, "Nghị quyết", NULL, 5);
		CHECK(c && str_is(c->key, "nghi-quyet:tw5@xiii"), "list %d: tw5 %s", k,
			  c && c->key ? c->key : "NULL");
		c = find_cit(r, "Nghị quyết", NULL, 6);
		CHECK(c && str_is(c->key, "nghi-quyet:tw6@xiii"), "list %d: tw6 %s", k,
			  c && c->key ? c->key : "NULL");
		gb_result_free(r);
	}

	/* without a term the body changes nothing; a decimal stays an amount */
	r = extract("Quán triệt Nghị quyết Hội nghị Trung ương 6 Ban Chấp hành Trung ương Đảng. "
				"Hội nghị Trung ương 7,5 tỷ đồng.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 6);
	CHECK(r->ncitations == 1 && c && !c->term, "no term: %d", r->ncitations);
	gb_result_free(r);
}

/*
 * P8: "số N-CODE" after a citation is another document of its kind, and a
 * comma apposition "..., Hội nghị lần thứ N, BCH T.Ư Đảng, khóa K" gives
 * plenum, issuer and term to every document of the list
 */
static void
test_cit_numbered_list_plenum(void)
{
	GbResult   *r;
	const GbCitation *c;
	static const char *const lists[] = {
		"Huyện ủy quán triệt Nghị quyết số 31-NQ/TW, số 32-NQ/TW, Hội nghị lần thứ 9, BCH T.Ư Đảng, khóa XI.",
		"Huyện ủy quán triệt Nghị quyết số 31-NQ/TW và số 32-NQ/TW của Hội nghị lần thứ 9 Ban Chấp hành "
		"Trung ương Đảng khóa XI.",
		"Huyện ủy quán triệt Nghị quyết số 31-NQ/TW, Nghị quyết số 32-NQ/TW, Hội nghị lần thứ 9, BCH TW Đảng, "
		"khóa XI.",
		"Huyện ủy quán triệt Nghị quyết số 31-NQ/TW và 32-NQ/TW Hội nghị lần thứ 9 Ban Chấp hành Trung ương "
		"Đảng khóa XI.",
	};
	int			k;

	for (k = 0; k < 4; k++)
	{
		r = extract(lists[k], 0, 0, 0);
		CHECK(r->ncitations == 2, "list %d: two resolutions, got %d", k, r->ncitations);
		c = find_cit(r, "Nghị quyết", "31", 0);
		CHECK(c && c->plenum == 9 && str_is(c->term, "XI") && str_is(c->issuer, "Ban Chấp hành Trung ương"),
			  "list %d: 31 of plenum 9, term XI", k);
		c = find_cit(r, "Nghị quyết", "32", 0);
		CHECK(c && c->plenum == 9 && str_is(c->term, "XI") && str_is(c->issuer, "Ban Chấp hành Trung ương"),
			  "list %d: 32 of plenum 9, term XI", k);
		gb_result_free(r);
	}

	/* one resolution with the apposition; a plenum resolution with the body after a comma */
	r = extract("Huyện ủy quán triệt Nghị quyết số 31-NQ/TW, Hội nghị lần thứ 9, BCH Trung ương Đảng khóa XI. "
				"Chi bộ học Nghị quyết Hội nghị lần thứ bảy, Ban Chấp hành Trung ương Đảng khóa X.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "31", 0);
	CHECK(c && c->plenum == 9 && str_is(c->term, "XI") && str_is(c->issuer, "Ban Chấp hành Trung ương"),
		  "apposition: plenum 9, term XI");
	c = find_cit(r, "Nghị quyết", NULL, 7);
	CHECK(c && str_is(c->term, "X"), "Hội nghị lần thứ bảy, Ban Chấp hành ...: plenum 7, term X");
	gb_result_free(r);

	/* the term written with a shared issuer, but not over a date's own */
	r = extract("Chi bộ học Quy định 171-QĐ/TW và 172-QĐ/TW của Bộ Chính trị khóa X. Đảng ủy học "
				"Chỉ thị 44-CT/TW ngày 3/2/2005, Chỉ thị 45-CT/TW của Ban Bí thư khóa XI.", 0, 0, 0);
	c = find_cit(r, "Quy định", "171", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị") && str_is(c->term, "X"), "171: issuer and term shared");
	c = find_cit(r, "Chỉ thị", "44", 0);
	CHECK(c && str_is(c->issuer, "Ban Bí thư") && !str_is(c->term, "XI"), "44: its date's term, not XI");
	gb_result_free(r);

	/* "số" with no code goes on no list */
	r = extract("Sau Chỉ thị số 7, số 12 đảng viên được kết nạp.", 0, 0, 0);
	CHECK(r->ncitations == 1, "a count after số: %d citations", r->ncitations);
	gb_result_free(r);
}

/* J6: "Kết luận 14/2019 của Bộ Chính trị": document 14 of the year 2019 */
static void
test_cit_number_year(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Đảng ủy quán triệt Kết luận 17/2019 của Bộ Chính trị và Quy định số 06/2022 của Ban Bí "
				"thư về kỷ luật.", 0, 0, 0);
	CHECK(r->ncitations == 2, "two documents, got %d", r->ncitations);
	c = find_cit(r, "Kết luận", "17", 0);
	CHECK(c && str_is(c->code, "17-KL/TW") && str_is(c->term, "XII") && c->issued.y == 0 &&
		  str_is(c->key, "ket-luan:17-kl/tw@xii") && str_is(c->raw, "Kết luận 17/2019"),
		  "17/2019: %s %s", c && c->code ? c->code : "NULL", c && c->key ? c->key : "NULL");
	c = find_cit(r, "Quy định", "6", 0);
	CHECK(c && str_is(c->code, "06-QĐ/TW") && str_is(c->term, "XIII") && str_is(c->issuer, "Ban Bí thư"),
		  "06/2022");
	gb_result_free(r);

	/* a congress closed in 2021: the year alone gives no term */
	r = extract("Thực hiện Kết luận 14/2021 của Bộ Chính trị về cán bộ.", 0, 0, 0);
	c = find_cit(r, "Kết luận", "14", 0);
	CHECK(r->ncitations == 1 && c && str_is(c->code, "14-KL/TW") && !c->term, "14/2021: %s",
		  c && c->term ? c->term : "NULL");
	gb_result_free(r);

	/* no term from a local body, nor a code; two years are two documents */
	r = extract("Thực hiện Nghị quyết 05/2019 của Ban Thường vụ Huyện ủy. Nghị quyết 05/2020 của Ban "
				"Thường vụ Huyện ủy nêu rõ.", 0, 0, 0);
	CHECK(r->ncitations == 2, "two years, got %d", r->ncitations);
	c = &r->citations[0];
	CHECK(str_is(c->number, "5") && !c->code && !c->term, "local: %s", c->code ? c->code : "NULL");
	gb_result_free(r);

	/* State codes stay whole; a period or a fraction is no year */
	r = extract("Thực hiện Nghị định 14/2021/NĐ-CP, Chỉ thị 03/CT-BCA-X11, Kế hoạch 15/2021-2025 và "
				"Kế hoạch 10/15 chỉ tiêu.", 0, 0, 0);
	c = find_cit(r, "Nghị định", "14", 0);
	CHECK(c && str_is(c->code, "14/2021/NĐ-CP"), "NĐ-CP");
	c = find_cit(r, "Chỉ thị", "3", 0);
	CHECK(c && str_is(c->code, "03/CT-BCA-X11"), "CT-BCA-X11");
	CHECK(r->ncitations == 2, "a period, a fraction: %d", r->ncitations);
	gb_result_free(r);
}

/* K6: "<doc> (năm Y) về ... do <body> (ký) ban hành (ngày D)": issuer and date written after it */
static void
test_cit_issued_by(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Quy định 45-QĐ/TW năm 2023 về công tác thi đua do Bộ Chính trị ban hành ngày 06/7/2023.",
				0, 0, 0);
	c = find_cit(r, "Quy định", "45", 0);
	CHECK(r->ncitations == 1 && c && str_is(c->issuer, "Bộ Chính trị") && c->issued.y == 2023 && c->issued.m == 7 &&
		  str_is(c->term, "XIII") && str_is(c->subject, "công tác thi đua") &&
		  str_is(c->key, "quy-dinh:45-qd/tw@xiii"), "do ... ban hành: %s / %s",
		  c && c->issuer ? c->issuer : "NULL", c && c->subject ? c->subject : "NULL");
	gb_result_free(r);

	/* "được <body> ký ban hành", before the subject; a term written on the body */
	r = extract("Chỉ thị số 21-CT/TW được Ban Bí thư ký ban hành ngày 3/5/2017 về công tác dân vận. "
				"Nghị quyết số 33-NQ/TW về phát triển văn hóa do Ban Chấp hành Trung ương khóa XI ban hành.",
				0, 0, 0);
	c = find_cit(r, "Chỉ thị", "21", 0);
	CHECK(c && str_is(c->issuer, "Ban Bí thư") && str_is(c->term, "XII") &&
		  str_is(c->subject, "công tác dân vận"), "được ... ký ban hành");
	c = find_cit(r, "Nghị quyết", "33", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương") && str_is(c->term, "XI") &&
		  str_is(c->subject, "phát triển văn hóa"), "khóa on the body: %s",
		  c && c->subject ? c->subject : "NULL");
	gb_result_free(r);

	/* "được ban hành ngày D" without a body: the date alone */
	r = extract("Quy định 55-QĐ/TW về nêu gương được ban hành ngày 19/12/2016, nhằm nâng cao chất lượng.",
				0, 0, 0);
	c = find_cit(r, "Quy định", "55", 0);
	CHECK(c && !c->issuer && c->issued.y == 2016 && c->issued.m == 12 && str_is(c->term, "XII") &&
		  str_is(c->subject, "nêu gương"), "được ban hành: %s", c && c->subject ? c->subject : "NULL");
	gb_result_free(r);

	/* "năm Y" after a central code gives the term, unless a congress closed that year */
	r = extract("Quán triệt Quy định 77-QĐ/TW năm 2023 và Kết luận 40-KL/TW năm 2021 về cán bộ.", 0, 0, 0);
	c = find_cit(r, "Quy định", "77", 0);
	CHECK(c && str_is(c->term, "XIII"), "năm 2023: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Kết luận", "40", 0);
	CHECK(c && !c->term, "năm 2021: %s", c && c->term ? c->term : "NULL");
	gb_result_free(r);

	/* "đó" is no "do"; a local code gives no term from its year */
	r = extract("Kế hoạch 15-KH/HU năm 2023 về tuyên truyền, theo đó Ban Tuyên giáo ban hành hướng dẫn.",
				0, 0, 0);
	c = find_cit(r, "Kế hoạch", "15", 0);
	CHECK(c && !c->issuer && !c->term, "đó: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
}

/* a counted plenum resolution, or a group noun with its term, listing documents: their issuer and term */
static void
test_cit_plenum_group(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Chi bộ quán triệt 03 Nghị quyết Trung ương 5 (khóa XII) gồm: Nghị quyết số 10-NQ/TW về "
				"kinh tế tư nhân; Nghị quyết số 11-NQ/TW về thể chế và Nghị quyết số 12-NQ/TW về doanh "
				"nghiệp. Nghị quyết số 13-NQ/TW nêu rõ.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "10", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương") && str_is(c->term, "XII") &&
		  str_is(c->key, "nghi-quyet:10-nq/tw@xii"), "10: %s", c && c->key ? c->key : "NULL");
	c = find_cit(r, "Nghị quyết", "12", 0);
	CHECK(c && str_is(c->term, "XII"), "12 after 'và'");
	c = find_cit(r, "Nghị quyết", "13", 0);
	CHECK(c && !c->term && !c->issuer, "a new sentence is no part of the list");
	c = find_cit(r, "Nghị quyết", NULL, 5);
	CHECK(c && str_is(c->term, "XII") && !c->issuer, "the plenum itself stays");
	gb_result_free(r);

	/* "các chỉ thị của <body> khóa T gồm:" */
	r = extract("Đảng ủy quán triệt các chỉ thị của Ban Bí thư khóa XII gồm: Chỉ thị số 31-CT/TW về an ninh "
				"mạng, Chỉ thị số 32-CT/TW về thiên tai.", 0, 0, 0);
	c = find_cit(r, "Chỉ thị", "32", 0);
	CHECK(c && str_is(c->issuer, "Ban Bí thư") && str_is(c->term, "XII"), "group noun term");
	gb_result_free(r);

	/* without "gồm" a group noun lists nothing */
	r = extract("Triển khai các nghị quyết của Tỉnh ủy, Nghị quyết số 05 về giáo dục.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "5", 0);
	CHECK(c && !c->issuer, "no gồm: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	/* an uncounted plenum resolution lists nothing */
	r = extract("Hội nghị quán triệt Nghị quyết Trung ương 4 khóa XII gồm nhiều nội dung. Nghị quyết số "
				"04-NQ/TW về xây dựng Đảng.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "4", 0);
	CHECK(c && !c->term, "uncounted");
	gb_result_free(r);
}

/*
 * Probe 62 G1: types listed before the plenum they share ("các Nghị quyết,
 * kết luận của Hội nghị lần thứ 4 ...") are each a document of that plenum
 * and term, the plenum's Nghị quyết first of all.
 */
static void
test_cit_shared_plenum(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Thành ủy đề nghị thực hiện có hiệu quả các Nghị quyết, kết luận của Hội nghị lần thứ 4 "
				"Ban Chấp hành Trung ương Đảng khóa XII. Huyện ủy Mỹ Đức quán triệt Nghị quyết và Kết luận "
				"Hội nghị Trung ương 8 khóa XIII. Đảng ủy xã học tập các nghị quyết, quy định, kết luận "
				"Hội nghị Trung ương 6 khóa XI.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 4);
	CHECK(c && str_is(c->term, "XII") && !c->issuer, "Nghị quyết, kết luận: %s",
		  c && c->term ? c->term : "NULL");
	c = find_cit(r, "Kết luận", NULL, 4);
	CHECK(c && str_is(c->term, "XII"), "the Kết luận stays");
	c = find_cit(r, "Nghị quyết", NULL, 8);
	CHECK(c && str_is(c->term, "XIII"), "Nghị quyết và Kết luận");
	c = find_cit(r, "Nghị quyết", NULL, 6);
	CHECK(c && str_is(c->term, "XI"), "three types");
	CHECK(r->ncitations == 6, "six documents, got %d", r->ncitations);
	gb_result_free(r);

	/* a list of types with another issuer, or a numbered one, shares no plenum */
	r = extract("Chi bộ quán triệt các nghị quyết, kết luận của Bộ Chính trị và Nghị quyết, Kết luận số 21-KL/TW "
				"của Hội nghị Trung ương 4 khóa XIII.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 4);
	CHECK(c == NULL, "no plenum across a numbered type");
	gb_result_free(r);
}

/*
 * Probe 62 G3: "kết quả Hội nghị Trung ương 6 (khóa XII), trong đó ... 4
 * nghị quyết ... gồm: Nghị quyết số 18 ...; Nghị quyết số 19 ...": the
 * resolutions listed are the plenum's, issuer and term (and so code).
 */
static void
test_cit_plenum_header(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Hội nghị đã nghe thông tin nhanh kết quả Hội nghị Trung ương 6 (khóa XII), trong đó nêu tinh "
				"thần 4 nghị quyết Tổng Bí thư Nguyễn Văn An vừa ký ban hành gồm: Nghị quyết số 18 về tổ "
				"chức bộ máy; Nghị quyết số 19 về đơn vị sự nghiệp. Huyện ủy nghe báo cáo kết quả Hội nghị "
				"lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XII, có 3 nghị quyết, bao gồm: Nghị quyết "
				"số 26 về cán bộ; Nghị quyết số 27 về tiền lương và Nghị quyết số 28 về bảo hiểm xã hội.",
				0, 0, 0);
	c = find_cit(r, "Nghị quyết", "18", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương") && str_is(c->term, "XII") &&
		  str_is(c->code, "18-NQ/TW"), "18: %s", c && c->key ? c->key : "NULL");
	c = find_cit(r, "Nghị quyết", "19", 0);
	CHECK(c && str_is(c->key, "nghi-quyet:19-nq/tw@xii"), "19: %s", c && c->key ? c->key : "NULL");
	c = find_cit(r, "Nghị quyết", "28", 0);
	CHECK(c && str_is(c->term, "XII") && str_is(c->issuer, "Ban Chấp hành Trung ương"), "28 after 'và'");
	gb_result_free(r);

	/* a body between the plenum and the list, or in the description, issues its own */
	r = extract("Sau Hội nghị Trung ương 6 (khóa XII), Tỉnh ủy Long An ban hành 2 nghị quyết gồm: Nghị "
				"quyết số 05 về giáo dục; Nghị quyết số 06 về y tế. Sau Hội nghị Trung ương 8 (khóa XII), "
				"có 2 nghị quyết Huyện ủy vừa ban hành gồm: Nghị quyết số 07 về giáo dục.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "5", 0);
	CHECK(c && !c->issuer && !c->term, "Tỉnh ủy's: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Nghị quyết", "7", 0);
	CHECK(c && !c->issuer && !c->term, "Huyện ủy's: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
}

/* H6: "Ngày D, <person> (đã) ký <doc>": D is the issue date; the signer is no issuer */
static void
test_cit_signed(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Ngày 14/6/2022, Tổng Bí thư Hoàng Văn Lợi đã ký Quy định số 71-QĐ/TW về bảo vệ "
				"bí mật nhà nước.", 0, 0, 0);
	c = find_cit(r, "Quy định", "71", 0);
	CHECK(c && c->issued.y == 2022 && c->issued.m == 6 && c->issued.d == 14, "issued");
	CHECK(c && str_is(c->term, "XIII") && !c->issuer, "term XIII, no issuer: %s",
		  c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	/* a post that signs is not the issuer; the body it acts for is */
	r = extract("Ngày 2/4/2024, Chủ tịch UBND tỉnh Đặng Văn Hải ký ban hành Chỉ thị số 06/CT-UBND "
				"về phòng cháy. Ngày 3/4/2024, Bộ trưởng Bộ Tư pháp Lò Văn Sơn đã ký Chỉ thị số 07 "
				"về hộ tịch. Thường trực Ban Bí thư ký ban hành Kết luận số 93-KL/TW về cán bộ.",
				0, 0, 0);
	c = find_cit(r, "Chỉ thị", "6", 0);
	CHECK(c && !c->issuer && c->issued.y == 2024, "Chủ tịch UBND tỉnh: %s",
		  c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Chỉ thị", "7", 0);
	CHECK(c && !c->issuer && c->issued.d == 3, "Bộ trưởng: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Kết luận", "93", 0);
	CHECK(c && !c->issuer, "Thường trực Ban Bí thư: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	r = extract("Thay mặt Bộ Chính trị, đồng chí Lò Văn Sơn đã ký Kết luận số 94-KL/TW ngày 6/3/2024. "
				"Ban Thường vụ Huyện ủy đã ký Quy chế số 12 về làm việc.", 0, 0, 0);
	c = find_cit(r, "Kết luận", "94", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị"), "Thay mặt: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Quy chế", "12", 0);
	CHECK(c && str_is(c->issuer, "Ban Thường vụ Huyện ủy"), "a body that signs: %s",
		  c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	/* the body a post signs for, without the signer's name */
	r = extract("Chủ tịch UBND tỉnh Lâm Đồng đã ký Chỉ thị số 08 về thiên tai. Bộ trưởng Bộ Nội vụ "
				"ký ban hành Quyết định số 09 về thi đua.", 0, 0, 0);
	c = find_cit(r, "Chỉ thị", "8", 0);
	CHECK(c && str_is(c->issuer, "UBND tỉnh Lâm Đồng"), "Chủ tịch UBND tỉnh Lâm Đồng: %s",
		  c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Quyết định", "9", 0);
	CHECK(c && str_is(c->issuer, "Bộ trưởng Bộ Nội vụ"), "Bộ trưởng Bộ Nội vụ: %s",
		  c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	/* "kỳ" (a period) is no "ký" */
	r = extract("Ngày 5/1/2024, trong học kỳ Nghị quyết số 16 được áp dụng.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "16", 0);
	CHECK(c && c->issued.y == 0, "kỳ: no issue date");
	gb_result_free(r);
}

/* Whether every citation of r has its own key. */
static bool
keys_unique(const GbResult *r)
{
	int			a,
				b;

	for (a = 0; a < r->ncitations; a++)
		for (b = a + 1; b < r->ncitations; b++)
			if (strcmp(r->citations[a].key, r->citations[b].key) == 0)
				return false;
	return true;
}

/* H3: the mentions of one document are one citation; a key names one document */
/* The citation of kind and number whose issue year is y (0: undated), or NULL. */
static const GbCitation *
find_cit_year(const GbResult *r, const char *kind, const char *number, int y)
{
	int			k;

	for (k = 0; k < r->ncitations; k++)
		if (str_is(r->citations[k].kind, kind) && str_is(r->citations[k].number, number) &&
			r->citations[k].issued.y == y)
			return &r->citations[k];
	return NULL;
}

/*
 * R9 (probe 59 G5): two documents of one number and two terms.  An undated
 * mention whose term is known (written, or the congress its subject
 * prepares: "tiến tới Đại hội XIV" is XIII) joins no dated central
 * document whose date gives another term; a mention joins the compatible
 * document mentioned last.
 */
static void
test_cit_term_against_date(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Huyện ủy quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp "
				"tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Sau khi tổng kết việc thực "
				"hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019, ngày 14/6/2024 vừa qua, Bộ Chính trị đã "
				"ban hành Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu "
				"toàn quốc lần thứ XIV của Đảng. Điểm mới của Chỉ thị số 35-CT/TW của Bộ Chính trị "
				"là nhân sự.", 0, 0, 0);
	c = find_cit_year(r, "Chỉ thị", "35", 2019);
	CHECK(c && str_is(c->term, "XII") && !c->issuer && c->mentions == 1,
		  "the 2019 directive alone: %s %s %d", c && c->term ? c->term : "NULL",
		  c && c->issuer ? c->issuer : "NULL", c ? c->mentions : 0);
	c = find_cit_year(r, "Chỉ thị", "35", 2024);
	if (c == NULL)
		c = find_cit_year(r, "Chỉ thị", "35", 0);
	CHECK(c && str_is(c->term, "XIII") && str_is(c->issuer, "Bộ Chính trị") && c->mentions == 3,
		  "the XIV-context mentions: %s %d", c && c->term ? c->term : "NULL", c ? c->mentions : 0);
	gb_result_free(r);

	/* the undated mention first, a dated one of the term before after it */
	r = extract("Tỉnh ủy Bình Phước triển khai Chỉ thị số 45-CT/TW về đại hội đảng bộ các cấp tiến "
				"tới Đại hội XIV của Đảng. Trước đó, Chỉ thị số 45-CT/TW, ngày 20/6/2020 đã được "
				"tổng kết.", 0, 0, 0);
	CHECK(r->ncitations == 2, "two directives 45, got %d", r->ncitations);
	c = find_cit_year(r, "Chỉ thị", "45", 2020);
	CHECK(c && str_is(c->term, "XII") && c->mentions == 1, "dated 2020: %s",
		  c && c->term ? c->term : "NULL");
	gb_result_free(r);

	/* the same term: one document; a local committee's term is its own */
	r = extract("Đảng ủy xã quán triệt Kết luận số 118-KL/TW về đại hội tiến tới Đại hội XIV. Kết "
				"luận số 118-KL/TW ngày 18/1/2025 của Bộ Chính trị được triển khai. Nghị quyết số "
				"03-NQ/TU của Ban Chấp hành Đảng bộ tỉnh khóa XVI được quán triệt. Nghị quyết số "
				"03-NQ/TU ngày 4/6/2016 đã đi vào cuộc sống.", 0, 0, 0);
	CHECK(r->ncitations == 2, "one document each, got %d", r->ncitations);
	c = find_cit(r, "Kết luận", "118", 0);
	CHECK(c && c->mentions == 2 && str_is(c->term, "XIII"), "Kết luận 118: %d", c ? c->mentions : 0);
	c = find_cit(r, "Nghị quyết", "3", 0);
	CHECK(c && c->mentions == 2, "local term: %d", c ? c->mentions : 0);
	gb_result_free(r);
}

static void
test_cit_one_document(void)
{
	static const char *const shapes[] = {
		"Học tập Nghị quyết số 21 của Ban Thường vụ Huyện ủy Mường Tè. Thực hiện Nghị quyết 21 của "
		"Ban Thường vụ Huyện ủy.",
		"Thường trực Ban Bí thư ký ban hành Kết luận số 97-KL/TW về dân vận. Thay mặt Bộ Chính trị, "
		"đồng chí Lò Văn Sơn ký ban hành Kết luận số 97-KL/TW, ngày 7/5/2024 về dân vận.",
		"Công văn 15 ngày 3/4/2024 và Công văn 15 ngày 5/4/2024 của Văn phòng. Công văn 15 nêu rõ.",
		"Chỉ thị 05 của Huyện ủy và Chỉ thị 05-CT/TW của Bộ Chính trị. Chỉ thị 05 yêu cầu.",
		"Nghị quyết 15 ngày 2/3/2019 và Nghị quyết 15 ngày 2/3/2020; Nghị quyết 15 ngày 2/3/2019.",
		"Quyết định 411, 412-QĐ/TW của Bộ Chính trị (khóa XII). Quyết định 411 và Quyết định 412.",
		"Chỉ thị số 41/CT-TW ngày 12/3/2020 và Chỉ thị 41-CT/TW; Chỉ thị 41 ngày 1/2/2024.",
		"Nghị quyết Trung ương 4 (khóa XI, XII). Nghị quyết Trung ương 4, Nghị quyết Trung ương 4 khóa XII.",
		"Nghị quyết Đại hội XIII, Nghị quyết Đại hội lần thứ XVII Đảng bộ thành phố Hà Nội, "
		"Nghị quyết Đại hội XIII của Đảng.",
		"Quy định 15-QĐ/TW, Quy định 15-QD/TW, Quy định 15 của Ban Bí thư, Quy định 15 của Huyện ủy.",
		"Chỉ thị 08-CT/TW được quán triệt. Chỉ thị số 08 của Bộ Chính trị; Chỉ thị 08; Chỉ thị 08 "
		"của Tỉnh ủy; Chỉ thị số 08/CT-UBND; Chỉ thị 08/CT-TW ngày 3/3/2022.",
		"Bộ Chính trị ban hành 03 Nghị quyết của Bộ Chính trị, gồm: Nghị quyết số 31, Nghị quyết số 32 "
		"và Nghị quyết số 33. Nghị quyết 31 ngày 1/1/2023, Nghị quyết 31 ngày 2/2/2023.",
		"Nghị quyết TW9, khóa XI; Nghị quyết Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa "
		"XI; Nghị quyết Trung ương 9 khóa XII; Nghị quyết Trung ương 9.",
		"Nghị định số 73/2023/NĐ-CP, Nghị định 73/2023/NĐ-CP và Nghị định 73; Thông tư 01/2024/TT-UBDT, "
		"Thông tư số 01/2024/TT-BNV, Thông tư 01.",
		NULL
	};
	GbResult   *r;
	const GbCitation *c;
	int			k;

	/* the issuer named at length, in either order */
	r = extract(shapes[0], 0, 0, 0);
	CHECK(r->ncitations == 1, "h03a shape: one document, got %d", r->ncitations);
	c = find_cit(r, "Nghị quyết", "21", 0);
	CHECK(c && c->mentions == 2 && str_is(c->issuer, "Ban Thường vụ Huyện ủy Mường Tè"),
		  "two mentions, long issuer: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
	r = extract("Thực hiện Nghị quyết 21 của Ban Thường vụ Huyện ủy. Học tập Nghị quyết số 21 của "
				"Ban Thường vụ Huyện ủy Mường Tè về phát triển quế.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "21", 0);
	CHECK(r->ncitations == 1 && c && c->mentions == 2 &&
		  str_is(c->issuer, "Ban Thường vụ Huyện ủy Mường Tè") && str_is(c->subject, "phát triển quế"),
		  "short form first: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	/* the dated mention completes the first one */
	r = extract(shapes[1], 0, 0, 0);
	CHECK(r->ncitations == 1, "h03b shape: one document, got %d", r->ncitations);
	c = find_cit(r, "Kết luận", "97", 0);
	if (c)
	{
		CHECK(c->mentions == 2, "two mentions, got %d", c->mentions);
		CHECK(c->issued.y == 2024 && c->issued.m == 5 && c->issued.d == 7, "issued");
		CHECK_STR(c->issuer, "Bộ Chính trị", "issuer");
		CHECK_STR(c->key, "ket-luan:97-kl/tw@xiii", "key");
		CHECK(c->span_start == 35, "span of the first mention: %u", c->span_start);
	}
	gb_result_free(r);

	/* two dates are two documents, and their keys tell them apart */
	r = extract(shapes[2], 0, 0, 0);
	CHECK(r->ncitations == 2, "two dates: two documents, got %d", r->ncitations);
	if (r->ncitations == 2)
	{
		CHECK(strstr(r->citations[0].key, "2024-04-03") != NULL, "key %s", r->citations[0].key);
		CHECK(strstr(r->citations[1].key, "2024-04-05") != NULL && r->citations[1].mentions == 2,
			  "key %s", r->citations[1].key);
	}
	gb_result_free(r);

	/* a district's Chỉ thị 05 is not the Politburo's */
	r = extract(shapes[3], 0, 0, 0);
	CHECK(r->ncitations == 2, "two levels: two documents, got %d", r->ncitations);
	gb_result_free(r);

	for (k = 0; shapes[k]; k++)
	{
		r = extract(shapes[k], 0, 0, 0);
		CHECK(keys_unique(r), "shape %d: keys unique", k);
		gb_result_free(r);
	}
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

/* ---- officials: one test per rule of the language --------------------- */

static const GbOfficial *
official(const GbResult *r, const char *name)
{
	int			k;

	for (k = 0; k < r->nofficials; k++)
		if (strcmp(r->officials[k].name, name) == 0)
			return &r->officials[k];
	return NULL;
}

/* The official's titles, joined by " | ", are want; so is its honorific. */
static void
check_official(const char *text, const char *name, const char *honorific, const char *titles)
{
	GbResult   *r = extract(text, 0, 0, 0);
	const GbOfficial *o = official(r, name);
	char		got[1024] = "";
	int			k;

	CHECK(o != NULL, "%s not found in \"%s\"", name, text);
	if (o)
	{
		for (k = 0; k < o->ntitles; k++)
		{
			if (k > 0)
				strncat(got, " | ", sizeof(got) - strlen(got) - 1);
			strncat(got, o->titles[k], sizeof(got) - strlen(got) - 1);
		}
		CHECK(strcmp(got, titles) == 0, "titles of %s: \"%s\", want \"%s\"", name, got, titles);
		CHECK((honorific == NULL && o->honorific == NULL) ||
			  (honorific && o->honorific && strcmp(o->honorific, honorific) == 0),
			  "honorific of %s: %s", name, o->honorific ? o->honorific : "NULL");
	}
	gb_result_free(r);
}

static bool
has_role(const GbOfficial *o, const char *role)
{
	int			k;

	for (k = 0; o && k < o->nroles; k++)
		if (strcmp(o->roles[k], role) == 0)
			return true;
	return false;
}

/* G1: title words in lower case, kept as written; lower-case prose is no title */
static void
test_lower_case_titles(void)
{
	GbResult   *r;
	const char *text;

	check_official("Tin vắn\nĐồng chí Trần Thị Ngọc Lan - Phó bí thư thường trực Thị ủy, "
				   "Phó chủ tịch HĐND thị xã chủ trì hội nghị.",
				   "Trần Thị Ngọc Lan", "đồng chí",
				   "Phó bí thư thường trực Thị ủy | Phó chủ tịch HĐND thị xã");
	check_official("Tin vắn\nDự có đồng chí Vi Đức Thắng, Ủy viên Trung ương Đảng, "
				   "Phó trưởng Ban Nội chính Trung ương.",
				   "Vi Đức Thắng", "đồng chí",
				   "Ủy viên Trung ương Đảng | Phó trưởng Ban Nội chính Trung ương");
	/* abbreviations of posts: TVTU, PBT */
	check_official("Tin vắn\nDự có đồng chí Lục Văn Sang, TVTU, Phó chủ tịch UBND tỉnh.",
				   "Lục Văn Sang", "đồng chí", "TVTU | Phó chủ tịch UBND tỉnh");
	/* with "UV" or "UVB" before it (probe 47 G4) */
	check_official("Tin vắn\nDự có đồng chí Điểu Văn Hùng, UVTVTU, Chủ tịch UBMTTQ Việt Nam tỉnh.",
				   "Điểu Văn Hùng", "đồng chí", "UVTVTU | Chủ tịch UBMTTQ Việt Nam tỉnh");
	check_official("Tin vắn\nDự có đồng chí Lò Văn Tâm, UVBTVHU, Trưởng Ban Dân vận Huyện ủy.",
				   "Lò Văn Tâm", "đồng chí", "UVBTVHU | Trưởng Ban Dân vận Huyện ủy");

	/* a title in lower case before a name, the body in capitals */
	text = "Tin vắn\nPhó bí thư Quận ủy Đào Xuân Hiển (bên trái) và trưởng Ban Tổ chức "
		"Quận ủy Lò Thị Hoa chủ trì hội nghị.";
	r = extract(text, 0, 0, 0);
	CHECK(r->nofficials == 2, "two persons, got %d", r->nofficials);
	CHECK(official(r, "Lò Thị Hoa") && official(r, "Lò Thị Hoa")->ntitles == 1 &&
		  strcmp(official(r, "Lò Thị Hoa")->titles[0], "trưởng Ban Tổ chức Quận ủy") == 0,
		  "trưởng Ban before a name");
	CHECK(has_role(official(r, "Đào Xuân Hiển"), "chủ trì") &&
		  has_role(official(r, "Lò Thị Hoa"), "chủ trì"), "both chair");
	gb_result_free(r);

	/* prose: no person, no title */
	r = extract("Tin vắn\nHội nghị có phó bí thư các chi bộ và các trưởng ban của Huyện ủy dự. "
				"Các trưởng Ban Xây dựng Đảng nhận nhiệm vụ.", 0, 0, 0);
	CHECK(r->nofficials == 0, "lower-case prose: %d officials", r->nofficials);
	gb_result_free(r);
}

/* G6: "đ/c", "Đ/c" is đồng chí; every "Title Name" after plural "các đồng chí" */
static void
test_honorific_forms(void)
{
	GbResult   *r;

	check_official("Tin vắn\nTới dự có đ/c Hà Quang Vũ – Bí thư Huyện ủy, Lương Đức Mạnh – PBT "
				   "Thường trực Huyện ủy.", "Lương Đức Mạnh", "đồng chí", "PBT Thường trực Huyện ủy");
	r = extract("Tin vắn\nĐ/c Tạ Minh Khuê phát biểu kết luận hội nghị.", 0, 0, 0);
	CHECK(r->nofficials == 1 && strcmp(r->officials[0].name, "Tạ Minh Khuê") == 0 &&
		  has_role(&r->officials[0], "kết luận"), "Đ/c at a line start");
	gb_result_free(r);

	r = extract("Tin vắn\nCùng dự có các đồng chí Phó Chủ tịch nước Kiều Văn Đạt, Chủ tịch Ủy ban "
				"Trung ương MTTQ Việt Nam Mông Thị Lành.", 0, 0, 0);
	CHECK(r->nofficials == 2, "both list items, got %d", r->nofficials);
	CHECK(official(r, "Kiều Văn Đạt") && official(r, "Kiều Văn Đạt")->honorific,
		  "first item kept, with its honorific");
	gb_result_free(r);

	/* the honorific goes on past an item with no name */
	check_official("Tin vắn\nDự có các đồng chí: Ninh Văn Quế, Phó Bí thư Tỉnh ủy; đại diện "
				   "lãnh đạo các ban, ngành; Hầu Thị Sen, Trưởng Ban Dân vận Tỉnh ủy.",
				   "Hầu Thị Sen", "đồng chí", "Trưởng Ban Dân vận Tỉnh ủy");
}

/* G7, G9: a title goes on through its lower-case complement; "Đoàn Đại biểu" is a body */
static void
test_title_complements(void)
{
	check_official("Tin vắn\nDự có đồng chí Viên Thế Phong, Trưởng đoàn giám sát số 4 của Ban "
				   "Bí thư; đồng chí Khổng Văn Tiến, Bí thư Tỉnh ủy.",
				   "Viên Thế Phong", "đồng chí", "Trưởng đoàn giám sát số 4 của Ban Bí thư");
	check_official("Tin vắn\nĐồng chí Mẫn Thị Hằng, Trưởng Tiểu ban tuyên truyền Đại hội Đảng "
				   "bộ huyện phát biểu.", "Mẫn Thị Hằng", "đồng chí",
				   "Trưởng Tiểu ban tuyên truyền Đại hội Đảng bộ huyện");
	check_official("Tin vắn\nĐồng chí Khúc Văn Hòa – Bí thư huyện ủy dự.",
				   "Khúc Văn Hòa", "đồng chí", "Bí thư huyện ủy");
	check_official("Tin vắn\nĐồng chí Lâm Ngọc Bích – Bí thư thị ủy Phát biểu tại hội nghị.",
				   "Lâm Ngọc Bích", "đồng chí", "Bí thư thị ủy");
	/* G8: "UVT.Ư" (Ủy viên Trung ương): its dot ends neither the title nor the list */
	check_official("Tin vắn\nĐồng chí Hứa Văn Bình, UVT.Ư Đảng, Bí thư Tỉnh ủy chủ trì.",
				   "Hứa Văn Bình", "đồng chí", "UVT.Ư Đảng | Bí thư Tỉnh ủy");
	check_official("Tin vắn\nChiều 4/9, đồng chí Giang Văn Lộc, Bí thư Tỉnh ủy, Trưởng đoàn Đại "
				   "biểu Quốc hội tỉnh chủ trì hội nghị.", "Giang Văn Lộc", "đồng chí",
				   "Bí thư Tỉnh ủy | Trưởng đoàn Đại biểu Quốc hội tỉnh");
}

/*
 * R9 (probes 53 G2, 55 G5, 54 G7): a reason's "do", "vì", "lý do", or
 * "tới" after a post opens the predicate; it completes no word of the
 * place's name before it (capitalized whole) nor "Trung ương".  "Quản lý"
 * is one word, "lý" goes on when no "do" follows.
 */
static void
test_title_reason_end(void)
{
	check_official("Tin vắn\nHội nghị bầu đồng chí Mạc Văn Sơn thay đồng chí Phạm Triều - nguyên Bí "
				   "thư Huyện ủy Lạc Dương do chuyển công tác.", "Phạm Triều", "đồng chí",
				   "nguyên Bí thư Huyện ủy Lạc Dương");
	check_official("Tin vắn\nĐồng chí Khương Văn Bình - Phó Bí thư Huyện ủy Bảo Lâm vì lý do sức "
				   "khỏe không tham dự.", "Khương Văn Bình", "đồng chí", "Phó Bí thư Huyện ủy Bảo Lâm");
	check_official("Tin vắn\nKỳ họp miễn nhiệm ông Tạ Văn Phong – Nguyên Chỉ huy trưởng BCH Quân "
				   "sự huyện Krông Pắc lý do nghỉ công tác.", "Tạ Văn Phong", "ông",
				   "Nguyên Chỉ huy trưởng BCH Quân sự huyện Krông Pắc");
	check_official("Tin vắn\nÔng Lục Văn Hội, Chủ tịch UBND xã Ea Tu bởi bận công tác nên vắng.",
				   "Lục Văn Hội", "ông", "Chủ tịch UBND xã Ea Tu");
	check_official("Tin vắn\nĐồng chí Vũ Văn Nghĩa, Bí thư Trung ương Đảng, Trưởng ban Tuyên giáo "
				   "Trung ương tới dự và chỉ đạo hội thảo.", "Vũ Văn Nghĩa", "đồng chí",
				   "Bí thư Trung ương Đảng | Trưởng ban Tuyên giáo Trung ương");
	check_official("Tin vắn\nĐồng chí Đinh Văn Hùng, Ủy viên Trung ương Đảng tới thăm tỉnh.",
				   "Đinh Văn Hùng", "đồng chí", "Ủy viên Trung ương Đảng");
	check_official("Tin vắn\nĐồng chí Lò Văn Tám, Trưởng Ban Quản lý Khu kinh tế tỉnh phát biểu.",
				   "Lò Văn Tám", "đồng chí", "Trưởng Ban Quản lý Khu kinh tế tỉnh");
}

/*
 * R9 (probe 54 G1, probe 53 G3): a body's name written on in lower case
 * stays in the title: up to its level ("Hội Văn học nghệ thuật tỉnh"),
 * words of names pages write so ("đa khoa", "quản trị", "báo chí"), a
 * newspaper's "báo" before its name, the merged "Báo và Phát thanh,
 * Truyền hình" of a province, after which the next post is still read.
 */
static void
test_title_body_lower(void)
{
	check_official("Tin vắn\nDự có đồng chí Quách Văn Sơn, Tỉnh ủy viên, Chủ tịch Hội Văn học nghệ "
				   "thuật tỉnh.", "Quách Văn Sơn", "đồng chí", "Tỉnh ủy viên | Chủ tịch Hội Văn học nghệ thuật tỉnh");
	check_official("Tin vắn\nDự có ông Tôn Văn Bình, Giám đốc Bệnh viện đa khoa huyện.",
				   "Tôn Văn Bình", "ông", "Giám đốc Bệnh viện đa khoa huyện");
	check_official("Tin vắn\nDự có ông Lý Văn An, Giám đốc Bệnh viện đa khoa Trung ương Thái Nguyên.",
				   "Lý Văn An", "ông", "Giám đốc Bệnh viện đa khoa Trung ương Thái Nguyên");
	check_official("Tin vắn\nDự có bà Âu Thị Dung, Chủ tịch Hội đồng quản trị công ty Điện lực.",
				   "Âu Thị Dung", "bà", "Chủ tịch Hội đồng quản trị công ty Điện lực");
	check_official("Tin vắn\nDự có ông Phí Văn Trường, Phó Tổng Biên tập báo Sài Gòn Giải phóng.",
				   "Phí Văn Trường", "ông", "Phó Tổng Biên tập báo Sài Gòn Giải phóng");
	check_official("Tin vắn\nDự có ông Kiều Đức Nam, Tổng Biên tập báo Đà Nẵng.",
				   "Kiều Đức Nam", "ông", "Tổng Biên tập báo Đà Nẵng");
	check_official("Tin vắn\nDự có bà Lã Thị Nhâm, Tổng Biên tập Đài Phát thanh truyền hình Bình "
				   "Phước và báo Bình Phước.", "Lã Thị Nhâm", "bà",
				   "Tổng Biên tập Đài Phát thanh truyền hình Bình Phước và báo Bình Phước");
	check_official("Tin vắn\nDự có ông Mẫn Văn Môn, Giám đốc Trung tâm báo chí Đại hội XIV của Đảng.",
				   "Mẫn Văn Môn", "ông", "Giám đốc Trung tâm báo chí Đại hội XIV của Đảng");
	check_official("Tin vắn\nDự có đồng chí Mạc Đức Thông, Bí thư Đảng ủy, Tổng Biên tập Báo và "
				   "phát thanh, truyền hình Tuyên Quang, Chủ tịch Hội Nhà báo tỉnh.", "Mạc Đức Thông",
				   "đồng chí", "Bí thư Đảng ủy | Tổng Biên tập Báo và phát thanh, truyền hình Tuyên "
				   "Quang | Chủ tịch Hội Nhà báo tỉnh");
	check_official("Tin vắn\nDự có ông Hầu Văn Lâm, Tổng Biên tập Báo và Phát thanh, Truyền hình "
				   "Lào Cai, Chủ tịch Hội Nhà báo tỉnh.", "Hầu Văn Lâm", "ông",
				   "Tổng Biên tập Báo và Phát thanh, Truyền hình Lào Cai | Chủ tịch Hội Nhà báo tỉnh");
}

/*
 * R9 (probe 54 G10): a mass organization's name in its letters ("Hội
 * NDVN", "Hội LHPN", "Hội CCB", "Đoàn TNCS", "LĐLĐ") and written out
 * later in the same report is one post, once among the titles.
 */
static void
test_title_mass_letters(void)
{
	check_official("Tin vắn\nDự có bà Ninh Thị Thơm – Phó Chủ tịch Ban Chấp hành Trung ương Hội NDVN. "
				   "Bà Ninh Thị Thơm, Phó Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam tặng hoa.",
				   "Ninh Thị Thơm", "bà", "Phó Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam");
	check_official("Tin vắn\nDự có bà Giáp Thị Hồng, Chủ tịch Hội LHPN tỉnh. Bà Giáp Thị Hồng, Chủ tịch "
				   "Hội Liên hiệp Phụ nữ tỉnh phát biểu.", "Giáp Thị Hồng", "bà",
				   "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh");
	check_official("Tin vắn\nDự có ông Văn Đình Quý, Chủ tịch Hội CCB huyện. Ông Văn Đình Quý, Chủ tịch "
				   "Hội Cựu chiến binh huyện tặng quà.", "Văn Đình Quý", "ông", "Chủ tịch Hội Cựu chiến binh huyện");
	check_official("Tin vắn\nDự có anh Lục Văn Tú, Ủy viên BCH Trung ương Đoàn TNCS Hồ Chí Minh. Anh Lục "
				   "Văn Tú, Ủy viên Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh phát biểu.",
				   "Lục Văn Tú", "anh", "Ủy viên Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh");
	check_official("Tin vắn\nDự có ông Kim Văn Sĩ, Chủ tịch LĐLĐ tỉnh. Ông Kim Văn Sĩ, Chủ tịch Liên đoàn "
				   "Lao động tỉnh phát biểu.", "Kim Văn Sĩ", "ông", "Chủ tịch Liên đoàn Lao động tỉnh");
}

/*
 * Probe 63 G8: an association named in its letters with its "Hội" ("HND",
 * "HCCB", "HLHPN") or the Front's Committee with its "Ủy ban" ("UBMTTQ")
 * is the same post as the name written out, once among the titles.
 */
static void
test_title_association_letters(void)
{
	check_official("Kết luận hội nghị, đồng chí Nguyễn Văn Thi – TUV, Chủ tịch Hội Nông dân tỉnh ghi nhận kết "
				   "quả. Đ.c Nguyễn Văn Thi – TUV, Chủ tịch HND tỉnh phát biểu kết luận hội nghị.",
				   "Nguyễn Văn Thi", "đồng chí", "TUV | Chủ tịch Hội Nông dân tỉnh");
	check_official("Tin vắn\nDự có bà Lê Thị Hồng, Chủ tịch HLHPN huyện Yên Thành. Bà Lê Thị Hồng, Chủ tịch "
				   "Hội Liên hiệp Phụ nữ huyện Yên Thành phát biểu.", "Lê Thị Hồng", "bà",
				   "Chủ tịch Hội Liên hiệp Phụ nữ huyện Yên Thành");
	check_official("Tin vắn\nDự có ông Hà Văn Bảy, Chủ tịch HCCB xã Tân Lập. Ông Hà Văn Bảy, Chủ tịch Hội "
				   "Cựu chiến binh xã Tân Lập tặng quà.", "Hà Văn Bảy", "ông",
				   "Chủ tịch Hội Cựu chiến binh xã Tân Lập");
	check_official("Tin vắn\nDự có ông Trần Văn Tâm, Chủ tịch UBMTTQ tỉnh. Ông Trần Văn Tâm, Chủ tịch Ủy "
				   "ban MTTQ tỉnh phát biểu.", "Trần Văn Tâm", "ông", "Chủ tịch UBMTTQ tỉnh");
}

/*
 * H5, H2(d): a hyphen inside a body's name ("CQ-DN", "Cơ quan-Doanh
 * nghiệp", "Hậu cần-Kỹ thuật") is part of it, an abbreviation in
 * parentheses is skipped (K8: left out of the organizer); after a name, or before a position, it still parts them.
 */
static void
test_name_hyphen(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nNgày 9-11, Ban Thường vụ Đảng ủy Khối Cơ quan-Doanh nghiệp (CQ-DN) "
				"tỉnh tổ chức hội nghị quán triệt nghị quyết. Đồng chí Quách Văn Dũng, Bí thư "
				"Đảng ủy Khối CQ-DN tỉnh chủ trì hội nghị.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer,
				 "Ban Thường vụ Đảng ủy Khối Cơ quan-Doanh nghiệp tỉnh"),
		  "hyphenated organizer: %s", r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	check_official("Tin vắn\nĐồng chí Quách Văn Dũng, Bí thư Đảng ủy Khối CQ-DN tỉnh chủ trì.",
				   "Quách Văn Dũng", "đồng chí", "Bí thư Đảng ủy Khối CQ-DN tỉnh");
	check_official("Tin vắn\nThượng tá Đỗ Văn Khải, Trưởng phòng Hậu cần-Kỹ thuật phát biểu.",
				   "Đỗ Văn Khải", NULL, "Trưởng phòng Hậu cần-Kỹ thuật");
	check_official("Tin vắn\nĐồng chí Kha Văn Tùng, Giám đốc Sở Văn hóa - Thể thao và Du lịch dự.",
				   "Kha Văn Tùng", "đồng chí", "Giám đốc Sở Văn hóa - Thể thao và Du lịch");
	/* name-title and title-title */
	check_official("Tin vắn\nĐồng chí Vương Thị Lụa-Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban "
				   "Dân vận Tỉnh ủy phát biểu.", "Vương Thị Lụa", "đồng chí",
				   "Ủy viên Ban Thường vụ Tỉnh ủy | Trưởng Ban Dân vận Tỉnh ủy");
	check_official("Tin vắn\nĐồng chí Kha Văn Tùng, Phó Bí thư Tỉnh ủy-Chủ tịch UBND tỉnh dự.",
				   "Kha Văn Tùng", "đồng chí", "Phó Bí thư Tỉnh ủy | Chủ tịch UBND tỉnh");
	check_official("Tin vắn\nĐồng chí Kha Văn Tùng, Bí thư Đảng ủy - Giám đốc Sở Nội vụ dự.",
				   "Kha Văn Tùng", "đồng chí", "Bí thư Đảng ủy | Giám đốc Sở Nội vụ");
	/* a name in capitals after an abbreviation */
	check_official("Tin vắn\nĐồng chí Phó Chủ tịch UBND-TRỊNH VĂN KHOA phát biểu.",
				   "Trịnh Văn Khoa", "đồng chí", "Phó Chủ tịch UBND");
}

/*
 * H12: "Hội đồng" is one word of a body's name, "Hội" (an association)
 * another; "các cơ quan" goes on inside a body's name.
 */
static void
test_council_titles(void)
{
	GbResult   *r;

	check_official("Tin vắn\nÔng Lạc Văn Trung, Phó Chủ tịch Hội đồng Lý luận Trung ương phát "
				   "biểu tại hội thảo.", "Lạc Văn Trung", "ông",
				   "Phó Chủ tịch Hội đồng Lý luận Trung ương");
	check_official("Tin vắn\nĐồng chí Kim Thị Hạnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh "
				   "phát biểu.", "Kim Thị Hạnh", "đồng chí",
				   "Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh");
	check_official("Tin vắn\nPGS.TS Mạc Văn Lũy, Phó Chủ tịch Hội đồng Khoa học các cơ quan Đảng "
				   "Trung ương phát biểu.", "Mạc Văn Lũy", NULL,
				   "Phó Chủ tịch Hội đồng Khoa học các cơ quan Đảng Trung ương");
	check_official("Tin vắn\nĐồng chí Giáp Văn Sơn, Phó Chủ tịch Hội Nông dân tỉnh dự.",
				   "Giáp Văn Sơn", "đồng chí", "Phó Chủ tịch Hội Nông dân tỉnh");
	check_official("Tin vắn\nĐồng chí Giáp Văn Sơn, Bí thư Đảng ủy Khối các cơ quan tỉnh dự.",
				   "Giáp Văn Sơn", "đồng chí", "Bí thư Đảng ủy Khối các cơ quan tỉnh");
	check_official("Tin vắn\nĐồng chí Giáp Văn Sơn, Phó Chủ tịch Hội đồng nhân dân tỉnh dự.",
				   "Giáp Văn Sơn", "đồng chí", "Phó Chủ tịch Hội đồng nhân dân tỉnh");

	/* a council organizes; "Hội đồng" alone names no body */
	r = extract("Tin hoạt động\nNgày 4-1, Hội đồng Thi đua - Khen thưởng tỉnh tổ chức hội nghị "
				"tổng kết.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Hội đồng Thi đua - Khen thưởng tỉnh"),
		  "council organizer: %s", r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nNgày 4-1, Hội đồng đã họp xét duyệt hồ sơ.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "lone Hội đồng: %s", r->meeting.organizer);
	gb_result_free(r);
}

/*
 * Titles as reporters write them: "Phó ban" for Phó Trưởng Ban, "Nguyên"
 * (former) as part of the title, a lower-case title before a name, a
 * group's "của <body>" at once.
 */
static void
test_title_forms(void)
{
	GbResult   *r;

	check_official("Tin vắn\nĐồng chí Đàm Văn Bổng - Nguyên phó ban tuyên giáo Tỉnh ủy, báo cáo "
				   "viên truyền đạt nội dung.", "Đàm Văn Bổng", "đồng chí",
				   "Nguyên phó ban tuyên giáo Tỉnh ủy");
	check_official("Tin vắn\nĐồng chí Đàm Văn Bổng, Phó Ban Tổ chức Huyện ủy phát biểu.",
				   "Đàm Văn Bổng", "đồng chí", "Phó Ban Tổ chức Huyện ủy");
	check_official("Tin vắn\nDự hội nghị có ông Ngụy Văn Bền, Phó chủ tịch Hội Cựu chiến binh "
				   "tỉnh.", "Ngụy Văn Bền", "ông", "Phó chủ tịch Hội Cựu chiến binh tỉnh");
	check_official("Tin vắn\nPhát biểu tại hội nghị, giám đốc Sở Nội vụ Khương Văn Hòe cho biết "
				   "tỉnh đã hoàn thành.", "Khương Văn Hòe", NULL, "giám đốc Sở Nội vụ");
	check_official("Tin vắn\nĐồng chí Lã Thị Thơm, Trưởng Ban Chỉ đạo của Thành ủy về phòng, "
				   "chống tham nhũng phát biểu.", "Lã Thị Thơm", "đồng chí",
				   "Trưởng Ban Chỉ đạo của Thành ủy về phòng, chống tham nhũng");
	/* G8: "T.Ư" (Trung ương) inside a title */
	check_official("Tin vắn\nĐồng chí Tống Văn Khang - Phó trưởng ban Kiểm tra T.Ư Hội trình bày "
				   "báo cáo.", "Tống Văn Khang", "đồng chí", "Phó trưởng ban Kiểm tra T.Ư Hội");
	/* prose: "phó ban các ban" is no title */
	r = extract("Tin vắn\nHội nghị có phó ban các ban đảng của Huyện ủy dự.", 0, 0, 0);
	CHECK(r->nofficials == 0, "phó ban in prose: %d officials", r->nofficials);
	gb_result_free(r);
}

/* G15, G18: later mentions of a known person */
static void
test_later_mentions(void)
{
	GbResult   *r;
	const GbOfficial *o;

	/* a known full name is a name, a rare surname too */
	r = extract("Tin vắn\nCác đồng chí: Thào A Chứ, Bí thư Huyện ủy; Lù Văn Pao, Phó Bí thư "
				"Huyện ủy chủ trì. Kết luận hội nghị, đồng chí Bí thư Huyện ủy Thào A Chứ "
				"đề nghị các chi bộ.", 0, 0, 0);
	o = official(r, "Thào A Chứ");
	CHECK(o && o->mentions == 2 && o->ntitles == 1, "known name after a title: %d mentions",
		  o ? o->mentions : 0);
	CHECK(has_role(o, "kết luận"), "role from the later mention");
	gb_result_free(r);

	/* a short form of a title held adds no title */
	r = extract("Tin vắn\nĐồng chí Mai Đức Toàn - Bí thư Chi bộ Phòng Nội vụ chủ trì. "
				"Đồng chí Bí thư Chi bộ đã quán triệt nghị quyết.", 0, 0, 0);
	o = official(r, "Mai Đức Toàn");
	CHECK(o && o->mentions == 2 && o->ntitles == 1, "short title: %d titles",
		  o ? o->ntitles : -1);
	gb_result_free(r);
}

/*
 * gb_fold() gives the same with and without its fast path, and so does
 * gb_fold_into() where it takes the text.
 */
static bool
same_fold(const char *in, size_t len)
{
	char	   *a,
			   *b,
				c[512];
	size_t		na,
				nb;
	int			nc;
	bool		same;

	gb_tokenize_slow_only = false;
	a = gb_fold(in, len, &na);
	nc = gb_fold_into(in, len, c, sizeof(c));
	gb_tokenize_slow_only = true;
	b = gb_fold(in, len, &nb);
	gb_tokenize_slow_only = false;
	same = na == nb && memcmp(a, b, na) == 0 &&
		(nc < 0 || ((size_t) nc == na && memcmp(a, c, na) == 0 && c[nc] == '\0'));
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
		/* glued words (glued.c), NFC and NFD, and mixed case that is not */
		"Tr\xe1\xbb\x8bnh\xc4\x90\xc3\xacnh", "Tri\xcc\xa3nh\xc4\x90i\xcc\x80nh",
		"t\xe1\xbb\x89nhQu\xe1\xba\xa3ng", "ThS", "PetroVietnam",
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

/* Whether the meeting's bridge points are exactly those listed (NULL-ended). */
static bool
bridges_are(const GbResult *r, const char *const *want)
{
	int			n;

	for (n = 0; want[n]; n++)
		if (n >= r->meeting.nbridge_points || strcmp(r->meeting.bridge_points[n], want[n]) != 0)
			return false;
	return n == r->meeting.nbridge_points;
}

/*
 * G4: after "điểm cầu (chính | cấp tỉnh)? (tại | ở | -)?" the whole name,
 * also when its first word is a common noun ("Tổng cục Kỹ thuật", "Phòng
 * họp", "trụ sở Bộ Tư pháp"); "T.Ư" and "TW" are written out as Trung ương.
 */
static void
test_bridge_points(void)
{
	GbResult   *r;
	static const char *const want1[] = {"Trung ương", "Tổng cục Kỹ thuật", NULL};
	static const char *const want2[] = {"Phòng họp Hoa Sen", "hội trường Tràng An",
	"trụ sở Bộ Tư pháp", NULL};

	r = extract("Tin hoạt động\nSáng 14/9/2022, Ban Dân vận Tỉnh ủy tổ chức hội nghị trực tuyến "
				"từ điểm cầu T.Ư tại Hội trường Tỉnh ủy. Thượng tá Phan Văn Đức chủ trì tại "
				"điểm cầu Tổng cục Kỹ thuật. Tại điểm cầu TW có 40 đại biểu.", 0, 0, 0);
	CHECK(bridges_are(r, want1), "T.Ư and Tổng cục: %d points, first %s", r->meeting.nbridge_points,
		  r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
	gb_result_free(r);

	r = extract("Tin hoạt động\nSáng 2/3/2021, Ban Bí thư tổ chức hội nghị trực tuyến. Dự tại "
				"điểm cầu chính ở Phòng họp Hoa Sen có các đồng chí lãnh đạo. Tại điểm cầu cấp "
				"tỉnh - hội trường Tràng An, có 200 đại biểu. Dự tại điểm cầu trụ sở Bộ Tư pháp "
				"có lãnh đạo bộ. Các điểm cầu cấp huyện, cấp xã kết nối.", 0, 0, 0);
	CHECK(bridges_are(r, want2), "chính ở, cấp tỉnh -, trụ sở: %d points", r->meeting.nbridge_points);
	gb_result_free(r);

	/* "điểm cầu chính là <venue>": the main point's name after "là" (probe 63 G5) */
	r = extract("Tin hoạt động\nSáng 9/12/2023, hội nghị được tổ chức trực tuyến từ điểm cầu chính là "
				"phòng họp Diên Hồng, nhà Quốc hội đến các tỉnh, thành phố. Điểm cầu chính là "
				"Hội trường Tỉnh ủy Minh Sơn.", 0, 0, 0);
	CHECK(r->meeting.nbridge_points == 2 && str_is(r->meeting.bridge_points[0], "phòng họp Diên Hồng") &&
		  str_is(r->meeting.bridge_points[1], "Hội trường Tỉnh ủy Minh Sơn"),
		  "chính là: %d points, first %s", r->meeting.nbridge_points,
		  r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
	gb_result_free(r);

	/* a place name capitalizes every syllable: no lower-case word after it */
	r = extract("Tin hoạt động\nSáng 2/3/2021, Tỉnh ủy tổ chức hội nghị trực tuyến. Tại điểm "
				"cầu Cục Chính trị, đại biểu dự. Tại điểm cầu Ninh Giang gồm có 30 đại biểu.",
				0, 0, 0);
	CHECK(r->meeting.nbridge_points == 2 && str_is(r->meeting.bridge_points[0], "Cục Chính trị") &&
		  str_is(r->meeting.bridge_points[1], "Ninh Giang"),
		  "Cục Chính trị, Ninh Giang: %d points", r->meeting.nbridge_points);
	gb_result_free(r);

	/* an abbreviated province is one name across its hyphen */
	r = extract("Tin hoạt động\nSáng 2/3/2021, Tỉnh ủy tổ chức hội nghị trực tuyến. Tại điểm "
				"cầu BR-VT có 40 đại biểu dự.", 0, 0, 0);
	CHECK(r->meeting.nbridge_points == 1 && str_is(r->meeting.bridge_points[0], "BR-VT"),
		  "BR-VT: %d points, first %s", r->meeting.nbridge_points,
		  r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
	gb_result_free(r);
}

/* G17: "tại <place>," before the subject is an adverbial, not the organizer. */
static void
test_organizer_after_place(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nNgày 17-10-2022, tại Hội trường Huyện ủy, Ban Thường vụ Huyện ủy "
				"tổ chức hội nghị sơ kết công tác kiểm tra.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Thường vụ Huyện ủy"), "after Hội trường: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	CHECK(str_is(r->meeting.meeting_kind, "sơ kết"), "kind %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);

	r = extract("Tin hoạt động\nSáng 5/3/2022, tại Thị ủy, Ban Thường vụ Thị ủy Phú Mỹ tổ chức "
				"hội nghị quán triệt.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Thường vụ Thị ủy Phú Mỹ"), "after tại: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);

	/* the body is the text's first token */
	r = extract("Ban Thường vụ Thị ủy tổ chức hội nghị giao ban.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Thường vụ Thị ủy"), "first token: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);

	/* a list of organizers is still one */
	r = extract("Tin hoạt động\nSáng 5/3/2022, Bộ Chính trị, Ban Bí thư tổ chức hội nghị.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Bộ Chính trị, Ban Bí thư"), "list: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);

	/* "tại <body> đã tổ chức" with no other subject: the body hosts; a room does not */
	r = extract("Tin hoạt động\nNgày 05/4/2022, tại Huyện ủy Tân Yên đã tổ chức Hội nghị giao ban "
				"công tác quý I.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Huyện ủy Tân Yên"), "tại <body> tổ chức: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nNgày 05/4/2022, tại Hội trường Huyện ủy đã tổ chức Hội nghị giao ban.",
				0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "a room: %s", r->meeting.organizer);
	gb_result_free(r);

	/* "đang tổ chức", "tiến hành đại hội": the subject still organizes */
	r = extract("Tin hoạt động\nSáng 9/12/2021, Bộ Chính trị, Ban Bí thư đang tổ chức Hội nghị toàn "
				"quốc quán triệt Nghị quyết Trung ương 4.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Bộ Chính trị, Ban Bí thư"), "đang tổ chức: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nSáng 03/6/2022, Chi bộ trường THCS Tân Lập tiến hành đại hội "
				"nhiệm kỳ 2022 - 2025.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Chi bộ trường THCS Tân Lập"), "tiến hành: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);

	/* the Khối's name in lower case: "Đảng ủy Khối doanh nghiệp tỉnh" */
	r = extract("Tin hoạt động\nSáng 25/4/2012, Đảng ủy Khối doanh nghiệp tỉnh tổ chức Hội nghị "
				"quán triệt Nghị quyết Trung ương 4.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Đảng ủy Khối doanh nghiệp tỉnh"), "Khối doanh nghiệp: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/* G16: "... tại Hội nghị <name>, ngày D": the date after the meeting's name. */
static void
test_date_after_meeting(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nPhát biểu chỉ đạo của đồng chí Đỗ Minh Khôi, Phó Bí thư Huyện ủy "
				"tại Hội nghị tổng kết công tác tuyên giáo, nhiệm kỳ 2020-2025, ngày 9-12-2024.",
				0, 0, 0);
	CHECK(r->meeting.held_on.y == 2024 && r->meeting.held_on.m == 12 && r->meeting.held_on.d == 9 &&
		  r->meeting.date_inferred == 0, "held_on %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	CHECK(str_is(r->meeting.meeting_kind, "tổng kết"), "kind %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);

	/* a document named in between: the date is the document's */
	r = extract("Tin hoạt động\nCác chi bộ thực hiện nghiêm kết luận tại Hội nghị lần thứ ba về "
				"Quy định số 12-QĐ/TU, ngày 3-4-2023.", 0, 0, 0);
	CHECK(r->meeting.held_on.y == 0, "document date taken: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * G5: a congress only spoken of ("Nghị quyết Đại hội", "phục vụ Đại hội",
 * "rút kinh nghiệm đại hội") is not the meeting's kind; "X tổ chức Hội
 * nghị quán triệt" gives the kind without a date in the sentence.
 */
static void
test_meeting_kind(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nSáng 21/8/2023, Đảng ủy phường Tân Hòa làm việc với các chi bộ về "
				"việc thực hiện Nghị quyết Đại hội Đảng bộ phường.", 0, 0, 0);
	/* the working session (O5), not the congress of the resolution */
	CHECK(str_is(r->meeting.meeting_kind, "làm việc"), "Nghị quyết Đại hội: kind %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);

	r = extract("Tin hoạt động\nChiều 4/5/2020, Tiểu ban Văn kiện phục vụ Đại hội Đảng bộ huyện "
				"triển khai nhiệm vụ.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL, "phục vụ Đại hội: kind %s", r->meeting.meeting_kind);
	gb_result_free(r);

	r = extract("Tin hoạt động\nSáng 2/4/2020, Huyện ủy tổ chức Hội nghị rút kinh nghiệm đại hội "
				"chi bộ điểm.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "hội nghị"), "rút kinh nghiệm đại hội: kind %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);

	/* a congress held is still one */
	r = extract("Tin hoạt động\nSáng 2/4/2020, Đảng bộ xã Hòa Bình tổ chức đại hội đại biểu lần "
				"thứ XII.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "đại hội"), "đại hội held: kind %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);

	r = extract("Tin hoạt động\nBan Thường vụ Huyện ủy tổ chức Hội nghị trực tuyến toàn quốc quán "
				"triệt Quy định số 23-QĐ/TW về công tác kiểm tra.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "quán triệt") && str_is(r->meeting.scope, "toàn quốc"),
		  "no date: kind %s scope %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL",
		  r->meeting.scope ? r->meeting.scope : "NULL");
	gb_result_free(r);

	/* "kết luận" in lower case is the verb: the meeting concluded is held */
	r = extract("Đồng chí Lã Văn Tính phát biểu kết luận Hội nghị.\n\nDự Hội nghị có các đồng chí "
				"lãnh đạo. Đại biểu ở các điểm cầu góp ý vào dự thảo.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "hội nghị") && r->meeting.online == 1,
		  "phát biểu kết luận Hội nghị: kind %s online %d",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL", r->meeting.online);
	gb_result_free(r);

	/* "Hội nghị ... về tổng kết": the topic of the meeting held; "Kế hoạch về" speaks of one */
	r = extract("Tin hoạt động\nSáng 8/5/2021, Sở Tư pháp tổ chức Hội nghị trực tuyến đến các huyện "
				"về tổng kết 5 năm thực hiện Chỉ thị số 12 của Tỉnh ủy.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "tổng kết"), "Hội nghị về tổng kết: kind %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nSáng 2/3/2021, Huyện ủy triển khai Kế hoạch về tổ chức đại hội "
				"chi bộ nhiệm kỳ 2022-2025.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL, "Kế hoạch về đại hội: kind %s", r->meeting.meeting_kind);
	gb_result_free(r);
}

/*
 * H2: the organizer is the whole subject of "tổ chức": "Đảng bộ" with its
 * body, an activity ("nghiên cứu, học tập, quán triệt") as the verb's object
 * in the lead, and no body of a title in a fronted "dưới sự chủ trì của"
 * clause.
 */
static void
test_organizer_subject(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nSáng 9/5/2025, Đảng bộ Sở Công Thương đã tổ chức Đại hội lần thứ "
				"III, nhiệm kỳ 2025-2030.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Đảng bộ Sở Công Thương"), "Đảng bộ Sở: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);

	r = extract("Tin hoạt động\nSáng 9/5/2025, Đảng bộ xã Hòa Phong đã tổ chức Đại hội lần thứ "
				"XV.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Đảng bộ xã Hòa Phong"), "Đảng bộ xã: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);

	r = extract("Tin hoạt động\nNgày 20-4-2024, Đảng ủy Quân sự huyện tổ chức nghiên cứu, học "
				"tập, quán triệt Kết luận số 14-KL/TW cho cán bộ chủ chốt.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Đảng ủy Quân sự huyện"), "tổ chức nghiên cứu: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);

	/* outside the lead "tổ chức triển khai" is a task set, not a meeting */
	r = extract("Tin hoạt động\nCác chi bộ thực hiện tốt nhiệm vụ.\nĐề nghị Ban Tuyên giáo "
				"Huyện ủy tổ chức triển khai thực hiện nghị quyết.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "task set: %s", r->meeting.organizer);
	gb_result_free(r);

	r = extract("Tin hoạt động\nSáng 8/1/2025, dưới sự chủ trì của Đại tá Lê Văn Hòa, Tỉnh ủy "
				"viên, Chính ủy Bộ CHQS tỉnh, Đảng ủy Quân sự tỉnh Hà Tĩnh tổ chức hội nghị "
				"quán triệt.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Đảng ủy Quân sự tỉnh Hà Tĩnh"), "dưới sự chủ trì: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * Probe 43 G6: a place's last syllable that folds as "ban" ("Vụ Bản",
 * "Điện Bàn") before "tổ chức" is the place's, not the head "Ban Tổ chức":
 * the tone marks tell them apart; a text without marks is left as it was.
 */
static void
test_organizer_place_not_head(void)
{
	static const char *const cases[][2] = {
		{"Sáng 12/8/2020, Huyện ủy Vụ Bản tổ chức hội nghị sơ kết 6 tháng đầu năm 2020.",
		 "Huyện ủy Vụ Bản"},
		{"Sáng 14/8/2020, Đảng bộ thị xã Điện Bàn tổ chức Đại hội đại biểu lần thứ XXII, "
		 "nhiệm kỳ 2020-2025.", "Đảng bộ thị xã Điện Bàn"},
		{"Ngày 3/4/2021, Ban Thường vụ Huyện ủy Điện Bàn tổ chức hội nghị quán triệt Nghị "
		 "quyết.", "Ban Thường vụ Huyện ủy Điện Bàn"},
		{"Ngày 3/4/2021, Đảng ủy xã Tân Bản tổ chức hội nghị sơ kết công tác quý I.",
		 "Đảng ủy xã Tân Bản"},
		/* the head itself, after the place or before it, is still one */
		{"Ngày 3/4/2021, Ban Tổ chức Huyện ủy Vụ Bản tổ chức hội nghị sơ kết công tác.",
		 "Ban Tổ chức Huyện ủy Vụ Bản"},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		GbResult   *r = extract(cases[i][0], 0, 0, 0);

		CHECK(str_is(r->meeting.organizer, cases[i][1]), "place before tổ chức %d: %s", i,
			  r->meeting.organizer ? r->meeting.organizer : "NULL");
		gb_result_free(r);
	}
}

/*
 * Probe 43 G4: "<body> (đã | tổ chức) kiểm điểm ..." without "hội nghị" is
 * a meeting of kind "kiểm điểm" held by the body, on the sentence's date;
 * "hội nghị kiểm điểm", "họp kiểm điểm" are of that kind too.  Not a
 * person told to "kiểm điểm", nor a congress reviewing its term.
 */
static void
test_kind_self_review(void)
{
	static const char *const cases[][3] = {
		{"(HNM) - Ngày 13-10-2012, Ban Thường vụ (BTV) Quận ủy Hà Đông đã kiểm điểm đối với "
		 "tập thể và cá nhân Ủy viên BTV theo tinh thần Nghị quyết TƯ 4 (khóa XI).",
		 "Ban Thường vụ Quận ủy Hà Đông", "2012-10-13"},
		{"Ngày 10/12/2023, Đảng ủy xã Tân Lập tổ chức kiểm điểm tập thể và cá nhân năm 2023.",
		 "Đảng ủy xã Tân Lập", "2023-12-10"},
		{"Sáng 20/12/2023, Ban Thường vụ Tỉnh ủy Lạng Sơn tổ chức Hội nghị kiểm điểm tập thể, "
		 "cá nhân năm 2023.", "Ban Thường vụ Tỉnh ủy Lạng Sơn", "2023-12-20"},
		{"Chiều 20/12/2023, Thường trực Tỉnh ủy Phú Yên họp kiểm điểm tập thể năm 2023.",
		 "Thường trực Tỉnh ủy Phú Yên", "2023-12-20"},
	};
	GbResult   *r;
	char		buf[16];
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		r = extract(cases[i][0], 0, 0, 0);
		snprintf(buf, sizeof(buf), "%04d-%02d-%02d", r->meeting.held_on.y, r->meeting.held_on.m,
				 r->meeting.held_on.d);
		CHECK(str_is(r->meeting.meeting_kind, "kiểm điểm") &&
			  str_is(r->meeting.organizer, cases[i][1]) && strcmp(buf, cases[i][2]) == 0,
			  "kiểm điểm %d: %s / %s / %s", i,
			  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL",
			  r->meeting.organizer ? r->meeting.organizer : "NULL", buf);
		gb_result_free(r);
	}

	/* a person told to review himself holds no meeting */
	r = extract("Ngày 10/12/2023, Ủy ban Kiểm tra Huyện ủy yêu cầu đảng viên Nguyễn Văn A kiểm "
				"điểm nghiêm túc.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL, "told to kiểm điểm: %s", r->meeting.meeting_kind);
	gb_result_free(r);

	/* a congress reviewing its term is the congress */
	r = extract("Sáng 12/10/2020, Đại hội đại biểu Đảng bộ huyện Tân Lập lần thứ XXII, nhiệm kỳ "
				"2020-2025 đã khai mạc, kiểm điểm việc thực hiện Nghị quyết Đại hội nhiệm kỳ "
				"2015-2020.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "đại hội"), "congress reviews: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
}

/*
 * Probe 43 G3: a locality heading its sentence that opens or holds the
 * congress of its Party organization ("huyện Đại Lộc đã chính thức khai mạc
 * Đại hội Đại biểu Đảng bộ huyện lần thứ XXII") names it: "Đảng bộ huyện
 * Đại Lộc".  Not a locality after "tại", nor a congress of another level.
 */
static void
test_organizer_locality_congress(void)
{
	static const char *const cases[][2] = {
		{"Sáng 30/7, huyện Đại Lộc đã chính thức khai mạc Đại hội Đại biểu Đảng bộ huyện lần "
		 "thứ XXII, nhiệm kỳ 2020-2025.", "Đảng bộ huyện Đại Lộc"},
		{"Sáng 28/9, Tỉnh Sơn La khai mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ "
		 "2025-2030.", "Đảng bộ tỉnh Sơn La"},
		{"Sáng 14/8/2020, thành phố Hội An long trọng tổ chức Đại hội đại biểu Đảng bộ thành "
		 "phố lần thứ XXII, nhiệm kỳ 2020-2025.", "Đảng bộ thành phố Hội An"},
		{"Ngày 14/8/2020, xã Tân Lập tổ chức Đại hội Đảng bộ xã lần thứ XV, nhiệm kỳ 2020-2025.",
		 "Đảng bộ xã Tân Lập"},
		/* the congress names its place: that one */
		{"Sáng 14/8/2020, huyện Ba Vì khai mạc Đại hội đại biểu Đảng bộ huyện Ba Vì lần thứ "
		 "XXII, nhiệm kỳ 2020-2025.", "Đảng bộ huyện Ba Vì"},
		/*
		 * not the locality after "tại": the congress after its verb is
		 * the subject, inverted, its Party organization as written, as
		 * with the congress heading the clause (probe 44 G3)
		 */
		{"Sáng 14/8/2020, tại huyện Đại Lộc đã khai mạc Đại hội đại biểu Đảng bộ huyện lần thứ "
		 "XXII, nhiệm kỳ 2020-2025.", "Đảng bộ huyện"},
		{"Sáng 14/8/2020, huyện Đại Lộc khai mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ XXII, "
		 "nhiệm kỳ 2020-2025.", NULL},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		GbResult   *r = extract(cases[i][0], 0, 0, 0);

		CHECK(cases[i][1] ? str_is(r->meeting.organizer, cases[i][1]) : r->meeting.organizer == NULL,
			  "locality's congress %d: %s", i,
			  r->meeting.organizer ? r->meeting.organizer : "NULL");
		gb_result_free(r);
	}
}

/*
 * Probe 44 G2: the body of several provinces, counted ("Ban Thường vụ Tỉnh
 * ủy 3 tỉnh A, B, C", "hai tỉnh A và B", "các tỉnh khu vực X") or listed
 * after a provincial committee's first one ("Tỉnh ủy A, B", "Tỉnh ủy A -
 * B", "Tỉnh ủy A, B và C"), organizes as one up to its verb: the whole
 * phrase, as written.  Not a city named where a lower body is, nor a
 * count with no province named.
 */
static void
test_organizer_joint_provinces(void)
{
	static const char *const cases[][2] = {
		{"Sáng 10/12/2023, tại Nghệ An, Ban Thường vụ Tỉnh ủy 3 tỉnh Nghệ An, Thanh Hóa, Hà "
		 "Tĩnh phối hợp tổ chức hội nghị đánh giá 1 năm thực hiện Bản ghi nhớ hợp tác.",
		 "Ban Thường vụ Tỉnh ủy 3 tỉnh Nghệ An, Thanh Hóa, Hà Tĩnh"},
		{"Sáng 28/5/2025, Thường trực Tỉnh ủy hai tỉnh Kiên Giang và An Giang tổ chức hội nghị "
		 "triển khai công tác sáp nhập.", "Thường trực Tỉnh ủy hai tỉnh Kiên Giang và An Giang"},
		{"Sáng 28/5/2025, Ban Thường vụ Tỉnh ủy 2 tỉnh Quảng Bình, Quảng Trị tổ chức hội nghị.",
		 "Ban Thường vụ Tỉnh ủy 2 tỉnh Quảng Bình, Quảng Trị"},
		{"Sáng 28/5/2025, Ban Tổ chức Tỉnh ủy các tỉnh Bắc Trung Bộ tổ chức hội nghị giao ban.",
		 "Ban Tổ chức Tỉnh ủy các tỉnh Bắc Trung Bộ"},
		{"Ngày 3/6/2024, Ban Tuyên giáo Tỉnh ủy các tỉnh khu vực ĐBSCL tổ chức hội nghị giao ban.",
		 "Ban Tuyên giáo Tỉnh ủy các tỉnh khu vực ĐBSCL"},
		{"Sáng 28/5/2025, Ban Thường vụ Tỉnh ủy Quảng Bình - Quảng Trị tổ chức hội nghị.",
		 "Ban Thường vụ Tỉnh ủy Quảng Bình - Quảng Trị"},
		{"Sáng 28/5/2025, Ban Tổ chức Tỉnh ủy Hậu Giang, Sóc Trăng và Cần Thơ tổ chức hội nghị "
		 "giao ban.", "Ban Tổ chức Tỉnh ủy Hậu Giang, Sóc Trăng và Cần Thơ"},
		{"Sáng 28/5/2025, Tỉnh ủy Quảng Bình, Quảng Trị tổ chức hội nghị.",
		 "Tỉnh ủy Quảng Bình, Quảng Trị"},
		{"Chiều 2/7/2025, Tỉnh ủy Vĩnh Long, Bến Tre, Trà Vinh đã tổ chức hội nghị.",
		 "Tỉnh ủy Vĩnh Long, Bến Tre, Trà Vinh"},
		{"Sáng 5/6/2025, Thường trực Huyện ủy hai huyện Cần Giuộc và Cần Đước phối hợp tổ chức "
		 "hội nghị giao ban.", "Thường trực Huyện ủy hai huyện Cần Giuộc và Cần Đước"},
		/* as before: two bodies; one body's name with a dash; a city where it is */
		{"Sáng 28/5/2025, Tỉnh ủy Quảng Bình và Tỉnh ủy Quảng Trị tổ chức hội nghị.",
		 "Tỉnh ủy Quảng Bình, Tỉnh ủy Quảng Trị"},
		{"Sáng 28/5/2025, Ban Thường vụ Tỉnh ủy Kiên Giang và An Giang tổ chức hội nghị.",
		 "Ban Thường vụ Tỉnh ủy Kiên Giang và An Giang"},
		{"Sáng 28/5/2025, Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu tổ chức hội nghị.",
		 "Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu"},
		{"Sáng 28/5/2025, Đảng bộ phường Tân Lập, TP.HCM tổ chức hội nghị.",
		 "Đảng bộ phường Tân Lập"},
		{"Sáng 28/5/2025, Thành ủy Vinh, Nghệ An tổ chức hội nghị.", "Thành ủy Vinh"},
		/* a count with no province named is no body */
		{"Sáng 28/5/2025, Ban Thường vụ Tỉnh ủy 2 tỉnh tổ chức hội nghị.", NULL},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		GbResult   *r = extract(cases[i][0], 0, 0, 0);

		CHECK(cases[i][1] ? str_is(r->meeting.organizer, cases[i][1]) : r->meeting.organizer == NULL,
			  "joint provinces %d: %s", i,
			  r->meeting.organizer ? r->meeting.organizer : "NULL");
		gb_result_free(r);
	}
}

/*
 * Probe 44 G3: a meeting after the verb that holds or opens it, with no
 * subject before that verb in its clause, only a time, adverbs or the
 * venue ("tại X đã diễn ra Đại hội ...", "đã long trọng khai mạc Đại hội
 * ..."), is its subject inverted: its organizer is the one the meeting
 * heading the clause gives.  "Hội nghị ... của Y được tổ chức" (or after
 * the inverted verb): Y's own meeting.  Not Y of a document, nor a
 * meeting with no predicate saying it was held.
 */
static void
test_organizer_inverted_meeting(void)
{
	static const char *const cases[][2] = {
		{"Sáng nay 15/10, tại Trung tâm Hội nghị tỉnh Trà Vinh đã diễn ra Đại hội Đại biểu Đảng "
		 "bộ tỉnh Trà Vinh lần thứ XI, nhiệm kỳ 2020 – 2025.", "Đảng bộ tỉnh Trà Vinh"},
		{"Sáng 15/10/2020, đã diễn ra Đại hội Đại biểu Đảng bộ tỉnh Trà Vinh lần thứ XI, nhiệm "
		 "kỳ 2020 – 2025.", "Đảng bộ tỉnh Trà Vinh"},
		{"Sáng 15/10/2020, tại Hội trường Tỉnh ủy đã khai mạc Đại hội đại biểu Đảng bộ tỉnh Hậu "
		 "Giang lần thứ XIV.", "Đảng bộ tỉnh Hậu Giang"},
		{"Sáng 15/10/2024, đã khai mạc Đại hội đại biểu Đảng bộ huyện Cần Giuộc lần thứ XII.",
		 "Đảng bộ huyện Cần Giuộc"},
		{"Chiều 2/3/2024, tại Hội trường Huyện ủy đã long trọng khai mạc Đại hội đại biểu Đảng "
		 "bộ huyện Đức Hòa lần thứ XII.", "Đảng bộ huyện Đức Hòa"},
		{"Sáng 14-10, tại Học viện Cán bộ TP HCM diễn ra phiên khai mạc Đại hội Đại biểu Đảng "
		 "bộ TP HCM lần thứ I, nhiệm kỳ 2025-2030.", "Đảng bộ TP HCM"},
		{"Sáng 15/10/2024, tại Hội trường Tỉnh ủy diễn ra Hội nghị Ban Thường vụ Tỉnh ủy Long An.",
		 "Ban Thường vụ Tỉnh ủy Long An"},
		{"Sáng 15/10/2024, Hội nghị giao ban công tác tổ chức xây dựng Đảng quý III của Ban Tổ "
		 "chức Tỉnh ủy Long An được tổ chức tại Hội trường Tỉnh ủy.", "Ban Tổ chức Tỉnh ủy Long An"},
		{"Ngày 5/3/2023, Hội nghị tổng kết công tác năm 2022 của Ban Tuyên giáo Huyện ủy Cần "
		 "Đước đã được tổ chức.", "Ban Tuyên giáo Huyện ủy Cần Đước"},
		{"Sáng 15/10/2020, tại thành phố Tân An diễn ra Hội nghị sơ kết công tác quý III của Ban "
		 "Dân vận Tỉnh ủy Long An.", "Ban Dân vận Tỉnh ủy Long An"},
		/* a subject before the verb holds it */
		{"Sáng 15/10/2020, Ban Thường vụ Tỉnh ủy Long An tổ chức Hội nghị Ban Chấp hành Đảng bộ "
		 "tỉnh lần thứ 5.", "Ban Thường vụ Tỉnh ủy Long An"},
		/* no predicate saying it was held; a document's body; an object's */
		{"Sáng 15/10/2024, Hội nghị sơ kết công tác quý III của Ban Dân vận Tỉnh ủy Bến Tre.", NULL},
		{"Sáng 15/10/2024, Hội nghị quán triệt Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung "
		 "ương Đảng được tổ chức tại hội trường.", NULL},
		{"Sáng 15/10/2024, quán triệt Nghị quyết Hội nghị lần thứ 8 của Ban Chấp hành Trung ương "
		 "Đảng được tổ chức tại hội trường.", NULL},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		GbResult   *r = extract(cases[i][0], 0, 0, 0);

		CHECK(cases[i][1] ? str_is(r->meeting.organizer, cases[i][1]) : r->meeting.organizer == NULL,
			  "inverted meeting %d: %s", i,
			  r->meeting.organizer ? r->meeting.organizer : "NULL");
		gb_result_free(r);
	}
}

/* Whether r's meeting was held on y-m-d (y 0: no date). */
static bool
held_is(const GbResult *r, int y, int m, int d)
{
	if (y == 0)
		return r->meeting.held_on.y == 0;
	return r->meeting.held_on.y == y && r->meeting.held_on.m == m && r->meeting.held_on.d == d;
}

/*
 * Probe 43 G5: a short headline opening with a time and a date ("Chiều
 * 5/8, bế mạc Đại hội ...") over a lead that opens with the outlet's tag
 * ("(QNO) - Chiều 5/8, ...") is the headline, as it is over a lead that
 * opens with the date; so is one over the page's stamp and then the lead.
 */
static void
test_dated_headline_tagged_lead(void)
{
	GbResult   *r;

	r = extract("Chiều 5/8, bế mạc Đại hội đại biểu Đảng bộ huyện Đại Lộc lần thứ XXII\n\n"
				"(QNO) - Chiều 5/8, Đại hội đại biểu Đảng bộ huyện Đại Lộc lần thứ XXII, nhiệm kỳ "
				"2020 - 2025 đã bế mạc.", 0, 0, 0);
	CHECK(str_is(r->meeting.title, "Chiều 5/8, bế mạc Đại hội đại biểu Đảng bộ huyện Đại Lộc lần thứ XXII") &&
		  str_is(r->meeting.source, "QNO") && str_is(r->meeting.organizer, "Đảng bộ huyện Đại Lộc") &&
		  held_is(r, 2020, 8, 5),
		  "tagged lead: %s / %s / %s / %d-%d-%d", r->meeting.title ? r->meeting.title : "NULL",
		  r->meeting.source ? r->meeting.source : "NULL",
		  r->meeting.organizer ? r->meeting.organizer : "NULL", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Sáng 21/10, khai mạc Đại hội đại biểu Đảng bộ tỉnh Quảng Ngãi lần thứ XX\n\n"
				"21-10-2020 09:05\n\n"
				"(THPL)- Ngày 21/10, tại Nhà Văn hóa Lao động tỉnh, Đại hội đại biểu Đảng bộ tỉnh "
				"Quảng Ngãi lần thứ XX, nhiệm kỳ 2020 - 2025 chính thức khai mạc.", 0, 0, 0);
	CHECK(str_is(r->meeting.title, "Sáng 21/10, khai mạc Đại hội đại biểu Đảng bộ tỉnh Quảng Ngãi lần thứ XX") &&
		  str_is(r->meeting.source, "THPL") && r->meeting.published.y == 2020 &&
		  r->meeting.published.m == 10 && r->meeting.published.d == 21,
		  "stamp, tagged lead: %s / %s / %d-%d-%d", r->meeting.title ? r->meeting.title : "NULL",
		  r->meeting.source ? r->meeting.source : "NULL", r->meeting.published.y,
		  r->meeting.published.m, r->meeting.published.d);
	gb_result_free(r);

	/* a dated line over an undated paragraph is still the lead */
	r = extract("Chiều 5/8/2020, Huyện ủy Tân Lập tổ chức hội nghị sơ kết công tác 6 tháng đầu năm\n\n"
				"(QNO) - Hội nghị đánh giá kết quả thực hiện nhiệm vụ chính trị của huyện trong 6 "
				"tháng đầu năm.", 0, 0, 0);
	CHECK(r->meeting.title == NULL && str_is(r->meeting.organizer, "Huyện ủy Tân Lập"),
		  "undated paragraph: %s / %s", r->meeting.title ? r->meeting.title : "NULL",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}


/*
 * H1: no year that cannot be the meeting's: "so với cùng kỳ năm N" is the
 * year compared with; "tổng kết N năm thực hiện <doc of year Y>" is held in
 * Y+N; a start or a deadline ("từ ngày", "trước ngày") is near the meeting,
 * not before it.
 */
static void
test_held_year(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nSáng 14-7, Ủy ban Kiểm tra Huyện ủy tổ chức hội nghị giao ban công "
				"tác kiểm tra 6 tháng đầu năm. Cấp ủy đã kiểm tra 42 tổ chức đảng, tăng 7 tổ chức "
				"so với cùng kỳ năm 2022.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "cùng kỳ: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Tin hoạt động\nNgày 12-10, Sở Tư pháp tổ chức hội nghị sơ kết 5 năm thực hiện "
				"Chỉ thị số 07/CT-STP, ngày 3-4-2018 của Sở Tư pháp.", 0, 0, 0);
	CHECK(held_is(r, 2023, 10, 12), "5 năm thực hiện: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Tin hoạt động\nSáng 25/9, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết 15 năm "
				"thực hiện Nghị quyết của Tỉnh ủy năm 2008 về phát triển nông thôn.", 0, 0, 0);
	CHECK(held_is(r, 2023, 9, 25), "15 năm, năm 2008: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Tin hoạt động\nChiều 16/5, Phó Chủ tịch tỉnh Lê Văn Minh chủ trì cuộc họp triển "
				"khai mô hình chính quyền mới từ ngày 1/7/2025.", 0, 0, 0);
	CHECK(held_is(r, 2025, 5, 16), "từ ngày: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Tin hoạt động\nChiều 16/12, Huyện ủy tổ chức hội nghị giao ban. Các chi bộ hoàn "
				"thành việc kiểm điểm trước ngày 15/1/2025.", 0, 0, 0);
	CHECK(held_is(r, 2024, 12, 16), "trước ngày: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	/* the year of a period reviewed with the document is not the document's */
	r = extract("Tin hoạt động\nSáng 5/7, Huyện ủy tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận "
				"01-KL/TW và 6 tháng đầu năm 2024.", 0, 0, 0);
	CHECK(held_is(r, 2024, 7, 5), "và 6 tháng đầu năm: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	/* "đến hết ngày": a deadline; "thứ Tư 2/10" is a weekday, not "từ" */
	r = extract("Tin hoạt động\nSáng thứ Tư 2/10, Huyện ủy tổ chức hội nghị giao ban. Các xã hoàn "
				"thành đến hết ngày 31/12/2024.", 0, 0, 0);
	CHECK(held_is(r, 2024, 10, 2), "đến hết ngày: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	/* "từ ngày ... đến nay" is past: the meeting comes after it */
	r = extract("Tin hoạt động\nChiều 16/12, Huyện ủy tổ chức hội nghị giao ban. Từ ngày 1/1/2024 "
				"đến nay, toàn huyện kết nạp 120 đảng viên.", 0, 0, 0);
	CHECK(held_is(r, 2024, 12, 16), "đến nay: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	/* a year of the review, then one planned */
	r = extract("Tin hoạt động\nSáng 22/12, Huyện ủy tổ chức hội nghị tổng kết công tác xây dựng "
				"Đảng năm 2023, triển khai nhiệm vụ năm 2024.", 0, 0, 0);
	CHECK(held_is(r, 2023, 12, 22), "tổng kết năm: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * H8: web boilerplate is no headline, publication date or byline: a
 * breadcrumb line ("/ Tin tức", "» Thời sự"), a placeholder date
 * ("01/01/0001 00:00 |"), a section label ("MỚI - NÓNG", "Tin liên quan:").
 */
static void
test_web_boilerplate(void)
{
	GbResult   *r;

	r = extract("/ Tin tức\n/ Hướng dẫn 12-HD/BTGTW về công tác tuyên truyền\n\nHướng dẫn "
				"12-HD/BTGTW về công tác tuyên truyền\n\n01/01/0001 00:00 |\n\nNgày 3/5/2024, "
				"Ban Tuyên giáo Trung ương ban hành Hướng dẫn 12-HD/BTGTW.\n\nMỚI - NÓNG", 0, 0, 0);
	CHECK(str_is(r->meeting.title, "Hướng dẫn 12-HD/BTGTW về công tác tuyên truyền"), "title %s",
		  r->meeting.title ? r->meeting.title : "NULL");
	CHECK(r->meeting.published.y == 0, "published %d-%d-%d", r->meeting.published.y,
		  r->meeting.published.m, r->meeting.published.d);
	CHECK(r->meeting.author == NULL, "author %s", r->meeting.author);
	gb_result_free(r);

	r = extract("» Thời sự\nHuyện ủy Hòa Vang sơ kết công tác dân vận 6 tháng\n"
				"02/07/2024 08:15\nSáng 1/7/2024, Huyện ủy tổ chức hội nghị sơ kết công tác dân "
				"vận.\n\nMinh Khuê\n\nTIN LIÊN QUAN:", 0, 0, 0);
	CHECK(str_is(r->meeting.title, "Huyện ủy Hòa Vang sơ kết công tác dân vận 6 tháng"),
		  "» title %s", r->meeting.title ? r->meeting.title : "NULL");
	CHECK(r->meeting.published.y == 2024 && r->meeting.published.m == 7 &&
		  r->meeting.published.d == 2, "real date %d-%d-%d", r->meeting.published.y,
		  r->meeting.published.m, r->meeting.published.d);
	CHECK(str_is(r->meeting.author, "Minh Khuê"), "author over a label: %s",
		  r->meeting.author ? r->meeting.author : "NULL");
	gb_result_free(r);
}

/* The byline before a share-button line ("Chia sẻ bài viết") is the author. */
static void
test_byline_before_share(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nSáng 3/6/2021, Huyện ủy tổ chức hội nghị sơ kết công tác dân vận.\n\n"
				"Minh Khuê\n\nChia sẻ bài viết", 0, 0, 0);
	CHECK(str_is(r->meeting.author, "Minh Khuê"), "author %s",
		  r->meeting.author ? r->meeting.author : "NULL");
	gb_result_free(r);
}

/* J9: a labelled publication date ("Ngày đăng:") wins over a site's banner date */
static void
test_published_label_over_banner(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nĐà Nẵng, Ngày 21/08/2024\n\nNgày đăng: 09/08/2024 08:40\n\n"
				"Ngày 2/8/2024, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban.", 0, 0, 0);
	CHECK(r->meeting.published.y == 2024 && r->meeting.published.m == 8 &&
		  r->meeting.published.d == 9, "Ngày đăng %d-%d-%d", r->meeting.published.y,
		  r->meeting.published.m, r->meeting.published.d);
	gb_result_free(r);

	/* a bare dateline under the headline stays over a later update */
	r = extract("Tin hoạt động\n12/08/2024 08:40\nCập nhật: 14/08/2024\n\n"
				"Ngày 2/8/2024, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban.", 0, 0, 0);
	CHECK(r->meeting.published.y == 2024 && r->meeting.published.m == 8 &&
		  r->meeting.published.d == 12, "dateline %d-%d-%d", r->meeting.published.y,
		  r->meeting.published.m, r->meeting.published.d);
	gb_result_free(r);
}

/*
 * J2: bylines.  A degree before a name alone on its line (over an
 * institution) is the author, no official; "Tác giả :" names the author
 * over a site's footer; a name repeated, or over the date line under the
 * headline, is the author.  A degree before a name in the text keeps the
 * official.
 */
static void
test_byline_forms(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\n\nPGS.TS. Đào Văn Khánh\nHọc viện Chính trị khu vực IV\n\n"
				"Ngày 4/3/2024, Bộ Chính trị ban hành Quy định số 142-QĐ/TW về công tác kiểm tra.", 0, 0, 0);
	CHECK(str_is(r->meeting.author, "Đào Văn Khánh"), "degree author %s",
		  r->meeting.author ? r->meeting.author : "NULL");
	CHECK(r->meeting.title == NULL, "title %s", r->meeting.title);
	CHECK(r->nofficials == 0, "degree byline official %d", r->nofficials);
	gb_result_free(r);

	r = extract("Tin hoạt động\n\nTS VŨ THỊ HẠNH\nTrường Chính trị tỉnh\n\n"
				"Ngày 4/3/2024, Bộ Chính trị ban hành Quy định số 142-QĐ/TW về công tác kiểm tra.", 0, 0, 0);
	CHECK(str_is(r->meeting.author, "VŨ THỊ HẠNH"), "caps degree author %s",
		  r->meeting.author ? r->meeting.author : "NULL");
	CHECK(r->nofficials == 0, "caps degree byline official %d", r->nofficials);
	gb_result_free(r);

	/* in the text, or a list of names a line, a degree keeps the official */
	r = extract("Tin hoạt động\nSáng 3/6/2024, Học viện tổ chức hội thảo khoa học. PGS.TS Đào Văn Khánh, "
				"Phó Giám đốc Học viện, phát biểu.\nTham dự có:\nPGS.TS Lê Văn Minh\nTS Vũ Văn Nam\n\n"
				"Hội thảo đã thu hút nhiều ý kiến của các nhà khoa học.", 0, 0, 0);
	CHECK(r->nofficials == 3, "officials in the text %d", r->nofficials);
	CHECK(r->meeting.author == NULL, "author %s", r->meeting.author);
	gb_result_free(r);

	r = extract("Tin hoạt động\nNgày 4/3/2024, Bộ Chính trị ban hành Quy định số 142-QĐ/TW.\n"
				"Tác giả : Minh Thư/VOV2\nChủ đề : kiểm tra, giám sát\nBài liên quan\n"
				"BAN THỜI SỰ - VOV2 Trưởng Ban: Vũ Văn Hà\nĐỗ Quang Huy", 0, 0, 0);
	CHECK(str_is(r->meeting.author, "Minh Thư"), "Tác giả %s",
		  r->meeting.author ? r->meeting.author : "NULL");
	gb_result_free(r);

	r = extract("Tin hoạt động\n\nBảo Ngọc\nBảo Ngọc\n12/11/2023 08:05 GMT+7\n\n"
				"Ngày 4/3/2023, Bộ Chính trị ban hành Quy định số 142-QĐ/TW.", 0, 0, 0);
	CHECK(str_is(r->meeting.author, "Bảo Ngọc"), "repeated %s",
		  r->meeting.author ? r->meeting.author : "NULL");
	CHECK(r->meeting.published.y == 2023 && r->meeting.published.m == 11,
		  "published %d-%d", r->meeting.published.y, r->meeting.published.m);
	gb_result_free(r);

	r = extract("Huyện ủy Hòa Vang sơ kết công tác dân vận 6 tháng đầu năm\nBảo Ngọc\n"
				"12/07/2023 08:05\n\nSáng 11/7/2023, Huyện ủy tổ chức hội nghị sơ kết.", 0, 0, 0);
	CHECK(str_is(r->meeting.author, "Bảo Ngọc"), "over the date %s",
		  r->meeting.author ? r->meeting.author : "NULL");
	CHECK(str_is(r->meeting.title, "Huyện ủy Hòa Vang sơ kết công tác dân vận 6 tháng đầu năm"),
		  "title %s", r->meeting.title ? r->meeting.title : "NULL");
	gb_result_free(r);
}

/*
 * J2: a name under a site's staff label ("Biên tập viên", "Trưởng Ban:")
 * is no byline, though one may stand above the footer; "Tác giả:" under
 * the headline names the author; a closing "Name - function" line is the
 * byline.
 */
static void
test_byline_footer(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nNgày 4/3/2024, Bộ Chính trị ban hành Quy định số 142-QĐ/TW.\n\n"
				"Biên tập viên\nĐỗ Quang Huy", 0, 0, 0);
	CHECK(r->meeting.author == NULL, "staff author %s", r->meeting.author);
	gb_result_free(r);

	r = extract("Tin hoạt động\nNgày 4/3/2024, Bộ Chính trị ban hành Quy định số 142-QĐ/TW.\n\n"
				"Bảo Ngọc\n\nBAN THỜI SỰ Trưởng Ban: Vũ Văn Hà\nĐỗ Quang Huy", 0, 0, 0);
	CHECK(str_is(r->meeting.author, "Bảo Ngọc"), "above the footer %s",
		  r->meeting.author ? r->meeting.author : "NULL");
	gb_result_free(r);

	r = extract("Huyện ủy Hòa Vang sơ kết công tác dân vận 6 tháng đầu năm\nTác giả: Lê Minh Thư\n\n"
				"Sáng 11/7/2023, Huyện ủy tổ chức hội nghị sơ kết.\n\nThiết kế: Vũ Văn Hà", 0, 0, 0);
	CHECK(str_is(r->meeting.author, "Lê Minh Thư"), "Tác giả: %s",
		  r->meeting.author ? r->meeting.author : "NULL");
	gb_result_free(r);

	r = extract("Tin hoạt động\nSáng 11/7/2023, Huyện ủy tổ chức hội nghị sơ kết công tác kiểm tra.\n\n"
				"Minh Tâm - Ủy viên Ủy ban Kiểm tra Huyện ủy", 0, 0, 0);
	CHECK(str_is(r->meeting.author, "Minh Tâm"), "signed %s",
		  r->meeting.author ? r->meeting.author : "NULL");
	gb_result_free(r);
}

/* H11: a sectoral Party committee keeps its level word, as issuer and in titles */
static void
test_cit_sectoral_committee(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin vắn\nĐảng ủy Công an tỉnh đã ban hành Kế hoạch số 15-KH/ĐUCA về tuyển quân. "
				"Thực hiện Nghị quyết số 8-NQ/ĐU của Đảng ủy Quân sự tỉnh về diễn tập. Đảng ủy "
				"Khối Doanh nghiệp huyện ban hành Chỉ thị số 2-CT/ĐUK. Kế hoạch số 6-KH/ĐUK của "
				"Đảng ủy Khối các cơ quan tỉnh về học tập.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "15", 0);
	CHECK(c && str_is(c->issuer, "Đảng ủy Công an tỉnh"), "subject of ban hành: %s",
		  c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Nghị quyết", "8", 0);
	CHECK(c && str_is(c->issuer, "Đảng ủy Quân sự tỉnh") && str_is(c->subject, "diễn tập"),
		  "after của: %s / %s", c && c->issuer ? c->issuer : "NULL",
		  c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Chỉ thị", "2", 0);
	CHECK(c && str_is(c->issuer, "Đảng ủy Khối Doanh nghiệp huyện"), "Khối: %s",
		  c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Kế hoạch", "6", 0);
	CHECK(c && str_is(c->issuer, "Đảng ủy Khối các cơ quan tỉnh") && str_is(c->subject, "học tập"),
		  "Khối các cơ quan: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	/* the central committees keep their canonical names */
	r = extract("Thực hiện Kế hoạch số 3-KH/ĐUCATW của Đảng ủy Công an Trung ương.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "3", 0);
	CHECK(c && str_is(c->issuer, "Đảng ủy Công an Trung ương"), "central: %s",
		  c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	check_official("Tin vắn\nĐồng chí Lò Văn Khánh, Bí thư Đảng ủy Biên phòng tỉnh phát biểu.",
				   "Lò Văn Khánh", "đồng chí", "Bí thư Đảng ủy Biên phòng tỉnh");
	r = extract("Tin vắn\nSáng 5/3, Đảng ủy Quân sự huyện tổ chức hội nghị sơ kết.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Đảng ủy Quân sự huyện"), "organizer: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/* H10: "của Hội nghị lần thứ N <body>": the issuer is the body */
static void
test_cit_conference_issuer(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Hội nghị quán triệt Kết luận số 47-KL/TW, ngày 3-2-2023 của Hội nghị lần thứ "
				"sáu Ban Chấp hành Trung ương Đảng (khóa XIII) về công tác dân tộc. Thực hiện "
				"Nghị quyết số 5-NQ/TU của Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9 về "
				"chuyển đổi số.", 0, 0, 0);
	c = find_cit(r, "Kết luận", "47", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương") && str_is(c->term, "XIII") &&
		  c->plenum == 6 && str_is(c->subject, "công tác dân tộc"),
		  "central plenum: %s / %s / %d / %s", c && c->issuer ? c->issuer : "NULL",
		  c && c->term ? c->term : "NULL", c ? c->plenum : -1,
		  c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Nghị quyết", "5", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Đảng bộ tỉnh") && c->plenum == 0 &&
		  str_is(c->subject, "chuyển đổi số"), "local conference: %s / %d",
		  c && c->issuer ? c->issuer : "NULL", c ? c->plenum : -1);
	gb_result_free(r);
}

/*
 * H13: a quotation inside the subject is part of it; a document after a
 * preposition inside it is too, and stays a citation of its own
 */
/*
 * Titles whose body's name has several parts, a unit's number, a
 * specialist's post and the abbreviations UVTV, UVBTV.
 */
static void
test_title_bodies(void)
{
	/* a department's name goes on through " - ", "," and "và" */
	check_official("Tin vắn\nDự có đồng chí Cù Văn Lộc, Giám đốc Sở Lao động - Thương binh và Xã hội.",
				   "Cù Văn Lộc", "đồng chí", "Giám đốc Sở Lao động - Thương binh và Xã hội");
	check_official("Tin vắn\nDự có đồng chí Cù Thị Lựu, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch phát biểu.",
				   "Cù Thị Lựu", "đồng chí", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch");
	check_official("Tin vắn\nDự có đồng chí Cù Văn Lý, Trưởng phòng Văn hóa - Thông tin huyện.",
				   "Cù Văn Lý", "đồng chí", "Trưởng phòng Văn hóa - Thông tin huyện");
	check_official("Tin vắn\nDự có ông Cù Văn Mão, Giám đốc Sở Giao thông vận tải.",
				   "Cù Văn Mão", "ông", "Giám đốc Sở Giao thông vận tải");
	check_official("Tin vắn\nDự có ông Cù Văn Ngọ, Giám đốc Sở Nông nghiệp và Phát triển nông thôn.",
				   "Cù Văn Ngọ", "ông", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn");
	check_official("Tin vắn\nĐồng chí Cù Văn Tỵ, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh dự.",
				   "Cù Văn Tỵ", "đồng chí", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh");
	/* a level capitalized elsewhere is still a level: the verb is no word of it */
	check_official("Tin vắn\nĐồng chí Cù Văn Ngà, Chủ tịch UBND Tỉnh giao nhiệm vụ cho các sở.",
				   "Cù Văn Ngà", "đồng chí", "Chủ tịch UBND Tỉnh");
	/* a list of positions still splits at its comma */
	check_official("Tin vắn\nDự có ông Cù Văn Tý, Giám đốc Sở Nội vụ, Bí thư Đảng ủy Sở và bà Cù Thị Sửu.",
				   "Cù Văn Tý", "ông", "Giám đốc Sở Nội vụ | Bí thư Đảng ủy Sở");
	check_official("Tin vắn\nDự có ông Cù Văn Dần, Giám đốc Sở Y tế, Trần Văn Mùi và Lê Văn Thân.",
				   "Cù Văn Dần", "ông", "Giám đốc Sở Y tế");

	/* a unit's number, not a date nor a count */
	check_official("Tin vắn\nDự có Đại tá Cù Văn Hợi, Phó Chính ủy Quân khu 9.",
				   "Cù Văn Hợi", NULL, "Phó Chính ủy Quân khu 9");
	check_official("Tin vắn\nDự có đồng chí Cù Văn Tuất, Bí thư Chi bộ 31, Tổ trưởng.",
				   "Cù Văn Tuất", "đồng chí", "Bí thư Chi bộ 31 | Tổ trưởng");
	check_official("Tin vắn\nDự có đồng chí Cù Văn Dậu, Bí thư Chi bộ Khu phố 6.",
				   "Cù Văn Dậu", "đồng chí", "Bí thư Chi bộ Khu phố 6");
	check_official("Tin vắn\nĐồng chí Cù Văn Khôi, Bí thư Chi bộ 4 năm liền hoàn thành tốt nhiệm vụ.",
				   "Cù Văn Khôi", "đồng chí", "Bí thư Chi bộ");
	check_official("Tin vắn\nĐồng chí Cù Văn Khải, Bí thư Chi bộ 12/5 phát biểu.",
				   "Cù Văn Khải", "đồng chí", "Bí thư Chi bộ");

	/* a specialist; UVTV, UVBTV */
	check_official("Tin vắn\nDự có đồng chí Cù Văn Đạt, Chuyên viên Ban Tuyên giáo Huyện ủy, thành viên tổ công tác.",
				   "Cù Văn Đạt", "đồng chí", "Chuyên viên Ban Tuyên giáo Huyện ủy");
	check_official("Tin vắn\nDự có đồng chí Cù Văn Phát, UVTV, Trưởng Ban Tổ chức Tỉnh ủy.",
				   "Cù Văn Phát", "đồng chí", "UVTV | Trưởng Ban Tổ chức Tỉnh ủy");
	check_official("Tin vắn\nDự có đồng chí Cù Thị Tài, UVBTV Huyện ủy, Chủ tịch UBND huyện.",
				   "Cù Thị Tài", "đồng chí", "UVBTV Huyện ủy | Chủ tịch UBND huyện");
}

/*
 * K1/K3: abbreviated positions (UVTW, TBT, PTT, PCT UBND) merged with their
 * full form; an unknown abbreviation does not end a list of titles;
 * "Báo cáo viên", "chính trị viên" before or after a name; "Quận 1" in a
 * title; a bare list of full names after "các nhân sự:".
 */
static void
test_title_abbrevs(void)
{
	GbResult   *r;
	const GbOfficial *o;

	check_official("Tin vắn\nDự có đồng chí Cù Văn Bảy – UVTW Đảng – Bí thư Tỉnh ủy.",
				   "Cù Văn Bảy", "đồng chí", "UVTW Đảng | Bí thư Tỉnh ủy");
	check_official("Tin vắn\nDự có đồng chí Cù Văn Tám, UVTƯ, Bí thư Thành ủy.",
				   "Cù Văn Tám", "đồng chí", "UVTƯ | Bí thư Thành ủy");
	check_official("Tin vắn\nDự có đồng chí Cù Văn Chín, UV.TW, Trưởng Ban Dân vận Tỉnh ủy.",
				   "Cù Văn Chín", "đồng chí", "UV.TW | Trưởng Ban Dân vận Tỉnh ủy");
	/* an abbreviation not known is passed over, the titles after it kept */
	check_official("Tin vắn\nDự có đồng chí Cù Văn Mười, XKTV Tỉnh ủy, Bí thư Huyện ủy Tân Lạc.",
				   "Cù Văn Mười", "đồng chí", "Bí thư Huyện ủy Tân Lạc");
	/* but not when no title follows it */
	check_official("Tin vắn\nDự có đồng chí Cù Văn Một, XKTV Tỉnh ủy.",
				   "Cù Văn Một", "đồng chí", "");
	/* a position shortened before a name, merged with its full form */
	check_official("Tin vắn\nTBT Cù Văn Hai phát biểu. Tổng Bí thư Cù Văn Hai nhấn mạnh ba nhiệm vụ.",
				   "Cù Văn Hai", NULL, "Tổng Bí thư");
	check_official("Tin vắn\nTổng BT Cù Văn Hai phát biểu. Đồng chí Tổng Bí thư Cù Văn Hai nhấn mạnh.",
				   "Cù Văn Hai", "đồng chí", "Tổng Bí thư");
	check_official("Tin vắn\nPCT UBND tỉnh Cù Văn Ba dự hội nghị.",
				   "Cù Văn Ba", NULL, "PCT UBND tỉnh");
	check_official("Tin vắn\nBáo cáo viên Cù Văn Năm, Ủy viên Ủy ban Kiểm tra Tỉnh ủy trình bày.",
				   "Cù Văn Năm", NULL, "Báo cáo viên | Ủy viên Ủy ban Kiểm tra Tỉnh ủy");
	check_official("Tin vắn\nĐồng chí Cù Văn Sáu, báo cáo viên TW truyền đạt nghị quyết.",
				   "Cù Văn Sáu", "đồng chí", "báo cáo viên TW");
	check_official("Tin vắn\nĐại tá Cù Văn Bốn, chính trị viên Ban Chỉ huy quân sự Quận 3 phổ biến quy định.",
				   "Cù Văn Bốn", NULL, "chính trị viên Ban Chỉ huy quân sự Quận 3");
	check_official("Tin vắn\nĐồng chí Cù Văn Bảy, chính trị viên phó Ban Chỉ huy quân sự huyện Tân Lạc phát biểu.",
				   "Cù Văn Bảy", "đồng chí", "chính trị viên phó Ban Chỉ huy quân sự huyện Tân Lạc");
	check_official("Tin vắn\nĐồng chí Cù Thị Hoa, Bí thư Đảng ủy Phường 6 phát biểu.",
				   "Cù Thị Hoa", "đồng chí", "Bí thư Đảng ủy Phường 6");
	/* a count after "quận" is no district's number */
	check_official("Tin vắn\nĐồng chí Cù Thị Lan, Phó Chủ tịch UBND quận 3 năm liền được khen.",
				   "Cù Thị Lan", "đồng chí", "Phó Chủ tịch UBND quận");

	/* a bare list of full names after "các nhân sự:" */
	r = extract("Tin vắn\nỦy ban Kiểm tra đề nghị thi hành kỷ luật các nhân sự: Cù Văn An, Khúc Văn Bình; "
				"Lò Thị Cúc.", 0, 0, 0);
	CHECK(official(r, "Cù Văn An") && official(r, "Khúc Văn Bình") && official(r, "Lò Thị Cúc"),
		  "names after các nhân sự:");
	gb_result_free(r);
	/* only full names with a surname: a body ends the list */
	r = extract("Tin vắn\nKhen thưởng các cá nhân: Cù Văn Đức, Hội Nông dân tỉnh.", 0, 0, 0);
	CHECK(official(r, "Cù Văn Đức") && r->nofficials == 1, "one person in the list");
	gb_result_free(r);
	/* without "các" the noun opens no list */
	r = extract("Tin vắn\nCông tác nhân sự: Cù Văn Em sẽ được xem xét.", 0, 0, 0);
	o = official(r, "Cù Văn Em");
	CHECK(o == NULL, "no list without các");
	gb_result_free(r);
}

/* A fronted "thay mặt <body>," leaves the act's verb to the persons after it. */
static void
test_role_behalf(void)
{
	GbResult   *r;

	r = extract("Tin vắn\nNgày 3-4, thay mặt Ban Bí thư, các đồng chí Ủy viên Bộ Chính trị: Đinh Văn Lạc, "
				"Thường trực Ban Bí thư; Khúc Văn Mẫn, Trưởng Ban Tổ chức Trung ương đã chủ trì hội nghị "
				"sơ kết.", 0, 0, 0);
	CHECK(has_role(official(r, "Đinh Văn Lạc"), "chủ trì") &&
		  has_role(official(r, "Khúc Văn Mẫn"), "chủ trì"), "both chair after thay mặt");
	gb_result_free(r);

	/* the verb's own persons after it keep it */
	r = extract("Tin vắn\nThay mặt Tỉnh ủy, đồng chí Đinh Văn Lạc trao quyết định cho các đơn vị; chủ "
				"trì hội nghị có đồng chí Khúc Văn Mẫn.", 0, 0, 0);
	CHECK(!has_role(official(r, "Đinh Văn Lạc"), "chủ trì") &&
		  has_role(official(r, "Khúc Văn Mẫn"), "chủ trì"), "chair named after the verb");
	gb_result_free(r);
}

/* L12: "ký ban hành Quy định <description> (Quy định số N-QĐi/TW)" is one document */
static void
test_cit_described_type(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Ngày 12/3/2019, Tổng Bí thư Trần Văn Bình ký ban hành Quy định trách nhiệm gương "
				"mẫu của cán bộ, đảng viên (Quy định số 07-QĐi/TW).", 0, 0, 0);
	CHECK(r->ncitations == 1, "one document, got %d", r->ncitations);
	c = find_cit(r, "Quy định", "7", 0);
	CHECK(c && c->issued.y == 2019 && c->issued.m == 3 && c->issued.d == 12, "issued from the fronted date");
	CHECK(c && str_is(c->term, "XII"), "term from the date: %s", c && c->term ? c->term : "NULL");
	CHECK(c && str_is(c->code, "07-QĐi/TW"), "code: %s", c && c->code ? c->code : "NULL");
	CHECK(c && str_is(c->subject, "trách nhiệm gương mẫu của cán bộ, đảng viên"), "subject: %s",
		  c && c->subject ? c->subject : "NULL");
	gb_result_free(r);

	/* another type before the bracket is another document: no date borrowed */
	r = extract("Ngày 12/3/2019, Bộ Chính trị ban hành Chỉ thị về thi đua của cán bộ, đảng viên "
				"(Quy định số 09-QĐi/TW).", 0, 0, 0);
	c = find_cit(r, "Quy định", "9", 0);
	CHECK(c && c->issued.y == 0 && !c->subject, "a different type keeps nothing");
	gb_result_free(r);
}

/* "Nghị quyết Đại hội Đảng bộ <body> lần thứ T": a local congress named before its number */
static void
test_cit_local_congress_order(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Chi bộ quán triệt Nghị quyết Đại hội Đảng bộ Khối lần thứ IX, Nghị quyết Đại "
				"hội lần thứ IX Đảng bộ Khối và Nghị quyết Đại hội Đảng bộ tỉnh Hòa Lạc lần thứ "
				"XVI. Đại hội Đảng bộ xã lần thứ V thành công.", 0, 0, 0);
	CHECK(r->ncitations == 2, "two documents, got %d", r->ncitations);
	c = r->ncitations > 0 ? &r->citations[0] : NULL;
	CHECK(c && str_is(c->key, "nghi-quyet:dai-hoi:dang-bo-khoi@ix") && c->mentions == 2,
		  "either order, one document: %s", c ? c->key : "NULL");
	c = r->ncitations > 1 ? &r->citations[1] : NULL;
	CHECK(c && str_is(c->key, "nghi-quyet:dai-hoi:dang-bo-tinh-hoa-lac@xvi") && str_is(c->term, "XVI"),
		  "level and place: %s", c ? c->key : "NULL");
	gb_result_free(r);

	/* no term after the body: no document */
	r = extract("Quán triệt Nghị quyết Đại hội Đảng bộ tỉnh, nhiệm kỳ 2020-2025.", 0, 0, 0);
	CHECK(r->ncitations == 0, "no term, got %d", r->ncitations);
	gb_result_free(r);
}

/*
 * R9 (probe 60 G3): a local committee or the Fatherland Front's after the
 * "về ..." subject, "của <body>" closing the clause, is the issuer when the
 * document's code names that committee (or a board that leads it); its
 * departments stay in the subject.  An opening “ never closed is read as
 * the clause it would be without it.
 */
static void
test_cit_issuer_after_subject(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Quyết định số 2816/QĐ-MTTW-BTT ngày 26/8/2019 “Về việc chỉ định đại biểu dự Đại "
				"hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ IX của Ban Thường trực "
				"Ủy ban Trung ương MTTQ Việt Nam. Thực hiện Kế hoạch số 15-KH/TU ngày 26/8/2019 về "
				"tổ chức đại hội đảng bộ các cấp của Ban Thường vụ Tỉnh ủy.", 0, 0, 0);
	c = find_cit(r, "Quyết định", "2816", 0);
	CHECK(c && str_is(c->issuer, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
		  "after an unclosed quote: %s", c && c->issuer ? c->issuer : "NULL");
	CHECK(c && c->subject && strncmp(c->subject, "việc chỉ định đại biểu", 28) == 0,
		  "its subject: %s", c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Kế hoạch", "15", 0);
	CHECK(c && str_is(c->issuer, "Ban Thường vụ Tỉnh ủy") &&
		  str_is(c->subject, "tổ chức đại hội đảng bộ các cấp"),
		  "Ban Thường vụ after the subject: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	r = extract("Kế hoạch số 16-KH/TU ngày 2/9/2019 về tổ chức đại hội của Thành ủy Vinh. Hướng "
				"dẫn số 05-HD/HU ngày 3/3/2020 về đại hội chi bộ của BTV Huyện ủy Yên Thành; Kế "
				"hoạch số 20-KH/ĐU về bầu cử của Đảng ủy xã Tân Phú. Quyết định số 17-QĐ/TU về "
				"chức năng, nhiệm vụ của Ban Tổ chức Tỉnh ủy. Kế hoạch số 21-KH/TU về đại hội của "
				"Huyện ủy Nam Đàn. Kế hoạch số 22 về đại hội của Ban Thường vụ Tỉnh ủy.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "16", 0);
	CHECK(c && str_is(c->issuer, "Thành ủy Vinh"), "Thành ủy: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Hướng dẫn", "5", 0);
	CHECK(c && str_is(c->issuer, "Ban Thường vụ Huyện ủy Yên Thành"), "BTV Huyện ủy: %s",
		  c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Kế hoạch", "20", 0);
	CHECK(c && str_is(c->issuer, "Đảng ủy xã Tân Phú"), "Đảng ủy: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Quyết định", "17", 0);
	CHECK(c && !c->issuer && str_is(c->subject, "chức năng, nhiệm vụ của Ban Tổ chức Tỉnh ủy"),
		  "a department is the subject's: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Kế hoạch", "21", 0);
	CHECK(c && !c->issuer, "another committee than the code's: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Kế hoạch", "22", 0);
	CHECK(c && !c->issuer, "no code, no issuer: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	/* an issuer written before the subject: the committee after it is the subject's (probe 61) */
	r = extract("Quyết định số 1073-QĐ/TU, ngày 07/6/2022 của Ban Thường vụ Tỉnh ủy về việc công nhận "
				"báo cáo viên cấp tỉnh của Đảng bộ tỉnh Thanh Hóa, giai đoạn 2022-2025; Kế hoạch số "
				"30-KH/HU của Ban Thường vụ Huyện ủy về đại hội chi bộ của Huyện ủy Nam Đàn.", 0, 0, 0);
	c = find_cit(r, "Quyết định", "1073", 0);
	CHECK(c && str_is(c->issuer, "Ban Thường vụ Tỉnh ủy") && c->subject &&
		  strstr(c->subject, "của Đảng bộ tỉnh Thanh Hóa") != NULL,
		  "an issuer before the subject keeps the subject whole: %s", c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Kế hoạch", "30", 0);
	CHECK(c && str_is(c->issuer, "Ban Thường vụ Huyện ủy") && c->subject &&
		  strstr(c->subject, "của Huyện ủy Nam Đàn") != NULL,
		  "the same for a district's: %s", c && c->subject ? c->subject : "NULL");
	gb_result_free(r);
}

static void
test_cit_subject_inner(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Đảng ủy ban hành Nghị quyết số 31-NQ/ĐU về phát huy truyền thống “Anh bộ đội Cụ "
				"Hồ” trong giai đoạn mới. Chi bộ học Chỉ thị số 4 về “Học tập suốt đời” trong năm "
				"2024.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "31", 0);
	CHECK(c && str_is(c->subject, "phát huy truyền thống \"Anh bộ đội Cụ Hồ\" trong giai đoạn mới"),
		  "inner quotation: %s", c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Chỉ thị", "4", 0);
	CHECK(c && str_is(c->subject, "Học tập suốt đời"), "opening quotation: %s",
		  c && c->subject ? c->subject : "NULL");
	gb_result_free(r);

	/* a quotation left open does not pair with the next one */
	r = extract("Nghị quyết số 3 về học tập “theo gương Bác, và Kế hoạch số 4 về “Dân vận khéo”.",
				0, 0, 0);
	c = find_cit(r, "Nghị quyết", "3", 0);
	CHECK(c && str_is(c->subject, "học tập"), "unclosed quotation: %s",
		  c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Kế hoạch", "4", 0);
	CHECK(c && str_is(c->subject, "Dân vận khéo"), "the next quotation: %s",
		  c && c->subject ? c->subject : "NULL");
	gb_result_free(r);

	r = extract("Ban Tổ chức ban hành Hướng dẫn số 18 về thi hành một số điều trong Quy định số "
				"96 của Ban Bí thư về lấy phiếu tín nhiệm. Hướng dẫn số 19 về thực hiện Kết luận "
				"số 20 của Bộ Chính trị.", 0, 0, 0);
	CHECK(r->ncitations == 4, "four documents, got %d", r->ncitations);
	c = find_cit(r, "Hướng dẫn", "18", 0);
	CHECK(c && str_is(c->subject, "thi hành một số điều trong Quy định số 96 của Ban Bí thư về "
					  "lấy phiếu tín nhiệm"), "nested after a preposition: %s",
		  c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Quy định", "96", 0);
	CHECK(c && str_is(c->issuer, "Ban Bí thư") && str_is(c->subject, "lấy phiếu tín nhiệm"),
		  "the nested document: %s", c && c->subject ? c->subject : "NULL");
	/* after a verb the document ends the subject, as before */
	c = find_cit(r, "Hướng dẫn", "19", 0);
	CHECK(c && str_is(c->subject, "thực hiện"), "after a verb: %s",
		  c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Kết luận", "20", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị"), "Kết luận 20 found");
	gb_result_free(r);
}

/*
 * J1: the organizer is the subject of "tổ chức" whatever its head (Công an,
 * Chi bộ, Hội, Cụm, a committee of a council), past adverbs ("long trọng"),
 * and in "A phối hợp với B tổ chức" it is A, never the partner B alone.
 */
static void
org_case(const char *text, const char *want, const char *what)
{
	GbResult   *r = extract(text, 0, 0, 0);

	if (want)
		CHECK(str_is(r->meeting.organizer, want), "%s: %s", what,
			  r->meeting.organizer ? r->meeting.organizer : "NULL");
	else
		CHECK(r->meeting.organizer == NULL, "%s: %s", what, r->meeting.organizer);
	gb_result_free(r);
}

static void
test_organizer_heads(void)
{
	org_case("Tin hoạt động\nSáng 3/2/2024, Công an huyện Hòa Lộc tổ chức hội nghị sơ kết "
			 "công tác xây dựng Đảng.", "Công an huyện Hòa Lộc", "Công an");
	org_case("Tin hoạt động\nSáng 3/2/2024, Công an tỉnh tổ chức tọa đàm về công tác dân vận.",
			 "Công an tỉnh", "Công an tỉnh");
	org_case("Tin hoạt động\nNgày 8/7/2023, Cụm Ban Tuyên giáo các tỉnh ủy, thành ủy Tây Bắc "
			 "tổ chức hội nghị giao ban công tác tuyên giáo.",
			 "Cụm Ban Tuyên giáo các tỉnh ủy, thành ủy Tây Bắc", "Cụm Ban");
	org_case("Tin hoạt động\nNgày 8/7/2023, Cụm thi đua các tỉnh miền Trung tổ chức hội nghị "
			 "giao ban.", "Cụm thi đua các tỉnh miền Trung", "Cụm thi đua");
	org_case("Tin hoạt động\nChiều 2/5/2022, Chi bộ trường Mầm non Hoa Sen tổ chức "
			 "Đại hội chi bộ nhiệm kỳ 2022-2025.", "Chi bộ trường Mầm non Hoa Sen",
			 "Chi bộ trường");
	org_case("Tin hoạt động\nChiều 2/5/2022, Chi bộ Thôn 9 xã Hòa Bình tổ chức Đại hội chi bộ.",
			 "Chi bộ Thôn 9 xã Hòa Bình", "Chi bộ Thôn 9");
	org_case("Tin hoạt động\nSáng 4/6/2023, Hội Nông dân tỉnh tổ chức hội nghị sơ kết.",
			 "Hội Nông dân tỉnh", "Hội Nông dân");
	org_case("Tin hoạt động\nSáng 4/6/2023, Ban Pháp chế HĐND tỉnh tổ chức hội nghị giám sát.",
			 "Ban Pháp chế HĐND tỉnh", "Ban Pháp chế");
	org_case("Tin hoạt động\nSáng 4/6/2023, Ban Kinh tế - Ngân sách HĐND tỉnh họp thẩm tra.",
			 "Ban Kinh tế - Ngân sách HĐND tỉnh", "Ban Kinh tế - Ngân sách");
	/* adverbs before the verb */
	org_case("Tin hoạt động\nChiều 9/5/2022, Đảng ủy xã Hòa Phong long trọng tổ chức hội nghị "
			 "sơ kết.", "Đảng ủy xã Hòa Phong", "long trọng");
	org_case("Tin hoạt động\nChiều 9/5/2022, Chi bộ các cơ quan Đảng đã đã long trọng tổ chức "
			 "Đại hội.", "Chi bộ các cơ quan Đảng", "đã đã long trọng");
	org_case("Tin hoạt động\nChiều 9/5/2022, Ban Thường vụ Huyện ủy trang trọng tổ chức hội nghị "
			 "tổng kết.", "Ban Thường vụ Huyện ủy", "trang trọng");
	/* partners */
	org_case("Tin hoạt động\nNgày 4/5/2023, Ban Tuyên giáo Tỉnh ủy phối hợp với Sở Văn hóa tổ "
			 "chức hội nghị giao ban báo chí.", "Ban Tuyên giáo Tỉnh ủy", "phối hợp với");
	org_case("Tin hoạt động\nNgày 4/5/2023, Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ "
			 "và Hội Nông dân tỉnh tổ chức hội nghị sơ kết.", "Ban Dân vận Tỉnh ủy", "chủ trì, phối hợp");
	org_case("Tin hoạt động\nNgày 4/5/2023, Sở Thông tin và Truyền thông phối hợp với Ban Tuyên "
			 "giáo Tỉnh ủy và Hội Nhà báo tỉnh vừa tổ chức hội nghị giao ban báo chí.",
			 "Sở Thông tin và Truyền thông", "partner never alone");
	/* a local body joined to a central one hosts the central body's meeting */
	org_case("Tin hoạt động\nChiều 8/10/2019, Thường trực Tỉnh ủy Hòa Bình phối hợp với Ban Tổ chức "
			 "Trung ương tổ chức hội nghị giao ban trực tuyến.", "Ban Tổ chức Trung ương", "central");
	/* not the organizer: a body inside a lower-case cell, after "của", a future meeting */
	org_case("Tin hoạt động\nTrong tháng 3/2025, chi bộ Công an xã sẽ tổ chức Đại hội.", NULL,
			 "chi bộ Công an xã");
	org_case("Tin hoạt động\nChiều 2/5/2022, được sự đồng ý của Đảng ủy phường Hòa An, Chi bộ "
			 "trường Tiểu học Hòa An tổ chức Đại hội chi bộ.", "Chi bộ trường Tiểu học Hòa An",
			 "after của");
	org_case("Tin hoạt động\nSáng 3/4/2024, tại Công an tỉnh, Ban Thường vụ Tỉnh ủy tổ chức hội "
			 "nghị sơ kết.", "Ban Thường vụ Tỉnh ủy", "place");
}

/* J1: partners with abbreviations before "đăng cai tổ chức"; a cell in lower case. */
static void
test_organizer_host(void)
{
	org_case("Tin hoạt động\nSáng 9/11/2023, Ban Dân vận Tỉnh ủy phối hợp với Hội Cựu chiến binh "
			 "(CCB) và Bộ Chỉ huy Quân sự (CHQS) tỉnh Hòa Bình đăng cai tổ chức hội nghị sơ kết.",
			 "Ban Dân vận Tỉnh ủy", "đăng cai");
	org_case("Tin hoạt động\nChiều 9/5/2022, chi bộ Thôn 4 xã Hòa Phong long trọng tổ chức Đại hội "
			 "chi bộ.", "chi bộ Thôn 4 xã Hòa Phong", "lower-case chi bộ");
	org_case("Tin hoạt động\nChiều 9/5/2022, các chi bộ tổ chức Đại hội chi bộ.", NULL,
			 "chi bộ with no name");
	/* more heads: a youth union, a court, a school, an office of a committee */
	org_case("Tin hoạt động\nSáng 3/4/2024, Tỉnh đoàn tổ chức hội nghị sơ kết.", "Tỉnh đoàn",
			 "Tỉnh đoàn");
	org_case("Tin hoạt động\nSáng 3/4/2024, Tòa án nhân dân huyện tổ chức hội nghị sơ kết.",
			 "Tòa án nhân dân huyện", "Tòa án");
	org_case("Tin hoạt động\nSáng 3/4/2024, Trường Chính trị tỉnh tổ chức hội nghị sơ kết.",
			 "Trường Chính trị tỉnh", "Trường Chính trị");
	org_case("Tin hoạt động\nSáng 3/4/2024, Văn phòng Huyện ủy tổ chức hội nghị sơ kết.",
			 "Văn phòng Huyện ủy", "Văn phòng");
}

/*
 * K2: a meeting of several days is held on its first day, with that day's
 * time of day; a single "từ ngày" date stays a start; a notice's date is
 * not the meeting's; an agenda item after "để" is not the meeting's kind.
 */
static void
range_case(const char *text, int y, int m, int d, const char *tod, const char *what)
{
	GbResult   *r = extract(text, 0, 0, 0);

	CHECK(held_is(r, y, m, d) &&
		  (tod ? str_is(r->meeting.time_of_day, tod) : r->meeting.time_of_day == NULL),
		  "%s: %d-%d-%d %s", what, r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d, r->meeting.time_of_day ? r->meeting.time_of_day : "NULL");
	gb_result_free(r);
}

static void
test_held_day_range(void)
{
	GbResult   *r;

	range_case("Tin hoạt động\nTrong 2 ngày 14 và 15-3-2021, Đảng bộ xã Tân Mỹ tổ chức Đại hội "
			   "đại biểu lần thứ IX.", 2021, 3, 14, NULL, "2 ngày D và D-M-Y");
	range_case("Tin hoạt động\nTừ ngày 04 đến 08-6-2019, tại Hà Nội, Ban Chấp hành Trung ương "
			   "Đảng đã họp Hội nghị lần thứ 9.", 2019, 6, 4, NULL, "từ ngày D đến D-M-Y");
	range_case("Tin hoạt động\nSáng ngày 3 và chiều ngày 4 tháng 9 năm 2023, Đảng ủy phường Phú "
			   "Lâm tổ chức hội nghị quán triệt Nghị quyết.", 2023, 9, 3, "sáng",
			   "sáng ngày D và chiều ngày D tháng M năm Y");
	range_case("Tin hoạt động\nTrong hai ngày 11-12/8/2022, Đảng ủy Khối tổ chức hội nghị sơ kết.",
			   2022, 8, 11, NULL, "D-D/M/Y");
	range_case("Tin hoạt động\nTrong hai ngày 11, 12/8/2022, Đảng ủy Khối tổ chức hội nghị sơ kết.",
			   2022, 8, 11, NULL, "D, D/M/Y");
	range_case("Tin hoạt động\nTrong các ngày từ 20 đến 24-11-2017, Ban Chấp hành Trung ương đã "
			   "họp Hội nghị lần thứ 7.", 2017, 11, 20, NULL, "các ngày từ D đến D-M-Y");
	/* a range of two whole dates opening the sentence with "Từ", or with a dash */
	range_case("Tin hoạt động\nTừ 30/12/2024 đến 02/01/2025, Đại hội đại biểu Đảng bộ xã Tân Mỹ "
			   "lần thứ XV được tổ chức.", 2024, 12, 30, NULL, "Từ D/M/Y đến D/M/Y");
	range_case("Tin hoạt động\nTrong 02 ngày 02/01/2025 - 03/01/2025, Ban Tổ chức Tỉnh ủy tổ chức "
			   "hội nghị giao ban.", 2025, 1, 2, NULL, "D/M/Y - D/M/Y");
	range_case("Tin hoạt động\nTừ 28/9 đến 1/10/2024, Đảng ủy xã Tân Mỹ tổ chức hội nghị.",
			   2024, 9, 28, NULL, "Từ D/M đến D/M/Y");
	/* a campaign's weeks, a span of years: no date */
	range_case("Tin hoạt động\nTừ 1/8/2025 - 30/9/2025, Đảng ủy xã Tân Mỹ tổ chức hội nghị.",
			   0, 0, 0, NULL, "weeks with a dash");
	range_case("Tin hoạt động\nTừ 2020 đến 2025, Đảng ủy xã Tân Mỹ tổ chức hội nghị.",
			   0, 0, 0, NULL, "years");
	/* no year written and none in the text: none inferred */
	range_case("Tin hoạt động\nTrong 2 ngày 14 và 15-3, Đảng bộ xã Tân Mỹ tổ chức Đại hội.",
			   0, 0, 0, NULL, "no year");
	/* a single "từ ngày" date is a start, not the meeting's */
	range_case("Tin hoạt động\nTừ ngày 1/9/2024, Đảng ủy xã Tân Mỹ tổ chức hội nghị giao ban "
			   "hằng tháng.", 0, 0, 0, NULL, "từ ngày alone");
	/* more days than a meeting lasts: no range */
	range_case("Tin hoạt động\nTừ ngày 1 đến 30-9-2024, Đảng ủy xã Tân Mỹ tổ chức hội nghị.",
			   0, 0, 0, NULL, "a month");
	/* a notice's date, then the meeting's days */
	r = extract("Tin hoạt động\nNgày 20/10, Ban Chấp hành Trung ương đã ra Thông báo Hội nghị lần "
				"thứ 5.\nTrong các ngày từ 11 đến 16-10-2021, Ban Chấp hành Trung ương đã họp "
				"Hội nghị lần thứ 5 để thảo luận kế hoạch năm 2022; tổng kết công tác năm 2021.",
				0, 0, 0);
	CHECK(held_is(r, 2021, 10, 11) && str_is(r->meeting.meeting_kind, "hội nghị"),
		  "Thông báo then days: %d-%d-%d %s", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d, r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	/* the purpose's first word is the kind */
	r = extract("Tin hoạt động\nSáng 5/3/2024, Đảng ủy xã Tân Mỹ tổ chức hội nghị để quán triệt "
				"Nghị quyết.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "quán triệt"), "để quán triệt: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
}

/*
 * Probe 48 G5.  A meeting of two days, each with its session: "Chiều ngày
 * 21 và sáng ngày 22 tháng 12 năm 2022 ..." is one cue even as the text's
 * first line, its time the first day's; "Chiều 13/8 và sáng 14/8/2019",
 * "Ngày 13/8 và 14/8/2019": two whole dates, the first in the last's year.
 */
static void
test_held_two_sessions(void)
{
	range_case("Chiều ngày 21 và sáng ngày 22 tháng 12 năm 2022 Đảng ủy xã Bình Sơn tổ chức nghiên cứu, "
			   "học tập, quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII",
			   2022, 12, 21, "chiều", "first line: chiều ngày D và sáng ngày D tháng M năm Y");
	range_case("Sáng ngày 21 và 22/12/2022, Đảng ủy xã Tân Mỹ tổ chức hội nghị quán triệt.",
			   2022, 12, 21, "sáng", "first line: sáng ngày D và D/M/Y");
	range_case("Sáng ngày 13-14/8/2019, Huyện ủy Minh Sơn tổ chức hội nghị quán triệt.",
			   2019, 8, 13, "sáng", "first line: sáng ngày D-D/M/Y");
	range_case("Tin hoạt động\nChiều 13/8 và sáng 14/8/2019, Tỉnh ủy Minh Hòa tổ chức hội nghị quán triệt "
			   "Nghị quyết Trung ương 4 khóa XII.", 2019, 8, 13, "chiều", "chiều D/M và sáng D/M/Y");
	range_case("Tin hoạt động\nNgày 13/8 và 14/8/2019, Tỉnh ủy Minh Hòa tổ chức hội nghị quán triệt.",
			   2019, 8, 13, NULL, "D/M và D/M/Y");
	range_case("Tin hoạt động\nTrong hai ngày 30/12 và 31/12/2019, Tỉnh ủy Minh Hòa tổ chức hội nghị.",
			   2019, 12, 30, NULL, "hai ngày D/M và D/M/Y");
}

/*
 * Probe 45 G3.  The days of a meeting in parentheses after the opening
 * "Trong N ngày" ("Trong 2 ngày (23, 24-7-2020), ...") are read as they
 * are without: the first day, and so are they after a comma ("Trong 2
 * ngày, 3 và 4/8/2020", probe 66 G2).  Further on, "được tổ chức trong
 * 2,5 ngày (từ 21-23/9)" tells a coming congress's schedule: no date.
 */
static void
test_held_day_range_paren(void)
{
	GbResult   *r;

	range_case("Tin hoạt động\nTrong 2 ngày (23, 24-7-2020), Đảng bộ quận Liên Chiểu (Đà Nẵng) đã tổ chức Đại "
			   "hội đại biểu Đảng bộ lần thứ VI.", 2020, 7, 23, NULL, "2 ngày (D, D-M-Y)");
	range_case("Tin hoạt động\nTrong 3 ngày (14-16/10/2020), Đảng bộ tỉnh Minh Sơn đã tổ chức Đại hội đại "
			   "biểu lần thứ XX.", 2020, 10, 14, NULL, "3 ngày (D-D/M/Y)");
	range_case("Tin hoạt động\nTrong hai ngày (5 và 6/8/2025), Đảng bộ xã Tân Mỹ tổ chức Đại hội.",
			   2025, 8, 5, NULL, "hai ngày (D và D/M/Y)");
	/* probe 66 G2: after a comma as in parentheses */
	range_case("Tin hoạt động\nTrong 2 ngày, 3 và 4/8/2020, Đảng bộ Công an tỉnh Sơn La tổ chức Đại hội "
			   "đại biểu lần thứ XX.", 2020, 8, 3, NULL, "2 ngày, D và D/M/Y");
	range_case("Tin hoạt động\nTrong hai ngày, 21 và 22/6/2023, HĐND tỉnh Minh Sơn tổ chức kỳ họp thứ 12.",
			   2023, 6, 21, NULL, "hai ngày, D và D/M/Y");
	range_case("Tin hoạt động\nTrong hai ngày, 14-15/10/2024, Đảng bộ xã Tân Mỹ tổ chức Đại hội.",
			   2024, 10, 14, NULL, "hai ngày, D-D/M/Y");
	range_case("Tin hoạt động\nTrong 3 ngày, từ 5 đến 7/11/2021, Tỉnh ủy Minh Hòa tổ chức hội nghị.",
			   2021, 11, 5, NULL, "3 ngày, từ D đến D/M/Y");
	/* a comma then no days: no date */
	range_case("Tin hoạt động\nTrong 2 ngày, 3 đơn vị đã tổ chức hội nghị sơ kết.",
			   0, 0, 0, NULL, "2 ngày, N đơn vị");
	r = extract("Tin hoạt động\nTrong hai ngày (15-16/10), Đảng bộ quận Sơn Trà đã tổ chức Đại hội đại "
				"biểu lần thứ VI.", 2020, 10, 16);
	CHECK(held_is(r, 2020, 10, 15), "hai ngày (D-D/M), published: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin hoạt động\nĐại hội đại biểu Đảng bộ tỉnh Tân Lập lần thứ I được tổ chức trong 2,5 ngày "
				"(từ 21-23/9) tại Hội trường tỉnh.", 2025, 9, 19);
	CHECK(held_is(r, 0, 0, 0), "schedule in parentheses: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * Probe 49 G2.  A lower-case "ngày" right after the verb that holds the
 * meeting ("diễn ra ngày", "được tổ chức ngày", "khai mạc ngày", "diễn ra
 * trong 2 ngày (26 - 27/12)"), or after the meeting held in its clause
 * ("tổ chức hội nghị tổng kết ... ngày 26/12/2024"), dates it as "vào
 * ngày" does; a document or an anniversary in between owns the date.
 */
static void
test_held_date_after_verb(void)
{
	GbResult   *r;

	range_case("Tin hoạt động\nTỉnh ủy Sơn La tổ chức hội nghị ngày 26/12/2024.", 2024, 12, 26, NULL,
			   "tổ chức hội nghị ngày");
	range_case("Tin hoạt động\nTỉnh ủy Hà Giang tổ chức hội nghị tổng kết công tác năm 2024 ngày 26/12/2024.",
			   2024, 12, 26, NULL, "tổ chức hội nghị tổng kết ... ngày");
	range_case("Tin hoạt động\nHội nghị diễn ra ngày 26-12-2024.", 2024, 12, 26, NULL, "diễn ra ngày");
	range_case("Tin hoạt động\nHội nghị diễn ra trong ngày 26/12/2024.", 2024, 12, 26, NULL,
			   "diễn ra trong ngày");
	range_case("Tin hoạt động\nHội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 được tổ chức ngày 4/12/2013.",
			   2013, 12, 4, NULL, "được tổ chức ngày");
	range_case("Tin hoạt động\nHội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh Gia Lai khóa XVI khai mạc ngày "
			   "3-7-2023 tại Pleiku.", 2023, 7, 3, NULL, "khai mạc ngày");
	range_case("Tin hoạt động\nĐại hội đại biểu Đảng bộ huyện Hòa Vang lần thứ XXII diễn ra trong hai ngày "
			   "(14 - 15/7/2020) tại Hội trường huyện.", 2020, 7, 14, NULL, "trong hai ngày (D - D/M/Y)");
	range_case("Tin hoạt động\nHội nghị Ban Chấp hành Đảng bộ tỉnh diễn ra trong 2 ngày (14 và 15/10/2020).",
			   2020, 10, 14, NULL, "trong 2 ngày (D và D/M/Y)");
	/* the first sentence keeps the lead: its date and its organizer */
	r = extract("Tin hoạt động\nTỉnh ủy Sơn La tổ chức hội nghị tổng kết công tác năm 2024 ngày 26/12/2024. "
				"Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 diễn ra trong 2 ngày (26 - 27/12/2024).",
				0, 0, 0);
	CHECK(held_is(r, 2024, 12, 26) && str_is(r->meeting.organizer, "Tỉnh ủy Sơn La"),
		  "held then days: %d-%d-%d %s", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d, r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	/* a document's date, an anniversary's: not the meeting's */
	range_case("Tin hoạt động\nHuyện ủy Minh Sơn tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW ngày 5/3/2024.",
			   0, 0, 0, NULL, "document between");
	range_case("Tin hoạt động\nHuyện ủy Minh Sơn tổ chức lễ kỷ niệm 50 năm giải phóng huyện ngày 30/4/1975.",
			   0, 0, 0, NULL, "anniversary");
	/* a start, a deadline: not the day it is held on */
	range_case("Tin hoạt động\nCác chi bộ trực thuộc đã lần lượt tiến hành Đại hội từ ngày 2/6/2022.",
			   0, 0, 0, NULL, "từ ngày");
	range_case("Tin hoạt động\nCác chi bộ trực thuộc tổ chức đại hội trước ngày 30/6/2025.",
			   0, 0, 0, NULL, "trước ngày");
}

/*
 * probe 56 G5: a document's word that ends the sentence before ("... cụ thể
 * hóa Nghị quyết. Ngày 20/5/2024, Đảng ủy xã tổ chức ...") does not own
 * the date that opens the next sentence of its line; a document right
 * before the date ("Quyết định số 147 Ngày 14/5") still does.
 */
static void
test_held_after_document_sentence(void)
{
	static const char *const ends[] = {
		"cụ thể hóa Nghị quyết", "cụ thể hóa nghị quyết", "ban hành Kế hoạch", "triển khai Đề án 05",
		"ban hành Quy định", "thực hiện Chỉ thị",
	};
	int			k;

	for (k = 0; k < (int) (sizeof(ends) / sizeof(ends[0])); k++)
	{
		char		text[512];

		snprintf(text, sizeof(text), "Tin hoạt động\nThời gian qua, các chi bộ ở xã Tân Lập đã bám sát và %s. "
				 "Ngày 20/5/2024, Đảng ủy xã Tân Lập tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng "
				 "đầu năm.", ends[k]);
		range_case(text, 2024, 5, 20, NULL, ends[k]);
	}
	range_case("Tin hoạt động\nHuyện ủy đã ban hành Quy định. Ngày 20-5-2024, Huyện ủy Minh Sơn tổ chức hội "
			   "nghị quán triệt.", 2024, 5, 20, NULL, "D-M-Y after Quy định.");
	/* a document's own date, no sentence between */
	range_case("Tin hoạt động\nCăn cứ Quyết định số 147 Ngày 14/5/2024 của UBND tỉnh, Huyện ủy tổ chức hội nghị "
			   "triển khai.", 0, 0, 0, NULL, "Quyết định số 147 Ngày");
}

/* K7: a denied "trực tuyến" or "điểm cầu" makes no online meeting. */
static void
online_case(const char *text, int online, const char *what)
{
	GbResult   *r = extract(text, 0, 0, 0);

	CHECK(r->meeting.online == online, "%s: online %d", what, r->meeting.online);
	gb_result_free(r);
}

static void
test_online_negated(void)
{
	online_case("Tin hoạt động\nNgày 9/3/2019, Đảng ủy xã Tân Mỹ tổ chức hội nghị quán triệt cho "
				"đảng viên chưa tham gia hội nghị trực tuyến.", 0, "chưa tham gia");
	online_case("Tin hoạt động\nNgày 9/3/2019, Đảng ủy xã Tân Mỹ tổ chức hội nghị quán triệt, "
				"không tổ chức trực tuyến.", 0, "không tổ chức");
	online_case("Tin hoạt động\nNgày 9/3/2019, Đảng ủy xã Tân Mỹ tổ chức hội nghị tại hội trường, "
				"không có điểm cầu.", 0, "không có điểm cầu");
	/* a negator in another clause denies nothing */
	online_case("Tin hoạt động\nNgày 9/3/2019, Đảng ủy xã Tân Mỹ tổ chức hội nghị trực tuyến, không "
				"ai vắng mặt.", 1, "không after the clause");
	online_case("Tin hoạt động\nNgày 9/3/2019, không khí sôi nổi, Đảng ủy xã Tân Mỹ tổ chức hội "
				"nghị trực tuyến.", 1, "không in a clause before");
	online_case("Tin hoạt động\nNgày 9/3/2019, trong không khí phấn khởi hội nghị trực tuyến của "
				"Đảng ủy xã Tân Mỹ khai mạc.", 1, "không khí");
}

/*
 * R9 (probe 58 G2): "trực tuyến" after a contest, a service, a course
 * qualifies that, not the meeting held in person; after the meeting's
 * noun or its verb it still says the meeting is online.
 */
static void
test_online_of_other(void)
{
	online_case("Sáng 12/1, Đảng ủy phường Tây Hồ tổ chức Hội nghị tổng kết công tác năm 2025. Năm qua, "
				"phường tổ chức thành công Cuộc thi trực tuyến tìm hiểu Nghị quyết Đại hội.", 0, "Cuộc thi");
	online_case("Chiều 5/1, Đảng ủy xã Phú Lộc tổ chức Hội nghị tổng kết công tác năm 2025. Tỷ lệ hồ sơ "
				"dịch vụ công trực tuyến đạt 95%.", 0, "dịch vụ công");
	online_case("Sáng 8/1, Đảng ủy phường Hòa Bình tổ chức hội nghị sơ kết. Phường đã tổ chức 12 lớp "
				"tập huấn trực tuyến cho cán bộ.", 0, "lớp tập huấn");
	online_case("Sáng 8/1, Đảng ủy xã An Phú tổ chức hội nghị sơ kết; hội thi trực tuyến thu hút "
				"nhiều người dự.", 0, "hội thi");
	online_case("Sáng 8/1, Đảng ủy xã An Phú tổ chức hội nghị sơ kết. Hội nghị được tổ chức trực tuyến "
				"đến 12 điểm cầu.", 1, "tổ chức trực tuyến");
	online_case("Sáng 8/1, Đảng ủy xã An Phú tổ chức hội nghị trực tuyến sơ kết công tác thi đua.", 1,
				"hội nghị trực tuyến");
	online_case("Sáng 8/1, Đảng ủy xã An Phú tổ chức hội nghị sơ kết theo hình thức trực tiếp kết hợp "
				"trực tuyến; cuộc thi trực tuyến được phát động.", 1, "both");
}

/*
 * K4: a body's name ends in the number of a city's district or ward
 * ("Quận ủy Quận 5", "Đảng ủy phường 3"), in titles too; a known body has
 * "và" inside ("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"); "Đảng ủy
 * – Ban Chỉ huy quân sự huyện" is one body joined by a dash.
 */
static void
test_organizer_numbered_joint(void)
{
	org_case("Tin hoạt động\nSáng 6/3/2023, Quận ủy Quận 7 tổ chức hội nghị quán triệt.",
			 "Quận ủy Quận 7", "Quận 7");
	org_case("Tin hoạt động\nSáng 6/3/2023, Ban Thường vụ Đảng ủy Phường 11 đã tổ chức hội nghị.",
			 "Ban Thường vụ Đảng ủy Phường 11", "Phường 11");
	org_case("Tin hoạt động\nSáng 6/3/2023, Đảng ủy phường 4 tổ chức hội nghị sơ kết.",
			 "Đảng ủy phường 4", "phường 4");
	org_case("Tin hoạt động\nNgày 2/9/2021, Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh tổ "
			 "chức hội nghị.", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "và inside");
	org_case("Tin hoạt động\nNgày 2/9/2021, Ban Chấp hành Đảng bộ Khối các cơ quan và doanh "
			 "nghiệp tỉnh tổ chức hội nghị.",
			 "Ban Chấp hành Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "Đảng bộ Khối");
	org_case("Tin hoạt động\nNgày 5/1/2019, Đảng ủy – Ban Chỉ huy quân sự huyện Lâm Hà tổ chức "
			 "hội nghị.", "Đảng ủy - Ban Chỉ huy quân sự huyện Lâm Hà", "joint");
	org_case("Tin hoạt động\nNgày 5/1/2019, Đảng ủy - Ban CHQS Quận 3 tổ chức hội nghị.",
			 "Đảng ủy - Ban CHQS Quận 3", "joint, numbered");
	/* a date or a time after the level is no place's number */
	org_case("Tin hoạt động\nĐảng ủy phường 3/2 tổ chức hội nghị.", NULL, "date");
	check_official("Tin vắn\nĐồng chí Lê Văn Tâm, Bí thư Quận ủy Quận 7 phát biểu.",
				   "Lê Văn Tâm", "đồng chí", "Bí thư Quận ủy Quận 7");
	check_official("Tin vắn\nĐồng chí Hà Thị Mai, Phó Bí thư Thường trực Đảng ủy Phường 12 dự.",
				   "Hà Thị Mai", "đồng chí", "Phó Bí thư Thường trực Đảng ủy Phường 12");
	check_official("Tin vắn\nĐồng chí Võ Văn Lực, Bí thư Đảng ủy Khối các cơ quan và doanh "
				   "nghiệp tỉnh dự.", "Võ Văn Lực", "đồng chí",
				   "Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh");
}

/*
 * K8: an abbreviation inserted in parentheses is left out of a body's
 * name, for the organizer and the issuer alike.
 */
static void
test_body_paren_abbrev(void)
{
	GbResult   *r;

	org_case("Tin hoạt động\nNgày 12/4/2023, Ủy ban Kiểm tra (UBKT) Trung ương đã họp Kỳ thứ 19.",
			 "Ủy ban Kiểm tra Trung ương", "(UBKT)");
	r = extract("Tin hoạt động\nNgày 5/3/2024, Huyện ủy tổ chức hội nghị quán triệt Quy định số "
				"31-QĐ/TW của Ủy ban Kiểm tra (UBKT) Trung ương.", 0, 0, 0);
	CHECK(r->ncitations == 1 && str_is(r->citations[0].issuer, "Ủy ban Kiểm tra Trung ương"),
		  "issuer %s", r->ncitations ? r->citations[0].issuer : "none");
	gb_result_free(r);
}

/*
 * L2: a meeting named in a time or purpose clause ("trước khi tiến hành
 * đại hội", "sau khi", "nhằm") is a later or other event, not the one
 * held; "hội nghị nhằm quán triệt" still names the purpose of the meeting.
 */
static void
test_kind_time_clause(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nNgày 9-3-2021, Ban Thường vụ Tỉnh ủy làm việc với 7 đảng bộ "
				"trực thuộc để góp ý dự thảo báo cáo trước khi tiến hành đại hội.", 0, 0, 0);
	/* the working session (O5), not the congress it prepares */
	CHECK(str_is(r->meeting.meeting_kind, "làm việc"), "trước khi tiến hành đại hội: kind %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);

	r = extract("Tin hoạt động\nSáng 3/5/2021, Huyện ủy Tân Lập tổ chức buổi làm việc với "
				"Đảng ủy xã Hòa Bình sau khi đại hội kết thúc.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "làm việc"), "sau khi đại hội: kind %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);

	r = extract("Tin hoạt động\nSáng 3/5/2021, Huyện ủy Tân Lập làm việc với Đảng ủy xã Hòa "
				"Bình nhằm tiến hành đại hội đúng kế hoạch.", 0, 0, 0);
	/* the working session (O5), not the congress it prepares */
	CHECK(str_is(r->meeting.meeting_kind, "làm việc"), "nhằm tiến hành đại hội: kind %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	/* "nhằm" opens the clause: no syllable of the body's name before it */
	CHECK(r->meeting.organizer == NULL, "nhằm tiến hành đại hội: organizer %s",
		  r->meeting.organizer);
	gb_result_free(r);

	r = extract("Tin hoạt động\nSáng 3/5/2021, Huyện ủy Tân Lập tổ chức hội nghị nhằm quán "
				"triệt Nghị quyết số 12-NQ/HU.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "quán triệt"), "hội nghị nhằm quán triệt: kind %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
}

/*
 * L9: a year that closes a goal ("trở thành ... năm 2020", "phấn đấu năm
 * 2030", "mục tiêu ... vào năm") is a target, not the meeting's year: with
 * no other year the date keeps none; a year of the review before it counts.
 */
static void
test_held_target_year(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nSáng 25/4, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị quán "
				"triệt Nghị quyết về giao thông nhằm đưa tỉnh trở thành tỉnh công nghiệp năm 2030.",
				0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "trở thành ... năm: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Tin hoạt động\nChiều 12/3, Huyện ủy Tân Lập tổ chức hội nghị quán triệt Nghị "
				"quyết, phấn đấu vào năm 2030 huyện đạt chuẩn nông thôn mới.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "phấn đấu vào năm: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Tin hoạt động\nSáng 22/12, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2023. "
				"Mục tiêu của huyện là trở thành thị xã năm 2030.", 0, 0, 0);
	CHECK(held_is(r, 2023, 12, 22), "review year before a target: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * Probe 44 G1: "vào năm" closing a clause of a sentence that names an aim
 * before it, a purpose ("để", "nhằm") or a goal ("đạt chuẩn", "dẫn đầu"),
 * gives the year the aim is to be reached by, across the commas of a list
 * of aims, in a headline too; "nhóm dẫn đầu năm 2030" is a goal.  A year
 * after "để" without "vào" is still a year reviewed.
 */
static void
test_held_aim_year(void)
{
	static const char *const aims[] = {
		"Sóc Trăng phấn khởi giữ vững là tỉnh dẫn đầu về sản xuất lúa, khá của khu vực vào "
		"năm 2030\n\nSáng 12/5, Tỉnh ủy Sóc Trăng tổ chức hội nghị quán triệt Nghị quyết.",
		"Tin hoạt động\nChiều 9/6, Huyện ủy Châu Thành tổ chức hội nghị quán triệt Nghị quyết "
		"nhằm đưa huyện vào nhóm dẫn đầu năm 2030.",
		"Tin hoạt động\nSáng 3/8, Thành ủy Cần Thơ tổ chức hội nghị chuyên đề để thành phố là "
		"đô thị loại I hiện đại vào năm 2030.",
		"Tin hoạt động\nSáng 15/3, Huyện ủy Lệ Thủy tổ chức hội nghị quán triệt Nghị quyết để "
		"huyện đạt chuẩn nông thôn mới nâng cao vào năm 2025, nhiệm kỳ 2020-2025.",
		"Tin hoạt động\nSáng 25/4, Tỉnh ủy Kiên Giang tổ chức hội nghị quán triệt Nghị quyết để "
		"tỉnh là tỉnh khá của cả nước vào năm 2030.",
	};
	GbResult   *r;
	int			i;

	for (i = 0; i < (int) (sizeof(aims) / sizeof(aims[0])); i++)
	{
		r = extract(aims[i], 0, 0, 0);
		CHECK(held_is(r, 0, 0, 0), "aim %d reached by its year: %d-%d-%d", i,
			  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
		gb_result_free(r);
	}

	r = extract("Tin hoạt động\nSáng 20/12, Huyện ủy Mỹ Tú tổ chức hội nghị để tổng kết công "
				"tác năm 2023.", 0, 0, 0);
	CHECK(held_is(r, 2023, 12, 20), "để tổng kết ... năm 2023: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * L10: "cả nước" in a stock adverbial ("trong không khí ... của cả nước",
 * "cùng với cả nước", "như cả nước") is not the meeting's scope; "Hội nghị
 * trực tuyến toàn quốc" and "điểm cầu trên cả nước" are.
 */
static void
test_scope_stock_phrase(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nTrong không khí phấn khởi của cả nước, sáng 4/6/2022, Chi bộ "
				"trường Tiểu học Hòa Lạc tổ chức đại hội.", 0, 0, 0);
	CHECK(r->meeting.scope == NULL, "không khí của cả nước: scope %s", r->meeting.scope);
	gb_result_free(r);

	r = extract("Tin hoạt động\nCùng với cả nước, sáng 4/6/2022, Huyện ủy Tân Lập tổ chức hội "
				"nghị quán triệt Nghị quyết.", 0, 0, 0);
	CHECK(r->meeting.scope == NULL, "cùng với cả nước: scope %s", r->meeting.scope);
	gb_result_free(r);

	r = extract("Tin hoạt động\nSáng 4/6/2022, Ban Bí thư tổ chức hội nghị quán triệt Nghị quyết "
				"với các điểm cầu trên cả nước.", 0, 0, 0);
	CHECK(str_is(r->meeting.scope, "cả nước"), "trên cả nước: scope %s",
		  r->meeting.scope ? r->meeting.scope : "NULL");
	gb_result_free(r);
}

/*
 * K5: an outlet's tag before the headline, "(TTV) Hội nghị ...", is the
 * source, not part of the title; a page label "Chi tiết - <site>" is no
 * headline.
 */
static void
test_headline_tag_label(void)
{
	GbResult   *r;

	r = extract("(BTV) Hội nghị Ban Chấp hành Đảng bộ huyện Tân Lạc lần thứ 7\n"
				"Sáng 14/7/2021, Ban Thường vụ Huyện ủy Tân Lạc tổ chức hội nghị.", 0, 0, 0);
	CHECK(str_is(r->meeting.title, "Hội nghị Ban Chấp hành Đảng bộ huyện Tân Lạc lần thứ 7"),
		  "title %s", r->meeting.title ? r->meeting.title : "NULL");
	CHECK(str_is(r->meeting.source, "BTV"), "source %s",
		  r->meeting.source ? r->meeting.source : "NULL");
	gb_result_free(r);

	r = extract("Chi tiết - Huyện Phú Lạc\n\nQuán triệt Quy định số 12 của Bộ Chính trị\n\n"
				"Ngày 9/7/2024, Huyện ủy Phú Lạc tổ chức hội nghị quán triệt Quy định số 12.",
				0, 0, 0);
	CHECK(str_is(r->meeting.title, "Quán triệt Quy định số 12 của Bộ Chính trị"), "label %s",
		  r->meeting.title ? r->meeting.title : "NULL");
	gb_result_free(r);

	/* a word in parentheses, not in capitals, is no outlet tag */
	r = extract("(Chùm ảnh) Hội nghị Ban Chấp hành Đảng bộ huyện Tân Lạc lần thứ 7\n"
				"Sáng 14/7/2021, Ban Thường vụ Huyện ủy Tân Lạc tổ chức hội nghị.", 0, 0, 0);
	CHECK(r->meeting.source == NULL, "no tag: %s", r->meeting.source);
	gb_result_free(r);
}

/*
 * L4: a military rank between the titles and the name ("Bộ trưởng Bộ Quốc
 * phòng, Đại tướng X") opens the name; the titles before it are X's.
 */
static void
test_title_rank_name(void)
{
	check_official("Tin vắn\nHội nghị nghe Bộ trưởng Bộ Quốc phòng, Đại tướng Cù Văn Hùng truyền đạt chuyên đề.",
				   "Cù Văn Hùng", NULL, "Bộ trưởng Bộ Quốc phòng");
	check_official("Tin vắn\nChính ủy Quân khu 9, Thiếu tướng Cù Văn Bảy dự hội nghị.",
				   "Cù Văn Bảy", NULL, "Chính ủy Quân khu 9");
	/* the reverse order keeps working */
	check_official("Tin vắn\nĐại tá Cù Văn Tư, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu.",
				   "Cù Văn Tư", NULL, "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh");
}

/* L5: BTTT, PBTTT, "Phó BTTT" keyed by their full form (Phó) Bí thư Thường trực */
static void
test_title_standing_abbrevs(void)
{
	check_official("Tin vắn\nDự đại hội có đồng chí Cù Văn Tư - Phó BTTT Đảng ủy xã.",
				   "Cù Văn Tư", "đồng chí", "Phó BTTT Đảng ủy xã");
	check_official("Tin vắn\nĐồng chí Cù Văn Năm, PBTTT Huyện ủy phát biểu. Phó Bí thư Thường trực Huyện ủy Cù Văn Năm kết luận.",
				   "Cù Văn Năm", "đồng chí", "Phó Bí thư Thường trực Huyện ủy");
	check_official("Tin vắn\nĐồng chí Cù Văn Sáu, BTTT Tỉnh ủy dự.",
				   "Cù Văn Sáu", "đồng chí", "BTTT Tỉnh ủy");
}

/*
 * L3: a fronted role ("Kết luận Hội nghị, A nhấn mạnh, ...") is its
 * subject's, the persons listed right after it; not those of a later clause.
 */
static void
test_role_fronted_subject(void)
{
	GbResult   *r;
	const GbOfficial *o;

	r = extract("Tin vắn\nChỉ đạo và kết luận Hội nghị, Trưởng Ban Tổ chức Trung ương Cù Văn An nhấn mạnh, "
				"Hội nghị đã nghe Chủ tịch nước Cù Văn Bình truyền đạt chuyên đề thứ nhất; "
				"Thủ tướng Chính phủ Cù Văn Cường truyền đạt chuyên đề thứ hai.", 0, 0, 0);
	CHECK(has_role(official(r, "Cù Văn An"), "kết luận"), "the speaker concludes");
	o = official(r, "Cù Văn Bình");
	CHECK(o && o->nroles == 0, "a later clause's person has no role");
	o = official(r, "Cù Văn Cường");
	CHECK(o && o->nroles == 0, "nor the next one");
	gb_result_free(r);
	/* a list right after the role keeps it for all */
	r = extract("Tin vắn\nChủ trì hội nghị, đồng chí Cù Văn Dũng, Bí thư Tỉnh ủy; đồng chí Cù Văn Em, "
				"Chủ tịch UBND tỉnh và đồng chí Cù Thị Gấm, Phó Bí thư Tỉnh ủy.", 0, 0, 0);
	CHECK(has_role(official(r, "Cù Văn Dũng"), "chủ trì") && has_role(official(r, "Cù Văn Em"), "chủ trì") &&
		  has_role(official(r, "Cù Thị Gấm"), "chủ trì"), "a list after the role");
	gb_result_free(r);
}

/* L6: a title before "các" ("Bí thư, Phó Bí thư các chi, đảng bộ") names a class, no one named before */
static void
test_title_class_no_coref(void)
{
	GbResult   *r;
	const GbOfficial *o;

	r = extract("Tin vắn\nDự hội nghị có đồng chí Cù Y Lâm – phó Bí thư, Chủ tịch UBND huyện; các đồng chí "
				"UVBTV Huyện uỷ; Bí thư, Phó Bí thư các chi, đảng bộ trực thuộc Huyện uỷ.", 0, 0, 0);
	o = official(r, "Cù Y Lâm");
	CHECK(o && o->ntitles == 2 && o->mentions == 1 && r->nofficials == 1, "the class is not merged");
	gb_result_free(r);
	/* a title alone still refers to the one official who holds it */
	r = extract("Tin vắn\nĐồng chí Cù Văn Nam, Bí thư Huyện ủy dự. Bí thư Huyện ủy nhấn mạnh ba nhiệm vụ.", 0, 0, 0);
	o = official(r, "Cù Văn Nam");
	CHECK(o && o->mentions == 2, "a title alone is a mention");
	gb_result_free(r);
}

/*
 * L7: a council's name with a comma, "Hội đồng Lý luận, phê bình văn học
 * nghệ thuật Trung ương"; a position after the comma is a title of its own.
 */
static void
test_council_comma(void)
{
	check_official("Tin vắn\nHội nghị nghe Tiến sĩ Cù Văn Kỳ, Chủ tịch Hội đồng Lý luận, phê bình văn học nghệ thuật "
				   "Trung ương báo cáo chuyên đề.",
				   "Cù Văn Kỳ", NULL, "Chủ tịch Hội đồng Lý luận, phê bình văn học nghệ thuật Trung ương");
	check_official("Tin vắn\nĐồng chí Cù Văn Sơn, Chủ tịch Hội đồng Dân tộc, ủy viên Trung ương Đảng phát biểu.",
				   "Cù Văn Sơn", "đồng chí", "Chủ tịch Hội đồng Dân tộc | ủy viên Trung ương Đảng");
}

/*
 * R9 (probe 65 G5): capitalized fields listed with a comma or a dash inside
 * a Ban's, a Vụ's or a Cục's name stay in it when a level, a body or a
 * Vụ's parent ends them; a post, a body or no end after the comma is a
 * title of its own or the name's end.
 */
static void
test_board_caps_fields(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư - UVBTV, Trưởng ban Dân tộc, Tôn giáo - Quốc phòng, An ninh "
				   "Trung ương Hội Nông dân Việt Nam phát biểu.",
				   "Hà Văn Tư", "đồng chí",
				   "UVBTV | Trưởng ban Dân tộc, Tôn giáo - Quốc phòng, An ninh Trung ương Hội Nông dân Việt Nam");
	check_official("Tin vắn\nBà Cù Thị Lan, Phó Trưởng ban Văn hóa, Xã hội HĐND tỉnh Minh Sơn dự.",
				   "Cù Thị Lan", "bà", "Phó Trưởng ban Văn hóa, Xã hội HĐND tỉnh Minh Sơn");
	check_official("Tin vắn\nÔng Hà Văn Tư, Trưởng Ban Kinh tế, Ngân sách HĐND huyện dự.",
				   "Hà Văn Tư", "ông", "Trưởng Ban Kinh tế, Ngân sách HĐND huyện");
	check_official("Tin vắn\nĐồng chí Cù Văn Nam, Vụ trưởng Vụ Tổ chức, Biên chế, Bộ Nội vụ phát biểu.",
				   "Cù Văn Nam", "đồng chí", "Vụ trưởng Vụ Tổ chức, Biên chế, Bộ Nội vụ");
	/* a post or a body after the comma is a title of its own; no end, no longer name */
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Trưởng ban Tuyên giáo, Chủ tịch Hội Nông dân tỉnh dự.",
				   "Hà Văn Tư", "đồng chí", "Trưởng ban Tuyên giáo | Chủ tịch Hội Nông dân tỉnh");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Trưởng Ban Dân vận, Bí thư Đảng ủy Khối dự.",
				   "Hà Văn Tư", "đồng chí", "Trưởng Ban Dân vận | Bí thư Đảng ủy Khối");
	check_official("Tin vắn\nBà Cù Thị Lan, Phó Trưởng ban Văn hóa, Xã hội phát biểu.",
				   "Cù Thị Lan", "bà", "Phó Trưởng ban Văn hóa");
}

/*
 * R9 (probe 65 G8): "Chủ tịch danh dự" is a post of its own, the
 * association after it its body; "danh dự" is no role "dự".
 */
static void
test_honorary_chair(void)
{
	GbResult   *r;
	const GbOfficial *o;

	check_official("Tin vắn\nDự có ông Cù Văn Bảy, Chủ tịch danh dự Hội Khuyến học tỉnh Minh Sơn.",
				   "Cù Văn Bảy", "ông", "Chủ tịch danh dự Hội Khuyến học tỉnh Minh Sơn");
	check_official("Tin vắn\nBà Hà Thị Hai, Phó Chủ tịch danh dự Hội Người cao tuổi huyện phát biểu.",
				   "Hà Thị Hai", "bà", "Phó Chủ tịch danh dự Hội Người cao tuổi huyện");
	r = extract("Tin vắn\nĐại hội suy tôn Đại tướng Võ Nguyên Giáp tiếp tục làm Chủ tịch danh dự Hội Cựu "
				"chiến binh Việt Nam.", 0, 0, 0);
	o = official(r, "Võ Nguyên Giáp");
	CHECK(o && o->ntitles == 1 && strcmp(o->titles[0], "Chủ tịch danh dự Hội Cựu chiến binh Việt Nam") == 0 &&
		  o->nroles == 0, "honorary chair: %s", o && o->ntitles ? o->titles[0] : "none");
	gb_result_free(r);
}

/*
 * R9 (probe 65 G7): "miễn nhiệm chức vụ X đối với ông A": the post the
 * verb relieves (or appoints to) before "đối với" is the holder's, as
 * written; "đối với" after another post names no holder.
 */
static void
test_post_for_holder(void)
{
	check_official("Tin vắn\nKỳ họp đã bỏ phiếu miễn nhiệm chức vụ Phó Chủ tịch Ủy ban Nhân dân thành phố Hải "
				   "Phòng đối với ông Cù Văn Thống do chuyển công tác.",
				   "Cù Văn Thống", "ông", "Phó Chủ tịch Ủy ban Nhân dân thành phố Hải Phòng");
	check_official("Tin vắn\nHĐND tỉnh miễn nhiệm chức danh Ủy viên UBND tỉnh đối với bà Hà Thị Em.",
				   "Hà Thị Em", "bà", "Ủy viên UBND tỉnh");
	check_official("Tin vắn\nHĐND tỉnh bãi nhiệm chức vụ Phó Chủ tịch HĐND huyện đối với đồng chí Cù Văn Nam.",
				   "Cù Văn Nam", "đồng chí", "Phó Chủ tịch HĐND huyện");
	check_official("Tin vắn\nBí thư Tỉnh ủy nhấn mạnh trách nhiệm đối với ông Cù Văn Nam, người có công.",
				   "Cù Văn Nam", "ông", "");
}

/*
 * R9 (stop 28 G5): a unit's field whose second syllable is a verb's ("Việc
 * làm", "Tiếp công dân"), its first capitalized as a name's first word is,
 * is one noun: the title ends after it, not before the verb's syllable.
 */
static void
test_unit_field_noun(void)
{
	check_official("Tin vắn\nDự có ông Cù Văn Em, Cục trưởng Cục Việc làm, Bộ Lao động - Thương binh và Xã hội.",
				   "Cù Văn Em", "ông", "Cục trưởng Cục Việc làm, Bộ Lao động - Thương binh và Xã hội");
	check_official("Tin vắn\nBà Hà Thị Lan, Giám đốc Trung tâm Dịch vụ việc làm tỉnh phát biểu.",
				   "Hà Thị Lan", "bà", "Giám đốc Trung tâm Dịch vụ việc làm tỉnh");
	check_official("Tin vắn\nÔng Cù Văn Nam, Trưởng Ban Tiếp công dân tỉnh dự.",
				   "Cù Văn Nam", "ông", "Trưởng Ban Tiếp công dân tỉnh");
	check_official("Tin vắn\nĐồng chí Cù Văn Tú, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ phát biểu.",
				   "Cù Văn Tú", "đồng chí", "Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ");
	/* "lao động", "thực vật": no verb's "động", "thực"; "Kiểm soát" opens a field as any word does */
	check_official("Tin vắn\nÔng Cù Văn Em, Cục trưởng Cục Bảo vệ thực vật, Bộ Nông nghiệp dự.",
				   "Cù Văn Em", "ông", "Cục trưởng Cục Bảo vệ thực vật, Bộ Nông nghiệp");
	check_official("Tin vắn\nBà Hà Thị Lan, Phó Cục trưởng Cục Quản lý lao động, Bộ Nội vụ dự.",
				   "Hà Thị Lan", "bà", "Phó Cục trưởng Cục Quản lý lao động, Bộ Nội vụ");
	check_official("Tin vắn\nĐồng chí Cù Văn Tú, Cục trưởng Cục Kiểm soát thủ tục hành chính, Bộ Tư pháp phát "
				   "biểu.",
				   "Cù Văn Tú", "đồng chí", "Cục trưởng Cục Kiểm soát thủ tục hành chính, Bộ Tư pháp");
	/* the verb itself still ends a title: "Cục trưởng Cục Thuế làm việc với ..." */
	check_official("Tin vắn\nÔng Cù Văn Em, Cục trưởng Cục Thuế làm việc với tỉnh.",
				   "Cù Văn Em", "ông", "Cục trưởng Cục Thuế");
}

/*
 * R9 (stop 28 G6): "đối với", a preposition, is no syllable of a unit's
 * name: "bổ nhiệm chức vụ Giám đốc Sở Nội vụ đối với ông A" gives A the
 * post, as post_for_holder() does after any other post.
 */
static void
test_post_for_holder_unit(void)
{
	check_official("Tin vắn\nĐồng chí Cù Văn An trao quyết định bổ nhiệm chức vụ Giám đốc Sở Nội vụ đối với "
				   "ông Hà Văn Bình.",
				   "Hà Văn Bình", "ông", "Giám đốc Sở Nội vụ");
	check_official("Tin vắn\nHĐND tỉnh miễn nhiệm chức vụ Giám đốc Sở Tư pháp đối với bà Cù Thị Hoa.",
				   "Cù Thị Hoa", "bà", "Giám đốc Sở Tư pháp");
}

/*
 * R9 (stop 28 G7): "miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông A
 * và bà B": a member's or a deputy's post, held by several at once, is
 * each one's; a head's post is the first one's alone, the second found
 * all the same.
 */
static void
test_post_co_holders(void)
{
	check_official("Tin vắn\nHĐND tỉnh miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Cù Văn An và bà Hà "
				   "Thị Bình.",
				   "Hà Thị Bình", "bà", "Ủy viên UBND tỉnh");
	check_official("Tin vắn\nHĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Cù Văn An, bà Hà "
				   "Thị Bình và ông Cù Văn Cường.",
				   "Cù Văn Cường", "ông", "Phó Chủ tịch UBND tỉnh");
	check_official("Tin vắn\nHĐND tỉnh miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Cù Văn An và bà Hà "
				   "Thị Bình.",
				   "Hà Thị Bình", "bà", "");
	check_official("Tin vắn\nHĐND tỉnh miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Cù Văn An và bà Hà "
				   "Thị Bình.",
				   "Cù Văn An", "ông", "Chủ tịch UBND tỉnh");
}

/* M1: a post that issues ("Thường trực Ban Bí thư ban hành"), as one that signs, is no issuer */
static void
test_cit_post_issues(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Ngày 12-4-2023, Thường trực Ban Bí thư ban hành Quy định số 61-QĐ/TW về lấy phiếu "
				"tín nhiệm. Ngày 5-6-2023, Tổng Bí thư ban hành Quy định số 62 của Ban Bí thư về thi đua. "
				"Ngày 7-6-2023, Thường trực Ban Bí thư ban hành Hướng dẫn số 63-HD/BTCTW về đảng viên.",
				0, 0, 0);
	c = find_cit(r, "Quy định", "61", 0);
	CHECK(c && !c->issuer && str_is(c->term, "XIII") && c->issued.d == 12, "post: %s",
		  c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Quy định", "62", 0);
	CHECK(c && str_is(c->issuer, "Ban Bí thư"), "của: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Hướng dẫn", "63", 0);
	CHECK(c && str_is(c->issuer, "Ban Tổ chức Trung ương"), "code: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	/* a body that issues stays, and so does the body a post issues for */
	r = extract("Ngày 7-7-2023, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 64-KH/TU về học tập. "
				"Chủ tịch UBND tỉnh Lâm Đồng ban hành Quyết định số 65 về thi đua.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "64", 0);
	CHECK(c && str_is(c->issuer, "Ban Thường vụ Tỉnh ủy"), "body: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Quyết định", "65", 0);
	CHECK(c && str_is(c->issuer, "UBND tỉnh Lâm Đồng"), "post for a body: %s",
		  c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
}

/* M2: the issue date gives a Party term only to a document of the Party, known by its code or issuer */
static void
test_cit_term_party_only(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Thực hiện Công văn số 41 ngày 3-5-2022 của Ủy ban nhân dân tỉnh Hòa Lạc về phòng dịch, "
				"Quyết định số 42 ngày 4-5-2022 của Thủ tướng Chính phủ về đề án, Kế hoạch số 43 ngày "
				"5-5-2022 của UBND huyện về tiêm chủng và Chỉ thị số 44 ngày 6-5-2022 về an toàn.", 0, 0, 0);
	c = find_cit(r, "Công văn", "41", 0);
	CHECK(c && c->issued.y == 2022 && !c->term, "UBND: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Quyết định", "42", 0);
	CHECK(c && !c->term, "Thủ tướng: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Kế hoạch", "43", 0);
	CHECK(c && !c->term, "UBND huyện: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Chỉ thị", "44", 0);
	CHECK(c && !c->term, "no issuer, no code: %s", c && c->term ? c->term : "NULL");
	gb_result_free(r);

	/* a type of the Party's own is the Party's unless another body issues it */
	r = extract("Thực hiện Quy định số 51 ngày 9-5-2022 về thi đua, Kết luận số 52 ngày 10-5-2022 về "
				"cán bộ và Quy định số 53 ngày 11-5-2022 của UBND tỉnh về khen thưởng.", 0, 0, 0);
	c = find_cit(r, "Quy định", "51", 0);
	CHECK(c && str_is(c->term, "XIII"), "Quy định: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Kết luận", "52", 0);
	CHECK(c && str_is(c->term, "XIII"), "Kết luận: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Quy định", "53", 0);
	CHECK(c && !c->term, "Quy định của UBND: %s", c && c->term ? c->term : "NULL");
	gb_result_free(r);

	r = extract("Thực hiện Công văn số 45 ngày 3-5-2022 của Tỉnh ủy về cán bộ, Kế hoạch số 46-KH/HU ngày "
				"4-5-2022 về học tập, Quyết định số 47 ngày 5-5-2022 của Ban Thường vụ Huyện ủy về nhân sự, "
				"Thông báo số 48 ngày 6-5-2022 của Chi bộ Thôn 5, Hướng dẫn số 49 ngày 7-5-2022 của "
				"Ủy ban Kiểm tra Huyện ủy và Quyết định số 50 ngày 8-5-2022 của Bộ Chính trị.", 0, 0, 0);
	c = find_cit(r, "Công văn", "45", 0);
	CHECK(c && str_is(c->term, "XIII"), "Tỉnh ủy: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Kế hoạch", "46", 0);
	CHECK(c && str_is(c->term, "XIII"), "Party code: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Quyết định", "47", 0);
	CHECK(c && str_is(c->term, "XIII"), "Ban Thường vụ: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Thông báo", "48", 0);
	CHECK(c && str_is(c->term, "XIII"), "Chi bộ: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Hướng dẫn", "49", 0);
	CHECK(c && str_is(c->term, "XIII"), "Ủy ban Kiểm tra Huyện ủy: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Quyết định", "50", 0);
	CHECK(c && str_is(c->term, "XIII"), "Bộ Chính trị: %s", c && c->term ? c->term : "NULL");
	gb_result_free(r);
}

/*
 * R9 (probe 63 G3): the centre of a mass organization, "(Ban Chấp hành)
 * Trung ương" and the organization after it by name, letters or its short
 * name alone ("Đoàn", "Hội"), is the issuer as written, never cut to the
 * Party's Central Committee; its documents have no Party term.
 */
static void
test_cit_org_centre(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Sơ kết Đề án số 24 của Trung ương Hội Nông dân Việt Nam về chi hội nghề nghiệp; "
				"Kế hoạch số 31 của Trung ương HND Việt Nam về nông dân; Nghị quyết số 03-NQ/TWĐTN "
				"ngày 12/3/2023 của Ban Chấp hành Trung ương Đoàn về công tác thanh niên; Chương "
				"trình số 15 ngày 2/4/2022 của TW Đoàn về thanh niên; Kết luận số 17 của Trung ương "
				"Hội về hội viên; Kế hoạch số 12 của Trung ương Hội Cựu chiến binh Việt Nam.", 0, 0, 0);
	c = find_cit(r, "Đề án", "24", 0);
	CHECK(c && str_is(c->issuer, "Trung ương Hội Nông dân Việt Nam"), "Hội Nông dân: %s",
		  c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Kế hoạch", "31", 0);
	CHECK(c && str_is(c->issuer, "Trung ương HND Việt Nam"), "HND: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Nghị quyết", "3", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương Đoàn") && !c->term,
		  "BCH Trung ương Đoàn: %s, %s", c && c->issuer ? c->issuer : "NULL", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Chương trình", "15", 0);
	CHECK(c && str_is(c->issuer, "TW Đoàn") && !c->term, "TW Đoàn: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Kết luận", "17", 0);
	CHECK(c && str_is(c->issuer, "Trung ương Hội") && !c->term, "Trung ương Hội: %s",
		  c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Kế hoạch", "12", 0);
	CHECK(c && str_is(c->issuer, "Trung ương Hội Cựu chiến binh Việt Nam"), "Cựu chiến binh: %s",
		  c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	/* "Đoàn kết", "Hội nghị": words that go on are no organization */
	r = extract("Thực hiện Nghị quyết số 21 ngày 16/6/2022 của Ban Chấp hành Trung ương. Đoàn kết "
				"là sức mạnh. Quán triệt Nghị quyết số 19 của Ban Chấp hành Trung ương Hội nghị lần "
				"thứ 5.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "21", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương") && str_is(c->term, "XIII"),
		  "the Party's: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Nghị quyết", "19", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương"), "before Hội nghị: %s",
		  c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
}

/* M3: a number that is an amount ("Trung ương 7,5 tỷ đồng", "4 triệu", "3 người") is no plenum */
static void
test_cit_plenum_amount(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Kinh phí thực hiện Nghị quyết Trung ương 7,5 tỷ đồng. Theo Nghị quyết Trung ương 2.5 triệu "
				"đồng được chi. Sau Nghị quyết Trung ương 3 người dân ủng hộ. Theo Nghị quyết Trung ương "
				"9 % hộ nghèo giảm.", 0, 0, 0);
	CHECK(r->ncitations == 0, "amounts: %d citations", r->ncitations);
	gb_result_free(r);

	r = extract("Quán triệt Nghị quyết Trung ương 4 khóa XII, Nghị quyết Trung ương 5, khóa XII, "
				"Nghị quyết Trung ương 6 (khóa XII) và Nghị quyết Trung ương 7,8 (khóa XI).", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 4);
	CHECK(c && str_is(c->term, "XII"), "4 khóa XII");
	c = find_cit(r, "Nghị quyết", NULL, 5);
	CHECK(c && str_is(c->term, "XII"), "5, khóa XII");
	c = find_cit(r, "Nghị quyết", NULL, 6);
	CHECK(c && str_is(c->term, "XII"), "6 (khóa XII)");
	c = find_cit(r, "Nghị quyết", NULL, 7);
	CHECK(c && str_is(c->term, "XI"), "7,8 (khóa XI): 7");
	c = find_cit(r, "Nghị quyết", NULL, 8);
	CHECK(c && str_is(c->term, "XI"), "7,8 (khóa XI): 8");
	gb_result_free(r);
}

/* M4: ", theo đó", ", trong đó", ", qua đó", ", nhằm" open a new clause: the subject ends before them */
static void
test_cit_subject_clause_open(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Quy định số 71-QĐ/TW về công tác kiểm tra, theo đó Ban Thường vụ phải báo cáo hằng quý. "
				"Quy định số 72-QĐ/TW về công tác giám sát, kỷ luật, trong đó Ban Thường vụ chịu trách "
				"nhiệm. Chỉ thị số 73-CT/TW về thi đua, qua đó các chi bộ đều tham gia. Kết luận số "
				"74-KL/TW về cán bộ, nhằm nâng cao chất lượng. Quy định số 75-QĐ/TW về công tác dân vận. "
				"Theo đó Ban Thường vụ phải báo cáo.", 0, 0, 0);
	c = find_cit(r, "Quy định", "71", 0);
	CHECK_STR(c ? c->subject : NULL, "công tác kiểm tra", "theo đó");
	c = find_cit(r, "Quy định", "72", 0);
	CHECK_STR(c ? c->subject : NULL, "công tác giám sát, kỷ luật", "trong đó");
	c = find_cit(r, "Chỉ thị", "73", 0);
	CHECK_STR(c ? c->subject : NULL, "thi đua", "qua đó");
	c = find_cit(r, "Kết luận", "74", 0);
	CHECK_STR(c ? c->subject : NULL, "cán bộ", "nhằm");
	c = find_cit(r, "Quy định", "75", 0);
	CHECK_STR(c ? c->subject : NULL, "công tác dân vận", ". Theo đó");
	gb_result_free(r);
}

/* M5: a document of the Ủy ban Kiểm tra Trung ương written with its code and by its issuer is one */
static void
test_cit_ubkttw_one(void)
{
	GbResult   *r;

	r = extract("Thực hiện Hướng dẫn số 02-HD/UBKTTW ngày 5-3-2022 về kiểm tra. Hướng dẫn 02 của Ủy ban "
				"Kiểm tra Trung ương nêu rõ.", 0, 0, 0);
	CHECK(r->ncitations == 1 && str_is(r->citations[0].code, "02-HD/UBKTTW") &&
		  str_is(r->citations[0].issuer, "Ủy ban Kiểm tra Trung ương") && r->citations[0].mentions == 2,
		  "one: %d", r->ncitations);
	gb_result_free(r);

	r = extract("Quy định 03 của Ủy ban Kiểm tra Trung ương và Quy định số 03-QĐ/UBKTTW.", 0, 0, 0);
	CHECK(r->ncitations == 1 && str_is(r->citations[0].code, "03-QĐ/UBKTTW") &&
		  r->citations[0].mentions == 2, "derived: %d", r->ncitations);
	gb_result_free(r);
}

/*
 * M2: a committee ("tỉnh ủy", "huyện ủy") or a Khối written in lower case
 * goes on a body's name, for the organizer and the issuer alike; "tỉnh ủy
 * viên" is a title, and a lone "khối" needs a name after it.
 */
static void
test_body_lower_committee(void)
{
	GbResult   *r;

	org_case("Tin hoạt động\nSáng 5/11/2021, Ban Tuyên giáo tỉnh ủy đã tổ chức hội nghị giao ban "
			 "báo chí.", "Ban Tuyên giáo tỉnh ủy", "tỉnh ủy");
	org_case("Tin hoạt động\nSáng 5/11/2021, Ban Dân vận huyện ủy Tân Lập tổ chức hội nghị sơ kết.",
			 "Ban Dân vận huyện ủy Tân Lập", "huyện ủy Tân Lập");
	org_case("Tin hoạt động\nNgày 9/1/2016, Ban Chấp hành Đảng bộ khối Các cơ quan tỉnh tổ chức "
			 "hội nghị lần thứ 12.", "Ban Chấp hành Đảng bộ khối Các cơ quan tỉnh", "khối Các cơ quan");
	org_case("Tin hoạt động\nNgày 9/1/2016, Đảng bộ khối Doanh nghiệp tỉnh tổ chức hội nghị sơ kết.",
			 "Đảng bộ khối Doanh nghiệp tỉnh", "khối Doanh nghiệp");
	org_case("Tin hoạt động\nNgày 9/1/2016, Thường trực khối Dân vận, Ủy ban Kiểm tra Đảng ủy tổ "
			 "chức hội nghị tọa đàm.", "Thường trực khối Dân vận, Ủy ban Kiểm tra Đảng ủy",
			 "Thường trực khối");
	r = extract("Tin hoạt động\nNgày 3/3/2021, Huyện ủy tổ chức hội nghị quán triệt Chỉ thị số "
				"04-CT/TU ngày 20/2/2021 của Ban Thường vụ tỉnh ủy về công tác phòng, chống dịch.",
				0, 0, 0);
	CHECK(r->ncitations == 1 && str_is(r->citations[0].issuer, "Ban Thường vụ Tỉnh ủy") &&
		  str_is(r->citations[0].subject, "công tác phòng, chống dịch"),
		  "issuer %s, subject %s", r->ncitations ? r->citations[0].issuer : "none",
		  r->ncitations ? r->citations[0].subject : "none");
	gb_result_free(r);
	check_official("Tin vắn\nĐồng chí Lò Văn Bảy, Trưởng Ban Tuyên giáo huyện ủy phát biểu.",
				   "Lò Văn Bảy", "đồng chí", "Trưởng Ban Tuyên giáo huyện ủy");
}

/*
 * M6: a numbered resolution followed by the Central Committee's plenum
 * without "của" has that plenum's body as issuer; an unnumbered plenum
 * resolution keeps none, as before.
 */
static void
test_cit_plenum_issuer_bare(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tỉnh ủy ban hành Chương trình thực hiện Nghị quyết số 31-NQ/TW ngày 9-11-2022 "
				"Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII về phát triển "
				"nông thôn và Nghị quyết số 34-NQ/TW Hội nghị Trung ương 6 khóa XIII về nông "
				"nghiệp. Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII "
				"được quán triệt.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "31", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương") && c->plenum == 6 &&
		  str_is(c->term, "XIII") && str_is(c->subject, "phát triển nông thôn"),
		  "31: %s / %d / %s", c && c->issuer ? c->issuer : "NULL", c ? c->plenum : -1,
		  c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Nghị quyết", "34", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương") && c->plenum == 6,
		  "34: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Nghị quyết", NULL, 8);
	CHECK(c && c->issuer == NULL, "plenum 8: %s", c && c->issuer ? c->issuer : "none");
	gb_result_free(r);
}

/*
 * M7: "phối hợp tổ chức" is a form of "tổ chức"; every body of a list
 * before the verb ("A, B và C") organizes; a department's fields joined by
 * "và" or a comma ("Sở Văn hóa, Thể thao và Du lịch") are one name.
 */
static void
test_organizer_joint_list(void)
{
	org_case("Tin hoạt động\nSáng 6/12/2019, Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông, "
			 "Hội Nhà báo tỉnh phối hợp tổ chức Hội nghị giao ban báo chí.",
			 "Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông, Hội Nhà báo tỉnh",
			 "list, phối hợp tổ chức");
	org_case("Tin hoạt động\nSáng 6/12/2019, Ban Dân vận Huyện ủy phối hợp tổ chức hội nghị sơ kết.",
			 "Ban Dân vận Huyện ủy", "one body, phối hợp tổ chức");
	org_case("Tin hoạt động\nSáng 6/12/2019, Ban Dân vận Huyện ủy và Hội Nông dân huyện đã phối "
			 "hợp tổ chức hội nghị sơ kết.", "Ban Dân vận Huyện ủy, Hội Nông dân huyện", "A và B");
	org_case("Tin hoạt động\nSáng 6/12/2019, Ban Tuyên giáo Tỉnh ủy, Sở Văn hóa, Thể thao và Du "
			 "lịch tổ chức hội nghị giao ban.", "Ban Tuyên giáo Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch",
			 "fields joined by a comma");
	org_case("Tin hoạt động\nSáng 6/12/2019, Sở Tài nguyên và Môi trường tổ chức hội nghị tổng kết.",
			 "Sở Tài nguyên và Môi trường", "fields joined by và");
}

/*
 * M9: "Thường vụ" before a committee is the standing committee, "Ban" left
 * out: part of the organizer's and the issuer's name; titles are as before.
 */
static void
test_body_standing_no_ban(void)
{
	GbResult   *r;

	org_case("Tin hoạt động\nSáng 24/7/2014, Thường vụ Quân ủy Trung ương đã tổ chức Hội nghị trực "
			 "tuyến quán triệt Nghị quyết.", "Thường vụ Quân ủy Trung ương", "Thường vụ QUTW");
	org_case("Tin hoạt động\nSáng 24/7/2014, Thường vụ Tỉnh ủy Tân Lập tổ chức hội nghị sơ kết.",
			 "Thường vụ Tỉnh ủy Tân Lập", "Thường vụ Tỉnh ủy");
	r = extract("Tin vắn\nThường vụ Quân ủy Trung ương vừa ban hành Quy định số 512/QĐ-QUTW về "
				"nêu gương.", 0, 0, 0);
	CHECK(r->ncitations == 1 && str_is(r->citations[0].issuer, "Thường vụ Quân ủy Trung ương"),
		  "issuer %s", r->ncitations ? r->citations[0].issuer : "none");
	gb_result_free(r);
	check_official("Tin vắn\nDự hội nghị có đồng chí Lò Văn Hải, Ủy viên Thường vụ Quân ủy Trung ương.",
				   "Lò Văn Hải", "đồng chí", "Ủy viên Thường vụ Quân ủy Trung ương");
	check_official("Tin vắn\nỦy viên Thường vụ Tỉnh ủy Lò Văn Hải phát biểu.",
				   "Lò Văn Hải", NULL, "Ủy viên Thường vụ Tỉnh ủy");
}

/*
 * M5: a department's name after "(Phó) Trưởng phòng", "Phó phòng" goes
 * on in sentence case ("Tổ chức cán bộ", "Công tác chính trị") and over
 * levels listed with a comma ("Quận, Huyện"); the next title is kept.
 */
static void
test_title_department(void)
{
	check_official("Tin vắn\nHội nghị nghe Thượng tá Lò Văn Tám, Trưởng phòng Công tác đảng và Công tác "
				   "chính trị, Chánh Văn phòng Đảng ủy Công an tỉnh trình bày dự thảo.", "Lò Văn Tám", NULL,
				   "Trưởng phòng Công tác đảng và Công tác chính trị | "
				   "Chánh Văn phòng Đảng ủy Công an tỉnh");
	check_official("Tin vắn\nĐồng chí Hà Văn Bình, Trưởng phòng Tổ chức cán bộ, Chánh Văn phòng Đảng ủy "
				   "Công an tỉnh trình bày dự thảo.", "Hà Văn Bình", "đồng chí",
				   "Trưởng phòng Tổ chức cán bộ | Chánh Văn phòng Đảng ủy Công an tỉnh");
	check_official("Tin vắn\nDự hội nghị có đồng chí Mạc Văn Cường - Phó Trưởng phòng Quận, Huyện Ban "
				   "tổ chức Thành ủy; đồng chí Kha Thị Dung, Bí thư Huyện ủy.", "Mạc Văn Cường", "đồng chí",
				   "Phó Trưởng phòng Quận, Huyện Ban tổ chức Thành ủy");
	check_official("Tin vắn\nĐồng chí Hà Văn Bình, Phó phòng Tổ chức cán bộ Công an tỉnh dự.",
				   "Hà Văn Bình", "đồng chí", "Phó phòng Tổ chức cán bộ Công an tỉnh");
	/* the verb after the department still ends it */
	check_official("Tin vắn\nTrưởng phòng Tư pháp Kha Văn Dũng trình bày báo cáo.",
				   "Kha Văn Dũng", NULL, "Trưởng phòng Tư pháp");
}

/*
 * M10: military staff posts and unit commanders are titles ("Tổng Tham mưu
 * trưởng", "Sư đoàn trưởng").  Titles shared before a list of names go to
 * each, except one whose own titles restate one of them: it is no member.
 */
static void
test_title_military(void)
{
	const char *text = "Tin vắn\nDự hội nghị có các đồng chí Ủy viên Trung ương Đảng, Thứ trưởng Bộ "
		"Quốc phòng: Thượng tướng Lò Văn Hải - Tổng Tham mưu trưởng; Thượng tướng Hà Văn Nam và "
		"Thượng tướng Kha Văn Phúc - Ủy viên Trung ương Đảng, Phó Chủ nhiệm Tổng cục Chính trị.";

	check_official(text, "Lò Văn Hải", "đồng chí",
				   "Ủy viên Trung ương Đảng | Thứ trưởng Bộ Quốc phòng | Tổng Tham mưu trưởng");
	check_official(text, "Hà Văn Nam", "đồng chí", "Ủy viên Trung ương Đảng | Thứ trưởng Bộ Quốc phòng");
	check_official(text, "Kha Văn Phúc", "đồng chí",
				   "Ủy viên Trung ương Đảng | Phó Chủ nhiệm Tổng cục Chính trị");
	check_official("Tin vắn\nĐồng chí Hà Văn Bình, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam dự.",
				   "Hà Văn Bình", "đồng chí", "Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam");
	check_official("Tin vắn\nĐại tá Lò Văn Cường, Tham mưu trưởng Quân khu 2 phát biểu.",
				   "Lò Văn Cường", NULL, "Tham mưu trưởng Quân khu 2");
	check_official("Tin vắn\nĐại tá Kha Văn Dũng, Sư đoàn trưởng Sư đoàn 312 dự.",
				   "Kha Văn Dũng", NULL, "Sư đoàn trưởng Sư đoàn 312");
}

/*
 * M11: after a title, a name of three or four syllables with "Văn" or
 * "Thị" second is a person's whatever its surname; two syllables after a
 * committee are still its place.
 */
static void
test_name_middle(void)
{
	GbResult   *r;

	check_official("Tin vắn\nPhó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy Tân Văn Ngữ đề nghị các "
				   "cơ quan báo chí tuyên truyền.", "Tân Văn Ngữ", NULL,
				   "Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy");
	check_official("Tin vắn\nPhó Chủ tịch UBND huyện Thạch Thị Sa Ly phát biểu.", "Thạch Thị Sa Ly", NULL,
				   "Phó Chủ tịch UBND huyện");
	r = extract("Tin vắn\nBí thư Đảng ủy xã Tân Văn phát biểu.", 0, 0, 0);
	CHECK(r->nofficials == 0, "a place: %s", r->nofficials ? r->officials[0].name : "none");
	gb_result_free(r);
}

/*
 * O1: a page's credit line, "Tổng Biên tập: Trần Văn B" alone on its line,
 * names no official; "Chủ trì: đồng chí X, Bí thư Tỉnh ủy" in the text does,
 * as does a staff label before an honorific or a name with its titles.
 */
static void
test_staff_credit_line(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nSáng 12/10/2023, Huyện ủy Tân Lạc tổ chức hội nghị giao ban.\n"
				"Chủ trì: đồng chí Cù Văn Khải, Bí thư Huyện ủy.\nCù Nhung\n"
				"Trưởng Ban: Cù Văn Ấn\nPhó Trưởng ban: Cù Minh Tường.\n"
				"Tổng Biên tập: Cù Văn Bảo\nChịu trách nhiệm nội dung: Cù Thị Lụa", 0, 0, 0);
	CHECK(r->nofficials == 1 && has_role(official(r, "Cù Văn Khải"), "chủ trì"),
		  "credits: %d officials", r->nofficials);
	gb_result_free(r);

	r = extract("Tin hoạt động\nBan Chỉ đạo gồm:\nTrưởng ban: đồng chí Cù Văn Lâm, Chủ tịch UBND "
				"huyện\nPhó Trưởng ban: Cù Văn Mạnh, Phó Chủ tịch UBND huyện", 0, 0, 0);
	CHECK(official(r, "Cù Văn Lâm") && official(r, "Cù Văn Mạnh"), "a list of members: %d officials",
		  r->nofficials);
	gb_result_free(r);
}

/*
 * O2: every abbreviation inserted in parentheses is left out of a body's
 * name, not only the first; "Trung ương (TƯ) Đảng" is the Central body.  A
 * title keeps them as written, but is the same title as its spelling
 * without them.
 */
static void
test_paren_abbrevs_all(void)
{
	GbResult   *r;

	org_case("Tin hoạt động\nSáng 5/3/2024, Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam (VN) tỉnh tổ chức hội nghị.",
			 "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "two abbreviations");
	r = extract("Tin hoạt động\nNgày 5/3/2024, Huyện ủy tổ chức hội nghị quán triệt Quy định số "
				"31-QĐ/TW của Ủy ban Kiểm tra (UBKT) Trung ương (TƯ) Đảng.", 0, 0, 0);
	CHECK(r->ncitations == 1 && str_is(r->citations[0].issuer, "Ủy ban Kiểm tra Trung ương"),
		  "issuer %s", r->ncitations ? r->citations[0].issuer : "none");
	gb_result_free(r);
	r = extract("Tin vắn\nĐồng chí Cù Văn Khải, Trưởng Ban Tổ chức (BTC) Tỉnh ủy (TU) phát biểu. "
				"Trưởng Ban Tổ chức Tỉnh ủy Cù Văn Khải kết luận.", 0, 0, 0);
	CHECK(r->nofficials == 1 && r->officials[0].ntitles == 1 &&
		  str_is(r->officials[0].titles[0], "Trưởng Ban Tổ chức (BTC) Tỉnh ủy (TU)"),
		  "title %s", r->nofficials ? r->officials[0].titles[0] : "none");
	gb_result_free(r);
}

/*
 * O3: a congress's Party organization goes on as any body's name, past a
 * lower-case level and its place: the organizer of "Đại hội đại biểu Đảng
 * bộ ... lần thứ X" heading its clause, and the congress of a resolution.
 * A congress spoken of ("chuẩn bị nhân sự Đại hội ...") names no organizer.
 */
static void
test_congress_organizer(void)
{
	GbResult   *r;

	org_case("Tin hoạt động\nSáng 12/6/2020, Đại hội đại biểu Đảng bộ Bộ đội Biên phòng tỉnh Lâm Hà "
			 "lần thứ X, nhiệm kỳ 2020-2025 đã khai mạc.",
			 "Đảng bộ Bộ đội Biên phòng tỉnh Lâm Hà", "congress heading the lead");
	org_case("Đại hội lần thứ nhất Đảng bộ Công an thành phố Tân Lạc\nSáng 12/6/2020, đại hội đã khai mạc.",
			 "Đảng bộ Công an thành phố Tân Lạc", "congress in the headline");
	org_case("Tin hoạt động\nSáng 12/6/2020, Đảng bộ Biên phòng tỉnh Lâm Hà tổ chức Đại hội đại biểu lần thứ X.",
			 "Đảng bộ Biên phòng tỉnh Lâm Hà", "the subject");
	org_case("Tin hoạt động\nHội nghị đã bàn việc chuẩn bị nhân sự Đại hội Đảng bộ tỉnh Lâm Hà lần thứ X.",
			 NULL, "a congress spoken of");
	r = extract("Tin hoạt động\nSáng 12/6/2021, Huyện ủy tổ chức quán triệt Nghị quyết Đại hội lần thứ X "
				"Đảng bộ Bộ đội Biên phòng tỉnh Lâm Hà. Nghị quyết Đại hội đại biểu Đảng bộ Bộ đội Biên "
				"phòng tỉnh Lâm Hà lần thứ X đã xác định ba khâu đột phá.", 0, 0, 0);
	CHECK(r->ncitations == 1 && r->citations[0].mentions == 2, "one congress resolution: %d",
		  r->ncitations);
	gb_result_free(r);
}

/*
 * probe 42 G7: a congress's number written "lần I", "lần 1" ("thứ" left
 * out before a numeral, as headlines and many outlets write it) names the
 * congress as "lần thứ I" does: its Party organization holds it, the
 * number after the name or before it; "lần đầu" (a word) is no number.
 */
static void
test_congress_number_short(void)
{
	org_case("Tin hoạt động\nChiều 2-10-2025, Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần I, nhiệm kỳ "
			 "2025-2030 họp phiên trù bị.", "Đảng bộ tỉnh Gia Lai", "lần I");
	org_case("Tin hoạt động\nSáng 3/10/2025, Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần 1, nhiệm kỳ "
			 "2025-2030 khai mạc.", "Đảng bộ tỉnh Lâm Đồng", "lần 1");
	org_case("Tin hoạt động\nSáng 3/10/2025, Đại hội Đảng bộ Công an tỉnh Tân Lập lần II, nhiệm kỳ "
			 "2025-2030 khai mạc.", "Đảng bộ Công an tỉnh Tân Lập", "lần II");
	org_case("Tin hoạt động\nSáng 3/10/2025, Đại hội đại biểu lần I Đảng bộ tỉnh Đắk Lắk khai mạc.",
			 "Đảng bộ tỉnh Đắk Lắk", "lần I before the body");
	org_case("Tin hoạt động\nSáng 3/10/2025, Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ 1, nhiệm "
			 "kỳ 2025-2030 khai mạc.", "Đảng bộ tỉnh Lâm Đồng", "lần thứ 1");
	org_case("Tin hoạt động\nNgày 10-2-2025, Đảng bộ xã Tân An Đại hội lần VI, nhiệm kỳ 2025-2030.",
			 "Đảng bộ xã Tân An", "Đại hội lần VI as the verb");
	org_case("Tin hoạt động\nSáng 3/10/2025, Đại hội Đảng bộ tỉnh Lâm Đồng lần đầu khai mạc.",
			 NULL, "lần đầu");
}

/*
 * O4: UVBTV, UVTV, TVTU, TUV, HUV, PBT are keyed by their full form, so that
 * "UVBTV Tỉnh ủy" and "Ủy viên Ban Thường vụ Tỉnh ủy" are one title, the
 * full spelling kept.
 */
static void
test_title_standing_members(void)
{
	check_official("Tin vắn\nDự có đồng chí Cù Văn Khải, UVBTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy. "
				   "Đồng chí Cù Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy phát biểu.",
				   "Cù Văn Khải", "đồng chí", "Ủy viên Ban Thường vụ Tỉnh ủy | Trưởng Ban Tổ chức Tỉnh ủy");
	check_official("Tin vắn\nDự có đồng chí Cù Thị Hoa, TUV, Bí thư Huyện ủy. Đồng chí Cù Thị Hoa, "
				   "Tỉnh ủy viên, Bí thư Huyện ủy kết luận.",
				   "Cù Thị Hoa", "đồng chí", "Tỉnh ủy viên | Bí thư Huyện ủy");
	check_official("Tin vắn\nDự có đồng chí Cù Văn Bảo, TVTU, Chủ tịch UBND tỉnh. Đồng chí Cù Văn Bảo, "
				   "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh dự.",
				   "Cù Văn Bảo", "đồng chí", "Ủy viên Ban Thường vụ Tỉnh ủy | Chủ tịch UBND tỉnh");
	check_official("Tin vắn\nĐồng chí Cù Văn Lâm, UVTV Huyện ủy, PBT Huyện ủy dự. Đồng chí Cù Văn Lâm, "
				   "Ủy viên Ban Thường vụ Huyện ủy, Phó Bí thư Huyện ủy phát biểu.",
				   "Cù Văn Lâm", "đồng chí", "Ủy viên Ban Thường vụ Huyện ủy | Phó Bí thư Huyện ủy");
}

/*
 * O5: a working session, "<body> (đã) làm việc với <body>" or "buổi làm
 * việc", is the meeting's kind, not what a purpose clause after it names;
 * a meeting named before it still wins, a session to come ("sẽ") is none.
 */
static void
test_kind_work_session(void)
{
	static const struct
	{
		const char *text;
		const char *kind;
	}			cases[] = {
		{"Chiều 5-6, Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy Khối các cơ quan tỉnh về công tác "
		 "xây dựng Đảng năm 2023.", "làm việc"},
		{"Chiều 5-6, Ban Thường vụ Tỉnh ủy đã làm việc với Huyện ủy Tân Lạc để sơ kết việc thực hiện "
		 "Nghị quyết.", "làm việc"},
		{"Chiều 5-6, đoàn công tác của Tỉnh ủy đã có buổi làm việc với Huyện ủy Tân Lạc.", "làm việc"},
		{"Chiều 5-6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị giao ban với Huyện ủy Tân Lạc. Sau buổi "
		 "làm việc, đoàn đi thăm mô hình.", "giao ban"},
		{"Chiều 5-6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị làm việc với Huyện ủy Tân Lạc.", "hội nghị"},
		{"Chiều 5-6, Ban Thường vụ Tỉnh ủy làm việc với 7 đảng bộ trực thuộc.", "làm việc"},
		{"Chiều 5-6, Ban Thường vụ Tỉnh ủy làm việc với các sở, ngành của tỉnh.", "làm việc"},
		{"Chiều 5-6, Ban Thường vụ Tỉnh ủy sẽ làm việc với Huyện ủy Tân Lạc.", NULL},
		{"Ngày 8-5, đại hội làm việc chính thức với các nội dung quan trọng.", "đại hội"},
	};
	int			k;

	for (k = 0; k < (int) (sizeof(cases) / sizeof(cases[0])); k++)
	{
		char		text[512];
		GbResult   *r;

		snprintf(text, sizeof(text), "Tin hoạt động\n%s", cases[k].text);
		r = extract(text, 0, 0, 0);
		if (cases[k].kind)
			CHECK(str_is(r->meeting.meeting_kind, cases[k].kind), "case %d: kind %s", k,
				  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
		else
			CHECK(r->meeting.meeting_kind == NULL, "case %d: kind %s", k, r->meeting.meeting_kind);
		gb_result_free(r);
	}
}

/*
 * R9 (probe 60 G2): deputies meeting their voters, "tiếp xúc cử tri" with
 * or without "hội nghị" or "buổi", is the meeting reported: its date and
 * time of day; a "hội nghị tiếp xúc cử tri" keeps "hội nghị".
 */
static void
test_kind_voter_meeting(void)
{
	static const struct
	{
		const char *text;
		const char *kind;
	}			cases[] = {
		{"Chiều 17/6/2018, Tổng Bí thư Nguyễn Phú Trọng cùng các ĐBQH đoàn Hà Nội đã có buổi tiếp xúc "
		 "cử tri tại quận Cầu Giấy (Hà Nội).", "tiếp xúc cử tri"},
		{"Chiều 17/6/2018, Tổ đại biểu Quốc hội đơn vị số 1 tiếp xúc cử tri tại phường Dịch Vọng.",
		 "tiếp xúc cử tri"},
		{"Chiều 17/6/2018, Đoàn ĐBQH tỉnh Nghệ An tổ chức tiếp xúc cử tri tại huyện Yên Thành.",
		 "tiếp xúc cử tri"},
		{"Chiều 17/6/2018, Tổ đại biểu HĐND tỉnh Cà Mau tiếp xúc cử tri sau Kỳ họp thứ 5.",
		 "tiếp xúc cử tri"},
		{"Chiều 17/6/2018, Ủy ban MTTQ quận Cầu Giấy tổ chức hội nghị tiếp xúc cử tri tại phường "
		 "Dịch Vọng.", "hội nghị"},
	};
	int			k;

	for (k = 0; k < (int) (sizeof(cases) / sizeof(cases[0])); k++)
	{
		GbResult   *r = extract(cases[k].text, 0, 0, 0);

		CHECK(str_is(r->meeting.meeting_kind, cases[k].kind) && held_is(r, 2018, 6, 17) &&
			  str_is(r->meeting.time_of_day, "chiều"), "case %d: kind %s, held %d-%d-%d", k,
			  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL", r->meeting.held_on.y,
			  r->meeting.held_on.m, r->meeting.held_on.d);
		gb_result_free(r);
	}
}

/*
 * R9 (probe 60 G7): "năm mới 2020", the new year, gives a date without
 * one its year as "năm 2020" does.
 */
static void
test_held_new_year(void)
{
	static const struct
	{
		const char *text;
		int			y;
		int			m;
		int			d;
	}			cases[] = {
		{"Sáng ngày 01/01, ngày đầu tiên của năm mới 2020, Ban chấp hành Đảng bộ huyện Đức Thọ tổ chức lễ "
		 "công bố các Quyết định của Huyện ủy.", 2020, 1, 1},
		{"Đầu năm mới 2021, ngày 4/1, Tỉnh ủy Hà Tĩnh tổ chức hội nghị giao ban.", 2021, 1, 4},
		{"Chiều 3/1, trong không khí đón năm mới 2023, Đảng ủy xã Tân Phú tổ chức hội nghị triển khai "
		 "nhiệm vụ.", 2023, 1, 3},
		{"Ngày 5/1, Huyện ủy Cẩm Xuyên tổ chức hội nghị. Năm mới đến, cán bộ ra quân.", 0, 0, 0},
	};
	int			k;

	for (k = 0; k < (int) (sizeof(cases) / sizeof(cases[0])); k++)
	{
		GbResult   *r = extract(cases[k].text, 0, 0, 0);

		CHECK(held_is(r, cases[k].y, cases[k].m, cases[k].d), "case %d: held %d-%d-%d", k,
			  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
		gb_result_free(r);
	}
}

/*
 * R9 (probe 62 G2, probe 61 G2, G5, G6, G7): the meeting's date and time.
 * A later full date that is no cited document's (a page's timestamp, a
 * closing date, another item) gives a date without a year the nearest
 * year, not the next; a cited document still bounds it from below.  A
 * date after a clock time, on a notice's "Thời gian:" line or after
 * "vào" right after a document's name is the meeting's.  A year derived
 * from "sơ kết N năm" is not before the documents the meeting cites; a
 * figure's "đạt ... vào năm Y" gives no year.  A later sentence restating
 * the lead's day and body, or "Hội nghị diễn ra vào buổi sáng", gives the
 * time of day.  tod "-": not checked.
 */
static void
test_held_date_clock_latest(void)
{
	static const struct
	{
		const char *text;
		int			y;
		int			m;
		int			d;
		const char *tod;
	}			cases[] = {
		/* probe 62 G2 */
		{"Sáng 27/4, HĐND tỉnh khóa IX, nhiệm kỳ 2016 - 2021 khai mạc Kỳ họp thứ 20.\n\n"
		 "Khai mạc Kỳ họp thứ 20, HĐND tỉnh khóa IX\n08:57, 28/04/2021\n\n"
		 "Sáng 27/4, HĐND tỉnh khóa IX khai mạc Kỳ họp thứ 20.", 2021, 4, 27, "sáng"},
		{"Sáng 27/4, HĐND tỉnh khai mạc Kỳ họp thứ 20. Dự kiến kỳ họp bế mạc ngày 29/4/2021.",
		 2021, 4, 27, "-"},
		{"Chiều 12/10, Huyện ủy Đức Thọ tổ chức hội nghị giao ban quý III.\n\nTin khác\n20/11/2022",
		 2022, 10, 12, "-"},
		/* a cited document still comes before the meeting */
		{"Sáng 22/10, Huyện ủy Cam Lộ tổ chức hội nghị triển khai Kế hoạch số 15-KH/TU ngày "
		 "22/11/2019 của Tỉnh ủy.", 2020, 10, 22, "-"},
		{"Sáng 5/3, Huyện ủy Cam Lộ tổ chức hội nghị triển khai Kế hoạch số 15-KH/TU ngày "
		 "10/3/2021 của Tỉnh ủy.\n\nTin khác\n20/3/2021", 2022, 3, 5, "-"},
		/* probe 61 G2 */
		{"Ban Thường vụ Huyện ủy tổ chức Hội nghị cán bộ chủ chốt vào lúc 14 giờ ngày 15/12/2023.",
		 2023, 12, 15, "-"},
		{"Vào lúc 8h30 ngày 05/3/2024, Đảng ủy xã Hòa Bình tổ chức hội nghị triển khai nhiệm vụ.",
		 2024, 3, 5, "-"},
		{"Thành ủy Vinh khai mạc Hội nghị lần thứ 12 lúc 7:30, ngày 20/10/2022.", 2022, 10, 20, "-"},
		{"Ban Tuyên giáo Huyện ủy Nghi Lộc tổ chức Hội nghị báo cáo viên tháng 9 năm 2023.\n"
		 "1. Nội dung: thông tin thời sự trong nước và quốc tế.\n"
		 "2. Thời gian: 01 buổi, bắt đầu từ 7 giờ 30 phút, ngày 20 tháng 9 năm 2023.\n"
		 "3. Địa điểm: Hội trường Huyện ủy.", 2023, 9, 20, "-"},
		{"Đảng ủy Khối tổ chức Hội nghị quán triệt Nghị quyết Trung ương 8 vào ngày 15/12/2023 tại "
		 "Hội trường.", 2023, 12, 15, "-"},
		/* a deadline's clock dates no meeting */
		{"Huyện ủy tổ chức hội nghị giao ban. Các chi bộ nộp báo cáo trước 17 giờ ngày 20/12/2023.",
		 0, 0, 0, "-"},
		/* probe 61 G5 */
		{"Sáng ngày 28/6, Huyện ủy Đô Lương đã tổ chức hội nghị quán triệt Nghị quyết TW 10 khóa XII; "
		 "triển khai thực hiện Thông báo số 55-TB/TW, ngày 20/4/2019 của Bộ Chính trị về sơ kết 5 "
		 "năm thực hiện Nghị quyết số 26-NQ/TW ngày 30/7/2013 về phương hướng phát triển Nghệ An.",
		 2019, 6, 28, "sáng"},
		{"Sáng 12/5, Huyện ủy Yên Thành tổ chức hội nghị triển khai Kế hoạch số 12-KH/TU ngày "
		 "3/3/2022 của Tỉnh ủy về sơ kết 3 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của "
		 "Bộ Chính trị.", 2022, 5, 12, "-"},
		{"Sáng 12/5, Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW ngày "
		 "15/5/2016 của Bộ Chính trị.", 2026, 5, 12, "-"},
		/* probe 61 G6 */
		{"Sáng 14-5, đoàn công tác do đồng chí Nguyễn Trọng Nghĩa làm trưởng đoàn đã đến làm việc "
		 "với Ban Thường vụ Tỉnh ủy Kiên Giang. Thu nhập bình quân đầu người đạt hơn 3.000 USD vào "
		 "năm 2023.", 0, 0, 0, "-"},
		{"Sáng 12/5, Tỉnh ủy Gia Lai tổ chức hội nghị cán bộ chủ chốt. GRDP bình quân đầu người đạt "
		 "4.200 USD vào năm 2022.", 0, 0, 0, "-"},
		/* probe 61 G7 */
		{"Ngày 30/6, tại Hội nghị Ban Chấp hành Đảng bộ lần thứ 18, tỉnh Sóc Trăng đã công bố quyết "
		 "định của Ban Bí thư về công tác cán bộ.\n\nTheo báo Sóc Trăng, sáng 30/6/2023, Ban Chấp "
		 "hành Đảng bộ tỉnh Sóc Trăng khóa XIV đã tổ chức Hội nghị lần thứ 18.", 2023, 6, 30, "sáng"},
		{"Ngày 12/3, tại Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20, tỉnh Cà Mau đã công bố quyết "
		 "định về công tác cán bộ.\n\nTheo báo Cà Mau, chiều 12/3/2024, Tỉnh ủy Cà Mau đã tổ chức "
		 "Hội nghị lần thứ 20.", 2024, 3, 12, "chiều"},
		{"Ngày 12/3/2024, Tỉnh ủy Bình Định tổ chức hội nghị cán bộ chủ chốt. Hội nghị diễn ra vào "
		 "buổi sáng cùng ngày.", 2024, 3, 12, "sáng"},
		/* another event of the day, another meeting named */
		{"Ngày 24-3-2016, Tỉnh ủy Vĩnh Long tổ chức hội nghị triển khai quyết định của Bộ Chính trị.\n"
		 "Sáng 24-3, Ban Chấp hành Đảng bộ tỉnh Cao Bằng tổ chức Hội nghị lần thứ 24.",
		 2016, 3, 24, NULL},
		{"Ngày 12/3/2024, Tỉnh ủy Bình Định tổ chức hội nghị cán bộ chủ chốt. Hội nghị Trung ương 8 "
		 "diễn ra vào buổi sáng.", 2024, 3, 12, NULL},
	};
	int			k;

	for (k = 0; k < (int) (sizeof(cases) / sizeof(cases[0])); k++)
	{
		GbResult   *r = extract(cases[k].text, 0, 0, 0);
		const char *tod = r->meeting.time_of_day;

		CHECK(held_is(r, cases[k].y, cases[k].m, cases[k].d) &&
			  (cases[k].tod == NULL ? tod == NULL :
			   strcmp(cases[k].tod, "-") == 0 || str_is(tod, cases[k].tod)),
			  "case %d: held %d-%d-%d, time %s", k, r->meeting.held_on.y, r->meeting.held_on.m,
			  r->meeting.held_on.d, tod ? tod : "NULL");
		gb_result_free(r);
	}
}

/*
 * R9 (probe 58 G4): a weekly meeting's week, "tuần 7 năm 2026", is its
 * period, which no months hold: no period is set, not the whole year nor
 * a year a side remark reviews; its year still dates the meeting.  A week
 * planned leaves the year reviewed.
 */
static void
test_period_week(void)
{
	static const struct
	{
		const char *text;
		int			y;			/* of the meeting held on 20/2 */
		const char *period;
	}			cases[] = {
		{"ĐẢNG ỦY XÃ VĨNH TRẠCH HỌP BÁO TUẦN 7 NĂM 2026\nĐảng ủy xã Vĩnh Trạch tổ chức Họp báo Đảng uỷ "
		 "tuần 7 năm 2026 nhằm đánh giá kết quả. Trong dịp Tết, xã đã tổ chức tổng kết năm 2025.", 0, NULL},
		{"Sáng 20/2, Đảng ủy xã Vĩnh Trạch tổ chức họp giao ban tuần 7 năm 2026.", 2026, NULL},
		{"Sáng 20/2, Đảng ủy phường An Lạc họp giao ban tuần 8 năm 2026. Phường đã tổng kết năm 2025.",
		 2026, NULL},
		{"Sáng 20/2/2026, Đảng ủy xã Vĩnh Trạch tổ chức hội nghị tổng kết năm 2025, triển khai kế hoạch "
		 "tuần 8 năm 2026.", 2026, "năm 2025"},
	};
	int			k;

	for (k = 0; k < (int) (sizeof(cases) / sizeof(cases[0])); k++)
	{
		GbResult   *r = extract(cases[k].text, 0, 0, 0);

		CHECK((cases[k].y == 0 || held_is(r, cases[k].y, 2, 20)) &&
			  (cases[k].period ? str_is(r->meeting.period_text, cases[k].period) :
			   r->meeting.period_text == NULL), "case %d: held %d, period %s", k, r->meeting.held_on.y,
			  r->meeting.period_text ? r->meeting.period_text : "NULL");
		gb_result_free(r);
	}
}

/*
 * O6: the year of a plan, "triển khai nhiệm vụ năm 2024", "kế hoạch công
 * tác năm 2024", is no year of a meeting dated without one: with no other
 * year the date has none, the publication date still gives one; a year
 * reviewed just before the planned one puts the meeting between the two.
 */
static void
test_held_plan_year(void)
{
	GbResult   *r;
	const char *lead = "Tin hoạt động\nNgày 28/11, Tỉnh ủy Tân Lạc tổ chức hội nghị triển khai "
		"nhiệm vụ năm 2024.";
	const char *between = "Ban Chỉ đạo phong trào thi đua \"Dân vận khéo\" tỉnh triển khai nhiệm vụ năm "
		"2020\nNgày %s, Ban Chỉ đạo phong trào thi đua \"Dân vận khéo\" tỉnh tổ chức hội nghị tổng "
		"kết việc thực hiện Quy chế dân chủ ở cơ sở, phong trào thi đua \"Dân vận khéo\" năm 2019, "
		"triển khai nhiệm vụ năm 2020.";
	char		text[1024];

	r = extract(lead, 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "plan year alone: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	r = extract(lead, 2023, 11, 29);
	CHECK(held_is(r, 2023, 11, 28), "published: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin hoạt động\nNgày 28/11, Tỉnh ủy tổ chức hội nghị triển khai kế hoạch công tác năm "
				"2024. Năm 2023, tỉnh đạt 15/17 chỉ tiêu.", 0, 0, 0);
	CHECK(held_is(r, 2023, 11, 28), "another year: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	snprintf(text, sizeof(text), between, "9/1");
	r = extract(text, 0, 0, 0);
	CHECK(held_is(r, 2020, 1, 9), "early in the planned year: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	snprintf(text, sizeof(text), between, "20/12");
	r = extract(text, 0, 0, 0);
	CHECK(held_is(r, 2019, 12, 20), "late in the reviewed year: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * M1: a year that does not date the meeting gives it no year.  A month in
 * a schedule ("bắt đầu từ tháng 4.2026", "hoàn thành chậm nhất trong ...")
 * is no period reviewed; the first year of a range ("kế hoạch 5 năm 2021 -
 * 2025") opens a plan; a congress is held in the first year of the term it
 * opens; a review of "công tác X và phòng, chống Y năm N" held in January
 * is in N + 1, and with the year reviewed not known, in no year.
 */
static void
test_held_not_dating_year(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nSáng nay 18.9, Huyện ủy Tân Lập tổ chức hội nghị cán bộ chủ chốt để "
				"triển khai Chỉ thị số 45-CT/TW, ngày 12.6.2025 của Bộ Chính trị.\n"
				"Đại hội cấp cơ sở bắt đầu từ tháng 4.2026 và hoàn thành chậm nhất trong tháng "
				"6.2026; đại hội điểm tiến hành trong quý I/2026.", 0, 0, 0);
	CHECK(held_is(r, 2025, 9, 18) && r->meeting.period_text == NULL,
		  "schedule: %d-%d-%d %s", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d, r->meeting.period_text ? r->meeting.period_text : "-");
	gb_result_free(r);

	r = extract("Tin hoạt động\nChiều 14.5, Chi bộ Phòng Tài chính tổ chức hội nghị.\n"
				"Chi bộ đã lãnh đạo thực hiện kế hoạch 5 năm 2021 - 2025.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "plan range: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Tin hoạt động\nChiều 14.5, Đảng bộ Sở Xây dựng tổ chức đại hội lần thứ IV, nhiệm kỳ "
				"2025 - 2030.\nĐảng bộ đã lãnh đạo thực hiện kế hoạch 5 năm 2021 - 2025.", 0, 0, 0);
	CHECK(held_is(r, 2025, 5, 14), "congress term: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Tin hoạt động\nNgày 9-1, tỉnh Tân Lập tổ chức hội nghị tổng kết công tác dân vận và "
				"phòng, chống tham nhũng năm 2024 và triển khai nhiệm vụ năm 2025.", 0, 0, 0);
	CHECK(held_is(r, 2025, 1, 9) && r->meeting.period_lo.y == 2024 &&
		  r->meeting.period_text && strcmp(r->meeting.period_text, "năm 2024") == 0,
		  "review of a coordinated phrase: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Tin hoạt động\nNgày 9-1, tỉnh Tân Lập tổ chức hội nghị tổng kết công tác dân vận, "
				"cải cách hành chính và chuyển đổi số của các sở, ngành trên địa bàn tỉnh trong năm "
				"2024.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "January review, year not placed: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	/* a year planned alone dates a meeting in its first half, none later */
	r = extract("Tin hoạt động\nSáng 21/3, Ban Tuyên giáo Huyện ủy Tân Lập tổ chức hội nghị triển "
				"khai chuyên đề năm 2026.", 0, 0, 0);
	CHECK(held_is(r, 2026, 3, 21), "planned year, March: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	/* "đã đề ra, tạo tiền đề cho năm N + 1": the comma ends the plan's clause */
	r = extract("Tin hoạt động\nSáng 10.10, Tỉnh ủy Tân Lập tổ chức hội nghị lần thứ 9 để thực hiện "
				"thắng lợi Nghị quyết năm 2026 đã đề ra, tạo tiền đề cho năm 2027.", 0, 0, 0);
	CHECK(held_is(r, 2026, 10, 10), "year after a comma: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * M4: a kind inside the object of the agenda names a later event or a
 * document, not the meeting held: "phục vụ hội nghị tổng kết", "nhằm thông
 * qua ... hội nghị tổng kết", "(dự thảo) Báo cáo sơ kết", a purpose after
 * "Hội nghị lần thứ 12 (mở rộng) để".  The purpose's first word still is.
 */
static void
test_kind_agenda_object(void)
{
	static const struct
	{
		const char *text;
		const char *kind;
	}			cases[] = {
		{"Tin hoạt động\nNgày 12-1-2025, Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh tổ chức hội nghị "
		 "lần thứ 18, thông qua các dự thảo văn bản phục vụ hội nghị tổng kết công tác năm 2024.",
		 "hội nghị"},
		{"Tin hoạt động\nNgày 12-1-2025, Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh tổ chức hội nghị "
		 "lần thứ 18 nhằm thông qua chương trình của hội nghị tổng kết công tác năm 2024.",
		 "hội nghị"},
		{"Tin hoạt động\nNgày 28-3-2025, Ban Chấp hành Đảng bộ tỉnh Tân Lập tổ chức Hội nghị lần thứ 9, "
		 "cho ý kiến đối với dự thảo Báo cáo sơ kết 2 năm thực hiện Kế hoạch số 41-KH/TU.",
		 "hội nghị"},
		{"Tin hoạt động\nNgày 28-3-2025, Ban Chấp hành Đảng bộ tỉnh Tân Lập tổ chức Hội nghị lần thứ 9 "
		 "(mở rộng) để đánh giá tình hình quý I; thảo luận việc sơ kết 2 năm thực hiện Kế hoạch số "
		 "41-KH/TU.", "hội nghị"},
		{"Tin hoạt động\nSáng 3/5/2025, Huyện ủy Tân Lập tổ chức hội nghị nhằm quán triệt Nghị quyết số "
		 "12-NQ/HU.", "quán triệt"},
		{"Tin hoạt động\nSáng 20/12/2024, Huyện ủy Tân Lập tổ chức hội nghị tổng kết công tác năm 2024.",
		 "tổng kết"},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		GbResult   *r = extract(cases[i].text, 0, 0, 0);

		CHECK(str_is(r->meeting.meeting_kind, cases[i].kind), "case %d: kind %s", i,
			  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
		gb_result_free(r);
	}
}

/*
 * M13: a space after the slash of a date is a typo ("24/ 7", "24/7/ 2013");
 * after a dash only with the year written the same way ("24 - 7 - 2013"),
 * since "5 - 7 ngày" is a range.
 */
static void
test_date_spaced_separator(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nSáng 24/ 7/2013, Huyện ủy Tân Lập đã tổ chức Hội nghị để quán triệt "
				"Nghị quyết số 08-NQ/HU.", 0, 0, 0);
	CHECK(held_is(r, 2013, 7, 24) && str_is(r->meeting.time_of_day, "sáng") &&
		  str_is(r->meeting.meeting_kind, "quán triệt"), "24/ 7/2013: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Tin hoạt động\nSáng 24/ 7, Huyện ủy Tân Lập đã tổ chức Hội nghị để quán triệt "
				"Nghị quyết số 08-NQ/HU.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0) && str_is(r->meeting.time_of_day, "sáng") &&
		  r->meeting.title == NULL, "24/ 7: %s", r->meeting.title ? r->meeting.title : "-");
	gb_result_free(r);

	r = extract("Tin hoạt động\nChiều 24 - 7 - 2013, Huyện ủy Tân Lập tổ chức hội nghị quán triệt "
				"Nghị quyết số 08-NQ/HU.", 0, 0, 0);
	CHECK(held_is(r, 2013, 7, 24) && str_is(r->meeting.time_of_day, "chiều"),
		  "24 - 7 - 2013: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Tin hoạt động\nNgày 30/6/2013, Huyện ủy Tân Lập tổ chức hội nghị quán triệt trong "
				"5 - 7 ngày.", 0, 0, 0);
	CHECK(held_is(r, 2013, 6, 30), "5 - 7 ngày: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * M14: a publication line may end with counters and buttons: "| View
 * count: 422", "| Lượt xem: 1.205 | Chia sẻ"; the separators make no
 * breadcrumb trail of it.
 */
static void
test_published_counters(void)
{
	static const char *const texts[] = {
		"đảng - đoàn thể\n\nHội nghị Ban Chấp hành Đảng bộ huyện Tân Lập lần thứ 9\n"
		"Ngày đăng 05/03/2024 | 18:00  | View count: 422\n\n"
		"Chiều ngày 4/3, Huyện ủy Tân Lập đã tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9.",
		"Hội nghị Ban Chấp hành Đảng bộ huyện Tân Lập lần thứ 9\n"
		"05/03/2024 18:00 | Lượt xem: 1.205 | In bài | Chia sẻ\n"
		"Chiều ngày 4/3, Huyện ủy Tân Lập đã tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9.",
	};
	int			i;

	for (i = 0; i < 2; i++)
	{
		GbResult   *r = extract(texts[i], 0, 0, 0);

		CHECK(r->meeting.published.y == 2024 && r->meeting.published.m == 3 &&
			  r->meeting.published.d == 5 && held_is(r, 2024, 3, 4) &&
			  str_is(r->meeting.title, "Hội nghị Ban Chấp hành Đảng bộ huyện Tân Lập lần thứ 9"),
			  "case %d: published %d-%d-%d", i, r->meeting.published.y,
			  r->meeting.published.m, r->meeting.published.d);
		gb_result_free(r);
	}
}

/*
 * M3, M12: the headline stands above the lead, so with no headline a line
 * after a lead paragraph (an excerpt's last line cut short) is none; a
 * slogan banner above the headline ("Quyết tâm thực hiện thắng lợi ...")
 * gives way to the headline-shaped line after it.
 */
static void
test_headline_lead_slogan(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\n\nNăm 2024, công tác kiểm tra, giám sát của Đảng bộ huyện Tân Lập được cấp "
				"ủy, tổ chức đảng các cấp quan tâm lãnh đạo, chỉ đạo và thực hiện có hiệu quả.\n\n"
				"Hội nghị cũng đã triển khai Hướng dẫn số 03 của Ủy ban Kiểm tra Huyện ủy hướng", 0, 0, 0);
	CHECK(r->meeting.title == NULL, "line after the lead: %s", r->meeting.title);
	gb_result_free(r);

	r = extract("Huyện ủy Tân Lập tổng kết công tác kiểm tra năm 2024\n\nNăm 2024, công tác kiểm tra, "
				"giám sát của Đảng bộ huyện Tân Lập được cấp ủy, tổ chức đảng các cấp quan tâm lãnh đạo, "
				"chỉ đạo và thực hiện có hiệu quả.\n\nHội nghị cũng đã triển khai Hướng dẫn số 03 của Ủy "
				"ban Kiểm tra Huyện ủy", 0, 0, 0);
	CHECK(str_is(r->meeting.title, "Huyện ủy Tân Lập tổng kết công tác kiểm tra năm 2024"),
		  "headline above the lead: %s", r->meeting.title ? r->meeting.title : "NULL");
	gb_result_free(r);

	r = extract("Skip to main content\nQuyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Tân Lập "
				"lần thứ XVIII, nhiệm kỳ 2025 - 2030\n\nChi bộ thôn Đông xã Minh Sơn tổ chức Đại hội chi "
				"bộ, nhiệm kỳ 2025-2027\n\nTin các xã, thị trấn\n\nChiều ngày 5/6/2025, Chi bộ thôn "
				"Đông tổ chức Đại hội nhiệm kỳ 2025- 2027.", 0, 0, 0);
	CHECK(str_is(r->meeting.title, "Chi bộ thôn Đông xã Minh Sơn tổ chức Đại hội chi bộ, nhiệm kỳ 2025-2027"),
		  "slogan banner: %s", r->meeting.title ? r->meeting.title : "NULL");
	gb_result_free(r);

	r = extract("Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ huyện Tân Lập lần thứ XXI\n"
				"Huyện ủy Tân Lập tổng kết công tác kiểm tra năm 2024\n"
				"Chiều ngày 5/1/2025, Huyện ủy Tân Lập tổ chức hội nghị tổng kết công tác kiểm tra.", 0, 0, 0);
	CHECK(str_is(r->meeting.title, "Huyện ủy Tân Lập tổng kết công tác kiểm tra năm 2024"),
		  "greeting banner: %s", r->meeting.title ? r->meeting.title : "NULL");
	gb_result_free(r);
}

/*
 * A period right after a plan noun ("thực hiện nhiệm vụ quý III năm 2026")
 * is the one planned, no period reviewed; not when a reviewing word opens
 * the sentence ("đánh giá kết quả ..., thực hiện nhiệm vụ tháng 10").
 */
static void
test_period_plan_noun(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nSáng 5/7/2026, Đảng ủy Quân sự huyện Tân Lập tổ chức hội nghị ra nghị "
				"quyết lãnh đạo thực hiện nhiệm vụ quý III năm 2026.", 0, 0, 0);
	CHECK(r->meeting.period_text == NULL && held_is(r, 2026, 7, 5), "planned quarter: %s",
		  r->meeting.period_text ? r->meeting.period_text : "-");
	gb_result_free(r);
	r = extract("Tin hoạt động\nChiều 31/10/2026, Đảng ủy xã Tân Lập tổ chức hội nghị giao ban nhằm đánh "
				"giá kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ tháng 10 và triển khai nhiệm vụ "
				"trọng tâm tháng 11 năm 2026.", 0, 0, 0);
	CHECK(r->meeting.period_text && strcmp(r->meeting.period_text, "tháng 10") == 0,
		  "reviewed month: %s", r->meeting.period_text ? r->meeting.period_text : "-");
	gb_result_free(r);
}

/*
 * With no lead and no headline, a body sentence that reports the meeting
 * of the text held makes it a meeting report: "Phát biểu tại hội nghị,",
 * "Hội nghị cũng đã ...".  A meeting named after "tại" ("Tại Hội nghị lần
 * thứ 9 Ban Chấp hành Trung ương") is one spoken of, and makes none.
 */
static void
test_meeting_attended(void)
{
	GbResult   *r;

	r = extract("Qua ba năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, trên địa bàn huyện Tân Lập đã "
				"xuất hiện nhiều điển hình tiên tiến trong cán bộ, đảng viên và nhân dân.\n"
				"Phát biểu tại hội nghị, Bí thư Huyện ủy Lê Văn Tám yêu cầu các cấp ủy tiếp tục đẩy "
				"mạnh việc học tập và làm theo.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind && strcmp(r->meeting.meeting_kind, "hội nghị") == 0 &&
		  r->meeting.online == 0 && r->meeting.chairs != NULL && r->meeting.title == NULL,
		  "attended: %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	gb_result_free(r);
	r = extract("Trong năm qua, công tác kiểm tra, giám sát của Đảng bộ huyện Tân Lập được cấp ủy các cấp "
				"quan tâm lãnh đạo, chỉ đạo và tổ chức thực hiện có hiệu quả.\n"
				"Hội nghị cũng đã triển khai Hướng dẫn số 09 của Ủy ban Kiểm tra Huyện ủy.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind && strcmp(r->meeting.meeting_kind, "hội nghị") == 0 &&
		  r->meeting.online == 0, "sentence subject: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	gb_result_free(r);
	r = extract("Ông Lê Văn Tám sinh ra ở huyện Tân Lập, đã trải qua nhiều cương vị công tác và được nhân "
				"dân tin yêu, quý trọng trong suốt nhiều năm qua.\n"
				"Tại Hội nghị lần thứ 9 Ban Chấp hành Trung ương khóa X, ông được bầu vào Ban Bí thư.",
				0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL && r->meeting.online == -1 && r->meeting.chairs == NULL,
		  "a meeting named: %s %d", r->meeting.meeting_kind ? r->meeting.meeting_kind : "-",
		  r->meeting.online);
	gb_result_free(r);
}

/*
 * A unit numbered goes on a body's name as a numbered place does ("Quân
 * khu 9", "Sư đoàn 7", "Vùng 2 Hải quân" as "Phường 11"): the number does
 * not end the organizer, nor does "lần thứ" after it.
 */
static void
org_is(const char *text, const char *org, const char *kind)
{
	GbResult   *r = extract(text, 0, 0, 0);

	CHECK(r->meeting.organizer && strcmp(r->meeting.organizer, org) == 0 &&
		  (kind == NULL || (r->meeting.meeting_kind && strcmp(r->meeting.meeting_kind, kind) == 0)),
		  "organizer %s: %s / %s", org, r->meeting.organizer ? r->meeting.organizer : "-",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	gb_result_free(r);
}

static void
test_organizer_unit_number(void)
{
	org_is("Tin hoạt động\nQĐND - Đảng ủy Quân khu 8 vừa tổ chức hội nghị quán triệt, triển khai "
		   "các văn bản chỉ đạo.\nTại hội nghị, các đại biểu đã thảo luận.", "Đảng ủy Quân khu 8",
		   "quán triệt");
	org_is("Tin hoạt động\nSáng 3/4/2026, Đảng ủy Quân đoàn 12 tổ chức hội nghị sơ kết công tác.",
		   "Đảng ủy Quân đoàn 12", "sơ kết");
	org_is("Tin hoạt động\nSáng 3/4/2026, Đảng ủy Lữ đoàn 171 tổ chức hội nghị sơ kết công tác.",
		   "Đảng ủy Lữ đoàn 171", NULL);
	org_is("Tin hoạt động\nSáng 3/4/2026, Đảng ủy Vùng 5 Hải quân tổ chức hội nghị sơ kết công tác.",
		   "Đảng ủy Vùng 5 Hải quân", NULL);
	org_is("Tin hoạt động\nNgày 9.9, Đại hội Đảng bộ Sư đoàn 8 lần thứ X, nhiệm kỳ 2025 - 2030, được "
		   "tổ chức tại Tân Lập.", "Đảng bộ Sư đoàn 8", "đại hội");
	org_is("Tin hoạt động\nNgày 9.9, Đại hội Đảng bộ Phường 14 lần thứ X, nhiệm kỳ 2025 - 2030, được "
		   "tổ chức tại Tân Lập.", "Đảng bộ Phường 14", "đại hội");
}

/*
 * A time adverbial between the subject and "tổ chức" ("vào sáng nay
 * (27/6/2022)", "sáng 5/3", "hôm qua") is skipped; it ends the body's name.
 */
static void
test_organizer_time_adverbial(void)
{
	org_is("Tin hoạt động\nĐảng ủy Quân sự tỉnh Tân Lập vào sáng nay (12/5/2026) tổ chức hội nghị "
		   "tổng kết công tác.", "Đảng ủy Quân sự tỉnh Tân Lập", "tổng kết");
	org_is("Tin hoạt động\nHuyện ủy Minh Sơn sáng 5/3 tổ chức hội nghị sơ kết công tác.",
		   "Huyện ủy Minh Sơn", "sơ kết");
	org_is("Tin hoạt động\nHuyện ủy Minh Sơn hôm qua đã tổ chức hội nghị sơ kết công tác.",
		   "Huyện ủy Minh Sơn", "sơ kết");
	org_is("Tin hoạt động\nHuyện ủy Minh Sơn vào ngày 5-3-2026 tổ chức hội nghị sơ kết công tác.",
		   "Huyện ủy Minh Sơn", NULL);
}

/*
 * A place in apposition after the body (", TP. Tân Lập", ", huyện Minh
 * Sơn, tỉnh Tân Lập") is the body's: it does not end the subject.  A body
 * after the comma ("Tỉnh đoàn Minh Sơn") is one more organizer.
 */
static void
test_organizer_place_apposition(void)
{
	org_is("Tin hoạt động\nNgày 16/6/2025, Đảng bộ Phường 14, TP. Tân Lập đã tổ chức Đại hội Đại biểu "
		   "lần thứ X, nhiệm kỳ 2025-2030.", "Đảng bộ Phường 14", "đại hội");
	org_is("Tin hoạt động\nNgày 16/6/2025, Đảng bộ phường Tân An, thành phố Tân Lập đã tổ chức Đại hội.",
		   "Đảng bộ phường Tân An", "đại hội");
	org_is("Tin hoạt động\nNgày 16/6/2025, Đảng ủy xã Tân An, huyện Minh Sơn, tỉnh Tân Lập đã tổ chức "
		   "hội nghị sơ kết.", "Đảng ủy xã Tân An", NULL);
	org_is("Tin hoạt động\nNgày 16/6/2025, Huyện ủy Tân An, Tỉnh đoàn Minh Sơn tổ chức hội nghị.",
		   "Huyện ủy Tân An, Tỉnh đoàn Minh Sơn", NULL);
}

/*
 * "Ban Chấp hành (BCH) Đảng bộ ...": the abbreviation inside is left out
 * of the name, and "Ban Chấp hành" is kept with the Party organization.
 */
static void
test_organizer_bch_abbrev(void)
{
	org_is("Tin hoạt động\nNgày 14-1-2026, Ban Chấp hành (BCH) Đảng bộ Khối các cơ quan tỉnh Tân Lập tổ "
		   "chức hội nghị lần thứ 12.", "Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh Tân Lập", "hội nghị");
	org_is("Tin hoạt động\nSáng 5/4, Ban Chấp hành (BCH) Đảng bộ tỉnh tổ chức hội nghị quán triệt "
		   "một số văn bản.", "Ban Chấp hành Đảng bộ tỉnh", NULL);
}

/*
 * M5: a unit's name after any title head goes on in sentence case: a
 * lower-case "ban" before a capital ("Bí thư ban Cán sự đảng"), lower-case
 * words after "Trung tâm", "Hội đồng" up to a level; the next title is kept.
 */
static void
test_title_unit_sentence_case(void)
{
	check_official("Tin vắn\nHội nghị có ông Lò Văn Tám, Phó Bí thư Tỉnh ủy, Bí thư ban Cán sự đảng, "
				   "Chủ tịch UBND tỉnh Tân Lập.", "Lò Văn Tám", "ông",
				   "Phó Bí thư Tỉnh ủy | Bí thư ban Cán sự đảng | Chủ tịch UBND tỉnh Tân Lập");
	check_official("Tin vắn\nĐồng chí Hà Văn Bình, Trưởng ban Dân vận Huyện ủy, Giám đốc Trung tâm bồi "
				   "dưỡng chính trị huyện chủ trì hội nghị.", "Hà Văn Bình", "đồng chí",
				   "Trưởng ban Dân vận Huyện ủy | Giám đốc Trung tâm bồi dưỡng chính trị huyện");
	check_official("Tin vắn\nĐồng chí Hà Văn Bình, Chủ tịch Hội đồng thi đua khen thưởng tỉnh phát biểu.",
				   "Hà Văn Bình", "đồng chí", "Chủ tịch Hội đồng thi đua khen thưởng tỉnh");
	/* no level or capital after the lower-case words: a verb, not the name */
	check_official("Tin vắn\nĐồng chí Hà Văn Bình, Giám đốc Trung tâm đã ký quyết định.",
				   "Hà Văn Bình", "đồng chí", "Giám đốc Trung tâm");
}

/*
 * N2: an age or birth-year apposition after a name (", 76 tuổi,", ", sinh
 * năm 1950,", "(76 tuổi)") is passed over; the titles after it are read.
 */
static void
test_title_after_age(void)
{
	check_official("Tin vắn\nĐại biểu cao tuổi nhất là đồng chí Lê Văn Tám, 76 tuổi, Chủ tịch Hội Cựu chiến "
				   "binh huyện.", "Lê Văn Tám", "đồng chí", "Chủ tịch Hội Cựu chiến binh huyện");
	check_official("Tin vắn\nDự có đồng chí Lê Văn Tám (76 tuổi), Chủ tịch Hội Cựu chiến binh huyện.",
				   "Lê Văn Tám", "đồng chí", "Chủ tịch Hội Cựu chiến binh huyện");
	check_official("Tin vắn\nDự có đồng chí Hà Văn Bình, sinh năm 1950, Bí thư Chi bộ thôn Tân An.",
				   "Hà Văn Bình", "đồng chí", "Bí thư Chi bộ thôn Tân An");
	/* no title after the age */
	check_official("Tin vắn\nĐồng chí Lê Văn Tám, 76 tuổi, đã có 50 năm tuổi Đảng.",
				   "Lê Văn Tám", "đồng chí", "");
}

/*
 * probe 43 G7: a title in parentheses after the age or the birth year,
 * "(30 tuổi, Giám đốc Sở KH&ĐT)", "(SN 1975, Bí thư Huyện ủy)", is read
 * as the title alone in them is; "SN" is "sinh năm" written short.
 */
static void
test_title_in_paren_after_age(void)
{
	check_official("Tin vắn\nÔng Lê Văn Tám (30 tuổi, Giám đốc Sở KH&ĐT) cũng được bầu tham gia Ban Chấp hành.",
				   "Lê Văn Tám", "ông", "Giám đốc Sở KH&ĐT");
	check_official("Tin vắn\nÔng Hà Văn Bình (SN 1975, Bí thư Huyện ủy Tân Phú) được bầu làm Phó Chủ tịch UBND "
				   "tỉnh.", "Hà Văn Bình", "ông", "Bí thư Huyện ủy Tân Phú | Phó Chủ tịch UBND tỉnh");
	check_official("Tin vắn\nBà Mạc Thị Hồng (sinh năm 1980, quê Minh Sơn, Phó Giám đốc Sở Tài chính) phát biểu.",
				   "Mạc Thị Hồng", "bà", "Phó Giám đốc Sở Tài chính");
	check_official("Tin vắn\nDự có đồng chí Lò Văn Mạ, SN 1968, Chủ tịch Hội Nông dân huyện.",
				   "Lò Văn Mạ", "đồng chí", "Chủ tịch Hội Nông dân huyện");
	/* several posts a comma apart in the parenthesis, after the age or not */
	check_official("Tin vắn\nDự có ông Lý Văn Hòa (Bí thư Huyện ủy, Chủ tịch HĐND huyện) và bà Mạc Thị Mai.",
				   "Lý Văn Hòa", "ông", "Bí thư Huyện ủy | Chủ tịch HĐND huyện");
	check_official("Tin vắn\nÔng Hà Văn Bình (52 tuổi, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Tân Phú) phát biểu.",
				   "Hà Văn Bình", "ông", "Phó Bí thư Tỉnh ủy | Chủ tịch UBND tỉnh Tân Phú");
	/* no title after the age */
	check_official("Tin vắn\nÔng Lê Văn Tám (30 tuổi, quê Minh Sơn) phát biểu.", "Lê Văn Tám", "ông", "");
	check_official("Tin vắn\nÔng Lê Văn Tám (30 tuổi, có 10 năm công tác) phát biểu.", "Lê Văn Tám", "ông", "");
}

/*
 * N3: "Hôm nay", "Sáng nay", "Chiều nay" followed by a comma, a dash or a
 * parenthesis introduce the meeting's date as the bare form does.
 */
static void
test_held_today_sep(void)
{
	range_case("Tin vắn\n(TL) - Hôm nay, 26-10, Đại hội lần thứ XV Đảng bộ huyện Tân Lập, nhiệm kỳ "
			   "2010-2015, chính thức khai mạc.", 2010, 10, 26, NULL, "Hôm nay, D-M,");
	range_case("Tin vắn\nSáng nay (14/10/2020), Huyện ủy Tân Lập tổ chức hội nghị tổng kết.",
			   2020, 10, 14, "sáng", "Sáng nay (D/M/Y)");
	range_case("Tin vắn\nSáng nay - 9-12-2020, Huyện ủy Tân Lập tổ chức hội nghị tổng kết.",
			   2020, 12, 9, "sáng", "Sáng nay - D-M-Y");
	range_case("Tin vắn\nChiều nay, 9-12, Huyện ủy Tân Lập tổ chức hội nghị tổng kết năm 2020.",
			   2020, 12, 9, "chiều", "Chiều nay, D-M,");
	/* a count after the comma is no date */
	range_case("Tin vắn\nHôm nay, 3 đồng chí được khen thưởng tại hội nghị tổng kết năm 2020.",
			   0, 0, 0, NULL, "Hôm nay, N người");
}

/*
 * N4: a kind after "là dịp để", "có nhiệm vụ" describes what the meeting
 * named before it in its sentence does; it is not the meeting's kind.
 */
static void
kind_case(const char *text, const char *kind)
{
	GbResult   *r = extract(text, 0, 0, 0);

	CHECK(str_is(r->meeting.meeting_kind, kind), "kind %s, want %s in \"%s\"",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL", kind, text);
	gb_result_free(r);
}

static void
test_kind_described(void)
{
	kind_case("Tin vắn\nSáng ngày 1/6/2025, Chi bộ Tân Lập đã tổ chức Đại hội Chi bộ nhiệm kỳ 2025 - 2027. "
			  "Đại hội là dịp để tổng kết, đánh giá kết quả lãnh đạo trong nhiệm kỳ qua.", "đại hội");
	kind_case("Tin vắn\nNgày 5/6/2025, Chi bộ Tân Lập tổ chức Đại hội Chi bộ nhiệm kỳ 2025-2027. Đại hội "
			  "có nhiệm vụ tổng kết công tác nhiệm kỳ qua.", "đại hội");
	/* the purpose right after the verb's meeting still names it */
	kind_case("Tin vắn\nNgày 5/6/2025, Huyện ủy Tân Lập tổ chức hội nghị để quán triệt Nghị quyết số 12.",
			  "quán triệt");
}

/*
 * M13: "Chiều 12 - 01," (spaces around the dash, day and month) opening a
 * sentence after a time word and before a comma is the meeting's date; a
 * range ("5 - 7 ngày") is none.
 */
static void
test_held_spaced_day_month(void)
{
	range_case("Tin vắn\nNgày đăng 13/01/2021 | 14:28\nChiều 12 - 01, UBKT Huyện ủy Tân Lập tổ chức hội "
			   "nghị triển khai kế hoạch năm 2021.", 2021, 1, 12, "chiều", "Chiều D - M,");
	range_case("Tin vắn\nNgày 12 - 01, Huyện ủy Tân Lập tổ chức hội nghị triển khai nhiệm vụ năm 2021.",
			   2021, 1, 12, NULL, "Ngày D - M,");
	range_case("Tin vắn\nSáng 5 - 7 ngày, Huyện ủy Tân Lập tổ chức hội nghị năm 2021.",
			   0, 0, 0, NULL, "a range");
	range_case("Tin vắn\nTân Lập, ngày 12 - 01, Huyện ủy tổ chức hội nghị năm 2021.",
			   0, 0, 0, NULL, "not opening a sentence");
}

/*
 * N7: "tháng A và (tháng) B (năm Y)", "quý A và (quý) B" are one period,
 * from the first to the end of the last; the year after the last is all's.
 */
static void
period_case(const char *text, int y0, int m0, int y1, int m1, const char *ptext)
{
	GbResult   *r = extract(text, 0, 0, 0);

	CHECK(r->meeting.period_lo.y == y0 && r->meeting.period_lo.m == m0 &&
		  r->meeting.period_hi.y == y1 && r->meeting.period_hi.m == m1 &&
		  (ptext ? str_is(r->meeting.period_text, ptext) : r->meeting.period_text == NULL),
		  "period %d-%d .. %d-%d \"%s\", want \"%s\"",
		  r->meeting.period_lo.y, r->meeting.period_lo.m, r->meeting.period_hi.y,
		  r->meeting.period_hi.m, r->meeting.period_text ? r->meeting.period_text : "NULL",
		  ptext ? ptext : "NULL");
	gb_result_free(r);
}

static void
test_period_pair(void)
{
	period_case("Tin vắn\nChiều ngày 15/8/2019, Ban Tuyên giáo Huyện ủy Tân Lập tổ chức giao ban cộng tác viên "
				"tháng 7 và tháng 8 năm 2019.", 2019, 7, 2019, 9, "tháng 7 và tháng 8 năm 2019");
	period_case("Tin vắn\nNgày 5/10/2019, Huyện ủy Tân Lập tổ chức giao ban tháng 7 và 8/2019.",
				2019, 7, 2019, 9, "tháng 7 và 8/2019");
	period_case("Tin vắn\nNgày 5/10/2019, Huyện ủy Tân Lập tổ chức giao ban quý II và III năm 2019.",
				2019, 4, 2019, 10, "quý II và III năm 2019");
	period_case("Tin vắn\nNgày 5/7/2019, Huyện ủy Tân Lập tổ chức giao ban quý I và quý II/2019.",
				2019, 1, 2019, 7, "quý I và quý II/2019");
	/* a count after "và" is no month */
	period_case("Tin vắn\nNgày 5/10/2019, Huyện ủy Tân Lập tổ chức giao ban tháng 9 và 2 năm qua.",
				2019, 9, 2019, 10, "tháng 9");
}

/* Two months or quarters across the year's end: the year written is the last one's */
static void
test_period_pair_year_end(void)
{
	period_case("Tin vắn\nNgày 6/2/2021, Huyện ủy Tân Lập tổ chức giao ban tháng 12 và tháng 1 năm 2021.",
				2020, 12, 2021, 2, "tháng 12 và tháng 1 năm 2021");
	period_case("Tin vắn\nNgày 6/2/2021, Huyện ủy Tân Lập tổ chức giao ban tháng 11 và 1/2021.",
				2020, 11, 2021, 2, "tháng 11 và 1/2021");
	period_case("Tin vắn\nNgày 6/4/2021, Huyện ủy Tân Lập tổ chức giao ban quý IV và quý I năm 2021.",
				2020, 10, 2021, 4, "quý IV và quý I năm 2021");
	/* with no year, the first month alone */
	period_case("Tin vắn\nNgày 6/2/2021, Huyện ủy Tân Lập tổ chức giao ban tháng 12 và tháng 1.",
				2020, 12, 2021, 1, "tháng 12");
}

/*
 * R9 (probe 57 G2): a period without its year is of the meeting's year,
 * never of the whole year of a plan written after it ("kế hoạch năm
 * 2017"), nor of a whole year listed after a semicolon; months planned
 * after it ("nhiệm vụ 6 tháng cuối năm 2016") still date it.
 */
static void
test_period_not_plan_year(void)
{
	period_case("Tin vắn\nNgày 5/7/2016, Huyện ủy Tân Lập tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, "
				"triển khai nhiệm vụ 6 tháng cuối năm và dự kiến kế hoạch năm 2017.",
				2016, 1, 2016, 7, "6 tháng đầu năm");
	period_case("Tin vắn\nSáng 8/7/2019, Đảng ủy xã Tân Phú tổ chức hội nghị sơ kết công tác 6 tháng đầu năm "
				"và bàn phương hướng xây dựng kế hoạch năm 2020.",
				2019, 1, 2019, 7, "6 tháng đầu năm");
	period_case("Tin vắn\nNgày 11/7/2016, HĐND tỉnh Quảng Trị tổ chức kỳ họp thứ 2 đánh giá kết quả thực hiện "
				"nhiệm vụ 6 tháng đầu năm; thông qua Chương trình giám sát năm 2017.",
				2016, 1, 2016, 7, "6 tháng đầu năm");
	period_case("Tin vắn\nNgày 10/1/2017, Đảng ủy Khối Cơ quan tổ chức hội nghị sơ kết công tác quý IV, "
				"triển khai nhiệm vụ năm 2017.", 2016, 10, 2017, 1, "quý IV");
	/* months planned give their year, after a semicolon too */
	period_case("Tin vắn\nNgày 2/7/2020, Ủy ban Kiểm tra Tỉnh ủy tổ chức sơ kết công tác 6 tháng đầu năm "
				"và triển khai nhiệm vụ 6 tháng cuối năm 2020.", 2020, 1, 2020, 7, "6 tháng đầu năm");
	period_case("Tin vắn\nNgày 13/4/2018, Đảng ủy Khối tổ chức hội nghị đánh giá kết quả quý I; "
				"triển khai nhiệm vụ quý II/2018.", 2018, 1, 2018, 4, "quý I");
}

/*
 * N8: a byline label ("Tin, ảnh:", "Bài và ảnh:") is no part of the author;
 * a reader's comment form after the byline ("Thông tin bạn đọc", "Đóng Lưu
 * thông tin") is site chrome.
 */
static void
author_case(const char *text, const char *author)
{
	GbResult   *r = extract(text, 0, 0, 0);

	CHECK(author ? str_is(r->meeting.author, author) : r->meeting.author == NULL, "author %s, want %s",
		  r->meeting.author ? r->meeting.author : "NULL", author ? author : "NULL");
	gb_result_free(r);
}

static void
test_byline_label_chrome(void)
{
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\n"
				"Tin, ảnh: LÂM HOÀNG", "LÂM HOÀNG");
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\n"
				"Bài và ảnh: Mạc Thu", "Mạc Thu");
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\n"
				"Tin, ảnh: LÂM HOÀNG\nThông tin bạn đọc\nĐóng Lưu thông tin", "LÂM HOÀNG");
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\n"
				"Hà Lâm - Mạc Thu\nThông tin bạn đọc\nĐóng Lưu thông tin", "Hà Lâm - Mạc Thu");
}

/*
 * P4: a level abbreviated with its dot ("TP.Tân Lập", "TP. Tân Lập")
 * goes on in the body's name, and the dot ends no sentence: the year of
 * "nhiệm kỳ 2025 - 2030" after it still dates a congress.
 */
static void
test_organizer_dotted_level(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nNgày 17/8, Đảng bộ Công an TP.Minh Sơn chính thức khai mạc Đại hội đại biểu "
		   "lần thứ XXI nhiệm kỳ 2020-2025.", "Đảng bộ Công an TP.Minh Sơn", "đại hội");
	org_is("Tin hoạt động\nNgày 17/8, Đảng bộ Công an TP. Minh Sơn chính thức khai mạc Đại hội đại biểu "
		   "lần thứ XXI nhiệm kỳ 2020-2025.", "Đảng bộ Công an TP. Minh Sơn", "đại hội");
	r = extract("Tin hoạt động\nSáng 30.7, Đại hội đại biểu Đảng bộ Công an TP.Minh Sơn lần thứ XII, "
				"nhiệm kỳ 2025 - 2030 khai mạc trọng thể.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Đảng bộ Công an TP.Minh Sơn"), "organizer %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	CHECK(held_is(r, 2025, 7, 30), "held_on %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * P3: a sitting ("phiên khai mạc (chính thức)", "phiên trù bị") before
 * "Đại hội" is the congress's own, and a manner adverb ("trọng thể") after
 * the verb is skipped: the body is still the organizer.
 */
static void
test_organizer_sitting(void)
{
	org_is("Tin hoạt động\nSáng 14-9, phiên khai mạc Đại hội Đảng bộ Công an tỉnh Minh Sơn lần thứ IX "
		   "nhiệm kỳ 2020-2025 được tổ chức trọng thể.", "Đảng bộ Công an tỉnh Minh Sơn", "đại hội");
	org_is("Tin hoạt động\nSáng 7-8, Đảng bộ Công an thành phố Minh Sơn tiến hành trọng thể phiên khai mạc "
		   "chính thức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2020 – 2025.",
		   "Đảng bộ Công an thành phố Minh Sơn", "đại hội");
	org_is("Tin hoạt động\nSáng 7-8, Đảng bộ xã Tân An tổ chức phiên trù bị Đại hội đại biểu lần thứ V, "
		   "nhiệm kỳ 2020 – 2025.", "Đảng bộ xã Tân An", "đại hội");
	org_is("Tin hoạt động\nSáng 7-8, Đảng bộ xã Tân An tiến hành trọng thể Đại hội đại biểu lần thứ V, "
		   "nhiệm kỳ 2020 – 2025.", "Đảng bộ xã Tân An", "đại hội");
}

/*
 * P9: "Đảng bộ X Đại hội (đại biểu) lần thứ N": "Đại hội" used as the
 * verb ends the Party organization's name, which holds the congress.
 */
static void
test_organizer_congress_verb(void)
{
	org_is("Tin hoạt động\nNgày 10-2, Đảng bộ xã Tân An Đại hội lần thứ VI, nhiệm kỳ 2020-2025.",
		   "Đảng bộ xã Tân An", "đại hội");
	org_is("Tin hoạt động\nNgày 10 và 11-2, Đảng bộ Văn phòng UBND huyện Minh Sơn Đại hội đại biểu lần thứ "
		   "IV, nhiệm kỳ 2020-2025.", "Đảng bộ Văn phòng UBND huyện Minh Sơn", "đại hội");
	org_is("Tin hoạt động\nNgày 10-2, Chi bộ Thôn 7 Đại hội lần thứ III, nhiệm kỳ 2022-2025.",
		   "Chi bộ Thôn 7", "đại hội");
}

/*
 * P1: an event held as a meeting ("tổ chức gặp mặt", "tổ chức Lễ kỷ
 * niệm", "chủ trì buổi Gặp mặt") gives the organizer, the date and the
 * time of day like a hội nghị.  A span "(10-8-2006 - 10-8-2016)" is an
 * anniversary near the meeting, not a document it comes after.  "gặp
 * mặt" as a verb ("ông A gặp mặt người thân") reports no meeting.
 */
static void
test_meeting_event(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nNgày 14-10-2023, Huyện ủy Minh Sơn tổ chức gặp mặt cán bộ làm công tác kiểm tra "
		   "qua các thời kỳ.", "Huyện ủy Minh Sơn", "gặp mặt");
	org_is("Tin hoạt động\nNgày 9-8-2016, Đảng bộ khối Cơ quan tỉnh tổ chức Lễ kỷ niệm 10 năm thành lập.",
		   "Đảng bộ khối Cơ quan tỉnh", "lễ kỷ niệm");
	r = extract("Tin hoạt động\nSáng ngày 24-1-2019, đồng chí Hồ Văn Minh, Trưởng Ban Tổ chức Huyện ủy đã "
				"chủ trì buổi Gặp mặt cán bộ hưu trí.", 0, 0, 0);
	CHECK(held_is(r, 2019, 1, 24), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	CHECK(str_is(r->meeting.time_of_day, "sáng"), "time_of_day %s",
		  r->meeting.time_of_day ? r->meeting.time_of_day : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nNgày 9-8, Đảng bộ khối Cơ quan tỉnh tổ chức Lễ kỷ niệm 10 năm thành lập "
				"(10-8-2006 - 10-8-2016).", 0, 0, 0);
	CHECK(held_is(r, 2016, 8, 9), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	/* no meeting reported: the fields stay NULL */
	r = extract("Đời sống hội viên\nNgày 5-3-2023, ông Hồ Văn Minh gặp mặt người thân ở quê.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL && r->meeting.organizer == NULL && r->meeting.held_on.y == 0,
		  "kind %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
}

/*
 * P2: a rank in lower case mid-sentence ("có đại tướng A", "thiếu tướng B")
 * opens the name as the capitalized rank does.
 */
static void
test_rank_lower_case(void)
{
	check_official("Tin vắn\nDự có đại tướng Cù Văn Hải, Bộ trưởng Bộ Công an và đại tá Lò Văn Bảy, "
				   "Giám đốc Công an tỉnh.", "Cù Văn Hải", NULL, "Bộ trưởng Bộ Công an");
	check_official("Tin vắn\nDự có đại tướng Cù Văn Hải, Bộ trưởng Bộ Công an và đại tá Lò Văn Bảy, "
				   "Giám đốc Công an tỉnh.", "Lò Văn Bảy", NULL, "Giám đốc Công an tỉnh");
	check_official("Tin vắn\nPhát biểu khai mạc, thiếu tướng Lò Văn Bảy, Bí thư Đảng ủy, Giám đốc "
				   "Công an tỉnh nhấn mạnh yêu cầu.", "Lò Văn Bảy", NULL,
				   "Bí thư Đảng ủy | Giám đốc Công an tỉnh");
	check_official("Tin vắn\nDự có thượng tướng Cù Văn Hải, Thứ trưởng Bộ Công an.",
				   "Cù Văn Hải", NULL, "Thứ trưởng Bộ Công an");
}

/*
 * P10: "Chủ trì ... là ông A, thư ký là ông B": a role of its own ends the
 * list the chair's verb governs; "A, Thư ký Hội đồng" stays a title.
 */
static void
test_role_secretary(void)
{
	GbResult   *r = extract("Tin vắn\nChủ trì cuộc họp là ông Cù Văn Hải – Phó Bí thư Đảng ủy, Chủ tịch "
							"MTTQVN xã; thư ký là ông Lò Văn Bảy, Phó Chủ tịch MTTQVN xã.", 0, 0, 0);

	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Cù Văn Hải") == 0,
		  "one chair, got %d", r->meeting.nchairs);
	CHECK(has_role(official(r, "Lò Văn Bảy"), "thư ký") &&
		  !has_role(official(r, "Lò Văn Bảy"), "chủ trì"), "the secretary is no chair");
	gb_result_free(r);
	r = extract("Tin vắn\nĐồng chí Cù Văn Hải chủ trì; đồng chí Lò Văn Bảy, Thư ký Hội đồng dự.", 0, 0, 0);
	CHECK(!has_role(official(r, "Lò Văn Bảy"), "thư ký") && has_role(official(r, "Lò Văn Bảy"), "dự"),
		  "a capitalized title is no role");
	gb_result_free(r);
}

/*
 * P5: "và" followed by a rank or a name with titles of its own starts a new
 * person: the title before "và" ends there, and a title before the first
 * name is not the second person's.
 */
static void
test_and_new_person(void)
{
	const char *t1 = "Tin vắn\nCùng dự có Thượng tướng Cù Văn Hải - Phó Chủ nhiệm Tổng cục Chính trị và "
		"Trung tướng Lò Văn Bảy - Thứ trưởng Bộ Quốc phòng.";
	const char *t2 = "Tin vắn\nDự có Trưởng Ban Tổ chức Trung ương Cù Văn Hải và Đại tướng Lò Văn Bảy, "
		"Bộ trưởng Bộ Quốc phòng.";

	check_official(t1, "Cù Văn Hải", NULL, "Phó Chủ nhiệm Tổng cục Chính trị");
	check_official(t1, "Lò Văn Bảy", NULL, "Thứ trưởng Bộ Quốc phòng");
	check_official(t2, "Cù Văn Hải", NULL, "Trưởng Ban Tổ chức Trung ương");
	check_official(t2, "Lò Văn Bảy", NULL, "Bộ trưởng Bộ Quốc phòng");
	check_official("Tin vắn\nDự có Phó Bí thư Tỉnh ủy Cù Văn Hải và Lò Văn Bảy, Chủ tịch UBND tỉnh.",
				   "Lò Văn Bảy", NULL, "Chủ tịch UBND tỉnh");
	/* a group's title goes to all its members, with or without their own */
	check_official("Tin vắn\nDự có các Phó Bí thư Tỉnh ủy: Cù Văn Hải, Chủ tịch UBND tỉnh và Lò Văn Bảy, "
				   "Trưởng Đoàn ĐBQH tỉnh.", "Lò Văn Bảy", NULL, "Phó Bí thư Tỉnh ủy | Trưởng Đoàn ĐBQH tỉnh");
	check_official("Tin vắn\nDự có Phó Bí thư Tỉnh ủy Cù Văn Hải và Lò Văn Bảy.",
				   "Lò Văn Bảy", NULL, "Phó Bí thư Tỉnh ủy");
}

/*
 * P6: an outlet's tag in parentheses with no dash after it, "(NTO) Ngày
 * 8-8, ...", opens the lead and is the source; a headline keeps its own.
 */
static void
source_case(const char *text, const char *source, const char *title)
{
	GbResult   *r = extract(text, 0, 0, 0);

	CHECK(source ? str_is(r->meeting.source, source) : r->meeting.source == NULL, "source %s, want %s",
		  r->meeting.source ? r->meeting.source : "NULL", source ? source : "NULL");
	CHECK(title ? str_is(r->meeting.title, title) : r->meeting.title == NULL, "title %s, want %s",
		  r->meeting.title ? r->meeting.title : "NULL", title ? title : "NULL");
	gb_result_free(r);
}

static void
test_source_tag_no_dash(void)
{
	source_case("Tin hoạt động\n(NTO) Ngày 10-2-2020, Đảng bộ xã Tân Lập tổ chức Đại hội lần thứ VIII.",
				"NTO", NULL);
	source_case("Tin hoạt động\n(BBNĐT) Ngày 10 và 11-2, Đảng bộ xã Tân Lập tổ chức Đại hội.",
				"BBNĐT", NULL);
	source_case("(TTV) Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 7\nSáng 14/7/2021, Huyện ủy "
				"Tân Lập tổ chức hội nghị.", "TTV", "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 7");
	/* a parenthesis that is no outlet's word in capitals */
	source_case("Tin hoạt động\n(Ảnh) Ngày 10-2-2020, Đảng bộ xã Tân Lập tổ chức Đại hội lần thứ VIII.",
				NULL, NULL);
}

/* P13: a byline of one initial and a name, "T.Hoài", "T. Hoài", "H.VÂN" */
static void
test_byline_initial(void)
{
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\nT.Hoài", "T.Hoài");
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\nT. Hoài", "T. Hoài");
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\nH.VÂN", "H.VÂN");
	/* an abbreviated place is no initial */
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\nTp. Hồ Chí Minh", NULL);
}

/*
 * A byline of two initials ("Đ.X", "T.H", "Đ.X - T.H") on the last line is
 * the author: no font-size widget ("A- A A+"), nor "T.Ư" (Trung ương)
 */
static void
test_byline_two_initials(void)
{
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\nĐ.X", "Đ.X");
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\nT.H", "T.H");
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\nĐ.X - T.H",
				"Đ.X - T.H");
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\nT.Ư", NULL);
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\nA- A A+", NULL);
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\nQ.1", NULL);
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\nt.h", NULL);
}

/*
 * P12: a page template's "null " before the headline is dropped; a line
 * with no tone or mark above accented text (a video's file name) is none.
 */
static void
test_headline_page_junk(void)
{
	source_case("Xuất bản thông tin\nnull Sơ kết công tác Dân vận 6 tháng đầu năm 2021\n"
				"Chiều 29/6/2021, Ủy ban MTTQ xã Tân Lập tổ chức hội nghị sơ kết.", NULL,
				"Sơ kết công tác Dân vận 6 tháng đầu năm 2021");
	source_case("hoi nghi ban thuong vu huyen uy tan lap lan thu 12 da ps\nToàn cảnh hội nghị\n\n"
				"Tại hội nghị, các đại biểu đã cho ý kiến và duyệt các nội dung tuyên truyền.", NULL, NULL);
	/* nothing after it: no crash, and no headline to tell it from */
	source_case("hoi nghi ban thuong vu huyen uy tan lap lan thu 12", NULL,
				"hoi nghi ban thuong vu huyen uy tan lap lan thu 12");
}

/*
 * Q10: a blog's byline run into the headline's line, "<headline> bởi NAME
 * 15 Tháng 9, 2025 <lead>": the headline ends before "bởi", NAME is the
 * author, the date the publication's; the lead after it is read
 */
static void
test_byline_blog(void)
{
	GbResult   *r;

	r = extract("Bí thư xã được bầu giữ chức Chủ tịch Hội đồng nhân dân xã bởi Hạnh 12 Tháng 3, 2024 "
				"Đại hội đại biểu Đảng bộ xã Tân Lập nhiệm kỳ 2020-2025 diễn ra với 90 đại biểu.", 0, 0, 0);
	CHECK_STR(r->meeting.title, "Bí thư xã được bầu giữ chức Chủ tịch Hội đồng nhân dân xã", "blog headline");
	CHECK_STR(r->meeting.author, "Hạnh", "blog author");
	CHECK(r->meeting.published.y == 2024 && r->meeting.published.m == 3 && r->meeting.published.d == 12,
		  "blog date: %d-%d-%d", r->meeting.published.y, r->meeting.published.m, r->meeting.published.d);
	CHECK_STR(r->meeting.organizer, "Đảng bộ xã Tân Lập", "the lead after the byline");
	CHECK_STR(r->meeting.meeting_kind, "đại hội", "the kind of the congress the lead names");
	gb_result_free(r);

	/* a body after "bởi", or a date in another form, is no byline */
	r = extract("Tin vắn\nHội nghị được tổ chức trang trọng bởi Ban Tổ chức 12 Tháng 3, 2024 tại xã Tân Lập\n"
				"Chiều 12/3/2024, Huyện ủy Tân Lập tổ chức hội nghị.", 0, 0, 0);
	CHECK(r->meeting.author == NULL, "a body is no author: %s", r->meeting.author ? r->meeting.author : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nHội nghị được tổ chức trang trọng bởi Hạnh ngày 12 tháng 3 năm 2024 tại xã Tân Lập\n"
				"Chiều 12/3/2024, Huyện ủy Tân Lập tổ chức hội nghị.", 0, 0, 0);
	CHECK(r->meeting.author == NULL && r->meeting.published.y == 0, "not the blog's date form");
	gb_result_free(r);
}

/* P11: "Hội nghị" in a building's name ("Trung tâm Hội nghị tỉnh") is no meeting's kind */
static void
test_kind_venue(void)
{
	kind_case("Tin vắn\nSáng ngày 2-12-2021, tại Trung tâm Hội nghị tỉnh, đồng chí Cù Văn Hải, Trưởng ban "
			  "Tuyên giáo Trung ương đã có buổi làm việc với Ban Thường vụ Tỉnh ủy.", "làm việc");
	kind_case("Tin vắn\nSáng 2/12/2021, tại Cung Hội nghị Quốc gia, Bộ Chính trị tổ chức hội nghị toàn quốc.",
			  "hội nghị");
	kind_case("Tin vắn\nSáng 2/12/2021, tại Nhà Hội nghị tỉnh, Tỉnh ủy tổ chức tổng kết công tác năm 2021.",
			  "tổng kết");
}

/*
 * Q1: an agency of a ministry ("Tổng cục Hậu cần", "Cục Chính trị Quân
 * khu 9") organizes; a parent body in parentheses before the verb is skipped.
 */
static void
test_organizer_agency(void)
{
	org_is("Tin hoạt động\nSáng 12/10/2022, Tổng cục Kỹ thuật đã tổ chức Hội nghị sơ kết công tác Đảng.",
		   "Tổng cục Kỹ thuật", "sơ kết");
	org_is("Tin hoạt động\nSáng 12/10/2022, tại Hà Nội, Tổng cục Kỹ thuật Quân đội nhân dân Việt Nam "
		   "(Bộ Quốc phòng) tổ chức Hội nghị cán bộ toàn quân.",
		   "Tổng cục Kỹ thuật Quân đội nhân dân Việt Nam", "hội nghị");
	org_is("Tin hoạt động\nSáng 12/10/2022, Cục Chính trị Quân khu 5 tổ chức Hội nghị sơ kết.",
		   "Cục Chính trị Quân khu 5", "sơ kết");
}

/* Q5: "Ban Bí thư T.Ư Đảng", "Ban Bí thư TW": Trung ương abbreviated */
static void
test_organizer_secretariat_abbrev(void)
{
	org_is("Tin hoạt động\nNgày 14-5-2022, tại Hà Nội, Ban Bí thư T.Ư Đảng tổ chức Hội nghị toàn quốc "
		   "sơ kết công tác dân vận.", "Ban Bí thư", "sơ kết");
	org_is("Tin hoạt động\nNgày 14-5-2022, Ban Bí thư TW tổ chức Hội nghị toàn quốc.", "Ban Bí thư", "hội nghị");
}

/* Q7: "Đại hội đại biểu Đảng bộ X nhiệm kỳ ..." without "lần thứ N": the term names the congress */
static void
test_congress_term_only(void)
{
	org_is("Tin hoạt động\nNgày 12-8-2025, Đại hội đại biểu Đảng bộ xã Minh Hòa nhiệm kỳ 2025-2030 diễn ra "
		   "với 115 đại biểu.", "Đảng bộ xã Minh Hòa", "đại hội");
	org_is("Tin hoạt động\nNgày 12-8-2025, Đại hội Đảng bộ Quân sự huyện Minh Hòa, nhiệm kỳ 2025 - 2030 "
		   "khai mạc.", "Đảng bộ Quân sự huyện Minh Hòa", "đại hội");
}

/* Q7: "khóa N" or "(nhiệm kỳ ...)" after the Party organization names its congress. */
static void
test_congress_khoa(void)
{
	org_is("Tin hoạt động\nChiều 14.10.2015, Đại hội đại biểu Đảng bộ tỉnh Minh Hòa khóa XVI (nhiệm kỳ "
		   "2015-2020) đã bế mạc.", "Đảng bộ tỉnh Minh Hòa", "đại hội");
	org_is("Tin hoạt động\nNgày 3-9-2020, Đại hội Đảng bộ huyện Tân An (nhiệm kỳ 2020 - 2025) khai mạc.",
		   "Đảng bộ huyện Tân An", "đại hội");
}

/* R4: a parenthesized term between the body and its verb is the body's. */
static void
test_organizer_term_paren(void)
{
	org_is("Tin hoạt động\nChiều 5/12/2022, Ban Chấp hành Đảng bộ huyện (khóa XIX) đã tổ chức Hội nghị "
		   "lần thứ 14.", "Ban Chấp hành Đảng bộ huyện", "hội nghị");
	org_is("Tin hoạt động\nNgày 5-12-2022, Ban Thường vụ Huyện ủy Minh Sơn (nhiệm kỳ 2020-2025) tổ chức "
		   "hội nghị sơ kết.", "Ban Thường vụ Huyện ủy Minh Sơn", "sơ kết");
}

/* R5: a body whose verb is the meeting kind itself holds the meeting. */
static void
test_organizer_kind_verb(void)
{
	org_is("Tin hoạt động\nSáng 12/1/2023, Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Minh Hòa đã tổng kết "
		   "công tác xây dựng Đảng năm 2022.", "Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Minh Hòa",
		   "tổng kết");
	org_is("Tin hoạt động\nChiều 3/7/2021, Ban Thường vụ Huyện ủy Tân An sơ kết công tác 6 tháng đầu năm.",
		   "Ban Thường vụ Huyện ủy Tân An", "sơ kết");
}

/* R6: a congress attended and directed ("dự và chỉ đạo Đại hội ...") is its Party organization's. */
static void
test_congress_attended(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nPhó Thủ tướng dự và chỉ đạo Đại hội đại biểu Đảng bộ Công an tỉnh Minh Hòa lần "
		   "thứ XV, nhiệm kỳ 2020-2025 diễn ra từ ngày 8 đến 10-9-2020.", "Đảng bộ Công an tỉnh Minh Hòa",
		   "đại hội");
	org_is("Tin hoạt động\nNgày 8-9-2020, Chủ tịch nước dự, chỉ đạo Đại hội Đại hội Đảng bộ Khối Cơ quan tỉnh "
		   "Minh Hòa lần thứ V.", "Đảng bộ Khối Cơ quan tỉnh Minh Hòa", "đại hội");
	/* delegates elected to attend another congress: not the one held */
	r = extract("Tin hoạt động\nNgày 8-9-2020, Đại hội đã bầu đoàn đại biểu dự Đại hội đại biểu Đảng bộ tỉnh "
				"Minh Hòa lần thứ XV.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "organizer %s", r->meeting.organizer);
	gb_result_free(r);
}

/* R2: "tại hội nghị giao ban ngày D/M/Y" dates the meeting named: the lead, its kind and date. */
static void
test_dated_meeting_after_kind(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\n\"Cơ sở phải họp định kỳ hằng tháng\" - đó là yêu cầu của Bí thư Huyện ủy Minh "
				"Sơn Lê Văn Tâm tại hội nghị giao ban ngày 14/3/2024. Ông đề nghị các xã thực hiện nghiêm.",
				0, 0, 0);
	CHECK(held_is(r, 2024, 3, 14) && r->meeting.meeting_kind &&
		  strcmp(r->meeting.meeting_kind, "giao ban") == 0, "held_on %d-%d-%d kind %s",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d,
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	gb_result_free(r);
}

/* R3: a date set off after a leading purpose clause dates the meeting of the main clause. */
static void
test_date_after_purpose(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nĐể kịp thời triển khai nhiệm vụ công tác dân vận quý I/2021, ngày 06/01/2021, "
				"tại Hội trường Huyện ủy, Ban Dân vận Huyện ủy Minh Sơn đã tổ chức Hội nghị giao ban.", 0, 0, 0);
	CHECK(held_is(r, 2021, 1, 6) && r->meeting.organizer &&
		  strcmp(r->meeting.organizer, "Ban Dân vận Huyện ủy Minh Sơn") == 0, "held_on %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	/* a document named in the purpose: its date, not the meeting's */
	r = extract("Tin hoạt động\nĐể thực hiện Kế hoạch số 15-KH/HU, ngày 06/01/2021, Ban Dân vận Huyện ủy Minh "
				"Sơn đã tổ chức Hội nghị giao ban.", 0, 0, 0);
	CHECK(r->meeting.held_on.y == 0, "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
}

/* R1: the dates of a meeting decided on, reported as content, are not the meeting's. */
static void
test_decided_meeting_date(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nĐảng ủy Quân sự huyện Minh Sơn vừa tổ chức hội nghị cán bộ chủ chốt nghe thông "
				"báo kết quả Hội nghị Ban Chấp hành Đảng bộ tỉnh. Hội nghị quyết định triệu tập Đại hội đại "
				"biểu Đảng bộ tỉnh lần thứ XX từ ngày 14-16/10/2025 tại Tân Lập. Trong đó, phiên trù bị vào "
				"ngày 13/10.", 0, 0, 0);
	CHECK(r->meeting.held_on.y == 0 && r->meeting.meeting_kind &&
		  strcmp(r->meeting.meeting_kind, "hội nghị") == 0, "held_on %d-%d-%d kind %s",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d,
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	gb_result_free(r);
}

/* P1: a Party cell's thematic meeting ("tổ chức sinh hoạt chuyên đề") is an event held as a meeting. */
static void
test_kind_thematic_meeting(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nChiều 9/10/2021, Chi bộ Tân An tổ chức buổi sinh hoạt chuyên đề về học tập và làm "
		   "theo tấm gương đạo đức Hồ Chí Minh.", "Chi bộ Tân An", "sinh hoạt chuyên đề");
	org_is("Tin hoạt động\nChi bộ Phòng Đào tạo tổ chức sinh hoạt chuyên đề năm 2021.", "Chi bộ Phòng Đào tạo",
		   "sinh hoạt chuyên đề");
	/* a topic, not a meeting held */
	r = extract("Tin hoạt động\nBan Tổ chức Huyện ủy Minh Sơn ban hành hướng dẫn nâng cao chất lượng sinh "
				"hoạt chuyên đề của các chi bộ.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL && r->meeting.organizer == NULL, "kind %s",
		  r->meeting.meeting_kind);
	gb_result_free(r);
}

/*
 * Q6: a building in the place phrase ("tại phòng họp A, tòa nhà Quốc hội,
 * X tổ chức") is the venue, not a co-organizer; "phòng họp" is a room, not
 * the meeting's kind.
 */
static void
test_organizer_building(void)
{
	org_is("Tin hoạt động\nNgày 9-4-2022, tại phòng họp Tân Lập, tòa nhà Quốc hội, Ban Bí thư Trung ương Đảng "
		   "tổ chức Hội nghị trực tuyến toàn quốc.", "Ban Bí thư", "hội nghị");
	org_is("Tin hoạt động\nNgày 9-4-2022, tại hội trường B, Nhà Quốc hội, Bộ Chính trị tổ chức Hội nghị "
		   "toàn quốc.", "Bộ Chính trị", "hội nghị");
	kind_case("Tin vắn\nSáng 9/4/2022, tại phòng họp số 2, đồng chí Lê Văn Tâm, Bí thư Huyện ủy Minh Hòa "
			  "làm việc với Đảng ủy xã Tân An.", "làm việc");
}

/* A meeting for a half year, held in its second half or before a planned one. */
static void
test_held_in_period(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nSáng 9/4, Đảng ủy xã Tân Lập tổ chức Hội nghị 6 tháng đầu năm 2022 "
				"để cho ý kiến vào các nội dung.", 0, 0, 0);
	CHECK(held_is(r, 2022, 4, 9), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin hoạt động\nSáng 28/6, Đảng ủy Quân sự tỉnh tổ chức Hội nghị triển khai nhiệm vụ công "
				"tác Đảng, công tác chính trị 6 tháng cuối năm 2019.", 0, 0, 0);
	CHECK(held_is(r, 2019, 6, 28), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	/* a review just after the half year stays after it */
	r = extract("Tin hoạt động\nNgày 8/1, Đảng ủy xã Tân Lập sơ kết 6 tháng cuối năm 2022.", 0, 0, 0);
	CHECK(held_is(r, 2023, 1, 8), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
}

/* A meeting named for a year's work is held in it; ", trong năm Y" is the year ahead. */
static void
test_held_in_named_year(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nChiều 21/1, Hội nghị toàn quốc về công tác dân vận năm 2019 đã bế "
				"mạc sau 2 ngày làm việc.", 0, 0, 0);
	CHECK(held_is(r, 2019, 1, 21), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin hoạt động\nSáng 18/2, tại Hội nghị, đồng chí Hồ Văn Minh đề nghị các đơn vị phát "
				"huy kết quả đạt được, trong năm 2021 tiếp tục hoàn thành các chỉ tiêu.", 0, 0, 0);
	CHECK(held_is(r, 2021, 2, 18) && r->meeting.period_text == NULL, "held_on %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	/* a review of the year's work is held after it, the verb a few words before the year */
	r = extract("Tin hoạt động\nNgày 12-1, Huyện ủy Minh Sơn tổ chức hội nghị tổng kết công tác "
				"tuyên giáo và phòng, chống tham nhũng năm 2018.", 0, 0, 0);
	CHECK(held_is(r, 2019, 1, 12), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
}

/* A bridge point's name runs over "Công ty" and a body's trailing level. */
static void
test_bridge_company_level(void)
{
	GbResult   *r;
	static const char *const want[] = {"Văn phòng UBND huyện", "Công ty Cao su Phú Lâm",
	"Tổng công ty Lương thực Bình Sơn", NULL};

	r = extract("Tin hoạt động\nNgày 12-4-2022, Ban Thường vụ Huyện ủy tổ chức Hội nghị trực tuyến. Cán bộ "
				"dự tại điểm cầu Văn phòng UBND huyện. Tại điểm cầu Công ty Cao su Phú Lâm, có đồng chí "
				"Hồ Văn Minh dự. Điểm cầu Tổng công ty Lương thực Bình Sơn có 40 đảng viên.", 0, 0, 0);
	CHECK(bridges_are(r, want), "bridge_points %d: %s", r->meeting.nbridge_points,
		  r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
	gb_result_free(r);
}

/* "Ngày mai (29/6)" and "Sáng nay ngày 13/7" are date phrases of the meeting. */
static void
test_cue_tomorrow_today_ngay(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nNgày mai (18/5), Đại hội đại biểu Đảng bộ xã Phú Lâm lần thứ XV chính thức "
				"được khai mạc.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "đại hội"), "kind %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nSáng nay ngày 21/8, tại Hà Nội, đồng chí Hồ Văn Minh chủ trì Hội nghị sơ kết "
				"6 tháng đầu năm 2021.", 0, 0, 0);
	CHECK(held_is(r, 2021, 8, 21), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	/* "mai" as a name is no relative day */
	r = extract("Tin hoạt động\nNgày 3/4/2021, Chi bộ thôn Phú Lâm tổ chức đại hội.", 0, 0, 0);
	CHECK(held_is(r, 2021, 4, 3), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * R9 (probe 57 G3): "(Ngày mai 12-12, kỳ họp tiếp tục ...)": a meeting that
 * goes on tomorrow is open today, reported the day before the date, at a
 * time not told; a meeting announced for tomorrow keeps its date.
 */
static void
test_cue_tomorrow_goes_on(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nKhai mạc kỳ họp thứ 7, HĐND tỉnh Bến Tre khóa IX. Ông Trần Văn An trình bày "
				"báo cáo thẩm tra. (Ngày mai 12-12-2017, kỳ họp tiếp tục chương trình làm việc)", 0, 0, 0);
	CHECK(held_is(r, 2017, 12, 11), "goes on: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin hoạt động\nKhai mạc kỳ họp thứ 5, HĐND tỉnh Long An khóa IX. Sáng mai 6-7-2021, "
				"kỳ họp tiếp tục thảo luận tại tổ.", 0, 0, 0);
	CHECK(held_is(r, 2021, 7, 5) && r->meeting.time_of_day == NULL, "goes on: %d-%d-%d %s",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d,
		  r->meeting.time_of_day ? r->meeting.time_of_day : "-");
	gb_result_free(r);
	/* the day before the first of a month wants a year: none */
	r = extract("Tin hoạt động\nKhai mạc kỳ họp thứ 5, HĐND tỉnh Long An khóa IX. Ngày mai 1-7, "
				"kỳ họp tiếp tục thảo luận tại tổ.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "first of a month: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin hoạt động\nNgày mai (15/10/2019), Bộ Quốc phòng sẽ tổ chức Hội nghị Quân chính toàn quân.",
				0, 0, 0);
	CHECK(held_is(r, 2019, 10, 15), "announced: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * "Chiều qua", "chiều hôm qua", "Tối qua", "Hôm qua": read as "nay" is, a
 * day earlier: the time of day, and the day before publication; skipped
 * between the organizer and its verb
 */
static void
test_cue_yesterday(void)
{
	static const char *const texts[] = {
		"Tin hoạt động\nChiều qua, Đảng ủy xã Phú Lâm tổ chức hội nghị sơ kết.",
		"Tin hoạt động\nChiều hôm qua, Đảng ủy xã Phú Lâm tổ chức hội nghị sơ kết.",
		"Tin hoạt động\nĐảng ủy xã Phú Lâm chiều hôm qua đã tổ chức hội nghị sơ kết.",
	};
	GbResult   *r;
	int			k;

	for (k = 0; k < 3; k++)
	{
		r = extract(texts[k], 2024, 1, 1);
		CHECK_STR(r->meeting.time_of_day, "chiều", texts[k]);
		CHECK(held_is(r, 2023, 12, 31), "%d: held_on %d-%d-%d", k, r->meeting.held_on.y,
			  r->meeting.held_on.m, r->meeting.held_on.d);
		CHECK_STR(r->meeting.organizer, "Đảng ủy xã Phú Lâm", texts[k]);
		gb_result_free(r);
	}
	r = extract("Tin hoạt động\nHôm qua, Đảng ủy xã Phú Lâm tổ chức hội nghị sơ kết.", 2024, 3, 1);
	CHECK(held_is(r, 2024, 2, 29) && !r->meeting.time_of_day, "hôm qua: held_on %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	/* with its date written, the date; without publication, no day */
	r = extract("Tin hoạt động\nTối qua (12/7/2023), Đảng ủy xã Phú Lâm tổ chức hội nghị sơ kết.", 2023, 7, 13);
	CHECK(held_is(r, 2023, 7, 12), "tối qua (12/7/2023)");
	CHECK_STR(r->meeting.time_of_day, "tối", "tối qua");
	gb_result_free(r);
	r = extract("Tin hoạt động\nChiều qua, Đảng ủy xã Phú Lâm tổ chức hội nghị sơ kết.", 0, 0, 0);
	CHECK(r->meeting.held_on.y == 0, "no publication, no day");
	gb_result_free(r);
}

/*
 * "Ban Chấp hành (BCH) Đảng ủy xã X", "BCH Huyện ủy X": the committee's
 * Executive Committee is one body, as "Ban Chấp hành Đảng bộ" is
 */
static void
test_organizer_executive_committee(void)
{
	static const char *const texts[][2] = {
		{"Tin hoạt động\nChiều 5/7/2023, Ban Chấp hành (BCH) Đảng ủy xã Phú Lâm tổ chức hội nghị sơ kết.",
		"Ban Chấp hành Đảng ủy xã Phú Lâm"},
		{"Tin hoạt động\nChiều 5/7/2023, Ban Chấp hành Đảng ủy xã Phú Lâm tổ chức hội nghị sơ kết.",
		"Ban Chấp hành Đảng ủy xã Phú Lâm"},
		{"Tin hoạt động\nChiều 5/7/2023, BCH Huyện ủy Phú Lâm tổ chức hội nghị sơ kết.",
		"BCH Huyện ủy Phú Lâm"},
		{"Tin hoạt động\nChiều 5/7/2023, Ban Chấp hành Tỉnh ủy Hòa Lạc tổ chức hội nghị sơ kết.",
		"Ban Chấp hành Tỉnh ủy Hòa Lạc"},
	};
	int			k;

	for (k = 0; k < 4; k++)
	{
		GbResult   *r = extract(texts[k][0], 0, 0, 0);

		CHECK_STR(r->meeting.organizer, texts[k][1], texts[k][0]);
		gb_result_free(r);
	}
}

/* A verb capitalized by mistake after a title's level ends the title. */
static void
test_title_capital_verb_after_level(void)
{
	check_official("Tin vắn\nĐồng chí Hồ Văn Minh- Phó Bí thư, Chủ tịch UBND xã Báo cáo kết quả thực "
				   "hiện nhiệm vụ.", "Hồ Văn Minh", "đồng chí", "Phó Bí thư | Chủ tịch UBND xã");
	check_official("Tin vắn\nĐồng chí Lò Văn Tám, Bí thư Đảng ủy phường Trình bày dự thảo báo cáo.",
				   "Lò Văn Tám", "đồng chí", "Bí thư Đảng ủy phường");
	/* a place's name after the level is kept: every syllable capitalized */
	check_official("Tin vắn\nĐồng chí Mạc Văn Định, Chủ tịch UBND huyện Phan Thiết dự.",
				   "Mạc Văn Định", "đồng chí", "Chủ tịch UBND huyện Phan Thiết");
	check_official("Tin vắn\nĐồng chí Cù Văn Hải, Giám đốc Sở Thông tin và Truyền thông dự.",
				   "Cù Văn Hải", "đồng chí", "Giám đốc Sở Thông tin và Truyền thông");
}

/*
 * probe 57 G5: the kind of a district or commune between its level and its
 * name ("huyện đảo Lý Sơn", "huyện miền núi Hướng Hóa", "xã biên giới Ia
 * Dom") is part of the title, and the person listed after it is kept.
 */
static void
test_title_level_kind(void)
{
	const char *t = "Tin vắn\nDự có đồng chí Lê Minh Tuấn, Chủ tịch UBND huyện đảo Lý Sơn và Trần Văn An, "
		"Chủ tịch UBND huyện miền núi Hướng Hóa.";

	check_official(t, "Lê Minh Tuấn", "đồng chí", "Chủ tịch UBND huyện đảo Lý Sơn");
	check_official(t, "Trần Văn An", "đồng chí", "Chủ tịch UBND huyện miền núi Hướng Hóa");
	check_official("Tin vắn\nÔng Lê Minh Tuấn, nguyên Bí thư, Chủ tịch huyện đảo Cồn Cỏ, vừa nhận nhiệm vụ mới.",
				   "Lê Minh Tuấn", "ông", "nguyên Bí thư | Chủ tịch huyện đảo Cồn Cỏ");
	check_official("Tin vắn\nDự có ông Võ Văn Hòa, Bí thư Huyện ủy huyện đảo Phú Quý và bà Lò Thị Mai, Bí thư "
				   "Đảng ủy xã biên giới Ia Dom.", "Lò Thị Mai", "bà", "Bí thư Đảng ủy xã biên giới Ia Dom");
	check_official("Tin vắn\nDự có ông Võ Văn Hòa, Bí thư Huyện ủy huyện đảo Phú Quý phát biểu.",
				   "Võ Văn Hòa", "ông", "Bí thư Huyện ủy huyện đảo Phú Quý");
	check_official("Tin vắn\nĐồng chí Hà Văn Lâm, Chủ tịch UBND huyện vùng cao Mường Tè dự.",
				   "Hà Văn Lâm", "đồng chí", "Chủ tịch UBND huyện vùng cao Mường Tè");
	/* the kind alone, no name after it, is no part of the title */
	check_official("Tin vắn\nĐồng chí Hà Văn Lâm, Chủ tịch UBND huyện đảo cho biết thêm.",
				   "Hà Văn Lâm", "đồng chí", "Chủ tịch UBND huyện");
}

/*
 * probe 57 G6: a photo caption's hard line break after a comma does not end
 * a person's titles (a title with a name after it, or after a blank line,
 * is another's); the members of an emulation cluster or bloc after "các"
 * are part of its name ("Cụm thi đua các tỉnh miền Trung", "Khối thi đua
 * các sở, ngành"), and "Trưởng Khối", "Trưởng Cụm" are posts.
 */
static void
test_title_caption_wrap_cluster(void)
{
	const char *t = "Tin vắn\nNgày 1/7/2016, Sở Nội vụ tổ chức Hội nghị sơ kết.\n\n  Đ/c Lê Văn An - Giám đốc Sở "
		"Nội vụ,\n         Phó Trưởng Ban Tổ chức Tỉnh ủy - khai mạc Hội nghị\n";
	GbResult   *r;

	check_official(t, "Lê Văn An", "đồng chí", "Giám đốc Sở Nội vụ | Phó Trưởng Ban Tổ chức Tỉnh ủy");
	check_official("Tin vắn\nĐồng chí Lâm Thị Thanh, Ủy viên Trung ương Đảng,\nBí thư Tỉnh ủy Lạng Sơn phát "
				   "biểu tại hội nghị", "Lâm Thị Thanh", "đồng chí",
				   "Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy Lạng Sơn");
	check_official("Tin vắn\nĐồng chí Hoàng Phước Quỳnh, Giám đốc Sở Tư pháp, Phó Cụm trưởng Cụm thi đua các "
				   "tỉnh miền Trung phát biểu.", "Hoàng Phước Quỳnh", "đồng chí",
				   "Giám đốc Sở Tư pháp | Phó Cụm trưởng Cụm thi đua các tỉnh miền Trung");
	check_official("Tin vắn\nĐồng chí Hoàng Phước Quỳnh - Chánh Thanh tra tỉnh Quảng Trị, Phó Cụm Trưởng Cụm "
				   "Thanh tra các tỉnh Bắc Trung bộ - khai mạc Hội nghị", "Hoàng Phước Quỳnh", "đồng chí",
				   "Chánh Thanh tra tỉnh Quảng Trị | Phó Cụm Trưởng Cụm Thanh tra các tỉnh Bắc Trung bộ");
	check_official("Tin vắn\nĐồng chí Trần Văn Bình, Giám đốc Sở Tài chính, Trưởng Khối thi đua các sở, ngành "
				   "phát biểu.", "Trần Văn Bình", "đồng chí", "Giám đốc Sở Tài chính | Trưởng Khối thi đua các sở, ngành");
	check_official("Tin vắn\nĐồng chí Vũ Văn Hải, Vụ trưởng Vụ Địa phương II, Trưởng Cụm giao ban các tỉnh miền "
				   "Trung phát biểu.", "Vũ Văn Hải", "đồng chí",
				   "Vụ trưởng Vụ Địa phương II | Trưởng Cụm giao ban các tỉnh miền Trung");
	/* a title on the next line with a name after it is that person's; "các" elsewhere a class */
	r = extract("Tin vắn\nĐồng chí Lê Văn An, Giám đốc Sở Nội vụ,\nPhó Giám đốc Sở Tài chính Trần Văn Bình cùng "
				"dự.", 0, 0, 0);
	CHECK(official(r, "Trần Văn Bình") && official(r, "Trần Văn Bình")->ntitles == 1 &&
		  official(r, "Lê Văn An") && official(r, "Lê Văn An")->ntitles <= 1,
		  "a title with a name after it on the next line is the next person's");
	gb_result_free(r);
	check_official("Tin vắn\nĐồng chí Lê Văn An, Bí thư Đảng ủy Khối các cơ quan tỉnh dự.", "Lê Văn An",
				   "đồng chí", "Bí thư Đảng ủy Khối các cơ quan tỉnh");
}

/*
 * P7, Q4: a group's titles before a colon go to every member, each of whom
 * may have a title of his own before the name, his alone; the group may be
 * an item of an outer "có các đồng chí:" list.  One person's title before
 * a name ends at ";" or at a rank.
 */
static void
test_group_member_titles(void)
{
	const char *t1 = "Tin vắn\nDự có các Ủy viên Ban Thường vụ: Chủ tịch tỉnh Đinh Văn Lợi, Phó Bí thư "
		"Tỉnh ủy; Giám đốc Sở Tư pháp Mạc Văn Tư, Ủy viên Đảng ủy; đại tá Kha Văn Lực, Chỉ huy "
		"trưởng Bộ Chỉ huy Quân sự tỉnh; Đại tá Lã Văn Sơn, Giám đốc Công an tỉnh.";
	const char *t2 = "Tin vắn\nDự có các đồng chí: Trung tướng Đinh Văn Lợi, Chủ nhiệm Tổng cục Hậu cần; "
		"các đồng chí Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng: Thượng tướng Mạc Văn Tư; "
		"Thượng tướng Kha Văn Lực và các đồng chí lãnh đạo Tổng cục Hậu cần.";
	const char *t3 = "Tin vắn\nDự có Chủ tịch tỉnh Đinh Văn Lợi, Phó Bí thư Tỉnh ủy; đại tá Kha Văn Lực, "
		"Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Lã Văn Sơn, Giám đốc Công an tỉnh.";

	check_official(t1, "Đinh Văn Lợi", NULL, "Ủy viên Ban Thường vụ | Chủ tịch tỉnh | Phó Bí thư Tỉnh ủy");
	check_official(t1, "Mạc Văn Tư", NULL, "Ủy viên Ban Thường vụ | Giám đốc Sở Tư pháp | Ủy viên Đảng ủy");
	check_official(t1, "Kha Văn Lực", NULL, "Ủy viên Ban Thường vụ | Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh");
	check_official(t1, "Lã Văn Sơn", NULL, "Ủy viên Ban Thường vụ | Giám đốc Công an tỉnh");
	check_official(t2, "Đinh Văn Lợi", "đồng chí", "Chủ nhiệm Tổng cục Hậu cần");
	check_official(t2, "Mạc Văn Tư", "đồng chí", "Ủy viên Trung ương Đảng | Thứ trưởng Bộ Quốc phòng");
	check_official(t2, "Kha Văn Lực", "đồng chí", "Ủy viên Trung ương Đảng | Thứ trưởng Bộ Quốc phòng");
	check_official(t3, "Kha Văn Lực", NULL, "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh");
	check_official(t3, "Lã Văn Sơn", NULL, "Giám đốc Công an tỉnh");
	/* without a colon each title before a name is that person's */
	check_official("Tin vắn\nDự có các đồng chí Chủ tịch nước Đinh Văn Lợi, Chủ tịch Quốc hội Mạc Văn Tư.",
				   "Mạc Văn Tư", "đồng chí", "Chủ tịch Quốc hội");
}

/*
 * A position written short at another mention ("Bí thư Đảng ủy xã" beside
 * "Bí thư đảng ủy xã Tân An") is one title: the full form alone is kept,
 * where the position first came; titles that are not word prefixes stay.
 */
static void
test_title_short_form_merged(void)
{
	check_official("Tin vắn\nĐồng chí Lò Văn Tám, Bí thư Đảng ủy xã, Chủ tịch HĐND xã phát biểu. Đồng chí "
				   "Lò Văn Tám, Bí thư đảng ủy xã Tân An kết luận.",
				   "Lò Văn Tám", "đồng chí", "Bí thư đảng ủy xã Tân An | Chủ tịch HĐND xã");
	check_official("Tin vắn\nĐồng chí Hà Văn Bình, Trưởng ban Dân vận Huyện ủy, Giám đốc Trung tâm bồi dưỡng "
				   "chính trị huyện chủ trì. Đồng chí Hà Văn Bình, Trưởng ban Dân vận, Giám đốc Trung tâm "
				   "kết luận.", "Hà Văn Bình", "đồng chí",
				   "Trưởng ban Dân vận Huyện ủy | Giám đốc Trung tâm bồi dưỡng chính trị huyện");
	/* "Bí thư Chi bộ" and "Phó Bí thư Đảng ủy xã": two positions, both kept */
	check_official("Tin vắn\nĐồng chí Mạc Văn Định, Bí thư Chi bộ, Phó Bí thư Đảng ủy xã dự.",
				   "Mạc Văn Định", "đồng chí", "Bí thư Chi bộ | Phó Bí thư Đảng ủy xã");
}

/*
 * "Bộ Tư lệnh X", "Bộ Chỉ huy X" are bodies, not "Bộ" and the position
 * "Tư lệnh": before ", Bộ trưởng NAME" they give him no title, and after a
 * position they are its body whole.
 */
static void
test_command_body(void)
{
	check_official("Tin vắn\nTại buổi làm việc với Ban Thường vụ Đảng ủy, Bộ Tư lệnh Vùng Duyên hải, "
				   "Bộ trưởng Cù Văn Hải nhấn mạnh yêu cầu.", "Cù Văn Hải", NULL, "Bộ trưởng");
	check_official("Tin vắn\nDự có Thiếu tướng Lò Văn Bảy, Chính ủy Bộ Tư lệnh Vùng Duyên hải và đồng chí "
				   "Mạc Văn Định, Phó Tư lệnh Quân khu 9.", "Lò Văn Bảy", NULL,
				   "Chính ủy Bộ Tư lệnh Vùng Duyên hải");
	check_official("Tin vắn\nDự có Thiếu tướng Lò Văn Bảy, Chính ủy Bộ Tư lệnh Vùng Duyên hải và đồng chí "
				   "Mạc Văn Định, Phó Tư lệnh Quân khu 9.", "Mạc Văn Định", "đồng chí",
				   "Phó Tư lệnh Quân khu 9");
	/* a position before a name still is his: "Tư lệnh Quân khu 9 Hà Văn Sơn" */
	check_official("Tin vắn\nDự có Bộ Chỉ huy Quân sự tỉnh, Tư lệnh Quân khu 9 Hà Văn Sơn.",
				   "Hà Văn Sơn", NULL, "Tư lệnh Quân khu 9");
}

/*
 * A biography after a name, items separated by commas ("sinh năm 1970",
 * "dân tộc Tày", "quê Nghệ An", "45 tuổi"), in parentheses or not, is
 * passed over: the titles after it are the person's.
 */
static void
test_biography_apposition(void)
{
	const char *t = "Tin vắn\nĐồng chí Giáp Văn Khải, sinh năm 1971, dân tộc Nùng, Ủy viên Ban Thường vụ "
		"Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy được bầu làm Phó Bí thư. Đồng chí Quách Thị Hoa, 46 tuổi, "
		"quê Hà Tĩnh, Bí thư Huyện ủy Phú An phát biểu. Ông Lò Văn Sáng (sinh năm 1966, dân tộc Ba Na), "
		"Chủ tịch UBND huyện dự. Đồng chí Mạc Văn Hùng, quê quán xã Tân An, huyện Lâm Hà, Giám đốc Sở "
		"Nội vụ dự.";

	check_official(t, "Giáp Văn Khải", "đồng chí",
				   "Ủy viên Ban Thường vụ Tỉnh ủy | Trưởng Ban Dân vận Tỉnh ủy | Phó Bí thư");
	check_official(t, "Quách Thị Hoa", "đồng chí", "Bí thư Huyện ủy Phú An");
	check_official(t, "Lò Văn Sáng", "ông", "Chủ tịch UBND huyện");
	check_official(t, "Mạc Văn Hùng", "đồng chí", "Giám đốc Sở Nội vụ");
	/* two items, then the title with a village of two syllables */
	check_official("Tin vắn\nĐồng chí Giáp Văn Khải, dân tộc Nùng, quê Hà Tĩnh, Bí thư Chi bộ thôn Nà Ròn, "
				   "phát biểu.", "Giáp Văn Khải", "đồng chí", "Bí thư Chi bộ thôn Nà Ròn");
}

/* "Chi ủy viên" is a position, as "Đảng ủy viên": after a dash, and before another one */
static void
test_cell_committee_member(void)
{
	const char *t = "Tin vắn\nĐại hội đã bầu đồng chí Quách Thị Lan – Phó Bí thư và đồng chí Giáp Văn "
		"Cường – Chi ủy viên. Dự có đồng chí Hà Văn Bình – Chi ủy viên, Trưởng thôn. Đồng chí Lò Văn "
		"Sáng, Chi ủy viên Chi bộ thôn Nà Ròn phát biểu.";

	check_official(t, "Giáp Văn Cường", "đồng chí", "Chi ủy viên");
	check_official(t, "Hà Văn Bình", "đồng chí", "Chi ủy viên | Trưởng thôn");
	check_official(t, "Lò Văn Sáng", "đồng chí", "Chi ủy viên Chi bộ thôn Nà Ròn");
}

/*
 * "BCV" is "Báo cáo viên"; " - " before it separates two positions even
 * after the capitals "HU"; the post's level "cấp huyện" is part of it.  A
 * committee written short after a department ("Ban Tuyên giáo HU") is one
 * title with its full spelling, which replaces it.
 */
static void
test_short_committee_and_lecturer(void)
{
	check_official("Tin vắn\nDự có đồng chí Vi Thị Hoa, Phó trưởng Ban Tuyên giáo HU - BCV cấp huyện.",
				   "Vi Thị Hoa", "đồng chí", "Phó trưởng Ban Tuyên giáo HU | BCV cấp huyện");
	check_official("Tin vắn\nDự có đồng chí Vi Thị Hoa, Phó trưởng Ban Tuyên giáo HU - BCV cấp huyện. "
				   "Đồng chí Vi Thị Hoa, Phó trưởng Ban Tuyên giáo Huyện ủy, Báo cáo viên cấp huyện "
				   "phát biểu.", "Vi Thị Hoa", "đồng chí",
				   "Phó trưởng Ban Tuyên giáo Huyện ủy | Báo cáo viên cấp huyện");
	check_official("Tin vắn\nĐồng chí Lò Văn Sáng, Chánh Văn phòng TU dự. Đồng chí Lò Văn Sáng, Chánh "
				   "Văn phòng Tỉnh ủy kết luận.", "Lò Văn Sáng", "đồng chí", "Chánh Văn phòng Tỉnh ủy");
}

/* "QĐND Online –": an outlet's capitals and a word of its own open the lead, the source */
static void
test_source_tag_online(void)
{
	source_case("Tin hoạt động\nQĐND Online – Sáng 10-12-2015, Ban Tuyên giáo Tỉnh ủy Tân Lập tổ chức "
				"hội nghị báo cáo viên.", "QĐND Online", NULL);
	source_case("Hội nghị báo cáo viên tháng 12 của tỉnh Tân Lập\nQĐND Online – Sáng 10-12-2015, Ban "
				"Tuyên giáo Tỉnh ủy Tân Lập tổ chức hội nghị báo cáo viên.", "QĐND Online",
				"Hội nghị báo cáo viên tháng 12 của tỉnh Tân Lập");
	/* the word alone is no outlet */
	source_case("Tin hoạt động\nOnline – Sáng 10-12-2015, Ban Tuyên giáo Tỉnh ủy Tân Lập tổ chức hội "
				"nghị báo cáo viên.", NULL, NULL);
}

/*
 * A command's force or arm whose name holds lower-case words ("Cảnh sát
 * biển", "Thủ đô", "Cảnh vệ") is read whole in the command's name; a
 * numbered region of it too ("Vùng Cảnh sát biển 3").
 */
static void
test_organizer_force_name(void)
{
	org_is("Tin hoạt động\nSáng 5/3/2026, Bộ Tư lệnh Cảnh sát biển tổ chức hội nghị giao ban quý I.",
		   "Bộ Tư lệnh Cảnh sát biển", "giao ban");
	org_is("Tin hoạt động\nSáng 5/3/2026, Bộ Tư lệnh Thủ đô Hà Nội tổ chức hội nghị sơ kết công tác.",
		   "Bộ Tư lệnh Thủ đô Hà Nội", "sơ kết");
	org_is("Tin hoạt động\nSáng 5/3/2026, Đảng ủy Bộ Tư lệnh Cảnh vệ tổ chức hội nghị sơ kết công tác.",
		   "Đảng ủy Bộ Tư lệnh Cảnh vệ", NULL);
	org_is("Tin hoạt động\nSáng 5/3/2026, Bộ Tư lệnh Vùng Cảnh sát biển 4 tổ chức hội nghị sơ kết.",
		   "Bộ Tư lệnh Vùng Cảnh sát biển 4", NULL);
	org_is("Tin hoạt động\nSáng 5/3/2026, Bộ Tư lệnh Cảnh sát cơ động tổ chức hội nghị sơ kết.",
		   "Bộ Tư lệnh Cảnh sát cơ động", NULL);
}

/*
 * A group's titles before a colon as the first item after "có các đồng
 * chí:" read as they do after a ";": the members take them, the items
 * after the group are still the list's; titles alone ("Ủy viên Bộ Chính
 * trị: A; B") make a group as "các Ủy viên ..." does; the members are
 * under the list's "đồng chí".
 */
static void
test_colon_list_first_group(void)
{
	const char *t = "Tin vắn\nDự hội nghị có các đồng chí: các Ủy viên Bộ Chính trị: Lò Văn Bảy, Mạc Văn "
		"Định; đại diện lãnh đạo các sở, ngành; Hà Văn Tư, Bí thư Huyện ủy.";

	check_official(t, "Lò Văn Bảy", "đồng chí", "Ủy viên Bộ Chính trị");
	check_official(t, "Mạc Văn Định", "đồng chí", "Ủy viên Bộ Chính trị");
	check_official(t, "Hà Văn Tư", "đồng chí", "Bí thư Huyện ủy");
	t = "Tin vắn\nDự hội nghị có các đồng chí: Hà Văn Sơn, Bí thư Tỉnh ủy; Ủy viên Bộ Chính trị: Lò Văn "
		"Bảy; Mạc Văn Định.";
	check_official(t, "Hà Văn Sơn", "đồng chí", "Bí thư Tỉnh ủy");
	check_official(t, "Lò Văn Bảy", "đồng chí", "Ủy viên Bộ Chính trị");
	check_official(t, "Mạc Văn Định", "đồng chí", "Ủy viên Bộ Chính trị");
	check_official("Tin vắn\nDự hội nghị có các đồng chí: Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy: Lò "
				   "Văn Bảy; Quách Văn Năm, Giám đốc Sở Nội vụ.", "Lò Văn Bảy", "đồng chí",
				   "Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy");
}

/*
 * Probe 42 G1: the items of a list opened by "có các đồng chí:" written
 * title first ("Nguyên Tổng Bí thư A; Ủy viên Bộ Chính trị, Chủ tịch nước
 * B") are read as items of the list, a group later in it ("nguyên Ủy viên
 * Bộ Chính trị, nguyên Chủ tịch nước: C, D") passing over none of them.
 */
static void
test_colon_list_titled_items(void)
{
	const char *t = "Tin vắn\nDự Đại hội có các đồng chí: Nguyên Tổng Bí thư Lò Văn Bảy; Ủy viên Bộ Chính "
		"trị, Chủ tịch nước Mạc Văn Định; nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch nước: Hà Văn Tư, "
		"Quách Văn Năm; Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Giáp Văn Khải.";

	check_official(t, "Lò Văn Bảy", NULL, "Nguyên Tổng Bí thư");
	check_official(t, "Mạc Văn Định", NULL, "Ủy viên Bộ Chính trị | Chủ tịch nước");
	check_official(t, "Hà Văn Tư", "đồng chí", "nguyên Ủy viên Bộ Chính trị | nguyên Chủ tịch nước");
	check_official(t, "Giáp Văn Khải", "đồng chí", "Ủy viên Bộ Chính trị | Thủ tướng Chính phủ");
	/* another province, the group last, a name and its titles after it between */
	t = "Tin vắn\nDự hội nghị có các đồng chí: Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quách Thị Hoa; "
		"Vi Đức Thắng, Chủ tịch UBND tỉnh; Phó Chủ tịch HĐND tỉnh Lục Văn Sang; các Phó Bí thư Tỉnh "
		"ủy: Hà Văn Bình, Lò Văn Sáng.";
	check_official(t, "Quách Thị Hoa", NULL, "Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy");
	check_official(t, "Vi Đức Thắng", NULL, "Chủ tịch UBND tỉnh");
	check_official(t, "Lục Văn Sang", NULL, "Phó Chủ tịch HĐND tỉnh");
	check_official(t, "Lò Văn Sáng", "đồng chí", "Phó Bí thư Tỉnh ủy");
}

/*
 * Probe 42 G2: a class of persons before a colon or "gồm" ("4 Phó Bí thư
 * Tỉnh ủy: bà A (Thường trực), ông B (Chủ tịch UBND tỉnh) và bà C", "Các
 * Phó Bí thư Tỉnh ủy gồm ông A, Chủ tịch ...; bà B và ông C", "... gồm
 * các đồng chí: A, B và C") is each member's, with an honorific each or
 * none; a note in parentheses that names no post is passed over, a post
 * there or after a comma stays the member's own, and the standing
 * member's own post ("Phó Bí thư Thường trực") is the class's restated.
 */
static void
test_group_members_honorific(void)
{
	const char *t = "Tin vắn\nBộ Chính trị chỉ định ông Hà Văn Sơn giữ chức Bí thư Tỉnh ủy Tân Lập; 4 Phó "
		"Bí thư Tỉnh ủy Tân Lập: bà Quách Thị Hoa (Thường trực), ông Lò Văn Bảy (Chủ tịch UBND tỉnh), "
		"ông Y Bhim Niê (Trưởng Ban Tổ chức Tỉnh ủy) và bà Vi Thị Hoa (Chủ tịch Ủy ban MTTQ Việt Nam "
		"tỉnh).";

	check_official(t, "Quách Thị Hoa", "bà", "Phó Bí thư Tỉnh ủy Tân Lập");
	check_official(t, "Lò Văn Bảy", "ông", "Phó Bí thư Tỉnh ủy Tân Lập | Chủ tịch UBND tỉnh");
	check_official(t, "Y Bhim Niê", "ông", "Phó Bí thư Tỉnh ủy Tân Lập | Trưởng Ban Tổ chức Tỉnh ủy");
	check_official(t, "Vi Thị Hoa", "bà",
				   "Phó Bí thư Tỉnh ủy Tân Lập | Chủ tịch Ủy ban MTTQ Việt Nam tỉnh");
	t = "Tin vắn\nCác Phó bí thư Tỉnh ủy Phú An gồm ông Mạc Văn Định, Chủ tịch UBND tỉnh Phú An; bà "
		"Giáp Thị Lan và ông Lục Văn Sang được chỉ định tiếp tục đảm nhiệm chức danh này.";
	check_official(t, "Mạc Văn Định", "ông", "Phó bí thư Tỉnh ủy Phú An | Chủ tịch UBND tỉnh Phú An");
	check_official(t, "Giáp Thị Lan", "bà", "Phó bí thư Tỉnh ủy Phú An");
	check_official(t, "Lục Văn Sang", "ông", "Phó bí thư Tỉnh ủy Phú An");
	/* "gồm:", "gồm các đồng chí:", a count in words; the honorifics "đồng chí" each */
	check_official("Tin vắn\nCác Phó Bí thư Huyện ủy gồm: ông Lò Văn Bảy, bà Quách Thị Hoa và ông Hà Văn "
				   "Tư.", "Hà Văn Tư", "ông", "Phó Bí thư Huyện ủy");
	check_official("Tin vắn\nCác Phó Bí thư Huyện ủy gồm các đồng chí: Lò Văn Bảy, Quách Thị Hoa và Hà Văn "
				   "Tư.", "Quách Thị Hoa", "đồng chí", "Phó Bí thư Huyện ủy");
	check_official("Tin vắn\nBa Phó Bí thư Thành ủy gồm ông Lò Văn Bảy, bà Quách Thị Hoa và ông Hà Văn "
				   "Tư.", "Quách Thị Hoa", "bà", "Phó Bí thư Thành ủy");
	check_official("Tin vắn\nDự có các đồng chí Phó Bí thư Tỉnh ủy: đồng chí Lò Văn Bảy, đồng chí Hà Văn "
				   "Tư.", "Hà Văn Tư", "đồng chí", "Phó Bí thư Tỉnh ủy");
	/* the standing deputy's own post restates the class's */
	t = "Tin vắn\nCác Phó Bí thư Tỉnh ủy gồm: ông Lò Văn Bảy - Phó Bí thư Thường trực, Chủ tịch HĐND "
		"tỉnh; bà Quách Thị Hoa, Phó Bí thư Thường trực Tỉnh ủy; ông Hà Văn Tư - Chủ tịch UBND tỉnh.";
	check_official(t, "Lò Văn Bảy", "ông", "Phó Bí thư Thường trực | Chủ tịch HĐND tỉnh");
	check_official(t, "Quách Thị Hoa", "bà", "Phó Bí thư Thường trực Tỉnh ủy");
	check_official(t, "Hà Văn Tư", "ông", "Phó Bí thư Tỉnh ủy | Chủ tịch UBND tỉnh");
	/* "gồm" after one post, no class counted: the names are no holders of it */
	check_official("Tin vắn\nĐồng chí Lò Văn Bảy, Phó Chủ tịch UBND tỉnh làm Tổ trưởng; Tổ công tác "
				   "gồm đồng chí Hà Văn Tư, Giám đốc Sở Nội vụ.", "Hà Văn Tư", "đồng chí",
				   "Giám đốc Sở Nội vụ");
	/* a title then "và ông B": B is no holder of it, as before */
	check_official("Tin vắn\nDự có Bí thư Tỉnh ủy Lò Văn Bảy và ông Hà Văn Tư, Giám đốc Sở Nội vụ.",
				   "Hà Văn Tư", "ông", "Giám đốc Sở Nội vụ");
}

/*
 * Probe 46 G2: a post given to persons listed after it, "chỉ định 4 người
 * giữ chức Phó Bí thư Tỉnh ủy X nhiệm kỳ 2025-2030, gồm: ông A, bà B và
 * ông C", is each member's, with an honorific each or none, a term and a
 * comma before "gồm" or not.
 */
static void
test_post_given_members(void)
{
	const char *t = "Tin vắn\nBộ Chính trị chỉ định 4 người giữ chức Phó Bí thư Tỉnh ủy Tân Lập nhiệm kỳ "
		"2025-2030, gồm: ông Lò Văn Bảy, bà Quách Thị Hoa, ông Y Bhim Niê và bà Vi Thị Hoa.";

	check_official(t, "Lò Văn Bảy", "ông", "Phó Bí thư Tỉnh ủy Tân Lập");
	check_official(t, "Quách Thị Hoa", "bà", "Phó Bí thư Tỉnh ủy Tân Lập");
	check_official(t, "Vi Thị Hoa", "bà", "Phó Bí thư Tỉnh ủy Tân Lập");
	/* no honorific: the names are found as the post's holders */
	t = "Tin vắn\nBộ Chính trị chỉ định hai đồng chí giữ chức Phó Bí thư Thành ủy gồm: Hà Văn Tư, "
		"Giáp Thị Lan.";
	check_official(t, "Hà Văn Tư", NULL, "Phó Bí thư Thành ủy");
	check_official(t, "Giáp Thị Lan", NULL, "Phó Bí thư Thành ủy");
	check_official("Tin vắn\nBan Thường vụ Tỉnh ủy chỉ định 3 đồng chí giữ chức vụ Phó Bí thư Huyện ủy "
				   "Mường Tè, gồm các đồng chí: Lò Văn Bảy, Quách Thị Hoa và Hà Văn Tư.", "Hà Văn Tư",
				   "đồng chí", "Phó Bí thư Huyện ủy Mường Tè");
	/* "gồm" after a post with no verb giving it: as before, not the post's */
	check_official("Tin vắn\nĐồng chí Lò Văn Bảy, Phó Chủ tịch UBND tỉnh làm Tổ trưởng; Tổ công tác "
				   "gồm đồng chí Hà Văn Tư, Giám đốc Sở Nội vụ.", "Hà Văn Tư", "đồng chí",
				   "Giám đốc Sở Nội vụ");
}

/*
 * Probe 42 G6: in a group's list of members written title first, a
 * member's own titles joined by " - " ("Phó Thủ tướng Chính phủ - Bộ
 * trưởng Bộ Tư pháp B") are all his, and so is the group's title; none is
 * the member's before him.
 */
static void
test_group_member_dashed_titles(void)
{
	const char *t = "Tin vắn\nDự có các đồng chí Ủy viên Trung ương Đảng: Phó Thủ tướng Chính phủ Lò Văn "
		"Bảy, Phó Thủ tướng Chính phủ - Bộ trưởng Bộ Tư pháp Hà Văn Tư.";

	check_official(t, "Lò Văn Bảy", "đồng chí", "Ủy viên Trung ương Đảng | Phó Thủ tướng Chính phủ");
	check_official(t, "Hà Văn Tư", "đồng chí",
				   "Ủy viên Trung ương Đảng | Phó Thủ tướng Chính phủ | Bộ trưởng Bộ Tư pháp");
	t = "Tin vắn\nDự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Trưởng Ban Tổ chức Tỉnh ủy Quách "
		"Thị Hoa, Phó Chủ tịch UBND tỉnh, Giám đốc Sở Nội vụ Giáp Văn Khải.";
	check_official(t, "Quách Thị Hoa", "đồng chí",
				   "Ủy viên Ban Thường vụ Tỉnh ủy | Trưởng Ban Tổ chức Tỉnh ủy");
	check_official(t, "Giáp Văn Khải", "đồng chí",
				   "Ủy viên Ban Thường vụ Tỉnh ủy | Phó Chủ tịch UBND tỉnh | Giám đốc Sở Nội vụ");
	/* names first, titles after: each one's own, as before */
	check_official("Tin vắn\nDự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Quách Thị Hoa, Trưởng Ban "
				   "Tổ chức Tỉnh ủy; Giáp Văn Khải, Phó Chủ tịch UBND tỉnh.", "Quách Thị Hoa", "đồng chí",
				   "Ủy viên Ban Thường vụ Tỉnh ủy | Trưởng Ban Tổ chức Tỉnh ủy");
}

/*
 * A reader's comment widget ("Gửi bình luận của bạn", "Viết bình luận",
 * "Gửi ý kiến") or a link back ("< Trở về trang trước") after the byline
 * is page furniture: the byline before it is still the author.
 */
static void
test_byline_comment_widget(void)
{
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\nĐ.X\n\n"
				"Gửi bình luận của bạn", "Đ.X");
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\nĐ.X\n"
				"Viết bình luận\nGửi ý kiến", "Đ.X");
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\n\nLò Văn Bảy\n\n"
				"< Trở về trang trước\nGửi bình luận của bạn", "Lò Văn Bảy");
	/* a sentence about comments is no widget */
	author_case("Tin vắn\nChiều 2/7/2018, Huyện ủy Tân Lập tổ chức hội nghị báo cáo viên.\nĐ.X\n"
				"Gửi ý kiến đóng góp vào dự thảo văn kiện đến ngày 10/7.", NULL);
}

/*
 * A department's name in sentence case after its head is read whole: a
 * ministry's field in lower case ("Bộ quốc phòng"), a capitalized word and
 * lower-case ones up to punctuation, the verb or another body ("Vụ Chính
 * sách thương mại đa biên", "Chi bộ Giáo dục quốc phòng"); before a verb
 * no list knows, the name is not read on.
 */
static void
test_dept_lower_name(void)
{
	check_official("Tin vắn\nSáng 3/4/2025, Thiếu tướng Lò Văn Bảy, Ủy viên Trung ương Đảng, Thứ trưởng "
				   "Bộ quốc phòng chủ trì buổi làm việc.", "Lò Văn Bảy", NULL,
				   "Ủy viên Trung ương Đảng | Thứ trưởng Bộ quốc phòng");
	check_official("Tin vắn\nDự có đồng chí Mạc Văn Định, Vụ trưởng Vụ Chính sách thương mại đa biên "
				   "(Bộ Công Thương).", "Mạc Văn Định", "đồng chí",
				   "Vụ trưởng Vụ Chính sách thương mại đa biên");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Vụ trưởng Vụ Tổ chức cán bộ Bộ Nội vụ phát biểu.",
				   "Hà Văn Tư", "đồng chí", "Vụ trưởng Vụ Tổ chức cán bộ Bộ Nội vụ");
	/* "nhắc lại" is a verb: the name ends before it */
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Giám đốc Sở Tư pháp nhắc lại các yêu cầu.",
				   "Hà Văn Tư", "đồng chí", "Giám đốc Sở Tư pháp");
	org_is("Tin hoạt động\nNgày 12/5/2021, Chi bộ Giáo dục quốc phòng tổ chức sinh hoạt chuyên đề.",
		   "Chi bộ Giáo dục quốc phòng", "sinh hoạt chuyên đề");
	org_is("Tin hoạt động\nSáng 5/3/2026, Bộ quốc phòng tổ chức hội nghị sơ kết công tác.",
		   "Bộ quốc phòng", "sơ kết");
}

/*
 * "T.Ư." or "TW." ending a body's name before a capital ends the sentence
 * too: the next sentence's chair is no attendee of the one before.  "TP."
 * before a place's name still does not.
 */
static void
test_central_abbrev_dot(void)
{
	GbResult   *r = extract("Tin vắn\nCùng dự có Thủ tướng Chính phủ Cù Văn Hải, Ủy viên Ban Thường vụ Đảng "
							"ủy Công an T.Ư. Đại tướng Lò Văn Bảy, Bí thư Đảng ủy Công an T.Ư, chủ trì hội "
							"nghị.", 0, 0, 0);

	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Lò Văn Bảy") == 0,
		  "one chair after T.Ư., got %d", r->meeting.nchairs);
	CHECK(has_role(official(r, "Cù Văn Hải"), "dự") && !has_role(official(r, "Cù Văn Hải"), "chủ trì"),
		  "the attendee before T.Ư. is no chair");
	CHECK(!has_role(official(r, "Lò Văn Bảy"), "dự"), "the chair after T.Ư. is no attendee");
	gb_result_free(r);
	r = extract("Tin vắn\nDự có đồng chí Cù Văn Hải, Phó Trưởng Ban Tuyên giáo TW. Đồng chí Lò Văn Bảy, Bí "
				"thư Tỉnh ủy chủ trì hội nghị.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Lò Văn Bảy") == 0,
		  "one chair after TW., got %d", r->meeting.nchairs);
	gb_result_free(r);
	check_official("Tin vắn\nĐồng chí Cù Văn Hải, Bí thư Thành ủy TP. Tân Lập dự.", "Cù Văn Hải", "đồng chí",
				   "Bí thư Thành ủy TP. Tân Lập");
}

/*
 * A video site's links on the last lines ("TRỌN BỘ", "Xem video", "VIDEO")
 * are page furniture, no byline; a byline before them is still the author.
 */
static void
test_byline_video_links(void)
{
	author_case("Tin vắn\nSáng 5-7, Quân ủy Trung ương tổ chức hội nghị. Đại tướng Lò Văn Bảy chủ trì hội "
				"nghị.\n\nTRỌN BỘ", NULL);
	author_case("Tin vắn\nSáng 5-7, Quân ủy Trung ương tổ chức hội nghị. Đại tướng Lò Văn Bảy chủ trì hội "
				"nghị.\n\nVIDEO\nXem video", NULL);
	author_case("Tin vắn\nSáng 5-7, Quân ủy Trung ương tổ chức hội nghị. Đại tướng Lò Văn Bảy chủ trì hội "
				"nghị.\n\nMẠC NGÂN\nTRỌN BỘ", "MẠC NGÂN");
}

/*
 * A publication label after a section's name and a dash or a bar, with the
 * time before the date: "Xây dựng Đảng - Ngày đăng : 08:50, 30/03/2021".
 */
static void
pub_case(const char *text, int y, int m, int d)
{
	GbResult   *r = extract(text, 0, 0, 0);

	CHECK(r->meeting.published.y == y && r->meeting.published.m == m && r->meeting.published.d == d,
		  "published %d-%d-%d, want %d-%d-%d", r->meeting.published.y, r->meeting.published.m,
		  r->meeting.published.d, y, m, d);
	gb_result_free(r);
}

static void
test_published_after_section(void)
{
	pub_case("Tin vắn\nThi hành kỷ luật 12 đảng viên\n\nXây dựng Đảng - Ngày đăng : 08:50, 14/03/2022\n\n"
			 "Theo Ủy ban Kiểm tra Tỉnh ủy, cấp ủy các cấp đã thi hành kỷ luật 12 đảng viên.", 2022, 3, 14);
	pub_case("Tin vắn\nHội nghị giao ban quý I\n\nThời sự | Cập nhật lúc 10:20, 05/03/2021\n\nSáng 4/3, "
			 "Huyện ủy Tân Lập tổ chức hội nghị giao ban.", 2021, 3, 5);
	/* a dash in a sentence with no label gives no publication date */
	pub_case("Tin vắn\nHội nghị giao ban quý I\n\nXây dựng Đảng - Tổng kết 05/03/2021 của Huyện ủy Tân Lập "
			 "và các chi bộ trực thuộc\n\nSáng 4/3, Huyện ủy Tân Lập tổ chức hội nghị giao ban.", 0, 0, 0);
}

/*
 * S6: "với tinh thần quán triệt ..." after a meeting named before it in its
 * sentence is the manner of that meeting, not its kind.
 */
static void
test_kind_manner(void)
{
	kind_case("Tin vắn\nNgày 3/8/2024, Đảng ủy Quân sự tỉnh Tân Lập tổ chức Hội nghị cán bộ chủ chốt với "
			  "tinh thần quán triệt, cụ thể hóa các chỉ đạo của Ban Thường vụ.", "hội nghị");
	kind_case("Tin vắn\nNgày 3/8/2024, Đảng ủy Quân sự tỉnh Tân Lập tổ chức Hội nghị quán triệt tinh thần "
			  "Nghị quyết số 12 của Ban Thường vụ.", "quán triệt");
}

/*
 * S3: a meeting some body holds after the sentence of the congress the lead
 * reports ("BCH Đảng bộ huyện khóa XX tổ chức Hội nghị lần thứ nhất") is
 * held during the congress; its body does not organize the congress.
 */
static void
test_congress_sub_event(void)
{
	org_is("Tin hoạt động\nChiều 14 và sáng 15/10/2025, Đại hội đại biểu Đảng bộ huyện Minh Sơn lần thứ XX, "
		   "nhiệm kỳ 2025 - 2030 tiến hành thảo luận văn kiện. Ban Chấp hành Đảng bộ huyện khóa XX tổ chức "
		   "Hội nghị lần thứ nhất, bầu Ban Thường vụ Huyện ủy.", "Đảng bộ huyện Minh Sơn", "đại hội");
	org_is("Tin hoạt động\nChiều 14 và sáng 15/10/2025, Đại hội đại biểu Đảng bộ huyện Minh Sơn lần thứ XX, "
		   "nhiệm kỳ 2025 - 2030 tiến hành thảo luận văn kiện. BCH Đảng bộ huyện khóa XX tổ chức "
		   "Hội nghị lần thứ nhất, bầu Ban Thường vụ Huyện ủy.", "Đảng bộ huyện Minh Sơn", "đại hội");
	/* the body that holds the congress itself still organizes it */
	org_is("Tin hoạt động\nSáng 12/8/2025, Đại hội đại biểu Đảng bộ xã Tân An lần thứ XV, nhiệm kỳ 2025 - "
		   "2030 khai mạc. Đảng ủy xã Tân An tổ chức Đại hội với 120 đại biểu tham dự.",
		   "Đảng ủy xã Tân An", "đại hội");
}

/*
 * S4: "trong đó" (of which) is no passive "do" (by): the body after it that
 * "tiến hành kiểm tra" inspects, it holds no meeting; "hội nghị ... do X
 * tổ chức" still names X.
 */
static void
test_organizer_trong_do(void)
{
	org_case("Tin hoạt động\nTrong 6 tháng đầu năm 2024, Minh Sơn có 215 đảng viên được kiểm tra, trong đó "
			 "Ban Thường vụ Huyện ủy Minh Sơn tiến hành kiểm tra 57, giám sát 31 đảng viên.", NULL,
			 "trong đó ... tiến hành kiểm tra");
	org_is("Tin hoạt động\nSáng 4/6/2024, hội nghị sơ kết công tác kiểm tra do Ban Thường vụ Huyện ủy Minh "
		   "Sơn tổ chức đã diễn ra tại hội trường.", "Ban Thường vụ Huyện ủy Minh Sơn", "sơ kết");
}

/*
 * S8: "cuối tháng 10", "đầu tháng 3", "giữa tháng 5" are points in a month
 * and "đến tháng 11 năm 1930" ends a span of time: no period reviewed.
 */
static void
test_period_month_point(void)
{
	period_case("Tin vắn\nSáng ngày 14 tháng 10 năm 2024, Ban Tổ chức Huyện ủy Tân Lập tổ chức họp mặt kỷ niệm "
				"ngày truyền thống.\nTừ ngày 14 tháng 10 đến cuối tháng 10 năm 1930, Hội nghị lần thứ nhất "
				"đã được tiến hành tại Hương Cảng.", 0, 0, 0, 0, NULL);
	period_case("Tin vắn\nSáng ngày 14 tháng 10 năm 2024, Ban Tổ chức Huyện ủy Tân Lập tổ chức họp mặt kỷ niệm "
				"ngày truyền thống.\nTừ ngày 14 tháng 10 đến tháng 11 năm 1930, Hội nghị lần thứ nhất "
				"đã được tiến hành tại Hương Cảng.", 0, 0, 0, 0, NULL);
	/* a month reviewed still is */
	period_case("Tin vắn\nNgày 5/11/2024, Huyện ủy Tân Lập tổ chức giao ban tháng 10 năm 2024.",
				2024, 10, 2024, 11, "tháng 10 năm 2024");
}

/*
 * Q6: "tại Hội trường tầng 2 - Ban X, Ban X phối hợp ... tổ chức": the body
 * after the dash that ends the room's name owns the room; the subject after
 * it organizes.  A dash before the only body still leaves it the subject.
 */
static void
test_organizer_room_dash(void)
{
	org_is("Tin hoạt động\nChiều ngày 12/9/2024, tại Hội trường tầng 2 - Ban Tuyên giáo Huyện ủy, Ban Tuyên giáo "
		   "Huyện ủy Minh Sơn phối hợp với Hội Cựu chiến binh huyện tổ chức Hội nghị tổng kết cuộc thi.",
		   "Ban Tuyên giáo Huyện ủy Minh Sơn", "tổng kết");
	org_is("Tin hoạt động\nChiều ngày 12/9/2024, tại Hội trường tầng 2- Ban Tuyên giáo Huyện ủy, Ban Tuyên giáo "
		   "Huyện ủy Minh Sơn tổ chức Hội nghị tổng kết cuộc thi.", "Ban Tuyên giáo Huyện ủy Minh Sơn", "tổng kết");
	org_is("Tin hoạt động\nChiều ngày 12/9/2024, tại Hội trường UBND huyện - Huyện ủy Minh Sơn tổ chức Hội nghị "
		   "tổng kết cuộc thi.", "Huyện ủy Minh Sơn", "tổng kết");
}

/*
 * P1: "tổ chức lớp bồi dưỡng", "tổ chức lớp tập huấn": a course held, whose
 * organizer the body is, with no meeting kind; "tổ chức 12 lớp bồi dưỡng"
 * counts courses, none held.
 */
static void
test_organizer_course(void)
{
	GbResult   *r = extract("Tin hoạt động\nĐảng ủy khối Cơ quan vừa tổ chức lớp bồi dưỡng lý luận chính trị "
							"cho 48 đảng viên mới.", 0, 0, 0);

	CHECK(str_is(r->meeting.organizer, "Đảng ủy khối Cơ quan") && r->meeting.meeting_kind == NULL,
		  "course: %s / %s", r->meeting.organizer ? r->meeting.organizer : "NULL",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	org_case("Tin hoạt động\nSáng 3/4/2024, Ban Tuyên giáo Huyện ủy Minh Sơn tổ chức lớp tập huấn nghiệp vụ "
			 "cho báo cáo viên cơ sở.", "Ban Tuyên giáo Huyện ủy Minh Sơn", "lớp tập huấn");
	org_case("Tin hoạt động\nNăm qua, Trung tâm Chính trị huyện Minh Sơn tổ chức 12 lớp bồi dưỡng cho 900 "
			 "học viên.", NULL, "12 lớp");
}

/*
 * T1: a date in parentheses after the code ("(18/8/2014)", "(ngày
 * 18/8/2014)") is the issue date; the issuer and subject after it still
 * belong to the document.  A day and month alone in parentheses are not.
 */
static void
test_cit_paren_issue_date(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin hoạt động\nĐoàn công tác kiểm tra việc thực hiện Kết luận số 217-KL/TW (21/9/2015) của Ban "
				"Bí thư \"Về việc nâng cao chất lượng công tác tuyên truyền miệng\" và Chỉ thị số 41-CT/TW "
				"(ngày 3/4/2020) của Bộ Chính trị về công tác dân vận.", 0, 0, 0);
	c = find_cit(r, "Kết luận", "217", 0);
	CHECK(c && c->issued.y == 2015 && c->issued.m == 9 && c->issued.d == 21 &&
		  str_is(c->issuer, "Ban Bí thư") && str_is(c->term, "XI") &&
		  str_is(c->subject, "việc nâng cao chất lượng công tác tuyên truyền miệng"),
		  "217: %d / %s / %s", c ? c->issued.y : -1, c && c->issuer ? c->issuer : "NULL",
		  c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Chỉ thị", "41", 0);
	CHECK(c && c->issued.y == 2020 && c->issued.m == 4 && c->issued.d == 3 &&
		  str_is(c->issuer, "Bộ Chính trị") && str_is(c->subject, "công tác dân vận"),
		  "41: %d / %s", c ? c->issued.y : -1, c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nCác chi bộ học tập Chỉ thị số 52-CT/TW (12/6) của Bộ Chính trị.", 0, 0, 0);
	c = find_cit(r, "Chỉ thị", "52", 0);
	CHECK(c && c->issued.y == 0 && c->issuer == NULL, "52: %d / %s", c ? c->issued.y : -1,
		  c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
}

/*
 * R9 (probe 57 G4): "Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 khóa
 * XII": the plenum after "của" passed the numbered resolution, read as it
 * is without "của": plenum, term, issuer and the subject after it; listed
 * numbers before it share them.
 */
static void
test_cit_number_of_plenum(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin hoạt động\nNgày 3/1/2018, Huyện ủy Tân Phú tổ chức hội nghị quán triệt Nghị quyết số "
				"18-NQ/TW của Hội nghị Trung ương 6 khóa XII về sắp xếp bộ máy.", 2018, 1, 4);
	c = find_cit(r, "Nghị quyết", "18", 0);
	CHECK(c && c->plenum == 6 && str_is(c->term, "XII") && str_is(c->issuer, "Ban Chấp hành Trung ương") &&
		  str_is(c->subject, "sắp xếp bộ máy"), "18: %d / %s / %s", c ? c->plenum : -1,
		  c && c->term ? c->term : "NULL", c && c->subject ? c->subject : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nĐảng ủy xã Phú Lộc quán triệt Nghị quyết số 19-NQ/TW, Nghị quyết số 20-NQ/TW "
				"của Hội nghị Trung ương 6 (khóa XII) và Nghị quyết số 27-NQ/TW của Hội nghị lần thứ bảy Ban "
				"Chấp hành Trung ương Đảng khóa XII về cải cách tiền lương.", 2019, 3, 2);
	c = find_cit(r, "Nghị quyết", "19", 0);
	CHECK(c && str_is(c->term, "XII"), "19: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Nghị quyết", "20", 0);
	CHECK(c && c->plenum == 6 && str_is(c->term, "XII"), "20: %d / %s", c ? c->plenum : -1,
		  c && c->term ? c->term : "NULL");
	c = find_cit(r, "Nghị quyết", "27", 0);
	CHECK(c && c->plenum == 7 && str_is(c->term, "XII"), "27: %d / %s", c ? c->plenum : -1,
		  c && c->term ? c->term : "NULL");
	gb_result_free(r);
}

/*
 * Probe 48 G6: a plenum's resolution and its number, either written in
 * parentheses after the other ("Nghị quyết Trung ương 7 khóa X (Nghị quyết
 * 26-NQ/TW)", "Nghị quyết 18-NQ/TW (Nghị quyết Hội nghị Trung ương 6 khóa
 * XII)", "(04-NQ/TW)"), name one document with number, code, plenum and
 * term.  Another kind in the parentheses stays apart, and a local code
 * gives the plenum's resolution no number.
 */
static void
test_cit_plenum_number_paren(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Theo Ban Kinh tế Trung ương, Nghị quyết Trung ương 7 khóa X (Nghị quyết 26-NQ/TW) là nghị "
				"quyết toàn diện về nông nghiệp, nông dân, nông thôn.", 2018, 8, 5);
	c = find_cit(r, "Nghị quyết", "26", 0);
	CHECK(r->ncitations == 1 && c && str_is(c->code, "26-NQ/TW") && c->plenum == 7 && str_is(c->term, "X") &&
		  c->mentions == 2, "26: %d citations, %s / %d / %s", r->ncitations, c && c->code ? c->code : "NULL",
		  c ? c->plenum : -1, c && c->term ? c->term : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nHuyện ủy Tân Châu tổng kết Nghị quyết Trung ương 4 khóa XII (Nghị quyết số "
				"04-NQ/TW ngày 30/10/2016) về tăng cường xây dựng, chỉnh đốn Đảng. Đảng ủy xã Phú Lộc "
				"quán triệt Nghị quyết số 18-NQ/TW (Nghị quyết Hội nghị Trung ương 6 khóa XII) về sắp xếp "
				"tổ chức bộ máy và Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XII "
				"(27-NQ/TW) về cải cách tiền lương.", 2019, 3, 2);
	CHECK(r->ncitations == 3, "%d citations", r->ncitations);
	c = find_cit(r, "Nghị quyết", "4", 0);
	CHECK(c && str_is(c->code, "04-NQ/TW") && c->plenum == 4 && str_is(c->term, "XII") &&
		  c->issued.y == 2016 && str_is(c->issuer, "Ban Chấp hành Trung ương"),
		  "04: %s / %d / %s", c && c->code ? c->code : "NULL", c ? c->plenum : -1,
		  c && c->term ? c->term : "NULL");
	c = find_cit(r, "Nghị quyết", "18", 0);
	CHECK(c && c->plenum == 6 && str_is(c->term, "XII"), "18: %d / %s", c ? c->plenum : -1,
		  c && c->term ? c->term : "NULL");
	c = find_cit(r, "Nghị quyết", "27", 0);
	CHECK(c && str_is(c->code, "27-NQ/TW") && c->plenum == 7 && str_is(c->term, "XII"),
		  "27: %s / %d", c && c->code ? c->code : "NULL", c ? c->plenum : -1);
	gb_result_free(r);
	/* a directive in the parentheses is another document; a province's code is no plenum's */
	r = extract("Tin hoạt động\nĐảng ủy xã Vĩnh Hòa sơ kết Nghị quyết Trung ương 4 khóa XII (Chỉ thị "
				"05-CT/TW) và Nghị quyết Trung ương 3 khóa XI (Nghị quyết 09-NQ/TU) về cán bộ.", 2019, 3, 2);
	c = find_cit(r, "Nghị quyết", NULL, 4);
	CHECK(c && str_is(c->term, "XII") && find_cit(r, "Chỉ thị", "5", 0), "plenum 4 and Chỉ thị 05 apart");
	c = find_cit(r, "Nghị quyết", NULL, 3);
	CHECK(c && str_is(c->term, "XI"), "plenum 3 keeps no number");
	gb_result_free(r);
	/*
	 * a bare number without "số" is the plenum's short form; a local
	 * document was passed at no plenum of the Central Committee
	 */
	r = extract("Tin hoạt động\nĐảng ủy quán triệt Nghị quyết Trung ương 4 khóa XII (Nghị quyết 4) về xây "
				"dựng Đảng. Tỉnh ủy Long An thực hiện Nghị quyết 05-NQ/TU (Nghị quyết Trung ương 7 khóa X) "
				"về nông nghiệp.", 2019, 3, 2);
	c = find_cit(r, "Nghị quyết", NULL, 4);
	CHECK(c && str_is(c->term, "XII") && c->mentions == 2, "(Nghị quyết 4) is plenum 4's short form");
	c = find_cit(r, "Nghị quyết", "5", 0);
	CHECK(c && c->plenum == 0 && c->term == NULL, "05-NQ/TU: plenum %d", c ? c->plenum : -1);
	gb_result_free(r);
	/* plenums or terms listed together are several documents, which one number does not name */
	r = extract("Tin hoạt động\nĐảng ủy quán triệt Nghị quyết Trung ương 8 và 9 khóa XII (Nghị quyết số "
				"35-NQ/TW) về quốc phòng và Nghị quyết Trung ương 4 (khóa XI, XII) (Nghị quyết số 04-NQ/TW) "
				"về xây dựng Đảng.", 2019, 3, 2);
	CHECK(r->ncitations == 4 && find_cit(r, "Nghị quyết", NULL, 8) && find_cit(r, "Nghị quyết", NULL, 9) &&
		  !find_cit(r, "Nghị quyết", "35", 0) && !find_cit(r, "Nghị quyết", "4", 0),
		  "lists: %d citations", r->ncitations);
	gb_result_free(r);
}

/*
 * T2: a plenum's resolution is the Central Committee's: a body after "của"
 * that is not a central one ("của Sư đoàn 7", "của Huyện ủy") implements it
 * and is no issuer; a central body stays.
 */
static void
test_cit_plenum_issuer_cua(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin hoạt động\nSáng 4/6/2019, Đảng ủy Sư đoàn 7 tổ chức Hội nghị sơ kết 5 năm thực hiện "
				"Nghị quyết Trung ương 7 của Sư đoàn 7. Huyện ủy Tân Phong quán triệt Nghị quyết Trung ương 5 "
				"(khóa XII) của Huyện ủy về kinh tế tập thể và Nghị quyết Trung ương 9 khóa XII của Ban Chấp "
				"hành Trung ương Đảng về văn hóa.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 7);
	CHECK(c && c->issuer == NULL, "plenum 7: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Nghị quyết", NULL, 5);
	CHECK(c && c->issuer == NULL && str_is(c->term, "XII") && str_is(c->subject, "kinh tế tập thể"),
		  "plenum 5: %s / %s", c && c->issuer ? c->issuer : "NULL", c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Nghị quyết", NULL, 9);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương") && str_is(c->term, "XII"),
		  "plenum 9: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
}

/*
 * T3: "- khóa N" after a plenum's resolution, also after its short form in
 * parentheses ("(NQTW6)"), is its term, and the subject after it is read;
 * a parenthesized short form of a numbered document ("(CT09)") is skipped.
 */
static void
test_cit_term_after_dash(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin hoạt động\nHuyện ủy Tân Phong sơ kết Nghị quyết Trung ương 6 (NQTW6) - khóa X về \"Phát "
				"triển nông nghiệp bền vững\" và Nghị quyết Trung ương 3 – khóa XI về giáo dục. Các chi bộ "
				"thực hiện Chỉ thị số 09 (CT09) của Bộ Chính trị về thi đua.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 6);
	CHECK(c && str_is(c->term, "X") && str_is(c->subject, "Phát triển nông nghiệp bền vững"),
		  "plenum 6: %s / %s", c && c->term ? c->term : "NULL", c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Nghị quyết", NULL, 3);
	CHECK(c && str_is(c->term, "XI") && str_is(c->subject, "giáo dục"),
		  "plenum 3: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Chỉ thị", "9", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị") && str_is(c->subject, "thi đua"),
		  "09: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
}

/*
 * T4: titles written before ", đồng chí NAME" opening the clause are that
 * person's, as "NAME, title" gives them; after a verb ("bầu Bí thư, đồng
 * chí A") the title is the office voted on, not A's.
 */
static void
test_titles_before_honorific(void)
{
	check_official("Tin vắn\nPhó Trưởng Ban Tuyên giáo Tỉnh ủy, Trưởng đoàn kiểm tra, đồng chí Quách Văn Định "
				   "phát biểu.", "Quách Văn Định", "đồng chí",
				   "Phó Trưởng Ban Tuyên giáo Tỉnh ủy | Trưởng đoàn kiểm tra");
	check_official("Tin vắn\nPhát biểu tại hội nghị, Phó Bí thư Huyện ủy, đồng chí Lò Thị Nga đề nghị các chi bộ "
				   "quan tâm.", "Lò Thị Nga", "đồng chí", "Phó Bí thư Huyện ủy");
	check_official("Tin vắn\nĐại hội đã bầu đồng chí Mạc Văn Hùng giữ chức Bí thư Chi bộ, đồng chí Vi Thị Lan "
				   "Phó Bí thư Chi bộ.", "Vi Thị Lan", "đồng chí", "Phó Bí thư Chi bộ");
}

/*
 * T5: a place named with an honorific in it ("Hai Bà Trưng", "Ông Ích
 * Khiêm", "Bà Huyện Thanh Quan") is no person, in a heading in capitals
 * or in a sentence, and is read whole after a committee.
 */
static void
test_place_with_honorific(void)
{
	GbResult   *r = extract("Tin hoạt động\nHỘI NGHỊ GIAO BAN CÔNG TÁC TUYÊN GIÁO QUẬN HAI BÀ TRƯNG THÁNG 5 NĂM 2024\n"
							"Sáng 8/5/2024, Ban Tuyên giáo Quận ủy tổ chức hội nghị giao ban. Đại biểu đến từ "
							"đường Ông Ích Khiêm và đường Bà Huyện Thanh Quan dự.", 0, 0, 0);

	CHECK(r->nofficials == 0, "place with honorific: %d persons, first %s", r->nofficials,
		  r->nofficials ? r->officials[0].name : "-");
	gb_result_free(r);
	check_official("Tin vắn\nĐồng chí Lò Văn Sáng, Bí thư Quận ủy Hai Bà Trưng phát biểu.", "Lò Văn Sáng",
				   "đồng chí", "Bí thư Quận ủy Hai Bà Trưng");
	/* "Ba Đình" is a district, "Bà Đinh Thị Lan" a woman: the place is matched as spelled */
	check_official("Tin vắn\nBà Đinh Thị Lan, Bí thư Huyện ủy, phát biểu.", "Đinh Thị Lan", "bà",
				   "Bí thư Huyện ủy");
	check_official("Tin vắn\nDự có bà Đinh Thị Mai, Phó Chủ tịch UBND quận Ba Đình.", "Đinh Thị Mai", "bà",
				   "Phó Chủ tịch UBND quận Ba Đình");
	check_official("Tin vắn\nĐồng chí Lê Văn An, Bí thư Quận ủy Ba Đình phát biểu.", "Lê Văn An", "đồng chí",
				   "Bí thư Quận ủy Ba Đình");
	r = extract("Tin vắn\nĐại biểu quận Ba Đình và quận Hai Bà Trưng dự.", 0, 0, 0);
	CHECK(r->nofficials == 0, "Ba Đình is no person: %d", r->nofficials);
	gb_result_free(r);
}

/* The headline found in text is want (NULL: none). */
static void
head_title_is(const char *text, const char *want)
{
	GbResult   *r = extract(text, 0, 0, 0);

	CHECK(want ? str_is(r->meeting.title, want) : r->meeting.title == NULL, "title %s, want %s",
		  r->meeting.title ? r->meeting.title : "NULL", want ? want : "NULL");
	gb_result_free(r);
}

/*
 * T10: a line that is one phrase written twice ("CHỈ ĐẠO ĐIỀU HÀNH CHỈ
 * ĐẠO ĐIỀU HÀNH") is a section's name from the page's menu, no headline;
 * the headline is the line under it.
 */
static void
test_headline_doubled_section(void)
{
	head_title_is("TIN TỨC SỰ KIỆN TIN TỨC SỰ KIỆN\n\nHỘI NGHỊ SƠ KẾT CÔNG TÁC DÂN VẬN QUÝ III NĂM 2024\n"
				  "Ngày đăng 30/09/2024 | 10:12 | Lượt xem: 25\n\nSáng 27/9/2024, Ban Dân vận Huyện ủy Minh Sơn "
				  "tổ chức hội nghị sơ kết công tác dân vận quý III.",
				  "HỘI NGHỊ SƠ KẾT CÔNG TÁC DÂN VẬN QUÝ III NĂM 2024");
	/* a phrase said twice with more around it is a headline still */
	head_title_is("Đoàn kết, đoàn kết, đại đoàn kết: Huyện ủy Minh Sơn sơ kết công tác dân vận\n\n"
				  "Sáng 27/9/2024, Ban Dân vận Huyện ủy Minh Sơn tổ chức hội nghị sơ kết công tác dân vận.",
				  "Đoàn kết, đoàn kết, đại đoàn kết: Huyện ủy Minh Sơn sơ kết công tác dân vận");
}

/*
 * T11: a first line "Ngày 18/5: Khai mạc ..." is a headline with a date
 * label, not the lead's dateline: it is the title, and the "Cập nhật" line
 * under it gives the publication date.  A lead's sentence after the colon
 * still opens the lead.
 */
static void
test_headline_date_label(void)
{
	GbResult   *r = extract("Ngày 12/4: Khai mạc Đại hội Đảng bộ xã Minh Sơn\n\nCập nhật, 08:15, Thứ Sáu, 12/04/2024\n\n"
							"Sáng 12/4/2024, Đảng bộ xã Minh Sơn khai mạc Đại hội lần thứ X.", 0, 0, 0);

	CHECK(str_is(r->meeting.title, "Ngày 12/4: Khai mạc Đại hội Đảng bộ xã Minh Sơn") &&
		  r->meeting.published.y == 2024 && r->meeting.published.m == 4 && r->meeting.published.d == 12,
		  "date label: title %s, published %d-%d-%d", r->meeting.title ? r->meeting.title : "NULL",
		  r->meeting.published.y, r->meeting.published.m, r->meeting.published.d);
	gb_result_free(r);
	head_title_is("Ngày 12/4: Đảng bộ xã Minh Sơn khai mạc Đại hội lần thứ X với sự tham dự của 120 đảng viên "
				  "tiêu biểu trong toàn xã.\nĐại hội bầu Ban Chấp hành nhiệm kỳ mới.", NULL);
}

/*
 * T12: a first line ending in '.' with the words of a short lead ("...,
 * BCH Trung ương Đảng khóa XII.") just above the outlet's tag that opens
 * the lead ("(NTO) Ngày 4-1, ...") is the headline; with no tag under it,
 * it is still read as the lead.
 */
static void
test_headline_sentence_above_tag(void)
{
	head_title_is("Huyện ủy: Quán triệt nhanh kết quả Hội nghị lần thứ 9, Ban Chấp hành Trung ương Đảng khóa XII.\n\n"
				  "(BMS) Ngày 6-3, đồng chí Lò Văn Sáng, Bí thư Huyện ủy quán triệt nhanh kết quả Hội nghị cho cán bộ "
				  "chủ chốt.",
				  "Huyện ủy: Quán triệt nhanh kết quả Hội nghị lần thứ 9, Ban Chấp hành Trung ương Đảng khóa XII.");
	head_title_is("Huyện ủy Minh Sơn đã quán triệt nhanh kết quả Hội nghị lần thứ 9, Ban Chấp hành Trung ương Đảng "
				  "khóa XII.\n\nNgày 6-3, đồng chí Lò Văn Sáng, Bí thư Huyện ủy quán triệt nhanh kết quả Hội nghị cho "
				  "cán bộ chủ chốt.", NULL);
}

/*
 * S5: a byline in capitals is a name of 2-4 syllables each, or names so
 * joined; a site's banner in capitals closing the page ("ĐỒNG HÀNH CÙNG
 * DOANH NGHIỆP") is none.
 */
static void
test_byline_caps_banner(void)
{
	const char *texts[] = {
		"Tin hoạt động\nNgày 5/6/2024, Đảng bộ xã Minh Sơn tiến hành Đại hội lần thứ X, nhiệm kỳ 2024-2029.\n"
		"Chia sẻ bài viết\n\n\nVÌ CỘNG ĐỒNG PHÁT TRIỂN BỀN VỮNG",
		"Tin hoạt động\nNgày 5/6/2024, Đảng bộ xã Minh Sơn tiến hành Đại hội lần thứ X, nhiệm kỳ 2024-2029.\n"
		"LÒ THỊ HOA MAI",
		"Tin hoạt động\nNgày 5/6/2024, Đảng bộ xã Minh Sơn tiến hành Đại hội lần thứ X, nhiệm kỳ 2024-2029.\n"
		"MINH KHANG - VI THỊ LAN",
	};
	const char *want[] = {NULL, "LÒ THỊ HOA MAI", "MINH KHANG - VI THỊ LAN"};
	int			k;

	for (k = 0; k < 3; k++)
	{
		GbResult   *r = extract(texts[k], 0, 0, 0);

		CHECK(want[k] ? str_is(r->meeting.author, want[k]) : r->meeting.author == NULL, "author %s, want %s",
			  r->meeting.author ? r->meeting.author : "NULL", want[k] ? want[k] : "NULL");
		gb_result_free(r);
	}
}

/*
 * T7: an army unit named by itself ("Quân khu 9", "Quân chủng Hải quân")
 * organizes a meeting as its Party committee or command would.
 */
static void
test_organizer_army_unit(void)
{
	org_is("Tin hoạt động\nNgày 20-2-2013, Quân khu 9 đã tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết.",
		   "Quân khu 9", "tổng kết");
	org_is("Tin hoạt động\nSáng 3/4/2014, Quân chủng Hải quân tổ chức Hội nghị sơ kết công tác.",
		   "Quân chủng Hải quân", "sơ kết");
	org_is("Tin hoạt động\nSáng 3/4/2014, Sư đoàn 7 tổ chức Hội nghị sơ kết công tác.", "Sư đoàn 7", "sơ kết");
}

/*
 * T6: "A được X chọn tổ chức đại hội điểm": X chose, A (the subject of the
 * passive) holds the meeting; never "X chọn"; a bare "Đảng bộ" is none.
 */
static void
test_organizer_passive_chosen(void)
{
	org_case("Tin hoạt động\nSáng 18/5/2020, Đảng bộ xã Tân Lập và xã Minh Sơn đồng loạt khai mạc Đại hội Đại "
			 "biểu Đảng bộ xã nhiệm kỳ 2020- 2025. Trong đó, xã Minh Sơn là đơn vị được Huyện ủy Long Hà chọn tổ "
			 "chức đại hội điểm.", NULL, "được X chọn");
	org_case("Tin hoạt động\nSáng 18/5/2020, xã Minh Sơn là đơn vị được Huyện ủy Long Hà giao tổ chức đại hội "
			 "điểm.", NULL, "được X giao");
	org_is("Tin hoạt động\nSáng 18/5/2020, Đảng bộ xã Minh Sơn được Huyện ủy Long Hà chọn tổ chức đại hội điểm "
		   "nhiệm kỳ 2020-2025.", "Đảng bộ xã Minh Sơn", "đại hội");
	org_is("Tin hoạt động\nSáng 18/5/2020, Đảng bộ xã Minh Sơn được Huyện ủy Long Hà giao tổ chức hội nghị "
		   "điểm về công tác dân vận.", "Đảng bộ xã Minh Sơn", "hội nghị");
}

/*
 * R9 (probe 48 G1): a body's name with only its first word in lower case
 * ("tỉnh ủy Hải Dương", "ban thường vụ Tỉnh ủy", "bộ Chính trị") issues
 * and organizes as the capitalized one does, named in canonical case; not
 * a head alone ("của tỉnh ủy") nor a class ("các huyện ủy, thành ủy").
 */
static void
test_lower_first_word_body(void)
{
	static const struct
	{
		const char *of,
				   *issuer;
	}			cases[] = {
		{"của tỉnh ủy Hải Dương", "Tỉnh ủy Hải Dương"},
		{"của huyện ủy Ninh Giang", "Huyện ủy Ninh Giang"},
		{"của thành ủy Cần Thơ", "Thành ủy Cần Thơ"},
		{"của quận ủy Hoàn Kiếm", "Quận ủy Hoàn Kiếm"},
		{"của ban thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"},
		{"của bộ Chính trị", "Bộ Chính trị"},
		{"của ban Tổ chức Trung ương", "Ban Tổ chức Trung ương"},
		{"của tỉnh ủy", NULL},
	};
	char		text[512];
	GbResult   *r;
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		const GbCitation *c;

		snprintf(text, sizeof(text), "Thực hiện Kế hoạch số 183-KH/TU ngày 28/11/2023 %s về tổ chức "
				 "nghiên cứu, học tập nghị quyết.", cases[i].of);
		r = extract(text, 0, 0, 0);
		c = find_cit(r, "Kế hoạch", "183", 0);
		CHECK(c && (cases[i].issuer ? str_is(c->issuer, cases[i].issuer) : c->issuer == NULL),
			  "lower issuer %d: %s", i, c && c->issuer ? c->issuer : "NULL");
		gb_result_free(r);
	}
	org_is("Tin vắn\nSáng 21/12/2023, huyện ủy Ninh Giang tổ chức Hội nghị quán triệt Nghị quyết.",
		   "Huyện ủy Ninh Giang", NULL);
	org_is("Tin vắn\nSáng 21/12/2023, thành ủy Đà Nẵng tổ chức hội nghị sơ kết.", "Thành ủy Đà Nẵng", NULL);
	org_is("Tin vắn\nSáng 21/12/2023, ban thường vụ Huyện ủy tổ chức hội nghị sơ kết.",
		   "Ban Thường vụ Huyện ủy", NULL);
	org_case("Tin vắn\nSáng 21/12/2023, các huyện ủy, thành ủy Hà Nội tổ chức hội nghị quán triệt.", NULL,
			 "a class of bodies");
}

/*
 * R9 (probe 64 G7): a grassroots issuer in lower case, "của chi bộ Cơ quan"
 * (the cell's name in capitals, inside a longer head) or "của đảng ủy xã
 * Tân Hồng" (a committee, a level word and a place), issues as the
 * capitalized one does; ordinary prose ("của chi bộ và đảng viên", "của
 * đảng ủy xã"), and a list of levels sharing the head ("các huyện, thị,
 * thành ủy tỉnh Khánh Hòa"), names no body.
 */
static void
test_lower_grassroots_issuer(void)
{
	static const struct
	{
		const char *of,
				   *issuer;
	}			cases[] = {
		{"của chi bộ Cơ quan", "chi bộ Cơ quan"},
		{"của chi bộ Văn phòng", "chi bộ Văn phòng"},
		{"của Chi bộ Cơ quan", "Chi bộ Cơ quan"},
		{"của đảng ủy xã Tân Hồng", "Đảng ủy xã Tân Hồng"},
		{"của đảng ủy phường Tân Định", "Đảng ủy phường Tân Định"},
		{"của đảng ủy thị trấn Phú Mỹ", "Đảng ủy thị trấn Phú Mỹ"},
		{"của đảng ủy phường 3", "Đảng ủy phường 3"},
		{"của huyện ủy huyện Lục Nam", "Huyện ủy huyện Lục Nam"},
		{"của Đảng ủy xã Tân Hồng", "Đảng ủy xã Tân Hồng"},
		{"của chi bộ và đảng viên", NULL},
		{"của chi bộ cơ quan", NULL},
		{"của đảng ủy xã", NULL},
		{"của đảng ủy xã và nhân dân", NULL},
	};
	char		text[512];
	GbResult   *r;
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		const GbCitation *c;

		snprintf(text, sizeof(text), "Năm 2023, chi bộ thực hiện Nghị quyết số 37-NQ/CB ngày 26/12/2022 "
				 "%s về nhiệm vụ, giải pháp trọng tâm năm 2023.", cases[i].of);
		r = extract(text, 0, 0, 0);
		c = find_cit(r, "Nghị quyết", "37", 0);
		CHECK(c && (cases[i].issuer ? str_is(c->issuer, cases[i].issuer) : c->issuer == NULL),
			  "lower grassroots issuer %d: %s", i, c && c->issuer ? c->issuer : "NULL");
		gb_result_free(r);
	}
	org_is("Tin vắn\nSáng 5/3/2023, đảng ủy xã Tân Hồng tổ chức hội nghị sơ kết công tác quý I.",
		   "Đảng ủy xã Tân Hồng", NULL);
	/* the whole class as written (probe 64 G6), never its last item alone */
	org_case("Tin vắn\nChiều 28/12/2022, Khối thi đua Ban Dân vận các huyện, thị, thành ủy tỉnh Khánh Hòa "
			 "tổ chức Hội nghị tổng kết công tác thi đua năm 2022.",
			 "Khối thi đua Ban Dân vận các huyện, thị, thành ủy tỉnh Khánh Hòa", "levels sharing the head");
}

/*
 * R9 (probe 48 G3): "X của tỉnh tổ chức hội nghị": whose the body is, a
 * level alone, is of its name; "tổ chức 02 cuộc hội nghị": a few meetings
 * counted are held, as "tổ chức hội nghị", in digits or words ("hai hội
 * nghị"); not a tally ("15 hội nghị").
 */
static void
test_organizer_of_level_and_count(void)
{
	org_is("Tin vắn\nSáng 15/5/2019, Đảng ủy Khối các cơ quan của tỉnh tổ chức hội nghị triển khai Chỉ thị "
		   "28-CT/TW.", "Đảng ủy Khối các cơ quan của tỉnh", NULL);
	org_is("Tin vắn\nSáng 15/5/2019, Hội Nông dân của huyện đã tổ chức hội nghị sơ kết.",
		   "Hội Nông dân của huyện", NULL);
	org_is("Tin vắn\nSáng 22/8/2019, Ban Thường vụ Huyện ủy Thới Bình đã tổ chức 02 cuộc hội nghị (Hội nghị "
		   "cán bộ chủ chốt và Hội nghị đảng viên) để quán triệt Nghị quyết số 35-NQ/TW.",
		   "Ban Thường vụ Huyện ủy Thới Bình", NULL);
	org_is("Tin vắn\nSáng 22/8/2019, Huyện ủy Cái Nước tổ chức 2 hội nghị quán triệt.", "Huyện ủy Cái Nước",
		   NULL);
	org_case("Tin vắn\nNăm 2019, Huyện ủy Cái Nước đã tổ chức 15 hội nghị quán triệt.", NULL, "a tally");
	/* the count in words (stop 24's list) */
	org_is("Tin vắn\nSáng 22/8/2019, Huyện ủy Cái Nước tổ chức hai hội nghị quán triệt.", "Huyện ủy Cái Nước",
		   NULL);
	org_is("Tin vắn\nSáng 22/8/2019, Đảng ủy xã Tân Hưng tổ chức ba cuộc hội nghị.", "Đảng ủy xã Tân Hưng", NULL);
	org_case("Tin vắn\nSáng 22/8/2019, Đảng ủy xã Tân Hưng tổ chức bà Hội nghị.", NULL, "bà, not ba");
}

/*
 * R9 (probe 49 G7): a headline's short form of the body the lead names in
 * full ("Đảng bộ Quảng Nam" of "Đảng bộ tỉnh Quảng Nam", "Quân khu 2" of
 * "Đảng bộ Quân khu 2") gives way to the lead's; another body does not.
 */
static void
test_organizer_headline_short_form(void)
{
	org_is("Đại hội Đảng bộ Quảng Nam lần thứ XXII\n\nSáng 14/10/2020, Đại hội đại biểu Đảng bộ tỉnh Quảng "
		   "Nam lần thứ XXII đã khai mạc.\n", "Đảng bộ tỉnh Quảng Nam", "đại hội");
	org_is("Quân khu 2 long trọng tổ chức Đại hội đại biểu Đảng bộ lần thứ X, nhiệm kỳ 2025 - 2030\n\nSáng "
		   "18/8/2025, Đại hội đại biểu Đảng bộ Quân khu 2 lần thứ X, nhiệm kỳ 2025 - 2030 đã long trọng "
		   "khai mạc.\n", "Đảng bộ Quân khu 2", "đại hội");
	org_is("Đại hội Đảng bộ Gia Lai lần thứ I\n\nSáng 18/8/2025, Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần "
		   "thứ I đã khai mạc.\n", "Đảng bộ tỉnh Gia Lai", "đại hội");
	org_is("Đại hội Đảng bộ Quảng Nam lần thứ XXII\n\nSáng 14/10/2020, Đại hội đại biểu Đảng bộ tỉnh Quảng "
		   "Ngãi lần thứ XXII đã khai mạc.\n", "Đảng bộ Quảng Nam", "đại hội");
}

/*
 * R9 (probe 61 G3): a headline's body that is a part of the one the
 * sentence under it names in full ("Công an tỉnh" of "Đảng ủy Công an tỉnh
 * Thanh Hoá", "Huyện ủy" of "Ban Thường vụ Huyện ủy Yên Lập") gives way to
 * it when that sentence has no date too; another body does not.
 */
static void
test_organizer_headline_part_undated(void)
{
	org_is("Công an tỉnh tổ chức nghiên cứu, học tập, quán triệt Nghị quyết\n\nĐảng ủy Công an tỉnh Thanh "
		   "Hoá vừa tổ chức Hội nghị nghiên cứu, học tập, quán triệt Nghị quyết cho cán bộ chủ chốt.\n",
		   "Đảng ủy Công an tỉnh Thanh Hóa", "quán triệt");
	org_is("Huyện ủy tổ chức hội nghị quán triệt nghị quyết\n\nBan Thường vụ Huyện ủy Yên Lập vừa tổ chức "
		   "hội nghị quán triệt nghị quyết cho cán bộ chủ chốt.\n", "Ban Thường vụ Huyện ủy Yên Lập",
		   "quán triệt");
	org_is("Tỉnh ủy tổ chức hội nghị cán bộ chủ chốt\n\nBan Thường vụ Tỉnh ủy Minh Sơn đã tổ chức hội nghị "
		   "cán bộ chủ chốt toàn tỉnh.\n", "Ban Thường vụ Tỉnh ủy Minh Sơn", "hội nghị");
	/* a byline between the headline and the lead */
	org_is("Công an huyện tổ chức hội nghị sơ kết\nThu Hà\nĐảng ủy Công an huyện Minh Sơn vừa tổ chức hội "
		   "nghị sơ kết công tác 6 tháng.\n", "Đảng ủy Công an huyện Minh Sơn", "sơ kết");
	/* another body under the headline: the headline's kept */
	org_is("Huyện ủy tổ chức hội nghị quán triệt nghị quyết\n\nĐảng ủy xã Tân Lập vừa tổ chức hội nghị "
		   "quán triệt nghị quyết.\n", "Huyện ủy", "quán triệt");
}

/*
 * R9 (probe 63 G1): an organizer is taken only from a "tổ chức" clause
 * whose object is the meeting reported: not from another event's "Hội
 * thao do ... tổ chức", "cuộc thi khu vực do ... tổ chức", nor from a
 * later sentence's "... đã tổ chức lễ khai mạc triển lãm ảnh", whether in
 * the lead's line or the next.  A clause holding the meeting still names
 * it, and the lead's own organizer stays.
 */
static void
test_organizer_other_event(void)
{
	static const char *const other[] = {
		"TỔNG KẾT CÔNG TÁC HỘI NĂM 2022\n\nKết luận hội nghị, đồng chí Nguyễn Văn An, Chủ tịch Hội Cựu "
		"chiến binh tỉnh đề nghị các cấp Hội tham gia Hội thao do Bộ Chỉ huy Quân sự tỉnh tổ chức.\n",
		"TỔNG KẾT CÔNG TÁC HỘI NĂM 2023\n\nKết luận hội nghị, đồng chí Trần Thị Bình, Chủ tịch Hội Nông "
		"dân tỉnh đề nghị các cấp Hội tham dự cuộc thi khu vực do Trung ương Hội Nông dân Việt Nam tổ "
		"chức.\n",
		"Chiều 4/10, phiên trù bị Đại hội đại biểu Phụ nữ tỉnh Long An lần thứ XI diễn ra tại Hội trường "
		"tỉnh.\n\nTrước đó, sáng cùng ngày, Hội Liên hiệp phụ nữ tỉnh đã tổ chức lễ khai mạc triển lãm "
		"ảnh.\n",
	};
	int			i;

	for (i = 0; i < (int) (sizeof(other) / sizeof(other[0])); i++)
	{
		GbResult   *r = extract(other[i], 2023, 5, 20);

		CHECK(r->meeting.organizer == NULL, "another event's organizer %d: %s", i,
			  r->meeting.organizer);
		gb_result_free(r);
	}
	/* the congress heading its clause names its own organization (probe 65 G2), never the later event's */
	/*
	 * nor the committee it elected, which "họp phiên thứ nhất", its own
	 * sitting (probe 64 G3); the Front's congress written "MTTQ" (stop 28 G2)
	 */
	org_is("Trưa 23/8, Đại hội đại biểu MTTQ Việt Nam tỉnh Kiên Giang lần thứ XI, nhiệm kỳ 2024 - 2029 đã "
		   "hoàn thành chương trình đề ra.\n\nỦy ban MTTQ Việt Nam tỉnh Kiên Giang khóa XI, nhiệm kỳ "
		   "2024-2029 họp phiên thứ nhất, hiệp thương cử Chủ tịch và 2 Phó Chủ tịch.\n",
		   "MTTQ Việt Nam tỉnh Kiên Giang", "đại hội");
	org_is("Chiều 19/5, phiên trù bị Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VII diễn ra tại Hội "
		   "trường Tỉnh ủy. Trước đó, sáng cùng ngày, Sở Văn hóa đã tổ chức lễ khai mạc triển lãm ảnh.\n",
		   "Hội Cựu chiến binh tỉnh", "đại hội");
	org_is("Sáng 19/5/2023, Hội Cựu chiến binh tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2022.\n\n"
		   "Kết luận hội nghị, đồng chí Nguyễn Văn An đề nghị các cấp Hội tham gia Hội thao do Bộ Chỉ huy "
		   "Quân sự tỉnh tổ chức.\n", "Hội Cựu chiến binh tỉnh", "tổng kết");
	org_is("TỔNG KẾT CÔNG TÁC HỘI NĂM 2022\n\nHội nghị tổng kết công tác Hội năm 2022 do Hội Nông dân tỉnh "
		   "Long An tổ chức đã thảo luận nhiều ý kiến.\n", "Hội Nông dân tỉnh Long An", "tổng kết");
	org_is("TỔNG KẾT CÔNG TÁC HỘI NĂM 2022\n\nKết luận hội nghị, đồng chí Trần Văn Bảy đề nghị các cấp "
		   "Hội thi đua.\n\nHội Nông dân tỉnh Long An đã tổ chức hội nghị tổng kết công tác Hội năm 2022 "
		   "tại Hội trường.\n", "Hội Nông dân tỉnh Long An", "tổng kết");
	/* the plain "hội nghị" holds the headline's kind; "Do ..." opening a clause is a cause */
	org_is("TỔNG KẾT CÔNG TÁC HỘI NĂM 2022\n\nKết luận hội nghị, đồng chí Trần Văn Bảy đề nghị các cấp "
		   "Hội thi đua.\n\nDo ảnh hưởng của bão, Hội Nông dân tỉnh Long An đã tổ chức hội nghị trực "
		   "tuyến.\n", "Hội Nông dân tỉnh Long An", "tổng kết");
}

/*
 * R9 (probe 63 G2): an apposition counting the body's members, "gồm 68
 * đồng chí", "gồm 45 ủy viên", between its term and its verb is skipped
 * as it is right after the body's name.
 */
static void
test_organizer_counted_members(void)
{
	org_is("Chiều 19/5/2025, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh khóa XX, nhiệm kỳ 2025 - 2030 gồm 68 đồng "
		   "chí đã tiến hành Hội nghị lần thứ I.\n", "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", NULL);
	org_is("Chiều 2/10/2025, Ban Chấp hành Đảng bộ huyện Tân Lập khóa XXVI, nhiệm kỳ 2025 - 2030, gồm 45 "
		   "ủy viên, đã tổ chức Hội nghị lần thứ nhất.\n", "Ban Chấp hành Đảng bộ huyện Tân Lập", NULL);
	org_is("Sáng 3/10/2025, Ban Chấp hành Đảng bộ thành phố Cần Thơ khóa XVI gồm 55 đồng chí tổ chức Hội "
		   "nghị lần thứ nhất.\n", "Ban Chấp hành Đảng bộ thành phố Cần Thơ", NULL);
	/* without the count, as before */
	org_is("Chiều 19/5/2025, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh khóa XX, nhiệm kỳ 2025 - 2030 đã tiến hành "
		   "Hội nghị lần thứ I.\n", "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", NULL);
	org_is("Chiều 19/5/2025, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh gồm 68 đồng chí đã tiến hành Hội nghị lần "
		   "thứ I.\n", "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", NULL);
}

/*
 * R9 (probe 64 G1): a place in apposition set off by commas between the
 * body and its verb, a level and a name (", tỉnh Hà Tĩnh,", ", TP.HCM,",
 * ", TP Cần Thơ,") or a name alone (", An Giang,"), is skipped: the body
 * is the organizer as written before it.  Without the closing comma and in
 * brackets, as before.
 */
static void
test_organizer_place_closed(void)
{
	org_is("Ngày 8-8, Đảng bộ phường Chợ Lớn, TP.HCM, tổ chức Đại hội đại biểu Đảng bộ phường lần thứ I, "
		   "nhiệm kỳ 2025 - 2030.\n", "Đảng bộ phường Chợ Lớn", "đại hội");
	org_is("Ngày 8-8, Đảng bộ phường Chợ Lớn, TP.HCM, tổ chức Đại hội đại biểu lần thứ I.\n",
		   "Đảng bộ phường Chợ Lớn", "đại hội");
	org_is("Ngày 5-8, Đảng bộ xã Hòa Phú, tỉnh Đắk Lắk, tổ chức Đại hội đại biểu lần thứ I.\n",
		   "Đảng bộ xã Hòa Phú", "đại hội");
	org_is("Sáng 8-8, Huyện ủy Thạch Hà, tỉnh Hà Tĩnh, tổ chức hội nghị giao ban công tác xây dựng Đảng "
		   "quý II.\n", "Huyện ủy Thạch Hà", "giao ban");
	org_is("Sáng 8-8, Ban Tổ chức Huyện ủy Thoại Sơn, An Giang, tổ chức hội nghị tập huấn.\n",
		   "Ban Tổ chức Huyện ủy Thoại Sơn", NULL);
	org_is("Sáng 8-8, Ban Tổ chức Thành ủy, TP Cần Thơ, đã tổ chức hội nghị tập huấn.\n",
		   "Ban Tổ chức Thành ủy", NULL);
	org_is("Sáng 8-8, Đảng ủy xã Tân Lập, huyện Minh Sơn, tỉnh Hòa Bình, tổ chức hội nghị sơ kết.\n",
		   "Đảng ủy xã Tân Lập", "sơ kết");
	org_is("Ngày 8-8, Đảng bộ Phường 11, TP. Vũng Tàu, vừa tổ chức Đại hội.\n", "Đảng bộ Phường 11",
		   "đại hội");
	/* as before: no closing comma, or the city in brackets */
	org_is("Ngày 5-8, Đảng bộ xã Hòa Phú, tỉnh Đắk Lắk tổ chức Đại hội đại biểu lần thứ I.\n",
		   "Đảng bộ xã Hòa Phú", "đại hội");
	org_is("Ngày 8-8, Đảng bộ phường Chợ Lớn (TP.HCM) tổ chức Đại hội đại biểu lần thứ I.\n",
		   "Đảng bộ phường Chợ Lớn", "đại hội");
	/* a body closing a person's title is no subject */
	org_case("Sáng 8-8, đồng chí Nguyễn Văn An, Bí thư Huyện ủy Thạch Hà, tỉnh Hà Tĩnh, chủ trì hội nghị "
			 "giao ban.\n", NULL, "a title's body, a place after it");
}

/*
 * R9 (probe 64 G5): "tổ chức Phiên làm việc thứ nhất (của) Đại hội", a
 * numbered sitting of the meeting named after it, holds that meeting as
 * "phiên thứ nhất", "phiên trù bị" do: its subject is the organizer.  A
 * "phiên làm việc với" a body is still a working session.
 */
static void
test_organizer_working_sitting(void)
{
	org_is("Chiều 28-11, tại Hội trường lớn trụ sở Tỉnh ủy, Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang đã tổ "
		   "chức Phiên làm việc thứ nhất Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030.\n",
		   "Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang", "đại hội");
	org_is("Chiều 28-11, Hội Nông dân tỉnh Bắc Giang tổ chức Phiên làm việc thứ nhất Đại hội đại biểu "
		   "lần thứ X.\n", "Hội Nông dân tỉnh Bắc Giang", "đại hội");
	org_is("Sáng 8-8, Hội Cựu chiến binh tỉnh Nam Định tổ chức phiên làm việc thứ 2 Đại hội đại biểu "
		   "lần thứ VII.\n", "Hội Cựu chiến binh tỉnh Nam Định", "đại hội");
	org_is("Sáng 8-8, Ủy ban MTTQ tỉnh tổ chức phiên làm việc thứ hai của Hội nghị lần thứ 5.\n",
		   "Ủy ban MTTQ tỉnh", "hội nghị");
	org_case("Chiều 28-11, Ban Thường vụ Tỉnh ủy tổ chức phiên làm việc với Huyện ủy Yên Sơn.\n", NULL,
			 "a working session with a body");
}

/*
 * R9 (probe 64 G6): a body of each committee of a class, named by the
 * class in lower case after it ("Ban Dân vận các huyện, thị, thành ủy",
 * "Ban Tổ chức các huyện ủy, thành ủy", "Ban Dân vận cấp huyện", "Văn
 * phòng cấp ủy"), is the organizer as written, with whose and where they
 * are ("của tỉnh", "tỉnh Khánh Hòa"); never the last committee alone.  A
 * class of cells after "của" ("sự chỉ đạo của Đảng ủy các chi bộ"), or
 * with no committee last ("các huyện, phòng ban"), is none.
 */
static void
test_organizer_committee_class(void)
{
	org_is("Chiều ngày 28/12/2022, tại thành phố Nha Trang, Khối thi đua Ban Dân vận các huyện, thị, thành "
		   "ủy của tỉnh đã tổ chức Hội nghị tổng kết công tác thi đua năm 2022.\n",
		   "Khối thi đua Ban Dân vận các huyện, thị, thành ủy của tỉnh", "tổng kết");
	org_is("Chiều 28/12/2022, Khối thi đua Ban Dân vận các huyện, thị, thành ủy tổ chức Hội nghị tổng kết.\n",
		   "Khối thi đua Ban Dân vận các huyện, thị, thành ủy", "tổng kết");
	org_is("Chiều 20/12/2023, Ban Dân vận cấp huyện tổ chức Hội nghị tổng kết.\n", "Ban Dân vận cấp huyện",
		   "tổng kết");
	org_is("Chiều 20/12/2023, Ban Dân vận các huyện ủy tổ chức Hội nghị tổng kết.\n",
		   "Ban Dân vận các huyện ủy", "tổng kết");
	org_is("Sáng 5/1/2024, Khối thi đua Văn phòng cấp ủy tổ chức Hội nghị tổng kết.\n",
		   "Khối thi đua Văn phòng cấp ủy", "tổng kết");
	org_is("Sáng 5/1/2024, Ban Tổ chức các huyện ủy, thành ủy tổ chức Hội nghị tổng kết.\n",
		   "Ban Tổ chức các huyện ủy, thành ủy", "tổng kết");
	org_is("Sáng 5/1/2024, Ban Thường vụ các quận, huyện ủy phối hợp tổ chức Hội nghị sơ kết.\n",
		   "Ban Thường vụ các quận, huyện ủy", "sơ kết");
	org_is("Sáng 5/1/2024, Ban Tuyên giáo các huyện, thị, thành ủy tỉnh Quảng Nam tổ chức Hội nghị sơ "
		   "kết.\n", "Ban Tuyên giáo các huyện, thị, thành ủy tỉnh Quảng Nam", "sơ kết");
	org_is("Sáng 5/1/2024, Ban Dân vận các huyện ủy tỉnh tổ chức Hội nghị tổng kết.\n",
		   "Ban Dân vận các huyện ủy tỉnh", "tổng kết");
	/* as before */
	org_is("Sáng 5/1/2024, Khối thi đua Ban Tuyên giáo các huyện ủy tổ chức Hội nghị tổng kết.\n",
		   "Khối thi đua Ban Tuyên giáo các huyện ủy", "tổng kết");
	org_case("Sáng 5/1/2024, Ban Tổ chức các huyện, phòng ban tổ chức Hội nghị tổng kết.\n", NULL,
			 "no committee last");
	org_case("Sáng 5/1/2024, Tỉnh ủy chỉ đạo Ban Dân vận các huyện ủy tăng cường công tác dân vận.\n", NULL,
			 "no meeting held");
}

/*
 * R9 (probe 65 G1): a lone comma between the body opening its clause and
 * its verb ("Thường trực HĐND huyện, tổ chức"), and a note in brackets
 * after the body or its term, in lower case ("(nhiệm kỳ 2021-2026)",
 * "(mở rộng)"), are skipped: the body is the organizer, not a body in the
 * meeting's name after the verb.  A body after "của" or "Theo" is no
 * subject; a capitalized word in the brackets is no note.
 */
static void
test_organizer_comma_note(void)
{
	org_is("Sáng ngày 29/02/2024, Thường trực HĐND huyện, tổ chức phiên họp thường kỳ lần thứ 27.\n",
		   "Thường trực HĐND huyện", NULL);
	org_is("Sáng 3/4/2024, Ban Thường vụ Huyện ủy, tổ chức hội nghị sơ kết công tác quý I.\n",
		   "Ban Thường vụ Huyện ủy", "sơ kết");
	org_is("Ngày 3/4/2024, Ban Tổ chức Tỉnh ủy Quảng Trị, tổ chức hội nghị giao ban.\n",
		   "Ban Tổ chức Tỉnh ủy Quảng Trị", "giao ban");
	org_is("Chiều 5/3/2024, Đảng ủy xã Tân Hồng, tổ chức hội nghị Ban Chấp hành Đảng bộ mở rộng để đánh "
		   "giá kết quả tháng 2.\n", "Đảng ủy xã Tân Hồng", NULL);
	org_is("Trong 2 ngày (18 và 19/12/2023), HĐND huyện Kbang khóa VIII (nhiệm kỳ 2021-2026) đã tổ chức "
		   "thành công Kỳ họp thứ 15.\n", "HĐND huyện Kbang", NULL);
	org_is("Ngày 3/4/2024, HĐND tỉnh Gia Lai khóa XII (nhiệm kỳ 2021 - 2026) tổ chức kỳ họp thứ 10.\n",
		   "HĐND tỉnh Gia Lai", NULL);
	org_is("Ngày 3/4/2024, Ban Thường vụ Tỉnh ủy (mở rộng) tổ chức hội nghị quán triệt nghị quyết.\n",
		   "Ban Thường vụ Tỉnh ủy", NULL);
	org_is("Ngày 3/4/2024, Ban Chấp hành Đảng bộ huyện Tân Lập (mở rộng), tổ chức hội nghị sơ kết.\n",
		   "Ban Chấp hành Đảng bộ huyện Tân Lập", "sơ kết");
	/* no subject: the body is whose guidance it is, or the source */
	org_case("Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy, tổ chức hội nghị quán triệt nghị quyết.\n", NULL,
			 "a body after của");
	org_case("Theo Ban Tổ chức Tỉnh ủy, tổ chức hội nghị quán triệt nghị quyết.\n", NULL,
			 "a body after Theo");
}

/*
 * R9 (probe 65 G3): the trade union or the youth cell of an agency, "Công
 * đoàn Văn phòng UBND tỉnh", "Công đoàn cơ sở Trường THPT Hà Huy Tập",
 * "Chi đoàn Văn phòng Tỉnh ủy", is another body than the agency: the
 * organizer keeps its head, also before a joint office ("Văn phòng Đoàn
 * ĐBQH và HĐND tỉnh").  "Công đoàn" alone is no body.
 */
static void
test_organizer_staff_union(void)
{
	org_is("Chiều ngày 16/03/2023, Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh Nghệ An đã tổ chức thành công "
		   "Đại hội Công đoàn khóa I, nhiệm kỳ 2023-2028.\n",
		   "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh Nghệ An", "đại hội");
	org_is("Ngày 3/4/2024, Công đoàn Sở Y tế tỉnh Hà Tĩnh đã tổ chức Đại hội Công đoàn lần thứ IV.\n",
		   "Công đoàn Sở Y tế tỉnh Hà Tĩnh", "đại hội");
	org_is("Ngày 3/4/2024, Công đoàn Văn phòng UBND tỉnh tổ chức Đại hội Công đoàn.\n",
		   "Công đoàn Văn phòng UBND tỉnh", "đại hội");
	org_is("Ngày 3/4/2024, Chi đoàn Văn phòng Tỉnh ủy tổ chức Đại hội Chi đoàn nhiệm kỳ 2024-2026.\n",
		   "Chi đoàn Văn phòng Tỉnh ủy", "đại hội");
	org_is("Ngày 3/4/2024, Công đoàn cơ sở Trường THPT Hà Huy Tập tổ chức Đại hội lần thứ V.\n",
		   "Công đoàn cơ sở Trường THPT Hà Huy Tập", "đại hội");
	org_is("Ngày 3/4/2024, Chi bộ Văn phòng Đoàn ĐBQH và HĐND tỉnh Quảng Bình tổ chức Đại hội.\n",
		   "Chi bộ Văn phòng Đoàn ĐBQH và HĐND tỉnh Quảng Bình", "đại hội");
	/* as before */
	org_is("Ngày 3/4/2024, Hội Phụ nữ Văn phòng UBND tỉnh tổ chức Đại hội.\n",
		   "Hội Phụ nữ Văn phòng UBND tỉnh", "đại hội");
	org_is("Ngày 3/4/2024, Văn phòng Đoàn ĐBQH và HĐND tỉnh Nghệ An tổ chức hội nghị.\n",
		   "Văn phòng Đoàn ĐBQH và HĐND tỉnh Nghệ An", NULL);
}

/*
 * R9 (probe 50 G7): "Đảng ủy khối cơ quan – doanh nghiệp tỉnh": a spaced
 * dash for the "và" inside the Khối's name is of the name, in any case; as
 * organizer and in a title alike.
 */
static void
test_bloc_spaced_dash(void)
{
	org_is("Tin vắn\nChiều ngày 20/10/2020, Đảng ủy khối cơ quan – doanh nghiệp tỉnh tổ chức hội nghị quán "
		   "triệt Nghị quyết.", "Đảng ủy khối cơ quan - doanh nghiệp tỉnh", NULL);
	org_is("Tin vắn\nChiều ngày 20/10/2020, Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Cà Mau tổ chức hội nghị "
		   "sơ kết.", "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Cà Mau", NULL);
	org_is("Tin vắn\nChiều ngày 20/10/2020, Tỉnh ủy Bà Rịa - Vũng Tàu tổ chức hội nghị sơ kết.",
		   "Tỉnh ủy Bà Rịa - Vũng Tàu", NULL);
	check_official("Tin vắn\nDự có đồng chí Trương Văn Thắng, Ủy viên BCH Đảng bộ tỉnh, Bí thư Đảng ủy khối "
				   "cơ quan – doanh nghiệp tỉnh.", "Trương Văn Thắng", "đồng chí",
				   "Ủy viên BCH Đảng bộ tỉnh | Bí thư Đảng ủy khối cơ quan - doanh nghiệp tỉnh");
}

/*
 * R9 (probe 48 G3 c): "Đảng ủy Công an tỉnh tổ chức quán triệt Nghị quyết
 * 12", a heading of its own (a body opening it, no stop, no tense, few
 * words), states the activity held as a headline does, with no date or
 * meeting noun; a sentence telling of it ("đã", a stop, many words) not.
 */
static void
test_organizer_heading_activity(void)
{
	org_is("Quán triệt Nghị quyết số 12-NQ/TW của Bộ Chính trị, Đảng ủy Công an tỉnh Hải Dương đã khẩn "
		   "trương triển khai tới các chi bộ trực thuộc.\nĐảng ủy Công an tỉnh tổ chức quán triệt Nghị quyết "
		   "12\nCác chi bộ đã triển khai nghị quyết.\n", "Đảng ủy Công an tỉnh", "quán triệt");
	org_is("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, các chi bộ đã triển khai kế hoạch chuẩn bị đại "
		   "hội.\nBan Thường vụ Huyện ủy Mường Tè tổ chức quán triệt Chỉ thị 35\nCác chi bộ đã triển khai "
		   "chỉ thị.\n", "Ban Thường vụ Huyện ủy Mường Tè", "quán triệt");
	org_case("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, các chi bộ đã triển khai kế hoạch.\nHuyện ủy "
			 "Mường Tè đã tổ chức quán triệt Chỉ thị 35\n", NULL, "a tense");
	org_case("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, các chi bộ đã triển khai kế hoạch.\nHuyện ủy "
			 "Mường Tè tổ chức quán triệt Chỉ thị 35 cho toàn thể cán bộ, đảng viên trong các chi bộ trực "
			 "thuộc trên địa bàn huyện.\n", NULL, "a sentence");
}

/*
 * R9 (probe 52 G1): "Chiều 19-5, Huyện ủy Chiêm Hóa đã tổ chức đánh giá 1
 * năm thực hiện Kết luận ...": a lead line opening with a day's date cue,
 * then a body that "tổ chức" a review or a study (đánh giá, triển khai, học
 * tập, rút kinh nghiệm) holds the meeting, with no meeting noun: its date,
 * time of day and organizer.  A year alone ("Trong năm 2021, ...") dates a
 * task, not a meeting held.
 */
static void
test_meeting_dated_lead_activity(void)
{
	GbResult   *r;

	r = extract("- Chiều 19-5, Huyện uỷ Chiêm Hoá đã tổ chức đánh giá 1 năm thực hiện Kết luận số 01-KL/TW, "
				"ngày 28/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.", 0, 0, 0);
	CHECK(held_is(r, 2022, 5, 19) && str_is(r->meeting.time_of_day, "chiều") &&
		  str_is(r->meeting.organizer, "Huyện ủy Chiêm Hóa"),
		  "đánh giá: %s", r->meeting.organizer ? r->meeting.organizer : "-");
	gb_result_free(r);
	r = extract("Tin hoạt động\nSáng 12-4-2021, Quận ủy Hà Đông tổ chức triển khai Nghị quyết số 12-NQ/TU "
				"của Thành ủy.", 0, 0, 0);
	CHECK(held_is(r, 2021, 4, 12) && str_is(r->meeting.time_of_day, "sáng") &&
		  str_is(r->meeting.organizer, "Quận ủy Hà Đông"),
		  "triển khai: %s", r->meeting.organizer ? r->meeting.organizer : "-");
	gb_result_free(r);
	r = extract("Tin hoạt động\nNgày 3/6/2023, Đảng ủy xã Tân Phú tổ chức rút kinh nghiệm công tác chuẩn bị "
				"văn kiện.", 0, 0, 0);
	CHECK(held_is(r, 2023, 6, 3) && str_is(r->meeting.organizer, "Đảng ủy xã Tân Phú"),
		  "rút kinh nghiệm: %s", r->meeting.organizer ? r->meeting.organizer : "-");
	gb_result_free(r);
	r = extract("Tin hoạt động\nTrong năm 2021, Huyện ủy Mường Tè tổ chức triển khai Nghị quyết số 12-NQ/TU "
				"đến các chi bộ.", 0, 0, 0);
	CHECK(r->meeting.held_on.y == 0, "a year alone dates a task");
	gb_result_free(r);
}

/*
 * R9 (probe 53 G7): "tổ chức duyệt / tổng duyệt chương trình Đại hội" is a
 * run-through held, as "tổ chức đánh giá" is (probe 52 G1): the body that
 * holds it and its day; the congress rehearsed is no meeting held then.
 */
static void
test_meeting_run_through(void)
{
	GbResult   *r;

	r = extract("(HPĐT)- Ngày 17-2-2025, thực hiện chỉ đạo của Quận ủy Đồ Sơn, Ban Chấp hành Đảng bộ phường Vạn "
				"Hương tổ chức duyệt chương trình tổ chức Đại hội đại biểu Đảng bộ phường lần thứ 10, nhiệm kỳ "
				"2025-2030.", 0, 0, 0);
	CHECK(held_is(r, 2025, 2, 17) && str_is(r->meeting.organizer, "Ban Chấp hành Đảng bộ phường Vạn Hương") &&
		  !str_is(r->meeting.meeting_kind, "đại hội"),
		  "duyệt: %s / %s", r->meeting.organizer ? r->meeting.organizer : "-",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	gb_result_free(r);
	r = extract("Tin hoạt động\nSáng 20/7/2025, Đảng ủy xã Tân Lập tổ chức tổng duyệt chương trình Đại hội Đảng "
				"bộ xã lần thứ I, nhiệm kỳ 2025 - 2030.", 0, 0, 0);
	CHECK(held_is(r, 2025, 7, 20) && str_is(r->meeting.organizer, "Đảng ủy xã Tân Lập") &&
		  !str_is(r->meeting.meeting_kind, "đại hội"),
		  "tổng duyệt: %s / %s", r->meeting.organizer ? r->meeting.organizer : "-",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	gb_result_free(r);
	/* a year alone dates a task */
	r = extract("Tin hoạt động\nTrong năm 2025, Đảng ủy xã Tân Lập tổ chức duyệt văn kiện của các chi bộ.", 0, 0, 0);
	CHECK(r->meeting.held_on.y == 0, "a year alone dates a task");
	gb_result_free(r);
}

/*
 * R9 (probe 52 G3): a steering committee is named by its remit (a number,
 * a document, a task, a movement in quotes, abbreviations in parentheses
 * left out) and then by its level and place: "Ban Chỉ đạo (BCĐ) thực hiện
 * Quy chế dân chủ (QCDC) ở cơ sở tỉnh", "Ban Chỉ đạo 35 tỉnh"; a remit
 * with no level after it names none.
 */
static void
test_organizer_steering_committee(void)
{
	org_case("Tin hoạt động\nNgày 9/1/2020, Ban Chỉ đạo (BCĐ) thực hiện Quy chế dân chủ (QCDC) ở cơ sở tỉnh "
			 "tổ chức hội nghị tổng kết công tác năm 2019.", "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh",
			 "QCDC");
	org_case("Tin hoạt động\nNgày 12/1/2021, Ban Chỉ đạo 35 tỉnh đã tổ chức hội nghị tổng kết năm 2020.",
			 "Ban Chỉ đạo 35 tỉnh", "35");
	org_case("Tin hoạt động\nSáng 5/1/2022, Ban Chỉ đạo Chỉ thị 05 huyện Kim Sơn tổ chức hội nghị sơ kết.",
			 "Ban Chỉ đạo Chỉ thị 05 huyện Kim Sơn", "Chỉ thị 05");
	org_case("Tin hoạt động\nNgày 9/1/2020, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh và BCĐ phong trào "
			 "thi đua \"Dân vận khéo\" tỉnh tổ chức hội nghị tổng kết.",
			 "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh, BCĐ phong trào thi đua \"Dân vận khéo\" tỉnh",
			 "two committees");
	org_case("Tin hoạt động\nNgày 9/1/2020, Ban Chỉ đạo phòng, chống tham nhũng tỉnh tổ chức hội nghị.",
			 "Ban Chỉ đạo phòng, chống tham nhũng tỉnh", "control");
}

/*
 * R9 (probe 52 G4): the office of a delegation to the National Assembly
 * is a body of its own: "Văn phòng Đoàn ĐBQH&HĐND tỉnh Hà Giang", not the
 * delegation; an office head joined by "và" to a second body before its
 * level is the office of both, as written; "Văn phòng Tỉnh ủy và Ban Tổ
 * chức Tỉnh ủy" are two bodies.
 */
static void
test_organizer_joint_office(void)
{
	org_case("Tin hoạt động\nSáng ngày 14/10/2015, Văn phòng Đoàn ĐBQH&HĐND tỉnh Hà Giang tổ chức Hội nghị thông "
			 "báo kết quả Đại hội.", "Văn phòng Đoàn ĐBQH&HĐND tỉnh Hà Giang", "&");
	org_case("Tin hoạt động\nNgày 3/5/2021, Văn phòng Đoàn đại biểu Quốc hội tỉnh Kon Tum tổ chức hội nghị.",
			 "Văn phòng Đoàn đại biểu Quốc hội tỉnh Kon Tum", "in full");
	org_case("Tin hoạt động\nSáng 14/10/2015, Văn phòng Đoàn ĐBQH và HĐND tỉnh Hà Giang tổ chức Hội nghị.",
			 "Văn phòng Đoàn ĐBQH và HĐND tỉnh Hà Giang", "và");
	org_case("Tin hoạt động\nNgày 2/3/2020, Văn phòng HĐND và UBND huyện Mường Tè tổ chức hội nghị tổng kết.",
			 "Văn phòng HĐND và UBND huyện Mường Tè", "HĐND và UBND");
	org_case("Tin hoạt động\nNgày 2/3/2020, Văn phòng Tỉnh ủy và Ban Tổ chức Tỉnh ủy tổ chức hội nghị.",
			 "Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy", "two bodies");
}

/*
 * R9 (probe 39, real text 22): a standing committee named alone and then,
 * after a comma, a body in full ("tại Hội nghị Ban Chấp hành, Ban Thường
 * vụ, Đảng uỷ các cơ quan Đảng Trung ương đã công bố") is the meeting's,
 * the body its subject; two committees of one body stay two.
 */
static void
test_organizer_part_head(void)
{
	org_case("Tin hoạt động\nNgày 15/9/2025, tại Hội nghị Ban Chấp hành, Ban Thường vụ, Đảng uỷ các cơ quan "
			 "Đảng Trung ương đã công bố các quyết định về công tác cán bộ.",
			 "Đảng ủy các cơ quan Đảng Trung ương", "after the meeting's committees");
	org_case("Tin hoạt động\nSáng 15/9/2024, Thường trực, Huyện ủy Mê Linh tổ chức hội nghị.",
			 "Huyện ủy Mê Linh", "Thường trực, body");
	org_case("Tin hoạt động\nSáng 15/9/2024, Ban Thường vụ, Thường trực Tỉnh ủy tổ chức hội nghị giao ban.",
			 "Ban Thường vụ, Thường trực Tỉnh ủy", "two committees");
	org_case("Tin hoạt động\nSáng 15/9/2024, Bộ Chính trị, Ban Bí thư tổ chức hội nghị toàn quốc.",
			 "Bộ Chính trị, Ban Bí thư", "two bodies");
	org_case("Tin hoạt động\nSáng 15/9/2024, Ban Thường vụ tổ chức hội nghị.", "Ban Thường vụ", "alone");
}

/*
 * R9 (probe 51 G4): a meeting verb written twice by mistake ("tổ chức tổ
 * chức Hội nghị") is one verb: the bodies before it organize.
 */
static void
test_organizer_doubled_verb(void)
{
	org_case("Tin tức\nNgày 5/3/2025, Bộ Chính trị, Ban Bí thư tổ chức tổ chức Hội nghị toàn quốc quán triệt "
			 "Nghị quyết số 18-NQ/TW.", "Bộ Chính trị, Ban Bí thư", "central");
	org_case("Tin tức\nNgày 5/3/2025, Huyện ủy Minh Sơn đã tổ chức tổ chức hội nghị tổng kết.", "Huyện ủy Minh Sơn",
			 "đã");
	org_case("Tin tức\nSáng 12/4/2024, Đảng ủy xã Tân Phú tổ chức tổ chức hội nghị sơ kết.", "Đảng ủy xã Tân Phú",
			 "xã");
}

/*
 * R9 (probe 50 G3): "do <body> <verb> tổ chức": a role's verb before "tổ
 * chức" is the agent's, not a word of its name; a verb of choosing makes
 * the agent no organizer (it chose the congress's body, which holds it).
 */
static void
test_organizer_do_agent_verb(void)
{
	org_is("Tin hoạt động\nSáng 12/3/2024, hội nghị do Ban Thường vụ Tỉnh ủy Nghệ An chỉ đạo tổ chức đã "
		   "diễn ra.", "Ban Thường vụ Tỉnh ủy Nghệ An", NULL);
	org_is("Tin hoạt động\nSáng 12/3/2024, hội nghị giao ban do Ban Tổ chức Huyện ủy Mường Tè chủ trì tổ chức.",
		   "Ban Tổ chức Huyện ủy Mường Tè", NULL);
	org_is("Tin hoạt động\nChiều 20/7/2025, phiên trù bị Đại hội Đại biểu Đảng bộ xã Yên Bình lần thứ I, "
		   "nhiệm kỳ 2025 - 2030 chính thức khai mạc. Đây là Đại hội điểm cấp xã do Tỉnh ủy Lào Cai lựa chọn "
		   "tổ chức nhằm rút kinh nghiệm.", "Đảng bộ xã Yên Bình", "đại hội");
	org_case("Tin hoạt động\nSáng 12/3/2024, Đại hội điểm do Ban Thường vụ Huyện ủy Tân Lập lựa chọn tổ chức.",
			 NULL, "do X lựa chọn tổ chức");
	org_is("Tin hoạt động\nSáng 12/3/2024, Hội nghị do Ban chỉ đạo liên ngành an toàn thực phẩm tỉnh tổ chức.",
		   "Ban chỉ đạo liên ngành an toàn thực phẩm tỉnh", NULL);
}

/*
 * T9: "duyệt (nội dung) Đại hội Đảng bộ xã": a congress approved is spoken
 * of, not held; the meeting the chair presides over sets the kind.
 */
static void
test_kind_approved_congress(void)
{
	kind_case("Tin hoạt động\nSáng ngày 11/3/2015, BTV huyện ủy đã duyệt nội dung Đại hội Đảng bộ xã Minh Sơn "
			  "nhiệm kỳ 2015 – 2020. Đồng chí Lê Văn Tâm – Bí thư huyện ủy đã chủ trì hội nghị.", "hội nghị");
	org_is("Tin hoạt động\nSáng ngày 11/3/2015, Ban Thường vụ Huyện ủy Minh Sơn họp duyệt nội dung Đại hội Đảng "
		   "bộ xã Tân Lập nhiệm kỳ 2015 – 2020.", "Ban Thường vụ Huyện ủy Minh Sơn", "họp");
}

/*
 * T8: "quý IV.2015", "tháng 9.2015": a year after a dot, written close, is
 * the period's year as after a slash, and dates a day-month "30.9"; a
 * schedule "hoàn thành từ tháng 4 - 6" is no period reviewed.
 */
static void
test_period_dot_year(void)
{
	GbResult   *r = extract("Tin hoạt động\nSáng qua 30.9, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Minh Sơn tổ "
							"chức hội nghị mở rộng nhằm sơ kết công tác quý III, triển khai nhiệm vụ trọng tâm "
							"quý IV.2015.", 0, 0, 0);

	CHECK(held_is(r, 2015, 9, 30), "quý IV.2015: held_on %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	period_case("Tin vắn\nSáng 31.3, Đảng ủy Công an huyện Minh Sơn tổ chức hội nghị sơ kết công tác Đảng "
				"quý I.2021.", 2021, 1, 2021, 4, "quý I.2021");
	period_case("Tin vắn\nTheo kế hoạch, đại hội các chi bộ ở Minh Sơn hoàn thành từ tháng 4 - 6 và đại hội "
				"đảng bộ huyện hoàn thành trong tháng 8.2015.", 0, 0, 0, 0, NULL);
}

/*
 * S3 (probe 12): a briefing on a plenum ("Ngày 4-1, ... thông báo kết quả
 * Hội nghị lần thứ 13"); the body that held the plenum on other days ("từ
 * ngày 14 đến 21-12-2015, Ban Chấp hành Trung ương ... đã tổ chức Hội
 * nghị") organized the meeting reported on, not the briefing.  Its own
 * date in the lead still names it.
 */
static void
test_organizer_reported_plenum(void)
{
	org_case("Tin hoạt động\nNgày 4-1, đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy thông báo nhanh kết quả Hội nghị lần "
			 "thứ 9 cho cán bộ lãnh đạo chủ chốt trong tỉnh.\n\nTheo đó, từ ngày 14 đến 21-12-2015, Ban Chấp "
			 "hành Trung ương Đảng khóa XI đã tổ chức Hội nghị lần thứ 9 để bàn về nhiều nội dung.", NULL,
			 "plenum reported");
	org_is("Tin hoạt động\nTrong 2 ngày 27, 28/3, Ban Bí thư Trung ương Đảng tổ chức Hội nghị trực tuyến toàn "
		   "quốc quán triệt Nghị quyết.", "Ban Bí thư", NULL);
}

/*
 * Q6 (probe 12): "tại trụ sở cơ quan Quận ủy, Ban Tuyên giáo Quận ủy X tổ
 * chức": the place, four words with its body, is no organizer.
 */
static void
test_organizer_office_seat(void)
{
	org_is("Tin hoạt động\nChiều ngày 22/9/2022, tại trụ sở cơ quan Quận ủy, Ban Tuyên giáo Quận ủy Minh Sơn tổ "
		   "chức Hội nghị giao ban công tác dư luận xã hội tháng 9 năm 2022.", "Ban Tuyên giáo Quận ủy Minh Sơn",
		   "giao ban");
}

/*
 * R9 (probe 58 G1): a body's name with an element the grammar did not
 * expect still organizes: a provisional council ("HĐND lâm thời"), an
 * abbreviation in brackets inside a head ("Đảng bộ các cơ quan (CCQ)
 * Đảng tỉnh"), a bloc of agencies ("Khối thi đua các cơ quan Đảng tỉnh"),
 * a group told apart by its sector after a comma ("Cụm thi đua số 1,
 * ngành Tổ chức xây dựng Đảng").
 */
static void
test_organizer_name_elements(void)
{
	org_case("Tin hoạt động\nSáng 15/8/2025, HĐND lâm thời phường An Hải tổ chức Kỳ họp thứ 2.",
			 "HĐND lâm thời phường An Hải", "HĐND lâm thời");
	org_case("Tin hoạt động\nChiều 2/7/2025, Hội đồng nhân dân lâm thời xã Tân Lập tổ chức Kỳ họp thứ nhất.",
			 "Hội đồng nhân dân lâm thời xã Tân Lập", "in full");
	org_case("Tin hoạt động\nSáng 5/7/2025, UBND lâm thời phường Minh Sơn tổ chức hội nghị triển khai nhiệm vụ.",
			 "UBND lâm thời phường Minh Sơn", "UBND lâm thời");
	org_case("Tin hoạt động\nChiều 8/1/2026, Đảng bộ các cơ quan (CCQ) Đảng tỉnh tổ chức Hội nghị tổng kết công "
			 "tác xây dựng Đảng năm 2025.", "Đảng bộ các cơ quan Đảng tỉnh", "(CCQ)");
	org_case("Tin hoạt động\nChiều 8/1/2026, Đảng ủy các cơ quan (CQ) Đảng huyện Tân Lập tổ chức Hội nghị tổng "
			 "kết.", "Đảng ủy các cơ quan Đảng huyện Tân Lập", "(CQ), a place");
	org_case("Tin hoạt động\nChiều 8/1/2026, Ủy ban Kiểm tra (UBKT) Tỉnh ủy tổ chức Hội nghị tổng kết.",
			 "Ủy ban Kiểm tra Tỉnh ủy", "known abbreviation");
	org_case("Tin hoạt động\nSáng 5/12/2025, Cụm thi đua số 1, ngành Tổ chức xây dựng Đảng tổ chức Hội nghị "
			 "tổng kết công tác thi đua, khen thưởng năm 2025.", "Cụm thi đua số 1, ngành Tổ chức xây dựng Đảng",
			 "sector");
	org_case("Tin hoạt động\nChiều 20/12/2025, Khối thi đua số 2, khối Doanh nghiệp tỉnh đã tổ chức hội nghị "
			 "tổng kết năm 2025.", "Khối thi đua số 2, khối Doanh nghiệp tỉnh", "bloc");
	org_case("Tin hoạt động\nSáng 5/12/2025, Khối thi đua các cơ quan Đảng tỉnh tổ chức Hội nghị tổng kết công "
			 "tác thi đua.", "Khối thi đua các cơ quan Đảng tỉnh", "Khối thi đua các cơ quan");
	org_case("Tin hoạt động\nSáng 5/12/2025, Sở Y tế, ngành Y tế tỉnh tổ chức hội nghị tổng kết.", NULL,
			 "no group");
}

/*
 * R9 (probe 60 G4): central bodies of the Front, the Youth Union, the
 * associations and the trade unions organize: "Đoàn Chủ tịch Ủy ban Trung
 * ương MTTQ Việt Nam", "Trung ương Đoàn", "Trung ương Hội Nông dân Việt
 * Nam", "Hội NDVN", "Học viện Chính trị quốc gia Hồ Chí Minh"; "Tổng Liên
 * đoàn Lao động Việt Nam" keeps "Tổng", another body than a Liên đoàn.
 */
static void
test_organizer_central_mass_bodies(void)
{
	org_case("Tin hoạt động\nSáng 4/2/2021, tại Hà Nội, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam "
			 "tổ chức Hội nghị hiệp thương lần thứ nhất.",
			 "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "presidium");
	org_case("Tin hoạt động\nSáng 4/2/2021, Đoàn Chủ tịch Hội đồng Trung ương tổ chức Hội nghị tổng kết.",
			 "Đoàn Chủ tịch Hội đồng Trung ương", "presidium of a council");
	org_case("Tin hoạt động\nNgày 11-12-2018, Hội NDVN tổ chức khai mạc ngày làm việc thứ nhất Đại hội đại biểu "
			 "toàn quốc lần thứ VII, nhiệm kỳ 2018- 2023.", "Hội NDVN", "NDVN, a working day");
	org_case("Tin hoạt động\nSáng 3/10/2020, Hội Nông dân tỉnh Gia Lai tổ chức khai mạc ngày làm việc đầu tiên của "
			 "Đại hội đại biểu lần thứ XI.", "Hội Nông dân tỉnh Gia Lai", "the first working day");
	org_case("Tin hoạt động\nSáng 4/2/2021, Hội NDVN tỉnh Nghệ An tổ chức Hội nghị tổng kết.",
			 "Hội NDVN tỉnh Nghệ An", "NDVN at a level");
	org_case("Tin hoạt động\nSáng 4/2/2021, Trung ương Hội Liên hiệp Phụ nữ Việt Nam tổ chức Hội nghị tổng kết.",
			 "Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "Trung ương Hội");
	org_case("Tin hoạt động\nSáng 4/2/2021, Trung ương Hội Cựu chiến binh Việt Nam tổ chức Hội nghị tổng kết.",
			 "Trung ương Hội Cựu chiến binh Việt Nam", "Trung ương Hội, sentence case");
	org_case("Tin hoạt động\nSáng 4/2/2021, Trung ương Đoàn tổ chức Hội nghị tổng kết.", "Trung ương Đoàn",
			 "Trung ương Đoàn");
	org_case("Tin hoạt động\nSáng 4/2/2021, Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh tổ chức Hội nghị tổng kết.",
			 "Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh", "Ban Bí thư Trung ương Đoàn");
	org_case("Tin hoạt động\nSáng 4/2/2021, Ban Chấp hành Trung ương Đoàn tổ chức Hội nghị lần thứ hai.",
			 "Ban Chấp hành Trung ương Đoàn", "BCH Trung ương Đoàn");
	org_case("Tin hoạt động\nSáng 4/2/2021, Học viện Chính trị quốc gia Hồ Chí Minh tổ chức Hội thảo khoa học.",
			 "Học viện Chính trị quốc gia Hồ Chí Minh", "academy");
	org_case("Tin hoạt động\nSáng 4/2/2021, Tổng Liên đoàn Lao động Việt Nam tổ chức Hội nghị tổng kết.",
			 "Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn");
	org_case("Tin hoạt động\nSáng 4/2/2021, Tổng LĐLĐ Việt Nam tổ chức Hội nghị tổng kết.",
			 "Tổng Liên đoàn Lao động Việt Nam", "Tổng LĐLĐ");
	org_case("Tin hoạt động\nSáng 4/2/2021, Liên đoàn Lao động tỉnh Nghệ An tổ chức Hội nghị tổng kết.",
			 "Liên đoàn Lao động tỉnh Nghệ An", "a province's");
	org_case("Tin hoạt động\nSáng 4/2/2021, Ban Chấp hành Trung ương Đảng tổ chức Hội nghị lần thứ hai.",
			 "Ban Chấp hành Trung ương", "the Party's");
}

/*
 * R9 (probe 59 G2): a description in brackets or after a dash between the
 * body (or its partner) and the verb is the body's, and a meeting's name
 * quoted after "tổ chức" is held as unquoted.
 */
static void
test_organizer_aside(void)
{
	org_case("Tin hoạt động\nNgày 11/01/2022. Đảng ủy xã Cẩm Lĩnh đã tổ chức \"HỘI NGHỊ TỔNG KẾT CÔNG TÁC XÂY DỰNG "
			 "ĐẢNG NĂM 2021\".", "Đảng ủy xã Cẩm Lĩnh", "quoted, capitals");
	org_case("Tin hoạt động\nNgày 11/01/2022, Đảng ủy xã Minh Sơn đã tổ chức “Hội nghị tổng kết công tác xây dựng "
			 "Đảng năm 2021”.", "Đảng ủy xã Minh Sơn", "curly quotes");
	org_case("Tin hoạt động\nSáng ngày 08/7/2019, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân vận Huyện ủy Diên Khánh "
			 "- Trưởng khối thi đua Ban Dân vận các huyện, thị, thành ủy tổ chức hội nghị sơ kết công tác thi "
			 "đua.", "Ban Dân vận Tỉnh ủy", "partner described");
	org_case("Tin hoạt động\nSáng ngày 08/7/2019, Ủy ban Kiểm tra Tỉnh ủy (cơ quan thường trực Khối thi đua) tổ "
			 "chức hội nghị sơ kết công tác thi đua.", "Ủy ban Kiểm tra Tỉnh ủy", "brackets");
	org_case("Tin hoạt động\nSáng 3/5/2020, Ban Tuyên giáo Huyện ủy Tân Lập - Trưởng cụm thi đua số 4 đã tổ chức "
			 "hội nghị tổng kết.", "Ban Tuyên giáo Huyện ủy Tân Lập", "dash, a title");
	org_case("Tin hoạt động\nSáng 3/5/2020, Huyện ủy Ea Kar - đơn vị Trưởng cụm thi đua số 2 tổ chức hội nghị sơ "
			 "kết.", "Huyện ủy Ea Kar", "dash, lower case");
	org_case("Tin hoạt động\nSáng 3/5/2020, Ban Dân vận Tỉnh ủy Gia Lai - cơ quan thường trực Ban Chỉ đạo - phối hợp "
			 "với Sở Nội vụ tổ chức hội nghị tổng kết.", "Ban Dân vận Tỉnh ủy Gia Lai", "two dashes, partner");
}

/*
 * R9 (probe 58 G3): a body that announces or hands over a decision at a
 * meeting just named ("Tại đại hội, Ban Thường vụ Thành ủy công bố quyết
 * định ...") acts inside it and is not its organizer; a body announcing in
 * its own dated lead still is.
 */
static void
test_organizer_announcing_body(void)
{
	org_case("Tin hoạt động\nTham dự đại hội có ông Nguyễn Phước Lộc, Phó bí thư Thành ủy. Tại đại hội, Ban Thường "
			 "vụ Thành ủy công bố quyết định chỉ định Ban Chấp hành Đảng bộ phường Phú An.", NULL, "congress");
	org_case("Tin hoạt động\nTại hội nghị, Ban Tổ chức Thành ủy công bố quyết định của Ban Thường vụ Thành ủy về "
			 "công tác cán bộ.", NULL, "hội nghị");
	org_case("Tin hoạt động\nTại hội nghị, Ban Tổ chức Tỉnh ủy Minh Sơn trao quyết định nghỉ hưu cho đồng chí Lê "
			 "Văn Tâm.", NULL, "trao quyết định");
	org_case("Tin hoạt động\nSáng 5/3/2024, Ban Thường vụ Tỉnh ủy Minh Sơn công bố quyết định về công tác cán bộ.",
			 "Ban Thường vụ Tỉnh ủy Minh Sơn", "its own lead");
}

/*
 * U8 (probe 13): a crawl tag " date 2025-09-07" opening the first line is
 * metadata read whole: its day is no headline's first word.
 */
static void
test_headline_date_tag_day(void)
{
	head_title_is(" date 2024-05-08 Bà Lò Thị Mai, Bí thư Đảng ủy xã Minh Sơn quán triệt Nghị quyết Đại hội\n\n"
				  "Tham dự có toàn thể đảng viên.",
				  "Bà Lò Thị Mai, Bí thư Đảng ủy xã Minh Sơn quán triệt Nghị quyết Đại hội");
	head_title_is(" date 2024-05 Bà Lò Thị Mai, Bí thư Đảng ủy xã Minh Sơn quán triệt Nghị quyết Đại hội\n\n"
				  "Tham dự có toàn thể đảng viên.",
				  "Bà Lò Thị Mai, Bí thư Đảng ủy xã Minh Sơn quán triệt Nghị quyết Đại hội");
}

/*
 * U9 (probe 13): a first line ending in a word no phrase ends in ("số",
 * "của", "về"), its phrase going on in digits or lower case on the next
 * line, is body wrapped by hand, no headline, and no line under it is one.
 */
static void
test_headline_wrapped_body(void)
{
	head_title_is("Thực hiện Kế hoạch số\n25-KH/HU, ngày 12/3/2024 của Huyện ủy Minh Sơn về tổ chức đại hội, các chi "
				  "bộ đã hoàn thành đại hội nhiệm kỳ 2024-2027.", NULL);
	head_title_is("Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về\nxây dựng nông thôn mới, Đảng ủy xã Minh "
				  "Sơn tổ chức hội nghị\nSáng 12/3/2024, các chi bộ đã tổ chức học tập.", NULL);
}

/*
 * U10 (probe 13): a Roman numeral alone before a dash ("I- Xem xét ...",
 * "(II)- ...") opening a paragraph is a section's number, no outlet's tag;
 * an outlet's capitals are one still.
 */
static void
test_source_roman_section(void)
{
	source_case("Tin hoạt động\nTrong hai ngày 10 và 11/5/2024, Ủy ban Kiểm tra Tỉnh ủy Tân Lập đã họp kỳ thứ "
				"5.\n\nI- Xem xét kết quả kiểm tra đối với Ban Thường vụ Huyện ủy Minh Sơn.", NULL, NULL);
	source_case("Tin hoạt động\n(II)- Xem xét kết quả kiểm tra đối với Ban Thường vụ Huyện ủy Minh Sơn.",
				NULL, NULL);
	source_case("Tin hoạt động\nBTL – Sáng 10-12-2015, Ban Tuyên giáo Tỉnh ủy Tân Lập tổ chức hội nghị báo "
				"cáo viên.", "BTL", NULL);
}

/*
 * U11 (probe 13): a word of an institution's name whose second syllable is
 * in lower case ("Đại học", "Sư phạm", "Kỹ thuật") does not end the name of
 * a bridge point; the province after it does.
 */
static void
test_bridge_university(void)
{
	GbResult   *r = extract("Tin hoạt động\nHội nghị được tổ chức tại điểm cầu hội trường Trường Đại học Sư phạm "
							"Kỹ thuật Tân Lập và trực tuyến đến 5 điểm cầu trên địa bàn phường.", 0, 0, 0);

	CHECK(r->meeting.nbridge_points == 1 &&
		  str_is(r->meeting.bridge_points[0], "hội trường Trường Đại học Sư phạm Kỹ thuật Tân Lập"),
		  "Đại học: %d points, %s", r->meeting.nbridge_points,
		  r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nHội nghị được tổ chức tại điểm cầu Trường Cao đẳng Y tế tỉnh và trực tuyến đến "
				"các chi bộ.", 0, 0, 0);
	CHECK(r->meeting.nbridge_points == 1 &&
		  str_is(r->meeting.bridge_points[0], "Trường Cao đẳng Y tế tỉnh"),
		  "Cao đẳng: %d points, %s", r->meeting.nbridge_points,
		  r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "NULL");
	gb_result_free(r);
}

/*
 * U12 (probe 13): "vào tháng 7" dates another act ("Theo quyết định vào
 * tháng 7 của ..."), no period reviewed; a month reviewed is one still.
 */
static void
test_period_month_of_act(void)
{
	period_case("Tin hoạt động\nChiều 6/10/2025, Đại hội đại biểu Đảng bộ xã Minh Sơn lần thứ I đã bế mạc.\n"
				"Theo quyết định vào tháng 7 của Ban Thường vụ Huyện ủy, Đại hội có 150 đại biểu.",
				0, 0, 0, 0, NULL);
	period_case("Tin hoạt động\nSáng 6/8/2025, Đảng ủy xã Minh Sơn tổ chức hội nghị giao ban công tác tháng 7 "
				"năm 2025.", 2025, 7, 2025, 8, "tháng 7 năm 2025");
}

/*
 * T9 (probe 13): "Tiểu ban Văn kiện Đại hội ..." is a body named by the
 * congress it serves; its own meeting ("tổ chức họp", "cuộc họp") sets the
 * kind.  A sub-committee that holds the congress names it as held.
 */
static void
test_kind_committee_of_congress(void)
{
	kind_case("Tin hoạt động\nNgày 3-6-2020, Tiểu ban Tuyên truyền khánh tiết Đại hội đại biểu Đảng bộ huyện Minh "
			  "Sơn lần thứ XX đã tổ chức họp triển khai các nội dung tuyên truyền. Đồng chí Lê Văn Tâm, Trưởng Ban "
			  "Tuyên giáo Huyện ủy chủ trì cuộc họp.", "họp");
	kind_case("Tin hoạt động\nNgày 3-6-2020, Đảng bộ xã Minh Sơn tổ chức Đại hội đại biểu lần thứ XX. Tiểu ban "
			  "Văn kiện đã hoàn thành dự thảo Báo cáo chính trị.", "đại hội");
	/* any panel congress_panel() reads: "Ban Văn kiện Đại hội ..." */
	kind_case("Tin hoạt động\nNgày 3-6-2020, Ban Văn kiện Đại hội đại biểu Đảng bộ huyện Minh Sơn lần thứ XX đã "
			  "tổ chức họp cho ý kiến vào dự thảo Báo cáo chính trị.", "họp");
}

/*
 * T11 (probe 12): a headline's date label ("Ngày 12/4: Khai mạc ...")
 * opens no lead: the lead under it gives the time of day and the year.
 * With no dated lead under it, the label dates the meeting still.
 */
static void
test_lead_under_date_label(void)
{
	GbResult   *r = extract("Ngày 12/4: Khai mạc Đại hội Đảng bộ xã Minh Sơn\n\nCập nhật, 08:15, Thứ Sáu, 12/04/2024\n\n"
							"Sáng 12/4/2024, Đảng bộ xã Minh Sơn khai mạc Đại hội lần thứ X, nhiệm kỳ 2024-2029.", 0, 0, 0);

	CHECK(held_is(r, 2024, 4, 12) && !r->meeting.date_inferred && str_is(r->meeting.time_of_day, "sáng"),
		  "date label, lead under: held_on %d-%d-%d, inferred %d, %s", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d, (int) r->meeting.date_inferred,
		  r->meeting.time_of_day ? r->meeting.time_of_day : "NULL");
	gb_result_free(r);
	r = extract("Ngày 12/4: Khai mạc Đại hội Đảng bộ xã Minh Sơn\n\nCập nhật, 08:15, Thứ Sáu, 12/04/2024\n\n"
				"Đảng bộ xã Minh Sơn khai mạc Đại hội lần thứ X, nhiệm kỳ 2024-2029 với 120 đại biểu.", 0, 0, 0);
	CHECK(held_is(r, 2024, 4, 12) && r->meeting.time_of_day == NULL,
		  "date label alone: held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * A committee's abbreviation ("TU", "HU", "TƯ") ending a body's name
 * before a capital: its dot ends the sentence too, so the next sentence's
 * chair is no attendee of the one before.
 */
static void
test_committee_abbrev_dot(void)
{
	const char *abbrevs[] = {"TU", "HU", "TƯ"};
	int			k;

	for (k = 0; k < 3; k++)
	{
		char		text[512];
		GbResult   *r;

		snprintf(text, sizeof(text), "Tin vắn\nSáng 12/3/2024, Ban Thường vụ Tỉnh ủy Tân Lập tổ chức hội nghị sơ "
				 "kết. Dự có đồng chí Vi Thị Hoa, Chánh Văn phòng %s. Đồng chí Lò Văn Bảy, Bí thư Tỉnh ủy chủ trì "
				 "hội nghị.", abbrevs[k]);
		r = extract(text, 0, 0, 0);
		CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Lò Văn Bảy") == 0 &&
			  !has_role(official(r, "Lò Văn Bảy"), "dự"),
			  "one chair after %s., got %d", abbrevs[k], r->meeting.nchairs);
		gb_result_free(r);
	}
}

/*
 * U1 (probe 13).  Titles written in lower case where a title stands: a
 * body in lower case inside a position ("ủy viên trung ương Đảng", "Ban
 * Kinh tế trung ương", "Chủ tịch ủy ban nhân dân tỉnh", "Chủ nhiệm ủy
 * ban" before a name), and a position all in lower case after a name and
 * a dash or comma ("– phó bí thư thường trực,chủ tịch HĐND phường").  Such
 * words in prose, with no name, make no person.
 */
static void
test_title_lower_placed(void)
{
	GbResult   *r;

	check_official("Tin vắn\nNgày 2/3/2021, ủy ban Kiểm tra trung ương xem xét đối với ông Mạc Văn Định, "
				   "ủy viên trung ương Đảng, Phó trưởng Ban Kinh tế trung ương, nguyên Bí thư Tỉnh ủy "
				   "Tân Lập.", "Mạc Văn Định", "ông",
				   "ủy viên trung ương Đảng | Phó trưởng Ban Kinh tế trung ương | nguyên Bí thư Tỉnh ủy Tân Lập");
	check_official("Tin vắn\nDự có ông Mạc Văn Định, ủy viên trung ương đảng, Bí thư Tỉnh ủy Tân Lập.",
				   "Mạc Văn Định", "ông", "ủy viên trung ương đảng | Bí thư Tỉnh ủy Tân Lập");
	check_official("Tin vắn\nDự có ông Hà Văn Tư, Phó bí thư Tỉnh ủy, Chủ tịch ủy ban nhân dân tỉnh "
				   "Tân Lập.", "Hà Văn Tư", "ông", "Phó bí thư Tỉnh ủy | Chủ tịch ủy ban nhân dân tỉnh Tân Lập");
	/* capitalized, "Trung ương" and "Ủy ban" go on as before: "Ủy ban nhân tỉnh" */
	check_official("Tin vắn\nCác đồng chí Ủy viên Trung ương đảng, Thứ trưởng Bộ Quốc phòng: Thượng tướng "
				   "Lò Văn Bảy, Thượng tướng Vi Văn Tám.", "Vi Văn Tám", "đồng chí",
				   "Ủy viên Trung ương đảng | Thứ trưởng Bộ Quốc phòng");
	check_official("Tin vắn\nĐồng chí Lò Văn Bảy, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân tỉnh Tân Lập "
				   "phát biểu.", "Lò Văn Bảy", "đồng chí", "Phó Bí thư Tỉnh ủy | Chủ tịch Ủy ban nhân tỉnh Tân Lập");
	check_official("Tin vắn\nSáng 20/12/2023, Đảng ủy phường Đông Lâm tổ chức hội nghị.\nĐồng chí Quách Văn "
				   "Năm – phó bí thư thường trực,chủ tịch HĐND phường phát biểu tại hội nghị.",
				   "Quách Văn Năm", "đồng chí", "phó bí thư thường trực | chủ tịch HĐND phường");
	check_official("Tin vắn\nĐồng chí Quách Văn Năm – Phó bí thư thường trực, Chủ tịch HĐND phường phát "
				   "biểu.", "Quách Văn Năm", "đồng chí", "Phó bí thư thường trực | Chủ tịch HĐND phường");
	check_official("Tin vắn\nDự hội nghị có đồng chí phó chủ tịch thường trực Lò Thị Nga.",
				   "Lò Thị Nga", "đồng chí", "phó chủ tịch thường trực");
	/* a bare position after the name, or one before a plural, is not read */
	check_official("Tin vắn\nĐồng chí Quách Văn Năm, báo cáo viên truyền đạt nội dung.",
				   "Quách Văn Năm", "đồng chí", "");
	check_official("Tin vắn\nĐồng chí Quách Văn Năm, phó bí thư các chi bộ dự.",
				   "Quách Văn Năm", "đồng chí", "");
	/* "Chủ nhiệm ủy ban" before a name: the person and the chair */
	r = extract("Tin hoạt động\nNgày 4/11/2020, tại Hà Nội, ủy ban Kiểm tra trung ương họp kỳ 52, dưới sự "
				"chủ trì của Chủ nhiệm ủy ban Mạc Văn Định.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Mạc Văn Định") == 0,
		  "chair after Chủ nhiệm ủy ban, got %d", r->meeting.nchairs);
	CHECK(r->nofficials == 1 && r->officials[0].ntitles == 1 &&
		  strcmp(r->officials[0].titles[0], "Chủ nhiệm ủy ban") == 0, "Chủ nhiệm ủy ban");
	gb_result_free(r);
	/* prose: no name, no person */
	r = extract("Tin vắn\nCác ủy viên ủy ban nhân dân và chủ tịch ủy ban các xã, phó bí thư thường trực "
				"các đảng ủy đều dự hội nghị của Đảng bộ.", 0, 0, 0);
	CHECK(r->nofficials == 0, "lower-case titles in prose: %d officials", r->nofficials);
	gb_result_free(r);
}

/*
 * S1 (probe 13).  A body named in sentence case after the position's own
 * "Ban" is read on as a unit's name, up to a level or a capitalized word
 * ("Trưởng Ban xây dựng Đảng xã Tân Lập"), not over a verb; "ủy ban" in
 * lower case after "Chủ tịch" goes on ("Chủ tịch ủy ban nhân dân tỉnh").
 */
static void
test_ban_lower_body(void)
{
	check_official("Tin vắn\nDự có đồng chí Quách Văn Năm, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban "
				   "xây dựng Đảng xã Tân Lập.", "Quách Văn Năm", "đồng chí",
				   "Ủy viên Ban Thường vụ Đảng ủy | Trưởng Ban xây dựng Đảng xã Tân Lập");
	check_official("Tin vắn\nĐồng chí Quách Văn Năm, Phó Trưởng Ban tổ chức Huyện ủy phát biểu.",
				   "Quách Văn Năm", "đồng chí", "Phó Trưởng Ban tổ chức Huyện ủy");
	check_official("Tin vắn\nĐồng chí Quách Văn Năm, Trưởng Ban giao nhiệm vụ cho Văn phòng.",
				   "Quách Văn Năm", "đồng chí", "Trưởng Ban");
	check_official("Tin vắn\nÔng Lò Văn Bảy, Phó bí thư Tỉnh ủy, Chủ tịch ủy ban nhân dân tỉnh Tân Lập dự.",
				   "Lò Văn Bảy", "ông", "Phó bí thư Tỉnh ủy | Chủ tịch ủy ban nhân dân tỉnh Tân Lập");
}

/*
 * U7 (probe 13).  "Huyện ủy Viên Văn A": a capitalized "Viên" opening a
 * name of three syllables (four with a middle name) is the surname after
 * the body, not "Huyện ủy viên"; the body ends the title before it.
 */
static void
test_surname_vien(void)
{
	check_official("Tin vắn\nNgày 14-2-2020, Huyện ủy Tân Lập tổ chức hội nghị.\nPhó bí thư thường trực "
				   "Huyện ủy Tân Lập Viên Văn Bảy khen thưởng các tổ chức.\nTại hội nghị, Phó bí thư "
				   "thường trực Huyện ủy Viên Văn Bảy đề nghị các tổ chức nỗ lực.", "Viên Văn Bảy", NULL,
				   "Phó bí thư thường trực Huyện ủy Tân Lập");
	check_official("Tin vắn\nTại hội nghị, Phó bí thư Huyện ủy Viên Thị Hồng Nhung phát biểu.",
				   "Viên Thị Hồng Nhung", NULL, "Phó bí thư Huyện ủy");
	/* a longer run is a name after the title "Tỉnh ủy Viên"; "Huyện ủy viên" in lower case as ever */
	check_official("Tin vắn\nTại hội nghị, Tỉnh ủy Viên Lò Văn Bảy phát biểu.", "Lò Văn Bảy", NULL,
				   "Tỉnh ủy Viên");
	check_official("Tin vắn\nTại hội nghị, Huyện ủy viên Lò Văn Bảy phát biểu.", "Lò Văn Bảy", NULL,
				   "Huyện ủy viên");
}

/*
 * A department's name in sentence case, continued (probe 13): the verb
 * "hướng dẫn" ends the title; a level's word before a lower-case syllable
 * is a word of the name ("Cục Quản lý thị trường tỉnh"); "và" between
 * lower-case words goes on in it ("Cục Kinh tế hợp tác và trang trại"),
 * and "hợp" is no "họp".
 */
static void
test_dept_lower_name_more(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Giám đốc Sở Tư pháp hướng dẫn các nội dung.",
				   "Hà Văn Tư", "đồng chí", "Giám đốc Sở Tư pháp");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Cục trưởng Cục Quản lý thị trường tỉnh Tân Lập phát biểu.",
				   "Hà Văn Tư", "đồng chí", "Cục trưởng Cục Quản lý thị trường tỉnh Tân Lập");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Phó Cục trưởng Cục Kinh tế hợp tác và trang trại phát biểu.",
				   "Hà Văn Tư", "đồng chí", "Phó Cục trưởng Cục Kinh tế hợp tác và trang trại");
	org_is("Tin hoạt động\nSáng 3/5/2024, Cục Kinh tế họp giao ban công tác.", "Cục Kinh tế", "giao ban");
}

/*
 * U2 (probe 13): "A phối hợp với B tổ chức" where the partner B is named in
 * lower case ("Trung tâm bồi dưỡng chính trị huyện"): A, the lead body,
 * organizes; with no meeting verb in the clause, nobody does.
 */
static void
test_organizer_partner_lower(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nSáng 4/5/2021, Ban tuyên giáo huyện phối hợp với Trung tâm bồi dưỡng chính "
		   "trị huyện tổ chức hội nghị thông tin thời sự tháng 5.", "Ban tuyên giáo huyện", "hội nghị");
	org_is("Tin hoạt động\nSáng 4/5/2021, Ban Tuyên giáo Huyện ủy Minh Sơn phối hợp với Trung tâm Bồi "
		   "dưỡng chính trị huyện tổ chức hội nghị báo cáo viên.", "Ban Tuyên giáo Huyện ủy Minh Sơn", NULL);
	org_is("Tin hoạt động\nSáng 4/5/2021, Ban Dân vận Tỉnh ủy phối hợp với các cơ quan liên quan tổ chức "
		   "hội nghị sơ kết công tác dân vận.", "Ban Dân vận Tỉnh ủy", "sơ kết");
	r = extract("Tin hoạt động\nSáng 4/5/2021, Ban Tuyên giáo Huyện ủy phối hợp với các xã trong huyện "
				"tuyên truyền. Tổ chức hội nghị là việc của xã.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "no verb in the clause: %s", r->meeting.organizer);
	gb_result_free(r);
}

/*
 * U3 (probe 13): "Bộ Quốc phòng sẽ (sắp) tổ chức Hội nghị" in the lead: a
 * meeting announced is the one reported, its subject the organizer; a
 * future meeting spoken of after the lead is not the report's.
 */
static void
test_organizer_future(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nNgày mai (12/4/2022), Bộ Quốc phòng sẽ tổ chức Hội nghị tổng kết 5 năm "
		   "thực hiện nghị quyết.", "Bộ Quốc phòng", "tổng kết");
	org_is("Tin hoạt động\nNgày 12/4/2022, Ban Thường vụ Huyện ủy Minh Sơn sắp tổ chức hội nghị sơ kết "
		   "công tác dân vận.", "Ban Thường vụ Huyện ủy Minh Sơn", "sơ kết");
	org_is("Tin hoạt động\nNgày 12/4/2022, Đảng ủy xã Tân Lập sắp tới sẽ tổ chức hội nghị quán triệt.",
		   "Đảng ủy xã Tân Lập", "quán triệt");
	r = extract("ĐẠI HỘI CÁC CHI BỘ\nTrong tháng 2, xã Tân Lập đã có 5 chi bộ tổ chức đại hội; riêng Chi "
				"bộ Trường Tiểu học sẽ tổ chức Đại hội trong tháng 3.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "future, off the lead: %s", r->meeting.organizer);
	gb_result_free(r);
}

/*
 * U4 (probe 13): "Đảng ủy" and an agency ("Ban Quản lý", "Bệnh viện",
 * "Công ty"): its name runs on in any case to the verb, a short name in
 * parentheses after it left out; cut before a function word, and not
 * taken when no verb follows it.
 */
static void
test_organizer_agency_committee(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nSáng 5/9/2023, Đảng ủy Ban Quản lý các Khu Chế xuất và Công nghiệp tỉnh "
		   "(Đảng ủy Ban Quản lý) tổ chức hội nghị sơ kết công tác dân vận.",
		   "Đảng ủy Ban Quản lý các Khu Chế xuất và Công nghiệp tỉnh", "sơ kết");
	org_is("Tin hoạt động\nSáng 5/9/2023, Đảng ủy Bệnh viện Đa khoa tỉnh đã tổ chức hội nghị quán triệt.",
		   "Đảng ủy Bệnh viện Đa khoa tỉnh", "quán triệt");
	org_is("Tin hoạt động\nSáng 5/9/2023, Đảng ủy Ban Quản lý dự án đầu tư xây dựng huyện tổ chức hội "
		   "nghị giao ban.", "Đảng ủy Ban Quản lý dự án đầu tư xây dựng huyện", "giao ban");
	org_is("Tin hoạt động\nSáng 5/9/2023, Đảng ủy Công ty cổ phần Cao su Minh Sơn phối hợp với Sở Công "
		   "Thương tổ chức hội nghị.", "Đảng ủy Công ty cổ phần Cao su Minh Sơn", NULL);
	r = extract("Tin hoạt động\nSáng 5/9/2023, Đảng ủy Bệnh viện đề nghị cấp trên tổ chức hội nghị.",
				0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "a verb after the agency: %s", r->meeting.organizer);
	gb_result_free(r);
}

/*
 * U6 (probe 13): "Chi bộ X - Đảng bộ Y tổ chức": the cell organizes, its
 * parent named after the dash goes with it, as after a comma; not the
 * parent alone, and not when the partner follows ("phối hợp với").
 */
static void
test_organizer_cell_parent_dash(void)
{
	org_is("Tin hoạt động\nChiều ngày 12/7/2023, Chi bộ Đông Hòa - Đảng bộ xã Tân Lập tổ chức sinh hoạt "
		   "chuyên đề.", "Chi bộ Đông Hòa - Đảng bộ xã Tân Lập", "sinh hoạt chuyên đề");
	org_is("Tin hoạt động\nChiều ngày 12/7/2023, Chi bộ Thôn 5 – Đảng ủy xã Minh Sơn đã tổ chức sinh hoạt "
		   "chuyên đề.", "Chi bộ Thôn 5 - Đảng ủy xã Minh Sơn", NULL);
	org_is("Tin hoạt động\nChiều ngày 12/7/2023, Chi bộ Đông Hòa - Đảng bộ xã Tân Lập phối hợp với Hội "
		   "Nông dân xã tổ chức sinh hoạt chuyên đề.", "Chi bộ Đông Hòa - Đảng bộ xã Tân Lập", NULL);
	org_is("Tin hoạt động\nChiều ngày 12/7/2023, Chi bộ 4, Đảng bộ xã Tân Lập tổ chức sinh hoạt chuyên đề.",
		   "Chi bộ 4, Đảng bộ xã Tân Lập", NULL);
}

/*
 * U5 (probe 13): a congress's panel, "Tiểu ban/Ban/Tổ <field> Đại hội
 * <congress>", the congress's name inside its own, holds meetings; not "Tổ
 * chức Đại hội ...", a verb, nor the subject of "tổ chức Đại hội".
 */
static void
test_organizer_congress_panel(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nNgày 3-6-2020, Tiểu ban Tuyên truyền khánh tiết Đại hội đại biểu Đảng bộ tỉnh "
		   "lần thứ XVIII đã tổ chức họp triển khai nhiệm vụ.",
		   "Tiểu ban Tuyên truyền khánh tiết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII", NULL);
	org_is("Tin hoạt động\nNgày 3-6-2020, Ban Văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII đã tổ "
		   "chức họp cho ý kiến.", "Ban Văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII", NULL);
	org_is("Tin hoạt động\nNgày 3-6-2020, Tổ Biên tập Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025 họp cho ý "
		   "kiến vào dự thảo.", "Tổ Biên tập Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025", NULL);
	org_is("Tin hoạt động\nNgày 3-6-2020, Ban Thường vụ Huyện ủy tổ chức Đại hội đại biểu Đảng bộ huyện lần "
		   "thứ XX.", "Ban Thường vụ Huyện ủy", NULL);
	r = extract("Tin hoạt động\nNgày 3-6-2020, Tổ chức Đại hội đại biểu Đảng bộ huyện lần thứ XX.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "Tổ chức Đại hội: %s", r->meeting.organizer);
	gb_result_free(r);
}

/*
 * R9 (probe 53 G4, probe 54 G3): the congress inside a body's name is part
 * of it, never the meeting: a subcommittee's field in lower case ("Tiểu ban
 * văn kiện Đại hội ...", "Tiểu ban tổ chức phục vụ Đại hội XIV"), an
 * agency serving a congress ("Trung tâm Báo chí Đại hội XIV của Đảng"), and
 * "Đại hội" alone before the verb ("Tiểu ban Văn kiện Đại hội tổ chức
 * phiên họp"); the body's own meeting sets the kind.
 */
static void
test_organizer_congress_in_name(void)
{
	org_is("Tin hoạt động\nChiều ngày 21/11/2024, Tiểu ban văn kiện Đại hội Đảng bộ huyện lần thứ XX tổ chức "
		   "cuộc họp (lần 3) để thảo luận đề cương.", "Tiểu ban văn kiện Đại hội Đảng bộ huyện lần thứ XX",
		   "cuộc họp");
	org_is("Tin hoạt động\nNgày 5/9/2024, Tiểu ban nhân sự Đại hội Đảng bộ tỉnh Cao Bằng tổ chức hội nghị.",
		   "Tiểu ban nhân sự Đại hội Đảng bộ tỉnh Cao Bằng", "hội nghị");
	org_is("Tin hoạt động\nNgày 29-12-2025, tại Hà Nội, Tiểu ban tổ chức phục vụ Đại hội XIV của Đảng tổ chức "
		   "Phiên họp lần thứ 2.", "Tiểu ban tổ chức phục vụ Đại hội XIV của Đảng", "phiên họp");
	org_is("Tin hoạt động\nSáng 12-11-2025, Ban Tuyên giáo và Dân vận Trung ương, Trung tâm Báo chí Đại hội XIV "
		   "của Đảng tổ chức phiên họp lần thứ nhất.",
		   "Ban Tuyên giáo và Dân vận Trung ương, Trung tâm Báo chí Đại hội XIV của Đảng", "phiên họp");
	org_is("Tin hoạt động\nNgày 8/4/2020, Trung tâm Báo chí Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XIX "
		   "họp.", "Trung tâm Báo chí Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XIX", NULL);
	org_is("Tin hoạt động\nNgày 8/4/2020, Tiểu ban Văn kiện Đại hội tổ chức phiên họp thứ 3.",
		   "Tiểu ban Văn kiện Đại hội", "phiên họp");
	/* the verb still ends a subject that holds the congress */
	org_is("Tin hoạt động\nNgày 8/4/2020, Ban Thường vụ Huyện ủy Na Rì tổ chức Đại hội Đảng bộ huyện lần thứ "
		   "XX.", "Ban Thường vụ Huyện ủy Na Rì", "đại hội");
}

/*
 * R9 (probe 53 G5): the Youth Union by its abbreviation, "Đoàn TNCS Hồ Chí
 * Minh huyện Đất Đỏ", is a body as "Đoàn Thanh niên ..." is, alone or the
 * last of co-organizers listed with commas.
 */
static void
test_organizer_youth_union_abbrev(void)
{
	org_is("Tin hoạt động\nSáng 13/12/2023, Ban Dân vận, Hội LHPN, Hội Nông dân, Đoàn TNCS Hồ Chí Minh huyện "
		   "Đất Đỏ tổ chức Hội nghị tổng kết công tác dân vận năm 2023.",
		   "Ban Dân vận, Hội LHPN, Hội Nông dân, Đoàn TNCS Hồ Chí Minh huyện Đất Đỏ", NULL);
	org_is("Tin hoạt động\nNgày 26/3/2024, Đoàn TNCS Hồ Chí Minh tỉnh Đắk Lắk tổ chức hội nghị.",
		   "Đoàn TNCS Hồ Chí Minh tỉnh Đắk Lắk", "hội nghị");
	org_is("Tin hoạt động\nNgày 26/3/2024, Hội Cựu chiến binh, Đoàn TNCS Hồ Chí Minh xã Tân Lập tổ chức hội "
		   "nghị.", "Hội Cựu chiến binh, Đoàn TNCS Hồ Chí Minh xã Tân Lập", NULL);
}

/*
 * U1 (probe 13), the organizer: a body known by its whole name written in
 * lower case where the subject starts ("ủy ban Kiểm tra trung ương họp")
 * gets its canonical spelling; a lower-case cell with its parent after a
 * comma ("chi bộ 4, đảng bộ xã Hưng Lâm") is one organizer as written.  No
 * organizer from lower-case cells or Party organizations with no name
 * ("các chi bộ", "đảng bộ xã"), nor from a known body inside a phrase
 * ("đại biểu quốc hội").
 */
static void
test_organizer_lower_case(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nTừ ngày 3 đến ngày 5 tháng 11 năm 2020, tại Hà Nội, ủy ban Kiểm tra trung ương "
		   "họp kỳ 52.", "Ủy ban Kiểm tra Trung ương", "họp");
	org_is("Tin hoạt động\nSáng 5/3/2022, bộ chính trị, ban bí thư tổ chức hội nghị toàn quốc.",
		   "Bộ Chính trị, Ban Bí thư", NULL);
	org_is("Tin hoạt động\nTối ngày 10/3/2023 chi bộ 4, đảng bộ xã Hưng Lâm tổ chức sinh hoạt chuyên đề.",
		   "chi bộ 4, đảng bộ xã Hưng Lâm", "sinh hoạt chuyên đề");
	org_is("Tin hoạt động\nTối ngày 10/3/2023, Chi bộ 2, đảng ủy Phường 3 tổ chức sinh hoạt chuyên đề.",
		   "Chi bộ 2, đảng ủy Phường 3", NULL);
	r = extract("Tin hoạt động\nTối ngày 10/3/2023, các chi bộ, đảng bộ xã tổ chức sinh hoạt chuyên đề.",
				0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "các chi bộ: %s", r->meeting.organizer);
	gb_result_free(r);
	r = extract("Tin hoạt động\nSáng 5/3/2022, các vị đại biểu quốc hội tổ chức hội nghị tiếp xúc cử tri.",
				0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "đại biểu quốc hội: %s", r->meeting.organizer);
	gb_result_free(r);
}

/*
 * A topic word is spelled with its tone marks: "về" before "tổ chức hội
 * nghị" makes the meeting one spoken of, the "vệ" of "Cảnh vệ", which folds
 * alike, does not.
 */
static void
test_kind_canh_ve(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nSáng 12/3/2024, Bộ Tư lệnh Cảnh vệ tổ chức hội nghị sơ kết công tác 6 tháng.",
		   "Bộ Tư lệnh Cảnh vệ", "sơ kết");
	org_is("Tin hoạt động\nSáng 12/3/2024, Đảng ủy Trung đoàn Cảnh vệ tổ chức hội nghị quán triệt nghị quyết.",
		   "Đảng ủy Trung đoàn Cảnh vệ", "quán triệt");
	/* "về tổ chức đại hội": a plan about a congress, none held */
	r = extract("Tin hoạt động\nSáng 12/3/2024, Ban Thường vụ Huyện ủy Minh Sơn ban hành Kế hoạch về tổ chức "
				"đại hội chi bộ.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL, "Kế hoạch về tổ chức đại hội: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	gb_result_free(r);
}

/*
 * W8 (probe 15).  The object of "tổng kết" may list several areas, each
 * after a comma, before its year: the year is still the one reviewed.  A
 * planning word is spelled with its tone marks: "để rà soát" is no "đề ra".
 */
static void
period_text_is(const char *text, const char *want)
{
	GbResult   *r = extract(text, 0, 0, 0);

	CHECK(want == NULL ? r->meeting.period_text == NULL :
		  (r->meeting.period_text && strcmp(r->meeting.period_text, want) == 0),
		  "period %s: %s", want ? want : "-", r->meeting.period_text ? r->meeting.period_text : "-");
	gb_result_free(r);
}

static void
test_period_after_list(void)
{
	period_text_is("Tin hoạt động\nNgày 30-12-2024, Đảng bộ xã Tân Lập tổ chức Hội nghị tổng kết công tác xây "
				   "dựng Đảng, xây dựng chính quyền, vận động nhân dân, quốc phòng, an ninh năm 2024 và triển khai "
				   "nhiệm vụ năm 2025.", "năm 2024");
	period_text_is("Tin hoạt động\nNgày 30-12-2024, Ủy ban Kiểm tra Huyện ủy Minh Sơn tổ chức hội nghị tổng kết "
				   "công tác kiểm tra, giám sát và thi hành kỷ luật của Đảng năm 2024; triển khai nhiệm vụ năm 2025.",
				   "năm 2024");
	/* the year planned stays planned however long its list */
	period_text_is("Tin hoạt động\nNgày 30-12-2024, Đảng ủy xã Tân Lập tổ chức hội nghị triển khai nhiệm vụ xây "
				   "dựng Đảng, xây dựng chính quyền, vận động nhân dân năm 2025.", NULL);
	period_text_is("Tin hoạt động\nSáng ngày 17/06/2020, Thượng tướng Lê Văn Tám đã chủ trì buổi làm việc để rà "
				   "soát, đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm.", "6 tháng đầu năm");
}

/*
 * Probe 53 G1.  A list of areas holds a name used as a common noun, one
 * capitalized word after a lower-case one ("xây dựng Đảng, chính quyền"):
 * the bare year after it is still reviewed, and planned after a plan noun.
 * A two-word name before the comma (a place's) still breaks the clause.
 */
static void
test_period_list_capital_word(void)
{
	period_text_is("Tin hoạt động\nNgày 26/12/2025, Đảng uỷ xã Vĩnh Phú tổ chức hội nghị tổng kết công tác xây "
				   "dựng Đảng, chính quyền năm 2025 và triển khai phương hướng, nhiệm vụ năm 2026.", "năm 2025");
	period_text_is("Tin hoạt động\nNgày 28/12/2024, Đảng ủy phường Tân Lập tổ chức hội nghị tổng kết công tác "
				   "xây dựng Đảng, chính quyền, mặt trận và các đoàn thể năm 2024.", "năm 2024");
	period_text_is("Tin hoạt động\nNgày 20/12/2023, Huyện ủy Minh Sơn tổng kết công tác lãnh đạo Đảng, phát triển "
				   "kinh tế - xã hội năm 2023.", "năm 2023");
	period_text_is("Tin hoạt động\nNgày 26/12/2025, Đảng ủy xã Tân Lập tổ chức hội nghị triển khai nhiệm vụ xây "
				   "dựng Đảng, chính quyền năm 2026.", NULL);
	period_text_is("Tin hoạt động\nNgày 26/12/2025, Đảng ủy xã Tân Lập tổ chức hội nghị tổng kết tại xã Vĩnh "
				   "Phú, chính quyền năm 2025 hoàn thành.", NULL);
	/* a comma after a quoted name lists the next item of the object */
	period_text_is("Tin hoạt động\nSáng 13/12/2023, Ban Dân vận Huyện ủy Đất Đỏ tổ chức Hội nghị tổng kết công "
				   "tác dân vận gắn với tổng kết phong trào thi đua “Dân vận khéo”, Chương trình phối hợp năm "
				   "2023, triển khai phương hướng, nhiệm vụ năm 2024.", "năm 2023");
	period_text_is("Tin hoạt động\nNgày 20/12/2024, Hội Cựu chiến binh huyện Minh Sơn tổng kết phong trào thi "
				   "đua “Cựu chiến binh gương mẫu”, Chương trình hành động năm 2024.", "năm 2024");
}

/*
 * Probe 44 G5.  A span of whole years the meeting reviews is its period:
 * "tổng kết 5 năm (2021-2025)", "N năm Y1-Y2", "giai đoạn Y1 - Y2", any
 * dash, from the first year's January to the January after the last.  A
 * count of years written with it agrees with the span (both ends counted,
 * or the years between); a span is never a term ("nhiệm kỳ"), one ahead
 * ("định hướng", "mục tiêu") or one not reviewed; the first period
 * reviewed is still the one taken.
 */
static void
test_period_years_span(void)
{
	period_case("Tin hoạt động\nChiều 14/3/2025, Tỉnh ủy Kiên Giang tổ chức Hội nghị tổng kết 5 năm (2021-2025) "
				"công tác xây dựng Đảng.", 2021, 1, 2026, 1, "5 năm (2021-2025)");
	period_case("Tin hoạt động\nSáng 10/5/2023, Huyện ủy Tam Nông tổ chức hội nghị sơ kết 3 năm (2021 \u2013 2023) "
				"thực hiện Kết luận số 21-KL/TW.", 2021, 1, 2024, 1, "3 năm (2021 - 2023)");
	period_case("Tin hoạt động\nNgày 20/12/2025, Thành ủy Huế tổ chức hội nghị tổng kết 5 năm 2020-2025 công tác "
				"kiểm tra, giám sát.", 2020, 1, 2026, 1, "5 năm 2020-2025");
	period_case("Tin hoạt động\nSáng 27/2/2024, UBND tỉnh Quảng Trị tổ chức hội nghị sơ kết 5 năm thực hiện Ngày "
				"Biên phòng toàn dân, giai đoạn 2019-2024.", 2019, 1, 2025, 1, "giai đoạn 2019-2024");
	period_case("Tin hoạt động\nNgày 26/11/2025, Đảng ủy phường Tân Định tổ chức hội nghị tổng kết giai đoạn "
				"2020 \u2013 2025 và định hướng giai đoạn 2026 \u2013 2030.", 2020, 1, 2026, 1,
				"giai đoạn 2020 - 2025");
	period_case("Tin hoạt động\nChiều 5/12/2020, Huyện ủy Lục Yên tổ chức hội nghị tổng kết mười năm (2011-2020) "
				"thực hiện Chỉ thị số 03-CT/TW.", 2011, 1, 2021, 1, "mười năm (2011-2020)");
	/* a count that disagrees with the span: none */
	period_case("Tin hoạt động\nSáng 10/5/2023, Huyện ủy Tam Nông tổ chức hội nghị sơ kết 3 năm (2021-2025) thực "
				"hiện Kết luận số 21-KL/TW.", 0, 0, 0, 0, NULL);
	period_case("Tin hoạt động\nSáng 10/5/2023, Huyện ủy Tam Nông tổ chức hội nghị sơ kết 3 năm 2021 - 2025 thực "
				"hiện Kết luận số 21-KL/TW.", 0, 0, 0, 0, NULL);
	period_case("Tin hoạt động\nNgày 20/7/2023, Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết "
				"số 05-NQ/TU về phát triển du lịch giai đoạn 2021-2025.", 0, 0, 0, 0, NULL);
	/* a congress's term, a span ahead, one without a review, one the meeting cannot have reviewed yet */
	period_case("Tin hoạt động\nNgày 20/12/2024, Đảng ủy xã An Bình tổ chức hội nghị tổng kết nhiệm kỳ 2020-2025.",
				0, 0, 0, 0, NULL);
	period_case("Tin hoạt động\nNgày 20/12/2025, Thành ủy Huế tổ chức hội nghị định hướng giai đoạn 2026-2030.",
				0, 0, 0, 0, NULL);
	period_case("Tin hoạt động\nNgày 20/12/2025, Tỉnh ủy Sơn La tổ chức hội nghị tổng kết và xác định mục tiêu "
				"giai đoạn 2026-2030.", 0, 0, 0, 0, NULL);
	period_case("Tin hoạt động\nNgày 20/12/2025, Tỉnh ủy Sơn La tổ chức hội nghị quán triệt Nghị quyết về phát "
				"triển du lịch giai đoạn 2021-2025.", 0, 0, 0, 0, NULL);
	period_case("Tin hoạt động\nNgày 20/7/2023, Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết Nghị quyết số 05-NQ/TU về "
				"phát triển du lịch giai đoạn 2021-2030.", 0, 0, 0, 0, NULL);
	period_case("Tin hoạt động\nNgày 20/7/2023, Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết Chương trình phát triển du "
				"lịch giai đoạn 2021-2030.", 0, 0, 0, 0, NULL);
	/* with no year of the day to tell, the words before the span */
	period_case("Tin hoạt động\nChiều 20/12, Tỉnh ủy Sơn La tổ chức hội nghị tổng kết và xác định mục tiêu "
				"giai đoạn 2026-2030.", 0, 0, 0, 0, NULL);
	period_case("Tin hoạt động\nChiều 20/12, Thành ủy Vinh tổ chức hội nghị tổng kết, định hướng giai đoạn "
				"2026-2030.", 0, 0, 0, 0, NULL);
	period_case("Tin hoạt động\nChiều 20/7, Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết 3 năm Chương trình phát triển "
				"du lịch giai đoạn 2021-2025.", 0, 0, 0, 0, NULL);
	period_case("Tin hoạt động\nChiều 20/7, Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết ba năm Chương trình phát triển "
				"du lịch giai đoạn 2021-2025.", 0, 0, 0, 0, NULL);
	period_case("Tin hoạt động\nChiều 20/7, Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết 4 năm Chương trình phát triển "
				"du lịch giai đoạn 2021-2025.", 2021, 1, 2026, 1, "giai đoạn 2021-2025");
	/* a single year first, the span after it: the year */
	period_case("Tin hoạt động\nNgày 20/12/2024, Đảng ủy xã An Bình tổ chức hội nghị tổng kết công tác xây dựng "
				"Đảng năm 2024 và giai đoạn 2020-2024.", 2024, 1, 2025, 1, "năm 2024");
	/* "năm 2021 - 2025" is no year 2021 */
	period_case("Tin hoạt động\nNgày 20/12/2025, Tỉnh ủy Sơn La tổ chức hội nghị tổng kết năm 2021 - 2025.",
				0, 0, 0, 0, NULL);
}

/*
 * Probe 44 G5.  A span of years reviewed gives the meeting's day no year:
 * "sơ kết 2 năm (2023-2024)" on "14/12" may be in 2024 or 2025; the
 * publication's year still dates it.  A span in the body, not the lead's,
 * is a document's or a speech's subject ("Đề cương Báo cáo tổng kết ...
 * 10 năm 2001 - 2010"), no period.
 */
static void
test_period_years_span_dating(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nChiều 14/12, Huyện ủy Tam Nông tổ chức hội nghị sơ kết 2 năm (2023-2024) thực hiện "
				"Chỉ thị số 15-CT/HU.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0) && r->meeting.period_lo.y == 2023 && r->meeting.period_hi.y == 2025,
		  "span dates no day: %d-%d-%d, %d..%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d, r->meeting.period_lo.y, r->meeting.period_hi.y);
	gb_result_free(r);
	r = extract("Tin hoạt động\nChiều 14/12, Huyện ủy Tam Nông tổ chức hội nghị sơ kết 2 năm (2023-2024) thực hiện "
				"Chỉ thị số 15-CT/HU.", 2024, 12, 15);
	CHECK(held_is(r, 2024, 12, 14) && r->meeting.period_lo.y == 2023, "published: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	period_case("Tin hoạt động\nSáng 28/7/2010, Tỉnh ủy Bình Định tổ chức thông báo nhanh kết quả Hội nghị Trung "
				"ương 10 (khóa X).\nĐồng chí Bí thư Tỉnh ủy giới thiệu Đề cương Báo cáo tổng kết thực hiện chiến "
				"lược phát triển kinh tế - xã hội 10 năm 2001 - 2010.", 0, 0, 0, 0, NULL);
}

/*
 * W6 (probe 15).  "hội nghị" in a building's name after "tại" is a place
 * in any case: "tại Trung tâm hội nghị tỉnh, Đại hội ... khai mạc" is a
 * congress.
 */
static void
test_kind_venue_lower(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nNgày 13/10/2020, tại Trung tâm hội nghị tỉnh Tân Lập, Đại hội đại biểu Đảng bộ "
				"tỉnh Tân Lập lần thứ XIV chính thức khai mạc.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind && strcmp(r->meeting.meeting_kind, "đại hội") == 0,
		  "venue in lower case: %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	gb_result_free(r);
	r = extract("Tin hoạt động\nNgày 13/10/2020, tại Cung hội nghị tỉnh, Đại hội Đảng bộ huyện Minh Sơn lần thứ "
				"XX khai mạc.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind && strcmp(r->meeting.meeting_kind, "đại hội") == 0,
		  "Cung hội nghị: %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	gb_result_free(r);
	/* the meeting held at a centre is still one */
	r = extract("Tin hoạt động\nNgày 13/10/2020, Trung tâm Chính trị huyện Minh Sơn tổ chức hội nghị quán triệt "
				"nghị quyết.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind && strcmp(r->meeting.meeting_kind, "quán triệt") == 0,
		  "a centre's meeting: %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	gb_result_free(r);
}

/*
 * V1 (probe 14): a company inside a title, "Chủ tịch Tổng công ty": "công
 * ty" is a body's word, not the verb "công" ending the title.
 */
static void
test_title_company(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Bí thư Đảng ủy, Chủ tịch Tổng công ty chủ trì hội nghị.",
				   "Hà Văn Tư", "đồng chí", "Bí thư Đảng ủy | Chủ tịch Tổng công ty");
	check_official("Tin vắn\nÔng Mạc Văn Định, Chủ tịch Hội đồng thành viên Tổng công ty Tân Lập dự.",
				   "Mạc Văn Định", "ông", "Chủ tịch Hội đồng thành viên Tổng công ty Tân Lập");
}

/* V1, continued: a company's legal form goes on in its name ("Công ty cổ phần Tân Lập") */
static void
test_title_company_form(void)
{
	check_official("Tin vắn\nÔng Hà Văn Tư, Chủ tịch Hội đồng quản trị Công ty cổ phần Tân Lập phát biểu.",
				   "Hà Văn Tư", "ông", "Chủ tịch Hội đồng quản trị Công ty cổ phần Tân Lập");
	check_official("Tin vắn\nÔng Hà Văn Tư, Giám đốc Công ty trách nhiệm hữu hạn một thành viên Tân Lập dự.",
				   "Hà Văn Tư", "ông", "Giám đốc Công ty trách nhiệm hữu hạn một thành viên Tân Lập");
}

/*
 * V2 (probe 14): a title ends with its body's name.  After "và" a noun of
 * persons ("Lãnh đạo") starts the next subject; after a place's name
 * ("Việt Nam") a capitalized verb ("Báo cáo") is the sentence's.
 */
static void
test_title_ends_after_body(void)
{
	check_official("Tin vắn\nChủ trì là đồng chí Hà Văn Tư, Trưởng Ban Tuyên giáo Tỉnh ủy và Lãnh đạo 2 đơn vị phối hợp.",
				   "Hà Văn Tư", "đồng chí", "Trưởng Ban Tuyên giáo Tỉnh ủy");
	check_official("Tin vắn\nThiếu tướng Hà Văn Tư, Phó Chủ tịch Hội CCB Việt Nam Báo cáo tổng kết đã nêu bật kết quả.",
				   "Hà Văn Tư", NULL, "Phó Chủ tịch Hội CCB Việt Nam");
	check_official("Tin vắn\nÔng Hà Văn Tư, Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội dự.",
				   "Hà Văn Tư", "ông", "Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội");
}

/*
 * V12 (probe 14): a field a body's name ends with, capitalized as a name's
 * syllables are and led by a surname ("Vụ Giáo dục và Đào Tạo"), is no
 * person and goes on in the title.
 */
static void
test_title_field_not_name(void)
{
	GbResult   *r;

	check_official("Tin vắn\nĐồng chí Hà Văn Tư - Vụ trưởng Vụ Giáo dục và Đào Tạo - Bộ Giáo dục và Đào tạo thông tin chuyên đề.",
				   "Hà Văn Tư", "đồng chí", "Vụ trưởng Vụ Giáo dục và Đào Tạo, Bộ Giáo dục và Đào tạo");
	r = extract("Tin vắn\nĐồng chí Hà Văn Tư - Vụ trưởng Vụ Giáo dục và Đào Tạo phát biểu.", 0, 0, 0);
	CHECK(r->nofficials == 1, "one person, not \"Đào Tạo\": %d", r->nofficials);
	gb_result_free(r);
	check_official("Tin vắn\nÔng Đào Văn Tạo, Giám đốc Sở Nội vụ dự.", "Đào Văn Tạo", "ông", "Giám đốc Sở Nội vụ");
}

/*
 * V10 (probe 14): the surname "Vũ" folds as the position "Vụ trưởng" does
 * ("Nguyễn Vũ Trường Sơn", "Vũ Trường Giang"); spelled so it is a name's
 * syllable, and "Vụ trưởng" stays a position.
 */
static void
test_name_vu_truong(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nNgày 12-1-2019, Đảng ủy Khối tỉnh Tân Lập tổ chức hội nghị. Đồng chí Nguyễn Vũ "
				"Trường Giang, Phó Bí thư Đảng ủy Khối chủ trì hội nghị.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Nguyễn Vũ Trường Giang") == 0,
		  "chair: %s", r->meeting.nchairs ? r->meeting.chairs[0] : "none");
	gb_result_free(r);
	check_official("Tin vắn\nĐồng chí Vũ Trường Giang, Bí thư Đảng ủy Khối chủ trì hội nghị.",
				   "Vũ Trường Giang", "đồng chí", "Bí thư Đảng ủy Khối");
	check_official("Tin vắn\nÔng Hà Văn Tư, Vụ trưởng Vụ Pháp chế dự.", "Hà Văn Tư", "ông", "Vụ trưởng Vụ Pháp chế");
	/* so does "Trương" as "Trưởng khoa" */
	check_official("Tin vắn\nĐồng chí Trương Khoa Minh, Bí thư Huyện ủy phát biểu.",
				   "Trương Khoa Minh", "đồng chí", "Bí thư Huyện ủy");
	check_official("Tin vắn\nTrưởng khoa Lê Văn Tâm phát biểu.", "Lê Văn Tâm", NULL, "Trưởng khoa");
}

/*
 * V6 (probe 14): "phòng, chống" is one verb pair inside a body's name; the
 * comma between them separates no titles, and what it is against goes on
 * up to a level, a capital or the sentence's verb.
 */
static void
test_title_prevent_comma(void)
{
	check_official("Tin vắn\nDự có đồng chí Hà Văn Tư, Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo Phòng, chống dịch COVID-19 tỉnh.",
				   "Hà Văn Tư", "đồng chí", "Chủ tịch UBND tỉnh | Trưởng Ban chỉ đạo Phòng, chống dịch COVID-19 tỉnh");
	check_official("Tin vắn\nÔng Hà Văn Tư, Trưởng Ban Chỉ đạo phòng, chống tham nhũng tỉnh phát biểu.",
				   "Hà Văn Tư", "ông", "Trưởng Ban Chỉ đạo phòng, chống tham nhũng tỉnh");
	check_official("Tin vắn\nÔng Hà Văn Tư, Phó Trưởng Ban chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh dự.",
				   "Hà Văn Tư", "ông", "Phó Trưởng Ban chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh");
	/* a list of positions goes on as one */
	check_official("Tin vắn\nÔng Hà Văn Tư, Trưởng phòng, Bí thư Chi bộ dự.", "Hà Văn Tư", "ông", "Trưởng phòng | Bí thư Chi bộ");
}

/*
 * V6, continued: "phòng chống" written without its comma, and after a body
 * inside the title ("Phó Trưởng Ban Thường trực Ban Chỉ đạo phòng, chống
 * tội phạm tỉnh"); "tội" is no "tối".
 */
static void
test_title_prevent_pair(void)
{
	check_official("Tin vắn\nÔng Hà Văn Tư, Trưởng Ban chỉ đạo phòng chống tham nhũng tỉnh phát biểu.",
				   "Hà Văn Tư", "ông", "Trưởng Ban chỉ đạo phòng chống tham nhũng tỉnh");
	check_official("Tin vắn\nÔng Hà Văn Tư, Trưởng Ban Chỉ đạo Phòng chống dịch COVID-19 tỉnh phát biểu.",
				   "Hà Văn Tư", "ông", "Trưởng Ban Chỉ đạo Phòng chống dịch COVID-19 tỉnh");
	check_official("Tin vắn\nÔng Hà Văn Tư, Phó Trưởng Ban Thường trực Ban Chỉ đạo phòng, chống tội phạm tỉnh phát biểu.",
				   "Hà Văn Tư", "ông", "Phó Trưởng Ban Thường trực Ban Chỉ đạo phòng, chống tội phạm tỉnh");
}

/*
 * V7 (probe 14): an honour of the State ("Anh hùng lực lượng vũ trang nhân
 * dân", "Nhà giáo Nhân dân") stands before a name as a rank does, alone or
 * after a rank and a comma.
 */
static void
test_honour_before_name(void)
{
	GbResult   *r;
	const GbOfficial *o;

	r = extract("Tin vắn\nĐồng chí Thượng tướng, Anh hùng lực lượng vũ trang nhân dân Hà Văn Tư, Chủ tịch "
				"Trung ương Hội CCB Việt Nam dự và chỉ đạo Đại hội.", 0, 0, 0);
	o = official(r, "Hà Văn Tư");
	CHECK(o && o->ntitles == 1 && strcmp(o->titles[0], "Chủ tịch Trung ương Hội CCB Việt Nam") == 0 &&
		  has_role(o, "dự") && has_role(o, "chỉ đạo"), "rank, honour, name: %s", o ? "titles" : "missed");
	gb_result_free(r);
	check_official("Tin vắn\nThượng tướng, Anh hùng LLVTND Hà Văn Tư, Chủ tịch Hội CCB tỉnh dự.",
				   "Hà Văn Tư", NULL, "Chủ tịch Hội CCB tỉnh");
	check_official("Tin vắn\nNhà giáo Nhân dân Hà Văn Tư, Hiệu trưởng Trường Chính trị tỉnh dự.",
				   "Hà Văn Tư", NULL, "Hiệu trưởng Trường Chính trị tỉnh");
}

/*
 * V8 (probe 14): "UVBCHTW", "UV BCH TW" shorten "Ủy viên Ban Chấp hành
 * Trung ương", a position in a list of titles as "UVTW" is.
 */
static void
test_title_uvbchtw(void)
{
	check_official("Tin vắn\nÔng Hà Văn Tư, UVBCHTW Đảng, Bí thư Tỉnh ủy Tân Lập dự và chỉ đạo Đại hội.",
				   "Hà Văn Tư", "ông", "UVBCHTW Đảng | Bí thư Tỉnh ủy Tân Lập");
	check_official("Tin vắn\nÔng Hà Văn Tư, UV BCH TW Đảng, Bí thư Thành ủy dự.",
				   "Hà Văn Tư", "ông", "UV BCH TW Đảng | Bí thư Thành ủy");
}

/*
 * V8, recurring (probe 15): "ĐUV" shortens "Đảng ủy viên", "QUV" "Quận ủy
 * viên", positions in a list of titles as "TUV" is; the short and the full
 * form are one title, spelled out.
 */
static void
test_title_duv(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư - ĐUV, Phó Chủ tịch HĐND phường dự.",
				   "Hà Văn Tư", "đồng chí", "ĐUV | Phó Chủ tịch HĐND phường");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, QUV, Bí thư Đảng ủy phường Minh Sơn dự.",
				   "Hà Văn Tư", "đồng chí", "QUV | Bí thư Đảng ủy phường Minh Sơn");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, ĐUV, Chủ tịch UBND xã phát biểu. Đảng ủy viên Hà Văn Tư dự.",
				   "Hà Văn Tư", "đồng chí", "Đảng ủy viên | Chủ tịch UBND xã");
}

/*
 * V11 (probe 14): "Thành viên" of a company's council ("HĐTV", "Hội đồng
 * quản trị") is a position, as "Ủy viên" of a committee; the plural "các
 * thành viên" names nobody.
 */
static void
test_title_council_member(void)
{
	GbResult   *r;

	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Phó bí thư thường trực Đảng ủy, Thành viên HĐTV Tập đoàn chủ trì hội nghị.",
				   "Hà Văn Tư", "đồng chí", "Phó bí thư thường trực Đảng ủy | Thành viên HĐTV Tập đoàn");
	check_official("Tin vắn\nÔng Hà Văn Tư, Thành viên Hội đồng quản trị Tổng công ty Tân Lập dự.",
				   "Hà Văn Tư", "ông", "Thành viên Hội đồng quản trị Tổng công ty Tân Lập");
	r = extract("Tin vắn\nCác thành viên HĐTV dự hội nghị.", 0, 0, 0);
	CHECK(r->nofficials == 0, "no person: %d", r->nofficials);
	gb_result_free(r);
}

/*
 * S1 (probes 13, 14): a body's name in sentence case after its head goes
 * on past its first lower-case word: a department's up to a dash ("Vụ
 * Chính sách đối ngoại - Bộ Ngoại giao", the ministry after it its parent,
 * probe 64 G4), a council's over a comma ("Hội
 * đồng lý luận, phê bình văn học nghệ thuật Trung ương"), a group's longer
 * name up to a level ("Ban chỉ đạo liên ngành an toàn thực phẩm tỉnh").
 */
static void
test_lower_body_goes_on(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư - Vụ trưởng Vụ Chính sách đối ngoại - Bộ Ngoại giao thông tin chuyên đề.",
				   "Hà Văn Tư", "đồng chí", "Vụ trưởng Vụ Chính sách đối ngoại, Bộ Ngoại giao");
	check_official("Tin vắn\nÔng Hà Văn Tư, Chủ tịch Hội đồng lý luận, phê bình văn học nghệ thuật Trung ương phát biểu.",
				   "Hà Văn Tư", "ông", "Chủ tịch Hội đồng lý luận, phê bình văn học nghệ thuật Trung ương");
	check_official("Tin vắn\nÔng Hà Văn Tư, Trưởng Ban chỉ đạo liên ngành an toàn thực phẩm tỉnh phát biểu.",
				   "Hà Văn Tư", "ông", "Trưởng Ban chỉ đạo liên ngành an toàn thực phẩm tỉnh");
	/* no level ends the words: the group's name is not read on over a verb */
	check_official("Tin vắn\nÔng Hà Văn Tư, Trưởng Ban chỉ đạo liên ngành an toàn thực phẩm nhắc lại việc tỉnh làm.",
				   "Hà Văn Tư", "ông", "Trưởng Ban chỉ đạo liên ngành an");
}

/*
 * V9 (probe 14): a two-day range "14 – 15/07/2022" with a dash spaced on
 * both sides dates the meeting by its first day, as "14-15/07/2022" does;
 * a dash spaced on one side only is no range.
 */
static void
test_day_range_spaced_dash(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nTrong 2 ngày 21 – 22/08/2021, Hội Nông dân tỉnh Minh Sơn tổ chức Đại hội "
				"đại biểu lần thứ IX.", 0, 0, 0);
	CHECK(held_is(r, 2021, 8, 21), "14 – 15: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin hoạt động\nTrong hai ngày 21 - 22/8/2021, Hội Nông dân tỉnh Minh Sơn tổ chức Đại hội "
				"đại biểu lần thứ IX.", 0, 0, 0);
	CHECK(held_is(r, 2021, 8, 21), "21 - 22: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * W4 (probe 15): two whole dates a few days apart, "từ ngày D/M/Y đến
 * (ngày) D/M/Y", date the meeting by the first; a range of weeks is a
 * campaign's, and a later range in the text is not the meeting's.
 */
static void
test_date_range_whole_dates(void)
{
	GbResult   *r;

	range_case("Tin hoạt động\nTừ ngày 05/02/2025 đến ngày 06/02/2025, Đại hội Đảng bộ xã Minh Sơn "
			   "lần thứ XII, nhiệm kỳ 2025-2030 đã diễn ra.", 2025, 2, 5, NULL, "từ ngày D/M/Y đến ngày D/M/Y");
	range_case("Tin hoạt động\nTừ ngày 05/02/2025 đến 06/02/2025, Đại hội Đảng bộ xã Minh Sơn "
			   "lần thứ XII đã diễn ra.", 2025, 2, 5, NULL, "no second ngày");
	range_case("Tin hoạt động\nTừ ngày 30/12 đến ngày 01/01/2025, Đại hội Đảng bộ xã Minh Sơn "
			   "lần thứ XII đã diễn ra.", 2024, 12, 30, NULL, "over the new year");
	range_case("Tin hoạt động\nTừ ngày 01/08/2025 đến ngày 30/09/2025, Đảng bộ xã Minh Sơn tổ chức "
			   "đại hội các chi bộ.", 0, 0, 0, NULL, "two months");
	r = extract("Tin hoạt động\nSáng 12/3/2025, Đảng ủy xã Minh Sơn tổ chức hội nghị. Theo kế hoạch, từ "
				"ngày 15/3/2025 đến ngày 17/3/2025, các chi bộ tổ chức đại hội.", 0, 0, 0);
	CHECK(held_is(r, 2025, 3, 12), "a plan's range later: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * V1 (probe 14), the organizer: a company ("Công ty", "Tổng công ty",
 * "Tập đoàn" and its name) and its Party committee organize; its legal
 * form after a dash (" – Công ty TNHH MTV") is left out; "tổ chức thông
 * báo nhanh" holds a briefing.
 */
static void
test_organizer_company(void)
{
	org_is("Tin hoạt động\nSáng ngày 12/5/2022, Thường vụ Đảng ủy Tổng công ty Minh Sơn tổ chức hội nghị "
		   "quán triệt Nghị quyết.", "Thường vụ Đảng ủy Tổng công ty Minh Sơn", "quán triệt");
	org_is("Tin hoạt động\nSáng ngày 12/5/2022, Đảng ủy Tổng công ty Minh Sơn tổ chức thông báo nhanh "
		   "kết quả Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng.", "Đảng ủy Tổng công ty Minh Sơn", NULL);
	org_is("Tin hoạt động\nChiều ngày 9/3/2022, Tổng Công ty Du lịch Minh Sơn – Công ty TNHH MTV đã tổ chức "
		   "Hội nghị Ban chấp hành Đảng bộ Tổng Công ty lần thứ 9.", "Tổng Công ty Du lịch Minh Sơn", NULL);
	org_is("Tin hoạt động\nChiều ngày 9/3/2022, Công ty Cấp nước Minh Sơn tổ chức hội nghị sơ kết.",
		   "Công ty Cấp nước Minh Sơn", "sơ kết");
	org_is("Tin hoạt động\nNgày 20-1-2021, Tập đoàn Minh Sơn tổ chức hội nghị tổng kết công tác năm 2020.",
		   "Tập đoàn Minh Sơn", "tổng kết");
}

/*
 * U2 (probe 14): "A chủ trì phối hợp với B, C tổ chức", with no comma after
 * "chủ trì" too: A, the subject, organizes.
 */
static void
test_organizer_chu_tri_phoi_hop(void)
{
	org_is("Tin hoạt động\nNgày 05/9/2021, Ban Dân vận Huyện ủy chủ trì phối hợp với Ủy ban MTTQ huyện, "
		   "Hội Nông dân huyện tổ chức hội nghị giao ban công tác dân vận.", "Ban Dân vận Huyện ủy",
		   "giao ban");
	org_is("Tin hoạt động\nNgày 05/9/2021, Ban Dân vận Huyện ủy chủ trì, phối hợp với Hội Nông dân huyện "
		   "tổ chức hội nghị giao ban.", "Ban Dân vận Huyện ủy", NULL);
}

/*
 * U1 (probe 14): "do Ban chỉ đạo liên ngành vệ sinh môi trường tỉnh tổ
 * chức": after "do", a body written in sentence case goes on in lower case
 * up to the verb it is the agent of, and is the organizer as written.
 */
static void
test_organizer_do_sentence_case(void)
{
	org_is("Tin hoạt động\nĐồng chí Trần Văn Hải - Phó Chủ tịch UBND tỉnh phát biểu tại Hội nghị tổng kết "
		   "công tác vệ sinh môi trường năm 2020 do Ban chỉ đạo liên ngành vệ sinh môi trường tỉnh tổ chức "
		   "vào ngày 8/1/2021.", "Ban chỉ đạo liên ngành vệ sinh môi trường tỉnh", "tổng kết");
	org_is("Tin hoạt động\nĐồng chí Trần Văn Hải phát biểu tại Hội nghị tổng kết năm 2020 do Ban chỉ đạo "
		   "phòng chống thiên tai huyện đã tổ chức vào ngày 8/1/2021.",
		   "Ban chỉ đạo phòng chống thiên tai huyện", NULL);
}

/*
 * V3 (probe 14): "Ban Tuyên giáo và Dân vận (TG&DV) Trung ương": an
 * ampersand between abbreviations is inside the word, the short form in
 * parentheses is skipped and the name goes on after it; "và" between the
 * fields of one department goes on in a bridge point's name.
 */
static void
test_body_ampersand_fields(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nSáng 15/10/2025, Ban Tuyên giáo và Dân vận (TG&DV) Trung ương tổ chức hội nghị "
		   "báo cáo viên.", "Ban Tuyên giáo và Dân vận Trung ương", NULL);
	r = extract("Tin hoạt động\nSáng 15/10/2025, Ban Tuyên giáo và Dân vận Trung ương tổ chức hội nghị "
				"trực tuyến. Dự hội nghị có đồng chí Hoàng Văn Lâm, Phó Trưởng Ban TG&DV Trung ương. Tham dự "
				"tại điểm cầu Ban Tuyên giáo và Dân vận Tỉnh ủy Minh Sơn có đồng chí Đỗ Thị Hạnh.", 0, 0, 0);
	CHECK(r->meeting.nbridge_points == 1 &&
		  str_is(r->meeting.bridge_points[0], "Ban Tuyên giáo và Dân vận Tỉnh ủy Minh Sơn"),
		  "TG&DV bridge: %d points, %s", r->meeting.nbridge_points,
		  r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "NULL");
	CHECK(official(r, "Hoàng Văn Lâm") && official(r, "Hoàng Văn Lâm")->ntitles == 1 &&
		  str_is(official(r, "Hoàng Văn Lâm")->titles[0], "Phó Trưởng Ban TG&DV Trung ương"),
		  "TG&DV title");
	gb_result_free(r);
}

/*
 * U6 (probe 14): bodies joined by dashes, "A- B - C phối hợp tổ chức",
 * organize together, the first named leading; "Sở Thông tin và truyền
 * thông", a department's known fields with the first capitalized, is one
 * name.  A cell and its parent after a dash stay one organizer as written.
 */
static void
test_organizer_dash_list(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nNgày 14/3/2020, Ban Tuyên giáo Huyện ủy- Ủy ban MTTQ huyện- Hội "
		   "Nông dân huyện phối hợp tổ chức hội nghị giao ban báo chí.", "Ban Tuyên giáo Huyện ủy", "giao ban");
	org_is("Tin hoạt động\nNgày 14/3/2020, Ban Tuyên giáo Tỉnh ủy - Sở Thông tin và truyền thông phối hợp tổ "
		   "chức hội nghị giao ban.", "Ban Tuyên giáo Tỉnh ủy", NULL);
	org_is("Tin hoạt động\nNgày 14/3/2020, Chi bộ Bình An - Đảng bộ xã Minh Sơn tổ chức sinh hoạt chuyên đề.",
		   "Chi bộ Bình An - Đảng bộ xã Minh Sơn", NULL);
	r = extract("Tin hoạt động\nNgày 14/3/2020, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị. Dự có ông Đỗ Văn Bình, "
				"Giám đốc Sở Thông tin và truyền thông.", 0, 0, 0);
	CHECK(official(r, "Đỗ Văn Bình") && official(r, "Đỗ Văn Bình")->ntitles == 1 &&
		  str_is(official(r, "Đỗ Văn Bình")->titles[0], "Giám đốc Sở Thông tin và truyền thông"),
		  "Sở Thông tin và truyền thông");
	gb_result_free(r);
}

/*
 * Q6 (probe 14): "tại Hội trường lớn UBND huyện, Ban Thường vụ Huyện đoàn
 * tổ chức": a room's noun and a word or two after it ("lớn", "tầng 2")
 * make the body after them its owner, an adverbial; the subject organizes.
 */
static void
test_organizer_after_venue_words(void)
{
	org_is("Tin hoạt động\nNgày 9/5/2019, tại Hội trường lớn UBND huyện, Ban Thường vụ Huyện đoàn Minh Sơn "
		   "tổ chức Hội nghị học tập Nghị quyết.", "Ban Thường vụ Huyện đoàn Minh Sơn", NULL);
	org_is("Tin hoạt động\nNgày 9/5/2019, tại hội trường tầng 2 Huyện ủy, Ban Tuyên giáo Huyện ủy Minh Sơn "
		   "tổ chức hội nghị báo cáo viên.", "Ban Tuyên giáo Huyện ủy Minh Sơn", NULL);
}

/*
 * W1 (probe 15): a city named after the body by its name alone, right
 * before the verb (", TPHCM tổ chức"), is where the body is; two places
 * under one head ("Tỉnh ủy A và B đã tổ chức") are kept as written.  A
 * second body after the comma is still a list.
 */
static void
test_organizer_city_and_shared_head(void)
{
	org_is("Tin hoạt động\nNgày 30-12-2025, Đảng bộ phường Minh Sơn, TPHCM tổ chức Hội nghị Ban Chấp hành "
		   "Đảng bộ phường lần thứ 5.", "Đảng bộ phường Minh Sơn", NULL);
	org_is("Tin hoạt động\nNgày 30-12-2025, Đảng ủy xã Tân Lập, TP.HCM đã tổ chức hội nghị tổng kết.",
		   "Đảng ủy xã Tân Lập", "tổng kết");
	org_is("Tin hoạt động\nNgày 30-12-2025, Đảng ủy xã Tân Lập, Hà Nội đã tổ chức hội nghị tổng kết.",
		   "Đảng ủy xã Tân Lập", "tổng kết");
	org_is("Tin hoạt động\nTrong 2 ngày 5 và 6/9/2014, Tỉnh ủy Minh Sơn và Tân Lập đã tổ chức quán triệt "
		   "Nghị quyết Trung ương 8 (khóa XI).", "Tỉnh ủy Minh Sơn và Tân Lập", "quán triệt");
	org_is("Tin hoạt động\nNgày 5/9/2014, Huyện ủy Minh Sơn và Tân Lập tổ chức hội nghị giao ban.",
		   "Huyện ủy Minh Sơn và Tân Lập", "giao ban");
	org_is("Tin hoạt động\nNgày 5/9/2014, Tỉnh ủy Minh Sơn và Tỉnh ủy Tân Lập tổ chức hội nghị giao ban.",
		   "Tỉnh ủy Minh Sơn, Tỉnh ủy Tân Lập", "giao ban");
	org_is("Tin hoạt động\nNgày 5/9/2014, Ban Tuyên giáo Tỉnh ủy, Sở Nội vụ tổ chức hội nghị giao ban.",
		   "Ban Tuyên giáo Tỉnh ủy, Sở Nội vụ", "giao ban");
}

/*
 * W2 (probe 15): "tổ chức khai mạc Đại hội", "tổ chức bế mạc hội nghị":
 * the event's own verb between "tổ chức" and its noun; the subject holds it.
 */
static void
test_organizer_to_chuc_khai_mac(void)
{
	org_is("Tin hoạt động\nNgày 20/10/2020, Đảng bộ tỉnh Minh Sơn đã tổ chức khai mạc Đại hội đại biểu "
		   "Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2020-2025.", "Đảng bộ tỉnh Minh Sơn", "đại hội");
	org_is("Tin hoạt động\nNgày 20/10/2020, Tỉnh ủy Minh Sơn tổ chức khai mạc hội nghị Ban Chấp hành "
		   "Đảng bộ tỉnh lần thứ 9.", "Tỉnh ủy Minh Sơn", NULL);
	org_is("Tin hoạt động\nChiều 22/10/2020, Huyện ủy Tân Lập tổ chức bế mạc hội nghị tổng kết công tác năm.",
		   "Huyện ủy Tân Lập", NULL);
}

/*
 * W7 (probe 15): "Đảng ủy các cơ quan Đảng" and a level (2025) is a body as
 * "Đảng ủy Khối các cơ quan" is; a capitalized "Tổ chức" before a meeting
 * is still the verb and ends the organizer's name.
 */
static void
test_organizer_party_agencies(void)
{
	org_is("Tin hoạt động\nSáng ngày 10/01/2026, tại Hội trường phường Minh Sơn, Đảng ủy các cơ quan Đảng "
		   "phường Tổ chức Hội nghị tổng kết công tác năm 2025.", "Đảng ủy các cơ quan Đảng phường", "tổng kết");
	org_is("Tin hoạt động\nNgày 10/01/2026, Đảng ủy các cơ quan Đảng tỉnh Minh Sơn tổ chức hội nghị tổng "
		   "kết năm 2025.", "Đảng ủy các cơ quan Đảng tỉnh Minh Sơn", "tổng kết");
	org_is("Tin hoạt động\nNgày 10/01/2026, Đảng ủy xã Tân Lập Tổ chức Hội nghị tổng kết công tác năm 2025.",
		   "Đảng ủy xã Tân Lập", "tổng kết");
	org_is("Tin hoạt động\nNgày 10/01/2026, Ban Tổ chức Tỉnh ủy Minh Sơn tổ chức hội nghị giao ban.",
		   "Ban Tổ chức Tỉnh ủy Minh Sơn", "giao ban");
}

/*
 * Probe 56 G2: the executive committee of a Party organization whose name
 * is a longer head ("Đảng bộ các cơ quan Đảng", "Đảng bộ cơ quan ...")
 * than the committee's own phrase "Ban Chấp hành Đảng bộ" takes keeps
 * "Ban Chấp hành": the committee, not the whole organization; a name that
 * the phrase reads whole is as it was.
 */
static void
test_organizer_executive_of_party_agencies(void)
{
	org_is("Tin hoạt động\nNgày 15/7, tại Trung tâm Hội nghị tỉnh, Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh "
		   "tổ chức Hội nghị lần thứ hai.", "Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh", NULL);
	org_is("Tin hoạt động\nNgày 3/9/2025, Ban Chấp hành Đảng bộ các cơ quan Đảng thành phố Minh Sơn tổ chức "
		   "hội nghị lần thứ 3.", "Ban Chấp hành Đảng bộ các cơ quan Đảng thành phố Minh Sơn", NULL);
	org_is("Tin hoạt động\nNgày 3/9/2025, Ban Chấp hành Đảng bộ cơ quan Ban Tổ chức Tỉnh ủy tổ chức hội nghị "
		   "sơ kết.", "Ban Chấp hành Đảng bộ cơ quan Ban Tổ chức Tỉnh ủy", "sơ kết");
	org_is("Tin hoạt động\nNgày 3/9/2025, Ban Chấp hành (BCH) Đảng ủy các cơ quan Đảng phường Tân Lập tổ chức "
		   "hội nghị lần thứ 2.", "Ban Chấp hành Đảng ủy các cơ quan Đảng phường Tân Lập", NULL);
	org_is("Tin hoạt động\nNgày 3/9/2025, BCH Đảng bộ các cơ quan Đảng tỉnh tổ chức hội nghị lần thứ 2.",
		   "BCH Đảng bộ các cơ quan Đảng tỉnh", NULL);
	/* read whole by the committee's phrase, as before */
	org_is("Tin hoạt động\nNgày 3/9/2025, Ban Chấp hành Đảng bộ Quân sự tỉnh tổ chức hội nghị lần thứ 2.",
		   "Ban Chấp hành Đảng bộ Quân sự tỉnh", NULL);
	org_is("Tin hoạt động\nNgày 3/9/2025, Ban Chấp hành Đảng bộ xã Tân Hồng tổ chức hội nghị lần thứ 2.",
		   "Ban Chấp hành Đảng bộ xã Tân Hồng", NULL);
}

/*
 * W3 (probe 15): "Ban Chấp hành" / "BCH" (also "lâm thời") heads the
 * organizer for any body, a Youth Union's or an association's, as for a
 * Đảng bộ; "Đoàn" before "Khối ..." is of the name.  Never alone.
 */
static void
test_organizer_executive_committee_any_body(void)
{
	org_is("Tin hoạt động\nNgày 6/1/2020, BCH Lâm thời Đoàn Khối Cơ quan và Doanh nghiệp tỉnh tổ chức đại hội "
		   "đại biểu lần thứ nhất.", "BCH Lâm thời Đoàn Khối Cơ quan và Doanh nghiệp tỉnh", "đại hội");
	org_is("Tin hoạt động\nNgày 6/1/2020, Ban Chấp hành lâm thời Đoàn Khối các cơ quan tỉnh tổ chức đại hội "
		   "đại biểu lần thứ nhất.", "Ban Chấp hành lâm thời Đoàn Khối các cơ quan tỉnh", "đại hội");
	org_is("Tin hoạt động\nNgày 6/1/2020, BCH Tỉnh đoàn Minh Sơn tổ chức hội nghị lần thứ 3.",
		   "BCH Tỉnh đoàn Minh Sơn", NULL);
	org_is("Tin hoạt động\nNgày 6/1/2020, Ban Chấp hành Hội Nông dân tỉnh Minh Sơn tổ chức hội nghị lần thứ 3.",
		   "Ban Chấp hành Hội Nông dân tỉnh Minh Sơn", NULL);
	org_is("Tin hoạt động\nNgày 6/1/2020, Đoàn Khối các cơ quan tỉnh Minh Sơn tổ chức hội nghị tổng kết.",
		   "Đoàn Khối các cơ quan tỉnh Minh Sơn", "tổng kết");
	org_is("Tin hoạt động\nNgày 6/1/2020, Ban Chấp hành Đảng bộ tỉnh Minh Sơn tổ chức hội nghị lần thứ 3.",
		   "Ban Chấp hành Đảng bộ tỉnh Minh Sơn", NULL);
}

/*
 * U1 (probe 15, lower-case cells): "chi bộ trường Mầm non Tân Lập đã tổ
 * chức", a common noun before the cell's name, where a subject starts;
 * not "các chi bộ trường ... tổ chức", several cells in prose.
 */
static void
test_organizer_lower_cell_common_noun(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nChiều ngày 20/5/2022 chi bộ trường Mầm non Minh Sơn đã tổ chức sinh hoạt chuyên đề.",
		   "chi bộ trường Mầm non Minh Sơn", "sinh hoạt chuyên đề");
	org_is("Tin hoạt động\nNgày 20/5/2022, chi bộ thôn Đông Hòa tổ chức sinh hoạt chuyên đề.",
		   "chi bộ thôn Đông Hòa", NULL);
	r = extract("Tin hoạt động\nNgày 20/5/2022, các chi bộ trường Mầm non Minh Sơn tổ chức sinh hoạt chuyên đề.",
				0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "cells in prose: organizer %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * U1 (probe 15, sentence-case bodies): "Ban Chỉ đạo cấp tỉnh về tổng kết
 * ... Nghị quyết số 12-NQ/TW ... "..." tổ chức họp": a steering committee
 * named by its level, then its task after "về" (a document, its quoted
 * title) up to the verb; the organizer is the committee by its level.  Not
 * after "Theo", not past another body after a comma, and "về tổ chức Đại
 * hội" is its task, no verb.
 */
static void
test_organizer_steering_committee_task(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nSáng ngày 16/12/2024, Ban Chỉ đạo cấp tỉnh về tổng kết thực hiện Nghị quyết số "
		   "12-NQ/TW, ngày 20/10/2016 của Ban Chấp hành Trung ương Đảng (khóa XII) \"Một số vấn đề về sắp xếp "
		   "tổ chức bộ máy\" tổ chức họp Thường trực Ban Chỉ đạo tỉnh.", "Ban Chỉ đạo cấp tỉnh", "họp");
	org_is("Tin hoạt động\nNgày 5/3/2024, Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực tổ chức hội "
		   "nghị sơ kết.", "Ban Chỉ đạo tỉnh", "sơ kết");
	org_is("Tin hoạt động\nNgày 5/3/2024, Ban Chỉ đạo cấp huyện đã tổ chức hội nghị giao ban.",
		   "Ban Chỉ đạo cấp huyện", "giao ban");
	org_is("Tin hoạt động\nTheo Ban Chỉ đạo cấp tỉnh về chuyển đổi số, UBND tỉnh Minh Sơn tổ chức hội nghị.",
		   "UBND tỉnh Minh Sơn", NULL);
	r = extract("Tin hoạt động\nNgày 5/3/2024, Ban Chỉ đạo tỉnh về tổ chức Đại hội Đảng bộ các cấp đã họp "
				"phiên thứ 3.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL || strcmp(r->meeting.organizer, "Ban Chỉ đạo tỉnh") == 0,
		  "task verb: organizer %s", r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * V5 (probe 14): online, scope and kind describe the meeting held, not one
 * spoken of ("tuyên truyền về hội nghị trực tuyến toàn quốc tổng kết ...",
 * also as a later item of a list of topics after "về"), nor a congress in a
 * document's name ("Nghị quyết Đại hội Đoàn toàn quốc"), nor where guests
 * come from ("Về dự có lãnh đạo Hội CCB 15 tỉnh, thành phố").  A meeting
 * held online nationwide keeps both.
 */
static void
test_online_scope_of_topic(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nTrong tháng 4, báo chí trong tỉnh đã tập trung tuyên truyền về hội nghị trực "
				"tuyến toàn quốc tổng kết công tác phòng chống thiên tai. Ngày 28/4/2022, Ban Tuyên giáo Tỉnh "
				"ủy tổ chức hội nghị giao ban báo chí.", 0, 0, 0);
	CHECK(!r->meeting.online && r->meeting.scope == NULL && str_is(r->meeting.meeting_kind, "giao ban"),
		  "topic: online %d, scope %s, kind %s", r->meeting.online,
		  r->meeting.scope ? r->meeting.scope : "NULL", r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nNgày 28/4/2022, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị giao ban báo chí. Báo "
				"chí đã tuyên truyền nhiều sự kiện, nhất là về Hội nghị lần thứ 5 Ban Chấp hành Trung ương; hội "
				"nghị trực tuyến toàn quốc về chuyển đổi số.", 0, 0, 0);
	CHECK(!r->meeting.online, "topic list: online %d", r->meeting.online);
	gb_result_free(r);
	r = extract("Tin hoạt động\nNgày 10/5/2023, Ban Thường vụ Huyện đoàn Minh Sơn tổ chức Hội nghị học tập, "
				"quán triệt Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII.", 0, 0, 0);
	CHECK(r->meeting.scope == NULL, "congress name: scope %s", r->meeting.scope ? r->meeting.scope : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nNgày 10/5/2023, Hội Cựu chiến binh tỉnh Minh Sơn tổ chức Đại hội đại biểu lần "
				"thứ VIII. Về dự Đại hội có lãnh đạo Hội CCB 15 tỉnh, thành phố khu vực miền Trung.", 0, 0, 0);
	CHECK(r->meeting.scope == NULL || strstr(r->meeting.scope, "15") == NULL,
		  "guests: scope %s", r->meeting.scope ? r->meeting.scope : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nSáng 10/5/2023, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc tổng kết "
				"công tác dân vận.", 0, 0, 0);
	CHECK(r->meeting.online && str_is(r->meeting.scope, "toàn quốc") &&
		  str_is(r->meeting.meeting_kind, "tổng kết"), "held online: online %d, scope %s",
		  r->meeting.online, r->meeting.scope ? r->meeting.scope : "NULL");
	gb_result_free(r);
}

/*
 * V5, recurring (probe 15): a count of provinces or "toàn quốc" after a
 * rank and "trong (số)" or "trên" ("đầu tiên trong 28 tỉnh, thành khu vực
 * phía Bắc") is a set the meeting is ranked in, not its reach; the region
 * of that count goes with it.  A meeting's own count still is its scope.
 */
static void
test_scope_ranked_among(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nĐây là Đại hội điểm cấp cơ sở đầu tiên trong 28 tỉnh, thành khu vực phía "
				"Bắc. Ngày 4/2/2025, Đại hội Đảng bộ xã Minh Sơn đã diễn ra.", 0, 0, 0);
	CHECK(r->meeting.scope == NULL, "đầu tiên trong: scope %s", r->meeting.scope ? r->meeting.scope : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nNgày 4/2/2025, Đảng bộ xã Minh Sơn tổ chức Đại hội điểm, là một trong số "
				"28 tỉnh, thành phố được chọn.", 0, 0, 0);
	CHECK(r->meeting.scope == NULL, "một trong số: scope %s", r->meeting.scope ? r->meeting.scope : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nNgày 4/2/2025, Đảng bộ xã Minh Sơn tổ chức Đại hội, đại hội cấp xã đầu "
				"tiên trên toàn quốc.", 0, 0, 0);
	CHECK(r->meeting.scope == NULL, "trên toàn quốc: scope %s", r->meeting.scope ? r->meeting.scope : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nNgày 4/2/2025, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban công tác "
				"tổ chức 28 tỉnh, thành phố khu vực miền Bắc.", 0, 0, 0);
	CHECK(str_is(r->meeting.scope, "28 tỉnh, thành phố"), "own count: scope %s",
		  r->meeting.scope ? r->meeting.scope : "NULL");
	gb_result_free(r);
}

/*
 * V4 (probe 14): a page's header is no headline: a banner's slot ("Banner
 * ... (Home-latest-1)"), a skip link ("Truy cập nội dung luôn"), a site's
 * name in capitals with no event in it; an event in capitals still is one.
 */
static void
test_headline_page_header(void)
{
	head_title_is("Banner Huyện ủy Minh Sơn (Home-latest-2)\n\nKết quả thực hiện Chỉ thị số 05-CT/HU về cải "
				  "cách hành chính\n\nSau khi Chỉ thị được ban hành, các cấp ủy đã tổ chức quán triệt.",
				  "Kết quả thực hiện Chỉ thị số 05-CT/HU về cải cách hành chính");
	head_title_is("Truy cập nội dung luôn\n\nSỞ NỘI VỤ TỈNH MINH SƠN\n\nKiểm tra công tác cải cách hành "
				  "chính tại Sở Nội vụ\n\nSáng 3/4/2024, Đoàn kiểm tra làm việc với Sở Nội vụ.",
				  "Kiểm tra công tác cải cách hành chính tại Sở Nội vụ");
	head_title_is("HỘI NGHỊ SƠ KẾT CÔNG TÁC DÂN VẬN\n\nSáng 27/9/2024, Ban Dân vận Huyện ủy Minh Sơn tổ chức "
				  "hội nghị sơ kết công tác dân vận.", "HỘI NGHỊ SƠ KẾT CÔNG TÁC DÂN VẬN");
}

/*
 * X12 (probe 16).  A competition group names its members by their count
 * ("Cụm thi đua Mặt trận 4 tỉnh miền núi"), or lists them after "gồm:"
 * before its verb: the group organizes.
 */
static void
test_organizer_group_members(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nChiều ngày 5/8/2022, Cụm thi đua Mặt trận 4 tỉnh miền núi tổ chức hội nghị sơ kết "
		   "hoạt động 6 tháng đầu năm.", "Cụm thi đua Mặt trận 4 tỉnh miền núi", "sơ kết");
	org_is("Tin hoạt động\nChiều ngày 5/8/2022, Cụm thi đua Mặt trận 3 tỉnh, thành phố phía Bắc gồm: Tân Lập, "
		   "Minh Sơn, TP Hòa Bình tổ chức hội nghị sơ kết.", "Cụm thi đua Mặt trận 3 tỉnh, thành phố phía Bắc",
		   "sơ kết");
	/* a list that ends in no verb names no organizer */
	r = extract("Tin hoạt động\nChiều ngày 5/8/2022, Cụm thi đua số 2 gồm: Tân Lập, Minh Sơn đã được thành lập. "
				"Hội nghị sơ kết diễn ra tại Tân Lập.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "members, no verb: %s",
		  r->meeting.organizer ? r->meeting.organizer : "-");
	gb_result_free(r);
}

/*
 * X13 (probe 16).  An abbreviation ends a body's name unless a level or a
 * body follows it: "Đảng bộ ĐHTL nêu cao ..." is "Đảng bộ ĐHTL", the verb
 * no syllable of its last word; "UBND huyện Minh Sơn" goes on.
 */
static void
test_body_abbrev_ends(void)
{
	org_is("Tin hoạt động\nĐồng chí Lê Văn Hòa phát biểu khai mạc Đại hội và nhấn mạnh: Đại hội đại biểu lần "
		   "thứ V Đảng bộ ĐHTL nêu cao tinh thần dân chủ, đoàn kết.", "Đảng bộ ĐHTL", NULL);
	org_is("Tin hoạt động\nSáng 5/3/2024, UBND huyện Minh Sơn tổ chức hội nghị sơ kết công tác.",
		   "UBND huyện Minh Sơn", "sơ kết");
	org_is("Tin hoạt động\nSáng 5/3/2024, Đảng ủy Khối CCQ tỉnh Tân Lập tổ chức hội nghị sơ kết công tác.",
		   "Đảng ủy Khối CCQ tỉnh Tân Lập", "sơ kết");
}

/*
 * X2 (probe 16): a page's time stamp "(DD/MM/YYYY HH:MM)" closing the
 * headline's line is the publication, not a part of the headline.
 */
static void
test_headline_time_stamp(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nMinh Sơn ra Nghị quyết thực hiện nhiệm vụ quốc phòng năm 2021 (14/01/2021 08:35)\n\n"
				"Đảng ủy Quân sự huyện Minh Sơn vừa tổ chức hội nghị ra Nghị quyết năm 2021.", 0, 0, 0);
	CHECK(str_is(r->meeting.title, "Minh Sơn ra Nghị quyết thực hiện nhiệm vụ quốc phòng năm 2021"), "title %s",
		  r->meeting.title ? r->meeting.title : "NULL");
	CHECK(r->meeting.published.y == 2021 && r->meeting.published.m == 1 && r->meeting.published.d == 14,
		  "stamp %d-%d-%d", r->meeting.published.y, r->meeting.published.m, r->meeting.published.d);
	gb_result_free(r);
	/* a stop before the stamp goes with it */
	head_title_is("Tin hoạt động\nĐảng ủy Quân sự huyện Minh Sơn ra nghị quyết lãnh đạo năm 2021. (09/01/2021 16:20)\n\n"
				  "Đảng ủy Quân sự huyện Minh Sơn vừa tổ chức hội nghị ra Nghị quyết năm 2021.",
				  "Đảng ủy Quân sự huyện Minh Sơn ra nghị quyết lãnh đạo năm 2021");
	/* a period in parentheses is the headline's own */
	head_title_is("Tin hoạt động\nMinh Sơn sơ kết công tác dân vận (01/01/2021 - 30/06/2021)\n\n"
				  "Sáng 2/7/2021, Ban Dân vận Huyện ủy Minh Sơn tổ chức hội nghị sơ kết.",
				  "Minh Sơn sơ kết công tác dân vận (01/01/2021 - 30/06/2021)");
}

/*
 * X11 (probe 16): a sentence alone in its paragraph above the dated lead,
 * with no marker of tense, is the headline without its stop; with "đã"
 * or "vừa" it narrates, a lead (see T12).
 */
static void
test_headline_final_stop(void)
{
	head_title_is("Tin hoạt động\nMinh Sơn tổ chức hội nghị quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành "
				  "Trung ương khóa XII.\n\nSáng ngày 12/5, Huyện ủy Minh Sơn tổ chức hội nghị quán triệt Nghị quyết.",
				  "Minh Sơn tổ chức hội nghị quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XII");
	head_title_is("Tin hoạt động\nHuyện ủy Minh Sơn vừa tổ chức hội nghị quán triệt Nghị quyết Hội nghị lần thứ 8 Ban "
				  "Chấp hành Trung ương khóa XII.\n\nSáng ngày 12/5, đồng chí Lò Văn Sáng, Bí thư Huyện ủy quán triệt "
				  "Nghị quyết.", NULL);
	/* the sentence must stand alone: a line running into the lead is the lead's */
	head_title_is("Tin hoạt động\nMinh Sơn tổ chức hội nghị quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành "
				  "Trung ương khóa XII.\nSáng ngày 12/5, Huyện ủy Minh Sơn tổ chức hội nghị quán triệt Nghị quyết.", NULL);
}

/*
 * V4, recurring (probe 16): an outlet's or a firm's name alone on a line
 * above the headline is the site's or an advertiser's; the headline under
 * it wins, a list's bullet "•" no part of it.  With no headline under it,
 * the name stays.
 */
static void
test_headline_site_name(void)
{
	head_title_is("Đài Phát thanh và Truyền hình Minh Sơn\nThe Voice of Minh Son People\n"
				  "  • Tỉnh ủy tổ chức hội nghị thông báo nhanh kết quả Hội nghị Trung ương 7\n\n"
				  "(MSTV) - Ngày 12/5/2023, Tỉnh ủy Minh Sơn tổ chức hội nghị thông báo nhanh kết quả Hội nghị.",
				  "Tỉnh ủy tổ chức hội nghị thông báo nhanh kết quả Hội nghị Trung ương 7");
	head_title_is("Công ty Cổ phần Giống cây trồng Minh Sơn\n\n\"Xây dựng nông thôn Minh Sơn giàu đẹp, văn minh...\"\n\n"
				  "Sáng ngày 5/9, Hội Nông dân tỉnh Minh Sơn tổ chức Đại hội đại biểu lần thứ IX.",
				  "\"Xây dựng nông thôn Minh Sơn giàu đẹp, văn minh...\"");
	head_title_is("Tin hoạt động\nCông ty Cổ phần Giống cây trồng Minh Sơn tổ chức Đại hội cổ đông\n\n"
				  "Sáng ngày 5/9, Công ty tổ chức Đại hội cổ đông thường niên.",
				  "Công ty Cổ phần Giống cây trồng Minh Sơn tổ chức Đại hội cổ đông");
}

/* The author found in text is want (NULL: none). */
static void
head_author_is(const char *text, const char *want)
{
	GbResult   *r = extract(text, 0, 0, 0);

	CHECK(want ? str_is(r->meeting.author, want) : r->meeting.author == NULL, "author %s, want %s",
		  r->meeting.author ? r->meeting.author : "NULL", want ? want : "NULL");
	gb_result_free(r);
}

/*
 * X14 (probe 16): "Name - HH:MM DD/MM/YYYY GMT+7" under the headline gives
 * the byline as well as the publication; a section's name in capitals or
 * a line with no hour after the dash gives none.
 */
static void
test_byline_time_stamp(void)
{
	head_author_is("Tin hoạt động\nHội Nông dân tỉnh Minh Sơn tổ chức Đại hội lần thứ VIII\n\n"
				   "Vi Thị Lan - 09:40 14/10/2023 GMT+7\nSáng ngày 14/10, Hội Nông dân tỉnh Minh Sơn tổ chức Đại hội.",
				   "Vi Thị Lan");
	head_author_is("Tin hoạt động\nHội Nông dân tỉnh Minh Sơn tổ chức Đại hội lần thứ VIII\n\n"
				   "THỜI SỰ - 09:40 14/10/2023 GMT+7\nSáng ngày 14/10, Hội Nông dân tỉnh Minh Sơn tổ chức Đại hội.",
				   NULL);
	head_author_is("Tin hoạt động\nHội Nông dân tỉnh Minh Sơn tổ chức Đại hội lần thứ VIII\n\n"
				   "Minh Sơn - 14/10/2023\nSáng ngày 14/10, Hội Nông dân tỉnh Minh Sơn tổ chức Đại hội.",
				   NULL);
}

/*
 * X9 (probe 16): a degree and a name written twice under the headline is
 * a portrait's caption, no byline; written once, with an institution under
 * it, the byline still.
 */
static void
test_byline_caption_twice(void)
{
	head_author_is("Tin hoạt động\nÔng Vi Văn Lâm tái đắc cử Bí thư Đảng ủy Trường Đại học Minh Sơn\n\n"
				   "PGS.TS Vi Văn Lâm\nPGS.TS Vi Văn Lâm\nTPO - Chiều 12/8, Đại hội đại biểu Đảng bộ Trường Đại học "
				   "Minh Sơn lần thứ V, nhiệm kỳ 2020-2025 đã bế mạc.", NULL);
	head_author_is("Tin hoạt động\nĐổi mới công tác giáo dục chính trị trong Đảng bộ Trường Đại học Minh Sơn\n\n"
				   "PGS.TS Vi Văn Lâm\nTrường Đại học Minh Sơn\n\nNgày 12/8, Đảng ủy Trường Đại học Minh Sơn tổ chức hội nghị.",
				   "Vi Văn Lâm");
}

/*
 * X1 (probe 16): a body's name in sentence case goes on through nouns whose
 * syllable is a verb's ("công tác", "biểu diễn", "biên giới"), after
 * "Thường trực" ("Hội đồng lý luận Trung ương"), after "Hiệp hội", and
 * over a second capitalized field after "và" up to the verb ("Cục Công tác
 * đảng và Công tác chính trị nhấn mạnh").
 */
static void
test_lower_body_name_nouns(void)
{
	check_official("Tin vắn\nÔng Hà Văn Tư, Phó Cục trưởng Cục Nghệ thuật biểu diễn, Bộ Văn hóa, Thể thao và Du lịch phát biểu.",
				   "Hà Văn Tư", "ông",
				   "Phó Cục trưởng Cục Nghệ thuật biểu diễn, Bộ Văn hóa, Thể thao và Du lịch");
	check_official("Tin vắn\nĐại tá Hà Văn Tư, Cục trưởng Cục Công tác đảng và Công tác chính trị nhấn mạnh ba việc.",
				   "Hà Văn Tư", NULL, "Cục trưởng Cục Công tác đảng và Công tác chính trị");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Phó Trưởng Ban Chỉ đạo công tác biên giới tỉnh đã dự.",
				   "Hà Văn Tư", "đồng chí", "Phó Trưởng Ban Chỉ đạo công tác biên giới tỉnh");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư - Phó Chủ tịch Thường trực Hội đồng lý luận Trung ương dự.",
				   "Hà Văn Tư", "đồng chí", "Phó Chủ tịch Thường trực Hội đồng lý luận Trung ương");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư - Phó Chủ tịch Hiệp hội doanh nghiệp tỉnh Tân Lập dự.",
				   "Hà Văn Tư", "đồng chí", "Phó Chủ tịch Hiệp hội doanh nghiệp tỉnh Tân Lập");
}

/*
 * X8 (probe 16): a position in lower case with no body, placed after a name,
 * is a title of its own when another title follows it in the list
 * ("Lê Văn A – phó bí thư- chủ tịch UBND huyện").
 */
static void
test_lower_title_before_title(void)
{
	check_official("Tin vắn\nDự có đ/c Hà Văn Tư – phó bí thư- chủ tịch UBND xã, các đ/c trong BTV.",
				   "Hà Văn Tư", "đồng chí", "phó bí thư | chủ tịch UBND xã");
	check_official("Tin vắn\nDự có đ/c Hà Văn Tư – Phó bí thư, Chủ tịch HĐND xã, các đ/c trong BTV.",
				   "Hà Văn Tư", "đồng chí", "Phó bí thư | Chủ tịch HĐND xã");
}

/*
 * X5 (probe 16): titles opening a clause after a comma, then ", Name" and
 * the verb, are that person's, the mirror of "Name, title".
 */
static void
test_title_comma_name(void)
{
	check_official("Tin vắn\nKết luận hội nghị, Chủ tịch Hội Nông dân tỉnh Tân Lập, Hà Văn Tư nhấn mạnh ba việc.",
				   "Hà Văn Tư", NULL, "Chủ tịch Hội Nông dân tỉnh Tân Lập");
}

/*
 * X4 (probe 16): "Trường" (a school) after "bộ" folds as "Bộ trưởng" but
 * is no title: a school named after a person names nobody.
 */
static void
test_school_named_person(void)
{
	GbResult   *r = extract("Tin vắn\nSáng 3/4/2025, Đại hội Đảng bộ Trường Đại học Phan Văn Khải lần thứ II đã khai mạc.", 0, 0, 0);

	CHECK(r->nofficials == 0, "school named after a person: %d officials", r->nofficials);
	gb_result_free(r);
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Bộ trưởng Bộ Tài chính phát biểu.", "Hà Văn Tư", "đồng chí",
				   "Bộ trưởng Bộ Tài chính");
}

/*
 * V3 recurring (probe 16): a spaced ampersand stands for "và" inside a
 * body's name ("Bộ Khoa học & Công nghệ"), before a capitalized word that
 * is no name.
 */
static void
test_title_spaced_ampersand(void)
{
	check_official("Tin vắn\nDự có đ/c Hà Văn Tư - Thứ trưởng Bộ Khoa học & Công nghệ.", "Hà Văn Tư", "đồng chí",
				   "Thứ trưởng Bộ Khoa học & Công nghệ");
	check_official("Tin vắn\nDự có đ/c Hà Văn Tư - Giám đốc Sở Văn hóa & Thể thao tỉnh Tân Lập.", "Hà Văn Tư", "đồng chí",
				   "Giám đốc Sở Văn hóa & Thể thao tỉnh Tân Lập");
}

/*
 * X6 (probe 16): a dash between "Hội nghị lần thứ N" and the Central
 * Committee ("Hội nghị lần thứ 9 – BCH Trung ương Đảng") is an apposition,
 * as a comma is: the plenum's resolution is read with its term.
 */
static void
test_cit_plenum_dash_body(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin hoạt động\nNgày 3/5/2016, Huyện ủy Minh Sơn quán triệt nghị quyết hội nghị lần thứ IX – "
				"BCH trung ương đảng khóa XI và Nghị quyết Hội nghị lần thứ 7 - Ban Chấp hành Trung ương Đảng "
				"khóa XI.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 9);
	CHECK(c && str_is(c->term, "XI"), "dash lower: plenum 9, term XI");
	c = find_cit(r, "Nghị quyết", NULL, 7);
	CHECK(c && str_is(c->term, "XI"), "dash capitals: plenum 7, term XI");
	gb_result_free(r);
}

/*
 * X7 (probe 16): "Ban Chấp hành Trung ương" followed by a mass association
 * ("Hội Nông dân Việt Nam") is that association's committee, the issuer
 * with its name; its "(khóa N)" is no Party term and does not end the
 * citation before "về ...".  The Party's stays canonical.
 */
static void
test_cit_issuer_mass_org_cc(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin hoạt động\nNgày 5/6/2021, Hội Nông dân tỉnh Minh Sơn sơ kết Nghị quyết số 11-NQ/HNDTW của "
				"Ban Chấp hành Trung ương Hội Nông dân Việt Nam (khóa VII) về phát triển hợp tác xã và Chỉ thị "
				"số 04-CT/TW của Ban Chấp hành Trung ương Đảng về công tác dân vận.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "11", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương Hội Nông dân Việt Nam") && c->term == NULL &&
		  str_is(c->subject, "phát triển hợp tác xã"), "mass org: issuer %s, subject %s",
		  c && c->issuer ? c->issuer : "NULL", c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Chỉ thị", "4", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương"), "Party's: issuer %s",
		  c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
}

/*
 * X15 (probe 16): a citation's subject ends before the meeting's audience
 * and rooms: "cho 2.500 đại biểu", "tại 12 điểm cầu"; "cho" without a
 * count of people ("hỗ trợ cho người nghèo", "cho 3 xã") stays in it.
 */
static void
test_cit_subject_audience(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin hoạt động\nNgày 5/9/2023, Hội Người cao tuổi tỉnh Minh Sơn quán triệt Kết luận số 45-KL/TW "
				"của Ban Bí thư về công tác người cao tuổi tại 12 điểm cầu trong tỉnh và Kết luận số 46-KL/TW về "
				"tổ chức của Hội cho 1.200 đại biểu. Hội học tập Chỉ thị số 08-CT/TW về hỗ trợ cho người nghèo "
				"và Chỉ thị số 09-CT/TW về phân bổ kinh phí cho 3 xã vùng cao.", 0, 0, 0);
	c = find_cit(r, "Kết luận", "45", 0);
	CHECK(c && str_is(c->subject, "công tác người cao tuổi"), "tại điểm cầu: subject %s",
		  c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Kết luận", "46", 0);
	CHECK(c && str_is(c->subject, "tổ chức của Hội"), "cho đại biểu: subject %s",
		  c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Chỉ thị", "8", 0);
	CHECK(c && str_is(c->subject, "hỗ trợ cho người nghèo"), "cho người: subject %s",
		  c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Chỉ thị", "9", 0);
	CHECK(c && str_is(c->subject, "phân bổ kinh phí cho 3 xã vùng cao"), "cho 3 xã: subject %s",
		  c && c->subject ? c->subject : "NULL");
	gb_result_free(r);
}

/*
 * X3 (probe 16): a period closing the object of a plan noun is planned
 * however many areas the object lists ("thực hiện nhiệm vụ quốc phòng,
 * quân sự địa phương và xây dựng Đảng bộ 6 tháng cuối năm 2023"): it gives
 * the meeting's year, not a period reviewed before it.  A reviewing word
 * before it still makes it reviewed.
 */
static void
test_period_plan_object_list(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nSáng 18-6, Đảng ủy Quân sự huyện Minh Sơn tổ chức hội nghị ra nghị quyết lãnh đạo "
				"thực hiện nhiệm vụ quốc phòng, quân sự địa phương và xây dựng Đảng bộ 6 tháng cuối năm 2022.", 0, 0, 0);
	CHECK(held_is(r, 2022, 6, 18) && r->meeting.period_text == NULL, "plan list: held %d-%d-%d, period %s",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d,
		  r->meeting.period_text ? r->meeting.period_text : "-");
	gb_result_free(r);
	r = extract("Tin hoạt động\nSáng 18-1, Đảng ủy Quân sự huyện Minh Sơn tổ chức hội nghị đánh giá kết quả thực "
				"hiện nhiệm vụ quốc phòng, quân sự địa phương và xây dựng Đảng bộ 6 tháng cuối năm 2022.", 0, 0, 0);
	CHECK(held_is(r, 2023, 1, 18) && str_is(r->meeting.period_text, "6 tháng cuối năm 2022"),
		  "reviewed list: held %d-%d-%d, period %s", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d, r->meeting.period_text ? r->meeting.period_text : "-");
	gb_result_free(r);
}

/*
 * X10 (probe 16): "Hội nghị" as the subject of the report, "Tham gia Hội
 * nghị có ...", "Hội nghị được đồng chí X quán triệt ...", is the meeting
 * held, with no "tổ chức" to say so.
 */
static void
test_kind_hoi_nghi_duoc(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nHội nghị được đ/c Trần Văn Bình - Chủ tịch Hội CCB tỉnh, quán triệt kết luận 61 "
				"của Ban Bí thư.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind != NULL, "Hội nghị được: kind %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nTham gia Hội nghị có 120 cán bộ cốt cán của Hội Nông dân tỉnh.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind != NULL, "Tham gia Hội nghị có: kind %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
}

/*
 * V5, recurring (probe 16): "toàn quốc" closing the name of a congress a
 * meeting prepares or leads to ("tiến tới Đại hội Đoàn toàn quốc lần thứ
 * XI") is no scope of the meeting; the national congress held keeps it.
 */
static void
test_scope_congress_led_to(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nNgày 12/4, Hội nghị Ban Thường vụ Tỉnh đoàn Minh Sơn lần thứ 7 đã họp cho ý kiến "
				"về kế hoạch tổ chức Đại hội Đoàn các cấp tiến tới Đại hội Đoàn toàn quốc lần thứ XI.", 0, 0, 0);
	CHECK(r->meeting.scope == NULL, "tiến tới: scope %s", r->meeting.scope ? r->meeting.scope : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nSáng 11/12/2022, Đại hội Đoàn toàn quốc lần thứ XII khai mạc tại Hà Nội.", 0, 0, 0);
	CHECK(str_is(r->meeting.scope, "toàn quốc"), "held: scope %s", r->meeting.scope ? r->meeting.scope : "NULL");
	gb_result_free(r);
}

/*
 * Y2 (probe 17): "BCHT.Ư", "BCHTƯ", "BCHTW" write BCH and the centre as one
 * word; they name the Central Committee after "Hội nghị lần thứ N" as
 * "BCH T.Ư" does, while "TW" alone there still does not.
 */
static void
test_cit_bch_tu_joined(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin hoạt động\nNgày 4.10, Hội Nông dân tỉnh Minh Sơn quán triệt Nghị quyết Hội nghị lần thứ 5 "
				"BCHT.Ư Đảng (khóa XII) và Nghị quyết Hội nghị lần thứ 3 BCHTƯ khóa XI, Nghị quyết Hội nghị "
				"lần thứ 8 BCHTW Đảng khóa X.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 5);
	CHECK(c && str_is(c->term, "XII"), "BCHT.Ư Đảng: plenum 5, term XII");
	c = find_cit(r, "Nghị quyết", NULL, 3);
	CHECK(c && str_is(c->term, "XI"), "BCHTƯ: plenum 3, term XI");
	c = find_cit(r, "Nghị quyết", NULL, 8);
	CHECK(c && str_is(c->term, "X"), "BCHTW Đảng: plenum 8, term X");
	gb_result_free(r);

	r = extract("Tin hoạt động\nNgày 4.10, Hội Nông dân tỉnh Minh Sơn quán triệt Nghị quyết Hội nghị lần thứ 5 "
				"TW khóa XII.", 0, 0, 0);
	CHECK(r->ncitations == 0, "TW alone after lần thứ: no plenum, got %d", r->ncitations);
	gb_result_free(r);
}

/*
 * Y10 (probe 17): "Kết luận Trung ương 4 khóa XIII", no number, after
 * "Kết luận số 21-KL/TW Hội nghị lần thứ tư ... khóa XIII" is a short form
 * of that document; not when two numbered documents of the plenum are
 * cited (which one is meant is unknown), nor across terms or kinds.
 */
static void
test_cit_plenum_short_form(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin hoạt động\nNgày 4/3/2022, Đảng ủy Khối Minh Sơn triển khai Kết luận số 31-KL/TW Hội nghị lần "
				"thứ tư Ban Chấp hành Trung ương khóa XIII; gắn với các giải pháp của Kết luận Trung ương 4 khóa "
				"XIII và Nghị quyết Trung ương 4 khóa XIII.", 0, 0, 0);
	CHECK(r->ncitations == 2, "short form merged: two citations, got %d", r->ncitations);
	c = find_cit(r, "Kết luận", "31", 0);
	CHECK(c && c->mentions == 2 && c->plenum == 4, "31-KL/TW: mentions %d", c ? c->mentions : -1);
	c = find_cit(r, "Nghị quyết", NULL, 4);
	CHECK(c && c->mentions == 1, "another kind stays its own document");
	gb_result_free(r);

	r = extract("Tin hoạt động\nNgày 4/3/2018, Huyện ủy Minh Sơn quán triệt Nghị quyết số 38-NQ/TW và Nghị quyết "
				"số 39-NQ/TW Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII. Các chi bộ thực hiện Nghị "
				"quyết Trung ương 6 khóa XII và Nghị quyết Trung ương 6 khóa XI.", 0, 0, 0);
	CHECK(r->ncitations == 4, "two numbered of one plenum, another term: four citations, got %d",
		  r->ncitations);
	gb_result_free(r);
}

/*
 * Probe 45 G8: "Nghị quyết 4", its number right after the type with no
 * "số", code, date or issuer, after "Nghị quyết Trung ương 4 (khóa XI)" is
 * that plenum's resolution called by the plenum's number: one document,
 * as "Nghị quyết Trung ương 4" would be.  Not when a document numbered 4
 * was cited, nor with "số" or an issuer, nor before the plenum's, nor of
 * another kind or term.
 */
static void
test_cit_plenum_number_short(void)
{
	static const char *const apart[] = {
		"Quán triệt Nghị quyết Trung ương 4 khóa XII. Thực hiện Nghị quyết 4 của Tỉnh ủy Minh Sơn.",
		"Quán triệt Nghị quyết Trung ương 4 khóa XII. Thực hiện Nghị quyết số 4.",
		"Thực hiện Nghị quyết 4. Quán triệt Nghị quyết Trung ương 4 khóa XII.",
		"Quán triệt Kết luận Trung ương 4 khóa XII. Thực hiện Nghị quyết 4.",
		"Quán triệt Nghị quyết Trung ương 4 khóa XI. Thực hiện Nghị quyết 4 khóa XII.",
		"Quán triệt Nghị quyết Trung ương 4 khóa XII. Thực hiện Nghị quyết 5.",
		NULL
	};
	GbResult   *r;
	const GbCitation *c;
	int			k;

	r = extract("Ngày 11-5, Đảng ủy Khối Doanh nghiệp Hà Nội đã tổ chức quán triệt Nghị quyết Trung ương 4 (khóa "
				"XI) “Một số vấn đề về xây dựng Đảng hiện nay”. Đồng thời, tạo sự thống nhất trong toàn Đảng bộ "
				"khối nhằm thực hiện có hiệu quả Nghị quyết 4.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 4);
	CHECK(r->ncitations == 1 && c && c->mentions == 2 && str_is(c->term, "XI") &&
		  str_is(c->key, "nghi-quyet:tw4@xi"), "TW4 (khóa XI) ... Nghị quyết 4: %d citations", r->ncitations);
	gb_result_free(r);

	r = extract("Sáng 5/6, Huyện ủy Tam Đường quán triệt Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Trung ương "
				"khóa XII về cải cách chính sách tiền lương. Các chi bộ thực hiện tốt Nghị quyết 7 và Nghị "
				"quyết 7 khóa XII.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 7);
	CHECK(r->ncitations == 1 && c && c->mentions == 3 && str_is(c->term, "XII"),
		  "Hội nghị lần thứ 7 ... Nghị quyết 7: %d citations", r->ncitations);
	gb_result_free(r);

	/* the one numbered resolution of that plenum, as "Nghị quyết Trung ương 6" joins it */
	r = extract("Đảng ủy quán triệt Nghị quyết số 18-NQ/TW Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa "
				"XII. Các chi bộ thực hiện Nghị quyết 6.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "18", 0);
	CHECK(r->ncitations == 1 && c && c->mentions == 2, "18-NQ/TW ... Nghị quyết 6: %d citations",
		  r->ncitations);
	gb_result_free(r);

	/* a document numbered 4 cited before takes it */
	r = extract("Quán triệt Nghị quyết Trung ương 4 khóa XII và Nghị quyết số 04-NQ/TU của Tỉnh ủy Minh Sơn. "
				"Thực hiện Nghị quyết 4.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "4", 0);
	CHECK(r->ncitations == 2 && c && c->mentions == 2, "04-NQ/TU takes it: %d citations", r->ncitations);
	gb_result_free(r);

	for (k = 0; apart[k]; k++)
	{
		r = extract(apart[k], 0, 0, 0);
		CHECK(r->ncitations == 2, "apart %d: %d citations", k, r->ncitations);
		gb_result_free(r);
	}
}

/*
 * Y9 (probe 17): a day and month without a year take the year the text
 * writes with the same days ("từ ngày 26-29/10" and "khai mạc ngày
 * 28/10/2015"), not the year after the latest date written.
 */
static void
test_date_year_same_days(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nĐại hội Đảng bộ tỉnh Minh Sơn sẽ diễn ra từ ngày 12-15/11. Phiên trù bị lúc 14 "
				"giờ, ngày 12/11/2019; khai mạc 8 giờ, ngày 13/11/2019.", 0, 0, 0);
	CHECK(r->meeting.held_on.y == 2019 && r->meeting.held_on.m == 11 && r->meeting.held_on.d == 12 &&
		  r->meeting.date_inferred == 1, "range, first day written: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Tin hoạt động\nĐại hội Đảng bộ tỉnh Minh Sơn sẽ diễn ra từ ngày 12-15/11. Đại hội chính thức "
				"khai mạc 8 giờ, ngày 14/11/2019.", 0, 0, 0);
	CHECK(r->meeting.held_on.y == 2019 && r->meeting.held_on.d == 12, "range, a later day written: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	/* other days written: after the documents cited, as before */
	r = extract("Tin hoạt động\nNgày 12/11, Huyện ủy Minh Sơn tổ chức hội nghị. Hội nghị triển khai kế hoạch "
				"ngày 20/11/2019 của Ban Thường vụ Tỉnh ủy.", 0, 0, 0);
	CHECK(r->meeting.held_on.y == 2020, "after the document: %d", r->meeting.held_on.y);
	gb_result_free(r);
}

/*
 * Probe 48 G4.  A cited document with the meeting's day and month gives it
 * no year when a later document cited rules that year out: "Sáng 22/10"
 * of a report rolling out a plan of 22.7.2019 is in 2019, not in the year
 * of a resolution of 22.10.2018 cited with it, in either order.
 */
static void
test_date_year_not_before_cited(void)
{
	static const char *const texts[] = {
		"Tin hoạt động\nSáng 22/10, Tỉnh ủy Quảng Nam tổ chức Hội nghị quán triệt các văn bản của Trung "
		"ương. Tại hội nghị, Phó Bí thư Thường trực Tỉnh ủy Lê Văn Dũng đã quán triệt Nghị quyết số 35, "
		"ngày 22.10.2018 của Bộ Chính trị. Tiếp đó, đồng chí triển khai Kế hoạch số 256, ngày 22.7.2019 "
		"của Ban Thường vụ Tỉnh ủy.",
		"Tin hoạt động\nChiều 5/3, Huyện ủy Minh Sơn tổ chức hội nghị quán triệt Kế hoạch số 12-KH/TU ngày "
		"10/01/2024 của Tỉnh ủy và Chỉ thị số 20-CT/TW ngày 5/3/2023 của Ban Bí thư.",
	};
	static const int years[] = {2019, 2024};
	int			k;

	for (k = 0; k < 2; k++)
	{
		GbResult   *r = extract(texts[k], 0, 0, 0);

		CHECK(r->meeting.held_on.y == years[k] && r->meeting.date_inferred == 1,
			  "text %d: %d-%d-%d", k, r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
		gb_result_free(r);
	}
}

/*
 * Y11 (probe 17): the usual short forms of mass organizations and
 * committees in capitals, at a level ("LĐLĐ tỉnh", "Hội LHPN huyện", "HND
 * xã", "Hội CCB quận 7", "ĐUK Doanh nghiệp tỉnh"), are bodies that organize.
 */
static void
test_org_body_abbrev(void)
{
	static const char *const bodies[] = {
		"LĐLĐ tỉnh", "Hội LHPN huyện Minh Sơn", "HND xã Tân Mỹ", "Hội CCB quận 7",
		"UBMTTQ tỉnh", "ĐUK Doanh nghiệp tỉnh", "Ban Thường vụ LĐLĐ tỉnh"
	};
	int			k;

	for (k = 0; k < (int) (sizeof(bodies) / sizeof(bodies[0])); k++)
	{
		char		text[256];
		GbResult   *r;

		snprintf(text, sizeof(text), "Tin hoạt động\nNgày 14.9, %s tổ chức hội nghị học tập Chỉ thị số "
				 "05-CT/TW.", bodies[k]);
		r = extract(text, 0, 0, 0);
		CHECK(str_is(r->meeting.organizer, bodies[k]), "organizer %s, want %s",
			  r->meeting.organizer ? r->meeting.organizer : "NULL", bodies[k]);
		gb_result_free(r);
	}
}

/*
 * Y12 (probe 17): "Tin ảnh:", "Tin - ảnh:", "Bài/ảnh:" closing the text
 * label the byline as "Tin, ảnh:" does; "Ảnh:" alone credits a photo.
 */
static void
test_byline_tin_anh(void)
{
	head_author_is("Tin hoạt động\nSáng 5/6/2011, Hội Nông dân huyện Minh Sơn tổ chức hội nghị sơ kết.\n"
				   "Tin ảnh: Thu Trang", "Thu Trang");
	head_author_is("Tin hoạt động\nSáng 5/6/2011, Hội Nông dân huyện Minh Sơn tổ chức hội nghị sơ kết.\n"
				   "Tin - ảnh: LÊ HẢI", "LÊ HẢI");
	head_author_is("Tin hoạt động\nSáng 5/6/2011, Hội Nông dân huyện Minh Sơn tổ chức hội nghị sơ kết.\n"
				   "Bài/ảnh: Thu Trang", "Thu Trang");
	head_author_is("Tin hoạt động\nSáng 5/6/2011, Hội Nông dân huyện Minh Sơn tổ chức hội nghị sơ kết.\n"
				   "Ảnh: Thu Trang", NULL);
}

/*
 * Y5 (probe 17): a known body inside a title, its head capitalized and its
 * other words in lower case ("Bộ chính trị", "Ban bí thư"), is read whole,
 * and the titles after it in the list are kept.
 */
static void
test_title_known_body_lower(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Ủy viên Bộ chính trị, Trưởng Ban Kinh tế Trung ương phát biểu.",
				   "Hà Văn Tư", "đồng chí", "Ủy viên Bộ chính trị | Trưởng Ban Kinh tế Trung ương");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Ủy viên Ban bí thư, Chủ tịch Hội Nông dân Việt Nam dự.",
				   "Hà Văn Tư", "đồng chí", "Ủy viên Ban bí thư | Chủ tịch Hội Nông dân Việt Nam");
}

/*
 * Y7 (probe 17): the head of a station, "Trưởng Trạm", "Phó Trưởng Trạm",
 * "Trạm trưởng", is a position as "Trưởng phòng" is; the station's name
 * goes on in sentence case up to a level, as a unit's after "Giám đốc".
 */
static void
test_title_station_head(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư – Trưởng Trạm y tế xã tham gia thảo luận.",
				   "Hà Văn Tư", "đồng chí", "Trưởng Trạm y tế xã");
	check_official("Tin vắn\nBà Hà Thị Tư, Trưởng trạm y tế phường dự.",
				   "Hà Thị Tư", "bà", "Trưởng trạm y tế phường");
	check_official("Tin vắn\nÔng Hà Văn Tư, Phó Trưởng Trạm Khuyến nông huyện Minh Sơn phát biểu.",
				   "Hà Văn Tư", "ông", "Phó Trưởng Trạm Khuyến nông huyện Minh Sơn");
	check_official("Tin vắn\nÔng Hà Văn Tư, Giám đốc Trạm bảo vệ thực vật huyện dự.",
				   "Hà Văn Tư", "ông", "Giám đốc Trạm bảo vệ thực vật huyện");
	check_official("Tin vắn\nÔng Hà Văn Tư, Trạm trưởng Trạm Kiểm lâm Tân Lập phát biểu.",
				   "Hà Văn Tư", "ông", "Trạm trưởng Trạm Kiểm lâm Tân Lập");
}

/*
 * Y6 (probe 17): "CT." and "BT." shorten Chủ tịch and Bí thư with a dot
 * glued to the body they head ("CT.Hội CCB quận"), and "PCT.", "PBT." go on
 * to theirs; a dot with a space after it may end the sentence, and "CT"
 * alone is no position.
 */
static void
test_title_dotted_abbrev(void)
{
	GbResult   *r;

	check_official("Tin vắn\nTại hội nghị, đ/c Hà Văn Tư – CT.Hội CCB quận đã thông qua báo cáo.",
				   "Hà Văn Tư", "đồng chí", "CT.Hội CCB quận");
	check_official("Tin vắn\nĐ/c Hà Văn Tư, BT.Đảng ủy xã Minh Sơn phát biểu.",
				   "Hà Văn Tư", "đồng chí", "BT.Đảng ủy xã Minh Sơn");
	check_official("Tin vắn\nĐ/c Hà Văn Tư – PCT.UBND huyện dự.", "Hà Văn Tư", "đồng chí", "PCT.UBND huyện");
	check_official("Tin vắn\nDự có ông Hà Văn Tư, PCT. Hội nghị đã thành công.", "Hà Văn Tư", "ông", "PCT");
	r = extract("Tin vắn\nDự có ông Hà Văn Tư, CT. Hội nghị đã thành công.", 0, 0, 0);
	CHECK(r->nofficials == 1 && r->officials[0].ntitles == 0, "CT. then a sentence: %d officials", r->nofficials);
	gb_result_free(r);
}

/*
 * Y8 (probe 17): titles closing the headline or a paragraph are no
 * apposition of a name opening the next one ("... được bầu giữ chức Chủ
 * tịch Hội X\n\nĐồng chí B, Phó Chủ tịch ..."); a person met already, the
 * headline's own, still takes them, and a title on a line of its own
 * above a name (a signature) is kept.
 */
static void
test_title_block_end(void)
{
	check_official("Đồng chí Hà Văn Tư được bầu giữ chức Chủ tịch Hội Nông dân tỉnh Minh Sơn\n\n"
				   "Đồng chí Lò Văn Bảy, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam, trao quyết định.",
				   "Lò Văn Bảy", "đồng chí", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam");
	check_official("Tin vắn\nSáng 5/3, Hội Nông dân tỉnh Minh Sơn tổ chức hội nghị bầu Chủ tịch Hội Nông dân tỉnh\n\n"
				   "Đồng chí Lò Văn Bảy, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam, trao quyết định.",
				   "Lò Văn Bảy", "đồng chí", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam");
	check_official("Ông Hà Văn Tư tái đắc cử Chủ tịch Hội Nông dân tỉnh Minh Sơn\n\nÔng Hà Văn Tư phát biểu tại đại hội.",
				   "Hà Văn Tư", "ông", "Chủ tịch Hội Nông dân tỉnh Minh Sơn");
	check_official("Tin vắn\nHội nghị kết thúc tốt đẹp.\nTM. BAN THƯỜNG VỤ\nBí thư Tỉnh ủy\nHà Văn Tư",
				   "Hà Văn Tư", NULL, "Bí thư Tỉnh ủy");

	/*
	 * probe 47 G5: a caption's unnamed recipients; the person met already
	 * who opens the next paragraph keeps only his own titles
	 */
	check_official("Tin vắn\nDự có bà Lò Thị Mai – Phó Bí thư Thường trực Tỉnh ủy.\n\n"
				   "Bí thư Tỉnh ủy Hà Văn Tư trao quyết định cho Bí thư, Phó Bí thư Đảng bộ các cơ quan Đảng tỉnh\n\n"
				   "Bà Lò Thị Mai trao quyết định và hoa chúc mừng.",
				   "Lò Thị Mai", "bà", "Phó Bí thư Thường trực Tỉnh ủy");
	/* titles on a line of their own above him are still his */
	check_official("Tin vắn\nÔng Vi Văn Lâm dự hội nghị.\n\nGiám đốc Sở Nội vụ\n\nÔng Vi Văn Lâm phát biểu.",
				   "Vi Văn Lâm", "ông", "Giám đốc Sở Nội vụ");
}

/*
 * Y5 (probe 17), continued: a title cut before lower-case words that finish
 * its body's name does not end the list of titles when another title
 * follows them after a comma; a verb there still ends it.
 */
static void
test_title_cut_rest(void)
{
	check_official("Tin vắn\nÔng Hà Văn Tư, Ủy viên Ban thường vụ tỉnh đoàn, Bí thư Huyện đoàn Minh Sơn dự.",
				   "Hà Văn Tư", "ông", "Ủy viên Ban thường vụ tỉnh đoàn | Bí thư Huyện đoàn Minh Sơn");
	check_official("Tin vắn\nÔng Hà Văn Tư, Giám đốc Sở Y tế cho biết, Chủ tịch UBND tỉnh đã chỉ đạo.",
				   "Hà Văn Tư", "ông", "Giám đốc Sở Y tế");
}

/*
 * Y1 (probe 17): "anh", "chị", the honorifics of Đoàn and Hội reports,
 * before a full name open a person as "ông", "bà" do; the titles before
 * ", anh Name" are that person's.  A name syllable "Anh", a place "Anh
 * Sơn" and the words "anh em", "chị em" are none.
 */
static void
test_honorific_anh_chi(void)
{
	GbResult   *r;

	check_official("Tin vắn\nDự có Bí thư Huyện ủy, ông Lò Văn Mạ; Bí thư Tỉnh đoàn Tân Lập, anh Hà Văn Tư.",
				   "Hà Văn Tư", "anh", "Bí thư Tỉnh đoàn Tân Lập");
	check_official("Tin vắn\nHội nghị đã bầu Ban Chấp hành; chị Lò Thị Hoa được bầu làm Chủ tịch Hội.",
				   "Lò Thị Hoa", "chị", "Chủ tịch Hội");
	check_official("Tin vắn\nHội nghị bế mạc. Anh Hà Văn Tư phát biểu cảm ơn các đại biểu.",
				   "Hà Văn Tư", "anh", "");
	r = extract("Tin vắn\nAnh em đoàn viên và chị em hội viên huyện Anh Sơn dự lễ; ông Hà Lan Anh "
				"Tư phát biểu. Đoàn viên Trần Văn Anh Dũng dự.", 0, 0, 0);
	CHECK(official(r, "Hà Lan Anh Tư") != NULL, "a name with the syllable Anh");
	CHECK(r->nofficials == 1, "anh em, chị em, Anh Sơn: %d officials", r->nofficials);
	gb_result_free(r);
}

/*
 * Y3 (probe 17): "Đoàn" right after "Trung ương" / "T.Ư" is the body
 * (Trung ương Đoàn) when a full name follows, not the name's surname;
 * "Bí thư thứ nhất" is a position.  "Ủy viên Trung ương Đoàn Văn A" (no
 * full name after "Đoàn") is a person named Đoàn.
 */
static void
test_title_central_doan(void)
{
	check_official("Tin vắn\nTới dự có Bí thư thứ nhất T.Ư Đoàn Hà Văn Tư; Bí thư T.Ư Đoàn Lò Thị Bảy.",
				   "Hà Văn Tư", NULL, "Bí thư thứ nhất T.Ư Đoàn");
	check_official("Tin vắn\nTới dự có Bí thư thứ nhất T.Ư Đoàn Hà Văn Tư; Bí thư T.Ư Đoàn Lò Thị Bảy.",
				   "Lò Thị Bảy", NULL, "Bí thư T.Ư Đoàn");
	check_official("Tin vắn\nPhó Chủ tịch Trung ương Đoàn Mạc Văn Định phát biểu.",
				   "Mạc Văn Định", NULL, "Phó Chủ tịch Trung ương Đoàn");
	check_official("Tin vắn\nDự có Ủy viên Trung ương Đoàn Văn Tư.", "Đoàn Văn Tư", NULL, "Ủy viên Trung ương");
}

/*
 * Y4 (probe 17): a speaker's role in lower case ("báo cáo viên", "giảng
 * viên", "đại biểu") before "Name, title" hides no name: the name is a
 * person's, as at a clause start.  Without a title after it the name is
 * not taken.
 */
static void
test_role_noun_before_name(void)
{
	GbResult   *r;

	check_official("Tin vắn\nTriển khai chuyên đề, báo cáo viên Hà Văn Tư, Phó Trưởng Ban Tuyên giáo Tỉnh ủy đã phân tích.",
				   "Hà Văn Tư", NULL, "Phó Trưởng Ban Tuyên giáo Tỉnh ủy");
	check_official("Tin vắn\nTheo giảng viên Lò Văn Bảy, Phó Giám đốc Trường Chính trị tỉnh, việc học tập cần đổi mới.",
				   "Lò Văn Bảy", NULL, "Phó Giám đốc Trường Chính trị tỉnh");
	r = extract("Tin vắn\nHội nghị nghe báo cáo viên Hà Văn Tư trình bày chuyên đề.", 0, 0, 0);
	CHECK(r->nofficials == 0, "a role noun and a bare name: %d officials", r->nofficials);
	gb_result_free(r);
}

/*
 * Y13 (probe 17): in "các đồng chí: lãnh đạo X; A, title; B, title" the
 * first item names no one; it is one item, and the persons after it are
 * the list's, with its honorific and role.
 */
static void
test_list_after_unnamed_first_item(void)
{
	GbResult   *r = extract("Tin vắn\nDự lễ có các đồng chí: lãnh đạo Ủy ban kiểm tra tỉnh ủy; Hà Văn Tư, "
							"tỉnh ủy viên, Bí thư huyện ủy; Lò Văn Bảy, Phó bí thư huyện ủy.\n"
							"Diễn văn do đồng chí Hà Văn Tư trình bày.", 0, 0, 0);
	const GbOfficial *o = official(r, "Hà Văn Tư");

	CHECK(o != NULL && o->mentions == 2 && has_role(o, "dự"), "first named item after an unnamed one");
	CHECK(o != NULL && o->ntitles == 2 && strcmp(o->titles[0], "tỉnh ủy viên") == 0, "its titles");
	CHECK(has_role(official(r, "Lò Văn Bảy"), "dự"), "the next item");
	CHECK(o != NULL && o->honorific && strcmp(o->honorific, "đồng chí") == 0, "the list's honorific");
	gb_result_free(r);
}

/*
 * R9 (probe 55 G9, probe 54 G8): a position whose head is in lower case
 * heads a chain where the chain's shape is clear.  After a name and a
 * comma or dash, a bare head is a title before another title in lower case
 * ("tỉnh ủy viên, bí thư huyện ủy"), and a committee member's head ("tỉnh
 * ủy viên", "đảng ủy viên") alone at the clause's end.  Before a name, a
 * bare head leads capitalized titles up to it ("Phó thủ tướng, Bộ trưởng
 * Bộ Tài chính Hồ Đức Phớc"); a class of persons ("các phó chủ tịch, ...")
 * stays none.
 */
static void
test_lower_title_heads(void)
{
	check_official("Tin vắn\nTới dự có đ/c Trương Hồng Phúc – tỉnh ủy viên, bí thư huyện ủy; "
				   "đ/c Lê Minh Giang – Phó bí thư thường trực huyện ủy.",
				   "Trương Hồng Phúc", "đồng chí", "tỉnh ủy viên | bí thư huyện ủy");
	check_official("Tin vắn\nDự có đồng chí Nguyễn Văn Hùng, tỉnh ủy viên. Hội nghị bế mạc.",
				   "Nguyễn Văn Hùng", "đồng chí", "tỉnh ủy viên");
	check_official("Tin vắn\nÔng Phạm Văn Bình, huyện ủy viên, phó chủ tịch HĐND huyện, cho biết.",
				   "Phạm Văn Bình", "ông", "huyện ủy viên | phó chủ tịch HĐND huyện");
	check_official("Tin vắn\nDự có đồng chí Đỗ Văn Tâm, đảng ủy viên; đồng chí Vũ Văn Long.",
				   "Đỗ Văn Tâm", "đồng chí", "đảng ủy viên");
	check_official("Tin vắn\nPhó thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn phát biểu.",
				   "Bùi Thanh Sơn", NULL, "Phó thủ tướng | Bộ trưởng Bộ Ngoại giao");
	check_official("Tin vắn\nPhó chủ tịch thường trực, Trưởng ban Tổ chức Huyện ủy Hà Văn Tư phát biểu.",
				   "Hà Văn Tư", NULL, "Phó chủ tịch thường trực | Trưởng ban Tổ chức Huyện ủy");
	check_official("Tin vắn\nÔng Lê Văn Chính, Phó thủ tướng, Bộ trưởng Bộ Tư pháp, phát biểu.",
				   "Lê Văn Chính", "ông", "Phó thủ tướng | Bộ trưởng Bộ Tư pháp");
	check_official("Tin vắn\nDự có các phó chủ tịch, Giám đốc Sở Nội vụ Nguyễn Văn Lâm.",
				   "Nguyễn Văn Lâm", NULL, "Giám đốc Sở Nội vụ");
}

/*
 * R9 (probe 54 G6): a newsroom's posts are titles ("Phóng viên báo Dân
 * Việt", "Biên tập viên Đài ...", the paper's name after "báo" or "tạp
 * chí" in lower case); after ";" in a list of persons with titles of their
 * own a name with titles after a comma is a person's whatever its surname,
 * a pen name of two syllables too.  Places listed after ";" are none, nor
 * are reporters in prose.
 */
static void
test_press_titles_and_pen_names(void)
{
	GbResult   *r;

	check_official("Tin vắn\nCó các diễn giả: Lê Minh Toản, Phó Tổng Biên tập Báo Tiền Phong; Hữu Việt, "
				   "Vụ trưởng, Trưởng Ban Văn hóa-Văn nghệ; Đỗ Doãn Hoàng, Phóng viên báo Dân Việt; "
				   "Nguyễn Văn Bình, Biên tập viên Đài Truyền hình Việt Nam.",
				   "Hữu Việt", NULL, "Vụ trưởng | Trưởng Ban Văn hóa-Văn nghệ");
	check_official("Tin vắn\nCó các diễn giả: Lê Minh Toản, Phó Tổng Biên tập Báo Tiền Phong; Đỗ Doãn Hoàng, "
				   "Phóng viên báo Dân Việt.", "Đỗ Doãn Hoàng", NULL, "Phóng viên báo Dân Việt");
	check_official("Tin vắn\nKhách mời: Trần Văn Hải, Tổng Biên tập báo Quảng Ninh; Thu Hà, Biên tập viên "
				   "Đài Phát thanh và Truyền hình tỉnh; Minh Khôi, Phóng viên tạp chí Cộng sản.",
				   "Thu Hà", NULL, "Biên tập viên Đài Phát thanh và Truyền hình tỉnh");
	check_official("Tin vắn\nKhách mời: Trần Văn Hải, Tổng Biên tập báo Quảng Ninh; Minh Khôi, Phóng viên "
				   "tạp chí Cộng sản.", "Minh Khôi", NULL, "Phóng viên tạp chí Cộng sản");
	r = extract("Tin vắn\nĐồng chí Nguyễn Văn Hòa, Bí thư Huyện ủy; Đồng Tháp, Tiền Giang cùng dự. "
				"Các phóng viên báo chí đã đưa tin.", 0, 0, 0);
	CHECK(r->nofficials == 1, "places after \";\", reporters in prose: %d officials", r->nofficials);
	gb_result_free(r);
}

/*
 * Z11 (probe 18): a group of bodies names its members in lower case
 * ("các tỉnh miền núi") and a region in sentence case ("các tỉnh Bắc trung
 * bộ", "Đông nam bộ"); the issuer after "của" keeps those words.
 */
static void
test_cit_issuer_group_region(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin hoạt động\nThực hiện Kế hoạch số 31/KH-CTĐ ngày 12/3/2021 của Cụm thi đua Công an các tỉnh "
				"Nam trung bộ, Công an tỉnh Minh Sơn tổ chức hội nghị. Hướng dẫn số 7/HD-CTĐ của Cụm thi đua "
				"Tư pháp các tỉnh Đông nam bộ về thi đua. Kế hoạch số 9/KH-KTĐ của Khối thi đua các huyện "
				"miền núi; Kế hoạch số 10/KH-KTĐ của Khối thi đua các huyện Tây Bắc đã ban hành.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "31", 0);
	CHECK(c && str_is(c->issuer, "Cụm thi đua Công an các tỉnh Nam trung bộ"), "region in sentence case: %s",
		  c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Hướng dẫn", "7", 0);
	CHECK(c && str_is(c->issuer, "Cụm thi đua Tư pháp các tỉnh Đông nam bộ") && str_is(c->subject, "thi đua"),
		  "\"nam bộ\": %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Kế hoạch", "9", 0);
	CHECK(c && str_is(c->issuer, "Khối thi đua các huyện miền núi"), "lower-case members: %s",
		  c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Kế hoạch", "10", 0);
	CHECK(c && str_is(c->issuer, "Khối thi đua các huyện Tây Bắc"), "ends before the predicate: %s",
		  c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
}

/*
 * Z5 (probe 18): "Nghị quyết Hội nghị lần thứ N (của) Ban Chấp hành Trung
 * ương <mass organization> khóa K" is the resolution of that
 * organization's plenum, under its own term; the Party's plenum of the
 * same number is another document.
 */
static void
test_cit_mass_org_plenum(void)
{
	GbResult   *r;
	int			k,
				org = 0,
				party = 0,
				youth = 0;

	r = extract("Tin hoạt động\nSáng 4/10/2019, Hội Cựu chiến binh tỉnh Minh Sơn quán triệt Nghị quyết Hội nghị "
				"lần thứ 7 của Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam khóa V về xây dựng Hội. "
				"Hội học tập Nghị quyết Hội nghị lần thứ 7, Ban Chấp hành Trung ương Hội Cựu chiến binh Việt "
				"Nam khóa V và Nghị quyết Hội nghị lần thứ 7 của Ban Chấp hành Trung ương khóa XII. Tỉnh đoàn "
				"quán triệt Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đoàn khóa XI.", 0, 0, 0);
	for (k = 0; k < r->ncitations; k++)
	{
		const GbCitation *c = &r->citations[k];

		if (c->plenum == 7 && str_is(c->issuer, "Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam"))
		{
			org++;
			CHECK(str_is(c->term, "V") && c->mentions == 2 && str_is(c->subject, "xây dựng Hội"),
				  "the organization's plenum: term %s, mentions %d", c->term ? c->term : "NULL", c->mentions);
		}
		else if (c->plenum == 7 && c->issuer == NULL)
		{
			party++;
			CHECK(str_is(c->term, "XII"), "the Party's plenum after \"của\": %s", c->term ? c->term : "NULL");
		}
		else if (c->plenum == 4 && str_is(c->issuer, "Ban Chấp hành Trung ương Đoàn"))
		{
			youth++;
			CHECK(str_is(c->term, "XI"), "the Youth Union's plenum: %s", c->term ? c->term : "NULL");
		}
	}
	CHECK(org == 1 && party == 1 && youth == 1 && r->ncitations == 3, "plenums of three committees: %d %d %d of %d",
		  org, party, youth, r->ncitations);
	gb_result_free(r);
}

/*
 * Z9 (probe 18): a site's menu, a line of its items only ("Bạn cần biết
 * Tiện ích Liên hệ", "Giới thiệu Tin tức Sự kiện Liên hệ"), is no
 * headline; the headline is below it, under a section's name.  A headline
 * that opens with such a word stays one.
 */
static void
test_headline_site_menu(void)
{
	GbResult   *r;

	r = extract(" date 2024-05-06 Bạn cần biết Tiện ích Liên hệ\nThời sự\n\nAnh Hà Văn Tư được bầu làm Chủ tịch "
				"Hội Nông dân tỉnh Minh Sơn\n\nLan Chi\n06/05/2024 09:15 GMT+7\n\nSáng nay 6.5, Hội Nông dân "
				"tỉnh Minh Sơn tổ chức hội nghị Ban Chấp hành.", 0, 0, 0);
	CHECK(str_is(r->meeting.title, "Anh Hà Văn Tư được bầu làm Chủ tịch Hội Nông dân tỉnh Minh Sơn"),
		  "menu line: %s", r->meeting.title ? r->meeting.title : "NULL");
	gb_result_free(r);

	r = extract("Giới thiệu Tin tức Sự kiện Văn bản Hỏi đáp Liên hệ\nHuyện ủy Minh Sơn tổng kết công tác dân vận "
				"năm 2023\nChiều ngày 5/1/2024, Huyện ủy Minh Sơn tổ chức hội nghị tổng kết.", 0, 0, 0);
	CHECK(str_is(r->meeting.title, "Huyện ủy Minh Sơn tổng kết công tác dân vận năm 2023"),
		  "menu of six items: %s", r->meeting.title ? r->meeting.title : "NULL");
	gb_result_free(r);

	r = extract("Giới thiệu chương trình hành động của Huyện ủy Minh Sơn năm 2024\nChiều ngày 5/1/2024, "
				"Huyện ủy Minh Sơn tổ chức hội nghị.", 0, 0, 0);
	CHECK(str_is(r->meeting.title, "Giới thiệu chương trình hành động của Huyện ủy Minh Sơn năm 2024"),
		  "a headline opening with a menu word: %s", r->meeting.title ? r->meeting.title : "NULL");
	gb_result_free(r);
}

/*
 * Y12, recurring (probe 18): "Name – unit" closing the text ("Minh Hà –
 * HND tỉnh", "Thu Trang - Ban Tuyên giáo Huyện ủy") signs it, the writer
 * and the unit; the name is the byline.  A lower-case remainder that is
 * no unit leaves none.
 */
static void
test_byline_name_dash_unit(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nSáng 8/3/2022, Hội Nông dân tỉnh Minh Sơn tổ chức hội nghị sơ kết.\n\n"
				"Lan Chi – HND tỉnh", 0, 0, 0);
	CHECK(str_is(r->meeting.author, "Lan Chi") && r->nofficials == 0, "name – unit: %s",
		  r->meeting.author ? r->meeting.author : "NULL");
	gb_result_free(r);

	r = extract("Tin hoạt động\nSáng 8/3/2022, Huyện ủy Minh Sơn tổ chức hội nghị sơ kết.\n\n"
				"Thu Trang - Ban Tuyên giáo Huyện ủy Minh Sơn", 0, 0, 0);
	CHECK(str_is(r->meeting.author, "Thu Trang"), "name - committee: %s",
		  r->meeting.author ? r->meeting.author : "NULL");
	gb_result_free(r);

	r = extract("Tin hoạt động\nSáng 8/3/2022, Huyện ủy Minh Sơn tổ chức hội nghị sơ kết.\n\n"
				"Thu Trang - Ban Tuyên giáo Huyện ủy Minh Sơn tổng hợp và đánh giá", 0, 0, 0);
	CHECK(r->meeting.author == NULL, "a sentence after the unit: %s", r->meeting.author);
	gb_result_free(r);
}

/*
 * Z6: a ceremony that hands over a decision or presents a new body ("tổ
 * chức lễ công bố quyết định", "lễ trao quyết định", "lễ ra mắt") is held
 * as a meeting: the body before "tổ chức" organizes it, on the date of
 * the clause.  A "lễ công bố" done at a hội nghị leaves the hội nghị the
 * meeting.
 */
static void
test_meeting_ceremony_decision(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nSáng 9/11/2021, Tỉnh đoàn Hòa Sơn tổ chức lễ công bố quyết định của Ban Bí thư "
		   "Trung ương Đoàn về công tác cán bộ.", "Tỉnh đoàn Hòa Sơn", "lễ công bố");
	org_is("Tin hoạt động\nNgày 2/3/2022, Huyện ủy Minh Sơn tổ chức lễ trao quyết định nghỉ hưu cho cán bộ.",
		   "Huyện ủy Minh Sơn", "lễ trao quyết định");
	org_is("Tin hoạt động\nNgày 6/5/2020, Hội Nông dân xã Tân An tổ chức lễ ra mắt Tổ hội nghề nghiệp.",
		   "Hội Nông dân xã Tân An", "lễ ra mắt");
	r = extract("Tin hoạt động\nSáng 9/11/2021, Tỉnh đoàn Hòa Sơn tổ chức lễ công bố quyết định về công tác "
				"cán bộ.", 0, 0, 0);
	CHECK(held_is(r, 2021, 11, 9), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	org_is("Tin hoạt động\nChiều 4/4/2021, Huyện ủy Minh Sơn tổ chức hội nghị tổng kết. Tại hội nghị, Ban "
		   "Thường vụ đã tổ chức lễ công bố quyết định điều động cán bộ.", "Huyện ủy Minh Sơn", "tổng kết");
}

/*
 * R9 (probe 50 G1): a ceremony held to announce or hand over several
 * decisions, or one both announced and handed over ("tổ chức công bố các
 * Quyết định ...", "tổ chức công bố và trao quyết định", "tổ chức trao
 * (các) quyết định"), or to launch a campaign ("tổ chức phát động Phong
 * trào thi đua"), is the meeting as "tổ chức công bố quyết định" is: its
 * date, time of day and organizer from the clause; a person handing one
 * over ("ông A trao quyết định") holds no ceremony.
 */
static void
test_meeting_ceremony_plural(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nChiều ngày 20/10/2020, tại trụ sở UBND tỉnh, Ban Tổ chức Tỉnh ủy đã tổ "
				"chức công bố các Quyết định về công tác cán bộ.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "lễ công bố") && held_is(r, 2020, 10, 20) &&
		  str_is(r->meeting.time_of_day, "chiều") && str_is(r->meeting.organizer, "Ban Tổ chức Tỉnh ủy"),
		  "công bố các: %s %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "-",
		  r->meeting.organizer ? r->meeting.organizer : "-");
	gb_result_free(r);
	org_is("Tin hoạt động\nSáng 3/7/2025, Ban Thường vụ Tỉnh ủy Tân Lập tổ chức công bố các quyết định "
		   "thành lập Đảng bộ xã.", "Ban Thường vụ Tỉnh ủy Tân Lập", "lễ công bố");
	org_is("Tin hoạt động\nNgày 1/7/2025, Huyện ủy Minh Sơn tổ chức công bố và trao quyết định về công tác "
		   "cán bộ.", "Huyện ủy Minh Sơn", "lễ công bố");
	org_is("Tin hoạt động\nNgày 2/3/2022, Đảng ủy xã Tân Phú tổ chức trao các quyết định nghỉ hưu cho "
		   "cán bộ.", "Đảng ủy xã Tân Phú", "lễ trao quyết định");
	org_is("Tin hoạt động\nNgày 2/3/2022, Thành ủy Hòa Bình tổ chức trao quyết định chỉ định Bí thư "
		   "Đảng ủy phường.", "Thành ủy Hòa Bình", "lễ trao quyết định");
	r = extract("Tin hoạt động\nNgày 18/01/2024, Đảng ủy Bộ Chỉ huy Quân sự tỉnh Tân Lập tổ chức phát động "
				"Phong trào thi đua Quyết thắng năm 2024.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "lễ phát động") && held_is(r, 2024, 1, 18) &&
		  str_is(r->meeting.organizer, "Đảng ủy Bộ Chỉ huy Quân sự tỉnh Tân Lập"),
		  "phát động: %s %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "-",
		  r->meeting.organizer ? r->meeting.organizer : "-");
	gb_result_free(r);
	/* a person's act, not a ceremony held */
	r = extract("Tin hoạt động\nNgày 24/3/2011, tại Cần Thơ, đồng chí Nguyễn Văn An trao các quyết định "
				"cho ông Lê Văn Bình.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL, "a person's act: %s", r->meeting.meeting_kind);
	gb_result_free(r);
	r = extract("Tin hoạt động\nNgày 24/3/2011, bà Lê Thị Hoa, Phó Bí thư Huyện ủy, đã trao các quyết "
				"định.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL, "a person's act: %s", r->meeting.meeting_kind);
	gb_result_free(r);
}

/*
 * R9 (probe 59 G6): a person who attended and handed over or announced a
 * decision ("đồng chí A ... đã dự và trao quyết định") reports the ceremony
 * held: its date and time of day; the act alone holds none.
 */
static void
test_meeting_attended_decision(void)
{
	static const char *const texts[] = {
		"Sáng 31/3/2023, tại Ninh Bình, đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Thường trực Ban "
		"Bí thư, Trưởng Ban Tổ chức Trung ương đã dự và trao quyết định của Bộ Chính trị điều động đồng "
		"chí Đoàn Minh Huấn giữ chức vụ Bí thư Tỉnh ủy Ninh Bình.",
		"Sáng 31/3/2023, tại Cà Mau, ông Lê Văn Bình, Phó Trưởng Ban Tổ chức Trung ương dự và công bố "
		"quyết định của Ban Bí thư về công tác cán bộ.",
		"Sáng 31/3/2023, bà Nguyễn Thị Hoa, Bí thư Tỉnh ủy Hà Giang đã tham dự và trao các quyết định "
		"nghỉ hưu cho cán bộ.",
	};
	int			k;

	for (k = 0; k < (int) (sizeof(texts) / sizeof(texts[0])); k++)
	{
		GbResult   *r = extract(texts[k], 0, 0, 0);

		CHECK(r->meeting.meeting_kind != NULL && held_is(r, 2023, 3, 31) &&
			  str_is(r->meeting.time_of_day, "sáng"), "case %d: kind %s, held %d-%d-%d", k,
			  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL", r->meeting.held_on.y,
			  r->meeting.held_on.m, r->meeting.held_on.d);
		gb_result_free(r);
	}
}

/*
 * Z8: a meeting noun opening a sentence with what it is or is for ("Đại
 * hội nhằm kiểm điểm ...", "Hội nghị là dịp ..."), or a congress named by
 * its body and term and then "là" ("Đại hội Chi bộ X nhiệm kỳ 2025 - 2027
 * là sự kiện ..."), is the meeting the text reports, with no date or
 * "tổ chức" said; not "Nghị quyết Đại hội ... là ...", a congress's
 * resolution.
 */
static void
test_meeting_subject_sentence(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nĐại hội Chi bộ Thôn 9 nhiệm kỳ 2025 - 2027 là sự kiện chính trị quan trọng "
				"của Đảng bộ xã Tân An.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "đại hội"), "kind %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nChi bộ Thôn 9 có 41 đảng viên.\nĐại hội nhằm kiểm điểm kết quả lãnh đạo "
				"của chi bộ.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "đại hội"), "kind %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nNghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 là kim chỉ nam cho các "
				"xã trồng lúa.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL, "kind %s", r->meeting.meeting_kind);
	gb_result_free(r);
}

/*
 * Z3: "Thực hiện Kế hoạch ... ngày D1; Công văn ... ngày D2 về ..., ngày D,
 * tại P, X tổ chức Hội nghị ...": a lower-case "ngày" set off by commas
 * dates the clause after it when that clause's verb holds a meeting; the
 * earlier dates are the documents'.  Not when the clause after it issues
 * a document ("ban hành Kế hoạch tổ chức Hội nghị"), nor when the document
 * named just before has no date of its own (R3: the date may be its).
 */
static void
test_held_on_clause_after_cited(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nThực hiện Kế hoạch số 30/KH-HND ngày 3/3/2019 của Hội Nông dân tỉnh; Công văn "
				"số 41/CV-HND ngày 2/6/2019 về việc tổ chức hội nghị, ngày 9/7/2019, tại hội trường xã, Hội "
				"Nông dân xã Tân An tổ chức Hội nghị sơ kết công tác hội 6 tháng đầu năm 2019.", 0, 0, 0);
	CHECK(held_is(r, 2019, 7, 9), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	CHECK(str_is(r->meeting.organizer, "Hội Nông dân xã Tân An"), "organizer %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nThực hiện Công văn số 41/CV-HND ngày 2/6/2019 của Hội Nông dân tỉnh, ngày "
				"9/7/2019, Ban Thường vụ huyện ban hành Kế hoạch tổ chức Hội nghị sơ kết.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "no held_on: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * Z4: a date in the page's header ("Thứ hai, 15/03/2021") two years or
 * more after every year the text gives ("9 tháng năm 2015") is the site's
 * clock: a meeting date without a year takes the text's years, and the
 * header gives no publication date.  A header a year after the text's
 * work ("năm 2020" in March 2021) still dates the report.
 */
static void
test_year_header_far_from_text(void)
{
	GbResult   *r;

	r = extract("Thứ hai,  15/03/2021\nHội Cựu chiến binh:\n\nSơ kết công tác hội 9 tháng\n\n"
				"ML-Sáng nay (4/11), Hội Cựu chiến binh tỉnh Minh Lâm đã tổ chức hội nghị sơ kết.\n"
				"Hội nghị đánh giá kết quả thực hiện 10 chỉ tiêu thi đua 9 tháng năm 2015 của Hội.", 0, 0, 0);
	CHECK(held_is(r, 2015, 11, 4), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	CHECK(r->meeting.published.y == 0, "published %d", r->meeting.published.y);
	gb_result_free(r);
	r = extract("Thứ hai,  15/03/2021\nHội Cựu chiến binh:\n\nTổng kết công tác hội năm 2020\n\n"
				"ML-Sáng nay (10/3), Hội Cựu chiến binh tỉnh Minh Lâm đã tổ chức hội nghị tổng kết.\n"
				"Hội nghị đánh giá kết quả thực hiện 10 chỉ tiêu thi đua năm 2020 của Hội.", 0, 0, 0);
	CHECK(held_is(r, 2021, 3, 10), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	CHECK(r->meeting.published.y == 2021, "published %d", r->meeting.published.y);
	gb_result_free(r);
}

/*
 * R9 (probe 54 G2): a cited document's issue date, however old, is no
 * year of the report's own work: a page's date line ("12:00 | 05/09/2024")
 * over "Kết luận số 21-KL/TW ngày 25/10/2021" still dates the report, and
 * a meeting's day without a year falls on or before it.
 */
static void
test_header_over_old_citation(void)
{
	GbResult   *r;

	r = extract("Gắn kết xây dựng Đảng với phát triển ngành ngoại giao\n12:00 | 05/09/2024\n"
				"Chiều 4/9, tại Trụ sở Bộ Ngoại giao, Đoàn Kiểm tra của Ban Bí thư đã làm việc với Ban cán "
				"sự đảng Bộ Ngoại giao về thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành "
				"Trung ương Đảng.", 0, 0, 0);
	CHECK(held_is(r, 2024, 9, 4), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	CHECK(r->meeting.published.y == 2024 && r->meeting.published.d == 5, "published %d-%d-%d",
		  r->meeting.published.y, r->meeting.published.m, r->meeting.published.d);
	gb_result_free(r);
	r = extract("Hội nghị quán triệt Chỉ thị 05\n07/03/2023\n"
				"Sáng 6/3, Đảng ủy Khối Cơ quan tỉnh Bình Lâm tổ chức hội nghị sơ kết thực hiện Chỉ thị số "
				"05-CT/TW ngày 15/5/2016 của Bộ Chính trị.", 0, 0, 0);
	CHECK(held_is(r, 2023, 3, 6), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	CHECK(r->meeting.published.y == 2023, "published %d", r->meeting.published.y);
	gb_result_free(r);
}

/*
 * R9 (probe 54 G4, probe 55 G4): a meeting still planned ("Đại hội ... sẽ
 * khai mạc ngày 12-12-2012", "kỳ họp dự kiến được tổ chức vào ngày
 * 01/7/2021") comes after the report's meeting: a day without a year falls
 * on or before it, never in the year after.
 */
static void
test_planned_date_after_meeting(void)
{
	GbResult   *r;

	r = extract("Tại phiên bế mạc hôm qua (31-10), Hội nghị Ban Chấp hành Trung ương Đoàn lần thứ 14 (khóa IX) "
				"thông qua nhiều nội dung quan trọng. Theo đó, Đại hội Đoàn toàn quốc sẽ khai mạc ngày "
				"12-12-2012.", 0, 0, 0);
	CHECK(held_is(r, 2012, 10, 31), "sẽ khai mạc: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Chiều 22/6, Thường trực HĐND huyện Lạc Sơn tổ chức phiên họp để chuẩn bị kỳ họp thứ nhất "
				"HĐND huyện khóa VI. Theo đó kỳ họp dự kiến được tổ chức vào ngày 01/7/2021.", 0, 0, 0);
	CHECK(held_is(r, 2021, 6, 22), "dự kiến: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	/* months ahead, across a new year */
	r = extract("Sáng 20/2, Ban Thường vụ Tỉnh ủy Bình Lâm họp chuẩn bị đại hội. Đại hội Đảng bộ tỉnh "
				"sẽ khai mạc ngày 12/10/2025.", 0, 0, 0);
	CHECK(held_is(r, 2025, 2, 20), "months ahead: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Sáng 20/12, Tỉnh ủy Minh Lâm tổ chức hội nghị. Đại hội dự kiến được tổ chức vào ngày "
				"15/1/2025.", 0, 0, 0);
	CHECK(held_is(r, 2024, 12, 20), "year before: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	/* after the documents it carries out, before the session planned */
	r = extract("Thực hiện Kế hoạch số 12-KH/TU ngày 3/2/2020 của Tỉnh ủy, chiều 22/6, Thường trực HĐND "
				"huyện Lạc Sơn họp chuẩn bị kỳ họp. Kỳ họp sẽ tổ chức vào ngày 01/7/2021.", 0, 0, 0);
	CHECK(held_is(r, 2021, 6, 22), "cited and planned: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * R9 (probe 54 G5): "Đồng chí A ... chủ trì phiên họp. ... Ngày 11/12,
 * đồng chí B ... đã làm việc với ... để định hướng tuyên truyền Đại hội
 * XIV": a dated item after the meeting the report names, whose own
 * sentence names no meeting held ("tuyên truyền Đại hội" speaks of one),
 * is another event; the meeting's day is untold.
 */
static void
test_spoken_item_after_meeting(void)
{
	GbResult   *r;

	r = extract("Đồng chí Nguyễn Văn An, Phó Trưởng Ban Tuyên giáo Trung ương chủ trì phiên họp. Cùng dự có "
				"đại diện các cơ quan báo chí. Ngày 11/12, đồng chí Trịnh Văn Quyết, Trưởng Ban Tuyên giáo "
				"Trung ương đã làm việc với lãnh đạo các cơ quan báo chí.", 2025, 12, 18);
	CHECK(held_is(r, 0, 0, 0), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	CHECK(r->meeting.nchairs == 1, "chairs %d", r->meeting.nchairs);
	gb_result_free(r);
	r = extract("Đồng chí Lê Thị Hoa, Phó Bí thư Tỉnh ủy Bình Lâm chủ trì phiên họp.\nBáo cáo tại phiên họp "
				"nêu rõ, Ban Tuyên giáo Tỉnh ủy đã triển khai nhiều nhiệm vụ. Ngày 3/10, đồng chí Phạm Văn "
				"Hùng, Trưởng Ban Tuyên giáo Tỉnh ủy đã làm việc với các cơ quan báo chí để định hướng "
				"tuyên truyền Đại hội Đảng bộ tỉnh.", 2025, 10, 9);
	CHECK(held_is(r, 0, 0, 0), "tuyên truyền Đại hội: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	/* the dated sentence that names its meeting still dates it */
	r = extract("Đồng chí Lê Thị Hoa, Phó Bí thư Tỉnh ủy Bình Lâm dự và phát biểu.\nNgày 3/10, Ban Tuyên "
				"giáo Tỉnh ủy Bình Lâm tổ chức hội nghị giao ban báo chí.", 2025, 10, 9);
	CHECK(held_is(r, 2025, 10, 3), "own meeting: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * R9 (probe 55 G7): a lower-case "ngày" right after the body that
 * completes a meeting's name ("Tại Hội nghị Ban Chấp hành Đảng bộ tỉnh
 * ngày 17/9/2022, ...", "Tại Hội nghị Tỉnh ủy ngày ...") dates the meeting,
 * as one right after its kind does ("tại hội nghị giao ban ngày ...").
 */
static void
test_dated_meeting_of_body(void)
{
	GbResult   *r;

	r = extract("Tại Hội nghị Ban Chấp hành Đảng bộ tỉnh ngày 17/9/2022, đồng chí Nguyễn Quang Dương, Phó "
				"Trưởng Ban Tổ chức Trung ương đã công bố quyết định của Bộ Chính trị.", 0, 0, 0);
	CHECK(held_is(r, 2022, 9, 17), "BCH: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	CHECK(r->meeting.online == 0, "online %d", r->meeting.online);
	gb_result_free(r);
	r = extract("Tại Hội nghị Ban Thường vụ Huyện ủy Lạc Sơn ngày 5/3/2023, đồng chí Lê Văn Nam đã công bố "
				"quyết định.", 0, 0, 0);
	CHECK(held_is(r, 2023, 3, 5), "BTV: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tại Hội nghị Tỉnh ủy ngày 17/9/2022, đồng chí Nguyễn Quang Dương đã công bố quyết định.",
				0, 0, 0);
	CHECK(held_is(r, 2022, 9, 17), "Tỉnh ủy: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	/* a document named in between owns the date */
	r = extract("Tại Hội nghị quán triệt Nghị quyết số 12-NQ/TU ngày 17/9/2022, đồng chí Lê Văn Nam đã "
				"phát biểu.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "document's: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * Z7 (probe 18): "là Title" after a name, or after its biography in
 * parentheses or commas, states the person's posts; "là" before anything
 * else gives none.
 */
static void
test_copula_titles(void)
{
	GbResult   *r;
	const GbOfficial *o;

	check_official("Tin vắn\nTrước đó, anh Hà Văn Tư (34 tuổi, quê xã Tân An, H.Lâm Hà) là Phó bí thư Tỉnh đoàn, "
				   "Chủ tịch Hội Sinh viên tỉnh.", "Hà Văn Tư", "anh", "Phó bí thư Tỉnh đoàn | Chủ tịch Hội Sinh viên tỉnh");
	r = extract("Tin vắn\nÔng Lò Văn Bảy, 58 tuổi, hiện là Bí thư Huyện ủy Minh Sơn, Chủ tịch HĐND huyện.", 0, 0, 0);
	o = official(r, "Lò Văn Bảy");
	CHECK(o != NULL && o->ntitles == 2 && strcmp(o->titles[1], "Chủ tịch HĐND huyện") == 0,
		  "\"hiện là\" after an age: %d titles", o ? o->ntitles : -1);
	gb_result_free(r);
	r = extract("Tin vắn\nĐồng chí Hà Văn Tư là người có nhiều kinh nghiệm.", 0, 0, 0);
	o = official(r, "Hà Văn Tư");
	CHECK(o != NULL && o->ntitles == 0, "\"là\" and no title");
	gb_result_free(r);
}

/*
 * Z10 (probe 18): "dự" closing the word "vinh dự" is not the role; "vinh
 * dự được đón" persons is their attending, "vinh dự đón nhận" a gift from
 * them is not.
 */
static void
test_role_vinh_du(void)
{
	GbResult   *r = extract("Tin vắn\nSáng 9/4/2024, Đảng bộ huyện Minh Sơn tổ chức đại hội. Đại hội vinh dự đón nhận "
							"lẵng hoa của Bí thư Tỉnh ủy Hà Văn Tư. Đại hội vinh dự được đón đồng chí Lò Văn Bảy, "
							"Phó Chủ tịch UBND tỉnh.", 0, 0, 0);
	const GbOfficial *o = official(r, "Hà Văn Tư");

	CHECK(o != NULL && o->nroles == 0, "flowers from him: %d roles", o ? o->nroles : -1);
	CHECK(has_role(official(r, "Lò Văn Bảy"), "dự"), "welcomed: attends");
	gb_result_free(r);
}

/*
 * Z1 (probe 18): the surnames of the northern mountain peoples ("Mùa",
 * "Giàng", "Thào", "Sùng", "Vàng" ...) open a name as Kinh ones do, with
 * a one-letter middle syllable too; a list item as long as a clause does
 * not end the list, its later persons keep its honorific.
 */
static void
test_minority_surnames(void)
{
	GbResult   *r;
	const GbOfficial *o;

	check_official("Tin vắn\nPhó Chủ tịch UBND tỉnh Thào A Dính trình bày báo cáo.",
				   "Thào A Dính", NULL, "Phó Chủ tịch UBND tỉnh");
	check_official("Tin vắn\nGiám đốc Sở Nội vụ Sùng Seo Pao dự hội nghị.",
				   "Sùng Seo Pao", NULL, "Giám đốc Sở Nội vụ");
	r = extract("Tin vắn\nDự có các đồng chí: Hà Văn Tư – Bí thư Tỉnh ủy; đồng chí Lò Văn Bảy, Ủy viên Ban Chấp hành "
				"Trung ương Đảng, được Bộ Chính trị điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy "
				"Minh Sơn và giới thiệu để Ban Chấp hành bầu giữ chức Phó Bí thư Tỉnh ủy Minh Sơn nhiệm kỳ 2025 – 2030; "
				"Vàng A Chử – Chủ tịch UBND tỉnh.", 0, 0, 0);
	o = official(r, "Vàng A Chử");
	CHECK(o != NULL && has_role(o, "dự") && o->honorific && strcmp(o->honorific, "đồng chí") == 0,
		  "after a clause-length item: honorific %s", o && o->honorific ? o->honorific : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nChiến dịch tình nguyện Mùa Hè Xanh năm nay có nhiều hoạt động.", 0, 0, 0);
	CHECK(r->nofficials == 0, "a campaign's name: %d officials", r->nofficials);
	gb_result_free(r);
}

/*
 * R9 (probe 43 G2): the surnames of more Mông clans ("Chá", "Sồng",
 * "Hạng") and of the Chăm, Raglai and Chu Ru of the south-central coast
 * ("Touneh", "Katơr", "Chamaléa", the two-syllable "Pi Năng", "Bố",
 * "Đàng", "Dụng", "Trượng") open a name after a title as Kinh ones do.
 * "Bố" and "Trượng" fold as "Bộ" and "Trưởng" do, "Sồng" and "Hạng" as
 * "Sông" and "Hàng": each is told by its tone marks.  A word or a place
 * spelled so is no person: "Bộ Nội vụ", "Huyện ủy Bố Trạch", "Huân chương
 * Lao động Hạng Ba", "huyện Sông Hinh".
 */
static void
test_south_central_surnames(void)
{
	GbResult   *r;
	int			k;
	static const char *const none[] = {
		"Tin vắn\nBí thư Huyện ủy Bố Trạch phát biểu tại hội nghị.",
		"Tin vắn\nChủ tịch UBND thị trấn Bố Hạ phát biểu tại hội nghị.",
		"Tin vắn\nTập thể được tặng Huân chương Lao động Hạng Ba và Huân chương Độc lập Hạng Nhì.",
		"Tin vắn\nBí thư Huyện ủy Sông Hinh phát biểu tại hội nghị.",
		"Tin vắn\nChủ tịch UBND huyện Phú Quý phát biểu tại hội nghị.",
		"Tin vắn\nBộ Công an tổ chức hội nghị. Bộ Quốc phòng dự.",
		"Tin vắn\nDụng cụ học tập được trao cho các em.",
		NULL
	};

	check_official("Tin vắn\nPhó Chủ tịch UBND tỉnh Touneh Hàm chủ trì hội nghị.",
				   "Touneh Hàm", NULL, "Phó Chủ tịch UBND tỉnh");
	check_official("Tin vắn\nPhó Chủ tịch UBND tỉnh Pi Năng Thị Thủy chủ trì hội nghị.",
				   "Pi Năng Thị Thủy", NULL, "Phó Chủ tịch UBND tỉnh");
	check_official("Tin vắn\nChủ tịch UBND huyện Bác Ái Pinăng Văn Tâm phát biểu.",
				   "Pinăng Văn Tâm", NULL, "Chủ tịch UBND huyện Bác Ái");
	check_official("Tin vắn\nBí thư Huyện ủy Mường Chà Hạng A Tủa chủ trì hội nghị.",
				   "Hạng A Tủa", NULL, "Bí thư Huyện ủy Mường Chà");
	check_official("Tin vắn\nGiám đốc Sở Y tế Sồng A Hồ dự hội nghị.",
				   "Sồng A Hồ", NULL, "Giám đốc Sở Y tế");
	check_official("Tin vắn\nPhó Bí thư Tỉnh ủy Chá A Của phát biểu.",
				   "Chá A Của", NULL, "Phó Bí thư Tỉnh ủy");
	check_official("Tin vắn\nTrưởng ban Tổ chức Tỉnh ủy Đàng Năng Thọ phát biểu.",
				   "Đàng Năng Thọ", NULL, "Trưởng ban Tổ chức Tỉnh ủy");
	check_official("Tin vắn\nGiám đốc Sở Nội vụ Katơr Mai dự hội nghị.",
				   "Katơr Mai", NULL, "Giám đốc Sở Nội vụ");
	check_official("Tin vắn\nChủ tịch Hội Nông dân tỉnh Chamaléa Điệp dự hội nghị.",
				   "Chamaléa Điệp", NULL, "Chủ tịch Hội Nông dân tỉnh");
	check_official("Tin vắn\nPhó Chủ tịch HĐND tỉnh Bố Xuân Linh dự hội nghị.",
				   "Bố Xuân Linh", NULL, "Phó Chủ tịch HĐND tỉnh");
	check_official("Tin vắn\nDự hội nghị có đồng chí Bố Thị Xuân Linh, Phó Chủ tịch UBND tỉnh.",
				   "Bố Thị Xuân Linh", "đồng chí", "Phó Chủ tịch UBND tỉnh");
	check_official("Tin vắn\nTrưởng phòng Nội vụ Trượng Hồng Hạnh dự hội nghị.",
				   "Trượng Hồng Hạnh", NULL, "Trưởng phòng Nội vụ");
	check_official("Tin vắn\nBí thư Huyện ủy Bố Trạch Lê Hùng phát biểu tại hội nghị.",
				   "Lê Hùng", NULL, "Bí thư Huyện ủy Bố Trạch");
	r = extract("Tin vắn\nPhó Chủ tịch UBND tỉnh Touneh Hàm chủ trì hội nghị.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Touneh Hàm") == 0,
		  "chair Touneh Hàm, got %d", r->meeting.nchairs);
	gb_result_free(r);
	for (k = 0; none[k] != NULL; k++)
	{
		r = extract(none[k], 0, 0, 0);
		CHECK(r->nofficials == 0, "no person in \"%s\": %d, first %s", none[k], r->nofficials,
			  r->nofficials > 0 ? r->officials[0].name : "");
		gb_result_free(r);
	}
}

/*
 * R9 (probe 43 G2): a name among persons in a row closed by the verb of
 * the post they take ("Ông A, B và C được bầu giữ chức Phó Bí thư") is a
 * person's whatever its surname, three syllables or more: the post is
 * everyone's.  Two capitalized syllables, mostly a place's, still end the
 * list.
 */
static void
test_list_unknown_surname_post(void)
{
	GbResult   *r;
	const char *text;

	text = "Tin vắn\nÔng Lò Minh Hùng, Nguyễn Đình Việt và Quảng Đại Tuyên được bầu giữ chức Phó Bí thư Tỉnh uỷ.";
	check_official(text, "Lò Minh Hùng", "ông", "Phó Bí thư Tỉnh ủy");
	check_official(text, "Nguyễn Đình Việt", "ông", "Phó Bí thư Tỉnh ủy");
	check_official(text, "Quảng Đại Tuyên", "ông", "Phó Bí thư Tỉnh ủy");
	text = "Tin vắn\nCác đồng chí Hà Văn Tư, Phú Minh Tâm và Lò Văn Bảy được bầu giữ chức Phó Chủ tịch HĐND tỉnh.";
	check_official(text, "Hà Văn Tư", "đồng chí", "Phó Chủ tịch HĐND tỉnh");
	check_official(text, "Phú Minh Tâm", "đồng chí", "Phó Chủ tịch HĐND tỉnh");
	check_official(text, "Lò Văn Bảy", "đồng chí", "Phó Chủ tịch HĐND tỉnh");
	check_official("Tin vắn\nÔng Lò Minh Hùng, Nguyễn Đình Việt và Chá A Của được bầu giữ chức Phó Bí thư Tỉnh uỷ.",
				   "Chá A Của", "ông", "Phó Bí thư Tỉnh ủy");
	r = extract("Tin vắn\nÔng Nguyễn Văn An và Phú Quốc được bầu giữ chức Bí thư Đặc khu ủy.", 0, 0, 0);
	CHECK(r->nofficials == 1, "a place of two syllables in the list: %d officials", r->nofficials);
	gb_result_free(r);
	r = extract("Tin vắn\nÔng Nguyễn Văn An và Ban Thường vụ Tỉnh ủy được bầu giữ chức mới.", 0, 0, 0);
	CHECK(r->nofficials == 1, "a body in the list: %d officials", r->nofficials);
	gb_result_free(r);
}

/*
 * R9 (probe 46 G3): persons counted before a colon, each with titles of
 * his own and ";" between them ("Ba đồng chí: A, t1; B, t2, t3; C, t4 được
 * bầu giữ chức X") all take the post the verb after the last gives; "các
 * đồng chí: ..." (those present, not counted) leaves it the last one's.
 */
static void
test_counted_list_post(void)
{
	const char *text;

	text = "Tin vắn\nBa đồng chí: Hà Văn Tư, Phó Bí thư Thường trực Tỉnh ủy khóa XIX; Lò Văn Bảy, Chủ tịch "
		"UBND tỉnh; Giáp Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh được bầu giữ chức "
		"Phó Bí thư Tỉnh ủy Lạng Sơn khóa XX.";
	check_official(text, "Hà Văn Tư", "đồng chí", "Phó Bí thư Thường trực Tỉnh ủy | Phó Bí thư Tỉnh ủy Lạng Sơn");
	check_official(text, "Lò Văn Bảy", "đồng chí", "Chủ tịch UBND tỉnh | Phó Bí thư Tỉnh ủy Lạng Sơn");
	check_official(text, "Giáp Thị Lan", "đồng chí",
				   "Ủy viên Ban Thường vụ Tỉnh ủy | Chủ tịch HĐND tỉnh | Phó Bí thư Tỉnh ủy Lạng Sơn");
	text = "Tin vắn\n2 đồng chí: Hà Văn Tư, Giám đốc Sở Nội vụ và Lò Văn Bảy, Chủ tịch UBND huyện được "
		"chỉ định làm Ủy viên Ban Thường vụ Tỉnh ủy.";
	check_official(text, "Hà Văn Tư", "đồng chí", "Giám đốc Sở Nội vụ | Ủy viên Ban Thường vụ Tỉnh ủy");
	/* not counted: those present, the post the last one's */
	check_official("Tin vắn\nDự có các đồng chí: Hà Văn Tư, Giám đốc Sở Nội vụ; Lò Văn Bảy, Chủ tịch UBND "
				   "huyện được bầu giữ chức Bí thư Huyện ủy.", "Hà Văn Tư", "đồng chí", "Giám đốc Sở Nội vụ");
}

/*
 * R9 (probe 50 G2): a commune's or ward's name after its level is two
 * capitalized syllables or more, whose last may be a surname: "xã Sao
 * Vàng Hoàng Văn Nam" is the place "Sao Vàng" and the full name after it,
 * not the person "Vàng Hoàng Văn Nam"; a name read on in the place's
 * second syllable stays, and so does a comma.
 */
static void
test_place_surname_syllable(void)
{
	GbResult   *r;

	check_official("Tin vắn\nPhát biểu tại hội nghị, đồng chí Bí thư Đảng ủy xã Sao Vàng Hoàng Văn Nam "
				   "nhấn mạnh yêu cầu.", "Hoàng Văn Nam", "đồng chí", "Bí thư Đảng ủy xã Sao Vàng");
	check_official("Tin vắn\nChủ tịch UBND xã Thạch Hà Nguyễn Văn Bình cũng phát biểu.",
				   "Nguyễn Văn Bình", NULL, "Chủ tịch UBND xã Thạch Hà");
	check_official("Tin vắn\nChủ tịch UBND phường Đông Hồ Trần Thị Thu Hà phát biểu.",
				   "Trần Thị Thu Hà", NULL, "Chủ tịch UBND phường Đông Hồ");
	check_official("Tin vắn\nBí thư Huyện ủy Kỳ Anh Lê Văn Nam phát biểu.",
				   "Lê Văn Nam", NULL, "Bí thư Huyện ủy Kỳ Anh");
	check_official("Tin vắn\nBí thư Đảng ủy thị trấn Hưng Vũ Lê Trí Thức phát biểu.",
				   "Lê Trí Thức", NULL, "Bí thư Đảng ủy thị trấn Hưng Vũ");
	r = extract("Tin vắn\nBí thư Đảng ủy xã Sao Vàng Hoàng Văn Nam phát biểu.", 0, 0, 0);
	CHECK(official(r, "Vàng Hoàng Văn Nam") == NULL, "the place's syllable taken into the name");
	gb_result_free(r);
	/* a place of two syllables already: the name after it keeps its four */
	check_official("Tin vắn\nBí thư Đảng ủy xã Tân Lập Nguyễn Trần Thanh Hải phát biểu.",
				   "Nguyễn Trần Thanh Hải", NULL, "Bí thư Đảng ủy xã Tân Lập");
	check_official("Tin vắn\nBí thư Tỉnh ủy An Giang Lê Hồng Quang phát biểu.",
				   "Lê Hồng Quang", NULL, "Bí thư Tỉnh ủy An Giang");
	check_official("Tin vắn\nPhát biểu tại hội nghị, Bí thư Đảng ủy xã Đông Hà, Nguyễn Văn Nam nhấn mạnh.",
				   "Nguyễn Văn Nam", NULL, "Bí thư Đảng ủy xã Đông Hà");
}

/*
 * R9 (probe 49 G4): the last member of a ";" list written "; và B, titles"
 * is a member as after ";" alone, with his titles and the group's; what
 * follows "; và" must read as a full name with its surname.
 */
static void
test_list_semicolon_and(void)
{
	GbResult   *r;
	const char *text;

	text = "Tin vắn\nDự có các đồng chí: Lê Thành Đô, Chủ tịch UBND tỉnh; Mùa A Vảng, Chủ tịch Ủy ban Mặt "
		"trận Tổ quốc tỉnh; và Hà Quang Trung, Phó trưởng ban Tổ chức Tỉnh ủy.";
	check_official(text, "Hà Quang Trung", "đồng chí", "Phó trưởng ban Tổ chức Tỉnh ủy");
	check_official(text, "Mùa A Vảng", "đồng chí", "Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh");
	text = "Tin vắn\nHai Phó Bí thư Tỉnh ủy Nghệ An gồm các ông: Lê Văn Cường, Chủ tịch UBND tỉnh; và "
		"Phạm Thị Hoa, Trưởng ban Dân vận Tỉnh ủy.";
	check_official(text, "Phạm Thị Hoa", "ông", "Phó Bí thư Tỉnh ủy Nghệ An | Trưởng ban Dân vận Tỉnh ủy");
	check_official(text, "Lê Văn Cường", "ông", "Phó Bí thư Tỉnh ủy Nghệ An | Chủ tịch UBND tỉnh");
	r = extract("Tin vắn\nDự có đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh; và Hội Nông dân tỉnh.", 0, 0, 0);
	CHECK(r->nofficials == 1, "a body after \"; và\" read as a person: %d officials", r->nofficials);
	gb_result_free(r);
}

/*
 * R9 (probe 49 G1): an appositive opening with "tân" (newly appointed),
 * "A, tân Giám đốc Công an tỉnh X,", gives the post, "tân" left out as
 * before the name ("Tân Bí thư Tỉnh ủy A"); a photo note may stand
 * between.  Not the surname "Tẩn" nor a title-less "tân" phrase.
 */
static void
test_new_post_apposition(void)
{
	GbResult   *r;

	check_official("Tin vắn\nĐại tá Phan Công Bình (trái), tân Giám đốc Công an tỉnh Quảng Ngãi. Trao đổi với "
				   "phóng viên, đại tá Phan Công Bình, tân Giám đốc Công an tỉnh Quảng Ngãi, chia sẻ cảm xúc.",
				   "Phan Công Bình", NULL, "Giám đốc Công an tỉnh Quảng Ngãi");
	check_official("Tin vắn\nÔng Nguyễn Văn An, tân Bí thư Tỉnh ủy, phát biểu nhận nhiệm vụ.",
				   "Nguyễn Văn An", "ông", "Bí thư Tỉnh ủy");
	check_official("Tin vắn\nÔng Hoàng Văn Nam, Tỉnh ủy viên, tân Phó Chủ tịch UBND tỉnh Lạng Sơn phát biểu.",
				   "Hoàng Văn Nam", "ông", "Tỉnh ủy viên | Phó Chủ tịch UBND tỉnh Lạng Sơn");
	check_official("Tin vắn\nĐồng chí Lò Thị Mai - tân phó bí thư thường trực Huyện ủy Mường La, nhận hoa.",
				   "Lò Thị Mai", "đồng chí", "phó bí thư thường trực Huyện ủy Mường La");
	/* no post after it: nothing taken */
	r = extract("Tin vắn\nÔng Nguyễn Văn An, tân binh của đơn vị, phát biểu.", 0, 0, 0);
	CHECK(official(r, "Nguyễn Văn An") == NULL || official(r, "Nguyễn Văn An")->ntitles == 0,
		  "\"tân binh\" is no post");
	gb_result_free(r);
}

/*
 * R9 (probe 49 G6): a counted class's title goes to the members listed
 * after "gồm" when the class's term ("khóa 16", "nhiệm kỳ 2025-2030") or a
 * comma stands between the title and "gồm"; the term stays out of it.
 */
static void
test_counted_class_term_members(void)
{
	const char *text;

	text = "Tin vắn\nBộ Chính trị chuẩn y 3 Phó Bí thư Tỉnh ủy Sơn La khóa 16, nhiệm kỳ 2025-2030, gồm "
		"các ông: Lò Minh Hùng; Nguyễn Đình Việt; Chá A Của.";
	check_official(text, "Nguyễn Đình Việt", "ông", "Phó Bí thư Tỉnh ủy Sơn La");
	check_official(text, "Chá A Của", "ông", "Phó Bí thư Tỉnh ủy Sơn La");
	text = "Tin vắn\nCác Phó Bí thư Tỉnh ủy Gia Lai nhiệm kỳ 2025-2030, gồm: ông Rah Lan Chung, ông Phạm "
		"Anh Tuấn, ông Châu Ngọc Tuấn.";
	check_official(text, "Rah Lan Chung", "ông", "Phó Bí thư Tỉnh ủy Gia Lai");
	check_official(text, "Châu Ngọc Tuấn", "ông", "Phó Bí thư Tỉnh ủy Gia Lai");
	text = "Tin vắn\nCác Phó Bí thư Huyện ủy Mường La khóa XX, nhiệm kỳ 2025-2030, gồm: bà Lò Thị Mai và "
		"ông Quàng Văn Hải.";
	check_official(text, "Quàng Văn Hải", "ông", "Phó Bí thư Huyện ủy Mường La");
	check_official("Tin vắn\nCác Phó Bí thư Tỉnh ủy, gồm các đồng chí: Lò Minh Hùng, Nguyễn Đình Việt.",
				   "Nguyễn Đình Việt", "đồng chí", "Phó Bí thư Tỉnh ủy");
	check_official("Tin vắn\nHai Phó Bí thư Tỉnh ủy Điện Biên nhiệm kỳ 2025-2030 gồm các đồng chí Lò Văn "
				   "Mừng và Mùa A Vảng.", "Mùa A Vảng", "đồng chí", "Phó Bí thư Tỉnh ủy Điện Biên");
}

/*
 * R9 (probe 50 G9): "Phó" with a slip in its vowel or tone after a comma or
 * dash ("A, Pho Bí thư Tỉnh ủy", "A, Phí Bí thư Tỉnh ủy") never leaves the
 * higher post "Bí thư Tỉnh ủy", nor a title-alone mention of another
 * person taking this one's titles; "Pho" reads as the prefix, as written.
 */
static void
test_vice_slip(void)
{
	const char *text;

	text = "Tin vắn\nĐồng chí Bùi Đức Hinh - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh dự. Đồng chí Bùi "
		"Đức Hinh, Phí Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh phát biểu. Đồng chí Nguyễn Văn An, Pho Bí "
		"thư Tỉnh ủy, Chủ tịch HĐND tỉnh dự.";
	check_official(text, "Bùi Đức Hinh", "đồng chí", "Phó Bí thư Tỉnh ủy | Chủ tịch Ủy ban MTTQ tỉnh");
	check_official(text, "Nguyễn Văn An", "đồng chí", "Pho Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh");
	check_official("Tin vắn\nÔng Trần Văn Nam - Pho Chủ tịch UBND tỉnh Hà Tĩnh dự.", "Trần Văn Nam", "ông",
				   "Pho Chủ tịch UBND tỉnh Hà Tĩnh");
	check_official("Tin vắn\nÔng Lê Văn Tám, Phí Chủ tịch HĐND huyện phát biểu.", "Lê Văn Tám", "ông", "");
	/* the surname "Phí" before a name is none */
	check_official("Tin vắn\nDự có Bí thư Tỉnh ủy Phí Văn Nam.", "Phí Văn Nam", NULL, "Bí thư Tỉnh ủy");
}

/*
 * R9 (probe 65 G6): "(Phó) Trưởng ban Ban X" and "(Phó) Trưởng Ban X" are
 * one post, one title, its first spelling kept; the title alone later
 * refers to its holder in either spelling.
 */
static void
test_title_key_board_twice(void)
{
	GbResult   *r;
	const GbOfficial *o;

	check_official("Tin vắn\nĐồng chí Phạm Minh Chính - Trưởng Ban Tổ chức Trung ương phát biểu. Đồng chí Phạm "
				   "Minh Chính, Ủy viên Bộ Chính trị, Trưởng ban Ban Tổ chức Trung ương biểu dương tỉnh.",
				   "Phạm Minh Chính", "đồng chí", "Trưởng Ban Tổ chức Trung ương | Ủy viên Bộ Chính trị");
	check_official("Tin vắn\nDự có ông Lê Văn Hùng, Phó Trưởng ban Ban Dân vận Tỉnh ủy Minh Sơn. Ông Lê Văn "
				   "Hùng, Phó Trưởng Ban Dân vận Tỉnh ủy Minh Sơn phát biểu.",
				   "Lê Văn Hùng", "ông", "Phó Trưởng ban Ban Dân vận Tỉnh ủy Minh Sơn");
	/* a deputy's post is not the head's */
	check_official("Tin vắn\nÔng Lê Văn Hùng, Trưởng ban Ban Dân vận Huyện ủy, nguyên Phó Trưởng Ban Dân vận "
				   "Huyện ủy dự.",
				   "Lê Văn Hùng", "ông", "Trưởng ban Ban Dân vận Huyện ủy | nguyên Phó Trưởng Ban Dân vận Huyện ủy");
	r = extract("Tin vắn\nĐồng chí Trần Thị Hoa, Trưởng ban Ban Tuyên giáo Huyện ủy dự. Trưởng Ban Tuyên giáo "
				"Huyện ủy nhấn mạnh ba nhiệm vụ.", 0, 0, 0);
	o = official(r, "Trần Thị Hoa");
	CHECK(o && o->mentions == 2 && r->nofficials == 1, "the title alone is a mention");
	gb_result_free(r);
}

/*
 * R9 (probe 49 G9): one person's post written twice, with a dash inside
 * its name and without ("Bộ Giao thông - Vận tải", "Bộ Giao thông vận
 * tải"), or with the ministry's "Bộ" after its minister and without
 * ("Thứ trưởng Bộ Quốc phòng", "Thứ trưởng Quốc phòng"), is one title,
 * its first spelling kept.
 */
static void
test_title_key_dash_ministry(void)
{
	const char *text;

	text = "Tin vắn\nÔng Nguyễn Văn Thắng, Bộ trưởng Bộ Giao thông vận tải phát biểu. Ông Nguyễn Văn Thắng, "
		"Bộ trưởng Bộ Giao thông - Vận tải trao quyết định.";
	check_official(text, "Nguyễn Văn Thắng", "ông", "Bộ trưởng Bộ Giao thông vận tải");
	text = "Tin vắn\nBà Trần Thị Hoa, Giám đốc Sở Lao động - Thương binh và Xã hội phát biểu. Bà Trần Thị "
		"Hoa, Giám đốc Sở Lao động Thương binh và Xã hội trao quà.";
	check_official(text, "Trần Thị Hoa", "bà", "Giám đốc Sở Lao động - Thương binh và Xã hội");
	text = "Tin vắn\nThượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng dự. Thượng tướng Hoàng Xuân "
		"Chiến, Thứ trưởng Quốc phòng phát biểu.";
	check_official(text, "Hoàng Xuân Chiến", NULL, "Thứ trưởng Bộ Quốc phòng");
	text = "Tin vắn\nÔng Lê Văn An, Bộ trưởng Công an dự. Ông Lê Văn An, Bộ trưởng Bộ Công an phát biểu.";
	check_official(text, "Lê Văn An", "ông", "Bộ trưởng Công an");
	/* other ministries stay apart */
	text = "Tin vắn\nÔng Lê Văn An, Thứ trưởng Bộ Công an, nguyên Thứ trưởng Bộ Quốc phòng dự.";
	check_official(text, "Lê Văn An", "ông", "Thứ trưởng Bộ Công an | nguyên Thứ trưởng Bộ Quốc phòng");
	/* the forces in their letters, "CAND", "QĐND", spelled out in the key */
	text = "Tin vắn\nThiếu tướng Nguyễn Hải Trung, nguyên Phó Tổng cục trưởng Tổng cục Chính trị Công an nhân "
		"dân (CAND) dự. Thiếu tướng Nguyễn Hải Trung, nguyên Phó Tổng cục trưởng Tổng cục Chính trị CAND "
		"phát biểu.";
	check_official(text, "Nguyễn Hải Trung", NULL,
				   "nguyên Phó Tổng cục trưởng Tổng cục Chính trị Công an nhân dân (CAND)");
	text = "Tin vắn\nTrung tướng Lê Văn Nam, Chủ nhiệm Tổng cục Chính trị QĐND dự. Trung tướng Lê Văn Nam, "
		"Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân phát biểu.";
	check_official(text, "Lê Văn Nam", NULL, "Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân");
}

/*
 * R9 (probe 49 G5): a Party term in brackets after a post, "(khóa XXI)",
 * "(nhiệm kỳ 2015-2020)", "(khóa XIX, nhiệm kỳ 2020 - 2025)", does not
 * end the list of posts: those after it are the person's too.
 */
static void
test_term_in_brackets(void)
{
	check_official("Tin vắn\nÔng Phan Việt Cường - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy (khóa XXI), Chủ tịch "
				   "HĐND tỉnh, Trưởng đoàn Đại biểu Quốc hội trình bày diễn văn khai mạc.", "Phan Việt Cường", "ông",
				   "Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh | Trưởng đoàn Đại biểu Quốc hội");
	check_official("Tin vắn\nDự có đồng chí Trần Thị Bình, Trưởng Ban Tổ chức Tỉnh ủy (nhiệm kỳ 2015-2020), Chủ tịch "
				   "Hội Liên hiệp Phụ nữ tỉnh.", "Trần Thị Bình", "đồng chí",
				   "Trưởng Ban Tổ chức Tỉnh ủy | Chủ tịch Hội Liên hiệp Phụ nữ tỉnh");
	check_official("Tin vắn\nDự có đồng chí Lê Thị Thu Hồng, Phó Bí thư Tỉnh ủy (khóa XIX, nhiệm kỳ 2020 - 2025), "
				   "Chủ tịch UBND tỉnh Bắc Giang.", "Lê Thị Thu Hồng", "đồng chí",
				   "Phó Bí thư Tỉnh ủy | Chủ tịch UBND tỉnh Bắc Giang");
	/* a bracket of another kind still ends it */
	check_official("Tin vắn\nDự có ông Lò Văn Bảy, Bí thư Huyện ủy (bên phải), Chủ tịch UBND huyện Lò Văn Mạ.",
				   "Lò Văn Bảy", "ông", "Bí thư Huyện ủy");
}

/*
 * R9 (probe 49 G10): "đảm nhiệm chức danh X" gives a post as "giữ chức X"
 * does; in a subject joined by "và", a person with titles of his own
 * closed by a comma takes it too ("Ông A, T1, bà B và ông C được chỉ
 * định tiếp tục đảm nhiệm chức danh X").  A ";" still ends the subject.
 */
static void
test_joint_subject_post(void)
{
	const char *text;

	text = "Tin vắn\nÔng Tạ Anh Tuấn, Chủ tịch UBND tỉnh Đắk Lắk, bà Huỳnh Thị Chiến Hòa và ông Đỗ Hữu Huy được "
		"chỉ định tiếp tục đảm nhiệm chức danh Phó Bí thư Tỉnh ủy nhiệm kỳ 2025-2030.";
	check_official(text, "Tạ Anh Tuấn", "ông", "Chủ tịch UBND tỉnh Đắk Lắk | Phó Bí thư Tỉnh ủy");
	check_official(text, "Huỳnh Thị Chiến Hòa", "bà", "Phó Bí thư Tỉnh ủy");
	check_official(text, "Đỗ Hữu Huy", "ông", "Phó Bí thư Tỉnh ủy");
	text = "Tin vắn\nĐồng chí Lò Văn Bảy, Giám đốc Sở Nội vụ và đồng chí Hà Văn Tư được bầu giữ chức Ủy viên Ban "
		"Thường vụ Huyện ủy Mường La.";
	check_official(text, "Hà Văn Tư", "đồng chí", "Ủy viên Ban Thường vụ Huyện ủy Mường La");
	check_official("Tin vắn\nBà Trần Thị Hoa đảm nhận chức danh Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Sơn La.",
				   "Trần Thị Hoa", "bà", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Sơn La");
	/* after a ";" another item: the post stays the last one's */
	check_official("Tin vắn\nDự có các đồng chí: Hà Văn Tư, Giám đốc Sở Nội vụ; Lò Văn Bảy, Chủ tịch UBND huyện, bà "
				   "Lò Thị Mai và ông Vi Văn Lâm được bầu giữ chức Phó Bí thư Huyện ủy.", "Hà Văn Tư", "đồng chí",
				   "Giám đốc Sở Nội vụ");
}

/*
 * R9 (probe 50 G5): a group's title ("Tổ trưởng Tổ Công tác", "Trưởng
 * Đoàn công tác", "Trưởng Ban Chỉ đạo") takes no adverb of two words
 * after its name, "trực tiếp", "thường xuyên": the predicate opens there.
 */
static void
test_group_title_adverb(void)
{
	check_official("Tin vắn\nÔng Nguyễn Tuấn Anh – Phó Bí thư Tỉnh ủy, Tổ trưởng Tổ Công tác Ban Thường vụ Tỉnh ủy Lào "
				   "Cai trực tiếp chỉ đạo Đại hội điểm.", "Nguyễn Tuấn Anh", "ông",
				   "Phó Bí thư Tỉnh ủy | Tổ trưởng Tổ Công tác Ban Thường vụ Tỉnh ủy Lào Cai");
	check_official("Tin vắn\nĐồng chí Trần Văn Bình, Trưởng Ban Chỉ đạo Tây Nguyên thường xuyên theo dõi.",
				   "Trần Văn Bình", "đồng chí", "Trưởng Ban Chỉ đạo Tây Nguyên");
	check_official("Tin vắn\nÔng Lê Văn Tám, Trưởng Đoàn công tác của Tỉnh ủy Yên Bái trực tiếp làm việc.",
				   "Lê Văn Tám", "ông", "Trưởng Đoàn công tác của Tỉnh ủy Yên Bái");
	check_official("Tin vắn\nÔng Hà Văn Tư, Phó Trưởng Ban Chỉ đạo Tây Nam Bộ trực tiếp chỉ đạo.",
				   "Hà Văn Tư", "ông", "Phó Trưởng Ban Chỉ đạo Tây Nam Bộ");
	/* a group's name in lower case still goes on */
	check_official("Tin vắn\nÔng Vi Văn Lâm, Trưởng đoàn kiểm tra số 7 của Ban Bí thư phát biểu.",
				   "Vi Văn Lâm", "ông", "Trưởng đoàn kiểm tra số 7 của Ban Bí thư");
}

/*
 * R9 (probe 50 G6): two fields a body is named after, a comma between
 * them ("Hội đồng Thi đua, Khen thưởng", "phòng, chống tham nhũng, lãng
 * phí, tiêu cực"), stay inside the title, in either case; a comma before
 * another post still ends it.
 */
static void
test_comma_pair_body(void)
{
	check_official("Tin vắn\nĐại tá Quách Đăng Phú, Phó Bí thư Thường trực Đảng ủy, Chính ủy, Chủ tịch Hội đồng thi "
				   "đua, khen thưởng Bộ CHQS tỉnh chủ trì buổi lễ phát động.", "Quách Đăng Phú", NULL,
				   "Phó Bí thư Thường trực Đảng ủy | Chính ủy | Chủ tịch Hội đồng thi đua, khen thưởng Bộ CHQS tỉnh");
	check_official("Tin vắn\nDự có đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo phòng, chống tham "
				   "nhũng, tiêu cực tỉnh.", "Nguyễn Văn An", "đồng chí",
				   "Bí thư Tỉnh ủy | Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh");
	check_official("Tin vắn\nÔng Lê Văn Tám, Chủ tịch Hội đồng Thi đua, Khen thưởng tỉnh phát biểu.",
				   "Lê Văn Tám", "ông", "Chủ tịch Hội đồng Thi đua, Khen thưởng tỉnh");
	check_official("Tin vắn\nÔng Hà Văn Tư, Phó Trưởng Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực "
				   "tỉnh Sơn La, Giám đốc Sở Nội vụ dự.", "Hà Văn Tư", "ông",
				   "Phó Trưởng Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Sơn La | Giám đốc Sở Nội vụ");
	check_official("Tin vắn\nÔng Lò Văn Bảy, Chủ tịch Hội đồng Thi đua - Khen thưởng huyện, Bí thư Huyện ủy dự.",
				   "Lò Văn Bảy", "ông", "Chủ tịch Hội đồng Thi đua - Khen thưởng huyện | Bí thư Huyện ủy");
}

/*
 * R9 (probe 50 G7): "Đảng ủy khối cơ quan – doanh nghiệp tỉnh", the bloc's
 * two parts joined by a dash, spaced or not, in either case, is one body,
 * as with "và"; a lower-case post after a dash is still another title.
 */
static void
test_bloc_dash_body(void)
{
	GbResult   *r;

	check_official("Tin vắn\nDự có đồng chí Trương Văn Thắng, Ủy viên BCH Đảng bộ tỉnh, Bí thư Đảng ủy khối cơ quan – "
				   "doanh nghiệp tỉnh.", "Trương Văn Thắng", "đồng chí",
				   "Ủy viên BCH Đảng bộ tỉnh | Bí thư Đảng ủy khối cơ quan - doanh nghiệp tỉnh");
	check_official("Tin vắn\nÔng Lê Văn Tám, Phó Bí thư Đảng ủy Khối cơ quan - doanh nghiệp tỉnh Sơn La, Chủ tịch "
				   "Công đoàn phát biểu.", "Lê Văn Tám", "ông",
				   "Phó Bí thư Đảng ủy Khối cơ quan - doanh nghiệp tỉnh Sơn La | Chủ tịch Công đoàn");
	check_official("Tin vắn\nÔng Hà Văn Tư, Bí thư Đảng ủy xã – chủ tịch UBND xã phát biểu.",
				   "Hà Văn Tư", "ông", "Bí thư Đảng ủy xã | chủ tịch UBND xã");
	r = extract("Tin vắn\nChiều ngày 20/10/2020, Đảng ủy khối cơ quan – doanh nghiệp tỉnh tổ chức hội nghị quán "
				"triệt Nghị quyết.", 0, 0, 0);
	CHECK(r->meeting.organizer && strcmp(r->meeting.organizer, "Đảng ủy khối cơ quan - doanh nghiệp tỉnh") == 0,
		  "organizer: %s", r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * R9 (probe 48 G8): a congress's ordinal "lần thứ XIV" inside a title
 * naming the congress ("Tiểu ban Điều lệ Đảng Đại hội đại biểu toàn quốc
 * lần thứ XIV của Đảng") is part of it; "Thành viên Tiểu ban" is a seat as
 * "Ủy viên Tiểu ban" is.  Without "Đại hội" before it, no ordinal is taken.
 */
static void
test_congress_ordinal_title(void)
{
	check_official("Tin vắn\nĐồng chí Trương Thị Mai, Thường trực Ban Bí thư, Trưởng Tiểu ban Điều lệ Đảng Đại hội đại "
				   "biểu toàn quốc lần thứ XIV của Đảng dự và chỉ đạo hội nghị.", "Trương Thị Mai", "đồng chí",
				   "Thường trực Ban Bí thư | Trưởng Tiểu ban Điều lệ Đảng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng");
	check_official("Tin vắn\nĐồng chí Nguyễn Văn An, Thành viên Tiểu ban Văn kiện Đại hội đại biểu toàn quốc lần thứ "
				   "XIII của Đảng phát biểu.", "Nguyễn Văn An", "đồng chí",
				   "Thành viên Tiểu ban Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII của Đảng");
	check_official("Tin vắn\nÔng Lê Văn Tám, Phó Trưởng Tiểu ban Nhân sự Đại hội đại biểu Đảng bộ tỉnh lần thứ 20, Bí "
				   "thư Huyện ủy phát biểu.", "Lê Văn Tám", "ông",
				   "Phó Trưởng Tiểu ban Nhân sự Đại hội đại biểu Đảng bộ tỉnh lần thứ 20 | Bí thư Huyện ủy");
}

/*
 * Z2 (probe 18): co-chairs "đồng chủ trì tại điểm cầu chính" chair the
 * meeting; a role closing a list item ("A - title chủ trì; B - ...") is
 * that item's person's, and the list's own role goes on to the next item.
 */
static void
test_cochairs_main_point(void)
{
	GbResult   *r = extract("Tin vắn\nSáng 9/4/2024, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc. Các đồng chí: "
							"Hà Văn Tư - Bí thư Trung ương Đảng; Lò Văn Bảy - Phó Thủ tướng Chính phủ đồng chủ trì tại "
							"điểm cầu chính. Tại điểm cầu tỉnh Minh Sơn có sự tham dự của các đồng chí: Mạc Văn Định - "
							"Bí thư Tỉnh ủy chủ trì; Vi Văn Lâm - Phó Bí thư Tỉnh ủy.", 0, 0, 0);
	const GbOfficial *o = official(r, "Vi Văn Lâm");

	CHECK(r->meeting.nchairs == 2, "co-chairs at the main point: %d chairs", r->meeting.nchairs);
	CHECK(has_role(official(r, "Mạc Văn Định"), "đồng chủ trì"), "the item's role is its person's");
	CHECK(o != NULL && o->nroles == 1 && has_role(o, "dự"), "the next item: the list's role only");
	gb_result_free(r);
}

/*
 * Y5 again (probe 18): the lower-case words finishing a body's name may be
 * four ("chính trị nội bộ", "nội" no "nói") and end in a capitalized level
 * ("Trung ương") before the next title; "số N" numbers a unit.
 */
static void
test_title_lower_words_caps_end(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Ủy viên Tiểu ban Bảo vệ chính trị nội bộ Trung ương, Trưởng đoàn "
				   "Kiểm tra số 4 chủ trì hội nghị.", "Hà Văn Tư", "đồng chí",
				   "Ủy viên Tiểu ban Bảo vệ chính trị nội bộ Trung ương | Trưởng đoàn Kiểm tra số 4");
	check_official("Tin vắn\nÔng Lò Văn Bảy, Phó Chủ tịch Hội nông dân tỉnh Minh Sơn nói tại hội nghị.",
				   "Lò Văn Bảy", "ông", "Phó Chủ tịch Hội nông dân tỉnh Minh Sơn");
}

/*
 * Q4: the date that closes a range opened by "từ" ("Từ ngày 9/10-13/10/2024",
 * "Từ ngày 9-13/10/2024") is the span of an event near the meeting, not a
 * document the meeting cites and comes after: a year-less "Sáng ngày 8/10"
 * written after it takes the range's year, not the next one.  The date of
 * a cited document still comes before the meeting.
 */
static void
test_year_from_range_close(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nTừ ngày 9/10-13/10/2024, Đoàn công tác của Hội đồng tỉnh đã có chuyến thăm tại Lào.\n"
				"Sáng ngày 8/10, Đoàn đại biểu Quốc hội tỉnh Minh Lâm có buổi làm việc với Sở Tài chính.", 0, 0, 0);
	CHECK(held_is(r, 2024, 10, 8), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin hoạt động\nTừ 2-5/12/2023, Đoàn công tác của Hội đồng tỉnh đã có chuyến thăm tại Lào.\n"
				"Sáng ngày 28/11, Ban Thường vụ Tỉnh ủy Minh Lâm tổ chức hội nghị.", 0, 0, 0);
	CHECK(held_is(r, 2023, 11, 28), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin hoạt động\nThực hiện Kế hoạch số 5 ngày 9/10/2024 của Tỉnh ủy, sáng ngày 8/10, "
				"Ban Thường vụ Tỉnh ủy Minh Lâm tổ chức hội nghị.", 0, 0, 0);
	CHECK(held_is(r, 2025, 10, 8), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * Q3: a "khóa K" written after a citation's own issuer belongs to that
 * citation; it does not reach back over a comma or "và" to the citation
 * before, which has an issuer of its own ("Hướng dẫn số 12 của Ban Tổ chức
 * Tỉnh ủy, Quy định số 130 của Ban Bí thư Trung ương Đảng khóa XII").  A
 * Party body's document dated in a term still takes that term by its date.
 */
static void
test_cit_term_stays_with_issuer(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin hoạt động\nHội nghị triển khai Hướng dẫn số 12 của Ban Tổ chức Tỉnh ủy về việc sắp xếp bộ máy, "
				"Quy định số 130 của Ban Bí thư Trung ương Đảng khóa XII và Chỉ thị số 14 của Ban Thường vụ "
				"Tỉnh ủy, Chỉ thị số 31 của Bộ Chính trị khóa XII.", 0, 0, 0);
	c = find_cit(r, "Hướng dẫn", "12", 0);
	CHECK(c && !c->term, "Hướng dẫn 12: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Quy định", "130", 0);
	CHECK(c && str_is(c->term, "XII"), "Quy định 130: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Chỉ thị", "14", 0);
	CHECK(c && !c->term, "Chỉ thị 14: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Chỉ thị", "31", 0);
	CHECK(c && str_is(c->term, "XII"), "Chỉ thị 31: %s", c && c->term ? c->term : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nHội nghị triển khai Hướng dẫn số 12 ngày 20/3/2019 của Ban Tổ chức Tỉnh ủy, "
				"Quy định số 130 ngày 2/2/2019 của Ban Bí thư.", 0, 0, 0);
	c = find_cit(r, "Hướng dẫn", "12", 0);
	CHECK(c && str_is(c->term, "XII"), "dated Hướng dẫn 12: %s", c && c->term ? c->term : "NULL");
	gb_result_free(r);
}

/*
 * Q1a (probe 19).  The province a body is in, named in parentheses after
 * it ("Ban Chỉ huy Quân sự huyện Minh Sơn (Tân Lập) đã tổ chức"), belongs
 * to the subject: the body before it organizes.
 */
static void
test_organizer_paren_place(void)
{
	org_is("Tin hoạt động\nBan Chỉ huy Quân sự huyện Minh Sơn (Tân Lập) đã tổ chức gặp mặt các đồng chí "
		   "cựu quân nhân.", "Ban Chỉ huy Quân sự huyện Minh Sơn", "gặp mặt");
	org_is("Tin hoạt động\nSáng 4/5/2022, Hội Nông dân huyện Minh Sơn (tỉnh Tân Lập) tổ chức hội nghị sơ kết "
		   "công tác hội.", "Hội Nông dân huyện Minh Sơn", "sơ kết");
}

/*
 * Q1b (probe 19).  The years of a body's term ("khóa XIX nhiệm kỳ 2015 -
 * 2020", "khóa XIX, nhiệm kỳ ...", "nhiệm kỳ ..." alone) are of its name:
 * the body before them organizes.
 */
static void
test_organizer_term_years(void)
{
	org_is("Tin hoạt động\nSáng 5/4/2019, Ban Chấp hành Đảng bộ huyện Minh Sơn khóa XIX nhiệm kỳ 2015 - 2020 "
		   "đã tổ chức hội nghị lần 23.", "Ban Chấp hành Đảng bộ huyện Minh Sơn", "hội nghị");
	org_is("Tin hoạt động\nSáng 6/7/2021, Ban Chấp hành Đảng bộ xã Tân Lập khóa IV, nhiệm kỳ 2020-2025 tổ chức "
		   "hội nghị sơ kết.", "Ban Chấp hành Đảng bộ xã Tân Lập", "sơ kết");
	org_is("Tin hoạt động\nSáng 6/7/2021, Ban Chấp hành Hội Cựu chiến binh huyện Minh Sơn nhiệm kỳ 2022 – 2027 "
		   "đã tổ chức hội nghị lần thứ hai.", "Ban Chấp hành Hội Cựu chiến binh huyện Minh Sơn", "hội nghị");
}

/*
 * R9 (probe 62 G7): the term "khóa N" after a comma ("HĐND huyện Long
 * Điền, khóa 2 tổ chức") is of the body's name as it is without one.
 */
static void
test_organizer_comma_term(void)
{
	org_is("Tin hoạt động\nSáng 6/4/2021, HĐND huyện Long Điền, khóa 2 tổ chức kỳ họp thứ 16 (kỳ họp chuyên "
		   "đề).", "HĐND huyện Long Điền", "kỳ họp");
	org_is("Tin hoạt động\nSáng 12/3/2024, Huyện ủy Minh Sơn, khóa VI tổ chức hội nghị lần thứ 30.",
		   "Huyện ủy Minh Sơn", "hội nghị");
	org_is("Tin hoạt động\nNgày 9/7/2023, HĐND tỉnh Tân Lập, khóa VIII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp "
		   "thứ 19.", "HĐND tỉnh Tân Lập", "kỳ họp");
	org_is("Tin hoạt động\nSáng 6/4/2021, HĐND huyện Long Điền khóa II tổ chức kỳ họp thứ 16.",
		   "HĐND huyện Long Điền", "kỳ họp");
}

/*
 * Q1c (probe 19).  "Đảng ủy Khối cơ sở Bộ Tài chính": the bloc of a
 * ministry's grassroots Party organizations, its kind in lower case inside
 * the name, then the ministry; the whole name organizes, and the meeting
 * is read with or without a date.
 */
static void
test_organizer_khoi_co_so(void)
{
	org_is("Tin hoạt động\n(Tin tức) - Vừa qua, Đảng ủy Khối cơ sở Bộ Thương mại tổ chức hội nghị tổng kết "
		   "công tác năm.", "Đảng ủy Khối cơ sở Bộ Thương mại", "tổng kết");
	org_is("Tin hoạt động\nSáng 5/1/2021, Đảng bộ Khối cơ sở Bộ Minh Sơn đã tổ chức Đại hội lần thứ IV.",
		   "Đảng bộ Khối cơ sở Bộ Minh Sơn", "đại hội");
	org_is("Tin hoạt động\nSáng 5/1/2021, Ban Thường vụ Đảng ủy Khối cơ sở Bộ Thương mại tổ chức hội nghị.",
		   "Ban Thường vụ Đảng ủy Khối cơ sở Bộ Thương mại", "hội nghị");
}

/*
 * Q2 (probe 19): a comma inside a title.  A board's name with a lower-case
 * part after its comma up to "Trung ương" ("Ban Chính sách, chiến lược
 * Trung ương"), and a standing post with no body before a bare body's name
 * ("Phó Trưởng Ban Thường trực, Ban Tuyên giáo Tỉnh ủy"), stay one title,
 * the latter written without its comma; a title after the comma stays a
 * title of its own.
 */
static void
test_title_comma_inside(void)
{
	check_official("Tin vắn\nDự có đồng chí Hà Văn Tư, Ủy viên Bộ Chính trị, Trưởng ban Kinh tế, đối ngoại Trung ương.",
				   "Hà Văn Tư", "đồng chí", "Ủy viên Bộ Chính trị | Trưởng ban Kinh tế, đối ngoại Trung ương");
	check_official("Tin vắn\nDự có đồng chí Lò Văn Bảy - Tỉnh ủy viên, Phó Trưởng Ban Thường trực, Ban Dân vận Tỉnh ủy.",
				   "Lò Văn Bảy", "đồng chí", "Tỉnh ủy viên | Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy");
	/* the title written without the comma, one title with it */
	check_official("Tin vắn\nĐồng chí Lò Văn Bảy, Phó Trưởng Ban Thường trực, Ban Dân vận Tỉnh ủy phát biểu. Đồng chí "
				   "Lò Văn Bảy, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy kết luận.", "Lò Văn Bảy", "đồng chí",
				   "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy");
	check_official("Tin vắn\nDự có đồng chí Vi Văn Lâm - Phó Bí thư Thường trực, Chủ tịch HĐND tỉnh.",
				   "Vi Văn Lâm", "đồng chí", "Phó Bí thư Thường trực | Chủ tịch HĐND tỉnh");
}

/*
 * Y5 again (probe 19): a post "in charge of" a body ("Phó Giám đốc phụ
 * trách Sở Tư pháp tỉnh") keeps the body; the youth federation's name, its
 * words in lower case ("Hội Liên hiệp thanh niên Việt Nam tỉnh"), is read
 * whole; "phụ trách" before no body's name stays out of the title.
 */
static void
test_title_in_charge_youth_federation(void)
{
	check_official("Tin vắn\nDự có ông Hà Văn Tư - Phó Giám đốc phụ trách Sở Tư pháp tỉnh.",
				   "Hà Văn Tư", "ông", "Phó Giám đốc phụ trách Sở Tư pháp tỉnh");
	check_official("Tin vắn\nAnh Lò Văn Bảy, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp thanh niên Việt Nam tỉnh "
				   "Minh Sơn cho biết phong trào được triển khai.", "Lò Văn Bảy", "anh",
				   "Phó Bí thư Tỉnh đoàn | Chủ tịch Hội Liên hiệp thanh niên Việt Nam tỉnh Minh Sơn");
	check_official("Tin vắn\nDự có ông Vi Văn Lâm - Phó Giám đốc phụ trách công tác thanh tra.",
				   "Vi Văn Lâm", "ông", "Phó Giám đốc");
}

/*
 * Z1 again (probe 19): an Ê Đê man's name, "Y" before the given name and
 * the lineage's name last ("Y Blăk Hà Niê Kđăm"), no surname first, after
 * a title or an honorific; the "Y" of medicine ("Đại học Y Hà Nội", "Sở Y
 * tế") is no name.
 */
static void
test_ede_names(void)
{
	GbResult   *r;

	check_official("Tin vắn\nSáng 6/10/2024, Chủ tịch Hội đồng Dân tộc Y Blăk Hà Niê Kđăm chủ trì phiên họp.",
				   "Y Blăk Hà Niê Kđăm", NULL, "Chủ tịch Hội đồng Dân tộc");
	check_official("Tin vắn\nDự có đồng chí Y Siêng Mlô - Bí thư Huyện ủy Minh Sơn.",
				   "Y Siêng Mlô", "đồng chí", "Bí thư Huyện ủy Minh Sơn");
	check_official("Tin vắn\nDự có ông Hà Văn Tư, Hiệu trưởng Trường Đại học Y Hà Nội.",
				   "Hà Văn Tư", "ông", "Hiệu trưởng Trường Đại học Y Hà Nội");
	r = extract("Tin vắn\nKhoa Y Dược Minh Sơn tổ chức hội nghị.", 0, 0, 0);
	CHECK(r->nofficials == 0, "the Y of medicine: %d officials", r->nofficials);
	gb_result_free(r);
}

/*
 * R9 (probe 55 G8): the names of the Central Highlands' peoples glue a
 * one-letter start to a syllable with an apostrophe, curly or straight
 * ("Điểu K’Ré", "Ksor H'Bơ Khăp", "Y Quang B’krông"): one syllable, the
 * name whole and its titles its own, no name cut at the apostrophe.
 */
static void
test_apostrophe_names(void)
{
	GbResult   *r;

	check_official("Tin vắn\nHĐND tỉnh Đắk Nông bầu ông Điểu K’Ré làm Chủ tịch HĐND tỉnh.",
				   "Điểu K'Ré", "ông", "Chủ tịch HĐND tỉnh");
	check_official("Tin vắn\nĐồng chí Y Quang B’krông, Phó Chủ tịch UBND tỉnh, phát biểu.",
				   "Y Quang B'krông", "đồng chí", "Phó Chủ tịch UBND tỉnh");
	check_official("Tin vắn\nDự có bà Ksor H'Bơ Khăp, Chủ tịch Hội LHPN tỉnh Gia Lai.",
				   "Ksor H'Bơ Khăp", "bà", "Chủ tịch Hội LHPN tỉnh Gia Lai");
	check_official("Tin vắn\nBà Siu H’Mai – Phó Bí thư Tỉnh đoàn Kon Tum dự.",
				   "Siu H'Mai", "bà", "Phó Bí thư Tỉnh đoàn Kon Tum");
	check_official("Tin vắn\nĐồng chí Rơ Châm H’Yan, Phó Chủ tịch UBND huyện, phát biểu.",
				   "Rơ Châm H'Yan", "đồng chí", "Phó Chủ tịch UBND huyện");
	/* a quotation mark closing a word is no part of a name */
	r = extract("Tin vắn\nĐồng chí Nguyễn Văn An, Bí thư Chi bộ ‘Thôn 2’ phát biểu.", 0, 0, 0);
	CHECK(r->nofficials == 1 && official(r, "Nguyễn Văn An") != NULL, "a quoted unit's name");
	gb_result_free(r);
}

/*
 * S4 (probe 21).  A congress resolution named in an upper-case headline and
 * again in the body is one document: the local body's case does not part
 * them.  Another body's congress of the same number stays apart.
 */
static void
test_cit_congress_headline_case(void)
{
	GbResult   *r;
	int			k,
				n = 0;

	r = extract("Tin hoạt động\nQUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ SỞ XÂY DỰNG LẦN THỨ VII\n"
				"Chi bộ Trường Tân Lập quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Sở Xây dựng lần thứ VII "
				"và Nghị quyết Đại hội đại biểu Đảng bộ Sở Tài chính lần thứ VII.", 0, 0, 0);
	for (k = 0; k < r->ncitations; k++)
		if (r->citations[k].term && strcmp(r->citations[k].term, "VII") == 0)
		{
			n++;
			if (strstr(r->citations[k].key, "xay-dung"))
				CHECK(r->citations[k].mentions == 2, "Sở Xây dựng mentions %d", r->citations[k].mentions);
		}
	CHECK(n == 2 && r->ncitations == 2, "congress resolutions: %d of %d", n, r->ncitations);
	gb_result_free(r);
}

/*
 * R4 (probe 20).  "TƯ" without its dot names the Central Committee after a
 * document type as "T.Ư" and "TW" do: "Nghị quyết TƯ 4" is the fourth
 * plenum's resolution.  "TU" (a Tỉnh ủy) and the word "tư" are not.
 */
static void
test_cit_plenum_tu_no_dot(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin hoạt động\nChi bộ Tân Lập học tập Nghị quyết TƯ 7 “Về xây dựng đội ngũ cán bộ các cấp” "
				"và Nghị quyết Hội nghị TƯ 5 (khóa XII).", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 7);
	CHECK(c && str_is(c->subject, "xây dựng đội ngũ cán bộ các cấp"), "TƯ 7: %s",
		  c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Nghị quyết", NULL, 5);
	CHECK(c && str_is(c->term, "XII"), "TƯ 5: %s", c && c->term ? c->term : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nChi bộ Tân Lập học tập Nghị quyết TU 7 và bàn kế hoạch tư 3 năm.", 0, 0, 0);
	CHECK(r->ncitations == 0, "TU 7: %d citations", r->ncitations);
	gb_result_free(r);
}

/*
 * R5 (probe 20).  A plan in lower case with a year and neither "số", a code
 * nor an issue date ("phương hướng, kế hoạch 2021") is the plan for that
 * year, no document numbered 2021; written with "số", a code or a date it
 * is one.
 */
static void
test_cit_plan_for_year(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nHuyện ủy Tân Lập đánh giá nhiệm vụ 2020 và triển khai phương hướng, kế hoạch 2021, "
				"chương trình 2021 của Huyện ủy.", 0, 0, 0);
	CHECK(r->ncitations == 0, "plan for a year: %d citations", r->ncitations);
	gb_result_free(r);
	r = extract("Tin hoạt động\nHuyện ủy Tân Lập triển khai kế hoạch số 2021 của Ban Thường vụ, kế hoạch 2022 ngày "
				"3/4/2021 của UBND huyện và kế hoạch 2023/KH-UBND.", 0, 0, 0);
	CHECK(find_cit(r, "Kế hoạch", "2021", 0) && find_cit(r, "Kế hoạch", "2022", 0) &&
		  find_cit(r, "Kế hoạch", "2023", 0), "numbered plans: %d citations", r->ncitations);
	gb_result_free(r);
}

/*
 * S9 (probe 21).  A lower-case syllable after a body's name completes a
 * word ("Sở Nội vụ") unless it begins a meeting ("đại hội", "tổng kết"):
 * "của Ban Thường vụ Huyện ủy Tân Lập đại hội chi bộ" names the Huyện ủy.
 */
static void
test_cit_issuer_before_meeting_word(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin hoạt động\nThực hiện Kế hoạch số 27-KH/HU, ngày 12/4/2022 của Ban Thường vụ Huyện ủy Minh Sơn "
				"đại hội chi bộ trực thuộc nhiệm kỳ 2022 - 2025 và Hướng dẫn số 5 của Sở Nội vụ.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "27", 0);
	CHECK(c && str_is(c->issuer, "Ban Thường vụ Huyện ủy Minh Sơn"), "issuer: %s",
		  c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Hướng dẫn", "5", 0);
	CHECK(c && str_is(c->issuer, "Sở Nội vụ"), "Sở Nội vụ: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
}

/*
 * S10 (probe 21).  "của Trung ương" alone after a resolution names the
 * Central Committee, and the "về ..." subject after it is read; an issuer
 * not recognised ("Chỉ thị 07 của Trung ương về ...") leaves the issuer
 * unknown but does not stop the subject.
 */
static void
test_cit_issuer_centre_alone(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin hoạt động\nĐảng ủy xã Tân Lập sơ kết Nghị quyết 26-NQ/TW của Trung ương về xây dựng đội ngũ "
				"cán bộ các cấp và Chỉ thị 07 của Trung ương về công tác dân vận.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "26", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương") &&
		  str_is(c->subject, "xây dựng đội ngũ cán bộ các cấp"), "NQ 26: %s / %s",
		  c && c->issuer ? c->issuer : "NULL", c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Chỉ thị", "7", 0);
	CHECK(c && !c->issuer && str_is(c->subject, "công tác dân vận"), "CT 7: %s / %s",
		  c && c->issuer ? c->issuer : "NULL", c && c->subject ? c->subject : "NULL");
	gb_result_free(r);
}

/*
 * R1: a year that is part of a document's name, "Cương lĩnh năm 1991",
 * "Hiến pháp năm 1992", "Luật Đất đai năm 2013", is the year the document
 * was adopted: no year for a meeting date without one, and no period
 * reviewed.  "tổng kết 20 năm thực hiện Cương lĩnh năm 1991" still counts
 * the years from it.
 */
static void
test_year_of_document_name(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nSáng nay (28/7), Tỉnh ủy Minh Lâm tổ chức hội nghị cán bộ chủ chốt.\n"
				"Đồng chí Trần Văn Khải giới thiệu Đề cương bổ sung, phát triển Cương lĩnh xây dựng "
				"đất nước (Cương lĩnh năm 1991).", 0, 0, 0);
	CHECK(r->meeting.held_on.y == 0, "held_on %d", r->meeting.held_on.y);
	gb_result_free(r);
	r = extract("Tin hoạt động\nSáng 28/7, Tỉnh ủy Minh Lâm tổ chức hội nghị cán bộ chủ chốt. "
				"Đồng chí Trần Văn Khải giới thiệu Hiến pháp năm 1992.", 0, 0, 0);
	CHECK(r->meeting.held_on.y == 0, "held_on %d", r->meeting.held_on.y);
	gb_result_free(r);
	r = extract("Tin hoạt động\nSáng 12/4, Sở Tư pháp tỉnh Minh Lâm tổ chức hội nghị giới thiệu "
				"Luật Đất đai năm 2013 cho cán bộ cơ sở.", 0, 0, 0);
	CHECK(r->meeting.held_on.y == 0, "held_on %d", r->meeting.held_on.y);
	gb_result_free(r);
	r = extract("Tin hoạt động\nSáng 28/7, Tỉnh ủy Minh Lâm tổ chức hội nghị cán bộ chủ chốt. "
				"Đồng chí Trần Văn Khải giới thiệu Báo cáo tổng kết 20 năm thực hiện Cương lĩnh năm 1991.",
				0, 0, 0);
	CHECK(held_is(r, 2011, 7, 28), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	CHECK(r->meeting.period_text == NULL, "period %s", r->meeting.period_text);
	gb_result_free(r);
	/* a year of the work stays: "công tác pháp luật năm 2024" */
	r = extract("Tin hoạt động\nSáng 12/1, Sở Tư pháp tỉnh Minh Lâm tổ chức hội nghị tổng kết "
				"công tác tuyên truyền pháp luật năm 2024.", 0, 0, 0);
	CHECK(held_is(r, 2025, 1, 12), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * W5: a date without a year comes after the documents it discusses.  "TƯ"
 * of a code ("45-CT/TƯ ngày 7/12/2015") is "Trung ương", not "từ ngày" (a
 * start near the meeting).  "tổng kết 10 năm thực hiện Nghị quyết 31" in
 * the headline, the resolution dated in the body: ten years after it.
 */
static void
test_year_after_cited_documents(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nNgày 19/7, Đoàn công tác số 2 của Ban Chỉ đạo đã làm việc với Ban Thường vụ "
				"Tỉnh ủy Minh Lâm về việc thực hiện Chỉ thị 45-CT/TƯ ngày 7/12/2015 của Bộ Chính trị; "
				"việc quán triệt Kết luận số 12-KL/TƯ ngày 26/12/2016 của Bộ Chính trị.", 0, 0, 0);
	CHECK(held_is(r, 2017, 7, 19), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin hoạt động\nNgày 19/7, Đoàn công tác số 2 đã làm việc với Ban Thường vụ Tỉnh ủy Minh Lâm "
				"về việc thực hiện Chỉ thị 45-CT/TƯ ngày 7/12/2015 của Bộ Chính trị.", 0, 0, 0);
	CHECK(held_is(r, 2016, 7, 19), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin hoạt động\nTổng Bí thư Trần Văn Khải chủ trì cuộc họp tổng kết 10 năm thực hiện Nghị quyết 31 "
				"về phát triển tỉnh Minh Lâm\nNgày 25/5, Tổng Bí thư Trần Văn Khải chủ trì cuộc họp Bộ Chính trị "
				"cho ý kiến về Báo cáo tổng kết thực hiện Nghị quyết số 31-NQ/TW, ngày 30/7/2013 của Bộ Chính trị.",
				0, 0, 0);
	CHECK(held_is(r, 2023, 5, 25), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	/*
	 * another document of that number is no date for it, nor is its issue
	 * date the year before a tổng kết
	 */
	r = extract("Tin hoạt động\nTổng Bí thư Trần Văn Khải chủ trì cuộc họp tổng kết 10 năm thực hiện Nghị quyết 31 "
				"về phát triển tỉnh Minh Lâm\nNgày 25/5, Tổng Bí thư Trần Văn Khải chủ trì cuộc họp Bộ Chính trị "
				"cho ý kiến về việc thực hiện Chỉ thị số 31-CT/TW, ngày 30/7/2013 của Bộ Chính trị.",
				0, 0, 0);
	CHECK(r->meeting.held_on.y == 0, "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * W8: the period reviewed is the year that closes the object of "tổng
 * kết", however long the object ("phong trào toàn dân bảo vệ an ninh Tổ
 * quốc") and with the abbreviation written after its name ("(BVANTQ)").
 * "trật tự năm 2014" is not "từ năm 2014", a start.
 */
static void
test_period_long_object(void)
{
	static const char *const objects[] = {
		("phong trào toàn dân bảo vệ an ninh Tổ quốc (BVANTQ) năm 2014 và triển khai kế hoạch "
		 "vận động toàn dân xây dựng phong trào BVANTQ năm 2015"),
		"phong trào toàn dân bảo vệ an ninh tổ quốc năm 2014",
		"phong trào (PTTĐ) năm 2014",
		"phong trào toàn dân giữ gìn an ninh trật tự năm 2014",
	};
	int			i;

	for (i = 0; i < (int) (sizeof(objects) / sizeof(objects[0])); i++)
	{
		char		text[512];
		GbResult   *r;

		snprintf(text, sizeof(text), "Tin hoạt động\nChiều 30/3, UBND huyện Minh Sơn đã tổ chức hội nghị "
				 "tổng kết %s.", objects[i]);
		r = extract(text, 0, 0, 0);
		CHECK(held_is(r, 2015, 3, 30) && r->meeting.period_lo.y == 2014 &&
			  r->meeting.period_text && strcmp(r->meeting.period_text, "năm 2014") == 0,
			  "%s: held_on %d-%d-%d period %s", objects[i], r->meeting.held_on.y,
			  r->meeting.held_on.m, r->meeting.held_on.d,
			  r->meeting.period_text ? r->meeting.period_text : "-");
		gb_result_free(r);
	}
}

/*
 * R9 (probe 52 G5): a name quoted or in parentheses, capitalized, is part
 * of the object of "tổng kết" before "năm YYYY": "phong trào thi đua "Dân
 * vận khéo" năm 2019" (straight or curly quotes), "(Dân vận khéo) năm
 * 2019"; an aside in parentheses ("(lớp thứ hai)") is a break still.
 */
static void
test_period_quoted_name(void)
{
	static const char *const objects[] = {
		"phong trào thi đua \"Dân vận khéo\" năm 2019",
		"phong trào thi đua “Dân vận khéo” năm 2019",
		"phong trào thi đua (Dân vận khéo) năm 2019",
		"cuộc vận động \"Ngày vì người nghèo\" năm 2019",
		"công tác dân vận, phong trào thi đua \"Dân vận khéo\" năm 2019",
	};
	int			i;
	GbResult   *r;

	for (i = 0; i < (int) (sizeof(objects) / sizeof(objects[0])); i++)
	{
		char		text[512];

		snprintf(text, sizeof(text), "Tin hoạt động\nNgày 9/1/2020, Ban Dân vận Tỉnh ủy Tân Lập tổ chức hội "
				 "nghị tổng kết %s, triển khai nhiệm vụ năm 2020.", objects[i]);
		r = extract(text, 0, 0, 0);
		CHECK(r->meeting.period_lo.y == 2019 && str_is(r->meeting.period_text, "năm 2019"),
			  "%s: period %s", objects[i], r->meeting.period_text ? r->meeting.period_text : "-");
		gb_result_free(r);
	}
	r = extract("Tin hoạt động\nSáng ngày 22/9/2023, Đảng ủy Khối cơ quan tỉnh đã tổ chức khai giảng lớp tập "
				"huấn nghiệp vụ công tác xây dựng Đảng (lớp thứ hai) năm 2023 cho gần 70 đồng chí.", 0, 0, 0);
	CHECK(r->meeting.period_text == NULL, "an aside: %s", r->meeting.period_text);
	gb_result_free(r);
}

/*
 * S1 (probe 21): a post a person is elected to or takes up ("tái đắc cử",
 * "được bầu giữ chức vụ", "làm", "được chỉ định làm") is a title of his,
 * as is the post before "là ông/bà Name"; "kiêm" joins two posts.  A post
 * named as an office ("bầu chức danh Bí thư Tỉnh ủy") is no mention of
 * its holder, nor is "làm thư ký" a post.
 */
static void
test_title_by_predicate(void)
{
	GbResult   *r;

	check_official("Tin vắn\nÔng Hà Văn Tư tái đắc cử Bí thư Huyện ủy Minh Sơn, nhiệm kỳ 2020-2025.",
				   "Hà Văn Tư", "ông", "Bí thư Huyện ủy Minh Sơn");
	check_official("Tin vắn\nÔng Hà Văn Tư – Ủy viên Ban Chấp hành Đảng bộ tỉnh tiếp tục tái đắc cử "
				   "Bí thư Huyện ủy.", "Hà Văn Tư", "ông",
				   "Ủy viên Ban Chấp hành Đảng bộ tỉnh | Bí thư Huyện ủy");
	check_official("Tin vắn\nĐồng chí Lò Văn Mạ được bầu giữ chức vụ Bí thư Đảng ủy Sở Nội vụ nhiệm kỳ "
				   "2020 - 2025.", "Lò Văn Mạ", "đồng chí", "Bí thư Đảng ủy Sở Nội vụ");
	check_official("Tin vắn\nĐồng chí Lò Văn Mạ được bầu tiếp tục giữ chức vụ Bí thư Tỉnh ủy khóa IX.",
				   "Lò Văn Mạ", "đồng chí", "Bí thư Tỉnh ủy");
	check_official("Tin vắn\nÔng Quách Văn Bảy, nguyên Chủ tịch UBND huyện, làm Bí thư Đảng ủy xã Tân "
				   "Phú; Phó bí thư kiêm Chủ tịch UBND xã Tân Phú là bà Mạc Thị Hồng.",
				   "Quách Văn Bảy", "ông", "nguyên Chủ tịch UBND huyện | Bí thư Đảng ủy xã Tân Phú");
	check_official("Tin vắn\nÔng Quách Văn Bảy, nguyên Chủ tịch UBND huyện, làm Bí thư Đảng ủy xã Tân "
				   "Phú; Phó bí thư kiêm Chủ tịch UBND xã Tân Phú là bà Mạc Thị Hồng.",
				   "Mạc Thị Hồng", "bà", "Phó bí thư | Chủ tịch UBND xã Tân Phú");
	check_official("Tin vắn\nĐại hội đã bầu các chức danh. Phó bí thư thường trực là ông Đinh Văn Lợi.",
				   "Đinh Văn Lợi", "ông", "Phó bí thư thường trực");
	check_official("Tin vắn\nDự có đồng chí Đinh Văn Lợi, Phó Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện.",
				   "Đinh Văn Lợi", "đồng chí", "Phó Bí thư Huyện ủy | Chủ tịch HĐND huyện");
	check_official("Tin vắn\nĐồng chí Đinh Văn Lợi làm thư ký hội nghị.", "Đinh Văn Lợi", "đồng chí", "");
	check_official("Tin vắn\nĐồng chí Đinh Văn Lợi làm việc với Ban Tuyên giáo Huyện ủy.",
				   "Đinh Văn Lợi", "đồng chí", "");
	/* "03 Phó Bí thư là" two names: a class of persons, not all named (two named: test_title_counted_holders) */
	check_official("Tin vắn\nĐại hội bầu 03 Phó Bí thư Huyện ủy là ông Đinh Văn Lợi và Mạc Văn Tú.",
				   "Đinh Văn Lợi", "ông", "");
	r = extract("Tin vắn\nĐồng chí Hà Văn Tư được bầu giữ chức Bí thư Tỉnh ủy Minh Sơn.\nBan Chấp hành đã "
				"bỏ phiếu bầu chức danh Bí thư Tỉnh ủy Minh Sơn; bầu 3 phó Bí thư Tỉnh ủy Minh Sơn.", 0, 0, 0);
	CHECK(official(r, "Hà Văn Tư") && official(r, "Hà Văn Tư")->mentions == 1,
		  "an office named is no mention: %d", official(r, "Hà Văn Tư") ? official(r, "Hà Văn Tư")->mentions : -1);
	gb_result_free(r);
}

/*
 * Probe 63 G7: "tái cử làm X", "tái đắc cử làm X" name the post taken as
 * "được bầu làm X" does; so after the manner alone, "được tín nhiệm tái
 * cử làm X".
 */
static void
test_title_reelected_as(void)
{
	check_official("Chị Trần Thị Diễm Trinh được tín nhiệm tái cử làm Bí thư Tỉnh Đoàn. Ba phó bí thư Tỉnh Đoàn "
				   "gồm anh Trần Bảo Lâm.", "Trần Thị Diễm Trinh", "chị", "Bí thư Tỉnh Đoàn");
	check_official("Tin vắn\nĐồng chí Hoàng Văn Sơn tái cử làm Chủ tịch Hội Nông dân tỉnh Nghệ An.",
				   "Hoàng Văn Sơn", "đồng chí", "Chủ tịch Hội Nông dân tỉnh Nghệ An");
	check_official("Tin vắn\nBà Lò Thị Hương tái đắc cử làm Chủ tịch Hội LHPN huyện Mường Tè.",
				   "Lò Thị Hương", "bà", "Chủ tịch Hội LHPN huyện Mường Tè");
	check_official("Tin vắn\nÔng Phạm Văn Đức, Phó Bí thư Huyện ủy, được tín nhiệm tái đắc cử Bí thư Huyện ủy "
				   "Yên Thành.", "Phạm Văn Đức", "ông", "Phó Bí thư Huyện ủy | Bí thư Huyện ủy Yên Thành");
}

/*
 * S5 (probe 21): a note on a photo after the name ("(đứng)", "(giữa)",
 * "(thứ 2 từ trái sang)") is passed over; the titles after it are the
 * person's.  A post in the parentheses is no such note.
 */
static void
test_photo_note_after_name(void)
{
	check_official("Tin vắn\nTrung tướng Hà Văn Tư (đứng) - Ủy viên Trung ương Đảng, Phó Tư lệnh Quân khu 9 "
				   "phát biểu.", "Hà Văn Tư", NULL, "Ủy viên Trung ương Đảng | Phó Tư lệnh Quân khu 9");
	check_official("Tin vắn\nĐồng chí Lò Văn Mạ (thứ 2 từ trái sang), Bí thư Huyện ủy tặng hoa.",
				   "Lò Văn Mạ", "đồng chí", "Bí thư Huyện ủy");
	check_official("Tin vắn\nĐồng chí Lò Văn Mạ (giữa) giữ chức Phó Trưởng Ban Nội chính Tỉnh ủy.",
				   "Lò Văn Mạ", "đồng chí", "Phó Trưởng Ban Nội chính Tỉnh ủy");
	check_official("Tin vắn\nĐồng chí Lò Văn Mạ (Bí thư Huyện ủy) phát biểu.",
				   "Lò Văn Mạ", "đồng chí", "Bí thư Huyện ủy");
}

/*
 * S6 (probe 21): "Phó Ban <board's name in lower case> <Name>": the words
 * up to the full name finish the board's name, the post is that person's
 * and no cut "Phó Ban" goes to the person before the comma.
 */
static void
test_ban_lower_name_before_person(void)
{
	const char *t = "Tin vắn\nDự hội nghị có Bí thư Tỉnh ủy Hà Văn Tư, Phó Ban công tác phụ nữ phía Nam "
		"Mạc Thị Hồng, cùng lãnh đạo các sở.";

	check_official(t, "Hà Văn Tư", NULL, "Bí thư Tỉnh ủy");
	check_official(t, "Mạc Thị Hồng", NULL, "Phó Ban công tác phụ nữ phía Nam");
	check_official("Tin vắn\nDự có Trưởng Ban dân tộc tỉnh Quách Văn Bảy.",
				   "Quách Văn Bảy", NULL, "Trưởng Ban dân tộc tỉnh");
}

/*
 * S8 (probe 21): uncommon Kinh surnames ("Sử", "Bành", "Cấn", "Tào",
 * "Khưu", "Mạch") start a name after a title as the common ones do; the
 * title does not take the name in for a place.  "Sư đoàn" is no "Sử".
 */
static void
test_uncommon_kinh_surnames(void)
{
	GbResult   *r;
	const char *t = "Tin vắn\nCùng dự có các đồng chí: Sử Minh Tâm, Thành ủy viên, Bí thư Quận ủy.\n"
		"Phát biểu khai mạc, Thành ủy viên, Bí thư Quận ủy Sử Minh Tâm khẳng định quận đã hoàn thành.";

	check_official(t, "Sử Minh Tâm", "đồng chí", "Thành ủy viên | Bí thư Quận ủy");
	r = extract(t, 0, 0, 0);
	CHECK(official(r, "Sử Minh Tâm") && official(r, "Sử Minh Tâm")->mentions == 2,
		  "Sử Minh Tâm: two mentions");
	gb_result_free(r);
	check_official("Tin vắn\nPhát biểu tại đại hội, Bí thư Huyện ủy Sử Văn Lực cho biết.",
				   "Sử Văn Lực", NULL, "Bí thư Huyện ủy");
	check_official("Tin vắn\nDự có Phó Chủ tịch UBND tỉnh Cấn Văn Lực.", "Cấn Văn Lực", NULL,
				   "Phó Chủ tịch UBND tỉnh");
	check_official("Tin vắn\nDự có Giám đốc Sở Y tế Bành Thị Mai.", "Bành Thị Mai", NULL, "Giám đốc Sở Y tế");
	check_official("Tin vắn\nDự có Chủ tịch MTTQ tỉnh Tào Minh Hòa.", "Tào Minh Hòa", NULL, "Chủ tịch MTTQ tỉnh");
	check_official("Tin vắn\nDự có Trưởng Ban Dân vận Khưu Minh Hải.", "Khưu Minh Hải", NULL, "Trưởng Ban Dân vận");
	check_official("Tin vắn\nDự có Bí thư Huyện ủy Mạch Quang Huy.", "Mạch Quang Huy", NULL, "Bí thư Huyện ủy");
	r = extract("Tin vắn\nDự có Chính ủy Sư đoàn 312 Hà Văn Tư.", 0, 0, 0);
	CHECK(official(r, "Hà Văn Tư") != NULL && r->nofficials == 1, "Sư đoàn is no surname");
	gb_result_free(r);
}

/*
 * R2 (probe 20): "Đoàn Thư ký", "Tổ thư ký" is the congress's secretariat,
 * a body the sentence names: its subject gets no role "thư ký".  "A làm
 * thư ký" still does.
 */
static void
test_secretariat_no_role(void)
{
	GbResult   *r = extract("Tin vắn\nĐồng chí Hà Văn Tư - Phó Bí thư Tỉnh ủy điều hành nội dung bầu Đoàn "
						  "Chủ tịch, Đoàn Thư ký. Đồng chí Lò Văn Mạ thông qua danh sách Tổ thư ký là 03 "
						  "người. Đồng chí Vi Văn Lâm làm thư ký hội nghị.", 0, 0, 0);

	CHECK(official(r, "Hà Văn Tư") && !has_role(official(r, "Hà Văn Tư"), "thư ký"), "Đoàn Thư ký: no role");
	CHECK(official(r, "Lò Văn Mạ") && !has_role(official(r, "Lò Văn Mạ"), "thư ký"), "Tổ thư ký: no role");
	CHECK(has_role(official(r, "Vi Văn Lâm"), "thư ký"), "làm thư ký: the role");
	gb_result_free(r);
}

/*
 * Q2, again (probe 20): "kiểm tra, giám sát" is one fixed pair, its comma
 * inside a title ("trưởng đoàn kiểm tra, giám sát số 16 của Ban chấp hành
 * Trung ương"); "giám sát số 16 ..." stands as no title of its own.
 */
static void
test_title_comma_kiem_tra_giam_sat(void)
{
	check_official("Tin vắn\nĐại tướng Hà Văn Tư, Bộ trưởng Quốc phòng, trưởng đoàn kiểm tra, giám sát số 16 của "
				   "Ban chấp hành Trung ương chủ trì hội nghị.", "Hà Văn Tư", NULL,
				   "Bộ trưởng Quốc phòng | trưởng đoàn kiểm tra, giám sát số 16 của Ban chấp hành Trung ương");
	check_official("Tin vắn\nDự có đồng chí Lò Văn Mạ, Trưởng Đoàn kiểm tra, giám sát số 4 của Bộ Chính trị, "
				   "Phó Thủ tướng Chính phủ.", "Lò Văn Mạ", "đồng chí",
				   "Trưởng Đoàn kiểm tra, giám sát số 4 của Bộ Chính trị | Phó Thủ tướng Chính phủ");
}

/*
 * S1, continued: "A và B được bầu giữ chức vụ Phó Bí thư": the post taken
 * up is each one's named before it with no title of his own; one with
 * titles of his own ("A, Bí thư Huyện ủy và B được bầu làm ...") is not.
 */
static void
test_title_by_predicate_list(void)
{
	const char *t = "Tin vắn\nCác đồng chí Hà Văn Tư và Lò Văn Mạ được bầu giữ chức vụ Phó Bí thư Tỉnh ủy "
		"khóa XV. Đồng chí Vi Văn Lâm và đồng chí Mạc Văn Định được bầu làm Phó Chủ tịch. Ông Cao Văn "
		"Sáu, Bí thư Huyện ủy và ông Đinh Văn Lợi được bầu làm Ủy viên Ban Thường vụ.";

	check_official(t, "Hà Văn Tư", "đồng chí", "Phó Bí thư Tỉnh ủy");
	check_official(t, "Lò Văn Mạ", "đồng chí", "Phó Bí thư Tỉnh ủy");
	check_official(t, "Vi Văn Lâm", "đồng chí", "Phó Chủ tịch");
	check_official(t, "Mạc Văn Định", "đồng chí", "Phó Chủ tịch");
	check_official(t, "Cao Văn Sáu", "ông", "Bí thư Huyện ủy");
	check_official(t, "Đinh Văn Lợi", "ông", "Ủy viên Ban Thường vụ");
}

/*
 * A title after a name does not end inside a meeting's kind whose first
 * word it took in: "Trưởng Ban Chỉ đạo tổng kết 10 năm phát biểu" is
 * "Trưởng Ban Chỉ đạo", not "... Chỉ đạo tổng"; with the document it
 * reviews, the review is the committee's task, its name (G4, probe 34).
 */
static void
test_title_not_inside_meeting_kind(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Trưởng Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62 "
				   "phát biểu.", "Hà Văn Tư", "đồng chí", "Trưởng Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Trưởng Ban Chỉ đạo tổng kết 10 năm phát biểu.",
				   "Hà Văn Tư", "đồng chí", "Trưởng Ban Chỉ đạo");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư làm trưởng đoàn Đoàn Kiểm tra của Ban Chỉ đạo sơ kết 5 năm.",
				   "Hà Văn Tư", "đồng chí", "trưởng đoàn Đoàn Kiểm tra của Ban Chỉ đạo");
}

/*
 * S2 (probe 21).  "Cụm thi đua (số) N <parent body>" is one body's name,
 * numbered among the groups of its parent; the members listed after "gồm
 * (N đơn vị / các quận):" are not the subject of the verb, with or without
 * a date, however the list ends.
 */
static void
test_organizer_group_numbered(void)
{
	org_is("Tin hoạt động\nVừa qua, Cụm thi đua số 4 Tỉnh ủy gồm 3 đơn vị: Huyện ủy Minh Sơn, Huyện ủy Tân Hòa "
		   "và Thị ủy Lạc An đã tổ chức Hội nghị giao ban công tác thi đua.", "Cụm thi đua số 4 Tỉnh ủy", "giao ban");
	org_is("Tin hoạt động\nVừa qua, Cụm thi đua số 4 Tỉnh ủy gồm: Huyện ủy Minh Sơn và Thị ủy Lạc An đã tổ chức "
		   "Hội nghị giao ban.", "Cụm thi đua số 4 Tỉnh ủy", "giao ban");
	org_is("Tin hoạt động\nChiều 12/10/2023, Cụm thi đua 2 UBND tỉnh gồm các huyện: Minh Sơn, Tân Hòa, Lạc An, đã "
		   "tổ chức Hội nghị sinh hoạt chuyên đề.", "Cụm thi đua 2 UBND tỉnh", "hội nghị");
	org_is("Tin hoạt động\nChiều 12/10/2023, Khối thi đua 5 UBND TP.HCM gồm các quận: 3, 8, Minh Sơn đã tổ chức "
		   "hội nghị.", "Khối thi đua 5 UBND TP.HCM", "hội nghị");
	org_is("Tin hoạt động\nChiều 12/10/2023, Cụm thi đua 2 UBND tỉnh đã tổ chức Hội nghị sinh hoạt chuyên đề.",
		   "Cụm thi đua 2 UBND tỉnh", "hội nghị");
	/* a count of members stays a count */
	org_is("Tin hoạt động\nSáng 3/4/2026, Cụm thi đua 4 tỉnh miền núi tổ chức hội nghị.",
		   "Cụm thi đua 4 tỉnh miền núi", "hội nghị");
}

/*
 * S3 (probe 21).  "Sau N ngày làm việc (…), ngày D, Đại hội … bế mạc":
 * the days of work counted up to the date do not keep it from dating the
 * meeting; an outlet's tag before them ("(BTL) Sau ...") is no part of the
 * lead's sentence.
 */
static void
test_held_on_after_days_of_work(void)
{
	static const char *const texts[] = {
		"Tin hoạt động\nSau 3 ngày làm việc nghiêm túc, ngày 06-8-2020, Đại hội đại biểu Đảng bộ huyện Minh Sơn "
		"lần thứ XII, nhiệm kỳ 2020 - 2025 đã bế mạc.",
		"Tin hoạt động\n(MSO) Sau 3 ngày làm việc, ngày 06-8-2020, Đại hội đại biểu Đảng bộ huyện Minh Sơn lần "
		"thứ XII, nhiệm kỳ 2020 - 2025 đã bế mạc.",
		"Tin hoạt động\nTrải qua hai ngày làm việc khẩn trương, ngày 06/8/2020, Đại hội đại biểu Đảng bộ huyện "
		"Minh Sơn lần thứ XII đã bế mạc.",
	};
	int			i;

	for (i = 0; i < 3; i++)
	{
		GbResult   *r = extract(texts[i], 0, 0, 0);

		CHECK(held_is(r, 2020, 8, 6) && str_is(r->meeting.meeting_kind, "đại hội") &&
			  str_is(r->meeting.organizer, "Đảng bộ huyện Minh Sơn"),
			  "days of work %d: %d-%d-%d %s / %s", i, r->meeting.held_on.y, r->meeting.held_on.m,
			  r->meeting.held_on.d, r->meeting.meeting_kind ? r->meeting.meeting_kind : "-",
			  r->meeting.organizer ? r->meeting.organizer : "-");
		CHECK(i != 1 || str_is(r->meeting.source, "MSO"), "days of work tag: %s",
			  r->meeting.source ? r->meeting.source : "-");
		gb_result_free(r);
	}
}

/*
 * S7 (probe 21).  "X đã tổ chức khai mạc trọng thể phiên chính thức Đại
 * hội": between the verb and the meeting, "khai mạc / bế mạc" with its
 * manner ("trọng thể", "long trọng") and a sitting are skipped; X organizes.
 */
static void
test_organizer_opening_manner(void)
{
	org_is("Tin hoạt động\nSáng 16/7/2020, Đảng bộ quận Minh Sơn đã tổ chức khai mạc trọng thể phiên chính "
		   "thức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2020-2025.", "Đảng bộ quận Minh Sơn", "đại hội");
	org_is("Tin hoạt động\nSáng 16/7/2020, Hội Nông dân tỉnh Minh Sơn đã tổ chức bế mạc long trọng Đại hội "
		   "đại biểu lần thứ X.", "Hội Nông dân tỉnh Minh Sơn", "đại hội");
}

/*
 * S11 (probe 21).  "họp mặt" (a gathering) is a kind of its own, never cut
 * to "họp"; "X họp mặt" still names X its organizer.  An event held "Tại
 * hội nghị này, ..." is a side event of the meeting reported throughout,
 * whose kind stays.
 */
static void
test_kind_hop_mat(void)
{
	org_is("Tin hoạt động\nSáng 14/10/2024, Ban Tổ chức Huyện ủy Minh Sơn tổ chức họp mặt kỷ niệm 94 năm Ngày "
		   "truyền thống ngành.", "Ban Tổ chức Huyện ủy Minh Sơn", "họp mặt");
	org_is("Tin hoạt động\nSáng 14/10/2024, Hội Cựu chiến binh huyện Minh Sơn họp mặt kỷ niệm ngày thành lập.",
		   "Hội Cựu chiến binh huyện Minh Sơn", "họp mặt");
	org_is("Tin hoạt động\nĐến dự hội nghị có các đồng chí Ủy viên Ban Chấp hành Hội LHPN huyện. Tại hội nghị, "
		   "đồng chí Chủ tịch Hội LHPN huyện Minh Sơn đánh giá kết quả 6 tháng đầu năm. Tại hội nghị này, Hội LHPN "
		   "huyện gắn tổ chức các hoạt động kỷ niệm Ngày gia đình Việt Nam, Hội LHPN huyện đã tổ chức họp mặt kỷ "
		   "niệm ngày Gia đình Việt Nam.", "Hội LHPN huyện", "hội nghị");
}

/*
 * R3 (probe 20).  An outlet's tag may end in a channel's number run into
 * its capitals ("VOV1 - ", "VTV1 - ", "HTV7 - "): the source, as "VOV - " is.
 */
static void
test_source_tag_with_digit(void)
{
	static const char *const texts[][2] = {
		{"Tin hoạt động\nVOV1 - Chiều 23/9/2025, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh Minh "
		 "Sơn lần thứ I đã tiến hành phiên trù bị.", "VOV1"},
		{"Tin hoạt động\nHTV7 - Sáng 5/3/2025, Ban Thường vụ Thành ủy Minh Sơn tổ chức hội nghị sơ kết công tác.",
		 "HTV7"},
		{"Tin hoạt động\nVOV - Chiều 23/9/2025, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh Minh Sơn "
		 "lần thứ I đã tiến hành phiên trù bị.", "VOV"},
	};
	int			i;

	for (i = 0; i < 3; i++)
	{
		GbResult   *r = extract(texts[i][0], 0, 0, 0);

		CHECK(str_is(r->meeting.source, texts[i][1]), "source %s: %s", texts[i][1],
			  r->meeting.source ? r->meeting.source : "-");
		gb_result_free(r);
	}
}

/*
 * Z6 again (probe 21).  A ceremony that commends the exemplary ("Lễ tuyên
 * dương", "lễ biểu dương") is held as a meeting, as "lễ công bố" is: its
 * kind, and the body holding it, a lower-case bloc's committee too.
 */
static void
test_kind_le_tuyen_duong(void)
{
	org_is("Tin hoạt động\nSáng 19-5-2016, Đảng ủy khối các cơ quan tỉnh Minh Sơn đã tổ chức Lễ tuyên dương Bí thư "
		   "chi bộ điển hình tiên tiến.", "Đảng ủy khối các cơ quan tỉnh Minh Sơn", "lễ tuyên dương");
	org_is("Tin hoạt động\nSáng 19-5-2016, Tỉnh đoàn Minh Sơn đã tổ chức lễ biểu dương thanh niên tiên tiến.",
		   "Tỉnh đoàn Minh Sơn", "lễ biểu dương");
}

/*
 * T3 (probe 22).  "luật" as the second syllable of "kỷ luật" (discipline),
 * "pháp luật" (the law), "quy luật", "định luật", "điều luật" starts no
 * document: "thi hành kỷ luật 9 trường hợp" counts persons.  A "Luật" that
 * starts its word is still one.
 */
static void
test_cit_luat_inside_word(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nQua kiểm tra có 17 tổ chức đảng vi phạm và đã thi hành kỷ luật 9 trường hợp. "
				"Kỷ luật 4 trường hợp khác; 2 người vi phạm pháp luật 3 lần, theo điều luật 5 khoản.", 0, 0, 0);
	CHECK(r->ncitations == 0, "no citations, got %d (%s)", r->ncitations,
		  r->ncitations ? r->citations[0].raw : "");
	gb_result_free(r);
	r = extract("Tin hoạt động\nChi bộ Tân Lập đã thi hành kỷ luật 2 trường hợp theo Luật 36 về cán bộ, công chức.",
				0, 0, 0);
	CHECK(r->ncitations == 1 && strcmp(r->citations[0].kind, "Luật") == 0 &&
		  strcmp(r->citations[0].number, "36") == 0, "Luật 36, got %d", r->ncitations);
	gb_result_free(r);
}

/*
 * T1 (probe 22).  "T.Ư", "TƯ" (capital Ư) and "TW" after a body's head
 * stand for "Trung ương", in an organizer as in a title: "Ban Nội chính
 * TƯ tổ chức" is the Ban Nội chính Trung ương's meeting; "TU" is a
 * province's Tỉnh ủy; a person named after the centre is no part of it.
 */
static void
test_organizer_central_abbrev(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nNgày 14.3, Ban Dân vận T.Ư tổ chức hội nghị sơ kết 3 năm thực hiện Quy chế "
		   "phối hợp.", "Ban Dân vận Trung ương", "sơ kết");
	org_is("Tin hoạt động\nTrong hai ngày 20 và 21-4, tại Tân Lập diễn ra Hội nghị toàn quốc về công tác "
		   "tuyên giáo, do Ban Tuyên giáo T.Ư tổ chức.", "Ban Tuyên giáo Trung ương", NULL);
	org_is("Tin hoạt động\nSáng 9/5/2016, Ban Nội chính TƯ tổ chức hội nghị sơ kết công tác quý I.",
		   "Ban Nội chính Trung ương", "sơ kết");
	org_is("Tin hoạt động\nSáng 9/5/2016, Văn phòng TW Đảng tổ chức hội nghị tổng kết công tác năm.",
		   "Văn phòng Trung ương Đảng", "tổng kết");
	org_is("Tin hoạt động\nSáng 9/5/2016, Ủy ban Kiểm tra TƯ tổ chức hội nghị sơ kết công tác quý I.",
		   "Ủy ban Kiểm tra Trung ương", "sơ kết");
	org_is("Tin hoạt động\nSáng 9/5/2016, Ban Tổ chức TU tổ chức hội nghị sơ kết công tác quý I.",
		   "Ban Tổ chức TU", "sơ kết");
	r = extract("Tin hoạt động\nNgày 14.3, Ban Dân vận T.Ư tổ chức hội nghị sơ kết. Trưởng ban Dân vận "
				"T.Ư Lò Văn Tâm chủ trì hội nghị.", 0, 0, 0);
	CHECK(r->nofficials == 1 && strcmp(r->officials[0].name, "Lò Văn Tâm") == 0 &&
		  r->meeting.nchairs == 1, "chair after T.Ư: %d officials", r->nofficials);
	gb_result_free(r);
}

/*
 * V4 / Z9 again (probe 22).  A login or sign-up invitation above the
 * headline ("Đăng nhập để trải nghiệm thêm những tính năng hữu ích",
 * "Đăng ký nhận bản tin", "Quên mật khẩu?") is site chrome, never the
 * headline.
 */
static void
test_headline_login_banner(void)
{
	head_title_is("Đăng nhập\n\nĐăng nhập để trải nghiệm thêm những tính năng hữu ích\nZalo\n\n"
				  "Huyện ủy Minh Sơn sơ kết công tác dân vận quý I\n\nGốc\n\n"
				  "Sáng 12/4/2024, Huyện ủy Minh Sơn tổ chức hội nghị sơ kết công tác dân vận quý I.",
				  "Huyện ủy Minh Sơn sơ kết công tác dân vận quý I");
	head_title_is("Đăng ký nhận bản tin\nQuên mật khẩu?\nĐăng nhập bằng Facebook\n\n"
				  "Huyện ủy Minh Sơn sơ kết công tác dân vận quý I\n\n"
				  "Sáng 12/4/2024, Huyện ủy Minh Sơn tổ chức hội nghị sơ kết công tác dân vận quý I.",
				  "Huyện ủy Minh Sơn sơ kết công tác dân vận quý I");
}

/*
 * U4 (probe 23).  "A phối hợp với <Ban ... Trung ương> tổ chức hội thảo":
 * A, the subject, leads and organizes; its central partner only joins.
 * The central partner holds a nationwide meeting ("trực tuyến", "toàn
 * quốc") that A hosts.
 */
static void
test_organizer_central_partner(void)
{
	org_is("Tin hoạt động\nNgày 12-9-2023, Ban Thường vụ Tỉnh ủy Minh Sơn phối hợp với Ban Kinh tế Trung "
		   "ương tổ chức hội thảo khoa học về kinh tế biển.", "Ban Thường vụ Tỉnh ủy Minh Sơn", "hội thảo");
	org_is("Tin hoạt động\nNgày 12-9-2023, Thành ủy Minh Sơn phối hợp với Ban Tuyên giáo Trung ương "
		   "tổ chức hội nghị về phát triển du lịch.", "Thành ủy Minh Sơn", "hội nghị");
	org_is("Tin hoạt động\nNgày 12-9-2023, Thành ủy Minh Sơn đã phối hợp với Ban Tuyên giáo Trung ương "
		   "tổ chức hội nghị toàn quốc về công tác tuyên giáo.", "Ban Tuyên giáo Trung ương", "hội nghị");
	org_is("Tin hoạt động\nChiều 8/10/2019, Thường trực Tỉnh ủy Minh Sơn phối hợp với Ban Tổ chức Trung "
		   "ương tổ chức Hội nghị giao ban trực tuyến.", "Ban Tổ chức Trung ương", "giao ban");
}

/*
 * U7 (probe 23).  "Đảng bộ / Đảng ủy các <units> (trực thuộc ..., tại ...)"
 * names a group of Party organizations, the subject of "tổ chức": the
 * organizer, as written, and the kind its verb takes.  Not after "của":
 * "Dưới sự chỉ đạo của Đảng ủy các chi bộ đã ..." (a comma left out).
 */
static void
test_organizer_party_group(void)
{
	org_is("Tin hoạt động\nĐảng bộ các đơn vị trực thuộc Tổng công ty tại vùng Minh Sơn vừa tổ chức giao ban, "
		   "phối hợp thực hiện nhiệm vụ quý IV-2019.",
		   "Đảng bộ các đơn vị trực thuộc Tổng công ty tại vùng Minh Sơn", "giao ban");
	org_is("Tin hoạt động\nNgày 5/3/2021, Đảng ủy các xã, thị trấn đã đồng loạt tổ chức hội nghị sơ kết công tác.",
		   "Đảng ủy các xã, thị trấn", "sơ kết");
	org_is("Tin hoạt động\nNgày 5/3/2021, Đảng ủy các xã phối hợp với Hội Nông dân huyện tổ chức hội nghị "
		   "sơ kết.", "Đảng ủy các xã", "sơ kết");
	org_case("Tin hoạt động\nDưới sự chỉ đạo của Đảng ủy các chi bộ đã lần lượt tiến hành Đại hội từ ngày "
			 "2/6/2022.", NULL, "after của");
	org_case("Tin hoạt động\nNgày 5/3/2021, Đảng bộ các xã hoàn thành việc tổ chức đại hội chi bộ.", NULL,
			 "việc tổ chức");
}

/*
 * U7 (probe 23), its kind.  "X vừa tổ chức giao ban", X no body read, no
 * lead's date: the kind the verb takes (a kind, not a bare "hội nghị") is
 * the meeting's, before "chủ trì hội nghị"'s noun; not one to come.
 */
static void
test_kind_held_unread_subject(void)
{
	kind_case("Tin hoạt động\nCông đoàn ngành vừa tổ chức giao ban, phối hợp thực hiện nhiệm vụ quý IV-2019. "
			  "Đồng chí Lê Văn Hòa chủ trì hội nghị.", "giao ban");
	kind_case("Tin hoạt động\nCác đơn vị đã tổ chức sơ kết công tác quý IV. Đồng chí Lê Văn Hòa chủ trì hội nghị.",
			  "sơ kết");
	kind_case("Tin hoạt động\nCác đơn vị sẽ tổ chức sơ kết công tác quý IV. Đồng chí Lê Văn Hòa chủ trì hội nghị.",
			  "hội nghị");
}

/*
 * U2 (probe 23).  "Dự hội nghị có Hà Văn Tư, Phó Bí thư ...": a full name
 * right after "có" opens the list of those present, with no honorific as
 * with one; "đ/.c" (a stray dot typed in) is "đ/c".  The first person's
 * title is his, not the next one's.
 */
static void
test_name_after_co(void)
{
	const char *t = "Tin vắn\nTham dự hội nghị có đ/.c Mạc Văn Định- PBT thường trực Thị ủy, đ/c Lò Văn Mạ- PBT- "
		"Chủ tịch UBND thị xã.";
	const char *u = "Tin vắn\nDự hội nghị có Hà Văn Tư, Phó Bí thư Thường trực Tỉnh ủy; Vi Văn Lâm, Chủ tịch "
		"UBND tỉnh.";

	check_official(t, "Mạc Văn Định", "đồng chí", "PBT thường trực Thị ủy");
	check_official(t, "Lò Văn Mạ", "đồng chí", "PBT | Chủ tịch UBND thị xã");
	check_official(u, "Hà Văn Tư", NULL, "Phó Bí thư Thường trực Tỉnh ủy");
	check_official(u, "Vi Văn Lâm", NULL, "Chủ tịch UBND tỉnh");
	check_official("Tin vắn\nTham dự có Cao Văn Sáu - Bí thư Huyện ủy.", "Cao Văn Sáu", NULL, "Bí thư Huyện ủy");
}

/*
 * U5 (probe 23).  A stray ";" inside one person's titles: "A, Ủy viên Bộ
 * Chính trị; Bí thư Trung ương Đảng, Trưởng Ban ...; B, ..." goes on with
 * A's titles.  One title alone after the ";" is a post present with no
 * name, and memberships or classes of persons are a list of those present.
 */
static void
test_semicolon_inside_titles(void)
{
	const char *t = "Tin vắn\nCác đồng chí: Hà Văn Tư, Ủy viên Bộ Chính trị; Bí thư Trung ương Đảng, Trưởng Ban "
		"Kinh tế Trung ương; Lò Văn Mạ, Bí thư Tỉnh ủy đồng chủ trì.";

	check_official(t, "Hà Văn Tư", "đồng chí",
				   "Ủy viên Bộ Chính trị | Bí thư Trung ương Đảng | Trưởng Ban Kinh tế Trung ương");
	check_official(t, "Lò Văn Mạ", "đồng chí", "Bí thư Tỉnh ủy");
	check_official("Tin vắn\nDự có đồng chí Hà Văn Tư, Bí thư Tỉnh ủy; Phó Chủ tịch UBND tỉnh; lãnh đạo các sở.",
				   "Hà Văn Tư", "đồng chí", "Bí thư Tỉnh ủy");
	check_official("Tin vắn\nCùng dự có đồng chí Hà Văn Tư, Chủ tịch Quốc hội; Ủy viên Bộ Chính trị, Ủy viên "
				   "Ban Bí thư, lãnh đạo các ban.", "Hà Văn Tư", "đồng chí", "Chủ tịch Quốc hội");
	check_official("Tin vắn\nCùng dự có đồng chí Hà Văn Tư, Chủ tịch Quốc hội; Ủy viên Bộ Chính trị, Ủy viên "
				   "Ban Bí thư.", "Hà Văn Tư", "đồng chí", "Chủ tịch Quốc hội");
}

/*
 * probe 47 G2: titles a comma apart that run into a name, its verb after
 * it, are all that name's, the subject's: none goes to the object named
 * before them ("chúc mừng ông A, T1, T2 B nhấn mạnh").  With no verb after
 * the name, or a comma closing the titles, they stay as before.
 */
static void
test_titles_run_into_subject(void)
{
	const char *text;

	text = "Trao quyết định và tặng hoa chúc mừng ông Nguyễn Thành Tâm, Bí thư Trung ương Đảng, "
		"Trưởng Ban Tổ chức Trung ương Lê Minh Hưng nhấn mạnh yêu cầu nhiệm vụ.";
	check_official(text, "Nguyễn Thành Tâm", "ông", "");
	check_official(text, "Lê Minh Hưng", NULL, "Bí thư Trung ương Đảng | Trưởng Ban Tổ chức Trung ương");
	text = "Chúc mừng bà Lò Thị Mai, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La Nguyễn Văn Được "
		"đề nghị đồng chí phát huy kinh nghiệm.";
	check_official(text, "Lò Thị Mai", "bà", "");
	check_official(text, "Nguyễn Văn Được", NULL, "Phó Bí thư Tỉnh ủy | Chủ tịch UBND tỉnh Sơn La");
	/* the titles closed by a comma are the person's before them */
	check_official("Dự có ông Trần Văn Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cà Mau, "
				   "và ông Lê Văn Tám.", "Trần Văn Bình", "ông",
				   "Phó Bí thư Tỉnh ủy | Chủ tịch UBND tỉnh Cà Mau");
}

/*
 * probe 61 G1: a list in the style of titles before each name, one comma
 * between persons ("T1, T2 A, T3, T4 B, T5 C chủ trì"): the titles after
 * A's comma open B's titles, with no verb after B too.  A person named
 * before his titles keeps them; a ";" parts the persons as before.
 */
static void
test_titled_list_commas(void)
{
	const char *text;

	text = "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bùi Thị Quỳnh Vân, Phó Bí thư "
		"Thường trực Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Đặng Ngọc Huy, Phó Bí thư Tỉnh ủy "
		"Đinh Thị Hồng Minh chủ trì Hội nghị.";
	check_official(text, "Bùi Thị Quỳnh Vân", NULL, "Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh");
	check_official(text, "Đặng Ngọc Huy", NULL, "Phó Bí thư Thường trực Tỉnh ủy | Trưởng Đoàn đại biểu Quốc hội tỉnh");
	check_official(text, "Đinh Thị Hồng Minh", NULL, "Phó Bí thư Tỉnh ủy");
	text = "Dự hội nghị có Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Văn Cường, Ủy viên Ban Thường vụ Tỉnh ủy, "
		"Trưởng Ban Tổ chức Tỉnh ủy Phạm Thị Dung.";
	check_official(text, "Lê Văn Cường", NULL, "Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh");
	check_official(text, "Phạm Thị Dung", NULL, "Ủy viên Ban Thường vụ Tỉnh ủy | Trưởng Ban Tổ chức Tỉnh ủy");
	text = "Dự hội nghị có Chủ tịch HĐND tỉnh Lê Văn Toàn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Phạm Thị Hoa.";
	check_official(text, "Lê Văn Toàn", NULL, "Chủ tịch HĐND tỉnh");
	check_official(text, "Phạm Thị Hoa", NULL, "Phó Bí thư Tỉnh ủy | Chủ tịch UBND tỉnh");
	/* a ";" between persons; a person named first keeps his titles */
	text = "Dự hội nghị có Bí thư Tỉnh ủy Nguyễn Văn Hùng; Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn ĐBQH "
		"tỉnh Trần Văn Bình.";
	check_official(text, "Nguyễn Văn Hùng", NULL, "Bí thư Tỉnh ủy");
	check_official(text, "Trần Văn Bình", NULL, "Phó Bí thư Thường trực Tỉnh ủy | Trưởng đoàn ĐBQH tỉnh");
	check_official("Dự có ông Trần Văn Lợi, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cà Mau, và ông Lê Văn Tám.",
				   "Trần Văn Lợi", "ông", "Phó Bí thư Tỉnh ủy | Chủ tịch UBND tỉnh Cà Mau");
}

/*
 * probe 62 G4: a deputy's or a member's post after persons named bare in
 * a row ("A và B, Phó Chủ tịch HĐND tỉnh", "A, B - Phó ...") is each one's;
 * a post one person holds ("A và B, Chủ tịch UBND tỉnh") stays the last
 * one's, and a person with titles of his own keeps his.
 */
static void
test_shared_deputy_post(void)
{
	const char *text;

	text = "Chủ trì kỳ họp có bà Nguyễn Việt Hoa và ông Lê Văn Đen, Phó chủ tịch HĐND, đến dự còn có "
		"ông Trần Văn Dũng, Chủ tịch UBND huyện.";
	check_official(text, "Nguyễn Việt Hoa", "bà", "Phó chủ tịch HĐND");
	check_official(text, "Lê Văn Đen", "ông", "Phó chủ tịch HĐND");
	check_official(text, "Trần Văn Dũng", "ông", "Chủ tịch UBND huyện");
	text = "Dự hội nghị có các đồng chí Nguyễn Văn An và Trần Văn Bình, Phó Chủ tịch UBND tỉnh.";
	check_official(text, "Nguyễn Văn An", "đồng chí", "Phó Chủ tịch UBND tỉnh");
	text = "Dự hội nghị có đồng chí Hoàng Văn Sơn, Đỗ Thị Hải, Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An.";
	check_official(text, "Hoàng Văn Sơn", "đồng chí", "Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An");
	text = "Đồng chủ trì có các đồng chí Nguyễn Văn Tâm và Trần Văn Phúc - Phó Chủ tịch HĐND tỉnh.";
	check_official(text, "Nguyễn Văn Tâm", "đồng chí", "Phó Chủ tịch HĐND tỉnh");
	/* one holder only: the last named */
	text = "Dự có ông Lê Văn Hai và ông Phạm Văn Ba, Chủ tịch UBND tỉnh Long An.";
	check_official(text, "Lê Văn Hai", "ông", "");
	check_official(text, "Phạm Văn Ba", "ông", "Chủ tịch UBND tỉnh Long An");
}

/*
 * probe 62 G5: "thừa ủy quyền", "thừa lệnh" (acting for another) end the
 * titles before it: a two-syllable name after a province's title, then
 * "thừa", is the person's, the word no part of the title.
 */
static void
test_acting_for_ends_title(void)
{
	const char *text;

	text = "Phát biểu tại buổi họp mặt, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh "
		"Lê Dũng thừa ủy quyền của Thường trực Tỉnh ủy đề nghị các đại biểu nêu cao tinh thần trách nhiệm.";
	check_official(text, "Lê Dũng", NULL, "Ủy viên Ban Thường vụ Tỉnh ủy | Chủ tịch Ủy ban MTTQ Việt Nam tỉnh");
	check_official("Phó Chủ tịch UBND tỉnh Võ Thành thừa lệnh Chủ tịch UBND tỉnh ký quyết định.",
				   "Võ Thành", NULL, "Phó Chủ tịch UBND tỉnh");
}

/*
 * probe 62 G5: a name met before, inside the last title with lower-case
 * words after it that are no title's words (its verb, which a committee's
 * name going on in lower case took in), is the person's, the title cut
 * before it.
 */
static void
test_known_name_before_verb(void)
{
	GbResult   *r;
	const GbOfficial *o;

	r = extract("Dự có đồng chí Lê Dũng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.\n\nPhát biểu tại buổi họp mặt, "
				"Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Dũng nhắc lại vai trò của Mặt trận.", 0, 0, 0);
	o = official(r, "Lê Dũng");
	CHECK(r->nofficials == 1 && o && o->mentions == 2, "Lê Dũng: %d officials, want 1 with 2 mentions",
		  r->nofficials);
	gb_result_free(r);
	r = extract("Ông Hà Bình, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự.\n\nChủ tịch Ủy ban MTTQ Việt Nam tỉnh "
				"Hà Bình gợi mở nhiều ý kiến.", 0, 0, 0);
	o = official(r, "Hà Bình");
	CHECK(r->nofficials == 1 && o && o->mentions == 2 && o->ntitles == 1, "Hà Bình: one title, 2 mentions");
	gb_result_free(r);
}

/*
 * probe 61 G4: a grade of staff, "Báo cáo viên cao cấp", "Chuyên viên
 * chính", "Giảng viên cao cấp", is a title whole, and its body after a
 * comma is kept with it, as after "Vụ trưởng Vụ ...".
 */
static void
test_staff_grade_titles(void)
{
	check_official("Hội nghị được nghe đồng chí Nguyễn Quán Phú - Báo cáo viên cao cấp, Ban Tuyên giáo Trung "
				   "ương quán triệt những nội dung cơ bản.", "Nguyễn Quán Phú", "đồng chí",
				   "Báo cáo viên cao cấp, Ban Tuyên giáo Trung ương");
	check_official("Hội nghị được nghe đồng chí Lê Văn Tài - Báo cáo viên cao cấp Ban Tuyên giáo Trung ương "
				   "quán triệt những nội dung.", "Lê Văn Tài", "đồng chí",
				   "Báo cáo viên cao cấp Ban Tuyên giáo Trung ương");
	check_official("Hội nghị được nghe đồng chí Phan Văn Mười - Báo cáo viên Trung ương quán triệt.",
				   "Phan Văn Mười", "đồng chí", "Báo cáo viên Trung ương");
	check_official("Hội nghị được nghe đồng chí Hồ Văn Năm - Chuyên viên cao cấp, Ban Tổ chức Trung ương "
				   "quán triệt những nội dung.", "Hồ Văn Năm", "đồng chí",
				   "Chuyên viên cao cấp, Ban Tổ chức Trung ương");
	check_official("Đồng chí Trần Văn Bình, Giảng viên cao cấp Học viện Chính trị quốc gia Hồ Chí Minh trình "
				   "bày chuyên đề.", "Trần Văn Bình", "đồng chí",
				   "Giảng viên cao cấp Học viện Chính trị quốc gia Hồ Chí Minh");
	check_official("Đồng chí Đỗ Văn Tư, Giảng viên chính, Học viện Chính trị khu vực III trình bày.",
				   "Đỗ Văn Tư", "đồng chí", "Giảng viên chính, Học viện Chính trị khu vực III");
	/* a title with a body of its own ends at its comma */
	check_official("Đồng chí Lê Văn Hùng, Bí thư Huyện ủy, Ban Chỉ đạo huyện phát biểu.",
				   "Lê Văn Hùng", "đồng chí", "Bí thư Huyện ủy");
}

/*
 * probe 47 G3: a two-syllable short name after an honorific ("Ông Quốc
 * Phong", "bà Mỹ Phương") is a later mention of the one person named in
 * full before with those last two syllables, as one given name is.  With
 * no such person, or two of them, it stays a person of its own.
 */
static void
test_short_name_mention(void)
{
	GbResult   *r;

	r = extract("Bí thư Tỉnh ủy Đồng Tháp - Lê Quốc Phong trao quyết định. Ông Quốc Phong đề nghị "
				"phát huy trí tuệ. Đồng chí Nguyễn Văn Hòa, Trưởng Ban Tổ chức Tỉnh ủy chủ trì. "
				"Đồng chí Văn Hòa nhấn mạnh yêu cầu.", 0, 0, 0);
	CHECK(r->nofficials == 2, "short names: %d officials, want 2", r->nofficials);
	CHECK(official(r, "Quốc Phong") == NULL && official(r, "Văn Hòa") == NULL, "a short name is its own person");
	CHECK(official(r, "Lê Quốc Phong") && official(r, "Lê Quốc Phong")->mentions == 2,
		  "Lê Quốc Phong mentions");
	gb_result_free(r);
	r = extract("Dự có bà Trần Thị Mỹ Phương, Phó Chủ tịch UBND tỉnh Bến Tre. Bà Mỹ Phương cho biết "
				"tỉnh đã hoàn thành kế hoạch.", 0, 0, 0);
	CHECK(r->nofficials == 1, "Mỹ Phương: %d officials, want 1", r->nofficials);
	gb_result_free(r);
	/* no one named in full before: a person of its own */
	r = extract("Ông Quốc Phong, Bí thư Huyện ủy phát biểu.", 0, 0, 0);
	CHECK(official(r, "Quốc Phong") != NULL, "Quốc Phong alone is a person");
	gb_result_free(r);
}

/*
 * probe 42 G5: a ";" inside one person's posts, titles alone after it (a
 * rank and its comma perhaps before them) up to the clause's verb: his
 * posts go on.  A rank among the posts is no title.  A name after the ";",
 * or a title before one, opens another person; titles with no verb after
 * them stay as U5 reads them.
 */
static void
test_semicolon_posts_to_verb(void)
{
	check_official("Ông Thái Đại Ngọc - Ủy viên Ban Chấp hành Trung ương Đảng, Ủy viên Quân ủy Trung ương; Ủy "
				   "viên Thường vụ Đảng ủy Bộ Tổng tham mưu - Cơ quan Bộ Quốc phòng; Thượng tướng, Phó Tổng "
				   "Tham mưu trưởng Quân đội nhân dân Việt Nam được Bộ Chính trị chỉ định giữ chức Bí thư "
				   "Tỉnh ủy Gia Lai nhiệm kỳ 2025-2030.", "Thái Đại Ngọc", "ông",
				   "Ủy viên Ban Chấp hành Trung ương Đảng | Ủy viên Quân ủy Trung ương | Ủy viên Thường vụ "
				   "Đảng ủy Bộ Tổng tham mưu - Cơ quan Bộ Quốc phòng | Phó Tổng Tham mưu trưởng Quân đội "
				   "nhân dân Việt Nam");
	check_official("Ông Nguyễn Văn An - Ủy viên Ban Thường vụ Tỉnh ủy; Trưởng Ban Tổ chức Tỉnh ủy phát biểu.",
				   "Nguyễn Văn An", "ông", "Ủy viên Ban Thường vụ Tỉnh ủy | Trưởng Ban Tổ chức Tỉnh ủy");
	check_official("Bà Trần Thị Hoa, Phó Bí thư Tỉnh ủy; Chủ tịch HĐND tỉnh Kon Tum đã trao quyết định.",
				   "Trần Thị Hoa", "bà", "Phó Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh Kon Tum");
	check_official("Ông Nguyễn Văn An - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; Thiếu tướng, "
				   "Giám đốc Công an tỉnh phát biểu.", "Nguyễn Văn An", "ông",
				   "Ủy viên Ban Thường vụ Tỉnh ủy | Phó Chủ tịch UBND tỉnh | Giám đốc Công an tỉnh");
	check_official("Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh "
				   "phát biểu.", "Nguyễn Văn An", "ông",
				   "Phó Chủ tịch UBND tỉnh | Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh");
	/* a name after the ";", or a post before a name, is another person */
	check_official("Dự hội nghị có các đồng chí: Nguyễn Văn An, Bí thư Tỉnh ủy; Trần Văn Bình, Phó Chủ tịch UBND "
				   "tỉnh phát biểu.", "Nguyễn Văn An", "đồng chí", "Bí thư Tỉnh ủy");
	check_official("Dự hội nghị có đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy; Phó Chủ tịch UBND tỉnh Trần Văn Bình "
				   "phát biểu.", "Nguyễn Văn An", "đồng chí", "Bí thư Tỉnh ủy");
	check_official("Dự có ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, Thượng tướng, Phó Tổng Tham mưu trưởng Lê "
				   "Văn Bảy.", "Lê Văn Bảy", NULL, "Phó Tổng Tham mưu trưởng");
	check_official("Dự có ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, Thượng tướng, Phó Tổng Tham mưu trưởng Lê "
				   "Văn Bảy.", "Nguyễn Văn An", "ông", "Phó Chủ tịch UBND tỉnh");
	/* posts present with no name, the list ending with no verb */
	check_official("Dự có đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy; Phó Chủ tịch UBND tỉnh; Giám đốc Sở Nội vụ.",
				   "Nguyễn Văn An", "đồng chí", "Bí thư Tỉnh ủy");
}

/*
 * probe 42 G5: "Bộ Tổng Tham mưu" is a body, its "tham mưu" in lower case
 * no verb; a unit and the agency it shares a Party organization with are
 * one name across a dash, "Cơ quan" and a capitalized body after it.
 */
static void
test_general_staff_body(void)
{
	check_official("Ông Nguyễn Văn An, Ủy viên Thường vụ Đảng ủy Bộ Tổng tham mưu - Cơ quan Bộ Quốc phòng, Phó "
				   "Chủ tịch UBND tỉnh phát biểu.", "Nguyễn Văn An", "ông",
				   "Ủy viên Thường vụ Đảng ủy Bộ Tổng tham mưu - Cơ quan Bộ Quốc phòng | Phó Chủ tịch UBND tỉnh");
	check_official("Đồng chí Lê Văn Bảy, Phó Bí thư Đảng ủy Bộ Tổng tham mưu, Phó Tổng Tham mưu trưởng chủ trì.",
				   "Lê Văn Bảy", "đồng chí", "Phó Bí thư Đảng ủy Bộ Tổng tham mưu | Phó Tổng Tham mưu trưởng");
	check_official("Đồng chí Lê Văn Bảy, Ủy viên Thường vụ Đảng ủy Quân khu 7 - Cơ quan Quân khu, Tư lệnh Quân "
				   "khu chủ trì.", "Lê Văn Bảy", "đồng chí",
				   "Ủy viên Thường vụ Đảng ủy Quân khu 7 - Cơ quan Quân khu | Tư lệnh Quân khu");
	/* "tham mưu" after a title is the verb; "cơ quan" in lower case after a dash no part of the name */
	check_official("Ông Nguyễn Văn An, Trưởng Ban Tổ chức Tỉnh ủy tham mưu cho Tỉnh ủy.", "Nguyễn Văn An", "ông",
				   "Trưởng Ban Tổ chức Tỉnh ủy");
	check_official("Đồng chí Lê Văn Bảy, Chánh Văn phòng Tỉnh ủy - cơ quan thường trực Ban Chỉ đạo phát biểu.",
				   "Lê Văn Bảy", "đồng chí", "Chánh Văn phòng Tỉnh ủy");
}

/*
 * U6 (probe 23).  "BCĐ" is the short form of "Ban Chỉ đạo", as "BTV",
 * "BCH": "(Phó) Trưởng BCĐ ..." is a title, completed as the full form.
 */
static void
test_title_head_bcd(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Trưởng BCĐ phòng, chống tham nhũng tỉnh chủ trì hội nghị.",
				   "Hà Văn Tư", "đồng chí", "Trưởng BCĐ phòng, chống tham nhũng tỉnh");
	check_official("Tin vắn\nDự hội nghị có đồng chí Lò Văn Mạ, Phó trưởng Ban Kinh tế Trung ương, Phó trưởng BCĐ "
				   "Trung ương về tổng kết 15 năm thực hiện Nghị quyết 32.", "Lò Văn Mạ", "đồng chí",
				   "Phó trưởng Ban Kinh tế Trung ương | Phó trưởng BCĐ Trung ương");
	check_official("Tin vắn\nĐồng chí Vi Văn Lâm, Phó Trưởng BCĐ tỉnh phát biểu.", "Vi Văn Lâm", "đồng chí",
				   "Phó Trưởng BCĐ tỉnh");
}

/*
 * S1, again (probe 23).  A post one is transferred to: "A được điều động
 * giữ chức Bí thư Tỉnh ủy", "được phân công làm", "được luân chuyển giữ
 * chức vụ"; the verb alone names no post.
 */
static void
test_title_by_transfer(void)
{
	const char *t = "Tin vắn\nTrung tướng Hà Văn Tư được điều động giữ chức Bí thư Tỉnh ủy Tân Lập. Ông Lò Văn Mạ "
		"được phân công làm Phó Bí thư Thường trực Huyện ủy. Ông Vi Văn Lâm được luân chuyển giữ chức vụ Chủ "
		"tịch UBND huyện Minh Sơn. Ông Cao Văn Sáu được điều động về địa phương.";

	check_official(t, "Hà Văn Tư", NULL, "Bí thư Tỉnh ủy Tân Lập");
	check_official(t, "Lò Văn Mạ", "ông", "Phó Bí thư Thường trực Huyện ủy");
	check_official(t, "Vi Văn Lâm", "ông", "Chủ tịch UBND huyện Minh Sơn");
	check_official(t, "Cao Văn Sáu", "ông", "");
}

/*
 * Probe 55 G1.  The passive's verbs before the post: a manner ("được tín
 * nhiệm bầu"), two verbs in a row ("được tiếp nhận, bổ nhiệm"), the post
 * named as an office ("giữ chức danh"); "đến nhận công tác ... để được
 * ... giữ chức X"; "A, t1 và B, t2 được bầu giữ chức X" gives X to both,
 * "A, t1 và ông B được bầu X" to B alone.
 */
static void
test_title_by_appointment_chain(void)
{
	const char *t = "Tin vắn\nĐồng chí Mông Văn Hồng, Trưởng Phòng Nội vụ huyện được tín nhiệm bầu giữ chức danh "
		"Phó Chủ tịch HĐND huyện. Ông Trần Văn Bình, Trưởng phòng Tư pháp huyện được bầu giữ chức danh Phó "
		"Chủ tịch UBND huyện. Bà Lê Thị Hoa, Chánh Văn phòng Huyện ủy được tín nhiệm bầu làm Trưởng Ban "
		"Pháp chế HĐND huyện. Ông Nguyễn Văn Lâm, Phó Giám đốc Sở Xây dựng được tiếp tục bổ nhiệm giữ chức "
		"vụ Giám đốc Sở Xây dựng. Ông Đỗ Văn Hải, Phó Chủ tịch UBND tỉnh được điều động về công tác tại Bộ "
		"Nội vụ.";
	const char *u = "Tin vắn\nÔng Hà Văn Minh, Giám đốc Sở Tài chính và ông Lò Văn Sơn, Phó Chánh Văn phòng "
		"UBND tỉnh được bổ nhiệm giữ chức Phó Chủ tịch UBND tỉnh Sơn La. Ông Võ Ngọc Thuận - Bí thư Quận ủy "
		"quận 3 đến nhận công tác tại UBND thành phố để được tiếp nhận, bổ nhiệm giữ chức Giám đốc Sở Nội vụ. "
		"Ông Cao Văn Sáu, Bí thư Huyện ủy và ông Đinh Văn Lợi được bầu làm Ủy viên Ban Thường vụ.";

	check_official(t, "Mông Văn Hồng", "đồng chí", "Trưởng Phòng Nội vụ huyện | Phó Chủ tịch HĐND huyện");
	check_official(t, "Trần Văn Bình", "ông", "Trưởng phòng Tư pháp huyện | Phó Chủ tịch UBND huyện");
	check_official(t, "Lê Thị Hoa", "bà", "Chánh Văn phòng Huyện ủy | Trưởng Ban Pháp chế HĐND huyện");
	check_official(t, "Nguyễn Văn Lâm", "ông", "Phó Giám đốc Sở Xây dựng | Giám đốc Sở Xây dựng");
	check_official(t, "Đỗ Văn Hải", "ông", "Phó Chủ tịch UBND tỉnh");
	check_official(u, "Hà Văn Minh", "ông", "Giám đốc Sở Tài chính | Phó Chủ tịch UBND tỉnh Sơn La");
	check_official(u, "Lò Văn Sơn", "ông", "Phó Chánh Văn phòng UBND tỉnh | Phó Chủ tịch UBND tỉnh Sơn La");
	check_official(u, "Võ Ngọc Thuận", "ông", "Bí thư Quận ủy quận 3 | Giám đốc Sở Nội vụ");
	check_official(u, "Cao Văn Sáu", "ông", "Bí thư Huyện ủy");
	check_official(u, "Đinh Văn Lợi", "ông", "Ủy viên Ban Thường vụ");
	/* a deputy's seat between the titles and the verb */
	t = "Tin vắn\nĐồng chí Hoàng Văn Kiên, Trưởng Phòng Nội vụ huyện, đại biểu HĐND huyện được tín nhiệm bầu "
		"giữ chức danh Phó Chủ tịch HĐND huyện. Bà Lò Thị Mai, Chánh Văn phòng Tỉnh ủy, đại biểu HĐND tỉnh "
		"Sơn La được bầu làm Phó Chủ tịch HĐND tỉnh.";
	check_official(t, "Hoàng Văn Kiên", "đồng chí", "Trưởng Phòng Nội vụ huyện | Phó Chủ tịch HĐND huyện");
	check_official(t, "Lò Thị Mai", "bà", "Chánh Văn phòng Tỉnh ủy | Phó Chủ tịch HĐND tỉnh");
}

/*
 * Probe 55 G11.  A post someone is proposed or nominated for ("đề nghị
 * phân công A ... giữ chức X", "dự kiến giới thiệu A ... giữ chức X",
 * "thôi giữ chức ... để thực hiện quy trình giới thiệu bầu giữ chức X") is
 * not yet his; one he is appointed to is.
 */
static void
test_title_proposed_not_held(void)
{
	const char *t = "Tin vắn\nTỉnh ủy đề nghị phân công ông Đoàn Văn Hưng - phó bí thư Thành ủy, chủ tịch UBND "
		"thành phố - giữ chức bí thư Thành ủy Hải Dương. Ban Thường vụ Tỉnh ủy dự kiến giới thiệu ông Trần "
		"Văn Nam, Phó Bí thư Huyện ủy, giữ chức Bí thư Huyện ủy Yên Thế. Bộ Chính trị cho ông Hồ Văn Dũng, Bí "
		"thư Tỉnh ủy Gia Lai, thôi giữ chức Bí thư Tỉnh ủy để Trung ương thực hiện quy trình giới thiệu bầu "
		"giữ chức Phó Thủ tướng Chính phủ. Ban Thường vụ Tỉnh ủy phân công ông Lê Văn Tám, Phó Bí thư Huyện "
		"ủy, giữ chức Bí thư Huyện ủy Lục Nam.";

	check_official(t, "Đoàn Văn Hưng", "ông", "phó bí thư Thành ủy | chủ tịch UBND thành phố");
	check_official(t, "Trần Văn Nam", "ông", "Phó Bí thư Huyện ủy");
	check_official(t, "Hồ Văn Dũng", "ông", "Bí thư Tỉnh ủy Gia Lai");
	check_official(t, "Lê Văn Tám", "ông", "Phó Bí thư Huyện ủy | Bí thư Huyện ủy Lục Nam");
}

/*
 * X1, again (probe 23).  After a company's legal form ("cổ phần", "CP",
 * "TNHH") its trade in lower case goes on to its name: "Bí thư Đảng bộ
 * Công ty CP than Tân Lập".  With no name after it, the title ends at the
 * legal form as before.
 */
static void
test_title_company_trade(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Bí thư Đảng bộ Công ty CP than Tân Lập chủ trì hội nghị.",
				   "Hà Văn Tư", "đồng chí", "Bí thư Đảng bộ Công ty CP than Tân Lập");
	check_official("Tin vắn\nÔng Lò Văn Mạ, Giám đốc Công ty cổ phần than Minh Sơn phát biểu.", "Lò Văn Mạ", "ông",
				   "Giám đốc Công ty cổ phần than Minh Sơn");
	check_official("Tin vắn\nÔng Vi Văn Lâm, Chủ tịch Công ty TNHH may Hà Tân, cụm trưởng dự.", "Vi Văn Lâm", "ông",
				   "Chủ tịch Công ty TNHH may Hà Tân");
	check_official("Tin vắn\nGiám đốc Công ty CP xi măng Hà Tân Cao Văn Sáu phát biểu.", "Cao Văn Sáu", NULL,
				   "Giám đốc Công ty CP xi măng Hà Tân");
	check_official("Tin vắn\nÔng Cao Văn Sáu, Giám đốc Công ty CP than phát biểu.", "Cao Văn Sáu", "ông",
				   "Giám đốc Công ty CP");
}

/*
 * U1 (probe 23).  A spaced dash between two parts of one body's name
 * continues it: a one-syllable word capitalized inside the name ("Than -
 * Khoáng sản"), or fields abbreviated with an ampersand after it ("Lao
 * động – TB&XH"); "động" completes "Lao động".  A dash before a meeting,
 * a title or another body is no part of the name.
 */
static void
test_body_name_dash(void)
{
	GbResult   *r;
	const GbCitation *c;

	org_is("Tin hoạt động\nSáng 3/4/2026, Đảng ủy Tập đoàn Công nghiệp Than - Khoáng sản Minh Sơn đã tổ chức "
		   "hội nghị cán bộ chủ chốt.", "Đảng ủy Tập đoàn Công nghiệp Than - Khoáng sản Minh Sơn", "hội nghị");
	org_is("Tin hoạt động\nSáng 3/4/2026, Đảng ủy Trường Đại học Mỏ - Địa chất tổ chức hội nghị quán triệt.",
		   "Đảng ủy Trường Đại học Mỏ - Địa chất", "quán triệt");
	r = extract("Thực hiện Kế hoạch số 12-KH/ĐU ngày 5/3/2024 của Đảng ủy Sở Lao động – TB&XH tỉnh Minh Sơn "
				"về công tác cán bộ, ngày 3/4/2024, Chi bộ Phòng Việc làm tổ chức hội nghị. Công văn số 7-CV/ĐU của Đảng ủy "
				"Sở Lao động về việc học tập.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "12", 0);
	CHECK(c != NULL, "Kế hoạch 12 found");
	if (c)
	{
		CHECK_STR(c->issuer, "Đảng ủy Sở Lao động - TB&XH tỉnh Minh Sơn", "issuer across '– TB&XH'");
		CHECK_STR(c->subject, "công tác cán bộ", "subject after the issuer");
	}
	c = find_cit(r, "Công văn", "7", 0);
	CHECK(c != NULL, "Công văn 7 found");
	if (c)
		CHECK_STR(c->issuer, "Đảng ủy Sở Lao động", "issuer 'Sở Lao động'");
	gb_result_free(r);

	/* the dash before a title or a meeting ends the name */
	r = extract("Tin hoạt động\nĐồng chí Lê Văn Tâm - Giám đốc Công ty Than - Phó Bí thư Đảng ủy phát biểu.",
				0, 0, 0);
	CHECK(r->nofficials == 1 && r->officials[0].ntitles == 2 &&
		  str_is(r->officials[0].titles[0], "Giám đốc Công ty Than"),
		  "title before '- Phó Bí thư': %s", r->nofficials && r->officials[0].ntitles ?
		  r->officials[0].titles[0] : "-");
	gb_result_free(r);
	r = extract("Tin hoạt động\nSáng 3/4/2026, Thành ủy Vinh - Hội nghị lần thứ 5 đã tổ chức.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL || strstr(r->meeting.organizer, "Hội nghị") == NULL,
		  "no meeting in a name: %s", r->meeting.organizer);
	gb_result_free(r);
}

/*
 * U3 (probe 23).  "Cơ sở" capitalized after a Party organization is a
 * facility heading its name, as "Trung tâm" is: "Chi bộ Cơ sở Cai nghiện
 * ma túy" organizes and issues under its whole name, its words in lower
 * case included ("ma túy", a noun, not "mà"); "chi bộ cơ sở" in lower
 * case is the grassroots level.
 */
static void
test_agency_co_so(void)
{
	GbResult   *r;
	const GbCitation *c;

	org_is("Tin hoạt động\nNgày 3/10/2023, Chi bộ Cơ sở Cai nghiện ma túy tổ chức buổi sinh hoạt chuyên đề.",
		   "Chi bộ Cơ sở Cai nghiện ma túy", "sinh hoạt chuyên đề");
	org_is("Tin hoạt động\nNgày 3/10/2023, Chi bộ Cơ sở Tân Lập tổ chức buổi sinh hoạt chuyên đề.",
		   "Chi bộ Cơ sở Tân Lập", "sinh hoạt chuyên đề");
	r = extract("Thực hiện Công văn số 34-CV/CB ngày 28/9/2023 của Chi bộ Cơ sở Cai nghiện ma túy tỉnh Minh Sơn "
				"về tổ chức đợt sinh hoạt chính trị, ngày 3/10/2023, Chi bộ Trường Tân Lập tổ chức hội nghị. "
				"Kế hoạch số 8-KH/CB của Chi bộ Trung tâm Cai nghiện ma túy về công tác cán bộ.", 0, 0, 0);
	c = find_cit(r, "Công văn", "34", 0);
	CHECK(c != NULL, "Công văn 34 found");
	if (c)
	{
		CHECK_STR(c->issuer, "Chi bộ Cơ sở Cai nghiện ma túy tỉnh Minh Sơn", "issuer 'Chi bộ Cơ sở ...'");
		CHECK_STR(c->subject, "tổ chức đợt sinh hoạt chính trị", "subject after it");
	}
	c = find_cit(r, "Kế hoạch", "8", 0);
	CHECK(c != NULL, "Kế hoạch 8 found");
	if (c)
		CHECK_STR(c->issuer, "Chi bộ Trung tâm Cai nghiện ma túy", "issuer 'Chi bộ Trung tâm ...'");
	gb_result_free(r);
	/* words that may be the predicate are no part of the name */
	r = extract("Công văn số 5-CV/ĐU của Đảng ủy Công ty Tân Lập triển khai nghị quyết, ngày 3/10/2023.", 0, 0, 0);
	c = find_cit(r, "Công văn", "5", 0);
	CHECK(c == NULL || c->issuer == NULL || strstr(c->issuer, "nghị quyết") == NULL,
		  "no predicate in the issuer: %s", c && c->issuer ? c->issuer : "-");
	gb_result_free(r);
}

/*
 * Y10 again (probe 23).  A plenum's document named first without its
 * number ("kết luận Hội nghị TW4") and then numbered, issued "tại Hội nghị
 * lần thứ 4, BCH Trung ương Đảng", is one document: the numbered one, its
 * plenum and issuer read across "tại" and the comma, counted twice from
 * the first mention.  Another term's plenum stays apart; a local
 * conference after "tại" is where it is studied, no plenum.
 */
static void
test_cit_plenum_short_first(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Đảng ủy Công ty Tân Lập học tập kết luận Hội nghị TW4. Hội nghị quán triệt kết luận số 20-KL/TW "
				"ngày 16/10/2021 tại Hội nghị lần thứ 4, BCH Trung ương Đảng khóa (XIII).", 0, 0, 0);
	CHECK(r->ncitations == 1, "one document, got %d", r->ncitations);
	c = find_cit(r, "Kết luận", "20", 0);
	CHECK(c != NULL, "Kết luận 20 found");
	if (c)
	{
		CHECK(c->plenum == 4 && c->mentions == 2, "plenum %d, mentions %d", c->plenum, c->mentions);
		CHECK_STR(c->issuer, "Ban Chấp hành Trung ương", "issuer of the plenum after 'tại'");
		CHECK_STR(c->term, "XIII", "term");
		CHECK_STR(c->raw, "kết luận Hội nghị TW4", "first mention");
	}
	gb_result_free(r);

	r = extract("Đảng ủy học tập kết luận Hội nghị TW4 khóa XII. Hội nghị quán triệt kết luận số 20-KL/TW "
				"ngày 16/10/2021 tại Hội nghị lần thứ 4, BCH Trung ương Đảng khóa XIII.", 0, 0, 0);
	CHECK(r->ncitations == 2, "two terms, two documents, got %d", r->ncitations);
	gb_result_free(r);

	r = extract("Đảng ủy quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 tại Hội nghị quán triệt của Đảng ủy khối.",
				0, 0, 0);
	c = find_cit(r, "Kết luận", "21", 0);
	CHECK(c && c->plenum == 0 && c->issuer == NULL, "no plenum from a local meeting: %d",
		  c ? c->plenum : -1);
	gb_result_free(r);
}

/*
 * T2 (probe 22).  "Đảng bộ (Đảng ủy) Mặt trận Tổ quốc, các đoàn thể
 * Trung ương (tỉnh)" is one Party organization (2025): its comma ends
 * neither the organizer nor a title, and the title after it stays; the
 * Front and the mass organizations listed as such are two bodies.
 */
static void
test_front_unions_body_comma(void)
{
	org_is("Tin hoạt động\nChiều 9/7, Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương tổ chức hội nghị "
		   "sơ kết công tác 6 tháng đầu năm.", "Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương", "sơ kết");
	org_is("Tin hoạt động\nSáng 8/8, Đảng ủy MTTQ, các đoàn thể tỉnh tổ chức hội nghị giao ban quý III.",
		   "Đảng ủy MTTQ, các đoàn thể tỉnh", "giao ban");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương, "
				   "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam phát biểu.", "Hà Văn Tư", "đồng chí",
				   "Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương | "
				   "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam");
	/* a list of the bodies, no Party organization before them */
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Chủ tịch Ủy ban Mặt trận Tổ quốc, các đoàn thể tỉnh dự.",
				   "Hà Văn Tư", "đồng chí", "Chủ tịch Ủy ban Mặt trận Tổ quốc");
}

/*
 * T4 (probe 22).  "kiêm" joins two posts wherever it stands, after "Trung
 * ương" or a place's name as after "Tỉnh ủy"; the "về ..." subject of a
 * steering committee is part of its name, not the verb "về" (come).
 */
static void
test_title_kiem_steering_subject(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Trưởng Ban Nội chính Trung ương kiêm Phó Trưởng Ban Thường trực "
				   "Ban Chỉ đạo Trung ương về PCTNTC chủ trì hội nghị.", "Hà Văn Tư", "đồng chí",
				   "Trưởng Ban Nội chính Trung ương | Phó Trưởng Ban Thường trực Ban Chỉ đạo Trung ương về PCTNTC");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Bí thư Đảng ủy xã Tân Lập kiêm Chủ tịch HĐND xã phát biểu.",
				   "Hà Văn Tư", "đồng chí", "Bí thư Đảng ủy xã Tân Lập | Chủ tịch HĐND xã");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Phó Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, "
				   "tiêu cực, Chủ tịch UBND tỉnh chủ trì.", "Hà Văn Tư", "đồng chí",
				   "Phó Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực | Chủ tịch UBND tỉnh");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Phó Trưởng Ban Chỉ đạo tỉnh về chuyển đổi số phát biểu.",
				   "Hà Văn Tư", "đồng chí", "Phó Trưởng Ban Chỉ đạo tỉnh về chuyển đổi số");
	/* "về" the verb: he came to visit, to work */
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Trưởng Ban Chỉ đạo tỉnh về thăm huyện Minh Sơn.",
				   "Hà Văn Tư", "đồng chí", "Trưởng Ban Chỉ đạo tỉnh");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Trưởng Ban Chỉ đạo tỉnh về làm việc tại huyện.",
				   "Hà Văn Tư", "đồng chí", "Trưởng Ban Chỉ đạo tỉnh");
}

/*
 * V8 again (probe 22).  "UV BCH TƯ Đảng", "UVBCH Trung ương Đảng": the
 * member of the Central Committee shortened with TƯ for TW, or with the
 * committee's letters glued and "Trung ương" written out, is a title.
 */
static void
test_title_uv_bch_tu(void)
{
	check_official("Tin vắn\nDự có đ/c Hà Văn Tư, UV BCH TƯ Đảng, Bí thư Tỉnh ủy Minh Sơn.",
				   "Hà Văn Tư", "đồng chí", "UV BCH TƯ Đảng | Bí thư Tỉnh ủy Minh Sơn");
	check_official("Tin vắn\nDự có đồng chí Hà Văn Tư, UVBCH Trung ương Đảng, Bí thư Tỉnh ủy Minh Sơn.",
				   "Hà Văn Tư", "đồng chí", "UVBCH Trung ương Đảng | Bí thư Tỉnh ủy Minh Sơn");
	check_official("Tin vắn\nDự có đồng chí Hà Văn Tư, UVBCH TƯ Đảng, Bí thư Tỉnh ủy Minh Sơn.",
				   "Hà Văn Tư", "đồng chí", "UVBCH TƯ Đảng | Bí thư Tỉnh ủy Minh Sơn");
}

/*
 * P2 (probe 25).  A plenum's number after "Hội nghị lần" may be a numeral
 * word without "thứ" ("lần sáu"), and "Hội nghị lần thứ 12, 13 của Ban
 * Chấp hành Trung ương khóa XI" names two resolutions, one per plenum,
 * sharing the term; without the Central Committee after it no plenum.
 */
static void
test_cit_plenum_word_and_list(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Chi bộ Tân Lập học tập Nghị quyết Hội nghị lần bảy Ban chấp hành Trung ương Đảng khoá XIII.",
				0, 0, 0);
	CHECK(r->ncitations == 1, "one resolution, got %d", r->ncitations);
	c = find_cit(r, "Nghị quyết", NULL, 7);
	CHECK(c != NULL, "plenum 7 from 'lần bảy'");
	if (c)
		CHECK_STR(c->term, "XIII", "term");
	gb_result_free(r);

	r = extract("Đảng bộ Tân Lập quán triệt Nghị quyết Hội nghị lần thứ 8, 9 và 10 của Ban chấp hành Trung ương "
				"Đảng khóa XI. Các Nghị quyết Hội nghị lần thứ 8, 9 và 10 của Ban chấp hành Trung ương Đảng "
				"khóa XI được triển khai.", 0, 0, 0);
	CHECK(r->ncitations == 3, "three plenums, got %d", r->ncitations);
	c = find_cit(r, "Nghị quyết", NULL, 8);
	CHECK(c && c->mentions == 2 && str_is(c->term, "XI"), "plenum 8, term XI, mentions 2");
	c = find_cit(r, "Nghị quyết", NULL, 9);
	CHECK(c && c->mentions == 2 && str_is(c->term, "XI"), "plenum 9, term XI, mentions 2");
	c = find_cit(r, "Nghị quyết", NULL, 10);
	CHECK(c && c->mentions == 2 && str_is(c->term, "XI"), "plenum 10, term XI, mentions 2");
	gb_result_free(r);

	/* a conference of the Đảng bộ, not of the Central Committee */
	r = extract("Đảng bộ Tân Lập thực hiện Nghị quyết Hội nghị lần thứ 3, 4 của Đảng bộ xã.", 0, 0, 0);
	CHECK(find_cit(r, "Nghị quyết", NULL, 3) == NULL && find_cit(r, "Nghị quyết", NULL, 4) == NULL,
		  "no plenum of a local Đảng bộ");
	gb_result_free(r);
}

/*
 * P3 (probe 25).  "A, B, các Kết luận của Bộ Chính trị" is one list with
 * one issuer: the unnumbered plural that ends it is no document, but the
 * issuer written with it belongs to the numbered documents before it; a
 * document whose code names another issuer keeps its own.
 */
static void
test_cit_plural_tail_issuer(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Đảng ủy Tân Lập quán triệt Nghị quyết số 61-NQ/TW, Quy định số 214-QĐ/TW, các Kết luận của "
				"Bộ Chính trị khóa XII; Chỉ thị số 44-CT/TW của Ban Bí thư.", 0, 0, 0);
	CHECK(r->ncitations == 3, "three documents, got %d", r->ncitations);
	c = find_cit(r, "Nghị quyết", "61", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị") && str_is(c->term, "XII"), "61-NQ/TW: Bộ Chính trị, XII");
	c = find_cit(r, "Quy định", "214", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị") && str_is(c->term, "XII"), "214-QĐ/TW: Bộ Chính trị, XII");
	c = find_cit(r, "Chỉ thị", "44", 0);
	CHECK(c && str_is(c->issuer, "Ban Bí thư"), "44-CT/TW: Ban Bí thư");
	gb_result_free(r);

	r = extract("Sở Tân Lập triển khai Nghị định số 17/2021/NĐ-CP, các Thông tư của Bộ Nội vụ.", 0, 0, 0);
	c = find_cit(r, "Nghị định", "17", 0);
	CHECK(c && !str_is(c->issuer, "Bộ Nội vụ"), "the Chính phủ's decree keeps its issuer");
	gb_result_free(r);
}

/*
 * N3 (probe 24).  A ceremony that awards the Party badge for years of
 * membership ("Lễ trao (tặng) Huy hiệu N năm tuổi Đảng") is held as a
 * meeting, as "lễ tuyên dương" is: its kind, date and the body holding it.
 */
static void
test_kind_le_trao_huy_hieu(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nNgày 31/12/2020, Thành ủy Minh Sơn tổ chức Lễ trao tặng Huy hiệu 40 năm tuổi Đảng cho "
		   "các đảng viên.", "Thành ủy Minh Sơn", "lễ trao Huy hiệu");
	org_is("Tin hoạt động\nSáng 3/2/2021, Đảng ủy xã Tân Phú tổ chức lễ trao Huy hiệu Đảng đợt 3/2 cho đảng viên.",
		   "Đảng ủy xã Tân Phú", "lễ trao Huy hiệu");
	r = extract("Tin hoạt động\nNgày 31/12/2020, Thành ủy Minh Sơn tổ chức Lễ trao tặng Huy hiệu 40 năm tuổi "
				"Đảng cho các đảng viên.", 0, 0, 0);
	CHECK(held_is(r, 2020, 12, 31), "lễ trao Huy hiệu: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * N7 (probe 24).  "Đại hội tiến hành tổng kết thực hiện Nghị quyết ...": an
 * activity named in a sentence whose subject is the congress is an item of
 * its agenda; the kind stays "đại hội".  The term of the resolution it
 * reviews is not the term the congress opens.
 */
static void
test_kind_congress_agenda(void)
{
	GbResult   *r;

	org_is("Tin hoạt động\nĐại hội Đảng bộ tỉnh Minh Sơn lần thứ I, nhiệm kỳ 2025-2030 diễn ra trong 2 ngày 28 và 29/9. "
		   "Đại hội tiến hành tổng kết thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025.",
		   "Đảng bộ tỉnh Minh Sơn", "đại hội");
	r = extract("Tin hoạt động\nĐại hội thực hiện 3 nội dung gồm tiến hành tổng kết thực hiện Nghị quyết Đại hội "
				"Đảng bộ huyện nhiệm kỳ 2020 - 2025. Đại hội diễn ra trong 2 ngày 28 và 29/9.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "đại hội"), "agenda kind: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	CHECK(held_is(r, 0, 0, 0), "not the reviewed term: %d", r->meeting.held_on.y);
	gb_result_free(r);
	org_is("Tin hoạt động\nSáng 28/9/2025, Đại hội Đảng bộ huyện Minh Sơn lần thứ XX khai mạc. Sáng 29/9, Đại hội "
		   "tiến hành tổng kết thực hiện Nghị quyết nhiệm kỳ 2020 - 2025.", "Đảng bộ huyện Minh Sơn", "đại hội");
	/* a conference that reviews keeps its kind */
	org_is("Tin hoạt động\nNgày 28/9/2025, Huyện ủy Minh Sơn tổ chức Hội nghị tổng kết công tác năm 2025.",
		   "Huyện ủy Minh Sơn", "tổng kết");
}

/*
 * N8 (probe 24).  A sentence opened by a meeting named by its number, with
 * or without its body, then what it did ("Hội nghị lần thứ 12 (của) Ban
 * Chấp hành ... đã thảo luận") names the meeting's kind, dated or not; not
 * one spoken of as a document's source ("... đã ban hành Nghị quyết").
 */
static void
test_kind_named_meeting_dateless(void)
{
	GbResult   *r;

	r = extract("Tin hoạt động\nHội nghị lần thứ 12 của Ban Chấp hành Đảng bộ huyện Minh Sơn đã thảo luận cho ý kiến "
				"về đề án sắp xếp bộ máy.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "hội nghị"), "lần thứ 12 của: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nHội nghị Ban Chấp hành Đảng bộ huyện Minh Sơn lần thứ 12 đã thảo luận cho ý kiến về "
				"đề án sắp xếp bộ máy.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "hội nghị"), "BCH lần thứ 12: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nHội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XI đã ban hành Nghị quyết số 28-NQ/TW "
				"về Chiến lược bảo vệ Tổ quốc.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL, "issued by: %s", r->meeting.meeting_kind);
	gb_result_free(r);
}

/*
 * P9 (probe 25).  "buổi sinh hoạt chính trị tư tưởng" is a meeting held,
 * as "sinh hoạt chuyên đề" is: its kind, and the body holding it.
 */
static void
test_kind_sinh_hoat_chinh_tri(void)
{
	org_is("Tin hoạt động\nNgày 14/9/2021, Đảng ủy Công ty CP than Minh Sơn đã tổ chức buổi sinh hoạt chính trị tư "
		   "tưởng chủ đề về bài viết của Tổng Bí thư.", "Đảng ủy Công ty CP than Minh Sơn",
		   "sinh hoạt chính trị tư tưởng");
	org_is("Tin hoạt động\nSáng 14/9/2021, Chi bộ thôn Tân Phú tổ chức sinh hoạt chính trị tư tưởng.",
		   "Chi bộ thôn Tân Phú", "sinh hoạt chính trị tư tưởng");
	/* "đợt sinh hoạt": a campaign a document is about, not the meeting */
	org_is("Tin hoạt động\nSáng 4/10/2023, Chi bộ thôn Tân Phú tổ chức sinh hoạt chuyên đề. Thực hiện Công văn số "
		   "78-CV/ĐU về tổ chức đợt sinh hoạt chính trị tư tưởng, chi bộ đã thảo luận.", "Chi bộ thôn Tân Phú",
		   "sinh hoạt chuyên đề");
}

/*
 * Probe 45 G1.  A body holding a political session ("tổ chức đợt / buổi
 * sinh hoạt chính trị", "buổi thông tin thời sự") holds a meeting: its
 * kind, its date and the body; "đợt" spoken of ("Công văn về tổ chức đợt
 * ..."), or praising another meeting ("là đợt sinh hoạt chính trị quan
 * trọng"), is none.
 */
static void
test_kind_political_session(void)
{
	GbResult   *r;

	r = extract("Chiều ngày 26-8, Quận ủy Cẩm Lệ đã tổ chức đợt sinh hoạt chính trị sâu rộng về xây dựng, "
				"chỉnh đốn Đảng theo Kết luận 21-KL/TW. Hơn 200 đồng chí đã dự hội nghị.", 2022, 8, 26);
	CHECK(held_is(r, 2022, 8, 26) && str_is(r->meeting.time_of_day, "chiều") &&
		  str_is(r->meeting.organizer, "Quận ủy Cẩm Lệ") && str_is(r->meeting.meeting_kind, "sinh hoạt chính trị"),
		  "political session held: %s / %s", r->meeting.organizer ? r->meeting.organizer : "NULL",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	org_is("Tin hoạt động\nSáng 12/3/2024, Đảng ủy Công an tỉnh Hòa Bình tổ chức buổi sinh hoạt chính trị kỷ niệm "
		   "94 năm Ngày thành lập Đảng.", "Đảng ủy Công an tỉnh Hòa Bình", "sinh hoạt chính trị");
	org_is("Tin hoạt động\nSáng 12/3/2024, Đảng ủy Khối các cơ quan tỉnh Lào Cai tổ chức đợt sinh hoạt chính trị "
		   "chuyên đề về học tập và làm theo tư tưởng Hồ Chí Minh.", "Đảng ủy Khối các cơ quan tỉnh Lào Cai",
		   "sinh hoạt chính trị");
	org_is("Tin hoạt động\nSáng 12/3/2024, Đảng ủy Khối Doanh nghiệp Trung ương tổ chức buổi thông tin thời sự "
		   "cho cán bộ chủ chốt.", "Đảng ủy Khối Doanh nghiệp Trung ương", "thông tin thời sự");
	/* a campaign spoken of, and one praising another meeting: the meeting's kind stays */
	org_is("Tin hoạt động\nSáng 4/10/2023, Chi bộ thôn Tân Phú tổ chức sinh hoạt chuyên đề. Thực hiện Công văn số "
		   "78-CV/ĐU về tổ chức đợt sinh hoạt chính trị, chi bộ đã thảo luận.", "Chi bộ thôn Tân Phú",
		   "sinh hoạt chuyên đề");
	org_is("Tin hoạt động\nSáng 20/5/2024, Đảng ủy Bộ đội Biên phòng tỉnh tổ chức hội nghị quán triệt Nghị quyết. "
		   "Đây là đợt sinh hoạt chính trị quan trọng nhằm học tập nghị quyết.", "Đảng ủy Bộ đội Biên phòng tỉnh",
		   "quán triệt");
	/* a sentence about political life, opening on it, names no meeting; the one held does */
	org_is("Tin hoạt động\nSinh hoạt chính trị là nhiệm vụ thường xuyên. Sáng 12/3/2024, Chi bộ thôn An Phú họp "
		   "định kỳ.", "Chi bộ thôn An Phú", "họp");
	org_is("Tin hoạt động\nSáng 12/3/2024, Chi bộ thôn An Phú tổ chức sinh hoạt chính trị về Nghị quyết.",
		   "Chi bộ thôn An Phú", "sinh hoạt chính trị");
}

/*
 * S2 again (probe 24).  "Cụm thi đua 1 tổng kết công tác thi đua": a
 * group's bare number before the activity it holds (its predicate) is its
 * number, and the group, subject of the activity, organizes it.
 */
static void
test_org_group_number_activity(void)
{
	org_is("Tin hoạt động\nNgày 27/2/2014, Cụm thi đua 2 tổng kết công tác thi đua năm 2013.", "Cụm thi đua 2",
		   "tổng kết");
	org_is("Tin hoạt động\nSáng 12/1/2015, Cụm thi đua 5 tổng kết công tác thi đua năm 2014.", "Cụm thi đua 5",
		   "tổng kết");
}

/*
 * N5 (probe 24).  "Đảng bộ / Đảng ủy cơ quan (thường trực) <agency>": the
 * Party organization of an agency, "cơ quan" in lower case inside its name;
 * it is the organizer, neither cut to "Đảng bộ" nor replaced by the agency.
 */
static void
test_organizer_agency_party(void)
{
	org_is("Tin hoạt động\nNgày 12/4/2021, Đảng bộ cơ quan thường trực Ban Chỉ đạo Minh Sơn đã tổ chức Đại hội "
		   "lần thứ II nhiệm kỳ 2021-2026.", "Đảng bộ cơ quan thường trực Ban Chỉ đạo Minh Sơn", "đại hội");
	org_is("Tin hoạt động\nNgày 12/4/2021, Đảng bộ cơ quan Ủy ban Kiểm tra Tỉnh ủy Minh Sơn tổ chức hội nghị sơ kết.",
		   "Đảng bộ cơ quan Ủy ban Kiểm tra Tỉnh ủy Minh Sơn", "sơ kết");
	org_is("Tin hoạt động\nNgày 12/4/2021, Đảng ủy cơ quan Văn phòng Tỉnh ủy Minh Sơn tổ chức hội nghị sơ kết.",
		   "Đảng ủy cơ quan Văn phòng Tỉnh ủy Minh Sơn", "sơ kết");
}

/*
 * N6 (probe 24).  "Q." and "P." glued to a number or a name are quận and
 * phường abbreviated: "Đảng bộ Q.2" is a body; the city in brackets after
 * it, "(TP.HCM)", is where it is, before the verb.
 */
static void
test_organizer_abbrev_ward(void)
{
	org_is("Tin hoạt động\nNgày 3/6/2020, Đảng bộ Q.4 tổ chức Đại hội đại biểu lần thứ 6 nhiệm kỳ 2020 - 2025.",
		   "Đảng bộ Q.4", "đại hội");
	org_is("Tin hoạt động\nNgày 3/6/2020, Đảng bộ P.9 tổ chức hội nghị sơ kết.", "Đảng bộ P.9", "sơ kết");
	org_is("Tin hoạt động\nNgày 3/6/2020, Đảng ủy P.Minh Sơn tổ chức hội nghị sơ kết.", "Đảng ủy P.Minh Sơn",
		   "sơ kết");
	org_is("Tin hoạt động\nNgày 3/6/2020, Đảng bộ Q.4 (TP.HCM) tổ chức Đại hội đại biểu lần thứ 6.",
		   "Đảng bộ Q.4", "đại hội");
	org_is("Tin hoạt động\nNgày 3/6/2020, Đảng bộ quận 4 (Tân Lập) đã tổ chức Đại hội đại biểu lần thứ 6.",
		   "Đảng bộ quận 4", "đại hội");
	/* lower case in brackets is no place but a note on the body, skipped (probe 65 G1) */
	org_case("Tin hoạt động\nNgày 3/6/2020, Đảng bộ quận 4 (nhiệm kỳ mới) tổ chức Đại hội.",
			 "Đảng bộ quận 4", "lower case in brackets");
}

/*
 * N2 (probe 24), the title.  "nông thôn mới" is one term: "mới" after
 * "nông thôn" is no adverb and no cut point of a steering committee's name.
 * "của tỉnh" after it is the committee's level, kept (probe 63 G6).
 */
static void
test_title_new_countryside(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo xây dựng nông thôn mới của tỉnh "
				   "chủ trì hội nghị.", "Hà Văn Tư", "đồng chí",
				   "Bí thư Tỉnh ủy | Trưởng Ban Chỉ đạo xây dựng nông thôn mới của tỉnh");
	check_official("Tin vắn\nĐồng chí Lò Văn Mạ, Phó Trưởng Ban Chỉ đạo xây dựng nông thôn mới tỉnh phát biểu.",
				   "Lò Văn Mạ", "đồng chí", "Phó Trưởng Ban Chỉ đạo xây dựng nông thôn mới tỉnh");
}

/*
 * N2 (probe 24), the organizer.  "Ban Chỉ đạo <task in lower case> tỉnh
 * <Place> tổ chức": a steering committee named by its task, its level and
 * the place's name is the subject; "nông thôn mới" one term inside it.
 */
static void
test_organizer_steering_task_place(void)
{
	org_is("Tin hoạt động\nNgày 9/8/2019, Ban Chỉ đạo xây dựng nông thôn mới tỉnh Minh Sơn tổ chức Hội nghị "
		   "sơ kết công tác 6 tháng đầu năm.", "Ban Chỉ đạo xây dựng nông thôn mới tỉnh Minh Sơn", "sơ kết");
	org_is("Tin hoạt động\nNgày 9/8/2019, Ban Chỉ đạo phòng chống thiên tai tỉnh Minh Sơn đã tổ chức Hội nghị "
		   "tổng kết.", "Ban Chỉ đạo phòng chống thiên tai tỉnh Minh Sơn", "tổng kết");
	org_case("Tin hoạt động\nTheo Ban Chỉ đạo giảm nghèo tỉnh Minh Sơn, UBND huyện tổ chức Hội nghị sơ kết.",
			 "UBND huyện", "after Theo");
}

/*
 * P11 (probe 25).  Site debris glued into one long line ending in a stop
 * reads as a lead; the short line right under it, dated by a labelled
 * "Đăng lúc:" stamp, is the headline all the same.  No stamp: no headline.
 */
static void
test_head_title_over_stamp(void)
{
	head_title_is("Tin hoạt động\nTrung tâm Minh SơnGiới thiệuHội nghị :\" Khảo sát mô hình trạm y tế giai đoạn "
				  "2020 - 2025 \"Trong chuyến công tác, sáng 3-4, đồng chí Lê Văn Tư đã đến thăm trung tâm.\n\n"
				  "Trung tâm Minh Sơn học tập, quán triệt các Nghị quyết của Bộ Chính trị\n\n"
				  "Đăng lúc: 08:10:05 12/11/2021 (GMT+7)\n\nNgày 10/11, Đảng ủy Trung tâm tổ chức hội nghị.",
				  "Trung tâm Minh Sơn học tập, quán triệt các Nghị quyết của Bộ Chính trị");
	head_title_is("Tin hoạt động\nTrung tâm Minh SơnGiới thiệuHội nghị :\" Khảo sát mô hình trạm y tế giai đoạn "
				  "2020 - 2025 \"Trong chuyến công tác, sáng 3-4, đồng chí Lê Văn Tư đã đến thăm trung tâm.\n\n"
				  "Trung tâm Minh Sơn học tập, quán triệt các Nghị quyết của Bộ Chính trị\n\n"
				  "Ngày 10/11, Đảng ủy Trung tâm tổ chức hội nghị.", NULL);
}

/*
 * P7 (probe 25): "phòng, chống" inside a title is one verb pair, after a
 * department's words too ("Sở Chỉ huy phòng, chống dịch"); what it is
 * against may be a disease's code in mixed case ("Covid-19")
 */
static void
test_title_phong_chong_dept(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Phó Chỉ huy trưởng Sở Chỉ huy công tác phòng, chống dịch "
				   "Covid-19 Thành phố chủ trì cuộc họp.",
				   "Hà Văn Tư", "đồng chí",
				   "Phó Chỉ huy trưởng Sở Chỉ huy công tác phòng, chống dịch Covid-19 Thành phố");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Phó Chỉ huy trưởng Sở Chỉ huy phòng, chống thiên tai tỉnh "
				   "chủ trì cuộc họp.",
				   "Hà Văn Tư", "đồng chí", "Phó Chỉ huy trưởng Sở Chỉ huy phòng, chống thiên tai tỉnh");
}

/*
 * P5 (probe 25): a mass organization written in lower case ("công đoàn",
 * "đoàn thanh niên", "hội cựu chiến binh") is the body of the title before it
 */
static void
test_title_lower_mass_org(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư - Phó Giám đốc, Chủ tịch công đoàn Bệnh viện phổ biến nghị quyết.",
				   "Hà Văn Tư", "đồng chí", "Phó Giám đốc | Chủ tịch công đoàn Bệnh viện");
	check_official("Tin vắn\nDự có đồng chí Lò Văn Mạ, Bí thư đoàn thanh niên xã Tân Lập.",
				   "Lò Văn Mạ", "đồng chí", "Bí thư đoàn thanh niên xã Tân Lập");
	check_official("Tin vắn\nDự có đồng chí Lò Văn Mạ, Chủ tịch hội cựu chiến binh xã.",
				   "Lò Văn Mạ", "đồng chí", "Chủ tịch hội cựu chiến binh xã");
}

/*
 * P6 (probe 25): a duty in lower case ("phụ trách công tác tuyên giáo Đảng
 * ủy") inside a list of titles does not end it; a duty with no title after
 * it ends the list
 */
static void
test_title_after_duty(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Chủ nhiệm Ủy ban kiểm tra, phụ trách công tác tuyên giáo "
				   "Đảng ủy, Phó Giám đốc Bệnh viện phát biểu.",
				   "Hà Văn Tư", "đồng chí", "Chủ nhiệm Ủy ban kiểm tra | Phó Giám đốc Bệnh viện");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Phó Chủ tịch UBND tỉnh, phụ trách khối văn xã, dự hội nghị.",
				   "Hà Văn Tư", "đồng chí", "Phó Chủ tịch UBND tỉnh");
}

/* N9 (probe 24): a title ends before "nhiệm kỳ" and its years, the term is no part of the post */
static void
test_title_before_term(void)
{
	check_official("Tin vắn\nBà Lò Thị Mai giữ chức Bí thư Đảng ủy phường Tân Lập nhiệm kỳ 2025-2030.",
				   "Lò Thị Mai", "bà", "Bí thư Đảng ủy phường Tân Lập");
	check_official("Tin vắn\nÔng Hà Văn Tư, Ủy viên Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 dự hội nghị.",
				   "Hà Văn Tư", "ông", "Ủy viên Ban Chấp hành Đảng bộ tỉnh");
}

/*
 * S1 again (probes 24, 25): the post one is elected to after "tái đắc cử
 * chức", "tái cử chức vụ", "bầu A vào chức vụ"; all the posts listed after
 * the verb are his, those of several named before it only the first
 */
static void
test_taken_post_more(void)
{
	check_official("Tin vắn\nÔng Hà Văn Tư tái đắc cử chức Bí thư Quận ủy Tân Lập.",
				   "Hà Văn Tư", "ông", "Bí thư Quận ủy Tân Lập");
	check_official("Tin vắn\nÔng Hà Văn Tư tái cử chức vụ Bí thư Huyện ủy Minh Sơn.",
				   "Hà Văn Tư", "ông", "Bí thư Huyện ủy Minh Sơn");
	check_official("Tin vắn\nHội nghị đã bầu đồng chí Hà Văn Tư vào chức vụ Bí thư Đảng bộ Bệnh viện.",
				   "Hà Văn Tư", "đồng chí", "Bí thư Đảng bộ Bệnh viện");
	check_official("Tin vắn\nBà Lò Thị Mai được chỉ định giữ chức Bí thư Đảng ủy, Chủ tịch HĐND phường Tân Lập.",
				   "Lò Thị Mai", "bà", "Bí thư Đảng ủy | Chủ tịch HĐND phường Tân Lập");
	check_official("Tin vắn\nCác đồng chí Hà Văn Tư và Lò Văn Mạ được bầu giữ chức Phó Bí thư Huyện ủy, "
				   "Cao Văn Sáu được bầu làm Chủ tịch.",
				   "Lò Văn Mạ", "đồng chí", "Phó Bí thư Huyện ủy");
}

/*
 * S1 again (probe 25): the unit a title heads named again in lower case
 * ("Hiệu trưởng nhà trường") before the verb of a post taken ("làm")
 */
static void
test_taken_post_after_unit(void)
{
	check_official("Tin vắn\nHuyện ủy chỉ định bà Lò Thị Mai - Hiệu trưởng nhà trường làm Bí thư Chi bộ.",
				   "Lò Thị Mai", "bà", "Hiệu trưởng | Bí thư Chi bộ");
	check_official("Tin vắn\nĐảng ủy chỉ định ông Hà Văn Tư - Giám đốc đơn vị làm Bí thư Chi bộ.",
				   "Hà Văn Tư", "ông", "Giám đốc | Bí thư Chi bộ");
}

/* A medical degree before a name ("Bác sĩ", "Bác sỹ", "BSCKII", "TS.BS") introduces
 * the person as "ThS" does; it is no part of the name */
static void
test_medical_degree_prefix(void)
{
	const char *t = "Tin vắn\nDự có Bác sỹ Hà Văn Tư Ủy viên thường vụ Đảng bộ, Trưởng phòng Tổ chức Hành chính, "
		"Bác sĩ Lò Văn Mạ- Ủy viên Ban chấp hành Đảng bộ, Phó Giám đốc Bệnh viện.";

	check_official(t, "Hà Văn Tư", NULL, "Ủy viên thường vụ Đảng bộ | Trưởng phòng Tổ chức Hành chính");
	check_official(t, "Lò Văn Mạ", NULL, "Ủy viên Ban chấp hành Đảng bộ | Phó Giám đốc Bệnh viện");
	check_official("Tin vắn\nVề phía Bệnh viện có BSCKII Cao Thị Sáu, Bí thư Đảng ủy, Giám đốc Bệnh viện.",
				   "Cao Thị Sáu", NULL, "Bí thư Đảng ủy | Giám đốc Bệnh viện");
	check_official("Tin vắn\nDự có TS.BS Đinh Văn Bảy, Giám đốc Sở Y tế.",
				   "Đinh Văn Bảy", NULL, "Giám đốc Sở Y tế");
}

/* "Chử" is a Vietnamese surname (as Chu): the name after a title is read whatever
 * its middle syllable ("Chử Xuân ...") */
static void
test_surname_chu_hoi(void)
{
	check_official("Tin vắn\nCùng dự có Phó Chủ tịch UBND huyện Minh Sơn Chử Xuân Tám; lãnh đạo một số phòng, ban.",
				   "Chử Xuân Tám", NULL, "Phó Chủ tịch UBND huyện Minh Sơn");
	check_official("Tin vắn\nĐồng chí Lò Văn Mạ chủ trì hội nghị.", "Lò Văn Mạ", "đồng chí", "");
}

/* A list of "titles – Name" items: the dash before the first name closes its
 * titles, so the titles between two names are the next one's */
static void
test_title_dash_name_list(void)
{
	const char *t = "Tin vắn\nBí thư Huyện ủy, Chủ tịch HĐND huyện – Hà Văn Tư, Phó Bí thư Thường trực Huyện ủy, "
		"Trưởng Ban Dân vận Huyện ủy - Lò Văn Mạ, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện – Cao Văn Sáu chủ trì hội nghị.";

	check_official(t, "Hà Văn Tư", NULL, "Bí thư Huyện ủy | Chủ tịch HĐND huyện");
	check_official(t, "Lò Văn Mạ", NULL, "Phó Bí thư Thường trực Huyện ủy | Trưởng Ban Dân vận Huyện ủy");
	check_official(t, "Cao Văn Sáu", NULL, "Phó Bí thư Huyện ủy | Chủ tịch UBND huyện");
	/* a title after the last item's name and no dash after it stays his */
	check_official("Tin vắn\nBí thư Huyện ủy – Hà Văn Tư, Chủ tịch HĐND huyện chủ trì hội nghị.",
				   "Hà Văn Tư", NULL, "Bí thư Huyện ủy | Chủ tịch HĐND huyện");
}

/* A level after a committee abbreviated to its letter: "Quận ủy Q.2", "Huyện ủy H.Minh Sơn", "Đảng ủy P.9" */
static void
test_title_abbrev_level(void)
{
	check_official("Tin vắn\nÔng Hà Văn Tư tái cử chức Bí thư Quận ủy Q.2.", "Hà Văn Tư", "ông",
				   "Bí thư Quận ủy Q.2");
	check_official("Tin vắn\nĐồng chí Lò Thị Hoa, Bí thư Huyện uỷ H.Minh Sơn phát biểu.", "Lò Thị Hoa", "đồng chí",
				   "Bí thư Huyện ủy H.Minh Sơn");
	check_official("Tin vắn\nĐồng chí Cao Văn Sáu, Bí thư Đảng ủy P.9 chủ trì hội nghị.", "Cao Văn Sáu", "đồng chí",
				   "Bí thư Đảng ủy P.9");
}

/*
 * Found by the fuzzer: a period closing past the last year a date may have
 * ("quý 4" of 9999) gave the bound 10000-01-01; now there is none, and the
 * meeting's own date stays
 */
static void
test_period_past_last_year(void)
{
	GbResult   *r = extract("Tin vắn\nNgày 20/12/9999, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác "
							"quý IV năm 9999.", 0, 0, 0);

	CHECK(r->meeting.period_lo.y == 0 && r->meeting.period_hi.y == 0,
		  "period of 9999's fourth quarter: %d-%d to %d-%d", r->meeting.period_lo.y,
		  r->meeting.period_lo.m, r->meeting.period_hi.y, r->meeting.period_hi.m);
	CHECK(held_is(r, 9999, 12, 20), "held_on of 20/12/9999");
	gb_result_free(r);
}

static void
test_cochair_role(void)
{
	GbResult   *r = extract("Tin vắn\nSáng 8/12, đồng chí Hà Văn Tư, Bí thư Tỉnh ủy chủ trì Hội nghị tổng kết "
							"công tác tổ chức xây dựng Đảng năm 2025. Cùng chủ trì có các đồng chí: Lò Văn Mạ, "
							"Phó Bí thư Tỉnh ủy; Cao Văn Sáu, Trưởng Ban Tổ chức Tỉnh ủy.", 0, 0, 0);

	CHECK(has_role(official(r, "Hà Văn Tư"), "chủ trì"), "the chair's role");
	CHECK(has_role(official(r, "Lò Văn Mạ"), "đồng chủ trì") && !has_role(official(r, "Lò Văn Mạ"), "chủ trì"),
		  "\"Cùng chủ trì có\": đồng chủ trì");
	CHECK(has_role(official(r, "Cao Văn Sáu"), "đồng chủ trì"), "the list's second person too");
	CHECK(r->meeting.nchairs == 3, "three chairs: %d", r->meeting.nchairs);
	gb_result_free(r);
	r = extract("Tin vắn\nNgày 20/6, các đồng chí: Hà Văn Tư, Phó trưởng Ban Tổ chức Trung ương; Lò Văn Mạ, "
				"Bí thư Tỉnh ủy đồng chủ trì Hội nghị giao ban công tác tổ chức xây dựng Đảng.", 0, 0, 0);
	CHECK(has_role(official(r, "Hà Văn Tư"), "đồng chủ trì") && has_role(official(r, "Lò Văn Mạ"), "đồng chủ trì"),
		  "\"đồng chủ trì\" of the meeting: đồng chủ trì");
	CHECK(r->meeting.nchairs == 2, "two chairs: %d", r->meeting.nchairs);
	gb_result_free(r);
}

static void
test_attend_participation(void)
{
	GbResult   *r = extract("Tin vắn\nHội nghị có sự tham gia của các lãnh đạo tỉnh Minh Sơn, bao gồm đồng chí "
							"Hà Văn Tư, Phó Bí thư Thường trực Tỉnh ủy; Lò Văn Mạ, Phó Bí thư Tỉnh ủy.", 0, 0, 0);

	CHECK(has_role(official(r, "Hà Văn Tư"), "dự"), "\"sự tham gia của\": dự");
	CHECK(has_role(official(r, "Lò Văn Mạ"), "dự"), "the list's second person too");
	gb_result_free(r);
	r = extract("Tin vắn\nÔng Cao Văn Sáu tái đắc cử Bí thư Huyện ủy; Đại hội cũng đã bầu 26 đại biểu chính thức "
				"và 2 đại biểu dự khuyết dự Đại hội đại biểu Đảng bộ tỉnh.", 0, 0, 0);
	CHECK(official(r, "Cao Văn Sáu") && official(r, "Cao Văn Sáu")->nroles == 0,
		  "elected delegates \"dự Đại hội\": no role of the person named");
	gb_result_free(r);
	r = extract("Tin vắn\nÔng Cao Văn Sáu tái đắc cử Bí thư Huyện ủy; Đại hội bầu 26 đại biểu chính thức dự "
				"Đại hội đại biểu Đảng bộ tỉnh.", 0, 0, 0);
	CHECK(official(r, "Cao Văn Sáu") && official(r, "Cao Văn Sáu")->nroles == 0,
		  "\"đại biểu chính thức dự\": no role either");
	gb_result_free(r);
}

static void
test_point_presence_direction(void)
{
	GbResult   *r = extract("Tin vắn\nSáng 9/4, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc. Tại điểm cầu "
							"Tỉnh ủy Minh Sơn có các đồng chí: Hà Văn Tư, Phó Bí thư Thường trực Tỉnh ủy; Lò Văn Mạ, "
							"Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.", 0, 0, 0);

	CHECK(has_role(official(r, "Hà Văn Tư"), "dự") && has_role(official(r, "Lò Văn Mạ"), "dự"),
		  "\"Tại điểm cầu X có các đồng chí\": dự");
	gb_result_free(r);
	r = extract("Tin vắn\nĐó là ý kiến chỉ đạo của đồng chí Cao Văn Sáu, Bí thư Tỉnh ủy tại Hội nghị chuyên đề "
				"diễn ra sáng ngày 14/3. Cần làm theo ý kiến chỉ đạo của đồng chí Vi Văn Lâm, Chủ tịch UBND tỉnh.",
				0, 0, 0);
	CHECK(has_role(official(r, "Cao Văn Sáu"), "chỉ đạo"), "\"ý kiến chỉ đạo của A tại Hội nghị\": chỉ đạo");
	CHECK(official(r, "Vi Văn Lâm") && official(r, "Vi Văn Lâm")->nroles == 0,
		  "directions not said given at the meeting: no role");
	gb_result_free(r);
}

static void
test_title_term_and_section_head(void)
{
	check_official("Tin vắn\nĐồng chí Hà Văn Tư tái đắc cử Bí thư Huyện ủy Minh Sơn khóa XVIII.",
				   "Hà Văn Tư", "đồng chí", "Bí thư Huyện ủy Minh Sơn");
	check_official("Tin vắn\nÔng Hà Văn Tư, Ủy viên Ban Chấp hành Đảng bộ tỉnh khoá XX, Bí thư Huyện ủy dự hội nghị.",
				   "Hà Văn Tư", "ông", "Ủy viên Ban Chấp hành Đảng bộ tỉnh | Bí thư Huyện ủy");
	check_official("Tin vắn\nDự có Thiếu tướng Hà Văn Tư - Đại biểu Quốc hội khóa XV.",
				   "Hà Văn Tư", NULL, "Đại biểu Quốc hội khóa XV");
	check_official("Tin vắn\nDự có ông Hà Văn Tư, Ủy viên Bộ Chính trị, Phó trưởng bộ phận Thường trực "
				   "chuyên trách Tiểu ban Văn kiện Đại hội XIII của Đảng.",
				   "Hà Văn Tư", "ông", "Ủy viên Bộ Chính trị | Phó trưởng bộ phận Thường trực "
				   "chuyên trách Tiểu ban Văn kiện Đại hội XIII của Đảng");
}

static void
test_title_steering_objects(void)
{
	check_official("Tin vắn\nCùng dự có ông Hà Văn Tư, Giám đốc Sở Nội vụ - Ủy viên thường trực Ban Chỉ đạo các "
				   "Chương trình mục tiêu quốc gia tỉnh - Chánh Văn phòng Điều phối tỉnh.", "Hà Văn Tư", "ông",
				   "Giám đốc Sở Nội vụ | Ủy viên thường trực Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh"
				   " | Chánh Văn phòng Điều phối tỉnh");
	check_official("Tin vắn\nÔng Lò Văn Mạ, Trưởng Ban Chỉ đạo các dự án trọng điểm tỉnh phát biểu.",
				   "Lò Văn Mạ", "ông", "Trưởng Ban Chỉ đạo các dự án trọng điểm tỉnh");
	check_official("Tin vắn\nÔng Lò Văn Mạ, Phó Trưởng Ban Chỉ đạo các chi bộ phát biểu.",
				   "Lò Văn Mạ", "ông", "Phó Trưởng Ban Chỉ đạo");
}

static void
test_title_counted_holders(void)
{
	const char *t = "Tin vắn\nÔng Hà Văn Tư tái đắc cử Bí thư Huyện ủy, 02 Phó Bí thư Huyện uỷ và là ông "
		"Đinh Văn Lợi và Mạc Văn Tú.";

	check_official(t, "Hà Văn Tư", "ông", "Bí thư Huyện ủy");
	check_official(t, "Đinh Văn Lợi", "ông", "Phó Bí thư Huyện ủy");
	check_official(t, "Mạc Văn Tú", "ông", "Phó Bí thư Huyện ủy");
	check_official("Tin vắn\nĐại hội bầu 3 Phó Bí thư Tỉnh ủy là ông Đinh Văn Lợi, Mạc Văn Tú và Lò Văn Mạ.",
				   "Lò Văn Mạ", "ông", "Phó Bí thư Tỉnh ủy");
}

/*
 * probe 52 G7: "<post> là hai đồng chí A và B", "là các ông A, B và C",
 * "là 2 đồng chí: A, B": those after "là", counted under one honorific,
 * each hold the post; a count the names do not match gives it to no one.
 */
static void
test_title_holders_after_la(void)
{
	const char *t = "Tin vắn\nĐồng chí Vũ Văn Liên được bầu giữ chức Bí thư Đảng ủy khối nhiệm kỳ 2015-2020; "
		"Phó Bí thư Đảng ủy khối là hai đồng chí Thái Duy Phương và Nguyễn Văn Nghĩa.";

	check_official(t, "Thái Duy Phương", "đồng chí", "Phó Bí thư Đảng ủy khối");
	check_official(t, "Nguyễn Văn Nghĩa", "đồng chí", "Phó Bí thư Đảng ủy khối");
	t = "Tin vắn\nĐại hội đã bầu các chức danh. Phó Chủ tịch UBND tỉnh là các ông Lê Văn Hùng, Hoàng Văn Nam "
		"và Trần Minh Đức.";
	check_official(t, "Lê Văn Hùng", "ông", "Phó Chủ tịch UBND tỉnh");
	check_official(t, "Trần Minh Đức", "ông", "Phó Chủ tịch UBND tỉnh");
	t = "Tin vắn\nĐại hội đã bầu các chức danh. Phó Bí thư Huyện ủy là 2 đồng chí: Lò Văn Mạ, Cao Thị Sáu.";
	check_official(t, "Lò Văn Mạ", "đồng chí", "Phó Bí thư Huyện ủy");
	check_official(t, "Cao Thị Sáu", "đồng chí", "Phó Bí thư Huyện ủy");
	check_official("Tin vắn\nĐại hội đã bầu các chức danh. Phó Bí thư Huyện ủy là ba đồng chí Lò Văn Mạ và "
				   "Cao Thị Sáu.", "Lò Văn Mạ", "đồng chí", "");
}

/*
 * probe 55 G2: "Hai/Các <post> là ông A và ông B", "là các ông A, B và C",
 * "là A và B": the class counted in words or by "các", each one after
 * "là" holds the post, with his own honorific or one shared.
 */
static void
test_title_holders_counted_words(void)
{
	const char *t = "Tin vắn\nHai Phó Chủ tịch HĐND tỉnh là ông Lê Thanh Hùng và ông Hồ Thanh Thủy. Các Phó "
		"Chủ tịch UBND tỉnh là các ông Lê Minh Chiến, Phan Như Nguyện và Vương Phương Nam. Hai Ủy viên "
		"Thường trực HĐND tỉnh là Trần Văn Hai và Nguyễn Thị Ba. Ba Phó Bí thư Tỉnh ủy là bà Lý Thị Hằng, "
		"ông Phùng Văn Đức và ông Mạc Văn Tuấn. Các Phó Chủ tịch UBND huyện là ông Vũ Văn Lợi và Đinh Văn "
		"Chung.";

	check_official(t, "Lê Thanh Hùng", "ông", "Phó Chủ tịch HĐND tỉnh");
	check_official(t, "Hồ Thanh Thủy", "ông", "Phó Chủ tịch HĐND tỉnh");
	check_official(t, "Lê Minh Chiến", "ông", "Phó Chủ tịch UBND tỉnh");
	check_official(t, "Vương Phương Nam", "ông", "Phó Chủ tịch UBND tỉnh");
	check_official(t, "Trần Văn Hai", NULL, "Ủy viên Thường trực HĐND tỉnh");
	check_official(t, "Nguyễn Thị Ba", NULL, "Ủy viên Thường trực HĐND tỉnh");
	check_official(t, "Lý Thị Hằng", "bà", "Phó Bí thư Tỉnh ủy");
	check_official(t, "Mạc Văn Tuấn", "ông", "Phó Bí thư Tỉnh ủy");
	check_official(t, "Vũ Văn Lợi", "ông", "Phó Chủ tịch UBND huyện");
	check_official(t, "Đinh Văn Chung", "ông", "Phó Chủ tịch UBND huyện");
}

/*
 * R9 (probe 58 G6): a year after a post's name ("Cụm trưởng Cụm thi đua số
 * 2 năm 2025") dates the post and ends it before its "năm": no title ends
 * in a dangling "năm".
 */
static void
test_title_year_of_post(void)
{
	check_official("Dự hội nghị có các đồng chí: Trịnh Tuấn Sinh, Phó Bí thư Tỉnh ủy; Nguyễn Văn Hùng, Ủy viên "
				   "Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Thanh Hóa, Cụm trưởng Cụm thi đua số 2 năm 2025 Ban "
				   "Tổ chức Trung ương.", "Nguyễn Văn Hùng", "đồng chí",
				   "Ủy viên Ban Thường vụ | Trưởng Ban Tổ chức Tỉnh ủy Thanh Hóa | Cụm trưởng Cụm thi đua số 2");
	check_official("Đồng chí Lê Văn Tám, Giám đốc Sở Nội vụ, Trưởng Khối thi đua các cơ quan Đảng tỉnh năm 2025 "
				   "phát biểu.", "Lê Văn Tám", "đồng chí",
				   "Giám đốc Sở Nội vụ | Trưởng Khối thi đua các cơ quan Đảng tỉnh");
	check_official("Đồng chí Lò Văn Mạ, Khối trưởng Khối thi đua các sở, ngành năm 2024 dự.", "Lò Văn Mạ",
				   "đồng chí", "Khối trưởng Khối thi đua các sở, ngành");
	check_official("Đồng chí Hồ Văn An, Trưởng đoàn kiểm tra năm 2024 của Tỉnh ủy dự.", "Hồ Văn An", "đồng chí",
				   "Trưởng đoàn kiểm tra");
}

/*
 * R9 (probe 58 G7): in a list of "name, titles" items, a ":" typed for ";"
 * after a title that goes on a person's titles after a comma closes that
 * person's item: the title is his, not the next name's.  A group's label
 * after a ";" ("; Ủy viên Ban Thường vụ Tỉnh ủy: B, ...; C, ...") stays
 * the group's.
 */
static void
test_title_colon_for_semicolon(void)
{
	const char *t = "Dự hội nghị có đồng chí Trịnh Tuấn Sinh, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh "
		"Thanh Hóa: Nguyễn Văn Hùng, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy.";
	const char *v = "Dự có đồng chí Lê Thị Hoa, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Hương Khê: Võ Văn Dũng, "
		"Phó Chủ tịch HĐND huyện.";
	const char *g = "Dự hội nghị có các đồng chí: Trần Văn An, Bí thư Tỉnh ủy; Ủy viên Ban Thường vụ Tỉnh ủy: Lê "
		"Văn Bình, Trưởng Ban Tuyên giáo Tỉnh ủy; Hồ Văn Cường, Trưởng Ban Dân vận Tỉnh ủy.";

	check_official(t, "Trịnh Tuấn Sinh", "đồng chí", "Phó Bí thư Tỉnh ủy | Chủ tịch Ủy ban MTTQ tỉnh Thanh Hóa");
	check_official(t, "Nguyễn Văn Hùng", NULL, "Ủy viên Ban Thường vụ | Trưởng Ban Tổ chức Tỉnh ủy");
	check_official(v, "Lê Thị Hoa", "đồng chí", "Phó Bí thư Huyện ủy | Chủ tịch UBND huyện Hương Khê");
	check_official(v, "Võ Văn Dũng", NULL, "Phó Chủ tịch HĐND huyện");
	/* as before: a group's label */
	check_official(g, "Trần Văn An", "đồng chí", "Bí thư Tỉnh ủy");
	check_official(g, "Lê Văn Bình", "đồng chí", "Ủy viên Ban Thường vụ Tỉnh ủy | Trưởng Ban Tuyên giáo Tỉnh ủy");
}

/*
 * R9 (probe 59 G3): commune and district pages shorten "đồng chí" to "đc",
 * "Đc", "đ.c" (never "DC"); "CT UBMTTQ xã" is the Front's chairman as "CT
 * UBND xã" is the People's Committee's; "Ủy viên TVTU" keeps its "Ủy viên".
 */
static void
test_title_commune_abbrevs(void)
{
	GbResult   *r;

	check_official("Về dự có đ/c Bùi Nhân Sâm, Bí thư HU; đc Hà Hải Long UVBTV HU - Trưởng công an huyện; "
				   "đ/c Nguyễn Văn Linh HUV.", "Hà Hải Long", "đồng chí", "UVBTV HU | Trưởng công an huyện");
	check_official("Dự có Đc Lê Văn Tám, Phó Chủ tịch UBND huyện Cẩm Xuyên.", "Lê Văn Tám", "đồng chí",
				   "Phó Chủ tịch UBND huyện Cẩm Xuyên");
	check_official("Dự có đ.c Trần Thị Bích, Chủ tịch Hội LHPN huyện.", "Trần Thị Bích", "đồng chí",
				   "Chủ tịch Hội LHPN huyện");
	check_official("Phát biểu khai mạc, đồng chí Phạm Thanh Sang, PBT Đảng ủy – CT UBMTTQ xã nhấn mạnh.",
				   "Phạm Thanh Sang", "đồng chí", "PBT Đảng ủy | CT UBMTTQ xã");
	check_official("Đồng chí Lê Văn Hòa, CT MTTQ huyện Hương Khê phát biểu.", "Lê Văn Hòa", "đồng chí",
				   "CT MTTQ huyện Hương Khê");
	check_official("Tham dự có Ủy viên TVTU, Trưởng Ban Tổ chức Tỉnh ủy Phan Xuân Toàn.", "Phan Xuân Toàn", NULL,
				   "Ủy viên TVTU | Trưởng Ban Tổ chức Tỉnh ủy");
	check_official("Dự có đồng chí Võ Văn Minh, Ủy viên TVHU, Chủ tịch UBND huyện.", "Võ Văn Minh", "đồng chí",
				   "Ủy viên TVHU | Chủ tịch UBND huyện");
	/* as before: "TVTU" alone; a "DC" that is no honorific */
	check_official("Dự có đồng chí Lê Văn Cường, TVTU, Chủ tịch UBND tỉnh.", "Lê Văn Cường", "đồng chí",
				   "TVTU | Chủ tịch UBND tỉnh");
	r = extract("Ông Trần Văn An làm việc tại Washington DC Nguyễn Văn Bình.", 0, 0, 0);
	CHECK(official(r, "Nguyễn Văn Bình") == NULL || official(r, "Nguyễn Văn Bình")->honorific == NULL,
		  "\"DC\" is no honorific");
	gb_result_free(r);
}

/*
 * R9 (probe 59 G4): "huyện đoàn", "thành đoàn", "xã đoàn" in lower case
 * are the level's Youth Union committee, the title's whole body, not the
 * level alone; "huyện đoàn kết" is no such body.
 */
static void
test_title_lower_youth_union(void)
{
	check_official("Về dự có đ/c Nguyễn Văn Linh HUV- Bí thư huyện đoàn và các đồng chí đại diện BTG huyện ủy.",
				   "Nguyễn Văn Linh", "đồng chí", "HUV | Bí thư huyện đoàn");
	check_official("Dự hội nghị có đồng chí Lê Văn Minh, Bí thư thành đoàn.", "Lê Văn Minh", "đồng chí",
				   "Bí thư thành đoàn");
	check_official("Đồng chí Trần Văn Hải, Bí thư xã đoàn phát biểu.", "Trần Văn Hải", "đồng chí",
				   "Bí thư xã đoàn");
	check_official("Đồng chí Phạm Thị Lan, Phó Bí thư huyện đoàn, cùng dự.", "Phạm Thị Lan", "đồng chí",
				   "Phó Bí thư huyện đoàn");
	check_official("Đồng chí Hồ Văn Tư, Bí thư Đoàn xã dự.", "Hồ Văn Tư", "đồng chí", "Bí thư Đoàn xã");
	check_official("Đồng chí Lò Văn Mạ, Chủ tịch UBND huyện đoàn kết các dân tộc.", "Lò Văn Mạ", "đồng chí",
				   "Chủ tịch UBND huyện");
}

/*
 * R9 (probe 60 G1): a committee named after fields, listed with commas and
 * "và", the later ones (or the first one's last words) in lower case: the
 * whole name is the title's, up to "của <body>" or a level; a "giữ chức"
 * post after it is kept.  A body's known unit ("Ban Tuyên giáo") with "và"
 * and a group after it is no field list.  A steering committee named by
 * its task is the organizer whole.
 */
static void
test_title_committee_fields(void)
{
	static const char *const org[][2] = {
		{"Sáng 4/10/2025, Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62-KL/TW tổ chức hội nghị.",
		 "Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62-KL/TW"},
		{"Ngày 25-4-2019, Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62-KL/TW của Bộ Chính trị tổ "
		 "chức hội nghị.", "Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62-KL/TW của Bộ Chính trị"},
		{"Sáng 4/10/2025, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh tổ chức hội nghị.",
		 "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh"},
		{"Chiều 2/8/2024, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực huyện Gia Viễn tổ chức hội nghị.",
		 "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực huyện Gia Viễn"},
		{"Ngày 5/3/2024, Đoàn Kiểm tra của Ban Chỉ đạo tổng kết 20 năm thực hiện Nghị quyết 26-NQ/TW tổ "
		 "chức hội nghị tại Đảng ủy xã Tân Lập.",
		 "Đoàn Kiểm tra của Ban Chỉ đạo tổng kết 20 năm thực hiện Nghị quyết 26-NQ/TW"},
	};
	int			i;

	check_official("Dự hội nghị có ông Trịnh Xuân An, Ủy viên Thường trực Ủy ban Quốc phòng và an ninh của "
				   "Quốc hội.", "Trịnh Xuân An", "ông",
				   "Ủy viên Thường trực Ủy ban Quốc phòng và an ninh của Quốc hội");
	check_official("Dự hội nghị có ông Lê Hoàng Hải, Ủy viên chuyên trách Ủy ban Khoa học, công nghệ và môi "
				   "trường của Quốc hội.", "Lê Hoàng Hải", "ông",
				   "Ủy viên chuyên trách Ủy ban Khoa học, công nghệ và môi trường của Quốc hội");
	check_official("Dự có bà Trần Thị Lan, Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội.", "Trần Thị Lan",
				   "bà", "Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội");
	check_official("Dự có ông Võ Văn Nam, Ủy viên Ủy ban Tài chính, ngân sách của Quốc hội.", "Võ Văn Nam",
				   "ông", "Ủy viên Ủy ban Tài chính, ngân sách của Quốc hội");
	check_official("Dự có bà Hồ Thị Mai, Phó trưởng ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh.", "Hồ Thị Mai",
				   "bà", "Phó trưởng ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh");
	check_official("Dự có ông Lê Báy, Phó trưởng Ban chuyên trách Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh "
				   "giữ chức Phó giám đốc Sở Y tế.", "Lê Báy", "ông",
				   "Phó trưởng Ban chuyên trách Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh | Phó giám đốc Sở Y tế");
	/* as before: capitalized names; a known unit, "và" and a group after it */
	check_official("Dự có ông Đỗ Văn Hùng, Giám đốc Sở Lao động, Thương binh và Xã hội.", "Đỗ Văn Hùng", "ông",
				   "Giám đốc Sở Lao động, Thương binh và Xã hội");
	check_official("Dự có bà Lê Thị Hoa, Trưởng Ban Bảo vệ sức khỏe cán bộ tỉnh.", "Lê Thị Hoa", "bà",
				   "Trưởng Ban Bảo vệ sức khỏe cán bộ tỉnh");
	check_official("Đồng chí Nguyễn Văn Tư, Trưởng ban Tuyên giáo Trung ương và đoàn công tác của Ban Tuyên "
				   "giáo Trung ương đã làm việc với Tỉnh ủy.", "Nguyễn Văn Tư", "đồng chí",
				   "Trưởng ban Tuyên giáo Trung ương");
	check_official("Dự có ông Phan Văn Tâm, Trưởng Ban Quản lý và cán bộ của Ban Quản lý dự án.", "Phan Văn Tâm",
				   "ông", "Trưởng Ban Quản lý");
	check_official("Dự có ông Nguyễn Văn An, Phó Trưởng Ban Dân tộc, phụ trách công tác dân tộc tỉnh.",
				   "Nguyễn Văn An", "ông", "Phó Trưởng Ban Dân tộc");
	for (i = 0; i < (int) (sizeof(org) / sizeof(org[0])); i++)
	{
		GbResult   *r = extract(org[i][0], 0, 0, 0);

		CHECK(str_is(r->meeting.organizer, org[i][1]), "steering committee's task %d: %s", i,
			  r->meeting.organizer ? r->meeting.organizer : "NULL");
		gb_result_free(r);
	}
}

/*
 * probe 57 G1: "Các <post> hiện tại / mới / hiện nay là / gồm A, B, C": the
 * post's time before its holders; "bầu A, B, C giữ chức X": bare names
 * after the verb of an appointment take the post; not one proposed.
 */
static void
test_title_holders_post_time(void)
{
	const char *t = "Tin vắn\nCác Phó chủ tịch hiện tại là Đặng Việt Dũng, Nguyễn Ngọc Tuấn, Hồ Kỳ Minh cũng "
		"được bầu lại. Các Phó Bí thư mới là Lê Văn Nam, Trần Thị Hoa. Các Ủy viên UBND huyện mới là Vũ "
		"Văn Lợi, Đinh Văn Chung. Các Phó Bí thư Huyện ủy hiện nay gồm Lò Văn Mạ và Cao Thị Sáu. Hai Phó "
		"Chủ tịch HĐND tỉnh đương nhiệm là ông Lê Thanh Hùng và ông Hồ Thanh Thủy.";
	const char *b = "Tin vắn\nCác đại biểu đã bầu Phan Văn Mãi, Võ Thị Thu, Hà Minh Quân giữ chức Phó Chủ "
		"tịch UBND thành phố. Hội đồng bổ nhiệm Trần Văn Hải giữ chức Giám đốc Sở Nội vụ.";
	GbResult   *r;

	check_official(t, "Đặng Việt Dũng", NULL, "Phó chủ tịch");
	check_official(t, "Hồ Kỳ Minh", NULL, "Phó chủ tịch");
	check_official(t, "Trần Thị Hoa", NULL, "Phó Bí thư");
	check_official(t, "Đinh Văn Chung", NULL, "Ủy viên UBND huyện");
	check_official(t, "Lò Văn Mạ", NULL, "Phó Bí thư Huyện ủy");
	check_official(t, "Cao Thị Sáu", NULL, "Phó Bí thư Huyện ủy");
	check_official(t, "Hồ Thanh Thủy", "ông", "Phó Chủ tịch HĐND tỉnh");
	check_official(b, "Phan Văn Mãi", NULL, "Phó Chủ tịch UBND thành phố");
	check_official(b, "Võ Thị Thu", NULL, "Phó Chủ tịch UBND thành phố");
	check_official(b, "Hà Minh Quân", NULL, "Phó Chủ tịch UBND thành phố");
	check_official(b, "Trần Văn Hải", NULL, "Giám đốc Sở Nội vụ");
	/* a post proposed, no holder; a bare name with no post after it, no one */
	r = extract("Tin vắn\nBan Thường vụ đề nghị bầu Lê Văn Nam giữ chức Phó Bí thư. Đại hội bầu Trần Văn "
				"Hải vào Ban Chấp hành.", 0, 0, 0);
	CHECK(official(r, "Lê Văn Nam") == NULL && official(r, "Trần Văn Hải") == NULL,
		  "a proposal or a bare name with no post is no official");
	gb_result_free(r);
}

static void
test_cit_issuer_head_abbrev(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Huyện Tân Lập thực hiện Kế hoạch số 248-KH/TU của Ban Thường vụ Tỉnh ủy Gia Lai. "
				"BTV Tỉnh ủy đã ban hành Kế hoạch số 248-KH/TU ngày 9-8-2019 triển khai Chỉ thị số 35-CT/TW.",
				0, 0, 0);
	c = find_cit(r, "Kế hoạch", "248", 0);
	CHECK(c && str_is(c->issuer, "Ban Thường vụ Tỉnh ủy Gia Lai") && c->issued.y == 2019,
		  "248-KH/TU: Ban Thường vụ Tỉnh ủy Gia Lai, got %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	r = extract("BTV Huyện ủy ban hành Kế hoạch số 12-KH/HU ngày 3-4-2024 về công tác cán bộ.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "12", 0);
	CHECK(c && str_is(c->issuer, "Ban Thường vụ Huyện ủy"), "12-KH/HU: Ban Thường vụ Huyện ủy, got %s",
		  c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
}

static void
test_cit_term_congress_ahead(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Huyện ủy Tân Lập quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về Đại hội đảng bộ các cấp "
				"tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.", 0, 0, 0);
	c = find_cit(r, "Chỉ thị", "35", 0);
	CHECK(c && str_is(c->term, "XII") && str_is(c->key, "chi-thi:35-ct/tw@xii"),
		  "35-CT/TW before congress XIII: term XII, got %s", c && c->term ? c->term : "NULL");
	gb_result_free(r);

	r = extract("Huyện ủy Tân Lập quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp "
				"tiến tới Đại hội XIV của Đảng.", 0, 0, 0);
	c = find_cit(r, "Chỉ thị", "35", 0);
	CHECK(c && str_is(c->term, "XIII") && str_is(c->key, "chi-thi:35-ct/tw@xiii"),
		  "35-CT/TW before congress XIV: term XIII, got %s", c && c->term ? c->term : "NULL");
	gb_result_free(r);

	r = extract("Huyện ủy Tân Lập ban hành Kế hoạch số 12-KH/HU về đại hội chi bộ tiến tới Đại hội "
				"Đảng bộ tỉnh lần thứ XVI.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "12", 0);
	CHECK(c && c->term == NULL, "a local congress gives no term, got %s", c && c->term ? c->term : "NULL");
	gb_result_free(r);
}

static void
test_head_image_caption_comment_box(void)
{
	GbResult   *r = extract("leftcenterrightdel\nCác đồng chí lãnh đạo tỉnh tại đầu cầu Minh Sơn \n\n"
							"Hôm nay (12/6), Ban Bí thư Trung ương Đảng tổ chức các hội nghị trực tuyến toàn quốc.\n\n"
							"Thực hiện: ANH DŨNG - QUÁCH HÙNG\n\nBẠN ĐỌC PHẢN HỒI", 0, 0, 0);

	CHECK(r->meeting.title == NULL, "a caption under the image widget: %s", r->meeting.title);
	CHECK(str_is(r->meeting.author, "ANH DŨNG - QUÁCH HÙNG"), "byline above the comment box: %s",
		  r->meeting.author ? r->meeting.author : "NULL");
	gb_result_free(r);
}

static void
test_cit_subject_bounds(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Thực hiện Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới "
				"Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và các văn bản chỉ đạo, hướng dẫn của Trung ương, "
				"cấp ủy các cấp đã kịp thời quán triệt.", 0, 0, 0);
	c = find_cit(r, "Chỉ thị", "35", 0);
	CHECK_STR(c ? c->subject : NULL,
			  "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "35 subject");
	gb_result_free(r);

	r = extract("Hội nghị triển khai Thông báo số 55-TB/TW ngày 20/4/2019 của Bộ Chính trị về sơ kết 5 năm thực hiện "
				"Nghị quyết số 26-NQ/TW của Bộ Chính trị khóa XI về phương hướng phát triển tỉnh Tân Lập đến năm 2020.",
				0, 0, 0);
	c = find_cit(r, "Thông báo", "55", 0);
	CHECK_STR(c ? c->subject : NULL, "sơ kết 5 năm thực hiện Nghị quyết số 26-NQ/TW của Bộ Chính trị khóa XI về "
			  "phương hướng phát triển tỉnh Tân Lập đến năm 2020", "55 subject");
	gb_result_free(r);

	r = extract("Quán triệt Quy định số 377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị quy định về phân cấp quản lý cán bộ.",
				0, 0, 0);
	c = find_cit(r, "Quy định", "377", 0);
	CHECK_STR(c ? c->subject : NULL, "phân cấp quản lý cán bộ", "377 subject");
	gb_result_free(r);
}

static void
test_organizer_article(void)
{
	org_is("Tin vắn\nChiều ngày 21/7, Ban Thường vụ Tỉnh ủy đã tổ chức một hội nghị để lấy ý kiến về "
		   "dự thảo kế hoạch.", "Ban Thường vụ Tỉnh ủy", "hội nghị");
	org_is("Tin vắn\nHôm nay (12/6), Ban Bí thư Trung ương Đảng tổ chức các hội nghị trực tuyến "
		   "toàn quốc sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW.", "Ban Bí thư", NULL);
	org_is("Tin vắn\nSáng 5/3, Huyện ủy Minh Sơn tổ chức những hội nghị quán triệt.", "Huyện ủy Minh Sơn", NULL);
}

static void
test_later_time_of_day(void)
{
	GbResult   *r = extract("Tin vắn\nHôm nay (12/6), Ban Bí thư Trung ương Đảng tổ chức hội nghị trực tuyến "
							"toàn quốc sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW.\nTại Thái Bình, hội nghị sơ "
							"kết 5 năm thực hiện Chỉ thị số 05-CT/TW diễn ra sáng nay có 2 điểm cầu cấp tỉnh.",
							0, 0, 0);

	CHECK(str_is(r->meeting.time_of_day, "sáng"), "time of day said later: %s",
		  r->meeting.time_of_day ? r->meeting.time_of_day : "NULL");
	gb_result_free(r);
	/* on another day than the lead's: another meeting's time */
	r = extract("Tin vắn\nNgày 12/6, Ban Bí thư tổ chức hội nghị sơ kết.\nTrước đó, hội nghị được tổ "
				"chức vào chiều 10/6 tại Hà Nội.", 0, 0, 0);
	CHECK(r->meeting.time_of_day == NULL, "time of another day: %s",
		  r->meeting.time_of_day ? r->meeting.time_of_day : "NULL");
	gb_result_free(r);
}

static void
test_meeting_other_frames(void)
{
	GbResult   *r;

	org_is("Tin vắn\nChiều ngày 12/11, dưới sự chủ trì của đồng chí Hà Văn Tư, Bí thư Tỉnh ủy, hội nghị Ban "
		   "Chấp hành Đảng bộ tỉnh lần thứ 2, khóa XX được tổ chức để cho ý kiến.",
		   "Ban Chấp hành Đảng bộ tỉnh", "hội nghị");
	org_is("Tin vắn\nSáng 18/10, Cơ quan Đảng uỷ Khối các cơ quan tỉnh tổ chức chương trình Gặp mặt Kỷ niệm "
		   "ngày thành lập các ban xây dựng Đảng.", "Đảng ủy Khối các cơ quan tỉnh", "gặp mặt");
	r = extract("Tin vắn\nLễ chuyển giao - tiếp nhận tổ chức cơ sở Đảng thuộc Đảng ủy Khối về trực thuộc "
				"Thành ủy Hà Tĩnh được tổ chức trong chiều 28/3.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "lễ chuyển giao") && str_is(r->meeting.time_of_day, "chiều"),
		  "ceremony of handing over: %s / %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL",
		  r->meeting.time_of_day ? r->meeting.time_of_day : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nChủ trì hội nghị từ điểm cầu Hà Nội có đồng chí Nguyễn Xuân Phúc - Ủy viên Bộ "
				"Chính trị, Thủ tướng Chính phủ.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "hội nghị"), "chaired from a bridge point: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	/* a plenum without its sitting counted and said held: no organizer read from it */
	r = extract("Tin vắn\nSáng 3/4, tại hội nghị Ban Thường vụ Tỉnh ủy, đồng chí Hà Văn Tư phát biểu.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "plenum only attended: %s", r->meeting.organizer);
	gb_result_free(r);
}

static void
test_review_not_cited_year(void)
{
	GbResult   *r = extract("Tin vắn\nSáng 21-12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết việc thực "
							"hiện Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII.",
							0, 0, 0);

	CHECK(held_is(r, 0, 0, 0), "tổng kết: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin vắn\nSáng 10-3, Đảng ủy Khối tổ chức Hội nghị sơ kết việc thực hiện Quy định số "
				"114-QĐ/TW ngày 11-7-2023 của Bộ Chính trị.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "sơ kết: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin vắn\nSáng 21-12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết việc thực "
				"hiện Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII.",
				2024, 12, 22);
	CHECK(held_is(r, 2024, 12, 21), "published: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	/* never before the document it reviews */
	r = extract("Tin vắn\nSáng 21-12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết việc thực "
				"hiện Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII.",
				2017, 11, 20);
	CHECK(held_is(r, 0, 0, 0), "before the document: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin vắn\nSáng 21-12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết 7 năm thực "
				"hiện Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII.",
				0, 0, 0);
	CHECK(held_is(r, 2024, 12, 21), "7 năm: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin vắn\nSáng 21-12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị quán triệt Nghị quyết số 18 "
				"ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII.", 0, 0, 0);
	CHECK(held_is(r, 2017, 12, 21), "quán triệt: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
}

static void
test_bridge_bare_head(void)
{
	static const char *const full[] = {"Tỉnh ủy Thanh Hóa", NULL};
	static const char *const two[] = {"Tỉnh ủy Thanh Hóa", "Tỉnh ủy Nghệ An", NULL};
	GbResult   *r = extract("Tin vắn\nCác đồng chí lãnh đạo tỉnh dự tại điểm cầu Tỉnh ủy Thanh Hóa.\n"
							"Hội nghị được tổ chức trực tiếp tại điểm cầu Tỉnh ủy kết nối trực tuyến "
							"đến 281 điểm cầu.", 0, 0, 0);

	CHECK(bridges_are(r, full), "full name first: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
	r = extract("Tin vắn\nHội nghị được tổ chức trực tiếp tại điểm cầu Tỉnh ủy kết nối trực tuyến "
				"đến 281 điểm cầu.\nCác đồng chí lãnh đạo tỉnh dự tại điểm cầu Tỉnh ủy Thanh Hóa.",
				0, 0, 0);
	CHECK(bridges_are(r, full), "head alone first: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
	r = extract("Tin vắn\nSáng 5/3, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến.\nDự tại điểm cầu "
				"Tỉnh ủy Thanh Hóa có đồng chí Lê Văn Tư. Dự tại điểm cầu Tỉnh ủy Nghệ An có đồng chí "
				"Hà Văn Sáu.", 0, 0, 0);
	CHECK(bridges_are(r, two), "two named: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
}

static void
test_bridge_head_point(void)
{
	static const char *const after[] = {"Trung ương", "Thái Bình", NULL};
	static const char *const before[] = {"Thái Bình", "Trung ương", NULL};
	GbResult   *r = extract("Tin vắn\nHôm nay (12/6), Ban Bí thư Trung ương Đảng tổ chức hội nghị trực tuyến "
							"toàn quốc.\nThái Bình có 312 điểm cầu kết nối với điểm cầu Trung ương. Các đồng chí "
							"lãnh đạo tỉnh tại đầu cầu Thái Bình.", 0, 0, 0);

	CHECK(bridges_are(r, after), "after: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
	r = extract("Tin vắn\nCác đồng chí lãnh đạo tỉnh tại đầu cầu Thái Bình\nHôm nay (12/6), Ban Bí thư "
				"Trung ương Đảng tổ chức hội nghị trực tuyến toàn quốc, kết nối với điểm cầu Trung ương.",
				0, 0, 0);
	CHECK(bridges_are(r, before), "before: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
	r = extract("Tin vắn\nSáng 5/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tại trụ sở gần đầu cầu Rạch Miễu.",
				0, 0, 0);
	CHECK(r->meeting.nbridge_points == 0 && !r->meeting.online, "not online: %d points",
		  r->meeting.nbridge_points);
	gb_result_free(r);
}

static void
test_lead_spoken_item(void)
{
	GbResult   *r = extract("Tin vắn\nNgày 9/8, Chánh Văn phòng Tỉnh ủy Minh Sơn Lê Văn Tư cho biết, Bí thư Tỉnh ủy "
							"vừa ký quyết định thành lập 3 tiểu ban để chuẩn bị công tác cho Đại hội đại biểu Đảng "
							"bộ tỉnh lần thứ 12, nhiệm kỳ 2025-2030.\nChiều 7/12, Tiểu ban Điều lệ Đảng tổ chức "
							"Hội nghị quán triệt tổng kết 15 năm thi hành Điều lệ Đảng.", 0, 0, 0);

	CHECK(str_is(r->meeting.meeting_kind, "quán triệt"), "kind %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	CHECK(str_is(r->meeting.time_of_day, "chiều"), "time %s",
		  r->meeting.time_of_day ? r->meeting.time_of_day : "-");
	CHECK(held_is(r, 0, 0, 0), "held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin vắn\nSáng 15-3, các đồng chí Lê Văn Tư, Bí thư Tỉnh ủy; Hà Văn Sáu, Phó Bí thư Tỉnh ủy đã "
				"làm việc với trưởng, phó các ban về kế hoạch thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần "
				"thứ X.", 2016, 3, 15);
	CHECK(held_is(r, 2016, 3, 15), "kept: held_on %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	CHECK(str_is(r->meeting.time_of_day, "sáng"), "kept: time %s",
		  r->meeting.time_of_day ? r->meeting.time_of_day : "-");
	gb_result_free(r);
}

/* s wrapped as a wrapper does at width characters: a new string */
static char *
wrap_text(const char *s, int width)
{
	size_t		n = strlen(s);
	char	   *out = malloc(n + 1);
	size_t		line = 0,			/* where the line starts in out */
				last_space = 0;
	int			chars = 0;

	memcpy(out, s, n + 1);
	for (size_t i = 0; i < n; i++)
	{
		if (out[i] == '\n')
		{
			line = i + 1, chars = 0, last_space = 0;
			continue;
		}
		if (((unsigned char) out[i] & 0xC0) == 0x80)
			continue;
		if (out[i] == ' ')
			last_space = i;
		if (++chars > width && last_space > line)
		{
			out[last_space] = '\n';
			line = last_space + 1;
			chars = 0;
			for (size_t k = line; k <= i; k++)
				chars += (((unsigned char) out[k]) & 0xC0) != 0x80;
			last_space = 0;
		}
	}
	return out;
}

/* the soft line ends of s (offsets), as the tokenizer reads them */
static int
soft_line_ends(const char *s)
{
	GbDoc		d;
	int			n = 0;

	memset(&d, 0, sizeof(d));
	gb_doc_tokenize(&d, s, strlen(s), 0);
	for (int i = 0; i < d.nnl; i++)
		if (d.norm.data[d.nl[i].norm] == ' ')
		{
			n++;
			CHECK(d.nl[i].tok >= d.ntok || !(d.tok[d.nl[i].tok].flags & T_NL),
				  "the token after a soft line end has no line break");
		}
	gb_doc_free(&d);
	return n;
}

/* s decomposed (NFD), as ICU makes it: a new string */
static char *
nfd_of(const char *s)
{
	UErrorCode	err = U_ZERO_ERROR;
	const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
	int32_t		n16 = 0,
				d16,
				n8 = 0;
	UChar	   *u,
			   *d;
	char	   *out;

	u_strFromUTF8(NULL, 0, &n16, s, -1, &err);
	err = U_ZERO_ERROR;
	u = malloc(sizeof(UChar) * (size_t) (n16 + 1));
	u_strFromUTF8(u, n16 + 1, NULL, s, -1, &err);
	d = malloc(sizeof(UChar) * (size_t) (3 * n16 + 1));
	d16 = unorm2_normalize(nfd, u, n16, d, 3 * n16 + 1, &err);
	u_strToUTF8(NULL, 0, &n8, d, d16, &err);
	err = U_ZERO_ERROR;
	out = malloc((size_t) n8 + 1);
	u_strToUTF8(out, n8 + 1, NULL, d, d16, &err);
	CHECK(U_SUCCESS(err), "NFD of the test text: %s", u_errorName(err));
	free(u);
	free(d);
	return out;
}

/* s with each space written as a no-break space (U+00A0): a new string */
static char *
nbsp_of(const char *s)
{
	size_t		n = strlen(s),
				k = 0;
	char	   *out = malloc(2 * n + 1);

	for (size_t i = 0; i < n; i++)
	{
		if (s[i] == ' ')
		{
			out[k++] = (char) 0xC2;
			out[k++] = (char) 0xA0;
		}
		else
			out[k++] = s[i];
	}
	out[k] = '\0';
	return out;
}

/* officials' names and titles, citations' keys and the meeting's facts */
static void
report_digest(const GbResult *r, char *buf, size_t size)
{
	size_t		len = 0;

	len += snprintf(buf + len, size - len, "%s|%s|%s|%d-%d-%d|", r->meeting.meeting_kind ? r->meeting.meeting_kind : "",
					r->meeting.organizer ? r->meeting.organizer : "",
					r->meeting.time_of_day ? r->meeting.time_of_day : "",
					r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	for (int i = 0; i < r->ncitations && len < size; i++)
		len += snprintf(buf + len, size - len, "%s;", r->citations[i].key);
	for (int i = 0; i < r->nofficials && len < size; i++)
	{
		len += snprintf(buf + len, size - len, "%s:", r->officials[i].name);
		for (int t = 0; t < r->officials[i].ntitles && len < size; t++)
			len += snprintf(buf + len, size - len, "%s,", r->officials[i].titles[t]);
	}
}

/* ---- the same report however it is encoded -------------------------------- */

/* appends to a growing buffer */
typedef struct Digest
{
	char	   *s;
	size_t		len;
	size_t		cap;
} Digest;

static void
dput(Digest *g, const char *label, const char *v)
{
	size_t		n = strlen(label) + (v ? strlen(v) : 1) + 3;

	if (g->len + n + 1 > g->cap)
	{
		g->cap = 2 * (g->len + n + 1);
		g->s = realloc(g->s, g->cap);
	}
	g->len += (size_t) sprintf(g->s + g->len, "%s=%s\n", label, v ? v : "-");
}

static void
dput_date(Digest *g, const char *label, GbDate d)
{
	char		iso[32];

	snprintf(iso, sizeof(iso), "%d-%d-%d", d.y, d.m, d.d);
	dput(g, label, iso);
}

static void
dput_int(Digest *g, const char *label, int v)
{
	char		num[16];

	snprintf(num, sizeof(num), "%d", v);
	dput(g, label, num);
}

/*
 * Every field of a result but the spans and the citations' raw text, which
 * are positions in and bytes of the original as written: a new string.
 */
static char *
full_digest(const GbResult *r)
{
	const GbMeeting *m = &r->meeting;
	Digest		g = {NULL, 0, 0};

	dput(&g, "title", m->title);
	dput(&g, "source", m->source);
	dput(&g, "author", m->author);
	dput_date(&g, "published", m->published);
	dput(&g, "kind", m->meeting_kind);
	dput_date(&g, "held_on", m->held_on);
	dput_int(&g, "inferred", m->date_inferred);
	dput(&g, "time", m->time_of_day);
	dput(&g, "organizer", m->organizer);
	dput_date(&g, "period_lo", m->period_lo);
	dput_date(&g, "period_hi", m->period_hi);
	dput(&g, "period_text", m->period_text);
	dput(&g, "scope", m->scope);
	dput_int(&g, "online", m->online);
	for (int i = 0; i < m->nbridge_points; i++)
		dput(&g, "bridge", m->bridge_points[i]);
	for (int i = 0; i < m->nchairs; i++)
		dput(&g, "chair", m->chairs[i]);
	for (int i = 0; i < r->ncitations; i++)
	{
		const GbCitation *c = &r->citations[i];

		dput(&g, "citation", c->key);
		dput(&g, " kind", c->kind);
		dput(&g, " code", c->code);
		dput_date(&g, " issued", c->issued);
		dput(&g, " issuer", c->issuer);
		dput_int(&g, " plenum", c->plenum);
		dput(&g, " term", c->term);
		dput(&g, " subject", c->subject);
		dput_int(&g, " mentions", c->mentions);
	}
	for (int i = 0; i < r->nofficials; i++)
	{
		const GbOfficial *o = &r->officials[i];

		dput(&g, "official", o->name);
		dput(&g, " key", o->name_key);
		dput(&g, " honorific", o->honorific);
		for (int t = 0; t < o->ntitles; t++)
			dput(&g, " title", o->titles[t]);
		for (int t = 0; t < o->nroles; t++)
			dput(&g, " role", o->roles[t]);
		dput_int(&g, " chairs", o->chairs);
		dput(&g, " point", o->point);
		dput_int(&g, " mentions", o->mentions);
	}
	return g.s;
}

/*
 * s with each from[k] replaced by to[k] where a letter does not follow (the
 * pairs are a syllable's end): a new string
 */
static char *
replace_ends(const char *s, const char *const *from, const char *const *to, int npairs)
{
	size_t		n = strlen(s),
				k = 0;
	char	   *out = malloc(2 * n + 1);

	for (size_t i = 0; i < n;)
	{
		int			p;

		for (p = 0; p < npairs; p++)
		{
			size_t		fl = strlen(from[p]);
			unsigned char next;

			if (strncmp(s + i, from[p], fl) != 0)
				continue;
			next = (unsigned char) s[i + fl];
			if (!((next | 0x20) >= 'a' && (next | 0x20) <= 'z') && next < 0x80 &&
				(i == 0 || (s[i - 1] != 'q' && s[i - 1] != 'Q')))
				break;
		}
		if (p < npairs)
		{
			strcpy(out + k, to[p]);
			k += strlen(to[p]);
			i += strlen(from[p]);
		}
		else
			out[k++] = s[i++];
	}
	out[k] = '\0';
	return out;
}

/* s with every byte sequence from replaced by to: a new string */
static char *
replace_all(const char *s, const char *from, const char *to)
{
	size_t		n = strlen(s),
				fl = strlen(from),
				tl = strlen(to),
				k = 0;
	char	   *out = malloc(n * (tl > fl ? tl : 1) + 1);

	for (size_t i = 0; i < n;)
	{
		if (strncmp(s + i, from, fl) == 0)
		{
			memcpy(out + k, to, tl);
			k += tl;
			i += fl;
		}
		else
			out[k++] = s[i++];
	}
	out[k] = '\0';
	return out;
}

/* a file's bytes, NUL-terminated, or NULL */
static char *
read_text_file(const char *path)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	if (fread(buf, 1, (size_t) n, f) != (size_t) n)
		n = 0;
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/*
 * The seed reports (test/data/seeds) give every field the same answer
 * written in NFD, with old tone placement, with no-break spaces, with CRLF
 * line ends, with en dashes for hyphens, with curly quotes, and all of
 * these at once: what a user gets must not depend on how a portal or an
 * editor encoded the same text.
 */
static void
test_seed_encodings(void)
{
	static const char *const seeds[] = {
		"test/data/seeds/000_5327f5567aecf496.txt",
		"test/data/seeds/001_74db067d2dbffab4.txt",
		"test/data/seeds/002_6c05edbfbb656e89.txt",
		"test/data/seeds/003_492413fa215982bc.txt",
		"test/data/seeds/004_08361227f022f5cb.txt",
	};
	/* new tone placement and the old one, at a syllable's end */
	static const char *const new_tone[] = {
		"ủy", "Ủy", "úy", "ùy", "ũy", "ụy", "óa", "òa", "ỏa", "õa", "ọa", "Hòa", "Hóa", "óe", "òe", "ỏe",
	};
	static const char *const old_tone[] = {
		"uỷ", "Uỷ", "uý", "uỳ", "uỹ", "uỵ", "oá", "oà", "oả", "oã", "oạ", "Hoà", "Hoá", "oé", "oè", "oẻ",
	};
	const char *const names[] = {"NFD", "old tone", "no-break spaces", "CRLF", "en dashes",
	"curly quotes", "all at once"};

	for (size_t f = 0; f < sizeof(seeds) / sizeof(seeds[0]); f++)
	{
		char	   *text = read_text_file(seeds[f]);
		char	   *want;
		char	   *v[7];
		GbResult   *r;

		CHECK(text != NULL, "seed %s readable (run from the repository's top)", seeds[f]);
		if (text == NULL)
			continue;
		r = extract(text, 0, 0, 0);
		want = full_digest(r);
		CHECK(r->nofficials > 0 && r->ncitations > 0, "seed %s: officials and citations", seeds[f]);
		gb_result_free(r);

		v[0] = nfd_of(text);
		v[1] = replace_ends(text, new_tone, old_tone, (int) (sizeof(new_tone) / sizeof(new_tone[0])));
		v[2] = nbsp_of(text);
		v[3] = replace_all(text, "\n", "\r\n");
		v[4] = replace_all(text, "-", "\xe2\x80\x93");
		{
			/* opening and closing quotes by position: after a letter, a closing one */
			size_t		n = strlen(text),
						k = 0;

			v[5] = malloc(3 * n + 1);
			for (size_t i = 0; i < n; i++)
			{
				if (text[i] == '"')
				{
					bool		closing = i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n' &&
						text[i - 1] != '(';

					memcpy(v[5] + k, closing ? "\xe2\x80\x9d" : "\xe2\x80\x9c", 3);
					k += 3;
				}
				else
					v[5][k++] = text[i];
			}
			v[5][k] = '\0';
		}
		{
			char	   *a = replace_ends(text, new_tone, old_tone, (int) (sizeof(new_tone) / sizeof(new_tone[0]))),
					   *b = replace_all(a, "-", "\xe2\x80\x93"),
					   *c = nbsp_of(b),
					   *d = replace_all(c, "\n", "\r\n");

			v[6] = nfd_of(d);
			free(a);
			free(b);
			free(c);
			free(d);
		}
		for (int k = 0; k < 7; k++)
		{
			char	   *got;

			CHECK(strcmp(v[k], text) != 0 || k == 1 || k == 4 || k == 5,
				  "seed %s: the %s text differs from the original", seeds[f], names[k]);
			r = extract(v[k], 0, 0, 0);
			got = full_digest(r);
			if (strcmp(want, got) != 0)
			{
				size_t		i = 0;

				while (want[i] && want[i] == got[i])
					i++;
				while (i > 0 && want[i - 1] != '\n')
					i--;
				CHECK(false, "seed %s %s: differs from\n  %.200s\n  got\n  %.200s", seeds[f], names[k],
					  want + i, got + i);
			}
			free(got);
			gb_result_free(r);
			free(v[k]);
		}
		free(want);
		free(text);
	}
}

static void
test_hard_wrapped(void)
{
	static const char *report =
		"Hội nghị giao ban công tác tổ chức xây dựng Đảng quý III\n\n"
		"Sáng 18/10/2024, tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban công tác "
		"tổ chức xây dựng Đảng quý III năm 2024. Đồng chí Lê Minh Hưng, Ủy viên Bộ Chính trị, "
		"Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương chủ trì hội nghị. Cùng dự có các "
		"đồng chí: Hoàng Đăng Quang, Ủy viên Trung ương Đảng, Phó Trưởng Ban Thường trực Ban Tổ "
		"chức Trung ương; Nguyễn Quang Dương, Phó Trưởng Ban Tổ chức Trung ương.\n\n"
		"Hội nghị đã đánh giá kết quả thực hiện Quy định số 205-QĐ/TW ngày 23-9-2019 của Bộ Chính "
		"trị về việc kiểm soát quyền lực trong công tác cán bộ và chống chạy chức, chạy quyền và "
		"Hướng dẫn số 26-HD/BTCTW của Ban Tổ chức Trung ương về công tác đảng viên trong các cơ "
		"quan, đơn vị thuộc khối doanh nghiệp nhà nước, nhiệm kỳ 2020 - 2025.\n";
	static const int widths[] = {48, 60, 72, 90};
	char		want[4096],
				got[4096];
	GbResult   *r;
	char	   *crlf;

	r = extract(report, 0, 0, 0);
	report_digest(r, want, sizeof(want));
	gb_result_free(r);
	CHECK(soft_line_ends(report) == 0, "a text of paragraphs a line each has no soft line end");
	for (int w = 0; w < (int) (sizeof(widths) / sizeof(widths[0])); w++)
	{
		char	   *wrapped = wrap_text(report, widths[w]);

		CHECK(soft_line_ends(wrapped) > 5, "wrapped at %d: line ends read as spaces", widths[w]);
		r = extract(wrapped, 0, 0, 0);
		report_digest(r, got, sizeof(got));
		CHECK(strcmp(want, got) == 0, "wrapped at %d gives what the text gives:\n  %s\n  %s",
			  widths[w], want, got);
		CHECK(r->meeting.title && strcmp(r->meeting.title, "Hội nghị giao ban công tác tổ chức xây dựng Đảng quý III") == 0,
			  "wrapped at %d: the headline stays one: %s", widths[w], r->meeting.title ? r->meeting.title : "(null)");
		gb_result_free(r);
		free(wrapped);
	}

	/*
	 * the same wrapped text decomposed (NFD), or with no-break spaces
	 * between its words: a line's width is its characters as a reader sees
	 * them, and a no-break space parts words as a space does
	 */
	{
		char	   *wrapped = wrap_text(report, 60);
		char	   *variants[2] = {nfd_of(wrapped), nbsp_of(wrapped)};
		int			soft = soft_line_ends(wrapped);

		for (int v = 0; v < 2; v++)
		{
			CHECK(strlen(variants[v]) > strlen(wrapped), "the %s text is another text",
				  v ? "no-break space" : "NFD");
			CHECK(soft_line_ends(variants[v]) == soft, "%s wrapped: %d soft line ends, want %d",
				  v ? "no-break space" : "NFD", soft_line_ends(variants[v]), soft);
			r = extract(variants[v], 0, 0, 0);
			report_digest(r, got, sizeof(got));
			CHECK(strcmp(want, got) == 0, "%s wrapped:\n  %s\n  %s", v ? "no-break space" : "NFD",
				  want, got);
			gb_result_free(r);
			free(variants[v]);
		}
		free(wrapped);
	}

	/* CRLF line ends, and single line ends between paragraphs */
	{
		char	   *wrapped = wrap_text(report, 72);
		size_t		n = strlen(wrapped);
		size_t		k = 0;

		crlf = malloc(2 * n + 1);
		for (size_t i = 0; i < n; i++)
		{
			if (wrapped[i] == '\n')
				crlf[k++] = '\r';
			crlf[k++] = wrapped[i];
		}
		crlf[k] = '\0';
		r = extract(crlf, 0, 0, 0);
		report_digest(r, got, sizeof(got));
		CHECK(strcmp(want, got) == 0, "CRLF wrapped:\n  %s\n  %s", want, got);
		gb_result_free(r);
		free(crlf);
		free(wrapped);
	}

	/* a line past the width (a link, say) keeps its line end in a wrapped text */
	{
		char	   *wrapped = wrap_text(report, 60);
		const char *link = "\nNguồn: https://www.example.vn/tin-tuc/hoi-nghi-giao-ban-cong-tac-to-chuc-xay-dung-dang-quy-3-nam-2024.html\nBan Tổ chức Trung ương\n";
		char	   *text = malloc(strlen(wrapped) + strlen(link) + 1);
		GbDoc		d;
		bool		kept = false;

		strcpy(text, wrapped);
		strcat(text, link);
		memset(&d, 0, sizeof(d));
		gb_doc_tokenize(&d, text, strlen(text), 0);
		for (int i = 0; i < d.nnl; i++)
			if (d.nl[i].os > 0 && strncmp(text + d.nl[i].os + 1, "Ban Tổ chức", 5) == 0)
				kept = d.norm.data[d.nl[i].norm] == '\n';
		CHECK(kept, "the line end after a line past the width stays");
		gb_doc_free(&d);
		free(text);
		free(wrapped);
	}

	/* a list of headlines of about one length is no wrapped text */
	CHECK(soft_line_ends("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 18, khóa XX\n"
						 "Ban Thường vụ Tỉnh ủy quán triệt Quy định số 205-QĐ/TW\n"
						 "Tổng kết công tác xây dựng Đảng năm 2024 tại huyện Ia Grai\n"
						 "Giao ban công tác tổ chức xây dựng Đảng khu vực miền Bắc\n"
						 "Đảng ủy Khối các cơ quan tỉnh triển khai nhiệm vụ năm 2025\n"
						 "Công bố quyết định điều động cán bộ của Ban Thường vụ Tỉnh ủy\n") == 0,
		  "a list of headlines keeps its line ends");
	/* a dash after a clause's end is a list item; after a wrapped number, "- 2025" is not */
	{
		const char *list = "Tại hội nghị, đại biểu thống nhất nội dung trọng tâm của công tác xây dựng\n"
			"Đảng trong thời gian tới, bao gồm những việc cụ thể được nêu ra như sau đây:\n"
			"- Tiếp tục quán triệt và thực hiện nghiêm các quy định của Trung ương về\n"
			"công tác cán bộ, nhất là Quy định số 205-QĐ/TW của Bộ Chính trị khóa XII;\n"
			"- Hoàn thiện quy hoạch cán bộ lãnh đạo, quản lý các cấp cho cả nhiệm kỳ 2025\n"
			"- 2030 và những năm tiếp theo, bảo đảm chất lượng và đúng quy trình.\n";
		GbDoc		d;
		int			soft = 0;

		memset(&d, 0, sizeof(d));
		gb_doc_tokenize(&d, list, strlen(list), 0);
		CHECK(d.nnl == 6, "six line ends, got %d", d.nnl);
		for (int i = 0; i < d.nnl; i++)
			soft |= (d.norm.data[d.nl[i].norm] == ' ') << i;
		CHECK(soft == (1 << 0 | 1 << 2 | 1 << 4), "soft line ends 0, 2, 4: got %#x", soft);
		gb_doc_free(&d);
	}
}

/* the soft line ends of s as bits, line end i the bit 1 << i */
static unsigned
soft_mask(const char *s)
{
	GbDoc		d;
	unsigned	soft = 0;

	/* an arena, as gb_extract() gives: the title grammar may name a body */
	memset(&d, 0, sizeof(d));
	d.arena = gb_arena_new();
	gb_doc_tokenize(&d, s, strlen(s), 0);
	for (int i = 0; i < d.nnl && i < 32; i++)
		if (d.norm.data[d.nl[i].norm] == ' ')
			soft |= 1u << i;
	gb_arena_free(d.arena);
	gb_doc_free(&d);
	return soft;
}

/* the meeting's chairs, joined by " | " */
static void
chairs_text(const GbResult *r, char *buf, size_t size)
{
	buf[0] = '\0';
	for (int k = 0; k < r->meeting.nchairs; k++)
	{
		if (k > 0)
			strncat(buf, " | ", size - strlen(buf) - 1);
		strncat(buf, r->meeting.chairs[k], size - strlen(buf) - 1);
	}
}

/*
 * R9 (probe 59 G1): text broken by hand (pasted from Word, or HTML <br>), its
 * lines of no one width: a line end inside a sentence is a space whatever
 * the widths.  The line ends in no sentence's end, and the next line goes
 * on in lower case, or after a dash or a comma, a word no phrase ends in
 * or an honorific, or inside a name after an honorific or inside a title.
 * A blank line, a list item, a heading in capitals, a photo's caption, a
 * line after a sentence's end, a page template's "null", a capital after
 * a semicolon and a title with its name after a comma keep theirs.
 */
static void
test_ragged_wrapped(void)
{
	GbResult   *r;
	char		got[512];

	/* the real text (An Giang) */
	r = extract("(TUAG)- Chiều ngày 18/02/2022, Huyện ủy Thoại Sơn tổ chức Hội\n"
				"nghị tổng kết công tác xây dựng Đảng năm 2021, triển khai phương hướng,\n"
				"nhiệm vụ trọng tâm năm 2022. Các đồng chí: Nguyễn Như Anh, TUV, Phó\n"
				"Trưởng Ban Tổ chức Tỉnh ủy; Nguyễn Hữu Thịnh - Phó Trưởng Ban Tuyên giáo\n"
				"Tỉnh ủy, đại diện các Ban Đảng Tỉnh ủy đến dự. Đồng chí Nguyễn Thị Minh\n"
				"Kiều - Bí thư Huyện ủy, Chủ tịch HĐND\n"
				"huyện; Lê Hữu Nghị, Phó Bí thư Thường trực Huyện ủy; Dương Ngọc Lắm -\n"
				"Phó Bí thư, Chủ tịch UBND huyện chủ trì hội nghị.\n", 0, 0, 0);
	chairs_text(r, got, sizeof(got));
	CHECK(strcmp(got, "Nguyễn Thị Minh Kiều | Lê Hữu Nghị | Dương Ngọc Lắm") == 0, "ragged: chairs %s", got);
	gb_result_free(r);
	check_official("Đồng chí Nguyễn Thị Minh\nKiều - Bí thư Huyện ủy, Chủ tịch HĐND\nhuyện; Lê Hữu Nghị, "
				   "Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị.", "Nguyễn Thị Minh Kiều", "đồng chí",
				   "Bí thư Huyện ủy | Chủ tịch HĐND huyện");
	/* the real text (Nam Định): a dash, an honorific at a line's end */
	r = extract("Huyện ủy Mỹ Lộc vừa tổ chức hội nghị tổng kết\n"
				"công tác xây dựng Đảng năm 2021- Triển khai phương hướng nhiệm vụ năm 2022. Tới\n"
				"dự và chỉ đạo có đ/c Trần Văn Hưng- Tỉnh ủy viên- Bí thư HU; đ/c Trần Quốc Lập-\n"
				"Phó bí thư TTHU- Chủ tịch HĐND huyện; đ/c\n"
				"Phạm Văn Long- Phó bí thư HU-Chủ tịch UBND huyện.\n", 0, 0, 0);
	CHECK(official(r, "Trần Quốc Lập") && official(r, "Trần Quốc Lập")->ntitles == 2 &&
		  strcmp(official(r, "Trần Quốc Lập")->titles[1], "Chủ tịch HĐND huyện") == 0,
		  "ragged: titles after 'Lập-'");
	CHECK(official(r, "Phạm Văn Long") && has_role(official(r, "Phạm Văn Long"), "dự"),
		  "ragged: 'đ/c' at a line's end");
	CHECK(r->meeting.title == NULL && r->meeting.author == NULL, "ragged: a lead is no headline: %s, %s",
		  r->meeting.title ? r->meeting.title : "NULL", r->meeting.author ? r->meeting.author : "NULL");
	gb_result_free(r);

	/* made up: other places, names and spellings */
	check_official("Sáng 5/3/2024, Huyện ủy Tân Lập tổ chức hội nghị sơ kết. Dự có đồng chí Trần Quốc Lập -\n"
				   "Phó Bí thư Thường trực Huyện ủy.", "Trần Quốc Lập", "đồng chí",
				   "Phó Bí thư Thường trực Huyện ủy");
	check_official("Sáng 5/3/2024, Thị ủy Ba Đồn tổ chức hội nghị. Dự có đồng chí Hoàng Văn Lâm,\n"
				   "Phó Bí thư Thường trực Thị ủy.", "Hoàng Văn Lâm", "đồng chí", "Phó Bí thư Thường trực Thị ủy");
	check_official("Sáng 5/3/2024, Huyện ủy Tân Lập tổ chức hội nghị. Dự có đồng chí Trần Văn Hưng, Bí thư "
				   "Huyện ủy, Chủ tịch HĐND\nhuyện.", "Trần Văn Hưng", "đồng chí",
				   "Bí thư Huyện ủy | Chủ tịch HĐND huyện");
	check_official("Sáng 5/3/2024, Huyện ủy Tân Lập tổ chức hội nghị. Dự có đồng chí Lê Thị Hoa, Trưởng Ban "
				   "Tổ chức\nHuyện ủy.", "Lê Thị Hoa", "đồng chí", "Trưởng Ban Tổ chức Huyện ủy");
	check_official("Đảng ủy xã Tân Hồng tổ chức hội nghị. Dự có bà Nguyễn Thị Thu\nHà, Bí thư Đảng ủy xã.",
				   "Nguyễn Thị Thu Hà", "bà", "Bí thư Đảng ủy xã");
	r = extract("Sáng 5/3/2024, Huyện ủy Tân Lập tổ chức hội nghị sơ kết. Đồng chí Lê Văn Tám, Phó Bí thư "
				"Thường trực\nHuyện ủy chủ trì hội nghị.", 0, 0, 0);
	chairs_text(r, got, sizeof(got));
	CHECK(strcmp(got, "Lê Văn Tám") == 0, "ragged: a title over a line end, chairs %s", got);
	gb_result_free(r);
	r = extract("Bí thư Thành ủy\nHải Dương\nxin từ chức chờ nghỉ hưu\n\nTTO - Ông Phạm Thế Tập đã nộp đơn "
				"xin nghỉ công tác.", 0, 0, 0);
	CHECK(str_is(r->meeting.title, "Bí thư Thành ủy Hải Dương xin từ chức chờ nghỉ hưu"),
		  "ragged: a headline broken by hand: %s", r->meeting.title ? r->meeting.title : "NULL");
	gb_result_free(r);

	/* soft: lower case; a dash; a comma; "của"; an honorific */
	CHECK(soft_mask("Hội nghị có đồng chí Lê Văn An, Chủ tịch HĐND\nhuyện dự.\n") == 1, "lower case");
	CHECK(soft_mask("Hội nghị có đồng chí Lê Văn An –\nChủ tịch UBND tỉnh dự.\n") == 1, "en dash");
	CHECK(soft_mask("Thực hiện Kế hoạch của\nBan Thường vụ Tỉnh ủy, các chi bộ họp.\n") == 1, "của");
	CHECK(soft_mask("Tới dự có ông\nVõ Văn Hưng, Bí thư Tỉnh ủy.\n") == 1, "ông");
	/* hard */
	CHECK(soft_mask("Hội nghị đã kết thúc.\nđồng chí Lê Văn An phát biểu.\n") == 0, "after a sentence's end");
	CHECK(soft_mask("Các nội dung gồm:\n- Quán triệt nghị quyết;\n- Tổng kết công tác,\na) Đánh giá\n") == 0,
		  "list items");
	CHECK(soft_mask("Hội nghị có đồng chí Lê Văn An\n\nhuyện dự.\n") == 0, "a blank line");
	CHECK(soft_mask("QUY ĐỊNH\nvề việc miễn nhiệm cán bộ\n") == 0, "a heading in capitals");
	CHECK(soft_mask("Xét đề nghị của Ban Tổ chức,\nQUYẾT ĐỊNH:\n") == 0, "a heading in capitals after");
	CHECK(soft_mask("Xuất bản thông tin\nnull Sơ kết công tác Dân vận\n") == 0, "a template's null");
	CHECK(soft_mask("Thực hiện Kế hoạch số 25-KH/ĐU của Đảng ủy xã Ninh Hải;\nNgày 21/12/2023 Đảng ủy xã "
					"tổ chức hội nghị.\n") == 0, "a capital after a semicolon");
	CHECK(soft_mask("Đồng chí Lê Văn An, Giám đốc Sở Nội vụ,\nPhó Giám đốc Sở Tài chính Trần Văn Bình dự.\n") == 0,
		  "a title and its name after a comma");
	CHECK(soft_mask("Đại hội khai mạc. Ủy viên Bộ Chính trị, Bí thư Đảng ủy Chính phủ,\nPhó thủ tướng Bùi "
					"Thanh Sơn tại đại hội - Ảnh: VGP\n") == 0, "a photo's caption");
	CHECK(soft_mask("Công bố quyết định chuẩn y Bí thư Tỉnh ủy Thái Bình\nChiều 20/10, Ban Thường vụ họp.\n") == 0,
		  "a headline ending in a title and its place");
	CHECK(soft_mask("được bầu giữ chức Bí thư Huyện ủy\nViệc kiện toàn chức danh là cần thiết.\n") == 0,
		  "a title before the next sentence");
	CHECK(soft_mask("Chức danh Bí thư\nThí điểm hợp nhất chức danh Bí thư, Chủ tịch UBND\n") == 0,
		  "a bare position before a headline");
}

/*
 * R9 (probe 64 G2): a line end typed inside a date phrase is a space: a
 * time of day or "ngày" ends the line and the date opens the next ("Sáng
 * ngày" / "12/03/2020, ..."), or the date itself is cut ("12/03/" /
 * "2020"); the meeting is dated and timed as on one line.  A blank line
 * keeps its line end, and so does a date whole on its line.
 */
static void
test_date_over_line_end(void)
{
	static const struct
	{
		const char *text;
		int			pub_day;	/* of March 2020, 0 when not known */
		const char *tod;
	}			cases[] = {
		/* the real text (Hải Phòng, a print view) */
		{"Sáng ngày\n12/03/2020, Hội đồng nhân dân thành phố khóa XV đã tiến hành kỳ họp thứ 13 "
		 "(kỳ họp bất thường).", 0, "sáng"},
		/* made up: other places, times and spellings */
		{"Sáng\n12/3, Ban Thường vụ Tỉnh ủy Thái Bình tổ chức hội nghị giao ban quý I.", 13, "sáng"},
		{"Chiều ngày\n12/3/2020, Huyện ủy Tân Lập tổ chức hội nghị sơ kết.", 0, "chiều"},
		{"Sáng ngày 12/03/\n2020, Đảng ủy Khối cơ quan tỉnh Lai Châu tổ chức hội nghị.", 0, "sáng"},
		{"Sáng ngày 12 tháng 3 năm\n2020, Thành ủy Vinh tổ chức hội nghị lần thứ 20.", 0, "sáng"},
		{"Ngày\n12/3/2020, Đảng ủy xã Tân Hồng tổ chức hội nghị sơ kết.", 0, NULL},
		{"Tối thứ Năm,\n12/3/2020, Ban Tuyên giáo Tỉnh ủy Cà Mau tổ chức hội nghị.", 0, "tối"},
		{"Hội nghị giao ban của Huyện ủy Mỹ Lộc diễn ra vào sáng ngày\n12/03/2020 tại hội trường.", 0, "sáng"},
	};

	for (int i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		GbResult   *r = extract(cases[i].text, cases[i].pub_day ? 2020 : 0, cases[i].pub_day ? 3 : 0,
								cases[i].pub_day);

		CHECK(held_is(r, 2020, 3, 12) &&
			  (cases[i].tod ? str_is(r->meeting.time_of_day, cases[i].tod) : r->meeting.time_of_day == NULL),
			  "date over a line end, case %d: %d-%d-%d %s", i, r->meeting.held_on.y, r->meeting.held_on.m,
			  r->meeting.held_on.d, r->meeting.time_of_day ? r->meeting.time_of_day : "NULL");
		gb_result_free(r);
	}
	/* soft inside the date phrase */
	CHECK(soft_mask("Sáng ngày\n12/03/2020, Hội đồng nhân dân thành phố họp.\n") == 1, "'Sáng ngày' / date");
	CHECK(soft_mask("Sáng ngày 12/03/\n2020, Hội đồng nhân dân thành phố họp.\n") == 1, "'12/03/' / year");
	/* hard: a blank line; a date whole on its line; no date on the next */
	CHECK(soft_mask("Hội nghị giao ban sáng\n\n12/03/2020 08:30\n") == 0, "a blank line before a date");
	CHECK(soft_mask("Cập nhật ngày 12/03/2020\n15 đại biểu dự hội nghị.\n") == 0, "a date whole on its line");
	CHECK(soft_mask("Hội nghị kéo dài trong ngày\n1. Khai mạc hội nghị.\n") == 0, "a list item after 'ngày'");
}

static void
test_cit_so_so(void)
{
	GbResult   *r = extract("Thực hiện công văn số số 793-CV/ĐU của Đảng ủy Tổng công ty về thời gian "
							"tổ chức đại hội.", 0, 0, 0);
	const GbCitation *c = find_cit(r, "Công văn", "793", 0);

	CHECK(c != NULL, "công văn số số 793 found");
	if (c)
		CHECK_STR(c->code, "793-CV/ĐU", "số số code");
	gb_result_free(r);
}

static void
test_cit_issuer_dau_tu(void)
{
	GbResult   *r = extract("Thực hiện Kế hoạch số 707-KH/ĐU ngày 19/9/2019 của Đảng ủy Tổng công ty Đầu tư "
							"phát triển nhà và đô thị về việc tổ chức đại hội chi bộ.", 0, 0, 0);
	const GbCitation *c = find_cit(r, "Kế hoạch", "707", 0);

	CHECK(c != NULL, "Kế hoạch 707 found");
	if (c)
		CHECK_STR(c->issuer, "Đảng ủy Tổng công ty Đầu tư phát triển nhà và đô thị", "Đầu tư issuer");
	gb_result_free(r);
	r = extract("Thực hiện Kế hoạch số 12-KH/ĐU của Đảng ủy Ngân hàng Đầu tư và Phát triển Việt Nam "
				"về việc tổ chức đại hội.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "12", 0);
	CHECK(c != NULL, "Kế hoạch 12 found");
	if (c)
		CHECK_STR(c->issuer, "Đảng ủy Ngân hàng Đầu tư và Phát triển Việt Nam", "Ngân hàng issuer");
	/* "từ", folded alike, still ends a name */
	gb_result_free(r);
	r = extract("Thực hiện Kế hoạch số 15-KH/ĐU của Đảng ủy Tổng công ty Xây dựng từ ngày 5/3/2020.",
				0, 0, 0);
	c = find_cit(r, "Kế hoạch", "15", 0);
	CHECK(c != NULL, "Kế hoạch 15 found");
	if (c)
		CHECK_STR(c->issuer, "Đảng ủy Tổng công ty Xây dựng", "từ ends the issuer");
	gb_result_free(r);
}

static void
test_cit_antecedent(void)
{
	GbResult   *r = extract("Sáng 3-7, Đảng ủy Khối tổ chức Hội nghị quán triệt các chỉ thị của Ban Bí thư "
							"Trung ương Đảng khóa XII. Các đại biểu đã quán triệt các chỉ thị của Ban Bí thư "
							"Trung ương Đảng gồm: Chỉ thị số 41-CT/TW về an ninh mạng; Chỉ thị số 42-CT/TW "
							"về phòng chống thiên tai.", 0, 0, 0);
	const GbCitation *c = find_cit(r, "Chỉ thị", "42", 0);

	CHECK(c != NULL, "Chỉ thị 42 found");
	if (c)
	{
		CHECK_STR(c->term, "XII", "term from the first antecedent");
		CHECK_STR(c->key, "chi-thi:42-ct/tw@xii", "key with the term");
	}
	gb_result_free(r);
	r = extract("Hội nghị học tập các nghị quyết của Bộ Chính trị (khóa XII) cho cán bộ.\n"
				"Cán bộ được quán triệt Nghị Quyết số 29 về Chiến lược bảo vệ Tổ quốc trên không gian "
				"mạng; Nghị quyết số 30 về Chiến lược An ninh mạng quốc gia.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "30", 0);
	CHECK(c != NULL, "Nghị quyết 30 found");
	if (c)
	{
		CHECK_STR(c->issuer, "Bộ Chính trị", "issuer of the antecedent");
		CHECK_STR(c->term, "XII", "term of the antecedent");
	}
	gb_result_free(r);
	/* a document with its own issuer keeps it */
	r = extract("Hội nghị học tập các nghị quyết của Bộ Chính trị (khóa XII). Tỉnh ủy ban hành "
				"Nghị quyết số 5 của Tỉnh ủy về du lịch.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "5", 0);
	CHECK(c != NULL && !c->term, "own issuer: no antecedent term");
	gb_result_free(r);
}

static void
test_cit_local_key(void)
{
	GbResult   *r = extract("Thực hiện Nghị quyết 02 của Ban Thường vụ Tỉnh ủy ngày 15/3/2016, Huyện ủy "
							"đã luân chuyển 7 cán bộ. Huyện ủy quán triệt Nghị quyết số 02-NQ/TW ngày "
							"12/5/2016 của Bộ Chính trị.", 0, 0, 0);
	int			k,
				n = 0;

	for (k = 0; k < r->ncitations; k++)
		if (strcmp(r->citations[k].kind, "Nghị quyết") == 0)
		{
			n++;
			if (r->citations[k].code == NULL)
				CHECK_STR(r->citations[k].key, "nghi-quyet:2/ban-thuong-vu-tinh-uy@xii", "local key");
			else
				CHECK_STR(r->citations[k].key, "nghi-quyet:02-nq/tw@xii", "central key");
		}
	CHECK(n == 2, "two resolutions 02, got %d", n);
	gb_result_free(r);
}

static void
test_roles_comma_splice(void)
{
	GbResult   *r = extract("Tin vắn\nHội nghị với sự có mặt của Chủ tịch UBND tỉnh Hà Văn Tư, Trưởng ban Tổ chức "
							"Tỉnh ủy Lò Văn Mạ và nhiều cán bộ lãnh đạo tỉnh,  Đồng chí Cao Văn Sáu, Bí thư Tỉnh ủy "
							"dự, chủ trì và chỉ đạo hội nghị.", 0, 0, 0);

	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Cao Văn Sáu") == 0,
		  "\", Đồng chí\" after a comma splice: one chair, got %d", r->meeting.nchairs);
	CHECK(has_role(official(r, "Hà Văn Tư"), "dự") && !has_role(official(r, "Hà Văn Tư"), "chủ trì"),
		  "\"sự có mặt của\": dự, no chủ trì");
	CHECK(has_role(official(r, "Lò Văn Mạ"), "dự") && !has_role(official(r, "Lò Văn Mạ"), "chủ trì"),
		  "the second person present: dự only");
	gb_result_free(r);
	/* a list of persons that goes on after a comma stays one subject */
	r = extract("Tin vắn\nĐồng chí Hà Văn Tư, Bí thư Tỉnh ủy, Đồng chí Lò Văn Mạ, Phó Bí thư Tỉnh ủy chủ trì "
				"hội nghị.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 2, "two chairs listed with commas, got %d", r->meeting.nchairs);
	gb_result_free(r);
}

static void
test_group_header_membership(void)
{
	const char *text = "Tin vắn\nĐại biểu Trung ương tham gia buổi làm việc có: Các đồng chí Ủy viên Bộ Chính trị, "
		"Bí thư Trung ương Đảng: Chủ nhiệm Ủy ban Kiểm tra Trung ương Hà Văn Tư, Trưởng ban Tổ chức Trung ương "
		"Lò Văn Mạ; Ủy viên Trung ương Đảng, Chánh Văn phòng Trung ương Đảng Cao Văn Sáu; lãnh đạo Văn phòng "
		"Tổng Bí thư, Văn phòng Chủ tịch nước.";
	GbResult   *r;

	check_official(text, "Lò Văn Mạ", "đồng chí",
				   "Ủy viên Bộ Chính trị | Bí thư Trung ương Đảng | Trưởng ban Tổ chức Trung ương");
	/* a membership of his own: the group's titles are not his */
	check_official(text, "Cao Văn Sáu", "đồng chí", "Ủy viên Trung ương Đảng | Chánh Văn phòng Trung ương Đảng");
	r = extract(text, 0, 0, 0);
	CHECK(has_role(official(r, "Hà Văn Tư"), "dự") && has_role(official(r, "Cao Văn Sáu"), "dự"),
		  "\"tham gia buổi làm việc có:\": dự");
	gb_result_free(r);
	/* "Văn phòng Tổng Bí thư" is an office, no mention of the Tổng Bí thư */
	r = extract("Tin vắn\nTổng Bí thư Vi Văn Lâm làm việc với Tỉnh ủy. Dự có lãnh đạo Văn phòng Tổng Bí thư.",
				0, 0, 0);
	CHECK(official(r, "Vi Văn Lâm") && official(r, "Vi Văn Lâm")->mentions == 1,
		  "\"Văn phòng Tổng Bí thư\": one mention, got %d",
		  official(r, "Vi Văn Lâm") ? official(r, "Vi Văn Lâm")->mentions : 0);
	gb_result_free(r);
}

static void
test_head_excerpt_bylines(void)
{
	GbResult   *r = extract("Phát biểu khai mạc Hội nghị, đồng chí Hà Văn Tư, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương, "
							"đề nghị các đại biểu tập trung thảo luận về những khó khăn, vướng mắc trong thực hiện "
							"nhiệm vụ theo Điều 32 Điều lệ Đảng…\n\nĐồng chí Hà Văn Tư phát biểu chỉ đạo Hội nghị.\n"
							"Quang cảnh Hội nghị.\n\nBáo cáo tại Hội nghị, đồng chí Lò Văn Mạ cho biết kết quả.\n"
							"Ngọc Thi", 0, 0, 0);

	/* a lead cut short by "…": the caption under it is no headline */
	CHECK(r->meeting.title == NULL, "caption after a cut lead: %s", r->meeting.title);
	gb_result_free(r);
	r = extract("Đề nghị Ban Bí thư kỷ luật Chủ tịch tỉnh Minh Sơn\n\nThế Kha| 11/08/2022 18:31\n\n"
				"Ủy ban Kiểm tra Trung ương đề nghị Ban Bí thư xem xét kỷ luật ông Hà Văn Tư.", 0, 0, 0);
	CHECK(str_is(r->meeting.author, "Thế Kha"), "\"Name| date\": byline %s",
		  r->meeting.author ? r->meeting.author : "NULL");
	CHECK(r->meeting.published.y == 2022, "and its date");
	gb_result_free(r);
	r = extract("Ủy ban Kiểm tra Trung ương họp kỳ thứ 32\n\nGD&TĐ - Từ ngày 03 đến 06/12, tại Hà Nội, Ủy ban "
				"Kiểm tra Trung ương đã họp kỳ 32.", 0, 0, 0);
	CHECK(str_is(r->meeting.source, "GD&TĐ"), "\"GD&TĐ -\": source %s",
		  r->meeting.source ? r->meeting.source : "NULL");
	gb_result_free(r);
	r = extract("Minh Sơn luân chuyển 7 cán bộ xã\n\nNgày 10/4, Huyện ủy Minh Sơn tổ chức hội nghị công bố "
				"quyết định luân chuyển cán bộ.\n\nHữu Hoàn\n\n(Đài Minh Sơn)\n\n"
				"Nguồn Nghệ An: http://baonghean.vn/thoi-su/luan-chuyen/\n", 0, 0, 0);
	CHECK(str_is(r->meeting.author, "Hữu Hoàn"), "byline above its unit and source link: %s",
		  r->meeting.author ? r->meeting.author : "NULL");
	gb_result_free(r);
}

static void
test_title_caption_verb(void)
{
	check_official("Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an đón Tổng Bí thư "
				   "Nguyễn Phú Trọng.", "Tô Lâm", NULL, "Ủy viên Bộ Chính trị | Bộ trưởng Bộ Công an");
	check_official("Tỉnh ủy điều động đồng chí Nguyễn Xuân Quang, Phó Bí thư Thường trực Huyện ủy Đại Từ "
				   "giữ chức Phó Trưởng Ban Tuyên giáo Tỉnh ủy.", "Nguyễn Xuân Quang", "đồng chí",
				   "Phó Bí thư Thường trực Huyện ủy Đại Từ | Phó Trưởng Ban Tuyên giáo Tỉnh ủy");
	check_official("ông Trần Quốc Tỏ, Thứ trưởng Công an thôi tham gia Ban Chấp hành Đảng bộ tỉnh.",
				   "Trần Quốc Tỏ", "ông", "Thứ trưởng Công an");
	/* a body's name in lower case goes on as before */
	check_official("Dự có ông Lê Văn Tám, Chủ tịch Hội Cựu chiến binh tỉnh.", "Lê Văn Tám", "ông",
				   "Chủ tịch Hội Cựu chiến binh tỉnh");
}

static void
test_title_office_of_post(void)
{
	check_official("Ban Bí thư điều động đồng chí Bùi Trường Giang, Phó Chủ nhiệm Văn phòng Chủ tịch nước làm "
				   "Phó Trưởng Ban Tuyên giáo Trung ương.", "Bùi Trường Giang", "đồng chí",
				   "Phó Chủ nhiệm Văn phòng Chủ tịch nước | Phó Trưởng Ban Tuyên giáo Trung ương");
	check_official("Cùng dự có đồng chí Đào Việt Trung, Chủ nhiệm Văn phòng Chủ tịch nước.", "Đào Việt Trung",
				   "đồng chí", "Chủ nhiệm Văn phòng Chủ tịch nước");
	/* two posts with no comma, the office's own first: still two */
	check_official("Dự có ông Lê Văn Tám, Chánh Văn phòng Tỉnh ủy, Chủ tịch Hội Cựu chiến binh tỉnh.",
				   "Lê Văn Tám", "ông", "Chánh Văn phòng Tỉnh ủy | Chủ tịch Hội Cựu chiến binh tỉnh");
}

static void
test_title_body_letters(void)
{
	GbResult   *r;

	check_official("Đến dự, có đồng chí Nguyễn Hữu Nghĩa, Bí thư Đảng ủy – Chủ tịch HĐTV Tổng Công ty. Phát "
				   "biểu tại hội nghị, đồng chí Nguyễn Hữu Nghĩa, Bí thư Đảng ủy – Chủ tịch Hội đồng thành viên "
				   "Tổng Công ty nhấn mạnh.", "Nguyễn Hữu Nghĩa", "đồng chí",
				   "Bí thư Đảng ủy | Chủ tịch Hội đồng thành viên Tổng Công ty");
	check_official("Dự có đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh. "
				   "Đồng chí Nguyễn Văn An, Ủy viên BTV Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu.", "Nguyễn Văn An",
				   "đồng chí", "Ủy viên Ban Thường vụ Tỉnh ủy | Chủ tịch Hội đồng nhân dân tỉnh");
	/* the title alone in the other spelling is the same person */
	r = extract("Dự có đồng chí Nguyễn Văn An, Chủ tịch Ủy ban nhân dân tỉnh. Đồng chí Chủ tịch UBND tỉnh "
				"phát biểu.", 0, 0, 0);
	CHECK(r->nofficials == 1 && r->officials[0].mentions == 2, "officials %d, mentions %d", r->nofficials,
		  r->nofficials ? r->officials[0].mentions : 0);
	gb_result_free(r);
}

static void
test_title_party_country(void)
{
	check_official("Đoàn do đồng chí Xisay Ludetmounsone, Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương "
				   "Đảng Nhân dân cách mạng Lào dẫn đầu.", "Xisay Ludetmounsone", "đồng chí",
				   "Ủy viên Bộ Chính trị | Trưởng ban Tổ chức Trung ương Đảng Nhân dân cách mạng Lào");
	/* no country's name after the lower-case words: the sentence goes on */
	check_official("Đồng chí Nguyễn Văn An, Bí thư Đảng Nhân dân nhấn mạnh các nhiệm vụ.", "Nguyễn Văn An",
				   "đồng chí", "Bí thư Đảng Nhân dân");
}

static void
test_title_named_body_field(void)
{
	check_official("Tới dự hội nghị có Đại tá Nguyễn Ngọc Thạch, Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh.",
				   "Nguyễn Ngọc Thạch", NULL, "Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh");
	/* no level after the lower-case words: the sentence's words stay out */
	check_official("Đại tá Nguyễn Ngọc Thạch, Chỉ huy trưởng Bộ Chỉ huy quân sự nhấn mạnh nhiệm vụ.",
				   "Nguyễn Ngọc Thạch", NULL, "Chỉ huy trưởng Bộ Chỉ huy");
}

static void
test_period_count_words(void)
{
	period_case("Tin vắn\nNgày 21-6, Ban Tổ chức Tỉnh ủy Minh Sơn tổ chức hội nghị giao ban công tác tổ chức "
				"xây dựng Đảng sáu tháng đầu năm 2013.", 2013, 1, 2013, 7, "sáu tháng đầu năm 2013");
	period_case("Tin vắn\nNgày 5-10, Huyện ủy Tân Lập tổ chức hội nghị sơ kết công tác chín tháng năm 2019.",
				2019, 1, 2019, 10, "chín tháng năm 2019");
	period_case("Tin vắn\nNgày 21-6, Huyện ủy Tân Lập tổ chức hội nghị giao ban. Tính đến hết tháng 5-2013, "
				"toàn huyện có 23 tổ chức đảng.", 0, 0, 0, 0, NULL);
}

static void
test_period_future_window(void)
{
	period_case("Tin vắn\nThực hiện kế hoạch của Đảng ủy Khối, trong tháng 3/2020, các chi bộ trực thuộc sẽ "
				"tiến hành đại hội.\nNgày 03/3, Chi bộ Văn phòng Huyện ủy Tân Lập đã tổ chức Đại hội lần thứ "
				"IV, nhiệm kỳ 2020 - 2022.", 0, 0, 0, 0, NULL);
	/* done in the month: reviewed */
	period_case("Tin vắn\nNgày 2/4/2020, Huyện ủy Tân Lập tổ chức giao ban. Trong tháng 3/2020, các chi bộ "
				"đã hoàn thành đại hội.", 2020, 3, 2020, 4, "tháng 3/2020");
}

/*
 * Probe 54 G9.  The future written before "trong tháng 12" in its clause
 * ("Ban sẽ tổ chức ... trong tháng 12") makes the month a plan's window, as
 * after it; a month reviewed with "đã" still is the period.
 */
static void
test_period_future_before(void)
{
	period_case("Tin vắn\nSáng 12-11-2025, Ban Tuyên giáo Trung ương tổ chức phiên họp. Ban sẽ tổ chức các hội "
				"nghị quán triệt trong tháng 12.", 0, 0, 0, 0, NULL);
	period_case("Tin vắn\nNgày 5/11/2024, Huyện ủy Minh Sơn tổ chức giao ban. Huyện dự kiến tổ chức đại hội "
				"các chi bộ trong tháng 12/2024.", 0, 0, 0, 0, NULL);
	/* the future of another sentence is not this clause's */
	period_case("Tin vắn\nNgày 5/12/2024, Huyện ủy Minh Sơn tổ chức giao ban. Huyện sẽ tiếp tục chỉ đạo. Các "
				"chi bộ đã hoàn thành đại hội trong tháng 11/2024.", 2024, 11, 2024, 12, "tháng 11/2024");
}

/*
 * Probe 53 G8.  "đầu năm 2025", "giữa năm 2024" say when a meeting is
 * held, a point in the year as "đầu tháng" is in a month: no whole year
 * reviewed.  "6 tháng đầu năm 2025" still is a period.
 */
static void
test_period_year_point(void)
{
	period_case("Tin vắn\nNgày 03/02/2025, Đảng ủy phường Phổ Thạnh tổ chức họp giao ban đầu năm 2025 nhằm đánh "
				"giá tình hình trước, trong và sau Tết Nguyên đán Ất Tỵ 2025.", 0, 0, 0, 0, NULL);
	period_case("Tin vắn\nSáng 6/1/2025, Huyện ủy Minh Sơn tổ chức hội nghị giao ban đầu năm 2025.",
				0, 0, 0, 0, NULL);
	period_case("Tin vắn\nSáng 8/7/2024, Đảng ủy xã Tân Lập tổ chức giao ban giữa năm 2024.", 0, 0, 0, 0, NULL);
	period_case("Tin vắn\nSáng 8/7/2024, Đảng ủy xã Tân Lập tổ chức sơ kết công tác 6 tháng đầu năm 2024.",
				2024, 1, 2024, 7, "6 tháng đầu năm 2024");
}

static void
test_period_year_of_plan(void)
{
	period_case("Ban Tổ chức Tỉnh ủy Minh Sơn triển khai nhiệm vụ quý II năm 2024\nHội nghị tại điểm cầu "
				"tỉnh Minh Sơn\n\nTrong Quý I, toàn ngành đã quán triệt các quy định của Trung ương. Quan tâm đánh "
				"giá, xếp loại chất lượng năm 2023 đối với tổ chức đảng.\n\nPhát biểu tại hội nghị, đồng chí "
				"Nguyễn Văn An đề nghị tiếp tục quán triệt các quy định.", 2024, 1, 2024, 4, "Quý I");
	period_case("Ban Tổ chức Tỉnh ủy Minh Sơn triển khai nhiệm vụ quý I năm 2025\nHội nghị tại điểm cầu "
				"tỉnh Minh Sơn\n\nTrong quý IV, toàn ngành đã quán triệt các quy định. Quan tâm đánh giá, xếp loại "
				"chất lượng năm 2023.\n\nPhát biểu tại hội nghị, đồng chí Nguyễn Văn An đề nghị tiếp tục "
				"quán triệt các quy định.", 2024, 10, 2025, 1, "quý IV");
}

static void
test_period_joined_kinds(void)
{
	period_case("Tin vắn\nChiều ngày 1/4, Ban Tổ chức Tỉnh ủy Minh Sơn tổ chức giao ban công tác tổ chức xây "
				"dựng Đảng tháng 3 và quý I năm 2019.", 2019, 1, 2019, 4, "tháng 3 và quý I năm 2019");
	period_case("Tin vắn\nSáng 5/7/2023, Ban Tổ chức Tỉnh ủy Minh Sơn tổ chức hội nghị giao ban công tác tổ "
				"chức xây dựng Đảng quý II và 6 tháng đầu năm 2023.", 2023, 1, 2023, 7,
				"quý II và 6 tháng đầu năm 2023");
}

static void
test_bridge_level_place(void)
{
	GbResult   *r;
	static const char *const want1[] = {"Hà Nội", "tỉnh Minh Sơn", NULL};
	static const char *const want2[] = {"tỉnh Minh Sơn", NULL};
	static const char *const want3[] = {"tỉnh Hà Giang", "thành phố Hà Giang", NULL};
	static const char *const none[] = {NULL};

	r = extract("Tin hoạt động\nSáng 27/3, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc với điểm cầu "
				"chính tại Hà Nội. Tại điểm cầu tỉnh Minh Sơn có 400 đại biểu dự.\nQuang cảnh hội nghị "
				"tại điểm cầu Minh Sơn.", 0, 0, 0);
	CHECK(bridges_are(r, want1), "tỉnh Minh Sơn, Minh Sơn: %d points", r->meeting.nbridge_points);
	gb_result_free(r);

	r = extract("Tin hoạt động\nChiều 28/6, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến.\nPhó Bí thư "
				"Thường trực Tỉnh ủy Minh Sơn, Nguyễn Văn An phát biểu tại điểm cầu tỉnh. (Ảnh: XM).\n"
				"Dự tại điểm cầu tỉnh có các đồng chí lãnh đạo tỉnh.", 0, 0, 0);
	CHECK(bridges_are(r, want2), "điểm cầu tỉnh: %d points, first %s", r->meeting.nbridge_points,
		  r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
	gb_result_free(r);

	r = extract("Tin hoạt động\nSáng 2/3, Tỉnh ủy tổ chức hội nghị trực tuyến tại điểm cầu tỉnh Hà Giang "
				"và điểm cầu thành phố Hà Giang.", 0, 0, 0);
	CHECK(bridges_are(r, want3), "two levels: %d points", r->meeting.nbridge_points);
	gb_result_free(r);

	r = extract("Tin hoạt động\nChiều 28/6, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến. Dự tại "
				"điểm cầu tỉnh có các đồng chí lãnh đạo tỉnh.", 0, 0, 0);
	CHECK(bridges_are(r, none), "điểm cầu tỉnh unnamed: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
}

static void
test_plenum_counted_first(void)
{
	org_is("Tin vắn\nNgày 29-9-2023, dưới sự chủ trì của đồng chí Hà Văn Tư, Bí thư Tỉnh ủy, Hội nghị "
		   "lần thứ 25 Ban Chấp hành Đảng bộ tỉnh khóa XIX đã được tổ chức để đánh giá tình hình.",
		   "Ban Chấp hành Đảng bộ tỉnh", "hội nghị");
	org_is("Tin vắn\nĐồng chí Hà Văn Tư phát biểu tại Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ thành "
		   "phố đánh giá tình hình công tác 6 tháng đầu năm diễn ra sáng 28-6.",
		   "Ban Chấp hành Đảng bộ thành phố", NULL);
}

static void
test_chaired_by_body(void)
{
	GbResult   *r;

	org_is("Tin vắn\nSáng 27/3/2021, Ban Bí thư Trung ương Đảng chủ trì Hội nghị trực tuyến toàn quốc "
		   "nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng.", "Ban Bí thư", NULL);
	org_is("Tin vắn\nĐại tướng Phan Văn Giang - Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng chủ trì "
		   "hội nghị Ban Thường vụ Quân ủy Trung ương xem xét, cho ý kiến một số nhiệm vụ.",
		   "Ban Thường vụ Quân ủy Trung ương", "hội nghị");
	r = extract("Tin vắn\nSáng 16-7, đồng chí Hoàng Văn Hùng, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức "
				"Tỉnh ủy đã chủ trì Hội nghị giao ban công tác tổ chức.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "body of a chair's title: %s", r->meeting.organizer);
	gb_result_free(r);
}

static void
test_group_members_capital_verb(void)
{
	org_is("Tin vắn\nChiều nay (8/1), Cụm thi đua I – Các cơ quan ban Đảng trực thuộc Tỉnh ủy gồm: Ban "
		   "Tuyên giáo, Ban Tổ chức, Ban Dân vận, Ủy ban kiểm tra, Văn phòng Tỉnh ủy tổ chức hội nghị "
		   "tổng kết công tác thi đua, khen thưởng năm 2017.",
		   "Cụm thi đua I - Các cơ quan ban Đảng trực thuộc Tỉnh ủy", "tổng kết");
	org_is("Tin vắn\nChiều nay (8/1), Cụm thi đua số 1 Tỉnh ủy gồm 5 đơn vị: Ban Tuyên giáo, Ban Tổ "
		   "chức, Ban Dân vận, Văn phòng Tỉnh ủy tổ chức hội nghị tổng kết công tác thi đua.",
		   "Cụm thi đua số 1 Tỉnh ủy", "tổng kết");
}

static void
test_activity_paired_kind(void)
{
	org_is("Tin vắn\nSáng 3/4/2024, đã diễn ra hội nghị tại Hà Nội. Tại hội nghị, Ban Tổ chức Trung "
		   "ương đã triển khai, quán triệt Quy định số 137-QĐ/TW của Ban Bí thư.",
		   "Ban Tổ chức Trung ương", "quán triệt");
}

static void
test_cit_passed_by_conference(void)
{
	GbResult   *r = extract("Thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị, Kết luận của Hội nghị TƯ 7 "
							"khoá XI về xây dựng đội ngũ cán bộ. Tiếp tục thực hiện Kết luận Hội nghị Trung "
							"ương 7 khóa XI và Nghị quyết của Hội nghị Trung ương 4 khóa XII.", 0, 0, 0);
	const GbCitation *c = find_cit(r, "Kết luận", NULL, 7);

	CHECK(c != NULL && c->mentions == 2, "\"Kết luận của Hội nghị TƯ 7\": one document, two mentions");
	if (c)
		CHECK_STR(c->key, "ket-luan:tw7@xi", "key as without \"của\"");
	c = find_cit(r, "Nghị quyết", NULL, 4);
	CHECK(c != NULL && str_is(c->term, "XII"), "\"Nghị quyết của Hội nghị Trung ương 4 khóa XII\"");
	gb_result_free(r);
}

static void
test_cit_legislature_code(void)
{
	GbResult   *r = extract("Nghị quyết số 85/2014/QH13 ngày 28-11-2014 về việc lấy phiếu tín nhiệm. Nghị "
							"quyết số 1206/2016/UBTVQH13 về chế độ. Nghị định 29/2024/NĐ-CP.", 0, 0, 0);
	const GbCitation *c = find_cit(r, "Nghị quyết", "85", 0);

	CHECK(c != NULL && str_is(c->issuer, "Quốc hội"), "QH13: the National Assembly");
	c = find_cit(r, "Nghị quyết", "1206", 0);
	CHECK(c != NULL && str_is(c->issuer, "Ủy ban Thường vụ Quốc hội"), "UBTVQH13: its Standing Committee");
	c = find_cit(r, "Nghị định", "29", 0);
	CHECK(c != NULL && str_is(c->issuer, "Chính phủ"), "NĐ-CP: the Government");
	gb_result_free(r);
}

static void
test_cit_congress_body_short(void)
{
	GbResult   *r = extract("Quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII. Sau đó, Nghị quyết Đại "
							"hội Đảng bộ tỉnh Đắk Nông lần thứ XII và Nghị quyết Đại hội Đảng bộ tỉnh Lâm "
							"Đồng lần thứ XII. Nghị quyết Đại hội Đảng bộ Quân đội lần thứ XI và Nghị quyết "
							"Đại hội Đảng bộ Quân đội tỉnh lần thứ XI.", 0, 0, 0);

	CHECK(r->ncitations == 4, "province named once in full, once by level: 4 documents, got %d",
		  r->ncitations);
	if (r->ncitations >= 2)
	{
		CHECK_STR(r->citations[0].key, "nghi-quyet:dai-hoi:dang-bo-tinh-dak-nong@xii", "the fuller body");
		CHECK(r->citations[0].mentions == 2, "two mentions, got %d", r->citations[0].mentions);
		CHECK_STR(r->citations[1].key, "nghi-quyet:dai-hoi:dang-bo-tinh-lam-dong@xii", "another province");
	}
	gb_result_free(r);
}

static void
test_head_barred_fields(void)
{
	GbResult   *r = extract("Khen thưởng 20 tập thể, cá nhân có thành tích phục vụ đại hội đảng các cấp\n\n"
							"HÀN GIANG |\n\nSáng qua 30.9, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh tổ "
							"chức hội nghị sơ kết công tác quý III.", 0, 0, 0);

	CHECK_STR(r->meeting.title, "Khen thưởng 20 tập thể, cá nhân có thành tích phục vụ đại hội đảng các cấp", "title");
	CHECK_STR(r->meeting.author, "HÀN GIANG", "\"HÀN GIANG |\" under the headline");
	gb_result_free(r);

	r = extract("Sóc Trăng quyết tâm đưa các Khu, Cụm Công nghiệp mới vào hoạt động trong năm 2024 |\n"
				"02/01/2024\nChiều nay (2/1), ông Trần Văn Lâu chủ trì cuộc họp với lãnh đạo các sở.", 0, 0, 0);
	CHECK_STR(r->meeting.title, "Sóc Trăng quyết tâm đưa các Khu, Cụm Công nghiệp mới vào hoạt động trong năm 2024",
			  "title without its \" |\"");
	gb_result_free(r);

	r = extract("Tin vắn\nSáng 2/3, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần "
				"thứ XII. Hội nghị nối cầu trực tuyến tới các huyện.\n\nT/h: Xuân Hạnh", 0, 0, 0);
	CHECK_STR(r->meeting.author, "Xuân Hạnh", "\"T/h:\" byline");
	gb_result_free(r);
}

static void
test_joined_role_verbs(void)
{
	GbResult   *r = extract("Tin vắn\nDự, chỉ đạo và chúc mừng Đại hội có các đồng chí: Lò Văn Mạ, Phó Bí thư "
							"Tỉnh ủy; Hà Văn Tư, Phó Chủ tịch UBND tỉnh. Dự và chỉ đạo đại hội có Ủy viên Bộ "
							"Chính trị Vi Văn Lâm.", 0, 0, 0);

	/* "chỉ đạo" joined to "dự" is a role of the persons listed too */
	CHECK(has_role(official(r, "Lò Văn Mạ"), "dự") && has_role(official(r, "Lò Văn Mạ"), "chỉ đạo") &&
		  has_role(official(r, "Hà Văn Tư"), "chỉ đạo"), "\"Dự, chỉ đạo và chúc mừng ... có\": both roles");
	CHECK(has_role(official(r, "Vi Văn Lâm"), "dự") && has_role(official(r, "Vi Văn Lâm"), "chỉ đạo"),
		  "\"Dự và chỉ đạo ... có TITLE NAME\": both roles");
	gb_result_free(r);
	/* alone, "Ban Chỉ đạo" is a body of a title, no role */
	r = extract("Tin vắn\nDự có đồng chí Lò Văn Mạ, Trưởng Ban Chỉ đạo tỉnh.", 0, 0, 0);
	CHECK(official(r, "Lò Văn Mạ") && !has_role(official(r, "Lò Văn Mạ"), "chỉ đạo"),
		  "\"Ban Chỉ đạo\": no role");
	gb_result_free(r);
}

static void
test_title_fixed_term_last(void)
{
	const char *text = "Tin vắn\nDự có đồng chí Lò Văn Mạ, Tỉnh ủy viên, Chánh Văn phòng Điều phối nông thôn "
		"mới tỉnh; đồng chí Hà Văn Tư, Phó Chánh Văn phòng Điều phối nông thôn mới phát biểu.";

	/* "mới" ends the fixed term "nông thôn mới", no adverb: the title goes on */
	check_official(text, "Lò Văn Mạ", "đồng chí", "Tỉnh ủy viên | Chánh Văn phòng Điều phối nông thôn mới tỉnh");
	check_official(text, "Hà Văn Tư", "đồng chí", "Phó Chánh Văn phòng Điều phối nông thôn mới");
}

static void
test_side_list_attends(void)
{
	GbResult   *r = extract("Tin vắn\nDự lễ về phía Trung ương có đồng chí Vi Văn Lâm, Ủy viên Bộ Chính trị.\n\n"
							"Về phía tỉnh Gia Lai có các đồng chí: Lò Văn Mạ-Bí thư Tỉnh ủy; Hà Văn Tư-Phó Bí thư "
							"Tỉnh ủy, Chủ tịch UBND tỉnh.", 0, 0, 0);

	/* "Về phía tỉnh X có các đồng chí:" goes on with the delegations present */
	CHECK(has_role(official(r, "Lò Văn Mạ"), "dự") && has_role(official(r, "Hà Văn Tư"), "dự"),
		  "\"Về phía tỉnh X có các đồng chí:\": dự");
	gb_result_free(r);
	/* a side whose person has a role of his own keeps only it */
	r = extract("Tin vắn\nVề phía tỉnh có đồng chí Lò Văn Mạ, Bí thư Tỉnh ủy phát biểu.", 0, 0, 0);
	CHECK(official(r, "Lò Văn Mạ") && !has_role(official(r, "Lò Văn Mạ"), "dự") &&
		  has_role(official(r, "Lò Văn Mạ"), "phát biểu"), "side with its own role: no dự");
	gb_result_free(r);
}

static void
test_bare_class_semicolon(void)
{
	const char *text = "Tin vắn\nDự có các đồng chí Phó Bí thư Tỉnh ủy: Lò Văn Mạ, Hà Văn Tư; Đại tá Vi Văn Lâm, "
		"Giám đốc Công an tỉnh; Mạc Văn Định, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh.";
	const char *text2 = "Tin vắn\nDự có các đồng chí Ủy viên Bộ Chính trị: Lò Văn Mạ, Chủ tịch nước; Hà Văn Tư, "
		"Thủ tướng Chính phủ.";

	/* the class of bare names ends at ";": those after it with titles of their own are outside */
	check_official(text, "Lò Văn Mạ", "đồng chí", "Phó Bí thư Tỉnh ủy");
	check_official(text, "Hà Văn Tư", "đồng chí", "Phó Bí thư Tỉnh ủy");
	check_official(text, "Vi Văn Lâm", "đồng chí", "Giám đốc Công an tỉnh");
	check_official(text, "Mạc Văn Định", "đồng chí", "Ủy viên Ban Thường vụ Tỉnh ủy | Chủ tịch UBND tỉnh");
	/* members each with titles after the name: ";" only separates them, the class goes on */
	check_official(text2, "Hà Văn Tư", "đồng chí", "Ủy viên Bộ Chính trị | Thủ tướng Chính phủ");
}

static void
test_chaired_work_session(void)
{
	GbResult   *r;

	/* a working session someone chairs is held, with or without a date */
	r = extract("(VPL)- Tổng Bí thư Tô Lâm chủ trì buổi làm việc với Ban Tổ chức Trung ương, đánh "
				"giá kết quả công tác tổ chức xây dựng Đảng.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind && strcmp(r->meeting.meeting_kind, "làm việc") == 0,
		  "chaired session kind: %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	gb_result_free(r);
	/* a session to come is none */
	r = extract("(VPL)- Tổng Bí thư Tô Lâm sẽ chủ trì buổi làm việc với Ban Tổ chức Trung ương.",
				0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL || strcmp(r->meeting.meeting_kind, "làm việc") != 0,
		  "planned session kind: %s", r->meeting.meeting_kind);
	gb_result_free(r);
}

static void
test_named_meeting_kind(void)
{
	GbResult   *r;

	/* with no lead, "Hội nghị học tập, quán triệt ..." names the meeting attended */
	r = extract("Quang cảnh hội nghị\n\nĐội ngũ cán bộ chủ chốt tỉnh dự hội nghị tại điểm cầu Tỉnh "
				"ủy\n\nNét mới của Hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần "
				"thứ XII lần này là hội nghị còn nối cầu trực tuyến tới các huyện.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind && strcmp(r->meeting.meeting_kind, "quán triệt") == 0,
		  "named kind: %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	gb_result_free(r);
	/* "các Hội nghị Tổng kết": meetings held before, not this one */
	r = extract("Quang cảnh hội nghị\n\nĐội ngũ cán bộ chủ chốt tỉnh dự hội nghị tại điểm cầu Tỉnh "
				"ủy\n\nTrong quý, cấp ủy các cấp đã tổ chức các Hội nghị Tổng kết việc thực hiện "
				"Chỉ thị số 35 của Bộ Chính trị.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind && strcmp(r->meeting.meeting_kind, "hội nghị") == 0,
		  "plural named kind: %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	gb_result_free(r);
}

static void
test_plenum_subject_holds(void)
{
	GbResult   *r;

	/* "tại hội nghị lần thứ 7, Ban Chấp hành ..." holds its own plenum, whatever it then does */
	org_is("Tin vắn\nChiều ngày 14/4/2022, tại hội nghị lần thứ 7, Ban Chấp hành Đảng bộ tỉnh Long "
		   "An khóa XI tiếp tục thảo luận, cho ý kiến vào các nội dung quan trọng.",
		   "Ban Chấp hành Đảng bộ tỉnh Long An", NULL);
	/* an unnumbered meeting's participant body is no organizer */
	r = extract("Tin vắn\nChiều ngày 14/4/2022, tại hội nghị, Ban Chấp hành Đảng bộ tỉnh Long An "
				"khóa XI tiếp tục thảo luận.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "unnumbered: %s", r->meeting.organizer);
	gb_result_free(r);
}

/*
 * probe 42 G8: "phổ biến kết quả Hội nghị lần thứ chín Ban Chấp hành Trung
 * ương Đảng khóa XI, họp từ ngày 08 đến ngày 14/5/2014": the body that
 * completes a sitting's name (or a body whose name it ends) is no subject
 * of the "họp" after it, which tells when that sitting met; the report's
 * own meeting, named by no body, keeps no organizer.  A body heading its
 * sentence still meets ("Ủy ban Kiểm tra Trung ương khóa 12, họp"), and a
 * subject that holds a meeting about the plenum is its organizer.
 */
static void
test_sitting_met_no_subject(void)
{
	GbResult   *r;

	r = extract("Tin vắn\nNgày 16/5/2014, đồng chí Hà Văn An, Bí thư Tỉnh ủy đã chủ trì Hội nghị phổ "
				"biến kết quả Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XI. Đồng chí Hà Văn "
				"An đã phổ biến về kết quả Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng Khóa XI, "
				"họp từ ngày 08 đến ngày 14/5/2014, tại thủ đô Hà Nội.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL && held_is(r, 2014, 5, 16) && r->meeting.nchairs == 1,
		  "plenum met: %s", r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	org_case("Tin vắn\nNgày 20/7/2023, ông Lê Văn Bình chủ trì hội nghị. Ông Lê Văn Bình đã quán "
			 "triệt Nghị quyết Hội nghị Ban Chấp hành Đảng bộ tỉnh Lâm Đồng khóa XI, họp tại thành "
			 "phố Đà Lạt.", NULL, "unnumbered plenum met");
	org_case("Tin vắn\nNgày 20/7/2023, ông Lê Văn Bình chủ trì hội nghị. Ông Lê Văn Bình thông báo "
			 "kết quả Hội nghị lần 12 Ban Chấp hành Đảng bộ tỉnh Tân Lập khóa XX, họp từ ngày 10 đến "
			 "ngày 12/7/2023.", NULL, "plenum \"lần 12\" met");
	org_case("Tin vắn\nNgày 20/7/2023, ông Lê Văn Bình chủ trì hội nghị. Ông Lê Văn Bình thông báo "
			 "kết quả Hội nghị Ban Thường vụ Tỉnh ủy Tân Lập họp ngày 10/7/2023.", NULL,
			 "standing committee's meeting met");
	org_case("Tin vắn\nNgày 20/10/2023, Tỉnh ủy Đắk Nông tổ chức hội nghị thông báo nhanh kết quả Hội "
			 "nghị Trung ương 8 khóa XIII, họp từ ngày 2 đến ngày 7/10/2023.", "Tỉnh ủy Đắk Nông",
			 "the subject holds it");
	org_case("Tin vắn\nTrong hai ngày 21- 22/4/2016, Ủy ban Kiểm tra Trung ương khóa 12, họp kỳ thứ 2 "
			 "và 3.", "Ủy ban Kiểm tra Trung ương", "a body heading its sentence meets");
	org_case("Tin vắn\nSáng 3/10/2025, Ban Chấp hành Đảng bộ tỉnh Lâm Đồng khóa XI, họp phiên thường "
			 "kỳ.", "Ban Chấp hành Đảng bộ tỉnh Lâm Đồng", "a committee heading its sentence meets");
}

/*
 * R9 (probe 57 G3): "kết quả Hội nghị Trung ương 7 (khoá XI), họp từ ngày
 * 02/5 đến ngày 11/5/2013": the days a meeting whose results or documents
 * are conveyed met are not the report's meeting's, nor those of a Central
 * Committee plenum conveyed so before; a report of the plenum itself keeps
 * them.
 */
static void
test_conveyed_meeting_not_dated(void)
{
	GbResult   *r;

	r = extract("Tin vắn\nHuyện ủy Tuy Phong tổ chức hội nghị thông báo nhanh kết quả Hội nghị Trung ương 7 "
				"(khoá XI). Hội nghị Trung ương 7 họp từ ngày 02/5 đến ngày 11/5/2013 tại Hà Nội.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "plenum named before: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin vắn\nTại Hội nghị, đồng chí Hồ Văn Phước, Bí thư Huyện ủy đã thông tin những kết quả "
				"quan trọng của Hội nghị Trung ương 7 (khoá XI), họp từ ngày 02/5 đến ngày 11/5/2013.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "results of: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin vắn\nBan Thường vụ Thị ủy Ninh Hòa tổ chức hội nghị quán triệt Nghị quyết Hội nghị lần "
				"thứ 9 Ban Chấp hành Trung ương Đảng khóa XI. Hội nghị lần thứ 9 Ban Chấp hành Trung ương "
				"Đảng khóa XI họp từ ngày 08 đến ngày 14/5/2014 tại Hà Nội.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "resolution of: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin vắn\nHội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XI họp từ ngày 08 đến ngày "
				"14/5/2014 tại Hà Nội. Hội nghị đã thảo luận nhiều nội dung quan trọng.", 0, 0, 0);
	CHECK(held_is(r, 2014, 5, 8), "the plenum itself: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * R9 (probe 57 G7): "tổ chức kỳ thứ 2", a council's "kỳ họp thứ 2" with
 * "họp" dropped, is a session held: its subject organizes it.  "kỳ" with
 * no number after it is none.
 */
static void
test_session_numbered_held(void)
{
	org_case("Tin vắn\nTừ ngày 11 đến ngày 13 tháng 7 năm 2016, Hội đồng nhân dân tỉnh khoá XVIII tổ "
			 "chức kỳ thứ 2.", "Hội đồng nhân dân tỉnh", "kỳ thứ 2");
	org_case("Tin vắn\nNgày 11/7/2021, HĐND huyện Tân Phú khóa XX tổ chức kỳ thứ hai.", "HĐND huyện Tân Phú",
			 "kỳ thứ hai");
	org_case("Tin vắn\nNgày 11/7/2021, HĐND huyện Tân Phú tổ chức kỳ thi học sinh giỏi.", NULL,
			 "an examination");
}

static void
test_review_topic_not_cited_year(void)
{
	GbResult   *r;

	/* a review as the meeting's topic ("Ban Chỉ đạo về tổng kết ... họp"): not the cited year */
	r = extract("Tin vắn\nSáng ngày 17/12, tại Tỉnh ủy Sóc Trăng, Ban Chỉ đạo cấp tỉnh về tổng kết "
				"thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng "
				"(khóa XII) tổ chức họp.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "review topic: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	/* a review that is a cited document's subject leaves the year to the document */
	r = extract("Tin vắn\nSáng 8/9, tại TP. Vinh, Phó Thủ tướng Vương Đình Huệ đã tham dự hội nghị "
				"triển khai các nội dung Thông báo số 55-TB/TW ngày 20/4/2019 của Bộ Chính trị về sơ "
				"kết 5 năm thực hiện Nghị quyết số 26-NQ/TW.", 0, 0, 0);
	CHECK(held_is(r, 2019, 9, 8), "document's review: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

static void
test_session_in_event_span(void)
{
	GbResult   *r;
	const char *text = "Tin vắn\nNghị quyết đã được đại biểu thông qua trong phiên bế mạc Đại hội "
		"vào sáng ngày 15-10. Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI diễn ra từ ngày "
		"12 đến ngày 15 tháng 10 năm 2020.";

	/* a session's day without a year, inside the event's full span: its first day */
	r = extract(text, 2020, 10, 15);
	CHECK(held_is(r, 2020, 10, 12) && r->meeting.date_inferred == 0 && r->meeting.time_of_day == NULL,
		  "span: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	/* a day outside the span stays the lead's */
	r = extract("Tin vắn\nSáng ngày 20-10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Đại hội diễn ra "
				"từ ngày 12 đến ngày 15 tháng 10 năm 2020.", 2020, 10, 21);
	CHECK(held_is(r, 2020, 10, 20), "outside span: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

static void
test_held_anniversary(void)
{
	GbResult   *r;

	/* "tổ chức kỷ niệm": an anniversary ceremony held, dated by its lead */
	r = extract("Tin vắn\nHôm nay 10.10, Ủy ban Kiểm tra Tỉnh ủy tổ chức kỷ niệm 70 năm Ngày truyền "
				"thống ngành kiểm tra Đảng.", 2018, 10, 10);
	CHECK(held_is(r, 2018, 10, 10) && r->meeting.meeting_kind &&
		  strcmp(r->meeting.meeting_kind, "lễ kỷ niệm") == 0,
		  "anniversary: %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	gb_result_free(r);
	/* "nhân kỷ niệm": an occasion, not the meeting */
	r = extract("Tin vắn\nSáng 10/10, nhân kỷ niệm 70 năm Ngày truyền thống, Ủy ban Kiểm tra Tỉnh ủy "
				"tổ chức hội nghị sơ kết.", 2018, 10, 10);
	CHECK(r->meeting.meeting_kind && strcmp(r->meeting.meeting_kind, "sơ kết") == 0,
		  "occasion: %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "-");
	gb_result_free(r);
}

/* probe 33 G4: a Party code typed with a space or a hyphen for its separators */
static void
test_code_space_hyphen(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin vắn\nThực hiện Chỉ thị số 09 CT/TW của Ban Bí thư, Chỉ thị 18 CT/TW và Chỉ thị "
				"03-CT-TW ngày 14-5-2011 của Bộ Chính trị. Kế hoạch số 5 CT đang làm.", 0, 0, 0);
	c = find_cit(r, "Chỉ thị", "9", 0);
	CHECK(c && str_is(c->code, "09-CT/TW"), "09 CT/TW: %s", c && c->code ? c->code : "NULL");
	c = find_cit(r, "Chỉ thị", "18", 0);
	CHECK(c && str_is(c->code, "18-CT/TW"), "18 CT/TW: %s", c && c->code ? c->code : "NULL");
	c = find_cit(r, "Chỉ thị", "3", 0);
	CHECK(c && str_is(c->code, "03-CT/TW"), "03-CT-TW: %s", c && c->code ? c->code : "NULL");
	/* capital letters that are no Party code stay out */
	c = find_cit(r, "Kế hoạch", "5", 0);
	CHECK(!c || c->code == NULL, "5 CT: %s", c && c->code ? c->code : "NULL");
	gb_result_free(r);
}

/*
 * probe 48 G9: glued forms.  "NQTW4 (khóa XI)", "NQTW 8 khóa XII": the
 * letters of a plenum's resolution in one word, the plenum's number after
 * them; "21NQ/TW", "05CT/TW": a Party code with its hyphen left out, as
 * "09 CT/TW" is.  An amount after the letters is no plenum, and "(NQTW6)"
 * after a plenum's resolution is its short form, no number.
 */
static void
test_cit_glued_forms(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Sáng 12/3/2018, Đảng ủy xã tổ chức hội nghị sơ kết 5 năm thực hiện NQTW4 (khóa XI) gắn với "
				"Chỉ thị 05CT/TW; đồng thời quán triệt Nghị quyết 21NQ/TW của Ban Chấp hành Trung ương khóa "
				"XIII và NQTW 8 khóa XII. Kinh phí NQTW 5 triệu đồng.", 2018, 3, 13);
	c = find_cit(r, "Nghị quyết", NULL, 4);
	CHECK(c && str_is(c->term, "XI"), "NQTW4: %s", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Nghị quyết", NULL, 8);
	CHECK(c && str_is(c->term, "XII"), "NQTW 8: %s", c && c->term ? c->term : "NULL");
	CHECK(find_cit(r, "Nghị quyết", NULL, 5) == NULL, "NQTW 5 triệu is an amount");
	c = find_cit(r, "Nghị quyết", "21", 0);
	CHECK(c && str_is(c->code, "21-NQ/TW") && str_is(c->issuer, "Ban Chấp hành Trung ương") &&
		  str_is(c->term, "XIII"), "21NQ/TW: %s / %s / %s", c && c->code ? c->code : "NULL",
		  c && c->issuer ? c->issuer : "NULL", c && c->term ? c->term : "NULL");
	c = find_cit(r, "Chỉ thị", "5", 0);
	CHECK(c && str_is(c->code, "05-CT/TW"), "05CT/TW: %s", c && c->code ? c->code : "NULL");
	gb_result_free(r);
	r = extract("Tin hoạt động\nHuyện ủy Tân Phong sơ kết Nghị quyết Trung ương 6 (NQTW6) - khóa X về phát "
				"triển nông nghiệp.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 6);
	CHECK(r->ncitations == 1 && c && str_is(c->term, "X"), "(NQTW6): %d citations", r->ncitations);
	gb_result_free(r);
}

/*
 * probe 52 G2: a local Party code typed without its hyphen or its slash,
 * "145KHTU", "45QĐ/TU", "20KH/HU", "145 KH/TU", "145-KHTU", is the code
 * 145-KH/TU as "21NQ/TW" is 21-NQ/TW; its date and issuer follow it.
 * Capitals that are no kind and suffix ("12 UBND") stay out.
 */
static void
test_cit_glued_local_codes(void)
{
	static const struct
	{
		const char *text;
		const char *kind;
		const char *number;
		const char *code;
		const char *issuer;
	}			cases[] = {
		{"kế hoạch số 145KHTU, ngày 8/8/2019 của Thành ủy Lạng Sơn về việc tổ chức đại hội",
		"Kế hoạch", "145", "145-KH/TU", "Thành ủy Lạng Sơn"},
		{"Quyết định số 45QĐ/TU ngày 8/8/2019 của Ban Thường vụ Tỉnh ủy về công tác cán bộ",
		"Quyết định", "45", "45-QĐ/TU", "Ban Thường vụ Tỉnh ủy"},
		{"Nghị quyết số 12NQ/TU ngày 8/8/2019 của Ban Chấp hành Đảng bộ tỉnh",
		"Nghị quyết", "12", "12-NQ/TU", "Ban Chấp hành Đảng bộ tỉnh"},
		{"Kế hoạch số 20 KH/HU ngày 8/8/2019 của Huyện ủy Yên Thành",
		"Kế hoạch", "20", "20-KH/HU", "Huyện ủy Yên Thành"},
		{"Kế hoạch số 71-KHĐU ngày 8/8/2019 của Đảng ủy xã Hòa Bình",
		"Kế hoạch", "71", "71-KH/ĐU", "Đảng ủy xã Hòa Bình"},
	};
	int			k;

	for (k = 0; k < (int) (sizeof(cases) / sizeof(cases[0])); k++)
	{
		char		text[512];
		GbResult   *r;
		const GbCitation *c;

		snprintf(text, sizeof(text), "Sáng 13/8/2019, Thành ủy tổ chức hội nghị quán triệt %s.", cases[k].text);
		r = extract(text, 2019, 8, 14);
		c = find_cit(r, cases[k].kind, cases[k].number, 0);
		CHECK(c && str_is(c->code, cases[k].code) && str_is(c->issuer, cases[k].issuer) &&
			  c->issued.y == 2019 && c->issued.m == 8 && c->issued.d == 8,
			  "%s: %s / %s", cases[k].code, c && c->code ? c->code : "NULL",
			  c && c->issuer ? c->issuer : "NULL");
		gb_result_free(r);
	}
	{
		GbResult   *r = extract("Sáng 13/8/2019, UBND tỉnh triển khai Kế hoạch số 12 UBND ngày 8/8/2019.", 2019, 8, 14);
		const GbCitation *c = find_cit(r, "Kế hoạch", "12", 0);

		CHECK(!c || c->code == NULL, "12 UBND: %s", c && c->code ? c->code : "NULL");
		gb_result_free(r);
	}
}

/* probe 32 G3: an issuer after a coordinated pair, each with its own subject */
static void
test_issuer_after_subjects(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin vắn\nQuán triệt Nghị quyết 79 về phát triển kinh tế Nhà nước và Nghị quyết 80 "
				"về phát triển văn hóa Việt Nam của Bộ Chính trị.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "79", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị"), "79: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Nghị quyết", "80", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị") && str_is(c->subject, "phát triển văn hóa Việt Nam"),
		  "80: %s / %s", c && c->issuer ? c->issuer : "NULL", c && c->subject ? c->subject : "NULL");
	gb_result_free(r);

	/*
	 * R9 (probe 63 G4): the same with types apart, the subjects quoted or
	 * not; never to a State type, which no Party body issues
	 */
	r = extract("Tin vắn\nHội nghị quán triệt Kết luận số 21 về đẩy mạnh xây dựng Đảng và Quy định số 37 "
				"về những điều đảng viên không được làm của Ban Chấp hành Trung ương. Chi bộ học tập "
				"Chỉ thị số 05 “Về học tập và làm theo tư tưởng Hồ Chí Minh” và Quy định số 08 về "
				"“Trách nhiệm nêu gương” của Bộ Chính trị. Huyện ủy triển khai Luật số 12 về thanh "
				"niên và Quy định số 09 về kỷ luật đảng viên của Bộ Chính trị.", 0, 0, 0);
	c = find_cit(r, "Kết luận", "21", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương") && str_is(c->code, "21-KL/TW") &&
		  str_is(c->subject, "đẩy mạnh xây dựng Đảng"), "Kết luận 21: %s / %s",
		  c && c->issuer ? c->issuer : "NULL", c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Quy định", "37", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương"), "Quy định 37: %s",
		  c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Chỉ thị", "5", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị") && str_is(c->subject, "học tập và làm theo tư tưởng Hồ Chí Minh"),
		  "Chỉ thị 05, quoted: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Luật", "12", 0);
	CHECK(c && !c->issuer, "a law: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Quy định", "9", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị"), "Quy định 09: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	/*
	 * a curly quotation with straight ones inside it, never closed: it runs
	 * to the next document, which the issuer reaches over it
	 */
	r = extract("Tin vắn\nChi bộ học tập Kết luận 21 “Về đẩy mạnh xây dựng, chỉnh đốn Đảng, ngăn chặn "
				"biểu hiện \"tự diễn biến\", \"tự chuyển hóa\" và Quy định 37 về “Những điều đảng viên "
				"không được làm” của Ban Chấp hành Trung ương trong toàn Đảng. Đảng ủy xã Tân Hòa quán "
				"triệt Chỉ thị 05 “Về \"học tập\" và làm theo tư tưởng Hồ Chí Minh” và Quy định 08 về "
				"“Trách nhiệm nêu gương” của Bộ Chính trị.", 0, 0, 0);
	c = find_cit(r, "Kết luận", "21", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương") && c->subject &&
		  strstr(c->subject, "\"tự chuyển hóa\"") != NULL && strstr(c->subject, "Quy định") == NULL,
		  "unclosed: %s / %s", c && c->issuer ? c->issuer : "NULL", c && c->subject ? c->subject : "NULL");
	c = find_cit(r, "Quy định", "37", 0);
	CHECK(c && str_is(c->issuer, "Ban Chấp hành Trung ương"), "Quy định 37: %s",
		  c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Chỉ thị", "5", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị") &&
		  str_is(c->subject, "\"học tập\" và làm theo tư tưởng Hồ Chí Minh"),
		  "closed: %s / %s", c && c->issuer ? c->issuer : "NULL", c && c->subject ? c->subject : "NULL");
	gb_result_free(r);

	/* a body that is no central issuer stays in the subject */
	r = extract("Tin vắn\nBộ Chính trị ban hành Quyết định số 259 về chức năng, nhiệm vụ, tổ chức "
				"bộ máy của Văn phòng Trung ương Đảng.", 0, 0, 0);
	c = find_cit(r, "Quyết định", "259", 0);
	CHECK(c && c->subject && strstr(c->subject, "Văn phòng") != NULL,
		  "259: %s", c && c->subject ? c->subject : "NULL");
	gb_result_free(r);
}

/* probe 32 G1: documents cited inside the quoted title of another document */
static void
test_quoted_title_citations(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin vắn\nSơ kết 1 năm thực hiện Kế hoạch số 129-KH/TU ngày 8-4-2022 của Tỉnh ủy về "
				"việc “Thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương khóa XIII và Kế "
				"hoạch số 03-KH/TW của Bộ Chính trị” về đẩy mạnh xây dựng, chỉnh đốn Đảng.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "129", 0);
	CHECK(c && str_is(c->issuer, "Tỉnh ủy"), "outer plan: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Kết luận", "21", 0);
	CHECK(c && str_is(c->code, "21-KL/TW") && str_is(c->issuer, "Ban Chấp hành Trung ương"),
		  "Kết luận 21: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Kế hoạch", "3", 0);
	/* the title's words after the closing quote are not the inner plan's subject */
	CHECK(c && str_is(c->issuer, "Bộ Chính trị") && c->subject == NULL,
		  "Kế hoạch 3: %s / %s", c && c->issuer ? c->issuer : "NULL",
		  c && c->subject ? c->subject : "NULL");
	gb_result_free(r);
}

/*
 * "về Đại hội Đảng các cấp nhiệm kỳ 2025-2030": the round of congresses of
 * all levels named by its years is prepared in the term in force at the
 * end of its first year; another body's term of office gives no term.
 */
static void
test_cit_term_all_levels_round(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Bộ Chính trị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về Đại hội Đảng các cấp "
				"nhiệm kỳ 2025-2030 tiến tới Đại hội toàn quốc lần thứ XIVcủa Đảng.", 0, 0, 0);
	c = find_cit(r, "Chỉ thị", "35", 0);
	CHECK(c && str_is(c->term, "XIII") && str_is(c->key, "chi-thi:35-ct/tw@xiii"),
		  "round 2025-2030: term XIII, got %s", c && c->term ? c->term : "NULL");
	gb_result_free(r);

	r = extract("Huyện ủy quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp, "
				"nhiệm kỳ 2020 – 2025.", 0, 0, 0);
	c = find_cit(r, "Chỉ thị", "35", 0);
	CHECK(c && str_is(c->term, "XII"), "round 2020-2025: term XII, got %s", c && c->term ? c->term : "NULL");
	gb_result_free(r);

	r = extract("Bộ Chính trị ký Quyết định số 84 về việc chỉ định đồng chí tham gia Đảng ủy Công an "
				"Trung ương nhiệm kỳ 2020 - 2025.", 0, 0, 0);
	c = find_cit(r, "Quyết định", "84", 0);
	CHECK(c && c->term == NULL, "a body's term of office: no term, got %s", c && c->term ? c->term : "NULL");
	gb_result_free(r);
}

/*
 * "Quản đốc phân xưởng Cán": the head of a workshop is a position, its
 * workshop named after it as a department's is after "Trưởng phòng".
 */
static void
test_title_workshop_head(void)
{
	check_official("Tin vắn\nDự có đồng chí Nguyễn Hữu Khánh - Bí thư chi bộ, Quản đốc phân xưởng Cán, "
				   "Đảng bộ CTCP Thép Nhà Bè.",
				   "Nguyễn Hữu Khánh", "đồng chí", "Bí thư chi bộ | Quản đốc phân xưởng Cán");
	check_official("Tin vắn\nÔng Cù Văn Lộc, Phó Quản đốc Phân xưởng Cơ điện phát biểu.",
				   "Cù Văn Lộc", "ông", "Phó Quản đốc Phân xưởng Cơ điện");
}

/* probe 32 G2: a page's bare time stamp closing the headline's line */
static void
test_headline_bare_stamp(void)
{
	GbResult   *r;

	r = extract("Sáng nay, Tổng Bí thư dự và phát biểu chỉ đạo tại hội nghị quán triệt 2 nghị quyết "
				"của Bộ Chính trị 25/02/2026 06:40\n\nSáng nay (25-2), Ban Bí thư sẽ tổ chức Hội nghị "
				"trực tuyến toàn quốc quán triệt, triển khai thực hiện Nghị quyết 79 của Bộ Chính trị.",
				0, 0, 0);
	/* the stamp closes a headline, not a lead, though the line opens with a date */
	CHECK_STR(r->meeting.title, "Sáng nay, Tổng Bí thư dự và phát biểu chỉ đạo tại hội nghị quán "
			  "triệt 2 nghị quyết của Bộ Chính trị", "dated headline");
	CHECK(r->meeting.published.y == 2026 && r->meeting.published.m == 2 &&
		  r->meeting.published.d == 25, "published: %d-%d-%d", r->meeting.published.y,
		  r->meeting.published.m, r->meeting.published.d);
	/* the lead under it is the meeting's */
	CHECK_STR(r->meeting.organizer, "Ban Bí thư", "organizer of the lead");
	CHECK_STR(r->meeting.scope, "toàn quốc", "scope of the lead");
	CHECK(r->meeting.held_on.y == 2026 && r->meeting.held_on.d == 25, "held_on: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 26/03/2024 08:15\n\nSáng 26/3, Tỉnh ủy "
				"tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12.", 0, 0, 0);
	CHECK_STR(r->meeting.title, "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12", "title without its stamp");
	gb_result_free(r);

	/* with no stamp, a few dated words with no stop over a dated lead are its headline */
	r = extract("Sáng nay, Tổng Bí thư dự và phát biểu chỉ đạo tại hội nghị quán triệt 2 nghị quyết "
				"của Bộ Chính trị\n\nSáng nay (25-2), Ban Bí thư sẽ tổ chức Hội nghị trực tuyến toàn "
				"quốc quán triệt, triển khai thực hiện Nghị quyết 79 của Bộ Chính trị.", 0, 0, 0);
	CHECK_STR(r->meeting.title, "Sáng nay, Tổng Bí thư dự và phát biểu chỉ đạo tại hội nghị quán "
			  "triệt 2 nghị quyết của Bộ Chính trị", "dated headline, no stamp");
	CHECK_STR(r->meeting.organizer, "Ban Bí thư", "organizer of the lead, no stamp");
	gb_result_free(r);

	/* a date without the hour, or after "ngày", is the headline's own */
	r = extract("Hội nghị Ban Chấp hành Đảng bộ tỉnh ngày 26/03/2024 08:15\n\nSáng 26/3, Tỉnh ủy "
				"tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12.", 0, 0, 0);
	CHECK_STR(r->meeting.title, "Hội nghị Ban Chấp hành Đảng bộ tỉnh ngày 26/03/2024 08:15", "\"ngày\" date kept");
	gb_result_free(r);
}

/* probe 33 G7: an accessibility bar, a photo's caption and a document's subheading are no headline */
static void
test_headline_bar_caption(void)
{
	GbResult   *r;

	r = extract("TRANG THÔNG TIN ĐIỆN TỬ\n\nXã Sơn Tây\n\nA- A A+ | Tăng tương phản Giảm tương phản\n\n"
				"Hội nghị tổng kết, rút kinh nghiệm công tác Đại hội Đảng bộ xã Sơn Tây\n\nSáng 01/8/2025, "
				"Đảng ủy xã Sơn Tây tổ chức Hội nghị tổng kết.", 0, 0, 0);
	CHECK_STR(r->meeting.title, "Hội nghị tổng kết, rút kinh nghiệm công tác Đại hội Đảng bộ xã Sơn Tây",
			  "title under the accessibility bar");
	CHECK(r->meeting.source == NULL, "source: %s", r->meeting.source ? r->meeting.source : "NULL");
	gb_result_free(r);

	/* a caption speaks of the meeting by its bare noun */
	r = extract("Hội nghị tại điểm cầu T.Ư Hội CCB Việt Nam.\n\nNgày 9-7-2024, Bộ Chính trị tổ chức "
				"Hội nghị quán triệt Quy định số 144-QĐ/TW.", 0, 0, 0);
	CHECK(r->meeting.title == NULL, "caption: %s", r->meeting.title ? r->meeting.title : "NULL");
	gb_result_free(r);
	r = extract("Thủ tướng Phạm Minh Chính chủ trì Hội nghị.\n\nPhát triển Tây Nguyên phải bảo đảm nhanh, "
				"bền vững\n\nSáng 1/7, Hội nghị tổng kết được tổ chức tại tỉnh Đắk Lắk.", 0, 0, 0);
	CHECK_STR(r->meeting.title, "Phát triển Tây Nguyên phải bảo đảm nhanh, bền vững", "headline under a caption");
	gb_result_free(r);
	/* a headline with a stop names its meeting */
	r = extract("TP. Điện Biên Phủ: Tích cực chuẩn bị Đại hội Đảng bộ các cấp.\n\nNgày 7/1/2020, Ban "
				"Thường vụ Thành ủy tổ chức Hội nghị cán bộ.", 0, 0, 0);
	CHECK_STR(r->meeting.title, "TP. Điện Biên Phủ: Tích cực chuẩn bị Đại hội Đảng bộ các cấp.", "headline with a stop");
	gb_result_free(r);

	/* a long paragraph ending in ':' opens the body; a line in lower case goes on the one above */
	r = extract("Bộ Chính trị vừa ban hành Quy định số 41-QĐ/TW về việc miễn nhiệm, từ chức đối với cán bộ. "
				"Trân trọng giới thiệu toàn văn Quy định số 41-QĐ/TW:\n\nQUY ĐỊNH\n\nvề việc miễn nhiệm, "
				"từ chức đối với cán bộ\n\n- Căn cứ Điều lệ Đảng;\n\n- Căn cứ Quy chế làm việc của Ban "
				"Chấp hành Trung ương;", 0, 0, 0);
	CHECK(r->meeting.title == NULL, "subheading: %s", r->meeting.title ? r->meeting.title : "NULL");
	gb_result_free(r);
	r = extract("Chính trị\nQUY ĐỊNH\nvề việc miễn nhiệm, từ chức đối với cán bộ\nSáng 2/3, Tỉnh ủy tổ chức "
				"hội nghị.", 0, 0, 0);
	CHECK(r->meeting.title == NULL, "lower case: %s", r->meeting.title ? r->meeting.title : "NULL");
	gb_result_free(r);
}

/*
 * probe 33 G1: a course's opening held, "tổ chức khai giảng lớp tập huấn",
 * "tổ chức Lễ khai giảng Lớp bồi dưỡng", is the meeting: its kind, date,
 * time of day and organizer; "khai giảng" not held ("nhân dịp khai giảng
 * năm học") is an occasion.
 */
static void
test_held_course_opening(void)
{
	GbResult   *r;

	r = extract("Tin vắn\nSáng ngày 22/9/2023, Đảng ủy Khối cơ quan tỉnh đã tổ chức khai giảng lớp tập "
				"huấn nghiệp vụ công tác xây dựng Đảng cho 70 đồng chí.", 0, 0, 0);
	CHECK(held_is(r, 2023, 9, 22) && str_is(r->meeting.meeting_kind, "lễ khai giảng") &&
		  str_is(r->meeting.time_of_day, "sáng") &&
		  str_is(r->meeting.organizer, "Đảng ủy Khối cơ quan tỉnh"),
		  "opening held: %s / %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nNgày 22-5-2012, Đảng ủy Khối các cơ quan Trung ương đã tổ chức Lễ khai giảng "
				"Lớp bồi dưỡng công tác Đảng.", 0, 0, 0);
	CHECK(held_is(r, 2012, 5, 22) && str_is(r->meeting.meeting_kind, "lễ khai giảng") &&
		  str_is(r->meeting.organizer, "Đảng ủy Khối các cơ quan Trung ương"),
		  "Lễ khai giảng: %s / %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nSáng 5/9/2022, nhân dịp khai giảng năm học mới, Ban Thường vụ Huyện ủy tổ "
				"chức hội nghị giao ban.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "giao ban"), "occasion: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
}

/*
 * probe 29 G4: "Ban Tổ chức Thành ủy Hà Nội kỷ niệm 85 năm ...": a
 * ceremony named by its act is held by the body whose act it is, past an
 * adverb too ("Tỉnh ủy Long An đã long trọng kỷ niệm"); after a purpose
 * ("hướng tới kỷ niệm") it is an occasion still.
 */
static void
test_body_anniversary(void)
{
	GbResult   *r;

	r = extract("Tin vắn\nNgày 12-10-2015, Ban Tổ chức Thành ủy Hà Nội kỷ niệm 85 năm Ngày truyền thống "
				"ngành tổ chức xây dựng Đảng.", 0, 0, 0);
	CHECK(held_is(r, 2015, 10, 12) && str_is(r->meeting.meeting_kind, "lễ kỷ niệm") &&
		  str_is(r->meeting.organizer, "Ban Tổ chức Thành ủy Hà Nội"),
		  "body's anniversary: %s / %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nChiều 5/2/2020, Tỉnh ủy Long An đã long trọng kỷ niệm 90 năm Ngày thành lập "
				"Đảng Cộng sản Việt Nam.", 0, 0, 0);
	CHECK(held_is(r, 2020, 2, 5) && str_is(r->meeting.meeting_kind, "lễ kỷ niệm") &&
		  str_is(r->meeting.organizer, "Tỉnh ủy Long An"),
		  "past adverbs: %s / %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nChiều 5/2/2020, hướng tới kỷ niệm 90 năm Ngày thành lập Đảng, Tỉnh ủy Long An "
				"tổ chức hội nghị giao ban.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "giao ban"), "occasion: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
}

/*
 * probe 32 GROUP-4: "tiếp tục phiên họp hội nghị": a sitting named before
 * the meeting's noun, the meeting is that noun, as after "họp"; a sitting
 * named alone ("phiên họp thứ 15") stays the kind.
 */
static void
test_sitting_of_meeting(void)
{
	GbResult   *r;

	r = extract("Tin vắn\nChiều 5/4/2024, Ban Chấp hành Đảng bộ tỉnh tiếp tục phiên họp hội nghị thảo "
				"luận đánh giá nhiệm vụ công tác quý I.", 0, 0, 0);
	CHECK(held_is(r, 2024, 4, 5) && str_is(r->meeting.meeting_kind, "hội nghị"),
		  "sitting of: %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nSáng 27/9/2022, Ủy ban Thường vụ Quốc hội tiếp tục phiên họp thứ 15 cho ý kiến "
				"về dự án Luật.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "phiên họp"), "sitting alone: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
}

/*
 * probe 32 GROUP-4: "ngày làm việc thứ ba của Hội nghị lần thứ chín Ban
 * Chấp hành Trung ương khóa XI, cả ngày 10/5": the working day of a
 * meeting is one held, which the date after it dates and whose body
 * holds it; the meeting only spoken of ("thông cáo về Hội nghị ...") is not.
 */
static void
test_working_day_of_meeting(void)
{
	GbResult   *r;

	r = extract("Tin vắn\nTP - Theo thông cáo báo chí về ngày làm việc thứ ba của Hội nghị lần thứ chín "
				"Ban chấp hành Trung ương khóa XI, cả ngày 10/5/2013, Ban Chấp hành T.Ư Đảng tiến hành "
				"thảo luận tại tổ.", 0, 0, 0);
	CHECK(held_is(r, 2013, 5, 10) && str_is(r->meeting.meeting_kind, "hội nghị") &&
		  str_is(r->meeting.organizer, "Ban Chấp hành Trung ương"),
		  "working day: %s / %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nTheo thông cáo báo chí về Hội nghị lần thứ chín Ban chấp hành Trung ương "
				"khóa XI, cả ngày 10/5/2013, Ban Chấp hành T.Ư Đảng tiến hành thảo luận tại tổ.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL && r->meeting.organizer == NULL,
		  "spoken of: %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
}

/*
 * probe 32 GROUP-4: "Chỉ đạo Đại hội các Chi bộ trực thuộc", "chào mừng
 * đại hội đảng bộ các cấp": congresses of many organizations, a campaign
 * spoken of, no meeting held; "Đại hội Đảng bộ các cơ quan Đảng tỉnh" is
 * one organization's.
 */
static void
test_congresses_of_many(void)
{
	GbResult   *r;

	r = extract("Ban Thường vụ Huyện ủy Chỉ đạo Đại hội các Chi bộ trực thuộc Đảng bộ cơ sở, nhiệm kỳ "
				"2022 – 2025\n\nNgày 27 tháng 5 năm 2022, đồng chí Lê Văn Ngoan, Phó Bí thư Thường trực "
				"Huyện ủy đã ký ban hành Công văn số 1127-CV/HU.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL, "many cells: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Thi đua chào mừng đại hội đảng bộ các cấp\n\nNgày 10/12/2019, Ban Thường vụ Đảng ủy đã "
				"ban hành Kế hoạch số 101-KH/ĐU.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL, "all levels: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nSáng 10/8/2020, Đại hội Đảng bộ các cơ quan Đảng tỉnh lần thứ X khai mạc.",
				0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "đại hội") &&
		  str_is(r->meeting.organizer, "Đảng bộ các cơ quan Đảng tỉnh"),
		  "one organization: %s / %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/* probe 33 G3: an organizer abbreviated, after "T.Ư Đảng", or of a verb a body does in session */
static void
test_session_organizer(void)
{
	static const struct
	{
		const char *text;
		const char *organizer;
	}			cases[] = {
		{"Tin vắn\nSáng ngày 11/3/2015, BTV huyện ủy đã duyệt nội dung Đại hội Đảng bộ xã Thịnh "
		 "Sơn. Đồng chí Trương Hồng Phúc - Bí thư Huyện ủy chủ trì hội nghị.", "BTV huyện ủy"},
		{"Tin vắn\nChiều 16/5, Thường trực Tỉnh ủy làm việc với Ban Tuyên giáo và Dân vận Tỉnh "
		 "ủy về kết quả công tác.", "Thường trực Tỉnh ủy"},
		{"Tin vắn\nChiều 16/5, Ban Thường vụ Tỉnh ủy có buổi làm việc với Ban Tổ chức Tỉnh ủy.",
		 "Ban Thường vụ Tỉnh ủy"},
		{"Tin vắn\nNgày 9-7-2024, Bộ Chính trị T.Ư Đảng tổ chức Hội nghị quán triệt Quy định số "
		 "144-QĐ/TW.", "Bộ Chính trị"},
		/* a session still to come, a document issued: no organizer */
		{"Tin vắn\nChiều 16/5, Thường trực Tỉnh ủy sẽ làm việc với Ban Tổ chức Tỉnh ủy.", NULL},
		{"Tin vắn\nNgày 6/8, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 17 về công tác.", NULL},
		/* a body after a person's title does not head the sentence */
		{"Tin vắn\nSáng 5/3, ông Trần Văn A, Trưởng Ban Tổ chức Tỉnh ủy thảo luận với các đại "
		 "biểu tại hội nghị.", NULL},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		GbResult   *r = extract(cases[i].text, 0, 0, 0);

		CHECK(cases[i].organizer ? str_is(r->meeting.organizer, cases[i].organizer) :
			  r->meeting.organizer == NULL,
			  "session organizer %d: %s", i, r->meeting.organizer ? r->meeting.organizer : "NULL");
		gb_result_free(r);
	}
}

/* probe 33 G2: the year of a day the lead gives alone, from a crawl tag or a congress reviewed */
static void
test_year_from_tag_and_congress(void)
{
	static const struct
	{
		const char *text;
		const char *held_on;	/* NULL: no year */
	}			cases[] = {
		/* the tag is the page's date, whatever a document cited dates */
		{" date 2025-10-28 Ngày 27-10, đồng chí Trần Cẩm Tú đã chủ trì Hội nghị tổng kết Nghị quyết "
		 "số 18-NQ/TW, ngày 25-10-2017 của Ban Chấp hành Trung ương.", "2025-10-27"},
		/* a review of a congress, in the year its term opens; not a congress's resolution */
		{"Tin vắn\nSáng 01/8, Đảng ủy xã Sơn Tây tổ chức Hội nghị tổng kết, rút kinh nghiệm sau khi "
		 "Đại hội Đảng bộ xã diễn ra thành công.\nTừ năm 2015 đến nay, Đảng bộ xã đã tổ chức thành "
		 "công Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030.", "2025-08-01"},
		{"Tin vắn\nSáng 01/8, Huyện ủy tổ chức Hội nghị sơ kết thực hiện Nghị quyết Đại hội Đảng bộ "
		 "huyện.\nNghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 – 2025 đạt kết quả.", NULL},
		/* early in the year, the congress may be of the year before */
		{"Tin vắn\nSáng 15/1, Đảng ủy xã tổ chức Hội nghị tổng kết công tác Đại hội Đảng bộ xã.\n"
		 "Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030 thành công.", NULL},
		/*
		 * probe 44 G1/G4: a congress's days without a year, its term named
		 * in another sentence: the year the term opens, the first day
		 */
		{"Tin hoạt động\nĐây là mục tiêu được Đại hội Đảng bộ tỉnh Sóc Trăng lần thứ XIV, từ ngày "
		 "14-16/10 đặt ra.\n\nSáng 15/10, Đại hội Đảng bộ tỉnh Sóc Trăng lần thứ XIV, nhiệm kỳ "
		 "2020-2025 đã khai mạc.", "2020-10-14"},
		{"Tin hoạt động\nĐại hội Đảng bộ huyện Gio Linh lần thứ XIX diễn ra từ ngày 8-10/7. Sáng 9/7, "
		 "Đại hội Đảng bộ huyện Gio Linh lần thứ XIX, nhiệm kỳ 2020-2025 đã khai mạc trọng thể.",
		 "2020-07-08"},
		/* a resolution's term, or January: none */
		{"Tin hoạt động\nĐại hội Đảng bộ huyện Gio Linh lần thứ XIX diễn ra từ ngày 8-10/7. Đại hội "
		 "đã thảo luận việc thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2015-2020.", NULL},
		{"Tin hoạt động\nĐại hội Đảng bộ huyện Gio Linh lần thứ XIX diễn ra từ ngày 8-10/1. Sáng 9/1, "
		 "Đại hội Đảng bộ huyện Gio Linh lần thứ XIX, nhiệm kỳ 2020-2025 đã khai mạc trọng thể.", NULL},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		GbResult   *r = extract(cases[i].text, 0, 0, 0);
		char		buf[16] = "NULL";

		if (r->meeting.held_on.y)
			snprintf(buf, sizeof(buf), "%04d-%02d-%02d", r->meeting.held_on.y,
					 r->meeting.held_on.m, r->meeting.held_on.d);
		CHECK(cases[i].held_on ? strcmp(buf, cases[i].held_on) == 0 && r->meeting.date_inferred == 1 :
			  r->meeting.held_on.y == 0,
			  "year from context %d: %s", i, buf);
		gb_result_free(r);
	}
}

/* probe 29 G4: "Tại hội nghị, X đã triển khai, quán triệt ..." names who holds an undated meeting */
static void
test_at_meeting_organizer(void)
{
	static const struct
	{
		const char *text;
		const char *organizer;
	}			cases[] = {
		{"Ban Tổ chức Trung ương triển khai nhiệm vụ quý II năm 2024\nTrong Quý I, toàn ngành đã "
		 "quán triệt các quy định.\nTại hội nghị, Ban Tổ chức Trung ương đã triển khai, quán triệt "
		 "Quy định số 137, ngày 01/12/2023 của Ban Bí thư.", "Ban Tổ chức Trung ương"},
		/* a body that only reports at it holds nothing */
		{"Tin vắn\nHội nghị diễn ra trực tuyến.\nTại hội nghị, Ban Tuyên giáo Tỉnh ủy đã trình bày "
		 "báo cáo chuyên đề.", NULL},
		/* the body said to hold it before keeps it */
		{"Tin vắn\nTỉnh ủy tổ chức Hội nghị quán triệt Nghị quyết số 57.\nTại hội nghị, Ban Tuyên "
		 "giáo Tỉnh ủy đã quán triệt Nghị quyết.", "Tỉnh ủy"},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		GbResult   *r = extract(cases[i].text, 0, 0, 0);

		CHECK(cases[i].organizer ? str_is(r->meeting.organizer, cases[i].organizer) :
			  r->meeting.organizer == NULL,
			  "at-meeting organizer %d: %s", i, r->meeting.organizer ? r->meeting.organizer : "NULL");
		gb_result_free(r);
	}
}

/*
 * Probe 45 G6: "Tại hội nghị, <body> đã thảo luận, thống nhất ...": a body
 * in session at the meeting just named (thảo luận, cho ý kiến, duyệt) holds
 * an undated meeting, as one opening a dated lead does; after a caption
 * that only attends the meeting ("phát biểu tại hội nghị") too, and after
 * "…"; the delegates ("các đại biểu") are no body.
 */
static void
test_at_meeting_in_session(void)
{
	static const struct
	{
		const char *text;
		const char *organizer;
	}			cases[] = {
		{"Đảng ủy Quân sự tỉnh Minh Sơn ra nghị quyết lãnh đạo nhiệm vụ quý II năm 2023\nĐồng chí Bí thư "
		 "Tỉnh ủy phát biểu tại hội nghị\n\nQuý I năm 2023, Đảng ủy Quân sự tỉnh Minh Sơn đã lãnh đạo hoàn "
		 "thành 100% chỉ tiêu… Tại hội nghị, Đảng ủy Quân sự tỉnh Minh Sơn đã thảo luận, thống nhất phương "
		 "hướng nhiệm vụ quý II năm 2023.", "Đảng ủy Quân sự tỉnh Minh Sơn"},
		{"Tin hoạt động\nTại hội nghị, Đảng ủy Bộ đội Biên phòng tỉnh Tân Lập đã thảo luận, thống nhất "
		 "phương hướng nhiệm vụ quý II năm 2023.", "Đảng ủy Bộ đội Biên phòng tỉnh Tân Lập"},
		{"Tin hoạt động\nTại hội nghị, Ban Thường vụ Huyện ủy Hòa Vang cho ý kiến về đề án nhân sự.",
		 "Ban Thường vụ Huyện ủy Hòa Vang"},
		/* the delegates in session are no body */
		{"Tin hoạt động\nTại hội nghị, các đại biểu đã thảo luận, thống nhất phương hướng nhiệm vụ.", NULL},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		GbResult   *r = extract(cases[i].text, 0, 0, 0);

		CHECK(cases[i].organizer ? str_is(r->meeting.organizer, cases[i].organizer) :
			  r->meeting.organizer == NULL,
			  "in session at the meeting %d: %s", i, r->meeting.organizer ? r->meeting.organizer : "NULL");
		gb_result_free(r);
	}
}

/*
 * R9 (probe 55 G3): a council holds its session however the lead says so:
 * "tổ chức thành công Kỳ họp" (the verb's result before its noun), "Tại
 * Kỳ họp thứ 26, HĐND tỉnh ... đã bầu", "Tại kỳ họp, HĐND huyện thực hiện
 * quy trình miễn nhiệm" (an election or a dismissal, voted only in
 * session); not a body that only reports to it ("UBND tỉnh đã trình").
 */
static void
test_council_session_organizer(void)
{
	static const struct
	{
		const char *text;
		const char *organizer;
	}			cases[] = {
		{"Tin hoạt động\nNgày 10/7/2020, HĐND huyện Chư Prông vừa tổ chức thành công Kỳ họp lần thứ Mười "
		 "một, khóa XII, nhiệm kỳ 2016-2021.", "HĐND huyện Chư Prông"},
		{"Tin hoạt động\nSáng 14/12/2023, HĐND tỉnh Tân Lập đã tổ chức thành công kỳ họp thứ 18.",
		 "HĐND tỉnh Tân Lập"},
		{"Tin hoạt động\nChiều 3/1/2025, tại Kỳ họp thứ 26, HĐND tỉnh Nghệ An khóa XVIII đã bầu ông Lê Hồng "
		 "Vinh giữ chức Chủ tịch UBND tỉnh.", "HĐND tỉnh Nghệ An"},
		{"Tin hoạt động\nSáng 9/7/2024, tại kỳ họp lần thứ 12, HĐND huyện Mường Chà đã miễn nhiệm chức danh Phó "
		 "Chủ tịch UBND huyện.", "HĐND huyện Mường Chà"},
		{"Tin hoạt động\nKỳ họp đã thông qua 12 nghị quyết. Tại kỳ họp, HĐND huyện Điện Biên Đông thực hiện "
		 "quy trình miễn nhiệm chức danh Chủ tịch HĐND huyện.", "HĐND huyện Điện Biên Đông"},
		/* a body reporting to the session holds none */
		{"Tin hoạt động\nChiều 3/1/2025, tại Kỳ họp thứ 26, UBND tỉnh Nghệ An đã trình các tờ trình.", NULL},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		GbResult   *r = extract(cases[i].text, 0, 0, 0);

		CHECK(cases[i].organizer ? str_is(r->meeting.organizer, cases[i].organizer) :
			  r->meeting.organizer == NULL,
			  "council session %d: %s", i, r->meeting.organizer ? r->meeting.organizer : "NULL");
		gb_result_free(r);
	}
}

/* probe 32 G5: one title in its full and short spellings of the Central Committee */
static void
test_title_central_spellings(void)
{
	check_official("Chiều 25/8, đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy đến thăm. "
				   "Dự hội nghị có các đồng chí: Nguyễn Văn An, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy; "
				   "Trần Văn Bình, Phó Trưởng Ban Tổ chức TƯ.", "Nguyễn Văn An", "đồng chí",
				   "Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy");
	check_official("Đồng chí Nguyễn Văn An, Ủy viên Ban Chấp hành Trung ương Đảng, dự. Đồng chí Nguyễn Văn "
				   "An, UV BCH T.Ư Đảng, phát biểu. Đồng chí Nguyễn Văn An, Ủy viên BCH TW Đảng, kết luận.",
				   "Nguyễn Văn An", "đồng chí", "Ủy viên Ban Chấp hành Trung ương Đảng");
	/* "TƯ" after a board is Trung ương, "TU" Tỉnh ủy: two titles */
	check_official("Ông Trần Văn Bình, Phó Trưởng Ban Tổ chức TƯ, dự. Ông Trần Văn Bình, Phó Trưởng Ban "
				   "Tổ chức Trung ương, phát biểu. Ông Trần Văn Bình, Phó Trưởng Ban Tổ chức TU, kết luận.",
				   "Trần Văn Bình", "ông",
				   "Phó Trưởng Ban Tổ chức TƯ | Phó Trưởng Ban Tổ chức TU");
}

/* probes 32 G7, 33 G8: a name or title miscased or missing its Ủ by a slip of the writer */
static void
test_slip_names(void)
{
	GbResult   *r;

	check_official("Tại hội nghị đồng chí Lê Tiến Dũng, Phó Bí thư Thường trực Thành ủy; các đồng chí Ủy viên Ban "
				   "Thường vụ: Lê quang Xuyến, Trưởng Ban Tổ chức; Nguyễn Hồng, Chủ nhiệm y ban Kiểm tra trực tiếp "
				   "giới thiệu.", "Lê Quang Xuyến", "đồng chí", "Ủy viên Ban Thường vụ | Trưởng Ban Tổ chức");
	check_official("Tại hội nghị các đồng chí Ủy viên Ban Thường vụ: Lê quang Xuyến, Trưởng Ban Tổ chức; Nguyễn "
				   "Hồng, Chủ nhiệm y ban Kiểm tra trực tiếp giới thiệu.", "Nguyễn Hồng", "đồng chí",
				   "Ủy viên Ban Thường vụ | Chủ nhiệm Ủy ban Kiểm tra");
	check_official("Dự khai mạc có đồng chí Phạm VĨnh Cường, Phó Bí thư Thường trực Đảng uỷ Khối, đồng chí cao "
				   "Xuân Chiểu, Phó Bí thư Đảng uỷ Khối.", "Cao Xuân Chiểu", "đồng chí", "Phó Bí thư Đảng ủy Khối");
	r = extract("Dự khai mạc có đồng chí Phạm VĨnh Cường, Phó Bí thư Thường trực Đảng uỷ Khối.", 0, 0, 0);
	CHECK(r->nofficials == 1 && str_is(r->officials[0].name, "Phạm Vĩnh Cường"), "name: %s",
		  r->nofficials ? r->officials[0].name : "none");
	gb_result_free(r);
	/* a word of the sentence between a surname and a name is no slip: "Hà và Lan" */
	r = extract("Cùng dự có đồng chí Hà và Lan, Phó Bí thư Tỉnh đoàn.", 0, 0, 0);
	CHECK(r->nofficials == 0, "officials %d: %s", r->nofficials, r->nofficials ? r->officials[0].name : "");
	gb_result_free(r);
	/* nor without titles after it */
	r = extract("Đồng chí cao Xuân Chiểu dự.", 0, 0, 0);
	CHECK(r->nofficials == 0, "officials %d", r->nofficials);
	gb_result_free(r);
}

/* probe 33 G6: offices listed with "và", no mention of the one holding the first */
static void
test_offices_listed(void)
{
	GbResult   *r;

	r = extract("Tổng Bí thư Nguyễn Phú Trọng đã ký Quyết định số 84.\n\nTừ năm 2015 đến nay, Tổng Bí thư, "
				"Chủ tịch nước và Thủ tướng Chính phủ cũng tham gia Thường vụ Đảng ủy Công an Trung ương.", 0, 0, 0);
	CHECK(r->nofficials == 1 && r->officials[0].ntitles == 1 && r->officials[0].mentions == 1,
		  "officials %d, titles %d, mentions %d", r->nofficials, r->nofficials ? r->officials[0].ntitles : 0,
		  r->nofficials ? r->officials[0].mentions : 0);
	gb_result_free(r);
	/* a bare title alone still names its holder */
	r = extract("Tổng Bí thư Nguyễn Phú Trọng đã ký Quyết định số 84. Tổng Bí thư nhấn mạnh.", 0, 0, 0);
	CHECK(r->nofficials == 1 && r->officials[0].mentions == 2, "mentions %d",
		  r->nofficials ? r->officials[0].mentions : 0);
	gb_result_free(r);
	/* the last office's holder named after it is a person */
	check_official("Tổng Bí thư, Chủ tịch nước và Thủ tướng Phạm Minh Chính dự.", "Phạm Minh Chính", NULL,
				   "Thủ tướng");
}

/* probe 32 G6: after an honorific a name, though it folds as a place's */
static void
test_name_like_place(void)
{
	GbResult   *r;

	check_official("Lãnh đạo Ban Tổ chức Tỉnh ủy chủ trì họp báo.\nÔng Lâm Đông - Trưởng Ban Tuyên giáo và Dân vận "
				   "Tỉnh ủy chia sẻ các thông tin.", "Lâm Đông", "ông", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy");
	check_official("Đồng chí Lâm Đông, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu.", "Lâm Đông", "đồng chí",
				   "Trưởng Ban Tuyên giáo Tỉnh ủy");
	/* without an honorific the place is no person: "Bí thư Tỉnh ủy Lâm Đồng" */
	r = extract("Đồng chí Trần Đức Quận, Bí thư Tỉnh ủy Lâm Đồng dự. Tỉnh ủy Lâm Đồng tổ chức hội nghị.", 0, 0, 0);
	CHECK(r->nofficials == 1 && str_is(r->officials[0].name, "Trần Đức Quận"), "officials %d: %s",
		  r->nofficials, r->nofficials ? r->officials[0].name : "");
	gb_result_free(r);
}

/*
 * R9 (probe 56 G3): in a list of persons with their titles after "các đồng
 * chí ...:", a name that folds as a place's is a person's by its shape and
 * its titles, after ";" or the colon; a list of places is none
 */
static void
test_listed_name_like_place(void)
{
	GbResult   *r;
	static const char *const list =
		"Tham dự tại điểm cầu tỉnh ta có các đồng chí UVTV Tỉnh ủy: Trần Minh Nam, Trưởng Ban Tuyên "
		"giáo Tỉnh ủy; Lâm Đông, Trưởng Ban Tổ chức Tỉnh ủy; Hà Nam, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; "
		"các đồng chí báo cáo viên cấp tỉnh.";

	check_official(list, "Lâm Đông", "đồng chí", "UVTV Tỉnh ủy | Trưởng Ban Tổ chức Tỉnh ủy");
	check_official(list, "Hà Nam", "đồng chí", "UVTV Tỉnh ủy | Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy");
	check_official(list, "Trần Minh Nam", "đồng chí", "UVTV Tỉnh ủy | Trưởng Ban Tuyên giáo Tỉnh ủy");
	/* the first one after the colon, a dash before the titles, three syllables */
	check_official("Dự có các đồng chí: Long An, Giám đốc Sở Nội vụ; Lê Hùng, Trưởng Ban "
				   "Dân vận Tỉnh ủy.", "Long An", "đồng chí", "Giám đốc Sở Nội vụ");
	check_official("Dự có các đồng chí: Lê Hùng, Giám đốc Sở Nội vụ; Gia Lai - Trưởng Ban Nội chính "
				   "Tỉnh ủy; Lâm Đồng Hải, Chủ tịch Hội Nông dân tỉnh.", "Lâm Đồng Hải", "đồng chí",
				   "Chủ tịch Hội Nông dân tỉnh");
	/* places without titles of their own stay places */
	r = extract("Dự có các đồng chí: Nguyễn Văn A, Bí thư Tỉnh ủy Hà Nam; Hà Nam, Ninh Bình và Nam Định "
				"là ba tỉnh. Dự có các đồng chí lãnh đạo các tỉnh: Hà Nam, Ninh Bình, Nam Định.", 0, 0, 0);
	CHECK(r->nofficials == 1, "places: %d officials", r->nofficials);
	gb_result_free(r);
}

/*
 * R9 (probe 56 G6): a title the end of an excerpt cuts on a lone capital
 * letter loses that word, so that it adds nothing beside its full form
 */
static void
test_title_cut_by_end(void)
{
	check_official("Đồng chí Phan Xuân Thuỷ- Phó Trưởng ban Tuyên giáo Trung ương chủ trì hội nghị.\n\n"
				   "Định hướng công tác tuyên truyền, đồng chí Phan Xuân Thuỷ- Phó Trưởng ban Tuyên giáo T",
				   "Phan Xuân Thủy", "đồng chí", "Phó Trưởng ban Tuyên giáo Trung ương");
	check_official("Hội nghị do đồng chí Nguyễn Văn An, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Kết luận, đồng "
				   "chí Nguyễn Văn An - Trưởng Ban Dân vận T", "Nguyễn Văn An", "đồng chí",
				   "Trưởng Ban Dân vận Tỉnh ủy");
	/* alone, what is left of it */
	check_official("Phát biểu kết luận, đồng chí Lê Thị Hoa, Phó Chủ tịch UBND tỉnh Q", "Lê Thị Hoa",
				   "đồng chí", "Phó Chủ tịch UBND tỉnh");
	/* an abbreviation is no word cut short */
	check_official("Đồng chí Nguyễn Văn An, Trưởng Ban Tổ chức TU", "Nguyễn Văn An", "đồng chí",
				   "Trưởng Ban Tổ chức TU");
}

/*
 * probe 34 G2: the whole object after a plan noun is what is yet to be
 * done, areas paired by a dash and their abbreviation included; and a
 * year guessed never puts the meeting after the report's publication
 */
static void
test_plan_object_dash_pairs(void)
{
	GbResult   *r;

	r = extract("Tin vắn\nSáng 26/6, Đảng ủy Quân sự tỉnh tổ chức hội nghị ra Nghị quyết lãnh đạo thực "
				"hiện nhiệm vụ quân sự - quốc phòng (QS-QP) 6 tháng cuối năm 2019.\n\nSáu tháng đầu năm, "
				"Đảng ủy đã làm tốt công tác tham mưu.", 2019, 6, 26);
	CHECK(held_is(r, 2019, 6, 26), "QS-QP: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	CHECK(str_is(r->meeting.period_text, "Sáu tháng đầu năm") && r->meeting.period_lo.y == 2019 &&
		  r->meeting.period_lo.m == 1 && r->meeting.period_hi.m == 7,
		  "period %s", r->meeting.period_text ? r->meeting.period_text : "NULL");
	gb_result_free(r);

	/* a year planned late in the year before it: no year */
	r = extract("Tin vắn\nSáng 26/12, Tỉnh ủy Minh Sơn tổ chức hội nghị triển khai nhiệm vụ phát triển "
				"kinh tế - xã hội, quốc phòng - an ninh năm 2024.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "KT-XH năm 2024: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	/* reviewed, it is the period: "đánh giá kết quả thực hiện nhiệm vụ ..." */
	r = extract("Tin vắn\nSáng 5/7, Đảng ủy Quân sự tỉnh tổ chức hội nghị đánh giá kết quả thực hiện "
				"nhiệm vụ quân sự - quốc phòng (QS-QP) 6 tháng đầu năm 2019.", 0, 0, 0);
	CHECK(held_is(r, 2019, 7, 5) && str_is(r->meeting.period_text, "6 tháng đầu năm 2019"),
		  "reviewed: %d-%d-%d %s", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d, r->meeting.period_text ? r->meeting.period_text : "NULL");
	gb_result_free(r);

	/* the period reviewed puts the day after it, the publication before: that year */
	r = extract("Tin vắn\nSáng 26/6, Tỉnh ủy tổ chức hội nghị sơ kết công tác 6 tháng cuối năm 2019.",
				2019, 6, 26);
	CHECK(held_is(r, 2019, 6, 26), "after published: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * probe 34 G1: a year or a date of a person's life ("sinh năm 1969",
 * "Ngày sinh: 12/5/1970") or the first year of a span ("từ năm 2010 đến
 * năm 2015") gives no year to the meeting; "học sinh năm 2024" does
 */
static void
test_year_not_of_life(void)
{
	static const char *const none[] = {
		"Tin vắn\nChiều 10/2, Thành ủy Minh Sơn tổ chức hội nghị.\n\nÔng Nguyễn Văn An sinh năm 1969, "
		"quê ở tỉnh Thanh Hóa.",
		"Tin vắn\nChiều 10/2, Thành ủy Minh Sơn tổ chức hội nghị.\n\nÔng Nguyễn Văn An (sinh ngày "
		"12/5/1970) quê ở tỉnh Thanh Hóa.",
		"Tin vắn\nChiều 10/2, Thành ủy Minh Sơn tổ chức hội nghị.\n\nNgày sinh: 12/5/1970.",
		"Tin vắn\nChiều 10/2, Thành ủy Minh Sơn tổ chức hội nghị. Ông sinh năm 1970.",
		"Tin vắn\nChiều 10/2, Huyện ủy Minh Sơn tổ chức hội nghị. Đồng chí Nguyễn Văn An, vào Đảng ngày "
		"3/2/1974, nhận Huy hiệu.",
		"Tin vắn\nChiều 10/2, Thành ủy Minh Sơn tổ chức hội nghị.\n\nÔng Nguyễn Văn An giữ chức Bí thư "
		"Huyện ủy từ năm 2010 đến năm 2015.",
		NULL
	};
	GbResult   *r;
	int			i;

	for (i = 0; none[i]; i++)
	{
		r = extract(none[i], 0, 0, 0);
		CHECK(held_is(r, 0, 0, 0), "%d: %d-%d-%d", i, r->meeting.held_on.y, r->meeting.held_on.m,
			  r->meeting.held_on.d);
		gb_result_free(r);
	}
	/* the published date gives it */
	r = extract(none[0], 2023, 2, 10);
	CHECK(held_is(r, 2023, 2, 10), "published: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	/* "sinh" ending a compound is no birth */
	r = extract("Tin vắn\nChiều 10/2, Sở Giáo dục tổ chức hội nghị về công tác học sinh năm 2024.", 0, 0, 0);
	CHECK(held_is(r, 2024, 2, 10), "học sinh: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * probe 34 G4: titles that go on past words the parser also reads as cues.
 * A court's or a procuracy's rank ("tối cao", "cấp cao"), a steering
 * committee's task (its verbs and the documents it carries out, "dân chủ"
 * inside a document's name), the standing member of a congress's
 * subcommittee; a body that opens inside a chair's post is no organizer.
 */
static void
test_titles_past_cue_words(void)
{
	GbResult   *r;

	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Bí thư Trung ương Đảng, Chánh án Tòa án nhân dân tối cao dự.",
				   "Hà Văn Tư", "đồng chí", "Bí thư Trung ương Đảng | Chánh án Tòa án nhân dân tối cao");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Viện trưởng Viện Kiểm sát nhân dân cấp cao tại Hà Nội dự.",
				   "Hà Văn Tư", "đồng chí", "Viện trưởng Viện Kiểm sát nhân dân cấp cao");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh "
				   "phát biểu.", "Hà Văn Tư", "đồng chí",
				   "Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh");
	check_official("Tin vắn\nÔng Hà Văn Tư, Trưởng Ban Chỉ đạo sơ kết Nghị quyết 18 của tỉnh dự.",
				   "Hà Văn Tư", "ông", "Trưởng Ban Chỉ đạo sơ kết Nghị quyết 18 của tỉnh");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Ủy viên Bộ Chính trị, Thường trực Tiểu ban Văn kiện Đại hội "
				   "XIV của Đảng dự.", "Hà Văn Tư", "đồng chí",
				   "Ủy viên Bộ Chính trị | Thường trực Tiểu ban Văn kiện Đại hội XIV của Đảng");
	r = extract("Tin vắn\nSáng 1/7, tại Đắk Lắk, Thủ tướng Chính phủ Hà Văn Tư, Trưởng Ban Chỉ đạo tổng kết "
				"thực hiện Nghị quyết số 10-NQ/TW và Kết luận số 12-KL/TW chủ trì Hội nghị.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "organizer: %s", r->meeting.organizer);
	gb_result_free(r);
	check_official("Tin vắn\nSáng 1/7, tại Đắk Lắk, Thủ tướng Chính phủ Hà Văn Tư, Trưởng Ban Chỉ đạo tổng kết "
				   "thực hiện Nghị quyết số 10-NQ/TW và Kết luận số 12-KL/TW chủ trì Hội nghị.", "Hà Văn Tư", NULL,
				   "Thủ tướng Chính phủ | Trưởng Ban Chỉ đạo tổng kết thực hiện Nghị quyết số 10-NQ/TW và "
				   "Kết luận số 12-KL/TW");
	/* a steering committee's own verb, no name of it: "... Ban Chỉ đạo tỉnh tổng kết" is the organizer */
	org_is("Tin vắn\nSáng 1/7, tại Đắk Lắk, Ban Chỉ đạo Tây Nguyên tổng kết thực hiện Nghị quyết số 10-NQ/TW.",
		   "Ban Chỉ đạo Tây Nguyên", "tổng kết");
}

/*
 * probe 34 G5: "có sự tham gia của ... do đồng chí A – title chủ trì": the
 * persons "do" (by) introduces, listed, are the agents of the role right
 * after their titles, not of the attending before them.
 */
static void
test_agent_after_do(void)
{
	GbResult   *r;
	const GbOfficial *o;

	r = extract("Tin vắn\nSáng ngày 26/11/2020, Chi bộ Trung tâm Khuyến công đã tổ chức sinh hoạt chuyên đề. "
				"Buổi sinh hoạt có sự tham gia của toàn thể cán bộ, đảng viên của Chi bộ do đồng chí Hà Văn "
				"Tư – Bí thư Chi bộ chủ trì phổ biến nội dung chuyên đề.", 0, 0, 0);
	o = official(r, "Hà Văn Tư");
	CHECK(o && has_role(o, "chủ trì") && !has_role(o, "dự"), "Hà Văn Tư chairs");
	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Hà Văn Tư") == 0,
		  "chairs: %d", r->meeting.nchairs);
	gb_result_free(r);
	r = extract("Tin vắn\nHội nghị có sự tham gia của đồng chí Lò Văn Mạ, Phó Bí thư Tỉnh ủy do đồng chí Hà Văn "
				"Tư, Bí thư Tỉnh ủy và đồng chí Vi Văn Lâm, Chủ tịch UBND tỉnh chủ trì.", 0, 0, 0);
	o = official(r, "Lò Văn Mạ");
	CHECK(o && has_role(o, "dự") && !has_role(o, "chủ trì"), "Lò Văn Mạ attends");
	o = official(r, "Hà Văn Tư");
	CHECK(o && has_role(o, "chủ trì") && !has_role(o, "dự"), "Hà Văn Tư chairs");
	o = official(r, "Vi Văn Lâm");
	CHECK(o && has_role(o, "chủ trì") && !has_role(o, "dự"), "Vi Văn Lâm chairs");
	gb_result_free(r);
	/* "do A dẫn đầu; B chủ trì": the role is not right after A's titles, A attends */
	r = extract("Tin vắn\nTham dự hội nghị có đoàn công tác Trung ương do đồng chí Hà Văn Tư, Ủy viên Bộ Chính "
				"trị dẫn đầu; đồng chí Lò Văn Mạ, Bí thư Tỉnh ủy chủ trì hội nghị.", 0, 0, 0);
	o = official(r, "Hà Văn Tư");
	CHECK(o && has_role(o, "dự") && !has_role(o, "chủ trì"), "Hà Văn Tư leads a delegation");
	gb_result_free(r);
}

/*
 * probe 34 G9, the typo: an item of a list of titles that opens with "Phó"
 * but names no position ("Phó Bí Thành ủy", "thư" left out) is passed over,
 * and the well-formed titles after it stay the person's.
 */
static void
test_mistyped_prefix_item(void)
{
	check_official("Tin vắn\nChủ trì hội nghị có các đồng chí: Hà Văn Tư, Ủy viên Trung ương Đảng, Bí thư Thành "
				   "ủy; Lò Thị Mai, Phó Bí Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam TP; Vi Văn Lâm, Phó Bí thư "
				   "Thành ủy.", "Lò Thị Mai", "đồng chí", "Chủ tịch Ủy ban MTTQ Việt Nam TP");
	check_official("Tin vắn\nĐồng chí Lò Thị Mai, Phó Bí Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố dự.",
				   "Lò Thị Mai", "đồng chí", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố");
	/* with no title after it, nothing is taken */
	check_official("Tin vắn\nĐồng chí Lò Thị Mai, Phó Bí Thành ủy dự.", "Lò Thị Mai", "đồng chí", "");
}

/*
 * probe 34 G4, continued: "xã hội" (society) inside a title is a word of
 * the body's name, not the level "xã" that ends it: "Giám đốc Bảo hiểm xã
 * hội tỉnh", and in a steering committee's task in lower case.
 */
static void
test_titles_society_word(void)
{
	check_official("Tin vắn\nÔng Hà Văn Tư, Giám đốc Bảo hiểm xã hội tỉnh dự.", "Hà Văn Tư", "ông",
				   "Giám đốc Bảo hiểm xã hội tỉnh");
	check_official("Tin vắn\nÔng Hà Văn Tư, Giám đốc Ngân hàng Chính sách xã hội tỉnh dự.", "Hà Văn Tư", "ông",
				   "Giám đốc Ngân hàng Chính sách xã hội tỉnh");
	check_official("Tin vắn\nÔng Hà Văn Tư, Trưởng Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội tỉnh dự.",
				   "Hà Văn Tư", "ông", "Trưởng Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội tỉnh");
	/* the level itself still ends a title before a place's name */
	check_official("Tin vắn\nÔng Hà Văn Tư, Chủ tịch UBND xã Tân Lập dự.", "Hà Văn Tư", "ông",
				   "Chủ tịch UBND xã Tân Lập");
}

/*
 * probe 34 G4, continued: a steering committee named in sentence case names
 * its document in lower case too, and a document may be named by its
 * issuer alone ("thực hiện Nghị quyết của Tỉnh ủy").
 */
static void
test_steering_task_forms(void)
{
	check_official("Tin vắn\nÔng Hà Văn Tư, Trưởng ban chỉ đạo thực hiện quy chế dân chủ ở cơ sở dự.",
				   "Hà Văn Tư", "ông", "Trưởng ban chỉ đạo thực hiện quy chế dân chủ ở cơ sở");
	check_official("Tin vắn\nÔng Hà Văn Tư, Trưởng Ban Chỉ đạo tổng kết Nghị quyết của Bộ Chính trị phát biểu.",
				   "Hà Văn Tư", "ông", "Trưởng Ban Chỉ đạo tổng kết Nghị quyết của Bộ Chính trị");
	check_official("Tin vắn\nÔng Hà Văn Tư, Trưởng Ban Chỉ đạo triển khai thực hiện Chương trình mục tiêu "
				   "quốc gia xây dựng nông thôn mới huyện dự.", "Hà Văn Tư", "ông",
				   "Trưởng Ban Chỉ đạo triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông "
				   "thôn mới huyện");
	/* a bare type with nothing after it names no document: the verbs may be the sentence's */
	check_official("Tin vắn\nÔng Hà Văn Tư, Trưởng Ban Chỉ đạo tổng kết Nghị quyết phát biểu.",
				   "Hà Văn Tư", "ông", "Trưởng Ban Chỉ đạo");
}

/*
 * probe 34 G1: a page's stamp run into the lead ("14/12/2021Ngày 13/12, ...")
 * and a crawl tag's full date ("date 2025-10-02") are the publication
 */
static void
test_lead_stamp_published(void)
{
	static const struct
	{
		const char *text;
		const char *published;	/* NULL: none */
		const char *held_on;
	}			cases[] = {
		{"Ban Thường vụ Tỉnh ủy họp Ban Chấp hành Đảng bộ tỉnh lần thứ 7\n14/12/2021Ngày 13/12, Ban "
		 "Thường vụ Tỉnh ủy Vĩnh Long tổ chức hội nghị Ban chấp hành Đảng bộ tỉnh lần thứ 7, nhiệm kỳ "
		 "2020-2025.", "2021-12-14", "2021-12-13"},
		{"Ban Thường vụ Tỉnh ủy họp Ban Chấp hành Đảng bộ tỉnh lần thứ 7\n14/12/2021 - Sáng 13/12, Ban "
		 "Thường vụ Tỉnh ủy Vĩnh Long tổ chức hội nghị Ban chấp hành Đảng bộ tỉnh.", "2021-12-14",
		"2021-12-13"},
		{"14/12/2021 09:15 | Ngày 13/12, Ban Thường vụ Tỉnh ủy Vĩnh Long tổ chức hội nghị Ban chấp hành "
		 "Đảng bộ tỉnh lần thứ 7, nhiệm kỳ 2020-2025.", "2021-12-14", "2021-12-13"},
		{" date 2025-10-02 Chiều 2-10, Ban Thường vụ Thành ủy Cần Thơ tổ chức hội nghị Ban Chấp hành "
		 "Đảng bộ thành phố.", "2025-10-02", "2025-10-02"},
		/* a month alone dates no publication; it still bounds the meeting */
		{"date 2022-09 Sáng 27/9, Ủy ban Thường vụ Quốc hội tổ chức Hội nghị trực tuyến toàn quốc.",
		NULL, "2022-09-27"},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		GbResult   *r = extract(cases[i].text, 0, 0, 0);
		char		pub[16] = "NULL",
					held[16] = "NULL";

		if (r->meeting.published.y)
			snprintf(pub, sizeof(pub), "%04d-%02d-%02d", r->meeting.published.y,
					 r->meeting.published.m, r->meeting.published.d);
		if (r->meeting.held_on.y)
			snprintf(held, sizeof(held), "%04d-%02d-%02d", r->meeting.held_on.y,
					 r->meeting.held_on.m, r->meeting.held_on.d);
		CHECK(strcmp(pub, cases[i].published ? cases[i].published : "NULL") == 0 &&
			  strcmp(held, cases[i].held_on) == 0,
			  "lead stamp %d: published %s, held_on %s", i, pub, held);
		gb_result_free(r);
	}
}

/* probe 34 G6: a sidebar's list of short items and its heading are no headline */
static void
test_headline_not_sidebar_list(void)
{
	static const struct
	{
		const char *text;
		const char *title;
	}			cases[] = {
		{"6 điều Bác Hồ dạy CAND\n • Đối với tự mình phải:\n • Cần, Kiệm, Liêm, Chính\n • Đối với "
		 "đồng sự phải\n • Thân Ái Giúp Đỡ\nChuyên mục vì An ninh Tổ quốc\nThống kê truy cập\nHôm nay:\n"
		 "Đồng chí Trương Thị Mai làm việc về công tác chuẩn bị Đại hội Đảng các cấp tại An Giang\n"
		 "Ngày 23/03/2020, đồng chí Trương Thị Mai đã có buổi làm việc với Ban Thường vụ Tỉnh ủy An "
		 "Giang.", "Đồng chí Trương Thị Mai làm việc về công tác chuẩn bị Đại hội Đảng các cấp tại An Giang"},
		/* leads opening with a dash, a document's grounds, a single item: no such list */
		{"Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9\n- Chiều 2/10, Ban Thường vụ Tỉnh ủy tổ chức "
		 "hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9.\n- Sáng 3/10, hội nghị bế mạc.",
		"Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9"},
		{"Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9\n- Căn cứ Điều lệ Đảng;\n- Căn "
		 "cứ Quy chế làm việc của Tỉnh ủy;\nChiều 2/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.",
		"Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9"},
		{"Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9\n• Tin liên quan\nChiều 2/10, "
		 "Ban Thường vụ Tỉnh ủy tổ chức hội nghị.", "Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9"},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		GbResult   *r = extract(cases[i].text, 0, 0, 0);

		CHECK(str_is(r->meeting.title, cases[i].title),
			  "sidebar list headline %d: %s", i, r->meeting.title ? r->meeting.title : "NULL");
		gb_result_free(r);
	}
}

/* probe 34 G7: a name the end of the text cuts short ("đồng chí Trần Vă") is no official */
static void
test_name_cut_by_end(void)
{
	static const struct
	{
		const char *tail;
		int			nofficials;
	}			cases[] = {
		{"Trần Vă", 1},
		{"Trần Thị Phươ", 1},
		{"Lê Sỹ Nghiê", 1},
		{"Nguyễn Văn Tr", 1},
		{"Trần Quang Tuô", 1},
		/* whole syllables: "Nghiêm", "Cường", "Thuở" */
		{"Lê Sỹ Nghiêm", 2},
		{"Nguyễn Văn Cường", 2},
		{"Lê Thị Thuở", 2},
		/* cut inside the text, not at its end: its next word follows */
		{"Trần Vă Nam, Phó Bí thư Tỉnh ủy.", 2},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		char		text[512];
		GbResult   *r;

		snprintf(text, sizeof(text), "Ngày 01/7/2022, Tỉnh ủy Hậu Giang tổ chức Hội nghị Ban Chấp "
				 "hành Đảng bộ tỉnh. Đồng chủ trì Hội nghị có đồng chí Nghiêm Xuân Thành, Bí thư "
				 "Tỉnh ủy; đồng chí %s", cases[i].tail);
		r = extract(text, 0, 0, 0);
		CHECK(r->nofficials == cases[i].nofficials, "name cut by end %d: %d officials", i,
			  r->nofficials);
		gb_result_free(r);
	}
}

/*
 * probe 34 G8: a local document is keyed by its issuer, term or not, the
 * issuer's heads in their own case; a renamed document ("A nay là B của
 * Tỉnh ủy") shares the issuer written after the new name
 */
static void
test_local_document_issuer(void)
{
	GbResult   *r;
	const GbCitation *c;
	int			k;

	r = extract("Tin vắn\nQuán triệt Nghị quyết số 12 của Ban thường vụ tỉnh ủy Bắc Giang về giáo "
				"dục chính trị. Thực hiện Nghị quyết số 12 của Bộ Chính trị về doanh nghiệp. "
				"Thực hiện Chương trình số 9 của Ban Tuyên giáo huyện ủy Tân Yên và Công văn số 30 "
				"của Ủy ban nhân dân tỉnh. Nghị quyết số 1206/2016/UBTVQH13 về chế độ.", 0, 0, 0);
	for (k = 0; k < r->ncitations; k++)
		if (str_is(r->citations[k].number, "12") && r->citations[k].code == NULL)
			break;
	c = k < r->ncitations ? &r->citations[k] : NULL;
	CHECK(c && str_is(c->issuer, "Ban Thường vụ Tỉnh ủy Bắc Giang") &&
		  str_is(c->key, "nghi-quyet:12/ban-thuong-vu-tinh-uy-bac-giang"),
		  "local 12: %s / %s", c && c->issuer ? c->issuer : "NULL", c ? c->key : "none");
	c = find_cit(r, "Chương trình", "9", 0);
	CHECK(c && str_is(c->issuer, "Ban Tuyên giáo Huyện ủy Tân Yên") &&
		  str_is(c->key, "chuong-trinh:9/ban-tuyen-giao-huyen-uy-tan-yen"),
		  "9: %s / %s", c && c->issuer ? c->issuer : "NULL", c ? c->key : "none");
	/* a State body's document keeps its key; a compound's "ban" starts no head */
	c = find_cit(r, "Công văn", "30", 0);
	CHECK(c && str_is(c->key, "cong-van:30"), "30: %s", c ? c->key : "none");
	c = find_cit(r, "Nghị quyết", "1206", 0);
	CHECK(c && str_is(c->issuer, "Ủy ban Thường vụ Quốc hội"), "1206: %s",
		  c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	r = extract("Tin vắn\nThực hiện Nghị quyết 03 (khóa XII) nay là Nghị quyết 07 (khóa XIII) của "
				"Thành ủy về phát triển du lịch.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "3", 0);
	CHECK(c && str_is(c->issuer, "Thành ủy") && str_is(c->key, "nghi-quyet:3/thanh-uy@xii"),
		  "03: %s / %s", c && c->issuer ? c->issuer : "NULL", c ? c->key : "none");
	c = find_cit(r, "Nghị quyết", "7", 0);
	CHECK(c && str_is(c->issuer, "Thành ủy"), "07: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);

	/* the issuer named at length later, whatever the first one's case */
	r = extract("Tin vắn\nQuán triệt Nghị quyết 12 của Ban thường vụ tỉnh ủy về giáo dục. Sau đó, "
				"thực hiện Nghị quyết số 12 của Ban Thường vụ Tỉnh ủy Thanh Hóa.", 0, 0, 0);
	CHECK(r->ncitations == 1 && str_is(r->citations[0].issuer, "Ban Thường vụ Tỉnh ủy Thanh Hóa"),
		  "12: %s", r->ncitations && r->citations[0].issuer ? r->citations[0].issuer : "NULL");
	gb_result_free(r);
}

/*
 * probe 35 G3: the army's Party documents.  The code's suffix "/QUTW" and
 * the letters "QUTW" after "của" name the Quân ủy Trung ương, whose codes
 * are derived as the central bodies' are; a plural group noun and its
 * issuer before a colon give that issuer to the documents listed after it.
 */
static void
test_army_party_issuer(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Tin vắn\nQuán triệt Nghị quyết số 1661-NQ/QUTW ngày 20/12/2022 về lãnh đạo công tác tài "
				"chính; Nghị quyết số 1657-NQ/QUTW của QUTW về đổi mới công tác giáo dục; Chỉ thị 464 "
				"của Quân ủy Trung ương; Chỉ thị số 747-CT/QUTW ngày 23/7/2019 của Ban Thường vụ Quân ủy "
				"Trung ương, Chỉ thị 747 của Thường vụ QUTW.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "1661", 0);
	CHECK(c && str_is(c->issuer, "Quân ủy Trung ương") && str_is(c->term, "XIII"),
		  "1661: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Nghị quyết", "1657", 0);
	CHECK(c && str_is(c->issuer, "Quân ủy Trung ương"), "1657: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Chỉ thị", "464", 0);
	CHECK(c && str_is(c->code, "464-CT/QUTW"), "464: %s", c && c->code ? c->code : "NULL");
	c = find_cit(r, "Chỉ thị", "747", 0);
	CHECK(c && c->mentions == 2 && str_is(c->issuer, "Ban Thường vụ Quân ủy Trung ương"),
		  "747: %d", c ? c->mentions : -1);
	CHECK(r->ncitations == 4, "citations: %d", r->ncitations);
	gb_result_free(r);
	r = extract("Tin vắn\nCác đại biểu được quán triệt các nghị quyết của Bộ Chính trị: Nghị quyết số 29 "
				"ngày 4/11/2013 về đổi mới giáo dục; Nghị quyết số 30 ngày 5/11/2013 về phát triển.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "30", 0);
	CHECK(c && str_is(c->issuer, "Bộ Chính trị") && str_is(c->code, "30-NQ/TW"),
		  "30: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
	/* a colon after a single document's issuer opens no list */
	r = extract("Tin vắn\nNghị quyết 29 của Bộ Chính trị: Nghị quyết số 30 ngày 5/11/2013 về phát triển.",
				0, 0, 0);
	c = find_cit(r, "Nghị quyết", "30", 0);
	CHECK(c && c->issuer == NULL, "30 alone: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
}

/*
 * probe 35 G11: a contributor's byline with his unit in parentheses
 * opening the publication line under the headline ("Khương Quang (Quân khu
 * 1) 16:09, 27/02/2023") is the author; a weekday there is none.
 */
static void
test_byline_unit_stamp(void)
{
	head_author_is("Tin hoạt động\nĐảng ủy Quân khu 1: Quán triệt các nghị quyết của Quân ủy Trung ương\n\n"
				   "Khương Quang (Quân khu 1) 16:09, 27/02/2023\n\nNgày 27-2, Đảng ủy Quân khu 1 tổ chức Hội nghị.",
				   "Khương Quang");
	head_author_is("Tin hoạt động\nĐảng ủy Quân khu 1: Quán triệt các nghị quyết của Quân ủy Trung ương\n\n"
				   "Thứ Hai (GMT) 16:09, 27/02/2023\n\nNgày 27-2, Đảng ủy Quân khu 1 tổ chức Hội nghị.",
				   NULL);
	/* no hour after the unit: no stamp, no byline read from it */
	head_author_is("Tin hoạt động\nĐảng ủy Quân khu 1: Quán triệt các nghị quyết của Quân ủy Trung ương\n\n"
				   "Khương Quang (Quân khu 1) 27/02/2023\n\nNgày 27-2, Đảng ủy Quân khu 1 tổ chức Hội nghị.",
				   NULL);
}

/*
 * probe 34 G3: "Phát biểu khai mạc hội nghị, đồng chí X, Bí thư Huyện ủy
 * nhấn mạnh": a speech made at the meeting noun names the meeting held, as
 * "tại hội nghị" does, with or without the speaker's title.
 */
static void
test_speech_at_meeting(void)
{
	static const char *const texts[] = {
		"Kiểm điểm tập thể Ban Thường vụ\nPhát biểu khai mạc hội nghị, ông Nguyễn Văn An, Bí thư "
		"Huyện ủy nhấn mạnh nội dung kiểm điểm.",
		"Kiểm điểm tập thể Ban Thường vụ\nPhát biểu chỉ đạo Hội nghị, đồng chí Nguyễn Văn An, Bí thư "
		"Huyện ủy nhấn mạnh nội dung kiểm điểm.",
		"Kiểm điểm tập thể Ban Thường vụ\nPhát biểu kết luận hội nghị, đồng chí Nguyễn Văn An nhấn "
		"mạnh nội dung kiểm điểm.",
	};
	GbResult   *r;
	int			i;

	for (i = 0; i < (int) (sizeof(texts) / sizeof(texts[0])); i++)
	{
		r = extract(texts[i], 0, 0, 0);
		/* the headline's "Kiểm điểm" is the kind since probe 43 G4, "hội nghị" before */
		CHECK(str_is(r->meeting.meeting_kind, "kiểm điểm") && r->meeting.online == 0,
			  "speech at meeting %d: %s", i,
			  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
		gb_result_free(r);
	}
	/* a speech at a meeting named by its number is no sign of this one */
	r = extract("Tin vắn\nĐồng chí Nguyễn Văn An phát biểu khai mạc Hội nghị Trung ương 8 năm 2023 "
				"tại Hà Nội.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL, "speech at named meeting: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
}

/*
 * probe 34 G3: "Sáng 3/10, tại phiên khai mạc Đại hội đại biểu Đảng bộ tỉnh
 * X lần thứ nhất, ...": the congress its clause is set in, heading the
 * clause, is the one held, and its Party organization holds it; not one
 * only named as the past source of a goal ("đã đề ra tại Đại hội ...").
 */
static void
test_at_congress_organizer(void)
{
	GbResult   *r;

	r = extract("Tin vắn\nSáng 3/10, tại phiên khai mạc Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ "
				"nhất, nhiệm kỳ 2025-2030, Phó trưởng Ban Tổ chức Trung ương Bùi Thị Quỳnh Vân công "
				"bố quyết định của Bộ Chính trị.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Đảng bộ tỉnh Gia Lai") &&
		  str_is(r->meeting.meeting_kind, "đại hội") && held_is(r, 2025, 10, 3),
		  "at congress: %s", r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nSáng 3/10, Huyện ủy sơ kết thực hiện các chỉ tiêu đã đề ra tại Đại hội đại "
				"biểu Đảng bộ tỉnh Gia Lai lần thứ XV.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Huyện ủy"), "congress of the past: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * R9 (probe 49 G3): "Đại hội [đại biểu] Đảng bộ X khai mạc / bầu ...": a
 * congress heading its clause with its predicate right after the body names
 * its organizer without "lần thứ" or "nhiệm kỳ"; a bare "Đảng bộ tỉnh" none.
 */
static void
test_congress_predicate_organizer(void)
{
	org_is("Tin vắn\nSáng 28/10/2015, Đại hội Đảng bộ tỉnh Lạng Sơn chính thức khai mạc.",
		   "Đảng bộ tỉnh Lạng Sơn", "đại hội");
	org_is("Tin vắn\nSáng 28/10/2015, Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn đã bầu 53 người vào Ban "
		   "Chấp hành.", "Đảng bộ tỉnh Lạng Sơn", "đại hội");
	org_is("Tin vắn\nSáng 15/10/2020, Đại hội Đảng bộ huyện Mường Tè khai mạc.", "Đảng bộ huyện Mường Tè",
		   "đại hội");
	org_is("Tin vắn\nSáng 15/10/2020, Đại hội Đảng bộ Công an tỉnh Kon Tum bế mạc.",
		   "Đảng bộ Công an tỉnh Kon Tum", "đại hội");
	org_is("Tin vắn\nSáng 15/10/2020, Đại hội Đảng bộ Quân khu 3 bầu Ban Chấp hành.", "Đảng bộ Quân khu 3",
		   "đại hội");
	org_case("Tin vắn\nSáng 15/10/2020, Đại hội Đảng bộ tỉnh khai mạc.", NULL, "bare Đảng bộ tỉnh");
}

/*
 * R9 (probe 65 G2): the congress of a mass organization, the Front or a
 * union heading its clause names its own organization as a Party
 * congress names its Đảng bộ: "Đại hội đại biểu [toàn quốc] Hội Cựu chiến
 * binh Việt Nam lần thứ V đã bế mạc", "... Mặt trận Tổ quốc Việt Nam tỉnh
 * ...", its number, term or predicate there; "toàn quốc" is its scope, not
 * its name.  A bare "Hội Nông dân tỉnh" with no number names none, and a
 * body that holds no congress ("Đại hội ... Văn phòng ...") none.
 */
static void
test_congress_own_organization(void)
{
	org_is("Sau 4 ngày làm việc, Đại hội Đại biểu toàn quốc Hội Cựu chiến binh Việt Nam lần thứ V đã bế mạc "
		   "vào sáng 20-12-2012.\n", "Hội Cựu chiến binh Việt Nam", "đại hội");
	org_is("Tin vắn\nĐại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh Quảng Nam lần thứ XVI khai mạc.",
		   "Hội Liên hiệp Phụ nữ tỉnh Quảng Nam", "đại hội");
	org_is("Tin vắn\nĐại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh lần thứ XI khai mạc.",
		   "Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh", "đại hội");
	org_is("Tin vắn\nĐại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII khai mạc.",
		   "Hội Nông dân Việt Nam", "đại hội");
	org_is("Tin vắn\nSáng 5/6/2022, Đại hội đại biểu Hội Cựu chiến binh tỉnh Nghệ An lần thứ VII đã bế mạc.",
		   "Hội Cựu chiến binh tỉnh Nghệ An", "đại hội");
	org_is("Tin vắn\nSáng 4/10/2022, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Long An lần thứ XI khai mạc.",
		   "Đoàn TNCS Hồ Chí Minh tỉnh Long An", "đại hội");
	org_is("Tin vắn\nSáng 4/10/2022, Đại hội Công đoàn Sở Y tế tỉnh Bình Định lần thứ IV khai mạc.",
		   "Công đoàn Sở Y tế tỉnh Bình Định", "đại hội");
	/* as before: the Party's */
	org_is("Tin vắn\nĐại hội đại biểu Đảng bộ tỉnh Quảng Nam lần thứ XXII khai mạc.", "Đảng bộ tỉnh Quảng Nam",
		   "đại hội");
	org_case("Tin vắn\nSáng 15/10/2020, Đại hội Hội Nông dân tỉnh khai mạc.", NULL, "bare Hội Nông dân tỉnh");
	org_case("Tin vắn\nSáng 15/10/2020, Đại hội Văn phòng Tỉnh ủy Hà Tĩnh lần thứ IV khai mạc.", NULL,
			 "an office holds no congress");
}

/*
 * probe 34 G3: "Tỉnh ủy Hậu Giang tổ chức Lễ dâng hoa viếng Bác": a
 * ceremony named by "lễ" and its own act is held as the ceremonies the
 * gazetteer names are, its kind "lễ", the subject of the verb its organizer
 * (four bodies listed); "nhân dịp lễ 30/4" is a holiday, no meeting.
 */
static void
test_held_rite(void)
{
	GbResult   *r;

	r = extract("Tin vắn\nSáng 19/5/2020, Tỉnh ủy Hậu Giang tổ chức Lễ dâng hoa viếng Bác.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "lễ") && str_is(r->meeting.organizer, "Tỉnh ủy Hậu Giang") &&
		  held_is(r, 2020, 5, 19) && str_is(r->meeting.time_of_day, "sáng"),
		  "held rite: %s / %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nSáng 19/5, Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc "
				"Việt Nam tỉnh Hậu Giang long trọng tổ chức Lễ dâng hoa viếng Bác, sơ kết 4 năm thực "
				"hiện Chỉ thị 05-CT/TW.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận "
				 "Tổ quốc Việt Nam tỉnh Hậu Giang"),
		  "rite of four: %s", r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nSáng 19/5, nhân dịp lễ 30/4, ông Lê Văn An thăm Tỉnh ủy Hậu Giang.", 0, 0, 0);
	CHECK(r->meeting.meeting_kind == NULL && r->meeting.organizer == NULL, "holiday: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
}

/*
 * probe 34 G3: "Đảng ủy Khối các cơ quan tỉnh vừa tổ chức kiểm điểm, tự phê
 * bình và phê bình": with no lead, an activity the news just held is a
 * meeting held, its subject the organizer, as in a lead; "đã tổ chức
 * triển khai ..." over time is a task done, no organizer.
 */
static void
test_just_held_activity(void)
{
	GbResult   *r;

	r = extract("Họp kiểm điểm, tự phê bình và phê bình tập thể Ban Thường vụ\nThực hiện theo Kế hoạch "
				"số 60 của Tỉnh ủy, Đảng ủy Khối các cơ quan tỉnh vừa tổ chức kiểm điểm, tự phê bình "
				"và phê bình tập thể Ban Thường vụ.", 0, 0, 0);
	/* "Họp kiểm điểm": the meeting's kind is what it does (probe 43 G4) */
	CHECK(str_is(r->meeting.organizer, "Đảng ủy Khối các cơ quan tỉnh") &&
		  str_is(r->meeting.meeting_kind, "kiểm điểm"),
		  "just held: %s / %s", r->meeting.organizer ? r->meeting.organizer : "NULL",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nThời gian qua, Đảng ủy Khối các cơ quan tỉnh đã tổ chức triển khai Nghị "
				"quyết.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "task done: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * probe 34 G3: "Đoàn kiểm tra số 26 của Bộ Chính trị, Ban Bí thư ... do ông
 * X, ... làm Trưởng đoàn, đã công bố quyết định kiểm tra": a delegation,
 * named by its task, number and the central bodies that sent it, is one
 * body (not "Bộ Chính trị", cut at "của"), its verb past the clause of its
 * leader; a decision announced is its act, the ceremony "lễ công bố";
 * not the act of a body ending a person's title.
 */
static void
test_delegation_organizer(void)
{
	GbResult   *r;

	r = extract("Tin vắn\nChiều 6/3/2026, tại tỉnh Đắk Lắk, Đoàn kiểm tra số 26 của Bộ Chính trị, Ban "
				"Bí thư Trung ương Đảng do ông Nguyễn Thanh Nghị, Ủy viên Bộ Chính trị, Bí thư Trung "
				"ương Đảng làm Trưởng đoàn, đã công bố quyết định kiểm tra, giám sát đối với Ban "
				"Thường vụ Tỉnh ủy Đắk Lắk.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Đoàn kiểm tra số 26 của Bộ Chính trị, Ban Bí thư Trung ương Đảng") &&
		  str_is(r->meeting.meeting_kind, "lễ công bố") && held_is(r, 2026, 3, 6) &&
		  str_is(r->meeting.time_of_day, "chiều"),
		  "delegation: %s / %s", r->meeting.organizer ? r->meeting.organizer : "NULL",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nChiều 6/3, Đoàn kiểm tra số 26 của Bộ Chính trị tổ chức hội nghị công bố quyết "
				"định kiểm tra.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Đoàn kiểm tra số 26 của Bộ Chính trị"), "delegation's meeting: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nChiều 6/3, Đoàn công tác Trung ương do đồng chí Nguyễn Văn An dẫn đầu đã làm "
				"việc với Tỉnh ủy Đắk Lắk.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Đoàn công tác Trung ương") &&
		  str_is(r->meeting.meeting_kind, "làm việc"), "led delegation: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nChiều 6/3, đồng chí Nguyễn Văn An, Phó Trưởng Ban Tổ chức Trung ương công bố "
				"quyết định của Bộ Chính trị.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL && r->meeting.meeting_kind == NULL, "a person's act: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * probe 34 G3: "tổ chức trọng thể Lễ mít tinh", "tổ chức long trọng kỷ niệm
 * 90 năm": a ceremony held past the verb's manner adverb is held as one
 * right after the verb.
 */
static void
test_ceremony_manner(void)
{
	GbResult   *r;

	r = extract("Tin vắn\nSáng 19/5/2020, Tỉnh ủy Hậu Giang tổ chức trọng thể Lễ mít tinh.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "lễ") && str_is(r->meeting.organizer, "Tỉnh ủy Hậu Giang") &&
		  held_is(r, 2020, 5, 19), "manner rite: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nSáng 3/2/2020, Tỉnh ủy Hậu Giang tổ chức long trọng kỷ niệm 90 năm Ngày thành "
				"lập Đảng.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "lễ kỷ niệm") && str_is(r->meeting.organizer, "Tỉnh ủy Hậu Giang"),
		  "manner anniversary: %s", r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
}

/*
 * probe 34 G3: "Ngày 12/3/2013, Đảng ủy Khối ... vừa tổ chức kiểm điểm, tự
 * phê bình": an activity just held opens the lead as a meeting named does,
 * so its date and subject are the meeting's.
 */
static void
test_just_held_lead(void)
{
	GbResult   *r;

	r = extract("Tin vắn\nNgày 12/3/2013, Đảng ủy Khối các cơ quan tỉnh vừa tổ chức kiểm điểm, tự phê "
				"bình và phê bình tập thể Ban Thường vụ.", 0, 0, 0);
	CHECK(held_is(r, 2013, 3, 12) && str_is(r->meeting.organizer, "Đảng ủy Khối các cơ quan tỉnh"),
		  "just held lead: %s", r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Tin vắn\nThời gian qua, Đảng ủy Khối các cơ quan tỉnh đã tổ chức triển khai Nghị quyết. "
				"Ngày 12/3/2013 là hạn chót.", 0, 0, 0);
	CHECK(r->meeting.held_on.y == 0 && r->meeting.organizer == NULL, "task done, no lead: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * probe 35 G1: a period heading a sentence that sets its tasks ("6 tháng
 * cuối năm 2024, Đảng ủy ... xác định ...") is planned, not reviewed, and
 * puts the meeting no later; in the past tense ("đã tập trung") it is
 * the period reviewed
 */
static void
test_period_heading_tasks(void)
{
	GbResult   *r;

	r = extract("Ngày 15-7, Đảng ủy Quân khu 1 tổ chức Hội nghị ra Nghị quyết lãnh đạo thực hiện "
				"nhiệm vụ quân sự, quốc phòng 6 tháng cuối năm 2024.\n6 tháng cuối năm 2024, Đảng ủy "
				"Quân khu 1 xác định tiếp tục tập trung lãnh đạo, chỉ đạo.", 0, 0, 0);
	CHECK(held_is(r, 2024, 7, 15) && r->meeting.period_text == NULL,
		  "xác định: %d-%d-%d %s", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d, r->meeting.period_text ? r->meeting.period_text : "NULL");
	gb_result_free(r);

	r = extract("Ngày 10/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác.\nTrong 6 tháng "
				"cuối năm 2024, các cấp ủy cần tập trung lãnh đạo.", 0, 0, 0);
	CHECK(held_is(r, 2024, 7, 10) && r->meeting.period_text == NULL,
		  "cần: %d-%d-%d %s", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d, r->meeting.period_text ? r->meeting.period_text : "NULL");
	gb_result_free(r);

	/* narrated in the past: the period reviewed */
	r = extract("Ngày 10/10, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác.\nTrong 9 tháng "
				"đầu năm 2025, Ban Thường vụ Đảng ủy xã đã tập trung lãnh đạo.", 0, 0, 0);
	CHECK(str_is(r->meeting.period_text, "9 tháng đầu năm 2025") && held_is(r, 2025, 10, 10),
		  "đã tập trung: %d-%d-%d %s", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d, r->meeting.period_text ? r->meeting.period_text : "NULL");
	gb_result_free(r);

	/* a year heading such a sentence is planned too: no year rather than the next */
	r = extract("Ngày 20-12, Đảng ủy Quân khu 1 tổ chức hội nghị tổng kết công tác.\nNăm 2025, "
				"Đảng ủy Quân khu 1 xác định tiếp tục tập trung lãnh đạo.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "year of tasks: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Ngày 20-12, Đảng ủy Quân khu 1 tổ chức hội nghị tổng kết công tác.\nNăm 2024, "
				"Đảng ủy Quân khu 1 đã tập trung lãnh đạo.", 0, 0, 0);
	CHECK(held_is(r, 2024, 12, 20), "year narrated: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * probe 35 G5: the year of a work programme carried out ("Thực hiện chương
 * trình công tác năm 2017, chiều 19-10, ...") is no period reviewed; it
 * still dates the meeting; "tổng kết công tác năm 2017" still is one
 */
static void
test_schedule_year(void)
{
	GbResult   *r;

	r = extract("Thực hiện chương trình công tác năm 2017, chiều 19-10, tại Trụ sở Trung ương Đảng, "
				"Bộ Chính trị đã làm việc với Ban Thường vụ Thành ủy Cần Thơ.", 0, 0, 0);
	CHECK(r->meeting.period_text == NULL && held_is(r, 2017, 10, 19),
		  "programme: %d-%d-%d %s", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d, r->meeting.period_text ? r->meeting.period_text : "NULL");
	gb_result_free(r);

	r = extract("Chiều 19-12, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2017.",
				0, 0, 0);
	CHECK(str_is(r->meeting.period_text, "năm 2017") && held_is(r, 2017, 12, 19),
		  "work reviewed: %d-%d-%d %s", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d, r->meeting.period_text ? r->meeting.period_text : "NULL");
	gb_result_free(r);
}

/*
 * probe 35 G2: the subject of the headline's meeting verb ("Đảng ủy khối
 * CCQ tỉnh giao ban ...") organizes the report's meeting when the body
 * names none; a line with a tense taken for a headline ("... sẽ tổ chức
 * Đại hội.") gives none
 */
static void
test_headline_organizer(void)
{
	org_case("Đảng ủy khối CCQ tỉnh giao ban tổ chức cơ sở Đảng cụm 1\nTrong quý 1, Ban thường vụ "
			 "Đảng ủy khối đã chỉ đạo các đơn vị thực hiện tốt nhiệm vụ chính trị.",
			 "Đảng ủy khối CCQ tỉnh", "headline giao ban");
	org_case("Ban Tổ chức Tỉnh ủy giao ban công tác tổ chức xây dựng Đảng quý I năm 2024\nSáng "
			 "5/4/2024, hội nghị đánh giá kết quả công tác quý I.", "Ban Tổ chức Tỉnh ủy",
			 "headline over a lead without one");
	/* the lead's own organizer comes first */
	org_case("Ban Tổ chức Tỉnh ủy giao ban công tác quý I năm 2024\nSáng 5/4/2024, Ban Tổ chức "
			 "Trung ương tổ chức hội nghị giao ban trực tuyến.", "Ban Tổ chức Trung ương",
			 "lead first");
	org_case("Tin hoạt động\nTrong tháng 3/2025, chi bộ Công an xã sẽ tổ chức Đại hội.", NULL,
			 "a sentence for a headline");
}

/*
 * probe 35 G4: a province's delegation of deputies to the National
 * Assembly, short or in full, organizes its meetings; "Đoàn đại biểu"
 * alone is any delegation
 */
static void
test_assembly_delegation(void)
{
	org_case("Tin hoạt động\nChiều 7/8/2024, Đoàn ĐBQH tỉnh Lâm Đồng tổ chức Hội nghị lấy phiếu "
			 "tín nhiệm đối với đồng chí Nguyễn Tạo.", "Đoàn ĐBQH tỉnh Lâm Đồng", "ĐBQH");
	org_case("Tin hoạt động\nChiều 7/8/2024, Đoàn đại biểu Quốc hội tỉnh Lâm Đồng tổ chức Hội nghị "
			 "lấy phiếu tín nhiệm.", "Đoàn đại biểu Quốc hội tỉnh Lâm Đồng", "in full");
	org_case("Tin hoạt động\nSáng 7/8/2024, Đoàn ĐBQH TP Hà Nội tổ chức hội nghị tiếp xúc cử tri.",
			 "Đoàn ĐBQH TP Hà Nội", "TP");
}

/*
 * probe 35 G8: one post with or without "tỉnh" before its province, or a
 * term inside it; a town's level and a term at the end still part posts
 */
static void
test_title_province_spellings(void)
{
	GbResult   *r;
	const GbOfficial *o;

	check_official("Trưởng Đoàn ĐBQH tỉnh Lâm Đồng Trần Đình Văn phát biểu. Phó Bí thư Thường trực Tỉnh ủy, "
				   "Trưởng Đoàn ĐBQH khóa XV tỉnh Lâm Đồng Trần Đình Văn chủ trì Hội nghị. Phát biểu tại "
				   "Hội nghị, Trưởng Đoàn ĐBQH Lâm Đồng Trần Đình Văn cho biết thêm.", "Trần Đình Văn", NULL,
				   "Trưởng Đoàn ĐBQH tỉnh Lâm Đồng | Phó Bí thư Thường trực Tỉnh ủy");
	check_official("Đồng chí Trần Văn Bình, Bí thư Thành ủy thành phố Hà Giang, Bí thư Tỉnh ủy Hà Giang dự. "
				   "Ông Lê Văn Cường, Đại biểu Quốc hội khóa XIV, Đại biểu Quốc hội khóa XV dự.",
				   "Trần Văn Bình", "đồng chí", "Bí thư Thành ủy thành phố Hà Giang | Bí thư Tỉnh ủy Hà Giang");
	check_official("Ông Lê Văn Cường, Đại biểu Quốc hội khóa XIV, Đại biểu Quốc hội khóa XV dự.",
				   "Lê Văn Cường", "ông", "Đại biểu Quốc hội khóa XIV | Đại biểu Quốc hội khóa XV");
	/* the title alone, "tỉnh" and no name, is still his */
	r = extract("Dự có đồng chí Nguyễn Văn An, Chủ tịch UBND Lâm Đồng. Phát biểu tại hội nghị, đồng chí "
				"Chủ tịch UBND tỉnh nhấn mạnh việc lấy phiếu.", 0, 0, 0);
	o = official(r, "Nguyễn Văn An");
	CHECK(o && o->mentions == 2 && o->ntitles == 1 && has_role(o, "phát biểu"),
		  "title alone with \"tỉnh\": %d mentions", o ? o->mentions : -1);
	gb_result_free(r);
}

/*
 * probe 42 G4: one post whatever short form its city run by the centre is
 * written with ("TPHCM", "TP.HCM", "TP Hồ Chí Minh", "Thành phố Hồ Chí
 * Minh"), and a secretary's post with or without "Tỉnh ủy"/"Thành ủy"
 * before the province or city; the first spelling is kept.  Another
 * province, a town ("Thành ủy Hà Giang" beside "tỉnh Hà Giang") or another
 * body of the province ("Tỉnh đoàn") is another post.
 */
static void
test_title_city_spellings(void)
{
	check_official("Sáng 26-12, đồng chí Nguyễn Văn Nên, Bí thư Trung ương Đảng, Bí thư Thành ủy TPHCM, "
				   "làm việc với Quận ủy quận 9. Tại buổi làm việc, ông Nguyễn Văn Nên - bí thư Thành ủy "
				   "TP.HCM - cho biết người dân quan tâm.", "Nguyễn Văn Nên", "đồng chí",
				   "Bí thư Trung ương Đảng | Bí thư Thành ủy TPHCM");
	check_official("Ông Lê Văn Tám, Phó Bí thư Thành ủy TP Hồ Chí Minh, phát biểu. Ông Lê Văn Tám, Phó Bí "
				   "thư Thành ủy Thành phố Hồ Chí Minh, nói. Ông Lê Văn Tám, Phó Bí thư TP. HCM, nói thêm.",
				   "Lê Văn Tám", "ông", "Phó Bí thư Thành ủy TP Hồ Chí Minh");
	check_official("Ông Lê Văn Tám, Chủ tịch UBND TP Hà Nội, phát biểu. Ông Lê Văn Tám, Chủ tịch UBND thành "
				   "phố Hà Nội, nói. Ông Lê Văn Tám, Bí thư Hải Phòng, nói. Ông Lê Văn Tám, Bí thư Thành ủy "
				   "Hải Phòng, nói. Ông Lê Văn Tám, Bí thư Thành ủy Đà Nẵng, nói.", "Lê Văn Tám", "ông",
				   "Chủ tịch UBND TP Hà Nội | Bí thư Hải Phòng | Bí thư Thành ủy Đà Nẵng");
	check_official("Ông Quản Minh Cường giữ chức Phó bí thư Tỉnh ủy Đồng Nai. Tân Phó Bí thư Đồng Nai Quản "
				   "Minh Cường phát biểu.", "Quản Minh Cường", "ông", "Phó bí thư Tỉnh ủy Đồng Nai");
	check_official("Ông Trần Văn Bình, Phó Bí thư Thường trực Gia Lai, phát biểu. Ông Trần Văn Bình, Phó Bí "
				   "thư Thường trực Tỉnh ủy Gia Lai, nói. Ông Trần Văn Bình, Phó Bí thư tỉnh Gia Lai, nói. "
				   "Ông Trần Văn Bình, Phó Bí thư Tỉnh ủy Kon Tum, nói.", "Trần Văn Bình", "ông",
				   "Phó Bí thư Thường trực Gia Lai | Phó Bí thư tỉnh Gia Lai | Phó Bí thư Tỉnh ủy Kon Tum");
	check_official("Ông Lê Văn Tám, Bí thư Thành ủy Hà Giang, nói. Ông Lê Văn Tám, Bí thư tỉnh Hà Giang, nói. "
				   "Ông Lê Văn Tám, Bí thư Tỉnh đoàn Hà Giang, nói. Ông Lê Văn Tám, Bí thư Thành ủy thành phố "
				   "Vinh, nói. Ông Lê Văn Tám, Bí thư Thành ủy TP Vinh, nói.", "Lê Văn Tám", "ông",
				   "Bí thư Thành ủy Hà Giang | Bí thư tỉnh Hà Giang | Bí thư Tỉnh đoàn Hà Giang | "
				   "Bí thư Thành ủy thành phố Vinh");
}

/*
 * probe 35 G10: "điều hành" is a role with the meeting as its object, its
 * agent after "sự ... của", "bởi" or "do"; no chair; alone no role
 */
static void
test_role_runs_meeting(void)
{
	GbResult   *r;
	const GbOfficial *o;

	r = extract("Trong buổi sáng, dưới sự điều hành của Tổng Bí thư Nguyễn Phú Trọng, Ban Chấp hành Trung "
				"ương Đảng thảo luận. Phiên họp được điều hành bởi Ủy viên Bộ Chính trị, Chủ tịch Quốc hội "
				"Nguyễn Sinh Hùng. Đồng chí Lê Văn Tám phát biểu tại hội nghị do đồng chí Võ Văn Em, Phó Bí "
				"thư Tỉnh ủy điều hành. Đồng chí Tạ Văn Ba chủ trì và điều hành phiên thảo luận.", 0, 0, 0);
	o = official(r, "Nguyễn Phú Trọng");
	CHECK(o && o->nroles == 1 && has_role(o, "điều hành") && !o->chairs, "\"dưới sự điều hành của\"");
	o = official(r, "Nguyễn Sinh Hùng");
	CHECK(o && o->nroles == 1 && has_role(o, "điều hành"), "\"được điều hành bởi\"");
	o = official(r, "Lê Văn Tám");
	CHECK(o && o->nroles == 1 && has_role(o, "phát biểu"), "the speaker does not run it");
	o = official(r, "Võ Văn Em");
	CHECK(o && o->nroles == 1 && has_role(o, "điều hành"), "\"do đồng chí A ... điều hành\"");
	o = official(r, "Tạ Văn Ba");
	CHECK(o && has_role(o, "chủ trì") && has_role(o, "điều hành"), "\"chủ trì và điều hành phiên\"");
	CHECK(r->meeting.nchairs == 1, "only the one who chairs chairs: %d", r->meeting.nchairs);
	gb_result_free(r);

	/* the verb of management, with no meeting and no "do" before its agent */
	r = extract("Đồng chí Hồ Văn Năm yêu cầu nâng cao năng lực lãnh đạo, chỉ đạo, điều hành. Ông Trần Văn "
				"Bảy cho biết kế hoạch do công ty điều hành.", 0, 0, 0);
	CHECK(official(r, "Hồ Văn Năm") && official(r, "Hồ Văn Năm")->nroles == 0, "management, no role");
	CHECK(official(r, "Trần Văn Bảy") && official(r, "Trần Văn Bảy")->nroles == 0, "a company runs it");
	gb_result_free(r);
}

/* probe 35 G7: a department numbered by its area keeps its number, not a count after it */
static void
test_title_area_department(void)
{
	check_official("Dự hội nghị có đồng chí Trần Đức Đình, Phó Vụ trưởng Vụ địa bàn 6, Ủy ban Kiểm tra Trung "
				   "ương.", "Trần Đức Đình", "đồng chí", "Phó Vụ trưởng Vụ địa bàn 6, Ủy ban Kiểm tra Trung ương");
	check_official("Dự có đồng chí Lê Văn An, Phó Vụ trưởng Vụ Địa bàn 6. Đồng chí Lê Văn An, Phó Vụ trưởng Vụ "
				   "Địa bàn 6 phát biểu.", "Lê Văn An", "đồng chí", "Phó Vụ trưởng Vụ Địa bàn 6");
	check_official("Dự có ông Hồ Văn Ba, Vụ trưởng Vụ Địa phương 2, Ban Tổ chức Trung ương.", "Hồ Văn Ba", "ông",
				   "Vụ trưởng Vụ Địa phương 2, Ban Tổ chức Trung ương");
	check_official("Ông Phan Văn Năm, Vụ trưởng Vụ Địa bàn 3 năm nay dự.", "Phan Văn Năm", "ông",
				   "Vụ trưởng Vụ Địa bàn");
}

/*
 * Probe 45 G5: a photo caption broken at a line end between the last
 * person's name and titles ("... và đồng chí B" / "- Phó Bí thư ..., Chủ
 * tịch UBND phường chủ trì Hội nghị") goes on through the titles' line,
 * its role the persons'; a line that ends a person's titles still ends
 * the sentence.
 */
static void
test_chair_caption_broken(void)
{
	GbResult   *r;
	const GbOfficial *o;

	r = extract("Chiều ngày 01/10/2024, Đảng ủy phường Tràng Minh tổ chức Hội nghị đối thoại.\nĐồng chí Nguyễn "
				"Thị Hậu - Bí thư Đảng ủy phường và đồng chí Vũ Khắc Hào\n- Phó Bí thư Đảng ủy, Chủ tịch UBND "
				"phường chủ trì Hội nghị", 0, 0, 0);
	CHECK(r->meeting.nchairs == 2, "two chairs, got %d", r->meeting.nchairs);
	o = official(r, "Vũ Khắc Hào");
	CHECK(o && has_role(o, "chủ trì") && o->chairs && o->ntitles == 2, "Vũ Khắc Hào chairs");
	gb_result_free(r);

	r = extract("Sáng 12/3/2024, Đảng ủy xã Tân Lập tổ chức hội nghị đối thoại.\nĐồng chí Lò Thị Mai - Bí thư "
				"Đảng ủy xã và đồng chí Hà Văn Khải\n- Phó Bí thư Đảng ủy, Chủ tịch UBND xã đồng chủ trì hội "
				"nghị.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 2, "two co-chairs, got %d", r->meeting.nchairs);
	o = official(r, "Lò Thị Mai");
	CHECK(o && has_role(o, "đồng chủ trì") && o->chairs, "Lò Thị Mai co-chairs");
	gb_result_free(r);

	r = extract("Sáng 12/3/2024, Đảng ủy xã Tân Lập tổ chức hội nghị đối thoại.\nĐồng chí Lò Thị Mai - Bí thư "
				"Đảng ủy xã phát biểu khai mạc.\nĐồng chí Hà Văn Khải - Chủ tịch UBND xã chủ trì hội nghị.",
				0, 0, 0);
	o = official(r, "Lò Thị Mai");
	CHECK(o && !has_role(o, "chủ trì") && !o->chairs, "Lò Thị Mai opens, does not chair");
	CHECK(r->meeting.nchairs == 1, "one chair, got %d", r->meeting.nchairs);
	gb_result_free(r);
}

/* probe 36 G1: a role closing the last item of a "Tham dự có" list is that item's person's alone */
static void
test_chair_ends_list(void)
{
	GbResult   *r;
	const GbOfficial *o;

	r = extract("Tham dự có đồng chí Phan Thị Phượng – Phó trưởng Ban Tổ chức Huyện ủy, đồng chí Bùi Thị Ngọc "
				"Lê – Bí thư Đảng ủy, Chủ tịch Ủy ban Nhân dân xã chủ trì hội nghị.", 0, 0, 0);
	o = official(r, "Phan Thị Phượng");
	CHECK(o && o->nroles == 1 && has_role(o, "dự") && !o->chairs, "the one listed attends");
	o = official(r, "Bùi Thị Ngọc Lê");
	CHECK(o && o->nroles == 1 && has_role(o, "chủ trì") && o->chairs, "the last item's person chairs");
	CHECK(r->meeting.nchairs == 1, "one chair, got %d", r->meeting.nchairs);
	gb_result_free(r);

	/* the items before may name no person */
	r = extract("Tham dự Hội nghị có các đồng chí là Ủy viên Ban Chấp hành Đoàn Khối, bí thư các cơ sở đoàn "
				"trực thuộc; đồng chí Nguyễn Thị Hoa Mận – Bí thư Đoàn Khối chủ trì Hội nghị.", 0, 0, 0);
	o = official(r, "Nguyễn Thị Hoa Mận");
	CHECK(o && o->nroles == 1 && has_role(o, "chủ trì") && o->chairs, "after items of no person");
	gb_result_free(r);

	/* a list going on after the role, and names with no titles, stay as they were */
	r = extract("Dự có các đồng chí: Cù Văn An – Bí thư Tỉnh ủy chủ trì; Cù Văn Bình – Phó Bí thư. Tham dự có "
				"đồng chí Lò Văn Ca, đồng chí Lò Văn Đạt cùng dự.", 0, 0, 0);
	CHECK(has_role(official(r, "Cù Văn An"), "chủ trì") && has_role(official(r, "Cù Văn Bình"), "dự") &&
		  !has_role(official(r, "Cù Văn Bình"), "chủ trì"), "the list goes on");
	CHECK(has_role(official(r, "Lò Văn Đạt"), "dự") && official(r, "Lò Văn Đạt")->nroles == 1,
		  "no titles, no clause of its own");
	gb_result_free(r);
}

/* probe 37 G5: the person whose works an attended meeting studies does not attend */
static void
test_attended_event_owner(void)
{
	GbResult   *r;
	const GbOfficial *o;

	r = extract("Sáng ngày 10/4, Đảng bộ Bệnh viện Đa khoa tỉnh đã tham dự Hội nghị trực tuyến nghiên cứu, học "
				"tập, quán triệt bài viết, tác phẩm của Tổng bí thư Nguyễn Phú Trọng do Ban Thường vụ Tỉnh ủy tổ "
				"chức. Hội nghị có sự tham dự đông đủ của đồng chí Cù Văn Lâm, Bí thư Đảng ủy.", 0, 0, 0);
	o = official(r, "Nguyễn Phú Trọng");
	CHECK(o && o->nroles == 0, "the author has no role, got %d", o ? o->nroles : -1);
	o = official(r, "Cù Văn Lâm");
	CHECK(o && o->nroles == 1 && has_role(o, "dự"), "\"sự tham dự đông đủ của A\": A attends");
	gb_result_free(r);
}

/* probe 36 G6: one chairing at the organizer's own bridge point chairs the meeting */
static void
test_organizer_point_chair(void)
{
	GbResult   *r;
	const GbOfficial *o;

	r = extract("Chiều 2/7/2020, Thường trực Tỉnh ủy tổ chức hội nghị trực tuyến toàn tỉnh đánh giá rút kinh "
				"nghiệm Đại hội điểm. Chủ trì tại điểm cầu Tỉnh ủy có Phó Bí thư Thường trực Tỉnh ủy Lê Văn "
				"Dũng.", 0, 0, 0);
	o = official(r, "Lê Văn Dũng");
	CHECK(o && o->chairs && o->nroles == 1 && has_role(o, "chủ trì"), "the organizer's point");
	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Lê Văn Dũng") == 0, "one chair, got %d",
		  r->meeting.nchairs);
	gb_result_free(r);

	/* a province's point in a meeting another body holds */
	r = extract("Sáng 5/7, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến toàn quốc. Chủ trì tại điểm cầu "
				"Tỉnh ủy có Phó Bí thư Thường trực Tỉnh ủy Lê Văn Dũng.", 0, 0, 0);
	o = official(r, "Lê Văn Dũng");
	CHECK(o && !o->chairs && has_role(o, "đồng chủ trì"), "another's point");
	CHECK(r->meeting.nchairs == 0, "no chair, got %d", r->meeting.nchairs);
	gb_result_free(r);

	/* a chair of the whole meeting named: those at the points chair only there */
	r = extract("Chiều 2/7, Thường trực Tỉnh ủy tổ chức hội nghị trực tuyến toàn tỉnh. Đồng chí Cù Văn Ba, Bí "
				"thư Tỉnh ủy chủ trì hội nghị. Chủ trì tại điểm cầu Tỉnh ủy có Phó Bí thư Tỉnh ủy Lê Văn Dũng.",
				0, 0, 0);
	CHECK(r->meeting.nchairs == 1 && has_role(official(r, "Lê Văn Dũng"), "đồng chủ trì"), "the chair named");
	gb_result_free(r);
}

/*
 * R9 (probe 62 G6): with no chair of the whole meeting named, one holding a
 * post at the head of the organizer's body ("Phó Trưởng ban Tuyên giáo
 * Trung ương" of "Ban Tuyên giáo Trung ương") chairs the meeting wherever
 * he chairs ("chủ trì điểm cầu tại Hà Nội"); one heading another body, or a
 * mere member of the organizer's, chairs only his point.
 */
static void
test_organizer_head_point_chair(void)
{
	GbResult   *r;
	const GbOfficial *o;

	r = extract("Sáng 5-6, Ban Tuyên giáo Trung ương tổ chức Hội nghị báo cáo viên trực tuyến toàn quốc tháng "
				"6/2019. Đồng chí Lê Mạnh Hùng, Phó Trưởng ban Tuyên giáo Trung ương chủ trì điểm cầu tại Hà "
				"Nội. Đồng chí Lê Văn Tuấn, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Tỉnh ủy chủ trì điểm "
				"cầu của tỉnh.", 0, 0, 0);
	o = official(r, "Lê Mạnh Hùng");
	CHECK(o && o->chairs && has_role(o, "chủ trì"), "the organizer's deputy head chairs");
	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Lê Mạnh Hùng") == 0, "one chair, got %d",
		  r->meeting.nchairs);
	o = official(r, "Lê Văn Tuấn");
	CHECK(o && !o->chairs && has_role(o, "đồng chủ trì"), "another body's head chairs his point");
	gb_result_free(r);

	r = extract("Sáng 12/3/2024, Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến toàn quốc. Đồng chí Hà Văn "
				"An, Phó Trưởng Ban Tổ chức Trung ương chủ trì hội nghị tại điểm cầu Hà Nội. Đồng chí Mạc Thị "
				"Bình, Trưởng ban Tổ chức Tỉnh ủy chủ trì tại điểm cầu tỉnh Minh Sơn.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Hà Văn An") == 0, "one chair, got %d",
		  r->meeting.nchairs);
	gb_result_free(r);

	/* a member of the organizer's standing committee heading a district: his point only */
	r = extract("Sáng 12/3/2024, Thường trực Tỉnh ủy Minh Sơn tổ chức Hội nghị trực tuyến. Đồng chí Lê Văn "
				"Cường, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Tân Lập chủ trì điểm cầu huyện Tân "
				"Lập.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 0, "no chair, got %d", r->meeting.nchairs);
	gb_result_free(r);
}

/*
 * R9 (probe 65 G4): one chairing at a central body's point named before him
 * ("tại điểm cầu Ban Tổ chức Trung ương, bà A ... chủ trì", "Văn phòng
 * Trung ương Đảng") chairs the national meeting; one at a province's point
 * ("Tại điểm cầu tỉnh Y, đồng chí Z chủ trì") chairs only there, and no
 * chair of the meeting when the central point's is not named.
 */
static void
test_central_body_point_chair(void)
{
	GbResult   *r;
	const GbOfficial *o;

	r = extract("Sáng 22/9/2022, tại điểm cầu Ban Tổ Chức Trung ương, bà Trương Thị Mai, Ủy viên Bộ Chính "
				"trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương chủ trì hội nghị trực tuyến toàn "
				"quốc quán triệt Quy định số 80. Tham dự tại điểm cầu tỉnh có ông Lâm Minh Đằng, Phó Bí thư "
				"Tỉnh ủy.", 0, 0, 0);
	o = official(r, "Trương Thị Mai");
	CHECK(o && o->chairs && has_role(o, "chủ trì") && !has_role(o, "đồng chủ trì"), "the central body's point");
	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Trương Thị Mai") == 0, "one chair, got %d",
		  r->meeting.nchairs);
	gb_result_free(r);

	r = extract("Sáng 15/3/2023, tại điểm cầu Văn phòng Trung ương Đảng, đồng chí Lê Minh Hưng, Chánh Văn "
				"phòng Trung ương Đảng chủ trì hội nghị trực tuyến toàn quốc. Tại điểm cầu tỉnh Quảng Ngãi, "
				"đồng chí Đặng Ngọc Huy, Phó Bí thư Tỉnh ủy chủ trì.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Lê Minh Hưng") == 0, "one chair, got %d",
		  r->meeting.nchairs);
	o = official(r, "Đặng Ngọc Huy");
	CHECK(o && !o->chairs && has_role(o, "đồng chủ trì"), "the province's point");
	gb_result_free(r);

	/* a hall, no place's, and the national meeting chaired from it */
	r = extract("Sáng 10/5/2023, tại điểm cầu Hội trường Diên Hồng, đồng chí Vương Đình Huệ, Chủ tịch Quốc hội "
				"chủ trì hội nghị trực tuyến toàn quốc. Tại điểm cầu tỉnh Nghệ An, đồng chí Thái Thị An Chung, "
				"Phó Trưởng đoàn Đoàn ĐBQH tỉnh chủ trì.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Vương Đình Huệ") == 0, "one chair, got %d",
		  r->meeting.nchairs);
	gb_result_free(r);
	r = extract("Sáng 8/4/2024, tại điểm cầu Trung tâm Hội nghị Quốc gia, đồng chí Trần Văn Sơn, Chủ tịch Quốc "
				"hội chủ trì Hội nghị toàn quốc quán triệt nghị quyết. Tại điểm cầu Tỉnh ủy Yên Bái, đồng chí "
				"Đỗ Đức Duy, Bí thư Tỉnh ủy chủ trì hội nghị.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Trần Văn Sơn") == 0, "one chair, got %d",
		  r->meeting.nchairs);
	gb_result_free(r);
	/* a province's point: its chair chairs only there, whatever the meeting */
	r = extract("Sáng 10/5/2023, tại điểm cầu tỉnh Nghệ An, đồng chí Thái Thanh Quý, Bí thư Tỉnh ủy chủ trì "
				"hội nghị trực tuyến toàn quốc.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 0, "no chair, got %d", r->meeting.nchairs);
	gb_result_free(r);

	/* a province's point alone, another body holding the meeting */
	r = extract("Chiều 5/6/2023, Ban Tuyên giáo Trung ương tổ chức hội nghị trực tuyến toàn quốc. Tại điểm "
				"cầu tỉnh Bắc Giang, đồng chí Nguyễn Văn Gấu, Bí thư Tỉnh ủy chủ trì.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 0, "no chair, got %d", r->meeting.nchairs);
	gb_result_free(r);
}

/*
 * R9 (probe 50 G4): one who chairs a bridge point named as the object of
 * "chủ trì", without "tại" ("Tham dự và chủ trì điểm cầu tỉnh X có A", "A
 * ... chủ trì điểm cầu tỉnh X"), chairs only there, as after "chủ trì tại
 * điểm cầu"; "chủ trì điểm cầu Trung ương" still chairs the meeting.
 */
static void
test_point_object_chair(void)
{
	GbResult   *r;
	const GbOfficial *o;
	static const char *const want[] = {"tỉnh Minh Sơn", NULL};

	r = extract("Sáng 16/4/2025, Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt Nghị quyết theo hình thức "
				"trực tuyến. Tổng Bí thư Tô Lâm chủ trì hội nghị. Tham dự và chủ trì điểm cầu tỉnh Sóc Trăng "
				"có đồng chí Lâm Văn Mẫn, Bí thư Tỉnh ủy.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Tô Lâm") == 0, "one chair, got %d",
		  r->meeting.nchairs);
	o = official(r, "Lâm Văn Mẫn");
	CHECK(o && !o->chairs && has_role(o, "đồng chủ trì"), "the point's chair");
	gb_result_free(r);

	r = extract("Sáng 9/4/2024, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc. Đồng chí Hà Văn Tư, Bí thư "
				"Trung ương Đảng chủ trì hội nghị. Đồng chí Mạc Văn Định, Bí thư Tỉnh ủy chủ trì điểm cầu "
				"tỉnh Minh Sơn.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Hà Văn Tư") == 0, "one chair, got %d",
		  r->meeting.nchairs);
	CHECK(bridges_are(r, want), "the point kept: %d points", r->meeting.nbridge_points);
	gb_result_free(r);

	/* the central point's chair chairs the meeting */
	r = extract("Sáng 9/4/2024, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc. Chủ trì điểm cầu Trung ương "
				"có đồng chí Hà Văn Tư, Bí thư Trung ương Đảng.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Hà Văn Tư") == 0, "central, got %d",
		  r->meeting.nchairs);
	gb_result_free(r);
}

/*
 * R9 (probe 48 G2): a venue named after a date, its day and month joined
 * by a hyphen ("Hội trường 2-9", "Quảng trường 30-4", "Trung tâm Hội nghị
 * 23-9"), keeps the whole date in the bridge point's name; a longer date
 * ("2-9-1945") is no part of it.
 */
static void
test_bridge_day_month_venue(void)
{
	GbResult   *r;
	static const char *const want1[] = {"Hội trường 2-9", "Quảng trường 30-4", NULL};
	static const char *const want2[] = {"Hội trường 3-2", "Trung tâm Hội nghị 23-9", NULL};
	static const char *const want3[] = {"Nhà văn hóa 19-5", NULL};

	r = extract("Sáng 5/7/2019, Ban Tuyên giáo Trung ương tổ chức Hội nghị trực tuyến quán triệt Nghị quyết. "
				"Tại tỉnh Gia Lai, dự Hội nghị tại điểm cầu Hội trường 2-9 có đồng chí Châu Ngọc Tuấn- Phó Bí "
				"thư Tỉnh ủy; tại điểm cầu Quảng trường 30-4 có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.",
				0, 0, 0);
	CHECK(bridges_are(r, want1), "2-9, 30-4: %d points, first %s", r->meeting.nbridge_points,
		  r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
	gb_result_free(r);
	r = extract("Sáng 9/4/2024, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc. Tại điểm cầu Hội trường 3-2 "
				"có đồng chí Lê Văn Bình; tại điểm cầu Trung tâm Hội nghị 23-9 có đồng chí Trần Văn An.", 0, 0, 0);
	CHECK(bridges_are(r, want2), "3-2, 23-9: %d points, first %s", r->meeting.nbridge_points,
		  r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
	gb_result_free(r);
	r = extract("Sáng 9/4/2024, Huyện ủy Minh Sơn tổ chức hội nghị trực tuyến. Tại điểm cầu Nhà văn hóa 19-5, "
				"đồng chí Lê Văn Bình phát biểu.", 0, 0, 0);
	CHECK(bridges_are(r, want3), "19-5: %d points, first %s", r->meeting.nbridge_points,
		  r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
	gb_result_free(r);
}

/*
 * Probe 37 G3: a city's level abbreviated with its dot ("TP.HCM", "TP. Cần
 * Thơ") keeps the name after the dot; the hub's "điểm cầu trung tâm" names
 * which point, the place after "tại" names it.
 */
static void
test_bridge_dotted_level_hub(void)
{
	GbResult   *r;
	static const char *const want1[] = {"Hội trường Diên Hồng", "TP.HCM", "TP. Cần Thơ", NULL};
	static const char *const want2[] = {"TP.Minh Sơn", NULL};

	r = extract("Sáng 7-2, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc. Điểm cầu trung tâm tại "
				"Hội trường Diên Hồng, Nhà Quốc hội.\nTại điểm cầu TP.HCM có đồng chí Trần Văn An. "
				"Tại điểm cầu TP. Cần Thơ có đồng chí Lê Văn Bình.", 0, 0, 0);
	CHECK(bridges_are(r, want1), "TP.HCM, TP. Cần Thơ, hub: %d points, first %s",
		  r->meeting.nbridge_points, r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
	gb_result_free(r);

	r = extract("Sáng 7-2, Tỉnh ủy tổ chức hội nghị trực tuyến. Tại điểm cầu trung tâm, đồng chí "
				"Trần Văn An phát biểu. Tại điểm cầu TP.Minh Sơn có đồng chí Lê Văn Bình.", 0, 0, 0);
	CHECK(bridges_are(r, want2), "hub unnamed: %d points, first %s", r->meeting.nbridge_points,
		  r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
	gb_result_free(r);
}

/*
 * Probe 36 G4: the host holds the meeting it takes, "<body> đăng cai hội
 * nghị", "<body> đăng cai tổ chức hội nghị", as "tổ chức hội nghị" does.
 */
static void
test_host_organizer(void)
{
	GbResult   *r;

	r = extract("Sáng 21.12, Ban Tổ chức Thành ủy Đà Nẵng đăng cai hội nghị \"Tổng kết công tác tổ chức "
				"xây dựng Đảng khu vực miền Trung - Tây Nguyên năm 2016\".", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Tổ chức Thành ủy Đà Nẵng"), "đăng cai hội nghị: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Sáng 21/12, Ban Tổ chức Tỉnh ủy Minh Sơn đăng cai tổ chức hội nghị giao ban.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Tổ chức Tỉnh ủy Minh Sơn"), "đăng cai tổ chức: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * Probe 37 G1: "Tỉnh ủy thống nhất sẽ tổ chức vào sáng ngày 29/8", a date
 * after a meeting's verb in the future inside its sentence, is that of the
 * meeting planned: neither the date nor the time of the one reported.
 */
static void
test_planned_date_inside(void)
{
	GbResult   *r;

	r = extract("Tại hội nghị, các đại biểu đã trao đổi, đóng góp ý kiến về công tác tổ chức hội nghị tổng "
				"kết 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh. Kết luận hội nghị, đồng chí Bí thư "
				"Tỉnh ủy khẳng định: Tỉnh ủy thống nhất sẽ tổ chức vào sáng ngày 29/8.", 2019, 8, 10);
	CHECK(r->meeting.held_on.y == 0 && r->meeting.time_of_day == NULL, "sẽ tổ chức vào: %d-%d-%d %s",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d,
		  r->meeting.time_of_day ? r->meeting.time_of_day : "NULL");
	gb_result_free(r);
	r = extract("Tại hội nghị, các đại biểu cho ý kiến về công tác chuẩn bị. Hội nghị tổng kết dự kiến được "
				"tổ chức vào chiều ngày 29/8.", 2019, 8, 10);
	CHECK(r->meeting.held_on.y == 0 && r->meeting.time_of_day == NULL, "dự kiến được tổ chức vào: %d-%d-%d %s",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d,
		  r->meeting.time_of_day ? r->meeting.time_of_day : "NULL");
	gb_result_free(r);
	/* the report's own meeting, opening the lead, keeps its date */
	r = extract("Sáng 29/8, Tỉnh ủy Thái Nguyên tổ chức hội nghị tổng kết.", 2019, 8, 30);
	CHECK(held_is(r, 2019, 8, 29) && str_is(r->meeting.time_of_day, "sáng"), "lead: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * Probe 45 G2: the days of a coming congress, "Đại hội ... sẽ diễn ra từ
 * ngày 25 đến ngày 27/8", "dự kiến diễn ra trong 2 ngày 14 và 15/7", after
 * the report has told of another meeting, are not that meeting's date; a
 * report of the coming congress alone is dated by them (Y9, probe 17).
 */
static void
test_planned_days_other_meeting(void)
{
	GbResult   *r;

	r = extract("Tính đến ngày 30/6/2020, đã có 45/45 chi, đảng bộ cơ sở hoàn thành đại hội.\n\nChiều cùng ngày, "
				"Hội nghị Ban Chấp hành Đảng ủy Khối các cơ quan tỉnh Tân Lập lần thứ 20 đã diễn ra. Các đại biểu "
				"thảo luận công tác chuẩn bị Đại hội đại biểu Đảng bộ Khối lần thứ XV, nhiệm kỳ 2020-2025 sẽ diễn "
				"ra từ ngày 25 đến ngày 27/8.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "sẽ diễn ra từ ngày: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin hoạt động\nĐảng ủy Bộ đội Biên phòng tỉnh Minh Sơn tổ chức hội nghị Ban Chấp hành. Đại hội "
				"đại biểu Đảng bộ lần thứ XV dự kiến diễn ra trong 2 ngày 14 và 15/7/2020.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0) && str_is(r->meeting.organizer, "Đảng ủy Bộ đội Biên phòng tỉnh Minh Sơn"),
		  "dự kiến diễn ra trong 2 ngày: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin hoạt động\nHội nghị Ban Chấp hành Quận ủy Ngô Quyền lần thứ 25 đã diễn ra. Đại hội đại biểu "
				"Đảng bộ quận lần thứ XXIV sẽ được tổ chức trong hai ngày 14 và 15/7/2020.", 0, 0, 0);
	CHECK(held_is(r, 0, 0, 0), "sẽ được tổ chức trong hai ngày: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	/* the congress reported, held or coming, keeps its days */
	r = extract("Tin hoạt động\nĐại hội đại biểu Đảng bộ huyện Hòa Vang lần thứ XXII đã diễn ra trong 2 ngày 14 "
				"và 15/7/2020.", 0, 0, 0);
	CHECK(held_is(r, 2020, 7, 14), "đã diễn ra trong 2 ngày: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Đại hội Đảng bộ tỉnh Minh Sơn sẽ diễn ra từ ngày 12-15/11\nĐại hội Đảng bộ tỉnh Minh Sơn lần "
				"thứ XX sẽ diễn ra từ ngày 12-15/11/2019 tại Hội trường tỉnh.", 0, 0, 0);
	CHECK(held_is(r, 2019, 11, 12), "the coming congress reported: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * Probe 46 G1: the days of a coming congress, in the headline ("Yên Bái tổ
 * chức Đại hội ... từ ngày 22 - 24/9") or in a sentence in the future ("sẽ
 * được tổ chức từ ngày 14 đến 16/9/2015"), lose to a dated lead after them,
 * in their paragraph or the next, that reports an event held: "Chiều nay
 * (21/9), Tỉnh ủy Yên Bái tổ chức họp báo".  Date, time and organizer are
 * then that event's, as its chairs are.
 */
static void
test_planned_days_held_event(void)
{
	GbResult   *r;

	r = extract("Phú Thọ tổ chức Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX từ ngày 22 - 24/9\n\nChiều nay "
				"(21/9), Tỉnh ủy Phú Thọ tổ chức họp báo thông tin về Đại hội. Chủ trì họp báo, Phó Bí thư "
				"Tỉnh ủy Bùi Văn Quang cho biết, Đại hội sẽ diễn ra trong 03 ngày.", 2020, 9, 21);
	CHECK(held_is(r, 2020, 9, 21) && str_is(r->meeting.time_of_day, "chiều") &&
		  str_is(r->meeting.organizer, "Tỉnh ủy Phú Thọ"), "headline's days: %d-%d-%d %s",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d,
		  r->meeting.organizer ? r->meeting.organizer : "(null)");
	gb_result_free(r);
	r = extract("Tin hoạt động\nĐại hội Đảng bộ tỉnh Hà Nam lần thứ XX sẽ được tổ chức từ ngày 14 đến "
				"16/9/2020.\n\nNgày 8/9, Tỉnh ủy Hà Nam tổ chức họp báo, thông tin với các cơ quan báo chí.",
				0, 0, 0);
	CHECK(held_is(r, 2020, 9, 8) && str_is(r->meeting.organizer, "Tỉnh ủy Hà Nam"),
		  "sẽ được tổ chức từ ngày, next paragraph: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin hoạt động\nĐại hội Đảng bộ thành phố Cần Thơ dự kiến diễn ra từ ngày 14-16/10/2020. "
				"Sáng 9/10, Thành ủy Cần Thơ đã tổ chức hội nghị báo cáo viên.", 0, 0, 0);
	CHECK(held_is(r, 2020, 10, 9) && str_is(r->meeting.time_of_day, "sáng") &&
		  str_is(r->meeting.organizer, "Thành ủy Cần Thơ"), "dự kiến, same paragraph: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	/* an event still to come, or a date no body holds a meeting on, leaves the days */
	r = extract("Tin hoạt động\nĐại hội Đảng bộ tỉnh Hà Nam lần thứ XX sẽ được tổ chức từ ngày 14 đến "
				"16/9/2020.\n\nNgày 12/9, Tỉnh ủy Hà Nam sẽ tổ chức họp báo.", 0, 0, 0);
	CHECK(held_is(r, 2020, 9, 14), "sẽ tổ chức họp báo: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin hoạt động\nĐại hội Đảng bộ tỉnh Hà Nam lần thứ XX sẽ được tổ chức từ ngày 14 đến "
				"16/9/2020.\n\nNgày 8/9, đồng chí Lê Thị Thủy cho biết công tác chuẩn bị đã hoàn tất.", 0, 0, 0);
	CHECK(held_is(r, 2020, 9, 14), "no meeting held: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * Probe 37 G1: a lead whose verb is in the future ("Ngày 29/8, Tỉnh ủy sẽ
 * tổ chức") announces its meeting ahead: the year puts the date on or
 * after the publication, never in the year before.
 */
static void
test_announced_lead_year(void)
{
	GbResult   *r;

	r = extract("Tin tức\nNgày 29/8, Tỉnh ủy Thái Nguyên sẽ tổ chức hội nghị tổng kết.", 2019, 8, 10);
	CHECK(held_is(r, 2019, 8, 29), "sẽ tổ chức, 19 days ahead: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin tức\nNgày 5/1, Tỉnh ủy Thái Nguyên dự kiến tổ chức hội nghị tổng kết.", 2019, 12, 28);
	CHECK(held_is(r, 2020, 1, 5), "dự kiến tổ chức, next year: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	/* held, no future: the date before the publication */
	r = extract("Tin tức\nNgày 29/8, Tỉnh ủy Thái Nguyên tổ chức hội nghị tổng kết.", 2019, 8, 10);
	CHECK(held_is(r, 2018, 8, 29), "held: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * R9 (probe 51 G3): a cue that closes a clause announcing its meeting
 * ahead ("dự kiến diễn ra từ ngày 13 - 15.10", "sẽ diễn ra từ ngày 14 đến
 * 16/10", "sẽ được tổ chức vào ngày 20/11") puts the date on or after the
 * publication, as a lead whose verb comes after the cue does.
 */
static void
test_announced_cue_after_verb(void)
{
	GbResult   *r;

	r = extract("Đại hội Đảng bộ TP.HCM lần thứ nhất dự kiến diễn ra từ ngày 13 - 15.10", 2025, 9, 29);
	CHECK(held_is(r, 2025, 10, 13), "dự kiến diễn ra: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin tức\nĐại hội Đảng bộ tỉnh Tân Lập lần thứ I sẽ diễn ra từ ngày 14 đến 16/10.", 2025, 10, 1);
	CHECK(held_is(r, 2025, 10, 14), "sẽ diễn ra: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	/* held, no future: the date before the publication */
	r = extract("Tin tức\nĐại hội Đảng bộ tỉnh Tân Lập lần thứ I đã diễn ra từ ngày 14 đến 16/10.", 2025, 10, 1);
	CHECK(held_is(r, 2024, 10, 14), "đã diễn ra: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/* probe 37 G2: a title after the lower-case "nguyên" is the former post, whatever its first word */
static void
test_title_former_prefix(void)
{
	check_official("Dự hội nghị có nguyên Phó Chủ tịch nước Nguyễn Thị Doan.", "Nguyễn Thị Doan", NULL,
				   "nguyên Phó Chủ tịch nước");
	check_official("Dự có nguyên Thủ tướng Nguyễn Tấn Dũng; nguyên Bí thư Thành ủy TP Nguyễn Thiện Nhân.",
				   "Nguyễn Thiện Nhân", NULL, "nguyên Bí thư Thành ủy TP");
	check_official("Dự có Phó Chủ tịch nước Võ Thị Ánh Xuân.", "Võ Thị Ánh Xuân", NULL, "Phó Chủ tịch nước");
}

/* probe 36 G2: after "tỉnh", "Tỉnh ủy" two capitalized syllables no province makes are a name */
static void
test_title_province_two_syllable_name(void)
{
	GbResult   *r;

	check_official("Bí thư Đảng ủy Khối các cơ quan tỉnh Võ Hồng chủ trì hội nghị.", "Võ Hồng", NULL,
				   "Bí thư Đảng ủy Khối các cơ quan tỉnh");
	check_official("Dự có Trưởng Ban Tổ chức Tỉnh ủy Trần Ly.", "Trần Ly", NULL, "Trưởng Ban Tổ chức Tỉnh ủy");
	check_official("Bí thư Tỉnh ủy Lâm Đồng Trần Đức Quận chủ trì.", "Trần Đức Quận", NULL,
				   "Bí thư Tỉnh ủy Lâm Đồng");
	/* a province stays the body's place */
	r = extract("Bí thư Tỉnh ủy Quảng Nam chủ trì hội nghị.", 0, 0, 0);
	CHECK(r->nofficials == 0, "no person in a province's name, got %d", r->nofficials);
	gb_result_free(r);
}

/* probe 36 G9: after "Bộ phận" the section's name "Thường trực" is no second title */
static void
test_title_section_standing(void)
{
	check_official("Ông Hoàng Trung Hải - Ủy viên Bộ Chính trị, Phó trưởng Bộ phận Thường trực Tiểu ban Văn kiện "
				   "Đại hội XIII của Đảng - phát biểu.", "Hoàng Trung Hải", "ông",
				   "Ủy viên Bộ Chính trị | Phó trưởng Bộ phận Thường trực Tiểu ban Văn kiện Đại hội XIII của Đảng");
	check_official("Đồng chí Lê Văn An, Trưởng bộ phận một cửa, Thường trực Tiểu ban Nhân sự Đại hội phát biểu.",
				   "Lê Văn An", "đồng chí", "Trưởng bộ phận một cửa | Thường trực Tiểu ban Nhân sự Đại hội");
}

/* probe 37 G8: after "thôi giữ chức X để ..." the post taken, not the one left, is the person's */
static void
test_title_post_after_leaving(void)
{
	check_official("Đồng chí Phạm Gia Túc, Ủy viên Trung ương Đảng, thôi giữ chức Phó trưởng ban Nội chính Trung "
				   "ương để chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Nam Định.",
				   "Phạm Gia Túc", "đồng chí", "Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy Nam Định");
	check_official("Đồng chí Lê Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, thôi giữ chức Trưởng Ban Dân vận Tỉnh ủy "
				   "để nghỉ hưu.", "Lê Văn An", "đồng chí", "Ủy viên Ban Thường vụ Tỉnh ủy");
}

/*
 * probe 43 G1: the post taken after "làm", "(được chỉ định) giữ chức" is
 * kept when the old post before it ends in its term, "nhiệm kỳ
 * 2020-2025", as when it does not; and after "tham gia Ban Chấp hành, Ban
 * Thường vụ và giữ chức X", the committees joined being no post.
 */
static void
test_title_taken_after_term(void)
{
	check_official("Chỉ định ông Hồ Văn Tư, Phó Bí thư Tỉnh ủy Minh Sơn nhiệm kỳ 2020-2025, làm Phó Bí thư "
				   "Thường trực Tỉnh ủy Minh Sơn, nhiệm kỳ 2025-2030.", "Hồ Văn Tư", "ông",
				   "Phó Bí thư Tỉnh ủy Minh Sơn | Phó Bí thư Thường trực Tỉnh ủy Minh Sơn");
	check_official("Ông Lò Văn Mạ, Phó Bí thư Thường trực Tỉnh ủy nhiệm kỳ 2020–2025, được chỉ định giữ chức "
				   "Phó Bí thư Tỉnh ủy nhiệm kỳ 2025–2030.", "Lò Văn Mạ", "ông",
				   "Phó Bí thư Thường trực Tỉnh ủy | Phó Bí thư Tỉnh ủy");
	check_official("Bà Mạc Thị Hồng, Bí thư Huyện ủy Tân Phú, nhiệm kỳ 2020 - 2025, được điều động giữ chức "
				   "Giám đốc Sở Nội vụ.", "Mạc Thị Hồng", "bà", "Bí thư Huyện ủy Tân Phú | Giám đốc Sở Nội vụ");
	check_official("Ông Trần Văn Ba - Thứ trưởng Bộ Khoa học - Công nghệ, tham gia Ban chấp hành, Ban thường vụ "
				   "và giữ chức Phó bí thư Tỉnh ủy Minh Sơn nhiệm kỳ 2015 - 2020.", "Trần Văn Ba", "ông",
				   "Thứ trưởng Bộ Khoa học - Công nghệ | Phó bí thư Tỉnh ủy Minh Sơn");
	check_official("Đồng chí Đinh Văn Lợi, Thứ trưởng Bộ Tài chính, được chỉ định tham gia Ban Chấp hành, Ban "
				   "Thường vụ Tỉnh ủy và giữ chức Bí thư Tỉnh ủy Minh Sơn.", "Đinh Văn Lợi", "đồng chí",
				   "Thứ trưởng Bộ Tài chính | Bí thư Tỉnh ủy Minh Sơn");
	/* a term and no post after it; joining alone; a post taken by another */
	check_official("Ông Hà Văn Tư, Chủ tịch UBND huyện nhiệm kỳ 2021-2026, phát biểu.", "Hà Văn Tư", "ông",
				   "Chủ tịch UBND huyện");
	check_official("Đồng chí Lê Văn An, Bí thư Huyện ủy, tham gia Ban Chấp hành Đảng bộ tỉnh.", "Lê Văn An",
				   "đồng chí", "Bí thư Huyện ủy");
	check_official("Ông Vũ Văn Minh, Giám đốc Sở Y tế, tham gia đoàn công tác và ông Nguyễn Văn Bảy giữ chức "
				   "Trưởng đoàn.", "Vũ Văn Minh", "ông", "Giám đốc Sở Y tế");
	check_official("Đồng chí Trần Văn Ba, Bí thư Huyện ủy, tham gia ý kiến về người giữ chức Bí thư Chi bộ thôn.",
				   "Trần Văn Ba", "đồng chí", "Bí thư Huyện ủy");
}

/*
 * probe 51 G1: the post held after "giữ chức" in an appointment is the
 * subject's in the passive "A, P, được điều động, chỉ định tham gia ... và
 * giữ chức X", with no comma between the old post and "tham gia", and
 * after a leading "(sẽ) thôi tham gia ... và thôi giữ chức P ... để tham
 * gia ... và giữ chức X"; never another person's named before it.
 */
static void
test_title_taken_appointed(void)
{
	check_official("Quyết định về việc ông Hà Văn Tư, Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La, được điều "
				   "động, chỉ định tham gia Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy và giữ chức Phó "
				   "bí thư Tỉnh ủy Lai Châu nhiệm kỳ 2025 - 2030.", "Hà Văn Tư", "ông",
				   "Phó bí thư Tỉnh ủy | Chủ tịch UBND tỉnh Sơn La | Phó bí thư Tỉnh ủy Lai Châu");
	check_official("Bà Lý Thị Nga, Giám đốc Sở Tài chính, được phân công và bổ nhiệm tham gia Ban Chấp hành, "
				   "Ban Thường vụ và giữ chức vụ Bí thư Huyện ủy Cam Lâm.", "Lý Thị Nga", "bà",
				   "Giám đốc Sở Tài chính | Bí thư Huyện ủy Cam Lâm");
	check_official("Trao Quyết định điều động, chỉ định đồng chí Lò Văn Mạ, Phó Giám đốc Sở Kế hoạch và Đầu tư "
				   "tham gia Ban Chấp hành, Ban Thường vụ, giữ chức vụ Phó Bí thư Huyện ủy Mường La khóa XXI, "
				   "nhiệm kỳ 2020-2025.", "Lò Văn Mạ", "đồng chí",
				   "Phó Giám đốc Sở Kế hoạch và Đầu tư | Phó Bí thư Huyện ủy Mường La");
	check_official("Theo đó, ông Trần Quốc Ba sẽ thôi tham gia Ban Chấp hành Đảng bộ, Ban Thường vụ Tỉnh ủy và "
				   "thôi giữ chức Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Minh Sơn nhiệm kỳ 2025 - 2030 để tham "
				   "gia Ban Chấp hành Đảng bộ, Ban Thường vụ Tỉnh ủy và giữ chức Phó bí thư Tỉnh ủy Tân Lập "
				   "nhiệm kỳ 2025 - 2030.", "Trần Quốc Ba", "ông", "Phó bí thư Tỉnh ủy Tân Lập");
	/* the passive verb names no post by itself; another person's post is not his */
	check_official("Ông Vũ Văn Minh, Giám đốc Sở Y tế, được điều động về địa phương.", "Vũ Văn Minh", "ông",
				   "Giám đốc Sở Y tế");
	check_official("Ông Vũ Văn Minh, Giám đốc Sở Y tế tham gia đoàn công tác và ông Nguyễn Văn Bảy giữ chức "
				   "Trưởng đoàn.", "Vũ Văn Minh", "ông", "Giám đốc Sở Y tế");
	check_official("Đồng chí Đinh Văn Lợi sẽ thôi tham gia Ban Chấp hành để đồng chí Mai Văn Hai giữ chức Bí "
				   "thư Huyện ủy.", "Đinh Văn Lợi", "đồng chí", "");
}

/*
 * probe 51 G2: posts listed after "nhân sự" (or after one named as an
 * office, "tái cử Ủy viên ..., Ban Thường vụ tỉnh ủy, Bí thư, Phó Bí thư
 * tỉnh ủy") are offices voted on, no back-reference to the one person who
 * holds the last of them; a name after the list is still a person.
 */
static void
test_title_offices_voted(void)
{
	const char *chairs = "Các đồng chí: Nguyễn Hữu Đông, Bí thư tỉnh ủy; Hoàng Văn Khánh, Phó Bí thư tỉnh ủy, "
		"Chủ tịch UBND tỉnh cùng chủ trì hội nghị. ";
	char		t[1024];

	snprintf(t, sizeof(t), "%s%s", chairs, "Hội nghị bỏ phiếu giới thiệu nhân sự tái cử Ủy viên Ban Chấp hành "
			 "Đảng bộ tỉnh, Ban Thường vụ tỉnh ủy, Bí thư, Phó Bí thư tỉnh ủy khóa XV, nhiệm kỳ 2020-2025.");
	check_official(t, "Hoàng Văn Khánh", "đồng chí", "Phó Bí thư tỉnh ủy | Chủ tịch UBND tỉnh");
	snprintf(t, sizeof(t), "%s%s", chairs, "Hội nghị bỏ phiếu giới thiệu nhân sự Bí thư, Phó Bí thư Tỉnh ủy "
			 "khóa XVI.");
	check_official(t, "Hoàng Văn Khánh", "đồng chí", "Phó Bí thư tỉnh ủy | Chủ tịch UBND tỉnh");
	snprintf(t, sizeof(t), "%s%s", chairs, "Hội nghị giới thiệu nhân sự Ủy viên Ban Thường vụ, Phó Bí thư "
			 "Tỉnh ủy nhiệm kỳ 2025-2030.");
	check_official(t, "Hoàng Văn Khánh", "đồng chí", "Phó Bí thư tỉnh ủy | Chủ tịch UBND tỉnh");
	snprintf(t, sizeof(t), "%s%s", chairs, "Hội nghị giới thiệu nhân sự Phó Chủ tịch UBND tỉnh, Bí thư Tỉnh "
			 "ủy nhiệm kỳ mới.");
	check_official(t, "Nguyễn Hữu Đông", "đồng chí", "Bí thư tỉnh ủy");
	/* a name after the list's last post is its holder */
	snprintf(t, sizeof(t), "%s%s", chairs, "Dự có nhân sự Bí thư, Phó Bí thư tỉnh ủy Lê Văn Tám.");
	check_official(t, "Lê Văn Tám", NULL, "Bí thư | Phó Bí thư tỉnh ủy");
}

/* probe 37 G4: a bare position, a dash, then "Tổng Thư ký" of a body is one post */
static void
test_title_dashed_secretary(void)
{
	check_official("Cùng dự có ông Lê Tiến Châu, Ủy viên Trung ương Đảng, Phó Chủ tịch – Tổng Thư ký UBTƯ MTTQ "
				   "Việt Nam.", "Lê Tiến Châu", "ông",
				   "Ủy viên Trung ương Đảng | Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam");
	check_official("Dự có đồng chí Trần Văn Ba, Tổng Bí thư - Chủ tịch nước.", "Trần Văn Ba", "đồng chí",
				   "Tổng Bí thư | Chủ tịch nước");
}

/*
 * A former province after "Tỉnh ủy" is the body's place, not a person of
 * two syllables: "Bí thư Tỉnh ủy Hà Tây" (merged into Hà Nội in 2008).
 */
static void
test_former_province_no_name(void)
{
	GbResult   *r;

	check_official("Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy Hà Tây chủ trì hội nghị.", "Nguyễn Văn A", "đồng chí",
				   "Bí thư Tỉnh ủy Hà Tây");
	check_official("Ông Trần Văn B, Chủ tịch UBND tỉnh Hà Bắc, phát biểu.", "Trần Văn B", "ông",
				   "Chủ tịch UBND tỉnh Hà Bắc");
	r = extract("Bí thư Tỉnh ủy Hà Sơn Bình chủ trì hội nghị.", 0, 0, 0);
	CHECK(r->nofficials == 0, "no person in a former province's name, got %d", r->nofficials);
	gb_result_free(r);
}

/*
 * probe 36 G3: a day without a year takes the year of a month written with
 * one ("Đến tháng 6/2023", "trong tháng 9/2014"), near it, over a year a
 * figure is of ("năm 2022")
 */
static void
test_month_year(void)
{
	GbResult   *r;

	r = extract("Sáng 19/9, Ban Thường vụ Tỉnh ủy Bình Định tổ chức Hội nghị sơ kết giữa nhiệm kỳ. Thu nhập "
				"bình quân đầu người năm 2022 đạt hơn 70,6 triệu đồng; Đến tháng 6/2023, thu nội địa đạt "
				"5.460 tỷ đồng.", 0, 0, 0);
	CHECK(held_is(r, 2023, 9, 19) && r->meeting.date_inferred == 1, "figure to a month: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Ngày 19/8, Thành ủy Tuy Hòa tổ chức hội nghị quán triệt. Việc học tập sẽ hoàn thành trong "
				"tháng 9/2014.", 0, 0, 0);
	CHECK(held_is(r, 2014, 8, 19), "deadline month: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * probe 36 G3: a year's work named in the lead ("đánh giá ... năm 2014")
 * on 23/10 is not reviewed in October 2015: no year, or the publication's
 */
static void
test_review_too_late(void)
{
	GbResult   *r;
	const char *text = "Sáng 23.10, Đảng ủy Khối các cơ quan tỉnh triển khai công tác chuẩn bị Đại hội Đảng các "
		"cấp nhiệm kỳ 2015 - 2020 và hướng dẫn đánh giá phân loại tổ chức đảng và đảng viên năm 2014.";

	r = extract(text, 0, 0, 0);
	CHECK(r->meeting.held_on.y == 0 && str_is(r->meeting.period_text, "năm 2014"),
		  "year reviewed long after: %d", r->meeting.held_on.y);
	gb_result_free(r);

	r = extract(text, 2014, 10, 24);
	CHECK(held_is(r, 2014, 10, 23), "published: %d", r->meeting.held_on.y);
	gb_result_free(r);

	r = extract("Sáng 20/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2014.", 0, 0, 0);
	CHECK(held_is(r, 2015, 1, 20), "reviewed after it: %d", r->meeting.held_on.y);
	gb_result_free(r);
}

/*
 * probe 36 G5: the object a review names runs past a dash between words
 * and the number of "Cụm thi đua số 3" to its year; a region after a dash
 * is part of the scope ("khu vực miền Trung - Tây Nguyên"), a caption not
 */
static void
test_period_object_dash(void)
{
	GbResult   *r;

	r = extract("Sáng 21.12.2016, Ban Tổ chức Thành ủy Đà Nẵng đăng cai hội nghị \"Tổng kết công tác tổ chức "
				"xây dựng Đảng khu vực miền Trung - Tây Nguyên năm 2016\".", 0, 0, 0);
	CHECK(str_is(r->meeting.period_text, "năm 2016") &&
		  str_is(r->meeting.scope, "khu vực miền Trung - Tây Nguyên"), "region pair: %s / %s",
		  r->meeting.period_text ? r->meeting.period_text : "NULL",
		  r->meeting.scope ? r->meeting.scope : "NULL");
	gb_result_free(r);

	r = extract("Sáng 21/12, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác Cụm thi đua số 3 năm "
				"2016.", 0, 0, 0);
	CHECK(str_is(r->meeting.period_text, "năm 2016"), "numbered cluster: %s",
		  r->meeting.period_text ? r->meeting.period_text : "NULL");
	gb_result_free(r);

	r = extract("Sáng 21/12, Bộ Nội vụ tổ chức hội nghị giao ban khu vực miền Bắc - Ảnh: TTXVN.", 0, 0, 0);
	CHECK(str_is(r->meeting.scope, "khu vực miền Bắc"), "caption after the region: %s",
		  r->meeting.scope ? r->meeting.scope : "NULL");
	gb_result_free(r);
}

/*
 * probe 36 G5: "từ sau ... tháng 7/2015 đến nay" is a span from that month
 * to the meeting, not the month alone; with no meeting date, or a span of
 * more than a year, no period
 */
static void
test_period_to_now(void)
{
	GbResult   *r;

	r = extract("Ngày 30/9/2015, tại TP Đà Lạt đã diễn ra Hội nghị giao ban ba Ban Chỉ đạo nhằm đánh giá kết "
				"quả thực hiện nhiệm vụ từ sau Hội nghị giao ban tại TP Cần Thơ tháng 7/2015 đến nay.", 0, 0, 0);
	CHECK(str_is(r->meeting.period_text, "tháng 7/2015 đến nay") &&
		  r->meeting.period_lo.m == 7 && r->meeting.period_hi.m == 10 && r->meeting.period_hi.y == 2015,
		  "to now: %s %d-%d", r->meeting.period_text ? r->meeting.period_text : "NULL",
		  r->meeting.period_hi.y, r->meeting.period_hi.m);
	gb_result_free(r);

	r = extract("Ngày 30/9/2017, Ban Chỉ đạo tổ chức hội nghị giao ban đánh giá kết quả từ sau Hội nghị tại "
				"TP Cần Thơ tháng 7/2015 đến nay.", 0, 0, 0);
	CHECK(r->meeting.period_text == NULL, "two years on: %s",
		  r->meeting.period_text ? r->meeting.period_text : "NULL");
	gb_result_free(r);
}

/*
 * probe 36 G7: "Đại hội lần thứ XX của Đảng bộ tỉnh X" is a local congress,
 * one document with "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX"; "của Đảng"
 * alone stays the national Party's
 */
static void
test_cit_local_congress_cua(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Hội nghị sơ kết thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ "
				"2020 - 2025. Qua hai năm thực hiện Nghị quyết Đại hội lần thứ XX của Đảng bộ tỉnh Bình "
				"Định, tỉnh đã đạt kết quả tích cực.", 0, 0, 0);
	CHECK(r->ncitations == 1, "one congress, got %d", r->ncitations);
	c = find_cit(r, "Nghị quyết", NULL, 0);
	CHECK(c && c->mentions == 2 && str_is(c->term, "XX") && c->key && strstr(c->key, "dang-bo-tinh"),
		  "local congress: %s", c && c->key ? c->key : "NULL");
	gb_result_free(r);

	r = extract("Quán triệt Nghị quyết Đại hội lần thứ XIII của Đảng.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", NULL, 0);
	CHECK(c && str_is(c->key, "nghi-quyet:dai-hoi@xiii"), "national congress: %s",
		  c && c->key ? c->key : "NULL");
	gb_result_free(r);
}

/*
 * stop 28 G8: a mass organization's, the Front's or a union's congress
 * resolution is a citation as a Đảng bộ's is, its term the congress's
 * number, its key the organization's folded name; the congress itself
 * without "Nghị quyết" and "nghị quyết của Đại hội" without a number are
 * none
 */
static void
test_cit_mass_org_congress(void)
{
	static const struct
	{
		const char *text;
		const char *term;
		const char *key;
	}			cases[] = {
		{"Triển khai Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2023-2028.",
		"X", "nghi-quyet:dai-hoi:hoi-nong-dan-tinh@x"},
		{"Triển khai Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII.", "XII", "nghi-quyet:dai-hoi:doan@xii"},
		{"Quán triệt Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII.",
		"XIII", "nghi-quyet:dai-hoi:phu-nu@xiii"},
		{"Quán triệt Nghị quyết Đại hội Công đoàn tỉnh lần thứ XV.", "XV", "nghi-quyet:dai-hoi:cong-doan-tinh@xv"},
		{"Quán triệt Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI.",
		"XI", "nghi-quyet:dai-hoi:mttq-viet-nam-tinh@xi"},
		{"Quán triệt Nghị quyết Đại hội Hội Cựu chiến binh Việt Nam lần thứ VII.",
		"VII", "nghi-quyet:dai-hoi:hoi-cuu-chien-binh-viet-nam@vii"},
	};
	GbResult   *r;
	const GbCitation *c;
	int			k;

	for (k = 0; k < (int) (sizeof(cases) / sizeof(cases[0])); k++)
	{
		r = extract(cases[k].text, 0, 0, 0);
		c = find_cit(r, "Nghị quyết", NULL, 0);
		CHECK(r->ncitations == 1 && c && c->issuer == NULL && str_is(c->term, cases[k].term) &&
			  str_is(c->key, cases[k].key), "case %d: %s", k, c && c->key ? c->key : "NULL");
		gb_result_free(r);
	}

	r = extract("Đại hội Hội Nông dân tỉnh lần thứ X diễn ra thành công. Các cấp thực hiện nghị quyết "
				"của Đại hội.", 0, 0, 0);
	CHECK(r->ncitations == 0, "a congress, no citation: %d", r->ncitations);
	gb_result_free(r);
}

/*
 * probe 36 G8: a committee of a body that takes a level word ("Ban Thường
 * vụ Đảng ủy Khối các cơ quan tỉnh") keeps it, as the body alone does
 */
static void
test_cit_issuer_inner_level(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Hội nghị triển khai Hướng dẫn số 08-HD/ĐUK của Ban Thường vụ Đảng ủy Khối các cơ quan "
				"tỉnh chuẩn bị đại hội; Kế hoạch số 5-KH/ĐUK của Đảng ủy Khối các cơ quan tỉnh về công tác "
				"cán bộ.", 0, 0, 0);
	c = find_cit(r, "Hướng dẫn", "8", 0);
	CHECK_STR(c ? c->issuer : NULL, "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh", "committee's issuer");
	c = find_cit(r, "Kế hoạch", "5", 0);
	CHECK_STR(c ? c->issuer : NULL, "Đảng ủy Khối các cơ quan tỉnh", "the body alone");
	gb_result_free(r);
}

/*
 * probe 36 G8: an issuer written right after the code without "của", known
 * by the subject after it; not a body of another level than the code's
 */
static void
test_cit_bare_issuer(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Hội nghị triển khai Chỉ thị số 42-CT/TU Ban Thường vụ Tỉnh ủy về tổ chức đại hội đảng bộ "
				"các cấp; Chỉ thị số 35-CT/TW Ban Thường vụ Tỉnh ủy về đại hội; Chỉ thị số 36-CT/TW Bộ "
				"Chính trị về phòng chống ma túy.", 0, 0, 0);
	c = find_cit(r, "Chỉ thị", "42", 0);
	CHECK_STR(c ? c->issuer : NULL, "Ban Thường vụ Tỉnh ủy", "issuer without của");
	CHECK_STR(c ? c->subject : NULL, "tổ chức đại hội đảng bộ các cấp", "its subject");
	c = find_cit(r, "Chỉ thị", "35", 0);
	CHECK(c && !c->issuer, "a local body does not issue a central code: %s", c && c->issuer ? c->issuer : "NULL");
	c = find_cit(r, "Chỉ thị", "36", 0);
	CHECK_STR(c ? c->issuer : NULL, "Bộ Chính trị", "central issuer without của");
	gb_result_free(r);
}

/* every citation's key, mentions and span, every official's, the meeting's */
static char *
chunk_digest(const GbResult *r)
{
	GbBuf		b = {0};
	char		line[1024];
	int			n;

	n = snprintf(line, sizeof(line), "%s|%s|%d-%d-%d\n",
				 r->meeting.meeting_kind ? r->meeting.meeting_kind : "",
				 r->meeting.organizer ? r->meeting.organizer : "",
				 r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_buf_append(&b, line, (size_t) n);
	for (int i = 0; i < r->ncitations; i++)
	{
		n = snprintf(line, sizeof(line), "%s %d [%u,%u)\n", r->citations[i].key,
					 r->citations[i].mentions, r->citations[i].span_start,
					 r->citations[i].span_end);
		gb_buf_append(&b, line, (size_t) n);
	}
	for (int i = 0; i < r->nofficials; i++)
	{
		n = snprintf(line, sizeof(line), "%s %d [%u,%u) %d:%s %d\n", r->officials[i].name,
					 r->officials[i].mentions, r->officials[i].span_start,
					 r->officials[i].span_end, r->officials[i].ntitles,
					 r->officials[i].ntitles ? r->officials[i].titles[0] : "",
					 r->officials[i].nroles);
		gb_buf_append(&b, line, (size_t) n);
	}
	gb_buf_append(&b, "", 1);
	return b.data;				/* gb_malloc()'s, which is malloc() here */
}

/*
 * Where a long document is cut into chunks does not change its answer: a
 * report with 2,000 paragraphs of officials, who come back, and citations,
 * read as one chunk, in chunks of the default size and in chunks of 4 kB
 * (the fuzzer's).
 */
static void
test_chunk_independent(void)
{
	static const char *const family[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
	static const char *const middle[] = {"Văn", "Thị", "Minh", "Đức", "Quang"};
	static const char *const given[] = {"An", "Bình", "Cường", "Dũng", "Hà", "Hùng", "Lan",
	"Long", "Mai", "Nam", "Phong", "Sơn", "Tâm", "Thắng", "Tuấn"};
	static const char *const district[] = {"Mộc Châu", "Yên Châu", "Mai Sơn", "Sông Mã"};
	static const size_t sizes[] = {64 * 1024, 4096};
	static const char *head =
		"Hội nghị giao ban công tác tổ chức xây dựng Đảng năm 2023\n\n"
		"Sáng 18/10/2023, Ban Thường vụ Tỉnh ủy Sơn La tổ chức Hội nghị giao ban công tác "
		"tổ chức xây dựng Đảng. Đồng chí Hoàng Văn Chất, Bí thư Tỉnh ủy chủ trì hội nghị.\n";
	GbBuf		doc = {0};
	char		para[1024];
	char	   *whole;
	size_t		saved = gb_chunk_bytes;
	GbResult   *r;

	gb_buf_append(&doc, head, strlen(head));
	for (int i = 0; i < 2000; i++)
	{
		int			n = snprintf(para, sizeof(para),
								 "Đồng chí %s %s %s, Phó Bí thư Huyện ủy %s phát biểu. Chi bộ triển khai "
								 "Quyết định số %d-QĐ/HU ngày %d/%d/2023 của Ban Thường vụ Huyện ủy về công tác "
								 "cán bộ và Kết luận số %d-KL/TW của Bộ Chính trị.\n",
								 family[i % 8], middle[(i / 8) % 5], given[(i / 3) % 15],
								 district[i % 4], i % 700 + 1, i % 28 + 1, i % 12 + 1, i % 90 + 1);

		gb_buf_append(&doc, para, (size_t) n);
	}
	gb_chunk_bytes = 1 << 30;
	r = gb_extract(doc.data, doc.len, (GbDate) {0, 0, 0}, GB_WANT_ALL);
	CHECK(r->ncitations > 700 && r->nofficials > 100, "the long report: %d citations, %d officials",
		  r->ncitations, r->nofficials);
	whole = chunk_digest(r);
	gb_result_free(r);
	for (int k = 0; k < (int) (sizeof(sizes) / sizeof(sizes[0])); k++)
	{
		char	   *got;

		gb_chunk_bytes = sizes[k];
		r = gb_extract(doc.data, doc.len, (GbDate) {0, 0, 0}, GB_WANT_ALL);
		got = chunk_digest(r);
		CHECK(strcmp(whole, got) == 0, "chunks of %zu bytes give what one chunk gives", sizes[k]);
		gb_result_free(r);
		free(got);
	}
	gb_chunk_bytes = saved;
	free(whole);
	gb_free(doc.data);
}

/*
 * gb_roman_value() reads tens and units apart: each of I to XXX is its
 * value, and nothing else is a numeral.
 */
static void
test_roman_value(void)
{
	const char *none[] = {"", "XXXI", "XXXX", "IIII", "VX", "IL", "XIXI", "VV", "XXIXX", "XVIIII"};
	int			v;
	size_t		k;

	for (v = 1; v <= 30; v++)
		CHECK(gb_roman_value(gb_roman(v), strlen(gb_roman(v))) == v, "%s is %d", gb_roman(v), v);
	for (k = 0; k < sizeof(none) / sizeof(none[0]); k++)
		CHECK(gb_roman_value(none[k], strlen(none[k])) == 0, "%s is no numeral", none[k]);
	CHECK(gb_roman_value("XIV.", 3) == 14, "the first 3 bytes of XIV.");
}

/*
 * G-A (probe 38).  A Roman numeral after a lower-case noun is a number, and
 * its dot ends the sentence: the attendee list before "khóa XV." or "số
 * III." does not run into the chair's sentence.  "TP." and an initial after
 * an honorific ("ông V. Putin") still go on.
 */
static void
test_roman_numeral_sentence_end(void)
{
	const char *ends[] = {"Cụm thi đua số III", "Đảng bộ tỉnh khóa XV", "Quân khu V",
	"Đại hội Đảng toàn quốc lần thứ XIII"};
	GbDoc		d;
	int			k;

	for (k = 0; k < 4; k++)
	{
		char		text[512];
		GbResult   *r;

		snprintf(text, sizeof(text), "Dự hội nghị có các đồng chí là Phó Bí thư Thường trực Huyện ủy các "
				 "huyện thuộc %s. Đồng chí Đào Thị Thanh An - Phó Bí thư Thường trực Huyện ủy Lắk chủ trì "
				 "hội nghị.", ends[k]);
		r = extract(text, 0, 0, 0);
		CHECK(r->meeting.nchairs == 1 && strcmp(r->meeting.chairs[0], "Đào Thị Thanh An") == 0 &&
			  has_role(official(r, "Đào Thị Thanh An"), "chủ trì") &&
			  !has_role(official(r, "Đào Thị Thanh An"), "dự"),
			  "one chair after %s., got %d", ends[k], r->meeting.nchairs);
		gb_result_free(r);
	}
	memset(&d, 0, sizeof(d));
	gb_doc_tokenize(&d, "ông V. Putin và TP. Hồ Chí Minh", strlen("ông V. Putin và TP. Hồ Chí Minh"), 0);
	CHECK(d.ntok > 7 && !gb_sentence_break_at(&d, 3) && !gb_sentence_break_at(&d, 7),
		  "an initial and TP. end no sentence");
	gb_doc_free(&d);
}

/*
 * R9 (probe 50).  The ellipsis in one character ("…") ends a sentence as
 * "..." does: the roles of the sentence after it go to the person named
 * there, not to the one before; mid-sentence, before a lower-case word,
 * it ends none.
 */
static void
test_ellipsis_sentence_end(void)
{
	const char *dots[] = {"…", "...", "… "};
	GbDoc		d;
	int			k;

	for (k = 0; k < 3; k++)
	{
		char		text[512];
		GbResult   *r;

		snprintf(text, sizeof(text), "Ông Lê Văn An, Bí thư Tỉnh ủy yêu cầu các cấp ủy gắn bó với nhân "
				 "dân%s Phát biểu bế mạc, ông Trần Văn Bình, Phó Bí thư Tỉnh ủy nêu bật kết quả hội nghị.",
				 dots[k]);
		r = extract(text, 0, 0, 0);
		CHECK(has_role(official(r, "Trần Văn Bình"), "bế mạc") &&
			  !has_role(official(r, "Lê Văn An"), "bế mạc") &&
			  !has_role(official(r, "Lê Văn An"), "phát biểu"),
			  "the closing speech after \"%s\"", dots[k]);
		gb_result_free(r);
	}
	memset(&d, 0, sizeof(d));
	gb_doc_tokenize(&d, "các phong trào… và Hội nghị", strlen("các phong trào… và Hội nghị"), 0);
	CHECK(d.ntok == 7 && tok_punct(&d, 3, '.') && !gb_sentence_break_at(&d, 4),
		  "mid-sentence, %d tokens", d.ntok);
	gb_doc_free(&d);
}

/*
 * G3 (probe 38).  A portal's stamp "14/10/2020 | 04:02 | cms-view-count:
 * 17900" is the publication, its counter no words; a bare stamp under the
 * headline ("14/5/2019 8:43' Gửi bài này In bài này") wins over the site's
 * today bar above it ("Thứ Sáu, 20/9/2019").
 */
static void
test_published_portal_stamp(void)
{
	GbResult   *r;

	r = extract("Khai mạc Phiên trù bị Đại hội đại biểu Đảng bộ tỉnh Đắk Nông lần thứ XII\n"
				"14/10/2020 | 04:02  | cms-view-count: 17900\n\n"
				"Chiều 14/10, tại Trung tâm Hội nghị tỉnh, Đại hội tiến hành Phiên trù bị.", 0, 0, 0);
	CHECK(r->meeting.published.y == 2020 && r->meeting.published.m == 10 &&
		  r->meeting.published.d == 14, "portal stamp %d-%d-%d", r->meeting.published.y,
		  r->meeting.published.m, r->meeting.published.d);
	gb_result_free(r);

	r = extract("Thứ Sáu, 20/9/2019\nTỉnh Lai Châu đổi mới, sắp xếp tổ chức bộ máy hệ thống chính trị\n"
				"14/5/2019 8:43' Gửi bài này In bài này\n\n"
				"Ngày 10/5/2019, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết.", 0, 0, 0);
	CHECK(r->meeting.published.y == 2019 && r->meeting.published.m == 5 &&
		  r->meeting.published.d == 14, "stamp under the headline %d-%d-%d", r->meeting.published.y,
		  r->meeting.published.m, r->meeting.published.d);
	gb_result_free(r);
}

/*
 * G5 (probe 38).  "CTV:" (a contributor) and "PV:" (a reporter) closing
 * the text label the byline as "Tin, ảnh:" does, no part of the author.
 */
static void
test_byline_contributor_label(void)
{
	const char *labels[] = {"CTV", "PV"};
	int			k;

	for (k = 0; k < 2; k++)
	{
		char		text[512];
		GbResult   *r;

		snprintf(text, sizeof(text), "Ngày 22/6/2020, Huyện ủy Chư Prông đã tiến hành Hội nghị Ban Chấp hành "
				 "lần thứ 21.\n\nKinh tế - xã hội của huyện tiếp tục phát triển.\n\n%s: Khánh Linh – Dương Hoan",
				 labels[k]);
		r = extract(text, 0, 0, 0);
		CHECK(str_is(r->meeting.author, "Khánh Linh - Dương Hoan"), "author after %s: %s", labels[k],
			  r->meeting.author ? r->meeting.author : "NULL");
		gb_result_free(r);
	}
}

/*
 * G14 (probe 39).  A line closed by a photo's credit, after a stop ("...
 * hội nghị. Ảnh: Nhật Lai") or in parentheses ("(Ảnh: TTXVN)"), is the
 * caption of a photo, no headline; a headline without one stays.
 */
static void
test_credited_caption_no_title(void)
{
	const char *captions[] = {"hội nghị. Ảnh: Nhật Lai", "hội nghị (Ảnh: TTXVN)", "hội nghị"};
	int			k;

	for (k = 0; k < 3; k++)
	{
		char		text[768];
		GbResult   *r;

		snprintf(text, sizeof(text), "Đồng chí Hà Quốc Trị - Phó Bí thư Tỉnh ủy phát biểu chào mừng %s\n\n"
				 "Phát biểu tại Hội nghị, đồng chí Trần Quang Hòa - Phó Bí thư Thường trực Đảng ủy khối "
				 "Doanh nghiệp tỉnh Nghệ An cho biết việc phát triển tổ chức Đảng được Tỉnh ủy quan tâm.",
				 captions[k]);
		r = extract(text, 0, 0, 0);
		if (k < 2)
			CHECK(r->meeting.title == NULL, "caption \"%s\" as title: %s", captions[k],
				  r->meeting.title);
		else
			CHECK(r->meeting.title != NULL, "a headline without a credit stays");
		gb_result_free(r);
	}
}

/* probe 38 G2: a role belongs to the subject of its own clause */
static void
test_role_own_clause(void)
{
	GbResult   *r;
	const GbOfficial *o;

	r = extract("Đồng chí Trần Văn Ba, Bí thư Tỉnh ủy chủ trì buổi làm việc. Tại buổi làm việc, sau khi nghe "
				"Bí thư Tỉnh ủy Trần Văn Ba quán triệt một số nội dung,thay mặt Ban Thường vụ Huyện ủy, "
				"Bí thư Huyện ủy Lê Văn Diễn đã báo cáo.", 0, 0, 0);
	o = official(r, "Trần Văn Ba");
	CHECK(o && o->nroles == 1 && has_role(o, "chủ trì"), "A, heard before, does not act on behalf");
	o = official(r, "Lê Văn Diễn");
	CHECK(o && has_role(o, "thay mặt"), "\"thay mặt ..., B đã báo cáo\": B's");
	gb_result_free(r);

	/* the persons of a clause before the role's are not its subject */
	r = extract("Sau khi nghe đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy báo cáo, đồng chí Trần Văn Bình, "
				"Bí thư Tỉnh ủy phát biểu kết luận hội nghị.", 0, 0, 0);
	o = official(r, "Nguyễn Văn An");
	CHECK(o && o->nroles == 0, "the reporter heard does not conclude, got %d", o ? o->nroles : -1);
	o = official(r, "Trần Văn Bình");
	CHECK(o && has_role(o, "kết luận"), "the subject of the clause concludes");
	gb_result_free(r);

	/* "A, titles, thay mặt ... phát biểu": still A's; items of a ";" list stay together */
	r = extract("Đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, thay mặt Ban Thường vụ Tỉnh ủy phát biểu khai "
				"mạc. Các đồng chí: Lê Văn Cường, Bí thư Tỉnh ủy, Trưởng Ban chỉ đạo về xây dựng Đề án; "
				"Ngô Văn Tuấn, Phó trưởng Ban Kinh tế Trung ương đồng chủ trì.", 0, 0, 0);
	o = official(r, "Nguyễn Văn An");
	CHECK(o && has_role(o, "thay mặt") && has_role(o, "khai mạc"), "A acts on behalf");
	o = official(r, "Lê Văn Cường");
	CHECK(o && has_role(o, "đồng chủ trì"), "the first item co-chairs too");
	gb_result_free(r);
}

/* probe 39 G3: a role word made a noun (a speech played, a document counted) is no role */
static void
test_role_word_noun(void)
{
	GbResult   *r;
	const GbOfficial *o;

	r = extract("Sau khi xem đĩa VCD Bài phát biểu khai mạc và bế mạc của Tổng Bí thư Nguyễn Phú Trọng tại Hội "
				"nghị quán triệt Nghị quyết TƯ 4 toàn quốc, các đại biểu nghe báo cáo. Trong phiên buổi sáng, "
				"đồng chí Nguyễn Thị Mỵ đã truyền đạt 3 Nghị quyết và 1 kết luận, gồm: Nghị quyết số "
				"27-NQ/TW.", 0, 0, 0);
	o = official(r, "Nguyễn Phú Trọng");
	CHECK(o && o->nroles == 0, "a speech played: no role, got %d", o ? o->nroles : -1);
	o = official(r, "Nguyễn Thị Mỵ");
	CHECK(o && !has_role(o, "kết luận"), "\"1 kết luận\" is a document");
	gb_result_free(r);

	/* the speaker's own speech, and a number of a title before the role word */
	r = extract("Trong bài phát biểu, đồng chí Trần Văn Ba nhấn mạnh nhiệm vụ. Đồng chí Lê Văn Cường, Bí thư "
				"Chi bộ số 2 phát biểu. Đồng chí Ngô Văn Tuấn dự và có những phát biểu quan trọng.", 0, 0, 0);
	o = official(r, "Trần Văn Ba");
	CHECK(o && has_role(o, "phát biểu"), "\"Trong bài phát biểu, A\": A speaks");
	o = official(r, "Lê Văn Cường");
	CHECK(o && has_role(o, "phát biểu"), "\"Chi bộ số 2 phát biểu\": a title's number");
	o = official(r, "Ngô Văn Tuấn");
	CHECK(o && has_role(o, "phát biểu"), "\"có những phát biểu\": A speaks");
	gb_result_free(r);

	/* a number after a word is a name's; "nhũng" is no "những" */
	r = extract("Đại tá Lò Văn Cường, Tham mưu trưởng Quân khu 2 phát biểu. Đồng chí Lã Thị Thơm, Trưởng Ban "
				"Chỉ đạo về phòng, chống tham nhũng phát biểu.", 0, 0, 0);
	o = official(r, "Lò Văn Cường");
	CHECK(o && has_role(o, "phát biểu"), "\"Quân khu 2 phát biểu\"");
	o = official(r, "Lã Thị Thơm");
	CHECK(o && has_role(o, "phát biểu"), "\"tham nhũng phát biểu\"");
	gb_result_free(r);
}

/* probe 39 G10: "điểm cầu (chính) của <body>" is that body's point */
static void
test_bridge_of_body(void)
{
	static const char *const want1[] = {"Trung ương", "Đảng ủy Bộ Nội vụ", NULL};
	static const char *const want2[] = {"Trung ương", NULL};
	GbResult   *r;

	r = extract("Tại điểm cầu Trung ương, Bộ trưởng tham dự trực tiếp. Tại điểm cầu chính của Đảng uỷ Bộ Nội vụ "
				"tại phòng họp số 1, trụ sở Bộ do Phó Bí thư Đảng ủy Bộ Nguyễn Huy Hưng chủ trì.", 0, 0, 0);
	CHECK(bridges_are(r, want1), "the body's point, got %d", r->meeting.nbridge_points);
	gb_result_free(r);

	/* a text cut off after "của": no point of one word */
	r = extract("Hội nghị trực tuyến. Tại điểm cầu Trung ương, Bộ trưởng tham dự trực tiếp.\nĐiểm cầu chính của "
				"Đảng u", 0, 0, 0);
	CHECK(bridges_are(r, want2), "one point, got %d", r->meeting.nbridge_points);
	gb_result_free(r);
}

/* probe 39 G13: "toàn quốc" in the name of another meeting is no scope of the one held */
static void
test_scope_other_meeting(void)
{
	GbResult   *r;

	r = extract("TPO - Ngày 20/12, Hội nghị Đảng ủy Công an Trung ương năm 2023 đã được khai mạc, nhằm đánh giá "
				"kết quả công tác, đồng thời đưa ra ý kiến về các văn bản trình Hội nghị Công an toàn quốc lần "
				"thứ 79.", 0, 0, 0);
	CHECK(r->meeting.scope == NULL, "another meeting's name, got %s",
		  r->meeting.scope ? r->meeting.scope : "NULL");
	gb_result_free(r);

	/* the meeting held, named so first */
	r = extract("TPO - Ngày 20/12, Hội nghị Công an toàn quốc lần thứ 79 đã khai mạc tại Hà Nội.", 0, 0, 0);
	CHECK(r->meeting.scope && strcmp(r->meeting.scope, "toàn quốc") == 0, "the meeting held, got %s",
		  r->meeting.scope ? r->meeting.scope : "NULL");
	gb_result_free(r);
}

/*
 * Probe 39 G1: organizers outside the usual mould: two bodies joined by a
 * comma, one an association ("Hội Sinh viên"); an agency's noun in lower
 * case before its capitalized name ("Đảng bộ trường Đại học Vinh"); "TƯ",
 * with its horned Ư, is Trung ương, not the "TU" of a Tỉnh ủy.
 */
static void
test_organizer_outside_mould(void)
{
	GbResult   *r;

	r = extract("Ngày 21/3/2021, Đoàn Thanh niên, Hội Sinh viên Đại học Huế đã tổ chức Hội nghị chuyên đề.",
				0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Đoàn Thanh niên, Hội Sinh viên Đại học Huế"), "Đoàn, Hội: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Sáng nay 14-4, Đảng bộ trường Đại học Vinh tổ chức học tập, quán triệt Nghị quyết TƯ 4.",
				0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Đảng bộ trường Đại học Vinh"), "Đảng bộ trường: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	/* a lower-case noun with no name after it is no agency's */
	r = extract("Ngày 21/4, Đảng bộ trường tổ chức Hội nghị.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "Đảng bộ trường alone: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Trong hai ngày 21, 22-4, Ban Thường vụ TƯ Đoàn đã tổ chức Hội nghị lần thứ 14, khóa IX.",
				0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Thường vụ TƯ Đoàn"), "TƯ Đoàn: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Ngày 21/4, Ban Thường vụ TU đã tổ chức Hội nghị.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Thường vụ Tỉnh ủy"), "TU: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * Probe 39 G5: the meeting the organizer's verb takes is the one held; one
 * named before the subject in its sentence (a purpose's "kỳ họp HĐND", a
 * headline run into the lead) is spoken of.  An event held at the meeting
 * that opens the sentence ("Tại hội nghị này, ...") leaves it the one.
 */
static void
test_kind_of_organizer_verb(void)
{
	GbResult   *r;

	r = extract("Để chuẩn bị Thông báo MTTQ tham gia xây dựng chính quyền và tổng hợp ý kiến, kiến nghị của "
				"cử tri tại kỳ họp thứ 13 - HĐND tỉnh, khóa XVI, sáng ngày 10/7, Ban Thường trực UBMTTQ tỉnh "
				"Thanh Hóa đã tổ chức hội nghị lấy ý kiến.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "hội nghị"), "kỳ họp in the purpose: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Quyết tâm tổ chức thành công Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X (PLVN) - "
				"Sáng 4/9, tại Hà Nội, Ủy ban Trung ương MTTQ Việt Nam tổ chức Hội nghị Đoàn Chủ tịch lần "
				"thứ 20.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "hội nghị"), "Đại hội in the headline run in: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Tại hội nghị này, sáng 5/3, Hội LHPN huyện đã tổ chức họp mặt cán bộ nữ.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "hội nghị"), "side event: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
}

/*
 * Probe 38 G6: a steering committee named by its task and level holds a
 * meeting by "họp" as by "tổ chức": "Ban Chỉ đạo ... huyện Tủa Chùa đã họp".
 */
static void
test_steering_hop(void)
{
	GbResult   *r;

	r = extract("Sáng ngày 11/10/2021, Ban Chỉ đạo phòng chống dịch huyện Tủa Chùa đã họp bàn về công tác "
				"phòng chống dịch bệnh. Đồng chí Vùi Văn Nguyện, Bí thư huyện ủy chủ trì cuộc họp.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Chỉ đạo phòng chống dịch huyện Tủa Chùa") &&
		  str_is(r->meeting.meeting_kind, "họp"), "đã họp: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Ngày 21/3/2021, Ban Chỉ đạo phòng chống dịch tỉnh họp phiên thứ 5.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Chỉ đạo phòng chống dịch tỉnh"), "tỉnh họp: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * Probe 38 G8: a number right before a body counts bodies of its kind, none
 * named: "15 Đảng bộ cấp cơ sở tổ chức Đại hội điểm" names no organizer; a
 * date's day before it ("Ngày 5/3 Đảng bộ xã ...") is no count.
 */
static void
test_counted_body(void)
{
	GbResult   *r;

	r = extract("15 Đảng bộ cấp cơ sở tổ chức Đại hội điểm, nhiệm kỳ 2020-2025\n"
				"Ban Thường vụ Tỉnh uỷ đã thống nhất thời gian tổ chức Đại hội điểm đối với 15 Đảng bộ; "
				"trong đó, có 05 Đảng bộ tổ chức Đại hội điểm bầu trực tiếp Bí thư cấp ủy và 10 Đảng bộ "
				"tổ chức Đại hội điểm trước khi triển khai ra diện rộng.", 2020, 1, 7);
	CHECK(r->meeting.organizer == NULL, "15 Đảng bộ: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Ngày 5/3, 3 Đảng bộ xã tổ chức Hội nghị.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "5/3, 3 Đảng bộ: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Ngày 5/3 Đảng bộ xã Tân Lập tổ chức Hội nghị.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Đảng bộ xã Tân Lập"), "Ngày 5/3 Đảng bộ: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * Probe 38 G6 (real/09): what a steering committee steers, named with its
 * number ("Covid 19", "COVID-19"), goes on its name up to the level.
 */
static void
test_steering_named_task(void)
{
	GbResult   *r;

	r = extract("Sáng 11/10/2021, Ban Chỉ đạo phòng chống Covid 19 huyện Tủa Chùa đã họp bàn về công tác "
				"phòng chống dịch bệnh.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Chỉ đạo phòng chống Covid 19 huyện Tủa Chùa"), "Covid 19: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Sáng 11/10/2021, Ban Chỉ đạo phòng chống dịch COVID-19 tỉnh đã họp.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Chỉ đạo phòng chống dịch COVID-19 tỉnh"), "COVID-19: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * Probe 38 G6: "phòng, chống dịch": a comma after the first word of a
 * steering committee's task is inside its name; one after its level, or
 * before "các", starts another subject.
 */
static void
test_steering_task_comma(void)
{
	GbResult   *r;

	r = extract("Sáng 11/10/2021, Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh đã họp.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh"), "phòng, chống: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Sáng 11/10/2021, Ban Chỉ đạo tỉnh, các sở ngành tổ chức hội nghị.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "tỉnh, các sở ngành: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * probe 39 G9: "quý I- 2011", a dash written against the quarter and a
 * space before the year, gives the period its year and the meeting its
 * year; a dash set apart ends nothing of the period
 */
static void
test_period_dash_space_year(void)
{
	GbResult   *r;

	r = extract("Trong hai ngày 21, 22-4, Ban Thường vụ TƯ Đoàn đã tổ chức Hội nghị lần thứ 14, khóa IX "
				"nhằm thảo luận công tác quý I- 2011, bàn một số giải pháp triển khai Năm Thanh niên.",
				0, 0, 0);
	CHECK(str_is(r->meeting.period_text, "quý I- 2011") && r->meeting.period_lo.y == 2011 &&
		  r->meeting.period_lo.m == 1 && r->meeting.period_hi.m == 4,
		  "period: %s %d-%d", r->meeting.period_text ? r->meeting.period_text : "NULL",
		  r->meeting.period_lo.y, r->meeting.period_lo.m);
	CHECK(r->meeting.held_on.y == 2011 && r->meeting.held_on.m == 4 && r->meeting.held_on.d == 21 &&
		  r->meeting.date_inferred,
		  "held on: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * probe 39 G6: the month a publication's name gives, "Tài liệu sinh hoạt
 * Chi bộ tháng 4/2022", is the issue's, no period reviewed; the items of
 * the issue are of the days before it, which dates them.  A session's
 * month, "phiên họp thường kỳ tháng 02/2022", stays its period (gold d15).
 */
static void
test_period_issue_name(void)
{
	GbResult   *r;

	r = extract("Tài liệu sinh hoạt Chi bộ tháng 4/2022\n\nNgày 01/3, Tổng Bí thư chủ trì họp Bộ Chính trị.",
				0, 0, 0);
	CHECK(r->meeting.period_text == NULL, "issue's month: %s",
		  r->meeting.period_text ? r->meeting.period_text : "NULL");
	CHECK(r->meeting.held_on.y == 2022 && r->meeting.held_on.m == 3 && r->meeting.held_on.d == 1,
		  "dated before the issue: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Sáng 24/02, UBND tỉnh tổ chức phiên họp thường kỳ tháng 02/2022.", 0, 0, 0);
	CHECK(str_is(r->meeting.period_text, "tháng 02/2022"), "session's month: %s",
		  r->meeting.period_text ? r->meeting.period_text : "NULL");
	gb_result_free(r);
}

/*
 * probe 47 G1: a span of a person's career, "từng giữ chức ... (từ tháng
 * 6/2009 đến tháng 12/2010)", "là Chủ tịch ... từ tháng 11/2020 đến tháng
 * 6/2025", "Từ tháng 3/2016 đến nay, đồng chí A là Bí thư ...", is no
 * period the meeting reviews and gives its day no year.  A span of the work
 * reviewed, with no post held in its sentence, stays the period.
 */
static void
test_period_career_span(void)
{
	GbResult   *r;

	r = extract("Sáng 16/10, Ban Chấp hành Đảng bộ tỉnh Bình Định khóa XX, nhiệm kỳ 2020-2025 tổ chức "
				"Hội nghị lần thứ nhất. Đồng chí Hồ Quốc Dũng được bầu giữ chức Bí thư Tỉnh ủy. Đồng chí "
				"từng giữ chức Phó Chủ tịch UBND tỉnh (từ tháng 6/2009 đến tháng 12/2010).", 0, 0, 0);
	CHECK(r->meeting.period_text == NULL, "career months: %s",
		  r->meeting.period_text ? r->meeting.period_text : "NULL");
	CHECK(r->meeting.held_on.y != 2009 && r->meeting.held_on.y != 2010,
		  "year of a post held: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);

	r = extract("Chiều 20/5, Ban Thường vụ Tỉnh ủy Phú Yên tổ chức hội nghị công bố quyết định về công tác "
				"cán bộ. Từ tháng 3/2016 đến nay, đồng chí Lê Văn Nam là Bí thư Huyện ủy Tuy An.", 0, 0, 0);
	CHECK(r->meeting.period_text == NULL, "career up to now: %s",
		  r->meeting.period_text ? r->meeting.period_text : "NULL");
	CHECK(r->meeting.held_on.y != 2016, "year of a post held: %d", r->meeting.held_on.y);
	gb_result_free(r);

	r = extract("Sáng 18/11, Tỉnh ủy Cà Mau tổ chức hội nghị công bố quyết định của Ban Bí thư. Ông Trần "
				"Văn Hẳn đảm nhiệm nhiều vị trí, là Chủ tịch UBND tỉnh Bạc Liêu từ tháng 11/2020 đến "
				"tháng 6/2025.", 2025, 11, 18);
	CHECK(r->meeting.period_text == NULL, "career span after a title: %s",
		  r->meeting.period_text ? r->meeting.period_text : "NULL");
	gb_result_free(r);

	/* the work reviewed over a span: still the period */
	r = extract("Sáng 5/7, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết. Từ tháng 1/2024 đến nay, "
				"Đảng bộ huyện đã lãnh đạo hoàn thành các chỉ tiêu.", 0, 0, 0);
	CHECK(r->meeting.period_text != NULL, "span of work reviewed: NULL");
	gb_result_free(r);
}

/*
 * probe 66 G3: a range of months or quarters after "từ", "từ tháng 1/2016
 * đến tháng 5/2018", "từ tháng 1 đến tháng 5/2018", "từ quý III đến quý
 * IV/2024", is the period from the first to the end of the last, the
 * year written on one side the other's too; with no year and the months
 * past December, the first month stays the period as before.
 */
static void
test_period_month_range(void)
{
	period_case("Sáng 5/6/2018, Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy Minh Hòa làm việc với Đảng ủy Quân sự "
				"tỉnh về kết quả lãnh đạo nhiệm vụ quốc phòng thời gian từ tháng 1/2016 đến tháng 5/2018.",
				2016, 1, 2018, 6, "tháng 1/2016 đến tháng 5/2018");
	period_case("Sáng 5/7/2024, Đoàn giám sát của Ủy ban Kiểm tra Huyện ủy Tân Lập làm việc với Đảng ủy xã Minh "
				"Sơn về kết quả lãnh đạo công tác xây dựng Đảng từ tháng 10/2023 đến tháng 6/2024.",
				2023, 10, 2024, 7, "tháng 10/2023 đến tháng 6/2024");
	period_case("Sáng 5/7/2024, Đoàn giám sát của Ủy ban Kiểm tra Huyện ủy Tân Lập làm việc với Đảng ủy xã Minh "
				"Sơn về kết quả lãnh đạo công tác xây dựng Đảng từ tháng 1 đến tháng 5/2024.",
				2024, 1, 2024, 6, "tháng 1 đến tháng 5/2024");
	period_case("Sáng 5/7/2024, Đoàn giám sát của Ủy ban Kiểm tra Huyện ủy Tân Lập làm việc với Đảng ủy xã Minh "
				"Sơn về kết quả lãnh đạo công tác xây dựng Đảng từ tháng 11/2023 tới tháng 2.",
				2023, 11, 2024, 3, "tháng 11/2023 tới tháng 2");
	period_case("Sáng 5/7/2024, Đoàn giám sát của Ủy ban Kiểm tra Huyện ủy Tân Lập làm việc với Đảng ủy xã Minh "
				"Sơn về kết quả lãnh đạo công tác xây dựng Đảng từ quý III/2023 đến quý I/2024.",
				2023, 7, 2024, 4, "quý III/2023 đến quý I/2024");
	period_case("Sáng 5/7/2024, Đoàn giám sát của Ủy ban Kiểm tra Huyện ủy Tân Lập làm việc với Đảng ủy xã Minh "
				"Sơn về kết quả lãnh đạo công tác xây dựng Đảng từ quý I đến quý II năm 2024.",
				2024, 1, 2024, 7, "quý I đến quý II năm 2024");
	/* no year on either side and past December: the first month, as before */
	period_case("Sáng 5/7/2024, Đoàn giám sát của Ủy ban Kiểm tra Huyện ủy Tân Lập làm việc với Đảng ủy xã Minh "
				"Sơn về kết quả lãnh đạo công tác xây dựng Đảng từ tháng 10 đến tháng 3.",
				2023, 10, 2023, 11, "tháng 10");
}

/*
 * stop 28 G1: a mass organization's bare name as the headline's subject
 * ("Đoàn Thanh niên tổ chức ...", "Hội Nông dân ...") gives way to the
 * body the sentence under it names, dated or not, whatever its words
 * ("Ban Thường vụ Tỉnh đoàn Quảng Nam"); the national body ("Mặt trận Tổ
 * quốc Việt Nam") and a body that names its place stay.
 */
static void
test_organizer_headline_generic(void)
{
	org_case("Đoàn Thanh niên tổ chức lễ ra quân chiến dịch tình nguyện hè\n\nBan Thường vụ Tỉnh đoàn "
			 "Quảng Nam tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024 tại huyện Núi "
			 "Thành.", "Ban Thường vụ Tỉnh đoàn Quảng Nam", "Đoàn Thanh niên, undated lead");
	org_case("Đoàn Thanh niên tổ chức lễ ra quân chiến dịch tình nguyện hè\n\nHuyện đoàn Núi Thành tổ "
			 "chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024.", "Huyện đoàn Núi Thành",
			 "Huyện đoàn");
	org_case("Hội Nông dân tổ chức hội nghị tổng kết năm 2024\n\nBan Thường vụ Hội Nông dân tỉnh Long An "
			 "vừa tổ chức hội nghị tổng kết công tác Hội năm 2024.", "Ban Thường vụ Hội Nông dân tỉnh Long An",
			 "Hội Nông dân");
	org_case("Mặt trận Tổ quốc Việt Nam tổ chức hội nghị tổng kết năm 2024\n\nỦy ban MTTQ tỉnh Long An "
			 "vừa tổ chức hội nghị tổng kết công tác Mặt trận năm 2024.", "Mặt trận Tổ quốc Việt Nam",
			 "the national body stays");
	org_case("Đoàn Thanh niên xã Tam Hải tổ chức lễ ra quân\n\nHuyện đoàn Núi Thành tổ chức lễ ra quân "
			 "Chiến dịch Thanh niên tình nguyện hè năm 2024.", "Đoàn Thanh niên xã Tam Hải",
			 "a place named stays");
}

/*
 * stop 28 G2: a congress of the Front written "MTTQ", "Ủy ban MTTQ",
 * "UBMTTQ", or of a Chi bộ, heading its clause names its organization as
 * written, as a Đảng bộ's and an association's do.
 */
static void
test_organizer_front_cell_congress(void)
{
	org_case("Tin vắn\nĐại hội đại biểu MTTQ Việt Nam tỉnh Bình Phước lần thứ XI, nhiệm kỳ 2024-2029 khai mạc.",
			 "MTTQ Việt Nam tỉnh Bình Phước", "MTTQ");
	org_case("Tin vắn\nSáng 12/7/2024, Đại hội đại biểu Ủy ban MTTQ Việt Nam tỉnh Bình Phước lần thứ XI khai mạc.",
			 "Ủy ban MTTQ Việt Nam tỉnh Bình Phước", "Ủy ban MTTQ");
	org_case("Tin vắn\nĐại hội đại biểu UBMTTQ huyện Đồng Phú lần thứ XII khai mạc.", "UBMTTQ huyện Đồng Phú",
			 "UBMTTQ");
	org_case("Tin vắn\nĐại hội Chi bộ Trường THPT Nguyễn Du nhiệm kỳ 2025-2027 thành công tốt đẹp.",
			 "Chi bộ Trường THPT Nguyễn Du", "Chi bộ, its term");
	org_case("Tin vắn\nSáng 12/7/2025, Đại hội Chi bộ thôn 3 lần thứ XV, nhiệm kỳ 2025-2027 khai mạc.",
			 "Chi bộ thôn 3", "Chi bộ, its number");
}

/*
 * stop 28 G3: a congress announced in another sentence than the lead's
 * cue ("Đại hội ... sẽ diễn ra vào ngày 19/11/2025", "Dự kiến tổ chức Đại
 * hội ... vào tháng 10/2025", "Dự kiến, Đại hội ... diễn ra") gives the
 * meeting reported neither its kind nor its organization; a month planned
 * so bounds the meeting's day from after, as a day planned does.  A lead
 * announcing its own meeting keeps it.
 */
static void
test_organizer_congress_announced(void)
{
	GbResult   *r;

	org_case("Tin tức\nĐại hội Đoàn TNCS Hồ Chí Minh tỉnh Lâm Đồng lần thứ XVI sẽ diễn ra vào ngày "
			 "19/11/2025. Sáng 5/11/2025, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị chuẩn bị.",
			 "Ban Thường vụ Tỉnh đoàn", "announced before the lead");
	org_case("Tin tức\nNgày 5/11/2025, Ban Bí thư Trung ương Đoàn nghe báo cáo công tác chuẩn bị Đại hội. "
			 "Theo đó, Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Bắc Ninh lần thứ XVI sẽ diễn ra vào ngày 19/11/2025.",
			 NULL, "announced after the lead");
	org_case("Hội nghị Ban Chấp hành Hội Nông dân tỉnh\nĐại hội đại biểu Hội Nông dân tỉnh Lâm Đồng lần "
			 "thứ XI, nhiệm kỳ 2025-2030 dự kiến tổ chức vào tháng 10/2025. Ngày 5/8/2025, Ban Chấp hành "
			 "Hội Nông dân tỉnh họp hội nghị lần thứ 10.", "Ban Chấp hành Hội Nông dân tỉnh", "dự kiến tổ chức");
	org_case("Tin tức\nSáng 5/8/2025, Ban Tuyên giáo Tỉnh ủy nghe báo cáo. Dự kiến, Đại hội đại biểu Đảng "
			 "bộ tỉnh Lâm Đồng lần thứ XII diễn ra vào tháng 10/2025.", NULL, "Dự kiến, heading the clause");
	kind_case("Tin tức\nĐại hội Đoàn TNCS Hồ Chí Minh tỉnh Lâm Đồng lần thứ XVI sẽ diễn ra vào ngày "
			  "19/11/2025. Sáng 5/11/2025, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị chuẩn bị.", "hội nghị");
	/* held, or announced in the cue's sentence: the congress's */
	org_case("Tin tức\nSáng 5/8/2025, Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ XII khai mạc. Đại hội "
			 "sẽ diễn ra trong 3 ngày.", "Đảng bộ tỉnh Lâm Đồng", "held");
	org_case("Tin tức\nSáng 5/8/2025, Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ XII sẽ khai mạc.",
			 "Đảng bộ tỉnh Lâm Đồng", "its own lead");
	/* the day of a meeting before a congress planned for a month: not in the year after */
	r = extract("Tin tức\nSáng 20/2, Ban Thường vụ Tỉnh ủy Bình Lâm tổ chức hội nghị. Dự kiến tổ chức Đại "
				"hội đại biểu Hội Nông dân tỉnh Lâm Đồng lần thứ XI vào tháng 10/2025.", 0, 0, 0);
	CHECK(held_is(r, 2025, 2, 20), "before a month planned: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Tin tức\nSáng 20/2, Ban Thường vụ Tỉnh ủy Bình Lâm tổ chức hội nghị. Đại hội đại biểu "
				"Hội Nông dân tỉnh Lâm Đồng lần thứ XI dự kiến tổ chức vào tháng 10/2025.", 0, 0, 0);
	CHECK(held_is(r, 2025, 2, 20), "before a month planned, verb after: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * probe 49 G8: a single month of a biography, "sinh tháng 6/1970",
 * "Tháng 5/2023, ông trở lại Bộ Tư pháp ...", "Từ tháng 3/2020, ông giữ
 * chức ...", is no period and gives the meeting's day no year.  A month
 * in a sentence that names a meeting, or of work done, stays the period.
 */
static void
test_period_biography_month(void)
{
	static const char *const bio[] = {
		"Ông Dũng sinh tháng 6/1970 tại Hà Nội.",
		"Từ tháng 3/2020, ông giữ chức Phó Bí thư Tỉnh ủy.",
		"Tháng 5/2023, ông trở lại Bộ Tư pháp với cương vị Thứ trưởng.",
		"Tháng 8/2021, bà Nguyễn Thị Hoa về công tác tại Sở Nội vụ.",
		"Đồng chí từng công tác ở nhiều địa phương, tháng 1/2025 được điều động giữ chức Bí thư Tỉnh ủy.",
	};
	GbResult   *r;
	int			k;

	for (k = 0; k < (int) (sizeof(bio) / sizeof(bio[0])); k++)
	{
		char		text[512];

		snprintf(text, sizeof(text), "Tin hoạt động\nNgày 12/9, Tỉnh ủy Minh Hòa tổ chức hội nghị công bố "
				 "quyết định của Bộ Chính trị về công tác cán bộ. %s", bio[k]);
		r = extract(text, 0, 0, 0);
		CHECK(r->meeting.period_text == NULL && r->meeting.held_on.y == 0, "biography %d: %s %d", k,
			  r->meeting.period_text ? r->meeting.period_text : "NULL", r->meeting.held_on.y);
		gb_result_free(r);
	}
	/* a month of the work, or of a meeting, with a person for subject: still the period */
	r = extract("Tin hoạt động\nNgày 12/9, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban. Tháng 8/2024, "
				"đồng chí Bí thư Huyện ủy chủ trì hội nghị sơ kết công tác tháng 8/2024.", 0, 0, 0);
	CHECK(r->meeting.period_text != NULL, "month of a meeting: NULL");
	gb_result_free(r);
}

/*
 * probe 56 G4: a month or a quarter after "từ" with no end written, "Từ
 * tháng 9/2024, Quận ủy ... đã triển khai", "Từ quý II/2024, ...", "kể từ
 * tháng 3/2024", is when an activity began, no period reviewed.  With its
 * end, "từ tháng 3/2024 đến nay", it still is one, and a period the
 * meeting names after such an opening stays.
 */
static void
test_period_open_start(void)
{
	static const char *const opening[] = {
		("Từ tháng 9/2024, Quận ủy Tây Hồ đã triển khai Đề án số 27-ĐA/QU về thí điểm tổ chức sinh hoạt theo "
		 "tổ đảng."),
		"Từ quý II/2024, Thành ủy Minh Sơn đã triển khai thí điểm mô hình dân vận khéo.",
		"Kể từ tháng 3/2024, Huyện ủy Tân Lập đã thí điểm mô hình chi bộ kiểu mẫu.",
		"Từ tháng 10/2023, các chi bộ trên địa bàn huyện đã sinh hoạt theo chuyên đề.",
	};
	int			k;

	for (k = 0; k < (int) (sizeof(opening) / sizeof(opening[0])); k++)
	{
		char		text[512];

		snprintf(text, sizeof(text), "%s\n\nNgày 15-8, Huyện ủy Tân Lập tổ chức Hội nghị hướng dẫn thực "
				 "hiện Đề án.", opening[k]);
		period_text_is(text, NULL);
	}
	period_text_is("Từ tháng 3/2024 đến nay, Huyện ủy Tân Lập đã thí điểm mô hình.\n\nNgày 15-8, Huyện ủy "
				   "tổ chức Hội nghị sơ kết.", "tháng 3/2024 đến nay");
	period_text_is("Từ tháng 9/2023, Huyện ủy Tân Lập đã thí điểm mô hình.\n\nNgày 15-7, Huyện ủy tổ chức "
				   "Hội nghị sơ kết 6 tháng đầu năm 2024.", "6 tháng đầu năm 2024");
}

/*
 * probe 38 G9: "của của Bộ Chính trị", a word typed twice, still names the
 * issuer, as one "của" does
 */
static void
test_cit_doubled_cua(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Thực hiện Nghị quyết số 60/NQ-TW ngày 12/4/2025 và Kết luận số 137-KL/TW ngày 28/3/2025 "
				"của của Bộ Chính trị, Ban Bí thư về Đề án sắp xếp đơn vị hành chính.", 0, 0, 0);
	c = find_cit(r, "Kết luận", "137", 0);
	CHECK_STR(c ? c->issuer : NULL, "Bộ Chính trị", "issuer after của của");
	gb_result_free(r);
}

/*
 * probe 39 G4: "Theo Quyết định số 2287-QĐNS/TW ..., Ban Bí thư quyết định":
 * the central body that does what the document's kind names in the next
 * clause issued it; a body of another level acts on one it received
 */
static void
test_cit_acting_issuer(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Theo Quyết định số 2287-QĐNS/TW ngày 29/8/2025, Ban Bí thư quyết định, chỉ định 4 đồng "
				"chí. Theo Quyết định số 2290-QĐNS/TW, Bộ Chính trị quyết định: Chỉ định đồng chí Hoàng "
				"Trung Dũng. Thực hiện Hướng dẫn số 12-HD/TW, Ban Thường vụ Tỉnh ủy hướng dẫn các cấp ủy.",
				0, 0, 0);
	c = find_cit(r, "Quyết định", "2287", 0);
	CHECK_STR(c ? c->issuer : NULL, "Ban Bí thư", "the body deciding after the decision");
	c = find_cit(r, "Quyết định", "2290", 0);
	CHECK_STR(c ? c->issuer : NULL, "Bộ Chính trị", "the body deciding, no date");
	c = find_cit(r, "Hướng dẫn", "12", 0);
	CHECK(c && !c->issuer, "a local body acts on a central guide: %s",
		  c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
}

/*
 * probe 39 G11: a congress resolution written "lần 6", the ordinal's word
 * left out, is the one written "lần thứ 6"
 */
static void
test_cit_congress_bare_nth(void)
{
	GbResult   *r;

	r = extract("Hội nghị đánh giá kết quả thực hiện Nghị quyết Đại hội Đảng bộ Công an Trung ương lần thứ 6 "
				"từ đầu nhiệm kỳ; đồng thời báo cáo kết quả thực hiện Nghị quyết Đại hội Đảng bộ Công an "
				"Trung ương lần 6. Quán triệt Nghị quyết Đại hội lần thứ XIII của Đảng và Nghị quyết Đại hội "
				"lần 13 của Đảng.", 0, 0, 0);
	CHECK(r->ncitations == 2 && r->citations[0].mentions == 2 && r->citations[1].mentions == 2,
		  "lần 6 is lần thứ 6: %d documents, %s %d", r->ncitations,
		  r->ncitations ? r->citations[0].key : "", r->ncitations ? r->citations[0].mentions : 0);
	gb_result_free(r);
}

/*
 * probe 50 G8: a congress's number spelled out after "lần thứ" ("lần thứ
 * nhất", "lần thứ mười bảy", "lần thứ hai mươi mốt") is its term, as "lần
 * thứ I" and "lần thứ 17" are; one document with the number written so.
 * Without "thứ" a word counts no congress.
 */
static void
test_cit_congress_spelled_nth(void)
{
	GbResult   *r;
	const GbCitation *c;
	int			k,
				xvii = 0;

	r = extract("Sáng ngày 28/8/2025, Đảng ủy xã Ya Ly đã tổ chức Hội nghị quán triệt Nghị quyết Đại hội "
				"đại biểu Đảng bộ xã Ya Ly lần thứ nhất, nhiệm kỳ 2025-2030 và Nghị quyết Đại hội Đảng bộ "
				"thành phố lần thứ mười bảy. Các chi bộ học tập Nghị quyết Đại hội Đảng bộ thành phố lần "
				"thứ 17 và Nghị quyết Đại hội đại biểu toàn quốc lần thứ mười ba của Đảng.", 2025, 8, 29);
	CHECK(r->ncitations == 3, "%d citations", r->ncitations);
	for (k = 0; k < r->ncitations; k++)
	{
		c = &r->citations[k];
		CHECK(c->number == NULL && c->term && strstr(c->key, "dai-hoi"), "citation %d: %s", k, c->key);
		if (str_is(c->term, "XVII"))
			xvii = c->mentions;
	}
	CHECK(xvii == 2, "lần thứ mười bảy is lần thứ 17: %d mentions", xvii);
	CHECK(r->ncitations > 0 && str_is(r->citations[0].term, "I"), "first: %s",
		  r->ncitations ? r->citations[0].key : "");
	gb_result_free(r);
	r = extract("Chi bộ quán triệt Nghị quyết Đại hội Đảng bộ tỉnh Nghệ An lần thứ hai mươi mốt và Nghị "
				"quyết Đại hội lần đầu của Hội Nông dân.", 2020, 11, 2);
	CHECK(r->ncitations == 1 && str_is(r->citations[0].term, "XXI"), "%d citations, %s", r->ncitations,
		  r->ncitations ? r->citations[0].key : "");
	gb_result_free(r);
}

/*
 * probe 39 G12: "... và hướng dẫn thực hiện quy định" after a subject is the
 * carrying out of the document, one more object of the verb citing it, no
 * part of its subject; "và" inside a subject stays
 */
static void
test_cit_subject_carry_out(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Các đảng viên được nghe quán triệt nội dung Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách "
				"mạng của cán bộ, đảng viên trong giai đoạn mới và hướng dẫn thực hiện quy định. Chỉ thị số "
				"35-CT/TW về đại hội đảng bộ các cấp và kế hoạch tổ chức đại hội.", 0, 0, 0);
	c = find_cit(r, "Quy định", "144", 0);
	CHECK_STR(c ? c->subject : NULL, "chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới",
			  "subject before và hướng dẫn thực hiện");
	c = find_cit(r, "Chỉ thị", "35", 0);
	CHECK_STR(c ? c->subject : NULL, "đại hội đảng bộ các cấp và kế hoạch tổ chức đại hội", "và in a subject");
	gb_result_free(r);
}

/*
 * probe 39 G8: a two-syllable adverb ("trực tiếp", "khẩn trương") after a
 * place's name ends the title, no syllable of the name; the body ending
 * the person's title is no organizer
 */
static void
test_title_adverb_after_place(void)
{
	GbResult   *r;

	check_official("PGS.TS. Huỳnh Văn Chương, TUV, Bí thư Đảng ủy Đại học Huế trực tiếp quán triệt tại Hội nghị.",
				   "Huỳnh Văn Chương", NULL, "TUV | Bí thư Đảng ủy Đại học Huế");
	check_official("Đồng chí Lê Văn An, Bí thư Huyện ủy Phú Vang khẩn trương chỉ đạo.", "Lê Văn An", "đồng chí",
				   "Bí thư Huyện ủy Phú Vang");
	r = extract("Ngày 21/3/2021, Hội nghị chuyên đề được tổ chức. "
				"Đồng chí Huỳnh Văn Chương, Bí thư Đảng ủy Đại học Huế trực tiếp quán triệt tại Hội nghị.",
				0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "no organizer in a person's title: %s", r->meeting.organizer);
	gb_result_free(r);
}

/*
 * probe 38 G1: a title goes on past a number inside it: a disease's code
 * ("phòng chống Covid 19 huyện"), a steering committee named by its
 * document's number ("Ban Chỉ đạo 35 tỉnh"); an assembly's delegation keeps
 * its term ("Trưởng đoàn ĐBQH khóa XIV")
 */
static void
test_title_number_inside(void)
{
	check_official("Đồng chí Vùi Văn Nguyện, Bí thư huyện ủy, Trưởng ban Chỉ đạo phòng chống Covid 19 huyện chủ trì "
				   "cuộc họp.", "Vùi Văn Nguyện", "đồng chí",
				   "Bí thư huyện ủy | Trưởng ban Chỉ đạo phòng chống Covid 19 huyện");
	check_official("Ông Lê Văn Cường, Phó Trưởng Ban Chỉ đạo 35 tỉnh, Trưởng BCĐ 389 huyện phát biểu.",
				   "Lê Văn Cường", "ông", "Phó Trưởng Ban Chỉ đạo 35 tỉnh | Trưởng BCĐ 389 huyện");
	check_official("Dự có các đồng chí: Đặng Quốc Khánh, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH khóa XIV; Thào Hồng "
				   "Sơn, Phó Bí thư Tỉnh ủy.", "Đặng Quốc Khánh", "đồng chí", "Bí thư Tỉnh ủy | Trưởng đoàn ĐBQH khóa XIV");
	/* a count after the committee is none of its name */
	check_official("Ông Lê Văn Cường, Trưởng Ban Chỉ đạo 10 năm qua đã chỉ đạo.", "Lê Văn Cường", "ông",
				   "Trưởng Ban Chỉ đạo");
}

/*
 * probe 39 G2: a person's second post after "và" ("Bí thư ... và Bộ
 * trưởng Bộ Công an"), not one before a name or a class of persons; a
 * board's bare post, a comma, then the board ("Phó Trưởng ban, Ban Tuyên
 * giáo Tỉnh ủy Lâm Đồng") is one title
 */
static void
test_title_and_second_post(void)
{
	check_official("Thủ tướng Phạm Minh Chính, cùng với Đại tướng Tô Lâm, Bí thư Đảng ủy Công an Trung ương và Bộ "
				   "trưởng Bộ Công an, cùng tham gia.", "Tô Lâm", NULL,
				   "Bí thư Đảng ủy Công an Trung ương | Bộ trưởng Bộ Công an");
	check_official("Đồng chí Lê Văn An, Bí thư Tỉnh ủy và Bộ trưởng Bộ Công an Lương Tam Quang dự.", "Lê Văn An",
				   "đồng chí", "Bí thư Tỉnh ủy");
	check_official("Đồng chí Lê Văn An, Phó Chủ tịch UBND tỉnh và Giám đốc các sở dự.", "Lê Văn An", "đồng chí",
				   "Phó Chủ tịch UBND tỉnh");
	check_official("Tham dự Hội nghị có đồng chí Nguyễn Thị Mỵ – Phó Trưởng ban, Ban Tuyên giáo Tỉnh ủy Lâm Đồng.",
				   "Nguyễn Thị Mỵ", "đồng chí", "Phó Trưởng ban Ban Tuyên giáo Tỉnh ủy Lâm Đồng");
}

/* probe 39 G7: "UV" (Ủy viên) before the body written out is a title, as "UV BTV" is */
static void
test_title_uv_abbrev(void)
{
	check_official("Cùng dự có TS. Tăng Thế Toan - UV Ban Thường vụ Đảng ủy, Chủ tịch Hội đồng Trường.",
				   "Tăng Thế Toan", NULL, "UV Ban Thường vụ Đảng ủy | Chủ tịch Hội đồng Trường");
	check_official("Ông Lê Văn An, UV BCH Đảng bộ tỉnh, Giám đốc Sở Nội vụ phát biểu.", "Lê Văn An", "ông",
				   "UV BCH Đảng bộ tỉnh | Giám đốc Sở Nội vụ");
}

/*
 * probe 38 G4: a post stated through "tái cử chức danh X"; after "thôi ..."
 * (ceases) the post taken with "giữ chức" later in the sentence, not the
 * one left
 */
static void
test_title_post_verbs(void)
{
	check_official("Tại Hội nghị lần thứ nhất, đồng chí Lý Anh Hừ tái cử chức danh Bí thư Huyện ủy nhiệm kỳ 2020 - "
				   "2025.", "Lý Anh Hừ", "đồng chí", "Bí thư Huyện ủy");
	check_official("Theo quyết định, đồng chí Trịnh Việt Hùng thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ "
				   "chức Bí thư Tỉnh ủy Lào Cai để nhận công tác mới, giữ chức Thứ trưởng Thường trực Bộ Nông "
				   "nghiệp và Môi trường.", "Trịnh Việt Hùng", "đồng chí",
				   "Thứ trưởng Thường trực Bộ Nông nghiệp và Môi trường");
	/* another person named before it takes the post */
	check_official("Đồng chí Lê Văn An thôi giữ chức Bí thư Huyện ủy, đồng chí Trần Văn Ba giữ chức Bí thư Huyện ủy.",
				   "Lê Văn An", "đồng chí", "");
}

/* probe 38 G7: "Cụm trưởng" heads an emulation cluster named in sentence case, "số III" in Roman numerals too */
static void
test_title_cluster_head(void)
{
	check_official("Đồng chí Đào Thị Thanh An – Phó Bí thư Thường trực Huyện uỷ Lắk, Cụm trưởng Cụm thi đua số III "
				   "chủ trì hội nghị.", "Đào Thị Thanh An", "đồng chí",
				   "Phó Bí thư Thường trực Huyện ủy Lắk | Cụm trưởng Cụm thi đua số III");
	check_official("Ông Lê Văn Cường, Cụm trưởng cụm thi đua số 3 phát biểu.", "Lê Văn Cường", "ông",
				   "Cụm trưởng cụm thi đua số 3");
	/* and so do "Tổ trưởng", "Tổ phó" of a working group, "Khối trưởng" of a bloc (probe 38 G7, probe 29) */
	check_official("Dự có đồng chí Nguyễn Văn Hải, Tổ trưởng Tổ công tác số 3 của Ban Thường vụ Tỉnh ủy.",
				   "Nguyễn Văn Hải", "đồng chí", "Tổ trưởng Tổ công tác số 3 của Ban Thường vụ Tỉnh ủy");
	check_official("Đồng chí Hà Văn Tư, Trưởng ban Kiểm tra – Kiểm soát, Tổ trưởng công tác số 6 của Ban "
				   "Thường vụ Đảng ủy Tổng công ty dự.", "Hà Văn Tư", "đồng chí",
				   "Trưởng ban Kiểm tra - Kiểm soát | Tổ trưởng công tác số 6 của Ban Thường vụ Đảng ủy Tổng công ty");
	check_official("Bà Lý Thị Hoa, Tổ phó Tổ công tác dự.", "Lý Thị Hoa", "bà", "Tổ phó Tổ công tác");
	check_official("Ông Vũ Văn Nam, Khối trưởng Khối thi đua số 2 phát biểu.", "Vũ Văn Nam", "ông",
				   "Khối trưởng Khối thi đua số 2");
}

/*
 * "A chủ trì hội nghị cùng các đồng chí: B, ...; C, ...": B and C chair
 * with A; "chủ trì buổi làm việc cùng đồng chí B" names the one A works with.
 */
static void
test_chair_with_listed(void)
{
	GbResult   *r;

	r = extract("Sáng 7/4, Ban Chấp hành Đảng bộ TP khóa XV khai mạc hội nghị lần thứ tám. "
				"Đồng chí Bí thư Thành ủy Phạm Quang Nghị chủ trì hội nghị cùng các đồng chí: "
				"Nguyễn Thế Thảo, Phó Bí thư Thành ủy, Chủ tịch UBND TP; Ngô Thị Doãn Thanh, "
				"Phó Bí thư Thành ủy, Chủ tịch HĐND TP; Nguyễn Công Soái, Phó Bí thư Thường trực "
				"Thành ủy.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 4 && strcmp(r->meeting.chairs[3], "Nguyễn Công Soái") == 0,
		  "four chairs, got %d", r->meeting.nchairs);
	CHECK(has_role(official(r, "Ngô Thị Doãn Thanh"), "chủ trì"), "a listed co-chair chairs");
	gb_result_free(r);

	r = extract("Sáng 7/4, đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy chủ trì buổi làm việc cùng "
				"đồng chí Trần Văn Minh, Bí thư Huyện ủy.", 0, 0, 0);
	CHECK(r->meeting.nchairs == 1 && !has_role(official(r, "Trần Văn Minh"), "chủ trì"),
		  "the one worked with chairs not, got %d chairs", r->meeting.nchairs);
	gb_result_free(r);
}

/*
 * A role verb's subject: a caption run into the text with no space after
 * its stop ("đại hội.Đoàn Chủ tịch điều hành đại hội.") is a sentence of its
 * own; "các đại biểu dự hội nghị" is an unnamed group's attending.
 */
static void
test_role_other_subject(void)
{
	GbResult   *r;

	r = extract("Các đồng chí: Trịnh Thị Minh Thanh, Phó Bí thư Thường trực Tỉnh ủy; Vi Ngọc Bích, "
				"Ủy viên Ban Thường vụ Tỉnh ủy tặng hoa chúc mừng đại hội.Đoàn Chủ tịch điều hành "
				"đại hội.Đồng chí Trần Hoàng Hải, Bí thư Đảng ủy phường phát biểu.", 0, 0, 0);
	CHECK(r->nofficials == 3 && !has_role(official(r, "Vi Ngọc Bích"), "điều hành") &&
		  !has_role(official(r, "Trịnh Thị Minh Thanh"), "điều hành") &&
		  has_role(official(r, "Trần Hoàng Hải"), "phát biểu"),
		  "the presidium runs the congress, got %d persons", r->nofficials);
	gb_result_free(r);

	r = extract("Ngày 22/10, Thường trực Ban Bí thư Trần Cẩm Tú chủ trì họp Ban Chỉ đạo. Sau khi nghe "
				"các đại biểu dự hội nghị đóng góp ý kiến, Thường trực Ban Bí thư đánh giá cao các dự "
				"thảo.", 0, 0, 0);
	CHECK(r->nofficials == 1 && !has_role(&r->officials[0], "dự"), "the delegates attend, not the chair");
	gb_result_free(r);

	r = extract("Tổng Bí thư Tô Lâm cùng các đại biểu dự Hội nghị toàn quốc.", 0, 0, 0);
	CHECK(r->nofficials == 1 && has_role(&r->officials[0], "dự"), "one joined to the delegates attends");
	gb_result_free(r);
}

/*
 * "Bí thư chi bộ Trường THPT Nguyễn Huệ": a school (or street) named after
 * a person, no person in the report; "Chủ tịch HĐND thành phố A" is A.
 */
static void
test_school_namesake(void)
{
	GbResult   *r;

	r = extract("Ủy ban Kiểm tra Thị ủy đã giám sát chuyên đề đối với Chi bộ và đồng chí Bí thư chi "
				"bộ Trường THPT Nguyễn Huệ.", 0, 0, 0);
	CHECK(r->nofficials == 0, "a school named after a person, got %d persons", r->nofficials);
	gb_result_free(r);

	r = extract("Dự có đồng chí Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố Lê Trung Chinh.", 0, 0, 0);
	CHECK(r->nofficials == 1 && official(r, "Lê Trung Chinh"), "a city is no street");
	gb_result_free(r);
}

/*
 * Probe 44 G6: a late leader remembered, "cố" (late), "quê hương (của)",
 * "Ngày sinh", "tư tưởng, đạo đức, phong cách" right before the honorific,
 * the rank, the title or the name, is no official of the report; a living
 * official named after such words, past a comma, stays one.
 */
static void
test_late_leader(void)
{
	GbResult   *r;
	const GbOfficial *o;

	r = extract("Sáng 7/4/2024, Tỉnh ủy Quảng Trị tổ chức hội nghị học tập tư tưởng của cố Tổng Bí thư "
				"Lê Duẩn. Đồng chí Lê Quang Tùng, Bí thư Tỉnh ủy chủ trì hội nghị. An Giang là quê hương "
				"của Chủ tịch Tôn Đức Thắng – người cộng sản kiên cường.", 0, 0, 0);
	CHECK(r->nofficials == 1 && official(r, "Lê Quang Tùng"), "late leaders, got %d officials",
		  r->nofficials);
	gb_result_free(r);

	r = extract("Hội nghị kỷ niệm 120 năm Ngày sinh đồng chí Trần Phú, Tổng Bí thư đầu tiên của Đảng. "
				"Kỷ niệm 110 năm sinh của đồng chí Hà Huy Tập. Học tập tư tưởng, đạo đức, phong cách "
				"của cố Thủ tướng Phạm Văn Đồng. Cố Tổng Bí thư Nguyễn Văn Linh đã nói.", 0, 0, 0);
	CHECK(r->nofficials == 0, "late leaders remembered, got %d officials", r->nofficials);
	gb_result_free(r);

	/* the rank, and a living official after the place's words and a comma */
	r = extract("Sáng 19/5/2024, tại quê hương Đại tướng Võ Nguyên Giáp, đồng chí Trần Hải Châu, Bí thư "
				"Tỉnh ủy Quảng Bình chủ trì hội nghị.", 0, 0, 0);
	o = official(r, "Trần Hải Châu");
	CHECK(r->nofficials == 1 && o && has_role(o, "chủ trì") && r->meeting.nchairs == 1,
		  "the living official chairs, got %d officials", r->nofficials);
	gb_result_free(r);

	/* the late one honoured, or a place named after him; the living photographed */
	r = extract("Sáng 14/7/2024, Huyện ủy Đức Thọ tổ chức lễ tưởng niệm đồng chí Trần Phú tại Khu lưu "
				"niệm Tổng Bí thư Trần Phú. Đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy dâng hương tại đền "
				"thờ Chủ tịch Tôn Đức Thắng. Nhân ngày giỗ đồng chí Hà Huy Tập, đồng chí Lê Văn An, Chủ "
				"tịch UBND huyện chủ trì hội nghị. Các đại biểu chụp ảnh lưu niệm cùng đồng chí Trần "
				"Văn Minh, Phó Bí thư Huyện ủy.", 0, 0, 0);
	CHECK(r->nofficials == 3 && official(r, "Nguyễn Văn Hải") && official(r, "Trần Văn Minh") &&
		  (o = official(r, "Lê Văn An")) && has_role(o, "chủ trì") && r->meeting.nchairs == 1,
		  "honoured, got %d officials, %d chairs", r->nofficials, r->meeting.nchairs);
	gb_result_free(r);

	/* "đạo đức của", "tư tưởng của" may be the living's */
	r = extract("Hội nghị đánh giá phẩm chất đạo đức của đồng chí Nguyễn Văn Tám, Phó Bí thư Huyện ủy. "
				"Quán triệt tư tưởng của Tổng Bí thư Tô Lâm.", 0, 0, 0);
	CHECK(r->nofficials == 2 && official(r, "Nguyễn Văn Tám") && official(r, "Tô Lâm"),
		  "the living after \"của\", got %d officials", r->nofficials);
	gb_result_free(r);

	/* "củng cố" holds "cố": no late one's */
	r = extract("Hội nghị củng cố Ban Chấp hành. Đồng chí Nguyễn Văn Cừ, Chủ tịch UBND xã phát biểu.", 0, 0, 0);
	CHECK(r->nofficials == 1 && official(r, "Nguyễn Văn Cừ"), "củng cố");
	gb_result_free(r);
	r = extract("Hội nghị bàn việc củng cố Chủ tịch Hội Nông dân Nguyễn Văn Bình.", 0, 0, 0);
	CHECK(r->nofficials == 1 && official(r, "Nguyễn Văn Bình"), "củng cố before a title");
	gb_result_free(r);
}

/*
 * A place joined of two by an unspaced hyphen, "Thừa Thiên-Huế", is one
 * place in a title; a name and a title so joined stay two.
 */
static void
test_title_hyphened_place(void)
{
	check_official("Tin vắn\nĐồng chí Nguyễn Quốc Đoàn, Ủy viên Trung ương Đảng, Phó Bí thư Thường trực "
				   "Tỉnh ủy Thừa Thiên-Huế thôi giữ chức.",
				   "Nguyễn Quốc Đoàn", "đồng chí",
				   "Ủy viên Trung ương Đảng | Phó Bí thư Thường trực Tỉnh ủy Thừa Thiên-Huế");
	check_official("Tin vắn\nDự có đồng chí Lê Văn Tâm-Ủy viên Ban Thường vụ Tỉnh ủy Bà Rịa-Vũng Tàu.",
				   "Lê Văn Tâm", "đồng chí", "Ủy viên Ban Thường vụ Tỉnh ủy Bà Rịa-Vũng Tàu");
}

/*
 * Probe 40 G2: "Thực hiện Kế hoạch số ... ngày X của ..., ngày Y [body] tổ
 * chức Hội nghị": the date set off by the comma dates the meeting clause
 * that follows it at once, with no second comma; the plan keeps its date.
 * A date with no date of its own document before it stays the document's.
 */
static void
test_date_after_document_date(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Thực hiện Kế hoạch số 01-KH/ĐU ngày 03/8/2019 của Đảng ủy khối các cơ quan tỉnh Quảng "
				"Trị, ngày 22/8/2019 Đảng ủy Viện kiểm sát nhân dân tỉnh Quảng Trị tổ chức Hội nghị "
				"quán triệt Nghị quyết số 35-NQ/TW của Bộ Chính trị.", 0, 0, 0);
	CHECK(held_is(r, 2019, 8, 22) && !r->meeting.date_inferred, "date after the plan's: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	c = find_cit(r, "Kế hoạch", "1", 0);
	CHECK(c && c->issued.y == 2019 && c->issued.m == 8 && c->issued.d == 3, "the plan keeps 3/8/2019");
	gb_result_free(r);
	r = extract("Thực hiện Kế hoạch số 01-KH/ĐU ngày 03/8/2019 của Đảng ủy khối, ngày 22/8/2019 tại "
				"Hội trường, Đảng ủy Viện kiểm sát tổ chức Hội nghị quán triệt.", 0, 0, 0);
	CHECK(held_is(r, 2019, 8, 22), "date then place: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	/* the plan has no date of its own: the date set off may be its */
	r = extract("Thực hiện Hướng dẫn số 12-HD/BTCTW, ngày 3/5/2019 Ban Tổ chức Tỉnh ủy tổ chức Hội "
				"nghị quán triệt.", 0, 0, 0);
	CHECK(r->meeting.held_on.y == 0, "undated guide: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
	/* the clause issues a document, holds no meeting */
	r = extract("Thực hiện Kế hoạch số 01-KH/ĐU ngày 03/8/2019 của Đảng ủy khối, ngày 22/8/2019 Ban "
				"Thường vụ ban hành Kế hoạch tổ chức Hội nghị quán triệt.", 0, 0, 0);
	CHECK(r->meeting.held_on.y == 0, "a plan issued: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * Probe 40 G3: a page's stamp with the hour first, "<headline> (14:38
 * 20/03/2020)", closes the headline as one with the hour last does: no part
 * of the title, the report's publication; and a publication date from the
 * head, with no caller's, completes a document's "Ngày 17/3" as the
 * caller's would, for gb_citations() alone too.
 */
static void
test_headline_stamp_hour_first(void)
{
	static const char *text =
		"Quận Ba Đình xác định rõ vai trò là quận trung tâm của Thủ đô (14:38 20/03/2020)\n\n"
		"HNP - Ngày 17/3, Thành ủy Hà Nội ban hành Thông báo số 2519-TB/TU, kết luận của đồng chí "
		"Vương Đình Huệ, Bí thư Thành ủy Hà Nội làm việc với Quận ủy Ba Đình.";
	GbResult   *r;
	const GbCitation *c;

	r = extract(text, 0, 0, 0);
	CHECK_STR(r->meeting.title, "Quận Ba Đình xác định rõ vai trò là quận trung tâm của Thủ đô",
			  "title without its stamp");
	CHECK(r->meeting.published.y == 2020 && r->meeting.published.m == 3 &&
		  r->meeting.published.d == 20, "published from the stamp: %d-%d-%d",
		  r->meeting.published.y, r->meeting.published.m, r->meeting.published.d);
	c = find_cit(r, "Thông báo", "2519", 0);
	CHECK(c && c->issued.y == 2020 && c->issued.m == 3 && c->issued.d == 17,
		  "Ngày 17/3 of the stamp's year: %d-%d-%d", c ? c->issued.y : 0, c ? c->issued.m : 0,
		  c ? c->issued.d : 0);
	gb_result_free(r);
	r = gb_extract(text, strlen(text), (GbDate) {0, 0, 0}, GB_WANT_CITATIONS);
	c = find_cit(r, "Thông báo", "2519", 0);
	CHECK(c && c->issued.y == 2020 && c->issued.d == 17, "citations alone: the same issue date");
	gb_result_free(r);
	/* the caller's date wins over the head's */
	r = extract(text, 2021, 3, 20);
	c = find_cit(r, "Thông báo", "2519", 0);
	CHECK(c && c->issued.y == 2021, "the caller's year: %d", c ? c->issued.y : 0);
	gb_result_free(r);
	/* a banner's date among words may be the site's today: no year from it */
	r = extract("Hà Nội, Ngày 18/06/2025\nQuận Ba Đình xác định rõ vai trò là quận trung tâm của Thủ đô\n\n"
				"Ngày 17/3, Thành ủy Hà Nội ban hành Thông báo số 2519-TB/TU.", 0, 0, 0);
	c = find_cit(r, "Thông báo", "2519", 0);
	CHECK(c && c->issued.y == 0, "a banner's year: %d", c ? c->issued.y : 0);
	gb_result_free(r);
	/* "(ngày 20/03/2020)" closing a headline is its own date, no stamp */
	r = extract("Hội nghị giao ban quý I (ngày 20/03/2020)\n\nNgày 17/3, Tỉnh ủy tổ chức hội nghị.",
				0, 0, 0);
	CHECK(r->meeting.published.y == 0, "no stamp: %d", r->meeting.published.y);
	gb_result_free(r);
}

/*
 * Probe 40 G8: "ĐH" in capitals is "Đại hội" in a congress resolution's
 * name ("Nghị quyết ĐH Đảng bộ tỉnh Quảng Nam lần thứ XXI"), one document
 * with its later short forms; "ĐH" for "Đại học" names no congress.
 */
static void
test_cit_congress_abbrev(void)
{
	GbResult   *r;

	r = extract("Thành ủy tổ chức Hội nghị triển khai các Chuyên đề Nghị quyết ĐH Đảng bộ tỉnh Quảng Nam "
				"lần thứ XXI, nhiệm kỳ 2015-2020. Các cấp xây dựng chương trình hành động thực hiện NQ "
				"Đại hội Đảng bộ tỉnh lần thứ XXI./.", 0, 0, 0);
	CHECK(r->ncitations == 1 && r->citations[0].mentions == 2 && str_is(r->citations[0].term, "XXI") &&
		  str_is(r->citations[0].raw, "Nghị quyết ĐH Đảng bộ tỉnh Quảng Nam lần thứ XXI"),
		  "ĐH Đảng bộ tỉnh: %d citations, %s", r->ncitations,
		  r->ncitations ? r->citations[0].raw : "none");
	gb_result_free(r);
	r = extract("Chi bộ học tập Nghị quyết ĐH XIII của Đảng.", 0, 0, 0);
	CHECK(r->ncitations == 1 && !r->citations[0].number && str_is(r->citations[0].term, "XIII"),
		  "Nghị quyết ĐH XIII: %d citations", r->ncitations);
	gb_result_free(r);
	r = extract("Nhà trường triển khai Nghị quyết ĐH Quốc gia về đào tạo và Nghị quyết Dh XIII.", 0, 0, 0);
	CHECK(r->ncitations == 0, "ĐH Quốc gia, Dh: %d citations", r->ncitations);
	gb_result_free(r);
}

/*
 * Probe 40 G9: "Nghị quyết số 202/2025 của Quốc hội khóa XV": the year
 * written with the number and the legislature give the Assembly's code,
 * 202/2025/QH15, one document with the code written; not without the
 * year or the legislature, nor for the Standing Committee.
 */
static void
test_cit_assembly_code(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Ông Nguyễn Mạnh Hùng công bố Nghị quyết số 202/2025 của Quốc hội khóa XV về việc hợp "
				"nhất tỉnh Ninh Thuận vào tỉnh Khánh Hòa. Theo Nghị quyết 202/2025/QH15, tỉnh mới có "
				"diện tích lớn. Căn cứ Luật số 7/2022 của Quốc hội khóa XV.", 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "202", 0);
	CHECK(c && str_is(c->code, "202/2025/QH15") && c->mentions == 2 &&
		  str_is(c->key, "nghi-quyet:202/2025/qh15"), "202/2025/QH15: %s, %d mentions",
		  c && c->code ? c->code : "NULL", c ? c->mentions : 0);
	c = find_cit(r, "Luật", "7", 0);
	CHECK(c && str_is(c->code, "07/2022/QH15"), "Luật 07/2022/QH15: %s", c && c->code ? c->code : "NULL");
	gb_result_free(r);
	r = extract("Căn cứ Nghị quyết số 202 của Quốc hội khóa XV; Nghị quyết số 203/2025 của Quốc hội; "
				"Nghị quyết số 1667/2025 của Ủy ban Thường vụ Quốc hội khóa XV.", 0, 0, 0);
	CHECK(r->ncitations == 3 && !r->citations[0].code && !r->citations[1].code && !r->citations[2].code,
		  "no code without the year, the legislature, or for the Standing Committee");
	gb_result_free(r);
}

/*
 * Probe 40 G2, an activity held: in the sentence opening its paragraph,
 * "..., ngày 22/8/2019 Đảng ủy ... tổ chức quán triệt Nghị quyết" dates
 * the activity held as it dates "tổ chức Hội nghị"; not in a later
 * sentence, where "tổ chức triển khai" may be a task set.
 */
static void
test_date_after_document_activity(void)
{
	GbResult   *r;

	r = extract("Thực hiện Kế hoạch số 01-KH/ĐU ngày 03/8/2019 của Đảng ủy khối, ngày 22/8/2019 Đảng ủy "
				"Viện kiểm sát đã tổ chức học tập, quán triệt Nghị quyết số 35-NQ/TW.", 0, 0, 0);
	CHECK(held_is(r, 2019, 8, 22) && str_is(r->meeting.meeting_kind, "quán triệt"),
		  "tổ chức quán triệt: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Các chi bộ thảo luận. Thực hiện Kế hoạch số 01-KH/ĐU ngày 03/8/2019 của Đảng ủy khối, "
				"ngày 22/8/2019 Đảng ủy Viện kiểm sát đã tổ chức triển khai Nghị quyết số 35-NQ/TW.",
				0, 0, 0);
	CHECK(r->meeting.held_on.y == 0, "not the paragraph's first sentence: %d-%d-%d",
		  r->meeting.held_on.y, r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * Probe 40 G3: no headline in a photo's caption closing with its mark
 * "(Ảnh minh họa).", in a body's name alone (a tag page's label), or in a
 * preamble's clause closing with ';' ("Căn cứ Quy định ...;"), after which
 * the body has begun.
 */
static void
test_headline_not_label(void)
{
	head_title_is("Trụ sở UBND thành phố Hà Nội. (Ảnh minh họa).\n\nKỷ luật Ban cán sự đảng UBND thành phố "
				  "Hà Nội nhiệm kỳ 2016 - 2021\n\nNgày 17/8, tại Trụ sở Trung ương Đảng, Ban Bí thư họp.",
				  "Kỷ luật Ban cán sự đảng UBND thành phố Hà Nội nhiệm kỳ 2016 - 2021");
	head_title_is("Ban Chấp hành Trung ương\n\nTP HCM giới thiệu nhân sự vào Ban Chấp hành Trung ương\n\n"
				  "Ngày 29/6, Thành ủy TP Hồ Chí Minh đã tổ chức Hội nghị cán bộ.",
				  "TP HCM giới thiệu nhân sự vào Ban Chấp hành Trung ương");
	head_title_is("Căn cứ Quy định số 45-QĐ/TW, ngày 01/11/2011 của Ban Chấp hành Trung ương Đảng về thi hành "
				  "Điều lệ Đảng;\nThực hiện Hướng dẫn số 01-HD/TW, ngày 05/01/2012 của Ban Chấp hành Trung "
				  "ương Đảng về một số vấn đề cụ thể thi hành Điều lệ Đảng.\nNgày 03/5/2012, Ban Tổ chức "
				  "tiến hành họp xét hồ sơ đề nghị kết nạp đảng viên mới.", NULL);
	/* a headline that tells something of the body stays one */
	head_title_is("Ban Chấp hành Trung ương họp bàn về nhân sự\n\nNgày 29/6, Thành ủy TP Hồ Chí Minh "
				  "đã tổ chức Hội nghị cán bộ.", "Ban Chấp hành Trung ương họp bàn về nhân sự");
}

/*
 * Probe 54 G11: a short line ending in "trên <furniture>" ("BAOTAYNINH.VN
 * trên Google News", "Theo dõi Báo Tân Lập trên Google News") is the
 * site's widget, no headline; a headline with "trên" in it stays one.
 */
static void
test_headline_widget(void)
{
	head_title_is("BAOTAYNINH.VN trên Google News\n\nTổng Bí thư Nguyễn Phú Trọng chủ trì Hội nghị Quân ủy "
				  "Trung ương lần thứ 6, nhiệm kỳ 2020-2025\n\nCập nhật ngày: 03/07/2023 - 14:29\n\nSáng 3-7, "
				  "tại Hà Nội, Quân ủy Trung ương tổ chức Hội nghị lần thứ 6, nhiệm kỳ 2020-2025.",
				  "Tổng Bí thư Nguyễn Phú Trọng chủ trì Hội nghị Quân ủy Trung ương lần thứ 6, nhiệm kỳ 2020-2025");
	head_title_is("Theo dõi Báo Tân Lập trên Google News\n\nHuyện ủy Minh Sơn quán triệt Nghị quyết Trung ương "
				  "8\n\nNgày 5/11/2023, Huyện ủy Minh Sơn tổ chức hội nghị quán triệt.",
				  "Huyện ủy Minh Sơn quán triệt Nghị quyết Trung ương 8");
	head_title_is("Tuyên truyền Nghị quyết Đại hội trên Google News và mạng xã hội\n\nNgày 5/11/2023, Huyện ủy "
				  "Minh Sơn tổ chức hội nghị.", "Tuyên truyền Nghị quyết Đại hội trên Google News và mạng xã hội");
}

/*
 * R9 (probe 56 G7): the font-size widget named in full, "Điều chỉnh kích
 * thước chữ", "Kích thước chữ A A A", is the page's furniture, as "Cỡ chữ"
 * is, no headline
 */
static void
test_headline_font_widget(void)
{
	head_title_is("Điều chỉnh kích thước chữ\n\nQuảng Ninh: Quyết tâm hoàn thành đại hội đảng bộ cấp huyện "
				  "trong tháng 7\n\n(CLO) 13 đảng bộ cấp huyện của tỉnh Quảng Ninh đang chuẩn bị đại hội.",
				  "Quảng Ninh: Quyết tâm hoàn thành đại hội đảng bộ cấp huyện trong tháng 7");
	head_title_is("Kích thước chữ A A A\n\nBình Định: Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 10\n\n"
				  "Sáng 3/5, Tỉnh ủy Bình Định tổ chức hội nghị.",
				  "Bình Định: Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 10");
}

/*
 * Probe 40 G10: "Chủ trì hội nghị, đồng chí A, ... đã quán triệt một số nội
 * dung": a kind whose subject is a person is the person's act at the
 * meeting, not its kind, once a meeting noun names the meeting; a kind the
 * meeting noun takes stays, and so does the person's act when no meeting
 * noun is named.
 */
static void
test_kind_not_speaker_act(void)
{
	GbResult   *r;

	r = extract("Ngày 29/6, Thành ủy TP Hồ Chí Minh đã tổ chức Hội nghị cán bộ TP Hồ Chí Minh giới thiệu "
				"nhân sự Ban Chấp hành Trung ương Đảng khóa XII. Chủ trì hội nghị, đồng chí Lê Thanh Hải, "
				"Ủy viên Bộ Chính trị, Bí thư Thành ủy TP Hồ Chí Minh đã quán triệt một số nội dung.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "hội nghị"), "speaker's act: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Ngày 2/10, Ban Thường vụ Đảng ủy Khối tổ chức Hội nghị học tập, quán triệt Nghị quyết Đại "
				"hội. Tại Hội nghị, đồng chí Lê Đức Khai, Bí thư Đảng ủy Khối đã quán triệt Nghị quyết.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "quán triệt"), "the noun's kind: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Ngày 29/6, đồng chí Lê Thanh Hải, Bí thư Thành ủy TP Hồ Chí Minh đã quán triệt Nghị quyết "
				"số 35-NQ/TW cho cán bộ chủ chốt.", 0, 0, 0);
	CHECK(str_is(r->meeting.meeting_kind, "quán triệt"), "no meeting noun: %s",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
}

/*
 * Probe 40, unsure list: "Nguồn VNEWS: http://vnews.gov.vn/..." closing a
 * republished text credits the outlet, the source when the lead tags none;
 * a lead's tag wins, and "Nguồn" with no link is no credit.
 */
static void
test_source_credit(void)
{
	GbResult   *r;

	r = extract("Đại hội đại biểu Đảng bộ Quảng Bình lần thứ XVII\n\nNgày 28/10, Đảng bộ tỉnh Quảng Bình tổ "
				"chức Đại hội đại biểu Đảng bộ lần thứ XVII, nhiệm kỳ 2020- 2025.\n\n"
				"Nguồn VNEWS: http://vnews.gov.vn/video/dai-hoi-194778.htm", 0, 0, 0);
	CHECK(str_is(r->meeting.source, "VNEWS"), "credit: %s",
		  r->meeting.source ? r->meeting.source : "NULL");
	gb_result_free(r);
	r = extract("Đại hội đại biểu Đảng bộ Quảng Bình lần thứ XVII\n\n(QBĐT) - Ngày 28/10, Đảng bộ tỉnh Quảng "
				"Bình tổ chức Đại hội đại biểu Đảng bộ lần thứ XVII, nhiệm kỳ 2020- 2025.\n\n"
				"Nguồn VNEWS: http://vnews.gov.vn/video/dai-hoi-194778.htm", 0, 0, 0);
	CHECK(str_is(r->meeting.source, "QBĐT"), "the lead's tag: %s",
		  r->meeting.source ? r->meeting.source : "NULL");
	gb_result_free(r);
	r = extract("Đại hội đại biểu Đảng bộ Quảng Bình lần thứ XVII\n\nNgày 28/10, Đảng bộ tỉnh Quảng Bình tổ "
				"chức Đại hội đại biểu Đảng bộ lần thứ XVII.\n\nNguồn lực: con người", 0, 0, 0);
	CHECK(r->meeting.source == NULL, "no link: %s", r->meeting.source ? r->meeting.source : "NULL");
	gb_result_free(r);
}

/*
 * A group's members in parentheses, "(gồm ...)", between the subject and
 * its verb; "phối hợp cùng (với)" links a partner as "phối hợp với" does.
 */
static void
test_organizer_members_paren(void)
{
	GbResult   *r;

	r = extract("Ngày 21/8, Cụm thi đua 1 (gồm Quận ủy 1, 3, 5, 10, Tân Bình, Thành ủy Thủ Đức) "
				"tổ chức Hội nghị chuyên đề về sắp xếp khu phố.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Cụm thi đua 1"), "(gồm ...): %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Ngày 21/8, Ban Tổ chức Quận ủy (bao gồm 5 đồng chí) tổ chức Hội nghị chuyên đề.",
				0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Tổ chức Quận ủy"), "(bao gồm ...): %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Ngày 03/5/2012, Ban Tổ chức phối hợp cùng các Ban Xây dựng Đảng tiến hành họp xét "
				"hồ sơ đề nghị kết nạp đảng viên mới.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Tổ chức"), "phối hợp cùng: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Ngày 03/5/2012, Ban Tuyên giáo phối hợp cùng với Ban Dân vận tổ chức hội nghị.",
				0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Tuyên giáo"), "phối hợp cùng với: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * "Tại Hội nghị(,) các đại biểu đã được <body> quán triệt ...": the agent
 * of the passive holds the meeting; "quán triệt" after a body's name is no
 * "quận" ending it; a term's years after a comma are the body's.
 */
static void
test_organizer_passive_agent(void)
{
	GbResult   *r;

	r = extract("Tại Hội nghị các đại biểu đã được Ban Thường vụ Tỉnh ủy Đắk Nông, nhiệm kỳ 2020-2025 "
				"quán triệt 4 chuyên đề chính.", 0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Thường vụ Tỉnh ủy Đắk Nông"), "được X quán triệt: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Ngày 5/3/2021, Ban Thường vụ Huyện ủy quán triệt Nghị quyết Đại hội Đảng bộ tỉnh.",
				0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Ban Thường vụ Huyện ủy"), "quán, not quận: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Tại Hội nghị, các đại biểu được Huyện ủy Long Hà chọn tổ chức đại hội điểm.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "được X chọn: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * "Sáng 23.10, <body> triển khai công tác ...": a body opening a sentence
 * dated to a day does what a meeting does that day and holds it; a task
 * dated by a year ("Năm 2024, Huyện ủy triển khai ...") names no organizer.
 */
static void
test_organizer_acts_on_day(void)
{
	GbResult   *r;

	r = extract("Sáng 23.10, Đảng ủy Khối các cơ quan tỉnh triển khai công tác chuẩn bị Đại hội Đảng các "
				"cấp cho cấp ủy của 63 tổ chức cơ sở đảng. Bí thư Đảng ủy Khối Võ Hồng chủ trì hội nghị.",
				0, 0, 0);
	CHECK(str_is(r->meeting.organizer, "Đảng ủy Khối các cơ quan tỉnh"), "dated triển khai: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
	r = extract("Năm 2024, Huyện ủy Tân Lập triển khai công tác chuẩn bị Đại hội Đảng các cấp.", 0, 0, 0);
	CHECK(r->meeting.organizer == NULL, "a year's task: %s",
		  r->meeting.organizer ? r->meeting.organizer : "NULL");
	gb_result_free(r);
}

/*
 * "ý kiến của các cơ quan, đơn vị tham dự": units before a role verb are
 * its subject, no person named takes it; nor does one in "nghe các thành
 * viên Ban Chỉ đạo và các đại biểu dự hội nghị", where "và" joins no
 * person; "Tổng Bí thư A cùng các đại biểu dự" still does.
 */
static void
test_role_units_subject(void)
{
	GbResult   *r;

	r = extract("Đồng chí Trần Cẩm Tú đề nghị tiếp thu ý kiến góp ý của các thành viên Ban Chỉ đạo, "
				"các cơ quan, đơn vị tham dự, sớm hoàn thiện các dự thảo.", 0, 0, 0);
	CHECK(r->nofficials == 1 && r->officials[0].nroles == 0, "units tham dự: %d roles",
		  r->nofficials ? r->officials[0].nroles : -1);
	gb_result_free(r);
	r = extract("Đồng chí Trần Cẩm Tú chủ trì hội nghị. Sau khi nghe các thành viên Ban Chỉ đạo xây "
				"dựng Báo cáo và các đại biểu dự hội nghị đóng góp ý kiến, đồng chí Trần Cẩm Tú "
				"đánh giá cao các dự thảo.", 0, 0, 0);
	CHECK(r->nofficials == 1 && r->officials[0].nroles == 1, "và joins no person: %d roles",
		  r->nofficials ? r->officials[0].nroles : -1);
	gb_result_free(r);
	r = extract("Tổng Bí thư Tô Lâm cùng các đại biểu dự Hội nghị.", 0, 0, 0);
	CHECK(r->nofficials == 1 && r->officials[0].nroles == 1, "cùng joins A: %d roles",
		  r->nofficials ? r->officials[0].nroles : -1);
	gb_result_free(r);
}

/*
 * Probe 41 G2: a dated sentence that names only another event ("tiếp xúc
 * cử tri trước Kỳ họp thứ 9", "đã hoàn thành đại hội", "đề án trình Hội
 * nghị T.Ư 8") is background: the later "Sáng 15/4, ... tổ chức hội nghị"
 * is the lead, in the next line or the same one; a first sentence that
 * holds a meeting stays the lead.
 */
static void
test_lead_other_event(void)
{
	GbResult   *r;

	r = extract("Từ ngày 14 - 20/4/2025, trên địa bàn tỉnh Trà Vinh đã diễn ra nhiều sự kiện. Nổi bật là "
				"hoạt động của đoàn đại biểu Quốc hội tiếp xúc cử tri trước Kỳ họp thứ 9, Quốc hội khóa XV.\n"
				"Sáng ngày 15/4, Thường trực Tỉnh ủy tổ chức hội nghị để công bố Quyết định của Ban "
				"Thường vụ Tỉnh ủy về công tác cán bộ.", 0, 0, 0);
	CHECK(held_is(r, 2025, 4, 15) && str_is(r->meeting.time_of_day, "sáng") &&
		  str_is(r->meeting.meeting_kind, "hội nghị") &&
		  str_is(r->meeting.organizer, "Thường trực Tỉnh ủy"),
		  "trước Kỳ họp: %d-%d-%d %s %s", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d, r->meeting.time_of_day ? r->meeting.time_of_day : "NULL",
		  r->meeting.meeting_kind ? r->meeting.meeting_kind : "NULL");
	gb_result_free(r);
	r = extract("Ngày 10/4/2025, 100% đảng bộ cơ sở đã hoàn thành đại hội nhiệm kỳ 2025-2030. Sáng 15/4, "
				"Thường trực Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ.", 0, 0, 0);
	CHECK(held_is(r, 2025, 4, 15) && str_is(r->meeting.time_of_day, "sáng") &&
		  str_is(r->meeting.meeting_kind, "hội nghị"),
		  "hoàn thành đại hội, same line: %d-%d-%d", r->meeting.held_on.y, r->meeting.held_on.m,
		  r->meeting.held_on.d);
	gb_result_free(r);
	r = extract("Ngày 10/4/2025, Ban Chỉ đạo tỉnh tổ chức phiên họp lần thứ 12. Sáng 15/4, Thường trực "
				"Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ.", 0, 0, 0);
	CHECK(held_is(r, 2025, 4, 10) && str_is(r->meeting.meeting_kind, "phiên họp"),
		  "a first sentence holding a meeting: %d-%d-%d", r->meeting.held_on.y,
		  r->meeting.held_on.m, r->meeting.held_on.d);
	gb_result_free(r);
}

/*
 * Probe 41 G4: the province that ends a run of posts is each one's: the
 * bare "Phó bí thư Tỉnh ủy" of "Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh
 * Ninh Bình" is no short form of a later "Phó bí thư Tỉnh ủy Hưng Yên"
 * (a transfer's new post); of the same province, or of none named, it is.
 */
static void
test_title_place_of_run(void)
{
	check_official("Ông Phạm Quang Ngọc, Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Ninh Bình, thôi giữ chức. "
				   "Phó trưởng ban Tổ chức T.Ư Nguyễn Quang Dương trao quyết định cho tân Phó bí thư Tỉnh ủy "
				   "Hưng Yên Phạm Quang Ngọc.", "Phạm Quang Ngọc", "ông",
				   "Phó bí thư Tỉnh ủy | Chủ tịch UBND tỉnh Ninh Bình | Phó bí thư Tỉnh ủy Hưng Yên");
	check_official("Ông Trần Văn Nam, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Vĩnh Phúc phát biểu. Bí thư Tỉnh "
				   "ủy Vĩnh Phúc Trần Văn Nam nhấn mạnh yêu cầu.", "Trần Văn Nam", "ông",
				   "Bí thư Tỉnh ủy Vĩnh Phúc | Chủ tịch HĐND tỉnh Vĩnh Phúc");
	check_official("Ông Trần Văn Nam, Phó bí thư Tỉnh ủy phát biểu. Phó bí thư Tỉnh ủy Hưng Yên Trần Văn "
				   "Nam nhấn mạnh yêu cầu.", "Trần Văn Nam", "ông", "Phó bí thư Tỉnh ủy Hưng Yên");
}

/*
 * Probe 41 G1: a province's or a city's name, known whole from the
 * gazetteer, ends a local issuer before the verb after it; a province
 * written with a hyphen is one name.
 */
static void
test_cit_issuer_place_end(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Công bố Quyết định số 1788-QĐ/TU ngày 26/6/2025 của Ban Chấp hành Đảng bộ tỉnh Hưng Yên "
				"quyết định chuyển giao tổ chức đảng. Kế hoạch số 12-KH/TU ngày 3/5/2024 của Ban Thường vụ "
				"Tỉnh ủy Nghệ An triển khai nghị quyết. Thông báo số 7-TB/TU ngày 5/5/2024 của Thường trực "
				"Tỉnh ủy Thừa Thiên Huế thông báo kết luận. Kế hoạch số 31-KH/TU ngày 3/5/2024 của Tỉnh ủy "
				"Bà Rịa - Vũng Tàu triển khai. Chỉ thị số 10-CT/TU ngày 6/5/2024 của Thành ủy Hà Nội chỉ "
				"đạo các cấp.", 0, 0, 0);
	c = find_cit(r, "Quyết định", "1788", 0);
	CHECK_STR(c ? c->issuer : NULL, "Ban Chấp hành Đảng bộ tỉnh Hưng Yên", "the verb after the province");
	c = find_cit(r, "Kế hoạch", "12", 0);
	CHECK_STR(c ? c->issuer : NULL, "Ban Thường vụ Tỉnh ủy Nghệ An", "triển khai after the province");
	c = find_cit(r, "Thông báo", "7", 0);
	CHECK_STR(c ? c->issuer : NULL, "Thường trực Tỉnh ủy Thừa Thiên Huế", "a province of three words");
	c = find_cit(r, "Kế hoạch", "31", 0);
	CHECK_STR(c ? c->issuer : NULL, "Tỉnh ủy Bà Rịa - Vũng Tàu", "a province with a hyphen");
	c = find_cit(r, "Chỉ thị", "10", 0);
	CHECK_STR(c ? c->issuer : NULL, "Thành ủy Hà Nội", "a city run by the centre");
	gb_result_free(r);
	/* the other spellings of a province's name */
	r = extract("Kế hoạch số 14-KH/TU ngày 3/5/2024 của Tỉnh ủy Đắc Lắc chỉ đạo. Kế hoạch số 15-KH/TU ngày "
				"3/5/2024 của Tỉnh ủy Thừa Thiên - Huế triển khai.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "14", 0);
	CHECK_STR(c ? c->issuer : NULL, "Tỉnh ủy Đắc Lắc", "Đắc Lắc");
	c = find_cit(r, "Kế hoạch", "15", 0);
	CHECK_STR(c ? c->issuer : NULL, "Tỉnh ủy Thừa Thiên - Huế", "Thừa Thiên - Huế");
	gb_result_free(r);
}

/*
 * Probe 55 G10: "X (đã) ban hành A và B", "A, B và C": the issuer before
 * the verb issues every document of the list, unless one names its own
 * after it ("... và Kế hoạch 30/KH-UBND của UBND huyện").  A document of
 * the next sentence is not in the list.
 */
static void
test_cit_issuer_listed(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Chuẩn bị cho Đại hội Đảng các cấp, Ban Thường vụ Huyện ủy Hiệp Đức đã ban hành Chỉ thị số "
				"25/CT-HU và Kế hoạch số 62/KH-HU về tổ chức đại hội các tổ chức cơ sở đảng. Bộ Chính trị "
				"đã ban hành Chỉ thị số 45-CT/TW và Kết luận số 118-KL/TW về đại hội đảng bộ các cấp.",
				0, 0, 0);
	c = find_cit(r, "Kế hoạch", "62", 0);
	CHECK_STR(c ? c->issuer : NULL, "Ban Thường vụ Huyện ủy Hiệp Đức", "A và B: B");
	c = find_cit(r, "Kết luận", "118", 0);
	CHECK_STR(c ? c->issuer : NULL, "Bộ Chính trị", "A và B, the Politburo: B");
	gb_result_free(r);
	r = extract("Tỉnh ủy Nghệ An đã ban hành Chỉ thị số 10-CT/TU, Kế hoạch số 20-KH/TU và Hướng dẫn số "
				"05-HD/TU về đại hội chi bộ. Huyện ủy Đức Thọ ban hành Chỉ thị số 11-CT/HU và Kế hoạch số "
				"30/KH-UBND của UBND huyện. Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU. Kế hoạch "
				"số 40-KH/TU được triển khai.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "20", 0);
	CHECK_STR(c ? c->issuer : NULL, "Tỉnh ủy Nghệ An", "A, B và C: B");
	c = find_cit(r, "Hướng dẫn", "5", 0);
	CHECK_STR(c ? c->issuer : NULL, "Tỉnh ủy Nghệ An", "A, B và C: C");
	c = find_cit(r, "Kế hoạch", "30", 0);
	CHECK_STR(c ? c->issuer : NULL, "UBND huyện", "its own issuer after it");
	c = find_cit(r, "Kế hoạch", "40", 0);
	CHECK(c && c->issuer == NULL, "the next sentence: %s", c && c->issuer ? c->issuer : "NULL");
	gb_result_free(r);
}

/*
 * Probe 41 G3: a Vụ's or a Cục's title keeps the central board or ministry
 * named after a comma, which it belongs to; "phụ trách (điều hành) <body>"
 * after "Thường trực" goes on with the title.
 */
static void
test_title_dept_parent_in_charge(void)
{
	check_official("Tại hội nghị, ông Nguyễn Văn Tùng, Vụ trưởng Vụ Địa phương I, Ban Tổ chức T.Ư, đã công bố "
				   "quyết định.", "Nguyễn Văn Tùng", "ông", "Vụ trưởng Vụ Địa phương I, Ban Tổ chức T.Ư");
	check_official("Dự có đồng chí Lê Văn Hai, Phó Vụ trưởng Vụ Tổ chức cán bộ, Ban Tuyên giáo Trung ương.",
				   "Lê Văn Hai", "đồng chí", "Phó Vụ trưởng Vụ Tổ chức cán bộ, Ban Tuyên giáo Trung ương");
	check_official("Dự hội nghị có đồng chí Nguyễn Khắc Thận - Phó chủ tịch Thường trực phụ trách điều hành "
				   "UBND tỉnh, các đồng chí trong Ban Thường vụ Tỉnh ủy.", "Nguyễn Khắc Thận", "đồng chí",
				   "Phó chủ tịch Thường trực phụ trách điều hành UBND tỉnh");
	check_official("Dự có ông Trần Văn Ba, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.",
				   "Trần Văn Ba", "ông", "Trưởng Ban Dân vận Tỉnh ủy | Chủ tịch Ủy ban MTTQ tỉnh");
}

/*
 * Probe 64 G4: the central board or ministry a Vụ or a Cục belongs to,
 * after a second dash ("A - Vụ trưởng Vụ X - Bộ Y"), goes with the title
 * as after a comma, written with the comma form's comma; a dash in the
 * parent's own name stays, and a dash before a caption, a grade's or
 * another post's dash do not join a parent.
 */
static void
test_title_dept_parent_dash(void)
{
	check_official("Đồng chí Nguyễn Văn Tùng - Vụ trưởng Vụ Địa phương I - Ban Tổ chức Trung ương công bố quyết định.",
				   "Nguyễn Văn Tùng", "đồng chí", "Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương");
	check_official("Đồng chí Trần Văn An - Phó Cục trưởng Cục Chính trị - Bộ Quốc phòng phát biểu.",
				   "Trần Văn An", "đồng chí", "Phó Cục trưởng Cục Chính trị, Bộ Quốc phòng");
	check_official("Ông Hà Văn Long - Cục trưởng Cục Hải quan - Bộ Tài chính; ông Đinh Văn Quý - Phó Vụ trưởng "
				   "Vụ Pháp chế - Bộ Nội vụ cùng dự.", "Đinh Văn Quý", "ông", "Phó Vụ trưởng Vụ Pháp chế, Bộ Nội vụ");
	check_official("Ông Hà Văn Long - Cục trưởng Cục Hải quan - Bộ Tài chính; ông Đinh Văn Quý dự.",
				   "Hà Văn Long", "ông", "Cục trưởng Cục Hải quan, Bộ Tài chính");
	check_official("Ông Lê Văn Bình - Cục trưởng Cục Trẻ em - Bộ Lao động - Thương binh và Xã hội dự.",
				   "Lê Văn Bình", "ông", "Cục trưởng Cục Trẻ em, Bộ Lao động - Thương binh và Xã hội");
	check_official("Đồng chí NGUYỄN VĂN TÙNG - VỤ TRƯỞNG VỤ ĐỊA PHƯƠNG I - BAN TỔ CHỨC TRUNG ƯƠNG phát biểu.",
				   "Nguyễn Văn Tùng", "đồng chí", "VỤ TRƯỞNG VỤ ĐỊA PHƯƠNG I, BAN TỔ CHỨC TRUNG ƯƠNG");
	/* the mixed form as before; the comma form and the dash form are one title */
	check_official("Đồng chí Lê Văn Hai - Phó Vụ trưởng Vụ Tổ chức cán bộ, Ban Tuyên giáo Trung ương dự.",
				   "Lê Văn Hai", "đồng chí", "Phó Vụ trưởng Vụ Tổ chức cán bộ, Ban Tuyên giáo Trung ương");
	check_official("Đồng chí Nguyễn Văn Giang, Vụ trưởng Vụ Địa phương II, Ban Tổ chức Trung ương phát biểu. "
				   "Sau đó, đồng chí Nguyễn Văn Giang - Vụ trưởng Vụ Địa phương II - Ban Tổ chức Trung ương kết "
				   "luận.", "Nguyễn Văn Giang", "đồng chí", "Vụ trưởng Vụ Địa phương II, Ban Tổ chức Trung ương");
	/* no parent after the dash: a caption, another post */
	check_official("Đồng chí Hoàng Văn Em - Vụ trưởng Vụ Tổ chức cán bộ - Ảnh: Văn Hùng.",
				   "Hoàng Văn Em", "đồng chí", "Vụ trưởng Vụ Tổ chức cán bộ");
	check_official("Dự có các đồng chí: Đỗ Văn Hải - Cục trưởng Cục Thuế tỉnh - Ủy viên Ban Chấp hành Đảng bộ tỉnh.",
				   "Đỗ Văn Hải", "đồng chí", "Cục trưởng Cục Thuế tỉnh | Ủy viên Ban Chấp hành Đảng bộ tỉnh");
	/* a unit that is no Vụ or Cục: the dash joins no parent */
	check_official("Đồng chí Lê Văn Tư - Trưởng Khoa Xây dựng Đảng - Học viện Chính trị khu vực 3 phát biểu.",
				   "Lê Văn Tư", "đồng chí", "Trưởng Khoa Xây dựng Đảng");
}

/*
 * Probe 63 G6: a title's tail goes on: "của" before a level in lower case
 * ("Đoàn đại biểu Quốc hội của tỉnh"), "cơ quan" before the capitalized
 * agency a unit is of ("Chi bộ cơ quan Ủy ban MTTQ tỉnh"), and ", phụ
 * trách <body>" after a post with no body yet; a post with its body still
 * ends at the comma before a duty.
 */
static void
test_title_tails_of_agency(void)
{
	check_official("Dự hội nghị có đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng đoàn Đoàn đại "
				   "biểu Quốc hội của tỉnh.", "Nguyễn Văn An", "đồng chí",
				   "Ủy viên Ban Thường vụ Tỉnh ủy | Trưởng đoàn Đoàn đại biểu Quốc hội của tỉnh");
	check_official("Đồng chí Hoàng Thị Lan, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH của tỉnh Quảng Ninh dự hội nghị.",
				   "Hoàng Thị Lan", "đồng chí", "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH của tỉnh Quảng Ninh");
	check_official("Đồng chí Lê Văn Cường, Phó Bí thư Tỉnh đoàn, Trưởng Ban Công tác Thanh thiếu nhi cơ quan Ủy "
				   "ban MTTQ Việt Nam tỉnh Thanh Hóa phát biểu.", "Lê Văn Cường", "đồng chí",
				   "Phó Bí thư Tỉnh đoàn | Trưởng Ban Công tác Thanh thiếu nhi cơ quan Ủy ban MTTQ Việt Nam "
				   "tỉnh Thanh Hóa");
	check_official("Đồng chí Phạm Văn Dũng, Bí thư Chi bộ cơ quan Ủy ban MTTQ tỉnh dự.",
				   "Phạm Văn Dũng", "đồng chí", "Bí thư Chi bộ cơ quan Ủy ban MTTQ tỉnh");
	check_official("Đồng chí Mai Thị Hoa, Chủ tịch Công đoàn cơ quan Sở Nội vụ tỉnh Nam Định dự.",
				   "Mai Thị Hoa", "đồng chí", "Chủ tịch Công đoàn cơ quan Sở Nội vụ tỉnh Nam Định");
	check_official("Ông Phan Văn Hợp, Tỉnh ủy viên, Phó Chủ nhiệm Thường trực, phụ trách Ủy ban Kiểm tra Tỉnh ủy "
				   "Đồng Tháp và ông Phan Văn Thương.", "Phan Văn Hợp", "ông",
				   "Tỉnh ủy viên | Phó Chủ nhiệm Thường trực, phụ trách Ủy ban Kiểm tra Tỉnh ủy Đồng Tháp");
	check_official("Đồng chí Đặng Văn Giang, Phó Giám đốc, phụ trách Sở Tư pháp tỉnh Bến Tre dự.",
				   "Đặng Văn Giang", "đồng chí", "Phó Giám đốc, phụ trách Sở Tư pháp tỉnh Bến Tre");
	check_official("Tin vắn\nĐồng chí Hà Văn Tư, Phó Chủ tịch UBND tỉnh, phụ trách Văn phòng UBND tỉnh, dự hội nghị.",
				   "Hà Văn Tư", "đồng chí", "Phó Chủ tịch UBND tỉnh");
}

/*
 * Probe 45 G4: a unit of an institution (Khoa, Phòng, Trung tâm, Viện, Ban)
 * whose name holds no level keeps the body it belongs to, named after a
 * comma; "và các Hội" and a fixed term in lower case ("cơ sở") go on in
 * the unit's name.  A comma before another post or a name, or after a
 * unit whose level ends it, still separates.
 */
static void
test_title_sub_unit_parent(void)
{
	check_official("Dự Hội nghị có đồng chí Lương Thu Hậu, Phó Trưởng Phòng Đoàn thể và các Hội, Ban Tuyên giáo "
				   "và Dân vận Thành ủy.", "Lương Thu Hậu", "đồng chí",
				   "Phó Trưởng Phòng Đoàn thể và các Hội, Ban Tuyên giáo và Dân vận Thành ủy");
	check_official("Đồng chí Phí Văn Tám, Phó Trưởng Phòng Đoàn thể và các Hội, Ban Dân vận Tỉnh ủy Hà Giang dự.",
				   "Phí Văn Tám", "đồng chí", "Phó Trưởng Phòng Đoàn thể và các Hội, Ban Dân vận Tỉnh ủy Hà Giang");
	check_official("Tiến sĩ Nguyễn Văn Hào, Trưởng Khoa Xây dựng Đảng, Học viện Chính trị khu vực 3, Đà Nẵng đã "
				   "truyền đạt nội dung.", "Nguyễn Văn Hào", NULL,
				   "Trưởng Khoa Xây dựng Đảng, Học viện Chính trị khu vực 3");
	check_official("Đồng chí Trần Văn Nam, Trưởng Khoa Lý luận cơ sở, Trường Chính trị tỉnh đã báo cáo.",
				   "Trần Văn Nam", "đồng chí", "Trưởng Khoa Lý luận cơ sở, Trường Chính trị tỉnh");
	check_official("Đồng chí Cao Thị Bảy, Trưởng Khoa Lý luận cơ sở Trường Chính trị tỉnh Lai Châu phát biểu.",
				   "Cao Thị Bảy", "đồng chí", "Trưởng Khoa Lý luận cơ sở Trường Chính trị tỉnh Lai Châu");
	check_official("Đồng chí Lê Thị Hoa, Phó Trưởng phòng Tổ chức cơ sở đảng, Ban Tổ chức Thành ủy phát biểu.",
				   "Lê Thị Hoa", "đồng chí", "Phó Trưởng phòng Tổ chức cơ sở đảng, Ban Tổ chức Thành ủy");
	check_official("Đồng chí Phạm Văn Bình, Trưởng phòng Tổng hợp, Văn phòng Huyện ủy Mộc Châu phát biểu.",
				   "Phạm Văn Bình", "đồng chí", "Trưởng phòng Tổng hợp, Văn phòng Huyện ủy Mộc Châu");
	check_official("Đồng chí Đỗ Văn Sáu, Viện trưởng Viện Xây dựng Đảng, Học viện Chính trị quốc gia Hồ Chí Minh "
				   "phát biểu.", "Đỗ Văn Sáu", "đồng chí",
				   "Viện trưởng Viện Xây dựng Đảng, Học viện Chính trị quốc gia Hồ Chí Minh");
	check_official("Đồng chí Ngô Văn Tư, Chủ tịch Hội Cựu chiến binh và các Hội đoàn thể quận phát biểu.",
				   "Ngô Văn Tư", "đồng chí", "Chủ tịch Hội Cựu chiến binh và các Hội đoàn thể quận");
	check_official("Đồng chí Lê Văn Ba, Giám đốc Học viện Chính trị khu vực 3 phát biểu.", "Lê Văn Ba",
				   "đồng chí", "Giám đốc Học viện Chính trị khu vực 3");
	/* a level ends the unit; another post, a name, "các Hội" after a level separate */
	check_official("Dự có đồng chí Đinh Văn Một, Trưởng Ban Tuyên giáo Huyện ủy, Trung tâm Chính trị huyện và các "
				   "đồng chí khác.", "Đinh Văn Một", "đồng chí", "Trưởng Ban Tuyên giáo Huyện ủy");
	check_official("Đồng chí Lò Văn Hai, Trưởng Khoa Nhà nước và Pháp luật, Phó Hiệu trưởng Trường Chính trị tỉnh "
				   "Sơn La phát biểu.", "Lò Văn Hai", "đồng chí",
				   "Trưởng Khoa Nhà nước và Pháp luật | Phó Hiệu trưởng Trường Chính trị tỉnh Sơn La");
	check_official("Đồng chí Mai Thị Ba, Trưởng phòng Tổ chức cán bộ, Hà Văn Bốn, Phó Trưởng phòng Tổng hợp cùng "
				   "dự.", "Mai Thị Ba", "đồng chí", "Trưởng phòng Tổ chức cán bộ");
	check_official("Đồng chí Tạ Văn Sáu, Chủ tịch UBND tỉnh và các Hội đoàn thể dự.", "Tạ Văn Sáu", "đồng chí",
				   "Chủ tịch UBND tỉnh");
}

/*
 * Probe 41 G5: "từ điểm cầu của tỉnh tại <venue>": whose point it is comes
 * before the place named after "tại", which ends with its level; the
 * counted points after "đến" name none.
 */
static void
test_bridge_owner_level_venue(void)
{
	GbResult   *r;
	static const char *const want[] = {"Trung tâm Hội nghị và Triển lãm tỉnh", NULL};

	r = extract("Sáng 22/3/2024, Tỉnh ủy Bình Dương tổ chức hội nghị quán triệt chuyên đề năm 2024. Hội nghị "
				"được tổ chức trực tuyến từ điểm cầu của tỉnh tại Trung tâm Hội nghị và Triển lãm tỉnh đến 11 "
				"điểm cầu cấp huyện và 93 điểm cầu cấp xã.", 0, 0, 0);
	CHECK(r->meeting.online && bridges_are(r, want), "the venue after 'của tỉnh tại': %d points, first %s",
		  r->meeting.nbridge_points, r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
	gb_result_free(r);
}

/*
 * R9 (probe 58 G5, probe 59 G7): one point named again without its
 * province ("Hội trường Tỉnh ủy"), or abbreviated ("Ban TG&DV", "UBND"), is
 * the point named in full; a name ends before an adverb ("Trụ sở Trung
 * ương Đảng còn có") and goes on through "Hội nghị" to the level that
 * closes it ("Trung tâm Hội nghị tỉnh").
 */
static void
test_bridge_same_point(void)
{
	static const char *const tg[] = {"Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Hóa", NULL};
	static const char *const hall[] = {"Hội trường Tỉnh ủy Nghệ An", NULL};
	static const char *const ubnd[] = {"Ủy ban nhân dân tỉnh Lào Cai", "UBND huyện Bát Xát", NULL};
	static const char *const hq[] = {"Trụ sở Trung ương Đảng", "Trung tâm Hội nghị tỉnh", NULL};
	static const char *const two[] = {"Hội trường Tỉnh ủy Nghệ An", "Hội trường Huyện ủy Nam Đàn", NULL};
	GbResult   *r;

	r = extract("Sáng 26/9, Ban Tuyên giáo và Dân vận Trung ương tổ chức hội nghị trực tuyến.\n"
				"Các đại biểu tham dự tại điểm cầu Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Hóa.\n"
				"Các đại biểu tham dự tại điểm cầu Ban Tuyên giáo và Dân vận Tỉnh ủy.\n"
				"Tham dự tại điểm cầu Ban TG&DV Tỉnh ủy Thanh Hóa có đồng chí Phạm Trọng Dũng.", 2025, 9, 26);
	CHECK(bridges_are(r, tg), "short and abbreviated: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
	r = extract("Sáng 5/3/2024, Tỉnh ủy tổ chức hội nghị trực tuyến. Các đại biểu dự tại điểm cầu Hội "
				"trường Tỉnh ủy.\nDự tại điểm cầu Hội trường Tỉnh ủy Nghệ An có đồng chí Nguyễn Văn A.", 0, 0, 0);
	CHECK(bridges_are(r, hall), "short first: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
	r = extract("Sáng 5/3/2024, Tỉnh ủy tổ chức hội nghị trực tuyến tới điểm cầu UBND tỉnh Lào Cai và "
				"điểm cầu UBND huyện Bát Xát.\nTại điểm cầu Ủy ban nhân dân tỉnh Lào Cai có đồng chí A.",
				0, 0, 0);
	CHECK(bridges_are(r, ubnd), "UBND: %d points, first %s", r->meeting.nbridge_points,
		  r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
	gb_result_free(r);
	r = extract("Sáng 17/1/2024, Ban Bí thư tổ chức hội nghị giao ban trực tuyến. Tham dự tại điểm cầu Trụ "
				"sở Trung ương Đảng còn có đồng chí Lê Minh Hưng.\nTham dự tại điểm cầu Trung tâm Hội nghị "
				"tỉnh cùng có đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy.", 0, 0, 0);
	CHECK(bridges_are(r, hq), "còn, Hội nghị: %d points, first %s", r->meeting.nbridge_points,
		  r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
	gb_result_free(r);
	r = extract("Sáng 5/3/2024, Tỉnh ủy tổ chức hội nghị trực tuyến tới điểm cầu Hội trường Tỉnh ủy Nghệ "
				"An và điểm cầu Hội trường Huyện ủy Nam Đàn.", 0, 0, 0);
	CHECK(bridges_are(r, two), "two halls: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
}

/*
 * Probe 53 G6: "trực tiếp tại <hall>(,) kết hợp (với) trực tuyến": the
 * meeting is held in person at the hall and online: the hall is its main
 * point, named as it is written.  A place named by its level alone is no
 * hall.
 */
static void
test_bridge_direct_hall(void)
{
	static const char *const both[] = {"hội trường Tỉnh ủy", "UBND xã Sơn Linh", NULL};
	static const char *const hall[] = {"Hội trường Tỉnh ủy", NULL};
	static const char *const ubnd[] = {"Hội trường UBND tỉnh Quảng Trị", NULL};
	static const char *const none[] = {NULL};
	GbResult   *r;

	r = extract("Chiều ngày 08/10/2025, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị phổ biến, quán triệt Chỉ thị số "
				"46-CT/TW của Bộ Chính trị, bằng hình thức trực tiếp tại hội trường Tỉnh ủy, kết hợp trực tuyến "
				"tại các điểm cầu trong toàn tỉnh. Tại điểm cầu UBND xã Sơn Linh, dự và chỉ đạo Hội nghị có "
				"đồng chí Bùi Đức Thọ – Bí thư Đảng ủy, Chủ tịch HĐND xã.", 0, 0, 0);
	CHECK(r->meeting.online && bridges_are(r, both), "the hall and a point: %d points, first %s",
		  r->meeting.nbridge_points, r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
	gb_result_free(r);
	r = extract("Chiều 08/10/2025, Tỉnh ủy Nghệ An tổ chức hội nghị theo hình thức trực tiếp tại Hội trường "
				"Tỉnh ủy kết hợp trực tuyến đến các điểm cầu cấp xã.", 0, 0, 0);
	CHECK(r->meeting.online && bridges_are(r, hall), "no comma: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
	r = extract("Sáng 3/11/2025, Đảng ủy tỉnh tổ chức Hội nghị quán triệt bằng hình thức trực tiếp tại Hội "
				"trường UBND tỉnh Quảng Trị, kết hợp với trực tuyến đến 130 xã, phường.", 0, 0, 0);
	CHECK(r->meeting.online && bridges_are(r, ubnd), "kết hợp với: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
	r = extract("Sáng 3/11/2025, Đảng ủy tỉnh tổ chức Hội nghị bằng hình thức trực tiếp tại xã, kết hợp "
				"trực tuyến đến các điểm cầu.", 0, 0, 0);
	CHECK(r->meeting.online && bridges_are(r, none), "no hall named: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
}

/*
 * Probe 45 G7: points named without "điểm cầu" before each: the ends of an
 * online link, "trực tuyến từ X đến Y"; the items of a list after the first
 * point ("và"), or after a colon ("2 điểm cầu: X và Y", commas then).  Not
 * the bodies of every unit ("UBND 11 phường", "Công an các tỉnh"), nor
 * where a link runs "từ Trung ương đến cơ sở", nor a body after "Tại điểm
 * cầu X," that opens the sentence.
 */
static void
test_bridge_link_list(void)
{
	static const char *const link[] = {"Hội trường Quận ủy", "Hội trường UBND quận", NULL};
	static const char *const colon[] = {"Hội trường Quận ủy", "Trung tâm Chính trị quận", NULL};
	static const char *const three[] = {"Hội trường Huyện ủy", "Trung tâm Chính trị huyện",
	"Nhà văn hóa xã Tân Lập", NULL};
	static const char *const pair[] = {"Tập đoàn Điện lực Việt Nam", "Tập đoàn Dầu khí Việt Nam", NULL};
	static const char *const to_two[] = {"hội trường Tỉnh ủy", "Hội trường UBND huyện Mường Tè",
	"Hội trường UBND huyện Sìn Hồ", NULL};
	static const char *const hub[] = {"Hội trường Tỉnh ủy", NULL};
	static const char *const first[] = {"Tỉnh ủy", NULL};
	static const char *const none[] = {NULL};
	GbResult   *r;

	r = extract("Ngày 19-4-2023, Thường trực Quận ủy Ninh Kiều tổ chức hội nghị quán triệt Nghị quyết số "
				"15-NQ/TU của Thành ủy Cần Thơ. Hội nghị được triển khai trực tuyến từ Hội trường Quận ủy đến "
				"Hội trường UBND quận và UBND 11 phường.", 0, 0, 0);
	CHECK(r->meeting.online && bridges_are(r, link), "từ X đến Y: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
	r = extract("Ngày 20-4-2023, Quận ủy Lê Chân tổ chức hội nghị trực tuyến tại 2 điểm cầu: Hội trường Quận ủy "
				"và Trung tâm Chính trị quận.", 0, 0, 0);
	CHECK(bridges_are(r, colon), "2 điểm cầu: X và Y: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
	r = extract("Sáng 3/4/2024, Huyện ủy Tân Lập tổ chức hội nghị trực tuyến tại 3 điểm cầu: Hội trường Huyện ủy, "
				"Trung tâm Chính trị huyện và Nhà văn hóa xã Tân Lập.", 0, 0, 0);
	CHECK(bridges_are(r, three), "a colon's list with commas: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
	r = extract("Sáng 3/4/2024, Đảng ủy Khối Doanh nghiệp Trung ương tổ chức hội nghị trực tuyến, kết nối với "
				"điểm cầu Tập đoàn Điện lực Việt Nam và Tập đoàn Dầu khí Việt Nam.", 0, 0, 0);
	CHECK(bridges_are(r, pair), "A và B, 'khí' no stop word: %d points, second %s", r->meeting.nbridge_points,
		  r->meeting.nbridge_points > 1 ? r->meeting.bridge_points[1] : "-");
	gb_result_free(r);
	r = extract("Sáng 3/4/2024, Tỉnh ủy Minh Sơn tổ chức hội nghị. Hội nghị được tổ chức trực tuyến từ hội trường "
				"Tỉnh ủy tới Hội trường UBND huyện Mường Tè và Hội trường UBND huyện Sìn Hồ.", 0, 0, 0);
	CHECK(bridges_are(r, to_two), "từ X tới Y và Z: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
	r = extract("Sáng 3/4/2024, Tỉnh ủy Minh Sơn tổ chức hội nghị. Hội nghị được tổ chức trực tuyến từ Hội "
				"trường Tỉnh ủy đến 11 điểm cầu cấp huyện.", 0, 0, 0);
	CHECK(bridges_are(r, hub), "từ X đến counted points: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
	r = extract("Sáng 3/4/2024, Tỉnh ủy Minh Sơn tổ chức hội nghị. Hội nghị được tổ chức trực tuyến từ Trung "
				"ương đến cơ sở. Hội nghị được tổ chức trực tuyến từ Bộ Công an đến Công an các tỉnh.", 0, 0, 0);
	CHECK(r->meeting.online && r->meeting.nbridge_points <= 1 &&
		  (r->meeting.nbridge_points == 0 || str_is(r->meeting.bridge_points[0], "Bộ Công an")),
		  "every level, every unit: %d points, first %s", r->meeting.nbridge_points,
		  r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
	gb_result_free(r);
	r = extract("Sáng 3/4/2024, Tỉnh ủy Minh Sơn tổ chức hội nghị trực tuyến. Tại điểm cầu Tỉnh ủy, Ban Thường "
				"vụ Tỉnh ủy và Thường trực HĐND tỉnh dự.", 0, 0, 0);
	CHECK(bridges_are(r, first), "the sentence's subject after a comma: %d points", r->meeting.nbridge_points);
	gb_result_free(r);
	r = extract("Sáng 3/4/2024, Tỉnh ủy Minh Sơn tổ chức hội nghị. Hội nghị không tổ chức trực tuyến từ Hội "
				"trường Tỉnh ủy đến Hội trường UBND huyện.", 0, 0, 0);
	CHECK(!r->meeting.online && bridges_are(r, none), "negated: %d points", r->meeting.nbridge_points);
	gb_result_free(r);

	/*
	 * a body's name capitalized on each word's first syllable goes on past
	 * the first compound: "Trung tâm Hội nghị Quốc gia" (was "... Quốc")
	 */
	{
		static const char *const hall[] = {"Trung tâm Hội nghị Quốc gia", NULL};
		static const char *const oil[] = {"Tập đoàn Dầu khí Quốc gia Việt Nam", NULL};

		r = extract("Sáng 5/3/2024, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến. Tại điểm cầu Trung tâm "
					"Hội nghị Quốc gia có các đồng chí lãnh đạo.", 0, 0, 0);
		CHECK(bridges_are(r, hall), "Trung tâm Hội nghị Quốc gia: %d points, first %s", r->meeting.nbridge_points,
			  r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
		gb_result_free(r);
		r = extract("Sáng 5/3/2024, Đảng ủy Khối tổ chức hội nghị trực tuyến. Tại điểm cầu Tập đoàn Dầu khí "
					"Quốc gia Việt Nam có các đồng chí lãnh đạo dự.", 0, 0, 0);
		CHECK(bridges_are(r, oil), "Tập đoàn Dầu khí Quốc gia Việt Nam: %d points, first %s",
			  r->meeting.nbridge_points, r->meeting.nbridge_points ? r->meeting.bridge_points[0] : "-");
		gb_result_free(r);
	}
}

/*
 * Probe 41 G6: after a comma, a time of the present ("đến nay", "hiện
 * nay") opens the main clause: no part of the document's subject.
 */
static void
test_cit_subject_present_clause(void)
{
	GbResult   *r;
	const GbCitation *c;

	r = extract("Thực hiện Kế hoạch số 153-KH/TU ngày 11/7/2019 của Ban Thường vụ Tỉnh ủy về việc triển khai "
				"công tác chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2020-2025, đến nay công tác chuẩn bị cho "
				"Đại hội đã hoàn tất. Theo Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp, hiện nay các chi bộ "
				"đã hoàn thành đại hội.", 0, 0, 0);
	c = find_cit(r, "Kế hoạch", "153", 0);
	CHECK_STR(c ? c->subject : NULL,
			  "việc triển khai công tác chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2020-2025", "đến nay");
	c = find_cit(r, "Chỉ thị", "35", 0);
	CHECK_STR(c ? c->subject : NULL, "đại hội đảng bộ các cấp", "hiện nay");
	gb_result_free(r);
}

/*
 * The meeting's scan after the lead finds "năm" by its group's bit of a
 * count word (CAT_COUNTWORD, "năm" as "five"), as it finds other words by
 * their groups' bits: the dictionary must keep "năm" among the count words.
 */
static void
test_nam_group_count_word(void)
{
	uint16_t	grp = gb_dict_group("nam", 3, gb_hash("nam", 3));

	CHECK(grp != 0 && (gb_dict_masks[grp] & CAT_COUNTWORD) != 0,
		  "the group of \"nam\" (%u) has no CAT_COUNTWORD bit", (unsigned) grp);
}

/*
 * gb_span_text() scans 8 bytes at a time up to the first line end or two
 * spaces: the same text as a byte at a time, for every span of texts with
 * line ends and runs of spaces at every position.
 */
static const char *
span_text_bytewise(const GbDoc *d, int from, int to, char *out)
{
	const char *s = d->norm.data + d->tok[from].off;
	size_t		n = d->tok[to - 1].off + d->tok[to - 1].len - d->tok[from].off,
				k,
				o = 0;
	bool		sp = false;

	for (k = 0; k < n; k++)
	{
		if (s[k] == ' ' || s[k] == '\n')
		{
			sp = true;
			continue;
		}
		if (sp && o > 0)
			out[o++] = ' ';
		sp = false;
		out[o++] = s[k];
	}
	out[o] = '\0';
	return out;
}

static void
test_span_text_words(void)
{
	static const char *const pieces[] = {
		"Hội nghị", "ĐẢNG", "a", "bcdefghij", "2019", ".", " ", " ", " ", "  ", "\n", " \n ",
		"\n\n", "   ",
	};
	const int	npieces = (int) (sizeof(pieces) / sizeof(pieces[0]));
	char		buf[512],
				want[512];
	unsigned	seed = 777;
	int			k,
				bad = 0;

	for (k = 0; k < 300; k++)
	{
		GbDoc		d;
		size_t		n = 0;
		int			m,
					from,
					to;

		for (m = 0; m < 30; m++)
		{
			const char *p;

			seed = seed * 1103515245u + 12345u;
			p = pieces[(seed >> 8) % (unsigned) npieces];
			memcpy(buf + n, p, strlen(p));
			n += strlen(p);
		}
		memset(&d, 0, sizeof(d));
		d.arena = gb_arena_new();
		gb_doc_tokenize(&d, buf, n, 0);
		for (from = 0; from < d.ntok; from++)
			for (to = from + 1; to <= d.ntok; to++)
				if (strcmp(gb_span_text(&d, from, to), span_text_bytewise(&d, from, to, want)) != 0)
					bad++;
		gb_arena_free(d.arena);
		gb_doc_free(&d);
	}
	CHECK(bad == 0, "gb_span_text() differs from the bytewise copy on %d spans", bad);
}

/*
 * Character positions after long stretches of text: offsets_to_positions()
 * counts the bytes that continue a character in lanes it sums every 2,040
 * bytes, so that a citation 30 kB into Vietnamese text still gets the count
 * of code points before it.
 */
static void
test_positions_long(void)
{
	static const char *const fillers[] = {"Hội nghị Đảng ủy xã ", "abc ", "Ủy ban ", "\n"};
	char	   *buf = malloc(40000);
	size_t		n = 0;
	uint32_t	chars = 0,
				want;
	unsigned	seed = 99;
	const char *cite = "Nghị quyết số 12-NQ/TW";
	GbResult   *r;
	const GbCitation *c;

	strcpy(buf, "Tin vắn\n");
	n = strlen(buf);
	while (n < 30000)
	{
		const char *p;

		seed = seed * 1103515245u + 12345u;
		p = fillers[(seed >> 8) % 4];
		memcpy(buf + n, p, strlen(p));
		n += strlen(p);
	}
	buf[n] = '\0';
	for (size_t k = 0; k < n; k++)
		chars += ((unsigned char) buf[k] & 0xC0) != 0x80;
	want = chars;
	strcpy(buf + n, cite);
	strcat(buf, " đã được quán triệt.");
	r = extract(buf, 0, 0, 0);
	c = find_cit(r, "Nghị quyết", "12", 0);
	CHECK(c && c->span_start == want, "span after 30 kB: %u, want %u", c ? c->span_start : 0, want);
	gb_result_free(r);
	free(buf);
}

/*
 * A run of cached words one space apart that fills the tokens the
 * tokenizer made room for ("a a a ...": a token every 2 bytes, against room
 * for one in 3 and 1,024 more) stops there and goes on through the main
 * loop, which makes more room: the same tokens as the normalizer's.
 */
static void
test_cached_run_full(void)
{
	size_t		n = 0;
	char	   *buf = malloc(40001);

	while (n < 40000)
	{
		buf[n] = (n / 2) % 7 == 3 ? 'b' : 'a';
		buf[n + 1] = ' ';
		n += 2;
	}
	CHECK(same_tokens(buf, n), "a run of cached words past the room for tokens");
	free(buf);
}

/*
 * A run of cached words goes on over an ASCII mark and a space ("Hà Nội,
 * ngày"): the same tokens as the normalizer's, for the marks it takes and
 * for those it leaves to the main loop (a mark before a line end, two
 * marks, a mark with no space after it, a digit).
 */
static void
test_cached_run_marks(void)
{
	static const char *const text =
		"Hội nghị Ban Chấp hành Đảng bộ tỉnh, ngày 2, đồng chí Bí thư: quán triệt. "
		"Hội nghị Ban Chấp hành Đảng bộ tỉnh, ngày 2, đồng chí Bí thư: quán triệt. "
		"Đồng chí Bí thư (Tỉnh ủy) chủ trì; Ban Tuyên giáo, Ban Dân vận... dự,\n"
		"Đồng chí Bí thư (Tỉnh ủy) chủ trì; Ban Tuyên giáo, Ban Dân vận... dự,\n"
		"ngày 2,3 và 4, x-y z/w, hội nghị- đồng chí \"Bí thư\" quán triệt, "
		"ngày 2,3 và 4, x-y z/w, hội nghị- đồng chí \"Bí thư\" quán triệt, "
		"Hội nghị Ban Chấp hành Đảng bộ tỉnh, ngày 2, đồng chí Bí thư: quán triệt. ";

	CHECK(same_tokens(text, strlen(text)), "a run of cached words over marks");
}

/* The length of the phrase of a category in cats that text's token at starts, and its folded words in *folded. */
static int
dict_match_in(const char *text, int at, GbCats cats, const char **folded)
{
	GbDoc		d;
	const GbPhrase *ph = NULL;
	int			m;

	memset(&d, 0, sizeof(d));
	gb_doc_tokenize(&d, text, strlen(text), 0);
	m = gb_dict_match(&d, at, cats, &ph);
	*folded = m > 0 ? ph->folded : "";
	gb_doc_free(&d);
	return m;
}

/*
 * The dictionary compares a phrase's words after the first with the
 * tokens' folded forms in one run when they fit CompiledPhrase.rest, one
 * by one when they do not: both find the same phrases, stop at a
 * paragraph, and fall back to the shorter phrase when a later word differs.
 */
static void
test_dict_rest_words(void)
{
	static const struct
	{
		const char *text;
		int			at;
		GbCats		cats;
		int			want;
		const char *folded;
	}			cases[] = {
		{"Ban Thường vụ Tỉnh ủy", 0, CAT_BODYHEAD, 3, "ban thuong vu"},
		{"Ban Thường vụ Tỉnh ủy", 3, CAT_BODYHEAD, 2, "tinh uy"},
		{"Tỉnh\n\nủy", 0, CAT_BODYHEAD, 0, ""},
		{"Ban Thường\n\nvụ", 0, CAT_BODYHEAD, 0, ""},
		{"Ban Thường vệ", 0, CAT_BODYHEAD, 0, ""},
		/* "vopexm" has the hash and length of "phuong": the bytes tell them apart */
		{"Công an phường", 0, CAT_BODYHEAD, 3, "cong an phuong"},
		{"Công an vopexm", 0, CAT_BODYHEAD, 0, ""},
		{"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", 0, CAT_BODYHEAD, 10,
		 "uy ban trung uong mat tran to quoc viet nam"},
		{"Ủy ban Trung ương Mặt trận Tổ quốc Việt Bắc", 0, CAT_BODYHEAD, 4, "uy ban trung uong"},
		{"Ủy ban Trung ương Mặt trận Tổ quốc Việt\n\nNam", 0, CAT_BODYHEAD, 4, "uy ban trung uong"},
		{"Anh hùng Lực lượng vũ trang nhân dân Lê Văn A", 0, CAT_RANK, 8, "anh hung luc luong vu trang nhan dan"},
		{"Anh hùng Lực lượng vũ trang nhân đạo", 0, CAT_RANK, 0, ""},
	};

	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		const char *folded;
		int			m = dict_match_in(cases[k].text, cases[k].at, cases[k].cats, &folded);

		CHECK(m == cases[k].want && strcmp(folded, cases[k].folded) == 0,
			  "phrase at %d of '%s': %d '%s', want %d '%s'", cases[k].at, cases[k].text, m, folded,
			  cases[k].want, cases[k].folded);
	}
}

/*
 * A citation's key, "slug:key", folds its key after the slug, which is
 * folded already; with gb_fold_into() off (gb_tokenize_slow_only), the
 * whole "slug:key" is folded as before: the same keys both ways.
 */
static void
test_cit_key_slug(void)
{
	static const char *const texts[] = {
		"Thực hiện Nghị quyết 02 của Ban Thường vụ Tỉnh ủy ngày 15/3/2016, Huyện ủy đã "
		"luân chuyển 7 cán bộ. Huyện ủy quán triệt Nghị quyết số 02-NQ/TW ngày 12/5/2016 "
		"của Bộ Chính trị và Quy định 142 của Bộ Chính trị khóa XII.",
		"Nghị quyết Đại hội Đảng bộ tỉnh Đắk Nông lần thứ XII, Nghị quyết Trung ương 4 "
		"khóa XII và Chỉ thị 35-CT/TW; Luật 20/2023/QH15 của Quốc hội, Kết luận số 21 "
		"của Ban Chấp hành Trung ương Hội Nông dân Việt Nam (khóa VII).",
	};
	int			t;

	for (t = 0; t < (int) (sizeof(texts) / sizeof(texts[0])); t++)
	{
		GbResult   *a,
				   *b;
		int			k;

		gb_tokenize_slow_only = false;
		a = extract(texts[t], 2024, 5, 1);
		gb_tokenize_slow_only = true;
		b = extract(texts[t], 2024, 5, 1);
		gb_tokenize_slow_only = false;
		CHECK(a->ncitations == b->ncitations && a->ncitations >= 3,
			  "text %d: %d citations against %d", t, a->ncitations, b->ncitations);
		for (k = 0; k < a->ncitations && k < b->ncitations; k++)
			CHECK(str_is(a->citations[k].key, b->citations[k].key), "text %d citation %d: %s against %s",
				  t, k, a->citations[k].key, b->citations[k].key);
		gb_result_free(a);
		gb_result_free(b);
	}
}

/*
 * fold_tokens() copies a token's folded form of up to 16 bytes in one
 * move: an official's name key is still gb_fold() of the name, and a
 * second spelling of the name finds the first (the key is looked up).
 */
static void
test_fold_tokens_copy(void)
{
	static const char *const texts[] = {
		"Đồng chí Nguyễn Văn Anh phát biểu. Ông NGUYỄN VĂN ANH kết luận.",
		"Đồng chí Nghiêm Xuân Thành, Bí thư Tỉnh ủy Khánh Hòa, chủ trì hội nghị.",
		"Ông Trương Thị Mai và bà Huỳnh Thị Ngọc Tuyết dự.",
		"Thượng tướng Trần Quang Phương phát biểu.",
	};

	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++)
	{
		GbResult   *r = extract(texts[k], 0, 0, 0);

		CHECK(r->nofficials > 0, "an official in '%s'", texts[k]);
		for (int o = 0; o < r->nofficials; o++)
		{
			size_t		n;
			char	   *want = gb_fold(r->officials[o].name, strlen(r->officials[o].name), &n);

			CHECK(strcmp(r->officials[o].name_key, want) == 0, "name key of %s: '%s', want '%s'",
				  r->officials[o].name, r->officials[o].name_key, want);
			free(want);
		}
		if (k == 0)
			CHECK(r->nofficials == 1 && r->officials[0].mentions == 2, "one official, two mentions: %d",
				  r->nofficials ? r->officials[0].mentions : 0);
		gb_result_free(r);
	}
}

/*
 * slip_cased() reads two ASCII first letters without decoding them: a
 * name whose first two letters are capitals is written in title case, one
 * written so is kept as written.
 */
static void
test_slip_cased_ascii(void)
{
	check_official("Đồng chí NGuyễn Văn An, Bí thư Tỉnh ủy, phát biểu.", "Nguyễn Văn An", "đồng chí",
				   "Bí thư Tỉnh ủy");
	check_official("Đồng chí Nguyễn VĂn An, Bí thư Tỉnh ủy, phát biểu.", "Nguyễn Văn An", "đồng chí",
				   "Bí thư Tỉnh ủy");
	check_official("Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, phát biểu.", "Nguyễn Văn An", "đồng chí",
				   "Bí thư Tỉnh ủy");
	check_official("Đồng chí Ka Văn Bo, Bí thư Tỉnh ủy, phát biểu.", "Ka Văn Bo", "đồng chí",
				   "Bí thư Tỉnh ủy");
}

/*
 * A capital after a small letter inside a word is two syllables glued by a
 * lost space (glued.c): the word is split, a space put between the parts,
 * and offsets, flags and line ends follow, for NFC and NFD alike.  A brand
 * name, an abbreviation or an ASCII-only word is left whole.
 */
static void
test_glued_words(void)
{
	/* "Và" in capitals: the line end stays one (a small "và" goes on the sentence, unwrap.c) */
	static const char *const nfc = "ông Tr\xe1\xbb\x8bnh\xc4\x90\xc3\xacnh D\xc5\xa9ng\nV\xc3\xa0 x";
	static const char *const nfd = "o\xcc\x82ng Tri\xcc\xa3nh\xc4\x90i\xcc\x80nh Du\xcc\x83ng\nVa\xcc\x80 x";
	static const char *const whole[] = {
		"ThS", "PetroVietnam", "VietNamNet", "iPhone", "HĐNDtỉnh", "SeABank", "TikTok"
	};
	const char *const texts[] = {nfc, nfd};
	GbResult   *r;

	for (int v = 0; v < 2; v++)
	{
		GbDoc		d;
		const char *in = texts[v];

		memset(&d, 0, sizeof(d));
		gb_doc_tokenize(&d, in, strlen(in), 5);
		CHECK(d.ntok == 6, "glued (%s): %d tokens, want 6", v ? "NFD" : "NFC", d.ntok);
		CHECK(strcmp(d.norm.data, "ông Trịnh Đình Dũng\nVà x") == 0,
			  "glued (%s): normalized \"%s\"", v ? "NFD" : "NFC", d.norm.data);
		if (d.ntok == 6)
		{
			CHECK((d.tok[1].flags & (T_UPPER | T_SPACE | T_GLUED)) == (T_UPPER | T_SPACE) &&
				  (d.tok[2].flags & (T_WORD | T_UPPER | T_SPACE | T_ALLCAPS | T_GLUED)) ==
				  (T_WORD | T_UPPER | T_SPACE),
				  "glued (%s): flags %x %x", v ? "NFD" : "NFC", d.tok[1].flags, d.tok[2].flags);
			CHECK(d.tok[1].oe == d.tok[2].os && d.tok[2].os - 5 == (uint32_t) (strstr(in, "\xc4\x90") - in) &&
				  d.tok[2].oe - 5 == (uint32_t) (strstr(in, " D") - in),
				  "glued (%s): original offsets %u-%u %u-%u", v ? "NFD" : "NFC",
				  d.tok[1].os, d.tok[1].oe, d.tok[2].os, d.tok[2].oe);
			CHECK(d.tok[2].flen == 4 && memcmp(d.fold.data + d.tok[2].fo, "dinh", 4) == 0 &&
				  d.tok[2].hash == gb_hash("dinh", 4) && d.tok[1].flen == 5,
				  "glued (%s): folded parts", v ? "NFD" : "NFC");
			CHECK(d.nnl == 1 && d.nl[0].tok == 4 && d.norm.data[d.nl[0].norm] == '\n',
				  "glued (%s): the line end after it", v ? "NFD" : "NFC");
			CHECK(strcmp(gb_span_text(&(GbDoc) {.norm = d.norm, .tok = d.tok, .ntok = d.ntok,
											  .arena = (d.arena = gb_arena_new())}, 1, 4),
						 "Trịnh Đình Dũng") == 0, "glued (%s): the name's text", v ? "NFD" : "NFC");
			gb_arena_free(d.arena);
		}
		CHECK(same_tokens(in, strlen(in)), "glued (%s): the fast path as the normalizer",
			  v ? "NFD" : "NFC");
		gb_doc_free(&d);
	}
	for (size_t k = 0; k < sizeof(whole) / sizeof(whole[0]); k++)
	{
		GbDoc		d;

		memset(&d, 0, sizeof(d));
		gb_doc_tokenize(&d, whole[k], strlen(whole[k]), 0);
		CHECK(d.ntok == 1 && strcmp(d.norm.data, whole[k]) == 0 && !(d.tok[0].flags & T_GLUED),
			  "not glued: %s (%d tokens)", whole[k], d.ntok);
		gb_doc_free(&d);
	}

	r = extract("Tin vắn\nDự hội nghị có ông Trịnh Đình Dũng, Thứ trưởng Bộ Xây dựng. "
				"Ông TrịnhĐình Dũng phát biểu.", 0, 0, 0);
	CHECK(r->nofficials == 1 && strcmp(r->officials[0].name, "Trịnh Đình Dũng") == 0 &&
		  r->officials[0].mentions == 2, "a glued name is the same person: %d, %s",
		  r->nofficials, r->nofficials ? r->officials[0].name : "-");
	gb_result_free(r);
	/* old tone placement on a part before the cut is moved as on a word */
	r = extract("Ủy viên Trung ương Đảng, Bí thư Tỉnh uỷMai Thế Trung dự hội nghị.", 0, 0, 0);
	CHECK(r->nofficials == 1 && strcmp(r->officials[0].name, "Mai Thế Trung") == 0 &&
		  r->officials[0].ntitles == 2 && strcmp(r->officials[0].titles[1], "Bí thư Tỉnh ủy") == 0,
		  "old tone before a cut: %s", r->nofficials && r->officials[0].ntitles == 2 ?
		  r->officials[0].titles[1] : "-");
	gb_result_free(r);
	r = extract("Tin vắn\nDự có đồng chí TrịnhĐìnhDũng, Bí thư Tỉnh ủy.", 0, 0, 0);
	CHECK(r->nofficials == 1 && strcmp(r->officials[0].name, "Trịnh Đình Dũng") == 0 &&
		  r->officials[0].ntitles == 1 && strcmp(r->officials[0].titles[0], "Bí thư Tỉnh ủy") == 0,
		  "three glued syllables: %s", r->nofficials ? r->officials[0].name : "-");
	gb_result_free(r);
}

int
main(void)
{
	test_normalize();
	test_fold();
	test_vi_lower();
	test_fuzz_regressions();
	test_citations();
	test_cit_issuer();
	test_lower_first_word_body();
	test_lower_grassroots_issuer();
	test_cit_issuer_joint_provinces();
	test_cit_comma_term();
	test_cit_code_tu();
	test_cit_tu_dot();
	test_cit_dotted_code();
	test_cit_congress_khoa();
	test_cit_verb_count();
	test_cit_abbrev_paren();
	test_cit_subject_end();
	test_cit_party_code_state_style();
	test_cit_legislature_spaced();
	test_cit_shared_suffix();
	test_cit_plenum_list_term();
	test_cit_plenum_cc_term();
	test_cit_numbered_list_plenum();
	test_cit_number_year();
	test_cit_signed();
	test_cit_one_document();
	test_cit_term_against_date();
	test_hostile();
	test_lower_case_titles();
	test_honorific_forms();
	test_title_complements();
	test_title_reason_end();
	test_title_body_lower();
	test_title_mass_letters();
	test_title_association_letters();
	test_name_hyphen();
	test_council_titles();
	test_title_forms();
	test_later_mentions();
	test_fast_path();
	test_bridge_points();
	test_organizer_after_place();
	test_date_after_meeting();
	test_meeting_kind();
	test_byline_before_share();
	test_published_label_over_banner();
	test_byline_forms();
	test_byline_footer();
	test_cit_sectoral_committee();
	test_cit_conference_issuer();
	test_cit_subject_inner();
	test_cit_issuer_after_subject();
	test_cit_described_type();
	test_cit_local_congress_order();
	test_cit_issued_by();
	test_cit_plenum_group();
	test_cit_shared_plenum();
	test_cit_plenum_header();
	test_organizer_subject();
	test_held_year();
	test_web_boilerplate();
	test_organizer_heads();
	test_organizer_host();
	test_title_bodies();
	test_title_abbrevs();
	test_role_behalf();
	test_held_day_range();
	test_held_day_range_paren();
	test_held_date_after_verb();
	test_held_after_document_sentence();
	test_held_two_sessions();
	test_online_negated();
	test_online_of_other();
	test_organizer_numbered_joint();
	test_body_paren_abbrev();
	test_headline_tag_label();
	test_kind_time_clause();
	test_held_target_year();
	test_held_aim_year();
	test_scope_stock_phrase();
	test_title_rank_name();
	test_title_standing_abbrevs();
	test_role_fronted_subject();
	test_title_class_no_coref();
	test_council_comma();
	test_board_caps_fields();
	test_honorary_chair();
	test_post_for_holder();
	test_unit_field_noun();
	test_post_for_holder_unit();
	test_post_co_holders();
	test_cit_post_issues();
	test_cit_term_party_only();
	test_cit_org_centre();
	test_cit_plenum_amount();
	test_cit_subject_clause_open();
	test_cit_ubkttw_one();
	test_body_lower_committee();
	test_cit_plenum_issuer_bare();
	test_organizer_joint_list();
	test_body_standing_no_ban();
	test_title_department();
	test_title_military();
	test_name_middle();
	test_staff_credit_line();
	test_paren_abbrevs_all();
	test_congress_organizer();
	test_congress_number_short();
	test_title_standing_members();
	test_kind_work_session();
	test_kind_voter_meeting();
	test_held_new_year();
	test_held_date_clock_latest();
	test_period_week();
	test_held_plan_year();
	test_held_not_dating_year();
	test_kind_agenda_object();
	test_date_spaced_separator();
	test_published_counters();
	test_headline_lead_slogan();
	test_period_plan_noun();
	test_meeting_attended();
	test_organizer_unit_number();
	test_organizer_time_adverbial();
	test_organizer_place_apposition();
	test_organizer_bch_abbrev();
	test_title_unit_sentence_case();
	test_title_after_age();
	test_title_in_paren_after_age();
	test_held_today_sep();
	test_kind_described();
	test_held_spaced_day_month();
	test_period_pair();
	test_period_pair_year_end();
	test_period_not_plan_year();
	test_cue_tomorrow_goes_on();
	test_conveyed_meeting_not_dated();
	test_session_numbered_held();
	test_byline_label_chrome();
	test_organizer_dotted_level();
	test_organizer_sitting();
	test_organizer_congress_verb();
	test_meeting_event();
	test_rank_lower_case();
	test_role_secretary();
	test_and_new_person();
	test_source_tag_no_dash();
	test_byline_initial();
	test_byline_two_initials();
	test_headline_page_junk();
	test_byline_blog();
	test_kind_venue();
	test_organizer_agency();
	test_organizer_secretariat_abbrev();
	test_congress_term_only();
	test_congress_khoa();
	test_organizer_term_paren();
	test_organizer_kind_verb();
	test_congress_attended();
	test_dated_meeting_after_kind();
	test_date_after_purpose();
	test_decided_meeting_date();
	test_kind_thematic_meeting();
	test_organizer_building();
	test_held_in_period();
	test_held_in_named_year();
	test_bridge_company_level();
	test_cue_tomorrow_today_ngay();
	test_cue_yesterday();
	test_organizer_executive_committee();
	test_title_capital_verb_after_level();
	test_title_level_kind();
	test_title_caption_wrap_cluster();
	test_group_member_titles();
	test_title_short_form_merged();
	test_command_body();
	test_biography_apposition();
	test_cell_committee_member();
	test_short_committee_and_lecturer();
	test_source_tag_online();
	test_organizer_force_name();
	test_colon_list_first_group();
	test_colon_list_titled_items();
	test_group_members_honorific();
	test_post_given_members();
	test_group_member_dashed_titles();
	test_byline_comment_widget();
	test_dept_lower_name();
	test_central_abbrev_dot();
	test_byline_video_links();
	test_published_after_section();
	test_kind_manner();
	test_congress_sub_event();
	test_organizer_trong_do();
	test_period_month_point();
	test_organizer_room_dash();
	test_organizer_course();
	test_cit_paren_issue_date();
	test_cit_plenum_number_paren();
	test_cit_number_of_plenum();
	test_cit_plenum_issuer_cua();
	test_cit_term_after_dash();
	test_titles_before_honorific();
	test_place_with_honorific();
	test_headline_doubled_section();
	test_headline_date_label();
	test_headline_sentence_above_tag();
	test_byline_caps_banner();
	test_organizer_army_unit();
	test_organizer_passive_chosen();
	test_organizer_do_agent_verb();
	test_organizer_heading_activity();
	test_meeting_dated_lead_activity();
	test_meeting_run_through();
	test_organizer_steering_committee();
	test_organizer_joint_office();
	test_organizer_part_head();
	test_organizer_doubled_verb();
	test_bloc_spaced_dash();
	test_organizer_headline_short_form();
	test_organizer_headline_part_undated();
	test_organizer_other_event();
	test_organizer_counted_members();
	test_organizer_place_closed();
	test_organizer_working_sitting();
	test_organizer_committee_class();
	test_organizer_comma_note();
	test_organizer_staff_union();
	test_organizer_of_level_and_count();
	test_kind_approved_congress();
	test_period_dot_year();
	test_organizer_reported_plenum();
	test_organizer_office_seat();
	test_organizer_name_elements();
	test_organizer_central_mass_bodies();
	test_organizer_aside();
	test_organizer_announcing_body();
	test_headline_date_tag_day();
	test_headline_wrapped_body();
	test_ragged_wrapped();
	test_date_over_line_end();
	test_source_roman_section();
	test_bridge_university();
	test_period_month_of_act();
	test_kind_committee_of_congress();
	test_lead_under_date_label();
	test_committee_abbrev_dot();
	test_title_lower_placed();
	test_ban_lower_body();
	test_surname_vien();
	test_dept_lower_name_more();
	test_organizer_partner_lower();
	test_organizer_future();
	test_organizer_agency_committee();
	test_organizer_cell_parent_dash();
	test_organizer_congress_panel();
	test_organizer_congress_in_name();
	test_organizer_youth_union_abbrev();
	test_organizer_lower_case();
	test_kind_canh_ve();
	test_period_after_list();
	test_period_list_capital_word();
	test_period_years_span();
	test_period_years_span_dating();
	test_kind_venue_lower();
	test_title_company();
	test_title_company_form();
	test_title_ends_after_body();
	test_title_field_not_name();
	test_name_vu_truong();
	test_title_prevent_comma();
	test_title_prevent_pair();
	test_honour_before_name();
	test_title_uvbchtw();
	test_title_duv();
	test_title_council_member();
	test_lower_body_goes_on();
	test_day_range_spaced_dash();
	test_date_range_whole_dates();
	test_organizer_company();
	test_organizer_chu_tri_phoi_hop();
	test_organizer_do_sentence_case();
	test_body_ampersand_fields();
	test_organizer_dash_list();
	test_organizer_after_venue_words();
	test_online_scope_of_topic();
	test_scope_ranked_among();
	test_headline_page_header();
	test_organizer_city_and_shared_head();
	test_organizer_to_chuc_khai_mac();
	test_organizer_party_agencies();
	test_organizer_executive_of_party_agencies();
	test_organizer_executive_committee_any_body();
	test_organizer_lower_cell_common_noun();
	test_organizer_steering_committee_task();
	test_organizer_group_members();
	test_body_abbrev_ends();
	test_headline_time_stamp();
	test_headline_final_stop();
	test_headline_site_name();
	test_byline_time_stamp();
	test_byline_caption_twice();
	test_lower_body_name_nouns();
	test_lower_title_before_title();
	test_title_comma_name();
	test_school_named_person();
	test_title_spaced_ampersand();
	test_cit_plenum_dash_body();
	test_cit_issuer_mass_org_cc();
	test_cit_subject_audience();
	test_period_plan_object_list();
	test_kind_hoi_nghi_duoc();
	test_scope_congress_led_to();
	test_cit_bch_tu_joined();
	test_cit_plenum_short_form();
	test_cit_plenum_number_short();
	test_date_year_same_days();
	test_date_year_not_before_cited();
	test_org_body_abbrev();
	test_byline_tin_anh();
	test_title_known_body_lower();
	test_title_station_head();
	test_title_dotted_abbrev();
	test_title_block_end();
	test_title_cut_rest();
	test_honorific_anh_chi();
	test_title_central_doan();
	test_role_noun_before_name();
	test_list_after_unnamed_first_item();
	test_lower_title_heads();
	test_press_titles_and_pen_names();
	test_cit_issuer_group_region();
	test_cit_mass_org_plenum();
	test_headline_site_menu();
	test_byline_name_dash_unit();
	test_meeting_ceremony_decision();
	test_meeting_ceremony_plural();
	test_meeting_attended_decision();
	test_meeting_subject_sentence();
	test_held_on_clause_after_cited();
	test_year_header_far_from_text();
	test_header_over_old_citation();
	test_planned_date_after_meeting();
	test_spoken_item_after_meeting();
	test_dated_meeting_of_body();
	test_copula_titles();
	test_role_vinh_du();
	test_minority_surnames();
	test_south_central_surnames();
	test_list_unknown_surname_post();
	test_counted_list_post();
	test_place_surname_syllable();
	test_list_semicolon_and();
	test_counted_class_term_members();
	test_vice_slip();
	test_title_key_dash_ministry();
	test_title_key_board_twice();
	test_new_post_apposition();
	test_term_in_brackets();
	test_joint_subject_post();
	test_group_title_adverb();
	test_comma_pair_body();
	test_bloc_dash_body();
	test_congress_ordinal_title();
	test_cochairs_main_point();
	test_title_lower_words_caps_end();
	test_year_from_range_close();
	test_cit_term_stays_with_issuer();
	test_organizer_paren_place();
	test_organizer_term_years();
	test_organizer_comma_term();
	test_organizer_khoi_co_so();
	test_title_comma_inside();
	test_title_in_charge_youth_federation();
	test_ede_names();
	test_apostrophe_names();
	test_cit_congress_headline_case();
	test_cit_plenum_tu_no_dot();
	test_cit_plan_for_year();
	test_cit_issuer_before_meeting_word();
	test_cit_issuer_centre_alone();
	test_year_of_document_name();
	test_year_after_cited_documents();
	test_period_long_object();
	test_period_quoted_name();
	test_title_by_predicate();
	test_title_reelected_as();
	test_photo_note_after_name();
	test_ban_lower_name_before_person();
	test_uncommon_kinh_surnames();
	test_secretariat_no_role();
	test_title_comma_kiem_tra_giam_sat();
	test_title_by_predicate_list();
	test_title_not_inside_meeting_kind();
	test_organizer_group_numbered();
	test_held_on_after_days_of_work();
	test_organizer_opening_manner();
	test_kind_hop_mat();
	test_source_tag_with_digit();
	test_kind_le_tuyen_duong();
	test_cit_luat_inside_word();
	test_organizer_central_abbrev();
	test_headline_login_banner();
	test_organizer_central_partner();
	test_organizer_party_group();
	test_kind_held_unread_subject();
	test_name_after_co();
	test_semicolon_inside_titles();
	test_general_staff_body();
	test_semicolon_posts_to_verb();
	test_titles_run_into_subject();
	test_titled_list_commas();
	test_shared_deputy_post();
	test_acting_for_ends_title();
	test_known_name_before_verb();
	test_staff_grade_titles();
	test_short_name_mention();
	test_title_head_bcd();
	test_title_by_transfer();
	test_title_by_appointment_chain();
	test_title_proposed_not_held();
	test_title_company_trade();
	test_body_name_dash();
	test_agency_co_so();
	test_cit_plenum_short_first();
	test_front_unions_body_comma();
	test_title_kiem_steering_subject();
	test_title_uv_bch_tu();
	test_cit_plenum_word_and_list();
	test_cit_plural_tail_issuer();
	test_kind_le_trao_huy_hieu();
	test_kind_congress_agenda();
	test_kind_named_meeting_dateless();
	test_kind_sinh_hoat_chinh_tri();
	test_kind_political_session();
	test_org_group_number_activity();
	test_organizer_agency_party();
	test_organizer_abbrev_ward();
	test_title_new_countryside();
	test_organizer_steering_task_place();
	test_head_title_over_stamp();
	test_title_phong_chong_dept();
	test_title_lower_mass_org();
	test_title_after_duty();
	test_title_before_term();
	test_taken_post_more();
	test_taken_post_after_unit();
	test_medical_degree_prefix();
	test_surname_chu_hoi();
	test_title_dash_name_list();
	test_title_abbrev_level();
	test_period_past_last_year();
	test_cochair_role();
	test_attend_participation();
	test_point_presence_direction();
	test_title_term_and_section_head();
	test_title_steering_objects();
	test_title_counted_holders();
	test_title_holders_after_la();
	test_title_holders_counted_words();
	test_title_holders_post_time();
	test_cit_issuer_head_abbrev();
	test_cit_term_congress_ahead();
	test_head_image_caption_comment_box();
	test_cit_subject_bounds();
	test_organizer_article();
	test_later_time_of_day();
	test_meeting_other_frames();
	test_review_not_cited_year();
	test_bridge_bare_head();
	test_bridge_head_point();
	test_lead_spoken_item();
	test_hard_wrapped();
	test_seed_encodings();
	test_cit_so_so();
	test_cit_issuer_dau_tu();
	test_cit_antecedent();
	test_cit_local_key();
	test_roles_comma_splice();
	test_group_header_membership();
	test_head_excerpt_bylines();
	test_title_caption_verb();
	test_title_office_of_post();
	test_title_body_letters();
	test_title_party_country();
	test_title_named_body_field();
	test_period_count_words();
	test_period_future_window();
	test_period_future_before();
	test_period_year_point();
	test_period_year_of_plan();
	test_period_joined_kinds();
	test_bridge_level_place();
	test_plenum_counted_first();
	test_chaired_by_body();
	test_group_members_capital_verb();
	test_activity_paired_kind();
	test_cit_passed_by_conference();
	test_cit_legislature_code();
	test_cit_congress_body_short();
	test_head_barred_fields();
	test_joined_role_verbs();
	test_title_fixed_term_last();
	test_side_list_attends();
	test_bare_class_semicolon();
	test_chaired_work_session();
	test_named_meeting_kind();
	test_plenum_subject_holds();
	test_sitting_met_no_subject();
	test_review_topic_not_cited_year();
	test_session_in_event_span();
	test_held_anniversary();
	test_code_space_hyphen();
	test_cit_glued_forms();
	test_cit_glued_local_codes();
	test_issuer_after_subjects();
	test_quoted_title_citations();
	test_cit_term_all_levels_round();
	test_title_workshop_head();
	test_headline_bare_stamp();
	test_headline_bar_caption();
	test_held_course_opening();
	test_body_anniversary();
	test_sitting_of_meeting();
	test_working_day_of_meeting();
	test_congresses_of_many();
	test_session_organizer();
	test_year_from_tag_and_congress();
	test_at_meeting_organizer();
	test_at_meeting_in_session();
	test_council_session_organizer();
	test_title_central_spellings();
	test_slip_names();
	test_offices_listed();
	test_name_like_place();
	test_listed_name_like_place();
	test_title_cut_by_end();
	test_plan_object_dash_pairs();
	test_year_not_of_life();
	test_titles_past_cue_words();
	test_agent_after_do();
	test_mistyped_prefix_item();
	test_titles_society_word();
	test_steering_task_forms();
	test_lead_stamp_published();
	test_headline_not_sidebar_list();
	test_name_cut_by_end();
	test_local_document_issuer();
	test_army_party_issuer();
	test_byline_unit_stamp();
	test_speech_at_meeting();
	test_at_congress_organizer();
	test_congress_predicate_organizer();
	test_congress_own_organization();
	test_held_rite();
	test_just_held_activity();
	test_delegation_organizer();
	test_ceremony_manner();
	test_just_held_lead();
	test_period_heading_tasks();
	test_schedule_year();
	test_headline_organizer();
	test_assembly_delegation();
	test_title_province_spellings();
	test_title_city_spellings();
	test_role_runs_meeting();
	test_title_area_department();
	test_chair_ends_list();
	test_attended_event_owner();
	test_organizer_point_chair();
	test_organizer_head_point_chair();
	test_central_body_point_chair();
	test_point_object_chair();
	test_bridge_day_month_venue();
	test_bridge_dotted_level_hub();
	test_host_organizer();
	test_planned_date_inside();
	test_planned_days_other_meeting();
	test_planned_days_held_event();
	test_announced_lead_year();
	test_announced_cue_after_verb();
	test_title_former_prefix();
	test_title_province_two_syllable_name();
	test_title_section_standing();
	test_title_post_after_leaving();
	test_title_taken_after_term();
	test_title_taken_appointed();
	test_title_offices_voted();
	test_title_dashed_secretary();
	test_former_province_no_name();
	test_month_year();
	test_review_too_late();
	test_period_object_dash();
	test_period_to_now();
	test_cit_local_congress_cua();
	test_cit_mass_org_congress();
	test_cit_issuer_inner_level();
	test_cit_bare_issuer();
	test_chunk_independent();
	test_roman_value();
	test_roman_numeral_sentence_end();
	test_ellipsis_sentence_end();
	test_published_portal_stamp();
	test_byline_contributor_label();
	test_credited_caption_no_title();
	test_role_own_clause();
	test_role_word_noun();
	test_bridge_of_body();
	test_scope_other_meeting();
	test_organizer_outside_mould();
	test_kind_of_organizer_verb();
	test_steering_hop();
	test_counted_body();
	test_steering_named_task();
	test_steering_task_comma();
	test_period_dash_space_year();
	test_period_issue_name();
	test_period_career_span();
	test_period_month_range();
	test_period_biography_month();
	test_period_open_start();
	test_cit_doubled_cua();
	test_cit_acting_issuer();
	test_cit_congress_bare_nth();
	test_cit_congress_spelled_nth();
	test_cit_subject_carry_out();
	test_title_adverb_after_place();
	test_title_number_inside();
	test_title_and_second_post();
	test_title_uv_abbrev();
	test_title_post_verbs();
	test_title_cluster_head();
	test_chair_with_listed();
	test_role_other_subject();
	test_school_namesake();
	test_late_leader();
	test_title_hyphened_place();
	test_date_after_document_date();
	test_headline_stamp_hour_first();
	test_cit_congress_abbrev();
	test_cit_assembly_code();
	test_date_after_document_activity();
	test_headline_not_label();
	test_headline_widget();
	test_headline_font_widget();
	test_kind_not_speaker_act();
	test_source_credit();
	test_organizer_members_paren();
	test_organizer_passive_agent();
	test_organizer_acts_on_day();
	test_role_units_subject();
	test_lead_other_event();
	test_title_place_of_run();
	test_cit_issuer_place_end();
	test_cit_issuer_listed();
	test_title_dept_parent_in_charge();
	test_title_dept_parent_dash();
	test_title_tails_of_agency();
	test_title_sub_unit_parent();
	test_chair_caption_broken();
	test_bridge_owner_level_venue();
	test_bridge_link_list();
	test_bridge_direct_hall();
	test_bridge_same_point();
	test_cit_subject_present_clause();
	test_nam_group_count_word();
	test_span_text_words();
	test_positions_long();
	test_cached_run_full();
	test_cached_run_marks();
	test_glued_words();
	test_dict_rest_words();
	test_cit_key_slug();
	test_fold_tokens_copy();
	test_slip_cased_ascii();
	test_organizer_place_not_head();
	test_kind_self_review();
	test_organizer_locality_congress();
	test_organizer_joint_provinces();
	test_organizer_inverted_meeting();
	test_dated_headline_tagged_lead();
	test_title_committee_fields();
	test_title_commune_abbrevs();
	test_title_lower_youth_union();
	test_title_year_of_post();
	test_title_colon_for_semicolon();
	test_organizer_headline_generic();
	test_organizer_front_cell_congress();
	test_organizer_congress_announced();
	printf("core: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
