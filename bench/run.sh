#!/bin/sh
# Import and analysis benchmark: journeymap (release build) against pandas on the same generated CSV of
# 1,000,000 respondents × 20 touchpoints (~50 MB). Writes the figures of this one run to BENCHMARKS.md.
#
#   bench/run.sh [ROWS]        # needs python3 with pandas (pip install pandas) and GNU time (apt-get install time)
#
# The peer, as the performance target names it: pandas.read_csv plus per-column count/mean/median/std.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rows=${1:-1000000}
data=bench/data
mkdir -p "$data"
if [ ! -f "$data/large.csv" ] || [ "$(($(wc -l < "$data/large.csv") - 1))" != "$rows" ]; then
    python3 bench/generate_large_csv.py --rows "$rows"
fi
swift build -c release --product journeymap >/dev/null
bin=.build/release/journeymap

measure() { # label, command… → prints "seconds maxrss_kib"
    /usr/bin/time -f "%e %M" -o "$data/time.txt" "$@" >/dev/null 2>"$data/stderr.txt" || { cat "$data/stderr.txt" >&2; exit 1; }
    cat "$data/time.txt"
}

import=$(measure "$bin" import "$data/large.csv" --journey "$data/large.yaml" -o "$data/large.responses.csv" --force)
analyze=$(measure "$bin" analyze "$data/large.yaml" --responses "$data/large.responses.csv" --format json -o "$data/large.json")
pandas=$(measure python3 bench/pandas_baseline.py "$data/large.csv")

set -- $import; import_s=$1; import_kb=$2
set -- $analyze; analyze_s=$1; analyze_kb=$2
set -- $pandas; pandas_s=$1; pandas_kb=$2
ratio=$(python3 -c "print(f'{$pandas_s / $import_s:.1f}')")
ratio_both=$(python3 -c "print(f'{$pandas_s / ($import_s + $analyze_s):.1f}')")
size=$(du -m "$data/large.csv" | cut -f1)

# Keep the sections other benchmark scripts write (between their marker comments: bench/xlsx_bench.sh's and
# bench/hostile_bench.sh's and bench/render_bench.sh's).
kept=$(sed -n -e '/^<!-- xlsx-bench/,/^<!-- \/xlsx-bench -->/p' -e '/^<!-- hostile-bench/,/^<!-- \/hostile-bench -->/p' \
    -e '/^<!-- render-bench/,/^<!-- \/render-bench -->/p' \
    BENCHMARKS.md 2>/dev/null || true)
cat > BENCHMARKS.md <<MD
# Benchmarks

Figures from one run of \`bench/run.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(uname -m)); wall-clock seconds
and peak resident memory from GNU time. Input: \`bench/generate_large_csv.py\`, $rows respondents × 20
touchpoints on a 1–7 scale with ~8% missing, ${size} MB. The peer is pandas $(python3 -c 'import pandas; print(pandas.__version__)')
(\`bench/pandas_baseline.py\`: \`read_csv\` plus per-column count, mean, median and std).

| step | time (s) | peak memory (MB) | vs pandas |
|---|---|---|---|
| \`journeymap import\` (CSV → normalized, anonymized responses file) | $import_s | $((import_kb / 1024)) | ${ratio}× faster |
| \`journeymap analyze --format json\` (all statistics, peak-end test, drivers, eNPS) | $analyze_s | $((analyze_kb / 1024)) | |
| import + analyze together | | | ${ratio_both}× faster |
| pandas \`read_csv\` + per-column stats | $pandas_s | $((pandas_kb / 1024)) | 1× |

The performance target (import and analysis ≥ 5× faster than pandas in ≤ 64 MB) belongs to a later issue;
this table is the starting point. The machine is shared, so repeat runs vary.
MD
if [ -n "$kept" ]; then printf '\n%s\n' "$kept" >> BENCHMARKS.md; fi
cat BENCHMARKS.md
