import Core

/// The lines and paragraphs of a text: lines end at line breaks (`\n`, `\r\n`, `\r`, U+2028,
/// U+2029, U+0085); paragraphs are runs of non-blank lines.
struct LineLayout {
    struct Line {
        /// The line without its leading and trailing spaces.
        var trimmed: Range<Int>
    }

    /// Paragraphs in order, each with at least one line.
    let paragraphs: [[Line]]

    init(scalars: [UInt32], classes: [ScalarClass]) {
        var paragraphs: [[Line]] = []
        var current: [Line] = []
        var lineStart = 0
        var i = 0
        func endLine(_ end: Int) {
            var lower = lineStart
            var upper = end
            while lower < upper, classes[lower] == .space || classes[lower] == .format { lower += 1 }
            while upper > lower, classes[upper - 1] == .space || classes[upper - 1] == .format { upper -= 1 }
            if lower == upper {
                if !current.isEmpty { paragraphs.append(current) }
                current = []
            } else {
                current.append(Line(trimmed: lower..<upper))
            }
        }
        while i < classes.count {
            if classes[i] == .newline {
                endLine(i)
                if scalars[i] == 0x0D, i + 1 < scalars.count, scalars[i + 1] == 0x0A { i += 1 }  // CRLF is one break
                lineStart = i + 1
            }
            i += 1
        }
        endLine(classes.count)
        if !current.isEmpty { paragraphs.append(current) }
        self.paragraphs = paragraphs
    }
}
