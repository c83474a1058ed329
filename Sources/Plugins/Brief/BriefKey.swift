import Core

/// Keys for the brief's word lists: a word normalized as running text is (`ArabicNormalizer`)
/// and hashed as `LineKey.word`, so a list look-up is one integer hash, as in the matcher.
enum BriefKey {
    static func of(_ word: String) -> UInt64 {
        LineKey.wordHashes(of: word).first ?? 0
    }

    static func set(_ words: [String]) -> WordKeySet { WordKeySet(words.map(of)) }

    static func map<V: Sendable>(_ pairs: [String: V]) -> WordKeyMap<V> {
        // Sorted, so that of two words with one key the same one wins on every run.
        WordKeyMap(pairs.sorted { $0.key < $1.key }.map { (of($0.key), $0.value) })
    }
}
