#!/usr/bin/env python3
"""Generates the XLSX import benchmark input: an Excel workbook of N respondents (default 100,000) with a
submitted date-time, a team, 20 ratings tp01 … tp20 on 1–7 (~8% missing) and an occasional comment, written
by openpyxl in write_only mode, its strings then moved into the shared-strings table as Excel writes them; and
a journey binding it. In bench/data/ (git-ignored; never commit generated data). Deterministic for a seed.

    pip install openpyxl
    python3 bench/generate_large_xlsx.py [--rows N] [--seed S] [--name large]
"""
import argparse
import datetime
import os
import random
import sys
import zipfile

import openpyxl
from openpyxl.cell import WriteOnlyCell

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Tests", "Fixtures", "import"))
from make_xlsx_fixtures import share_strings  # noqa: E402  (the same Excel-style touch-up as the fixtures)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--name", default="large")
    parser.add_argument("--out", default=os.path.join(HERE, "data"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    touchpoints = [f"tp{i:02d}" for i in range(1, 21)]
    teams = ["Phone A", "Phone B", "Chat", "Email", "Back office", "Night shift"]
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Responses")
    ws.append(["ResponseId", "Submitted", "Team"] + touchpoints + ["Comment"])
    start = datetime.datetime(2026, 1, 5, 8, 0, 0)
    for i in range(args.rows):
        stamp = WriteOnlyCell(ws, value=start + datetime.timedelta(seconds=37 * i))
        stamp.number_format = "yyyy-mm-dd hh:mm:ss"
        ratings = [None if rng.random() < 0.08 else rng.randint(1, 7) for _ in touchpoints]
        comment = f"comment {i + 1}: more practice calls" if rng.random() < 0.05 else None
        ws.append([f"R_{i + 1:07d}", stamp, rng.choice(teams)] + ratings + [comment])
    path = os.path.join(args.out, f"{args.name}.xlsx")
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for entry, data in share_strings(entries):
            z.writestr(zipfile.ZipInfo(entry, date_time=(1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    with open(os.path.join(args.out, f"{args.name}-xlsx.yaml"), "w") as f:
        f.write("title: XLSX import benchmark\nlanguage: en\nscale: {min: 1, max: 7}\n"
                "survey:\n  respondent: ResponseId\n  segments: [Team]\nstages:\n")
        for s in range(4):
            f.write(f"  - name: Stage {s + 1}\n    touchpoints:\n")
            for t in touchpoints[s * 5:(s + 1) * 5]:
                f.write(f"      - id: {t}\n        name: Touchpoint {t[2:]}\n")
        f.write("        survey: {comment: Comment}\n")  # on the last touchpoint
    print("wrote", path)


if __name__ == "__main__":
    main()
