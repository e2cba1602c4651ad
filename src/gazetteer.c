/*
 * gazetteer.c
 *	  Everything giaoban knows about the language of Party and State
 *	  documents, as data, and the phrase dictionary that looks it up.
 *
 * Phrases are written folded (lower case, no diacritics, đ -> d) and
 * matched token by token, so "Quy định", "QUY ĐỊNH" and "quy dinh" are one.
 */
#include "gazetteer.h"

/* ---- document kinds ------------------------------------------------------ */

const GbKind gb_kinds[] = {
	{"Quy định", "QĐ", "quy-dinh", 0},
	{"Quyết định", "QĐ", "quyet-dinh", 0},
	{"Chỉ thị", "CT", "chi-thi", 0},
	{"Nghị quyết", "NQ", "nghi-quyet", KIND_PLENUM},
	{"Kết luận", "KL", "ket-luan", KIND_PLENUM},
	{"Hướng dẫn", "HD", "huong-dan", 0},
	{"Thông báo", "TB", "thong-bao", KIND_WRAPS},
	{"Thông tri", "TT", "thong-tri", 0},
	{"Quy chế", "QC", "quy-che", 0},
	{"Kế hoạch", "KH", "ke-hoach", 0},
	{"Nghị định", "NĐ", "nghi-dinh", KIND_STATE},
	{"Thông tư", "TT", "thong-tu", KIND_STATE},
	{"Thông tư liên tịch", "TTLT", "thong-tu-lien-tich", KIND_STATE},
	{"Luật", NULL, "luat", KIND_STATE | KIND_TITLED},
	{"Bộ luật", NULL, "bo-luat", KIND_STATE | KIND_TITLED},
	{"Pháp lệnh", NULL, "phap-lenh", KIND_STATE | KIND_TITLED},
	{"Công văn", "CV", "cong-van", 0},
	{"Công điện", "CĐ", "cong-dien", 0},
	{"Đề án", "ĐA", "de-an", 0},
	{"Chương trình", "CTr", "chuong-trinh", 0},
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

static const GbPhrase phrases[] = {
	/* document types */
	{"quy dinh", CAT_DOCTYPE, "Quy định", K_QUY_DINH},
	{"quyet dinh", CAT_DOCTYPE, "Quyết định", K_QUYET_DINH},
	{"chi thi", CAT_DOCTYPE, "Chỉ thị", K_CHI_THI},
	{"nghi quyet", CAT_DOCTYPE, "Nghị quyết", K_NGHI_QUYET},
	{"nq", CAT_DOCTYPE, "Nghị quyết", K_NQ_ABBREV},
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

	/* bodies with a canonical name */
	{"bo chinh tri", CAT_BODY, "Bộ Chính trị", 0},
	{"ban bi thu", CAT_BODY, "Ban Bí thư", 0},
	{"ban bi thu trung uong", CAT_BODY, "Ban Bí thư", 0},
	{"ban bi thu trung uong dang", CAT_BODY, "Ban Bí thư", 0},
	{"ban chap hanh trung uong", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"ban chap hanh trung uong dang", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"ban chap hanh ( bch ) trung uong dang", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"ban chap hanh ( bch ) trung uong", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"bch trung uong", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"bch trung uong dang", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"bch tw", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"bchtw", CAT_BODY, "Ban Chấp hành Trung ương", 0},
	{"bch t . u", CAT_BODY, "Ban Chấp hành Trung ương", 0},
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
	{"quan uy trung uong", CAT_BODY, "Quân ủy Trung ương", 0},
	{"dang uy cong an trung uong", CAT_BODY, "Đảng ủy Công an Trung ương", 0},
	{"chinh phu", CAT_BODY, "Chính phủ", 0},
	{"thu tuong chinh phu", CAT_BODY, "Thủ tướng Chính phủ", 0},
	{"thu tuong", CAT_BODY, "Thủ tướng Chính phủ", 0},
	{"quoc hoi", CAT_BODY, "Quốc hội", 0},
	{"uy ban thuong vu quoc hoi", CAT_BODY, "Ủy ban Thường vụ Quốc hội", 0},
	{"chu tich nuoc", CAT_BODY, "Chủ tịch nước", 0},
	{"bo noi vu", CAT_BODY, "Bộ Nội vụ", 0},

	/* bodies whose name goes on with a level, a place or another body */
	{"tinh uy", CAT_BODYHEAD, "Tỉnh ủy", 0},
	{"thanh uy", CAT_BODYHEAD, "Thành ủy", 0},
	{"huyen uy", CAT_BODYHEAD, "Huyện ủy", 0},
	{"quan uy", CAT_BODYHEAD, "Quận ủy", 0},
	{"thi uy", CAT_BODYHEAD, "Thị ủy", 0},
	{"dang uy", CAT_BODYHEAD, "Đảng ủy", 0},
	{"dang uy khoi", CAT_BODYHEAD, "Đảng ủy Khối", 0},
	{"ban thuong vu", CAT_BODYHEAD, "Ban Thường vụ", 0},
	{"btv", CAT_BODYHEAD, NULL, 0},
	{"thuong truc", CAT_BODYHEAD, "Thường trực", 0},
	{"ban chap hanh dang bo", CAT_BODYHEAD, "Ban Chấp hành Đảng bộ", 0},
	{"bch dang bo", CAT_BODYHEAD, NULL, 0},
	{"ubnd", CAT_BODYHEAD, NULL, 0},
	{"uy ban nhan dan", CAT_BODYHEAD, "Ủy ban nhân dân", 0},
	{"hdnd", CAT_BODYHEAD, NULL, 0},
	{"hoi dong nhan dan", CAT_BODYHEAD, "Hội đồng nhân dân", 0},
	{"uy ban kiem tra", CAT_BODYHEAD, "Ủy ban Kiểm tra", 0},
	{"ubkt", CAT_BODYHEAD, NULL, 0},
	{"ban to chuc", CAT_BODYHEAD, "Ban Tổ chức", 0},
	{"ban tuyen giao", CAT_BODYHEAD, "Ban Tuyên giáo", 0},
	{"ban dan van", CAT_BODYHEAD, "Ban Dân vận", 0},
	{"ban chi dao", CAT_BODYHEAD, "Ban Chỉ đạo", 0},
	{"tieu ban", CAT_BODYHEAD, "Tiểu ban", 0},
	{"bo truong", CAT_BODYHEAD, "Bộ trưởng", 0},
	{"bo", CAT_BODYHEAD, "Bộ", 0},
	{"so", CAT_BODYHEAD, "Sở", 0},
	{"dang doan", CAT_BODYHEAD, "Đảng đoàn", 0},
	{"ban can su dang", CAT_BODYHEAD, "Ban cán sự đảng", 0},
	{"uy ban trung uong mat tran to quoc viet nam", CAT_BODYHEAD, NULL, 0},
	{"uy ban mat tran to quoc", CAT_BODYHEAD, "Ủy ban Mặt trận Tổ quốc", 0},
	{"mttq", CAT_BODYHEAD, NULL, 0},
	{"uy ban mttq", CAT_BODYHEAD, NULL, 0},
	{"uy ban trung uong", CAT_BODYHEAD, "Ủy ban Trung ương", 0},
	{"ban thuong truc", CAT_BODYHEAD, "Ban Thường trực", 0},

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

	/* nouns that make the number before them a count, not a document */
	{"nam", CAT_QUANTITY, NULL, 0},
	{"thang", CAT_QUANTITY, NULL, 0},
	{"ngay", CAT_QUANTITY, NULL, 0},
	{"tuan", CAT_QUANTITY, NULL, 0},
	{"lan", CAT_QUANTITY, NULL, 0},
	{"nguoi", CAT_QUANTITY, NULL, 0},
	{"dong chi", CAT_QUANTITY, NULL, 0},
	{"dang vien", CAT_QUANTITY, NULL, 0},
	{"to chuc", CAT_QUANTITY, NULL, 0},
	{"noi dung", CAT_QUANTITY, NULL, 0},
	{"nhiem vu", CAT_QUANTITY, NULL, 0},
	{"van ban", CAT_QUANTITY, NULL, 0},
	{"diem", CAT_QUANTITY, NULL, 0},
	{"ty", CAT_QUANTITY, NULL, 0},
	{"trieu", CAT_QUANTITY, NULL, 0},
	{"nghin", CAT_QUANTITY, NULL, 0},
	{"ngan", CAT_QUANTITY, NULL, 0},
	{"%", CAT_QUANTITY, NULL, 0},
	{"nhom", CAT_QUANTITY, NULL, 0},
	{"de an", CAT_QUANTITY, NULL, 0},
	{"chi tieu", CAT_QUANTITY, NULL, 0},
	{"tinh", CAT_QUANTITY, NULL, 0},

	/* administrative levels before a place name */
	{"tinh", CAT_LEVEL, NULL, 0},
	{"thanh pho", CAT_LEVEL, NULL, 0},
	{"tp", CAT_LEVEL, NULL, 0},
	{"huyen", CAT_LEVEL, NULL, 0},
	{"quan", CAT_LEVEL, NULL, 0},
	{"thi xa", CAT_LEVEL, NULL, 0},
	{"xa", CAT_LEVEL, NULL, 0},
	{"phuong", CAT_LEVEL, NULL, 0},
	{"thi tran", CAT_LEVEL, NULL, 0},

	/* verbs that put an issuer and a date before a document */
	{"ban hanh", CAT_ISSUEVERB, NULL, 0},
	{"ky ban hanh", CAT_ISSUEVERB, NULL, 0},
	{"co", CAT_ISSUEVERB, NULL, 0},
	{"ra", CAT_ISSUEVERB, NULL, 0},

	/* the Central Committee as named in plenum resolutions */
	{"trung uong", CAT_PLENUMBODY, NULL, 0},
	{"tw", CAT_PLENUMBODY, NULL, 0},
	{"t . u", CAT_PLENUMBODY, NULL, 0},
	{"ban chap hanh trung uong", CAT_PLENUMBODY, NULL, 0},
	{"ban chap hanh trung uong dang", CAT_PLENUMBODY, NULL, 0},
	{"ban chap hanh ( bch ) trung uong dang", CAT_PLENUMBODY, NULL, 0},
	{"ban chap hanh ( bch ) trung uong", CAT_PLENUMBODY, NULL, 0},
	{"bch trung uong", CAT_PLENUMBODY, NULL, 0},
	{"bch trung uong dang", CAT_PLENUMBODY, NULL, 0},
	{"bch tw", CAT_PLENUMBODY, NULL, 0},
	{"bchtw", CAT_PLENUMBODY, NULL, 0},

	/* ---- officials: titles, honorifics, roles, surnames (officials.c) ---- */

	/* ---- meetings: kinds, times of day, vocabulary (meeting.c) ---- */

	/* kinds of meeting: aux 1 names what the meeting does, 0 the meeting */
	{"giao ban", CAT_MEETKIND, "giao ban", 1},
	{"quan triet", CAT_MEETKIND, "quán triệt", 1},
	{"so ket", CAT_MEETKIND, "sơ kết", 1},
	{"tong ket", CAT_MEETKIND, "tổng kết", 1},
	{"hoi nghi", CAT_MEETKIND, "hội nghị", 0},
	{"phien hop", CAT_MEETKIND, "phiên họp", 0},
	{"ky hop", CAT_MEETKIND, "kỳ họp", 0},
	{"cuoc hop", CAT_MEETKIND, "cuộc họp", 0},
	{"hop", CAT_MEETKIND, "họp", 0},
	{"dai hoi", CAT_MEETKIND, "đại hội", 0},
	{"dien dan", CAT_MEETKIND, "diễn đàn", 0},
	{"hoi thao", CAT_MEETKIND, "hội thảo", 0},
	{"toa dam", CAT_MEETKIND, "tọa đàm", 0},
	{"buoi lam viec", CAT_MEETKIND, "buổi làm việc", 0},

	{"sang", CAT_TIMEOFDAY, "sáng", 0},
	{"trua", CAT_TIMEOFDAY, "trưa", 0},
	{"chieu", CAT_TIMEOFDAY, "chiều", 0},
	{"toi", CAT_TIMEOFDAY, "tối", 0},

	{"to chuc", CAT_MEETWORD, NULL, MW_VERB},
	{"khai mac", CAT_MEETWORD, NULL, MW_VERB},
	{"trieu tap", CAT_MEETWORD, NULL, MW_VERB},
	{"truc tuyen", CAT_MEETWORD, NULL, MW_ONLINE},
	{"diem cau", CAT_MEETWORD, NULL, MW_BRIDGE},
	{"hoi truong", CAT_MEETWORD, NULL, MW_PLACE},
	{"phong hop", CAT_MEETWORD, NULL, MW_PLACE},
	{"trung uong", CAT_MEETWORD, NULL, MW_PLACE},
	{"toan quoc", CAT_MEETWORD, "toàn quốc", MW_SCOPE},
	{"ca nuoc", CAT_MEETWORD, "cả nước", MW_SCOPE},
	{"khu vuc", CAT_MEETWORD, NULL, MW_REGION},
	{"cac", CAT_MEETWORD, NULL, MW_MANY},
	{"nhung", CAT_MEETWORD, NULL, MW_MANY},
	{"moi", CAT_MEETWORD, NULL, MW_MANY},
	{"ngan", CAT_MEETWORD, NULL, MW_MANY},
	{"nghin", CAT_MEETWORD, NULL, MW_MANY},
	{"truong", CAT_MEETWORD, NULL, MW_HEAD},
	{"chanh", CAT_MEETWORD, NULL, MW_HEAD},
	{"chu nhiem", CAT_MEETWORD, NULL, MW_HEAD},

	/* a period after these is the one planned, not the one reviewed */
	{"trien khai", CAT_PLANWORD, NULL, 0},
	{"phuong huong", CAT_PLANWORD, NULL, 0},
	{"ke hoach", CAT_PLANWORD, NULL, 0},
	{"trong tam", CAT_PLANWORD, NULL, 0},
	{"de ra", CAT_PLANWORD, NULL, 0},
	{"thoi gian toi", CAT_PLANWORD, NULL, 0},
	{"sap toi", CAT_PLANWORD, NULL, 0},
	{"tiep theo", CAT_PLANWORD, NULL, 0},

	/* a bare "năm 2022" is a period only after these */
	{"tong ket", CAT_REVIEWWORD, NULL, 0},
	{"so ket", CAT_REVIEWWORD, NULL, 0},
	{"danh gia", CAT_REVIEWWORD, NULL, 0},
	{"ket qua", CAT_REVIEWWORD, NULL, 0},
	{"giao ban", CAT_REVIEWWORD, NULL, 0},
	{"cong tac", CAT_REVIEWWORD, NULL, 0},

	{"cap nhat", CAT_PUBLABEL, NULL, 0},
	{"ngay dang", CAT_PUBLABEL, NULL, 0},
	{"dang ngay", CAT_PUBLABEL, NULL, 0},
	{"dang luc", CAT_PUBLABEL, NULL, 0},
	{"ngay cap nhat", CAT_PUBLABEL, NULL, 0},
	{"thoi gian dang", CAT_PUBLABEL, NULL, 0},
	{"ngay xuat ban", CAT_PUBLABEL, NULL, 0},

	{"tin , anh :", CAT_BYLABEL, NULL, 0},
	{"tin va anh :", CAT_BYLABEL, NULL, 0},
	{"bai , anh :", CAT_BYLABEL, NULL, 0},
	{"bai va anh :", CAT_BYLABEL, NULL, 0},
	{"tin :", CAT_BYLABEL, NULL, 0},
	{"bai :", CAT_BYLABEL, NULL, 0},
	{"tac gia :", CAT_BYLABEL, NULL, 0},
	{"nguon :", CAT_BYLABEL, NULL, 0},

	/* web page furniture: aux 1 when it starts a line of its own kind */
	{"responsive image", CAT_DEBRIS, NULL, 0},
	{"y kien ( )", CAT_DEBRIS, NULL, 0},
	{"google news", CAT_DEBRIS, NULL, 0},
	{"in bai viet", CAT_DEBRIS, NULL, 0},
	{"chia se", CAT_DEBRIS, NULL, 0},
	{"xem voi co chu", CAT_DEBRIS, NULL, 1},
	{"chao mung ban den voi", CAT_DEBRIS, NULL, 1},
	{"chao mung den voi", CAT_DEBRIS, NULL, 1},
	{"cong thong tin dien tu", CAT_DEBRIS, NULL, 1},
	{"trang thong tin dien tu", CAT_DEBRIS, NULL, 1},
	{"anh :", CAT_DEBRIS, NULL, 1},
	{"trang chu", CAT_DEBRIS, NULL, 1},
	{"( anh )", CAT_DEBRIS, NULL, 1},
};

#define NPHRASES (sizeof(phrases) / sizeof(phrases[0]))

/* ---- code letters ------------------------------------------------------- */

/* Canonical spellings of code letter groups. */
static const char *const code_segments[] = {
	"QĐ", "NĐ", "TTg", "CTr", "TTr", "ĐA", "ĐU", "ĐUK", "BCĐ", "BCĐTW", "CĐ",
	"NQ", "CT", "KL", "HD", "TB", "TT", "QC", "KH", "CV", "TW", "TU", "CP",
	"BTCTW", "BTGTW", "BDVTW", "BNCTW", "UBKTTW", "VPTW", "BNV", "UBND",
	"HĐND", "TTLT", "BCT", "BBT", "ĐTN", "ĐCT", "TBNS", NULL
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
	{"ĐUK", "Đảng ủy Khối"},
	{NULL, NULL}
};

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

/* Fold a code segment: upper case ASCII, Đ -> D, for comparison. */
static bool
seg_equal(const char *canon, const char *seg, size_t n)
{
	const unsigned char *c = (const unsigned char *) canon;
	size_t		i = 0;

	while (*c && i < n)
	{
		uint32_t	a,
					b;
		size_t		ci = 0,
					si = i;

		a = gb_utf8_next(c, strlen((const char *) c), &ci);
		b = gb_utf8_next((const unsigned char *) seg, n, &si);
		c += ci;
		i = si;
		if (a == 0x110 || a == 0x111)
			a = 'D';
		if (b == 0x110 || b == 0x111)
			b = 'D';
		if (a < 0x80 && a >= 'a')
			a -= 32;
		if (b < 0x80 && b >= 'a' && b <= 'z')
			b -= 32;
		if (a != b)
			return false;
	}
	return *c == '\0' && i == n;
}

const char *
gb_code_segment(const char *seg, size_t n)
{
	int			k;

	for (k = 0; code_segments[k]; k++)
		if (seg_equal(code_segments[k], seg, n))
			return code_segments[k];
	return NULL;
}

const char *
gb_code_issuer(const char *seg, size_t n)
{
	int			k;

	for (k = 0; code_issuers[k].seg; k++)
		if (seg_equal(code_issuers[k].seg, seg, n))
			return code_issuers[k].body;
	return NULL;
}

bool
gb_code_is_kind(const char *seg, size_t n)
{
	int			k;

	for (k = 0; gb_kinds[k].name; k++)
		if (gb_kinds[k].letters && seg_equal(gb_kinds[k].letters, seg, n))
			return true;
	return false;
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

const char *
gb_term_on(GbDate d)
{
	int			k,
				best = 0;

	if (d.y == 0)
		return NULL;
	for (k = 0; congresses[k].term; k++)
	{
		GbDate		f = congresses[k].from;

		if (d.y > f.y || (d.y == f.y && (d.m > f.m || (d.m == f.m && d.d >= f.d))))
			best = congresses[k].term;
	}
	return best ? gb_roman(best) : NULL;
}

/* ---- the dictionary ----------------------------------------------------- */

#define MAXWORDS 12
#define NBUCKETS 512

typedef struct CompiledPhrase
{
	const GbPhrase *p;
	int			nwords;
	uint32_t	hash[MAXWORDS];
	const char *word[MAXWORDS];
	uint8_t		wlen[MAXWORDS];
	struct CompiledPhrase *next;	/* same first word */
} CompiledPhrase;

static CompiledPhrase compiled[NPHRASES];
static CompiledPhrase *buckets[NBUCKETS];
static bool dict_ready = false;

static void
compile_dict(void)
{
	size_t		k;

	for (k = 0; k < NPHRASES; k++)
	{
		CompiledPhrase *c = &compiled[k];
		const char *s = phrases[k].folded;

		c->p = &phrases[k];
		c->nwords = 0;
		while (*s && c->nwords < MAXWORDS)
		{
			const char *e = strchr(s, ' ');
			size_t		n = e ? (size_t) (e - s) : strlen(s);

			c->word[c->nwords] = s;
			c->wlen[c->nwords] = (uint8_t) n;
			c->hash[c->nwords] = gb_hash(s, n);
			c->nwords++;
			s += n;
			while (*s == ' ')
				s++;
		}
		/* later entries first: the bucket list is scanned whole anyway */
		c->next = buckets[c->hash[0] % NBUCKETS];
		buckets[c->hash[0] % NBUCKETS] = c;
	}
	dict_ready = true;
}

int
gb_dict_match(const GbDoc *d, int i, unsigned mask, const GbPhrase **out)
{
	const CompiledPhrase *c;
	int			best = 0;

	if (!dict_ready)
		compile_dict();
	if (i < 0 || i >= d->ntok)
		return 0;
	for (c = buckets[d->tok[i].hash % NBUCKETS]; c; c = c->next)
	{
		int			w;

		if (!(c->p->cat & mask) || c->nwords <= best || i + c->nwords > d->ntok)
			continue;
		for (w = 0; w < c->nwords; w++)
		{
			const GbTok *t = &d->tok[i + w];

			if (t->hash != c->hash[w] || t->flen != c->wlen[w] ||
				memcmp(d->fold.data + t->fo, c->word[w], t->flen) != 0)
				break;
			/* a phrase does not run across a paragraph */
			if (w > 0 && (t->flags & T_PARA))
				break;
		}
		if (w == c->nwords)
		{
			best = c->nwords;
			if (out)
				*out = c->p;
		}
	}
	return best;
}

const char *
gb_body_canonical(const char *folded)
{
	size_t		k;

	for (k = 0; k < NPHRASES; k++)
		if (phrases[k].cat == CAT_BODY && strcmp(phrases[k].folded, folded) == 0)
			return phrases[k].value;
	return NULL;
}
