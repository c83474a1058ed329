/// Renders a `brief` annotation (see the `brief` plugin for its data) as a readable English
/// brief: plain text for `--format text`, Markdown sections for `--format markdown`.
public enum BriefRenderer {
    /// The brief of a document, if a step made one.
    public static func brief(of document: Document) -> JSONObject? {
        document.annotations(ofKind: "brief").last?.data
    }

    public static func text(_ brief: JSONObject) -> String {
        render(brief, markdown: false)
    }

    public static func markdown(_ brief: JSONObject) -> String {
        render(brief, markdown: true)
    }

    static func render(_ brief: JSONObject, markdown: Bool) -> String {
        let content = BriefContent(brief)
        guard !content.isEmpty else {
            return (markdown ? "_" : "") + BriefContent.nothingToBrief + (markdown ? "_" : "") + "\n"
        }
        var out = ""
        func heading(_ title: String) { out += markdown ? "**\(title)**\n\n" : "\(title.uppercased())\n" }
        func label(_ text: String) -> String { markdown ? "**\(text):** " : "\(text): " }
        func item(_ text: String) { out += (markdown ? "- " : "  ") + text + "\n" }
        let indent = markdown ? "   " : "     "
        if let headline = content.headline { out += label(headline.label) + headline.text + "\n\n" }
        if !content.people.isEmpty {
            heading("People")
            for person in content.people { item(person.role.isEmpty ? person.name : "\(person.name) — \(person.role)") }
            out += "\n"
        }
        for list in content.lists { out += label(list.label) + list.names.joined(separator: ", ") + "\n\n" }
        for table in content.readings {
            heading(table.label)
            for entry in table.entries { item("\(entry.english) (\(entry.source))") }
            out += "\n"
        }
        if !content.events.isEmpty {
            heading("Events")
            content.events.forEach(item)
            out += "\n"
        }
        if !content.points.isEmpty {
            heading("Key points")
            for point in content.points {
                out += (markdown ? "\(point.rank). " : "  \(point.rank). ") + point.source + "\n"
                if let translation = point.translation {
                    out += indent + "Translation (machine): " + translation + "\n"
                    for issue in point.issues { out += indent + "[check] " + issue + "\n" }
                }
                out += indent + "Gist, not a translation: " + point.gist + "\n"
            }
            out += "\n"
        }
        if !content.unknown.isEmpty {
            heading("Names not in the glossaries (romanisation unverified)")
            for name in content.unknown { item("\(name.source) → \(name.suggestion)?" + (name.role.isEmpty ? "" : " — \(name.role)")) }
            out += "\n"
        }
        return out
    }

    static func array(_ value: JSONValue?) -> [JSONValue] {
        if case .array(let items)? = value { return items }
        return []
    }
}
