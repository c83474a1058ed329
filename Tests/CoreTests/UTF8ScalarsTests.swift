import Core
import Testing

/// The one-pass scalar decoder agrees with the standard library on every width of UTF-8.
@Suite struct UTF8ScalarsTests {
    @Test(arguments: [
        "",
        "توكاييف",
        "قاسِمُ جومـارت توكاييف (Tokayev) 2024 \u{FEFF}\r\n",
        "€ ١٢٣ 🇰🇿 𝔸 é e\u{301}",
    ])
    func scalarsAreTheStandardLibrarys(text: String) {
        #expect(UTF8Scalars.scalars(of: text) == Array(text.unicodeScalars))
        #expect(UTF8Scalars.count(text) == text.unicodeScalars.count)
    }

    @Test func aSubstringOfABridgedOrSmallStringIsDecodedToo() {
        let long = String(repeating: "نص عربي مع 🇰🇿 و emoji ", count: 200)
        let part = String(long.dropFirst(7).prefix(300))
        #expect(UTF8Scalars.scalars(of: part) == Array(part.unicodeScalars))
    }

    /// A string made from scalars is the string they came from, for one-, two-, three- and
    /// four-byte scalars, diacritics, tatweel and an empty slice; and for a slice of them.
    @Test func stringFromScalarsRoundTrips() {
        let text = "قاسِم جومـارت Tokayev — ١٢ 🇰🇿 é\u{0}"
        let scalars = UTF8Scalars.scalars(of: text)
        #expect(UTF8Scalars.string(scalars) == text)
        #expect(UTF8Scalars.string(scalars[6..<12]) == "جومـار")
        #expect(UTF8Scalars.string(scalars[3..<3]) == "")
    }
}
