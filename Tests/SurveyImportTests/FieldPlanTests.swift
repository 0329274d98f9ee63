import Foundation
import Testing
import JourneyModel
import JourneyAnalysis
@testable import SurveyImport

/// The responses file's one-scan line decoder (`FieldPlan.decode`) with its single-digit and packed-segment fast
/// paths: hand-checked codes on edge lines (empty fields, two- and three-digit codes, out-of-scale digits, quotes,
/// carriage returns, long and unknown segment values, wrong field counts), and a whole file with CR LF line ends
/// and quoted cells tallied by the stream equal to the same file read by the general reader.
@Suite struct FieldPlanTests {
    /// respondent (skipped), a segment, a 1–7 rating into slot 0, a 0–10 rating into slot 1 and, with `comment`, an
    /// empty comment column at the end.
    static func plan(comment: Bool) -> FieldPlan {
        var fields: [(kind: UInt8, target: Int, low: Int, high: Int)] = [(0, 0, 0, 0), (2, 0, 0, 0), (1, 0, 1, 7), (1, 1, 0, 10)]
        if comment { fields.append((3, 0, 0, 0)) }
        return FieldPlan(fields: fields)
    }

    static let known: [[[UInt8]]] = [[Array("A".utf8), Array("Team B long".utf8), Array("电话".utf8)]]
    static let packed: [[UInt64]] = known.map { $0.map { $0.withUnsafeBufferPointer(FieldPlan.packed) } }

    /// The codes and the segment code of a line, nil when the decoder refuses it (the general path then reads it).
    static func decode(_ line: String, comment: Bool = true) -> (codes: [UInt8], segment: UInt32)? {
        var codes: [UInt8] = [99, 99], segments: [UInt32] = [99]
        let bytes = Array(line.utf8)
        let ok = bytes.withUnsafeBufferPointer { b in
            codes.withUnsafeMutableBufferPointer { c in
                segments.withUnsafeMutableBufferPointer { g in plan(comment: comment).decode(b, codes: c, segments: g, known: known, packedKnown: packed) }
            }
        }
        return ok ? (codes, segments[0]) : nil
    }

    @Test func plainLinesGiveTheirCodes() {
        // Code = value − scale minimum + 1: 5 on 1–7 is 5, 10 on 0–10 is 11, 0 on 0–10 is 1; empty is 0.
        #expect(Self.decode("1,A,5,10,")! == ([5, 11], 1))
        #expect(Self.decode("1,A,7,0,")! == ([7, 1], 1))
        #expect(Self.decode("1,,,,")! == ([0, 0], 0))
        #expect(Self.decode("17,A,,3,")! == ([0, 4], 1))
        #expect(Self.decode("1,A,05,3,")! == ([5, 4], 1))            // two digits, leading zero
        #expect(Self.decode("1,A,1,010,")! == ([1, 11], 1))          // three digits
        #expect(Self.decode("1,Team B long,5,3,")! == ([5, 4], 2))   // longer than a packed word
        #expect(Self.decode("1,电话,2,9,")! == ([2, 10], 3))            // six UTF-8 bytes, packed
        // A rating as the last field: a digit or an empty cell at the end of the line.
        #expect(Self.decode("1,A,5,3", comment: false)! == ([5, 4], 1))
        #expect(Self.decode("1,A,5,10", comment: false)! == ([5, 11], 1))
        #expect(Self.decode("1,A,5,", comment: false)! == ([5, 0], 1))
    }

    @Test func otherLinesGoTheGeneralWay() {
        for line in ["1,A,0,3,", "1,A,8,3,", "1,A,5,11,", "1,A,5,100,", "1,A,-1,3,", "1,A,5, 3,", "1,A,5 ,3,",
                     "1,\"A\",5,3,", "1,A,\"5\",3,", "1,A,5,3,hi", "1,A,5,3", "1,A,5,3,,", "1,B,5,3,", "1,Team B lon,5,3,",
                     "1,A,5\r,3,", "1,A,5,3,\r", "1,A,1234,3,", "", "1"] {
            #expect(Self.decode(line) == nil, "\(line.debugDescription)")
        }
        #expect(Self.decode("1,A,5,3,4", comment: false) == nil)
    }

    /// respondent, a segment and nine 1–7 ratings into slots 0…8: a run of rating cells (two-byte words, empty
    /// cells, the last cell).
    static func longDecode(_ line: String) -> [UInt8]? {
        let plan = FieldPlan(fields: [(0, 0, 0, 0), (2, 0, 0, 0)] + (0..<9).map { (1, $0, 1, 7) })
        var codes = [UInt8](repeating: 99, count: 9), segments: [UInt32] = [99]
        let bytes = Array(line.utf8)
        let ok = bytes.withUnsafeBufferPointer { b in
            codes.withUnsafeMutableBufferPointer { c in
                segments.withUnsafeMutableBufferPointer { g in plan.decode(b, codes: c, segments: g, known: known, packedKnown: packed) }
            }
        }
        return ok ? codes : nil
    }

    @Test func ratingRunsAgreeWithOneByOne() {
        #expect(Self.longDecode("1,A,1,2,3,4,5,6,7,1,2") == [1, 2, 3, 4, 5, 6, 7, 1, 2])
        #expect(Self.longDecode("1,A,1,2,,4,5,6,7,1,2") == [1, 2, 0, 4, 5, 6, 7, 1, 2])
        #expect(Self.longDecode("1,A,,,,,,,,,") == [0, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(Self.longDecode("1,A,1,2,3,4,5,6,7,1,") == [1, 2, 3, 4, 5, 6, 7, 1, 0])
        #expect(Self.longDecode("1,A,1,2,3,4,5,6,07,1,2") == [1, 2, 3, 4, 5, 6, 7, 1, 2])
        // A digit outside 1–7, the bytes just below "0" and above "9", a space, a quote, a missing or an extra field.
        for line in ["1,A,1,2,3,8,5,6,7,1,2", "1,A,0,2,3,4,5,6,7,1,2", "1,A,1,2,3,4,5,6,7,1,9", "1,A,1,/,3,4,5,6,7,1,2",
                     "1,A,1,2,:,4,5,6,7,1,2", "1,A,1,2,3, ,5,6,7,1,2", "1,A,1,2,3,4,\"5\",6,7,1,2", "1,A,1,2,3,4,5,6,7,1",
                     "1,A,1,2,3,4,5,6,7,1,2,", "1,A,1,2,3,4,5,6,7,1,2,3", "1,A,1;2,3,4,5,6,7,1,2"] {
            #expect(Self.longDecode(line) == nil, "\(line)")
        }
    }

    /// The sample responses file rewritten with CR LF on every third line and the overall rating quoted on every
    /// fifth: the stream (fast lines and general records mixed) gives the same findings as the general reader.
    @Test func mixedLinesTallyAsTheGeneralReaderReads() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let journey = try JourneyLoader.load(path: root.appendingPathComponent("journeys/onboarding-90-days.yaml").path)
        let text = try String(contentsOf: root.appendingPathComponent("journeys/onboarding-90-days.responses.csv"), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var rewritten = lines[0] + "\n" + lines[1] + "\n"
        for (k, line) in lines.dropFirst(2).enumerated() {
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if k % 5 == 0, !line.contains("\""), fields.count > 3, !fields[3].isEmpty { fields[3] = "\"" + fields[3] + "\"" }
            rewritten += fields.joined(separator: ",") + (k % 3 == 0 ? "\r\n" : "\n")
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-\(UUID().uuidString).responses.csv").path
        try rewritten.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let responses = try ResponsesFile.read(path: path, journey: journey)
        let tally = try ResponsesFile.tally(path: path, journey: journey)
        // 260 records (Python's csv module on the sample file; one comment holds a line break, so 261 lines).
        #expect(tally.respondentCount == 260 && responses.respondentCount == 260)
        let request = AnalysisRequest(breakdown: "team")
        let memory = try JourneyAnalyzer.analyze(journey, responses: responses, request: request)
        let streamed = try JourneyAnalyzer.analyze(journey, tally: tally, request: request)
        #expect(streamed == memory)
    }
}
