# test/lib.sh: what the test scripts share, sourced after they cd to the
# top of the tree.  Checks are counted, and each script ends with
# "NAME: N passed, M failed", the line test/run_tests.sh tallies.
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok: $1"; }
fail() { failed=$((failed + 1)); echo "FAILED: $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | head -30; }
check() { # description, command producing "t" on success
    local got
    got=$(eval "$2" 2>&1)
    if [ "$got" = "t" ]; then ok "$1"; else fail "$1" "$got"; fi
}
