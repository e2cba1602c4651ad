/*
 * officials_roles.c
 *	  The roles a meeting's report gives the persons it names.
 *
 * A second pass over each sentence with mentions gives them the roles
 * written next to them (chủ trì, dự, phát biểu ...): a role phrase goes to
 * the persons named before it, or when none, to those named after it, and
 * a bridge point ("tại điểm cầu X") to those who chaired there.  Apart
 * because it reads the mentions the scan left, once the chunk is scanned.
 */
#include "officials_int.h"

/* ---- roles ------------------------------------------------------------- */

/* A role word made a noun: no role, its words passed over. */
static const GbPhrase role_noun = {NULL, CAT_ROLE, NULL, 0};

/*
 * Whether the role word at k is a noun: after "bài", "các" ("Bài phát biểu
 * khai mạc của X", "các kết luận"), spelled so ("tham nhũng phát biểu" is
 * no "những"), or counted in a list of documents, "3 Nghị quyết và 1 kết
 * luận"; a number after a word is a name's, "Quân khu 2 phát biểu".
 */
static bool
role_noun_at(const GbDoc *d, int k)
{
	const GbPhrase *ph;

	if (k == 0 || tok_has(d, k, T_NL))
		return false;
	if (gb_dict_may_match(d, k - 1, CAT_ROLENOUN) &&
		gb_dict_match(d, k - 1, CAT_ROLENOUN, &ph) == 1 && ph->value && gb_same_word(d, k - 1, ph))
		return !(k >= 2 && gb_dict_may_match(d, k - 2, CAT_ROLENOUN) &&
				 gb_dict_match(d, k - 2, CAT_ROLENOUN, &ph) == 2 && ph->value == NULL);
	return k >= 2 && tok_has(d, k - 1, T_NUM) && !tok_has(d, k - 1, T_NL) &&
		(tok_is(d, k - 2, "va") || tok_punct(d, k - 2, ',')) &&
		gb_dict_may_match(d, k, CAT_ROLENOUN) && gb_dict_match(d, k, CAT_ROLENOUN, &ph) > 0 &&
		(ph->aux & ROLENOUN_COUNTED);
}

/*
 * "Thư ký" at k, m words, written in capitals inside a title, not the
 * meeting's secretary: a unit's name after "phòng" ("chuyên viên phòng
 * Thư ký Tổng hợp"), or a post's secretary, the post after it ("Thư ký
 * Bộ trưởng", "Thư ký Chủ tịch UBND tỉnh"; stop 29 B6).  Out of line: the
 * role is rare.
 */
static __attribute__((noinline)) bool
secretary_in_title(const GbDoc *d, int k, int m)
{
	if (!gb_word_upper(d, k) || tok_has(d, k + m, T_NL))
		return false;
	if (k > 0 && !tok_has(d, k, T_NL) && gb_exact_any(d, k - 1, "Phòng"))
		return true;
	return gb_word_upper(d, k + m) && gb_title_at(d, k + m, false) > k + m;
}

/*
 * Whether the capitalized word at k opens a sentence or a line: a fronted
 * role's place ("Chỉ đạo tại hội nghị, A ..."; stop 31 J7).  Out of line:
 * asked only of such a role.
 */
static __attribute__((noinline)) bool
sentence_opens(const GbDoc *d, int k)
{
	return gb_word_upper(d, k) && (k == 0 || tok_has(d, k, T_NL) || tok_punct(d, k - 1, '.') ||
								   tok_punct(d, k - 1, '!') || tok_punct(d, k - 1, '?'));
}

/*
 * "dự lễ (phiên, buổi) khai mạc Đại hội", "tham dự khai mạc hội nghị": the
 * opening at k named as an event, a noun's modifier or what one attends,
 * no one's act of opening (stop 33 O3); so is a time, "Trước ngày khai
 * mạc Đại hội, phóng viên phỏng vấn đồng chí A" (stop 40 AM7).  Out of
 * line: asked only of ROLE_OPENING phrases.
 */
static __attribute__((noinline)) bool
opening_named(const GbDoc *d, int k)
{
	return k > 0 && !tok_has(d, k, T_NL) &&
		gb_exact_any(d, k - 1, "lễ|phiên|buổi|dự|ngày");
}

/*
 * "các vi phạm đã được kết luận.", "bị kết luận": the act at k in the
 * passive, done to what (whom) the sentence names, no one's role there
 * (the people disciplined by an Ủy ban Kiểm tra; stop 35 U8).  After
 * "được" "dự" and "phát biểu" are the subject's own ("đã được tham dự
 * Hội nghị": got to attend).  In lower case: "đồng chí Phạm Văn Được thay
 * mặt" is a name's.  Out of line: "được", "bị" before a role are rare.
 */
static __attribute__((noinline)) bool
passive_role(const GbDoc *d, int k, int m, const GbPhrase *ph)
{
	/*
	 * "được", "bị" before it first: most roles have neither.  "Phiên họp
	 * được điều hành bởi A": A, the agent after it, does it.
	 */
	if (k == 0 || !(tok_is(d, k - 1, "duoc") || tok_is(d, k - 1, "bi")) || tok_has(d, k, T_NL) ||
		tok_is(d, k + m - 1, "boi") || !gb_word_lower(d, k - 1) || !gb_exact_any(d, k - 1, "được|bị"))
		return false;
	return tok_is(d, k - 1, "bi") ||
		!(strcmp(ph->value, "dự") == 0 || strcmp(ph->value, "phát biểu") == 0);
}

#define SLUG_WORDS		40		/* tokens of an image's slug looked through */

/*
 * "Khai mac Dai hoi dai bieu Dang bo Bo Ngoai giao nhiem ky 2015-2020 hinh
 * anh 1Phó Thủ tướng ... bỏ phiếu": the role phrase at k, m tokens, written
 * without a tone mark in an image's slug, the file's words a page stores
 * before its caption, ended by "hinh anh <N>" glued to the caption's first
 * word or closing the line; no one's act (probe bg BG6).  A report typed
 * without marks has no such end.  Out of line: asked only of a role
 * without marks.
 */
static __attribute__((noinline)) bool
image_slug_at(const GbDoc *d, int k, int m)
{
	for (int x = k + m; x < d->ntok && x < k + m + SLUG_WORDS; x++)
	{
		if (x > k + m && tok_has(d, x, T_NL))
			return false;
		if (tok_is(d, x, "hinh") && tok_is(d, x + 1, "anh") && tok_has(d, x + 2, T_NUM) &&
			!tok_has(d, x + 1, T_NL) && !tok_has(d, x + 2, T_NL) &&
			(x + 3 >= d->ntok || !tok_has(d, x + 3, T_SPACE) || tok_has(d, x + 3, T_NL)))
			return d->tok[x].len == d->tok[x].flen && d->tok[x + 1].len == d->tok[x + 1].flen;
		/* a word with a mark: the slug is over, or there is none */
		if (tok_has(d, x, T_WORD) && d->tok[x].len > d->tok[x].flen)
			return false;
	}
	return false;
}

/* Whether the m tokens at k are written without any tone or mark. */
static inline bool
unmarked(const GbDoc *d, int k, int m)
{
	for (int x = k; x < k + m; x++)
		if (d->tok[x].len > d->tok[x].flen)
			return false;
	return true;
}

/*
 * "Tổng Bí thư A đã thay mặt Bộ Chính trị ký Quyết định số 84 ...": the
 * "thay mặt" at k, m tokens, whose act is signing (issuing) a document,
 * "ký (ban hành) <document>", tells how a document was made, on its own
 * day, no part the signer took in the meeting (probe bg BG6); "thay mặt
 * Ban Thường vụ trao Quyết định" is an act there.  Out of line: asked
 * only of a "thay mặt".
 */
static __attribute__((noinline)) bool
signs_on_behalf(const GbDoc *d, int k, int m)
{
	for (int x = k + m; x < d->ntok && x < k + m + 12 && !gb_sentence_break(d, x); x++)
	{
		int			y = x + 1;

		if (!tok_has(d, x, T_WORD) || tok_has(d, x, T_NL))
			return false;
		if (!tok_is(d, x, "ky") || !gb_word_lower(d, x) || !gb_exact_any(d, x, "ký"))
			continue;
		if (tok_is(d, y, "ban") && tok_is(d, y + 1, "hanh") && gb_exact_words(d, y, 2, "ban hành"))
			y += 2;
		return gb_dict_may_match(d, y, CAT_DOCTYPE) && gb_dict_match(d, y, CAT_DOCTYPE, NULL) > 0;
	}
	return false;
}

/*
 * "Kết luận cuộc họp (buổi làm việc với ...), đồng chí A ...": a fronted
 * "kết luận" at k, m tokens, closes its meeting's words with a comma
 * before the person; "Kết luận cuộc họp của Ban Thường vụ do đồng chí A
 * ký", "Kết luận buổi làm việc được gửi ...", with no comma before "do" or
 * "được", is the written conclusions.  Out of line: asked only of such a
 * phrase opening its sentence.
 */
static __attribute__((noinline)) bool
conclusion_closed(const GbDoc *d, int k, int m)
{
	for (int x = k + m; x < d->ntok && x < k + m + 12 && !gb_sentence_break(d, x); x++)
	{
		if (tok_punct(d, x, ','))
			return true;
		if (gb_word_lower(d, x) && (tok_is(d, x, "do") || tok_is(d, x, "duoc")))
			return false;
	}
	return false;
}

/*
 * "A quán triệt Kết luận Hội nghị Trung ương 4", "tại Kết luận số 12 ...",
 * "thông báo kết luận hội nghị của A", "Theo kết luận, ... phân công A":
 * the "kết luận" at k names a document, capitalized inside a sentence
 * (after a word in lower case: no sentence or clause opens there; the
 * type CAT_DOCTYPE names), after "thông báo" or "theo", no one's act of
 * concluding; "Kết luận hội nghị, đồng chí A ...", "A kết luận hội
 * nghị" are.  Out of line: asked only of a "kết luận" role.
 */
static __attribute__((noinline)) bool
conclusion_named(const GbDoc *d, int k)
{
	if (k < 1 || tok_has(d, k, T_NL))
		return false;
	if (tok_is(d, k - 1, "theo") || (gb_word_upper(d, k) && gb_word_lower(d, k - 1)))
		return true;
	/*
	 * "thực hiện kết luận tại kỳ họp 23, Ủy ban Kiểm tra ... kỷ luật các
	 * ông: A, B": conclusions carried out, or where something is set, "tại
	 * kết luận" (stop 39 AI2)
	 */
	if (tok_is(d, k - 1, "tai") && gb_exact_any(d, k - 1, "tại"))
		return true;
	return k >= 2 && !tok_has(d, k - 1, T_NL) &&
		((tok_is(d, k - 2, "thong") && tok_is(d, k - 1, "bao")) ||
		 (tok_is(d, k - 2, "thuc") && tok_is(d, k - 1, "hien") &&
		  gb_exact_words(d, k - 2, 2, "thực hiện")));
}

/*
 * "bằng 97,9% số Ủy viên Ban chấp hành dự họp", "với 100% đại biểu dự hội
 * nghị tán thành", "tổng số đại biểu dự": the "dự" at k qualifies the
 * attendees a vote is counted among, no one's attending; a percentage or
 * "tổng số" a few words before it, no punctuation between (stop 43, probe
 * ax AX2).  "một số sở, ngành dự" is no count.  Out of line: asked only of
 * "dự".
 */
static __attribute__((noinline)) bool
attendees_counted(const GbDoc *d, int k)
{
	for (int x = k - 1; x >= 0 && x >= k - 8 && !tok_has(d, x + 1, T_NL); x--)
	{
		if (tok_punct(d, x, '%'))
			return true;
		if (!tok_has(d, x, T_WORD))
			return false;
		if (x > 0 && tok_is(d, x, "so") && tok_is(d, x - 1, "tong") && gb_exact_words(d, x - 1, 2, "tổng số"))
			return true;
	}
	return false;
}

/*
 * "UBND tỉnh X đang được điều hành bởi Chủ tịch UBND tỉnh A, 2 Phó Chủ
 * tịch": the passive "được điều hành bởi" at k is a meeting's chairing
 * only when its subject is a meeting, a meeting's kind among the words of
 * its clause before "được" ("Phiên họp được điều hành bởi A") or none;
 * a body named there and no meeting, a body run by its officers, is no
 * one's role (probe ax AX2).  Out of line: asked
 * only of "điều hành bởi".
 */
static __attribute__((noinline)) bool
body_run_by(const GbDoc *d, int k)
{
	int			x = k - 1;
	bool		body = false;

	if (x < 0 || tok_has(d, k, T_NL) || !tok_is(d, x, "duoc") || !gb_exact_any(d, x, "được"))
		return false;
	for (x--; x >= 0 && x >= k - 12 && tok_has(d, x, T_WORD) && !tok_has(d, x + 1, T_NL); x--)
	{
		if (gb_dict_may_match(d, x, CAT_MEETKIND) && gb_dict_match(d, x, CAT_MEETKIND, NULL) > 0)
			return false;
		if (!body && gb_word_upper(d, x) && gb_dict_may_match(d, x, CAT_BODY | CAT_BODYHEAD))
			body = gb_dict_match(d, x, CAT_BODY | CAT_BODYHEAD, NULL) > 0;
	}
	return body;
}

/* A role phrase at k: "dự" must be written so, not "dù" or "du". */
static inline int
role_at(const GbDoc *d, int k, const GbPhrase **ph)
{
	int			m,
				x;

	if (!gb_dict_may_match(d, k, CAT_ROLE) || !gb_dict_may_go_on(d, k, CAT_ROLE))
		return 0;
	m = gb_dict_match_group(d, k, CAT_ROLE, ph);
	if (m > 0 && (*ph)->value && role_noun_at(d, k))
	{
		*ph = &role_noun;
		return m;
	}
	/* "A, Thư ký Hội đồng": a title, not the role */
	if (m > 0 && ((*ph)->aux & ROLE_LOWER) && gb_word_upper(d, k) && k > 0 &&
		(tok_punct(d, k - 1, ',') || tok_punct(d, k - 1, '-')))
		return 0;
	/*
	 * "bầu Đoàn Thư ký", "Tổ thư ký là 03 người": the congress's secretariat,
	 * a body the sentence names, no role of its subject; "giữ chức Tổng Thư
	 * ký", a post (stop 40 AL8)
	 */
	if (m > 0 && ((*ph)->aux & ROLE_LOWER) && k > 0 && !tok_has(d, k, T_NL) &&
		gb_exact_any(d, k - 1, "Đoàn|Tổ|Ban|Tổng"))
		return 0;
	if (m > 0 && ((*ph)->aux & ROLE_LOWER) && secretary_in_title(d, k, m))
		return 0;
	/*
	 * "Thường trực Ban chỉ đạo Đại hội, đồng chí A": the steering
	 * committee, a body, no one's directing (stop 31 L-F10a)
	 */
	if (m > 1 && tok_is(d, k, "chi") && tok_is(d, k - 1, "ban") && !tok_has(d, k, T_NL))
		return 0;
	if (m > 0 && ((*ph)->aux & ROLE_OPENING) && opening_named(d, k))
	{
		*ph = &role_noun;
		return m;
	}
	/* "Chỉ đạo tại hội nghị, A": only where it opens the sentence (stop 31 J7) */
	if (m > 0 && ((*ph)->aux & ROLE_FRONTED) && !sentence_opens(d, k))
		return 0;
	if (m > 0 && ((*ph)->aux & ROLE_FRONTED) && tok_is(d, k, "ket") && !conclusion_closed(d, k, m))
		return 0;
	if (m > 0 && tok_is(d, k, "ket") && (*ph)->value && conclusion_named(d, k))
	{
		*ph = &role_noun;
		return m;
	}
	if (m > 0 && (*ph)->value && passive_role(d, k, m, *ph))
	{
		*ph = &role_noun;
		return m;
	}
	if (m > 0 && (*ph)->value && unmarked(d, k, m) && image_slug_at(d, k, m))
	{
		*ph = &role_noun;
		return m;
	}
	if (m > 0 && ((*ph)->aux & ROLE_BEHALF) && signs_on_behalf(d, k, m))
	{
		*ph = &role_noun;
		return m;
	}

	if (m == 3 && tok_is(d, k + 2, "boi") && tok_is(d, k, "dieu") && body_run_by(d, k))
		return 0;
	for (x = 0; x < m; x++)
		if (tok_is(d, k + x, "du") && (!gb_exact_any(d, k + x, "dự") || attendees_counted(d, k)))
			return 0;
	return m;
}

/*
 * "Đồng chí A, Bí thư Huyện ủy chỉ đạo tại hội nghị", "Bí thư Huyện ủy A
 * chỉ đạo tại hội nghị": a fronted role phrase at k (which role_at()
 * takes only opening its sentence) is the verb of the person whose mention
 * (name, or name and titles) ends right before it, or before a comma
 * there; after a noun ("ý kiến chỉ đạo tại hội nghị", "theo chỉ đạo
 * tại") it names a direction given.  mk is the first mention not ended at
 * k.  Its length, or 0 (stop 32 L5).
 */
static int
fronted_after_person(const GbOffState *st, const GbDoc *d, int k, int mk, const GbPhrase **ph)
{
	int			m,
				t1;

	if (mk == 0 || k == 0 || tok_has(d, k, T_NL))
		return 0;
	t1 = st->men[mk - 1].t1;
	if (t1 != k && !(t1 == k - 1 && tok_punct(d, t1, ',')))
		return 0;
	m = gb_dict_match_group(d, k, CAT_ROLE, ph);
	return m > 0 && ((*ph)->aux & ROLE_FRONTED) ? m : 0;
}

static bool
central_point(const GbDoc *d, int k)
{
	return (tok_is(d, k, "trung") && tok_is(d, k + 1, "uong")) || tok_is(d, k, "chinh");
}

/*
 * "điểm cầu X" at k, the object of the chairing verb just before it ("chủ
 * trì điểm cầu tỉnh X", "Tham dự và chủ trì điểm cầu ... có"), X not the
 * central one: the point chaired, as "chủ trì tại điểm cầu X" is
 * (probe 50 G4)
 */
static bool
point_object_at(const GbDoc *d, int k)
{
	return tok_is(d, k, "diem") && tok_is(d, k + 1, "cau") && !tok_has(d, k, T_NL) &&
		!central_point(d, k + 2);
}

/* "tại điểm cầu X" at k (X not the central one) */
static bool
bridge_at(const GbDoc *d, int k)
{
	return tok_is(d, k, "tai") && point_object_at(d, k + 1);
}

/*
 * "Điểm cầu X do A chủ trì", "Đầu cầu X do A chủ trì": a point (X not
 * the central one) opening sentence s at k, as "tại điểm cầu X" sets one
 * (probe ak AK7); "đầu cầu" spelled so, not "dấu câu".  Not "Điểm cầu của
 * Bộ Công an do A chủ trì": the point named by its owner, the host's
 * where the host is only a passive's agent (probe ab 06), keeps A the chair.
 */
static bool
opening_point_at(const GbDoc *d, int s, int k)
{
	return k == s && gb_word_upper(d, k) && (tok_is(d, k, "diem") || tok_is(d, k, "dau")) &&
		tok_is(d, k + 1, "cau") && !tok_has(d, k + 1, T_NL) && !central_point(d, k + 2) &&
		!tok_is(d, k + 2, "cua") &&
		(gb_exact_words(d, k, 2, "điểm cầu") || gb_exact_words(d, k, 2, "đầu cầu"));
}

/*
 * "... tham dự có ...": the role is of persons named after it, if any.
 * Not the "cơ" of "cơ quan", "cơ sở" that folds as "có" does: "thay mặt
 * Đảng ủy các cơ quan Đảng Trung ương, B nhấn mạnh" lists no one (probe
 * bi BI6).
 */
static bool
opens_list(const GbDoc *d, int k, int stop)
{
	int			x;

	for (x = k; x < stop && x < k + 8; x++)
		if ((tok_is(d, x, "co") && !gb_exact_any(d, x, "cơ|Cơ")) || tok_is(d, x, "gom") ||
			tok_punct(d, x, ':'))
			return true;
	return false;
}

/* Roles written in one phrase group, e.g. "dự và chủ trì". */
typedef struct RoleGroup
{
	int			n;
	const GbPhrase *ph[4];
	int			start;
	int			end;
} RoleGroup;

/* The token before the mention at t0, and before its honorific when it left that out: "và [đồng chí] A" */
static int
word_before_person(const GbDoc *d, int t0)
{
	const char *h;
	int			j;

	for (j = t0 - 1; j >= 0 && j >= t0 - 2; j--)
		if (gb_honorific_at(d, j, &h) == t0 - j)
			return j - 1;
	return t0 - 1;
}

/* A lower-case "do" (by) at p, on the line of the person after it */
static inline bool
by_do(const GbDoc *d, int p)
{
	return tok_is(d, p, "do") && d->tok[p].len == 2 && gb_word_lower(d, p) && !tok_has(d, p + 1, T_NL);
}

/*
 * The first of the persons [a, b) after a role group that "do" (by)
 * introduces, the role group g2 right after their titles: "có sự tham gia
 * của toàn thể đảng viên do đồng chí A – Bí thư Chi bộ chủ trì".  The
 * agents of that role, not of those the role before them names.  Returns
 * it, or b.
 */
static int
agent_by(const GbOffState *st, const GbDoc *d, int a, int b, const RoleGroup *g2)
{
	int			x,
				q = a < b ? st->men[b - 1].t1 : g2->start;

	/* "do đồng chí A chủ trì", "... A cùng chủ trì": not "A dẫn đầu; B chủ trì" */
	if (g2->start > q + 1 || (g2->start == q + 1 && (!gb_word_lower(d, q) || tok_has(d, q, T_NL))))
		return b;
	for (x = b - 1; x >= a; x--)
	{
		int			p = word_before_person(d, st->men[x].t0);

		if (by_do(d, p))
			return x;
		/* the agents are listed: "do đồng chí A và đồng chí B đồng chủ trì" */
		if (x > a && !(st->men[x - 1].t1 == p &&
					   (tok_punct(d, p, ',') || tok_punct(d, p, ';') || tok_is(d, p, "va"))))
			break;
	}
	return b;
}

/*
 * "Hội nghị do đồng chí A điều hành.": a verb of aux ROLE_AGENT at k, alone
 * no role ("điều hành kế hoạch"), is one where it closes the clause right
 * after the persons "do" introduces, mentions [lo, mk) being those before
 * it.  Its length, or 0.
 */
static int
agent_role_at(const GbOffState *st, const GbDoc *d, int k, int lo, int mk, const GbPhrase **ph)
{
	RoleGroup	g;
	int			m = gb_dict_match(d, k, CAT_ROLEJOINED, ph);

	if (m == 0 || !((*ph)->aux & ROLE_AGENT) || mk <= lo ||
		!(k + m >= d->ntok || tok_has(d, k + m, T_NL) || tok_has(d, k + m, T_PUNCT)))
		return 0;
	g.start = k;
	return agent_by(st, d, lo, mk, &g) < mk ? m : 0;
}

/*
 * Whether the role phrase [start, end) names its persons after it, as
 * their act's owner: "(cùng, với) sự tham gia của A", "sự tham dự của A",
 * "sự có mặt của A".  Those before it are not its persons (stop 29 A11:
 * "B chủ trì cùng sự tham gia của Ủy viên Ban Chấp hành ..." gives B no
 * "dự"); "A tham gia hội nghị của Huyện ủy" is A's.
 */
static inline bool
persons_after_group(const GbDoc *d, int start, int end)
{
	return tok_is(d, end - 1, "cua") ||
		(start > 0 && tok_is(d, start - 1, "su") && tok_is(d, end, "cua") && !tok_has(d, start, T_NL));
}

/* The next role group in [k, e) outside mentions; false when none. */
static bool
next_group(const GbOffState *st, const GbDoc *d, int k, int e, int mk, int mb, RoleGroup *g)
{
	const GbPhrase *ph = NULL;
	int			m,
				lo = mk;

	while (k < e)
	{
		const GbTok *t = d->tok + k,
				   *end = d->tok + (e < d->ntok ? e : d->ntok);

		/*
		 * The group's test first, most words failing it, by pointer; then
		 * the mentions, passed over.  The first mention not ended at k is
		 * the same whichever words before k were looked at, and a word
		 * inside a mention goes on at its end as the mention's first word
		 * would.
		 */
		while (t < end && !(gb_dict_masks[t->grp] & (CAT_ROLE | CAT_ROLEJOINED)))
			t++;
		if (t >= end)
		{
			k = e;
			break;
		}
		k = (int) (t - d->tok);
		while (mk < mb && st->men[mk].t1 <= k)
			mk++;
		if (mk < mb && k >= st->men[mk].t0)
		{
			k = st->men[mk].t1;
			continue;
		}
		m = role_at(d, k, &ph);
		if (m > 0 && ph->value)
			break;
		if (m == 0)
		{
			m = fronted_after_person(st, d, k, mk, &ph);
			if (m == 0)
				m = agent_role_at(st, d, k, lo, mk, &ph);
			if (m > 0)
				break;
		}
		k += m > 0 ? m : 1;
	}
	if (k >= e)
		return false;
	g->n = 0;
	g->start = k;
	g->ph[g->n++] = ph;
	k += m;
	for (;;)
	{
		int			j = k;

		while (j < e && j - k < 2 && (tok_is(d, j, "va") || tok_punct(d, j, ',') || tok_is(d, j, "cung")))
			j++;
		m = role_at(d, j, &ph);
		/*
		 * "Dự, chỉ đạo và chúc mừng Đại hội có", "Dự và chỉ đạo đại hội
		 * có": a verb joined to a role is one too, though alone it is not
		 */
		if (m == 0 && j > k)
			m = gb_dict_match(d, j, CAT_ROLEJOINED, &ph);
		/* "Dự chỉ đạo tại Hội nghị có": the two verbs with nothing between (stop 33 O10) */
		else if (m == 0 && strcmp(g->ph[g->n - 1]->value, "dự") == 0 &&
				 (m = gb_dict_match(d, j, CAT_ROLEJOINED, &ph)) > 0 && (ph->aux & ROLE_AGENT))
			m = 0;
		if (m == 0 || ph->value == NULL || g->n == 4 || persons_after_group(d, j, j + m))
			break;
		g->ph[g->n++] = ph;
		k = j + m;
	}
	g->end = k;
	return true;
}

/*
 * The name of the bridge point at k, up to e, as written: "tại điểm cầu
 * Tỉnh ủy có ..." -> "Tỉnh ủy"; NULL when none.  The meeting's chairs take
 * one chairing at its organizer's own point.
 */
static char *
point_named(const GbDoc *d, int k, int e)
{
	int			x;

	for (x = k; x < e && x < k + 8 && tok_has(d, x, T_WORD) && !tok_is(d, x, "co") &&
		 !tok_has(d, x, T_NL) && !gb_dict_may_match(d, x, CAT_ROLE); x++)
		;
	return x > k ? gb_span_text(d, k, x) : NULL;
}

/*
 * Whether the point named at k, up to e, is a central body's: "điểm cầu
 * Ban Tổ chức Trung ương", "điểm cầu Văn phòng Trung ương Đảng".  The
 * point of the body holding a national meeting is its main one.
 */
static bool
central_body_point(const GbDoc *d, int k, int e)
{
	int			x;

	for (x = k; x < e && x < k + 8 && tok_has(d, x, T_WORD) && !tok_has(d, x, T_NL); x++)
		;
	if (x - k >= 4 && tok_is(d, x - 1, "dang"))
		x--;
	return x - k >= 3 && tok_is(d, x - 2, "trung") && tok_is(d, x - 1, "uong") &&
		gb_word_upper(d, k);
}

/*
 * "tại điểm cầu Hội trường Diên Hồng, đồng chí A ... chủ trì hội nghị trực
 * tuyến toàn quốc": the national meeting, the object of the chairing verb
 * ending at k, chaired from a point named at p (up to e) by no place of a
 * level ("tỉnh", "Tỉnh ủy", "huyện"), is chaired as a whole from its main
 * point (probe 65 G4).
 */
static bool
chairs_nation_from(const GbDoc *d, int k, int p, int e)
{
	int			x;

	if (!tok_is(d, k, "hoi") || !tok_is(d, k + 1, "nghi"))
		return false;
	for (x = k + 2; x < k + 5 && x + 1 < e && !tok_is(d, x, "toan"); x++)
		;
	if (!tok_is(d, x, "toan") || !tok_is(d, x + 1, "quoc"))
		return false;
	for (x = p; x < e && x < p + 8 && tok_has(d, x, T_WORD) && !tok_has(d, x, T_NL); x++)
		if (gb_dict_match(d, x, CAT_LEVEL, NULL) > 0)
			return false;
	return x > p;
}

/*
 * "Hội nghị do A chủ trì, tại điểm cầu huyện X hội nghị do B chủ trì": the
 * point after the comma at c, its name from p, has a chair of its own
 * after "do" in its clause; the chair before the comma chairs the whole
 * meeting (stop 40 AL7).  Out of line: asked only where a point follows
 * a chair.
 */
static __attribute__((noinline)) bool
point_has_agent(const GbDoc *d, int c, int p, int e)
{
	int			x;

	if (!tok_punct(d, c, ','))
		return false;
	for (x = p; x < e && x < p + 12 && !tok_has(d, x, T_PUNCT) && !tok_has(d, x, T_NL); x++)
		if (by_do(d, x))
			return true;
	return false;
}

/*
 * Roles of group g to the persons of mentions [a, b); pn is the first token
 * of the name X of a bridge point, "tại điểm cầu X", set before the group
 * in its sentence ("Tại điểm cầu tỉnh Y, đồng chí Z chủ trì"), or -1.  The
 * name's token, not the cue's: a point opening the text has no "tại", and
 * its "Điểm" at token 0 less one would read as none.
 */
static void
give_roles(GbOffState *st, const GbDoc *d, const RoleGroup *g, int a, int b,
		   int pn, int e)
{
	int			x,
				k;
	char	   *point = NULL;

	for (x = 0; x < g->n; x++)
	{
		const GbPhrase *ph = g->ph[x];
		const char *role = ph->value;
		bool		chair = false;

		if (ph->aux & ROLE_CHAIR)
		{
			/*
			 * a chair at one bridge point chairs only there; one at a
			 * central body's point chairs the national meeting, and one at
			 * a point named before him may still chair as the organizer's
			 * (organizer_point_chairs()), so his point is kept (probe 65 G4)
			 */
			bool		local = pn >= 0 && !central_body_point(d, pn, e) &&
				!chairs_nation_from(d, g->end, pn, e);

			if (local)
				point = point_named(d, pn, e);
			for (k = g->end; k < g->end + 4 && k < e && !local; k++)
				if ((local = bridge_at(d, k) && !point_has_agent(d, g->end, k + 3, e)))
					point = point_named(d, k + 3, e);
			if (!local && g->end < e && (local = point_object_at(d, g->end)))
				point = point_named(d, g->end + 2, e);
			/*
			 * "đồng chủ trì tại Hội trường X" chairs there; "đồng chủ trì
			 * tại điểm cầu chính" (or "Trung ương") chairs the meeting
			 */
			if ((ph->aux & ROLE_COCHAIR) && (tok_is(d, g->end, "tai") || tok_is(d, g->end + 1, "tai")))
			{
				k = g->end + !tok_is(d, g->end, "tai");
				local = !(tok_is(d, k + 1, "diem") && tok_is(d, k + 2, "cau") && central_point(d, k + 3));
			}
			/*
			 * a co-chair of the whole meeting is one of its chairs, and
			 * keeps the role written; one chairing a bridge point co-chairs
			 */
			if (local)
				role = "đồng chủ trì";
			chair = !local;
		}
		for (k = a; k < b && k - a < MAX_GROUP; k++)
		{
			Official   *o = st->offs[st->men[k].off];

			if (ph->aux & ROLE_SPEECH)
				add_role(o, "phát biểu");
			add_role(o, role);
			if (chair)
			{
				/*
				 * "chủ trì kỳ họp lần thứ 2 của UBKT": a session named; one
				 * who also chairs anything else chairs the meeting
				 */
				bool		session = tok_is(d, g->end, "ky") && tok_is(d, g->end + 1, "hop");

				o->session = session && (!o->chairs || o->session);
				o->chairs = true;
			}
			else if (point && !o->point)
				o->point = point;
		}
	}
}

/*
 * "các cơ quan, đơn vị tham dự", "những địa phương và đơn vị": nouns of
 * units in lower case, joined by commas or "và", after "các" or "những",
 * ending right before i.  The token of "các", or -1.
 */
static int
units_before(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			j = i,
				m,
				n;

	for (n = 0; n < 3; n++)
	{
		for (m = 2; m >= 1; m--)
			if (j - m >= 0 && gb_word_lower(d, j - m) && !tok_has(d, j - m + 1, T_NL) &&
				gb_dict_may_match(d, j - m, CAT_UNITNOUN) &&
				gb_dict_match(d, j - m, CAT_UNITNOUN, &ph) == m &&
				(m > 1 || gb_same_word(d, j - m, ph)))
				break;
		if (m == 0 || tok_has(d, j - m, T_NL))
			return -1;
		j -= m;
		/*
		 * the units alone, not those whose leaders are named ("lãnh đạo các
		 * đơn vị", "Thủ trưởng các cơ quan"): after "của" or a mark
		 */
		if (gb_exact_any(d, j - 1, "các|những"))
			return j - 1 > 0 && !(gb_exact_any(d, j - 2, "của") || tok_has(d, j - 2, T_PUNCT) ||
								  tok_has(d, j - 1, T_NL)) ? -1 : j - 1;
		if (!(tok_punct(d, j - 1, ',') || gb_exact_any(d, j - 1, "và")) || tok_has(d, j, T_NL))
			return -1;
		j--;
	}
	return -1;
}

/*
 * Whether a noun of those present with no "các" stands right before the
 * role at i, opening the sentence or after a count: "Đại biểu tham dự hội
 * nghị đã hiệp thương cử bà A", "100% đại biểu dự ...", "toàn thể đảng
 * viên dự ...", a plural all the same (stop 31 I5).  Not after a comma:
 * "bà A, đại biểu dự hội nghị, cho biết" is hers.
 */
static bool
bare_plural_before(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			j = i - 2,
				p = j - 1;

	/*
	 * "16 đại biểu chính thức và 1 đại biểu dự khuyết tham dự Đại hội ...":
	 * the delegates' grade after their noun (stop 39 AI2)
	 */
	if (j >= 2 && !tok_has(d, i - 1, T_NL) &&
		(gb_exact_words(d, j, 2, "chính thức") || gb_exact_words(d, j, 2, "dự khuyết")))
	{
		j -= 2;
		p -= 2;
		i -= 2;
	}
	/* the flags and folded words first: most roles have a name before them */
	if (j < 0 || !gb_word_lower(d, j + 1) || tok_has(d, j + 1, T_NL) || tok_has(d, i, T_NL))
		return false;
	if (tok_is(d, j + 1, "vien") ? !(gb_exact_words(d, j, 2, "đảng viên") || gb_exact_words(d, j, 2, "hội viên") ||
									gb_exact_words(d, j, 2, "đoàn viên")) :
		!(gb_dict_may_match(d, j, CAT_LISTNOUN) && gb_dict_match(d, j, CAT_LISTNOUN, &ph) == 2 &&
		  ph->aux == LISTNOUN_ROLE))
		return false;
	if (p < 0 || tok_has(d, j, T_NL) || tok_punct(d, p, '.') || tok_punct(d, p, '!') || tok_punct(d, p, '?'))
		return true;
	/* "đoàn đại biểu dự Đại hội", "tư cách đại biểu dự": a body of them (stop 33 N8) */
	return tok_has(d, p, T_NUM) || tok_punct(d, p, '%') ||
		(p >= 1 && (gb_exact_words(d, p - 1, 2, "toàn thể") || gb_exact_words(d, p - 1, 2, "tư cách"))) ||
		(gb_exact_any(d, p, "đoàn") && !(p >= 1 && gb_exact_any(d, p - 1, "Trưởng")));
}

/*
 * "tặng quà cho người dân tham dự Ngày hội ...": people in lower case
 * after "cho", a word or two of their noun, right before the role at i,
 * are its subject, those the act before gives to, no one named before it
 * (stop 39 AI2); not "cho đồng chí A dự", a name between.
 */
static bool
recipients_before(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = i - 2; j >= 0 && j >= i - 4; j--)
	{
		if (!gb_word_lower(d, j + 1) || tok_has(d, j + 1, T_NL))
			return false;
		if (tok_is(d, j, "cho") && gb_word_lower(d, j) && gb_exact_any(d, j, "cho"))
			return gb_dict_match(d, j + 1, CAT_AUDIENCE, &ph) > 0 && ph->aux == AUDIENCE_PEOPLE;
	}
	return false;
}

/*
 * "các đại biểu dự hội nghị đóng góp ý kiến, Thường trực Ban Bí thư đánh
 * giá cao ...": a plural noun of persons, "các (những) đại biểu", "các
 * đồng chí", in lower case right before role group g is its subject, an
 * unnamed group; so are units ("ý kiến của các cơ quan, đơn vị tham dự").
 * The role is no named person's, before or after it, unless a list follows
 * ("các đại biểu dự hội nghị gồm: A, B") or a person is joined to the
 * group: one named in the sentence (its first mention ma) before "cùng",
 * "và", "với" ("Tổng Bí thư A cùng các đại biểu dự"), not in "nghe các
 * thành viên Ban Chỉ đạo và các đại biểu dự hội nghị".
 */
static bool
unnamed_subject(const GbOffState *st, const GbDoc *d, const RoleGroup *g, int e, int ma, int mb)
{
	const GbPhrase *ph = NULL;
	const char *h;
	int			i = g->start,
				m;

	if (tok_has(d, i, T_NL))
		return false;
	for (m = 2; m <= 3 && i - m >= 1 && gb_word_lower(d, i - m) && !tok_has(d, i - m + 1, T_NL); m++)
		if ((tok_is(d, i - m - 1, "cac") || tok_is(d, i - m - 1, "nhung")) &&
			gb_exact_any(d, i - m - 1, "các|những") &&
			((gb_dict_may_match(d, i - m, CAT_LISTNOUN) &&
			  gb_dict_match(d, i - m, CAT_LISTNOUN, &ph) == m) ||
			 gb_honorific_at(d, i - m, &h) == m))
			/* "Tổng Bí thư A cùng các đại biểu dự Hội nghị": A is of the subject */
			return !((tok_is(d, i - m - 2, "cung") || tok_is(d, i - m - 2, "va") ||
					  tok_is(d, i - m - 2, "voi")) && ma < mb && st->men[ma].t1 <= i - m - 2) &&
				!opens_list(d, g->end, e);
	if (bare_plural_before(d, i) || recipients_before(d, i))
		return !opens_list(d, g->end, e);
	return units_before(d, i) >= 0 && !opens_list(d, g->end, e);
}

/*
 * "A chủ trì hội nghị cùng các đồng chí: B, ...; C, ...": the persons
 * "cùng (với) (các) đồng chí" lists right after a chairing verb and the
 * meeting it takes chair with A, as "A và B cùng chủ trì" does.  Not after
 * a working session ("chủ trì buổi làm việc cùng đồng chí B": B is the one
 * worked with), nor after words that go on to another clause.  Returns the
 * end of those persons in [b, mb), before the next role group or the
 * sentence's end e, or b when none.
 */
static int
cochairs_after(const GbOffState *st, const GbDoc *d, const RoleGroup *g, int b, int mb, int e)
{
	const GbPhrase *ph;
	const char *h = NULL;
	RoleGroup	g2;
	int			k = g->end,
				stop = e,
				x,
				m;

	if (g->n != 1 || !(g->ph[0]->aux & ROLE_CHAIR) || b >= mb)
		return b;
	/* the meeting chaired, "hội nghị lần thứ tám", a few words with no mark */
	if ((m = gb_dict_match(d, k, CAT_MEETKIND, &ph)) > 0)
	{
		if (ph->aux != 0 || gb_dict_match(d, k, CAT_MEETWORD, &ph) > 0)
			return b;
		for (k += m; k < g->end + 8 && k < stop && tok_has(d, k, T_WORD) &&
			 !tok_has(d, k, T_NL) && !tok_is(d, k, "cung"); k++)
			if (gb_dict_may_match(d, k, CAT_ROLE | CAT_MEETWORD))
				return b;
	}
	if (!tok_is(d, k, "cung") || tok_has(d, k, T_NL))
		return b;
	k += 1 + tok_is(d, k + 1, "voi");
	if (tok_is(d, k, "cac"))
		k++;
	if (gb_honorific_at(d, k, &h) == 0 || strcmp(h, "đồng chí") != 0)
		return b;
	/* the list right after, its items one after another, up to another role */
	if (next_group(st, d, k, e, b, mb, &g2))
		stop = g2.start;
	if (st->men[b].t0 > k + 3 || st->men[b].tn >= stop)
		return b;
	for (x = b + 1; x < mb && st->men[x].tn < stop; x++)
	{
		int			q = word_before_person(d, st->men[x].t0);

		if (q != st->men[x - 1].t1 ||
			!(tok_punct(d, q, ';') || tok_punct(d, q, ',') || tok_is(d, q, "va")))
			break;
	}
	return x;
}

/*
 * "sự có mặt của A, B và nhiều cán bộ Trung ương,  Đồng chí C, ... dự, chủ
 * trì": a comma splice.  "Đồng chí" capitalized after a comma, with words
 * that name no person before it, opens a sentence of its own, so C is not
 * one of the persons listed before.
 */
static bool
splice_opens(const GbOffState *st, const GbDoc *d, int k)
{
	int			t0 = st->men[k].t0,
				x;

	if (t0 < 2 || !tok_punct(d, t0 - 1, ',') || !gb_exact_any(d, t0, "Đồng") ||
		!gb_exact_any(d, t0 + 1, "chí"))
		return false;
	for (x = st->men[k - 1].t1; x < t0 - 1; x++)
		if (tok_has(d, x, T_WORD) && !tok_is(d, x, "va"))
			return true;
	return false;
}

/*
 * "Phát biểu tại hội nghị, A, Phó Chủ tịch, đề nghị B ...": the comma that
 * closes the titles of the mention before person k, then words in lower
 * case right up to B, the verb of which B is the object.  A title not read
 * there would open with a capital; a list's next item ("A, ..., phụ trách
 * địa bàn xã; B") follows a semicolon or a comma, and "các" before the
 * honorific lists more of the subject ("A, Bí thư Tỉnh ủy, các đồng chí B").
 */
static bool
verb_after_titles(const GbOffState *st, const GbDoc *d, int k)
{
	int			x = st->men[k - 1].t1,
				q = word_before_person(d, st->men[k].t0);

	while (x <= q && tok_has(d, x, T_PUNCT) && !tok_has(d, x, T_NL))
		x++;
	return x <= q && x > st->men[k - 1].t1 && gb_word_lower(d, x) && gb_word_lower(d, q) &&
		!tok_has(d, q + 1, T_NL) && !tok_is(d, x, "va") && !tok_is(d, x, "cung") &&
		!tok_is(d, q, "va") && !tok_is(d, q, "cung") && !tok_is(d, q, "cac");
}

/*
 * "dưới sự chủ trì của A, X làm việc với Y do đồng chí B dẫn đầu": a
 * person after a lower-case "do" (by) is the agent of a clause of its own,
 * leading a delegation, no one listed with A (stop 32 M7).
 */
static bool
agent_of_clause(const GbOffState *st, const GbDoc *d, int k)
{
	int			p = word_before_person(d, st->men[k].t0);

	return p > st->men[k - 1].t1 && by_do(d, p);
}

/*
 * The persons [a, b) after a fronted role ("Kết luận Hội nghị, A nhấn mạnh,
 * Hội nghị đã nghe B ..."): its subject, the first of them and those listed
 * right after it, up to a word that is their own verb.
 */
static int
subject_end(const GbOffState *st, const GbDoc *d, int a, int b)
{
	int			k;

	for (k = a + 1; k < b; k++)
	{
		int			x = st->men[k - 1].t1;

		if (x < st->men[k].t0 && !tok_has(d, x, T_PUNCT) && !tok_is(d, x, "va") &&
			!tok_is(d, x, "cung"))
			break;
		if (splice_opens(st, d, k) || verb_after_titles(st, d, k) || agent_of_clause(st, d, k))
			break;
	}
	return k;
}

/*
 * The persons [lo, b) named before a role group: its subject, the last of
 * them and those listed right before it, back to one with words of its own
 * after it, a clause before ("Sau khi nghe A báo cáo, B phát biểu kết
 * luận": B's).
 */
static int
subject_start(const GbOffState *st, const GbDoc *d, int lo, int b)
{
	int			k;

	for (k = b - 1; k > lo; k--)
	{
		int			x = st->men[k - 1].t1;

		/* "A, <titles not read>; B, ... đồng chủ trì": items of a list */
		if (x < st->men[k].t0 && !tok_has(d, x, T_PUNCT) && !tok_is(d, x, "va") &&
			!tok_is(d, x, "cung") && !tok_punct(d, word_before_person(d, st->men[k].t0), ';'))
			break;
		if (splice_opens(st, d, k))
			break;
	}
	return k;
}

/*
 * "sau khi nghe A quán triệt ..., thay mặt Ban Thường vụ, B đã báo cáo": a
 * role group opening a clause after a comma, with words of the clause
 * before between it and the last person p named before it, is not p's but
 * that of a person named after it, if one comes before the next role group.
 */
static bool
clause_before(const GbOffState *st, const GbDoc *d, const RoleGroup *g, int p, int mb, int e)
{
	RoleGroup	g2;
	int			x;

	if (p + 1 >= mb || st->men[p + 1].tn >= e || !tok_punct(d, g->start - 1, ','))
		return false;
	for (x = st->men[p].t1; x < g->start - 1 && !tok_has(d, x, T_WORD); x++)
		;
	if (x >= g->start - 1)
		return false;
	return !next_group(st, d, g->end, e, p + 1, mb, &g2) || g2.start > st->men[p + 1].t0;
}

/*
 * Whether role group g closes the list item of mention p, right after its
 * titles and before the item's ";" or the sentence's end: "các đồng chí:
 * A - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì; B - ...".  The role is
 * the item's person's, whom a role before the list named already.
 */
static bool
closes_item(const GbOffState *st, const GbDoc *d, const RoleGroup *g, int p, int e)
{
	return st->men[p].t1 == g->start && (g->end >= e || tok_punct(d, g->end, ';')) &&
		st->men[p].t1 > st->men[p].tn &&
		(tok_punct(d, st->men[p].t0 - 1, ';') || tok_punct(d, st->men[p].t0 - 1, ':') ||
		 tok_punct(d, st->men[p].tn - 1, ';') || tok_punct(d, st->men[p].tn - 1, ':'));
}

/* The mention in [ma, lo) whose item role group g closes, or -1. */
static int
item_closed(const GbOffState *st, const GbDoc *d, const RoleGroup *g, int ma, int lo, int e)
{
	int			p;

	for (p = lo - 1; p >= ma && p >= lo - 8 && st->men[p].t1 >= g->start; p--)
		if (closes_item(st, d, g, p, e))
			return p;
	return -1;
}

/*
 * "Đảng bộ X đã tham dự Hội nghị quán triệt bài viết, tác phẩm của Tổng Bí
 * thư A": the object of attending is an event, and a person after a "của"
 * in the words naming it is one the event is about or whose work it
 * studies, not one who attends.  "sự tham dự đông đủ của A", "với sự tham
 * dự của A" name the attendant.  True when mention p after role group g
 * reads so.
 */
static bool
event_owner(const GbOffState *st, const GbDoc *d, const RoleGroup *g, int p)
{
	int			q = word_before_person(d, st->men[p].t0),
				x;

	if (q <= g->end || !tok_is(d, q, "cua") || (g->start > 0 && gb_exact_any(d, g->start - 1, "sự")))
		return false;
	for (x = 0; x < g->n; x++)
		if (strcmp(g->ph[x]->value, "dự") != 0)
			return false;
	return true;
}

/*
 * "Tham dự có đồng chí A – ..., đồng chí B – Bí thư Đảng ủy chủ trì hội
 * nghị": a role group g2 right after the titles of the last person a "có"
 * list names, with no ";" going on after it, makes that item a clause of
 * its own, its person the subject of that role and not one of those
 * listed.  True when mention p, the last after role group g, reads so.
 * The role may follow the titles after a comma: "Dự điểm cầu Hà Nội có
 * các đồng chí: A, ...; B, Phó trưởng ban Tuyên giáo Trung ương, chủ trì
 * hội nghị" (probe af AF4).
 */
static bool
subject_ends_list(const GbOffState *st, const GbDoc *d, const RoleGroup *g, const RoleGroup *g2,
				  int p, int e)
{
	int			q = word_before_person(d, st->men[p].t0),
				x;

	/* another item before it: a ",", ";" past the "có" that opens the list */
	if (!(st->men[p].t1 == g2->start ||
		  (st->men[p].t1 == g2->start - 1 && tok_punct(d, st->men[p].t1, ','))) ||
		q <= g->end + 1 ||
		!(tok_punct(d, q, ',') || tok_punct(d, q, ';')) ||
		(g2->end < e && tok_punct(d, g2->end, ';')))
		return false;
	/* titles of its own after the name, which ends at the first mark */
	for (x = st->men[p].tn + 1; x < st->men[p].t1; x++)
		if (tok_has(d, x, T_PUNCT))
			return true;
	return false;
}

/*
 * "Trực tuyến tại điểm cầu X, có ...", "Cũng tại điểm cầu X có ...": the
 * bridge point after up to two words opening the sentence at k (stop 29
 * A11).  The token of "tại", or k.
 */
static int
point_after_lead(const GbDoc *d, int k)
{
	int			x;

	for (x = k; x < k + 2 && tok_has(d, x, T_WORD) && !tok_is(d, x, "tai"); x++)
		if (tok_is(d, x + 1, "tai") && tok_is(d, x + 2, "diem") && tok_is(d, x + 3, "cau") &&
			gb_word_lower(d, x + 1) && !tok_has(d, x + 1, T_NL))
			return x + 1;
	return k;
}

/*
 * "Tại điểm cầu X có các đồng chí: A, ...; B, ...": with no role phrase in
 * the sentence, "có" after a bridge point opening it lists those present
 * there.  So does "có" after a side opening it, "Về phía tỉnh X có các
 * đồng chí: ...", the list of a delegation going on from "Dự lễ về phía
 * Trung ương có ...".  True when sentence [s, e), its first mention ma,
 * reads so.
 */
static bool
present_at_point(const GbOffState *st, const GbDoc *d, int s, int ma)
{
	int			k = s,
				t0 = st->men[ma].t0,
				n,
				x;

	if (tok_has(d, k, T_PUNCT) && !tok_is(d, k, "tai") && !tok_is(d, k, "ve"))
		k++;
	k = point_after_lead(d, k);
	if (tok_is(d, k, "tai") && tok_is(d, k + 1, "diem") && tok_is(d, k + 2, "cau"))
		n = 3;
	else if (tok_is(d, k, "ve") && tok_is(d, k + 1, "phia") && gb_exact_any(d, k, "Về"))
		n = 2;
	else
		return false;
	/* "có" ends the point's or side's name and comes right before the persons */
	for (x = t0 - 1; x > k + n && x >= t0 - 4; x--)
		if (tok_is(d, x, "co"))
			return true;
	return false;
}

/*
 * Whether the line [ls, le) is an attendance header: it opens with "dự"
 * ("Tham dự buổi lễ", "Dự hội nghị", "Đến dự"), after a list's mark maybe,
 * and ends with a colon, "Tham dự buổi lễ có các đồng chí đại biểu:".
 */
static bool
attendance_header(const GbDoc *d, int ls, int le)
{
	const GbPhrase *ph = NULL;
	int			k = gb_list_mark(d, ls) ? ls + 1 : ls,
				x;

	if (!tok_punct(d, le - 1, ':'))
		return false;
	for (x = k; x <= k + 1 && x < le - 1; x++)
		if (gb_dict_may_match(d, x, CAT_ROLE) && gb_dict_match(d, x, CAT_ROLE, &ph) > 0)
			return strcmp(ph->value, "dự") == 0;
	/* "Đại hội có sự hiện diện của:": the meeting's noun before (stop 34 R5) */
	return x + 1 < le - 1 && tok_is(d, x + 1, "su") && x + 1 + gb_dict_match(d, x + 1, CAT_ROLE, &ph) == le - 1 &&
		ph->value && strcmp(ph->value, "dự") == 0;
}

#define SIDE_WORDS		12		/* tokens of a side's sub-header without a colon */

/*
 * Whether the line [ls, le) is a side's sub-header in a list of those
 * present, after a list's mark maybe, with no person of its own: "– Về
 * phía Đảng ủy xã X:", ending with its colon, or "– Về phía Chi bộ
 * trường", a short line that ends with the side's name (stop 32 K9).  Not
 * a sentence that opens so, "Về phía tỉnh, đồng chí A đề nghị ...".
 */
static bool
side_header(const GbDoc *d, int ls, int le)
{
	int			k = gb_list_mark(d, ls) ? ls + 1 : ls;

	if (k + 2 >= le || !tok_is(d, k, "ve") || !tok_is(d, k + 1, "phia") || !gb_exact_any(d, k, "Về"))
		return false;
	return tok_punct(d, le - 1, ':') ||
		(le - k <= SIDE_WORDS && tok_has(d, le - 1, T_WORD | T_NUM) && !tok_is(d, le - 1, "co"));
}

/*
 * "Tham dự buổi lễ có các đồng chí đại biểu:" ⏎ "Về phía lãnh đạo xã có
 * đ/c A - ..." ⏎ "Về tổ chức Đoàn có đ/c B - ...": each line of the list
 * under an attendance header names persons present, with no role phrase
 * of its own (stop 29 C6).  The lines between the header and sentence s,
 * a few, each name a person.  True when s, opening a line, its first
 * mention ma, reads so.
 */
static bool
listed_under_header(const GbOffState *st, const GbDoc *d, int s, int ma)
{
	int			le = s,
				x = ma - 1,
				lines;

	if (s == 0 || !tok_has(d, s, T_NL))
		return false;
	for (lines = 0; lines < MAX_GROUP && le > 0; lines++)
	{
		int			ls = le - 1;

		while (ls > 0 && !tok_has(d, ls, T_NL))
			ls--;
		/* "– Về phía Đảng ủy xã X:": a side's sub-header, the list goes on */
		if (side_header(d, ls, le))
		{
			le = ls;
			continue;
		}
		if (tok_punct(d, le - 1, ':'))
			return attendance_header(d, ls, le);
		/* a line of the list above names a person */
		while (x >= 0 && st->men[x].tn >= le)
			x--;
		if (x < 0 || st->men[x].tn < ls)
			return false;
		le = ls;
	}
	return false;
}

/*
 * "ý kiến chỉ đạo của đồng chí A, Bí thư Tỉnh ủy tại Hội nghị": the
 * directions A gave at the meeting; without "tại Hội nghị" after A's
 * titles they may be older ones ("theo ý kiến chỉ đạo của ...")
 */
static bool
directs_meeting(const GbOffState *st, const GbDoc *d, int p)
{
	int			t0 = st->men[p].t0,
				t1 = st->men[p].t1;

	return t0 >= 5 && tok_is(d, t0 - 1, "cua") && tok_is(d, t0 - 2, "dao") &&
		tok_is(d, t0 - 3, "chi") && tok_is(d, t0 - 4, "kien") && tok_is(d, t0 - 5, "y") &&
		tok_is(d, t1, "tai") && tok_is(d, t1 + 1, "hoi") && tok_is(d, t1 + 2, "nghi");
}

/*
 * "Phát biểu chúc mừng PGS-TS A nhận trọng trách mới, thay mặt X, B nhấn
 * mạnh": the persons a fronted greeting g names before the comma that
 * closes it, from a, are those greeted, no speakers; its role and the
 * acts after the comma are the subject's after them (probe bi BI6).  The
 * first mention after them, or a.  "Phát biểu chúc mừng, B cho biết"
 * names none.
 */
static int
greeted_end(const GbOffState *st, const GbDoc *d, const RoleGroup *g, int a, int mb, int e)
{
	int			c,
				x;

	for (c = g->end; c < e && !tok_punct(d, c, ','); c++)
		;
	if (c == e)
		return a;
	for (x = a; x < mb && st->men[x].t0 < c; x++)
		;
	return x;
}

/*
 * "Phát biểu tại buổi lễ, thay mặt lãnh đạo huyện, đồng chí A, ... ghi
 * nhận": a fronted role with no person before the "thay mặt <body>," that
 * follows it after a comma (g2) reaches over it to the persons that
 * "thay mặt" names, the first mention a and those listed with it (stop 29
 * C6).  Sets *b past them; false when g2 is no such group.
 */
static bool
behalf_after_front(const GbOffState *st, const GbDoc *d, const RoleGroup *g2, int a, int mb,
				   int e, int *b)
{
	RoleGroup	g3;
	int			stop,
				x;

	if (g2->n != 1 || !(g2->ph[0]->aux & ROLE_BEHALF) || !tok_punct(d, g2->start - 1, ','))
		return false;
	stop = next_group(st, d, g2->end, e, a, mb, &g3) ? g3.start : e;
	for (x = a; x < mb && st->men[x].tn < stop; x++)
		;
	if (x == a || opens_list(d, g2->end, stop))
		return false;
	*b = subject_end(st, d, a, x);
	return true;
}

/*
 * "A cho biết tham dự đại hội có 448 đại biểu", "đoàn đại biểu dự Đại hội
 * gồm 20 người": attending told as a count, the "có" or "gồm" after the
 * group g, its roles all "dự", opening a number; no one's role, neither
 * of the person before it nor of one after, unless "trong đó" names some
 * of those counted (stop 33 N8).
 */
static bool
counted_attendance(const GbOffState *st, const GbDoc *d, const RoleGroup *g, int lo, int mb, int e)
{
	int			x;

	for (x = 0; x < g->n; x++)
		if (strcmp(g->ph[x]->value, "dự") != 0)
			return false;
	for (x = g->end; x < e && x < g->end + 8 && !tok_has(d, x, T_PUNCT); x++)
		if (tok_is(d, x, "co") || tok_is(d, x, "gom"))
			break;
	if (x >= e || x >= g->end + 8 || tok_has(d, x, T_PUNCT) ||
		!(tok_has(d, x + 1, T_NUM) || (gb_exact_any(d, x + 1, "hơn|gần|khoảng|trên") && tok_has(d, x + 2, T_NUM))))
		return false;
	/* "có 300 đại biểu, trong đó có đồng chí A": those named are present */
	for (x += 2; x + 1 < e; x++)
		if (tok_is(d, x, "trong") && tok_is(d, x + 1, "do"))
			break;
	while (lo < mb && st->men[lo].t0 <= x)
		lo++;
	return lo >= mb || st->men[lo].tn >= e;
}

/*
 * "ngay sau khi Quốc hội bế mạc kỳ họp, Thủ tướng A chủ trì ...": an
 * opening or closing of group g with a word of its own subject right
 * before it, a body (a word in capitals or of a level, "HĐND tỉnh", or
 * the second of a name not opening the sentence, "Quốc hội"), and
 * no person named before it from lo on, is that body's act, no one's
 * named after it; "Phát biểu ý kiến khai mạc Hội nghị, A" is A's (stop 33
 * O3).
 */
static bool
opened_by_body(const GbOffState *st, const GbDoc *d, const RoleGroup *g, int lo, int mb)
{
	int			k = g->start;

	return (g->ph[0]->aux & ROLE_OPENING) && k > 0 && !tok_has(d, k, T_NL) &&
		tok_has(d, k - 1, T_WORD) && !(lo < mb && st->men[lo].tn < k) &&
		(gb_word_upper(d, k - 1) || gb_dict_match(d, k - 1, CAT_LEVEL, NULL) > 0 ||
		 (k >= 2 && gb_word_upper(d, k - 2) && !tok_has(d, k - 1, T_NL) && !sentence_opens(d, k - 2)));
}

/*
 * Whether the role group starting at k is the verb of mention p: right
 * after its titles, or after a word or two in lower case with no mark
 * ("đã", "vừa", "trực tiếp").
 */
static bool
verb_follows(const GbOffState *st, const GbDoc *d, int p, int k)
{
	int			x;

	for (x = st->men[p].t1; x < k; x++)
		if (x >= st->men[p].t1 + 2 || !gb_word_lower(d, x) || tok_has(d, x, T_NL))
			return false;
	return true;
}

/*
 * "Cùng dự có các đồng chí: A - ...; B - ... (dự tại điểm cầu X); C":
 * role group g, in parentheses right after the titles of a mention in
 * [lo, mb), is a note on that person, no verb the list ends at (stop 34
 * R5).  Out of line: asked only after a list's opener.
 */
static __attribute__((noinline)) bool
paren_note(const GbOffState *st, const GbDoc *d, const RoleGroup *g, int lo, int mb)
{
	int			x;

	if (g->start < 1 || !tok_punct(d, g->start - 1, '(') || tok_has(d, g->start, T_NL))
		return false;
	for (x = lo; x < mb && st->men[x].t1 < g->start - 1; x++)
		;
	if (x == mb || st->men[x].t1 != g->start - 1)
		return false;
	for (x = g->end; x < d->ntok && x < g->end + 10 && !tok_has(d, x, T_NL); x++)
		if (tok_punct(d, x, ')'))
			return true;
	return false;
}

/*
 * An attendance list left open by a sentence: its last role group, "dự"
 * and no chair's, went to the persons after it up to the sentence's end,
 * [.., e).  "Dự hội nghị có đồng chí A, Phó Bí thư Tỉnh ủy. Đồng chí B,
 * Trưởng Ban Tổ chức Tỉnh ủy. ...": the list goes on in sentences of
 * names and titles alone, as scraped reports split it (stop 35 T8).
 */
typedef struct RoleCarry
{
	bool		open;
	int			e;
	RoleGroup	g;
} RoleCarry;

/* Whether the group is an attendance's, no chair's: its roles may go on */
static bool
attends_group(const RoleGroup *g)
{
	bool		du = false;
	int			x;

	for (x = 0; x < g->n; x++)
	{
		if (g->ph[x]->aux & ROLE_CHAIR)
			return false;
		du |= strcmp(g->ph[x]->value, "dự") == 0;
	}
	return du;
}

/* Whether the mention mb - 1 ends the sentence [.., e): only its stop after it */
static bool
ends_sentence(const GbOffState *st, const GbDoc *d, int mb, int e)
{
	int			t1 = st->men[mb - 1].t1;

	return t1 == e || (t1 == e - 1 && (tok_punct(d, t1, '.') || tok_punct(d, t1, ';')));
}

/*
 * Whether the mention x holds a post taken with its verb, "Ông B được bầu
 * giữ chức X."": a clause of its own, though its span runs to the post.
 */
static bool
post_taken_in(const GbOffState *st, const GbDoc *d, int x)
{
	int			k;

	for (k = st->men[x].tn + 1; k < st->men[x].t1; k++)
		if (gb_dict_may_match(d, k, CAT_POSTVERB) && gb_word_lower(d, k) &&
			gb_dict_match(d, k, CAT_POSTVERB, NULL) > 0)
			return true;
	return false;
}

/*
 * Whether the sentence [s, e) is only the mentions [ma, mb), each with its
 * titles, joined by a comma, a semicolon or "và": an item of a list, no
 * clause; not a post taken, "Ông B được bầu giữ chức X." after a list of
 * those present.
 */
static bool
names_only(const GbOffState *st, const GbDoc *d, int s, int e, int ma, int mb)
{
	const char *hon;
	int			x,
				k;

	if (st->men[ma].t0 != s + (gb_list_mark(d, s) ? 1 : 0) || !ends_sentence(st, d, mb, e) ||
		post_taken_in(st, d, ma))
		return false;
	for (x = ma + 1; x < mb; x++)
	{
		int			t0 = st->men[x].t0;

		if (post_taken_in(st, d, x))
			return false;

		k = st->men[x - 1].t1;
		if (tok_punct(d, k, ',') || tok_punct(d, k, ';'))
			k++;
		if (tok_is(d, k, "va"))
			k++;
		/* "; đồng chí C, ...": an honorific in lower case is left out of C's mention */
		if (k < t0)
			k += gb_honorific_at(d, k, &hon);
		if (k != t0 || k == st->men[x - 1].t1)
			return false;
	}
	return true;
}

/*
 * Roles in sentence [s, e) with mentions [ma, mb): a role phrase goes to
 * the persons named before it ("A, B dự và chủ trì"), or when none, to
 * those named after it ("Chủ trì Hội nghị có các đồng chí: A; B").
 */
static void
sentence_roles(GbOffState *st, const GbDoc *d, int s, int e, int ma, int mb, RoleCarry *carry)
{
	RoleGroup	g,
				g2;
	int			lo = ma,
				pa = -1,
				pb = -1,
				pv = -1,		/* a group told to be pa's verb */
				k = s,
				x;
	int			pn = -1;		/* a bridge point's name, give_roles() */
	bool		found = next_group(st, d, k, e, lo, mb, &g);

	bool		open = false;

	if (!found && carry->open && carry->e == s && names_only(st, d, s, e, ma, mb))
	{
		give_roles(st, d, &carry->g, ma, mb, -1, e);
		open = true;
	}
	else if (!found && (present_at_point(st, d, s, ma) || listed_under_header(st, d, s, ma)))
		for (x = ma; x < mb && x - ma < MAX_GROUP; x++)
			add_role(st->offs[st->men[x].off], "dự");
	for (x = ma; x < mb; x++)
		if (directs_meeting(st, d, x))
			add_role(st->offs[st->men[x].off], "chỉ đạo");
	while (found)
	{
		int			a,
					b,
					lo2 = -1;	/* g2 is the group after g, as seen from lo2 */
		bool		found2 = false;

		for (x = k; x < g.start && pn < 0; x++)
			if (bridge_at(d, x))
				pn = x + 3;
			else if (opening_point_at(d, s, x))
				pn = x + 2;
		if (unnamed_subject(st, d, &g, e, ma, mb) || opened_by_body(st, d, &g, lo, mb) ||
			counted_attendance(st, d, &g, lo, mb, e))
		{
			k = g.end;
			found = next_group(st, d, k, e, lo, mb, &g);
			continue;
		}
		for (b = lo; b < mb && st->men[b].tn < g.start; b++)
			;
		if (b > lo && (clause_before(st, d, &g, b - 1, mb, e) || persons_after_group(d, g.start, g.end)))
			b = lo;
		if (b > lo)
		{
			a = subject_start(st, d, lo, b);
			pa = a;
			pb = b;
			/* "A chủ trì hội nghị cùng các đồng chí: B; C": B, C too */
			if ((x = cochairs_after(st, d, &g, b, mb, e)) > b)
			{
				give_roles(st, d, &g, b, x, pn, e);
				lo = x;
			}
		}
		else if ((a = item_closed(st, d, &g, ma, lo, e)) >= 0)
		{
			/* "A - Bí thư Tỉnh ủy chủ trì; B - ...": A's, not B's */
			b = a + 1;
			pa = -1;
		}
		else
		{
			int			stop,
						by;

			found2 = next_group(st, d, g.end, e, lo, mb, &g2);
			lo2 = lo;
			stop = found2 ? g2.start : e;
			if (found2 && opens_list(d, g.end, stop) && paren_note(st, d, &g2, lo, mb))
			{
				RoleGroup	g3;

				stop = next_group(st, d, g2.end, e, lo, mb, &g3) ? g3.start : e;
			}
			for (a = lo; a < mb && st->men[a].tn < g.end; a++)
				;
			if (g.n == 1 && (g.ph[0]->aux & ROLE_GREETS) && sentence_opens(d, g.start))
				lo = a = greeted_end(st, d, &g, a, mb, e);
			for (b = a; b < mb && st->men[b].tn < stop; b++)
				;
			/* "tham dự Hội nghị học tập tác phẩm của Tổng Bí thư A": not A */
			if (a < b && event_owner(st, d, &g, a))
				a = subject_end(st, d, a, b);
			/* "... do đồng chí A chủ trì": A and those after are the next group's */
			by = found2 ? agent_by(st, d, a, b, &g2) : b;
			if (by < b)
				b = by;
			else
				by = -1;
			/*
			 * "có sự tham dự của các đồng chí: A - ... chủ trì; B - ...":
			 * a role closing an item leaves the list going on
			 */
			if (a < b && found2 && opens_list(d, g.end, stop) &&
				item_closed(st, d, &g2, b - 1, b, e) == b - 1)
			{
				RoleGroup	g3;
				int			stop3 = next_group(st, d, g2.end, e, b, mb, &g3) ? g3.start : e;

				while (b < mb && st->men[b].tn < stop3)
					b++;
			}
			/* "Tham dự có A, ...; B – Bí thư chủ trì hội nghị": B is the next group's */
			else if (a < b && found2 && by < 0 && opens_list(d, g.end, stop) &&
					 subject_ends_list(st, d, &g, &g2, b - 1, e))
				b--;
			/*
			 * "Chỉ đạo tại đại hội, A phát biểu: ...": the verb right after
			 * the fronted role's subject is his, whatever its colon opens
			 * (stop 34 S8)
			 */
			if (a == b && pa >= 0 && by < 0 &&
				(g.start == pv || (!opens_list(d, g.end, stop) &&
								   !persons_after_group(d, g.start, g.end))))
			{
				/* "A thay mặt ... phát biểu khai mạc" */
				a = pa;
				b = pb;
			}
			else if (a == b && pa < 0 && found2 && behalf_after_front(st, d, &g2, a, mb, e, &b))
			{
				/*
				 * "Phát biểu tại buổi lễ, thay mặt lãnh đạo huyện, đồng chí
				 * A ...": the fronted role is A's too; lo stays, for the
				 * "thay mặt" group to find A after it as well
				 */
				give_roles(st, d, &g, a, b, pn, e);
				k = g.end;
				found = found2;
				g = g2;
				continue;
			}
			else if (a == b && pa < 0 && found2 && g.n == 1 && (g.ph[0]->aux & ROLE_BEHALF) &&
					 g2.n < 4 && !(g2.ph[0]->aux & ROLE_BEHALF) && clause_start(d, g.start) &&
					 !opens_list(d, g.end, g2.start))
			{
				/*
				 * "Thay mặt Ban Thường vụ ... phát biểu chỉ đạo tại đại hội,
				 * A ...": a fronted "thay mặt <body>" whose act's verb
				 * follows with no person between is one group with it; the
				 * persons that verb reaches act on behalf too (probe ba
				 * BA12)
				 */
				memmove(&g2.ph[1], &g2.ph[0], g2.n * sizeof(g2.ph[0]));
				g2.ph[0] = g.ph[0];
				g2.n++;
				k = g.end;
				found = found2;
				g = g2;
				continue;
			}
			else if (a < b && found2 && g.n == 1 && (g.ph[0]->aux & ROLE_BEHALF))
			{
				/*
				 * "thay mặt Ban Bí thư, các đồng chí A; B đã chủ trì": the
				 * persons named are the subject of the verb after them
				 */
				pa = a;
				pb = b;
			}
			else
			{
				if (a < b && !opens_list(d, g.end, stop))
					b = subject_end(st, d, a, b);
				pa = -1;
				/*
				 * "Tham dự và chỉ đạo Đại hội, đồng chí A - Bí thư Tỉnh ủy
				 * thay mặt ... đã có bài phát biểu": the fronted role's
				 * subject is that of the verbs after its titles too (stop
				 * 33 O11)
				 */
				if (a < b && found2 && !opens_list(d, g.end, stop) && verb_follows(st, d, b - 1, g2.start))
				{
					pa = a;
					pb = b;
					pv = g2.start;
				}
			}
		}
		give_roles(st, d, &g, a, b, pn, e);
		if ((open = a < b && b == mb && st->men[a].t0 >= g.end && attends_group(&g)))
			carry->g = g;
		if (b > lo)
			lo = b;
		k = g.end;
		/* the look-ahead above found the next group already, unless lo moved */
		if (lo2 == lo)
		{
			found = found2;
			g = g2;
		}
		else
			found = next_group(st, d, k, e, lo, mb, &g);
	}
	carry->open = open && ends_sentence(st, d, mb, e);
	carry->e = e;
}

/*
 * "... tân Phó Bí thư Tỉnh ủy. (Ảnh PV) Phát biểu tại Hội nghị, A chúc
 * mừng": a photo's credit left by scraping after a full stop, a capital
 * after it, is no word of a sentence; the sentence ends before it, and the
 * next starts after it.  The token after the first one in (s, e), or e.
 */
static int
credit_break(const GbDoc *d, int s, int e)
{
	int			k,
				q;

	for (k = s + 1; k + 2 < e; k++)
		if (tok_punct(d, k, '(') && tok_punct(d, k - 1, '.') && tok_is(d, k + 1, "anh") &&
			gb_exact_any(d, k + 1, "Ảnh"))
			for (q = k + 2; q < e && q <= k + 8 && !tok_punct(d, q, '('); q++)
				if (tok_punct(d, q, ')'))
					return q + 1 < e && gb_tok_capitalized(d, q + 1) ? q + 1 : e;
	return e;
}

#define PLENUM_NAME_WORDS	10	/* words of a plenum's name up to "Trung ương" */
#define RECAP_BACK		150		/* tokens back to the recap's paragraph start */

/*
 * Whether a capitalized meeting at j is a Central Committee plenum:
 * "Hội nghị Trung ương 4", "Hội nghị lần thứ 4 Ban Chấp hành Trung ương".
 * *num is its number's token, or -1 when it has none in figures.  Not
 * central_name_at() (meeting_lead.c), which asks only whether "Trung ương"
 * follows a meeting's kind and reads past a '(': this reads the plenum's
 * own name, its number and each word before "Trung ương", so that any
 * punctuation, a '(' too, ends it.
 */
static bool
central_plenum_at(const GbDoc *d, int j, int *num)
{
	int			k,
				central = -1;

	*num = -1;
	if (!gb_tok_capitalized(d, j) || gb_dict_match(d, j, CAT_MEETKIND, NULL) <= 0)
		return false;
	for (k = j + 1; k < d->ntok && k < j + PLENUM_NAME_WORDS; k++)
	{
		if (tok_has(d, k, T_NL) || tok_has(d, k, T_PUNCT))
			break;
		if (tok_has(d, k, T_NUM) && *num < 0)
			*num = k;
		if (tok_is(d, k, "trung") && tok_is(d, k + 1, "uong"))
			central = k;
		if (central >= 0 && k > central + 2)
			break;
		/* only the words of its name before "Trung ương": not a briefing's */
		if (central < 0 && !tok_has(d, k, T_NUM) && !tok_is(d, k - 1, "thu") &&
			!gb_exact_any(d, k, "nghị|lần|thứ|Ban|Chấp|hành|BCH"))
			return false;
	}
	return central >= 0;
}

/*
 * Whether the plenum at q (number at nq) is the object of a briefing or a
 * study named before it: "thông báo nhanh kết quả Hội nghị Trung ương 4",
 * "quán triệt Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương",
 * the same plenum, when both give its number.
 */
static bool
plenum_conveyed(const GbDoc *d, int q, int nq)
{
	int			j,
				n;

	for (j = q - 1; j >= 0; j--)
	{
		if (!tok_is(d, j, "hoi") || !central_plenum_at(d, j, &n))
			continue;
		if (n >= 0 && nq >= 0 &&
			(d->tok[n].hash != d->tok[nq].hash || d->tok[n].flen != d->tok[nq].flen))
			continue;
		if (gb_conveyed_at(d, j))
			return true;
	}
	return false;
}

/*
 * The plenums conveyed before scanned, found by one forward scan over a
 * chunk's sentences in order, so that plenum_conveyed()'s walk back is not
 * made again from every sentence of every recap paragraph: their numbers'
 * tokens, and whether one had none.  Past RECAP_NUMS numbers, or asked
 * behind the scan, the walk back answers.
 */
#define RECAP_NUMS	8

typedef struct RecapMemo
{
	int			scanned;
	int			nnum;
	int			num[RECAP_NUMS + 1];
	bool		bare;
} RecapMemo;

static bool
plenum_conveyed_memo(const GbDoc *d, RecapMemo *rm, int q, int nq)
{
	int			j,
				n,
				k;

	if (q < rm->scanned || rm->nnum > RECAP_NUMS)
		return plenum_conveyed(d, q, nq);
	for (j = rm->scanned; j < q; j++)
		if (tok_is(d, j, "hoi") && central_plenum_at(d, j, &n) && gb_conveyed_at(d, j))
		{
			if (n < 0)
				rm->bare = true;
			else if (rm->nnum <= RECAP_NUMS)
				rm->num[rm->nnum++] = n;
		}
	rm->scanned = q;
	if (rm->nnum > RECAP_NUMS)
		return plenum_conveyed(d, q, nq);
	if (rm->bare || (nq < 0 && rm->nnum > 0))
		return true;
	for (k = 0; k < rm->nnum; k++)
		if (d->tok[rm->num[k]].hash == d->tok[nq].hash && d->tok[rm->num[k]].flen == d->tok[nq].flen)
			return true;
	return false;
}

/*
 * Whether the sentence at s tells of a plenum the report recaps, not of
 * its own meeting: a sentence of its paragraph up to s opens with that
 * plenum as subject, "Hội nghị Trung ương 4, khóa XIII diễn ra tại Hà Nội
 * ... Đồng chí Tổng Bí thư A chủ trì, phát biểu khai mạc và bế mạc Hội
 * nghị", the plenum being the object of the report's lead, "tổ chức Hội
 * nghị thông báo nhanh kết quả Hội nghị Trung ương 4".  Roles told there
 * are the plenum's (stop 34 S2).  A paragraph opening with a plenum not so
 * conveyed is the report's own meeting's.
 */
static bool
recapped_plenum(const GbDoc *d, RecapMemo *rm, int s)
{
	int			q,
				n;

	for (q = s; q >= 0 && q >= s - RECAP_BACK; q--)
	{
		if (tok_is(d, q, "hoi") && (q == s || gb_break_at(d, q) || tok_has(d, q, T_NL)) &&
			central_plenum_at(d, q, &n))
			return plenum_conveyed_memo(d, rm, q, n);
		if (q == 0 || tok_has(d, q, T_NL))
			break;
	}
	return false;
}

/*
 * Whether the sentence from s to e has for its main clause a plenum the
 * report conveys, counted, after a fronted clause: "Theo đó, dưới sự chủ
 * trì của đồng chí Tổng Bí thư A, Hội nghị lần thứ 12 đã thảo luận ...",
 * the lead having conveyed "kết quả ... Hội nghị lần thứ 12 Ban Chấp hành
 * Trung ương".  Its chair is the plenum's (probe af AF4); the same words
 * with a sitting of the report's own ("Hội nghị lần thứ 12 Ban Chấp hành
 * Đảng bộ tỉnh") keep theirs.
 */
static bool
recapped_clause(const GbDoc *d, RecapMemo *rm, int s, int e)
{
	int			q,
				n;

	for (q = s + 1; q + 4 < e; q++)
	{
		if (!tok_punct(d, q - 1, ',') || !tok_is(d, q, "hoi") || !tok_is(d, q + 1, "nghi") ||
			!gb_tok_capitalized(d, q))
			continue;
		/*
		 * counted with no name after it; "Hội nghị lần thứ 12 Ban Chấp hành
		 * Đảng bộ tỉnh", a name going on, is one central_plenum_at() refused
		 */
		if (!central_plenum_at(d, q, &n))
			n = tok_is(d, q + 2, "lan") && tok_is(d, q + 3, "thu") && tok_has(d, q + 4, T_NUM) &&
				!tok_has(d, q + 2, T_NL) && !gb_tok_capitalized(d, q + 5) ? q + 4 : -1;
		if (n >= 0 && plenum_conveyed_memo(d, rm, q, n))
			return true;
	}
	return false;
}

/*
 * Sentences are the stretches between breaks; only those with mentions are
 * looked at, each found from its first mention: back to the break that
 * starts it, on to the next.
 */
void
assign_roles(GbOffState *st, const GbDoc *d)
{
	int			s = 0,
				mi = 0;
	RecapMemo	rm = {0};
	RoleCarry	carry = {0};

	while (s < d->ntok && mi < st->nmen)
	{
		int			e,
					mb,
					x;

		while (mi < st->nmen && st->men[mi].tn < s)
			mi++;
		if (mi < st->nmen && st->men[mi].tn > s)
		{
			for (e = st->men[mi].tn; e > s && !gb_break_at(d, e); e--)
				;
			s = e;
		}
		e = s + 1;
		while (e < d->ntok && !gb_break_at(d, e))
			e++;
		for (mb = mi; mb < st->nmen && st->men[mb].tn < e; mb++)
			;
		/*
		 * "... và đồng chí A" / "- Phó Bí thư Đảng ủy, Chủ tịch UBND phường
		 * chủ trì Hội nghị": a caption broken at a line end before the last
		 * person's titles goes on through the line they end on
		 */
		while (mb > mi && st->men[mb - 1].t1 > e && tok_has(d, e, T_NL))
		{
			e = st->men[mb - 1].t1;
			while (e < d->ntok && !gb_break_at(d, e))
				e++;
			for (; mb < st->nmen && st->men[mb].tn < e; mb++)
				;
		}
		/* a person named before the credit and one after it */
		if (mb - mi >= 2 && (x = credit_break(d, st->men[mi].t1, st->men[mb - 1].t0)) < st->men[mb - 1].t0)
		{
			e = x;
			for (mb = mi; mb < st->nmen && st->men[mb].tn < e; mb++)
				;
		}
		if (mb > mi && !recapped_plenum(d, &rm, s) && !recapped_clause(d, &rm, s, e))
			sentence_roles(st, d, s, e, mi, mb, &carry);
		s = e;
	}
}
