#!/usr/bin/env bash
# Builds the fuzzers with clang, or runs one for a bounded time over its checked-in seed corpus.
#   run.sh build SOURCE_DIR BUILD_DIR CLANGXX
#   run.sh fuzz  SOURCE_DIR BUILD_DIR NAME
# P2PVPN_FUZZ_SECONDS (default 20) sets each fuzzer's time budget.
set -euo pipefail
mode=$1 src=$2 build=$3

case "$mode" in
build)
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$4" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    exec cmake --build "$build"
    ;;
fuzz)
    name=$4
    # New inputs go to a scratch corpus; the checked-in seeds stay untouched.
    work=$build/work/$name
    artifacts=$build/artifacts/$name
    rm -rf "$work"
    mkdir -p "$work" "$artifacts"
    dict=()
    [ -f "$src/$name.dict" ] && dict=(-dict="$src/$name.dict")
    # A crash, leak, sanitizer report or a broken invariant (abort) fails the test; the input that did it
    # is kept under $artifacts and becomes a regression row in a unit test.
    exec "$build/fuzz_$name" -max_total_time="${P2PVPN_FUZZ_SECONDS:-20}" -runs=5000000 -max_len=4096 \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict[@]}" \
        "$work" "$src/corpus/$name"
    ;;
*)
    echo "usage: $0 build|fuzz ..." >&2
    exit 2
    ;;
esac
