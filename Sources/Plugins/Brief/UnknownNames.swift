import Core

/// Name-like words no glossary knows: words with the endings of Central Asian and Russian
/// surnames (‑وف ‑يف ‑ييف ‑وفا ‑ينكو), and a word right after a title that is not itself
/// recognised. They are candidates for the glossary, not facts.
struct UnknownNames {
    let text: BriefText
    let mentions: [BriefMention]

    /// Endings of Central Asian and Russian surnames. Plain ‑يف is left out: Arabic verbal
    /// nouns end in it (تكاليف, تصنيف, توظيف).
    static let endings = ["ييف", "اييف", "وف", "وفا", "ييفا", "ينكو", "وفيتش", "يفيتش"]

    /// Honorifics and courtesy titles that precede names but are not names (سمو, معالي).
    static let honorifics: Set<String> = ["سمو", "معالي", "فخامه", "سعاده", "دوله", "سماحه", "دكتور", "مهندس", "شيخ", "امير", "ملك", "سيد", "سيده"]

    /// Nouns that head institutions (مجلس إدارة, هيئة تنظيم): after a title they start a
    /// construct, not a name.
    static let institutionNouns: Set<String> = [
        "مجلس", "هيئه", "وزاره", "لجنه", "شركه", "اداره", "مؤسسه", "جمعيه", "جامعه", "مركز", "بنك", "صندوق",
        "اتحاد", "منظمه", "حزب", "قسم", "دائره", "مكتب", "مجموعه", "غرفه", "نادي", "مدينه", "محافظه", "امانه",
        "تحرير", "وزراء", "جمهوريه", "مملكه", "اماره", "ولايه", "حكومه", "برلمان", "دوله",
    ]

    /// Without a one-letter preposition (بمقذوف → مقذوف).
    static func withoutPreposition(_ norm: String) -> String {
        guard let first = norm.unicodeScalars.first, "بلك".unicodeScalars.contains(first), norm.unicodeScalars.count > 4 else { return norm }
        return String(norm.unicodeScalars.dropFirst())
    }

    /// With the article, alone or after a preposition or conjunction (ال، لل، بال، وال، فال، كال).
    static func definite(_ norm: String) -> Bool {
        ["ال", "لل", "بال", "وال", "فال", "كال"].contains { norm.hasPrefix($0) }
    }

    func find(skipping isChrome: (Range<Int>) -> Bool) -> [String] {
        var found: [String] = []
        var seen = Set<String>()
        let covered = mentions.map(\.range)
        var skip = -1
        for (index, word) in text.words.enumerated() where index > skip && word.kind == .arabic && word.norm.unicodeScalars.count >= 2 {
            guard !covered.contains(where: { $0.overlaps(word.range) }), !isChrome(word.range) else { continue }
            let bare = EventFinder.withoutConjunction(word.norm)
            guard !ArabicFunctionWords.normalized.contains(word.norm) else { continue }
            // Six letters at least, no article, not the مفعول pattern (معروف, مقذوف): not a common word.
            let stem = Self.withoutPreposition(bare)
            let nameLike = stem.unicodeScalars.count >= 6 && !Self.definite(word.norm)
                && !(stem.hasPrefix("م") && stem.unicodeScalars.count <= 6)
                && Self.endings.contains { stem.hasSuffix($0) }
            // After a title: two unknown words that are neither function words nor definite
            // (السفير دانيار كوشيرباييف), the name the title introduces.
            if index + 1 < text.words.count, isCandidate(word, covered),
               isCandidate(text.words[index + 1], covered), text.words[index + 1].gap.trimmingSpaces.isEmpty,
               followsTitle(word),
               // A definite word after the pair continues a construct (رئيس مجلس إدارة الشركة): not a name.
               index + 2 >= text.words.count || !EventFinder.withoutConjunction(text.words[index + 2].norm).hasPrefix("ال")
                || !text.words[index + 2].gap.trimmingSpaces.isEmpty {
                let pair = word.text + " " + text.words[index + 1].text
                if seen.insert(pair).inserted { found.append(pair) }
                skip = index + 1
                continue
            }
            if nameLike {
                if seen.insert(word.norm).inserted { found.append(word.text) }
                continue
            }
        }
        return found
    }

    /// Right after a role chain that has a title: `السفير`, `الرئيس الأمريكي`, `رئيس كازاخستان`.
    func followsTitle(_ word: BriefText.Word) -> Bool {
        guard var k = mentions.lastIndex(where: { $0.range.upperBound <= word.range.lowerBound }),
              onlySpaces(mentions[k].range.upperBound, word.range.lowerBound) else { return false }
        while PeopleFinder.isRolePart(mentions[k].kind) {
            if mentions[k].kind == .title { return true }
            guard k > 0, onlySpaces(mentions[k - 1].range.upperBound, mentions[k].range.lowerBound) else { return false }
            k -= 1
        }
        return false
    }

    /// Only spaces and tabs between two source offsets.
    func onlySpaces(_ start: Int, _ end: Int) -> Bool {
        guard start <= end else { return false }
        return text.scalars[start..<end].allSatisfy { $0 == " " || $0 == "\t" }
    }

    func isCandidate(_ word: BriefText.Word, _ covered: [Range<Int>]) -> Bool {
        word.kind == .arabic && !covered.contains { $0.overlaps(word.range) } && !Self.institutionNouns.contains(word.norm)
            && !Self.honorifics.contains(word.norm) && !(word.norm.hasPrefix("و") && Self.honorifics.contains(String(word.norm.dropFirst())))
            && !ArabicFunctionWords.normalized.contains(word.norm) && !word.norm.hasPrefix("ال")
            && !EventFinder.withoutConjunction(word.norm).hasPrefix("ال") && word.norm.unicodeScalars.count >= 2
    }
}
