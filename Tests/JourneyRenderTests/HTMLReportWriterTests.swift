import Foundation
import Testing
import JourneyAnalysis
import JourneyModel
@testable import JourneyRender

/// The HTML brief (`analyze --format html`): its sections and their order, the pain ranks, the inline map,
/// escaping of hostile text, self-containment (no script, nothing fetched), both languages, deterministic bytes.
/// The brief is also well-formed XML, so the tests read it with libxml2 instead of searching text.
@Suite struct HTMLReportWriterTests {
    /// ReportWriterTests' survey journey with actions: two on the pain point "First login", one on "Buddy".
    static let journey: Journey = {
        var journey = ReportWriterTests.journey
        journey.stages[0].touchpoints[0].actions = [
            JourneyAction(title: "Print the password letter", owner: "IT", impact: 1, effort: 1, votes: 2),
            JourneyAction(title: "Accounts ready before day one", owner: "HR & IT", due: JourneyDate(iso: "2026-12-31"),
                          impact: 3, effort: 2, votes: 9),
        ]
        journey.stages[0].touchpoints[1].actions = [JourneyAction(title: "Buddy lunch", votes: 20)]
        return journey
    }()
    static let findings = ReportWriterTests.findings

    static func brief(_ journey: Journey = journey, _ findings: JourneyFindings = findings) -> String {
        HTMLReportWriter.write(findings, journey: journey)
    }

    static func parse(_ html: String) throws -> XMLElement {
        try #require(XMLElement.parse(Data(html.utf8)), "the brief is not well-formed")
    }

    static func sections(_ root: XMLElement) -> [XMLElement] {
        root.all.filter { $0.name == "section" }
    }

    /// The brief without its inline SVG (the map escapes through libxml2 and is checked by SVGWriterTests).
    static func withoutMap(_ html: String) -> String {
        guard let start = html.range(of: "<svg"), let end = html.range(of: "</svg>") else { return html }
        return String(html[..<start.lowerBound] + html[end.upperBound...])
    }

    // MARK: Structure

    @Test func sectionsComeInTheDocumentedOrder() throws {
        let root = try Self.parse(Self.brief())
        #expect(root.name == "html" && root.attributes["lang"] == "en")
        let ids = Self.sections(root).compactMap { $0.attributes["id"] }
        #expect(ids == ["map", "pain", "pleasure", "itch", "mot", "peak-end", "drivers", "enps", "segments",
                        "statistics", "actions", "notes", "privacy"])
        // the takeaway is in the header, before the map
        let header = try #require(root.all.first { $0.name == "header" })
        #expect(header.all.contains { $0.attributes["id"] == "takeaway" })
        #expect(header.all.first { $0.name == "h1" }?.deepText == "Onboarding — analysis")
        // one h1, then one h2 per section
        #expect(root.all.filter { $0.name == "h1" }.count == 1)
        #expect(Self.sections(root).allSatisfy { $0.children.first?.name == "h2" })
    }

    @Test func theReportSectionsAreTheMarkdownReportsInTheSameOrder() throws {
        let markdown = MarkdownReportWriter.write(Self.findings, journey: Self.journey)
        let mdHeadings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }
            .map { String($0.dropFirst(3)).replacingOccurrences(of: "\\", with: "") }
        let root = try Self.parse(Self.brief())
        let shared = Set(mdHeadings)
        let htmlHeadings = Self.sections(root).compactMap { $0.children.first?.deepText }.filter(shared.contains)
        #expect(htmlHeadings == mdHeadings)
        // numbers are the report's: every detail line of the text report appears in the brief
        let text = TextReportWriter.write(Self.findings, journey: Self.journey, color: false)
        let details = text.split(separator: "\n").filter { $0.hasPrefix("     ") }.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(!details.isEmpty)
        let body = root.deepText
        for detail in details { #expect(body.contains(detail), "missing \(detail)") }
    }

    @Test func painRanksFollowRankedPains() throws {
        let root = try Self.parse(Self.brief())
        let pain = try #require(Self.sections(root).first { $0.attributes["id"] == "pain" })
        let items = pain.all.filter { $0.name == "li" && $0.attributes["class"] == "pain" }
        let expected = Self.findings.rankedPains
        #expect(!expected.isEmpty)
        #expect(items.count == expected.count)
        for (k, item) in items.enumerated() {
            let rank = item.children.first { $0.attributes["class"] == "rank" }?.deepText
            #expect(rank == MapNumber.circled(k + 1))
            #expect(item.children.first { $0.name == "strong" }?.deepText.contains("[\(expected[k].id)]") == true)
        }
    }

    @Test func theMapIsInlineSVGDrawnAsRenderDrawsIt() throws {
        let html = Self.brief()
        #expect(!html.contains("<?xml"))
        #expect(html.components(separatedBy: "<svg").count == 2)
        let root = try Self.parse(html)
        let map = try #require(Self.sections(root).first { $0.attributes["id"] == "map" })
        let svg = try #require(map.all.first { $0.name == "svg" })
        let rendered = try #require(XMLElement.parse(MapRenderer.svg(Self.journey, findings: Self.findings)))
        #expect(svg.attributes == rendered.attributes)
        #expect(svg.all.count == rendered.all.count)
        #expect(svg.deepText == rendered.deepText)
        // the frame never shrinks the map below its readable width, nor grows it past its natural one
        let frame = try #require(map.all.first { $0.attributes["class"] == "map-frame" })
        #expect(frame.attributes["style"]?.contains("--map-width: \(rendered.attributes["width"] ?? "?")px") == true)
    }

    @Test func statisticsHaveOneRowPerTouchpointAndHideWithheldOnes() throws {
        let root = try Self.parse(Self.brief())
        let table = try #require(root.all.first { $0.name == "table" && $0.attributes["class"] == "statistics" })
        let head = table.all.filter { $0.name == "th" && $0.attributes["scope"] == "col" }.map(\.deepText)
        #expect(head == ["Stage", "Touchpoint", "n", "mean", "median", "top box", "bottom box", "finding"])
        let rows = table.all.filter { $0.name == "tr" }.dropFirst()
        #expect(rows.map { $0.children.first { $0.name == "th" }?.deepText } == ["First login", "Buddy", "Review", "Party"])
        let login = try #require(rows.first).children.map(\.deepText)
        let finding = try #require(Self.findings.finding(for: "login"))
        #expect(login[2] == "\(finding.n)" && login[3] == ReportLabels.two(finding.mean ?? -1))
        #expect(login[7].hasPrefix("pain " + MapNumber.circled(try #require(Self.findings.painRanks["login"]))))
        // Party has 4 answers: no number at all, not even n
        let party = try #require(rows.last).children.map(\.deepText)
        #expect(party == ["", "Party", "hidden"])
    }

    // MARK: Takeaway, actions, privacy

    /// The brief lists the actions in `journeymap plan`'s order, by P = 100·(V + R + S)/3 (ActionPriority), by hand:
    /// most votes 20; First login is pain ② of 2, so S = (2 − 2 + 1)/2 = .5. "Accounts ready" V = 9/20 = .45,
    /// R = (3·3/2 − 1)/8 = .4375 → P = 100·1.3875/3 = 46.25 → 46.3; "Buddy lunch" V = 1, R = (3·2/2 − 1)/8 = .25
    /// (impact and effort missing count as 2), S = 0 → 41.7; "Print the password letter" V = .1,
    /// R = (3·1/1 − 1)/8 = .25 → 100·.85/3 = 28.3.
    @Test func actionsAreListedByPriorityAsThePlanListsThem() throws {
        #expect(Self.findings.painRanks["login"] == 2 && Self.findings.painRanks.count == 2 && Self.findings.painRanks["buddy"] == nil)
        let root = try Self.parse(Self.brief())
        let actions = try #require(Self.sections(root).first { $0.attributes["id"] == "actions" })
        let items = actions.all.filter { $0.name == "li" }
        #expect(items.map { $0.children.first { $0.name == "strong" }?.deepText } == ["Accounts ready before day one", "Buddy lunch", "Print the password letter"])
        #expect(items.map { $0.children.first?.deepText } == ["P 46.3", "P 41.7", "P 28.3"])
        let place = try #require(items[0].children.first { $0.attributes["class"] == "place" })
        #expect(place.children.first?.deepText == "②" && place.deepText.contains("First login"))
        #expect(actions.deepText.contains("9 votes · owner: HR & IT · due 2026-12-31 · impact 3/3 · effort 2/3"))
        #expect(actions.deepText.contains("Priority P = 100·(V + R + S)/3"))
        // the same order as `journeymap plan` on the same journey
        let plan = PrioritizedPlan(Self.journey, findings: Self.findings, today: try #require(JourneyDate(iso: "2026-12-01")))
        #expect(plan.items.map(\.action.title) == ["Accounts ready before day one", "Buddy lunch", "Print the password letter"])
    }

    /// When the team's votes and a cheap, high-impact idea outrank the top pain point's actions, the brief, the
    /// takeaway and the plan all put it first: "Buddy lunch" with impact 3, effort 1 → V = 1, R = (9 − 1)/8 = 1,
    /// S = 0 → P = 66.7 > 46.3.
    @Test func theTakeawaysFirstActionIsThePlansFirst() throws {
        var journey = Self.journey
        journey.stages[0].touchpoints[1].actions = [JourneyAction(title: "Buddy lunch", impact: 3, effort: 1, votes: 20)]
        let root = try Self.parse(Self.brief(journey))
        let items = try #require(Self.sections(root).first { $0.attributes["id"] == "actions" }).all.filter { $0.name == "li" }
        #expect(items.first?.children.first?.deepText == "P 66.7")
        #expect(items.first?.children.first { $0.name == "strong" }?.deepText == "Buddy lunch")
        let takeaway = try #require(MapTakeaway.text(journey, findings: Self.findings))
        // (Buddy is not a pain point here: the plan's first action there is not called a fix; not pain ①'s, it gives
        // its votes)
        #expect(takeaway.hasSuffix("; first in the action plan (20 votes): Buddy lunch (at \"Buddy\")"))
    }

    @Test func takeawayNamesTheLowestPointTheVerdictAndTheFirstAction() throws {
        let root = try Self.parse(Self.brief())
        let takeaway = try #require(root.all.first { $0.attributes["id"] == "takeaway" }).deepText
        let trough = try #require(Self.findings.peakEnd.troughID.flatMap(Self.findings.finding(for:)))
        let name = try #require(Self.journey.touchpoint(id: trough.id)?.name)
        // the same sentence as under the map's title (one decimal, as on the map)
        #expect(takeaway.contains(try #require(MapTakeaway.text(Self.journey, findings: Self.findings))))
        #expect(takeaway.contains("Lowest point: \(name) (\(MapNumber.fixed(trough.mean ?? -1, digits: 1))/5)"))
        // its top pain point is also the lowest point, already named: the action stands alone
        #expect(takeaway.contains("→ fix first: Accounts ready before day one") && !takeaway.contains("(at "))
        // without actions, the advice follows the verdict or the top pain point
        var bare = Self.journey
        for s in bare.stages.indices { for t in bare.stages[s].touchpoints.indices { bare.stages[s].touchpoints[t].actions = [] } }
        let plain = try #require(try Self.parse(Self.brief(bare)).all.first { $0.attributes["id"] == "takeaway" }).deepText
        #expect(!plain.contains("fix first:") && plain.contains("→ "))
        #expect(try Self.parse(Self.brief(bare)).all.contains { $0.attributes["id"] == "actions" && $0.deepText.contains("no actions yet") })
    }

    @Test func privacyStatesTheMinimumAndWhatItHid() throws {
        let root = try Self.parse(Self.brief())
        let privacy = try #require(Self.sections(root).first { $0.attributes["id"] == "privacy" }).deepText
        #expect(privacy.contains("groups under 5 respondents are never reported"))
        #expect(privacy.contains("Hidden touchpoints: Party"))
        #expect(privacy.contains("Hidden groups of team: B, C"))
        // nothing reported at all below the minimum: no map, no numbers, no takeaway
        let tiny = JourneyFindings(source: .survey, respondents: 3, scale: .fivePoint, touchpoints: [], peakEnd: PeakEndSummary())
        var suppressed = tiny
        suppressed.suppressed = true
        suppressed.notes = [.allSuppressed]
        let hidden = try Self.parse(Self.brief(Self.journey, suppressed))
        #expect(Self.sections(hidden).compactMap { $0.attributes["id"] } == ["notes", "privacy"])
        #expect(!hidden.all.contains { $0.name == "svg" || $0.attributes["id"] == "takeaway" })
        #expect(!hidden.deepText.contains("3 respondents"))
    }

    // MARK: Safety

    @Test func hostileTextIsEscaped() throws {
        let journey = try TestPaths.load(TestPaths.fixtures.appendingPathComponent("hostile.yaml").path)
        let findings = JourneyAnalyzer.analyze(journey, responses: nil)
        let html = HTMLReportWriter.write(findings, journey: journey)
        let root = try Self.parse(html)
        #expect(!root.all.contains { ["script", "img", "b", "iframe", "object", "embed", "link", "a"].contains($0.name) })
        #expect(!root.all.contains { $0.attributes.keys.contains { $0.lowercased().hasPrefix("on") } })
        #expect(root.all.first { $0.name == "title" }?.deepText == "<b>Escaping</b> & \"quotes\" 测试 — analysis")
        // its only action (on a pleasure point) is the plan's first, so the takeaway names it, escaped, and its place
        let takeaway = try #require(root.all.first(where: { $0.attributes["id"] == "takeaway" })).text   // its own text: the heading is a child
        #expect(takeaway.hasSuffix("; first in the action plan: Fix \"it\" <now> (at “团队庆祝 🎉🎉 转正！！！”)"))
        #expect(takeaway.contains("Lowest point: <script>alert(1)</script> (1/5)"))
        let outside = Self.withoutMap(html)
        #expect(outside.contains("<title>&lt;b&gt;Escaping&lt;/b&gt; &amp; &quot;quotes&quot; 测试 — analysis</title>"))
        #expect(outside.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(outside.contains("Fix &quot;it&quot; &lt;now&gt;") && outside.contains("Ops &amp; IT"))
        #expect(!html.lowercased().contains("<script") && !html.lowercased().contains("<img"))
        // a single quote, a URL and markup in the title stay text
        var quoted = journey
        quoted.title = "O'Brien's <a href='https://evil.example/x'>team</a> https://evil.example/y.png"
        let q = HTMLReportWriter.write(findings, journey: quoted)
        #expect(Self.withoutMap(q).contains("O&#39;Brien&#39;s &lt;a href=&#39;https://evil.example/x&#39;&gt;team&lt;/a&gt;"))
        try Self.expectNothingExternal(q)
    }

    /// No element or attribute may point outside the document: no script, no `src`/`href`/`srcset`/`action`/
    /// `poster`/`data` attributes, no URL in any attribute but the SVG and XHTML namespace names, no `url(` or
    /// `@import` in the style sheet, and the Content-Security-Policy that forbids every fetch.
    static func expectNothingExternal(_ html: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let root = try parse(html)
        let namespaces: Set<String> = ["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xhtml", "http://www.w3.org/1999/xlink"]
        for element in root.all {
            #expect(element.name != "script" && element.name != "link" && element.name != "iframe", sourceLocation: sourceLocation)
            for (name, value) in element.attributes {
                let lower = name.lowercased()
                #expect(!["src", "href", "xlink:href", "srcset", "action", "formaction", "poster", "data", "background"].contains(lower),
                        "\(element.name) has \(name)=\(value)", sourceLocation: sourceLocation)
                if value.contains("://") || value.lowercased().contains("url(") {
                    #expect(lower.hasPrefix("xmlns") && namespaces.contains(value), "\(element.name) \(name)=\(value)", sourceLocation: sourceLocation)
                }
            }
        }
        let style = try #require(root.all.first { $0.name == "style" }).deepText.lowercased()
        #expect(!style.contains("url(") && !style.contains("@import") && !style.contains("://"), sourceLocation: sourceLocation)
        let csp = root.all.first { $0.name == "meta" && $0.attributes["http-equiv"] == "Content-Security-Policy" }
        #expect(csp?.attributes["content"] == "default-src 'none'; style-src 'unsafe-inline'; img-src data:", sourceLocation: sourceLocation)
        #expect(root.all.contains { $0.name == "meta" && $0.attributes["charset"] == "utf-8" }, sourceLocation: sourceLocation)
        // the raw text has no URL outside the namespace names and the (escaped) text content
        let tags = html.matches(of: /<[^>]*>/).map { String($0.output) }
        for tag in tags where tag.contains("://") {
            let stripped = namespaces.reduce(tag) { $0.replacingOccurrences(of: "\"\($1)\"", with: "") }
            #expect(!stripped.contains("://"), "\(tag)", sourceLocation: sourceLocation)
        }
    }

    @Test func nothingExternalInTheSamplesInBothLanguages() throws {
        for path in TestPaths.samplePaths() {
            let journey = try TestPaths.load(path)
            let findings = JourneyAnalyzer.analyze(journey, responses: nil)
            for language in JourneyLanguage.allCases {
                var shown = journey
                shown.language = language
                try Self.expectNothingExternal(HTMLReportWriter.write(findings, journey: shown))
            }
        }
        try Self.expectNothingExternal(Self.brief())
    }

    // MARK: Languages and determinism

    @Test func bothLanguages() throws {
        let journey = try TestPaths.load(TestPaths.journeys.appendingPathComponent("onboarding-90-days.yaml").path)
        let findings = JourneyAnalyzer.analyze(journey, responses: nil)
        #expect(journey.language == .zh)
        let zh = try Self.parse(HTMLReportWriter.write(findings, journey: journey))
        #expect(zh.attributes["lang"] == "zh-CN")
        #expect(zh.all.first { $0.name == "svg" }?.attributes["xml:lang"] == "zh")
        let zhHeadings = Self.sections(zh).compactMap { $0.children.first?.deepText }
        #expect(zhHeadings.starts(with: ["旅程地图", "痛点（按严重度）"]) && zhHeadings.contains("行动计划（按优先级）") && zhHeadings.last == "隐私说明")
        let zhTakeaway = try #require(zh.all.first { $0.attributes["id"] == "takeaway" })
        #expect(zhTakeaway.children.first?.deepText == "要点" && zhTakeaway.text.hasPrefix(" 最低点在「"))
        var english = journey
        english.language = .en
        let en = try Self.parse(HTMLReportWriter.write(findings, journey: english))
        #expect(en.attributes["lang"] == "en")
        #expect(en.all.first { $0.name == "svg" }?.attributes["xml:lang"] == "en")
        let enHeadings = Self.sections(en).compactMap { $0.children.first?.deepText }
        #expect(enHeadings.starts(with: ["Journey map", "Pain points 痛点 (by severity)"]) && enHeadings.last == "Privacy")
        // estimates have no peak-end test: the takeaway says nothing about it, as on the map
        #expect(en.all.first { $0.attributes["id"] == "takeaway" }?.deepText.contains("Lowest point:") == true)
        #expect(en.all.first { $0.attributes["id"] == "takeaway" }?.deepText.contains("overall rating") == false)
        // the estimate brief has no survey numbers in its table
        let row = en.all.first { $0.name == "table" && $0.attributes["class"] == "statistics" }?.all.filter { $0.name == "tr" }.dropFirst().first
        #expect(row?.children.map(\.deepText)[2] == "–")
    }

    @Test func sameInputSameBytes() {
        let first = Self.brief()
        #expect(first == Self.brief())
        #expect(first.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />"))
        #expect(first.hasSuffix("</html>\n"))
        #expect(ReportFormat.html.render(Self.findings, journey: Self.journey) == first)
        #expect(ReportFormat.inferred(fromPath: "out/brief.html") == .html && ReportFormat.inferred(fromPath: "b.HTM") == .html)
    }
}
