/// How a journey too long for one worksheet is shared out over sheets: the fewest sheets whose sticky-note boxes
/// all take a 38 mm note (`StickyNoteFit.mostTouchpoints` a sheet), cut between stages wherever that many sheets
/// allow it, and the sheets as even as the cuts allow (the least sum of squared sheet sizes). A journey that fits
/// takes one sheet. Pure: the same stage sizes give the same sheets.
public struct WorksheetSplit: Sendable, Equatable {
    /// Each sheet's touchpoints, as a range of the journey's touchpoints in order (the ranges tile `0..<total`).
    public let sheets: [Range<Int>]

    /// How many cuts fall inside a stage (its touchpoints on two sheets).
    public let cutsInsideStages: Int

    /// One sheet's place among a journey's sheets, as its header and footer print it.
    public struct Sheet: Sendable, Equatable {
        /// 1 for the first sheet.
        public var index: Int
        /// How many sheets the journey takes.
        public var count: Int
        /// The journey's index of the sheet's first stage, so that a stage keeps its colour on every sheet.
        public var firstStage: Int
    }

    /// The split of touchpoints grouped in stages of `stageSizes` (empty stages allowed), at most `most` a sheet.
    public static func of(stageSizes: [Int], most: Int) -> WorksheetSplit {
        let total = stageSizes.reduce(0, +)
        let most = max(most, 1)
        guard total > most else { return WorksheetSplit(sheets: [0..<total], cutsInsideStages: 0) }
        // positions between two stages (a cut there keeps every stage on one sheet)
        var boundaries = Set<Int>()
        var offset = 0
        for size in stageSizes { offset += size; boundaries.insert(offset) }
        let count = (total + most - 1) / most
        // best[j][p]: the least (cuts inside stages, sum of squares) that puts the first p touchpoints on j sheets
        typealias Cost = (inside: Int, squares: Int)
        func better(_ a: Cost, _ b: Cost?) -> Bool {
            guard let b else { return true }
            return a.inside != b.inside ? a.inside < b.inside : a.squares < b.squares
        }
        var best = [[Cost?]](repeating: [Cost?](repeating: nil, count: total + 1), count: count + 1)
        var from = [[Int]](repeating: [Int](repeating: -1, count: total + 1), count: count + 1)
        best[0][0] = (0, 0)
        for j in 1...count {
            for p in 1...total {
                for size in 1...min(most, p) {
                    guard let previous = best[j - 1][p - size] else { continue }
                    let cut = p < total && !boundaries.contains(p) ? 1 : 0
                    let cost: Cost = (previous.inside + cut, previous.squares + size * size)
                    if better(cost, best[j][p]) { best[j][p] = cost; from[j][p] = p - size }
                }
            }
        }
        var sheets: [Range<Int>] = []
        var end = total
        for j in stride(from: count, to: 0, by: -1) {
            let start = from[j][end]
            sheets.insert(start..<end, at: 0)
            end = start
        }
        return WorksheetSplit(sheets: sheets, cutsInsideStages: best[count][total]?.inside ?? 0)
    }
}
