import Core

/// `workbench glossary candidates`: the names a corpus uses that the glossaries miss — words
/// with the endings of Central Asian and Russian surnames and the two-word names that follow
/// a title in Arabic, the surnames of `CyrillicNames` in Russian and Kazakh documents — ranked
/// by how many times they occur, each with two contexts, a romanised
/// suggestion (unverified) and, when one is close, the entry it may be a spelling variant of
/// (`سايدوف` next to `سعيدوف`).
public struct CandidateFinder {
    public struct Candidate: Sendable, Equatable {
        /// The name as the articles write it (Arabic, Russian or Kazakh).
        public var source: String
        public var count: Int
        public var contexts: [String]
        public var suggestion: String
        /// "سعيدوف (Saidov, kazakhstan.tsv:28)" when the candidate is one or two letters from an entry.
        public var near: String?
        /// The role the articles write most often with the name (before it, or between commas
        /// after it), as the brief reads it: "President of Egypt"; nil when none.
        public var role: String?
        /// The language of the document it was first seen in (its glossary's source language).
        public var language = "ar"
    }

    let mapper: GlossaryMapper
    /// Single-word Arabic forms of the entries, normalized, with what to say about them.
    let forms: [(norm: String, label: String)]

    public init(entries: [GlossaryEntry]) throws {
        var options = GlossaryMapper.Options()
        options.conflicts = .keepFirst
        mapper = try GlossaryMapper(entries: entries, options: options)
        let normalizer = ArabicNormalizer()
        var forms: [(String, String)] = []
        for entry in entries {
            for arabic in [entry.source] + entry.variants {
                let norm = normalizer.normalizedString(arabic)
                guard !norm.contains(" ") else { continue }
                let file = entry.file.split(separator: "/").last.map(String.init) ?? entry.file
                forms.append((norm, "\(arabic) (\(entry.english), \(file):\(entry.line))"))
            }
        }
        self.forms = forms
    }

    /// Candidates over documents, most frequent first (ties by first appearance). `progress`
    /// is told the index of each document as it is read.
    public func candidates(in documents: [Document], limit: Int, progress: ((Int) -> Void)? = nil) -> [Candidate] {
        var found: [String: Candidate] = [:]
        var order: [String] = []
        var roles: [String: [String: Int]] = [:]
        for (index, document) in documents.enumerated() {
            if index % 100 == 0 { progress?(index) }
            var annotated = document
            annotated.annotations = (try? mapper.annotate(document)) ?? []
            // A text of 2 GiB or more has no candidates (the brief refuses it with a message).
            guard let text = try? BriefText(document.source) else { continue }
            let mentions = BriefMention.all(in: annotated)
            let cyrillic = Script(language: document.language) == .cyrillic
            let sightings = cyrillic
                ? CyrillicNames(text: text, mentions: mentions, kazakh: document.language == "kk").find(skipping: { _ in false })
                : UnknownNames(text: text, mentions: mentions).find(skipping: { _ in false }, everyOccurrence: true)
            var people = PeopleFinder(text: text, mentions: mentions)
            people.headFinal = document.language == "kk"
            // A Cyrillic name comes back in the nominative, which the text need not write
            // (Ильхамом Алиевым → Ильхам Алиев): it is counted by its sightings, a surname alone
            // as the one person of the article named in full with it, and its contexts are
            // found by the words as written.
            let sightingNames = cyrillic ? Self.fullNames(sightings.map(\.name)) : sightings.map(\.name)
            var names: [String] = []
            var written: [String: String] = [:]
            for (occurrence, name) in zip(sightings, sightingNames) {
                if !names.contains(name) { names.append(name) }
                if written[name] == nil { written[name] = text.text(occurrence.start..<occurrence.end) }
                if let role = people.roleOfName(at: occurrence.start..<occurrence.end), !role.isEmpty {
                    roles[name, default: [:]][role, default: 0] += 1
                }
            }
            for name in names {
                if found[name] == nil {
                    found[name] = Candidate(source: name, count: 0, contexts: [],
                                            suggestion: cyrillic ? CyrillicNameSpellings.suggestion(for: name) : Romanizer.romanize(name),
                                            near: nil, language: document.language)
                    order.append(name)
                }
                found[name]!.count += cyrillic ? sightingNames.filter { $0 == name }.count : occurrences(of: name, in: document.source)
                if found[name]!.contexts.count < 2, let context = context(of: cyrillic ? written[name] ?? name : name, in: document.source) {
                    found[name]!.contexts.append(context)
                }
            }
        }
        // The most frequent role, the longest among equals (President of Egypt over President).
        for (name, counts) in roles where found[name] != nil {
            found[name]!.role = counts.max { ($0.value, $0.key.count, $1.key) < ($1.value, $1.key.count, $0.key) }?.key
        }
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        var result = found.values.sorted { $0.count > $1.count || $0.count == $1.count && rank[$0.source]! < rank[$1.source]! }
        result = Array(result.prefix(limit))
        let normalizer = ArabicNormalizer()
        for i in result.indices where !result[i].source.contains(" ") {
            let norm = normalizer.normalizedString(result[i].source)
            let allowed = norm.count >= 8 ? 2 : 1
            if let hit = forms.first(where: { abs($0.norm.count - norm.count) <= allowed && $0.norm != norm
                                               && Suggestions.levenshtein($0.norm, norm) <= allowed && norm.count >= 5 }) {
                result[i].near = hit.label
            }
        }
        return result
    }

    /// Each sighting's name, a one-word surname replaced by the one full name of the same
    /// document that ends with it (Алиев after Ильхам Алиев); left alone when none or several do.
    static func fullNames(_ names: [String]) -> [String] {
        let full = Set(names.filter { $0.contains(" ") })
        return names.map { name in
            guard !name.contains(" ") else { return name }
            let owners = full.filter { $0.hasSuffix(" " + name) }
            return owners.count == 1 ? owners.first! : name
        }
    }

    func occurrences(of name: String, in text: String) -> Int {
        text.components(separatedBy: name).count - 1
    }

    /// About forty characters either side of the first occurrence, on one line.
    func context(of name: String, in text: String) -> String? {
        guard let range = text.range(of: name) else { return nil }
        let start = text.index(range.lowerBound, offsetBy: -40, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(range.upperBound, offsetBy: 40, limitedBy: text.endIndex) ?? text.endIndex
        return "…" + text[start..<end].replacingOccurrences(of: "\n", with: " ") + "…"
    }
}
