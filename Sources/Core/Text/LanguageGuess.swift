/// The language of a document no one named, told by the letters it is written in: Arabic
/// letters make it Arabic; Cyrillic ones, when they outnumber the Arabic, Russian — or Kazakh
/// when at least one Cyrillic letter in a hundred (and three in all) is one that only Kazakh
/// writes (ә ғ қ ң ө ұ ү һ і). Anything else (Latin, nothing) stays Arabic, the default the tool
/// always had. The first 2,000 Arabic or Cyrillic letters of the first 64 KiB decide; a byte
/// scan, no decoding.
public enum LanguageGuess {
    /// What `--language auto` (run's default) and a record without a "language" field ask for.
    public static let auto = "auto"

    /// `requested`, or the guess for `text` when `requested` is `auto`.
    public static func resolve(_ requested: String, text: String) -> String {
        requested == auto ? language(of: text) : requested
    }

    public static func language(of text: String) -> String {
        var arabic = 0, cyrillic = 0, kazakh = 0
        var copy = text
        copy.withUTF8 { bytes in
            let end = min(bytes.count, 1 << 16) - 1
            var i = 0
            while i < end, arabic + cyrillic < 2_000 {
                let lead = bytes[i]
                if lead < 0xC0 { i += 1; continue }
                let next = bytes[i + 1]
                switch lead {
                case 0xD8...0xDB: arabic += 1
                case 0xD0...0xD3: cyrillic += 1
                    if isKazakhLetter(lead, next) { kazakh += 1 }
                default: break
                }
                i += 2
            }
        }
        guard cyrillic > arabic else { return "ar" }
        return kazakh >= 3 && kazakh * 100 >= cyrillic ? "kk" : "ru"
    }

    /// Whether `text` writes a letter only Kazakh has (ә ғ қ ң ө ұ ү һ і, either case): a term
    /// read as Kazakh rather than Russian.
    public static func writesKazakhLetter(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            bytes.indices.dropLast().contains { isKazakhLetter(bytes[$0], bytes[$0 + 1]) }
        }
    }

    /// Whether the two UTF-8 bytes `lead`, `next` are a letter only Kazakh has.
    @inline(__always)
    static func isKazakhLetter(_ lead: UInt8, _ next: UInt8) -> Bool {
        switch lead {
        case 0xD0: return next == 0x86                                        // І
        case 0xD1: return next == 0x96                                        // і
        case 0xD2, 0xD3: return kazakhLetters.contains(UInt16(lead) << 8 | UInt16(next))
        default: return false
        }
    }

    /// ә Ә ғ Ғ қ Қ ң Ң ө Ө ұ Ұ ү Ү һ Һ as two UTF-8 bytes (і and І, D1 96 and D0 86, are tested apart).
    static let kazakhLetters: Set<UInt16> = [0xD399, 0xD398, 0xD293, 0xD292, 0xD29B, 0xD29A, 0xD2A3, 0xD2A2,
                                             0xD3A9, 0xD3A8, 0xD2B1, 0xD2B0, 0xD2AF, 0xD2AE, 0xD2BB, 0xD2BA]
}
