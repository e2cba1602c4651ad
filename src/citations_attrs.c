/*
 * citations_attrs.c
 *	  What follows a citation's number (parse_attrs()): dates, issuer, term,
 *	  plenum, a parenthesized short form and the subject, "về tiếp tục đổi
 *	  mới ... của Bộ Chính trị", in any order.
 *
 * Apart from parse_citation() (citations_mention.c) because where a subject
 * ends and whose issuer a "của" names are grammars of their own, half of
 * the citation parser.
 */
#include "citations_int.h"
#include "datecue.h"

#include <ctype.h>

#define ACTING_BODY 10			/* tokens from a body acting on a document to its verb */

/* A document type that starts another citation: a number, "số", a plenum follows. */
static inline __attribute__((always_inline)) bool
starts_citation(const GbDoc *d, int i)
{
	int			L = gb_dict_match(d, i, CAT_DOCTYPE, NULL),
				j = i + L;

	if (L == 0)
		return false;
	return tok_has(d, j, T_NUM) || (is_so(d, j) && (tok_has(d, j + 1, T_NUM) || tok_punct(d, j + 1, ':') ||
												   (is_so(d, j + 1) && tok_has(d, j + 2, T_NUM)))) ||
		plenum_body_at(d, j) > 0 ||
		(tok_is(d, j, "hoi") && tok_is(d, j + 1, "nghi")) ||
		gb_congress_word(d, j) > 0;
}

/*
 * "ngày 26/4" in a report published on 2/5/2025 is 26/4/2025, whether the
 * caller gives that date or the report's head does ("<headline> (14:38
 * 20/03/2020)"); without a publication date a day and month alone give no
 * issue date.
 */
void
complete_year(const GbDoc *d, GbDate *dt)
{
	GbDate		p = d->published.y ? d->published : d->head_published;

	if (p.y == 0 || dt->m == 0)
	{
		dt->y = 0;
		return;
	}
	dt->y = p.y;
	if (dt->m > p.m || (dt->m == p.m && dt->d > p.d))
		dt->y--;
	if (!gb_date_valid(dt->y, dt->m, dt->d))
		dt->y = 0;
}

/*
 * "Thực hiện Chỉ thị số 35 ... về đại hội đảng bộ các cấp, nhiều địa
 * phương đã tổ chức ...": a subject in lower case at k, of many ("nhiều",
 * "các", "những", "hầu hết", "tất cả", "mọi") or a place ("huyện X"), or
 * "nhưng", then
 * "đã" or "vừa" before any punctuation, is the main clause after a fronted
 * one; a document's title never narrates so (stop 32 M11).  Not a list's
 * next item, "của đảng đoàn, ban cán sự đảng ở Trung ương đã đề cập",
 * whose "đã" is the document's own predicate.
 */
static __attribute__((noinline)) bool
narrated_clause(const GbDoc *d, int k)
{
	int			e,
				item = 0;
	bool		levels;

	/*
	 * "nhưng" (but) and "mỗi" (each) open a clause too; spelled, as folded
	 * words would take "hậu", "tắt", "mới" too (the folded ones first: most
	 * words are none)
	 */
	if (!(((tok_is(d, k, "cac") || tok_is(d, k, "nhieu") || tok_is(d, k, "nhung") ||
			tok_is(d, k, "moi")) && gb_exact_any(d, k, "các|nhiều|nhưng|những|mọi|mỗi")) ||
		  (tok_is(d, k, "hau") && gb_exact_words(d, k, 2, "hầu hết")) ||
		  (tok_is(d, k, "tat") && gb_exact_words(d, k, 2, "tất cả"))) &&
		!(gb_dict_match(d, k, CAT_LEVEL, NULL) == 1 && tok_has(d, k + 1, T_UPPER)))
		return false;

	/*
	 * "các huyện, thành, thị, đảng ủy trực thuộc đã chọn ...": levels
	 * listed short for their committees ("huyện ủy, thành ủy, thị ủy"), the
	 * list's commas inside the subject (probe as AS8); each item a few
	 * words in lower case
	 */
	levels = tok_is(d, k, "cac") && gb_dict_match(d, k + 1, CAT_LEVEL, NULL) > 0;
	for (e = k + 1; e < d->ntok && e - k < (levels ? 16 : 12); e++, item++)
	{
		if (levels && tok_punct(d, e, ',') && item <= 3 && tok_has(d, e + 1, T_WORD) &&
			!tok_has(d, e + 1, T_UPPER | T_NL))
		{
			item = -1;
			continue;
		}
		if (tok_has(d, e, T_PUNCT) || tok_has(d, e, T_NL))
			return false;
		/* not "vừa" of "nhỏ và vừa", "vừa và nhỏ": an adjective */
		if ((d->tok[e].flags & T_WORD) && gb_dict_may_match(d, e, CAT_TENSE) &&
			(gb_exact_any(d, e, "đã") ||
			 (gb_exact_any(d, e, "vừa") && !tok_is(d, e - 1, "va") && !tok_is(d, e + 1, "va"))))
			return true;
	}
	return false;
}

/*
 * Days set off by commas at k, "..., từ 15 đến 16/11/2012, Ban Thường vụ
 * ... tổ chức": the meeting's, after the document's clause, which they end
 * as "..., ngày 15/11/2012," does (stop 33 P6).
 */
static bool
days_set_off(const GbDoc *d, int k)
{
	GbDateCue	cue;
	GbDate		date;
	bool		has_year;
	int			e;

	if (gb_date_cue_tu(d, k, &cue))
		return tok_punct(d, cue.end, ',');

	/*
	 * "..., từ ngày 16/1/2020 đến 13/3/2020, đã tổ chức ...": a campaign's
	 * weeks, two whole dates, set off so end it too (stop 42, probe au
	 * AU9).  Not datecue.c's date_range(): that reads a meeting's days
	 * only, at most MEETING_DAYS apart, the weeks here being what it
	 * turns down, and also after "và" or a dash and with no year last.
	 */
	if (!tok_is(d, k, "tu") || tok_has(d, k, T_UPPER))
		return false;
	k += tok_is(d, k + 1, "ngay") ? 2 : 1;
	if (tok_has(d, k, T_NL) || !gb_parse_date(d, k, &e, &date, &has_year) || date.m == 0 || !tok_is(d, e, "den") || tok_has(d, e, T_NL))
		return false;
	e += tok_is(d, e + 1, "ngay") ? 2 : 1;
	return !tok_has(d, e, T_NL) && gb_parse_date(d, e, &e, &date, &has_year) && has_year &&
		date.m != 0 && tok_punct(d, e, ',');
}

/*
 * The meeting's time set off by a comma at k, "..., chiều ngày 15/5/2024,",
 * "..., trong hai ngày 15-16/5/2024,": dated, it ends the document's clause
 * as "..., ngày 15/5/2024," does (stop 34 R6).
 */
static __attribute__((noinline)) bool
time_set_off(const GbDoc *d, int k)
{
	GbDateCue	cue;

	if (tok_has(d, k, T_UPPER))
		return false;
	if (tok_is(d, k, "trong") && !tok_has(d, k + 1, T_NL) && tok_is(d, k + 2, "ngay"))
		return gb_date_cue(d, k + 2, &cue) && cue.has_date && cue.range;
	return gb_dict_may_match(d, k, CAT_TIMEOFDAY) && gb_date_cue(d, k, &cue) && cue.has_date;
}

/*
 * "Nghị định 119 về công tác quốc phòng và sơ kết 4 năm thực hiện Chỉ thị
 * 36": a review of the document at r joined by "và" is the citing verb's
 * next object, not a part of the subject before it (stop 34 R6).  Returns
 * where the "và" is, or -1.
 */
static __attribute__((noinline)) int
sibling_review(const GbDoc *d, int r, int p)
{
	int			k = r - 2;

	if (k - 2 > p && tok_is(d, k - 1, "nam") && tok_has(d, k - 2, T_NUM))
		k -= 2;
	if (k - 3 > p && tok_is(d, k - 1, "ket") &&
		(tok_is(d, k - 2, "so") || tok_is(d, k - 2, "tong")) && tok_is(d, k - 3, "va") &&
		gb_dict_match(d, p, CAT_MEETKIND, NULL) == 0)
		return k - 3;
	return -1;
}

/*
 * Whether the sentence r is in opens with a fronted clause citing a
 * document: "Căn cứ", "Thực hiện", "Triển khai", "Quán triệt", "Trên cơ
 * sở", or "Theo" or "Tại" before a document's type.
 */
static bool
fronted_sentence(const GbDoc *d, int r)
{
	int			s = sentence_start(d, r, 0);

	return ((tok_is(d, s, "can") && tok_is(d, s + 1, "cu")) ||
			(tok_is(d, s, "thuc") && tok_is(d, s + 1, "hien")) ||
			(tok_is(d, s, "trien") && tok_is(d, s + 1, "khai")) ||
			(tok_is(d, s, "quan") && tok_is(d, s + 1, "triet")) ||
			(tok_is(d, s, "tren") && tok_is(d, s + 1, "co") && tok_is(d, s + 2, "so")) ||
			((tok_is(d, s, "theo") || tok_is(d, s, "tai")) &&
			 gb_dict_match(d, s + 1, CAT_DOCTYPE, NULL) > 0)) &&
		tok_has(d, s, T_UPPER);
}

/*
 * "Thực hiện Chỉ thị số 46-CT/TW ... về lãnh đạo cuộc bầu cử ..., trong
 * thời gian qua, Đảng ủy xã ... đã tập trung ...": the time that has
 * passed, set off by commas at r after a fronted clause, opens the main
 * clause, ending the document's subject (probe be 14); "thời gian qua",
 * "thời gian vừa qua", "những năm qua", with or without "trong".
 */
static __attribute__((noinline)) bool
elapsed_set_off(const GbDoc *d, int r)
{
	int			k = r + 1,
				j;

	if (tok_is(d, k, "trong") && !tok_has(d, k, T_UPPER))
		k++;
	if ((tok_is(d, k, "thoi") && tok_is(d, k + 1, "gian")) ||
		(tok_is(d, k, "nhung") && (tok_is(d, k + 1, "nam") || tok_is(d, k + 1, "thang"))))
		k += 2;
	else
		return false;
	if (tok_is(d, k, "vua"))
		k++;
	if (!tok_is(d, k, "qua") || !tok_punct(d, k + 1, ','))
		return false;
	for (j = r + 1; j <= k; j++)
		if (tok_has(d, j, T_NL))
			return false;
	return fronted_sentence(d, r);
}

/*
 * "Theo Chỉ thị số 16 của Ban Bí thư về lãnh đạo Đại hội ..., nhiệm kỳ
 * 2023-2028, một trong những nhiệm vụ trọng tâm đó là ...": after a
 * fronted clause, "một trong những" (one of the) opening a phrase that a
 * copula "là" closes, before any punctuation, is the main clause, ending
 * the document's subject at the comma r (probe bd BD8).  Not in a
 * sentence that opens with the document's own subject, where a title may
 * set off "..., một trong những ..." as an apposition.
 */
static __attribute__((noinline)) bool
one_of_clause(const GbDoc *d, int r)
{
	int			k;

	if (!tok_is(d, r + 1, "mot") || !tok_is(d, r + 2, "trong") || !tok_is(d, r + 3, "nhung") ||
		!gb_exact_words(d, r + 1, 3, "một trong những"))
		return false;
	for (k = r + 4; k < d->ntok && k - r < 16; k++)
	{
		if (tok_has(d, k, T_PUNCT | T_NL))
			return false;
		if (tok_is(d, k, "la") && gb_exact_any(d, k, "là"))
			return fronted_sentence(d, r);
	}
	return false;
}

/*
 * The main clause after a fronted one, at the comma r: "Căn cứ Quy định số
 * 102 ... về xử lý kỷ luật đảng viên vi phạm, Ủy ban Kiểm tra Tỉnh ủy quyết
 * định ...", "Thực hiện ..., Ban Nội chính Tỉnh ủy ban hành ...": in a
 * sentence that opens with "Căn cứ", "Thực hiện", "Triển khai", "Quán
 * triệt", "Trên cơ sở", or "Theo" or "Tại" before a document's type, a
 * body named after the comma and followed by a word that neither links
 * nor continues it (its verb) is the main clause's subject, whatever the
 * tense word; so is a second "căn cứ", a parallel fronted clause (probe u
 * G1).  A body in a list, "..., Ban Tuyên giáo, Ban Dân vận", "..., Ban
 * Tổ chức và ...", goes on.  The body parsed after the comma is left in
 * *body_end and *body_name for the caller (*body_end is -1 when none was
 * parsed: "..., căn cứ ...").
 */
static __attribute__((noinline)) bool
fronted_main_clause(const GbDoc *d, int r, int *body_end, const char **body_name)
{
	const char *name;
	int			e;

	*body_end = -1;
	*body_name = NULL;
	if (!(tok_has(d, r + 1, T_UPPER) || (tok_is(d, r + 1, "can") && tok_is(d, r + 2, "cu"))))
		return false;
	if (!fronted_sentence(d, r))
		return false;
	if (!tok_has(d, r + 1, T_UPPER))
		return true;
	*body_end = e = gb_parse_body(d, r + 1, &name);
	*body_name = name;
	/*
	 * "..., Ban Chỉ đạo Trung ương về tổng kết Nghị quyết số 18-NQ/TW đề
	 * nghị ...": a steering committee is named by its task after "về"
	 * (probe av AV3); asked of the name, not its first tokens
	 * (steering_head_at()), so that "Thường trực Ban Chỉ đạo ..." is too
	 */
	if (e > r + 1 && name && tok_is(d, e, "ve") && !tok_has(d, e, T_UPPER | T_NL) &&
		strstr(name, "Ban Chỉ đạo") != NULL)
		return true;
	return e > r + 1 && tok_has(d, e, T_WORD) && !tok_has(d, e, T_UPPER) &&
		!tok_has(d, e, T_NL) && gb_dict_match(d, e, CAT_PREPOSITION, NULL) == 0 &&
		gb_dict_match(d, e, CAT_LEVEL, NULL) == 0 &&
		!tok_is(d, e, "va") && !tok_is(d, e, "cac") && !tok_is(d, e, "cung") &&
		!tok_is(d, e, "khoa") && !tok_is(d, e, "cap") &&
		/* "..., Ban Bí thư năm 2026": a year, no verb (probe am 07) */
		!(tok_is(d, e, "nam") && tok_has(d, e + 1, T_NUM));
}

/*
 * A new clause after the comma at r: its subject, a capitalized phrase,
 * then "đã", "vừa" ... ("..., Hội đồng nhân dân tỉnh đã thống nhất"); or
 * words that open one ("..., theo đó", "..., thay thế Quy định số 30").
 */
static bool
clause_after(const GbDoc *d, int r)
{
	const char *name;
	int			e,
				k;

	if (gb_dict_match(d, r + 1, CAT_CLAUSEOPEN, NULL) > 0)
		return true;
	/*
	 * "Nghị quyết số 21 về ... trong giai đoạn mới, là sự khẳng định ...":
	 * the copula after a comma is the sentence's predicate, said of the
	 * document, whose title never goes on so (stop 42, probe av AV2)
	 */
	if (tok_is(d, r + 1, "la") && gb_exact_any(d, r + 1, "là"))
		return true;
	if (fronted_main_clause(d, r, &e, &name))
		return true;
	if (!tok_has(d, r + 1, T_UPPER))
		return tok_has(d, r + 1, T_WORD) && narrated_clause(d, r + 1);
	for (k = r + 2; k < d->ntok && k - r < 14; k++)
	{
		if (tok_has(d, k, T_PUNCT) || tok_has(d, k, T_NL))
			return false;
		if (!tok_has(d, k, T_UPPER) && gb_dict_match(d, k, CAT_ADVERB, NULL) > 0)
			return true;
	}
	return false;
}

/*
 * A reporting verb whose subject is the document: "Chỉ thị 35 ... về đại hội
 * ... nêu rõ: ...", "(đã) khẳng định", "chỉ rõ", "quy định rõ"; "yêu cầu"
 * and "xác định", also nouns of a topic ("về một số yêu cầu ..."), only
 * before a colon (probe aj 22).  Its opening words must match those
 * predicate_at() checks cheaply first.
 */
static __attribute__((noinline)) bool
reporting_verb(const GbDoc *d, int r)
{
	if (tok_is(d, r, "da") || tok_is(d, r, "cung"))
		r++;
	if (tok_has(d, r, T_UPPER | T_NL))
		return false;
	if ((tok_is(d, r, "neu") || tok_is(d, r, "chi")) && tok_is(d, r + 1, "ro"))
		return true;
	if (tok_is(d, r, "khang") && tok_is(d, r + 1, "dinh"))
		return true;
	if (tok_is(d, r, "quy") && tok_is(d, r + 1, "dinh") && tok_is(d, r + 2, "ro"))
		return true;
	return ((tok_is(d, r, "yeu") && tok_is(d, r + 1, "cau")) ||
			(tok_is(d, r, "xac") && tok_is(d, r + 1, "dinh"))) && tok_punct(d, r + 2, ':');
}

/*
 * "(có ý nghĩa) rất quan trọng", "hết sức", "vô cùng", "đặc biệt quan
 * trọng" at r: how much a document matters, said of it by the sentence
 * ("Nghị quyết Trung ương 4 ... về xây dựng, chỉnh đốn Đảng ... có ý nghĩa
 * rất quan trọng"; stop 42, probe av AV2); a bare "có ý nghĩa" may be a
 * title's own ("các sự kiện có ý nghĩa lịch sử").
 */
static __attribute__((noinline)) bool
weighty_at(const GbDoc *d, int r)
{
	if (tok_has(d, r, T_NL | T_UPPER) || tok_has(d, r + 1, T_NL))
		return false;
	return gb_exact_any(d, r, "rất") || gb_exact_words(d, r, 2, "hết sức") ||
		gb_exact_words(d, r, 2, "vô cùng") || gb_exact_words(d, r, 3, "đặc biệt quan");
}

/*
 * A predicate that ends a subject: "diễn ra vào sáng 16/9", "có hiệu lực",
 * "có ý nghĩa rất quan trọng" (weighty_at()), "sẽ" and its verb;
 * so does the event's passive, "(hội nghị tổng kết Kết luận 12 về ...)
 * được tổ chức tại tỉnh X" (stop 32 M11).  Tested at every word of a
 * subject: inlined whatever the caller's size.
 */
GB_HOT_INLINE bool
predicate_at(const GbDoc *d, int r)
{
	/*
	 * by the folded word's length first, then the words a reporting verb
	 * can open with and the predicates', none of them alike: a word is
	 * compared with the few of its length, not with all eleven
	 */
	switch (d->tok[r].flen)
	{
		case 2:
			if (tok_is(d, r, "da"))
				return reporting_verb(d, r);
			/*
			 * "Việc ban hành Quy định 80 về ... giới thiệu cán bộ ứng cử sẽ
			 * bảo đảm ...", "... sẽ có hiệu lực": a title never says what is
			 * yet to come, so "sẽ" before a word opens the sentence's
			 * predicate (stop 43, probe az 41); not "chia sẻ"
			 */
			if (tok_is(d, r, "se"))
				return gb_exact_any(d, r, "sẽ") && !tok_has(d, r + 1, T_NL) &&
					tok_has(d, r + 1, T_WORD);
			if (!tok_is(d, r, "co"))
				return false;
			if (tok_is(d, r + 1, "hieu"))
				return tok_is(d, r + 2, "luc");
			return tok_is(d, r + 1, "y") && tok_is(d, r + 2, "nghia") && weighty_at(d, r + 3);
		case 3:
			return (tok_is(d, r, "neu") || tok_is(d, r, "chi") || tok_is(d, r, "quy") ||
					tok_is(d, r, "yeu") || tok_is(d, r, "xac")) && reporting_verb(d, r);
		case 4:
			if (tok_is(d, r, "cung"))
				return reporting_verb(d, r);
			if (tok_is(d, r, "dien"))
				return tok_is(d, r + 1, "ra");
			return tok_is(d, r, "duoc") &&
				((tok_is(d, r + 1, "to") && tok_is(d, r + 2, "chuc")) ||
				 (tok_is(d, r + 1, "tien") && tok_is(d, r + 2, "hanh")));
		case 5:
			return tok_is(d, r, "khang") && reporting_verb(d, r);
	}
	return false;
}

/*
 * "..., gắn với (việc) thực hiện Kết luận số 64 ...": the document r starts,
 * after a link of the sentence, is another object of the verb that cites
 * this one, not a document the subject reviews; its link, from "gắn", ends
 * the subject.  Returns where the link starts, or -1.
 */
static __attribute__((noinline)) int
linked_document(const GbDoc *d, int r, int p)
{
	int			k = r;

	if (k - 2 > p && tok_is(d, k - 2, "thuc") && tok_is(d, k - 1, "hien"))
		k -= 2;
	if (k - 1 > p && tok_is(d, k - 1, "viec"))
		k--;
	/*
	 * "... ngang tầm nhiệm vụ gắn với kết quả thực hiện Nghị quyết số 18":
	 * the link to the other document's results, written with or without a
	 * comma (stop 44, probe bb BB6)
	 */
	if (k - 2 > p && tok_is(d, k - 2, "ket") && tok_is(d, k - 1, "qua"))
		k -= 2;
	if (k - 2 > p && tok_is(d, k - 1, "voi") && tok_is(d, k - 2, "gan"))
		return k - 2;
	if (k - 3 > p && tok_is(d, k - 1, "voi") && tok_is(d, k - 2, "lien") && tok_is(d, k - 3, "gan"))
		return k - 3;
	return -1;
}

/*
 * ", gắn (liền) với (việc) (thực hiện) Nghị quyết của Trung ương ...": after
 * the comma at r, a link to a document named by its type alone,
 * capitalized, is one more object of the verb that cites this one, as
 * before a numbered one (linked_document(); stop 41, probe as AS9); not
 * ", gắn với thực tiễn".
 */
static __attribute__((noinline)) bool
linked_type(const GbDoc *d, int r)
{
	int			k = r + 1;

	if (!tok_is(d, k, "gan"))
		return false;
	k += tok_is(d, k + 1, "lien") ? 2 : 1;
	if (!tok_is(d, k, "voi"))
		return false;
	k++;
	if (tok_is(d, k, "ket") && tok_is(d, k + 1, "qua"))
		k += 2;
	if (tok_is(d, k, "viec"))
		k++;
	if (tok_is(d, k, "thuc") && tok_is(d, k + 1, "hien"))
		k += 2;
	return tok_has(d, k, T_UPPER) && !tok_has(d, k, T_NL) && gb_dict_match(d, k, CAT_DOCTYPE, NULL) > 0;
}

/* '"' as written at quote token k: 1 for “, 2 for ”, 0 for a straight one. */
static int
quote_side(const GbDoc *d, int k)
{
	const unsigned char *s = (const unsigned char *) d->orig + d->tok[k].os;

	if (d->tok[k].oe - d->tok[k].os == 3 && s[0] == 0xE2 && s[1] == 0x80)
		return s[2] == 0x9C ? 1 : s[2] == 0x9D ? 2 : 0;
	return 0;
}

/*
 * Whether the straight quote at k closes an attribute of markup left in
 * the text, glued to what ends the tag ("... của Ban Chấp hành Đảng bộ
 * tỉnh"</image>", '"/>', '">'): it opens no quotation (probe-w 25).
 */
static bool
quote_ends_markup(const GbDoc *d, int k)
{
	char		c;

	if (k + 1 >= d->ntok || d->tok[k + 1].os != d->tok[k].oe || quote_side(d, k) != 0)
		return false;
	c = d->orig[d->tok[k + 1].os];
	/* each mark is a token of its own: "/>" is two */
	if (c == '/' && k + 2 < d->ntok && d->tok[k + 2].os == d->tok[k + 1].oe)
		c = d->orig[d->tok[k + 2].os];
	return c == '<' || c == '>';
}

/*
 * The closing '"' of the quotation opened at r, in its sentence, or -1;
 * never another “ (an opening quote left unclosed does not pair with the
 * next quotation).  A ” opens one only typed in its place, after a space
 * and glued to the word it quotes ("về thực hiện ”Học tập và làm theo
 * ...”"; ab10).  Looked for as far as a subject runs (parse_subject()'s
 * 80 tokens): a title of two clauses joined by ";" is long, “Phát triển
 * khoa học - công nghệ, đổi mới sáng tạo và chuyển đổi số; đẩy mạnh cải
 * cách hành chính, ..., hiệu lực, hiệu quả” is 39 tokens, and one cut at 40
 * lost the whole quotation (stop 45, probe bh BH6).
 */
static int
closing_quote(const GbDoc *d, int r)
{
	int			k;

	if (quote_side(d, r) == 2 && !(tok_has(d, r, T_SPACE) && r + 1 < d->ntok &&
								   tok_has(d, r + 1, T_WORD) && !tok_has(d, r + 1, T_SPACE)))
		return -1;
	for (k = r + 1; k < d->ntok && k - r < 80; k++)
	{
		if (gb_break_at(d, k) || tok_has(d, k, T_NL))
			return -1;
		if (tok_punct(d, k, '"'))
			return quote_side(d, k) == 1 ? -1 : k;
	}
	return -1;
}

/*
 * Whether the quotation opened at r meets no other quote mark before its
 * sentence or line ends: left open, not one before the next quotation.
 */
static __attribute__((noinline)) bool
never_closed(const GbDoc *d, int r)
{
	int			k;

	for (k = r + 1; k < d->ntok && k - r < 120; k++)
	{
		if (gb_break_at(d, k) || tok_has(d, k, T_NL))
			return true;
		if (tok_punct(d, k, '"'))
			return false;
	}
	return false;
}

/* "ký" (signs), not "kỳ" (period): both fold to "ky" */
bool
is_ky(const GbDoc *d, int i)
{
	const char *s;

	if (!tok_ky(d, i))
		return false;
	s = d->norm.data + d->tok[i].off;
	return d->tok[i].len == 3 && (memcmp(s + 1, "ý", 2) == 0 || memcmp(s + 1, "í", 2) == 0 ||
								  memcmp(s + 1, "Ý", 2) == 0 || memcmp(s + 1, "Í", 2) == 0);
}

/* "do" (by), not "đó" (that): both fold to "do" */
static bool
is_do(const GbDoc *d, int i)
{
	const char *s;

	if (!tok_is(d, i, "do") || d->tok[i].len != 2)
		return false;
	s = d->norm.data + d->tok[i].off;
	return (s[0] == 'd' || s[0] == 'D') && (s[1] == 'o' || s[1] == 'O');
}

/*
 * Whether the canonical issuer is a Party committee below the centre, which
 * numbers its own terms ("Tỉnh ủy Quảng Trị khóa XV", "Ban Chấp hành Đảng
 * bộ tỉnh khóa XVII"): a Party body with no central code (not the State's
 * "Ủy ban Thường vụ Quốc hội", stop 36 W2: gb_party_body() tells it).
 */
static bool
local_committee(const char *name)
{
	return gb_party_body(name) && !gb_body_code_suffix(name);
}

/*
 * "do Bộ Chính trị ban hành", "được Ban Bí thư ký ban hành", "do Ban Chấp
 * hành Trung ương khóa XIII ban hành", "được ban hành" after a document:
 * its issuer written after it, if any (*name, else NULL; the date that may
 * follow is read as any other).  Returns the token after the verb, or p.
 */
static int
issued_by(const GbDoc *d, int p, const char **name, int *term)
{
	int			e;

	*term = 0;
	*name = NULL;
	if (!is_do(d, p) && !tok_is(d, p, "duoc"))
		return p;
	e = gb_parse_body(d, p + 1, name);
	/* "được ban hành ngày 06/7/2022": the date alone */
	if (e == p + 1 && !(tok_is(d, p, "duoc") && tok_is(d, e, "ban") && tok_is(d, e + 1, "hanh")))
		return p;
	if (tok_is(d, e, "khoa"))
	{
		int			t = gb_parse_term(d, e + 1, term);

		if (t == e + 1)
			return p;
		e = t;
	}
	if (is_ky(d, e))
		e++;
	if (!(tok_is(d, e, "ban") && tok_is(d, e + 1, "hanh")))
		return p;
	/*
	 * "được ban hành vào ngày 27/10/2023": "vào" (on) before the day, as
	 * before the time of any act; the day is then read as after the verb
	 * (probe av AV3)
	 */
	if (tok_is(d, e + 2, "vao") && tok_is(d, e + 3, "ngay") && tok_has(d, e + 4, T_NUM) &&
		!tok_has(d, e + 2, T_UPPER | T_NL))
		return e + 3;
	return e + 2;
}

/*
 * "vừa được Bộ Chính trị ban hành", "đã được ban hành": a tense word at p
 * before the passive that names the issuer, the document's predicate
 * (stop 42, probe av AV2).  Returns p + 1, where issued_by() reads on, or p.
 */
static int
tense_issued(const GbDoc *d, int p)
{
	const char *name;
	int			t;

	if (p + 1 < d->ntok && tok_is(d, p + 1, "duoc") && gb_exact_any(d, p, "vừa|đã|mới") &&
		!tok_has(d, p, T_UPPER) && !tok_has(d, p + 1, T_NL) && issued_by(d, p + 1, &name, &t) > p + 1)
		return p + 1;
	return p;
}

/*
 * "quán triệt, triển khai Chỉ thị số 10-CT/TW ... về nâng cao chất lượng
 * sinh hoạt chi bộ đến từng cấp ủy và đảng viên": "đến" at r before the
 * people or Party bodies a document is passed on to, counted ("từng",
 * "các", "mọi", "toàn thể", "tất cả", "toàn bộ") or cadres and members
 * named, ends the subject from p when a verb that passes a document on
 * (quán triệt, triển khai, phổ biến, truyền đạt) comes before it in the
 * sentence: the recipients are the verb's (stop 42, probe at AT1).  "đến
 * năm 2030", "đến nay", "đến người dân" go on.  *passed keeps whether
 * such a verb comes before p, which depends on p alone: -1 till asked.
 */
static __attribute__((noinline)) bool
recipients_at(const GbDoc *d, int r, int p, int *passed)
{
	const GbPhrase *ph = NULL;
	int			k = r + 1,
				s;
	bool		counted = false;

	if (tok_has(d, k, T_NL | T_UPPER) || !tok_has(d, k, T_WORD))
		return false;
	if (gb_exact_any(d, k, "từng|các|mọi"))
		k++, counted = true;
	else if (gb_exact_words(d, k, 2, "toàn thể") || gb_exact_words(d, k, 2, "tất cả") ||
			 gb_exact_words(d, k, 2, "toàn bộ"))
		k += 2, counted = true;
	if (k + 1 >= d->ntok || tok_has(d, k, T_NL | T_UPPER) || tok_has(d, k + 1, T_NL))
		return false;
	if (!((gb_dict_match(d, k, CAT_AUDIENCE, &ph) > 0 && ph->aux == AUDIENCE_PEOPLE &&
		   (counted || !tok_is(d, k, "nguoi"))) ||
		  (tok_is(d, k, "cap") && tok_is(d, k + 1, "uy")) ||
		  (tok_is(d, k, "chi") && tok_is(d, k + 1, "bo")) ||
		  (tok_is(d, k, "dang") && tok_is(d, k + 1, "bo")) ||
		  (counted && ((tok_is(d, k, "to") && tok_is(d, k + 1, "chuc")) ||
					   (tok_is(d, k, "co") && tok_is(d, k + 1, "quan")) ||
					   (tok_is(d, k, "don") && tok_is(d, k + 1, "vi"))))))
		return false;
	if (*passed >= 0)
		return *passed;
	s = sentence_start(d, p, 0);
	for (k = p - 2; k >= s; k--)
		if ((tok_is(d, k, "quan") && tok_is(d, k + 1, "triet")) ||
			(tok_is(d, k, "trien") && tok_is(d, k + 1, "khai")) ||
			(tok_is(d, k, "pho") && tok_is(d, k + 1, "bien")) ||
			(tok_is(d, k, "truyen") && tok_is(d, k + 1, "dat")))
			break;
	*passed = k >= s;
	return *passed;
}

/*
 * "... về đảng viên nơi cư trú 09/01/2026 08:52": a date and a clock time
 * at r, a page's stamp of when it was posted, ends a headline's subject
 * (stop 42, probe av AV5); no title holds a time of day so written.
 */
static __attribute__((noinline)) bool
time_stamp_at(const GbDoc *d, int r)
{
	GbDate		date;
	bool		has_year;
	int			e;

	return gb_parse_date(d, r, &e, &date, &has_year) && has_year && e + 2 < d->ntok &&
		!tok_has(d, e, T_NL) && tok_has(d, e, T_NUM) && d->tok[e].len <= 2 &&
		tok_punct(d, e + 1, ':') && !tok_has(d, e + 1, T_SPACE) &&
		tok_has(d, e + 2, T_NUM) && !tok_has(d, e + 2, T_SPACE) && d->tok[e + 2].len == 2;
}

/*
 * The "về ..." clause or a quoted title at p, as tokens [*from, *to) (none
 * when *to <= *from); *end gets the token after it.  The clause ends where
 * a new clause or a predicate begins, before another document, and never
 * with an open bracket.  A clause that opens with a quotation is that
 * quotation; a quotation inside it ("phát huy phẩm chất “Bộ đội Cụ Hồ”
 * trong tình hình mới") is part of it.
 *
 * A document right after a preposition ("thực hiện một số nội dung trong
 * Quy định số 205 của Bộ Chính trị về kiểm soát quyền lực") is part of the
 * clause too, which runs on through that document's own phrase: cut before
 * it, the clause would end on the preposition.  *end is then the nested
 * document, so that it is parsed as a citation of its own.  code, the
 * document's own, tells which local committee after "của" issued it
 * (subject_issuer()).
 */
/* A cheap test for the folded "cho" or "tai" at r, of three bytes. */
static inline bool
cho_or_tai(const GbDoc *d, int r)
{
	const char *f = d->fold.data + d->tok[r].fo;

	return (f[0] == 'c' && f[1] == 'h' && f[2] == 'o') || (f[0] == 't' && f[1] == 'a' && f[2] == 'i');
}

/*
 * Whether "cho" or "tại" at r names the meeting's audience or rooms, which
 * end a document's subject: "cho 2.500 đại biểu", "tại 63 điểm cầu", "tại
 * hội trường".  "cho" needs a count ("về hỗ trợ cho người nghèo" goes on).
 */
static bool
audience_at(const GbDoc *d, int r)
{
	const GbPhrase *ph = NULL;
	bool		cho = tok_is(d, r, "cho");
	int			k = r + 1;

	if (!cho && !tok_is(d, r, "tai"))
		return false;
	/* a count, its thousands grouped by dots: "2.500" */
	while (k < d->ntok && !tok_has(d, k, T_NL) &&
		   (tok_has(d, k, T_NUM) ||
			(k > r + 1 && tok_punct(d, k, '.') && !tok_has(d, k + 1, T_SPACE) && tok_has(d, k + 1, T_NUM))))
		k++;
	if (cho && k == r + 1)
		return false;
	return gb_dict_match(d, k, CAT_AUDIENCE, &ph) > 0 &&
		ph->aux == (cho ? AUDIENCE_PEOPLE : AUDIENCE_ROOM);
}

static int	parse_issuer(const GbDoc *d, int p, const char **name, int *plenum);

/*
 * "của Chủ tịch UBND tỉnh Minh Sơn": the chairman of a people's committee
 * or council signs its decisions in his own name, as a minister does ("của
 * Bộ trưởng Bộ Nội vụ"), and is their issuer, as written (stop 29 B7).
 * Returns the token after the body, or p.
 */
static __attribute__((noinline)) int
chair_of_council(const GbDoc *d, int p, const char **name)
{
	static const char *const councils[] = {
		"uy ban nhan dan", "ubnd", "hoi dong nhan dan", "hdnd", NULL
	};
	const char *body;
	char	   *f;
	size_t		fn;
	int			e,
				k;
	bool		council = false;

	if (!tok_is(d, p, "chu") || !gb_exact_words(d, p, 2, "chủ tịch") ||
		(e = gb_parse_body(d, p + 2, &body)) == p + 2)
		return p;
	f = gb_fold(body, strlen(body), &fn);
	for (k = 0; councils[k] && !council; k++)
		council = fn > strlen(councils[k]) && strncmp(f, councils[k], strlen(councils[k])) == 0 &&
			f[strlen(councils[k])] == ' ';
	gb_free(f);
	if (!council)
		return p;
	*name = gb_span_text(d, p, e);
	return e;
}

/*
 * A body at p as an issuer: "Đảng ủy xã", "Đảng ủy phường" name a commune's
 * committee by its level alone, where gb_parse_body() stops at "Đảng ủy"
 * (a committee wants a name after its level elsewhere): "Kế hoạch số
 * 12-KH/ĐU ... của Đảng ủy phường" (stop 29 A8).  Returns the token after
 * it, or p.
 */
int
issuer_body(const GbDoc *d, int p, const char **name)
{
	int			e = gb_parse_body(d, p, name),
				n;

	if (e == p + 2 && strcmp(*name, "Đảng ủy") == 0 && !tok_has(d, e, T_NL) &&
		(n = gb_exact_words(d, e, 1, "xã") || gb_exact_words(d, e, 1, "phường") ? 1 :
		 gb_exact_words(d, e, 2, "thị trấn") ? 2 : 0) > 0)
	{
		*name = gb_span_text(d, p, e + n);
		return e + n;
	}
	return e;
}

/*
 * Whether the body name is the committee whose letters open the issuer
 * part of code, or a board that leads it: "Ban Thường vụ Tỉnh ủy" for
 * "15-KH/TU", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam" for
 * "2816/QĐ-MTTW-BTT".
 */
bool
code_committee(const char *code, const char *name)
{
	const char *s = code_issuer_part(code),
			   *h = strchr(s, '-');

	return gb_code_committee(s, h ? (size_t) (h - s) : strlen(s), name);
}

/*
 * Whether "của" at r names a central body that ends the clause: "... của Bộ
 * Chính trị." or "... của Ban Bí thư;" then is the issuer after a subject.
 * So is a local committee or the Fatherland Front's when the document's
 * code names it: "Kế hoạch số 15-KH/TU ... về tổ chức đại hội của Ban
 * Thường vụ Tỉnh ủy." (probe 60 G3).
 */
static __attribute__((noinline)) bool
subject_issuer(const GbDoc *d, int r, const char *code)
{
	const char *name,
			   *suffix;
	int			plenum,
				e;

	/* cheap first: each central body's name starts "Bộ" or "Ban" */
	if (r + 1 >= d->ntok || !(d->tok[r + 1].flags & T_UPPER) ||
		(code == NULL && !(tok_is(d, r + 1, "bo") || tok_is(d, r + 1, "ban"))))
		return false;
	e = parse_issuer(d, r + 1, &name, &plenum);
	if (e == r + 1)
		return false;

	/*
	 * only the central bodies that pass the Party's documents: "tổ chức bộ
	 * máy của Văn phòng Trung ương Đảng" is whose apparatus, in the subject;
	 * and the committee the code names, not its departments ("chức năng,
	 * nhiệm vụ của Ban Tổ chức Tỉnh ủy" for a "/TU" code)
	 */
	suffix = gb_body_code_suffix(name);
	if ((suffix == NULL || strcmp(suffix, "TW") != 0) &&
		(code == NULL || !code_committee(code, name)))
		return false;
	return e >= d->ntok || tok_has(d, e, T_NL) || tok_punct(d, e, '.') ||
		tok_punct(d, e, ';') || tok_punct(d, e, ',');
}

/*
 * The first document cited inside the quoted title [from, to), or -1:
 * "Kế hoạch số 129-KH/TU về việc “Thực hiện Kết luận số 21-KL/TW ...”"
 * cites Kết luận 21 too, so the scan goes on from there.
 */
static __attribute__((noinline)) int
quoted_citation(const GbDoc *d, int from, int to)
{
	int			k;

	for (k = from; k < to; k++)
		if ((gb_dict_masks[d->tok[k].grp] & CAT_DOCTYPE) && (d->tok[k].flags & T_WORD) &&
			starts_citation(d, k))
			return k;
	return -1;
}

/*
 * "... và chỉ đạo của UBND tỉnh tại văn bản số 238/UBND-KGVX": after "và"
 * at r, a body's direction ("của" a capitalized body) given in a document
 * ("tại" one cited or "văn bản số N") is one more thing the sentence's verb
 * carries out, not the subject's (stop 32, probe m 16).
 */
static __attribute__((noinline)) bool
direction_in_document(const GbDoc *d, int r)
{
	int			k;
	bool		body = false;

	for (k = r + 1; k < d->ntok && k - r < 14; k++)
	{
		if (tok_has(d, k, T_PUNCT) || tok_has(d, k, T_NL))
			return false;
		if (tok_is(d, k, "cua") && tok_has(d, k + 1, T_UPPER))
			body = true;
		else if (body && tok_is(d, k, "tai") && !tok_has(d, k + 1, T_NL))
			return (tok_is(d, k + 1, "van") && tok_is(d, k + 2, "ban") && is_so(d, k + 3) &&
					tok_has(d, k + 4, T_NUM)) || starts_citation(d, k + 1);
	}
	return false;
}

/*
 * A document or a body's direction of one at k, owned by a capitalized body
 * ("hướng dẫn của Ban Tuyên giáo", "các văn bản chỉ đạo của Tỉnh ủy"), or a
 * citation: after "cũng như", one more object of the sentence's verb.
 */
static __attribute__((noinline)) bool
also_direction(const GbDoc *d, int k)
{
	int			e,
				n;

	if (starts_citation(d, k))
		return true;
	if (tok_is(d, k, "cac"))
		k++;
	if (tok_is(d, k, "van") && tok_is(d, k + 1, "ban"))
		e = k + 2;
	else if (tok_is(d, k, "chi") && tok_is(d, k + 1, "dao"))
		e = k + 2;
	else if ((n = gb_dict_match(d, k, CAT_DOCTYPE, NULL)) > 0)
		e = k + n;
	else
		return false;
	if (tok_is(d, e, "chi") && tok_is(d, e + 1, "dao"))
		e += 2;
	return tok_is(d, e, "cua") && tok_has(d, e + 1, T_UPPER);
}

/*
 * "... về kỷ luật đảng viên vi phạm (Quy định);": the document's type alone
 * in brackets, capitalized, is the short name the text calls it by from
 * then on, as "(Chỉ thị 05)" is (a citation, which ends the subject
 * anyway), not a part of its subject (probe aj 04).
 */
static __attribute__((noinline)) bool
type_in_brackets(const GbDoc *d, int r)
{
	int			n = gb_dict_match(d, r + 1, CAT_DOCTYPE, NULL);

	return n > 0 && tok_has(d, r + 1, T_UPPER) && tok_punct(d, r + 1 + n, ')');
}

/*
 * A verb that opens a document's title, written straight after its number,
 * date or issuer with no "về": "Quy định số 30-QĐ/TW, ngày 26/7/2016 của
 * Ban Chấp hành Trung ương thi hành Chương VII ...", "Hướng dẫn số
 * 26-HD/BTCTW, ngày 18/10/2019 hướng dẫn một số nội dung Chỉ thị số 35",
 * "Quy định 264-QĐ/TW năm 2025 sửa đổi Quy định 69-QĐ/TW" (probe aj 03,
 * 05, 15).  Only the verbs guidance and regulations are named by, and only
 * with their object right after them, a capitalized word or a noun
 * phrase's opening word: the sentence's own verb goes on with an adverb
 * ("thực hiện nghiêm", "hướng dẫn cụ thể") or a place ("thực hiện tại").
 * Not "quy định", a regulation's verb of saying ("Quy định 205 quy định
 * rõ ...", "quy định cán bộ phải ..."), nor "ban hành", whose subject a
 * body written before it may be ("Thực hiện Nghị quyết 05 Tỉnh ủy ban hành
 * Kế hoạch 12").  Returns the verb's tokens, or 0.
 */
static __attribute__((noinline)) int
title_verb(const GbDoc *d, int q)
{
	int			n = 2;

	/*
	 * "tiếp tục phát huy truyền thống ...", "tiếp tục đổi mới, nâng cao
	 * ...": a title opened by "tiếp tục" and a verb of policy, its object
	 * a word, not an adverb nor an effect ("tiếp tục phát huy hiệu quả" is
	 * the sentence's); asked only of a coded document the sentence acts on
	 * or lists (continued_title(); stop 41, probe ap AP6)
	 */
	if (tok_is(d, q, "tiep") && tok_is(d, q + 1, "tuc") && !tok_has(d, q, T_UPPER) &&
		!tok_has(d, q + 1, T_NL) && !tok_has(d, q + 2, T_NL | T_UPPER))
	{
		int			k = q + 2;

		if ((n = title_verb(d, k)) > 0)
			return 2 + n;
		if (!((tok_is(d, k, "phat") && (tok_is(d, k + 1, "huy") || tok_is(d, k + 1, "trien"))) ||
			  (tok_is(d, k, "doi") && tok_is(d, k + 1, "moi")) ||
			  (tok_is(d, k, "day") && tok_is(d, k + 1, "manh")) ||
			  (tok_is(d, k, "tang") && tok_is(d, k + 1, "cuong")) ||
			  (tok_is(d, k, "nang") && tok_is(d, k + 1, "cao")) ||
			  (tok_is(d, k, "hoan") && tok_is(d, k + 1, "thien")) ||
			  (tok_is(d, k, "xay") && tok_is(d, k + 1, "dung")) ||
			  (tok_is(d, k, "sap") && tok_is(d, k + 1, "xep"))))
			return 0;
		k += 2;
		/* "đổi mới, nâng cao ...": a second verb after a comma */
		if (tok_punct(d, k, ',') && tok_has(d, k + 1, T_WORD) && !tok_has(d, k + 1, T_UPPER))
			k++;
		if (tok_has(d, k, T_NL | T_UPPER) || !tok_has(d, k, T_WORD) ||
			gb_dict_match(d, k, CAT_ADVERB, NULL) > 0 ||
			(tok_is(d, k, "hieu") && tok_is(d, k + 1, "qua")) ||
			(tok_is(d, k, "tac") && tok_is(d, k + 1, "dung")) ||
			tok_is(d, k, "tot") || tok_is(d, k, "manh"))
			return 0;
		return 4;
	}
	if (tok_has(d, q, T_UPPER) || tok_has(d, q, T_NL) || tok_has(d, q + 1, T_NL) ||
		!((tok_is(d, q, "thi") && tok_is(d, q + 1, "hanh")) ||
		  (tok_is(d, q, "thuc") && tok_is(d, q + 1, "hien")) ||
		  (tok_is(d, q, "huong") && tok_is(d, q + 1, "dan")) ||
		  (tok_is(d, q, "sua") && tok_is(d, q + 1, "doi")) ||
		  (tok_is(d, q, "dieu") && tok_is(d, q + 1, "chinh") && gb_exact_any(d, q + 1, "chỉnh")) ||
		  (tok_is(d, q, "bo") && tok_is(d, q + 1, "sung"))))
		return 0;
	/*
	 * "sửa đổi, bổ sung một số điều ...", "điều chỉnh, bổ sung một số nội
	 * dung Chỉ thị 35" (Kết luận 118, probe bc 16)
	 */
	if ((tok_is(d, q, "sua") || tok_is(d, q, "dieu")) &&
		(tok_punct(d, q + 2, ',') || tok_is(d, q + 2, "va")) &&
		tok_is(d, q + 3, "bo") && tok_is(d, q + 4, "sung"))
		n = 5;
	q += n;
	if (tok_has(d, q, T_NL) || !tok_has(d, q, T_WORD))
		return 0;
	if (tok_has(d, q, T_UPPER) || starts_citation(d, q))
		return n;
	return ((tok_is(d, q, "mot") && tok_is(d, q + 1, "so")) || tok_is(d, q, "viec") ||
			tok_is(d, q, "cac") || tok_is(d, q, "nhung") ||
			(tok_is(d, q, "noi") && tok_is(d, q + 1, "dung")) ||
			(tok_is(d, q, "cong") && tok_is(d, q + 1, "tac"))) ? n : 0;
}

/*
 * A title written as an act of organization or personnel right after the
 * number, date or issuer, with no "về": "Tờ trình số 114 ngày 19/7/2024 của
 * Ban Thường vụ Tỉnh ủy giới thiệu nhân sự ...", "Đề án số 04-ĐA/TU ... của
 * Ban Thường vụ Tỉnh ủy hợp nhất Tòa soạn ...", "Hướng dẫn số 08 ... chuẩn
 * bị và tổ chức đại hội ...", and "hướng dẫn" before one of them or a
 * review's verb, "hướng dẫn kiểm điểm, đánh giá, xếp loại ..." (stop 43,
 * probes ay 06, 08, 28, az 04); a personnel decision's "chuẩn y", "phê
 * chuẩn", "phân công", as "chỉ định" and "bổ nhiệm": "Quyết định số
 * 1674-QĐNS/TW ... của Bộ Chính trị chuẩn y chức danh Bí thư Tỉnh ủy ..."
 * (stop 45, probe bf BF6).  Only verbs a document is titled by and a
 * sentence hardly puts right after its issuer (not "tổ chức", "ban hành",
 * nor a verb of saying: "Chỉ thị 35 của Bộ Chính trị xác định ..."); a
 * tense word before it ("của Tỉnh ủy đã giới thiệu") is the sentence's, as
 * is the verb with an adverb or an effect after it ("chuẩn bị kỹ",
 * "chuẩn bị tốt").  Returns the verb's tokens, or 0.
 */
static __attribute__((noinline)) int
action_title(const GbDoc *d, int q)
{
	if (tok_has(d, q, T_UPPER | T_NL) || tok_has(d, q + 1, T_NL) || !tok_has(d, q + 1, T_WORD))
		return 0;
	if (tok_is(d, q, "huong") && tok_is(d, q + 1, "dan"))
	{
		if (tok_has(d, q + 2, T_UPPER | T_NL))
			return 0;
		if ((tok_is(d, q + 2, "danh") && tok_is(d, q + 3, "gia")) || action_title(d, q + 2) > 0)
			return 2 + 2;
		return 0;
	}
	if (!((tok_is(d, q, "gioi") && tok_is(d, q + 1, "thieu")) ||
		  (tok_is(d, q, "hop") && tok_is(d, q + 1, "nhat")) ||
		  (tok_is(d, q, "sap") && tok_is(d, q + 1, "nhap")) ||
		  (tok_is(d, q, "thanh") && tok_is(d, q + 1, "lap")) ||
		  (tok_is(d, q, "kien") && tok_is(d, q + 1, "toan")) ||
		  (tok_is(d, q, "chuan") && tok_is(d, q + 1, "bi")) ||
		  (tok_is(d, q, "phe") && tok_is(d, q + 1, "duyet")) ||
		  (tok_is(d, q, "chuan") && tok_is(d, q + 1, "y")) ||
		  (tok_is(d, q, "phe") && tok_is(d, q + 1, "chuan")) ||
		  (tok_is(d, q, "phan") && tok_is(d, q + 1, "cong") && gb_exact_any(d, q + 1, "công")) ||
		  (tok_is(d, q, "chi") && tok_is(d, q + 1, "dinh") && gb_exact_any(d, q, "chỉ")) ||
		  (tok_is(d, q, "cong") && tok_is(d, q + 1, "nhan") && gb_exact_any(d, q + 1, "nhận")) ||
		  (tok_is(d, q, "bo") && tok_is(d, q + 1, "nhiem")) ||
		  (tok_is(d, q, "dieu") && tok_is(d, q + 1, "dong") && gb_exact_any(d, q + 1, "động")) ||
		  (tok_is(d, q, "giai") && tok_is(d, q + 1, "the") && gb_exact_any(d, q + 1, "thể")) ||
		  (tok_is(d, q, "dao") && tok_is(d, q + 1, "tao")) ||
		  (tok_is(d, q, "ra") && tok_is(d, q + 1, "soat")) ||
		  (tok_is(d, q, "kiem") && tok_is(d, q + 1, "diem"))))
		return 0;
	q += 2;
	/* "kiểm điểm, đánh giá, ...": a row of verbs */
	if (tok_punct(d, q, ',') && !tok_has(d, q + 1, T_NL | T_UPPER) && tok_has(d, q + 1, T_WORD))
		q++;
	if (tok_has(d, q, T_NL) || !tok_has(d, q, T_WORD) || gb_dict_match(d, q, CAT_ADVERB, NULL) > 0 ||
		(tok_is(d, q, "hieu") && tok_is(d, q + 1, "qua")) ||
		(tok_is(d, q, "thanh") && tok_is(d, q + 1, "cong")) ||
		tok_is(d, q, "tot") || tok_is(d, q, "ky") || tok_is(d, q, "xong"))
		return 0;
	return 2;
}

/*
 * "Nghị quyết số 18-NQ/TW ngày 25-10-2017 một số vấn đề về tiếp tục đổi
 * mới ...": "một số vấn đề", the stock opening of a resolution's title,
 * written straight after the number, date or issuer with no "về" (probe bb
 * BB15).  Not after a comma, where it may open the sentence's next clause,
 * nor "một số" before another noun ("... ngày 25/10/2017 một số địa phương
 * chưa ...").
 */
static inline bool
noun_title(const GbDoc *d, int q)
{
	return q > 0 && !tok_punct(d, q - 1, ',') && !tok_has(d, q, T_NL) &&
		tok_is(d, q, "mot") && tok_is(d, q + 1, "so") && tok_is(d, q + 2, "van") &&
		tok_is(d, q + 3, "de") && !tok_has(d, q + 1, T_NL) && !tok_has(d, q + 2, T_NL) &&
		!tok_has(d, q + 3, T_NL) && gb_exact_words(d, q + 2, 2, "vấn đề");
}

/*
 * Whether the two words before r, inside the subject from p, are a verb
 * that acts on the document r starts, which so belongs to the subject:
 * "về (tổ chức, lãnh đạo) thực hiện Kết luận số 20", "một số nội dung Chỉ
 * thị số 35", and likewise "về quán triệt Nghị quyết Đại hội XIV", "học
 * tập", "triển khai", "tuyên truyền" (stop 40, probe an 17), and a
 * review's verb, "về tổng kết Nghị quyết 18, gắn với ..." (Kết luận 121,
 * probe bc 16), "sơ kết Chỉ thị 35".
 */
static inline bool
acts_on_document(const GbDoc *d, int r, int p)
{
	if (r - 2 < p || tok_has(d, r - 1, T_NL))
		return false;
	return (tok_is(d, r - 2, "thuc") && tok_is(d, r - 1, "hien")) ||
		(tok_is(d, r - 2, "noi") && tok_is(d, r - 1, "dung")) ||
		(tok_is(d, r - 2, "quan") && tok_is(d, r - 1, "triet")) ||
		(tok_is(d, r - 2, "hoc") && tok_is(d, r - 1, "tap")) ||
		(tok_is(d, r - 2, "trien") && tok_is(d, r - 1, "khai")) ||
		(tok_is(d, r - 2, "tuyen") && tok_is(d, r - 1, "truyen")) ||
		((tok_is(d, r - 2, "tong") || tok_is(d, r - 2, "so")) && tok_is(d, r - 1, "ket"));
}

/*
 * A title at q opened by "tiếp tục" (title_verb()) only after a written
 * code, the document the object of a verb acting on it ("quán triệt Nghị
 * quyết 43-NQ/TW tiếp tục ...") or listed after ";", ":" or "và" ("...
 * khóa XIII và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị tiếp
 * tục thực hiện Chỉ thị số 05-CT/TW", stop 43, probe ba 18); any other
 * title verb at q passes.
 */
static bool
continued_title(const GbDoc *d, int q, const Mention *m)
{
	if (!tok_is(d, q, "tiep"))
		return true;
	return m->code && m->t0 >= 2 &&
		(tok_punct(d, m->t0 - 1, ';') || tok_punct(d, m->t0 - 1, ':') ||
		 acts_on_document(d, m->t0, m->t0 - 2) ||
		 (tok_is(d, m->t0 - 1, "va") && !tok_has(d, m->t0 - 1, T_UPPER)));
}

/*
 * Whether such a verb before the document at r is one more object of the
 * verb that cites this one, after "và" or a comma that ends the subject:
 * "quán triệt Chỉ thị 35 về đại hội đảng bộ các cấp và triển khai Kế
 * hoạch số 10"; not one of a row of such verbs that the subject opens,
 * "về học tập, quán triệt, triển khai Kết luận ...", "về việc học tập và
 * quán triệt Nghị quyết số 80".  Returns where the "và" or comma is, or -1.
 */
static __attribute__((noinline)) int
next_object_verb(const GbDoc *d, int r, int p)
{
	int			k = r - 3;

	if (k - 2 < p || !(tok_is(d, k, "va") || tok_punct(d, k, ',')))
		return -1;
	return acts_on_document(d, k, p) ||
		(tok_is(d, k - 2, "nghien") && tok_is(d, k - 1, "cuu")) ||
		(tok_is(d, k - 2, "pho") && tok_is(d, k - 1, "bien")) ? -1 : k;
}

/*
 * Whether "của" at r, inside the subject from p, follows a delegation named
 * by its task ("Đoàn kiểm tra", "Đoàn công tác", "Tổ công tác"), its other
 * tasks or its number between: "về việc thành lập Đoàn kiểm tra, giám sát
 * của Bộ Chính trị, Ban Bí thư năm 2026" names who sends it, a part of the
 * name, not the document's issuer (stop 40, probe am 07), once the issuer
 * was read before the subject: "Quyết định số 10-QĐ/TU về việc thành lập
 * Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy." names it there.
 */
static __attribute__((noinline)) bool
delegation_owner(const GbDoc *d, int r, int p)
{
	const GbPhrase *ph;
	int			k;

	for (k = r - 1; k >= p && r - k <= 8; k--)
	{
		if (tok_has(d, k + 1, T_NL))
			return false;
		if (tok_has(d, k, T_UPPER))
			return gb_dict_match(d, k, CAT_MEETWORD, &ph) > 0 && ph->aux == MW_DELEGATION;
		if (!tok_has(d, k, T_WORD | T_NUM) && !tok_punct(d, k, ','))
			return false;
	}
	return false;
}

/*
 * "... giai đoạn 2011 - 2020 và 9 Chương trình công tác của Thành ủy": after
 * "và" at r, documents counted, their type capitalized, are one more object
 * of the verb that cites this one, as "và các Chương trình" are (stop 40,
 * probe ao 28).
 */
static inline bool
counted_documents(const GbDoc *d, int r)
{
	return tok_has(d, r + 1, T_NUM) && !tok_has(d, r + 1, T_NL | T_PUNCT) &&
		!tok_has(d, r + 2, T_NL) && tok_has(d, r + 2, T_UPPER) &&
		gb_dict_match(d, r + 2, CAT_DOCTYPE, NULL) > 0 && !starts_citation(d, r + 2);
}

/*
 * "... nhiệm kỳ 2025 - 2030 và Kế hoạch của Ban Thường vụ Huyện ủy.": after
 * "và" at r, a document named by its type alone, capitalized, and owned by
 * a body after "của" is one more object of the verb that cites this one, as
 * counted ones are (probe be 22); "và Kế hoạch phát triển ...", with no
 * owner, may be a part of the subject.
 */
static __attribute__((noinline)) bool
owned_document(const GbDoc *d, int r)
{
	const char *name;
	int			n;

	if (tok_has(d, r + 1, T_NL) || !tok_has(d, r + 1, T_UPPER) ||
		(n = gb_dict_match(d, r + 1, CAT_DOCTYPE, NULL)) == 0 || starts_citation(d, r + 1))
		return false;
	r += 1 + n;
	return tok_is(d, r, "cua") && !tok_has(d, r, T_UPPER | T_NL) &&
		gb_parse_body(d, r + 1, &name) > r + 1;
}

static void
parse_subject(const GbDoc *d, int p, const char *code, bool has_issuer, int *end, int *from,
			  int *to)
{
	int			r,
				last,
				depth = 0,
				open = -1,
				quoted = -1,
				nested = -1,
				passed = -1;	/* recipients_at()'s verb before p, once asked */

	*end = p;
	*from = *to = p;
	if (tok_punct(d, p, '"') || tok_punct(d, p, '\''))
	{
		char		qc = d->norm.data[d->tok[p].off];
		bool		curly = quote_side(d, p) == 1;
		int			side;

		for (r = p + 1; r < d->ntok && r - p < 120; r++)
		{
			if (tok_has(d, r, T_PARA))
				break;
			if (curly && tok_punct(d, r, qc) && (side = quote_side(d, r)) != 2)
			{
				int			k;

				/*
				 * “Về ... biểu hiện "tự diễn biến", "tự chuyển hóa" và Quy
				 * định 37 về “...”: inside a curly quotation a straight one
				 * opened before a word is a quotation of its own, and
				 * another “ before any ” leaves the first unclosed (probe
				 * 63 G4)
				 */
				if (side == 1)
					break;
				if (tok_has(d, r, T_SPACE) && tok_has(d, r + 1, T_WORD) &&
					!tok_has(d, r + 1, T_SPACE) && (k = closing_quote(d, r)) > r)
				{
					r = k;
					continue;
				}
			}
			if (tok_punct(d, r, qc))
			{
				int			s = p + 1,
							k = quoted_citation(d, p + 1, r);

				if (tok_is(d, s, "ve"))
					s++;
				*end = k >= 0 ? k : r + 1;
				*from = s;
				*to = r;
				/* “... từ Trung ương đến cơ sở.”: the sentence's stop, no part of the title */
				if (r - 1 > s && tok_punct(d, r - 1, '.'))
					*to = r - 1;
				return;
			}
		}

		/*
		 * an opening “ never closed ("Quyết định số 2816/QĐ-MTTW-BTT ngày
		 * 26/8/2019 “Về việc chỉ định đại biểu ... của Ban Thường trực
		 * ..."): the title is read as the clause it would be unquoted, and
		 * ends as one (probe 60 G3)
		 */
		if (qc == '"' && quote_side(d, p) == 1 && p + 1 < d->ntok && !tok_has(d, p + 1, T_PARA))
		{
			p++;
			if (tok_is(d, p, "ve") && !tok_has(d, p + 1, T_PARA))
				p++;
			*end = p;
			*from = *to = p;
		}
		else if (qc == '"' || (r < d->ntok && tok_has(d, r, T_PARA)))
			return;
	}
	for (r = p; r < d->ntok && r - p < 80; r++)
	{
		if (r > p && (gb_break_at(d, r) || tok_has(d, r, T_NL)))
			break;
		/* the marks' tests apart: most of a subject's tokens are words */
		if (d->tok[r].flags & T_PUNCT)
		{
			if (tok_punct(d, r, '('))
			{
				if (r > p && depth == 0 && type_in_brackets(d, r))
					break;
				if (depth++ == 0)
					open = r;
				continue;
			}
			if (tok_punct(d, r, ')'))
			{
				if (depth == 0)
					break;
				depth--;
				continue;
			}
			if (tok_punct(d, r, '"'))
			{
				int			k = r > p ? closing_quote(d, r) : -1;

				/*
				 * “... Nghị quyết số 128 ... về việc ban hành quy định tạm
				 * thời “Thích ứng an toàn ...”, phương hướng, nhiệm vụ ...”:
				 * a ” closing a quotation opened before the document, a
				 * talk's title listing its items, ends the subject at the
				 * title the subject quoted before a comma (stop 41, probe ar
				 * AR6)
				 */
				if (k < 0 && quoted > p && quote_side(d, r) == 2 && tok_punct(d, quoted + 1, ','))
					r = quoted + 1;
				/*
				 * "về việc “kiện toàn sắp xếp tổ chức Đảng ... thành phố Hà
				 * Nội,": a quotation opening the title after "việc" and
				 * never closed in its sentence runs on as the clause it
				 * would be unquoted, as one opening the subject does (stop
				 * 42, probe aw AW9); not one left open before the next
				 * quotation, nor one later in the clause, which may be a
				 * sentence of its own ("..., Nay ban hành “Quy định ...")
				 */
				if (k < 0 && r == p + 1 && tok_is(d, p, "viec") && quote_side(d, r) != 2 &&
					tok_has(d, r, T_SPACE) &&
					r + 1 < d->ntok && tok_has(d, r + 1, T_WORD) && !tok_has(d, r + 1, T_SPACE) &&
					never_closed(d, r))
					continue;
				if (k < 0)
					break;
				if (nested < 0)
					nested = quoted_citation(d, r + 1, k);
				r = quoted = k;
				continue;
			}
			if (tok_punct(d, r, ';'))
				break;
			if (r > p && tok_punct(d, r, ',') && (tok_is(d, r + 1, "ngay") || clause_after(d, r) ||
												 days_set_off(d, r + 1) || time_set_off(d, r + 1) ||
												 elapsed_set_off(d, r) || one_of_clause(d, r) ||
												 (tok_is(d, r + 1, "gan") && linked_type(d, r))))
				break;
		}
		if (r > p && starts_citation(d, r))
		{
			int			link = linked_document(d, r, p);
			bool		acts = false;	/* a verb acting on it before it */

			if (link > p)
			{
				r = link;
				break;
			}
			/*
			 * "về sơ kết 5 năm thực hiện Nghị quyết số 26 ...": the document
			 * a review is of belongs to the subject, as after a preposition
			 */
			/*
			 * so is the document a title's verb opening the subject acts
			 * on, "sửa đổi Quy định 69-QĐ/TW ...", and one whose contents
			 * it names, "hướng dẫn một số nội dung Chỉ thị số 35"
			 */
			if (nested < 0 && (gb_dict_match(d, r - 1, CAT_PREPOSITION, NULL) == 1 ||
							   (acts = acts_on_document(d, r, p)) ||
							   (r > p && title_verb(d, p) == r - p)))
			{
				if (tok_is(d, r - 1, "hien") && (link = sibling_review(d, r, p)) > p)
				{
					r = link;
					break;
				}
				if (acts && (link = next_object_verb(d, r, p)) > p)
				{
					r = link;
					break;
				}
				nested = r;
				continue;
			}
			break;
		}
		if (r > p && predicate_at(d, r))
			break;
		if (r > p && (d->tok[r].flags & T_NUM) && time_stamp_at(d, r))
			break;
		if (r > p && d->tok[r].flen == 3 && tok_is(d, r, "den") && recipients_at(d, r, p, &passed))
			break;
		/*
		 * "Nghị quyết 80 về phát triển văn hóa của Bộ Chính trị.": a body
		 * after "của" that closes the clause is the document's issuer, written
		 * after its subject, not a part of it
		 */
		if (r > p && d->tok[r].flen == 3 && tok_is(d, r, "cua") && subject_issuer(d, r, code) &&
			!(has_issuer && delegation_owner(d, r, p)))
			break;
		/*
		 * "về đại hội ... của Đảng và các văn bản chỉ đạo ...": documents in
		 * the plural after "và các" are one more object of the verb that
		 * cites this one, not its subject; so is what carries it out, "...
		 * và hướng dẫn thực hiện quy định", and the main clause's next
		 * verb taking the document up again by "đây" or "đó", "... và coi
		 * đây là căn cứ ..." (stop 42, probe av AV2)
		 */
		if (r > p && d->tok[r].flen == 2 && tok_is(d, r, "va") && !tok_has(d, r + 1, T_NL) &&
			((tok_is(d, r + 1, "cac") && !tok_has(d, r + 2, T_NL) &&
			  ((tok_is(d, r + 2, "van") && tok_is(d, r + 3, "ban")) ||
			   gb_dict_match(d, r + 2, CAT_DOCTYPE, NULL) > 0)) ||
			 gb_dict_match(d, r + 1, CAT_CARRYOUT, NULL) > 0 || direction_in_document(d, r) ||
			 counted_documents(d, r) || owned_document(d, r) ||
			 (gb_exact_any(d, r + 1, "coi|xem") && !tok_has(d, r + 2, T_NL) &&
			  gb_exact_any(d, r + 2, "đây|đó"))))
			break;
		if (r > p && d->tok[r].flen == 3 && cho_or_tai(d, r) && audience_at(d, r))
			break;
		/*
		 * "... triển khai thực hiện Nghị quyết Đại hội XII của Đảng cũng
		 * như hướng dẫn của Ban Tuyên giáo Trung ương": a body's direction or
		 * document after "cũng như" is one more object of the verb, as after
		 * "và" (stop 38, probe ae 11)
		 */
		if (r > p && d->tok[r].flen == 4 && tok_is(d, r, "cung") && tok_is(d, r + 1, "nhu") &&
			also_direction(d, r + 2))
			break;
		/* "về công tác cán bộ do Bộ Chính trị ban hành": the issuer is no part */
		if (r > p && (d->tok[r].len == 2 || tok_is(d, r, "duoc")))
		{
			const char *name;
			int			t;

			if (issued_by(d, r, &name, &t) > r)
				break;
		}
		/* tense_issued()'s first test here, not a call at every word */
		if (r > p && tok_is(d, r + 1, "duoc") && tense_issued(d, r) > r)
			break;
	}
	last = r;
	if (depth > 0)
		last = open;
	/* "... giáo dục và đào tạo và Nghị quyết số 72": the list's "và" is no part */
	while (last > p && (((d->tok[last - 1].flags & T_PUNCT) && !tok_punct(d, last - 1, ')') &&
						 last - 1 != quoted) ||
						tok_is(d, last - 1, "va")))
		last--;
	*end = nested >= 0 ? nested : r;
	*to = last;

	/*
	 * "thay thế Quy định số 124 năm 2023 về nội dung này", "về vấn đề nêu
	 * trên": a short phrase pointing back with "này", "đó" or "trên" names
	 * no subject of its own (stop 43, probe az 26)
	 */
	if (last > p && last - p <= 4 && gb_exact_any(d, last - 1, "này|đó|trên"))
		*to = *from;
}

/* The subject's text, made when a document keeps it. */
char *
subject_text(const GbDoc *d, const Mention *m)
{
	return has_subject(m) ? gb_span_text(d, m->subj_from, m->subj_to) : NULL;
}

/* "lần thứ tư", "lần thứ 12" at p: the token after it, or p. */
static int
nth_time(const GbDoc *d, int p, int *n)
{
	int			e;

	*n = 0;
	if (!(tok_is(d, p, "lan") && tok_is(d, p + 1, "thu")))
		return p;
	e = gb_parse_ordinal(d, p + 2, n);
	return e > p + 2 ? e : p;
}

/*
 * "của BCT, BCHTƯ", "của BBT về ...": a central body written by its
 * letters alone (gb_central_letters), in capitals, as the issuer of a
 * Party document (a resolution, directive, conclusion, regulation or
 * circular); a ministry's "BCT" issues none of them.  Returns its name,
 * or NULL.
 */
static const char *
central_letters(const GbDoc *d, int p, const Mention *m)
{
	int			k;

	if (!tok_has(d, p, T_ALLCAPS) || tok_has(d, p, T_NL) ||
		(tok_has(d, p + 1, T_UPPER) && tok_has(d, p + 1, T_WORD) && !tok_has(d, p + 1, T_NL)) ||
		!((m->kind->flags & KIND_PARTY) || strcmp(m->kind->name, "Chỉ thị") == 0 ||
		  strcmp(m->kind->name, "Nghị quyết") == 0))
		return NULL;
	for (k = 0; gb_central_letters[k]; k += 2)
		if (tok_is(d, p, gb_central_letters[k]))
			return gb_central_letters[k + 1];
	return NULL;
}

/*
 * "của Bộ trưởng Bộ Công Thương Vũ Huy Hoàng", "của Chủ tịch UBND tỉnh
 * Nguyễn Văn An": a post's issuer, from p to e, read on into the name of
 * the person who holds it ends before the name, the post alone the issuer
 * (stop 45, probe bg BG3); the name stays read (e is returned), so that
 * the subject after it, "... Vũ Huy Hoàng về việc ...", is still found.  A
 * name is a person's only (gb_name_len() takes no place's look-alike, so
 * "Chủ tịch UBND tỉnh Hà Giang" stays whole), of two syllables or more,
 * and a word at least is left to the post's body.
 */
static __attribute__((noinline)) int
signer_cut(const GbDoc *d, int p, int e, const char **name)
{
	int			k;

	for (k = p + 3; k < e - 1; k++)
		if (gb_word_upper(d, k) && !tok_has(d, k, T_NL) && gb_name_len(d, k, true, false) == e - k)
		{
			*name = gb_span_text(d, p, k);
			break;
		}
	return e;
}

/*
 * The issuer after "của" at p: a body, or the body whose conference it
 * names, "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng", "Hội nghị
 * Ban Chấp hành Đảng bộ tỉnh lần thứ 12".  Returns the token after it, or
 * p; *plenum gets the number of a plenum of the Central Committee, if
 * written (a local conference's number is no plenum).
 */
static int
parse_issuer(const GbDoc *d, int p, const char **name, int *plenum)
{
	int			q,
				e,
				n;
	bool		counted;

	*plenum = 0;
	/*
	 * "của Trung ương Hội Nông dân Việt Nam", "của Trung ương Đoàn": a mass
	 * organization's centre, as written (probe 63 G3)
	 */
	if ((e = gb_org_centre(d, p)) > p)
	{
		*name = gb_span_text_bare(d, p, e);
		return e;
	}
	if ((e = chair_of_council(d, p, name)) > p)
		return signer_cut(d, p, e, name);
	e = issuer_body(d, p, name);
	if (e > p && gb_dict_match(d, p, CAT_TITLE, NULL) > 0)
		return signer_cut(d, p, e, name);
	/*
	 * "của Ban Thường vụ Tỉnh ủy hai tỉnh A và B": the body of provinces
	 * counted, as written (probe 47 G6); a bare list after it may go on
	 * with other bodies, not provinces
	 */
	if (e > p && (q = gb_joint_provinces_end(d, p, e, &counted)) > e && counted)
	{
		*name = gb_span_text(d, p, q);
		return q;
	}
	if (e > p || !(tok_is(d, p, "hoi") && tok_is(d, p + 1, "nghi")))
		return e;
	q = nth_time(d, p + 2, &n);
	e = gb_parse_body(d, q, name);
	if (e == q)
		return p;
	if (n == 0)
		e = nth_time(d, e, &n);
	if (gb_dict_match(d, q, CAT_PLENUMBODY, NULL) > 1)
		*plenum = n;
	return e;
}

/*
 * An issuer ("của <body>"), a term ("khóa XI") or, for a resolution with
 * no plenum yet, the plenum that passed it ("Hội nghị lần thứ 6, BCH
 * Trung ương Đảng") at p.
 */
static bool
comma_attr(const GbDoc *d, int p, const Mention *m)
{
	const char *name;
	int			t,
				terms[MAXTERMS],
				nterms;

	if ((m->kind->flags & KIND_PLENUM) && !m->plenum && tok_is(d, p, "hoi"))
		return parse_plenum(d, p, &t, terms, &nterms, &name, NULL) > p;
	if (tok_is(d, p, "cua"))
		return parse_issuer(d, p + 1, &name, &t) > p + 1;
	if (tok_is(d, p, "khoa"))
		return gb_parse_term(d, p + 1, &t) > p + 1;
	return false;
}

/*
 * Whether [s, e) is a short form of a document whose kind has the code
 * letters `letters` written in parentheses after it: one word of capitals
 * and digits that starts with those letters, "(NQTW8)", "(NQ36)", "(CT05)".
 */
static bool
short_form(const GbDoc *d, int s, int e, const char *letters)
{
	size_t		n;
	int			k;

	if (e <= s || e - s > 3 || !tok_has(d, s, T_ALLCAPS))
		return false;
	if (letters == NULL || (n = strlen(letters)) >= d->tok[s].len + (e - s > 1 ? 1 : 0) ||
		memcmp(d->norm.data + d->tok[s].off, letters, n) != 0)
		return false;
	for (k = s + 1; k < e; k++)
		if ((d->tok[k].flags & T_SPACE) || !(tok_has(d, k, T_ALLCAPS) || tok_has(d, k, T_NUM)))
			return false;
	return true;
}

/*
 * "Đại hội Đảng (bộ) các cấp, nhiệm kỳ 2025 - 2030" at r, ending by to: the
 * first year of the round of congresses of all levels, or 0.
 */
static __attribute__((noinline)) int
all_levels_round(const GbDoc *d, int r, int to)
{
	int			q = r + 2,
				y;

	if (!(tok_is(d, r, "dai") && tok_is(d, r + 1, "hoi")))
		return 0;
	if (tok_is(d, q, "dai") && tok_is(d, q + 1, "bieu"))
		q += 2;
	if (!tok_is(d, q++, "dang"))
		return 0;
	if (tok_is(d, q, "bo"))
		q++;
	if (!(tok_is(d, q, "cac") && tok_is(d, q + 1, "cap")))
		return 0;
	q += 2;
	if (tok_punct(d, q, ','))
		q++;
	if (q + 5 > to || !tok_is(d, q, "nhiem") || !tok_ky(d, q + 1) ||
		!tok_has(d, q + 2, T_NUM) || d->tok[q + 2].len != 4 || !tok_punct(d, q + 3, '-') ||
		!tok_has(d, q + 4, T_NUM) || d->tok[q + 4].len != 4)
		return 0;
	y = gb_tok_int(d, q + 2);
	return gb_tok_int(d, q + 4) == y + 5 && y >= FIRST_YEAR ? y : 0;
}

/*
 * The term of a Party document whose subject prepares a National Congress
 * ("về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ
 * XIII của Đảng"): the congress's number less one, as the congress closes
 * the term that prepares it (Chỉ thị 35 of 2019, term XII, and Chỉ thị 35 of
 * 2024, term XIII, told apart).  A local congress ("tiến tới Đại hội Đảng
 * bộ tỉnh lần thứ XVI") numbers no Party term.  The congresses of all
 * levels named by their years, "về Đại hội Đảng các cấp nhiệm kỳ
 * 2025-2030", are the same round: held through its first year, closed by
 * the National Congress early in the next, so prepared in the term in force
 * at the end of that first year.  0 when none.
 */
static int
congress_ahead(const GbDoc *d, int from, int to)
{
	int			r;

	for (r = from; r + 3 < to; r++)
	{
		int			n,
					e;
		const char *local;

		if (tok_is(d, r, "dai") && (n = all_levels_round(d, r, to)) > 0)
		{
			GbDate		last = {n, 12, 31};

			return gb_term_number_on(last);
		}
		if (!((tok_is(d, r, "tien") || tok_is(d, r, "huong")) && tok_is(d, r + 1, "toi")))
			continue;
		e = parse_congress(d, r + 2, &n, &local);
		if (e > r + 2 && e <= to && !local && n > 1 && n <= 30)
			return n - 1;
	}
	return 0;
}

/*
 * Whether m's term is the one its subject gives by the National Congress
 * it prepares ("về đại hội đảng bộ các cấp, tiến tới Đại hội ... XII"),
 * a term a list's earlier documents share (citations.c).  Asked again of
 * the subject, not kept from parse_attrs(): only the few mentions of a
 * list that pass list_term_back()'s cheap tests ask it.
 */
bool
subject_congress_term(const GbDoc *d, const Mention *m)
{
	if (!m->term || !has_subject(m))
		return false;
	return congress_ahead(d, m->subj_from, m->subj_to) == m->term;
}

/*
 * A document's type in lower case at k with no number after it, "kế
 * hoạch", "hướng dẫn": the token after the type, or k.
 */
static int
unnumbered_type_end(const GbDoc *d, int k)
{
	int			L = gb_dict_match(d, k, CAT_DOCTYPE, NULL);

	if (L == 0 || tok_has(d, k, T_UPPER) || tok_has(d, k, T_NL) || tok_has(d, k + L, T_NUM) ||
		is_so(d, k + L))
		return k;
	return k + L;
}

/*
 * "Chỉ thị số 42-CT/TU Ban Thường vụ Tỉnh ủy về ...": an issuer written
 * right after the code without "của", known by the subject that follows
 * it.  A central body's own letters must be the code's ("Bộ Chính trị"
 * after "-CT/TW"), and a local body never issues a central code.  So is
 * one right after a number without a code, "Nghị quyết 08 HĐND tỉnh về
 * ...", "Chỉ thị 05 Bộ Chính trị về ..." (stop 30 F8).  Returns the token
 * after the body, or q.
 */
static __attribute__((noinline)) int
bare_issuer(const GbDoc *d, int q, const Mention *m, const char **name)
{
	const char *cs,
			   *bs;
	size_t		n;
	int			e;

	if (q != m->t1 || !(m->code || m->number) || !tok_has(d, q, T_UPPER) || tok_has(d, q, T_NL))
		return q;
	/* a "về" ahead in the clause, before the body is parsed at all */
	for (e = q + 1; e < d->ntok && e - q < 14; e++)
		if (tok_has(d, e, T_PUNCT | T_NL) || (tok_is(d, e, "ve") && !tok_has(d, e, T_UPPER)))
			break;
	if (!tok_is(d, e, "ve") || tok_has(d, e, T_NL))
		return q;
	e = gb_parse_body(d, q, name);
	if (e == q || !*name || !tok_is(d, e, "ve") || tok_has(d, e, T_UPPER) || tok_has(d, e, T_NL))
		return q;
	if (!m->code)
		return e;
	cs = code_issuer_part(m->code);
	bs = gb_body_code_suffix(*name);
	n = strlen(cs);
	if (bs ? strcmp(bs, cs) != 0 : (n >= 2 && strcmp(cs + n - 2, "TW") == 0))
		return q;
	return e;
}

/*
 * Whether the letters of code's issuer part are the initials of the first
 * words of name: "59-CV/BCĐ" of "Ban Chỉ đạo Trung ương", and a word
 * opening with an accented vowel by its bare letter, "1508-TTr/BTCTU" of
 * "Ban Tổ chức Tỉnh ủy" (probe bd BD8).  Only ASCII initials and "Đ" are
 * compared; any other letter fails.
 */
static bool
code_initials(const char *code, const char *name)
{
	const char *c = code_issuer_part(code),
			   *w = name;

	while (*c && *c != '-' && *c != '/')
	{
		while (*w == ' ')
			w++;
		if (*w == '\0')
			return false;
		if ((unsigned char) *c < 0x80 && (unsigned char) *w < 0x80)
		{
			if (toupper((unsigned char) *w) != (unsigned char) *c)
				return false;
			c++;
		}
		else if ((unsigned char) c[0] == 0xC4 && (unsigned char) c[1] == 0x90 &&
				 (unsigned char) w[0] == 0xC4 && ((unsigned char) w[1] & 0xFE) == 0x90)
			c += 2;
		else if ((unsigned char) *c < 0x80)
		{
			size_t		i = 0;
			char		f = gb_fold_letter(gb_utf8_next((const unsigned char *) w, strlen(w), &i));

			if (f == '\0' || toupper((unsigned char) f) != (unsigned char) *c)
				return false;
			c++;
		}
		else
			return false;
		while (*w && *w != ' ')
			w++;
	}
	return c != code_issuer_part(code);
}

/*
 * The body a clause gives a document (name) is its issuer when the code,
 * if any, agrees: its letters after the slash, or the body's committee or
 * initials ("1508-TTr/BTCTU" for "Ban Tổ chức Tỉnh ủy").
 */
static void
issuer_if_code_agrees(Mention *m, const char *name)
{
	const char *bs = gb_body_code_suffix(name);

	if (m->code && !(bs ? strcmp(bs, code_issuer_part(m->code)) == 0 :
					 code_committee(m->code, name) || code_initials(m->code, name)))
		return;
	m->issuer = name;
	m->own_issuer = true;
}

/*
 * "Tại Công văn số 59-CV/BCĐ về ... ngày 12/9/2025, Ban Chỉ đạo Trung ương
 * đề nghị ...": a document opening its sentence after "Tại" (in) is where
 * the body of the main clause, after the comma at q, speaks, so that body
 * issued it, when its code agrees; and a day closing the document's phrase
 * right before that comma is its issue date, no part of its subject
 * (probe av AV3).  "Theo", "Thực hiện" ... tell of a body acting on a
 * document, and a day there may be its act's.
 */
static __attribute__((noinline)) void
speaking_issuer(const GbDoc *d, int q, Mention *m)
{
	const char *name;
	int			k,
				e;

	if (m->t0 < 1 || !tok_is(d, m->t0 - 1, "tai") || !tok_has(d, m->t0 - 1, T_UPPER) ||
		sentence_start(d, m->t0 - 1, 0) != m->t0 - 1 || !fronted_main_clause(d, q, &e, &name))
		return;
	if (!m->issued.y && has_subject(m) && m->subj_to == q)
		for (k = q - 2; k > m->subj_from && k >= q - 8; k--)
		{
			GbDateCue	cue;

			if (tok_is(d, k, "ngay") && !tok_has(d, k, T_UPPER) &&
				gb_date_cue_ngay(d, k, &cue) && cue.has_date && cue.date.y && cue.end == q)
			{
				m->issued = cue.date;
				m->subj_to = k;
				break;
			}
		}
	/* the body after the comma as fronted_main_clause() parsed it, if it did */
	if (!m->issuer && e < 0)
		e = gb_parse_body(d, q + 1, &name);
	if (m->issuer || e == q + 1 || !name)
		return;
	issuer_if_code_agrees(m, name);
}

/*
 * "kiểm tra việc ... thực hiện Nghị quyết số 18-NQ/TW ... về ... hoạt động
 * hiệu lực, hiệu quả của Ban Thường vụ Thành ủy Cần Thơ.": a central
 * document a verb carries out ("thực hiện", "quán triệt", "triển khai"
 * right before it), its subject closing the clause with "của" and a local
 * Party committee named by its place, is carried out by that committee,
 * which is no part of the centre's title (probe bb BB15).  Returns where
 * the subject [from, to) ends so, or to.  Not a committee with no place
 * ("chức năng, nhiệm vụ của Ban Thường vụ Tỉnh ủy" may be a title's).
 */
static __attribute__((noinline)) int
implementer_at(const GbDoc *d, const Mention *m, int from, int to)
{
	const char *name;
	int			c,
				plenum;

	if (!m->code || strcmp(code_issuer_part(m->code), "TW") != 0 || m->t0 < 2 ||
		!acts_on_document(d, m->t0, m->t0 - 2) || tok_has(d, to - 1, T_NL) ||
		!tok_has(d, to - 1, T_UPPER) || tok_is(d, to - 1, "uy"))
		return to;
	for (c = to - 2; c > from && c > to - 2 - ACTING_BODY; c--)
		if (tok_is(d, c, "cua") || tok_has(d, c, T_PUNCT | T_NL))
			break;
	if (c <= from || !tok_is(d, c, "cua") || tok_has(d, c, T_UPPER) ||
		parse_issuer(d, c + 1, &name, &plenum) != to || !name || !local_committee(name))
		return to;
	return c;
}

/*
 * "Xét đề nghị của Ban Tổ chức Tỉnh ủy tại Tờ trình số 1508-TTr/BTCTU":
 * the body whose proposal, opinion or direction is given "tại" (in) a
 * document wrote that document, so issued it, when the code, if any,
 * agrees (its letters, or the body's initials) (probe bd BD8).  Not a
 * person's ("ý kiến của đồng chí Bí thư tại Hội nghị ..."): a body only.
 */
static __attribute__((noinline)) void
proposing_issuer(const GbDoc *d, Mention *m)
{
	const char *name = NULL;
	int			c,
				plenum;

	if (m->issuer || m->t0 < 5 || !tok_is(d, m->t0 - 1, "tai") ||
		tok_has(d, m->t0 - 1, T_UPPER | T_NL))
		return;
	for (c = m->t0 - 2; c > 2 && c > m->t0 - 2 - ACTING_BODY; c--)
		if (tok_has(d, c, T_PUNCT | T_NL) || tok_is(d, c, "cua"))
			break;
	if (!tok_is(d, c, "cua") || tok_has(d, c, T_UPPER | T_NL) || tok_has(d, c - 1, T_NL) ||
		!((tok_is(d, c - 2, "de") && (tok_is(d, c - 1, "nghi") || tok_is(d, c - 1, "xuat"))) ||
		  (tok_is(d, c - 2, "y") && tok_is(d, c - 1, "kien")) ||
		  (tok_is(d, c - 2, "chi") && tok_is(d, c - 1, "dao"))) ||
		parse_issuer(d, c + 1, &name, &plenum) != m->t0 - 1 || !name)
		return;
	issuer_if_code_agrees(m, name);
}

/*
 * "Theo Quyết định số 2287-QĐNS/TW ngày 29/8/2025, Ban Bí thư quyết định,
 * chỉ định ...": the body that opens the clause after a document and does
 * what the document's kind names ("quyết định", "kết luận") is announcing
 * its own act, so it issued the document.  A body of another level acts
 * on one it received ("Thực hiện Hướng dẫn số 26-HD/BTCTW, Ban Tổ chức
 * Tỉnh ủy hướng dẫn ..."): the code's letters must be the body's own.
 * Sets m's issuer if so.
 */
static __attribute__((noinline)) void
acting_issuer(const GbDoc *d, int p, Mention *m)
{
	const char *slug = m->kind->slug,
			   *name,
			   *bs;
	int			k,
				v,
				e;

	if (!m->code || !(m->kind->flags & KIND_VERB) || !tok_has(d, p, T_UPPER) || tok_has(d, p, T_NL))
		return;
	/* the kind's words in lower case ("quyet-dinh") a body's length on, first */
	for (v = p + 1; v < d->ntok && v < p + ACTING_BODY; v++)
	{
		const char *w = slug;

		if (tok_has(d, v, T_PUNCT | T_NL))
			return;
		/*
		 * "Theo Quyết định số 40-QĐ/TW, Ban Bí thư Trung ương Đảng công
		 * nhận ...": a decision's own acts say "quyết định" too (stop 43,
		 * probe ba 12)
		 */
		if (strcmp(slug, "quyet-dinh") == 0 && !tok_has(d, v, T_UPPER) && !tok_has(d, v + 1, T_NL) &&
			((tok_is(d, v, "cong") && tok_is(d, v + 1, "nhan")) ||
			 (tok_is(d, v, "chi") && tok_is(d, v + 1, "dinh")) ||
			 (tok_is(d, v, "chuan") && tok_is(d, v + 1, "y")) ||
			 (tok_is(d, v, "bo") && tok_is(d, v + 1, "nhiem")) ||
			 (tok_is(d, v, "phe") && tok_is(d, v + 1, "chuan")) ||
			 (tok_is(d, v, "thanh") && tok_is(d, v + 1, "lap"))))
			break;
		for (k = v; *w; k++)
		{
			size_t		n = strcspn(w, "-");

			if (k >= d->ntok || tok_has(d, k, T_UPPER | T_NL) || d->tok[k].flen != n ||
				memcmp(tok_fold(d, k), w, n) != 0)
				break;
			w += n + (w[n] == '-');
		}
		if (*w == '\0')
			break;
	}
	if (v >= d->ntok || v >= p + ACTING_BODY)
		return;
	e = gb_parse_body(d, p, &name);
	if (e == p || !name || !(e == v || (e == v - 1 && tok_is(d, e, "da"))) ||
		(bs = gb_body_code_suffix(name)) == NULL || strcmp(bs, code_issuer_part(m->code)) != 0)
		return;
	m->issuer = name;
	m->own_issuer = true;
}

/*
 * "của Huyện ủy, UBND huyện X về ...", "của Bộ Chính trị, Ban Bí thư về
 * ...": bodies issuing together, after the first that "của" names (the
 * issuer, as README has it), joined by a comma or "và" and followed by the
 * subject.  Returns the "về" after them, or q: without one they may be
 * another object of the sentence's verb.
 */
static __attribute__((noinline)) int
co_issuers_end(const GbDoc *d, int q)
{
	int			k = q,
				n,
				r;

	for (n = 0; n < 3; n++)
	{
		const char *name;

		if (!(tok_punct(d, k, ',') || tok_is(d, k, "va")) || tok_has(d, k + 1, T_NL) ||
			!tok_has(d, k + 1, T_UPPER) || (r = gb_parse_body(d, k + 1, &name)) <= k + 1)
			break;
		k = r;
	}
	if (k > q && tok_is(d, k, "ve") && !tok_has(d, k, T_UPPER) && !tok_has(d, k, T_NL))
		return k;
	return q;
}

/*
 * Whether a Party code is of the kind whose code letters are `letters`:
 * "04-NQ/TW" of a Nghị quyết ("NQ").
 */
bool
code_of_kind(const char *code, const char *letters)
{
	const char *h = strchr(code, '-'),
			   *s = strchr(code, '/');
	size_t		n = letters ? strlen(letters) : 0;

	return h && s && s > h && n > 0 && (size_t) (s - h - 1) == n &&
		memcmp(h + 1, letters, n) == 0;
}

/*
 * "Nghị quyết Trung ương 7 khóa X (Nghị quyết 26-NQ/TW)", "Nghị quyết
 * Trung ương 4 khóa XII (Nghị quyết số 04-NQ/TW ngày 30/10/2016)",
 * "... (04-NQ/TW)", and the other way round, "Nghị quyết 26-NQ/TW (Nghị
 * quyết Trung ương 7 khóa X)": a plenum's resolution and its number name
 * one document, whichever of them is written in parentheses after the
 * other.  The parenthesized name at q gives the mention what it lacks: the
 * number, code and issue date, or the plenum and term.  Plenums or terms
 * listed together ("Trung ương 8 và 9", "(khóa XI, XII)") are several
 * documents, which one number does not name (the caller's m->several).
 * Returns the token after ')' when the parentheses hold that name alone,
 * else q.
 */
static __attribute__((noinline)) int
plenum_number_paren(const GbDoc *d, int q, Mention *m)
{
	const GbPhrase *ph = NULL;
	int			p = q + 1,
				L,
				e;

	L = gb_dict_match(d, p, CAT_DOCTYPE, &ph);
	if (L > 0 && strcmp(ph->value, m->kind->name) != 0)
		return q;
	p += L;
	if (m->plenum)
	{
		char	   *number,
				   *code;
		bool		state_code;
		int			year,
					k;
		const char *letters = m->kind->letters;
		GbDate		dt;
		bool		has_year;

		if (L > 0 && is_so(d, p))
			p++;
		if (!tok_has(d, p, T_NUM))
			return q;
		e = parse_number(d, p, letters, &number, &code, &state_code, &year);
		/*
		 * a code of another kind, or a bare number alone, names something
		 * else; a bare number needs "số", for without it ("(Nghị quyết 4)",
		 * "(NQTW6)") it is the plenum's own short form
		 */
		if (e == p || state_code || (code ? !code_of_kind(code, letters) : !is_so(d, p - 1)))
			return q;
		/* a local code under the Central Committee's plenum is another document */
		if (code && !m->issuer && !central_code(code))
			return q;
		memset(&dt, 0, sizeof(dt));
		if (tok_punct(d, e, ',') && tok_is(d, e + 1, "ngay"))
			e++;
		if (tok_is(d, e, "ngay") && gb_parse_date(d, e + 1, &k, &dt, &has_year))
		{
			if (!has_year)
				complete_year(d, &dt);
			e = k;
		}
		if (!tok_punct(d, e, ')'))
			return q;
		m->number = number;
		m->code = code;
		m->year = year;
		if (dt.y && !m->issued.y)
			m->issued = dt;
	}
	else
	{
		int			plenum,
					terms[MAXTERMS],
					nterms;
		const char *org;

		/* a State or a local document passed at no plenum of the Central Committee */
		if (L == 0 || m->state_code || (m->code && !central_code(m->code)))
			return q;
		e = parse_plenum(d, p, &plenum, terms, &nterms, &org, NULL);
		if (e == p || nterms > 1 || !tok_punct(d, e, ')'))
			return q;
		m->plenum = plenum;
		if (nterms > 0 && !m->term)
			m->term = terms[0];
		if (org && !m->issuer)
		{
			m->issuer = org;
			m->own_issuer = true;
		}
	}
	/* the plenum that passed a numbered resolution names its issuer */
	if (!m->issuer)
	{
		m->issuer = gb_plenum_body;
		m->own_issuer = true;
	}
	m->extra++;
	return e + 1;
}

/*
 * The plenum that passed the resolution m, named at q ("Hội nghị lần thứ
 * sáu Ban Chấp hành Trung ương"), read into m.  Returns the token after it,
 * or q.
 */
static int
plenum_attr(const GbDoc *d, int q, Mention *m)
{
	int			e,
				plenum,
				terms[MAXTERMS],
				nterms;
	const char *org;

	e = parse_plenum(d, q, &plenum, terms, &nterms, &org, NULL);
	if (e == q)
		return q;
	m->plenum = plenum;
	if (nterms > 0 && !m->term)
		m->term = terms[0];
	/*
	 * "Nghị quyết số 27-NQ/TW ngày ... Hội nghị lần thứ sáu Ban Chấp hành
	 * Trung ương": the plenum that passed a numbered resolution names its
	 * issuer, with "của" or without
	 */
	if ((m->number || org) && !m->issuer)
	{
		m->issuer = org ? org : gb_plenum_body;
		m->own_issuer = true;
	}
	return e;
}

/*
 * "Nghị quyết số 09-NQ/ĐH ngày 27/9/2025 của Đại hội đại biểu Đảng bộ thành
 * phố lần thứ I": a numbered resolution that the congress after "của"
 * passed is that congress's resolution, keyed by it as "Nghị quyết Đại hội
 * Đảng bộ thành phố lần thứ I" is, its number the term, the congress its
 * issuer; its own number and code are kept (stop 31 H8).  The end of the
 * congress, or p.
 */
static int
congress_issuer(const GbDoc *d, int p, Mention *m)
{
	int			term,
				e;
	const char *local;

	if (!m->number || m->congress || strcmp(m->kind->name, "Nghị quyết") != 0 ||
		tok_has(d, p, T_NL) || (e = parse_congress(d, p, &term, &local)) == p)
		return p;
	m->congress = true;
	m->local = local;
	m->term = term;
	if (!m->issuer)
	{
		m->issuer = gb_span_text(d, p, e);
		m->own_issuer = true;
	}
	return e;
}

/*
 * "Thực hiện Quyết định số 15-QĐ/TU của Ban Thường vụ Tỉnh ủy, ngày
 * 12/4/2022, Ban Nội chính Tỉnh ủy ban hành Kế hoạch số 38": a date at k
 * ("ngày"), set off by commas after a document's issuer or subject, before
 * a body and its issuing verb, opens the issuing clause as a date opening
 * the sentence would, and is the document's that body issues (probe u G2).
 */
#define MEETING_SUBJECT_WORDS	14	/* words of a subject up to its meeting verb */

static __attribute__((noinline)) bool
date_opens_issuing(const GbDoc *d, int k, bool issuing)
{
	const char *name;
	GbDate		dt;
	bool		has_year,
				near;
	int			e,
				b,
				a,
				n;

	if (!gb_parse_date(d, k + 1, &e, &dt, &has_year) || !tok_punct(d, e, ',') ||
		!tok_has(d, e + 1, T_UPPER))
		return false;

	/*
	 * "Thực hiện Kế hoạch số 15-KH/TU của BTV Tỉnh ủy, ngày 5/3/2024, Đảng
	 * ủy xã X tổ chức hội nghị": a subject holding a meeting right after
	 * the date set off, words only up to its verb, makes it the meeting's
	 * (stop 37 ab1).  Right after the number, "Kế hoạch số 15-KH/TU, ngày
	 * 5/3/2024, ..." is how a document's number and date are written, the
	 * comma closing the fronted clause too: the meeting's only in a report
	 * published within the month after it (README `held_on`).
	 */
	if (!has_year)
		complete_year(d, &dt);
	near = issuing || gb_date_just_before_published(d, dt, GB_REPORTED_WITHIN);
	for (b = e + 2; near && b < d->ntok && b <= e + MEETING_SUBJECT_WORDS; b++)
	{
		if (!tok_has(d, b, T_WORD) || tok_has(d, b, T_NL))
			break;
		if ((tok_is(d, b, "to") && tok_is(d, b + 1, "chuc") && !tok_has(d, b, T_UPPER) &&
			 !tok_is(d, b - 1, "tac") && gb_exact_words(d, b, 2, "tổ chức")) ||
			(tok_is(d, b, "hop") && !tok_has(d, b, T_UPPER) && gb_exact_any(d, b, "họp")))
			return true;
	}
	if (!issuing || (b = gb_parse_body(d, e + 1, &name)) <= e + 1)
		return false;
	for (n = 0; n < 3 && (a = gb_dict_match(d, b, CAT_ADVERB, NULL)) > 0 && !tok_has(d, b, T_UPPER); n++)
		b += a;
	if (is_ky(d, b))
		b++;
	return !tok_has(d, b, T_UPPER) && tok_is(d, b, "ban") && tok_is(d, b + 1, "hanh");
}

/*
 * Whether the brackets open ... close hold a whole date, with its year or
 * after "ngày" ("(18/8/2014)", "(ngày 23/7/2025)"): *dt, its year completed
 * from the text when not written (0 when it cannot be).
 */
static bool
paren_date(const GbDoc *d, int open, int close, GbDate *dt)
{
	bool		has_year,
				ngay = tok_is(d, open + 1, "ngay");
	int			e;

	if (!gb_parse_date(d, open + 1 + ngay, &e, dt, &has_year) || e != close || !(has_year || ngay))
		return false;
	if (!has_year)
		complete_year(d, dt);
	return true;
}

/*
 * "Chỉ thị số 50 về tiếp tục đổi mới ... trong giai đoạn mới (ngày
 * 23/7/2025);": a whole date in parentheses closing the subject, with its
 * year or after "ngày", is the document's issue date, as right after its
 * number ("Chỉ thị số 51 (8/8/2025) về ..."), and no part of the subject
 * (probe ak 22).  Rarely taken: kept out of line.
 */
static __attribute__((noinline)) void
subject_date(const GbDoc *d, Mention *m)
{
	GbDate		dt;
	int			close = m->subj_to - 1,
				o;

	for (o = close - 1; o > m->subj_from && o >= close - 8; o--)
		if (tok_punct(d, o, '('))
			break;
	if (o <= m->subj_from || !tok_punct(d, o, '(') || !paren_date(d, o, close, &dt) || dt.y == 0)
		return;
	if (m->issued.y == 0)
		m->issued = dt;
	m->subj_to = o;
}

/*
 * "Nghị quyết 13-NQ/TƯ của Tỉnh ủy": the suffix "TƯ", which the code's
 * canonical form reads as TW (Trung ương), of a document its own issuer
 * after it says a province's (a city's) Party committee issued, is that
 * committee's "TU" with a stray horn, as OCR'd and hand-typed copies write
 * it (probe as AS12).  A central document is never the Tỉnh ủy's; "T.Ư",
 * dotted, stays central.
 */
static void
provincial_tu(const GbDoc *d, Mention *m)
{
	size_t		n;
	int			k = m->t1 - 1;

	/*
	 * An issuer naming a "Tỉnh ủy" or a "Thành ủy" is a local committee
	 * (local_committee(): gb_party_body() reads its "ủy", and no body with
	 * a central code names one) unless "Ban" follows it, as in "Thành ủy
	 * Ban Mê Thuột", which gb_party_body() takes for "Ủy ban": the name
	 * test alone, then
	 */
	if (!m->code || !m->own_issuer || !m->issuer || k <= m->t0 ||
		d->tok[k].len != 3 || memcmp(d->norm.data + d->tok[k].off, "T\xc6\xaf", 3) != 0 ||
		!tok_punct(d, k - 1, '/') ||
		(strstr(m->issuer, "Tỉnh ủy") == NULL && strstr(m->issuer, "Thành ủy") == NULL))
		return;
	n = strlen(m->code);
	if (n > 3 && strcmp(m->code + n - 3, "/TW") == 0)
		m->code[n - 1] = 'U';
}

/*
 * "Chỉ thị số 35-CT/TU ngày 14-6-2024 của Bộ Chính trị": the suffix "TU" of
 * a document its own issuer after it says one of the Party's central
 * bodies whose code ends in TW issued (the Politburo, the Secretariat, the
 * Central Committee) is "TƯ" with its horn dropped, as unmarked copies
 * write it: the centre's TW, provincial_tu() in reverse (probe bb BB13).
 * A central body never issues a Tỉnh ủy's document; "TU" with a local
 * issuer, or with none, stays as written.
 */
static void
central_tu(Mention *m)
{
	const char *suffix;
	size_t		n;

	if (!m->code || !m->own_issuer || !m->issuer || m->state_code)
		return;
	suffix = gb_body_code_suffix(m->issuer);
	n = strlen(m->code);
	if (suffix && strcmp(suffix, "TW") == 0 && n > 3 && strcmp(m->code + n - 3, "/TU") == 0)
		m->code[n - 1] = 'W';
}

/*
 * "Quy định số 08-QĐi/TW; ngày 25-10-2018, Quy định số 37-QĐ/TW, ngày
 * 25-10-2021": a ";" typed for the comma between a number and its date, at
 * q: a whole date, its year written, then the next document's type after
 * a comma, or the sentence's end (probe as AS15).  Not "Thực hiện Quy định
 * số 08-QĐi/TW; ngày 25-10-2018, Ban Thường vụ tổ chức ...", the date
 * opening the meeting's clause.
 */
static bool
semicolon_date(const GbDoc *d, int q)
{
	GbDate		dt;
	bool		has_year;
	int			e;

	if (!tok_is(d, q + 1, "ngay") || tok_has(d, q + 1, T_NL | T_UPPER) ||
		!gb_parse_date(d, q + 2, &e, &dt, &has_year) || !has_year)
		return false;
	if (tok_punct(d, e, ','))
		return tok_has(d, e + 1, T_UPPER) && !tok_has(d, e + 1, T_NL) &&
			gb_dict_match(d, e + 1, CAT_DOCTYPE, NULL) > 0;
	return e >= d->ntok || tok_has(d, e, T_NL) || tok_punct(d, e, '.') || tok_punct(d, e, ';');
}

/*
 * What follows a number: dates, issuer, term, plenum, a parenthesized short
 * form and the subject, in any order.  Returns the token after them.
 */
int
parse_attrs(const GbDoc *d, int q, Mention *m)
{
	int			iter;
	const char *bare;
	int			b,
				local_end = -1,
				bare_end = -1;

	/* right after the code, an issuer without "của" */
	if (!m->issuer && (b = bare_issuer(d, q, m, &bare)) > q)
	{
		m->issuer = bare;
		m->own_issuer = true;
		q = bare_end = b;
	}
	for (iter = 0; iter < 12 && q < d->ntok; iter++)
	{
		int			e,
					dash_term;

		if (tok_has(d, q, T_PARA))
			break;
		if (tok_punct(d, q, '('))
		{
			int			r,
						close = -1;
			const GbPhrase *ph = NULL;
			int			terms[MAXTERMS],
						nterms;

			if ((m->kind->flags & KIND_PLENUM) && !m->congress && !m->several &&
				(m->plenum != 0) != (m->number != NULL) &&
				(e = plenum_number_paren(d, q, m)) > q)
			{
				q = e;
				continue;
			}
			for (r = q + 1; r < d->ntok && r - q < 10; r++)
				if (tok_punct(d, r, ')'))
				{
					close = r;
					break;
				}
			if (close < 0)
				break;
			e = parse_terms(d, q, terms, &nterms);
			if (e > q && nterms == 1)
			{
				/* "của Tỉnh ủy (khóa XIV)": the committee's own term, as unbracketed */
				if (q != local_end)
					m->term = terms[0];
				q = e;
				continue;
			}
			if (gb_dict_match(d, q + 1, CAT_DOCTYPE, &ph) > 0 &&
				strcmp(ph->value, m->kind->name) == 0)
			{
				m->extra++;
				q = close + 1;
				continue;
			}
			/*
			 * "Kết luận số 100-KL/TW (18/8/2014) của Ban Bí thư": a date
			 * in parentheses, with its year or after "ngày", is the issue
			 * date, and what follows still belongs to the document
			 */
			{
				GbDate		dt;

				if (paren_date(d, q, close, &dt))
				{
					if (dt.y && m->issued.y == 0)
						m->issued = dt;
					q = close + 1;
					continue;
				}
			}
			if (q == m->t1 && short_form(d, q + 1, close, m->kind->letters))
			{
				q = close + 1;
				continue;
			}
			break;
		}
		if (tok_punct(d, q, ',') && tok_is(d, q + 1, "ngay"))
		{
			if (date_opens_issuing(d, q + 1, q > m->t1))
				break;
			q++;
		}
		else if (q == m->t1 && m->code && !m->issued.y && tok_punct(d, q, ';') && semicolon_date(d, q))
			q++;
		/* "Nghị quyết Trung ương 8 - khóa IX": the term after a dash */
		else if (tok_punct(d, q, '-') && tok_is(d, q + 1, "khoa") &&
				 gb_parse_term(d, q + 2, &dash_term) > q + 2)
			q++;
		/*
		 * ", của Bộ Chính trị" after a date, ", khóa XI" after a plenum or
		 * number and ", Hội nghị lần thứ 6, ..." after a number are still
		 * this document's issuer, term and plenum
		 */
		else if (tok_punct(d, q, ',') && comma_attr(d, q + 1, m))
			q++;
		/*
		 * "Quy định số 144-QĐ/TW, ngày 9/5/2024 của Bộ Chính trị, về chuẩn
		 * mực ...": the subject set off by a comma after the issuer or the
		 * date (probe aj 14); not an adverb's "về", "về cơ bản", "về phía
		 * ...", "về lâu dài", "về sau", "về mặt ..."
		 */
		else if (tok_punct(d, q, ',') && tok_is(d, q + 1, "ve") && (m->issuer || m->issued.y) &&
				 !tok_has(d, q + 1, T_UPPER) && !tok_has(d, q + 1, T_NL) &&
				 !(tok_is(d, q + 2, "co") && tok_is(d, q + 3, "ban")) &&
				 !(tok_is(d, q + 2, "lau") && tok_is(d, q + 3, "dai")) &&
				 !tok_is(d, q + 2, "phia") && !tok_is(d, q + 2, "sau") &&
				 !tok_is(d, q + 2, "mat") && !tok_is(d, q + 2, "phan"))
			q++;
		/*
		 * "Chỉ thị số 879 và kế hoạch của Ban Thường vụ ...": a document
		 * listed by its type alone, in lower case, cites none, and the
		 * issuer after it is the list's (stop 30 G12); a coded document's
		 * keeps its code's ("Chỉ thị số 05-CT/TW và hướng dẫn của Ban
		 * Tuyên giáo Tỉnh ủy": the guide is the board's)
		 */
		if (!m->issuer && !m->code && tok_is(d, q, "va") && (e = unnumbered_type_end(d, q + 1)) > q + 1 &&
			tok_is(d, e, "cua"))
			q = e;
		if (tok_is(d, q, "ngay"))
		{
			GbDate		dt;
			bool		has_year;

			/*
			 * "Huyện ủy X quán triệt Quy định 144-QĐ/TW" / "Ngày 10/9/2024,
			 * Huyện ủy X tổ chức ...": a date opening a line with a comma
			 * after it (a headline has no final stop) opens the lead's
			 * sentence, and is the meeting's day, not the document's; a
			 * decree's own heading, "SỐ 16/2001/CT-TTG" / "NGÀY 21 THÁNG 6
			 * NĂM 2001 VỀ ...", goes on with no comma (stop 31 H1)
			 */
			if (!gb_parse_date(d, q + 1, &e, &dt, &has_year) ||
				(tok_has(d, q, T_NL) && tok_punct(d, e, ',')))
				break;
			if (!has_year)
				complete_year(d, &dt);
			if (dt.y && m->issued.y == 0)
				m->issued = dt;
			q = e;
			continue;
		}
		if (tok_is(d, q, "cua"))
		{
			const char *name;
			int			plenum;

			/* "của của Bộ Chính trị": a word typed twice is read once */
			if (tok_is(d, q + 1, "cua") && gb_exact_any(d, q + 1, "của") &&
				!tok_has(d, q + 1, T_NL))
				q++;
			e = parse_issuer(d, q + 1, &name, &plenum);
			if (e == q + 1 && (name = central_letters(d, q + 1, m)) != NULL)
				e = q + 2;
			if (e == q + 1 && (e = congress_issuer(d, q + 1, m)) > q + 1)
			{
				q = e;
				continue;
			}
			/*
			 * "Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 khóa XII":
			 * the plenum that passed it, read as without "của" (probe 57 G4)
			 */
			if (e == q + 1 && (m->kind->flags & KIND_PLENUM) && tok_is(d, q + 1, "hoi") &&
				tok_is(d, q + 2, "nghi") && !tok_has(d, q + 1, T_NL) &&
				(e = plenum_attr(d, q + 1, m)) > q + 1)
			{
				q = e;
				continue;
			}
			if (e == q + 1)
			{
				int			r = q + 1 + plenum_body_at(d, q + 1);

				if (r > q + 1 && tok_is(d, r, "dang") && tok_has(d, r, T_UPPER) && !tok_has(d, r, T_NL))
					r++;
				/*
				 * "Nghị quyết 18-NQ/TW của Trung ương về ...": the centre
				 * alone (no organization named after it) is the Central
				 * Committee that passes resolutions
				 */
				if (r > q + 1 && (m->kind->flags & KIND_PLENUM) &&
					!(tok_has(d, r, T_UPPER) && !tok_has(d, r, T_NL)))
				{
					name = gb_plenum_body;
					plenum = 0;
					e = r;
				}
				else
				{
					/*
					 * an issuer not recognised, a few capitalized words
					 * ("Chỉ thị 05 của Trung ương về ..."), does not stop
					 * the subject after it
					 */
					while (r < q + 6 && tok_has(d, r, T_UPPER) && tok_has(d, r, T_WORD) &&
						   !tok_has(d, r, T_NL))
						r++;
					if (r > q + 1 && tok_is(d, r, "ve") && !tok_has(d, r, T_UPPER) &&
						!tok_has(d, r, T_NL))
					{
						q = r;
						continue;
					}
					break;
				}
			}

			/*
			 * "Nghị quyết Trung ương 8 của Quân đoàn 9": a plenum's
			 * resolution is the Central Committee's; a body after "của"
			 * that is not a central one implements it (or owns the
			 * meeting on it), and is not its issuer
			 */
			if (is_plenum_res(m) && !plenum &&
				(name == NULL || !gb_body_code_suffix(name) ||
				 strcmp(gb_body_code_suffix(name), "TW") != 0))
			{
				q = e;
				continue;
			}
			if (!m->issuer)
			{
				m->issuer = name;
				m->own_issuer = true;
			}
			if (plenum && !m->plenum && (m->kind->flags & KIND_PLENUM))
				m->plenum = plenum;
			if (local_committee(name))
				local_end = e;
			q = co_issuers_end(d, e);
			continue;
		}
		if (tok_is(d, q, "khoa"))
		{
			int			t;

			e = gb_parse_term(d, q + 1, &t);
			if (e == q + 1)
				break;
			/*
			 * "của Tỉnh ủy Quảng Trị khóa XV", "của Ban Chấp hành Đảng bộ
			 * tỉnh khóa XVII": a local Party committee's own term, not the
			 * Party's, which the date gives (stop 36 W2)
			 */
			if (!m->term && q != local_end)
				m->term = t;
			q = e;
			continue;
		}
		/*
		 * "Kết luận số 20-KL/TW ngày ... tại Hội nghị lần thứ 4, BCH Trung
		 * ương Đảng": a numbered document issued at a plenum of the Central
		 * Committee (a local body studies documents at its own conferences,
		 * never at those)
		 */
		if ((m->kind->flags & KIND_PLENUM) && m->number && !m->plenum && tok_is(d, q, "tai") &&
			!tok_has(d, q, T_UPPER) && tok_is(d, q + 1, "hoi") && tok_is(d, q + 2, "nghi") &&
			!tok_has(d, q + 1, T_NL))
		{
			int			plenum,
						terms[MAXTERMS],
						nterms;
			const char *org;

			if (parse_plenum(d, q + 1, &plenum, terms, &nterms, &org, NULL) == q + 1 || org != NULL)
				break;
			q++;
		}
		if ((m->kind->flags & KIND_PLENUM) && tok_is(d, q, "hoi") && tok_is(d, q + 1, "nghi"))
		{
			if ((e = plenum_attr(d, q, m)) == q)
				break;
			q = e;
			continue;
		}
		if (tok_is(d, q, "nam") && is_year(d, q + 1))
		{
			/* "Quy định 88-QĐ/TW năm 2023": right after the code, the issue year */
			if (q == m->t1 && m->code && !m->year)
			{
				const char *y = d->norm.data + d->tok[q + 1].off;
				int			yr = (y[0] - '0') * 1000 + (y[1] - '0') * 100 +
					(y[2] - '0') * 10 + (y[3] - '0');

				if (yr >= FIRST_YEAR && yr <= LAST_YEAR)
					m->year = yr;
			}
			q += 2;
			continue;
		}
		if (is_do(d, q) || tok_is(d, q, "duoc"))
		{
			const char *name;
			int			t;

			e = issued_by(d, q, &name, &t);
			if (e == q)
				break;
			if (name && !m->issuer)
			{
				m->issuer = name;
				m->own_issuer = true;
			}
			/* "do Tỉnh ủy khóa XV ban hành": the committee's term, as after "của" */
			if (t && !m->term && !local_committee(name))
				m->term = t;
			q = e;
			continue;
		}
		/*
		 * "Quy định số 377 ... quy định về phân cấp ...", "Hướng dẫn số 12
		 * hướng dẫn về ...": the document's own verb before its subject
		 */
		if (!tok_has(d, q, T_UPPER) && !tok_has(d, q, T_NL) && tok_is(d, q + 2, "ve") &&
			((tok_is(d, q, "quy") && tok_is(d, q + 1, "dinh")) ||
			 (tok_is(d, q, "huong") && tok_is(d, q + 1, "dan"))))
			q += 2;
		/*
		 * "Nghị quyết Trung ương 4 (khóa XI): “Một số vấn đề cấp bách về
		 * xây dựng Đảng hiện nay”": a colon right after the document
		 * introduces its quoted title, capitalized and closed in its
		 * sentence; a quotation of what it says is led by a verb of saying
		 * ("nêu rõ: “...”") or runs past a sentence's end (stop 40, probe
		 * ao 09)
		 */
		if (tok_punct(d, q, ':') && !tok_has(d, q + 1, T_NL) && tok_punct(d, q + 1, '"') &&
			quote_side(d, q + 1) != 2 && tok_has(d, q + 2, T_UPPER) && closing_quote(d, q + 1) > q + 2)
			q++;
		/*
		 * a closing quote ends the title a document was cited in (“Thực
		 * hiện ... Kế hoạch số 03-KH/TW của Bộ Chính trị” về ...): what
		 * follows is the title's, not this document's subject
		 */
		if (tok_is(d, q, "ve") || (q != bare_end && (m->number || m->code) &&
									 ((title_verb(d, q) && continued_title(d, q, m)) ||
									  action_title(d, q) || noun_title(d, q))) ||
			(tok_punct(d, q, '"') && quote_side(d, q) != 2 && !quote_ends_markup(d, q)))
		{
			const char *name;
			int			t;

			/*
			 * a committee after the subject is its issuer only when none
			 * came before it: "Quyết định số 1073-QĐ/TU ... của Ban Thường
			 * vụ Tỉnh ủy về việc công nhận báo cáo viên cấp tỉnh của Đảng bộ
			 * tỉnh Thanh Hóa" (probe 61)
			 */
			parse_subject(d, tok_is(d, q, "ve") ? q + 1 : q, m->issuer ? NULL : m->code,
						  m->issuer != NULL, &e, &m->subj_from, &m->subj_to);
			/*
			 * "về việc hướng dẫn thực hiện Chỉ thị số 05 của Bộ Chính trị
			 * và chuyên đề năm 2020 của Đảng ủy Trường X;": the subject,
			 * holding a document (e, where the scan goes on), ended before
			 * its issuer (subject_issuer()), the committee its code names
			 * and not the first "của" after that document, which may be
			 * the document's own
			 */
			if (e < m->subj_to && !m->issuer && m->code && tok_is(d, m->subj_to, "cua"))
			{
				const char *name;
				int			plenum,
							c = e + 1;

				while (c < m->subj_to && !tok_is(d, c, "cua"))
					c++;
				if (c < m->subj_to && parse_issuer(d, m->subj_to + 1, &name, &plenum) > m->subj_to + 1 &&
					name && code_committee(m->code, name))
				{
					m->issuer = name;
					m->own_issuer = true;
					m->issuer_last = true;
				}
			}
			/* the subject ends its clause: no document inside it goes on */
			if (m->subj_to > m->subj_from &&
				(e == m->subj_to || (e == m->subj_to + 1 && tok_has(d, m->subj_to, T_PUNCT))))
				m->subj_to = implementer_at(d, m, m->subj_from, m->subj_to);
			q = e;
			if (m->subj_to - 1 > m->subj_from && tok_punct(d, m->subj_to - 1, ')'))
				subject_date(d, m);
			if (!m->term && !m->issued.y && !m->state_code &&
				(m->code || gb_party_body(m->issuer) || ((m->kind->flags & KIND_PARTY) && !m->issuer)))
				m->term = congress_ahead(d, m->subj_from, m->subj_to);
			/* the subject's end is the issuer's start: "về ... do Bộ Chính trị ban hành" */
			if (issued_by(d, q, &name, &t) > q)
				continue;
			/* "về ... vừa được Bộ Chính trị ban hành" */
			if ((e = tense_issued(d, q)) > q)
			{
				q = e;
				continue;
			}
			/* or "về ... của Bộ Chính trị." */
			if (tok_is(d, q, "cua") && !m->issuer)
			{
				m->issuer_last = true;
				continue;
			}
			if (tok_punct(d, q, ','))
				speaking_issuer(d, q, m);
			break;
		}
		/* ", Ban Bí thư quyết định": the body acting on it in the next clause */
		if (tok_punct(d, q, ',') && !m->issuer)
			acting_issuer(d, q + 1, m);
		if (tok_punct(d, q, ','))
			speaking_issuer(d, q, m);
		break;
	}
	proposing_issuer(d, m);
	provincial_tu(d, m);
	central_tu(m);
	return q;
}
