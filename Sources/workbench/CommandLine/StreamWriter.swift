import Core

/// Writes rendered documents as they are produced, to stdout or to one output file: a JSON
/// array (an HTML page) is opened before the first object (article) and closed at the end;
/// text output gets a `==> id <==` header per document when there are several.
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
        case .html:
            sink(count == 0 ? HTMLReport.header + output : output)
        case .text where multiple:
            sink((count == 0 ? "" : "\n") + "==> \(id) <==\n" + output)
        default:
            sink(output)
        }
        count += 1
    }

    /// Closes the JSON array (an empty run prints `[]`) or the HTML page.
    func finish() {
        if format == .json { sink(count == 0 ? "[]\n" : "\n]\n") }
        if format == .html { sink(count == 0 ? HTMLReport.header + HTMLReport.footer : HTMLReport.footer) }
    }
}
