import Foundation
import JourneyAnalysis
import JourneyModel

/// Why a map could not be written.
public struct MapExportError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure (the CLI maps it to an exit code).
    public enum Kind: Sendable {
        /// The output file could not be written (exit 73).
        case cannotWrite
        /// PNG/PDF was asked for and `rsvg-convert` is not installed (exit 73).
        case converterMissing
        /// `rsvg-convert` ran and failed (exit 74).
        case conversionFailed
    }

    /// The kind.
    public var kind: Kind
    /// The message for the user.
    public var description: String
    /// The same message in Chinese.
    public var zhDescription: String

    /// Creates an error; without `zh`, the Chinese text is the English one.
    public init(_ kind: Kind, _ description: String, zh: String? = nil) {
        self.kind = kind
        self.description = description
        self.zhDescription = zh ?? description
    }

    /// The message in `language`.
    public func description(in language: JourneyLanguage) -> String { language == .zh ? zhDescription : description }
}

/// Writes a rendered map to disk atomically: SVG directly; PNG/PDF by rendering the SVG to a temporary file,
/// converting it to a temporary output, then moving that into place — a failed render leaves no file behind.
public enum MapExporter {
    /// `export/<journey-basename>.<ext>`, where `render` writes by default.
    public static func defaultOutputPath(forJourney journeyPath: String, format: MapFormat) -> String {
        let base = URL(fileURLWithPath: journeyPath).deletingPathExtension().lastPathComponent
        return "export/\(base).\(format.fileExtension)"
    }

    /// The format implied by a file name (`.png`, `.pdf`, `.svg`), if any.
    public static func format(forPath path: String) -> MapFormat? {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        return ext == "mmd" ? .mermaid : MapFormat.allCases.first { $0 != .mermaid && $0.rawValue == ext }
    }

    /// The paths a map of `pages` pages is written to: `path` itself for one page or a PDF (one file, one page
    /// per map page); for several SVG or PNG pages `name-1.svg`, `name-2.svg` … beside it.
    public static func pagePaths(_ path: String, pages: Int, format: MapFormat) -> [String] {
        guard pages > 1, format != .pdf else { return [path] }
        let ext = (path as NSString).pathExtension
        let base = (path as NSString).deletingPathExtension
        return (1...pages).map { "\(base)-\($0)" + (ext.isEmpty ? "" : "." + ext) }
    }

    /// The extensions `render` writes.
    public static var extensions: [String] { MapFormat.allCases.map(\.fileExtension) }

    /// Renders and writes a map, replacing any file at `path` (no input check: prefer `export(…to: destination)`);
    /// returns the byte count written (all pages).
    @discardableResult
    public static func export(_ journey: Journey, findings: JourneyFindings, options: RenderOptions, format: MapFormat,
                              to path: String, searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) throws(MapExportError) -> Int {
        let destination = OutputDestination(path: path, inputs: [], force: true, extensions: [],
                                            marker: OutputMarker.forExtension(format.rawValue))
        return try export(journey, findings: findings, options: options, format: format, to: destination, searchPath: searchPath)
    }

    /// Renders and writes a map under `destination`'s rules (every page checked before any is written, each
    /// page carrying the format's marker); returns the byte count written (all pages).
    @discardableResult
    public static func export(_ journey: Journey, findings: JourneyFindings, options: RenderOptions, format: MapFormat,
                              to destination: OutputDestination,
                              searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) throws(MapExportError) -> Int {
        if format == .mermaid {
            do { try destination.check() } catch { throw MapExportError(.cannotWrite, error.description, zh: error.description(in: .zh)) }
            return try write(Data(MermaidWriter.text(journey, findings: findings).utf8), to: destination)
        }
        return try export(layouts: MapRenderer.pages(journey, findings: findings, options: options), options: options,
                          format: format, to: destination, searchPath: searchPath)
    }

    /// Writes pages already laid out (`MapRenderer.pages`) as SVG, PNG or PDF under `destination`'s rules, so a
    /// caller that also reads the layout (its smallest text, its page count) lays the map out once.
    @discardableResult
    public static func export(layouts: [MapLayout], options: RenderOptions, format: MapFormat, to destination: OutputDestination,
                              searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) throws(MapExportError) -> Int {
        let svgs = layouts.map { SVGWriter.svg($0, theme: Theme(options.theme), size: options.size) }
        let pageWidth: Double
        switch options.size {
        case .slide: pageWidth = 1920
        case .wide: pageWidth = layouts[0].size.width
        case .a3, .a4: pageWidth = LayoutProfile.of(options.size).page!.width
        }
        return try export(pages: svgs, pageWidth: pageWidth, format: format, to: destination, searchPath: searchPath)
    }

    /// Writes SVG pages as SVG, PNG or PDF (`pagePaths` names the files) under `destination`'s rules (every page
    /// checked before any is written, each carrying the format's marker); returns the byte count written.
    /// PNG and PDF go through rsvg-convert via temporary files, so a failed conversion leaves nothing behind.
    @discardableResult
    public static func export(pages svgs: [Data], pageWidth: Double, format: MapFormat, to destination: OutputDestination,
                              searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) throws(MapExportError) -> Int {
        let path = destination.path
        let paths = pagePaths(path, pages: svgs.count, format: format)
        let marker = OutputMarker.forExtension(format.rawValue)
        let pages = paths.map { destination.sibling($0, marker: marker) }
        for page in pages {
            do { try page.check() } catch { throw MapExportError(.cannotWrite, error.description, zh: error.description(in: .zh)) }
        }
        if format == .svg {
            var written = 0
            for (svg, page) in zip(svgs, pages) { written += try write(svg, to: page) }
            return written
        }
        guard let converter = RasterConverter.locate(searchPath: searchPath) else {
            throw MapExportError(.converterMissing,
                                 "\(path): error: \(format.rawValue.uppercased()) output needs \(RasterConverter.executable), which is not on PATH; install it (Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg) or render --format svg",
                                 zh: "\(path): error: \(format.rawValue.uppercased()) 输出需要 \(RasterConverter.executable)，但它不在 PATH 中；请安装（Debian/Ubuntu：apt-get install librsvg2-bin；macOS：brew install librsvg），或用 render --format svg")
        }
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("journeymap-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        } catch {
            throw MapExportError(.cannotWrite, "\(temporary.path): error: cannot create a temporary directory",
                                 zh: "\(temporary.path): error: 无法创建临时目录")
        }
        // Registered so that Ctrl-C during a slow conversion leaves nothing in the temporary directory.
        var registrations = [TemporaryFiles.register(temporary.path)]
        defer {
            try? FileManager.default.removeItem(at: temporary)
            registrations.forEach(TemporaryFiles.unregister)
        }
        for index in svgs.indices {
            registrations.append(TemporaryFiles.register(temporary.appendingPathComponent("map-\(index + 1).svg").path))
            registrations.append(TemporaryFiles.register(temporary.appendingPathComponent("map-\(index + 1).\(format.rawValue)").path))
        }
        var svgPaths: [String] = []
        for (index, svg) in svgs.enumerated() {
            let svgPath = temporary.appendingPathComponent("map-\(index + 1).svg").path
            guard FileManager.default.createFile(atPath: svgPath, contents: RasterConverter.withoutSkinTones(svg)) else {
                throw MapExportError(.cannotWrite, "\(svgPath): error: cannot write a temporary file", zh: "\(svgPath): error: 无法写入临时文件")
            }
            svgPaths.append(svgPath)
        }
        // A PDF takes every page in one run (rsvg-convert writes one PDF page per SVG); a PNG is one file per page.
        let groups: [[String]] = format == .pdf ? [svgPaths] : svgPaths.map { [$0] }
        var outputs: [(Data, OutputDestination)] = []
        for (index, group) in groups.enumerated() {
            let outputPath = temporary.appendingPathComponent("map-\(index + 1).\(format.rawValue)").path
            try RasterConverter.convert(converter: converter, svgPaths: group, outputPath: outputPath, reportPath: paths[index],
                                        format: format, zoom: RasterConverter.zoom(forWidth: pageWidth))
            guard let bytes = FileManager.default.contents(atPath: outputPath), !bytes.isEmpty else {
                throw MapExportError(.conversionFailed, "\(paths[index]): error: \(RasterConverter.executable) produced no output",
                                     zh: "\(paths[index]): error: \(RasterConverter.executable) 没有产生输出")
            }
            outputs.append((bytes, pages[index]))
        }
        var written = 0
        for (bytes, page) in outputs { written += try write(bytes, to: page) }
        return written
    }

    /// Writes one page; returns the byte count written (the marker included).
    static func write(_ data: Data, to destination: OutputDestination) throws(MapExportError) -> Int {
        let marked = destination.marker?.apply(to: data) ?? data
        do {
            try destination.write(marked)
        } catch {
            throw MapExportError(.cannotWrite, error.description, zh: error.description(in: .zh))
        }
        return marked.count
    }
}
