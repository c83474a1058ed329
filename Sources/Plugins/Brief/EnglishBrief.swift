import Core

/// The `brief` plugin: an English brief of an Arabic article built only from what can be
/// rendered reliably offline — glossary names with their roles, places, organisations,
/// amounts, dates, event sentences from recognised items, and the summary's points as gists.
public struct EnglishBrief: Processor {
    public let options: Options
    let romanizer: NameRomanizer

    public init(options: Options, context: ProcessorContext) throws {
        self.options = options
        romanizer = try NameRomanizer(files: options.spellings.map(context.resolve))
    }

    public func annotate(_ document: Document) throws -> [Annotation] {
        let text = try BriefText(document.source)
        let chrome = RangeList(document.chromeRanges())
        func isChrome(_ range: Range<Int>) -> Bool { chrome.overlaps(range) }
        // A dateline is no sentence of the article, but its date is the article's.
        let furniture = RangeList(document.chromeRanges(keepingDatelines: true))
        func isFurniture(_ range: Range<Int>) -> Bool { furniture.overlaps(range) }
        // عبدالله بن عبدالعزيز الربيعة is not the late King: such a hit is left to the rules.
        let mentions = UnknownNames.withoutLineagesOfOthers(BriefMention.all(in: document), in: text)
        var roles = PeopleFinder(text: text, mentions: mentions)
        roles.headFinal = document.language == "kk"
        let cyrillic = Script(language: document.language) == .cyrillic
        let namedPlaces = cyrillic ? [] : NamedPlaces(text: text, mentions: mentions, romanizer: romanizer).find()
        // مستشفى الملك عبدالله بن عبدالعزيز names a hospital, not the king as someone in the news.
        let placeRanges = RangeList(namedPlaces.map(\.range))
        var listed = roles
        if !namedPlaces.isEmpty { listed.mentions = mentions.filter { $0.kind != .person || !placeRanges.overlaps($0.range) } }
        let people = listed.people()
        func fullName(_ name: String) -> String {
            people.first { $0.name == name || $0.name.hasSuffix(" " + name) }?.name ?? name
        }
        // Russian and Kazakh amounts and dates have their own readers; names, roles and places
        // come from the glossary's hits, whatever the language.
        let figures = (cyrillic ? CyrillicFigureReader(text: text).figures() : FigureReader(text: text).figures())
            .filter { !isChrome($0.range) }
        let dates = (cyrillic ? CyrillicDateReader(text: text).dates() : DateReader(text: text).dates()).filter { !isFurniture($0.range) }
        var sentences = document.sentencesOutsideChrome().map(\.range)
        if sentences.isEmpty, !text.scalars.isEmpty { sentences = [0..<text.scalars.count] }
        var unknown = options.unknownNames
            ? unknownNames(text: text, mentions: mentions, roles: roles, people: people, language: document.language, skipping: isChrome)
            : (names: [], occurrences: [], kings: [])
        // A surname alone whose full name the glossary knows in this article (الرئيس روحاني
        // after حسن روحاني): that person, already listed.
        let surnames = Set(people.compactMap { person -> String? in
            let words = person.name.split(separator: " ")
            return words.count > 1 ? String(words[words.count - 1]) : nil
        })
        unknown.names.removeAll { !$0.name.contains(" ") && surnames.contains($0.suggestion) }
        // A king by his given name (الملك سلمان) whom the article names in full too is that
        // person, in the gists and events as in the list of people.
        let named = (mentions + unknown.kings).sorted { $0.range.lowerBound < $1.range.lowerBound }
        // Events take the names no glossary knows too, marked unverified as everywhere.
        let eventPeople = (named + unknown.occurrences.map {
            BriefMention(range: $0.start..<$0.end, english: $0.suggestion + "?", kind: .person, of: nil, clitics: "")
        }).sorted { $0.range.lowerBound < $1.range.lowerBound }
        let events = cyrillic
            ? CyrillicEventFinder(text: text, mentions: eventPeople, dates: dates, kazakh: document.language == "kk", fullName: fullName)
                .events(in: sentences)
            : EventFinder(text: text, mentions: eventPeople, dates: dates, fullName: fullName).events(in: sentences)
        let gist = Gist(mentions: named, figures: figures, dates: dates,
                        unknownNames: unknown.occurrences.map { ($0.start, $0.suggestion) },
                        namedPlaces: namedPlaces,
                        fullName: fullName, roles: roles)
        var data: JSONObject = [:]
        // The headline: the first sentence, past a dateline in capitals (АСТАНА., МОСКВА, 5 мая.).
        let titleRange = sentences.first { !SummarySentence.isCapitalsLabel(text.scalars[$0.clamped(to: 0..<text.scalars.count)]) }
            ?? sentences.first
        data["title"] = .string(titleRange.map { gist.english(for: $0) } ?? "")
        // A translate step before: the headline's and the points' machine translations.
        var translations: [Range<Int>: Annotation] = [:]
        for translation in document.annotations(ofKind: "translation") { translations[translation.range] = translation }
        if let titleRange, let headline = translations[titleRange]?.data["english"] { data["headline"] = headline }
        data["people"] = .array(people.map { ["name": .string($0.name), "role": .string($0.role)] })
        let places = Self.unique(mentions.flatMap { m -> [String] in
            m.kind == .place ? [m.english] : (m.isAdjective(of: .place) ? m.of.map { [$0] } ?? [] : [])
        })
        // "Republic of Kazakhstan" next to "Kazakhstan" is one place.
        data["places"] = .array(places.filter { place in
            !(place.hasPrefix("Republic of ") && places.contains(String(place.dropFirst("Republic of ".count))))
        }.map { .string($0) })
        data["organisations"] = .array(Self.unique(mentions.compactMap { m in
            m.kind == .organisation ? m.english : (m.isAdjective(of: .organisation) ? m.of : nil)
        }).map { .string($0) })
        // The agencies and papers the article cites, for attribution (ونقلت وكالة رويترز …).
        data["sources"] = .array(Self.unique(mentions.filter { $0.kind == .publication }.map(\.english)).map { .string($0) })
        // Each amount once (a headline's amount is usually repeated in the text).
        var seenFigures = Set<String>()
        data["figures"] = .array(figures.filter { seenFigures.insert($0.english).inserted }
            .map { ["source": .string(text.quote($0.range)), "english": .string($0.english)] })
        var seenDates = Set<String>()
        data["dates"] = .array(dates.filter { seenDates.insert($0.english).inserted }.map { ["source": .string(text.quote($0.range)), "english": .string($0.english)] })
        data["events"] = .array(events.map { ["english": .string($0.english), "start": .int($0.range.lowerBound),
                                              "end": .int($0.range.upperBound)] })
        let summary = document.annotations(ofKind: "summary").sorted { ($0.data["rank"]?.intValue ?? 0) < ($1.data["rank"]?.intValue ?? 0) }
        // Each point with its sentence's translation and what its check found.
        data["points"] = .array(summary.prefix(options.points).enumerated().map { index, point in
            var entry: JSONObject = ["rank": .int(index + 1), "source": .string(text.text(point.range)),
                                     "english": .string(gist.english(for: point.range))]
            if let translation = translations[point.range] {
                entry["translation"] = translation.data["english"] ?? ""
                entry["issues"] = translation.data["issues"] ?? []
            }
            return .object(entry)
        })
        data["unknown"] = .array(unknown.names.map {
            ["source": .string($0.name), "suggestion": .string($0.suggestion), "role": .string($0.role)]
        })
        return [Annotation(kind: "brief", start: 0, end: text.scalars.count, data: data)]
    }

    /// A name no glossary knows, as the brief lists it.
    struct UnknownName {
        var name: String
        var suggestion: String
        var role: String
    }

    /// Names no glossary knows: each once with its suggestion and the longest role written
    /// before any of its occurrences, and every occurrence for the gists. A monarch's given
    /// name alone (الملك سلمان) is none of them when the article names a royal person of the
    /// glossary with it (خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز): its occurrences are
    /// that person's mentions (`kings`).
    func unknownNames(text: BriefText, mentions: [BriefMention], roles: PeopleFinder, people: [PeopleFinder.Person] = [],
                      language: String = "ar", skipping isChrome: (Range<Int>) -> Bool)
        -> (names: [UnknownName], occurrences: [(start: Int, end: Int, suggestion: String)], kings: [BriefMention]) {
        var names: [UnknownName] = []
        var occurrences: [(start: Int, end: Int, suggestion: String)] = []
        var kings: [BriefMention] = []
        var index: [String: Int] = [:]
        let cyrillic = Script(language: language) == .cyrillic
        let found = cyrillic
            ? CyrillicNames(text: text, mentions: mentions, kazakh: language == "kk").find(skipping: isChrome)
            : UnknownNames(text: text, mentions: mentions).find(skipping: isChrome, everyOccurrence: true)
        for found in found {
            if found.regnal {
                let given = romanized(found)
                if let king = people.first(where: { $0.royal && ($0.name == given || $0.name.hasPrefix(given + " ")) }) {
                    kings.append(BriefMention(range: found.start..<found.end, english: king.name, kind: .person, of: nil, clitics: ""))
                    continue
                }
            }
            let role = roles.roleOfName(at: found.start..<found.end) ?? ""
            if let i = index[found.key] {
                if role.count > names[i].role.count { names[i].role = role }
            } else {
                index[found.key] = names.count
                let suggestion = cyrillic ? CyrillicNameSpellings.suggestion(for: found.name) : romanized(found)
                names.append(UnknownName(name: found.name, suggestion: suggestion, role: role))
            }
            occurrences.append((found.start, found.end, names[index[found.key]!].suggestion))
        }
        return (Self.mergingSurnames(names), occurrences, kings)
    }

    /// An Arabic name found, romanised, with its regnal number (عبدالله الثاني → Abdullah II).
    func romanized(_ found: UnknownNames.Found) -> String {
        romanizer.romanize(found.name) + (found.number.isEmpty ? "" : " " + found.number)
    }

    /// A one-word name that ends a longer one of the same article is that person (الرئيس
    /// روحاني after حسن روحاني), as for the glossary's people: listed once, with the full name's
    /// role, or the surname's when the full name has none.
    static func mergingSurnames(_ names: [UnknownName]) -> [UnknownName] {
        var merged = names
        var dropped = Set<Int>()
        for (i, name) in names.enumerated() where !name.name.contains(" ") {
            guard let full = names.firstIndex(where: { $0.name.hasSuffix(" " + name.name) }) else { continue }
            if merged[full].role.isEmpty { merged[full].role = name.role }
            dropped.insert(i)
        }
        return merged.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
