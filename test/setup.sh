#!/usr/bin/env bash
# Install what giaoban needs on Debian 12 (as root, or with sudo), then build
# and install the extension.  Safe to run again: it installs only what is
# missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
# pg_config comes with libpq-dev too and prints the PGXS path whether or not
# it exists: look for the files themselves
{ command -v pg_config >/dev/null 2>&1 &&
  [ -f "$(pg_config --pgxs)" ] &&
  [ -f "$(pg_config --includedir-server)/postgres.h" ]; } || need+=(postgresql-server-dev-15)
command -v pg_virtualenv >/dev/null 2>&1 || need+=(postgresql-common)
[ -x /usr/lib/postgresql/15/bin/postgres ] || need+=(postgresql-15 postgresql-contrib)
pkg-config --exists icu-uc icu-i18n 2>/dev/null || need+=(libicu-dev pkg-config)
command -v gcc >/dev/null 2>&1 || need+=(gcc)
command -v make >/dev/null 2>&1 || need+=(make)
command -v python3 >/dev/null 2>&1 || need+=(python3)
# the sanitizer builds and the fuzzer (make check-core-asan, make fuzz)
command -v clang >/dev/null 2>&1 || need+=(clang)
ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 ||
    need+=(libclang-rt-14-dev)

if [ ${#need[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    echo "giaoban: installing ${need[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

make -s
if [ -w "$(pg_config --pkglibdir)" ]; then
    make -s install
else
    sudo make -s install
fi
