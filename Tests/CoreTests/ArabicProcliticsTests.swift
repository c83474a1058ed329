import Core
import Testing

struct ArabicProcliticsTests {
    /// `clitics|stem` for every reading of a word, in the order a matcher tries them.
    func readings(_ word: String) -> [String] {
        let bytes = Array(ArabicNormalizer().normalizedString(word).utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            ArabicProclitics.readings(of: buffer).map { reading in
                let stem = reading.prepend.bytes + Array(buffer[reading.strip...])
                return reading.clitics + "|" + String(decoding: stem, as: UTF8.self)
            }
        }
    }

    @Test(arguments: [
        ("وتوكاييف", ["و|توكاييف"]),
        ("لكازاخستان", ["ل|كازاخستان"]),
        ("بالممر", ["ب|الممر", "بال|ممر"]),
        ("والرئيس", ["و|الرئيس", "وال|رئيس"]),
        // لل: ل + a word, ل + ال with the alef elided, ل + ال + a ل-word.
        ("للاتحاد", ["ل|لاتحاد", "ل|الاتحاد", "ل|اللاتحاد"]),
        ("للجنة", ["ل|لجنه", "ل|الجنه", "ل|اللجنه"]),
        ("ولآسيا", ["و|لاسيا", "ول|اسيا"]),
        ("الكازاخستانية", ["ال|كازاخستانيه"]),
        ("فبالتعاون", ["ف|بالتعاون", "فب|التعاون", "فبال|تعاون"]),
    ])
    func readingsInOrder(word: String, expected: [String]) {
        #expect(readings(word) == expected)
    }

    @Test func shortStemsAndOtherScriptsHaveNoReading() {
        #expect(readings("وفي").isEmpty)      // the stem في would be two letters
        #expect(readings("Tokayev").isEmpty)
        #expect(readings("").isEmpty)
        // Readings are candidates only: ك + تاب is offered, and the glossary decides.
        #expect(readings("كتاب") == ["ك|تاب"])
    }

    @Test func particlesLeaveOutTheArticle() {
        let bytes = Array("والرئيس".utf8)
        let last = bytes.withUnsafeBufferPointer { ArabicProclitics.readings(of: $0).last! }
        #expect(last.clitics == "وال")
        #expect(last.particles == "و")
        #expect(last.letterCount == 3)
    }
}
