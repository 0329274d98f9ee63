import Foundation

/// Remembers the lines `TextWrapper.wrap` gave for a text, width, font and line limit. The layout engine lays a map
/// out many times while it fits it to the page (the squeeze steps, the smallest-text check, every page), and each
/// pass wraps the same names again; with the cache each distinct wrap is computed once per process. Pure: the
/// result for a key never changes, so the output stays byte-identical. Bounded: emptied when it holds
/// `capacity` entries.
final class WrapCache: @unchecked Sendable {
    /// What a wrap depends on.
    struct Key: Hashable {
        var text: String
        var width: Double
        var font: FontSpec
        var maxLines: Int
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
