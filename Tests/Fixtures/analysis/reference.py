#!/usr/bin/env python3
"""Independent reference numbers for Tests/JourneyAnalysisTests.

Needs: Python 3.9+, numpy, scipy, pandas and statsmodels (`pip install numpy scipy pandas statsmodels`).
Python is a development tool here, never a runtime dependency of journeymap.

    python3 Tests/Fixtures/analysis/reference.py            # regenerate the CSVs and print every expected value
    python3 Tests/Fixtures/analysis/reference.py --check    # fail if a regenerated CSV differs from the committed one

It (1) generates the synthetic survey CSVs in this folder from fixed seeds, (2) recomputes every statistic the
Swift tests check with numpy / scipy / statsmodels — written from METHODS.md, not from the Swift code —
and prints them; the tests paste these numbers with a note. The output is committed as reference-output.txt.
"""
import itertools
import math
import os
import sys

import numpy as np
import pandas as pd
import scipy.stats as st
import scipy.special as sp
import statsmodels.api as sm

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICT = {}
Z = st.norm.ppf(0.975)


def out(name, value):
    if isinstance(value, (list, tuple, np.ndarray)):
        print(f"{name} = [" + ", ".join(fmt(v) for v in value) + "]")
    else:
        print(f"{name} = {fmt(value)}")


def fmt(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "nil"
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, str):
        return '"' + v + '"'
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(fmt(x) for x in v) + "]"
    return repr(float(v))


def wilson(k, n, z=Z):
    c = k + z * z / 2
    h = z * math.sqrt(k * (n - k) / n + z * z / 4)
    return (max(0.0, (c - h) / (n + z * z)), min(1.0, (c + h) / (n + z * z)))


# ---------------------------------------------------------------- 1. primitives
def primitives():
    print("## primitives")
    x1 = np.array([1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 2], float)
    x2 = np.array([4, 5, 5, 3, 4, 4, 5, 2, 1, 4, 5], float)
    for name, x in (("x1", x1), ("x2", x2)):
        out(f"{name}.mean", x.mean())
        out(f"{name}.sd", x.std(ddof=1))
        out(f"{name}.median", np.median(x))
        out(f"{name}.q1", np.percentile(x, 25))   # numpy default = Hyndman & Fan type 7
        out(f"{name}.q3", np.percentile(x, 75))
        lo, hi = st.t.interval(0.95, len(x) - 1, loc=x.mean(), scale=x.std(ddof=1) / math.sqrt(len(x)))
        out(f"{name}.tci", [lo, hi])
    y = np.array([3, 1, 2, 5, 4, 4, 2, 1, 5, 3, 3, 4], float)
    out("pearson(x1,y)", np.corrcoef(x1, y)[0, 1])
    out("spearman(x1,y)", st.spearmanr(x1, y).statistic)
    r = np.corrcoef(x1, y)[0, 1]
    out("pearsonP(x1,y)", st.pearsonr(x1, y).pvalue)
    for k, n in ((7, 23), (0, 10), (10, 10), (1, 5)):
        out(f"wilson({k},{n})", wilson(k, n))
    out("z975", Z)
    for p in (0.975, 0.01, 0.3, 1e-10):
        out(f"normalQuantile({p})", st.norm.ppf(p))
    for df in (5, 29, 100):
        out(f"tQuantile(0.975,{df})", st.t.ppf(0.975, df))
    out("tCDF(-1.3,7)", st.t.cdf(-1.3, 7))
    out("betainc(0.3,2.5,4)", sp.betainc(2.5, 4.0, 0.3))
    out("betainc(0.9,0.5,30)", sp.betainc(0.5, 30.0, 0.9))
    out("fSurvival(3.2,2,40)", st.f.sf(3.2, 2, 40))
    out("fSurvival(0.4,6,193)", st.f.sf(0.4, 6, 193))


# ---------------------------------------------------------------- 2. data generation
def clip_round(a, lo, hi):
    return np.clip(np.rint(a), lo, hi).astype(int)


def gen_drivers():
    """n = 80 respondents, six touchpoints t1..t6 (1–5, ~8% missing), importance for t1..t3, wish for t4..t6,
    Kano pairs for t2 and t5, overall (1–5), enps (0–10), team and tenure segments."""
    rng = np.random.default_rng(20240501)
    n, T = 80, 6
    base = rng.normal(0, 0.7, n)
    means = np.array([3.6, 2.4, 3.1, 3.9, 2.9, 3.4])
    x = clip_round(means + base[:, None] + rng.normal(0, 1.0, (n, T)), 1, 5).astype(float)
    missing = rng.random((n, T)) < 0.08
    x[missing] = np.nan
    df = pd.DataFrame({f"t{j+1}": x[:, j] for j in range(T)})
    w = np.array([0.15, 0.45, 0.1, 0.2, 0.35, 0.05])
    filled = np.where(np.isnan(x), 3.0, x)
    overall = clip_round(0.4 + filled @ w + rng.normal(0, 0.6, n), 1, 5).astype(float)
    overall[rng.random(n) < 0.05] = np.nan
    df["overall"] = overall
    enps = clip_round(2.2 * (filled.mean(axis=1) - 3) + 7 + rng.normal(0, 1.6, n), 0, 10).astype(float)
    enps[rng.random(n) < 0.05] = np.nan
    df["enps"] = enps
    for j in range(3):
        df[f"imp{j+1}"] = clip_round(rng.normal([4.2, 4.6, 2.8][j], 0.8, n), 1, 5)
    for j in range(3, 6):
        df[f"wish{j+1}"] = clip_round(np.where(np.isnan(x[:, j]), 4.5, x[:, j]) + rng.normal([1.6, 0.5, 0.4][j - 3], 0.7, n), 1, 5)
    # Kano: t2 mostly must-be, t5 mostly attractive (answers 1 Like, 2 Must-be, 3 Neutral, 4 Live-with, 5 Dislike)
    f2 = rng.choice([1, 2, 3, 4, 5], n, p=[0.25, 0.35, 0.3, 0.05, 0.05])
    d2 = rng.choice([1, 2, 3, 4, 5], n, p=[0.03, 0.05, 0.12, 0.15, 0.65])
    f5 = rng.choice([1, 2, 3, 4, 5], n, p=[0.7, 0.1, 0.15, 0.03, 0.02])
    d5 = rng.choice([1, 2, 3, 4, 5], n, p=[0.05, 0.1, 0.5, 0.25, 0.1])
    df["kf2"], df["kd2"], df["kf5"], df["kd5"] = f2, d2, f5, d5
    team = np.array(["A"] * 40 + ["B"] * 25 + ["C"] * 12 + ["D"] * 3)
    rng.shuffle(team)
    df["team"] = team
    df["tenure"] = rng.choice(["<1y", "1-3y", ">3y"], n, p=[0.5, 0.3, 0.2])
    return df


def gen_world(kind, seed):
    """n = 200, eight touchpoints (1–5, ~10% missing); overall follows PE (kind 'peakend') or the mean ('mean')."""
    rng = np.random.default_rng(seed)
    n, T = 200, 8
    base = rng.normal(0, 0.6, n)
    x = clip_round(3 + base[:, None] + rng.normal(0, 1.1, (n, T)), 1, 5).astype(float)
    x[rng.random((n, T)) < 0.10] = np.nan
    feats = [features(row, 3.0) for row in x]
    pe = np.array([f["pe"] if f else 0.0 for f in feats])
    mean = np.array([f["mean"] if f else 0.0 for f in feats])
    noise = rng.normal(0, 0.5, n)
    signal = pe if kind == "peakend" else 1.4 * mean
    overall = clip_round(3 + signal + noise, 1, 5).astype(float)
    df = pd.DataFrame({f"t{j+1}": x[:, j] for j in range(T)})
    df["overall"] = overall
    return df


def gen_escalation():
    """n = 240, thirteen touchpoints e1..e13 of an escalation (1–5), no importance or wish items. Designed gaps:
    an escalation stops after a random number of steps (a later step is only lived by those who got that far)
    and 6% of lived steps are skipped, so only about a tenth of respondents rated every step."""
    rng = np.random.default_rng(20261201)
    n, T = 240, 13
    base = rng.normal(0, 0.6, n)
    means = np.array([2.6, 2.4, 2.0, 3.9, 2.8, 2.2, 3.1, 2.5, 3.4, 2.3, 2.9, 3.6, 3.2])
    x = clip_round(means + base[:, None] + rng.normal(0, 1.0, (n, T)), 1, 5).astype(float)
    reach = rng.choice(np.arange(4, T + 1), n, p=np.r_[np.full(9, 0.72 / 9), 0.28])
    for i in range(n):
        x[i, reach[i]:] = np.nan
    x[rng.random((n, T)) < 0.06] = np.nan
    df = pd.DataFrame({f"e{j+1}": x[:, j] for j in range(T)})
    w = np.array([0.05, 0.1, 0.3, 0.05, 0.05, 0.25, 0.05, 0.05, 0.1, 0.2, 0.05, 0.05, 0.15])
    filled = np.where(np.isnan(x), np.nanmean(x, axis=1)[:, None], x)
    overall = clip_round(3 + (filled - 3) @ w + rng.normal(0, 0.6, n), 1, 5).astype(float)
    overall[rng.random(n) < 0.05] = np.nan
    df["overall"] = overall
    return df


def gen_gaps():
    """n = 180 in three groups of 60 that each rated two of three touchpoints g1..g3 (1–5): g1 and g2 agree in
    group 1, g2 and g3 in group 2, g1 and g3 disagree in group 3 — a pairwise correlation matrix that is not
    positive semidefinite by design. Everyone rated the overall item."""
    rng = np.random.default_rng(20261202)
    rows = []
    for group in range(3):
        for _ in range(60):
            z = rng.normal(0, 1)
            a, b = z + rng.normal(0, 0.35), z + rng.normal(0, 0.35)
            if group == 2:
                b = -b
            y = 0.6 * a + 0.3 * b + rng.normal(0, 0.5) if group != 1 else 0.5 * a + 0.5 * b + rng.normal(0, 0.5)
            v = [np.nan] * 3
            pair = [(0, 1), (1, 2), (0, 2)][group]
            v[pair[0]], v[pair[1]] = a, b
            rows.append([np.nan if np.isnan(t) else float(np.clip(np.rint(3 + 1.1 * t), 1, 5)) for t in v]
                        + [float(np.clip(np.rint(3 + 1.1 * y), 1, 5))])
    return pd.DataFrame(rows, columns=["g1", "g2", "g3", "overall"])


ESCALATION_NAMES = ["接到紧急投诉", "查赔偿政策", "填写申请单", "班组长签字", "转交区域主管", "等待主管回复", "技术支持核实",
                    "补充故障证明", "法务合规审查", "等待法务意见", "最终审批", "通知客户结果", "结案回访"]


def write_escalation_survey(df, check):
    """escalation.yaml + escalation.responses.csv: escalation.csv as a journey with a normalized responses file
    (format version 1), no importance or wish items and no workshop fields — for `journeymap analyze`."""
    y = ["# Generated by reference.py from escalation.csv: 13 escalation steps, a survey without importance or wish items.",
         "version: 1", "title: 投诉升级（问卷没有重要性题）", "language: zh", "survey:", "  respondent: rid",
         "  overall: overall", "stages:", "  - id: all", "    name: 升级", "    touchpoints:"]
    for j, name in enumerate(ESCALATION_NAMES):
        y += [f"      - id: e{j+1}", f"        name: {name}", f"        survey: {{score: e{j+1}}}"]
    cols = ["respondent", "overall[1..5]"] + [f"score:e{j+1}[1..5]" for j in range(13)]
    lines = ["journeymap-responses,1", ",".join(cols)]
    for i, r in df.iterrows():
        cell = lambda v: "" if np.isnan(v) else str(int(v))
        lines.append(",".join([str(i + 1), cell(r["overall"])] + [cell(r[f"e{j+1}"]) for j in range(13)]))
    for name, text in (("escalation.yaml", "\n".join(y) + "\n"), ("escalation.responses.csv", "\n".join(lines) + "\n")):
        path = os.path.join(HERE, name)
        if check:
            with open(path) as f:
                if f.read() != text:
                    sys.exit(f"{name} differs from the committed file")
        else:
            with open(path, "w") as f:
                f.write(text)


def write_csv(df, name, check):
    path = os.path.join(HERE, name)
    text = df.to_csv(index=False, float_format="%.0f", lineterminator="\n")
    if check:
        with open(path) as f:
            if f.read() != text:
                sys.exit(f"{name} differs from the committed file")
    else:
        with open(path, "w") as f:
            f.write(text)


# ---------------------------------------------------------------- 3. METHODS.md re-implementations
def features(row, c):
    """§1.2 per-respondent features from one row of ratings (nan = not experienced); None below 3 rated."""
    pos = np.flatnonzero(~np.isnan(row))
    if len(pos) < 3:
        return None
    v = row[pos] - c
    peak = None
    for value in v:  # max |v|, tie -> the negative one
        if peak is None or abs(value) > abs(peak) or (abs(value) == abs(peak) and value < peak):
            peak = value
    slope = np.polyfit(pos + 1.0, v, 1)[0]
    return dict(peak=peak, best=v.max(), worst=v.min(), end=v[-1], mean=v.mean(), first=v[0], trend=slope,
                duration=float(len(pos)), pe=(peak + v[-1]) / 2, pos=pos, v=v)


def ols(y, cols):
    """Standardized OLS with statsmodels; constant predictors dropped."""
    z = lambda a: (a - a.mean()) / a.std(ddof=1)
    keep = [c for c in cols if c.std(ddof=1) > 0]
    X = sm.add_constant(np.column_stack([z(c) for c in keep])) if keep else np.ones((len(y), 1))
    return sm.OLS(z(y), X).fit()


def likert(x, lo=1, hi=5):
    x = x[~np.isnan(x)]
    n = len(x)
    t2b = np.sum(x >= hi - 1)
    b2b = np.sum(x <= lo + 1)
    return dict(n=n, mean=x.mean(), sd=x.std(ddof=1), median=np.median(x), q1=np.percentile(x, 25),
                q3=np.percentile(x, 75), t2b=t2b / n, b2b=b2b / n, t2bci=wilson(t2b, n), b2bci=wilson(b2b, n),
                dist=[int(np.sum(x == k)) for k in range(lo, hi + 1)],
                tci=st.t.interval(0.95, n - 1, loc=x.mean(), scale=x.std(ddof=1) / math.sqrt(n)))


def r2_subset(y, X, subset):
    if not subset:
        return 0.0
    A = np.column_stack([np.ones(len(y))] + [X[:, j] for j in subset])
    beta, *_ = np.linalg.lstsq(A, y, rcond=None)
    resid = y - A @ beta
    return 1 - resid @ resid / np.sum((y - y.mean()) ** 2)


def shapley_of(r2_of, p):
    """Shapley/LMG shares of R² over p predictors, by brute force over every subset (formula 14); r2_of(subset) → R²."""
    r2 = {s: r2_of(s) for k in range(p + 1) for s in itertools.combinations(range(p), k)}
    phi = np.zeros(p)
    for j in range(p):
        others = [i for i in range(p) if i != j]
        for k in range(p):
            for s in itertools.combinations(others, k):
                wgt = math.factorial(k) * math.factorial(p - k - 1) / math.factorial(p)
                phi[j] += wgt * (r2[tuple(sorted(s + (j,)))] - r2[s])
    return phi, r2[tuple(range(p))]


def shapley(y, X):
    return shapley_of(lambda s: r2_subset(y, X, list(s)), X.shape[1])


def relative_weights(y, X):
    R = np.corrcoef(X, rowvar=False)
    rxy = np.array([np.corrcoef(X[:, j], y)[0, 1] for j in range(X.shape[1])])
    vals, vecs = np.linalg.eigh(R)
    lam = vecs @ np.diag(np.sqrt(vals)) @ vecs.T
    beta = np.linalg.solve(lam, rxy)
    return (lam ** 2) @ (beta ** 2)


KANO = {  # row = functional answer, column = dysfunctional answer (METHODS.md §3.2)
    1: "QAAAO", 2: "RIIIM", 3: "RIIIM", 4: "RIIIM", 5: "RRRRQ"}


def kano(f, d):
    cats = [KANO[int(a)][int(b) - 1] for a, b in zip(f, d) if not (np.isnan(a) or np.isnan(b))]
    counts = {k: cats.count(k) for k in "AOMIRQ"}
    A, O, M, I = counts["A"], counts["O"], counts["M"], counts["I"]
    better = (A + O) / (A + O + M + I)
    worse = -(O + M) / (A + O + M + I)
    order = sorted("MOAIRQ", key=lambda k: -counts[k])  # stable: ties keep M > O > A > I > R > Q
    top, second = order[0], order[1]
    if abs(counts[top] - counts[second]) <= 0.05 * len(cats):
        top = min(top, second, key="MOAIRQ".index)
    return counts, better, worse, top


def enps(x):
    x = x[~np.isnan(x)]
    n = len(x)
    p, d = np.mean(x >= 9), np.mean(x <= 6)
    score = 100 * (p - d)
    se = 100 * math.sqrt((p + d - (p - d) ** 2) / n)
    return n, score, (max(-100, score - Z * se), min(100, score + Z * se))


# ---------------------------------------------------------------- 3b. available-case drivers (METHODS.md §2.2, revised)
def pairwise_corr(M):
    """Pearson r of every pair of columns over the rows where both are present (pandas' pairwise-complete
    DataFrame.corr); pair counts beside it."""
    df = pd.DataFrame(M)
    R = df.corr(method="pearson", min_periods=1).to_numpy()
    ok = ~np.isnan(M)
    N = ok.T.astype(int) @ ok.astype(int)
    R = np.where(np.isnan(R), 0.0, R)
    np.fill_diagonal(R, 1.0)
    return R, N


def higham(A, floor=0.0, tol=1e-14, max_iter=10000):
    """Higham (2002, IMA J. Numer. Anal. 22:329–343) nearest correlation matrix: alternating projections onto
    {eigenvalues >= floor} and {unit diagonal} with Dykstra's correction (unit weights)."""
    Y = A.copy()
    dS = np.zeros_like(A)
    for _ in range(max_iter):
        R = Y - dS
        vals, vecs = np.linalg.eigh(R)
        X = vecs @ np.diag(np.maximum(vals, floor)) @ vecs.T
        X = (X + X.T) / 2
        dS = X - R
        Ynew = X.copy()
        np.fill_diagonal(Ynew, 1.0)
        if np.linalg.norm(Ynew - X) <= tol * max(1.0, np.linalg.norm(Ynew)) and np.linalg.norm(Ynew - Y) <= tol * max(1.0, np.linalg.norm(Ynew)):
            Y = Ynew
            break
        Y = Ynew
    return Y


def lmg_from_corr(C):
    """LMG/Shapley from a joint correlation matrix (predictors first, outcome last): R²(S) = r_Sy' R_SS^-1 r_Sy."""
    p = C.shape[0] - 1
    Rxx, rxy = C[:p, :p], C[:p, p]
    def r2(s):
        if not s:
            return 0.0
        s = list(s)
        return float(rxy[s] @ np.linalg.solve(Rxx[np.ix_(s, s)], rxy[s]))
    return shapley_of(r2, p)


def rw_from_corr(C):
    p = C.shape[0] - 1
    Rxx, rxy = C[:p, :p], C[:p, p]
    vals, vecs = np.linalg.eigh(Rxx)
    lam = vecs @ np.diag(np.sqrt(vals)) @ vecs.T
    beta = np.linalg.solve(lam, rxy)
    return (lam ** 2) @ (beta ** 2)


def prca_available(x, y, lo, hi):
    """Penalty-reward for one touchpoint on the respondents who rated it and the outcome: statsmodels OLS of
    y on 1 + low dummy + high dummy."""
    ok = ~np.isnan(x) & ~np.isnan(y)
    xs, ys = x[ok], y[ok]
    D = np.column_stack([(xs <= lo).astype(float), (xs >= hi).astype(float)])
    fit = sm.OLS(ys, sm.add_constant(D)).fit()
    return fit.params[1], fit.params[2], int(ok.sum())


def available_report(tag, X, y, lo, hi):
    M = np.column_stack([X, y])
    C, N = pairwise_corr(M)
    p = X.shape[1]
    out(f"{tag}.available.minPairs", int(N.min()))
    out(f"{tag}.available.outcomePairs", [int(N[j, p]) for j in range(p)])
    out(f"{tag}.available.minEigenvalue", float(np.linalg.eigvalsh(C).min()))
    if np.linalg.eigvalsh(C).min() < 0:
        C = higham(C, floor=0.01)
        out(f"{tag}.available.repaired", C[np.triu_indices(p + 1, 1)])
        out(f"{tag}.available.repairedMinEigenvalue", float(np.linalg.eigvalsh(C).min()))
    phi, r2 = lmg_from_corr(C)
    out(f"{tag}.available.shapley", phi)
    out(f"{tag}.available.r2", r2)
    out(f"{tag}.available.relativeWeights", rw_from_corr(C))
    pens, rews = [], []
    for j in range(p):
        a, b, n = prca_available(X[:, j], y, lo, hi)
        pens.append(a); rews.append(b)
    out(f"{tag}.available.prca.penalty", pens)
    out(f"{tag}.available.prca.reward", rews)
    ok = ~np.isnan(X).any(axis=1) & ~np.isnan(y)
    out(f"{tag}.complete.n", int(ok.sum()))
    return phi, r2


# ---------------------------------------------------------------- 4. expected values on the fixtures
def drivers_report(df):
    print("## drivers.csv")
    T = 6
    X = df[[f"t{j+1}" for j in range(T)]].to_numpy(float)
    for j in range(T):
        s = likert(X[:, j])
        for key in ("n", "mean", "sd", "median", "q1", "q3", "t2b", "b2b", "t2bci", "b2bci", "dist", "tci"):
            out(f"t{j+1}.{key}", s[key])
    for j in range(3):
        out(f"t{j+1}.importanceMean", df[f"imp{j+1}"].mean())
    for j in range(3, 6):
        out(f"t{j+1}.wishMean", df[f"wish{j+1}"].mean())
    y = df["overall"].to_numpy(float)
    # pairwise screening correlations with the overall rating
    for j in range(T):
        ok = ~np.isnan(X[:, j]) & ~np.isnan(y)
        out(f"t{j+1}.pearson", np.corrcoef(X[ok, j], y[ok])[0, 1])
        out(f"t{j+1}.spearman", st.spearmanr(X[ok, j], y[ok]).statistic)
        out(f"t{j+1}.pearsonP", st.pearsonr(X[ok, j], y[ok]).pvalue)
        out(f"t{j+1}.pairN", int(ok.sum()))
    # complete cases: Shapley/LMG, relative weights, penalty-reward
    ok = ~np.isnan(X).any(axis=1) & ~np.isnan(y)
    Xc, yc = X[ok], y[ok]
    out("complete.n", int(ok.sum()))
    phi, r2 = shapley(yc, Xc)
    out("shapley", phi)
    out("shapley.r2", r2)
    out("relativeWeights", relative_weights(yc, Xc))
    dummies = []
    for j in range(T):
        dummies += [(Xc[:, j] <= 2).astype(float), (Xc[:, j] >= 4).astype(float)]
    fit = sm.OLS(yc, sm.add_constant(np.column_stack(dummies))).fit()
    out("prca.penalty", [fit.params[1 + 2 * j] for j in range(T)])
    out("prca.reward", [fit.params[2 + 2 * j] for j in range(T)])
    # peak-end (§1.2–1.4)
    fplus, fminus = peak_end_report("drivers", X, y, 3.0)
    # Kano
    kanos = {}
    for j in (2, 5):
        counts, better, worse, cat = kano(df[f"kf{j}"].to_numpy(float), df[f"kd{j}"].to_numpy(float))
        kanos[j] = (better, worse, cat)
        out(f"kano{j}.counts(AOMIRQ)", [counts[k] for k in "AOMIRQ"])
        out(f"kano{j}.better", better)
        out(f"kano{j}.worse", worse)
        out(f"kano{j}.category", cat)
    # classification (§3.3) and MOT flags (§2.2), re-implemented from METHODS.md
    sig = []
    for j in range(T):
        ok2 = ~np.isnan(X[:, j]) & ~np.isnan(y)
        sig.append(st.pearsonr(X[ok2, j], y[ok2]).pvalue < 0.05)
    sig_phi = np.array([phi[j] if sig[j] else 0.0 for j in range(T)])
    istar = []
    for j in range(T):
        if j < 3:
            istar.append((df[f"imp{j+1}"].mean() - 1) / 4)
        else:
            istar.append(sig_phi[j] / sig_phi.max())
    med_i = float(np.median(istar))
    out("istar", istar)
    out("istar.median", med_i)
    pen = np.array([fit.params[1 + 2 * j] for j in range(T)])
    rew = np.array([fit.params[2 + 2 * j] for j in range(T)])
    pen_s = np.maximum(-pen, 0) / np.maximum(-pen, 0).max()
    rew_s = np.maximum(rew, 0) / np.maximum(rew, 0).max()
    out("prca.penaltyScaled", pen_s)
    out("prca.rewardScaled", rew_s)
    classes, scores, motr = [], [], []
    for j in range(T):
        s = likert(X[:, j])
        reasons = []
        if sig[j] and phi[j] / r2 >= 1.5 / T:
            reasons.append("keyDriver")
        if max(fplus[j], fminus[j]) >= 2 / T:
            reasons.append("peakOrTrough")
        pol = 2 * min(s["t2b"], s["b2b"])
        if pol >= 0.30:
            reasons.append("polarized")
        if j == T - 1:
            reasons.append("end")
        if VERDICT["drivers"] == "average":   # the outcome follows the mean: extremes and the End flag nothing (revised)
            reasons = [r for r in reasons if r not in ("peakOrTrough", "end")]
        motr.append("+".join(reasons))
        k = kanos.get(j + 1)
        cat = k[2] if k else None
        better = k[0] if k else None
        worse = abs(k[1]) if k else None
        gap = df[f"wish{j+1}"].mean() - s["mean"] if j >= 3 else None
        low = s["b2b"] >= 0.25 or s["median"] <= 3 - 1
        matters = istar[j] >= med_i or cat in ("M", "O") or (worse is not None and worse >= 0.5)
        high = s["t2b"] >= 0.60 and s["b2b"] < 0.15
        delight = cat in ("A", "O") or (better is not None and better >= 0.5) or fplus[j] >= 2 / T
        aspir = k is None or cat == "A" or (better >= 0.5 and worse < 0.5)
        B, W = (better, worse) if k else (rew_s[j], pen_s[j])
        mot = (1.5 if reasons else 1.0) / 1.5   # formula 18 with the MOT factor folded in: 0–100 (revised)
        if low and matters:
            classes.append("pain"); scores.append(100 * istar[j] * s["b2b"] * (1 + W) / 2 * mot)
        elif high and delight:
            classes.append("pleasure"); scores.append(100 * istar[j] * s["t2b"] * B)
        elif s["median"] >= 3 and aspir and gap is not None and gap >= 1.0:   # an itch is never below neutral (revised)
            classes.append("itch"); scores.append(100 * istar[j] * B * min(gap / 4, 1))
        else:
            classes.append("neutral"); scores.append(None)
    out("mot.reasons", motr)
    out("classes", classes)
    out("classScores", scores)
    means = [likert(X[:, j])["mean"] for j in range(T)]
    ci, cp = np.mean(istar), np.mean(means)
    quad = {(True, False): "concentrateHere", (True, True): "keepUpTheGoodWork", (False, False): "lowPriority", (False, True): "possibleOverkill"}
    out("ipa", [quad[(istar[j] >= ci, means[j] >= cp)] for j in range(T)])
    n, score, ci = enps(df["enps"].to_numpy(float))
    out("enps.n", n)
    out("enps.score", score)
    out("enps.ci", ci)
    out("team.sizes(A,B,C,D)", [int((df["team"] == g).sum()) for g in "ABCD"])
    sub = df[df["team"] == "A"]
    s = likert(sub["t2"].to_numpy(float))
    out("teamA.t2.n", s["n"])
    out("teamA.t2.mean", s["mean"])
    n, score, ci = enps(sub["enps"].to_numpy(float))
    out("teamA.enps", [n, score])


def peak_end_report(tag, X, y, c):
    T = X.shape[1]
    feats = [features(row, c) for row in X]
    idx = [i for i, f in enumerate(feats) if f is not None]
    F = [feats[i] for i in idx]
    out(f"{tag}.peakEnd.eligible", len(idx))
    out(f"{tag}.peakEnd.remembered", np.mean([f["pe"] for f in F]) + c)
    out(f"{tag}.peakEnd.mean", np.mean([f["mean"] for f in F]) + c)
    out(f"{tag}.peakEnd.memoryGap", np.mean([f["pe"] - f["mean"] for f in F]))
    fplus, fminus = np.zeros(T), np.zeros(T)
    for f in F:  # ties split equally, so each respondent contributes 1 in total
        b = f["pos"][f["v"] == f["best"]]
        w = f["pos"][f["v"] == f["worst"]]
        fplus[b] += 1 / len(b)
        fminus[w] += 1 / len(w)
    out(f"{tag}.fPlus", fplus / len(F))
    out(f"{tag}.fMinus", fminus / len(F))
    shares = (fplus / len(F), fminus / len(F))
    ok = [k for k, i in enumerate(idx) if not np.isnan(y[i])]
    Y = np.array([y[idx[k]] for k in ok])
    col = lambda key: np.array([F[k][key] for k in ok])
    peak, end, mean, best, worst = col("peak"), col("end"), col("mean"), col("best"), col("worst")
    m0 = ols(Y, [mean])
    m1 = ols(Y, [(peak + end) / 2])
    m2 = ols(Y, [peak, end])
    m3 = ols(Y, [peak, end, mean, col("duration"), col("first"), col("trend")])
    mpe = ols(Y, [mean, peak, end])
    mval = ols(Y, [best, worst, end])
    out(f"{tag}.test.n", len(Y))
    for name, m in (("m0", m0), ("m1", m1), ("m2", m2), ("m3", m3), ("meanPeakEnd", mpe), ("valence", mval)):
        out(f"{tag}.{name}.r2", m.rsquared)
        out(f"{tag}.{name}.adjR2", m.rsquared_adj)
        out(f"{tag}.{name}.aic", m.aic)
    out(f"{tag}.m3.params", m3.params[1:])
    phi3, _ = shapley(Y, np.column_stack([peak, end, mean, col("duration"), col("first"), col("trend")]))
    out(f"{tag}.m3.shapley", phi3)
    out(f"{tag}.rMean", np.corrcoef(Y, mean)[0, 1])
    out(f"{tag}.rPeakEnd", np.corrcoef(Y, (peak + end) / 2)[0, 1])
    f_test = mpe.compare_f_test(m0)
    delta = mpe.rsquared - m0.rsquared
    out(f"{tag}.deltaR2", delta)
    out(f"{tag}.partialF", f_test[0])
    out(f"{tag}.pValue", f_test[1])
    f2 = delta / (1 - mpe.rsquared)
    out(f"{tag}.cohensF2", f2)
    out(f"{tag}.m0.pValue", m0.f_pvalue)
    verdict = "peakEnd" if f_test[1] < 0.05 and f2 >= 0.02 else ("average" if m0.f_pvalue < 0.05 else "inconclusive")
    out(f"{tag}.verdict", verdict)
    VERDICT[tag] = verdict
    out(f"{tag}.bestPeakDefinition", "intensity" if m2.rsquared_adj >= mval.rsquared_adj else "valence")
    return shares


def main():
    check = "--check" in sys.argv
    np.set_printoptions(precision=17)
    primitives()
    drivers = gen_drivers()
    write_csv(drivers, "drivers.csv", check)
    drivers = pd.read_csv(os.path.join(HERE, "drivers.csv"))
    drivers_report(drivers)
    for kind, seed, name in (("peakend", 7, "world-peak-end.csv"), ("mean", 11, "world-mean.csv")):
        df = gen_world(kind, seed)
        write_csv(df, name, check)
        df = pd.read_csv(os.path.join(HERE, name))
        print(f"## {name}")
        X = df[[f"t{j+1}" for j in range(8)]].to_numpy(float)
        peak_end_report(kind, X, df["overall"].to_numpy(float), 3.0)
    X = drivers[[f"t{j+1}" for j in range(6)]].to_numpy(float)
    print("## drivers.csv, available cases")
    available_report("drivers", X, drivers["overall"].to_numpy(float), 2, 4)
    for gen, name, cols in ((gen_escalation, "escalation.csv", [f"e{j+1}" for j in range(13)]),
                            (gen_gaps, "gaps.csv", ["g1", "g2", "g3"])):
        df = gen()
        write_csv(df, name, check)
        df = pd.read_csv(os.path.join(HERE, name))
        print(f"## {name}")
        available_report(name.split(".")[0], df[cols].to_numpy(float), df["overall"].to_numpy(float), 2, 4)
    write_escalation_survey(pd.read_csv(os.path.join(HERE, "escalation.csv")), check)
    print("## higham 2002 example (section 4, floor 0)")
    out("higham.example", higham(np.array([[1, 1, 0], [1, 1, 1], [0, 1, 1]], float))[np.triu_indices(3, 1)])


if __name__ == "__main__":
    main()
