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
            throw .invalid(path, "a Qualtrics export has three header rows (ids, question text, ImportId); this file has \(headerRows.count)")
        }
        let ids = headerRows[0], texts = headerRows[1]
        let hasImportRow = headerRows.count >= 3 && headerRows[2].contains { $0.hasPrefix("{\"ImportId\"") }
        var columns: [SurveyColumn] = []
        for (index, id) in ids.enumerated() {
            let text = index < texts.count ? texts[index] : id
            let importID = hasImportRow && index < headerRows[2].count ? importIDValue(headerRows[2][index]) : nil
            let isMetadata = metadataIDs.contains(id) || id.hasPrefix("Q_") || (importID.map { !$0.hasPrefix("QID") } ?? false)
            columns.append(SurveyColumn(index: index, id: id, text: text, importID: importID, isMetadata: isMetadata))
        }
        var layout = SurveyLayout(format: .qualtrics, headerRowCount: hasImportRow ? 3 : 2, columns: columns)
        layout.statusColumn = ids.firstIndex(of: "Status")
        layout.finishedColumn = ids.firstIndex(of: "Finished")
        layout.progressColumn = ids.firstIndex(of: "Progress")
        layout.negativeIsNotApplicable = true
        return layout
    }

    /// `QID2_1` from `{"ImportId":"QID2_1"}` (a tiny reader for this one key; the cell is never evaluated).
    static func importIDValue(_ cell: String) -> String? {
        guard let key = cell.range(of: "\"ImportId\"") else { return nil }
        var rest = cell[key.upperBound...].drop { $0 == " " || $0 == ":" }
        guard rest.first == "\"" else { return nil }
        rest = rest.dropFirst()
        guard let close = rest.firstIndex(of: "\"") else { return nil }
        let value = String(rest[..<close])
        return value.isEmpty ? nil : value
    }
}
