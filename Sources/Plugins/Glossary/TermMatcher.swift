import Core

/// Finds glossary terms in one document: normalizes the source, tokenizes it, and at each
/// token looks up the longest entry that starts there — first the word as written, then its
/// proclitic readings. Works on the normalized UTF-8 bytes; ranges map back to the source
/// through the normalizer's offset map.
struct TermMatcher {
    /// A token of the normalized text.
    struct Span {
        var byteStart: Int
        var byteEnd: Int
        var isArabic: Bool
        var skipped: Bool
        /// The token's id in the glossary's token table: -1 when it is not a glossary token,
        /// -2 until it has been looked up (each span is looked up at most once).
        var id: Int32 = -2
    }

    /// A match: tokens `first...last`, the form matched, and the proclitic reading of the first token.
    struct Match {
        var first: Int
        var last: Int
        var form: Int32
        var reading: ArabicProclitics.Reading?
    }

    let glossary: Glossary

    /// The matches in `normalized`, left to right, never overlapping. Tokens whose source range
    /// overlaps a span in `skip` (boilerplate) are not matched.
    func matches(in normalized: NormalizedText, skipping skip: [Range<Int>]) -> (spans: [Span], matches: [Match]) {
        var spans: [Span] = []
        spans.reserveCapacity(normalized.bytes.count / 8)
        var matches: [Match] = []
        normalized.bytes.withUnsafeBufferPointer { text in
            Tokenizer.forEachToken(inUTF8: text) { token in
                spans.append(Span(byteStart: token.byteStart, byteEnd: token.byteEnd, isArabic: token.kind == .arabic,
                                  skipped: false))
            }
            if !skip.isEmpty { markSkipped(&spans, normalized: normalized, skip: skip) }
            glossary.rootChild.withUnsafeBufferPointer { rootChild in
                glossary.nodeForm.withUnsafeBufferPointer { nodeForm in
                    glossary.nodeHasChildren.withUnsafeBufferPointer { nodeHasChildren in
                        spans.withUnsafeMutableBufferPointer { spans in
                            withExtendedLifetime(glossary) {
                                // 1,024 recent look-ups, for this document only (no state shared between documents).
                                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Trie.cacheSize) { hashes in
                                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: Trie.cacheSize) { ids in
                                        // Only the hashes need clearing: an id is read only where its
                                        // hash was written (a zero hash is never cached).
                                        hashes.initialize(repeating: 0)
                                        let trie = Trie(tokens: glossary.tokens.view, cacheHashes: hashes.baseAddress!,
                                                        cacheIDs: ids.baseAddress!, rootChild: rootChild,
                                                        transitions: glossary.transitions.view, nodeForm: nodeForm,
                                                        nodeHasChildren: nodeHasChildren)
                                        Self.scan(text: text, spans: spans, trie: trie, into: &matches)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return (spans, matches)
    }

    /// The glossary's trie as unsafe views, for the scan, and this document's look-up cache.
    struct Trie {
        let tokens: ByteKeyIndex.View
        let cacheHashes: UnsafeMutablePointer<UInt64>
        let cacheIDs: UnsafeMutablePointer<Int32>
        static let cacheSize = 1024

        /// The id of the token `prefix + rest`, through the cache.
        @inline(__always)
        func token(_ prefix: UnsafeBufferPointer<UInt8>, _ rest: UnsafeBufferPointer<UInt8>) -> Int32 {
            tokens.lookup(prefix, rest, cacheHashes: cacheHashes, cacheIDs: cacheIDs, cacheMask: Self.cacheSize - 1)
        }
        let rootChild: UnsafeBufferPointer<Int32>
        let transitions: UInt64Map.View
        let nodeForm: UnsafeBufferPointer<Int32>
        let nodeHasChildren: UnsafeBufferPointer<Bool>

        @inline(__always)
        func root(_ token: Int32) -> Int32 {
            token >= 0 && Int(token) < rootChild.count ? rootChild[Int(token)] : -1
        }
    }

    /// Static, so that the closures below capture views only, never the glossary (capturing
    /// `self` copied every reference of the glossary for each word).
    private static func scan(text: UnsafeBufferPointer<UInt8>, spans: UnsafeMutableBufferPointer<Span>, trie: Trie,
                             into matches: inout [Match]) {
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        Self.alef.withUnsafeBufferPointer { alef in
            Self.article.withUnsafeBufferPointer { article in
                var i = 0
                while i < spans.count {
                    let span = spans[i]
                    if span.skipped { i += 1; continue }
                    let word = UnsafeBufferPointer(rebasing: text[span.byteStart..<span.byteEnd])
                    var best = longest(from: i, node: trie.root(Self.id(of: i, spans: spans, text: text, trie: trie)),
                                       spans: spans, text: text, trie: trie)
                    var bestReading: ArabicProclitics.Reading? = nil
                    if best.length == 0, span.isArabic {
                        ArabicProclitics.forEachReading(of: word) { reading in
                            let stem = UnsafeBufferPointer(rebasing: word[reading.strip...])
                            let prefix = reading.prepend == .none ? empty : (reading.prepend == .alef ? alef : article)
                            let candidate = longest(from: i, node: trie.root(trie.token(prefix, stem)),
                                                    spans: spans, text: text, trie: trie)
                            if candidate.length > best.length {
                                best = candidate
                                bestReading = reading
                            }
                            return true
                        }
                    }
                    if best.length > 0 {
                        matches.append(Match(first: i, last: i + best.length - 1, form: best.form, reading: bestReading))
                        i += best.length
                    } else {
                        i += 1
                    }
                }
            }
        }
    }

    static let alef: [UInt8] = ArabicProclitics.Prepend.alef.bytes
    static let article: [UInt8] = ArabicProclitics.Prepend.article.bytes

    /// The longest entry path from the root child `node` for span `i`: its length in tokens
    /// (0 when none) and its form.
    @inline(__always)
    private static func longest(from i: Int, node start: Int32, spans: UnsafeMutableBufferPointer<Span>,
                         text: UnsafeBufferPointer<UInt8>, trie: Trie) -> (length: Int, form: Int32) {
        guard start >= 0 else { return (0, -1) }
        var node = start
        var best: (length: Int, form: Int32) = trie.nodeForm[Int(node)] >= 0 ? (1, trie.nodeForm[Int(node)]) : (0, -1)
        var k = i + 1
        while trie.nodeHasChildren[Int(node)], k < spans.count, !spans[k].skipped,
              Self.joinable(text, from: spans[k - 1], to: spans[k]) {
            let id = Self.id(of: k, spans: spans, text: text, trie: trie)
            guard id >= 0 else { break }
            let next = trie.transitions[Glossary.transitionKey(node, id)]
            guard next >= 0 else { break }
            node = next
            if trie.nodeForm[Int(node)] >= 0 { best = (k - i + 1, trie.nodeForm[Int(node)]) }
            k += 1
        }
        return best
    }

    /// The glossary token id of span `k`, looked up once and remembered.
    @inline(__always)
    static func id(of k: Int, spans: UnsafeMutableBufferPointer<Span>, text: UnsafeBufferPointer<UInt8>, trie: Trie) -> Int32 {
        if spans[k].id != -2 { return spans[k].id }
        let id = trie.token(UnsafeBufferPointer(start: nil, count: 0),
                            UnsafeBufferPointer(rebasing: text[spans[k].byteStart..<spans[k].byteEnd]))
        spans[k].id = id
        return id
    }

    /// Whether the text between two tokens lets them belong to one term: white space with at
    /// most one line break, and at most two joiners (`- – — ‐ + / & '`), or the period of an
    /// initial (`ر. فاسيلنكو`).
    static func joinable(_ text: UnsafeBufferPointer<UInt8>, from a: Span, to b: Span) -> Bool {
        var i = a.byteEnd
        var joiners = 0
        var newlines = 0
        let initial = a.byteEnd - a.byteStart <= 4
        while i < b.byteStart {
            let byte = text[i]
            switch byte {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A: newlines += 1; i += 1
            case 0x2D, 0x2B, 0x2F, 0x26, 0x27: joiners += 1; i += 1
            case 0x2E where initial: joiners += 1; i += 1
            case 0xC2 where i + 1 < b.byteStart && text[i + 1] == 0xA0: i += 2
            case 0xE2 where i + 2 < b.byteStart && text[i + 1] == 0x80 && [0x90, 0x91, 0x93, 0x94, 0x99].contains(text[i + 2]):
                joiners += 1; i += 3
            default: return false
            }
        }
        return newlines <= 1 && joiners <= 2
    }

    /// Marks the spans whose source range overlaps a skipped range.
    private func markSkipped(_ spans: inout [Span], normalized: NormalizedText, skip: [Range<Int>]) {
        let ranges = skip.sorted { $0.lowerBound < $1.lowerBound }
        var r = 0
        for i in spans.indices {
            let range = normalized.originalRange(ofBytes: spans[i].byteStart..<spans[i].byteEnd)
            while r < ranges.count, ranges[r].upperBound <= range.lowerBound { r += 1 }
            if r < ranges.count, ranges[r].overlaps(range) { spans[i].skipped = true }
        }
    }
}
