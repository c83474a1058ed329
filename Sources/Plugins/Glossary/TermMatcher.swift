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
        /// The token's id in the glossary's token table: -1 when it is not a glossary token.
        var id: Int32 = -1
        /// The token's `TokenRoot` value.
        var root: UInt64 = 0
        /// The token's bytes as a look-up key, computed while tokenizing.
        var image: KeyImage
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
            let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            Tokenizer.forEachToken(inUTF8: text) { token in
                spans.append(Span(byteStart: token.byteStart, byteEnd: token.byteEnd, isArabic: token.kind == .arabic,
                                  skipped: false,
                                  image: KeyImage(empty, UnsafeBufferPointer(rebasing: text[token.byteStart..<token.byteEnd]))))
            }
            if !skip.isEmpty { markSkipped(&spans, normalized: normalized, skip: skip) }
            Self.lookUp(&spans, text: text, tokens: glossary.tokens)
            glossary.nodeForm.withUnsafeBufferPointer { nodeForm in
                glossary.nodeHasChildren.withUnsafeBufferPointer { nodeHasChildren in
                    spans.withUnsafeMutableBufferPointer { spans in
                        withExtendedLifetime(glossary) {
                            let trie = Trie(tokens: glossary.tokens.view, transitions: glossary.transitions.view,
                                            nodeForm: nodeForm, nodeHasChildren: nodeHasChildren)
                            Self.scan(text: text, spans: spans, trie: trie, into: &matches)
                        }
                    }
                }
            }
        }
        return (spans, matches)
    }

    /// The glossary's trie as unsafe views, for the scan.
    struct Trie {
        let tokens: ByteKeyIndex.View
        let transitions: UInt64Map.View
        let nodeForm: UnsafeBufferPointer<Int32>
        let nodeHasChildren: UnsafeBufferPointer<Bool>
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
                    var best = longest(from: i, root: TokenRoot(spans[i].root), spans: spans, text: text, trie: trie)
                    var bestReading: ArabicProclitics.Reading? = nil
                    if best.length == 0, span.isArabic {
                        ArabicProclitics.forEachReading(of: word) { reading in
                            let stem = UnsafeBufferPointer(rebasing: word[reading.strip...])
                            let prefix = reading.prepend == .none ? empty : (reading.prepend == .alef ? alef : article)
                            let candidate = longest(from: i, root: TokenRoot(trie.tokens.entry(prefix, stem).value),
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

    /// The longest entry path that starts with span `i`, whose first token is `root`: its
    /// length in tokens (0 when none) and its form.
    @inline(__always)
    private static func longest(from i: Int, root: TokenRoot, spans: UnsafeMutableBufferPointer<Span>,
                         text: UnsafeBufferPointer<UInt8>, trie: Trie) -> (length: Int, form: Int32) {
        guard root.node >= 0 else { return (0, -1) }
        var node = root.node
        var best: (length: Int, form: Int32) = root.form >= 0 ? (1, root.form) : (0, -1)
        var hasChildren = root.hasChildren
        var k = i + 1
        // The trie first, the text between the words last: most pairs of words continue no term.
        while hasChildren, k < spans.count, !spans[k].skipped {
            let id = spans[k].id
            guard id >= 0 else { break }
            let next = trie.transitions[Glossary.transitionKey(node, id)]
            guard next >= 0, Self.joinable(text, from: spans[k - 1], to: spans[k]) else { break }
            node = next
            if trie.nodeForm[Int(node)] >= 0 { best = (k - i + 1, trie.nodeForm[Int(node)]) }
            hasChildren = trie.nodeHasChildren[Int(node)]
            k += 1
        }
        return best
    }

    /// Looks up every token that is not skipped, in a loop of its own: the look-ups are
    /// independent, so the processor overlaps their cache misses (a large glossary's index
    /// does not fit the CPU's caches; one look-up at a time waits for each miss in turn).
    private static func lookUp(_ spans: inout [Span], text: UnsafeBufferPointer<UInt8>, tokens: ByteKeyIndex) {
        withExtendedLifetime(tokens) {
            let index = tokens.view
            spans.withUnsafeMutableBufferPointer { spans in
                for k in spans.indices where !spans[k].skipped {
                    let entry = index.entry(spans[k].image, UnsafeBufferPointer(rebasing: text[spans[k].byteStart..<spans[k].byteEnd]))
                    spans[k].id = entry.id
                    spans[k].root = entry.value
                }
            }
        }
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
