/// The template texts (kept apart from `StarterTemplate` because they are long).
///
/// Each text is a complete, commented journey (format version 1, Docs/JourneyFormat.md) that validates
/// as written; SampleJourneysTests parses every template in every language.
enum StarterTemplateTexts {
    static func text(_ template: StarterTemplate, _ language: JourneyLanguage) -> String {
        switch (template, language) {
        case (.onboarding, .zh): return onboardingZH
        case (.onboarding, .en): return onboardingEN
        case (.dayInTheLife, .zh): return dayInTheLifeZH
        case (.dayInTheLife, .en): return dayInTheLifeEN
        case (.escalation, .zh): return escalationZH
        case (.escalation, .en): return escalationEN
        case (.qualityCoaching, .zh): return qualityCoachingZH
        case (.qualityCoaching, .en): return qualityCoachingEN
        case (.schedulingPeak, .zh): return schedulingPeakZH
        case (.schedulingPeak, .en): return schedulingPeakEN
        }
    }

    // MARK: - Onboarding

    static let onboardingZH = """
        # journeymap 旅程文件（格式版本 1），完整说明见 Docs/JourneyFormat.md
        # 改完后运行：journeymap validate <本文件>
        version: 1                       # 格式版本，目前只有 1
        title: 新员工入职旅程             # 必填：地图顶部的标题
        persona: 一线客服专员 · 入职 0–3 个月   # 可选：这是谁的旅程
        language: zh                     # 图上生成文字的语言：zh 或 en（不写则按内容猜）
        scale: {min: 1, max: 5}          # 打分量表（默认 1–5，中间值 3 = 一般）

        stages:                          # 必填：按时间顺序排列的阶段
          - id: day-one                  # 可选：阶段 id（小写字母、数字、- 和 _）；不写则由名称生成
            name: 入职第一天              # 必填：阶段名称
            touchpoints:                 # 必填：本阶段的触点，至少一个
              - id: welcome              # 必填：触点 id，全旅程唯一
                name: 报到与欢迎          # 必填：卡片上显示的名称
                actors: [HR, 班组长]      # 可选：涉及的人或角色
                channel: 面对面           # 可选：发生在哪里（系统、电话、面对面……）
                score: 4                 # 可选：工作坊估分，在 scale 范围内；不写表示还没打分
                importance: 3            # 可选：重要性 1–5
              - id: account-setup
                name: 开通系统账号
                score: 2
                importance: 4
                wish: 5                  # 可选：理想状态有多想要（用于找痒点），同 scale
                quotes:                  # 可选：员工原话
                  - 第一天什么系统都登不上。
                actions:                 # 可选：共创出的改进行动
                  - title: 入职前把账号批量开好   # 必填：做什么
                    owner: IT 服务台              # 可选：负责人
                    due: 2027-01-31               # 可选：截止日期 YYYY-MM-DD
                    impact: 3                     # 可选：影响 1（低）– 3（高）
                    effort: 2                     # 可选：投入 1（低）– 3（高）
                    votes: 5                      # 可选：工作坊投票数

          - id: training
            name: 培训期
            touchpoints:
              - id: product-training
                name: 产品与政策培训
              - id: first-exam
                name: 上岗考试
                mot: true                # 可选：团队认定的关键时刻（MOT），默认 false

          - id: go-live
            name: 独立上线
            touchpoints:
              - id: first-live-call
                name: 第一次独立接听来电
              - id: probation-review
                name: 转正面谈

        """

    static let onboardingEN = """
        # journeymap journey file (format version 1); every key is described in Docs/JourneyFormat.md
        # After editing, run: journeymap validate <this file>
        version: 1                       # format version; only 1 exists
        title: New starter onboarding    # required: the title at the top of the map
        persona: Front-line agent, first 90 days   # optional: whose journey this is
        language: en                     # language of generated labels: zh or en (guessed when absent)
        scale: {min: 1, max: 5}          # rating scale for scores (default 1–5, neutral 3)

        stages:                          # required: stages in time order
          - id: first-day                # optional stage id (lowercase letters, digits, - and _); derived from the name when absent
            name: First day              # required: stage name
            touchpoints:                 # required: the stage's touchpoints, at least one
              - id: welcome              # required: touchpoint id, unique in the journey
                name: Welcome and desk   # required: the name on the map card
                actors: [HR, Team lead]  # optional: people or roles involved
                channel: Face to face    # optional: where it happens (system, phone, face to face …)
                score: 4                 # optional: workshop estimate on the scale; leave out when not rated yet
                importance: 3            # optional: importance 1–5
              - id: account-setup
                name: System accounts ready
                score: 2
                importance: 4
                wish: 5                  # optional: how much they want the ideal version (finds itch points), same scale
                quotes:                  # optional: what employees said, verbatim
                  - "I couldn't log in to anything on day one."
                actions:                 # optional: co-created improvement actions
                  - title: Create all accounts before the start date   # required: what to do
                    owner: IT helpdesk                                 # optional: who owns it
                    due: 2027-01-31                                    # optional: due date, YYYY-MM-DD
                    impact: 3                                          # optional: impact 1 (low) – 3 (high)
                    effort: 2                                          # optional: effort 1 (low) – 3 (high)
                    votes: 5                                           # optional: workshop votes

          - id: training
            name: Training
            touchpoints:
              - id: product-training
                name: Product and policy training
              - id: first-exam
                name: Certification exam
                mot: true                # optional: a moment of truth the team declared (default false)

          - id: go-live
            name: Going live
            touchpoints:
              - id: first-live-call
                name: First live call
              - id: probation-review
                name: End-of-probation review

        """

    // MARK: - Day in the life

    static let dayInTheLifeZH = """
        # journeymap 旅程文件（格式版本 1），完整说明见 Docs/JourneyFormat.md
        # 改完后运行：journeymap validate <本文件>
        version: 1                       # 格式版本，目前只有 1
        title: 一线客服的一天             # 必填：地图顶部的标题
        persona: 一线客服专员 · 电话与工单 · 早班   # 可选：这是谁的旅程
        language: zh                     # 图上生成文字的语言：zh 或 en
        scale: {min: 1, max: 5}          # 打分量表（默认 1–5，中间值 3 = 一般）

        stages:                          # 必填：按时间顺序排列的阶段
          - id: start-of-shift           # 可选：阶段 id；不写则由名称生成
            name: 上班开工                # 必填：阶段名称
            touchpoints:                 # 必填：本阶段的触点
              - id: log-in               # 必填：触点 id（小写字母、数字、- 和 _），全旅程唯一
                name: 登录六个系统        # 必填：卡片上显示的名称
                channel: 电脑             # 可选：发生在哪里
                score: 2                 # 可选：工作坊估分（1–5）；不写表示还没打分
                importance: 3            # 可选：重要性 1–5
                wish: 4                  # 可选：理想状态有多想要（用于找痒点）
                actions:                 # 可选：共创出的改进行动
                  - title: 六个系统统一单点登录   # 必填：做什么
                    owner: IT 服务台              # 可选：负责人
                    due: 2027-03-31               # 可选：截止日期 YYYY-MM-DD
                    impact: 3                     # 可选：影响 1–3
                    effort: 3                     # 可选：投入 1–3
                    votes: 8                      # 可选：投票数
              - id: team-huddle
                name: 班前会
                actors: [班组长, 同事]    # 可选：涉及的人或角色

          - id: peak-hours
            name: 话务高峰
            touchpoints:
              - id: inbound-calls
                name: 连续接听来电
                score: 3
              - id: abusive-caller
                name: 遇到辱骂客户
                mot: true                # 可选：关键时刻（MOT），默认 false
                quotes:                  # 可选：员工原话
                  - 他骂了九分钟，我不知道能不能挂电话。

          - id: end-of-shift
            name: 下班交接
            touchpoints:
              - id: handover
                name: 交接未结工单
              - id: leave-on-time
                name: 准点下班

        """

    static let dayInTheLifeEN = """
        # journeymap journey file (format version 1); every key is described in Docs/JourneyFormat.md
        # After editing, run: journeymap validate <this file>
        version: 1                       # format version; only 1 exists
        title: A day on the phones       # required: the title at the top of the map
        persona: Front-line agent, voice and tickets, early shift   # optional: whose journey this is
        language: en                     # language of generated labels: zh or en
        scale: {min: 1, max: 5}          # rating scale for scores (default 1–5, neutral 3)

        stages:                          # required: stages in time order
          - id: start-of-shift           # optional stage id; derived from the name when absent
            name: Start of shift         # required: stage name
            touchpoints:                 # required: the stage's touchpoints
              - id: log-in               # required: touchpoint id (lowercase letters, digits, - and _), unique
                name: Log in to six systems   # required: the name on the map card
                channel: Desktop         # optional: where it happens
                score: 2                 # optional: workshop estimate (1–5); leave out when not rated yet
                importance: 3            # optional: importance 1–5
                wish: 4                  # optional: how much they want the ideal version (finds itch points)
                actions:                 # optional: co-created improvement actions
                  - title: Single sign-on for the agent tools   # required: what to do
                    owner: IT helpdesk                          # optional: who owns it
                    due: 2027-03-31                             # optional: due date, YYYY-MM-DD
                    impact: 3                                   # optional: impact 1–3
                    effort: 3                                   # optional: effort 1–3
                    votes: 8                                    # optional: workshop votes
              - id: team-huddle
                name: Morning huddle
                actors: [Team lead, Agents]   # optional: people or roles involved

          - id: peak-hours
            name: Peak hours
            touchpoints:
              - id: inbound-calls
                name: Back-to-back calls
                score: 3
              - id: abusive-caller
                name: Handle an abusive caller
                mot: true                # optional: a moment of truth (default false)
                quotes:                  # optional: what employees said, verbatim
                  - "He swore at me for nine minutes. Was I allowed to hang up?"

          - id: end-of-shift
            name: End of shift
            touchpoints:
              - id: handover
                name: Hand over open cases
              - id: leave-on-time
                name: Leave on time

        """

    // MARK: - Escalation

    static let escalationZH = """
        # journeymap 旅程文件（格式版本 1），完整说明见 Docs/JourneyFormat.md
        # 改完后运行：journeymap validate <本文件>
        version: 1                       # 格式版本，目前只有 1
        title: 投诉升级与赔偿审批         # 必填：地图顶部的标题
        persona: 一线客服专员 · 投诉专席  # 可选：这是谁的旅程
        language: zh                     # 图上生成文字的语言：zh 或 en
        scale: {min: 1, max: 5}          # 打分量表（默认 1–5，中间值 3 = 一般）

        stages:                          # 必填：按时间顺序排列的阶段
          - id: intake                   # 可选：阶段 id；不写则由名称生成
            name: 受理投诉                # 必填：阶段名称
            touchpoints:                 # 必填：本阶段的触点
              - id: receive-complaint    # 必填：触点 id（小写字母、数字、- 和 _），全旅程唯一
                name: 接到紧急投诉        # 必填：卡片上显示的名称
                actors: [客服, 客户]      # 可选：涉及的人或角色
                channel: 电话             # 可选：发生在哪里
                mot: true                # 可选：关键时刻（MOT），默认 false
                score: 2                 # 可选：工作坊估分（1–5）；不写表示还没打分
                importance: 5            # 可选：重要性 1–5
              - id: fill-request
                name: 填写赔偿申请单

          - id: approval
            name: 逐级审批
            touchpoints:
              - id: wait-for-approval
                name: 等主管审批
                score: 1
                importance: 5
                quotes:                  # 可选：员工原话
                  - 客户每两小时来一次电话，我每两小时刷一次邮箱。
                actions:                 # 可选：共创出的改进行动
                  - title: 每级审批 4 小时时限，超时自动提醒   # 必填：做什么
                    owner: 区域运营经理                        # 可选：负责人
                    due: 2027-01-31                            # 可选：截止日期 YYYY-MM-DD
                    impact: 3                                  # 可选：影响 1–3
                    effort: 2                                  # 可选：投入 1–3
                    votes: 10                                  # 可选：投票数
              - id: re-explain
                name: 向下一位审批人重新解释
                wish: 4                  # 可选：理想状态有多想要（用于找痒点）

          - id: close
            name: 结案
            touchpoints:
              - id: customer-accepts
                name: 客户接受方案
              - id: case-review
                name: 结案复盘

        """

    static let escalationEN = """
        # journeymap journey file (format version 1); every key is described in Docs/JourneyFormat.md
        # After editing, run: journeymap validate <this file>
        version: 1                       # format version; only 1 exists
        title: Complaint escalation and compensation approval   # required: the title at the top of the map
        persona: Front-line agent, complaints desk   # optional: whose journey this is
        language: en                     # language of generated labels: zh or en
        scale: {min: 1, max: 5}          # rating scale for scores (default 1–5, neutral 3)

        stages:                          # required: stages in time order
          - id: intake                   # optional stage id; derived from the name when absent
            name: Intake                 # required: stage name
            touchpoints:                 # required: the stage's touchpoints
              - id: receive-complaint    # required: touchpoint id (lowercase letters, digits, - and _), unique
                name: Urgent complaint comes in   # required: the name on the map card
                actors: [Agent, Customer]   # optional: people or roles involved
                channel: Phone           # optional: where it happens
                mot: true                # optional: a moment of truth (default false)
                score: 2                 # optional: workshop estimate (1–5); leave out when not rated yet
                importance: 5            # optional: importance 1–5
              - id: fill-request
                name: Fill in the compensation form

          - id: approval
            name: Approval chain
            touchpoints:
              - id: wait-for-approval
                name: Wait for the supervisor
                score: 1
                importance: 5
                quotes:                  # optional: what employees said, verbatim
                  - "The customer calls every two hours; I refresh my inbox every two hours."
                actions:                 # optional: co-created improvement actions
                  - title: Four-hour limit per approval step, with automatic reminders   # required: what to do
                    owner: Regional operations manager                                 # optional: who owns it
                    due: 2027-01-31                                                    # optional: due date, YYYY-MM-DD
                    impact: 3                                                          # optional: impact 1–3
                    effort: 2                                                          # optional: effort 1–3
                    votes: 10                                                          # optional: workshop votes
              - id: re-explain
                name: Explain the case again to the next approver
                wish: 4                  # optional: how much they want the ideal version (finds itch points)

          - id: close
            name: Close
            touchpoints:
              - id: customer-accepts
                name: Customer accepts the offer
              - id: case-review
                name: Case review

        """
}
