#!/usr/bin/env python3
"""Seeded survey export for bench/run: N respondents with an id, a team (segment, 8 values), an overall rating
(1-7), the 0-10 recommend item (eNPS) and 20 touchpoint ratings tp01..tp20 on 1-7 with about 8% missing; each
respondent's ratings share a latent mood so the peak-end test and key drivers have something to find. Writes
DIR/survey-N.csv and DIR/journey.yaml (which binds overall, eNPS and the team segment).

    python3 bench/generate.py --rows N [--seed S] [--out DIR]
"""
import argparse
import os
import random


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rows", type=int, required=True)
    p.add_argument("--seed", type=int, default=20261201)
    p.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "data"))
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    tps = [f"tp{i:02d}" for i in range(1, 21)]
    # A pool of row bodies keeps generation fast; rows vary by pool index, team and id.
    pool = []
    for _ in range(8192):
        mood = rng.gauss(0, 1)
        cells = []
        total = 0.0
        for j in range(20):
            v = max(1, min(7, round(4 + 1.2 * mood + rng.gauss(0, 1.1) + (0.6 if j in (4, 19) else 0))))
            total += v * (3 if j in (4, 19) else 1)
            cells.append("" if rng.random() < 0.08 else str(v))
        overall = max(1, min(7, round(total / 26 + rng.gauss(0, 0.7))))
        recommend = max(0, min(10, round(5 + 2.2 * mood + rng.gauss(0, 1.5))))
        pool.append(f"{overall},{recommend}," + ",".join(cells))
    teams = [f"Team {c}" for c in "ABCDEFGH"]
    path = os.path.join(a.out, f"survey-{a.rows}.csv")
    with open(path, "w", newline="") as f:
        f.write("ResponseId,team,overall,recommend," + ",".join(tps) + "\n")
        lines = []
        for i in range(a.rows):
            lines.append(f"R_{i + 1:08d},{teams[rng.randrange(8)]},{pool[rng.randrange(8192)]}\n")
            if len(lines) == 20000:
                f.write("".join(lines))
                lines = []
        f.write("".join(lines))
    with open(os.path.join(a.out, "journey.yaml"), "w") as f:
        f.write("title: Benchmark journey\nlanguage: en\nscale: {min: 1, max: 7}\nsurvey:\n  respondent: ResponseId\n"
                "  overall: overall\n  overall_scale: {min: 1, max: 7}\n  enps: recommend\n  segments: [team]\nstages:\n")
        for s in range(4):
            f.write(f"  - name: Stage {s + 1}\n    touchpoints:\n")
            for t in tps[s * 5:(s + 1) * 5]:
                f.write(f"      - {{id: {t}, name: Touchpoint {t[2:]}}}\n")


if __name__ == "__main__":
    main()
