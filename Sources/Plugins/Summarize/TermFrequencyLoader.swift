import Core
import Foundation

/// Reads the term-frequency file the `summarize` step's `idf` option names, when the chain is
/// built: a missing file is a problem of the option, a malformed one lists its lines.
enum TermFrequencyLoader {
    static func load(_ path: String, context: ProcessorContext) throws -> TermFrequencies {
        let resolved = context.resolve(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
            let relative = path.hasPrefix("/") ? "" : "a relative path is read from the chain file's folder; "
            throw OptionProblem(key: "idf", "no such file: \(resolved) (\(relative)make it with: workbench idf --output \(resolved) CORPUS…)")
        }
        guard !isDirectory.boolValue else {
            throw OptionProblem(key: "idf", "\(resolved) is a folder; give the file 'workbench idf' wrote")
        }
        guard let data = FileManager.default.contents(atPath: resolved) else {
            throw SetupError(diagnostics: [Diagnostic(file: resolved, message: "cannot read the term frequencies")])
        }
        switch TermFrequencyParser.parse(Array(data), fileName: resolved) {
        case .success(let frequencies): return frequencies
        case .failure(let list): throw SetupError(diagnostics: list.diagnostics)
        }
    }
}
