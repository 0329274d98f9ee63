import Foundation
import Testing

/// Forgiving input: British spelling, mistyped commands, --force on init, and the report in the reader's language.
@Suite struct ForgivingCLITests {
    static let sample = "journeys/onboarding-90-days.yaml"

    @Test func analyseIsAnAlias() throws {
        let british = try CommandRunner.run(["analyse", Self.sample, "--estimates"])
        let american = try CommandRunner.run(["analyze", Self.sample, "--estimates"])
        #expect(british.status == 0 && british.standardOutput == american.standardOutput)
    }

    @Test func aMistypedCommandGetsASuggestion() throws {
        let result = try CommandRunner.run(["rendr", Self.sample])
        #expect(result.status == 64)
        #expect(result.standardError.hasPrefix("error: unknown command 'rendr'; did you mean 'render'?"))
        let far = try CommandRunner.run(["frobnicate"])
        #expect(far.status == 64 && !far.standardError.contains("did you mean"))
        #expect(far.standardError.contains("commands: validate, init, show, render, import, analyze"))
    }

    @Test func initOverwritesOnlyWithForce() throws {
        let directory = CommandRunner.temporaryDirectory()
        let path = directory.appendingPathComponent("j.yaml").path
        try "hand-written".write(toFile: path, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run(["init", path])
        #expect(refused.status == 73 && refused.standardError.contains("pass --force"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "hand-written")
        let forced = try CommandRunner.run(["init", path, "--force", "--lang", "en"])
        #expect(forced.status == 0)
        #expect(try CommandRunner.run(["validate", path]).status == 0)
    }

    @Test func reportsAndOutlinesInTheReadersLanguage() throws {
        let english = try CommandRunner.run(["analyze", Self.sample, "--lang", "en"])
        #expect(english.status == 0 && english.standardOutput.contains("Source: survey, 260 respondents"))
        let chinese = try CommandRunner.run(["analyze", Self.sample])
        #expect(chinese.standardOutput.contains("数据来源：问卷，260 人"))
        // JSON keeps the journey's own language
        let json = try CommandRunner.run(["analyze", Self.sample, "--lang", "en", "--format", "json"])
        #expect(json.standardOutput.contains("\"language\": \"zh\""))
        let outline = try CommandRunner.run(["show", Self.sample, "--lang", "en", "--plain"])
        let zhOutline = try CommandRunner.run(["show", Self.sample, "--plain"])
        #expect(outline.status == 0 && outline.standardOutput != zhOutline.standardOutput)
    }

    @Test func helpStatesEachDefaultOnceAndCompletionsOfferValues() throws {
        for command in ["validate", "init", "show", "render", "import", "analyze"] {
            let help = try CommandRunner.run([command, "--help"]).standardOutput
            // One option's text runs from its "--name" at the start of a help line to the next one.
            let options = help.components(separatedBy: "\n  -").dropFirst()
            for option in options {
                #expect(option.components(separatedBy: "(default").count <= 2, "\(command): a default stated twice in -\(option)")
            }
        }
        let bash = try CommandRunner.run(["--generate-completion-script", "bash"]).standardOutput
        for values in ["'light'$'\\n''dark'", "'zh'$'\\n''en'", "'slide'$'\\n''wide'", "'auto'$'\\n''utf-8'", "'svg'$'\\n''png'"] {
            #expect(bash.contains(values), "completion lacks \(values)")
        }
    }

    @Test func argumentParsersOwnUsageErrorsAreInChineseForAChineseRun() throws {
        let zh = ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
        let missing = try CommandRunner.run(["render"], environment: zh)
        #expect(missing.status == 64)
        #expect(missing.standardError.hasPrefix("错误：缺少必需的参数 '<journey>'"))
        #expect(missing.standardError.contains("用法：journeymap render"))
        let value = try CommandRunner.run(["render", Self.sample, "--size", "huge"], environment: zh)
        #expect(value.status == 64 && value.standardError.hasPrefix("错误：'--size <size>' 的值 'huge' 无效；可选："))
        // English runs keep argument-parser's wording
        let english = try CommandRunner.run(["render"], environment: ["LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(english.status == 64 && english.standardError.hasPrefix("Error: Missing expected argument '<journey>'"))
    }
}
