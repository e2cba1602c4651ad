/*
 * meeting_int.h
 *	  What the files of the meeting's extraction share: the state, the
 *	  facts of a window, the bounds of their look-arounds, the functions
 *	  one file calls in another, and the small hot helpers.
 *
 * meeting.h stays the module's public entry.  meeting.c was split into
 * one file a concern; this header is private to them.  The helpers asked
 * at every token (kind_at(), meetword(), sentence_end() ...) are static
 * inline here, moved as they were, so that calls across the files cost
 * nothing more than before.
 */
#ifndef GB_MEETING_INT_H
#define GB_MEETING_INT_H

#include "meeting.h"
#include "gazetteer.h"
#include "parse.h"
#include "names.h"

#define LEAD_BEFORE		150		/* tokens of the lead line before the cue */
#define LEAD_AFTER		300		/* and after it */
#define CLAUSE_BACK		10		/* tokens looked back for a planning word */
#define LIST_ITEM		4		/* and further back for each item of a list */
#define CLAUSE_LIST_BACK	30	/* but never more than this */
#define REVIEW_BACK		24		/* and for a reviewing word before a plan noun */
#define ORGANIZER_BACK	16		/* tokens looked back from a meeting verb */
#define CLAUSE_DATE_BACK	24	/* tokens looked back from it for its clause's date */
#define TIME_CLAUSE_BACK	16	/* and for "sau khi" opening its clause */
#define AGENDA_BACK		80		/* tokens from an agenda item back to "để" */
#define PURPOSE_BACK	16		/* and from "để" back to the meeting: "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 (mở rộng)" */
#define DOCNAME_BACK	6		/* tokens from "năm" back to the document it names: "Luật Đất đai" */
#define FUTURE_AHEAD	24		/* tokens around a period "trong tháng 3" to its clause's "sẽ" */
#define TERM_AHEAD		24		/* tokens from "đại hội" to the term it opens */
#define MAX_BRIDGES		32
#define PLACE_NAME_WORDS	3	/* words of a province's name: "Thừa Thiên Huế" */
#define AGENCY_WORDS	14		/* tokens of an agency's name after "Đảng ủy" */
#define PANEL_WORDS		6		/* words of a congress panel's field: "Tuyên truyền khánh tiết" */
#define MAX_LISTED		4		/* "Bộ Chính trị, Ban Bí thư tổ chức" */
#define OBJECT_KINDS	3		/* meetings noted of that object */

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
	bool		from_day;		/* to_now from a day, "từ ngày 1/7/2025 đến nay" */
	bool		joined;			/* a year and the next one's first months,
								 * year_and_start() */
} Period;

/* Facts found in one window: the lead, the headline, the whole text. */
typedef struct Found
{
	const char *kind;			/* giao ban, quán triệt ... */
	const char *noun;			/* hội nghị, phiên họp ... */
	char	   *organizer;
	char	   *listed_by;		/* "Hội nghị giao ban Ban Tổ chức Trung ương" */
	int			agenda_year;	/* first year on a conveyed plenum's agenda */
	const char *headed_by;		/* "Trưởng Ban Tổ chức Trung ương chủ trì" */
	Period		period;
	Period		planned;		/* the first period planned with a year */
	char	   *scope;
	int			term_year;		/* "Đại hội ..., nhiệm kỳ 2015 - 2020": 2015 */
	bool		reviews_congress;	/* "tổng kết, rút kinh nghiệm sau khi Đại hội ..." */
	bool		reviews;		/* a review named, as the kind or the topic: "họp về tổng kết" */
	bool		briefing;		/* its noun a current-affairs briefing's: "hội nghị
								 * thông tin thời sự" */
	GbDate		named_month;	/* "hội nghị báo cáo viên tháng 2/2023" in the
								 * lead's sentence: the month naming it */
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
	bool		cue_told;		/* its days after "diễn ra", no tense: "Đại hội ... diễn ra
								 * từ ngày 2 đến 4-10" */
	bool		cue_notice;		/* its date a notice's of a meeting "vừa" held:
								 * "Ngày 10/5, tin từ X cho biết, A vừa tổ
								 * chức ..." (notice_of_held()) */
	uint32_t	cue_os;			/* the cue in the original text */
	uint32_t	cue_oe;
	int			cue_back;		/* days the meeting worked before the cue's:
								 * "Sáng 2/10, Đại hội ... bước sang ngày làm
								 * việc thứ ba" (2; days_worked_before()) */
	Found		lead;
	Found		title;
	bool		title_ahead;	/* the headline's meeting still to come: "Đại hội
								 * ... sẽ diễn ra vào tháng 1" */
	Found		any;
	char	   *opening_body;	/* the organizer of the first sentence under a
								 * headline naming one, read for want of a
								 * lead's: "Đảng ủy Công an tỉnh Thanh Hoá vừa
								 * tổ chức ..." */
	Found		opening;		/* the kind and noun its verb holds */
	bool		online;
	bool		relayed;		/* "X tổ chức điểm cầu theo dõi Hội nghị ...":
								 * the report's point, unnamed, is X's own */
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
	char	   *bridge_unlevelled[MAX_BRIDGES];	/* the key without a level word
												 * inside: "truong chinh tri ninh
												 * thuan" of "... tinh ninh thuan" */
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
	int			agenda_year;	/* first year on a conveyed plenum's agenda */
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

/* The bit of meeting word aux (all below 64) in meetwords_ending_at()'s answer. */
#define MW_BIT(aux)		(UINT64_C(1) << (aux))

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

/* meeting_kind.c: the kind of meeting at a token */
extern int	meetword_read(const GbDoc *d, int i, const GbPhrase **out);
extern bool document_year(const GbDoc *d, int k);
extern int	leader_clause_end(const GbDoc *d, int q);
extern bool closes_fronted_place(const GbDoc *d, int p);
extern bool held_by_verb(const GbDoc *d, int i);
extern int	contest_round_end(const GbDoc *d, int q);
extern bool meeting_noun_before(const GbDoc *d, int i);
extern bool meeting_announces(const GbDoc *d, int i, const GbPhrase *ph);
extern bool session_noun_named(const GbDoc *d, int k, const char *noun, const GbPhrase *kind);
extern int	cell_attended_at(const GbDoc *d, int i, int s, int e);
extern int	kind_read(const GbDoc *d, int i, const GbPhrase **out);

/* meeting_period.c: periods reviewed or planned */
extern int	year_after(const GbDoc *d, int q, int *end);
extern int	period_end_at(const GbDoc *d, int p);
extern int	count_at(const GbDoc *d, int p, int *v);
extern bool phrase_ends_at(const GbDoc *d, int p, GbCats cat, int aux);
extern uint64_t meetwords_ending_at(const GbDoc *d, int p, uint64_t want);
extern bool sentence_reviews(const GbDoc *d, int p, int floor);
extern bool plan_object(const GbDoc *d, int p, int floor);
extern bool plan_heading(const GbDoc *d, int start, int end);
extern void issue_month(const GbDoc *d, int lo, int hi, GbDate *hint);
extern void named_month(const GbDoc *d, int lo, int hi, GbDate *named);
extern bool career_span(const GbDoc *d, int start, int end);
extern bool period_in(const GbDoc *d, int lo, int hi, Period *out,
					  Period *planned, bool spans, PlenumSeen *ps, int *agenda_year);

/* meeting_body.c: a body's name at a token */
extern int	congress_panel_at(const GbDoc *d, int p);
extern int	lower_body(const GbDoc *d, int p, const char **name);
extern int	body_at(const GbDoc *d, int p, const char **name);

/* meeting_organizer.c: who holds a meeting a verb names */
extern int	sitting_of(const GbDoc *d, int q);
extern int	sitting_number_end(const GbDoc *d, int q);
extern int	after_clause_start(const GbDoc *d, int p);
extern int	after_clause_ahead(const GbDoc *d, int p);
extern int	past_article(const GbDoc *d, int q);
extern bool meeting_object(const GbDoc *d, int q);
extern int	colon_list_item(const GbDoc *d, int q);
extern bool meeting_activity(const GbDoc *d, int q);
extern bool session_numbered(const GbDoc *d, int q);
extern bool session_notice_at(const GbDoc *d, int k);
extern bool bridge_link(const GbDoc *d, int q);
extern bool is_dang(const GbDoc *d, int i);
extern int	skip_adverbs(const GbDoc *d, int q);
extern int	places_apposed(const GbDoc *d, int q, int most);
extern int	city_apposition(const GbDoc *d, int q);
extern int	lower_party_subject(const GbDoc *d, int p);
extern int	place_subject_slow(const GbDoc *d, int p);
extern char *organizer_match(const GbDoc *d, int p, bool activity);
extern char *office_of(const GbDoc *d, int p, char *name);

/* meeting_listed.c: the organizer a meeting's name lists, or read anywhere */
extern char *congress_of(const GbDoc *d, int q);
extern const char *capital_cell(const GbDoc *d, const char *name);
extern bool working_day_of(const GbDoc *d, int k);
extern char *listed_by(const GbDoc *d, int p, int m, const GbPhrase *kind);
extern const char *headed_by_at(const GbDoc *d, int p, int m);
extern char *organizer_verb_before(const GbDoc *d, int ls, int k, int m);
extern void verb_object(const GbDoc *d, int k, Found *f);
extern bool in_time_clause(const GbDoc *d, int k);
extern const char *side_event_of(const GbDoc *d, int k);
extern char *held_session_owner(const GbDoc *d, int k);
extern void organizer_anywhere_at(GbMeetState *st, const GbDoc *d, int ls,
								  int k);

/* meeting_bridges.c: scope, bridge points, online */
extern char *scope_at(const GbDoc *d, int p, int m, const GbPhrase *mw);
extern void note_online(GbMeetState *st, const GbDoc *d, int k);
extern int	relay_point_end(const GbDoc *d, int q);

/* meeting_window.c: one window's facts; meetings spoken of */
extern bool document_ends_at(const GbDoc *d, int k);

/*
 * Whether the meeting word at k names a meeting the text speaks of, not
 * one held: "Nghị quyết Đại hội", "phục vụ Đại hội", "rút kinh nghiệm đại
 * hội điểm", "Kế hoạch về tổ chức đại hội", "làm việc ... trước khi tiến
 * hành đại hội".
 */
extern bool spoken_of_at(const GbDoc *d, int k);

extern bool work_session(const GbDoc *d, int k, int m);
extern bool congress_told_aside(const GbDoc *d, int k, int km);
extern bool meeting_spoken_of(const GbDoc *d, int k);
extern bool attribute_of_spoken(const GbDoc *d, int k);
extern bool attribute_of_counted(const GbDoc *d, int k);
extern int	term_opened(const GbDoc *d, int k, int hi);
extern int	sentence_end_from(const GbDoc *d, int k, int hi);
extern int	sentence_start_of(const GbDoc *d, int lo, int k);
extern void scan_window(const GbDoc *d, int lo, int hi, int cue, Found *f);

/* meeting_lead.c: the tests of the lead's dated cue */
extern bool held_activity_verb(const GbDoc *d, int k);
extern bool kind_near(const GbDoc *d, KindCursor *c, int k, int lo, int hi);
extern bool dated_meeting_before(const GbDoc *d, int ls, int k);
extern bool working_day_cue(const GbDoc *d, int k, GbDateCue *cue);
extern bool after_purpose(const GbDoc *d, int ls, int k);
extern bool dates_meeting_clause(const GbDoc *d, int ls, int k, int q, int le);
extern bool issues_document(const GbDoc *d, int k, int le);
extern bool decided_meeting_before(const GbDoc *d, int ls, int k);
extern int	skip_days_counted(const GbDoc *d, int v);
extern int	planned_verb(const GbDoc *d, int ls, int k, bool *days);
extern bool opens_planned(const GbDoc *d, int s);
extern bool past_marked(const GbDoc *d, int v);
extern bool planned_date_before(const GbDoc *d, int ls, int k, bool *own);
extern bool held_date_after(const GbDoc *d, int ls, int k);
extern bool hop_verb_at(const GbDoc *d, int j);
extern bool notice_of_held(const GbDoc *d, int e, int le);
extern bool conveyed_meeting_dated(const GbDoc *d, PlenumSeen *ps, int ls,
								   int k);
extern bool conveyed_agenda(const GbDoc *d, int lo, int k, PlenumSeen *ps);
extern bool meeting_named_before(const GbDoc *d, int ls);
extern bool clock_or_field_cue(const GbDoc *d, int ls, int k, GbDateCue *cue,
							   bool *field);
extern bool same_day_meeting(const GbDoc *d, int le, int hi);

/* meeting_chunk.c: the chunk's walk, token by token */
extern bool life_date(const GbDoc *d, int k);
extern void meet_chunk(GbMeetState *st, GbDoc *doc);

/* meeting_dates.c: the day held and the period reviewed, settled */
extern bool cited_issue_date(const GbResult *res, GbDate date);
extern void resolve_dates(GbMeetState *st, GbMeeting *mt, GbDate ref,
						  const Period *per, bool per_in_lead,
						  bool latest_cited, GbDate issued);
extern int	text_year(const GbMeetState *st, const GbResult *res,
					  const Period *per, GbDate ref, bool first);

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

/* "để", "nhằm" at k in lower case, opening a purpose ("đề", "nằm" fold alike) */
static inline bool
purpose_at(const GbDoc *d, int k)
{
	return !tok_has(d, k, T_UPPER) &&
		((tok_is(d, k, "de") && gb_exact_any(d, k, "để")) ||
		 (tok_is(d, k, "nham") && gb_exact_any(d, k, "nhằm")));
}

/* "Ban Chỉ đạo" at p, folded: a steering committee's head */
static inline bool
steering_head_at(const GbDoc *d, int p)
{
	return tok_is(d, p, "ban") && tok_is(d, p + 1, "chi") && tok_is(d, p + 2, "dao");
}

/*
 * "của" in lower case at q, not at a line's start, a capital next on its
 * line: a body whose the thing before is ("cuộc họp của Thường trực Tỉnh
 * ủy", "Ban Chỉ đạo của Chính phủ")
 */
static inline bool
of_capital_at(const GbDoc *d, int q)
{
	return tok_is(d, q, "cua") && !tok_has(d, q, T_UPPER | T_NL) && gb_tok_capitalized(d, q + 1) &&
		!tok_has(d, q + 1, T_NL);
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

/*
 * The Party-badge ceremony told by its act, "trao (tặng) Huy hiệu" at i
 * (*ph its kind, from kind_at(), which takes it only after a body whose act
 * it is or a verb that holds it): no "lễ" before it.
 */
static inline bool
badge_act(const GbDoc *d, int i, const GbPhrase *ph)
{
	return ph->value == gb_kind_badge && !tok_is(d, i, "le");
}

/*
 * The Party's admission of new members told by its act, "kết nạp" at i,
 * its ceremony "lễ" held by the body whose act it is (stop 32 K1).
 */
static inline bool
admission_act(const GbDoc *d, int i)
{
	return tok_is(d, i, "ket") && tok_is(d, i + 1, "nap");
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
 * a decision announced or handed over: "lễ công bố", "lễ trao quyết định";
 * and a badge handed over, "trao Huy hiệu", done by those who attend and
 * inside a meeting just named as a decision is (stop 29 C2)
 */
static inline bool
decision_ceremony(const GbPhrase *ph)
{
	return strcmp(ph->value, "lễ công bố") == 0 || strcmp(ph->value, "lễ trao quyết định") == 0 ||
		ph->value == gb_kind_badge;
}

static inline int
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
 * "buổi" at i, in lower case, before an act or a kind it names the session
 * of: "tổ chức buổi triển khai kế hoạch", "buổi công bố quyết định" (stop
 * 33 P8); "buổi làm việc", "buổi lễ" are kinds of their own.
 */
static inline bool
session_classifier(const GbDoc *d, int i)
{
	return tok_is(d, i, "buoi") && !tok_has(d, i, T_UPPER) && !tok_has(d, i + 1, T_NL | T_UPPER);
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

static inline int
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

/*
 * A delegation named by its task at q, in any case and on one line:
 * "đoàn công tác", "đoàn kiểm tra", "đoàn khảo sát" (the MW_DELEGATION
 * rows, stop 32 M1).  Returns its length, or 0.
 */
static inline int
delegation_at(const GbDoc *d, int q)
{
	int			m = meetword(d, q, MW_DELEGATION, NULL),
				k;

	for (k = 1; k < m; k++)
		if (tok_has(d, q + k, T_NL))
			return 0;
	return m;
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

/* "sẽ" or "dự kiến" at k: what is yet to be done */
static inline bool
future_mark(const GbDoc *d, int k)
{
	return (tok_is(d, k, "se") && gb_exact_any(d, k, "sẽ")) ||
		(tok_is(d, k, "du") && tok_is(d, k + 1, "kien"));
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

/*
 * "chi bộ Thôn 17 xã Quảng Phú tổ chức": a cell named in lower case; also
 * "chi bộ trường Mầm non Tân Lập đã tổ chức", a common noun before the
 * name, where a subject starts (after a date, punctuation or at a line's
 * start) unless anywhere: not "các chi bộ trường học tổ chức", several.
 * A congress's name reads it anywhere (meeting_listed.c, lower_cell_head()).
 */
static inline bool
lower_cell_at(const GbDoc *d, int p, bool anywhere)
{
	/* "chi" as written: not "đồng chí Bộ ..." */
	if (!(p >= 0 && p < d->ntok && d->tok[p].len == 3 &&
		  memcmp(d->norm.data + d->tok[p].off, "chi", 3) == 0 &&
		  tok_is(d, p + 1, "bo") && !tok_has(d, p + 1, T_NL) && !tok_has(d, p + 2, T_NL)))
		return false;
	if (gb_tok_capitalized(d, p + 2) || tok_has(d, p + 2, T_NUM))
		return true;
	return tok_has(d, p + 2, T_WORD) && gb_tok_capitalized(d, p + 3) && !tok_has(d, p + 3, T_NL) &&
		(anywhere || p == 0 || tok_has(d, p, T_NL) || tok_has(d, p - 1, T_NUM) ||
		 tok_punct(d, p - 1, ',') || tok_punct(d, p - 1, '.') || tok_punct(d, p - 1, ';') ||
		 tok_punct(d, p - 1, ':'));
}

static inline bool
lower_cell(const GbDoc *d, int p)
{
	return lower_cell_at(d, p, false);
}

/* "do" (by: "Hội nghị do ... tổ chức"), not "đó" (that: "trong đó"): both fold to "do" */
static inline bool
is_do(const GbDoc *d, int i)
{
	return tok_is(d, i, "do") && d->tok[i].len == 2;
}

static inline bool
lower_word(const GbDoc *d, int i)
{
	return tok_has(d, i, T_WORD) && !tok_has(d, i, T_UPPER);
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

/*
 * "TP", "TP.", "Tp." at p: the level "thành phố" abbreviated, written in
 * capitals however the text runs, before a capitalized name not in
 * capitals (no headline in capitals): "TP Hải Phòng tổ chức" is the
 * city's as "thành phố Hải Phòng tổ chức" is (probe bb BB10).
 */
static inline bool
city_abbrev(const GbDoc *d, int p)
{
	int			k = p + 1 + tok_punct(d, p + 1, '.');

	return tok_is(d, p, "tp") && d->tok[p].len == 2 && !tok_has(d, k, T_NL) &&
		gb_tok_capitalized(d, k) && !tok_has(d, k, T_ALLCAPS);
}

/*
 * place_subject_slow() where a level may start at p: in lower case, or
 * capitalized where a subject starts, "Chiều 5/7, Tỉnh Bắc Giang tổ chức
 * ..." (stop 31 L-F2b)
 */
static inline int
place_subject_end(const GbDoc *d, int p)
{
	return (tok_has(d, p, T_UPPER) && ((tok_has(d, p, T_ALLCAPS) && !city_abbrev(d, p)) ||
									   !opens_subject(d, p))) ||
		!gb_dict_may_match(d, p, CAT_LEVEL) ? p : place_subject_slow(d, p);
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
		office_of(d, p, organizer_match(d, p, activity)) : NULL;
}

/* "dự" as written: not "dư", "dù", which fold alike */
static inline bool
is_du(const GbDoc *d, int i)
{
	return tok_is(d, i, "du") && gb_exact_any(d, i, "dự");
}

/*
 * "tham gia", "tham dự", "dự" at i, in lower case and spelled so: a verb
 * of attending; its tokens, or 0.  A body that attends a meeting holds
 * none (README), and its name ends before the verb.
 */
static inline int
attend_verb_len(const GbDoc *d, int i)
{
	if (tok_has(d, i, T_UPPER) || tok_has(d, i, T_NL))
		return 0;
	if (tok_is(d, i, "tham") && (tok_is(d, i + 1, "gia") || tok_is(d, i + 1, "du")) &&
		!tok_has(d, i + 1, T_NL) &&
		(gb_exact_words(d, i, 2, "tham gia") || gb_exact_words(d, i, 2, "tham dự")))
		return 2;
	return is_du(d, i) ? 1 : 0;
}

/* "thông tin thời sự" at j: a briefing on current affairs */
static inline bool
current_affairs_at(const GbDoc *d, int j)
{
	return tok_is(d, j, "thong") && tok_is(d, j + 1, "tin") && tok_is(d, j + 2, "thoi") && tok_is(d, j + 3, "su");
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
		current_affairs_at(d, j);
}

/*
 * "trong chương trình" right before p, in lower case on one line ("Chiều
 * 29/11, trong chương trình Hội nghị lần thứ 23, ..."): the meeting whose
 * program sets the clause, as "tại" does (stop 37 ab3).
 */
static inline bool
in_program_before(const GbDoc *d, int p)
{
	return p >= 3 && tok_is(d, p - 1, "trinh") && tok_is(d, p - 2, "chuong") && tok_is(d, p - 3, "trong") &&
		!tok_has(d, p - 2, T_UPPER | T_NL) && !tok_has(d, p - 1, T_NL);
}

/* A working session at k, as work_session() takes it. */
GB_HOT_INLINE bool
session_at(const GbDoc *d, int k)
{
	const GbPhrase *ph = NULL;
	int			m = meetword(d, k, MW_SESSION, &ph);

	return m > 0 && work_session(d, k, m);
}

/* "thực hiện", "triển khai", "thi hành" at j: a document carried out */
static inline bool
implements_at(const GbDoc *d, int j)
{
	return (tok_is(d, j, "thuc") && tok_is(d, j + 1, "hien")) ||
		(tok_is(d, j, "trien") && tok_is(d, j + 1, "khai")) ||
		(tok_is(d, j, "thi") && tok_is(d, j + 1, "hanh"));
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
 * An organizer whose verb is at k: the body starts a few tokens before, in
 * the line that starts at ls (-1: not known yet).  The verb is a meeting
 * verb or "họp", which most tokens cannot start (CAT_VERBSTART), or the
 * badge's act, "trao", "truy tặng" Huy hiệu (badge_act()).
 * organizer_verb_before() takes m, the meeting verb's words at k
 * (meetword() of MW_VERB, 0 for none), as its caller read them.
 */
static inline bool
organizer_verb_start(const GbDoc *d, int k)
{
	return gb_dict_may_match(d, k, CAT_VERBSTART) || tok_is(d, k, "trao") || tok_is(d, k, "truy");
}

static inline char *
organizer_before(const GbDoc *d, int ls, int k)
{
	return organizer_verb_start(d, k) ?
		organizer_verb_before(d, ls, k, meetword(d, k, MW_VERB, NULL)) : NULL;
}

/* A number that orders dates as the calendar does, without counting days; 0 for none. */
static inline long
date_order(GbDate dt)
{
	return ((long) dt.y * 13 + dt.m) * 32 + dt.d;
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
		strcmp(st->lead.noun, gb_kind_congress) == 0;
}

#endif							/* GB_MEETING_INT_H */
