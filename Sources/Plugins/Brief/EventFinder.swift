import Core

/// English sentences for the recurring shapes of diplomatic news, built only from recognised
/// items: `التقى X مع Y في Z يوم D` → "X met Y in Z on D". A slot that is not a glossary person
/// or place leaves the event out; nothing is guessed.
struct EventFinder {
    struct Event: Equatable {
        var english: String
        var range: Range<Int>
    }

    let text: BriefText
    let mentions: [BriefMention]
    let dates: [DateReader.DateItem]
    /// Surname → full name, as the people list has them.
    let fullName: (String) -> String

    /// Verbs (normalized, without a leading و/ف) and what they make.
    static let verbNames: [String: String] = [
        "التقي": "met", "التقت": "met", "اجتمع": "met", "اجتمعت": "met", "يلتقي": "meets", "تلتقي": "meets",
        "استقبل": "received", "استقبلت": "received", "بحث": "held talks with", "بحثت": "held talks with",
        "زار": "visited", "زارت": "visited", "رحب": "welcomed", "رحبت": "welcomed",
    ]
    /// Nouns "his/her meeting (with)": the subject is the person before them.
    static let meetingNouns = BriefKey.set(["اجتماعه", "اجتماعها", "لقائه", "لقائها", "محادثاته", "محادثاتها"])
    static let verbs = BriefKey.map(verbNames)
    /// "Met" verbs whose object may follow without مع.
    static let transitiveMeetings = BriefKey.set(["التقى", "التقت", "يلتقي", "تلتقي"])
    static let with = BriefKey.of("مع"), fi = BriefKey.of("في")

    func events(in sentences: [Range<Int>]) -> [Event] {
        var result: [Event] = []
        for sentence in sentences {
            let first = text.word(atOrAfter: sentence.lowerBound)
            var i = first
            while i < text.words.count, text.words[i].range.lowerBound < sentence.upperBound {
                let word = text.words[i]
                if let verb = Self.verbs[word.key] ?? Self.verbs[word.conjunctionlessKey],
                   let event = verbEvent(verb: verb, at: i, sentence: sentence)
                       ?? (UnknownNames.has(word, in: Self.transitiveMeetings) ? subjectFirstEvent(verb: verb, at: i, sentence: sentence) : nil) {
                    result.append(event)
                    break
                }
                if UnknownNames.has(word, in: Self.receivedVerbs), let event = callEvent(at: i, sentence: sentence) {
                    result.append(event)
                    break
                }
                if Self.meetingNouns.contains(word.key) || Self.meetingNouns.contains(word.conjunctionlessKey),
                   let event = nounEvent(at: i, sentence: sentence) {
                    result.append(event)
                    break
                }
                i += 1
            }
        }
        return result
    }

    static func withoutConjunction(_ norm: String) -> String {
        guard let first = norm.unicodeScalars.first, "وف".unicodeScalars.contains(first), norm.unicodeScalars.count > 4 else { return norm }
        return String(norm.unicodeScalars.dropFirst())
    }

    /// The mention index of the person whose role chain starts right at `offset` (only role
    /// parts and white space before the name), and the offset after the name.
    func person(startingAt offset: Int, before limit: Int) -> (Int, Int)? {
        var k = mentions.firstIndex { $0.range.lowerBound >= offset } ?? mentions.count
        var cursor = offset
        while k < mentions.count, mentions[k].range.lowerBound < limit {
            // Courtesy words, and an office's time (وزير الإسكان الجديد ماجد الحقيل), may stand between.
            guard CourtesyWords.only(text, cursor, mentions[k].range.lowerBound) else { return nil }
            if mentions[k].kind == .person { return (k, mentions[k].range.upperBound) }
            guard PeopleFinder.isRolePart(mentions[k].kind) else { return nil }
            cursor = mentions[k].range.upperBound
            k += 1
        }
        return nil
    }

    func verbEvent(verb: String, at i: Int, sentence: Range<Int>) -> Event? {
        let words = text.words
        guard let (subject, afterSubject) = person(startingAt: words[i].range.upperBound, before: sentence.upperBound) else { return nil }
        var object: String? = nil
        var end = afterSubject
        var asidePlace: String? = nil
        if verb == "visited" {
            // The place visited: the next word after the subject.
            if let k = mentions.firstIndex(where: { $0.range.lowerBound >= afterSubject && $0.range.lowerBound < sentence.upperBound }),
               mentions[k].kind == .place, text.text(afterSubject..<mentions[k].range.lowerBound).trimmingSpaces.isEmpty {
                object = mentions[k].english
                end = mentions[k].range.upperBound
            }
        } else if verb == "welcomed" {
            // رحب X، وكيل أول وزير الخارجية، بالسيد Y: past the subject's apposition, the object
            // after ب (on a courtesy word, a title or the name itself).
            let start = pastApposition(after: afterSubject, in: sentence)
            let next = text.word(atOrAfter: start)
            guard next < words.count, words[next].range.upperBound <= sentence.upperBound,
                  text.scalars[words[next].range.lowerBound] == "ب" else { return nil }
            let objectStart: Int
            if UnknownNames.has(words[next], in: CourtesyWords.keys), words[next].key != words[next].bareKey {
                objectStart = words[next].range.upperBound
            } else if mentions.contains(where: { $0.range.lowerBound == words[next].range.lowerBound && $0.clitics.hasPrefix("ب") }) {
                objectStart = words[next].range.lowerBound
            } else {
                return nil
            }
            if let (k, after) = person(startingAt: objectStart, before: sentence.upperBound) {
                object = fullName(mentions[k].english)
                end = pastApposition(after: after, in: sentence)
            }
        } else {
            var start: Int
            (start, asidePlace) = past(asideAfter: afterSubject, in: sentence)
            let next = text.word(atOrAfter: start)
            if next < words.count, words[next].key == Self.with, verb != "received" {
                start = words[next].range.upperBound
            } else if verb != "received", !UnknownNames.has(words[i], in: Self.transitiveMeetings) {
                // اجتمع and بحث need مع; التقى takes its object directly as well (التقى … الرئيس هولاند).
                return nil
            }
            if let (k, after) = person(startingAt: start, before: sentence.upperBound) {
                object = fullName(mentions[k].english)
                end = after
            }
        }
        guard let object else { return nil }
        var english = fullName(mentions[subject].english) + " " + verb + " " + object
        let placeAfter = place(after: end, in: sentence)
        english += (placeAfter.isEmpty ? asidePlace.map { " in " + $0 } ?? "" : placeAfter) + date(in: sentence)
        return Event(english: english + ".", range: words[i].range.lowerBound..<sentence.upperBound)
    }

    /// A meeting written subject first (كريستينا غالاش … حيث التقت بنظيرها الكازاخستاني، نائب
    /// الوزير وزير الخارجية، ييرلان أليمباييف): the subject is the person named last before the
    /// verb in the sentence, with no other person between; the object the person after it,
    /// after مع, after ب (on a courtesy word, a title, the name, or نظيره "his counterpart" and
    /// its role), or right after the verb.
    func subjectFirstEvent(verb: String, at i: Int, sentence: Range<Int>) -> Event? {
        let words = text.words
        guard let subject = lastPerson(before: words[i].range.lowerBound, in: sentence),
              words[i].range.lowerBound - mentions[subject].range.upperBound <= 200 else { return nil }
        var start = words[i].range.upperBound
        let next = i + 1
        if next < words.count, words[next].range.upperBound <= sentence.upperBound, text.gapIsBlank(next) {
            if words[next].key == Self.with {
                start = words[next].range.upperBound
            } else if text.scalars[words[next].range.lowerBound] == "ب",
                      UnknownNames.has(words[next], in: Self.counterparts) || UnknownNames.has(words[next], in: CourtesyWords.keys) {
                start = words[next].range.upperBound
            }
        }
        guard let (object, after) = person(startingAt: start, before: sentence.upperBound), object != subject,
              fullName(mentions[object].english) != fullName(mentions[subject].english) else { return nil }
        let english = fullName(mentions[subject].english) + " " + verb + " " + fullName(mentions[object].english)
            + place(after: pastApposition(after: after, in: sentence), in: sentence) + date(in: sentence)
        return Event(english: english + ".", range: mentions[subject].range.lowerBound..<sentence.upperBound)
    }

    /// `تلقى X اتصالا هاتفيا من Y`: X received a phone call from Y, where Y is a person (with
    /// or without the role before the name) or an office alone (من ملك مملكة البحرين → from the
    /// King of Bahrain). The call is the word right after the subject (and its lineage).
    func callEvent(at i: Int, sentence: Range<Int>) -> Event? {
        let words = text.words
        guard let (who, afterSubject) = party(startingAt: words[i].range.upperBound, in: sentence) else { return nil }
        var j = text.word(atOrAfter: past(asideAfter: afterSubject, in: sentence).0)
        guard isIn(sentence, j), UnknownNames.has(words[j], in: Self.calls) else { return nil }
        var kind = "a call"
        j += 1
        if isIn(sentence, j), UnknownNames.has(words[j], in: Self.byPhone) {
            kind = "a phone call"
            j += 1
        }
        guard isIn(sentence, j), words[j].key == Self.from else { return nil }
        guard let (from, end) = party(startingAt: words[j].range.upperBound, in: sentence), from != who else { return nil }
        let english = who.prefix(1).uppercased() + who.dropFirst() + " received " + kind + " from " + from
            + place(after: end, in: sentence) + date(in: sentence)
        return Event(english: english + ".", range: words[i].range.lowerBound..<sentence.upperBound)
    }

    /// A side of a call: a person (with the role before the name, which the name stands for),
    /// or an office alone right at `offset` (ملك البحرين → the King of Bahrain), and where it ends.
    func party(startingAt offset: Int, in sentence: Range<Int>) -> (String, Int)? {
        if let (k, after) = person(startingAt: offset, before: sentence.upperBound) { return (fullName(mentions[k].english), after) }
        guard let first = mentions.firstIndex(where: { $0.range.lowerBound >= offset }), mentions[first].kind == .title,
              mentions[first].clitics.isEmpty, mentions[first].range.upperBound <= sentence.upperBound,
              text.isSpaces(offset..<mentions[first].range.lowerBound) else { return nil }
        let last = endOfRoleParts(from: first, in: sentence)
        let role = PeopleFinder(text: text, mentions: mentions).role(Array(mentions[first...last]))
        return role.isEmpty ? nil : ("the " + role, mentions[last].range.upperBound)
    }

    static let receivedVerbs = BriefKey.set(["تلقى", "تلقت"])
    static let calls = BriefKey.set(["اتصالا", "اتصال", "اتصالًا"])
    static let byPhone = BriefKey.set(["هاتفيا", "هاتفي", "هاتفيًا", "هاتفيًّا"])
    static let from = BriefKey.of("من")

    /// Whether word `k` lies wholly inside `sentence`.
    func isIn(_ sentence: Range<Int>, _ k: Int) -> Bool {
        k < text.words.count && text.words[k].range.upperBound <= sentence.upperBound
    }

    /// The last person named before `offset` in `sentence`, if any.
    func lastPerson(before offset: Int, in sentence: Range<Int>) -> Int? {
        mentions.lastIndex { $0.kind == .person && $0.range.upperBound <= offset && $0.range.lowerBound >= sentence.lowerBound }
    }

    /// The last mention of the run of role parts that starts at mention `k`, inside `sentence`.
    func endOfRoleParts(from k: Int, in sentence: Range<Int>) -> Int {
        mentions.endOfRoleParts(from: k, in: text, endingBy: sentence.upperBound)
    }

    /// "His/her counterpart", after ب: the object is the person in the apposition after it.
    static let counterparts = BriefKey.set(["نظيره", "نظيرها", "نظيرته", "نظيرتها"])

    /// Past an apposition after a name: a comma, role parts only (a title, places, bodies), and
    /// the comma that closes it (خيرت عمروف، وكيل أول وزير خارجية جمهورية كازاخستان، …); else `offset`.
    func pastApposition(after offset: Int, in sentence: Range<Int>) -> Int {
        guard let k = mentions.firstIndex(where: { $0.range.lowerBound >= offset }), mentions[k].kind == .title,
              ["،", ","].contains(text.text(offset..<mentions[k].range.lowerBound).trimmingSpaces)
        else { return offset }
        var close = mentions[endOfRoleParts(from: k, in: sentence)].range.upperBound
        while close < sentence.upperBound, text.scalars[close] == " " { close += 1 }
        guard close < sentence.upperBound, text.scalars[close] == "،" || text.scalars[close] == "," else { return offset }
        return close + 1
    }

    /// Past what Saudi style writes between the subject and the object: the rest of the
    /// subject's lineage (بن عبدالعزيز آل سعود), then — only when a where-and-when aside follows
    /// them — the subject's own offices (ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية) and a
    /// blessing (- حفظه الله -), then the aside itself (في قصر السلام اليوم، في مكتبه بالإمارة
    /// اليوم، بمقر المركز في الرياض اليوم، بمكتبه، في قصر سموه بجدة، مساء أمس): up to eight
    /// words that start with في or ب and end with a time word (أمس الأول too) or with "his
    /// office", and one more place with ب after them. Nothing is skipped unless the aside ends so.
    func past(asideAfter offset: Int, in sentence: Range<Int>) -> (Int, place: String?) {
        let words = text.words
        var i = text.word(atOrAfter: offset)
        var end = offset
        // بن/بنت/آل and a name (a glossary person ends before them).
        while isIn(sentence, i + 1), text.gapIsSpaces(i), Self.lineageWords.contains(words[i].key), words[i + 1].kind == .arabic,
              !mentions.contains(where: { $0.range.overlaps(words[i + 1].range) }) {
            end = words[i + 1].range.upperBound
            i += 2
        }
        if let aside = aside(at: i, in: sentence) { return aside }
        // The subject's offices, then a blessing, before the aside.
        var cursor = end
        if let k = mentions.firstIndex(where: { $0.range.lowerBound >= end }), PeopleFinder.isRolePart(mentions[k].kind),
           mentions[k].range.upperBound <= sentence.upperBound, text.isSpaces(end..<mentions[k].range.lowerBound) {
            cursor = mentions[endOfRoleParts(from: k, in: sentence)].range.upperBound
        }
        var j = text.word(atOrAfter: cursor)
        if let afterBlessing = blessing(at: j, in: sentence) { j = afterBlessing }
        guard j != text.word(atOrAfter: end), let aside = aside(at: j, in: sentence) else { return (end, nil) }
        return aside
    }

    /// The where-and-when aside that starts at word `i`, if one does: where it ends and the place it names.
    func aside(at i: Int, in sentence: Range<Int>) -> (Int, place: String?)? {
        let words = text.words
        func withBa(_ k: Int) -> Bool { words[k].bareKey != words[k].key && text.scalars[words[k].range.lowerBound] == "ب" }
        guard isIn(sentence, i), words[i].key == Self.fi || withBa(i) || Self.timeWords.contains(words[i].key)
                || Self.partsOfDay.contains(words[i].key) else { return nil }
        // The aside ends at its time word, else at "his office" (بمكتبه، في قصره); a comma may
        // stand inside it (في قصر سموه بجدة، مساء أمس).
        var k = i, timeWord: Int? = nil, office: Int? = nil
        while isIn(sentence, k), k < i + 8, words[k].kind == .arabic, k == i || text.gapIsBlank(k) || text.gap(k).trimmingSpaces == "،" {
            if Self.timeWords.contains(words[k].key) { timeWord = k; break }
            if office == nil, UnknownNames.has(words[k], in: Self.hisPlaces) { office = k }
            k += 1
        }
        guard var last = timeWord ?? office else { return nil }
        // أمس الأول: the day before yesterday; اليوم السبت، اليوم (الثلاثاء): the weekday after it.
        if timeWord != nil, isIn(sentence, last + 1), text.gapIsBlank(last + 1), words[last + 1].key == Self.theFirst { last += 1 }
        var end: Int? = nil
        if timeWord != nil, isIn(sentence, last + 1), DateReader.weekdays[words[last + 1].key] != nil,
           ["", "("].contains(text.gap(last + 1).trimmingSpaces) {
            last += 1
            var close = words[last].range.upperBound
            while close < sentence.upperBound, text.scalars[close] == " " { close += 1 }
            if close < sentence.upperBound, text.scalars[close] == ")" { end = close + 1 }
        }
        // And one more place with ب after it (في مكتبه ظهر أمس بالوزارة), or في and a place after
        // the time word (أمس، في الرياض،) — not after a weekday in parentheses, which ends it.
        if end == nil, isIn(sentence, last + 1), text.gapIsBlank(last + 1), words[last + 1].kind == .arabic, withBa(last + 1) {
            last += 1
        } else if end == nil, timeWord != nil, isIn(sentence, last + 2), words[last + 1].key == Self.fi,
                  ["", "،", ","].contains(text.gap(last + 1).trimmingSpaces),
                  let place = mentions.first(where: { $0.kind == .place && $0.range.lowerBound == words[last + 2].range.lowerBound }),
                  place.range.upperBound <= sentence.upperBound {
            last = text.word(atOrAfter: place.range.upperBound) - 1
        }
        // The place the aside names, if it names one (في قصر السلام بجدة اليوم → in Jeddah).
        let aside = words[i].range.lowerBound..<(end ?? words[last].range.upperBound)
        let place = mentions.first { $0.kind == .place && aside.contains($0.range.lowerBound) }?.english
        return (aside.upperBound, place)
    }

    /// A blessing after a king's or a prince's name and offices (حفظه الله، - يحفظه الله -،
    /// (رعاه الله)) that starts at word `i`: the first word after it.
    func blessing(at i: Int, in sentence: Range<Int>) -> Int? {
        let words = text.words
        guard i + 1 < words.count, words[i + 1].range.upperBound <= sentence.upperBound,
              Self.blessings.contains(words[i].key), words[i + 1].key == UnknownNames.allah, text.gapIsBlank(i + 1) else { return nil }
        let before = text.gap(i).trimmingSpaces
        guard before.isEmpty || before == "-" || before == "–" || before == "(" else { return nil }
        return i + 2
    }

    /// Verbs of a blessing: حفظه الله، رعاه الله، أيده الله، يحفظه الله.
    static let blessings = BriefKey.set(["حفظه", "يحفظه", "رعاه", "يرعاه", "ايده", "حفظها", "حفظهما"])
    static let theFirst = BriefKey.of("الأول")

    /// "His office", "his palace": they end a where aside too (استقبل … بمكتبه أمين عام …).
    static let hisPlaces = BriefKey.set(["مكتبه", "قصره", "مقره", "مكتبها", "منزله"])

    static let lineageWords = BriefKey.set(["بن", "بنت", "آل"])
    /// Words that end a where-and-when aside: اليوم، أمس، مساء اليوم.
    static let timeWords = BriefKey.set(["اليوم", "أمس", "الليلة", "غدا", "البارحة"])
    /// Parts of the day that may open the aside (مساء أمس، صباح اليوم).
    static let partsOfDay = BriefKey.set(["مساء", "صباح", "ظهر", "عصر"])

    func nounEvent(at i: Int, sentence: Range<Int>) -> Event? {
        let words = text.words
        // The subject: the last person named before the noun in this sentence.
        guard let subject = lastPerson(before: words[i].range.lowerBound, in: sentence) else { return nil }
        // مع within the next few words, then the object.
        var j = i + 1
        while j < words.count, j <= i + 6, words[j].range.lowerBound < sentence.upperBound, words[j].key != Self.with { j += 1 }
        guard j < words.count, words[j].key == Self.with,
              let (object, after) = person(startingAt: words[j].range.upperBound, before: sentence.upperBound) else { return nil }
        let english = fullName(mentions[subject].english) + " met " + fullName(mentions[object].english)
            + place(after: after, in: sentence) + date(in: sentence)
        return Event(english: english + ".", range: mentions[subject].range.lowerBound..<sentence.upperBound)
    }

    /// " in Z" when `في` + a place follows.
    func place(after offset: Int, in sentence: Range<Int>) -> String {
        let k = text.word(atOrAfter: offset)
        guard k + 1 < text.words.count, text.words[k].key == Self.fi,
              let mention = mentions.first(where: { $0.range.lowerBound == text.words[k + 1].range.lowerBound }),
              mention.kind == .place, mention.range.upperBound <= sentence.upperBound else { return "" }
        return " in " + mention.english
    }

    /// " on 19 February" / " in November 2023" for the first date of the sentence.
    func date(in sentence: Range<Int>) -> String {
        guard let item = dates.first(where: { sentence.contains($0.range.lowerBound) }) else { return "" }
        return (DateReader.isDayLevel(item.english) ? " on " : " in ") + item.english
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and commas.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return String(s)
    }
}
