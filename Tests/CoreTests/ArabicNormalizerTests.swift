import Core
import Testing
import TestSupport

struct ArabicNormalizerTests {
    let normalizer = ArabicNormalizer()

    @Test(arguments: [
        // Diacritics (seed 001 writes دونالد لُو; seed 000 جزءًا, حاليًا) and superscript alef.
        ("لُو", "لو"), ("جزءًا", "جزءا"), ("تُوكَايِيف", "توكاييف"), ("هٰذا", "هذا"), ("المُصنَّعة", "المصنعه"),
        // Tatweel (seed 002 أصـــداء, لـ CICA).
        ("أصـــداء", "اصداء"), ("تـوكـاييف", "توكاييف"), ("لـ CICA", "ل CICA"),
        // Alef forms, alef maksura, teh marbuta.
        ("أستانة", "استانه"), ("إسبانيا", "اسبانيا"), ("آسيا", "اسيا"), ("ٱلله", "الله"), ("على", "علي"),
        // Persian and Urdu letters.
        ("کازاخستان", "كازاخستان"), ("ی", "ي"), ("ە", "ه"),
        // Digits: Arabic-Indic and Eastern Arabic-Indic.
        ("٢٠٢٣", "2023"), ("۲۹", "29"),
        // Presentation forms (NFKC) and lam-alef ligatures, then folded.
        ("ﻷ", "لا"), ("ﺗﻮﻛﺎﻳﻴﻒ", "توكاييف"),
        // Invisible characters.
        ("تو\u{200C}كاييف", "توكاييف"), ("\u{FEFF}نص\u{200F}", "نص"),
        // Latin and punctuation untouched.
        ("(KAZ-AID) ، 10.5", "(KAZ-AID) ، 10.5"),
    ])
    func folds(input: String, expected: String) {
        #expect(normalizer.normalizedString(input) == expected)
    }

    @Test func optionsKeepTehMarbutaAndDigits() {
        let keep = ArabicNormalizer(foldTehMarbuta: false, foldDigits: false)
        #expect(keep.normalizedString("أستانة ٢٠٢٣") == "استانة ٢٠٢٣")
    }

    @Test func offsetsMapBackToTheOriginal() {
        // "وتُوكـاييفُ قال": the word spans scalars 0..<11 including the inner damma, tatweel and final damma.
        let source = "وتُوكـاييفُ قال"
        let normalized = normalizer.normalize(source)
        #expect(normalized.string == "وتوكاييف قال")
        let tokens = Tokenizer.tokens(in: normalized.string)
        let first = normalized.originalRange(ofBytes: tokens[0].byteStart..<tokens[0].byteEnd)
        #expect(first == 0..<11)
        let second = normalized.originalRange(ofBytes: tokens[1].byteStart..<tokens[1].byteEnd)
        let document = Document(id: "x", language: "ar", source: source)
        #expect(document.text(of: first) == "وتُوكـاييفُ")
        #expect(document.text(of: second) == "قال")
    }

    @Test func ligatureExpandsToTwoLettersOfOneOrigin() {
        let normalized = normalizer.normalize("ﻷن")
        #expect(normalized.string == "لان")
        #expect(Array(normalized.origin) == [0, 0, 0, 0, 1, 1, 2])
    }

    /// Every seed: the map has one entry per byte plus the end, never decreases, and ends at the
    /// original scalar count.
    @Test func offsetMapIsMonotonicOnEverySeed() throws {
        for path in TestData.seedPaths {
            let text = try TestData.read(path)
            let normalized = normalizer.normalize(text)
            #expect(normalized.origin.count == normalized.bytes.count + 1)
            #expect(zip(normalized.origin, normalized.origin.dropFirst()).allSatisfy { $0 <= $1 })
            #expect(Int(normalized.origin.last!) == text.unicodeScalars.count)
            #expect(!normalized.string.contains("\u{0640}"))
            #expect(!normalized.string.unicodeScalars.contains { (0x064B...0x065F).contains($0.value) })
        }
    }
}
