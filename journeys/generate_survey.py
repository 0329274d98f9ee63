#!/usr/bin/env python3
"""Generate journeys/onboarding-90-days.survey.csv: a synthetic onboarding pulse survey.

Stdlib only; a fixed seed makes the output byte-identical on every run:

    python3 journeys/generate_survey.py            # rewrites the CSV next to this script
    python3 journeys/generate_survey.py OUT.csv    # writes elsewhere (scripts/check-samples.sh)

The data are invented. No real person is in them; the identifying columns use reserved
example values (example.invalid e-mail addresses, TEST-NET IP addresses) so that the
importer's anonymizer has something to drop.

File: UTF-8 with BOM, one header row, CRLF line ends, one row per respondent (260 rows),
RFC 4180 quoting (a few comments contain commas, double quotes or a line break).

Columns, in order:
  ResponseId   respondent id, R_0001 … R_0260 (journey: survey.respondent)
  Name         fake full name (identifying: to be dropped on import)
  Email        fake e-mail at example.invalid (identifying: to be dropped)
  IPAddress    fake IP address from the documentation ranges (identifying: to be dropped)
  tenure       segment: months since joining, 0-1个月 / 1-2个月 / 2-3个月
  team         segment: 电话一组 / 电话二组 / 在线客服组 / VIP专席组 (VIP专席组 has 4 people,
               below the anonymity threshold of 5, so it must be suppressed)
  Q3_1…Q3_15   experience rating of touchpoint 1…15 in journey order, 1–7 (7 = excellent,
               4 = neutral); empty = not experienced or skipped. Short-tenure respondents have
               not reached the later touchpoints yet, so those are mostly empty for them.
  Q4_k         stated importance of touchpoint k, 1–5, asked for k in 1 2 4 5 6 8 9 10 11 12 13 15
  Q5_k         "how much would you want the ideal version", 1–7, for k in 5 9 12
  Q6_k         free-text comment (Chinese), mostly empty, for k in 2 11 15
  Q10          overall retrospective rating of the first months, 1–7. Generated from the
               respondent's peak (the rated touchpoint farthest from neutral 4, the negative one
               on a tie) and end (the last touchpoint they rated) plus a little of the mean and
               noise (sd 0.9), so the peak-end rule holds: R = 4 + 0.85 * (peak + end) / 2 + 0.15 * mean + e, rounded, clipped to 1–7
  Q11          eNPS item "how likely would you recommend working here", 0–10, 1.55 * (Q10 − 1) + 1.2 + e (sd 1.2), clipped

Touchpoints (journeys/onboarding-90-days.yaml), k = 1…15:
   1 welcome            2 account-setup     3 work-groups       4 product-training
   5 system-training    6 script-exam       7 shadow-listening  8 mentor-feedback
   9 mock-call         10 first-live-call  11 first-complaint  12 kb-search
  13 qa-first-score    14 peer-support     15 probation-review
"""

import csv
import os
import random
import sys

SEED = 20261022
RESPONDENTS = 260

# (id, mean rating 1–7, spread, month it happens, mean importance 1–5 or None, mean wish 1–7 or None)
TOUCHPOINTS = [
    ("welcome",          5.3, 0.9, 0.0, 3.0, None),
    ("account-setup",    2.6, 1.1, 0.0, 4.3, None),
    ("work-groups",      3.4, 1.0, 0.1, None, None),
    ("product-training", 4.3, 0.9, 0.2, 3.8, None),
    ("system-training",  3.6, 1.0, 0.3, 4.2, 6.1),
    ("script-exam",      3.5, 1.2, 0.6, 4.4, None),
    ("shadow-listening", 5.0, 0.9, 0.8, None, None),
    ("mentor-feedback",  6.2, 0.8, 0.9, 4.6, None),
    ("mock-call",        4.4, 0.9, 1.0, 3.6, 6.0),
    ("first-live-call",  3.0, 1.1, 1.2, 4.8, None),
    ("first-complaint",  2.2, 1.3, 1.5, 4.7, None),
    ("kb-search",        3.6, 1.0, 1.4, 4.3, 6.5),
    ("qa-first-score",   3.4, 1.1, 1.7, 3.9, None),
    ("peer-support",     5.6, 0.9, 1.6, None, None),
    ("probation-review", 5.5, 1.0, 2.25, 4.5, None),
]
COMMENTED = [2, 11, 15]  # touchpoint numbers with a comment column

# Team sizes add up to RESPONDENTS; VIP专席组 is deliberately below the anonymity minimum of 5.
TEAMS = [("电话一组", 96), ("电话二组", 88), ("在线客服组", 72), ("VIP专席组", 4)]
TENURES = [("0-1个月", 60, 0.15, 1.0), ("1-2个月", 80, 1.0, 2.0), ("2-3个月", 120, 2.0, 3.0)]

# Team effects on single touchpoints (rating points): chat agents find the ticket tool harder but
# the first live contact easier; team two's mentors are stretched; the VIP desk is small and happy.
TEAM_EFFECT = {
    "在线客服组": {"system-training": -0.8, "first-live-call": 0.7, "first-complaint": 0.5, "kb-search": -0.4},
    "电话二组": {"mentor-feedback": -0.9, "shadow-listening": -0.4, "peer-support": -0.3},
    "VIP专席组": {tp[0]: 0.4 for tp in TOUCHPOINTS},
}

SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
GIVEN = ["示例", "样本", "测试", "虚构", "假名"]

COMMENTS = {
    2: {
        "low": [
            "第一天账号一个都没开通，只能坐着看纸质手册。",
            "IT说要走三个审批，等了两天才登上工单系统",
            "软电话账号第三天才开，跟岗时只能借师傅的耳机。",
            "能不能入职前就把账号开好？6个系统6个密码，还要90天改一次",
            "账号开了，权限不对, 知识库只能看不能搜",
        ],
        "mid": ["账号第二天基本都开好了，就是密码规则太复杂。", "还行，组长帮忙催了IT"],
        "high": ["账号当天就开好了，挺顺利。", "IT小哥很耐心，一次性都配好了"],
    },
    11: {
        "low": [
            "客户骂了十分钟，我不知道能不能挂电话，也没人告诉我可以转给组长。",
            "被投诉之后被叫去写情况说明，感觉是在追责不是在帮我。",
            "组长说\"先道歉再解释\", 但系统里没有补偿选项，只能干着急",
            "挂完电话手还在抖。\n希望上线前能多练练这种情况。",
            "客户投诉了我，质检扣了分，可我是按话术说的",
            "那天连着两个投诉，下班都不想回来了",
        ],
        "mid": ["有点崩溃，还好师傅在旁边", "组长接过去了，但事后没人跟我复盘"],
        "high": ["被投诉之后组长第一时间来安慰我，这点很暖", "组长陪我听了录音，告诉我哪句话可以换个说法，收获很大"],
    },
    15: {
        "low": ["转正面谈就十分钟，基本是念一遍考核分数。", "答辩问的都是没培训过的东西"],
        "mid": ["流程清楚，就是等结果等了一周", "还可以，希望多聊聊以后的发展"],
        "high": [
            "主管把我三个月的进步曲线拿出来，我才知道自己成长了这么多",
            "面谈时组长当着主管夸了我，值了",
            "知道了技能等级怎么升，很有盼头",
        ],
    },
}


def clip_round(value, low, high):
    """Round half to even (Python's round) and clip to the scale."""
    return max(low, min(high, int(round(value))))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "onboarding-90-days.survey.csv")
    rng = random.Random(SEED)

    teams = [name for name, count in TEAMS for _ in range(count)]
    tenures = [(name, low, high) for name, count, low, high in TENURES for _ in range(count)]
    rng.shuffle(teams)
    rng.shuffle(tenures)

    importance_ks = [k for k, tp in enumerate(TOUCHPOINTS, 1) if tp[4] is not None]
    wish_ks = [k for k, tp in enumerate(TOUCHPOINTS, 1) if tp[5] is not None]
    header = (["ResponseId", "Name", "Email", "IPAddress", "tenure", "team"]
              + [f"Q3_{k}" for k in range(1, len(TOUCHPOINTS) + 1)]
              + [f"Q4_{k}" for k in importance_ks]
              + [f"Q5_{k}" for k in wish_ks]
              + [f"Q6_{k}" for k in COMMENTED]
              + ["Q10", "Q11"])

    rows = []
    for index in range(RESPONDENTS):
        number = index + 1
        team = teams[index]
        tenure, low, high = tenures[index]
        months = rng.uniform(low, high)
        bias = rng.gauss(0, 0.5)          # this person's general mood
        diligence = rng.random()          # how patiently they fill in the survey
        effects = TEAM_EFFECT.get(team, {})

        ratings, importance, wish, comments = {}, {}, {}, {}
        for k, (tp_id, mean, spread, month, imp_mean, wish_mean) in enumerate(TOUCHPOINTS, 1):
            experienced = months >= month + rng.uniform(-0.15, 0.15)
            skipped = rng.random() < 0.02 + 0.004 * k + 0.05 * (diligence < 0.15)
            if not experienced or skipped:
                continue
            ratings[k] = clip_round(mean + bias + effects.get(tp_id, 0.0) + rng.gauss(0, spread), 1, 7)
            if imp_mean is not None and rng.random() > 0.05:
                importance[k] = clip_round(imp_mean + rng.gauss(0, 0.7), 1, 5)
            if wish_mean is not None and rng.random() > 0.08:
                wish[k] = clip_round(max(wish_mean, ratings[k]) + rng.gauss(0, 0.7), 1, 7)
            if k in COMMENTED and rng.random() < 0.22:
                band = "low" if ratings[k] <= 3 else ("mid" if ratings[k] <= 5 else "high")
                comments[k] = rng.choice(COMMENTS[k][band])

        overall = recommend = ""
        if ratings and rng.random() > 0.03:
            centred = [ratings[k] - 4 for k in sorted(ratings)]
            peak = max(centred, key=lambda v: (abs(v), v < 0))
            end = centred[-1]
            mean = sum(centred) / len(centred)
            raw = 4 + 0.85 * (peak + end) / 2 + 0.15 * mean + rng.gauss(0, 0.9)
            overall = clip_round(raw, 1, 7)
            if rng.random() > 0.03:
                recommend = clip_round(1.55 * (overall - 1) + 1.2 + rng.gauss(0, 1.2), 0, 10)

        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + f"{number:03d}"
        email = f"agent{number:04d}@example.invalid"
        net = ["192.0.2", "198.51.100", "203.0.113"][number % 3]
        ip = f"{net}.{rng.randint(1, 254)}"
        row = ([f"R_{number:04d}", name, email, ip, tenure, team]
               + [ratings.get(k, "") for k in range(1, len(TOUCHPOINTS) + 1)]
               + [importance.get(k, "") for k in importance_ks]
               + [wish.get(k, "") for k in wish_ks]
               + [comments.get(k, "") for k in COMMENTED]
               + [overall, recommend])
        rows.append(row)

    with open(out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
