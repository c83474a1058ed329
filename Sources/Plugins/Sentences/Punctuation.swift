/// The punctuation and word lists the sentence scanner uses.
enum Punctuation {
    /// `.` `!` `?` `؟` (U+061F) `…` (U+2026) `۔` (U+06D4, Urdu full stop) `‼` `⁇` `⁈` `⁉`.
    @inline(__always)
    static func isTerminator(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E, 0x21, 0x3F, 0x061F, 0x2026, 0x06D4, 0x203C, 0x2047, 0x2048, 0x2049: return true
        default: return false
        }
    }

    /// `؛` (U+061B) and `;`.
    @inline(__always)
    static func isSemicolon(_ v: UInt32) -> Bool { v == 0x061B || v == 0x3B }

    /// Marks that close a quotation or a bracket and stay with the sentence before them.
    @inline(__always)
    static func isCloser(_ v: UInt32) -> Bool {
        switch v {
        case 0xBB, 0x201D, 0x2019, 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x203A, 0xFD3E, 0xFD3F: return true
        default: return false
        }
    }

    /// Arabic spellings of Latin letter names, used as initials: `إي. ستيبريس`.
    /// (`في` and `أو` are left out: they are also the words "in" and "or".)
    static let arabicLetterNames: Set<[UInt32]> = Set([
        "إي", "بي", "سي", "دي", "جي", "تي", "كي", "إف", "إل", "إم", "إن", "آر", "إس", "يو", "إتش",
        "جاي", "زد", "واي", "إكس", "كيو", "أي", "اي", "ايه", "إيه",
    ].map { $0.unicodeScalars.map(\.value) })

    /// Latin abbreviations after which a period does not end a sentence.
    static let abbreviations: Set<[UInt32]> = Set([
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "etc", "Inc", "Ltd", "Co", "No", "Gen", "Sen",
        "Rep", "Gov", "Col", "Lt", "Capt", "Fig", "approx", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ave",
    ].map { $0.unicodeScalars.map(\.value) })
}
