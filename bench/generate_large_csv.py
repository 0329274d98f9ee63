#!/usr/bin/env python3
"""Generates the import benchmark input: a plain wide CSV of N respondents x 20 touchpoints (default 1,000,000
rows, about 50 MB) and a journey binding it, in bench/data/ (git-ignored; never commit generated data).

    python3 bench/generate_large_csv.py [--rows N] [--seed S]
    swift build -c release --static-swift-stdlib
    /usr/bin/time -v .build/release/journeymap import bench/data/large.csv --journey bench/data/large.yaml \
        -o bench/data/large.responses.csv --force

Columns: ResponseId (R_0000001 …), 20 ratings tp01 … tp20 on 1–7 with about 8% missing (empty cells).
Deterministic for a given seed.
"""
import argparse
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=20260903)
    parser.add_argument("--out", default=os.path.join(HERE, "data"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    touchpoints = [f"tp{i:02d}" for i in range(1, 21)]
    # Precompute a pool of row bodies so generation is fast; rows still vary by the pool index and id.
    pool = []
    for _ in range(4096):
        cells = []
        for _ in touchpoints:
            cells.append("" if rng.random() < 0.08 else str(rng.randint(1, 7)))
        pool.append(",".join(cells))
    with open(os.path.join(args.out, "large.csv"), "w", newline="") as f:
        f.write("ResponseId," + ",".join(touchpoints) + "\n")
        lines = []
        for i in range(args.rows):
            lines.append(f"R_{i + 1:07d},{pool[rng.randrange(4096)]}\n")
            if len(lines) == 10000:
                f.write("".join(lines))
                lines = []
        f.write("".join(lines))
    with open(os.path.join(args.out, "large.yaml"), "w") as f:
        f.write("title: Import benchmark\nlanguage: en\nscale: {min: 1, max: 7}\nsurvey:\n  respondent: ResponseId\nstages:\n")
        for s in range(4):
            f.write(f"  - name: Stage {s + 1}\n    touchpoints:\n")
            for t in touchpoints[s * 5:(s + 1) * 5]:
                f.write(f"      - {{id: {t}, name: Touchpoint {t[2:]}}}\n")
    print("wrote", os.path.join(args.out, "large.csv"), "and large.yaml")


if __name__ == "__main__":
    main()
