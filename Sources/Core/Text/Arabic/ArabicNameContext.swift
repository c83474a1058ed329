/// When a word that reads as a nisba adjective is a person's given name. Many nisbas are also
/// names — تركي is "Turkish" and the name Turki — and Gulf news writes the name far more often
/// (الأمير تركي الفيصل، فيصل بن تركي). Without its article the adjective follows the noun it
/// describes (مسؤول تركي، هجوم تركي); the name follows a kinship word or an honorific, comes
/// before بن/آل, or is followed straight away by a family name with the article.
public enum ArabicNameContext {
    /// Words after which the next word is a name: kinship (بن، ابن، بنت، أبو، أم, and with a
    /// pronoun: أخيه، نجله، والده; not آل, which normalizes to the article and comes before
    /// family names), honorifics
    /// and ranks, and the nouns news prose puts before a named person.
    public static let before = WordKeySet(LineKey.wordHashes(of: """
        بن ابن بنت أبو ابو أبي أم الأمير الأميرة أمير الشيخ الشيخة شيخ الملك الإمام السيد السيدة \
        سمو معالي فخامة سعادة الأستاذ الدكتور د المهندس الملازم النقيب الرائد المقدم العقيد العميد \
        اللواء الفريق العريف الرقيب المواطن المواطنة الطالب اللاعب الزميل الشاب الطفل المتهم الشهيد \
        أخيه أخوه أخاه أخيها شقيقه شقيقها ابنه ابنها نجله والده أبيه أبوه جده حفيده
        """))

    /// Nisbas that are also common given names: only these are read as a name before a definite
    /// word (تركي الفيصل), since "دولار أمريكي المحتجز" is an adjective before one too.
    public static let givenNames = WordKeySet(LineKey.wordHashes(of: "تركي عربي شامي"))

    /// Words after which the previous word is a name: بن، ابن، بنت، آل.
    public static let after = WordKeySet(LineKey.wordHashes(of: "بن ابن بنت آل"))

    /// Definite words that follow an indefinite nisba that stays an adjective: its complement
    /// (تركي الأصل، تركي الجنسية، تركي الصنع) or a time (فريق تركي الثلاثاء المقبل).
    public static let complements = WordKeySet(LineKey.wordHashes(of: """
        الأصل الجنسية الصنع المنشأ اللغة الهوى اليوم الأحد الاثنين الثلاثاء الأربعاء الخميس \
        الجمعة السبت الأسبوع الشهر العام الماضي المقبل الحالي الجاري
        """))

    /// Whether a word that normalizes to علي is the preposition على as written: its last letter,
    /// past diacritics and tatweel, is alef maqsura (ى, or the Persian ye ی that writes both).
    /// Folding ى to ي makes the preposition and the name Ali one key; the written letter tells
    /// them apart (الحكم على الكندي, the verdict on the Canadian; العقيد محمد علي العروي).
    /// `written` is the word's scalars in the source.
    public static func isPrepositionAla<Written: BidirectionalCollection>(written: Written) -> Bool
    where Written.Element == Unicode.Scalar {
        guard let last = written.last(where: { $0 != "\u{0640}" && $0.properties.generalCategory != .nonspacingMark })
        else { return false }
        return last == "\u{0649}" || last == "\u{06CC}"
    }

    /// Whether a definite word right after `previous` is the second half of a theophoric name:
    /// after عبد (وعبد، لعبد) a word with the article is one of God's names (عبد الملك، عبد
    /// السلام، عبد العزيز), not "the King" or "peace". `word` is the normalized word itself.
    public static func isSecondHalfOfAbdName(_ word: UnsafeBufferPointer<UInt8>, previous: UnsafeBufferPointer<UInt8>?) -> Bool {
        guard let previous, word.count >= 6, word[0] == 0xD8, word[1] == 0xA7, word[2] == 0xD9, word[3] == 0x84 else { return false }
        // عبد, after at most و/ف and ب/ل: the last six bytes, and no more than four before them.
        let abd: [UInt8] = [0xD8, 0xB9, 0xD8, 0xA8, 0xD8, 0xAF]
        guard previous.count >= 6, previous.count <= 10, previous.suffix(6).elementsEqual(abd) else { return false }
        let prefix = previous.prefix(previous.count - 6)
        var i = prefix.startIndex
        while i < prefix.endIndex {
            guard i + 1 < prefix.endIndex else { return false }
            let (lead, trail) = (prefix[i], prefix[i + 1])
            // و ف ل (0xD9 0x88/0x81/0x84) or ب (0xD8 0xA8)
            guard lead == 0xD9 && (trail == 0x88 || trail == 0x81 || trail == 0x84) || lead == 0xD8 && trail == 0xA8 else { return false }
            i += 2
        }
        return true
    }

    /// Whether `word`, a bare word (no article) that reads as a nisba, is a given name here,
    /// from the normalized words just before and after it (`nil` at a phrase boundary).
    public static func isGivenName(_ word: UnsafeBufferPointer<UInt8>, previous: UnsafeBufferPointer<UInt8>?,
                                   next: UnsafeBufferPointer<UInt8>?) -> Bool {
        if let previous {
            if before.contains(LineKey.word(previous)) { return true }
            // With its proclitics read off as the matcher reads them: والأمير، فالشيخ، للأمير (ل + الأمير).
            var found = false
            ArabicProclitics.forEachReading(of: previous) { reading in
                let stem = UnsafeBufferPointer(rebasing: previous[reading.strip...])
                let key = reading.prepend == .none ? LineKey.word(stem)
                    : (reading.prepend.bytes + stem).withUnsafeBufferPointer { LineKey.word($0) }
                found = before.contains(key)
                return !found
            }
            if found { return true }
        }
        guard let next else { return false }
        let key = LineKey.word(next)
        if after.contains(key) { return true }
        // A name, then a family name with the article: تركي الفيصل (not الذي, not الأصل, not الخميس).
        let definite = next.count >= 8 && next[0] == 0xD8 && next[1] == 0xA7 && next[2] == 0xD9 && next[3] == 0x84
        return definite && givenNames.contains(LineKey.word(word)) && !complements.contains(key)
            && !ArabicFunctionWords.hashes.contains(key)
    }
}
