import Core

/// Names that belong to someone related to a title holder, not to the holder: a relative,
/// a deputy, an adviser, someone at the holder's office.
extension PeopleFinder {
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
        var i = text.wordIndices(of: mention.range).lowerBound - 1
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
}
