#!/usr/bin/env bash
# The style checks of ../shared/docs/STYLE.md, run by .ci/run: clang-format (formatting) and clang-tidy
# (the short list of bug-catching checks in .clang-tidy), both Debian 12's clang 14, on the project's own
# C++ files. Usage: tools/check-style.sh BUILD_DIR (a configured build with compile_commands.json).
# Non-zero when a file is not formatted or clang-tidy finds something.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
source tools/setup.sh
phare_install_style_deps

mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -E '^(core|app|tests|tools)/')
echo "== clang-format $(clang-format-14 --version | grep -o '[0-9.]*' | head -1): ${#files[@]} files =="
if ! clang-format-14 --dry-run --Werror "${files[@]}"; then
    echo "phare: run 'clang-format-14 -i' on the files above" >&2
    exit 1
fi

# clang-tidy needs the flags and the generated sources (moc, resources) the build made: it checks the files
# this build compiles (the fuzz entry points through their replay tests; not the benchmarks when
# they are off).
sources=()
for f in "${files[@]}"; do
    if [[ $f == *.cpp ]] && grep -qF "\"file\": \"$PWD/$f\"" "$build/compile_commands.json"; then
        sources+=("$f")
    fi
done
echo "== clang-tidy $(clang-tidy-14 --version | grep -o '[0-9][0-9.]*' | head -1): ${#sources[@]} files =="
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! printf '%s\n' "${sources[@]}" |
    xargs -P "$(nproc)" -n 4 clang-tidy-14 -p "$build" --quiet --warnings-as-errors='*' >"$log" 2>&1; then
    grep -E 'warning:|error:' -A3 "$log" >&2 || cat "$log" >&2
    echo "phare: clang-tidy found the problems above (.clang-tidy lists the checks)" >&2
    exit 1
fi
echo "style: clean"
