/*
 * meeting.c
 *	  The meeting a report is about: date and time of day, period reviewed,
 *	  kind, organizer, scope, online bridge points, chairs.
 *
 * The lead is the first dated cue ("Chiều 2/10", "Ngày 14/3") in a line
 * that speaks of a meeting; most facts are taken from a window around it
 * first, then from the headline, then from anywhere in the text.  Every
 * look-around is a bounded window, so the scan stays linear.
 */
#include "meeting.h"
#include "gazetteer.h"
#include "parse.h"
#include "names.h"

#define LEAD_BEFORE		150		/* tokens of the lead line before the cue */
#define LEAD_AFTER		300		/* and after it */
#define CLAUSE_BACK		10		/* tokens looked back for a planning word */
#define LIST_ITEM		4		/* and further back for each item of a list */
#define CLAUSE_LIST_BACK	30	/* but never more than this */
#define MEMBERS_TOKENS	40		/* at most, a group's members listed after "gồm:" */
#define MEMBERS_WHAT	6		/* and before its colon: "gồm 5 đơn vị:", "gồm các huyện, thị xã:" */
#define REVIEW_BACK		24		/* and for a reviewing word before a plan noun */
#define ORGANIZER_BACK	16		/* tokens looked back from a meeting verb */
#define CLAUSE_DATE_BACK	24	/* tokens looked back from it for its clause's date */
#define ISSUE_AHEAD		20		/* tokens from a date on to a document it dates */
#define DATED_BACK		24		/* tokens from a date back to the meeting it dates */
#define FIELD_BACK		1000	/* tokens from a notice's time field back to its meeting */
#define AGENDA_BACK		80		/* tokens from an agenda item back to "để" */
#define PURPOSE_BACK	16		/* and from "để" back to the meeting: "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 (mở rộng)" */
#define DOCNAME_BACK	6		/* tokens from "năm" back to the document it names: "Luật Đất đai" */
#define TARGET_BACK		12		/* tokens from a target "năm" back to its goal */
#define PLAN_BACK		4		/* and to a plan: "nhiệm vụ trọng tâm năm" */
#define AIM_BACK		24		/* tokens from "vào năm" back to its sentence's aim */
#define STOCK_BACK		8		/* tokens from "cả nước" back to "không khí" */
#define MEETING_BEFORE_VE 20	/* tokens from "về" back to the meeting it is about */
#define ABBREV_TOKENS	7		/* tokens of an abbreviation in parentheses, "(QS-QP)" */
#define YEAR_NEAR		40		/* tokens looked around for a period's year */
#define FUTURE_AHEAD	24		/* tokens around a period "trong tháng 3" to its clause's "sẽ" */
#define TASK_AHEAD		12		/* tokens from a period heading a sentence to its verb */
#define CAREER_AROUND	80		/* tokens looked around a span for a post held */
#define SPAN_BACK		8		/* tokens from the month closing a span back to its "từ" */
#define SCHEDULE_WORDS	12		/* words of a work programme before its year: "chương trình công tác Đoàn và phong trào TTN" */
#define ANNOUNCED_AHEAD	7		/* days after publication a meeting announced may be held */
#define REPORTED_WITHIN	31		/* days before publication a meeting's guessed day is sure */
#define REVIEW_AHEAD	60		/* days before its end a period can be reviewed */
#define REVIEW_AFTER	183		/* days after its end a period can be reviewed */
#define SPAN_YEARS		30		/* years at most of a span reviewed: "tổng kết 30 năm" */
#define REGION_WORDS	3		/* capitalized words of a region after a dash */
#define REVIEWED_DOC	30		/* tokens from "10 năm thực hiện" to the document's year */
#define NEGATED_BACK	6		/* tokens from "trực tuyến" back to a negator */
#define PASSIVE_SUBJECT	6		/* words before "được": "các đại biểu đã được" */
#define TERM_AHEAD		24		/* tokens from "đại hội" to the term it opens */
#define CONGRESS_REVIEW_AHEAD	8	/* tokens from "tổng kết" to the congress it reviews */
#define HELD_AHEAD		80		/* tokens from a meeting's noun to "diễn ra": its subject's length */
#define SUB_EVENT_AHEAD	24		/* tokens from a body to the meeting it holds */
#define CONGRESS_ITEM_BACK	12		/* tokens from "Đại hội" opening a sentence to its agenda item */
#define SPEAKER_ACT_BACK	40		/* tokens from a kind back to the honorific of its subject */
#define SIDE_EVENT_BACK	60		/* tokens from a verb back to "Tại hội nghị này," opening its sentence */
#define PLACE_DASH_BACK	5		/* tokens from a dash back to the room it ends */
#define TOPIC_LIST_BACK	40		/* tokens from "; hội nghị" back to "về" the list's first */
#define GUESTS_BACK		12		/* tokens from a count of provinces back to "dự ... có" */
#define PLACE_WORDS		2		/* words after a room's noun: "Hội trường lớn", "tầng 3" */
#define COMMITTEE_BACK	8		/* tokens from a meeting back to the panel ("Tiểu ban") it names */
#define SITTING_BODY_BACK	4	/* tokens from a body back to the start of one holding it: "Ban Chấp hành Đảng bộ" */
#define CENTRAL_NAME_WORDS	10	/* words of a plenum's name up to "Trung ương" */
#define RESULTS_BACK	5		/* tokens from a plenum back to "kết quả (quan trọng của)" */
#define SITTING_NUMBER	4		/* tokens of a sitting's number: "lần thứ mười một" */
#define MAX_BRIDGES		32
#define OPENING_LINES	3		/* lines after a headline to the sentence of its lead: a byline, a date line */
#define LEVEL_POINT_BACK	40	/* tokens from "điểm cầu tỉnh" back to the province it names */
#define PLACE_NAME_WORDS	3	/* words of a province's name: "Thừa Thiên Huế" */
#define AGENCY_WORDS	14		/* tokens of an agency's name after "Đảng ủy" */
#define PANEL_WORDS		6		/* words of a congress panel's field: "Tuyên truyền khánh tiết" */
#define PARTNER_AHEAD	12		/* tokens from a partner to the verb of "A phối hợp với B tổ chức" */
#define MAX_LISTED		4		/* "Bộ Chính trị, Ban Bí thư tổ chức" */
#define DO_NAME_WORDS	10		/* lower-case words of a body's name after "do", before its verb */
#define STEER_NAME_WORDS	8	/* tokens of a steering committee's task and level: "phòng chống dịch COVID-19 tỉnh" */
#define STEER_TASK_WORDS	80	/* tokens of its task after "về" (a document and its title quoted), up to its verb */
#define CLASS_ITEMS		6		/* at most, levels said alone in a class before its committee: "huyện", "thị" of "các huyện, thị, thành ủy" */
#define GROUP_NAME_WORDS	14	/* tokens of a group of Party organizations after "các", up to its verb (ORGANIZER_BACK bounds it too) */
#define LEADER_WORDS	60		/* tokens of "do <person, titles> làm trưởng đoàn" after a delegation */
#define OBJECT_WORDS	6		/* tokens of a meeting verb's object read for its meetings: "lễ khai mạc Đại hội" */
#define OBJECT_KINDS	3		/* meetings noted of that object */
#define PASSIVE_OBJECT_BACK	24	/* tokens from "do" back over the object it follows: "Hội nghị ... do X tổ chức" */

/* A reporting period: nmonths months from month mlo of year (0 = unknown). */
typedef struct Period
{
	int			mlo;
	int			nmonths;
	int			year;
	int			start;			/* tokens as written */
	int			end;
	bool		of_work;		/* "công tác ... năm 2015": the year's work, not reviewed */
	char	   *text;
	bool		to_now;			/* "(từ sau ...) tháng 7/2015 đến nay": on to the meeting */
	bool		week;			/* "tuần 7 năm 2026": a week, which no months hold */
	bool		reviewed;		/* a year after a reviewing word: "tổng kết",
								 * not "công tác" alone */
} Period;

/* Facts found in one window: the lead, the headline, the whole text. */
typedef struct Found
{
	const char *kind;			/* giao ban, quán triệt ... */
	const char *noun;			/* hội nghị, phiên họp ... */
	char	   *organizer;
	char	   *listed_by;		/* "Hội nghị giao ban Ban Tổ chức Trung ương" */
	const char *headed_by;		/* "Trưởng Ban Tổ chức Trung ương chủ trì" */
	Period		period;
	Period		planned;		/* the first period planned with a year */
	char	   *scope;
	int			term_year;		/* "Đại hội ..., nhiệm kỳ 2015 - 2020": 2015 */
	bool		reviews_congress;	/* "tổng kết, rút kinh nghiệm sau khi Đại hội ..." */
	bool		reviews;		/* a review named, as the kind or the topic: "họp về tổng kết" */
} Found;

struct GbMeetState
{
	GbArena    *arena;
	GbDate		published;		/* the caller's argument */
	GbReportHead head;
	char	   *author;
	char	   *credit;			/* the outlet credited at the end: "Nguồn VNEWS: http://..." */
	bool		have_lead;
	GbDateCue	cue;
	bool		cue_ahead;		/* the lead's verb in the future: "Ngày 29/8, ... sẽ tổ chức" */
	uint32_t	cue_os;			/* the cue in the original text */
	uint32_t	cue_oe;
	Found		lead;
	Found		title;
	Found		any;
	char	   *opening_body;	/* the organizer of the first sentence under a
								 * headline naming one, read for want of a
								 * lead's: "Đảng ủy Công an tỉnh Thanh Hoá vừa
								 * tổ chức ..." */
	bool		online;
	const char *attended;		/* "phát biểu tại hội nghị": a meeting held, its noun */
	const char *held_kind;		/* "... vừa tổ chức giao ban", its subject unread: the kind */
	const GbPhrase *named;		/* "Hội nghị học tập, quán triệt ...": a noun named by its kind */
	const char *named_noun;		/* and that noun, "hội nghị" */
	const char *later_time;		/* "hội nghị diễn ra sáng nay": the time of day said later */
	int			nbridges;
	char	   *bridges[MAX_BRIDGES];
	char	   *bridge_keys[MAX_BRIDGES];
	bool		bridge_bare[MAX_BRIDGES];	/* a body's head alone: "Tỉnh ủy" */
	uint8_t		bridge_core[MAX_BRIDGES];	/* where the key's name follows its level:
											 * "quang nam" of "tinh quang nam" */
	GbDate		latest_date;	/* latest full date written anywhere */
	bool		latest_bare;	/* written without "ngày": a timestamp, an item's */
	GbDate		latest_dated;	/* latest full date written after "ngày" */
	uint16_t	day_year[12][31];	/* latest year written with each day and month */
	GbDate		any_date;		/* the day written in the clause of any.organizer */
	int			any_date_tok;	/* and its first token */
	const char *any_objects[OBJECT_KINDS];	/* the meetings (kinds, nouns)
											 * the object of the verb of
											 * any.organizer names, */
	int			nany_objects;	/* how many, */
	bool		any_object_noun;	/* whether a noun among them, */
	bool		any_object_read;	/* and whether that object was read:
									 * it names one, or was read whole */
	GbDate		bound_date;		/* first "từ ngày", "trước ngày" date: near the meeting */
	bool		bound_end;		/* and a deadline, which the meeting precedes */
	GbDate		ahead_date;		/* first "sẽ khai mạc ngày": a meeting after the report's */
	GbDate		span_start;		/* "từ ngày 12 đến ngày 15 tháng 10 năm 2020": 2020-10-12, */
	GbDate		span_end;		/* and 2020-10-15 */
	int			range_end;		/* end of a span "(10-8-2004 - 10-8-2014)" noted */
	int			review_year;	/* "tổng kết 10 năm thực hiện <doc of 2009>": 2019 */
	int			congress_term;	/* "Đại hội ... nhiệm kỳ 2025 - 2030" anywhere: 2025 */
	int			review_years;	/* "tổng kết 10 năm thực hiện Nghị quyết 27" undated: 10, */
	const char *review_kind;	/* the document's kind, */
	int			review_number;	/* and its number, dated by its citation */
	int			first_year;		/* first "năm 2020" */
	GbDate		month_date;		/* first "tháng 6/2023", its 15th day */
	int			plan_year;		/* first "triển khai nhiệm vụ năm 2021": the year planned */
	int			nam_grp;		/* the dictionary group of "nam" (GbTok.grp) */
};

/*
 * What kind_read(), the dictionary's meeting words and spoken_read()
 * found in the chunk, by token: the rules ask the same token many times
 * over (four to six in ten of the calls on the benchmark's reports), a
 * kind or a meeting spoken of each time looking at the words around.  The
 * answers depend on the tokens alone, which gb_meet_chunk() does not
 * change once it has set the head's line ends.
 */
typedef struct GbMeetMemo
{
	const GbPhrase **kind;		/* the kind at a token, where kind_len > 0 */
	const GbPhrase **word;		/* the longest meeting word, where word_len > 0 */
	int8_t	   *kind_len;		/* its tokens; -1 not read yet */
	int8_t	   *word_len;
	int8_t	   *spoken;			/* spoken_of_at(); -1 not read yet */
} GbMeetMemo;

/* meetword_longest() for a token not read yet */
static int
meetword_read(const GbDoc *d, int i, const GbPhrase **out)
{
	GbMeetMemo *memo = d->memo;

	if (memo == NULL)
		return gb_dict_match(d, i, CAT_MEETWORD, out);
	memo->word_len[i] = (int8_t) gb_dict_match(d, i, CAT_MEETWORD, &memo->word[i]);
	if (memo->word_len[i] > 0 && out)
		*out = memo->word[i];
	return memo->word_len[i];
}

/*
 * gb_dict_match(d, i, CAT_MEETWORD, out), read once a token (GbMeetMemo);
 * inline, as the word asked again is most of the calls.
 */
GB_HOT_INLINE int
meetword_longest(const GbDoc *d, int i, const GbPhrase **out)
{
	GbMeetMemo *memo = d->memo;

	if (!gb_dict_may_match(d, i, CAT_MEETWORD))
		return 0;
	if (memo == NULL || memo->word_len[i] < 0)
		return meetword_read(d, i, out);
	if (memo->word_len[i] > 0 && out)
		*out = memo->word[i];
	return memo->word_len[i];
}

/* "đến", "tới" at q: where a link goes */
static inline bool
link_to(const GbDoc *d, int q)
{
	return (tok_is(d, q, "den") && gb_exact_any(d, q, "đến")) ||
		(tok_is(d, q, "toi") && gb_exact_any(d, q, "tới"));
}

/* A date starts with a day of one or two digits: see gb_parse_date(). */
static inline bool
is_day(const GbTok *t)
{
	return (t->flags & T_NUM) && t->len <= 2;
}

static inline bool
may_start_date(const GbDoc *d, int i)
{
	return is_day(&d->tok[i]);
}

/*
 * Whether "năm" at k is part of a document's name: "Cương lĩnh năm 1991",
 * "Hiến pháp năm 2013", "Luật Đất đai năm 2024".  The year the document was
 * adopted dates neither the meeting nor the work it reviews.  The name's
 * noun is written with a capital, and a name between it and "năm" too.
 */
static bool
document_year(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j,
				n;

	for (j = k - 1; j >= 0 && j >= k - DOCNAME_BACK; j--)
	{
		if (!tok_has(d, j, T_WORD) || tok_has(d, j + 1, T_NL) ||
			(gb_dict_may_match(d, j, CAT_PREPOSITION) &&
			 gb_dict_match(d, j, CAT_PREPOSITION, NULL) > 0))
			return false;
		if (gb_tok_capitalized(d, j) && gb_dict_may_match(d, j, CAT_MEETWORD) &&
			(n = meetword_longest(d, j, &ph)) > 0 && ph->aux == MW_DOCNAME)
			return j + n == k || gb_tok_capitalized(d, j + n);
	}
	return false;
}

/*
 * Whether "năm" at k names a year not the report's: one compared with, "so
 * với cùng kỳ năm 2021", "so với năm 2020", or a document's.
 */
static inline bool
compared_year(const GbDoc *d, int k)
{
	return (tok_is(d, k - 1, "ky") && tok_is(d, k - 2, "cung")) ||
		(tok_is(d, k - 1, "voi") && tok_is(d, k - 2, "so")) ||
		document_year(d, k);
}

static bool phrase_ends_at(const GbDoc *d, int p, GbCats cat, int aux);
static int	skip_adverbs(const GbDoc *d, int q);
static int	part_head(const GbDoc *d, int p);
static inline bool is_do(const GbDoc *d, int i);

/*
 * "do ông X, Ủy viên Bộ Chính trị, ... làm Trưởng đoàn," or "do đồng chí X
 * dẫn đầu" at q: who leads the group named before it, set between the
 * subject and its verb.  Returns the token after it (and its comma), or q.
 */
static int
leader_clause_end(const GbDoc *d, int q)
{
	int			j;

	if (!is_do(d, q) || tok_has(d, q, T_UPPER) || tok_has(d, q, T_NL))
		return q;
	for (j = q + 1; j < d->ntok && j < q + LEADER_WORDS; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, ';') ||
			(tok_punct(d, j, '.') && gb_sentence_break(d, j + 1)))
			return q;
		if (tok_is(d, j, "lam") && tok_is(d, j + 1, "truong") && tok_is(d, j + 2, "doan"))
			j += 3;
		else if (tok_is(d, j, "dan") && tok_is(d, j + 1, "dau"))
			j += 2;
		else
			continue;
		return tok_punct(d, j, ',') ? j + 1 : j;
	}
	return q;
}

/*
 * Whether a leader clause ends just before i, past a comma and an adverb:
 * "Đoàn kiểm tra ... do ông X ... làm Trưởng đoàn, đã công bố", the act
 * of the group it leads.
 */
static bool
led_subject_of(const GbDoc *d, int i)
{
	int			j = i - 1,
				k;

	if (j > 0 && gb_dict_match(d, j, CAT_ADVERB, NULL) == 1)
		j--;
	if (tok_punct(d, j, ','))
		j--;
	if (!(tok_is(d, j - 1, "dan") && tok_is(d, j, "dau")) &&
		!(tok_is(d, j - 2, "lam") && tok_is(d, j - 1, "truong") && tok_is(d, j, "doan")))
		return false;
	for (k = j - 2; k > 0 && k > j - LEADER_WORDS; k--)
	{
		if (tok_has(d, k + 1, T_NL) || tok_punct(d, k, ';') ||
			(tok_punct(d, k, '.') && gb_sentence_break(d, k + 1)))
			return false;
		if (is_do(d, k) && !tok_has(d, k, T_UPPER))
			return skip_adverbs(d, leader_clause_end(d, k)) == i;
	}
	return false;
}

/*
 * A ceremony named by its act alone: its kind "lễ kỷ niệm", written "kỷ
 * niệm" at i, without "lễ".
 */
static inline bool
ceremony_act(const GbDoc *d, int i, const GbPhrase *ph)
{
	/* the first byte first: most kinds start with another letter */
	return ph->value[0] == 'l' && strncmp(ph->value, "lễ ", strlen("lễ ")) == 0 &&
		!tok_is(d, i, "le");
}

static inline bool opens_subject(const GbDoc *d, int p);

#define FRONTED_PLACE	10		/* tokens of a place after a fronted "tại" */

/*
 * Whether the name ending at p - 2 closes a place that "tại" brings before
 * its clause's subject: "Sáng 12/3, tại Hội trường Thành ủy Vĩnh Yên, tỉnh
 * Vĩnh Phúc tổ chức ...": the comma closes the adverbial, and what follows
 * heads the clause (stop 31 L-F2a).
 */
static bool
closes_fronted_place(const GbDoc *d, int p)
{
	int			j;

	for (j = p - 3; j >= 0 && j >= p - 2 - FRONTED_PLACE; j--)
	{
		if (!tok_has(d, j, T_WORD) || tok_has(d, j + 1, T_NL))
			return false;
		if (tok_is(d, j, "tai") && gb_exact_any(d, j, "tại"))
			return opens_subject(d, j);
	}
	return false;
}

/*
 * Whether p follows a capitalized name and a comma: "Trường THCS Tân Lập,
 * huyện Hòa An": a place there is the name's, in apposition, no subject;
 * but not after a fronted place's name (closes_fronted_place()).
 */
static inline bool
after_name(const GbDoc *d, int p)
{
	return p >= 2 && tok_punct(d, p - 1, ',') && tok_has(d, p - 2, T_WORD) &&
		gb_tok_capitalized(d, p - 2) && !closes_fronted_place(d, p);
}

/*
 * Whether a locality heading its clause, its level and capitalized name,
 * ends just before i, past adverbs: "Ngày 30/6, tỉnh Lai Châu công bố các
 * quyết định ...", the subject whose act the word at i is, as a body's
 * (stop 30 F2; place_subject_end()).
 */
static bool
place_subject_of(const GbDoc *d, int i)
{
	int			j,
				k,
				m;

	for (j = i - 1; j >= 0 && j >= i - AGENCY_WORDS; j--)
	{
		if (!tok_has(d, j, T_WORD) || tok_has(d, j + 1, T_NL))
			return false;
		/* a capitalized level only where a subject starts: "Tỉnh Bắc Giang công bố" */
		if ((!gb_tok_capitalized(d, j) || (!tok_has(d, j, T_ALLCAPS) && opens_subject(d, j))) &&
			(m = gb_dict_match(d, j, CAT_LEVEL, NULL)) > 0)
		{
			for (k = j + m; k < i && gb_tok_capitalized(d, k); k++)
				;
			return k > j + m && skip_adverbs(d, k) == i && opens_subject(d, j) &&
				!after_name(d, j);
		}
	}
	return false;
}

/*
 * "tỉnh" at r, before i: a level in lower case without its name after a
 * body's, of the body as body_at() reads it ("Sở Nội vụ tỉnh khai giảng lớp
 * bồi dưỡng", probe 31 J1).  Its length, or 0.
 */
static int
bare_level_before(const GbDoc *d, int r, int i)
{
	int			m = gb_dict_match(d, r, CAT_LEVEL, NULL);

	return m > 0 && r + m <= i && !tok_has(d, r, T_UPPER) && !tok_has(d, r, T_NL) &&
		!gb_tok_capitalized(d, r + m) ? m : 0;
}

/*
 * Whether a capitalized body's name ends just before i, past adverbs: "Ban
 * Tổ chức Thành ủy Hà Nội (đã) kỷ niệm", the subject whose act the word at
 * i is.  gb_parse_body() reads the name, not body_at(), which reads kinds.
 */
static bool
body_subject_of(const GbDoc *d, int i)
{
	const char *name;
	int			j,
				r;

	if (led_subject_of(d, i) || place_subject_of(d, i))
		return true;
	for (j = i - 1; j >= 0 && j >= i - AGENCY_WORDS; j--)
	{
		/* a number may end a cell's name: "Chi bộ thôn 3 sinh hoạt ..." */
		if (!tok_has(d, j, T_WORD | T_NUM) || tok_has(d, j + 1, T_NL))
			return false;
		/*
		 * not the body a person's title ends with: "Phó Trưởng Ban Tổ
		 * chức Trung ương công bố quyết định", the person's act
		 */
		if (gb_tok_capitalized(d, j) && gb_dict_may_match(d, j, CAT_BODY | CAT_BODYHEAD) &&
			(r = gb_parse_body(d, j, &name)) > j && name != NULL &&
			skip_adverbs(d, r + bare_level_before(d, r, i)) == i)
			return !phrase_ends_at(d, j, CAT_TITLE, 0) && gb_dict_match(d, j - 1, CAT_TITLE, NULL) < 2;
	}
	return false;
}

/*
 * Whether a verb that holds an event ("tổ chức") ends just before i, past
 * a manner adverb: "tổ chức trọng thể Lễ ...", "tổ chức long trọng kỷ niệm".
 */
static bool
held_by_verb(const GbDoc *d, int i)
{
	int			j;

	if (phrase_ends_at(d, i, CAT_MEETWORD, MW_VERB))
		return true;
	for (j = i - 1; j >= 0 && j >= i - 2; j--)
		if (gb_dict_match(d, j, CAT_ADVERB, NULL) == i - j &&
			phrase_ends_at(d, j, CAT_MEETWORD, MW_VERB))
			return true;
	return false;
}

/*
 * A round of a contest at q, before the contest's name: "(vòng) chung
 * khảo", "sơ khảo", "chung kết", "bán kết", and its level, "cấp tỉnh":
 * "tổ chức vòng chung khảo cấp tỉnh Hội thi ..." holds the contest
 * (stop 29 C7).  Returns the token after it, or q.
 */
static int
contest_round_end(const GbDoc *d, int q)
{
	int			e = q,
				m;

	if (tok_is(d, e, "vong") && !tok_has(d, e + 1, T_NL))
		e++;
	if (tok_has(d, e + 1, T_NL) ||
		!((tok_is(d, e, "chung") && (tok_is(d, e + 1, "khao") || tok_is(d, e + 1, "ket"))) ||
		  (tok_is(d, e, "so") && tok_is(d, e + 1, "khao")) ||
		  (tok_is(d, e, "ban") && tok_is(d, e + 1, "ket"))))
		return q;
	e += 2;
	if (tok_is(d, e, "cap") && !tok_has(d, e + 1, T_NL) &&
		(m = gb_dict_match(d, e + 1, CAT_LEVEL, NULL)) > 0)
		e += 1 + m;
	return tok_has(d, e, T_NL) ? q : e;
}

/* Whether a round of the contest at i is held: "tổ chức vòng chung khảo ... Hội thi". */
static bool
round_held(const GbDoc *d, int i)
{
	int			j;

	for (j = i - 2; j >= 0 && j >= i - 5; j--)
		if (contest_round_end(d, j) == i && held_by_verb(d, j))
			return true;
	return false;
}

/*
 * Whether a body holds what starts at i, its name the subject of the verb
 * ending just before i: "Quận ủy Thanh Khê đã tổ chức đợt ...", not "Công
 * văn về tổ chức đợt ...", which speaks of it.
 */
static bool
held_by_body(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			j;

	if (!held_by_verb(d, i))
		return false;
	for (j = i - 1; j >= 0 && j >= i - 4; j--)
		if (meetword_longest(d, j, &ph) > 0 && ph->aux == MW_VERB)
			return body_subject_of(d, j);
	return false;
}

/*
 * Whether a meeting's noun ends just before i: "hội nghị kiểm điểm", "họp
 * kiểm điểm", the kind at i naming what that meeting does.
 */
static bool
meeting_noun_before(const GbDoc *d, int i)
{
	const GbPhrase *ph = NULL;
	int			j,
				m;

	if (tok_has(d, i, T_NL))
		return false;
	for (j = i - 1; j >= 0 && j >= i - 2; j--)
		if ((m = gb_dict_match(d, j, CAT_MEETKIND, &ph)) == i - j)
			return ph->aux == 0 && (m > 1 || gb_same_word(d, j, ph));
	return false;
}

/*
 * A kind that is also a person's act ("kiểm điểm": "yêu cầu đảng viên A
 * kiểm điểm", "Đại hội ... khai mạc, kiểm điểm việc thực hiện Nghị
 * quyết") names the meeting only when held ("tổ chức kiểm điểm"), as the
 * act of a body ("Ban Thường vụ Quận ủy đã kiểm điểm"), after a meeting's
 * noun ("hội nghị kiểm điểm") or in capitals, as a headline's first word.
 */
static bool
act_kind_held(const GbDoc *d, int i)
{
	return tok_has(d, i, T_UPPER) || held_by_verb(d, i) || meeting_noun_before(d, i) ||
		body_subject_of(d, i);
}

/*
 * a decision announced or handed over: "lễ công bố", "lễ trao quyết định";
 * and a badge handed over, "trao Huy hiệu", done by those who attend and
 * inside a meeting just named as a decision is (stop 29 C2)
 */
static inline bool
decision_ceremony(const GbPhrase *ph)
{
	return strcmp(ph->value, "lễ công bố") == 0 || strcmp(ph->value, "lễ trao quyết định") == 0 ||
		strcmp(ph->value, "lễ trao Huy hiệu") == 0;
}

/*
 * Whether the decision handed over or announced at i ("trao quyết định",
 * "công bố quyết định", the kind of a ceremony named by its act) is what
 * a person attended and did there: "đồng chí Trương Thị Mai, ..., Trưởng
 * Ban Tổ chức Trung ương đã dự và trao quyết định ...", the ceremony held
 * (probe 59 G6).  A person's act alone, "đồng chí A trao các quyết định",
 * holds none.
 */
static bool
attended_decision_act(const GbDoc *d, int i, const GbPhrase *ph)
{
	return tok_is(d, i - 1, "va") && tok_is(d, i - 2, "du") && gb_exact_any(d, i - 2, "dự") &&
		decision_ceremony(ph);
}

#define SESSION_AHEAD	40		/* tokens from a committee's task to the session its delegation holds */

static inline int meetword(const GbDoc *d, int i, int aux, const GbPhrase **out);
static bool work_session(const GbDoc *d, int k, int m);

/*
 * Whether the sentence goes on from i to a working session held,
 * "... làm việc với (tại) Hội Cựu chiến binh tỉnh", within SESSION_AHEAD.
 */
static bool
session_ahead(const GbDoc *d, int i)
{
	int			j,
				m;

	for (j = i + 1; j < d->ntok && j < i + SESSION_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';'))
			return false;
		if ((m = meetword(d, j, MW_SESSION, NULL)) > 0 && work_session(d, j, m))
			return true;
	}
	return false;
}

/*
 * A review word at i that names no meeting (stop 29 D3): a steering
 * committee's task in its name, "Đoàn kiểm tra của Ban Chỉ đạo tổng kết 10
 * năm thực hiện Kết luận 62 ... làm việc tại ...", where the sentence names
 * the session its delegation holds (without one, the review stays the
 * kind, and dates the lead); or a speaker's act joined to "đánh giá" ("Bí
 * thư Tỉnh ủy A đánh giá(,) tổng kết những kết quả ..."), unless that act
 * is held itself as a kind is (act_kind_held(): "hội nghị đánh giá, tổng
 * kết").
 */
static bool
review_not_meetings(const GbDoc *d, int i, const GbPhrase *ph)
{
	int			g;

	if (!(tok_is(d, i - 1, "dao") || tok_is(d, i - 1, "gia") || tok_punct(d, i - 1, ',')) ||
		!(strcmp(ph->value, "tổng kết") == 0 || strcmp(ph->value, "sơ kết") == 0) ||
		tok_has(d, i, T_UPPER))
		return false;
	if (tok_is(d, i - 1, "dao"))
		return tok_is(d, i - 2, "chi") && tok_is(d, i - 3, "ban") && gb_exact_any(d, i - 2, "chỉ") &&
			session_ahead(d, i);
	g = tok_punct(d, i - 1, ',') ? i - 3 : i - 2;
	return tok_is(d, g, "danh") && tok_is(d, g + 1, "gia") && !tok_has(d, g + 1, T_NL) &&
		!tok_has(d, i, T_NL) && !act_kind_held(d, g);
}

/*
 * Whether the Party cell's meeting at i, "sinh hoạt chi bộ (thường kỳ)",
 * is held: by its verb or its body, as "sinh hoạt chính trị" is, for a
 * guidance's subject names it as often ("nâng cao chất lượng sinh hoạt chi
 * bộ"); and "sinh hoạt thường kỳ, định kỳ", which names no cell, only by a
 * cell named before it in the sentence ("Chi bộ thôn 3 sinh hoạt thường
 * kỳ"), not a club's or a union's branch's (stop 30 E2).
 */
#define CELL_PLACE_AHEAD 40		/* tokens from a cell's meeting to "tại Chi bộ X" */

/*
 * The cell named after the Party cell's meeting at i (m tokens), in its
 * sentence: "sinh hoạt Chi bộ thôn 11", "sinh hoạt chi bộ chuyên đề quý
 * III về “...” tại (với, của) Chi bộ thôn 11", where it is held.  The token
 * where "Chi bộ" starts, or -1.
 */
static int
cell_named_after(const GbDoc *d, int i, int m)
{
	int			j;

	if (tok_is(d, i + 2, "chi") && gb_tok_capitalized(d, i + 2) && m == 4)
		return i + 2;
	for (j = i + m; j + 2 < d->ntok && j < i + m + CELL_PLACE_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';'))
			return -1;
		if ((tok_is(d, j, "tai") || tok_is(d, j, "voi") || tok_is(d, j, "cua")) &&
			tok_is(d, j + 1, "chi") && tok_is(d, j + 2, "bo") && gb_tok_capitalized(d, j + 1) &&
			!tok_has(d, j + 1, T_NL))
			return j + 1;
	}
	return -1;
}

/*
 * Whether the cell's meeting at i (m tokens) is one a person attends in
 * the cell named after it: "đồng chí A, Phó Chủ tịch HĐND xã (đến, tham)
 * dự sinh hoạt chi bộ ... tại Chi bộ thôn 11" (stop 31 I1); not a rule of
 * attendance, "tỷ lệ đảng viên dự sinh hoạt chi bộ đạt 95%", which names
 * no cell.  cell_attended_at() gives the cell's first token, or -1: "dự"
 * before i, the meeting's words from s to e ("buổi" passed over or not).
 */
static int
cell_attended_at(const GbDoc *d, int i, int s, int e)
{
	if (!tok_is(d, i - 1, "du") || !gb_exact_any(d, i - 1, "dự") || tok_has(d, i, T_NL))
		return -1;
	return cell_named_after(d, s, e - s);
}

static bool
cell_meeting_attended(const GbDoc *d, int i, int m)
{
	return cell_attended_at(d, i, i, i + m) >= 0;
}

static bool
cell_meeting_held(const GbDoc *d, int i, int m)
{
	int			j;

	if (cell_meeting_attended(d, i, m))
		return true;
	if (!held_by_verb(d, i) && !body_subject_of(d, i))
		return false;
	if (tok_is(d, i + 2, "chi"))
		return true;
	for (j = i - 1; j > 0 && j >= i - AGENCY_WORDS - 4; j--)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.'))
			return false;
		if (tok_is(d, j - 1, "chi") && tok_is(d, j, "bo") && gb_tok_capitalized(d, j - 1))
			return true;
	}
	return false;
}

static int
kind_read(const GbDoc *d, int i, const GbPhrase **out)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, i, CAT_MEETKIND, &ph);

	if (m == 1 && !gb_same_word(d, i, ph))
		return 0;
	/*
	 * "gặp mặt" is a verb too ("ông A gặp mặt người thân"): an event only
	 * held ("tổ chức gặp mặt"), or named in capitals ("Gặp mặt cán bộ hưu
	 * trí"); "buổi gặp mặt" is one already
	 */
	if (m == 2 && tok_is(d, i, "gap") && tok_is(d, i + 1, "mat") && !tok_has(d, i, T_UPPER) &&
		!held_by_verb(d, i))
		return 0;
	/*
	 * A ceremony named by its act alone, without "lễ" ("kỷ niệm", "khai
	 * giảng"), is mostly an occasion ("nhân kỷ niệm 70 năm", "dự khai
	 * giảng năm học"): the ceremony only when held, "tổ chức kỷ niệm 70
	 * năm", "tổ chức khai giảng lớp tập huấn", or the act of a body,
	 * "Ban Tổ chức Thành ủy Hà Nội kỷ niệm 85 năm Ngày truyền thống", or
	 * a decision handed over by those who attend ("đã dự và trao quyết
	 * định", attended_decision_act())
	 */
	if (m > 0 && ceremony_act(d, i, ph) && !held_by_verb(d, i) &&
		!body_subject_of(d, i) && !attended_decision_act(d, i, ph))
		return 0;
	if (m > 0 && ph->value == gb_kind_self_review && !act_kind_held(d, i))
		return 0;
	if (m > 0 && review_not_meetings(d, i, ph))
		return 0;
	/*
	 * A ceremony named by "lễ" alone, its act in words of its own ("Lễ
	 * dâng hoa", "buổi lễ"), is a rite or a holiday as often ("nghi lễ",
	 * "dịp lễ 30/4"): the ceremony only when held, "tổ chức Lễ dâng hoa"
	 */
	if (m > 0 && ph->value[0] == 'l' && strcmp(ph->value, "lễ") == 0 && !held_by_verb(d, i))
		return 0;
	/*
	 * "về tổ chức đợt sinh hoạt chính trị tư tưởng": a campaign of sessions
	 * over weeks, not one meeting held; but the body holding it names the
	 * session it opens with, "Quận ủy ... đã tổ chức đợt sinh hoạt chính
	 * trị" (probe 45 G1), a phrase of its own from "đợt" (the gazetteer's
	 * "dot ..." kinds), which no kind inside it starts
	 */
	if (m > 0 && tok_is(d, i - 1, "dot") &&
		gb_dict_match(d, i - 1, CAT_MEETKIND, NULL) == m + 1)
		return 0;
	if (m > 0 && tok_is(d, i, "dot") && !held_by_body(d, i))
		return 0;
	/*
	 * "sinh hoạt chính trị" praises another meeting as often ("là đợt sinh
	 * hoạt chính trị quan trọng", "Sinh hoạt chính trị là nhiệm vụ ..."):
	 * the meeting only when held, by its body or its verb, or when "buổi"
	 * names the session (probe 45 G1)
	 */
	if (m > 0 && ph->value == gb_kind_political && tok_is(d, i, "sinh") && !held_by_verb(d, i) &&
		!body_subject_of(d, i))
		return 0;
	if (m > 0 && (ph->value == gb_kind_cell || ph->value == gb_kind_cell_theme) &&
		tok_is(d, i, "sinh") && !cell_meeting_held(d, i, m))
		return 0;
	/*
	 * a contest or a course is taken part in as often ("tham gia Hội thi",
	 * "cử cán bộ dự lớp bồi dưỡng"): the event only when held, "Ban Tuyên
	 * giáo Tỉnh ủy tổ chức Hội thi ..." (stop 29 C7)
	 */
	if (m > 0 && (ph->value == gb_kind_contest || ph->value == gb_kind_course ||
				  ph->value == gb_kind_course_political) && !held_by_verb(d, i) &&
		!(ph->value == gb_kind_contest && round_held(d, i)))
		return 0;
	if (m > 0 && out)
		*out = ph;
	return m;
}

static int
kind_match(const GbDoc *d, int i, const GbPhrase **out)
{
	GbMeetMemo *memo = d->memo;

	if (memo == NULL)
		return kind_read(d, i, out);
	if (memo->kind_len[i] < 0)
		memo->kind_len[i] = (int8_t) kind_read(d, i, &memo->kind[i]);
	if (memo->kind_len[i] > 0 && out)
		*out = memo->kind[i];
	return memo->kind_len[i];
}

/* "họp", "họp mặt": a kind that is also the verb of the body holding it */
static inline bool
is_hop(const GbPhrase *ph)
{
	return strcmp(ph->value, "họp") == 0 || strcmp(ph->value, "họp mặt") == 0;
}

/*
 * A kind of meeting at i: "họp" with its tone mark, not "hợp nhất".  Most
 * tokens start none, which the group mask tells inline.
 */
static inline int
kind_at(const GbDoc *d, int i, const GbPhrase **out)
{
	return gb_dict_may_match(d, i, CAT_MEETKIND) ? kind_match(d, i, out) : 0;
}

static int
meetword_match(const GbDoc *d, int i, int aux, const GbPhrase **out)
{
	const GbPhrase *ph = NULL;
	int			m = meetword_longest(d, i, &ph);

	if (m == 0 || ph->aux != aux)
		return 0;
	if (out)
		*out = ph;
	return m;
}

/* A meeting word of the given aux at i (the longest there, of any aux). */
static inline int
meetword(const GbDoc *d, int i, int aux, const GbPhrase **out)
{
	return gb_dict_may_match(d, i, CAT_MEETWORD) ? meetword_match(d, i, aux, out) : 0;
}

/* The folded words of tokens [from, to), as an arena string key. */
static char *
fold_key(const GbDoc *d, int from, int to)
{
	size_t		n = 0;
	char	   *key,
			   *p;
	int			k;

	for (k = from; k < to; k++)
		n += d->tok[k].flen + 1;
	p = key = gb_arena_alloc(d->arena, n);
	for (k = from; k < to; k++)
	{
		if (k > from)
			*p++ = ' ';
		memcpy(p, tok_fold(d, k), d->tok[k].flen);
		p += d->tok[k].flen;
	}
	*p = '\0';
	return key;
}

/* Whether key is fold_key() of tokens [from, to) (words: no '\0' in them). */
static bool
is_fold_key(const GbDoc *d, int from, int to, const char *key)
{
	int			k;

	for (k = from; k < to; k++)
	{
		uint32_t	n = d->tok[k].flen;

		if (k > from && *key++ != ' ')
			return false;
		if (strncmp(key, tok_fold(d, k), n) != 0)
			return false;
		key += n;
	}
	return *key == '\0';
}

/* ---- periods ------------------------------------------------------------ */

/*
 * A year written just after a period: "quý III/2024", "quý I-2022", "quý
 * IV.2015" (a dot, no space on either side), "năm 2019".  A slash or dash
 * written against the period reads as its year's even with a space after
 * it, "quý I- 2011": a dash that ended a clause would not cling to the
 * word before it.
 */
static int
year_after(const GbDoc *d, int q, int *end)
{
	if (((tok_punct(d, q, '/') || tok_punct(d, q, '-')) && is_year(d, q + 1) &&
		 !(d->tok[q + 1].flags & T_NL) &&
		 (!(d->tok[q + 1].flags & T_SPACE) || !(d->tok[q].flags & (T_SPACE | T_NL)))) ||
		(tok_punct(d, q, '.') && !(d->tok[q].flags & (T_SPACE | T_NL)) &&
		 is_year(d, q + 1) && !(d->tok[q + 1].flags & (T_SPACE | T_NL))))
	{
		*end = q + 2;
		return gb_tok_int(d, q + 1);
	}
	if (tok_is(d, q, "nam") && is_year(d, q + 1) && !compared_year(d, q))
	{
		*end = q + 2;
		return gb_tok_int(d, q + 1);
	}
	*end = q;
	return 0;
}

/* The words parse_period() can start at, a day among them. */
static inline bool
may_start_period(const GbDoc *d, const GbTok *t)
{
	return (t->flags & T_NUM) ||
		(t->flen == 3 && (memcmp(d->fold.data + t->fo, "quy", 3) == 0 ||
						  memcmp(d->fold.data + t->fo, "nam", 3) == 0)) ||
		(t->flen == 5 && memcmp(d->fold.data + t->fo, "thang", 5) == 0) ||
		(t->flen == 4 && memcmp(d->fold.data + t->fo, "giai", 4) == 0) ||
		(gb_dict_masks[t->grp] & CAT_COUNTWORD) != 0;
}

/*
 * A small count at p, of months, years or meetings, in digits or in words
 * ("6", "sáu", "mười một"): its tokens, 0 if none.  A word must be spelled
 * so: "sau tháng" is "after the month".
 */
static int
count_at(const GbDoc *d, int p, int *v)
{
	const GbPhrase *ph = NULL;
	int			m;

	if (tok_has(d, p, T_NUM) && d->tok[p].len <= 2)
	{
		*v = gb_tok_int(d, p);
		return 1;
	}
	m = gb_dict_match(d, p, CAT_COUNTWORD, &ph);
	if (m > 0 && (m == 1 ? gb_same_word(d, p, ph) : gb_exact_words(d, p, m, ph->value)))
	{
		*v = ph->aux;
		return m;
	}
	return 0;
}

/*
 * "cuối tháng 10", "đầu tháng 3", "giữa tháng 5": a point in the month, a
 * time, not a period reviewed, and so is "(tính đến) hết tháng 5-2013", a
 * cut-off; "(từ ngày 14 tháng 10) đến tháng 11 năm
 * 1930": the end of a span of time, an event's; "(quyết định) vào tháng
 * 7": when another act was done, not what is reviewed.
 */
static inline bool
month_point(const GbDoc *d, int k)
{
	return tok_is(d, k, "cuoi") || tok_is(d, k, "dau") || tok_is(d, k, "giua") ||
		tok_is(d, k, "den") || tok_is(d, k, "vao") || tok_is(d, k, "het");
}

/*
 * "đầu năm 2025", "giữa năm 2024": a point in the year, when a meeting is
 * held ("giao ban đầu năm 2025"), not the whole year reviewed (probe 53
 * G8).  "cuối năm" is left: a year-end review reviews the year.
 */
static inline bool
year_point(const GbDoc *d, int k)
{
	return tok_is(d, k, "dau") || tok_is(d, k, "giua");
}

/*
 * Whether a span of years may open at p: "5 năm (2021-2025)", "mười năm
 * (2011-2020)", "giai đoạn 2021-2025".  The inline test most tokens fail
 * before year_span().
 */
static inline bool
may_open_span(const GbDoc *d, int p)
{
	return tok_is(d, p, "giai") || (tok_has(d, p, T_NUM) && tok_is(d, p + 1, "nam")) ||
		((gb_dict_masks[d->tok[p].grp] & CAT_COUNTWORD) != 0 && !tok_is(d, p, "nam"));
}

/*
 * Whether a count of years agrees with a span of nyears years, counted with
 * both ends ("5 năm (2021-2025)") or as the years between them ("5 năm
 * 2020-2025")
 */
static inline bool
count_fits_span(int count, int nyears)
{
	return count == nyears || count == nyears - 1;
}

/*
 * A span of whole years at p: "5 năm (2021-2025)", "15 năm 2011 - 2025",
 * "giai đoạn 2021–2025", "5 năm, giai đoạn 2019-2024", any dash.  Its count
 * of years, when written, agrees with the span, counted with both ends
 * ("5 năm (2021-2025)") or as the years between them ("5 năm
 * 2020-2025"): "3 năm (2021-2025)" is no span.  "nhiệm kỳ 2020-2025" is a
 * congress's term, no span reviewed.  Returns its first year and sets
 * *nyears and *end; 0 if none.
 */
static int
year_span(const GbDoc *d, int p, int *nyears, int *end)
{
	int			count = 0,
				n,
				q,
				y1,
				y2;
	bool		open;

	if ((n = count_at(d, p, &count)) > 0 && tok_is(d, p + n, "nam"))
	{
		q = p + n + 1;
		if (tok_punct(d, q, ',') && tok_is(d, q + 1, "giai") && tok_is(d, q + 2, "doan"))
			q += 3;
	}
	else if (tok_is(d, p, "giai") && tok_is(d, p + 1, "doan"))
		q = p + 2;
	else
		return 0;
	open = tok_punct(d, q, '(');
	if (open)
		q++;
	if (!range_from(d, q) || tok_has(d, q, T_NL) || tok_has(d, q + 1, T_NL) ||
		tok_has(d, q + 2, T_NL))
		return 0;
	y1 = gb_tok_int(d, q);
	y2 = gb_tok_int(d, q + 2);
	if (y2 <= y1 || y2 - y1 >= SPAN_YEARS ||
		(count && !count_fits_span(count, y2 - y1 + 1)))
		return 0;
	q += 3;
	if (open && !tok_punct(d, q++, ')'))
		return 0;
	*nyears = y2 - y1 + 1;
	*end = q;
	return y1;
}

/*
 * A period at token p: "quý III", "quý 4/2019", "9 tháng đầu năm 2019",
 * "6 tháng cuối năm", "tháng 10/2019", and with bare_year "năm 2022" and
 * a span of years, "5 năm (2021-2025)", "giai đoạn 2021-2025".
 */
static bool
parse_one_period(const GbDoc *d, int p, bool bare_year, Period *per, int *end)
{
	int			v,
				n,
				q;

	memset(per, 0, sizeof(*per));
	if (bare_year && may_open_span(d, p) && (v = year_span(d, p, &n, &q)) != 0)
	{
		per->mlo = 1;
		per->nmonths = 12 * n;
		per->year = v;
		*end = q;
		per->start = p;
		per->end = q;
		return true;
	}
	if (tok_is(d, p, "quy"))
	{
		q = gb_parse_ordinal(d, p + 1, &v);
		if (q == p + 1 || v < 1 || v > 4)
			return false;
		per->mlo = 3 * (v - 1) + 1;
		per->nmonths = 3;
	}
	else if ((n = count_at(d, p, &v)) > 0 && tok_is(d, p + n, "thang") &&
			 (((tok_is(d, p + n + 1, "dau") || tok_is(d, p + n + 1, "cuoi")) &&
			   tok_is(d, p + n + 2, "nam")) ||
			  (tok_is(d, p + n + 1, "nam") && is_year(d, p + n + 2))))
	{
		/*
		 * "6 tháng đầu năm", "6 tháng cuối năm 2021", "9 tháng năm 2019",
		 * "sáu tháng đầu năm 2013"
		 */
		bool		last = tok_is(d, p + n + 1, "cuoi");

		if (v < 1 || v > 11)
			return false;
		per->nmonths = v;
		per->mlo = last ? 13 - v : 1;
		q = tok_is(d, p + n + 1, "nam") ? p + n + 2 : p + n + 3;
		if (is_year(d, q))
		{
			per->year = gb_tok_int(d, q);
			q++;
		}
	}
	else if (tok_is(d, p, "thang") && tok_has(d, p + 1, T_NUM) &&
			 !tok_has(d, p - 1, T_NUM) && !tok_is(d, p - 1, "cac") &&
			 !tok_is(d, p - 1, "nhung") && !month_point(d, p - 1))
	{
		v = gb_tok_int(d, p + 1);
		if (d->tok[p + 1].len > 2 || v < 1 || v > 12)
			return false;
		per->mlo = v;
		per->nmonths = 1;
		q = p + 2;
	}
	else if (bare_year && tok_is(d, p, "nam") && is_year(d, p + 1) && !range_from(d, p + 1) &&
			 !tok_is(d, p - 1, "den") && !tok_is(d, p - 1, "toi") && !year_point(d, p - 1) &&
			 !(tok_is(d, p - 1, "tu") && gb_exact_any(d, p - 1, "từ")) && !compared_year(d, p))
	{
		per->mlo = 1;
		per->nmonths = 12;
		per->year = gb_tok_int(d, p + 1);
		q = p + 2;
	}
	else
		return false;
	/*
	 * "tháng 7 và (tháng) 8 năm 2019", "quý I và (quý) II": one period to
	 * the end of the last; across the year's end, "tháng 12 và tháng 1 năm
	 * 2020", "quý IV và quý I năm 2020", the year written is the last's
	 */
	if (per->year == 0 && (per->nmonths == 1 || per->nmonths == 3) && tok_is(d, q, "va") &&
		!tok_has(d, q + 1, T_NL))
	{
		bool		quarter = tok_is(d, p, "quy");
		int			r = q + 1,
					e = r,
					v2 = 0,
					last = 0;	/* the last month */

		if (tok_is(d, r, quarter ? "quy" : "thang"))
			r++;
		if (quarter)
		{
			e = gb_parse_ordinal(d, r, &v2);
			if (e > r && v2 >= 1 && v2 <= 4 && v2 != (per->mlo + 2) / 3)
				last = 3 * v2;
		}
		else if (tok_has(d, r, T_NUM) && d->tok[r].len <= 2 &&
				 (v2 = gb_tok_int(d, r)) >= 1 && v2 <= 12 && v2 != per->mlo &&
				 !tok_is(d, r + 1, "thang") && !(tok_is(d, r + 1, "nam") && !is_year(d, r + 2)))
		{
			e = r + 1;
			last = v2;
		}
		if (last > per->mlo)
		{
			per->nmonths = last - per->mlo + 1;
			q = e;
		}
		else if (last > 0 && (v = year_after(d, e, &e)) != 0)
		{
			per->nmonths = 12 - per->mlo + last + 1;
			per->year = v - 1;
			q = e;
		}
	}
	if (per->year == 0)
		per->year = year_after(d, q, &q);
	*end = q;
	per->start = p;
	per->end = q;
	return true;
}

/*
 * A period at token p, and the one it is joined to by "và": "tháng 3 và
 * quý I năm 2019", "quý II và 6 tháng đầu năm 2023" review the months of
 * both, the longer one, in the year written last.
 */
static bool
parse_period(const GbDoc *d, int p, bool bare_year, Period *per, int *end)
{
	Period		next;
	int			e;

	if (!parse_one_period(d, p, bare_year, per, end))
		return false;
	if (per->year == 0 && tok_is(d, *end, "va") && *end + 1 < d->ntok &&
		!tok_has(d, *end + 1, T_NL) &&
		may_start_period(d, &d->tok[*end + 1]) &&
		parse_one_period(d, *end + 1, false, &next, &e) && next.year &&
		next.mlo <= per->mlo + per->nmonths && per->mlo <= next.mlo + next.nmonths)
	{
		int			lo = per->mlo < next.mlo ? per->mlo : next.mlo,
					hi = per->mlo + per->nmonths;

		if (next.mlo + next.nmonths > hi)
			hi = next.mlo + next.nmonths;

		per->mlo = lo;
		per->nmonths = hi - lo;
		per->year = next.year;
		per->end = *end = e;
	}
	return true;
}

/*
 * Whether the capitalized word at j is a list item of lower-case areas, a
 * name used as a common noun between them: "chính quyền, Mặt trận và đoàn
 * thể năm 2022" (stop 30 E4).  One capitalized word and one lower-case
 * word, after a lower-case word, then "," or "và" and a lower-case word:
 * a body's name ("Đảng ủy xã X") goes on capitalized or ends the list.
 */
static bool
capital_list_item(const GbDoc *d, int j)
{
	return !gb_tok_capitalized(d, j - 2) &&
		tok_has(d, j + 1, T_WORD) && !gb_tok_capitalized(d, j + 1) &&
		(tok_punct(d, j + 2, ',') || tok_is(d, j + 2, "va")) &&
		tok_has(d, j + 3, T_WORD) && !gb_tok_capitalized(d, j + 3) &&
		!tok_has(d, j + 1, T_NL) && !tok_has(d, j + 2, T_NL) && !tok_has(d, j + 3, T_NL);
}

/*
 * Whether the comma (or dash) at k joins two lower-case words of one
 * phrase: "phòng, chống tham nhũng", "tham nhũng, lãng phí", "kinh tế - xã
 * hội".  The word before it may be one capitalized word after a lower-case
 * one, a name used as a common noun inside the phrase: "xây dựng Đảng,
 * chính quyền năm 2025" (probe 53 G1); two capitalized words are a place's
 * or a body's name, which a list of areas does not hold.
 */
static inline bool
inner_comma(const GbDoc *d, int k)
{
	return tok_has(d, k - 1, T_WORD) && tok_has(d, k + 1, T_WORD) &&
		(!gb_tok_capitalized(d, k - 1) ||
		 (tok_has(d, k - 2, T_WORD) && !gb_tok_capitalized(d, k - 2) &&
		  !tok_has(d, k - 1, T_NL))) &&
		(!gb_tok_capitalized(d, k + 1) || capital_list_item(d, k + 1)) &&
		!tok_has(d, k + 1, T_NL);
}

/*
 * Whether the comma at k joins two phrases with the same head word:
 * "công tác Đảng, công tác chính trị".  Returns how far back the head is.
 */
static inline int
coord_comma(const GbDoc *d, int k)
{
	int			j;

	if (!tok_has(d, k + 1, T_WORD) || gb_tok_capitalized(d, k + 1) || tok_has(d, k + 1, T_NL))
		return 0;
	for (j = k - 2; j >= 0 && j >= k - 3; j--)
		if (tok_has(d, j, T_WORD) && !gb_tok_capitalized(d, j) &&
			d->tok[j].hash == d->tok[k + 1].hash &&
			d->tok[j].flen == d->tok[k + 1].flen &&
			memcmp(tok_fold(d, j), tok_fold(d, k + 1), d->tok[j].flen) == 0)
			return k - j;
	return 0;
}

/* "trong năm", "trong tháng", "trong quý" at k: when, not what */
static inline bool
time_adverbial(const GbDoc *d, int k)
{
	return tok_is(d, k, "trong") &&
		(tok_is(d, k + 1, "nam") || tok_is(d, k + 1, "thang") || tok_is(d, k + 1, "quy"));
}

/*
 * The "(" of an abbreviation in parentheses closed at k, written after the
 * name it shortens: "(BVANTQ)", "(QS-QP)"; -1 if k closes none.
 */
static int
abbrev_open_at(const GbDoc *d, int k)
{
	int			j;

	if (!tok_has(d, k - 1, T_ALLCAPS))
		return -1;
	for (j = k - 1; j >= 0 && j >= k - ABBREV_TOKENS; j--)
	{
		if (tok_punct(d, j, '('))
			return j;
		if (tok_has(d, j, T_NUM) || tok_has(d, j, T_NL) ||
			!(tok_has(d, j, T_ALLCAPS) || tok_punct(d, j, '-')))
			return -1;
	}
	return -1;
}

/*
 * abbrev_open_at() past the test most tokens fail, inline: the walks back
 * over a clause ask it of each token
 */
GB_HOT_INLINE int
abbrev_open(const GbDoc *d, int k)
{
	return tok_punct(d, k, ')') ? abbrev_open_at(d, k) : -1;
}

/*
 * Whether the token at k is inside a name, not a break: the dash of "miền
 * Trung - Tây Nguyên", "Mỏ - Địa chất", "kinh tế - xã hội", between words
 * of one line, or the number of "Cụm thi đua số 3".
 */
static inline bool
name_inner(const GbDoc *d, int k)
{
	if (tok_punct(d, k, '-'))
		return tok_has(d, k - 1, T_WORD) && tok_has(d, k + 1, T_WORD) &&
			!tok_has(d, k, T_NL) && !tok_has(d, k + 1, T_NL);
	return tok_has(d, k, T_NUM) && tok_is(d, k - 1, "so") && !tok_has(d, k, T_NL);
}

#define QUOTED_TOKENS	12		/* at most, words of a name quoted inside an object */

/*
 * The opening quote or parenthesis of a name closed at k, capitalized,
 * words only in between, in one line: "phong trào thi đua "Dân vận khéo" năm 2019",
 * "(Dân vận khéo) năm 2019"; -1 if k closes none (probe 52 G5).
 */
static int
quoted_open_at(const GbDoc *d, int k)
{
	int			j;
	char		open = tok_punct(d, k, ')') ? '(' : '"';

	for (j = k - 1; j >= 0 && j >= k - QUOTED_TOKENS; j--)
	{
		if (tok_has(d, j + 1, T_NL))
			return -1;
		/* a name, capitalized: not an aside, "lớp tập huấn (lớp thứ hai) năm 2023" */
		if (tok_punct(d, j, open))
			return j < k - 1 && gb_tok_capitalized(d, j + 1) ? j : -1;
		if (!tok_has(d, j, T_WORD) && !tok_has(d, j, T_NUM) && !name_inner(d, j))
			return -1;
	}
	return -1;
}

/* quoted_open_at() past the test most tokens fail, inline */
GB_HOT_INLINE int
quoted_open(const GbDoc *d, int k)
{
	return tok_punct(d, k, '"') || tok_punct(d, k, ')') ? quoted_open_at(d, k) : -1;
}

/*
 * Whether "và" at k follows a word of category cat of aux 0, spelled as
 * it must be: "tổng kết và trao giải Cuộc thi ...".  The verb joined to it
 * shares its object, so the object after it is the word's too (probe 69
 * G5a).
 */
static bool
joined_to_word(const GbDoc *d, int k, GbCats cat)
{
	const GbPhrase *ph = NULL;
	int			j,
				c;

	if (!tok_is(d, k, "va") || tok_has(d, k, T_NL) || tok_has(d, k + 1, T_NL))
		return false;
	for (j = k - 1; j >= 0 && j >= k - 3; j--)
		if ((c = gb_dict_match(d, j, cat, &ph)) == k - j && ph->aux == 0 &&
			(ph->value == NULL || gb_exact_words(d, j, c, ph->value)))
			return true;
	return false;
}

/*
 * Whether "và" at k joins two verbs that "việc" makes one noun of: "tổng
 * kết việc xây dựng và thực hiện quy chế dân chủ năm 2019" (stop 30 E4).
 * The verbs share the object after them, so the object goes on.
 */
static bool
verbs_of_viec(const GbDoc *d, int k)
{
	int			i,
				j;

	for (i = k - 2; i >= 0 && i >= k - 3; i--)
		if (tok_is(d, i, "viec"))
			break;
	if (i < 0 || i < k - 3)
		return false;
	for (j = i; j <= k + 1; j++)
		if (!tok_has(d, j, T_WORD) || gb_tok_capitalized(d, j) ||
			(j > i && tok_has(d, j, T_NL)))
			return false;
	return true;
}

/*
 * Whether the comma at k follows a round and names what it is of: "đợt
 * III, Cuộc thi Báo chí ..." is one object, the contest's round.
 */
static inline bool
round_comma(const GbDoc *d, int k)
{
	int			v;

	return tok_punct(d, k, ',') && k >= 2 && tok_is(d, k - 2, "dot") &&
		gb_parse_ordinal(d, k - 1, &v) == k && gb_tok_capitalized(d, k + 1) &&
		!tok_has(d, k - 1, T_NL) && !tok_has(d, k + 1, T_NL);
}

/*
 * Whether a word of category cat opens the clause before token p: 0 if
 * none, 1 + its aux, looked back past words of another aux (and the verb
 * before them) for one of aux 0.
 */
static int
clause_has(const GbDoc *d, int p, int floor, GbCats cat)
{
	const GbPhrase *ph = NULL;
	int			k,
				lim = p - CLAUSE_BACK,
				c,
				found = 0;
	bool		object = true;	/* words of one object so far */

	for (k = p - 1; k >= floor && (k >= lim || (object && k >= p - CLAUSE_LIST_BACK)); k--)
	{
		int			o;
		bool		list_comma;

		/*
		 * "tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc (BVANTQ) năm
		 * 2014": an object, however long, is words without a break, a tense
		 * or "và"; the abbreviation written after its name is part of it
		 */
		if ((o = abbrev_open(d, k)) >= 0)
		{
			k = o;
			continue;
		}
		/*
		 * so is a name quoted, or in parentheses: "thi đua "Dân vận khéo"
		 * năm 2019"; and a comma after one lists the next item of one
		 * object: "tổng kết phong trào thi đua "Dân vận khéo", Chương trình
		 * phối hợp năm 2023" (probe 53 G1)
		 */
		if (object &&
			((o = quoted_open(d, k)) >= 0 ||
			 (tok_punct(d, k, ',') && tok_has(d, k + 1, T_WORD) && !tok_has(d, k + 1, T_NL) &&
			  (o = quoted_open(d, k - 1)) >= 0)))
		{
			k = o;
			continue;
		}
		if (object && round_comma(d, k))
			continue;
		/* a comma inside a list of one object, not before a time adverbial */
		list_comma = tok_punct(d, k, ',') && inner_comma(d, k) && !time_adverbial(d, k + 1);
		if (object && ((!tok_has(d, k, T_WORD) && !name_inner(d, k) && !list_comma) ||
					   (tok_is(d, k, "va") && !joined_to_word(d, k, cat) &&
						!verbs_of_viec(d, k)) ||
					   (gb_dict_may_match(d, k, CAT_ADVERB) &&
						gb_dict_match(d, k, CAT_ADVERB, NULL) > 0)))
			object = false;
		/* a coordinated phrase is one: look as far back again */
		if (tok_punct(d, k, ',') && (c = coord_comma(d, k)) > 0)
		{
			lim -= c + 1;
			continue;
		}

		/*
		 * a list of areas in lower case is one object, however long: "tổng
		 * kết công tác xây dựng Đảng, xây dựng chính quyền, vận động nhân
		 * dân năm 2025"; each comma in it looks one item further back
		 */
		if (list_comma || (tok_punct(d, k, '-') && name_inner(d, k)))
		{
			if (lim > p - CLAUSE_LIST_BACK)
				lim = lim - LIST_ITEM > p - CLAUSE_LIST_BACK ? lim - LIST_ITEM : p - CLAUSE_LIST_BACK;
			continue;
		}
		/* ", trong năm 2022 tiếp tục ...": a time adverbial opens a clause */
		if ((tok_punct(d, k, ',') && !list_comma) ||
			tok_punct(d, k, ';') || tok_punct(d, k, '.') ||
			tok_punct(d, k, ':') || tok_punct(d, k, '('))
			break;
		/* a phrase with a spelling must be spelled so: "đề ra", not "để rà" */
		if ((c = gb_dict_match(d, k, cat, &ph)) > 0 &&
			(ph->value == NULL || gb_exact_words(d, k, c, ph->value)))
		{
			if (ph->aux == 0)
				return 1;
			found = 1 + ph->aux;
			/* "tổng kết công tác ...": the verb before it, past the window */
			if (lim > k - 3)
				lim = k - 3;
		}
		if (d->tok[k].flags & T_NL)
			break;
	}
	return found;
}

/*
 * A full stop at k that ends its sentence (gb_sentence_break()): not the
 * dot of "quý IV.2015", nor of "TP. Cần Thơ"
 */
static inline bool
sentence_end(const GbDoc *d, int k)
{
	return tok_punct(d, k, '.') && gb_sentence_break(d, k + 1);
}

/*
 * Whether a phrase of category cat (and aux, for meeting words) ends just
 * before p.  A one-word meeting word with a spelling in its value must be
 * spelled so, tone marks included: "về" names a topic, "vệ" of "Cảnh vệ"
 * folds alike.
 */
static bool
phrase_ends_at(const GbDoc *d, int p, GbCats cat, int aux)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = p - 1; j >= 0 && j >= p - 3; j--)
		if ((cat == CAT_MEETWORD ? meetword_longest(d, j, &ph) : gb_dict_match(d, j, cat, &ph)) == p - j &&
			(cat != CAT_MEETWORD ||
			 (ph->aux == aux &&
			  (ph->value == NULL || p - j > 1 || gb_same_word(d, j, ph)))))
			return true;
	return false;
}

/* The bit of meeting word aux (all below 64) in meetwords_ending_at()'s answer. */
#define MW_BIT(aux)		(UINT64_C(1) << (aux))

/*
 * phrase_ends_at() for meeting words of several aux values at once: the
 * bits of those of want that end just before p, from one look-up at each
 * of the tokens a phrase ending there may start at.
 */
static uint64_t
meetwords_ending_at(const GbDoc *d, int p, uint64_t want)
{
	const GbPhrase *ph = NULL;
	uint64_t	ends = 0;
	int			j;

	for (j = p - 1; j >= 0 && j >= p - 3; j--)
		if (meetword_longest(d, j, &ph) == p - j && (want & MW_BIT(ph->aux)) &&
			(ph->value == NULL || p - j > 1 || gb_same_word(d, j, ph)))
			ends |= MW_BIT(ph->aux);
	return ends;
}

/*
 * Whether a reviewing word comes before p in its sentence (a few clauses
 * back): "đánh giá kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ tháng 10".
 */
static bool
sentence_reviews(const GbDoc *d, int p, int floor)
{
	int			k;

	for (k = p - 1; k >= floor && k >= p - REVIEW_BACK; k--)
	{
		if (tok_punct(d, k, ';') || tok_punct(d, k, '.') || tok_punct(d, k, ':') ||
			tok_has(d, k + 1, T_NL))
			break;
		if (gb_dict_match(d, k, CAT_REVIEWWORD, NULL) > 0)
			return true;
	}
	return false;
}

/*
 * Whether a plan noun ("nhiệm vụ", "phương hướng") opens the object that
 * ends before p, however many areas it lists: "thực hiện nhiệm vụ quốc
 * phòng, quân sự địa phương và xây dựng Đảng bộ 6 tháng cuối năm 2023".
 * Areas paired by a dash are one area, "kinh tế - xã hội", "quân sự -
 * quốc phòng (QS-QP)", and its abbreviation goes with it: a reader takes
 * the whole object as what is yet to be done.
 */
static bool
plan_object(const GbDoc *d, int p, int floor)
{
	int			k,
				o;

	for (k = p - 1; k >= floor && k >= p - CLAUSE_LIST_BACK; k--)
	{
		if (tok_punct(d, k, ',') || tok_punct(d, k, '-'))
		{
			if (!inner_comma(d, k))
				return false;
			continue;
		}
		if ((o = abbrev_open(d, k)) >= 0)
		{
			k = o;
			continue;
		}
		if (!tok_has(d, k, T_WORD) || tok_has(d, k, T_NUM))
			return false;
		if (meetword(d, k, MW_PLAN, NULL) > 0)
			return true;
		if (d->tok[k].flags & T_NL)
			return false;
	}
	return false;
}

/* "sẽ" or "dự kiến" at k: what is yet to be done */
static inline bool
future_mark(const GbDoc *d, int k)
{
	return (tok_is(d, k, "se") && gb_exact_any(d, k, "sẽ")) ||
		(tok_is(d, k, "du") && tok_is(d, k + 1, "kien"));
}

/*
 * Whether the period [start, p) is the time window of a plan, not a period
 * reviewed: "trong tháng 3/2020, các chi bộ ... sẽ tiến hành đại hội", and
 * with the future written first in its clause, "Ban sẽ tổ chức các hội
 * nghị quán triệt trong tháng 12" (probe 54 G9).
 */
static bool
future_window(const GbDoc *d, int start, int p)
{
	int			k;

	if (!tok_is(d, start - 1, "trong"))
		return false;
	for (k = p; k < d->ntok && k < p + FUTURE_AHEAD; k++)
	{
		if (tok_punct(d, k, ';') || tok_punct(d, k, '.') || tok_punct(d, k, ':') ||
			(k > p && tok_has(d, k, T_NL)))
			break;
		if (future_mark(d, k))
			return true;
	}
	for (k = start - 2; k >= 0 && k > start - FUTURE_AHEAD; k--)
	{
		if (tok_punct(d, k, ';') || sentence_end(d, k) || tok_punct(d, k, ':') ||
			tok_has(d, k + 1, T_NL))
			break;
		if (future_mark(d, k))
			return true;
	}
	return false;
}

/*
 * Whether the period [start, end) heads a sentence that sets its tasks:
 * "6 tháng cuối năm 2024, Đảng ủy Quân khu 1 xác định tiếp tục tập trung
 * ...", "Trong quý IV, các cấp ủy cần ...", "..., toàn Đảng bộ sẽ ...".
 * The verb after the subject has no tense or the future's; one in the
 * past ("Trong 9 tháng đầu năm, Ban Thường vụ đã tập trung lãnh đạo")
 * narrates the period reviewed.
 */
static bool
plan_heading(const GbDoc *d, int start, int end)
{
	const GbPhrase *ph = NULL;
	int			s = tok_is(d, start - 1, "trong") ? start - 1 : start,
				k,
				m;

	if (!(s == 0 || tok_has(d, s, T_NL) || sentence_end(d, s - 1)) ||
		!tok_punct(d, end, ','))
		return false;
	for (k = end + 1; k < d->ntok && k <= end + TASK_AHEAD; k++)
	{
		if (tok_punct(d, k, ';') || tok_punct(d, k, '.') || tok_punct(d, k, ':') ||
			tok_has(d, k, T_NL))
			break;
		if (!tok_has(d, k, T_WORD) || gb_tok_capitalized(d, k))
			continue;
		if (gb_dict_may_match(d, k, CAT_TENSE) &&
			gb_dict_match(d, k, CAT_TENSE, &ph) == 1 && gb_exact_any(d, k, ph->value))
			return strcmp(ph->value, "sẽ") == 0;
		if (gb_dict_may_match(d, k, CAT_TASKVERB) &&
			(m = gb_dict_match(d, k, CAT_TASKVERB, &ph)) > 0 &&
			(ph->value == NULL || gb_exact_words(d, k, m, ph->value)))
			return true;
	}
	return false;
}

/*
 * Whether the period [start, end) after "trong" heads a sentence whose
 * verb holds meetings in it: "Trong tháng 02/2025, các chi bộ trực thuộc
 * ... đã tổ chức đại hội" (stop 30 F10b).  The months are when they were
 * held, as a date is, not a period any of them reviews; a meeting's kind
 * may follow its count, "đã tổ chức 5 hội nghị".
 */
static bool
held_window(const GbDoc *d, int start, int end)
{
	int			s = start - 1,
				k,
				m;

	if (!tok_is(d, s, "trong") || !tok_punct(d, end, ',') ||
		!(s == 0 || tok_has(d, s, T_NL) || sentence_end(d, s - 1)))
		return false;
	for (k = end + 1; k < d->ntok && k <= end + TASK_AHEAD; k++)
	{
		if (tok_punct(d, k, ';') || tok_punct(d, k, '.') || tok_punct(d, k, ':') ||
			tok_has(d, k, T_NL))
			break;
		if ((m = meetword(d, k, MW_VERB, NULL)) > 0)
			return kind_at(d, k + m, NULL) > 0 ||
				(tok_has(d, k + m, T_NUM) && kind_at(d, k + m + 1, NULL) > 0);
	}
	return false;
}

/*
 * Whether "năm" at k closes a work programme's name: "Thực hiện chương
 * trình công tác năm 2017, chiều 19-10, ...".  The programme's year is the
 * one its meetings are held in, no period any of them reviews, though
 * "công tác" before it names a year's work.  Its name may go on with whose
 * work and what else it covers, "chương trình công tác Đoàn và phong trào
 * TTN năm 2023", "Chương trình công tác toàn khóa và năm 2016" (probe 69
 * G5b), up to a break or a review named after it ("chương trình công tác
 * và tổng kết công tác năm 2023" reviews the year).
 */
static bool
schedule_year(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = k - 1; j >= 0 && j >= k - SCHEDULE_WORDS; j--)
	{
		if (!tok_has(d, j, T_WORD) || tok_has(d, j, T_NUM) || tok_has(d, j + 1, T_NL))
			return false;
		if (j < k - 1 && meetword(d, j, MW_SCHEDULE, NULL) > 0)
			return true;
		if (gb_dict_match(d, j, CAT_REVIEWWORD, &ph) > 0 && ph->aux == 0)
			return false;
	}
	return false;
}

/*
 * Whether the period at k ends the name of a publication: "Tài liệu sinh
 * hoạt Chi bộ tháng 4/2022", "Bản tin tháng 3".  The month is the one the
 * issue serves, not one a meeting reviews; a review named in between
 * ("tài liệu hội nghị giao ban tháng 4") is what the period belongs to.
 */
static bool
issue_name(const GbDoc *d, int k)
{
	int			j;

	for (j = k - 1; j >= 0 && j >= k - DOCNAME_BACK; j--)
	{
		if (!tok_has(d, j, T_WORD) || tok_has(d, j + 1, T_NL))
			return false;
		/* before the prepositions: "tài" folds as "tại" does */
		if (meetword(d, j, MW_ISSUE, NULL) > 0)
			return true;
		if ((gb_dict_may_match(d, j, CAT_PREPOSITION) &&
			 gb_dict_match(d, j, CAT_PREPOSITION, NULL) > 0) ||
			gb_dict_match(d, j, CAT_REVIEWWORD, NULL) > 0)
			return false;
	}
	return false;
}

/*
 * A briefing held every month or quarter at j, which its period names:
 * "Hội nghị Báo cáo viên toàn quốc tháng 9/2023", "thông tin thời sự quý
 * 3-2025" (stop 31 H14).
 */
static inline bool
recurring_briefing(const GbDoc *d, int j)
{
	return (tok_is(d, j, "bao") && tok_is(d, j + 1, "cao") && tok_is(d, j + 2, "vien")) ||
		(tok_is(d, j, "thong") && tok_is(d, j + 1, "tin") && tok_is(d, j + 2, "thoi") &&
		 tok_is(d, j + 3, "su"));
}

/*
 * Whether the period at k ends the name of a ceremony: "Lễ chào cờ tháng
 * 9/2025", the month's flag salute (stop 30 E5).  Like the week of "giao
 * ban tuần 7", it names the event, not a period reviewed; a review named
 * in between ("Lễ tổng kết ... tháng 8") is what the period belongs to.
 * So does a recurring briefing's, recurring_briefing().
 */
static bool
ceremony_name(const GbDoc *d, int k)
{
	int			j;

	for (j = k - 1; j >= 0 && j >= k - DOCNAME_BACK; j--)
	{
		if (!tok_has(d, j, T_WORD) || tok_has(d, j + 1, T_NL) ||
			gb_dict_match(d, j, CAT_REVIEWWORD, NULL) > 0 ||
			(gb_dict_may_match(d, j, CAT_PREPOSITION) &&
			 gb_dict_match(d, j, CAT_PREPOSITION, NULL) > 0))
			return false;
		/*
		 * "Quang cảnh Lễ chào cờ tháng 9/2025": named, held or not ("lễ"
		 * alone is a kind, and every kind it starts is a ceremony)
		 */
		if (tok_is(d, j, "le") && gb_exact_any(d, j, "lễ"))
			return true;
		if (recurring_briefing(d, j))
			return true;
	}
	return false;
}

/*
 * The month of the issue a headline names, "Tài liệu sinh hoạt Chi bộ
 * tháng 4/2022", as a month without a day in *hint: the items of an issue
 * are of the days before it, as those of a page tagged with its month.
 */
static void
issue_month(const GbDoc *d, int lo, int hi, GbDate *hint)
{
	Period		per;
	int			k,
				end;

	for (k = lo; k < hi; k++)
		if (may_start_period(d, &d->tok[k]) && issue_name(d, k) &&
			parse_period(d, k, false, &per, &end) && per.year && per.nmonths < 12)
		{
			hint->y = per.year;
			hint->m = per.mlo + per.nmonths - 1;
			hint->d = 0;
			return;
		}
}

/*
 * Whether the month [start, end) opens a span, "từ tháng 6/2009 đến", or
 * closes one, "từ tháng 6/2009 đến tháng 12/2010".
 */
static bool
span_month(const GbDoc *d, int start, int end)
{
	int			k;

	if (tok_is(d, start - 1, "tu"))
		return link_to(d, end) && !tok_has(d, end, T_NL);
	if (!link_to(d, start - 1) || tok_has(d, start, T_NL))
		return false;
	for (k = start - 2; k >= 0 && k >= start - SPAN_BACK; k--)
	{
		if (tok_is(d, k, "tu"))
			return true;
		if (tok_has(d, k + 1, T_NL) || tok_punct(d, k, ',') || tok_punct(d, k, '.') ||
			tok_punct(d, k, ';') || tok_punct(d, k, '('))
			return false;
	}
	return false;
}

static bool life_date(const GbDoc *d, int k);

/*
 * Whether the month [start, end) opens its sentence (lo), "Từ" before it
 * or not, with a person for subject after the comma: "Tháng 5/2023, ông
 * trở lại Bộ Tư pháp", "Từ tháng 3/2020, đồng chí giữ chức ...".
 */
static bool
person_month(const GbDoc *d, int lo, int start, int end)
{
	const GbPhrase *ph = NULL;
	int			m;

	if (start != lo && !(start == lo + 1 && tok_is(d, lo, "tu")))
		return false;
	if (!tok_punct(d, end, ',') || tok_has(d, end + 1, T_NL))
		return false;
	m = gb_dict_match(d, end + 1, CAT_HONORIFIC, &ph);
	return m > 1 || (m == 1 && gb_same_word(d, end + 1, ph));
}

/* The clause around [start, end), to a line, sentence or ";": [*lo, *hi) */
static inline void
career_clause(const GbDoc *d, int start, int end, int *lo, int *hi)
{
	int			l,
				h;

	for (l = start; l > 0 && l > start - CAREER_AROUND; l--)
		if (tok_has(d, l, T_NL) || sentence_end(d, l - 1) || tok_punct(d, l - 1, ';'))
			break;
	for (h = end; h < d->ntok && h < end + CAREER_AROUND; h++)
		if ((h > end && tok_has(d, h, T_NL)) || sentence_end(d, h) || tok_punct(d, h, ';'))
			break;
	*lo = l;
	*hi = h;
}

/* A post held at k: "giữ chức", "đảm nhiệm", "là" before a title */
static inline bool
post_held(const GbDoc *d, int k)
{
	return meetword(d, k, MW_CAREER, NULL) > 0 ||
		(tok_is(d, k, "la") && gb_exact_any(d, k, "là") &&
		 !tok_has(d, k + 1, T_NL) && gb_dict_match(d, k + 1, CAT_TITLE, NULL) > 0);
}

/*
 * Whether the single month [start, end) is one of a biography (probe 49
 * G8): one of a person's life ("sinh tháng 6/1970"), or one in a sentence
 * that names no meeting, with a post held in it or a person for its
 * subject ("Tháng 5/2023, ông trở lại Bộ Tư pháp ..., rồi tháng 1/2025
 * được ... điều động giữ chức Bí thư").
 */
static bool
career_month(const GbDoc *d, int start, int end)
{
	bool		career = false;
	int			lo,
				hi,
				k;

	if (!tok_is(d, start, "thang"))
		return false;
	if (life_date(d, start))
		return true;
	career_clause(d, start, end, &lo, &hi);
	for (k = lo; k < hi; k++)
	{
		if (kind_at(d, k, NULL) > 0)
			return false;
		if (post_held(d, k))
			career = true;
	}
	return career || person_month(d, lo, start, end);
}

/*
 * Whether the period [start, end) opens a span of a person's career: "từng
 * giữ chức Phó Chủ tịch UBND tỉnh (từ tháng 6/2009 đến tháng 12/2010)",
 * "là Chủ tịch UBND tỉnh Trà Vinh từ tháng 11/2020 đến tháng 6/2025", "Từ
 * tháng 3/2016 đến nay, đồng chí A là Bí thư Huyện ủy".  The months of the
 * posts held in a biography are no period the meeting reviews, and give
 * its day no year.  "từ ... đến" with a post held in its sentence ("giữ
 * chức", "đảm nhiệm", "là" before a title) tells one.  So does a single
 * month of a biography (career_month()).
 */
static bool
career_span(const GbDoc *d, int start, int end)
{
	int			lo,
				hi,
				k;

	if (!span_month(d, start, end))
		return career_month(d, start, end);
	career_clause(d, start, end, &lo, &hi);
	for (k = lo; k < hi; k++)
		if (post_held(d, k))
			return true;
	return false;
}

/*
 * Whether the span of nyears years at p is none the meeting reviews, by
 * the words before it in its clause, back to the review: one ahead,
 * "tổng kết ... và định hướng giai đoạn 2026-2030", "mục tiêu đến năm
 * 2030, giai đoạn 2026-2030"; or a programme's whose years are not those
 * counted, "sơ kết 3 năm thực hiện Nghị quyết ... giai đoạn 2021-2025"
 * (the count agrees as year_span() has it).
 */
static bool
span_not_reviewed(const GbDoc *d, int p, int floor, int nyears)
{
	int			k,
				m,
				n;

	for (k = p - 1; k >= floor && k >= p - CLAUSE_LIST_BACK; k--)
	{
		if (tok_punct(d, k, ';') || tok_punct(d, k, '.') || tok_punct(d, k, ':') ||
			tok_has(d, k + 1, T_NL))
			return false;
		if (meetword(d, k, MW_OUTLOOK, NULL) > 0 || meetword(d, k, MW_TARGET, NULL) > 0 ||
			(link_to(d, k) && tok_is(d, k + 1, "nam")))
			return true;
		if (tok_is(d, k, "nam") && (m = count_at(d, k - 1, &n)) == 1)
			return !count_fits_span(n, nyears);
		if (gb_dict_match(d, k, CAT_REVIEWWORD, NULL) > 0)
			return false;
	}
	return false;
}

/*
 * "Từ tháng 9/2024, Quận ủy đã triển khai Đề án ...", "Từ quý II/2024,
 * Thành ủy đã triển khai ...": a month or a quarter [k, end) after "từ",
 * with no end written, is when an activity started and runs on, no
 * period reviewed (probe 56 G4).  "từ tháng 1 đến tháng 6", "từ tháng
 * 7/2015 đến nay" have their end and are read as before.
 */
static inline bool
open_start(const GbDoc *d, int k, int end)
{
	return tok_is(d, k - 1, "tu") && gb_exact_any(d, k - 1, "từ") && !link_to(d, end);
}

/*
 * "Đợt 1 diễn ra (thực hiện, triển khai, tiến hành) trong tháng 3": the
 * month at k a phase of the work ahead is scheduled in, even the month of
 * the meeting's day (stop 31 I8).
 */
static bool
phase_schedule(const GbDoc *d, int k)
{
	int			v = k - 3,
				n;

	if (!tok_is(d, k - 1, "trong") || tok_has(d, k - 1, T_NL) || tok_has(d, k, T_NL))
		return false;
	if (!((tok_is(d, v, "dien") && tok_is(d, v + 1, "ra")) ||
		  (tok_is(d, v, "thuc") && tok_is(d, v + 1, "hien")) ||
		  (tok_is(d, v, "trien") && tok_is(d, v + 1, "khai")) ||
		  (tok_is(d, v, "tien") && tok_is(d, v + 1, "hanh"))) || tok_has(d, v + 1, T_NL))
		return false;
	/* "Đợt 1", "đợt II" */
	return tok_is(d, v - 2, "dot") && !tok_has(d, v - 1, T_NL) && !tok_has(d, v, T_NL) &&
		gb_parse_ordinal(d, v - 1, &n) == v;
}

/*
 * Whether the period [k, end) is one planned, not one reviewed: "phương
 * hướng ... quý II", "thực hiện nhiệm vụ quý II", "trong tháng 3 ... sẽ".
 */
static bool
planned_period(const GbDoc *d, int k, int end, int lo)
{
	return clause_has(d, k, lo, CAT_PLANWORD) || phase_schedule(d, k) ||
		((phrase_ends_at(d, k, CAT_MEETWORD, MW_PLAN) || plan_object(d, k, lo)) &&
		 !sentence_reviews(d, k, lo)) ||
		future_window(d, k, end) || plan_heading(d, k, end);
}

/*
 * Whether "năm N" at k closes a period of months: "6 tháng cuối năm 2016",
 * "quý IV năm 2021".
 */
static bool
closes_months(const GbDoc *d, int k)
{
	Period		per;
	int			j,
				e;

	for (j = k - 1; j >= 0 && j >= k - 4; j--)
		if (may_start_period(d, &d->tok[j]) && parse_period(d, j, false, &per, &e) &&
			e == k + 2 && per.nmonths < 12)
			return true;
	return false;
}

/*
 * Whether "năm N" at k is the whole year of a plan or a work programme:
 * "dự kiến kế hoạch năm 2017", "triển khai nhiệm vụ năm 2017".  Next
 * year's plan is often written at the end of a mid-year review, and is no
 * year of the period reviewed (probe 57 G2); with listed, nor is any whole
 * year ("năm 2017" after a semicolon lists another item).  A plan of months
 * ("triển khai nhiệm vụ 6 tháng cuối năm 2016") is of the year reviewed:
 * a year that closes months is none of these.
 */
static bool
plan_year_at(const GbDoc *d, int k, int lo, bool listed)
{
	return tok_is(d, k, "nam") &&
		(listed || schedule_year(d, k) || planned_period(d, k, k + 2, lo)) &&
		!closes_months(d, k);
}

/*
 * The nearest year written around a period without one, after it first,
 * in its sentence: "Trong Quý I, toàn ngành ... . Quan tâm ... xếp loại
 * chất lượng năm 2023" is no Quý I of 2023.  Not the whole year of a plan,
 * "sơ kết 6 tháng đầu năm ... và dự kiến kế hoạch năm 2017", nor a whole
 * year after a semicolon, which lists another item: "... 6 tháng đầu năm;
 * thông qua ... Chương trình giám sát năm 2017" (probe 57 G2); months
 * planned there are the next of the same year, "quý I; triển khai nhiệm vụ
 * quý II/2018".  A period without its year is then the meeting's.
 */
static int
year_near(const GbDoc *d, int p, int end, int lo, int hi)
{
	int			k,
				e,
				y;
	bool		semi = false;

	for (k = end; k < hi && k < end + YEAR_NEAR && !sentence_end(d, k); k++)
	{
		semi |= tok_punct(d, k, ';');
		if ((y = year_after(d, k, &e)) > 0 && (k > end || tok_is(d, k, "nam")) &&
			!(k > end && plan_year_at(d, k, lo, semi)))
			return y;
	}
	for (k = p - 1; k >= lo && k > p - YEAR_NEAR && !sentence_end(d, k); k--)
		if (tok_is(d, k, "nam") && is_year(d, k + 1) && !compared_year(d, k) &&
			!plan_year_at(d, k, lo, false))
			return gb_tok_int(d, k + 1);
	return 0;
}

/*
 * Whether "năm" at k gives the year of a week, "tuần 7 năm 2026": a weekly
 * meeting's period (probe 58 G4), days that no months hold; not the whole
 * year, nor a year a side remark reviews ("tổ chức tổng kết năm 2025").
 */
static inline bool
week_of_year(const GbDoc *d, int k)
{
	return tok_is(d, k - 2, "tuan") && tok_has(d, k - 1, T_NUM) && d->tok[k - 1].len <= 2 &&
		is_year(d, k + 1) && !tok_has(d, k - 1, T_NL) && !tok_has(d, k, T_NL);
}

/*
 * "từ tháng 1/2016 đến tháng 5/2018", "từ tháng 1 đến tháng 5/2018", "từ
 * quý III/2024 đến quý IV": the month or quarter per [k, *end) after "từ"
 * runs to the month or quarter after "đến", the period from the first to
 * the end of the last (probe 66 G3).  A year written on one side only is
 * the other's too, the next when the months go past December; with none,
 * the months must not.  per and *end are left as they are when no month
 * or quarter follows.
 */
static void
range_to(const GbDoc *d, int k, Period *per, int *end)
{
	int			q = *end + 1,
				e,
				v,
				lo,
				n,
				y1 = per->year,
				y2,
				months;

	if (!(per->nmonths == 1 || per->nmonths == 3) || !tok_is(d, k - 1, "tu") ||
		!link_to(d, *end) || tok_has(d, *end, T_NL) || tok_has(d, q, T_NL))
		return;
	if (tok_is(d, q, "thang") && tok_has(d, q + 1, T_NUM) && d->tok[q + 1].len <= 2 &&
		!tok_has(d, q + 1, T_NL))
	{
		lo = gb_tok_int(d, q + 1);
		n = 1;
		e = q + 2;
	}
	else if (tok_is(d, q, "quy") && (e = gb_parse_ordinal(d, q + 1, &v)) > q + 1 &&
			 v >= 1 && v <= 4)
	{
		lo = 3 * (v - 1) + 1;
		n = 3;
	}
	else
		return;
	if (lo < 1 || lo > 12)
		return;
	y2 = year_after(d, e, &e);
	if (y1 == 0 && y2 == 0 && lo < per->mlo)
		return;
	if (y1 == 0)
		y1 = y2 == 0 ? 0 : lo < per->mlo ? y2 - 1 : y2;
	if (y2 == 0)
		y2 = lo < per->mlo ? y1 + 1 : y1;
	months = (y2 - y1) * 12 + lo + n - per->mlo;
	if (months <= per->nmonths || months > 12 * SPAN_YEARS)
		return;
	per->year = y1;
	per->nmonths = months;
	per->end = *end = e;
}

static bool conveyed_agenda(const GbDoc *d, int lo, int k);

/*
 * The first period reviewed (not planned) in tokens [lo, hi); in *planned
 * the first one planned with its year, "triển khai nhiệm vụ quý II năm
 * 2024", when it has none yet.  A span of years only with spans, in the
 * lead or the headline: one reviewed further on is the subject of a
 * document or a speech ("giới thiệu Đề cương Báo cáo tổng kết ... chiến
 * lược 10 năm 2001 - 2010"), where months, quarters and a year are read
 * as before.
 */
static bool
period_in(const GbDoc *d, int lo, int hi, Period *out, Period *planned, bool spans)
{
	int			k,
				end;

	for (k = lo; k < hi; k++)
	{
		GbDate		dt;
		bool		has_year;
		Period		per;
		int			review;

		if (!may_start_period(d, &d->tok[k]))
			continue;
		/* the words of a date are not a period: "29 tháng 01 năm 2021" */
		if (may_start_date(d, k) && gb_parse_date(d, k, &end, &dt, &has_year))
		{
			k = end - 1;
			continue;
		}
		/* a week of a year: the period, which gb_meet_finish() sets as none */
		if (tok_is(d, k, "nam") && week_of_year(d, k) && !planned_period(d, k - 2, k + 2, lo))
		{
			memset(&per, 0, sizeof(per));
			per.week = true;
			per.year = gb_tok_int(d, k + 1);
			per.start = k - 2;
			per.end = k + 2;
			per.text = gb_span_text(d, per.start, per.end);
			*out = per;
			return true;
		}
		/* only "năm 2022" and a span of years need a reviewing word before it */
		review = (tok_is(d, k, "nam") || (spans && may_open_span(d, k))) && !schedule_year(d, k) ?
			clause_has(d, k, lo, CAT_REVIEWWORD) : 0;
		if (!parse_period(d, k, review > 0, &per, &end))
			continue;
		/*
		 * a span of years needs one that reviews: "công tác" alone names a
		 * year's work, not the years a meeting reviews
		 */
		if (per.nmonths > 12 &&
			(!spans || review != 1 || span_not_reviewed(d, k, lo, per.nmonths / 12)))
		{
			k = end - 1;
			continue;
		}
		per.of_work = review == 1 + REVIEW_WORK;
		if (issue_name(d, k) || ceremony_name(d, k) || held_window(d, k, end) ||
			open_start(d, k, end) || career_span(d, k, end))
		{
			k = end - 1;
			continue;
		}
		if (planned_period(d, k, end, lo))
		{
			if (per.year && per.nmonths < 12 && !planned->year)
				*planned = per;
			k = end - 1;
			continue;
		}
		if (conveyed_agenda(d, lo, k))
		{
			k = end - 1;
			continue;
		}
		if (tok_is(d, end, "den") || tok_is(d, end, "toi"))
			range_to(d, k, &per, &end);
		if (per.year == 0)
			per.year = year_near(d, k, end, lo, hi);
		/* the start of a span that runs on to the meeting, written with it */
		if ((tok_is(d, end, "den") || tok_is(d, end, "toi")) && tok_is(d, end + 1, "nay") &&
			!tok_has(d, end, T_NL))
		{
			per.to_now = true;
			per.end = end + 2;
		}
		per.reviewed = review == 1;
		per.text = gb_span_text(d, per.start, per.end);
		*out = per;
		return true;
	}
	return false;
}

/* ---- organizer ---------------------------------------------------------- */

static bool is_dang(const GbDoc *d, int i);
static int	body_at(const GbDoc *d, int p, const char **name);

/*
 * Where the name of an agency's Party organization at p ends, or p:
 * "Đảng ủy", "Đảng bộ" or "Chi bộ", a capitalized agency ("Ban Quản lý",
 * "Bệnh viện"; in lower case before a capital, "trường Đại học Vinh"),
 * and its name in any case, "các Khu Chế xuất và Công nghiệp Thành phố",
 * "Đa khoa tỉnh", "Mỏ - Địa chất", up to the verb of the sentence or a
 * parenthesis: "(Đảng ủy Ban Quản lý) tổ chức".
 */
static int
agency_committee(const GbDoc *d, int p)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, p, CAT_BODYHEAD, &ph),
				e,
				r;

	if (m != 2 || ph->value == NULL ||
		!(strcmp(ph->value, "Đảng ủy") == 0 || strcmp(ph->value, "Đảng bộ") == 0 ||
		  strcmp(ph->value, "Chi bộ") == 0) ||
		tok_has(d, p + m, T_NL) ||
		(r = gb_dict_match(d, p + m, CAT_AGENCY, &ph)) == 0 || ph->aux != 0 ||
		(ph->value && !gb_exact_any(d, p + m, ph->value)) ||
		/* "Đảng bộ trường Đại học Vinh": the agency's noun in lower case, its name capitalized */
		!(gb_tok_capitalized(d, p + m) || (gb_tok_capitalized(d, p + m + r) && !tok_has(d, p + m + r, T_NL))))
		return p;
	for (e = p + m + r; e < d->ntok && e < p + m + AGENCY_WORDS && !tok_has(d, e, T_NL); e++)
	{
		if (tok_has(d, e, T_WORD) && !tok_has(d, e, T_UPPER))
		{
			/* "Khu Chế xuất và Công nghiệp": not "và Sở Xây dựng", another body */
			if (tok_is(d, e, "va") && gb_tok_capitalized(d, e + 1) && !tok_has(d, e + 1, T_NL) &&
				gb_dict_match(d, e + 1, CAT_BODY | CAT_BODYHEAD | CAT_AGENCY, NULL) == 0)
				continue;
			/* a function word, an adverb, a verb or a time ends it */
			if (((r = gb_dict_match(d, e, CAT_AGENCY, &ph)) == 1 && ph->aux == AGENCY_STOP &&
				 gb_exact_any(d, e, ph->value)) ||
				gb_dict_match(d, e, CAT_ADVERB, NULL) > 1 || is_dang(d, e) ||
				meetword(d, e, MW_VERB, NULL) > 0 || kind_at(d, e, NULL) > 0 ||
				tok_is(d, e, "phoi") || gb_skip_when(d, e) > e)
				break;
		}
		else if (!tok_has(d, e, T_WORD) &&
				 !(tok_punct(d, e, '-') && gb_tok_capitalized(d, e - 1) && gb_tok_capitalized(d, e + 1)))
			break;
	}
	/*
	 * the name ends where the subject's predicate starts, at its
	 * parenthesis, or before another body listed with it
	 */
	r = skip_adverbs(d, gb_skip_when(d, e));
	if (tok_punct(d, e, '(') || meetword(d, r, MW_VERB, NULL) > 0 || kind_at(d, r, NULL) > 0 ||
		(tok_is(d, r, "phoi") && tok_is(d, r + 1, "hop")) ||
		((tok_punct(d, e, ',') || tok_is(d, e, "va")) && gb_tok_capitalized(d, e + 1) &&
		 !tok_has(d, e + 1, T_NL) && gb_dict_match(d, e + 1, CAT_BODY | CAT_BODYHEAD, NULL) > 0))
		return e;
	return p;
}

/*
 * Where the name of a congress ends, "Đại hội" at q: "Đại hội đại biểu
 * Đảng bộ tỉnh lần thứ XVII", "Đại hội Đảng bộ huyện nhiệm kỳ 2025 -
 * 2030", "Đại hội lần thứ X Đảng bộ tỉnh", "Đại hội XIII của Đảng"; -1 when
 * no congress is named there.
 */
static int
congress_name_end(const GbDoc *d, int q)
{
	const char *name;
	int			r,
				v;
	bool		numbered = false;

	if (!tok_is(d, q, "dai") || !tok_has(d, q, T_UPPER) || !tok_is(d, q + 1, "hoi"))
		return -1;
	q += 2;
	if (tok_has(d, q, T_ROMAN))
		return tok_is(d, q + 1, "cua") && tok_is(d, q + 2, "dang") ? q + 3 : q + 1;
	if (tok_is(d, q, "dai") && tok_is(d, q + 1, "bieu"))
		q += 2;
	if ((r = gb_congress_number_end(d, q)) > q)
	{
		q = r;
		numbered = true;
	}
	if (!(tok_is(d, q, "dang") && tok_is(d, q + 1, "bo")) ||
		(r = body_at(d, q, &name)) == q || name == NULL)
		return numbered ? q : -1;
	if (!numbered)
		r = gb_congress_number_end(d, r);
	if (term_years_end(d, r) > r)
		r = term_years_end(d, r);
	else if (tok_is(d, r, "khoa") && (q = gb_parse_term(d, r + 1, &v)) > r + 1)
		r = q;
	return r;
}

/*
 * "Tiểu ban Tuyên truyền – khánh tiết Đại hội ...": a dash at e joining two
 * words of a panel's field, in one line, is of its name (stop 30 E8)
 */
static inline bool
field_dash(const GbDoc *d, int e)
{
	return tok_punct(d, e, '-') && tok_has(d, e - 1, T_WORD) && tok_has(d, e + 1, T_WORD) &&
		!tok_has(d, e, T_NL) && !tok_has(d, e + 1, T_NL);
}

/*
 * Where the congress that names a panel ends, "Đại hội" at e: its name in
 * full, or "Đại hội" alone right before the subject's verb ("Tiểu ban Văn
 * kiện Đại hội tổ chức phiên họp", probe 54 G3); -1 when neither.
 */
static int
panel_congress_end(const GbDoc *d, int e)
{
	const GbPhrase *ph = NULL;
	int			r = congress_name_end(d, e),
				v;

	if (r > e)
		return r;
	v = skip_adverbs(d, gb_skip_when(d, e + 2));
	if (!tok_has(d, e + 2, T_NL) && !tok_has(d, v, T_UPPER) &&
		(meetword(d, v, MW_VERB, NULL) > 0 || (kind_at(d, v, &ph) > 0 && is_hop(ph))))
		return e + 2;
	return -1;
}

/*
 * "Tiểu ban Tuyên truyền khánh tiết Đại hội đại biểu Đảng bộ tỉnh lần thứ
 * XVII", "Ban Văn kiện Đại hội ...", "Tổ Biên tập Đại hội ...": a panel of
 * the congress at p, its field in any case, then the congress's name, all
 * one body that holds meetings.  An agency named by its field
 * serves a congress so: "Trung tâm Báo chí Đại hội XIV của Đảng" (probe 54
 * G3).  Returns the token after it, or p.
 */
static int
congress_panel_at(const GbDoc *d, int p)
{
	const GbPhrase *ph = NULL;
	int			j = p + gb_dict_match(d, p, CAT_AGENCY, &ph),
				e;
	bool		panel;

	if (j == p || !(ph->aux == AGENCY_PANEL || (ph->aux == 0 && j - p > 1)) ||
		!gb_tok_capitalized(d, p) || (ph->value && !gb_exact_any(d, p, ph->value)))
		return p;
	panel = ph->aux == AGENCY_PANEL;
	for (e = j; e < d->ntok && e < j + PANEL_WORDS && (tok_has(d, e, T_WORD) || (e > j && field_dash(d, e))) &&
		 !tok_has(d, e, T_NL); e++)
	{
		if (field_dash(d, e))
			continue;
		if (tok_has(d, e, T_UPPER))
		{
			if (e > j && tok_is(d, e, "dai") && tok_is(d, e + 1, "hoi"))
			{
				int			r = panel_congress_end(d, e);

				return r > e ? r : p;
			}
			continue;
		}
		/*
		 * "Tiểu ban văn kiện Đại hội", "Tiểu ban tổ chức phục vụ Đại hội
		 * XIV": a subcommittee, never a subject without its field, is named
		 * by it in any case, a verb too (probe 53 G4); not "Tổ chức Đại
		 * hội", "Ban hành ...", words that "Tổ", "Ban" start
		 */
		if (panel && e == j && tok_is(d, p, "tieu") && gb_dict_match(d, e, CAT_ADVERB, NULL) == 0 &&
			gb_skip_when(d, e) == e)
		{
			int			m = meetword(d, e, MW_VERB, NULL);

			e += m > 1 ? m - 1 : 0;
			continue;
		}
		/* "Ban Thường vụ Huyện ủy tổ chức Đại hội": the verb ends the subject */
		if (e == j || meetword(d, e, MW_VERB, NULL) > 0 || kind_at(d, e, NULL) > 0 ||
			gb_dict_match(d, e, CAT_ADVERB, NULL) > 0 || gb_skip_when(d, e) > e ||
			(gb_dict_match(d, e, CAT_AGENCY, &ph) == 1 && ph->aux == AGENCY_STOP &&
			 gb_exact_any(d, e, ph->value)))
			return p;
	}
	return p;
}

/*
 * Whether a capitalized "Đại hội" comes where a panel at p may name its
 * congress: after a panel's phrase (two words at most, "Tiểu ban") and a
 * few words of its field, all words in p's line, as congress_panel_at()
 * reads them.  Most capitalized agency words name no congress after them.
 */
static inline bool
congress_in_reach(const GbDoc *d, int p)
{
	int			e;

	for (e = p + 2; e < d->ntok && e < p + 2 + PANEL_WORDS &&
		 (tok_has(d, e, T_WORD) || (e > p + 2 && field_dash(d, e))) && !tok_has(d, e, T_NL); e++)
		if (tok_has(d, e, T_UPPER) && tok_is(d, e, "dai") && tok_is(d, e + 1, "hoi"))
			return true;
	return false;
}

/*
 * congress_panel_at() past its cheapest tests, a capital and a congress
 * named after it, inline: the look-up of the agency's phrase is the costly
 * part, and most agency words asked of (committee_of() walks back over a
 * meeting's words, body_at() reads every body) are lower case or name none
 */
GB_HOT_INLINE int
congress_panel(const GbDoc *d, int p)
{
	return gb_tok_capitalized(d, p) && congress_in_reach(d, p) ? congress_panel_at(d, p) : p;
}

/*
 * "cụm các xã Bình An, Bình Hòa và Bình Lợi", "Cụm xã Bình An": a group's
 * head at p ("Cụm", "Khối thi đua") gathering localities of one level,
 * named one by one after it, joined by commas and "và" (probe-a G5).
 * Returns the token after the last name, or p.
 */
static int
places_group_end(const GbDoc *d, int p)
{
	const GbPhrase *ph = NULL;
	int			q,
				m,
				e,
				w;

	if ((m = gb_dict_match(d, p, CAT_BODYHEAD, &ph)) == 0 || !(ph->aux & BODY_GROUP))
		return p;
	q = p + m;
	if (tok_is(d, q, "cac") && !tok_has(d, q, T_UPPER))
		q++;
	if (tok_has(d, q, T_UPPER) || (m = gb_dict_match(d, q, CAT_LEVEL, NULL)) == 0)
		return p;
	for (q += m, e = p;; q++)
	{
		for (w = 0; w <= PLACE_NAME_WORDS && tok_has(d, q + w, T_WORD) && gb_tok_capitalized(d, q + w) &&
			 !tok_has(d, q + w, T_NL); w++)
			;
		if (w == 0 || w > PLACE_NAME_WORDS)
			return e;
		q += w;
		e = q;
		if (!tok_punct(d, q, ',') && !tok_is(d, q, "va"))
			return e;
	}
}

/*
 * "(tại Hà Nội,) ủy ban Kiểm tra trung ương họp": a body known by its whole
 * name, written in lower case, or with its first word alone so ("huyện ủy
 * Ninh Giang", gb_parse_body()), where a subject starts, after punctuation,
 * a date or at a line's start; not inside a phrase ("đại biểu quốc hội").
 * *name gets its canonical spelling.  Returns the token after it, or p.
 */
static int
lower_body(const GbDoc *d, int p, const char **name)
{
	const GbPhrase *ph = NULL;
	int			m,
				k;

	if (!tok_has(d, p, T_WORD) || tok_has(d, p, T_UPPER) || tok_has(d, p, T_ALLCAPS) ||
		!(p == 0 || tok_has(d, p, T_NL) || tok_has(d, p - 1, T_NUM) ||
		  tok_punct(d, p - 1, ',') || tok_punct(d, p - 1, '.') || tok_punct(d, p - 1, ';') ||
		  tok_punct(d, p - 1, ':')) ||
		(m = gb_dict_match(d, p, CAT_BODY | CAT_BODYHEAD, &ph)) == 0 || ph->value == NULL)
		return p;
	/* "cụm các xã Bình An, Bình Hòa và Bình Lợi": a group of localities */
	if (ph->cat == CAT_BODYHEAD && (ph->aux & BODY_GROUP) && (k = places_group_end(d, p)) > p)
	{
		*name = gb_span_text(d, p, k);
		return k;
	}
	/* "huyện ủy Ninh Giang", "ban thường vụ Tỉnh ủy": its first word only in lower case */
	if (ph->cat == CAT_BODYHEAD || tok_has(d, p + 1, T_UPPER))
	{
		k = gb_parse_body(d, p, name);
		return *name != NULL ? k : p;
	}
	if (m < 2)
		return p;
	for (k = p + 1; k < p + m; k++)
		if (tok_has(d, k, T_NL))
			return p;
	*name = ph->value;
	return p + m;
}

/*
 * The end of a steering committee's task after "Ban Chỉ đạo" ending at q,
 * as a title reads it (gb_steering_task_end()), with the issuer of the
 * document it carries out ("... thực hiện Kết luận 62-KL/TW của Bộ Chính
 * trị") or the level it is of, and its place's name ("... phòng, chống
 * tham nhũng, tiêu cực tỉnh").  Returns q when no task follows.
 */
static int
steering_task_body(const GbDoc *d, int q)
{
	const char *issuer;
	int			m = gb_steering_task_end(d, q),
				e;

	if (m == q || tok_has(d, m, T_NL))
		return q;
	if (tok_is(d, m, "cua") && !tok_has(d, m, T_UPPER) && !tok_has(d, m + 1, T_NL) &&
		gb_tok_capitalized(d, m + 1) && (e = gb_parse_body(d, m + 1, &issuer)) > m + 1)
		return e;
	if (tok_has(d, m, T_UPPER) || (e = gb_dict_match(d, m, CAT_LEVEL, NULL)) == 0)
		return m;
	for (m += e; m < d->ntok && gb_tok_capitalized(d, m) && !tok_has(d, m, T_NL) &&
		 meetword(d, m, MW_VERB, NULL) == 0 && gb_dict_match(d, m, CAT_BODY | CAT_BODYHEAD, NULL) == 0; m++)
		;
	return m;
}

/*
 * "Đoàn kiểm tra số 26 của Bộ Chính trị, Ban Bí thư Trung ương Đảng",
 * "Đoàn công tác Ban Tổ chức Trung ương": a delegation at p, named by its
 * task, its number and the body that sent it (central bodies listed
 * together), one body that holds meetings.  Returns the token after it,
 * or p.
 */
static int
delegation_end(const GbDoc *d, int p)
{
	const char *name;
	int			q,
				r,
				e,
				n;

	if (!gb_tok_capitalized(d, p) || (q = meetword(d, p, MW_DELEGATION, NULL)) == 0)
		return p;
	q += p;
	if (tok_is(d, q, "so") && !tok_has(d, q, T_UPPER) && tok_has(d, q + 1, T_NUM) &&
		!tok_has(d, q + 1, T_NL))
		q += 2;
	r = tok_is(d, q, "cua") && !tok_has(d, q, T_UPPER) ? q + 1 : q;
	/* "Đoàn công tác Trung ương": sent by the Party's centre */
	if (gb_tok_capitalized(d, r) && !tok_has(d, r, T_NL) && (e = gb_dict_match(d, r, CAT_PLENUMBODY, NULL)) > 0 &&
		gb_parse_body(d, r, &name) == r)
		return r + e;
	for (n = 0; n < MAX_LISTED && r < d->ntok && !tok_has(d, r, T_NL); n++)
	{
		if ((e = gb_parse_body(d, r, &name)) == r || name == NULL ||
			(n > 0 && gb_body_code_suffix(name) == NULL))
			break;
		/* "Đoàn Kiểm tra của Ban Chỉ đạo tổng kết ... Kết luận 62-KL/TW" */
		if (e == r + 3 && tok_is(d, r + 2, "dao") && (q = steering_task_body(d, e)) > e)
			return q;
		q = e;
		/* "Bộ Chính trị, Ban Bí thư": two central bodies send it together */
		if (!(tok_punct(d, e, ',') || tok_is(d, e, "va")) || gb_body_code_suffix(name) == NULL)
			break;
		r = e + 1;
	}
	return q;
}

#define STEERING_WORDS	16		/* at most, tokens of a steering committee's remit */

/* a mark that ends a clause at i: a comma, a full stop, a colon or a semicolon */
static inline bool
clause_mark(const GbDoc *d, int i)
{
	return tok_punct(d, i, ',') || tok_punct(d, i, '.') || tok_punct(d, i, ':') || tok_punct(d, i, ';');
}

/*
 * Where a subject starts at p: the text's or a line's start, after a date
 * or a clause's mark.  Not "Theo Ban Chỉ đạo ..., UBND tỉnh tổ chức" (the
 * steering committee inside the adverbial), nor "Dưới sự chỉ đạo của Đảng
 * ủy các chi bộ đã tiến hành" (the Đảng ủy's cells, a comma left out).
 */
static inline bool
opens_subject(const GbDoc *d, int p)
{
	return p == 0 || tok_has(d, p, T_NL) || tok_has(d, p - 1, T_NUM) || clause_mark(d, p - 1);
}

static int	skip_adverbs(const GbDoc *d, int q);

/*
 * "Ban Chỉ đạo (BCĐ) thực hiện Quy chế dân chủ (QCDC) ở cơ sở tỉnh", "Ban
 * Chỉ đạo 35 tỉnh", "Ban Chỉ đạo Chỉ thị 05 huyện Gia Viễn": a steering
 * committee at p is named by its remit, a number, a document or a task in
 * any case, and then by the level it is of, with its place's name; the
 * verb, "và", or a stop after the level closes it (probe 52 G3).  The
 * token after its name, or p when the name closes with no level.
 */
static int
steering_name_end(const GbDoc *d, int p)
{
	int			j,
				m,
				e;

	/* "Theo Ban Chỉ đạo ..., UBND tỉnh tổ chức": a source; "A và BCĐ ...": a partner */
	if (!opens_subject(d, p) && !tok_is(d, p - 1, "va"))
		return p;
	if (tok_is(d, p, "bcd") && tok_has(d, p, T_ALLCAPS))
		j = p + 1;
	else if (gb_tok_capitalized(d, p) && tok_is(d, p, "ban") && tok_is(d, p + 1, "chi") &&
			 tok_is(d, p + 2, "dao") && !tok_has(d, p + 1, T_NL) && !tok_has(d, p + 2, T_NL))
		j = p + 3;
	else
		return p;
	for (m = j; j < d->ntok && j < m + STEERING_WORDS; j++)
	{
		int			a;

		if (tok_has(d, j, T_NL) || meetword(d, j, MW_VERB, NULL) > 0 || kind_at(d, j, NULL) > 0)
			return p;
		if ((a = gb_paren_abbrev(d, j)) > j)
		{
			j = a - 1;
			continue;
		}
		/* a movement named in quotes: "BCĐ phong trào thi đua "Dân vận khéo" tỉnh" */
		if (tok_punct(d, j, '"'))
			continue;
		if (tok_has(d, j, T_PUNCT))
			return p;
		if ((e = gb_dict_match(d, j, CAT_LEVEL, NULL)) == 0 || tok_has(d, j, T_UPPER))
			continue;
		j += e;
		/* the place's name after its level: "huyện Gia Viễn" */
		for (e = j; e < d->ntok && tok_has(d, e, T_UPPER) && !tok_has(d, e, T_NL) &&
			 meetword(d, e, MW_VERB, NULL) == 0 && e < j + 4; e++)
			;
		if (tok_has(d, e, T_NL) || tok_punct(d, e, ',') || tok_punct(d, e, '(') ||
			tok_is(d, e, "va") || meetword(d, skip_adverbs(d, e), MW_VERB, NULL) > 0)
			return e;
		j--;
	}
	return p;
}

/*
 * "Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh", "BCH Đảng bộ cơ quan Ban
 * Tổ chức Tỉnh ủy": the executive committee of a Party organization at p,
 * whose name is a longer head than the "Đảng bộ" that the committee's own
 * phrase ("Ban Chấp hành Đảng bộ") swallows, and which gb_parse_body()
 * therefore ended at q.  The whole committee, the organization read from
 * its own start; the token after it, or q (probe 56 G2).
 */
static int
executive_committee_end(const GbDoc *d, int p, int q, const char **name)
{
	const GbPhrase *ph = NULL;
	const char *inner;
	int			k,
				e;

	if (tok_is(d, p, "ban") && tok_is(d, p + 1, "chap") && tok_is(d, p + 2, "hanh"))
		k = p + 3;
	else if (tok_is(d, p, "bch") && tok_has(d, p, T_ALLCAPS))
		k = p + 1;
	else
		return q;
	/* "Ban Chấp hành (BCH) Đảng bộ ..." */
	if ((e = gb_paren_abbrev(d, k)) > k)
		k = e;
	if (k >= q || tok_has(d, k, T_NL) || !gb_tok_capitalized(d, k) ||
		gb_dict_match(d, k, CAT_BODYHEAD, &ph) <= q - k || !(ph->aux & BODY_LEVEL) ||
		(e = gb_parse_body(d, k, &inner)) <= q || inner == NULL)
		return q;
	*name = gb_span_text_bare(d, p, e);
	return e;
}

#define ABBREV_HEAD_WORDS	6	/* at most, words of a head around its abbreviation */

/*
 * "Đảng bộ các cơ quan (CCQ) Đảng tỉnh": a reporter abbreviates part of a
 * head on first use, the abbreviation in brackets inside the head's words,
 * where the dictionary cannot read the head through it (probe 58 G1).
 * The words before the brackets and those after them, read as one, are a
 * known head; then the level it is of and its place's name, as written.
 * body_at() ended the name at q, not past the brackets.  Returns the token
 * after the body, *name the name with the abbreviation left out; or p.
 */
static int
abbreviated_head_end(const GbDoc *d, int p, int q, const char **name)
{
	char		buf[128];
	size_t		n = 0;
	int			j,
				a,
				k,
				e = p,
				m;

	for (j = q > p ? q : p + 1; j < p + ABBREV_HEAD_WORDS && !tok_punct(d, j, '('); j++)
		;
	if (!tok_punct(d, j, '(') || (a = gb_paren_abbrev(d, j)) == j)
		return p;
	for (k = p; k < j; k++)
		if (!tok_has(d, k, T_WORD) || tok_has(d, k, T_NL))
			return p;
	for (k = p; k < j; k++)
	{
		if (n + 1 + d->tok[k].flen >= sizeof(buf))
			return p;
		if (n > 0)
			buf[n++] = ' ';
		memcpy(buf + n, tok_fold(d, k), d->tok[k].flen);
		n += d->tok[k].flen;
	}
	/* the longest head read on past the brackets */
	for (k = a; k < a + ABBREV_HEAD_WORDS && tok_has(d, k, T_WORD) && !tok_has(d, k, T_NL); k++)
	{
		if (n + 1 + d->tok[k].flen >= sizeof(buf))
			break;
		buf[n++] = ' ';
		memcpy(buf + n, tok_fold(d, k), d->tok[k].flen);
		n += d->tok[k].flen;
		buf[n] = '\0';
		if (gb_body_head_spelling(buf, NULL) != NULL)
			e = k + 1;
	}
	if (e == p)
		return p;
	/* "... Đảng tỉnh", "... Đảng huyện Tân Lập": its level, its place */
	if ((m = gb_dict_match(d, e, CAT_LEVEL, NULL)) > 0 && !tok_has(d, e, T_UPPER) &&
		!tok_has(d, e, T_NL))
		for (e += m, k = 0; k < 4 && tok_has(d, e, T_WORD) && gb_tok_capitalized(d, e) &&
			 !tok_has(d, e, T_NL) && gb_dict_match(d, e, CAT_BODY | CAT_BODYHEAD, NULL) == 0; k++)
			e++;
	*name = gb_span_text_bare(d, p, e);
	return e;
}

/*
 * "Trung ương Đoàn (TNCS Hồ Chí Minh)", "Trung ương Hội Nông dân Việt Nam"
 * at k: the centre of the Youth Union or of an association, which a
 * committee before it may head ("Ban Bí thư Trung ương Đoàn"), another
 * body than the Party's Trung ương (probe 60 G4).  "Đoàn" is a surname
 * too: a capital after the name makes it a person's ("Ủy viên Trung ương
 * Đoàn Văn Tư").  Returns the token after it, or k.
 */
static int
union_centre_end(const GbDoc *d, int k)
{
	const char *union_name;
	int			e;

	if (!tok_is(d, k, "trung") || !tok_has(d, k, T_UPPER) || !tok_is(d, k + 1, "uong") ||
		!(tok_is(d, k + 2, "doan") || tok_is(d, k + 2, "hoi")) || !tok_has(d, k + 2, T_UPPER) ||
		tok_has(d, k + 1, T_NL) || tok_has(d, k + 2, T_NL))
		return k;
	/* "Đoàn TNCS Hồ Chí Minh", "Hội Cựu chiến binh Việt Nam": a head of its own */
	e = gb_parse_body(d, k + 2, &union_name);
	if (e <= k + 3 || union_name == NULL)
		e = k + 3;
	return tok_has(d, e, T_WORD) && gb_tok_capitalized(d, e) && !tok_has(d, e, T_NL) ? k : e;
}

/*
 * "Bộ trưởng Trần Văn An trao quyết định ...": a post that heads a body's
 * name ("Bộ trưởng Bộ Nội vụ" signs as one) at p, followed by a person's
 * name: the person, no body (probe-b G8).
 */
static bool
post_before_person(const GbDoc *d, int p)
{
	int			h;

	if (!gb_dict_may_match(d, p, CAT_TITLE) || (h = gb_dict_match(d, p, CAT_TITLE, NULL)) == 0)
		return false;
	return !tok_has(d, p + h, T_NL) && gb_name_at(d, p + h, true, false) > 0;
}

/*
 * "Đoàn Chủ tịch Đại hội", "Đoàn chủ tịch hội nghị" at p: a meeting's own
 * presidium, which conducts it for its organization and holds none
 * ("thay mặt Đoàn Chủ tịch Đại hội khai mạc Đại hội", probe-b G11).
 */
static bool
meeting_presidium(const GbDoc *d, int p)
{
	const GbPhrase *ph = NULL;
	int			h;

	if (!tok_is(d, p, "doan") || (h = gb_dict_match(d, p, CAT_BODYHEAD, &ph)) == 0 ||
		ph->value == NULL || strcmp(ph->value, "Đoàn Chủ tịch") != 0 || tok_has(d, p + h, T_NL))
		return false;
	return kind_at(d, p + h, NULL) > 0;
}

/* A body at p, taking a trailing level without a name: "UBND tỉnh". */
static int
body_at(const GbDoc *d, int p, const char **name)
{
	int			q,
				m;

	if (gb_tok_capitalized(d, p) && gb_dict_may_match(d, p, CAT_MEETWORD) && (m = delegation_end(d, p)) > p)
	{
		*name = gb_span_text(d, p, m);
		return m;
	}
	if ((tok_is(d, p, "cum") || tok_is(d, p, "khoi")) && (m = places_group_end(d, p)) > p)
	{
		*name = gb_span_text(d, p, m);
		return m;
	}
	/* "Ban Chỉ đạo 35 tỉnh", "BCĐ phong trào thi đua ... tỉnh": a steering committee */
	if ((tok_is(d, p, "ban") || tok_is(d, p, "bcd")) && (m = steering_name_end(d, p)) > p)
	{
		*name = gb_span_text_bare(d, p, m);
		return m;
	}
	q = gb_parse_body(d, p, name);
	if (q > p && (post_before_person(d, p) || meeting_presidium(d, p)))
	{
		*name = NULL;
		return p;
	}
	/*
	 * "Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62-KL/TW của Bộ
	 * Chính trị": the committee named by its task (probe 60 G1)
	 */
	if (q == p + 3 && tok_is(d, p + 2, "dao") && (m = steering_task_body(d, q)) > q)
	{
		*name = gb_span_text_bare(d, p, m);
		return m;
	}

	/* "Ban Văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII": a congress's panel */
	if (gb_dict_may_match(d, p, CAT_AGENCY) && (m = congress_panel(d, p)) > q)
	{
		*name = gb_span_text(d, p, m);
		return m;
	}
	if (q == p)
		return lower_body(d, p, name);
	if ((m = executive_committee_end(d, p, q, name)) > q)
		return m;
	/* "Đảng ủy Ban Quản lý các Khu công nghiệp tỉnh": an agency's name runs on */
	if (gb_dict_may_match(d, p + 2, CAT_AGENCY) && (m = agency_committee(d, p)) > q)
	{
		*name = gb_span_text(d, p, m);
		return m;
	}
	/*
	 * "Ban Thường vụ Huyện ủy tỉnh": a level after the name is of it; not
	 * the first syllable of a longer meeting word, "quán triệt" folding as
	 * "quận" does ("Ban Thường vụ Huyện ủy quán triệt Nghị quyết")
	 */
	m = gb_dict_match(d, q, CAT_LEVEL, NULL);
	if (m > 0 && !(d->tok[q].flags & T_NL) && !gb_tok_capitalized(d, q + m) &&
		!(d->tok[q].flags & T_UPPER) && kind_at(d, q, NULL) <= m)
	{
		/* the name as gb_parse_body() made it, abbreviations left out */
		const char *level = gb_span_text(d, q, q + m);
		GbBuf		b = {0};

		gb_buf_append(&b, *name, strlen(*name));
		gb_buf_putc(&b, ' ');
		gb_buf_append(&b, level, strlen(level));
		*name = gb_arena_strndup(d->arena, b.data, b.len);
		gb_free(b.data);
		q += m;
	}
	return q;
}

static int	sitting_number_end(const GbDoc *d, int q);

/*
 * "phiên khai mạc (chính thức)", "phiên trù bị" at q: a sitting of the
 * meeting named after it, which is held with it.  So is "phiên làm việc
 * thứ nhất (của) Đại hội", a numbered sitting of it, not a working session
 * (probe 64 G5).  Returns the token after it, or q.
 */
static int
sitting_of(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;
	int			m;

	if (q < 0 || q >= d->ntok || !tok_is(d, q, "phien"))
		return q;
	if ((m = meetword_longest(d, q, &ph)) > 0 && ph->aux == MW_SITTING)
		q += m;
	else if (tok_is(d, q + 1, "lam") && tok_is(d, q + 2, "viec") && !tok_has(d, q + 1, T_NL) &&
			 (m = sitting_number_end(d, q + 3)) > q + 3)
		q = m;
	else
		return q;
	q = skip_adverbs(d, q);
	return tok_is(d, q, "cua") ? q + 1 : q;
}

/*
 * Past an article or a plural before a meeting noun, in lower case: "tổ
 * chức một hội nghị", "tổ chức các hội nghị trực tuyến" hold meetings as
 * "tổ chức hội nghị" does.  Not "ngàn", "nghìn" (MW_MANY too): a count.
 * So is a program that the meeting named after it is: "tổ chức chương
 * trình Gặp mặt".
 */
static int
past_article(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;
	int			m,
				c;

	if (tok_has(d, q, T_UPPER) || tok_has(d, q + 1, T_NL))
		return q;
	/*
	 * "đã tổ chức 02 cuộc hội nghị", "tổ chức 2 hội nghị", "hai hội nghị":
	 * a few meetings counted, held together (probe 48 G3); "cuộc", their
	 * classifier.  Not "tổ chức 15 hội nghị": a tally over a period, none
	 * held that day.
	 */
	if ((tok_has(d, q, T_NUM) || gb_dict_may_match(d, q, CAT_COUNTWORD)) &&
		(c = count_at(d, q, &m)) > 0 && m >= 1 && m <= 3 && !tok_has(d, q + c, T_NL))
	{
		if (tok_is(d, q + c, "cuoc") && !tok_has(d, q + c + 1, T_NL))
			c++;
		return !tok_has(d, q + c, T_UPPER) && kind_at(d, q + c, NULL) > 0 ? q + c : q;
	}
	/* "tổ chức vòng chung khảo cấp tỉnh Hội thi ...": the contest (stop 29 C7) */
	if ((m = contest_round_end(d, q)) > q && kind_at(d, m, &ph) > 0 && ph->value == gb_kind_contest)
		return m;
	if ((m = meetword(d, q, MW_ONE, NULL)) == 0 && (m = meetword(d, q, MW_PROGRAM, NULL)) == 0 &&
		(meetword(d, q, MW_MANY, NULL) == 0 || !(tok_is(d, q, "cac") || tok_is(d, q, "nhung"))))
		return q;
	if (m == 0)
		m = 1;
	return kind_at(d, q + m, NULL) > 0 ? q + m : q;
}

/*
 * Where the number of a sitting at q ends: "thứ 26", "lần thứ 26", "lần
 * 2", "thứ Mười một"; q when none is there.
 */
static int
sitting_number_end(const GbDoc *d, int q)
{
	int			v,
				e;

	if (tok_has(d, q, T_NL))
		return q;
	if ((e = gb_congress_number_end(d, q)) > q)
		return e;
	if (tok_is(d, q, "thu") && !tok_has(d, q + 1, T_NL) && (e = gb_parse_ordinal(d, q + 1, &v)) > q + 1)
		return e;
	return q;
}

/*
 * "kỳ thứ 2" (a council's "kỳ họp thứ 2" with "họp" dropped, probe 57 G7)
 * at q: a session numbered, what a verb like "tổ chức" holds.
 */
static bool
session_numbered(const GbDoc *d, int q)
{
	return tok_is(d, q, "ky") && gb_exact_any(d, q, "kỳ") && tok_is(d, q + 1, "thu") &&
		sitting_number_end(d, q + 1) > q + 1;
}

static bool working_day_of(const GbDoc *d, int k);

/*
 * "ngày làm việc thứ nhất (của) Đại hội" at q: a working day of the
 * meeting named after it, which a verb holds with it (probe 60 G4).
 * Returns the token of the meeting, or q.
 */
static int
working_day_end(const GbDoc *d, int q)
{
	int			k;

	if (!tok_is(d, q, "ngay") || tok_has(d, q, T_UPPER) || !tok_is(d, q + 1, "lam") ||
		!tok_is(d, q + 2, "viec"))
		return q;
	for (k = q + 4; k <= q + 6 && k < d->ntok; k++)
		if (kind_at(d, k, NULL) > 0 && working_day_of(d, k))
			return k;
	return q;
}

/*
 * A meeting noun that a verb like "tổ chức" can take: not "tổ chức sơ kết";
 * "tổ chức trọng thể phiên khai mạc Đại hội": past a manner adverb and a
 * sitting.  Or a course, held as a meeting is though of no meeting kind:
 * "tổ chức lớp bồi dưỡng" (not "tổ chức 12 lớp", a count of them).
 */
static bool
meeting_object(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;

	q = skip_adverbs(d, q);
	/*
	 * "tổ chức khai mạc Đại hội", "tổ chức bế mạc hội nghị": the verb of
	 * the event itself before its noun, and its manner, "tổ chức khai mạc
	 * trọng thể phiên chính thức Đại hội"
	 */
	if ((tok_is(d, q, "khai") || tok_is(d, q, "be")) && tok_is(d, q + 1, "mac") &&
		!tok_has(d, q, T_UPPER) && !tok_has(d, q + 1, T_NL))
		q = working_day_end(d, skip_adverbs(d, q + 2));
	/*
	 * "HĐND huyện vừa tổ chức thành công Kỳ họp thứ 11": the verb's result
	 * before its noun, as its manner (probe 55 G3)
	 */
	else if (tok_is(d, q, "thanh") && tok_is(d, q + 1, "cong") && !tok_has(d, q, T_UPPER) &&
			 !tok_has(d, q + 1, T_NL))
		q = skip_adverbs(d, q + 2);
	/*
	 * "tổ chức “Hội nghị tổng kết ...”", "tổ chức "HỘI NGHỊ ..."": the
	 * meeting's name quoted whole, as school and commune sites write it
	 * (probe 59 G2)
	 */
	if (tok_punct(d, q, '"') && !tok_has(d, q + 1, T_NL) && gb_tok_capitalized(d, q + 1))
		q++;
	q = sitting_of(d, past_article(d, q));
	if (kind_at(d, q, &ph) > 0)
		return ph->aux == 0 || strcmp(ph->value, "giao ban") == 0;
	return meetword(d, q, MW_CLASS, NULL) > 0 || session_numbered(d, q);
}

/*
 * An activity that "tổ chức" takes as a meeting held: "tổ chức nghiên cứu,
 * học tập, quán triệt", "tổ chức sơ kết".  Only in the lead or the headline:
 * elsewhere "tổ chức triển khai" is as often a task set as a meeting.
 */
static bool
meeting_activity(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;

	return (kind_at(d, q, &ph) > 0 && ph->aux == 1) ||
		meetword(d, q, MW_ACTIVITY, NULL) > 0;
}

/* "tại", "ở", or a dash: what may stand between "điểm cầu" and the name */
static bool
bridge_link(const GbDoc *d, int q)
{
	static const char o[] = "ở";

	return tok_is(d, q, "tai") || tok_punct(d, q, '-') || tok_punct(d, q, ':') ||
		(q >= 0 && q < d->ntok && d->tok[q].len == sizeof(o) - 1 &&
		 memcmp(d->norm.data + d->tok[q].off, o, sizeof(o) - 1) == 0);
}

/*
 * Whether the body at p names where the meeting is, not who holds it: "tại
 * Tỉnh ủy, Ban Thường vụ ... tổ chức", "tại Hội trường Thành ủy, ...".  A
 * location adverbial is no subject of "tổ chức".
 */
static bool
names_place(const GbDoc *d, int p)
{
	int			j;

	if (bridge_link(d, p - 1) && !tok_has(d, p - 1, T_PUNCT))
		return true;
	/*
	 * "tại phòng họp Diên Hồng, tòa nhà Quốc hội, Ban Bí thư ... tổ chức": a
	 * building; "tại trụ sở cơ quan Quận ủy, Ban ...": four words
	 */
	for (j = p - 1; j >= 0 && j >= p - 4 - PLACE_WORDS; j--)
	{
		int			m = meetword(d, j, MW_PLACE, NULL),
					e;

		if (m == 0)
			m = meetword(d, j, MW_VENUE, NULL);
		if (m == 0 || j + m > p || j + m < p - PLACE_WORDS)
			continue;
		/* "tại Hội trường lớn UBND huyện, Ban ...", "hội trường tầng 3 Huyện ủy" */
		for (e = j + m; e < p && !tok_has(d, e, T_NL) &&
			 (tok_has(d, e, T_NUM) || (tok_has(d, e, T_WORD) && !gb_tok_capitalized(d, e))); e++)
			;
		if (e == p)
			return true;
	}
	return false;
}

/*
 * "tại Hội trường tầng 3 - Ban Dân vận Tỉnh ủy, Ban Dân vận Tỉnh ủy phối
 * hợp ...": the body at p after a dash that ends a room's name is whose the
 * room is, when another body follows it as the subject.
 */
static bool
room_owner(const GbDoc *d, int p)
{
	int			j;

	if (!tok_punct(d, p - 1, '-') || tok_has(d, p, T_NL))
		return false;
	for (j = p - 2; j >= 0 && j >= p - 1 - PLACE_DASH_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || tok_punct(d, j, ',') || tok_punct(d, j, '.') ||
			tok_punct(d, j, ';') || tok_punct(d, j, ':'))
			return false;
		if (meetword(d, j, MW_PLACE, NULL) > 0 || meetword(d, j, MW_VENUE, NULL) > 0)
			return true;
	}
	return false;
}

/* Whether the body in tokens [p, e) is a central one: "Ban Tổ chức Trung ương", "Bộ Nội vụ". */
static bool
central_body(const GbDoc *d, int p, int e)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, p, CAT_BODY, &ph);

	if (m == 0 || ph->value == NULL)
		return false;
	if (tok_is(d, p + m, "dang"))
		m++;
	return p + m == e;
}

/*
 * "chi bộ Thôn 17 xã Quảng Phú tổ chức": a cell named in lower case; also
 * "chi bộ trường Mầm non Tân Lập đã tổ chức", a common noun before the
 * name, where a subject starts (after a date, punctuation or at a line's
 * start): not "các chi bộ trường học tổ chức", several
 */
static inline bool
lower_cell(const GbDoc *d, int p)
{
	/* "chi" as written: not "đồng chí Bộ ..." */
	if (!(p >= 0 && p < d->ntok && d->tok[p].len == 3 &&
		  memcmp(d->norm.data + d->tok[p].off, "chi", 3) == 0 &&
		  tok_is(d, p + 1, "bo") && !tok_has(d, p + 1, T_NL) && !tok_has(d, p + 2, T_NL)))
		return false;
	if (gb_tok_capitalized(d, p + 2) || tok_has(d, p + 2, T_NUM))
		return true;
	return tok_has(d, p + 2, T_WORD) && gb_tok_capitalized(d, p + 3) && !tok_has(d, p + 3, T_NL) &&
		(p == 0 || tok_has(d, p, T_NL) || tok_has(d, p - 1, T_NUM) ||
		 tok_punct(d, p - 1, ',') || tok_punct(d, p - 1, '.') || tok_punct(d, p - 1, ';') ||
		 tok_punct(d, p - 1, ':'));
}

/*
 * Whether the body at p is part of one named before it in lower case:
 * "chi bộ Công an xã", "đảng bộ Công an tỉnh".
 */
static bool
inside_body(const GbDoc *d, int p)
{
	int			j;

	if (p < 1 || tok_has(d, p, T_NL))
		return false;
	/* "Cụm thi đua số 6 Tỉnh ủy": the parent of a group numbered */
	if (tok_has(d, p - 1, T_NUM))
	{
		const GbPhrase *ph = NULL;

		j = tok_is(d, p - 2, "so") && !tok_has(d, p - 2, T_UPPER) ? p - 2 : p - 1;
		return j > 2 && gb_dict_match(d, j - 3, CAT_BODYHEAD, &ph) == 3 && (ph->aux & BODY_GROUP);
	}
	if (!tok_has(d, p - 1, T_WORD) || tok_has(d, p - 1, T_UPPER))
		return false;
	for (j = p - 1; j >= 0 && j >= p - 3; j--)
		if (gb_dict_match(d, j, CAT_BODYHEAD, NULL) == p - j)
			return true;
	return false;
}

/*
 * Whether the body at p opens inside the name of a position before it:
 * "Trưởng Ban Chỉ đạo tổng kết ...", "Phó Trưởng Ban Tổ chức ...".  It
 * names a person's post, and the verb after it is the person's.
 */
static bool
inside_post(const GbDoc *d, int p)
{
	int			j;

	for (j = p - 1; j >= 0 && j >= p - 2 && !tok_has(d, j + 1, T_NL); j--)
		if (gb_dict_may_match(d, j, CAT_TITLE) && gb_dict_match(d, j, CAT_TITLE, NULL) > p - j)
			return true;
	return false;
}

/* "do" (by: "Hội nghị do ... tổ chức"), not "đó" (that: "trong đó"): both fold to "do" */
static inline bool
is_do(const GbDoc *d, int i)
{
	return tok_is(d, i, "do") && d->tok[i].len == 2;
}

/*
 * "đang" (in the course of: "đang tổ chức"), not "Đảng" nor the surname
 * Đặng, which fold alike: spelled in lower case, so no dictionary entry
 */
static bool
is_dang(const GbDoc *d, int i)
{
	return tok_is(d, i, "dang") && d->tok[i].len == 5 &&
		memcmp(d->norm.data + d->tok[i].off, "đang", 5) == 0;
}

/* Adverbs between a subject and its verb: "đã long trọng tổ chức". */
static int
skip_adverbs(const GbDoc *d, int q)
{
	int			m,
				n;

	/* not "sẽ": a meeting still to come */
	for (n = 0; n < 4 && !tok_has(d, q, T_NL); n++)
	{
		if ((m = gb_dict_match(d, q, CAT_ADVERB, NULL)) > 0 && !tok_is(d, q, "se"))
			q += m;
		else if (is_dang(d, q))
			q++;
		else
			break;
	}
	return q;
}

/*
 * "với", "cùng" or "cùng với" at q, after "phối hợp": what links A to its
 * partner in "A phối hợp với B", "A phối hợp cùng B".  Its tokens, or 0.
 */
static inline int
partner_link(const GbDoc *d, int q)
{
	if (tok_has(d, q, T_UPPER) || tok_has(d, q, T_NL))
		return 0;
	if (tok_is(d, q, "voi"))
		return 1;
	if (!tok_is(d, q, "cung"))
		return 0;
	return tok_is(d, q + 1, "voi") && !tok_has(d, q + 1, T_NL) ? 2 : 1;
}

/*
 * Whether the body at p is a partner in "A phối hợp với B, C và D" (or
 * "phối hợp cùng B"): looked back over a few capitalized words and list
 * links to "phối hợp với".
 */
static bool
partner_at(const GbDoc *d, int p)
{
	int			j;

	for (j = p - 1; j >= 2 && j >= p - 12 && !tok_has(d, j + 1, T_NL); j--)
	{
		if ((tok_is(d, j, "voi") || tok_is(d, j, "cung")) && tok_is(d, j - 1, "hop") &&
			tok_is(d, j - 2, "phoi"))
			return true;
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':'))
			return false;
	}
	return false;
}

/*
 * A place in apposition after a body at q: ", TP. Vũng Tàu", ", thành phố
 * Tân Lập", ", huyện Minh Sơn", ", Quận 5": where the body is, a level and
 * a proper name, no body of its own ("Tỉnh đoàn").  Returns the token after
 * it, or q.
 */
static int
place_apposition(const GbDoc *d, int q)
{
	int			k,
				m,
				words;

	if (!tok_punct(d, q, ',') || tok_has(d, q + 1, T_NL) ||
		(m = gb_dict_match(d, q + 1, CAT_LEVEL, NULL)) == 0 ||
		gb_dict_match(d, q + 1, CAT_BODY | CAT_BODYHEAD, NULL) > 0)
		return q;
	k = q + 1 + m;
	if (m == 1 && gb_place_number(d, k))
		return k + 1;
	if (tok_punct(d, k, '.') && !tok_has(d, k, T_SPACE))
		k++;
	for (words = 0; words < 5 && tok_has(d, k, T_WORD) && gb_tok_capitalized(d, k) &&
		 !tok_has(d, k, T_NL) && gb_dict_match(d, k, CAT_BODY | CAT_BODYHEAD, NULL) == 0; words++)
		k++;
	return words > 0 ? k : q;
}

/*
 * Where the subject's verb follows at q, past its adverbs: "(đã) tổ chức",
 * "(đã) tổng kết".
 */
static inline bool
verb_follows(const GbDoc *d, int q)
{
	q = skip_adverbs(d, q);
	return !tok_has(d, q, T_NL) && (meetword(d, q, MW_VERB, NULL) > 0 || kind_at(d, q, NULL) > 0);
}

/*
 * Capitalized words from q that name no body, "Hòa Bình", "TP.HCM", up to
 * the subject's verb: the token of the verb's adverbs or verb, or q.
 * closed: the words may be set off by a comma before the verb, "Huyện ủy
 * Thoại Sơn, An Giang, tổ chức" (probe 64 G1); the token after the comma.
 */
static int
name_before_verb(const GbDoc *d, int q, bool closed)
{
	int			k,
				words = 0;

	for (k = q; words < 4 && k < d->ntok && !tok_has(d, k, T_NL); words++)
	{
		if (!tok_has(d, k, T_WORD) || !gb_tok_capitalized(d, k) ||
			gb_dict_match(d, k, CAT_BODY | CAT_BODYHEAD | CAT_LEVEL, NULL) > 0)
			break;
		k++;
		/* "TP.HCM": an abbreviation's dot, no space after it */
		if (tok_punct(d, k, '.') && !tok_has(d, k + 1, T_SPACE) && tok_has(d, k + 1, T_WORD) &&
			gb_tok_capitalized(d, k + 1) && !tok_has(d, k + 1, T_NL))
			k++;
	}
	if (k > q && closed && tok_punct(d, k, ',') && verb_follows(d, k + 1))
		return k + 1;
	return k > q && verb_follows(d, k) ? k : q;
}

/*
 * "Đảng bộ phường Tân Lập, TPHCM tổ chức": a city or province named after
 * the body by its name alone, no level, right before the subject's verb:
 * where the body is.  Returns the token after it, or q.
 */
static inline int
city_apposition(const GbDoc *d, int q)
{
	int			r,
				words;

	/* "Đảng bộ Q.2 (TP.HCM) tổ chức": the city in brackets */
	if (tok_punct(d, q, '(') && !tok_has(d, q + 1, T_NL))
	{
		for (r = q + 1, words = 0; words < 4 && tok_has(d, r, T_WORD) && gb_tok_capitalized(d, r) &&
			 !tok_has(d, r, T_NL) && gb_dict_match(d, r, CAT_BODY | CAT_BODYHEAD, NULL) == 0; words++)
		{
			r++;
			if (tok_punct(d, r, '.') && !tok_has(d, r + 1, T_SPACE) && tok_has(d, r + 1, T_WORD))
				r++;
		}
		return words > 0 && tok_punct(d, r, ')') && verb_follows(d, r + 1) ? r + 1 : q;
	}
	if (!tok_punct(d, q, ',') || tok_has(d, q + 1, T_NL))
		return q;
	r = name_before_verb(d, q + 1, true);
	return r > q + 1 ? r : q;
}

static inline bool
lower_word(const GbDoc *d, int i)
{
	return tok_has(d, i, T_WORD) && !tok_has(d, i, T_UPPER);
}

/*
 * "Cụm thi đua ... gồm: Hà Nội, TP Hồ Chí Minh, Cần Thơ tổ chức": a list
 * of the group's members right before the subject's verb, bodies or
 * names alone ("gồm 5 đơn vị: Huyện ủy A, B và Thị ủy C", "gồm các quận:
 * 7, 12, Tân Phú, đã tổ chức"), what they are and how many said before a
 * colon.  Each member starts with a capital or a number; a lower-case
 * word goes on a name ("Huyện ủy", "Ea H'leo").  Returns the token of the
 * verb's adverbs or verb, or q.
 */
static int
members_list(const GbDoc *d, int q)
{
	int			k,
				j;
	bool		item;

	if (!tok_is(d, q, "gom") || tok_has(d, q, T_UPPER) || tok_has(d, q, T_NL))
		return q;
	k = q + 1;
	for (j = k; j < k + MEMBERS_WHAT && !tok_has(d, j, T_NL) &&
		 (tok_has(d, j, T_NUM) || lower_word(d, j) || tok_punct(d, j, ',')); j++)
		;
	if (j > k && tok_punct(d, j, ':'))
		k = j;
	if (tok_punct(d, k, ':'))
		k++;
	for (item = false; k < d->ntok && k < q + MEMBERS_TOKENS && !tok_has(d, k, T_NL); k++)
	{
		if ((tok_is(d, k, "va") && !tok_has(d, k, T_UPPER)) || tok_punct(d, k, ','))
		{
			/* "Tân Phú, Gò Vấp, đã tổ chức" */
			if (item && tok_punct(d, k, ',') && verb_follows(d, k + 1))
				return k + 1;
			item = false;
		}
		else if ((tok_has(d, k, T_WORD) && gb_tok_capitalized(d, k)) || tok_has(d, k, T_NUM) ||
				 (item && lower_word(d, k)))
		{
			/* the verb ends the last member: "Thị ủy C đã tổ chức" */
			if (item && lower_word(d, k) && verb_follows(d, k))
				return k;
			item = true;
			/* "Ban Tổ chức, Văn phòng Tỉnh ủy": a capital is of a name, no verb */
			if (!gb_tok_capitalized(d, skip_adverbs(d, k + 1)) && verb_follows(d, k + 1))
				return k + 1;
		}
		else if (!item || !((tok_punct(d, k, '.') && !tok_has(d, k + 1, T_SPACE)) ||
							tok_punct(d, k, '\'') || (tok_punct(d, k, '-') && !tok_has(d, k, T_SPACE))))
			break;
	}
	return q;
}

/*
 * "Cụm thi đua 1 (gồm Quận ủy 1, 3, 5, Thành ủy Thủ Đức) tổ chức": the
 * members of the body before q listed in parentheses, "(gồm ...)", "(bao
 * gồm ...)", an aside between the subject and its verb.  Returns the token
 * after ")", or q.
 */
static int
members_paren(const GbDoc *d, int q)
{
	int			k = q + 1;

	if (!tok_punct(d, q, '(') || tok_has(d, k, T_NL))
		return q;
	if (tok_is(d, k, "bao") && !tok_has(d, k + 1, T_NL))
		k++;
	if (!tok_is(d, k, "gom"))
		return q;
	for (k++; k < d->ntok && k < q + MEMBERS_TOKENS && !tok_has(d, k, T_NL); k++)
	{
		if (tok_punct(d, k, ')'))
			return k + 1;
		if (tok_punct(d, k, '(') || tok_punct(d, k, ';') ||
			(tok_punct(d, k, '.') && tok_has(d, k + 1, T_SPACE)))
			break;
	}
	return q;
}

/*
 * Whether the body at p is a member listed after "gồm": "Cụm thi đua số 6
 * Tỉnh ủy gồm 5 đơn vị: Huyện ủy A, B và Thị ủy C đã tổ chức", where the
 * group, not C, is the subject.  Returns the token of "gồm" whose list
 * runs past p, or -1.
 */
static int
members_gom(const GbDoc *d, int p)
{
	int			j;

	if (!(tok_punct(d, p - 1, ',') || tok_punct(d, p - 1, ':') || tok_is(d, p - 1, "va") ||
		  tok_is(d, p - 1, "gom")) || tok_has(d, p, T_NL))
		return -1;
	for (j = p - 1; j >= 0 && j >= p - MEMBERS_TOKENS; j--)
	{
		if (tok_is(d, j, "gom") && lower_word(d, j))
			return members_list(d, j) > p ? j : -1;
		if (tok_has(d, j + 1, T_NL) || tok_punct(d, j, ';') ||
			(tok_punct(d, j, '.') && tok_has(d, j + 1, T_SPACE)))
			return -1;
	}
	return -1;
}

/*
 * "do Ban chỉ đạo liên ngành an toàn thực phẩm tỉnh tổ chức": after "do"
 * (by), a body's name written in sentence case goes on in lower case up to
 * the verb it is the agent of.  A role's verb right before that verb is
 * the agent's, not of its name: "do Ban Thường vụ Tỉnh ủy chỉ đạo (chủ
 * trì) tổ chức"; one of choosing, "do Tỉnh ủy Lào Cai lựa chọn tổ chức"
 * (probe 50 G3), makes the agent no organizer at all: it chose who holds
 * the meeting.  Returns the verb's token, or q where the parsed name ended
 * (-1: the agent chose); *end gets where the name ends.
 */
static int
do_agent_end(const GbDoc *d, int q, int *end)
{
	int			e,
				r;

	*end = q;
	for (e = q; e < q + DO_NAME_WORDS && tok_has(d, e, T_WORD) && !tok_has(d, e, T_NL); e++)
	{
		const GbPhrase *ph = NULL;
		int			m;
		bool		delegate;

		/* "... tỉnh (đã) tổ chức"; "môi trường" folds as the adverb "mới" */
		r = skip_adverbs(d, e);
		if (meetword(d, r, MW_VERB, NULL) > 0)
			return *end = e;
		/* "lựa chọn tổ chức", "chỉ đạo tổ chức": a verb of its own first */
		delegate = (m = meetword(d, e, MW_DELEGATE, NULL)) > 0;
		if (!delegate)
			m = gb_dict_match(d, e, CAT_ROLE | CAT_ROLEJOINED, NULL);
		if (m > 0 && !tok_has(d, e, T_UPPER) && !tok_has(d, e + m, T_NL) &&
			meetword(d, skip_adverbs(d, e + m), MW_VERB, NULL) > 0)
		{
			if (delegate)
				return -1;
			*end = e;
			return skip_adverbs(d, e + m);
		}
		/* a function word ends it: "của", "về", "với" */
		if (gb_dict_match(d, e, CAT_AGENCY, &ph) == 1 && ph->aux == AGENCY_STOP &&
			gb_exact_any(d, e, ph->value))
			return q;
	}
	return q;
}

/* A function word at e that ends a name: "của", "về", "với" */
static inline bool
name_stop(const GbDoc *d, int e)
{
	const GbPhrase *ph = NULL;

	return gb_dict_match(d, e, CAT_AGENCY, &ph) == 1 && ph->aux == AGENCY_STOP &&
		gb_exact_any(d, e, ph->value);
}

/*
 * "Đảng bộ các đơn vị trực thuộc Tập đoàn tại vùng Tân Lập vừa tổ chức",
 * "Đảng ủy các xã, thị trấn đã tổ chức": a bare "Đảng bộ" or "Đảng ủy"
 * (parsed as a body from p up to q) with "các" and its members in lower
 * case names a group of Party organizations, whatever it says of them
 * (whose they are, where), up to the verb of the sentence or "phối hợp".
 * Returns where the name ends, or q.
 */
static int
party_group_end(const GbDoc *d, int p, int q)
{
	int			e;

	if (!opens_subject(d, p) || q != p + 2 || !tok_is(d, p, "dang") ||
		!(tok_is(d, p + 1, "bo") || tok_is(d, p + 1, "uy")) ||
		!tok_is(d, q, "cac") || tok_has(d, q, T_UPPER) || tok_has(d, q, T_NL) ||
		!tok_has(d, q + 1, T_WORD) || tok_has(d, q + 1, T_UPPER) || tok_has(d, q + 1, T_NL) ||
		meetword(d, q + 1, MW_VERB, NULL) > 0)
		return q;
	for (e = q + 2; e < q + GROUP_NAME_WORDS && e < d->ntok && !tok_has(d, e, T_NL); e++)
	{
		/* not "hoàn thành việc tổ chức": "việc" makes the verb a noun, the predicate is before */
		if (meetword(d, skip_adverbs(d, e), MW_VERB, NULL) > 0 ||
			(tok_is(d, e, "phoi") && tok_is(d, e + 1, "hop")) || gb_skip_when(d, e) > e)
			return tok_is(d, e - 1, "viec") ? q : e;
		/* "các xã, thị trấn": a comma only between levels */
		if (tok_punct(d, e, ',') && !tok_has(d, e + 1, T_NL) &&
			gb_dict_match(d, e + 1, CAT_LEVEL, NULL) > 0)
			continue;
		/*
		 * "với", "về" end it; whose and where go on: "các xã của huyện",
		 * "tại vùng Tân Lập", "trên địa bàn", "trong Khối"
		 */
		if (!tok_has(d, e, T_WORD) ||
			(name_stop(d, e) && !tok_is(d, e, "cua") && !tok_is(d, e, "tai") &&
			 !tok_is(d, e, "tren") && !tok_is(d, e, "trong")))
			return q;
	}
	return q;
}

/*
 * "(đã) tổ chức", "(đã) họp" at q, past its adverbs: the predicate of a
 * steering committee named by its level, which holds a meeting by either
 * verb ("Ban Chỉ đạo phòng chống dịch huyện Tủa Chùa đã họp bàn về ...")
 */
static bool
steering_predicate(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;

	q = skip_adverbs(d, q);
	return meetword(d, q, MW_VERB, NULL) > 0 ||
		(!tok_has(d, q, T_UPPER) && kind_at(d, q, &ph) > 0 && is_hop(ph));
}

/*
 * "Trung ương", "Quốc gia", "TW" at h, capitalized after a steering
 * committee's head: the level of a national one.  The token after it, or h.
 */
static int
national_level_end(const GbDoc *d, int h)
{
	if (!tok_has(d, h + 1, T_NL) &&
		((tok_is(d, h, "trung") && tok_is(d, h + 1, "uong")) ||
		 (tok_is(d, h, "quoc") && tok_is(d, h + 1, "gia"))))
		return h + 2;
	return tok_is(d, h, "tw") && tok_has(d, h, T_ALLCAPS) ? h + 1 : h;
}

/*
 * "Ban Chỉ đạo cấp tỉnh về tổng kết thực hiện Nghị quyết số 18-NQ/TW, ngày
 * 25/10/2017 của Ban Chấp hành Trung ương (khóa XII) tổ chức họp": a
 * steering committee (the head "Ban Chỉ đạo", parsed as a body up to q)
 * named in lower case by its level, then by its task after "về", however
 * long (a document cited in it, its title quoted), up to the verb of the
 * sentence.  *ne gets where the name by its level ends ("Ban Chỉ đạo cấp
 * tỉnh").  Returns the verb's token, or q.
 */
static int
steering_verb(const GbDoc *d, int p, int q, int *ne)
{
	const GbPhrase *ph = NULL;
	int			e,
				h,
				j;
	bool		level = false,
				quoted = false;

	/* "Thường trực Ban Chỉ đạo tỉnh về ...": a part of the committee, of its name */
	j = p + part_head(d, p);
	if (!opens_subject(d, p) ||
		(h = j + gb_dict_match(d, j, CAT_BODYHEAD, &ph)) == j || h > q || ph->value == NULL ||
		strcmp(ph->value, "Ban Chỉ đạo") != 0 ||
		!tok_has(d, h, T_WORD) || tok_has(d, h, T_NL))
		return q;
	/* "Ban Chỉ đạo Trung ương về ...": the national level, capitalized (probe 31 H3) */
	e = tok_has(d, h, T_UPPER) ? national_level_end(d, h) : h;
	if (tok_has(d, h, T_UPPER) && e == h)
		return q;
	level = e > h;
	/* "Ban Chỉ đạo tỉnh": the level body_at() took is of the name too */
	/* "nông thôn mới": the word ending a name's noun is no function word */
	/* "phòng, chống dịch": a comma after the first word of its task, before a second verb */
	for (; e < h + STEER_NAME_WORDS && !tok_has(d, e, T_NL) &&
		 (tok_has(d, e, T_WORD) ||
		  (tok_punct(d, e, ',') && e == h + 1 && !level && lower_word(d, e + 1) &&
		   !tok_has(d, e + 1, T_NL) && meetword(d, e + 1, MW_MANY, NULL) == 0 &&
		   gb_dict_match(d, e + 1, CAT_LEVEL, NULL) == 0)); e++)
	{
		/* "phòng chống Covid 19", "COVID-19": what it steers, by name and number */
		if (gb_tok_capitalized(d, e))
		{
			if (e == h || (j = gb_coded_name_end(d, e)) == e ||
				gb_dict_match(d, e, CAT_BODY | CAT_BODYHEAD | CAT_LEVEL, NULL) > 0)
				break;
			e = j - 1;
			continue;
		}
		if (name_stop(d, e) && !(e >= h + 2 && gb_dict_match(d, e - 2, CAT_NAMENOUN, NULL) == 3))
			break;
		if (steering_predicate(d, e))
			break;
		if (gb_dict_match(d, e, CAT_LEVEL, NULL) > 0)
			level = true;
	}
	if (!level || e < q)
		return q;
	/*
	 * "Ban Chỉ đạo xây dựng nông thôn mới tỉnh Tân Lập tổ chức": its task in
	 * lower case, then the place of its level by name, then the verb
	 */
	if (tok_has(d, e, T_UPPER))
	{
		for (j = e; j < e + 4 && tok_has(d, j, T_WORD) && tok_has(d, j, T_UPPER) && !tok_has(d, j, T_NL) &&
			 gb_dict_match(d, j, CAT_BODY | CAT_BODYHEAD, NULL) == 0; j++)
			;
		if (j == e || tok_has(d, j, T_NL) || !steering_predicate(d, j))
			return q;
		*ne = j;
		return j;
	}
	*ne = e;
	if (steering_predicate(d, e))
		return e;
	if (!tok_is(d, e, "ve") || !name_stop(d, e))
		return q;
	/* its task, up to the verb, in one sentence: not "về tổ chức Đại hội", the task */
	for (j = e + 1; j < d->ntok && j < e + 1 + STEER_TASK_WORDS; j++)
	{
		if (tok_has(d, j, T_NL))
			return q;
		/* a document's title quoted: "... sắp xếp tổ chức bộ máy ...", no verb of the subject */
		if (tok_punct(d, j, '"'))
			quoted = !quoted;
		if (quoted)
			continue;
		/* a sentence's end, or another body after a comma, the subject */
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':') ||
			(tok_punct(d, j, ',') && gb_tok_capitalized(d, j + 1) &&
			 gb_dict_match(d, j + 1, CAT_BODY | CAT_BODYHEAD, NULL) > 0))
			return q;
		if (meetword(d, j, MW_VERB, NULL) > 0 && !tok_has(d, j, T_UPPER) && !name_stop(d, j - 1))
			return j;
		/* "... về hoàn thiện thể chế, pháp luật đã tổ chức": past its adverbs (probe 31 H3) */
		if ((e = skip_adverbs(d, j)) > j && !tok_has(d, j, T_UPPER) && meetword(d, e, MW_VERB, NULL) > 0 &&
			!tok_has(d, e, T_UPPER))
			return j;
	}
	return q;
}

/*
 * " – Công ty TNHH MTV" at q, after a company's name: its legal form, a
 * company's head and abbreviations only ("TNHH", "MTV", "CP"), no name of
 * another body.  Returns the token after it, or q.
 */
static int
legal_form(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;
	int			m,
				k;

	if (!tok_punct(d, q, '-') || tok_has(d, q + 1, T_NL) ||
		(m = gb_dict_match(d, q + 1, CAT_BODYHEAD, &ph)) == 0 || ph->value == NULL ||
		strcmp(ph->value, "Công ty") != 0)
		return q;
	for (k = q + 1 + m; k < q + 1 + m + 3 && tok_has(d, k, T_ALLCAPS) && tok_has(d, k, T_WORD) &&
		 !tok_has(d, k, T_NL); k++)
		;
	return k > q + 1 + m && !gb_tok_capitalized(d, k) ? k : q;
}

/*
 * "(khóa XXII)", "(nhiệm kỳ 2020 - 2025)" at q: the term of the body before
 * it.  Returns the token after it, or q.
 */
static int
term_paren(const GbDoc *d, int q)
{
	int			r,
				term;

	if (!tok_punct(d, q, '(') || tok_has(d, q + 1, T_NL))
		return q;
	if (tok_is(d, q + 1, "khoa") && (r = gb_parse_term(d, q + 2, &term)) > q + 2 &&
		tok_punct(d, r, ')'))
		return r + 1;
	if ((r = term_years_end(d, q + 1)) > q + 1 && tok_punct(d, r, ')'))
		return r + 1;
	return q;
}

/*
 * "Ban Chỉ huy Quân sự huyện Đăk Glei (Kon Tum) đã tổ chức": the province
 * or city a body is in, named in parentheses after it, capitalized words
 * that name no body, maybe after a level ("(tỉnh Kon Tum)").  Returns the
 * token after the parenthesis, or q.
 */
static int
paren_place(const GbDoc *d, int q)
{
	int			k = q + 1,
				m,
				words;

	if (!tok_punct(d, q, '(') || tok_has(d, k, T_NL))
		return q;
	if ((m = gb_dict_match(d, k, CAT_LEVEL, NULL)) > 0 &&
		gb_dict_match(d, k, CAT_BODY | CAT_BODYHEAD, NULL) == 0)
		k += m;
	for (words = 0; words < 4 && tok_has(d, k, T_WORD) && gb_tok_capitalized(d, k) &&
		 !tok_has(d, k, T_NL) && gb_dict_match(d, k, CAT_BODY | CAT_BODYHEAD, NULL) == 0; words++)
		k++;
	return words > 0 && tok_punct(d, k, ')') ? k + 1 : q;
}

/*
 * "được Huyện ủy Long Hà chọn (tổ chức)", "giao", "cho phép": the verb by
 * which the agent of "được", a body ending at r, chooses or assigns the
 * subject; also its last syllable "giao" taken into the name as one
 * completing a word ("Long Hà giao").  Returns the token after the verb, or -1.
 */
static int
delegated(const GbDoc *d, int r)
{
	int			m;

	if (r < 2 || r >= d->ntok)
		return -1;
	if (!tok_has(d, r, T_NL) && (m = meetword(d, r, MW_DELEGATE, NULL)) > 0)
		return r + m;
	if (tok_has(d, r - 1, T_WORD) && !tok_has(d, r - 1, T_UPPER) && gb_tok_capitalized(d, r - 2) &&
		meetword(d, r - 1, MW_DELEGATE, NULL) == 1 && meetword(d, r, MW_VERB, NULL) > 0)
		return r;
	return -1;
}

/*
 * "đảng bộ xã Hưng Lâm", "đảng ủy Phường 3" at h, in lower case: a Party
 * organization and its place's name in capitals (or number), as a cell's
 * parent is written after it.  Returns the token after it, or h.
 */
static int
lower_party_org(const GbDoc *d, int h)
{
	int			q = h + 2,
				m,
				words;

	if (!(tok_is(d, h, "dang") && (tok_is(d, h + 1, "bo") || tok_is(d, h + 1, "uy"))) ||
		tok_has(d, h, T_UPPER) || tok_has(d, h + 1, T_NL))
		return h;
	if ((m = gb_dict_match(d, q, CAT_LEVEL, NULL)) > 0 && !tok_has(d, q, T_NL))
	{
		q += m;
		if (gb_place_number(d, q))
			return q + 1;
	}
	for (words = 0; words < 4 && tok_has(d, q, T_WORD) && gb_tok_capitalized(d, q) && !tok_has(d, q, T_NL);
		 words++)
		q++;
	return words > 0 ? q : h;
}

#define EMULATION_NAME_WORDS	8	/* at most, words naming a group of emulation */

/*
 * "khối thi đua các cơ quan Đảng", "cụm thi đua số 3" at p, in lower case:
 * a group of emulation and its name, in any case, up to the subject's
 * verb in lower case, as the capitalized group is read.  Returns the
 * token of the verb's adverbs or verb, or p.
 */
static int
lower_group_end(const GbDoc *d, int p)
{
	const GbPhrase *ph = NULL;
	int			m,
				k,
				v;

	if (tok_has(d, p, T_UPPER) || (m = gb_dict_match(d, p, CAT_BODYHEAD, &ph)) < 3 ||
		!(ph->aux & BODY_GROUP))
		return p;
	for (k = p + m; k < p + m + EMULATION_NAME_WORDS; k++)
	{
		if (tok_has(d, k, T_NL) || !(tok_has(d, k, T_WORD) || tok_has(d, k, T_NUM)))
			return p;
		v = skip_adverbs(d, k);
		if (k > p + m && !tok_has(d, v, T_UPPER) && !tok_has(d, v, T_NL) &&
			meetword(d, v, MW_VERB, NULL) > 0)
			return k;
	}
	return p;
}

/*
 * "Sáng 4/7, đảng bộ xã Quang Sơn tổ chức lễ ...": a Party organization in
 * lower case (lower_party_org()) where a subject starts, as lower_cell()
 * takes a cell (stop 29 C1).  Returns the token after its name, or p.
 */
static int
lower_party_subject(const GbDoc *d, int p)
{
	int			e;

	if (!opens_subject(d, p))
		return p;
	/* "khối thi đua các cơ quan Đảng (đã) tổ chức" (stop 30 E7) */
	return (e = lower_group_end(d, p)) > p ? e : lower_party_org(d, p);
}

/*
 * "Chi bộ Đông Hòa - Đảng bộ xã Tân Lập", "chi bộ 4, đảng bộ xã Hưng Lâm":
 * a cell (the body in tokens [p, r)), a dash or a comma and the Party
 * organization it belongs to, one name as written.  A parent in capitals
 * after a comma is left to the list of bodies, which writes the same
 * ("Chi bộ 4, Đảng bộ xã Tân Lập").  Returns the token after the parent's
 * name, or r.
 */
static int
cell_parent(const GbDoc *d, int p, int r)
{
	const GbPhrase *ph = NULL;
	const char *parent;
	int			e;

	if (!(tok_punct(d, r, '-') || tok_punct(d, r, ',')) || tok_has(d, r + 1, T_NL) ||
		gb_dict_match(d, p, CAT_BODYHEAD, &ph) == 0 || !(ph->aux & BODY_CELL))
		return r;
	if (!gb_tok_capitalized(d, r + 1))
		return (e = lower_party_org(d, r + 1)) > r + 1 ? e : r;
	if (tok_punct(d, r, ',') ||
		gb_dict_match(d, r + 1, CAT_BODYHEAD, &ph) == 0 || ph->value == NULL ||
		!(strncmp(ph->value, "Đảng bộ", strlen("Đảng bộ")) == 0 ||
		  strncmp(ph->value, "Đảng ủy", strlen("Đảng ủy")) == 0))
		return r;
	e = body_at(d, r + 1, &parent);
	return e > r + 1 && parent != NULL ? e : r;
}

/*
 * "trực thuộc", "thuộc" in lower case at r, "under": the body after it is
 * whose the one before is.  Returns the token after it, or r.
 */
static inline int
under_end(const GbDoc *d, int r)
{
	int			e = r;

	if (tok_is(d, e, "truc") && !tok_has(d, e, T_UPPER) && !tok_has(d, e + 1, T_NL) &&
		gb_exact_any(d, e, "trực"))
		e++;
	return tok_is(d, e, "thuoc") && !tok_has(d, e, T_UPPER) && !tok_has(d, e, T_NL) &&
		gb_exact_any(d, e, "thuộc") ? e + 1 : r;
}

#define UNIT_WORDS	4			/* words of the units' noun after "các" */

/*
 * "các chi bộ trực thuộc Đảng ủy xã Tân Lập (đã) tổ chức": the body at p,
 * after "(trực) thuộc", is whose the units before are, no subject; the
 * units, "các" and their noun in lower case heading the clause, organize,
 * a group named as written up to the verb, as party_group_end() names
 * "Đảng bộ các đơn vị trực thuộc ..." (stop 31 L-F10b).  NULL when the
 * units are not so named ("100% chi bộ trực thuộc ...").
 */
static char *
units_under(const GbDoc *d, int p)
{
	const char *name;
	int			u = p - 1 - tok_is(d, p - 2, "truc"),
				c,
				e;

	for (c = u - 1; c >= 0 && c >= u - 1 - UNIT_WORDS; c--)
	{
		if (!tok_has(d, c, T_WORD) || tok_has(d, c + 1, T_NL))
			return NULL;
		/* "Các chi bộ ..." opening its sentence */
		if (tok_is(d, c, "cac"))
			break;
		if (tok_has(d, c, T_UPPER))
			return NULL;
	}
	if (c < 0 || c < u - 1 - UNIT_WORDS || c == u - 1 || !tok_is(d, c, "cac") || !opens_subject(d, c) ||
		(e = body_at(d, p, &name)) <= p || name == NULL || !verb_follows(d, e))
		return NULL;
	return gb_span_text(d, c, e);
}

/*
 * "Chi bộ 3 trực thuộc Đảng ủy xã Tân Lập tổ chức": a body (tokens [p, r))
 * and, after "(trực) thuộc", the capitalized body it is under, one name as
 * written, as cell_parent() reads a parent after a dash (stop 31 L-F10b).
 * Returns the token after the parent's name, or r.
 */
static int
parent_under(const GbDoc *d, int r)
{
	const char *parent;
	int			j = under_end(d, r),
				e;

	if (j == r || !gb_tok_capitalized(d, j))
		return r;
	e = body_at(d, j, &parent);
	return e > j && parent != NULL ? e : r;
}

/*
 * The meeting verb a few tokens on from q in its clause, past the rest of
 * a partner's name: "(phối hợp với) Trung tâm bồi dưỡng chính trị huyện
 * tổ chức".  Returns its token, or -1.
 */
static int
partner_verb(const GbDoc *d, int q)
{
	int			j;

	for (j = q; j < d->ntok && j < q + PARTNER_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':'))
			return -1;
		if (meetword(d, j, MW_VERB, NULL) > 0)
			return j;
	}
	return -1;
}

/*
 * Whether the meeting named at q reaches past its host: "Hội nghị giao ban
 * trực tuyến toàn quốc", "hội nghị trực tuyến": one of the whole country,
 * or held over bridge points, as a central body holds them.
 */
static bool
nationwide_meeting(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;
	int			m,
				words;

	for (words = 0; words < 4 && !tok_has(d, q, T_NL); words++)
	{
		if ((m = kind_at(d, q, NULL)) > 0)
			q += m;
		else if (gb_dict_match(d, q, CAT_MEETWORD, &ph) > 0 &&
				 (ph->aux == MW_ONLINE || ph->aux == MW_SCOPE))
			return true;
		else
			break;
	}
	return false;
}

static inline char *organizer_at(const GbDoc *d, int p, bool activity);

/*
 * "Cụm thi đua I – Các cơ quan ban Đảng trực thuộc Tỉnh ủy gồm": a group
 * (cụm, khối thi đua) named in the few tokens of its line before g, "gồm";
 * its name runs up to "gồm", what it gathers said in any case, and the body
 * it is under ("Tỉnh ủy") is no subject.  NULL when none is named there.
 */
static char *
group_named_before(const GbDoc *d, int g)
{
	const GbPhrase *ph = NULL;
	int			j,
				e;

	for (j = g; j > 0 && j > g - ORGANIZER_BACK && !tok_has(d, j, T_NL); j--)
		;
	for (; j < g; j++)
		if (gb_tok_capitalized(d, j) && (gb_dict_masks[d->tok[j].grp] & CAT_BODYHEAD) &&
			gb_dict_match(d, j, CAT_BODYHEAD, &ph) > 0 && (ph->aux & BODY_GROUP) &&
			members_gom(d, j) < 0)
		{
			for (e = g; e > j + 1 && tok_has(d, e - 1, T_PUNCT); e--)
				;
			return gb_span_text(d, j, e);
		}
	return NULL;
}

/*
 * The organizer named in the few tokens of its line before g, "gồm" after
 * a group's name: "Cụm thi đua số 6 Tỉnh ủy gồm ...".  Not one listed after
 * another "gồm" itself, which organizer_match() would look before again.
 */
static char *
group_before(const GbDoc *d, int g, bool activity)
{
	char	   *o;
	int			j;

	if ((o = group_named_before(d, g)) != NULL)
		return o;
	for (j = g; j > 0 && j > g - ORGANIZER_BACK && !tok_has(d, j, T_NL); j--)
		;
	for (; j < g; j++)
		if (members_gom(d, j) < 0 && (o = organizer_at(d, j, activity)) != NULL)
			return o;
	return NULL;
}

/* "tại hội nghị lần thứ 7, " ending right before p */
static bool
plenum_named_before(const GbDoc *d, int p)
{
	const GbPhrase *ph = NULL;

	return p >= 7 && tok_punct(d, p - 1, ',') && tok_has(d, p - 2, T_NUM) &&
		tok_is(d, p - 3, "thu") && tok_is(d, p - 4, "lan") && tok_is(d, p - 7, "tai") &&
		kind_at(d, p - 6, &ph) == 2 && strcmp(ph->value, "hội nghị") == 0;
}

/*
 * Whether a sitting's noun ends right before s, or before its number
 * ("Hội nghị lần thứ 9 ", "Kỳ họp lần 2 "); not a congress: its Party
 * organization holds it, as listed_by() reads it.
 */
static bool
sitting_before(const GbDoc *d, int s)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = s - 2; j >= 0 && j >= s - 5; j--)
		if (gb_congress_number_end(d, j) == s)
		{
			s = j;
			break;
		}
	for (j = s - 1; j >= 0 && j >= s - 2; j--)
		if (kind_at(d, j, &ph) == s - j && !tok_has(d, j + 1, T_NL) && !tok_has(d, s, T_NL))
			return ph->aux == 0 && !is_hop(ph) && strcmp(ph->value, "đại hội") != 0;
	return false;
}

/*
 * "kết quả Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XI,
 * họp từ ngày 08 đến ngày 14/5/2014": the body at p completes the name of
 * a sitting before it, itself or the body whose name it ends ("Hội nghị
 * Ban Chấp hành Đảng bộ tỉnh X", "Hội nghị Ban Thường vụ Tỉnh ủy X"); a
 * "họp" after it tells when or where that sitting met, its subject the
 * sitting, never the body alone.
 */
static bool
sitting_named_by(const GbDoc *d, int p)
{
	const char *name;
	int			s;

	for (s = p; s >= 0 && s >= p - SITTING_BODY_BACK && (s == p || !tok_has(d, s + 1, T_NL)); s--)
		if ((s == p || (gb_tok_capitalized(d, s) && body_at(d, s, &name) > p && name != NULL)) &&
			sitting_before(d, s))
			return true;
	return false;
}

/*
 * Whether a crawl tag opening its line ends right before p: " date
 * 2025-10-15 Đại hội đại biểu Đảng bộ tỉnh X ... khai mạc", the text after
 * it starts a sentence (gb_line_body(); stop 30 F9).  "date" is looked at
 * first: most tokens are not 4 or 6 after it.
 */
static inline bool
after_line_tag(const GbDoc *d, int p)
{
	int			j = p >= 4 && tok_is(d, p - 4, "date") ? p - 4 : p - 6;

	return j >= 0 && tok_is(d, j, "date") && (j == 0 || tok_has(d, j, T_NL)) &&
		gb_line_body(d, j, d->ntok) == p;
}

/*
 * Whether the body at p heads its sentence: at a line's start, after a
 * full stop, or after the date opening it ("Sáng 11/3/2015, ", "Ngày mai
 * (15/10), "); not after a person's title ("X, Trưởng Ban Tổ chức Tỉnh ủy").
 */
static inline bool
heads_sentence(const GbDoc *d, int p)
{
	return p == 0 || tok_has(d, p, T_NL) || tok_punct(d, p - 1, '.') ||
		(tok_punct(d, p - 1, ',') && (tok_has(d, p - 2, T_NUM) || tok_punct(d, p - 2, ')'))) ||
		after_line_tag(d, p);
}

static bool work_session(const GbDoc *d, int k, int m);

/*
 * Whether p follows "Tại hội nghị," opening its sentence (after a full
 * stop, or any mark, as "… Tại hội nghị"): "Tại hội nghị, Đảng ủy Quân sự
 * tỉnh đã thảo luận, thống nhất ...", the body at p in session at the
 * meeting just named (probe 45 G6); its number may follow ("Tại Kỳ họp thứ
 * 26, HĐND tỉnh ...", probe 55 G3).
 */
static bool
after_at_meeting(const GbDoc *d, int p)
{
	int			j;

	if (!tok_punct(d, p - 1, ','))
		return false;
	for (j = p - 2; j >= 1 && j >= p - 4 - SITTING_NUMBER; j--)
		if (tok_is(d, j - 1, "tai") && tok_has(d, j - 1, T_UPPER) &&
			(heads_sentence(d, j - 1) || !tok_has(d, j - 2, T_WORD)))
		{
			int			m = kind_at(d, j, NULL);

			return m > 0 && sitting_number_end(d, j + m) == p - 1;
		}
	return false;
}

/*
 * "Sáng 11/3/2015, BTV huyện ủy đã duyệt nội dung Đại hội ...", "Chiều
 * 16/5, Thường trực Tỉnh ủy làm việc với Ban Tuyên giáo ...": a body
 * heading its sentence (from p), whose verb at q is what a body does
 * sitting in session, or a working session with another body ("(có buổi)
 * làm việc với"), holds the meeting the lead reports.
 */
static bool
sits_in_session(const GbDoc *d, int p, int q)
{
	const GbPhrase *ph = NULL;
	int			m;

	if (tok_has(d, q, T_NL) || tok_has(d, q, T_UPPER) || !(heads_sentence(d, p) || after_at_meeting(d, p)))
		return false;
	if (tok_is(d, q, "co") && tok_is(d, q + 1, "buoi") && !tok_has(d, q + 1, T_NL))
		q++;
	if ((m = meetword(d, q, MW_SESSION, &ph)) > 0)
		return work_session(d, q, m);
	return gb_dict_match(d, q, CAT_SESSIONVERB, NULL) > 0;
}

/*
 * "Sáng 23.10, Đảng ủy Khối các cơ quan tỉnh triển khai công tác chuẩn bị
 * Đại hội ... cho cấp ủy ...": a body opening a sentence dated to a day
 * ("23.10", "5/3/2021", not "Năm 2024", "tháng 3/2024"), whose verb at q is
 * what a meeting does (triển khai, phổ biến, tập huấn), does it at a meeting
 * that day; a task carried out is dated by its period, not by a day.
 */
static bool
acts_on_day(const GbDoc *d, int p, int q)
{
	return p >= 5 && tok_punct(d, p - 1, ',') && tok_has(d, p - 2, T_NUM) &&
		(tok_punct(d, p - 3, '/') || tok_punct(d, p - 3, '.') || tok_punct(d, p - 3, '-')) &&
		tok_has(d, p - 4, T_NUM) && d->tok[p - 4].len <= 2 &&
		!tok_is(d, p - 5, "thang") && !tok_is(d, p - 5, "quy") && !tok_is(d, p - 5, "so") &&
		!tok_has(d, q, T_UPPER) && !tok_has(d, q, T_NL) &&
		meetword(d, q, MW_ACTIVITY, NULL) > 0 && kind_at(d, q, NULL) == 0;
}

/*
 * "đăng cai" at q, in lower case: the host of a meeting, which in the
 * rotation of a region's or a cụm's meetings holds it ("Ban Tổ chức Thành
 * ủy Đà Nẵng đăng cai hội nghị", "đăng cai tổ chức").  Its tokens, or 0.
 */
static inline int
hosts_at(const GbDoc *d, int q)
{
	return tok_is(d, q, "dang") && tok_is(d, q + 1, "cai") && !tok_has(d, q, T_UPPER) &&
		!tok_has(d, q + 1, T_NL) ? 2 : 0;
}

/*
 * "15 Đảng bộ cấp cơ sở tổ chức Đại hội điểm", "có 05 Đảng bộ tổ chức ...
 * và 10 Đảng bộ tổ chức ...": a number right before the body at p counts
 * bodies of its kind, none named, when it opens its sentence or clause or
 * follows a word that makes it no date's day or month, no number of a
 * place or sitting ("Ngày 5/3 Đảng bộ ...", "tháng 5", "số 3", "phường 3").
 */
static bool
counted_body(const GbDoc *d, int p)
{
	int			k = p - 1;

	if (k < 0 || !tok_has(d, k, T_NUM) || d->tok[k].len > 3 || tok_has(d, p, T_NL))
		return false;
	if (gb_sentence_break(d, k) || tok_punct(d, k - 1, ','))
		return true;
	return lower_word(d, k - 1) && !tok_has(d, k, T_NL) && !gb_may_start_date_cue(d, k - 1) &&
		!tok_is(d, k - 1, "so") && gb_dict_match(d, k - 1, CAT_QUANTITY | CAT_LEVEL, NULL) == 0;
}

/*
 * The body of several provinces (from p, parsed up to r) organizes as one
 * up to its verb ("Ban Thường vụ Tỉnh ủy 3 tỉnh A, B, C phối hợp tổ
 * chức"): see gb_joint_provinces_end().  Returns the end of the whole
 * phrase, as written, or r.
 */
static int
joint_provinces_end(const GbDoc *d, int p, int r)
{
	int			q = gb_joint_provinces_end(d, p, r, NULL);

	if (q == r)
		return r;
	return verb_follows(d, q) ||
		(tok_is(d, q, "phoi") && tok_is(d, q + 1, "hop") && !tok_has(d, q + 1, T_NL)) ? q : r;
}

/*
 * "của tỉnh", "của huyện" at q, then the verb: the level a body named
 * before is of, the level alone, no place's name.  Returns the token
 * after the level, or q.
 */
static int
of_level_end(const GbDoc *d, int q)
{
	int			lv;

	if (!tok_is(d, q, "cua") || tok_has(d, q, T_UPPER) || tok_has(d, q + 1, T_NL) ||
		tok_has(d, q + 1, T_UPPER) || (lv = gb_dict_match(d, q + 1, CAT_LEVEL, NULL)) == 0 ||
		tok_has(d, q + 1 + lv, T_NL) || gb_tok_capitalized(d, q + 1 + lv) ||
		meetword(d, skip_adverbs(d, q + 1 + lv), MW_VERB, NULL) == 0)
		return q;
	return q + 1 + lv;
}

/*
 * Whether tokens [p, e) are only the head of an office ("Văn phòng Đoàn
 * ĐBQH", "Văn phòng HĐND"), no level or place after it; maybe after the
 * head of a body of the office's staff, "Công đoàn Văn phòng Đoàn ĐBQH",
 * "Chi bộ Văn phòng HĐND" (probe 65 G3).
 */
static bool
joint_office_head(const GbDoc *d, int p, int e)
{
	const GbPhrase *ph = NULL;
	int			m;

	if (!tok_is(d, p, "van") && (m = gb_dict_match(d, p, CAT_BODYHEAD, NULL)) > 0 &&
		tok_is(d, p + m, "van"))
		p += m;
	return tok_is(d, p, "van") && tok_is(d, p + 1, "phong") &&
		gb_dict_match(d, p, CAT_BODYHEAD, &ph) == e - p && (ph->aux & BODY_LEVEL);
}

/*
 * "Bộ Chính trị, Ban Bí thư tổ chức tổ chức Hội nghị": a meeting verb at
 * q written twice by mistake; the tokens of the first, or 0 (probe 51 G4).
 */
static int
doubled_verb(const GbDoc *d, int q)
{
	int			m = meetword(d, q, MW_VERB, NULL),
				i;

	if (m == 0 || tok_has(d, q + m, T_NL))
		return 0;
	for (i = 0; i < m; i++)
		if (d->tok[q + i].flen != d->tok[q + m + i].flen ||
			memcmp(d->fold.data + d->tok[q + i].fo, d->fold.data + d->tok[q + m + i].fo,
				   d->tok[q + i].flen) != 0)
			return 0;
	return m;
}

/*
 * "tiến hành" at q as the auxiliary of the meeting verb after it: "Chi bộ
 * ... đã tiến hành tổ chức Lễ kết nạp" (stop 29 C1).  Its tokens, or 0;
 * "tiến hành đại hội" keeps it the verb.
 */
static int
proceeds_to_verb(const GbDoc *d, int q)
{
	if (!tok_is(d, q, "tien") || !tok_is(d, q + 1, "hanh") || tok_has(d, q, T_UPPER) ||
		tok_has(d, q + 1, T_NL) || tok_has(d, q + 2, T_NL) ||
		meetword(d, q + 2, MW_VERB, NULL) == 0 || tok_is(d, q + 2, "tien"))
		return 0;
	return 2;
}

/*
 * The length of a committee head that is part of the body named after it
 * ("Ban Thường vụ", "Thường trực"), or 0.
 */
static int
part_head(const GbDoc *d, int p)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, p, CAT_BODYHEAD, &ph);

	return m > 0 && (ph->aux & BODY_PART) ? m : 0;
}

/*
 * body_at() for a subject that organizes (organizer_match()), read further
 * where a body's name holds what body_at() does not expect: the centre of
 * the Youth Union or an association, "(Ban Bí thư) Trung ương Đoàn",
 * "Trung ương Hội Nông dân Việt Nam", and an abbreviation in
 * brackets inside a head, "Đảng bộ các cơ quan (CCQ) Đảng tỉnh".  Only
 * here: body_at() serves many tests that need neither.
 */
static int
subject_body_at(const GbDoc *d, int p, const char **name)
{
	int			q = body_at(d, p, name),
				m;

	if ((m = union_centre_end(d, q > p && tok_is(d, q - 1, "uong") ? q - 2 : q)) > q)
	{
		*name = gb_span_text(d, p, m);
		return m;
	}
	if (q < p + ABBREV_HEAD_WORDS && gb_tok_capitalized(d, p) &&
		(m = abbreviated_head_end(d, p, q, name)) > q)
		return m;
	/* "đảng bộ xã Quang Sơn tổ chức": in lower case, as written */
	if (q == p && (m = lower_party_subject(d, p)) > p)
	{
		*name = gb_span_text(d, p, m);
		return m;
	}
	return q;
}

#define SECTOR_WORDS	8		/* at most, words of a sector's name */
#define ASIDE_TOKENS	24		/* at most, tokens of a description between a body and its verb */
#define NOTE_TOKENS		8		/* at most, tokens of a note in brackets after a body */

/* the subject's verb in lower case at q, past its adverbs: "(đã) tổ chức", "phối hợp" */
static inline bool
lower_verb_ahead(const GbDoc *d, int q)
{
	int			j = skip_adverbs(d, q);

	return lower_word(d, j) && !tok_has(d, j, T_NL) &&
		(meetword(d, j, MW_VERB, NULL) > 0 ||
		 (tok_is(d, j, "phoi") && tok_is(d, j + 1, "hop") && !tok_has(d, j + 1, T_NL)));
}

/*
 * "Ủy ban Kiểm tra Tỉnh ủy (cơ quan thường trực Khối thi đua) tổ chức",
 * "Ban Dân vận Huyện ủy Diên Khánh - Trưởng khối thi đua Ban Dân vận các
 * huyện, thị, thành ủy tổ chức": a description of the body in brackets or
 * after a dash (closed by another or not), in one line, up to the verb of
 * the subject in lower case (probe 59 G2).  It names the role the body has
 * in a group or another body, a capitalized word inside: "(nhiệm kỳ mới)"
 * is no such aside.  Returns the token after it, or q.
 */
static int
aside_end(const GbDoc *d, int q)
{
	bool		paren = tok_punct(d, q, '('),
				named = false;
	int			k;

	if (!(paren || tok_punct(d, q, '-')) || tok_has(d, q + 1, T_NL) || !tok_has(d, q + 1, T_WORD))
		return q;
	for (k = q + 1; k < q + ASIDE_TOKENS && k < d->ntok && !tok_has(d, k, T_NL); k++)
	{
		if (tok_punct(d, k, '.') || tok_punct(d, k, ';') || tok_punct(d, k, ':') ||
			tok_punct(d, k, '"') ||
			(paren ? tok_punct(d, k, '-') : (tok_punct(d, k, '(') || tok_punct(d, k, ')'))))
			return q;
		if (tok_punct(d, k, paren ? ')' : '-'))
			return named && lower_verb_ahead(d, k + 1) ? k + 1 : q;
		if (named && !paren && lower_verb_ahead(d, k))
			return k;
		named = named || (tok_has(d, k, T_WORD) && gb_tok_capitalized(d, k));
	}
	return q;
}

/*
 * "Cụm thi đua số 1, ngành Tổ chức xây dựng Đảng tổ chức": a group of
 * emulation at p, ending at q, told apart by the sector or bloc it gathers,
 * in apposition after a comma: "ngành" or "khối" in lower case, a name
 * starting with a capital, up to the subject's verb in lower case (probe 58
 * G1).  Returns the token of the verb, or q.
 */
static int
group_sector_end(const GbDoc *d, int p, int q)
{
	const GbPhrase *ph = NULL;
	int			k;

	if (!tok_punct(d, q, ',') || !(tok_is(d, q + 1, "nganh") || tok_is(d, q + 1, "khoi")) ||
		!lower_word(d, q + 1) || tok_has(d, q + 1, T_NL) || !gb_tok_capitalized(d, q + 2) ||
		gb_dict_match(d, p, CAT_BODYHEAD, &ph) == 0 || !(ph->aux & BODY_GROUP))
		return q;
	for (k = q + 3; k < q + 2 + SECTOR_WORDS && tok_has(d, k, T_WORD) && !tok_has(d, k, T_NL); k++)
		if (lower_word(d, k) && verb_follows(d, k))
			return k;
	return q;
}

/*
 * "thị" at i before "thành ủy" at h - 1, h: a committee's level said alone
 * in a list whose last item is the committee, the head's last word shared
 * ("các huyện, thị, thành ủy": "huyện ủy", "thị ủy").
 */
static bool
shares_head(const GbDoc *d, int i, int h)
{
	char		buf[32];
	size_t		n = d->tok[i].flen;

	if (n + 1 + d->tok[h].flen >= sizeof(buf))
		return false;
	memcpy(buf, tok_fold(d, i), n);
	buf[n++] = ' ';
	memcpy(buf + n, tok_fold(d, h), d->tok[h].flen);
	buf[n + d->tok[h].flen] = '\0';
	return gb_body_head_spelling(buf, NULL) != NULL;
}

/*
 * "các huyện ủy, thành ủy", "các huyện, thị, thành ủy" at c ("các"): the
 * class of committees a body is of, in lower case, the last listed a
 * committee, a level alone before it sharing its head; or "cấp huyện",
 * "cấp ủy" at c ("cấp"), by its level.  Returns the token after it, or c.
 */
static int
committee_class_end(const GbDoc *d, int c)
{
	int			e,
				m = 0,
				n = 0,
				i,
				alone[CLASS_ITEMS];

	if (tok_has(d, c, T_UPPER) || !lower_word(d, c + 1) || tok_has(d, c + 1, T_NL))
		return c;
	if (tok_is(d, c, "cap"))
	{
		if (tok_is(d, c + 1, "uy"))
			return c + 2;
		m = gb_dict_match(d, c + 1, CAT_LEVEL, NULL);
		return m > 0 ? c + 1 + m : c;
	}
	for (e = c + 1; n < CLASS_ITEMS && lower_word(d, e) && !tok_has(d, e, T_NL); e++)
	{
		if ((m = gb_dict_match(d, e, CAT_BODYHEAD, NULL)) > 0)
			e += m;
		else
			alone[n++] = e++;
		if (!(tok_punct(d, e, ',') || tok_is(d, e, "va")) || !lower_word(d, e + 1) ||
			tok_has(d, e + 1, T_NL))
			break;
		m = 0;
	}
	/* the last a committee, each level alone its head's first word */
	if (m == 0 || e < c + 3)
		return c;
	for (i = 0; i < n; i++)
		if (!shares_head(d, alone[i], e - 1))
			return c;
	return e;
}

/*
 * "Ban Dân vận các huyện, thị, thành ủy (của tỉnh)", "Ban Tổ chức các
 * huyện ủy, thành ủy", "Ban Dân vận cấp huyện", "Khối thi đua Văn phòng
 * cấp ủy": a body of each committee of a class, named by the class in
 * lower case after it (probe 64 G6), up to the subject's verb; q, where
 * the body parsed ends, at the class or past its first item ("Khối thi
 * đua ... các huyện" parsed as a group's).  Returns where the name ends,
 * or q.
 */
static int
committee_class_of(const GbDoc *d, int p, int q, bool listed)
{
	int			c = q,
				e,
				m,
				r;

	if (tok_punct(d, q, ',') || tok_is(d, q, "va"))
		for (c = q - 1; c > p && c >= q - 3 && !tok_is(d, c, "cac"); c--)
			;
	if (!(tok_is(d, c, "cac") || tok_is(d, c, "cap")) || c <= p || !(listed || opens_subject(d, p)) ||
		(e = committee_class_end(d, c)) <= q)
		return q;
	/* "... của tỉnh", "... tỉnh Khánh Hòa", "... tỉnh": whose they are, where */
	if ((m = of_level_end(d, e)) > e)
		return m;
	if ((m = gb_dict_match(d, e, CAT_LEVEL, NULL)) > 0 && !tok_has(d, e, T_UPPER))
	{
		if ((r = name_before_verb(d, e + m, false)) > e + m)
			return r;
		if (verb_follows(d, e + m))
			return e + m;
	}
	return verb_follows(d, e) || (tok_is(d, e, "phoi") && tok_is(d, e + 1, "hop")) ? e : q;
}

/* committee_class_of() for a subject at p, which opens its clause */
static int
committee_class(const GbDoc *d, int p, int q)
{
	return committee_class_of(d, p, q, false);
}

/*
 * "(nhiệm kỳ 2021-2026)", "(mở rộng)", "(nhiệm kỳ mới)" at q, after a body
 * and its term, in one line, right before the subject's verb in lower
 * case (or a comma before it, skipped by the caller): a note on the body or its sitting, no capitalized word in it (not
 * a body's role, aside_end(), nor its parent or place).  Returns the token
 * after it, or q.
 */
static int
note_paren(const GbDoc *d, int q)
{
	int			k;

	if (!tok_punct(d, q, '(') || tok_has(d, q + 1, T_NL))
		return q;
	for (k = q + 1; k < q + NOTE_TOKENS && !tok_has(d, k, T_NL); k++)
	{
		if (tok_punct(d, k, ')'))
			return k > q + 1 && lower_verb_ahead(d, k + 1 + tok_punct(d, k + 1, ',')) ? k + 1 : q;
		if (!(lower_word(d, k) || tok_has(d, k, T_NUM) || tok_punct(d, k, '-')))
			return q;
	}
	return q;
}

#define JOINT_HEADS		8		/* at most, heads of a commune's joint bodies */

/*
 * "các đoàn thể", "các đoàn thể chính trị - xã hội", "các tổ chức chính
 * trị - xã hội" at q: the mass organizations of a locality, the last of
 * its bodies listed (joint_bodies_end()).  Its tokens, or 0.
 */
static int
mass_organizations_at(const GbDoc *d, int q)
{
	int			m;

	if (!tok_is(d, q, "cac") || tok_has(d, q, T_UPPER) || tok_has(d, q + 1, T_NL))
		return 0;
	if (tok_is(d, q + 1, "doan") && tok_is(d, q + 2, "the"))
		m = 3;
	else if (tok_is(d, q + 1, "to") && tok_is(d, q + 2, "chuc") && tok_is(d, q + 3, "chinh"))
		m = 3;
	else
		return 0;
	if (tok_is(d, q + m, "chinh") && tok_is(d, q + m + 1, "tri") &&
		tok_punct(d, q + m + 2, '-') && tok_is(d, q + m + 3, "xa") &&
		tok_is(d, q + m + 4, "hoi") && !tok_has(d, q + m + 4, T_NL))
		return m + 5;
	return tok_is(d, q + 1, "doan") ? m : 0;
}

/*
 * A head of one of a locality's bodies at q, its level and place left to
 * the last ("Đảng ủy", "HĐND", "UBMTTQ", a committee of one, "Ban Thường
 * vụ Đảng ủy"); after the first, the mass organizations too.  Its
 * tokens, or 0.
 */
static int
joint_head(const GbDoc *d, int q, int n)
{
	const GbPhrase *ph = NULL;
	int			m;

	if (n > 0 && (m = mass_organizations_at(d, q)) > 0)
		return m;
	if (!gb_tok_capitalized(d, q) || (m = gb_dict_match(d, q, CAT_BODYHEAD, &ph)) == 0)
		return 0;
	if ((ph->aux & BODY_PART) && gb_tok_capitalized(d, q + m) && !tok_has(d, q + m, T_NL))
		m += gb_dict_match(d, q + m, CAT_BODYHEAD, NULL);
	return m;
}

/*
 * "Sáng 30/6, tỉnh Khánh Hòa tổ chức Lễ công bố ...", "xã Yên Bình tổ
 * chức hội nghị": a locality, its level in lower case and its capitalized
 * name (or number), heading its clause right before the subject's verb,
 * is the subject, as a group of localities named one by one is (stop 30
 * F2).  Returns the token after the name, or p.
 */
static int
place_subject_slow(const GbDoc *d, int p)
{
	int			m,
				e,
				k,
				words;

	if (!opens_subject(d, p) || after_name(d, p) ||
		(m = gb_dict_match(d, p, CAT_LEVEL, NULL)) == 0 || tok_has(d, p + m, T_NL))
		return p;
	/* "Tỉnh Đoàn Bắc Giang", "Tỉnh ủy": a capitalized level heading a body's name */
	if (tok_has(d, p, T_UPPER) && gb_dict_match(d, p, CAT_BODY | CAT_BODYHEAD, NULL) > 0)
		return p;
	k = p + m;
	if (gb_place_number(d, k))
		k++;
	else
	{
		for (words = 0; words < 5 && tok_has(d, k, T_WORD) && gb_tok_capitalized(d, k) &&
			 !tok_has(d, k, T_NL) && gb_dict_match(d, k, CAT_BODY | CAT_BODYHEAD, NULL) == 0; words++)
			k++;
		if (words == 0)
			return p;
	}
	/* "xã Tân Lập, huyện Hòa An tổ chức": where it is, of the name */
	for (m = 0; m < 2 && (e = place_apposition(d, k)) > k; m++)
		k = e;
	if (!verb_follows(d, k))
		return p;
	/* "huyện X khai mạc Đại hội Đảng bộ huyện": the congress's own (locality_congress()) */
	e = skip_adverbs(d, k);
	e += meetword(d, e, MW_VERB, NULL);
	return tok_is(d, e, "dai") && tok_is(d, e + 1, "hoi") ? p : k;
}

/*
 * place_subject_slow() where a level may start at p: in lower case, or
 * capitalized where a subject starts, "Chiều 5/7, Tỉnh Bắc Giang tổ chức
 * ..." (stop 31 L-F2b)
 */
static inline int
place_subject_end(const GbDoc *d, int p)
{
	return (tok_has(d, p, T_UPPER) && (tok_has(d, p, T_ALLCAPS) || !opens_subject(d, p))) ||
		!gb_dict_may_match(d, p, CAT_LEVEL) ? p : place_subject_slow(d, p);
}

/*
 * The organizer [p, r) as written, but a capitalized level heading it in
 * lower case: "Tỉnh Bắc Giang tổ chức" is `tỉnh Bắc Giang`, as the level
 * in lower case names it, the capital being the writer's respect, not a
 * name's (stop 31 L-F2b).  Every level starts with an ASCII letter.
 */
static char *
subject_span_text(const GbDoc *d, int p, int r)
{
	char	   *s = gb_span_text(d, p, r);

	if (s != NULL && s[0] >= 'A' && s[0] <= 'Z' && tok_has(d, p, T_UPPER) &&
		!tok_has(d, p, T_ALLCAPS) && gb_dict_match(d, p, CAT_LEVEL, NULL) > 0 &&
		gb_dict_match(d, p, CAT_BODY | CAT_BODYHEAD, NULL) == 0)
		s[0] += 'a' - 'A';
	return s;
}

/*
 * "ĐU - HĐND - UBND xã An Bình": the Đảng ủy's letters, at which no word
 * list starts a body, before the joint bodies at p, a dash or a comma
 * between, where a subject starts.  Where the list starts: p, or the
 * letters.
 */
static inline int
joint_letters_before(const GbDoc *d, int p)
{
	return p >= 2 && (tok_punct(d, p - 1, '-') || tok_punct(d, p - 1, ',')) &&
		tok_is(d, p - 2, "du") && tok_has(d, p - 2, T_ALLCAPS) && !tok_has(d, p - 1, T_NL) &&
		opens_subject(d, p - 2) ? p - 2 : p;
}

/*
 * "Đảng ủy, HĐND, UBND, MTTQ và các đoàn thể xã An Bình", "ĐU - HĐND -
 * UBND xã An Bình", "Đảng ủy- HĐND- UBND xã An Bình", "Ban Thường vụ Đảng
 * ủy và UBND xã An Bình": a locality's bodies named by their heads alone,
 * joined by commas, dashes (spaced or glued) or "và", the level and the
 * place written once after the last, right before the subject's verb.
 * They organize as one, named as written (stop 30 F1).  Returns the token
 * after the place's name, or p.
 */
static int
joint_bodies_end(const GbDoc *d, int p)
{
	int			q = p,
				n = 0,
				m,
				e;

	/* cheap first: a separator right after a head of up to six words */
	for (e = p + 1; e <= p + 6 && !(tok_punct(d, e, ',') || tok_punct(d, e, '-') || tok_is(d, e, "va")); e++)
		;
	if (e > p + 6)
		return p;
	for (;;)
	{
		if ((m = joint_head(d, q, n)) == 0 || tok_has(d, q + m, T_NL))
			return p;
		q += m;
		if (++n == JOINT_HEADS ||
			!(tok_punct(d, q, ',') || tok_punct(d, q, '-') || tok_is(d, q, "va")) ||
			tok_has(d, q + 1, T_NL))
			break;
		q++;
	}
	if (n < 2 || tok_has(d, q, T_UPPER) || (m = gb_dict_match(d, q, CAT_LEVEL, NULL)) == 0)
		return p;
	q += m;
	if (gb_place_number(d, q) && !tok_has(d, q, T_NL) && verb_follows(d, q + 1))
		return q + 1;
	e = name_before_verb(d, q, false);
	return e > q ? e : p;
}

/*
 * "Thủ tướng chủ trì cuộc họp", "Bộ trưởng Nội vụ chủ trì ...": an office
 * held by one person, named by its post, starts at p.  It issues documents
 * as a body does, but never organizes a meeting: the organizer is never a
 * person named by a post (stop 30 F3).
 */
static bool
one_person_office(const GbDoc *d, int p)
{
	const GbPhrase *ph = NULL;

	return gb_dict_match(d, p, CAT_BODY | CAT_BODYHEAD, &ph) > 0 && (ph->aux & BODY_OFFICE);
}

#define DO_NOUN_BACK	8		/* at most, tokens from "do" back to the noun it follows */

/*
 * "các phong trào thi đua do UBND tỉnh phát động", "Ngày Chủ nhật xanh do
 * UBND tỉnh phát động": "phát động" at q after "do" and the body at p names
 * who launched a campaign, not who holds the meeting reported; unless "do"
 * follows a meeting or a ceremony ("Lễ ra quân ... do X phát động") (stop
 * 30 G7).
 */
static bool
launches_campaign(const GbDoc *d, int p, int q)
{
	int			j;

	if (!is_do(d, p - 1) || !tok_is(d, q, "phat") || !tok_is(d, q + 1, "dong"))
		return false;
	for (j = p - 2; j >= 0 && j >= p - 1 - DO_NOUN_BACK && !tok_has(d, j + 1, T_NL); j--)
	{
		if (tok_has(d, j, T_PUNCT))
			break;
		if (gb_dict_match(d, j, CAT_MEETKIND, NULL) > 0 || meetword(d, j, MW_NOUN, NULL) > 0)
			return false;
	}
	return true;
}

/*
 * "Ban Tổ chức Trung ương tổ chức hội nghị", "HĐND tỉnh khai mạc kỳ họp",
 * "Ủy ban Kiểm tra Trung ương khóa 12, họp", "Bộ Chính trị, Ban Bí thư
 * tổ chức", "Thường trực Tỉnh ủy ... phối hợp với Ban Tổ chức Trung ương
 * tổ chức" (the subject organizes, with its partner).
 */
static char *
organizer_match(const GbDoc *d, int p, bool activity)
{
	const char *names[MAX_LISTED],
			   *subject,		/* a body parsed again only for where it ends */
			   *central = NULL;	/* a central partner, which may hold the meeting */
	int			n = 0,
				first,
				q = p,
				r,
				m,
				term,
				start = p,		/* where the last body listed starts */
				gom = -1,		/* "gồm" of a list of members after a body */
				dashed = 0;		/* dashes read between bodies listed */
	bool		bare = false,	/* the first body listed a committee alone */
				placed = false;	/* a place in apposition read after a body */
	const GbPhrase *ph = NULL;
	GbBuf		b = {0};
	char	   *s;
	bool		place;

	if (!(gb_tok_capitalized(d, p) || lower_cell(d, p) || lower_body(d, p, &subject) > p ||
		  lower_party_subject(d, p) > p || place_subject_end(d, p) > p) ||
		inside_body(d, p) || inside_post(d, p) || counted_body(d, p) ||
		one_person_office(d, p))
		return NULL;
	/* "các chi bộ trực thuộc Đảng ủy xã X": whose the units are, no subject */
	if (p > 0 && under_end(d, p - 1 - tok_is(d, p - 2, "truc")) == p)
		return units_under(d, p);
	/* "được Huyện ủy Long Hà chọn tổ chức": the agent who chose, not who holds it */
	if (tok_is(d, p - 1, "duoc") && !tok_has(d, p - 1, T_UPPER) &&
		(r = body_at(d, p, &names[0])) > p && delegated(d, r) >= r)
		return NULL;
	for (;;)
	{
		/* "Đảng ủy, HĐND, UBND và các đoàn thể xã An Bình tổ chức": one, as written */
		if (n == 0 && ((r = joint_bodies_end(d, q)) > q || (r = place_subject_end(d, q)) > q))
		{
			names[n++] = subject_span_text(d, joint_letters_before(d, q), r);
			q = r;
			break;
		}
		r = subject_body_at(d, q, &names[n]);
		/*
		 * "Tỉnh ủy Tân Lập và Hòa Bình đã tổ chức": two places under one
		 * head, the two bodies as written
		 */
		if ((r == q || names[n] == NULL) && n > 0 && !dashed && tok_is(d, q - 1, "va") &&
			(m = name_before_verb(d, q, false)) > q)
		{
			names[n - 1] = gb_span_text(d, start, m);
			q = m;
			break;
		}
		/*
		 * "Văn phòng Đoàn ĐBQH và HĐND tỉnh Hà Giang": an office whose head,
		 * with no level or place yet, runs on with "và" is the office of
		 * both, one body as written (probe 52 G4)
		 */
		if (n == 1 && r > q && names[n] != NULL && tok_is(d, q - 1, "va") &&
			joint_office_head(d, start, q - 1))
		{
			names[0] = gb_span_text(d, start, r);
			q = r;
			break;
		}
		/*
		 * "A - Trưởng khối thi đua ... tổ chức": no body after the dash, a
		 * description of A (aside_end() below)
		 */
		if ((r == q || names[n] == NULL) && dashed > 0 && dashed == n && tok_punct(d, q - 1, '-'))
		{
			dashed--;
			q--;
			break;
		}
		if (r == q || names[n] == NULL)
			break;
		/*
		 * "tại Hội nghị Ban Chấp hành, Ban Thường vụ, Đảng uỷ các cơ quan
		 * Đảng Trung ương đã công bố": a committee alone before a body
		 * named in full is the meeting's, the body its subject; "Ban
		 * Thường vụ, Thường trực Tỉnh ủy" stays two committees
		 */
		if (n == 0)
			bare = (m = part_head(d, q)) > 0 && q + m == r;
		else if (n == 1 && bare && tok_punct(d, q - 1, ',') && part_head(d, q) == 0)
		{
			names[0] = names[1];
			n = 0;
		}
		start = q;
		if (n == 0 && (m = cell_parent(d, q, r)) > r)
		{
			names[0] = gb_span_text(d, q, m);
			r = m;
		}
		else if (n == 0 && (m = parent_under(d, r)) > r)
		{
			names[0] = gb_span_text(d, q, m);
			r = m;
		}
		/* "Ban Thường vụ Tỉnh ủy 3 tỉnh A, B, C phối hợp tổ chức": one body */
		else if (n == 0 && (m = joint_provinces_end(d, q, r)) > r)
		{
			names[0] = gb_span_text(d, q, m);
			r = m;
		}
		n++;
		/*
		 * "Đảng bộ Phường 11, TP. Vũng Tàu đã tổ chức", "Đảng ủy xã A,
		 * huyện B, tỉnh C": the places are the body's
		 */
		for (q = r, m = 0; m < 3 && (r = place_apposition(d, q)) > q; m++)
			q = r;
		/* the comma closing the places is skipped after the name (below) */
		placed = placed || m > 0;
		if ((r = city_apposition(d, q)) > q)
			q = r;
		else if (n == 1 && (r = group_sector_end(d, start, q)) > q)
		{
			names[0] = gb_span_text(d, start, r);
			q = r;
		}
		/*
		 * "Đảng ủy Khối các cơ quan của tỉnh tổ chức": whose the body is,
		 * a level alone, is of its name (probe 48 G3)
		 */
		if (n == 1 && (r = of_level_end(d, q)) > q)
		{
			names[0] = gb_span_text(d, start, r);
			q = r;
		}
		if ((r = members_list(d, q)) > q)
		{
			gom = q;
			q = r;
		}
		/*
		 * "A- B- C phối hợp tổ chức": bodies joined by dashes organize
		 * together, the first named leading; not a company's legal form
		 */
		if (n < MAX_LISTED && n == dashed + 1 && tok_punct(d, q, '-') &&
			!tok_has(d, q + 1, T_NL) && gb_tok_capitalized(d, q + 1) && legal_form(d, q) == q)
		{
			dashed++;
			q++;
			continue;
		}
		/* "A, B và C tổ chức": every body listed organizes; "bộ chính trị, ban bí thư" */
		if (n == MAX_LISTED || dashed || !(tok_punct(d, q, ',') || tok_is(d, q, "va")) ||
			!(gb_tok_capitalized(d, q + 1) || lower_body(d, q + 1, &subject) > q + 1))
			break;
		q++;
	}
	/* looked at only once a body is found: the tests below cost more */
	if (n == 0 || n <= dashed || partner_at(d, p))
		return NULL;
	/*
	 * "A, Bí thư Tỉnh ủy (trực tiếp) quán triệt": a body alone right after
	 * a position ends the person's title, the person the verb's subject
	 */
	if (n == 1 && phrase_ends_at(d, p, CAT_TITLE, 0))
		return NULL;
	/*
	 * "tại hội nghị lần thứ 7, Ban Chấp hành Đảng bộ tỉnh Long An khóa XI
	 * tiếp tục thảo luận": a numbered plenum just named is the committee's
	 * own, whatever its subject then does
	 */
	if (n == 1 && !dashed && plenum_named_before(d, p) && tok_is(d, p, "ban") &&
		tok_is(d, p + 1, "chap") && tok_is(d, p + 2, "hanh"))
		return (char *) names[0];
	if (dashed)
		n = 1;
	/* "Tổng Công ty Văn hóa Tân Lập – Công ty TNHH MTV đã tổ chức" */
	if (n == 1 && tok_punct(d, q, '-') && (r = legal_form(d, q)) > q)
		q = r;
	/* "A - đơn vị Trưởng cụm thi đua số 2 tổ chức", "A (cơ quan thường trực ...) tổ chức" */
	else if (n == 1 && (r = aside_end(d, q)) > q)
		q = r;
	/* "do Ban chỉ đạo liên ngành ... tỉnh tổ chức": the whole name, as written */
	else if (n == 1 && is_do(d, p - 1) && tok_has(d, q, T_WORD) && !gb_tok_capitalized(d, q) &&
			 (r = do_agent_end(d, q, &m)) != q)
	{
		if (r < 0)
			return NULL;
		names[0] = gb_span_text(d, p, m);
		q = r;
	}
	/* "Ban Chỉ đạo cấp tỉnh về tổng kết ... tổ chức họp": by its level */
	else if (n == 1 && (r = steering_verb(d, p, q, &m)) > q)
	{
		names[0] = gb_span_text(d, p, m);
		q = r;
	}
	/* "Đảng bộ các đơn vị trực thuộc ... vừa tổ chức": a group, as written */
	else if (n == 1 && tok_is(d, q, "cac") && (r = party_group_end(d, p, q)) > q)
	{
		names[0] = gb_span_text(d, p, r);
		q = r;
	}
	/* "Ban Dân vận các huyện, thị, thành ủy tổ chức": the class, as written */
	else if (n == 1 && (r = committee_class(d, p, q)) > q)
	{
		names[0] = gb_span_text(d, p, r);
		q = r;
	}
	/*
	 * "Sở Nội vụ và Ban Tổ chức các huyện, thị ủy đã tổ chức": the class of
	 * the last body listed, as written, the list opening its clause (probe
	 * 31 H9)
	 */
	else if (n > 1 && opens_subject(d, p) && (r = committee_class_of(d, start, q, true)) > q)
	{
		names[n - 1] = gb_span_text(d, start, r);
		q = r;
	}
	if (tok_punct(d, q, '(') && tok_punct(d, q + 2, ')'))
		q += 3;
	else if ((r = members_paren(d, q)) > q)
		q = r;
	else if ((r = term_paren(d, q)) > q)
		q = r;				/* "Ban Chấp hành Đảng bộ tỉnh (khóa XXII) đã tổ chức" */
	else if (tok_punct(d, q, '(') && !tok_has(d, q + 1, T_NL))
	{
		/* "Tổng cục Chính trị (Bộ Quốc phòng) tổ chức": the parent body, skipped */
		const char *parent;

		r = body_at(d, q + 1, &parent);
		if (r > q + 1 && parent != NULL && tok_punct(d, r, ')'))
			q = r + 1;
		/* "Ban Chỉ huy Quân sự huyện Đăk Glei (Kon Tum) đã tổ chức": where it is */
		else
			q = paren_place(d, q);
	}
	/*
	 * "HĐND huyện Long Điền khóa II", "Huyện ủy Long Điền, khóa VI tổ
	 * chức": the term of the body, after a comma too (probe 62 G7)
	 */
	m = q + (tok_punct(d, q, ',') && tok_is(d, q + 1, "khoa"));
	if (tok_is(d, m, "khoa") && (r = gb_parse_term(d, m + 1, &term)) > m + 1)
		q = r + (tok_punct(d, r, ',') ? 1 : 0);
	/*
	 * "Ban Chấp hành Đảng bộ huyện X khóa XIX nhiệm kỳ 2015 - 2020 đã tổ
	 * chức": the years of its term, with or without "khóa", are of the name;
	 * not in a congress's name ("Tổ Biên tập Đại hội Đảng bộ huyện nhiệm kỳ
	 * 2020 - 2025 họp"): the years are the congress's, the body no subject;
	 * also after a comma ("Ban Thường vụ Tỉnh ủy, nhiệm kỳ 2020-2025 quán triệt")
	 */
	r = term_years_end(d, q + (tok_punct(d, q, ',') ? 1 : 0));
	if (r > q + 1 &&
		!(tok_is(d, p - 1, "hoi") && tok_is(d, p - 2, "dai")) &&
		!(tok_is(d, p - 1, "bieu") && tok_is(d, p - 2, "dai") && tok_is(d, p - 3, "hoi")))
		q = r + (tok_punct(d, r, ',') ? 1 : 0);
	/*
	 * "Ban Chấp hành Đảng bộ tỉnh Nghệ An khóa XX, nhiệm kỳ 2025 - 2030 gồm
	 * 68 đồng chí đã tiến hành": its members, counted or listed after its
	 * term, an apposition before the verb as right after its name (probe 63
	 * G2)
	 */
	if (tok_is(d, q, "gom") && (r = members_list(d, q)) > q)
		q = r;
	/* "HĐND huyện Kbang khóa VIII (nhiệm kỳ 2021-2026) đã tổ chức" */
	q = note_paren(d, q);
	/*
	 * "Huyện ủy Thạch Hà, tỉnh Hà Tĩnh, tổ chức" (probe 64 G1), "Thường
	 * trực HĐND huyện, tổ chức" (probe 65 G1): a comma closing the subject
	 * right before its verb, after places set off by commas or a subject
	 * opening its clause; not "Thực hiện chỉ đạo của Tỉnh ủy, tổ chức ...",
	 * where the body is no subject
	 */
	if (tok_punct(d, q, ',') && (placed || opens_subject(d, p)) && verb_follows(d, q + 1))
		q++;
	/* "Đoàn kiểm tra ... do ông X ... làm Trưởng đoàn, đã công bố": past its leader */
	q = leader_clause_end(d, q);
	q = skip_adverbs(d, gb_skip_when(d, q));
	q += doubled_verb(d, q);
	q += proceeds_to_verb(d, q);
	/*
	 * "Ngày mai (15/10), Bộ Quốc phòng sẽ tổ chức Hội nghị": in the lead,
	 * a meeting announced is the one reported, and the subject holds it
	 */
	if (activity && tok_is(d, q, "se") && !tok_has(d, q, T_UPPER) && !tok_has(d, q, T_NL))
		q = skip_adverbs(d, q + 1);
	/*
	 * "Đảng bộ xã A được Huyện ủy B chọn tổ chức đại hội điểm": A, the
	 * subject of the passive, holds it; B only chose it.  Not a bare "Đảng
	 * bộ" ("1 trong 3 Đảng bộ được ... chọn"): one of several, unnamed
	 */
	if (tok_is(d, q, "duoc") && !tok_has(d, q, T_UPPER) && !tok_has(d, q + 1, T_NL) &&
		gb_dict_match(d, p, CAT_BODYHEAD, NULL) < body_at(d, p, &subject) - p)
	{
		const char *agent;

		r = body_at(d, q + 1, &agent);
		if (r > q + 1 && agent != NULL && (m = delegated(d, r)) >= r)
			q = skip_adverbs(d, m);
	}
	/* "A chủ trì(,) phối hợp với B tổ chức": A, the subject, organizes */
	if (tok_is(d, q, "chu") && tok_is(d, q + 1, "tri") &&
		tok_is(d, q + 2 + (tok_punct(d, q + 2, ',') ? 1 : 0), "phoi"))
		q += 2 + (tok_punct(d, q + 2, ',') ? 1 : 0);
	/* "A và B phối hợp tổ chức": the bodies listed organize together */
	if (tok_is(d, q, "phoi") && tok_is(d, q + 1, "hop") &&
		meetword(d, skip_adverbs(d, q + 2), MW_VERB, NULL) > 0)
		q = skip_adverbs(d, q + 2);
	if (tok_is(d, q, "phoi") && tok_is(d, q + 1, "hop") && (m = partner_link(d, q + 2)) > 0)
	{
		/*
		 * the partners "B (BB), C và D" are skipped, never the organizer
		 * alone; a central partner is kept for a nationwide meeting (below)
		 */
		bool		lead_central = n == 1 && central_body(d, p, body_at(d, p, &subject));

		for (q += 2 + m, m = 0; m < MAX_LISTED; m++)
		{
			const char *partner;

			r = body_at(d, q, &partner);
			if (r == q || partner == NULL)
				break;
			if (m == 0 && n == 1 && !lead_central && central_body(d, q, r))
				central = partner;
			q = gb_paren_abbrev(d, r);
			if (!(tok_punct(d, q, ',') || tok_is(d, q, "va")) || !gb_tok_capitalized(d, q + 1))
				break;
			q++;
		}
		/* "phối hợp với B - Trưởng khối thi đua ... tổ chức": B described */
		q = skip_adverbs(d, aside_end(d, q));
		/* "phối hợp với B đăng cai tổ chức": A hosts with B */
		q += hosts_at(d, q);
		/*
		 * "phối hợp với Trung tâm bồi dưỡng chính trị huyện tổ chức", "với
		 * các đơn vị liên quan tổ chức": a partner named in lower case, no
		 * body parsed, runs on to the verb of A in its clause
		 */
		if (kind_at(d, q, NULL) == 0 && meetword(d, q, MW_VERB, NULL) == 0 &&
			(q = partner_verb(d, q)) < 0)
			return NULL;
	}
	if (launches_campaign(d, p, q))
		return NULL;
	/*
	 * "Tại hội nghị, Ban Tổ chức Trung ương đã triển khai, quán triệt Quy
	 * định": an activity paired with a meeting's kind is the meeting held
	 */
	if (meetword(d, q, MW_ACTIVITY, NULL) > 0 && kind_at(d, q, NULL) == 0 &&
		(tok_punct(d, q + 2, ',') || tok_is(d, q + 2, "va")) && !tok_has(d, q + 3, T_NL) &&
		kind_at(d, q + 3, &ph) > 0 && ph->aux == 1)
		q += 3;
	/*
	 * "Sáng 11/3, BTV huyện ủy đã duyệt ...": in the lead, a body sitting
	 * in session holds it, no meeting noun after its verb.  "Ban Bí thư
	 * Trung ương Đảng chủ trì Hội nghị trực tuyến toàn quốc": a body that
	 * chairs the meeting holds it, as one that organizes it; only a body
	 * that opens its sentence or follows the date: not one that ends a
	 * person's title ("X, Trưởng Ban Tổ chức Tỉnh ủy chủ trì")
	 */
	/* "A đăng cai tổ chức hội nghị": the host is the subject of "tổ chức" */
	if ((m = hosts_at(d, q)) > 0 && meetword(d, q + m, MW_VERB, NULL) > 0)
		q += m;
	if (activity && (sits_in_session(d, p, q) || acts_on_day(d, p, q)))
		ph = NULL;
	/* "A đăng cai hội nghị": the host holds the meeting it takes */
	else if ((m = hosts_at(d, q)) > 0)
	{
		if (!meeting_object(d, q + m))
			return NULL;
	}
	else if (tok_is(d, q, "chu") && tok_is(d, q + 1, "tri") && !tok_has(d, q, T_UPPER) &&
			 !tok_has(d, q + 1, T_NL))
	{
		if (!meeting_object(d, q + 2) || !heads_sentence(d, p))
			return NULL;
	}
	else if ((m = kind_at(d, q, &ph)) == 0 &&
			 (m = gb_dict_match(d, q, CAT_MEETWORD, &ph)) == 0)
		return NULL;
	else if (ph->cat == CAT_MEETWORD)
	{
		/* "tổ chức hội nghị", or "Hội nghị do Ban Tổ chức Trung ương tổ chức" */
		if (ph->aux != MW_VERB ||
			!(meeting_object(d, q + m) || is_do(d, p - 1) ||
			  (activity && meeting_activity(d, q + m))))
			return NULL;
	}
	/*
	 * "Tại đại hội, Ban Thường vụ Thành ủy công bố quyết định chỉ định
	 * ...": a decision announced or handed over at a meeting just named is
	 * done inside it, by a body that need not hold it (probe 58 G3)
	 */
	else if (ceremony_act(d, q, ph) && after_at_meeting(d, p) &&
			 decision_ceremony(ph))
		return NULL;
	/*
	 * "Ban Thường vụ Huyện ủy (đã) tổng kết công tác ...", "Ban Tổ chức
	 * Thành ủy kỷ niệm 85 năm ...", "Chi bộ thôn 3 sinh hoạt thường kỳ":
	 * the body holds it
	 */
	else if (!is_hop(ph) && ph->aux != 1 && !ceremony_act(d, q, ph) && ph->value != gb_kind_cell &&
			 !(strcmp(ph->value, "đại hội") == 0 && gb_congress_verb(d, q + m)))
		return NULL;
	/* "Hội nghị lần thứ 9 Ban Chấp hành Trung ương khóa XI, họp từ ngày ...": the sitting met */
	else if (is_hop(ph) && sitting_named_by(d, p))
		return NULL;
	/*
	 * "Thường trực Tỉnh ủy phối hợp với Ban Tổ chức Trung ương tổ chức Hội
	 * nghị giao ban trực tuyến toàn quốc": the local body hosts the central
	 * body's nationwide meeting, which the central body holds; "Ban Thường
	 * vụ Tỉnh ủy phối hợp với Ban Kinh tế Trung ương tổ chức hội thảo": the
	 * subject leads, its central partner joins
	 */
	if (central != NULL && ph != NULL &&
		nationwide_meeting(d, ph->cat == CAT_MEETWORD ? skip_adverbs(d, q + m) : q))
		names[0] = central;
	/*
	 * "Cụm thi đua số 6 Tỉnh ủy gồm 5 đơn vị: ..., Thị ủy C đã tổ chức": a
	 * member listed is no subject; the group named before "gồm" is
	 */
	if ((r = members_gom(d, p)) >= 0)
		return group_before(d, r, activity);
	/* "Cụm thi đua I – Các cơ quan trực thuộc Tỉnh ủy gồm: ...": the group's */
	if (gom >= 0 && (s = group_named_before(d, gom)) != NULL)
		return s;
	/*
	 * "dưới sự chủ trì của Đại tá ..., Chính ủy Bộ CHQS tỉnh, Đảng ủy Quân
	 * sự tỉnh tổ chức": a body after a title is the title's, not one listed;
	 * "Được sự đồng ý của Đảng ủy phường X, Chi bộ Y tổ chức": nor one after "của"
	 */
	place = names_place(d, p);
	first = n > 1 && (place || room_owner(d, p) || phrase_ends_at(d, p, CAT_TITLE, 0) ||
					  tok_is(d, p - 1, "cua")) ? 1 : 0;
	/*
	 * "tại Hội trường Huyện ủy, Ban Thường vụ Huyện ủy tổ chức": the place
	 * is an adverbial; "tại Huyện ủy Hữu Lũng đã tổ chức Hội nghị", with no
	 * other subject, names the host
	 */
	if (place && n == 1 && (tok_punct(d, p - 1, ',') || !tok_is(d, p - 1, "tai")))
		return NULL;
	if (n - first == 1)
		return (char *) names[first];
	for (r = first; r < n; r++)
	{
		if (r > first)
			gb_buf_append(&b, ", ", 2);
		gb_buf_append(&b, names[r], strlen(names[r]));
	}
	s = gb_arena_strndup(d->arena, b.data, b.len);
	gb_free(b.data);
	return s;
}

/*
 * The organizer named at p: only a capitalized body (or a congress's panel,
 * "Tổ Biên tập Đại hội ..."), a cell or a known body in lower case starts
 * one.  activity:
 * in the lead or the headline, where "tổ chức học tập" holds a meeting.
 */
static inline char *
organizer_at(const GbDoc *d, int p, bool activity)
{
	const char *name;

	return (gb_dict_may_match(d, p, CAT_BODY | CAT_BODYHEAD | CAT_AGENCY) &&
			(gb_tok_capitalized(d, p) || lower_cell(d, p) || lower_body(d, p, &name) > p ||
			 lower_party_subject(d, p) > p)) || place_subject_end(d, p) > p ?
		organizer_match(d, p, activity) : NULL;
}

static bool meeting_spoken_of(const GbDoc *d, int k);

/*
 * "Đại hội Đảng bộ tỉnh Lạng Sơn (chính thức) khai mạc", "... (đã) bầu":
 * a congress of a Party organization (its head h tokens at q) named beyond
 * its level, the body at q ending at r, followed by its predicate, names
 * itself as a number or a term would (probe 49 G3); not a bare "Đảng bộ
 * tỉnh" (whose, unsaid).
 */
static bool
congress_predicate(const GbDoc *d, int q, int h, int r)
{
	int			v,
				lv = gb_dict_match(d, q + h, CAT_LEVEL, NULL);

	if (r <= q + h + lv || tok_has(d, r, T_NL))
		return false;
	v = skip_adverbs(d, r);
	return !tok_has(d, v, T_UPPER) && !tok_has(d, v, T_NL) &&
		(meetword(d, v, MW_VERB, NULL) > 0 || meetword(d, v, MW_PROCEED, NULL) > 0);
}

/*
 * "Đại hội đại biểu Phụ nữ huyện Tân Lập lần thứ XI": the women's union
 * names its congress by its members, "Phụ nữ" and the locality, at q; the
 * organization is the union of that locality, "Hội Liên hiệp Phụ nữ huyện
 * Tân Lập" (probe-b G9).  The locality is a level and its capitalized name
 * (or number); the congress's number or term must follow, as in
 * congress_of().  Returns the union's name, or NULL.
 */
static char *
women_union_of(const GbDoc *d, int q)
{
	static const char union_head[] = "Hội Liên hiệp Phụ nữ ";
	const char *place;
	char	   *name;
	size_t		n;
	int			r,
				v,
				lv;

	if ((lv = gb_women_union_at(d, q)) == 0)
		return NULL;
	for (r = q + 2 + lv; r < d->ntok && !tok_has(d, r, T_NL) &&
		 ((tok_has(d, r, T_WORD) && gb_tok_capitalized(d, r)) ||
		  (r == q + 2 + lv && tok_has(d, r, T_NUM) && d->tok[r].len <= 2)); r++)
		;
	if (r == q + 2 + lv)
		return NULL;
	v = tok_punct(d, r, ',') ? r + 1 : r;
	if (!gb_congress_number(d, v) && !tok_is(d, v, "khoa") && term_years_end(d, v) == v)
		return NULL;
	place = gb_span_text(d, q + 2, r);
	n = strlen(place);
	name = gb_arena_alloc(d->arena, sizeof(union_head) + n);
	memcpy(name, union_head, sizeof(union_head) - 1);
	memcpy(name + sizeof(union_head) - 1, place, n + 1);
	return name;
}

/*
 * "Đại hội Đoàn toàn quốc lần thứ XII", "Đại hội đại biểu Phụ nữ toàn quốc
 * lần thứ XIII": a mass organization's national congress named from q by
 * its short name (gb_short_national_name()), its number after "toàn quốc",
 * is the organization's (stop 30 G6); a known one in lower case too, its
 * members named as a common noun ("đại biểu phụ nữ toàn quốc").  Returns
 * the organization, or NULL.
 */
static const char *
national_org_of(const GbDoc *d, int q)
{
	const char *name;
	int			n = gb_short_national_name(d, q);

	if (n == 0 && !tok_has(d, q, T_UPPER) && !tok_has(d, q + 1, T_NL))
		n = tok_is(d, q + 1, "toan") ? 1 : 2;
	if (!tok_is(d, q + n, "toan") || !tok_is(d, q + n + 1, "quoc") || tok_has(d, q + n, T_NL) ||
		(name = gb_national_org(d, q, n)) == NULL)
		return NULL;
	return gb_congress_number(d, q + n + 2) ? name : NULL;
}

/*
 * "Đại hội đại biểu Đảng bộ Bộ đội Biên phòng tỉnh Lâm Hà lần thứ X",
 * "Đại hội lần thứ X Đảng bộ tỉnh Lâm Hà", "Đại hội đại biểu toàn quốc
 * Hội Cựu chiến binh Việt Nam lần thứ V": the organization whose
 * congress it is, named from q (after "Đại hội"); the congress's number
 * or term must be there, or its predicate follow ("Đại hội Đảng bộ tỉnh X
 * khai mạc", congress_predicate()), so that "Đại hội Đảng bộ tỉnh" alone is
 * no organizer.
 */
static char *
congress_of(const GbDoc *d, int q)
{
	const char *name;
	int			r,
				h,
				term;

	/* "Đại hội Đại hội Đại biểu ...": a word doubled by mistake */
	if (tok_is(d, q, "dai") && tok_is(d, q + 1, "hoi"))
		q += 2;
	if (tok_is(d, q, "dai") && tok_is(d, q + 1, "bieu"))
		q += 2;
	if ((name = national_org_of(d, q)) != NULL)
		return (char *) name;
	/* "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam": the scope, not the body's */
	if (tok_is(d, q, "toan") && tok_is(d, q + 1, "quoc") && !tok_has(d, q + 2, T_NL) &&
		gb_congress_head(d, q + 2) > 0 && !(tok_is(d, q + 2, "dang") && tok_is(d, q + 3, "bo")))
		q += 2;
	if ((r = gb_congress_number_end(d, q)) > q)
	{
		q = r;
		if (tok_punct(d, q, ','))
			q++;
		if (gb_congress_head(d, q) == 0 || (r = body_at(d, q, &name)) == q || name == NULL)
			return NULL;
		return (char *) name;
	}
	if ((h = gb_congress_head(d, q)) == 0 && tok_is(d, q, "phu"))
		return women_union_of(d, q);
	if (h == 0 || (r = body_at(d, q, &name)) == q || name == NULL)
		return NULL;
	/*
	 * "Đại hội đại biểu Đảng bộ xã Tân Lập nhiệm kỳ 2025-2030 diễn ra",
	 * "Đại hội đại biểu Đảng bộ tỉnh Tân Lập khóa XV (nhiệm kỳ 2010-2015)":
	 * its term names the congress as well as its number
	 */
	if (tok_is(d, r, "khoa") && gb_parse_term(d, r + 1, &term) > r + 1)
		return (char *) name;
	if (congress_predicate(d, q, h, r))
		return (char *) name;
	if (tok_punct(d, r, ',') || tok_punct(d, r, '('))
		r++;
	return gb_congress_number(d, r) ||
		term_years_end(d, r) > r ?
		(char *) name : NULL;
}

/* "dự" as written: not "dư", "dù", which fold alike */
static inline bool
is_du(const GbDoc *d, int i)
{
	return tok_is(d, i, "du") && gb_exact_any(d, i, "dự");
}

/*
 * "Thủ tướng dự (và chỉ đạo) Đại hội ...", "tham dự, chỉ đạo Đại hội" before
 * s: a congress attended, the one reported; not "bầu đoàn đại biểu dự Đại
 * hội ...", the delegates elected to another.
 */
static bool
attends_congress(const GbDoc *d, int s)
{
	int			j = s,
				k;

	if (tok_is(d, j - 1, "dao") && tok_is(d, j - 2, "chi"))
	{
		j -= 2;
		if ((tok_is(d, j - 1, "va") || tok_punct(d, j - 1, ',')) && is_du(d, j - 2))
			j -= 2;
	}
	else if (is_du(d, j - 1))
		j--;
	else
		return false;
	for (k = j - 1; k >= 0 && k >= j - CLAUSE_BACK; k--)
	{
		if (tok_has(d, k + 1, T_NL) || tok_has(d, k, T_PUNCT))
			break;
		if (tok_is(d, k, "bau"))
			return false;
	}
	return true;
}

/*
 * Whether the meeting's noun at k follows one of its working days:
 * "ngày làm việc thứ ba (của) Hội nghị ...", "ngày làm việc cuối của Đại
 * hội": a day of a meeting held, reported as it goes on.
 */
static bool
working_day_of(const GbDoc *d, int k)
{
	int			j = k - 1,
				i;

	if (tok_is(d, j, "cua"))
		j--;
	if (tok_is(d, j - 1, "thu") &&
		(tok_has(d, j, T_NUM) || gb_dict_match(d, j, CAT_ORDINAL, NULL) == 1))
		j -= 2;
	else if ((tok_is(d, j - 1, "dau") && tok_is(d, j, "tien")) ||
			 (tok_is(d, j - 1, "cuoi") && tok_is(d, j, "cung")))
		j -= 2;
	else if (tok_is(d, j, "cuoi"))
		j--;
	if (!tok_is(d, j - 2, "ngay") || !tok_is(d, j - 1, "lam") || !tok_is(d, j, "viec"))
		return false;
	for (i = j - 1; i <= k; i++)
		if (tok_has(d, i, T_NL))
			return false;
	return true;
}

/*
 * "Hội nghị ... lần thứ 22 khai mạc", "... (đã) bế mạc": the plenum's own
 * opening or closing at j, which holds it as "diễn ra" does (probe-b G2);
 * not a speech that opens it, "phát biểu khai mạc", "diễn văn bế mạc" (a
 * role).  Its first working day begun, "bắt đầu (bước vào) ngày làm việc
 * đầu tiên", opens it too (stop 29 D4).
 */
static bool
opens_or_closes(const GbDoc *d, int j)
{
	if (((tok_is(d, j, "bat") && tok_is(d, j + 1, "dau")) ||
		 (tok_is(d, j, "buoc") && tok_is(d, j + 1, "vao"))) &&
		!tok_has(d, j, T_UPPER) && tok_is(d, j + 2, "ngay") && tok_is(d, j + 3, "lam") &&
		tok_is(d, j + 4, "viec"))
		return !tok_has(d, j + 1, T_NL) && !tok_has(d, j + 2, T_NL) &&
			!tok_has(d, j + 3, T_NL) && !tok_has(d, j + 4, T_NL);
	return (tok_is(d, j, "khai") || tok_is(d, j, "be")) && tok_is(d, j + 1, "mac") &&
		!tok_has(d, j, T_UPPER) && !tok_has(d, j + 1, T_NL) &&
		!tok_is(d, j - 1, "bieu") && !tok_is(d, j - 1, "van");
}

/*
 * "hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 2, khóa XX được tổ chức":
 * after the body (ending at q) that a bare "hội nghị" names, its sitting
 * counted and a predicate saying it held, in the same sentence: the body's
 * own plenum, which it holds.  Without them "hội nghị Ban Thường vụ" may be
 * a meeting only spoken of.  nth: the sitting was counted before the body.
 */
static bool
plenum_held(const GbDoc *d, int q, bool nth)
{
	int			j;

	for (j = q; j < d->ntok && j < q + TERM_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':'))
			return false;
		if (tok_is(d, j, "lan") && tok_is(d, j + 1, "thu"))
			nth = true;
		else if (meetword(d, j, MW_HELD, NULL) > 1)
			return nth && (tok_is(d, j, "duoc") || tok_is(d, j, "dien"));
		else if (opens_or_closes(d, j))
			return nth;
	}
	return false;
}

#define VENUE_WORDS		12		/* tokens of the venue between "tại" and an inverted verb */

/*
 * "Sáng 15/10, tại Trung tâm Hội nghị tỉnh đã diễn ra Đại hội ...", "Sáng
 * 15/10, đã long trọng khai mạc Đại hội ...": the meeting at s follows a
 * verb that holds or opens it ("diễn ra", "khai mạc", "tổ chức"), and no
 * subject comes before that verb in its clause, only adverbs, a time or
 * the venue ("tại ..."): the meeting is the verb's subject, inverted, and
 * heads its clause as "Đại hội ... đã diễn ra" does.
 */
static bool
inverted_subject(const GbDoc *d, int s)
{
	int			v,
				a,
				b,
				m,
				n;

	for (v = s - 1; v >= 0 && v >= s - 2; v--)
		if (meetword(d, v, MW_VERB, NULL) == s - v ||
			(s - v == 2 && meetword(d, v, MW_HELD, NULL) == 2))
			break;
	if (v < 0 || v < s - 2 || tok_has(d, v + 1, T_NL) || tok_has(d, s, T_NL) ||
		tok_has(d, v, T_UPPER))
		return false;
	/* back over the verb's adverbs: "đã long trọng", "chính thức" */
	for (a = v, n = 0; n < 4 && a > 0 && !tok_has(d, a, T_NL); n++)
	{
		for (m = 1; m <= 3 && a - m >= 0; m++)
			if (!tok_has(d, a - m + 1, T_NL) && gb_dict_match(d, a - m, CAT_ADVERB, NULL) == m)
				break;
		if (m > 3 || a - m < 0)
			break;
		a -= m;
	}
	/* the clause's start: a line's, or after a comma, a full stop or a colon */
	for (b = a; b > 0 && b > a - VENUE_WORDS - 2 && !tok_has(d, b, T_NL) && !clause_mark(d, b - 1); b--)
		;
	if (!(b == 0 || tok_has(d, b, T_NL) || clause_mark(d, b - 1)))
		return false;
	if (b == a)
		return true;
	/* "Sáng nay 15/10 đã diễn ra": a time opening it */
	b = gb_skip_when(d, b);
	if (b == a)
		return true;
	/* "tại Hội trường Tỉnh ủy (đã) diễn ra": the venue, words on one line */
	if (!tok_is(d, b, "tai") || tok_has(d, b, T_UPPER) || b + 1 >= a)
		return false;
	for (b++; b < a; b++)
		if (!(tok_has(d, b, T_WORD) || tok_has(d, b, T_NUM)) || tok_has(d, b, T_NL))
			return false;
	return true;
}

#define OWNER_AHEAD		16		/* tokens from a meeting's kind to "của" its body */

/*
 * "Hội nghị giao ban công tác tổ chức xây dựng Đảng quý III của Ban Tổ
 * chức Tỉnh ủy Long An được tổ chức tại ...": a meeting named in capitals
 * heading its clause (the kind at p, m tokens), whose name ends with "của"
 * a body, and then says it was held ("được tổ chức", "diễn ra", "đã"), or
 * follows the verb that holds it ("tại X diễn ra Hội nghị ... của Y."): the
 * body's own meeting, as "do X tổ chức" says.  Without that predicate
 * "Hội nghị ... của X" may be only spoken of; nor is it the body of a
 * document or another meeting named in between ("Hội nghị quán triệt Nghị
 * quyết số 18 của Bộ Chính trị").  Returns the body, or NULL.
 */
static char *
owner_of_meeting(const GbDoc *d, int p, int m)
{
	const GbPhrase *ph = NULL;
	const char *name;
	int			j,
				c,
				r;
	bool		inverted;

	if (!gb_tok_capitalized(d, p) || tok_has(d, p + m, T_NL))
		return NULL;
	/* "của" first, in the clause: most meetings named have none */
	for (c = p + m; c < d->ntok && c < p + m + OWNER_AHEAD; c++)
		if (tok_has(d, c, T_NL) || tok_has(d, c, T_PUNCT) ||
			(tok_is(d, c, "cua") && !tok_has(d, c, T_UPPER)))
			break;
	if (c >= d->ntok || c == p + m + OWNER_AHEAD || !tok_is(d, c, "cua") || tok_has(d, c, T_NL))
		return NULL;
	for (j = p + m; j < c; j++)
		if (gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0 || (kind_at(d, j, &ph) > 0 && ph->aux == 0))
			return NULL;
	inverted = !heads_sentence(d, p) && !tok_punct(d, p - 1, ',');
	if (inverted && !inverted_subject(d, p))
		return NULL;
	if ((r = body_at(d, c + 1, &name)) == c + 1 || name == NULL)
		return NULL;
	/* held: said after it, or by the verb before it, its clause ending */
	if (inverted)
		return r >= d->ntok || tok_has(d, r, T_NL) || tok_punct(d, r, '.') ||
			tok_punct(d, r, ',') || tok_punct(d, r, ';') ? (char *) name : NULL;
	return !tok_has(d, r, T_NL) && meetword(d, skip_adverbs(d, r), MW_HELD, NULL) > 0 ?
		(char *) name : NULL;
}

/*
 * The cell whose meeting at p (m tokens, "(buổi) sinh hoạt chi bộ") a
 * person attends, named after it: "dự sinh hoạt chi bộ ... tại Chi bộ thôn
 * 11" is held by Chi bộ thôn 11 (stop 31 I1).  Its name, or NULL.
 */
static char *
attended_cell(const GbDoc *d, int p, int m)
{
	const char *name;
	int			s = tok_is(d, p, "buoi") ? p + 1 : p,
				c,
				r;

	if ((c = cell_attended_at(d, p, s, p + m)) < 0 || (r = gb_parse_body(d, c, &name)) <= c + 2 ||
		name == NULL)
		return NULL;
	/* its number ends a cell's name: "Chi bộ thôn 11" */
	return tok_has(d, r, T_NUM) && d->tok[r].len <= 3 && !tok_has(d, r, T_NL) &&
		!gb_date_after(d, r) ? gb_span_text(d, c, r + 1) : (char *) name;
}

/*
 * "Hội nghị giao ban trực tuyến Ban Tổ chức Trung ương": the body named
 * after the meeting kind (m tokens) at p; a congress's Party organization.
 */
static char *
listed_by(const GbDoc *d, int p, int m, const GbPhrase *kind)
{
	const GbPhrase *ph = NULL;
	const char *name;
	int			q,
				e,
				words = 0;
	bool		nth = false;

	/*
	 * a congress heading its clause ("Sáng 10-8, Đại hội đại biểu Đảng bộ
	 * ... khai mạc", a headline), or the place its clause is set in,
	 * "Sáng 3/10, tại phiên khai mạc Đại hội ...": not "quán triệt Nghị
	 * quyết Đại hội ...", "chuẩn bị nhân sự Đại hội ...", the object of
	 * another meeting, nor "đã đề ra tại Đại hội ...", its past
	 */
	if (strcmp(kind->value, "đại hội") == 0)
	{
		int			s = p;

		/* "Sáng 12-10, phiên khai mạc Đại hội ...": its sitting heads the clause */
		for (q = p - 2; q >= 0 && q >= p - 5; q--)
			if (sitting_of(d, q) == p)
			{
				s = q;
				break;
			}
		if (tok_is(d, s - 1, "tai") && !tok_has(d, s, T_NL) &&
			(s == 1 || tok_has(d, s - 1, T_NL) || tok_punct(d, s - 2, ',') ||
			 tok_punct(d, s - 2, '.')))
			s--;
		return (s == 0 || tok_has(d, s, T_NL) || tok_punct(d, s - 1, ',') ||
				tok_punct(d, s - 1, ':') || tok_punct(d, s - 1, '-') || after_line_tag(d, s) ||
				attends_congress(d, s) || inverted_subject(d, s)) &&
			!meeting_spoken_of(d, p) ? congress_of(d, p + m) : NULL;
	}
	/* "Hội nghị giao ban ... của Ban Tổ chức Tỉnh ủy X được tổ chức": its body's */
	if ((name = owner_of_meeting(d, p, m)) != NULL)
		return (char *) name;
	if (kind->value == gb_kind_cell || kind->value == gb_kind_cell_theme)
		return attended_cell(d, p, m);
	if (strcmp(kind->value, "hội nghị") != 0)
		return NULL;
	for (q = p + m; words < 4; words++)
	{
		if ((m = kind_at(d, q, &ph)) > 0 && ph->aux == 1)
			q += m;
		else if ((m = meetword_longest(d, q, &ph)) > 0 &&
				 (ph->aux == MW_ONLINE || ph->aux == MW_SCOPE))
			q += m;
		else
			break;
	}
	/*
	 * "Hội nghị lần thứ 25 Ban Chấp hành Đảng bộ tỉnh khóa XIX đã được tổ
	 * chức": the sitting counted before the body, as after it
	 */
	if (words == 0 && (e = gb_congress_number_end(d, q)) > q)
	{
		q = e;
		if (tok_punct(d, q, ','))
			q++;
		nth = true;
	}
	/*
	 * "Đại tướng X chủ trì hội nghị Ban Thường vụ Quân ủy Trung ương xem
	 * xét ...": the meeting chaired, named by its body, is the body's own;
	 * so is one whose working day is reported, "ngày làm việc thứ ba của
	 * Hội nghị lần thứ chín Ban Chấp hành Trung ương"
	 */
	if ((e = body_at(d, q, &name)) == q || name == NULL ||
		(words == 0 && !plenum_held(d, e, nth) && !working_day_of(d, p) &&
		 !(tok_is(d, p - 2, "chu") && tok_is(d, p - 1, "tri") && !tok_has(d, p - 1, T_UPPER) &&
		   !tok_has(d, p, T_NL)) &&
		 !inverted_subject(d, p)))
		return NULL;
	return (char *) name;
}

static inline char *
listed_by_at(const GbDoc *d, int p, const GbPhrase **kind)
{
	int			m = kind_at(d, p, kind);

	return m > 0 ? listed_by(d, p, m, *kind) : NULL;
}

#define POSTS_BACK		24		/* at most, tokens of the titles listed before a head */

/*
 * "đồng chí A, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Trưởng Ban Tổ
 * chức Trung ương chủ trì": a post listed before the head at p, after a
 * comma, is another office the chair holds, which he may chair in; a seat
 * ("Ủy viên ...", "Thành viên ...", "Đại biểu Quốc hội", "Bí thư Trung ương
 * Đảng") is no such office (stop 30 G14).
 */
static bool
post_listed_before(const GbDoc *d, int p)
{
	int			j;

	for (j = p - 2; j > 0 && j >= p - POSTS_BACK && !tok_has(d, j + 1, T_NL); j--)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':'))
			return false;
		if (!tok_punct(d, j, ','))
			continue;
		/* the item after the comma: the name, or a title */
		if (gb_dict_match(d, j + 1, CAT_TITLE, NULL) == 0)
			return false;
		if (!((tok_is(d, j + 1, "uy") || tok_is(d, j + 1, "thanh")) && tok_is(d, j + 2, "vien")) &&
			!(tok_is(d, j + 1, "dai") && tok_is(d, j + 2, "bieu")) &&
			!(tok_is(d, j + 1, "bi") && tok_is(d, j + 2, "thu") && tok_is(d, j + 3, "trung")))
			return true;
	}
	return false;
}

/*
 * "Trưởng ban Tổ chức Trung ương chủ trì": when the head of a central body
 * chairs, the body is the likely organizer; not when the chair holds
 * another post, listed before.  m: tokens of the head at p.
 */
static const char *
headed_by_at(const GbDoc *d, int p, int m)
{
	const GbPhrase *ph = NULL;
	int			q;

	q = p + m;
	if (tok_is(d, p - 1, "pho") || (m = gb_dict_match(d, q, CAT_BODY, &ph)) == 0)
		return NULL;
	q += m;
	if (tok_is(d, q, "dang"))
		q++;
	if (tok_is(d, q, "da"))
		q++;
	return tok_is(d, q, "chu") && tok_is(d, q + 1, "tri") && !post_listed_before(d, p) ?
		ph->value : NULL;
}

/* ---- scope, bridge points ---------------------------------------------- */

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

static bool attribute_of_spoken(const GbDoc *d, int k);

/*
 * "Trong không khí phấn khởi của cả nước", "cùng với cả nước", "như cả
 * nước": the scope word at p is in a stock adverbial, not the reach of the
 * meeting.
 */
static bool
stock_scope(const GbDoc *d, int p)
{
	int			j;

	if (tok_is(d, p - 1, "cua") || tok_is(d, p - 1, "nhu") || tok_is(d, p - 1, "cung") ||
		(tok_is(d, p - 1, "voi") && tok_is(d, p - 2, "cung")))
		return true;
	for (j = p - 1; j >= 0 && j >= p - STOCK_BACK; j--)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ',') ||
			tok_punct(d, j, ':') || tok_has(d, j + 1, T_NL))
			return false;
		if (meetword(d, j, MW_NOUN, NULL) > 0 && tok_is(d, j, "khong"))
			return true;
	}
	return false;
}

/*
 * "Nghị quyết Đại hội Đoàn toàn quốc lần thứ XI": the scope word at p ends
 * the name of a congress (with its body's name: a word or two) whose
 * document is named, or that a meeting prepares or leads to ("tiến tới Đại
 * hội Đoàn toàn quốc lần thứ XI", "chuẩn bị Đại hội ...").
 */
static bool
congress_in_document(const GbDoc *d, int p)
{
	const GbPhrase *ph = NULL;
	int			j,
				m;

	for (j = p - 2; j >= 1 && j >= p - 4; j--)
	{
		if (tok_has(d, j + 1, T_NL) || tok_has(d, j + 1, T_PUNCT))
			return false;
		if ((m = kind_at(d, j, &ph)) > 0 && j + m <= p && strcmp(ph->value, "đại hội") == 0 &&
			gb_tok_capitalized(d, j))
			return phrase_ends_at(d, j, CAT_DOCTYPE, 0) ||
				phrase_ends_at(d, j, CAT_MEETWORD, MW_ABOUT);
	}
	return false;
}

/*
 * "Về dự Đại hội có Lãnh đạo Hội CCB 20 tỉnh, thành phố": a count of
 * provinces at p among the guests a sentence of attendance lists ("dự ...
 * có") is where they come from, not the meeting's reach.
 */
static bool
guests_from(const GbDoc *d, int p)
{
	int			j;
	bool		co = false;

	for (j = p - 1; j >= 0 && j >= p - GUESTS_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':'))
			return false;
		if (tok_is(d, j, "co") && gb_exact_any(d, j, "có"))
			co = true;
		else if (co && is_du(d, j))
			return true;
	}
	return false;
}

/*
 * "Đại hội điểm đầu tiên trong 32 tỉnh, thành", "một trong số 63 tỉnh",
 * "đầu tiên trên toàn quốc": the scope at p is a set this meeting is ranked
 * in (a rank, then "trong (số)" or "trên"), not the meeting's reach.
 */
static bool
ranked_among(const GbDoc *d, int p)
{
	int			j = p - 1;

	if (tok_is(d, j, "so") && tok_is(d, j - 1, "trong"))
		j--;
	if (!tok_is(d, j, "trong") && !tok_is(d, j, "tren"))
		return false;
	j--;
	/* "đầu tiên", "duy nhất", "dẫn đầu", "một trong", "1 trong" */
	return (tok_is(d, j, "tien") && tok_is(d, j - 1, "dau")) || tok_is(d, j, "nhat") ||
		tok_is(d, j, "dau") || tok_is(d, j, "mot") ||
		(tok_has(d, j, T_NUM) && d->tok[j].len == 1 && d->norm.data[d->tok[j].off] == '1');
}

/* Whether a count of provinces, "32 tỉnh, thành (phố)", ends before p. */
static bool
provinces_end_before(const GbDoc *d, int p)
{
	int			j = p - 1;

	if (tok_is(d, j, "pho"))
		j--;
	return tok_is(d, j, "thanh") && tok_punct(d, j - 1, ',') && tok_is(d, j - 2, "tinh") &&
		tok_has(d, j - 3, T_NUM);
}

/*
 * "(khu vực miền) Trung - Tây Nguyên", "Bắc Trung Bộ - Duyên hải": a
 * region named after a dash that ends at q goes on with a second one, in
 * capitals and closed by a word or a clause's end, the pair one area.  Not
 * a caption's label ("- Ảnh: TTXVN") nor a line's end.  Returns its end, or q.
 */
static int
region_pair_end(const GbDoc *d, int q)
{
	int			e;

	if (!tok_punct(d, q, '-') || !gb_tok_capitalized(d, q + 1) || tok_has(d, q, T_NL) ||
		tok_has(d, q + 1, T_NL))
		return q;
	for (e = q + 1; e < d->ntok && e <= q + REGION_WORDS && gb_tok_capitalized(d, e) && !tok_has(d, e, T_NL); e++)
		;
	if (e > q + REGION_WORDS || (e < d->ntok && !tok_has(d, e, T_NL) &&
								 (tok_punct(d, e, ':') || tok_punct(d, e, '(') ||
								  tok_punct(d, e, '-'))))
		return q;
	return e;
}

/*
 * "toàn quốc", "khu vực miền Bắc", "63 tỉnh, thành phố" at p, or NULL;
 * mw (m tokens) is the meeting word at p, if m > 0.
 */
static char *
scope_at(const GbDoc *d, int p, int m, const GbPhrase *mw)
{
	int			q;

	if (m > 0 && mw->aux == MW_SCOPE)
	{
		/*
		 * "Đại hội đại biểu toàn quốc" names a congress, not a scope, as
		 * does "Nghị quyết Đại hội Đoàn toàn quốc"; nor is the scope of a
		 * meeting spoken of this meeting's
		 */
		if (tok_is(d, p - 1, "bieu") || stock_scope(d, p) || congress_in_document(d, p) ||
			attribute_of_spoken(d, p) || ranked_among(d, p))
			return NULL;
		return (char *) mw->value;
	}
	if (m > 0 && mw->aux == MW_REGION)
	{
		q = p + m;
		/*
		 * "32 tỉnh, thành khu vực phía Nam": the region of a count of
		 * provinces, read (or left) with it
		 */
		if ((!tok_is(d, q, "mien") && !tok_is(d, q, "phia")) || provinces_end_before(d, p))
			return NULL;
		for (q++; q < d->ntok && q - p < 6 && gb_tok_capitalized(d, q) &&
			 !(d->tok[q].flags & T_NL); q++)
			;
		if (q > p + m + 1)
			q = region_pair_end(d, q);
		return q > p + m + 1 ? gb_span_text(d, p, q) : NULL;
	}
	if (tok_has(d, p, T_NUM) && tok_is(d, p + 1, "tinh") && tok_punct(d, p + 2, ',') &&
		tok_is(d, p + 3, "thanh") && !guests_from(d, p) && !ranked_among(d, p))
	{
		q = p + 4 + (tok_is(d, p + 4, "pho") ? 1 : 0);
		return gb_span_text(d, p, q);
	}
	return NULL;
}

/*
 * A word that stops a name at q, spelled as the gazetteer spells it, tone
 * marks and all: "khí" of "Tập đoàn Dầu khí Việt Nam" is no "khi".
 */
static bool
spelled_stop(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, q, CAT_TITLESTOP, &ph);

	return m > 1 || (m == 1 && (ph->value == NULL || gb_exact_any(d, q, ph->value)));
}

/*
 * A lower-case syllable at q that ends the compound word a capital opened:
 * "Tổng cục Chính trị", "Bộ Quốc phòng".  Names of places capitalize every
 * syllable ("Bông Sen"), names of bodies only the first of each word, so
 * this is looked for only in the first word after a common noun ("Tổng
 * cục", "Bộ", "trụ sở").
 * It is no verb or function word ("có", "dự"), and the name ends or goes
 * on in capitals after it, or its level closes it: "Trung tâm Hội nghị
 * tỉnh" (probe 59 G7).
 */
static bool
compound_tail(const GbDoc *d, int q)
{
	if (!tok_has(d, q, T_WORD) || gb_tok_capitalized(d, q) || !tok_has(d, q - 1, T_WORD) ||
		!gb_tok_capitalized(d, q - 1) || (d->tok[q].flags & T_NL) ||
		gb_dict_match(d, q, CAT_LEVEL, NULL) > 0 || spelled_stop(d, q))
		return false;
	return q + 1 >= d->ntok || !tok_has(d, q + 1, T_WORD) ||
		(d->tok[q + 1].flags & T_NL) || gb_tok_capitalized(d, q + 1) ||
		gb_dict_match(d, q + 1, CAT_TITLESTOP, NULL) > 0 ||
		gb_dict_match(d, q + 1, CAT_LEVEL, NULL) > 0;
}

/*
 * "T.Ư", "TƯ", "TW" at q: Trung ương abbreviated, which a bridge point is
 * written out as ("điểm cầu Trung ương" in full).  Returns its tokens.
 */
static int
central_abbrev(const GbDoc *d, int q)
{
	if ((tok_is(d, q, "tu") || tok_is(d, q, "tw")) && tok_has(d, q, T_ALLCAPS))
		return 1;
	return gb_central_dotted(d, q);
}

/*
 * Whether a name goes on at q after a capitalized "Trung tâm": "Trung tâm
 * Hội nghị tỉnh", "Trung tâm Chính trị huyện"; "điểm cầu Trung tâm có Bộ
 * trưởng", "điểm cầu Trung tâm tại phòng họp", the central point, names no
 * place, as "điểm cầu chính" (stop 30 G16).
 */
static bool
central_point_named(const GbDoc *d, int q)
{
	return q < d->ntok && !(d->tok[q].flags & T_NL) &&
		(gb_tok_capitalized(d, q) || tok_has(d, q, T_NUM));
}

/*
 * "trung tâm" in lower case right after "điểm cầu", or capitalized with
 * no name after it: which point it is, the hub the others connect to, not
 * its name ("Điểm cầu trung tâm tại Hội trường Diên Hồng", "điểm cầu Trung
 * tâm có Bộ trưởng"); "điểm cầu Trung tâm Chính trị huyện" is a place.
 * Returns its tokens, or 0.
 */
static int
hub_descriptor(const GbDoc *d, int q)
{
	if (tok_is(d, q, "trung") && tok_is(d, q + 1, "tam") && !(d->tok[q + 1].flags & T_NL) &&
		(!gb_tok_capitalized(d, q) || !central_point_named(d, q + 2)))
		return 2;
	return 0;
}

/*
 * Past the words between "điểm cầu chính" and the link to its place at q:
 * "(của) hội nghị", "(được) tổ chức", "(được) đặt" ("Điểm cầu chính của hội
 * nghị được tổ chức tại Phòng họp Diên Hồng"); q when no link ends them
 * (stop 30 F6).
 */
static int
main_point_link(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;
	int			r = q,
				m;

	if (tok_is(d, r, "cua") && !tok_has(d, r + 1, T_NL))
		r++;
	if ((m = kind_at(d, r, &ph)) > 0 && ph->aux == 0 && !tok_has(d, r + m - 1, T_NL))
		r += m;
	else if (r > q)
		return q;
	if (tok_is(d, r, "duoc") && !tok_has(d, r + 1, T_NL))
		r++;
	if (tok_is(d, r, "dat") && !tok_has(d, r, T_NL))
		r++;
	else if ((m = meetword(d, r, MW_VERB, NULL)) > 0 && !tok_has(d, r, T_NL))
		r += m;
	return r > q && !tok_has(d, r, T_NL) && bridge_link(d, r) ? r : q;
}

/*
 * A level abbreviated with its dot glued to it, the place's name after it
 * on the same line: "TP.HCM", "TP. Cần Thơ".  The dot is inside the name,
 * no sentence's end.  Returns the tokens of the level and its dot, or 0.
 */
static int
dotted_level(const GbDoc *d, int q)
{
	int			m = gb_dict_match(d, q, CAT_LEVEL, NULL);

	if (m > 0 && (d->tok[q].flags & T_ALLCAPS) && tok_punct(d, q + m, '.') &&
		!tok_has(d, q + m, T_SPACE) && !tok_has(d, q + m + 1, T_NL) &&
		tok_has(d, q + m + 1, T_WORD) && gb_tok_capitalized(d, q + m + 1))
		return m + 1;
	return 0;
}

/*
 * A day and month joined by a hyphen at q, "2-9", "30-4", written without
 * spaces: the date a venue is named after ("Hội trường 2-9", "Quảng
 * trường 30-4", "Trung tâm Hội nghị 23-9"), one word of its name, not a
 * range (probe 48 G2).  Its tokens, or 0.
 */
static int
day_month_name(const GbDoc *d, int q)
{
	int			day,
				month;

	if (!tok_has(d, q, T_NUM) || d->tok[q].len > 2 || !tok_punct(d, q + 1, '-') ||
		tok_has(d, q + 1, T_SPACE) || !tok_has(d, q + 2, T_NUM) || d->tok[q + 2].len > 2 ||
		tok_has(d, q + 2, T_SPACE) || tok_has(d, q + 1, T_NL) || tok_has(d, q + 2, T_NL))
		return 0;
	/* not a longer date, "2-9-1945", nor a code, "2-9A" */
	if ((tok_punct(d, q + 3, '-') || tok_punct(d, q + 3, '/') || tok_has(d, q + 3, T_WORD)) &&
		!tok_has(d, q + 3, T_SPACE))
		return 0;
	day = gb_tok_int(d, q);
	month = gb_tok_int(d, q + 2);
	return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? 3 : 0;
}

/*
 * The name of the point after "điểm cầu": "tỉnh Lạng Sơn", "Tỉnh ủy An
 * Giang", "chính ở Phòng họp Diên Hồng", "cấp tỉnh - Hội trường Bông Sen",
 * "Tổng cục Hậu cần", "T.Ư".  Returns the token after it; *start gets its
 * first token, *abbrev that of a "T.Ư" in it (or -1).
 */
static int
bridge_name(const GbDoc *d, int p, int *start, int *abbrev)
{
	const GbPhrase *ph = NULL;
	int			q = p,
				m,
				steps,
				head_end = -1,	/* after the common noun a name follows */
				body_end = -1,	/* after a body's name */
				tail = -2;		/* the last compound's lower-case syllable */
	bool		owner;

	*abbrev = -1;
	/* "điểm cầu trực tuyến Tỉnh ủy" */
	q += meetword(d, q, MW_ONLINE, NULL);
	/*
	 * "điểm cầu chính", "điểm cầu cấp tỉnh -": which point, not its name;
	 * "điểm cầu chính là phòng họp Diên Hồng": the main point's name after
	 * "là" as after "tại" (probe 63 G5)
	 */
	if (tok_is(d, q, "chinh"))
	{
		q = main_point_link(d, q + 1);
		if (tok_is(d, q, "la") && gb_exact_any(d, q, "là"))
			q++;
	}
	else if ((m = hub_descriptor(d, q)) > 0)
		q += m;
	else if (tok_is(d, q, "cap") && (m = gb_dict_match(d, q + 1, CAT_LEVEL, NULL)) > 0 &&
			 bridge_link(d, q + 1 + m))
		q += 1 + m;
	/* "điểm cầu của tỉnh tại Trung tâm Hội nghị": whose point, its place named after */
	else if (tok_is(d, q, "cua") && !gb_tok_capitalized(d, q + 1) &&
			 (m = gb_dict_match(d, q + 1, CAT_LEVEL, NULL)) > 0 && bridge_link(d, q + 1 + m))
		q += 1 + m;
	/*
	 * "điểm cầu (chính) của Đảng ủy Bộ Nội vụ": the point of a body, named
	 * by it, in two words at least ("của Đảng u", a text cut off, names none)
	 */
	owner = tok_is(d, q, "cua") && gb_tok_capitalized(d, q + 1) && !tok_has(d, q + 1, T_NL);
	if (bridge_link(d, q) || owner)
		q++;
	p = *start = q;
	for (steps = 0; steps < 8 && q < d->ntok; steps++)
	{
		if (q > p && (d->tok[q].flags & T_NL))
			break;
		if ((m = central_abbrev(d, q)) > 0)
		{
			if (*abbrev < 0)
				*abbrev = q;
			q += m;
		}
		else if ((m = gb_dict_match(d, q, CAT_BODY | CAT_BODYHEAD, &ph)) > 0 && gb_tok_capitalized(d, q))
		{
			q += m;
			body_end = q;
			if (ph->cat == CAT_BODYHEAD)
				head_end = q;
		}
		else if (gb_tok_capitalized(d, q) && (m = meetword(d, q, MW_INSTITUTION, NULL)) > 0)
			q = head_end = q + m;
		else if ((m = meetword(d, q, MW_PLACE, NULL)) > 0)
		{
			/* "Quân khu 7", "Hội trường số 2" */
			q = head_end = q + m;
			if (tok_is(d, q, "so") && tok_has(d, q + 1, T_NUM))
				q++;
			if ((m = day_month_name(d, q)) > 0 && !(d->tok[q].flags & T_NL))
				q += m;
			else if (tok_has(d, q, T_NUM) && d->tok[q].len <= 3 && !(d->tok[q].flags & T_NL))
				q++;
		}
		else if ((m = gb_dict_match(d, q, CAT_LEVEL, NULL)) > 0 && gb_tok_capitalized(d, q + m) &&
				 !(d->tok[q + m].flags & T_NL))
			q += m;
		else if ((m = dotted_level(d, q)) > 0)
			q += m;
		/* "Trường Đại học Sư phạm": a word of the name, no common word ending it */
		else if (gb_tok_capitalized(d, q) && (m = meetword(d, q, MW_NAMEWORD, NULL)) > 0)
			q = body_end = q + m;
		else if (tok_has(d, q, T_WORD) && gb_tok_capitalized(d, q))
			q++;
		/* "điểm cầu BR-VT": an abbreviated name is one across its hyphen */
		else if (q > p && gb_name_hyphen(d, q))
			q++;
		/* "Trung tâm Hội nghị 23-9": the date closing the name */
		else if (q > p && tok_has(d, q - 1, T_WORD) && !(d->tok[q].flags & T_NL) &&
				 (m = day_month_name(d, q)) > 0)
			q += m;
		/* "điểm cầu Ban Tuyên giáo và Dân vận Tỉnh ủy": one department's fields */
		else if (q > p && gb_field_link(d, q))
			q += 3;
		else if ((q == body_end || head_end >= 0) && q > p && !(d->tok[q].flags & T_NL) &&
				 (m = gb_dict_match(d, q, CAT_LEVEL, NULL)) > 0)
		{
			/*
			 * "Văn phòng UBND tỉnh", "Trung tâm Hội nghị và Triển lãm
			 * tỉnh": the body's or the institution's level ends the name
			 */
			q += m;
			break;
		}
		/*
		 * "Trung tâm Hội nghị Quốc gia", "Tập đoàn Bưu chính Viễn thông":
		 * the first word after the common noun, and each word after a
		 * compound so ended, capitalized on its first syllable only
		 */
		else if ((q == head_end + 1 || q == tail + 2) && compound_tail(d, q))
			tail = q++;
		else
			break;
	}
	/* "tại phòng họp của Bộ": a room's noun alone, in lower case, names none */
	if (q == head_end && q > p && !gb_tok_capitalized(d, p) && !tok_has(d, q - 1, T_NUM) &&
		meetword(d, p, MW_PLACE, NULL) == q - p)
		return p;
	return owner && q < p + 2 ? p : q;
}

/*
 * Tokens [from, to) as piece() gives them, with the "T.Ư" at abbrev written
 * out as central: the key (fold_key(), "trung uong") or the text
 * (gb_span_text(), "Trung ương") of a bridge point.
 */
static char *
bridge_spelled(const GbDoc *d, int from, int to, int abbrev,
			   char *(*piece) (const GbDoc *, int, int), const char *central)
{
	GbBuf		b = {0};
	int			after = abbrev + central_abbrev(d, abbrev);
	char	   *s;

	if (abbrev > from)
	{
		s = piece(d, from, abbrev);
		gb_buf_append(&b, s, strlen(s));
		gb_buf_putc(&b, ' ');
	}
	gb_buf_append(&b, central, strlen(central));
	if (after < to)
	{
		s = piece(d, after, to);
		gb_buf_putc(&b, ' ');
		gb_buf_append(&b, s, strlen(s));
	}
	s = gb_arena_strndup(d->arena, b.data, b.len);
	gb_free(b.data);
	return s;
}

/* Whether the key of a point begins with the words of key short. */
static bool
key_extends(const char *key, const char *shorter)
{
	size_t		n = strlen(shorter);

	return strncmp(key, shorter, n) == 0 && key[n] == ' ';
}

/* Where the name of a point [from, to) follows its level word ("tỉnh"), in its key. */
static int
level_core(const GbDoc *d, int from, int to)
{
	int			m = gb_dict_match(d, from, CAT_LEVEL, NULL),
				n = 0,
				k;

	if (m <= 0 || from + m >= to || !gb_tok_capitalized(d, from + m) || tok_is(d, from + m, "uy"))
		return 0;
	for (k = from; k < from + m; k++)
		n += d->tok[k].flen + 1;
	return n < 256 ? n : 0;
}

/*
 * The point in the list whose name is that of key with its level (core:
 * where the name starts in key) written on one side only: "tỉnh Quảng Nam"
 * and, in a caption, "Quảng Nam".  Two levels ("tỉnh", "thành phố Hà
 * Giang") are two places.  nbridges if none.
 */
static int
same_place(const GbMeetState *st, const char *key, int core)
{
	int			k;

	for (k = 0; k < st->nbridges; k++)
		if ((core > 0) != (st->bridge_core[k] > 0) &&
			strcmp(key + core, st->bridge_keys[k] + st->bridge_core[k]) == 0)
			break;
	return k;
}

/*
 * "điểm cầu tỉnh", the level alone at p: the province named before it in
 * its sentence, "Phó Bí thư Tỉnh ủy Bắc Ninh ... phát biểu tại điểm cầu
 * tỉnh", is the point, "tỉnh Bắc Ninh".
 */
static void
add_level_point(GbMeetState *st, const GbDoc *d, int p, bool noted)
{
	int			m = gb_dict_match(d, p, CAT_LEVEL, NULL),
				i,
				j,
				k,
				n,
				core;
	char	   *key,
			   *text,
			   *level,
			   *name;

	if (m <= 0 || gb_tok_capitalized(d, p))
		return;
	for (i = p - 1; i >= 0 && i >= p - LEVEL_POINT_BACK && !sentence_end(d, i); i--)
	{
		if (tok_has(d, i + 1, T_NL) && i + 1 < p)
			return;
		for (k = 0; k < m; k++)
			if (d->tok[i + k].flen != d->tok[p + k].flen ||
				memcmp(tok_fold(d, i + k), tok_fold(d, p + k), d->tok[p + k].flen) != 0)
				break;
		if (k < m)
			continue;
		/* "tỉnh Bắc Ninh", "Tỉnh ủy Bắc Ninh" */
		j = i + m;
		if (m == 1 && tok_is(d, j, "uy") && !tok_has(d, j, T_NL))
			j++;
		for (n = 0; n < PLACE_NAME_WORDS && j + n < p && tok_has(d, j + n, T_WORD) &&
			 gb_tok_capitalized(d, j + n) && !tok_has(d, j + n, T_NL); n++)
			;
		if (n == 0)
			continue;
		for (core = 0, k = p; k < p + m; k++)
			core += d->tok[k].flen + 1;
		name = fold_key(d, j, j + n);
		key = gb_arena_alloc(d->arena, core + strlen(name) + 1);
		memcpy(key, fold_key(d, p, p + m), core - 1);
		key[core - 1] = ' ';
		strcpy(key + core, name);
		for (k = 0; k < st->nbridges; k++)
			if (strcmp(key, st->bridge_keys[k]) == 0)
				return;
		if (same_place(st, key, core) < st->nbridges)
			return;
		name = gb_span_text(d, j, j + n);
		level = gb_span_text(d, p, p + m);
		text = gb_arena_alloc(d->arena, strlen(level) + strlen(name) + 2);
		memcpy(text, level, strlen(level));
		text[strlen(level)] = ' ';
		strcpy(text + strlen(level) + 1, name);
		st->bridge_keys[st->nbridges] = key;
		st->bridge_bare[st->nbridges] = false;
		st->bridge_core[st->nbridges] = core;
		st->bridges[st->nbridges++] = text;
		if (noted)
			gb_note_mention((GbDoc *) d, GB_MENTION_BRIDGE, -1, key,
							d->tok[p].os, d->tok[p + m - 1].oe);
		return;
	}
}

/*
 * Adds the point named at p (add_bridge() below) and returns the token
 * after its name, or p when none is named there.
 */
static int	add_bridge(GbMeetState *st, const GbDoc *d, int p, bool noted);

/*
 * A point named at q without "điểm cầu" before it, as an item of a list
 * of points or an end of a link: a body, an institution or a place
 * capitalized ("Tập đoàn Dầu khí Việt Nam", "Hội trường UBND quận"), or a
 * level or a room in lower case before a name ("tỉnh Cao Bằng", "hội
 * trường Tỉnh ủy").  Not a head with a count or the many after it, "UBND
 * 11 phường", "Công an các tỉnh": the bodies of every unit, no one point.
 * Returns the token after its name, or q.
 */
static int
bridge_item(const GbDoc *d, int q)
{
	int			m,
				from,
				abbrev,
				to;

	if (q >= d->ntok || !tok_has(d, q, T_WORD) || (d->tok[q].flags & T_NL))
		return q;
	if (gb_tok_capitalized(d, q))
	{
		if (gb_dict_match(d, q, CAT_BODY | CAT_BODYHEAD, NULL) == 0 &&
			meetword(d, q, MW_INSTITUTION, NULL) == 0 && meetword(d, q, MW_PLACE, NULL) == 0 &&
			meetword(d, q, MW_VENUE, NULL) == 0)
			return q;
	}
	else if (((m = gb_dict_match(d, q, CAT_LEVEL, NULL)) == 0 &&
			  (m = meetword(d, q, MW_PLACE, NULL)) == 0) ||
			 !gb_tok_capitalized(d, q + m) || tok_has(d, q + m, T_NL))
		return q;
	to = bridge_name(d, q, &from, &abbrev);
	if (to == from || from != q || tok_has(d, to, T_NUM) || meetword(d, to, MW_MANY, NULL) > 0)
		return q;
	return to;
}

/*
 * The points listed after one named at p and ending at e: "điểm cầu Tập
 * đoàn Điện lực Việt Nam và Tập đoàn Dầu khí Việt Nam".  A comma may join
 * them only after a colon that opens the list ("tại 3 điểm cầu: Hội trường
 * Quận ủy, Trung tâm Chính trị quận và ..."), to the list's end: after
 * "Tại điểm cầu Tỉnh ủy," a body is the sentence's subject, no point.
 */
static void
bridge_list(GbMeetState *st, const GbDoc *d, int e, bool colon, bool noted)
{
	int			items[MAX_BRIDGES],
				n = 0,
				q = e,
				to,
				k;
	bool		closed = false;

	while (n < MAX_BRIDGES && !closed)
	{
		int			s = q;

		if (colon && (tok_punct(d, s, ',') || tok_punct(d, s, ';')))
			s++;
		if (tok_is(d, s, "va"))
		{
			s++;
			closed = true;
		}
		if (s == q || (to = bridge_item(d, s)) == s)
			return;
		items[n++] = s;
		q = to;
	}
	/* a colon's list without "và" runs to its sentence's end */
	if (!closed && !(q >= d->ntok || tok_has(d, q, T_NL) || sentence_end(d, q)))
		return;
	for (k = 0; k < n; k++)
		add_bridge(st, d, items[k], noted);
}

/*
 * The point named after "điểm cầu" at p and those listed after it (after
 * a colon: colon).
 */
static void
add_bridges(GbMeetState *st, const GbDoc *d, int p, bool colon)
{
	int			e = add_bridge(st, d, p, true);

	if (e > p)
		bridge_list(st, d, e, colon, true);
}

/*
 * "trực tuyến từ Hội trường Quận ủy đến Hội trường UBND quận": the ends
 * of an online link at q, after "trực tuyến", named without "điểm cầu".
 * Where it comes from is a point only when it goes to points named or
 * counted ("đến 11 điểm cầu", "đến các xã"), not "từ Trung ương đến cơ
 * sở", every level.
 */
static void
online_link(GbMeetState *st, const GbDoc *d, int q)
{
	int			from = -1,
				to;

	if (tok_is(d, q, "tu") && gb_exact_any(d, q, "từ"))
	{
		if ((to = bridge_item(d, q + 1)) == q + 1)
			return;
		from = q + 1;
		q = to;
	}
	if (!link_to(d, q) || tok_has(d, q + 1, T_NL))
		return;
	if ((to = bridge_item(d, q + 1)) > q + 1)
	{
		if (from >= 0)
			add_bridge(st, d, from, true);
		add_bridge(st, d, q + 1, true);
		bridge_list(st, d, to, false, true);
	}
	else if (from >= 0 && (tok_has(d, q + 1, T_NUM) || meetword(d, q + 1, MW_MANY, NULL) > 0))
		add_bridge(st, d, from, true);
}

/* The text of the point [from, to), its "T.Ư" at abbrev (if any) written out. */
static char *
point_text(const GbDoc *d, int from, int to, int abbrev)
{
	return abbrev >= 0 ? bridge_spelled(d, from, to, abbrev, gb_span_text, "Trung ương") :
		gb_span_text(d, from, to);
}

/*
 * Whether folded word w (n bytes) is an abbreviation: letters that make no
 * Vietnamese syllable, no vowel ("tg", "hdnd") or no final a syllable
 * ends in after its vowels ("ubnd"), or "&" ("TG & DV").
 */
static bool
abbrev_word(const char *w, size_t n)
{
	static const char *const finals[] = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t", NULL};
	size_t		i = 0,
				v;
	int			k;

	if (n == 1 && w[0] == '&')
		return true;
	if (n < 2)
		return false;
	for (v = 0; v < n; v++)
		if (!((w[v] >= 'a' && w[v] <= 'z') || w[v] == '&'))
			return false;
	while (i < n && !strchr("aeiouy", w[i]))
		i++;
	if (i == n)
		return true;
	while (i < n && strchr("aeiouy", w[i]))
		i++;
	for (k = 0; finals[k]; k++)
		if (strlen(finals[k]) == n - i && strncmp(w + i, finals[k], n - i) == 0)
			return false;
	return true;
}

/*
 * Whether the key of a point abbr is key full with some of its words
 * abbreviated by their initials: "ban tg&dv tinh uy thanh hoa" of "ban
 * tuyen giao va dan van tinh uy thanh hoa", "&" for "và" (probe 58 G5).
 */
static bool
abbreviates(const char *abbr, const char *full)
{
	bool		any = false;

	/*
	 * cheap first, as each new point is asked of every point before it:
	 * an initial or the same word opens both, and initials make a key
	 * shorter than the words they stand for
	 */
	if ((abbr[0] != full[0] && abbr[0] != '&') || strlen(abbr) >= strlen(full))
		return false;
	while (*abbr && *full)
	{
		size_t		na = strcspn(abbr, " "),
					nf = strcspn(full, " "),
					i;

		if (na == nf && strncmp(abbr, full, na) == 0)
			full += nf;
		else if (abbrev_word(abbr, na))
		{
			/* each letter the initial of a word, "&" the word "va" */
			for (i = 0; i < na; i++)
			{
				nf = strcspn(full, " ");
				if (abbr[i] == '&' ? !(nf == 2 && strncmp(full, "va", 2) == 0) : full[0] != abbr[i])
					return false;
				full += nf;
				if (i + 1 < na && *full == ' ')
					full++;
			}
			any = true;
		}
		else
			return false;
		abbr += na;
		if (*abbr == ' ')
			abbr++;
		if (*full == ' ')
			full++;
	}
	return any && !*abbr && !*full;
}

/*
 * The point in the list that key names abbreviated or in full (the full
 * name then names it), or nbridges if none.
 */
static int
abbreviated_point(GbMeetState *st, const GbDoc *d, char *key, int from, int to, int abbrev)
{
	int			k;

	for (k = 0; k < st->nbridges; k++)
	{
		if (abbreviates(key, st->bridge_keys[k]))
			break;
		if (abbreviates(st->bridge_keys[k], key))
		{
			st->bridge_keys[k] = key;
			st->bridges[k] = point_text(d, from, to, abbrev);
			break;
		}
	}
	return k;
}

/*
 * Whether the name of a point [from, to) ends in a body's head that a
 * place's name may follow: "Tỉnh ủy", "Hội trường Tỉnh ủy", "Ban Tuyên
 * giáo và Dân vận Tỉnh ủy" (probe 58 G5).
 */
static bool
ends_in_head(const GbDoc *d, int from, int to)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = to - 1; j >= from && j >= to - 3; j--)
		if (gb_dict_may_match(d, j, CAT_BODYHEAD) &&
			gb_dict_match(d, j, CAT_BODYHEAD, &ph) == to - j && ph->cat == CAT_BODYHEAD)
			return true;
	return false;
}

/*
 * A point named by a body's head without its place ("điểm cầu Tỉnh ủy",
 * "điểm cầu Hội trường Tỉnh ủy") is, in a report, the one named in full
 * elsewhere ("điểm cầu Tỉnh ủy Thanh Hóa", "Hội trường Tỉnh ủy Thanh
 * Hóa"): the province is the report's, left out once said.  The full name
 * stands for both, whichever comes first.
 */
static int
add_bridge(GbMeetState *st, const GbDoc *d, int p, bool noted)
{
	int			from,
				abbrev,
				to = bridge_name(d, p, &from, &abbrev),
				k;
	char	   *key = NULL;
	bool		bare = false;
	int			core = 0;

	if (st->nbridges == MAX_BRIDGES)
		return p;
	if (to == from)
	{
		add_level_point(st, d, from, noted);
		return p;
	}
	if (abbrev >= 0)
		key = bridge_spelled(d, from, to, abbrev, fold_key, "trung uong");
	for (k = 0; k < st->nbridges; k++)
		if (key ? strcmp(key, st->bridge_keys[k]) == 0 :
			is_fold_key(d, from, to, st->bridge_keys[k]))
			break;
	/* not named so before: maybe its head alone was, or its full name */
	if (k == st->nbridges)
	{
		if (!key)
			key = fold_key(d, from, to);
		bare = ends_in_head(d, from, to);
		for (k = 0; k < st->nbridges; k++)
			if (bare && key_extends(st->bridge_keys[k], key))
				break;
			else if (st->bridge_bare[k] && key_extends(key, st->bridge_keys[k]))
			{
				/* the full name found after the head alone: it names the point */
				st->bridge_keys[k] = key;
				st->bridge_bare[k] = false;
				st->bridges[k] = point_text(d, from, to, abbrev);
				break;
			}
		if (k == st->nbridges)
			k = abbreviated_point(st, d, key, from, to, abbrev);
		/* the place named with its level and without: the level's name stands */
		core = level_core(d, from, to);
		if (k == st->nbridges && (k = same_place(st, key, core)) < st->nbridges && core > 0)
		{
			st->bridge_keys[k] = key;
			st->bridge_core[k] = core;
			st->bridges[k] = point_text(d, from, to, abbrev);
		}
	}
	if (k == st->nbridges)
	{
		st->bridge_keys[k] = key;
		st->bridge_bare[k] = bare;
		st->bridge_core[k] = core;
		st->bridges[st->nbridges++] = point_text(d, from, to, abbrev);
	}
	if (noted)
		gb_note_mention((GbDoc *) d, GB_MENTION_BRIDGE, -1, st->bridge_keys[k],
						d->tok[from].os, d->tok[to - 1].oe);
	return to;
}

/* "các điểm cầu", "65 điểm cầu", "hơn 21 ngàn điểm cầu": no one point. */
static bool
generic_bridge(const GbDoc *d, int k)
{
	return tok_has(d, k - 1, T_NUM) || meetword(d, k - 1, MW_MANY, NULL) == 1;
}

/* ---- windows ------------------------------------------------------------ */

/*
 * The first token in [k, hi) where a fact of scan_window() can start, or
 * hi: a meeting kind (also "Hội nghị" of listed_by()), a body
 * (organizer_at()), a head, scope or region (headed_by_at(), scope_at())
 * or a number ("63 tỉnh, thành phố").
 */
static inline int
next_window_cue(const GbDoc *d, int k, int hi)
{
	const GbTok *t = d->tok + k,
			   *end = d->tok + hi;

	while (t < end &&
		   !(gb_dict_masks[t->grp] & (CAT_MEETKIND | CAT_WINSTART | CAT_BODY | CAT_BODYHEAD)) &&
		   !(t->flags & T_NUM))
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

static bool
document_ends_at(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = k - 1; j >= 0 && j >= k - 3; j--)
		if (gb_dict_match(d, j, CAT_DOCTYPE, &ph) == k - j)
			return ((d->tok[j].flags & T_UPPER) && !concluding_speech(d, j, k)) ||
				!(gb_kinds[ph->aux].flags & KIND_VERB);
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
	if (i == j - 1 || !tok_is(d, i - 1, "nhiem") || !tok_is(d, i, "ky") || tok_has(d, i, T_NL))
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
 * Whether the meeting word at k names a meeting the text speaks of, not
 * one held: "Nghị quyết Đại hội", "phục vụ Đại hội", "rút kinh nghiệm đại
 * hội điểm", "Kế hoạch về tổ chức đại hội", "làm việc ... trước khi tiến
 * hành đại hội".
 */
static bool spoken_of_at(const GbDoc *d, int k);

static bool
spoken_read(const GbDoc *d, int k)
{
	const uint64_t want = MW_BIT(MW_VERB) | MW_BIT(MW_DESCRIBE) | MW_BIT(MW_ABOUT);
	uint64_t	ends;
	int			j,
				k0 = k;

	/* "họp" of "trước Kỳ họp thứ 9": a word of the longer kind before it */
	for (j = k - 1; j >= 0 && j >= k - 2; j--)
		if (kind_at(d, j, NULL) > k - j)
			return spoken_of_at(d, j);
	/* the meeting words ending before it, looked up once for the tests below */
	ends = meetwords_ending_at(d, k, want);
	/* "chuẩn bị tổ chức đại hội": the verb belongs to the complement */
	if (ends & MW_BIT(MW_VERB))
	{
		k -= 2;
		ends = meetwords_ending_at(d, k, want);
	}
	if (document_ends_at(d, k) || agenda_item(d, k, ends) || committee_of(d, k) ||
		congresses_of_many(d, k) || congress_task(d, k, k0))
		return true;
	if (tok_is(d, k - 1, "cho") && purpose_for(d, k - 1))
		return true;
	if (!(ends & MW_BIT(MW_ABOUT)))
		return false;
	/*
	 * "Hội nghị trực tuyến ... về tổng kết 10 năm", "hội nghị nhằm quán
	 * triệt": the topic or purpose of a meeting held
	 */
	return !((tok_is(d, k - 1, "ve") || tok_is(d, k - 1, "nham")) &&
			 meeting_before(d, k - 1));
}

/* spoken_of_at(), read once a token (GbMeetMemo) */
static bool
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
static bool
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
	/* "trưởng, phó các ban xây dựng Đảng Tỉnh ủy": the units they lead */
	if (q > h && tok_is(d, q, "cac") && !tok_has(d, q + 1, T_NL) &&
		gb_dict_match(d, q + 1, CAT_AGENCY, &ph) > 0 && ph->aux != AGENCY_STOP)
		return true;
	return body_at(d, q, &name) > q && name != NULL;
}

/* A working session at k, as work_session() takes it. */
GB_HOT_INLINE bool
session_at(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			m = meetword(d, k, MW_SESSION, &ph);

	return m > 0 && work_session(d, k, m);
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
static bool
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
static bool
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

/*
 * The first year of the term "nhiệm kỳ 2015 - 2020" that follows the
 * congress word ending before k in its sentence, or 0: a congress opens
 * its term, so that is the year it is held.
 */
static int
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
		if (tok_is(d, j, "nhiem") && tok_is(d, j + 1, "ky"))
			return range_from(d, j + 2) ? gb_tok_int(d, j + 2) : 0;
	}
	return 0;
}

/*
 * Where the sentence of token k (a congress, a lead's cue) ends: the next
 * one's start, or hi.
 */
static int
sentence_end_from(const GbDoc *d, int k, int hi)
{
	int			j;

	for (j = k + 1; j < hi; j++)
		if (gb_sentence_break(d, j))
			return j;
	return hi;
}

/* And where it starts, from lo on. */
static int
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
			return strcmp(ph->value, "đại hội") != 0;
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

	for (j = k - 1; j >= 0 && j >= k - CONGRESS_ITEM_BACK; j--)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':'))
			return false;
		if (kind_at(d, j, &ph) > 0)
			return strcmp(ph->value, "đại hội") == 0 && tok_has(d, j, T_UPPER) &&
				(j == 0 || tok_has(d, j, T_NL) || tok_punct(d, j - 1, '.') ||
				 tok_punct(d, j - 1, ','));
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

static void verb_object(const GbDoc *d, int k, Found *f);
static const char *side_event_of(const GbDoc *d, int k);

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
	if (n == s + lv || skip_adverbs(d, n) != v)
		return NULL;
	/* the congress's Party organization, at the same level, unnamed */
	q = k + m + (tok_is(d, k + m, "dai") && tok_is(d, k + m + 1, "bieu") ? 2 : 0);
	if (!(tok_is(d, q, "dang") && tok_is(d, q + 1, "bo")))
		return own;
	if ((e = body_at(d, q, &name)) != q + 2 + lv || gb_dict_match(d, q + 2, CAT_LEVEL, NULL) != lv ||
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

	if (tok_punct(d, k - 1, ',') && tok_is(d, k - 3, "du") && tok_is(d, k - 2, "kien"))
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

/* "thực hiện", "triển khai", "thi hành" at j: a document carried out */
static inline bool
implements_at(const GbDoc *d, int j)
{
	return (tok_is(d, j, "thuc") && tok_is(d, j + 1, "hien")) ||
		(tok_is(d, j, "trien") && tok_is(d, j + 1, "khai")) ||
		(tok_is(d, j, "thi") && tok_is(d, j + 1, "hanh"));
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
 * Whether the review or quán triệt word at k is the topic of another act,
 * not what the meeting does (stop 30 E3): a document's, "(các) văn bản
 * tổng kết", "dự thảo sơ kết"; what is commented on, "cho ý kiến (góp ý)
 * vào tổng kết"; or what a visit checks, "kiểm tra (giám sát) việc quán
 * triệt", also joined to an implementing verb, "kiểm tra việc triển khai,
 * quán triệt Nghị quyết".  The meeting is the session or sitting held.
 */
static bool
kind_topic_of(const GbDoc *d, int k)
{
	int			j = k;

	if ((tok_punct(d, j - 1, ',') || tok_is(d, j - 1, "va")) && implements_at(d, j - 3))
		j -= 3;
	if ((tok_is(d, j - 2, "van") && tok_is(d, j - 1, "ban")) ||
		(tok_is(d, j - 2, "du") && tok_is(d, j - 1, "thao")))
		return true;
	if (tok_is(d, j - 1, "vao") &&
		((tok_is(d, j - 3, "y") && tok_is(d, j - 2, "kien")) ||
		 (tok_is(d, j - 3, "gop") && tok_is(d, j - 2, "y"))))
		return true;
	if (tok_is(d, j - 1, "viec"))
		j--;
	return (tok_is(d, j - 2, "kiem") && tok_is(d, j - 1, "tra")) ||
		(tok_is(d, j - 2, "giam") && tok_is(d, j - 1, "sat"));
}

/*
 * "Hội nghị sinh hoạt chuyên đề quý III và tổng kết ...": a session named
 * right after the plain noun (noun) names the meeting, as "Hội nghị giao
 * ban" does (stop 31 H13).
 */
static inline bool
session_noun_named(const GbDoc *d, int k, const char *noun, const GbPhrase *kind)
{
	return noun == gb_kind_meeting && kind->aux == 0 &&
		strncmp(kind->value, "sinh hoạt", sizeof("sinh hoạt") - 1) == 0 && meeting_noun_before(d, k);
}

/*
 * Kind, organizer, period and scope as first found in tokens [lo, hi), the
 * lead's cue at cue (-1: a headline's, or a sentence's alone).
 */
static void
scan_window(const GbDoc *d, int lo, int hi, int cue, Found *f)
{
	int			k,
				congress_end = -1,	/* the sentence of the congress listed */
				first = -1;		/* the first meeting named, held */

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
			work_session(d, k, mwm) && !meeting_spoken_of(d, k))
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
		congress = km > 0 && strcmp(kind->value, "đại hội") == 0;
		/* a congress only announced names neither the kind nor the body */
		if (congress && cue >= 0)
			aside = announced_aside(d, lo, cue, k, km);
		/*
		 * whether it is spoken of is asked only while it may still be the
		 * first meeting named or give a kind or a noun the window lacks
		 */
		if (km > 0 &&
			(first < 0 || (kind->aux == 1 && !f->kind) || (kind->aux == 0 && !f->noun) ||
			 session_noun_named(d, k, f->noun, kind)) &&
			!meeting_spoken_of(d, k) && !aside)
		{
			if (first < 0)
				first = k;
			if (kind->aux == 1 && !f->kind)
			{
				if (!congress_agenda(d, k) && !(f->noun && speaker_act(d, lo, k)) &&
					!kind_topic_of(d, k))
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
				if (strcmp(f->noun, "đại hội") == 0)
					f->term_year = term_opened(d, k + km, hi);
			}
		}
		if (!f->organizer)
		{
			char	   *o = organizer_at(d, k, true);

			/* not the body of a meeting held during the congress */
			if (o && !(congress_end >= 0 && k >= congress_end && sub_event_at(d, k, hi)))
			{
				const char *held;

				f->organizer = o;
				/*
				 * the meeting its verb takes, not one named before it in
				 * its sentence; a body of a sentence after the cue's whose
				 * verb takes another event ("Chiều 19/5, phiên trù bị Đại
				 * hội ... diễn ra tại ... Trước đó, Sở Văn hóa đã tổ chức
				 * lễ khai mạc triển lãm") holds none of the lead's (probe
				 * 63 G1)
				 */
				if (f->noun && (held = held_noun_after(d, k, hi)) != NULL &&
					strcmp(held, f->noun) != 0)
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
				strcmp(f->noun, "đại hội") == 0)
				congress_end = sentence_end_from(d, k, hi);
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
		period_in(d, lo, hi, &f->period, &f->planned, true);
}

/*
 * A kicker line: "Hội nghị giao ban trực tuyến Ban Tổ chức Trung ương:";
 * *kind gets the meeting's kind it names.
 */
static char *
kicker_listed_by(const GbDoc *d, int head_end, const GbPhrase **kind)
{
	int			k;
	char	   *body;

	/* the group mask first: most words start no meeting kind */
	for (k = 0; k < head_end; k++)
		if ((gb_dict_masks[d->tok[k].grp] & CAT_MEETKIND) &&
			(body = listed_by_at(d, k, kind)) != NULL)
			return body;
	return NULL;
}

static int	heading_start(const GbDoc *d, int k);
static bool heading_subject(const GbDoc *d, int ls, int k);
static bool dated_lead_subject(const GbDoc *d, int k);

/*
 * "Đảng ủy Khối ... vừa tổ chức kiểm điểm, tự phê bình": an activity the
 * news just held, its verb at k (not "đã tổ chức triển khai", a task done
 * over time), is a meeting held, as one the lead names; so is one a line
 * of its own headed by a body reports ("Đảng ủy Công an tỉnh tổ chức
 * quán triệt Nghị quyết ...", probe 48 G3).
 */
static bool
held_activity_verb(const GbDoc *d, int k)
{
	int			m,
				ls = -1;
	bool		vua = tok_is(d, k - 1, "vua") && !tok_has(d, k - 1, T_UPPER);

	/* cheap tests first: most verbs follow no "vừa" and take no activity */
	if (tok_has(d, k, T_NL) || (!vua && tok_has(d, k, T_UPPER)))
		return false;
	if ((m = meetword(d, k, MW_VERB, NULL)) == 0 || tok_has(d, k + m, T_NL) ||
		!meeting_activity(d, k + m))
		return false;
	if (vua)
		return true;
	if ((ls = heading_start(d, k)) >= 0)
		return heading_subject(d, ls, k);
	return dated_lead_subject(d, k);
}

#define HEADING_WORDS	16		/* at most, a heading line inside the text */
#define SAME_DAY_LINES	4		/* lines after a dated one to its "Cùng ngày," */
#define DIRECTIVE_WORDS	12		/* "thực hiện chỉ đạo của Quận ủy Đồ Sơn," before a lead's subject */

/*
 * Where the line of the verb at k starts, a body capitalized opening it a
 * few tokens before; -1 when not.
 */
static int
heading_start(const GbDoc *d, int k)
{
	int			ls;

	for (ls = k - 1; ls > 0 && !tok_has(d, ls, T_NL) && k - ls < ORGANIZER_BACK; ls--)
		;
	if ((ls > 0 && !tok_has(d, ls, T_NL)) || ls < 0 || !gb_tok_capitalized(d, ls) ||
		gb_dict_match(d, ls, CAT_BODY | CAT_BODYHEAD, NULL) == 0)
		return -1;
	return ls;
}

/*
 * "Đảng ủy Công an tỉnh tổ chức quán triệt Nghị quyết 12": the verb at k
 * in a heading of its own, a body opening its line at ls, no stop closing
 * it, few words, no tense, states the activity held as a headline does
 * (probe 48 G3).
 */
static bool
heading_subject(const GbDoc *d, int ls, int k)
{
	int			le = gb_line_end(d, k),
				j,
				words = 0;

	if (tok_punct(d, le - 1, '.') || tok_punct(d, le - 1, ';') || tok_punct(d, le - 1, ':'))
		return false;
	for (j = ls; j < le; j++)
		if (tok_has(d, j, T_WORD) && ++words > HEADING_WORDS)
			return false;
	return gb_headline_sentence(d, ls, le);
}

/*
 * "Chiều 19-5, Huyện ủy Chiêm Hóa đã tổ chức đánh giá 1 năm thực hiện Kết
 * luận 01": the verb at k in a lead whose line opens with a day's date cue
 * ("- Sáng 12-4-2021,"), then a comma and a capitalized body, no sentence
 * closing before the verb, holds the activity as "vừa tổ chức" does
 * (probe 52 G1).  A task set ("Huyện ủy tổ chức triển khai ... trong năm")
 * opens no line with the day it was done.
 */
/*
 * Where the subject starts after a clause of the instruction carried out,
 * "thực hiện (theo) chỉ đạo của Quận ủy Đồ Sơn," or "theo chỉ đạo của ...,"
 * at q, set off by its comma before the verb at k; or q (stop 30 F4).
 */
static int
directive_clause_end(const GbDoc *d, int q, int k)
{
	int			j;

	if (!(tok_is(d, q, "theo") || (tok_is(d, q, "thuc") && tok_is(d, q + 1, "hien"))) ||
		tok_has(d, q, T_UPPER))
		return q;
	for (j = q + 1; j < k && j < q + DIRECTIVE_WORDS; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':') || gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0)
			return q;
		if (tok_punct(d, j, ','))
			return j + 1;
	}
	return q;
}

static bool
dated_lead_subject(const GbDoc *d, int k)
{
	GbDateCue	cue;
	int			ls,
				s,
				j;

	for (ls = k - 1; ls > 0 && !tok_has(d, ls, T_NL) && k - ls < ORGANIZER_BACK + DIRECTIVE_WORDS; ls--)
		;
	if (ls > 0 && !tok_has(d, ls, T_NL))
		return false;
	if (tok_punct(d, ls, '-') && !tok_has(d, ls + 1, T_NL))
		ls++;
	if (!gb_tok_capitalized(d, ls) || !gb_may_start_date_cue(d, ls) ||
		!gb_date_cue(d, ls, &cue) || !cue.has_date || cue.end >= k ||
		!tok_punct(d, cue.end, ','))
		return false;
	s = directive_clause_end(d, cue.end + 1, k);
	if (k - s >= ORGANIZER_BACK || !gb_tok_capitalized(d, s) ||
		gb_dict_match(d, s, CAT_BODY | CAT_BODYHEAD, NULL) == 0)
		return false;
	for (j = s; j < k; j++)
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':'))
			return false;
	return true;
}

/*
 * held_activity_verb() past its most selective test, the group mask, inline:
 * kind_near() asks it of every token it scans
 */
GB_HOT_INLINE bool
held_activity_at(const GbDoc *d, int k)
{
	return gb_dict_may_match(d, k, CAT_VERBSTART) && held_activity_verb(d, k);
}

/*
 * Meeting words around the cursor, for the lead test: the last one before
 * it and the next one from it, found by a pointer that only moves forward.
 */
typedef struct KindCursor
{
	int			prev;
	int			next;
	int			scanned;
} KindCursor;

/*
 * The first Central Committee plenum of the chunk whose results are
 * conveyed, looked for once by plenum_conveyed_before().
 */
typedef struct PlenumSeen
{
	int			at;				/* its token, or -1 */
	int			scanned;		/* the tokens before this have none */
} PlenumSeen;

static bool
kind_near(const GbDoc *d, KindCursor *c, int k, int lo, int hi)
{
	if (c->next < k)
	{
		if (c->next >= 0)
			c->prev = c->next;
		if (c->scanned < k - LEAD_BEFORE)
			c->scanned = k - LEAD_BEFORE;
		c->next = d->ntok;
		for (; c->scanned < d->ntok; c->scanned++)
		{
			if (kind_at(d, c->scanned, NULL) == 0 && !session_at(d, c->scanned) &&
				!held_activity_at(d, c->scanned))
				continue;
			if (c->scanned >= k)
			{
				c->next = c->scanned++;
				break;
			}
			c->prev = c->scanned;
		}
	}
	return (c->prev >= lo && c->prev < k) || c->next < hi;
}

/*
 * Whether the nearest meeting's kind before k, within the clause, is
 * followed by a body completing its name that ends right at k: "Hội nghị
 * Ban Chấp hành Đảng bộ tỉnh ngày 17/9/2022", "Hội nghị Tỉnh ủy ngày ...".
 */
static bool
meeting_of_body_ends_at(const GbDoc *d, int ls, int k)
{
	const char *name;
	int			j,
				n;

	for (j = k - 2; j > ls && j >= k - DATED_BACK; j--)
	{
		if (tok_has(d, j, T_PUNCT))
			return false;
		if ((n = kind_at(d, j, NULL)) > 0)
			return j + n < k && body_at(d, j + n, &name) == k;
	}
	return false;
}

/*
 * "... tại Hội nghị sơ kết công tác dân vận, ngày 12-7-2019": a lower-case
 * "ngày" after a comma dates the meeting named after "tại" in its sentence,
 * or after the working day of it ("ngày làm việc thứ ba của Hội nghị ...,
 * cả ngày 10/5"), unless a document is named in between (then the date is
 * the document's); so does one right after the meeting's kind, "tại hội
 * nghị giao ban ngày 24/9", or after the body whose meeting it is, "Tại
 * Hội nghị Ban Chấp hành Đảng bộ tỉnh ngày 17/9/2022" (probe 55 G7).
 */
static bool
dated_meeting_before(const GbDoc *d, int ls, int k)
{
	int			j,
				c = tok_is(d, k - 1, "ca") && !tok_has(d, k - 1, T_UPPER) ? k - 1 : k;

	if (!tok_is(d, k, "ngay") || (d->tok[k].flags & T_UPPER) ||
		!(tok_punct(d, c - 1, ',') || phrase_ends_at(d, k, CAT_MEETKIND, 0) ||
		  meeting_of_body_ends_at(d, ls, k)))
		return false;
	for (j = c - 2; j > ls && j >= k - DATED_BACK; j--)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':') ||
			gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0)
			return false;
		if ((tok_is(d, j - 1, "tai") || working_day_of(d, j)) && kind_at(d, j, NULL) > 0)
			return true;
	}
	return false;
}

/* "Sau 3 ngày làm việc", "Trải qua hai ngày" at j, opening a sentence: days counted up to a date */
static bool
days_before(const GbDoc *d, int j)
{
	const GbPhrase *ph = NULL;
	int			m;

	if (!tok_has(d, j, T_UPPER) || (m = meetword(d, j, MW_DURATION, &ph)) == 0 ||
		(ph->value && !gb_same_word(d, j, ph)))
		return false;
	j += m;
	/* "Sau hơn 2 ngày", "Sau hai ngày", "Sau 2,5 ngày" */
	if (tok_is(d, j, "hon") || tok_is(d, j, "gan"))
		j++;
	if (tok_has(d, j, T_NUM) && tok_punct(d, j + 1, ',') && tok_has(d, j + 2, T_NUM) &&
		!tok_has(d, j + 2, T_SPACE))
		j += 2;
	if (!tok_has(d, j, T_NUM) && gb_dict_match(d, j, CAT_ORDINAL, NULL) != 1)
		return false;
	return tok_is(d, j + 1, "ngay") || tok_is(d, j + 1, "buoi");
}

/*
 * "Để kịp thời cung cấp thông tin ..., ngày 4/1/2019, tại Hà Nội, Ban ...
 * tổ chức": a lower-case "ngày" after a comma that closes a leading purpose
 * clause ("Để", "Nhằm") dates the main clause, unless a document is named in
 * the purpose (then the date may be the document's).  So does one after
 * the days of work that led up to it, "Sau 3 ngày làm việc (khẩn trương),
 * ngày 05-8, Đại hội ... bế mạc".
 */
static bool
after_purpose(const GbDoc *d, int ls, int k)
{
	int			j;

	if (!tok_is(d, k, "ngay") || (d->tok[k].flags & T_UPPER) || !tok_punct(d, k - 1, ','))
		return false;
	for (j = k - 2; j >= ls && j >= k - AGENDA_BACK; j--)
	{
		if (tok_punct(d, j, ';') || tok_punct(d, j, ':') ||
			gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0)
			return false;
		if (j == ls || (tok_punct(d, j - 1, '.') && gb_sentence_break(d, j)))
			return ((tok_is(d, j, "de") || tok_is(d, j, "nham")) && tok_has(d, j, T_UPPER)) ||
				days_before(d, j);
	}
	return false;
}

/*
 * Whether the sentence of token k opens the line that starts at ls: the
 * lead's, where "tổ chức quán triệt" is a meeting held (meeting_activity()).
 */
static bool
opens_paragraph(const GbDoc *d, int ls, int k)
{
	int			j;

	for (j = k - 1; j > ls && j >= k - AGENDA_BACK; j--)
		if (tok_punct(d, j, '.') && gb_sentence_break(d, j + 1))
			return false;
	return j == ls;
}

/*
 * "về việc Hướng dẫn nội dung ...": a document's kind at j that is the
 * subject of the one cited before, capitalized as titles are, no document
 * of its own
 */
static inline bool
topic_of_document(const GbDoc *d, int j)
{
	if (tok_is(d, j - 1, "viec") && !tok_has(d, j - 1, T_UPPER))
		j--;
	return tok_is(d, j - 1, "ve") && !tok_has(d, j - 1, T_UPPER) && gb_exact_any(d, j - 1, "về");
}

/*
 * Whether the document named at j goes on with its clause before k, whose
 * issuer ("của") or subject ("về") in lower case: "Thực hiện Công văn số
 * 29-CV/BXDĐ của Ban Xây dựng Đảng xã về việc ..., ngày 04/10/2025, Chi
 * bộ ... tổ chức": a date set off after that clause is not the document's,
 * which follows its number ("Kế hoạch số 15-KH/HU, ngày 06/01/2021") or is
 * issued ("ban hành ngày") (stop 31 L-e41).
 */
static bool
doc_clause_between(const GbDoc *d, int j, int k)
{
	int			i;
	bool		clause = false;

	for (i = j + 1; i < k; i++)
	{
		if (tok_is(d, i, "ban") && tok_is(d, i + 1, "hanh"))
			return false;
		if (((tok_is(d, i, "cua") && gb_exact_any(d, i, "của")) ||
			 (tok_is(d, i, "ve") && gb_exact_any(d, i, "về"))) && !tok_has(d, i, T_UPPER))
			clause = true;
	}
	return clause;
}

/*
 * "Thực hiện Kế hoạch số 74/KH-CTĐ ngày 25/02/2016 ...; Công văn số ...
 * ngày 15/6/2016 về ..., ngày 1/7/2016, tại TP. Đông Hà, Cụm thi đua ...
 * tổ chức Hội nghị sơ kết": a lower-case "ngày" set off by commas dates
 * the clause after it when that clause's verb holds a meeting ("tổ chức
 * Hội nghị"), its subject only a place and a body, no document or topic
 * ("về", "phục vụ") in between; the dates before belong to the documents.
 * In the sentence opening its paragraph, an activity held does as a
 * meeting does: "..., ngày 22/8/2019 Đảng ủy ... tổ chức quán triệt".
 * The document named last before the date must have its own date: in
 * "Để thực hiện Kế hoạch số 15-KH/HU, ngày 06/01/2021, ..." the date set
 * off may be the plan's.  k is the date's "ngày", q the token after the
 * comma that ends it.
 */
static bool
dates_meeting_clause(const GbDoc *d, int ls, int k, int q, int le)
{
	const GbPhrase *ph = NULL;
	int			j,
				m,
				end;
	bool		dated = false,
				has_year;
	GbDate		dt;

	for (j = k - 2; j >= ls && j >= k - AGENDA_BACK; j--)
	{
		if (tok_punct(d, j, '.') && gb_sentence_break(d, j + 1))
			break;
		if (!dated && may_start_date(d, j) && gb_parse_date(d, j, &end, &dt, &has_year) &&
			end <= k && has_year)
			dated = true;
		/* a document cited is capitalized: not "thông báo kế hoạch tổ chức" */
		if (gb_tok_capitalized(d, j) && gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0 &&
			!topic_of_document(d, j))
		{
			if (!dated && !doc_clause_between(d, j, k))
				return false;
			break;
		}
	}

	for (j = q; j < le && j < q + DATED_BACK; j++)
	{
		if (tok_punct(d, j, '.') && gb_sentence_break(d, j + 1))
			return false;
		if (tok_punct(d, j, ';') || tok_punct(d, j, ':') || tok_has(d, j, T_NL) ||
			gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0 || kind_at(d, j, NULL) > 0)
			return false;
		if ((m = meetword_longest(d, j, &ph)) > 0)
		{
			if (ph->aux == MW_ABOUT)
				return false;
			if (ph->aux == MW_VERB)
				return j > q && (meeting_object(d, j + m) ||
								 (meeting_activity(d, j + m) && opens_paragraph(d, ls, k)));
		}
	}
	return false;
}

/*
 * The clause a date set off by a comma before it dates starts at e, the
 * token after the date: after a second comma, or, as often written, right
 * away with its subject or place, "..., ngày 22/8/2019 Đảng ủy Viện kiểm
 * sát ... tổ chức Hội nghị", "..., ngày 5/9 tại Hội trường ...".  A
 * lower-case word there ("ngày 03/8/2019 của Đảng ủy khối") goes on about
 * the date's own document.
 */
static inline bool
clause_after_date(const GbDoc *d, int e, int le)
{
	return e < le && !tok_has(d, e, T_NL) &&
		(tok_punct(d, e, ',') || gb_tok_capitalized(d, e) || tok_is(d, e, "tai"));
}

/*
 * "Ngày 14/10, Ban Chấp hành Trung ương đã ra Thông báo ...": the clause of
 * the cue ending at k issues a document before it names a meeting, so the
 * date is the document's.
 */
static bool
issues_document(const GbDoc *d, int k, int le)
{
	int			j,
				m;

	for (j = k; j < le && j < k + ISSUE_AHEAD; j++)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || kind_at(d, j, NULL) > 0 ||
			meetword(d, j, MW_VERB, NULL) > 0)
			return false;
		if ((m = gb_dict_match(d, j, CAT_ISSUEVERB, NULL)) > 0 &&
			gb_dict_match(d, j + m, CAT_DOCTYPE, NULL) > 0)
			return true;
	}
	return false;
}

/*
 * "Hội nghị quyết định triệu tập Đại hội ... từ ngày 20-28/1/2016": a date
 * in the sentence of a meeting decided on ("quyết định triệu tập", "quyết
 * định tổ chức") and after it is that meeting's, one still to come.
 */
static bool
decided_meeting_before(const GbDoc *d, int ls, int k)
{
	int			j,
				v;

	for (j = k - 1; j > ls && j >= k - DATED_BACK; j--)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':') ||
			tok_has(d, j + 1, T_NL))
			return false;
		if (kind_at(d, j, NULL) == 0)
			continue;
		/* the nearest meeting before the date: decided on, or not */
		v = j - 2;
		return meetword(d, v, MW_VERB, NULL) == 2 && tok_is(d, v - 1, "dinh") &&
			tok_is(d, v - 2, "quyet") && !tok_has(d, v - 2, T_UPPER);
	}
	return false;
}

/*
 * Whether the meeting planned by the verb at v ("Đại hội ... sẽ diễn ra")
 * is another than one the report has named before its sentence: "Chiều
 * cùng ngày, Hội nghị Ban Chấp hành ... đã diễn ra. ... Đại hội ... sẽ diễn
 * ra từ ngày 25 đến ngày 27/8" (probe 45 G2).  A report of the coming
 * congress alone ("Đại hội Đảng bộ tỉnh sẽ diễn ra từ ngày 12-15/11") is
 * dated by its days (Y9, probe 17).
 */
static bool
planned_other_meeting(const GbDoc *d, int ls, int v)
{
	const GbPhrase *ph = NULL;
	const char *planned = NULL;
	int			s = sentence_start_of(d, ls, v),
				j;

	for (j = v - 1; j >= s && planned == NULL; j--)
		if (kind_at(d, j, &ph) > 0)
			planned = ph->value;
	if (planned == NULL)
		return false;
	for (j = 0; j < s; j++)
		if (kind_at(d, j, &ph) > 0 && strcmp(ph->value, planned) != 0)
			return true;
	return false;
}

/*
 * "Tỉnh ủy thống nhất sẽ tổ chức vào sáng ngày 29/8", "Hội nghị dự kiến
 * (được) tổ chức vào ngày 5/9", "Đại hội ... sẽ diễn ra từ ngày 25 đến
 * ngày 27/8": the meeting's verb in the future right before the date (its
 * "ngày" at k), in the line that starts at ls.  Returns the verb's first
 * token, or -1; *days: the date gives the meeting's days ("từ ngày", "trong
 * 2 ngày"), not the day it is held on ("vào ngày").
 */
static int
planned_verb(const GbDoc *d, int ls, int k, bool *days)
{
	int			v = k - 1;

	*days = false;
	if (tok_is(d, v, "vao"))
		v--;
	/* "từ ngày 25 đến ngày 27/8", "dự kiến diễn ra trong 2 ngày 14 và 15/7" */
	else if (tok_is(d, v, "tu"))
	{
		v--;
		*days = true;
	}
	else if (tok_is(d, v - 1, "trong") && !tok_has(d, v, T_NL) &&
			 (tok_has(d, v, T_NUM) || gb_dict_match(d, v, CAT_COUNTWORD, NULL) == 1))
	{
		v -= 2;
		*days = true;
	}
	/* the verb's two words end at v: "tổ chức", "triệu tập", "diễn ra" */
	v--;
	if (v <= ls || (meetword(d, v, MW_VERB, NULL) != 2 &&
					!(tok_is(d, v, "dien") && tok_is(d, v + 1, "ra"))))
		return -1;
	if (tok_is(d, v - 1, "duoc"))
		v--;
	if (!((tok_is(d, v - 1, "se") && gb_exact_any(d, v - 1, "sẽ")) ||
		  (tok_is(d, v - 2, "du") && tok_is(d, v - 1, "kien"))))
		return -1;
	return v;
}

/*
 * A date after a meeting's verb in the future (planned_verb()) is that of
 * a meeting still planned, which the report prepares, not of the one it
 * reports.  Only a date inside its sentence: a cue opening the lead ("Ngày
 * mai (15/10), Bộ Quốc phòng sẽ tổ chức") is the report's meeting,
 * announced.  The planned days are rejected only when the report has told
 * of another meeting before (planned_other_meeting()).
 */
static bool
planned_date_before(const GbDoc *d, int ls, int k)
{
	bool		days;
	int			v = planned_verb(d, ls, k, &days);

	return v >= 0 && (!days || planned_other_meeting(d, ls, v));
}

/*
 * Whether a verb that holds the meeting ends just before p: "tổ chức",
 * "khai mạc", or, of two words or more, "diễn ra", "được tổ chức" (not
 * "đã" or "được" alone).
 */
static bool
held_verb_ends_at(const GbDoc *d, int p)
{
	return phrase_ends_at(d, p, CAT_MEETWORD, MW_VERB) ||
		(phrase_ends_at(d, p, CAT_MEETWORD, MW_HELD) && meetword(d, p - 2, MW_HELD, NULL) == 2) ||
		meetword(d, p - 3, MW_HELD, NULL) == 3;
}

/*
 * Whether the clause before v, the start of a date's words in the line
 * from ls, holds the meeting the date at k dates: the verb that holds it
 * ends right there, or the meeting held is named in the clause, no
 * document, year or other name in between (held_date_after()).
 */
static bool
held_before(const GbDoc *d, int ls, int v, int k)
{
	int			j;

	if (v - 1 <= ls || tok_has(d, v, T_NL))
		return false;
	if (held_verb_ends_at(d, v))
		return true;
	for (j = v - 1; j > ls && j >= k - DATED_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || (tok_has(d, j, T_PUNCT) && !tok_punct(d, j, '-')) ||
			gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0 ||
			(tok_has(d, j, T_NUM) && tok_is(d, j + 1, "nam")) ||
			(gb_dict_match(d, j, CAT_NAMESTOP, NULL) == 1 && !tok_is(d, j, "nam")) ||
			gb_dict_match(d, j, CAT_PREPOSITION, NULL) == 1)
			return false;
		if (kind_at(d, j, NULL) > 0 && held_by_verb(d, j))
			return true;
	}
	return false;
}

/*
 * "Hội nghị diễn ra ngày 26/12/2024", "... được tổ chức ngày 4/12/2013",
 * "diễn ra trong 2 ngày (26 - 27/12)", "Tỉnh ủy tổ chức hội nghị tổng kết
 * công tác năm 2024 ngày 26/12/2024": a lower-case "ngày" at k right after
 * the verb that holds the meeting, or after the meeting held, in its
 * clause, dates it as "vào ngày" does (probe 49 G2).  A document named in
 * between owns the date ("tổ chức hội nghị quán triệt Chỉ thị 35 ngày
 * ..."), and so does an anniversary counted in years ("kỷ niệm 50 năm ...
 * ngày 30/4/1975"); a word that ends a name ("từ", "trước", "của") ends
 * the meeting's: "tiến hành Đại hội từ ngày 2/6" starts a season, "tổ
 * chức đại hội trước ngày 30/6" sets a deadline ("năm 2024" goes on with
 * the work reviewed).
 */
static bool
held_date_after(const GbDoc *d, int ls, int k)
{
	int			v = k;

	if (!tok_is(d, k, "ngay") || (d->tok[k].flags & T_UPPER))
		return false;
	/* "trong ngày 26/12", "trong 2 ngày (26 - 27/12)", "trong hai ngày" */
	if (tok_is(d, v - 1, "trong"))
		v--;
	else if (tok_is(d, v - 2, "trong") && !tok_has(d, v - 1, T_NL) &&
			 (tok_has(d, v - 1, T_NUM) || gb_dict_match(d, v - 1, CAT_COUNTWORD, NULL) == 1))
		v -= 2;
	return held_before(d, ls, v, k);
}

/* Whether "Trung ương" comes in the few words after p: "Hội nghị Trung ương 7", "lần thứ 9 Ban Chấp hành Trung ương" */
static bool
central_name_at(const GbDoc *d, int p)
{
	int			j;

	for (j = p; j < d->ntok && j < p + CENTRAL_NAME_WORDS; j++)
	{
		if (tok_has(d, j, T_NL) || (tok_has(d, j, T_PUNCT) && !tok_punct(d, j, '(')))
			return false;
		if (tok_is(d, j, "trung") && tok_is(d, j + 1, "uong"))
			return true;
	}
	return false;
}

/*
 * Whether the results or a document of the meeting at j are conveyed:
 * "kết quả (quan trọng của) Hội nghị Trung ương 7", "Nghị quyết Hội nghị
 * lần thứ 9 Ban Chấp hành Trung ương".
 */
static bool
conveyed_at(const GbDoc *d, int j)
{
	int			b;

	for (b = j - 1; b >= 0 && b >= j - RESULTS_BACK && !tok_has(d, b + 1, T_NL); b--)
		if ((tok_is(d, b, "ket") && tok_is(d, b + 1, "qua")) ||
			gb_dict_match(d, b, CAT_DOCTYPE, NULL) > 0)
			return true;
	return false;
}

/*
 * Whether a Central Committee plenum whose results are conveyed is named
 * before k.  The first one is looked for once, from where the last call
 * left off: each token is tested once however many cues ask.
 */
static bool
plenum_conveyed_before(const GbDoc *d, PlenumSeen *ps, int k)
{
	for (; ps->at < 0 && ps->scanned < k; ps->scanned++)
		if (kind_at(d, ps->scanned, NULL) > 0 && central_name_at(d, ps->scanned) &&
			conveyed_at(d, ps->scanned))
			ps->at = ps->scanned;
	return ps->at >= 0 && ps->at < k;
}

/*
 * Whether a lower-case cue at k dates a meeting whose results the report
 * conveys: "kết quả quan trọng của Hội nghị Trung ương 7 (khoá XI), họp
 * từ ngày 02/5 ...", "kết quả Hội nghị Ban Thường vụ Tỉnh ủy họp ngày
 * 10/7/2023", or a Central Committee plenum named so before, "thông báo
 * nhanh kết quả Hội nghị Trung ương 7 (khoá XI). Hội nghị Trung ương 7
 * họp từ ngày 02/5 đến ngày 11/5/2013".  That meeting is over, another
 * passes on what it decided; its days are not that one's (probe 57 G3).
 */
static bool
conveyed_meeting_dated(const GbDoc *d, PlenumSeen *ps, int ls, int k)
{
	const GbPhrase *ph = NULL;
	int			v = tok_is(d, k - 1, "tu") ? k - 2 : k - 1,
				s,
				j;

	/*
	 * "họp (từ) ngày ...": the date is what the verb "họp" tells; the
	 * sentence's start is looked for only then
	 */
	if ((d->tok[k].flags & T_UPPER) || v < ls || kind_at(d, v, &ph) != 1 || !is_hop(ph) ||
		v < (s = sentence_start_of(d, ls, k)))
		return false;
	/* the sitting named before it */
	for (j = v - 1; j >= s && j >= k - DATED_BACK; j--)
		if (kind_at(d, j, &ph) > 0 && !is_hop(ph))
			return conveyed_at(d, j) ||
				(central_name_at(d, j) && plenum_conveyed_before(d, ps, k));
	return false;
}

/*
 * Whether the meeting named at j, capitalized, is a Central Committee
 * plenum whose results are conveyed, or one a plenum so conveyed is named
 * before from lo: "thông báo nhanh kết quả Hội nghị Trung ương 10. ...
 * Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XII".
 */
static bool
conveyed_plenum_at(const GbDoc *d, int lo, int j)
{
	int			b;

	if (!gb_tok_capitalized(d, j) || !central_name_at(d, j))
		return false;
	for (b = j; b >= lo; b--)
		if (kind_at(d, b, NULL) > 0 && gb_tok_capitalized(d, b) && central_name_at(d, b) &&
			conveyed_at(d, b))
			return true;
	return false;
}

/*
 * Whether the period at k is on the agenda of a plenum whose results the
 * report conveys (conveyed_plenum_at()), from lo on: the nearest meeting
 * named before it in its sentence is that plenum, and so is the first,
 * the sentence's subject: "Từ ngày 16 đến ngày 18-5, Hội nghị lần thứ 10
 * Ban Chấp hành Trung ương Đảng khóa XII đã họp bàn về ...; báo cáo công
 * tác kiểm tra, giám sát năm 2018"; or the nearest is "Hội nghị" opening
 * the sentence, "(đã) họp ...", right after the sentence that names that
 * plenum last.  That meeting's agenda is not the report's, as its days
 * are not (conveyed_meeting_dated()) (probe a G6, probe b G4).  A review
 * named nearer ("tổ chức hội nghị thông báo kết quả Hội nghị Trung ương 9
 * và tổng kết công tác năm 2018") is the report's.
 */
static bool
conveyed_agenda(const GbDoc *d, int lo, int k)
{
	const GbPhrase *ph = NULL;
	int			j,
				s,
				n = 0,
				v;

	/* the nearest meeting, past the verb "họp" */
	for (j = k - 1; j >= lo; j--)
	{
		if ((n = kind_at(d, j, &ph)) > 0 && !is_hop(ph))
			break;
		if (gb_sentence_break(d, j))
			return false;
	}
	if (j < lo || !gb_tok_capitalized(d, j))
		return false;
	if (conveyed_plenum_at(d, lo, j))
	{
		/* the first meeting of the sentence, its subject */
		for (s = j; s > lo && !gb_sentence_break(d, s); s--)
			if (kind_at(d, s - 1, &ph) > 0 && !is_hop(ph))
				j = s - 1;
		return conveyed_plenum_at(d, lo, j);
	}
	/* the bare noun opening its sentence, whose verb is "họp" */
	v = tok_is(d, j + n, "da") ? j + n + 1 : j + n;
	if (j <= lo || !gb_sentence_break(d, j) || kind_at(d, v, &ph) <= 0 || !is_hop(ph))
		return false;
	for (s = j - 1; s >= lo; s--)
	{
		if (kind_at(d, s, &ph) > 0 && !is_hop(ph))
			return conveyed_plenum_at(d, lo, s);
		if (gb_sentence_break(d, s))
			break;
	}
	return false;
}

/*
 * The first token of a clock time that ends right before k: "14 giờ", "7
 * giờ 30 phút", "14 giờ 00", "14h", "14h30", "14:00", with "(vào) lúc" or
 * "(bắt đầu) từ" before it; -1 when none does.
 */
static int
clock_start(const GbDoc *d, int k)
{
	int			j = k - 1;

	if (tok_is(d, j, "phut"))
		j--;
	/* the minutes: "30 phút", "14h30", "14:00" */
	if (tok_has(d, j, T_NUM) && (tok_is(d, j - 1, "gio") || tok_is(d, j - 1, "h") ||
								 tok_punct(d, j - 1, ':')))
		j--;
	else if (j < k - 1 || tok_punct(d, j, ':'))
		return -1;
	if (!(tok_is(d, j, "gio") || tok_is(d, j, "h") || tok_punct(d, j, ':')) ||
		!tok_has(d, j - 1, T_NUM) || d->tok[j - 1].len > 2 || gb_tok_int(d, j - 1) > 24)
		return -1;
	j--;
	if (tok_is(d, j - 1, "luc") || tok_is(d, j - 1, "tu"))
		j--;
	if (tok_is(d, j - 1, "vao"))
		j--;
	return j;
}

/*
 * Whether the lower-case "ngày" at k, after a clock time, dates the
 * meeting: "tổ chức Hội nghị ... vào lúc 14 giờ ngày 15/12/2023", "khai
 * mạc 14 giờ 00 phút, ngày 15/12/2023", "Vào lúc 14 giờ ngày 15/12/2023,
 * Ban Thường vụ ...": the date is the clock's, which is read as "vào ngày"
 * is, dates the meeting held before it, or opens the sentence as "Ngày
 * ..." does (probe 61 G2).
 */
static bool
clock_dates_meeting(const GbDoc *d, int ls, int k)
{
	int			c = clock_start(d, tok_punct(d, k - 1, ',') ? k - 1 : k);

	if (c < 0 || tok_has(d, k, T_NL))
		return false;
	if (d->tok[c].flags & T_UPPER)
		return c == ls || gb_sentence_break(d, c);
	/* "vào lúc 14 giờ ngày ...", "lúc 8h30 ngày ...": as "vào ngày ..." */
	return tok_is(d, c, "vao") || tok_is(d, c, "luc") || held_before(d, ls, c, k);
}

/*
 * Whether the line from ls is a notice's time field, "2. Thời gian: ½
 * ngày, bắt đầu từ 7 giờ 30 phút, ngày 21 tháng 7 năm 2022", "- Thời gian:
 * 01 buổi, khai mạc lúc 14 giờ ngày 15/12/2023", the date at k after its
 * label: the meeting the notice names before it is held then (probe 61
 * G2).
 */
static bool
time_field_at(const GbDoc *d, int ls, int k)
{
	int			j = ls;

	/* the item's number or dash */
	while (j < k && j < ls + 3 && !tok_has(d, j, T_WORD))
		j++;
	return tok_is(d, j, "thoi") && tok_is(d, j + 1, "gian") && tok_punct(d, j + 2, ':') &&
		j + 2 < k;
}

/*
 * Whether a meeting is named in the lines before ls, a notice's fields
 * ("1. Nội dung Hội nghị:", a list of its items) between: the one whose
 * time field follows.
 */
static bool
meeting_named_before(const GbDoc *d, int ls)
{
	int			j;

	for (j = ls - 1; j >= 0 && j >= ls - FIELD_BACK; j--)
		if (kind_at(d, j, NULL) > 0)
			return true;
	return false;
}

/*
 * The lower-case "ngày" at k read as the meeting's date after a clock time
 * or on a notice's time field, into cue; *field: on a time field.  Kept out
 * of lead_cue(), whose other tests most cues pass or fail first.
 */
static __attribute__((noinline)) bool
clock_or_field_cue(const GbDoc *d, int ls, int k, GbDateCue *cue, bool *field)
{
	return ((*field = time_field_at(d, ls, k)) || clock_dates_meeting(d, ls, k)) &&
		gb_date_cue_ngay(d, k, cue);
}

/*
 * Whether "vào ngày" at k follows right on a name: "tổ chức Hội nghị quán
 * triệt Nghị quyết Trung ương 8 vào ngày 15/12/2023".  A document is dated
 * by "ngày" alone, or by a verb before "vào" ("ban hành vào ngày", "có
 * hiệu lực vào ngày"); the date after its name so is the meeting's (probe
 * 61 G2).
 */
static inline bool
dated_after_name(const GbDoc *d, int k)
{
	return tok_is(d, k - 1, "vao") && !(d->tok[k - 1].flags & (T_UPPER | T_NL)) &&
		(gb_tok_capitalized(d, k - 2) || tok_has(d, k - 2, T_NUM) || tok_punct(d, k - 2, ')'));
}

/*
 * Whether one of the few lines after the one ending at le opens with
 * "Cùng ngày," or "Cũng trong ngày," and names a meeting before token hi:
 * a round-up's next event, in a paragraph of its own, on the day the lines
 * before gave ("Ngày 3/4, ông A trao quyết định ... / Cùng ngày, UBND tỉnh
 * tổ chức hội nghị ..."), which that line's meeting dates as in one
 * paragraph (stop 30 G11).  Only that line's own words count: a meeting
 * named in the lines between is another matter.
 */
static bool
same_day_meeting(const GbDoc *d, int le, int hi)
{
	int			s = le,
				n,
				q,
				e,
				j;

	for (n = 0; n < SAME_DAY_LINES && s < d->ntok; n++, s = gb_line_end(d, s))
	{
		GbDateCue	other;

		q = s;
		/* a line dated anew: the day "Cùng ngày" refers to is its own */
		if (gb_may_start_date_cue(d, q) && gb_date_cue(d, q, &other) && other.has_date)
			return false;
		if (!tok_has(d, q, T_UPPER) || !tok_is(d, q, "cung"))
			continue;
		if (tok_is(d, q + 1, "trong"))
			q++;
		if (!tok_is(d, q + 1, "ngay") || !tok_punct(d, q + 2, ',') || tok_has(d, q + 1, T_NL))
			continue;
		e = gb_line_end(d, s);
		if (e > hi)
			e = hi;
		for (j = q + 3; j < e; j++)
			if (kind_at(d, j, NULL) > 0 || session_at(d, j) || held_activity_at(d, j))
				return true;
		return false;
	}
	return false;
}

/*
 * A cue that opens the lead: not a dateline, not a cited document's date.
 * *decided: the token of the last date of a meeting decided on, whose line
 * goes on about it ("Trong đó, phiên khai mạc vào ngày 21/1"), or -1.
 */
GB_HOT_INLINE bool
lead_cue(const GbDoc *d, KindCursor *kc, PlenumSeen *ps, int ls, int le, int k, GbDateCue *cue,
		 int *decided)
{
	int			j;
	bool		field = false;	/* the date of a notice's time field */

	/*
	 * Where no cue can start, the cue is left empty as gb_date_cue() leaves
	 * it: gb_meet_finish() reads it even when no lead was found.
	 */
	if (!gb_may_start_date_cue(d, k))
	{
		memset(cue, 0, sizeof(*cue));
		return false;
	}
	if (!gb_date_cue(d, k, cue) &&
		!(dated_meeting_before(d, ls, k) && gb_date_cue_ngay(d, k, cue)) &&
		!(after_purpose(d, ls, k) && gb_date_cue_ngay(d, k, cue) && tok_punct(d, cue->end, ',')) &&
		!(held_date_after(d, ls, k) && gb_date_cue_ngay(d, k, cue)) &&
		!(tok_is(d, k, "ngay") && !(d->tok[k].flags & T_UPPER) &&
		  clock_or_field_cue(d, ls, k, cue, &field)) &&
		!(tok_is(d, k, "ngay") && !(d->tok[k].flags & T_UPPER) && tok_punct(d, k - 1, ',') &&
		  gb_date_cue_ngay(d, k, cue) && clause_after_date(d, cue->end, le) &&
		  dates_meeting_clause(d, ls, k, tok_punct(d, cue->end, ',') ? cue->end + 1 : cue->end, le)))
		return false;
	/*
	 * "Quyết định số 147 Ngày 14/5": a document's date; not one that ends
	 * the sentence before, "... cụ thể hóa Nghị quyết. Ngày 20/5/2024,
	 * Đảng ủy xã tổ chức ...", which opens a sentence of its own (probe 56
	 * G5)
	 */
	for (j = k - 1; j >= ls && j >= k - 8 && !cue->time_of_day && !sentence_end(d, j); j--)
		if (gb_dict_match(d, j, CAT_DOCTYPE, NULL) > 0)
		{
			if (!dated_after_name(d, k))
				return false;
			break;
		}
	if (issues_document(d, cue->end, le))
		return false;
	if (!(d->tok[k].flags & T_UPPER) &&
		(*decided >= ls || decided_meeting_before(d, ls, k) || planned_date_before(d, ls, k)))
	{
		*decided = k;
		return false;
	}
	if (conveyed_meeting_dated(d, ps, ls, k))
		return false;
	/* a time field: the meeting named in the lines before */
	if (field)
		return meeting_named_before(d, ls);
	if (kind_near(d, kc, k, k - LEAD_BEFORE > ls ? k - LEAD_BEFORE : ls,
				  k + LEAD_AFTER < le ? k + LEAD_AFTER : le))
		return true;
	return cue->has_date && same_day_meeting(d, le, k + LEAD_AFTER);
}

/* Where "do" ("Hội nghị do ... tổ chức") comes a few tokens before k in its line, or -1. */
static int
do_before(const GbDoc *d, int k)
{
	int			j;

	for (j = k - 1; j >= 0 && j >= k - ORGANIZER_BACK && !(d->tok[j + 1].flags & T_NL); j--)
		if (is_do(d, j))
			return j;
	return -1;
}

/* Whether "do" comes a few tokens before k in its line: see do_before(). */
static inline bool
passive_before(const GbDoc *d, int k)
{
	return do_before(d, k) >= 0;
}

/* Where k's line starts, or k - back if that comes after it. */
static int
line_floor(const GbDoc *d, int k, int back)
{
	int			j;

	for (j = k; j > 0 && j > k - back && !(d->tok[j].flags & T_NL); j--)
		;
	return j;
}

static char *
organizer_verb_before(const GbDoc *d, int ls, int k)
{
	const GbPhrase *ph = NULL;
	int			m = meetword(d, k, MW_VERB, NULL),
				j;
	char	   *o;
	bool		held = false;

	/* cheap tests first: bodies are parsed only before a meeting verb */
	if (m == 0 && (kind_at(d, k, &ph) == 0 || !is_hop(ph)))
		return NULL;
	if (m > 0 && held_activity_at(d, k))
		held = true;
	else if (m > 0 && !meeting_object(d, k + m) && !passive_before(d, k))
		return NULL;
	/* "... nhằm tiến hành đại hội", "trước khi tổ chức": a meeting spoken of */
	if (m > 0 && phrase_ends_at(d, k, CAT_MEETWORD, MW_ABOUT))
		return NULL;
	if (ls < 0)
		ls = line_floor(d, k, ORGANIZER_BACK);
	for (j = k - ORGANIZER_BACK > ls ? k - ORGANIZER_BACK : ls; j < k; j++)
		if ((o = organizer_at(d, j, held)) != NULL)
			return o;
	return NULL;
}

/*
 * An organizer whose verb is at k: the body starts a few tokens before, in
 * the line that starts at ls (-1: not known yet).  The verb is a meeting
 * verb or "họp", which most tokens cannot start (CAT_VERBSTART).
 */
static inline char *
organizer_before(const GbDoc *d, int ls, int k)
{
	return gb_dict_may_match(d, k, CAT_VERBSTART) ? organizer_verb_before(d, ls, k) : NULL;
}

/*
 * "tổ chức Hội nghị [trực tuyến] [toàn quốc] quán triệt ..." after the
 * verb at k: the kind and scope are those of the meeting phrase it takes.
 */
static void
verb_object(const GbDoc *d, int k, Found *f)
{
	const GbPhrase *ph = NULL;
	int			q = k + meetword(d, k, MW_VERB, NULL),
				m,
				words;

	if (q == k)
		return;
	q = past_article(d, q);
	if ((m = kind_at(d, q, &ph)) == 0)
		return;
	if (ph->aux == 1)
	{
		f->kind = ph->value;
		return;
	}
	f->noun = ph->value;
	for (q += m, words = 0; words < 4; words++)
	{
		if ((m = kind_at(d, q, &ph)) > 0)
		{
			if (ph->aux == 1)
				f->kind = ph->value;
			return;
		}
		if ((m = meetword_longest(d, q, &ph)) == 0 ||
			(ph->aux != MW_ONLINE && ph->aux != MW_SCOPE))
			return;
		if (ph->aux == MW_SCOPE)
			f->scope = (char *) ph->value;
		q += m;
	}
}

/*
 * "Tại hội nghị này, ..., Hội LHPN huyện đã tổ chức họp mặt ...": an event
 * held at the meeting named where the sentence of its verb (at k) opens is
 * a side event of that meeting, which stays the one reported.  Returns the
 * meeting's noun, or NULL.
 */
static const char *
side_event_of(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j,
				m;

	for (j = k - 1; j > 0 && j > k - SIDE_EVENT_BACK && !tok_has(d, j, T_NL) &&
		 !(tok_punct(d, j - 1, '.') && gb_sentence_break(d, j)); j--)
		;
	if (!tok_is(d, j, "tai") || !tok_has(d, j, T_UPPER) || (m = kind_at(d, j + 1, &ph)) == 0 ||
		ph->aux != 0)
		return NULL;
	j += 1 + m;
	j += meetword(d, j, MW_THIS, NULL);
	return tok_punct(d, j, ',') ? ph->value : NULL;
}

/*
 * "Công đoàn ngành vừa tổ chức giao ban", "... đã tổ chức sơ kết": a
 * meeting of a kind (not a bare noun, "hội nghị") said held, after a mark
 * of the past, by a subject that names no body read.  Its kind, or NULL.
 */
static const char *
held_kind_at(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			m;

	if (!(tok_is(d, k - 1, "vua") || tok_is(d, k - 1, "da")) || tok_has(d, k - 1, T_UPPER) ||
		tok_has(d, k, T_NL) || (m = meetword(d, k, MW_VERB, NULL)) == 0 ||
		kind_at(d, k + m, &ph) == 0 || ph->aux != 1 || tok_has(d, k + m, T_NL))
		return NULL;
	return ph->value;
}

/*
 * "Tổng Bí thư chủ trì buổi làm việc với Ban Tổ chức Trung ương", "đã có
 * buổi làm việc với ...": a working session at k that someone chairs or
 * has is one held, whoever its subject; its kind, or NULL.
 */
static const char *
session_held_at(const GbDoc *d, int k)
{
	int			v = tok_is(d, k - 1, "co") ? k - 1 :
		tok_is(d, k - 2, "chu") && tok_is(d, k - 1, "tri") ? k - 2 : -1;

	/* "sẽ chủ trì buổi làm việc": a session to come */
	if (v < 0 || tok_is(d, v - 1, "se") || tok_has(d, k, T_NL) || !session_at(d, k))
		return NULL;
	return "làm việc";
}

/* Notes the meeting (kind or noun) at j as one the clause of any.organizer holds. */
static void
note_object_kind(GbMeetState *st, const GbDoc *d, int j)
{
	const GbPhrase *ph = NULL;

	if (st->nany_objects < OBJECT_KINDS && kind_at(d, j, &ph) > 0)
	{
		st->any_objects[st->nany_objects++] = ph->value;
		st->any_object_noun = st->any_object_noun || ph->aux == 0;
		st->any_object_read = true;
	}
}

/*
 * The meetings the clause of the organizer found anywhere holds, its verb
 * at k: "Hội thao do Bộ Chỉ huy Quân sự tỉnh tổ chức", the object before
 * "do", read back to the clause's start; "đã tổ chức lễ khai mạc triển lãm
 * ảnh", the few words after the verb.  An object before "do" that names no
 * meeting, to its clause's start or in as many words as a meeting's name
 * takes ("các cấp Hội tham dự cuộc thi khu vực do ... tổ chức"), is another
 * event's too.
 */
static void
note_object(GbMeetState *st, const GbDoc *d, int k)
{
	int			j,
				q;

	st->nany_objects = 0;
	st->any_object_noun = st->any_object_read = false;
	/* not "Do ảnh hưởng của bão, ...": "do" opening its clause is a cause */
	if ((j = do_before(d, k)) > 0 && !tok_has(d, j, T_UPPER | T_NL) && !clause_mark(d, j - 1))
	{
		for (q = j - 1; q >= 0 && q >= j - PASSIVE_OBJECT_BACK && !clause_mark(d, q); q--)
		{
			note_object_kind(st, d, q);
			if (tok_has(d, q, T_NL))
				break;
		}
		st->any_object_read = true;
		return;
	}
	/*
	 * after the verb; "họp", no verb meetword() reads, from itself: "Ủy ban
	 * MTTQ tỉnh khóa XI họp phiên thứ nhất" holds the committee's first
	 * sitting, not the congress that elected it (probe 64 G3)
	 */
	q = k + meetword(d, k, MW_VERB, NULL);
	for (j = q; j < q + OBJECT_WORDS && j < d->ntok && !clause_mark(d, j) &&
		 (j == q || !tok_has(d, j, T_NL)); j++)
		note_object_kind(st, d, j);
}

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
 * The organizer named anywhere, whose verb is at k, and with it what the
 * verb's object says of the meeting: the facts of a text with no lead.
 */
static void
organizer_anywhere_at(GbMeetState *st, const GbDoc *d, int ls, int k)
{
	if ((st->any.organizer = organizer_before(d, ls, k)) == NULL)
	{
		if (!st->held_kind && gb_dict_may_match(d, k, CAT_VERBSTART))
			st->held_kind = held_kind_at(d, k);
		if (!st->held_kind && tok_is(d, k, "buoi"))
			st->held_kind = session_held_at(d, k);
	}
	else
	{
		const char *noun = side_event_of(d, k);
		int			j,
					end;
		bool		has_year;
		GbDate		dt;

		if (noun)
			st->any.noun = noun;
		else
		{
			verb_object(d, k, &st->any);
			/* read only while no organizer of the headline or lead comes first */
			if (!st->lead.organizer && !st->title.listed_by && !st->title.organizer)
				note_object(st, d, k);
		}
		/*
		 * "Theo đó, từ ngày 14 đến 21-12-2015, Ban Chấp hành Trung ương đã
		 * tổ chức Hội nghị lần thứ 13": the day its own clause gives
		 */
		for (j = k - 1; j >= 0 && j > k - CLAUSE_DATE_BACK; j--)
		{
			if (may_start_date(d, j) && gb_parse_date(d, j, &end, &dt, &has_year) && end <= k)
			{
				st->any_date = dt;
				st->any_date_tok = j;
				break;
			}
			if (gb_sentence_break(d, j) || tok_has(d, j, T_NL))
				break;
		}
	}
}

/*
 * organizer_anywhere_at() for the few tokens it may take: a meeting verb
 * or "họp" (CAT_VERBSTART), or "buổi" of a working session.  Most tokens
 * of the lines before the lead are neither.
 */
GB_HOT_INLINE void
organizer_anywhere(GbMeetState *st, const GbDoc *d, int ls, int k)
{
	if (gb_dict_may_match(d, k, CAT_VERBSTART) || tok_is(d, k, "buoi"))
		organizer_anywhere_at(st, d, ls, k);
}

/*
 * Whether the date at k is a start or a deadline: "từ ngày 1/8/2025",
 * "trước ngày 30/9", "kể từ 1/7", "đến ngày 31/12", or a meeting's close,
 * "bế mạc ngày 29/4/2021".  Announced at a meeting or counted up to it, it
 * is near the meeting, before or after; "từ ngày 1/1/2024 đến nay" is
 * past.
 */
static bool
bound_date_at(const GbDoc *d, int k, int end)
{
	int			j = tok_is(d, k - 1, "ngay") ? k - 2 : k - 1;

	if (tok_is(d, j, "het"))	/* "đến hết ngày 31/12" */
		j--;
	/* "(dự kiến) bế mạc ngày 29/4/2021": the meeting's own last day (probe 62 G2) */
	if (tok_is(d, j, "mac") && tok_is(d, j - 1, "be") && tok_is(d, k - 1, "ngay"))
		return true;
	/* "từ", not the weekday "thứ Tư" nor "Trung ương" of a code, "05-CT/TƯ ngày" */
	if (!(tok_is(d, j, "tu") && !tok_is(d, j - 1, "thu") && !tok_punct(d, j - 1, '/')) &&
		!tok_is(d, j, "den") && !tok_is(d, j, "truoc"))
		return false;
	return !((tok_is(d, end, "den") || tok_is(d, end, "toi")) && tok_is(d, end + 1, "nay"));
}

/*
 * Whether the bound at k (bound_date_at()) is a deadline: "(hoàn thành)
 * trước ngày 30/4/2024", "hoàn thành đến hết ngày 31/12", "chậm nhất đến
 * ngày 15/5".  A meeting that sets a deadline, or prepares for it, is held
 * before it (probe b G1); one near a start ("từ ngày 1/8/2025") or a count
 * up to a day ("tính đến ngày 30/6/2024") may be on either side.
 */
static bool
deadline_at(const GbDoc *d, int k)
{
	int			j = tok_is(d, k - 1, "ngay") ? k - 2 : k - 1;

	if (tok_is(d, j, "truoc"))
		return !tok_is(d, j - 1, "tu");	/* "từ trước ngày 1/7/2025": since */
	if (tok_is(d, j, "het"))
		j--;
	return tok_is(d, j, "den") &&
		(tok_is(d, j - 1, "xong") ||
		 (tok_is(d, j - 2, "hoan") && tok_is(d, j - 1, "thanh")) ||
		 (tok_is(d, j - 2, "cham") && tok_is(d, j - 1, "nhat")));
}

/*
 * Whether the full date at k closes a range opened by "từ": "từ ngày
 * 9/10-13/10/2024", "từ ngày 9-13/10/2024".  The span of an event, a trip
 * or a campaign written near the meeting, like its start; not a document
 * the meeting cites, which it must come after.
 */
static bool
range_close_at(const GbDoc *d, int k)
{
	int			j = k - 2;

	if (!tok_punct(d, k - 1, '-') || !tok_has(d, j, T_NUM))
		return false;
	/* the first day with its month: "9/10-13/10/2024" */
	if ((tok_punct(d, j - 1, '/') || tok_punct(d, j - 1, '.')) && tok_has(d, j - 2, T_NUM))
		j -= 2;
	return bound_date_at(d, j, k - 1);
}

/*
 * Whether the year or the date at k ("năm" or the day) is of a person's
 * life, not the report's: "Ông A sinh năm 1969", "sinh ngày 12/5/1970",
 * "Ngày sinh: 12/5/1970", "hy sinh năm 1968", "vào Đảng ngày 3/2/1975".  A
 * biography in a personnel report dates no meeting.  "sinh" stands alone
 * after a name, a comma or an honorific ("ông sinh năm"), not after the
 * first syllable of "học sinh", "phát sinh".
 */
static bool
life_date(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			p = k,
				j,
				n;

	/* a date: "sinh ngày 12/5/1970", "Ngày sinh: 12/5/1970" */
	if (tok_has(d, k, T_NUM))
	{
		if (tok_punct(d, p - 1, ':'))
			p--;
		if (tok_is(d, p - 1, "ngay"))
			p--;
	}
	for (j = p - 1; j >= 0 && j >= p - 2; j--)
		if (gb_dict_may_match(d, j, CAT_LIFEWORD) &&
			(n = gb_dict_match(d, j, CAT_LIFEWORD, &ph)) == p - j &&
			(ph->value == NULL || gb_exact_words(d, j, n, ph->value)) &&
			(ph->aux != LIFE_ALONE || !tok_has(d, j - 1, T_WORD) ||
			 phrase_ends_at(d, j, CAT_HONORIFIC, 0) ||
			 (gb_tok_capitalized(d, j - 1) && !tok_has(d, j - 1, T_NL) && tok_has(d, j - 2, T_WORD))))
			return true;
	return false;
}

/*
 * Whether "năm" at k opens a span of years that runs on: "từ năm 2010 đến
 * năm 2015" (a career), "Từ năm 2015 đến nay"; its first year is long
 * before any meeting that speaks of it.
 */
static inline bool
span_opening(const GbDoc *d, int k)
{
	return tok_is(d, k - 1, "tu") && gb_exact_any(d, k - 1, "từ") &&
		(tok_is(d, k + 2, "den") || tok_is(d, k + 2, "toi"));
}

/*
 * "diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020": the days of an event
 * whose last, full date dt is at k, its first day written bare before it.
 */
static void
note_span(GbMeetState *st, const GbDoc *d, int k, GbDate dt)
{
	int			j = tok_is(d, k - 1, "ngay") ? k - 2 : k - 1,
				first;

	if (!tok_is(d, j, "den") || !tok_has(d, j - 1, T_NUM))
		return;
	first = gb_tok_int(d, j - 1);
	j = tok_is(d, j - 2, "ngay") ? j - 3 : j - 2;
	if (!tok_is(d, j, "tu") || first < 1 || first >= dt.d)
		return;
	st->span_start = dt;
	st->span_start.d = first;
	st->span_end = dt;
}

/* A number that orders dates as the calendar does, without counting days; 0 for none. */
static inline long
date_order(GbDate dt)
{
	return ((long) dt.y * 13 + dt.m) * 32 + dt.d;
}

/*
 * A full date at k, kept when it is the latest written so far: the meeting
 * comes after the documents it cites.  A start or a deadline only bounds it
 * from nearby; a meeting still planned ("Đại hội ... sẽ khai mạc ngày
 * 12-12-2012", "kỳ họp dự kiến được tổ chức vào ngày 01/7/2021",
 * planned_verb()) comes after the report's, which does not follow it
 * (probe 54 G4, probe 55 G4).
 */
static void
note_date(GbMeetState *st, const GbDoc *d, int k)
{
	GbDate		dt;
	bool		has_year,
				days;
	int			end;

	if (k < st->range_end || !gb_parse_date(d, k, &end, &dt, &has_year) || dt.y == 0 ||
		life_date(d, k))
		return;
	/*
	 * "(16-10-1948 - 16-10-2023)": a span of years, an anniversary; its
	 * last day is near the meeting, not a document it cites
	 */
	if (tok_punct(d, end, '-') && !tok_has(d, end + 1, T_NL))
	{
		GbDate		dt2;
		bool		y2;
		int			end2;

		if (gb_parse_date(d, end + 1, &end2, &dt2, &y2) && dt2.y && y2 && has_year &&
			gb_date_days(dt2) > gb_date_days(dt))
		{
			st->range_end = end2;
			if (st->bound_date.y == 0)
				st->bound_date = dt2;
			return;
		}
	}
	if (dt.m >= 1 && dt.m <= 12 && dt.d >= 1 && dt.d <= 31 &&
		st->day_year[dt.m - 1][dt.d - 1] < dt.y)
		st->day_year[dt.m - 1][dt.d - 1] = (uint16_t) dt.y;
	if (bound_date_at(d, k, end) || range_close_at(d, k))
	{
		if (st->bound_date.y == 0)
		{
			st->bound_date = dt;
			st->bound_end = deadline_at(d, k);
		}
		if (st->span_start.y == 0)
			note_span(st, d, k, dt);
	}
	else if (tok_is(d, k - 1, "ngay") && planned_verb(d, 0, k - 1, &days) >= 0)
	{
		if (st->ahead_date.y == 0)
			st->ahead_date = dt;
	}
	else
	{
		bool		bare = !tok_is(d, k - 1, "ngay");

		if (st->latest_date.y == 0 || gb_date_days(dt) > gb_date_days(st->latest_date))
		{
			st->latest_date = dt;
			st->latest_bare = bare;
		}
		if (!bare && date_order(dt) > date_order(st->latest_dated))
			st->latest_dated = dt;
	}
}

#define JOINED_ACT		8		/* words of an act joined to a review: "và biểu dương điển hình" */

/*
 * "sơ kết 5 năm thực hiện", "tổng kết 10 năm triển khai" at k (the number):
 * the meeting is that many years after the year of the document reviewed,
 * the first full date or "năm 2009" after it, before another item of the
 * clause ("và 6 tháng đầu năm 2024", ", đánh giá ...") begins.  A document
 * named there without its date ("tổng kết 10 năm thực hiện Nghị quyết 27"
 * in a headline) is dated by its citation elsewhere in the text.
 */
static void
note_review(GbMeetState *st, const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	const char *kind = NULL;
	int			number = 0,
				n,
				j,
				m,
				end,
				v = k + 2;

	if (!tok_is(d, k + 1, "nam") || !tok_is(d, k - 1, "ket") ||
		!(tok_is(d, k - 2, "so") || tok_is(d, k - 2, "tong")))
		return;
	/*
	 * "sơ kết 2 năm và biểu dương điển hình thực hiện tốt Kết luận 01": a
	 * second act joined to the review, its object before the verb that
	 * names the document (stop 29 D5)
	 */
	if (tok_is(d, v, "va") && !tok_has(d, v, T_UPPER))
		for (j = v + 1; j < v + 1 + JOINED_ACT && j < d->ntok; j++)
		{
			if (tok_has(d, j, T_PUNCT) || tok_has(d, j, T_NUM) || tok_has(d, j, T_NL))
				break;
			if (implements_at(d, j))
			{
				v = j;
				break;
			}
		}
	if (!implements_at(d, v))
		return;
	n = gb_tok_int(d, k);
	if (n < 1 || n > 60)
		return;
	for (j = v + 2; j < d->ntok && j < v + 2 + REVIEWED_DOC; j++)
	{
		GbDate		dt;
		bool		has_year;

		if (tok_punct(d, j, ';') || (d->tok[j].flags & T_NL) || tok_is(d, j, "va") ||
			(tok_punct(d, j, ',') && !tok_is(d, j + 1, "ngay")) ||
			(tok_punct(d, j, '.') && (j + 1 >= d->ntok || (d->tok[j + 1].flags & T_SPACE))))
			break;
		if (!kind && gb_dict_may_match(d, j, CAT_DOCTYPE) &&
			(m = gb_dict_match(d, j, CAT_DOCTYPE, &ph)) > 0)
		{
			int			q = tok_is(d, j + m, "so") ? j + m + 1 : j + m;

			if (tok_has(d, q, T_NUM) && !is_year(d, q))
			{
				kind = ph->value;
				number = gb_tok_int(d, q);
			}
		}
		if (may_start_date(d, j) && gb_parse_date(d, j, &end, &dt, &has_year))
		{
			if (dt.y)
			{
				st->review_year = dt.y + n;
				return;
			}
			j = end - 1;
		}
		else if (tok_is(d, j, "nam") && is_year(d, j + 1) && !tok_is(d, j - 1, "dau") &&
				 !tok_is(d, j - 1, "cuoi") && !tok_is(d, j - 1, "thang"))
		{
			st->review_year = gb_tok_int(d, j + 1) + n;
			return;
		}
	}
	if (kind && !st->review_kind)
	{
		st->review_years = n;
		st->review_kind = kind;
		st->review_number = number;
	}
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

/*
 * Whether the year of "năm" at k dates no meeting, and why.  A goal named a
 * few tokens before it in its clause: "nhằm đưa nước ta trở thành nước công
 * nghiệp ... năm 2020", "phấn đấu năm 2030".  A plan: a plan noun just
 * before it, "triển khai nhiệm vụ năm 2024", "kế hoạch công tác năm 2024"
 * (a meeting late in 2023 sets them), or a planning or scheduling word
 * opening its clause, "phương hướng ... năm 2024", "bắt đầu từ tháng 4
 * năm 2026", "dự kiến ... năm 2026"; or a plan noun opening the object the
 * year closes, however many areas it lists, "triển khai nhiệm vụ phát
 * triển kinh tế - xã hội, quốc phòng - an ninh năm 2024", unless the
 * sentence reviews it.
 */
#define YEAR_GOAL		1
#define YEAR_PLAN		2

/*
 * Whether "vào năm" ends at k ("năm") and its year closes a clause of a
 * sentence naming an aim before it: a purpose ("để", "nhằm") or a goal
 * word ("đạt chuẩn", "dẫn đầu").  "để tỉnh là tỉnh khá của cả nước vào
 * năm 2030", "Kiên Giang duy trì là tỉnh dẫn đầu khu vực, khá của cả nước
 * vào năm 2030": the year the aim is to be reached by, however many
 * commas its list of aims holds.  So is a figure's "đạt", reached or to be
 * reached: "thu nhập bình quân đầu người đạt hơn 3.000 USD vào năm 2023"
 * reports a year's results, under a meeting of the next (probe 61 G6).  A
 * year opening its clause ("vào năm 2020, tỉnh đã ...") tells when a thing
 * was done and is not one.
 */
static bool
aim_reached_by(const GbDoc *d, int k)
{
	int			e = k + 2,
				j;

	if (!tok_is(d, k - 1, "vao") ||
		!(e >= d->ntok || tok_has(d, e, T_PUNCT) || tok_has(d, e, T_NL)))
		return false;
	for (j = k - 2; j >= 0 && j >= k - AIM_BACK; j--)
	{
		/* not the dot of a figure's thousands, "3.000 USD" */
		if ((tok_punct(d, j, '.') && !(tok_has(d, j - 1, T_NUM) && tok_has(d, j + 1, T_NUM) &&
									   !tok_has(d, j + 1, T_SPACE))) ||
			tok_punct(d, j, ';') || tok_punct(d, j, ':') || tok_has(d, j + 1, T_NL))
			return false;
		if (gb_exact_any(d, j, gb_purpose_words) || meetword(d, j, MW_TARGET, NULL) > 0 ||
			(tok_is(d, j, "dat") && gb_exact_any(d, j, "đạt")))
			return true;
	}
	return false;
}

static int
target_year(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j;

	if (aim_reached_by(d, k))
		return YEAR_GOAL;
	for (j = k - 1; j >= 0 && j >= k - TARGET_BACK; j--)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ',') ||
			tok_punct(d, j, ':') || tok_has(d, j + 1, T_NL))
			break;
		/* one look at the meeting word at j, for both */
		if (gb_dict_may_match(d, j, CAT_MEETWORD) && gb_dict_match(d, j, CAT_MEETWORD, &ph) > 0)
		{
			if (ph->aux == MW_TARGET)
				return YEAR_GOAL;
			if (ph->aux == MW_PLAN && j >= k - PLAN_BACK)
				return YEAR_PLAN;
		}
		if (gb_dict_may_match(d, j, CAT_PLANWORD) && gb_dict_match(d, j, CAT_PLANWORD, NULL) > 0)
			return YEAR_PLAN;
	}
	/* "Năm 2025, Đảng ủy xác định ...": a year heading a sentence of tasks */
	if (plan_heading(d, k, k + 2))
		return YEAR_PLAN;
	return plan_object(d, k, 0) && !sentence_reviews(d, k, 0) ? YEAR_PLAN : 0;
}

/*
 * "Đại hội ... dự kiến tổ chức vào tháng 10/2025", "Dự kiến tổ chức Đại
 * hội ... vào tháng 10/2025": the month of "tháng" at t in a clause in the
 * future, that of a meeting still planned, which the report's comes before
 * (stop 28 G3).
 */
static bool
planned_month(const GbDoc *d, int t)
{
	int			j;

	if (!tok_is(d, t - 1, "vao"))
		return false;
	for (j = t - 2; j >= 0 && j > t - FUTURE_AHEAD; j--)
	{
		if (tok_punct(d, j, ';') || gb_sentence_break(d, j + 1))
			return false;
		if (future_mark(d, j))
			return true;
	}
	return false;
}

/*
 * "Đến tháng 6/2023, thu nội địa đạt ...", "sẽ hoàn thành trong tháng
 * 9/2014": a month of a year at k (the month's number), the first such
 * noted.  A report counts its figures up to a recent month and sets
 * deadlines a few months on: the meeting is within months of it, unlike a
 * year alone, which a figure may date years back.  Not a month compared
 * with ("so với tháng 6/2022") nor one of a person's life or career.
 */
static inline void
note_month_year(GbMeetState *st, const GbDoc *d, int k)
{
	int			m,
				y,
				end;

	if (st->month_date.y || !tok_is(d, k - 1, "thang") || d->tok[k].len > 2 ||
		(m = gb_tok_int(d, k)) < 1 || m > 12 ||
		(y = year_after(d, k + 1, &end)) == 0 ||
		compared_year(d, k - 1) || life_date(d, k - 1) || career_span(d, k - 1, end))
		return;
	if (planned_month(d, k - 1))
	{
		if (st->ahead_date.y == 0)
		{
			st->ahead_date.y = y;
			st->ahead_date.m = m;
			st->ahead_date.d = gb_month_last_day(y, m);
		}
		return;
	}
	st->month_date.y = y;
	st->month_date.m = m;
	st->month_date.d = 15;
}

/*
 * The token of the year "năm" at k names, or -1: "năm 2020", and "năm mới
 * 2020", the new year ("Sáng ngày 01/01, ngày đầu tiên của năm mới 2020,
 * ...", probe 60 G7).
 */
static inline int
year_of_nam(const GbDoc *d, int k)
{
	if (is_year(d, k + 1))
		return k + 1;
	if (tok_is(d, k + 1, "moi") && gb_exact_any(d, k + 1, "mới") && is_year(d, k + 2))
		return k + 2;
	return -1;
}

/*
 * Years written anywhere: the fallback for a date without one.  The first
 * year that dates nothing else, and the first year planned; the first year
 * of a range ("kế hoạch 5 năm 2011 - 2015") opens a plan or a term and is
 * neither, nor is a year of a person's life or the opening of a span
 * ("sinh năm 1969", "từ năm 2010 đến năm 2015").
 */
static inline void
note_years(GbMeetState *st, const GbDoc *d, int k)
{
	int			y;

	if (may_start_date(d, k))
	{
		note_date(st, d, k);
		if (!st->review_year)
			note_review(st, d, k);
		note_month_year(st, d, k);
	}
	if ((!st->first_year || !st->plan_year) && tok_is(d, k, "nam") && (y = year_of_nam(d, k)) > k &&
		!tok_is(d, k - 1, "den") && !tok_is(d, k - 1, "toi") && !compared_year(d, k) &&
		!range_from(d, y))
	{
		int			t = target_year(d, k);

		if (t == 0 && !st->first_year && !span_opening(d, k) && !life_date(d, k))
			st->first_year = gb_tok_int(d, y);
		else if (t == YEAR_PLAN && !st->plan_year)
			st->plan_year = gb_tok_int(d, y);
	}
}

/* The last two words of name: its place, "Sóc Trăng" of "... tỉnh Sóc Trăng". */
static const char *
last_words(const char *name)
{
	const char *p = strrchr(name, ' ');

	if (p == NULL)
		return name;
	while (p > name && p[-1] != ' ')
		p--;
	return p;
}

/*
 * Whether cue, a date with a time of day, restates the lead's meeting:
 * "Ngày 30/6, tại Hội nghị ... lần thứ 18, tỉnh Sóc Trăng đã công bố ..."
 * then "Theo báo Sóc Trăng, sáng 30/6/2023, Ban Chấp hành Đảng bộ tỉnh ...
 * đã tổ chức Hội nghị lần thứ 18": the lead's day and month (and
 * year, when both have one), a body holding a meeting in the clause after
 * it, the lead's own organizer if it has one, or one of the same place.
 * Its time of day is the lead's (probe 61 G7).  A digest page's other
 * event of the day ("Ngày 24-3, Tỉnh ủy Vĩnh Long tổ chức ..." then "Sáng
 * 24-3, Ban Chấp hành Đảng bộ tỉnh Cao Bằng ... tổ chức ...") is not.
 */
static bool
restates_lead(const GbMeetState *st, const GbDoc *d, const GbDateCue *cue)
{
	int			e = tok_punct(d, cue->end, ',') ? cue->end + 1 : cue->end,
				j;

	if (!cue->has_date || !st->cue.has_date || cue->date.d != st->cue.date.d ||
		cue->date.m != st->cue.date.m ||
		(cue->date.y && st->cue.date.y && cue->date.y != st->cue.date.y))
		return false;
	for (j = e; j < d->ntok && j < e + LEAD_AFTER; j++)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':') ||
			(j > e && tok_has(d, j, T_NL)))
			return false;
		if (meetword(d, j, MW_VERB, NULL) > 0)
		{
			const char *o = organizer_verb_before(d, e, j);

			return o && (!st->lead.organizer ||
						 strcmp(last_words(o), last_words(st->lead.organizer)) == 0);
		}
	}
	return false;
}

/*
 * "Tại Thái Bình, hội nghị sơ kết ... Chỉ thị số 05-CT/TW diễn ra sáng
 * nay", "hội nghị được tổ chức vào chiều 12/6", "hội nghị diễn ra vào
 * buổi sáng": a time of day (at k) after
 * "diễn ra" or "được tổ chức" whose subject, in its sentence, is a meeting
 * noun in lower case (the meeting already named).  A lead dated by its day
 * alone ("Hôm nay (12/6), ... tổ chức hội nghị") takes that time; a time on
 * another day than the lead's is another meeting's.  Looked for from the
 * time of day, which few words start, not from the meeting's noun.  A
 * later cue of the lead's own day and month, in a clause where the lead's
 * body (or one of its place) holds a meeting, gives its time with no verb
 * before it (restates_lead(), probe 61 G7).
 */
static void
note_later_time(GbMeetState *st, const GbDoc *d, int k)
{
	const GbPhrase *kind = NULL,
			   *ph = NULL;
	GbDateCue	cue;
	int			b = tok_is(d, k - 1, "buoi") ? k - 1 : k,
				v = (tok_is(d, b - 1, "vao") || tok_is(d, b - 1, "trong")) ? b - 1 : b,
				j,
				m;
	bool		read = false;	/* cue read at k, and found */

	/* a later cue of the lead's day: "Theo báo ..., sáng 30/6/2023, <body> đã tổ chức ..." */
	if (st->cue.has_date && (tok_has(d, k + 1, T_NUM) || tok_is(d, k + 1, "ngay")) &&
		!tok_has(d, k + 1, T_NL) && (read = gb_date_cue(d, k, &cue)) && cue.time_of_day &&
		restates_lead(st, d, &cue))
	{
		st->later_time = cue.time_of_day;
		return;
	}
	/* "sáng tạo", "ánh sáng": most are no time, and no "diễn ra" comes before */
	if (!(tok_is(d, v - 1, "ra") || tok_is(d, v - 1, "chuc")) || tok_has(d, v, T_NL) ||
		!phrase_ends_at(d, v, CAT_MEETWORD, MW_HELD))
		return;
	if (!(read || gb_date_cue(d, k, &cue)) || !cue.time_of_day)
	{
		/* "Hội nghị diễn ra vào buổi sáng": the time alone (probe 61 G7) */
		if (b == k || gb_dict_match(d, k, CAT_TIMEOFDAY, &ph) != 1 || !gb_same_word(d, k, ph))
			return;
		memset(&cue, 0, sizeof(cue));
		cue.time_of_day = ph->value;
	}
	if (cue.has_date && st->cue.has_date &&
		(cue.date.d != st->cue.date.d || cue.date.m != st->cue.date.m))
		return;
	/* the subject: the nearest meeting noun back in the sentence */
	for (j = v - 1; j >= 0 && j > v - HELD_AHEAD; j--)
	{
		if ((m = kind_at(d, j, &kind)) > 0 && kind->aux == 0)
		{
			/*
			 * capitalized only as it opens its sentence, its verb right
			 * after it, "Hội nghị diễn ra vào buổi sáng": no other
			 * meeting named (probe 61 G7)
			 */
			if (!tok_has(d, j, T_UPPER) ||
				(v - (j + m) <= 3 && (j == 0 || gb_sentence_break(d, j)) &&
				 !tok_has(d, j + m, T_UPPER)))
				st->later_time = cue.time_of_day;
			return;
		}
		if (tok_has(d, j, T_NL) || tok_punct(d, j, ';') ||
			(tok_punct(d, j, '.') && gb_sentence_break(d, j + 1)))
			return;
	}
}

/* Whether the lead is known and gives no time of day, which a later sentence may. */
static inline bool
wants_later_time(const GbMeetState *st)
{
	return st->have_lead && !st->cue.time_of_day && !st->later_time;
}

/*
 * Whether the lead is of a congress whose own sentence names no term:
 * "Đại hội Đảng bộ tỉnh ... lần thứ XI, từ ngày 15-17/10 đặt ra", then
 * "Sáng 16/10, Đại hội ..., nhiệm kỳ 2020-2025 đã khai mạc".  A congress
 * opens its term, which another sentence naming it may give; the caller's
 * published date, when given, gives the year first (resolve_dates()), and
 * the term is not looked for.
 */
static inline bool
congress_lead(const GbMeetState *st)
{
	return st->published.y == 0 && st->lead.noun && !st->lead.term_year &&
		strcmp(st->lead.noun, "đại hội") == 0;
}

/*
 * Whether the lead reviews a congress, or is one, and gives its day
 * without a year, which the congress's term, named anywhere, may give.
 */
static inline bool
wants_congress_term(const GbMeetState *st)
{
	return !st->congress_term && st->cue.has_date && st->cue.date.y == 0 &&
		(st->lead.reviews_congress || congress_lead(st));
}

/*
 * Once the lead is known, the first token in [k, le) that note_token() or
 * organizer_before() may take, or le: an online meeting word or a day;
 * with no organizer yet a meeting verb or "họp"; with no first year yet a
 * word of the group of "năm"; a congress's term wanted, a meeting kind.
 * Other tokens may be given too, which those pass over: the group of "năm"
 * is looked for by its count word's bit (CAT_COUNTWORD, "năm" as "five"),
 * which a few other counts share ("hai", "ba", "sáu").
 */
GB_HOT_INLINE int
next_of_interest(const GbMeetState *st, const GbDoc *d, int k, int le)
{
	const GbTok *t = d->tok + k,
			   *end = d->tok + le;
	GbCats		cats = CAT_NETSTART;

	if (!st->any.organizer)
		cats |= CAT_VERBSTART;
	if (wants_later_time(st))
		cats |= CAT_TIMEOFDAY;
	if (wants_congress_term(st))
		cats |= CAT_MEETKIND;
	if (!st->first_year)
		cats |= CAT_COUNTWORD;
	/*
	 * Two tokens a step while neither starts a phrase looked for nor is a
	 * number, then one by one.
	 */
	while (t + 1 < end &&
		   !((gb_dict_masks[t[0].grp] | gb_dict_masks[t[1].grp]) & cats) &&
		   !((t[0].flags | t[1].flags) & T_NUM))
		t += 2;
	while (t < end && !(gb_dict_masks[t->grp] & cats) && !is_day(t))
		t++;
	return (int) (t - d->tok);
}

/*
 * Whether a negator comes a few tokens before k in its clause: "chưa tham
 * gia hội nghị trực tuyến", "không tổ chức trực tuyến", "không có điểm cầu".
 */
static bool
negated(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = k - 1; j >= 0 && j >= k - NEGATED_BACK; j--)
	{
		if ((d->tok[j + 1].flags & T_NL) || tok_has(d, j, T_PUNCT))
			return false;
		if (meetword(d, j, MW_NEGATOR, &ph) == 1 && gb_same_word(d, j, ph))
			return true;
	}
	return false;
}

#define DIRECT_VENUE	10		/* at most, tokens of a hall between "trực tiếp tại" and "kết hợp" */

/*
 * The hall named before "trực tuyến" at k in "trực tiếp tại hội trường
 * Tỉnh ủy, kết hợp trực tuyến đến các điểm cầu": the main point of the
 * meeting held in person and online (probe 53 G6).  Its token, or -1.  The
 * name must reach "kết hợp": "trực tiếp tại xã, kết hợp" names no hall.
 */
static int
direct_venue(const GbDoc *d, int k)
{
	int			e = k,
				j;

	if (tok_is(d, e - 1, "voi"))
		e--;
	if (!tok_is(d, e - 1, "hop") || !tok_is(d, e - 2, "ket") || tok_has(d, e - 2, T_NL))
		return -1;
	e -= 2;
	if (tok_punct(d, e - 1, ','))
		e--;
	for (j = e - 2; j >= 2 && j >= e - DIRECT_VENUE; j--)
	{
		if (tok_has(d, j + 1, T_NL) || tok_has(d, j, T_PUNCT))
			return -1;
		if (tok_is(d, j, "tai") && gb_exact_any(d, j, "tại") &&
			tok_is(d, j - 2, "truc") && tok_is(d, j - 1, "tiep"))
			return bridge_item(d, j + 1) == e ? j + 1 : -1;
	}
	return -1;
}

/*
 * Whether "trực tuyến" at k qualifies something else done online that it
 * follows, a contest, a service, a course: "tổ chức thành công Cuộc thi
 * trực tuyến", "hồ sơ dịch vụ công trực tuyến", "12 lớp tập huấn trực
 * tuyến" (probe 58 G2).  The meeting reported is not said online by it.
 */
static bool
online_of_other(const GbDoc *d, int k)
{
	return !tok_has(d, k, T_NL) &&
		meetwords_ending_at(d, k, MW_BIT(MW_NETUSE) | MW_BIT(MW_CLASS)) != 0;
}

/* "trực tuyến", "điểm cầu" at k: the meeting is online, maybe a point named. */
static void
note_online(GbMeetState *st, const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			m,
				v;

	/* known online already: only a bridge point can add to it */
	if ((m = meetword_longest(d, k, &ph)) > 0 &&
		((ph->aux == MW_ONLINE && !st->online) || ph->aux == MW_BRIDGE) && !negated(d, k) &&
		!(ph->aux == MW_ONLINE && (attribute_of_spoken(d, k) || online_of_other(d, k))))
	{
		st->online = true;
		if (ph->aux == MW_BRIDGE && !generic_bridge(d, k))
			add_bridges(st, d, k + m, false);
		/* "tại 2 điểm cầu: Hội trường Quận ủy và Trung tâm Chính trị quận" */
		else if (ph->aux == MW_BRIDGE && tok_punct(d, k + m, ':') &&
				 bridge_item(d, k + m + 1) > k + m + 1)
			add_bridges(st, d, k + m, true);
	}
	/*
	 * "đầu cầu", the end of a bridge, is a bridge point only in a report of
	 * a meeting said online, maybe further on: "Các đồng chí lãnh đạo tỉnh
	 * tại đầu cầu Thái Bình" captions a photo above the lead; a mention
	 * only once it is
	 */
	else if (m > 0 && ph->aux == MW_BRIDGEHEAD && !generic_bridge(d, k))
		add_bridge(st, d, k + m, st->online);
	/* "trực tiếp tại hội trường Tỉnh ủy, kết hợp trực tuyến": the hall is a point */
	if (m > 0 && ph->aux == MW_ONLINE && (v = direct_venue(d, k)) >= 0 && !negated(d, k))
		add_bridge(st, d, v, true);
	/* "trực tuyến từ Hội trường Quận ủy đến ...", online known before or not */
	if (m > 0 && ph->aux == MW_ONLINE &&
		((tok_is(d, k + m, "tu") && gb_exact_any(d, k + m, "từ")) || link_to(d, k + m)) &&
		!negated(d, k) && !attribute_of_spoken(d, k))
		online_link(st, d, k + m);
}

/*
 * A meeting named by its number, with or without its body, then what it
 * did: "Hội nghị lần thứ 44 (của) Ban Chấp hành Đảng bộ tỉnh X đã thảo
 * luận", "Hội nghị Ban Chấp hành ... lần thứ 44 đã ...": the meeting the
 * text reports, dated or not.  Not one spoken of as a document's source,
 * "Hội nghị lần thứ 8 ... đã ban hành (đề ra)".
 */
static bool
named_meeting_held(const GbDoc *d, int q)
{
	bool		nth = false;
	int			j,
				m;

	for (j = q; j < d->ntok && j < q + TERM_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, ',') || tok_punct(d, j, ';') ||
			tok_punct(d, j, '.') || tok_punct(d, j, ':') || tok_punct(d, j, '('))
			return false;
		if (tok_is(d, j, "lan") && tok_is(d, j + 1, "thu"))
			nth = true;
		else if ((m = meetword(d, j, MW_HELD, NULL)) > 0)
			return nth && j > q &&
				!(tok_is(d, j + m, "ban") && tok_is(d, j + m + 1, "hanh")) &&
				!(tok_is(d, j + m, "de") && tok_is(d, j + m + 1, "ra"));
	}
	return false;
}

/*
 * What a meeting noun opening a sentence (ending before q) is said to do or
 * be, the meeting the text reports: "Hội nghị đã ...", "Hội nghị được tổ
 * chức trực tuyến", "Đại hội nhằm kiểm điểm ...", "Hội nghị là dịp ...";
 * a congress with its body and term, "Đại hội Chi bộ X nhiệm kỳ 2025 -
 * 2027 là sự kiện ...", "... diễn ra ...".  Not "Đại hội Đảng bộ tỉnh,
 * nhiệm kỳ ... đã đề ra", a congress spoken of as the source of a goal.
 */
static bool
opening_predicate(const GbDoc *d, int q, bool congress)
{
	int			j;

	if (meetword(d, q, MW_HELD, NULL) > 0 || tok_is(d, q, "nham") ||
		(tok_is(d, q, "la") && gb_exact_any(d, q, "là")))
		return true;
	if (!congress)
		return named_meeting_held(d, q);
	for (j = q; j < d->ntok && j < q + TERM_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, ',') || tok_punct(d, j, ';') ||
			tok_punct(d, j, '.') || tok_punct(d, j, ':'))
			return false;
		if (term_years_end(d, j) > j)
		{
			j = term_years_end(d, j);
			return (tok_is(d, j, "la") && gb_exact_any(d, j, "là")) ||
				(tok_is(d, j, "dien") && tok_is(d, j + 1, "ra"));
		}
	}
	return false;
}

/*
 * "Phát biểu khai mạc hội nghị, ...", "Phát biểu chỉ đạo Hội nghị, ...",
 * "kết luận hội nghị": a person's speech or role at the meeting noun at k
 * (ending at q), a role phrase that takes the noun or a speech ending
 * before it, is made at the meeting held, as "tại hội nghị" names it.
 */
static bool
role_at_meeting(const GbDoc *d, int k, int q)
{
	const GbPhrase *ph = NULL;
	int			j,
				m;

	for (j = k - 1; j >= 0 && j >= k - 4 && !tok_has(d, j + 1, T_NL); j--)
		if ((m = gb_dict_match(d, j, CAT_ROLE, &ph)) > 0 && ph->value != NULL &&
			(j + m == q || (j + m == k && (ph->aux & ROLE_SPEECH))))
			return true;
	return false;
}

/*
 * "Tại Hội nghị(,) các đại biểu đã được Ban Thường vụ Tỉnh ủy quán triệt
 * ...": what the meeting does said in the passive, its audience the
 * subject, from q after the meeting's noun; the body after "được" does it
 * and holds the meeting (organizer_match() reads its verb as in a lead).
 * The body's name, or NULL.
 */
static char *
passive_agent(const GbDoc *d, int q)
{
	int			j;

	if (tok_punct(d, q, ','))
		q++;
	for (j = q; j < q + PASSIVE_SUBJECT && lower_word(d, j) && !tok_has(d, j, T_NL); j++)
		if (tok_is(d, j, "duoc"))
			return j > q && !tok_has(d, j + 1, T_NL) ? organizer_at(d, j + 1, true) : NULL;
	return NULL;
}

#define ATTENDED_NAME_WORDS 8	/* at most, words naming the meeting before "có" */

/*
 * "(Đến) dự Lễ trao Huy hiệu Đảng có đồng chí A ...", "Tham dự Hội nghị
 * tổng kết có ...": the meeting noun at k after the word of attending that
 * opens the sentence, its name running in words to the "có" that lists who
 * attend, is the meeting of the text (stop 29 C2).
 */
static bool
attended_with_guests(const GbDoc *d, int ls, int k, int q)
{
	int			a = k - 1,
				j;

	/* "dự", not "dữ"; "có", not "cờ", "cơ" (all fold alike) */
	if (!tok_is(d, a, "du") || !gb_exact_any(d, a, "dự") || tok_has(d, k, T_NL))
		return false;
	if ((tok_is(d, a - 1, "tham") || tok_is(d, a - 1, "den")) && !tok_has(d, a, T_NL))
		a--;
	if (!(a == ls || tok_has(d, a, T_NL) || tok_punct(d, a - 1, '.')))
		return false;
	for (j = q; j < q + ATTENDED_NAME_WORDS && j < d->ntok && !tok_has(d, j, T_NL); j++)
	{
		if (tok_is(d, j, "co") && !tok_has(d, j, T_UPPER) && gb_exact_any(d, j, "có"))
			return j > q;
		if (!tok_has(d, j, T_WORD))
			return false;
	}
	return false;
}

/*
 * A meeting noun at k (km tokens, its phrase kind) in the line starting at
 * ls that the text reports as held, with no lead to say so: the meeting of
 * the text after a word of attending, "phát biểu tại hội nghị.", "tham dự
 * hội nghị có", "chủ trì hội nghị", "tại Hội nghị này" (not a meeting
 * named, "tại Hội nghị lần thứ 9 Ban Chấp hành Trung ương"), or opening a
 * sentence with what it did, "Hội nghị đã ...", "Hội nghị được tổ chức
 * trực tuyến".  Not one spoken of: "Nghị quyết Hội nghị", "phục vụ hội
 * nghị".
 */
static inline void
note_attended(GbMeetState *st, const GbDoc *d, int ls, int k, int km, const GbPhrase *kind)
{
	char	   *agent = NULL;
	int			q = k + km;

	/*
	 * "tại hội nghị,", "tại Hội nghị này", "Chủ trì hội nghị từ điểm cầu Hà
	 * Nội" (where it is attended from), "Phát biểu khai mạc hội nghị,": not
	 * "tại Hội nghị lần thứ 9 ..."
	 */
	if (!((phrase_ends_at(d, k, CAT_MEETWORD, MW_ATTEND) || role_at_meeting(d, k, q)) &&
		  (q >= d->ntok || tok_has(d, q, T_NL) || tok_punct(d, q, ',') ||
		   tok_punct(d, q, '.') || tok_punct(d, q, ';') || tok_punct(d, q, '-') ||
		   meetword(d, q, MW_THIS, NULL) > 0 ||
		   ((tok_is(d, q, "tu") || tok_is(d, q, "tai")) && !tok_has(d, q + 1, T_NL) &&
			meetword(d, q + 1, MW_BRIDGE, NULL) > 0))) &&
		!((k == ls || tok_punct(d, k - 1, '.')) &&
		  opening_predicate(d, q, strcmp(kind->value, "đại hội") == 0)) &&
		!attended_with_guests(d, ls, k, q) &&
		!(tok_is(d, k - 1, "tai") && tok_has(d, k - 1, T_UPPER) &&
		  (agent = passive_agent(d, q)) != NULL))
		return;
	if (meeting_spoken_of(d, k))
		return;
	if (!st->attended)
		st->attended = kind->value;
	if (!st->any.organizer && agent == NULL && tok_is(d, k - 1, "tai") &&
		tok_has(d, k - 1, T_UPPER))
		agent = passive_agent(d, q);
	if (!st->any.organizer && agent != NULL)
		st->any.organizer = agent;
	/*
	 * "Tại hội nghị, Ban Tổ chức Trung ương đã triển khai, quán triệt Quy
	 * định ...": with no lead to name who holds it, the body heading the
	 * sentence that opens on the meeting, doing what such a meeting does
	 * (organizer_match() reads the verb as in a lead), holds it
	 */
	if (!st->any.organizer && tok_is(d, k - 1, "tai") && tok_has(d, k - 1, T_UPPER) &&
		tok_punct(d, q, ',') && !tok_has(d, q + 1, T_NL))
		st->any.organizer = organizer_at(d, q + 1, true);
}

/* What every token is looked at for: meeting online, bridge points, years. */
static void
note_token_slow(GbMeetState *st, const GbDoc *d, int k)
{
	/* only a word that starts such a phrase can start the longest one */
	if (gb_dict_masks[d->tok[k].grp] & CAT_NETSTART)
		note_online(st, d, k);
	note_years(st, d, k);
	/* "Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030", not a document's */
	if (wants_congress_term(st) && tok_is(d, k, "dai") && tok_has(d, k, T_UPPER) &&
		tok_is(d, k + 1, "hoi") && !document_ends_at(d, k))
		st->congress_term = term_opened(d, k + 2, d->ntok);
}

/*
 * note_token_slow() for the few tokens it may take: a word that starts an
 * online phrase, a day, "năm" (its group), a word that may start a
 * meeting's kind ("Đại hội") while a congress's term is wanted.  Most
 * tokens of the lines before the lead are none.
 */
GB_HOT_INLINE void
note_token(GbMeetState *st, const GbDoc *d, int k)
{
	const GbTok *t = &d->tok[k];

	if ((gb_dict_masks[t->grp] & CAT_NETSTART) || is_day(t) || t->grp == st->nam_grp ||
		((gb_dict_masks[t->grp] & CAT_MEETKIND) && wants_congress_term(st)))
		note_token_slow(st, d, k);
}

/*
 * The tokens from k on, once nothing is left to find line by line: the
 * lead and a period are known.
 */
static void
rest_of_chunk(GbMeetState *st, const GbDoc *d, int k)
{
	while (k < d->ntok)
	{
		int			stop = (k | 4095) + 1;

		if (stop > d->ntok)
			stop = d->ntok;
		gb_check_interrupts();
		for (k = next_of_interest(st, d, k, stop); k < stop;
			 k = next_of_interest(st, d, k + 1, stop))
		{
			if (!st->any.organizer)
				organizer_anywhere(st, d, -1, k);
			if (wants_later_time(st) && (gb_dict_masks[d->tok[k].grp] & CAT_TIMEOFDAY))
				note_later_time(st, d, k);
			note_token(st, d, k);
		}
	}
}

/*
 * The window of the lead at k in the line [ls, le).  Returns whether it is
 * the whole line, whose period (if any) the window's then is.
 */
static bool
lead_window(GbMeetState *st, const GbDoc *d, int ls, int le, int k)
{
	int			lo = k - LEAD_BEFORE > ls ? k - LEAD_BEFORE : ls,
				hi = k + LEAD_AFTER < le ? k + LEAD_AFTER : le;

	scan_window(d, lo, hi, k, &st->lead);
	if (lo != ls || hi != le)
		return false;
	if (!st->any.period.text)
		st->any.period = st->lead.period;
	return true;
}

/*
 * Whether the lead's verb after the cue ending at e, in its sentence, is
 * in the future: "Ngày 29/8, Tỉnh ủy sẽ tổ chức hội nghị", "Sáng mai,
 * hội nghị dự kiến (được) tổ chức".  The meeting is announced ahead, held
 * after the report, however long after.
 */
static bool
lead_ahead(const GbDoc *d, int e, int le)
{
	int			j;

	for (j = e; j < le && j < e + LEAD_AFTER; j++)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':'))
			return false;
		if (meetword(d, j, MW_VERB, NULL) > 0)
		{
			if (tok_is(d, j - 1, "duoc"))
				j--;
			return (tok_is(d, j - 1, "se") && gb_exact_any(d, j - 1, "sẽ")) ||
				(tok_is(d, j - 2, "du") && tok_is(d, j - 1, "kien"));
		}
	}
	return false;
}

/*
 * The year for day/month md of a meeting announced ahead by a report
 * published on ref: the first on or after it (a day's slack), never one
 * in the year before.
 */
static GbDate
ahead_of_reference(GbDate md, GbDate ref)
{
	GbDate		r = md;

	for (r.y = ref.y; r.y <= ref.y + 1; r.y++)
		if (gb_date_valid(r.y, r.m, r.d) && gb_date_days(r) >= gb_date_days(ref) - 1)
			return r;
	r.y = 0;
	return r;
}

/*
 * The lead is the one cue dates at k in the line [ls, le): its window is
 * read; returns lead_window()'s answer.
 */
static bool
take_lead(GbMeetState *st, const GbDoc *d, GbDateCue cue, int ls, int le, int k)
{
	bool		days;

	st->have_lead = true;
	st->cue = cue;
	/* "Đại hội ... dự kiến diễn ra từ ngày 13 - 15.10" (probe 51 G3) */
	st->cue_ahead = lead_ahead(d, cue.end, le) ||
		(cue.start > ls && planned_verb(d, ls, cue.start, &days) >= 0);
	st->cue_os = d->tok[cue.start].os;
	st->cue_oe = d->tok[cue.end - 1].oe;
	return lead_window(st, d, ls, le, k);
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
 * Whether line [ls, le) names a meeting or a working session other than
 * one spoken of ("chuẩn bị công tác cho Đại hội"), as a lead must.  A
 * voter meeting is a lead that a later dated meeting beats (spoken_of_only()).
 */
static bool
names_meeting_held(const GbDoc *d, int ls, int le)
{
	const GbPhrase *ph = NULL;
	int			j;

	for (j = ls; j < le; j++)
		if ((kind_at(d, j, &ph) > 0 && ph->value != gb_kind_voters && !spoken_of_at(d, j)) ||
			session_at(d, j))
			return true;
	return false;
}

/*
 * Whether the lead just taken at k in line [ls, le) names no meeting held
 * nor who holds one.  From its own sentence to the line's end: "Báo cáo
 * tại phiên họp nêu rõ, ... Ngày 11/12, đồng chí A ... đã làm việc với
 * ..." names a meeting before the cue that is not the one it dates (probe
 * 54 G5).  A voter meeting alone is no more than that: "Từ ngày 14 -
 * 20/4, ... Nổi bật là hoạt động của đoàn đại biểu Quốc hội tiếp xúc cử
 * tri ...", the week's events, before "Sáng ngày 15/4, Thường trực Tỉnh
 * ủy tổ chức hội nghị"; with no later dated meeting it stays the lead
 * (probe 60 G2).
 */
static bool
spoken_of_only(const GbMeetState *st, const GbDoc *d, int ls, int le, int k)
{
	int			ss = sentence_start_of(d, ls, k);
	Found		own;
	const Found *f = &st->lead;

	if (ss > ls)
	{
		memset(&own, 0, sizeof(own));
		scan_window(d, ss, le, -1, &own);
		f = &own;
	}
	return !f->kind && (!f->noun || f->noun == gb_kind_voters) && !f->organizer &&
		!f->listed_by && !f->headed_by && !names_meeting_held(d, ss, le);
}

/*
 * A lead taken on trial: "Ngày 10/4/2025, 100% đảng bộ cơ sở đã hoàn
 * thành đại hội .... Sáng 15/4, Thường trực Tỉnh ủy tổ chức hội nghị":
 * a dated sentence that names no meeting held gives the background of a
 * later one in its paragraph, which a date of its own opens.  The first
 * lead is kept, to be given back when no later sentence dates a meeting.
 */
typedef struct TrialLead
{
	int			sentence_end;	/* a later cue from here on; -1: no trial */
	bool		period_seen;
	bool		cue_ahead;
	uint32_t	cue_os;
	uint32_t	cue_oe;
	GbDateCue	cue;
	Found		lead;
	Period		any_period;
} TrialLead;

/* The lead just taken, on trial: a later cue in its line may replace it. */
static void
try_lead(GbMeetState *st, TrialLead *tl, bool period_seen, int sentence_end)
{
	tl->sentence_end = sentence_end;
	tl->period_seen = period_seen;
	tl->cue_ahead = st->cue_ahead;
	tl->cue_os = st->cue_os;
	tl->cue_oe = st->cue_oe;
	tl->cue = st->cue;
	tl->lead = st->lead;
	tl->any_period = st->any.period;
	st->have_lead = false;
	memset(&st->lead, 0, sizeof(st->lead));
}

/* The lead on trial given back; returns its period_seen. */
static bool
restore_lead(GbMeetState *st, TrialLead *tl)
{
	st->have_lead = true;
	st->cue_ahead = tl->cue_ahead;
	st->cue_os = tl->cue_os;
	st->cue_oe = tl->cue_oe;
	st->cue = tl->cue;
	st->lead = tl->lead;
	st->any.period = tl->any_period;
	tl->sentence_end = -1;
	return tl->period_seen;
}

/*
 * "Chiều nay (21/9), Tỉnh ủy Yên Bái tổ chức họp báo ...", "Ngày 8/9, Tỉnh
 * ủy Hòa Bình tổ chức họp báo": a cue at k with a date, opening its
 * sentence, whose clause has a body (not a meeting) hold a meeting, not in
 * the future, reports an event held, in the line [ls, le).
 */
static bool
held_event_lead(const GbDoc *d, int ls, int le, int k)
{
	GbDateCue	cue;
	int			e,
				j;

	if (!tok_has(d, k, T_UPPER) || !gb_may_start_date_cue(d, k) ||
		(k != ls && !gb_sentence_break(d, k)) || !gb_date_cue(d, k, &cue) || !cue.has_date)
		return false;
	e = tok_punct(d, cue.end, ',') ? cue.end + 1 : cue.end;
	/* "Sáng 15/10, Đại hội ... đã khai mạc": the meeting of the days itself */
	if (kind_at(d, e, NULL) > 0)
		return false;
	for (j = e; j < le && j < e + LEAD_AFTER; j++)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':'))
			return false;
		if (meetword(d, j, MW_VERB, NULL) > 0)
			return !lead_ahead(d, j, le) && organizer_verb_before(d, e, j) != NULL;
	}
	return false;
}

/*
 * "Yên Bái tổ chức Đại hội ... từ ngày 22 - 24/9" as the headline, "Đại
 * hội ... sẽ được tổ chức từ ngày 14 đến 16/9/2015" in the text: the days
 * of a meeting announced ahead (a headline has no tense; a sentence says
 * it in the future), the lower-case cue st->cue at k in the line [ls, le),
 * are not the report's date when the rest of their paragraph or the next
 * reports an event held (held_event_lead()): "Chiều nay (21/9), Tỉnh ủy
 * Yên Bái tổ chức họp báo".  That event is the lead, so that its date,
 * time and organizer are those of the meeting its chairs chair (probe 46
 * G1); a report of the coming meeting alone is still dated by its days.
 */
/*
 * Whether the cue at k in the headline's line [ls, ...) is the day its
 * meeting "diễn ra (vào)": "Đại hội Đảng bộ xã An Bình diễn ra ngày 24-2"
 * announces the day as a headline's days do (stop 30 F4).
 */
static bool
headline_takes_place(const GbMeetState *st, const GbDoc *d, int ls, int k)
{
	int			v = tok_is(d, k - 1, "vao") ? k - 2 : k - 1;

	return d->first_chunk && ls == st->head.title_start && v - 1 > ls &&
		tok_is(d, v - 1, "dien") && tok_is(d, v, "ra");
}

static bool
planned_days_beaten(const GbMeetState *st, const GbDoc *d, int ls, int le, int k)
{
	bool		days;
	int			s,
				e,
				j;

	if (tok_has(d, k, T_UPPER) || !(st->cue.range || headline_takes_place(st, d, ls, k)) ||
		!((d->first_chunk && ls == st->head.title_start) ||
		  (planned_verb(d, ls, k, &days) >= 0 && days)))
		return false;
	for (j = k + 1; j < le; j++)
		if (held_event_lead(d, ls, le, j))
			return true;
	for (s = le; s < d->ntok; s = e)
	{
		int			words = 0;

		e = gb_line_end(d, s);
		/* a dateline or a caption's few words are passed, as no lead opens there */
		for (j = s; j < e && words <= 4; j++)
			if (d->tok[j].flags & T_WORD)
				words++;
		if (words <= 4)
			continue;
		for (j = s; j < e; j++)
			if (held_event_lead(d, s, e, j))
				return true;
		break;
	}
	return false;
}

/*
 * "Nét mới của Hội nghị học tập, quán triệt Nghị quyết ...": a meeting's
 * capitalized noun at k followed by its kind, after an activity paired
 * with it or not, names the meeting; the kind's phrase, for a text with
 * no lead whose meeting is only that noun.  The noun at k is given: km
 * tokens, its phrase noun.
 */
static void
note_named_kind(GbMeetState *st, const GbDoc *d, int k, int km, const GbPhrase *noun)
{
	const GbPhrase *kind = NULL;
	int			q = k + km,
				m;

	/* "tổ chức các Hội nghị Tổng kết ...": meetings of the past, not this one */
	if (!tok_has(d, k, T_UPPER) || tok_is(d, k - 1, "cac") || tok_is(d, k - 1, "nhung"))
		return;
	if ((m = meetword(d, q, MW_ACTIVITY, NULL)) > 0 &&
		(tok_punct(d, q + m, ',') || tok_is(d, q + m, "va")))
		q += m + 1;
	if (tok_has(d, q, T_NL) || kind_at(d, q, &kind) == 0 || kind->aux != 1 ||
		meeting_spoken_of(d, k))
		return;
	st->named_noun = noun->value;
	st->named = kind;
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

/*
 * The organizer of the sentence opening one of the few lines after the
 * headline's, which ends before token e: under a headline it is the lead,
 * dated or not ("Đảng ủy Công an tỉnh Thanh Hoá vừa tổ chức Hội nghị
 * ..."), after a byline or a date line perhaps; or NULL.
 */
static char *
opening_organizer(const GbDoc *d, int e)
{
	int			b = gb_line_end(d, e - 1),
				n,
				k;
	char	   *o;

	for (n = 0; n < OPENING_LINES && b < d->ntok; n++, b = gb_line_end(d, b))
	{
		int			se = sentence_end_from(d, b, gb_line_end(d, b));

		for (k = b; k < se; k++)
			if ((o = organizer_before(d, b, k)) != NULL)
				return o;
	}
	return NULL;
}

static void meet_chunk(GbMeetState *st, GbDoc *doc);

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

static void
meet_chunk(GbMeetState *st, GbDoc *doc)
{
	const GbDoc *d = doc;
	KindCursor	kc = {-1, -1, 0};
	PlenumSeen	ps = {-1, 0};
	GbDateCue	label,			/* a headline's date label, "Ngày 18/5: Khai mạc ..." */
				spoken;			/* a lead's cue whose meeting is only spoken of */
	int			decided = -1,
				label_at = -1,	/* its token, a lead's cue kept for want of one */
				label_ls = -1,
				label_le = -1,
				spoken_at = -1, /* likewise */
				spoken_ls = -1,
				spoken_le = -1,
				kept_end = -1;	/* the token after a cue kept so */
	bool		spoken_late = false;	/* spoken's cue came after a meeting attended */
	int			ls,
				le,
				k;
	TrialLead	trial = {.sentence_end = -1};

	st->range_end = 0;			/* a token of the chunk before */
	if (d->first_chunk)
	{
		/* the head was read by gb_meet_head() */
		/*
		 * a blog's byline run into the headline's line ends it: the lead
		 * after it starts a line of its own
		 */
		if (st->head.lead_start > 0 && st->head.lead_start < d->ntok)
			doc->tok[st->head.lead_start].flags |= T_NL;
		/*
		 * so does an outlet's tag, no part of the lead's first sentence:
		 * "(BTL) Sau 3 ngày làm việc, ngày 5-8, Đại hội ..."
		 */
		if (st->head.tag_end > 0 && st->head.tag_end < d->ntok)
			doc->tok[st->head.tag_end].flags |= T_NL;
		if (st->head.title_start >= 0)
		{
			scan_window(d, st->head.title_start, st->head.title_end, -1, &st->title);
			/* "Chủ đề công tác năm 2020: ...", a banner, reviews no year */
			if (st->head.title_start < st->head.slogan_end)
				memset(&st->title.period, 0, sizeof(st->title.period));
			/*
			 * a headline states its meeting with the bare verb; a line with
			 * a tense ("... sẽ tổ chức Đại hội.") is a sentence taken for
			 * one, whose subject need not hold the report's meeting
			 */
			if (st->title.organizer &&
				!gb_headline_sentence(d, st->head.title_start, st->head.title_end))
				st->title.organizer = NULL;
			if (st->head.hint.y == 0)
				issue_month(d, st->head.title_start, st->head.title_end, &st->head.hint);
			/* who holds the headline's meeting, as the sentence under it names him */
			if (st->title.organizer)
				st->opening_body = opening_organizer(d, st->head.title_end);
		}
		if (!st->title.listed_by)
		{
			const GbPhrase *kind = NULL;

			st->title.listed_by = kicker_listed_by(d, st->head.head_end, &kind);
			/* and the kind of the meeting it names, when the headline names none */
			if (st->title.listed_by && !st->title.kind && !st->title.noun)
			{
				if (kind->aux == 1)
					st->title.kind = kind->value;
				else
					st->title.noun = kind->value;
			}
		}
	}
	if (d->last_chunk)
	{
		/* the byline and the credit, in one walk over the last lines */
		char	   *byline = gb_report_tail(d, !st->head.author,
											st->head.source ? NULL : &st->credit);

		st->author = st->head.author ? st->head.author : byline;
	}

	for (ls = 0; ls < d->ntok; ls = le)
	{
		int			words = 0;
		bool		period_seen = false;	/* period_in() had the line */

		/* with the lead and a period known, what is left needs no lines */
		if (st->have_lead && st->any.period.text)
		{
			rest_of_chunk(st, d, ls);
			break;
		}
		le = gb_line_end(d, ls);
		gb_check_interrupts();
		/*
		 * a slogan banner above the headline, "Chủ đề công tác năm 2020:
		 * ... (03/02/1930 - 03/02/2020)", the site's, not the report's:
		 * none of its years or dates is the meeting's (stop 30 E6)
		 */
		if (d->first_chunk && le <= st->head.slogan_end &&
			st->head.title_start >= st->head.slogan_end)
			continue;
		/* a dateline ("24/06/2015 07:57") opens no lead */
		for (k = ls; k < le && words <= 4; k++)
			if (d->tok[k].flags & T_WORD)
				words++;
		for (k = ls; k < le; k++)
		{
			/* once the lead is known, only some tokens can add to it */
			if (st->have_lead && (k = next_of_interest(st, d, k, le)) == le)
				break;
			/*
			 * the words of a cue kept for want of a lead start no other:
			 * "Chiều ngày 21 và sáng ngày 22 tháng 12 năm 2022" heading the
			 * text is one cue, its time the first day's, not a cue at
			 * "ngày 21 và ..." without it (probe 48 G5)
			 */
			if (!st->have_lead && words > 4 && k >= trial.sentence_end && k >= kept_end &&
				lead_cue(d, &kc, &ps, ls, le, k, &st->cue, &decided) &&
				!planned_days_beaten(st, d, ls, le, k))
			{
				/*
				 * a headline that opens with a date, a label ("Ngày 18/5:
				 * Khai mạc ...") or a sentence's ("Sáng nay, Tổng Bí thư
				 * dự ..."), dates the meeting but opens no lead: the lead
				 * under it has the time of day, the year and who holds it
				 */
				if (k == st->head.title_start && d->first_chunk && label_at < 0)
				{
					label = st->cue;
					label_at = k;
					label_ls = ls;
					label_le = le;
					kept_end = label.end;
				}
				else
				{
					int			se = sentence_end_from(d, k, le),
								held = -1;	/* its sentence names a meeting held;
											 * read only where needed */

					period_seen = take_lead(st, d, st->cue, ls, le, k);
					/* a later cue on trial's behalf dates a meeting held, or gives it back */
					if (trial.sentence_end >= 0)
					{
						held = names_meeting_held(d, sentence_start_of(d, ls, k), se);
						if (!held)
							period_seen = restore_lead(st, &trial);
						trial.sentence_end = -1;
					}
					/*
					 * "Ngày 9/8, ... cho biết, ... chuẩn bị công tác cho Đại
					 * hội ...": a dated item of a listing page that names
					 * no meeting held nor who holds one is the lead only
					 * for want of a later one (spoken_of_only())
					 */
					if (spoken_at < 0 && spoken_of_only(st, d, ls, le, k))
					{
						st->have_lead = false;
						memset(&st->lead, 0, sizeof(st->lead));
						spoken = st->cue;
						spoken_at = k;
						spoken_ls = ls;
						spoken_le = le;
						spoken_late = st->attended != NULL;
						kept_end = spoken.end;
					}
					else if (st->have_lead && se < le)
					{
						if (held < 0)
							held = names_meeting_held(d, sentence_start_of(d, ls, k), se);
						if (!held)
							try_lead(st, &trial, period_seen, se);
					}
				}
			}
			if (!st->any.organizer)
				organizer_anywhere(st, d, ls, k);
			/* a meeting's noun at k, looked up once for both notes */
			/*
			 * the meeting attended, and who holds it: a caption's "phát
			 * biểu tại hội nghị" names none, a later "Tại hội nghị, <body>
			 * đã thảo luận" may (probe 45 G6)
			 */
			if (!st->have_lead && (!st->attended || !st->named || !st->any.organizer))
			{
				const GbPhrase *noun = NULL;
				int			nm = kind_at(d, k, &noun);

				if (nm > 0 && noun->aux == 0 && (!st->attended || !st->any.organizer))
					note_attended(st, d, ls, k, nm, noun);
				if (nm > 0 && noun->aux == 0 && !st->named)
					note_named_kind(st, d, k, nm, noun);
			}
			if (wants_later_time(st) && (gb_dict_masks[d->tok[k].grp] & CAT_TIMEOFDAY))
				note_later_time(st, d, k);
			note_token(st, d, k);
		}
		/* no later sentence of its line dated a meeting: the lead on trial */
		if (trial.sentence_end >= 0)
			period_seen = restore_lead(st, &trial);
		/* a period anywhere, line by line, until one is found */
		if (!period_seen && d->first_chunk && ls == st->head.title_start &&
			le == st->head.title_end)
		{
			/* the headline was searched for a period already */
			if (!st->any.period.text)
				st->any.period = st->title.period;
			period_seen = true;
		}
		if (!st->any.period.text && !period_seen)
			period_in(d, ls, le, &st->any.period, &st->any.planned, false);
	}
	/* no lead under the dated headline: its label is the lead's cue */
	if (!st->have_lead && label_at >= 0)
		take_lead(st, d, label, label_ls, label_le, label_at);
	/*
	 * "Đồng chí A ... chủ trì phiên họp. ... Ngày 11/12, đồng chí B ... đã
	 * làm việc với ...": an item spoken of after the meeting the report
	 * names as held is another event, the meeting's day untold (probe 54 G5)
	 */
	if (!st->have_lead && spoken_at >= 0 && !spoken_late)
		take_lead(st, d, spoken, spoken_ls, spoken_le, spoken_at);
}

/* The year for day/month md that puts it nearest to date b. */
static GbDate
nearest_to(GbDate md, GbDate b)
{
	GbDate		r = md,
				best = md;
	long		bd = -1;

	best.y = 0;
	for (r.y = b.y - 1; r.y <= b.y + 1; r.y++)
	{
		long		dist;

		if (!gb_date_valid(r.y, r.m, r.d))
			continue;
		dist = gb_date_days(r) - gb_date_days(b);
		if (dist < 0)
			dist = -dist;
		if (bd < 0 || dist < bd)
		{
			bd = dist;
			best = r;
		}
	}
	return best;
}

/*
 * The year for day/month md that puts it at most ahead days after ref, the
 * latest such: a week after the publication (ANNOUNCED_AHEAD), or on or
 * before a meeting still planned (0).
 */
static GbDate
near_reference(GbDate md, GbDate ref, int ahead)
{
	GbDate		r = md;
	long		limit = gb_date_days(ref) + ahead;
	int			y;

	for (y = ref.y + 1; y >= ref.y - 1; y--)
	{
		r.y = y;
		if (gb_date_valid(r.y, r.m, r.d) && gb_date_days(r) <= limit)
			return r;
	}
	r.y = 0;
	return r;
}

/*
 * A year guessed for day/month md, which a report published on ref cannot
 * put after it (past the days near_reference() allows a meeting announced):
 * the year that puts it nearest before, as the report would be read
 * without the period or the years it guessed from.
 */
static GbDate
not_after_published(GbDate md, GbDate ref)
{
	if (ref.y == 0 || md.y == 0 || gb_date_days(md) <= gb_date_days(ref) + ANNOUNCED_AHEAD)
		return md;
	return near_reference(md, ref, ANNOUNCED_AHEAD);
}

static GbDate
period_start(const Period *p, int year)
{
	GbDate		r = {year, p->mlo, 1};

	return r;
}

static void
set_period(GbMeeting *mt, const Period *p, int year)
{
	int			m = p->mlo - 1 + p->nmonths;

	/* a period closing past the last year a date may have ("quý 4" of 9999): none */
	if (!gb_date_valid(year + m / 12, m % 12 + 1, 1) || !gb_date_valid(year, p->mlo, 1))
		return;
	mt->period_lo = period_start(p, year);
	mt->period_hi.y = year + m / 12;
	mt->period_hi.m = m % 12 + 1;
	mt->period_hi.d = 1;
	mt->period_text = p->text;
}

/*
 * Whether a review on date r comes too long after the end of the period it
 * reviews: "hướng dẫn đánh giá ... năm 2014" on 23/10 is not in October
 * 2015, when the next year's review is near; it prepares one in 2014, or
 * speaks of it, which the date alone does not tell.
 */
static inline bool
review_too_late(GbDate r, GbDate end)
{
	return gb_date_days(r) > gb_date_days(end) + REVIEW_AFTER;
}

/*
 * "từ sau Hội nghị ... tháng 7/2015 đến nay": the months from the start of
 * per to the meeting's on held, which must be known and after it; a span of
 * a year's or more is no period a meeting reviews, of which none is set.
 */
static void
set_period_to(GbMeeting *mt, const Period *per, int year, GbDate held)
{
	Period		span = *per;

	span.nmonths = (held.y - year) * 12 + held.m - per->mlo + 1;
	if (held.y && span.nmonths >= per->nmonths && span.nmonths <= 12)
		set_period(mt, &span, year);
}

/*
 * Whether the period per of year is ahead of the meeting held on held,
 * the work it plans, not the period it reviews (which resolve_dates()
 * asks only when the meeting's kind is no review): one that starts after
 * the meeting, or a year that lies more than half after it with no
 * reviewing word before it, "Sáng 15/1/2024, ... tổ chức Hội nghị công
 * tác kiểm tra, giám sát năm 2024", which opens the year's work, nothing
 * of it done yet to review (probe b G4).  "Hội nghị ... năm 2024" on
 * 20/12/2024 reviews a year mostly gone.
 */
static bool
ahead_of_held(const Period *per, int year, GbDate held)
{
	int			m = per->mlo - 1 + per->nmonths;
	GbDate		end = {year + m / 12, m % 12 + 1, 1};
	long		start = gb_date_days(period_start(per, year)),
				day = gb_date_days(held);

	return held.y && (start > day ||
					  (per->nmonths == 12 && !per->reviewed &&
					   gb_date_days(end) - day > day - start));
}

/*
 * Whether a meeting held on held can review the span of years per: one
 * held from the start of its last year ("tổng kết 5 năm (2021-2025)" in
 * March 2025) to a year after its end.  A span that ends years after the
 * meeting is a programme's, "sơ kết ... Nghị quyết ... giai đoạn
 * 2021-2030" in 2023, or one ahead.
 */
static bool
span_reviewable(GbDate held, const Period *per)
{
	int			last = per->year + (per->mlo - 1 + per->nmonths - 1) / 12;

	return held.y >= last && held.y <= last + 1;
}

/*
 * The year for day/month md of a meeting that reviews period per: reviews
 * are held near the end of the period or after it, never long before.
 */
static GbDate
after_period(GbDate md, const Period *per)
{
	GbDate		r = md,
				end;
	int			m = per->mlo - 1 + per->nmonths;

	end.y = per->year + m / 12;
	end.m = m % 12 + 1;
	end.d = 1;
	/*
	 * in the second half of the period itself: "Hội nghị 6 tháng đầu năm"
	 * in April; in the year whose work it is named for, not reviewed:
	 * "Hội nghị toàn quốc về công tác kiểm tra năm 2015" in January
	 */
	r.y = per->year;
	if (gb_date_valid(r.y, r.m, r.d) &&
		((per->nmonths < 12 && (r.m - per->mlo) * 2 >= per->nmonths &&
		  r.m < per->mlo + per->nmonths) || per->of_work))
		return r;
	for (r.y = per->year; r.y <= per->year + 1; r.y++)
		if (gb_date_valid(r.y, r.m, r.d) &&
			gb_date_days(r) >= gb_date_days(end) - REVIEW_AHEAD)
			return review_too_late(r, end) ? (GbDate) {0, 0, 0} : r;
	r.y = 0;
	return r;
}

/*
 * The year written in the text with the day and month of md, or with one of
 * the next days of a range ("từ ngày 26-29/10" and later "khai mạc ngày
 * 27/10/2015"): the same days, the same year.  0 when none is.
 */
static int
year_written_with(const GbMeetState *st, GbDate md, bool range)
{
	int			k,
				days = range ? 7 : 1;

	if (md.m < 1 || md.m > 12)
		return 0;
	for (k = md.d; k < md.d + days && k <= 31; k++)
		if (k >= 1 && st->day_year[md.m - 1][k - 1])
			return st->day_year[md.m - 1][k - 1];
	return 0;
}

/*
 * Whether day and month md in year y come before the latest full date of
 * the text when that is a cited document's issue date (latest_cited): the
 * meeting follows what it carries out, so "Sáng 22/10" of a report that
 * rolls out a plan of 22.7.2019 is not in 2018, though a resolution of
 * 22.10.2018 is cited too (probe 48 G4).  The same day and month written
 * with a year then tells nothing of the meeting's.
 */
static bool
before_latest_cited(const GbMeetState *st, GbDate md, int y, bool latest_cited)
{
	md.y = y;
	return latest_cited && st->latest_date.y && gb_date_days(md) < gb_date_days(st->latest_date);
}

/*
 * Whether date is the issue date of a document the text cites.  A sơ kết or
 * a tổng kết reviews a document years after its issue: the year of that
 * date tells nothing of the meeting's unless "N năm" counts the years.
 */
static bool
cited_issue_date(const GbResult *res, GbDate date)
{
	int			i;

	for (i = 0; i < res->ncitations; i++)
		if (res->citations[i].issued.y == date.y &&
			res->citations[i].issued.m == date.m &&
			res->citations[i].issued.d == date.d)
			return true;
	return false;
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

/*
 * The year for day/month md nearest to the latest full date of the text,
 * latest, when that is written bare, without "ngày", and is no cited
 * document's issue date: a page's timestamp after the lead, the date of
 * another item under "Tin khác".  The meeting may come before it as well
 * as after ("Sáng 27/4" over "08:57, 28/04/2021" is of 2021, not 2022);
 * only a document, of the latest date issued written after "ngày" or
 * cited, bounds it from below (probe 62 G2).
 */
static GbDate
near_latest(GbDate md, GbDate latest, GbDate issued)
{
	GbDate		r = nearest_to(md, latest);

	if (r.y && issued.y && gb_date_days(r) < gb_date_days(issued))
		r.y++;
	if (r.y && !gb_date_valid(r.y, r.m, r.d))
		r.y = 0;
	return r;
}

/*
 * Whether day and month md in year y, a year derived from "sơ kết 5 năm
 * thực hiện Nghị quyết ... ngày 30/7/2013", come before issued, the latest
 * issue date of a document the text cites: that phrase was the subject of
 * another document ("Thông báo số 55-TB/TW, ngày 20/4/2019 ... về sơ kết 5
 * năm ..."), not the meeting's, which follows what it carries out (probe
 * 61 G5).
 */
static bool
before_issued(GbDate md, int y, GbDate issued)
{
	md.y = y;
	return issued.y && gb_date_valid(md.y, md.m, md.d) &&
		gb_date_days(md) < gb_date_days(issued);
}

/*
 * Whether a day whose year was guessed lies in the weeks before the
 * publication ref: a report of it, which puts the year beyond doubt, so
 * that a period starting after it is work ahead, not a sign of a wrong
 * guess ("Sáng 21/2, ... tổ chức hội nghị ... Đại hội ... tổ chức trong
 * tháng 6/2024" published 21/2/2024: none; stop 30 G3).
 */
static bool
reported_soon(GbDate held, GbDate ref)
{
	long		gap;

	if (held.y == 0 || ref.y == 0 || ref.d == 0)
		return false;
	gap = gb_date_days(ref) - gb_date_days(held);
	return gap >= 0 && gap <= REPORTED_WITHIN;
}

/*
 * Resolve the date of the meeting and the period against each other.
 * latest_cited: the latest full date is a cited document's issue date;
 * issued: the latest issue date of a cited document.
 */
static void
resolve_dates(GbMeetState *st, GbMeeting *mt, GbDate ref, const Period *per,
			  bool per_in_lead, bool latest_cited, GbDate issued)
{
	bool		review = st->lead.reviews || (mt->meeting_kind &&
											 (strcmp(mt->meeting_kind, "tổng kết") == 0 ||
											  strcmp(mt->meeting_kind, "sơ kết") == 0));
	bool		giao_ban = mt->meeting_kind && strcmp(mt->meeting_kind, "giao ban") == 0;

	/*
	 * a ceremony reviews no year's work: "Thực hiện Kế hoạch ... về công
	 * tác Đoàn năm 2023. Tối 01/9/2023, ... tổ chức lễ kết nạp đoàn viên
	 * mới" names the programme the ceremony is held under (probe 69 G5b)
	 */
	bool		ceremony = mt->meeting_kind &&
		strncmp(mt->meeting_kind, "lễ", strlen("lễ")) == 0 &&
		(mt->meeting_kind[strlen("lễ")] == '\0' || mt->meeting_kind[strlen("lễ")] == ' ');

	GbDate		held = st->cue.date,
				in_period,
				in_month;
	int			written,
				period_year = 0;	/* the day's year, from the period */

	/*
	 * a span of years reviewed gives the day no year: "tổng kết 5 năm
	 * (2021-2025)" is held in 2025 or in 2026
	 */
	const Period *dating = per && per->year && per->nmonths <= 12 ? per : NULL;

	mt->time_of_day = st->cue.time_of_day ? st->cue.time_of_day : st->later_time;
	/*
	 * "phiên bế mạc ... sáng ngày 15-10" and "Đại hội diễn ra từ ngày 12
	 * đến ngày 15 tháng 10 năm 2020": a session's day without a year,
	 * within the full span the text gives, is part of that event, which
	 * is dated by its first day; the session's time of day is not its own
	 */
	if (st->cue.has_date && held.y == 0 && st->span_start.y && held.m == st->span_start.m &&
		held.d >= st->span_start.d && held.d <= st->span_end.d)
	{
		held = st->span_start;
		mt->time_of_day = NULL;
	}
	if (st->cue.has_date && held.y)
		mt->date_inferred = 0;
	else if (st->cue.has_date)
	{
		mt->date_inferred = 1;
		/*
		 * a period reviewed too long before the day gives no year: the
		 * publication's, if known, else none
		 */
		if (dating && per_in_lead &&
			((in_period = after_period(held, dating)).y || ref.y == 0))
			period_year = (held = in_period).y;
		else if (ref.y)
			held = st->cue_ahead ? ahead_of_reference(held, ref) :
				near_reference(held, ref, ANNOUNCED_AHEAD);
		else if (st->lead.term_year && mt->meeting_kind == st->lead.noun)
			held.y = st->lead.term_year;
		/*
		 * a review of a congress follows it, in the year its term opens,
		 * and a congress is held in that year; in January or February it
		 * may be of one held late the year before: no year rather than a
		 * wrong one
		 */
		else if (st->congress_term && held.m > 2 &&
				 (st->lead.reviews_congress ||
				  (congress_lead(st) && mt->meeting_kind == st->lead.noun)))
			held.y = st->congress_term;
		else if (st->review_year && !before_issued(held, st->review_year, issued))
			held.y = st->review_year;
		else if (dating)
			period_year = (held = after_period(held, dating)).y;
		else if ((written = year_written_with(st, held, st->cue.range)) != 0 &&
				 !before_latest_cited(st, held, written, latest_cited))
			held.y = written;	/* the same days written elsewhere with a year */
		else if (st->latest_date.y || st->bound_date.y || st->ahead_date.y)
		{
			GbDate		after = held,
						near = {0, 0, 0},
						before = {0, 0, 0};

			/*
			 * after the documents it cites; a review of one, some years
			 * after, of which the text says nothing
			 */
			after.y = review && latest_cited ? 0 : st->latest_date.y;
			if (after.y && st->latest_bare && !latest_cited)
				after = near_latest(held, st->latest_date,
									issued.y && gb_date_days(issued) > gb_date_days(st->latest_dated) ?
									issued : st->latest_dated);
			else if (after.y && gb_date_days(after) < gb_date_days(st->latest_date))
				after.y++;
			/* near a start, before a deadline, unless that is before them */
			if (st->bound_date.y)
				near = st->bound_end ? near_reference(held, st->bound_date, 0) :
					nearest_to(held, st->bound_date);
			/* before a meeting still planned, not in the year after it */
			if (st->ahead_date.y)
				before = near_reference(held, st->ahead_date, 0);
			if (before.y && (after.y == 0 || gb_date_days(before) >= gb_date_days(after)))
				after = before;
			held = near.y && (after.y == 0 || gb_date_days(near) >= gb_date_days(after)) ?
				near : after;
		}
		else if (st->month_date.y &&
				 (in_month = nearest_to(held, st->month_date)).y >= st->first_year)
			held = in_month;		/* near a month of a year, unless before a year written */
		else if (st->first_year && st->plan_year == st->first_year + 1)
		{
			/* "tổng kết ... năm 2019, triển khai nhiệm vụ năm 2020": between the two */
			Period		year = {1, 12, st->first_year, 0, 0, false, NULL, false, false, false};

			held = after_period(held, &year);
		}
		else if (st->first_year)
		{
			/* a review early in the year: of the year written, or the one before */
			/* "gặp mặt" early in the year: a Tết gathering, which speaks of the year before */
			if (held.m <= 2 && mt->meeting_kind && (strcmp(mt->meeting_kind, "tổng kết") == 0 ||
													 strcmp(mt->meeting_kind, "gặp mặt") == 0))
				held.y = 0;
			else
				held.y = st->first_year;
		}
		else if (st->plan_year && held.m <= 6)
			held.y = st->plan_year; /* a year planned: a meeting in its first half */
		else
			held.y = 0;			/* late in the year before it, or unknown */
		if (held.y && !gb_date_valid(held.y, held.m, held.d))
			held.y = 0;
		/* a meeting announced ahead may be held weeks after the report */
		if (!st->cue_ahead)
			held = not_after_published(held, ref);
		/* a year guessed that puts a review before the document it reviews */
		if (held.y && review && latest_cited &&
			gb_date_days(held) < gb_date_days(st->latest_date))
			held.y = 0;
	}
	else if (st->have_lead && ref.y && ref.d)
	{
		/* "sáng nay" without a date: the day of publication; "chiều qua" the day before */
		held = ref;
		if (st->cue.yesterday && --held.d == 0)
		{
			held.m = held.m == 1 ? 12 : held.m - 1;
			held.y -= held.m == 12;
			held.d = gb_month_last_day(held.y, held.m);
		}
		mt->date_inferred = 1;
	}
	if (held.y)
		mt->held_on = held;
	else
		mt->date_inferred = -1;

	if (per)
	{
		int			year = per->year;

		if (year == 0)
			year = held.y ? held.y : ref.y ? ref.y : st->latest_date.y ?
				st->latest_date.y : st->first_year;
		if (year && per->year == 0 && held.y &&
			gb_date_days(period_start(per, year)) > gb_date_days(held))
			year--;
		if (ceremony && per->of_work && !review)
			;
		else if (year && per->to_now)
			set_period_to(mt, per, year, held);
		/*
		 * a period ahead of the day, written or read from the period, is
		 * the work planned; one ahead of a year guessed from elsewhere
		 * (the publication's) tells that the guess is wrong, not the period
		 */
		else if (year && (per->nmonths <= 12 ?
						  review || giao_ban ||
						  (mt->date_inferred && held.y != period_year && !reported_soon(held, ref)) ||
						  !ahead_of_held(per, year, held) :
						  held.y == 0 || span_reviewable(held, per)))
			set_period(mt, per, year);
	}
}

/*
 * The latest year the text itself gives for its meeting and work: a
 * period's, the first "năm 2016", a year planned or reviewed, a congress's
 * term, the latest full date but the header's own (on the day of ref);
 * 0 when it gives none.  A cited document's issue date is not one: the
 * documents a meeting carries out may be years old ("Kết luận số 21-KL/TW
 * ngày 25/10/2021" under a page of 05/09/2024, probe 54 G2).
 */
static int
text_year(const GbMeetState *st, const GbResult *res, const Period *per, GbDate ref)
{
	int			y = 0,
				m,
				dd;

	for (m = 0; m < 12; m++)
		for (dd = 0; dd < 31; dd++)
			if (st->day_year[m][dd] > y && !(m == ref.m - 1 && dd == ref.d - 1) &&
				!cited_issue_date(res, (GbDate) {st->day_year[m][dd], m + 1, dd + 1}))
				y = st->day_year[m][dd];

	/* a span of years: its last */
	if (per && per->year + (per->nmonths - 1) / 12 > y)
		y = per->year + (per->nmonths - 1) / 12;
	if (st->first_year > y)
		y = st->first_year;
	if (st->plan_year > y)
		y = st->plan_year;
	if (st->review_year > y)
		y = st->review_year;
	if (st->lead.term_year > y)
		y = st->lead.term_year;
	return y;
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
organizer_point_chairs(GbResult *res, GbMeeting *mt)
{
	size_t		m = strlen(mt->organizer);
	int			i,
				j;

	for (i = 0; i < res->nofficials; i++)
	{
		GbOfficial *o = &res->officials[i];
		size_t		n = o->point ? strlen(o->point) : 0;

		if (n == 0 ||
			((n > m || memcmp(mt->organizer + m - n, o->point, n) != 0 ||
			  (n < m && mt->organizer[m - n - 1] != ' ')) &&
			 !heads_organizer(o, mt->organizer)))
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
	bool		per_in_lead;
	int			i;

	mt->title = st->head.title;
	mt->source = st->head.source ? st->head.source : st->credit;
	mt->author = st->author;
	if (ref.y == 0)
		ref = gb_head_date(&st->head);
	mt->published = ref;
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
			mt->chairs[mt->nchairs++] = res->officials[i].name;

	/*
	 * the headline's subject of its meeting verb ("Đảng ủy Khối ... giao
	 * ban ...", "Bộ Chính trị làm việc với ...") names the report's own
	 * meeting, before a body found holding one anywhere in the text
	 */
	mt->organizer = (char *) first_of(st->lead.organizer, st->title.listed_by,
									  st->title.organizer,
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

	mt->meeting_kind = first_of(st->lead.kind, st->title.kind,
								st->lead.noun, st->title.noun);
	/* with none in the lead or the headline, the organizer's verb has them */
	if (!mt->meeting_kind)
		mt->meeting_kind = st->any.kind ? st->any.kind : st->any.noun;
	/* or the kind of one said held, then a meeting the body reports as held */
	if (!mt->meeting_kind)
		mt->meeting_kind = st->held_kind ? st->held_kind : st->attended;
	/* "dự hội nghị" where "Hội nghị học tập, quán triệt ..." is named: its kind */
	if (!st->have_lead && st->named && mt->meeting_kind &&
		strcmp(mt->meeting_kind, st->named_noun) == 0)
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
	 * 2017 the report cites
	 */
	if (st->published.y == 0 && st->head.published.y != 0 && ref.y && st->cue.has_date &&
		st->cue.date.y == 0)
	{
		int			y = text_year(st, res, per, ref);

		if (y && ref.y - y >= 2)
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

	if (mt->nchairs == 0 && mt->organizer && st->online)
		organizer_point_chairs(res, mt);

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
