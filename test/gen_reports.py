#!/usr/bin/env python3
"""Generate report-like texts from the sample reports, as TSV for COPY.

Usage: test/gen_reports.py [--count N | --megabytes M] [--seed S] > reports.tsv
       test/gen_reports.py --files FILE... > rows.tsv

Each output row is "ref<TAB>published<TAB>body" (COPY text format).  A report
is a sample report with realistic variation: other dates and years, other
document numbers, other officials, NFD or old tone placement ("uỷ", "hoá"),
non-breaking spaces, and web debris around it.  Deterministic for a seed.
With --files, each file given is a row as it is, "FILE<TAB>\\N<TAB>body" (no
publication date), escaped alike: the seed reports "make pgo" trains on.
"""
import argparse
import glob
import hashlib
import os
import random
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Quang Cường", "Phạm Minh Đức", "Hoàng Thị Hà",
         "Huỳnh Văn Khánh", "Võ Thị Lan", "Đặng Quốc Minh", "Bùi Thị Ngọc", "Đỗ Văn Phúc",
         "Giáp Văn Quang", "Trương Thị Sen", "Mai Văn Tùng", "Tô Thị Uyên", "Âu Văn Vinh"]
TITLES = ["Phó Bí thư Thường trực Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy",
          "Bí thư Huyện ủy", "Chủ tịch UBND tỉnh", "Phó Chủ tịch HĐND tỉnh"]
PROVINCES = ["Lạng Sơn", "Cà Mau", "Đồng Nai", "An Giang", "Bắc Giang", "Hậu Giang", "Quảng Bình",
             "Khánh Hòa", "Nghệ An", "Thanh Hóa"]
OLD_TONES = [("ủy", "uỷ"), ("Ủy", "Uỷ"), ("hóa", "hoá"), ("khỏe", "khoẻ"), ("hòa", "hoà")]
DEBRIS = ["Responsive image", "Xem với cở chữ : A- A A+", "Ý kiến ()", ".", ";"]


def load_seeds():
    paths = sorted(glob.glob(os.path.join(HERE, "data", "seeds", "*.txt")))
    return [open(p, encoding="utf-8").read() for p in paths]


# A citation's number and the issue date that may follow it ("số 148 ngày
# 23/5/2024", "Quy định số 205-QĐ/TW, ngày 23-9-2019").
CITATION = re.compile(r"(số |Quy định |Chỉ thị |Kết luận |Hướng dẫn )(\d{1,3})\b((?:- ?)?[\w/]*)"
                      r"(,? ngày )?(?(4)(\d{1,2})([-/])(\d{1,2})\6(20[12]\d))")
# an issue date the year shift of vary() leaves alone, until it is unmarked
KEEP = "\ua74f"


def stable_date(number, sep, rnd, typo):
    """The issue date of a regulation: the same in every report that cites
    it, whatever the words before its number and whether its code is
    written, but for a typo's year now and then."""
    h = int.from_bytes(hashlib.blake2b(number.encode(), digest_size=4).digest(), "big")
    day, month, year = 1 + h % 28, 1 + (h // 28) % 12, 2016 + (h // 336) % 9
    if rnd.random() < typo:
        year = rnd.randint(2016, 2025)
    return "%d%s%d%s%s%d%s" % (day, sep, month, sep, KEEP, year, KEEP)


def vary(text, rnd, cited_dates="random", cited=()):
    year = rnd.randint(2016, 2025)
    if cited_dates == "random":
        text = re.sub(r"\b(20[12]\d)\b", lambda m: str(year - rnd.randint(0, 2)), text)
        # every citation a number of its own, its date any year: a stress
        # test of resolution, where a regulation's attributes keep changing
        text = re.sub(r"(số |Quy định |Chỉ thị |Kết luận )(\d{1,3})\b",
                      lambda m: m.group(1) + str(rnd.randint(1, 300)), text)
    else:
        # as real reports cite: one number per regulation within a report,
        # one issue date per regulation across reports (with 2% typos), and
        # one regulation per number: the samples' regulations (cited, the
        # i-th of n) take the numbers 1 + i + n * k below 1000, so that two
        # of them never share a number and with it an issuer or a subject,
        # which real reports do not give one regulation by halves.  The year
        # shift of the report leaves the issue dates alone.
        numbers = {}

        def cite(m):
            key = (m.group(1), m.group(2))
            if key not in numbers:
                i, n = cited.index(key), len(cited)
                numbers[key] = str(1 + i + n * rnd.randint(0, (999 - 1 - i) // n))
            out = m.group(1) + numbers[key] + m.group(3)
            if m.group(4):
                out += m.group(4) + stable_date(numbers[key], m.group(6), rnd, 0.02)
            return out
        text = CITATION.sub(cite, text)
        text = re.sub(r"\b(20[12]\d)\b", lambda m: str(year - rnd.randint(0, 2)), text)
        text = re.sub(KEEP + r"(\d+)" + KEEP, r"\1", text)
    extra = "\n\nDự hội nghị tại điểm cầu tỉnh %s có đồng chí %s, %s.\n" % (
        rnd.choice(PROVINCES), rnd.choice(NAMES), rnd.choice(TITLES))
    paras = text.split("\n\n")
    paras.insert(rnd.randint(1, max(1, len(paras) - 1)), extra.strip())
    text = "\n\n".join(paras)
    if rnd.random() < 0.3:
        for new, old in OLD_TONES:
            text = text.replace(new, old)
    if rnd.random() < 0.2:
        text = text.replace(" ", "\u00a0", rnd.randint(1, 20))
    if rnd.random() < 0.3:
        text = rnd.choice(DEBRIS) + "\n" + text + "\n" + rnd.choice(DEBRIS)
    if rnd.random() < 0.15:
        text = unicodedata.normalize("NFD", text)
    return text, "%d-%02d-%02d" % (year, rnd.randint(1, 12), rnd.randint(1, 28))


def escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=None)
    ap.add_argument("--megabytes", type=float, default=None)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--prefix", default="gen")
    ap.add_argument("--cited-dates", choices=["random", "stable"], default="random",
                    help="random: any number and year for every citation (a stress test); "
                         "stable: one issue date per regulation, as real reports give")
    ap.add_argument("--files", nargs="+", metavar="FILE",
                    help="write these text files as rows instead, the file's path as ref, no date")
    a = ap.parse_args()
    if a.files:
        for f in a.files:
            os.sys.stdout.write("%s\t\\N\t%s\n" % (f, escape(open(f, encoding="utf-8").read())))
        return
    rnd = random.Random(a.seed)
    seeds = load_seeds()
    # the regulations the samples cite, as (words before the number, number)
    cited = sorted({(m.group(1), m.group(2)) for t in seeds for m in CITATION.finditer(t)})
    limit_bytes = int(a.megabytes * 1024 * 1024) if a.megabytes else None
    count = a.count if a.count is not None else (None if limit_bytes else 100)
    out = os.sys.stdout
    n = size = 0
    while (count is None or n < count) and (limit_bytes is None or size < limit_bytes):
        body, published = vary(seeds[n % len(seeds)], rnd, a.cited_dates, cited)
        line = "%s%06d\t%s\t%s\n" % (a.prefix, n, published, escape(body))
        out.write(line)
        size += len(body.encode("utf-8"))
        n += 1


if __name__ == "__main__":
    main()
