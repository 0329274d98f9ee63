#!/usr/bin/env python3
"""The reference the import benchmark is held against: pandas read_csv plus per-column statistics on the file
bench/generate_large_csv.py writes. Needs pandas (pip install pandas); not a runtime dependency of journeymap.

    python3 bench/pandas_baseline.py [bench/data/large.csv]
"""
import sys
import time

import pandas as pd

path = sys.argv[1] if len(sys.argv) > 1 else "bench/data/large.csv"
start = time.perf_counter()
frame = pd.read_csv(path)
stats = frame.iloc[:, 1:].agg(["count", "mean", "median", "std"])
print("pandas read_csv + per-column stats: %.2f s (%d rows)" % (time.perf_counter() - start, len(frame)))
