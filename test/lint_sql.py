#!/usr/bin/env python3
"""Every name in the install scripts is qualified: functions and casts with
pg_catalog. or @extschema@., operators as OPERATOR(pg_catalog.x).

Usage: test/lint_sql.py [files...]   (default: sql/giaoban--0.1.0.sql sql/parts/*.sql)

Comments and string literals are skipped; dollar-quoted bodies are code.
Prints "file:line: what" for each unqualified reference and a last line
"lint_sql: N passed, M failed" (one check per file).  Heuristic, not a
parser: SQL key words that take parentheses (COALESCE, EXISTS, ...),
aliases with column lists and UPDATE ... SET assignments are allowed.
"""
import glob
import re
import sys

KEYWORDS = {
    'coalesce', 'greatest', 'least', 'nullif', 'extract', 'array', 'row', 'in', 'exists',
    'any', 'all', 'some', 'values', 'cast', 'operator', 'from', 'as', 'on', 'using', 'key',
    'unique', 'primary', 'references', 'check', 'default', 'into', 'materialized', 'over',
    'filter', 'within', 'rows', 'returns', 'table', 'select', 'where', 'and', 'or', 'not',
    'lateral', 'ordinality', 'conflict', 'if', 'when', 'then', 'else', 'return', 'by',
    'exec', 'execute', 'distinct', 'join', 'stored', 'gin', 'btree', 'gist', 'setof',
    'function', 'procedure', 'index', 'foreign', 'with', 'union', 'is', 'case', 'set',
    'update', 'perform', 'raise', 'exception', 'notice', 'both', 'leading', 'trailing',
    'identity', 'always', 'generated', 'type', 'aggregate', 'view', 'trigger', 'do',
    'begin', 'end', 'loop', 'exit', 'limit', 'order', 'group', 'having', 'returning',
    'language', 'atomic', 'declare', 'nulls', 'desc', 'asc', 'first', 'last', 'substring',
    'position', 'overlay', 'trim', 'collate', 'interval', 'only', 'like', 'similar', 'escape',
}
OPS = ['<>', '<=', '>=', '!=', '||', '@@', '<@', '@>', '&&', '=', '<', '>', '+', '/', '~', '%']


def strip(sql, keep_tags=False):
    """comments and string literals blanked, newlines kept"""
    out = []
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if sql.startswith('--', i):
            j = sql.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i)); i = j
        elif sql.startswith('/*', i):
            j = sql.find('*/', i) + 2
            out.append(re.sub(r'[^\n]', ' ', sql[i:j])); i = j
        elif c == "'":
            j = i + 1
            while j < n:
                if sql[j] == "'" and j + 1 < n and sql[j + 1] == "'":
                    j += 2
                elif sql[j] == "'":
                    break
                else:
                    j += 1
            out.append("'" + re.sub(r'[^\n]', ' ', sql[i + 1:j]) + "'")
            i = j + 1
        elif c == '"':
            j = sql.find('"', i + 1)
            out.append('"' + re.sub(r'[^\n]', ' ', sql[i + 1:j]) + '"'); i = j + 1
        elif c == '$' and re.match(r'\$[A-Za-z_]*\$', sql[i:]):
            tag = re.match(r'\$[A-Za-z_]*\$', sql[i:]).group(0)
            out.append(tag if keep_tags else ' ' * len(tag)); i += len(tag)   # the body is code
        else:
            out.append(c); i += 1
    return ''.join(out)


def lint(path):
    text = strip(open(path, encoding='utf-8').read())
    # OPERATOR(pg_catalog.x) is what we want: blank it
    text = re.sub(r'OPERATOR\(\s*pg_catalog\.[^)]+\)', lambda m: ' ' * len(m.group(0)), text)
    problems = []
    lines = text.split('\n')
    for no, line in enumerate(lines, 1):
        if re.match(r'\s*\\echo', line):
            continue
        # function calls
        for m in re.finditer(r'(?<![\w.@$])([A-Za-z_][A-Za-z0-9_]*)\s*\(', line):
            name = m.group(1)
            if name.lower() in KEYWORDS:
                continue
            before = line[:m.start()].rstrip()
            # an alias with a column list: "AS c(kind, ...)", ") s(x)"
            if re.search(r'(\bAS|\))$', before, re.I):
                continue
            # a CTE: "name AS (" is caught above; "WITH name (" / ", name AS"
            problems.append('%s:%d: unqualified call %s(' % (path, no, name))
        # casts
        for m in re.finditer(r'::\s*([A-Za-z_@][A-Za-z0-9_@]*)(\.?)', line):
            if not m.group(2):
                problems.append('%s:%d: unqualified type ::%s' % (path, no, m.group(1)))
        # operators
        scan = re.sub(r':=|=>|::', '  ', line)
        # UPDATE ... SET col = ..., col = ... and SET search_path = ...
        scan = re.sub(r'(\bSET\s+|^\s*|,\s*)[A-Za-z_]+\s*=(?!=)',
                      lambda m: ' ' * len(m.group(0)), scan)
        scan = re.sub(r'\bDETAIL\s*=|\bHINT\s*=|\bERRCODE\s*=', '', scan)
        # storage parameters: ALTER TABLE ... SET (fillfactor = 50), WITH (...)
        scan = re.sub(r'\b(SET|WITH)\s*\(\s*[a-z_]+\s*=', lambda m: ' ' * len(m.group(0)), scan)
        scan = re.sub(r'[A-Za-z_]\w*\.\*|\(\*\)|\*', ' ', scan)
        scan = re.sub(r'-?\d+(\.\d+)?', ' ', scan)
        for op in OPS:
            if op in scan:
                problems.append('%s:%d: unqualified operator %s' % (path, no, op))
                scan = scan.replace(op, ' ' * len(op))
    # code that runs with the caller's search_path (procedures, which cannot
    # pin it, and DO blocks) must not use constructs that look an operator
    # up by name: IN (...), IS DISTINCT FROM, NULLIF, BETWEEN, LIKE, CASE x WHEN
    raw = strip(open(path, encoding='utf-8').read(), keep_tags=True)
    for m in re.finditer(r'(CREATE\s+PROCEDURE|\bDO\s*\$)(.*?)\$\$\s*;', raw, re.S | re.I):
        body = m.group(0)
        base = raw[:m.start()].count('\n')
        for c in re.finditer(r'\bIN\s*\(|\bIS\s+(NOT\s+)?DISTINCT\s+FROM\b|\bNULLIF\b|'
                             r'\bBETWEEN\b|\bLIKE\b|\bCASE\s+(?!WHEN)\w', body, re.I):
            problems.append('%s:%d: %s looks an operator up on the caller\'s search_path'
                            % (path, base + body[:c.start()].count('\n') + 1, c.group(0).strip()))
    return problems


def main():
    files = sys.argv[1:] or ['sql/giaoban--0.1.0.sql'] + sorted(glob.glob('sql/parts/*.sql'))
    passed = failed = 0
    for f in files:
        p = lint(f)
        for x in p:
            print(x)
        if p:
            failed += 1
        else:
            passed += 1
    print('lint_sql: %d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
