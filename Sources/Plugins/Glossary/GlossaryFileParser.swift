import Core
import Foundation

/// Reads the glossary TSV format (documented in `glossaries/README.md`):
///
///     # comments and blank lines are ignored
///     arabic<TAB>english<TAB>type<TAB>variants<TAB>nisba<TAB>note<TAB>flags
///     توكاييف<TAB>Tokayev<TAB>person<TAB>توكايف<TAB><TAB>surname
///
/// The header names the columns (any order; `english` and one source column, `arabic`,
/// `russian` or `kazakh`, are required; `nisba` and `flags` are for Arabic only). A file whose
/// first line is not a header is read as `arabic<TAB>english[<TAB>note]` (OmegaT's glossary
/// layout). UTF-8 with or without a byte-order mark; CRLF accepted. Every malformed line is
/// reported as `file:line: error: …`, all of them at once.
public enum GlossaryFileParser {
    /// The columns a header may name.
    public static let columns = ["arabic", "russian", "kazakh", "english", "type", "variants", "nisba", "note", "flags"]
    public static let flags = ["keep-teh-marbuta", "keep-alef-maqsura"]

    /// The entries of a file's bytes, or every problem found in it. `displayName` is used in
    /// messages, `fileName` in the entries' provenance.
    public static func parse(_ bytes: [UInt8], displayName: String, fileName: String) -> Result<[GlossaryEntry], DiagnosticList> {
        let text: String
        switch TextDecoder.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let failure): return .failure(DiagnosticList([Diagnostic(file: displayName, message: failure.message)]))
        }
        var problems: [Diagnostic] = []
        var entries: [GlossaryEntry] = []
        var header: [String]? = nil
        var language = "ar"
        // Lines and cells are cut on the UTF-8 bytes (a 100,000-line termbase loads in a
        // fraction of a second); CRLF and LF both end a line.
        let utf8 = Array(text.utf8)
        for (lineNumber, range) in TextLines(utf8) {
            let line = utf8[range]
            guard let firstVisible = line.first(where: { $0 != 0x20 && $0 != 0x09 }), firstVisible != UInt8(ascii: "#") else {
                continue
            }
            let cells = line.split(separator: 0x09, omittingEmptySubsequences: false).map(trimmedString)
            let number = lineNumber
            func report(_ message: String) {
                problems.append(Diagnostic(file: displayName, line: number, message: message))
            }
            if header == nil {
                let names = cells.map { $0.lowercased() }
                if names.contains("english") || GlossaryEntry.sourceColumns.contains(where: { names.contains($0.column) }) {
                    var valid = true
                    for name in names where !columns.contains(name) {
                        report("unknown column '\(name)' in the header.\(Suggestions.didYouMean(name, in: columns)) "
                            + "Columns: \(columns.joined(separator: ", "))")
                        valid = false
                    }
                    let sources = GlossaryEntry.sourceColumns.filter { names.contains($0.column) }
                    if sources.isEmpty {
                        report("the header has no source column: name one of \(GlossaryEntry.sourceColumnList)")
                        valid = false
                    } else if sources.count > 1 {
                        report("the header names two source columns, '\(sources[0].column)' and '\(sources[1].column)': "
                            + "a glossary file holds one source language")
                        valid = false
                    }
                    if !names.contains("english") {
                        report("the header has no 'english' column")
                        valid = false
                    }
                    if sources.count == 1, sources[0].language != "ar" {
                        for arabicOnly in ["nisba", "flags"] where names.contains(arabicOnly) {
                            report("the '\(arabicOnly)' column is for Arabic glossaries; a '\(sources[0].column)' glossary has none")
                            valid = false
                        }
                    }
                    for name in Set(names) where names.filter({ $0 == name }).count > 1 {
                        report("the header names the column '\(name)' twice")
                        valid = false
                    }
                    if !valid { return .failure(DiagnosticList(problems)) }
                    header = names.map { name in sources.contains { $0.column == name } ? "arabic" : name }
                    language = sources[0].language
                    continue
                }
                header = ["arabic", "english", "note"]
            }
            guard let columnNames = header else { continue }
            if cells.count > columnNames.count {
                report("\(cells.count) cells, but the header has \(columnNames.count) columns (a stray tab?)")
                continue
            }
            var row = Row()
            for (name, cell) in zip(columnNames, cells) { row[name] = cell }
            if let entry = entry(from: row, language: language, fileName: fileName, line: number, report: report) {
                entries.append(entry)
            }
        }
        if header == nil {
            problems.append(Diagnostic(file: displayName, message: "the file has no entries"))
        }
        return problems.isEmpty ? .success(entries) : .failure(DiagnosticList(problems))
    }

    /// The cells of one line by column name (a fixed set of names, so no dictionary per line).
    struct Row {
        var cells = [String?](repeating: nil, count: GlossaryFileParser.columns.count)

        subscript(name: String) -> String? {
            get { GlossaryFileParser.columns.firstIndex(of: name).flatMap { cells[$0] } }
            set { if let index = GlossaryFileParser.columns.firstIndex(of: name) { cells[index] = newValue } }
        }

        var filled: [(column: String, cell: String)] {
            zip(GlossaryFileParser.columns, cells).compactMap { name, cell in cell.map { (name, $0) } }
        }
    }

    /// Whether a cell's UTF-8 holds a C0 or C1 control character or DEL: a byte scan, so that
    /// the scalar-by-scalar search runs only on the rare bad cell.
    static func mayHoldControlCharacter(_ cell: String) -> Bool {
        var cell = cell
        return cell.withUTF8 { bytes in
            for (i, byte) in bytes.enumerated() {
                if byte < 0x20 || byte == 0x7F { return true }
                if byte == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) { return true }
            }
            return false
        }
    }

    /// The entry of one row; the source column, whatever its language, is read as `arabic`.
    private static func entry(from row: Row, language: String, fileName: String, line: Int,
                              report: (String) -> Void) -> GlossaryEntry? {
        var valid = true
        let languageName = GlossaryEntry.languageName(of: language)
        for (column, cell) in row.filled {
            if Self.mayHoldControlCharacter(cell), let bad = cell.unicodeScalars.first(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                report("control character U+\(String(format: "%04X", bad.value)) in the \(column == "arabic" ? languageName.lowercased() : column) column")
                valid = false
            }
        }
        let arabic = row["arabic"] ?? ""
        let english = row["english"] ?? ""
        if arabic.isEmpty { report("the \(languageName) term is empty"); valid = false }
        if english.isEmpty { report("the English rendering is empty"); valid = false }
        if !arabic.isEmpty, Tokenizer.tokens(in: arabic).isEmpty {
            report("the \(languageName) term '\(arabic)' has no letters or digits"); valid = false
        }
        var kind = GlossaryEntry.Kind.term
        if let typeName = row["type"], !typeName.isEmpty {
            let name = typeName.lowercased() == "organization" ? "organisation" : typeName.lowercased()
            if let parsed = GlossaryEntry.Kind(rawValue: name) {
                kind = parsed
            } else {
                let names = GlossaryEntry.Kind.allCases.map(\.rawValue)
                report("unknown type '\(typeName)'.\(Suggestions.didYouMean(typeName, in: names)) Types: \(names.joined(separator: ", "))")
                valid = false
            }
        }
        let variants = split(row["variants"])
        for variant in variants where Tokenizer.tokens(in: variant).isEmpty {
            report("the variant '\(variant)' has no letters or digits"); valid = false
        }
        var nisbas: [GlossaryEntry.Nisba] = []
        for item in split(row["nisba"]) {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                report("the nisba '\(item)' must be written STEM=English, e.g. كازاخستاني=Kazakh")
                valid = false
                continue
            }
            nisbas.append(GlossaryEntry.Nisba(stem: parts[0], english: parts[1]))
        }
        var keepsTehMarbuta = false, keepsAlefMaqsura = false
        for flag in split(row["flags"], separator: ",") {
            if flag == "keep-teh-marbuta" {
                keepsTehMarbuta = true
            } else if flag == "keep-alef-maqsura" {
                keepsAlefMaqsura = true
            } else {
                report("unknown flag '\(flag)'.\(Suggestions.didYouMean(flag, in: flags)) Flags: \(flags.joined(separator: ", "))")
                valid = false
            }
        }
        guard valid else { return nil }
        return GlossaryEntry(source: arabic, english: english, kind: kind, variants: variants, nisbas: nisbas,
                             note: row["note"] ?? "", keepsTehMarbuta: keepsTehMarbuta, keepsAlefMaqsura: keepsAlefMaqsura,
                             file: fileName, line: line, language: language)
    }

    /// A cell's text without the spaces around it.
    private static func trimmedString(_ cell: ArraySlice<UInt8>) -> String {
        var lower = cell.startIndex
        var upper = cell.endIndex
        while lower < upper, cell[lower] == 0x20 { lower += 1 }
        while upper > lower, cell[upper - 1] == 0x20 { upper -= 1 }
        return String(decoding: cell[lower..<upper], as: UTF8.self)
    }

    /// The non-empty, trimmed items of a `|`-separated cell.
    private static func split(_ cell: String?, separator: Character = "|") -> [String] {
        (cell ?? "").split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
