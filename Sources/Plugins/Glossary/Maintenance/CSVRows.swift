/// RFC 4180 rows: fields separated by commas, quoted with `"` when they hold commas, quotes
/// (doubled) or line breaks; CRLF or LF between rows; a BOM before the first.
enum CSVRows {
    struct Problem: Error {
        var line: Int
        var message: String
    }

    static func parse(_ text: String) -> Result<[(line: Int, cells: [String])], Problem> {
        var rows: [(line: Int, cells: [String])] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var chars = Array(text.unicodeScalars)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        var quoteStart = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { cell.unicodeScalars.append("\""); i += 1 } else { quoted = false }
                } else {
                    if c == "\n" { line += 1 }
                    cell.unicodeScalars.append(c)
                }
            } else {
                switch c {
                case "\"" where cell.isEmpty:
                    quoted = true
                    quoteStart = line
                case ",":
                    cells.append(cell)
                    cell = ""
                case "\r":
                    break
                case "\n":
                    cells.append(cell)
                    rows.append((rowLine, cells))
                    cells = []
                    cell = ""
                    line += 1
                    rowLine = line
                default:
                    cell.unicodeScalars.append(c)
                }
            }
            i += 1
        }
        if quoted { return .failure(Problem(line: quoteStart, message: "a quoted field is never closed")) }
        if !cell.isEmpty || !cells.isEmpty {
            cells.append(cell)
            rows.append((rowLine, cells))
        }
        return .success(rows)
    }
}
