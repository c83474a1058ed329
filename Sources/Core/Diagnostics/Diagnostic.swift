/// One problem found in a file, printed compiler-style:
///
///     chains/x.json: error: chain[2].options.maxSentences: expected an integer, found a string
///     chains/x.json:4:7: error: unexpected '}'; expected a value
///     glossaries/kz.tsv:12: error: …
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    /// The file as the user named it.
    public var file: String
    /// 1-based line (and column) when the problem has a place in the text.
    public var line: Int?
    public var column: Int?
    /// The key path when the problem is in a value of a structured file.
    public var path: KeyPath?
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, path: KeyPath? = nil,
                severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.severity = severity
        self.message = message
    }

    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        var text = "\(location): \(severity.rawValue): "
        if let path, !path.components.isEmpty { text += "\(path): " }
        return text + message
    }
}

/// Every problem found while loading one file, reported together.
public struct DiagnosticList: Error, Sendable, Equatable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

    /// One line per diagnostic, then a count line such as `3 errors in chains/x.json`
    /// (`3 errors` when they are in several files).
    public var description: String {
        var lines = diagnostics.map(\.description)
        let count = errorCount
        if count > 0, let file = diagnostics.first?.file {
            let place = diagnostics.allSatisfy { $0.file == file } ? " in \(file)" : ""
            lines.append("\(count) error\(count == 1 ? "" : "s")\(place)")
        }
        return lines.joined(separator: "\n")
    }
}
