/// The script a document is written in, told by its language: Cyrillic for Russian and
/// Kazakh, Arabic otherwise. Steps that read words choose their readers by it (the brief's
/// amounts, dates and names; the stripper's own-script words).
public enum Script: Sendable, Equatable {
    case arabic
    case cyrillic

    public init(language: String) {
        self = language == "ru" || language == "kk" ? .cyrillic : .arabic
    }

    /// Whether a letter token (its normalized UTF-8 bytes) is written in this script.
    @inline(__always)
    public func contains(_ token: Token, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .arabic: return token.kind == .arabic
        case .cyrillic: return token.kind == .letters && Self.isCyrillic(word)
        }
    }

    /// Whether a word of letters (UTF-8) is Cyrillic, by its first scalar (a token is of one
    /// script): U+0400–U+052F, lead bytes D0–D4.
    @inline(__always)
    public static func isCyrillic(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        !word.isEmpty && (0xD0...0xD4).contains(word[0])
    }
}
