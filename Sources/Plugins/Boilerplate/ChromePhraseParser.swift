import Core

/// Reads a chrome phrase list: one `RULE<TAB>PHRASE` per line, `#` comments and blank lines
/// skipped, UTF-8 with or without a byte-order mark, CRLF accepted. Every problem is reported
/// with its file and line, all at once.
enum ChromePhraseParser {
    static func parse(_ text: String, file: String) -> Result<[ChromePhrase], DiagnosticList> {
        var phrases: [ChromePhrase] = []
        var problems: [Diagnostic] = []
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if lines.last == "" { lines.removeLast() }
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if number == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard cells.count == 2 else {
                problems.append(Diagnostic(file: file, line: number, message:
                    "expected RULE<TAB>PHRASE, e.g. line<TAB>زر الذهاب إلى الأعلى"))
                continue
            }
            let ruleName = String(cells[0].trimmingSpaces)
            guard let rule = ChromePhrase.Rule(rawValue: ruleName) else {
                let names = ChromePhrase.Rule.allCases.map(\.rawValue)
                problems.append(Diagnostic(file: file, line: number, message:
                    "unknown rule '\(ruleName)'.\(Suggestions.didYouMean(ruleName, in: names)) Rules: \(names.joined(separator: ", "))"))
                continue
            }
            let phrase = String(cells[1].trimmingSpaces)
            if phrase.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" }) {
                problems.append(Diagnostic(file: file, line: number, message: "control character in the phrase"))
                continue
            }
            guard Tokenizer.tokens(in: phrase).contains(where: { $0.kind != .number }) else {
                problems.append(Diagnostic(file: file, line: number, message:
                    phrase.isEmpty ? "the phrase is empty" : "the phrase '\(phrase)' has no letters"))
                continue
            }
            phrases.append(ChromePhrase(rule: rule, text: phrase, file: file, line: number))
        }
        return problems.isEmpty ? .success(phrases) : .failure(DiagnosticList(problems))
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        var s = self
        while let first = s.first, first == " " || first == "\t" { s = s.dropFirst() }
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
