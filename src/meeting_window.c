/*
 * meeting_window.c
 *	  The facts of one window: scan_window(), and meetings spoken of.
 *
 * A window is the lead's line, the headline or the whole text;
 * scan_window() reads its kind, noun, organizer, period and scope.
 * spoken_of_at() tells a meeting only spoken of (an agenda item, a
 * purpose, a speech) from one held.  Apart from the lead's choice
 * (meeting_lead.c) and the chunk's walk (meeting_chunk.c), which call
 * it.
 */
#include "meeting_int.h"

#define MEETING_BEFORE_VE 20	/* tokens from "về" back to the meeting it is about */
#define CONGRESS_REVIEW_AHEAD	8	/* tokens from "tổng kết" to the congress it reviews */
#define SUB_EVENT_AHEAD	24		/* tokens from a body to the meeting it holds */
#define CONGRESS_ITEM_BACK	12		/* tokens from "Đại hội" opening a sentence to its agenda item */
#define SPEAKER_ACT_BACK	40		/* tokens from a kind back to the honorific of its subject */
#define TOPIC_LIST_BACK	40		/* tokens from "; hội nghị" back to "về" the list's first */
#define COMMITTEE_BACK	8		/* tokens from a meeting back to the panel ("Tiểu ban") it names */

/*
 * Where the words that qualify a meeting noun, "trực tuyến", "toàn quốc",
 * written before k start: "hội nghị trực tuyến toàn quốc tổng kết".  Two
 * words each, two at most; k when there are none.
 */
static int
attributes_before(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			n;

	/* the start filters first: online words start a CAT_NETSTART group, scope words a CAT_WINSTART one */
	for (n = 0; n < 2 && k >= 2 && gb_dict_may_match(d, k - 2, CAT_NETSTART | CAT_WINSTART) &&
		 !tok_has(d, k - 1, T_NL) && !tok_has(d, k - 1, T_PUNCT) &&
		 meetword_longest(d, k - 2, &ph) == 2 &&
		 (ph->aux == MW_ONLINE || ph->aux == MW_SCOPE); n++)
		k -= 2;
	return k;
}

/*
 * Past the words that qualify a meeting noun written after it at k,
 * "(hội nghị) trực tuyến toàn quốc báo cáo viên": where its name goes on.
 * Two words each, two at most, as attributes_before() reads them.
 */
static int
briefing_at(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			n;

	for (n = 0; n < 2 && k + 2 < d->ntok && gb_dict_may_match(d, k, CAT_NETSTART | CAT_WINSTART) &&
		 !tok_has(d, k, T_NL) && !tok_has(d, k + 1, T_NL) &&
		 meetword_longest(d, k, &ph) == 2 && (ph->aux == MW_ONLINE || ph->aux == MW_SCOPE); n++)
		k += 2;
	return k;
}

/*
 * The first token in [k, hi) where a fact of scan_window() can start, or
 * hi: a meeting kind (also "Hội nghị" of listed_by()), a body
 * (organizer_at()), a head, scope or region (headed_by_at(), scope_at())
 * or a number ("63 tỉnh, thành phố"); also "TP" ("Tp."), the level
 * abbreviated that heads a city's name (organizer_at() reads "TP Hải Phòng
 * công bố ...", as "Tỉnh Bắc Giang công bố ..." starts at "Tỉnh", probe bb
 * BB10), whose group holds no body to stop at.
 */
static inline int
next_window_cue(const GbDoc *d, int k, int hi)
{
	const GbTok *t = d->tok + k,
			   *end = d->tok + hi;

	while (t < end &&
		   !(gb_dict_masks[t->grp] & (CAT_MEETKIND | CAT_WINSTART | CAT_BODY | CAT_BODYHEAD)) &&
		   !(t->flags & T_NUM) &&
		   !((t->flags & T_UPPER) && city_abbrev(d, (int) (t - d->tok))))
		t++;
	return (int) (t - d->tok);
}

/*
 * Whether a document type ends right before k: "Nghị quyết Đại hội",
 * "nghị quyết đại hội"; a type that is also a verb only capitalized, so
 * that "phát biểu kết luận Hội nghị" still speaks of the meeting held.
 */
#define SPEAKER_AHEAD	40		/* tokens from the meeting a sentence opens on to its speaker */

/*
 * Whether "Kết luận" at j opens its sentence as the speaker's act at the
 * meeting that follows: "Kết luận hội nghị quán triệt ... diễn ra sáng
 * 5/3/2025, Bí thư Tỉnh ủy A khẳng định", "Kết luận hội nghị đ/c A yêu
 * cầu", the speaker named after it, by an honorific or a title after a
 * comma (stop 31 H6); not "Kết luận Hội nghị Trung ương 4 khóa XIII; ...",
 * the document, whose capitalized name no ";" runs past.
 */
static bool
concluding_speech(const GbDoc *d, int j, int k)
{
	const char *h;
	int			t;

	if (!tok_is(d, j, "ket") || !(j == 0 || tok_has(d, j, T_NL) || tok_punct(d, j - 1, '.')))
		return false;
	for (t = k + 1; t < d->ntok && t < k + SPEAKER_AHEAD; t++)
	{
		/* a list in the meeting's name, "các nghị quyết ...; quy định của Tỉnh ủy", if not a title's */
		if (tok_has(d, t, T_NL) || tok_punct(d, t, '.') || tok_punct(d, t, ':') ||
			(tok_punct(d, t, ';') && gb_tok_capitalized(d, k)))
			return false;
		if (gb_honorific_at(d, t, &h) > 0)
			return true;
		if (tok_punct(d, t, ',') && gb_dict_match(d, t + 1, CAT_TITLE, NULL) > 0)
			return true;
	}
	return false;
}

bool
document_ends_at(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = k - 1; j >= 0 && j >= k - 3; j--)
		if (gb_dict_match(d, j, CAT_DOCTYPE, &ph) == k - j)
			return ((d->tok[j].flags & T_UPPER) && !concluding_speech(d, j, k)) ||
				!(gb_kinds[ph->aux].flags & KIND_VERB);
	/*
	 * "Nghị quyết của Đại hội Đảng bộ tỉnh": the document's, "của" taking
	 * no verb (stop 36 U9)
	 */
	if (k >= 2 && tok_is(d, k - 1, "cua") && !tok_has(d, k - 1, T_UPPER | T_NL))
		for (j = k - 2; j >= 0 && j >= k - 4; j--)
			if (gb_dict_match(d, j, CAT_DOCTYPE, NULL) == k - 1 - j)
				return true;
	return false;
}

#define CONGRESS_LIST_BACK	20	/* tokens from a congress listed back to the one before */

/*
 * "Nghị quyết Đại hội XIII của Đảng, Đại hội Đảng bộ tỉnh lần thứ XVII và
 * Đại hội Đảng bộ huyện lần thứ XXIII": a named congress at k, listed after
 * a comma or "và" in the clause of a document's congress, is that
 * document's too, whose noun the list shares (stop 36 U9).  Named: its
 * organization or "đại biểu", "lần" follow, not a verb ("..., Đại hội đã
 * bầu ..."); and not held in its clause: "Sau khi quán triệt Nghị quyết
 * Đại hội XIII của Đảng, Đại hội Đảng bộ xã A lần thứ I đã khai mạc" (but
 * "... đã đề ra" is the document's source).
 */
static bool
congress_listed_after_document(const GbDoc *d, int k)
{
	int			j,
				m,
				lim;

	if (!tok_is(d, k, "dai") || !tok_is(d, k + 1, "hoi") ||
		!(tok_has(d, k + 2, T_UPPER) || tok_is(d, k + 2, "dai") || tok_is(d, k + 2, "lan")))
		return false;
	for (j = k + 2; j < d->ntok && j < k + TERM_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_has(d, j, T_PUNCT) || tok_is(d, j, "va"))
			break;
		if ((m = meetword(d, j, MW_HELD, NULL)) > 0 || (m = meetword(d, j, MW_VERB, NULL)) > 0)
		{
			if (!(tok_is(d, j + m, "de") && tok_is(d, j + m + 1, "ra")) &&
				!(tok_is(d, j + m, "ban") && tok_is(d, j + m + 1, "hanh")))
				return false;
			break;
		}
	}
	for (lim = k - CONGRESS_LIST_BACK; k >= 1 && (tok_punct(d, k - 1, ',') || tok_is(d, k - 1, "va"));)
	{
		for (j = k - 2; j >= 0 && j >= lim; j--)
		{
			if (tok_has(d, j + 1, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
				tok_punct(d, j, ':'))
				return false;
			if (tok_is(d, j, "dai") && tok_is(d, j + 1, "hoi"))
				break;
		}
		if (j < 0 || j < lim)
			return false;
		if (document_ends_at(d, j))
			return true;
		/* the congress before is itself listed: on back to the list's first */
		k = j;
		lim = k - CONGRESS_LIST_BACK;
	}
	return false;
}

/*
 * Whether a meeting word comes before "về" at v in its line and clause, with
 * no document named in between ("Kế hoạch về tổ chức đại hội" speaks of one).
 */
static bool
meeting_before(const GbDoc *d, int v)
{
	int			j;

	for (j = v - 1; j >= 0 && j >= v - MEETING_BEFORE_VE; j--)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':') ||
			tok_has(d, j + 1, T_NL) || gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0)
			return false;
		if (kind_at(d, j, NULL) > 0)
			return true;
	}
	return false;
}

/*
 * "đã họp Hội nghị lần thứ 13 để xem xét ...; tổng kết việc thực hiện ...":
 * a kind at k inside the purpose of a meeting named before "để" or "nhằm"
 * is one item of its agenda, unless it is the purpose's first word ("tổ
 * chức hội nghị để quán triệt").
 */
/*
 * Where a meeting's term written just before j starts, "(,) nhiệm kỳ 2025 -
 * 2030", or j: "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2, nhiệm kỳ
 * 2025 – 2030 nhằm ...", the meeting named before it (stop 30 E3).
 */
static int
term_before(const GbDoc *d, int j)
{
	int			i = j - 1;

	while (i > j - 5 && i > 1 && !tok_has(d, i + 1, T_NL) &&
		   (tok_has(d, i, T_NUM) || (tok_has(d, i, T_PUNCT) && !tok_punct(d, i, '.') &&
									 !tok_punct(d, i, ';'))))
		i--;
	if (i == j - 1 || !tok_is(d, i - 1, "nhiem") || !tok_ky(d, i) || tok_has(d, i, T_NL))
		return j;
	return tok_punct(d, i - 2, ',') ? i - 2 : i - 1;
}

static bool
agenda_item(const GbDoc *d, int k, uint64_t ends)
{
	int			j,
				i;

	/*
	 * "Đại hội là dịp để tổng kết ...", "Hội nghị có nhiệm vụ quán triệt":
	 * it describes the meeting named before in its sentence
	 */
	if (ends & MW_BIT(MW_DESCRIBE))
	{
		for (i = k - 2; i >= 0 && i >= k - PURPOSE_BACK; i--)
		{
			if (tok_punct(d, i, '.') || tok_has(d, i + 1, T_NL))
				break;
			if (kind_at(d, i, NULL) > 0)
				return true;
		}
	}
	/*
	 * the tokens' flags and lengths read directly, in bounds (j + 1 < k):
	 * the walk may go back a long sentence's tokens
	 */
	for (j = k - 2; j > 0 && j >= k - AGENDA_BACK; j--)
	{
		const GbTok *t = &d->tok[j];

		if ((d->tok[j + 1].flags & T_NL) || ((t->flags & T_PUNCT) && tok_punct(d, j, '.')))
			return false;
		if ((t->flen == 2 || t->flen == 4) && (tok_is(d, j, "de") || tok_is(d, j, "nham")))
		{
			int			from = term_before(d, j);

			for (i = from - 1; i >= 0 && i >= from - PURPOSE_BACK; i--)
				if (kind_at(d, i, NULL) > 0)
					return true;
			return false;
		}
	}
	return false;
}

/*
 * Whether the meeting word at k ends the name of one of its panels, as
 * congress_panel() reads them: "Tiểu ban Tuyên truyền khánh tiết Đại hội
 * đại biểu Đảng bộ tỉnh (đã tổ chức họp)", "Ban Văn kiện Đại hội ...", a
 * body named by the meeting it serves, which is not the one held.  Only
 * words stand between, no verb: "Tiểu ban ... tổ chức đại hội".
 */
static bool
committee_of(const GbDoc *d, int k)
{
	int			j;

	for (j = k - 2; j >= 0 && j >= k - COMMITTEE_BACK; j--)
	{
		if (gb_dict_may_match(d, j, CAT_AGENCY) && congress_panel(d, j) > k)
			return true;
		/* the panel reads its own field: "Tiểu ban tổ chức phục vụ Đại hội" */
		if ((!tok_has(d, j, T_WORD) && !field_dash(d, j)) || tok_has(d, j, T_NL) ||
			meetword(d, j, MW_VERB, NULL) > 0)
			return false;
	}
	return false;
}

/*
 * Whether "cho" at k closes "chuẩn bị (công tác) cho", "phục vụ cho": what
 * is prepared, a word or two, for the meeting named after it, which is to
 * come.
 */
static bool
purpose_for(const GbDoc *d, int k)
{
	int			j;

	for (j = k; j >= k - 2; j--)
	{
		if (j < k && (tok_has(d, j, T_PUNCT) || tok_has(d, j, T_NL)))
			return false;
		if (phrase_ends_at(d, j, CAT_MEETWORD, MW_ABOUT) &&
			!tok_is(d, j - 1, "ve") && !tok_is(d, j - 1, "nham"))
			return true;
	}
	return false;
}

/*
 * "Đại hội các Chi bộ trực thuộc", "đại hội đảng bộ các cấp": the
 * congresses of many organizations at k, a campaign; a congress held is
 * one organization's.
 */
static bool
congresses_of_many(const GbDoc *d, int k)
{
	int			q = k + 2;

	if (!tok_is(d, k, "dai") || !tok_is(d, k + 1, "hoi"))
		return false;
	if (tok_is(d, q, "dai") && tok_is(d, q + 1, "bieu"))
		q += 2;
	if ((tok_is(d, q, "dang") || tok_is(d, q, "chi")) && tok_is(d, q + 1, "bo"))
		q += 2;
	else if (tok_is(d, q, "dang") && !is_dang(d, q))
		q++;
	return tok_is(d, q, "cac") && !tok_has(d, q + 1, T_NL) &&
		(tok_is(d, q + 1, "cap") || gb_dict_match(d, q + 1, CAT_BODYHEAD, NULL) > 0);
}

/*
 * "công tác (tổ chức) đại hội": the congress at k0, the work of it ending
 * before k (past the verb), is a task, not one held (stop 31 H10).
 */
static inline bool
congress_task(const GbDoc *d, int k, int k0)
{
	return tok_is(d, k - 1, "tac") && tok_is(d, k - 2, "cong") && !tok_has(d, k - 1, T_NL) &&
		!tok_has(d, k - 2, T_UPPER) && tok_is(d, k0, "dai") && tok_is(d, k0 + 1, "hoi");
}

/*
 * "Tổng cục Du lịch tổ chức", "Ban Tuyên truyền tổ chức", "Học viện Báo
 * chí và Tuyên truyền tổ chức": the topic word ending at k (MW_ABOUT) ends
 * a capitalized name, its first word capitalized within the sentence or
 * run on from a capitalized word, and is no topic of the meeting the name
 * holds (stop 33 P1).  Read only before the verb: "Chuẩn bị tổ chức Đại
 * hội", capitalized as a sentence's first word, and "góp ý vào Báo cáo
 * tổng kết", a document's title, name the meeting's topic.
 */
static bool
about_in_name(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = k - 1; j >= 1 && j >= k - 3; j--)
		if (meetword_longest(d, j, &ph) == k - j && ph->aux == MW_ABOUT)
			break;
	if (j < 1 || j < k - 3 || tok_has(d, j, T_NL) || !tok_has(d, j - 1, T_WORD))
		return false;
	return gb_tok_capitalized(d, j) || gb_tok_capitalized(d, j - 1);
}

#define DELEGATION_BACK	8		/* tokens from "dự" back to "đại biểu" */

/*
 * "(gặp mặt, tiễn) đoàn đại biểu (LĐLĐ tỉnh) đi dự Đại hội XII Công đoàn
 * Việt Nam", "các đại biểu được chọn đi dự đại hội", "cử (bầu) đoàn đại
 * biểu (tỉnh) dự Đại hội toàn quốc ...": the meeting at k is where a
 * delegation is sent, held by others elsewhere, neither the report's
 * meeting nor its body (probe bd BD1).  "đi dự" after delegates says so;
 * a bare "dự" only after a delegation chosen, sent or seen off: "Thủ tướng
 * dẫn đầu đoàn đại biểu dự đại hội đặt vòng hoa" are the delegates of the
 * congress reported, and "Đoàn đại biểu Quốc hội tỉnh dự hội nghị" a body.
 */
static bool
delegation_destination(const GbDoc *d, int k)
{
	int			j = k - 1,
				i;
	bool		going;

	/* "dự khai mạc (bế mạc) Đại hội": its opening attended, as the congress */
	if (j >= 2 && (tok_is(d, j - 1, "khai") || tok_is(d, j - 1, "be")) && tok_is(d, j, "mac") &&
		!tok_has(d, j, T_NL) && !tok_has(d, j - 1, T_UPPER))
		j -= 2;
	if (j < 3 || !is_du(d, j) || tok_has(d, j, T_UPPER) || tok_has(d, j + 1, T_NL) ||
		tok_has(d, j, T_NL))
		return false;
	if (tok_is(d, j - 1, "tham") && !tok_has(d, j - 1, T_UPPER | T_NL))
		j--;
	going = tok_is(d, j - 1, "di") && gb_exact_any(d, j - 1, "đi") && !tok_has(d, j - 1, T_NL);
	if (going)
		j--;
	/* back to "đại biểu" in the clause */
	for (i = j - 2; i >= 0 && i >= j - DELEGATION_BACK; i--)
	{
		if (tok_has(d, i, T_PUNCT) || tok_has(d, i + 1, T_NL))
			return false;
		if (tok_is(d, i, "dai") && tok_is(d, i + 1, "bieu"))
			break;
	}
	if (i < 0 || i < j - DELEGATION_BACK)
		return false;
	/* not "Đoàn đại biểu Quốc hội (HĐND) tỉnh", a body */
	if (tok_is(d, i + 2, "quoc") || tok_is(d, i + 2, "hdnd") ||
		(tok_is(d, i + 2, "hoi") && tok_is(d, i + 3, "dong")))
		return false;
	if (going)
		return true;
	/* a delegation chosen, sent or seen off */
	if (!tok_is(d, i - 1, "doan") || tok_has(d, i, T_NL))
		return false;
	i -= 2;
	if (i >= 0 && tok_has(d, i + 1, T_NL))
		return false;
	return (tok_is(d, i, "bau") && gb_exact_any(d, i, "bầu")) ||
		(tok_is(d, i, "cu") && gb_exact_any(d, i, "cử")) ||
		(tok_is(d, i, "chon") && gb_exact_any(d, i, "chọn")) ||
		(tok_is(d, i, "tien") && gb_exact_any(d, i, "tiễn")) ||
		(i >= 1 && tok_is(d, i, "an") && tok_is(d, i - 1, "de") && gb_exact_any(d, i - 1, "đề")) ||
		(i >= 1 && tok_is(d, i, "mat") && tok_is(d, i - 1, "gap"));
}

static bool
spoken_read(const GbDoc *d, int k)
{
	const uint64_t want = MW_BIT(MW_VERB) | MW_BIT(MW_DESCRIBE) | MW_BIT(MW_ABOUT);
	uint64_t	ends;
	int			j,
				k0 = k;
	bool		verb = false;

	/* "họp" of "trước Kỳ họp thứ 9": a word of the longer kind before it */
	for (j = k - 1; j >= 0 && j >= k - 2; j--)
		if (kind_at(d, j, NULL) > k - j)
			return spoken_of_at(d, j);
	/* "Thông báo về kỳ họp thứ 2 ...": the notice's own session */
	if (session_notice_at(d, k))
		return false;
	if (delegation_destination(d, k))
		return true;
	/*
	 * "chuẩn bị tốt Đại hội": the manner of the verb before stands between
	 * it and the meeting, as "chuẩn bị tốt cho" (purpose_for()) does (stop
	 * 41 AS6); "tổ chức tốt Đại hội" still holds it, as "tổ chức" is read
	 * below
	 */
	/* the meeting words ending before it, looked up once for the tests below */
	ends = 0;
	if (k >= 2 && tok_is(d, k - 1, "tot") && gb_exact_any(d, k - 1, "tốt") &&
		!tok_has(d, k, T_NL) && !tok_has(d, k - 1, T_NL) &&
		(ends = meetwords_ending_at(d, k - 1, want)) != 0)
		k--;
	else
		ends = meetwords_ending_at(d, k, want);
	/* "chuẩn bị tổ chức đại hội": the verb belongs to the complement */
	if (ends & MW_BIT(MW_VERB))
	{
		k -= 2;
		verb = true;
		ends = meetwords_ending_at(d, k, want);
	}
	/*
	 * "Chiều 29/11, trong chương trình Hội nghị lần thứ 23, Ban Chấp hành
	 * ... đã tổ chức trao tặng ...": the meeting whose program sets the
	 * clause, as "tại Hội nghị ..." does, not a document (stop 37 ab3)
	 */
	if (k == k0 && in_program_before(d, k) && !tok_has(d, k, T_NL))
		return false;
	if (document_ends_at(d, k) || agenda_item(d, k, ends) || committee_of(d, k) ||
		congresses_of_many(d, k) || congress_task(d, k, k0) ||
		(k == k0 && congress_listed_after_document(d, k)))
		return true;
	/*
	 * "các mục tiêu, chỉ tiêu Đại hội Đảng bộ tỉnh lần thứ XVII đề ra",
	 * "nhiệm vụ Đại hội ...": the goals a congress set (stop 36 U9);
	 * "thông tin nhanh kết quả Đại hội ...": the results of a congress over,
	 * which a briefing conveys (stop 37 Z2)
	 */
	if (k == k0 && tok_is(d, k, "dai") && tok_is(d, k + 1, "hoi") &&
		(meetwords_ending_at(d, k, MW_BIT(MW_TARGET) | MW_BIT(MW_PLAN)) != 0 ||
		 (tok_is(d, k - 1, "qua") && tok_is(d, k - 2, "ket") && !tok_has(d, k - 1, T_NL | T_UPPER))))
		return true;
	if (tok_is(d, k - 1, "cho") && purpose_for(d, k - 1))
		return true;
	/*
	 * "(tổ chức) tổng duyệt Đại hội ...", "duyệt Đại hội ...": a meeting
	 * run through or approved, still to come.  A token test: "tổng duyệt"
	 * and "duyệt" are activities (MW_ACTIVITY), whose holder "tổ chức"
	 * takes as the organizer of the run-through reported (stop 36 T7)
	 */
	if (tok_is(d, k - 1, "duyet") && gb_exact_any(d, k - 1, "duyệt"))
		return true;
	if (!(ends & MW_BIT(MW_ABOUT)) || (verb && about_in_name(d, k)))
		return false;
	/*
	 * "Hội nghị trực tuyến ... về tổng kết 10 năm", "hội nghị nhằm quán
	 * triệt": the topic or purpose of a meeting held
	 */
	return !((tok_is(d, k - 1, "ve") || tok_is(d, k - 1, "nham")) &&
			 meeting_before(d, k - 1));
}

/* spoken_of_at(), read once a token (GbMeetMemo) */
bool
spoken_of_at(const GbDoc *d, int k)
{
	GbMeetMemo *memo = d->memo;

	if (memo == NULL || k < 0 || k >= d->ntok)
		return spoken_read(d, k);
	if (memo->spoken[k] < 0)
		memo->spoken[k] = spoken_read(d, k);
	return memo->spoken[k];
}

/*
 * "lãnh đạo", "cán bộ (chủ chốt)", "trưởng, phó", "Thường trực" at q: the
 * people who lead what follows, standing for it as the other side of a
 * working session ("làm việc với lãnh đạo huyện Bình An", probe-a G3).
 * Returns the token after them, or q.
 */
static int
leaders_end(const GbDoc *d, int q)
{
	int			e = q,
				j;

	if ((tok_is(d, q, "lanh") && tok_is(d, q + 1, "dao")) ||
		(tok_is(d, q, "thuong") && tok_is(d, q + 1, "truc")))
		e = q + 2;
	else if (tok_is(d, q, "can") && tok_is(d, q + 1, "bo"))
		e = tok_is(d, q + 2, "chu") && tok_is(d, q + 3, "chot") ? q + 4 : q + 2;
	else if (tok_is(d, q, "truong") && tok_is(d, q + 2, "pho") &&
			 (tok_punct(d, q + 1, ',') || tok_is(d, q + 1, "va")))
		e = q + 3;
	for (j = q + 1; j <= e; j++)
		if (tok_has(d, j, T_NL))
			return q;
	return e;
}

/*
 * A working session at k (m tokens of MW_SESSION): "buổi làm việc", or the
 * predicate "<body> (đã) làm việc với <body(ies)>"; not "sẽ làm việc", a session
 * to come, nor "đại hội làm việc với các nội dung", a body's work.  The
 * body may be named by its leaders, and then a locality by its level
 * ("với lãnh đạo huyện Bình An", leaders_end()).
 */
bool
work_session(const GbDoc *d, int k, int m)
{
	const GbPhrase *ph = NULL;
	const char *name;
	int			q = k + m,
				h,
				lv;

	if (tok_is(d, k, "buoi"))
		return true;
	/*
	 * "Đoàn kiểm tra ... làm việc tại Hội Cựu chiến binh tỉnh": at a body,
	 * a visit to it, as with it (stop 29 D3); not at a hall, "tại Hội
	 * trường tỉnh", which is no body
	 */
	if (tok_is(d, q, "tai") && !tok_is(d, k - 1, "se") && gb_tok_capitalized(d, q + 1) &&
		!tok_has(d, q + 1, T_NL))
		return body_at(d, q + 1, &name) > q + 1 && name != NULL;
	/*
	 * or a locality's, "làm việc tại huyện An Bình", a level and its name
	 * (stop 30 E3)
	 */
	if (tok_is(d, q, "tai") && !tok_is(d, k - 1, "se") && !tok_has(d, q + 1, T_UPPER) &&
		(lv = gb_dict_match(d, q + 1, CAT_LEVEL, NULL)) > 0 && gb_tok_capitalized(d, q + 1 + lv) &&
		!tok_has(d, q + 1, T_NL) && !tok_has(d, q + 1 + lv, T_NL))
		return true;
	if (tok_is(d, k - 1, "se") || !tok_is(d, q, "voi") || tok_has(d, q + 1, T_NL))
		return false;
	h = ++q;
	q = leaders_end(d, q);
	/* "làm việc với 7 đảng bộ trực thuộc", "với các sở, ngành": bodies in lower case */
	if ((tok_is(d, q, "cac") || (tok_has(d, q, T_NUM) && d->tok[q].len <= 3)) &&
		!tok_has(d, q + 1, T_NL) && gb_dict_match(d, q + 1, CAT_BODY | CAT_BODYHEAD, NULL) > 0)
		return true;
	if (q > h && !tok_has(d, q, T_UPPER) && gb_dict_match(d, q, CAT_LEVEL, NULL) > 0)
		return true;
	/*
	 * "làm việc với đoàn công tác của Tỉnh ủy Y", "với đoàn kiểm tra số 2":
	 * a delegation in lower case, as one capitalized (stop 32 M1a)
	 */
	if (q == h && !tok_has(d, q, T_UPPER) && delegation_at(d, q))
		return true;
	/* "trưởng, phó các ban xây dựng Đảng Tỉnh ủy": the units they lead */
	if (q > h && tok_is(d, q, "cac") && !tok_has(d, q + 1, T_NL) &&
		gb_dict_match(d, q + 1, CAT_AGENCY, &ph) > 0 && ph->aux != AGENCY_STOP)
		return true;
	return body_at(d, q, &name) > q && name != NULL;
}

/*
 * A kind in a building's name: "tại Trung tâm Hội nghị tỉnh", "Cung Hội
 * nghị Quốc gia"; the building noun capitalized, or after "tại", the kind
 * in any case: "tại Trung tâm hội nghị tỉnh".
 */
static bool
venue_at(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j,
				m;

	/* one look-up at each token for both tests */
	for (j = k - 1; j >= 0 && j >= k - 2; j--)
	{
		if ((m = meetword_longest(d, j, &ph)) < k - j ||
			(ph->aux != MW_PLACE && ph->aux != MW_VENUE))
			continue;
		/* "tại phòng họp Diên Hồng": the kind inside a room's noun */
		if (m > k - j)
			return true;
		if ((gb_tok_capitalized(d, k) ? gb_tok_capitalized(d, j) : gb_tok_capitalized(d, j) || tok_is(d, j - 1, "tai")) &&
			(ph->aux == MW_VENUE || (tok_is(d, j, "trung") && tok_is(d, j + 1, "tam"))))
			return true;
	}
	return false;
}

/*
 * As spoken_of_at(), and a kind that names the meeting noun before it is
 * spoken of with it: "phục vụ hội nghị tổng kết".
 */
bool
meeting_spoken_of(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j;

	if (spoken_of_at(d, k) || venue_at(d, k))
		return true;
	/* "về hội nghị trực tuyến toàn quốc tổng kết ...": past the noun's attributes */
	k = attributes_before(d, k);
	for (j = k - 1; j >= 0 && j >= k - 3; j--)
		if (kind_at(d, j, &ph) == k - j)
			return ph->aux == 0 && spoken_of_at(d, j);
	return false;
}

/*
 * Whether the online or scope word at k describes a meeting spoken of, not
 * held: "tuyên truyền về hội nghị trực tuyến toàn quốc tổng kết ...".
 */
bool
attribute_of_spoken(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j;

	k = attributes_before(d, k);
	for (j = k - 1; j >= 0 && j >= k - 2; j--)
		if (kind_at(d, j, &ph) == k - j)
			break;
	if (j < 0 || j < k - 2 || ph->aux != 0)
		return false;
	if (spoken_of_at(d, j))
		return true;
	/*
	 * "tuyên truyền ..., nhất là về Hội nghị lần thứ 3 ...; hội nghị trực
	 * tuyến toàn quốc ...": an item of a list of topics, the first spoken of
	 */
	if (tok_punct(d, j - 1, ';'))
	{
		int			i,
					m;

		for (i = j - 2; i >= 1 && i >= j - TOPIC_LIST_BACK; i--)
		{
			if (tok_punct(d, i, '.') || tok_has(d, i + 1, T_NL))
				return false;
			if (tok_is(d, i - 1, "ve") && (m = kind_at(d, i, &ph)) > 0 && ph->aux == 0)
				return spoken_of_at(d, i);
		}
	}
	return false;
}

#define REVIEW_OPEN_BACK	24	/* tokens from a meeting back to its sentence's start */

#define REVIEW_OPEN_WORDS	6	/* tokens of the period opening it, up to its comma */

/*
 * Whether the sentence (or the clause after a colon) of token k opens on
 * the period it reviews: "Trong quý, ...", "Trong năm 2023, ...", "Quý I
 * năm 2023, ...", "Trong thời gian qua, ...".
 */
static bool
review_opening(const GbDoc *d, int k)
{
	int			j,
				e;

	for (j = k - 1; j >= 0 && j >= k - REVIEW_OPEN_BACK; j--)
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':') ||
			tok_has(d, j + 1, T_NL))
			break;
	if (j < k - REVIEW_OPEN_BACK)	/* j == -1 within reach: the text's start */
		return false;
	j++;
	if (tok_is(d, j, "trong") && !tok_has(d, j + 1, T_NL))
		j++;
	if (!(tok_is(d, j, "quy") || tok_is(d, j, "thang") || tok_is(d, j, "nam") ||
		  (tok_is(d, j, "thoi") && tok_is(d, j + 1, "gian"))))
		return false;
	for (e = j + 1; e < k && e <= j + REVIEW_OPEN_WORDS; e++)
		if (tok_punct(d, e, ','))
			return true;
	return false;
}

#define FORM_BACK	12			/* tokens from an online word back to "hình thức" */

/*
 * The token of the preposition that brings the form of the meetings
 * before it, "với (các) hình thức", "bằng hình thức", "theo hình thức",
 * "dưới hình thức", whose words reach the online word at k in its clause:
 * "nhiều Hội nghị với các hình thức linh hoạt, cả trực tiếp và trực
 * tuyến" (probe ar AR3).  -1 when there is none.
 */
static int
form_of_meetings(const GbDoc *d, int k)
{
	int			j;

	for (j = k - 2; j >= 2 && j >= k - FORM_BACK; j--)
	{
		if (tok_has(d, j + 2, T_NL) || (tok_has(d, j + 1, T_PUNCT) && !tok_punct(d, j + 1, ',')))
			return -1;
		if (tok_is(d, j, "hinh") && tok_is(d, j + 1, "thuc") && !tok_has(d, j, T_NL) &&
			!tok_has(d, j + 1, T_NL))
		{
			if ((tok_is(d, j - 1, "cac") || tok_is(d, j - 1, "nhieu")) && !tok_has(d, j, T_NL))
				j--;
			if (tok_has(d, j, T_NL) || tok_has(d, j - 1, T_UPPER))
				return -1;
			return (tok_is(d, j - 1, "voi") || tok_is(d, j - 1, "bang") ||
					tok_is(d, j - 1, "theo") || tok_is(d, j - 1, "duoi")) ? j - 1 : -1;
		}
	}
	return -1;
}

/*
 * Whether the online word at k describes other meetings than the one
 * reported: meetings counted ("3 hội nghị trực tuyến", "các hội nghị trực
 * tuyến", also through their form, "nhiều Hội nghị với các hình thức linh
 * hoạt, cả trực tiếp và trực tuyến"), or one received or joined in a
 * sentence reviewing a period ("Trong quý, Ban đã tham mưu tiếp nhận Hội
 * nghị trực tuyến ...", probe l G7).
 */
bool
attribute_of_counted(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j,
				c,
				f;

	/* the form's preposition stands where the online word would */
	if ((f = form_of_meetings(d, k)) > 0 && !tok_has(d, f, T_NL))
		k = f;
	else
		k = attributes_before(d, k);
	for (j = k - 1; j >= 1 && j >= k - 2; j--)
		if (kind_at(d, j, &ph) == k - j)
			break;
	if (j < 1 || j < k - 2 || ph->aux != 0 || tok_has(d, j, T_NL))
		return false;
	c = j - 1;
	if (tok_has(d, c, T_NUM) && d->tok[c].len <= 2 && gb_tok_int(d, c) >= 2 &&
		!tok_punct(d, c - 1, '/') && !tok_punct(d, c - 1, '.') && !tok_punct(d, c - 1, '-'))
		return true;
	if (!tok_has(d, c, T_UPPER) &&
		(tok_is(d, c, "cac") || tok_is(d, c, "nhieu") || tok_is(d, c, "nhung")))
		return true;
	/* "tiếp nhận", "tham gia", "(tham) dự" the meeting, in a review */
	if (((tok_is(d, c - 1, "tiep") && tok_is(d, c, "nhan")) ||
		 (tok_is(d, c - 1, "tham") && tok_is(d, c, "gia")) || is_du(d, c)) &&
		review_opening(d, c))
		return true;
	return false;
}

/*
 * The first year of the term "nhiệm kỳ 2015 - 2020" that follows the
 * congress word ending before k in its sentence, or 0: a congress opens
 * its term, so that is the year it is held.
 */
int
term_opened(const GbDoc *d, int k, int hi)
{
	int			j;

	for (j = k; j < hi && j < k + TERM_AHEAD; j++)
	{
		/* not the dot of "TP.Tân Lập" */
		if ((tok_punct(d, j, '.') && gb_sentence_break(d, j + 1)) ||
			tok_punct(d, j, ';') || tok_has(d, j, T_NL))
			return 0;
		/* "tổng kết thực hiện Nghị quyết Đại hội ... nhiệm kỳ 2020 - 2025": the document's term */
		if (gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0)
			return 0;
		if (tok_is(d, j, "nhiem") && tok_ky(d, j + 1))
			return range_from(d, j + 2) ? gb_tok_int(d, j + 2) : 0;
	}
	return 0;
}

/*
 * Where the sentence of token k (a congress, a lead's cue) ends: the next
 * one's start, or hi.
 */
int
sentence_end_from(const GbDoc *d, int k, int hi)
{
	int			j;

	for (j = k + 1; j < hi; j++)
		if (gb_sentence_break(d, j))
			return j;
	return hi;
}

/* And where it starts, from lo on. */
int
sentence_start_of(const GbDoc *d, int lo, int k)
{
	int			j;

	for (j = k; j > lo; j--)
		if (gb_sentence_break(d, j))
			return j;
	return lo;
}

/*
 * "BCH Đảng bộ tỉnh khóa XVII tổ chức Hội nghị lần thứ nhất" at p, after
 * the sentence of a congress: the first meeting the body's clause names is
 * no congress, so it is one held during it (a sub-event), whose body does
 * not organize the congress.
 */
static bool
sub_event_at(const GbDoc *d, int p, int hi)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = p; j < hi && j < p + SUB_EVENT_AHEAD; j++)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || (j > p && tok_has(d, j, T_NL)))
			return false;
		if (kind_at(d, j, &ph) > 0)
			return strcmp(ph->value, gb_kind_congress) != 0;
	}
	return false;
}

/*
 * "Đại hội thực hiện 2 nội dung gồm tiến hành tổng kết ...", "Đại hội tiến
 * hành sơ kết ...": an activity named in a sentence whose subject is the
 * congress (it opens the sentence, or its clause after a date: "Sáng 29/9,
 * Đại hội tiến hành ...") is an item of its agenda, not the
 * meeting's kind: a congress is one, whatever it reviews.  Whether the kind
 * at k is such an item.
 */
static bool
congress_agenda(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j;

	/*
	 * "Trong 2 ngày (5 và 6-8), ĐH tổng kết ...": "ĐH" in capitals is the
	 * congress when a verb in lower case follows it; "ĐH" of a university
	 * ("ĐH Cần Thơ tổng kết") has its name after it (probe y Y5)
	 */
	if (k >= 1 && gb_congress_word(d, k - 1) == 1 && lower_word(d, k))
		return k == 1 || tok_has(d, k - 1, T_NL) || tok_punct(d, k - 2, '.') ||
			tok_punct(d, k - 2, ',');
	for (j = k - 1; j >= 0 && j >= k - CONGRESS_ITEM_BACK; j--)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':'))
			return false;
		/*
		 * the congress opening its sentence, also after a crawl tag
		 * opening the line: " date 2025-09-29 Đại hội thực hiện 2 nội
		 * dung gồm tiến hành tổng kết ..." (probe au AU8)
		 */
		if (kind_at(d, j, &ph) > 0)
			return strcmp(ph->value, gb_kind_congress) == 0 && tok_has(d, j, T_UPPER) &&
				(j == 0 || tok_has(d, j, T_NL) || tok_punct(d, j - 1, '.') ||
				 tok_punct(d, j - 1, ',') || after_line_tag(d, j));
		if (tok_has(d, j, T_NL))
			return false;
	}
	return false;
}

/*
 * "Chủ trì hội nghị, đồng chí Lê Thanh Hải, ..., Bí thư Thành ủy TP Hồ
 * Chí Minh đã quán triệt một số nội dung": a kind whose subject is a
 * person, one an honorific introduces earlier in its sentence with no
 * meeting, meeting verb or role between, is what the person does at the
 * meeting.  Once a meeting noun names the meeting ("Hội nghị cán bộ ...
 * giới thiệu nhân sự"), it is not the meeting's kind.  Whether the kind at
 * k is such an act, from lo on.
 */
static bool
speaker_act(const GbDoc *d, int lo, int k)
{
	const char *h;
	int			j;

	for (j = k - 1; j >= lo && j >= k - SPEAKER_ACT_BACK && !gb_sentence_break(d, j + 1); j--)
	{
		if (tok_punct(d, j, ';') || tok_punct(d, j, ':') || kind_at(d, j, NULL) > 0 ||
			meetword(d, j, MW_VERB, NULL) > 0 || gb_dict_match(d, j, CAT_ROLE, NULL) > 0)
			return false;
		if (gb_honorific_at(d, j, &h) > 0)
			return true;
	}
	return false;
}

/*
 * Whether a document is named before k in its sentence, from lo: "Thông
 * báo số 55-TB/TW ... về sơ kết 5 năm ...", where the review is the
 * document's subject, not the meeting's.
 */
static bool
doc_before(const GbDoc *d, int lo, int k)
{
	int			j;

	for (j = k - 1; j >= lo && !gb_sentence_break(d, j) && !tok_has(d, j + 1, T_NL); j--)
		if (gb_dict_may_match(d, j, CAT_DOCTYPE) && gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0)
			return true;
	return false;
}

/*
 * "tổng kết công tác Đại hội", "tổng kết, rút kinh nghiệm sau khi Đại hội
 * Đảng bộ xã diễn ra": after a review's kind, ending at q, a congress
 * named a few words on in its clause, which the review follows; not one
 * a document or a count of years stands before ("tổng kết 5 năm thực
 * hiện Nghị quyết Đại hội ...": the document reviewed).
 */
static bool
congress_reviewed(const GbDoc *d, int q, int hi)
{
	int			j;

	for (j = q; j < hi && j < q + CONGRESS_REVIEW_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_has(d, j, T_NUM) ||
			(tok_has(d, j, T_PUNCT) && !tok_punct(d, j, ',')) ||
			gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0)
			return false;
		if (tok_is(d, j, "dai") && tok_has(d, j, T_UPPER) && tok_is(d, j + 1, "hoi"))
			return true;
	}
	return false;
}

/*
 * "Hội nghị Đảng ủy Công an Trung ương ... cho ý kiến về các văn bản trình
 * Hội nghị Công an toàn quốc lần thứ 79": the scope word at p inside the
 * proper name of a meeting, its kind capitalized and a word of a name
 * before it (a capital, then a syllable or two), is that meeting's; of
 * another one than the first the window names (at first, or -1 when
 * none), not the reach of the one held.
 */
static bool
other_meeting_scope(const GbDoc *d, int p, int first)
{
	int			j,
				km;

	if (first < 0 || p < 3 || !tok_has(d, p - 1, T_WORD) || tok_has(d, p, T_NL))
		return false;
	for (j = p - 1; j >= 0 && j >= p - 5; j--)
	{
		if (!tok_has(d, j, T_WORD) || tok_has(d, j + 1, T_NL))
			return false;
		if (j < p - 1 && (km = kind_at(d, j, NULL)) > 0 && j + km < p && gb_tok_capitalized(d, j))
			return j > first && gb_tok_capitalized(d, j + km);
	}
	return false;
}

/*
 * "Để chuẩn bị ... tổng hợp ý kiến của cử tri tại kỳ họp thứ 13 - HĐND
 * tỉnh, sáng ngày 10/7, Ban Thường trực UBMTTQ tỉnh đã tổ chức hội nghị",
 * "Quyết tâm tổ chức thành công Đại hội ... (PLVN) - Sáng 4/9, Ủy ban
 * Trung ương MTTQ Việt Nam tổ chức Hội nghị Đoàn Chủ tịch": the meeting
 * the verb of the organizer named at p takes is the one held; the meeting
 * named before the subject in its sentence (in a purpose, a headline run
 * into the lead) is one spoken of.  Not "Tại hội nghị này, ..., A tổ chức
 * họp mặt": an event held at the meeting first named.  Returns the noun
 * the verb takes, or NULL.
 */
static const char *
held_noun_after(const GbDoc *d, int p, int hi)
{
	Found		f = {0};
	int			j;

	for (j = p + 1; j < hi && j < p + SUB_EVENT_AHEAD; j++)
	{
		if (tok_punct(d, j, ';') || gb_sentence_break(d, j))
			return NULL;
		/* not "Ban Chỉ đạo về tổ chức Đại hội": a task of the body's name */
		if (!tok_has(d, j, T_UPPER) && meetword(d, j, MW_VERB, NULL) > 0)
		{
			if (tok_is(d, j - 1, "ve") || side_event_of(d, j))
				return NULL;
			verb_object(d, j, &f);
			return f.noun;
		}
	}
	return NULL;
}

/*
 * "Đại hội đại biểu Đảng bộ thành phố X khai mạc phiên họp chính thức": a
 * sitting that the verb takes is one of the meeting named before it,
 * which stays the meeting (probe-o G7), as "phiên khai mạc Đại hội" is.
 */
static inline bool
sitting_noun(const char *held)
{
	return strcmp(held, "phiên họp") == 0;
}

/* Whether the meeting noun is named in the sentence of p before it, from lo on. */
static bool
noun_in_sentence_before(const GbDoc *d, int lo, int p, const char *noun)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = p - 1; j >= lo && !gb_sentence_break(d, j + 1); j--)
		if (kind_at(d, j, &ph) > 0 && strcmp(ph->value, noun) == 0)
			return true;
	return false;
}

#define LOCALITY_BACK	10		/* tokens from a congress back to its locality */

/*
 * "Sáng 30/7, huyện Đại Lộc đã chính thức khai mạc Đại hội Đại biểu Đảng
 * bộ huyện lần thứ XXII", "Tỉnh Sơn La khai mạc Đại hội đại biểu Đảng bộ
 * tỉnh lần thứ XVI": a locality heading its sentence holds the congress (m
 * tokens at k) that its meeting verb takes; the congress is its Party
 * organization's, at the locality's level, which the locality names.  A
 * congress that names its place keeps it.  Returns the organizer, or NULL.
 */
static char *
locality_congress(const GbDoc *d, int k, int m)
{
	const char *name;
	char	   *own;
	int			s,
				v,
				q,
				e,
				n,
				lv = 0;
	GbBuf		b = {0};

	for (v = k - 1; v >= 0 && v >= k - 2; v--)
		if (meetword(d, v, MW_VERB, NULL) == k - v)
			break;
	if (v < 0 || v < k - 2 || tok_has(d, k, T_NL) ||
		(own = congress_of(d, k + m)) == NULL)
		return NULL;
	/* the locality: its level, its name in capitals, adverbs up to the verb */
	for (s = v - 1; s >= 0 && s >= v - LOCALITY_BACK; s--)
	{
		if (tok_has(d, s + 1, T_NL) || gb_sentence_break(d, s + 1))
			return NULL;
		if ((lv = gb_dict_match(d, s, CAT_LEVEL, NULL)) > 0 && heads_sentence(d, s))
			break;
	}
	if (s < 0 || s < v - LOCALITY_BACK || lv == 0)
		return NULL;
	for (n = s + lv; n < v && gb_tok_capitalized(d, n) && tok_has(d, n, T_WORD) && !tok_has(d, n, T_NL); n++)
		;
	/*
	 * "phường Xuân Hòa (TPHCM) tổ chức", "..., TPHCM tổ chức": the city, no
	 * break (probe au AU2); at the verb (n == v), a word, it reads nothing
	 */
	if (n == s + lv || skip_adverbs(d, city_apposition(d, n)) != v)
		return NULL;
	/* the congress's Party organization, at the same level, unnamed */
	q = k + m + (tok_is(d, k + m, "dai") && tok_is(d, k + m + 1, "bieu") ? 2 : 0);
	if (!(tok_is(d, q, "dang") && tok_is(d, q + 1, "bo")))
		return own;
	/*
	 * "phường Xuân Hòa tổ chức Đại hội đại biểu Đảng bộ lần thứ I": a bare
	 * "Đảng bộ" is the locality's, its level in lower case as written
	 */
	if ((e = body_at(d, q, &name)) == q + 2 && !tok_has(d, s, T_UPPER))
		lv = 0;
	else if (e != q + 2 + lv || gb_dict_match(d, q + 2, CAT_LEVEL, NULL) != lv ||
			 d->tok[s].flen != d->tok[q + 2].flen ||
			 memcmp(tok_fold(d, s), tok_fold(d, q + 2), d->tok[s].flen) != 0)
		return e > q + 2 + lv ? own : NULL;
	gb_buf_append(&b, own, strlen(own));
	gb_buf_putc(&b, ' ');
	name = gb_span_text(d, s + lv, n);
	gb_buf_append(&b, name, strlen(name));
	own = gb_arena_strndup(d->arena, b.data, b.len);
	gb_free(b.data);
	return own;
}

/*
 * Whether the meeting named at k (km tokens) is announced, not held: its
 * predicate in the future, "Đại hội ... lần thứ XVI sẽ diễn ra", "Hội nghị
 * dự kiến (được) tổ chức", or its verb before it, "sẽ tổ chức Đại hội",
 * "Dự kiến tổ chức Đại hội ... vào tháng 10", or its clause after "(Theo)
 * dự kiến,".  A verb without the future ("đã bế mạc", "khai mạc") or the
 * clause's end first is one held.
 */
static bool
announced_at(const GbDoc *d, int k, int km)
{
	int			j,
				v;

	if (opens_planned(d, k - 3) || (tok_is(d, k - 4, "theo") && opens_planned(d, k - 4)))
		return true;
	for (v = k - 1; v >= 0 && v >= k - 3; v--)
		if (meetword(d, v, MW_VERB, NULL) == k - v)
		{
			if (tok_is(d, v - 1, "duoc"))
				v--;
			return future_mark(d, v - 1) || future_mark(d, v - 2);
		}
	for (j = k + km; j < d->ntok && j < k + km + FUTURE_AHEAD; j++)
	{
		if (tok_punct(d, j, ';') || gb_sentence_break(d, j))
			return false;
		if (future_mark(d, j))
			return true;
		if (!tok_has(d, j, T_UPPER) &&
			((tok_is(d, j, "da") && gb_exact_any(d, j, "đã")) ||
			 (tok_is(d, j, "vua") && gb_exact_any(d, j, "vừa")) ||
			 meetword(d, j, MW_VERB, NULL) > 0))
			return false;
	}
	return false;
}

/*
 * Whether the congress named at k (km tokens) is told of in a sentence of
 * its own, not named as the report's meeting: announced (announced_at()),
 * or over, "Đại hội ... lần thứ I, nhiệm kỳ 2025-2030 đã thành công tốt
 * đẹp", a speaker's praise of a congress whose resolution a later meeting
 * studies (stop 37 Z2).  The bare headline "Đại hội ... thành công tốt
 * đẹp" has no tense: a report of the congress itself.  So too a congress
 * among the results a review lists, "chỉ đạo tổ chức thành công đại hội
 * cấp cơ sở, Đại hội Đảng bộ khối ... lần thứ XV" (probe 121 bc3).
 */
bool
congress_told_aside(const GbDoc *d, int k, int km)
{
	int			j;

	for (j = k - 1; j >= 2 && j >= k - FUTURE_AHEAD; j--)
	{
		if (tok_punct(d, j, ';') || gb_sentence_break(d, j) || tok_has(d, j + 1, T_NL))
			break;
		if (tok_is(d, j - 1, "thanh") && tok_is(d, j, "cong") && !tok_has(d, j - 1, T_UPPER) &&
			phrase_ends_at(d, j - 1, CAT_MEETWORD, MW_VERB))
			return true;
	}
	for (j = k + km; j < d->ntok && j < k + km + FUTURE_AHEAD; j++)
	{
		if (tok_punct(d, j, ';') || gb_sentence_break(d, j))
			break;
		if (tok_is(d, j, "da") && gb_exact_any(d, j, "đã") && !tok_has(d, j, T_UPPER))
			return tok_is(d, j + 1, "thanh") && tok_is(d, j + 2, "cong");
	}
	return announced_at(d, k, km);
}

/*
 * Whether the meeting named at k (km tokens) in a lead's window, whose cue
 * is at cue, is one announced in another sentence than the cue's: "Sáng
 * 5/11, Ban Bí thư Trung ương Đoàn nghe báo cáo ... Theo đó, Đại hội Đoàn
 * TNCS Hồ Chí Minh tỉnh lần thứ XVI sẽ diễn ra vào ngày 19/11/2025": a
 * meeting to come, which the one held on the cue's day prepares, gives it
 * neither its kind nor its organization (stop 28 G3).  A lead announcing
 * its own meeting ("Ngày 29/8, Tỉnh ủy sẽ tổ chức hội nghị") has its cue
 * in that sentence.  Out of line: scan_window() asks it of few congresses,
 * and grown with it, stopped inlining what it asks at every token.
 */
static __attribute__((noinline)) bool
announced_aside(const GbDoc *d, int lo, int cue, int k, int km)
{
	return announced_at(d, k, km) &&
		sentence_start_of(d, lo, k) != sentence_start_of(d, lo, cue);
}

#define ADOPTED_BACK	24		/* tokens from "được" back to the fronted clause's opener */

/*
 * "Căn cứ Điều lệ Đảng ... được Đại hội đại biểu toàn quốc lần thứ XI của
 * Đảng thông qua ngày 19/11/2011": a congress at k, the agent of a passive
 * ("được" right before it) whose subject is a document ("Điều lệ Đảng",
 * "Nghị quyết"), in a clause that opens its sentence with its use ("Căn cứ", "Thực hiện",
 * "Quán triệt", "Triển khai"), is the document's source, background
 * as its subject is: it holds nothing the report tells of, neither its
 * kind nor its body (probe aw AW2).  "Nghị quyết được Đại hội thông qua"
 * in a sentence of its own may be the congress reported, and keeps it.
 */
static bool
adopted_by_congress(const GbDoc *d, int k)
{
	int			j;

	if (k < 3 || !tok_is(d, k - 1, "duoc") || tok_has(d, k - 1, T_UPPER | T_NL))
		return false;
	/* back to the sentence's start, no stop or comma between */
	for (j = k - 2; j > 0 && j >= k - ADOPTED_BACK; j--)
	{
		if (tok_has(d, j, T_PUNCT))
			return false;
		if (tok_has(d, j, T_NL) || gb_sentence_break(d, j) || after_line_tag(d, j))
			break;
	}
	if (j < k - ADOPTED_BACK || j + 2 >= k - 1 || !tok_has(d, j, T_UPPER))
		return false;
	return (tok_is(d, j, "can") && tok_is(d, j + 1, "cu")) ||
		(tok_is(d, j, "thuc") && tok_is(d, j + 1, "hien")) ||
		(tok_is(d, j, "quan") && tok_is(d, j + 1, "triet")) ||
		(tok_is(d, j, "trien") && tok_is(d, j + 1, "khai"));
}

/* "(việc) thực hiện Chỉ thị ...", "triển khai Nghị quyết ..." at q: a document's implementation */
static bool
implementation_checked(const GbDoc *d, int q)
{
	if (tok_is(d, q, "viec") && !tok_has(d, q, T_UPPER))
		q++;
	if (!implements_at(d, q) || tok_has(d, q, T_UPPER) || tok_has(d, q + 1, T_NL) ||
		tok_has(d, q + 2, T_NL))
		return false;
	return gb_dict_may_match(d, q + 2, CAT_DOCTYPE) && gb_dict_match(d, q + 2, CAT_DOCTYPE, NULL) > 0;
}

/*
 * "cho ý kiến vào (về, đối với) (nội dung, báo cáo, dự thảo) tổng kết
 * ...", "góp ý vào ...": the review word at k is what a session comments
 * on (stop 30 E3, stop 32 K5).
 */
static bool
opinion_on_before(const GbDoc *d, int k)
{
	int			j = k;

	if ((tok_is(d, j - 2, "noi") && tok_is(d, j - 1, "dung")) ||
		(tok_is(d, j - 2, "bao") && tok_is(d, j - 1, "cao")))
		j -= 2;
	if (tok_is(d, j - 2, "du") && tok_is(d, j - 1, "thao"))
		j -= 2;
	if (tok_is(d, j - 1, "vao") || (tok_is(d, j - 1, "ve") && gb_exact_any(d, j - 1, "về")))
		j -= 1;
	else if (tok_is(d, j - 2, "doi") && tok_is(d, j - 1, "voi"))
		j -= 2;
	else
		return false;
	return (tok_is(d, j - 2, "y") && tok_is(d, j - 1, "kien")) ||
		(tok_is(d, j - 2, "gop") && tok_is(d, j - 1, "y"));
}

#define DELIBERATED_BACK	16	/* tokens from an agenda item back to "thảo luận" */

/*
 * Whether the kind word at k is an item a meeting deliberates on: "đại
 * biểu sẽ thảo luận, quyết định một số nội dung quan trọng như: việc quán
 * triệt, triển khai Chỉ thị ..." (stop 34 S3), "cho ý kiến các nội
 * dung: tổng kết ...".  What a plenum's members discuss is its agenda,
 * not what it holds; the item is their verb's object, after "việc" or
 * a colon that lists it.  "thảo luận và quán triệt", a verb joined to
 * it, is the meeting's act.
 */
static bool
deliberated_item(const GbDoc *d, int k)
{
	bool		object = tok_is(d, k - 1, "viec");
	int			j;

	for (j = k - 1; j > 0 && j >= k - DELIBERATED_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';'))
			return false;
		if (tok_punct(d, j, ':'))
			object = true;
		if ((tok_is(d, j, "thao") && tok_is(d, j + 1, "luan") && gb_exact_words(d, j, 2, "thảo luận")) ||
			(tok_is(d, j - 1, "cho") && tok_is(d, j, "y") && tok_is(d, j + 1, "kien")))
			return object;
	}
	return false;
}

#define DOC_SUBJECT_BACK	40	/* tokens from "về" back to the document it is the subject of */

/*
 * "Thực hiện Hướng dẫn số 01-HD/BTG ngày 28/9/2022 của Ban Tuyên giáo ...
 * về nội dung sinh hoạt chuyên đề ...": the kind at k, after "về" (and
 * "nội dung" or "việc"), is the subject of the document named before it in
 * its clause, no meeting verb or other kind between, not a meeting held
 * (probe ae AE3).  Only "về" in lower case is looked back from.
 */
static bool
document_subject(const GbDoc *d, int k)
{
	int			j = k - 1;

	if (tok_is(d, j - 1, "noi") && tok_is(d, j, "dung"))
		j -= 2;
	else if (tok_is(d, j, "viec"))
		j--;
	if (!tok_is(d, j, "ve") || tok_has(d, j, T_UPPER | T_NL) || !gb_exact_any(d, j, "về"))
		return false;
	for (j--; j > 0 && j >= k - DOC_SUBJECT_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || gb_sentence_break(d, j + 1) || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':') || tok_punct(d, j, ',') || kind_at(d, j, NULL) > 0 ||
			meetword(d, j, MW_VERB, NULL) > 0)
			return false;
		if (gb_dict_may_match(d, j, CAT_DOCTYPE) && gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0)
			return true;
	}
	return false;
}

#define IMPROVED_BACK	8		/* tokens from a kind back to "nâng cao chất lượng" */

/*
 * "Nâng cao chất lượng nghiên cứu, học tập, quán triệt nghị quyết của
 * Đảng", "nâng cao hiệu quả công tác quán triệt": a kind after "nâng cao
 * chất lượng (hiệu quả)", past a list of the acts improved, is what is
 * to be bettered, a topic, no meeting held (probe av AV1 22), as
 * "nâng cao chất lượng sinh hoạt chi bộ" is a guidance's subject.
 */
static bool
improved_before(const GbDoc *d, int k)
{
	int			j;

	for (j = k - 1; j >= 3 && j >= k - IMPROVED_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':') || kind_at(d, j, NULL) > 0)
			return false;
		if (((tok_is(d, j - 1, "chat") && tok_is(d, j, "luong")) ||
			 (tok_is(d, j - 1, "hieu") && tok_is(d, j, "qua"))) &&
			tok_is(d, j - 3, "nang") && tok_is(d, j - 2, "cao") && !tok_has(d, j - 2, T_NL))
			return true;
	}
	return false;
}

#define STEER_TASK_BACK	6		/* tokens from "về" back to "Ban Chỉ đạo": "Ban Chỉ đạo của Chính phủ về" */

/*
 * "chủ trì họp Ban Chỉ đạo của Chính phủ về tổng kết Nghị quyết số 18": the
 * kind at k after "về" closing a steering committee's name is the
 * committee's task, not what the meeting named before it does (probe av
 * AV4); the caller asks it only once a meeting noun is read.
 */
static bool
steering_task_at(const GbDoc *d, int k)
{
	int			j;

	if (!tok_is(d, k - 1, "ve") || tok_has(d, k - 1, T_UPPER | T_NL) || !gb_exact_any(d, k - 1, "về"))
		return false;
	for (j = k - 2; j >= 2 && j >= k - STEER_TASK_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || tok_has(d, j, T_PUNCT))
			return false;
		if (steering_head_at(d, j - 2) && gb_tok_capitalized(d, j - 2))
			return true;
	}
	return false;
}

/*
 * Whether the review or quán triệt word at k is the topic of another act,
 * not what the meeting does (stop 30 E3): a document's, "(các) văn bản
 * tổng kết", "dự thảo sơ kết"; what is commented on, "cho ý kiến (góp ý)
 * vào tổng kết", "ý kiến về nội dung tổng kết" (opinion_on_before()); or
 * what a visit checks, "kiểm tra (giám sát) việc quán triệt", also joined
 * to an implementing verb, "kiểm tra việc triển khai, quán triệt Nghị
 * quyết".  The meeting is the session or sitting held.
 */
static bool
kind_topic_of(const GbDoc *d, int k)
{
	int			j = k;

	if (deliberated_item(d, k))
		return true;
	if ((tok_punct(d, j - 1, ',') || tok_is(d, j - 1, "va")) && implements_at(d, j - 3))
		j -= 3;
	if ((tok_is(d, j - 2, "van") && tok_is(d, j - 1, "ban")) ||
		(tok_is(d, j - 2, "du") && tok_is(d, j - 1, "thao")))
		return true;
	if (opinion_on_before(d, j))
		return true;
	if (improved_before(d, j))
		return true;
	if (tok_is(d, j - 1, "viec"))
		j--;
	if ((tok_is(d, j - 2, "kiem") && tok_is(d, j - 1, "tra")) ||
		(tok_is(d, j - 2, "giam") && tok_is(d, j - 1, "sat")))
		return true;

	/*
	 * "Hội nghị cán bộ toàn quốc hướng dẫn (việc) (tiến hành) kiểm điểm
	 * ...": what a meeting guides is its topic, held later by others (probe
	 * ao AO8), as a guidance's subject is
	 */
	if (tok_is(d, j - 2, "tien") && tok_is(d, j - 1, "hanh"))
		j -= 2;
	if (tok_is(d, j - 1, "viec"))
		j--;
	return tok_is(d, j - 2, "huong") && tok_is(d, j - 1, "dan") &&
		!tok_has(d, j - 2, T_UPPER | T_NL) && gb_exact_any(d, j - 1, "dẫn");
}

/*
 * "Sau 1 (một) buổi làm việc khẩn trương, ..., Hội nghị lần thứ nhất ... bế
 * mạc": the sessions counted after "Sau" are how long the meeting its
 * clause names lasted, not a working session (stop 37 Z6), as "Sau 2 ngày
 * làm việc" is.
 */
static inline bool
sessions_counted_after(const GbDoc *d, int k)
{
	return k >= 2 && tok_is(d, k, "buoi") && tok_is(d, k - 2, "sau") && !tok_has(d, k - 1, T_NL) &&
		!tok_has(d, k, T_NL) &&
		(tok_has(d, k - 1, T_NUM) || (tok_is(d, k - 1, "mot") && gb_exact_any(d, k - 1, "một")) ||
		 (tok_is(d, k - 1, "hai") && gb_exact_any(d, k - 1, "hai")));
}

/*
 * "tổ chức Đại hội nhiệm kỳ 2025 - 2030 để (nhằm) tổng kết việc thực hiện
 * Nghị quyết ...": the kind at k after a purpose word is what the congress
 * already named (noun) is for, not its kind (stop 37 Z3); a plain "hội
 * nghị nhằm quán triệt" still takes the kind it is for.
 */
static inline bool
congress_purpose(const GbDoc *d, int k, const char *noun)
{
	return noun && strcmp(noun, gb_kind_congress) == 0 && purpose_at(d, k - 1);
}

/*
 * "Hội nghị sinh hoạt chuyên đề quý III và tổng kết ...": a session named
 * right after the plain noun (noun) names the meeting, as "Hội nghị giao
 * ban" does (stop 31 H13); so does a gathering, "Hội nghị gặp mặt" (stop 32
 * K11), and a decision announced, "Hội nghị công bố quyết định" (stop 38
 * ab8).
 */
bool
session_noun_named(const GbDoc *d, int k, const char *noun, const GbPhrase *kind)
{
	return noun == gb_kind_meeting && kind->aux == 0 &&
		(((strncmp(kind->value, "sinh hoạt", sizeof("sinh hoạt") - 1) == 0 ||
		   strcmp(kind->value, gb_kind_gathering) == 0) && meeting_noun_before(d, k)) ||
		 meeting_announces(d, k, kind));
}

/*
 * Whether the kind word at k is a later item of the list whose first a
 * ceremony held is, at first: "tổ chức Lễ kỷ niệm 95 năm Ngày thành lập
 * Đảng; gắn biển ...; tổng kết và trao Giải ...": the ceremony named first
 * keeps its kind (stop 34 Q11); "tổ chức lễ tổng kết" is one item.
 */
static bool
later_item_of_ceremony(const GbDoc *d, int first, int k, const char *noun)
{
	int			j;

	if (first < 0 || !noun || noun[0] != 'l' || strncmp(noun, "lễ", strlen("lễ")) != 0)
		return false;
	for (j = first + 1; j < k; j++)
	{
		if (gb_sentence_break(d, j))
			return false;
		if (tok_punct(d, j, ';') || tok_is(d, j, "va"))
			return true;
	}
	return false;
}

#define BARE_LEVEL_AHEAD	16	/* tokens from a subject to the congress it holds */

/*
 * Whether body name o ends at its level in lower case ("Đảng bộ Công an
 * tỉnh") and full is o with its place after it ("... tỉnh Phú Thọ").
 */
static bool
bare_level_of(const char *o, const char *full)
{
	size_t		n = strlen(o);
	const char *w = strrchr(o, ' ');

	return w != NULL && w[1] >= 'a' && w[1] <= 'z' && strncmp(o, full, n) == 0 &&
		full[n] == ' ' && full[n + 1] != '\0' && !(full[n + 1] >= 'a' && full[n + 1] <= 'z');
}

/*
 * Kind, organizer, period and scope as first found in tokens [lo, hi), the
 * lead's cue at cue (-1: a headline's, or a sentence's alone).
 */
void
scan_window(const GbDoc *d, int lo, int hi, int cue, Found *f)
{
	int			k,
				congress_end = -1,	/* the sentence of the congress listed */
				first = -1,		/* the first meeting named, held */
				org_at = -1;	/* where the organizer found starts */

	for (k = next_window_cue(d, lo, hi); k < hi; k = next_window_cue(d, k + 1, hi))
	{
		const GbPhrase *kind = NULL,
				   *mw = NULL;
		int			km,
					mwm = 0;
		bool		congress,		/* the meeting named at k is a congress */
					aside = false;	/* the meeting at k, announced (announced_aside()) */

		/* one meeting word for all: the longest at k, of any aux */
		if ((!f->headed_by || !f->scope || (!f->kind && !f->noun)) &&
			gb_dict_may_match(d, k, CAT_WINSTART))
			mwm = gb_dict_match(d, k, CAT_MEETWORD, &mw);

		/*
		 * "Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy về ..., để sơ kết":
		 * the session, first named, is the meeting, not what it is about;
		 * a meeting named before it ("hội nghị làm việc với") still is
		 */
		if (!f->kind && !f->noun && mwm > 0 && mw->aux == MW_SESSION &&
			work_session(d, k, mwm) && !meeting_spoken_of(d, k) && !sessions_counted_after(d, k))
			f->kind = "làm việc";
		/*
		 * "Ban Chỉ đạo ... về tổng kết thực hiện Nghị quyết ... tổ chức
		 * họp": a review, even as the topic, is held after what it reviews
		 */
		if ((km = kind_at(d, k, &kind)) > 0 && kind->aux == 1 &&
			(strcmp(kind->value, "tổng kết") == 0 || strcmp(kind->value, "sơ kết") == 0) &&
			!doc_before(d, lo, k))
		{
			f->reviews = true;
			if (!f->reviews_congress)
				f->reviews_congress = congress_reviewed(d, k + km, hi);
		}
		/*
		 * "giao ban (việc) thực hiện Chỉ thị 05 ngày 15-5-2016": a check on
		 * a document carried out, held any year after it, as a review is
		 * (stop 29 D10)
		 */
		else if (km > 0 && kind->aux == 1 && strcmp(kind->value, "giao ban") == 0 &&
				 implementation_checked(d, k + km))
			f->reviews = true;
		congress = km > 0 && strcmp(kind->value, gb_kind_congress) == 0;
		/* a congress only announced names neither the kind nor the body */
		if (congress && cue >= 0)
			aside = announced_aside(d, lo, cue, k, km);
		if (congress && !aside)
			aside = adopted_by_congress(d, k);
		/*
		 * whether it is spoken of is asked only while it may still be the
		 * first meeting named or give a kind or a noun the window lacks
		 */
		if (km > 0 &&
			(first < 0 || (kind->aux == 1 && !f->kind) || (kind->aux == 0 && !f->noun) ||
			 session_noun_named(d, k, f->noun, kind)) &&
			!meeting_spoken_of(d, k) && !aside && !sessions_counted_after(d, k) &&
			!document_subject(d, k))
		{
			if (first < 0)
				first = k;
			if (kind->aux == 1 && !f->kind)
			{
				if (!congress_agenda(d, k) && !(f->noun && speaker_act(d, lo, k)) &&
					!kind_topic_of(d, k) && !later_item_of_ceremony(d, first, k, f->noun) &&
					!(f->noun && steering_task_at(d, k)) &&
					!congress_purpose(d, k, f->noun))
					f->kind = kind->value;
			}
			/*
			 * "đã họp Hội nghị lần thứ 4", "tiếp tục phiên họp hội nghị":
			 * the meeting is the noun after the verb or the sitting
			 */
			else if (session_noun_named(d, k, f->noun, kind))
				f->noun = kind->value;
			else if (kind->aux == 0 && !f->noun &&
					 !((strcmp(kind->value, "họp") == 0 || strcmp(kind->value, "phiên họp") == 0) &&
					   kind_at(d, k + km, NULL) > 0))
			{
				f->noun = kind->value;
				/* "đã họp Kỳ thứ 28": the sitting counted, as "kỳ họp thứ 28" (AA9) */
				if (strcmp(kind->value, "họp") == 0 && session_numbered(d, k + km))
					f->noun = "kỳ họp";
				if (strcmp(f->noun, gb_kind_congress) == 0)
					f->term_year = term_opened(d, k + km, hi);
				/*
				 * "hội nghị thông tin thời sự": a briefing (probe ac AC6); so
				 * is "hội nghị (trực tuyến toàn quốc) báo cáo viên", whose
				 * talks are on current affairs too (probe af AF1), and the
				 * noun "buổi thông tin thời sự" itself
				 */
				f->briefing = recurring_briefing(d, briefing_at(d, k + km)) ||
					strcmp(f->noun, "thông tin thời sự") == 0;
			}
		}
		if (!f->organizer)
		{
			char	   *o = organizer_at(d, k, true);

			/*
			 * "Sáng 5/3, A chủ trì buổi làm việc của Thường trực Tỉnh ủy
			 * với ...": the body whose working session, the window's
			 * meeting, is held, as with no lead (session_owner_at())
			 */
			if (!o && mwm > 0 && mw->aux == MW_SESSION && f->kind &&
				strcmp(f->kind, "làm việc") == 0)
				o = held_session_owner(d, k);
			/* not the body of a meeting held during the congress */
			if (o && !(congress_end >= 0 && k >= congress_end && sub_event_at(d, k, hi)))
			{
				const char *held;

				f->organizer = o;
				org_at = k;
				/*
				 * the meeting its verb takes, not one named before it in
				 * its sentence; a body of a sentence after the cue's whose
				 * verb takes another event ("Chiều 19/5, phiên trù bị Đại
				 * hội ... diễn ra tại ... Trước đó, Sở Văn hóa đã tổ chức
				 * lễ khai mạc triển lãm") holds none of the lead's (probe
				 * 63 G1)
				 */
				if (f->noun && (held = held_noun_after(d, k, hi)) != NULL &&
					strcmp(held, f->noun) != 0 && !sitting_noun(held))
				{
					if (noun_in_sentence_before(d, lo, k, f->noun))
					{
						f->noun = held;
						f->term_year = 0;
					}
					else if (cue >= 0 && sentence_start_of(d, lo, k) > cue)
						f->organizer = NULL;
				}
			}
		}
		if (!f->listed_by && km > 0 && !aside)
		{
			f->listed_by = listed_by(d, k, km, kind);
			/* the congress heads the window's clause: the window's meeting */
			if (f->listed_by && congress && f->noun &&
				strcmp(f->noun, gb_kind_congress) == 0)
				congress_end = sentence_end_from(d, k, hi);
		}
		/*
		 * "Đảng bộ Công an tỉnh long trọng tổ chức Đại hội đại biểu Đảng bộ
		 * Công an tỉnh Phú Thọ lần thứ I": a subject ending at its level, the
		 * congress it holds named in full after it in its sentence, is that
		 * organization (probe aq X3)
		 */
		if (congress && !aside && org_at >= 0 && k > org_at && k - org_at <= BARE_LEVEL_AHEAD &&
			sentence_start_of(d, lo, k) <= org_at)
		{
			const char *full = congress_of(d, k + km);

			if (full && bare_level_of(f->organizer, full))
				f->organizer = (char *) full;
			org_at = -1;
		}
		/* "huyện Đại Lộc khai mạc Đại hội đại biểu Đảng bộ huyện ...": the locality's */
		if (!f->listed_by && !f->organizer && congress && !aside)
			f->organizer = locality_congress(d, k, km);
		if (!f->headed_by && mwm > 0 && mw->aux == MW_HEAD)
			f->headed_by = headed_by_at(d, k, mwm);
		if (!f->scope && !other_meeting_scope(d, k, first))
			f->scope = scope_at(d, k, mwm, mw);
	}
	if (!f->period.text)
		period_in(d, lo, hi, &f->period, &f->planned, true, NULL, &f->agenda_year);
}
