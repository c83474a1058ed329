/// Normalization of Arabic-script text for matching (glossary keys and running text alike).
///
/// In order, per scalar:
/// 1. presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) are unfolded to their base letters (NFKC),
///    so `ﻷ` becomes `لأ` and is folded further below;
/// 2. deleted: diacritics U+064B–U+065F and U+0670, Quranic marks U+0610–U+061A and
///    U+06D6–U+06ED, tatweel U+0640, zero-width and bidi controls, soft hyphen, BOM;
/// 3. alef forms `أ إ آ ٱ` → `ا`; Persian and Urdu letters to their Arabic
///    counterparts (`ی ې ے` → `ي`, `ک` → `ك`, `ە ۀ ھ ہ` → `ه`);
/// 4. optionally `ة` → `ه` and `ى` → `ي` (on by default; a glossary entry can opt out of either);
/// 5. optionally Arabic-Indic `٠–٩` and Eastern Arabic-Indic `۰–۹` digits → `0–9` (on by default).
///
/// Everything else is copied unchanged. Sources: CAMeL Tools' `arclean` and `dediac_ar`,
/// pyarabic's `strip_tashkeel`/`normalize_alef`, as summarised in `docs/translation-glossary.md`.
public struct ArabicNormalizer: TextNormalizer, Equatable {
    /// Fold `ة` (teh marbuta) to `ه`: safe for names, lossy for some common words.
    public var foldTehMarbuta: Bool
    /// Fold Arabic-Indic and Eastern Arabic-Indic digits to ASCII digits.
    public var foldDigits: Bool
    /// Fold `ى` (alef maqsura) to `ي`: most writers use them for each other at a word's end.
    public var foldAlefMaqsura: Bool

    public init(foldTehMarbuta: Bool = true, foldDigits: Bool = true, foldAlefMaqsura: Bool = true) {
        self.foldTehMarbuta = foldTehMarbuta
        self.foldDigits = foldDigits
        self.foldAlefMaqsura = foldAlefMaqsura
    }

    public func normalize(_ text: String) -> NormalizedText {
        var copy = text
        return copy.withUTF8 { normalize(utf8: $0) }
    }

    /// Normalizes valid UTF-8 bytes.
    public func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        // Presentation forms (U+FB50–U+FEFC, UTF-8 EF AD 90 … EF BB BC) may unfold to several
        // letters; without them the output is never longer than the input, and a single pass
        // writes straight into the result arrays.
        if Self.hasPresentationForms(bytes) { return normalizeGeneral(bytes) }
        let folds = foldTable
        var outCount = 0
        var origin = [Int32]()
        let out = [UInt8](unsafeUninitializedCapacity: bytes.count) { outBuffer, outInitialized in
            origin = [Int32](unsafeUninitializedCapacity: bytes.count + 1) { originBuffer, originInitialized in
                var i = 0
                var o = 0
                var scalarIndex: Int32 = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b < 0x80 {
                        outBuffer[o] = b
                        originBuffer[o] = scalarIndex
                        o += 1
                        i += 1
                    } else if b & 0xFE == 0xD8 || b & 0xFE == 0xDA {
                        // U+0600–U+06FF: a table look-up.
                        let value = Int(b & 0x03) << 6 | Int(bytes[i + 1] & 0x3F)
                        let folded = folds[value]
                        if folded == 0 {
                            // deleted
                        } else if folded < 0x80 {
                            outBuffer[o] = UInt8(folded)
                            originBuffer[o] = scalarIndex
                            o += 1
                        } else {
                            outBuffer[o] = UInt8(0xC0 | folded >> 6)
                            outBuffer[o + 1] = UInt8(0x80 | folded & 0x3F)
                            originBuffer[o] = scalarIndex
                            originBuffer[o + 1] = scalarIndex
                            o += 2
                        }
                        i += 2
                    } else {
                        // Outside the Arabic block a scalar is either deleted or kept as it is.
                        let (value, length) = UTF8Scalars.decode(bytes, at: i)
                        if fold(value) != nil {
                            for k in 0..<length {
                                outBuffer[o] = bytes[i + k]
                                originBuffer[o] = scalarIndex
                                o += 1
                            }
                        }
                        i += length
                    }
                    scalarIndex += 1
                }
                originBuffer[o] = scalarIndex
                originInitialized = o + 1
                outCount = o
            }
            outInitialized = outCount
        }
        return NormalizedText(bytes: out, origin: origin)
    }

    /// The folded value of every scalar U+0600–U+06FF for this configuration (0 = deleted).
    private var foldTable: [UInt16] {
        switch (foldTehMarbuta, foldDigits, foldAlefMaqsura) {
        case (true, true, true): return Self.defaultFolds
        default: return Self.makeFoldTable(self)
        }
    }

    private static let defaultFolds = makeFoldTable(ArabicNormalizer())

    private static func makeFoldTable(_ normalizer: ArabicNormalizer) -> [UInt16] {
        (0..<0x100).map { UInt16(normalizer.fold(0x0600 + UInt32($0)) ?? 0) }
    }

    private static func hasPresentationForms(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0xEF, (0xAD...0xBB).contains(bytes[i + 1]) { return true }
            i += 1
        }
        return false
    }

    /// The general path: any text, including presentation forms.
    private func normalizeGeneral(_ bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        var out: [UInt8] = []
        var origin: [Int32] = []
        out.reserveCapacity(bytes.count)
        origin.reserveCapacity(bytes.count + 1)
        var i = 0
        var scalarIndex: Int32 = 0
        while i < bytes.count {
            let (value, length) = UTF8Scalars.decode(bytes, at: i)
            i += length
            if (0xFB50...0xFEFC).contains(value), let unfolded = PresentationForms.table[value] {
                for part in unfolded { emit(part, origin: scalarIndex, out: &out, map: &origin) }
            } else {
                emit(value, origin: scalarIndex, out: &out, map: &origin)
            }
            scalarIndex += 1
        }
        origin.append(scalarIndex)
        return NormalizedText(bytes: out, origin: origin)
    }

    @inline(__always)
    private func emit(_ value: UInt32, origin index: Int32, out: inout [UInt8], map: inout [Int32]) {
        guard let folded = fold(value) else { return }
        let before = out.count
        UTF8Scalars.append(folded, to: &out)
        for _ in before..<out.count { map.append(index) }
    }

    /// The folded form of one scalar, or `nil` when normalization deletes it.
    @inline(__always)
    public func fold(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640,
             0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x00AD, 0x061C:
            return nil
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return 0x0627
        case 0x0649: return foldAlefMaqsura ? 0x064A : v
        case 0x06CC, 0x06D0, 0x06D2, 0x06D3: return 0x064A
        case 0x06A9...0x06B4: return 0x0643
        case 0x06D5, 0x06C0, 0x06C1, 0x06BE: return 0x0647
        case 0x0629: return foldTehMarbuta ? 0x0647 : v
        case 0x0660...0x0669: return foldDigits ? v - 0x0660 + 0x30 : v
        case 0x06F0...0x06F9: return foldDigits ? v - 0x06F0 + 0x30 : v
        default: return v
        }
    }
}
