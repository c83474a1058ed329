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
    /// One page: per document its brief or key sentences and the article marked (`HTMLReport`).
    case html

    /// The file extension of one document's output under `--output DIR`.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .json: return "json"
        case .jsonl: return "jsonl"
        case .markdown: return "md"
        case .html: return "html"
        }
    }

    /// The output of one document, ending with a newline. For `json` this is the object alone
    /// and for `html` the article alone: the writer of a stream puts the objects into an array
    /// and the articles into a page (`standalone` does it for one).
    public func render(_ document: Document) -> String {
        switch self {
        case .text:
            let text = TextRenderer.render(document)
            return text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
        case .json, .jsonl:
            return DocumentJSON.line(document, text: TextRenderer.render(document)) + "\n"
        case .markdown:
            return MarkdownRenderer.render(document, text: TextRenderer.render(document))
        case .html:
            return HTMLReport.article(document)
        }
    }

    /// One document's output as a file of its own: an HTML article in its page; the others as
    /// `render` makes them.
    public func standalone(_ output: String) -> String {
        self == .html ? HTMLReport.header + output + HTMLReport.footer : output
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
