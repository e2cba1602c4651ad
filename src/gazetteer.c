/*
 * gazetteer.c
 *	  Everything giaoban knows about the language of Party and State
 *	  documents, as data, and the phrase dictionary that looks it up.
 *
 * Phrases are written folded (lower case, no diacritics, đ -> d) and
 * matched token by token, so "Quy định", "QUY ĐỊNH" and "quy dinh" are one.
 */
#include "gazetteer.h"

#include <stdlib.h>

/* ---- document kinds ------------------------------------------------------ */

const GbKind gb_kinds[] = {
	{"Quy định", "QĐ", "quy-dinh", KIND_PARTY | KIND_VERB},
	{"Quyết định", "QĐ", "quyet-dinh", KIND_VERB},
	{"Chỉ thị", "CT", "chi-thi", 0},
	{"Nghị quyết", "NQ", "nghi-quyet", KIND_PLENUM},
	{"Kết luận", "KL", "ket-luan", KIND_PARTY | KIND_PLENUM | KIND_VERB},
	{"Hướng dẫn", "HD", "huong-dan", KIND_VERB},
	{"Thông báo", "TB", "thong-bao", KIND_WRAPS | KIND_VERB},
	{"Thông tri", "TT", "thong-tri", KIND_PARTY},
	{"Quy chế", "QC", "quy-che", 0},
	{"Kế hoạch", "KH", "ke-hoach", KIND_PLAN},
	{"Nghị định", "NĐ", "nghi-dinh", KIND_STATE},
	{"Thông tư", "TT", "thong-tu", KIND_STATE},
	{"Thông tư liên tịch", "TTLT", "thong-tu-lien-tich", KIND_STATE},
	{"Luật", NULL, "luat", KIND_STATE | KIND_TITLED},
	{"Bộ luật", NULL, "bo-luat", KIND_STATE | KIND_TITLED},
	{"Pháp lệnh", NULL, "phap-lenh", KIND_STATE | KIND_TITLED},
	{"Công văn", "CV", "cong-van", 0},
	{"Công điện", "CĐ", "cong-dien", 0},
	{"Đề án", "ĐA", "de-an", 0},
	{"Chương trình", "CTr", "chuong-trinh", KIND_PLAN},
	{"Tờ trình", "TTr", "to-trinh", 0},
	{"Nghị quyết", "NQ", "nghi-quyet", KIND_PLENUM | KIND_ABBREV},
	{NULL, NULL, NULL, 0}
};

enum
{
	K_QUY_DINH, K_QUYET_DINH, K_CHI_THI, K_NGHI_QUYET, K_KET_LUAN, K_HUONG_DAN,
	K_THONG_BAO, K_THONG_TRI, K_QUY_CHE, K_KE_HOACH, K_NGHI_DINH, K_THONG_TU,
	K_TTLT, K_LUAT, K_BO_LUAT, K_PHAP_LENH, K_CONG_VAN, K_CONG_DIEN, K_DE_AN,
	K_CHUONG_TRINH, K_TO_TRINH, K_NQ_ABBREV
};

/* ---- the phrase table ---------------------------------------------------- */

/*
 * The kind of a session of self-criticism, "kiểm điểm", which is also a
 * person's act ("yêu cầu đảng viên A kiểm điểm"): the meeting's scan tells the
 * meeting held from the act by the phrase's value, this very string.
 */
const char	gb_kind_self_review[] = "kiểm điểm";
/*
 * "học tập" read as a kind: "quán triệt" when the Party's resolutions are
 * what is studied ("hội nghị nghiên cứu, học tập các nghị quyết"), told by
 * this very string (kind_read())
 */
const char	gb_kind_study[] = "quán triệt";
/*
 * The kind of a political session, "sinh hoạt chính trị", which also praises
 * another meeting ("là đợt sinh hoạt chính trị quan trọng"): the meeting's
 * scan takes it only when held, by this string.
 */
const char	gb_kind_political[] = "sinh hoạt chính trị";
/*
 * The kind of a Party cell's ordinary monthly meeting, "sinh hoạt chi bộ
 * (thường kỳ, định kỳ)", which a guidance's subject names as often ("nâng cao
 * chất lượng sinh hoạt chi bộ"): the meeting's scan takes it only when held,
 * by this string.
 */
const char	gb_kind_cell[] = "sinh hoạt chi bộ";
/*
 * And a cell's thematic meeting told with its name, "sinh hoạt chi bộ
 * chuyên đề", the kind "sinh hoạt chuyên đề", held as that one is.
 */
const char	gb_kind_cell_theme[] = "sinh hoạt chuyên đề";
/*
 * The kind of deputies meeting their voters, "tiếp xúc cử tri", one of a round
 * of many that a summary of the week names among its events: the meeting's
 * scan lets a later dated meeting in its paragraph beat it, by this string.
 */
const char	gb_kind_voters[] = "tiếp xúc cử tri";
/*
 * The kinds of a contest and of a course held as an event, "hội thi", "lớp tập
 * huấn", "lớp bồi dưỡng", which are as often only taken part in ("tham gia Hội
 * thi", "cử cán bộ dự lớp bồi dưỡng"): the meeting's scan takes them only when
 * held, by these strings.
 */
const char	gb_kind_contest[] = "hội thi";
const char	gb_kind_course[] = "lớp tập huấn";
const char	gb_kind_course_political[] = "lớp bồi dưỡng";
/*
 * The kind of the ceremony that awards the Party badge, "lễ trao Huy hiệu":
 * handed over by those who attend, as a decision is, and named in full with
 * "Đảng" ("Tại lễ trao Huy hiệu Đảng,"): the meeting's scan knows it by this
 * string.
 */
const char	gb_kind_badge[] = "lễ trao Huy hiệu";
/*
 * The plain meeting noun, "hội nghị", in which a meeting of any kind ("tổng
 * kết", "quán triệt") is held: the meeting's scan matches it with a kind named
 * alone, by this string.
 */
const char	gb_kind_meeting[] = "hội nghị";
/*
 * The congress, "đại hội", which opens a term ("Đại hội đại biểu Đảng bộ
 * tỉnh lần thứ XV") and has verbs of its own (gb_congress_verb()); the
 * gathering, "gặp mặt", held for Tết early in the year and named after
 * "Hội nghị" as a session is: the meeting's scan knows them by these
 * strings.
 */
const char	gb_kind_congress[] = "đại hội";
const char	gb_kind_gathering[] = "gặp mặt";

static const GbPhrase phrases[] = {
	/* document types */
	{"quy dinh", CAT_DOCTYPE, "Quy định", K_QUY_DINH},
	{"quyet dinh", CAT_DOCTYPE, "Quyết định", K_QUYET_DINH},
	{"chi thi", CAT_DOCTYPE, "Chỉ thị", K_CHI_THI},
	{"nghi quyet", CAT_DOCTYPE, "Nghị quyết", K_NGHI_QUYET},
	{"nq", CAT_DOCTYPE, "Nghị quyết", K_NQ_ABBREV},
	/* "NQTW4 (khóa XI)": the letters of a plenum's resolution in one word */
	{"nqtw", CAT_DOCTYPE, "Nghị quyết", K_NQ_ABBREV},
	{"ket luan", CAT_DOCTYPE, "Kết luận", K_KET_LUAN},
	{"huong dan", CAT_DOCTYPE, "Hướng dẫn", K_HUONG_DAN},
	{"thong bao", CAT_DOCTYPE, "Thông báo", K_THONG_BAO},
	{"thong tri", CAT_DOCTYPE, "Thông tri", K_THONG_TRI},
	{"quy che", CAT_DOCTYPE, "Quy chế", K_QUY_CHE},
	{"ke hoach", CAT_DOCTYPE, "Kế hoạch", K_KE_HOACH},
	{"nghi dinh", CAT_DOCTYPE, "Nghị định", K_NGHI_DINH},
	{"thong tu", CAT_DOCTYPE, "Thông tư", K_THONG_TU},
	{"thong tu lien tich", CAT_DOCTYPE, "Thông tư liên tịch", K_TTLT},
	{"luat", CAT_DOCTYPE, "Luật", K_LUAT},
	{"bo luat", CAT_DOCTYPE, "Bộ luật", K_BO_LUAT},
	{"phap lenh", CAT_DOCTYPE, "Pháp lệnh", K_PHAP_LENH},
	{"cong van", CAT_DOCTYPE, "Công văn", K_CONG_VAN},
	{"cong dien", CAT_DOCTYPE, "Công điện", K_CONG_DIEN},
	{"de an", CAT_DOCTYPE, "Đề án", K_DE_AN},
	{"chuong trinh", CAT_DOCTYPE, "Chương trình", K_CHUONG_TRINH},
	{"chuong trinh hanh dong", CAT_DOCTYPE, "Chương trình", K_CHUONG_TRINH},
	{"to trinh", CAT_DOCTYPE, "Tờ trình", K_TO_TRINH},
	/*
	 * words whose second syllable is a type's: discipline, the law in
	 * general, a natural or scientific law, an article of a law; "luật"
	 * after them starts no document ("thi hành kỷ luật 9 trường hợp")
	 */
	{"ky luat", CAT_KINDCOMPOUND, NULL, 0},
	{"phap luat", CAT_KINDCOMPOUND, NULL, 0},
	{"quy luat", CAT_KINDCOMPOUND, NULL, 0},
	{"dinh luat", CAT_KINDCOMPOUND, NULL, 0},
	{"dieu luat", CAT_KINDCOMPOUND, NULL, 0},

	/* bodies with a canonical name */
	{"bo chinh tri", CAT_BODY, "Bộ Chính trị", 0},
	{"ban bi thu", CAT_BODY, "Ban Bí thư", 0},
	{"ban bi thu trung uong", CAT_BODY, "Ban Bí thư", 0},
	{"ban bi thu trung uong dang", CAT_BODY, "Ban Bí thư", 0},
	/* "Ban Bí thư T.Ư Đảng", "Ban Bí thư TW": Trung ương abbreviated */
	{"ban bi thu t . u", CAT_BODY, "Ban Bí thư", 0},
	{"ban bi thu t . u dang", CAT_BODY, "Ban Bí thư", 0},
	{"ban bi thu tw", CAT_BODY, "Ban Bí thư", 0},
	{"ban bi thu tw dang", CAT_BODY, "Ban Bí thư", 0},
	{"ban chap hanh trung uong", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"ban chap hanh trung uong dang", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"ban chap hanh ( bch ) trung uong dang", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"ban chap hanh ( bch ) trung uong", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"bch trung uong", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"bch trung uong dang", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"bch tw", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"bch tw dang", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"ban chap hanh tw", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"ban chap hanh tw dang", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"bchtw", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"bch t . u", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"bch t . u dang", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	/* "BCHT.Ư", "BCHTƯ", "BCHTW Đảng": BCH and the centre written together */
	{"bcht . u", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"bcht . u dang", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"bchtu", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"bchtu dang", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"bchtw dang", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"ban chap hanh t . u", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"ban chap hanh t . u dang", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"ban to chuc trung uong", CAT_BODY, "Ban Tổ chức Trung ương", 0},
	{"ban to chuc trung uong dang", CAT_BODY, "Ban Tổ chức Trung ương", 0},
	{"btctw", CAT_BODY, "Ban Tổ chức Trung ương", 0},
	{"ban tuyen giao trung uong", CAT_BODY, "Ban Tuyên giáo Trung ương", 0},
	{"ban tuyen giao va dan van trung uong", CAT_BODY, "Ban Tuyên giáo và Dân vận Trung ương", 0},
	{"ban dan van trung uong", CAT_BODY, "Ban Dân vận Trung ương", 0},
	{"ban noi chinh trung uong", CAT_BODY, "Ban Nội chính Trung ương", 0},
	{"ban kinh te trung uong", CAT_BODY, "Ban Kinh tế Trung ương", 0},
	{"ban doi ngoai trung uong", CAT_BODY, "Ban Đối ngoại Trung ương", 0},
	{"ban chinh sach , chien luoc trung uong", CAT_BODY, "Ban Chính sách, chiến lược Trung ương", 0},
	{"uy ban kiem tra trung uong", CAT_BODY, "Ủy ban Kiểm tra Trung ương", 0},
	{"ubkttw", CAT_BODY, "Ủy ban Kiểm tra Trung ương", 0},
	{"van phong trung uong dang", CAT_BODY, "Văn phòng Trung ương Đảng", 0},
	{"van phong trung uong", CAT_BODY, "Văn phòng Trung ương Đảng", 0},
	{"vptw", CAT_BODY, "Văn phòng Trung ương Đảng", 0},
	{"ban chi dao trung uong", CAT_BODY, "Ban Chỉ đạo Trung ương", 0},
	{"dang uy khoi doanh nghiep trung uong", CAT_BODY, "Đảng ủy Khối Doanh nghiệp Trung ương", 0},
	{"dang uy khoi cac co quan trung uong", CAT_BODY, "Đảng ủy Khối các cơ quan Trung ương", 0},
	{"dang uy cac co quan dang trung uong", CAT_BODY, "Đảng ủy các cơ quan Đảng Trung ương", 0},
	{"dang uy chinh phu", CAT_BODY, "Đảng ủy Chính phủ", 0},
	{"dang uy quoc hoi", CAT_BODY, "Đảng ủy Quốc hội", 0},
	/* standing committees as abbreviated in local reports */
	{"ban tvtu", CAT_BODY, "Ban Thường vụ Tỉnh ủy", 0},
	{"btvtu", CAT_BODY, "Ban Thường vụ Tỉnh ủy", 0},
	{"ban tv tinh uy", CAT_BODY, "Ban Thường vụ Tỉnh ủy", 0},
	{"ban thuong vu tu", CAT_BODY, "Ban Thường vụ Tỉnh ủy", 0},
	{"ban tvthu", CAT_BODY, "Ban Thường vụ Thành ủy", 0},
	{"btvthu", CAT_BODY, "Ban Thường vụ Thành ủy", 0},
	{"ban tv thanh uy", CAT_BODY, "Ban Thường vụ Thành ủy", 0},
	{"ban tvhu", CAT_BODY, "Ban Thường vụ Huyện ủy", 0},
	{"btvhu", CAT_BODY, "Ban Thường vụ Huyện ủy", 0},
	{"ban tv huyen uy", CAT_BODY, "Ban Thường vụ Huyện ủy", 0},
	{"ban thuong vu hu", CAT_BODY, "Ban Thường vụ Huyện ủy", 0},
	{"ban tvqu", CAT_BODY, "Ban Thường vụ Quận ủy", 0},
	{"btvqu", CAT_BODY, "Ban Thường vụ Quận ủy", 0},
	{"ban tvdu", CAT_BODY, "Ban Thường vụ Đảng ủy", 0},
	{"btvdu", CAT_BODY, "Ban Thường vụ Đảng ủy", 0},
	{"ban tv dang uy", CAT_BODY, "Ban Thường vụ Đảng ủy", 0},
	{"quan uy trung uong", CAT_BODY, "Quân ủy Trung ương", 0},
	{"qutw", CAT_BODY, "Quân ủy Trung ương", 0},
	{"ban thuong vu qutw", CAT_BODY, "Ban Thường vụ Quân ủy Trung ương", 0},
	{"thuong vu qutw", CAT_BODY, "Thường vụ Quân ủy Trung ương", 0},
	/* "Tổng cục Chính trị Quân đội nhân dân Việt Nam": the army, in lower case after "Quân đội" */
	{"quan doi nhan dan viet nam", CAT_BODY, "Quân đội nhân dân Việt Nam", 0},
	{"dang uy cong an trung uong", CAT_BODY, "Đảng ủy Công an Trung ương", 0},
	{"chinh phu", CAT_BODY, "Chính phủ", 0},
	{"thu tuong chinh phu", CAT_BODY, "Thủ tướng Chính phủ", BODY_OFFICE},
	{"thu tuong", CAT_BODY, "Thủ tướng Chính phủ", BODY_OFFICE},
	{"quoc hoi", CAT_BODY, "Quốc hội", 0},
	{"uy ban thuong vu quoc hoi", CAT_BODY, "Ủy ban Thường vụ Quốc hội", 0},
	{"chu tich nuoc", CAT_BODY, "Chủ tịch nước", BODY_OFFICE},
	/* the offices of the central bodies, not the bodies they serve */
	{"van phong chinh phu", CAT_BODY, "Văn phòng Chính phủ", 0},
	{"van phong quoc hoi", CAT_BODY, "Văn phòng Quốc hội", 0},
	{"van phong chu tich nuoc", CAT_BODY, "Văn phòng Chủ tịch nước", 0},
	{"bo noi vu", CAT_BODY, "Bộ Nội vụ", 0},

	/* bodies whose name goes on with a level, a place or another body */
	{"tinh uy", CAT_BODYHEAD, "Tỉnh ủy", BODY_ANYCASE},
	{"thanh uy", CAT_BODYHEAD, "Thành ủy", BODY_ANYCASE},
	{"huyen uy", CAT_BODYHEAD, "Huyện ủy", BODY_ANYCASE},
	{"quan uy", CAT_BODYHEAD, "Quận ủy", BODY_ANYCASE},
	{"thi uy", CAT_BODYHEAD, "Thị ủy", BODY_ANYCASE},
	{"dang uy", CAT_BODYHEAD, "Đảng ủy", BODY_JOINT | BODY_ANYCASE},
	/*
	 * sectoral Party committees at a level: "Đảng ủy Công an tỉnh", "Đảng
	 * ủy Khối Doanh nghiệp huyện", "Đảng ủy Quân sự thành phố"
	 */
	{"dang uy khoi", CAT_BODYHEAD, "Đảng ủy Khối", BODY_LEVEL},
	{"dang uy khoi cac co quan", CAT_BODYHEAD, "Đảng ủy Khối các cơ quan", BODY_LEVEL},
	/* the "và" is inside the name: "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh" */
	{"dang uy khoi cac co quan va doanh nghiep", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"dang uy khoi co quan va doanh nghiep", CAT_BODYHEAD, NULL, BODY_LEVEL},
	/* or a dash, spaced or not: "Đảng ủy khối cơ quan – doanh nghiệp tỉnh" (probe 50 G7) */
	{"dang uy khoi cac co quan - doanh nghiep", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"dang uy khoi co quan - doanh nghiep", CAT_BODYHEAD, NULL, BODY_LEVEL},
	/*
	 * "Đảng ủy Khối Dân - Chính - Đảng TP HCM": the bloc of the Party, state
	 * and mass organizations' agencies, its three words joined by dashes
	 * (probe aa AA4)
	 */
	{"dang uy khoi dan - chinh - dang", CAT_BODYHEAD, NULL, BODY_LEVEL},
	/* "Đảng ủy Khối doanh nghiệp tỉnh": the Khối's name in lower case is still its name */
	{"dang uy khoi doanh nghiep", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"dang uy khoi co quan", CAT_BODYHEAD, NULL, BODY_LEVEL},
	/*
	 * "Đảng ủy Khối cơ sở Bộ Tài chính", "Đảng bộ Khối cơ sở Bộ ...": the
	 * bloc of a ministry's grassroots Party organizations, its kind in
	 * lower case, then the ministry
	 */
	{"dang uy khoi co so", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"dang bo khoi co so", CAT_BODYHEAD, NULL, BODY_LEVEL},
	/*
	 * the Party committee of a level's Party agencies (2025): "Đảng ủy các
	 * cơ quan Đảng tỉnh Tân Lập", "Đảng ủy các cơ quan Đảng phường"
	 */
	{"dang uy cac co quan dang", CAT_BODYHEAD, "Đảng ủy các cơ quan Đảng", BODY_LEVEL},
	{"dang bo cac co quan dang", CAT_BODYHEAD, "Đảng bộ các cơ quan Đảng", BODY_LEVEL},
	/*
	 * the Party organization of one agency, "cơ quan (thường trực)" in
	 * lower case inside its name: "Đảng bộ cơ quan Ủy ban Kiểm tra Tỉnh ủy",
	 * "Đảng ủy cơ quan thường trực Ban Chỉ đạo ..."; the organization, not
	 * the agency named after it
	 */
	{"dang bo co quan", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"dang uy co quan", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"dang bo co quan thuong truc", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"dang uy co quan thuong truc", CAT_BODYHEAD, NULL, BODY_LEVEL},
	/*
	 * a district's government agencies, before 2025: "Đảng ủy cơ quan
	 * chính quyền Quận 3", their sector in lower case (probe 96 ad6)
	 */
	{"dang bo co quan chinh quyen", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"dang uy co quan chinh quyen", CAT_BODYHEAD, NULL, BODY_LEVEL},
	/* "Đảng bộ khối Doanh nghiệp tỉnh", "Thường trực khối Dân vận": a Khối and its name */
	{"khoi", CAT_BODYHEAD, "Khối", BODY_LEVEL | BODY_ANYCASE | BODY_NAMED},
	{"khoi cac co quan", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_ANYCASE},
	{"khoi cac co quan va doanh nghiep", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_ANYCASE},
	{"khoi co quan va doanh nghiep", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_ANYCASE},
	{"khoi cac co quan - doanh nghiep", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_ANYCASE},
	{"khoi co quan - doanh nghiep", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_ANYCASE},
	{"khoi dan - chinh - dang", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_ANYCASE},
	{"dang uy cong an", CAT_BODYHEAD, "Đảng ủy Công an", BODY_LEVEL},
	{"dang uy quan su", CAT_BODYHEAD, "Đảng ủy Quân sự", BODY_LEVEL},
	{"dang uy bien phong", CAT_BODYHEAD, "Đảng ủy Biên phòng", BODY_LEVEL},
	{"dang uy bo doi bien phong", CAT_BODYHEAD, "Đảng ủy Bộ đội Biên phòng", BODY_LEVEL},
	{"dang bo", CAT_BODYHEAD, "Đảng bộ", BODY_LEVEL},
	/* the sectoral ones, as their Đảng ủy: "Đảng bộ Bộ đội Biên phòng tỉnh Lâm Hà" */
	{"dang bo cong an", CAT_BODYHEAD, "Đảng bộ Công an", BODY_LEVEL},
	{"dang bo quan su", CAT_BODYHEAD, "Đảng bộ Quân sự", BODY_LEVEL},
	{"dang bo bien phong", CAT_BODYHEAD, "Đảng bộ Biên phòng", BODY_LEVEL},
	{"dang bo bo doi bien phong", CAT_BODYHEAD, "Đảng bộ Bộ đội Biên phòng", BODY_LEVEL},
	{"bo doi bien phong", CAT_BODYHEAD, "Bộ đội Biên phòng", BODY_LEVEL},
	{"ban thuong vu", CAT_BODYHEAD, "Ban Thường vụ", BODY_PART},
	{"btv", CAT_BODYHEAD, NULL, BODY_PART},
	/*
	 * "Bộ phận giúp việc Ban Thường vụ Huyện ủy": the staff that assists
	 * the committee named after it, a part of it (probe ao AO10b)
	 */
	{"bo phan giup viec", CAT_BODYHEAD, "Bộ phận giúp việc", BODY_PART},
	{"thuong truc", CAT_BODYHEAD, "Thường trực", BODYHEAD_POST | BODY_PART},
	/* "Thường vụ Quân ủy Trung ương": the standing committee, "Ban" left out */
	{"thuong vu", CAT_BODYHEAD, "Thường vụ", BODY_PART},
	{"ban chap hanh dang bo", CAT_BODYHEAD, "Ban Chấp hành Đảng bộ", BODY_LEVEL},
	/* "Ban Chấp hành (BCH) Đảng bộ Khối ...": the abbreviation inside, left out of the name */
	{"ban chap hanh ( bch ) dang bo", CAT_BODYHEAD, "Ban Chấp hành Đảng bộ", BODY_LEVEL},
	{"bch dang bo", CAT_BODYHEAD, NULL, BODY_LEVEL},
	/* the committee's Executive Committee, as its Đảng bộ's: "Ban Chấp hành (BCH) Đảng ủy xã", "BCH Huyện ủy" */
	{"ban chap hanh dang uy", CAT_BODYHEAD, "Ban Chấp hành Đảng ủy", BODY_LEVEL},
	{"ban chap hanh ( bch ) dang uy", CAT_BODYHEAD, "Ban Chấp hành Đảng ủy", BODY_LEVEL},
	{"bch dang uy", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"ban chap hanh tinh uy", CAT_BODYHEAD, "Ban Chấp hành Tỉnh ủy", BODY_ANYCASE},
	{"ban chap hanh ( bch ) tinh uy", CAT_BODYHEAD, "Ban Chấp hành Tỉnh ủy", BODY_ANYCASE},
	{"bch tinh uy", CAT_BODYHEAD, NULL, BODY_ANYCASE},
	{"ban chap hanh thanh uy", CAT_BODYHEAD, "Ban Chấp hành Thành ủy", BODY_ANYCASE},
	{"ban chap hanh ( bch ) thanh uy", CAT_BODYHEAD, "Ban Chấp hành Thành ủy", BODY_ANYCASE},
	{"bch thanh uy", CAT_BODYHEAD, NULL, BODY_ANYCASE},
	{"ban chap hanh huyen uy", CAT_BODYHEAD, "Ban Chấp hành Huyện ủy", BODY_ANYCASE},
	{"ban chap hanh ( bch ) huyen uy", CAT_BODYHEAD, "Ban Chấp hành Huyện ủy", BODY_ANYCASE},
	{"bch huyen uy", CAT_BODYHEAD, NULL, BODY_ANYCASE},
	{"ban chap hanh quan uy", CAT_BODYHEAD, "Ban Chấp hành Quận ủy", BODY_ANYCASE},
	{"ban chap hanh ( bch ) quan uy", CAT_BODYHEAD, "Ban Chấp hành Quận ủy", BODY_ANYCASE},
	{"bch quan uy", CAT_BODYHEAD, NULL, BODY_ANYCASE},
	{"ban chap hanh thi uy", CAT_BODYHEAD, "Ban Chấp hành Thị ủy", BODY_ANYCASE},
	{"ban chap hanh ( bch ) thi uy", CAT_BODYHEAD, "Ban Chấp hành Thị ủy", BODY_ANYCASE},
	{"bch thi uy", CAT_BODYHEAD, NULL, BODY_ANYCASE},
	{"ubnd", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"uy ban nhan dan", CAT_BODYHEAD, "Ủy ban nhân dân", BODY_LEVEL},
	{"hdnd", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"hoi dong nhan dan", CAT_BODYHEAD, "Hội đồng nhân dân", BODY_LEVEL},
	/*
	 * the provisional council and committee of a commune or ward newly
	 * formed, until its first election: "HĐND lâm thời phường An Hải"
	 * (probe 58 G1)
	 */
	{"ubnd lam thoi", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"uy ban nhan dan lam thoi", CAT_BODYHEAD, "Ủy ban nhân dân lâm thời", BODY_LEVEL},
	{"hdnd lam thoi", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"hoi dong nhan dan lam thoi", CAT_BODYHEAD, "Hội đồng nhân dân lâm thời", BODY_LEVEL},
	/*
	 * the election committee of a province, a district or a commune, set up
	 * for each election, named by its level: "Ủy ban bầu cử xã Mỹ Thạnh"
	 * (probe-v G2)
	 */
	{"uy ban bau cu", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_ELECTION},
	{"hoi dong", CAT_BODYHEAD, "Hội đồng", BODY_NAMED | BODY_TASK},	/* not "Hội", an association */
	/* "Hội đồng điều phối vùng Đồng bằng sông Cửu Long", "Hội đồng vùng Tây Nguyên": a region's */
	{"hoi dong dieu phoi", CAT_BODYHEAD, "Hội đồng điều phối", BODY_GROUP | BODY_NAMED},
	{"hoi dong vung", CAT_BODYHEAD, "Hội đồng vùng", BODY_GROUP | BODY_NAMED},
	/*
	 * the Party's central scientific council, its name mostly in lower
	 * case: "Phó Chủ tịch Hội đồng khoa học các cơ quan Đảng Trung ương"
	 * (probe aa AA4b)
	 */
	{"hoi dong khoa hoc cac co quan dang trung uong", CAT_BODYHEAD, "Hội đồng khoa học các cơ quan Đảng Trung ương", 0},
	/* natives of a place living elsewhere, an association: "Hội đồng hương Tân Lập tại Hà Nội" (stop 33 O1) */
	{"hoi dong huong", CAT_BODYHEAD, "Hội đồng hương", BODY_NAMED | BODY_CONGRESS | BODY_ABROAD},
	{"uy ban kiem tra", CAT_BODYHEAD, "Ủy ban Kiểm tra", 0},
	{"ubkt", CAT_BODYHEAD, NULL, 0},
	{"ban to chuc", CAT_BODYHEAD, "Ban Tổ chức", 0},
	{"ban tuyen giao", CAT_BODYHEAD, "Ban Tuyên giáo", 0},
	{"ban dan van", CAT_BODYHEAD, "Ban Dân vận", 0},
	/*
	 * the other boards of a Party committee, not cut to the committee:
	 * "Ban Nội chính Tỉnh ủy", "Ban Xây dựng Đảng Đảng ủy phường A" (a
	 * commune's, since 2025), "Ban Chính sách, chiến lược Tỉnh ủy", "Ban
	 * Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh" (stop 30 E1)
	 */
	{"ban noi chinh", CAT_BODYHEAD, "Ban Nội chính", 0},
	{"ban xay dung dang", CAT_BODYHEAD, "Ban Xây dựng Đảng", 0},
	{"ban chinh sach , chien luoc", CAT_BODYHEAD, "Ban Chính sách, chiến lược", 0},
	{"ban bao ve suc khoe", CAT_BODYHEAD, "Ban Bảo vệ sức khỏe", 0},
	{"ban bao ve suc khoe can bo", CAT_BODYHEAD, "Ban Bảo vệ sức khỏe cán bộ", BODY_LEVEL},
	{"ban bao ve , cham soc suc khoe can bo", CAT_BODYHEAD, "Ban Bảo vệ, chăm sóc sức khỏe cán bộ", BODY_LEVEL},
	{"ban chi dao", CAT_BODYHEAD, "Ban Chỉ đạo", 0},
	{"tieu ban", CAT_BODYHEAD, "Tiểu ban", BODY_TASK},
	/*
	 * the Front's boards of a field, since 2025: "Ban công tác Mặt trận",
	 * "Ban công tác Cựu chiến binh"; its field's name after it (stop 29 D4)
	 */
	{"ban cong tac", CAT_BODYHEAD, NULL, BODY_NAMED},
	{"ban cong tac mat tran", CAT_BODYHEAD, "Ban công tác Mặt trận", BODY_LEVEL},
	{"ban cong tac cuu chien binh", CAT_BODYHEAD, "Ban công tác Cựu chiến binh", BODY_LEVEL},
	{"bo truong", CAT_BODYHEAD, "Bộ trưởng", BODY_OFFICE},
	{"bo", CAT_BODYHEAD, "Bộ", BODY_NAMED},
	/*
	 * an army's or a force's command, not "Bộ" and the position "Tư lệnh":
	 * "Bộ Tư lệnh Cảnh sát biển", "Bộ Chỉ huy Quân sự tỉnh", "Bộ Tham mưu",
	 * "Bộ Tổng Tham mưu" (its "tham mưu" often in lower case, no verb)
	 */
	{"bo tu lenh", CAT_BODYHEAD, "Bộ Tư lệnh", BODY_NAMED},
	{"bo chi huy", CAT_BODYHEAD, "Bộ Chỉ huy", BODY_NAMED},
	{"bo tham muu", CAT_BODYHEAD, "Bộ Tham mưu", 0},
	{"bo tong tham muu", CAT_BODYHEAD, "Bộ Tổng Tham mưu", 0},
	/*
	 * army units that hold meetings under their own name, a number or a
	 * name after them: "Quân khu 5 đã tổ chức", "Quân chủng Hải quân",
	 * "Binh chủng Công binh", "Sư đoàn 7"; never alone
	 */
	{"quan khu", CAT_BODYHEAD, "Quân khu", BODY_NAMED},
	{"quan chung", CAT_BODYHEAD, "Quân chủng", BODY_NAMED},
	{"binh chung", CAT_BODYHEAD, "Binh chủng", BODY_NAMED},
	{"su doan", CAT_BODYHEAD, "Sư đoàn", BODY_NAMED},
	{"binh doan", CAT_BODYHEAD, "Binh đoàn", BODY_NAMED},
	/*
	 * the units under a division and a border guard's command, a number or
	 * a name after them: "Trung đoàn 48", "Lữ đoàn 126", "Tiểu đoàn 2",
	 * "Ban Chỉ huy Biên phòng Cửa khẩu cảng X" (stop 31 J1)
	 */
	{"trung doan", CAT_BODYHEAD, "Trung đoàn", BODY_NAMED},
	{"lu doan", CAT_BODYHEAD, "Lữ đoàn", BODY_NAMED},
	{"tieu doan", CAT_BODYHEAD, "Tiểu đoàn", BODY_NAMED},
	{"ban chi huy", CAT_BODYHEAD, "Ban Chỉ huy", BODY_NAMED},
	/*
	 * the forces and arms a command leads, whose names hold lower-case
	 * words that would end a body's name ("biển", or "đô" and "vệ", spelled
	 * as "do" and "về" fold): "Bộ Tư lệnh Cảnh sát biển", "Bộ Tư lệnh Thủ
	 * đô Hà Nội", "Đảng ủy Bộ Tư lệnh Cảnh vệ"; only capitalized, inside a
	 * body's name
	 */
	{"canh sat bien", CAT_FORCE, NULL, 0},
	{"canh sat co dong", CAT_FORCE, NULL, 0},
	/* the police's branches, "Phòng Cảnh sát giao thông Công an tỉnh" (stop 31 J1) */
	{"canh sat giao thong", CAT_FORCE, NULL, 0},
	{"canh sat hinh su", CAT_FORCE, NULL, 0},
	{"canh sat kinh te", CAT_FORCE, NULL, 0},
	{"canh sat dieu tra", CAT_FORCE, NULL, 0},
	{"thu do", CAT_FORCE, NULL, 0},
	{"canh ve", CAT_FORCE, NULL, 0},
	{"bao ve lang", CAT_FORCE, NULL, 0},
	{"tac chien khong gian mang", CAT_FORCE, NULL, 0},
	{"thong tin lien lac", CAT_FORCE, NULL, 0},
	{"tang thiet giap", CAT_FORCE, NULL, 0},
	/* the army, "nhân dân" in lower case: "Tổng cục Chính trị Quân đội nhân dân (QĐND) Việt Nam" (probe-s G15) */
	{"quan doi nhan dan", CAT_FORCE, NULL, 0},
	{"so", CAT_BODYHEAD, "Sở", BODY_NAMED},
	/* agencies of a ministry: "Tổng cục Chính trị", "Cục Chính trị Quân khu 9" */
	{"tong cuc", CAT_BODYHEAD, "Tổng cục", BODY_NAMED},
	{"cuc", CAT_BODYHEAD, "Cục", BODY_NAMED},
	/*
	 * companies and groups, their name after them: "Tổng công ty Tân Lập
	 * tổ chức", "Đảng ủy Tổng Công ty Văn hóa", "Tập đoàn Dầu khí Quốc gia"
	 */
	{"cong ty", CAT_BODYHEAD, "Công ty", BODY_NAMED},
	{"tong cong ty", CAT_BODYHEAD, "Tổng công ty", BODY_NAMED},
	{"tap doan", CAT_BODYHEAD, "Tập đoàn", BODY_NAMED},
	{"dang doan", CAT_BODYHEAD, "Đảng đoàn", 0},
	{"ban can su dang", CAT_BODYHEAD, "Ban cán sự đảng", 0},
	{"uy ban trung uong mat tran to quoc viet nam", CAT_BODYHEAD, NULL, 0},
	{"uy ban mat tran to quoc", CAT_BODYHEAD, "Ủy ban Mặt trận Tổ quốc", BODY_CONGRESS},
	/*
	 * the Front itself, whose congress it is: "Đại hội đại biểu Mặt trận
	 * Tổ quốc Việt Nam tỉnh lần thứ XI" (probe 65 G2)
	 */
	{"mat tran to quoc", CAT_BODYHEAD, "Mặt trận Tổ quốc", BODY_LEVEL | BODY_CONGRESS},
	{"mat tran to quoc viet nam", CAT_BODYHEAD, "Mặt trận Tổ quốc Việt Nam", BODY_LEVEL | BODY_CONGRESS},
	{"mttq", CAT_BODYHEAD, NULL, BODY_CONGRESS},
	/*
	 * "Việt Nam" in the letters, as "UBMTTQVN": "Nghị quyết Đại hội đại
	 * biểu MTTQVN tỉnh lần thứ IX" (probe bd BD2)
	 */
	{"mttqvn", CAT_BODYHEAD, NULL, BODY_CONGRESS},
	{"uy ban mttq", CAT_BODYHEAD, NULL, BODY_CONGRESS},
	{"uy ban mttqvn", CAT_BODYHEAD, NULL, BODY_CONGRESS},
	{"uy ban trung uong", CAT_BODYHEAD, "Ủy ban Trung ương", 0},
	{"ban thuong truc", CAT_BODYHEAD, "Ban Thường trực", 0},
	/*
	 * the presidium of a front's or an association's committee, which
	 * holds its conferences: "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ
	 * quốc Việt Nam"; never alone, a congress's presidium (probe 60 G4)
	 */
	{"doan chu tich", CAT_BODYHEAD, "Đoàn Chủ tịch", BODY_NAMED},
	/*
	 * a congress's secretariat: "Lê Quốc Minh - Ủy viên Đoàn Thư ký đọc
	 * danh sách", no person "Đoàn Thư" and his verb "ký" (stop 40, probe
	 * an AN8)
	 */
	{"doan thu ky", CAT_BODYHEAD, "Đoàn Thư ký", BODY_NAMED},
	/* committees of a council: "Ban Pháp chế HĐND tỉnh" */
	{"ban phap che", CAT_BODYHEAD, "Ban Pháp chế", 0},
	{"ban kinh te", CAT_BODYHEAD, "Ban Kinh tế", 0},
	{"ban kinh te - ngan sach", CAT_BODYHEAD, NULL, 0},
	{"ban van hoa - xa hoi", CAT_BODYHEAD, NULL, 0},
	{"ban dan toc", CAT_BODYHEAD, "Ban Dân tộc", 0},
	{"ban do thi", CAT_BODYHEAD, "Ban Đô thị", 0},
	/* police at a level: "Công an tỉnh", "Công an huyện Tam Nông" */
	{"cong an tinh", CAT_BODYHEAD, NULL, 0},
	{"cong an thanh pho", CAT_BODYHEAD, NULL, 0},
	{"cong an huyen", CAT_BODYHEAD, NULL, 0},
	{"cong an quan", CAT_BODYHEAD, NULL, 0},
	{"cong an thi xa", CAT_BODYHEAD, NULL, 0},
	{"cong an xa", CAT_BODYHEAD, NULL, 0},
	{"cong an phuong", CAT_BODYHEAD, NULL, 0},
	{"cong an thi tran", CAT_BODYHEAD, NULL, 0},
	/*
	 * police named by their place alone, with no level word or a short one:
	 * "Công an TP.HCM", "Công an Cần Thơ", "Công an Hà Nội" (probe y Y1);
	 * never alone, "lực lượng Công an"
	 */
	{"cong an", CAT_BODYHEAD, "Công an", BODY_NAMED},
	/*
	 * a working group, read as a delegation (meeting_body.c); its head here
	 * lets the meeting's scan look at it: "Tổ công tác số 1 của Ban Chỉ đạo
	 * ... có buổi làm việc" (probe y Y12)
	 */
	{"to cong tac", CAT_BODYHEAD, "Tổ công tác", BODY_NAMED},
	/* cells: "Chi bộ thôn 3", "Chi bộ 25", "Chi bộ trường Tiểu học Tân An" */
	{"chi bo", CAT_BODYHEAD, "Chi bộ", BODY_CELL | BODY_CONGRESS},
	{"chi bo truong", CAT_BODYHEAD, NULL, BODY_CELL | BODY_CONGRESS},
	{"chi bo thon", CAT_BODYHEAD, NULL, BODY_CELL | BODY_CONGRESS},
	{"chi bo ap", CAT_BODYHEAD, NULL, BODY_CELL | BODY_CONGRESS},
	{"chi bo ban", CAT_BODYHEAD, NULL, BODY_CELL | BODY_CONGRESS},
	{"chi bo xom", CAT_BODYHEAD, NULL, BODY_CELL | BODY_CONGRESS},
	{"chi bo khu pho", CAT_BODYHEAD, NULL, BODY_CELL | BODY_CONGRESS},
	{"chi bo to dan pho", CAT_BODYHEAD, NULL, BODY_CELL | BODY_CONGRESS},
	{"chi bo cac co quan", CAT_BODYHEAD, NULL, BODY_CELL | BODY_CONGRESS},
	{"chi bo co quan", CAT_BODYHEAD, NULL, BODY_CELL | BODY_CONGRESS},
	/* mass associations and unions at a level: "Hội Nông dân tỉnh" */
	{"hoi nong dan", CAT_BODYHEAD, "Hội Nông dân", BODY_LEVEL | BODY_CONGRESS},
	{"hoi cuu chien binh", CAT_BODYHEAD, "Hội Cựu chiến binh", BODY_LEVEL | BODY_CONGRESS},
	{"hoi lien hiep phu nu", CAT_BODYHEAD, "Hội Liên hiệp Phụ nữ", BODY_LEVEL | BODY_CONGRESS},
	{"hoi phu nu", CAT_BODYHEAD, "Hội Phụ nữ", BODY_LEVEL | BODY_CONGRESS},
	/* "Chủ tịch Hội Liên hiệp thanh niên Việt Nam tỉnh": the youth federation, its words often in lower case */
	{"hoi lien hiep thanh nien", CAT_BODYHEAD, "Hội Liên hiệp Thanh niên", BODY_LEVEL | BODY_CONGRESS},
	{"hoi lien hiep thanh nien viet nam", CAT_BODYHEAD, "Hội Liên hiệp Thanh niên Việt Nam", BODY_LEVEL | BODY_CONGRESS},
	{"hoi lien hiep thanh nien vn", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	{"hoi lhtn", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	{"hoi lhtn vn", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	{"hoi chu thap do", CAT_BODYHEAD, "Hội Chữ thập đỏ", BODY_LEVEL | BODY_CONGRESS},
	/* the cooperatives' alliance, "Liên minh Hợp tác xã tỉnh" (stop 33 P2) */
	{"lien minh hop tac xa", CAT_BODYHEAD, "Liên minh Hợp tác xã", BODY_LEVEL | BODY_CONGRESS},
	/*
	 * a province's federations, "các" inside their names (stop 29 D1):
	 * "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Liên hiệp các Hội
	 * Văn học nghệ thuật tỉnh", "Liên hiệp các tổ chức hữu nghị tỉnh";
	 * any other federation of associations by its name after "các Hội"
	 */
	{"lien hiep cac hoi", CAT_BODYHEAD, NULL, BODY_NAMED | BODY_LEVEL | BODY_CONGRESS},
	{"lien hiep cac hoi khoa hoc va ky thuat", CAT_BODYHEAD, "Liên hiệp các Hội Khoa học và Kỹ thuật", BODY_LEVEL | BODY_CONGRESS},
	{"lien hiep cac hoi van hoc nghe thuat", CAT_BODYHEAD, "Liên hiệp các Hội Văn học nghệ thuật", BODY_LEVEL | BODY_CONGRESS},
	{"lien hiep cac to chuc huu nghi", CAT_BODYHEAD, "Liên hiệp các tổ chức hữu nghị", BODY_LEVEL | BODY_CONGRESS},
	{"hoi khuyen hoc", CAT_BODYHEAD, "Hội Khuyến học", BODY_LEVEL | BODY_CONGRESS},
	{"hoi nguoi cao tuoi", CAT_BODYHEAD, "Hội Người cao tuổi", BODY_LEVEL | BODY_CONGRESS},
	{"hoi cuu thanh nien xung phong", CAT_BODYHEAD, "Hội Cựu thanh niên xung phong", BODY_LEVEL | BODY_CONGRESS},
	{"hoi luat gia", CAT_BODYHEAD, "Hội Luật gia", BODY_LEVEL | BODY_CONGRESS},
	{"hoi nha bao", CAT_BODYHEAD, "Hội Nhà báo", BODY_LEVEL | BODY_CONGRESS},
	/* a university's or a province's students' association: "Hội Sinh viên Đại học Huế" */
	{"hoi sinh vien", CAT_BODYHEAD, "Hội Sinh viên", BODY_LEVEL | BODY_CONGRESS},
	/* a school's parents' council: "Hội phó Hội cha mẹ học sinh nhà trường" (probe ac AC3) */
	{"hoi cha me hoc sinh", CAT_BODYHEAD, "Hội cha mẹ học sinh", BODY_LEVEL},
	{"ban dai dien cha me hoc sinh", CAT_BODYHEAD, "Ban đại diện cha mẹ học sinh", BODY_LEVEL},
	{"doan thanh nien", CAT_BODYHEAD, "Đoàn Thanh niên", BODY_LEVEL | BODY_CONGRESS},
	/* its abbreviation, "Đoàn TNCS Hồ Chí Minh huyện Đất Đỏ", as written (probe 53 G5) */
	{"doan tncs", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	{"lien doan lao dong", CAT_BODYHEAD, "Liên đoàn Lao động", BODY_LEVEL | BODY_CONGRESS},
	/*
	 * the trade union and the youth cell of an agency or a unit, named by
	 * it: "Công đoàn Văn phòng UBND tỉnh", "Công đoàn cơ sở Trường THPT
	 * Hà Huy Tập", "Chi đoàn Văn phòng Tỉnh ủy", another body than the
	 * agency (probe 65 G3); never alone ("Đại hội Công đoàn khóa I")
	 */
	{"cong doan", CAT_BODYHEAD, "Công đoàn", BODY_LEVEL | BODY_NAMED | BODY_CONGRESS},
	{"cong doan co so", CAT_BODYHEAD, "Công đoàn cơ sở", BODY_LEVEL | BODY_NAMED | BODY_CONGRESS},
	{"chi doan", CAT_BODYHEAD, "Chi đoàn", BODY_CELL | BODY_NAMED | BODY_CONGRESS},
	/*
	 * the Youth Union's grassroots organization of a unit, as its trade
	 * union's: "Đoàn cơ sở Bệnh viện Sản Nhi", "Ban Chấp hành Đoàn cơ sở";
	 * in lower case too after the committee it has, "Ban chấp hành đoàn
	 * cơ sở đã tổ chức", never alone in lower case (probe ak AK2)
	 */
	{"doan co so", CAT_BODYHEAD, "Đoàn cơ sở", BODY_LEVEL | BODY_NAMED | BODY_CONGRESS | BODY_ANYCASE},
	/*
	 * the national confederation, another body than the Liên đoàn Lao
	 * động of a province it heads (probe 60 G4)
	 */
	{"tong lien doan lao dong viet nam", CAT_BODY, "Tổng Liên đoàn Lao động Việt Nam", 0},
	{"tong ldld viet nam", CAT_BODY, "Tổng Liên đoàn Lao động Việt Nam", 0},
	{"tong ldld vn", CAT_BODY, "Tổng Liên đoàn Lao động Việt Nam", 0},
	{"tldld viet nam", CAT_BODY, "Tổng Liên đoàn Lao động Việt Nam", 0},
	/*
	 * a province's delegation of deputies to the National Assembly, which
	 * holds its own meetings (lấy phiếu tín nhiệm, tiếp xúc cử tri): "Đoàn
	 * ĐBQH tỉnh Lâm Đồng tổ chức Hội nghị"; not "Đoàn đại biểu" alone, any
	 * delegation
	 */
	{"doan dai bieu quoc hoi", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"doan dbqh", CAT_BODYHEAD, NULL, BODY_LEVEL},
	/*
	 * the deputies of one constituency, a group of the delegation (or of
	 * a council's), which meets its voters: "Tổ đại biểu Quốc hội tỉnh X
	 * tiếp xúc cử tri", "Tổ đại biểu HĐND tỉnh Cà Mau ..." (the Tổ, not
	 * the council, holds it); not "Tổ đại biểu" alone
	 */
	{"to dai bieu quoc hoi", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"to dbqh", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"to dai bieu hdnd", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"to dai bieu hoi dong nhan dan", CAT_BODYHEAD, NULL, BODY_LEVEL},
	/*
	 * their usual short forms, in capitals, at a level as well: "LĐLĐ
	 * tỉnh", "HND xã", "Hội LHPN huyện", "Hội CCB quận 7", "UBMTTQ tỉnh"
	 */
	{"ldld", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	{"hnd", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	{"hoi nd", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	{"hlhpn", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	{"hoi lhpn", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	{"hoi ccb", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	/* the national associations, "Việt Nam" in the letters: "Hội NDVN tỉnh" (probe 60 G4) */
	{"hoi ndvn", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	{"hoi lhpnvn", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	{"hoi ccbvn", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	{"ubmttq", CAT_BODYHEAD, NULL, BODY_CONGRESS},
	/* with "Việt Nam" in the letters: "UBMTTQVN xã An Bình" (stop 30 F1) */
	{"ubmttqvn", CAT_BODYHEAD, NULL, BODY_CONGRESS},
	/* "ĐUK Doanh nghiệp tỉnh": Đảng ủy Khối */
	{"duk", CAT_BODYHEAD, NULL, BODY_LEVEL},
	/*
	 * a locality's Youth Union, "Tỉnh Đoàn", "Thành Đoàn", "Huyện Đoàn",
	 * holds congresses: "Đại hội Tỉnh Đoàn Lào Cai lần thứ XIII" (probe am AM3)
	 */
	{"tinh doan", CAT_BODYHEAD, "Tỉnh đoàn", BODY_CONGRESS},
	/*
	 * "Đoàn Khối Cơ quan và Doanh nghiệp tỉnh": the Khối's Youth Union, "Đoàn"
	 * of its name, which holds a congress of its own (probe be be8)
	 */
	{"doan khoi", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_NAMED | BODY_CONGRESS},
	{"doan khoi cac co quan", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	{"doan khoi cac co quan va doanh nghiep", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	{"doan khoi co quan va doanh nghiep", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	/*
	 * its kind in lower case, then whose bloc it is: "Đoàn Khối cơ quan
	 * Trung ương Đoàn", "Đoàn Khối doanh nghiệp tỉnh" (probe be be8)
	 */
	{"doan khoi co quan", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	{"doan khoi doanh nghiep", CAT_BODYHEAD, NULL, BODY_LEVEL | BODY_CONGRESS},
	/*
	 * the Executive Committee of any body, a Youth Union's, an
	 * association's, a trade union's, also provisional: "BCH Lâm thời Đoàn
	 * Khối ...", "Ban Chấp hành Tỉnh đoàn", "BCH Hội Nông dân tỉnh"; never
	 * alone ("Ban Chấp hành" needs its body's name)
	 */
	{"ban chap hanh", CAT_BODYHEAD, NULL, BODY_NAMED},
	{"ban chap hanh lam thoi", CAT_BODYHEAD, NULL, BODY_NAMED},
	{"bch", CAT_BODYHEAD, NULL, BODY_NAMED},
	{"bch lam thoi", CAT_BODYHEAD, NULL, BODY_NAMED},
	/* the Labour Confederation by its short name, "Tổng Liên đoàn tổ chức ..." (stop 29 D4) */
	{"tong lien doan", CAT_BODYHEAD, "Tổng Liên đoàn", BODY_CONGRESS},
	{"thanh doan", CAT_BODYHEAD, "Thành đoàn", BODY_CONGRESS},
	{"huyen doan", CAT_BODYHEAD, "Huyện đoàn", BODY_CONGRESS},
	/*
	 * a commune's or a ward's youth union, the level word first, as the
	 * South writes it: "Xã đoàn Vĩnh Hanh", "Phường đoàn An Lạc" (stop 31
	 * I3); "xã đoàn" in lower case is a class of them
	 */
	{"xa doan", CAT_BODYHEAD, "Xã đoàn", 0},
	{"phuong doan", CAT_BODYHEAD, "Phường đoàn", 0},
	/*
	 * a commune's or a ward's youth union by its short name: "Đoàn xã An
	 * Phú tổ chức lễ kết nạp đoàn viên mới"; a level word after "Đoàn", so
	 * not "Đoàn công tác", "Đoàn kiểm tra" (stop 29 C1)
	 */
	{"doan xa", CAT_BODYHEAD, "Đoàn xã", 0},
	{"doan phuong", CAT_BODYHEAD, "Đoàn phường", 0},
	{"doan thi tran", CAT_BODYHEAD, "Đoàn thị trấn", 0},
	{"quan doan", CAT_BODYHEAD, "Quận đoàn", 0},
	/* courts, procuracies, schools and offices at a level */
	{"toa an nhan dan", CAT_BODYHEAD, "Tòa án nhân dân", BODY_LEVEL},
	{"vien kiem sat nhan dan", CAT_BODYHEAD, "Viện Kiểm sát nhân dân", BODY_LEVEL},
	/*
	 * the supreme court and procuracy, whose "tối cao" is no level word;
	 * both abbreviated at a level as the people's committee is ("TAND
	 * tỉnh Hà Nam"); the army's courts by their unit (stop 30 G5)
	 */
	{"toa an nhan dan toi cao", CAT_BODY, "Tòa án nhân dân tối cao", 0},
	{"vien kiem sat nhan dan toi cao", CAT_BODY, "Viện Kiểm sát nhân dân tối cao", 0},
	{"tand toi cao", CAT_BODY, "Tòa án nhân dân tối cao", 0},
	{"vksnd toi cao", CAT_BODY, "Viện Kiểm sát nhân dân tối cao", 0},
	{"tand", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"vksnd", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"vien ksnd", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"toa an quan su", CAT_BODYHEAD, "Tòa án quân sự", BODY_NAMED},
	/*
	 * State agencies at a level or with their name, that hold their own
	 * reviews: "Thanh tra tỉnh", "Kho bạc Nhà nước tỉnh", "Bệnh viện Đa
	 * khoa tỉnh", "Trường THPT Lê Lợi"; never alone (stop 30 E1).  "Báo",
	 * "Đài" are gb_outlet_heads', matched with their tone marks
	 */
	{"thanh tra", CAT_BODYHEAD, "Thanh tra", BODY_LEVEL | BODY_NAMED},
	{"kho bac nha nuoc", CAT_BODYHEAD, "Kho bạc Nhà nước", BODY_LEVEL},
	/* the State Audit, "nhà nước" in either case: "gồm: ..., Kiểm toán nhà nước" (probe ar AR7) */
	{"kiem toan nha nuoc", CAT_BODY, "Kiểm toán Nhà nước", 0},
	/*
	 * a department's branch, the social insurance, a bank, at a level or
	 * with their name: "Chi cục Thuế huyện", "Bảo hiểm xã hội tỉnh",
	 * "Ngân hàng Nhà nước chi nhánh tỉnh X", "Ngân hàng Chính sách xã hội
	 * huyện" (stop 31 J1)
	 */
	{"chi cuc", CAT_BODYHEAD, "Chi cục", BODY_LEVEL | BODY_NAMED},
	{"bao hiem xa hoi", CAT_BODYHEAD, "Bảo hiểm xã hội", BODY_LEVEL | BODY_NAMED},
	/*
	 * a district's department, the commonest, named whole: its row also
	 * lets a window start at "Phòng", which gb_unit_heads reads
	 */
	{"phong giao duc va dao tao", CAT_BODYHEAD, "Phòng Giáo dục và Đào tạo", BODY_LEVEL},
	/* so a traffic police team, its row letting a window start at "Đội" */
	{"doi canh sat giao thong", CAT_BODYHEAD, "Đội Cảnh sát giao thông", 0},
	{"ngan hang", CAT_BODYHEAD, "Ngân hàng", BODY_NAMED},
	{"ngan hang nha nuoc chi nhanh", CAT_BODYHEAD, "Ngân hàng Nhà nước chi nhánh", BODY_LEVEL},
	{"ngan hang chinh sach xa hoi", CAT_BODYHEAD, "Ngân hàng Chính sách xã hội", BODY_LEVEL | BODY_NAMED},
	{"benh vien", CAT_BODYHEAD, "Bệnh viện", BODY_NAMED},
	{"benh vien da khoa", CAT_BODYHEAD, "Bệnh viện Đa khoa", BODY_LEVEL | BODY_NAMED},
	{"truong thpt", CAT_BODYHEAD, NULL, BODY_NAMED},
	{"truong thcs", CAT_BODYHEAD, NULL, BODY_NAMED},
	{"truong tieu hoc", CAT_BODYHEAD, "Trường Tiểu học", BODY_NAMED},
	{"truong mam non", CAT_BODYHEAD, "Trường Mầm non", BODY_NAMED},
	{"truong trung hoc pho thong", CAT_BODYHEAD, "Trường Trung học phổ thông", BODY_NAMED},
	{"truong trung hoc co so", CAT_BODYHEAD, "Trường Trung học cơ sở", BODY_NAMED},
	{"truong chinh tri", CAT_BODYHEAD, "Trường Chính trị", BODY_LEVEL},
	/*
	 * universities, colleges and the army's schools, by their kind ("Trường"
	 * alone is a name, "Trường Sơn"): "Trường Đại học Sư phạm Hà Nội",
	 * "Trường Quân sự tỉnh", "Trường Sĩ quan Lục quân 1" (stop 31 J1)
	 */
	{"truong dai hoc", CAT_BODYHEAD, "Trường Đại học", BODY_NAMED},
	{"truong cao dang", CAT_BODYHEAD, "Trường Cao đẳng", BODY_NAMED},
	{"truong trung cap", CAT_BODYHEAD, "Trường Trung cấp", BODY_NAMED},
	{"truong quan su", CAT_BODYHEAD, "Trường Quân sự", BODY_LEVEL | BODY_NAMED},
	{"truong si quan", CAT_BODYHEAD, "Trường Sĩ quan", BODY_NAMED},
	/* the Party's national academy, "quốc gia" in lower case inside its name (probe 60 G4) */
	{"hoc vien chinh tri quoc gia ho chi minh", CAT_BODY, "Học viện Chính trị quốc gia Hồ Chí Minh", 0},
	{"hoc vien chinh tri quoc gia", CAT_BODY, "Học viện Chính trị quốc gia Hồ Chí Minh", 0},
	{"trung tam chinh tri", CAT_BODYHEAD, "Trung tâm Chính trị", BODY_LEVEL},
	{"ban chi huy quan su", CAT_BODYHEAD, "Ban Chỉ huy Quân sự", BODY_LEVEL},
	/*
	 * the province's command as the district's above, its level after it,
	 * "quân sự" often in lower case: "Phó Chính ủy, Bộ Chỉ huy quân sự
	 * tỉnh B" reads as "Bộ Chỉ huy Quân sự" does (the bare "Bộ Chỉ huy"
	 * needs a capitalized name)
	 */
	{"bo chi huy quan su", CAT_BODYHEAD, "Bộ Chỉ huy Quân sự", BODY_LEVEL},
	{"ban chqs", CAT_BODYHEAD, NULL, BODY_LEVEL},
	/* an office with its committee, never "Văn" alone: "Nguyễn Văn Phòng" is a name */
	{"van phong tinh uy", CAT_BODYHEAD, "Văn phòng Tỉnh ủy", 0},
	{"van phong thanh uy", CAT_BODYHEAD, "Văn phòng Thành ủy", 0},
	{"van phong huyen uy", CAT_BODYHEAD, "Văn phòng Huyện ủy", 0},
	{"van phong quan uy", CAT_BODYHEAD, "Văn phòng Quận ủy", 0},
	{"van phong thi uy", CAT_BODYHEAD, "Văn phòng Thị ủy", 0},
	{"van phong dang uy", CAT_BODYHEAD, "Văn phòng Đảng ủy", 0},
	{"van phong ubnd", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"van phong hdnd", CAT_BODYHEAD, NULL, BODY_LEVEL},
	/*
	 * the office of a province's delegation to the National Assembly, a body
	 * of its own that holds its meetings: "Văn phòng Đoàn ĐBQH&HĐND tỉnh Hà
	 * Giang", not the delegation (probe 52 G4)
	 */
	{"van phong doan dbqh", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"van phong doan dai bieu quoc hoi", CAT_BODYHEAD, NULL, BODY_LEVEL},
	{"van phong uy ban nhan dan", CAT_BODYHEAD, "Văn phòng Ủy ban nhân dân", BODY_LEVEL},
	/*
	 * groups of committees that meet in turn: "Cụm thi đua các tỉnh miền
	 * Tây", "Cụm Ban Tuyên giáo các tỉnh ủy, thành ủy Bắc Trung Bộ"
	 */
	{"cum", CAT_BODYHEAD, "Cụm", BODY_GROUP | BODY_NAMED},
	{"cum thi dua", CAT_BODYHEAD, "Cụm thi đua", BODY_GROUP},
	/* a district's cluster of cells in a contest: "Cụm thi số VII" (probe-q G9) */
	{"cum thi", CAT_BODYHEAD, "Cụm thi", BODY_GROUP},
	{"khoi thi dua", CAT_BODYHEAD, "Khối thi đua", BODY_GROUP},

	/*
	 * agencies whose Party committee holds meetings under their whole
	 * name, written in any case: "Đảng ủy Ban Quản lý các Khu công nghiệp
	 * tỉnh", "Đảng ủy Bệnh viện Đa khoa tỉnh", "Chi bộ Trường Tiểu học"
	 */
	{"ban quan ly", CAT_AGENCY, NULL, 0},
	{"benh vien", CAT_AGENCY, NULL, 0},
	{"truong", CAT_AGENCY, "Trường", 0},
	{"hoc vien", CAT_AGENCY, NULL, 0},
	{"vien", CAT_AGENCY, "Viện", 0},
	{"trung tam", CAT_AGENCY, NULL, 0},
	{"cong ty", CAT_AGENCY, NULL, 0},
	{"tong cong ty", CAT_AGENCY, NULL, 0},
	{"ngan hang", CAT_AGENCY, NULL, 0},
	{"so", CAT_AGENCY, "Sở", 0},
	{"cuc", CAT_AGENCY, "Cục", 0},
	{"chi cuc", CAT_AGENCY, NULL, 0},
	/*
	 * a newspaper, a broadcaster, spelled so: "Báo Nhân Dân", "Đài Phát
	 * thanh và Truyền hình tỉnh", never "Bảo", "Đại" (gb_outlet_heads)
	 */
	{"bao", CAT_AGENCY, "Báo", 0},
	{"dai", CAT_AGENCY, "Đài", 0},
	/* a unit's or a department's head, spelled so (gb_unit_heads): "Phòng Nội vụ", "Vùng 2 Hải quân" */
	{"phong", CAT_AGENCY, "Phòng", 0},
	{"doi", CAT_AGENCY, "Đội", 0},
	{"vung", CAT_AGENCY, "Vùng", 0},
	{"don", CAT_AGENCY, "Đồn", 0},
	{"trai giam", CAT_AGENCY, NULL, 0},
	{"hai doan", CAT_AGENCY, NULL, 0},
	{"hai doi", CAT_AGENCY, NULL, 0},
	{"hoi", CAT_AGENCY, "Hội", 0},
	{"hiep hoi", CAT_AGENCY, NULL, 0},
	{"cau lac bo", CAT_AGENCY, NULL, 0},
	/* a facility, "Chi bộ Cơ sở Cai nghiện ma túy"; "cơ sở" in lower case is the grassroots level */
	{"co so", CAT_AGENCY, NULL, 0},
	/* the panels of a congress, named after it: "Tiểu ban Văn kiện Đại hội ..." */
	{"tieu ban", CAT_AGENCY, NULL, AGENCY_PANEL},
	{"ban", CAT_AGENCY, "Ban", AGENCY_PANEL},
	{"to", CAT_AGENCY, "Tổ", AGENCY_PANEL},
	/* words that end its name, spelled so: "tư" in "đầu tư", "đa" in "đa khoa" go on */
	{"cua", CAT_AGENCY, "của", AGENCY_STOP},
	{"ve", CAT_AGENCY, "về", AGENCY_STOP},
	{"voi", CAT_AGENCY, "với", AGENCY_STOP},
	{"tai", CAT_AGENCY, "tại", AGENCY_STOP},
	{"trong", CAT_AGENCY, "trong", AGENCY_STOP},
	{"theo", CAT_AGENCY, "theo", AGENCY_STOP},
	{"de", CAT_AGENCY, "để|đề", AGENCY_STOP},
	{"cho", CAT_AGENCY, "cho", AGENCY_STOP},
	{"duoc", CAT_AGENCY, "được", AGENCY_STOP},
	{"la", CAT_AGENCY, "là", AGENCY_STOP},
	{"den", CAT_AGENCY, "đến", AGENCY_STOP},
	{"tu", CAT_AGENCY, "từ", AGENCY_STOP},
	{"nham", CAT_AGENCY, "nhằm", AGENCY_STOP},
	{"tren", CAT_AGENCY, "trên", AGENCY_STOP},
	{"khi", CAT_AGENCY, "khi", AGENCY_STOP},
	{"nay", CAT_AGENCY, "nay|này", AGENCY_STOP},
	{"da", CAT_AGENCY, "đã", AGENCY_STOP},
	{"se", CAT_AGENCY, "sẽ", AGENCY_STOP},
	{"sap", CAT_AGENCY, "sắp", AGENCY_STOP},
	{"vua", CAT_AGENCY, "vừa", AGENCY_STOP},
	{"cung", CAT_AGENCY, "cũng|cùng", AGENCY_STOP},
	{"moi", CAT_AGENCY, "mới", AGENCY_STOP},
	{"deu", CAT_AGENCY, "đều", AGENCY_STOP},
	{"va", CAT_AGENCY, "và", AGENCY_STOP},

	/*
	 * departments whose name reporters may write in sentence case: "Thứ
	 * trưởng Bộ quốc phòng", "Vụ trưởng Vụ Chính sách thương mại đa biên",
	 * "Chi bộ Giáo dục quốc phòng"; checked with their tone marks ("Sở",
	 * not "số")
	 */
	{"bo", CAT_DEPT, "Bộ", DEPT_HEAD},
	{"vu", CAT_DEPT, "Vụ", DEPT_HEAD},
	{"cuc", CAT_DEPT, "Cục", DEPT_HEAD},
	{"tong cuc", CAT_DEPT, NULL, DEPT_HEAD},
	{"so", CAT_DEPT, "Sở", DEPT_HEAD},
	{"chi bo", CAT_DEPT, NULL, DEPT_HEAD},
	/* "Hội Cựu giáo chức", "Trung tâm Bồi dưỡng chính trị", "Học viện Hành chính quốc gia" (stop 33 O1, P2) */
	{"hoi", CAT_DEPT, "Hội", DEPT_HEAD},
	{"hiep hoi", CAT_DEPT, "Hiệp hội", DEPT_HEAD},
	{"cau lac bo", CAT_DEPT, "Câu lạc bộ", DEPT_HEAD},
	{"trung tam", CAT_DEPT, "Trung tâm", DEPT_HEAD},
	{"hoc vien", CAT_DEPT, "Học viện", DEPT_HEAD},
	/* "Công đoàn Giao thông vận tải": a sector's union, its field in sentence case (probe-u G6) */
	{"cong doan", CAT_DEPT, "Công đoàn", DEPT_HEAD},
	/* the fields of ministries and their provincial departments, in lower case */
	{"quoc phong", CAT_DEPT, NULL, DEPT_FIELD},
	{"cong an", CAT_DEPT, NULL, DEPT_FIELD},
	{"ngoai giao", CAT_DEPT, NULL, DEPT_FIELD},
	{"noi vu", CAT_DEPT, NULL, DEPT_FIELD},
	{"ngoai vu", CAT_DEPT, NULL, DEPT_FIELD},
	{"tu phap", CAT_DEPT, NULL, DEPT_FIELD},
	{"tai chinh", CAT_DEPT, NULL, DEPT_FIELD},
	{"cong thuong", CAT_DEPT, NULL, DEPT_FIELD},
	{"y te", CAT_DEPT, NULL, DEPT_FIELD},
	{"xay dung", CAT_DEPT, NULL, DEPT_FIELD},
	{"giao duc va dao tao", CAT_DEPT, NULL, DEPT_FIELD},
	{"ke hoach va dau tu", CAT_DEPT, NULL, DEPT_FIELD},
	{"tai nguyen va moi truong", CAT_DEPT, NULL, DEPT_FIELD},
	{"giao thong van tai", CAT_DEPT, NULL, DEPT_FIELD},
	{"thong tin va truyen thong", CAT_DEPT, NULL, DEPT_FIELD},
	{"khoa hoc va cong nghe", CAT_DEPT, NULL, DEPT_FIELD},
	{"nong nghiep va phat trien nong thon", CAT_DEPT, NULL, DEPT_FIELD},
	{"lao dong - thuong binh va xa hoi", CAT_DEPT, NULL, DEPT_FIELD},
	{"van hoa , the thao va du lich", CAT_DEPT, NULL, DEPT_FIELD},
	/* verbs and adverbs, not in the position's stop words, that end such a name */
	/* nouns in a body's name whose syllable is a verb's: "Ban Chỉ đạo công tác biên giới tỉnh" */
	{"cong tac", CAT_NAMENOUN, NULL, 0},
	{"bien gioi", CAT_NAMENOUN, NULL, 0},
	{"bieu dien", CAT_NAMENOUN, NULL, 0},
	{"doanh nghiep", CAT_NAMENOUN, NULL, 0},
	{"the gioi", CAT_NAMENOUN, NULL, 0},
	{"ma tuy", CAT_NAMENOUN, NULL, 0},	/* "Cơ sở Cai nghiện ma túy", not "mà" */
	/* "Tổng công ty Đầu tư phát triển nhà và đô thị" */
	{"phat trien", CAT_NAMENOUN, NULL, 0},
	{"do thi", CAT_NAMENOUN, NULL, 0},
	/* "Ban Chỉ đạo xây dựng nông thôn mới": one term, "mới" no adverb there */
	{"nong thon moi", CAT_NAMENOUN, NULL, 0},
	/* "Khoa Lý luận cơ sở", "Phòng Tổ chức cơ sở đảng": the grassroots, no "sở" of a department */
	{"co so", CAT_NAMENOUN, NULL, 0},
	/* "Ủy ban Khoa học, công nghệ và môi trường": a field, no "công bố" */
	{"cong nghe", CAT_NAMENOUN, NULL, 0},
	/*
	 * "Cục Việc làm", "Trung tâm Dịch vụ việc làm", "Ban Tiếp công dân": a
	 * unit's field, no "làm", "công bố" (stop 28 G5)
	 */
	{"viec lam", CAT_NAMENOUN, NULL, 0},
	{"cong dan", CAT_NAMENOUN, NULL, 0},
	/* "Cục Quản lý lao động ngoài nước", "Cục Bảo vệ thực vật": no "động", "thực" of a verb */
	{"lao dong", CAT_NAMENOUN, NULL, 0},
	{"thuc vat", CAT_NAMENOUN, NULL, 0},
	/*
	 * "Đoàn công tác cán bộ Trung ương", "Tiểu ban công tác cán bộ": one
	 * word, no "bộ" of a ministry (stop 29 D2)
	 */
	{"can bo", CAT_NAMENOUN, NULL, 0},
	/*
	 * "Trưởng phòng Quản lý kết cấu hạ tầng và An toàn giao thông": nouns, no
	 * "kết luận", "thông báo" (stop 31 L-G13; also "Phòng Cảnh sát giao
	 * thông Công an tỉnh", J5)
	 */
	{"ket cau", CAT_NAMENOUN, NULL, 0},
	{"giao thong", CAT_NAMENOUN, NULL, 0},
	/*
	 * "Tập đoàn Bưu chính Viễn thông Việt Nam", "Đảng ủy Viễn thông Quảng
	 * Ninh", "Giám đốc Viễn thông Hà Nội": telecoms, no "thông" of a
	 * verb that ends a name or a title (probe 99 AG2)
	 */
	{"vien thong", CAT_NAMENOUN, NULL, 0},
	/* "Đài Tiếng nói Việt Nam": the radio's name, no "nói" of a verb (stop 31 J5) */
	{"tieng noi", CAT_NAMENOUN, NULL, 0},
	/* "Đội Cảnh sát hình sự": the criminal police, no "sự" of a verb (stop 31 J5) */
	{"hinh su", CAT_NAMENOUN, NULL, 0},
	/*
	 * "Ban Chỉ đạo cải cách tư pháp", "... cải cách hành chính", "... thi
	 * hành án dân sự", "... công tác thông tin đối ngoại": a steering
	 * committee's task, words of two syllables each counted once, no
	 * "pháp", "chính", "sự" left out of the name (stop 32 L4)
	 */
	{"cai cach", CAT_NAMENOUN, NULL, 0},
	{"tu phap", CAT_NAMENOUN, NULL, 0},
	{"hanh chinh", CAT_NAMENOUN, NULL, 0},
	{"thi hanh", CAT_NAMENOUN, NULL, 0},
	{"dan su", CAT_NAMENOUN, NULL, 0},
	{"doi ngoai", CAT_NAMENOUN, NULL, 0},
	/*
	 * "Ban Quản lý dự án đầu tư xây dựng quận", "Ban Dân chủ pháp luật":
	 * nouns, no "dự" (attend) nor "chủ" (of "chủ trì") of the predicate
	 * (stop 39, probe ad AD1)
	 */
	{"du an", CAT_NAMENOUN, NULL, 0},
	{"dan chu", CAT_NAMENOUN, NULL, 0},
	/* "Tổng công ty cổ phần Bia - Rượu - Nước giải khát Sài Gòn": beverages, no "giải" of a verb */
	{"giai khat", CAT_NAMENOUN, NULL, 0},

	/*
	 * The central units whose names the rule of a department's name cuts,
	 * by their whole names after "Vụ", "Cục" or "Tổng cục": the names hold a
	 * verb's or an adverb's syllable, a function word, or a field after "và"
	 * or a comma that reads as a title ("Vụ Giáo dục | thường xuyên", "Cục
	 * Người | có công", "Cục Bổ | trợ tư pháp"; stop 29 G1).  A closed,
	 * published set: each ministry's decree on its organization (2022, and
	 * 2025's after the ministries merged) and the Party's rules on its
	 * central committees.  The names the rule reads whole ("Vụ Cơ sở Đảng",
	 * "Cục Trẻ em") are not repeated here: each would lengthen the chain of
	 * its first two words, which other look-ups walk.
	 */
	/* Bộ Lao động - Thương binh và Xã hội (Bộ Nội vụ, Bộ Y tế from 2025) */
	{"binh dang gioi", CAT_UNITNAME, NULL, 0},
	{"nguoi co cong", CAT_UNITNAME, NULL, 0},
	{"quan ly lao dong ngoai nuoc", CAT_UNITNAME, NULL, 0},
	/* Bộ Nội vụ */
	{"chinh quyen dia phuong", CAT_UNITNAME, NULL, 0},
	/* Bộ Giáo dục và Đào tạo */
	{"giao duc thuong xuyen", CAT_UNITNAME, NULL, 0},
	{"giao duc chinh tri va cong tac hoc sinh , sinh vien", CAT_UNITNAME, NULL, 0},
	{"giao duc nghe nghiep va giao duc thuong xuyen", CAT_UNITNAME, NULL, 0},
	{"khoa hoc , cong nghe va moi truong", CAT_UNITNAME, NULL, 0},
	{"nha giao va can bo quan ly giao duc", CAT_UNITNAME, NULL, 0},
	{"cong nghe thong tin", CAT_UNITNAME, NULL, 0},
	/* Bộ Y tế */
	{"suc khoe ba me - tre em", CAT_UNITNAME, NULL, 0},
	{"trang thiet bi va cong trinh y te", CAT_UNITNAME, NULL, 0},
	{"quan ly kham , chua benh", CAT_UNITNAME, NULL, 0},
	{"quan ly y , duoc co truyen", CAT_UNITNAME, NULL, 0},
	{"an toan thuc pham", CAT_UNITNAME, NULL, 0},
	{"y te du phong", CAT_UNITNAME, NULL, 0},
	{"ba me va tre em", CAT_UNITNAME, NULL, 0},
	/* Bộ Tư pháp */
	{"bo tro tu phap", CAT_UNITNAME, NULL, 0},
	{"ho tich , quoc tich , chung thuc", CAT_UNITNAME, NULL, 0},
	{"dang ky quoc gia giao dich bao dam", CAT_UNITNAME, NULL, 0},
	{"pho bien , giao duc phap luat", CAT_UNITNAME, NULL, 0},
	{"cac van de chung ve xay dung phap luat", CAT_UNITNAME, NULL, 0},
	{"phap luat hinh su - hanh chinh", CAT_UNITNAME, NULL, 0},
	{"phap luat dan su - kinh te", CAT_UNITNAME, NULL, 0},
	/* Bộ Nông nghiệp và Phát triển nông thôn, Bộ Nông nghiệp và Môi trường */
	{"quan ly xay dung cong trinh", CAT_UNITNAME, NULL, 0},
	{"quan ly de dieu va phong , chong thien tai", CAT_UNITNAME, NULL, 0},
	{"che bien va phat trien thi truong nong san", CAT_UNITNAME, NULL, 0},
	{"quan ly chat luong nong lam san va thuy san", CAT_UNITNAME, NULL, 0},
	{"quan ly tai nguyen nuoc", CAT_UNITNAME, NULL, 0},
	{"do dac , ban do va thong tin dia ly viet nam", CAT_UNITNAME, NULL, 0},
	{"chat luong , che bien va phat trien thi truong", CAT_UNITNAME, NULL, 0},
	/* Bộ Thông tin và Truyền thông, Bộ Khoa học và Công nghệ */
	{"an toan thong tin", CAT_UNITNAME, NULL, 0},
	{"phat thanh , truyen hinh va thong tin dien tu", CAT_UNITNAME, NULL, 0},
	{"xuat ban , in va phat hanh", CAT_UNITNAME, NULL, 0},
	{"so huu tri tue", CAT_UNITNAME, NULL, 0},
	{"an toan buc xa va hat nhan", CAT_UNITNAME, NULL, 0},
	{"khoi nghiep va doanh nghiep cong nghe", CAT_UNITNAME, NULL, 0},
	{"cong nghiep cong nghe thong tin", CAT_UNITNAME, NULL, 0},
	/* Bộ Văn hóa, Thể thao và Du lịch */
	{"my thuat , nhiep anh va trien lam", CAT_UNITNAME, NULL, 0},
	{"the duc the thao viet nam", CAT_UNITNAME, NULL, 0},
	/* Bộ Xây dựng */
	{"quan ly hoat dong xay dung", CAT_UNITNAME, NULL, 0},
	{"giam dinh nha nuoc ve chat luong cong trinh xay dung", CAT_UNITNAME, NULL, 0},
	{"quan ly nha va thi truong bat dong san", CAT_UNITNAME, NULL, 0},
	/* Bộ Tài chính */
	{"quan ly cong san", CAT_UNITNAME, NULL, 0},
	{"tin hoc va thong ke tai chinh", CAT_UNITNAME, NULL, 0},
	{"quan ly , giam sat bao hiem", CAT_UNITNAME, NULL, 0},
	{"quan ly , giam sat ke toan , kiem toan", CAT_UNITNAME, NULL, 0},
	{"phat trien doanh nghiep nha nuoc", CAT_UNITNAME, NULL, 0},
	{"quan ly dang ky kinh doanh", CAT_UNITNAME, NULL, 0},
	{"tai chinh hanh chinh su nghiep", CAT_UNITNAME, NULL, 0},
	{"chinh sach thue , phi va le phi", CAT_UNITNAME, NULL, 0},
	/* Bộ Công Thương */
	{"ky thuat an toan va moi truong cong nghiep", CAT_UNITNAME, NULL, 0},
	{"quan ly va phat trien thi truong trong nuoc", CAT_UNITNAME, NULL, 0},
	{"canh tranh va bao ve nguoi tieu dung", CAT_UNITNAME, NULL, 0},
	{"thi truong chau au - chau my", CAT_UNITNAME, NULL, 0},
	{"thi truong chau a - chau phi", CAT_UNITNAME, NULL, 0},
	/* Bộ Ngoại giao */
	{"luat phap va dieu uoc quoc te", CAT_UNITNAME, NULL, 0},
	{"hop tac kinh te da phuong", CAT_UNITNAME, NULL, 0},
	/* Bộ Công an */
	{"an ninh chinh tri noi bo", CAT_UNITNAME, NULL, 0},
	{"canh sat giao thong", CAT_UNITNAME, NULL, 0},
	/*
	 * "Cục An ninh điều tra", "Cục Cảnh sát điều tra", "Bộ Tư lệnh Cảnh sát
	 * cơ động": "điều" no verb there (stop 31 J5)
	 */
	{"an ninh dieu tra", CAT_UNITNAME, NULL, 0},
	{"canh sat dieu tra", CAT_UNITNAME, NULL, 0},
	{"canh sat dieu tra toi pham ve ma tuy", CAT_UNITNAME, NULL, 0},
	{"canh sat quan ly hanh chinh ve trat tu xa hoi", CAT_UNITNAME, NULL, 0},
	{"xay dung phong trao bao ve an ninh to quoc", CAT_UNITNAME, NULL, 0},
	/* Bộ Quốc phòng */
	{"bao ve an ninh quan doi", CAT_UNITNAME, NULL, 0},
	/* Ban Tổ chức Trung ương */
	{"bao ve chinh tri noi bo", CAT_UNITNAME, NULL, 0},
	{"dao tao , boi duong can bo", CAT_UNITNAME, NULL, 0},	/* stop 31 J5 */
	/* Ban Tuyên giáo và Dân vận Trung ương */
	{"dan van cac co quan nha nuoc", CAT_UNITNAME, NULL, 0},
	{"phoi", CAT_DEPT, "phối", DEPT_VERB},
	{"huong", CAT_DEPT, "hướng", DEPT_VERB},
	{"thuc", CAT_DEPT, "thực", DEPT_VERB},
	{"kiem", CAT_DEPT, "kiêm", DEPT_VERB},
	{"tien", CAT_DEPT, "tiến", DEPT_VERB},
	{"kien", CAT_DEPT, "kiến", DEPT_VERB},
	{"gop", CAT_DEPT, "góp", DEPT_VERB},
	{"thao", CAT_DEPT, "thảo", DEPT_VERB},
	{"nhat", CAT_DEPT, "nhất", DEPT_VERB},
	{"dong", CAT_DEPT, "động", DEPT_VERB},
	{"moi", CAT_DEPT, "mới", DEPT_VERB},
	{"lai", CAT_DEPT, "lại", DEPT_VERB},
	{"som", CAT_DEPT, "sớm", DEPT_VERB},

	/* ordinals, as in "Hội nghị lần thứ tư" */
	{"nhat", CAT_ORDINAL, NULL, 1},
	{"hai", CAT_ORDINAL, NULL, 2},
	{"ba", CAT_ORDINAL, NULL, 3},
	{"tu", CAT_ORDINAL, NULL, 4},
	{"bon", CAT_ORDINAL, NULL, 4},
	{"nam", CAT_ORDINAL, NULL, 5},
	{"sau", CAT_ORDINAL, NULL, 6},
	{"bay", CAT_ORDINAL, NULL, 7},
	{"tam", CAT_ORDINAL, NULL, 8},
	{"chin", CAT_ORDINAL, NULL, 9},
	{"muoi", CAT_ORDINAL, NULL, 10},
	{"muoi mot", CAT_ORDINAL, NULL, 11},
	{"muoi hai", CAT_ORDINAL, NULL, 12},
	{"muoi ba", CAT_ORDINAL, NULL, 13},
	{"muoi bon", CAT_ORDINAL, NULL, 14},
	{"muoi lam", CAT_ORDINAL, NULL, 15},
	{"muoi sau", CAT_ORDINAL, NULL, 16},
	/*
	 * a local congress counts further than a plenum: "Đại hội Đảng bộ thành
	 * phố lần thứ mười bảy"; "hai mươi năm" is twenty years, so 25 is
	 * read only as "lăm"
	 */
	{"muoi bay", CAT_ORDINAL, NULL, 17},
	{"muoi tam", CAT_ORDINAL, NULL, 18},
	{"muoi chin", CAT_ORDINAL, NULL, 19},
	{"hai muoi", CAT_ORDINAL, NULL, 20},
	{"hai muoi mot", CAT_ORDINAL, NULL, 21},
	{"hai muoi hai", CAT_ORDINAL, NULL, 22},
	{"hai muoi ba", CAT_ORDINAL, NULL, 23},
	{"hai muoi tu", CAT_ORDINAL, NULL, 24},
	{"hai muoi bon", CAT_ORDINAL, NULL, 24},
	{"hai muoi lam", CAT_ORDINAL, NULL, 25},

	/*
	 * numbers written in words before the months of a period: "sáu tháng
	 * đầu năm 2013", "chín tháng năm 2019"; spelled so, tone marks and all
	 */
	/*
	 * the Central Committee written short or with its committee's name
	 * ("Ủy viên BCH TW Đảng"), one title with "Ủy viên Trung ương Đảng"
	 * (officials_titles.c, central_key_spelled())
	 */
	{"tw", CAT_KEYSPELL, NULL, 0},
	{"tu", CAT_KEYSPELL, NULL, 0},
	{"t . u", CAT_KEYSPELL, NULL, 0},
	{"t . w", CAT_KEYSPELL, NULL, 0},
	{"bch", CAT_KEYSPELL, NULL, 0},
	{"chap hanh", CAT_KEYSPELL, NULL, 0},
	/* "Chủ nhiệm y ban Kiểm tra": Ủy ban, its capital Ủ lost as old encodings lose it */
	{"y ban", CAT_KEYSPELL, NULL, 0},
	/*
	 * "Trưởng Đoàn ĐBQH khóa XV tỉnh Lâm Đồng": a term inside a title
	 * (officials_titles.c, spelled_key())
	 */
	{"khoa", CAT_KEYPLACE, NULL, 0},
	/*
	 * "Bí thư Thành ủy TPHCM", "... TP.HCM": the city and its level "TP" written short, one
	 * spelling in a title's key with "Thành phố Hồ Chí Minh" (officials*.c,
	 * city_key_spelled(), gb_city_spellings)
	 */
	{"tphcm", CAT_KEYPLACE, NULL, 0},
	{"tp", CAT_KEYPLACE, NULL, 0},
	{"hcm", CAT_KEYPLACE, NULL, 0},
	{"hai", CAT_COUNTWORD, "hai", 2},
	{"ba", CAT_COUNTWORD, "ba", 3},
	{"bon", CAT_COUNTWORD, "bốn", 4},
	{"nam", CAT_COUNTWORD, "năm", 5},
	{"sau", CAT_COUNTWORD, "sáu", 6},
	{"bay", CAT_COUNTWORD, "bảy", 7},
	{"tam", CAT_COUNTWORD, "tám", 8},
	{"chin", CAT_COUNTWORD, "chín", 9},
	{"muoi", CAT_COUNTWORD, "mười", 10},
	{"muoi mot", CAT_COUNTWORD, "mười một", 11},

	/*
	 * nouns that make the number before them a count, not a document; aux
	 * QTY_AMOUNT: an amount of money or people, which no plenum number
	 * takes ("Trung ương 4 triệu")
	 */
	{"nam", CAT_QUANTITY, NULL, 0},
	{"thang", CAT_QUANTITY, NULL, 0},
	{"ngay", CAT_QUANTITY, NULL, 0},
	{"tuan", CAT_QUANTITY, NULL, 0},
	{"lan", CAT_QUANTITY, NULL, 0},
	{"nguoi", CAT_QUANTITY, NULL, QTY_AMOUNT},
	{"dong chi", CAT_QUANTITY, NULL, QTY_AMOUNT},
	{"dang vien", CAT_QUANTITY, NULL, QTY_AMOUNT},
	{"to chuc", CAT_QUANTITY, NULL, 0},
	{"noi dung", CAT_QUANTITY, NULL, 0},
	{"nhiem vu", CAT_QUANTITY, NULL, 0},
	{"van ban", CAT_QUANTITY, NULL, 0},
	{"diem", CAT_QUANTITY, NULL, 0},
	{"ty", CAT_QUANTITY, NULL, QTY_AMOUNT},
	{"trieu", CAT_QUANTITY, NULL, QTY_AMOUNT},
	{"nghin", CAT_QUANTITY, NULL, QTY_AMOUNT},
	{"ngan", CAT_QUANTITY, NULL, QTY_AMOUNT},
	{"%", CAT_QUANTITY, NULL, QTY_AMOUNT},
	{"nhom", CAT_QUANTITY, NULL, 0},
	{"de an", CAT_QUANTITY, NULL, 0},
	{"chi tieu", CAT_QUANTITY, NULL, 0},
	{"tinh", CAT_QUANTITY, NULL, 0},

	/* administrative levels before a place name */
	{"tinh", CAT_LEVEL, NULL, 0},
	{"thanh pho", CAT_LEVEL, NULL, 0},
	{"tp", CAT_LEVEL, NULL, 0},
	{"huyen", CAT_LEVEL, NULL, 0},
	{"quan", CAT_LEVEL, NULL, LEVEL_NUMBERED},
	{"thi xa", CAT_LEVEL, NULL, 0},
	{"xa", CAT_LEVEL, NULL, 0},
	{"phuong", CAT_LEVEL, NULL, LEVEL_NUMBERED},
	{"thi tran", CAT_LEVEL, NULL, 0},

	/* verbs that put an issuer and a date before a document */
	{"ban hanh", CAT_ISSUEVERB, NULL, 0},
	{"ky ban hanh", CAT_ISSUEVERB, NULL, 0},
	{"co", CAT_ISSUEVERB, NULL, 0},
	{"ra", CAT_ISSUEVERB, NULL, 0},

	/* words between a subject and its verb: "Tỉnh ủy đã khẩn trương ban hành" */
	{"da", CAT_ADVERB, NULL, 0},
	{"vua", CAT_ADVERB, NULL, 0},
	{"moi", CAT_ADVERB, NULL, 0},
	{"cung", CAT_ADVERB, NULL, 0},
	{"se", CAT_ADVERB, NULL, 0},
	{"sap", CAT_ADVERB, NULL, 0},
	{"sap toi", CAT_ADVERB, NULL, 0},
	{"som", CAT_ADVERB, NULL, 0},
	{"lai", CAT_ADVERB, NULL, 0},
	{"tiep tuc", CAT_ADVERB, NULL, 0},
	{"khan truong", CAT_ADVERB, NULL, 0},
	{"nhanh chong", CAT_ADVERB, NULL, 0},
	{"kip thoi", CAT_ADVERB, NULL, 0},
	{"chinh thuc", CAT_ADVERB, NULL, 0},
	{"long trong", CAT_ADVERB, NULL, 0},
	{"trang trong", CAT_ADVERB, NULL, 0},
	{"trong the", CAT_ADVERB, NULL, 0},
	{"dong thoi", CAT_ADVERB, NULL, 0},
	/* "Bí thư Đảng ủy Đại học Huế trực tiếp quán triệt": the one named acts himself */
	{"truc tiep", CAT_ADVERB, NULL, 0},
	/* "Trưởng Ban Chỉ đạo Tây Nguyên thường xuyên theo dõi" (probe 50 G5) */
	{"thuong xuyen", CAT_ADVERB, NULL, 0},
	/* "Đảng ủy các xã đồng loạt tổ chức", "các chi bộ lần lượt tiến hành" */
	{"dong loat", CAT_ADVERB, NULL, 0},
	{"lan luot", CAT_ADVERB, NULL, 0},

	/*
	 * words that open a new clause after a comma, which ends a document's
	 * subject: "Quy định số 12 về công tác kiểm tra, theo đó Ban Thường vụ
	 * phải ...", "..., nhằm nâng cao ...", "..., thay thế Quy định số 30"
	 */
	/*
	 * "Quy định số 144-QĐ/TW về chuẩn mực đạo đức ... và hướng dẫn thực
	 * hiện quy định": what carries the document out, after "và", is one more
	 * object of the verb that cites it, not its subject
	 */
	{"huong dan thuc hien", CAT_CARRYOUT, NULL, 0},
	{"huong dan thi hanh", CAT_CARRYOUT, NULL, 0},
	{"ke hoach thuc hien", CAT_CARRYOUT, NULL, 0},
	{"ke hoach trien khai", CAT_CARRYOUT, NULL, 0},
	{"theo do", CAT_CLAUSEOPEN, NULL, 0},
	{"trong do", CAT_CLAUSEOPEN, NULL, 0},
	{"qua do", CAT_CLAUSEOPEN, NULL, 0},
	{"do do", CAT_CLAUSEOPEN, NULL, 0},
	{"nho do", CAT_CLAUSEOPEN, NULL, 0},
	{"nham", CAT_CLAUSEOPEN, NULL, 0},
	{"thay the", CAT_CLAUSEOPEN, NULL, 0},
	/*
	 * "Nghị quyết T.Ư 4 (khóa XI) về xây dựng Đảng, góp phần thực hiện
	 * thắng lợi ...": what the carrying out brings about, after the comma,
	 * belongs to the main clause, not to the title (stop 38, probe af 25)
	 */
	{"gop phan", CAT_CLAUSEOPEN, NULL, 0},
	/*
	 * "Thực hiện Kế hoạch ... về việc chuẩn bị đại hội ..., đến nay công
	 * tác chuẩn bị đã hoàn tất": a time of the present after the comma opens
	 * the main clause the document's adverbial stands before
	 */
	{"den nay", CAT_CLAUSEOPEN, NULL, 0},
	{"toi nay", CAT_CLAUSEOPEN, NULL, 0},
	{"cho den nay", CAT_CLAUSEOPEN, NULL, 0},
	{"hien nay", CAT_CLAUSEOPEN, NULL, 0},

	/*
	 * prepositions: "về thực hiện một số nội dung trong Quy định số 205":
	 * the document after one is part of the subject
	 */
	{"trong", CAT_PREPOSITION, NULL, 0},
	{"cua", CAT_PREPOSITION, NULL, 0},
	{"theo", CAT_PREPOSITION, NULL, 0},
	{"tai", CAT_PREPOSITION, NULL, 0},
	{"voi", CAT_PREPOSITION, NULL, 0},
	{"cho", CAT_PREPOSITION, NULL, 0},
	{"ve", CAT_PREPOSITION, NULL, 0},

	/* the Central Committee as named in plenum resolutions */
	{"trung uong", CAT_PLENUMBODY, NULL, 0},
	{"tw", CAT_PLENUMBODY, NULL, 0},
	{"t . u", CAT_PLENUMBODY, NULL, 0},
	{"ban chap hanh t . u", CAT_PLENUMBODY, NULL, 0},
	{"ban chap hanh t . u dang", CAT_PLENUMBODY, NULL, 0},
	{"bch t . u", CAT_PLENUMBODY, NULL, 0},
	{"bch t . u dang", CAT_PLENUMBODY, NULL, 0},
	{"ban chap hanh trung uong", CAT_PLENUMBODY, NULL, 0},
	{"ban chap hanh trung uong dang", CAT_PLENUMBODY, NULL, 0},
	{"ban chap hanh ( bch ) trung uong dang", CAT_PLENUMBODY, NULL, 0},
	{"ban chap hanh ( bch ) trung uong", CAT_PLENUMBODY, NULL, 0},
	{"bch trung uong", CAT_PLENUMBODY, NULL, 0},
	{"bch trung uong dang", CAT_PLENUMBODY, NULL, 0},
	{"bch tw", CAT_PLENUMBODY, NULL, 0},
	{"bch tw dang", CAT_PLENUMBODY, NULL, 0},
	{"ban chap hanh tw", CAT_PLENUMBODY, NULL, 0},
	{"ban chap hanh tw dang", CAT_PLENUMBODY, NULL, 0},
	{"bchtw", CAT_PLENUMBODY, NULL, 0},
	{"bchtw dang", CAT_PLENUMBODY, NULL, 0},
	{"bchtu", CAT_PLENUMBODY, NULL, 0},
	{"bchtu dang", CAT_PLENUMBODY, NULL, 0},
	{"bcht . u", CAT_PLENUMBODY, NULL, 0},
	{"bcht . u dang", CAT_PLENUMBODY, NULL, 0},

	/*
	 * lower-case syllables that end a body's name rather than complete its
	 * last word ("của Chính phủ quy định ...", "Tân Lập tiến hành"), parse.c
	 */
	{"ve", CAT_NAMESTOP, NULL, 0},
	{"ngay", CAT_NAMESTOP, NULL, 0},
	{"so", CAT_NAMESTOP, NULL, 0},
	{"cua", CAT_NAMESTOP, NULL, 0},
	{"va", CAT_NAMESTOP, NULL, 0},
	{"tai", CAT_NAMESTOP, NULL, 0},
	{"thuc", CAT_NAMESTOP, NULL, 0},
	{"quy", CAT_NAMESTOP, NULL, 0},
	{"huong", CAT_NAMESTOP, NULL, 0},
	{"ban", CAT_NAMESTOP, NULL, 0},
	{"da", CAT_NAMESTOP, NULL, 0},
	{"la", CAT_NAMESTOP, NULL, 0},
	{"co", CAT_NAMESTOP, NULL, 0},
	{"duoc", CAT_NAMESTOP, NULL, 0},
	{"voi", CAT_NAMESTOP, NULL, 0},
	{"trong", CAT_NAMESTOP, NULL, 0},
	{"theo", CAT_NAMESTOP, NULL, 0},
	{"de", CAT_NAMESTOP, NULL, 0},
	{"cho", CAT_NAMESTOP, NULL, 0},
	{"khoa", CAT_NAMESTOP, NULL, 0},
	{"nhiem", CAT_NAMESTOP, NULL, 0},
	{"vua", CAT_NAMESTOP, NULL, 0},
	{"ky", CAT_NAMESTOP, NULL, 0},
	{"nam", CAT_NAMESTOP, NULL, 0},
	{"thang", CAT_NAMESTOP, NULL, 0},
	{"lan", CAT_NAMESTOP, NULL, 0},
	{"dang", CAT_NAMESTOP, NULL, 0},
	{"gui", CAT_NAMESTOP, NULL, 0},
	{"doi", CAT_NAMESTOP, NULL, 0},
	{"gom", CAT_NAMESTOP, NULL, 0},	/* "Cụm thi đua ... gồm: A, B": its members follow */
	{"ra", CAT_NAMESTOP, NULL, 0},
	{"tren", CAT_NAMESTOP, NULL, 0},
	{"tu", CAT_NAMESTOP, NULL, 0},
	{"den", CAT_NAMESTOP, NULL, 0},
	{"nay", CAT_NAMESTOP, NULL, 0},
	{"do", CAT_NAMESTOP, NULL, 0},
	{"ma", CAT_NAMESTOP, NULL, 0},
	{"thi", CAT_NAMESTOP, NULL, 0},
	{"se", CAT_NAMESTOP, NULL, 0},
	{"dong", CAT_NAMESTOP, NULL, 0},
	{"ong", CAT_NAMESTOP, NULL, 0},
	{"ba", CAT_NAMESTOP, NULL, 0},
	{"phat", CAT_NAMESTOP, NULL, 0},
	{"chu", CAT_NAMESTOP, NULL, 0},
	{"to", CAT_NAMESTOP, NULL, 0},
	{"khai", CAT_NAMESTOP, NULL, 0},
	{"hop", CAT_NAMESTOP, NULL, 0},
	{"phoi", CAT_NAMESTOP, NULL, 0},
	{"trieu", CAT_NAMESTOP, NULL, 0},
	{"nham", CAT_NAMESTOP, NULL, 0},
	{"truoc", CAT_NAMESTOP, NULL, 0},
	{"sau", CAT_NAMESTOP, NULL, 0},
	/* "được Huyện ủy Long Hà chọn tổ chức": the verb of a passive, no syllable of a name */
	{"chon", CAT_NAMESTOP, NULL, 0},
	/* "Đảng ủy xã Tân Lập xây dựng Kế hoạch": the verb that draws up a plan (stop 30 A8) */
	{"xay dung", CAT_NAMESTOP, NULL, 0},
	/* "Quận ủy Tây Hồ triển khai Đề án ...": the predicate (probe 96 ad6) */
	{"trien khai", CAT_NAMESTOP, NULL, 0},
	/*
	 * "Đảng ủy phường Ninh Kiều làm việc với ...": a working session, the
	 * predicate, no syllable of a place's name (stop 33 N7)
	 */
	{"lam viec", CAT_NAMESTOP, NULL, 0},
	/*
	 * "Đảng ủy xã Hòa An tổng duyệt chương trình Đại hội": the run-through
	 * held, no syllable of the place's name (stop 36 T7)
	 */
	{"tong duyet", CAT_NAMESTOP, NULL, 0},
	/*
	 * "đến thăm và chúc mừng Bệnh viện Bạch Mai nhân kỷ niệm 68 năm Ngày
	 * Thầy thuốc Việt Nam", "nhân dịp": the occasion of another act, no
	 * syllable of the name before it (probe bi BI7)
	 */
	{"nhan dip", CAT_NAMESTOP, NULL, 0},
	{"nhan ky niem", CAT_NAMESTOP, NULL, 0},
	{"nhan ki niem", CAT_NAMESTOP, NULL, 0},

	/* ---- officials: titles, honorifics, roles, surnames (officials*.c) -- */

	/* honorifics; "bà", "ông" are checked with their tone marks */
	{"dong chi", CAT_HONORIFIC, "đồng chí", 0},
	{"dongchi", CAT_HONORIFIC, "đồng chí", 0},
	{"d / c", CAT_HONORIFIC, "đồng chí", 0},	/* "đ/c", "Đ/c" */
	{"d / . c", CAT_HONORIFIC, "đồng chí", 0},	/* "đ/.c", a stray dot typed in */
	/* "đc Hà Hải Long", "Đc", "đ.c": commune and district pages shorten it so (probe 59 G3) */
	{"dc", CAT_HONORIFIC, "đồng chí", HONORIFIC_STROKE},
	{"d . c", CAT_HONORIFIC, "đồng chí", HONORIFIC_STROKE},
	{"ong", CAT_HONORIFIC, "ông", 0},
	{"ba", CAT_HONORIFIC, "bà", 0},
	/*
	 * "Bí thư Tỉnh đoàn, anh Lê Minh Tuấn", "chị Phạm Thu Hà được bầu":
	 * the Đoàn's and the Hội's honorifics, in lower case before a full name
	 * (a name syllable "Anh", a word "anh em", "chị em" are none)
	 */
	{"anh", CAT_KINHONOR, "anh", 0},
	{"chi", CAT_KINHONOR, "chị", 0},
	/*
	 * schools and streets named after persons: "Bí thư chi bộ Trường THPT
	 * Nguyễn Huệ", "đường Lê Lợi", the name theirs, not a person's ("phố"
	 * is also the end of "thành phố", before a person)
	 */
	{"truong", CAT_NAMESAKE, "Trường", 0},	/* not "Bí thư Đoàn trường A" */
	{"thpt", CAT_NAMESAKE, NULL, 0},
	{"thcs", CAT_NAMESAKE, NULL, 0},
	{"ptth", CAT_NAMESAKE, NULL, 0},
	{"ptcs", CAT_NAMESAKE, NULL, 0},
	{"tieu hoc", CAT_NAMESAKE, NULL, 0},
	{"mam non", CAT_NAMESAKE, NULL, 0},
	{"trung hoc co so", CAT_NAMESAKE, NULL, 0},
	{"trung hoc pho thong", CAT_NAMESAKE, NULL, 0},
	{"dai hoc", CAT_NAMESAKE, NULL, 0},
	{"duong", CAT_NAMESAKE, "Đường", 0},
	/*
	 * a late leader remembered, no official of the report: "học tập tư
	 * tưởng của cố Tổng Bí thư Lê Duẩn", "quê hương (của) Chủ tịch Tôn Đức
	 * Thắng", "kỷ niệm 120 năm Ngày sinh đồng chí Trần Phú", "tư tưởng, đạo
	 * đức, phong cách Chủ tịch ..." (probe 44 G6); right before the
	 * honorific, the rank, the title or the name
	 */
	{"co", CAT_MEMORIAL, "cố", 0},
	/* "củng cố", "kiên cố": "cố" inside a word of two, no late one's */
	{"cung co", CAT_MEMORIAL, "cố", MEMORIAL_NOT},
	{"kien co", CAT_MEMORIAL, "cố", MEMORIAL_NOT},
	{"ngoan co", CAT_MEMORIAL, "cố", MEMORIAL_NOT},
	{"que huong", CAT_MEMORIAL, NULL, 0},
	{"que huong cua", CAT_MEMORIAL, NULL, 0},
	{"ngay sinh", CAT_MEMORIAL, NULL, 0},
	{"ngay sinh cua", CAT_MEMORIAL, NULL, 0},
	{"nam sinh", CAT_MEMORIAL, NULL, 0},
	{"nam sinh cua", CAT_MEMORIAL, NULL, 0},
	/*
	 * without "của" only: "phẩm chất đạo đức của đồng chí A", "tư tưởng
	 * của Tổng Bí thư B" may be the living's ("cố" marks the late one)
	 */
	{"tu tuong", CAT_MEMORIAL, NULL, 0},
	{"dao duc", CAT_MEMORIAL, NULL, 0},
	{"phong cach", CAT_MEMORIAL, NULL, 0},
	/*
	 * "tưởng niệm đồng chí A", "Khu lưu niệm Tổng Bí thư B", "đền thờ
	 * Chủ tịch C", "ngày giỗ đồng chí D": the late one honoured, or a place
	 * named after him ("ảnh lưu niệm cùng các đồng chí" is the living,
	 * hence "nhà", "khu" before "lưu niệm")
	 */
	{"tuong niem", CAT_MEMORIAL, NULL, 0},
	{"tuong nho", CAT_MEMORIAL, NULL, 0},
	{"den tho", CAT_MEMORIAL, NULL, 0},
	{"tuong dai", CAT_MEMORIAL, NULL, 0},
	{"nha luu niem", CAT_MEMORIAL, NULL, 0},
	{"khu luu niem", CAT_MEMORIAL, NULL, 0},
	{"khu di tich", CAT_MEMORIAL, NULL, 0},
	{"ngay mat", CAT_MEMORIAL, "mất", 0},
	{"ngay mat cua", CAT_MEMORIAL, NULL, 0},
	{"ngay gio", CAT_MEMORIAL, "giỗ", 0},
	{"ngay gio cua", CAT_MEMORIAL, NULL, 0},
	/*
	 * plural nouns of units, no persons: "các cơ quan, đơn vị tham dự", the
	 * units the subject of the role, which no person named near takes;
	 * "Cơ quan" also the agency a unit shares its Party organization with,
	 * after a dash (UNITNOUN_JOINT)
	 */
	{"co quan", CAT_UNITNOUN, NULL, UNITNOUN_JOINT},
	{"don vi", CAT_UNITNOUN, NULL, 0},
	{"dia phuong", CAT_UNITNOUN, NULL, 0},
	{"nganh", CAT_UNITNOUN, "ngành", 0},
	{"ban nganh", CAT_UNITNOUN, NULL, 0},
	{"doanh nghiep", CAT_UNITNOUN, NULL, 0},
	/* plural nouns of persons that open a list of names: "các nhân sự: A, B" */
	{"nhan su", CAT_LISTNOUN, NULL, 0},
	{"can bo", CAT_LISTNOUN, NULL, 0},
	{"ca nhan", CAT_LISTNOUN, NULL, 0},
	{"lanh dao", CAT_LISTNOUN, NULL, 0},	/* also after "và": "Trưởng Ban Tỉnh ủy và Lãnh đạo 2 đơn vị" */
	{"dai dien", CAT_LISTNOUN, NULL, 0},
	/*
	 * a speaker's role: "báo cáo viên Trần Văn A, Phó Trưởng Ban Tuyên
	 * giáo Tỉnh ủy", in lower case before "Name, title", hides no name
	 */
	{"bao cao vien", CAT_LISTNOUN, NULL, LISTNOUN_ROLE},
	{"giang vien", CAT_LISTNOUN, NULL, LISTNOUN_ROLE},
	{"dai bieu", CAT_LISTNOUN, NULL, LISTNOUN_ROLE},
	{"dien gia", CAT_LISTNOUN, NULL, LISTNOUN_ROLE},
	{"chuyen gia", CAT_LISTNOUN, NULL, LISTNOUN_ROLE},
	/*
	 * a post a person is elected to or takes up, after the name and its
	 * titles: "A tái đắc cử Bí thư Huyện ủy", "A được bầu giữ chức vụ Bí
	 * thư Đảng ủy", "A, nguyên Chủ tịch UBND huyện, làm Bí thư Đảng ủy xã";
	 * spelled so ("làm", not "lâm")
	 */
	{"dac cu", CAT_POSTVERB, "đắc cử", 0},
	{"tai dac cu", CAT_POSTVERB, "tái đắc cử", 0},
	{"trung cu", CAT_POSTVERB, "trúng cử", 0},
	{"tai cu", CAT_POSTVERB, "tái cử", 0},
	/* "tái đắc cử chức Bí thư Quận ủy", "trúng cử chức vụ ..." */
	{"dac cu chuc", CAT_POSTVERB, "đắc cử chức", 0},
	{"dac cu chuc vu", CAT_POSTVERB, "đắc cử chức vụ", 0},
	{"tai dac cu chuc", CAT_POSTVERB, "tái đắc cử chức", 0},
	{"tai dac cu chuc vu", CAT_POSTVERB, "tái đắc cử chức vụ", 0},
	{"trung cu chuc", CAT_POSTVERB, "trúng cử chức", 0},
	{"trung cu chuc vu", CAT_POSTVERB, "trúng cử chức vụ", 0},
	{"tai cu chuc", CAT_POSTVERB, "tái cử chức", 0},
	{"tai cu chuc vu", CAT_POSTVERB, "tái cử chức vụ", 0},
	/* "tái cử chức danh Bí thư Huyện ủy": the post named as an office */
	{"dac cu chuc danh", CAT_POSTVERB, "đắc cử chức danh", 0},
	{"tai dac cu chuc danh", CAT_POSTVERB, "tái đắc cử chức danh", 0},
	{"trung cu chuc danh", CAT_POSTVERB, "trúng cử chức danh", 0},
	{"tai cu chuc danh", CAT_POSTVERB, "tái cử chức danh", 0},
	/* "tái cử làm Bí thư Tỉnh Đoàn", as "được bầu làm" (probe 63 G7) */
	{"tai cu lam", CAT_POSTVERB, "tái cử làm", 0},
	{"tai dac cu lam", CAT_POSTVERB, "tái đắc cử làm", 0},
	/* "A - Ủy viên Bộ Chính trị tái giữ chức Thường trực Ban Bí thư" (stop 40, probe an AN8) */
	{"tai giu chuc", CAT_POSTVERB, "tái giữ chức", 0},
	{"tai giu chuc vu", CAT_POSTVERB, "tái giữ chức vụ", 0},
	{"tai giu chuc danh", CAT_POSTVERB, "tái giữ chức danh", 0},
	/* "bầu đồng chí A vào chức vụ Bí thư Đảng bộ": the post one is elected to */
	{"vao chuc vu", CAT_POSTVERB, "vào chức vụ", 0},
	{"duoc bau", CAT_POSTVERB, "được bầu", 0},
	{"duoc bau lai", CAT_POSTVERB, "được bầu lại", 0},
	{"duoc bau la", CAT_POSTVERB, "được bầu là", 0},
	{"duoc bau lam", CAT_POSTVERB, "được bầu làm", 0},
	{"duoc bau giu chuc", CAT_POSTVERB, "được bầu giữ chức", 0},
	{"duoc bau giu chuc vu", CAT_POSTVERB, "được bầu giữ chức vụ", 0},
	{"duoc bo nhiem", CAT_POSTVERB, "được bổ nhiệm", 0},
	{"duoc bo nhiem lam", CAT_POSTVERB, "được bổ nhiệm làm", 0},
	{"duoc bo nhiem giu chuc", CAT_POSTVERB, "được bổ nhiệm giữ chức", 0},
	{"duoc bo nhiem giu chuc vu", CAT_POSTVERB, "được bổ nhiệm giữ chức vụ", 0},
	{"duoc chi dinh", CAT_POSTVERB, "được chỉ định", 0},
	{"duoc chi dinh lam", CAT_POSTVERB, "được chỉ định làm", 0},
	{"duoc chi dinh giu chuc", CAT_POSTVERB, "được chỉ định giữ chức", 0},
	{"duoc chi dinh giu chuc vu", CAT_POSTVERB, "được chỉ định giữ chức vụ", 0},
	/*
	 * transferred to a post: "được điều động giữ chức Bí thư Tỉnh ủy", "được
	 * phân công làm ...", "được luân chuyển giữ chức vụ ..."; the verb alone
	 * names no post ("được điều động về địa phương")
	 */
	{"duoc dieu dong lam", CAT_POSTVERB, "được điều động làm", 0},
	{"duoc dieu dong giu chuc", CAT_POSTVERB, "được điều động giữ chức", 0},
	{"duoc dieu dong giu chuc vu", CAT_POSTVERB, "được điều động giữ chức vụ", 0},
	{"duoc phan cong lam", CAT_POSTVERB, "được phân công làm", 0},
	{"duoc phan cong giu chuc", CAT_POSTVERB, "được phân công giữ chức", 0},
	{"duoc phan cong giu chuc vu", CAT_POSTVERB, "được phân công giữ chức vụ", 0},
	{"duoc luan chuyen lam", CAT_POSTVERB, "được luân chuyển làm", 0},
	{"duoc luan chuyen giu chuc", CAT_POSTVERB, "được luân chuyển giữ chức", 0},
	{"duoc luan chuyen giu chuc vu", CAT_POSTVERB, "được luân chuyển giữ chức vụ", 0},
	{"giu chuc", CAT_POSTVERB, "giữ chức", 0},
	{"giu chuc vu", CAT_POSTVERB, "giữ chức vụ", 0},
	{"giu chuc danh", CAT_POSTVERB, "giữ chức danh", 0},
	/* "Đồng chí A giữ nhiệm vụ Bí thư, đồng chí B giữ nhiệm vụ Phó Bí thư chi bộ" (probe ac AC3) */
	{"giu nhiem vu", CAT_POSTVERB, "giữ nhiệm vụ", 0},
	/* "đến nhận chức vụ Giám đốc Công an tỉnh": a post taken up (probe ab ab4) */
	{"nhan chuc vu", CAT_POSTVERB, "nhận chức vụ", 0},
	{"den nhan chuc vu", CAT_POSTVERB, "đến nhận chức vụ", 0},
	{"ve nhan chuc vu", CAT_POSTVERB, "về nhận chức vụ", 0},
	{"dam nhan cuong vi", CAT_POSTVERB, "đảm nhận cương vị", 0},
	{"dam nhan", CAT_POSTVERB, "đảm nhận", 0},
	{"dam nhan chuc vu", CAT_POSTVERB, "đảm nhận chức vụ", 0},
	/* "để đảm nhiệm cương vị Phó Bí thư Thành ủy TP.HCM": the new post (probe ap AP4) */
	{"dam nhiem cuong vi", CAT_POSTVERB, "đảm nhiệm cương vị", 0},
	{"dam nhiem", CAT_POSTVERB, "đảm nhiệm", 0},
	{"dam nhiem chuc vu", CAT_POSTVERB, "đảm nhiệm chức vụ", 0},
	/* "tiếp tục đảm nhiệm chức danh Phó Bí thư Tỉnh ủy": the post named as an office (probe 49 G10) */
	{"dam nhiem chuc danh", CAT_POSTVERB, "đảm nhiệm chức danh", 0},
	{"dam nhan chuc danh", CAT_POSTVERB, "đảm nhận chức danh", 0},
	{"lam", CAT_POSTVERB, "làm", 0},
	/*
	 * the new post of one moved: "A, nguyên Bí thư Tỉnh ủy, được điều động
	 * nhận nhiệm vụ mới là Phó Chủ nhiệm ...", "đã điều động nhiệm vụ mới
	 * là X" (stop 33 O17); not "nhiệm vụ mới là" alone, a look-up at every
	 * "nhiệm vụ"
	 */
	{"nhan nhiem vu moi la", CAT_POSTVERB, "nhận nhiệm vụ mới là", 0},
	{"dieu dong nhiem vu moi la", CAT_POSTVERB, "điều động nhiệm vụ mới là", 0},
	{"dieu dong nhan nhiem vu moi la", CAT_POSTVERB, "điều động nhận nhiệm vụ mới là", 0},
	/* "vừa nhận nhiệm vụ mới là làm Bí thư Huyện ủy X": the post's verb after it (probe-s 44) */
	{"nhan nhiem vu moi la lam", CAT_POSTVERB, "nhận nhiệm vụ mới là làm", 0},
	{"dieu dong nhiem vu moi la lam", CAT_POSTVERB, "điều động nhiệm vụ mới là làm", 0},
	{"dieu dong nhan nhiem vu moi la lam", CAT_POSTVERB, "điều động nhận nhiệm vụ mới là làm", 0},
	/*
	 * "được điều động, nhận nhiệm vụ Thứ trưởng thường trực Bộ Nội vụ": the
	 * post named right after the verb, without "mới là" (probe bb BB8); a
	 * post must follow, so "nhận nhiệm vụ được giao" names none
	 */
	{"nhan nhiem vu", CAT_POSTVERB, "nhận nhiệm vụ", 0},

	/* ranks and degrees: they introduce a name but are no position */
	{"dai tuong", CAT_RANK, NULL, 0},
	{"thuong tuong", CAT_RANK, NULL, 0},
	{"trung tuong", CAT_RANK, NULL, 0},
	{"thieu tuong", CAT_RANK, NULL, 0},
	{"dai ta", CAT_RANK, NULL, 0},
	{"thuong ta", CAT_RANK, NULL, 0},
	{"trung ta", CAT_RANK, NULL, 0},
	{"thieu ta", CAT_RANK, NULL, 0},
	/* company grade, the rank of a commune's police chief or a border post's
	 * officer: "Đại úy Vũ Văn A phát biểu" (stop 31 J2) */
	{"dai uy", CAT_RANK, NULL, 0},
	{"thuong uy", CAT_RANK, NULL, 0},
	{"trung uy", CAT_RANK, NULL, 0},
	{"thieu uy", CAT_RANK, NULL, 0},
	{"chuan uy", CAT_RANK, NULL, 0},
	/* the navy's flag ranks */
	{"do doc", CAT_RANK, NULL, 0},
	{"pho do doc", CAT_RANK, NULL, 0},
	{"chuan do doc", CAT_RANK, NULL, 0},
	/* non-commissioned: "Thượng sĩ Lê Văn A" ("hạ sĩ quan" is a class, lower case) */
	{"thuong si", CAT_RANK, NULL, 0},
	{"trung si", CAT_RANK, NULL, 0},
	{"ha si", CAT_RANK, NULL, 0},
	/* academic degrees: a name alone on its line after one is a byline */
	{"giao su", CAT_RANK, NULL, RANK_DEGREE},
	{"pho giao su", CAT_RANK, NULL, RANK_DEGREE},
	{"tien si", CAT_RANK, NULL, RANK_DEGREE},
	{"thac si", CAT_RANK, NULL, RANK_DEGREE},
	/* the old spelling "sỹ", still common on provincial portals (stop 31 H4) */
	{"tien sy", CAT_RANK, NULL, RANK_DEGREE},
	{"thac sy", CAT_RANK, NULL, RANK_DEGREE},
	{"gs", CAT_RANK, NULL, RANK_DEGREE},
	{"pgs", CAT_RANK, NULL, RANK_DEGREE},
	{"ts", CAT_RANK, NULL, RANK_DEGREE},
	{"ths", CAT_RANK, NULL, RANK_DEGREE},
	{"gs . ts", CAT_RANK, NULL, RANK_DEGREE},
	{"pgs . ts", CAT_RANK, NULL, RANK_DEGREE},
	{"gs . ts .", CAT_RANK, NULL, RANK_DEGREE},
	{"pgs . ts .", CAT_RANK, NULL, RANK_DEGREE},
	{"ts .", CAT_RANK, NULL, RANK_DEGREE},
	{"ths .", CAT_RANK, NULL, RANK_DEGREE},
	/* "GS. Nguyễn Minh Thuyết", "PGS. Lê Văn A": the rank alone with its dot (stop 43, probe ba BA6) */
	{"gs .", CAT_RANK, NULL, RANK_DEGREE},
	{"pgs .", CAT_RANK, NULL, RANK_DEGREE},
	/*
	 * "GS-VS Đặng Vũ Minh", "GS.TSKH Lê Văn A", "Viện sĩ B": the
	 * academician (VS) and the doctor of science (TSKH), alone or joined
	 * to the professor's rank by a dot or a dash, as "GS.TS" (stop 44,
	 * probe be BE4); not "VS" alone, the "vs" of "Nam Định vs Hoàng Anh
	 * Gia Lai" (a lower-case rank opens a name)
	 */
	{"vien si", CAT_RANK, NULL, RANK_DEGREE},
	{"vien sy", CAT_RANK, NULL, RANK_DEGREE},
	{"tskh", CAT_RANK, NULL, RANK_DEGREE},
	{"tskh .", CAT_RANK, NULL, RANK_DEGREE},
	{"gs . vs", CAT_RANK, NULL, RANK_DEGREE},
	{"gs - vs", CAT_RANK, NULL, RANK_DEGREE},
	{"gs . tskh", CAT_RANK, NULL, RANK_DEGREE},
	{"gs - tskh", CAT_RANK, NULL, RANK_DEGREE},
	{"pgs . tskh", CAT_RANK, NULL, RANK_DEGREE},
	{"pgs - tskh", CAT_RANK, NULL, RANK_DEGREE},
	{"gs . vs . tskh", CAT_RANK, NULL, RANK_DEGREE},
	/*
	 * the state's honours of teachers, artists and physicians, NGƯT, NGND
	 * (Nhà giáo Ưu tú, Nhân dân), NSƯT, NSND, TTƯT, TTND, written before a
	 * name as a degree is and glued to the degrees by dots: "NGƯT Trần Văn
	 * Bình", "PGS.TS.NGƯT Trần Quang Quý" (stop 44, probe bd BD7)
	 */
	{"ngut", CAT_RANK, NULL, 0},
	{"ngnd", CAT_RANK, NULL, 0},
	{"nsut", CAT_RANK, NULL, 0},
	{"nsnd", CAT_RANK, NULL, 0},
	{"ttut", CAT_RANK, NULL, 0},
	{"ttnd", CAT_RANK, NULL, 0},
	{"ts . ngut", CAT_RANK, NULL, RANK_DEGREE},
	{"ts . ngnd", CAT_RANK, NULL, RANK_DEGREE},
	{"ths . ngut", CAT_RANK, NULL, RANK_DEGREE},
	{"gs . ts . ngut", CAT_RANK, NULL, RANK_DEGREE},
	{"gs . ts . ngnd", CAT_RANK, NULL, RANK_DEGREE},
	{"pgs . ts . ngut", CAT_RANK, NULL, RANK_DEGREE},
	{"pgs . ts . ngnd", CAT_RANK, NULL, RANK_DEGREE},
	{"ts . bs . ttut", CAT_RANK, NULL, RANK_DEGREE},
	{"ts . bs . ttnd", CAT_RANK, NULL, RANK_DEGREE},
	/* "Th.S Lê Văn A", "Th.S. Lê Văn A": ThS with a dot inside */
	{"th . s", CAT_RANK, NULL, RANK_DEGREE},
	{"th . s .", CAT_RANK, NULL, RANK_DEGREE},
	/* medical degrees, written before a doctor's name as "ThS" is: "Bác sĩ
	 * (Bác sỹ) Lê Văn A", "BSCKII Lê Văn A", "TS.BS Lê Văn A" */
	{"bac si", CAT_RANK, NULL, RANK_DEGREE},
	{"bac sy", CAT_RANK, NULL, RANK_DEGREE},
	{"bs", CAT_RANK, NULL, RANK_DEGREE},
	{"bs .", CAT_RANK, NULL, RANK_DEGREE},
	{"bscki", CAT_RANK, NULL, RANK_DEGREE},
	{"bsckii", CAT_RANK, NULL, RANK_DEGREE},
	{"bs . cki", CAT_RANK, NULL, RANK_DEGREE},
	{"bs . ckii", CAT_RANK, NULL, RANK_DEGREE},
	{"bs ckii", CAT_RANK, NULL, RANK_DEGREE},
	{"bs cki", CAT_RANK, NULL, RANK_DEGREE},
	/* with the dot that closes them: "BSCKII. Lê Văn A" (tokenize.c ends no sentence there) */
	{"bscki .", CAT_RANK, NULL, RANK_DEGREE},
	{"bsckii .", CAT_RANK, NULL, RANK_DEGREE},
	{"bs . cki .", CAT_RANK, NULL, RANK_DEGREE},
	{"bs . ckii .", CAT_RANK, NULL, RANK_DEGREE},
	{"ts . bs", CAT_RANK, NULL, RANK_DEGREE},
	{"ths . bs", CAT_RANK, NULL, RANK_DEGREE},
	{"pgs . ts . bs", CAT_RANK, NULL, RANK_DEGREE},
	{"bac si chuyen khoa i", CAT_RANK, NULL, RANK_DEGREE},
	{"bac si chuyen khoa ii", CAT_RANK, NULL, RANK_DEGREE},
	/* honours of the State, written between a rank and the name as a rank is */
	{"anh hung luc luong vu trang nhan dan", CAT_RANK, NULL, 0},
	{"anh hung llvtnd", CAT_RANK, NULL, 0},
	{"anh hung lao dong", CAT_RANK, NULL, 0},
	{"nha giao nhan dan", CAT_RANK, NULL, 0},
	{"nha giao uu tu", CAT_RANK, NULL, 0},
	{"thay thuoc nhan dan", CAT_RANK, NULL, 0},
	{"thay thuoc uu tu", CAT_RANK, NULL, 0},
	{"nghe si nhan dan", CAT_RANK, NULL, 0},
	{"nghe si uu tu", CAT_RANK, NULL, 0},
	{"nghe sy nhan dan", CAT_RANK, NULL, 0},
	{"nghe sy uu tu", CAT_RANK, NULL, 0},
	/*
	 * the title of honour of the mothers of the fallen, "(Bà) Mẹ Việt Nam
	 * Anh hùng", "Mẹ VNAH": no name, "Mẹ" no surname ("đại diện Bà Mẹ
	 * Việt Nam Anh hùng" names no one; probe bh BH2), the name after it a
	 * person's as after "Anh hùng Lao động"
	 */
	{"me viet nam anh hung", CAT_RANK, NULL, 0},
	{"me vnah", CAT_RANK, NULL, 0},

	/* positions; aux 1: a prefix that needs a position after it */
	{"pho", CAT_TITLE, "Phó", 1},
	{"quyen", CAT_TITLE, "Quyền", 1},
	{"nguyen", CAT_TITLE, "nguyên", 1},
	{"bi thu", CAT_TITLE, NULL, 0},
	{"tong bi thu", CAT_TITLE, NULL, 0},
	{"chu tich", CAT_TITLE, NULL, 0},
	{"chu tich nuoc", CAT_TITLE, NULL, 0},
	/* an honour an association gives: "Chủ tịch danh dự Hội Khuyến học tỉnh" (probe 65 G8) */
	{"chu tich danh du", CAT_TITLE, NULL, 0},
	{"uy vien", CAT_TITLE, NULL, 0},
	{"uy vien du khuyet", CAT_TITLE, NULL, 0},
	{"truong ban", CAT_TITLE, NULL, 0},
	{"pho ban", CAT_TITLE, NULL, 0},	/* Phó Trưởng Ban, as reporters shorten it */
	{"truong doan", CAT_TITLE, NULL, 2},
	/* a working group's head, as a delegation's: "Trưởng nhóm công tác của Trung ương" (probe af AF2) */
	{"truong nhom", CAT_TITLE, NULL, 2},
	{"truong tieu ban", CAT_TITLE, NULL, 2},
	/* "Thành viên Tiểu ban Văn kiện Đại hội ...": a seat on a congress's sub-committee (probe 48 G8) */
	{"thanh vien tieu ban", CAT_TITLE, NULL, 2},
	{"truong phong", CAT_TITLE, NULL, 3},
	{"pho phong", CAT_TITLE, NULL, 3},	/* Phó Trưởng phòng, as reporters shorten it */
	/* the head of a section: "Trưởng bộ phận một cửa", "Phó trưởng bộ phận Thường trực" */
	{"truong bo phan", CAT_TITLE, NULL, 3},
	{"giam doc", CAT_TITLE, NULL, 0},
	{"tong giam doc", CAT_TITLE, NULL, 0},
	{"chu nhiem", CAT_TITLE, NULL, 0},
	/*
	 * an association's head and deputy, as a school's parents' council
	 * names them: "ông A Hội phó Hội cha mẹ học sinh", "Chi hội trưởng Chi
	 * hội Phụ nữ"; "hội trường" (a hall) folds as "Hội trưởng" and is
	 * turned away with "Bộ trưởng"'s "Trường" (title_head())
	 */
	{"hoi truong", CAT_TITLE, NULL, 0},
	{"hoi pho", CAT_TITLE, NULL, 0},
	{"chi hoi truong", CAT_TITLE, NULL, 0},
	{"chi hoi pho", CAT_TITLE, NULL, 0},
	/* "đ/c A, UVBTV, CN UBKT": Chủ nhiệm Ủy ban Kiểm tra shortened; "CN" alone is no post (probe ac AC3) */
	{"cn ubkt", CAT_TITLE, "chu nhiem ubkt", 0},
	{"pcn ubkt", CAT_TITLE, "pho chu nhiem ubkt", 0},
	{"chanh van phong", CAT_TITLE, NULL, 0},
	{"chanh an", CAT_TITLE, NULL, 0},
	{"vien truong", CAT_TITLE, NULL, 0},
	{"thu tuong", CAT_TITLE, NULL, 0},
	{"bo truong", CAT_TITLE, NULL, 0},
	{"thu truong", CAT_TITLE, NULL, 0},
	{"vu truong", CAT_TITLE, NULL, 0},
	{"cuc truong", CAT_TITLE, NULL, 0},
	{"hieu truong", CAT_TITLE, NULL, 0},
	{"tinh uy vien", CAT_TITLE, NULL, 0},
	{"thanh uy vien", CAT_TITLE, NULL, 0},
	{"huyen uy vien", CAT_TITLE, NULL, 0},
	{"quan uy vien", CAT_TITLE, NULL, 0},
	{"thi uy vien", CAT_TITLE, NULL, 0},
	{"dang uy vien", CAT_TITLE, NULL, 0},
	{"chi uy vien", CAT_TITLE, NULL, 0},	/* a member of a cell's committee */
	/* abbreviated positions keyed by their full form folded, as UVTW below */
	{"tuv", CAT_TITLE, "tinh uy vien", 0},	/* Tỉnh ủy viên */
	{"huv", CAT_TITLE, "huyen uy vien", 0},
	{"quv", CAT_TITLE, "quan uy vien", 0},	/* Quận ủy viên */
	{"duv", CAT_TITLE, "dang uy vien", 0},	/* Đảng ủy viên: "ĐUV, Phó Chủ tịch HĐND phường" */
	/* Ủy viên Ban Thường vụ Tỉnh ủy, Huyện ủy; Phó Bí thư, as reporters shorten them */
	{"tvtu", CAT_TITLE, "uy vien ban thuong vu tinh uy", 0},
	{"tvhu", CAT_TITLE, "uy vien ban thuong vu huyen uy", 0},
	/* a commune's Đảng ủy has its Ban Thường vụ since 2025: "TVĐU", "UVBTVĐU" (stop 30 E9) */
	{"tvdu", CAT_TITLE, "uy vien ban thuong vu dang uy", 0},
	/*
	 * the same written out short, "Ủy viên Ban" left out, a Party committee
	 * after it: "đồng chí A, Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy"
	 * (stop 31 I2); as written, no body of its own without the committee
	 */
	{"thuong vu tinh uy", CAT_TITLE, NULL, 0},
	{"thuong vu thanh uy", CAT_TITLE, NULL, 0},
	{"thuong vu huyen uy", CAT_TITLE, NULL, 0},
	{"thuong vu quan uy", CAT_TITLE, NULL, 0},
	{"thuong vu thi uy", CAT_TITLE, NULL, 0},
	{"thuong vu dang uy", CAT_TITLE, NULL, 0},
	/*
	 * its short form, "TV" only before the committee, "TVHU" spaced: "đ/c
	 * A - TV Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy" (stop 36 W8)
	 */
	{"tv tinh uy", CAT_TITLE, "uy vien ban thuong vu tinh uy", 0},
	{"tv thanh uy", CAT_TITLE, "uy vien ban thuong vu thanh uy", 0},
	{"tv huyen uy", CAT_TITLE, "uy vien ban thuong vu huyen uy", 0},
	{"tv quan uy", CAT_TITLE, "uy vien ban thuong vu quan uy", 0},
	{"tv thi uy", CAT_TITLE, "uy vien ban thuong vu thi uy", 0},
	{"tv dang uy", CAT_TITLE, "uy vien ban thuong vu dang uy", 0},
	/* the same with "UV" or "UVB" before: "UVTVTU", "UVBTVHU" (probe 47 G4) */
	{"uvtvtu", CAT_TITLE, "uy vien ban thuong vu tinh uy", 0},
	{"uvbtvtu", CAT_TITLE, "uy vien ban thuong vu tinh uy", 0},
	{"uvtvhu", CAT_TITLE, "uy vien ban thuong vu huyen uy", 0},
	{"uvbtvhu", CAT_TITLE, "uy vien ban thuong vu huyen uy", 0},
	{"uvtvdu", CAT_TITLE, "uy vien ban thuong vu dang uy", 0},
	{"uvbtvdu", CAT_TITLE, "uy vien ban thuong vu dang uy", 0},
	/* UVTV, UVBTV: Ủy viên (Ban) Thường vụ, the level after it or understood */
	{"uvtv", CAT_TITLE, "uy vien ban thuong vu", 0},
	{"uvbtv", CAT_TITLE, "uy vien ban thuong vu", 0},
	{"uv btv", CAT_TITLE, "uy vien ban thuong vu", 0},
	/* UV: Ủy viên, its body written out after it ("UV Ban Thường vụ Đảng ủy", "UV BCH Đảng bộ") */
	{"uv", CAT_TITLE, "uy vien", 0},
	/*
	 * UVTW, UVTƯ, UV.TW: Ủy viên Trung ương (Đảng).  The value of an
	 * abbreviated position is its full form folded, the key it is merged by
	 */
	{"uvtw", CAT_TITLE, "uy vien trung uong", 0},
	{"uvtu", CAT_TITLE, "uy vien trung uong", 0},
	{"uv . tw", CAT_TITLE, "uy vien trung uong", 0},
	{"uv . tu", CAT_TITLE, "uy vien trung uong", 0},
	{"uvbct", CAT_TITLE, "uy vien bo chinh tri", 0},	/* Ủy viên Bộ Chính trị */
	/*
	 * a member of a company's council, as "Ủy viên" of a committee: "Thành
	 * viên HĐTV Tập đoàn", "Thành viên Hội đồng quản trị"; no member of
	 * anything else
	 */
	{"thanh vien hdtv", CAT_TITLE, NULL, 0},
	{"thanh vien hdqt", CAT_TITLE, NULL, 0},
	{"thanh vien hoi dong thanh vien", CAT_TITLE, NULL, 0},
	{"thanh vien hoi dong quan tri", CAT_TITLE, NULL, 0},
	/*
	 * "Thành viên" short before the council's letters, as "TV" before a
	 * Party committee: "B - TV HĐQT VRG" (probe ag AG3)
	 */
	{"tv hdtv", CAT_TITLE, "thanh vien hdtv", 0},
	{"tv hdqt", CAT_TITLE, "thanh vien hdqt", 0},
	/* UVBCHTW, UV BCH TW: Ủy viên Ban Chấp hành Trung ương, the same position */
	{"uvbchtw", CAT_TITLE, "uy vien trung uong", 0},
	{"uv bchtw", CAT_TITLE, "uy vien trung uong", 0},
	{"uv bch tw", CAT_TITLE, "uy vien trung uong", 0},
	/* TƯ for TW, the committee written out or "UVBCH" glued: "UV BCH TƯ Đảng", "UVBCH Trung ương Đảng" */
	{"uvbchtu", CAT_TITLE, "uy vien trung uong", 0},
	{"uv bchtu", CAT_TITLE, "uy vien trung uong", 0},
	{"uv bch tu", CAT_TITLE, "uy vien trung uong", 0},
	{"uvbch tw", CAT_TITLE, "uy vien trung uong", 0},
	{"uvbch tu", CAT_TITLE, "uy vien trung uong", 0},
	{"uvbch trung uong", CAT_TITLE, "uy vien trung uong", 0},
	{"uv bch trung uong", CAT_TITLE, "uy vien trung uong", 0},
	/* positions as reporters shorten them before a name: "TBT Nguyễn Văn A" */
	{"tbt", CAT_TITLE, "tong bi thu", 0},	/* Tổng Bí thư */
	{"tong bt", CAT_TITLE, "tong bi thu", 0},
	{"ptt", CAT_TITLE, "pho thu tuong", 0},	/* Phó Thủ tướng */
	{"ctn", CAT_TITLE, "chu tich nuoc", 0},	/* Chủ tịch nước */
	{"pct", CAT_TITLE, "pho chu tich", 0},	/* Phó Chủ tịch */
	/*
	 * "A - GĐ Sở KH&CN", "PGĐ Công ty X": Giám đốc shortened, its "Đ"
	 * written (names.c, title_head_from(); "GD" is Giáo dục, "Sở GD&ĐT";
	 * stop 34 R7)
	 */
	{"gd", CAT_TITLE, "giam doc", 0},
	{"pgd", CAT_TITLE, "pho giam doc", 0},
	{"tgd", CAT_TITLE, "tong giam doc", 0},
	{"ct ubnd", CAT_TITLE, "chu tich ubnd", 0},	/* Chủ tịch UBND */
	{"ct hdnd", CAT_TITLE, "chu tich hdnd", 0},
	/* "PBT Đảng ủy – CT UBMTTQ xã": the Front's committee too (probe 59 G3) */
	{"ct ubmttq", CAT_TITLE, "chu tich ubmttq", 0},
	{"ct mttq", CAT_TITLE, "chu tich mttq", 0},
	{"ct ubmttqvn", CAT_TITLE, "chu tich ubmttq", 0},
	/*
	 * the same glued to the body's initials, as "PBTTT", "UVBTV" are:
	 * "PBT Huyện ủy, CTUBND huyện", "PCTUBND xã", "CTUBMTTQVN huyện"
	 * (stop 36 W1); the body's level after it goes on as after "CT UBND"
	 */
	{"ctubnd", CAT_TITLE, "chu tich ubnd", 0},
	{"cthdnd", CAT_TITLE, "chu tich hdnd", 0},
	{"ctubmttq", CAT_TITLE, "chu tich ubmttq", 0},
	{"ctubmttqvn", CAT_TITLE, "chu tich ubmttq", 0},
	{"ctmttq", CAT_TITLE, "chu tich mttq", 0},
	{"pctubnd", CAT_TITLE, "pho chu tich ubnd", 0},
	{"pcthdnd", CAT_TITLE, "pho chu tich hdnd", 0},
	{"pctubmttq", CAT_TITLE, "pho chu tich ubmttq", 0},
	{"pctubmttqvn", CAT_TITLE, "pho chu tich ubmttq", 0},
	{"pctmttq", CAT_TITLE, "pho chu tich mttq", 0},
	{"bttt", CAT_TITLE, "bi thu thuong truc", 0},	/* Bí thư Thường trực */
	{"pbttt", CAT_TITLE, "pho bi thu thuong truc", 0},
	{"pho bttt", CAT_TITLE, "pho bi thu thuong truc", 0},
	/*
	 * a lecturer at a conference: "Báo cáo viên Trung ương", "báo cáo viên
	 * Nguyễn Văn A"; a grade of staff, its body perhaps after a comma:
	 * "Báo cáo viên cao cấp, Ban Tuyên giáo Trung ương", "Giảng viên cao
	 * cấp Học viện Chính trị quốc gia Hồ Chí Minh" (probe 61 G4)
	 */
	{"bao cao vien", CAT_TITLE, NULL, TITLE_GRADE},
	{"bao cao vien cao cap", CAT_TITLE, NULL, TITLE_GRADE},
	{"bcv", CAT_TITLE, "bao cao vien", 0},
	{"giang vien", CAT_TITLE, NULL, TITLE_GRADE},
	{"giang vien chinh", CAT_TITLE, NULL, TITLE_GRADE},
	{"giang vien cao cap", CAT_TITLE, NULL, TITLE_GRADE},
	/*
	 * a body's spokesperson: "Thiếu tướng A, Chánh Văn phòng, người phát
	 * ngôn Bộ Công an" (probe aq X1); in lower case a post only with its
	 * body or before a name, as any title
	 */
	{"nguoi phat ngon", CAT_TITLE, NULL, 0},
	/* an army unit's political officer: "chính trị viên Ban Chỉ huy quân sự huyện" */
	{"chinh tri vien", CAT_TITLE, NULL, 0},
	{"chinh tri vien pho", CAT_TITLE, NULL, 0},
	{"pbt", CAT_TITLE, "pho bi thu", 0},	/* Phó Bí thư */
	/*
	 * "BTĐU", "PBTĐU": (Phó) Bí thư Đảng ủy, its committee glued as in
	 * "UVBTVĐU" ("Thượng tá A - BTĐU, Chính ủy Trung đoàn", "TUV, BTĐU,
	 * Giám đốc BHXH tỉnh"); the standing committee is "BTVĐU", with its V.
	 * "Ủy viên BTĐU", if a member of one so written, stays one title as
	 * written, no "Ủy viên" and a secretary's post
	 */
	{"uy vien btdu", CAT_TITLE, NULL, 0},
	{"btdu", CAT_TITLE, "bi thu dang uy", 0},
	{"pbtdu", CAT_TITLE, "pho bi thu dang uy", 0},
	/*
	 * "CT.Hội CCB quận", "BT.Đảng ủy xã": Chủ tịch, Bí thư shortened with
	 * a dot glued to the body they head ("PCT.", "PBT." as "PCT", "PBT");
	 * "CT" and "BT" alone are no position
	 */
	{"ct .", CAT_TITLE, "chu tich", 0},
	{"bt .", CAT_TITLE, "bi thu", 0},
	{"uvt . u", CAT_TITLE, "uy vien trung uong", 0},	/* UVT.Ư: Ủy viên Trung ương */
	{"dai bieu quoc hoi", CAT_TITLE, NULL, 0},
	{"thuong truc ban bi thu", CAT_TITLE, NULL, 0},
	/*
	 * "thành viên Thường trực Ban Bí thư", "Trợ lý Thường trực Ban Bí thư
	 * Trung ương": the standing member's seat and his assistant's post
	 * (probe af AF2); longer rows before "thanh vien ..." and any prefix
	 */
	{"thanh vien thuong truc ban bi thu", CAT_TITLE, NULL, 0},
	{"tro ly thuong truc ban bi thu", CAT_TITLE, NULL, 0},
	/* "nguyên Thường trực Bộ Chính trị" (of the 1990s), a post as the Secretariat's (stop 34 Q13) */
	{"thuong truc bo chinh tri", CAT_TITLE, NULL, 0},
	/*
	 * the standing member of a congress's subcommittee, a post one holds,
	 * where "Thường trực Tỉnh ủy" is a body: "Thường trực Tiểu ban Văn
	 * kiện Đại hội XIV"
	 */
	{"thuong truc tieu ban", CAT_TITLE, NULL, 2},
	/* "Thường trực Tổ biên tập văn kiện ...", "Thường trực Ban Chỉ đạo 35 tỉnh": as a subcommittee's (stop 32 M6) */
	{"thuong truc to bien tap", CAT_TITLE, NULL, 2},
	{"thuong truc ban chi dao", CAT_TITLE, NULL, 2},
	{"chi huy truong", CAT_TITLE, NULL, 0},
	{"chinh uy", CAT_TITLE, NULL, 0},
	{"tu lenh", CAT_TITLE, NULL, 0},
	{"tong thu ky", CAT_TITLE, NULL, 0},
	{"tong kiem toan nha nuoc", CAT_TITLE, NULL, 0},
	{"truong cong an", CAT_TITLE, NULL, 0},
	{"giam doc cong an", CAT_TITLE, NULL, 0},
	{"tong bien tap", CAT_TITLE, NULL, 0},
	/*
	 * a newsroom's posts, a speaker's at a seminar of the press: "Đỗ Doãn
	 * Hoàng, Phóng viên báo Dân Việt" (probe 54 G6)
	 */
	{"phong vien", CAT_TITLE, NULL, 0},
	{"bien tap vien", CAT_TITLE, NULL, 0},
	{"truong ban chi dao", CAT_TITLE, NULL, 2},
	{"truong bcd", CAT_TITLE, NULL, 2},	/* BCĐ: Ban Chỉ đạo, as BTV, BCH */
	{"bi thu chi bo", CAT_TITLE, NULL, 0},
	{"chu tich hdqt", CAT_TITLE, NULL, 0},
	{"chanh thanh tra", CAT_TITLE, NULL, 0},
	{"tong thanh tra", CAT_TITLE, NULL, 0},
	{"tong cuc truong", CAT_TITLE, NULL, 0},
	/* military staff and unit commanders: "Tổng Tham mưu trưởng", "Sư đoàn trưởng" */
	{"tong tham muu truong", CAT_TITLE, NULL, 0},
	{"tham muu truong", CAT_TITLE, NULL, 0},
	{"su doan truong", CAT_TITLE, NULL, 0},
	{"lu doan truong", CAT_TITLE, NULL, 0},
	{"trung doan truong", CAT_TITLE, NULL, 0},
	/*
	 * the heads of a border post, a police or naval team and a prison:
	 * "Đồn trưởng Đồn Biên phòng X", "Đội trưởng Đội Cảnh sát hình sự",
	 * "Hải đội trưởng", "Giám thị Trại giam X" (stop 31 J5)
	 */
	{"don truong", CAT_TITLE, NULL, 0},
	{"doi truong", CAT_TITLE, NULL, 0},
	{"hai doi truong", CAT_TITLE, NULL, 0},
	{"giam thi", CAT_TITLE, NULL, 0},
	{"dai su", CAT_TITLE, NULL, 0},
	{"truong khoa", CAT_TITLE, NULL, 0},
	{"truong thon", CAT_TITLE, NULL, 0},
	/*
	 * the head of a station ("Trạm y tế", "Trạm Khuyến nông", "Trạm Kiểm
	 * lâm"): "Trưởng Trạm", as "Trưởng phòng", and "Trạm trưởng"
	 */
	{"truong tram", CAT_TITLE, NULL, 0},
	{"tram truong", CAT_TITLE, NULL, 0},
	/* the head of an emulation cluster: "Cụm trưởng Cụm thi đua số III" */
	{"cum truong", CAT_TITLE, NULL, 2},
	/*
	 * the head of a working group or a team, named as a cluster's is: "Tổ
	 * trưởng Tổ công tác số 3", "Tổ trưởng tổ giúp việc"; and of a bloc
	 */
	{"to truong", CAT_TITLE, NULL, 2},
	{"to pho", CAT_TITLE, NULL, 2},
	{"khoi truong", CAT_TITLE, NULL, 2},
	/* their deputies, "Cụm phó", "Khối phó", as "Tổ phó" (stop 32 M6) */
	{"cum pho", CAT_TITLE, NULL, 2},
	{"khoi pho", CAT_TITLE, NULL, 2},
	/* "Trưởng Khối thi đua các sở, ngành", "Trưởng Cụm giao ban ...": as "Trưởng Trạm" (probe 57 G6) */
	{"truong khoi", CAT_TITLE, NULL, 2},
	{"truong cum", CAT_TITLE, NULL, 2},
	/* the head of a workshop, named as a department's head is: "Quản đốc phân xưởng Cán" */
	{"quan doc", CAT_TITLE, NULL, 0},
	{"quan doc phan xuong", CAT_TITLE, NULL, 3},
	/* a specialist's post in a body: "Chuyên viên Ban Tổ chức Huyện ủy" */
	{"chuyen vien", CAT_TITLE, NULL, TITLE_GRADE},
	{"chuyen vien chinh", CAT_TITLE, NULL, TITLE_GRADE},
	{"chuyen vien cao cap", CAT_TITLE, NULL, TITLE_GRADE},

	/*
	 * lower-case words that go on inside a position; aux 1: a level, a
	 * place's name may follow; aux 2: only after "ban" ("Trưởng ban tổ chức")
	 */
	{"nhan dan", CAT_TITLEWORD, NULL, 0},
	{"dai bieu", CAT_TITLEWORD, NULL, 0},
	{"chuyen trach", CAT_TITLEWORD, NULL, 0},
	/*
	 * "Phó Chủ tịch không chuyên trách Ủy ban MTTQ tỉnh": the Front's and
	 * the unions' part-time post, "không" no verb's negation there (stop
	 * 44, probe bd BD6)
	 */
	{"khong chuyen trach", CAT_TITLEWORD, NULL, 0},
	{"du khuyet", CAT_TITLEWORD, NULL, 0},
	/*
	 * "Giám đốc Bệnh viện đa khoa Trung ương", "Chủ tịch Hội đồng quản trị
	 * công ty Điện lực" (HĐQT): words of a body's name pages write in lower
	 * case (probe 54 G1)
	 */
	{"da khoa", CAT_TITLEWORD, NULL, 0},
	{"quan tri", CAT_TITLEWORD, NULL, 0},
	{"bao chi", CAT_TITLEWORD, NULL, 0},	/* "Giám đốc Trung tâm báo chí Đại hội XIV" */
	/*
	 * a province's newspaper and radio merged in 2025, its comma inside the
	 * name: "Tổng Biên tập Báo và Phát thanh, Truyền hình Tuyên Quang"
	 * (probe 53 G3)
	 */
	{"bao va phat thanh , truyen hinh", CAT_TITLEWORD, NULL, 0},
	/* the courts' and procuracies' ranks: "Tòa án nhân dân tối cao", "... cấp cao" */
	{"toi cao", CAT_TITLEWORD, NULL, 0},
	{"cap cao", CAT_TITLEWORD, NULL, 0},
	/* the level a post serves: "Báo cáo viên cấp huyện", "Giảng viên cấp tỉnh" */
	{"cap trung uong", CAT_TITLEWORD, NULL, 0},
	{"cap tinh", CAT_TITLEWORD, NULL, 0},
	{"cap huyen", CAT_TITLEWORD, NULL, 0},
	{"cap xa", CAT_TITLEWORD, NULL, 0},
	{"cap co so", CAT_TITLEWORD, NULL, 0},
	{"nuoc", CAT_TITLEWORD, "nước", 0},
	{"noi bo", CAT_TITLEWORD, NULL, 0},
	{"xa hoi chu nghia", CAT_TITLEWORD, NULL, 0},
	/* "Bảo hiểm xã hội tỉnh", "Ngân hàng Chính sách xã hội": society, no "xã" of a commune */
	{"xa hoi", CAT_TITLEWORD, NULL, 0},
	{"thuong truc", CAT_TITLEWORD, NULL, 0},
	{"thuong vu", CAT_TITLEWORD, NULL, 0},
	{"quoc hoi", CAT_TITLEWORD, NULL, 0},
	{"quoc gia", CAT_TITLEWORD, NULL, 0},
	{"khu vuc", CAT_TITLEWORD, NULL, 0},
	{"dang bo", CAT_TITLEWORD, NULL, 0},
	{"cac co quan", CAT_TITLEWORD, NULL, 0},	/* "Khối các cơ quan tỉnh" */
	{"cong ty", CAT_TITLEWORD, NULL, 0},	/* "Chủ tịch Tổng công ty": a company */
	/* a company's legal form: "Công ty cổ phần Tân Lập", "trách nhiệm hữu hạn một thành viên" */
	{"co phan", CAT_TITLEWORD, NULL, 0},
	{"trach nhiem huu han", CAT_TITLEWORD, NULL, 0},
	{"mot thanh vien", CAT_TITLEWORD, NULL, 0},
	{"t . u", CAT_TITLEWORD, NULL, 0},	/* T.Ư: Trung ương */
	{"thu nhat", CAT_TITLEWORD, NULL, 0},	/* "Bí thư thứ nhất Trung ương Đoàn" */
	{"chap hanh", CAT_TITLEWORD, NULL, 2},
	{"kiem tra", CAT_TITLEWORD, NULL, 2},
	{"to chuc", CAT_TITLEWORD, NULL, 2},
	/*
	 * a university's, a ministry's or a corporation's board of personnel,
	 * one name, its body after it as after "Phòng Tổ chức cán bộ":
	 * "Trưởng ban Tổ chức cán bộ ĐH Quốc gia TP.HCM" (stop 36 Y11)
	 */
	{"to chuc can bo", CAT_TITLEWORD, NULL, 2},
	{"tuyen giao", CAT_TITLEWORD, NULL, 2},
	{"dan van", CAT_TITLEWORD, NULL, 2},
	{"noi chinh", CAT_TITLEWORD, NULL, 2},
	{"chi dao", CAT_TITLEWORD, NULL, 2},
	{"chi huy", CAT_TITLEWORD, NULL, 2},
	{"tinh", CAT_TITLEWORD, "tỉnh", 1},
	/* "Bí thư huyện ủy": a body in lower case, a place may follow */
	{"tinh uy", CAT_TITLEWORD, NULL, 1},
	{"thanh uy", CAT_TITLEWORD, NULL, 1},
	{"huyen uy", CAT_TITLEWORD, NULL, 1},
	{"quan uy", CAT_TITLEWORD, NULL, 1},
	{"thi uy", CAT_TITLEWORD, NULL, 1},
	{"dang uy", CAT_TITLEWORD, NULL, 1},
	{"thanh pho", CAT_TITLEWORD, NULL, 1},
	{"tp", CAT_TITLEWORD, "TP", 1},
	{"tp .", CAT_TITLEWORD, NULL, 1},
	{"huyen", CAT_TITLEWORD, "huyện", 1},
	{"quan", CAT_TITLEWORD, "quận", 1},
	{"thi xa", CAT_TITLEWORD, NULL, 1},
	{"xa", CAT_TITLEWORD, "xã", 1},
	{"phuong", CAT_TITLEWORD, "phường", 1},
	{"thi tran", CAT_TITLEWORD, NULL, 1},
	{"thon", CAT_TITLEWORD, "thôn", 1},
	/*
	 * aux 3: capitalized words of departments' names whose second syllable
	 * would end a title ("Sở Giao thông vận tải", "Phòng Văn hóa - Thông
	 * tin"); in lower case they are prose
	 */
	{"giao thong", CAT_TITLEWORD, NULL, 3},
	{"truyen thong", CAT_TITLEWORD, NULL, 3},
	{"thong tin", CAT_TITLEWORD, NULL, 3},
	{"phat trien", CAT_TITLEWORD, NULL, 3},
	{"phat thanh", CAT_TITLEWORD, NULL, 3},
	{"thong tan", CAT_TITLEWORD, NULL, 3},
	/*
	 * aux 4: units numbered, the number is part of their name: "Quân khu
	 * 5", "Chi bộ 25", "Tổ dân phố 7"; only with the number after them
	 */
	{"quan khu", CAT_TITLEWORD, NULL, 4},
	{"quan doan", CAT_TITLEWORD, NULL, 4},
	{"su doan", CAT_TITLEWORD, NULL, 4},
	{"binh doan", CAT_TITLEWORD, NULL, 4},
	{"trung doan", CAT_TITLEWORD, NULL, 4},
	{"lu doan", CAT_TITLEWORD, NULL, 4},
	{"tieu doan", CAT_TITLEWORD, NULL, 4},
	{"dai doi", CAT_TITLEWORD, NULL, 4},
	{"hai doan", CAT_TITLEWORD, NULL, 4},
	/* "Bệnh viện Quân y 103": a military hospital numbered (stop 31 J5) */
	{"quan y", CAT_TITLEWORD, NULL, 4},
	{"hai doi", CAT_TITLEWORD, NULL, 4},	/* "Hải đội trưởng Hải đội 2" */
	{"vung", CAT_TITLEWORD, NULL, 4},
	{"vung canh sat bien", CAT_TITLEWORD, NULL, 4},
	{"chi bo", CAT_TITLEWORD, NULL, 4},
	{"khu pho", CAT_TITLEWORD, NULL, 4},
	{"to dan pho", CAT_TITLEWORD, NULL, 4},
	{"khu dan cu", CAT_TITLEWORD, NULL, 4},
	{"cum", CAT_TITLEWORD, NULL, 4},
	/*
	 * the departments of the central commissions numbered by the area they
	 * serve: "Vụ Địa bàn 6", "Vụ Địa phương 2"
	 */
	{"dia ban", CAT_TITLEWORD, NULL, 4},
	{"dia phuong", CAT_TITLEWORD, NULL, 4},
	/* "Trưởng đoàn Kiểm tra số 2", "Tổ trưởng Tổ công tác số 3": "số" numbers the unit */
	{"so", CAT_TITLEWORD, NULL, 4},
	/*
	 * aux 5: units whose name goes on in sentence case after them: "Giám
	 * đốc Trung tâm bồi dưỡng chính trị huyện", "Bí thư ban Cán sự đảng";
	 * only as the first word of a title's body
	 */
	{"trung tam", CAT_TITLEWORD, NULL, 5},
	{"tram", CAT_TITLEWORD, NULL, 5},	/* "Giám đốc Trạm bảo vệ thực vật huyện" */
	{"ban", CAT_TITLEWORD, NULL, 5},
	{"van phong", CAT_TITLEWORD, NULL, 5},
	{"hoi dong", CAT_TITLEWORD, NULL, 5},
	{"hiep hoi", CAT_TITLEWORD, NULL, 5},	/* "Chủ tịch Hiệp hội doanh nghiệp tỉnh" */
	/*
	 * an agency's or a sector's trade union, its field after it in sentence
	 * case: "Chủ tịch Công đoàn văn phòng UBND tỉnh", "Công đoàn viên chức
	 * tỉnh" (stop 44, probe bd BD3)
	 */
	{"cong doan", CAT_TITLEWORD, NULL, 5},
	/* a newspaper, its name capitalized after it: "Phóng viên báo Dân Việt" (probe 54 G6) */
	{"bao", CAT_TITLEWORD, NULL, 5},
	{"tap chi", CAT_TITLEWORD, NULL, 5},

	/*
	 * bodies reporters write in lower case inside a position: "Ủy viên
	 * trung ương đảng", "Ban Kinh tế trung ương", "Chủ tịch ủy ban nhân
	 * dân tỉnh", "Chủ nhiệm ủy ban Trần Văn A"; aux 1: only after another
	 * ("trung ương đảng", not "đảng viên")
	 */
	{"trung uong", CAT_LOWERBODY, NULL, 0},
	{"uy ban", CAT_LOWERBODY, NULL, 0},
	{"dang", CAT_LOWERBODY, "đảng", 1},
	/*
	 * mass organizations, as often in lower case: "Chủ tịch công đoàn Bệnh
	 * viện", "Bí thư đoàn thanh niên xã", "Chủ tịch hội cựu chiến binh"
	 */
	{"cong doan", CAT_LOWERBODY, "công đoàn", 0},
	{"doan thanh nien", CAT_LOWERBODY, "đoàn thanh niên", 0},
	{"hoi cuu chien binh", CAT_LOWERBODY, "hội cựu chiến binh", 0},
	{"hoi phu nu", CAT_LOWERBODY, "hội phụ nữ", 0},
	{"hoi nong dan", CAT_LOWERBODY, "hội nông dân", 0},
	/*
	 * a company's council, "Chủ tịch hội đồng quản trị kiêm Tổng giám đốc
	 * Công ty" (probe ag AG3): all in lower case, no capital after it
	 */
	{"hoi dong quan tri", CAT_LOWERBODY, "hội đồng quản trị", 0},
	{"hoi dong thanh vien", CAT_LOWERBODY, "hội đồng thành viên", 0},
	/*
	 * a school's parents' council, "Hội phó Hội cha mẹ học sinh nhà
	 * trường"; a body's standing office in a region, before the body:
	 * "Vụ trưởng cơ quan thường trực Ban Tuyên giáo Trung ương phụ trách
	 * phía Nam" (probe ac AC3)
	 */
	{"hoi cha me hoc sinh", CAT_LOWERBODY, "hội cha mẹ học sinh", 0},
	{"ban dai dien cha me hoc sinh", CAT_LOWERBODY, "ban đại diện cha mẹ học sinh", 0},
	{"co quan thuong truc", CAT_LOWERBODY, "cơ quan thường trực", 0},
	/*
	 * the Youth Union's committee of a level, in lower case: "Bí thư huyện
	 * đoàn", "Bí thư thành đoàn", "xã đoàn" (probe 59 G4; names.c,
	 * complement(), before the level alone)
	 */
	{"tinh doan", CAT_LOWERBODY, "tỉnh đoàn", 0},
	{"thanh doan", CAT_LOWERBODY, "thành đoàn", 0},
	{"huyen doan", CAT_LOWERBODY, "huyện đoàn", 0},
	{"quan doan", CAT_LOWERBODY, "quận đoàn", 0},
	{"thi doan", CAT_LOWERBODY, "thị đoàn", 0},
	{"xa doan", CAT_LOWERBODY, "xã đoàn", 0},

	/* lower-case syllables that end a position rather than complete a word */
	{"thong", CAT_TITLESTOP, "thông", 0},
	{"giai", CAT_TITLESTOP, "giải", 0},
	{"chia", CAT_TITLESTOP, "chia", 0},
	{"phan", CAT_TITLESTOP, "phân", 0},
	{"nhan", CAT_TITLESTOP, "nhận|nhấn", 0},
	{"hoi", CAT_TITLESTOP, "hỏi", 0},
	{"chu", CAT_TITLESTOP, "chủ", 0},
	{"du", CAT_TITLESTOP, "dự", 0},
	{"phat", CAT_TITLESTOP, "phát", 0},
	{"cung", CAT_TITLESTOP, "cùng|cũng", 0},
	/* "tại điểm cầu Trụ sở Trung ương Đảng còn có": an adverb (probe 59 G7) */
	{"con", CAT_TITLESTOP, "còn", 0},
	{"da", CAT_TITLESTOP, "đã", 0},
	{"va", CAT_TITLESTOP, "và", 0},
	{"tai", CAT_TITLESTOP, "tại", 0},
	{"co", CAT_TITLESTOP, "có", 0},
	{"la", CAT_TITLESTOP, "là", 0},
	/* "các Phó Bí thư Tỉnh ủy Phú An gồm ông A, ...": its holders follow */
	{"gom", CAT_TITLESTOP, "gồm", 0},
	{"ve", CAT_TITLESTOP, "về", 0},
	{"voi", CAT_TITLESTOP, "với", 0},
	{"trong", CAT_TITLESTOP, "trong", 0},
	{"cua", CAT_TITLESTOP, "của", 0},
	{"cho", CAT_TITLESTOP, "cho", 0},
	{"theo", CAT_TITLESTOP, "theo", 0},
	{"de", CAT_TITLESTOP, "để|đề", 0},
	{"duoc", CAT_TITLESTOP, "được", 0},
	{"den", CAT_TITLESTOP, "đến", 0},
	{"tu", CAT_TITLESTOP, "từ", 0},
	{"neu", CAT_TITLESTOP, "nêu", 0},
	{"ky", CAT_TITLESTOP, "ký", 0},
	{"len", CAT_TITLESTOP, "lên", 0},
	{"bao", CAT_TITLESTOP, "báo", 0},
	{"thay", CAT_TITLESTOP, "thay", 0},
	{"tham", CAT_TITLESTOP, "tham|thăm", 0},
	{"trinh", CAT_TITLESTOP, "trình", 0},
	{"khai", CAT_TITLESTOP, "khai", 0},
	{"ket", CAT_TITLESTOP, "kết", 0},
	{"chi", CAT_TITLESTOP, "chỉ", 0},
	{"danh", CAT_TITLESTOP, "đánh", 0},
	{"yeu", CAT_TITLESTOP, "yêu", 0},
	{"gui", CAT_TITLESTOP, "gửi", 0},
	{"tang", CAT_TITLESTOP, "tặng", 0},
	{"trao", CAT_TITLESTOP, "trao", 0},
	{"lam", CAT_TITLESTOP, "làm", 0},
	{"di", CAT_TITLESTOP, "đi", 0},
	{"ra", CAT_TITLESTOP, "ra", 0},
	{"vao", CAT_TITLESTOP, "vào", 0},
	{"nay", CAT_TITLESTOP, "nay|này", 0},
	{"cac", CAT_TITLESTOP, "các", 0},
	{"nhung", CAT_TITLESTOP, "những", 0},
	{"khi", CAT_TITLESTOP, "khi", 0},
	{"se", CAT_TITLESTOP, "sẽ", 0},
	{"dang", CAT_TITLESTOP, "đang", 0},
	{"vua", CAT_TITLESTOP, "vừa", 0},
	{"dong", CAT_TITLESTOP, "đồng", 0},
	{"ong", CAT_TITLESTOP, "ông", 0},
	{"ba", CAT_TITLESTOP, "bà", 0},
	{"tiep", CAT_TITLESTOP, "tiếp", 0},
	{"quan", CAT_TITLESTOP, "quán", 0},
	{"trien", CAT_TITLESTOP, "triển", 0},
	{"pho", CAT_TITLESTOP, "phổ", 0},	/* phổ biến */
	{"gioi", CAT_TITLESTOP, "giới", 0},
	{"dieu", CAT_TITLESTOP, "điều", 0},
	{"hop", CAT_TITLESTOP, "họp", 0},
	{"dan", CAT_TITLESTOP, "dẫn", 0},
	{"huong dan", CAT_TITLESTOP, NULL, 0},	/* "Giám đốc Sở Tư pháp hướng dẫn" */
	/* "Tổng Giám đốc Tổng công ty X sinh hoạt tại Chi bộ": the verb (stop 34 R7) */
	{"sinh hoat", CAT_TITLESTOP, NULL, 0},
	/*
	 * verbs of assent, the usual comment on a report: "Phó Trưởng Ban Chỉ
	 * đạo nhất trí với báo cáo", "... thống nhất", "... tán thành" (stop 31
	 * H2; "đồng tình", "đồng ý" end at "đồng")
	 */
	{"nhat tri", CAT_TITLESTOP, NULL, 0},
	{"thong nhat", CAT_TITLESTOP, NULL, 0},
	{"tan thanh", CAT_TITLESTOP, NULL, 0},
	/*
	 * a preposition of two syllables, no syllable of a name: "bổ nhiệm chức
	 * vụ Giám đốc Sở Nội vụ đối với ông A" (stop 28 G6)
	 */
	{"doi voi", CAT_TITLESTOP, NULL, 0},
	/*
	 * standing for a post, the post stood for after it: "A, Bí thư Đảng ủy
	 * xã X ứng cử (chức danh) Ủy viên Ban Chấp hành Đảng bộ huyện", "...
	 * tái ứng cử" (stop 36 W3)
	 */
	{"ung cu", CAT_TITLESTOP, NULL, 0},
	/*
	 * the verbs of relief and ceremony captions, right after a title with
	 * no comma: "Chủ tịch HĐND phường Vũng Tàu ủng hộ đồng bào", "...
	 * dâng hương", "... bắt tay", "... trò chuyện với" (probe z Z7)
	 */
	{"ung ho", CAT_TITLESTOP, NULL, 0},
	{"dang huong", CAT_TITLESTOP, NULL, 0},
	{"bat tay", CAT_TITLESTOP, NULL, 0},
	{"tro chuyen", CAT_TITLESTOP, NULL, 0},
	{"tai ung cu", CAT_TITLESTOP, NULL, 0},
	{"nhiem ky", CAT_TITLESTOP, NULL, 0},	/* "Bí thư Đảng ủy phường Tân Lập nhiệm kỳ 2025-2030": the term, not the post */
	{"be", CAT_TITLESTOP, "bế", 0},
	{"mo", CAT_TITLESTOP, "mở", 0},
	{"cong", CAT_TITLESTOP, "công", 0},
	{"cam", CAT_TITLESTOP, "cảm|cám", 0},
	{"ghi", CAT_TITLESTOP, "ghi", 0},
	{"bieu", CAT_TITLESTOP, "biểu", 0},
	{"tra", CAT_TITLESTOP, "trả", 0},
	{"nghe", CAT_TITLESTOP, "nghe", 0},
	{"noi", CAT_TITLESTOP, "nói", 0},
	/*
	 * the verbs of photo captions and personnel news, right after a title
	 * with no comma: "Bộ trưởng Bộ Công an đón Tổng Bí thư", "... Huyện ủy
	 * Đại Từ giữ chức ...", "Thứ trưởng Công an thôi tham gia ..."
	 */
	{"don", CAT_TITLESTOP, "đón", 0},
	{"giu", CAT_TITLESTOP, "giữ", 0},
	{"thoi", CAT_TITLESTOP, "thôi", 0},
	{"gap", CAT_TITLESTOP, "gặp", 0},
	{"khang", CAT_TITLESTOP, "khẳng", 0},
	{"luu", CAT_TITLESTOP, "lưu", 0},
	{"doc", CAT_TITLESTOP, "đọc", 0},
	{"chuc", CAT_TITLESTOP, "chúc", 0},
	{"nam", CAT_TITLESTOP, "nắm", 0},
	{"dinh", CAT_TITLESTOP, "định", 0},
	{"mong", CAT_TITLESTOP, "mong", 0},
	{"tin", CAT_TITLESTOP, "tin", 0},
	{"xin", CAT_TITLESTOP, "xin", 0},
	{"rat", CAT_TITLESTOP, "rất", 0},
	{"luon", CAT_TITLESTOP, "luôn", 0},
	{"dac", CAT_TITLESTOP, "đặc", 0},
	{"bay", CAT_TITLESTOP, "bày", 0},
	{"hoan", CAT_TITLESTOP, "hoan", 0},
	{"nghenh", CAT_TITLESTOP, "nghênh", 0},
	/* "thừa ủy quyền", "thừa lệnh": acting for another, after the person (probe 62 G5) */
	{"thua", CAT_TITLESTOP, "thừa", 0},

	/* roles in the meeting; a NULL value blocks a shorter match */
	{"chu tri", CAT_ROLE, "chủ trì", ROLE_CHAIR},
	/*
	 * "chủ trì (thực hiện) quy trình bầu Đoàn Chủ tịch", "chủ trì phần thảo
	 * luận": one item of the agenda run, not the meeting chaired (stop 31 J8)
	 */
	{"chu tri quy trinh", CAT_ROLE, "điều hành", 0},
	{"chu tri thuc hien quy trinh", CAT_ROLE, "điều hành", 0},
	{"chu tri noi dung", CAT_ROLE, "điều hành", 0},
	{"chu tri thuc hien noi dung", CAT_ROLE, "điều hành", 0},
	{"chu tri phan", CAT_ROLE, "điều hành", 0},
	{"chu tri viec bau", CAT_ROLE, "điều hành", 0},
	/* "Cùng chủ trì có ...", "A và B cùng chủ trì": chairs with another */
	{"cung chu tri", CAT_ROLE, "đồng chủ trì", ROLE_CHAIR | ROLE_COCHAIR},
	{"dong chu tri", CAT_ROLE, "đồng chủ trì", ROLE_CHAIR | ROLE_COCHAIR},
	/*
	 * "A, Chủ tịch HĐND tỉnh chủ tọa kỳ họp": the word of sittings for
	 * chairing, as "chủ trì" (stop 33 O2); "Đoàn Chủ tọa" is the presidium,
	 * a body, as "Đoàn Chủ tịch"
	 */
	{"chu toa", CAT_ROLE, "chủ trì", ROLE_CHAIR},
	{"cung chu toa", CAT_ROLE, "đồng chủ trì", ROLE_CHAIR | ROLE_COCHAIR},
	{"dong chu toa", CAT_ROLE, "đồng chủ trì", ROLE_CHAIR | ROLE_COCHAIR},
	{"doan chu toa", CAT_ROLE, NULL, 0},
	{"du", CAT_ROLE, "dự", 0},
	{"tham du", CAT_ROLE, "dự", 0},
	{"cung du", CAT_ROLE, "dự", 0},
	{"cung tham du", CAT_ROLE, "dự", 0},
	/* "Hội nghị có (với) sự tham gia của các đồng chí ...": their attending */
	{"su tham gia cua", CAT_ROLE, "dự", 0},
	/*
	 * "Đại biểu Trung ương tham gia buổi làm việc có: A, B", "A tham gia
	 * Hội nghị": attending; "tham gia" alone is also "tham gia ý kiến"
	 */
	{"tham gia hoi nghi", CAT_ROLE, "dự", 0},
	{"tham gia buoi lam viec", CAT_ROLE, "dự", 0},
	/*
	 * "Tham gia buổi lễ có đồng chí A", "Tham gia buổi sinh hoạt ..., đồng
	 * chí A": a ceremony or a cell's meeting taken part in is attended, as
	 * after "Tham dự" (stop 42 AW7).  "lễ" bare only with the ceremony
	 * named: folded, "tham gia le" is also "Cùng tham gia Lê Thị B, ...",
	 * a surname
	 */
	{"tham gia buoi le", CAT_ROLE, "dự", 0},
	{"tham gia le ket nap", CAT_ROLE, "dự", 0},
	{"tham gia le ky niem", CAT_ROLE, "dự", 0},
	{"tham gia buoi sinh hoat", CAT_ROLE, "dự", 0},
	/* "Hội nghị với sự có mặt của A, B": their being there */
	{"su co mat cua", CAT_ROLE, "dự", 0},
	/* "Đại hội có sự hiện diện của đồng chí A": his presence (stop 34 R5) */
	{"su hien dien cua", CAT_ROLE, "dự", 0},
	{"phat bieu", CAT_ROLE, "phát biểu", 0},
	{"co bai phat bieu", CAT_ROLE, "phát biểu", 0},
	/* "Phát biểu chúc mừng A nhận trọng trách mới, B ...": A is greeted (probe bi BI6) */
	{"phat bieu chuc mung", CAT_ROLE, "phát biểu", ROLE_GREETS},
	{"phat bieu chao mung", CAT_ROLE, "phát biểu", ROLE_GREETS},
	{"phat bieu khai mac", CAT_ROLE, "khai mạc", ROLE_SPEECH},
	{"phat bieu ket luan", CAT_ROLE, "kết luận", ROLE_SPEECH},
	{"phat bieu chi dao", CAT_ROLE, "chỉ đạo", ROLE_SPEECH},
	/* "phát biểu ý kiến chỉ đạo.": the directing speech, its object left out (stop 32 M7) */
	{"phat bieu y kien chi dao", CAT_ROLE, "chỉ đạo", ROLE_SPEECH},
	{"phat bieu be mac", CAT_ROLE, "bế mạc", ROLE_SPEECH},
	/* "đọc (trình bày) diễn văn khai mạc": the opening speech (stop 29 A11) */
	{"dien van khai mac", CAT_ROLE, "khai mạc", ROLE_SPEECH},
	{"dien van be mac", CAT_ROLE, "bế mạc", ROLE_SPEECH},
	/*
	 * "Đọc diễn văn kỷ niệm, đồng chí A ...": the anniversary's speech, no
	 * opening; "diễn văn" alone is also the text read of (stop 34 Q15)
	 */
	{"doc dien van ky niem", CAT_ROLE, "phát biểu", 0},
	{"doc dien van ki niem", CAT_ROLE, "phát biểu", 0},
	{"doc dien van chao mung", CAT_ROLE, "phát biểu", 0},
	{"ket luan hoi nghi", CAT_ROLE, "kết luận", 0},
	{"ket luan ,", CAT_ROLE, "kết luận", 0},
	{"ket luan .", CAT_ROLE, "kết luận", 0},
	{"ket luan tai", CAT_ROLE, "kết luận", 0},
	/*
	 * "Kết luận cuộc họp (buổi làm việc), đồng chí A, ...", as "Chỉ đạo tại
	 * cuộc họp" below, opening the sentence or right after the person
	 * ("A, Bí thư Tỉnh ủy kết luận buổi làm việc"); elsewhere the
	 * conclusions written down: "ban hành thông báo kết luận cuộc họp"
	 */
	{"ket luan cuoc hop", CAT_ROLE, "kết luận", ROLE_FRONTED},
	{"ket luan buoi", CAT_ROLE, "kết luận", ROLE_FRONTED},
	{"ket luan phien", CAT_ROLE, "kết luận", ROLE_FRONTED},
	{"ket luan ky hop", CAT_ROLE, "kết luận", ROLE_FRONTED},
	{"ket luan hoi thao", CAT_ROLE, "kết luận", ROLE_FRONTED},
	{"ket luan toa dam", CAT_ROLE, "kết luận", ROLE_FRONTED},
	{"chi dao hoi nghi", CAT_ROLE, "chỉ đạo", 0},
	/* "trực tiếp chỉ đạo Đại hội": the congress as the meeting noun (stop 31 L-F10a) */
	{"chi dao dai hoi", CAT_ROLE, "chỉ đạo", 0},
	/*
	 * "Chỉ đạo tại hội nghị, Thiếu tướng A, ...", as "Kết luận tại", opening
	 * the sentence (stop 31 J7)
	 */
	{"chi dao tai hoi nghi", CAT_ROLE, "chỉ đạo", ROLE_FRONTED},
	{"chi dao tai dai hoi", CAT_ROLE, "chỉ đạo", ROLE_FRONTED},
	{"chi dao tai buoi", CAT_ROLE, "chỉ đạo", ROLE_FRONTED},
	{"chi dao tai cuoc hop", CAT_ROLE, "chỉ đạo", ROLE_FRONTED},
	{"chi dao tai ky hop", CAT_ROLE, "chỉ đạo", ROLE_FRONTED},
	/* "Chỉ đạo tại phiên khai mạc (đại hội), Tổng Bí thư A": a sitting (stop 34 S8) */
	{"chi dao tai phien", CAT_ROLE, "chỉ đạo", ROLE_FRONTED},
	{"va chi dao", CAT_ROLE, "chỉ đạo", 0},
	{"thay mat", CAT_ROLE, "thay mặt", ROLE_BEHALF},
	/* "Dự, chỉ đạo (và chúc mừng) Đại hội có ...": a second verb of the group */
	{"chi dao", CAT_ROLEJOINED, "chỉ đạo", 0},
	/*
	 * "A, Bí thư Huyện ủy khai mạc đại hội", "Khai mạc phiên họp trù bị, A
	 * ...": any meeting noun as the object (stop 33 O3)
	 */
	{"khai mac hoi nghi", CAT_ROLE, "khai mạc", ROLE_OPENING},
	{"khai mac dai hoi", CAT_ROLE, "khai mạc", ROLE_OPENING},
	{"khai mac ky hop", CAT_ROLE, "khai mạc", ROLE_OPENING},
	{"khai mac phien", CAT_ROLE, "khai mạc", ROLE_OPENING},
	{"khai mac buoi", CAT_ROLE, "khai mạc", ROLE_OPENING},
	{"khai mac cuoc hop", CAT_ROLE, "khai mạc", ROLE_OPENING},
	{"khai mac hoi thao", CAT_ROLE, "khai mạc", ROLE_OPENING},
	{"khai mac toa dam", CAT_ROLE, "khai mạc", ROLE_OPENING},
	{"khai mac lop", CAT_ROLE, "khai mạc", ROLE_OPENING},
	{"be mac hoi nghi", CAT_ROLE, "bế mạc", ROLE_OPENING},
	{"be mac dai hoi", CAT_ROLE, "bế mạc", ROLE_OPENING},
	{"be mac ky hop", CAT_ROLE, "bế mạc", ROLE_OPENING},
	{"be mac phien", CAT_ROLE, "bế mạc", ROLE_OPENING},
	{"be mac buoi", CAT_ROLE, "bế mạc", ROLE_OPENING},
	{"be mac cuoc hop", CAT_ROLE, "bế mạc", ROLE_OPENING},
	{"be mac hoi thao", CAT_ROLE, "bế mạc", ROLE_OPENING},
	{"be mac toa dam", CAT_ROLE, "bế mạc", ROLE_OPENING},
	{"be mac lop", CAT_ROLE, "bế mạc", ROLE_OPENING},
	/*
	 * "điều hành" (runs) is a role with the meeting or a sitting as its
	 * object, or with its agent after "sự ... của" or "bởi"; alone it is also
	 * "điều hành kế hoạch", "Giám đốc điều hành"
	 */
	{"dieu hanh hoi nghi", CAT_ROLE, "điều hành", 0},
	{"dieu hanh phien", CAT_ROLE, "điều hành", 0},
	{"dieu hanh buoi", CAT_ROLE, "điều hành", 0},
	{"dieu hanh dai hoi", CAT_ROLE, "điều hành", 0},
	{"dieu hanh cuoc hop", CAT_ROLE, "điều hành", 0},
	{"dieu hanh ky hop", CAT_ROLE, "điều hành", 0},
	{"dieu hanh hoi thao", CAT_ROLE, "điều hành", 0},
	{"dieu hanh toa dam", CAT_ROLE, "điều hành", 0},
	{"dieu hanh boi", CAT_ROLE, "điều hành", 0},
	/* an item of the agenda: "điều hành phần thảo luận", "nội dung bầu Đoàn Chủ tịch" */
	{"dieu hanh phan thao luan", CAT_ROLE, "điều hành", 0},
	{"dieu hanh phan tham luan", CAT_ROLE, "điều hành", 0},
	{"dieu hanh noi dung", CAT_ROLE, "điều hành", 0},
	{"dieu hanh chuong trinh", CAT_ROLE, "điều hành", 0},
	{"su dieu hanh cua", CAT_ROLE, "điều hành", 0},
	{"dieu hanh", CAT_ROLEJOINED, "điều hành", ROLE_AGENT},
	/* "Chủ trì là ông A, thư ký là ông B": a role of its own ends the chairs */
	{"thu ky", CAT_ROLE, "thư ký", ROLE_LOWER},
	{"co quan chu tri", CAT_ROLE, NULL, 0},
	{"don vi chu tri", CAT_ROLE, NULL, 0},
	{"chu tri , phoi hop", CAT_ROLE, NULL, 0},
	{"chu tri phoi hop", CAT_ROLE, NULL, 0},
	{"kien phat bieu", CAT_ROLE, NULL, 0},
	{"du thao", CAT_ROLE, NULL, 0},
	{"du khuyet", CAT_ROLE, NULL, 0},
	{"du bao", CAT_ROLE, NULL, 0},
	{"du toan", CAT_ROLE, NULL, 0},
	{"du an", CAT_ROLE, NULL, 0},
	{"du kien", CAT_ROLE, NULL, 0},
	{"du dinh", CAT_ROLE, NULL, 0},
	{"du tru", CAT_ROLE, NULL, 0},
	{"du phong", CAT_ROLE, NULL, 0},
	{"du thi", CAT_ROLE, NULL, 0},
	{"du bi", CAT_ROLE, NULL, 0},
	{"du doan", CAT_ROLE, NULL, 0},
	{"du tinh", CAT_ROLE, NULL, 0},
	{"du luat", CAT_ROLE, NULL, 0},
	{"du thau", CAT_ROLE, NULL, 0},
	{"du uoc", CAT_ROLE, NULL, 0},
	/*
	 * "dự" closing a word is not the role: "vinh dự" (an honour), "can dự"
	 * (to be involved).  "vinh dự (được) đón (tiếp)" persons is their
	 * attending; "vinh dự đón nhận" a gift or message is not.
	 */
	{"vinh du", CAT_ROLE, NULL, 0},
	{"niem vinh du", CAT_ROLE, NULL, 0},
	{"vinh du don", CAT_ROLE, "dự", 0},
	{"vinh du duoc don", CAT_ROLE, "dự", 0},
	{"vinh du don nhan", CAT_ROLE, NULL, 0},
	{"vinh du duoc don nhan", CAT_ROLE, NULL, 0},
	{"can du", CAT_ROLE, NULL, 0},
	/*
	 * "bầu 26 đại biểu chính thức (và 2 đại biểu dự khuyết) dự Đại hội Đảng
	 * bộ tỉnh": delegates chosen to attend a congress to come, no role of
	 * the persons the sentence names
	 */
	{"dai bieu chinh thuc du", CAT_ROLE, NULL, 0},
	{"dai bieu du khuyet du", CAT_ROLE, NULL, 0},
	{"du hop", CAT_ROLE, "dự", 0},

	/*
	 * "xem Bài phát biểu khai mạc của Tổng Bí thư X", "truyền đạt 3 Nghị
	 * quyết và 1 kết luận": a speech played, a document taught, no role of
	 * the one who made it or of the one teaching it.  A speech that opens
	 * its clause, "Trong bài phát biểu, đồng chí A ...", is the speaker's,
	 * and so are speeches one "has": "A, B cùng tham gia và có những phát
	 * biểu quan trọng".
	 */
	{"bai", CAT_ROLENOUN, "bài", 0},
	{"cac", CAT_ROLENOUN, "các", 0},
	{"nhung", CAT_ROLENOUN, "những", 0},
	{"moi", CAT_ROLENOUN, "mọi", 0},
	{"mot", CAT_ROLENOUN, "một", 0},
	{"trong bai", CAT_ROLENOUN, NULL, 0},
	{"co nhung", CAT_ROLENOUN, NULL, 0},
	{"co cac", CAT_ROLENOUN, NULL, 0},
	{"co mot", CAT_ROLENOUN, NULL, 0},
	{"ket luan", CAT_ROLENOUN, NULL, ROLENOUN_COUNTED},
	{"phat bieu", CAT_ROLENOUN, NULL, ROLENOUN_COUNTED},
	{"chi dao", CAT_ROLENOUN, NULL, ROLENOUN_COUNTED},

	/*
	 * middle names so common that a name with one is a person's whatever
	 * its surname ("Tân Văn Ngữ"), checked with their tone marks
	 */
	{"van", CAT_MIDDLENAME, "Văn", 0},
	{"thi", CAT_MIDDLENAME, "Thị", 0},

	/* surnames, checked with their tone marks ("Vũ", not "Vụ") */
	{"nguyen", CAT_SURNAME, "Nguyễn", 0},
	{"tran", CAT_SURNAME, "Trần", 0},
	{"le", CAT_SURNAME, "Lê", 0},
	{"pham", CAT_SURNAME, "Phạm", 0},
	{"hoang", CAT_SURNAME, "Hoàng", 0},
	{"huynh", CAT_SURNAME, "Huỳnh", 0},
	{"phan", CAT_SURNAME, "Phan", 0},
	{"vu", CAT_SURNAME, "Vũ|Vừ", 0},
	{"vo", CAT_SURNAME, "Võ", 0},
	{"dang", CAT_SURNAME, "Đặng|Đàng", 0},
	{"bui", CAT_SURNAME, "Bùi", 0},
	{"do", CAT_SURNAME, "Đỗ", 0},
	{"ho", CAT_SURNAME, "Hồ|Hờ", 0},
	{"ngo", CAT_SURNAME, "Ngô|Ngọ", 0},
	{"duong", CAT_SURNAME, "Dương", 0},
	{"ly", CAT_SURNAME, "Lý", 0},
	{"truong", CAT_SURNAME, "Trương|Trượng", 0},
	{"dinh", CAT_SURNAME, "Đinh", 0},
	{"doan", CAT_SURNAME, "Đoàn|Doãn", 0},
	{"lam", CAT_SURNAME, "Lâm", 0},
	{"mai", CAT_SURNAME, "Mai", 0},
	{"trinh", CAT_SURNAME, "Trịnh", 0},
	{"cao", CAT_SURNAME, "Cao", 0},
	{"luong", CAT_SURNAME, "Lương|Lường", 0},
	{"ha", CAT_SURNAME, "Hà", 0},
	{"to", CAT_SURNAME, "Tô", 0},
	{"ta", CAT_SURNAME, "Tạ", 0},
	{"kieu", CAT_SURNAME, "Kiều", 0},
	{"quach", CAT_SURNAME, "Quách", 0},
	{"giap", CAT_SURNAME, "Giáp", 0},
	{"lai", CAT_SURNAME, "Lại", 0},
	{"tong", CAT_SURNAME, "Tống|Tòng", 0},
	{"thai", CAT_SURNAME, "Thái", 0},
	{"chu", CAT_SURNAME, "Chu|Chử", 0},
	{"chau", CAT_SURNAME, "Châu", 0},
	{"luu", CAT_SURNAME, "Lưu", 0},
	{"phung", CAT_SURNAME, "Phùng", 0},
	{"ung", CAT_SURNAME, "Ưng", 0},
	{"dam", CAT_SURNAME, "Đàm", 0},
	{"lu", CAT_SURNAME, "Lữ|Lư", 0},
	{"thach", CAT_SURNAME, "Thạch", 0},
	{"hua", CAT_SURNAME, "Hứa", 0},
	{"khuat", CAT_SURNAME, "Khuất", 0},
	{"tang", CAT_SURNAME, "Tăng", 0},
	{"nghiem", CAT_SURNAME, "Nghiêm", 0},
	{"bach", CAT_SURNAME, "Bạch", 0},
	{"chung", CAT_SURNAME, "Chung", 0},
	{"quan", CAT_SURNAME, "Quan|Quản", 0},
	{"tieu", CAT_SURNAME, "Tiêu", 0},
	{"khong", CAT_SURNAME, "Khổng", 0},
	{"mac", CAT_SURNAME, "Mạc", 0},
	{"cu", CAT_SURNAME, "Cù", 0},
	{"ong", CAT_SURNAME, "Ông", 0},
	{"lo", CAT_SURNAME, "Lò|Lỗ", 0},
	{"luc", CAT_SURNAME, "Lục", 0},
	{"vi", CAT_SURNAME, "Vi", 0},
	{"nong", CAT_SURNAME, "Nông", 0},
	{"hau", CAT_SURNAME, "Hầu", 0},
	{"tu", CAT_SURNAME, "Từ", 0},
	{"au", CAT_SURNAME, "Âu", 0},
	{"dao", CAT_SURNAME, "Đào", 0},
	{"vuong", CAT_SURNAME, "Vương", 0},
	{"trieu", CAT_SURNAME, "Triệu", 0},
	{"than", CAT_SURNAME, "Thân", 0},
	{"diep", CAT_SURNAME, "Diệp", 0},
	{"han", CAT_SURNAME, "Hàn|Hán", 0},
	{"khuc", CAT_SURNAME, "Khúc", 0},
	{"khuong", CAT_SURNAME, "Khương", 0},
	{"la", CAT_SURNAME, "Lã|La", 0},
	{"man", CAT_SURNAME, "Mẫn", 0},
	{"phi", CAT_SURNAME, "Phí", 0},
	{"sam", CAT_SURNAME, "Sầm", 0},
	{"ton", CAT_SURNAME, "Tôn", 0},
	{"vien", CAT_SURNAME, "Viên", 0},
	{"vy", CAT_SURNAME, "Vy", 0},
	{"kha", CAT_SURNAME, "Kha", 0},
	{"bien", CAT_SURNAME, "Biện", 0},
	{"leu", CAT_SURNAME, "Lều", 0},
	{"ma", CAT_SURNAME, "Mã|Ma", 0},
	{"be", CAT_SURNAME, "Bế", 0},
	{"mong", CAT_SURNAME, "Mông", 0},
	{"ngu", CAT_SURNAME, "Ngũ", 0},
	{"du", CAT_SURNAME, "Dư", 0},
	{"doi", CAT_SURNAME, "Đới", 0},
	{"dau", CAT_SURNAME, "Đậu", 0},
	{"khieu", CAT_SURNAME, "Khiếu", 0},
	{"thieu", CAT_SURNAME, "Thiều", 0},
	{"nhu", CAT_SURNAME, "Nhữ", 0},
	{"lang", CAT_SURNAME, "Lăng", 0},
	{"ksor", CAT_SURNAME, "Ksor", 0},
	{"siu", CAT_SURNAME, "Siu", 0},
	{"ro", CAT_SURNAME, "Rơ", 0},
	/* uncommon Kinh surnames, each no word or place written with a capital */
	{"su", CAT_SURNAME, "Sử", 0},
	{"banh", CAT_SURNAME, "Bành", 0},
	{"can", CAT_SURNAME, "Cấn", 0},
	{"tao", CAT_SURNAME, "Tào", 0},
	{"khuu", CAT_SURNAME, "Khưu", 0},
	{"mach", CAT_SURNAME, "Mạch", 0},
	/*
	 * Khmer surnames of the Mekong delta: "Danh Tha", "Danh Út" (Kiên
	 * Giang).  "Sơn", "Kim" and "Kiên" are left out: the first syllables of
	 * places ("Sơn Động", "Kim Sơn", "Kiên Lương") read after a level where
	 * a name would be; their names are read with "Văn" or "Thị" second or
	 * after an honorific.
	 */
	{"danh", CAT_SURNAME, "Danh", 0},
	/*
	 * "Phó Chủ tịch Quốc hội Uông Chu Lưu", "Ma Thị Thúy" (Tày), "Ôn",
	 * "Ngọ", "Chế": as spelled, a capitalized word of theirs starts no body
	 * or place a title reads ("Ngọ Môn" is a place, below; stop 32 L6).
	 * "Bàn" (Dao) and "Cung" are left out: they fold as "Ban" and "cũng",
	 * "cùng", so common that the surname's gate passing on each costs 0.5%
	 * of all instructions; their names are read with "Văn" or "Thị" second
	 * or after an honorific.
	 */
	{"uong", CAT_SURNAME, "Uông", 0},
	{"on", CAT_SURNAME, "Ôn", 0},
	{"che", CAT_SURNAME, "Chế", 0},

	/*
	 * surnames of the peoples of the northern mountains (Mông, Dao, Thái),
	 * often with a one-letter or short middle syllable: "Mùa A Sơn", "Giàng
	 * Seo Phử", "Hờ A Di", "Tẩn Láo Lở", "Cầm Văn Chính"
	 */
	{"mua", CAT_SURNAME, "Mùa", 0},
	{"giang", CAT_SURNAME, "Giàng", 0},
	{"thao", CAT_SURNAME, "Thào", 0},
	{"sung", CAT_SURNAME, "Sùng", 0},
	{"vang", CAT_SURNAME, "Vàng", 0},
	{"lau", CAT_SURNAME, "Lầu", 0},
	{"trang", CAT_SURNAME, "Tráng", 0},
	{"chao", CAT_SURNAME, "Chảo", 0},
	{"tan", CAT_SURNAME, "Tẩn", 0},
	{"quang", CAT_SURNAME, "Quàng", 0},
	{"cam", CAT_SURNAME, "Cầm", 0},
	{"dieu", CAT_SURNAME, "Điêu", 0},
	{"sinh", CAT_SURNAME, "Sình", 0},
	/*
	 * more Mông clans, the name "<surname> A|Thị|Seo <given>": "Chá A Của",
	 * "Sồng A Hồ", "Hạng A Lử"; each checked with its tone marks ("Sông",
	 * "Hàng", "Hằng" are none).  "Hạng Nhất", "Hạng Ba", an order's class
	 * capitalized, are no persons (the places and names below).
	 */
	{"cha", CAT_SURNAME, "Chá", 0},
	{"song", CAT_SURNAME, "Sồng", 0},
	{"hang", CAT_SURNAME, "Hạng", 0},

	/*
	 * surnames of the Chăm, Raglai and Chu Ru of Ninh Thuận, Bình Thuận and
	 * Lâm Đồng: "Đàng Năng Thọ" (with "Đặng" above), "Touneh Hàm", "Katơr
	 * Mai", "Chamaléa Điệp", "Pi Năng Thị Thủy" (two syllables, also written
	 * "Pinăng"), "Bố Thị Xuân Linh", "Dụng Văn Hùng", "Trượng Thị Hồng".
	 * "Bố" folds as the body "Bộ" does and "Trượng" as the position
	 * "Trưởng": names.c tells them by their tone marks.  The Chăm surnames
	 * that are also words or the first syllable of many places ("Thành",
	 * "Quảng", "Phú", "Báo", "Tài") are left out, as are "Kim", "Giang",
	 * "Đường", "Trà", "Lạc", "Yên", "Thới" (districts' and communes' first
	 * syllables, "Kim Sơn", "Trà Bồng", "Yên Thế", read after a level just
	 * where a name would be): a name of theirs is read with "Văn" or "Thị"
	 * second, or after "ông", "đồng chí".
	 */
	{"touneh", CAT_SURNAME, "Touneh", 0},
	{"kator", CAT_SURNAME, "Katơr", 0},
	{"chamalea", CAT_SURNAME, "Chamaléa", 0},
	{"pi nang", CAT_SURNAME, NULL, 0},
	{"pinang", CAT_SURNAME, "Pinăng", 0},
	{"bo", CAT_SURNAME, "Bố|Bồ", 0},
	{"dung", CAT_SURNAME, "Dụng", 0},

	/* places and names that look like a person's name */
	{"ha noi", CAT_NOTNAME, NULL, NOTNAME_CITY},
	{"mua he xanh", CAT_NOTNAME, NULL, 0},
	{"ngo mon", CAT_NOTNAME, NULL, 0},	/* Huế's gate, no "Ngọ" of a name */
	{"ho chi minh", CAT_NOTNAME, NULL, NOTNAME_CITY},
	{"hai phong", CAT_NOTNAME, NULL, NOTNAME_CITY},
	{"da nang", CAT_NOTNAME, NULL, NOTNAME_CITY},
	{"can tho", CAT_NOTNAME, NULL, NOTNAME_CITY},
	/* the provinces: a title's key reads each with its level "tỉnh" */
	{"ha giang", CAT_NOTNAME, "Hà Giang", NOTNAME_PROVINCE},
	{"cao bang", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"bac kan", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"tuyen quang", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"lao cai", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"dien bien", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"lai chau", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"son la", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"yen bai", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"hoa binh", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"thai nguyen", CAT_NOTNAME, "Thái Nguyên", NOTNAME_PROVINCE},
	{"lang son", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"quang ninh", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"bac giang", CAT_NOTNAME, "Bắc Giang", NOTNAME_PROVINCE},
	{"phu tho", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"vinh phuc", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"bac ninh", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"hai duong", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"hung yen", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"thai binh", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"ha nam", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"nam dinh", CAT_NOTNAME, "Nam Định", NOTNAME_PROVINCE},
	{"ninh binh", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"thanh hoa", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"nghe an", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"ha tinh", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"quang binh", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"quang tri", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"thua thien hue", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"quang nam", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"quang ngai", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"binh dinh", CAT_NOTNAME, "Bình Định", NOTNAME_PROVINCE},
	{"phu yen", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"khanh hoa", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"ninh thuan", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"binh thuan", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"kon tum", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"gia lai", CAT_NOTNAME, "Gia Lai", NOTNAME_PROVINCE},
	{"dak lak", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"dak nong", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"lam dong", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"binh phuoc", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"tay ninh", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"binh duong", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"dong nai", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"ba ria", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"ba ria - vung tau", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	/* the other spellings of a province's name reporters use */
	{"thua thien - hue", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"dac lac", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"dac nong", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"daklak", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"daknong", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	/*
	 * former provinces, merged or split before 2008, still named in older
	 * reports and archives: "Bí thư Tỉnh ủy Hà Tây" is no person Hà Tây
	 */
	{"ha tay", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"ha bac", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"ha son binh", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"ha nam ninh", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"ha tuyen", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"vinh phu", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"hai hung", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"nghe tinh", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"binh tri thien", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"nghia binh", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"phu khanh", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"thuan hai", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"hoang lien son", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"bac thai", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"cao lang", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"cuu long", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"minh hai", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"song be", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"gia lai - kon tum", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"quang nam - da nang", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"long an", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"tien giang", CAT_NOTNAME, "Tiền Giang", NOTNAME_PROVINCE},
	{"ben tre", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"tra vinh", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"vinh long", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"dong thap", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"an giang", CAT_NOTNAME, "An Giang", NOTNAME_PROVINCE},
	{"kien giang", CAT_NOTNAME, "Kiên Giang", NOTNAME_PROVINCE},
	{"hau giang", CAT_NOTNAME, "Hậu Giang", NOTNAME_PROVINCE},
	{"soc trang", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"bac lieu", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"ca mau", CAT_NOTNAME, NULL, NOTNAME_PROVINCE},
	{"viet nam", CAT_NOTNAME, NULL, 0},
	{"trung quoc", CAT_NOTNAME, NULL, 0},
	{"ha dong", CAT_NOTNAME, NULL, 0},
	{"cao lanh", CAT_NOTNAME, NULL, 0},
	{"lam ha", CAT_NOTNAME, NULL, 0},
	{"mai chau", CAT_NOTNAME, NULL, 0},
	{"ngo quyen", CAT_NOTNAME, NULL, 0},
	{"le chan", CAT_NOTNAME, NULL, 0},
	{"hong bang", CAT_NOTNAME, NULL, 0},
	{"ho guom", CAT_NOTNAME, NULL, 0},
	/* spelled: "Bà Đinh Thị Lan" is a woman */
	{"ba dinh", CAT_NOTNAME, "Ba Đình", 0},
	{"tam ky", CAT_NOTNAME, NULL, 0},
	/* places that open with the Chăm surname "Bố": "Huyện ủy Bố Trạch Lê Hùng" */
	{"bo trach", CAT_NOTNAME, NULL, 0},
	{"bo ha", CAT_NOTNAME, NULL, 0},
	{"hoi an", CAT_NOTNAME, NULL, 0},
	{"my tho", CAT_NOTNAME, NULL, 0},
	{"to lich", CAT_NOTNAME, NULL, 0},
	{"tay nguyen", CAT_NOTNAME, "Tây Nguyên", 0},
	{"tay bac", CAT_NOTNAME, NULL, 0},
	{"dong nam bo", CAT_NOTNAME, NULL, 0},
	{"truong sa", CAT_NOTNAME, NULL, 0},
	{"hoang sa", CAT_NOTNAME, NULL, 0},
	{"thu duc", CAT_NOTNAME, NULL, 0},
	{"dong xoai", CAT_NOTNAME, NULL, 0},
	{"chu lai", CAT_NOTNAME, "Chu Lai", 0},
	{"thai lan", CAT_NOTNAME, NULL, 0},
	{"chau thanh", CAT_NOTNAME, NULL, 0},
	{"chau doc", CAT_NOTNAME, NULL, 0},
	{"chau phu", CAT_NOTNAME, NULL, 0},
	{"phan thiet", CAT_NOTNAME, NULL, 0},
	{"phan rang", CAT_NOTNAME, NULL, 0},
	{"han quoc", CAT_NOTNAME, NULL, 0},
	{"doan dai bieu", CAT_NOTNAME, NULL, 0},
	{"doan dbqh", CAT_NOTNAME, NULL, 0},
	{"doan thanh nien", CAT_NOTNAME, NULL, 0},
	{"bach dang", CAT_NOTNAME, "Bạch Đằng", 0},
	{"ly son", CAT_NOTNAME, NULL, 0},
	{"mai son", CAT_NOTNAME, NULL, 0},
	{"le loi", CAT_NOTNAME, NULL, 0},
	{"tran hung dao", CAT_NOTNAME, NULL, 0},
	{"ho tay", CAT_NOTNAME, NULL, 0},
	/*
	 * fields a body's name ends with, capitalized as a name's syllables are
	 * ("Vụ Giáo dục và Đào Tạo", "Tập đoàn Cao Su"), surname first
	 */
	{"dao tao", CAT_NOTNAME, NULL, 0},
	{"lam nghiep", CAT_NOTNAME, NULL, 0},
	{"cao su", CAT_NOTNAME, NULL, 0},
	{"ton giao", CAT_NOTNAME, NULL, 0},
	/* places named with an honorific in them: a district, streets */
	{"hai ba trung", CAT_NOTNAME, NULL, 0},
	{"ong ich khiem", CAT_NOTNAME, NULL, 0},
	{"ba huyen thanh quan", CAT_NOTNAME, NULL, 0},

	/* ---- meetings: kinds, times of day, vocabulary (meeting*.c) ---- */

	/* kinds of meeting: aux 1 names what the meeting does, 0 the meeting */
	{"giao ban", CAT_MEETKIND, "giao ban", 1},
	{"quan triet", CAT_MEETKIND, "quán triệt", 1},
	{"so ket", CAT_MEETKIND, "sơ kết", 1},
	{"tong ket", CAT_MEETKIND, "tổng kết", 1},
	/*
	 * "Ban Thường vụ Quận ủy đã kiểm điểm tập thể và cá nhân ...", "tổ chức
	 * hội nghị kiểm điểm": a session of self-criticism, held by its body
	 * with or without "hội nghị" (probe 43 G4)
	 */
	{"kiem diem", CAT_MEETKIND, gb_kind_self_review, 1},
	/*
	 * "tổ chức hội nghị nghiên cứu, học tập các nghị quyết", "tổ chức học
	 * tập Nghị quyết Đại hội": a resolution studied is a "quán triệt"
	 * without the word (probe x X6, probe y 42)
	 */
	{"hoc tap", CAT_MEETKIND, gb_kind_study, 1},
	{"hoi nghi", CAT_MEETKIND, gb_kind_meeting, 0},
	{"phien hop", CAT_MEETKIND, "phiên họp", 0},
	{"ky hop", CAT_MEETKIND, "kỳ họp", 0},
	{"cuoc hop", CAT_MEETKIND, "cuộc họp", 0},
	{"hop", CAT_MEETKIND, "họp", 0},
	{"dai hoi", CAT_MEETKIND, gb_kind_congress, 0},
	{"dien dan", CAT_MEETKIND, "diễn đàn", 0},
	{"hoi thao", CAT_MEETKIND, "hội thảo", 0},
	{"toa dam", CAT_MEETKIND, "tọa đàm", 0},
	{"buoi lam viec", CAT_MEETKIND, "làm việc", 0},
	/* events held as a meeting: "Quận ủy tổ chức gặp mặt", "tổ chức Lễ kỷ niệm" */
	{"gap mat", CAT_MEETKIND, gb_kind_gathering, 0},
	{"buoi gap mat", CAT_MEETKIND, gb_kind_gathering, 0},
	/* "tổ chức họp mặt kỷ niệm ...": a gathering, no "họp" (a sitting) */
	{"hop mat", CAT_MEETKIND, "họp mặt", 0},
	{"buoi hop mat", CAT_MEETKIND, "họp mặt", 0},
	{"le ky niem", CAT_MEETKIND, "lễ kỷ niệm", 0},
	/* the old spelling "kỉ niệm", as "tiến sĩ" is "tiến sỹ" (stop 34 Q4) */
	{"le ki niem", CAT_MEETKIND, "lễ kỷ niệm", 0},
	/*
	 * "UBKT Tỉnh ủy tổ chức kỷ niệm 70 năm ...", "Ban Tổ chức Thành ủy kỷ
	 * niệm 85 năm ...": the ceremony, once held or as the act of a body
	 * (meeting*.c)
	 */
	{"ky niem", CAT_MEETKIND, "lễ kỷ niệm", 0},
	{"ki niem", CAT_MEETKIND, "lễ kỷ niệm", 0},
	/*
	 * a rally, "mít tinh" (also "míttinh"), a ceremony held as "lễ" is:
	 * "Huyện ủy A tổ chức (Lễ, buổi) mít tinh", and an anniversary's rally
	 * its ceremony, "tổ chức mít tinh kỷ niệm 86 năm ..." as "Lễ kỷ niệm"
	 * (stop 35 V4)
	 */
	{"mit tinh", CAT_MEETKIND, "lễ", 0},
	{"mittinh", CAT_MEETKIND, "lễ", 0},
	{"buoi mit tinh", CAT_MEETKIND, "lễ", 0},
	{"mit tinh ky niem", CAT_MEETKIND, "lễ kỷ niệm", 0},
	{"mittinh ky niem", CAT_MEETKIND, "lễ kỷ niệm", 0},
	{"buoi mit tinh ky niem", CAT_MEETKIND, "lễ kỷ niệm", 0},
	{"le mit tinh ky niem", CAT_MEETKIND, "lễ kỷ niệm", 0},
	/*
	 * a course's opening and closing: "tổ chức Lễ khai giảng Lớp bồi
	 * dưỡng", "tổ chức khai giảng lớp tập huấn" (held as "kỷ niệm" is),
	 * "Lễ bế giảng"
	 */
	{"le khai giang", CAT_MEETKIND, "lễ khai giảng", 0},
	{"khai giang", CAT_MEETKIND, "lễ khai giảng", 0},
	{"le be giang", CAT_MEETKIND, "lễ bế giảng", 0},
	{"be giang", CAT_MEETKIND, "lễ bế giảng", 0},
	/*
	 * ceremonies that hand over a decision or present a new body, held as a
	 * meeting: "Tỉnh đoàn tổ chức lễ công bố quyết định", "lễ trao quyết
	 * định", "lễ ra mắt Chi hội"
	 */
	{"le cong bo", CAT_MEETKIND, "lễ công bố", 0},
	{"le trao quyet dinh", CAT_MEETKIND, "lễ trao quyết định", 0},
	{"le ra mat", CAT_MEETKIND, "lễ ra mắt", 0},
	/* "Lễ chuyển giao - tiếp nhận tổ chức cơ sở Đảng ...": Party cells handed to another committee */
	{"le chuyen giao", CAT_MEETKIND, "lễ chuyển giao", 0},
	/* and one that commends the exemplary: "Đảng ủy khối ... tổ chức Lễ tuyên dương Bí thư chi bộ" */
	{"le tuyen duong", CAT_MEETKIND, "lễ tuyên dương", 0},
	{"le bieu duong", CAT_MEETKIND, "lễ biểu dương", 0},
	/*
	 * and told by its act alone, held: "Đảng ủy Khối tổ chức biểu dương
	 * điển hình tiên tiến" (held as "kỷ niệm" is; "được tuyên dương" is
	 * no ceremony, stop 34 S5)
	 */
	{"tuyen duong", CAT_MEETKIND, "lễ tuyên dương", 0},
	{"bieu duong", CAT_MEETKIND, "lễ biểu dương", 0},
	/*
	 * and one that awards the Party badge for years of membership: "Thành ủy
	 * ... tổ chức Lễ trao (tặng) Huy hiệu 50 năm tuổi Đảng cho đảng viên"
	 */
	{"le trao huy hieu", CAT_MEETKIND, gb_kind_badge, 0},
	{"le trao tang huy hieu", CAT_MEETKIND, gb_kind_badge, 0},
	/* the fixed pair's two verbs in one name: "Lễ trao tặng, truy tặng huy hiệu Đảng" (probe 97 AE7) */
	{"le trao tang , truy tang huy hieu", CAT_MEETKIND, gb_kind_badge, 0},
	{"le trao tang va truy tang huy hieu", CAT_MEETKIND, gb_kind_badge, 0},
	/*
	 * and that ceremony told by its act alone: "Huyện ủy An Phú trao tặng
	 * Huy hiệu 50 năm tuổi Đảng cho đảng viên", held by its body, or by
	 * those who attend ("đã dự và trao Huy hiệu"), as "kỷ niệm" is (meeting*.c,
	 * stop 29 C2)
	 */
	{"trao huy hieu", CAT_MEETKIND, gb_kind_badge, 0},
	/*
	 * and the fixed pair told by its act, the two verbs sharing one object:
	 * "Đảng ủy phường trao tặng, truy tặng Huy hiệu Đảng cho 37 đồng chí"
	 * (stop 42 AW3)
	 */
	{"trao tang , truy tang huy hieu", CAT_MEETKIND, gb_kind_badge, 0},
	{"trao tang va truy tang huy hieu", CAT_MEETKIND, gb_kind_badge, 0},
	{"trao tang huy hieu", CAT_MEETKIND, gb_kind_badge, 0},
	/* and to the dead, "truy tặng Huy hiệu", the fixed pair's other half (stop 32 K8) */
	{"truy tang huy hieu", CAT_MEETKIND, gb_kind_badge, 0},
	/*
	 * a contest and a training course held as an event: "Ban Tuyên giáo
	 * Tỉnh ủy tổ chức Hội thi Báo cáo viên giỏi", "Ban Tổ chức Huyện ủy
	 * tổ chức lớp tập huấn"; only when held, not "tham gia Hội thi", "cử
	 * cán bộ dự lớp bồi dưỡng" (meeting*.c, stop 29 C7)
	 */
	{"hoi thi", CAT_MEETKIND, gb_kind_contest, 0},
	/* "Bộ Quốc phòng tổ chức cuộc thi Chỉ huy trưởng ...": a contest too (stop 31 J2b) */
	{"cuoc thi", CAT_MEETKIND, gb_kind_contest, 0},
	{"lop tap huan", CAT_MEETKIND, gb_kind_course, 0},
	{"lop boi duong", CAT_MEETKIND, gb_kind_course_political, 0},
	/*
	 * any other ceremony held, named by "lễ" and its act: "Tỉnh ủy ... long
	 * trọng tổ chức Lễ dâng hoa viếng Bác", "tổ chức buổi lễ"; a kind only
	 * after the verb that holds it, not "nghi lễ", "dịp lễ" (meeting*.c)
	 */
	{"le", CAT_MEETKIND, "lễ", 0},
	{"buoi le", CAT_MEETKIND, "lễ", 0},
	/*
	 * and the Party's admission of new members, a ceremony by its name
	 * alone ("Lễ kết nạp đảng viên mới được tổ chức ...") or by its act
	 * held, "Chi bộ X (tổ chức) kết nạp quần chúng A vào Đảng"; not a
	 * count of those admitted, "kết nạp được 58 đảng viên" (meeting_kind.c,
	 * stop 32 K1)
	 */
	{"le ket nap", CAT_MEETKIND, "lễ", 0},
	{"buoi le ket nap", CAT_MEETKIND, "lễ", 0},
	{"ket nap", CAT_MEETKIND, "lễ", 0},
	/*
	 * and the report of deeds to Uncle Hồ, "Lễ báo công", held by its act
	 * alone as well: "Tỉnh Đoàn tổ chức báo công dâng Bác" ("lễ" only
	 * after the verb that holds it, stop 33 O12)
	 */
	{"bao cong", CAT_MEETKIND, "lễ", 0},
	/*
	 * and the signing of an emulation pact, held by its verb: "Cụm thi đua
	 * số 4 tổ chức ký (kết) giao ước thi đua", its ceremony (stop 32 M9)
	 */
	{"ky giao uoc", CAT_MEETKIND, "lễ", 0},
	{"ky ket giao uoc", CAT_MEETKIND, "lễ", 0},
	/*
	 * a decision announced, as the act of a body (meeting*.c): "Đoàn kiểm
	 * tra ... đã công bố quyết định kiểm tra", the ceremony "lễ công bố"
	 */
	{"cong bo quyet dinh", CAT_MEETKIND, "lễ công bố", 0},
	/*
	 * and in the wordings of several decisions, or of one both announced
	 * and handed over: "tổ chức công bố các Quyết định thành lập ...",
	 * "tổ chức công bố và trao quyết định", "tổ chức trao (các) quyết
	 * định"; held, or the act of a body, as above (probe 50 G1)
	 */
	{"cong bo cac quyet dinh", CAT_MEETKIND, "lễ công bố", 0},
	{"cong bo va trao quyet dinh", CAT_MEETKIND, "lễ công bố", 0},
	{"cong bo va trao cac quyet dinh", CAT_MEETKIND, "lễ công bố", 0},
	/*
	 * the southern wording of the same, a decision on personnel "triển
	 * khai": "tổ chức hội nghị triển khai (các) quyết định (của Bộ Chính
	 * trị) về công tác cán bộ"; only of personnel (personnel_decision(),
	 * meeting_kind.c), not "triển khai Quyết định số 12 về phòng, chống
	 * dịch" (probe ai AI7)
	 */
	{"trien khai quyet dinh", CAT_MEETKIND, "lễ công bố", 0},
	{"trien khai cac quyet dinh", CAT_MEETKIND, "lễ công bố", 0},
	{"trao quyet dinh", CAT_MEETKIND, "lễ trao quyết định", 0},
	{"trao cac quyet dinh", CAT_MEETKIND, "lễ trao quyết định", 0},
	{"le trao cac quyet dinh", CAT_MEETKIND, "lễ trao quyết định", 0},
	/*
	 * a campaign launched at a ceremony: "Đảng ủy, Bộ Chỉ huy Quân sự tỉnh
	 * tổ chức phát động Phong trào thi đua ...", "tổ chức Lễ phát động";
	 * held, or the act of a body (probe 50 G1)
	 */
	{"le phat dong", CAT_MEETKIND, "lễ phát động", 0},
	{"phat dong", CAT_MEETKIND, "lễ phát động", 0},
	/* a Party cell's thematic meeting: "Chi bộ ... tổ chức sinh hoạt chuyên đề" */
	{"sinh hoat chuyen de", CAT_MEETKIND, "sinh hoạt chuyên đề", 0},
	{"buoi sinh hoat chuyen de", CAT_MEETKIND, "sinh hoạt chuyên đề", 0},
	/*
	 * and one on political thought: "Đảng ủy Công ty ... đã tổ chức buổi sinh
	 * hoạt chính trị (,) tư tưởng"
	 */
	{"sinh hoat chinh tri tu tuong", CAT_MEETKIND, "sinh hoạt chính trị tư tưởng", 0},
	{"buoi sinh hoat chinh tri tu tuong", CAT_MEETKIND, "sinh hoạt chính trị tư tưởng", 0},
	/*
	 * and a political session of a Party body, on a resolution, a
	 * conclusion or an anniversary: "Quận ủy ... tổ chức đợt (buổi) sinh
	 * hoạt chính trị ...", only when held or the act of a body, for "là đợt
	 * sinh hoạt chính trị quan trọng" praises another meeting, and "đợt"
	 * only when a body holds it, not "Công văn về tổ chức đợt sinh hoạt"
	 * (meeting*.c, probe 45 G1)
	 */
	{"sinh hoat chinh tri", CAT_MEETKIND, gb_kind_political, 0},
	{"buoi sinh hoat chinh tri", CAT_MEETKIND, gb_kind_political, 0},
	{"dot sinh hoat chinh tri", CAT_MEETKIND, gb_kind_political, 0},
	{"dot sinh hoat chinh tri tu tuong", CAT_MEETKIND, "sinh hoạt chính trị tư tưởng", 0},
	{"dot sinh hoat chuyen de", CAT_MEETKIND, "sinh hoạt chuyên đề", 0},
	/*
	 * a Party cell's ordinary meeting, the commonest of all: "Chi bộ ... tổ
	 * chức (buổi) sinh hoạt chi bộ thường kỳ tháng 10", "Chi bộ thôn 3 sinh
	 * hoạt định kỳ"; only when held or the act of a cell (meeting*.c, stop 30
	 * E2)
	 */
	{"sinh hoat chi bo", CAT_MEETKIND, gb_kind_cell, 0},
	{"buoi sinh hoat chi bo", CAT_MEETKIND, gb_kind_cell, 0},
	{"sinh hoat thuong ky", CAT_MEETKIND, gb_kind_cell, 0},
	{"sinh hoat dinh ky", CAT_MEETKIND, gb_kind_cell, 0},
	/* its thematic meeting, not its ordinary one (stop 31 I1) */
	{"sinh hoat chi bo chuyen de", CAT_MEETKIND, gb_kind_cell_theme, 0},
	{"buoi sinh hoat chi bo chuyen de", CAT_MEETKIND, gb_kind_cell_theme, 0},
	/*
	 * and bare, after its longer rows: "Chi bộ trường MNTH Hoa Sen tổ chức
	 * sinh hoạt năm 2022", "tổ chức sinh hoạt tháng 5"; held by a cell
	 * only (cell_meeting_held(), stop 37 ab6)
	 */
	{"sinh hoat", CAT_MEETKIND, gb_kind_cell, 0},
	{"buoi sinh hoat", CAT_MEETKIND, gb_kind_cell, 0},
	/* a news briefing for a body's cadres: "tổ chức buổi thông tin thời sự" */
	{"buoi thong tin thoi su", CAT_MEETKIND, "thông tin thời sự", 0},
	/*
	 * deputies meeting their voters, with or without "hội nghị": "Tổ đại
	 * biểu Quốc hội đơn vị số 1 tiếp xúc cử tri tại phường", "đã có buổi
	 * tiếp xúc cử tri" (probe 60 G2)
	 */
	{"tiep xuc cu tri", CAT_MEETKIND, gb_kind_voters, 0},
	{"buoi tiep xuc cu tri", CAT_MEETKIND, gb_kind_voters, 0},

	{"sang", CAT_TIMEOFDAY, "sáng", 0},
	{"trua", CAT_TIMEOFDAY, "trưa", 0},
	{"chieu", CAT_TIMEOFDAY, "chiều", 0},
	{"toi", CAT_TIMEOFDAY, "tối", 0},

	{"to chuc", CAT_MEETWORD, NULL, MW_VERB},
	{"khai mac", CAT_MEETWORD, NULL, MW_VERB},
	{"trieu tap", CAT_MEETWORD, NULL, MW_VERB},
	{"tien hanh", CAT_MEETWORD, NULL, MW_VERB},
	{"truc tuyen", CAT_MEETWORD, NULL, MW_ONLINE},
	{"diem cau", CAT_MEETWORD, NULL, MW_BRIDGE},
	/* "các đồng chí lãnh đạo tỉnh tại đầu cầu Thái Bình"; a bridge's end elsewhere */
	{"dau cau", CAT_MEETWORD, NULL, MW_BRIDGEHEAD},
	/* the audience and rooms of a meeting, ending a document's subject before it */
	{"dai bieu", CAT_AUDIENCE, NULL, AUDIENCE_PEOPLE},
	{"can bo", CAT_AUDIENCE, NULL, AUDIENCE_PEOPLE},
	{"hoi vien", CAT_AUDIENCE, NULL, AUDIENCE_PEOPLE},
	{"dang vien", CAT_AUDIENCE, NULL, AUDIENCE_PEOPLE},
	{"doan vien", CAT_AUDIENCE, NULL, AUDIENCE_PEOPLE},
	{"hoc vien", CAT_AUDIENCE, NULL, AUDIENCE_PEOPLE},
	{"dong chi", CAT_AUDIENCE, NULL, AUDIENCE_PEOPLE},
	{"nguoi", CAT_AUDIENCE, NULL, AUDIENCE_PEOPLE},
	{"diem cau", CAT_AUDIENCE, NULL, AUDIENCE_ROOM},
	{"hoi truong", CAT_AUDIENCE, NULL, AUDIENCE_ROOM},
	{"phong hop", CAT_AUDIENCE, NULL, AUDIENCE_ROOM},
	{"hoi truong", CAT_MEETWORD, NULL, MW_PLACE},
	{"phong hop", CAT_MEETWORD, NULL, MW_PLACE},
	{"trung uong", CAT_MEETWORD, NULL, MW_PLACE},
	/* common nouns that open a place's name: "điểm cầu Tổng cục Hậu cần" */
	{"tru so", CAT_MEETWORD, NULL, MW_PLACE},
	{"tru so co quan", CAT_MEETWORD, NULL, MW_PLACE},	/* "tại trụ sở cơ quan Quận ủy, Ban ..." */
	{"tong cuc", CAT_MEETWORD, NULL, MW_PLACE},
	{"trung tam", CAT_MEETWORD, NULL, MW_PLACE},
	{"nha van hoa", CAT_MEETWORD, NULL, MW_PLACE},
	/* "điểm cầu Quảng trường 30-4": a square, its name after it (probe 48 G2) */
	{"quang truong", CAT_MEETWORD, NULL, MW_PLACE},
	/* "Trung tâm Hội nghị tỉnh", "Cung Hội nghị Quốc gia": a building, not the meeting */
	{"cung", CAT_MEETWORD, NULL, MW_VENUE},
	{"nha", CAT_MEETWORD, NULL, MW_VENUE},
	{"toa nha", CAT_MEETWORD, NULL, MW_VENUE},
	{"quan khu", CAT_MEETWORD, NULL, MW_PLACE},
	{"cuc", CAT_MEETWORD, NULL, MW_INSTITUTION},
	{"vien", CAT_MEETWORD, NULL, MW_INSTITUTION},
	{"hoc vien", CAT_MEETWORD, NULL, MW_INSTITUTION},
	{"phan vien", CAT_MEETWORD, NULL, MW_INSTITUTION},	/* "Phân viện khu vực Tây Nguyên" */
	{"cong ty", CAT_MEETWORD, NULL, MW_INSTITUTION},
	/* "điểm cầu Nhà xuất bản Chính trị quốc gia Sự thật": a publisher, no building (probe aj AJ7) */
	{"nha xuat ban", CAT_MEETWORD, NULL, MW_INSTITUTION},
	{"tong cong ty", CAT_MEETWORD, NULL, MW_INSTITUTION},
	/*
	 * "điểm cầu Bộ phận thường trực khu vực phía Tây tỉnh": a section named
	 * in sentence case, not the ministry's "Bộ" (stop 40 AL11)
	 */
	{"bo phan", CAT_MEETWORD, NULL, MW_INSTITUTION},
	/*
	 * an outlet's name: alone on a line above the headline, the site's own
	 * ("Đài Phát thanh và Truyền hình ...", "The Voice of ...")
	 */
	{"dai phat thanh", CAT_MEETWORD, NULL, MW_OUTLET},
	{"dai truyen hinh", CAT_MEETWORD, NULL, MW_OUTLET},
	{"dai truyen thanh", CAT_MEETWORD, NULL, MW_OUTLET},	/* a city's or a district's station */
	{"dai tieng noi", CAT_MEETWORD, NULL, MW_OUTLET},
	{"tap chi", CAT_MEETWORD, NULL, MW_OUTLET},
	{"cong thong tin", CAT_MEETWORD, NULL, MW_OUTLET},
	{"trang thong tin", CAT_MEETWORD, NULL, MW_OUTLET},
	/*
	 * words of an institution's name whose second syllable is in lower
	 * case, the name going on after them: "Trường Đại học Sư phạm Kỹ thuật"
	 */
	{"dai hoc", CAT_MEETWORD, NULL, MW_NAMEWORD},
	{"cao dang", CAT_MEETWORD, NULL, MW_NAMEWORD},
	{"trung hoc", CAT_MEETWORD, NULL, MW_NAMEWORD},
	{"tieu hoc", CAT_MEETWORD, NULL, MW_NAMEWORD},
	{"mam non", CAT_MEETWORD, NULL, MW_NAMEWORD},
	{"su pham", CAT_MEETWORD, NULL, MW_NAMEWORD},
	{"ky thuat", CAT_MEETWORD, NULL, MW_NAMEWORD},
	{"cong nghe", CAT_MEETWORD, NULL, MW_NAMEWORD},
	{"bach khoa", CAT_MEETWORD, NULL, MW_NAMEWORD},
	{"kinh te", CAT_MEETWORD, NULL, MW_NAMEWORD},
	{"chinh tri", CAT_MEETWORD, NULL, MW_NAMEWORD},
	{"quan su", CAT_MEETWORD, NULL, MW_NAMEWORD},
	{"y te", CAT_MEETWORD, NULL, MW_NAMEWORD},
	/* "phục vụ Đại hội", "chuẩn bị tổ chức đại hội": a meeting spoken of */
	{"phuc vu", CAT_MEETWORD, NULL, MW_ABOUT},
	{"chuan bi", CAT_MEETWORD, NULL, MW_ABOUT},
	{"tien toi", CAT_MEETWORD, NULL, MW_ABOUT},
	{"huong toi", CAT_MEETWORD, NULL, MW_ABOUT},
	/*
	 * "thi đua chào mừng Đại hội Thi đua yêu nước toàn quốc", "điều chỉnh
	 * lịch Đại hội": a meeting greeted or scheduled, none held (stop 32 M5)
	 */
	{"chao mung", CAT_MEETWORD, NULL, MW_ABOUT},
	{"lich", CAT_MEETWORD, NULL, MW_ABOUT},
	{"kinh nghiem", CAT_MEETWORD, NULL, MW_ABOUT},
	{"ve", CAT_MEETWORD, "về", MW_ABOUT},	/* not "vệ" (Cảnh vệ) */
	/* "làm việc ... để định hướng tuyên truyền Đại hội XIV" (probe 54 G5) */
	{"tuyen truyen", CAT_MEETWORD, NULL, MW_ABOUT},
	/* "làm việc ... trước khi tiến hành đại hội": a later or other event */
	{"truoc khi", CAT_MEETWORD, NULL, MW_ABOUT},
	{"sau khi", CAT_MEETWORD, NULL, MW_ABOUT},
	/*
	 * "tiếp xúc cử tri trước Kỳ họp thứ 9", "đã hoàn thành đại hội": a
	 * session to come, that another event is dated by; congresses held
	 * and done, a campaign's count, not a meeting the report holds
	 */
	{"truoc", CAT_MEETWORD, "trước", MW_ABOUT},
	/* "Trước thềm Đại hội ...", "Bên thềm Hội nghị ...": on its eve, or beside it */
	{"truoc them", CAT_MEETWORD, NULL, MW_ABOUT},
	{"ben them", CAT_MEETWORD, NULL, MW_ABOUT},
	{"hoan thanh", CAT_MEETWORD, NULL, MW_ABOUT},
	/* "các đề án chuẩn bị trình Hội nghị T.Ư 8": the meeting a paper goes to */
	{"trinh", CAT_MEETWORD, "trình", MW_ABOUT},
	/*
	 * "Sau 3 ngày làm việc, ngày 05-8, Đại hội ... bế mạc": days of work
	 * counted up to the date after them, the meeting's last
	 */
	{"sau", CAT_MEETWORD, "sau", MW_DURATION},	/* not "sáu" (six) */
	{"trai qua", CAT_MEETWORD, NULL, MW_DURATION},
	{"nham", CAT_MEETWORD, NULL, MW_ABOUT},
	/* "dự thảo Báo cáo sơ kết": a report named, not a meeting */
	{"bao cao", CAT_MEETWORD, NULL, MW_ABOUT},
	{"du thao", CAT_MEETWORD, NULL, MW_ABOUT},
	/* "Ban Thường vụ duyệt (nội dung) Đại hội Đảng bộ xã": a congress approved, not held */
	{"duyet", CAT_MEETWORD, NULL, MW_ABOUT},
	{"duyet noi dung", CAT_MEETWORD, NULL, MW_ABOUT},
	{"phe duyet", CAT_MEETWORD, NULL, MW_ABOUT},
	{"phe duyet noi dung", CAT_MEETWORD, NULL, MW_ABOUT},
	/*
	 * "diễn tập Đại hội", "duyệt văn kiện đại hội": a congress rehearsed
	 * or its papers approved, not held (stop 35 T7)
	 */
	{"duyet van kien", CAT_MEETWORD, NULL, MW_ABOUT},
	{"dien tap", CAT_MEETWORD, NULL, MW_ABOUT},
	{"tap duot", CAT_MEETWORD, NULL, MW_ABOUT},
	/* "Đảng ủy tổ chức nghiên cứu, học tập, quán triệt ...": a meeting held */
	{"nghien cuu", CAT_MEETWORD, NULL, MW_ACTIVITY},
	{"hoc tap", CAT_MEETWORD, NULL, MW_ACTIVITY},
	{"trien khai", CAT_MEETWORD, NULL, MW_ACTIVITY},
	{"pho bien", CAT_MEETWORD, NULL, MW_ACTIVITY},
	{"tap huan", CAT_MEETWORD, NULL, MW_ACTIVITY},
	{"kiem diem", CAT_MEETWORD, NULL, MW_ACTIVITY},
	{"gap mat", CAT_MEETWORD, NULL, MW_ACTIVITY},
	/*
	 * "Huyện ủy tổ chức đánh giá 1 năm thực hiện Kết luận 01", "tổ chức rút
	 * kinh nghiệm công tác đại hội": a review held (probe 52 G1)
	 */
	{"danh gia", CAT_MEETWORD, NULL, MW_ACTIVITY},
	{"rut kinh nghiem", CAT_MEETWORD, NULL, MW_ACTIVITY},
	/* "tổ chức thông báo nhanh kết quả Hội nghị Trung ương 8": a briefing held */
	{"thong bao nhanh", CAT_MEETWORD, NULL, MW_ACTIVITY},
	/*
	 * "Chiều 22.9, Tỉnh ủy An Giang thông tin cho các cơ quan báo chí về
	 * ...": a body briefing the press in a dated lead holds that briefing,
	 * its day and organizer the report's, though no kind of meeting names
	 * it (held_activity_verb(); probe z Z2)
	 */
	{"thong tin cho bao chi", CAT_MEETWORD, NULL, MW_BRIEFING},
	{"thong tin cho cac co quan bao chi", CAT_MEETWORD, NULL, MW_BRIEFING},
	{"cung cap thong tin cho bao chi", CAT_MEETWORD, NULL, MW_BRIEFING},
	{"cung cap thong tin cho cac co quan bao chi", CAT_MEETWORD, NULL, MW_BRIEFING},
	/*
	 * "Ban Chấp hành Đảng bộ phường tổ chức duyệt chương trình Đại hội",
	 * "tổ chức tổng duyệt": a run-through held, of a meeting still to come
	 * (probe 53 G7)
	 */
	{"duyet", CAT_MEETWORD, NULL, MW_ACTIVITY},
	{"tong duyet", CAT_MEETWORD, NULL, MW_ACTIVITY},
	/*
	 * "Đảng ủy Khối tổ chức lớp bồi dưỡng lý luận chính trị": a course held,
	 * whose organizer the body is, though it is no kind of meeting
	 */
	{"lop boi duong", CAT_MEETWORD, NULL, MW_CLASS},
	{"lop tap huan", CAT_MEETWORD, NULL, MW_CLASS},
	{"lop hoc tap", CAT_MEETWORD, NULL, MW_CLASS},
	{"lop dao tao", CAT_MEETWORD, NULL, MW_CLASS},
	{"lop cam tinh dang", CAT_MEETWORD, NULL, MW_CLASS},
	{"khoa boi duong", CAT_MEETWORD, NULL, MW_CLASS},
	{"khoa tap huan", CAT_MEETWORD, NULL, MW_CLASS},
	/*
	 * "Cuộc thi trực tuyến tìm hiểu Nghị quyết", "hồ sơ dịch vụ công trực
	 * tuyến": a contest, a service, a payment done online, which a report
	 * of a meeting held in person names among its results (probe 58 G2);
	 * "trực tuyến" after them says nothing of the meeting
	 */
	{"thi", CAT_MEETWORD, "thi", MW_NETUSE},
	{"dich vu", CAT_MEETWORD, NULL, MW_NETUSE},
	{"dich vu cong", CAT_MEETWORD, NULL, MW_NETUSE},
	{"thanh toan", CAT_MEETWORD, NULL, MW_NETUSE},
	{"giao dich", CAT_MEETWORD, NULL, MW_NETUSE},
	{"ho so", CAT_MEETWORD, NULL, MW_NETUSE},
	{"bong da", CAT_MEETWORD, NULL, MW_NETUSE},
	{"hoc", CAT_MEETWORD, "học", MW_NETUSE},
	{"lop hoc", CAT_MEETWORD, NULL, MW_NETUSE},
	/*
	 * "Đảng bộ xã A được Huyện ủy chọn tổ chức đại hội điểm": the agent
	 * chooses or assigns; the subject of "được" holds the meeting
	 */
	{"chon", CAT_MEETWORD, NULL, MW_DELEGATE},
	{"lua chon", CAT_MEETWORD, NULL, MW_DELEGATE},
	{"giao", CAT_MEETWORD, NULL, MW_DELEGATE},
	{"cho phep", CAT_MEETWORD, NULL, MW_DELEGATE},
	{"phan cong", CAT_MEETWORD, NULL, MW_DELEGATE},
	/*
	 * "Đại hội Đảng bộ tỉnh X bầu ...", "... bế mạc": the predicate of a
	 * congress heading its clause, held by the body named (as "khai mạc")
	 */
	{"bau", CAT_MEETWORD, NULL, MW_PROCEED},
	{"be mac", CAT_MEETWORD, NULL, MW_PROCEED},
	{"thong qua", CAT_MEETWORD, NULL, MW_PROCEED},
	{"ket thuc", CAT_MEETWORD, NULL, MW_PROCEED},
	/* "chưa tham gia hội nghị trực tuyến": no online meeting held */
	{"chua", CAT_MEETWORD, "chưa", MW_NEGATOR},
	{"khong", CAT_MEETWORD, "không", MW_NEGATOR},
	{"chang", CAT_MEETWORD, "chẳng", MW_NEGATOR},
	/* "trở thành nước công nghiệp ... năm 2020": a target, not the meeting's year */
	{"tro thanh", CAT_MEETWORD, NULL, MW_TARGET},
	{"phan dau", CAT_MEETWORD, NULL, MW_TARGET},
	{"tam nhin", CAT_MEETWORD, NULL, MW_TARGET},
	{"muc tieu", CAT_MEETWORD, NULL, MW_TARGET},
	/* "đạt chuẩn nông thôn mới năm 2025", "vào nhóm dẫn đầu năm 2030": an aim */
	{"dat chuan", CAT_MEETWORD, NULL, MW_TARGET},
	{"dan dau", CAT_MEETWORD, NULL, MW_TARGET},
	/* "Cương lĩnh năm 1991", "Luật Đất đai năm 2024": a document's year, not the meeting's */
	{"cuong linh", CAT_MEETWORD, NULL, MW_DOCNAME},
	{"hien phap", CAT_MEETWORD, NULL, MW_DOCNAME},
	{"luat", CAT_MEETWORD, NULL, MW_DOCNAME},
	{"bo luat", CAT_MEETWORD, NULL, MW_DOCNAME},
	/* "triển khai nhiệm vụ năm 2024": the year planned, not the meeting's */
	{"nhiem vu", CAT_MEETWORD, NULL, MW_PLAN},
	{"phuong huong", CAT_MEETWORD, NULL, MW_PLAN},
	{"ke hoach", CAT_MEETWORD, NULL, MW_PLAN},
	{"chi tieu", CAT_MEETWORD, NULL, MW_PLAN},
	/* "tổng kết ... và định hướng giai đoạn 2026-2030": the years ahead, no period */
	{"dinh huong", CAT_MEETWORD, NULL, MW_OUTLOOK},
	{"khong khi", CAT_MEETWORD, NULL, MW_NOUN},
	{"khong gian", CAT_MEETWORD, NULL, MW_NOUN},
	{"toan quoc", CAT_MEETWORD, "toàn quốc", MW_SCOPE},
	{"ca nuoc", CAT_MEETWORD, "cả nước", MW_SCOPE},
	{"khu vuc", CAT_MEETWORD, NULL, MW_REGION},
	{"cac", CAT_MEETWORD, NULL, MW_MANY},
	{"nhung", CAT_MEETWORD, NULL, MW_MANY},
	{"moi", CAT_MEETWORD, NULL, MW_MANY},
	{"ngan", CAT_MEETWORD, NULL, MW_MANY},
	{"nghin", CAT_MEETWORD, NULL, MW_MANY},
	/*
	 * a delegation, named by its task, its number and who sent it: "Đoàn
	 * kiểm tra số 26 của Bộ Chính trị, Ban Bí thư", "Đoàn công tác Trung
	 * ương"; it holds the meetings it announces its work at
	 */
	{"doan kiem tra", CAT_MEETWORD, NULL, MW_DELEGATION},
	{"doan giam sat", CAT_MEETWORD, NULL, MW_DELEGATION},
	{"doan kiem tra , giam sat", CAT_MEETWORD, NULL, MW_DELEGATION},
	{"doan cong tac", CAT_MEETWORD, NULL, MW_DELEGATION},
	{"doan khao sat", CAT_MEETWORD, NULL, MW_DELEGATION},
	/* a working group, as a delegation: "Tổ công tác số 1 của Ban Chỉ đạo ..." (probe y Y12) */
	{"to cong tac", CAT_MEETWORD, NULL, MW_DELEGATION},
	/* "tổ chức một hội nghị": the article before the meeting held */
	{"mot", CAT_MEETWORD, NULL, MW_ONE},
	/* "tổ chức chương trình Gặp mặt": a program that is the meeting named after it */
	{"chuong trinh", CAT_MEETWORD, NULL, MW_PROGRAM},
	/*
	 * "Thực hiện chương trình công tác năm 2017, chiều 19-10, ...": the
	 * year of the work programme carried out, the meeting's own, not a
	 * period the meeting reviews
	 */
	{"chuong trinh cong tac", CAT_MEETWORD, NULL, MW_SCHEDULE},
	{"chuong trinh lam viec", CAT_MEETWORD, NULL, MW_SCHEDULE},
	/*
	 * "Tài liệu sinh hoạt Chi bộ tháng 4/2022", "Bản tin tháng 3": a
	 * publication named by the month or quarter it serves, no period reviewed
	 */
	{"tai lieu", CAT_MEETWORD, NULL, MW_ISSUE},
	{"ban tin", CAT_MEETWORD, NULL, MW_ISSUE},
	/*
	 * "từng giữ chức Phó Chủ tịch UBND tỉnh (từ tháng 6/2009 đến tháng
	 * 12/2010)": a span of the posts a person held, no period reviewed
	 */
	{"giu chuc", CAT_MEETWORD, NULL, MW_CAREER},
	{"giu cuong vi", CAT_MEETWORD, NULL, MW_CAREER},
	{"dam nhiem", CAT_MEETWORD, NULL, MW_CAREER},
	{"dam nhan", CAT_MEETWORD, NULL, MW_CAREER},
	{"tung la", CAT_MEETWORD, NULL, MW_CAREER},
	{"nguyen la", CAT_MEETWORD, NULL, MW_CAREER},
	{"kinh qua", CAT_MEETWORD, NULL, MW_CAREER},
	/* a working session: "Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy", "buổi làm việc" */
	{"lam viec", CAT_MEETWORD, NULL, MW_SESSION},
	{"buoi lam viec", CAT_MEETWORD, NULL, MW_SESSION},
	/*
	 * "Sáng 11/3, BTV huyện ủy đã duyệt nội dung Đại hội", "Ban Thường vụ
	 * Tỉnh ủy thảo luận, cho ý kiến": what a body does sitting in session,
	 * the meeting reported when the body heads the lead (not "phê duyệt",
	 * an approval signed, nor "thông qua", also "by way of")
	 */
	{"duyet", CAT_SESSIONVERB, NULL, 0},
	{"thao luan", CAT_SESSIONVERB, NULL, 0},
	{"cho y kien", CAT_SESSIONVERB, NULL, 0},
	{"xem xet", CAT_SESSIONVERB, NULL, 0},
	/*
	 * "Tại Kỳ họp thứ 26, HĐND tỉnh đã bầu ...", "Tại kỳ họp, HĐND huyện
	 * thực hiện quy trình miễn nhiệm ...": an election or a dismissal, voted
	 * only in session (probe 55 G3)
	 */
	{"bau", CAT_SESSIONVERB, NULL, 0},
	/* "Hội nghị Ủy ban MTTQ ... lần thứ 4 hiệp thương cử ông A": the Front's election */
	{"hiep thuong", CAT_SESSIONVERB, NULL, 0},
	{"mien nhiem", CAT_SESSIONVERB, NULL, 0},
	/* "lấy phiếu tín nhiệm", "lấy phiếu giới thiệu": a vote (stop 39 AH3) */
	{"lay phieu", CAT_SESSIONVERB, NULL, 0},
	{"tien hanh quy trinh", CAT_SESSIONVERB, NULL, 0},
	{"thuc hien quy trinh", CAT_SESSIONVERB, NULL, 0},
	/* "Đại hội là dịp để tổng kết ...": the kind after them describes the meeting named before */
	{"la dip de", CAT_MEETWORD, NULL, MW_DESCRIBE},
	{"la dip", CAT_MEETWORD, NULL, MW_DESCRIBE},
	{"la co hoi de", CAT_MEETWORD, NULL, MW_DESCRIBE},
	{"co nhiem vu", CAT_MEETWORD, NULL, MW_DESCRIBE},
	/* "Hội nghị X với tinh thần quán triệt ...": a manner, not the meeting's kind */
	{"voi tinh than", CAT_MEETWORD, NULL, MW_DESCRIBE},
	/* "phát biểu tại hội nghị", "tham dự hội nghị", "chủ trì hội nghị": a meeting held */
	{"tai", CAT_MEETWORD, NULL, MW_ATTEND},
	{"du", CAT_MEETWORD, NULL, MW_ATTEND},
	{"tham du", CAT_MEETWORD, NULL, MW_ATTEND},
	{"tham gia", CAT_MEETWORD, NULL, MW_ATTEND},	/* "Tham gia Hội nghị có ..." */
	{"chu tri", CAT_MEETWORD, NULL, MW_ATTEND},
	{"chu toa", CAT_MEETWORD, NULL, MW_ATTEND},
	{"toan canh", CAT_MEETWORD, NULL, MW_ATTEND},
	{"quang canh", CAT_MEETWORD, NULL, MW_ATTEND},	/* a caption, as "Toàn cảnh" */
	/* "Hội nghị đã ...", "Hội nghị được tổ chức trực tuyến": a meeting held */
	{"da", CAT_MEETWORD, NULL, MW_HELD},
	{"cung da", CAT_MEETWORD, NULL, MW_HELD},
	{"duoc to chuc", CAT_MEETWORD, NULL, MW_HELD},
	{"duoc", CAT_MEETWORD, "được", MW_HELD},	/* "Hội nghị được đồng chí X quán triệt" */
	{"dien ra", CAT_MEETWORD, NULL, MW_HELD},
	/* "tại hội nghị này", "tham dự hội nghị có": the meeting of the text, not one named */
	{"nay", CAT_MEETWORD, NULL, MW_THIS},
	{"lan nay", CAT_MEETWORD, NULL, MW_THIS},
	{"co", CAT_MEETWORD, NULL, MW_THIS},

	/* "phiên khai mạc (chính thức) Đại hội ...": a sitting of the congress */
	{"phien khai mac", CAT_MEETWORD, NULL, MW_SITTING},
	{"phien be mac", CAT_MEETWORD, NULL, MW_SITTING},
	{"phien tru bi", CAT_MEETWORD, NULL, MW_SITTING},
	{"phien chinh thuc", CAT_MEETWORD, NULL, MW_SITTING},
	{"phien thu nhat", CAT_MEETWORD, NULL, MW_SITTING},
	{"phien thu hai", CAT_MEETWORD, NULL, MW_SITTING},
	{"phien toan the", CAT_MEETWORD, NULL, MW_SITTING},
	{"truong", CAT_MEETWORD, NULL, MW_HEAD},
	{"chanh", CAT_MEETWORD, NULL, MW_HEAD},
	{"chu nhiem", CAT_MEETWORD, NULL, MW_HEAD},

	/* a period after these is the one planned, not the one reviewed */
	{"trien khai", CAT_PLANWORD, NULL, 0},
	{"phuong huong", CAT_PLANWORD, NULL, 0},
	{"ke hoach", CAT_PLANWORD, NULL, 0},
	{"trong tam", CAT_PLANWORD, NULL, 0},
	{"de ra", CAT_PLANWORD, "đề ra", 0},	/* not "để rà (soát)" */
	{"thoi gian toi", CAT_PLANWORD, NULL, 0},
	{"sap toi", CAT_PLANWORD, NULL, 0},
	{"tiep theo", CAT_PLANWORD, NULL, 0},
	/* a schedule: "bắt đầu từ tháng 4", "hoàn thành chậm nhất trong tháng 6" */
	{"bat dau", CAT_PLANWORD, NULL, 0},
	{"hoan thanh trong", CAT_PLANWORD, NULL, 0},
	{"hoan thanh truoc", CAT_PLANWORD, NULL, 0},
	{"hoan thanh tu", CAT_PLANWORD, NULL, 0},	/* "hoàn thành từ tháng 4 - 6" */
	{"cham nhat", CAT_PLANWORD, NULL, 0},
	{"tien hanh trong", CAT_PLANWORD, NULL, 0},
	{"du kien", CAT_PLANWORD, NULL, 0},
	/*
	 * "6 tháng cuối năm 2024, Đảng ủy Quân khu xác định tiếp tục tập
	 * trung ...": verbs that set the tasks of the period heading their
	 * sentence, with no tense (a past one, "đã tập trung", reviews it)
	 */
	{"xac dinh", CAT_TASKVERB, NULL, 0},
	{"de ra", CAT_TASKVERB, "đề ra", 0},	/* not "để rà (soát)" */
	{"dat ra", CAT_TASKVERB, "đặt ra", 0},
	{"phan dau", CAT_TASKVERB, NULL, 0},
	{"tap trung", CAT_TASKVERB, NULL, 0},
	{"quyet tam", CAT_TASKVERB, NULL, 0},
	{"can", CAT_TASKVERB, "cần", 0},

	/*
	 * a year or a date after these dates a person's life, a biography in a
	 * personnel report: "Ông A sinh năm 1969", "Ngày sinh: 12/5/1970"
	 */
	{"sinh", CAT_LIFEWORD, "sinh", LIFE_ALONE},
	{"nam sinh", CAT_LIFEWORD, "năm sinh", 0},	/* not "nam sinh", a schoolboy */
	{"ngay sinh", CAT_LIFEWORD, "ngày sinh", 0},
	{"hy sinh", CAT_LIFEWORD, NULL, 0},
	{"tu tran", CAT_LIFEWORD, "từ trần", 0},
	{"qua doi", CAT_LIFEWORD, NULL, 0},
	{"vao dang", CAT_LIFEWORD, "vào Đảng", 0},
	{"nhap ngu", CAT_LIFEWORD, "nhập ngũ", 0},
	{"nghi huu", CAT_LIFEWORD, "nghỉ hưu", 0},	/* "nghỉ hưu năm 2009" (probe bh BH4) */

	/* a bare "năm 2022" is a period only after these */
	{"tong ket", CAT_REVIEWWORD, NULL, 0},
	{"so ket", CAT_REVIEWWORD, NULL, 0},
	{"danh gia", CAT_REVIEWWORD, NULL, 0},
	{"ket qua", CAT_REVIEWWORD, NULL, 0},
	{"giao ban", CAT_REVIEWWORD, NULL, 0},
	{"cong tac", CAT_REVIEWWORD, NULL, REVIEW_WORK},

	/* a capitalized word of an outlet's tag after its capitals: "QĐND Online –" */
	{"online", CAT_OUTLETWORD, NULL, 0},

	/*
	 * words a phrase never ends in: a first line ending in one, its phrase
	 * going on in lower case or digits on the next line ("Thực hiện Chỉ
	 * thị số ⏎ 35-CT/TW, ngày ..."), is hard-wrapped body, no headline
	 */
	/*
	 * markers of tense: a sentence with one narrates the event (a lead,
	 * "Huyện ủy đã quán triệt ..."); a headline states it with the bare
	 * verb ("Huyện ủy tổ chức hội nghị quán triệt ...")
	 */
	{"da", CAT_TENSE, "đã", 0},
	{"vua", CAT_TENSE, "vừa", 0},
	{"dang", CAT_TENSE, "đang", 0},
	{"se", CAT_TENSE, "sẽ", 0},

	{"so", CAT_WRAPWORD, "số", 0},
	{"cua", CAT_WRAPWORD, "của", 0},
	{"ngay", CAT_WRAPWORD, "ngày", 0},
	{"ve", CAT_WRAPWORD, "về", 0},
	{"tai", CAT_WRAPWORD, "tại", 0},
	{"voi", CAT_WRAPWORD, "với", 0},
	{"cho", CAT_WRAPWORD, "cho", 0},
	{"va", CAT_WRAPWORD, "và", 0},
	{"theo", CAT_WRAPWORD, "theo", 0},
	{"trong", CAT_WRAPWORD, "trong", 0},
	{"tu", CAT_WRAPWORD, "từ", 0},
	{"den", CAT_WRAPWORD, "đến", 0},
	{"cac", CAT_WRAPWORD, "các", 0},
	{"nhung", CAT_WRAPWORD, "những", 0},
	{"nham", CAT_WRAPWORD, "nhằm", 0},
	{"cap nhat", CAT_PUBLABEL, NULL, 0},
	{"ngay dang", CAT_PUBLABEL, NULL, 0},
	{"dang ngay", CAT_PUBLABEL, NULL, 0},
	{"dang luc", CAT_PUBLABEL, NULL, 0},
	{"ngay cap nhat", CAT_PUBLABEL, NULL, 0},
	{"thoi gian dang", CAT_PUBLABEL, NULL, 0},
	{"ngay xuat ban", CAT_PUBLABEL, NULL, 0},
	/* "Đăng vào Thứ ba, ngày 30/07/2019" above the headline (probe-ab 20) */
	{"dang vao", CAT_PUBLABEL, NULL, 0},

	{"tin , anh :", CAT_BYLABEL, NULL, 0},
	{"tin va anh :", CAT_BYLABEL, NULL, 0},
	{"bai , anh :", CAT_BYLABEL, NULL, 0},
	{"bai va anh :", CAT_BYLABEL, NULL, 0},
	/* "Tin ảnh: Minh Hà", "Bài - ảnh: ...": the same label without "và" or the comma */
	{"tin anh :", CAT_BYLABEL, NULL, 0},
	{"tin - anh :", CAT_BYLABEL, NULL, 0},
	{"tin / anh :", CAT_BYLABEL, NULL, 0},
	{"bai anh :", CAT_BYLABEL, NULL, 0},
	{"bai - anh :", CAT_BYLABEL, NULL, 0},
	{"bai / anh :", CAT_BYLABEL, NULL, 0},
	{"tin :", CAT_BYLABEL, NULL, 0},
	/* "CTV: Khánh Linh", "PV: Minh Hà": a contributor's, a reporter's byline */
	{"ctv :", CAT_BYLABEL, NULL, 0},
	/* "CTV Đức Thành", "Cộng tác viên Minh Hà": the label without its colon (stop 29 D7) */
	{"ctv", CAT_BYLABEL, NULL, 0},
	{"cong tac vien", CAT_BYLABEL, NULL, 0},
	{"cong tac vien :", CAT_BYLABEL, NULL, 0},
	{"pv :", CAT_BYLABEL, NULL, 0},
	{"bai :", CAT_BYLABEL, NULL, 0},
	{"tac gia :", CAT_BYLABEL, NULL, BYLABEL_AUTHOR},
	{"t / h :", CAT_BYLABEL, NULL, 0},	/* "T/h: Xuân Hạnh", tổng hợp: who compiled it */
	{"tong hop :", CAT_BYLABEL, NULL, 0},
	{"nguon :", CAT_BYLABEL, NULL, BYLABEL_SOURCE},
	{"thuc hien :", CAT_BYLABEL, NULL, 0},	/* "Thực hiện: ANH DŨNG - QUÁCH HÙNG", a feature's makers */

	/* web page furniture: aux 1 when it starts a line of its own kind */
	{"responsive image", CAT_DEBRIS, NULL, 0},
	/* an image's alignment buttons ("left center right del"), its caption below */
	{"leftcenterrightdel", CAT_DEBRIS, NULL, DEBRIS_IMAGE},
	{"y kien ( )", CAT_DEBRIS, NULL, 0},
	{"google news", CAT_DEBRIS, NULL, 0},
	/* a site's slogan banner above the headline */
	{"quyet tam thuc hien thang loi", CAT_DEBRIS, NULL, DEBRIS_SLOGAN},
	{"nhiet liet chao mung", CAT_DEBRIS, NULL, DEBRIS_SLOGAN},
	{"mung dang , mung xuan", CAT_DEBRIS, NULL, DEBRIS_SLOGAN},
	{"mung dang mung xuan", CAT_DEBRIS, NULL, DEBRIS_SLOGAN},
	{"dang cong san viet nam quang vinh muon nam", CAT_DEBRIS, NULL, DEBRIS_SLOGAN},
	/* a year's theme, "Chủ đề công tác năm 2020: "..." - Chào mừng kỷ niệm ..." (stop 30 E6) */
	{"chu de cong tac nam", CAT_DEBRIS, NULL, DEBRIS_SLOGAN},
	{"chu de nam", CAT_DEBRIS, NULL, DEBRIS_SLOGAN},
	/* counters and buttons, also at the end of a publication line */
	{"in bai", CAT_DEBRIS, NULL, DEBRIS_TOOL},
	{"in bai nay", CAT_DEBRIS, NULL, DEBRIS_TOOL},
	{"gui bai nay", CAT_DEBRIS, NULL, DEBRIS_TOOL},	/* "Gửi bài này In bài này": mail and print */
	{"in bai viet", CAT_DEBRIS, NULL, DEBRIS_TOOL},
	{"doc bai viet", CAT_DEBRIS, NULL, DEBRIS_TOOL},	/* a text-to-speech button (stop 32 K10) */
	{"chia se", CAT_DEBRIS, NULL, DEBRIS_TOOL},
	{"chia se bai viet", CAT_DEBRIS, NULL, DEBRIS_TOOL},
	{"view count", CAT_DEBRIS, NULL, DEBRIS_TOOL},
	{"cms - view - count", CAT_DEBRIS, NULL, DEBRIS_TOOL},	/* "| cms-view-count: 17900", a portal's counter */
	{"views", CAT_DEBRIS, NULL, DEBRIS_TOOL},
	{"luot xem", CAT_DEBRIS, NULL, DEBRIS_TOOL},
	{"luot doc", CAT_DEBRIS, NULL, DEBRIS_TOOL},
	{"da xem", CAT_DEBRIS, NULL, DEBRIS_TOOL},
	{"luot truy cap", CAT_DEBRIS, NULL, DEBRIS_TOOL},
	/* a site's section labels, never a byline: "MỚI - NÓNG", "Tin liên quan" */
	{"moi - nong", CAT_DEBRIS, NULL, 0},
	{"moi nong", CAT_DEBRIS, NULL, 0},
	{"tin moi", CAT_DEBRIS, NULL, 0},
	{"tin moi nhat", CAT_DEBRIS, NULL, 0},
	{"tin lien quan", CAT_DEBRIS, NULL, 0},
	{"bai lien quan", CAT_DEBRIS, NULL, 0},
	{"cac bai lien quan", CAT_DEBRIS, NULL, 0},
	{"bai viet lien quan", CAT_DEBRIS, NULL, 0},	/* stop 29 C4 */
	{"cac bai viet lien quan", CAT_DEBRIS, NULL, 0},
	{"bai viet khac", CAT_DEBRIS, NULL, 0},
	{"cac bai viet khac", CAT_DEBRIS, NULL, 0},
	{"tin khac", CAT_DEBRIS, NULL, 0},
	{"cac tin khac", CAT_DEBRIS, NULL, 0},
	{"tin da dua", CAT_DEBRIS, NULL, 0},	/* a list of links, "Tin đã đưa" (probe ay AY7) */
	{"tin noi bat", CAT_DEBRIS, NULL, 0},
	{"tin doc nhieu", CAT_DEBRIS, NULL, 0},
	{"doc nhieu", CAT_DEBRIS, NULL, 0},
	{"doc nhieu nhat", CAT_DEBRIS, NULL, 0},
	{"xem nhieu", CAT_DEBRIS, NULL, 0},
	{"xem nhieu nhat", CAT_DEBRIS, NULL, 0},
	{"xem them", CAT_DEBRIS, NULL, 0},
	{"tin cung chuyen muc", CAT_DEBRIS, NULL, 0},
	{"cung chuyen muc", CAT_DEBRIS, NULL, 0},
	/* a section's name in a sidebar, "Chuyên mục vì An ninh Tổ quốc"; a visit counter's heading */
	{"chuyen muc", CAT_DEBRIS, NULL, 1},
	{"thong ke truy cap", CAT_DEBRIS, NULL, 0},
	/* a video site's links: "TRỌN BỘ" (the whole programme), "Xem video" */
	{"tron bo", CAT_DEBRIS, NULL, 0},
	{"xem tron bo", CAT_DEBRIS, NULL, 0},
	{"video", CAT_DEBRIS, NULL, 0},
	{"xem video", CAT_DEBRIS, NULL, 0},
	/* a reader's comment widget: "Gửi bình luận của bạn", "Viết bình luận", "Gửi ý kiến" */
	{"gui binh luan", CAT_DEBRIS, NULL, 0},
	{"gui binh luan cua ban", CAT_DEBRIS, NULL, 0},
	{"viet binh luan", CAT_DEBRIS, NULL, 0},
	{"binh luan", CAT_DEBRIS, NULL, 0},
	{"binh luan cua ban", CAT_DEBRIS, NULL, 0},
	{"y kien ban doc", CAT_DEBRIS, NULL, 0},
	{"ban doc phan hoi", CAT_DEBRIS, NULL, 0},	/* a comment box's heading */
	{"gui y kien", CAT_DEBRIS, NULL, 0},
	{"gui y kien cua ban", CAT_DEBRIS, NULL, 0},
	{"y kien cua ban", CAT_DEBRIS, NULL, 0},
	/*
	 * WordPress's comment form in Vietnamese, under the byline: "Trả lời",
	 * "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc
	 * được đánh dấu *" (stop 29 D7)
	 */
	{"tra loi", CAT_DEBRIS, NULL, 0},
	{"email cua ban se khong duoc hien thi cong khai", CAT_DEBRIS, NULL, 1},
	{"cac truong bat buoc duoc danh dau", CAT_DEBRIS, NULL, 1},
	/* a link back: "< Trở về trang trước" */
	{"tro ve trang truoc", CAT_DEBRIS, NULL, 0},
	{"< tro ve trang truoc", CAT_DEBRIS, NULL, 0},
	{"quay lai trang truoc", CAT_DEBRIS, NULL, 0},
	{"< quay lai trang truoc", CAT_DEBRIS, NULL, 0},
	{"thong tin ban doc", CAT_DEBRIS, NULL, 0},	/* a reader's comment form: "Thông tin bạn đọc / Đóng Lưu thông tin" */
	{"dong luu thong tin", CAT_DEBRIS, NULL, 0},
	{"luu thong tin", CAT_DEBRIS, NULL, 0},
	{"xem voi co chu", CAT_DEBRIS, NULL, 1},
	{"chao mung ban den voi", CAT_DEBRIS, NULL, 1},
	{"chao mung den voi", CAT_DEBRIS, NULL, 1},
	{"cong thong tin dien tu", CAT_DEBRIS, NULL, 1},
	{"trang thong tin dien tu", CAT_DEBRIS, NULL, 1},
	{"anh :", CAT_DEBRIS, NULL, 1},
	/* a photo's mark: alone a lone caption, closing a line the line's (gb_credited_caption()) */
	{"anh minh hoa", CAT_DEBRIS, NULL, 0},
	{"anh tu lieu", CAT_DEBRIS, NULL, 0},
	{"trang chu", CAT_DEBRIS, NULL, 1},
	/*
	 * a page's header: a skip link, "Truy cập nội dung luôn" ("Skip to
	 * content"), and a banner's slot, "Banner Tỉnh ủy (Home-latest-1)"
	 */
	{"truy cap noi dung luon", CAT_DEBRIS, NULL, 1},
	{"skip to content", CAT_DEBRIS, NULL, 1},
	{"skip to main content", CAT_DEBRIS, NULL, 1},
	{"banner", CAT_DEBRIS, NULL, 1},
	/* a page's toolbar: "Tăng cỡ chữ Giảm cỡ chữ", "In bài", "Gửi email" */
	{"tang co chu", CAT_DEBRIS, NULL, 1},
	{"giam co chu", CAT_DEBRIS, NULL, 1},
	{"co chu", CAT_DEBRIS, NULL, 1},
	/* the same widget named in full: "Điều chỉnh kích thước chữ" (probe 56 G7) */
	{"dieu chinh kich thuoc chu", CAT_DEBRIS, NULL, 1},
	{"dieu chinh co chu", CAT_DEBRIS, NULL, 1},
	{"kich thuoc chu", CAT_DEBRIS, NULL, 1},
	/* an accessibility bar: "Tăng tương phản Giảm tương phản" (contrast) */
	{"tang tuong phan", CAT_DEBRIS, NULL, 1},
	{"giam tuong phan", CAT_DEBRIS, NULL, 1},
	/*
	 * a site's menu: "Bạn cần biết Tiện ích Liên hệ", "Giới thiệu Tin tức
	 * Liên hệ"; a line of such items only is no headline
	 */
	{"ban can biet", CAT_DEBRIS, NULL, 0},
	{"tien ich", CAT_DEBRIS, NULL, 0},
	{"lien he", CAT_DEBRIS, NULL, 0},
	{"gioi thieu", CAT_DEBRIS, NULL, 0},
	{"dang nhap", CAT_DEBRIS, NULL, 0},
	{"dang ky", CAT_DEBRIS, NULL, 0},
	{"dang xuat", CAT_DEBRIS, NULL, 0},
	/*
	 * a news site's section bar: "Video Báo Ảnh Báo in Podcast ...
	 * Emagazine Infographic", "Thời sự Chính trị Xã hội Kinh tế Văn hóa
	 * Thể thao" (stop 33 N9; report.c section_bar()); alone on its line,
	 * as any furniture, one is the section's name above the headline, "Chính
	 * trị" (probe-k 05, probe-l 11, probe-n 12 and 25), page chrome too
	 */
	{"bao anh", CAT_DEBRIS, NULL, 0},
	{"bao in", CAT_DEBRIS, NULL, 0},
	{"podcast", CAT_DEBRIS, NULL, 0},
	{"emagazine", CAT_DEBRIS, NULL, 0},
	{"infographic", CAT_DEBRIS, NULL, 0},
	{"infographics", CAT_DEBRIS, NULL, 0},
	{"multimedia", CAT_DEBRIS, NULL, 0},
	{"longform", CAT_DEBRIS, NULL, 0},
	{"thoi su", CAT_DEBRIS, NULL, 0},
	{"chinh tri", CAT_DEBRIS, NULL, 0},
	{"xa hoi", CAT_DEBRIS, NULL, 0},
	{"kinh te", CAT_DEBRIS, NULL, 0},
	{"van hoa", CAT_DEBRIS, NULL, 0},
	{"the thao", CAT_DEBRIS, NULL, 0},
	{"phap luat", CAT_DEBRIS, NULL, 0},
	{"quoc te", CAT_DEBRIS, NULL, 0},
	/*
	 * a login or sign-up invitation, a line of its own above the headline:
	 * "Đăng nhập để trải nghiệm thêm những tính năng hữu ích", "Đăng nhập
	 * bằng Facebook", "Đăng ký nhận bản tin", "Quên mật khẩu?"
	 */
	{"dang nhap de", CAT_DEBRIS, NULL, 1},
	{"dang nhap bang", CAT_DEBRIS, NULL, 1},
	{"dang nhap voi", CAT_DEBRIS, NULL, 1},
	{"dang nhap tai khoan", CAT_DEBRIS, NULL, 1},
	{"vui long dang nhap", CAT_DEBRIS, NULL, 1},
	{"ban can dang nhap", CAT_DEBRIS, NULL, 1},
	{"dang ky de", CAT_DEBRIS, NULL, 1},
	{"dang ky tai khoan", CAT_DEBRIS, NULL, 1},
	{"dang ky nhan tin", CAT_DEBRIS, NULL, 1},
	{"dang ky nhan ban tin", CAT_DEBRIS, NULL, 1},
	{"quen mat khau", CAT_DEBRIS, NULL, 1},
	{"tim kiem", CAT_DEBRIS, NULL, 0},
	{"hoi dap", CAT_DEBRIS, NULL, 0},
	{"so do trang", CAT_DEBRIS, NULL, 0},
	{"so do site", CAT_DEBRIS, NULL, 0},
	{"tin tuc", CAT_DEBRIS, NULL, 0},
	{"su kien", CAT_DEBRIS, NULL, 0},
	{"thu vien anh", CAT_DEBRIS, NULL, 0},
	{"lich cong tac", CAT_DEBRIS, NULL, 0},
	{"van ban", CAT_DEBRIS, NULL, 0},
	/* a page's label, "Chi tiết - Huyện Tân Phú": the site's name after it */
	{"chi tiet", CAT_DEBRIS, NULL, 0},
	{"chi tiet -", CAT_DEBRIS, NULL, 1},
	{"chi tiet tin", CAT_DEBRIS, NULL, 0},
	{"xem chi tiet", CAT_DEBRIS, NULL, 0},
	{"( anh )", CAT_DEBRIS, NULL, 1},
	/* an image's zoom prompt, "(Nhấp chuột để xem kích thước chuẩn)" (probe ax AX8) */
	{"( nhap chuot de xem", CAT_DEBRIS, NULL, 1},
	{"nhap chuot de xem", CAT_DEBRIS, NULL, 1},
	/* a document site's stamp, "Tài liệu đã được kiểm tra trùng lặp" (probe az AZ7) */
	{"tai lieu da duoc kiem tra trung lap", CAT_DEBRIS, NULL, 1},
	/*
	 * the same site's loading stub and preview notice, "Đang tải... (xem
	 * toàn văn)", "Tài liệu hạn chế xem trước, để xem đầy đủ mời bạn chọn
	 * Tải xuống": whole, so that a headline "Đang tải hàng ..." stays
	 */
	{"dang tai . . . ( xem toan van )", CAT_DEBRIS, NULL, 0},
	{"tai lieu han che xem truoc", CAT_DEBRIS, NULL, 1},
	/*
	 * another's download line and preview notice, "Tải bản đầy đủ (.docx)
	 * (9 trang)", "Bạn đang xem bản rút gọn của tài liệu. ..." (probe be
	 * be10)
	 */
	{"tai ban day du (", CAT_DEBRIS, NULL, 1},
	{"ban dang xem ban rut gon", CAT_DEBRIS, NULL, 1},
	/* a newspaper's subscription bar, "Đặt mua báo in| Mới - Đọc báo in ..." (probe ay AY7) */
	{"dat mua bao in", CAT_DEBRIS, NULL, 1},
	/*
	 * a page's topic tags: "Chủ đề : cán bộ, ...", "Từ khóa: ...", "Tag:
	 * Thời sự , Ủy viên Bộ Chính trị , Thủ tướng A , ..." (stop 32 M4)
	 */
	{"chu de :", CAT_DEBRIS, NULL, DEBRIS_TAGS},
	{"tu khoa :", CAT_DEBRIS, NULL, DEBRIS_TAGS},
	{"tag :", CAT_DEBRIS, NULL, DEBRIS_TAGS},
	{"tags :", CAT_DEBRIS, NULL, DEBRIS_TAGS},
	/*
	 * a site's ticker, its label then one item: "Tiêu điểm : Tuần văn hóa
	 * - du lịch Mũi Cà Mau" above the headline (probe-ac AC8), the whole line
	 */
	{"tieu diem :", CAT_DEBRIS, NULL, DEBRIS_TAGS},
	/* a site's footer of staff: the names under it are no byline */
	{"bien tap vien", CAT_DEBRIS, NULL, DEBRIS_STAFF},
	{"bien tap vien :", CAT_DEBRIS, NULL, DEBRIS_STAFF},
	{"tong bien tap :", CAT_DEBRIS, NULL, DEBRIS_STAFF},
	{"pho tong bien tap :", CAT_DEBRIS, NULL, DEBRIS_STAFF},
	{"thu ky toa soan :", CAT_DEBRIS, NULL, DEBRIS_STAFF},
	{"truong ban :", CAT_DEBRIS, NULL, DEBRIS_STAFF},
	{"pho truong ban :", CAT_DEBRIS, NULL, DEBRIS_STAFF},
	{"quan tri :", CAT_DEBRIS, NULL, DEBRIS_STAFF},
	{"quan tri vien :", CAT_DEBRIS, NULL, DEBRIS_STAFF},
	{"quan tri website :", CAT_DEBRIS, NULL, DEBRIS_STAFF},
	/* a site's footer opening a line: "Powered by ...", "Bản quyền thuộc ..." */
	{"powered by", CAT_DEBRIS, NULL, 1},
	{"thiet ke boi", CAT_DEBRIS, NULL, 1},
	{"ban quyen thuoc", CAT_DEBRIS, NULL, 1},
	{"copyright", CAT_DEBRIS, NULL, 1},
	/* a site's contact banner: "HOTLINE: 0903.343.439 - ... ĐẶT MUA BÁO" (probe ah AH9) */
	{"hotline :", CAT_DEBRIS, NULL, 1},
	/*
	 * a document's national heading, the state's name and its motto, each a
	 * line of its own above the number and the title of a decree or a
	 * decision copied onto a page: no headline (probe ao AO2)
	 */
	{"cong hoa xa hoi chu nghia viet nam", CAT_DEBRIS, NULL, 0},
	{"doc lap - tu do - hanh phuc", CAT_DEBRIS, NULL, 0},
	{"thiet ke :", CAT_DEBRIS, NULL, DEBRIS_STAFF},
	{"thiet ke website :", CAT_DEBRIS, NULL, DEBRIS_STAFF},
	{"chiu trach nhiem :", CAT_DEBRIS, NULL, DEBRIS_STAFF},
	{"chiu trach nhiem noi dung :", CAT_DEBRIS, NULL, DEBRIS_STAFF},
	{"chiu trach nhiem chinh :", CAT_DEBRIS, NULL, DEBRIS_STAFF},
};

/*
 * A newspaper's and a broadcaster's head, "Báo Nhân Dân", "Đài Phát thanh và
 * Truyền hình tỉnh": matched with its tone marks and its capital
 * (outlet_head() in parse.c), never as a dictionary head, whose folding
 * makes "Báo" "Bảo" ("Cục Bảo vệ thực vật", "Bảo hiểm xã hội") and "Đài"
 * "Đại" (a head there costs every "Đại hội"); the dictionary holds only
 * their CAT_AGENCY rows, so that the organizer's scan stops at the word
 * (stop 31 L-E1a, L-E1b)
 */
const GbPhrase gb_outlet_heads[] = {
	{"bao", CAT_BODYHEAD, "Báo", BODY_NAMED},
	{"dai", CAT_BODYHEAD, "Đài", BODY_LEVEL | BODY_NAMED},
	{NULL, 0, NULL, 0}
};

/*
 * A unit's or a department's head, "Phòng Nội vụ huyện X", "Đội Cảnh sát
 * giao thông", "Vùng 2 Hải quân", "Đồn Biên phòng X", "Học viện Quốc
 * phòng", "Hải đội 2": matched with its tone marks and its capital before a
 * capitalized name or a number (unit_head()), never in the dictionary,
 * whose folding makes "Phòng" the name "Phong", "Vùng" "Vũng Tàu", "Học
 * viện" "học viên" and "Hải đoàn" "hai đoàn" (stop 31 J1)
 */
const GbPhrase gb_unit_heads[] = {
	{"phong", CAT_BODYHEAD, "Phòng", BODY_NAMED},
	{"doi", CAT_BODYHEAD, "Đội", BODY_NAMED},
	{"vung", CAT_BODYHEAD, "Vùng", BODY_NAMED},
	{"don", CAT_BODYHEAD, "Đồn", BODY_NAMED},
	{"trai giam", CAT_BODYHEAD, "Trại giam", BODY_NAMED},
	{"hoc vien", CAT_BODYHEAD, "Học viện", BODY_NAMED},
	{"hai doan", CAT_BODYHEAD, "Hải đoàn", BODY_NAMED},
	{"hai doi", CAT_BODYHEAD, "Hải đội", BODY_NAMED},
	/*
	 * an association, a club, a centre by its capitalized name, which goes
	 * on in lower case up to its level and place: "Hội Cựu giáo chức huyện
	 * X", "Hiệp hội Doanh nghiệp tỉnh", "Câu lạc bộ Hưu trí", "Trung tâm Y
	 * tế huyện"; an association holds its own congress (stop 33 O1, P2)
	 */
	{"hoi", CAT_BODYHEAD, "Hội", BODY_NAMED | BODY_LEVEL | BODY_CONGRESS},
	{"hiep hoi", CAT_BODYHEAD, "Hiệp hội", BODY_NAMED | BODY_LEVEL | BODY_CONGRESS},
	{"cau lac bo", CAT_BODYHEAD, "Câu lạc bộ", BODY_NAMED | BODY_LEVEL | BODY_CONGRESS},
	{"trung tam", CAT_BODYHEAD, "Trung tâm", BODY_NAMED | BODY_LEVEL},
	{NULL, 0, NULL, 0}
};

#define NPHRASES (sizeof(phrases) / sizeof(phrases[0]))

/*
 * The meeting words' aux values must differ: two that are equal make one
 * rule read the other's words (MW_PLAN and MW_DESCRIBE once did).  A
 * duplicate case label does not compile.
 */
static __attribute__((unused)) void
meetword_values_differ(int aux)
{
	switch (aux)
	{
		case MW_VERB:
		case MW_ONLINE:
		case MW_BRIDGE:
		case MW_BRIDGEHEAD:
		case MW_PLACE:
		case MW_SCOPE:
		case MW_REGION:
		case MW_MANY:
		case MW_HEAD:
		case MW_INSTITUTION:
		case MW_ABOUT:
		case MW_ACTIVITY:
		case MW_NEGATOR:
		case MW_NOUN:
		case MW_TARGET:
		case MW_SESSION:
		case MW_DESCRIBE:
		case MW_PLAN:
		case MW_ATTEND:
		case MW_HELD:
		case MW_THIS:
		case MW_SITTING:
		case MW_VENUE:
		case MW_CLASS:
		case MW_DELEGATE:
		case MW_ONE:
		case MW_PROGRAM:
		case MW_OUTLET:
		case MW_SCHEDULE:
		case MW_ISSUE:
		case MW_CAREER:
		case MW_OUTLOOK:
		case MW_PROCEED:
		case MW_NETUSE:
			break;
	}
}

/* ---- code letters ------------------------------------------------------- */

/* Canonical spellings of code letter groups. */
static const char *const code_segments[] = {
	/* "QĐi" before "QĐ": a code in capitals, "07-QĐI/TW", keeps the i (probe aj 03) */
	"QĐi", "QĐ", "NĐ", "TTg", "CTr", "TTr", "ĐA", "ĐU", "ĐUK", "BCĐ", "BCĐTW", "CĐ",
	"NQ", "CT", "KL", "HD", "TB", "TT", "QC", "KH", "CV", "TW", "TU", "CP",
	"BTCTW", "BTGTW", "BDVTW", "BNCTW", "UBKTTW", "VPTW", "BNV", "UBND",
	"HĐND", "TTLT", "BCT", "BBT", "ĐTN", "ĐCT", "TBNS", "QUTW", "ĐUQSTW", NULL
};

/* Code suffixes that name one body. */
static const struct
{
	const char *seg;
	const char *body;
}			code_issuers[] = {
	{"BTCTW", "Ban Tổ chức Trung ương"},
	{"BTGTW", "Ban Tuyên giáo Trung ương"},
	{"BDVTW", "Ban Dân vận Trung ương"},
	{"BNCTW", "Ban Nội chính Trung ương"},
	{"BKTTW", "Ban Kinh tế Trung ương"},
	{"BĐNTW", "Ban Đối ngoại Trung ương"},
	{"UBKTTW", "Ủy ban Kiểm tra Trung ương"},
	{"VPTW", "Văn phòng Trung ương Đảng"},
	{"CP", "Chính phủ"},
	{"TTg", "Thủ tướng Chính phủ"},
	{"BNV", "Bộ Nội vụ"},
	{"UBTVQH", "Ủy ban Thường vụ Quốc hội"},
	{"QH", "Quốc hội"},
	{"ĐUK", "Đảng ủy Khối"},
	/* the army's Party committee, and its name until 2011 */
	{"QUTW", "Quân ủy Trung ương"},
	{"ĐUQSTW", "Đảng ủy Quân sự Trung ương"},
	/* the Front's Central Committee and its standing board: "01/ĐA-MTTW-BTT" (stop 33 O15) */
	{"MTTW", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
	{"MTTW-BTT", "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
	/*
	 * the central mass organizations' own letters: "726/HD-TLĐ",
	 * "12-KH/TWĐTN" (stop 36 X3); not "ĐCT" or "BTV", every
	 * organization's presidium and standing board, nor "CĐ", "HND", a
	 * union's or an association's at any level
	 */
	{"TLĐ", "Tổng Liên đoàn Lao động Việt Nam"},
	{"TWĐTN", "Trung ương Đoàn TNCS Hồ Chí Minh"},
	{"TWĐ", "Trung ương Đoàn TNCS Hồ Chí Minh"},
	{NULL, NULL}
};

/*
 * The letters of the bodies that number their documents by legislature,
 * its number glued after them: "85/2014/QH13", "1656/NQ-UBTVQH15".
 */
static const char *const legislature_segs[] = {"QH", "UBTVQH", NULL};

/* whether seg[0..n) is one of the NULL-ended list's segments */
static bool
seg_listed(const char *const *list, const char *seg, size_t n)
{
	for (; *list; list++)
		if (strlen(*list) == n && memcmp(*list, seg, n) == 0)
			return true;
	return false;
}

bool
gb_code_legislature(const char *seg, size_t n)
{
	return seg_listed(legislature_segs, seg, n);
}

/*
 * Letters a report writes short, folded, and the name they stand for,
 * folded as a title's key spells it; a table ends with a NULL row.
 */
typedef struct FoldedFull
{
	const char *folded;
	const char *full;
} FoldedFull;

/* the full name of the n letters folded in rows, or NULL */
static const char *
folded_full(const FoldedFull *rows, const char *folded, size_t n)
{
	int			k;

	for (k = 0; rows[k].folded; k++)
		if (strlen(rows[k].folded) == n && memcmp(rows[k].folded, folded, n) == 0)
			return rows[k].full;
	return NULL;
}

/*
 * Party committees written short after a department ("Phó trưởng Ban
 * Tuyên giáo HU", "Chánh Văn phòng TU"): the letters folded, and the
 * committee's name folded, as a title's key spells it.
 */
static const FoldedFull committee_abbrevs[] = {
	{"hu", "huyen uy"},
	{"tu", "tinh uy"},
	{"du", "dang uy"},
	{NULL, NULL}
};

const char *
gb_committee_abbrev(const char *folded, size_t n)
{
	return folded_full(committee_abbrevs, folded, n);
}

/*
 * Mass organizations as their national congress names them short, by its
 * members or its word before "toàn quốc" ("Đại hội Đoàn toàn quốc lần thứ
 * XII", "Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII"): the short name's
 * words folded, and the organization (stop 30 G6).
 */
static const struct
{
	const char *words[3];
	const char *full;
}			national_orgs[] = {
	{{"doan", NULL}, "Đoàn TNCS Hồ Chí Minh"},
	{{"phu", "nu", NULL}, "Hội Liên hiệp Phụ nữ Việt Nam"},
	{{"nong", "dan", NULL}, "Hội Nông dân Việt Nam"},
	{{"cong", "doan", NULL}, "Công đoàn Việt Nam"},
	{{NULL}, NULL}
};

const char *
gb_national_org(const GbDoc *d, int q, int n)
{
	int			k,
				w;

	for (k = 0; national_orgs[k].full; k++)
	{
		for (w = 0; w < n && national_orgs[k].words[w] && tok_is(d, q + w, national_orgs[k].words[w]); w++)
			;
		if (w == n && national_orgs[k].words[w] == NULL)
			return national_orgs[k].full;
	}
	return NULL;
}

/*
 * Bodies written in their letters: inside a position ("Chủ tịch HĐTV Tổng
 * Công ty", "Ủy viên BTV Tỉnh ủy"), where a title's key spells the name
 * out so that the same report's "Chủ tịch Hội đồng thành viên Tổng Công
 * ty" is the same title; and, for a body's head (ABBR_HEAD), before the
 * committee it belongs to in an issuer ("BTV Tỉnh ủy", "BCH Đảng bộ xã",
 * "UBKT Huyện ủy"), spelled out as the report names the body elsewhere.
 */
#define ABBR_HEAD	0x01

static const struct
{
	const char *letters;		/* as written */
	const char *folded;			/* the letters folded */
	const char *full;			/* the name written out */
	const char *full_folded;	/* and folded, as a title's key spells it */
	int			flags;
}			body_letters[] = {
	{"UBND", "ubnd", "Ủy ban nhân dân", "uy ban nhan dan", 0},
	{"HĐND", "hdnd", "Hội đồng nhân dân", "hoi dong nhan dan", 0},
	{"UBKT", "ubkt", "Ủy ban Kiểm tra", "uy ban kiem tra", ABBR_HEAD},
	{"HĐTV", "hdtv", "Hội đồng thành viên", "hoi dong thanh vien", 0},
	{"HĐQT", "hdqt", "Hội đồng quản trị", "hoi dong quan tri", 0},
	{"MTTQ", "mttq", "Mặt trận Tổ quốc", "mat tran to quoc", 0},
	{"ĐBQH", "dbqh", "Đại biểu Quốc hội", "dai bieu quoc hoi", 0},
	{"BTV", "btv", "Ban Thường vụ", "ban thuong vu", ABBR_HEAD},
	{"BCH", "bch", "Ban Chấp hành", "ban chap hanh", ABBR_HEAD},
	/* "Ủy viên BCT" beside "Ủy viên Bộ Chính trị", "Ủy viên BBT" (stop 32 M6) */
	{"BCT", "bct", "Bộ Chính trị", "bo chinh tri", 0},
	{"BBT", "bbt", "Ban Bí thư", "ban bi thu", 0},
	/* the forces: "Tổng cục Chính trị CAND" beside "... Công an nhân dân (CAND)" (probe 49 G9) */
	{"CAND", "cand", "Công an nhân dân", "cong an nhan dan", 0},
	{"QĐND", "qdnd", "Quân đội nhân dân", "quan doi nhan dan", 0},
	/*
	 * the mass organizations' names after "Hội", "Đoàn": "Hội NDVN" beside
	 * "Hội Nông dân Việt Nam" (probe 54 G10), "Hội LHPN", "Hội CCB",
	 * "Đoàn TNCS Hồ Chí Minh", "Liên đoàn Lao động" as "LĐLĐ"
	 */
	{"NDVN", "ndvn", "Nông dân Việt Nam", "nong dan viet nam", 0},
	{"LHPN", "lhpn", "Liên hiệp Phụ nữ", "lien hiep phu nu", 0},
	{"CCB", "ccb", "Cựu chiến binh", "cuu chien binh", 0},
	{"TNCS", "tncs", "Thanh niên Cộng sản", "thanh nien cong san", 0},
	{"LĐLĐ", "ldld", "Liên đoàn Lao động", "lien doan lao dong", 0},
	/*
	 * and the associations with their "Hội" (the Front's Committee with its
	 * "Ủy ban") in the letters: "Chủ tịch HND tỉnh" beside "Chủ tịch Hội
	 * Nông dân tỉnh" (probe 63 G8), "HCCB", "HLHPN", "UBMTTQ"
	 */
	{"HND", "hnd", "Hội Nông dân", "hoi nong dan", 0},
	{"HCCB", "hccb", "Hội Cựu chiến binh", "hoi cuu chien binh", 0},
	{"HLHPN", "hlhpn", "Hội Liên hiệp Phụ nữ", "hoi lien hiep phu nu", 0},
	{"UBMTTQ", "ubmttq", "Ủy ban Mặt trận Tổ quốc", "uy ban mat tran to quoc", 0},
	/*
	 * "Tổng Thư ký UBTƯ MTTQ Việt Nam" beside "... Ủy ban Trung ương MTTQ
	 * Việt Nam": the central committee, its Ư written as W too (stop 40 AM5)
	 */
	{"UBTƯ", "ubtu", "Ủy ban Trung ương", "uy ban trung uong", 0},
	{"UBTW", "ubtw", "Ủy ban Trung ương", "uy ban trung uong", 0},
	/*
	 * the army's, which reports abbreviate after the headline: "Bí thư Đảng
	 * ủy BĐBP tỉnh Lai Châu" beside "... Bộ đội Biên phòng tỉnh Lai Châu",
	 * either first (probe-bi BI5)
	 */
	{"BĐBP", "bdbp", "Bộ đội Biên phòng", "bo doi bien phong", 0},
	{"BCHQS", "bchqs", "Bộ Chỉ huy Quân sự", "bo chi huy quan su", 0},
	{NULL, NULL, NULL, NULL, 0}
};

/* the folded name of the body whose folded letters are folded[0..n), or NULL */
const char *
gb_title_body_abbrev(const char *folded, size_t n)
{
	int			k;

	for (k = 0; body_letters[k].folded; k++)
		if (body_letters[k].folded[0] == folded[0] &&
			strncmp(body_letters[k].folded, folded, n) == 0 &&
			body_letters[k].folded[n] == '\0')
			return body_letters[k].full_folded;
	return NULL;
}

/*
 * The head written out when name starts with a head's letters and a space
 * and goes on ("BTV Tỉnh ủy"): *len is the letters' length.
 */
const char *
gb_body_head_abbrev(const char *name, size_t *len)
{
	int			k;

	/* the flag and the first letter before the length and the comparison */
	for (k = 0; body_letters[k].letters; k++)
	{
		const char *l = body_letters[k].letters;
		size_t		n;

		if (!(body_letters[k].flags & ABBR_HEAD) || l[0] != name[0])
			continue;
		n = strlen(l);
		if (strncmp(name, l, n) == 0 && name[n] == ' ' && name[n + 1] != '\0')
		{
			*len = n;
			return body_letters[k].full;
		}
	}
	return NULL;
}

/*
 * The state groups that reports name by their letters without defining
 * them ("Phó Bí thư Thường trực Đảng ủy EVN" after "... Đảng ủy Tập đoàn
 * Điện lực Việt Nam", probe ag AG7): the letters folded, and the group's
 * name folded as a title's key spells it.  A report's own definition
 * ("... (PVN)") comes first (acro_key()).
 */
static const FoldedFull known_acronyms[] = {
	{"evn", "tap doan dien luc viet nam"},
	{"pvn", "tap doan dau khi quoc gia viet nam"},
	{"vnpt", "tap doan buu chinh vien thong viet nam"},
	{"tkv", "tap doan cong nghiep than khoang san viet nam"},
	{NULL, NULL}
};

const char *
gb_known_acronym(const char *folded, size_t n)
{
	return folded_full(known_acronyms, folded, n);
}

/* Central bodies whose codes can be derived: "Chỉ thị 35 của Bộ Chính trị". */
static const struct
{
	const char *body;
	const char *suffix;
}			body_suffixes[] = {
	{"Bộ Chính trị", "TW"},
	{"Ban Bí thư", "TW"},
	{"Ban Chấp hành Trung ương", "TW"},
	{"Ban Tổ chức Trung ương", "BTCTW"},
	{"Ban Tuyên giáo Trung ương", "BTGTW"},
	{"Ban Dân vận Trung ương", "BDVTW"},
	{"Ủy ban Kiểm tra Trung ương", "UBKTTW"},
	/*
	 * the army's Party committee numbers its documents as the Party's
	 * central bodies do ("1657-NQ/QUTW"), its standing committee's too
	 * ("747-CT/QUTW of the Ban Thường vụ")
	 */
	{"Quân ủy Trung ương", "QUTW"},
	{"Ban Thường vụ Quân ủy Trung ương", "QUTW"},
	{"Thường vụ Quân ủy Trung ương", "QUTW"},
	{"Đảng ủy Quân sự Trung ương", "ĐUQSTW"},
	{NULL, NULL}
};

/*
 * Party terms: the day each National Congress closed.  Term N runs from the
 * close of the N-th congress to the close of the next.
 */
static const struct
{
	int			term;
	GbDate		from;
}			congresses[] = {
	{6, {1986, 12, 18}},
	{7, {1991, 6, 27}},
	{8, {1996, 7, 1}},
	{9, {2001, 4, 22}},
	{10, {2006, 4, 25}},
	{11, {2011, 1, 19}},
	{12, {2016, 1, 28}},
	{13, {2021, 2, 1}},
	{14, {2026, 1, 23}},
	{0, {0, 0, 0}}
};

/*
 * Code segments are compared a code point at a time, Đ and đ as D and
 * ASCII letters in upper case; a segment is folded so once, and each
 * canonical spelling once per process.
 */
#define MAX_SEG 16				/* code points, above every canonical spelling */

typedef struct FoldedSeg
{
	int			n;				/* -1: longer than MAX_SEG */
	uint32_t	cp[MAX_SEG];
} FoldedSeg;

static void
fold_seg(const char *seg, size_t n, bool canonical, FoldedSeg *out)
{
	size_t		i = 0;

	out->n = 0;
	while (i < n)
	{
		uint32_t	c = gb_utf8_next((const unsigned char *) seg, n, &i);

		if (c == 0x110 || c == 0x111)
			c = 'D';
		/* "QĐ/TƯ": Ư is how T.Ư (Trung ương) is spelled in a code, as W */
		else if (c == 0x1AF || c == 0x1B0)
			c = 'W';
		/* the canonical spellings' lower case is ASCII letters only */
		if (c < 0x80 && c >= 'a' && (canonical || c <= 'z'))
			c -= 32;
		if (out->n == MAX_SEG)
		{
			out->n = -1;
			return;
		}
		out->cp[out->n++] = c;
	}
}

static bool
seg_same(const FoldedSeg *a, const FoldedSeg *b)
{
	return a->n > 0 && a->n == b->n && a->cp[0] == b->cp[0] &&
		memcmp(a->cp, b->cp, sizeof(uint32_t) * (size_t) a->n) == 0;
}

#define NCODE_SEGMENTS (sizeof(code_segments) / sizeof(code_segments[0]) - 1)
#define NCODE_ISSUERS (sizeof(code_issuers) / sizeof(code_issuers[0]) - 1)
#define NKINDS (sizeof(gb_kinds) / sizeof(gb_kinds[0]) - 1)

static FoldedSeg folded_segments[NCODE_SEGMENTS];
static FoldedSeg folded_issuers[NCODE_ISSUERS];
static FoldedSeg folded_letters[NKINDS];
static bool segs_ready = false;

static __attribute__((noinline)) void
fold_canonical_segs(void)
{
	size_t		k;

	for (k = 0; k < NCODE_SEGMENTS; k++)
		fold_seg(code_segments[k], strlen(code_segments[k]), true, &folded_segments[k]);
	for (k = 0; k < NCODE_ISSUERS; k++)
		fold_seg(code_issuers[k].seg, strlen(code_issuers[k].seg), true, &folded_issuers[k]);
	for (k = 0; k < NKINDS; k++)
		if (gb_kinds[k].letters)
			fold_seg(gb_kinds[k].letters, strlen(gb_kinds[k].letters), true, &folded_letters[k]);
		else
			folded_letters[k].n = -1;
	segs_ready = true;
}

/* The segment folded, and the canonical spellings ready to compare with it. */
static void
seg_prepare(const char *seg, size_t n, FoldedSeg *f)
{
	if (__builtin_expect(!segs_ready, 0))
		fold_canonical_segs();
	fold_seg(seg, n, false, f);
}

const char *
gb_code_segment(const char *seg, size_t n)
{
	FoldedSeg	f;
	size_t		k;

	seg_prepare(seg, n, &f);
	for (k = 0; k < NCODE_SEGMENTS; k++)
		if (seg_same(&f, &folded_segments[k]))
			return code_segments[k];
	return NULL;
}

const char *
gb_code_issuer(const char *seg, size_t n)
{
	FoldedSeg	f;
	size_t		k;

	seg_prepare(seg, n, &f);
	for (k = 0; k < NCODE_ISSUERS; k++)
		if (seg_same(&f, &folded_issuers[k]))
			return code_issuers[k].body;
	return NULL;
}

bool
gb_code_is_kind(const char *seg, size_t n)
{
	FoldedSeg	f;
	size_t		k;

	seg_prepare(seg, n, &f);
	for (k = 0; k < NKINDS; k++)
		if (seg_same(&f, &folded_letters[k]))
			return true;
	return false;
}

bool
gb_code_party_suffix(const char *seg, size_t n)
{
	int			k;

	for (k = 0; body_suffixes[k].body; k++)
		if (strlen(body_suffixes[k].suffix) == n && memcmp(body_suffixes[k].suffix, seg, n) == 0)
			return true;
	return false;
}

/*
 * The suffixes of a local Party committee's codes, as they are typed:
 * "145-KH/TU" (Tỉnh ủy or Thành ủy), "20-KH/HU" (Huyện ủy), "QU" (Quận
 * ủy), "ThU" (Thị ủy), "ĐU" and "ĐUK" (Đảng ủy, Đảng ủy khối), and their
 * boards' ("BTGTU", "UBKTHU").  A code with one of them is a Party
 * document's as surely as one with "TW" (probe 52 G2).
 */
static const char *const local_party_suffixes[] = {
	"TU", "HU", "QU", "ThU", "ĐU", "ĐUK",
	"BTCTU", "BTGTU", "BDVTU", "UBKTTU", "VPTU",
	"BTCHU", "BTGHU", "BDVHU", "UBKTHU", "VPHU",
	NULL
};

bool
gb_code_local_suffix(const char *seg, size_t n)
{
	return seg_listed(local_party_suffixes, seg, n);
}

/*
 * The letters of mass organizations and of the Front in a code typed in
 * the Party's shape, up to a dash: "09-KH/ĐTN", "12-KH/HND", "5-HD/CĐ",
 * "9-KH/MTTQ-BTT".  Their documents are no Party documents, so take no
 * Party term from their date (stop 31 I9).
 */
static const char *const mass_org_suffixes[] = {
	"ĐTN", "TĐTN", "HĐTN", "TWĐTN", "TWĐ", "QĐTN",
	"HND", "HLHPN", "HPN", "CĐ", "LĐLĐ", "CĐN",
	"CCB", "HCCB", "MTTQ", "UBMTTQ", "MTTW", "TLĐ",
	NULL
};

bool
gb_code_mass_org_suffix(const char *seg, size_t n)
{
	const char *dash = memchr(seg, '-', n);

	return seg_listed(mass_org_suffixes, seg, dash ? (size_t) (dash - seg) : n);
}

/*
 * The committee a code's issuer letters name, by the words its name
 * starts with, folded: "15-KH/TU" is a Tỉnh ủy's or Thành ủy's (its
 * Ban Chấp hành is the "Đảng bộ tỉnh"'s), "2816/QĐ-MTTW-BTT" the
 * Fatherland Front's Central Committee's (probe 60 G3).
 */
static const struct
{
	const char *seg;
	const char *name;
}			code_committees[] = {
	{"TU", "tinh uy"},
	{"TU", "thanh uy"},
	{"TU", "dang bo tinh"},
	{"TU", "dang bo thanh pho"},
	{"HU", "huyen uy"},
	{"HU", "dang bo huyen"},
	{"QU", "quan uy"},
	{"ThU", "thi uy"},
	{"ĐU", "dang uy"},
	{"ĐUK", "dang uy khoi"},
	{"MTTW", "uy ban trung uong mat tran to quoc"},
	{"MTTW", "uy ban trung uong mttq"},
	{NULL, NULL}
};

/*
 * The boards that lead a committee and sign for it, folded, each with the
 * space after it, and in their letters as an issuer keeps them until it is
 * spelled out ("BTV Huyện ủy"): "Ban Thường vụ Tỉnh ủy" issues the Tỉnh
 * ủy's documents; its departments ("Ban Tổ chức Tỉnh ủy") are other bodies.
 */
static const char *const lead_boards[] = {
	"ban thuong vu ", "thuong vu ", "ban thuong truc ", "thuong truc ", "ban chap hanh ",
	"btv ", "bch ", NULL
};

/*
 * Whether the body canonical is the committee that the first letters of a
 * code's issuer part (seg, n: "TU" of "15-KH/TU", "MTTW" of "MTTW-BTT")
 * name, or one of its leading boards.
 */
bool
gb_code_committee(const char *seg, size_t n, const char *canonical)
{
	char	   *f;
	size_t		fn,
				at = 0;
	int			k;
	bool		same = false;

	if (canonical == NULL)
		return false;
	f = gb_fold(canonical, strlen(canonical), &fn);
	for (k = 0; lead_boards[k]; k++)
	{
		size_t		w = strlen(lead_boards[k]);

		if (fn > w && memcmp(f, lead_boards[k], w) == 0)
		{
			at = w;
			break;
		}
	}
	for (k = 0; code_committees[k].seg && !same; k++)
	{
		size_t		w = strlen(code_committees[k].name);

		same = strlen(code_committees[k].seg) == n && memcmp(code_committees[k].seg, seg, n) == 0 &&
			fn - at >= w && memcmp(f + at, code_committees[k].name, w) == 0 &&
			(fn - at == w || f[at + w] == ' ');
	}
	gb_free(f);
	return same;
}

const char *const gb_plenum_body = "Ban Chấp hành Trung ương";
const char *const gb_assembly = "Quốc hội";
const char *const gb_assembly_code = "QH";
/* the Youth Union's Central Committee, as an issuer */
const char *const gb_youth_cc = "Ban Chấp hành Trung ương Đoàn";
/*
 * the Front's Central Committee, as an issuer however written ("Ủy ban
 * Trung ương Mặt trận Tổ quốc Việt Nam", "... MTTQVN"): its key's
 * "mttq-viet-nam", as the Front's congress keys it
 */
const char *const gb_front_cc = "Ủy ban Trung ương MTTQ Việt Nam";

/*
 * The short names a mass organization goes by after "Trung ương", written
 * as gb_exact_any() compares them: "Trung ương Đoàn" is the Youth Union's
 * centre, "Trung ương Hội" an association's in its own reports.
 */
const char gb_org_short_names[] = "Đoàn|Hội";

/*
 * How an issuer names a centre before the mass organization whose it is,
 * as gb_parse_body() and gb_org_centre() leave it: "Ban Chấp hành Trung
 * ương Hội Nông dân Việt Nam", "Trung ương HND Việt Nam", "TW Đoàn".
 */
const char *const gb_centre_spellings[] = {"Ban Chấp hành Trung ương", "Trung ương", "TW", "TƯ", "T.Ư",
/* the Front's, whose plenums are its own too (stop 36 X2) */
"Ủy ban Trung ương", NULL};

/*
 * The cities run by the centre as a title's key spells them, folded, then
 * their short forms with the name each stands for: "Bí thư Thành ủy TPHCM",
 * "bí thư Thành ủy TP.HCM", "Bí thư Thành ủy TP Hồ Chí Minh" and "Bí thư
 * Thành ủy Thành phố Hồ Chí Minh" are one post (officials*.c,
 * city_key_spelled()).  A short form after "tp" may be glued to it
 * ("tphcm").  Pairs, ended by NULL.
 */
const char *const gb_city_spellings[] = {
	"ha noi", "ha noi",
	"ho chi minh", "ho chi minh",
	"hai phong", "hai phong",
	"da nang", "da nang",
	"can tho", "can tho",
	"hcm", "ho chi minh",
	NULL, NULL
};

/*
 * the unit a title heads, named again in lower case after it: "Hiệu trưởng
 * nhà trường", "Giám đốc đơn vị"; two syllables each
 */
const char *const gb_unit_refs[] = {"nhà trường", "đơn vị", "cơ quan", "công ty", "bệnh viện", "nhà máy", NULL};

/*
 * an army unit named again in lower case after its Party committee: "Ban
 * Thường vụ Đảng ủy quân khu"; spelled so, "quân" is not "quận" (stop 31
 * L-g39)
 */
const char *const gb_army_unit_refs[] = {"quân khu", "quân đoàn", "quân chủng", "bộ tư lệnh", "sư đoàn",
"binh đoàn", NULL};

/*
 * an economic zone's noun after a capitalized "Khu", its other words in
 * lower case, inside a body's name: "Đảng ủy Khu kinh tế tỉnh X", "Ban
 * Thường vụ Đảng ủy Khu công nghiệp Y" (probe-v G2); a longer one first
 */
const char *const gb_zone_nouns[] = {"khu kinh tế cửa khẩu", "khu kinh tế", "khu công nghiệp",
"khu chế xuất", "khu công nghệ cao", NULL};

/*
 * the verbs of an appointment, after "được" and before what the person
 * joins or holds: "được điều động, chỉ định tham gia Ban Chấp hành ... và
 * giữ chức X", "được tiếp nhận, bổ nhiệm giữ chức X", "được bầu giữ chức
 * danh X" (probe 55 G1); active, before the names appointed: "đã bầu A"
 * (appointed_names()); a longer one before a shorter it begins with; the
 * Front's "được (hiệp thương) cử làm X" (stop 35 T4)
 */
const char *const gb_appoint_verbs[] = {"điều động", "chỉ định", "phân công", "bổ nhiệm", "luân chuyển",
	"tiếp nhận", "bầu", "tái bầu", "hiệp thương cử", NULL};

/*
 * an election's verbs, active before the person elected, the post after
 * "là": "bầu cử bổ sung ông A, Phó Bí thư Tỉnh ủy là Chủ tịch UBND tỉnh"
 * (officials_posts.c, elected_as(); probe 101 AI3); the longer first
 */
const char *const gb_vote_verbs[] = {"bầu cử bổ sung", "bầu bổ sung", "bầu cử", "bầu lại",
	"hiệp thương cử", "bầu", NULL};

/*
 * the manner of an appointment, between "được" and its verb: "được tín
 * nhiệm bầu giữ chức danh X", "được đồng ý bổ nhiệm" (probe 55 G1)
 */
const char *const gb_appoint_adverbs[] = {"tín nhiệm", "đồng ý", NULL};

/*
 * a proposal or a nomination, before the person and the post he is put
 * forward for: "đề nghị phân công ông A ... giữ chức X", "dự kiến giới
 * thiệu ông A ... giữ chức X", "quy trình giới thiệu bầu giữ chức X"; the
 * post is not yet his (probe 55 G11)
 */
const char *const gb_proposal_words[] = {"đề nghị", "dự kiến", "giới thiệu", "đề xuất", NULL};

/*
 * Committees named after fields, listed with commas and "và", the later
 * ones often in lower case: "Ủy ban Khoa học, công nghệ và môi trường"
 * (names.c, field_list_end(); field_head_before() reads the heads' last
 * words, "ban" and "đồng", so a head added here must end in one of them)
 */
const char *const gb_field_committees[] = {"ủy ban", "hội đồng", "tiểu ban", "ban", NULL};

/*
 * Posts at the head of a body, as they open a title before its name: "Phó
 * Trưởng ban Tuyên giáo Trung ương", "Bí thư Tỉnh ủy" (meeting*.c,
 * heads_organizer())
 */
const char *const gb_head_posts[] = {"Trưởng", "Phó Trưởng", "Bí thư", "Phó Bí thư", "Chủ tịch",
	"Phó Chủ tịch", "Giám đốc", "Phó Giám đốc", "Chủ nhiệm", "Phó Chủ nhiệm", NULL};

/*
 * the kind of a district or commune, in lower case between its level and
 * its name: "huyện đảo Lý Sơn", "huyện miền núi Hướng Hóa", "xã biên giới
 * Ia Dom" (probe 57 G5)
 */
const char *const gb_level_kinds[] = {"đảo", "miền núi", "vùng cao", "biên giới", "ven biển", NULL};

/*
 * the time of a class of posts, between it and "là" or "gồm" before its
 * holders: "Các Phó Bí thư mới là A, B", "Các Phó Chủ tịch hiện nay gồm A,
 * B" (probe 57 G1); or the rest of the class, "3 Phó Bí thư khác là A, B, C",
 * "Các Phó Chủ tịch còn lại gồm A, B" (stop 33 N3); a longer one before a
 * shorter it begins with
 */
const char *const gb_post_times[] = {"hiện tại", "hiện nay", "đương nhiệm", "mới", "khác", "còn lại", NULL};

/*
 * Adverbs of degree before a verb of assent: "Phó Trưởng Ban Chỉ đạo cơ
 * bản nhất trí", "... hoàn toàn thống nhất", "đều tán thành" (names.c,
 * degree_before_verb(); stop 31 H2)
 */
const char *const gb_degree_adverbs[] = {"cơ bản", "hoàn toàn", "đều", NULL};

/*
 * A Party cell's unit written in lower case after "Chi bộ", before its name
 * or number: "Bí thư Chi bộ khu phố 2", "Bí thư chi bộ ấp Hiệp Phước";
 * a school with its grade, before its name: "Bí thư Chi bộ trường tiểu học
 * Đông Hòa" (names.c, cell_unit_end(); stop 34 Q6).  A longer one before a
 * shorter it begins with.
 */
const char *const gb_cell_units[] = {"khu phố", "tổ dân phố", "khu dân cư", "ấp", "thôn", "xóm",
"bản", "buôn", "khóm", "làng", "khu", "tổ", NULL};
const char *const gb_school_grades[] = {"mầm non", "mẫu giáo", "tiểu học", "trung học cơ sở",
"trung học phổ thông", "THCS", "THPT", "TH", "MN", NULL};

/*
 * A post named with the verb that relieves, appoints or elects to it,
 * before "đối với" and its holder: "miễn nhiệm chức vụ Phó Chủ tịch UBND
 * tỉnh đối với ông A" (officials_lists.c, post_for_holder(); probe 65 G7), "phê
 * chuẩn kết quả bầu bổ sung chức vụ ... đối với ông A" (stop 29 B5); a
 * higher body's approval or a nomination, "chuẩn y (công nhận, chỉ định)
 * chức vụ X đối với ông A", and a post elected or appointed to with no
 * "chức vụ", "công nhận (bầu, bổ nhiệm) Bí thư Tỉnh đoàn X khóa 17 đối với
 * anh A" (stop 35 U7); at most five words each (POST_VERB_WORDS), a
 * longer row before its prefix: the first row that matches is taken
 */
const char *const gb_post_for_verbs[] = {"miễn nhiệm chức vụ", "miễn nhiệm chức danh", "bãi nhiệm chức vụ",
	"bãi nhiệm chức danh", "bổ nhiệm chức vụ", "bổ nhiệm chức danh", "bầu chức vụ", "bầu chức danh",
	"bầu bổ sung chức vụ", "bầu bổ sung chức danh", "chuẩn y chức vụ", "chuẩn y chức danh",
	"công nhận chức vụ", "công nhận chức danh", "chỉ định chức vụ", "chỉ định chức danh", "chuẩn y",
	"công nhận", "chỉ định", "bầu bổ sung", "bầu", "bổ nhiệm",
	/*
	 * "điều động cán bộ giữ chức vụ X đối với ông A", "Quyết định kiêm nhiệm
	 * chức vụ X đối với ông A": the post a decision gives (probe ab ab4)
	 */
	"giữ chức vụ", "giữ chức danh", "kiêm nhiệm chức vụ", "kiêm nhiệm chức danh",
	/*
	 * a discipline's sanction on a post, held up to the decision as a post
	 * relieved is: "đình chỉ chức vụ Bí thư Thành ủy X đối với ông A",
	 * "kỷ luật cách chức Chủ tịch UBND huyện X đối với ông A" (probe ah
	 * AH11); not "cách tất cả các chức vụ trong Đảng", no post
	 */
	"đình chỉ chức vụ", "đình chỉ chức danh", "cách chức vụ", "cách chức danh", "cách chức",
	/*
	 * a post a decision relieves, as "miễn nhiệm chức vụ": "cho thôi chức Bí
	 * thư Đảng ủy xã X đối với ông A", "cho thôi giữ chức Phó Giám đốc Trung
	 * tâm X đối với ông A" (probe 121 bc1; "thôi giữ chức vụ" is "giữ chức
	 * vụ"'s)
	 */
	"thôi giữ chức", "thôi chức vụ", "thôi chức danh", "thôi chức", NULL};

/*
 * A second measure joined by "và" to a post relieved, before "đối với" and
 * its holder: "cho thôi giữ chức X và điều chuyển công tác khác đối với
 * ông A", "cách chức X nhiệm kỳ 2016-2021 và xóa tư cách Y nhiệm kỳ
 * 2011-2016 đối với ông A" (probe 121 bc1).  Those ending in "tư cách" name
 * a post after them, a former one whose standing is struck, no title.
 */
const char *const gb_post_for_tails[] = {"xóa tư cách chức vụ", "xóa tư cách", "xoá tư cách chức vụ",
	"xoá tư cách", "điều chuyển công tác khác", "điều chuyển công tác", "điều động công tác khác",
	"bố trí công tác khác", "bố trí công việc khác", NULL};

/*
 * Words of two syllables, folded, in pairs, one syllable of which is also
 * the word of an institution's unit, "phòng", "viện" or "khoa": "Văn
 * phòng", "Học viện", "Khoa học" name no unit (names.c, sub_unit_at()).
 */
const char *const gb_unit_compounds[] = {
	"van", "phong",
	"bien", "phong",
	"quoc", "phong",
	"hoc", "vien",
	"benh", "vien",
	"khoa", "hoc",
	NULL, NULL
};

/*
 * the verbs of the task a steering committee is named after, two syllables
 * each: "Ban Chỉ đạo tổng kết thực hiện Nghị quyết 10", "Ban Chỉ đạo thực
 * hiện Quy chế dân chủ ở cơ sở"
 */
const char *const gb_task_verbs[] = {"thực hiện", "triển khai", "tổng kết", "sơ kết", NULL};

/*
 * The Party's central bodies by their letters alone, as an issuer after
 * "của": "Chỉ thị số 36 ngày 30/5/2014 của BCT, BCHTƯ" (probe be 30), in
 * pairs of the letters folded and the name.  Read so only for a Party
 * document: "BCT" is also the Ministry of Industry and Trade's.
 */
const char *const gb_central_letters[] = {
	"bct", "Bộ Chính trị",
	"bbt", "Ban Bí thư",
	NULL
};

/*
 * "Phó" with a slip in its vowel or tone, folded: "Pho", "Phí" opening a
 * title in an apposition (names.c, vice_slip())
 */
const char *const gb_vice_slips[] = {"pho", "phi", NULL};

/*
 * two fields of two syllables each that a body is named after, written with
 * a comma between them ("Hội đồng Thi đua, Khen thưởng tỉnh", "Ban Chỉ đạo
 * phòng, chống tham nhũng, lãng phí, tiêu cực"), the comma inside the name
 * (probe 50 G6); the pairs chain.  Folded, then spelled.
 */
const char *const gb_comma_pairs[][2] = {
	{"thi dua khen thuong", "thi đua khen thưởng"},
	{"tham nhung tieu cuc", "tham nhũng tiêu cực"},
	{"tham nhung lang phi", "tham nhũng lãng phí"},
	{"lang phi tieu cuc", "lãng phí tiêu cực"},
	/* "đoàn kiểm tra, giám sát số 16": a team's task (names.c, complement()) */
	{"kiem tra giam sat", "kiểm tra giám sát"},
	/*
	 * a congress's subcommittees named by two duties, "Tiểu ban Tuyên
	 * truyền, khánh tiết", "Tổ chức, phục vụ", "Lễ tân, hậu cần" (stop 32 L3)
	 */
	{"tuyen truyen khanh tiet", "tuyên truyền khánh tiết"},
	{"to chuc phuc vu", "tổ chức phục vụ"},
	{"le tan hau can", "lễ tân hậu cần"},
	{NULL, NULL}
};

const char	gb_link_words[] = "và|của|tại|đã|đang|sẽ|vừa|cũng|là|được|có|các|những|với|cho|về";
const char	gb_clause_words[] = "thì|mà|để|khi|nay|này|đó";
/*
 * A word added here must be added folded to the pre-check too: names.c's
 * post_end_word() tests "do", "vi", "ly", "toi", "boi" before this list.
 */
const char	gb_post_end_words[] = "do|vì|bởi|lý|tới";
/*
 * Likewise: names.c's outlet_at() tests "bao", "dai" before outlet_noun()
 * reads this list.
 */
const char	gb_outlet_nouns[] = "báo|đài";
/*
 * Standing committees shortened to a member's title (CAT_TITLE "tvtu"),
 * written after "Ủy viên" as the body: "Ủy viên TVTU" (names.c,
 * complement())
 */
const char	gb_standing_abbrevs[] = "TVTU|TVHU";
/*
 * Abbreviations in capitals that the press writes of its subjects, a word
 * of no outlet though alone on a line above the lead (report.c,
 * outlet_tag(): "COVID", "CCB" for "Cựu chiến binh", "HTX" for "hợp tác
 * xã")
 */
const char	gb_subject_abbrevs[] =
"COVID|CCB|HTX|ASEAN|APEC|WTO|WHO|UNESCO|GDP|FDI|ODA|BHXH|BHYT|CNTT|PCCC|ATGT|ATTP|NTM|CCHC|CLB|THPT|THCS|KHCN|KTXH|DTTS";
const char	gb_purpose_words[] = "để|nhằm";
const char	gb_office_words[] = "chức|danh|vụ|bầu|cử|làm";

/*
 * "và các Hội" inside a unit's name, the associations it works with:
 * "Phòng Đoàn thể và các Hội" (names.c, assoc_group_end())
 */
const char	gb_assoc_group[] = "và các Hội";

/*
 * Words of a Party body's name, folded: "Tỉnh ủy", "Đảng ủy xã", "Chi bộ",
 * "Ban Thường vụ Huyện ủy".  "ủy" is the committee of a place ("Tỉnh ủy",
 * "Quân ủy"), never the "Ủy ban" of the State ("Ủy ban nhân dân"), nor
 * is "Ban Thường vụ" after it ("Ủy ban Thường vụ Quốc hội").
 */
static const char *const party_body_words[] = {
	"dang", "uy", "chi bo", "bo chinh tri", "ban bi thu", "ban thuong vu", NULL
};

bool
gb_party_body(const char *canonical)
{
	char	   *f;
	size_t		n,
				i;
	bool		party = false;

	if (canonical == NULL)
		return false;
	if (gb_body_code_suffix(canonical))
		return true;
	f = gb_fold(canonical, strlen(canonical), &n);
	for (i = 0; i < n && !party; i++)
	{
		int			k;

		if (i > 0 && f[i - 1] != ' ')
			continue;
		for (k = 0; party_body_words[k]; k++)
		{
			size_t		w = strlen(party_body_words[k]);

			if (i + w > n || memcmp(f + i, party_body_words[k], w) != 0 ||
				(i + w < n && f[i + w] != ' '))
				continue;
			if (strcmp(party_body_words[k], "uy") == 0 && i + w + 4 <= n &&
				memcmp(f + i + w, " ban", 4) == 0 && (i + w + 4 == n || f[i + w + 4] == ' '))
				continue;
			/*
			 * "Ủy ban Thường vụ Quốc hội": the legislature's standing
			 * committee, of the State, not a Party "Ban Thường vụ"
			 */
			if (strcmp(party_body_words[k], "ban thuong vu") == 0 && i >= 3 &&
				memcmp(f + i - 3, "uy ", 3) == 0 && (i == 3 || f[i - 4] == ' '))
				continue;
			party = true;
			break;
		}
	}
	gb_free(f);
	return party;
}

const char *
gb_body_code_suffix(const char *canonical)
{
	int			k;

	if (canonical == NULL)
		return NULL;
	for (k = 0; body_suffixes[k].body; k++)
		if (strcmp(body_suffixes[k].body, canonical) == 0)
			return body_suffixes[k].suffix;
	return NULL;
}

int
gb_term_number_on(GbDate d)
{
	int			k,
				best = 0;

	if (d.y == 0)
		return 0;
	for (k = 0; congresses[k].term; k++)
	{
		GbDate		f = congresses[k].from;

		if (d.y > f.y || (d.y == f.y && (d.m > f.m || (d.m == f.m && d.d >= f.d))))
			best = congresses[k].term;
	}
	return best;
}

const char *
gb_term_on(GbDate d)
{
	int			best = gb_term_number_on(d);

	return best ? gb_roman(best) : NULL;
}

/* ---- the dictionary ----------------------------------------------------- */

/*
 * Phrases are grouped by their first word in an open-addressing table; a
 * group knows the categories of its phrases, so that most look-ups end with
 * one probe, and keeps them longest first, so that the first match is the
 * longest.  The phrases of two words or more are also chained by their
 * first two words, in a second table: a look-up follows the chain of the
 * token's next word, then tries the group's one-word phrases, which come
 * last in it, and so sees the phrases that can match in the order of the
 * group.
 */
#define MAXWORDS 12
#define NGROUPS 4096			/* power of two, well above the first words */
#define NPAIRS 4096				/* power of two, well above the first pairs */

#define REST_MAX 24				/* bytes of a phrase's words after the first kept together */

typedef struct CompiledPhrase
{
	GbCats		cat;			/* p->cat, at hand */
	int			same;			/* next phrase of its pair, or -1 */
	uint8_t		nwords;
	uint8_t		rlen;			/* bytes of rest, or REST_MAX + 1: they do not fit */
	uint8_t		wlen[MAXWORDS];
	uint32_t	hash[MAXWORDS];
	/*
	 * The words after the first run together, as the tokens' folded forms
	 * are in GbDoc.fold: one comparison for a match, not one a byte
	 */
	char		rest[REST_MAX];
	const char *word0;
	const GbPhrase *p;
	int			index;
} CompiledPhrase;

typedef struct PhraseGroup
{
	const char *word;			/* NULL: empty slot */
	uint32_t	hash;
	uint8_t		wlen;
	GbCats		mask;
	GbCats		mask1;			/* the categories of its one-word phrases */
	int			start;
	int			count;
	int			one;			/* its first one-word phrase */
} PhraseGroup;

/* The phrases of one group whose second word has one hash. */
typedef struct PhrasePair
{
	uint16_t	grp;			/* 1 + group; 0: empty slot */
	uint32_t	hash;			/* of the second word */
	GbCats		mask;			/* the categories of its phrases */
	int			first;
	int			last;
} PhrasePair;

static CompiledPhrase compiled[NPHRASES];	/* by group, longest first */
static PhraseGroup groups[NGROUPS];
static PhrasePair pairs[NPAIRS];
static bool dict_ready = false;

/* The bodies (CAT_BODY) by their whole folded name: 1 + phrase, or 0. */
#define NBODIES 2048			/* power of two, well above the bodies */
static uint16_t bodies[NBODIES];
/* The same of the heads of bodies (CAT_BODYHEAD) that have a spelling. */
#define NHEADS 512				/* power of two, well above the heads */
static uint16_t heads[NHEADS];
_Static_assert(NPHRASES < UINT16_MAX, "phrase numbers fit the table of bodies");

GbCats		gb_dict_masks[NGROUPS + 1];
uint16_t	gb_dict_cues[NGROUPS + 1];
GbCats		gb_dict_masks1[NGROUPS + 1];
uint64_t	gb_dict_pairbits[(1 << GB_DICT_PAIRBITS) / 64];

static inline uint32_t
pair_slot(uint16_t grp, uint32_t hash)
{
	return (hash ^ ((uint32_t) grp * 0x9E3779B1u)) & (NPAIRS - 1);
}

/* Put phrase k into a table of size slots (a power of two) by its folded name. */
static void
name_put(uint16_t *table, uint32_t size, int k)
{
	uint32_t	slot = gb_hash(phrases[k].folded, strlen(phrases[k].folded));

	for (slot &= size - 1; table[slot] != 0; slot = (slot + 1) & (size - 1))
		if (strcmp(phrases[table[slot] - 1].folded, phrases[k].folded) == 0)
			return;
	table[slot] = (uint16_t) (k + 1);
}

static int
cmp_phrase(const void *a, const void *b)
{
	const CompiledPhrase *x = a;
	const CompiledPhrase *y = b;
	int			c;

	if (x->hash[0] != y->hash[0])
		return x->hash[0] < y->hash[0] ? -1 : 1;
	if (x->wlen[0] != y->wlen[0])
		return x->wlen[0] < y->wlen[0] ? -1 : 1;
	c = memcmp(x->word0, y->word0, x->wlen[0]);
	if (c != 0)
		return c;
	if (x->nwords != y->nwords)
		return y->nwords - x->nwords;
	return y->index - x->index;	/* later entries first, as they always were */
}

/* Once per process; kept out of line so that gb_dict_group() stays small. */
static __attribute__((noinline)) void
compile_dict(void)
{
	size_t		k;
	int			b;

	for (k = 0; k < NPHRASES; k++)
	{
		CompiledPhrase *c = &compiled[k];
		const char *s = phrases[k].folded;

		c->p = &phrases[k];
		c->cat = phrases[k].cat;
		c->index = (int) k;
		c->nwords = 0;
		c->rlen = 0;
		c->same = -1;
		c->word0 = s;
		while (*s && c->nwords < MAXWORDS)
		{
			const char *e = strchr(s, ' ');
			size_t		n = e ? (size_t) (e - s) : strlen(s);

			c->wlen[c->nwords] = (uint8_t) n;
			c->hash[c->nwords] = gb_hash(s, n);
			if (c->nwords > 0 && c->rlen <= REST_MAX)
			{
				if (c->rlen + n <= REST_MAX)
					memcpy(c->rest + c->rlen, s, n);
				c->rlen = (uint8_t) (c->rlen + n <= REST_MAX ? c->rlen + n : REST_MAX + 1);
			}
			c->nwords++;
			s += n;
			while (*s == ' ')
				s++;
		}
	}
	/* the first entry of a name is the one kept, as a scan would find it */
	for (k = 0; k < NPHRASES; k++)
		if (phrases[k].cat == CAT_BODY)
			name_put(bodies, NBODIES, k);
		else if (phrases[k].cat == CAT_BODYHEAD && phrases[k].value)
			name_put(heads, NHEADS, k);
	qsort(compiled, NPHRASES, sizeof(compiled[0]), cmp_phrase);
	for (k = 0; k < NPHRASES; k++)
	{
		CompiledPhrase *c = &compiled[k];
		uint32_t	slot = c->hash[0] & (NGROUPS - 1);
		PhraseGroup *g;
		PhrasePair *pr;

		for (;;)
		{
			g = &groups[slot];
			if (g->word == NULL ||
				(g->hash == c->hash[0] && g->wlen == c->wlen[0] &&
				 memcmp(g->word, c->word0, c->wlen[0]) == 0))
				break;
			slot = (slot + 1) & (NGROUPS - 1);
		}
		if (g->word == NULL)
		{
			g->word = c->word0;
			g->hash = c->hash[0];
			g->wlen = c->wlen[0];
			g->start = (int) k;
			g->one = (int) k;
		}
		g->mask |= c->cat;
		if (c->cat == CAT_MEETWORD && (c->p->aux == MW_ONLINE || c->p->aux == MW_BRIDGE ||
									   c->p->aux == MW_BRIDGEHEAD))
			g->mask |= CAT_NETSTART;
		if ((c->cat == CAT_MEETWORD && (c->p->aux == MW_VERB || c->p->aux == MW_BRIEFING)) ||
			(c->cat == CAT_MEETKIND && strcmp(c->p->value, "họp") == 0))
			g->mask |= CAT_VERBSTART;
		if (c->cat == CAT_MEETWORD && (c->p->aux == MW_HEAD || c->p->aux == MW_SCOPE ||
									   c->p->aux == MW_REGION || c->p->aux == MW_SESSION))
			g->mask |= CAT_WINSTART;
		if (c->cat == CAT_NOTNAME && (c->p->aux == NOTNAME_PROVINCE || c->p->aux == NOTNAME_CITY))
			g->mask |= CAT_KEYPLACE;
		g->count++;
		gb_dict_masks[slot + 1] = g->mask;
		if (c->nwords == 1)
		{
			g->mask1 |= c->cat;
			gb_dict_masks1[slot + 1] = g->mask1;
			continue;
		}
		for (b = 0; b < 64; b++)
			if (c->cat & (UINT64_C(1) << b))
			{
				uint32_t	bit = gb_dict_pair_bit((uint16_t) (slot + 1), c->hash[1], b);

				gb_dict_pairbits[bit >> 6] |= UINT64_C(1) << (bit & 63);
			}
		g->one = (int) k + 1;
		for (slot = pair_slot((uint16_t) (slot + 1), c->hash[1]);; slot = (slot + 1) & (NPAIRS - 1))
		{
			pr = &pairs[slot];
			if (pr->grp == 0 || (pr->grp == (uint16_t) (g - groups + 1) && pr->hash == c->hash[1]))
				break;
		}
		if (pr->grp == 0)
		{
			pr->grp = (uint16_t) (g - groups + 1);
			pr->hash = c->hash[1];
			pr->first = (int) k;
		}
		else
			compiled[pr->last].same = (int) k;
		pr->last = (int) k;
		pr->mask |= c->cat;
	}
	for (k = 0; k <= NGROUPS; k++)
		gb_dict_cues[k] = ((gb_dict_masks[k] & CUE_PERSON_CATS) ? T_CUE_PERSON : 0) |
			((gb_dict_masks[k] & CUE_DOCTYPE_CATS) ? T_CUE_DOCTYPE : 0) |
			((gb_dict_masks[k] & CUE_MEETING_CATS) ? T_CUE_MEETING : 0);
	dict_ready = true;
}

uint16_t
gb_dict_group(const char *folded, size_t n, uint32_t hash)
{
	uint32_t	slot;

	if (__builtin_expect(!dict_ready, 0))
		compile_dict();
	for (slot = hash & (NGROUPS - 1);; slot = (slot + 1) & (NGROUPS - 1))
	{
		const PhraseGroup *g = &groups[slot];

		if (g->word == NULL)
			return 0;
		if (g->hash == hash && g->wlen == n && memcmp(g->word, folded, n) == 0)
			return (uint16_t) (slot + 1);
	}
}

/* The phrases of group grp whose second word has this hash, or NULL. */
static inline const PhrasePair *
find_pair(uint16_t grp, uint32_t hash)
{
	uint32_t	slot;

	for (slot = pair_slot(grp, hash);; slot = (slot + 1) & (NPAIRS - 1))
	{
		const PhrasePair *pr = &pairs[slot];

		if (pr->grp == 0)
			return NULL;
		if (pr->grp == grp && pr->hash == hash)
			return pr;
	}
}

/*
 * The phrase's words after the first compared with tokens i + 1 ... one
 * by one: the phrase's text from its second word.  Out of line, for the
 * few phrases whose words do not fit CompiledPhrase.rest.
 */
static __attribute__((noinline)) bool
rest_words_match(const GbDoc *d, int i, const CompiledPhrase *c)
{
	const char *s = c->word0 + c->wlen[0];
	int			w;

	for (w = 1; w < c->nwords; w++)
	{
		const GbTok *t = &d->tok[i + w];

		while (*s == ' ')
			s++;
		if (memcmp(d->fold.data + t->fo, s, t->flen) != 0)
			return false;
		s += t->flen;
	}
	return true;
}

/* Whether a[0..n) and b[0..n) are the same bytes: a few loads, no call, for the short words */
static inline bool
same_bytes(const char *a, const char *b, size_t n)
{
	uint64_t	x,
				y;
	uint32_t	u,
				v;
	uint16_t	p,
				q;

	for (; n >= 8; a += 8, b += 8, n -= 8)
	{
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		if (x != y)
			return false;
	}
	if (n >= 4)
	{
		memcpy(&u, a, 4);
		memcpy(&v, b, 4);
		if (u != v)
			return false;
		a += 4, b += 4, n -= 4;
	}
	if (n >= 2)
	{
		memcpy(&p, a, 2);
		memcpy(&q, b, 2);
		if (p != q)
			return false;
		a += 2, b += 2, n -= 2;
	}
	return n == 0 || *a == *b;
}

/*
 * Whether the phrase's words after the first are tokens i + 1 ...  The
 * hashes and lengths of all the words first: the phrases of a pair share
 * their second word, and most that fail differ in a later one.  The
 * second word's hash is the pair's, token i + 1's (find_pair()): only its
 * length is tested, and a phrase of two words takes no loop.
 */
static inline bool
rest_matches(const GbDoc *d, int i, const CompiledPhrase *c)
{
	const GbTok *first = &d->tok[i + 1],
			   *last = &d->tok[i + c->nwords - 1];
	int			w;

	/* a phrase does not run across a paragraph */
	if (first->flen != c->wlen[1] || (first->flags & T_PARA))
		return false;
	for (w = 2; w < c->nwords; w++)
	{
		const GbTok *t = &d->tok[i + w];

		if (t->hash != c->hash[w] || t->flen != c->wlen[w] || (t->flags & T_PARA))
			return false;
	}
	/*
	 * The hash all but says so.  The tokens' folded forms follow each
	 * other in GbDoc.fold, which the span's length shows, as the phrase's
	 * rest does.
	 */
	if (c->rlen <= REST_MAX && last->fo + last->flen - first->fo == c->rlen)
		return same_bytes(d->fold.data + first->fo, c->rest, c->rlen);
	return rest_words_match(d, i, c);
}

/* gb_dict_match() once the group of token i has a phrase of a category in mask. */
int
gb_dict_match_group(const GbDoc *d, int i, GbCats mask, const GbPhrase **out)
{
	uint16_t	grp = d->tok[i].grp;
	const PhraseGroup *g;
	int			avail = d->ntok - i,
				k;

	/* the pair first, without the group's line: most look-ups end there */
	if (avail > 1)
	{
		const PhrasePair *pr = find_pair(grp, d->tok[i + 1].hash);

		if (pr && (pr->mask & mask))
			for (k = pr->first; k >= 0; k = compiled[k].same)
			{
				const CompiledPhrase *c = &compiled[k];

				if ((c->cat & mask) && c->nwords <= avail && rest_matches(d, i, c))
				{
					if (out)
						*out = c->p;
					return c->nwords;
				}
			}
	}
	g = &groups[grp - 1];
	if (g->mask1 & mask)
		for (k = g->one; k < g->start + g->count; k++)
			if (compiled[k].cat & mask)
			{
				if (out)
					*out = compiled[k].p;
				return 1;
			}
	return 0;
}

/* The phrase of a table of names (bodies, heads) by its folded name, or NULL. */
static inline const GbPhrase *
name_phrase(const uint16_t *table, uint32_t size, const char *folded)
{
	uint32_t	slot;

	if (__builtin_expect(!dict_ready, 0))
		compile_dict();
	for (slot = gb_hash(folded, strlen(folded)) & (size - 1); table[slot] != 0;
		 slot = (slot + 1) & (size - 1))
		if (strcmp(phrases[table[slot] - 1].folded, folded) == 0)
			return &phrases[table[slot] - 1];
	return NULL;
}

/*
 * The value of the phrase of a table by its folded name, or NULL; *anycase
 * (if given) whether it is a head written in any case (BODY_ANYCASE).
 */
static const char *
name_get(const uint16_t *table, uint32_t size, const char *folded, bool *anycase)
{
	const GbPhrase *ph = name_phrase(table, size, folded);

	if (ph && anycase)
		*anycase = (ph->aux & BODY_ANYCASE) != 0;
	return ph ? ph->value : NULL;
}

const char *
gb_body_canonical(const char *folded)
{
	return name_get(bodies, NBODIES, folded, NULL);
}

const char *
gb_body_head_spelling(const char *folded, bool *anycase)
{
	return name_get(heads, NHEADS, folded, anycase);
}

bool
gb_mass_head_alone(const char *folded)
{
	const GbPhrase *ph = name_phrase(heads, NHEADS, folded);
	size_t		n = strlen(folded);

	return ph && (ph->aux & BODY_CONGRESS) && (ph->aux & BODY_LEVEL) &&
		!(n > 8 && strcmp(folded + n - 8, "viet nam") == 0);
}
