import Testing
import JourneyModel
@testable import JourneyAnalysis

/// The analysis refusals in both languages; the anonymity refusal names the minimum, never the group's size.
@Suite struct AnalysisRequestErrorLanguageTests {
    @Test func everyRefusalHasAChineseText() {
        let filters = [SegmentFilter(parsing: "team=A")!, SegmentFilter(parsing: "team=B")!, SegmentFilter(parsing: "tenure=1y")!]
        let errors: [AnalysisRequestError] = [
            .needsResponses,
            .unknownSegment(column: "office", available: []),
            .unknownSegment(column: "office", available: ["team", "tenure"]),
            .groupNotReleasable(filters: filters, minimum: 5, reportable: ["team=C"]),
        ]
        for error in errors {
            let zh = error.description(in: .zh)
            #expect(zh.hasPrefix("error: ") && error.description.hasPrefix("error: "))
            #expect(zh != error.description)
            #expect(zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(zh)")
        }
        let refusal = AnalysisRequestError.groupNotReleasable(filters: filters, minimum: 5, reportable: ["team=C"]).description(in: .zh)
        #expect(refusal == "error: --where team=A 或 team=B 且 tenure=1y 不予报告：该分组少于 5 人，或者报告它会让另一个不足 5 人的小群体从其他结果中被推算出来（匿名门槛 5）；可以报告的分组：team=C")
    }
}
