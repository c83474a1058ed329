import Core

/// Surnames no glossary knows in Russian and Kazakh text, with the given name before them:
/// capitalised words ending as the region's surnames do — `-ов`, `-ев`, `-ёв` and their
/// feminine `-ова`, `-ева` (and `-ин`, `-ина` after a given name, since `Пекин` and `Берлин`
/// end so too) — in any case, brought back to the nominative (`Ильхамом Алиевым` →
/// `Ильхам Алиев`; Kazakh `Жапаровпен` → `Жапаров`). A given name is kept in the name when the
/// surname is in the nominative, when it is Kazakh (Kazakh declines the last word only), and
/// when its Russian case form agrees with the surname's and is undone (`givenNominative`); it
/// is in the name's range always, so that the role written before it is the name's. In Russian `-ова`, `-ева` and
/// `-ина` are a woman's nominative and a man's genitive or accusative alike; the article
/// decides: the man's reading when it also writes the masculine surname (`Алиев`,
/// `Алиевым`) and, after a given name, that name in another case too (`Ильхама` beside
/// `Ильхам` or `Ильхамом`), or when the title before the name is in the genitive or accusative
/// (`titleIsOblique`); else the form as written. Candidates for the glossary, not facts, like
/// `UnknownNames` for Arabic.
struct CyrillicNames {
    let text: BriefText
    let mentions: [BriefMention]
    let kazakh: Bool

    static let masculine = ["ов", "ев", "ёв"], feminine = ["ова", "ева", "ёва"]
    static let russianCases = ["ым", "ом", "у", "е"]
    /// The endings a surname's case is read from, longest first, sorted once (not for every word).
    static let russianCasesLongestFirst = russianCases.sorted { $0.count > $1.count }
    static let kazakhEndingsLongestFirst = KazakhInflection.endings.sorted { $0.count > $1.count }
    static let kazakhCasesLongestFirst = KazakhEndings.cases.sorted { $0.count > $1.count }
    /// Russian vowels, lower case.
    static let vowels = Set("аеёиоуыэюя")
    /// Places that end like surnames.
    static let places: Set<String> = ["киев", "львов", "ростов", "харьков", "кишинев", "кишинёв", "саратов", "тамбов",
                                      "псков", "азов", "пекин", "берлин", "турин", "грозный"]

    func find(skipping isChrome: (Range<Int>) -> Bool) -> [UnknownNames.Found] {
        let covered = RangeList(mentions.map(\.range))
        let evidence = kazakh ? nil : RussianEvidence(self)
        var found: [UnknownNames.Found] = []
        for (index, word) in text.words.enumerated() where isCandidate(word) && !covered.overlaps(word.range) && !isChrome(word.range) {
            let written = text.text(of: word)
            let hasGiven = index > 0 && isGivenName(text.words[index - 1]) && text.gapIsBlank(index)
                && !covered.overlaps(text.words[index - 1].range)
            let givenName = hasGiven ? text.text(of: text.words[index - 1]) : nil
            guard var (surname, nominative) = surname(written, afterGivenName: hasGiven)
                    ?? evidence?.feminine(of: written, givenName: givenName).map({ ($0, false) }),
                  !Self.places.contains(surname.lowercased()) else { continue }
            // `-ову` is his dative and her accusative: hers after a woman's given name, or when
            // the article writes her `-ой` forms and none of his.
            if !nominative, let evidence, written.lowercased().hasSuffix("у"),
               evidence.isWoman(surname: surname, givenName: givenName) {
                surname += "а"
            }
            if nominative, let evidence {
                let nameStart = hasGiven ? text.words[index - 1].range.lowerBound : word.range.lowerBound
                if let man = evidence.masculine(of: surname, givenName: givenName,
                                                afterObliqueTitle: titleIsOblique(before: nameStart)) {
                    (surname, nominative) = (man, false)
                }
            }
            var name = surname
            var start = word.range.lowerBound
            // The given name is part of the name's place in the text either way (a role before
            // it is the name's), and part of the name when its case need not be undone.
            if let given = givenName {
                // Kazakh puts the case on the last word only (Ерлан Қошановпен); a Russian given
                // name agrees with the surname, and its case is undone when it shows it.
                if nominative || kazakh {
                    name = given + " " + surname
                } else if surname.hasSuffix("а"), let woman = FeminineGivenNames.nominative(of: given) {
                    // A woman's name: her given name's own declension (Марией Захаровой).
                    name = woman + " " + surname
                } else if let nominativeGiven = Self.givenNominative(given, surnameWritten: written) {
                    name = nominativeGiven + " " + surname
                }
                start = text.words[index - 1].range.lowerBound
            }
            found.append(UnknownNames.Found(name: name, start: start, key: name.lowercased(), end: word.range.upperBound))
        }
        // Names of any origin after a title (Эммануэлем Макроном, Эммануэль Макронмен), where
        // the surname rule found none.
        let taken = RangeList(mentions.map(\.range) + found.map { $0.start..<$0.end })
        found += namesAfterTitles(skipping: isChrome, taken: taken)
        return found.sorted { $0.start < $1.start }
    }

    /// What a Russian article writes elsewhere, to read an ambiguous `-ова` form: the masculine
    /// surnames it has in any case, and every capitalised word.
    struct RussianEvidence {
        var masculineSurnames: Set<String> = []
        var capitalised: Set<String> = []

        init(_ names: CyrillicNames) {
            for (index, word) in names.text.words.enumerated() where names.isCapitalised(word, letters: 3) {
                let written = names.text.text(of: word)
                capitalised.insert(written.lowercased())
                let afterGiven = index > 0 && names.isGivenName(names.text.words[index - 1])
                // His forms only: the nominative, `-ым`, `-е` (`-а` and `-у` may be hers).
                if word.letters >= 5, let (surname, _) = names.surname(written, afterGivenName: afterGiven) {
                    let lower = surname.lowercased(), ending = written.lowercased().dropFirst(lower.count)
                    if (CyrillicNames.masculine + ["ин"]).contains(where: { lower.hasSuffix($0) }), ["", "ым", "е"].contains(ending) {
                        masculineSurnames.insert(lower)
                    }
                }
            }
        }

        /// The man's nominative of `surname` written in `-ова`, `-ева` or `-ина` when the
        /// article supports that reading (see the type's summary), or the title before the name
        /// is in the genitive or accusative (a woman's name would then end in `-овой`, `-ову`);
        /// nil to keep it as written.
        func masculine(of surname: String, givenName: String?, afterObliqueTitle: Bool) -> String? {
            let lower = surname.lowercased()
            guard (CyrillicNames.feminine + ["ина"]).contains(where: { lower.hasSuffix($0) }) else { return nil }
            if let givenName, FeminineGivenNames.marksWoman(givenName) { return nil }
            if !afterObliqueTitle {
                guard masculineSurnames.contains(String(lower.dropLast())) else { return nil }
                if let givenName, !isMasculineOblique(givenName.lowercased()) { return nil }
            }
            return String(surname.dropLast())
        }

        /// A woman's surname in the genitive, dative, instrumental or prepositional (`Петровой`,
        /// `Ивановой`, `Ахметовой`) back in the nominative (`Петрова`), when the article supports
        /// it: it also writes that nominative, or the given name before it is one it also
        /// writes in the nominative (`Анной` beside `Анна`, `Марией` beside `Мария`). Without
        /// that, `-овой` may be an adjective (`Торговой`) and nothing is read.
        func feminine(of word: String, givenName: String?) -> String? {
            let lower = word.lowercased()
            guard ["овой", "евой", "ёвой", "иной"].contains(where: { lower.hasSuffix($0) }) else { return nil }
            let nominative = String(word.dropLast(2)) + "а"
            if capitalised.contains(nominative.lowercased()) { return nominative }
            guard let given = givenName?.lowercased() else { return nil }
            if FeminineGivenNames.contains(given) { return nominative }
            let forms = given.hasSuffix("ой") ? [String(given.dropLast(2)) + "а"]
                : given.hasSuffix("ей") ? [String(given.dropLast(2)) + "я"]
                : given.hasSuffix("ии") ? [String(given.dropLast(1)) + "я"] : []
            return forms.contains(where: capitalised.contains) ? nominative : nil
        }

        /// Whether a man's surname `surname` (`Захаров`), written with `-у`, is a woman's
        /// (`Захарову`, her accusative): a woman's given name in a form no man's takes is before
        /// it (`FeminineGivenNames.marksWoman`), or the article writes her `-ой` forms of it
        /// (`Захаровой`) and none of his.
        func isWoman(surname: String, givenName: String?) -> Bool {
            if let givenName, FeminineGivenNames.marksWoman(givenName) { return true }
            let lower = surname.lowercased()
            return (capitalised.contains(lower + "ой") || capitalised.contains(lower + "ою")) && !masculineSurnames.contains(lower)
        }

        /// A given name ending in `-а` or `-я` that the article also writes in another case:
        /// `ильхама` beside `ильхам` or `ильхамом`, `алексея` beside `алексей`.
        func isMasculineOblique(_ name: String) -> Bool {
            guard let last = name.last, last == "а" || last == "я" else { return false }
            let stem = String(name.dropLast())
            let forms = last == "а" ? ["", "ом", "у", "е"] : ["й", "ем", "ю", "е"]
            return forms.contains { capitalised.contains(stem + $0) }
        }
    }

    /// How a given name's nominative is made from its stem once a case ending is cut.
    enum GivenNominative {
        /// Nothing to add: a consonant stem (Ильхамом → Ильхам).
        case consonant
        /// `й` after a vowel, `ь` after a consonant (Сергеем → Сергей, Игорем → Игорь).
        case soft
        /// `й` after a vowel, else nothing (Сергее → Сергей, Ильхаме → Ильхам).
        case softOrConsonant
        /// A name in `-а` (Никитой → Никита).
        case a
    }

    /// The given name endings of each case a surname in `-ов`/`-ев`/`-ин` shows, with how the
    /// nominative is made: instrumental `-ым`, dative `-у`, prepositional `-е`, genitive or
    /// accusative `-а`.
    static let givenEndings: [(surname: String, given: [(ending: String, nominative: GivenNominative)])] = [
        ("ым", [("ом", .consonant), ("ем", .soft), ("ой", .a), ("ою", .a)]),
        ("у", [("у", .consonant), ("ю", .soft), ("е", .a)]),
        ("е", [("е", .softOrConsonant)]),
        ("а", [("а", .consonant), ("я", .soft), ("ы", .a), ("и", .a), ("у", .a)]),
    ]

    /// A Russian man's given name back in the nominative, in the case the surname after it
    /// shows: `Ильхамом Алиевым` → Ильхам, `Сергеем`, `Сергею`, `Сергее`, `Сергея` → Сергей,
    /// `Игорем` → Игорь, `Шавката` → Шавкат, `Никитой` → Никита; nil when the given name does
    /// not end as that case does (it is then left out of the name, as before).
    static func givenNominative(_ given: String, surnameWritten surname: String) -> String? {
        let lowerSurname = surname.lowercased()
        let lowerGiven = given.lowercased()
        guard let forms = givenEndings.first(where: { lowerSurname.hasSuffix($0.surname) })?.given else { return nil }
        for (ending, nominative) in forms where lowerGiven.hasSuffix(ending) && lowerGiven.count >= ending.count + 3 {
            let stem = String(given.dropLast(ending.count))
            let afterVowel = stem.last.map { Self.vowels.contains(Character($0.lowercased())) } ?? false
            switch nominative {
            case .consonant: if !afterVowel { return stem }
            case .soft: return stem + (afterVowel ? "й" : "ь")
            case .softOrConsonant: return afterVowel ? stem + "й" : stem
            case .a: return stem + "а"
            }
        }
        return nil
    }

    /// Whether the role written right before a name (only role parts and spaces between) is
    /// headed by a title in the genitive or accusative, as `TitleCase` reads its first word
    /// (`принял министра иностранных дел Узбекистана …`, `визит Президента …`), so the name
    /// after it is in that case too.
    func titleIsOblique(before offset: Int) -> Bool {
        var k = mentions.lastIndex(endingBy: offset)
        var cursor = offset
        var head: BriefMention?
        while let i = k, PeopleFinder.isRolePart(mentions[i].kind),
              text.isSpaces(mentions[i].range.upperBound..<cursor) {
            if mentions[i].kind == .title { head = mentions[i] }
            cursor = mentions[i].range.lowerBound
            k = i > 0 ? i - 1 : nil
        }
        guard let head, let written = text.text(head.range).split(separator: " ").first?.lowercased(),
              let entry = head.entry.split(separator: " ").first?.lowercased() else { return false }
        return TitleCase(written: written, entry: entry) == .genitive
    }

    /// A capitalised Cyrillic word of five letters or more, not in capitals throughout.
    func isCandidate(_ word: BriefText.Word) -> Bool { isCapitalised(word, letters: 5) }

    /// A capitalised word that could be a given name: not a surname itself, three letters or more.
    func isGivenName(_ word: BriefText.Word) -> Bool {
        guard isCapitalised(word, letters: 3) else { return false }
        let written = text.text(of: word)
        return surname(written, afterGivenName: false) == nil && !RussianFunctionWords.contains(written)
            && !KazakhFunctionWords.contains(written)
    }

    /// A Cyrillic word of at least `letters` letters with a capital first and lower case after.
    func isCapitalised(_ word: BriefText.Word, letters: Int) -> Bool {
        guard word.kind == .letters, word.letters >= letters, let first = text.scalars[word.range].first,
              (0x0400...0x052F).contains(first.value), first.properties.isUppercase else { return false }
        return text.scalars[word.range].dropFirst().contains { $0.properties.isLowercase }
    }

    /// The nominative of a surname written `word` in some case, and whether it was written in
    /// the nominative; nil for a word that does not end as a surname.
    func surname(_ word: String, afterGivenName: Bool) -> (String, Bool)? {
        let lower = word.lowercased()
        let stems = Self.masculine + (afterGivenName ? ["ин"] : [])
        let feminines = Self.feminine + (afterGivenName ? ["ина"] : [])
        if stems.contains(where: { lower.hasSuffix($0) }) || feminines.contains(where: { lower.hasSuffix($0) }) {
            return (word, true)
        }
        for ending in kazakh ? Self.kazakhEndingsLongestFirst : Self.russianCasesLongestFirst where lower.hasSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            if stems.contains(where: { stem.lowercased().hasSuffix($0) }) { return (stem, false) }
        }
        return nil
    }
}
