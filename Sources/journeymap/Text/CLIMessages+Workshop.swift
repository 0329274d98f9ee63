import JourneyModel
import JourneyRender

/// What the workshop commands (import-mermaid, ideas, worksheet, questions) say, in both languages.
extension CLIMessages {
    // MARK: - import-mermaid

    static func importedFromMermaid(_ file: String) -> LocalizedText {
        LocalizedText(en: "Imported from \(file) by journeymap import-mermaid; edit freely, then run journeymap validate",
                      zh: "由 journeymap import-mermaid 从 \(file) 导入；可随意修改，改完运行 journeymap validate")
    }

    static func wroteFromMermaid(_ path: String, stages: Int, touchpoints: Int) -> LocalizedText {
        LocalizedText(en: "wrote \(path) (\(stages) stage\(stages == 1 ? "" : "s"), \(touchpoints) touchpoint\(touchpoints == 1 ? "" : "s"))",
                      zh: "已写入 \(path)（\(stages) 个阶段，\(touchpoints) 个触点）")
    }

    // MARK: - ideas

    static func perTouchpointRange(_ value: Int) -> LocalizedText {
        LocalizedText(en: "--per-touchpoint \(value) is outside 1–20", zh: "--per-touchpoint \(value) 超出 1–20")
    }

    // MARK: - worksheet

    static func badWorksheetDate(_ text: String) -> LocalizedText {
        LocalizedText(en: "--date \(text) is not a date; write it as YYYY-MM-DD, e.g. 2026-12-01",
                      zh: "--date \(text) 不是日期；请写成 YYYY-MM-DD，例如 2026-12-01")
    }

    static func worksheetExtension(_ path: String) -> LocalizedText {
        LocalizedText(en: "-o \(path): a worksheet is written as .svg, .pdf or .png", zh: "-o \(path)：工作表只能写成 .svg、.pdf 或 .png")
    }

    /// What `worksheet` wrote; a journey split over several sheets says on how many, and why.
    static func wroteWorksheet(_ paths: String, size: String, touchpoints: Int, sheets: Int = 1, noteMM: Int = 76, bytes: Int) -> LocalizedText {
        guard sheets > 1 else {
            return LocalizedText(en: "\(paths): \(size.uppercased()) worksheet, \(touchpoints) touchpoints, \(bytes) bytes",
                                 zh: "\(paths)：\(size.uppercased()) 工作表，\(touchpoints) 个触点，\(bytes) 字节")
        }
        return LocalizedText(
            en: "\(paths): \(size.uppercased()) worksheet, \(touchpoints) touchpoints on \(sheets) sheets (so that every sticky-note box takes a \(noteMM) mm note; --one-sheet keeps them on one), \(bytes) bytes",
            zh: "\(paths)：\(size.uppercased()) 工作表，\(touchpoints) 个触点分在 \(sheets) 张上（每个便利贴格都放得下 \(noteMM) mm 便利贴；--one-sheet 放在一张上），\(bytes) 字节")
    }

    /// A worksheet kept on one sheet (`--one-sheet`) whose sticky-note boxes are narrower than the
    /// note it is made for (`--note`); without the flag it would take `sheets` sheets.
    static func narrowNoteBoxes(_ path: String, widthMM: Int, noteMM: Int, touchpoints: Int, size: String, most: Int, sheets: Int) -> LocalizedText {
        LocalizedText(
            en: "\(path): warning: the sticky-note boxes are \(widthMM) mm wide (\(touchpoints) touchpoints on \(size.uppercased())), narrower than a \(noteMM) mm sticky note; \(size == "a4" ? "print --size a3, or " : "")leave out --one-sheet to print it on \(sheets) sheets of at most \(most) touchpoints",
            zh: "\(path): warning: 便利贴格子只有 \(widthMM) mm 宽（\(size.uppercased()) 上 \(touchpoints) 个触点），比 \(noteMM) mm 的便利贴还窄；请\(size == "a4" ? "用 --size a3 打印，或" : "")去掉 --one-sheet，分 \(sheets) 张打印，每张最多 \(most) 个触点")
    }

    /// `--note` outside the sticky notes a sheet can be made for.
    static func badNoteSize(_ mm: Int) -> LocalizedText {
        let range = StickyNoteFit.noteRangeMM
        return LocalizedText(en: "--note \(mm): the sticky note's side in mm must be \(range.lowerBound)–\(range.upperBound) (76 is the usual 3-inch note, 38 the 1.5-inch one)",
                             zh: "--note \(mm)：便利贴边长（毫米）须在 \(range.lowerBound)–\(range.upperBound) 之间（76 是常见的 3 英寸便利贴，38 是 1.5 英寸的）")
    }

    /// Every workshop message with sample arguments, for the catalog test.
    static var workshopSamples: [LocalizedText] {
        [importedFromMermaid("x.mmd"), wroteFromMermaid("x", stages: 1, touchpoints: 2), perTouchpointRange(0), badWorksheetDate("x"),
         worksheetExtension("x.txt"), wroteWorksheet("x", size: "a3", touchpoints: 2, bytes: 3),
         wroteWorksheet("x-1.svg, x-2.svg", size: "a3", touchpoints: 15, sheets: 2, bytes: 3),
         narrowNoteBoxes("x", widthMM: 16, noteMM: 38, touchpoints: 15, size: "a4", most: 6, sheets: 3), badNoteSize(200)]
    }
}
