/// The output formats of `workbench run`.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// The rendered text (see `TextRenderer`).
    case text
    /// One JSON array of document objects (`DocumentJSON`).
    case json
    /// One document object per line.
    case jsonl
    /// A heading per document, then its text as Markdown paragraphs.
    case markdown

    /// The file extension of one document's output under `--output DIR`.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .json: return "json"
        case .jsonl: return "jsonl"
        case .markdown: return "md"
        }
    }

    /// The output of one document, ending with a newline. For `json` this is the object alone;
    /// the writer of a stream puts the objects into an array.
    public func render(_ document: Document) -> String {
        let text = TextRenderer.render(document)
        switch self {
        case .text:
            return text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
        case .json, .jsonl:
            return DocumentJSON.line(document, text: text) + "\n"
        case .markdown:
            return MarkdownRenderer.render(document, text: text)
        }
    }
}

/// Markdown output: `## id`, then one paragraph per paragraph of the rendered text — or, for
/// a summary, its sentences as a list in document order.
public enum MarkdownRenderer {
    public static func render(_ document: Document, text: String) -> String {
        var out = "## \(document.id)\n\n"
        if let brief = BriefRenderer.brief(of: document) { return out + BriefRenderer.markdown(brief) }
        if !document.annotations(ofKind: "summary").isEmpty {
            for line in text.split(separator: "\n") { out += "- \(line)\n" }
            return out + "\n"
        }
        let paragraphs = text.split(separator: "\n\n", omittingEmptySubsequences: true)
        for paragraph in paragraphs {
            let lines = paragraph.split(separator: "\n").map { String($0) }
            out += lines.joined(separator: " ") + "\n\n"
        }
        return out
    }
}
