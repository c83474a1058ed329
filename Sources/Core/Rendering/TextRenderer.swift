/// Produces a document's output text from its source and annotations.
///
/// The renderer never looks at anything but the source and the annotations, so every step can
/// mark rather than delete. Views, first that applies:
/// 1. a `brief` annotation: the English brief (`BriefRenderer`);
/// 2. `translation` annotations: the translations, a sentence per line, with the glossary
///    check's findings under each;
/// 3. `sentence` annotations (or `summary` ones, which win): each sentence on a line of its
///    own, a blank line between paragraphs — the segmented text translators load into CAT tools;
/// 4. otherwise the source itself.
/// In the last two, spans marked `boilerplate` are left out, a span whose annotation carries a
/// `data.replacement` string (a glossary term with `render: replace` or `inline`) is written as
/// that string, and an HTML character reference a scraper left (`&quot;`) as its character.
public enum TextRenderer {
    /// The rendered output text of `document`.
    public static func render(_ document: Document) -> String {
        if let brief = BriefRenderer.brief(of: document) { return BriefRenderer.text(brief) }
        let translations = document.annotations(ofKind: "translation")
        if !translations.isEmpty { return renderTranslations(translations, sentences: document.annotations(ofKind: "sentence")) }
        let dropped = document.chromeRanges()
        let summary = document.annotations(ofKind: "summary")
        let sentences = summary.isEmpty ? document.annotations(ofKind: "sentence") : summary.map { sentence -> Annotation in
            // One paragraph: the summary's sentences on consecutive lines.
            var copy = sentence
            copy.data = ["paragraph": 0]
            return copy
        }
        var scalars = UTF8Scalars.scalars(of: document.source)
        var offsets = Array(0...scalars.count)
        applyReplacements(document.annotations, to: &scalars, offsets: &offsets)
        let map = { (range: Range<Int>) -> Range<Int> in offsets[range.lowerBound]..<offsets[range.upperBound] }
        if !sentences.isEmpty {
            let moved = sentences.map { sentence -> Annotation in
                var copy = sentence
                let range = map(sentence.range)
                (copy.start, copy.end) = (range.lowerBound, range.upperBound)
                return copy
            }
            return renderSentences(moved, scalars: scalars, dropped: dropped.map(map))
        }
        return renderSource(scalars, dropped: dropped.map(map))
    }

    /// Writes each replacement in place of its span (the first of overlapping ones wins) and
    /// records where every source offset moved: an offset inside a replaced span moves to the
    /// start of the text put there.
    private static func applyReplacements(_ annotations: [Annotation], to scalars: inout [Unicode.Scalar],
                                          offsets: inout [Int]) {
        let replacements = annotations.compactMap { a -> (Range<Int>, String)? in
            guard case .string(let text)? = a.data["replacement"], a.end <= scalars.count else { return nil }
            return (a.range, text)
        }.sorted { $0.0.lowerBound < $1.0.lowerBound }
        guard !replacements.isEmpty else { return }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var next = 0
        for (range, text) in replacements where range.lowerBound >= next {
            for i in next..<range.lowerBound {
                offsets[i] = out.count
                out.append(scalars[i])
            }
            for i in range { offsets[i] = out.count }
            out.append(contentsOf: text.unicodeScalars)
            next = range.upperBound
        }
        for i in next..<scalars.count {
            offsets[i] = out.count
            out.append(scalars[i])
        }
        offsets[scalars.count] = out.count
        scalars = out
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

    /// The translations in document order, a sentence per line, a blank line between
    /// paragraphs (those of the sentences translated), each issue of the glossary check on a
    /// `[check]` line under its sentence.
    private static func renderTranslations(_ translations: [Annotation], sentences: [Annotation]) -> String {
        var paragraphs: [Range<Int>: Int] = [:]
        for sentence in sentences { paragraphs[sentence.range] = sentence.data["paragraph"]?.intValue }
        var out = ""
        var lastParagraph: Int?? = nil
        for translation in translations.sorted(by: { $0.start < $1.start }) {
            let paragraph = paragraphs[translation.range]
            if let last = lastParagraph, last != paragraph { out += "\n" }
            lastParagraph = paragraph
            out += (translation.data["english"]?.stringValue ?? "") + "\n"
            if case .array(let issues)? = translation.data["issues"] {
                for issue in issues.compactMap(\.stringValue) { out += "  [check] \(issue)\n" }
            }
        }
        return out
    }

    /// Appends text with its inner line breaks (from hard-wrapped lines) turned into spaces and
    /// each HTML character reference (`&quot;`) as its character.
    private static func appendFlattened(_ text: ArraySlice<Unicode.Scalar>, to out: inout String.UnicodeScalarView) {
        var pendingSpace = false
        CharacterReferences.forEachCharacter(in: text) { _, scalar in
            if ScalarClass.of(scalar.value) == .newline {
                pendingSpace = true
                return
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
        guard !dropped.isEmpty else { return UTF8Scalars.string(CharacterReferences.decoded(scalars)) }
        var keep = [Bool](repeating: true, count: scalars.count)
        for range in dropped {
            for i in range.clamped(to: 0..<scalars.count) { keep[i] = false }
        }
        var out = String.UnicodeScalarView()
        var newlines = 0
        CharacterReferences.forEachCharacter(in: scalars) { i, scalar in
            guard keep[i] else { return }
            if scalar == "\n" {
                newlines += 1
                if newlines > 2 { return }
            } else if scalar != "\r" {
                newlines = 0
            }
            out.append(scalar)
        }
        return String(out)
    }
}
