import Foundation
import JourneyAnalysis
import JourneyModel
@testable import JourneyRender

/// The pages of one (journey, findings, language, size) laid out once per test run and shared by the suites that
/// check them: print pagination tries many windows per journey, and the page tests ask for the same samples and
/// stress journeys at every size several times. The layout is pure, so a cached page is the page.
final class LayoutPagesCache: @unchecked Sendable {
    static let shared = LayoutPagesCache()
    private var store: [String: [MapLayout]] = [:]
    private let lock = NSLock()

    /// The pages of `journey` at `size` in `language`; `name` and the findings' source tell cases apart.
    func pages(_ name: String, _ journey: Journey, _ findings: JourneyFindings, language: JourneyLanguage, size: MapSize) -> [MapLayout] {
        let key = "\(name)|\(findings.source)|\(language)|\(size)|\(journey.touchpoints.count)"
        lock.lock()
        if let hit = store[key] { lock.unlock(); return hit }
        lock.unlock()
        let pages = MapLayoutEngine.pages(journey, findings: findings, options: RenderOptions(language: language, size: size))
        lock.lock()
        store[key] = pages
        lock.unlock()
        return pages
    }
}
