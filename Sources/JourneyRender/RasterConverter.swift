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

    /// The SVG a PNG or PDF is drawn from, without emoji skin-tone modifiers (U+1F3FB–1F3FF): librsvg draws emoji
    /// with a monochrome font (Symbola), where a modifier is a hatched swatch beside the hand ("👍🏽" → 👍▩), not a
    /// tone. The SVG file itself keeps them for viewers with a colour emoji font. In UTF-8 the modifiers are
    /// F0 9F 8F BB–BF, bytes no markup contains.
    static func withoutSkinTones(_ svg: Data) -> Data {
        guard svg.count >= 4 else { return svg }
        var out = Data(capacity: svg.count)
        var index = svg.startIndex
        while index < svg.endIndex {
            if svg[index] == 0xF0, index + 3 < svg.endIndex, svg[index + 1] == 0x9F, svg[index + 2] == 0x8F,
               (0xBB...0xBF).contains(svg[index + 3]) {
                index += 4
                continue
            }
            out.append(svg[index])
            index += 1
        }
        return out
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
