import Foundation
import Testing
@testable import JourneyModel

/// Every journey diagnostic has a Chinese text; the `path:line:col: error:` prefix is the same in both languages.
@Suite struct LocalizedDiagnosticsTests {
    static func isChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    static func diagnostics(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try JourneyLoader.parse(data: Data(yaml.utf8), path: "j.yaml")
            return []
        } catch {
            guard case .invalid(let diagnostics) = error else { return [] }
            return diagnostics
        }
    }

    /// One snippet per message the decoder, the loader and the width scanner can raise.
    static let snippets: [String] = [
        "",                                                                  // empty file
        "# only a comment\n",                                                // no document
        "title: [unclosed\n",                                                // invalid YAML
        "title: a\ntitle: b\nstages: []\n",                                  // duplicate key
        "version: 2\ntitle: T\nlanguage: fr\nstages: []\n",                  // version, language, empty stages
        "title: T\n",                                                        // no stages
        "- a\n",                                                             // not a mapping
        "title: T\nstages: 3\n",                                             // not a list
        "title: T\nstagse: []\n",                                            // unknown key, did you mean; no stages
        "title: T\nbogus: 1\nstages: [{name: S, touchpoints: []}]\n",        // unknown key, list; no touchpoints
        "title: T\nstages: [{name: S}]\n",                                   // no touchpoints key
        "title: [a]\nstages: [{name: S, touchpoints: [{name: Offer}]}]\n",   // title not text; no id
        "title: T\nstages: [{name: ' ', id: Bad!, touchpoints: [{id: a, name: A, score: '3', mot: 'yes'}]}]\n",
        "title: T\nstages: [{name: S, touchpoints: [{id: a, name: A, score: x, mot: 2, importance: 2.5}]}]\n",
        "title: T\nstages: [{name: S, touchpoints: [{id: a, name: A, score: 9, actions: [{title: X, due: soon, votes: -1, impact: 7}]}]}]\n",
        "title: T\nstages: [{name: S, touchpoints: [{id: a, name: A}, {id: a, name: B}]}, {id: s, name: S2, touchpoints: [{id: b, name: B}]}, {id: s, name: S3, touchpoints: [{id: c, name: C}]}]\n",
        "title: T\nscale: {min: 1}\nstages: [{name: S, touchpoints: [{id: a, name: A}]}]\n",
        "title: T\nscale: {min: 1, max: 50, neutral: 60}\nstages: [{name: S, touchpoints: [{id: a, name: A}]}]\n",
        "title: T\nscale: {min: 1, max: 7, neutral: 9}\nstages: [{name: S, touchpoints: [{id: a, name: A}]}]\n",
        "title: T\nsurvey: {overall: Q1, labels: {好: 42}, missing: [' ', 好, N/A, n/a]}\nstages: [{name: S, touchpoints: [{id: a, name: A, survey: {score: Q1, kano: {functional: K}}}]}]\n",
        "title: T\nstages:\n\t- name: S\n",                                // tab
        "title：T\nstages: []\n",                                            // full-width colon
        "title: T\nstages: [{name: S, touchpoints: [{id: a, name: A, score: ３}]}]\n",   // full-width digit
        "title: T\nstages: [{name: S, touchpoints: [{id: a, name: A, actors: [甲，乙]}]}]\n",
        "title: T\nstages:\n\u{3000}- name: S\n",                            // full-width space
        "title: T\nstages: [{name: S, touchpoints: [{id: a, name: A, wish: 1.5e99}]}]\n",
        "title: T\nstages: [{name: S, touchpoints: [{id: a, name: A, actions: [{owner: X}], quotes: {a: 1}}]}]\n",
        "title: T\nstages: [{name: S, touchpoints: [{id: a, name: A, survey: 3, mot: ~}]}]\n",
        "title: T\nstages: [{name: S, touchpoints: [{id: a, name: A, survey: {kano: 1}}]}]\n",
        "title: T\nstages: [{name: S, touchpoints: [{id: a, name: A, actions: [3]}]}]\n",
        "title: T\nsurvey: [1]\nstages: [{name: S, touchpoints: [{id: a, name: A}]}]\n",
        "title: T\nsurvey: {labels: [1], missing: 3}\nstages: [{name: S, touchpoints: [{id: a, name: A}]}]\n",
        "title: T\nstages: [{name: S, touchpoints: [{id: a, name: A}]}]\n{a: 1}: 2\n",
        "title: T\nstages: [{name: S, touchpoints: [{id: a, name: A, score: '']}]}]\n",
    ]

    @Test func everyDiagnosticHasAChineseText() {
        var count = 0
        for snippet in Self.snippets {
            let diagnostics = Self.diagnostics(snippet)
            #expect(!diagnostics.isEmpty, "\(snippet)")
            for diagnostic in diagnostics {
                count += 1
                #expect(Self.isChinese(diagnostic.zhMessage), "\(diagnostic.message)")
                #expect(diagnostic.zhMessage != diagnostic.message)
                let zh = diagnostic.description(in: .zh)
                let en = diagnostic.description(in: .en)
                #expect(en == diagnostic.description)
                #expect(zh.hasSuffix(diagnostic.zhMessage) && en.hasSuffix(diagnostic.message))
                #expect(zh.dropLast(diagnostic.zhMessage.count) == en.dropLast(diagnostic.message.count), "same prefix: \(en)")
            }
        }
        #expect(count >= 50)
    }

    @Test func theJourneyLoadersMessagesHaveBothTexts() {
        for text in JourneyMessages.samples {
            #expect(!text.en.isEmpty && text.en != text.zh && Self.isChinese(text.zh), "\(text.en)")
        }
        #expect(JourneyLoadError.fileNotFound(path: "x.yaml").description(in: .zh) == "x.yaml: error: 文件不存在")
        #expect(JourneyLoadError.fileNotFound(path: "x.yaml").description == "x.yaml: error: no such file")
    }

    @Test func theLocaleDecidesTheMessageLanguage() {
        #expect(JourneyLanguage.fromLocale([:]) == .en)
        #expect(JourneyLanguage.fromLocale(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(JourneyLanguage.fromLocale(["LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"]) == .en)
        #expect(JourneyLanguage.fromLocale(["LANG": "C", "LC_MESSAGES": "zh_TW"]) == .zh)
        #expect(JourneyLanguage.fromLocale(["LC_ALL": "", "LANG": "zh"]) == .zh)
        #expect(JourneyLanguage.fromLocale(["LANG": "POSIX"]) == .en)
    }
}
