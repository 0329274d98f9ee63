import Foundation
import JourneyModel

extension CommandInputs {
    /// The journey with its workshop sidecar (`<name>.workshop.yaml`) merged when there is one: each voted idea an
    /// action on its touchpoint. An idea for a touchpoint the journey no longer has is left out with a warning; a
    /// sidecar that cannot be read fails like the journey would (65/74).
    static func journeyWithWorkshop(at path: String) throws -> Journey {
        let journey = try journey(at: path)
        let sidecar: WorkshopFile?
        do {
            sidecar = try WorkshopFileLoader.loadIfPresent(forJourney: path)
        } catch {
            Console.error(error.description(in: MessageLanguage.current))
            throw ExitStatus.code(for: error)
        }
        guard let sidecar else { return journey }
        let merged = journey.mergingWorkshop(sidecar)
        for warning in merged.unmatchedWarnings(sidecarPath: sidecar.path) { Console.error(warning.localized) }
        return merged.journey
    }
}
