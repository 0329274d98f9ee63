#!/usr/bin/env python3
"""Turns bench/run's raw results (one tab-separated line per run: size, tool, wall s, user+sys s, peak RSS KB)
into the Markdown tables of BENCHMARKS.md: medians per tool and size, ratios, the scaling table.

    python3 bench/report.py bench/data/results.tsv bench/data
"""
import collections, os, statistics, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    size, tool, wall, cpu, rss = line.rstrip("\n").split("\t")
    rows[(int(size), tool)].append((float(wall), float(cpu), int(rss)))
med = {k: (statistics.median(w for w, _, _ in v), statistics.median(c for _, c, _ in v), max(r for _, _, r in v), len(v))
       for k, v in rows.items()}
sizes = sorted({s for s, _ in med})
order = ["wc -l", "cat", "C peer (export)", "C peer (normalized)", "journeymap import", "journeymap analyze",
         "journeymap import + analyze", "journeymap render", "pandas", "polars", "DuckDB", "Python csv"]
out = []
for s in sizes:
    if (s, "journeymap import") in med and (s, "journeymap analyze") in med:
        i, a = med[(s, "journeymap import")], med[(s, "journeymap analyze")]
        med[(s, "journeymap import + analyze")] = (i[0] + a[0], i[1] + a[1], max(i[2], a[2]), min(i[3], a[3]))
    mb = os.path.getsize(os.path.join(sys.argv[2], f"survey-{s}.csv")) / 1e6
    ours = med.get((s, "journeymap import + analyze"))
    out.append(f"### {s:,} respondents ({mb:.1f} MB export)\n")
    out.append("| tool | wall (s) | user+sys (s) | peak RSS (MB) | journeymap import + analyze is … faster (wall) |")
    out.append("|---|---|---|---|---|")
    for tool in order:
        if (s, tool) not in med: continue
        w, c, r, n = med[(s, tool)]
        ratio = f"{w / ours[0]:.2f}×" if ours and tool in ("pandas", "polars", "DuckDB", "Python csv") else ""
        out.append(f"| {tool} | {w:.3f} | {c:.3f} | {r / 1024:.0f} | {ratio} |")
    ci = med.get((s, "C peer (export)")); cn = med.get((s, "C peer (normalized)"))
    imp = med.get((s, "journeymap import")); ana = med.get((s, "journeymap analyze"))
    if ci and cn and imp and ana:
        # GNU time reports wall time in 10 ms steps: a peer that finishes within five steps has no meaningful ratio
        # (0.19 s against a peer's 0.01 s reads as 19×, against 0.014 s it would be 14×).
        def times(what, a, b, where, target):
            if b < 0.05:
                return f"{what}: no ratio (the C peer took under 50 ms on {where}, five of GNU time's 10 ms steps)"
            return f"{what} is {a / b:.2f}× the C peer's wall time on {where} (target ≤ {target})"
        out.append(f"\n{times('Import', imp[0], ci[0], 'the export', '2×')}; "
                   f"{times('analyze', ana[0], cn[0], 'the normalized file', '3×')}.\n")
out.append("### Scaling (journeymap, per 10× respondents)\n")
out.append("| respondents | import (s) | import RSS (MB) | analyze (s) | analyze RSS (MB) | render (s) | render RSS (MB) |")
out.append("|---|---|---|---|---|---|---|")
for s in sizes:
    cells = []
    for tool in ("journeymap import", "journeymap analyze", "journeymap render"):
        w, _, r, _ = med.get((s, tool), (0, 0, 0, 0))
        cells += [f"{w:.3f}", f"{r / 1024:.0f}"]
    out.append(f"| {s:,} | " + " | ".join(cells) + " |")
print("\n".join(out))
