import Foundation
import Testing

/// Generated sample data must match its generator. The generator is Python (a development-time tool, never a
/// runtime dependency), so this check runs where python3 is installed — as it is in CI.
@Suite struct SampleDataDriftTests {
    static let python3Available = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
        || (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/python3") }

    @Test(.enabled(if: python3Available, "python3 is not installed"))
    func sampleSurveyMatchesItsGenerator() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [CommandRunner.packageRoot.appendingPathComponent("scripts/check-samples.sh").path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
    }
}
