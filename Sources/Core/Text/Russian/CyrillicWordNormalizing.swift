/// The loop the Cyrillic normalizers share: Cyrillic words are case-folded (`CyrillicFold`) and
/// cut to the part a language's rule keeps; Latin capitals are lower-cased; everything else is
/// copied. The letters cut off belong, in the offset map, to the range of the text before them,
/// so a match covers the whole written word.
enum CyrillicWordNormalizing {
    /// Normalizes valid UTF-8 bytes; `cut` shortens each folded Cyrillic word to what matching
    /// compares (a prefix of it; it may change the letters it keeps).
    static func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>, cut: (inout [UInt32]) -> Void) -> NormalizedText {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var origin: [Int32] = []
        origin.reserveCapacity(bytes.count + 1)
        var word: [UInt32] = []
        var wordStart: Int32 = 0
        var scalarIndex: Int32 = 0

        func flushWord() {
            guard !word.isEmpty else { return }
            cut(&word)
            for (k, value) in word.enumerated() {
                let before = out.count
                UTF8Scalars.append(value, to: &out)
                origin.append(contentsOf: repeatElement(wordStart + Int32(k), count: out.count - before))
            }
            word.removeAll(keepingCapacity: true)
        }

        var i = 0
        while i < bytes.count {
            let (value, length) = UTF8Scalars.decode(bytes, at: i)
            if isCyrillicLetter(value) {
                if word.isEmpty { wordStart = scalarIndex }
                word.append(CyrillicFold.fold(value))
            } else {
                flushWord()
                let folded = (0x41...0x5A).contains(value) ? value + 0x20 : value
                let before = out.count
                if folded == value {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
                } else {
                    UTF8Scalars.append(folded, to: &out)
                }
                origin.append(contentsOf: repeatElement(scalarIndex, count: out.count - before))
            }
            i += length
            scalarIndex += 1
        }
        flushWord()
        origin.append(scalarIndex)
        return NormalizedText(bytes: out, origin: origin)
    }

    /// Letters of the Cyrillic block and its supplement (Russian and Kazakh letters).
    @inline(__always)
    static func isCyrillicLetter(_ v: UInt32) -> Bool {
        (0x0400...0x0481).contains(v) || (0x048A...0x052F).contains(v)
    }
}
