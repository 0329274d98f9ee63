import Yams

/// Looking a key up in a YAML mapping by its text alone. Yams' own `mapping["key"]` compares each key as a `Node`,
/// whose equality resolves both tags with the resolver's regular expressions (ICU): on a 200-touchpoint journey that
/// was a sixth of `render`'s instructions. Every key the decoders look up is a plain word (`id`, `name`, `score`),
/// whose tag is `str` however it is written, so comparing the text gives the same answer.
extension Node.Mapping {
    /// The value of the last pair whose key is the scalar `key` (the last, as Yams' subscript; duplicate keys are an
    /// error before decoding starts).
    subscript(key key: String) -> Node? {
        // the bytes compared, as the keys are ASCII words (String's == would normalise text it cannot prove is NFC,
        // as Yams' strings are); forward, keeping the last match
        var found: Node?
        for pair in self {
            if case .scalar(let scalar) = pair.key, scalar.string.utf8.elementsEqual(key.utf8) { found = pair.value }
        }
        return found
    }
}
