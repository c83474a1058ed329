/// Readings of an Arabic word as proclitics + stem, over normalized UTF-8 (see `ArabicNormalizer`).
///
/// Arabic writes conjunctions, prepositions and the article as prefixes of the word they
/// attach to: `وتوكاييف` (and Tokayev), `لكازاخستان`, `بالممر`, `للاتحاد` (ل + الاتحاد, the
/// alef of the article elided), `للجنة` (ل + اللجنة, one lam dropped). The readings follow the
/// MADA/CAMeL segmentation order: conjunction `و`/`ف`, then preposition `ب`/`ك`/`ل`, then the
/// article `ال`. A matcher looks each stem up and keeps the reading that matches; the word as
/// written is always tried first by the caller, so a word that is itself an entry is never split.
public enum ArabicProclitics {
    /// One reading: drop `strip` bytes from the start of the word and put `prepend` before the
    /// rest (to restore an elided article).
    public struct Reading: Sendable, Equatable {
        /// Bytes of the word that the proclitics take.
        public var strip: Int
        public var prepend: Prepend
        /// The conjunction (`و`, `ف`) or 0.
        public var conjunction: UInt8
        /// The preposition (`ب`, `ك`, `ل`) or 0.
        public var preposition: UInt8
        /// Whether the article `ال` was stripped too (the stem is the bare word).
        public var article: Bool

        @inlinable
        public init(strip: Int, prepend: Prepend, conjunction: UInt8, preposition: UInt8, article: Bool) {
            self.strip = strip
            self.prepend = prepend
            self.conjunction = conjunction
            self.preposition = preposition
            self.article = article
        }

        /// The stripped conjunction and preposition: what a translation keeps as separate words.
        public var particles: String {
            String(String.UnicodeScalarView([conjunction, preposition].filter { $0 != 0 }.map(Self.scalar)))
        }

        /// All stripped proclitics as normalized text: `و`, `ول`, `وال`, `ل`, `ال`.
        public var clitics: String { particles + (article ? "ال" : "") }

        /// The number of letters stripped.
        public var letterCount: Int {
            (conjunction != 0 ? 1 : 0) + (preposition != 0 ? 1 : 0) + (article ? 2 : 0)
        }

        /// The letter whose UTF-8 form ends in `code` (`0xA8` is ب in 0xD8 0xA8; the others are 0xD9 …).
        static func scalar(_ code: UInt8) -> Unicode.Scalar {
            code == 0xA8 ? "\u{0628}" : Unicode.Scalar(0x0600 + 0x40 + UInt32(code & 0x3F))!
        }
    }

    /// Letters to put back before the stem.
    public enum Prepend: UInt8, Sendable {
        case none
        /// `ا`: `لل` + word read as `ل` + `ال` + word.
        case alef
        /// `ال`: `لل` + word read as `ل` + `ال` + `ل`-word (`للجنة` → `اللجنه`).
        case article

        public var bytes: [UInt8] {
            switch self {
            case .none: return []
            case .alef: return [0xD8, 0xA7]
            case .article: return [0xD8, 0xA7, 0xD9, 0x84]
            }
        }

        @inlinable public var letters: Int { self == .none ? 0 : (self == .alef ? 1 : 2) }
    }

    // The letters' UTF-8 bytes; a reading records a clitic by its second byte.
    @usableFromInline static let waw: (UInt8, UInt8) = (0xD9, 0x88)
    @usableFromInline static let feh: (UInt8, UInt8) = (0xD9, 0x81)
    @usableFromInline static let beh: (UInt8, UInt8) = (0xD8, 0xA8)
    @usableFromInline static let kaf: (UInt8, UInt8) = (0xD9, 0x83)
    @usableFromInline static let lam: (UInt8, UInt8) = (0xD9, 0x84)
    @usableFromInline static let alef: (UInt8, UInt8) = (0xD8, 0xA7)

    /// The readings of `word` with at least one proclitic, fewest stripped letters first,
    /// whose stem keeps at least `minimumStemLetters` letters. `word` is normalized Arabic.
    public static func readings(of word: UnsafeBufferPointer<UInt8>, minimumStemLetters: Int = 3) -> [Reading] {
        var result: [Reading] = []
        forEachReading(of: word, minimumStemLetters: minimumStemLetters) { result.append($0); return true }
        return result
    }

    /// Calls `body` with each reading, fewest stripped letters first, without allocating;
    /// `body` returns `false` to stop.
    @inlinable
    public static func forEachReading(of word: UnsafeBufferPointer<UInt8>, minimumStemLetters: Int = 3,
                                      _ body: (Reading) -> Bool) {
        @inline(__always) func has(_ l: (UInt8, UInt8), at i: Int) -> Bool {
            i + 1 < word.count && word[i] == l.0 && word[i + 1] == l.1
        }
        @inline(__always) func preposition(at i: Int) -> UInt8 {
            has(beh, at: i) ? beh.1 : (has(kaf, at: i) ? kaf.1 : (has(lam, at: i) ? lam.1 : 0))
        }
        let first = word.first ?? 0
        guard first == 0xD8 || first == 0xD9 else { return }
        var letters = 0
        for byte in word { letters &+= byte & 0xC0 != 0x80 ? 1 : 0 }
        // Clitic letters are two bytes each, so a reading that strips `strip` bytes leaves
        // `letters - strip / 2` letters (plus the ones it puts back).
        @inline(__always) func emit(_ strip: Int, _ conjunction: UInt8, _ preposition: UInt8, _ article: Bool) -> Bool {
            let stem = letters - strip / 2
            let base = Reading(strip: strip, prepend: .none, conjunction: conjunction, preposition: preposition, article: article)
            if stem >= minimumStemLetters, strip < word.count, !body(base) { return false }
            if preposition == lam.1, !article, has(lam, at: strip) {
                // لل: ل + the article with its alef elided (للاتحاد), or + ال + a ل-word (للجنة).
                var reading = base
                reading.prepend = .alef
                if stem + 1 >= minimumStemLetters, !body(reading) { return false }
                reading.prepend = .article
                if stem + 2 >= minimumStemLetters, !body(reading) { return false }
            }
            return true
        }
        let conjunction: UInt8 = has(waw, at: 0) ? waw.1 : (has(feh, at: 0) ? feh.1 : 0)
        let p0 = preposition(at: 0)
        let p1 = conjunction != 0 ? preposition(at: 2) : 0
        // One letter, then two (conjunction + preposition, or the article), three, four.
        if p0 != 0, !emit(2, 0, p0, false) { return }
        if conjunction != 0, !emit(2, conjunction, 0, false) { return }
        if p1 != 0, !emit(4, conjunction, p1, false) { return }
        if has(alef, at: 0), has(lam, at: 2), !emit(4, 0, 0, true) { return }
        if p0 != 0, has(alef, at: 2), has(lam, at: 4), !emit(6, 0, p0, true) { return }
        if conjunction != 0, has(alef, at: 2), has(lam, at: 4), !emit(6, conjunction, 0, true) { return }
        if p1 != 0, has(alef, at: 4), has(lam, at: 6), !emit(8, conjunction, p1, true) { return }
    }
}
