/*
 * report.c
 *	  The report around the meeting: headline, outlet tag, publication line
 *	  and byline, found among the first and last lines of the text.
 *
 * A news page starts with furniture (portal banners, category and date
 * lines, kicker lines ending in ':'), then the headline, then the lead
 * paragraph, which opens with the outlet tag or the meeting's dateline.
 * Only a bounded number of lines at either end is ever looked at.
 */
#include "meeting.h"
#include "datecue.h"
#include "gazetteer.h"
#include "names.h"
#include "parse.h"

#define HEAD_LINES		15		/* lines looked at for the headline */
#define TAIL_LINES		6		/* lines looked at for the byline */
#define LABEL_LINES		14		/* lines looked at for "Tác giả:" */
#define STAFF_LINES		3		/* lines above a byline looked at for staff */
#define TAIL_TOKENS		400
#define TITLE_MIN_WORDS 5		/* fewer: a category line ("Chính trị") */
#define MASTHEAD_WORDS	6		/* at most, a site's name in capitals above the headline */
#define SECTION_WORDS	3		/* at most, the words of a section's name after a bar */
#define SITE_NAME_WORDS 10		/* at most, an outlet's or a firm's name above the headline */
#define TITLE_MAX_WORDS 80		/* more: text without line breaks, no headline */
#define LEAD_MIN_WORDS	15		/* more, ending in '.': a lead paragraph */
#define MENU_TOKENS		24		/* at most, a site's menu line */
#define SECTION_ITEMS	5		/* at least, the known items of a section bar */
#define MAX_SYLLABLE_LETTERS 7	/* letters of the longest syllable, "nghiêng" */
#define MAX_CAPS_NAME	4		/* syllables of a byline's name in capitals */
#define HEAD_SENTENCE_WORDS 30	/* at most, ending in '.' above an outlet's tag: a headline */
#define MIN_PUBLISHED_YEAR 1945	/* before: a placeholder date, not a publication */
#define LIST_ITEM_WORDS 10		/* at most, an item of a menu's or a sidebar's list */
#define HEAD_LIST_ITEMS 24		/* such items looked at beyond HEAD_LINES */
#define HEAD_MENU_LINES 64		/* short lines looked at beyond them above the headline */
#define CREDIT_TOKENS	10		/* at most, a photo's credit closing a caption */

int
gb_line_end(const GbDoc *d, int i)
{
	const GbTok *t = d->tok + i + 1,
			   *end = d->tok + d->ntok;

	/* four tokens a step, then two: lines run to tens of tokens */
	while (t + 3 < end && !((t[0].flags | t[1].flags | t[2].flags | t[3].flags) & T_NL))
		t += 4;
	while (t + 1 < end && !((t[0].flags | t[1].flags) & T_NL))
		t += 2;
	while (t < end && !(t->flags & T_NL))
		t++;
	return (int) (t - d->tok);
}

GB_HOT_INLINE bool
is_dash(const GbDoc *d, int i)
{
	return tok_punct(d, i, '-');
}

/*
 * The tokens of a weekday at k, "Thứ ba", "Thứ 7", "Chủ nhật", or 0.
 */
static int
weekday_at(const GbDoc *d, int k)
{
	if (tok_is(d, k, "chu") && tok_is(d, k + 1, "nhat"))
		return 2;
	if (tok_is(d, k, "thu") &&
		(tok_is(d, k + 1, "hai") || tok_is(d, k + 1, "ba") || tok_is(d, k + 1, "tu") ||
		 tok_is(d, k + 1, "nam") || tok_is(d, k + 1, "sau") || tok_is(d, k + 1, "bay") ||
		 (tok_has(d, k + 1, T_NUM) && d->tok[k + 1].len == 1)))
		return 2;
	return 0;
}

/*
 * "2025-09-07", "2022-09" at k: a year, its month and maybe its day joined
 * by dashes, to *out, the day 0 when none is given or valid, all 0 when
 * the month is out of range.  Returns the token after it, or k.
 */
static int
dashed_date(const GbDoc *d, int k, int le, GbDate *out)
{
	int			end = k + 3;

	if (end > le || !is_year(d, k) || !is_dash(d, k + 1) || !tok_has(d, k + 2, T_NUM))
		return k;
	out->y = gb_tok_int(d, k);
	out->m = gb_tok_int(d, k + 2);
	out->d = 0;
	if (out->m < 1 || out->m > 12)
		memset(out, 0, sizeof(*out));
	if (end + 1 < le && is_dash(d, end) && tok_has(d, end + 1, T_NUM) && d->tok[end + 1].len <= 2)
	{
		if (out->y && gb_date_valid(out->y, out->m, gb_tok_int(d, end + 1)))
			out->d = gb_tok_int(d, end + 1);
		end += 2;
	}
	return end;
}

/*
 * "date 2022-09", "date 2025-09-07": a crawl tag some texts start with,
 * metadata read whole, its day too, never a headline's first word.  The
 * date goes to *hint, its day 0 when the tag has none.  Returns the token
 * after it, or k.
 */
static int
date_tag(const GbDoc *d, int k, int le, GbDate *hint)
{
	GbDate		dt;
	int			end;

	if (!tok_is(d, k, "date") || (end = dashed_date(d, k + 1, le, &dt)) == k + 1)
		return k;
	if (hint)
		*hint = dt;
	return end;
}

int
gb_line_body(const GbDoc *d, int ls, int le)
{
	int			k = ls,
				q;

	for (;;)
	{
		if (k < le && gb_list_mark(d, k))
			k++;
		else if ((q = date_tag(d, k, le, NULL)) > k)
			k = q;
		else
			return k;
	}
}

/* A breadcrumb separator: '>', '|' or '»'. */
static inline bool
is_crumb(const GbDoc *d, int k)
{
	return tok_punct(d, k, '>') || tok_punct(d, k, '|') ||
		(d->tok[k].len == 2 && memcmp(d->norm.data + d->tok[k].off, "»", 2) == 0);
}

/*
 * Whether crumbs and those in tokens [k, le) make two breadcrumb separators.
 * A token is a word, a number or one other character (T_PUNCT), a crumb
 * only the last: two tokens a step while neither is, the line a paragraph
 * of words as a rule.
 */
static bool
two_crumbs(const GbDoc *d, int k, int le, int crumbs)
{
	const GbTok *t = d->tok + k,
			   *end = d->tok + le;

	if (crumbs >= 2)
		return true;
	for (; t < end; t++)
	{
		while (t + 1 < end && !((t[0].flags | t[1].flags) & T_PUNCT))
			t += 2;
		if (t < end && (t->flags & T_PUNCT) && is_crumb(d, (int) (t - d->tok)) &&
			++crumbs == 2)
			return true;
	}
	return false;
}

/*
 * Whether the tokens [ls, le) are a byline of two initials, "Đ.X", "T.H",
 * or several joined by dashes or commas ("Đ.X - T.H"): letters in capitals
 * around a dot, with no space inside, that abbreviate no word ("T.Ư").
 */
static bool
initials_line(const GbDoc *d, int ls, int le)
{
	int			k = ls;

	for (;;)
	{
		if (k + 3 > le || !tok_has(d, k, T_UPPER) || !tok_has(d, k + 2, T_UPPER) ||
			d->tok[k].flen != 1 || d->tok[k + 2].flen != 1 || !tok_punct(d, k + 1, '.') ||
			(d->tok[k + 1].flags & T_SPACE) || (d->tok[k + 2].flags & T_SPACE) ||
			gb_dict_match(d, k, CAT_PLENUMBODY, NULL) > 0)	/* "T.Ư", Trung ương */
			return false;
		k += 3;
		if (k == le)
			return true;
		if (!tok_punct(d, k, '-') && !tok_punct(d, k, ','))
			return false;
		k++;
	}
}

#define WIDGET_WORDS	8		/* at most, the words of a widget's line, "trên <furniture>" with them */

static int	count_words(const GbDoc *d, int from, int to, int cap);

/*
 * Whether the short line [ls, le) ends in "trên <furniture>": a site's
 * widget, "Theo dõi Báo Gia Lai trên Google News", "BAOTAYNINH.VN trên
 * Google News" (probe 54 G11), no headline.  The button's picture lost,
 * the line ends in "trên": "Theo dõi Báo Thanh tra trên" (probe ax AX8).
 */
static bool
widget_line(const GbDoc *d, int ls, int le)
{
	int			j;

	if (tok_is(d, ls, "theo") && tok_is(d, ls + 1, "doi") && tok_is(d, le - 1, "tren") &&
		le - ls > 3)
		return count_words(d, ls, le, WIDGET_WORDS + 1) <= WIDGET_WORDS;
	for (j = le - 1; j > ls && j >= le - 4; j--)
		if (tok_is(d, j - 1, "tren") && gb_dict_may_match(d, j, CAT_DEBRIS) &&
			gb_dict_match(d, j, CAT_DEBRIS, NULL) == le - j)
			return count_words(d, ls, le, WIDGET_WORDS + 1) <= WIDGET_WORDS;
	return false;
}

/*
 * Whether the line [ls, le) is a news site's bar of sections: at least
 * SECTION_ITEMS of the gazetteer's furniture, "Video Báo Ảnh Báo in
 * Podcast Chuyển động trẻ Emagazine Infographic", with fewer words of
 * its own sections ("Chuyển động trẻ") than items known, no punctuation
 * (stop 33 N9); debris_words() asks it of a line opening with an item.  A headline that names five
 * sections is none.
 */
static bool
section_bar(const GbDoc *d, int ls, int le)
{
	int			k,
				m,
				items = 0,
				other = 0;

	if (le - ls < SECTION_ITEMS || le - ls > MENU_TOKENS)
		return false;
	for (k = ls; k < le; k += m)
	{
		if (!(d->tok[k].flags & T_WORD))
			return false;
		if (gb_dict_may_match(d, k, CAT_DEBRIS) && (m = gb_dict_match(d, k, CAT_DEBRIS, NULL)) > 0)
			items++;
		else
		{
			other++;
			m = 1;
		}
	}
	return items >= SECTION_ITEMS && other < items;
}

#define CONTACT_AHEAD	10		/* tokens from a contact line's start to its number */

/*
 * Whether the line [ls, le) is a blog's or a site's contact banner: it
 * opens on a contact word, "Liên hệ", "Zalo", "Điện thoại", "Số tài
 * khoản", and a telephone's or an account's number, nine digits or more
 * led by a zero, comes soon after: "Liên hệ số di động/zalo: 0979766122
 * NGUYEN QUANG ANH Hỗ trợ cho tôi theo Số tài khoản: ..." (probe ar AR8),
 * as "HOTLINE: 0903..." is.  No headline.
 */
static bool
contact_banner(const GbDoc *d, int ls, int le)
{
	int			k;

	if (!((tok_is(d, ls, "lien") && tok_is(d, ls + 1, "he")) || tok_is(d, ls, "zalo") ||
		  (tok_is(d, ls, "dien") && tok_is(d, ls + 1, "thoai")) ||
		  (tok_is(d, ls, "so") && tok_is(d, ls + 1, "tai") && tok_is(d, ls + 2, "khoan"))))
		return false;
	for (k = ls + 1; k < le && k < ls + CONTACT_AHEAD; k++)
		if (tok_has(d, k, T_NUM) && d->tok[k].len >= 9 && d->norm.data[d->tok[k].off] == '0')
			return true;
	return false;
}

/*
 * Whether the words [ls, le) are a page's furniture by the gazetteer, or a
 * widget pointing to it (widget_line()), or a contact banner.  An item of a section bar alone
 * on its line, "Kinh tế", "Chính trị", is the section's name above the
 * headline: furniture as well.
 */
static bool
debris_words(const GbDoc *d, int ls, int le)
{
	const GbPhrase *ph = NULL;
	int			k,
				m;

	if (widget_line(d, ls, le) || contact_banner(d, ls, le))
		return true;
	if ((m = gb_dict_match(d, ls, CAT_DEBRIS, &ph)) == 0)
		return false;
	/* "Tin liên quan", "Tin liên quan:"; "Từ khóa: ..." whole */
	if (ph->aux == 1 || ph->aux == DEBRIS_TAGS || ls + m == le ||
		(ls + m + 1 == le && tok_punct(d, le - 1, ':')))
		return true;
	/* a site's menu, its items in a row: "Bạn cần biết Tiện ích Liên hệ" */
	for (k = ls + m; k < le && (m = gb_dict_match(d, k, CAT_DEBRIS, &ph)) > 0; k += m)
		;
	return k == le || section_bar(d, ls, le);
}

/*
 * Whether the line [ls, le) is a site's menu whose items a bar parts, one
 * of them a sign-in button alone ("Đăng ký mua gói ấn phẩm|Đăng nhập",
 * "Đăng nhập | Đăng ký", "Đăng xuất"): a short line.
 */
static bool
login_menu(const GbDoc *d, int ls, int le)
{
	bool		bar = false,
				button = false;

	if (le - ls > MENU_TOKENS)
		return false;
	for (int s = ls, k = ls; k <= le; k++)
		if (k == le || tok_punct(d, k, '|'))
		{
			bar |= k < le;
			button |= k - s == 2 && tok_is(d, s, "dang") &&
				(tok_is(d, s + 1, "nhap") || tok_is(d, s + 1, "ky") || tok_is(d, s + 1, "xuat"));
			s = k + 1;
		}
	return bar && button;
}

bool
gb_debris_line(const GbDoc *d, int ls, int le)
{
	int			k,
				crumbs = 0;
	bool		marks = false;

	if (debris_words(d, ls, le))
		return true;
	/* a breadcrumb trail: "/ Tin tức", "» Thời sự" */
	if (tok_punct(d, ls, '/') || (is_crumb(d, ls) && !tok_punct(d, ls, '|')))
		return true;
	/* lone punctuation, or "A- A A+"; "24/06/2015 07:57" is a dateline */
	for (k = ls; k < le; k++)
	{
		const GbTok *t = &d->tok[k];

		if ((t->flags & T_WORD) ? t->flen != 1 : (t->flags & T_NUM) != 0)
			break;
		if (!(t->flags & T_WORD))
			marks = true;
		if (!(t->flags & T_WORD) && is_crumb(d, k))
			crumbs++;
	}
	/*
	 * "A- A A+ | Tăng tương phản Giảm tương phản": the font's buttons, then
	 * the toolbar's other buttons by name
	 */
	if (marks && k > ls && k < le && debris_words(d, k, le))
		return true;
	/* "Trang chủ > Tin tức > Chính trị"; "Đ.X" is a byline */
	return (k == le && !initials_line(d, ls, le)) || two_crumbs(d, k, le, crumbs);
}

/*
 * The words in tokens [from, to), up to cap.  Two tokens a step, their
 * words added without a branch, while two more words cannot pass cap: a
 * head's paragraphs are asked of up to TITLE_MAX_WORDS.
 */
static int
count_words(const GbDoc *d, int from, int to, int cap)
{
	const GbTok *t = d->tok + from,
			   *end = d->tok + to;
	int			n = 0;

	for (; t + 1 < end && n + 1 < cap; t += 2)
		n += ((t[0].flags & T_WORD) != 0) + ((t[1].flags & T_WORD) != 0);
	for (; t < end && n < cap; t++)
		n += (t->flags & T_WORD) != 0;
	return n;
}

static bool byline_shape(const GbDoc *d, int ls, int le);
static int	interview_byline(const GbDoc *d, int b, int le);

/*
 * An ISO stamp at k, "2024-05-05" (before "15:02:59"), its parts glued by
 * dashes: the date to *out.  Returns the token after it, or k.  A crawl
 * tag's "date 2025-09-12" is the page's metadata (see date_tag()).
 */
static int
iso_date(const GbDoc *d, int k, int le, GbDate *out)
{
	int			end = dashed_date(d, k, le, out);

	if (end != k + 5 || out->d == 0 || d->tok[k + 2].len > 2)
		return k;
	for (int j = k + 1; j < end; j++)
		if (tok_has(d, j, T_SPACE))
			return k;
	return end;
}

/*
 * A stamp at k with the month's word and no "năm", then the hour:
 * "Thứ năm, 20 Tháng 2 2014 14:32", a CMS's default (stop 33 P11).  The
 * date to *out; returns the token after the year, or k.
 */
static int
month_word_date(const GbDoc *d, int k, int le, GbDate *out)
{
	if (k + 6 > le || d->tok[k].len > 2 || !tok_is(d, k + 1, "thang") ||
		!tok_has(d, k + 2, T_NUM) || d->tok[k + 2].len > 2 || !is_year(d, k + 3) ||
		!tok_has(d, k + 4, T_NUM) || !tok_punct(d, k + 5, ':'))
		return k;
	out->y = gb_tok_int(d, k + 3);
	out->m = gb_tok_int(d, k + 2);
	out->d = gb_tok_int(d, k);
	return gb_date_valid(out->y, out->m, out->d) ? k + 4 : k;
}

/*
 * A byline with the writer's unit in parentheses, or the unit alone, and
 * a dash before the stamp: "Thanh Phong (Ban Thời sự)-Thứ sáu, ngày
 * 11/12/2015 19:17 GMT+7" (VTV's); or the names alone before the dash
 * and the stamp's weekday, "Ngọc Hà, Đình Hưng-Thứ ba, ngày 07/02/2023
 * 19:02 GMT+7" (probe ar AR9).  Returns the token after the dash, or b;
 * *name_end is where the name ends, b when there is none.
 */
static int
unit_dash_byline(const GbDoc *d, int b, int le, int *name_end)
{
	int			k,
				c;

	for (k = b + 1; k < le && k - b <= 8 && !is_dash(d, k) && !tok_punct(d, k, '('); k++)
		;
	if (k + 3 < le && is_dash(d, k) && weekday_at(d, k + 1) &&
		byline_shape(d, b, k) && !gb_all_caps(d, b, k))
	{
		*name_end = k;
		return k + 1;
	}
	for (k = b; k < le && k - b <= 5 && !tok_punct(d, k, '('); k++)
		;
	if (k >= le || !tok_punct(d, k, '(') || !tok_has(d, k + 1, T_UPPER))
		return b;
	for (c = k + 1; c < le && c - k <= 6 && !tok_punct(d, c, ')'); c++)
		if (!tok_has(d, c, T_WORD))
			return b;
	if (c + 2 >= le || !tok_punct(d, c, ')') || !is_dash(d, c + 1) ||
		(k > b && (!byline_shape(d, b, k) || gb_all_caps(d, b, k))))
		return b;
	*name_end = k;
	return c + 2;
}

/*
 * A publication line: "Cập nhật lúc 18:55, Thứ Hai, 30/09/2019",
 * "Ngày đăng: 29/10/2019", or a short line around a full date
 * ("24/06/2015 07:57", "Thứ ba 07/03/2023 10:20").  *strength: 2 under a
 * publication label, 1 a bare date, 0 a date among words, which may be a
 * site's banner giving today ("Hà Nội, Ngày 18/06/2025").  Counters and
 * buttons after the date ("| Lượt xem: 422 | Chia sẻ") are no words.
 */
static bool
publication_line(const GbDoc *d, int ls, int le, GbDate *out, int *strength)
{
	const GbPhrase *ph = NULL;
	int			b,
				k,
				m,
				words = 0;
	bool		label,
				found = false;

	if (le - ls > 40)
		return false;
	b = gb_line_body(d, ls, le);
	label = gb_dict_match(d, b, CAT_PUBLABEL, NULL) > 0;
	/* the byline and its unit before the stamp are no words */
	k = unit_dash_byline(d, b, le, &m);
	/* and an interviewer's name before "(thực hiện)" */
	if (k == b && (m = interview_byline(d, b, le)) > b)
		k = m + 4;
	for (k = k > b ? k : ls; k < le; k++)
	{
		GbDate		dt;
		bool		has_year;
		int			end;

		/*
		 * "Xây dựng Đảng - Ngày đăng : 08:50, 30/03/2021": the label after
		 * a section's name and a dash or a bar, its words no words
		 */
		if (!found && !label && k > b && (is_dash(d, k - 1) || tok_punct(d, k - 1, '|')) &&
			(d->tok[k].flags & T_WORD) && gb_dict_may_match(d, k, CAT_PUBLABEL) &&
			gb_dict_match(d, k, CAT_PUBLABEL, NULL) > 0)
		{
			label = true;
			continue;
		}
		/* a date starts with a number: see gb_parse_date(), iso_date() */
		if (!found && (d->tok[k].flags & T_NUM) &&
			((k >= b && (end = iso_date(d, k, le, &dt)) > k) ||
			 (gb_parse_date(d, k, &end, &dt, &has_year) && has_year && dt.y) ||
			 (k >= b && (end = month_word_date(d, k, le, &dt)) > k)))
		{
			*out = dt;
			found = true;
			k = end - 1;
			continue;
		}
		if (found && (d->tok[k].flags & T_WORD) && gb_dict_may_match(d, k, CAT_DEBRIS) &&
			(m = gb_dict_match(d, k, CAT_DEBRIS, &ph)) > 0 && ph->aux == DEBRIS_TOOL)
		{
			k += m - 1;
			continue;
		}
		if (d->tok[k].flags & T_WORD)
			words++;
	}
	*strength = label ? 2 : words > 0 ? 0 : 1;
	return found && (label || words <= 4);
}

/*
 * An outlet's name not in capitals at b, before the dash: a domain
 * ("Baonghean.vn", "Dantri.com.vn") or one word of several syllables run
 * together, without tones or marks ("Kinhtedothi", "Hanoimoi"), which no
 * place of a dateline ("Huế -") nor a person's name is (stop 29 A7).
 * Returns the token of the dash, or b.
 */
static int
run_together_outlet(const GbDoc *d, int b, int le)
{
	int			r = b + 1;

	if (!tok_has(d, b, T_WORD) || !tok_has(d, b, T_UPPER) || d->tok[b].len != d->tok[b].flen)
		return b;
	/* ".vn", ".com.vn": the domain, each part glued to the one before */
	while (r + 1 < le && tok_punct(d, r, '.') && !tok_has(d, r, T_SPACE) &&
		   tok_has(d, r + 1, T_WORD) && !tok_has(d, r + 1, T_SPACE) && r - b < 4)
		r += 2;
	if (r == b + 1 && d->tok[b].flen <= MAX_SYLLABLE_LETTERS)
		return b;
	if (r > b + 1 && !tok_is(d, r - 1, "vn") && !tok_is(d, r - 1, "com"))
		return b;
	return r < le && is_dash(d, r) ? r : b;
}

/*
 * Whether the tag's line ends at e and the next line opens a lead with
 * its date: "(VTC News) - ⏎⏎ Ngày 12/9, ..." (stop 30 F10e), the tag set
 * apart from the lead it opens.
 */
static bool
dated_lead_below(const GbDoc *d, int e, int le)
{
	GbDateCue	cue;

	return e == le && le < d->ntok && gb_date_cue(d, gb_line_body(d, le, gb_line_end(d, le)), &cue);
}

/*
 * An outlet tag opening the lead: "(ĐN)-", "(Cổng TTĐT AG)-", "ĐTO -",
 * "BDK.VN -", "QĐND Online –"; not in capitals, "Kinhtedothi - Sáng
 * 17/3, ...", before a lead opening with its date; "SGGP" alone on its
 * line above such a lead.  Returns the token after the dash, or b when
 * there is none.
 */
static int
outlet_tag(const GbDoc *d, int b, int le, char **tag)
{
	int			r,
				dash,
				words = 0;

	*tag = NULL;
	if (tok_punct(d, b, '('))
	{
		for (r = b + 1; r < le && r - b <= 8 && !tok_punct(d, r, ')'); r++)
			if (d->tok[r].flags & T_WORD)
				words++;
		/* "(I)-", "(1)-": a list's number, no outlet */
		if (!tok_punct(d, r, ')') || words == 0 || (r == b + 2 && tok_has(d, b + 1, T_ROMAN)))
			return b;
		/* "(SGGP).- Sáng 8-8, ...": a stop before the dash (stop 33 O14) */
		dash = tok_punct(d, r + 1, '.') && is_dash(d, r + 2) ? r + 2 : r + 1;
		/*
		 * "(NTO) Ngày 8-8, ...": an outlet's word in capitals with no dash,
		 * before a lead that opens with its date or reads as a paragraph
		 */
		if (!is_dash(d, dash))
		{
			GbDateCue	cue;

			if (r != b + 2 || !tok_has(d, b + 1, T_ALLCAPS) || tok_has(d, b + 1, T_ROMAN) ||
				d->tok[b + 1].flen < 2 || d->tok[b + 1].flen > 8 || !gb_word_upper(d, r + 1) ||
				!(gb_date_cue(d, r + 1, &cue) ||
				  (tok_punct(d, le - 1, '.') && count_words(d, r + 1, le, LEAD_MIN_WORDS + 1) > LEAD_MIN_WORDS)))
				return b;
			*tag = gb_span_text(d, b + 1, r);
			return r + 1;
		}
		if (count_words(d, dash + 1, le, 5) < 5 && !dated_lead_below(d, dash + 1, le))
			return b;
		*tag = gb_span_text(d, b + 1, r);
		return dash + 1;
	}
	/*
	 * "SGGP" alone on its line above the lead opening with its date: a word
	 * in capitals that no syllable spells and the gazetteer does not know
	 * (a body's abbreviation, "HĐND"; a place's, "TPHCM"; a subject's,
	 * "COVID", "HTX"), as "(VTC News) -" alone
	 */
	if (le == b + 1 && (d->tok[b].flags & (T_WORD | T_ALLCAPS)) == (T_WORD | T_ALLCAPS) &&
		!tok_has(d, b, T_ROMAN) && d->tok[b].flen >= 3 && d->tok[b].flen <= 8 &&
		!gb_is_syllable(tok_fold(d, b), d->tok[b].flen) && dated_lead_below(d, le, le) &&
		gb_dict_match(d, b, ~(GbCats) 0, NULL) == 0 && !gb_exact_any(d, b, gb_subject_abbrevs))
	{
		*tag = gb_span_text(d, b, le);
		return le;
	}
	for (r = b; r < le && r - b < 5; r++)
	{
		if (d->tok[r].flags & T_ALLCAPS)
			words++;
		/* "VOV1 -", "VTV1 -", "HTV7 -": a channel's number run into its capitals */
		else if (r > b && (d->tok[r].flags & T_NUM) && !(d->tok[r].flags & T_SPACE) &&
				 d->tok[r].len <= 2 && (d->tok[r - 1].flags & T_ALLCAPS))
			continue;
		/* "VTV.vn -": the outlet's domain, glued to its capitals (probe ar 29) */
		else if (r > b + 1 && tok_punct(d, r - 1, '.') && !tok_has(d, r, T_SPACE) &&
				 !tok_has(d, r - 1, T_SPACE) && (tok_is(d, r, "vn") || tok_is(d, r, "com")))
			continue;
		/* "GD&TĐ -": capitals joined by '&' with no space */
		else if (r == b || !(tok_punct(d, r, '.') ||
							 (tok_punct(d, r, '&') && !tok_has(d, r, T_SPACE) &&
							  !tok_has(d, r + 1, T_SPACE))))
			break;
	}
	/* "QĐND Online": a word of the outlet's own after its capitals */
	if (words > 0 && r < le && gb_word_upper(d, r) && gb_dict_may_match(d, r, CAT_OUTLETWORD))
		r += gb_dict_match(d, r, CAT_OUTLETWORD, NULL);
	if (words == 0 && (r = run_together_outlet(d, b, le)) > b)
	{
		GbDateCue	cue;

		if (!gb_date_cue(d, r + 1, &cue))
			return b;
		*tag = gb_span_text(d, b, r);
		return r + 1;
	}
	/*
	 * "I- Xem xét ...", "II- ...": a section's number opening a paragraph;
	 * "MINH NGỌC - VIỆT TRUNG // TRUNG TÂM TIN TỨC HTV": capitals on both
	 * sides of the dash are a byline, no lead (probe-q G12)
	 */
	if (words == 0 || !is_dash(d, r) || (r == b + 1 && tok_has(d, b, T_ROMAN)) ||
		count_words(d, r + 1, le, 5) < 5 || gb_all_caps(d, r + 1, le))
		return b;
	*tag = gb_span_text(d, b, r);
	return r + 1;
}

/*
 * An outlet's tag in capitals before the headline: "(TTV) Hội nghị Ban
 * Chấp hành ...".  Returns the token after it, or b.
 */
static int
headline_tag(const GbDoc *d, int b, int le, char **tag)
{
	int			r = b + 1;

	if (!tok_punct(d, b, '(') || r + 2 >= le || !tok_has(d, r, T_WORD) ||
		!tok_has(d, r, T_ALLCAPS) || tok_has(d, r, T_ROMAN) ||
		d->tok[r].flen < 2 || d->tok[r].flen > 8 ||
		!tok_punct(d, r + 1, ')') || !tok_has(d, r + 2, T_UPPER))
		return b;
	*tag = gb_span_text(d, r, r + 1);
	return r + 2;
}

/*
 * Whether the line [b, le) has no letter with a tone or a mark while the
 * next line has one: a video's file name or a page's slug in accented text.
 */
static bool
unaccented_line(const GbDoc *d, int b, int le)
{
	int			k,
				e;

	for (k = b; k < le; k++)
		if ((d->tok[k].flags & T_WORD) && d->tok[k].len > d->tok[k].flen)
			return false;
	e = le < d->ntok ? gb_line_end(d, le) : le;
	for (k = le; k < e && k - le < 64; k++)
		if ((d->tok[k].flags & T_WORD) && d->tok[k].len > d->tok[k].flen)
			return true;
	return false;
}

/* "Nguyệt Hà", "BAN BIÊN TẬP (nvb)", "Tin, ảnh: CHÂU AN", "Vũ Nguyệt – Nhật Quang" */
static bool
byline_shape(const GbDoc *d, int ls, int le)
{
	int			q = ls + gb_dict_match(d, ls, CAT_BYLABEL, NULL),
				k,
				words = 0,
				part = 0,		/* words of one name, in capitals */
				paren = 0;
	bool		label = q > ls;

	/*
	 * a byline opens with a name, not a post nor an honorific: "Phó B",
	 * "Ông Đỗ Văn" are a sentence's start cut short (probe-aa 05, probe-ab
	 * 29).  One word so read is asked with its marks: "Nguyễn" folds as
	 * "nguyên", a former post's
	 */
	if (q < le && gb_dict_may_match(d, q, CAT_TITLE | CAT_HONORIFIC) &&
		(k = gb_dict_match(d, q, CAT_TITLE | CAT_HONORIFIC, NULL)) > 0 &&
		(k > 1 || gb_exact_any(d, q, "Phó|Ông|Bà|PHÓ|ÔNG|BÀ")))
		return false;
	for (k = q; k < le; k++)
	{
		const GbTok *t = &d->tok[k];

		if (t->flags & T_NUM)
			return false;
		if (t->flags & T_PUNCT)
		{
			char		c = d->norm.data[t->off];

			if (c == '(')
				paren++;
			else if (c == ')')
				paren--;
			/* "T.Hoài", "T. Hoài": one initial before the name */
			else if (c == '.' && k > q && (d->tok[k - 1].flags & T_UPPER) && d->tok[k - 1].flen == 1 &&
					 k + 1 < le && (d->tok[k + 1].flags & T_WORD))
				continue;
			else if (c != ',' && c != '-' && c != '&')
				return false;
			part = 0;
			continue;
		}
		words++;
		/*
		 * a name in capitals has 2-4 syllables: more is a site's banner,
		 * "ĐỒNG HÀNH CÙNG DOANH NGHIỆP"
		 */
		if (paren == 0 && !label && (t->flags & T_ALLCAPS) && ++part > MAX_CAPS_NAME)
			return false;
		/* a byline is names: capitalized, unless in parentheses */
		if (paren == 0 && !(t->flags & (T_UPPER | T_ALLCAPS)) && !(label && words > 1))
			return false;
	}
	return words >= (label ? 1 : 2) && words <= 8;
}

/*
 * "Tác giả: Lê Văn A – Bí thư Đảng ủy": the author's post after a dash or
 * comma, no part of his name (stop 29 A10); "Vũ Nguyệt – Nhật Quang" is two
 * authors.  The end of the names in [b, e): the mark before the post, or e.
 */
static int
author_title_cut(const GbDoc *d, int b, int e)
{
	int			k;

	for (k = b + 1; k + 1 < e; k++)
		if ((is_dash(d, k) || tok_punct(d, k, ',')) && gb_placed_title_at(d, k + 1, false) > k + 1)
			return k;
	return e;
}

/*
 * "Tác giả : Lại Hoa/VOV1": the author named by a label on the line [b, le),
 * without the outlet after '/', or NULL.  any: by any label ending in a
 * colon but a source's "Nguồn:", the whole line's names ("Bài, ảnh:
 * Nguyễn Văn Hải" under the headline).
 */
static char *
labelled_author(const GbDoc *d, int b, int le, bool any)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, b, CAT_BYLABEL, &ph),
				k = le;

	if (m == 0)
		return NULL;
	if (any)
	{
		if (ph->aux == BYLABEL_SOURCE || !tok_punct(d, b + m - 1, ':'))
			return NULL;
	}
	else if (ph->aux != BYLABEL_AUTHOR)
		return NULL;
	else
		for (k = b + m; k < le && !tok_punct(d, k, '/'); k++)
			;
	if (k == b + m || !byline_shape(d, b, k))
		return NULL;
	return gb_span_text(d, b + m, author_title_cut(d, b + m, k));
}

/* The token after an academic degree opening a line ("PGS.TS.", "ThS."), or b. */
static int
degree_end(const GbDoc *d, int b)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, b, CAT_RANK, &ph);

	return m > 0 && ph->aux == RANK_DEGREE && (d->tok[b].flags & T_UPPER) ? b + m : b;
}

/*
 * Whether the capitals of [b, e) name no event: no meeting, no verb of one,
 * no number ("THANH TRA TỈNH TÂN LẬP", not "HỘI NGHỊ SƠ KẾT QUÝ III").
 */
static bool
masthead(const GbDoc *d, int b, int e)
{
	for (; b < e; b++)
		if ((d->tok[b].flags & T_NUM) || gb_dict_may_match(d, b, CAT_VERBSTART) ||
			gb_dict_match(d, b, CAT_MEETKIND, NULL) > 0)
			return false;
	return true;
}

/*
 * Whether the line [b, le) of words words is an outlet's or a firm's name
 * and nothing more: "Đài Phát thanh và Truyền hình Tân Lập", "Công ty Cổ
 * phần Phân bón ...", no event in it.  Above the headline, the site's own
 * name or an advertiser's: a headline under it wins.
 */
static bool
site_name(const GbDoc *d, int b, int le, int words)
{
	const GbPhrase *ph = NULL;

	return words <= SITE_NAME_WORDS && gb_word_upper(d, b) && gb_dict_may_match(d, b, CAT_MEETWORD) &&
		gb_dict_match(d, b, CAT_MEETWORD, &ph) > 0 &&
		(ph->aux == MW_OUTLET || ph->aux == MW_INSTITUTION) && masthead(d, b, le);
}

/*
 * A blog's byline run into the headline's line: "<headline> bởi Linh 15
 * Tháng 9, 2025 <lead>" (WordPress's "by <author> <date>").  At the line
 * [b, le), returns the token where the lead starts after the date, or b;
 * *by is where "bởi" stands, [*name, *by_end) the author.  Only the words
 * a headline may have are looked at.
 */
static int
blog_byline(const GbDoc *d, int b, int le, int *by, int *name, int *by_end, GbDate *date)
{
	int			k,
				q,
				end,
				words = 0;
	bool		has_year;

	for (k = b; k < le && words <= TITLE_MAX_WORDS; k++)
	{
		if (!(d->tok[k].flags & T_WORD))
			continue;
		if (words++ < TITLE_MIN_WORDS || !tok_is(d, k, "boi") || !gb_exact_any(d, k, "bởi"))
			continue;
		for (q = k + 1; q < le && q - k <= 4 && gb_word_upper(d, q); q++)
			;
		/*
		 * the date in the blog's own form, "15 Tháng 9, 2025", and a
		 * person's name before it, not a body ("bởi Ban Tổ chức")
		 */
		if (q == k + 1 || gb_dict_match(d, k + 1, CAT_BODY | CAT_BODYHEAD, NULL) > 0 ||
			!tok_is(d, q + 1, "thang") || !gb_word_upper(d, q + 1) ||
			!gb_parse_date(d, q, &end, date, &has_year) || has_year || date->m == 0 ||
			!tok_punct(d, end, ',') || !is_year(d, end + 1))
			continue;
		date->y = gb_tok_int(d, end + 1);
		if (!gb_date_valid(date->y, date->m, date->d))
			continue;
		end += 2;
		*by = k;
		*name = k + 1;
		*by_end = q;
		return end;
	}
	return b;
}

/*
 * Whether a phrase is broken by a hard wrap before token k: the word before
 * it is one no phrase ends in ("Thực hiện Chỉ thị số") and the phrase goes
 * on, in lower case or digits ("35-CT/TW, ngày").
 */
static bool
wrapped_at(const GbDoc *d, int k)
{
	return ((d->tok[k].flags & T_NUM) || gb_word_lower(d, k)) && gb_wrap_word(d, k - 1);
}

/*
 * Whether the line [b, le) is body text broken by a hard wrap: at its end,
 * or at a line end inside it that unwrap.c read as a space (T_HANDWRAP).
 */
static bool
wrapped_line(const GbDoc *d, int b, int le)
{
	if (le - 1 > b && le < d->ntok && !(d->tok[le].flags & T_PARA) && wrapped_at(d, le))
		return true;
	for (int k = b + 1; k < le; k++)
		if ((d->tok[k].flags & T_HANDWRAP) && wrapped_at(d, k))
			return true;
	return false;
}

/* Whether the lines [a, ae) and [b, be) have the same text. */
static bool
same_line(const GbDoc *d, int a, int ae, int b, int be)
{
	size_t		la = d->tok[ae - 1].off + d->tok[ae - 1].len - d->tok[a].off,
				lb = d->tok[be - 1].off + d->tok[be - 1].len - d->tok[b].off;

	return la == lb && memcmp(d->norm.data + d->tok[a].off, d->norm.data + d->tok[b].off, la) == 0;
}

/*
 * Whether the line [b, le) is one phrase written twice, "CHỈ ĐẠO ĐIỀU HÀNH
 * CHỈ ĐẠO ĐIỀU HÀNH": a section's name doubled by a page's menu and its
 * heading, not a headline.  So is a menu's item, an icon's text then its
 * label, the phrase after at most two words of its own, its second copy
 * opening with a capital ("Biểu tượng tòa soạn Tòa soạn", probe-z Z9); a
 * headline's doubled word is in lower case ("người người").
 */
static bool
doubled_line(const GbDoc *d, int b, int le)
{
	int			h = (le - b) / 2;

	if (h >= 2 && (le - b) % 2 == 0 && same_line(d, b, b + h, b + h, le))
		return true;
	for (int p = 1; p <= 2 && (h = (le - b - p) / 2) >= 1; p++)
		if ((le - b - p) % 2 == 0 && gb_word_upper(d, le - h) &&
			gb_same_words(d, le - 2 * h, le - h, le - h, le))
			return true;
	return false;
}

/*
 * Whether the line ending at token e - 1 closes a sentence: '.', also "…"
 * where an excerpt cuts a paragraph short ("... theo Điều 32 Điều lệ
 * Đảng…"), which normalization makes a full stop.
 */
static bool
sentence_closed(const GbDoc *d, int e)
{
	return tok_punct(d, e - 1, '.');
}

/*
 * Whether the line at ls is a short item of a list: after a list's mark, a
 * few words that close no sentence ("• Cần, Kiệm, Liêm, Chính", "• Đối
 * với đồng sự phải"), as a menu's or a sidebar's items are; a paragraph
 * opening with a dash ("- Chiều 2/10, Ban Tổ chức ...") is none.
 */
static bool
short_item(const GbDoc *d, int ls)
{
	int			le;

	if (ls >= d->ntok || !gb_list_mark(d, ls))
		return false;
	le = gb_line_end(d, ls);
	return !sentence_closed(d, le) && !tok_punct(d, le - 1, ';') &&
		count_words(d, ls, le, LIST_ITEM_WORDS + 1) <= LIST_ITEM_WORDS;
}

/*
 * Whether the sentence [b, e), ending in '.', reads as a headline: no
 * marker of tense, which a lead's narration has ("đã", "vừa").
 */
bool
gb_headline_sentence(const GbDoc *d, int b, int e)
{
	const GbPhrase *ph = NULL;
	int			k;

	for (k = b; k < e; k++)
		if ((d->tok[k].flags & T_WORD) && gb_dict_may_match(d, k, CAT_TENSE) &&
			gb_dict_match(d, k, CAT_TENSE, &ph) == 1 && gb_exact_any(d, k, ph->value))
			return false;
	return true;
}

/*
 * Whether the sentence [b, le), closed by a stop, speaks of its meeting by
 * the bare noun, at its end or before a place: "Thủ tướng ... chủ trì Hội
 * nghị.", "Hội nghị tại điểm cầu T.Ư Hội CCB Việt Nam.".  The meeting is
 * named elsewhere, the line only shows it, with no tense: a photo's
 * caption.  A headline names its meeting ("Tích cực chuẩn bị Đại hội Đảng
 * bộ các cấp."); a sentence telling of it has a tense ("... sẽ tổ chức Đại
 * hội.").
 */
static bool
photo_caption(const GbDoc *d, int b, int le)
{
	const GbPhrase *ph = NULL;
	int			k,
				m;

	if (!tok_punct(d, le - 1, '.'))
		return false;
	for (k = b; k < le - 1; k++)
		if ((d->tok[k].flags & T_WORD) && gb_dict_may_match(d, k, CAT_MEETKIND) &&
			(m = gb_dict_match(d, k, CAT_MEETKIND, &ph)) > 0 && ph->aux == 0 &&
			(m > 1 || gb_same_word(d, k, ph)) &&
			(k + m == le - 1 || (tok_is(d, k + m, "tai") && gb_exact_any(d, k + m, "tại"))))
			return gb_headline_sentence(d, b, le);
	return false;
}

/*
 * Whether the line [b, le) closes with a photo's credit or mark after a
 * stop, a dash or a parenthesis: "... phát biểu chào mừng hội nghị. Ảnh:
 * Nhật Lai", "... (Ảnh: TTXVN)", "Trụ sở UBND thành phố Hà Nội. (Ảnh minh
 * họa).", or glued when in capitals, "... phát biểu ẢNH: HÀ ÁNH" (stop 35
 * T10).  The line is the photo's caption; a headline credits no one.
 */
bool
gb_credited_caption(const GbDoc *d, int b, int le)
{
	int			k;

	if (tok_punct(d, le - 1, '.') && tok_punct(d, le - 2, ')'))
		le--;
	if (tok_punct(d, le - 1, ')'))
		le--;
	for (k = le - 3; k > b && le - k <= CREDIT_TOKENS; k--)
		if ((tok_punct(d, k + 1, ':') && gb_exact_any(d, k, "Ảnh")) ||
			(tok_is(d, k, "anh") && gb_dict_match(d, k, CAT_DEBRIS, NULL) == le - k))
			return tok_punct(d, k - 1, '.') || is_dash(d, k - 1) || tok_punct(d, k - 1, '(') ||
				/* "... chiều nay (8.8) ẢNH: HÀ ÁNH": in capitals, after a caption that is not */
				(tok_has(d, k, T_ALLCAPS) && !tok_has(d, k - 1, T_ALLCAPS));
	return false;
}

/*
 * Whether the line [b, le) ends in a web address, nothing but the address
 * after its start: a site's name with its domain, "Báo Bình Dương điện tử -
 * www.baobinhduong.vn", or a portal's name with its logo's address glued on,
 * "UBND phường Trấn Biênhttps://…/logo-tran-bien-128x128.png" (probe-bh
 * BH7).  A headline never ends in an address: the line is the site's head.
 */
static bool
address_line(const GbDoc *d, int b, int le)
{
	const char *s = d->norm.data + d->tok[b].off,
			   *e = d->norm.data + d->tok[le - 1].off + d->tok[le - 1].len,
			   *p;

	for (p = e - 1; p > s && *p != ' '; p--)
		;
	/* the last stretch without a space holds the address's start */
	for (; p + 4 <= e; p++)
		if (strncmp(p, "www.", 4) == 0 ||
			(p + 7 <= e && (strncmp(p, "http://", 7) == 0 ||
							(p + 8 <= e && strncmp(p, "https://", 8) == 0))))
			return true;
	return false;
}

/*
 * Whether the dated line [b, le) is a headline over its lead: a few words
 * with no sentence's end, over a lead paragraph that opens with a date too
 * ("Sáng nay, Tổng Bí thư dự ... ⏎ Sáng nay (25-2), Ban Bí thư ... .").
 */
static bool
dated_headline(const GbDoc *d, int b, int le)
{
	GbDateCue	cue;
	GbDate		dt;
	char	   *tag;
	int			ne,
				nb,
				k,
				strength;

	if (le >= d->ntok || !tok_has(d, le - 1, T_WORD) ||
		count_words(d, b, le, HEAD_SENTENCE_WORDS + 1) > HEAD_SENTENCE_WORDS)
		return false;
	ne = gb_line_end(d, le);
	/*
	 * "Ngày 21.10, khai mạc Đại hội ... ⏎ 21-10-2020 09:05 ⏎ (THPL)- Ngày
	 * 21.10, ...": the page's stamp between the headline and its lead, and
	 * the outlet's tag opening the lead ("(QNO) - Chiều 5/8, ..."), are
	 * passed over (probe 43 G5)
	 */
	if (ne < d->ntok && publication_line(d, le, ne, &dt, &strength))
	{
		le = ne;
		ne = gb_line_end(d, le);
	}
	nb = gb_line_body(d, le, ne);
	if ((k = outlet_tag(d, nb, ne, &tag)) > nb)
		nb = k;
	return sentence_closed(d, ne) && count_words(d, nb, ne, LEAD_MIN_WORDS + 1) > LEAD_MIN_WORDS &&
		gb_date_cue(d, nb, &cue);
}

/*
 * "<headline> (15/01/2019 10:12)", "<headline> (14:38 20/03/2020)",
 * "<headline> 25/02/2026 06:40": a page's
 * time stamp, in parentheses or bare, closing the headline's line is its
 * publication, no part of the title.  Returns the token of the '(' or of
 * the date (the title ends there) and the date in *out, or le.  Only a
 * line ending in ')' or in an hour is looked at; bare, the stamp has both
 * the year and the hour, which a date of the headline's own never has.
 */
static int
headline_stamp(const GbDoc *d, int b, int le, GbDate *out)
{
	int			k,
				d0,
				end;
	bool		has_year;

	if (le - b < 6)
		return le;
	/* "... 25/02/2026 06:40": day, month, year, then the hour alone */
	if (le - b > 8 && tok_has(d, le - 1, T_NUM) && tok_punct(d, le - 2, ':') &&
		tok_has(d, le - 3, T_NUM) && d->tok[le - 3].len <= 2 && tok_has(d, le - 8, T_NUM) &&
		!tok_is(d, le - 9, "ngay") &&
		gb_parse_date(d, le - 8, &end, out, &has_year) && has_year && end == le - 3 &&
		out->y >= MIN_PUBLISHED_YEAR)
		return le - 8;
	if (!tok_punct(d, le - 1, ')'))
		return le;
	for (k = le - 2; k > b && le - k <= 10 && !tok_punct(d, k, '('); k--)
		;
	if (k <= b || !tok_punct(d, k, '('))
		return le;
	/* "(14:38 20/03/2020)": the hour may come first */
	d0 = k + 1;
	if (tok_has(d, d0, T_NUM) && d->tok[d0].len <= 2 && tok_punct(d, d0 + 1, ':') &&
		tok_has(d, d0 + 2, T_NUM) && d->tok[d0 + 2].len == 2 && tok_has(d, d0 + 3, T_SPACE))
		d0 += 3;
	if (!(d->tok[d0].flags & T_NUM) || !gb_parse_date(d, d0, &end, out, &has_year) || !has_year ||
		out->y < MIN_PUBLISHED_YEAR)
		return le;
	/* the hour after the date, "10:12", and nothing else */
	for (; end < le - 1; end++)
		if (!(d->tok[end].flags & T_NUM) && !tok_punct(d, end, ':'))
			return le;
	return k;
}

/*
 * "14/12/2021Ngày 13/12, Ban Thường vụ ...", "14/12/2021 - Sáng 13/12,
 * ...": a full date in figures opening the line, its hour maybe, then the
 * lead's own dateline, glued to it or after a space, a dash or a bar.  A
 * lead is dated once: the date before its dateline is the page's stamp, the
 * report's publication.  Returns the token where the lead starts and the
 * stamp in *out, or b.
 */
static int
lead_stamp(const GbDoc *d, int b, int le, GbDate *out)
{
	GbDateCue	cue;
	bool		has_year;
	int			k;

	if (!(d->tok[b].flags & T_NUM) || !gb_parse_date(d, b, &k, out, &has_year) || !has_year ||
		out->y < MIN_PUBLISHED_YEAR)
		return b;
	if (k + 2 < le && tok_has(d, k, T_NUM) && tok_punct(d, k + 1, ':') && tok_has(d, k + 2, T_NUM))
		k += 3;
	if (k < le && (is_dash(d, k) || tok_punct(d, k, '|')))
		k++;
	if (k >= le || !gb_word_upper(d, k) || !gb_may_start_date_cue(d, k) ||
		!gb_date_cue(d, k, &cue) || !cue.has_date)
		return b;
	return k;
}

/*
 * The dash ending a byline that opens a publication line [b, le), "Bùi Lan
 * - 14:20 28/09/2023 GMT+7": a name of a few words, then the hour; or a
 * bar, then the date, "Thế Kha| 11/08/2022 18:31".  Or b.
 */
static int
stamp_byline(const GbDoc *d, int b, int le)
{
	int			k;

	for (k = b + 1; k < le && k - b <= 5 && !is_dash(d, k) && !tok_punct(d, k, '|'); k++)
		;
	/*
	 * after a dash the hour, or a whole date and its hour: "Hoàng Anh -
	 * 20/10/2020 10:38" (probe ay AY7)
	 */
	if (k >= le || !tok_has(d, k + 1, T_NUM) || !tok_has(d, k + 3, T_NUM) ||
		!(is_dash(d, k) ? tok_punct(d, k + 2, ':') ||
		  (tok_punct(d, k + 2, '/') && tok_punct(d, k + 4, '/') &&
		   tok_has(d, k + 5, T_NUM) && d->tok[k + 5].len == 4 && tok_punct(d, k + 7, ':')) :
		  tok_punct(d, k + 2, ':') || tok_punct(d, k + 2, '/')) ||
		!byline_shape(d, b, k) || gb_all_caps(d, b, k) || gb_place_at(d, b) == k - b)
	{
		/*
		 * or without a dash, a whole date and its hour closing the line:
		 * "Thanh Tiến - Quốc Trung 04/07/2024 09:18" (probe bd BD9)
		 */
		k = le - 8;
		if (k > b && tok_has(d, k, T_NUM) && tok_punct(d, k + 1, '/') && tok_punct(d, k + 3, '/') &&
			tok_has(d, k + 4, T_NUM) && d->tok[k + 4].len == 4 && tok_has(d, k + 5, T_NUM) &&
			tok_punct(d, k + 6, ':') && tok_has(d, k + 7, T_NUM) &&
			!is_dash(d, k - 1) && !weekday_at(d, b) &&
			byline_shape(d, b, k) && !gb_all_caps(d, b, k) && gb_place_at(d, b) != k - b)
			return k;
		return b;
	}
	return k;
}

/*
 * An editor's note left after a dash closing the headline [b, e), "... Hội
 * Cựu chiến binh - đã psts 6.7" (probe bd BD9): "đã", one word and a day
 * and month, nothing else.  Returns where the headline ends, the dash's
 * token or e.
 */
static int
editor_note(const GbDoc *d, int b, int e)
{
	int			k,
				nums = 0;

	for (k = e - 1; k > b + 3 && k > e - 6 && !is_dash(d, k); k--)
		;
	if (k <= b + 3 || !is_dash(d, k) || !tok_is(d, k + 1, "da") || !gb_word_lower(d, k + 1) ||
		!tok_has(d, k + 2, T_WORD) || k + 3 >= e)
		return e;
	for (int j = k + 3; j < e; j++)
	{
		if (tok_has(d, j, T_NUM))
			nums++;
		else if (!tok_punct(d, j, '.') && !tok_punct(d, j, '/'))
			return e;
	}
	return nums == 2 ? k : e;
}

/*
 * Whether the line [b, le) is a motto banner: three or more pairs of words
 * in capitals joined by dashes, nothing else but quotes ("ĐOÀN KẾT – DÂN
 * CHỦ - KỶ CƯƠNG – TRÁCH NHIỆM – HIỆU QUẢ"); no headline, and no outlet's
 * tag before a dash.
 */
static bool
motto_line(const GbDoc *d, int b, int le)
{
	int			parts = 0,
				words = 0;

	if (b < le && tok_punct(d, b, '"'))
		b++;
	if (le > b && tok_punct(d, le - 1, '"'))
		le--;
	if (le - b < 8 || !gb_word_upper(d, b))
		return false;
	for (int k = b; k <= le; k++)
	{
		if (k == le || is_dash(d, k))
		{
			if (words != 2)
				return false;
			parts++;
			words = 0;
		}
		else if ((d->tok[k].flags & (T_WORD | T_ALLCAPS)) == (T_WORD | T_ALLCAPS))
			words++;
		else
			return false;
	}
	return parts >= 3;
}

/*
 * Whether the line [b, le) is a place's dateline, "Hải Phòng, ngày 10
 * tháng 12 năm 2019", "Hà Nội, Ngày 18/06/2025": a few capitalized words,
 * a comma, "ngày" and the date, nothing after.  Above the headline it is
 * a portal's today or a print page's day of printing, no publication date
 * (probe-ad 16: a print page of 2019 over a congress of 2015).  Not a
 * weekday ("Thứ Sáu, ngày 19/05/2017"), the way many sites date their
 * articles.
 */
static bool
place_dateline(const GbDoc *d, int b, int le)
{
	int			k;

	if (tok_is(d, b, "thu") || (tok_is(d, b, "chu") && tok_is(d, b + 1, "nhat")))
		return false;
	for (k = b; k < le && k - b < 5 && tok_has(d, k, T_WORD) && tok_has(d, k, T_UPPER); k++)
		;
	if (k == b || k + 2 >= le || !tok_punct(d, k, ',') || !tok_is(d, k + 1, "ngay") ||
		!tok_has(d, k + 2, T_NUM))
		return false;
	/* the date runs to the line's end: "năm 2019", "18/06/2025" */
	return tok_has(d, le - 1, T_NUM) || tok_punct(d, le - 1, '.');
}

/*
 * Whether the line [b, le) is a document's place-and-date heading with its
 * day or month left blank for the signer, "Mỹ Hưng, ngày   tháng 01 năm
 * 2015" (probe be be10), which reads as no date: the document's heading,
 * no headline.  Its words are the place's, "ngày", "tháng", "năm" and
 * numbers only.
 */
bool
gb_blank_dateline(const GbDoc *d, int b, int le)
{
	int			k;

	for (k = b; k < le && k - b < 5 && tok_has(d, k, T_WORD) && tok_has(d, k, T_UPPER); k++)
		;
	if (k == b || k + 4 > le || !tok_punct(d, k, ',') || !tok_is(d, k + 1, "ngay") ||
		tok_has(d, k + 2, T_NUM))
		return false;
	for (k += 2; k < le; k++)
		if (!tok_has(d, k, T_NUM) && !tok_is(d, k, "thang") && !tok_is(d, k, "nam") &&
			!tok_punct(d, k, '.'))
			return false;
	return tok_has(d, le - 1, T_NUM) && tok_is(d, le - 2, "nam");
}

/*
 * Whether the publication line [ls, le) gives a time of day ("14:46",
 * "GMT+7"): an article's own stamp, where a portal's banner of today gives
 * the date alone ("Thứ Sáu, 19/7/2024" above "Thứ Năm, 8/6/2023
 * 14:46'(GMT+7)").
 */
static bool
timed_line(const GbDoc *d, int ls, int le)
{
	for (int k = ls; k < le; k++)
		if (((d->tok[k].flags & T_NUM) && k + 2 < le && tok_punct(d, k + 1, ':') &&
			 (d->tok[k + 2].flags & T_NUM) && !(d->tok[k + 2].flags & T_SPACE)) ||
			tok_is(d, k, "gmt"))
			return true;
	return false;
}

/*
 * Whether the publication line [b, le) is a stamp whose one word is the
 * weekday opening it: "Thứ 7, 28/09/2024 | 20:56:57", "Chủ nhật,
 * 12/5/2024" ("GMT" no word either).  Read as a bare date under the
 * headline, the article's own stamp.
 */
static bool
weekday_stamp(const GbDoc *d, int b, int le)
{
	int			k;

	if (b + 2 >= le || weekday_at(d, b) == 0)
		return false;
	for (k = b + 2; k < le; k++)
		if (tok_has(d, k, T_WORD) && !tok_is(d, k, "gmt"))
			return false;
	return true;
}

/*
 * A contributor's byline with the unit he writes from, opening a
 * publication line [b, le): "Khương Quang (Quân khu 1) 16:09, 27/02/2023",
 * a name of a few words, the unit's words in parentheses, then the hour.
 * The name's end, or b.
 */
static int
unit_byline(const GbDoc *d, int b, int le)
{
	int			k,
				c;

	/* "Thứ Hai (...)", "Chủ nhật": a weekday opens a stamp, no name */
	if (tok_is(d, b, "thu") || (tok_is(d, b, "chu") && tok_is(d, b + 1, "nhat")))
		return b;
	for (k = b + 1; k < le && k - b <= 5 && !tok_punct(d, k, '('); k++)
		;
	if (k >= le || !tok_punct(d, k, '(') || !tok_has(d, k + 1, T_UPPER))
		return b;
	for (c = k + 1; c < le && c - k <= 6 && !tok_punct(d, c, ')'); c++)
		if (!tok_has(d, c, T_WORD) && !tok_has(d, c, T_NUM))
			return b;
	if (c + 3 >= le || !tok_punct(d, c, ')') || !tok_has(d, c + 1, T_NUM) ||
		!tok_punct(d, c + 2, ':') || !tok_has(d, c + 3, T_NUM) ||
		!byline_shape(d, b, k) || gb_all_caps(d, b, k))
		return b;
	return k;
}

/*
 * An interview's byline opening a publication line [b, le): "NGUYÊN ĐOAN
 * (thực hiện) 10/10/2018 03:09", the interviewer's name, in capitals or
 * not, then "(thực hiện)" ("conducted by") and the stamp (probe-s 49).
 * The name's end, or b.
 */
static __attribute__((noinline)) int
interview_byline(const GbDoc *d, int b, int le)
{
	int			k;

	for (k = b + 1; k < le && k - b <= 4 && !tok_punct(d, k, '('); k++)
		;
	if (k + 4 >= le || !tok_punct(d, k, '(') || !tok_is(d, k + 1, "thuc") ||
		!tok_is(d, k + 2, "hien") || !tok_punct(d, k + 3, ')') || !tok_has(d, k + 4, T_NUM) ||
		!gb_exact_words(d, k + 1, 2, "thực hiện") || !byline_shape(d, b, k))
		return b;
	return k;
}

/*
 * Whether the line [b, le) names bodies and nothing more: one body, or a
 * list of them parted by commas, dashes or "và" ("Huyện ủy, UBND huyện Lạc
 * Sơn"),
 * maybe under a page's "Chuyên trang" or "Chuyên mục" ("Chuyên trang
 * Huyện ủy Lạc Sơn"): a section's banner, with no verb, no headline.
 */
static bool
bodies_line(const GbDoc *d, int b, int le)
{
	const char *unit;
	int			e;

	if (tok_is(d, b, "chuyen") && (tok_is(d, b + 1, "trang") || tok_is(d, b + 1, "muc")) &&
		gb_word_upper(d, b) && b + 2 < le)
		b += 2;
	for (;;)
	{
		e = gb_parse_body(d, b, &unit);
		if (e <= b || e > le)
			return false;
		if (e == le)
			return true;
		if (!tok_punct(d, e, ',') && !is_dash(d, e) && !tok_is(d, e, "va"))
			return false;
		b = e + 1;
	}
}

/*
 * Whether the line [b, le) of words words is short, in capitals and has no
 * verb: a section's label ("ĐẠI HỘI ĐẢNG CÁC CẤP", "XÂY DỰNG ĐẢNG") when a
 * headline follows it, the headline when the lead does (see
 * caps_head_above_lead()).
 */
static bool
caps_label(const GbDoc *d, int b, int le, int words)
{
	int			bar = -1;

	if (words > 2 * MASTHEAD_WORDS || !gb_all_caps(d, b, le))
		return false;
	for (int k = b; k < le; k++)
	{
		if (gb_dict_may_match(d, k, CAT_VERBSTART) && gb_dict_match(d, k, CAT_VERBSTART, NULL) > 0)
			return false;
		if (tok_punct(d, k, '|'))
			bar = k;
	}
	/*
	 * longer, a trail of sections a bar parts, the last a short one: "BAN
	 * TỔ CHỨC TỈNH ỦY | TIN HOẠT ĐỘNG" (probe ay AY7); not a document's
	 * header, "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	 */
	return words <= MASTHEAD_WORDS ||
		(bar > b && count_words(d, bar + 1, le, SECTION_WORDS + 1) <= SECTION_WORDS);
}

/*
 * Whether the short line [b, le), too short for a headline by its words,
 * is one all the same: a label in capitals naming a meeting ("LỄ KẾT NẠP
 * ĐẢNG", "HỘI NGHỊ BCH") right above the lead (its date or its outlet's tag
 * opening it, or a paragraph), the page's debris between passed over; a
 * section's label has the headline under it.
 */
static bool
caps_head_above_lead(const GbDoc *d, int b, int le, int words)
{
	char	   *tag;
	int			nb,
				ne;
	bool		meeting = false;

	if (words < 2 || le >= d->ntok || !caps_label(d, b, le, words))
		return false;
	for (int k = b; k < le && !meeting; k++)
		meeting = gb_dict_match(d, k, CAT_MEETKIND, NULL) > 0;
	if (!meeting)
		return false;
	/* the page's debris between ("Lượt xem:") passed over */
	for (int n = 0; le < d->ntok && n < 3; n++, le = ne)
	{
		ne = gb_line_end(d, le);
		nb = gb_line_body(d, le, ne);
		if (nb < ne && gb_debris_line(d, nb, ne))
			continue;
		return dated_lead_below(d, le, le) || outlet_tag(d, nb, ne, &tag) > nb ||
			(sentence_closed(d, ne) && count_words(d, nb, ne, LEAD_MIN_WORDS + 1) > LEAD_MIN_WORDS);
	}
	return false;
}

/*
 * A headline in capitals wrapped by hand ("KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI
 * CHẤT" / "LƯỢNG HẰNG NĂM ĐỐI VỚI ..." / "ĐẠO, QUẢN LÝ CÁC CẤP", probe aj
 * 25): a line [b, le) in capitals that ends in a word, no clause's end,
 * goes on in the next line in capitals, not after a blank line, nor a line
 * in a byline's shape (a writer's name in capitals), a post's or a body's
 * name alone (a decision's signer, "BỘ TRƯỞNG BỘ NỘI VỤ", a letterhead's
 * body), up to TITLE_MAX_WORDS.  The run is joined whole or not at all:
 * one that still goes on in a line opening in capitals it cannot read
 * ("... XÂY DỰNG KẾ HOẠCH" / "PHÁT TRIỂN KINH TẾ - Xà HỘI ...", a
 * mis-encoded letter) stays the first line.  Returns the end of the
 * headline's last line; *words, the first line's, becomes the lines'.
 */
static int
caps_title_end(const GbDoc *d, int b, int le, int *words)
{
	int			n = *words,
				joined = n,
				first = le,
				over;

	if (!gb_all_caps(d, b, le))
		return le;
	/*
	 * "(TTV) ...": the words of an outlet's tag before b, counted in
	 * *words, are no headline's; they do not count toward its limit
	 */
	over = n - count_words(d, b, le, TITLE_MAX_WORDS + 1);
	while (le < d->ntok && tok_has(d, le - 1, T_WORD) && !tok_has(d, le, T_PARA))
	{
		int			ne = gb_line_end(d, le),
					nb = gb_line_body(d, le, ne);
		const char *unit;

		if (nb >= ne || nb != le || !tok_has(d, nb, T_WORD))
			break;
		if (!gb_all_caps(d, nb, ne))
		{
			/* "PHÁT TRIỂN KINH TẾ - Xà HỘI": capitals going on unread */
			if (le > first && tok_has(d, nb, T_ALLCAPS) && d->tok[nb].flen > 1)
				return first;
			break;
		}
		if (byline_shape(d, nb, ne) || gb_title_at(d, nb, true) >= ne ||
			gb_parse_body(d, nb, &unit) >= ne ||
			(n += count_words(d, nb, ne, TITLE_MAX_WORDS + 1)) > TITLE_MAX_WORDS + over)
			break;
		le = ne;
		joined = n;
	}
	*words = joined;
	return le;
}

/*
 * "Nghệ An có tân Bí thư Tỉnh uỷ Ngày 11/11, Bộ Chính trị điều động ...": a
 * tag page's teaser, the headline and its lead on one line with no stop
 * between them (gb_run_in_lead()); the headline ends where the lead starts
 * (stop 45, probe bf BF3).
 */
static void
cut_run_in_lead(const GbDoc *d, GbReportHead *head)
{
	int			k;

	for (k = head->title_start + TITLE_MIN_WORDS; k < head->title_end; k++)
		if (gb_run_in_lead(d, k))
		{
			head->title = gb_span_text(d, head->title_start, k);
			head->title_end = k;
			return;
		}
}

void
gb_report_head(const GbDoc *d, GbReportHead *head)
{
	int			ls = 0,
				nlines;
	int			pub_strength = 0,	/* of the line published came from */
				name_b = -1,	/* the line before, in a byline's shape */
				name_e = -1,
				sent_b = -1,	/* the line before: a headline read as a lead */
				sent_e = -1,
				stamped_b = -1, /* the line before: a headline below a lead */
				stamped_e = -1,
				below_b = -1,	/* the line before: a headline below the one found */
				below_e = -1;
	bool		pub_timed = false,	/* published came with a time of day */
				affiliation = false,	/* the line before: a degree byline */
				banner_above = false,	/* published came from above the headline */
				lead_seen = false,	/* a lead paragraph: no headline below */
				slogan = false, /* the headline found is a slogan banner */
				site = false,	/* the headline found is a site's or a firm's name */
				label = false,	/* the headline found may be a section's label */
				caption = false,	/* the line before: an image's widget */
				follow = false, /* a follow-us widget passed, no headline found */
				list_run = false,	/* the line before: a short item of a list */
				credited = false,	/* this line: a photo's credited caption */
				after_credit = false;	/* the line before: such a caption */
	int			items = 0,		/* such items passed */
				menu_lines = 0; /* short lines passed above the headline */
	const GbPhrase *ph = NULL;

	memset(head, 0, sizeof(*head));
	head->title_start = head->title_end = -1;
	for (nlines = 0; ls < d->ntok && nlines < HEAD_LINES; nlines++)
	{
		int			le = gb_line_end(d, ls),
					b = gb_line_body(d, ls, le),
					words,
					k,
					by,
					name,
					by_end,
					stamp;
		GbDate		dt;
		GbDateCue	cue;
		char	   *tag;
		int			strength;
		bool		pub,
					timed,
					marked,
					barred = false;

		if (head->hint.y == 0)
			date_tag(d, ls, le, &head->hint);
		/*
		 * a site's menu, one item a line ("Chuyên mục ⏎ Kinh tế xanh ⏎
		 * Chuyên mục ⏎ Tiêu điểm ...", probe-z Z9), may fill more than
		 * HEAD_LINES above the headline: lines too short for one count
		 * only past HEAD_MENU_LINES while no headline is found
		 */
		if (!head->title && !lead_seen && menu_lines < HEAD_MENU_LINES &&
			count_words(d, b, le, TITLE_MIN_WORDS) < TITLE_MIN_WORDS)
		{
			menu_lines++;
			nlines--;
		}
		/*
		 * "HÀN GIANG |", "<headline> |": the separator a site puts after a
		 * field of its head is no part of it (passed over at next)
		 */
		while (le > b + 1 && tok_punct(d, le - 1, '|'))
			le--, barred = true;
		if (b >= le)
			goto next;
		/* the line right under an image's widget is the image's caption */
		if (caption && !tok_has(d, ls, T_PARA))
		{
			caption = false;
			goto next;
		}
		caption = false;
		/* "Ngày đăng 02/08/2019 | 18:00 | Lượt xem: 422": no breadcrumb trail */
		pub = publication_line(d, ls, le, &dt, &strength);
		if (!(pub && strength > 0) && (gb_debris_line(d, b, le) || login_menu(d, b, le)))
		{
			/*
			 * the line right above a bar of sections is the bar's too, its
			 * items unknown ("Trending Vusta & Trí thức KH&CN Nhìn thẳng -
			 * Nói thật ... ⏎ Thời sự 24h Chính trị Xã hội ...", probe-z
			 * Z9): no headline; the headline is under the menu
			 */
			caption = gb_dict_may_match(d, b, CAT_DEBRIS) &&
				gb_dict_match(d, b, CAT_DEBRIS, &ph) == le - b && ph->aux == DEBRIS_IMAGE;
			follow |= !head->title && widget_line(d, b, le);
			goto next;
		}
		if (!pub && (motto_line(d, b, le) || gb_blank_dateline(d, b, le)))
			goto next;
		if (pub)
		{
			/*
			 * "01/01/0001 00:00": a site's placeholder, no date.  A labelled
			 * date ("Ngày đăng: 05/06/2025") wins over a banner's today; so
			 * does a bare stamp under the headline over a date among words
			 * above it ("Thứ Sáu, 20/9/2019 ⏎ <headline> ⏎ 14/5/2019 8:43'"),
			 * its weekday no word ("Thứ 7, 23/11/2024, 17:44[GMT+7] ⏎
			 * <headline> ⏎ Thứ 7, 28/09/2024 | 20:56:57", probe-w W9): the
			 * date above is the portal's today, never before its article's
			 */
			timed = timed_line(d, ls, le);
			if (strength == 0 && !head->title && place_dateline(d, b, le))
			{
				/*
				 * the day the page is shown bounds the meeting's year only;
				 * not a placeholder's ("Hải Phòng, ngày 01/01/0001")
				 */
				if (head->banner.y == 0 && dt.y >= MIN_PUBLISHED_YEAR)
					head->banner = dt;
			}
			else if (dt.y >= MIN_PUBLISHED_YEAR &&
				(head->published.y == 0 || (strength == 2 && pub_strength == 0) ||
				 ((strength == 1 || (strength == 0 && weekday_stamp(d, b, le) &&
									 gb_date_days(dt) <= gb_date_days(head->published))) &&
				  pub_strength == 0 && banner_above && head->title) ||
				 (timed && !pub_timed && !head->title && strength >= pub_strength)))
			{
				pub_timed = timed;
				head->published = dt;
				pub_strength = strength;
				banner_above = !head->title;
				head->banner_date = strength == 0;
				head->stamp_timed = timed && head->title;
			}
			/*
			 * "Chí Hiếu ⏎ 25/09/2021 07:55" under the headline: the byline;
			 * so under a follow-us widget, the headline lost ("Theo dõi Báo
			 * Thanh tra trên ⏎ Trần Kiên ⏎ Thứ hai, 03/02/2025 - 19:16")
			 */
			if (name_b >= 0 && (head->title || (follow && timed)) && !head->author &&
				!gb_all_caps(d, name_b, name_e))
				head->author = gb_span_text(d, name_b, name_e);
			/*
			 * "Bùi Lan - 14:20 28/09/2023 GMT+7" under the headline: the
			 * name before the dash and the hour of the stamp, the byline;
			 * so is the name before its unit ("Khương Quang (Quân khu 1)
			 * 16:09, 27/02/2023", "Thanh Phong (Ban Thời sự)-Thứ sáu, ..."),
			 * and an interviewer's before "(thực hiện)", asked first: its
			 * parenthesis would pass for a byline's unit
			 */
			if (head->title && !head->author &&
				((k = interview_byline(d, b, le)) > b ||
				 (k = stamp_byline(d, b, le)) > b || (k = unit_byline(d, b, le)) > b ||
				 (unit_dash_byline(d, b, le, &k) > b && k > b)))
				head->author = gb_span_text(d, b, k);
			/*
			 * "Đăng lúc: ..." right under a short line after site debris
			 * read as a lead: that line is the headline the stamp dates
			 */
			if (stamped_b >= 0 && strength == 2 && !head->title && !head->author)
			{
				head->title = gb_span_text(d, stamped_b, stamped_e);
				head->title_start = stamped_b;
				head->title_end = stamped_e;
			}
			/*
			 * so is a sentence with no tense right above it, first of the
			 * page, read as a lead for its stop: "Đại hội các chi bộ ...
			 * nhiệm kỳ 2022 - 2025. ⏎ Đăng lúc: ...", without its stop
			 * (probe-r G11)
			 */
			else if (sent_b >= 0 && sent_e == ls && strength == 2 && !head->title &&
					 !head->author && gb_headline_sentence(d, sent_b, sent_e))
			{
				head->title = gb_span_text(d, sent_b, sent_e - 1);
				head->title_start = sent_b;
				head->title_end = sent_e - 1;
			}
			/*
			 * and a line right above it wins over a headline found above,
			 * page chrome in between: that was a section's label ("Đại
			 * biểu nhân dân với cử tri ⏎ Chia sẻ: ⏎ <headline> ⏎ Cập nhật:
			 * 14:47 ngày 11/07/2019", probe-s G13)
			 */
			else if (below_b >= 0 && below_e == ls && strength == 2 && head->title && !head->author)
			{
				head->title = gb_span_text(d, below_b, below_e);
				head->title_start = below_b;
				head->title_end = below_e;
			}
			stamped_b = -1;
			name_b = -1;
			goto next;
		}
		stamped_b = -1;
		/*
		 * the lead paragraph ends the head; a sentence just above the
		 * outlet's tag that opens it is the headline all the same: "...,
		 * BCH Trung ương Đảng khóa XI. ⏎ (NTO) Ngày 4-1, ..."
		 */
		if ((k = outlet_tag(d, b, le, &tag)) > b)
		{
			head->source = tag;
			head->tag_end = k;
			if (!head->title && !head->author && sent_b >= 0)
			{
				head->title = gb_span_text(d, sent_b, sent_e);
				head->title_start = sent_b;
				head->title_end = sent_e;
			}
			break;
		}
		/* the page's stamp run into the lead: the lead starts after it */
		stamp = lead_stamp(d, b, le, &dt);
		if (stamp > b)
		{
			if (head->published.y == 0)
				head->published = dt;
			head->tag_end = b = stamp;
		}
		else
			stamp = 0;
		k = sent_b;
		sent_b = -1;
		/*
		 * A headline may open with the days of a meeting ("Chiều ngày 21
		 * và sáng ngày 22 tháng 12 năm 2022 Đảng ủy xã ... tổ chức ...");
		 * a single day opens the lead, unless it labels a headline: "Ngày
		 * 18/5: Khai mạc Đại hội ..." with a colon, no lead's sentence;
		 * or the page's time stamp closes the line, as it closes a
		 * headline, not a paragraph: "Sáng nay, Tổng Bí thư dự ... 25/02/2026
		 * 06:40"; or a dated lead follows the line, which has no stop.
		 */
		if (stamp > 0 || (gb_date_cue(d, b, &cue) && !cue.range &&
			!(!head->title && tok_punct(d, cue.end, ':') && gb_word_upper(d, cue.end + 1) &&
			  !(tok_punct(d, le - 1, '.') && count_words(d, b, le, LEAD_MIN_WORDS + 1) > LEAD_MIN_WORDS)) &&
			!(!head->title && (headline_stamp(d, b, le, &dt) < le || dated_headline(d, b, le)))))
		{
			/*
			 * a sentence alone in its paragraph just above the dated lead,
			 * stating the event with no tense ("Huyện ủy tổ chức hội nghị
			 * quán triệt ... khóa XI."), is the headline, without its stop;
			 * as the text's first line it needs no paragraph break, a
			 * portal writing one line a paragraph (stop 35 T9)
			 */
			if (k >= 0 && !head->title && !head->author && (tok_has(d, ls, T_PARA) || k == 0) &&
				gb_headline_sentence(d, k, sent_e))
			{
				head->title = gb_span_text(d, k, sent_e - 1);
				head->title_start = k;
				head->title_end = sent_e - 1;
			}
			break;
		}
		head->head_end = le;
		/*
		 * a list of short items, a sidebar's or a menu's ("6 điều Bác Hồ
		 * dạy CAND ⏎ • Đối với tự mình phải: ⏎ • Cần, Kiệm, Liêm, Chính
		 * ..."), and the line heading it are no headline; a headline is
		 * followed by its lead or its byline.  The items count as lines
		 * only past HEAD_LIST_ITEMS.
		 */
		if (short_item(d, ls) && (list_run || short_item(d, le)))
		{
			list_run = true;
			if (++items <= HEAD_LIST_ITEMS)
				nlines--;
			goto next;
		}
		list_run = false;
		if (short_item(d, le) && short_item(d, gb_line_end(d, le)))
			goto next;
		if ((tag = labelled_author(d, b, le, false)) != NULL)
		{
			if (!head->author)
				head->author = tag;
			goto next;
		}
		/*
		 * "Bài, ảnh: Nguyễn Văn Hải" under the headline: the byline, its
		 * label ending in a colon no part of it; not a source's "Nguồn:"
		 * (stop 35 V13)
		 */
		if (head->title && (tag = labelled_author(d, b, le, true)) != NULL)
		{
			if (!head->author)
				head->author = tag;
			goto next;
		}
		/*
		 * "PGS.TS. Lê Văn Hòa ⏎ Học viện ...": the byline and its
		 * institution; a name follows the degree, not a parenthesis ("TS
		 * (theo TTXVN)", probe-ab 18)
		 */
		if ((k = degree_end(d, b)) > b && k < le && gb_word_upper(d, k) && byline_shape(d, k, le))
		{
			/*
			 * "PGS.TS Lê Văn Hòa ⏎ PGS.TS Lê Văn Hòa": a portrait's caption
			 * written twice (its alt text and its caption), no byline; both
			 * lines go
			 */
			if (le < d->ntok && !tok_has(d, le, T_PARA) &&
				(by = gb_line_end(d, le)) > le && same_line(d, ls, le, le, by))
			{
				le = by;
				goto next;
			}
			if (!head->author)
				head->author = gb_span_text(d, k, le);
			affiliation = true;
			name_b = -1;
			goto next;
		}
		if (affiliation && !tok_has(d, ls, T_PARA))
		{
			affiliation = false;
			goto next;
		}
		affiliation = false;
		/* "Minh Khang ⏎ Minh Khang": a byline repeated */
		if (byline_shape(d, b, le))
		{
			if (name_b >= 0 && !head->author && same_line(d, name_b, name_e, b, le))
				head->author = gb_span_text(d, b, le);
			/*
			 * "HÀN GIANG |" under the headline: a name its site closes
			 * with the separator of a field is the byline
			 */
			if (barred && head->title && !head->author)
			{
				head->author = gb_span_text(d, b, le);
				goto next;
			}
			name_b = b;
			name_e = le;
		}
		else
			name_b = -1;
		/*
		 * a paragraph ending in ':', too long for a kicker, opens what it
		 * introduces ("... Trân trọng giới thiệu toàn văn Quy định số
		 * 41-QĐ/TW:"): the body has begun, its lines are no headline
		 */
		if (tok_punct(d, le - 1, ':') && count_words(d, b, le, LEAD_MIN_WORDS + 1) > LEAD_MIN_WORDS)
			lead_seen = true;
		/*
		 * a line closing with ';' is a clause of a sentence that goes on, a
		 * preamble's ground ("Căn cứ Quy định số 45-QĐ/TW ... Điều lệ
		 * Đảng;") or an item of a list: the body has begun
		 */
		if (tok_punct(d, le - 1, ';'))
		{
			lead_seen = true;
			goto next;
		}
		/* the headline stands above the byline; a slogan banner is above it */
		if ((head->title && !slogan && !site && !label) || head->author || tok_punct(d, le - 1, ':'))
		{
			/*
			 * "<headline> ⏎ <headline>27/03/2020 15:52": the headline
			 * written again with the page's stamp glued to it, a full date
			 * and its hour (probe-ad 36)
			 */
			if (head->title && head->published.y == 0 && head->title_start >= 0 &&
				(by = headline_stamp(d, b, le, &dt)) < le && by > b &&
				same_line(d, head->title_start, head->title_end, b, by))
				head->published = dt;
			below_b = -1;
			/*
			 * page chrome between them, or the headline found the text's
			 * first line in lower case, which no headline opens with: a
			 * section's label ("hoạt động tổ dân phố và các đơn vị hiệp quản
			 * ⏎ Sinh hoạt Chi bộ ... ⏎ Ngày đăng 05/04/2021 | 15:22 | Lượt
			 * xem: 132", probe-aw 18)
			 */
			if (head->title && !head->author && !sentence_closed(d, le) && !tok_punct(d, le - 1, ':') &&
				head->title_start >= 0 &&
				(gb_line_end(d, head->title_start) < ls ||
				 (gb_word_lower(d, head->title_start) && gb_word_upper(d, b))) &&
				!byline_shape(d, b, le) &&
				(words = count_words(d, b, le, TITLE_MAX_WORDS + 1)) >= TITLE_MIN_WORDS &&
				words <= TITLE_MAX_WORDS)
			{
				below_b = b;
				below_e = le;
			}
			goto next;
		}
		if (!lead_seen && (k = blog_byline(d, b, le, &by, &name, &by_end, &dt)) > b)
		{
			head->title = gb_span_text(d, b, by);
			head->title_start = b;
			head->title_end = by;
			head->author = gb_span_text(d, name, by_end);
			if (head->published.y == 0 && dt.y >= MIN_PUBLISHED_YEAR)
				head->published = dt;
			head->lead_start = k;
			break;
		}
		words = count_words(d, b, le, TITLE_MAX_WORDS + 1);
		/*
		 * and above the lead: with no headline, a line after a lead
		 * paragraph is the body's, maybe cut short by an excerpt
		 */
		if (words > LEAD_MIN_WORDS && sentence_closed(d, le))
		{
			/* the first such line, short for a lead, may be a headline */
			if (!lead_seen && !head->title && words <= HEAD_SENTENCE_WORDS)
			{
				sent_b = b;
				sent_e = le;
			}
			lead_seen = true;
		}
		/* a paragraph wrapped by hand: the body has begun, no headline below */
		if (!lead_seen && wrapped_line(d, b, le))
			lead_seen = true;
		if (lead_seen || (words < TITLE_MIN_WORDS && (head->title || !caps_head_above_lead(d, b, le, words))) ||
			words > TITLE_MAX_WORDS || doubled_line(d, b, le))
		{
			if (lead_seen && !head->title && words >= TITLE_MIN_WORDS && words <= TITLE_MAX_WORDS &&
				!tok_punct(d, le - 1, '.') && tok_has(d, ls, T_PARA))
			{
				stamped_b = b;
				stamped_e = le;
			}
			goto next;
		}
		slogan = gb_dict_may_match(d, b, CAT_DEBRIS) && !head->title &&
			gb_dict_match(d, b, CAT_DEBRIS, &ph) > 0 && ph->aux == DEBRIS_SLOGAN;
		if (slogan)
			head->slogan_end = le;
		/* "hoi nghi ban thuong vu ... da ps": a file's name, no headline */
		if (unaccented_line(d, b, le))
			goto next;
		/* the tag is the outlet's, not the headline's */
		if ((k = headline_tag(d, b, le, &tag)) > b)
		{
			if (!head->source)
				head->source = tag;
			b = k;
		}
		/*
		 * "THANH TRA TỈNH TÂN LẬP" above the headline: a site's name in
		 * capitals, a few words with no meeting, verb or number in them
		 */
		if (!head->title && words <= MASTHEAD_WORDS && gb_all_caps(d, b, le) && masthead(d, b, le))
			goto next;
		/*
		 * "Ban Chấp hành Trung ương ⏎ TP HCM giới thiệu nhân sự ...": a
		 * body's name alone is a tag's or a section's label, and so is a
		 * list of them (see bodies_line()); a headline tells something of
		 * the body
		 */
		if (bodies_line(d, b, le))
			goto next;
		/* "null Sơ kết ...": a page template's empty field before the headline */
		if (tok_is(d, b, "null") && gb_word_lower(d, b) && gb_word_upper(d, b + 1))
			b++;
		/* "# Ban thường vụ tỉnh Hải Dương": a markdown heading's marks (probe ah AH13) */
		for (k = b; k < le && tok_punct(d, k, '#'); k++)
			;
		marked = false;
		if (k > b && k < le && tok_has(d, k, T_SPACE) && (d->tok[k].flags & T_WORD))
		{
			b = k;
			marked = true;
		}
		/*
		 * a headline opens with a capital: a line in lower case goes on the
		 * line above it, "QUY ĐỊNH ⏎ về việc miễn nhiệm ..." a document's
		 * name; nor is a photo's caption one.  As the first line it may be
		 * a headline written in lower case, but not under a heading's mark:
		 * "# đơn vị hành chính 2 cấp" is a tag page's label (probe be be10)
		 */
		if (((ls > 0 || marked) && gb_word_lower(d, b)) || photo_caption(d, b, le) ||
			address_line(d, b, le))
			goto next;
		/*
		 * "Tổng Biên tập: LÊ MINH TÙNG": a masthead's staff credit, a post
		 * and a colon before names in capitals; a headline quoting an
		 * official ("Tổng Bí thư: Phải ...") goes on in sentence case
		 */
		if ((k = gb_title_at(d, b, false)) > b && k + 1 < le && tok_punct(d, k, ':') &&
			gb_all_caps(d, k + 1, le))
			goto next;
		if (gb_credited_caption(d, b, le))
		{
			credited = true;
			goto next;
		}
		/*
		 * under a photo's credited caption, a sentence closed by its stop
		 * and told with a tense ("Nhiệm vụ cụ thể sẽ do Bộ trưởng Bộ Công
		 * Thương phân công.", probe-bg BG11) is the body's: an excerpt
		 * opening under its photo, no headline
		 */
		if (after_credit && tok_punct(d, le - 1, '.') && !gb_headline_sentence(d, b, le))
			goto next;
		/*
		 * ".LỄ KẾT NẠP ĐẢNG VIÊN MỚI ...": a stray stop glued before the
		 * headline's first word is no part of it (probe-bi 14)
		 */
		if (tok_punct(d, b, '.') && b + 1 < le && !tok_has(d, b + 1, T_SPACE) &&
			(d->tok[b + 1].flags & T_WORD) && gb_word_upper(d, b + 1))
			b++;
		le = caps_title_end(d, b, le, &words);
		k = le;
		if ((by = headline_stamp(d, b, le, &dt)) < le)
		{
			if (head->published.y == 0)
				head->published = dt;
			/* "... năm 2018. (06/01/2018 15:24)": the stop goes too */
			k = tok_punct(d, by - 1, '.') && by - 1 > b ? by - 1 : by;
		}
		k = editor_note(d, b, k);
		head->title = gb_span_text(d, b, k);
		head->title_start = b;
		head->title_end = k;
		site = site_name(d, b, le, words);
		/* a headline under a short label in capitals wins */
		label = !label && caps_label(d, b, le, words);
next:
		after_credit = credited;
		credited = false;
		ls = le;
		while (ls < d->ntok && !tok_has(d, ls, T_NL) && tok_punct(d, ls, '|'))
			ls++;
	}
	if (head->title_start >= 0)
		cut_run_in_lead(d, head);
}

/*
 * The publication date of the head: a publication line's or the headline's
 * stamp; else a crawl tag's full date ("date 2025-10-02"), the page's, as
 * the caller's argument would be, not a site's clock to test against the
 * text's years.  Zero when there is none.
 */
GbDate
gb_head_date(const GbReportHead *head)
{
	GbDate		none = {0, 0, 0};

	if (head->published.y)
		return head->published;
	return head->hint.d ? head->hint : none;
}

/*
 * A banner's date among words ("Hà Nội, Ngày 18/06/2025") may be the
 * site's today, years after the report (the meeting tests it against the
 * text's years, see gb_meet_finish()): it completes no document's year.
 */
GbDate
gb_head_year_date(const GbReportHead *head)
{
	GbDate		none = {0, 0, 0},
				month = head->hint;

	/*
	 * a crawl tag of a month alone ("date 2020-05") completes a year as a
	 * full one does, from its month's last day: "ngày 20/5" under it is
	 * of 2020, "ngày 20/6" of 2019 (stop 30 E10)
	 */
	if (head->published.y == 0 && month.y && month.d == 0 && month.m >= 1 && month.m <= 12)
	{
		month.d = gb_month_last_day(month.y, month.m);
		return month;
	}
	return head->published.y && head->banner_date ? none : gb_head_date(head);
}

/*
 * "CTV Đức Thành (Tỉnh đoàn)": the writer's unit in parentheses closing
 * the byline [ls, le), a body by the gazetteer, is no part of the name, as
 * a unit after a dash is not (stop 29 D7).  The end of the name, or le.
 */
#define PLACE_PAREN_WORDS	4	/* words of a place in a byline's parentheses */

static int
unit_in_parens(const GbDoc *d, int ls, int le)
{
	const char *unit;
	int			k;

	if (!tok_punct(d, le - 1, ')'))
		return le;
	for (k = le - 2; k > ls && !tok_punct(d, k, '('); k--)
		;
	if (k - ls < 1 || !tok_punct(d, k, '('))
		return le;
	/*
	 * "Minh Hà (Theo Báo Quảng Ngãi)": the outlet credited (stop 35 V14),
	 * in lower case too, after a name of initials, "TS (theo TTXVN)"
	 * (probe-ab 18): a source's credit, never the author
	 */
	if (tok_is(d, k + 1, "theo") && gb_exact_any(d, k + 1, "Theo|theo") && k + 2 < le - 1 &&
		gb_word_upper(d, k + 2))
		return k;
	if (k - ls < 2 || !gb_word_upper(d, k + 1))
		return le;
	/*
	 * "Minh Thái (Nghĩa Đàn)": the place a district's correspondent
	 * writes from, a few words each capitalized (not in capitals: "Kim
	 * Thủy (CTV)" is a label's), is no part of the name either (probe-aw
	 * 38); the gazetteer knows few places under a province
	 */
	if (le - 1 - (k + 1) <= PLACE_PAREN_WORDS)
	{
		int			w;

		for (w = k + 1; w < le - 1 && (d->tok[w].flags & (T_WORD | T_UPPER | T_ALLCAPS)) ==
			 (T_WORD | T_UPPER); w++)
			;
		if (w == le - 1)
			return k;
	}
	return gb_parse_body(d, k + 1, &unit) == le - 1 ? k : le;
}

/*
 * Where a writer's unit or post opening at k ends: a unit's code in
 * capitals that is no syllable ("TTVHTT huyện", "TTVHTTTTDL", "HND tỉnh"),
 * a body ("Đảng ủy Khối CCQ và DN tỉnh") or a title; k when none opens.
 */
static int
unit_opens(const GbDoc *d, int k, int le)
{
	const GbPhrase *ph = NULL;
	const char *unit;
	int			e;

	if (k >= le || !gb_word_upper(d, k))
		return k;
	if ((d->tok[k].flags & T_ALLCAPS) && d->tok[k].flen >= 2 &&
		!gb_is_syllable(tok_fold(d, k), d->tok[k].flen))
		return k + 1;
	if ((e = gb_parse_body(d, k, &unit)) > k)
		return e;
	/*
	 * a broadcaster's head in sentence case, "Đài truyền thanh thành phố"
	 * (probe ay 11): its level words go on as unit_words() allows
	 */
	if (tok_is(d, k, "dai") && (e = gb_dict_match(d, k, CAT_MEETWORD, &ph)) > 0 &&
		ph->aux == MW_OUTLET)
		return k + e;
	return gb_title_at(d, k, false);
}

/*
 * Whether the words [k, le) after a unit's head may all go on its name:
 * capitalized, or "và" or a level ("... CCQ và DN tỉnh"), no sentence
 * ("Ban Tuyên giáo Huyện ủy tổng hợp và đánh giá").
 */
static bool
unit_words(const GbDoc *d, int k, int le)
{
	int			m;

	for (; k < le; k++)
		if (gb_word_lower(d, k) && !tok_is(d, k, "va"))
		{
			/* a level of two words, "thành phố", whole */
			if ((m = gb_dict_match(d, k, CAT_LEVEL, NULL)) == 0)
				return false;
			k += m - 1;
		}
	return true;
}

/*
 * "Lê Thu Hà - Đảng ủy Khối CCQ và DN tỉnh", "Lê Thu Hà, TTVHTT huyện",
 * "Thu Hà-Hải Yến, TTVHTTTTDL": the writer's unit or post after a comma or
 * a spaced dash, whatever it goes on with, is no part of the byline
 * [ls, le) when the names before it are a byline's (a dash inside
 * "Hà-Hải" joins two names).  The end of the names, or le.
 */
static int
unit_after_name(const GbDoc *d, int ls, int le)
{
	int			q = ls + gb_dict_match(d, ls, CAT_BYLABEL, NULL),
				e;

	for (int k = q + 2; k < le && k - q <= 8; k++)
	{
		bool		glued;

		if (!tok_punct(d, k, ',') && !is_dash(d, k))
			continue;
		glued = is_dash(d, k) && !(d->tok[k].flags & T_SPACE);
		e = unit_opens(d, k + 1, le);
		if (e > k + 1 && e <= le && count_words(d, k + 1, le, 13) <= 12 &&
			unit_words(d, e, le) && byline_shape(d, q, k))
			return k;
		/*
		 * a dash glued to the unit, "Văn Đạo-Đài truyền thanh thành phố"
		 * (probe ay 11), parts it as a spaced one does; else it joins two
		 * names, and a unit may follow them
		 */
		if (glued)
			continue;
		return le;
	}
	return le;
}

/*
 * "Quốc Sự - Ủy viên UBKT Huyện ủy" closing the text: the byline is the
 * name before the dash, the writer's function after it; or the writer's
 * unit, the whole rest of the line, "Minh Hà – HND tỉnh", "Thu Trang -
 * Ban Tuyên giáo Huyện ủy".  Or NULL.
 */
static char *
signed_function(const GbDoc *d, int ls, int le)
{
	const char *unit;
	int			k;

	for (k = ls; k < le && k - ls <= 5 && !is_dash(d, k); k++)
		;
	if (k >= le || !is_dash(d, k) || count_words(d, k + 1, le, 16) > 15 ||
		!byline_shape(d, ls, k) ||
		(gb_title_at(d, k + 1, false) <= k + 1 && gb_parse_body(d, k + 1, &unit) != le))
		return NULL;
	return gb_span_text(d, ls, k);
}

/* Whether the line [ls, le) names a site's staff ("Thiết kế: ..."). */
static bool
staff_line(const GbDoc *d, int ls, int le)
{
	const GbPhrase *ph = NULL;
	int			k;

	for (k = ls; k < le; k++)
	{
		/* two tokens a step while neither may start a debris word */
		while (k + 1 < le &&
			   !((gb_dict_masks[d->tok[k].grp] | gb_dict_masks[d->tok[k + 1].grp]) & CAT_DEBRIS))
			k += 2;
		if (k < le && (d->tok[k].flags & T_WORD) && gb_dict_may_match(d, k, CAT_DEBRIS) &&
			gb_dict_match(d, k, CAT_DEBRIS, &ph) > 0 && ph->aux == DEBRIS_STAFF)
			return true;
	}
	return false;
}

/*
 * "Trung tâm VHTT&TT Hữu Lũng", "Ban Tuyên giáo Huyện ủy": the words [b, le)
 * an agency's or a body's head and a capitalized name, no sentence: no
 * punctuation but '&' or a dash.
 */
static bool
unit_named(const GbDoc *d, int b, int le)
{
	const GbPhrase *ph = NULL;
	int			m = gb_dict_match(d, b, CAT_AGENCY | CAT_BODYHEAD, &ph),
				k = b + m;

	/* spelled as the head is, "Tổ", and no person's name, "Tố Tuấn" */
	if (m == 0 || k >= le || !gb_word_upper(d, k) ||
		(ph->value && !gb_exact_words(d, b, m, ph->value)) || gb_name_at(d, b, true, false) > 0)
		return false;
	for (; k < le; k++)
		if ((d->tok[k].flags & T_PUNCT) && !tok_punct(d, k, '&') && !is_dash(d, k))
			return false;
	return true;
}

#define CREDIT_NAME_TOKENS	8	/* at most, tokens of an outlet credited after "Nguồn:" */

/*
 * Whether the words [b, le) name an outlet, no person: a body ("Báo Quảng
 * Ngãi", "Cổng TTĐT tỉnh"), a domain ("baochinhphu.vn"), or one word in
 * capitals that no syllable spells ("TTXVN", "VOV").
 */
static bool
outlet_named(const GbDoc *d, int b, int le)
{
	const char *unit;

	if (!(d->tok[b].flags & T_WORD))
		return false;
	/* "VOV1", "VTV1": a broadcaster's channel, its number glued */
	if (le == b + 1 || (le == b + 2 && tok_has(d, b + 1, T_NUM) && d->tok[b + 1].len == 1 &&
						!tok_has(d, b + 1, T_SPACE)))
		return (d->tok[b].flags & T_ALLCAPS) && d->tok[b].flen >= 2 &&
			!gb_is_syllable(tok_fold(d, b), d->tok[b].flen);
	if (le == b + 3 && tok_punct(d, b + 1, '.') && !tok_has(d, b + 1, T_SPACE) &&
		!tok_has(d, b + 2, T_SPACE) && (d->tok[b + 2].flags & T_WORD))
		return true;
	return gb_word_upper(d, b) && (gb_parse_body(d, b, &unit) == le || unit_named(d, b, le));
}

/*
 * "Nguồn Nghệ An: http://baonghean.vn/...", "Nguồn VNEWS: http://...": the
 * credit of the outlet the text was taken from, below the byline, its name
 * between the label and the colon, its link after; or "Nguồn: TTXVN",
 * "Nguồn: Báo Quảng Ngãi", "Nguồn: baochinhphu.vn", the outlet after the
 * colon, the line's end closing it: not a person's name, which "Nguồn:"
 * credits as the byline (stop 35 V14).  Returns the end of the outlet's
 * name, *nb its start, or b when the line at b is none.
 */
static int
credit_line(const GbDoc *d, int b, int le, int *nb)
{
	int			k,
				s;

	if (!gb_word_upper(d, b) || !tok_is(d, b, "nguon"))
		return b;
	/* "Nguồn: VOV1", "Nguồn tin: VOV1" (probe ay AY7): s at the colon */
	s = b + 1 + tok_is(d, b + 1, "tin");
	if (tok_punct(d, s, ':') && le - (s + 1) >= 1 && le - (s + 1) <= CREDIT_NAME_TOKENS &&
		outlet_named(d, s + 1, le))
	{
		*nb = s + 1;
		return le;
	}
	for (k = b + 2; k < le && k - b <= 6; k++)
		if (tok_punct(d, k, ':'))
		{
			*nb = b + 1;
			return tok_is(d, k + 1, "http") || tok_is(d, k + 1, "https") ? k : b;
		}
	return b;
}

/*
 * "Hữu Hoàn ⏎ (Đài Đô Lương)": the writer's unit in parentheses on its own
 * line under the byline, a few words; or the unit named bare, the line a
 * body and nothing else ("Minh Kiên ⏎ Trung tâm Văn hóa huyện An Phú",
 * stop 29 C4); or the source's credit.
 */
static bool
unit_line(const GbDoc *d, int ls, int le)
{
	const char *unit;
	int			b = gb_line_body(d, ls, le),
				k;

	if (le - b >= 3 && le - b <= 10 && tok_punct(d, b, '(') && tok_punct(d, le - 1, ')') &&
		gb_word_upper(d, b + 1))
		return true;
	if (le - b >= 2 && le - b <= 10 && gb_word_upper(d, b) &&
		(gb_parse_body(d, b, &unit) == le || unit_named(d, b, le)))
		return true;
	return credit_line(d, b, le, &k) > b;
}

/*
 * Whether the line [ls, le) is a site's footer, no byline: it opens with
 * "©" (or a phrase such as "Powered by", "Bản quyền", in the gazetteer),
 * or it is words of another language, three or more of two letters or
 * more and none a Vietnamese syllable ("POWERED BY ONECMS - A PRODUCT OF
 * NEKO"; initials, "Đ.X - T.H", are a byline).
 */
static bool
footer_line(const GbDoc *d, int ls, int le)
{
	int			b = gb_line_body(d, ls, le),
				words = 0;

	if (b < le && d->tok[b].len == 2 && memcmp(d->norm.data + d->tok[b].off, "\xc2\xa9", 2) == 0)
		return true;
	for (int k = b; k < le; k++)
	{
		if (!(d->tok[k].flags & T_WORD) || d->tok[k].flen < 2)
			continue;
		if (gb_is_syllable(tok_fold(d, k), d->tok[k].flen))
			return false;
		words++;
	}
	return words >= 3;
}

/* Whether the line [ls, le) is "Powered by" alone, a footer's label. */
static bool
powered_label(const GbDoc *d, int ls, int le)
{
	int			b = gb_line_body(d, ls, le);

	while (le > b && tok_punct(d, le - 1, ':'))
		le--;
	return le == b + 2 && tok_is(d, b, "powered") && tok_is(d, b + 1, "by");
}

/*
 * Where the line that ends at e starts, walking back from e - 1; *walked
 * counts the tokens walked over the calls, which stop at TAIL_TOKENS.
 */
static inline int
tail_line_start(const GbDoc *d, int e, int *walked)
{
	int			ls = e - 1,
				floor = ls - (TAIL_TOKENS - *walked);

	if (floor < 0)
		floor = 0;
	/* four tokens a step, then two, as gb_line_end() */
	while (ls - 3 > floor && !((d->tok[ls].flags | d->tok[ls - 1].flags |
								d->tok[ls - 2].flags | d->tok[ls - 3].flags) & T_NL))
		ls -= 4;
	while (ls - 1 > floor && !((d->tok[ls].flags | d->tok[ls - 1].flags) & T_NL))
		ls -= 2;
	while (ls > floor && !(d->tok[ls].flags & T_NL))
		ls--;
	*walked += e - 1 - ls;
	return ls;
}

/*
 * The byline: the last line that is no web debris, among the last
 * TAIL_LINES, unless a "Tác giả:" line among the last LABEL_LINES names
 * the author (a site's footer of staff names may follow it).  A name under
 * a staff label ("Biên tập viên", "Thiết kế:") is no byline.
 *
 * And in the same walk over the last lines, when credit is not NULL, the
 * outlet a republished text credits among its last TAIL_LINES lines
 * ("Nguồn VNEWS: http://vnews.gov.vn/..." -> "VNEWS"), or NULL: the
 * outlet's tag when its lead gives none.  With want_byline false only the
 * credit is looked for, and NULL returned.
 */
char *
gb_report_tail(const GbDoc *d, bool want_byline, char **credit)
{
	int			e = d->ntok,
				lines,
				walked = 0;
	int			last_s = -1,
				last_e = -1,
				last_line = 0;
	bool		last_seen = false,
				byline_done = !want_byline;
	char	   *author = NULL;

	if (credit)
		*credit = NULL;
	for (lines = 0; e > 0 && !(byline_done && credit == NULL); lines++)
	{
		int			ls = tail_line_start(d, e, &walked);

		if (walked >= TAIL_TOKENS)
			break;
		if (credit)
		{
			int			b,
						k,
						nb;

			if (lines >= TAIL_LINES)
				credit = NULL;
			else
			{
				b = gb_line_body(d, ls, e);
				if ((k = credit_line(d, b, e, &nb)) > b)
				{
					*credit = gb_span_text(d, nb, k);
					credit = NULL;
				}
			}
		}
		if (!byline_done && (ls == 0 || lines >= LABEL_LINES))
			byline_done = true;
		else if (!byline_done)
		{
			bool		under_staff = last_s >= 0 && lines - last_line <= STAFF_LINES,
						may_be_last = !last_seen && lines < TAIL_LINES;

			/*
			 * a line is read for staff only where that can change the
			 * byline: above the one taken, or while none is
			 */
			if ((author = labelled_author(d, ls, e, false)) != NULL)
				byline_done = true;
			else if ((under_staff || may_be_last) && staff_line(d, ls, e))
			{
				/* the names under it are staff; a byline may stand above */
				if (under_staff)
					last_s = -1, last_seen = false;
			}
			/*
			 * "POWERED BY ⏎ Việt Long": a footer's label alone on its line
			 * credits the line under it, the site's developer, no byline
			 * (probe bd BD9)
			 */
			else if (last_seen && lines == last_line + 1 && powered_label(d, ls, e))
				last_s = -1, last_seen = false;
			else if (may_be_last && !gb_debris_line(d, ls, e) && !unit_line(d, ls, e) &&
					 !footer_line(d, ls, e))
			{
				last_seen = true;
				last_s = ls;
				last_e = e;
				last_line = lines;
			}
		}
		e = ls;
	}
	if (author || !want_byline)
		return author;
	if (last_s < 0)
		return NULL;
	/*
	 * "Thanh Hải.": one full stop after a short name closes the byline
	 * (stop 29 C4); a longer line so closed is a sentence's end
	 */
	if (last_e - last_s >= 3 && last_e - last_s <= 5 && tok_punct(d, last_e - 1, '.') &&
		!tok_punct(d, last_e - 2, '.') && byline_shape(d, last_s, last_e - 1))
		last_e--;
	/* "Tin: K.N - Ảnh: C.Đ": the photographer's credit after the writer's (probe ay AY7) */
	for (int k = last_s + 2; k + 2 < last_e && k - last_s <= CREDIT_NAME_TOKENS; k++)
		if (is_dash(d, k) && tok_is(d, k + 1, "anh") && tok_punct(d, k + 2, ':'))
		{
			last_e = k;
			break;
		}
	last_e = unit_in_parens(d, last_s, last_e);
	last_e = unit_after_name(d, last_s, last_e);
	/* "Tin, ảnh: LINH QUANG": the label is no part of the name */
	if (byline_shape(d, last_s, last_e))
	{
		int			m = gb_dict_match(d, last_s, CAT_BYLABEL, NULL);

		return gb_span_text(d, last_s + (last_s + m < last_e ? m : 0), last_e);
	}
	return signed_function(d, last_s, last_e);
}
