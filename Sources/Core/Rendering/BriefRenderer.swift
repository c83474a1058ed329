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
        var out = ""
        func heading(_ title: String) { out += markdown ? "**\(title)**\n\n" : "\(title.uppercased())\n" }
        func end() { out += "\n" }
        func item(_ text: String) { out += (markdown ? "- " : "  ") + text + "\n" }
        let title = brief["title"]?.stringValue ?? ""
        if let headline = brief["headline"]?.stringValue {
            out += (markdown ? "**Headline (machine translation):** " : "Headline (machine translation): ") + headline + "\n\n"
        } else if !title.isEmpty {
            out += (markdown ? "**Headline (gist):** " : "Headline (gist): ") + title + "\n\n"
        }
        let people = array(brief["people"])
        if !people.isEmpty {
            heading("People")
            for person in people {
                let name = person.objectValue?["name"]?.stringValue ?? ""
                let role = person.objectValue?["role"]?.stringValue ?? ""
                item(role.isEmpty ? name : "\(name) — \(role)")
            }
            end()
        }
        for (key, label) in [("places", "Places"), ("organisations", "Organisations"), ("sources", "Sources cited")] {
            let names = array(brief[key]).compactMap(\.stringValue)
            if !names.isEmpty { out += (markdown ? "**\(label):** " : "\(label): ") + names.joined(separator: ", ") + "\n\n" }
        }
        for (key, label) in [("figures", "Figures"), ("dates", "Dates")] {
            let entries = array(brief[key])
            guard !entries.isEmpty else { continue }
            heading(label)
            for entry in entries {
                item("\(entry.objectValue?["english"]?.stringValue ?? "") (\(entry.objectValue?["source"]?.stringValue ?? ""))")
            }
            end()
        }
        let events = array(brief["events"])
        if !events.isEmpty {
            heading("Events")
            for event in events { item(event.objectValue?["english"]?.stringValue ?? "") }
            end()
        }
        let points = array(brief["points"])
        if !points.isEmpty {
            heading("Key points")
            for point in points {
                let p = point.objectValue ?? [:]
                let rank = p["rank"]?.intValue ?? 0
                out += (markdown ? "\(rank). " : "  \(rank). ") + (p["arabic"]?.stringValue ?? "") + "\n"
                if let translation = p["translation"]?.stringValue {
                    out += (markdown ? "   " : "     ") + "Translation (machine): " + translation + "\n"
                    for issue in array(p["issues"]).compactMap(\.stringValue) {
                        out += (markdown ? "   " : "     ") + "[check] " + issue + "\n"
                    }
                }
                let english = p["english"]?.stringValue ?? ""
                out += (markdown ? "   " : "     ") + "Gist, not a translation: " + (english.isEmpty ? "(nothing recognised)" : english) + "\n"
            }
            end()
        }
        let unknown = array(brief["unknown"])
        if !unknown.isEmpty {
            heading("Names not in the glossaries (romanisation unverified)")
            for entry in unknown {
                let role = entry.objectValue?["role"]?.stringValue ?? ""
                item("\(entry.objectValue?["source"]?.stringValue ?? "") → \(entry.objectValue?["suggestion"]?.stringValue ?? "")?"
                     + (role.isEmpty ? "" : " — \(role)"))
            }
            end()
        }
        if out.isEmpty {
            out = (markdown ? "_" : "") + "Nothing to brief: no article text was found (the page may be all chrome, or empty)."
                + (markdown ? "_" : "") + "\n"
        }
        return out
    }

    static func array(_ value: JSONValue?) -> [JSONValue] {
        if case .array(let items)? = value { return items }
        return []
    }
}
