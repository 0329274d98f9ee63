import Foundation

/// Remembers the lines `TextWrapper.wrap` gave for a text, width, font and line limit. The layout engine lays a map
/// out many times while it fits it to the page (the squeeze steps, the smallest-text check, every page), and each
/// pass wraps the same names again; with the cache each distinct wrap is computed once per process. Pure: the
/// result for a key never changes, so the output stays byte-identical. Bounded: emptied when it holds
/// `capacity` entries.
final class WrapCache: @unchecked Sendable {
    /// What a wrap depends on. Texts compare by their UTF-8 bytes, not by canonical equivalence, so a decomposed
    /// "é" never receives the lines of a precomposed one; the hash reads the length and both ends of the text only,
    /// since hashing a 10,000-character name in full on every lookup costs more than the wrap.
    struct Key: Hashable {
        var text: String
        var width: Double
        var font: FontSpec
        var maxLines: Int
        /// Room kept at the end of a cut last line (`TextWrapper.wrap(_:width:font:maxLines:keepingTail:)`).
        var reserve: Double = 0

        static func == (a: Key, b: Key) -> Bool {
            a.width == b.width && a.font == b.font && a.maxLines == b.maxLines && a.reserve == b.reserve
                && a.text.utf8.elementsEqual(b.text.utf8)
        }

        func hash(into hasher: inout Hasher) {
            let bytes = text.utf8
            hasher.combine(bytes.count)
            for byte in bytes.prefix(64) { hasher.combine(byte) }
            for byte in bytes.suffix(64) { hasher.combine(byte) }
            hasher.combine(width)
            hasher.combine(font)
            hasher.combine(maxLines)
            hasher.combine(reserve)
        }
    }

    /// The process-wide cache `TextWrapper.wrap` uses.
    static let shared = WrapCache()

    /// Most entries kept before the cache starts over (a 400-touchpoint map wraps a few thousand texts).
    let capacity = 20_000
    private let lock = NSLock()
    private var entries: [Key: WrappedText] = [:]

    /// The cached result for `key`, or `compute()`'s, remembered.
    func wrapped(_ key: Key, compute: () -> WrappedText) -> WrappedText {
        lock.lock()
        let hit = entries[key]
        lock.unlock()
        if let hit { return hit }
        let result = compute()
        lock.lock()
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = result
        lock.unlock()
        return result
    }
}
