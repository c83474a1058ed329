/// Case folding for Cyrillic as the term statistics need it: capitals to lower case (Russian
/// and Kazakh letters), and `ё` to `е`, which Russian print mostly leaves unmarked (`объём`
/// and `объем` are one word). Other scalars are returned unchanged.
public enum CyrillicFold {
    @inline(__always)
    public static func fold(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x0410...0x042F: return v + 0x20                                // А–Я
        case 0x0401, 0x0451: return 0x0435                                   // Ё ё → е
        case 0x0400...0x040F: return v + 0x50                                // Ѐ–Џ: І → і, Ў → ў …
        case 0x0460...0x04BF, 0x04D0...0x04FF: return v & 1 == 0 ? v + 1 : v // pairs: Ғ ғ, Қ қ, Ң ң, Ү ү, Ұ ұ, Һ һ, Ә ә, Ө ө …
        default: return v
        }
    }

    /// The `ScalarHash` of a word folded scalar by scalar: how the function-word lists are
    /// keyed and looked up.
    public static func hash<S: StringProtocol>(of word: S) -> UInt64 {
        ScalarHash.of(word.unicodeScalars.map { fold($0.value) })
    }

    /// A word in lower case with `е` for `ё`, as a `String`: for tables of names and the
    /// comparisons of a step's words with a glossary entry.
    public static func folded<S: StringProtocol>(_ word: S) -> String {
        String(word.lowercased().map { $0 == "ё" ? "е" : $0 })
    }
}
