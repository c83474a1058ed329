import Core
import Testing

/// `ScalarIndex` slices exactly as `Document.text(of:)` does, across its checkpoints, on text
/// with scalars of every UTF-8 length.
@Suite struct ScalarIndexTests {
    /// Arabic with diacritics and tatweel (2 bytes), Latin (1), a Kazakh letter and a dash (2 and
    /// 3), an emoji (4): 150 scalars, so ranges cross the 64-scalar checkpoints.
    static let text = String(repeating: "قالَ الرئيـــس Tokayev ә — 🇰🇿 ", count: 5)

    @Test func everyRangeSlicesAsTheDocumentDoes() {
        let document = Document(id: "t", language: "ar", source: Self.text)
        let index = ScalarIndex(Self.text)
        #expect(index.scalarCount == document.sourceLength)
        #expect(index.scalarCount > 128)
        for lower in 0...index.scalarCount {
            for upper in stride(from: lower, through: index.scalarCount, by: 7) {
                #expect(index.text(of: lower..<upper) == document.text(of: lower..<upper), "\(lower)..<\(upper)")
            }
        }
    }

    @Test func rangesOutsideTheTextAreClamped() {
        let index = ScalarIndex("توكاييف")
        #expect(index.text(of: -3..<2) == "تو")
        #expect(index.text(of: 5..<40) == "يف")
        #expect(index.text(of: 40..<50) == "")
        #expect(ScalarIndex("").text(of: 0..<1) == "")
    }

    @Test func theScalarAtAnOffset() {
        let index = ScalarIndex("Мир 🇰🇿 مَ")
        #expect(index.scalar(at: 0) == "М")
        #expect(index.scalar(at: 4) == "\u{1F1F0}")
        #expect(index.scalar(at: 8) == "\u{064E}")
        #expect(index.scalar(at: 9) == nil)
        #expect(index.scalar(at: -1) == nil)
        #expect(index.utf8Offset(ofScalar: 4) == "Мир ".utf8.count)
    }

    @Test func whetherARangeHoldsAScalar() {
        let text = "مصدرًا رسميًا تركيًا 🇰🇿 تركيا"
        let index = ScalarIndex(text)
        let scalars = Array(text.unicodeScalars)
        // Every range agrees with a plain search of the scalars, the clamped ones too.
        for lower in -2...scalars.count + 2 {
            for upper in lower...scalars.count + 2 {
                let low = min(max(0, lower), scalars.count)
                let clamped = low..<max(low, min(scalars.count, upper))
                #expect(index.contains("\u{064B}", in: lower..<upper) == scalars[clamped].contains("\u{064B}"), "\(lower)..<\(upper)")
            }
        }
        #expect(!index.contains("\u{064B}", in: 23..<scalars.count))
    }
}
