import Core

/// The tab- and comma-separated layouts other tools use: OmegaT (`source<TAB>target[<TAB>comment]`),
/// CSV with a header row (RFC 4180 quoting), and DeepL's glossary TSV (two columns, no header,
/// and DeepL's entry rules). Every Arabic form (the term and each variant) becomes its own row
/// where a format has no place for variants.
public enum DelimitedGlossary {
    public enum Format: String, CaseIterable, Sendable {
        case omegat, csv, deepl
    }

    // MARK: writing

    public static func omegaT(_ entries: [GlossaryEntry]) -> String {
        var out = "# Glossary in tab-separated format -*- coding: utf-8 -*-\n"
        for entry in entries {
            for arabic in [entry.source] + entry.variants {
                out += [arabic, entry.english, entry.note].map(GlossaryTSVWriter.clean).joined(separator: "\t") + "\n"
            }
            for nisba in entry.nisbas { out += GlossaryTSVWriter.clean(nisba.stem) + "\t" + GlossaryTSVWriter.clean(nisba.english) + "\t\n" }
        }
        return out
    }

    public static func csv(_ entries: [GlossaryEntry]) -> String {
        var out = "arabic,english,type,variants,nisba,note\r\n"
        for entry in entries {
            let cells = [entry.source, entry.english, entry.kind.rawValue, entry.variants.joined(separator: " | "),
                         entry.nisbas.map { "\($0.stem)=\($0.english)" }.joined(separator: " | "), entry.note]
            out += cells.map(quote).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func quote(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// DeepL's glossary TSV, or the entries that break DeepL's rules: a source written twice,
    /// an empty side, control characters or line separators, white space at either end, a
    /// term over 1,024 UTF-8 bytes. Nothing is written when one does.
    public static func deepL(_ entries: [GlossaryEntry], file: String) -> Result<String, DiagnosticList> {
        var out = ""
        var problems: [Diagnostic] = []
        var sources: [String: GlossaryEntry] = [:]
        for entry in entries {
            for (arabic, english) in [(entry.source, entry.english)] + entry.variants.map({ ($0, entry.english) })
                + entry.nisbas.map({ ($0.stem, $0.english) }) {
                func report(_ message: String) {
                    problems.append(Diagnostic(file: entry.file.isEmpty ? file : entry.file, line: entry.line, message: message))
                }
                if let first = sources[arabic] {
                    report("DeepL refuses a source written twice: '\(arabic)' is also on line \(first.line)")
                    continue
                }
                sources[arabic] = entry
                for side in [arabic, english] {
                    if side.isEmpty { report("DeepL refuses an empty term") }
                    if side.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
                        report("DeepL refuses control characters and line separators: '\(side)'")
                    }
                    if side != side.trimmingCharacters(in: .whitespaces) { report("DeepL refuses white space at either end: '\(side)'") }
                    if side.utf8.count > 1024 { report("DeepL refuses terms over 1,024 bytes") }
                }
                out += arabic + "\t" + english + "\n"
            }
        }
        return problems.isEmpty ? .success(out) : .failure(DiagnosticList(problems))
    }

    // MARK: reading

    /// OmegaT or DeepL TSV: `source<TAB>target[<TAB>comment]`, `#` comments (OmegaT), BOM and
    /// CRLF accepted; a line with fewer than two cells or an empty side is an error.
    public static func readTSV(_ text: String, file: String, format: Format) -> Result<[GlossaryEntry], DiagnosticList> {
        var entries: [GlossaryEntry] = []
        var problems: [Diagnostic] = []
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            var line = Substring(raw)
            if index == 0, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.trimmingCharacters(in: .whitespaces).isEmpty || (format == .omegat && line.hasPrefix("#")) { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, !cells[0].isEmpty, !cells[1].isEmpty else {
                problems.append(Diagnostic(file: file, line: index + 1, message: "expected source<TAB>target, both non-empty"))
                continue
            }
            if format == .deepl, cells.count > 2 {
                problems.append(Diagnostic(file: file, line: index + 1, message: "a DeepL glossary has two columns; found \(cells.count)"))
                continue
            }
            entries.append(GlossaryEntry(source: cells[0], english: cells[1], note: cells.count > 2 ? cells[2] : "", file: file, line: index + 1))
        }
        return problems.isEmpty ? .success(merge(entries)) : .failure(DiagnosticList(problems))
    }

    /// CSV with a header naming the columns: arabic/source/ar, english/target/en, and
    /// optionally type, variants, nisba, note.
    public static func readCSV(_ text: String, file: String) -> Result<[GlossaryEntry], DiagnosticList> {
        let rows: [(line: Int, cells: [String])]
        switch CSVRows.parse(text) {
        case .success(let parsed): rows = parsed
        case .failure(let problem): return .failure(DiagnosticList([Diagnostic(file: file, line: problem.line, message: problem.message)]))
        }
        guard let header = rows.first else {
            return .failure(DiagnosticList([Diagnostic(file: file, message: "the file is empty")]))
        }
        let aliases = ["arabic": "arabic", "source": "arabic", "ar": "arabic", "english": "english", "target": "english", "en": "english",
                       "type": "type", "variants": "variants", "nisba": "nisba", "note": "note", "comment": "note"]
        let columns = header.cells.map { aliases[$0.lowercased().trimmingCharacters(in: .whitespaces)] }
        guard let a = columns.firstIndex(of: "arabic"), let e = columns.firstIndex(of: "english") else {
            return .failure(DiagnosticList([Diagnostic(file: file, line: header.line, message:
                "the header needs an Arabic column (arabic, source or ar) and an English one (english, target or en)")]))
        }
        var entries: [GlossaryEntry] = []
        var problems: [Diagnostic] = []
        for row in rows.dropFirst() {
            if row.cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            func cell(_ name: String) -> String {
                guard let i = columns.firstIndex(of: name), i < row.cells.count else { return "" }
                return row.cells[i].trimmingCharacters(in: .whitespaces)
            }
            guard a < row.cells.count, e < row.cells.count, !cell("arabic").isEmpty, !cell("english").isEmpty else {
                problems.append(Diagnostic(file: file, line: row.line, message: "the Arabic or the English cell is empty"))
                continue
            }
            let typeName = cell("type")
            guard let kind = typeName.isEmpty ? .term : GlossaryEntry.Kind(rawValue: typeName) else {
                problems.append(Diagnostic(file: file, line: row.line, message: "unknown type '\(typeName)'"))
                continue
            }
            let nisbas = cell("nisba").split(separator: "|").compactMap { item -> GlossaryEntry.Nisba? in
                let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                return parts.count == 2 ? GlossaryEntry.Nisba(stem: parts[0], english: parts[1]) : nil
            }
            entries.append(GlossaryEntry(source: cell("arabic"), english: cell("english"), kind: kind,
                                         variants: cell("variants").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) },
                                         nisbas: nisbas, note: cell("note"), file: file, line: row.line))
        }
        return problems.isEmpty ? .success(entries) : .failure(DiagnosticList(problems))
    }

    /// Rows with the same English written one per Arabic form (OmegaT, DeepL) become one entry
    /// with variants.
    static func merge(_ rows: [GlossaryEntry]) -> [GlossaryEntry] {
        var entries: [GlossaryEntry] = []
        var byEnglish: [String: Int] = [:]
        for row in rows {
            if let i = byEnglish[row.english], entries[i].note == row.note {
                entries[i].variants.append(row.source)
            } else {
                byEnglish[row.english] = entries.count
                entries.append(row)
            }
        }
        return entries
    }
}
