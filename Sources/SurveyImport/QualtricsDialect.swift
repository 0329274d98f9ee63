/// Qualtrics CSV/TSV: row 1 ids (`Q2_1`), row 2 question text (`Question - Row`), row 3 ImportId JSON;
/// `Status` filters test, preview and spam responses; `Finished` marks partial ones.
enum QualtricsDialect: SurveyDialect {
    static let format = SurveyFormat.qualtrics

    /// Qualtrics' own fields (FORMATS.md), never answers.
    static let metadataIDs: Set<String> = [
        "StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate",
        "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail", "ExternalReference",
        "ExternalDataReference", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage",
    ]

    /// Status codes kept: 0 normal, 4 imported, 16 offline (text exports name them).
    static let keptStatuses: Set<String> = ["0", "4", "16", "IP Address", "Imported", "Offline"]
    /// Why other statuses are skipped.
    static let statusReasons: [String: String] = [
        "1": "survey preview", "Survey Preview": "survey preview",
        "2": "survey test", "Survey Test": "survey test",
        "8": "spam", "Spam": "spam",
        "9": "preview spam", "Survey Preview Spam": "preview spam",
        "17": "offline preview", "Offline Survey Preview": "offline preview",
    ]

    static func layout(headerRows: [[String]], path: String) throws(ImportError) -> SurveyLayout {
        guard headerRows.count >= 2 else {
            throw .invalid(path, "a Qualtrics export has three header rows (ids, question text, ImportId); this file has \(headerRows.count)",
                           zh: "Qualtrics 导出文件有三行表头（id、题目文字、ImportId）；这个文件有 \(headerRows.count) 行")
        }
        var ids = headerRows[0]
        let texts = headerRows[1]
        let hasImportRow = headerRows.count >= 3 && headerRows[2].contains(where: isImportIDCell)
        // Legacy (pre-2017) exports: row 1 is V1 … Vn for Qualtrics' own fields, whose names are in row 2.
        let isLegacy = ids.first == "V1"
        if isLegacy {
            for i in ids.indices where isLegacyVariable(ids[i]) && i < texts.count && !texts[i].isEmpty { ids[i] = texts[i] }
        }
        var columns: [SurveyColumn] = []
        for (index, id) in ids.enumerated() {
            let text = index < texts.count ? texts[index] : id
            let importID = hasImportRow && index < headerRows[2].count ? importIDValue(headerRows[2][index]) : nil
            let isMetadata = metadataIDs.contains(id) || legacyMetadataIDs.contains(id) || id.hasPrefix("Q_")
                || (importID.map { !isQuestionImportID($0) } ?? false)
                || (isLegacy && isLegacyVariable(headerRows[0][index]))
            columns.append(SurveyColumn(index: index, id: id, text: text, importID: importID, isMetadata: isMetadata))
        }
        var layout = SurveyLayout(format: .qualtrics, headerRowCount: hasImportRow ? 3 : 2, columns: columns)
        layout.statusColumn = ids.firstIndex(of: "Status")
        layout.finishedColumn = ids.firstIndex(of: "Finished")
        layout.progressColumn = ids.firstIndex(of: "Progress")
        layout.negativeIsNotApplicable = true
        return layout
    }

    /// Legacy exports' own fields, by their row-2 names.
    static let legacyMetadataIDs: Set<String> = ["ResponseID", "ResponseSet", "Name", "ExternalDataReference", "EmailAddress",
                                                 "IPAddress", "LocationAccuracy"]

    /// `V1` … `V10`: a legacy export's own fields.
    static func isLegacyVariable(_ id: String) -> Bool {
        id.count >= 2 && id.first == "V" && id.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Whether a row-3 cell is an ImportId: `{"ImportId":"QID2_1"}` (2017 on) or `{'ImportId': 'QID2-1'}` (2016 Insights).
    static func isImportIDCell(_ cell: String) -> Bool {
        cell.hasPrefix("{\"ImportId\"") || cell.hasPrefix("{'ImportId'")
    }

    /// Whether an ImportId is a question (`QID2_1`, `QID2-1`, loop-and-merge `1_QID56_7`), not one of Qualtrics'
    /// own fields (`startDate`, `_recordId`, `panel-RecipientEmail`, `Location-LocationLatitude`).
    static func isQuestionImportID(_ id: String) -> Bool {
        let rest = id.drop { $0.isASCII && $0.isNumber }
        if rest.count < id.count { return rest.hasPrefix("_QID") }
        return id.hasPrefix("QID")
    }

    /// `QID2_1` from `{"ImportId":"QID2_1"}` or `QID2-1` from `{'ImportId': 'QID2-1'}` (a tiny reader for this one
    /// key; the cell is never evaluated).
    static func importIDValue(_ cell: String) -> String? {
        for quote in ["\"", "'"] {
            guard let key = cell.range(of: quote + "ImportId" + quote) else { continue }
            var rest = cell[key.upperBound...].drop { $0 == " " || $0 == ":" }
            guard rest.first.map(String.init) == quote else { return nil }
            rest = rest.dropFirst()
            guard let close = rest.firstIndex(of: Character(quote)) else { return nil }
            let value = String(rest[..<close])
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
