import Core

/// Name-like words no glossary knows: words with the endings of Central Asian and Russian
/// surnames (‑وف ‑يف ‑ييف ‑وفا ‑ينكو), two or three words right after a title that are not
/// themselves recognised, and a known given name with a family name that has the article. They
/// are candidates for the glossary, not facts. The word lists are in `UnknownNames+Words`.
struct UnknownNames {
    let text: BriefText
    let mentions: [BriefMention]
    /// Known given names: before a word with the article they start a name whose family name
    /// has it (عادل الجبير). Built-in only: a translator's lists mix in surnames (أوباما المؤكد).
    var givenNames: NameSpellings = .builtinGivenNames

    /// Without a one-letter preposition (بمقذوف → مقذوف).
    static func withoutPreposition(_ norm: String) -> String {
        guard let first = norm.unicodeScalars.first, "بلك".unicodeScalars.contains(first), norm.unicodeScalars.count > 4 else { return norm }
        return String(norm.unicodeScalars.dropFirst())
    }

    /// A name found: as written, where it starts in the text, and what makes two occurrences
    /// one name (a single word's normalized form: أوباما and اوباما are one).
    struct Found: Equatable {
        var name: String
        var start: Int
        var key: String
        /// Where the name ends in the text.
        var end: Int
        /// A monarch's given name alone after the title (الملك سلمان): the king or queen, whom
        /// the article may also name in full.
        var regnal = false
        /// The regnal number written after the name (الثاني → II), or "".
        var number = ""
    }

    /// The names in text order: each once (its first occurrence), or with `everyOccurrence`
    /// each time it is written (for the gists of the sentences it is in). Each word is tried
    /// against the rules in `UnknownNames+Rules`, in their order there; the first that takes
    /// it gives the name.
    func find(skipping isChrome: (Range<Int>) -> Bool, everyOccurrence: Bool = false) -> [Found] {
        var found: [Found] = []
        var seen = Set<String>()
        func add(_ name: String, key: String, at start: Int, end: Int) {
            if seen.insert(key).inserted || everyOccurrence { found.append(Found(name: name, start: start, key: key, end: end)) }
        }
        let coverage = Coverage(text: text, mentions: mentions)
        // Most articles name no king: the regnal rule is not tried in them.
        let hasMonarchTitle = mentions.contains { $0.kind == .title && monarchTitle($0) != nil }
        var skip = -1
        for (index, word) in text.words.enumerated() where index > skip && word.kind == .arabic && word.letters >= 2 {
            guard !coverage.words[index], !isFunctionWord(word) else { continue }
            guard !isChrome(word.range) else { continue }
            if surnameAfterTitle(index, coverage) {
                add(text.text(of: word), key: text.norm(of: word), at: word.range.lowerBound, end: word.range.upperBound)
                continue
            }
            if let last = wordsAfterTitle(index, coverage) ?? kunyaAfterTitle(index, coverage)
                ?? givenAndFamilyName(index, coverage) ?? nameAfterCourtesyWord(index, coverage)
                ?? nameBeforeApposition(index, coverage) ?? foreignGivenAndFamilyName(index, coverage) {
                let last = lineageEnd(from: index, last, coverage)
                var name = (index...last).map { text.text(of: text.words[$0]) }.joined(separator: " ")
                var start = word.range.lowerBound
                // وأتسوتوشي نيشيدا is "and Atsutoshi Nishida": no name starts with و and a hamza on alef.
                if Self.startsWithAndHamza(name) {
                    name = String(name.unicodeScalars.dropFirst())
                    start += 1
                }
                skip = last
                add(name, key: name, at: start, end: text.words[last].range.upperBound)
                continue
            }
            if hasMonarchTitle, let (last, number) = regnalName(index, coverage) {
                let end = text.words[last].range.upperBound
                let nameEnd = number.isEmpty ? end : text.words[last - 1].range.upperBound
                let name = text.text(word.range.lowerBound..<nameEnd)
                skip = last
                if seen.insert(name + number).inserted || everyOccurrence {
                    found.append(Found(name: name, start: word.range.lowerBound, key: name + number, end: end, regnal: true, number: number))
                }
                continue
            }
            if let start = surnameEndingStart(index) {
                // وداساييف is "and Dasayev": the name starts after the conjunction.
                var key = text.norm(of: word)
                if start > word.range.lowerBound { key = String(key.unicodeScalars.dropFirst()) }
                add(text.text(start..<word.range.upperBound), key: key, at: start, end: word.range.upperBound)
            }
        }
        return found
    }

    /// Whether `name` starts with the conjunction و before a hamza on alef (وأ، وإ، وآ).
    static func startsWithAndHamza(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars.prefix(2))
        return scalars.count == 2 && scalars[0] == "و" && ["أ", "إ", "آ"].contains(scalars[1])
    }

    /// The glossary's mentions without the people whose lineage is only the start of someone
    /// else's name (`startsSomeoneElsesName`): the rules then read the whole name.
    static func withoutLineagesOfOthers(_ mentions: [BriefMention], in text: BriefText) -> [BriefMention] {
        guard mentions.contains(where: { $0.kind == .person && $0.english.contains(" bin ") }) else { return mentions }
        let names = UnknownNames(text: text, mentions: mentions)
        let coverage = Coverage(text: text, mentions: mentions)
        let others = Set(mentions.indices.filter { names.startsSomeoneElsesName($0, coverage) })
        return others.isEmpty ? mentions : mentions.enumerated().filter { !others.contains($0.offset) }.map(\.element)
    }

    /// Whether glossary person `k`, a lineage (عبدالله بن عبدالعزيز), is only the start of
    /// someone else's name: a family name with the article follows it (الدكتور عبدالله بن
    /// عبدالعزيز الربيعة, the head of the relief centre, is not the late King), and no royal or
    /// princely title comes before it (الملك سلمان بن عبدالعزيز الدعم: the King, then the
    /// object of the verb).
    func startsSomeoneElsesName(_ k: Int, _ coverage: Coverage) -> Bool {
        let mention = mentions[k]
        guard mention.kind == .person, mention.english.contains(" bin ") else { return false }
        let next = text.word(atOrAfter: mention.range.upperBound)
        guard next < text.words.count, !coverage.words[next], text.gapIsBlank(next),
              isFamilyName(text.words[next]) || isFeminineFamilyName(text.words[next]) else { return false }
        let first = text.word(atOrAfter: mention.range.lowerBound)
        guard first < text.words.count, let title = titleBefore(text.words[first]) else { return true }
        return !(isRoyal(title) || isPrincely(title))
    }

    /// Which words and ranges the glossary's hits cover, found once per text.
    struct Coverage {
        let words: [Bool]
        let ranges: RangeList

        init(text: BriefText, mentions: [BriefMention]) {
            // One sweep: mentions are in text order.
            var words = [Bool](repeating: false, count: text.words.count)
            var m = 0
            for (index, word) in text.words.enumerated() {
                while m < mentions.count, mentions[m].range.upperBound <= word.range.lowerBound { m += 1 }
                words[index] = m < mentions.count && mentions[m].range.overlaps(word.range)
            }
            self.words = words
            ranges = RangeList(mentions.map(\.range))
        }
    }

    /// The last word of the name part that starts at word `i`: عبد or أبو and the word after it
    /// are one name (عبد العزيز، عبد الله، أبو رأس، أبو الغيط), although that word may have the
    /// article, and so are the names that end in الله (ضيف الله، فتح الله).
    func partEnd(_ i: Int) -> Int {
        guard i + 1 < text.words.count, text.words[i + 1].kind == .arabic, text.gapIsBlank(i + 1) else { return i }
        // Names ending in الله are one name too (سعد الله، نصر الله، فتح الله).
        // After بن any word and الله are a name (بن دخيل الله، بن رجاء الله).
        let compound = Self.compoundNameStarts.contains(text.words[i].key)
            || text.words[i + 1].key == Self.allah
                && (Self.beforeAllah.contains(text.words[i].key) || i > 0 && Self.kinship.contains(text.words[i - 1].key))
        return compound ? i + 1 : i
    }

    /// Right after a role chain that has a title: `السفير`, `الرئيس الأمريكي`, `رئيس كازاخستان`.
    func followsTitle(_ word: BriefText.Word) -> Bool { titleBefore(word) != nil }

    /// The title of the role chain right before `word` (or before it and a comma), if there is one.
    func titleBefore(_ word: BriefText.Word, acrossComma: Bool = false) -> BriefMention? {
        guard var k = mentions.lastIndex(endingBy: word.range.lowerBound) else { return nil }
        let end = mentions[k].range.upperBound
        guard onlyCourtesy(end, word.range.lowerBound) || acrossComma && isOneComma(between: end, and: word.range.lowerBound)
        else { return nil }
        // After an office's time (الرئيس السابق) a verb or a noun follows as often as a name
        // (الرئيس السابق سيكون أفضل): only a name a spelling table knows counts there.
        if hasOfficeTime(between: end, and: word.range.lowerBound) {
            let i = text.word(atOrAfter: word.range.lowerBound)
            guard isKnownNameWord(word) || i + 1 < text.words.count && text.gapIsBlank(i + 1) && isKnownNameWord(text.words[i + 1])
            else { return nil }
        }
        let chain = PeopleFinder(text: text, mentions: mentions)
        while PeopleFinder.isRolePart(mentions[k].kind) {
            if mentions[k].kind == .title { return mentions[k] }
            guard k > 0, chain.joins(mentions[k - 1], mentions[k]) else { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether a title is royal (الملك، ولي العهد، خادم الحرمين الشريفين): the names after it
    /// are a king's or a prince's, which also name airports, universities and hospitals
    /// (مطار الملك خالد الدولي), and have no family name with the article.
    /// So is a deputy's or an adviser's (نائب خادم الحرمين الشريفين، مستشار خادم الحرمين الشريفين).
    func isRoyal(_ title: BriefMention) -> Bool { Self.isRoyal(title, in: text) }

    static func isRoyal(_ title: BriefMention, in text: BriefText) -> Bool {
        let words = Array(text.words[text.wordIndices(of: title.range)])
        guard let first = words.first else { return false }
        if has(first, in: royalTitleWords) { return true }
        return words.count > 1 && has(first, in: dependantTitleWords) && has(words[1], in: royalTitleWords)
    }

    /// Whether a title is a prince's or a princess's (الأمير، أمير منطقة الرياض، نائب أمير
    /// منطقة، أمير دولة قطر): one of its first two words is أمير.
    func isPrincely(_ title: BriefMention) -> Bool { Self.isPrincely(title, in: text) }

    static func isPrincely(_ title: BriefMention, in text: BriefText) -> Bool {
        text.words[text.wordIndices(of: title.range)].prefix(2).contains { has($0, in: princeTitleWords) }
    }

    /// Whether `title` stands right before `word` and still awaits what it is the office of:
    /// an office followed by its place (محافظ، أمير منطقة، مدير شرطة), or a one-word title
    /// without the article, which in Arabic is the first term of a construct (مدير مستشفى سوق
    /// الخضار، قائد أولى بطولاته): the words after it are that complement, not a name. A title
    /// with the article or with its own complement is complete (السفير، المدير العام، أمير قطر)
    /// and a name may follow it.
    func awaitsItsPlace(_ title: BriefMention, _ word: BriefText.Word) -> Bool {
        let words = text.words[text.wordIndices(of: title.range)]
        guard let last = words.last, onlySpaces(title.range.upperBound, word.range.lowerBound) else { return false }
        return Self.has(last, in: Self.officesOfAPlace) || words.count == 1 && !last.definite
    }

    /// Whether a word of an office's time (الجديد، الحالي، السابق) stands between two offsets.
    func hasOfficeTime(between start: Int, and end: Int) -> Bool {
        text.hasWord(between: start, and: end, in: CourtesyWords.officeTimeKeys)
    }

    /// Whether a royal or princely title follows a noun of a place or a thing named after its
    /// holder (مطار الأمير نايف الدولي، مركز الأمير سلطان الحضاري، جامعة الأميرة نورة; an
    /// opening quote between: معرض «الملك فيصل»): what follows is that place's name.
    func namesAPlace(_ title: BriefMention) -> Bool {
        guard isRoyal(title) || isPrincely(title) else { return false }
        let i = text.wordIndices(of: title.range).lowerBound - 1
        guard i >= 0, text.words[i].kind == .arabic,
              text.scalars[text.words[i].range.upperBound..<title.range.lowerBound].allSatisfy({ Self.spaceOrOpeningQuote.contains($0) })
        else { return false }
        if Self.has(text.words[i], in: Self.namedAfterNouns) { return true }
        // كمطار الملك خالد: "such as" before the noun.
        let bytes = text.normalizedBytes[text.words[i].normRange]
        return bytes.starts(with: [0xD9, 0x83]) && bytes.count > 8 && Self.namedAfterNouns.contains(Self.key(bytes.dropFirst(2)))
    }

    static let spaceOrOpeningQuote: Set<Unicode.Scalar> = [" ", "\t", "\u{00A0}", "«", "\"", "\u{201C}", "(", "'"]

    static func has(_ word: BriefText.Word, in list: WordKeySet) -> Bool {
        list.contains(word.key) || list.contains(word.conjunctionlessKey) || list.contains(word.bareKey)
    }

    /// و before a name a spelling table knows (وجوزيف، ومحمد), where the word itself is no name
    /// (ويليام and وليد are).
    func isAndAName(_ word: BriefText.Word) -> Bool {
        word.conjunctionlessKey != word.key && !NameSpellings.builtin.contains(key: word.key)
            && NameSpellings.builtin.contains(key: word.conjunctionlessKey)
    }

    /// A body, a place or a nisba the glossary knows right before `word`, with only spaces between.
    func followsRolePart(_ word: BriefText.Word) -> Bool {
        guard let k = mentions.lastIndex(endingBy: word.range.lowerBound) else { return false }
        return [.organisation, .place, .adjective].contains(mentions[k].kind) && onlySpaces(mentions[k].range.upperBound, word.range.lowerBound)
    }

    /// A courtesy word or a rank right before word `i` (الدكتور، الشيخ، المهندس، اللواء), with only
    /// spaces between.
    func followsCourtesyWord(_ i: Int) -> Bool {
        guard i > 0, text.words[i - 1].kind == .arabic, text.gapIsSpaces(i) else { return false }
        let before = text.words[i - 1]
        // Also with و: the next name of a list (تعيين الأمير …، والدكتور خالد بن عبدالمحسن المحيسن).
        if CourtesyWords.keys.contains(before.key) || CourtesyWords.keys.contains(before.conjunctionlessKey)
            || Self.has(before, in: Self.professions) { return true }
        // A profession and its adjective (المحلل السياسي ناجي السامعي، الكاتب الصحفي).
        return i > 1 && before.definite && text.gapIsSpaces(i - 1) && Self.has(text.words[i - 2], in: Self.professions)
    }

    /// A title mention without clitics starts at word `i`: an apposition names the office
    /// itself (جون فالون، المدير العام), not a second one with و.
    func startsATitle(_ i: Int) -> Bool {
        mentions.contains { $0.kind == .title && $0.range.lowerBound == text.words[i].range.lowerBound && $0.clitics.isEmpty }
    }

    /// A comma (or the end of the text) right before word `i`: what closes a name in apposition.
    func isClosedByComma(_ i: Int) -> Bool {
        guard i < text.words.count else { return true }
        let gap = text.scalars[text.words[i].gapRange]
        return gap.contains("،") || gap.contains(",")
    }

    /// One comma (Arabic or Latin) and spaces or tabs between two source offsets.
    func isOneComma(between start: Int, and end: Int) -> Bool {
        let marks = text.scalars[start..<end].filter { $0 != " " && $0 != "\t" }
        return marks == ["،"] || marks == [","]
    }

    /// Only spaces and tabs between two source offsets.
    /// Only spaces and courtesy words (وزير التعليم الدكتور عزام) between two offsets.
    func onlyCourtesy(_ start: Int, _ end: Int) -> Bool {
        guard start <= end else { return false }
        return onlySpaces(start, end) || CourtesyWords.only(text, start, end, commas: false)
    }

    func onlySpaces(_ start: Int, _ end: Int) -> Bool {
        guard start <= end else { return false }
        return text.scalars[start..<end].allSatisfy { $0 == " " || $0 == "\t" }
    }

    func isCandidate(_ word: BriefText.Word, _ covered: RangeList) -> Bool {
        // A word written with tanween (اجتماعاً، مؤتمراً) is an object or an adverb, never a name.
        // A name the table knows may start like the article (الكسيس تسيبراس: Alexis Tsipras).
        word.kind == .arabic && word.letters >= 2
            && (!word.definite || word.key != Self.allah && NameSpellings.builtin.contains(key: word.key))
            && !isFunctionWord(word)
            && !CourtesyWords.keys.contains(word.key)
            && !text.scalars[word.range].contains("\u{064B}")
            && !Self.institutionNouns.contains(word.key) && !Self.institutionNouns.contains(word.bareKey)
            && !Self.has(word, in: Self.namedAfterNouns) && !isPrepositionalNoun(word)
            && !isInstitutionWithPronoun(word)
            && !Self.honorificKeys.contains(word.key)
            // Also with و/ب/ل (لشركة، وسمو) or ف before them, or و/ف then ب/ل (ولسمو).
            && !Self.honorificKeys.contains(word.bareKey) && !Self.honorificKeys.contains(word.conjunctionlessKey)
            && !isHonorificAfterTwoClitics(word) && !covered.overlaps(word.range)
    }
}
