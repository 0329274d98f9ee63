import Testing
import JourneyModel
@testable import SurveyImport

/// The responses file's batch formatter (`EncodedRowFormatter`, used by import's pass 2) against lines built
/// independently from the values: paired and lone rating cells of one-, two- and three-digit and negative scales,
/// empty answers, segment cells short and long, quoted and empty, comments with and without quotes; and the row
/// numbers of `DecimalCounter` against `String(value)` across carries.
@Suite struct EncodedRowFormatterTests {
    @Test(arguments: [0, 1, 9, 98, 999_990, 9_999_999_990, 999_999_999_999_999_990])
    func counterWritesTheDecimalText(start: Int) {
        var counter = DecimalCounter(start)
        defer { counter.deallocate() }
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: 32)
        defer { out.deallocate() }
        for value in start..<(start + 25) {
            let n = counter.write(to: out)
            #expect(String(decoding: UnsafeBufferPointer(start: out, count: n), as: UTF8.self) == String(value))
            counter.increment()
        }
    }

    /// A segment, then ratings in runs of 1, 2 and 5 between text columns, then a comment.
    static let columns: [ResponsesColumn] = [
        ResponsesColumn(kind: .segment, segmentName: "team"),
        ResponsesColumn(kind: .overall, scale: RatingScale(min: 1, max: 7)),
        ResponsesColumn(kind: .enps, scale: RatingScale(min: 0, max: 10)),
        ResponsesColumn(kind: .score, touchpointID: "a", scale: RatingScale(min: 1, max: 5)),
        ResponsesColumn(kind: .comment, touchpointID: "a"),
        ResponsesColumn(kind: .score, touchpointID: "b", scale: RatingScale(min: -3, max: 3)),
        ResponsesColumn(kind: .segment, segmentName: "site"),
        ResponsesColumn(kind: .score, touchpointID: "c", scale: RatingScale(min: 100, max: 104)),
        ResponsesColumn(kind: .score, touchpointID: "d", scale: RatingScale(min: 1, max: 7)),
        ResponsesColumn(kind: .score, touchpointID: "e", scale: RatingScale(min: 0, max: 10)),
        ResponsesColumn(kind: .score, touchpointID: "f", scale: RatingScale(min: 1, max: 20)),
        ResponsesColumn(kind: .score, touchpointID: "g", scale: RatingScale(min: 1, max: 4)),
        ResponsesColumn(kind: .comment),
    ]

    @Test func formattedLinesEqualTheValuesWritten() {
        let layout = ResponsesLayout(columns: Self.columns)
        let formatter = EncodedRowFormatter(layout: layout)
        let ratings = Self.columns.filter(\.kind.isRating)
        let textColumns = Self.columns.filter { !$0.kind.isRating }
        let isSegment = textColumns.map { $0.kind == .segment }
        let levels: [[String]] = [["Team B", "Customer Service Team", "x,y"], [], ["北京", "a \"quoted\" one"], [], []]
        let segmentLevels = [levels[0], levels[2]]
        var segmentCells: [[[UInt8]]] = []
        var s = 0
        for segment in isSegment {
            if segment { segmentCells.append([[]] + segmentLevels[s].map { Array(CSVText.escaped($0).utf8) }); s += 1 }
            else { segmentCells.append([]) }
        }
        let comments = [nil, "plain", "with, comma", "\"quoted\"", " lead", "多字节"]
        var record = KeptRowRecord(ratingCount: ratings.count, isSegment: isSegment)
        defer { record.deallocate() }
        var bytes: [UInt8] = [], offsets: [Int] = [], expected: [String] = []
        var state: UInt64 = 12345
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for i in 0..<300 {
            var row = NormalizedRow(layout: layout)
            for (r, column) in ratings.enumerated() { row.codes[r] = UInt8(next(column.scale!.pointCount + 1)) }
            var ids: [UInt32] = []
            var segmentIndex = 0
            for (t, segment) in isSegment.enumerated() {
                if segment {
                    let id = next(segmentLevels[segmentIndex].count + 1)
                    ids.append(UInt32(id))
                    row.texts[t] = id == 0 ? nil : segmentLevels[segmentIndex][id - 1]
                    segmentIndex += 1
                } else {
                    ids.append(0)
                    row.texts[t] = comments[next(comments.count)]
                }
            }
            let length = record.encode(row, segmentIDs: ids, idHash: 0, rowNumber: i, ordinal: i)
            offsets.append(bytes.count)
            bytes += Array(UnsafeRawBufferPointer(start: record.bytes, count: length))
            var line = String(1_000 + i)
            var r = 0, t = 0
            for column in Self.columns {
                line += ","
                if column.kind.isRating {
                    let code = Int(row.codes[r])
                    if code > 0 { line += String(column.scale!.min + code - 1) }
                    r += 1
                } else {
                    if let text = row.texts[t] { line += CSVText.escaped(text) }
                    t += 1
                }
            }
            expected.append(line)
        }
        // Every row once, in a shuffled order; numbered from 1,000 in that order.
        var order = (0..<UInt32(offsets.count)).map { $0 }
        for k in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(k, next(k + 1)) }
        let text = bytes.withUnsafeBytes { raw in
            formatter.format(raw, offsets: offsets, order: order[...], segmentCells: segmentCells, firstSequence: 1_000)
        }
        let lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == order.count + 1)
        for (i, position) in order.enumerated() {
            var want = expected[Int(position)]
            want.replaceSubrange(want.startIndex..<want.firstIndex(of: ",")!, with: String(1_000 + i))
            #expect(String(lines[i]) == want)
        }
    }
}
