/// The identity of a line for comparing lines across documents and against phrase lists: the
/// hash of its words in order, after normalization, with Latin and Cyrillic letters folded to
/// lower case (`ё` as `е`) and numbers, punctuation and symbols left out — so `SHARE:` and
/// `share`, `ПОДЕЛИТЬСЯ` and `Поделиться`, `0 تعليقات` and `12 تعليقات`, `زر الذهاب إلى الأعلى`
/// and `زر الذهاب الى الاعلى` have one key.
public enum LineKey {
    /// The key of a line with no words.
    public static let empty: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The hash of one word's normalized UTF-8 bytes (ASCII and Cyrillic upper case folded, as
    /// `CyrillicFold` folds it: a Cyrillic letter is two bytes before and after).
    @inlinable
    public static func word(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0xD0 && b <= 0xD3 && i + 1 < bytes.count {
                let folded = CyrillicFold.fold(UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))
                h = (h ^ UInt64(0xC0 | folded >> 6)) &* 0x0000_0100_0000_01B3
                h = (h ^ UInt64(0x80 | folded & 0x3F)) &* 0x0000_0100_0000_01B3
                i += 2
                continue
            }
            let folded = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            h = (h ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
            i += 1
        }
        return h
    }

    /// The key of a word sequence extended by one more word.
    @inlinable
    public static func appending(_ word: UInt64, to key: UInt64) -> UInt64 {
        var h = (key ^ word) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 31
        return h
    }

    /// The `word` hashes of the words of `text` after `ArabicNormalizer` (numbers left out),
    /// exactly as running text is hashed: how word lists and phrases are keyed when loaded.
    public static func wordHashes(of text: String) -> [UInt64] {
        let normalized = ArabicNormalizer().normalize(text).bytes
        var hashes: [UInt64] = []
        normalized.withUnsafeBufferPointer { bytes in
            Tokenizer.forEachToken(inUTF8: bytes) { token in
                guard token.kind != .number else { return }
                hashes.append(word(UnsafeBufferPointer(rebasing: bytes[token.byteStart..<token.byteEnd])))
            }
        }
        return hashes
    }

    /// One line of a text: its byte range (without the line break) and the key of its words.
    public struct Line: Sendable, Equatable {
        public var bytes: Range<Int>
        public var key: UInt64
        /// Letter words in the line (numbers not counted).
        public var words: Int
    }

    /// The lines of normalized UTF-8 text, split at `\n`, with their keys (`words` is 0 and the
    /// key `empty` for lines without letters).
    public static func lines(of text: UnsafeBufferPointer<UInt8>) -> [Line] {
        var lines: [Line] = []
        var start = 0
        while start <= text.count {
            var end = start
            while end < text.count, text[end] != 0x0A { end += 1 }
            var key = empty
            var words = 0
            let line = UnsafeBufferPointer(rebasing: text[start..<end])
            Tokenizer.forEachToken(inUTF8: line) { token in
                guard token.kind != .number else { return }
                key = appending(word(UnsafeBufferPointer(rebasing: line[token.byteStart..<token.byteEnd])), to: key)
                words += 1
            }
            lines.append(Line(bytes: start..<end, key: key, words: words))
            start = end + 1
        }
        return lines
    }
}
