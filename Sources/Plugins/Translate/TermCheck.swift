import Core

/// Checks a translation against the glossary, as terminology QA does after MT: every term of
/// the source sentence must be rendered the glossary's way (case aside, at word boundaries, a
/// plural `s` or a possessive `'s` allowed; a nisba adjective also as its place), and no source
/// script may be left in it.
enum TermCheck {
    /// The problems of `english` as the translation of a sentence with these terms, each a
    /// short sentence for the translator: `glossary: "Tokayev" for توكاييف is missing`.
    static func problems(_ english: String, terms: [GlossaryHint]) -> [String] {
        var problems: [String] = []
        let lowered = Array(english.lowercased().unicodeScalars)
        var reported = Set<String>()
        for term in terms where reported.insert(term.english).inserted {
            let accepted = [term.english] + term.alternatives
            guard !accepted.contains(where: { contains(lowered, Array($0.lowercased().unicodeScalars)) }) else { continue }
            problems.append("glossary: \"\(term.english)\" for \(term.source) is missing")
        }
        let leftover = english.unicodeScalars.split { !isSourceLetter($0) }.prefix(3).map { String(String.UnicodeScalarView($0)) }
        if !leftover.isEmpty { problems.append("left untranslated: " + leftover.joined(separator: " ")) }
        return problems
    }

    /// Arabic-script letters (the tool's source so far).
    static func isSourceLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x0620...0x064A).contains(scalar.value) || (0x0671...0x06D3).contains(scalar.value)
    }

    /// Whether `needle` occurs in `text` starting and ending at word boundaries, the end also
    /// after `s`, `'s` or `’s`.
    static func contains(_ text: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard !needle.isEmpty, needle.count <= text.count else { return false }
        func isWordScalar(_ i: Int) -> Bool {
            i >= 0 && i < text.count && (text[i].properties.isAlphabetic || text[i].properties.numericType != nil)
        }
        for start in 0...(text.count - needle.count) where text[start] == needle[0] && !isWordScalar(start - 1) {
            guard Array(text[start..<(start + needle.count)]) == needle else { continue }
            var end = start + needle.count
            if !isWordScalar(end) { return true }
            if text[end] == "s", !isWordScalar(end + 1) { return true }
            if text[end] == "'" || text[end] == "\u{2019}" {
                end += 1
                if end < text.count, text[end] == "s", !isWordScalar(end + 1) { return true }
            }
        }
        return false
    }
}
