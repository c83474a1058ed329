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
        var matches: [Match] = []
        normalized.bytes.withUnsafeBufferPointer { text in
            Tokenizer.forEachToken(inUTF8: text) { token in
                spans.append(Span(byteStart: token.byteStart, byteEnd: token.byteEnd, isArabic: token.kind == .arabic,
                                  skipped: false))
            }
            if !skip.isEmpty { markSkipped(&spans, normalized: normalized, skip: skip) }
            let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            var i = 0
            while i < spans.count {
                let span = spans[i]
                if span.skipped { i += 1; continue }
                let word = UnsafeBufferPointer(rebasing: text[span.byteStart..<span.byteEnd])
                var best = longest(from: i, first: glossary.tokens.lookup(empty, word), spans: spans, text: text)
                var bestReading: ArabicProclitics.Reading? = nil
                if best.length == 0, span.isArabic {
                    ArabicProclitics.forEachReading(of: word) { reading in
                        let stem = UnsafeBufferPointer(rebasing: word[reading.strip...])
                        let id: Int32
                        switch reading.prepend {
                        case .none: id = glossary.tokens.lookup(empty, stem)
                        case .alef: id = Self.alef.withUnsafeBufferPointer { glossary.tokens.lookup($0, stem) }
                        case .article: id = Self.article.withUnsafeBufferPointer { glossary.tokens.lookup($0, stem) }
                        }
                        let candidate = longest(from: i, first: id, spans: spans, text: text)
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
        return (spans, matches)
    }

    static let alef: [UInt8] = ArabicProclitics.Prepend.alef.bytes
    static let article: [UInt8] = ArabicProclitics.Prepend.article.bytes

    /// The longest entry path starting with token id `first` at span `i`: its length in tokens
    /// (0 when none) and its form.
    @inline(__always)
    private func longest(from i: Int, first: Int32, spans: [Span], text: UnsafeBufferPointer<UInt8>) -> (length: Int, form: Int32) {
        var node = glossary.child(of: -1, token: first)
        guard node >= 0 else { return (0, -1) }
        var best: (length: Int, form: Int32) = glossary.nodeForm[Int(node)] >= 0 ? (1, glossary.nodeForm[Int(node)]) : (0, -1)
        var k = i + 1
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        while glossary.nodeHasChildren[Int(node)], k < spans.count, !spans[k].skipped,
              Self.joinable(text, from: spans[k - 1], to: spans[k]) {
            let id = glossary.tokens.lookup(empty, UnsafeBufferPointer(rebasing: text[spans[k].byteStart..<spans[k].byteEnd]))
            node = glossary.child(of: node, token: id)
            if node < 0 { break }
            if glossary.nodeForm[Int(node)] >= 0 { best = (k - i + 1, glossary.nodeForm[Int(node)]) }
            k += 1
        }
        return best
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
