import JourneyModel

/// Reads a responses file back into `SurveyResponses`, checking it against the journey.
struct ResponsesFileReader {
    let path: String
    let journey: Journey

    func read() throws(ImportError) -> SurveyResponses {
        let scanner = CSVScanner(source: try FileByteSource(path: path), path: path)
        guard try scanner.nextRecord(), scanner.strings() == ResponsesFile.magicLine.split(separator: ",").map(String.init) else {
            throw .invalid(path, row: 1, "not a journeymap responses file: line 1 should be `\(ResponsesFile.magicLine)`; create it with `journeymap import EXPORT --journey \(journey.path.isEmpty ? "JOURNEY" : journey.path)`")
        }
        guard try scanner.nextRecord() else { throw .invalid(path, row: 2, "the header row is missing") }
        let headers = scanner.strings()
        guard headers.first == "respondent" else {
            throw .invalid(path, row: 2, column: headers.first ?? "", "the first column should be `respondent`")
        }
        var problems: [ImportProblem] = []
        var columns: [ResponsesColumn] = []
        for header in headers.dropFirst() {
            guard let parsed = ResponsesColumn.parse(header: header) else {
                problems.append(ImportProblem(.error, path: path, row: 2, column: header,
                                              "not a responses column; expected forms like `score:ID[1..5]`, `segment:NAME`, `comment:ID`"))
                continue
            }
            var column = parsed.column
            if column.kind == .segment { columns.append(column); continue }
            var expected: RatingScale?
            if let id = column.touchpointID {
                guard journey.touchpoint(id: id) != nil else {
                    problems.append(ImportProblem(.error, path: path, row: 2, column: header,
                                                  "the journey has no touchpoint \"\(id)\" (renamed?); re-run `journeymap import` with --force"))
                    continue
                }
            }
            switch column.kind {
            case .overall: expected = journey.overallScale
            case .enps: expected = .recommend
            case .score, .wish: expected = journey.scale
            case .importance: expected = journey.importanceScale
            case .kanoFunctional, .kanoDysfunctional: expected = KanoAnswer.scale
            case .segment, .comment: expected = nil
            }
            if let expected, let low = parsed.min, let high = parsed.max {
                guard expected.min == low, expected.max == high else {
                    problems.append(ImportProblem(.error, path: path, row: 2, column: header,
                                                  "the journey now rates this on \(expected.rangeText), the file on \(low)–\(high); re-run `journeymap import` with --force"))
                    continue
                }
                column.scale = expected
            }
            columns.append(column)
        }
        if !problems.isEmpty { throw .invalid(problems) }
        // Touchpoints in journey order; the file may list them in any order.
        let order = Dictionary(uniqueKeysWithValues: journey.touchpoints.enumerated().map { ($0.element.id, $0.offset) })
        var seen = Set<String>()
        for column in columns where !seen.insert(column.header).inserted {
            throw .invalid(path, row: 2, column: column.header, "the column appears twice")
        }
        for column in columns where column.touchpointID != nil && column.kind != .score {
            if !columns.contains(where: { $0.kind == .score && $0.touchpointID == column.touchpointID }) {
                throw .invalid(path, row: 2, column: column.header, "touchpoint \"\(column.touchpointID!)\" has no score column")
            }
        }
        let fileOrder = columns
        let sorted = fileOrder.enumerated().sorted { a, b in
            func key(_ c: ResponsesColumn, _ i: Int) -> (Int, Int, Int, Int) {
                switch c.kind {
                case .segment: return (0, 0, 0, i)
                case .overall: return (1, 0, 0, i)
                case .enps: return (2, 0, 0, i)
                case .comment where c.isJourneyComment: return (2, 1, 0, i)
                default: return (3, order[c.touchpointID!] ?? 0, ResponsesLayout.touchpointKindOrder.firstIndex(of: c.kind) ?? 0, i)
                }
            }
            return key(a.element, a.offset) < key(b.element, b.offset)
        }
        let layout = ResponsesLayout(columns: sorted.map(\.element))
        // For each layout column, where it sits in the file row (+1 for the respondent column).
        let filePosition = sorted.map { $0.offset + 1 }
        var builder = SurveyResponsesBuilder(layout: layout)
        var row = NormalizedRow(layout: layout)
        let ratingSlots = layout.ratingIndices, textSlots = layout.textIndices
        while try scanner.nextRecord() {
            if scanner.recordIsBlank { continue }
            guard scanner.fieldCount == headers.count else {
                throw .invalid(path, row: scanner.recordNumber, "the row has \(scanner.fieldCount) fields, the header \(headers.count)")
            }
            for (slot, index) in ratingSlots.enumerated() {
                let cell = scanner.field(filePosition[index])
                if cell.isEmpty { row.codes[slot] = 0; continue }
                let scale = layout.columns[index].scale!
                guard let value = ValueMapper.fastInteger(cell), value >= scale.min, value <= scale.max else {
                    throw .invalid(path, row: scanner.recordNumber, column: headers[filePosition[index]],
                                   "value \(CellExcerpt.quoted(String(decoding: cell, as: UTF8.self))) is not a whole number on the \(scale.rangeText) scale")
                }
                row.codes[slot] = UInt8(value - scale.min + 1)
            }
            for (slot, index) in textSlots.enumerated() {
                let cell = scanner.field(filePosition[index])
                guard UTF8Check.firstInvalid(cell) == nil else {
                    throw .invalid(path, row: scanner.recordNumber, column: headers[filePosition[index]], "the cell is not valid UTF-8")
                }
                row.texts[slot] = cell.isEmpty ? nil : String(decoding: cell, as: UTF8.self)
            }
            try builder.append(row)
        }
        let responses = builder.build()
        try Self.refuseIdentifyingSegments(responses, path: path)
        return responses
    }

    /// A responses file written by hand or by an older version may keep a segment that identifies people:
    /// analysis refuses it, saying why and never printing its values.
    static func refuseIdentifyingSegments(_ responses: SurveyResponses, path: String) throws(ImportError) {
        var problems: [ImportProblem] = []
        for segment in responses.segments {
            let header = "segment:" + segment.name
            let reason: String?
            if let kind = IdentifyingColumnDetector.classify(header: segment.name) {
                reason = "its name says it holds \(kind.rawValue)s"
            } else {
                var counts = [Int](repeating: 0, count: segment.levels.count + 1)
                for code in segment.codes { counts[Int(code)] += 1 }
                reason = IdentifyingColumnDetector.segmentReason(levels: segment.levels.enumerated().map { ($0.element, counts[$0.offset + 1]) })
            }
            if let reason {
                problems.append(ImportProblem(.error, path: path, column: header,
                    "segment \(DiagnosticText.quoted(segment.name)) is refused for analysis: \(reason); segments must group people, not identify them — remove the column from the file and from survey.segments, then re-import"))
            }
        }
        if !problems.isEmpty { throw .invalid(problems) }
    }
}
