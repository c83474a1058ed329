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
}
