import Foundation

/// Converts SVG to PNG or PDF with `rsvg-convert` (librsvg), found on PATH; never a library dependency.
public enum RasterConverter {
    /// The converter's executable name.
    public static let executable = "rsvg-convert"

    /// The converter's path, searched in `searchPath` (colon-separated, default `$PATH`).
    public static func locate(searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        for directory in (searchPath ?? "").split(separator: ":") where !directory.isEmpty {
            let candidate = String(directory) + "/" + executable
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Largest PNG edge librsvg can write is 32767 px; stay well under it.
    static let maxPixels = 30_000.0

    /// PNG zoom: 2× for sharp slides and chat, less when a very wide map would exceed librsvg's limit.
    public static func zoom(forWidth width: Double) -> Double {
        let zoom = min(2, maxPixels / max(width, 1))
        return (zoom * 100).rounded(.down) / 100
    }

    /// Converts `svgPaths` (several only for a multi-page PDF) to `outputPath` in `format`; `reportPath` is the
    /// user's output path used in messages.
    static func convert(converter: String, svgPaths: [String], outputPath: String, reportPath: String, format: MapFormat,
                        zoom: Double) throws(MapExportError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: converter)
        var arguments = ["-f", format.rawValue, "-o", outputPath]
        if format == .png { arguments += ["-z", MapNumber.coordinate(zoom)] }
        process.arguments = arguments + svgPaths
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw MapExportError(.conversionFailed, "\(converter): error: cannot run: \(error.localizedDescription)",
                                 zh: "\(converter): error: 无法运行：\(error.localizedDescription)")
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw MapExportError(.conversionFailed,
                                 "\(reportPath): error: \(executable) failed (exit \(process.terminationStatus))\(text.isEmpty ? "" : ": " + text)",
                                 zh: "\(reportPath): error: \(executable) 失败（退出码 \(process.terminationStatus)）\(text.isEmpty ? "" : "：" + text)")
        }
    }
}
