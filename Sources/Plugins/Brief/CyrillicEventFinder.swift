import Core

/// Event sentences in Russian and Kazakh news, on the same terms as `EventFinder`'s Arabic
/// ones: built only from recognised people and places, else left out. Russian writes subject,
/// verb, object (`Токаев провел в Астане переговоры с Президентом Узбекистана Шавкатом
/// Мирзиёевым`), Kazakh subject, object, verb (`Тоқаев Астанада Өзбекстан Президенті Шавкат
/// Мирзиёевпен кездесті`); either gives "Kassym-Jomart Tokayev held talks with / met Shavkat
/// Mirziyoyev in Astana". The subject must be a person in the nominative, the one named last
/// before a Russian verb (no other person between) or first in a Kazakh sentence.
struct CyrillicEventFinder {
    let text: BriefText
    let mentions: [BriefMention]
    let kazakh: Bool
    /// The Arabic finder, for what both share: a role chain and its person, the date.
    let shared: EventFinder

    init(text: BriefText, mentions: [BriefMention], dates: [DateReader.DateItem], kazakh: Bool,
         fullName: @escaping (String) -> String) {
        self.text = text
        self.mentions = mentions
        self.kazakh = kazakh
        shared = EventFinder(text: text, mentions: mentions, dates: dates, fullName: fullName)
    }

    /// A Russian verb phrase: the verb's forms, the words that must come between it and the
    /// object (`переговоры`), whether the object comes after `с`, and the English.
    struct RussianVerb {
        var forms: Set<String>
        var noun: [String]
        var with: Bool
        var english: String
    }

    static let russianVerbs: [RussianVerb] = [
        RussianVerb(forms: ["встретился", "встретилась", "встречался", "встречалась"], noun: [], with: true, english: "met"),
        RussianVerb(forms: ["провел", "провёл", "провела"], noun: ["переговоры"], with: true, english: "held talks with"),
        RussianVerb(forms: ["провел", "провёл", "провела"], noun: ["встречу"], with: true, english: "met"),
        RussianVerb(forms: ["провел", "провёл", "провела"], noun: ["телефонный", "разговор"], with: true, english: "spoke by phone with"),
        RussianVerb(forms: ["принял", "приняла"], noun: [], with: false, english: "received"),
    ]
    /// Kazakh verbs (the sentence's last words) and what they make, with the
    /// case the object is in: the instrumental (`-мен`, with) or the accusative.
    static let kazakhVerbs: [(words: [String], instrumental: Bool, english: String)] = [
        (["кездесті"], true, "met"),
        (["келіссөздер", "жүргізді"], true, "held talks with"),
        (["келіссөз", "жүргізді"], true, "held talks with"),
        (["телефон", "арқылы", "сөйлесті"], true, "spoke by phone with"),
        (["қабылдады"], false, "received"),
    ]

    func events(in sentences: [Range<Int>]) -> [EventFinder.Event] {
        sentences.compactMap { kazakh ? kazakhEvent(in: $0) ?? kazakhVisit(in: $0) : russianEvent(in: $0) ?? russianVisit(in: $0) }
    }

    /// The words that may stand between a verb of travel and its place: `с официальным визитом`,
    /// Kazakh `ресми сапармен`.
    static let visitWords: Set<String> = ["с", "официальным", "государственным", "рабочим", "визитом"]
    static let kazakhVisitWords: Set<String> = ["ресми", "мемлекеттік", "жұмыс", "сапармен"]

    /// `Токаев посетил Ташкент` → visited Tashkent; `прибыл с официальным визитом в Ташкент` →
    /// arrived in Tashkent.
    func russianVisit(in sentence: Range<Int>) -> EventFinder.Event? {
        let words = words(in: sentence)
        for (n, (index, word)) in words.enumerated() {
            let english: String
            switch word {
            case "посетил", "посетила": english = "visited"
            case "прибыл", "прибыла": english = "arrived in"
            default: continue
            }
            guard let subject = subject(before: text.words[index].range.lowerBound, in: sentence) else { continue }
            var k = n + 1
            while k < words.count, k <= n + 4, Self.visitWords.contains(words[k].word) { k += 1 }
            if english == "arrived in" {
                guard k < words.count, words[k].word == "в" || words[k].word == "во" else { continue }
                k += 1
            }
            guard k < words.count, let place = placeMention(at: words[k].index) else { continue }
            return event(subject: subject, english: english + " " + place.english, sentence: sentence)
        }
        return nil
    }

    /// `Тоқаев Ташкентке ресми сапармен барды` → visited Tashkent: a place in the dative before
    /// `сапармен` and `барды` or `келді`, at the end of the sentence.
    func kazakhVisit(in sentence: Range<Int>) -> EventFinder.Event? {
        let words = words(in: sentence)
        guard words.count >= 3, ["барды", "келді"].contains(words[words.count - 1].word),
              words[words.count - 2].word == "сапармен" else { return nil }
        var k = words.count - 2
        while k > 0, Self.kazakhVisitWords.contains(words[k].word) { k -= 1 }
        guard let place = placeMention(endingAt: words[k].index), isDative(place),
              let subject = mentions.firstIndex(where: { $0.kind == .person && $0.range.lowerBound >= sentence.lowerBound }),
              mentions[subject].range.upperBound <= place.range.lowerBound, isNominative(subject) else { return nil }
        return event(subject: subject, english: "visited " + place.english, sentence: sentence)
    }

    /// The words of a sentence, lower case, with their indices.
    func words(in sentence: Range<Int>) -> [(index: Int, word: String)] {
        var out: [(Int, String)] = []
        var i = text.word(atOrAfter: sentence.lowerBound)
        while i < text.words.count, text.words[i].range.upperBound <= sentence.upperBound {
            if text.words[i].kind == .letters { out.append((i, text.text(of: text.words[i]).lowercased())) }
            i += 1
        }
        return out
    }

    func russianEvent(in sentence: Range<Int>) -> EventFinder.Event? {
        let words = words(in: sentence)
        for (n, (index, word)) in words.enumerated() {
            for verb in Self.russianVerbs where verb.forms.contains(word) {
                guard let subject = subject(before: text.words[index].range.lowerBound, in: sentence) else { continue }
                // Up to six words to the object: the verb's noun, a `в` + place aside, `с`.
                var k = n + 1, nounAt = 0, place: String? = placeAside(between: mentions[subject].range.upperBound,
                                                                         and: text.words[index].range.lowerBound)
                var objectStart: Int? = verb.with || !verb.noun.isEmpty ? nil : text.words[index].range.upperBound
                while k < words.count, k <= n + 7, objectStart == nil {
                    let w = words[k].word
                    if nounAt < verb.noun.count, w == verb.noun[nounAt] {
                        nounAt += 1
                        if nounAt == verb.noun.count, !verb.with { objectStart = text.words[words[k].index].range.upperBound }
                    } else if nounAt == verb.noun.count, verb.with, w == "с" || w == "со" {
                        objectStart = text.words[words[k].index].range.upperBound
                    } else if w == "в" || w == "во", let at = placeMention(at: k + 1 < words.count ? words[k + 1].index : nil) {
                        place = place ?? at.english
                        k += 1
                    } else {
                        // Another word: only an adjective before the noun (официальные переговоры).
                        guard nounAt == 0, !verb.noun.isEmpty, w.hasSuffix("ые") || w.hasSuffix("ие") else { break }
                    }
                    k += 1
                }
                guard let objectStart, let (object, after) = shared.person(startingAt: objectStart, before: sentence.upperBound),
                      object != subject else { continue }
                let placeAfter = inPlace(after: after, in: sentence)
                return event(subject: subject, verb: verb.english, object: object, place: placeAfter ?? place, sentence: sentence)
            }
        }
        return nil
    }

    func kazakhEvent(in sentence: Range<Int>) -> EventFinder.Event? {
        let words = words(in: sentence)
        for verb in Self.kazakhVerbs where words.count > verb.words.count
            && Array(words.suffix(verb.words.count).map(\.word)) == verb.words {
            let verbStart = text.words[words[words.count - verb.words.count].index].range.lowerBound
            let people = mentions.indices.filter {
                mentions[$0].kind == .person && mentions[$0].range.lowerBound >= sentence.lowerBound && mentions[$0].range.upperBound <= verbStart
            }
            guard let subject = people.first, isNominative(subject),
                  let object = people.dropFirst().first(where: { inCase(of: $0, instrumental: verb.instrumental) }) else { continue }
            let place = mentions.first { $0.kind == .place && $0.range.lowerBound > mentions[subject].range.upperBound
                && $0.range.upperBound <= verbStart && isLocative($0) }?.english
            return event(subject: subject, verb: verb.english, object: object, place: place, sentence: sentence)
        }
        return nil
    }

    func event(subject: Int, verb: String, object: Int, place: String?, sentence: Range<Int>) -> EventFinder.Event? {
        let who = shared.fullName(mentions[subject].english), whom = shared.fullName(mentions[object].english)
        guard who != whom else { return nil }
        return event(subject: subject, english: verb + " " + whom + (place.map { " in " + $0 } ?? ""), sentence: sentence)
    }

    /// "<subject> <what>< on date>.", from the subject to the sentence's end.
    func event(subject: Int, english: String, sentence: Range<Int>) -> EventFinder.Event {
        let sentenceText = shared.fullName(mentions[subject].english) + " " + english + shared.date(in: sentence)
        return EventFinder.Event(english: sentenceText + ".", range: mentions[subject].range.lowerBound..<sentence.upperBound)
    }

    /// The person named last before `offset` in the sentence, in the nominative, at most 80
    /// characters before it with no other person between.
    func subject(before offset: Int, in sentence: Range<Int>) -> Int? {
        guard let k = shared.lastPerson(before: offset, in: sentence), offset - mentions[k].range.upperBound <= 80,
              isNominative(k) else { return nil }
        return k
    }

    /// A person written in its glossary form, or a name no glossary knows whose surname is.
    func isNominative(_ k: Int) -> Bool {
        let written = CyrillicFold.folded(text.text(mentions[k].range))
        if !mentions[k].entry.isEmpty { return written == CyrillicFold.folded(mentions[k].entry) }
        guard let last = written.split(separator: " ").last else { return false }
        return CyrillicNames(text: text, mentions: [], kazakh: kazakh).surname(String(last), afterGivenName: true)?.1 ?? false
    }

    /// A Kazakh person in the instrumental (`Мирзиёевпен`) or the accusative (`Мирзиёевті`).
    func inCase(of k: Int, instrumental: Bool) -> Bool {
        let written = CyrillicFold.folded(text.text(mentions[k].range))
        // After a possessive the accusative is -н (министрін).
        let endings = instrumental ? KazakhEndings.instrumentals : KazakhEndings.accusatives + ["н"]
        return !isNominative(k) && endings.contains { written.hasSuffix($0) }
    }

    /// A Kazakh place in the locative (`Астанада`, `Ақордада`).
    func isLocative(_ mention: BriefMention) -> Bool {
        let written = CyrillicFold.folded(text.text(mention.range))
        // After a possessive the locative is -нда, -нде (Республикасында).
        return (KazakhEndings.locatives + ["нда", "нде"]).contains { written.hasSuffix($0) } && written != CyrillicFold.folded(mention.entry)
    }

    /// The place mention that starts at word `index`, if any.
    func placeMention(at index: Int?) -> BriefMention? {
        guard let index else { return nil }
        return mentions.first { $0.kind == .place && $0.range.lowerBound == text.words[index].range.lowerBound }
    }

    /// The place mention that ends with word `index`, if any.
    func placeMention(endingAt index: Int) -> BriefMention? {
        mentions.first { $0.kind == .place && $0.range.upperBound == text.words[index].range.upperBound }
    }

    /// A Kazakh place in the dative (`Ташкентке`, `Мәскеуге`, `Астанаға`).
    func isDative(_ mention: BriefMention) -> Bool {
        let written = CyrillicFold.folded(text.text(mention.range))
        // After a possessive the dative is -на, -не (Республикасына), or -а, -е after the first
        // and second persons'.
        return (KazakhEndings.datives + ["на", "не", "а", "е"]).contains { written.hasSuffix($0) } && written != CyrillicFold.folded(mention.entry)
    }

    /// `в` + place between the subject and the verb (`Токаев в Астане провел …`).
    func placeAside(between start: Int, and end: Int) -> String? {
        guard let k = mentions.firstIndex(where: { $0.kind == .place && $0.range.lowerBound >= start && $0.range.upperBound <= end }),
              ["в", "во"].contains(text.text(start..<mentions[k].range.lowerBound).trimmingSpaces.lowercased()) else { return nil }
        return mentions[k].english
    }

    /// `в` + place right after the object (`… с Мирзиёевым в Ташкенте`).
    func inPlace(after offset: Int, in sentence: Range<Int>) -> String? {
        guard let k = mentions.firstIndex(where: { $0.range.lowerBound >= offset }), mentions[k].kind == .place,
              mentions[k].range.upperBound <= sentence.upperBound,
              ["в", "во"].contains(text.text(offset..<mentions[k].range.lowerBound).trimmingSpaces.lowercased()) else { return nil }
        return mentions[k].english
    }
}
