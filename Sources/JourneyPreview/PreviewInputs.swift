import Foundation
import JourneyModel
import JourneyRender
import SurveyImport

/// What a preview (or `render --watch`) draws and which files it watches: the journey, the workshop sidecar beside
/// it, and the responses file — the one named with `--responses`, else `<journey>.responses.csv` beside the
/// journey. The sidecar and the default responses file are watched even while they do not exist, so the first
/// `journeymap votes` or `journeymap import` shows up without a restart.
public struct PreviewInputs: Sendable, Hashable {
    /// The journey YAML.
    public var journeyPath: String
    /// The responses file named by the user, if any.
    public var explicitResponsesPath: String?
    /// How the map is drawn (theme, size, language, takeaway).
    public var options: RenderOptions

    /// The inputs of one preview.
    public init(journeyPath: String, explicitResponsesPath: String? = nil, options: RenderOptions = RenderOptions()) {
        self.journeyPath = journeyPath
        self.explicitResponsesPath = explicitResponsesPath
        self.options = options
    }

    /// The responses file the map reads when it exists.
    public var responsesPath: String {
        explicitResponsesPath ?? ResponsesFile.defaultPath(forJourney: journeyPath)
    }

    /// `<journey-dir>/<journey-basename>.workshop.yaml`, the sidecar `journeymap votes` writes.
    public var sidecarPath: String { WorkshopFile.defaultPath(forJourney: journeyPath) }

    /// Every watched path: journey, sidecar, responses.
    public var watchedPaths: [String] { [journeyPath, sidecarPath, responsesPath] }

    /// The watched files' fingerprints now, in `watchedPaths` order.
    public func fingerprints() -> [FileFingerprint] { watchedPaths.map(FileFingerprint.of(path:)) }
}
