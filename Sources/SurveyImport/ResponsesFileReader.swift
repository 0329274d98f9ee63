import JourneyModel

/// Reads a responses file back into `SurveyResponses`, checking it against the journey.
struct ResponsesFileReader {
    let path: String
    let journey: Journey

    func read() throws(ImportError) -> SurveyResponses {
        let scanner = CSVScanner(source: try FileByteSource(path: path), path: path)
        let magic = try scanner.nextRecord() ? scanner.strings() : nil
        let headers = try scanner.nextRecord() ? scanner.strings() : nil
        let (headerRow, layout, filePosition) = try Self.preamble(magic: magic, headers: headers, journey: journey, path: path)
        var builder = SurveyResponsesBuilder(layout: layout)
        var row = NormalizedRow(layout: layout)
        let ratingSlots = layout.ratingIndices, textSlots = layout.textIndices
        while try scanner.nextRecord() {
            if scanner.recordIsBlank { continue }
            guard scanner.fieldCount == headerRow.count else {
                throw .invalid(path, row: scanner.recordNumber, "the row has \(scanner.fieldCount) fields, the header \(headerRow.count)",
                               zh: "这一行有 \(scanner.fieldCount) 个字段，表头有 \(headerRow.count) 个")
            }
            for (slot, index) in ratingSlots.enumerated() {
                let cell = scanner.field(filePosition[index])
                if cell.isEmpty { row.codes[slot] = 0; continue }
                let scale = layout.columns[index].scale!
                guard let value = ValueMapper.fastInteger(cell), value >= scale.min, value <= scale.max else {
                    throw .invalid(path, row: scanner.recordNumber, column: headerRow[filePosition[index]],
                                   "value \(CellExcerpt.quoted(String(decoding: cell, as: UTF8.self))) is not a whole number on the \(scale.rangeText) scale",
                                   zh: "值 \(CellExcerpt.quoted(String(decoding: cell, as: UTF8.self))) 不是 \(scale.rangeText) 量表上的整数")
                }
                row.codes[slot] = UInt8(value - scale.min + 1)
            }
            for (slot, index) in textSlots.enumerated() {
                let cell = scanner.field(filePosition[index])
                guard UTF8Check.firstInvalid(cell) == nil else {
                    throw .invalid(path, row: scanner.recordNumber, column: headerRow[filePosition[index]], "the cell is not valid UTF-8", zh: "单元格不是有效的 UTF-8")
                }
                row.texts[slot] = cell.isEmpty ? nil : String(decoding: cell, as: UTF8.self)
            }
            try builder.append(row)
        }
        let responses = builder.build()
        try Self.refuseIdentifyingSegments(responses, path: path)
        return responses
    }

    /// Checks line 1 (the magic line) and line 2 (the header, nil when missing) and returns the header with the
    /// columns in layout order (see `columns`).
    static func preamble(magic: [String]?, headers: [String]?, journey: Journey, path: String) throws(ImportError)
        -> (headers: [String], layout: ResponsesLayout, filePosition: [Int]) {
        guard let magic, magic == ResponsesFile.magicLine.split(separator: ",").map(String.init) else {
            throw .invalid(path, row: 1, "not a journeymap responses file: line 1 should be `\(ResponsesFile.magicLine)`; create it with `journeymap import EXPORT --journey \(journey.path.isEmpty ? "JOURNEY" : journey.path)`",
                           zh: "不是 journeymap 作答文件：第 1 行应是 `\(ResponsesFile.magicLine)`；请用 `journeymap import EXPORT --journey \(journey.path.isEmpty ? "JOURNEY" : journey.path)` 生成")
        }
        guard let headers else { throw .invalid(path, row: 2, "the header row is missing", zh: "缺少表头行") }
        guard headers.first == "respondent" else {
            throw .invalid(path, row: 2, column: headers.first ?? "", "the first column should be `respondent`", zh: "第一列应是 `respondent`")
        }
        let (layout, filePosition) = try columns(headers: headers, journey: journey, path: path)
        return (headers, layout, filePosition)
    }

    /// The columns of a responses file's header row (after `respondent`), checked against the journey and put in
    /// layout order, with each layout column's position in the file row.
    static func columns(headers: [String], journey: Journey, path: String) throws(ImportError) -> (layout: ResponsesLayout, filePosition: [Int]) {
        var problems: [ImportProblem] = []
        var columns: [ResponsesColumn] = []
        for header in headers.dropFirst() {
            guard let parsed = ResponsesColumn.parse(header: header) else {
                problems.append(ImportProblem(.error, path: path, row: 2, column: header,
                                              "not a responses column; expected forms like `score:ID[1..5]`, `segment:NAME`, `comment:ID`",
                                              zh: "不是作答文件的列；应形如 `score:ID[1..5]`、`segment:NAME`、`comment:ID`"))
                continue
            }
            var column = parsed.column
            if column.kind == .segment { columns.append(column); continue }
            var expected: RatingScale?
            if let id = column.touchpointID {
                guard journey.touchpoint(id: id) != nil else {
                    problems.append(ImportProblem(.error, path: path, row: 2, column: header,
                                                  "the journey has no touchpoint \"\(id)\" (renamed?); re-run `journeymap import` with --force",
                                                  zh: "旅程中没有触点 \"\(id)\"（改名了？）；请加 --force 重新运行 `journeymap import`"))
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
                                                  "the journey now rates this on \(expected.rangeText), the file on \(low)–\(high); re-run `journeymap import` with --force",
                                                  zh: "旅程现在用 \(expected.rangeText) 评分，文件中是 \(low)–\(high)；请加 --force 重新运行 `journeymap import`"))
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
            throw .invalid(path, row: 2, column: column.header, "the column appears twice", zh: "这一列出现了两次")
        }
        for column in columns where column.touchpointID != nil && column.kind != .score {
            if !columns.contains(where: { $0.kind == .score && $0.touchpointID == column.touchpointID }) {
                throw .invalid(path, row: 2, column: column.header, "touchpoint \"\(column.touchpointID!)\" has no score column", zh: "触点 \"\(column.touchpointID!)\" 没有 score 列")
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
        return (layout, filePosition)
    }

    /// A responses file written by hand or by an older version may keep a segment that identifies people:
    /// analysis refuses it, saying why and never printing its values.
    static func refuseIdentifyingSegments(_ responses: SurveyResponses, path: String) throws(ImportError) {
        var problems: [ImportProblem] = []
        for segment in responses.segments {
            var counts = [Int](repeating: 0, count: segment.levels.count + 1)
            for code in segment.codes { counts[Int(code)] += 1 }
            if let reason = identifyingReason(name: segment.name, levels: segment.levels.enumerated().map { ($0.element, counts[$0.offset + 1]) }) {
                problems.append(identifyingProblem(name: segment.name, reason: reason, path: path))
            }
        }
        if !problems.isEmpty { throw .invalid(problems) }
    }

    /// Why a segment column identifies people (its name, or values held by one or two people each), or nil.
    static func identifyingReason(name: String, levels: [(String, Int)]) -> String? {
        if let kind = IdentifyingColumnDetector.classify(header: name) { return "its name says it holds \(kind.rawValue)s" }
        return IdentifyingColumnDetector.segmentReason(levels: levels)
    }

    /// The refusal of an identifying segment column, never quoting its values.
    static func identifyingProblem(name: String, reason: String, path: String) -> ImportProblem {
        ImportProblem(.error, path: path, column: "segment:" + name,
            "segment \(DiagnosticText.quoted(name)) is refused for analysis: \(reason); segments must group people, not identify them — remove the column from the file and from survey.segments, then re-import",
            zh: "分组 \(DiagnosticText.quoted(name)) 不能用于分析：\(reason)；分组只能把人归组，不能识别个人——请从文件和 survey.segments 中删除这一列，然后重新导入")
    }
}
