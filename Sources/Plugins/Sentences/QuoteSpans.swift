/// The quotations of one text segment that open and close inside it: «…», “…”, „…“, "…".
/// A quotation mark that never closes protects nothing, so a stray `“` cannot swallow a paragraph.
struct QuoteSpans {
    /// Ranges from the opening mark to the closing mark (both included), in order of opening.
    private(set) var spans: [Range<Int>] = []

    init(scalars: [UInt32], in segment: Range<Int>) {
        var stack: [(mark: UInt32, at: Int)] = []
        for i in segment {
            let value = scalars[i]
            guard Self.isQuoteMark(value) else { continue }
            if value == 0x22 {  // " closes the nearest open " or opens one
                if let open = stack.lastIndex(where: { $0.mark == 0x22 }) {
                    spans.append(stack[open].at..<(i + 1))
                    stack.removeSubrange(open...)
                } else {
                    stack.append((0x22, i))
                }
            } else if Self.pairs[value] != nil {
                stack.append((value, i))
            } else if let open = stack.lastIndex(where: { Self.pairs[$0.mark] == value }) {
                spans.append(stack[open].at..<(i + 1))
                stack.removeSubrange(open...)
            }
        }
        spans.sort { $0.lowerBound < $1.lowerBound }
    }

    @inline(__always)
    static func isQuoteMark(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x2039, 0x203A: return true
        default: return false
        }
    }

    /// Opening mark → closing mark.
    static let pairs: [UInt32: UInt32] = [0xAB: 0xBB, 0x201C: 0x201D, 0x201E: 0x201C, 0x2039: 0x203A]

    /// The innermost quotation that has `i` strictly inside its marks; its `upperBound - 1` is
    /// the closing mark.
    func innermost(containing i: Int) -> Range<Int>? {
        spans.filter { $0.lowerBound < i && i < $0.upperBound - 1 }.min { $0.count < $1.count }
    }
}
