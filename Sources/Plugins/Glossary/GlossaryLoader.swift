import Core
import Foundation

/// Reads the glossary files and folders an option names, reporting every problem at once.
enum GlossaryLoader {
    /// The entries of every file, in the order given (a folder's `*.tsv` files sorted by name).
    static func load(_ paths: [String], context: ProcessorContext) throws -> [GlossaryEntry] {
        var entries: [GlossaryEntry] = []
        var problems: [Diagnostic] = []
        var optionProblems: [OptionProblem] = []
        for (index, path) in paths.enumerated() {
            let resolved = context.resolve(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
                optionProblems.append(OptionProblem(key: "files[\(index)]", "no such file or folder: \(resolved)"))
                continue
            }
            var files = [resolved]
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: resolved)) ?? []
                files = names.filter { $0.lowercased().hasSuffix(".tsv") && !$0.hasPrefix(".") }.sorted()
                    .map { resolved.hasSuffix("/") ? resolved + $0 : resolved + "/" + $0 }
                if files.isEmpty {
                    optionProblems.append(OptionProblem(key: "files[\(index)]", "the folder \(resolved) has no *.tsv glossary"))
                }
            }
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    problems.append(Diagnostic(file: file, message: "cannot read the glossary"))
                    continue
                }
                switch GlossaryFileParser.parse(Array(data), displayName: file, fileName: file) {
                case .success(let found): entries += found
                case .failure(let list): problems += list.diagnostics
                }
            }
        }
        if let first = optionProblems.first, problems.isEmpty, optionProblems.count == 1 { throw first }
        if !optionProblems.isEmpty || !problems.isEmpty {
            throw SetupError(options: optionProblems, diagnostics: problems)
        }
        return entries
    }
}
