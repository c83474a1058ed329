import Core
import Foundation

/// The people of an article with their roles: a person the glossary knows, with the title
/// chain written right before the name (`رئيس كازاخستان قاسم جومارت توكاييف` → President of
/// Kazakhstan) or right after it between commas (`عمروف، وكيل أول وزير الخارجية،`). A surname
/// mentioned alone is the person whose full name ends with it. Each person once, full name.
struct PeopleFinder {
    struct Person: Equatable {
        var name: String
        var role: String
        var firstMention: Int
    }

    let text: BriefText
    let mentions: [BriefMention]

    func people() -> [Person] {
        var found: [Person] = []
        for (k, mention) in mentions.enumerated() where mention.kind == .person {
            // A one-word name followed by an unknown word is someone else's first name:
            // ميشيل حلبي is not Charles Michel.
            if !mention.english.contains(" "), followedByUnknownName(mention) { continue }
            // و before the name (كيري وزير الخارجية الأميركي وحسن روحاني): the next person, not the
            // title holder before it.
            let role = (mention.clitics.hasPrefix("و") ? nil : roleBefore(k)) ?? roleAfter(k) ?? ""
            found.append(Person(name: mention.english, role: role, firstMention: mention.range.lowerBound))
        }
        // Merge: a surname alone joins the full name that ends with it; repeated names join.
        var merged: [Person] = []
        for person in found {
            let full = found.first { $0.name != person.name && $0.name.hasSuffix(" " + person.name) }?.name ?? person.name
            if let i = merged.firstIndex(where: { $0.name == full }) {
                if person.role.split(separator: " ").count > merged[i].role.split(separator: " ").count {
                    merged[i].role = person.role
                }
            } else {
                merged.append(Person(name: full, role: person.role, firstMention: person.firstMention))
            }
        }
        return merged
    }

    /// Whether the word right after a mention is an unknown, name-like word (no article, not
    /// a function word, not itself a glossary hit).
    func followedByUnknownName(_ mention: BriefMention) -> Bool {
        let i = text.word(atOrAfter: mention.range.upperBound)
        guard i < text.words.count else { return false }
        let word = text.words[i]
        guard word.kind == .arabic, text.gapIsSpaces(i) else { return false }
        if mentions.contains(where: { $0.range.overlaps(word.range) }) { return false }
        return !word.definite && !UnknownNames.functionWords.contains(word.key)
            && !UnknownNames.functionWords.contains(word.conjunctionlessKey)
    }

    /// The role written before mention `k`, if any.
    func roleBefore(_ k: Int) -> String? { roleBefore(offset: mentions[k].range.lowerBound, mentionsBefore: k) }

    /// The role written right before the text offset `offset`, where the first `k` mentions
    /// end before it (a name no glossary knows has a role too: وزير الخارجية المصري سامح شكري).
    func roleBefore(offset: Int, mentionsBefore k: Int) -> String? {
        guard k > 0, Self.isRolePart(mentions[k - 1].kind),
              onlyPunctuation(between: mentions[k - 1].range.upperBound, and: offset) else { return nil }
        var first = k - 1
        while first > 0, Self.isRolePart(mentions[first - 1].kind),
              joins(mentions[first - 1], mentions[first]) {
            first -= 1
        }
        // نجل الرئيس اليمني السابق أحمد علي عبدالله صالح: the name is the son's, not the
        // president's; the brief says nothing rather than something wrong.
        guard !namesADependant(before: mentions[first]) else { return nil }
        // The role starts at its first title; after one that speaks for the next
        // (المتحدث باسم الرئيس الأفغاني أشرف غني) the name is the next one's.
        guard var start = (first..<k).first(where: { mentions[$0].kind == .title }) else { return nil }
        while start + 1 < k, mentions[start + 1].kind == .title, speaksFor(mentions[start]) { start += 1 }
        // الرئيس المصري والأمير محمد بن سلمان: و and a prince's courtesy title start the next
        // person (a prince is not "President of Egypt and Prince").
        if let next = (start + 1..<k).last(where: { mentions[$0].kind == .title && mentions[$0].clitics.hasPrefix("و") && isCourtesyTitle(mentions[$0]) }) {
            start = next
        }
        return role(Array(mentions[start..<k]))
    }

    static let inTheNameOf = BriefKey.of("باسم")

    /// A prince's or a princess's courtesy title alone, one word (الأمير، والأميرة).
    func isCourtesyTitle(_ title: BriefMention) -> Bool {
        let i = text.word(atOrAfter: title.range.upperBound) - 1
        guard i >= 0, text.words[i].range.lowerBound <= title.range.lowerBound else { return false }
        return UnknownNames.has(text.words[i], in: UnknownNames.princeTitleWords)
    }

    /// Words that make the name after a title chain someone related to the title holder — a
    /// relative, an adviser, a deputy, an envoy — rather than the holder.
    static let dependants = BriefKey.set([
        "مستشار", "مستشارة", "مساعد", "مساعدة", "نائب", "نائبة", "وكيل", "وكيلة", "مبعوث", "مبعوثة", "ممثل", "ممثلة", "سكرتير",
        "نجل", "ابن", "ابنة", "بنت", "شقيق", "شقيقة", "أخ", "أخت", "زوج", "زوجة", "حرم", "عقيلة", "أرملة", "الخاص", "الخاصة", "والد",
        "والدة", "حفيد", "حفيدة",
    ])
    /// An office is the holder's own (مكتب الرئيس الفرنسي فرانسوا هولاند: the president), but
    /// its director is someone else (مدير مكتب الوزير السفير محمد الكلابي).
    static let offices = BriefKey.set(["مكتب", "ديوان"])
    static let director = BriefKey.of("مدير")

    /// Whether the title chain starting at `mention` is governed by one of the `dependants`
    /// written right before it (with or without و/ف): `نجل الرئيس`, `ونائب رئيس البرلمان`,
    /// `مستشارة لوزير الخارجية`. Not with a possessive pronoun — `والده الملك عبدالعزيز` is
    /// "his father, King Abdulaziz" — nor before ب, which is "represented by" (`ممثلة بالرئيس`).
    func namesADependant(before mention: BriefMention) -> Bool {
        if mention.clitics.contains("ب") { return false }
        var i = text.word(atOrAfter: mention.range.lowerBound) - 1
        // A mention may start after its word's proclitics (و + لرئيس): step over that word.
        if i >= 0, text.words[i].range.upperBound > mention.range.lowerBound { i -= 1 }
        guard i >= 0, isWordRightBefore(i, mention.range.lowerBound) else { return false }
        // Over courtesy words: رئيس الشؤون الخاصة لسمو ولي العهد; one with و starts a new
        // person (وصاحب السمو الملكي الأمير).
        while i > 0, UnknownNames.has(text.words[i], in: CourtesyWords.keys), isWordRightBefore(i - 1, text.words[i].range.lowerBound) {
            if text.words[i].conjunctionlessKey != text.words[i].key { return false }
            i -= 1
        }
        let word = text.words[i]
        if Self.offices.contains(word.key) || Self.offices.contains(word.conjunctionlessKey) {
            return i > 0 && isWordRightBefore(i - 1, word.range.lowerBound)
                && (text.words[i - 1].key == Self.director || text.words[i - 1].conjunctionlessKey == Self.director)
        }
        // بمكتب وزير الدفاع: someone at (ب/ل, not و) the minister's office.
        if word.bareKey != word.conjunctionlessKey, Self.offices.contains(word.bareKey) { return true }
        guard UnknownNames.has(word, in: Self.dependants) else { return false }
        return text.scalars[word.range.upperBound - 1] != "\u{0647}"
    }

    /// Word `i` is Arabic and only white space stands between it and `offset`.
    func isWordRightBefore(_ i: Int, _ offset: Int) -> Bool {
        text.words[i].kind == .arabic && text.words[i].range.upperBound <= offset
            && text.text(text.words[i].range.upperBound..<offset).allSatisfy(\.isWhitespace)
    }

    /// A title that ends in باسم ("in the name of": المتحدث باسم), compared by its last word's
    /// key, so diacritics and tatweel do not hide it.
    func speaksFor(_ title: BriefMention) -> Bool {
        let last = text.word(atOrAfter: title.range.upperBound) - 1
        return last >= 0 && text.words[last].key == Self.inTheNameOf
    }

    /// The role written after mention `k` between commas (an apposition), if any.
    func roleAfter(_ k: Int) -> String? {
        guard k + 1 < mentions.count, mentions[k + 1].kind == .title else { return nil }
        let gap = text.text(mentions[k].range.upperBound..<mentions[k + 1].range.lowerBound)
        guard gap.contains("،") || gap.contains(","),
              onlyPunctuation(between: mentions[k].range.upperBound, and: mentions[k + 1].range.lowerBound) else { return nil }
        var last = k + 1
        while last + 1 < mentions.count, Self.isRolePart(mentions[last + 1].kind), joins(mentions[last], mentions[last + 1]) {
            last += 1
        }
        return role(Array(mentions[(k + 1)...last]))
    }

    static func isRolePart(_ kind: BriefMention.Kind) -> Bool {
        kind == .title || kind == .place || kind == .adjective || kind == .organisation
    }

    /// Two role parts belong together: only white space between them, or `في` / `لدى` before a place.
    func joins(_ a: BriefMention, _ b: BriefMention) -> Bool {
        let gap = connector(a, b)
        return gap.isEmpty || (Self.connectors[gap] != nil && b.kind == .place)
    }

    /// The word between two role parts, if any.
    func connector(_ a: BriefMention, _ b: BriefMention) -> String {
        text.text(a.range.upperBound..<b.range.lowerBound).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// في X: the place the office is in (", Spain"); لدى X: the country an ambassador is posted to.
    static let connectors: [String: String] = ["في": ", ", "لدى": " to "]

    /// Only spaces, commas and courtesy words (السيد، الدكتور، اللواء) between two offsets.
    func onlyPunctuation(between start: Int, and end: Int) -> Bool {
        CourtesyWords.only(text, start, end)
    }

    /// `President` + `Kazakhstan` → President of Kazakhstan; two titles joined by و → "A and B";
    /// a second title right after the first without و is left out (نائب الوزير وزير الخارجية
    /// could be read two ways: the brief says less rather than something wrong).
    func role(_ parts: [BriefMention]) -> String {
        var out = ""
        var qualified = false
        var skipping = false
        var titles: [String] = []
        var listing = false
        for (index, part) in parts.enumerated() {
            let joint = index > 0 ? connector(parts[index - 1], part) : ""
            switch part.kind {
            case .title:
                if out.isEmpty || part.clitics.hasPrefix("ب") {
                    // التقى خادم الحرمين الشريفين بالرئيس المصري: ب starts the verb's object, a
                    // second person, whose role this is.
                    out = part.english
                    titles = []
                    listing = false
                } else if part.clitics.hasPrefix("و") {
                    // الرئيس الفرنسي والرئيس اليمني، ولي العهد وولي ولي العهد: no one is both, so
                    // these are several people and the name is the last one's (and so are the
                    // titles that follow with و).
                    if listing || titles.contains(where: { Self.isSameOffice($0, part.english) }) {
                        out = part.english
                        listing = true
                    } else {
                        out += " and " + part.english
                    }
                    skipping = false
                } else {
                    skipping = true
                    continue
                }
                titles.append(part.english)
                qualified = false
            case .place, .organisation, .adjective:
                guard !skipping else { continue }
                // An adjective stands for its place: الرئيس الأمريكي → President of the United States.
                let name = Self.withArticle(part.kind == .adjective ? (part.of ?? part.english) : part.english)
                if let word = Self.connectors[joint] {
                    out += word + name
                } else if part.kind == .place, part.clitics.contains("ب") {
                    // بالمنطقة الشرقية: the place the office is in.
                    out += " in " + name
                } else {
                    out += (qualified ? " and " : " of ") + name
                }
                qualified = true
            default:
                break
            }
        }
        return out
    }

    /// The same office, or one and its deputy (President / President, Crown Prince / Deputy
    /// Crown Prince).
    static func isSameOffice(_ a: String, _ b: String) -> Bool {
        a == b || a.hasSuffix(" " + b) || b.hasSuffix(" " + a)
    }

    /// Organisations read better with their article: President of the European Commission,
    /// spokesperson of the White House, President of the International Committee of the Red
    /// Cross; not names without one (FIFA, NATO, Congress, Hezbollah).
    static func withArticle(_ english: String) -> String {
        if english.hasPrefix("the ") || english.hasPrefix("The ") { return english }
        let words = english.split(separator: " ")
        if words.count == 1 { return namesWithThe.contains(english) ? "the " + english : english }
        if ["Republic", "United", "Kingdom", "Russian"].contains(words[0]) { return "the " + english }
        return words.contains { nounsWithThe.contains(String($0)) } ? "the " + english : english
    }

    /// Nouns that give a body's or a region's name its article (the European Union, the West Bank).
    static let nounsWithThe: Set<String> = [
        "Commission", "Union", "Council", "Parliament", "Organization", "Organisation", "Ministry", "Agency",
        "Bank", "Fund", "Committee", "Conference", "Nations", "States", "Republic", "House", "Department",
        "Authority", "Court", "Cross", "Crescent", "Assembly", "League", "Forum", "Partnership", "Centre",
        "Embassy", "Sea", "Caucasus", "Province", "Region",
    ]
    /// One-word names that take the article: the Kremlin, the Netherlands, the Taliban.
    static let namesWithThe: Set<String> = [
        "Kremlin", "Pentagon", "Senate", "Mazhilis", "Taliban", "Houthis", "Vatican", "Netherlands", "Philippines",
        "Caribbean", "Caucasus", "Gulf",
    ]
}
