import Foundation
import JourneyAnalysis
import JourneyModel
import Testing
@testable import JourneyRender

@Suite struct MapExporterTests {
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jm-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func sample() throws -> (Journey, JourneyFindings) {
        let journey = try TestPaths.load(TestPaths.samplePaths()[0])
        return (journey, EstimateAnalyzer.analyze(journey))
    }

    @Test func writesSVGAtomically() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (journey, findings) = try Self.sample()
        let path = dir.appendingPathComponent("out/map.svg").path
        let bytes = try MapExporter.export(journey, findings: findings, options: RenderOptions(), format: .svg, to: path)
        #expect(FileManager.default.contents(atPath: path)?.count == bytes)
        // Only the map in the directory: no temporary left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path) == ["map.svg"])
    }

    @Test func missingConverterLeavesNoFile() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (journey, findings) = try Self.sample()
        let path = dir.appendingPathComponent("map.png").path
        #expect {
            try MapExporter.export(journey, findings: findings, options: RenderOptions(), format: .png, to: path, searchPath: dir.path)
        } throws: { error in
            guard let error = error as? MapExportError else { return false }
            return error.kind == .converterMissing && error.description.contains("apt-get install librsvg2-bin")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func unwritableTargetIsAnError() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (journey, findings) = try Self.sample()
        // The target is a directory.
        #expect(throws: MapExportError.self) {
            try MapExporter.export(journey, findings: findings, options: RenderOptions(), format: .svg, to: dir.path)
        }
    }

    @Test(.enabled(if: RasterConverter.locate() != nil, "rsvg-convert not installed"))
    func convertsToPNGAndPDF() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (journey, findings) = try Self.sample()
        let png = dir.appendingPathComponent("map.png").path
        try MapExporter.export(journey, findings: findings, options: RenderOptions(), format: .png, to: png)
        let pngBytes = try #require(FileManager.default.contents(atPath: png))
        #expect(pngBytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = dir.appendingPathComponent("map.pdf").path
        try MapExporter.export(journey, findings: findings, options: RenderOptions(), format: .pdf, to: pdf)
        #expect(FileManager.default.contents(atPath: pdf)?.starts(with: Array("%PDF".utf8)) == true)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir.path)) == ["map.png", "map.pdf"])
    }

    /// A PNG or PDF is drawn without skin-tone modifiers (Symbola draws them as hatched swatches); every other byte,
    /// the amphora U+1F3FA just before the modifiers included, is kept. Expected strings written by hand.
    @Test func rasterInputDropsOnlySkinTones() {
        let svg = Data("<text>a👍🏽b👨🏿‍🦱c🏺d🏻</text>".utf8)
        #expect(String(decoding: RasterConverter.withoutSkinTones(svg), as: UTF8.self) == "<text>a👍b👨‍🦱c🏺d</text>")
        let plain = Data("<svg>客服 🎉 😀 👨‍👩‍👧 ✎</svg>".utf8)
        #expect(RasterConverter.withoutSkinTones(plain) == plain)
        #expect(RasterConverter.withoutSkinTones(Data([0xF0, 0x9F, 0x8F])) == Data([0xF0, 0x9F, 0x8F]))
    }

    @Test func pngZoomStaysUnderLibrsvgsLimit() {
        #expect(RasterConverter.zoom(forWidth: 2266) == 2)
        // 200 touchpoints: 132 + 64 + 200 × 138 = 27796 units wide → 30000/27796 = 1.079… → 1.07.
        #expect(RasterConverter.zoom(forWidth: 27796) == 1.07)
        #expect(27796 * RasterConverter.zoom(forWidth: 27796) < 32767)
    }

    @Test func defaultOutputPath() {
        #expect(MapExporter.defaultOutputPath(forJourney: "journeys/onboarding-90-days.yaml", format: .svg) == "export/onboarding-90-days.svg")
        #expect(MapExporter.defaultOutputPath(forJourney: "/x/y/team.yml", format: .png) == "export/team.png")
        #expect(MapExporter.format(forPath: "a/b.PDF") == .pdf)
        #expect(MapExporter.format(forPath: "a/b") == nil)
    }
}
