import Core

/// What a single word is, for `UnknownNames`: a family name, a verb, an office or an honorific
/// behind clitics.
extension UnknownNames {
    /// A word the built-in spellings have, or with a Central Asian surname ending.
    func isKnownNameWord(_ word: BriefText.Word) -> Bool {
        if NameSpellings.builtin.contains(key: word.key) { return true }
        let norm = text.norm(of: word)
        return norm.unicodeScalars.count >= 5 && Self.endings.contains { norm.hasSuffix($0) }
    }

    /// The key (`LineKey.word`) of normalized bytes cut from a word: the word without a prefix
    /// or with another ending, for the lists' look-ups.
    static func key<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        Array(bytes).withUnsafeBufferPointer { LineKey.word($0) }
    }

    /// A short word starting with ي that no spelling list has, right after a title: an
    /// imperfect verb (السفير يزور، الرئيس يلتقي), not a name; the ي-names are in the lists
    /// (يوسف، يحيى). Only for a name's first word: a surname may start so (موشي يعلون).
    func looksLikeImperfectVerb(_ word: BriefText.Word) -> Bool {
        let bytes = text.normalizedBytes[word.normRange]
        return word.letters <= 5 && bytes.count >= 2 && bytes[bytes.startIndex] == 0xD9 && bytes[bytes.startIndex + 1] == 0x8A
            && !NameSpellings.builtin.contains(key: word.key)
    }

    /// A preposition before a verbal noun, which no name is: ب or ل before a hamza on alef
    /// (بإقامة، لإعادة، بأنه), or before ت and three letters more (بتشكيل، بتأمين، لتعزيز), or و
    /// then ب (وبهدف). Names that start with ب keep a plain alef or a short remainder
    /// (بايدن، باسيل، بترو، بتول). Read on the written letters: normalization folds the hamza.
    func isPrepositionalNoun(_ word: BriefText.Word) -> Bool {
        let (b, l, w) = (Unicode.Scalar("ب"), Unicode.Scalar("ل"), Unicode.Scalar("و"))
        let first = text.scalars[word.range.lowerBound]
        guard first == b || first == l || first == w else { return false }
        // The letters' facts, without diacritics or tatweel and without making a string: this
        // runs for every candidate word.
        var count = 0
        var second = first, beforeLast = first, last = first
        for scalar in text.scalars[word.range] where !(0x064B...0x0652).contains(scalar.value) && scalar != "\u{0640}" {
            count += 1
            if count == 2 { second = scalar }
            beforeLast = last
            last = scalar
        }
        guard count >= 3 else { return false }
        if first == w { return second == b && !NameSpellings.builtin.contains(key: word.key) }
        if second == "إ" || second == "أ" { return true }
        guard count >= 5, !NameSpellings.builtin.contains(key: word.key) else { return false }
        if second == "ت" { return true }
        // A noun's endings: ة, the plural ات, the pronouns هم and ها (بزيارة، لاحتفالات، لوجودهم);
        // not after با, which starts Hadhrami family names (باسلمة، باعشن).
        guard second != "ا" else { return false }
        return last == "ة" || beforeLast == "ا" && last == "ت" || beforeLast == "ه" && (last == "م" || last == "ا")
    }

    /// A word written with the preposition ل that no spelling table knows as a name: after a
    /// title it is what the title heads (الرئيس التنفيذي لجلف كابيتال), not the holder's name.
    func isComplementWithLam(_ word: BriefText.Word) -> Bool {
        text.scalars[word.range.lowerBound] == "ل" && word.bareKey != word.key && !NameSpellings.builtin.contains(key: word.key)
    }

    /// A word written with the conjunction و that no spelling table knows as a name: after a
    /// first word it adds a second thing (بدعم وتأييد), it does not go on with the name.
    func isCoordinated(_ word: BriefText.Word) -> Bool {
        text.scalars[word.range.lowerBound] == "و" && !NameSpellings.builtin.contains(key: word.key)
    }

    /// An honorific behind a conjunction and a preposition: ولسمو، وبسمو، فلمعالي.
    func isHonorificAfterTwoClitics(_ word: BriefText.Word) -> Bool {
        let bytes = text.normalizedBytes[word.normRange]
        guard bytes.count > 8 else { return false }
        let i = bytes.startIndex
        // و or ف, then ب or ل (all D9 xx / D8 A8).
        guard bytes[i] == 0xD9, bytes[i + 1] == 0x88 || bytes[i + 1] == 0x81,
              bytes[i + 2] == 0xD9 && bytes[i + 3] == 0x84 || bytes[i + 2] == 0xD8 && bytes[i + 3] == 0xA8 else { return false }
        return Self.honorificKeys.contains(Self.key(bytes.dropFirst(4)))
    }

    /// An institution noun or an honorific with a possessive pronoun (وزير خارجيته: "his
    /// foreign minister"; سعادته: "his excellency").
    func isInstitutionWithPronoun(_ word: BriefText.Word) -> Bool {
        let bytes = text.normalizedBytes[word.normRange]
        // ـته → ـه: the ة that the pronoun turned into ت (normalized ة is ه).
        guard bytes.count > 6, bytes.reversed().starts(with: [0x87, 0xD9, 0xAA, 0xD8]) else { return false }
        let noun = Self.key(bytes.dropLast(4) + [0xD9, 0x87])
        return Self.institutionNouns.contains(noun) || Self.honorificKeys.contains(noun)
    }

    /// Whether a word (or its key without و, `key`) is a function word of the Arabic layer. The
    /// preposition على folds to the name علي; written with ي it is the name (العقيد محمد علي
    /// العروي), which the list would otherwise never let be one.
    func isFunctionWord(_ word: BriefText.Word, key: UInt64? = nil) -> Bool {
        Self.isFunctionWord(word, key: key, in: text)
    }

    static func isFunctionWord(_ word: BriefText.Word, key: UInt64? = nil, in text: BriefText) -> Bool {
        let key = key ?? word.key
        guard functionWords.contains(key) else { return false }
        return key != ali || ArabicNameContext.isPrepositionAla(written: text.scalars[word.range])
    }

    static let ali = BriefKey.of("علي")

    /// A definite adjective of relation (التخصصي، الدولي، الطبية): after a monarch's name it
    /// goes on with the name of a place named after him.
    func isNisba(_ word: BriefText.Word) -> Bool {
        guard word.definite, word.letters >= 6 else { return false }
        let norm = text.norm(of: word)
        return norm.hasSuffix("ي") || norm.hasSuffix("يه") || norm.hasSuffix("ية")
    }

    /// A family name with the article and a feminine ending that is no nisba (الربيعة، القرعاوي
    /// is masculine; الدولية، العالمية are adjectives): after a lineage only, where an adjective
    /// rarely stands.
    func isFeminineFamilyName(_ word: BriefText.Word) -> Bool {
        guard mayBeFamilyName(word, minimumLetters: 6) else { return false }
        let bytes = Array(text.normalizedBytes[word.normRange])
        guard bytes.starts(with: [0xD8, 0xA7, 0xD9, 0x84]), bytes.count >= 4,
              bytes.suffix(2).elementsEqual([0xD9, 0x87]) else { return false }  // ال … ه (ة folded)
        return !bytes.dropLast(2).suffix(2).elementsEqual([0xD9, 0x8A])  // not يه (ية)
    }

    /// A family name with the article: a definite word of three letters or more after ال that
    /// is no office, time, ordinal or adjective of position (الثاني، السابق، اليوم).
    func isFamilyName(_ word: BriefText.Word) -> Bool {
        guard mayBeFamilyName(word, minimumLetters: 5) else { return false }
        let bytes = text.normalizedBytes[word.normRange]
        guard bytes.starts(with: [0xD8, 0xA7, 0xD9, 0x84]) else { return false }  // ال
        // A feminine ending is an adjective (الدولية، الرياضية), not a family name.
        guard !bytes.reversed().starts(with: [0x87, 0xD9]) else { return false }  // ه (ة folded)
        let key = Self.key(bytes.dropFirst(4))
        return !Self.institutionNouns.contains(key) && !Self.honorificKeys.contains(key)
    }

    /// What both kinds of family name need: a definite Arabic word of `minimumLetters` at least,
    /// no function word, no tanween, no office, time or ordinal, no institution noun.
    private func mayBeFamilyName(_ word: BriefText.Word, minimumLetters: Int) -> Bool {
        word.kind == .arabic && word.definite && word.letters >= minimumLetters && !isFunctionWord(word)
            && !text.scalars[word.range].contains("\u{064B}") && !Self.notFamilyNames.contains(word.key)
            && !Self.institutionNouns.contains(word.key)
    }
}
