import Foundation

/// The tokens ROUGE compares, as the EASC reference scorer (`../shared/eval/summarization/`)
/// makes them: NFKC; Arabic diacritics, Quranic marks, tatweel and invisible marks removed;
/// Arabic-Indic digits to ASCII; alef forms `أ إ آ ٱ` → `ا`; lower case; a token is a maximal
/// run of letters and digits. No stemming, no stop words, and — unlike matching — no ى/ي or
/// ة/ه folding, so that the figures stay comparable with the published table.
public enum RougeTokenizer {
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { tokens.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            let v = scalar.value
            if isDeleted(v) { continue }
            if let mapped = mapped(v) {
                current.append(mapped)
                continue
            }
            switch ScalarClass.of(v) {
            case .arabicLetter, .letter, .digit: current.append(scalar)
            case .mark where !(0x0600...0x06FF).contains(v): current.append(scalar)
            default: flush()
            }
        }
        flush()
        return tokens
    }

    /// The number of tokens of `text`.
    public static func count(_ text: String) -> Int { tokens(text).count }

    static func isDeleted(_ v: UInt32) -> Bool {
        switch v {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E8, 0x06EA...0x06ED: return true
        case 0x0640, 0x00AD, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }

    static func mapped(_ v: UInt32) -> Unicode.Scalar? {
        switch v {
        case 0x0623, 0x0625, 0x0622, 0x0671: return "\u{0627}"
        case 0x0660...0x0669: return Unicode.Scalar(v - 0x0660 + 0x30)
        case 0x06F0...0x06F9: return Unicode.Scalar(v - 0x06F0 + 0x30)
        default: return nil
        }
    }
}
