import Core

/// Keys for the brief's word lists: a word normalized as running text is (`ArabicNormalizer`)
/// and hashed as `LineKey.word`, so a list look-up is one integer hash, as in the matcher.
enum BriefKey {
    static func of(_ word: String) -> UInt64 {
        LineKey.wordHashes(of: word).first ?? 0
    }

    static func set(_ words: [String]) -> Set<UInt64> { Set(words.map(of)) }

    static func map<V>(_ pairs: [String: V]) -> [UInt64: V] {
        Dictionary(pairs.map { (of($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    }
}
