#!/usr/bin/env python3
"""Python peers for bench/run, each computing per-touchpoint n, mean, median, sd, top-2 and bottom-2 box (the
1-7 scale's 6-7 and 1-2) of every rating column of the survey export (columns 3 onwards: overall, recommend,
tp01..tp20), printing them.

    python3 bench/peers.py pandas|polars|duckdb|csv FILE.csv
"""
import sys

tool, path = sys.argv[1], sys.argv[2]
if tool == "pandas":
    import pandas as pd
    df = pd.read_csv(path).iloc[:, 2:]
    out = df.agg(["count", "mean", "median", "std"]).T
    out["t2b"] = (df >= 6).sum() / df.count()
    out["b2b"] = (df <= 2).sum() / df.count()
    print(out.to_string())
elif tool == "polars":
    import polars as pl
    df = pl.read_csv(path)
    cols = df.columns[2:]
    exprs = []
    for c in cols:
        x = pl.col(c)
        exprs += [x.count().alias(c + ":n"), x.mean().alias(c + ":mean"), x.median().alias(c + ":median"),
                  x.std().alias(c + ":sd"), ((x >= 6).sum() / x.count()).alias(c + ":t2b"),
                  ((x <= 2).sum() / x.count()).alias(c + ":b2b")]
    print(df.select(exprs))
elif tool == "duckdb":
    import duckdb
    con = duckdb.connect()
    names = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_csv_auto('{path}')").fetchall()][2:]
    parts = []
    for c in names:
        q = f'"{c}"'
        parts += [f"count({q})", f"avg({q})", f"median({q})", f"stddev_samp({q})",
                  f"sum(CASE WHEN {q} >= 6 THEN 1 ELSE 0 END) / count({q})", f"sum(CASE WHEN {q} <= 2 THEN 1 ELSE 0 END) / count({q})"]
    print(con.execute(f"SELECT {', '.join(parts)} FROM read_csv_auto('{path}')").fetchall())
elif tool == "csv":
    import csv
    import math
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)[2:]
        hist = [[0] * 16 for _ in header]
        for row in reader:
            for j, cell in enumerate(row[2:]):
                if cell:
                    hist[j][int(cell)] += 1
    for name, h in zip(header, hist):
        n = sum(h)
        mean = sum(v * c for v, c in enumerate(h)) / n
        sd = math.sqrt(sum(c * (v - mean) ** 2 for v, c in enumerate(h)) / (n - 1))
        run, a, b, va, vb = 0, (n - 1) // 2, n // 2, None, None
        for v, c in enumerate(h):
            run += c
            if va is None and run > a: va = v
            if vb is None and run > b: vb = v
        print(name, n, mean, (va + vb) / 2, sd, sum(h[6:8]) / n, sum(h[1:3]) / n)
else:
    sys.exit("unknown peer " + tool)
