#!/usr/bin/env python3
"""Score the extraction core against gold cases without PostgreSQL.

Usage: test/score_local.py [--verbose] CASES.jsonl ...

Runs test/core/gb_cli (build it with `make test/core/gb_cli`) on every case
and scores the output with ../shared/eval/score.py's own matching, so the
figures are those `pg_virtualenv python3 ../shared/eval/score.py` prints once
the extension is installed.  A development aid: the evaluation itself goes
through SQL.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE_DIR = os.path.join(HERE, "..", "..", "shared", "eval")
CLI = os.path.join(HERE, "core", "gb_cli")


def main():
    sys.path.insert(0, SCORE_DIR)
    import score

    def run_extract(cases, create=True):
        out = {}
        for i, c in enumerate(cases):
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as t:
                t.write(c["text"])
                name = t.name
            try:
                args = [CLI]
                if c.get("published"):
                    args += ["--published", c["published"]]
                res = subprocess.run(args + [name], capture_output=True, text=True, check=True)
            finally:
                os.unlink(name)
            out[i] = json.loads(res.stdout)
        return out

    score.run_extract = run_extract
    return score.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
