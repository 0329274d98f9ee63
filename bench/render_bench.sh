#!/usr/bin/env bash
# Times `journeymap render` on a seeded 200-touchpoint journey and `journeymap --help` with the release build,
# median of 30 runs each with hyperfine (of 5 with GNU time without it), and writes the figures to BENCHMARKS.md
# between <!-- render-bench --> markers.
# (The targets — render of 200 touchpoints ≤ 100 ms, --help ≤ 20 ms — are measured here, never asserted in tests.)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product journeymap >/dev/null
bin="$(swift build -c release --show-bin-path)/journeymap"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/j200.yaml" <<'PY'
import random, sys
random.seed(200)
lines = ["title: 200 touchpoints", "language: en", "stages:"]
for s in range(12):
    lines += [f"  - name: Stage {s + 1}", "    touchpoints:"]
    for t in range(200 // 12 + (1 if s < 200 % 12 else 0)):
        lines.append(f"      - {{id: s{s}-t{t}, name: Touchpoint {s}.{t} with a longer name, score: {random.randint(1, 5)}}}")
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# hyperfine (Debian's package) when it is installed: median of 30 runs after 3 warm-ups, to 0.1 ms; else GNU time,
# median of 5 runs, to its 10 ms steps.
if command -v hyperfine >/dev/null 2>&1; then
    how='median of 30 runs after 3 warm-ups (hyperfine '"$(hyperfine --version | awk '{print $2}')"', `-N`: no shell)'
    time_ms() {   # command… → median wall ms
        hyperfine -N --warmup 3 --runs 30 --export-json "$work/h.json" "$(printf '%q ' "$@")" >/dev/null 2>&1
        python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"] * 1000))' "$work/h.json"
    }
else
    how="median of 5 runs, wall time from GNU time (10 ms resolution)"
    time_ms() {   # command… → median wall ms of 5 runs
        for _ in 1 2 3 4 5; do
            /usr/bin/time -f "%e" "$@" >/dev/null 2>>"$work/t" || true
            tail -1 "$work/t"
        done | awk '{print $1 * 1000}' | median
    }
fi
render_ms=$(time_ms "$bin" render "$work/j200.yaml" -o "$work/j200.svg")
help_ms=$(time_ms "$bin" --help)
section=$(cat <<MD
<!-- render-bench: written by bench/render_bench.sh -->
## Render and start-up

\`bench/render_bench.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores), release build with the Swift runtime linked in (as
\`make install\` builds it): $how.

| command | median (ms) | target |
|---|---|---|
| \`journeymap render\` of a 200-touchpoint journey (wide SVG) | $render_ms | ≤ 100 |
| \`journeymap --help\` | $help_ms | ≤ 20 |
<!-- /render-bench -->
MD
)
python3 - "$section" <<'PY'
import re, sys
path = "BENCHMARKS.md"
text = open(path).read()
new = sys.argv[1]
if "<!-- render-bench" in text:
    text = re.sub(r"<!-- render-bench.*?<!-- /render-bench -->", new, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + new + "\n"
open(path, "w").write(text)
PY
echo "render: ${render_ms} ms, --help: ${help_ms} ms"
