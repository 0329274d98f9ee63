#!/usr/bin/env python3
"""Two synthetic survey waves of journeys/onboarding-90-days.yaml with a known shift, for comparison tests.

Stdlib only, fixed seed, byte-identical output:

    python3 Tests/Fixtures/compare/generate_waves.py

writes onboarding.wave1.csv and onboarding.wave2.csv (journeymap's normalized responses format; not named *.responses.csv, which .gitignore keeps out as personal data, the header copied
from journeys/onboarding-90-days.responses.csv) next to this script. No real person is in them.

Wave 1: 150 respondents. Wave 2: 140 respondents, the same touchpoint means except the known shift
SHIFT below (rating points before rounding and clipping): account setup fixed (+1.5), the knowledge base better
(+1.0), the first complaint worse (−1.0). Every respondent rates every touchpoint (no tenure gaps), so each
touchpoint's n is the wave size. Team VIP专席组 has 4 people in each wave: below the anonymity minimum of 5.
"""

import os
import random

SEED = 20261201
HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "..", "journeys", "onboarding-90-days.responses.csv")

MEANS = {  # wave-1 mean rating 1–7 and spread, as in journeys/generate_survey.py
    "welcome": (5.3, 0.9), "account-setup": (2.6, 1.1), "work-groups": (3.4, 1.0), "product-training": (4.3, 0.9),
    "system-training": (3.6, 1.0), "script-exam": (3.5, 1.2), "shadow-listening": (5.0, 0.9),
    "mentor-feedback": (6.2, 0.8), "mock-call": (4.4, 0.9), "first-live-call": (3.0, 1.1),
    "first-complaint": (2.2, 1.3), "kb-search": (3.6, 1.0), "qa-first-score": (3.4, 1.1),
    "peer-support": (5.6, 0.9), "probation-review": (5.5, 1.0),
}
SHIFT = {"account-setup": 1.5, "kb-search": 1.0, "first-complaint": -1.0}
TEAMS = [("电话一组", 0.36), ("电话二组", 0.33), ("在线客服组", 0.31)]
TENURES = ["0-1个月", "1-2个月", "2-3个月"]


def clip_round(value, low, high):
    return max(low, min(high, int(round(value))))


def wave(rng, size, shifted):
    header_lines = open(SAMPLE, encoding="utf-8").read().split("\n")[:2]
    columns = header_lines[1].split(",")
    teams = ["VIP专席组"] * 4
    for name, share in TEAMS:
        teams += [name] * round(share * (size - 4))
    teams = (teams + [TEAMS[0][0]] * size)[:size]
    rng.shuffle(teams)
    rows = []
    for i in range(size):
        scores = {}
        row = []
        for column in columns:
            kind, _, rest = column.partition(":")
            name = rest.split("[")[0]
            if column == "respondent":
                row.append(str(i + 1))
            elif column == "segment:tenure":
                row.append(rng.choice(TENURES))
            elif column == "segment:team":
                row.append(teams[i])
            elif kind == "score":
                mean, sd = MEANS[name]
                mean += SHIFT.get(name, 0) if shifted else 0
                scores[name] = clip_round(rng.gauss(mean, sd), 1, 7)
                row.append(str(scores[name]))
            elif kind == "importance":
                row.append(str(clip_round(rng.gauss(4, 0.8), 1, 5)))
            elif kind == "wish":
                row.append(str(clip_round(rng.gauss(6, 0.7), 1, 7)))
            elif column.startswith("overall"):
                row.append("")  # filled below, once the row's scores are known
            elif column.startswith("enps"):
                row.append(str(clip_round(rng.gauss(6, 2), 0, 10)))
            else:  # comments: none
                row.append("")
        rows.append(row)
    # second pass for overall (it precedes the scores): mean of the row's scores plus noise
    score_at = [k for k, c in enumerate(columns) if c.startswith("score:")]
    overall_at = next(k for k, c in enumerate(columns) if c.startswith("overall"))
    for row in rows:
        mean = sum(int(row[k]) for k in score_at) / len(score_at)
        row[overall_at] = str(clip_round(mean + rng.gauss(0, 0.8), 1, 7))
    return "\n".join(header_lines + [",".join(r) for r in rows]) + "\n"


def main():
    rng = random.Random(SEED)
    for name, size, shifted in [("wave1", 150, False), ("wave2", 140, True)]:
        with open(os.path.join(HERE, f"onboarding.{name}.csv"), "w", encoding="utf-8", newline="") as f:
            f.write(wave(rng, size, shifted))


if __name__ == "__main__":
    main()
