/// A word found by the `Tokenizer`: a run of letters of one script, or a number.
public struct Token: Sendable, Equatable {
    /// What the token is made of.
    public enum Kind: UInt8, Sendable {
        /// Arabic-script letters (with their diacritics and tatweel).
        case arabic
        /// Letters of another script (Latin, Cyrillic, …).
        case letters
        /// Digits, with inner decimal or thousands separators (`10.5`, `1,000`, `٢٠٢٣`).
        case number
    }

    public var kind: Kind
    /// Scalar offsets `[start, end)` in the tokenized text.
    public var start: Int
    public var end: Int
    /// UTF-8 byte offsets `[byteStart, byteEnd)` in the tokenized text.
    public var byteStart: Int
    public var byteEnd: Int

    public init(kind: Kind, start: Int, end: Int, byteStart: Int, byteEnd: Int) {
        self.kind = kind
        self.start = start
        self.end = end
        self.byteStart = byteStart
        self.byteEnd = byteEnd
    }
}
