import Core

/// The script a page is written in, told by the document's language: which words are the
/// page's own (a short line without any is interface text in another script: `latin-ui`).
enum PageScript: Sendable, Equatable {
    case arabic
    case cyrillic

    init(language: String) {
        self = language == "ru" || language == "kk" ? .cyrillic : .arabic
    }

    /// Whether a letter token (its normalized UTF-8 bytes) is written in this script.
    @inline(__always)
    func contains(_ token: Token, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .arabic: return token.kind == .arabic
        // Cyrillic letters are U+0400–U+052F: lead bytes D0–D4 (a token is of one script).
        case .cyrillic: return token.kind == .letters && !word.isEmpty && (0xD0...0xD4).contains(word[0])
        }
    }

    /// The page as a verdict's detail names it.
    var pageName: String {
        switch self {
        case .arabic: return "an Arabic page"
        case .cyrillic: return "a Cyrillic page"
        }
    }
}
