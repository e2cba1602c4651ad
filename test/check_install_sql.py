#!/usr/bin/env python3
"""Check giaoban's install and update scripts for unsafe SQL.

Rules (issue 7, item 6): every object created is in @extschema@; every type,
function and operator referenced is qualified (pg_catalog. or @extschema@.);
no SECURITY DEFINER; a function that runs SQL (LANGUAGE sql or plpgsql) pins
search_path.  Comments and string literals are ignored, DO bodies and
function bodies are checked like the rest.  Prints "sqlcheck: N passed,
N failed".
"""
import glob
import re
import sys

KEYWORDS = set("""
all and any array as asc begin between by case cast check coalesce constraint
create current_date current_timestamp default delete desc distinct do else end
exception exists false filter for from greatest grant group having if in inner
insert into is join language least left limit nullif not null of on or order
over partition raise references return returning returns right row rows select
set then to true union unique update using values when where with window
""".split())


def strip(sql):
    """Blank out comments and string literals, keep dollar-quoted bodies."""
    sql = re.sub(r"--[^\n]*", " ", sql)
    sql = re.sub(r"/\*.*?\*/", " ", sql, flags=re.S)
    sql = re.sub(r"\$(\w*)\$", " ", sql)           # body delimiters
    sql = re.sub(r"E?'(?:[^']|'')*'", "''", sql)
    sql = re.sub(r'"(?:[^"]|"")*"', '""', sql)
    return sql


def check(path):
    text = open(path, encoding="utf-8").read()
    sql = strip(text)
    problems = []
    if re.search(r"security\s+definer", sql, re.I):
        problems.append("SECURITY DEFINER")
    for m in re.finditer(r"\bcreate\s+(?:or\s+replace\s+)?(?:unique\s+)?"
                         r"(type|function|procedure|view|table|index|sequence|"
                         r"operator|aggregate|domain|trigger|cast)\s+([^\s(]+)",
                         sql, re.I):
        kind, name = m.group(1).lower(), m.group(2)
        if kind in ("trigger", "index", "cast"):
            continue                # named in the table's schema
        if not name.startswith("@extschema@."):
            problems.append(f"CREATE {kind.upper()} {name}: not in @extschema@")
    # type names after a column or parameter name, RETURNS, SETOF, ::
    for m in re.finditer(r"(?:::|\breturns\s+(?:setof\s+)?|\bsetof\s+)([A-Za-z_@][\w@.]*)",
                         sql, re.I):
        t = m.group(1)
        if "." not in t and t.lower() not in ("trigger",):
            problems.append(f"type {t}: not qualified")
    for m in re.finditer(r"(?:^|[(,])\s*\w+\s+([A-Za-z_@][\w@.]*)(?:\[\])?\s*(?:,|\)|$|default)",
                         sql, re.I | re.M):
        t = m.group(1)
        if "." not in t and t.lower() not in KEYWORDS:
            problems.append(f"type {t}: not qualified")
    # function calls: a word followed by "("
    for m in re.finditer(r"([A-Za-z_@][\w@.]*)\s*\(", sql):
        name = m.group(1)
        if "." in name or name.lower() in KEYWORDS:
            continue
        if re.match(r"(?i)(create|as|returns|setof|operator|extension|function|type|in|values)$", name):
            continue
        # the name being created, "CREATE FUNCTION @extschema@.f(" is qualified
        problems.append(f"call {name}(: not qualified")
    # bare operators in code bodies (outside OPERATOR(pg_catalog.x))
    for body in re.findall(r"(?is)\bdo\b(.*?)\bend\b", sql):
        cleaned = re.sub(r"(?i)operator\s*\(\s*pg_catalog\.[^)]*\)", " ", body)
        cleaned = re.sub(r"(?is)\busing\b.*?;", ";", cleaned)   # RAISE ... USING x = y
        for op in re.findall(r"(?<![:<>=!])(<>|!=|<=|>=|=|<|>|\|\|)(?![=>])", cleaned):
            problems.append(f"operator {op} in a DO body: not OPERATOR(pg_catalog.{op})")
    for m in re.finditer(r"(?is)create\s+(?:or\s+replace\s+)?function\b(.*?);", sql):
        body = m.group(1)
        lang = re.search(r"(?i)\blanguage\s+(\w+)", body)
        if lang and lang.group(1).lower() in ("sql", "plpgsql") and \
                not re.search(r"(?i)\bset\s+search_path\b", body):
            problems.append("a LANGUAGE %s function without SET search_path" % lang.group(1))
    return problems


def main():
    paths = sys.argv[1:] or sorted(glob.glob("sql/giaoban--*.sql"))
    passed = failed = 0
    for p in paths:
        problems = check(p)
        for pr in problems:
            print(f"{p}: {pr}")
        if problems:
            failed += 1
        else:
            passed += 1
    print(f"sqlcheck: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
