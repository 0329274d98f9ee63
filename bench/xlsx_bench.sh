#!/bin/sh
# XLSX import benchmark: journeymap (release build) importing an Excel workbook of 10⁴ and 10⁵ respondents
# (bench/generate_large_xlsx.py: openpyxl write_only, seeded; 20 ratings, a team, a date-time, comments, ids
# as shared strings). Records wall time and peak resident memory (GNU time) for both sizes, to show memory
# stays flat in the number of rows, and writes them into the "XLSX import" section of BENCHMARKS.md (only that
# section; the rest of the file is left as it is).
#
#   bench/xlsx_bench.sh            # needs python3 with openpyxl (pip install openpyxl) and GNU time (apt-get install time)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
data=bench/data
mkdir -p "$data"
for rows in 10000 100000; do
    [ -f "$data/xlsx-$rows.xlsx" ] || python3 bench/generate_large_xlsx.py --rows "$rows" --name "xlsx-$rows" >/dev/null
done
swift build -c release --static-swift-stdlib --product journeymap >/dev/null
bin=.build/release/journeymap

measure() { # rows → prints "seconds maxrss_kib"
    /usr/bin/time -f "%e %M" -o "$data/time.txt" "$bin" import "$data/xlsx-$1.xlsx" --journey "$data/xlsx-$1-xlsx.yaml" \
        -o "$data/xlsx-$1.responses.csv" --force >/dev/null 2>"$data/stderr.txt" || { cat "$data/stderr.txt" >&2; exit 1; }
    cat "$data/time.txt"
}

set -- $(measure 10000); small_s=$1; small_kb=$2
set -- $(measure 100000); large_s=$1; large_kb=$2
small_mb=$(du -k "$data/xlsx-10000.xlsx" | cut -f1); large_mb=$(du -k "$data/xlsx-100000.xlsx" | cut -f1)
sheet_mb=$(python3 -c "import zipfile; print(round(zipfile.ZipFile('$data/xlsx-100000.xlsx').getinfo('xl/worksheets/sheet1.xml').file_size / 1048576))")

section=$(cat <<MD
<!-- xlsx-bench: written by bench/xlsx_bench.sh -->
## XLSX import

Figures from one run of \`bench/xlsx_bench.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(uname -m)); wall-clock
seconds and peak resident memory from GNU time. Input: \`bench/generate_large_xlsx.py\` (openpyxl write_only,
seeded): per respondent an id, a submitted date-time cell, a team, 20 ratings on 1–7 with ~8% missing and a
comment for ~5%; strings in the shared-strings table as Excel writes them (the ids make it grow with the rows).

| respondents | .xlsx on disk | \`journeymap import\` time (s) | peak memory (MB) |
|---|---|---|---|
| 10,000 | $((small_mb / 1024)).$(( (small_mb % 1024) * 10 / 1024 )) MB | $small_s | $((small_kb / 1024)) |
| 100,000 | $((large_mb / 1024)).$(( (large_mb % 1024) * 10 / 1024 )) MB (sheet part ${sheet_mb} MB inflated) | $large_s | $((large_kb / 1024)) |

The sheet is inflated in 64 KiB chunks on a helper thread and handed straight to libxml2's \`xmlTextReader\`
(nothing is unpacked to disk); only the shared-strings table is held in memory, so memory grows with the
distinct strings (here the 100,000 ids), not with the cells. The machine is shared, so repeat runs vary.
<!-- /xlsx-bench -->
MD
)
SECTION="$section" python3 - <<'PY'
import os, re
path = "BENCHMARKS.md"
text = open(path, encoding="utf-8").read() if os.path.exists(path) else "# Benchmarks\n"
section = os.environ["SECTION"]
pattern = re.compile(r"<!-- xlsx-bench.*?<!-- /xlsx-bench -->", re.S)
text = pattern.sub(lambda m: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w", encoding="utf-8").write(text)
PY
echo "$section"
