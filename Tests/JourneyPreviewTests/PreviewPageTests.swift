import Testing
import JourneyModel
@testable import JourneyPreview

@Suite struct PreviewPageTests {
    let map = PreviewMap(title: "Onboarding <90> days", language: .en,
                         pages: ["<div class=\"map-frame\"><svg xmlns=\"http://www.w3.org/2000/svg\"></svg></div>\n"])

    @Test func showsTheMapInlineAndTheProblemsEscaped() {
        let snapshot = PreviewSnapshot(revision: 7, map: map, problems: ["j.yaml:2:3: error: unknown key \"<titel>\""])
        let html = PreviewPage.html(snapshot, journeyPath: "j.yaml", language: .en)
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"))
        #expect(html.contains("<title>Live preview · Onboarding &lt;90&gt; days</title>"))
        #expect(html.contains("j.yaml:2:3: error: unknown key &quot;&lt;titel&gt;&quot;"))
        #expect(html.contains(PreviewMessages.latestSaveFailed.en))
        #expect(html.contains("data-revision=\"7\""))
        #expect(html.contains("new EventSource(\"/events\")"))
        // Nothing fetched: the only URL is the SVG namespace.
        #expect(html.components(separatedBy: "://").count == 2)
    }

    @Test func chineseJourneyChineseWords() {
        var zh = map
        zh.language = .zh
        let html = PreviewPage.html(PreviewSnapshot(revision: 1, map: zh), journeyPath: "j.yaml", language: .en)
        #expect(html.contains("<html lang=\"zh-CN\">"))
        #expect(html.contains(PreviewMessages.livePreview.zh))
        #expect(!html.contains(PreviewMessages.livePreview.en))
        #expect(!html.contains("id=\"problems\""))
    }

    @Test func noMapYetSaysSo() {
        let html = PreviewPage.html(PreviewSnapshot(revision: 1, problems: ["j.yaml: error: no such file"]),
                                    journeyPath: "j.yaml", language: .zh)
        #expect(html.contains(PreviewMessages.noMapYet.zh))
        #expect(!html.contains("<main"))
    }

    @Test func everyMessageHasBothLanguages() {
        for text in PreviewMessages.all {
            #expect(!text.en.isEmpty && !text.zh.isEmpty)
            #expect(text.en != text.zh)
        }
    }
}
