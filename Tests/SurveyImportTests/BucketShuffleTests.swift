import Foundation
import Testing
import JourneyModel
@testable import SurveyImport

// The expected orders below were printed by this Python re-implementation of the shuffle (written from the
// description in PseudonymPermutation, not by running the Swift code), called as
//   shuffle([kept rows in export order], seed, B, [their ids] or None):
// # Independent re-implementation of the import's bucket-scatter shuffle (PseudonymPermutation / ScatteredRows).
// M=(1<<64)-1
// def mix(z):
//     z=((z^(z>>30))*0xBF58476D1CE4E5B9)&M
//     z=((z^(z>>27))*0x94D049BB133111EB)&M
//     return z^(z>>31)
// class SM:
//     def __init__(s,st): s.s=st
//     def next(s):
//         s.s=(s.s+0x9E3779B97F4A7C15)&M; return mix(s.s)
// def fy(n,seed):
//     o=list(range(n)); g=SM(seed)
//     for i in range(n-1,0,-1):
//         j=g.next()%(i+1); o[i],o[j]=o[j],o[i]
//     return o
// def fnv(s):
//     h=0xCBF29CE484222325
//     for b in s.strip(' \t').encode(): h=((h^b)*0x100000001B3)&M
//     return 1 if h==0 else h
// def bucket_of(r,B): return (r*B)>>64
// def shuffle(rows, seed, B, ids=None):
//     # rows: kept rows in export order; ids: their id strings or None
//     key=mix(seed^0x6A09E667F3BCC908); st=SM(seed^0xBB67AE8584CAA73B)
//     buckets=[[] for _ in range(B)]
//     for k,r in enumerate(rows):
//         b = bucket_of(mix(fnv(ids[k])^key),B) if ids else bucket_of(st.next(),B)
//         buckets[b].append(r)
//     out=[]
//     for b in range(B):
//         bs = seed if b==0 else mix((seed + b*0xD1B54A32D192ED03)&M)
//         o=fy(len(buckets[b]),bs)
//         out += [buckets[b][i] for i in o]
//     return out, [len(x) for x in buckets]

/// The bucket-scatter shuffle of `import` (`ScatteredRows`, `PseudonymPermutation`): the order against an
/// independent re-implementation, duplicates found across buckets, uniformity, and no scratch file left behind.
@Suite struct BucketShuffleTests {
    private let journeyText = "title: T\nscale: {min: 1, max: 5}\nstages:\n  - name: S\n    touchpoints:\n"
        + "      - {id: offer, name: Offer}\n      - {id: month, name: Month}\n"

    /// Imports `export` to a file with `options`; returns the (offer, month) cells of the data rows in file order.
    private func importRows(_ export: String, options: ImportOptions) throws -> (rows: [String], summary: ImportSummary, dir: String) {
        let dir = Fixture.temporaryDirectory()
        try export.write(toFile: dir + "/e.csv", atomically: true, encoding: .utf8)
        let journey = try JourneyLoader.parse(data: Data(journeyText.utf8), path: "j.yaml")
        let summary = try SurveyImporter.importSurvey(exportPath: dir + "/e.csv", journey: journey, options: options,
                                                      outputPath: dir + "/r.csv", overwrite: false)
        let cells = try Fixture.cells(ofFile: dir + "/r.csv")
        #expect(cells.dropFirst(2).map { $0[0] } == (1...(cells.count - 2)).map(String.init))
        return (cells.dropFirst(2).map { $0.dropFirst().joined(separator: ",") }, summary, dir)
    }

    private let withIDs = "ResponseId,Offer,Month\nR1,1,1\nR2,1,2\nR3,1,3\nR4,1,4\nR5,1,5\nR6,2,1\nR7,2,2\nR8,2,3\nR3,2,4\nR5,2,5\n"

    @Test func rowsWithIDsGoToTheBucketOfTheirIDAsAnIndependentReimplementationSays() throws {
        var options = ImportOptions(dedupe: .last, seed: 7)
        options.bucketCount = 4
        let (rows, summary, _) = try importRows(withIDs, options: options)
        // From the Python above, a Python re-implementation of SplitMix64, FNV-1a of the id, the keyed bucket
        // (high word of mix(hash ^ key) × 4) and each bucket's Fisher–Yates shuffle, on the rows --dedupe last keeps;
        // it printed: ids B=4 seed 7: ['1,2', '1,4', '1,1', '2,3', '2,1', '2,2', '2,4', '2,5'] [3, 0, 2, 3]
        #expect(rows == ["1,2", "1,4", "1,1", "2,3", "2,1", "2,2", "2,4", "2,5"])
        // R3 (record 4) is repeated at record 10, R5 (record 6) at record 11; the header is record 1.
        #expect(summary.duplicateCount == 2 && summary.rowsKept == 8)
        #expect(summary.duplicateExamples.map { [$0.row, $0.first] } == [[10, 4], [11, 6]])
    }

    @Test func rowsWithoutIDsGoToARandomBucket() throws {
        let export = "Offer,Month\n1,1\n1,2\n1,3\n1,4\n1,5\n2,1\n2,2\n2,3\n2,4\n2,5\n"
        var options = ImportOptions(seed: 7)
        options.bucketCount = 3
        // the Python above printed: no ids B=3 seed 7: ['1,3', '2,2', '1,2', '2,4', '1,1', '1,5', '1,4', '2,3', '2,5', '2,1'] [4, 4, 2]
        #expect(try importRows(export, options: options).rows == ["1,3", "2,2", "1,2", "2,4", "1,1", "1,5", "1,4", "2,3", "2,5", "2,1"])
        options.bucketCount = 1
        // One bucket is the plain Fisher–Yates shuffle of the export rows:
        // B=1 seed 7: ['2,4', '1,2', '2,1', '2,5', '1,1', '1,5', '1,4', '1,3', '2,2', '2,3'] [10]
        #expect(try importRows(export, options: options).rows == ["2,4", "1,2", "2,1", "2,5", "1,1", "1,5", "1,4", "1,3", "2,2", "2,3"])
    }

    @Test(arguments: [1, 2, 5, 16, 64])
    func duplicatesAreFoundWhateverTheNumberOfBuckets(buckets: Int) throws {
        // 40 rows, ids I0…I9 each four times: 30 repeats; the first repeats are records 12…16 of I0…I4 (records 2…6).
        let rows = (0..<40).map { "I\($0 % 10),\($0 / 10 + 1),\($0 % 5 + 1)" }
        let export = "ResponseId,Offer,Month\n" + rows.joined(separator: "\n") + "\n"
        var options = ImportOptions(dedupe: .first, seed: 3)
        options.bucketCount = buckets
        let (kept, summary, _) = try importRows(export, options: options)
        #expect(summary.duplicateCount == 30 && summary.rowsKept == 10)
        #expect(summary.duplicateExamples.map { [$0.row, $0.first] } == [[12, 2], [13, 3], [14, 4], [15, 5], [16, 6]])
        #expect(kept.sorted() == (0..<10).map { "1,\($0 % 5 + 1)" }.sorted())
        options.dedupe = .last
        #expect(try importRows(export, options: options).rows.sorted() == (30..<40).map { "4,\($0 % 5 + 1)" }.sorted())
        options.dedupe = nil
        #expect(throws: ImportError.self) { _ = try importRows(export, options: options) }
    }

    @Test func everyOrderOfThreeRowsIsAboutEquallyLikely() throws {
        // 600 seeds, two buckets: each of the 3! = 6 orders is expected 100 times (sd ≈ 9.1); 60…140 is > 4 sd.
        let dir = Fixture.temporaryDirectory()
        try "Offer,Month\n1,1\n2,2\n3,3\n".write(toFile: dir + "/e.csv", atomically: true, encoding: .utf8)
        let journey = try JourneyLoader.parse(data: Data(journeyText.utf8), path: "j.yaml")
        var counts: [[Int]: Int] = [:]
        for seed in 0..<600 {
            var options = ImportOptions(seed: UInt64(seed))
            options.bucketCount = 2
            let (responses, _) = try SurveyImporter.load(exportPath: dir + "/e.csv", journey: journey, options: options)
            counts[responses.answers(for: "offer")!.score.values.map { $0 ?? 0 }, default: 0] += 1
        }
        #expect(counts.count == 6)
        #expect(counts.values.allSatisfy { (60...140).contains($0) }, "\(counts)")
    }

    @Test func noScratchFileIsLeftBehind() throws {
        var options = ImportOptions(dedupe: .first, seed: 7)
        options.bucketCount = 8
        let (_, _, dir) = try importRows(withIDs, options: options)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["e.csv", "r.csv"])
        // Repeats without --dedupe: nothing is written, and no scratch file either.
        let failing = Fixture.temporaryDirectory()
        try withIDs.write(toFile: failing + "/e.csv", atomically: true, encoding: .utf8)
        let journey = try JourneyLoader.parse(data: Data(journeyText.utf8), path: "j.yaml")
        options.dedupe = nil
        #expect(throws: ImportError.self) {
            _ = try SurveyImporter.importSurvey(exportPath: failing + "/e.csv", journey: journey, options: options,
                                                outputPath: failing + "/r.csv", overwrite: false)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: failing) == ["e.csv"])
    }
}
