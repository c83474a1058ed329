/// What the documents of one site have in common: on how many of them each line occurs.
///
/// A run over a folder of scraped pages builds one profile per site (the documents of one input
/// folder) in a first pass, then hands it to every step that asks for it: a line that recurs on
/// several pages of one site is the site's template, not an article. Only line keys and counts
/// are kept, never the documents, so memory stays flat however many pages a site has.
public struct SiteProfile: Sendable {
    /// The documents added.
    public private(set) var documents = 0
    private var counts: [UInt64: Int32] = [:]

    public init() {}

    /// Counts the distinct lines of `document` (lines are compared by `LineKey`, after
    /// normalization; lines without letters are not counted).
    public mutating func add(_ document: Document) {
        var text = document.source
        let normalized = text.withUTF8 { SiteProfile.normalizer.normalize(utf8: $0) }
        var seen = Set<UInt64>()
        normalized.bytes.withUnsafeBufferPointer { bytes in
            for line in LineKey.lines(of: bytes) where line.words > 0 && seen.insert(line.key).inserted {
                counts[line.key, default: 0] += 1
            }
        }
        documents += 1
    }

    /// The number of documents on which a line with this key occurs.
    public func documents(containing key: UInt64) -> Int {
        Int(counts[key] ?? 0)
    }

    /// The normalizer for line keys. It folds Arabic-script letters only, so it is safe for
    /// any language: Latin and Cyrillic pass through unchanged.
    public static let normalizer = ArabicNormalizer()
}
