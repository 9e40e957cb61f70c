#!/usr/bin/env bash
# Phare's benchmarks: builds what they need in build-bench (Release) and prints one table, every
# figure with its baseline, ratio, goal and verdict (docs/BENCHMARKS.md says what each one means).
# Speed is measured here, never asserted: ctest does not run any of this.
#
#   tests/benchmarks/run.sh [--runs N] [--no-callgrind] [--no-build] [--out FILE]
#
#   --runs N         runs of each program for the start-up and report medians (default 11)
#   --no-callgrind   skip the instruction counts (valgrind), which take about a minute
#   --no-build       use what is already in build-bench
#   --out FILE       also write the table to FILE (default build-bench/benchmarks/results.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

RUNS=11
CALLGRIND=1
BUILD=1
OUT=""
while [ $# -gt 0 ]; do
    case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --no-callgrind) CALLGRIND=0; shift ;;
    --no-build) BUILD=0; shift ;;
    --out) OUT=$2; shift 2 ;;
    -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

BUILD_DIR=$ROOT/build-bench
BIN=$BUILD_DIR/bin
OUT=${OUT:-$BUILD_DIR/benchmarks/results.md}

say() { echo "bench: $*" >&2; }

# --- What the benchmarks need: the project's packages, then /usr/bin/time and valgrind. -------------
source tools/setup.sh
phare_install_deps
extra=()
[ -x /usr/bin/time ] || extra+=(time)
[ "$CALLGRIND" = 1 ] && ! command -v valgrind >/dev/null && extra+=(valgrind)
if [ ${#extra[@]} -gt 0 ]; then
    say "installing ${extra[*]}"
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${extra[@]}" >/dev/null
fi

# --- Build (Release, benchmarks on; only the targets used here). ------------------------------------
if [ "$BUILD" = 1 ]; then
    say "building in build-bench (Release)"
    mkdir -p "$BUILD_DIR"
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DPHARE_BUILD_BENCHMARKS=ON >"$BUILD_DIR.configure.log" 2>&1 || {
        cat "$BUILD_DIR.configure.log" >&2
        exit 1
    }
    targets=(phare phare-cli bench_core bare_chart bare_report make_assessments make_anonymous)
    cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target "${targets[@]}" >"$BUILD_DIR.build.log" 2>&1 || {
        tail -40 "$BUILD_DIR.build.log" >&2
        exit 1
    }
fi

WORK=$(mktemp -d /tmp/phare-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
# Offscreen, in C.UTF-8, with settings, autosaves and caches in a folder of our own.
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
export XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data XDG_CACHE_HOME=$WORK/cache XDG_RUNTIME_DIR=$WORK/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# --- Helpers. ----------------------------------------------------------------------------------------
# timed FILE CMD...: runs CMD, appends "wall_ms peak_rss_kb cpu_ms" (cpu: user + system) to FILE.
timed() {
    local file=$1
    shift
    local t0 t1
    t0=$(date +%s%N)
    if ! /usr/bin/time -f '%M %U %S' -o "$WORK/rss" "$@" >"$WORK/stdout" 2>"$WORK/stderr"; then
        say "failed: $*"
        cat "$WORK/stderr" >&2
        return 1
    fi
    t1=$(date +%s%N)
    echo "$(((t1 - t0) / 1000)) $(tail -1 "$WORK/rss")" | awk '{printf "%.1f %d %.0f\n", $1 / 1000, $2, ($3 + $4) * 1000}' >>"$file"
}
# median FILE COLUMN
median() { awk -v c="$2" '{print $c}' "$1" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
minimum() { awk -v c="$2" 'NR == 1 || $c < m {m = $c} END {print m}' "$1"; }
# instructions CMD...: instructions executed by CMD, counted by callgrind.
instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/Collected :/ {print $NF}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}'; }
fmt_int() { awk -v n="$1" 'BEGIN {s = sprintf("%.0f", n); r = ""; while (length(s) > 3) {r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3)} print s r}'; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f MiB", k / 1024}'; }
verdict() { awk -v ok="$1" 'BEGIN {print (ok ? "**met**" : "**missed**")}'; }

ROWS=()
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 | $6 |"); }

# --- The machine. ------------------------------------------------------------------------------------
CPU="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//') (family $(grep -m1 'cpu family' /proc/cpuinfo | cut -d: -f2 | tr -d ' '), model $(grep -m1 '^model[[:space:]]*:' /proc/cpuinfo | cut -d: -f2 | tr -d ' '), $(grep -m1 'cpu MHz' /proc/cpuinfo | cut -d: -f2 | tr -d ' ' | cut -d. -f1) MHz)"
MEM=$(free -h | awk '/^Mem:/ {print $2}')
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo " (with uncommitted changes)" || true)

# --- 1. Start-up: phare against a bare Qt Widgets program with one polar chart, interleaved. ---------
say "start-up: $RUNS runs of each, interleaved"
"$BIN/phare" --quit-when-ready >/dev/null 2>&1 || true # warm the caches (fontconfig, page cache)
"$BIN/bare_chart" --quit-when-ready >/dev/null 2>&1 || true
: >"$WORK/start.phare"
: >"$WORK/start.bare"
for ((i = 0; i < RUNS; i++)); do
    timed "$WORK/start.phare" "$BIN/phare" --quit-when-ready
    timed "$WORK/start.bare" "$BIN/bare_chart" --quit-when-ready
done
SP=$(median "$WORK/start.phare" 1)
SB=$(median "$WORK/start.bare" 1)
MP=$(median "$WORK/start.phare" 2)
MB=$(median "$WORK/start.bare" 2)
R=$(ratio "$SP" "$SB")
row "Start-up to a painted window (median of $RUNS, wall)" "$SP ms (fastest $(minimum "$WORK/start.phare" 1))" \
    "$SB ms (fastest $(minimum "$WORK/start.bare" 1); bare Qt + polar chart)" "$R×" "≤ 1.5×" \
    "$(verdict "$(awk -v r="$R" 'BEGIN {print (r <= 1.5)}')")"
R=$(ratio "$MP" "$MB")
row "Start-up peak memory (median RSS)" "$(mib "$MP")" "$(mib "$MB")" "$R×" "(reported)" "–"
if [ "$CALLGRIND" = 1 ]; then
    say "start-up: instruction counts (callgrind)"
    IP=$(instructions "$BIN/phare" --quit-when-ready)
    IB=$(instructions "$BIN/bare_chart" --quit-when-ready)
    row "Start-up instructions (callgrind)" "$(fmt_int "$IP")" "$(fmt_int "$IB")" "$(ratio "$IP" "$IB")×" "(explains)" "–"
fi

# --- 2 and 3. Loading, scoring and recommending (QBENCHMARK in bench_core). --------------------------
say "core benchmarks (QBENCHMARK, median of 5)"
"$BIN/bench_core" -median 5 -o "$WORK/core.csv,csv" -o "$WORK/core.txt,txt" >/dev/null 2>&1 || {
    cat "$WORK/core.txt" >&2
    exit 1
}
# value FILE FUNCTION [TAG]: the per-iteration figure of one benchmark.
value() { awk -F, -v f="\"$2\"" -v t="\"${3:-}\"" '$1 == f && $2 == t {print $4}' "$1"; }
YP=$(value "$WORK/core.csv" loadingYamlCppParse)
LV=$(value "$WORK/core.csv" loadingParseAndValidate)
if [ "$CALLGRIND" = 1 ]; then
    say "core benchmarks: instruction counts (callgrind)"
    "$BIN/bench_core" -callgrind -o "$WORK/core-ir.csv,csv" >/dev/null 2>&1 || true
    YPI=$(value "$WORK/core-ir.csv" loadingYamlCppParse)
    PPI=$(value "$WORK/core-ir.csv" loadingPhareParse)
    LVI=$(value "$WORK/core-ir.csv" loadingParseAndValidate)
    LCI=$(value "$WORK/core-ir.csv" loadingCompiled)
    # Validation is what reading and validating costs beyond yaml-cpp merely parsing the same files: it
    # costs less than parsing when the whole is under twice the parse. The checks alone (beyond Phare's
    # own reading of the YAML into positioned trees) are shown below it.
    R=$(ratio "$LVI" "$YPI")
    row "Loading: read + validate all built-in content (instructions)" "$(fmt_int "$LVI")" \
        "$(fmt_int "$YPI") (yaml-cpp YAML::Load only)" "$R×" "validation < parsing (< 2×)" \
        "$(verdict "$(awk -v r="$R" 'BEGIN {print (r < 2)}')")"
    row "Loading: of which Phare's YAML reading / its checks (instructions)" \
        "$(fmt_int "$PPI") / $(fmt_int "$((LVI - PPI))")" "$(fmt_int "$YPI")" \
        "$(ratio "$PPI" "$YPI")× / $(ratio "$((LVI - PPI))" "$YPI")×" "(explains)" "–"
fi
R=$(ratio "$LV" "$YP")
row "Loading: read + validate all built-in content (wall)" "$LV ms" "$YP ms (yaml-cpp YAML::Load only)" "$R×" \
    "validation < parsing (< 2×)" "$(verdict "$(awk -v r="$R" 'BEGIN {print (r < 2)}')")"
# QBENCHMARK's milliseconds, with two decimals under 10 ms (reading the compiled content takes about one).
msec() { awk -v v="$1" 'BEGIN {printf (v < 10 ? "%.2f" : "%.0f"), v}'; }
LB=$(msec "$(value "$WORK/core.csv" loadingBuiltin)")
row "Loading as the programs call it (BuiltinContent::load, wall)" "$LB ms" "$YP ms (yaml-cpp YAML::Load only)" \
    "$(ratio "$LB" "$YP")×" "(reported)" "–"
# The programs read the content compiled at build time (phare-contentc): against reading the YAML.
LC=$(value "$WORK/core.csv" loadingCompiled)
if [ -n "$LC" ]; then
    LC=$(msec "$LC")
    detail="$LC ms"
    [ "$CALLGRIND" = 1 ] && detail="$LC ms, $(fmt_int "$LCI") instr."
    against="$LV ms"
    [ "$CALLGRIND" = 1 ] && against="$LV ms, $(fmt_int "$LVI") instr."
    row "Loading the compiled built-in content (readContentBinary)" "$detail" "$against (read + validate the YAML)" \
        "$(ratio "$LC" "$LV")×" "(reported)" "–"
fi

SLOWEST=0
for tag in $(awk -F, '$1 == "\"scoreAndRecommend\"" {gsub(/"/, "", $2); print $2}' "$WORK/core.csv"); do
    ms=$(value "$WORK/core.csv" scoreAndRecommend "$tag")
    per=$(awk -v m="$ms" 'BEGIN {printf "%d", 1000 / m}')
    extra=""
    if [ "$CALLGRIND" = 1 ]; then
        extra=", $(fmt_int "$(value "$WORK/core-ir.csv" scoreAndRecommend "$tag")") instr."
    fi
    us=$(awk -v m="$ms" 'BEGIN {printf "%.1f", m * 1000}')
    row "Score + recommend one assessment: $tag (one core)" "$(fmt_int "$per")/s ($us µs$extra)" "–" \
        "$(awk -v p="$per" 'BEGIN {printf "%.2f", p / 100000}')× goal" "> 100,000/s" \
        "$(verdict "$(awk -v p="$per" 'BEGIN {print (p > 100000)}')")"
done

# Workshops (issue 19): a file of ten respondents scored (the agreed answers, each person's, the spread and the
# disagreements) against a plain file of one. The goal is read on the instruction counts, which the machine's load
# does not move; the wall times are shown beside them (a busy machine moves their ratio by several units).
W1=$(value "$WORK/core.csv" scoreWorkshop "1 respondent")
W10=$(value "$WORK/core.csv" scoreWorkshop "10 respondents")
if [ "$CALLGRIND" = 1 ]; then
    W1I=$(value "$WORK/core-ir.csv" scoreWorkshop "1 respondent")
    W10I=$(value "$WORK/core-ir.csv" scoreWorkshop "10 respondents")
    row "Workshop: score a file of 10 respondents vs 1 (Workshop::evaluate, instructions)" "$(fmt_int "$W10I")" \
        "$(fmt_int "$W1I") (1 respondent)" "$(ratio "$W10I" "$W1I")×" "≤ 11×" \
        "$(verdict "$(awk -v a="$W10I" -v b="$W1I" 'BEGIN {print (a <= 11 * b)}')")"
    row "Workshop: plain scoring, bakery / factory (scoreOnly, instructions)" \
        "$(fmt_int "$(value "$WORK/core-ir.csv" scoreOnly boulangerie-marseille)") / $(fmt_int "$(value "$WORK/core-ir.csv" scoreOnly usinage-la-ciotat)")" \
        "–" "–" "not slower (compare with main)" "–"
fi
row "Workshop: score a file of 10 respondents vs 1 (Workshop::evaluate, one core, wall)" \
    "$(awk -v m="$W10" 'BEGIN {printf "%.1f µs", m * 1000}')" "$(awk -v m="$W1" 'BEGIN {printf "%.1f µs", m * 1000}') (1 respondent)" \
    "$(ratio "$W10" "$W1")×" "≤ 11×" "$(verdict "$(awk -v a="$W10" -v b="$W1" 'BEGIN {print (a <= 11 * b)}')")"

# --- 4. Report: phare-cli report on the largest example against Qt printing the same to PDF. ----------
# The largest plain example: a workshop's report is the same report plus its people (and its CSV has their rows).
LARGEST=$(ls -S "$ROOT"/resources/examples/*.phare | xargs grep -L '"respondents"' | head -1)
if "$BIN/phare-cli" --help 2>/dev/null | grep -q '^ *report '; then
    say "report: $RUNS runs of each, interleaved"
    "$BIN/phare-cli" report "$LARGEST" -o "$WORK/report.pdf" >"$WORK/report.out" 2>&1
    PAGES=$(pdfinfo "$WORK/report.pdf" | awk '/^Pages:/ {print $2}')
    # The report draws one radar for the summary and one per theme answered (comparison charts only
    # with --compare): count the themes in the scores.
    THEMES=$("$BIN/phare-cli" score --format csv "$LARGEST" | awk -F, 'NR > 1 && $2 != "" && $3 == ""' | wc -l)
    CHARTS=$((THEMES + 1))
    # The baseline prints the same words: the text of Phare's report.
    pdftotext "$WORK/report.pdf" "$WORK/report.txt"
    PARAS=$("$BIN/bare_report" --text "$WORK/report.txt" --fit "$PAGES" "$CHARTS")
    : >"$WORK/report.phare"
    : >"$WORK/report.bare"
    for ((i = 0; i < RUNS; i++)); do
        timed "$WORK/report.phare" "$BIN/phare-cli" report "$LARGEST" -o "$WORK/report.pdf"
        timed "$WORK/report.bare" "$BIN/bare_report" --text "$WORK/report.txt" --pages "$PAGES" --charts "$CHARTS" --paragraphs "$PARAS" \
            -o "$WORK/bare.pdf"
    done
    BPAGES=$(pdfinfo "$WORK/bare.pdf" | awk '/^Pages:/ {print $2}')
    RP=$(median "$WORK/report.phare" 1)
    RB=$(median "$WORK/report.bare" 1)
    R=$(ratio "$RP" "$RB")
    row "Report: \`phare-cli report\` $(basename "$LARGEST") ($PAGES pages, $CHARTS charts; median, wall)" \
        "$RP ms (fastest $(minimum "$WORK/report.phare" 1))" \
        "$RB ms (fastest $(minimum "$WORK/report.bare" 1); Qt: the same text, $BPAGES pages, $CHARTS charts to PDF)" "$R×" "≤ 1.2×" \
        "$(verdict "$(awk -v r="$R" 'BEGIN {print (r <= 1.2)}')")"
    if [ "$CALLGRIND" = 1 ]; then
        say "report: instruction counts (callgrind)"
        IP=$(instructions "$BIN/phare-cli" report "$LARGEST" -o "$WORK/report.pdf")
        IB=$(instructions "$BIN/bare_report" --text "$WORK/report.txt" --pages "$PAGES" --charts "$CHARTS" --paragraphs "$PARAS" -o "$WORK/bare.pdf")
        row "Report instructions (callgrind)" "$(fmt_int "$IP")" "$(fmt_int "$IB")" "$(ratio "$IP" "$IB")×" "(explains)" "–"
    fi
else
    row "Report: \`phare-cli report\` on the largest example" "pending" "–" "–" "≤ 1.2×" \
        "pending: this build has no \`phare-cli report\`"
fi

# --- 5. Scale: one `phare-cli score` call on 1,000 / 5,000 / 10,000 files. ---------------------------
say "scale: writing 10,000 assessment files"
mkdir -p "$WORK/scale"
"$BIN/make_assessments" "$WORK/scale" 10000 "$ROOT"/resources/examples/*.phare
cd "$WORK/scale"
declare -A ST SM SC
for n in 1000 5000 10000; do
    say "scale: phare-cli score --format csv on $n files (median of 3)"
    : >"$WORK/scale.$n"
    mapfile -t files < <(ls | head -n "$n")
    for ((i = 0; i < 3; i++)); do
        timed "$WORK/scale.$n" "$BIN/phare-cli" score --format csv "${files[@]}"
    done
    lines=$(wc -l <"$WORK/stdout")
    [ "$lines" -gt "$n" ] || { say "phare-cli score printed $lines lines for $n files"; exit 1; }
    ST[$n]=$(median "$WORK/scale.$n" 1)
    SM[$n]=$(median "$WORK/scale.$n" 2)
    SC[$n]=$(median "$WORK/scale.$n" 3)
done
cd "$ROOT"
for n in 1000 5000 10000; do
    per=$(awk -v t="${ST[$n]}" -v n="$n" 'BEGIN {printf "%.3f", t / n}')
    row "Scale: \`phare-cli score\` $(fmt_int "$n") files (median of 3)" \
        "${ST[$n]} ms wall, ${SC[$n]} ms CPU, $(mib "${SM[$n]}") peak" "$per ms/file (wall)" \
        "time $(ratio "${ST[$n]}" "${ST[1000]}")× (CPU $(ratio "${SC[$n]}" "${SC[1000]}")×), memory $(ratio "${SM[$n]}" "${SM[1000]}")× of 1,000" \
        "linear, flat" "–"
done
# Linear: each further file costs the same from 1,000 to 5,000 as from 5,000 to 10,000 (within 25%),
# in CPU time (user + system), which other work on the machine disturbs far less than wall time.
# Flat: peak memory at 10,000 files within 10% of that at 1,000.
slope() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN {printf "%.3f", (b - a) / n}'; }
S1=$(slope "${SC[1000]}" "${SC[5000]}" 4000)
S2=$(slope "${SC[5000]}" "${SC[10000]}" 5000)
W1=$(slope "${ST[1000]}" "${ST[5000]}" 4000)
W2=$(slope "${ST[5000]}" "${ST[10000]}" 5000)
LIN=$(ratio "$S2" "$S1")
FLAT=$(ratio "${SM[10000]}" "${SM[1000]}")
row "Scale: verdict (CPU ms per further file)" "$S2 (5,000→10,000; wall $W2)" "$S1 (1,000→5,000; wall $W1)" \
    "slope $LIN×, memory $FLAT×" "slope ≤ 1.25×, memory ≤ 1.10×" \
    "$(verdict "$(awk -v l="$LIN" -v f="$FLAT" 'BEGIN {print (l <= 1.25 && f <= 1.10)}')")"

# --- 6. Benchmark build: one `phare-cli benchmark build` on 10,000 / 50,000 / 100,000 anonymous files. --
say "benchmark build: writing 100,000 anonymous files"
mkdir -p "$WORK/anon"
"$BIN/make_anonymous" "$WORK/anon/all" 100000 "$ROOT"/resources/examples/*.phare
declare -A BT BM BC
for n in 10000 50000 100000; do
    mkdir -p "$WORK/anon/n$n"
    (cd "$WORK/anon/all" && ls | head -n "$n" | xargs ln -t "$WORK/anon/n$n")
done
find "$WORK/anon/all" -type f -exec cat {} + >/dev/null # the page cache: the files are read, not the disk measured
for n in 10000 50000 100000; do
    say "benchmark build on $n files (median of 3)"
    : >"$WORK/bench.$n"
    for ((i = 0; i < 3; i++)); do
        timed "$WORK/bench.$n" "$BIN/phare-cli" benchmark build "$WORK/anon/n$n" -o "$WORK/anon/benchmark.json"
    done
    grep -q "^$n files read: $n firms counted" "$WORK/stdout" || { say "benchmark build did not count $n firms"; exit 1; }
    BT[$n]=$(median "$WORK/bench.$n" 1)
    BM[$n]=$(median "$WORK/bench.$n" 2)
    BC[$n]=$(median "$WORK/bench.$n" 3)
done
rm -rf "$WORK/anon"
for n in 10000 50000 100000; do
    row "Benchmark build: \`phare-cli benchmark build\` $(fmt_int "$n") anonymous files (median of 3)" \
        "${BT[$n]} ms wall, ${BC[$n]} ms CPU, $(mib "${BM[$n]}") peak" \
        "$(awk -v t="${BC[$n]}" -v n="$n" 'BEGIN {printf "%.1f µs/file (CPU)", t * 1000 / n}')" \
        "CPU $(ratio "${BC[$n]}" "${BC[10000]}")×, memory $(ratio "${BM[$n]}" "${BM[10000]}")× of 10,000" \
        "100,000 under 10 s on one core, linear" "–"
done
S1=$(slope "${BC[10000]}" "${BC[50000]}" 40000)
S2=$(slope "${BC[50000]}" "${BC[100000]}" 50000)
LIN=$(ratio "$S2" "$S1")
row "Benchmark build: verdict (100,000 files, CPU; CPU ms per further file)" "${BC[100000]} ms; $S2 (50,000→100,000)" \
    "$S1 (10,000→50,000)" "slope $LIN×, memory $(ratio "${BM[100000]}" "${BM[10000]}")×" \
    "< 10,000 ms, slope ≤ 1.25×" \
    "$(verdict "$(awk -v c="${BC[100000]}" -v l="$LIN" 'BEGIN {print (c < 10000 && l <= 1.25)}')")"

# --- The table. --------------------------------------------------------------------------------------
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
{
    echo "Machine: $(nproc) cores, $CPU, $MEM memory; load average $LOAD_START at the start, $LOAD_END at the end."
    echo "Build: $COMMIT$DIRTY, Release, $(date -u +%Y-%m-%dT%H:%MZ)."
    echo
    echo "| Figure | Phare | Baseline | Ratio | Goal | Verdict |"
    echo "| --- | --- | --- | --- | --- | --- |"
    printf '%s\n' "${ROWS[@]}"
} | tee "$WORK/table.md"
mkdir -p "$(dirname "$OUT")"
cp "$WORK/table.md" "$OUT"
say "table written to $OUT"
