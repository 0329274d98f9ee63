import Foundation
import JourneyModel

/// Shared by every harness: the fixed journey the import harnesses bind to, and a per-process temporary file.
enum FuzzSupport {
    /// `Tests/Fixtures/import/hostile.journey.yaml`: a small journey the import fixtures bind to.
    static let journey: Journey = {
        let yaml = """
        # Test journey for the hostile fixtures.
        title: Hostile inputs
        language: en
        scale: {min: 1, max: 5}
        survey:
          respondent: id
        stages:
          - name: Joining
            touchpoints:
              - id: offer
                name: Offer
              - id: first-week
                name: First week
                survey: {comment: Comment}
        """
        return try! JourneyLoader.parse(data: Data(yaml.utf8), path: "fuzz.journey.yaml")
    }()

    /// Writes `bytes` to this process's temporary file with `ext` and returns its path.
    static func write(_ bytes: UnsafeRawBufferPointer, ext: String) -> String {
        let path = NSTemporaryDirectory() + "/journeymap-fuzz-\(getpid()).\(ext)"
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }
}
