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
        /// A royal title stands before one of the person's mentions (خادم الحرمين الشريفين
        /// الملك سلمان بن عبدالعزيز): a king named later by his given name alone is this one.
        var royal = false
    }

    let text: BriefText
    var mentions: [BriefMention]
    /// The language writes what an office is of before the office (Kazakh: `Қазақстан
    /// Президенті`, President of Kazakhstan), where Arabic and Russian write it after.
    var headFinal = false

    func people() -> [Person] {
        var found: [Person] = []
        for (k, mention) in mentions.enumerated() where mention.kind == .person {
            // A one-word name followed by an unknown word is someone else's first name:
            // ميشيل حلبي is not Charles Michel.
            if !mention.english.contains(" "), followedByUnknownName(mention) { continue }
            // After بن the name is someone's lineage: مشعل بن عبد الله بن عبد العزيز is not King
            // Abdullah.
            if isLineage(mention) { continue }
            // و before the name (كيري وزير الخارجية الأميركي وحسن روحاني): the next person, not the
            // title holder before it.
            let chain = mention.clitics.hasPrefix("و") ? nil : roleAndChain(before: mention.range.lowerBound, mentionsBefore: k)
            var role = chain?.role ?? roleAfter(k) ?? ""
            // الأمير محمد بن نايف بن عبدالعزيز ولي العهد: a prince's office right after his name
            // says more than "Prince".
            if role.isEmpty || k > 0 && role == mentions[k - 1].english && isCourtesyTitle(mentions[k - 1]),
               let office = royalOfficeAfter(k) {
                role = office
            }
            found.append(Person(name: mention.english, role: role, firstMention: mention.range.lowerBound,
                                royal: chain.map { hasRoyalTitle(in: $0.start..<k) } ?? false))
        }
        // Merge: a surname alone joins the full name that ends with it; repeated names join.
        var merged: [Person] = []
        for person in found {
            let full = found.first { $0.name != person.name && $0.name.hasSuffix(" " + person.name) }?.name ?? person.name
            if let i = merged.firstIndex(where: { $0.name == full }) {
                merged[i].royal = merged[i].royal || person.royal
                if person.role.split(separator: " ").count > merged[i].role.split(separator: " ").count {
                    merged[i].role = person.role
                }
            } else {
                merged.append(Person(name: full, role: person.role, firstMention: person.firstMention, royal: person.royal))
            }
        }
        return merged
    }

    /// Whether a royal title (الملك، خادم الحرمين الشريفين) is among the mentions of a role
    /// chain.
    func hasRoyalTitle(in chain: Range<Int>) -> Bool {
        mentions[chain].contains { $0.kind == .title && UnknownNames.isRoyal($0, in: text) }
    }

    /// Whether the word right after a mention is an unknown, name-like word (no article, not
    /// a function word, not itself a glossary hit).
    func followedByUnknownName(_ mention: BriefMention) -> Bool {
        let i = text.word(atOrAfter: mention.range.upperBound)
        guard i < text.words.count else { return false }
        let word = text.words[i]
        guard word.kind == .arabic, text.gapIsSpaces(i) else { return false }
        if mentions.contains(where: { $0.range.overlaps(word.range) }) { return false }
        return !word.definite && !UnknownNames.isFunctionWord(word, in: text)
            && !UnknownNames.isFunctionWord(word, key: word.conjunctionlessKey, in: text)
    }

    /// The role written before mention `k`, if any.
    func roleBefore(_ k: Int) -> String? { roleBefore(offset: mentions[k].range.lowerBound, mentionsBefore: k) }

    /// The role written right before the text offset `offset`, where the first `k` mentions
    /// end before it (a name no glossary knows has a role too: وزير الخارجية المصري سامح شكري).
    func roleBefore(offset: Int, mentionsBefore k: Int) -> String? {
        roleAndChain(before: offset, mentionsBefore: k)?.role
    }

    /// The role written right before `offset` and where its chain starts in the text, when the
    /// chain is one holder's (no title after its first with و or ب, which can start another
    /// person): the gist writes "Name (role)" in place of the chain.
    func roleChain(before offset: Int) -> (role: String, start: Int)? {
        let k = mentionsBefore(offset)
        guard let (role, start) = roleAndChain(before: offset, mentionsBefore: k), !role.isEmpty,
              !mentions[(start + 1)..<k].contains(where: { $0.kind == .title && ($0.clitics.hasPrefix("و") || $0.clitics.hasPrefix("ب")) })
        else { return nil }
        return (role, mentions[start].range.lowerBound)
    }

    /// The role of a name no glossary knows, written at `range`: the chain before it, else the
    /// one between commas after it.
    func roleOfName(at range: Range<Int>) -> String? {
        roleBefore(offset: range.lowerBound, mentionsBefore: mentionsBefore(range.lowerBound))
            ?? roleAfter(offset: range.upperBound, listItem: isListItem(range.lowerBound))
    }

    /// Whether the name at `offset` is an item of a list of people: its courtesy word has و
    /// (، والدكتور عادل الطريفي وزير الثقافة والإعلام، …). There no verb stands between the name
    /// and a title after it, so the title is the name's office, not a verb's object.
    func isListItem(_ offset: Int) -> Bool {
        let i = text.word(atOrAfter: offset)
        guard i > 0, i < text.words.count, text.gapIsSpaces(i) else { return false }
        let before = text.words[i - 1]
        return before.key != before.conjunctionlessKey && CourtesyWords.keys.contains(before.conjunctionlessKey)
    }


    /// How many mentions end before `offset` (the index of the first one that does not).
    func mentionsBefore(_ offset: Int) -> Int {
        mentions.firstIndex { $0.range.upperBound > offset } ?? mentions.count
    }

    /// The role written right before `offset`, and the index of the mention its chain starts at.
    private func roleAndChain(before offset: Int, mentionsBefore k: Int) -> (role: String, start: Int)? {
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
        // هنأ خادم الحرمين الشريفين الرئيس سيرجيو ماتاريلا: a royal title, then an office that is
        // neither royal nor a prince's right before the name — the verb's subject, then its
        // object, whose name this is (the King is no President).
        if UnknownNames.isRoyal(mentions[start], in: text),
           let last = (start + 1..<k).last(where: { mentions[$0].kind == .title }),
           !UnknownNames.isRoyal(mentions[last], in: text), !UnknownNames.isPrincely(mentions[last], in: text) {
            start = last
        }
        var role = role(Array(mentions[start..<k]))
        // Қазақстан Президенті, Қазақстанның Сыртқы істер министрі: the place or body before
        // the office is what it is of.
        // Only the words right before it that name a possessor (in the nominative or the
        // genitive): Астанада Өзбекстан Президенті is the President of Uzbekistan, in Astana.
        var chainStart = start
        if headFinal, start > first, !role.isEmpty {
            var from = start
            while from > first, mentions[from - 1].kind != .title, isPossessor(mentions[from - 1]) { from -= 1 }
            let of = mentions[from..<start].map { Self.withArticle($0.kind == .adjective ? ($0.of ?? $0.english) : $0.english) }
            if !of.isEmpty { role += " of " + EnglishList.joined(of) }
            chainStart = from
        }
        // الرئيس اليمني السابق علي عبدالله صالح: a former office.
        return (isFormer(between: mentions[k - 1].range.upperBound, and: offset) && !role.isEmpty ? "former " + role : role, chainStart)
    }

    /// Whether a Kazakh mention can name what the office after it is of: its last word has no
    /// case ending but the genitive's (`Қазақстан`, `Қазақстанның`; not `Астанада`, `Қытайға`).
    /// A word in -стан is not read as an ablative in -тан.
    func isPossessor(_ mention: BriefMention) -> Bool {
        let written = text.text(mention.range).lowercased()
        if written.hasSuffix("стан") { return true }
        return !KazakhEndings.cases.contains { ending in
            written.hasSuffix(ending) && !KazakhEndings.genitives.contains(ending)
        }
    }

    /// Whether السابق or الأسبق stands between a title chain's end and the name.
    func isFormer(between start: Int, and end: Int) -> Bool {
        text.hasWord(between: start, and: end, in: CourtesyWords.former)
    }

    static let inTheNameOf = BriefKey.of("باسم")

    /// A prince's or a princess's courtesy title alone, one word (الأمير، والأميرة).
    func isCourtesyTitle(_ title: BriefMention) -> Bool {
        let words = text.wordIndices(of: title.range)
        return words.count == 1 && UnknownNames.has(text.words[words.lowerBound], in: UnknownNames.princeTitleWords)
    }

    /// A title that ends in باسم ("in the name of": المتحدث باسم), compared by its last word's
    /// key, so diacritics and tatweel do not hide it.
    func speaksFor(_ title: BriefMention) -> Bool {
        let last = text.word(atOrAfter: title.range.upperBound) - 1
        return last >= 0 && text.words[last].key == Self.inTheNameOf
    }

    /// The role written after mention `k` between commas (an apposition), or the office of an
    /// appointment right after it (عادل الجبير وزيرًا للخارجية), if any.
    func roleAfter(_ k: Int) -> String? {
        // Not a title with و: that is the next person's (محمد بن زايد، وملك البحرين حمد بن عيسى).
        guard k + 1 < mentions.count, mentions[k + 1].kind == .title, !mentions[k + 1].clitics.hasPrefix("و"),
              onlyPunctuation(between: mentions[k].range.upperBound, and: mentions[k + 1].range.lowerBound) else { return nil }
        let gap = text.text(mentions[k].range.upperBound..<mentions[k + 1].range.lowerBound)
        guard gap.contains("،") || gap.contains(",") || isAppointment(mentions[k + 1], gap: gap) else { return nil }
        return role(startingAt: k + 1)
    }

    /// The role written between commas right after the text offset `offset` (a name no glossary
    /// knows has one too: جون فالون، المدير العام لدار بيرسون،), or the office of an appointment
    /// right after it (الدكتور إبراهيم العساف وزيرًا للمالية), if any. For an item of a list of
    /// people (`listItem`), any title right after the name, with only spaces between, up to a
    /// title with و (the next item's).
    func roleAfter(offset: Int, listItem: Bool = false) -> String? {
        guard let k = mentions.firstIndex(where: { $0.range.lowerBound >= offset }), mentions[k].kind == .title,
              mentions[k].clitics.isEmpty, mentions[k].range.lowerBound - offset <= 3 else { return nil }
        let gap = text.text(offset..<mentions[k].range.lowerBound)
        if gap.trimmingSpaces == "،" || gap.trimmingSpaces == "," || isAppointment(mentions[k], gap: gap.trimmingSpaces) {
            return role(startingAt: k)
        }
        guard listItem, mentions[k].range.lowerBound - offset <= 2, gap.allSatisfy({ $0 == " " }) else { return nil }
        return role(startingAt: k, stoppingAtAnd: true)
    }

    /// An appointment's office (a title in the accusative, no و) with nothing but spaces before it.
    func isAppointment(_ title: BriefMention, gap: String) -> Bool {
        title.accusative && title.clitics.isEmpty && gap.allSatisfy { $0 == " " || $0 == "\u{00A0}" }
    }

    /// The role of the chain of role parts that starts at mention `first`; with
    /// `stoppingAtAnd`, only up to a title with و, which may be the next person's.
    func role(startingAt first: Int, stoppingAtAnd: Bool = false) -> String {
        var last = first
        while last + 1 < mentions.count, Self.isRolePart(mentions[last + 1].kind), joins(mentions[last], mentions[last + 1]),
              !(stoppingAtAnd && mentions[last + 1].kind == .title && mentions[last + 1].clitics.hasPrefix("و")) {
            last += 1
        }
        return role(Array(mentions[first...last]))
    }

    /// A royal or a regional office written right after the name, past the rest of the name's
    /// lineage and without a comma (الأمير محمد بن نايف بن عبدالعزيز ولي العهد، الأمير فيصل بن
    /// بندر أمير منطقة الرياض): in Saudi style the prince's own office, not the object of a verb.
    func royalOfficeAfter(_ k: Int) -> String? {
        // Not after و: عادل الجبير وأمير قطر are two people.
        guard k + 1 < mentions.count, mentions[k + 1].kind == .title, !mentions[k + 1].clitics.hasPrefix("و"),
              mentions[k + 1].range.lowerBound - mentions[k].range.upperBound <= CourtesyWords.longestGap else { return nil }
        guard UnknownNames.isRoyal(mentions[k + 1], in: text) || UnknownNames.isPrincely(mentions[k + 1], in: text) else { return nil }
        // Only spaces and بن/بنت/آل + a name between.
        var i = text.word(atOrAfter: mentions[k].range.upperBound)
        while i < text.words.count, text.words[i].range.upperBound <= mentions[k + 1].range.lowerBound {
            guard text.gapIsSpaces(i), UnknownNames.kinship.contains(text.words[i].key) || text.words[i].key == Self.family,
                  i + 1 < text.words.count, text.gapIsSpaces(i + 1),
                  text.words[i + 1].range.upperBound <= mentions[k + 1].range.lowerBound else { return nil }
            i += 2
        }
        guard onlyPunctuation(between: i > 0 ? min(text.words[i - 1].range.upperBound, mentions[k + 1].range.lowerBound) : 0,
                              and: mentions[k + 1].range.lowerBound),
              !text.text(mentions[k].range.upperBound..<mentions[k + 1].range.lowerBound).contains(where: { $0 == "،" || $0 == "," })
        else { return nil }
        // Up to a title with و, which may be the next person's (ووزير الدفاع المصري).
        return role(startingAt: k + 1, stoppingAtAnd: true)
    }

    static let family = BriefKey.of("آل")

    /// Whether `mention` follows بن/بنت/ابن: the rest of someone's lineage, not a person.
    func isLineage(_ mention: BriefMention) -> Bool {
        let i = text.wordIndices(of: mention.range).lowerBound
        guard i > 0, i < text.words.count, text.words[i].range.lowerBound == mention.range.lowerBound,
              text.gapIsSpaces(i) else { return false }
        return UnknownNames.kinship.contains(text.words[i - 1].key)
    }

    static func isRolePart(_ kind: BriefMention.Kind) -> Bool {
        kind == .title || kind == .place || kind == .adjective || kind == .organisation
    }

    /// Two role parts belong together: only white space between them, `في` / `لدى` / `منطقة`
    /// before a place, or `لدى` before an organisation (سفيرة الولايات المتحدة لدى الأمم المتحدة).
    func joins(_ a: BriefMention, _ b: BriefMention) -> Bool {
        let (end, start) = (a.range.upperBound, b.range.lowerBound)
        guard end <= start else { return false }
        if text.scalars[end..<start].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) { return true }
        // The longest connector, في منطقة, with a space either side; longer gaps join nothing.
        guard start - end <= 12 else { return false }
        let gap = connector(a, b)
        return gap.isEmpty || Self.connectors[gap] != nil && (b.kind == .place || gap == "لدى" && b.kind == .organisation)
    }

    /// The word between two role parts, if any.
    func connector(_ a: BriefMention, _ b: BriefMention) -> String {
        text.text(a.range.upperBound..<b.range.lowerBound).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// في X: the place the office is in (", Spain"); لدى X: the country an ambassador is posted to;
    /// منطقة X: a Saudi region, of the office (مدير شرطة منطقة عسير) or, with ب or في, where a
    /// body's branch is (الدفاع المدني بمنطقة الرياض).
    static let connectors: [String: String] = [
        "في": ", ", "لدى": " to ", "منطقة": " of ", "لمنطقة": " of ", "بمنطقة": " in ", "في منطقة": " in ",
    ]

    /// Only spaces, commas and courtesy words (السيد، الدكتور، اللواء) between two offsets.
    func onlyPunctuation(between start: Int, and end: Int) -> Bool {
        CourtesyWords.only(text, start, end)
    }
}
