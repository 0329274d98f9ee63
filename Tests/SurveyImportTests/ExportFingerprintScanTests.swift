import Foundation
import Testing
import JourneyModel
@testable import SurveyImport

/// The shuffle's seed when the encoding scan already read the whole export (`readFirstNonASCIIWindow` feeding
/// `ExportFingerprint` block by block): the same seed as hashing the file on its own, for an ASCII export longer
/// than the 1 MiB sample (one read for both), one whose first byte ≥ 0x80 comes after the sample (the scan stops,
/// the hash reads the file), and one whose length is not a multiple of 8 (a tail word in the last block).
@Suite struct ExportFingerprintScanTests {
    private static let journeyText = """
        title: T
        scale: {min: 1, max: 5}
        survey: {respondent: ResponseId, segments: [team]}
        stages:
          - name: S
            touchpoints:
              - {id: q1, name: Q1}
              - {id: q2, name: Q2}
        """

    @Test(arguments: [(70_000, false, 0), (70_000, true, 0), (69_999, false, 3)])
    func seedEqualsTheFileHash(rows: Int, lateNonASCII: Bool, padding: Int) throws {
        var lines = ["ResponseId,team,q1,q2"]
        for i in 0..<rows {
            let team = lateNonASCII && i == rows - 10 ? "Équipe" : "Team \(i % 4)"
            lines.append("R\(i),\(team),\(i % 5 + 1),\((i / 5) % 5 + 1)")
        }
        let text = lines.joined(separator: "\n") + "\n" + String(repeating: " ", count: padding)
        #expect(text.utf8.count > 1 << 20)
        let path = Fixture.temporaryDirectory() + "/survey.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let journey = try JourneyLoader.parse(data: Data(Self.journeyText.utf8), path: "j.yaml")
        let prepared = try SurveyImporter.prepare(exportPath: path, journey: journey, options: ImportOptions())
        #expect(prepared.seed == (try ExportFingerprint.hash(path: path)))
        #expect(prepared.summary.encoding == .utf8)
    }
}
