/// A coarse class of a Unicode scalar, decided by explicit ranges (no `Unicode.Scalar.Properties`
/// lookups, which run ~60× slower than a range test on this machine).
public enum ScalarClass: UInt8, Sendable {
    /// Space, tab, no-break space and the other horizontal spaces.
    case space
    /// Line feed, carriage return, and the Unicode line and paragraph separators.
    case newline
    /// A letter of the Arabic script (base letters and presentation forms).
    case arabicLetter
    /// A letter of another script: Latin, Greek, Cyrillic (Russian, Kazakh), Armenian, Georgian, Hebrew.
    case letter
    /// An ASCII, Arabic-Indic or Eastern Arabic-Indic digit.
    case digit
    /// A combining mark, an Arabic diacritic or tatweel: part of the word it stands in.
    case mark
    /// An invisible format character (zero-width space and joiners, bidi controls, BOM).
    case format
    /// Anything else: punctuation, symbols, emoji.
    case other

    /// Letters, digits and marks make up words.
    public var isWordPart: Bool {
        switch self {
        case .arabicLetter, .letter, .digit, .mark: return true
        default: return false
        }
    }

    /// Classifies one scalar value: a table look-up for ASCII and the Arabic block, ranges otherwise.
    @inlinable @inline(__always)
    public static func of(_ v: UInt32) -> ScalarClass {
        if v < 0x80 { return ScalarClassTables.ascii[Int(v)] }
        if v &- 0x0600 < 0x100 { return ScalarClassTables.arabic[Int(v &- 0x0600)] }
        return classify(v)
    }

    /// Classifies one scalar value by its ranges (the tables are built from this).
    public static func classify(_ v: UInt32) -> ScalarClass {
        if v < 0x80 {
            switch v {
            case 0x30...0x39: return .digit
            case 0x41...0x5A, 0x61...0x7A: return .letter
            case 0x20, 0x09, 0x0B, 0x0C: return .space
            case 0x0A, 0x0D: return .newline
            default: return .other
            }
        }
        switch v {
        case 0x0640, 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4,
             0x06E7, 0x06E8, 0x06EA...0x06ED, 0x08D3...0x08FF, 0xFE70...0xFE7F:
            return .mark
        case 0x0621...0x063F, 0x0641...0x064A, 0x066E, 0x066F, 0x0671...0x06D3, 0x06D5, 0x06EE, 0x06EF,
             0x06FA...0x06FC, 0x06FF, 0x0750...0x077F, 0x08A0...0x08C9, 0xFB50...0xFDFF, 0xFE80...0xFEFC:
            return .arabicLetter
        case 0x0660...0x0669, 0x06F0...0x06F9: return .digit
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
        case 0x0085, 0x2028, 0x2029: return .newline
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x00AD, 0x061C:
            return .format
        case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x05BF, 0x05C1, 0x05C2, 0x05C4, 0x05C5, 0x05C7,
             0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            return .mark
        case 0x00AA, 0x00B5, 0x00BA, 0x00C0...0x00D6, 0x00D8...0x00F6, 0x00F8...0x02AF, 0x0370...0x03FF,
             0x0400...0x0482, 0x048A...0x052F, 0x0531...0x0556, 0x0561...0x0587, 0x05D0...0x05EA,
             0x10A0...0x10FF, 0x1E00...0x1FFF:
            return .letter
        default:
            return .other
        }
    }
}

/// Classifies scalars with the tables held in the value: hot loops take one before they start,
/// so that the tables' one-time initialization is not checked per scalar.
public struct ScalarClassifier: Sendable {
    @usableFromInline let ascii: [ScalarClass]
    @usableFromInline let arabic: [ScalarClass]

    public init() {
        ascii = ScalarClassTables.ascii
        arabic = ScalarClassTables.arabic
    }

    @inlinable @inline(__always)
    public func callAsFunction(_ v: UInt32) -> ScalarClass {
        if v < 0x80 { return ascii[Int(v)] }
        if v &- 0x0600 < 0x100 { return arabic[Int(v &- 0x0600)] }
        return ScalarClass.classify(v)
    }
}

/// Pre-computed classes of ASCII and of the Arabic block U+0600–U+06FF, the scalars of almost
/// every Arabic news text.
@usableFromInline
enum ScalarClassTables {
    @usableFromInline static let ascii: [ScalarClass] = (0..<0x80).map { ScalarClass.classify(UInt32($0)) }
    @usableFromInline static let arabic: [ScalarClass] = (0..<0x100).map { ScalarClass.classify(0x0600 + UInt32($0)) }
}
