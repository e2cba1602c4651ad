/*
 * meeting_organizer.c
 *	  Who holds the meeting a verb or a noun names: organizer_match().
 *
 * The subject of "tổ chức", "chủ trì", "do X tổ chức": the body, its
 * members and partners, the parent of a cell, a place's apposition, a
 * committee's class.  Apart as the one large rule of the module; its
 * helpers are used by it alone, with a few asked by the listing rules.
 */
#include "meeting_int.h"

#define MEMBERS_TOKENS	40		/* at most, a group's members listed after "gồm:" */
#define MEMBERS_WHAT	6		/* and before its colon: "gồm 5 đơn vị:", "gồm các huyện, thị xã:" */
#define PLACE_DASH_BACK	5		/* tokens from a dash back to the room it ends */
#define PLACE_WORDS		2		/* words after a room's noun: "Hội trường lớn", "tầng 3" */
#define SITTING_BODY_BACK	4	/* tokens from a body back to the start of one holding it: "Ban Chấp hành Đảng bộ" */
#define SITTING_NUMBER	4		/* tokens of a sitting's number: "lần thứ mười một" */
#define AT_BRACKET		16		/* tokens of the days in brackets after "Tại kỳ họp 26" */
#define PARTNER_AHEAD	12		/* tokens from a partner to the verb of "A phối hợp với B tổ chức" */
#define PARTNERS_MAX	16		/* at most, partners listed after "phối hợp với" */
#define DO_NAME_WORDS	10		/* lower-case words of a body's name after "do", before its verb */
#define STEER_NAME_WORDS	8	/* tokens of a steering committee's task and level: "phòng chống dịch COVID-19 tỉnh" */
#define STEER_TASK_WORDS	80	/* tokens of its task after "về" (a document and its title quoted), up to its verb */
#define CLASS_ITEMS		6		/* at most, levels said alone in a class before its committee: "huyện", "thị" of "các huyện, thị, thành ủy" */
#define GROUP_NAME_WORDS	14	/* tokens of a group of Party organizations after "các", up to its verb (ORGANIZER_BACK bounds it too) */

static int	part_head(const GbDoc *d, int p);

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
	int			c = gb_centre_len(d, k),
				e;

	/* "T.Ư Hội NDVN", "TƯ Đoàn": the centre abbreviated too (stop 36 X4) */
	if (c == 0 || !(tok_is(d, k + c, "doan") || tok_is(d, k + c, "hoi")) ||
		!tok_has(d, k + c, T_UPPER) || tok_has(d, k + c, T_NL))
		return k;
	/* "Đoàn TNCS Hồ Chí Minh", "Hội Cựu chiến binh Việt Nam": a head of its own */
	e = gb_parse_body(d, k + c, &union_name);
	if (e <= k + c + 1 || union_name == NULL)
		e = k + c + 1;
	return tok_has(d, e, T_WORD) && gb_tok_capitalized(d, e) && !tok_has(d, e, T_NL) ? k : e;
}

/*
 * Where the centre ending a body read from p to q starts ("Ban Bí thư
 * Trung ương", "... TW", "... T.Ư"), or q.
 */
static int
centre_before(const GbDoc *d, int p, int q)
{
	int			n;

	for (n = 1; n <= 3; n++)
		if (q - n >= p && gb_centre_len(d, q - n) == n)
			return q - n;
	return q;
}

/*
 * "phiên khai mạc (chính thức)", "phiên trù bị" at q: a sitting of the
 * meeting named after it, which is held with it.  So is "phiên làm việc
 * thứ nhất (của) Đại hội", a numbered sitting of it, not a working session
 * (probe 64 G5).  Returns the token after it, or q.
 */
int
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
	/* "phiên làm việc của Đại hội": a sitting of the congress named, uncounted */
	else if (tok_is(d, q + 1, "lam") && tok_is(d, q + 2, "viec") && tok_is(d, q + 3, "cua") &&
			 !tok_has(d, q + 1, T_NL) && !tok_has(d, q + 4, T_NL) &&
			 kind_at(d, q + 4, &ph) > 0 && strcmp(ph->value, gb_kind_congress) == 0)
		return q + 4;
	else
		return q;
	q = skip_adverbs(d, q);
	return tok_is(d, q, "cua") ? q + 1 : q;
}

/*
 * "Chi bộ A đã long trọng tổ chức :\n- Lễ kết nạp đảng viên ...;\n- Lễ
 * trao Huy hiệu ...": the verb's object after a colon at q, a list whose
 * first item, the one named first, opens the next line after a bullet
 * (stop 42 AW3).  Returns where that item starts, or q.  Not a colon with
 * its words on its own line ("tổ chức: Hội nghị ..." is read as is), nor
 * an item with no bullet, which may be any next paragraph.
 */
int
colon_list_item(const GbDoc *d, int q)
{
	if (tok_punct(d, q, ':') && tok_has(d, q + 1, T_NL) &&
		(tok_punct(d, q + 1, '-') || tok_punct(d, q + 1, '+')) && !tok_has(d, q + 2, T_NL))
		return q + 2;
	return q;
}

/*
 * Past an article or a plural before a meeting noun, in lower case: "tổ
 * chức một hội nghị", "tổ chức các hội nghị trực tuyến" hold meetings as
 * "tổ chức hội nghị" does.  Not "ngàn", "nghìn" (MW_MANY too): a count.
 * So is a program that the meeting named after it is: "tổ chức chương
 * trình Gặp mặt".
 */
int
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
	/* "tổ chức buổi công bố quyết định": the session of a ceremony's act */
	if (session_classifier(d, q) && kind_at(d, q, NULL) == 0 && kind_at(d, q + 1, NULL) > 0)
		return q + 1;
	/*
	 * "tổ chức sinh hoạt kỷ niệm 50 năm ...": the commemoration, whose
	 * session "sinh hoạt" names (probe 97 AE2)
	 */
	if (tok_is(d, q, "sinh") && tok_is(d, q + 1, "hoat") && kind_at(d, q, NULL) == 0 &&
		!tok_has(d, q + 2, T_NL) && kind_at(d, q + 2, NULL) > 0)
		return q + 2;
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
int
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
bool
session_numbered(const GbDoc *d, int q)
{
	return tok_is(d, q, "ky") && gb_exact_any(d, q, "kỳ") && tok_is(d, q + 1, "thu") &&
		sitting_number_end(d, q + 1) > q + 1;
}

/*
 * "Thông báo (về) kỳ họp thứ 2 (và 3) Ủy ban Kiểm tra Trung ương": a
 * session counted at k that a headline's notice opening the line is about
 * (probe-af 13).  The notice is the body's own report of its sitting,
 * which is the report's meeting, not a topic spoken of.  Not a notice's
 * verb within a sentence ("Hội nghị thông báo kết quả ...", lower case),
 * nor a notice cited by its number.
 */
bool
session_notice_at(const GbDoc *d, int k)
{
	int			j = k - 2;

	if (!tok_is(d, k, "ky") || !tok_is(d, k + 1, "hop") || tok_has(d, k, T_NL) ||
		sitting_number_end(d, k + 2) == k + 2)
		return false;
	if (tok_is(d, k - 1, "ve"))
		j--;
	return j >= 0 && tok_is(d, j, "thong") && tok_is(d, j + 1, "bao") && tok_has(d, j, T_UPPER) &&
		(j == 0 || tok_has(d, j, T_NL)) && !tok_has(d, j + 1, T_NL) && !tok_has(d, k - 1, T_NL);
}

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
bool
meeting_object(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;

	q = colon_list_item(d, skip_adverbs(d, q));
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
	q = sitting_of(d, past_article(d, relay_point_end(d, q)));
	if (kind_at(d, q, &ph) > 0)
		return ph->aux == 0 || strcmp(ph->value, "giao ban") == 0;
	return meetword(d, q, MW_CLASS, NULL) > 0 || session_numbered(d, q);
}

#define SECOND_OBJECT_AHEAD	40	/* tokens from an activity "tổ chức" takes to "và" a meeting */

/*
 * "Ban Tuyên giáo Tỉnh uỷ tổ chức về nguồn dâng hương tại Khu di tích ...,
 * thời kỳ 1961-1975 và họp mặt kỷ niệm 93 năm ...": an activity in lower
 * case at q that the verb takes first, then "và" and a meeting noun in
 * lower case, its second object in the same sentence (probe au AU2).  Not
 * a capitalized meeting after "và", which may head a clause of its own.
 */
static bool
second_object(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;
	int			j;

	if (!tok_has(d, q, T_WORD) || tok_has(d, q, T_UPPER | T_NL))
		return false;
	for (j = q + 1; j < d->ntok && j < q + SECOND_OBJECT_AHEAD; j++)
	{
		if (tok_has(d, j, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':'))
			return false;
		if (tok_is(d, j, "va") && !tok_has(d, j + 1, T_UPPER | T_NL) &&
			kind_at(d, j + 1, &ph) > 0 && ph->aux == 0)
			return true;
	}
	return false;
}

#define AUDIENCE_WORDS	16		/* "cho toàn thể cán bộ, đảng viên, ..." before its activity */

/*
 * "tổ chức cho <audience> <activity>", the causative: "Chi bộ tổ chức cho
 * toàn thể cán bộ, đảng viên, viên chức học tập chuyên đề ..." holds the
 * study as "tổ chức học tập" does (probe 97 AE2).  "cho" at q, in lower
 * case: the token of the activity after its audience, lower-case words
 * and commas in one clause, or q.
 */
static int
audience_end(const GbDoc *d, int q)
{
	int			j;

	if (!tok_is(d, q, "cho") || tok_has(d, q, T_UPPER | T_NL))
		return q;
	for (j = q + 2; j < d->ntok && j <= q + AUDIENCE_WORDS; j++)
	{
		if (tok_has(d, j, T_NL) || (tok_has(d, j, T_PUNCT) && !tok_punct(d, j, ',')))
			return q;
		if (meetword(d, j, MW_ACTIVITY, NULL) > 0)
			return j;
	}
	return q;
}

/*
 * An activity that "tổ chức" takes as a meeting held: "tổ chức nghiên cứu,
 * học tập, quán triệt", "tổ chức sơ kết", "tổ chức cho đảng viên học tập
 * ..." (audience_end()).  Only in the lead or the headline: elsewhere "tổ
 * chức triển khai" is as often a task set as a meeting.
 */
bool
meeting_activity(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;

	q = audience_end(d, q);
	/* "tổ chức buổi triển khai kế hoạch": the session of the activity (stop 33 P8) */
	if (session_classifier(d, q) && kind_at(d, q, NULL) == 0)
		q++;
	/*
	 * "tổ chức diễn tập (tập dượt) Đại hội ...": the rehearsal of a meeting
	 * to come is held, its organizer the body (the meeting after it spoken
	 * of, an MW_ABOUT row); not a drill of anything else (stop 36 T7)
	 */
	if (((tok_is(d, q, "dien") && tok_is(d, q + 1, "tap")) ||
		 (tok_is(d, q, "tap") && tok_is(d, q + 1, "duot"))) &&
		!tok_has(d, q + 2, T_NL) && kind_at(d, q + 2, NULL) > 0)
		return true;
	return (kind_at(d, q, &ph) > 0 && ph->aux == 1) ||
		meetword(d, q, MW_ACTIVITY, NULL) > 0;
}

/* "tại", "ở", or a dash: what may stand between "điểm cầu" and the name */
bool
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
 * room is, when another body follows it as the subject.  So is one after a
 * comma that ends a room named by a letter or a number alone, no body in
 * it: "tại Hội trường A, Công an tỉnh, Đảng ủy Công an tỉnh tổ chức"
 * (stop 35 U12); not "tại Hội trường Tỉnh ủy, Ban A, Ban B tổ chức".
 */
static bool
room_owner(const GbDoc *d, int p)
{
	int			j;
	bool		comma = tok_punct(d, p - 1, ',');

	if (!(tok_punct(d, p - 1, '-') || comma) || tok_has(d, p, T_NL))
		return false;
	for (j = p - 2; j >= 0 && j >= p - 1 - PLACE_DASH_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || tok_punct(d, j, ',') || tok_punct(d, j, '.') ||
			tok_punct(d, j, ';') || tok_punct(d, j, ':'))
			return false;
		if (meetword(d, j, MW_PLACE, NULL) > 0 || meetword(d, j, MW_VENUE, NULL) > 0)
			return !comma || (j >= 1 && tok_is(d, j - 1, "tai"));
		if (comma && gb_tok_capitalized(d, j) && d->tok[j].flen > 1 && !tok_has(d, j, T_ROMAN))
			return false;
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
 * Whether the head read at j, ending at p, is the tail of a noun of people
 * before it: "bộ" of "cán bộ Văn phòng Tỉnh ủy" (the office's staff), no
 * body "Bộ" the office is part of (stop 34 Q8).
 */
static bool
people_noun_tail(const GbDoc *d, int j, int p)
{
	const GbPhrase *ph = NULL;

	return j > 0 && gb_dict_match(d, j - 1, CAT_AUDIENCE, &ph) == p - j + 1 &&
		ph->aux == AUDIENCE_PEOPLE;
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
	/*
	 * "Tổng Công ty Điện lực": a capitalized head that reaches past p
	 * (probe y Y7)
	 */
	if (tok_has(d, p - 1, T_UPPER) && tok_has(d, p - 1, T_WORD) && !tok_has(d, p - 1, T_ALLCAPS) &&
		gb_dict_match(d, p - 1, CAT_BODYHEAD, NULL) > 1)
		return true;
	/*
	 * "Hội nghị lần thứ 18 Ban Chấp hành Đảng bộ tỉnh Hải Dương ... tổ
	 * chức kiểm điểm": a capitalized head opening two or three words
	 * before p that reaches past it holds the body at p as its parent, the
	 * organization whose committee meets, not the subject (stop 43
	 * s43-kind's plenum)
	 */
	for (j = p - 2; j >= 0 && j >= p - 3; j--)
	{
		if (tok_has(d, j + 1, T_NL) || !tok_has(d, j + 1, T_WORD))
			break;
		if (tok_has(d, j, T_UPPER) && tok_has(d, j, T_WORD) && !tok_has(d, j, T_ALLCAPS) &&
			gb_dict_may_match(d, j, CAT_BODYHEAD) && gb_dict_match(d, j, CAT_BODYHEAD, NULL) > p - j)
			return true;
	}
	if (!tok_has(d, p - 1, T_WORD) || tok_has(d, p - 1, T_UPPER))
		return false;
	for (j = p - 1; j >= 0 && j >= p - 3; j--)
		if (gb_dict_match(d, j, CAT_BODYHEAD, NULL) == p - j && !people_noun_tail(d, j, p))
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

/*
 * "đang" (in the course of: "đang tổ chức"), not "Đảng" nor the surname
 * Đặng, which fold alike: spelled in lower case, so no dictionary entry
 */
bool
is_dang(const GbDoc *d, int i)
{
	return tok_is(d, i, "dang") && d->tok[i].len == 5 &&
		memcmp(d->norm.data + d->tok[i].off, "đang", 5) == 0;
}

/* Adverbs between a subject and its verb: "đã long trọng tổ chức". */
int
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
 * "phối hợp" at q, lower case, followed right away by a capitalized name:
 * "A phối hợp Tỉnh ủy B tổ chức", the partner named with no "với" (probe
 * l G1).  Not "phối hợp tổ chức", nor "Ủy ban Phối hợp ...", a name.
 */
static inline bool
bare_partner_link(const GbDoc *d, int q)
{
	return tok_is(d, q, "phoi") && tok_is(d, q + 1, "hop") && !tok_has(d, q, T_UPPER) &&
		!tok_has(d, q + 1, T_NL) && !tok_has(d, q + 2, T_NL) && gb_tok_capitalized(d, q + 2);
}

/*
 * "A cùng (với) B tổ chức": the first token of the partner B, capitalized,
 * at q or after "với" there, "cùng" before q having been skipped as an
 * adverb ("cùng tổ chức"); or -1.
 */
static inline int
along_partner(const GbDoc *d, int q)
{
	int			k = q + (tok_is(d, q, "voi") && !tok_has(d, q, T_UPPER) ? 1 : 0);

	if (!tok_is(d, q - 1, "cung") || tok_has(d, q - 1, T_UPPER) || k >= d->ntok ||
		tok_has(d, k, T_NL) || !gb_tok_capitalized(d, k))
		return -1;
	return k;
}

/*
 * ", Hà Giang, Yên Bái và Sơn La" at q (or its first name at q), after a
 * partner "UBND tỉnh Điện Biên": places named alone after a body, its head
 * and level shared, each a partner too (probe m G2).  Returns the token
 * after the last, or q.
 */
static int
shared_head_places_end(const GbDoc *d, int q)
{
	int			j = q;

	/* the partners' list ended at the first place, no body read there */
	if (tok_punct(d, q - 1, ',') || tok_is(d, q - 1, "va"))
		j--;
	while ((tok_punct(d, j, ',') || tok_is(d, j, "va")) && !tok_has(d, j + 1, T_NL) &&
		   tok_has(d, j + 1, T_UPPER) && tok_has(d, j + 1, T_WORD))
	{
		for (j++; tok_has(d, j, T_UPPER) && tok_has(d, j, T_WORD) && !tok_has(d, j, T_NL); j++)
			;
	}
	return j > q ? j : q;
}

/*
 * Whether the body at p is a partner in "A phối hợp với B, C và D" (or
 * "phối hợp cùng B", "phối hợp B"): looked back over a few capitalized
 * words and list links to "phối hợp (với)".
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
		if (bare_partner_link(d, j - 1))
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
		 !tok_has(d, k, T_NL) && gb_match_exact(d, k, CAT_BODY | CAT_BODYHEAD, NULL) == 0; words++)
		k++;
	return words > 0 ? k : q;
}

/*
 * Up to most places in apposition after a body at q, ", xã A, huyện B":
 * the token after the last, or q.
 */
int
places_apposed(const GbDoc *d, int q, int most)
{
	int			e;

	for (; most > 0 && (e = place_apposition(d, q)) > q; most--)
		q = e;
	return q;
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
	const GbPhrase *ph = NULL;
	int			k,
				words = 0;

	for (k = q; words < 4 && k < d->ntok && !tok_has(d, k, T_NL); words++)
	{
		/*
		 * a level spelled so: "Tịnh Sơn" folds as "tỉnh Sơn"; an agency's
		 * head spelled so, "Ban X, Báo Quảng Ngãi tổ chức" (stop 35 V3)
		 */
		if (!tok_has(d, k, T_WORD) || !gb_tok_capitalized(d, k) ||
			gb_dict_match(d, k, CAT_BODY | CAT_BODYHEAD, NULL) > 0 || gb_agency_at(d, k, &ph) > 0 ||
			(gb_dict_match(d, k, CAT_LEVEL, NULL) > 0 &&
			 gb_exact_any(d, k, "Tỉnh|Thành|TP|Huyện|Quận|Thị|Xã|Phường")))
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
int
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
	/*
	 * "Cụm thi số VII gồm các chi bộ khối cơ quan huyện X tổ chức": the
	 * members named by their class, in lower case, with no colon (probe-q G9)
	 */
	item = k == q + 1 && tok_is(d, k, "cac") && lower_word(d, k);
	for (; k < d->ntok && k < q + MEMBERS_TOKENS && !tok_has(d, k, T_NL); k++)
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
 * "Cuộc vận động "Học tập và làm theo ..."", "Phong trào "..."" at h,
 * capitalized: a campaign by its title quoted in one line.  Returns the
 * token after the closing quote, or h.
 */
static int
campaign_title_end(const GbDoc *d, int h)
{
	int			j;

	if (!tok_has(d, h, T_UPPER) ||
		!((tok_is(d, h, "cuoc") && tok_is(d, h + 1, "van") && tok_is(d, h + 2, "dong")) ||
		  (tok_is(d, h, "phong") && tok_is(d, h + 1, "trao"))))
		return h;
	j = h + (tok_is(d, h, "cuoc") ? 3 : 2);
	if (!tok_punct(d, j, '"') || tok_has(d, j, T_NL))
		return h;
	for (j++; j < d->ntok && j < h + STEER_TASK_WORDS && !tok_has(d, j, T_NL); j++)
		if (tok_punct(d, j, '"'))
			return j + 1;
	return h;
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
	/*
	 * "Ban Chỉ đạo Cuộc vận động "Học tập và làm theo ..." tỉnh Thừa Thiên
	 * - Huế tổ chức": named by the campaign it steers, its title quoted,
	 * then its level and place (probe as AS11)
	 */
	if (e == h && (j = campaign_title_end(d, h)) > h && !tok_has(d, j, T_UPPER) &&
		gb_dict_match(d, j, CAT_LEVEL, NULL) > 0)
		h = e = j;
	/* "Ban Chỉ đạo của Chính phủ về ...": named by whose it is, as by its level (probe av AV4) */
	else if (e == h && q > h + 1 && tok_is(d, h, "cua") && !tok_has(d, h, T_UPPER))
		e = q;
	else if (e == h && tok_has(d, h, T_UPPER))
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
		/* "Thừa Thiên - Huế": a dash inside the place's name */
		for (j = e; j < e + 5 && !tok_has(d, j, T_NL) &&
			 ((tok_has(d, j, T_WORD) && tok_has(d, j, T_UPPER) &&
			   gb_dict_match(d, j, CAT_BODY | CAT_BODYHEAD, NULL) == 0) ||
			  (j > e && tok_punct(d, j, '-') && gb_tok_capitalized(d, j + 1))); j++)
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

#define ORDERED_BACK	16		/* tokens from a body listed back to the verb whose object the list is */

/*
 * "chọn", "lựa chọn", "giao (cho)", "phân công (cho)", "đã (vừa) chỉ đạo"
 * at c, in lower case and spelled so ("giáo" folds alike; "theo chỉ đạo",
 * "sự phân công" are nouns): a verb whose object is a body told to do
 * something.  The token after it, or -1.  A verb added here must pass
 * may_order_verb(), asked before it.
 */
static int
order_verb_end(const GbDoc *d, int c)
{
	int			e;

	if (c < 1 || tok_has(d, c, T_UPPER | T_NL))
		return -1;
	if (tok_is(d, c, "chon") && gb_exact_any(d, c, "chọn"))
		e = c + 1;
	else if (tok_is(d, c, "giao") && gb_exact_any(d, c, "giao"))
		e = c + 1;
	else if (tok_is(d, c, "phan") && tok_is(d, c + 1, "cong") && gb_exact_words(d, c, 2, "phân công"))
		e = c + 2;
	else if (tok_is(d, c, "chi") && tok_is(d, c + 1, "dao") && gb_exact_words(d, c, 2, "chỉ đạo") &&
			 gb_exact_any(d, c - 1, "đã|vừa"))
		e = c + 2;
	else
		return -1;
	if (gb_exact_any(d, c - 1, "theo|sự|của"))
		return -1;
	if (tok_is(d, e, "cho") && !tok_has(d, e, T_UPPER | T_NL))
		e++;
	return tok_has(d, e, T_NL) ? -1 : e;
}

/*
 * Whether order_verb_end() can match at c: its verbs open with a word of 3
 * or 4 folded bytes starting 'c', 'g' or 'p' ("chi", "chon", "giao",
 * "phan"); asked first, so that the scans back from every body candidate
 * call it at few tokens.
 */
static inline bool
may_order_verb(const GbDoc *d, int c)
{
	const GbTok *t = &d->tok[c];
	char		f = d->fold.data[t->fo];

	return (t->flen == 3 || t->flen == 4) && (f == 'c' || f == 'g' || f == 'p');
}

/*
 * "Ban Thường vụ Huyện ủy đã chọn Đảng bộ xã A, Đảng bộ B tổ chức đại hội
 * thí điểm": a body at p that is the object of a verb choosing or
 * assigning it, or listed after such an object, is told to hold a meeting,
 * not said to hold one (probe at AT4); "Đảng bộ xã A được chọn tổ chức"
 * is read by delegated().
 */
static bool
ordered_body(const GbDoc *d, int p)
{
	const char *name;
	int			c,
				r;

	for (c = p - 1; c >= p - 3 && c > 0; c--)
		if (may_order_verb(d, c) && order_verb_end(d, c) == p)
			return true;
	/* listed: "chọn A, B tổ chức", the bodies between the verb and p */
	if (!(tok_punct(d, p - 1, ',') || (tok_is(d, p - 1, "va") && !tok_has(d, p - 1, T_UPPER))))
		return false;
	for (c = p - 2; c > 0 && c >= p - ORDERED_BACK && !tok_has(d, c + 1, T_NL); c--)
	{
		if (tok_punct(d, c, '.') || tok_punct(d, c, ';') || tok_punct(d, c, ':'))
			return false;
		if (!may_order_verb(d, c) || (r = order_verb_end(d, c)) < 0)
			continue;
		while (r < p - 1)
		{
			int			e = body_at(d, r, &name);

			if (e == r || name == NULL)
				return false;
			r = gb_paren_abbrev(d, e);
			if (r < p - 1 && (tok_punct(d, r, ',') || tok_is(d, r, "va")))
				r++;
			else
				break;
		}
		return r == p - 1;
	}
	return false;
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
int
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

/* "Chi bộ", "Đảng bộ", "Đảng ủy" at q: a Party unit, which an institution holds */
static inline bool
party_unit_at(const GbDoc *d, int q)
{
	return ((tok_is(d, q, "chi") || tok_is(d, q, "dang")) && tok_is(d, q + 1, "bo")) ||
		(tok_is(d, q, "dang") && tok_is(d, q + 1, "uy"));
}

#define UNIT_WORDS	4			/* words of the units' noun after "các" */

/*
 * "các chi bộ trực thuộc Đảng ủy xã Tân Lập (đã) tổ chức": the body at p,
 * after "(trực) thuộc", is whose the units before are, no subject; the
 * units, "các" and their noun in lower case heading the clause, organize,
 * a group named as written up to the verb, as party_group_end() names
 * "Đảng bộ các đơn vị trực thuộc ..." (stop 31 L-F10b).  So does a count
 * of them, which names them by whose they are as "các" does, unlike "15
 * Đảng bộ cấp cơ sở" (counted_body()), and a Party unit's noun after
 * either may be capitalized: "Từ tháng 5 đến tháng 8 năm 2022, 18 Chi bộ
 * trực thuộc Đảng bộ Bệnh viện đã tổ chức ..." (stop 38 AG5).  NULL when
 * the units are not so named ("100% chi bộ trực thuộc ...").
 */
static char *
units_under(const GbDoc *d, int p)
{
	const char *name;
	int			u = p - 1 - tok_is(d, p - 2, "truc"),
				c,
				e,
				upper = -1;		/* the last capitalized word of the units */

	for (c = u - 1; c >= 0 && c >= u - 1 - UNIT_WORDS; c--)
	{
		if (tok_has(d, c + 1, T_NL))
			return NULL;
		/* "Các chi bộ ..." opening its sentence, "18 Chi bộ ..." its clause */
		if (tok_is(d, c, "cac") ||
			(tok_has(d, c, T_NUM) && d->tok[c].len <= 3 &&
			 (gb_sentence_break(d, c) || tok_punct(d, c - 1, ','))))
			break;
		if (!tok_has(d, c, T_WORD))
			return NULL;
		if (upper < 0 && tok_has(d, c, T_UPPER))
			upper = c;
	}
	if (c < 0 || c < u - 1 - UNIT_WORDS || c == u - 1 || !opens_subject(d, c) ||
		(upper >= 0 && !(party_unit_at(d, c + 1) && upper <= c + 2)) ||
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
 * ", (trực) thuộc B (ABC)(,)" at q after a subject, up to its verb: the
 * body the subject is under, an apposition.  Returns the token after it,
 * or q.
 */
static int
under_apposition_end(const GbDoc *d, int q)
{
	int			j,
				e;

	if (!tok_punct(d, q, ',') || tok_has(d, q + 1, T_NL) || (j = under_end(d, q + 1)) == q + 1 ||
		tok_has(d, j, T_NL) || (e = parent_under(d, q + 1)) == q + 1)
		return q;
	e = gb_paren_abbrev(d, e);
	if (tok_punct(d, e, ','))
		e++;
	return verb_follows(d, e) ? e : q;
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
		/* "với ... và các tổ chức chính trị - xã hội tỉnh tổ chức": a noun after "các" (stop 35 V3) */
		if (meetword(d, j, MW_VERB, NULL) > 0 && !tok_is(d, j - 1, "cac") && !tok_is(d, j - 1, "nhung"))
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
			return ph->aux == 0 && !is_hop(ph) && strcmp(ph->value, gb_kind_congress) != 0;
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
 * Where the number of a sitting named before the comma at p - 1 must end:
 * the comma, or before the sitting's days in brackets and a "(vừa) diễn
 * ra" after its number, "Tại kỳ họp 26 vừa diễn ra (từ ngày 20 đến 21/2),
 * Ủy ban Kiểm tra Trung ương đã quyết định ..." (probe ar 33).
 */
static int
sitting_clause_end(const GbDoc *d, int p)
{
	int			j,
				e = p - 1;

	if (tok_punct(d, e - 1, ')'))
	{
		for (j = e - 2; j >= 1 && j >= e - AT_BRACKET && !tok_punct(d, j, '(') &&
			 !tok_punct(d, j, ')') && !tok_has(d, j + 1, T_NL); j--)
			;
		if (tok_punct(d, j, '('))
			e = j;
	}
	if (tok_is(d, e - 1, "ra") && tok_is(d, e - 2, "dien") && !tok_has(d, e - 1, T_NL) &&
		!tok_has(d, e - 2, T_UPPER))
		e -= tok_is(d, e - 3, "vua") && !tok_has(d, e - 2, T_NL) ? 3 : 2;
	return e;
}

/*
 * Whether the sitting named at q (its kind's m tokens) is counted up to e:
 * "thứ 26", "lần thứ 26", or a bare number, "kỳ họp 26" (probe ar 33).
 */
static bool
sitting_counted_to(const GbDoc *d, int q, int m, int e)
{
	return e > q + m &&
		(sitting_number_end(d, q + m) == e ||
		 (e == q + m + 1 && tok_has(d, q + m, T_NUM) && d->tok[q + m].len <= 2 &&
		  !tok_has(d, q + m, T_NL)));
}

/*
 * "Kỳ họp chuyên đề lần thứ sáu", "Kỳ họp bất thường thứ 3": the kind of a
 * sitting noted between its noun (at q - 1) and its number; its tokens at
 * q, or 0 when no number follows.
 */
static inline int
sitting_note(const GbDoc *d, int q)
{
	if (tok_has(d, q, T_NL) || tok_has(d, q + 1, T_NL) || tok_has(d, q, T_UPPER) ||
		!((tok_is(d, q, "chuyen") && tok_is(d, q + 1, "de")) ||
		  (tok_is(d, q, "bat") && tok_is(d, q + 1, "thuong"))))
		return 0;
	return sitting_number_end(d, q + 2) > q + 2 ? 2 : 0;
}

/*
 * Whether p follows "Tại hội nghị," opening its sentence (after a full
 * stop, or any mark, as "… Tại hội nghị"): "Tại hội nghị, Đảng ủy Quân sự
 * tỉnh đã thảo luận, thống nhất ...", the body at p in session at the
 * meeting just named (probe 45 G6); its number may follow ("Tại Kỳ họp thứ
 * 26, HĐND tỉnh ...", probe 55 G3), and a noted kind before it ("Kỳ họp
 * chuyên đề lần thứ sáu"); "tại" in lower case after the date opening the
 * sentence before a sitting counted, "Ngày 20/10/2023, tại Kỳ họp thứ sáu,
 * HĐND tỉnh ..." (stop 43 AZ2: "thứ 6," passed only as if it were the date).
 */
#define AFTER_CLAUSE_BACK	40		/* tokens of a "sau khi ..." clause before a body */

/*
 * "Tại kỳ họp, sau khi xem xét kết quả giám sát tại Đảng bộ TP.Hà Nội, Ủy
 * ban Kiểm tra T.Ư yêu cầu ...": a clause of what came first, "sau khi
 * ...", set off by commas (none inside) between a fronted phrase and the
 * body at p, its subject; the token after the comma opening it (so that
 * the phrase ends right before), or p when there is none (probe bc BC4).
 */
int
after_clause_start(const GbDoc *d, int p)
{
	int			j;

	if (!tok_punct(d, p - 1, ','))
		return p;
	for (j = p - 2; j >= 1 && j >= p - AFTER_CLAUSE_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || gb_sentence_break(d, j) || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':') || tok_punct(d, j, ','))
			return p;
		if (tok_is(d, j, "sau") && tok_is(d, j + 1, "khi") && !tok_has(d, j, T_UPPER) &&
			!tok_has(d, j + 1, T_NL))
			return tok_punct(d, j - 1, ',') ? j : p;
	}
	return p;
}

/* The body after such a clause opening at p, "sau khi ..., <body>": its first token, or p. */
int
after_clause_ahead(const GbDoc *d, int p)
{
	int			j;

	if (!tok_is(d, p, "sau") || !tok_is(d, p + 1, "khi") || tok_has(d, p, T_UPPER) ||
		tok_has(d, p + 1, T_NL))
		return p;
	for (j = p + 2; j < d->ntok && j <= p + AFTER_CLAUSE_BACK; j++)
	{
		if (tok_has(d, j, T_NL) || gb_sentence_break(d, j) || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':'))
			return p;
		if (tok_punct(d, j, ','))
			return j + 1 < d->ntok && !tok_has(d, j + 1, T_NL) ? j + 1 : p;
	}
	return p;
}

static bool
after_at_meeting(const GbDoc *d, int p)
{
	int			j,
				e;

	p = after_clause_start(d, p);
	if (!tok_punct(d, p - 1, ','))
		return false;
	e = sitting_clause_end(d, p);
	for (j = e - 1; j >= 1 && j >= e - 5 - SITTING_NUMBER; j--)
		if (tok_is(d, j - 1, "tai") &&
			(tok_has(d, j - 1, T_UPPER) ? heads_sentence(d, j - 1) || !tok_has(d, j - 2, T_WORD) :
			 heads_sentence(d, j - 1) && gb_exact_any(d, j - 1, "tại")))
		{
			int			m = kind_at(d, j, NULL);

			if (m > 0)
				m += sitting_note(d, j + m);
			/* "Tại Kỳ họp này, Ủy ban Kiểm tra Trung ương đã xem xét" (probe bc BC4) */
			if (m > 0 && j + m + 1 == e && tok_is(d, j + m, "nay") && gb_exact_any(d, j + m, "này"))
				m++;
			/* in lower case, only a sitting counted: "tại hội nghị, X" may be a guest */
			return m > 0 && (sitting_counted_to(d, j, m, e) ||
							 (tok_has(d, j - 1, T_UPPER) && sitting_number_end(d, j + m) == e));
		}
	return false;
}

/*
 * Tokens from a body back to "tại" the congress setting its clause, a
 * working day and its date in brackets between (probe bf BF7).
 */
#define CONGRESS_SET_BACK	40

/*
 * "ngày làm việc thứ 2 (ngày 12-8), " at q, its day in brackets, before
 * the congress it is a day of: the token after it, or q.  "Tại ngày làm
 * việc thứ 2 (ngày 12-8), Đại hội ... Mường Lát ..., Ban Thường vụ Tỉnh ủy
 * đã công bố ..." sets the clause in the congress as "Tại Đại hội ..."
 * does (probe bf BF7).
 */
static int
working_day_before_congress(const GbDoc *d, int q)
{
	int			e,
				j;

	if (!tok_is(d, q, "ngay") || tok_has(d, q, T_UPPER) || !tok_is(d, q + 1, "lam") ||
		!tok_is(d, q + 2, "viec") || (e = sitting_number_end(d, q + 3)) == q + 3 ||
		!tok_punct(d, e, '('))
		return q;
	for (j = e + 1; j < e + 8 && j < d->ntok && !tok_punct(d, j, ')'); j++)
		if (tok_has(d, j, T_NL))
			return q;
	return tok_punct(d, j, ')') && tok_punct(d, j + 1, ',') && !tok_has(d, j + 2, T_NL) ? j + 2 : q;
}

/*
 * Whether p follows the congress that sets its clause, "tại" it (or a
 * sitting of it) opening the sentence or following its date: "Sáng 30/9,
 * tại (phiên làm việc của) Đại hội đại biểu Đảng bộ tỉnh X lần thứ I, Ban
 * Tổ chức Trung ương đã công bố ...", the decision announced inside the
 * congress, which its organization holds (congress_of()), as "Tại đại
 * hội, ..." says (after_at_meeting(); probe-n G1).
 */
static bool
congress_set_before(const GbDoc *d, int p)
{
	const GbPhrase *ph = NULL;
	int			j,
				s,
				m;

	if (!tok_punct(d, p - 1, ','))
		return false;
	for (j = p - 2; j >= 0 && j >= p - CONGRESS_SET_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':'))
			return false;
		/* the text's first word too: "Tại ngày làm việc thứ 2 (...), Đại hội ..." */
		if (!tok_is(d, j, "tai") || !(heads_sentence(d, j) || (j > 0 && tok_punct(d, j - 1, ','))))
			continue;
		s = working_day_before_congress(d, sitting_of(d, j + 1));
		return (m = kind_at(d, s, &ph)) > 0 && strcmp(ph->value, gb_kind_congress) == 0 &&
			!tok_has(d, s, T_NL) && congress_of(d, s + m) != NULL;
	}
	return false;
}

/*
 * Whether the sitting before the body at p (after_at_meeting()) ends right
 * at the comma, nothing told of it after its name ("Tại kỳ họp vừa diễn ra
 * (từ ngày ...)," is left to a counted sitting: stop 41's contrast).
 */
static bool
sitting_just_named(const GbDoc *d, int p)
{
	p = after_clause_start(d, p);
	return sitting_clause_end(d, p) == p - 1;
}

/*
 * Whether p follows "tại <sitting counted>," in any case (1): "Ngày 23/6,
 * tại kỳ họp thứ 14, Ủy ban Kiểm tra Tỉnh ủy Nghệ An biểu quyết thi hành
 * kỷ luật ...": the body right after its session, counted, holds it when
 * its verb decides (session_decision(); stop 37 AA1); or "trong chương
 * trình Hội nghị lần thứ 23," (2): the body acts inside its own plenum's
 * program, whatever its verb (stop 37 ab3).  0: neither.
 */
static int
at_counted_sitting(const GbDoc *d, int p)
{
	int			j,
				e;

	if (!tok_punct(d, p - 1, ','))
		return 0;
	e = sitting_clause_end(d, p);
	for (j = e - 1; j >= 1 && j >= e - 3 - SITTING_NUMBER; j--)
		if ((tok_is(d, j - 1, "tai") && gb_exact_any(d, j - 1, "tại")) || in_program_before(d, j))
		{
			int			m = kind_at(d, j, NULL);

			if (m == 0 || !sitting_counted_to(d, j, m, e))
				return 0;
			return tok_is(d, j - 1, "tai") ? 1 : 2;
		}
	return 0;
}

/*
 * "biểu quyết", "quyết định", "thi hành (kỷ luật)", "đề nghị", "cảnh cáo",
 * "khiển trách" at q, in lower case: what a commission decides in session;
 * not "trình", a body reporting to a council's session
 */
static inline bool
session_decision(const GbDoc *d, int q)
{
	if (tok_has(d, q, T_UPPER) || tok_has(d, q + 1, T_NL))
		return false;
	return (tok_is(d, q, "bieu") && tok_is(d, q + 1, "quyet")) ||
		(tok_is(d, q, "quyet") && tok_is(d, q + 1, "dinh")) ||
		(tok_is(d, q, "thi") && tok_is(d, q + 1, "hanh")) ||
		(tok_is(d, q, "de") && tok_is(d, q + 1, "nghi") && gb_exact_any(d, q, "đề")) ||
		(tok_is(d, q, "yeu") && tok_is(d, q + 1, "cau") && gb_exact_any(d, q, "yêu")) ||
		(tok_is(d, q, "ket") && tok_is(d, q + 1, "luan") && gb_exact_any(d, q, "kết")) ||
		(tok_is(d, q, "canh") && tok_is(d, q + 1, "cao")) ||
		(tok_is(d, q, "khien") && tok_is(d, q + 1, "trach"));
}

/*
 * "dưới sự chủ trì của Tổng Bí thư A, tập thể Bộ Chính trị đã có buổi làm
 * việc với ...": "tập thể" (the body as a whole) in lower case right
 * before the body at p, after a comma or heading its sentence, names the
 * subject of its clause, as the body alone would (probe aj AJ6); not "cho
 * tập thể Ban ...", one commended, nor "thay mặt tập thể ...".
 */
static bool
collective_subject(const GbDoc *d, int p)
{
	return p >= 3 && tok_is(d, p - 2, "tap") && tok_is(d, p - 1, "the") &&
		!tok_has(d, p - 2, T_UPPER) && !tok_has(d, p - 1, T_NL) && !tok_has(d, p, T_NL) &&
		(tok_punct(d, p - 3, ',') || heads_sentence(d, p - 2));
}

#define FRONTED_BACK	48		/* tokens from a body back to the "tại" or "dưới sự" opening its clause */
#define FRAME_BACK		12		/* tokens of the body heading a reporting frame, "<body> thông tin," */

/*
 * "Chiều 27-9, tại Trụ sở Trung ương Đảng, dưới sự chủ trì của đồng chí
 * A, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội, Bộ Chính trị có buổi làm việc
 * với ...": the body at p after the comma closing a place ("tại ...") or a
 * chair ("dưới sự chủ trì (chỉ đạo) của ...") fronted after the date, one
 * such phrase after the other, is its clause's subject, as right after the
 * date (probe as AS1).  "Ngày 26/2, Tỉnh ủy X thông tin, Đoàn kiểm tra số
 * 15 ... đã có buổi làm việc": so is the body after a reporting frame,
 * "<body> thông tin (cho biết)," heading the sentence.
 */
static bool
fronted_subject(const GbDoc *d, int p)
{
	const char *name;
	int			j;

	if (p < 4 || !tok_punct(d, p - 1, ',') || tok_has(d, p, T_NL))
		return false;
	if (((tok_is(d, p - 3, "thong") && tok_is(d, p - 2, "tin")) ||
		 (tok_is(d, p - 3, "cho") && tok_is(d, p - 2, "biet"))) &&
		!tok_has(d, p - 3, T_UPPER) && !tok_has(d, p - 2, T_NL))
	{
		for (j = p - 4; j >= 0 && j > p - 4 - FRAME_BACK; j--)
			if (heads_sentence(d, j) && body_at(d, j, &name) == p - 3 && name != NULL)
				return true;
		return false;
	}
	for (j = p - 2; j >= 1 && j >= p - FRONTED_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';') ||
			tok_punct(d, j, ':'))
			return false;
		if (tok_has(d, j, T_UPPER) ||
			!((tok_is(d, j, "tai") && gb_exact_any(d, j, "tại")) ||
			  (tok_is(d, j, "duoi") && tok_is(d, j + 1, "su") && gb_exact_any(d, j, "dưới"))))
			continue;
		if (heads_sentence(d, j))
			return true;
		/* another fronted phrase before it: read on back */
		if (!tok_punct(d, j - 1, ','))
			return false;
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
	bool		heads;

	if (tok_has(d, q, T_NL) || tok_has(d, q, T_UPPER))
		return false;
	heads = heads_sentence(d, p) || after_at_meeting(d, p) || collective_subject(d, p);
	if (tok_is(d, q, "co") && tok_is(d, q + 1, "buoi") && !tok_has(d, q + 1, T_NL))
		q++;
	/* after a fronted place or chair, only a working session (not "tại Đại hội, X bầu") */
	if ((m = meetword(d, q, MW_SESSION, &ph)) > 0)
		return (heads || fronted_subject(d, p)) && work_session(d, q, m);
	if (!heads)
		return false;
	/*
	 * "Tại kỳ họp, Ủy ban Kiểm tra T.Ư yêu cầu ...": a body deciding right
	 * after the sitting that opens its sentence decides in it (probe bc BC4)
	 */
	return gb_dict_match(d, q, CAT_SESSIONVERB, NULL) > 0 ||
		(session_decision(d, q) && after_at_meeting(d, p) && sitting_just_named(d, p)) ||
		(tok_has(d, q, T_WORD) &&
		 (m = at_counted_sitting(d, p)) > 0 && (m == 2 || session_decision(d, q)));
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
	int			q = gb_joint_provinces_end(d, p, r, NULL),
				v;

	if (q == r)
		return r;
	/*
	 * "Đảng ủy 2 phường Thống Nhất và An Phú (tỉnh Gia Lai) đã tổ chức":
	 * their province in brackets before the verb, skipped as after one
	 * body (organizer_at()); the name ends before it (stop 42 AW3)
	 */
	v = paren_place(d, q);
	return verb_follows(d, v) ||
		(tok_is(d, v, "phoi") && tok_is(d, v + 1, "hop") && !tok_has(d, v + 1, T_NL)) ? q : r;
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
 * "Chi bộ Văn phòng HĐND" (probe 65 G3).  So too the National Assembly
 * delegation's head, "(Đảng bộ) Đoàn ĐBQH": since 2025 "Đoàn ĐBQH và
 * HĐND tỉnh" is one agency, with its Party organization (probe z Z5).
 */
static bool
joint_office_head(const GbDoc *d, int p, int e)
{
	const GbPhrase *ph = NULL;
	int			m;

	if (!tok_is(d, p, "van") && !tok_is(d, p, "doan") &&
		(m = gb_dict_match(d, p, CAT_BODYHEAD, NULL)) > 0 &&
		(tok_is(d, p + m, "van") || tok_is(d, p + m, "doan")))
		p += m;
	if (!(tok_is(d, p, "van") && tok_is(d, p + 1, "phong")) &&
		!(tok_is(d, p, "doan") && (tok_is(d, e - 1, "dbqh") ||
								   (tok_is(d, e - 2, "quoc") && tok_is(d, e - 1, "hoi")))))
		return false;
	return gb_dict_match(d, p, CAT_BODYHEAD, &ph) == e - p && (ph->aux & BODY_LEVEL);
}

/*
 * The end of the bodies an office's head alone runs on with, from the one
 * at [q, r) after "và" or a comma: "Văn phòng Đoàn ĐBQH, HĐND và UBND
 * tỉnh", heads alone listed up to the last, after "và", which has the
 * level; or 0 where a comma ends the list ("Đoàn ĐBQH, HĐND tỉnh và Sở
 * Nội vụ": bodies listed).
 */
static int
joint_office_end(const GbDoc *d, int q, int r)
{
	const char *name;
	bool		anded = tok_is(d, q - 1, "va");
	int			m;

	while (gb_dict_match(d, q, CAT_BODYHEAD, NULL) == r - q &&
		   (tok_is(d, r, "va") || tok_punct(d, r, ',')) && !tok_has(d, r + 1, T_NL) &&
		   (m = body_at(d, r + 1, &name)) > r + 1 && name != NULL)
	{
		anded = tok_is(d, r, "va");
		q = r + 1;
		r = m;
	}
	return anded ? r : 0;
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
		(meetword(d, q + 2, MW_VERB, NULL) == 0 &&
		 gb_dict_match(d, q + 2, CAT_SESSIONVERB, NULL) == 0) ||
		tok_is(d, q + 2, "tien"))
		return 0;
	return 2;
}

/*
 * "(tiến hành) lấy phiếu tín nhiệm" at j, its adverbs passed, in lower
 * case: what a body does sitting in session (sits_in_session()), its verb
 * after its term set off by a note or a comma, "HĐND tỉnh X khóa XVIII
 * (nhiệm kỳ 2021-2026), đã lấy phiếu" (stop 43 AZ2)
 */
static bool
session_verb_at(const GbDoc *d, int j)
{
	j += proceeds_to_verb(d, j);
	return lower_word(d, j) && !tok_has(d, j, T_NL) &&
		gb_dict_match(d, j, CAT_SESSIONVERB, NULL) > 0;
}

/* the same past its adverbs at q: "(đã) (tiến hành) lấy phiếu tín nhiệm" */
static bool
session_verb_ahead(const GbDoc *d, int q)
{
	return session_verb_at(d, skip_adverbs(d, q));
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
 * "Ban Chấp hành, Ban Thường vụ Huyện ủy X": the executive committee,
 * named alone before a committee of the body named in full, is of that
 * body; the two organize as one, named as written (stop 35 V3).  Not "Hội
 * nghị Ban Chấp hành, Ban Thường vụ, Đảng ủy ...": no body named after the
 * second.  Returns the token after the body's name, or p.
 */
static int
committees_of_body_end(const GbDoc *d, int p)
{
	const char *name;
	int			m,
				r;

	if (!tok_is(d, p, "ban") || !tok_is(d, p + 1, "chap") || !tok_is(d, p + 2, "hanh") ||
		!(tok_punct(d, p + 3, ',') || tok_is(d, p + 3, "va")) || tok_has(d, p + 4, T_NL) ||
		(m = part_head(d, p + 4)) == 0)
		return p;
	r = body_at(d, p + 4, &name);
	return r > p + 4 + m && name != NULL ? r : p;
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

	if ((m = union_centre_end(d, centre_before(d, p, q))) > q ||
		/* "TW Hội Nông dân Việt Nam", where body_at() reads past the "TW" */
		((m = union_centre_end(d, p)) > p && m >= q))
	{
		/* "Trung ương Hội Liên hiệp Phụ nữ (LHPN) Việt Nam": no gloss (stop 36 X4) */
		*name = gb_span_text_bare(d, p, m);
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

/* the subject's verb in lower case at j, its adverbs passed: "tổ chức", "phối hợp" */
static inline bool
lower_verb_at(const GbDoc *d, int j)
{
	return lower_word(d, j) && !tok_has(d, j, T_NL) &&
		(meetword(d, j, MW_VERB, NULL) > 0 ||
		 (tok_is(d, j, "phoi") && tok_is(d, j + 1, "hop") && !tok_has(d, j + 1, T_NL)));
}

/* the subject's verb in lower case at q, past its adverbs: "(đã) tổ chức", "phối hợp" */
static inline bool
lower_verb_ahead(const GbDoc *d, int q)
{
	return lower_verb_at(d, skip_adverbs(d, q));
}

/*
 * The subject's verb after a note on its body ending before q, past a
 * comma and adverbs (note_paren()): a meeting's verb or a session's, the
 * adverbs skipped once for both.
 */
static bool
note_verb_ahead(const GbDoc *d, int q)
{
	int			j = skip_adverbs(d, q + tok_punct(d, q, ','));

	return lower_verb_at(d, j) || session_verb_at(d, j);
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

#define ALIAS_TOKENS	16		/* at most, tokens of "(sau đây gọi tắt là ...)" */

/*
 * "(gọi tắt là Đoàn Kiểm tra số 542)", "(sau đây gọi tắt là Đoàn)" at q, in
 * one line, after a body: the short name the text goes on to use, no part
 * of the subject (probe as AS1).  Returns the token after it, or q.
 */
static int
alias_paren(const GbDoc *d, int q)
{
	int			j = q + 1,
				k;

	if (!tok_punct(d, q, '(') || tok_has(d, j, T_NL))
		return q;
	if (tok_is(d, j, "sau") && tok_is(d, j + 1, "day"))
		j += 2;
	if (!tok_is(d, j, "goi") || !gb_exact_any(d, j, "gọi"))
		return q;
	j += 1 + tok_is(d, j + 1, "tat");
	if (!tok_is(d, j, "la"))
		return q;
	for (k = j + 1; k < q + ALIAS_TOKENS && k < d->ntok && !tok_has(d, k, T_NL); k++)
	{
		if (tok_punct(d, k, ')'))
			return k + 1;
		if (tok_punct(d, k, '(') || tok_punct(d, k, '.') || tok_punct(d, k, ';'))
			return q;
	}
	return q;
}

/*
 * "(nhiệm kỳ 2021-2026)", "(mở rộng)", "(nhiệm kỳ mới)" at q, after a body
 * and its term, in one line, right before the subject's verb in lower
 * case (or a comma before it, note_verb_ahead()): a note on the body or its
 * sitting, no capitalized word in it (not
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
			return k > q + 1 && note_verb_ahead(d, k + 1) ? k + 1 : q;
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
 * Whether a congress's noun ends right before the body at q: "(sau khi tổ
 * chức thành công) Đại hội Đảng bộ huyện Núi Thành, Ban Thường vụ Tỉnh ủy
 * đã tổ chức ...": the body names whose the congress is, and a body after
 * the comma is the subject, not listed with it (stop 43 AY5).
 */
static bool
congress_noun_before(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;
	int			j;

	if (tok_has(d, q, T_NL))
		return false;
	/* "Đại hội đại biểu": four tokens */
	for (j = q - 1; j >= 0 && j >= q - 4; j--)
		if (kind_at(d, j, &ph) == q - j && !tok_has(d, j + 1, T_NL))
			return strcmp(ph->value, gb_kind_congress) == 0;
	return false;
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
	/*
	 * a one-syllable head spelled with its tone mark: "Tại xã Huổi Só, UBND
	 * huyện Tủa Chùa đã tổ chức" names no "Sở" (probe am AM4); "Bộ", "Cục",
	 * "Khối" alike, as gb_outlet_heads' "Báo" is matched
	 */
	if (!gb_tok_capitalized(d, q) || (m = gb_match_exact(d, q, CAT_BODYHEAD, &ph)) == 0)
		return 0;
	if ((ph->aux & BODY_PART) && gb_tok_capitalized(d, q + m) && !tok_has(d, q + m, T_NL))
		m += gb_dict_match(d, q + m, CAT_BODYHEAD, NULL);
	/* "UBMTTQ Việt Nam huyện X": the country a front's or a union's head names (stop 33 O18) */
	if ((ph->aux & BODY_CONGRESS) && tok_is(d, q + m, "viet") && tok_is(d, q + m + 1, "nam") &&
		gb_tok_capitalized(d, q + m) &&
		!tok_has(d, q + m, T_NL) && !tok_has(d, q + m + 1, T_NL))
		m += 2;
	return m;
}

/*
 * "Đại hội thi đua yêu nước", "Đại hội đại biểu các dân tộc thiểu số",
 * "Đại hội Thể dục thể thao" from q (after "Đại hội"): a congress of a
 * locality's people, held every few years by the locality, that no
 * organization holds
 */
static bool
people_congress(const GbDoc *d, int q)
{
	if (tok_is(d, q, "dai") && tok_is(d, q + 1, "bieu") && !tok_has(d, q, T_NL))
		q += 2;
	if (tok_has(d, q, T_NL) || tok_has(d, q + 1, T_NL))
		return false;
	if (tok_is(d, q, "cac") && !tok_has(d, q, T_UPPER))
		q++;
	return (tok_is(d, q, "thi") && tok_is(d, q + 1, "dua") && gb_exact_any(d, q, "thi")) ||
		(tok_is(d, q, "dan") && tok_is(d, q + 1, "toc") && gb_exact_any(d, q, "dân")) ||
		(tok_is(d, q, "the") && tok_is(d, q + 1, "duc") && gb_exact_any(d, q, "thể"));
}

/*
 * "Sáng 30/6, tỉnh Khánh Hòa tổ chức Lễ công bố ...", "xã Yên Bình tổ
 * chức hội nghị": a locality, its level in lower case and its capitalized
 * name (or number), heading its clause right before the subject's verb,
 * is the subject, as a group of localities named one by one is (stop 30
 * F2).  Returns the token after the name, or p.
 */
int
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
	/* "TP. Hải Phòng tổ chức": the abbreviation's full stop */
	if (m == 1 && tok_is(d, p, "tp") && tok_punct(d, k, '.') && !tok_has(d, k + 1, T_NL))
		k++;
	if (gb_place_number(d, k))
		k++;
	else
	{
		for (words = 0; words < 5 && tok_has(d, k, T_WORD) && gb_tok_capitalized(d, k) &&
			 !tok_has(d, k, T_NL) && gb_match_exact(d, k, CAT_BODY | CAT_BODYHEAD, NULL) == 0; words++)
			k++;
		if (words == 0)
			return p;
	}
	/* "xã Tân Lập, huyện Hòa An tổ chức": where it is, of the name */
	k = places_apposed(d, k, 2);
	/*
	 * "phường Bình Quới, TPHCM, tổ chức": the city by its name alone, no
	 * level, where the locality is, as after a body (city_apposition());
	 * the caller skips it (probe 96 ad2)
	 */
	if ((e = city_apposition(d, k)) > k)
		e = skip_adverbs(d, e);
	else if (verb_follows(d, k))
		e = skip_adverbs(d, k);
	else
		return p;
	/*
	 * "huyện X khai mạc Đại hội Đảng bộ huyện": the congress's own
	 * (locality_congress()); but one of the locality's people, "tổ chức
	 * Đại hội thi đua yêu nước", "Đại hội đại biểu các dân tộc thiểu số",
	 * no organization's, the locality holds (probe am AM3)
	 */
	e += meetword(d, e, MW_VERB, NULL);
	return tok_is(d, e, "dai") && tok_is(d, e + 1, "hoi") && !people_congress(d, e + 2) ? p : k;
}

/*
 * The organizer [p, r) as written, but a capitalized level heading it in
 * lower case: "Tỉnh Bắc Giang tổ chức" is `tỉnh Bắc Giang`, as the level
 * in lower case names it, the capital being the writer's respect, not a
 * name's (stop 31 L-F2b); but "Tp. Vinh" as written, an abbreviation
 * (probe bb BB10).  Every level starts with an ASCII letter.
 */
static char *
subject_span_text(const GbDoc *d, int p, int r)
{
	char	   *s = gb_span_text(d, p, r);

	if (s != NULL && s[0] >= 'A' && s[0] <= 'Z' && tok_has(d, p, T_UPPER) &&
		!tok_has(d, p, T_ALLCAPS) && !city_abbrev(d, p) && gb_dict_match(d, p, CAT_LEVEL, NULL) > 0 &&
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
 * "Chiều 11-8, Ủy ban Kiểm tra Trung ương đã ban hành Thông cáo báo chí Kỳ
 * họp thứ 18.": a body's release (from q, its verb) on a sitting counted,
 * no other body named after the number, is on the body's own sitting
 * (stop 39 AI1); not "Văn phòng Trung ương ban hành Thông cáo Hội nghị lần
 * thứ 10 Ban Chấp hành Trung ương", another body's.
 */
static bool
release_of_sitting(const GbDoc *d, int q)
{
	const GbPhrase *ph = NULL;
	const char *other;
	int			m,
				e;

	if (tok_has(d, q, T_UPPER) || tok_has(d, q + 1, T_NL))
		return false;
	/*
	 * "Ngày 17/1, Ủy ban Kiểm tra Tỉnh ủy X đã thông báo (về) kết quả kỳ họp
	 * lần thứ 3 với nội dung ...": the results of a sitting counted that a
	 * body announces, no other body named after the number, are of its
	 * own sitting (probe bh BH3); not "thông báo kết quả Kỳ họp thứ 3 của
	 * HĐND tỉnh", another body's
	 */
	if (tok_is(d, q, "thong") && tok_is(d, q + 1, "bao") && gb_exact_any(d, q, "thông"))
	{
		q += 2;
		if (tok_is(d, q, "ve") && !tok_has(d, q, T_UPPER | T_NL))
			q++;
		if (!tok_is(d, q, "ket") || !tok_is(d, q + 1, "qua") || tok_has(d, q, T_UPPER | T_NL) ||
			tok_has(d, q + 1, T_NL) || tok_has(d, q + 2, T_NL))
			return false;
		q += 2;
		if ((m = kind_at(d, q, &ph)) == 0 ||
			!(strcmp(ph->value, "kỳ họp") == 0 || strcmp(ph->value, "phiên họp") == 0))
			return false;
		e = sitting_number_end(d, q + m);
		return e > q + m && !tok_is(d, e, "cua") && body_at(d, e, &other) == e;
	}
	/* "ban hành": on to its last word, where "ra" is the verb's one */
	if (tok_is(d, q, "ban") && tok_is(d, q + 1, "hanh"))
		q++;
	else if (!tok_is(d, q, "ra") || !gb_exact_any(d, q, "ra"))
		return false;
	if (!tok_is(d, q + 1, "thong") || !tok_is(d, q + 2, "cao") || tok_has(d, q + 2, T_NL))
		return false;
	q += 3;
	if (tok_is(d, q, "bao") && tok_is(d, q + 1, "chi") && !tok_has(d, q + 1, T_NL))
		q += 2;
	if (tok_has(d, q, T_NL) || (m = kind_at(d, q, &ph)) == 0 ||
		!(strcmp(ph->value, "kỳ họp") == 0 || ph->value == gb_kind_meeting))
		return false;
	e = sitting_number_end(d, q + m);
	return e > q + m && (e >= d->ntok || clause_mark(d, e) || tok_has(d, e, T_NL));
}

#define DO_SENTENCE_BACK	24	/* at most, tokens from "do" back in its sentence */

/*
 * Whether a meeting is named before "do" at k in its sentence, past
 * commas: "hội nghị tổng kết công tác ... 5 năm, nhiệm kỳ 2020 – 2025 do".
 * Asked only of a "do" whose agent is dated with no verb.
 */
static __attribute__((noinline)) bool
meeting_before_do(const GbDoc *d, int k)
{
	int			j;

	for (j = k - 1; j >= 0 && j >= k - DO_SENTENCE_BACK; j--)
	{
		if (tok_punct(d, j, '.') || tok_punct(d, j, ';') || tok_punct(d, j, ':'))
			return false;
		if (kind_at(d, j, NULL) > 0 || meetword(d, j, MW_NOUN, NULL) > 0)
			return true;
		if (tok_has(d, j, T_NL))
			return false;
	}
	return false;
}

/*
 * "tại Hội nghị giao ban tháng 5/2023 ... vừa được Thành ủy tổ chức.": the
 * agent of a passive verb at e - 1 whose subject is the meeting named
 * before "được" at k, the verb closing its clause (no object), holds it
 * as after "do" (probe al AL4)
 */
static bool
passive_agent(const GbDoc *d, int k, int e)
{
	if (!tok_is(d, k, "duoc") || tok_has(d, k, T_UPPER))
		return false;
	/*
	 * the clause ends, or goes on with the venue or the day only, "...
	 * được Thành ủy tổ chức tại Hội trường ...", "... vào sáng 5/6"
	 */
	return (e >= d->ntok || clause_mark(d, e) || tok_has(d, e, T_NL) ||
			(!tok_has(d, e, T_UPPER) &&
			 (tok_is(d, e, "tai") || tok_is(d, e, "vao") || gb_skip_when(d, e) > e))) &&
		meeting_before_do(d, k);
}

/*
 * "Ban Tổ chức Trung ương tổ chức hội nghị", "HĐND tỉnh khai mạc kỳ họp",
 * "Ủy ban Kiểm tra Trung ương khóa 12, họp", "Bộ Chính trị, Ban Bí thư
 * tổ chức", "Thường trực Tỉnh ủy ... phối hợp với Ban Tổ chức Trung ương
 * tổ chức" (the subject organizes, with its partner).
 */
/*
 * "Tại Trung tâm Hội nghị Quốc tế, thành phố X tổ chức": a body right
 * after "tại" closed by a comma is where the meeting is held, the subject
 * after the comma who holds it (stop 33 P2, now that a centre is a body);
 * with no other subject, "tại Huyện ủy X đã tổ chức", the body hosts.
 */
#define VENUE_BACK		8		/* tokens from a body back to "tại" its place's */
#define VENUE_WORDS		3		/* words of a place's own name before a body in it: "Khu di tích" */

static bool
venue_body(const GbDoc *d, int p)
{
	const char *name;
	int			r;

	int			j;

	if (p > 0 && tok_is(d, p - 1, "tai") && gb_exact_any(d, p - 1, "tại"))
		return (r = body_at(d, p, &name)) > p && tok_punct(d, r, ',');
	/*
	 * "tại Nông trường Đội Thanh niên Xung phong, xã An Thái, ..., Đảng bộ
	 * cơ quan Tỉnh đoàn tổ chức", "tại Khu di tích ...": a body named after
	 * a place's own words (a capital, then no body, level or meeting) is
	 * the place's too (probe au AU2)
	 */
	for (j = p - 1; j > 0 && j >= p - VENUE_WORDS && tok_has(d, j, T_WORD) && !tok_has(d, j + 1, T_NL); j--)
		if (tok_is(d, j - 1, "tai") && gb_exact_any(d, j - 1, "tại"))
		{
			for (r = j; r < p; r++)
				if (gb_dict_match(d, r, CAT_BODY | CAT_BODYHEAD | CAT_LEVEL, NULL) > 0 ||
					kind_at(d, r, NULL) > 0 || meetword(d, r, MW_SESSION, NULL) > 0)
					return false;
			return gb_tok_capitalized(d, j) && (r = body_at(d, p, &name)) > p && name != NULL &&
				tok_punct(d, r, ',');
		}
	/*
	 * "tại phòng 510 nhà A, Trường Đại học Tây Bắc, Chi bộ KHSK – NCCG đã
	 * tổ chức": a body in apposition to the place, closed by a comma before
	 * the Party unit inside it (Chi bộ, Đảng bộ, Đảng ủy), is part of the
	 * place (stop 37 ab5); not "tại Hội trường X, Bộ Chính trị, Ban Bí thư
	 * tổ chức", bodies listed, nor "tại xã A, Huyện ủy B, tổ chức"
	 */
	if (p < 2 || !tok_punct(d, p - 1, ','))
		return false;
	for (j = p - 2; j >= 0 && j >= p - VENUE_BACK; j--)
	{
		if (tok_has(d, j + 1, T_NL) || tok_punct(d, j, '.') || tok_punct(d, j, ';'))
			return false;
		if (tok_is(d, j, "tai") && gb_exact_any(d, j, "tại"))
			return (r = body_at(d, p, &name)) > p && name != NULL && tok_punct(d, r, ',') &&
				!tok_has(d, r + 1, T_NL) && party_unit_at(d, r + 1) &&
				body_at(d, r + 1, &name) > r + 1 && name != NULL;
	}
	return false;
}

#define AT_PLACE_WORDS	12		/* at most, words of the place after "tại" between a body and its verb */

/*
 * "Đảng ủy xã A tại tỉnh B đã tổ chức", "Đảng bộ Đội Công binh số 3 tại
 * Phái bộ ... UNISFA đã tổ chức": where the body is, set between it and
 * its verb, is an adverbial; the body named before "tại" holds the meeting
 * (stop 42 AW1).  The place starts with a capital or a level, and runs on
 * with words only up to the verb.  Returns the verb's token (or its
 * adverbs'), or q.
 */
static int
at_place_end(const GbDoc *d, int q)
{
	int			k;

	if (!tok_is(d, q, "tai") || tok_has(d, q, T_UPPER) || tok_has(d, q + 1, T_NL) ||
		!gb_exact_any(d, q, "tại") || !tok_has(d, q + 1, T_WORD) ||
		!(gb_tok_capitalized(d, q + 1) || gb_dict_match(d, q + 1, CAT_LEVEL, NULL) > 0))
		return q;
	for (k = q + 2; k < q + 1 + AT_PLACE_WORDS && k < d->ntok; k++)
	{
		if (tok_has(d, k, T_NL) || !tok_has(d, k, T_WORD))
			return q;
		if (verb_follows(d, k))
			return k;
	}
	return q;
}

char *
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

	/*
	 * "TW Hội Nông dân Việt Nam", "T.Ư Hội NDVN tổ chức": the window's scan
	 * reaches the organization past its centre abbreviated, which is part
	 * of its name, as "Trung ương Hội ..." is (stop 36 X4)
	 */
	if ((tok_is(d, p, "hoi") || tok_is(d, p, "doan")) && p > 0 &&
		(m = centre_before(d, p > 3 ? p - 3 : 0, p)) < p && !tok_is(d, m, "trung") &&
		union_centre_end(d, m) > p)
		p = q = start = m;
	if (!(gb_tok_capitalized(d, p) || lower_cell(d, p) || lower_body(d, p, &subject) > p ||
		  lower_party_subject(d, p) > p || place_subject_end(d, p) > p) ||
		inside_body(d, p) || inside_post(d, p) || counted_body(d, p) ||
		one_person_office(d, p) || venue_body(d, p))
		return NULL;
	/* "các chi bộ trực thuộc Đảng ủy xã X": whose the units are, no subject */
	if (p > 0 && under_end(d, p - 1 - tok_is(d, p - 2, "truc")) == p)
		return units_under(d, p);
	if (ordered_body(d, p))
		return NULL;
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
			/* "phường Bình Quới, TPHCM, tổ chức": the city, not of the name */
			if ((r = city_apposition(d, q)) > q)
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
		if (n == 1 && r > q && names[n] != NULL &&
			(tok_is(d, q - 1, "va") || tok_punct(d, q - 1, ',')) &&
			joint_office_head(d, start, q - 1) && (m = joint_office_end(d, q, r)) > 0)
		{
			/* the first body listed, which others may follow */
			names[0] = gb_span_text(d, start, m);
			n = 0;
			q = start;
			r = m;
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
		if (n == 0 && (r == q || names[n] == NULL) && (m = committees_of_body_end(d, q)) > q)
		{
			names[n++] = gb_span_text(d, q, m);
			q = m;
			break;
		}
		if (r == q || names[n] == NULL)
			break;
		/*
		 * "tại Hội nghị Ban Chấp hành, Ban Thường vụ, Đảng uỷ các cơ quan
		 * Đảng Trung ương đã công bố": a committee alone before a body
		 * named in full is the meeting's, the body its subject; "Ban
		 * Thường vụ, Thường trực Tỉnh ủy" stays two committees; so is a
		 * body ending a congress's name before another after a comma
		 * (congress_noun_before())
		 */
		if (n == 0)
			bare = (m = part_head(d, q)) > 0 && q + m == r;
		else if (n == 1 && tok_punct(d, q - 1, ',') &&
				 ((bare && part_head(d, q) == 0) || congress_noun_before(d, start)))
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
		q = places_apposed(d, r, 3);
		/* the comma closing the places is skipped after the name (below) */
		placed = placed || q > r;
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
	/*
	 * "Đảng bộ Công ty A, trực thuộc Tổng Công ty B (EVNHCMC) tổ chức": the
	 * body it is under, set off by a comma, is an apposition; A holds it
	 * (probe y Y7)
	 */
	else if (n == 1 && (r = under_apposition_end(d, q)) > q)
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
	else if ((r = alias_paren(d, q)) > q)
		q = r;					/* "Đoàn Kiểm tra số 542 ... (gọi tắt là ...) đã" */
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
	if (tok_punct(d, q, ',') && (placed || opens_subject(d, p)) &&
		(verb_follows(d, q + 1) || session_verb_ahead(d, q + 1)))
		q++;
	/* "Đoàn kiểm tra ... do ông X ... làm Trưởng đoàn, đã công bố": past its leader */
	q = leader_clause_end(d, q);
	if (n == 1)
		q = at_place_end(d, q);
	r = gb_skip_when(d, q);
	/*
	 * "Phát biểu tại hội nghị tổng kết ..., nhiệm kỳ 2020 – 2025 do Ban
	 * Thường vụ Tỉnh ủy X vào sáng 16.3, bà A ...": the agent of a meeting
	 * named before "do", dated right after it, its verb "tổ chức" left out
	 * (stop 39 AI1)
	 */
	if (r > q && n == 1 && is_do(d, p - 1) && !tok_has(d, p - 1, T_UPPER) &&
		(clause_mark(d, r) || r >= d->ntok || tok_has(d, r, T_NL)) && meeting_before_do(d, p - 1))
		return (char *) names[0];
	q = skip_adverbs(d, r);
	/*
	 * "Ban Chỉ đạo ... tỉnh X cho biết(,) đã tổ chức phiên họp thứ 10": a
	 * body telling what it did, the verb after "cho biết" with no subject
	 * of its own, holds it (probe bh BH3); not "UBND tỉnh cho biết Sở Nội
	 * vụ đã tổ chức ...", another subject's act reported
	 */
	if (tok_is(d, q, "cho") && tok_is(d, q + 1, "biet") && !tok_has(d, q, T_UPPER) &&
		!tok_has(d, q + 1, T_NL) && (m = q + 2 + tok_punct(d, q + 2, ',')) < d->ntok &&
		!tok_has(d, m, T_NL) && meetword(d, skip_adverbs(d, m), MW_VERB, NULL) > 0)
		q = skip_adverbs(d, m);
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
	if (tok_is(d, q, "phoi") && tok_is(d, q + 1, "hop") &&
		((m = partner_link(d, q + 2)) > 0 || bare_partner_link(d, q)))
		r = q + 2 + m;
	/* "A cùng (với) B tổ chức": B joins A, as after "phối hợp với" (stop 35 V3) */
	else if (q > p && (m = along_partner(d, q)) > 0)
		r = m;
	else
		r = -1;
	if (r >= 0)
	{
		/*
		 * the partners "B (BB), C và D" are skipped, never the organizer
		 * alone; a central partner is kept for a nationwide meeting (below)
		 */
		bool		lead_central = n == 1 && central_body(d, p, body_at(d, p, &subject));

		for (q = r, m = 0; m < PARTNERS_MAX; m++)
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
		/* "phối hợp với UBND tỉnh Điện Biên, Hà Giang, ... tổ chức" */
		if (kind_at(d, q, NULL) == 0 && meetword(d, q, MW_VERB, NULL) == 0)
			q = shared_head_places_end(d, q);
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
	if (activity && (sits_in_session(d, p, q) || acts_on_day(d, p, q) || release_of_sitting(d, q)))
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
		/* "Tỉnh ủy A thông tin cho báo chí": the briefing, held in the lead */
		if (ph->aux == MW_BRIEFING ? !activity :
			(ph->aux != MW_VERB ||
			 !(meeting_object(d, q + m) || is_do(d, p - 1) || passive_agent(d, p - 1, q + m) ||
			   (activity && (meeting_activity(d, q + m) || second_object(d, skip_adverbs(d, q + m)))))))
			return NULL;
	}
	/*
	 * "Tại đại hội, Ban Thường vụ Thành ủy công bố quyết định chỉ định
	 * ...": a decision announced or handed over at a meeting just named is
	 * done inside it, by a body that need not hold it (probe 58 G3)
	 */
	else if (ceremony_act(d, q, ph) && decision_ceremony(ph) &&
			 (after_at_meeting(d, p) || congress_set_before(d, p)))
		return NULL;
	/*
	 * "Ban Thường vụ Huyện ủy (đã) tổng kết công tác ...", "Ban Tổ chức
	 * Thành ủy kỷ niệm 85 năm ...", "Chi bộ thôn 3 sinh hoạt thường kỳ":
	 * the body holds it; so do deputies meeting their voters, "Đoàn ĐBQH
	 * tỉnh X tiếp xúc cử tri tại phường Y" (probe as AS3), its act told
	 * without "buổi"
	 */
	else if (!is_hop(ph) && ph->aux != 1 && !ceremony_act(d, q, ph) && ph->value != gb_kind_cell &&
			 !(strcmp(ph->value, gb_kind_congress) == 0 && gb_congress_verb(d, q + m)) &&
			 !admission_act(d, q) && !(ph->value == gb_kind_voters && !tok_is(d, q, "buoi")))
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
 * "Cơ quan Ủy ban MTTQ tỉnh tổ chức ...": the office of the body named at
 * p, "Cơ quan" opening the subject, holds it; the subject as written, whole
 * (README; stop 31 J11).  "Các chi bộ Đảng ở Can Lộc đã tổ chức": cells in
 * lower case after "các" heading the clause are several, named as written
 * with it, as "các chi bộ trực thuộc ..." are (stop 42 AW9).  Returns name
 * so prefixed, or name.
 */
char *
office_of(const GbDoc *d, int p, char *name)
{
	GbBuf		b = {0};
	const char *office;
	char	   *s;

	if (name != NULL && p > 0 && tok_is(d, p - 1, "cac") && opens_subject(d, p - 1) &&
		lower_cell(d, p) && strncmp(name, "chi bộ", strlen("chi bộ")) == 0)
		return gb_arena_concat(d->arena, gb_span_text(d, p - 1, p), " ", name, NULL);
	if (name == NULL || p < 2 || !tok_is(d, p - 2, "co") || !tok_has(d, p - 2, T_UPPER) ||
		!tok_is(d, p - 1, "quan") || tok_has(d, p - 1, T_UPPER) || tok_has(d, p - 1, T_NL) ||
		tok_has(d, p, T_NL) || !gb_tok_capitalized(d, p) ||
		!(p == 2 || tok_has(d, p - 2, T_NL) || clause_mark(d, p - 3)))
		return name;
	office = gb_span_text(d, p - 2, p);
	gb_buf_append(&b, office, strlen(office));
	gb_buf_putc(&b, ' ');
	gb_buf_append(&b, name, strlen(name));
	s = gb_arena_strndup(d->arena, b.data, b.len);
	gb_free(b.data);
	return s;
}
