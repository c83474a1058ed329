import Core
import Foundation
import Plugins

extension EvalCommand {
    /// `workbench eval names [--spellings FILE]… [--misses] [--json] PAIRS…`: how well the brief's
    /// romanised suggestions spell names, against `arabic<TAB>english` pairs; `--misses` first
    /// prints each pair not spelled exactly as `arabic<TAB>suggestion<TAB>expected`.
    static func runNames(_ arguments: [String], console: Console) -> Int32 {
        let parsed: ArgumentScanner.Parsed
        do {
            parsed = try ArgumentScanner(valued: [], flags: ["--json", "--misses"], repeatable: ["--spellings"]).parse(arguments)
        } catch {
            return usageError(error, console: console)
        }
        guard !parsed.positionals.isEmpty else { return usageError(UsageError("missing PAIRS files (arabic<TAB>english per line)"), console: console) }
        let romanizer: NameRomanizer
        do {
            romanizer = try NameRomanizer(files: parsed.repeated["--spellings"] ?? [])
        } catch let error as SetupError {
            for problem in error.options { console.err("workbench eval: error: --spellings: \(problem.message)") }
            for diagnostic in error.diagnostics { console.err(diagnostic.description) }
            return ExitStatus.usage
        } catch {
            console.err("workbench eval: error: \(error)")
            return ExitStatus.usage
        }
        var pairs = 0, exact = 0
        var similarity = 0.0
        var failed = false
        for path in parsed.positionals {
            let text: String
            do {
                switch TextDecoder.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path)))) {
                case .success(let decoded): text = decoded
                case .failure(let failure):
                    console.err("\(path): error: \(failure.message)")
                    failed = true
                    continue
                }
            } catch {
                console.err("\(path): error: \(FileErrors.reason(error))")
                failed = true
                continue
            }
            let (rows, problems) = NamePairs.read(text, file: path)
            for problem in problems { console.err(problem.description) }
            if !problems.isEmpty { failed = true }
            for (arabic, english) in rows {
                let suggestion = romanizer.romanize(arabic)
                pairs += 1
                if SpellingMatch.exact(suggestion, english) {
                    exact += 1
                } else if parsed.flags.contains("--misses") {
                    console.out("\(arabic)\t\(suggestion)\t\(english)\n")
                }
                similarity += SpellingMatch.similarity(suggestion, english)
            }
        }
        guard pairs > 0 else {
            console.err("workbench eval: error: no pairs to score")
            return ExitStatus.failure
        }
        let exactShare = Double(exact) / Double(pairs), meanSimilarity = similarity / Double(pairs)
        if parsed.flags.contains("--json") {
            console.out(JSONWriter.string(["pairs": .int(pairs), "exact": .double(exactShare), "similarity": .double(meanSimilarity)]) + "\n")
        } else {
            console.out("\(pairs) names: \(percent(exactShare))% spelled exactly, \(percent(meanSimilarity))% letter similarity "
                + "(case, accents and non-letters ignored)\n")
        }
        return failed ? ExitStatus.failure : ExitStatus.success
    }
}
