#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz": clang, ASan, UBSan) and runs each for a while.
#   tests/fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 60 seconds, every target)
# Each target starts from its seeds (the shipped content, the examples, the YAML test suite and the
# past findings in tests/data/fuzz-regressions/) and keeps what it learns in build-fuzz/corpus/.
# A crash, a leak, a timeout or a memory blow-up is saved to build-fuzz/findings/TARGET/ and makes the
# script exit non-zero: copy the file to tests/data/fuzz-regressions/TARGET/ once fixed, so the normal
# suite (fuzz_replay_TARGET) keeps checking it. Needs clang and libclang-rt-14-dev:
# PHARE_FUZZ_DEPS=1 ./test.sh, or `source tools/setup.sh && phare_install_fuzz_deps`.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(questionnaire catalogue assessment contentbinary)

if ! command -v clang++ >/dev/null; then
    echo "tests/fuzz/run.sh: clang++ is missing (source tools/setup.sh && phare_install_fuzz_deps)" >&2
    exit 1
fi
mkdir -p build-fuzz
cmake --preset fuzz >build-fuzz/configure.log 2>&1 || { cat build-fuzz/configure.log >&2; exit 1; }
cmake --build --preset fuzz --parallel "$(nproc)" >build-fuzz/build.log 2>&1 || { cat build-fuzz/build.log >&2; exit 1; }

failed=0
for target in "${targets[@]}"; do
    corpus=build-fuzz/corpus/$target
    findings=build-fuzz/findings/$target
    mkdir -p "$corpus" "$findings"
    mapfile -t seeds <build-fuzz/fuzz-seeds/"$target".txt
    dict=()
    [ -f "tests/fuzz/$target.dict" ] && dict=(-dict="tests/fuzz/$target.dict")
    echo "fuzz_$target: ${seconds}s"
    # -rss_limit_mb and -timeout: a hostile file must be refused in bounded memory and time.
    if ! UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "build-fuzz/bin/fuzz_$target" "$corpus" "${seeds[@]}" "${dict[@]}" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$findings/" -print_final_stats=1 >"build-fuzz/fuzz_$target.log" 2>&1; then
        echo "fuzz_$target: FINDING, see build-fuzz/fuzz_$target.log and $findings/" >&2
        tail -40 "build-fuzz/fuzz_$target.log" >&2
        failed=$((failed + 1))
    fi
    grep -E "^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)" \
        "build-fuzz/fuzz_$target.log" | sed "s/^/  /" || true
done
echo "fuzz: $((${#targets[@]} - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
