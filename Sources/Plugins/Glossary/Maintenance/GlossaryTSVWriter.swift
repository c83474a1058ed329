/// Writes entries in the glossary TSV format that `GlossaryFileParser` reads, with a header,
/// one entry per line: what `workbench glossary import` produces. The entries are of one source
/// language (the first entry's); a Russian or Kazakh file has no `nisba` and `flags` columns.
public enum GlossaryTSVWriter {
    public static func write(_ entries: [GlossaryEntry], comment: String? = nil) -> String {
        var out = ""
        if let comment { out += "# " + clean(comment) + "\n" }
        let columns = columns(for: entries.first?.language ?? "ar")
        out += columns.joined(separator: "\t") + "\n"
        for entry in entries {
            out += columns.map { clean(cell($0, of: entry)) }.joined(separator: "\t") + "\n"
        }
        return out
    }

    /// The columns a written file has: all of them for Arabic; no `nisba` and `flags` otherwise.
    static func columns(for language: String) -> [String] {
        let source = GlossaryEntry.sourceColumn(of: language)
        return language == "ar" ? [source, "english", "type", "variants", "nisba", "note", "flags"]
            : [source, "english", "type", "variants", "note"]
    }

    /// An entry's cell in a column, as the file writes it ("" for a column it does not know).
    static func cell(_ column: String, of entry: GlossaryEntry) -> String {
        switch column {
        case _ where GlossaryEntry.sourceColumns.contains(where: { $0.column == column }): return entry.source
        case "english": return entry.english
        case "type": return entry.kind.rawValue
        case "variants": return entry.variants.joined(separator: " | ")
        case "nisba": return entry.nisbas.map { "\($0.stem)=\($0.english)" }.joined(separator: " | ")
        case "note": return entry.note
        case "flags": return entry.flagNames.joined(separator: ",")
        default: return ""
        }
    }

    /// Tabs and line breaks inside a cell become spaces.
    static func clean(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
