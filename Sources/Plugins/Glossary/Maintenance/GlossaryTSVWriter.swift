/// Writes entries in the glossary TSV format that `GlossaryFileParser` reads, with a header,
/// one entry per line: what `workbench glossary import` produces. The entries are of one source
/// language (the first entry's); a Russian file has no `nisba` and `flags` columns.
public enum GlossaryTSVWriter {
    public static func write(_ entries: [GlossaryEntry], comment: String? = nil) -> String {
        var out = ""
        if let comment { out += "# " + clean(comment) + "\n" }
        let language = entries.first?.language ?? "ar"
        let arabic = language == "ar"
        let source = GlossaryEntry.sourceColumns.first { $0.language == language }?.column ?? "arabic"
        out += source + (arabic ? "\tenglish\ttype\tvariants\tnisba\tnote\tflags\n" : "\tenglish\ttype\tvariants\tnote\n")
        for entry in entries {
            let cells = [
                entry.arabic, entry.english, entry.kind.rawValue,
                entry.variants.joined(separator: " | "),
            ] + (arabic ? [entry.nisbas.map { "\($0.stem)=\($0.english)" }.joined(separator: " | ")] : []) + [entry.note]
                + (arabic ? [entry.flagNames.joined(separator: ",")] : [])
            out += cells.map(clean).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// Tabs and line breaks inside a cell become spaces.
    static func clean(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
