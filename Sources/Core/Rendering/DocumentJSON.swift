/// The JSON shape of a processed document, stable and documented in the README:
///
///     {"id", "language", "source", "text",
///      "annotations": [{"kind", "start", "end", "producer", "data"}],
///      "steps": [{"index", "plugin", "name", "outcome", "added"}]}
public enum DocumentJSON {
    /// The document as a JSON value, members in the documented order.
    public static func value(_ document: Document, text: String) -> JSONValue {
        let annotations: [JSONValue] = document.annotations.map { a in
            ["kind": .string(a.kind), "start": .int(a.start), "end": .int(a.end),
             "producer": .string(a.producer), "data": .object(a.data)]
        }
        let steps: [JSONValue] = document.steps.map { s in
            ["index": .int(s.index), "plugin": .string(s.plugin), "name": .string(s.name),
             "outcome": .string(s.outcome.rawValue), "added": .int(s.added)]
        }
        return ["id": .string(document.id), "language": .string(document.language),
                "source": .string(document.source), "text": .string(text),
                "annotations": .array(annotations), "steps": .array(steps)]
    }

    /// One line of JSON (no trailing newline).
    public static func line(_ document: Document, text: String) -> String {
        JSONWriter.string(value(document, text: text))
    }
}
