/// The starter journeys from the customer-service front line added for workshops: quality coaching (质检与辅导) and
/// scheduling around peaks (排班与高峰). Every touchpoint carries a suggested survey question (`question:`), which
/// `journeymap questions` prints as a questionnaire.
extension StarterTemplateTexts {
    // MARK: - Quality coaching

    static let qualityCoachingZH = """
        # journeymap 旅程文件（格式版本 1），完整说明见 Docs/JourneyFormat.md
        # 改完后运行：journeymap validate <本文件>；journeymap questions <本文件> 打印可贴进问卷星的问卷
        version: 1
        title: 质检与辅导                 # 必填：地图顶部的标题
        persona: 一线客服专员 · 每月被抽检 8 通录音
        language: zh
        scale: {min: 1, max: 5}          # 打分量表：1 = 非常不满意 … 5 = 非常满意

        stages:
          - id: sampling
            name: 质检抽检
            touchpoints:
              - id: call-sampled         # 必填：触点 id，全旅程唯一；导入问卷时列名与 id 相同即自动绑定
                name: 录音被抽检
                actors: [质检专员]
                score: 3
                question: 你对录音抽检的方式（抽哪些、抽多少）满意吗？   # 可选：这个触点的问卷题目
              - id: score-released
                name: 看到质检评分
                channel: 质检系统
                mot: true
                score: 2
                importance: 5
                question: 看到质检评分和扣分理由时，你觉得评分公平、说得清楚吗？

          - id: appeal
            name: 申诉与校准
            touchpoints:
              - id: file-appeal
                name: 提交质检申诉
                score: 2
                quotes:
                  - 申诉要填三张表，结果两周后才出来。
                question: 对质检结果有异议时，申诉流程方便吗？
              - id: calibration
                name: 质检校准会
                actors: [质检专员, 班组长]
                question: 质检校准会让你更清楚评分标准了吗？

          - id: coaching
            name: 辅导
            touchpoints:
              - id: one-on-one
                name: 一对一辅导
                actors: [班组长]
                mot: true
                score: 3
                importance: 4
                question: 一对一辅导时，主管是先听你怎么想，还是直接告诉你该怎么做？你对这次辅导满意吗？
              - id: practice-followup
                name: 跟进复听
                score: 4
                question: 辅导之后的跟进复听对你改进有帮助吗？

          - id: recognition
            name: 改进与认可
            touchpoints:
              - id: improvement-seen
                name: 进步被看见
                actors: [班组长, 同事]
                score: 3
                wish: 5
                question: 你的进步有没有被具体地指出和认可？

        """

    static let qualityCoachingEN = """
        # journeymap journey file (format version 1); every key is described in Docs/JourneyFormat.md
        # After editing: journeymap validate <this file>; journeymap questions <this file> prints a questionnaire
        version: 1
        title: Quality review and coaching   # required: the title at the top of the map
        persona: Front-line agent, eight calls sampled a month
        language: en
        scale: {min: 1, max: 5}          # rating scale: 1 = very dissatisfied … 5 = very satisfied

        stages:
          - id: sampling
            name: Quality sampling
            touchpoints:
              - id: call-sampled         # required: touchpoint id; a survey column with the same name binds to it
                name: A call is sampled
                actors: [QA analyst]
                score: 3
                question: How satisfied are you with how calls are sampled for review (which ones, how many)?   # optional: the survey question for this touchpoint
              - id: score-released
                name: The QA score arrives
                channel: QA system
                mot: true
                score: 2
                importance: 5
                question: When you see your QA score and the reasons for deductions, do they feel fair and clear?

          - id: appeal
            name: Appeal and calibration
            touchpoints:
              - id: file-appeal
                name: Appeal a QA score
                score: 2
                quotes:
                  - "Three forms for an appeal, and the answer takes two weeks."
                question: When you disagree with a QA result, how easy is it to appeal?
              - id: calibration
                name: Calibration session
                actors: [QA analyst, Team lead]
                question: Did the calibration session make the scoring standard clearer to you?

          - id: coaching
            name: Coaching
            touchpoints:
              - id: one-on-one
                name: One-to-one coaching
                actors: [Team lead]
                mot: true
                score: 3
                importance: 4
                question: In one-to-one coaching, did your lead ask what you think first, or tell you what to do? How satisfied were you?
              - id: practice-followup
                name: Follow-up listening
                score: 4
                question: Did the follow-up listening after coaching help you improve?

          - id: recognition
            name: Improvement and recognition
            touchpoints:
              - id: improvement-seen
                name: Progress is noticed
                actors: [Team lead, Peers]
                score: 3
                wish: 5
                question: Was your progress pointed out and recognised specifically?

        """

    // MARK: - Scheduling and peaks

    static let schedulingPeakZH = """
        # journeymap 旅程文件（格式版本 1），完整说明见 Docs/JourneyFormat.md
        # 改完后运行：journeymap validate <本文件>；journeymap questions <本文件> 打印可贴进问卷星的问卷
        version: 1
        title: 排班与话务高峰
        persona: 一线客服专员 · 大促期间
        language: zh
        scale: {min: 1, max: 5}          # 打分量表：1 = 非常不满意 … 5 = 非常满意

        stages:
          - id: roster
            name: 排班发布
            touchpoints:
              - id: roster-published
                name: 收到下周排班
                channel: 排班系统
                score: 2
                importance: 4
                quotes:
                  - 周五晚上十点才出下周的班。
                question: 你对下周排班发布的时间和方式满意吗？
              - id: shift-swap
                name: 申请调班
                actors: [班组长, 同事]
                score: 3
                question: 需要调班时，申请和找人换班方便吗？

          - id: peak-day
            name: 高峰日
            touchpoints:
              - id: queue-surge
                name: 排队量暴涨
                mot: true
                score: 1
                importance: 5
                question: 排队量暴涨时，你得到的支持（分流、增援、话术）够吗？
              - id: overtime-ask
                name: 被临时要求加班
                actors: [班组长]
                score: 2
                question: 被临时要求加班时，提前告知和补偿让你满意吗？
              - id: break-skipped
                name: 休息被取消
                score: 1
                question: 高峰期你的休息时间能得到保证吗？

          - id: recovery
            name: 高峰之后
            touchpoints:
              - id: time-off
                name: 补休与调休
                score: 3
                wish: 5
                question: 高峰之后的补休或调休安排让你满意吗？
              - id: peak-review
                name: 高峰复盘与致谢
                actors: [班组长, 运营经理]
                mot: true
                question: 高峰结束后，团队的复盘和致谢让你觉得付出被看见了吗？

        """

    static let schedulingPeakEN = """
        # journeymap journey file (format version 1); every key is described in Docs/JourneyFormat.md
        # After editing: journeymap validate <this file>; journeymap questions <this file> prints a questionnaire
        version: 1
        title: Scheduling and peak days
        persona: Front-line agent, during a sales event
        language: en
        scale: {min: 1, max: 5}          # rating scale: 1 = very dissatisfied … 5 = very satisfied

        stages:
          - id: roster
            name: Roster published
            touchpoints:
              - id: roster-published
                name: Next week's roster arrives
                channel: Workforce tool
                score: 2
                importance: 4
                quotes:
                  - "Next week's shifts come out at ten on Friday night."
                question: How satisfied are you with when and how next week's roster is published?
              - id: shift-swap
                name: Ask to swap a shift
                actors: [Team lead, Peers]
                score: 3
                question: When you need to swap a shift, how easy is it to ask and find someone?

          - id: peak-day
            name: Peak day
            touchpoints:
              - id: queue-surge
                name: The queue surges
                mot: true
                score: 1
                importance: 5
                question: When the queue surges, is the support you get (overflow, extra hands, scripts) enough?
              - id: overtime-ask
                name: Asked to stay late
                actors: [Team lead]
                score: 2
                question: When you are asked to stay late at short notice, are the notice and the compensation fair?
              - id: break-skipped
                name: Break cancelled
                score: 1
                question: Are your breaks protected on peak days?

          - id: recovery
            name: After the peak
            touchpoints:
              - id: time-off
                name: Time off in lieu
                score: 3
                wish: 5
                question: How satisfied are you with the time off after a peak?
              - id: peak-review
                name: Peak review and thanks
                actors: [Team lead, Operations manager]
                mot: true
                question: After the peak, did the team's review and thanks make your effort feel seen?

        """
}
