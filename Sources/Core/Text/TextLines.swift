/// The lines of UTF-8 text as byte ranges: LF or CRLF ends a line and is not part of it, and
/// lines are numbered from 1 — how the line-based file formats (glossaries, term counts) are
/// cut on bytes, fast, with the line numbers their messages give. Text that ends with a line
/// end has no empty line after it.
///
///     for (number, range) in TextLines(bytes) { … bytes[range] … }
public struct TextLines: Sequence, IteratorProtocol {
    private let bytes: [UInt8]
    private var start = 0
    private var number = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public mutating func next() -> (number: Int, range: Range<Int>)? {
        guard start < bytes.count else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        let lineStart = start
        start = end + 1
        if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
        number += 1
        return (number, lineStart..<end)
    }
}
