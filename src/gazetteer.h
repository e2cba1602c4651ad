/*
 * gazetteer.h
 *	  The words giaoban knows: document types, bodies, code letters, Party
 *	  congress dates.  The data itself lives in gazetteer.c, in one place.
 */
#ifndef GB_GAZETTEER_H
#define GB_GAZETTEER_H

#include "gb_internal.h"

/* Phrase categories (bit masks for gb_dict_match, a GbCats of 64 bits). */
#define CAT_DOCTYPE		0x0001	/* value = kind, aux = index in gb_kinds */
#define CAT_BODY		0x0002	/* value = canonical name or NULL (as written) */
#define CAT_BODYHEAD	0x0004	/* a body whose name goes on: "Ban Thường vụ";
								 * aux BODY_LEVEL: a level word alone ends
								 * its name, "Đảng ủy Công an tỉnh" */
#define CAT_ORDINAL		0x0008	/* aux = number: "tư" -> 4 */
#define CAT_QUANTITY	0x0010	/* nouns that make a number a count */
#define CAT_LEVEL		0x0020	/* tỉnh, huyện, xã ... before a place name */
#define CAT_ISSUEVERB	0x0040	/* ban hành, ký ban hành, có */
#define CAT_PLENUMBODY	0x0080	/* Trung ương, BCH TW, Ban Chấp hành Trung ương Đảng */
/* officials*.c */
#define CAT_TITLE		0x0100	/* position words: Bí thư, Trưởng Ban; aux 1: Phó,
								 * aux 2: head of a group named in sentence
								 * case (Trưởng đoàn kiểm tra số 7), aux 3:
								 * of a department named so after its first
								 * capital (Trưởng phòng Tổ chức cán bộ),
								 * aux TITLE_GRADE: a grade of staff, its
								 * body perhaps after a comma */
#define TITLE_GRADE		4		/* Chuyên viên cao cấp, Ban Tổ chức Trung ương */
#define CAT_HONORIFIC	0x0200	/* đồng chí, ông, bà */
#define CAT_ROLE		0x0400	/* chủ trì, dự ...; value NULL: no role, aux ROLE_* */
#define CAT_SURNAME		0x0800	/* Nguyễn, Trần, Giáp ... */
#define CAT_NOTNAME		0x1000	/* capitalized words that start no name */
#define NOTNAME_PROVINCE	1		/* aux: a province, "Lâm Đồng", not a city or a word */
#define NOTNAME_CITY		2		/* aux: a city run by the centre, "Hà Nội": a
									 * place whose name is whole, as a province's */
/* meeting*.c */
#define CAT_MEETKIND	0x2000	/* giao ban, quán triệt, sơ kết, tổng kết ... */
#define CAT_TIMEOFDAY	0x4000	/* sáng, trưa, chiều, tối */
#define CAT_MEETWORD	0x8000	/* other meeting vocabulary, aux = MW_* */
#define CAT_PLANWORD	0x100000	/* words that make a period the one planned */
#define CAT_REVIEWWORD	0x200000	/* words that make "năm 2022" a period reviewed;
									 * aux REVIEW_WORK: only the work of it named */
#define CAT_PUBLABEL	0x400000	/* Cập nhật lúc, Ngày đăng: publication lines */
#define CAT_BYLABEL		0x800000	/* Tin, ảnh:  Tác giả:  before a byline */

#define CAT_DEBRIS		0x1000000	/* web debris lines; aux = 1: any line it starts */
/*
 * Written with no phrase: set in the group mask (gb_dict_masks) of the
 * words that start a meeting word of aux MW_ONLINE, MW_BRIDGE or MW_BRIDGEHEAD, which the
 * meeting extractor looks for at every token; of aux MW_VERB or
 * MW_BRIEFING, or the meeting kind "họp" (verbs of an organizer); of aux MW_HEAD,
 * MW_SCOPE, MW_REGION or MW_SESSION, which it looks for in a window.  Only for tests
 * of the group mask, never for gb_dict_match().
 */
#define CAT_NETSTART	0x2000000
#define CAT_VERBSTART	0x4000000
#define CAT_WINSTART	0x8000000

/* aux of CAT_RANK */
#define RANK_DEGREE		1		/* PGS.TS., ThS.: academic, the mark of a byline */

/* aux of CAT_BYLABEL */
#define BYLABEL_AUTHOR	1		/* Tác giả: names the author, wherever it stands */
#define BYLABEL_SOURCE	2		/* Nguồn: names a source, no author */

/* aux of CAT_DEBRIS */
#define DEBRIS_STAFF	2		/* Biên tập viên:, Thiết kế: a site's footer of staff */
#define DEBRIS_TOOL		3		/* Lượt xem, Chia sẻ: also after a publication date */
#define DEBRIS_SLOGAN	4		/* "Quyết tâm thực hiện thắng lợi ...": a banner, or a headline */
#define DEBRIS_IMAGE	5		/* an image's widget: the line below is its caption */
#define DEBRIS_TAGS		6		/* Từ khóa:, Tags: a page's topic tags, the whole line */

/* aux of CAT_REVIEWWORD: "công tác năm 2015" names the year's work, not its review */
#define REVIEW_WORK		1

/* aux of CAT_MEETWORD phrases */
#define MW_VERB			1		/* tổ chức, khai mạc: a body organizes */
#define MW_ONLINE		2		/* trực tuyến */
#define MW_BRIDGE		3		/* điểm cầu */
#define MW_PLACE		4		/* hội trường, Trung ương: may open a bridge point */
#define MW_SCOPE		5		/* toàn quốc, cả nước */
#define MW_REGION		6		/* khu vực: a region follows */
#define MW_MANY			7		/* các, những, 65: before "điểm cầu", no one point */
#define MW_HEAD			8		/* Trưởng, Chủ nhiệm: the head of a body */
#define MW_INSTITUTION	9		/* Cục, Viện: capitalized, open a bridge point */
#define MW_ABOUT		10		/* phục vụ, chuẩn bị, về: a meeting named after it is not held */
#define MW_ACTIVITY		11		/* nghiên cứu, học tập: "tổ chức" takes them as a meeting */
#define MW_NEGATOR		12		/* chưa, không: "trực tuyến" after it is denied */
#define MW_NOUN			13		/* không khí, không gian: nouns, no negator */
#define MW_TARGET		14		/* trở thành, phấn đấu, tầm nhìn: a year after it is a goal */
#define MW_SESSION		15		/* làm việc (với), buổi làm việc: a working session */
#define MW_DESCRIBE		16		/* là dịp để, có nhiệm vụ: what the meeting before does, not its kind */
#define MW_PLAN			23		/* nhiệm vụ, kế hoạch: a year right after it is the one planned */
#define MW_ATTEND		17		/* tại, dự, chủ trì: a meeting named after it is one held */
#define MW_HELD			18		/* đã, được tổ chức: after a meeting opening a sentence */
#define MW_THIS			19		/* này, lần này, có: after the meeting attended, no name of one */
#define MW_SITTING		20		/* phiên khai mạc, phiên trù bị: a sitting of the meeting named after it */
#define MW_VENUE		21		/* Cung, Nhà: "Cung Hội nghị", a building; also Trung tâm (MW_PLACE) */
#define MW_CLASS		22		/* lớp bồi dưỡng, lớp tập huấn: a course "tổ chức" holds, no meeting kind */
#define MW_DELEGATE		24		/* chọn, giao: "A được X chọn tổ chức", A holds it, not X */
#define MW_ONE			25		/* một: "tổ chức một hội nghị", an article, no count */
#define MW_PROGRAM		27		/* chương trình: "tổ chức chương trình Gặp mặt", the meeting after it */
#define MW_BRIDGEHEAD	28		/* đầu cầu: a bridge point, of a meeting known online */
#define MW_NAMEWORD		26		/* Đại học, Sư phạm: a word of a name, lower case after its capital */
#define MW_DURATION		29		/* Sau, Trải qua: "Sau 3 ngày làm việc, ngày 5-8, ...", days before the date */
#define MW_DOCNAME		30		/* Cương lĩnh, Hiến pháp, Luật: a document named with the year it was adopted */
#define MW_OUTLET		33		/* Đài Phát thanh, Tạp chí: an outlet's name, a site's own */
#define MW_DELEGATION	39		/* Đoàn kiểm tra, Đoàn công tác: a body named by its task */
#define MW_SCHEDULE		43		/* chương trình công tác: a year after it is the work programme's, no period */
#define MW_ISSUE		37		/* Tài liệu, Bản tin: a publication named by the month it serves, no period */
#define MW_CAREER		44		/* giữ chức, đảm nhiệm: a span of a person's career, no period */
#define MW_OUTLOOK		45		/* định hướng: a span of years after it is one ahead, no period */
#define MW_PROCEED		47		/* bầu, bế mạc: what a congress named heading its clause does */
#define MW_NETUSE		48		/* cuộc thi, dịch vụ công: what else is done online, no meeting */
#define MW_BRIEFING		49		/* thông tin cho báo chí: a body briefs the press, an event held */
/* officials*.c, continued */
#define CAT_RANK		0x10000 /* ranks and degrees before a name: Thượng tướng */
#define CAT_TITLEWORD	0x20000 /* lower-case words inside a title: nhân dân;
								 * aux TITLEWORD_UNIT: a unit numbered, "Quân khu 5" */
#define TITLEWORD_UNIT	4
#define CAT_TITLESTOP	0x40000 /* lower-case words that end a title: chủ, dự */
/* citations*.c, continued */
#define CAT_ADVERB		0x80000 /* between a subject and its verb: đã, khẩn trương */
#define CAT_PREPOSITION	0x10000000	/* trong, của, theo: a document after it
									 * is inside a subject */
/* officials*.c, continued */
#define CAT_LISTNOUN	0x20000000	/* nhân sự, cán bộ: "các nhân sự: A, B";
									 * aux LISTNOUN_ROLE: a speaker's role */
#define LISTNOUN_ROLE	1		/* báo cáo viên: also before "Name, title" alone */
/* citations*.c, continued */
#define CAT_CLAUSEOPEN	0x40000000	/* theo đó, trong đó, nhằm: after a comma,
									 * a new clause, no part of a subject */
/* names.c */
#define CAT_MIDDLENAME	0x80000000u	/* Văn, Thị: a name's second syllable, of a
									 * person whatever the surname */
/* parse.c; bits from 32 on are 64-bit (GbCats) */
#define CAT_NAMESTOP	(UINT64_C(1) << 32)	/* của, về: lower-case words that end a
											 * body's name */
/* report.c */
#define CAT_OUTLETWORD	(UINT64_C(1) << 36)	/* Online: a word of an outlet's tag
											 * after its capitals, "QĐND Online –" */
/* parse.c, continued */
#define CAT_FORCE		(UINT64_C(1) << 37)	/* Cảnh sát biển, Thủ đô: a force's or an
											 * arm's name, lower-case words inside,
											 * going on a command's name */
/* meeting*.c, continued */
#define CAT_SESSIONVERB	(UINT64_C(1) << 38)	/* duyệt, thảo luận, cho ý kiến: what a
											 * body does sitting in session */

/* report.c, continued */
#define CAT_WRAPWORD	(UINT64_C(1) << 42)	/* số, của: a word a phrase never ends
											 * in, a line ending in it wrapped */
#define CAT_TENSE		(UINT64_C(1) << 48)	/* đã, vừa, đang: a marker of tense;
											 * value: its spelling */

/* names.c */
#define CAT_DEPT		(UINT64_C(1) << 39)	/* Bộ, Vụ, Cục: a department whose name
											 * may go on in lower case; aux DEPT_* */

#define CAT_KINHONOR	(UINT64_C(1) << 43)	/* anh, chị: the honorifics of youth and
											 * mass-organization reports, before a
											 * full name only; value: the spelling */
#define CAT_UNITNAME	(UINT64_C(1) << 46)	/* giáo dục thường xuyên, người có công:
											 * the whole name of a central unit,
											 * a Vụ's, a Cục's or a Tổng cục's,
											 * after its head, that a department's
											 * name read by rule cuts */
#define CAT_NAMENOUN	(UINT64_C(1) << 47)	/* công tác, biên giới: a noun inside a
											 * body's name in sentence case that
											 * starts or ends with a verb's syllable */
#define CAT_POSTVERB	(UINT64_C(1) << 45)	/* tái đắc cử, được bầu giữ chức: a post
											 * a person is elected to or takes up,
											 * his title; value: the spelling */
#define CAT_LOWERBODY	(UINT64_C(1) << 40)	/* trung ương, ủy ban: a body written in
											 * lower case inside a position */
/* citations*.c */
#define CAT_KINDCOMPOUND	(UINT64_C(1) << 44)	/* kỷ luật, pháp luật: a word that
												 * ends in a document type's
												 * syllable, no document ("thi
												 * hành kỷ luật 9 trường hợp") */
#define CAT_AUDIENCE	(UINT64_C(1) << 49)	/* đại biểu after "cho N", điểm cầu
											 * after "tại": the meeting's audience
											 * and rooms, no part of a document's
											 * subject; aux AUDIENCE_* */
#define AUDIENCE_PEOPLE	1		/* "cho 2.500 đại biểu", "cho 300 cán bộ" */
#define AUDIENCE_ROOM	2		/* "tại 63 điểm cầu", "tại hội trường" */

/* meeting*.c */
#define CAT_AGENCY		(UINT64_C(1) << 41)	/* Ban Quản lý, Bệnh viện: an agency whose
											 * Party committee organizes under its
											 * name, "Đảng ủy Bệnh viện Đa khoa
											 * tỉnh"; value: the spelling, tone
											 * marks included, when another word
											 * folds alike ("Trường", "Trưởng");
											 * aux AGENCY_STOP: a lower-case word,
											 * spelled so, that ends the name */
/* officials*.c, continued */
#define CAT_ROLEJOINED	(UINT64_C(1) << 35)	/* chỉ đạo: a role only joined to one
											 * before it, "Dự, chỉ đạo và chúc
											 * mừng ... có", "Dự và chỉ đạo ... có";
											 * alone it is also "Ban Chỉ đạo" */
#define CAT_COUNTWORD	(UINT64_C(1) << 34)	/* sáu, chín: a number written in words
											 * before "tháng", "sáu tháng đầu năm";
											 * value: the spelling ("sau" is "after"),
											 * aux: the number */
#define CAT_KEYSPELL	(UINT64_C(1) << 51)	/* TW, T.Ư, BCH, Chấp hành (the Central
											 * Committee short or with its
											 * committee's name), "y ban" (Ủy ban,
											 * its Ủ lost): spelled one way in a
											 * title's key; only for tests of the
											 * group mask */
#define CAT_KEYPLACE	(UINT64_C(1) << 62)	/* "khóa" (a term), and set in the group
											 * mask of the words that start a
											 * province's name (CAT_NOTNAME, aux
											 * NOTNAME_PROVINCE, and NOTNAME_CITY,
											 * "TP", "TPHCM", "HCM"): a title's key
											 * leaves the one out, reads the other
											 * with its level; only for tests of
											 * the group mask */
#define AGENCY_STOP		1		/* "của", "về", "đã": not "đa khoa", "đầu tư" */
#define AGENCY_PANEL	2		/* Tiểu ban, Ban, Tổ: a congress's panel, "Ban
								 * Văn kiện Đại hội đại biểu Đảng bộ tỉnh ..." */

/* officials*.c, continued */
#define CAT_ROLENOUN	(UINT64_C(1) << 53)	/* bài, các, những: a word that makes the
											 * role word after it a noun, a speech
											 * or a document ("Bài phát biểu của
											 * X", "các kết luận"); value NULL:
											 * not so ("Trong bài phát biểu, A
											 * nhấn mạnh": A's); aux
											 * ROLENOUN_COUNTED: a role word that
											 * a number counts, "1 kết luận" */
#define ROLENOUN_COUNTED	1

/* meeting*.c, continued */
#define CAT_LIFEWORD	(UINT64_C(1) << 54)	/* sinh, hy sinh, vào Đảng: a year or a
											 * date after it is of a person's life,
											 * never the report's; value: the
											 * spelling; aux LIFE_ALONE */
#define LIFE_ALONE		1		/* "sinh" only as a word of its own: not "học sinh" */

/* meeting*.c, continued */
#define CAT_TASKVERB	(UINT64_C(1) << 61)	/* xác định, đề ra, phấn đấu: a verb that
											 * sets tasks, a period heading its
											 * sentence the one planned; value:
											 * the spelling */

/* citations*.c, continued */
#define CAT_CARRYOUT	(UINT64_C(1) << 58)	/* hướng dẫn thực hiện: after "và" that
											 * ends a subject, the carrying out of
											 * the document cited, another object of
											 * the verb that cites it */

/* officials*.c, continued */
#define CAT_NAMESAKE	(UINT64_C(1) << 60)	/* Trường, THPT, đường: a school
											 * or a street, named after a person
											 * written right after it ("Trường
											 * THPT Nguyễn Huệ"); value: the
											 * spelling of a word that folds like
											 * another ("Trương", "Dương") */
#define CAT_MEMORIAL	(UINT64_C(1) << 59)	/* cố, quê hương, ngày sinh, tư tưởng:
											 * the words that name a late leader
											 * remembered ("cố Tổng Bí thư A",
											 * "Ngày sinh đồng chí B"), no official
											 * of the report; value: the spelling
											 * of a word that folds like others */
#define MEMORIAL_NOT	1		/* "củng cố": a word that holds "cố", no cue */
#define HONORIFIC_STROKE	1	/* "đc", "đ.c": "đồng chí" shortened, its first
								 * letter written "đ" ("DC" is no honorific) */
#define CAT_UNITNOUN	(UINT64_C(1) << 52)	/* cơ quan, đơn vị: a noun of units,
											 * no persons; "các cơ quan, đơn vị
											 * tham dự" is their role, no one's
											 * named near it; aux UNITNOUN_JOINT */
#define UNITNOUN_JOINT	1		/* "Đảng ủy Bộ Tổng tham mưu - Cơ quan Bộ Quốc
								 * phòng": capitalized after a dash, the
								 * agency joined to the unit before */

/*
 * The categories behind a token's cue flags (T_CUE_* of gb_internal.h):
 * what the officials' scan looks for in a word in lower case (a
 * capitalized one it reads anyway), the citations' scan at every word,
 * and the meeting's scan at every token (next_of_interest(), whose
 * categories are some of these, by what it still wants).
 */
#define CUE_PERSON_CATS		(CAT_HONORIFIC | CAT_KINHONOR | CAT_RANK)
#define CUE_DOCTYPE_CATS	CAT_DOCTYPE
#define CUE_MEETING_CATS	(CAT_NETSTART | CAT_VERBSTART | CAT_TIMEOFDAY | \
							 CAT_MEETKIND | CAT_COUNTWORD)

/* aux of CAT_DEPT phrases */
#define DEPT_HEAD		1		/* "Bộ", "Vụ", "Chi bộ": a department, its name after it */
#define DEPT_FIELD		2		/* "quốc phòng": a ministry's field, known in lower case */
#define DEPT_VERB		3		/* "phối", "kiêm": a word that ends such a name */

/* aux of CAT_BODYHEAD phrases (flags) */
#define BODY_LEVEL		0x01	/* a level word alone ends the name */
#define BODYHEAD_POST	0x02	/* "Thường trực Ban Bí thư" is a person who signs */
#define BODY_CELL		0x04	/* Chi bộ: a number goes on, "Chi bộ Thôn 17" */
#define BODY_GROUP		0x08	/* Cụm, Khối thi đua: "các tỉnh ủy, thành ủy" goes on */
#define BODY_JOINT		0x10	/* "Đảng ủy – Ban Chỉ huy quân sự huyện": joined to its unit by a dash */
#define BODY_ANYCASE	0x20	/* a committee or a Khối: goes on a body's name in
								 * lower case too, "Ban Tuyên giáo tỉnh ủy" */
#define BODY_NAMED		0x40	/* Bộ, Sở, Cục, Khối: no body without a name after it */
#define BODY_PART		0x80	/* Ban Thường vụ, Thường trực: a committee of the body
								 * named after it */
#define BODY_CONGRESS	0x100	/* a mass organization, the Front, a union: holds a
								 * congress of its own, as a Đảng bộ does */
#define BODY_OFFICE		0x200	/* Thủ tướng, Chủ tịch nước, Bộ trưởng: one person's
								 * office, an issuer, never a meeting's organizer */
#define BODY_ABROAD		0x400	/* Hội đồng hương: "tại" and the place its members
								 * live in go on its name */
#define BODY_ELECTION	0x800	/* Ủy ban bầu cử: the delegates it elects go on
								 * its name (election_task_end()) */
#define BODY_TASK		0x1000	/* Tiểu ban, Hội đồng: its task goes on in lower
								 * case up to the central level */

/* aux of CAT_LEVEL phrases (flags) */
#define LEVEL_NUMBERED	0x01	/* "Quận 5", "Phường 3": a number may be the place's name */

/* Flags of CAT_ROLE phrases (aux). */
#define ROLE_SPEECH		0x01	/* also "phát biểu": phát biểu kết luận */
#define ROLE_CHAIR		0x02	/* chủ trì: whole meeting or one bridge point */
#define ROLE_COCHAIR	0x04	/* đồng chủ trì: the meeting's when no place follows */
#define ROLE_BEHALF		0x08	/* thay mặt: the act's verb follows, its role too */
#define ROLE_LOWER		0x10	/* thư ký: capitalized after ",", "-" it is a title */
#define ROLE_AGENT		0x20	/* điều hành (CAT_ROLEJOINED): also closing a clause
								 * whose agent "do" names, "do đồng chí A điều hành." */
#define ROLE_FRONTED	0x40	/* "Chỉ đạo tại hội nghị, A ...": a role only
								 * opening its sentence, "thực hiện chỉ đạo tại
								 * Hội nghị X" naming a direction given */
#define ROLE_OPENING	0x80	/* khai mạc, bế mạc a meeting: no act after
								 * "lễ", "phiên", "buổi" nor as what one
								 * attends, "dự (phiên) khai mạc Đại hội" */
#define ROLE_GREETS		0x100	/* phát biểu chúc mừng: fronted, the person
								 * named before its comma is whom it greets,
								 * not the speaker */

/* Counts (CAT_QUANTITY). */
#define QTY_AMOUNT		0x01	/* money or people: tỷ, %, người, đảng viên */

/* Document kinds. */
#define KIND_STATE		0x01	/* a State document type: no Party term */
#define KIND_PLENUM		0x02	/* can name a plenum or congress resolution */
#define KIND_ABBREV		0x04	/* an abbreviation: needs a number or TW */
#define KIND_TITLED		0x08	/* a title may stand before "số" (Luật X số ...) */
#define KIND_WRAPS		0x10	/* names the kind it reports on: "Thông báo Kết luận số" */
#define KIND_VERB		0x20	/* its words are also a verb: "quy định 1 cách" */
#define KIND_PARTY		0x40	/* a Party document type: its date gives the term */
#define KIND_PLAN		0x80	/* a plan made for a year: "kế hoạch 2015" */

typedef struct GbKind
{
	const char *name;			/* canonical: "Quy định" */
	const char *letters;		/* code letters: "QĐ" */
	const char *slug;			/* for keys: "quy-dinh" */
	int			flags;
} GbKind;

extern const GbKind gb_kinds[];

/* Code letter groups with their canonical spelling ("QD" -> "QĐ"). */
extern const char *gb_code_segment(const char *seg, size_t n);

/* Body named by a code suffix ("BTCTW" -> "Ban Tổ chức Trung ương"), or NULL. */
extern const char *gb_code_issuer(const char *seg, size_t n);

/*
 * The folded name of a Party committee written short ("hu" of "HU":
 * "huyen uy"), or NULL; the caller sees the letters in capitals.
 */
extern const char *gb_committee_abbrev(const char *folded, size_t n);

/*
 * The mass organization whose national congress the n words at q name
 * short ("Đoàn", "Phụ nữ" before "toàn quốc"), or NULL.
 */
extern const char *gb_national_org(const GbDoc *d, int q, int n);
extern const char *gb_title_body_abbrev(const char *folded, size_t n);
extern const char *gb_body_head_abbrev(const char *name, size_t *len);
/* the folded name of a state group known by its letters ("evn"), or NULL */
extern const char *gb_known_acronym(const char *folded, size_t n);

/* Whether a code segment names a document kind ("NĐ", "QĐ", "NQ" ...). */
extern bool gb_code_is_kind(const char *seg, size_t n);

/* Whether a code suffix names a central Party body ("TW", "BTCTW"). */
extern bool gb_code_party_suffix(const char *seg, size_t n);
/* Whether it names a local Party committee or its board ("TU", "HU"). */
extern bool gb_code_local_suffix(const char *seg, size_t n);
extern bool gb_code_mass_org_suffix(const char *seg, size_t n);
extern bool gb_code_committee(const char *seg, size_t n, const char *canonical);
extern bool gb_code_legislature(const char *seg, size_t n);

/* Suffix for a derived code of a central body ("TW", "BTCTW"), or NULL. */
extern const char *gb_body_code_suffix(const char *canonical);

/* Whether an issuer is a body of the Party (Bộ Chính trị, Tỉnh ủy, Chi bộ ...). */
extern bool gb_party_body(const char *canonical);
/* the body whose plenums pass the plenum resolutions: "Ban Chấp hành Trung ương" */
extern const char *const gb_plenum_body;
/* the kind "kiểm điểm", the value of its phrase: a kind also a person's act */
extern const char gb_kind_self_review[];
extern const char gb_kind_study[];
/* the kind "sinh hoạt chính trị": a meeting only when held */
extern const char gb_kind_political[];
/* the kind "sinh hoạt chi bộ": a Party cell's meeting, only when held */
extern const char gb_kind_cell[];
/* "sinh hoạt chi bộ chuyên đề": the kind "sinh hoạt chuyên đề", held as that one is */
extern const char gb_kind_cell_theme[];
/* the kind "tiếp xúc cử tri": a lead that a later dated meeting beats */
extern const char gb_kind_voters[];
/* the kinds "hội thi", "lớp tập huấn", "lớp bồi dưỡng": events only when held */
extern const char gb_kind_contest[];
extern const char gb_kind_course[];
extern const char gb_kind_course_political[];
/* the kind "lễ trao Huy hiệu": handed over as a decision is, named in full with "Đảng" */
extern const char gb_kind_badge[];
/* the noun "hội nghị": a meeting of a kind named alone is held as one */
extern const char gb_kind_meeting[];
/* the kind "đại hội": a congress, opened by a term, with verbs of its own */
extern const char gb_kind_congress[];
/* the kind "gặp mặt": a gathering, of the year before when early in the year */
extern const char gb_kind_gathering[];
extern const char *const gb_youth_cc;
extern const char *const gb_front_cc;
/* a mass organization's short name after "Trung ương", for gb_exact_any(): "Trung ương Đoàn" */
extern const char gb_org_short_names[];
/* a centre's spellings before a mass organization's name in an issuer */
extern const char *const gb_centre_spellings[];

/*
 * The National Assembly, and its code's letters: its laws and resolutions
 * are numbered by year and legislature, "202/2025/QH15".
 */
extern const char *const gb_assembly;
extern const char *const gb_assembly_code;

/*
 * Link words, spelled with their tone marks for gb_exact_any(): a name or
 * title going on in lower case holds none ("và", "của", "đã", "được" ...);
 * and the words that open a clause after one ("thì", "mà", "để" ...).
 */
extern const char gb_link_words[];
extern const char *const gb_unit_refs[];
/* "quân khu", "quân đoàn": an army unit named again after "Đảng ủy" (stop 31 L-g39) */
extern const char *const gb_army_unit_refs[];
extern const char *const gb_zone_nouns[];
/*
 * "điều động", "chỉ định", "bầu": an appointment's verbs, after "được" or
 * active before the names appointed ("đã bầu A")
 */
extern const char *const gb_appoint_verbs[];
/* "bầu", "bầu bổ sung": an election's verbs before the person elected */
extern const char *const gb_vote_verbs[];
/* "tín nhiệm": an appointment's manner, between "được" and its verb */
extern const char *const gb_appoint_adverbs[];
/* "đề nghị", "giới thiệu": a post proposed, not held */
extern const char *const gb_proposal_words[];
/* "đảo", "miền núi": a district's kind between its level and its name */
extern const char *const gb_level_kinds[];
/* "Báo", "Đài": an outlet's head, with its tone marks (stop 31 L-E1a, L-E1b) */
extern const GbPhrase gb_outlet_heads[];
/* "Phòng", "Vùng", "Học viện": a unit's head, with its tone marks (stop 31 J1) */
extern const GbPhrase gb_unit_heads[];
extern const char *const gb_field_committees[];
/* "Trưởng", "Phó Bí thư": posts at the head of a body, opening a title before its name */
extern const char *const gb_head_posts[];
/* "hiện nay", "mới": the time of a class of posts before its holders */
extern const char *const gb_post_times[];
extern const char *const gb_degree_adverbs[];
extern const char *const gb_cell_units[];
extern const char *const gb_school_grades[];
extern const char *const gb_post_for_verbs[];
/* "và xóa tư cách", "và điều chuyển công tác khác": a second measure before "đối với" */
extern const char *const gb_post_for_tails[];
/* "văn phòng", "học viện", "khoa học": a unit's word inside another word, folded pairs */
extern const char *const gb_unit_compounds[];
extern const char *const gb_city_spellings[];
/* tổng kết, thực hiện: the verbs of a steering committee's task, part of its name */
extern const char *const gb_task_verbs[];
extern const char *const gb_central_letters[];
/* "Pho", "Phí": "Phó" with a slip, folded */
extern const char *const gb_vice_slips[];
/* "thi đua, khen thưởng": two fields a body is named after, a comma between them */
extern const char *const gb_comma_pairs[][2];
extern const char gb_clause_words[];
/*
 * Words that open the predicate right after a post and complete no word
 * of it: a reason, "do", "vì", "bởi", "lý (do)" ("nguyên Bí thư Huyện ủy
 * Lạc Dương do chuyển công tác"), and "tới" as "đến" ("... Trung ương tới
 * dự"); "lý" only before "do" ("Quản lý" is a word)
 */
extern const char gb_post_end_words[];
/*
 * "báo", "đài": a news outlet's noun, in lower case before its name
 * ("Phó Tổng Biên tập báo Sài Gòn Giải phóng")
 */
extern const char gb_outlet_nouns[];
extern const char gb_standing_abbrevs[];
/* "COVID", "HTX": the press's abbreviations of its subjects, no outlet's tag */
extern const char gb_subject_abbrevs[];
/* "để", "nhằm": a purpose, an aim to be reached by the year after "vào năm" */
extern const char gb_purpose_words[];
/*
 * The words a post is named after as an office, not as a mention of its
 * holder: "bầu chức danh Bí thư Tỉnh ủy", "giữ chức vụ", "đắc cử", "làm".
 */
extern const char gb_office_words[];
/* "và các Hội": the associations a unit works with, the words of its name */
extern const char gb_assoc_group[];

/* Party term in force on a date (Roman numeral), or NULL before 1986. */
extern const char *gb_term_on(GbDate d);
/* The same as a number, or 0. */
extern int	gb_term_number_on(GbDate d);

/* Canonical body name for a folded phrase, or NULL when unknown. */
extern const char *gb_body_canonical(const char *folded);
/*
 * The spelling of a body's head ("Ban Thường vụ") by its folded name, or
 * NULL; *anycase whether it goes on a name in lower case too ("tỉnh ủy").
 */
extern const char *gb_body_head_spelling(const char *folded, bool *anycase);
/*
 * Whether a folded body name is a mass organization's, the Front's or a
 * union's head alone, no level, no place: "đoàn thanh niên", "hội nông
 * dân"; not "mặt trận tổ quốc việt nam", the national body.
 */
extern bool gb_mass_head_alone(const char *folded);

#endif							/* GB_GAZETTEER_H */
