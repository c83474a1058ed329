import Core
import Foundation

/// Lines of Arabic–English name pairs, the format of spelling lists and of name evaluation
/// sets: `arabic<TAB>english[<TAB>anything]` per line, cells trimmed, an optional header line
/// starting `arabic`, `#` comments and blank lines skipped, LF, CRLF or CR line ends.
public enum NamePairs {
    /// The pairs, and a problem for each line without both cells (the other lines still count).
    public static func read(_ text: String, file: String) -> (pairs: [(arabic: String, english: String)], problems: [Diagnostic]) {
        var pairs: [(arabic: String, english: String)] = []
        var problems: [Diagnostic] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || (index == 0 && trimmed.lowercased().hasPrefix("arabic")) { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, !cells[0].isEmpty, !cells[1].isEmpty else {
                problems.append(Diagnostic(file: file, line: index + 1, message: "expected arabic<TAB>english"))
                continue
            }
            pairs.append((cells[0], cells[1]))
        }
        return (pairs, problems)
    }
}
