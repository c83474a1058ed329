import Core

/// A paper's name in quotation marks is the paper: `لـ«الشرق الأوسط»` is Asharq Al-Awsat, not
/// the Middle East, and `لـ " الرياض "` is Al Riyadh, not the city — when the glossary has the
/// paper as a publication with its noun (`صحيفة الشرق الأوسط`). Saudi and pan-Arab papers are
/// named after places and common words, so only the quotation marks tell.
struct QuotedPublications: Sendable {
    /// The nouns a paper is entered with.
    static let nouns = ["صحيفة", "جريدة"]

    /// The papers' names without their noun, normalized, and the glossary form each is a hit on.
    let forms: [String: Int32]

    /// Finds, once per glossary, the publication entries written with a noun: each is probed
    /// through the matcher, so the form is the one a hit in running text would have.
    init(glossary: Glossary) {
        var forms: [String: Int32] = [:]
        for entry in glossary.entries where entry.kind == .publication {
            for arabic in [entry.source] + entry.variants {
                let words = arabic.split(separator: " ", maxSplits: 1)
                guard words.count == 2, Self.nouns.contains(String(words[0])) else { continue }
                let normalized = Glossary.normalizer.normalize(arabic)
                let (spans, matches) = TermMatcher(glossary: glossary).matches(in: normalized, skipping: [])
                guard matches.count == 1, let match = matches.first, match.first == 0, match.last == spans.count - 1 else { continue }
                forms[Glossary.normalizer.normalizedString(String(words[1]))] = match.form
            }
        }
        self.forms = forms
    }

    /// Quoted names (on one line, 40 characters at most) that are such a paper, as `(range,
    /// form)` in scalar offsets of the source. One pass over the UTF-8 bytes, counting scalars.
    func hits(in source: String) -> [(range: Range<Int>, form: Int32)] {
        guard !forms.isEmpty else { return [] }
        return source.utf8.withContiguousStorageIfAvailable(scan) ?? Array(source.utf8).withUnsafeBufferPointer(scan)
    }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, form: Int32)] {
        var result: [(range: Range<Int>, form: Int32)] = []
        let n = bytes.count
        var i = 0, scalars = 0
        while i < n {
            guard let close = Self.closer(at: i, in: bytes) else {
                if bytes[i] & 0xC0 != 0x80 { scalars += 1 }
                i += 1
                continue
            }
            let innerStart = i + close.openLength
            var j = innerStart, length = 0
            while j < n, length <= 40, bytes[j] != 0x0A, !Self.matches(close.bytes, at: j, in: bytes) {
                if bytes[j] & 0xC0 != 0x80 { length += 1 }
                j += 1
            }
            guard j < n, length > 0, length <= 40, Self.matches(close.bytes, at: j, in: bytes) else {
                scalars += 1
                i = innerStart
                continue
            }
            let inner = UnsafeBufferPointer(rebasing: bytes[innerStart..<j])
            let leading = inner.prefix { $0 == 0x20 }.count
            let trailing = leading == inner.count ? 0 : inner.reversed().prefix { $0 == 0x20 }.count
            if leading < inner.count,
               let form = forms[Glossary.normalizer.normalizedString(String(decoding: inner, as: UTF8.self).trimmingSpaces)] {
                result.append((scalars + 1 + leading..<scalars + 1 + length - trailing, form))
            }
            scalars += length + 2
            i = j + close.bytes.count
        }
        return result
    }

    /// The closing mark's bytes if an opening mark starts at byte `i`: « (C2 AB) closes with »,
    /// " with ", “ (E2 80 9C) with ”.
    static func closer(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], openLength: Int)? {
        switch bytes[i] {
        case 0x22: return ([0x22], 1)
        case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0xAB: return ([0xC2, 0xBB], 2)
        case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x9C: return ([0xE2, 0x80, 0x9D], 3)
        default: return nil
        }
    }

    static func matches(_ mark: [UInt8], at j: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        j + mark.count <= bytes.count && mark.indices.allSatisfy { bytes[j + $0] == mark[$0] }
    }

}
