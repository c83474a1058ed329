/// Splits text into words over contiguous UTF-8, yielding ranges in Unicode scalars and bytes.
///
/// A token is a maximal run of letters of one script, or of digits: the script changes inside
/// `لـCICA` or `C5` start a new token. Diacritics and tatweel stay inside the word they mark;
/// zero-width joiners and bidi controls inside a word do not break it. A number keeps inner
/// separators between digits (`10.5`, `1,000`, `٣٫٥`). Everything else separates tokens, an
/// HTML character reference left in the text (`&quot;`, `&#39;`: `CharacterReferences`) as a
/// whole, so `quot` is never a word.
public enum Tokenizer {
    /// The tokens of `text`.
    public static func tokens(in text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { tokens(inUTF8: $0) }
    }

    /// The tokens of valid UTF-8 bytes.
    public static func tokens(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(bytes.count / 6)
        forEachToken(inUTF8: bytes) { result.append($0) }
        return result
    }

    /// Calls `body` with each token of valid UTF-8 bytes, in order, without allocating.
    @inlinable
    public static func forEachToken(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (Token) -> Void) {
        let classOf = ScalarClassifier()
        var i = 0
        var scalarIndex = 0
        var current: Token? = nil
        // Where a number's pending separator started (it joins only if a digit follows).
        while i < bytes.count {
            let (value, length) = UTF8Scalars.decode(bytes, at: i)
            if value == 0x26, let reference = CharacterReferences.match(in: bytes, at: i) {
                if let token = current { body(token) }
                current = nil
                i += reference.length
                scalarIndex += reference.length
                continue
            }
            let cls = classOf(value)
            let kind: Token.Kind?
            switch cls {
            case .arabicLetter: kind = .arabic
            case .letter: kind = .letters
            case .digit: kind = .number
            case .mark, .format:
                // Marks and invisible joiners extend the current word; alone they are nothing.
                if current != nil, cls == .mark || nextIsWordPart(bytes, after: i + length, kind: current!.kind) {
                    current!.end = scalarIndex + 1
                    current!.byteEnd = i + length
                }
                i += length
                scalarIndex += 1
                continue
            default: kind = nil
            }
            if let kind {
                if current != nil, current!.kind == kind {
                    current!.end = scalarIndex + 1
                    current!.byteEnd = i + length
                } else {
                    if let token = current { body(token) }
                    current = Token(kind: kind, start: scalarIndex, end: scalarIndex + 1, byteStart: i, byteEnd: i + length)
                }
            } else if current?.kind == .number, isNumberSeparator(value),
                      i + length < bytes.count, classOf(UTF8Scalars.decode(bytes, at: i + length).value) == .digit {
                current!.end = scalarIndex + 1
                current!.byteEnd = i + length
            } else if let token = current {
                body(token)
                current = nil
            }
            i += length
            scalarIndex += 1
        }
        if let token = current { body(token) }
    }

    /// `.`, `,`, the Arabic decimal separator `٫` and thousands separator `٬`.
    @inlinable
    static func isNumberSeparator(_ value: UInt32) -> Bool {
        value == 0x2E || value == 0x2C || value == 0x066B || value == 0x066C
    }

    /// Whether the next word scalar after a run of invisible format characters continues `kind`.
    @inlinable
    static func nextIsWordPart(_ bytes: UnsafeBufferPointer<UInt8>, after start: Int, kind: Token.Kind) -> Bool {
        var j = start
        while j < bytes.count {
            let (value, length) = UTF8Scalars.decode(bytes, at: j)
            switch ScalarClass.of(value) {
            case .format: j += length
            case .arabicLetter: return kind == .arabic
            case .letter: return kind == .letters
            case .digit: return kind == .number
            case .mark: return true
            default: return false
            }
        }
        return false
    }
}
