/// Produces a document's output text from its source and annotations.
///
/// The renderer never looks at anything but the source and the annotations, so every step can
/// mark rather than delete. Views, first that applies:
/// 1. `sentence` annotations present: each sentence on a line of its own, a blank line between
///    paragraphs — the segmented text translators load into CAT tools;
/// 2. otherwise the source itself.
/// In both, spans marked `boilerplate` are left out.
public enum TextRenderer {
    /// The rendered output text of `document`.
    public static func render(_ document: Document) -> String {
        let dropped = document.annotations(ofKind: "boilerplate").map(\.range)
        let sentences = document.annotations(ofKind: "sentence")
        let scalars = Array(document.source.unicodeScalars)
        if !sentences.isEmpty {
            return renderSentences(sentences, scalars: scalars, dropped: dropped)
        }
        return renderSource(scalars, dropped: dropped)
    }

    private static func renderSentences(_ sentences: [Annotation], scalars: [Unicode.Scalar],
                                        dropped: [Range<Int>]) -> String {
        var out = String.UnicodeScalarView()
        var lastParagraph: Int? = nil
        for sentence in sentences.sorted(by: { $0.start < $1.start })
        where !dropped.contains(where: { $0.overlaps(sentence.range) }) {
            let paragraph = sentence.data["paragraph"]?.intValue
            if lastParagraph != nil {
                out.append("\n")
                if paragraph != lastParagraph { out.append("\n") }
            }
            lastParagraph = paragraph ?? -1
            appendFlattened(scalars[sentence.range], to: &out)
        }
        if !out.isEmpty { out.append("\n") }
        return String(out)
    }

    /// Appends text with its inner line breaks (from hard-wrapped lines) turned into spaces.
    private static func appendFlattened(_ text: ArraySlice<Unicode.Scalar>, to out: inout String.UnicodeScalarView) {
        var pendingSpace = false
        for scalar in text {
            if ScalarClass.of(scalar.value) == .newline {
                pendingSpace = true
                continue
            }
            if pendingSpace {
                if let last = out.last, ScalarClass.of(last.value) != .space, ScalarClass.of(scalar.value) != .space {
                    out.append(" ")
                }
                pendingSpace = false
            }
            out.append(scalar)
        }
    }

    private static func renderSource(_ scalars: [Unicode.Scalar], dropped: [Range<Int>]) -> String {
        guard !dropped.isEmpty else { return String(String.UnicodeScalarView(scalars)) }
        var keep = [Bool](repeating: true, count: scalars.count)
        for range in dropped {
            for i in range.clamped(to: 0..<scalars.count) { keep[i] = false }
        }
        var out = String.UnicodeScalarView()
        var newlines = 0
        for (i, scalar) in scalars.enumerated() where keep[i] {
            if scalar == "\n" {
                newlines += 1
                if newlines > 2 { continue }
            } else if scalar != "\r" {
                newlines = 0
            }
            out.append(scalar)
        }
        return String(out)
    }
}
