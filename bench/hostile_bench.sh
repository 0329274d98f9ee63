#!/bin/sh
# Hostile-input benchmark: the inputs the mutation run found slow (issue 13), timed with the release build.
# Each is generated into bench/data, run once under GNU time (-v: wall clock and peak resident memory), and its
# exit code recorded (65: refused with a clear message; 0: read). Writes the "Hostile inputs" section of
# BENCHMARKS.md between its marker comments (only that section; bench/run keeps it).
#
#   bench/hostile_bench.sh        # needs python3 and GNU time (apt-get install time)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
data=bench/data
mkdir -p "$data"
swift build -c release --static-swift-stdlib --product journeymap >/dev/null
bin=.build/release/journeymap
journey=Tests/Fixtures/import/hostile.journey.yaml

python3 - "$data" <<'PY'
import sys, os
d = sys.argv[1]
def w(name, text):
    with open(os.path.join(d, name), "w", encoding="utf-8") as f: f.write(text)
for n, label in [(80_000, "80k"), (1_000_000, "1m")]:
    w(f"hostile-header-{label}.csv", "id," + "x" * n + "\n1,2\n")
for n, label in [(100_000, "100k"), (200_000, "200k")]:
    attrs = "".join(f' a{i}="1"' for i in range(n))
    w(f"hostile-attributes-{label}.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<document{attrs}><LimeSurveyDocType>Responses</LimeSurveyDocType></document>\n')
names = "".join(f"<fieldname>q{i}</fieldname>" for i in range(100_000))
w("hostile-fieldnames-100k.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<document><LimeSurveyDocType>Responses</LimeSurveyDocType><responses><fields>{names}</fields><rows></rows></responses></document>\n')
w("hostile-columns-100k.csv", ",".join(f"Q{i}" for i in range(100_000)) + "\n1,2\n")
w("hostile-title.yaml", "version: 1\ntitle: " + "t" * ((2 << 20) - 200) + "\nstages:\n  - name: A\n    touchpoints:\n      - id: a\n        name: A\n")
def journey(name, stages, per, text=lambda k: f"Touchpoint {k}"):
    lines, k = ["version: 1", "title: Many stages", "language: en", "stages:"], 0
    for i in range(stages):
        lines += [f"  - name: Stage {i}", "    touchpoints:"]
        for _ in range(per):
            lines += [f"      - id: t{k}", f"        name: \"{text(k)}\"", f"        score: {1 + k % 5}"]
            k += 1
    w(name, "\n".join(lines) + "\n")
journey("hostile-stages-5000.yaml", 5000, 1)                      # 412 KB, over the stage limit
journey("limit-stages-60.yaml", 60, 1)                            # the most stages accepted
journey("limit-touchpoints-400.yaml", 20, 20)                     # the most touchpoints accepted
journey("limit-long-names.yaml", 4, 5, lambda k: "长" * 9_990)    # 20 names just under the text limit
journey("limit-long-words.yaml", 4, 5, lambda k: "x" * 9_990)     # the same as one Latin word without a vowel (took 90 s)
with open(os.path.join(d, "hostile-line-60mb.csv"), "w") as f:    # one 60 MB line of short fields
    block = "1," * (1 << 19)
    for _ in range(60): f.write(block)
with open(os.path.join(d, "hostile-field-60mb.csv"), "w") as f:   # one 60 MB line that is one field
    block = "x" * (1 << 20)
    for _ in range(60): f.write(block)
PY

measure() { # command… → prints "seconds peak_mb exit"
    code=0
    /usr/bin/time -v -o "$data/time.txt" "$@" >/dev/null 2>"$data/stderr.txt" || code=$?
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$data/time.txt")
    kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$data/time.txt")
    seconds=$(python3 -c "p='$wall'.split(':'); print(f'{sum(float(x) * 60 ** i for i, x in enumerate(reversed(p))):.2f}')")
    echo "$seconds $((kb / 1024)) $code"
}

rows=""
row() { # label, command…
    label=$1; shift
    set -- $(measure "$@")
    rows="$rows| $label | $1 | $2 | $3 |
"
}
for f in header-80k.csv header-1m.csv columns-100k.csv attributes-100k.xml attributes-200k.xml fieldnames-100k.xml; do
    row "\`import\` hostile-$f" "$bin" import "$data/hostile-$f" --journey "$journey" -o "$data/hostile.responses.csv" --force
done
for f in line-60mb.csv field-60mb.csv; do
    row "\`import\` hostile-$f" "$bin" import "$data/hostile-$f" --journey "$journey" -o "$data/hostile.responses.csv" --force
done
row "\`validate\` journey with a 2 MiB title" "$bin" validate "$data/hostile-title.yaml"
row "\`render\` journey with a 2 MiB title" "$bin" render "$data/hostile-title.yaml" -o "$data/out.svg" --force
row "\`render --size slide\` 5,000 stages" "$bin" render "$data/hostile-stages-5000.yaml" --size slide -o "$data/out.svg" --force
for size in slide wide; do
    for f in limit-stages-60 limit-touchpoints-400 limit-long-names limit-long-words; do
        row "\`render --size $size\` $f.yaml" "$bin" render "$data/$f.yaml" --size $size -o "$data/out.svg" --force
    done
done

section=$(cat <<MD
<!-- hostile-bench: written by bench/hostile_bench.sh -->
## Hostile inputs

Figures from one run of \`bench/hostile_bench.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(uname -m)), release
build; wall-clock seconds and peak resident memory from GNU time (\`-v\`). The inputs are the slow ones of issue 13,
generated by the script; the requirement is under 2 s and 256 MB each, with a result or a clear refusal (exit 65).
The \`limit-\` rows are the largest journeys the limits accept (Docs/Limits.md).

| input | time (s) | peak memory (MB) | exit |
|---|---|---|---|
$(printf '%s' "$rows")
<!-- /hostile-bench -->
MD
)
if grep -q '^<!-- hostile-bench' BENCHMARKS.md 2>/dev/null; then
    python3 - "$section" <<'PY'
import re, sys
text = open("BENCHMARKS.md", encoding="utf-8").read()
text = re.sub(r"<!-- hostile-bench.*?<!-- /hostile-bench -->", lambda m: sys.argv[1], text, flags=re.S)
open("BENCHMARKS.md", "w", encoding="utf-8").write(text)
PY
else
    printf '\n%s\n' "$section" >> BENCHMARKS.md
fi
printf '%s\n' "$section"
