/// Writes entries in the glossary TSV format that `GlossaryFileParser` reads, with a header,
/// one entry per line: what `workbench glossary import` produces.
public enum GlossaryTSVWriter {
    public static func write(_ entries: [GlossaryEntry], comment: String? = nil) -> String {
        var out = ""
        if let comment { out += "# " + clean(comment) + "\n" }
        out += "arabic\tenglish\ttype\tvariants\tnisba\tnote\tflags\n"
        for entry in entries {
            let cells = [
                entry.arabic, entry.english, entry.kind.rawValue,
                entry.variants.joined(separator: " | "),
                entry.nisbas.map { "\($0.stem)=\($0.english)" }.joined(separator: " | "),
                entry.note, entry.flagNames.joined(separator: ","),
            ]
            out += cells.map(clean).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// Tabs and line breaks inside a cell become spaces.
    static func clean(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
