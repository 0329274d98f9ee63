import Foundation
import JourneyModel

/// ZIP containers (Excel `.xlsx`, LimeSurvey `.lsa`) and the binary files journeymap refuses (`.xls`), told
/// apart by their bytes, not their names: `PK\x03\x04` plus `xl/workbook.xml` is a workbook, `PK\x03\x04` plus a
/// `.lsr` entry a LimeSurvey archive, `D0 CF 11 E0` an OLE compound file (Excel 97–2003, or an encrypted `.xlsx`).
extension SurveyImporter {
    /// The import of a container, or nil when the file is not one (it is then read as text).
    static func prepareContainer(sample: [UInt8], exportPath: String, journey: Journey,
                                 options: ImportOptions) throws(ImportError) -> PreparedImport? {
        let ext = URL(fileURLWithPath: exportPath).pathExtension.lowercased()
        if sample.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw .invalid(exportPath, "the file is an Excel 97–2003 workbook (.xls) or a password-protected workbook, which journeymap cannot read; save it as .xlsx (without a password) or CSV",
                           zh: "这是 Excel 97–2003 工作簿（.xls）或加了密码的工作簿，journeymap 读不了；请另存为 .xlsx（不设密码）或 CSV")
        }
        guard sample.starts(with: [0x50, 0x4B, 0x03, 0x04]) || sample.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
            if ["xlsx", "xlsm"].contains(ext) {
                throw .invalid(exportPath, "the file is named .\(ext) but is not a ZIP archive, so not an Excel workbook; save it as .xlsx or CSV",
                               zh: "文件名是 .\(ext)，但它不是 ZIP 压缩包，所以不是 Excel 工作簿；请另存为 .xlsx 或 CSV")
            }
            if ext == "lsa" {
                throw .invalid(exportPath, "the file is named .lsa but is not a ZIP archive, so not a LimeSurvey survey archive",
                               zh: "文件名是 .lsa，但它不是 ZIP 压缩包，所以不是 LimeSurvey 问卷存档")
            }
            return nil
        }
        let archive = try SafeZipArchive(path: exportPath, limits: options.archiveLimits)
        if archive.contains("xl/workbook.xml") {
            return try prepareWorkbook(archive, exportPath: exportPath, journey: journey, options: options)
        }
        let responses = archive.entryPaths.filter { $0.lowercased().hasSuffix(".lsr") }
        if let lsr = responses.first(where: { $0.lowercased().hasSuffix("_responses.lsr") }) ?? responses.first {
            return try prepareLimeSurveyArchive(archive, entry: lsr, exportPath: exportPath, journey: journey, options: options)
        }
        if ext == "lsa" || archive.entryPaths.contains(where: { $0.lowercased().hasSuffix(".lss") }) {
            throw .invalid(exportPath, "the LimeSurvey archive holds no responses (no .lsr file); export the survey archive after responses were collected, or export the responses as .lsr",
                           zh: "这个 LimeSurvey 存档里没有作答数据（没有 .lsr 文件）；请在收集到作答后再导出问卷存档，或直接导出作答 .lsr")
        }
        throw .invalid(exportPath, "the file is a ZIP archive but neither an Excel workbook (.xlsx) nor a LimeSurvey survey archive (.lsa); save it as .xlsx or CSV",
                       zh: "这是 ZIP 压缩包，但既不是 Excel 工作簿（.xlsx），也不是 LimeSurvey 问卷存档（.lsa）；请另存为 .xlsx 或 CSV")
    }

    private static func prepareWorkbook(_ archive: SafeZipArchive, exportPath: String, journey: Journey,
                                        options: ImportOptions) throws(ImportError) -> PreparedImport {
        let workbook = try XLSXWorkbook(archive: archive)
        let (position, sheet) = try workbook.sheet(named: options.sheet)
        let probe = try workbook.rows(of: sheet)
        var sampleRows: [[String]] = []
        while sampleRows.count < 3, try probe.nextRecord() {
            if !probe.recordIsBlank { sampleRows.append(probe.strings()) }
        }
        let place = "Excel workbook, sheet \(DiagnosticText.quoted(sheet.name)) (\(position) of \(workbook.sheets.count))"
        if sampleRows.isEmpty {
            let hint = workbook.sheets.count > 1 ? "; choose the sheet with the responses with --sheet" : ""
            let hintZH = workbook.sheets.count > 1 ? "；请用 --sheet 选择有作答数据的工作表" : ""
            throw .invalid(exportPath, "sheet \(DiagnosticText.quoted(sheet.name)) (\(position) of \(workbook.sheets.count)) is empty\(hint)",
                           zh: "工作表 \(DiagnosticText.quoted(sheet.name))（第 \(position) 个，共 \(workbook.sheets.count) 个）是空的\(hintZH)")
        }
        let detected = FormatDetector.detect(rows: sampleRows)
        var format = detected.format
        var reason = detected.format == .csv ? "no survey tool's header recognized" : detected.reason
        if let forced = options.format {
            if forced == .limeSurveyXML {
                throw .invalid(exportPath, "--format limesurvey-xml, but the file is an Excel workbook",
                               zh: "指定了 --format limesurvey-xml，但文件是 Excel 工作簿")
            }
            reason = forced == detected.format ? "--format \(forced.rawValue), as detected" : "--format \(forced.rawValue)"
            format = forced
        }
        let source = try probe.restarted()
        var headerRows: [[String]] = []
        let headerCount = headerRowCount(format, sampleRows: sampleRows)
        while headerRows.count < headerCount, try source.nextRecord() {
            if !source.recordIsBlank { headerRows.append(source.strings()) }
        }
        try ImportLimits.check(headerRows: headerRows, path: exportPath)
        do {
            let layout = try dialectLayout(format, headerRows: headerRows, path: exportPath)
            return try PreparedImport(source: source, layout: layout, exportPath: exportPath, journey: journey, options: options,
                                      format: format, formatReason: "\(place); \(reason)", encoding: .utf8,
                                      encodingReason: "an Excel workbook's parts are UTF-8 XML")
        } catch .invalid(let problems) where workbook.sheets.count > 1 {
            // The columns may well be on another sheet: say which one was read and what else there is.
            let others = workbook.sheets.enumerated().filter { $0.offset + 1 != position }
                .map { "\($0.offset + 1) \(DiagnosticText.quoted($0.element.name))" }.joined(separator: ", ")
            throw .invalid(problems + [ImportProblem(.note, path: exportPath,
                                                     "sheet \(DiagnosticText.quoted(sheet.name)) (\(position) of \(workbook.sheets.count)) was read; choose another with --sheet: \(others)",
                                                     zh: "读取的是工作表 \(DiagnosticText.quoted(sheet.name))（第 \(position) 个，共 \(workbook.sheets.count) 个）；可用 --sheet 选择其他工作表：\(others)")])
        }
    }

    private static func prepareLimeSurveyArchive(_ archive: SafeZipArchive, entry: String, exportPath: String, journey: Journey,
                                                 options: ImportOptions) throws(ImportError) -> PreparedImport {
        if let forced = options.format, forced != .limeSurveyXML {
            throw .invalid(exportPath, "--format \(forced.rawValue), but the file is a LimeSurvey survey archive (.lsa); use --format auto or limesurvey-xml",
                           zh: "指定了 --format \(forced.rawValue)，但文件是 LimeSurvey 问卷存档（.lsa）；请用 --format auto 或 limesurvey-xml")
        }
        if let sheet = options.sheet {
            throw .usage(LocalizedText(en: "--sheet \(DiagnosticText.quoted(sheet)) applies only to Excel workbooks (.xlsx); \(exportPath) is a LimeSurvey archive",
                                       zh: "--sheet \(DiagnosticText.quoted(sheet)) 只适用于 Excel 工作簿（.xlsx）；\(exportPath) 是 LimeSurvey 问卷存档"))
        }
        let part = try archive.part(entry)
        let stream = part.open()
        if let line = XMLPrologCheck.doctypeLine(stream.peek(4096)) {
            throw .invalid([ImportProblem(.error, at: SourceLocation(path: part.displayPath, line: line, column: 1),
                                          "the XML has a DOCTYPE; survey exports never need one, and it is refused for safety (entities and external references are not read)",
                                          zh: "XML 中有 DOCTYPE；问卷导出文件从不需要它，为安全起见拒绝读取（不读取实体和外部引用）")])
        }
        if let failure = stream.failure { throw failure }
        let reader = try LimeSurveyXMLReader(part: part, stream: stream)
        let reason = options.format == nil ? "LimeSurvey survey archive (.lsa); its responses \(entry) read" : "--format limesurvey-xml, as detected"
        return try PreparedImport(source: reader, layout: reader.layout, exportPath: exportPath, journey: journey,
                                  options: options, format: .limeSurveyXML, formatReason: reason, encoding: .utf8,
                                  encodingReason: "XML declares its own encoding")
    }
}
