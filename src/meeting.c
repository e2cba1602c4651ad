/*
 * meeting.c
 *	  The meeting a report is about: date and time of day, period reviewed,
 *	  kind, organizer, scope, online bridge points, chairs.
 *
 * The lead is the first dated cue ("Chiều 2/10", "Ngày 14/3") in a line
 * that speaks of a meeting; most facts are taken from a window around it
 * first, then from the headline, then from anywhere in the text.  Every
 * look-around is a bounded window, so the scan stays linear.
 *
 * This file holds the entry points (gb_meet_begin(), gb_meet_head(),
 * gb_meet_chunk(), gb_meet_finish()) and the finish's choice among the
 * windows' facts; the rules are apart, one concern a file (meeting_int.h
 * lists them): meeting_kind.c, meeting_period.c, meeting_body.c,
 * meeting_organizer.c, meeting_listed.c, meeting_bridges.c,
 * meeting_window.c, meeting_lead.c, meeting_chunk.c, meeting_dates.c.
 */
#include "meeting_int.h"

/*
 * Whether the organizer found anywhere holds another event than the one
 * the lead or the headline reports: the object of its verb names meetings
 * (or, read whole, none), none of them the report's kind or noun (probe 63
 * G1).  The plain noun "hội nghị" on one side holds a kind named alone on
 * the other: "TỔNG KẾT ..." over "... đã tổ chức hội nghị trực tuyến".
 * Without a meeting reported, the clause names the meeting.
 */
static bool
organizes_other_event(const GbMeetState *st)
{
	const char *own[4] = {st->lead.kind, st->title.kind, st->lead.noun, st->title.noun};
	int			i,
				j;
	bool		any_own = false,
				own_noun = own[2] || own[3];

	if (!st->any_object_read)
		return false;
	for (i = 0; i < 4; i++)
	{
		if (!own[i])
			continue;
		any_own = true;
		if (i >= 2 && !st->any_object_noun && st->nany_objects > 0 &&
			strcmp(own[i], gb_kind_meeting) == 0)
			return false;
		for (j = 0; j < st->nany_objects; j++)
			if (strcmp(own[i], st->any_objects[j]) == 0 ||
				(!own_noun && strcmp(st->any_objects[j], gb_kind_meeting) == 0))
				return false;
	}
	return any_own;
}

/*
 * The year of the meeting that reviews N years of a document named without
 * its date: the year of its citation's issue date, plus N; 0 when no
 * citation of that kind and number is dated.
 */
static int
cited_review_year(const GbMeetState *st, const GbResult *res)
{
	int			i;

	for (i = 0; i < res->ncitations; i++)
	{
		const GbCitation *c = &res->citations[i];
		const char *p = c->number;
		int			v = 0;

		if (!c->issued.y || !p || !c->kind || strcmp(c->kind, st->review_kind) != 0)
			continue;
		for (; *p >= '0' && *p <= '9' && v < 100000; p++)
			v = v * 10 + (*p - '0');
		if (*p == '\0' && v == st->review_number)
			return c->issued.y + st->review_years;
	}
	return 0;
}

GbMeetState *
gb_meet_begin(GbArena *arena)
{
	/* zeroed by the arena */
	GbMeetState *st = gb_arena_alloc(arena, sizeof(GbMeetState));

	st->arena = arena;
	st->head.title_start = st->head.title_end = -1;
	st->nam_grp = gb_dict_group("nam", 3, gb_hash("nam", 3));
	return st;
}

/*
 * The first chunk's head, read before the other extractors take the chunk:
 * when the caller gives no publication date, the head's completes the year
 * of a document's "Ngày 17/3, Thành ủy ban hành Thông báo ..." as it does
 * the meeting's.
 */
void
gb_meet_head(GbMeetState *st, GbDoc *doc)
{
	st->published = doc->published;
	gb_report_head(doc, &st->head);
	doc->head_published = gb_head_year_date(&st->head);
}

/* The chunk read with a memo of its look-ups (GbMeetMemo). */
void
gb_meet_chunk(GbMeetState *st, GbDoc *doc)
{
	GbMeetMemo	memo;
	size_t		n = doc->ntok > 0 ? (size_t) doc->ntok : 1;

	memo.kind = gb_malloc(n * (2 * sizeof(*memo.kind) + 3));
	memo.word = memo.kind + n;
	memo.kind_len = (int8_t *) (memo.word + n);
	memo.word_len = memo.kind_len + n;
	memo.spoken = memo.word_len + n;
	memset(memo.kind_len, -1, 3 * n);
	doc->memo = &memo;
	meet_chunk(st, doc);
	doc->memo = NULL;
	gb_free(memo.kind);
}

/* The latest full issue date of a document the text cites; none, year 0. */
static GbDate
latest_issued(const GbResult *res)
{
	GbDate		r = {0, 0, 0};
	int			i;

	for (i = 0; i < res->ncitations; i++)
		if (res->citations[i].issued.d &&
			date_order(res->citations[i].issued) > date_order(r))
			r = res->citations[i].issued;
	return r;
}

static const char *
first_of(const char *a, const char *b, const char *c, const char *e)
{
	return a ? a : b ? b : c ? c : e;
}

/*
 * Whether body name s is a short form of name full: every word of s in
 * full, in order, full the longer, both ending with the same word ("Đảng
 * bộ Gia Lai" of "Đảng bộ tỉnh Gia Lai", "Quân khu 2" of "Đảng bộ Quân
 * khu 2").
 */
static bool
short_form_of(const char *s, const char *full)
{
	const char *f = full;
	size_t		ns = strlen(s),
				nf = strlen(full);

	if (nf <= ns)
		return false;
	while (*s)
	{
		size_t		w = strcspn(s, " ");
		bool		found = false;

		while (*f && !found)
		{
			size_t		v = strcspn(f, " ");

			found = v == w && memcmp(s, f, w) == 0;
			f += v + (f[v] == ' ');
		}
		if (!found)
			return false;
		s += w + (s[w] == ' ');
	}
	/* the last word of s matched the last of full */
	return *f == '\0';
}

/*
 * Whether body name s is a run of whole words inside the longer name full:
 * "Công an tỉnh" of "Đảng ủy Công an tỉnh Thanh Hóa", "Huyện ủy" of "Ban
 * Thường vụ Huyện ủy Yên Lập".
 */
static bool
name_within(const char *s, const char *full)
{
	size_t		ns = strlen(s);
	const char *f;

	if (strlen(full) <= ns)
		return false;
	for (f = full; (f = strstr(f, s)) != NULL; f++)
		if ((f == full || f[-1] == ' ') && (f[ns] == '\0' || f[ns] == ' '))
			return true;
	return false;
}

/*
 * Whether body name s is only a mass organization's head, "Đoàn Thanh
 * niên", "Hội Nông dân": a headline's generic subject, whose level and
 * place the sentence under it names ("Ban Thường vụ Tỉnh đoàn Quảng Nam
 * tổ chức ...", stop 28 G1), whatever the words it names them in.
 */
static bool
mass_head_alone(const char *s)
{
	size_t		n;
	char	   *folded = gb_fold(s, strlen(s), &n);
	bool		alone = gb_mass_head_alone(folded);

	gb_free(folded);
	return alone;
}

/*
 * Whether one of official o's titles is a post at the head of the
 * organizer's body, whose name ends the organizer's (its first letter in
 * either case, "Trưởng ban" taking the "Ban" of the name): "Phó Trưởng ban
 * Tuyên giáo Trung ương" of "Ban Tuyên giáo Trung ương", "Bí thư Tỉnh ủy"
 * of "Thường trực Tỉnh ủy"; not "Trưởng ban Tuyên giáo Tỉnh ủy" of "Tỉnh
 * ủy", nor a member's "Ủy viên Ban Thường vụ Tỉnh ủy".
 */
static bool
heads_organizer(const GbOfficial *o, const char *organizer)
{
	size_t		m = strlen(organizer);
	int			i,
				j;

	for (i = 0; i < o->ntitles; i++)
		for (j = 0; gb_head_posts[j]; j++)
		{
			size_t		n = strlen(gb_head_posts[j]);
			const char *rest = o->titles[i] + n;
			size_t		r;

			if (strncmp(o->titles[i], gb_head_posts[j], n) != 0 || *rest != ' ')
				continue;
			rest++;
			r = strlen(rest);
			if (r > 1 && r <= m && (r == m || organizer[m - r - 1] == ' ') &&
				(rest[0] == organizer[m - r] ||
				 ((rest[0] ^ 0x20) == organizer[m - r] && (rest[0] | 0x20) >= 'a' &&
				  (rest[0] | 0x20) <= 'z')) &&
				strcmp(rest + 1, organizer + m - r + 1) == 0)
				return true;
		}
	return false;
}

/* A kind of meeting that is a session or one of its sittings. */
static bool
sitting_kind(const char *kind)
{
	return strcmp(kind, "kỳ họp") == 0 || strcmp(kind, "phiên họp") == 0 ||
		strcmp(kind, "họp") == 0 || strcmp(kind, "cuộc họp") == 0;
}

/* Whether official o chairs at a bridge point ("đồng chủ trì"). */
static bool
cochairs(const GbOfficial *o)
{
	int			j;

	for (j = 0; j < o->nroles; j++)
		if (strcmp(o->roles[j], "đồng chủ trì") == 0)
			return true;
	return false;
}

/*
 * "Thường trực Tỉnh ủy tổ chức hội nghị trực tuyến ... Chủ trì tại điểm
 * cầu Tỉnh ủy có đồng chí A": with no chair of the whole meeting named, one
 * who chairs at the point of the organizer's own body (the organizer's
 * name ends with the point's: "Thường trực Tỉnh ủy", "Tỉnh ủy"), or one
 * heading the organizer's body wherever he chairs ("Ban Tuyên giáo Trung
 * ương tổ chức ... Phó Trưởng ban Tuyên giáo Trung ương chủ trì điểm cầu
 * tại Hà Nội", probe 62 G6) chairs the meeting; at any other point he
 * chairs only there.
 */
static void
organizer_point_chairs(GbResult *res, GbMeeting *mt, bool relayed)
{
	size_t		m = strlen(mt->organizer);
	int			i,
				j;

	for (i = 0; i < res->nofficials; i++)
	{
		GbOfficial *o = &res->officials[i];
		size_t		n = o->point ? strlen(o->point) : 0;

		/*
		 * "Đảng ủy xã X tổ chức điểm cầu theo dõi Hội nghị ... Chủ trì điểm
		 * cầu có A": the point no name is given is the one the organizer
		 * opened (stop 33 N6)
		 */
		if (!(n == 0 && relayed && cochairs(o)) &&
			(n == 0 ||
			 ((n > m || memcmp(mt->organizer + m - n, o->point, n) != 0 ||
			   (n < m && mt->organizer[m - n - 1] != ' ')) &&
			  !heads_organizer(o, mt->organizer))))
			continue;
		o->chairs = 1;
		mt->chairs[mt->nchairs++] = o->name;
		for (j = 0; j < o->nroles; j++)
			if (strcmp(o->roles[j], "đồng chủ trì") == 0)
				o->roles[j] = (char *) "chủ trì";
	}
}

void
gb_meet_finish(GbMeetState *st, GbResult *res)
{
	GbMeeting  *mt = &res->meeting;
	GbDate		ref = st->published;
	const Period *per = NULL;
	Period		reviewed;
	bool		per_in_lead,
				ahead,
				session = false;	/* a chair of a session only */
	const char *held;
	int			i;

	mt->title = st->head.title;
	mt->source = st->head.source ? st->head.source : st->credit;
	mt->author = st->author;
	if (ref.y == 0)
		ref = gb_head_date(&st->head);
	mt->published = ref;
	/*
	 * a place's dateline above the headline, the page's today, is no
	 * publication date, but the report is no later: it bounds the
	 * meeting's year as a publication date would, tested below against
	 * the text's years as one is
	 */
	if (ref.y == 0 && st->head.banner.y)
		ref = st->head.banner;
	if (ref.y == 0 && st->head.hint.y)
	{
		/* a month without a day: its last day bounds the meeting */
		ref = st->head.hint;
		ref.d = gb_month_last_day(ref.y, ref.m);
	}

	/* chairs: the officials who chair the whole meeting */
	mt->chairs = gb_arena_alloc(st->arena, sizeof(char *) * (res->nofficials + 1));
	mt->nchairs = 0;
	for (i = 0; i < res->nofficials; i++)
		if (res->officials[i].chairs)
		{
			mt->chairs[mt->nchairs++] = res->officials[i].name;
			session |= res->officials[i].session != 0;
		}

	/*
	 * "Đại hội Công đoàn ... sẽ diễn ra vào tháng 1" over "Bí thư Tỉnh ủy A
	 * chủ trì buổi làm việc của Thường trực Tỉnh ủy về công tác chuẩn bị
	 * Đại hội ...": with no lead, a headline's meeting still to come gives
	 * way, its kind and its body, to one of another kind the text tells of
	 * as held and chaired (stop 41 AS6)
	 */
	held = st->held_kind ? st->held_kind : st->attended;
	ahead = !st->have_lead && st->title_ahead && mt->nchairs > 0 && held &&
		!(st->title.kind && strcmp(held, st->title.kind) == 0) &&
		!(st->title.noun && strcmp(held, st->title.noun) == 0);

	/*
	 * the headline's subject of its meeting verb ("Đảng ủy Khối ... giao
	 * ban ...", "Bộ Chính trị làm việc với ...") names the report's own
	 * meeting, before a body found holding one anywhere in the text
	 */
	mt->organizer = (char *) first_of(st->lead.organizer, ahead ? NULL : st->title.listed_by,
									  ahead ? NULL : st->title.organizer,
									  organizes_other_event(st) ? NULL : st->any.organizer);
	/*
	 * "Đại hội Đảng bộ Quảng Nam lần thứ XXII" over a lead's "Đại hội đại
	 * biểu Đảng bộ tỉnh Quảng Nam ...", "Quân khu 2 ... tổ chức Đại hội"
	 * over "Đảng bộ Quân khu 2": the headline's short form of the body the
	 * lead names in full gives way to it (probe 49 G7)
	 */
	if (mt->organizer && !st->lead.organizer && st->lead.listed_by &&
		(mt->organizer == st->title.listed_by || mt->organizer == st->title.organizer) &&
		short_form_of(mt->organizer, st->lead.listed_by))
		mt->organizer = (char *) st->lead.listed_by;
	/*
	 * "Công an tỉnh tổ chức ..." over "Đảng ủy Công an tỉnh Thanh Hoá vừa
	 * tổ chức ...", "Huyện ủy" over "Ban Thường vụ Huyện ủy Yên Lập": the
	 * headline's body, a part of the one the sentence under it names, gives
	 * way to that fuller name, dated or not (probe 61 G3); so does a mass
	 * organization's bare name, "Đoàn Thanh niên" over "Ban Thường vụ Tỉnh
	 * đoàn Quảng Nam" (stop 28 G1)
	 */
	if (mt->organizer && mt->organizer == st->title.organizer && !st->lead.organizer &&
		st->opening_body &&
		(name_within(mt->organizer, st->opening_body) || mass_head_alone(mt->organizer)))
		mt->organizer = st->opening_body;
	if (!mt->organizer)
		mt->organizer = (char *) first_of(st->lead.listed_by, st->lead.headed_by, NULL, NULL);
	if (!st->have_lead && !mt->organizer && !st->title.noun && !st->title.kind &&
		mt->nchairs == 0 && !st->attended)
	{
		mt->chairs = NULL;		/* not a meeting report */
		return;
	}

	mt->meeting_kind = ahead ? held :
		first_of(st->lead.kind, st->title.kind, st->lead.noun, st->title.noun);
	/* with none in the lead or the headline, the organizer's verb has them */
	if (!mt->meeting_kind)
		mt->meeting_kind = st->any.kind ? st->any.kind : st->any.noun;

	/*
	 * "Tỉnh ủy tổ chức hội nghị trực tuyến quán triển ..." over "Tỉnh ủy X
	 * vừa tổ chức Hội nghị trực tuyến ... để quán triệt ...": a headline's
	 * bare noun gives way to the kind the verb of the undated sentence
	 * under it gives the same noun (probe al AL6)
	 */
	else if (!st->have_lead && !st->title.kind && mt->meeting_kind == st->title.noun &&
			 st->opening.kind && st->opening.noun &&
			 strcmp(st->opening.noun, st->title.noun) == 0)
		mt->meeting_kind = st->opening.kind;
	/* or the kind of one said held, then a meeting the body reports as held */
	if (!mt->meeting_kind)
		mt->meeting_kind = held;
	/*
	 * "dự hội nghị" where "Hội nghị học tập, quán triệt ..." is named: its
	 * kind; so too where no kind at all is found, as in a caption, "Các
	 * đại biểu dự Hội nghị học tập, quán triệt ... Ảnh: A", under a body
	 * found holding the meeting (stop 41 AS7)
	 */
	if (!st->have_lead && st->named &&
		(mt->meeting_kind ? strcmp(mt->meeting_kind, st->named_noun) == 0 : mt->organizer != NULL))
		mt->meeting_kind = st->named->value;
	mt->scope = (char *) first_of(st->lead.scope, st->title.scope, st->any.scope, NULL);
	if (st->lead.period.text)
		per = &st->lead.period;
	else if (st->title.period.text)
		per = &st->title.period;
	else if (st->any.period.text)
		per = &st->any.period;
	/* "giao ban tuần 7 năm 2026": a week, of which no period is set, nor another one's */
	if (per && per->week)
		per = NULL;
	/*
	 * "hội nghị thông tin thời sự ... nghe tiến sĩ A cung cấp ... 6 tháng
	 * đầu năm 2017": a current-affairs briefing reviews nothing; a period
	 * further on is its lecturer's subject (README `thông tin thời sự`,
	 * probe ac AC6)
	 */
	if (per == &st->any.period && st->lead.briefing && !st->lead.reviews)
		per = NULL;

	/*
	 * "Trong Quý I" under "triển khai nhiệm vụ quý II năm 2024": a period
	 * without a year, reviewed where a later one of a known year is
	 * planned, is the one just before it; "quý IV" before "quý I năm 2025"
	 * is of the year before
	 */
	per_in_lead = per && per != &st->any.period;
	if (per && per->year == 0)
	{
		const Period *plan = st->lead.planned.year ? &st->lead.planned :
			st->title.planned.year ? &st->title.planned : &st->any.planned;

		if (plan->year)
		{
			reviewed = *per;
			reviewed.year = per->mlo < plan->mlo ? plan->year : plan->year - 1;
			per = &reviewed;
		}
	}
	/* without a lead, the cue is what the last rejected one left: no date */
	if (!st->have_lead)
		memset(&st->cue, 0, sizeof(st->cue));
	/*
	 * "Thứ sáu, 12/08/2022" over a report of "9 tháng năm 2016": a date of
	 * the page's header (not the caller's) two years or more after every
	 * year the text gives is the site's clock, not the report's date; a
	 * date without a year takes the text's years instead.  Not a crawl
	 * tag ("date 2025-10-28"), the page's own date whatever documents of
	 * 2017 the report cites.  A stamp with its hour under the headline,
	 * "08:35 | 12/03/2024", "Cập nhật lúc 10:20 ngày 12/03/2024", is the
	 * article's: a year the text ties to its meeting or work (a period, a
	 * plan, a review, a term, a full date) makes it a clock, not a first
	 * "năm 2021" alone ("Năm 2021, huyện đã ...", stop 36 V11)
	 */
	if (st->published.y == 0 && (st->head.published.y != 0 || st->head.banner.y != 0) &&
		ref.y && st->cue.has_date && st->cue.date.y == 0)
	{
		int			y = text_year(st, res, per, ref, true);

		if (y && ref.y - y >= 2 &&
			(!st->head.stamp_timed || text_year(st, res, per, ref, false) != 0))
		{
			memset(&ref, 0, sizeof(ref));
			memset(&mt->published, 0, sizeof(mt->published));
		}
	}
	if (!st->review_year && st->review_kind)
		st->review_year = cited_review_year(st, res);
	resolve_dates(st, mt, ref, per, per_in_lead,
				  st->latest_date.y && cited_issue_date(res, st->latest_date),
				  latest_issued(res));
	/*
	 * "Ngày 4-1, ... thông báo kết quả Hội nghị lần thứ 13 ... từ ngày 14
	 * đến 21-12-2015, Ban Chấp hành Trung ương đã tổ chức Hội nghị": a body
	 * found outside the lead, whose clause dates its meeting on another day
	 * than the report's (a date not the lead's cue), organized a meeting
	 * reported on, not this one
	 */
	if (mt->organizer && mt->organizer == st->any.organizer && st->have_lead &&
		st->cue.has_date && st->any_date.d && mt->held_on.d &&
		(st->any_date_tok < st->cue.start || st->any_date_tok >= st->cue.end) &&
		(st->any_date.d != mt->held_on.d || st->any_date.m != mt->held_on.m))
		mt->organizer = (char *) first_of(st->lead.listed_by, st->lead.headed_by, NULL, NULL);

	/*
	 * "Ban Thường vụ Tỉnh ủy tổ chức hội nghị ... ông A đã chủ trì kỳ họp
	 * lần thứ 2 và thứ 3 của Ủy ban Kiểm tra Tỉnh ủy": one who chairs a
	 * session named as his verb's object chairs that session, not a
	 * meeting of another kind (a sitting of it, "phiên họp", "họp", keeps
	 * him); his role stays (probe ap AP3).  With none, the chairs stand.
	 */
	if (session && mt->meeting_kind && !sitting_kind(mt->meeting_kind))
	{
		int			n = 0;

		for (i = 0; i < res->nofficials; i++)
			if (res->officials[i].chairs && !res->officials[i].session)
				mt->chairs[n++] = res->officials[i].name;
		mt->nchairs = n;
	}
	if (mt->nchairs == 0 && mt->organizer && st->online)
		organizer_point_chairs(res, mt, st->relayed);

	mt->online = st->online ? 1 : 0;
	mt->bridge_points = gb_arena_alloc(st->arena, sizeof(char *) * (st->nbridges + 1));
	memcpy(mt->bridge_points, st->bridges, sizeof(char *) * st->nbridges);
	/* points of "đầu cầu" alone, in no online meeting: ends of bridges */
	mt->nbridge_points = st->online ? st->nbridges : 0;
}

/* Where the meeting's date is written, when a lead gave it. */
bool
gb_meet_date_span(const GbMeetState *st, uint32_t *os, uint32_t *oe)
{
	if (!st->have_lead || !st->cue.has_date)
		return false;
	*os = st->cue_os;
	*oe = st->cue_oe;
	return true;
}
