import Core
import Foundation

/// Romanises names as the brief suggests them: word lists read from files, then the built-in
/// spellings, then letter by letter. Public for embedding programs and `workbench eval names`.
public struct NameRomanizer: Sendable {
    let spellings: NameSpellings

    /// The built-in spellings only.
    public init() { spellings = .builtin }

    /// Each file's spellings (`arabic<TAB>english` per line), the earlier file first, then the
    /// built-in ones for words no file has. Every problem at once: a missing file keyed
    /// `spellings[i]`, a malformed line as `file:line`.
    public init(files: [String]) throws {
        var spellings = NameSpellings()
        var optionProblems: [OptionProblem] = []
        var problems: [Diagnostic] = []
        for (index, file) in files.enumerated() {
            guard let data = FileManager.default.contents(atPath: file) else {
                optionProblems.append(OptionProblem(key: "spellings[\(index)]", "no such file: \(file)"))
                continue
            }
            switch NameSpellings.parse(Array(data), file: file) {
            case .success(let pairs): spellings.add(pairs)
            case .failure(let list): problems += list.diagnostics
            }
        }
        if !optionProblems.isEmpty || !problems.isEmpty { throw SetupError(options: optionProblems, diagnostics: problems) }
        spellings.fill(from: .builtin)
        self.spellings = spellings
    }

    /// The romanised name (unverified: a suggestion).
    public func romanize(_ name: String) -> String { Romanizer.romanize(name, spellings: spellings) }
}
