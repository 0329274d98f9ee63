import Foundation
import JourneyAnalysis
import JourneyModel
import Testing
@testable import JourneyRender

@Suite struct SVGWriterTests {
    static func render(_ path: String, options: RenderOptions = RenderOptions(), survey: Bool = false) throws -> (Journey, Data) {
        let journey = try TestPaths.load(path)
        let findings = survey ? StressJourneys.surveyFindings(for: journey, seed: 3) : EstimateAnalyzer.analyze(journey)
        return (journey, MapRenderer.svg(journey, findings: findings, options: options))
    }

    static let hostile = TestPaths.fixtures.appendingPathComponent("hostile.yaml").path

    @Test func structureMatchesTheJourney() throws {
        for path in TestPaths.samplePaths() {
            let (journey, data) = try Self.render(path)
            let root = try #require(XMLElement.parse(data), "\(path): not well-formed")
            #expect(root.name == "svg")
            #expect(root.attributes["role"] == "img")
            #expect(root.attributes["aria-labelledby"] == "jm-title jm-desc")
            #expect(root.attributes["version"] == "1.1")
            let title = try #require(root.children.first { $0.name == "title" })
            #expect(title.attributes["id"] == "jm-title")
            #expect(title.text == journey.title)
            let desc = try #require(root.children.first { $0.name == "desc" })
            #expect(desc.attributes["id"] == "jm-desc")
            #expect(desc.text.count > 80)
            let all = root.all
            let stageGroups = all.filter { $0.name == "g" && $0.attributes["data-stage"] != nil }
            #expect(stageGroups.count == journey.stages.count)
            let tpGroups = all.filter { $0.name == "g" && ($0.attributes["id"] ?? "").hasPrefix("tp-") }
            #expect(tpGroups.map { $0.attributes["id"]! } == journey.touchpoints.map { "tp-" + $0.id })
            for group in tpGroups {
                #expect(group.attributes["data-score"] != nil && group.attributes["data-n"] != nil && group.attributes["data-class"] != nil)
            }
            // Every touchpoint group sits inside its stage's group.
            for (stage, group) in zip(journey.stages, stageGroups) {
                let inner = group.all.filter { ($0.attributes["id"] ?? "").hasPrefix("tp-") }.map { $0.attributes["id"]! }
                #expect(inner == stage.touchpoints.map { "tp-" + $0.id })
            }
            let marks = Set(all.compactMap { $0.attributes["data-marks"] }.flatMap { $0.split(separator: " ").map(String.init) })
            #expect(marks.isSuperset(of: ["peak", "trough", "end"]) && marks.isSubset(of: ["peak", "trough", "end", "high"]))
            #expect(all.contains { $0.attributes["id"] == "peak-end-summary" })
        }
    }

    @Test func staticSVGOnly() throws {
        for theme in MapTheme.allCases {
            let (_, data) = try Self.render(TestPaths.samplePaths()[0], options: RenderOptions(theme: theme))
            let root = try #require(XMLElement.parse(data))
            let names = Set(root.all.map(\.name))
            for forbidden in ["style", "script", "foreignObject", "filter", "image", "a", "use"] {
                #expect(!names.contains(forbidden), "\(theme): <\(forbidden)>")
            }
            for element in root.all {
                #expect(element.attributes["style"] == nil)
                #expect(element.attributes["dominant-baseline"] == nil)
                #expect(element.attributes["class"] == nil)
                #expect(!element.attributes.keys.contains { $0.hasPrefix("on") })
                if element.name == "text" || element.name == "tspan" {
                    #expect(element.attributes["x"] != nil && element.attributes["y"] != nil)
                }
            }
            #expect(root.attributes["font-family"]?.contains("Noto Sans CJK SC") == true)
            #expect(root.attributes["font-family"]?.contains("Microsoft YaHei") == true)
        }
    }

    @Test func hostileTextIsEscapedAndShownAsText() throws {
        let (_, data) = try Self.render(Self.hostile)
        let root = try #require(XMLElement.parse(data))
        let all = root.all
        #expect(!all.contains { $0.name == "script" || $0.name == "img" || $0.name == "b" })
        let texts = all.filter { $0.name == "text" }.map(\.deepText)
        #expect(texts.contains { $0.contains("<script>alert(1)</script>") })
        #expect(texts.contains { $0.contains("<img src=x") || $0.contains("<img") })
        #expect(root.children.first { $0.name == "title" }?.text == "<b>Escaping</b> & \"quotes\" 测试")
        let raw = String(decoding: data, as: UTF8.self)
        #expect(raw.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!raw.contains("<script"))
        #expect(raw.contains("\"]]&gt; &lt;!-- not a comment") || raw.contains("&quot;]]&gt; &lt;!-- not a comment"))
    }

    @Test func illegalXMLCharactersAreRemoved() throws {
        let name = "bad\u{1}\u{8}\u{B}\u{C}\u{1F}\u{FFFE}\u{FFFF}name"
        let journey = Journey(title: "t\u{0}itle\u{7}", persona: "p\u{1B}[31m", language: .en, stages: [
            Stage(id: "s", name: "stage\u{2}", touchpoints: [
                Touchpoint(id: "a", name: name, actors: ["x\u{1}y"], score: 2, quotes: ["q\u{FFFF}"]),
            ]),
        ])
        let data = MapRenderer.svg(journey, findings: EstimateAnalyzer.analyze(journey))
        let root = try #require(XMLElement.parse(data), "illegal characters made the SVG malformed")
        let texts = root.all.filter { $0.name == "text" }.map(\.deepText)
        #expect(texts.contains("badname"))
        #expect(root.children.first { $0.name == "title" }?.text == "title")
        let raw = String(decoding: data, as: UTF8.self)
        #expect(!raw.unicodeScalars.contains { $0.value < 0x20 && $0.value != 0x9 && $0.value != 0xA && $0.value != 0xD })
        #expect(!raw.contains("\u{FFFE}") && !raw.contains("\u{FFFF}"))
    }

    @Test func everySampleRendersInEveryThemeAndLanguage() throws {
        for path in TestPaths.samplePaths() + [Self.hostile] {
            for theme in MapTheme.allCases {
                for language in JourneyLanguage.allCases {
                    let (journey, data) = try Self.render(path, options: RenderOptions(theme: theme, language: language))
                    let root = try #require(XMLElement.parse(data), "\(path) \(theme) \(language)")
                    #expect(root.attributes["xml:lang"] == language.rawValue)
                    let tpCount = root.all.filter { ($0.attributes["id"] ?? "").hasPrefix("tp-") }.count
                    #expect(tpCount == journey.touchpoints.count)
                    let lane = language == .zh ? "触点" : "Touchpoints"
                    #expect(root.all.contains { $0.name == "text" && $0.deepText == lane }, "\(path) \(theme) \(language)")
                    let background = root.children.first { $0.name == "rect" }?.attributes["fill"]
                    #expect(background == Theme(theme).color(.background))
                }
            }
        }
    }

    @Test func printThemeHatchesPainAndContrastUsesOkabeIto() throws {
        let path = TestPaths.journeys.appendingPathComponent("onboarding-90-days.yaml").path
        let (_, printed) = try Self.render(path, options: RenderOptions(theme: .print))
        let printRoot = try #require(XMLElement.parse(printed))
        #expect(printRoot.all.contains { $0.name == "pattern" && $0.attributes["id"] == Theme.hatchID })
        #expect(printRoot.all.contains { $0.attributes["fill"] == "url(#\(Theme.hatchID))" })
        // Print is greyscale: every colour has R = G = B.
        for element in printRoot.all {
            for key in ["fill", "stroke"] {
                guard let value = element.attributes[key], value.hasPrefix("#") else { continue }
                let hex = Array(value.dropFirst())
                #expect(hex[0...1] == hex[2...3] && hex[2...3] == hex[4...5], "\(value) is not grey")
            }
        }
        let (_, contrast) = try Self.render(path, options: RenderOptions(theme: .contrast))
        let okabeIto: Set<String> = ["#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#FFFFFF"]
        let contrastRoot = try #require(XMLElement.parse(contrast))
        let colours = Set(contrastRoot.all.flatMap { e in ["fill", "stroke"].compactMap { e.attributes[$0] } }.filter { $0.hasPrefix("#") })
        let chromatic = colours.filter { c in let h = Array(c.dropFirst()); return !(h[0...1] == h[2...3] && h[2...3] == h[4...5]) }
        #expect(chromatic.isSubset(of: okabeIto), "\(chromatic.subtracting(okabeIto))")
    }

    @Test func sameInputSameBytes() throws {
        for path in TestPaths.samplePaths() {
            for theme in MapTheme.allCases {
                let (_, a) = try Self.render(path, options: RenderOptions(theme: theme, size: .slide), survey: true)
                let (_, b) = try Self.render(path, options: RenderOptions(theme: theme, size: .slide), survey: true)
                #expect(a == b)
            }
        }
    }

    @Test func noTimestampUnlessStamped() throws {
        let path = TestPaths.samplePaths()[0]
        let (_, plain) = try Self.render(path)
        let (_, stamped) = try Self.render(path, options: RenderOptions(stamp: "2026-11-22"))
        #expect(!String(decoding: plain, as: UTF8.self).contains("2026-11-22"))
        #expect(String(decoding: stamped, as: UTF8.self).contains("2026-11-22"))
    }

    @Test func pageSizes() throws {
        let path = TestPaths.samplePaths()[0]
        let (_, slide) = try Self.render(path, options: RenderOptions(size: .slide))
        let slideRoot = try #require(XMLElement.parse(slide))
        #expect(slideRoot.attributes["width"] == "1920" && slideRoot.attributes["height"] == "1080")
        let box = slideRoot.attributes["viewBox"]!.split(separator: " ").compactMap { Double($0) }
        #expect(abs(box[2] / box[3] - 16.0 / 9.0) < 0.01)
        let (_, a3) = try Self.render(path, options: RenderOptions(size: .a3))
        let a3Root = try #require(XMLElement.parse(a3))
        #expect(a3Root.attributes["width"] == "420mm" && a3Root.attributes["height"] == "297mm")
        let (_, wide) = try Self.render(path)
        let wideRoot = try #require(XMLElement.parse(wide))
        #expect(wideRoot.attributes["viewBox"] == "0 0 \(wideRoot.attributes["width"]!) \(wideRoot.attributes["height"]!)")
    }

    @Test func multiLineTextHasNoWhitespaceBetweenLines() throws {
        let (_, data) = try Self.render(TestPaths.samplePaths()[0])
        let raw = String(decoding: data, as: UTF8.self)
        // libxml2 must not indent inside <text>: whitespace between tspans would render as a space.
        #expect(!raw.contains("</tspan>\n"))
        #expect(raw.contains("</tspan><tspan"))
    }
}

@Suite struct GoldenTests {
    static let golden = TestPaths.fixtures.appendingPathComponent("golden")

    /// Golden SVGs for the samples (light theme, natural size, estimates). Re-record with JOURNEYMAP_RECORD=1.
    @Test func samplesMatchTheirGoldens() throws {
        let record = ProcessInfo.processInfo.environment["JOURNEYMAP_RECORD"] == "1"
        var cases: [(String, String, RenderOptions)] = []
        for path in TestPaths.samplePaths() {
            let base = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            cases.append((path, base, RenderOptions()))
        }
        cases.append((SVGWriterTests.hostile, "hostile-dark-zh", RenderOptions(theme: .dark, language: .zh)))
        for (path, name, options) in cases {
            let journey = try TestPaths.load(path)
            let data = MapRenderer.svg(journey, findings: EstimateAnalyzer.analyze(journey), options: options)
            let file = Self.golden.appendingPathComponent(name + ".svg")
            if record {
                try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
                try data.write(to: file)
                continue
            }
            let expected = try #require(FileManager.default.contents(atPath: file.path),
                                        "missing golden \(file.lastPathComponent); run JOURNEYMAP_RECORD=1 swift test --filter GoldenTests")
            #expect(data == expected, "\(name).svg differs from its golden; look at the PNG, then re-record with JOURNEYMAP_RECORD=1")
        }
    }
}
