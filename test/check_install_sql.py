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
atomic btree conflict cube declare extract gin gist hash key lateral loop operator
nothing overlay position primary rollup sets substring trim values
all and any array as asc begin between by case cast check coalesce constraint
create current_date current_timestamp default delete desc distinct do else end
exception exists false filter for from greatest grant group having if in inner
insert into is join language least left limit nullif not null of on or order
over partition raise references return returning returns right row rows select
set then to true union unique update using values when where with window
""".split())


CONSTRAINTS = {"constraint", "primary", "unique", "check", "foreign", "exclude", "like"}


def split_list(sql, open_at):
    """The top-level comma-separated items of the parenthesis at open_at."""
    depth = 0
    items, cur = [], []
    for ch in sql[open_at:]:
        if ch == "(":
            depth += 1
            if depth == 1:
                continue
        elif ch == ")":
            depth -= 1
            if depth == 0:
                break
        if ch == "," and depth == 1:
            items.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    items.append("".join(cur))
    return items


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
    # type names after RETURNS, SETOF and ::
    for m in re.finditer(r"(?:::|\breturns\s+(?:setof\s+)?|\bsetof\s+)([A-Za-z_@][\w@.]*)",
                         sql, re.I):
        t = m.group(1)
        if "." not in t and t.lower() not in ("trigger", "table"):
            problems.append(f"type {t}: not qualified")
    # the types of columns and parameters: the list after CREATE TYPE x AS,
    # CREATE TABLE x, CREATE FUNCTION x
    for m in re.finditer(r"(?i)\bcreate\s+(?:or\s+replace\s+)?(?:temp\s+|unlogged\s+)?"
                         r"(type|table|function|procedure)\s+[^\s(]+\s*(?:as\s*)?\(", sql):
        for item in split_list(sql, m.end() - 1):
            words = item.split()
            if not words or words[0].lower() in CONSTRAINTS:
                continue
            if m.group(1).lower() in ("function", "procedure"):
                if words[0].lower() in ("in", "out", "inout", "variadic"):
                    words = words[1:]
                words = words[:2]
                t = words[-1] if len(words) == 2 and words[1].lower() != "default" else words[0]
            else:
                t = words[1] if len(words) > 1 else ""
            t = re.sub(r"[\[\]()0-9,]+$", "", t)
            if t and "." not in t:
                problems.append(f"type {t}: not qualified")
    # function calls: a word followed by "(", not an alias's column list
    for m in re.finditer(r"([A-Za-z_@][\w@.]*)\s*\(", sql):
        name = m.group(1)
        if "." in name or name.lower() in KEYWORDS:
            continue
        before = sql[:m.start()].rstrip()
        if before.endswith(")") or re.search(r"(?i)\bas$", before):
            continue
        problems.append(f"call {name}(: not qualified")
    # bare operators in code bodies (outside OPERATOR(pg_catalog.x))
    for body in re.findall(r"(?ims)^\s*do\b(.*?)\bend\s*;", sql):
        cleaned = re.sub(r"(?i)operator\s*\(\s*pg_catalog\.[^)]*\)", " ", body)
        cleaned = re.sub(r"(?is)\busing\b.*?;", ";", cleaned)   # RAISE ... USING x = y
        for op in re.findall(r"(?<![:<>=!])(<>|!=|<=|>=|=|<|>|\|\|)(?![=>])", cleaned):
            problems.append(f"operator {op} in a DO body: not OPERATOR(pg_catalog.{op})")
    # functions with their $$ bodies left out: what is left ends at ";".  A
    # BEGIN ATOMIC body is bound when created and needs no search_path.
    heads = strip(re.sub(r"(?s)\$(\w*)\$.*?\$\1\$", "''", text))
    for m in re.finditer(r"(?is)create\s+(?:or\s+replace\s+)?function\b(.*?)(?:;|\bbegin\s+atomic\b)",
                         heads):
        head = m.group(0)
        lang = re.search(r"(?i)\blanguage\s+(\w+)", head)
        if re.search(r"(?i)\bbegin\s+atomic\b", head):
            continue
        if lang and lang.group(1).lower() in ("sql", "plpgsql") and \
                not re.search(r"(?i)\bset\s+search_path\b", head):
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
