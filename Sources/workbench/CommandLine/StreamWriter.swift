import Core

/// Writes rendered documents as they are produced, to stdout or to one output file: a JSON
/// array is opened before the first object and closed at the end; text output gets a
/// `==> id <==` header per document when there are several.
struct StreamWriter {
    let format: OutputFormat
    let multiple: Bool
    private let sink: (String) -> Void
    private var count = 0

    init(format: OutputFormat, multiple: Bool, sink: @escaping (String) -> Void) {
        self.format = format
        self.multiple = multiple
        self.sink = sink
    }

    mutating func write(_ output: String, id: String) {
        switch format {
        case .json:
            sink(count == 0 ? "[\n" : ",\n")
            sink(String(output.dropLast()))
        case .text where multiple:
            sink((count == 0 ? "" : "\n") + "==> \(id) <==\n" + output)
        default:
            sink(output)
        }
        count += 1
    }

    /// Closes the JSON array (an empty run prints `[]`).
    func finish() {
        if format == .json { sink(count == 0 ? "[]\n" : "\n]\n") }
    }
}
