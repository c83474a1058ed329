import Core
import Foundation

/// `workbench glossary lint`: every problem of a set of glossary files, compiler style. Errors:
/// what the loader refuses (malformed lines, empty sides, control characters, unknown types),
/// duplicates and conflicts across the files (a variant that collides with another entry is
/// one), Arabic script in an English rendering. Warnings: stray white space around a cell, a
/// variant that normalization makes identical to its entry (it can never matter), one surname
/// transliterated two ways across person entries, and a person whose English in one source
/// language's glossary is one or two letters from another language's (Berdimuhamedov in the
/// Arabic file, Berdymukhamedov in the Russian: the briefs would disagree).
public enum GlossaryLinter {
    /// What a lint found: every diagnostic, sorted by file and line, and the entries of the
    /// files that parse.
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var entries: Int
    }

    /// The files' contents, as path → bytes (read by the caller).
    public static func lint(_ files: [(path: String, bytes: [UInt8])]) -> Report {
        var problems: [Diagnostic] = []
        var entries: [GlossaryEntry] = []
        for file in files {
            switch GlossaryFileParser.parse(file.bytes, displayName: file.path, fileName: file.path) {
            case .success(let found): entries += found
            case .failure(let list): problems += list.diagnostics
            }
            problems += whitespace(file.bytes, path: file.path)
        }
        if case .failure(let list) = GlossarySet.build(entries) { problems += list.diagnostics }
        problems += englishScript(entries) + redundantVariants(entries) + surnames(entries) + crossLanguageSpellings(entries)
        return Report(diagnostics: problems.sorted { ($0.file, $0.line ?? 0) < ($1.file, $1.line ?? 0) }, entries: entries.count)
    }

    /// Cells with spaces around them (the loader trims them; a spreadsheet may show them).
    static func whitespace(_ bytes: [UInt8], path: String) -> [Diagnostic] {
        guard case .success(let text) = TextDecoder.decode(bytes) else { return [] }
        var result: [Diagnostic] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            guard !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") else { continue }
            for (column, cell) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated()
            where cell.trimmingCharacters(in: .whitespaces) != cell {
                result.append(Diagnostic(file: path, line: index + 1, severity: .warning,
                                         message: "stray white space around cell \(column + 1): '\(cell)'"))
            }
        }
        return result
    }

    static func englishScript(_ entries: [GlossaryEntry]) -> [Diagnostic] {
        entries.flatMap { entry -> [Diagnostic] in
            let englishes = [entry.english] + entry.nisbas.map(\.english)
            return englishes.filter { $0.unicodeScalars.contains { ScalarClass.of($0.value) == .arabicLetter } }.map {
                Diagnostic(file: entry.file, line: entry.line, message: "the English rendering '\($0)' contains Arabic script")
            }
        }
    }

    static func redundantVariants(_ entries: [GlossaryEntry]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let normalizer = ArabicNormalizer()
        for entry in entries {
            var seen: [String: String] = [normalizer.normalizedString(entry.source): entry.source]
            for variant in entry.variants {
                let key = normalizer.normalizedString(variant)
                if let first = seen[key] {
                    result.append(Diagnostic(file: entry.file, line: entry.line, severity: .warning, message:
                        "the variant '\(variant)' is '\(first)' once normalized (diacritics, hamza, ى/ي, ة/ه): it never matters"))
                } else {
                    seen[key] = variant
                }
            }
        }
        return result
    }

    /// One Arabic surname (the last word of a person entry) with two English renderings.
    static func surnames(_ entries: [GlossaryEntry]) -> [Diagnostic] {
        var firstSeen: [String: (english: String, entry: GlossaryEntry)] = [:]
        var result: [Diagnostic] = []
        let normalizer = ArabicNormalizer()
        for entry in entries where entry.kind == .person {
            guard let arabic = entry.source.split(separator: " ").last,
                  let english = entry.english.split(separator: " ").last else { continue }
            let key = normalizer.normalizedString(String(arabic))
            if let first = firstSeen[key] {
                if first.english != String(english) {
                    let place = first.entry.file == entry.file ? "line \(first.entry.line)" : "\(first.entry.file):\(first.entry.line)"
                    result.append(Diagnostic(file: entry.file, line: entry.line, severity: .warning, message:
                        "the surname '\(arabic)' is '\(english)' here but '\(first.english)' on \(place)"))
                }
            } else {
                firstSeen[key] = (String(english), entry)
            }
        }
        return result
    }

    /// Person entries of different source languages whose English differs by one or two letters
    /// (case and accents aside, six letters or more): one name spelled two ways, so an Arabic
    /// and a Russian article about one visit would give two spellings. The warning is on the
    /// entry that is not Arabic, naming the other. Entries are compared only across languages,
    /// and only when their lengths are close.
    static func crossLanguageSpellings(_ entries: [GlossaryEntry]) -> [Diagnostic] {
        let people = entries.filter { $0.kind == .person }
        let languages = Set(people.map(\.language))
        guard languages.count > 1 else { return [] }
        func folded(_ english: String) -> String {
            english.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        var result: [Diagnostic] = []
        var reported = Set<String>()
        let byLanguage = Dictionary(grouping: people, by: \.language)
        let ordered = byLanguage.keys.sorted { ($0 == "ar" ? "" : $0) < ($1 == "ar" ? "" : $1) }
        for (i, first) in ordered.enumerated() {
            let base = byLanguage[first]!.map { (entry: $0, folded: folded($0.english)) }
            for second in ordered[(i + 1)...] {
                for entry in byLanguage[second]! {
                    let english = folded(entry.english)
                    guard english.count >= 6, !base.contains(where: { $0.folded == english }) else { continue }
                    guard let other = base.first(where: {
                        abs($0.folded.count - english.count) <= 2 && $0.folded.count >= 6 && Suggestions.levenshtein($0.folded, english) <= 2
                    }), reported.insert(entry.file + ":\(entry.line)").inserted else { continue }
                    result.append(Diagnostic(file: entry.file, line: entry.line, severity: .warning, message:
                        "'\(entry.english)' is one or two letters from '\(other.entry.english)', the \(other.entry.languageName) entry "
                        + "'\(other.entry.source)' at \(other.entry.file):\(other.entry.line): one name spelled two ways?"))
                }
            }
        }
        return result
    }
}
