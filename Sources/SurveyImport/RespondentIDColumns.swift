/// The columns survey tools put their own response ids in, used to find repeated responses when the journey
/// declares no `survey.respondent`, and a hash of an id cell (the ids themselves are never kept).
enum RespondentIDColumns {
    /// Ids and headers of the tools' response-id columns.
    static let known: Set<String> = ["ResponseId", "ResponseID", "_recordId", "Respondent ID", "RespondentID", "Response ID", "id"]

    /// A 64-bit FNV-1a hash of the trimmed cell; nil for an empty cell (no id, never a duplicate).
    static func hash(_ cell: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var start = 0, end = cell.count
        while start < end, cell[start] == 0x20 || cell[start] == 0x09 { start += 1 }
        while end > start, cell[end - 1] == 0x20 || cell[end - 1] == 0x09 { end -= 1 }
        guard start < end else { return nil }
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for i in start..<end { h = (h ^ UInt64(cell[i])) &* 0x0000_0100_0000_01B3 }
        return h == 0 ? 1 : h
    }
}
