import Core

/// Names of any origin after a title: `президентом Франции Эммануэлем Макроном`,
/// `министр иностранных дел Сербии Марко Джурич`, `премьер-министр Беларуси Роман Головченко` —
/// the surname rule sees only the region's `-ов`/`-ев`/`-ин`, and news names the rest of the
/// world after its office, as Arabic does (`UnknownNames.wordsAfterTitle`). Kazakh too
/// (`Франция Президенті Эммануэль Макронмен`), where only the last word is declined.
extension CyrillicNames {
    /// The case a title is written in, told by what its first word adds to the entry's:
    /// `президентом` (`президент` + `ом`), `министра`, `послу`.
    enum TitleCase {
        case nominative, genitive, dative, instrumental, prepositional

        /// The ending of a surname in this case, as `givenNominative` reads them; nil for the
        /// nominative, which needs no undoing.
        var surnameEnding: String? {
            switch self {
            case .nominative: return nil
            case .genitive: return "а"
            case .dative: return "у"
            case .instrumental: return "ым"
            case .prepositional: return "е"
            }
        }

        init(written: String, entry: String) {
            let written = Array(written.lowercased()), entry = Array(entry.lowercased())
            var common = 0
            while common < min(written.count, entry.count), written[common] == entry[common] { common += 1 }
            // A fleeting vowel (посол, посла) leaves a longer tail: its last letters decide.
            let suffix = String(written[common...])
            if suffix.isEmpty && written.count == entry.count {
                self = .nominative
            } else if ["ом", "ем", "ой", "ою", "ей"].contains(where: { suffix.hasSuffix($0) }) {
                self = .instrumental
            } else if suffix.hasSuffix("у") || suffix.hasSuffix("ю") {
                self = .dative
            } else if suffix.hasSuffix("е") {
                self = .prepositional
            } else if ["а", "я", "ы", "и"].contains(where: { suffix.hasSuffix($0) }) {
                self = .genitive
            } else {
                self = .nominative
            }
        }
    }

    /// One or two capitalised words right after a title and the places, bodies and adjectives
    /// joined to it by spaces alone, back in the nominative in the title's case (`Эммануэлем` →
    /// Эммануэль, `Макроном` → Макрон; `Марко`, `Си` as written). A capitalised `-ии` word
    /// between is the genitive of a country no glossary has (`Сербии`) and is passed. Words a
    /// glossary or `taken` covers are not names.
    func namesAfterTitles(skipping isChrome: (Range<Int>) -> Bool, taken: RangeList) -> [UnknownNames.Found] {
        var found: [UnknownNames.Found] = []
        // The capitalised words of a Kazakh text, made once: the evidence for a case ending.
        let capitalised = kazakh ? capitalisedWords : []
        var index = 0
        while index < mentions.count {
            let head = mentions[index]
            index += 1
            guard head.kind == .title else { continue }
            // The end of the role chain: role parts with nothing but spaces between.
            let chainEnd = mentions.endOfRoleParts(from: index - 1, in: text)
            let end = mentions[chainEnd].range.upperBound
            index = chainEnd + 1
            var first = text.word(atOrAfter: end)
            guard first < text.words.count, isSpaces(end, first) else { continue }
            // The name's place in the text starts at the passed country, so that the role
            // written before it is the name's.
            let start = text.words[first].range.lowerBound
            if !kazakh, text.text(of: text.words[first]).lowercased().hasSuffix("ии"), first + 1 < text.words.count,
               text.gapIsSpaces(first + 1), isNameWord(first + 1, taken, isChrome) {
                first += 1
            }
            guard isNameWord(first, taken, isChrome) else { continue }
            var last = first
            if first + 1 < text.words.count, text.gapIsSpaces(first + 1), isNameWord(first + 1, taken, isChrome) { last = first + 1 }
            let name: String
            if kazakh {
                // Kazakh declines the last word of the name only.
                let words = (first...last).map { text.text(of: text.words[$0]) }
                name = (words.dropLast() + [kazakhNominative(words[words.count - 1], capitalised: capitalised)]).joined(separator: " ")
            } else {
                guard let written = text.text(head.range).split(separator: " ").first,
                      let entry = head.entry.split(separator: " ").first else { continue }
                let titleCase = TitleCase(written: String(written), entry: String(entry))
                name = (first...last).map { i -> String in
                    let word = text.text(of: text.words[i])
                    guard let ending = titleCase.surnameEnding else { return word }
                    return Self.givenNominative(word, surnameWritten: ending) ?? word
                }.joined(separator: " ")
            }
            found.append(UnknownNames.Found(name: name, start: start, key: name.lowercased(),
                                            end: text.words[last].range.upperBound))
        }
        return found
    }

    /// A Kazakh name's last word without its case ending, where that can be told without a
    /// lexicon: the genitive and the instrumental (`Макронның`, `Макронмен`: no name ends so),
    /// or any case ending when the article also writes the word without it (`Макронға` beside
    /// `Макрон`); else as written, since a name may end like a case (`Байден`, not `Бай` + `-ден`).
    func kazakhNominative(_ word: String, capitalised: Set<String>) -> String {
        let lower = word.lowercased()
        for ending in Self.kazakhCasesLongestFirst
        where lower.hasSuffix(ending) && lower.count >= ending.count + 3 {
            let stem = String(word.dropLast(ending.count))
            if KazakhEndings.genitives.contains(ending) || KazakhEndings.instrumentals.contains(ending)
                || capitalised.contains(stem.lowercased()) {
                return stem
            }
        }
        return word
    }

    /// Every capitalised word of the text, in lower case.
    var capitalisedWords: Set<String> {
        Set(text.words.filter { isCapitalised($0, letters: 2) }.map { text.text(of: $0).lowercased() })
    }

    /// One space or more, and nothing else, between a source offset and word `i`.
    func isSpaces(_ offset: Int, _ i: Int) -> Bool {
        let start = text.words[i].range.lowerBound
        return start > offset && text.isSpaces(offset..<start)
    }

    /// A capitalised Cyrillic word of two letters or more that no glossary term, earlier name or
    /// page chrome covers.
    func isNameWord(_ i: Int, _ taken: RangeList, _ isChrome: (Range<Int>) -> Bool) -> Bool {
        let word = text.words[i]
        return isCapitalised(word, letters: 2) && !taken.overlaps(word.range) && !isChrome(word.range)
    }
}
