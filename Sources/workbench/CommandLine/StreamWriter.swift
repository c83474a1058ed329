import Core

/// Writes rendered documents to stdout as they are produced: a JSON array is opened before
/// the first object and closed at the end; text output gets a `==> id <==` header per
/// document when there are several.
struct StreamWriter {
    let format: OutputFormat
    let console: Console
    let multiple: Bool
    private var count = 0

    init(format: OutputFormat, console: Console, multiple: Bool) {
        self.format = format
        self.console = console
        self.multiple = multiple
    }

    mutating func write(_ output: String, id: String) {
        switch format {
        case .json:
            console.out(count == 0 ? "[\n" : ",\n")
            console.out(String(output.dropLast()))
        case .text where multiple:
            console.out((count == 0 ? "" : "\n") + "==> \(id) <==\n" + output)
        default:
            console.out(output)
        }
        count += 1
    }

    /// Closes the JSON array (an empty run prints `[]`).
    func finish() {
        if format == .json { console.out(count == 0 ? "[]\n" : "\n]\n") }
    }
}
