import CJourneyICU

/// Dictionary word boundaries for Chinese (and Japanese) text from ICU's word break iterator, so that a line never
/// splits a word such as 客户 or 发布 (UAX #29 with ICU's CJK dictionary; kinsoku is applied on top by `TextWrapper`).
enum WordSegmenter {
    /// The character offsets (indices into `Array(text)`) at which a word starts, 0 and the end excluded.
    /// Empty when ICU is unavailable, in which case callers fall back to breaking between any two ideographs.
    static func boundaries(_ text: String) -> Set<Int> {
        let utf16 = Array(text.utf16)
        guard !utf16.isEmpty, utf16.count < Int32.max / 2 else { return [] }
        var offsets = [Int32](repeating: 0, count: utf16.count + 1)
        let count = utf16.withUnsafeBufferPointer { text in
            offsets.withUnsafeMutableBufferPointer { out in
                cjicu_word_boundaries(text.baseAddress, Int32(text.count), out.baseAddress, Int32(out.count))
            }
        }
        guard count > 0 else { return [] }
        let unitOffsets = Set(offsets.prefix(Int(min(count, Int32(offsets.count)))).map(Int.init))
        // UTF-16 offsets → character offsets.
        var result: Set<Int> = []
        var position = 0
        for (index, character) in text.enumerated() {
            if index > 0 && unitOffsets.contains(position) { result.insert(index) }
            position += character.utf16.count
        }
        return result
    }
}
