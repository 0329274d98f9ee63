import Foundation
import Testing

/// Issue 14, "The user's language": every command speaks Chinese or English — `--lang zh|en`, else `LC_ALL`,
/// `LC_MESSAGES`, `LANG` — while the `error:`/`warning:` tokens stay as editors parse them.
@Suite struct LanguageCLITests {
    static let sample = "journeys/onboarding-90-days.yaml"
    static let zh: [String: String?] = ["LANG": "zh_CN.UTF-8"]
    static let en: [String: String?] = ["LANG": "en_US.UTF-8"]

    static func badJourney() throws -> String {
        let path = CommandRunner.temporaryDirectory().appendingPathComponent("bad.yaml").path
        try "title: x\nstages:\n  - name: a\n    touchpoints:\n      - {id: b, name: b, score: 9}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    // MARK: - Choosing the language

    @Test func validateErrorFollowsLANG() throws {
        let path = try Self.badJourney()
        let zh = try CommandRunner.run(["validate", path], environment: Self.zh)
        #expect(zh.status == 65)
        #expect(zh.standardError == "\(path):5:33: error: score 9 超出 1–5 量表；请用 1 到 5 之间的值\n")
        let en = try CommandRunner.run(["validate", path], environment: Self.en)
        #expect(en.standardError == "\(path):5:33: error: score 9 is outside the 1–5 scale; use a value from 1 to 5\n")
    }

    @Test func langOptionBeatsTheLocaleAndLCALLBeatsLANG() throws {
        let path = try Self.badJourney()
        #expect(try CommandRunner.run(["validate", "--lang", "zh", path], environment: Self.en).standardError.contains("超出 1–5 量表"))
        #expect(try CommandRunner.run(["validate", path, "--lang", "en"], environment: Self.zh).standardError.contains("is outside the 1–5 scale"))
        #expect(try CommandRunner.run(["--lang", "zh", "validate", path], environment: Self.en).standardError.contains("超出 1–5 量表"))
        #expect(try CommandRunner.run(["validate", path], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"])
            .standardError.contains("is outside the 1–5 scale"))
        #expect(try CommandRunner.run(["validate", path], environment: ["LANG": "C", "LC_MESSAGES": "zh_TW.UTF-8"])
            .standardError.contains("超出 1–5 量表"))
        #expect(try CommandRunner.run(["validate", path], environment: ["LANG": nil]).standardError.contains("is outside the 1–5 scale"))
    }

    @Test func validateSuccessAndMissingFile() throws {
        let ok = try CommandRunner.run(["validate", Self.sample], environment: Self.zh)
        #expect(ok.standardOutput == "\(Self.sample): 通过（5 个阶段，15 个触点）\n")
        #expect(try CommandRunner.run(["validate", Self.sample], environment: Self.en).standardOutput
            == "\(Self.sample): ok (5 stages, 15 touchpoints)\n")
        let missing = try CommandRunner.run(["validate", "no-such.yaml"], environment: Self.zh)
        #expect(missing.status == 66)
        #expect(missing.standardError == "no-such.yaml: error: 文件不存在\n")
    }

    // MARK: - Usage errors, unknown commands and help

    @Test func usageErrorsInBothLanguages() throws {
        let zh = try CommandRunner.run(["analyze", Self.sample, "--min-group", "2"], environment: Self.zh)
        #expect(zh.status == 64)
        #expect(zh.standardError.contains("--min-group 2 太小；请用 3 或更大的值（默认 5）"))
        let en = try CommandRunner.run(["analyze", Self.sample, "--min-group", "2"], environment: Self.en)
        #expect(en.status == 64)
        #expect(en.standardError.contains("--min-group 2 is too small; use 3 or more (the default is 5)"))
        let encoding = try CommandRunner.run(["import", "x.csv", "--journey", Self.sample, "--encoding", "latin9"], environment: Self.zh)
        #expect(encoding.status == 64)
        #expect(encoding.standardError.contains("未知的 --encoding \"latin9\""))
    }

    @Test func unknownCommandInBothLanguages() throws {
        let zh = try CommandRunner.run(["rendr", Self.sample], environment: Self.zh)
        #expect(zh.status == 64)
        #expect(zh.standardError.hasPrefix("error: 没有 'rendr' 这个命令；是不是想用 'render'？\n命令："))
        let en = try CommandRunner.run(["rendr", Self.sample], environment: Self.en)
        #expect(en.standardError.hasPrefix("error: unknown command 'rendr'; did you mean 'render'?\ncommands: "))
    }

    @Test func helpInChinese() throws {
        let root = try CommandRunner.run(["--help"], environment: Self.zh)
        #expect(root.status == 0)
        #expect(root.standardOutput.contains("OVERVIEW: 绘制员工的工作旅程"))
        #expect(root.standardOutput.contains("退出码：0 成功"))
        #expect(root.standardOutput.contains("分析旅程：痛点/爽点/痒点"))
        let analyze = try CommandRunner.run(["analyze", "--help"], environment: Self.zh)
        #expect(analyze.standardOutput.contains("匿名门槛：报告的最小分组人数（3 或更多）"))
        #expect(!analyze.standardOutput.contains("Anonymity minimum"))
        for command in ["validate", "init", "show", "render", "import"] {
            let help = try CommandRunner.run([command, "--help"], environment: Self.en)
            let zhHelp = try CommandRunner.run([command, "--help", "--lang", "zh"], environment: Self.en)
            #expect(help.status == 0 && zhHelp.status == 0)
            #expect(help.standardOutput != zhHelp.standardOutput, "\(command)")
            #expect(zhHelp.standardOutput.contains("--lang"), "\(command) accepts --lang")
        }
        let english = try CommandRunner.run(["analyze", "--help"], environment: Self.en)
        #expect(english.standardOutput.contains("Anonymity minimum: smallest group"))
    }

    // MARK: - init, import, analyze, render

    @Test func initSummaryAndRefusal() throws {
        let path = CommandRunner.temporaryDirectory().appendingPathComponent("team.yaml").path
        let wrote = try CommandRunner.run(["init", path], environment: Self.zh)
        #expect(wrote.status == 0)
        #expect(wrote.standardOutput == "已写入 \(path)（onboarding，zh）；编辑后运行：journeymap validate \(path)\n")
        let again = try CommandRunner.run(["init", path], environment: Self.zh)
        #expect(again.status == 73)
        #expect(again.standardError == "\(path): error: 无法写入：文件已存在；请换一个路径，或加 --force 覆盖\n")
        let english = try CommandRunner.run(["init", path, "--lang", "en", "--force"], environment: Self.zh)
        #expect(english.standardOutput.hasPrefix("wrote \(path) (onboarding, en); edit it"))
    }

    static func importFiles(rows: String) throws -> (export: String, journey: String, output: String) {
        let directory = CommandRunner.temporaryDirectory()
        let journey = directory.appendingPathComponent("j.yaml").path
        try "title: T\nstages:\n  - name: S\n    touchpoints:\n      - {id: offer, name: Offer}\n      - {id: call, name: Call}\n"
            .write(toFile: journey, atomically: true, encoding: .utf8)
        let export = directory.appendingPathComponent("e.csv").path
        try ("offer\n" + rows).write(toFile: export, atomically: true, encoding: .utf8)
        return (export, journey, directory.appendingPathComponent("r.csv").path)
    }

    @Test func importErrorInBothLanguages() throws {
        let files = try Self.importFiles(rows: "")
        let zh = try CommandRunner.run(["import", files.export, "--journey", files.journey, "-o", files.output], environment: Self.zh)
        #expect(zh.status == 65)
        #expect(zh.standardError == "\(files.export): error: 导出文件只有表头，没有数据行；没有写入任何文件\n")
        let en = try CommandRunner.run(["import", files.export, "--journey", files.journey, "-o", files.output], environment: Self.en)
        #expect(en.standardError == "\(files.export): error: the export has header rows but no data rows; nothing was written\n")
    }

    @Test func importRowProblemAndSummaryInBothLanguages() throws {
        let files = try Self.importFiles(rows: "4\n9\n5\n")
        let zh = try CommandRunner.run(["import", files.export, "--journey", files.journey, "-o", files.output, "--max-bad-rows", "1"],
                                       environment: Self.zh)
        #expect(zh.status == 0, "\(zh.standardError)")
        #expect(zh.standardError.contains("e.csv: 第 3 行，列 \"offer\": error: 值 \"9\" 不在 1–5 量表上；已排除"))
        #expect(zh.standardOutput.hasPrefix("已导入 \(files.export) → \(files.output)\n"))
        #expect(zh.standardOutput.contains("  行数：    读取 3，保留 3"))
        #expect(zh.standardOutput.contains("未绑定的触点（没有对应的列；用 `survey: {score: …}` 绑定）：call (Call)"))
        #expect(zh.standardOutput.contains("  隐私：    受访者顺序已打乱"))
        let en = try CommandRunner.run(["import", files.export, "--journey", files.journey, "-o", files.output, "--max-bad-rows", "1",
                                        "--force"], environment: Self.en)
        #expect(en.standardError.contains("e.csv: row 3, column \"offer\": error: value \"9\" is not on the 1–5 scale; excluded"))
        #expect(en.standardOutput.contains("  rows:      3 read, 3 kept"))
    }

    @Test func anonymityRefusalInBothLanguagesNeverGivesASize() throws {
        func refusal(_ value: String, _ environment: [String: String?]) throws -> String {
            let result = try CommandRunner.run(["analyze", Self.sample, "--where", "team=\(value)"], environment: environment)
            #expect(result.status == 64)
            return result.standardError.replacingOccurrences(of: value, with: "X")
        }
        let small = try refusal("VIP专席组", Self.zh)                  // 4 people
        #expect(small.hasPrefix("error: --where team=X 不予报告：该分组少于 5 人，或者报告它会让另一个不足 5 人的小群体从其他结果中被推算出来（匿名门槛 5）"))
        #expect(try refusal("在线客服组", Self.zh) == small)            // hidden so the 4 cannot be worked out
        #expect(try refusal("不存在的组", Self.zh) == small)            // nobody
        #expect(!small.contains("4") && !small.contains("72"))
        let english = try refusal("VIP专席组", Self.en)
        #expect(english.hasPrefix("error: --where team=X is not reported: it holds fewer than 5 respondents"))
        #expect(try refusal("不存在的组", Self.en) == english)
    }

    @Test func suppressedGroupSaysWhyWithoutItsSize() throws {
        let zh = try CommandRunner.run(["analyze", Self.sample, "--by", "team"], environment: Self.en)
        #expect(zh.status == 0, "\(zh.standardError)")
        #expect(zh.standardOutput.contains("VIP专席组：不单独显示（人数少于 5，或为了不让另一个小群体被推算出来）\n"))
        #expect(zh.standardOutput.contains("在线客服组：不单独显示（人数少于 5，或为了不让另一个小群体被推算出来）\n"))
        let en = try CommandRunner.run(["analyze", Self.sample, "--by", "team", "--lang", "en"], environment: Self.zh)
        #expect(en.standardOutput.contains("VIP专席组: not shown (fewer than 5 people, or hidden so that another small group cannot be worked out)\n"))
        let higher = try CommandRunner.run(["analyze", Self.sample, "--by", "team", "--min-group", "6", "--lang", "en"])
        #expect(higher.standardOutput.contains("VIP专席组: not shown (fewer than 6 people,"))
    }

    @Test func renderWarningAndSummaryInBothLanguages() throws {
        let directory = CommandRunner.temporaryDirectory()
        let journey = directory.appendingPathComponent("big.yaml").path
        var yaml = "title: 大旅程\nstages:\n"
        for s in 0..<8 {
            yaml += "  - name: 阶段\(s)\n    touchpoints:\n"
            for t in 0..<8 { yaml += "      - {id: t\(s)-\(t), name: 触点名称\(t), score: 3}\n" }
        }
        try yaml.write(toFile: journey, atomically: true, encoding: .utf8)
        let svg = directory.appendingPathComponent("big.svg").path
        let zh = try CommandRunner.run(["render", journey, "--size", "slide", "-o", svg], environment: Self.zh)
        #expect(zh.status == 0, "\(zh.standardError)")
        // 64 touchpoints on a slide become a stage curve at the slide's minimums: no warning is needed
        #expect(zh.standardError.isEmpty)
        #expect(zh.standardOutput.hasPrefix("\(svg)：64 个触点，工作坊估分，"))
        let en = try CommandRunner.run(["render", journey, "--size", "slide", "-o", svg], environment: Self.en)
        #expect(en.standardError.isEmpty)
        #expect(en.standardOutput.hasPrefix("\(svg): 64 touchpoints, workshop estimate, "))
        let refused = try CommandRunner.run(["render", Self.sample, "-o", "x.yaml"], environment: Self.zh)
        #expect(refused.status == 64)
        #expect(refused.standardError == "x.yaml: error: 无法写入：此命令不能写 .yaml 文件；可写 .svg、.png、.pdf、.mmd\n")
    }

    @Test func renderAndImportRefusalsInChinese() throws {
        let png = CommandRunner.temporaryDirectory().appendingPathComponent("x.png").path
        let render = try CommandRunner.run(["render", Self.sample, "-o", png], environment: ["LANG": "zh_CN.UTF-8", "PATH": "/nonexistent"])
        #expect(render.status == 73)
        #expect(render.standardError.hasPrefix("\(png): error: PNG 输出需要 rsvg-convert，但它不在 PATH 中"))
        let fixtures = "Tests/Fixtures/import/"
        let output = CommandRunner.temporaryDirectory().appendingPathComponent("z.csv").path
        let bomb = try CommandRunner.run(["import", fixtures + "hostile-zip-bomb.xlsx", "--journey", fixtures + "workshop.journey.yaml",
                                          "-o", output], environment: Self.zh)
        #expect(bomb.status == 65)
        #expect(bomb.standardError.contains("error: 压缩包条目 \"xl/worksheets/sheet1.xml\" 的压缩比为"))
        #expect(bomb.standardError.contains("已拒绝（压缩炸弹？）"))
    }
}
