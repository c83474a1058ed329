import Core

/// The rules that take a name no glossary knows, tried in this order on each word. Each returns
/// the index of the name's last word (the name runs from the word tried), or nil.
extension UnknownNames {
    /// A well-known surname after a title is the name by itself (الرئيس أوباما ووفدا: not "Obama
    /// Wofda"), unless a name the table knows follows (آشتون كارتر).
    func surnameAfterTitle(_ index: Int, _ coverage: Coverage) -> Bool {
        let word = text.words[index]
        let second = partEnd(index) + 1
        guard mayFollowATitle(index, coverage), NameSpellings.builtinSurnames.contains(key: word.key), !givenNames.contains(key: word.key),
              second >= text.words.count || !NameSpellings.builtin.contains(key: text.words[second].key),
              isCandidate(word, coverage.ranges), let title = titleBefore(word), !isRoyal(title), !awaitsItsPlace(title, word)
        else { return false }
        return true
    }

    /// After a title: two unknown words that are neither function words nor definite (السفير
    /// دانيار كوشيرباييف), the name the title introduces; or between commas after it (وزير
    /// الخارجية، جون كيري، وسفيرة …). A third word a spelling table knows, or بن and a name,
    /// go on with it.
    func wordsAfterTitle(_ index: Int, _ coverage: Coverage) -> Int? {
        let word = text.words[index]
        let second = partEnd(index) + 1
        let after = second < text.words.count ? partEnd(second) + 1 : second
        guard second < text.words.count, !coverage.words[second], mayFollowATitle(index, coverage), text.gapIsBlank(second),
              isCandidate(word, coverage.ranges), !looksLikeImperfectVerb(word), !Self.has(word, in: Self.speechVerbs),
              // الرئيس التنفيذي لجلف كابيتال: ل joins the title to what it heads.
              !isComplementWithLam(word),
              isCandidate(text.words[second], coverage.ranges),
              // تحيات وتهاني، ومشرفون ومشرفات: a second word with و is a second thing.
              !isCoordinated(text.words[second]),
              let title = titleBefore(word) ?? (isClosedByComma(after) ? titleBefore(word, acrossComma: true) : nil),
              // After a king's or a prince's title only a name with بن: the word after his
              // given name is otherwise the rest of a place named after him (جامعة الملك
              // عبدالعزيز تعلن), and a prince's title often is the subject of what follows
              // (أمير منطقة عسير رعاة مهرجان: the governor honoured the festival's sponsors).
              !(isRoyal(title) || isPrincely(title)) || Self.kinship.contains(text.words[second].key),
              !namesAPlace(title),
              // محافظ أملج زياد: what follows a governor's title is first his governorate.
              !awaitsItsPlace(title, word),
              // الرئيس الروسي وجوزيف بلاتر: و and a name is the next person, not the title's.
              !isAndAName(word),
              // A definite word after the pair continues a construct (رئيس مجلس إدارة الشركة): not a name.
              // A day or time after it does not (جون كيري الاثنين).
              after >= text.words.count || !text.words[after].definite || !text.gapIsBlank(after)
                  || Self.notFamilyNames.contains(text.words[after].key)
        else { return nil }
        if Self.kinship.contains(text.words[second].key), second + 1 < text.words.count,
           text.words[second + 1].kind == .arabic, text.gapIsBlank(second + 1) {
            // عادل بن أحمد، سلمان بن عبد العزيز: not "عادل بن".
            return partEnd(second + 1)
        }
        guard after < text.words.count, !coverage.words[after], isCandidate(text.words[after], coverage.ranges),
              text.gapIsBlank(after), isKnownNameWord(text.words[after]) else { return after - 1 }
        // A third name a spelling table knows: عبد ربه منصور هادي، محمد جواد ظريف; بن and the
        // name after it (محمد صالح بن طاهر), not بن alone.
        guard Self.kinship.contains(text.words[after].key) else { return partEnd(after) }
        if after + 1 < text.words.count, text.words[after + 1].kind == .arabic, text.gapIsBlank(after + 1) {
            return partEnd(after + 1)
        }
        return after - 1
    }

    /// Where a name that a rule took ends with its lineage: بن (ابن، بنت) and a name, as often
    /// as written, then آل and the family (سعود بن فيصل بن عبد العزيز آل سعود) or, after a
    /// lineage, a family name with the article (خالد بن محمد بن ناصر اليوسف). A royal decree
    /// names every appointee so; the rules alone stop after the first بن.
    func lineageEnd(from start: Int, _ last: Int, _ coverage: Coverage) -> Int {
        let words = text.words
        func isNamePart(_ i: Int) -> Bool {
            i < words.count && words[i].kind == .arabic && !coverage.words[i] && text.gapIsBlank(i)
                && isCandidate(words[i], coverage.ranges)
        }
        var end = last
        var lineage = (start...last).contains { Self.kinship.contains(words[$0].key) }
        while end + 2 < words.count, Self.kinship.contains(words[end + 1].key), text.gapIsBlank(end + 1), isNamePart(end + 2) {
            end = partEnd(end + 2)
            lineage = true
        }
        let next = end + 1
        if next + 1 < words.count, words[next].key == Self.familyOf, text.gapIsBlank(next), words[next + 1].kind == .arabic,
           text.gapIsBlank(next + 1), !coverage.words[next + 1] {
            return next + 1
        }
        guard lineage, next < words.count, !coverage.words[next], text.gapIsBlank(next),
              isFamilyName(words[next]) || isFeminineFamilyName(words[next]) else { return end }
        // After a title with a prince or a king in it, only a nisba or a given name with the
        // article (الفيصل، السديري): a royal lineage ends in آل if in anything, and the word
        // after it is often the sentence going on (تسلم الأمير محمد بن سلمان الدروع: the shields).
        if titleBefore(words[start]).map({ isRoyal($0) || isPrincely($0) }) ?? false {
            let bytes = text.normalizedBytes[words[next].normRange]
            let nisba = words[next].letters >= 7 && bytes.reversed().starts(with: [0x8A, 0xD9])  // ي
            guard nisba || givenNames.contains(key: Self.key(bytes.dropFirst(4))) else { return end }
        }
        return next
    }

    /// A kunya by itself after a title: الرئيس أبو مازن، الرئيس ابو عمار.
    func kunyaAfterTitle(_ index: Int, _ coverage: Coverage) -> Int? {
        let word = text.words[index]
        guard word.key == Self.abu, mayFollowATitle(index, coverage), partEnd(index) > index, isCandidate(word, coverage.ranges),
              let title = titleBefore(word),
              !isRoyal(title), !isPrincely(title), !awaitsItsPlace(title, word), !namesAPlace(title) else { return nil }
        return partEnd(index)
    }

    /// A known given name, then a family name with the article, after a title (وزير الخارجية
    /// عادل الجبير), or right after a body, a place or a nisba that ends a longer office the
    /// glossary does not know whole (أمين عام هيئة تنمية الصادرات السعودية أحمد الحقباني).
    func givenAndFamilyName(_ index: Int, _ coverage: Coverage) -> Int? {
        let word = text.words[index]
        guard index + 1 < text.words.count, !coverage.words[index + 1], mayFollowATitle(index, coverage),
              givenNames.contains(key: word.key),
              isCandidate(word, coverage.ranges), isFamilyName(text.words[index + 1]), text.gapIsBlank(index + 1),
              titleBefore(word).map({ !isRoyal($0) && !awaitsItsPlace($0, word) && !namesAPlace($0) }) ?? followsRolePart(word)
        else { return nil }
        return index + 1
    }

    /// A monarch's given name alone right after the title (الملك سلمان، خادم الحرمين الشريفين
    /// الملك سلمان، ملك المغرب محمد السادس، الملكة إليزابيث الثانية): how the news names a
    /// reigning king or queen. A regnal number after it (in the title's gender: رسالة الملك
    /// سلمان الثالثة is his third message) is part of the name. Not taken: بن after it (a
    /// lineage, which other rules and the glossary take); another name after it without a
    /// number (خوان كارلوس: better nothing than half a name; خوان كارلوس الأول is Juan Carlos I);
    /// a place named after the monarch — after its noun
    /// (مستشفى الملك فهد، معرض «الملك فيصل»، and the second of two: توسعتي الملك فهد والملك
    /// عبدالله), with a nisba after the name (والملك فهد التخصصي) or a place with ب
    /// (والملك سعود بعنيزة). Returns the last word and the number ("" without one).
    func regnalName(_ index: Int, _ coverage: Coverage) -> (last: Int, number: String)? {
        // The selective tests first: this is tried on every word no other rule took.
        guard mayFollowATitle(index, coverage) else { return nil }
        let word = text.words[index]
        guard let title = titleBefore(word), let queen = monarchTitle(title) else { return nil }
        let end = partEnd(index)
        guard end > index || givenNames.contains(key: word.key), !coverage.words[end], isCandidate(word, coverage.ranges),
              !namesAPlace(title), !continuesAPlaceName(title) else { return nil }
        let next = end + 1
        guard next < text.words.count, text.gapIsBlank(next), text.words[next].kind == .arabic else { return (end, "") }
        let after = text.words[next]
        if Self.kinship.contains(after.key) { return nil }
        let numbers = queen ? Self.feminineRegnalNumbers : Self.regnalNumbers
        guard !coverage.words[next] else {
            // مستشفى … والملك سعود بعنيزة: a place with ب right after the name is where the
            // building named after him is.
            if let k = mentions.firstIndex(where: { $0.range.overlaps(after.range) }),
               mentions[k].kind == .place, mentions[k].clitics.hasSuffix("ب") { return nil }
            return (end, "")
        }
        if let number = numbers[after.key] { return (next, number) }
        // Two given names and the number (خوان كارلوس الأول → Juan Carlos I); without the number
        // the second name may be a family name, or the sentence going on.
        if isKnownNameWord(after) {
            let numberAt = partEnd(next) + 1
            guard numberAt < text.words.count, text.gapIsBlank(numberAt), !coverage.words[numberAt],
                  let number = numbers[text.words[numberAt].key] else { return nil }
            return (numberAt, number)
        }
        return isNisba(after) ? nil : (end, "")
    }

    /// Whether a royal title with و is the second of two places named after kings (توسعتي الملك
    /// فهد والملك عبدالله): the title before it, one or two words back, names a place.
    func continuesAPlaceName(_ title: BriefMention) -> Bool {
        guard title.clitics.hasPrefix("و"), let k = mentions.lastIndex(endingBy: title.range.lowerBound),
              mentions[k].kind == .title, title.range.lowerBound - mentions[k].range.upperBound <= 16 else { return false }
        return namesAPlace(mentions[k])
    }

    /// Whether a title names a monarch by office — its first word is الملك or ملك (الملك، ملك
    /// المغرب), الملكة or ملكة — and if so whether a queen's.
    func monarchTitle(_ title: BriefMention) -> Bool? {
        guard let first = text.wordIndices(of: title.range).first else { return nil }
        let word = text.words[first]
        if Self.has(word, in: Self.kingTitleWords) { return false }
        if Self.has(word, in: Self.queenTitleWords) { return true }
        return nil
    }

    /// A courtesy word or a rank says a name follows even without a title (الدكتور عبدالرحمن
    /// الحقباني، الشيخ سعود الشريم، الدكتور عبدالعزيز بن طالب): a known given name — عبد or أبو
    /// and the word after it are one (الدكتور عبد المحسن التويجري) — then a family name with the
    /// article or بن and a name. With a title before the courtesy word too (المتحدث الرسمي
    /// لوزارة العمل الأستاذ تيسير المفرج), a given name the table does not know will do.
    func nameAfterCourtesyWord(_ index: Int, _ coverage: Coverage) -> Int? {
        let word = text.words[index]
        let givenEnd = partEnd(index), next = givenEnd + 1
        guard next < text.words.count, !coverage.words[next], followsCourtesyWord(index),
              givenEnd > index || givenNames.contains(key: word.key) || !looksLikeImperfectVerb(word) && titleBefore(word) != nil,
              isCandidate(word, coverage.ranges), text.gapIsBlank(next) else { return nil }
        if isFamilyName(text.words[next]) { return next }
        if Self.kinship.contains(text.words[next].key) {
            guard next + 1 < text.words.count, !coverage.words[next + 1],
                  isCandidate(text.words[next + 1], coverage.ranges), text.gapIsBlank(next + 1) else { return nil }
            return partEnd(next + 1)
        }
        // A family name without the article, or the father's name and then the family name,
        // after a given name the table knows (الدكتور عبدالرحمن بخاري، الأستاذ محمد أحمد مشاط).
        let second = text.words[next]
        guard givenEnd > index || givenNames.contains(key: word.key), goesOnWithName(second, coverage) else { return nil }
        let secondEnd = partEnd(next), third = secondEnd + 1
        if third + 1 < text.words.count, Self.kinship.contains(text.words[third].key),
           !coverage.words[third + 1], text.gapIsBlank(third), text.gapIsBlank(third + 1), isCandidate(text.words[third + 1], coverage.ranges) {
            // محمد سعد بن عبدالله: بن and the name after it, never بن alone.
            return partEnd(third + 1)
        }
        if givenNames.contains(key: second.key), third < text.words.count, !coverage.words[third], text.gapIsBlank(third),
           !Self.kinship.contains(text.words[third].key),
           isFamilyName(text.words[third]) || goesOnWithName(text.words[third], coverage) {
            return partEnd(third)
        }
        return secondEnd
    }

    /// A word that can go on with a name after a courtesy word and a given name: a candidate
    /// that is no verb (an imperfect one, or a past one of news: حضر، أعلن) and not a second
    /// thing with و.
    func goesOnWithName(_ word: BriefText.Word, _ coverage: Coverage) -> Bool {
        isCandidate(word, coverage.ranges) && !looksLikeImperfectVerb(word) && !isCoordinated(word)
            && !Self.has(word, in: Self.verbsAfterNames)
    }

    /// A foreign given name of the table and the surname after it, with no title needed
    /// (دونالد ترامب، جوزيف بلاتر، بوريس جونسون): such given names are no Arabic words, so
    /// the word after them that could be a name is its surname; a third word goes with them
    /// when the second is a given name too (خوسيه مانويل باروسو) or a particle (روبرت دي
    /// نيرو). Not the given names that are as often a surname or a word (`foreignGivenWords`:
    /// دي ماريا، غاريث بيل، جو the air), nor a noun with a pronoun after them (ماريا مسيرته).
    func foreignGivenAndFamilyName(_ index: Int, _ coverage: Coverage) -> Int? {
        let word = text.words[index], next = index + 1
        guard NameSpellings.builtinForeignGivenNames.contains(key: word.key), !Self.foreignGivenWords.contains(word.key),
              next < text.words.count, !coverage.words[next], text.gapIsBlank(next),
              !text.words[next].definite, goesOnWithName(text.words[next], coverage),
              !Self.kinship.contains(text.words[next].key), !hasPronounSuffix(text.words[next]) else { return nil }
        // After a monarch's title the regnal rule reads the name, with its number (خوان كارلوس الأول).
        if mayFollowATitle(index, coverage), let title = titleBefore(word), monarchTitle(title) != nil { return nil }
        let third = next + 1
        let particle = Self.nameParticles.contains(text.words[next].key)
        if particle || NameSpellings.builtinForeignGivenNames.contains(key: text.words[next].key), third < text.words.count,
           !coverage.words[third], text.gapIsBlank(third), !text.words[third].definite, goesOnWithName(text.words[third], coverage) {
            return third
        }
        return particle ? nil : next
    }

    /// Whether a word ends in a possessive pronoun as nouns take it (مسيرته، حياتها، طموحاتهم):
    /// ته، ها، هم، هما after the stem.
    func hasPronounSuffix(_ word: BriefText.Word) -> Bool {
        guard word.letters >= 4 else { return false }
        let norm = text.norm(of: word)
        return norm.hasSuffix("ته") || norm.hasSuffix("ها") || norm.hasSuffix("هم") || norm.hasSuffix("هما")
    }

    /// Two names, a comma, then a title (جون فالون، المدير العام لدار بيرسون): the name before
    /// its apposition; not after another word that could be a name.
    func nameBeforeApposition(_ index: Int, _ coverage: Coverage) -> Int? {
        let word = text.words[index]
        let second = partEnd(index) + 1
        var after = second < text.words.count ? partEnd(second) + 1 : second
        // Three names when the first is a given name the table knows (وقال علي شايف الحريري،
        // المتحدث الرسمي): the third then is the family name.
        if after < text.words.count, !isClosedByComma(after), givenNames.contains(key: word.key) {
            let third = partEnd(after) + 1
            if third < text.words.count, isClosedByComma(third), coverage.words[third], text.gapIsBlank(after),
               !coverage.words[after], isCandidate(text.words[after], coverage.ranges), !isCoordinated(text.words[after]) {
                after = third
            }
        }
        // The cheap tests first: this is tried on every word no other rule took.
        guard second < text.words.count, after < text.words.count, isClosedByComma(after), text.gapIsBlank(second),
              !coverage.words[second], coverage.words[after], startsATitle(after), isCandidate(word, coverage.ranges),
              isCandidate(text.words[second], coverage.ranges),
              !looksLikeImperfectVerb(word), !isCoordinated(word), !isCoordinated(text.words[second]),
              !Self.kinship.contains(word.key),
              index == 0 || !text.gapIsSpaces(index) || !isCandidate(text.words[index - 1], coverage.ranges)
        else { return nil }
        return after - 1
    }

    /// Whether a title (or a body, a place, a nisba) can end right before word `index`: the word
    /// before is a glossary hit's or a courtesy word. A cheap test that `titleBefore` and
    /// `followsRolePart` can only pass after, tried first.
    func mayFollowATitle(_ index: Int, _ coverage: Coverage) -> Bool {
        index > 0 && (coverage.words[index - 1] || CourtesyWords.keys.contains(text.words[index - 1].key))
    }

    /// A word with the ending of a Central Asian or Russian surname: six letters at least, no
    /// article, not the مفعول pattern (معروف, مقذوف). Where the name starts: after a و that
    /// is the conjunction ("and Dasayev"), else at the word.
    func surnameEndingStart(_ index: Int) -> Int? {
        let word = text.words[index]
        guard word.letters >= 6, !word.definite else { return nil }
        let stem = Self.withoutPreposition(EventFinder.withoutConjunction(text.norm(of: word)))
        guard stem.unicodeScalars.count >= 6, !(stem.hasPrefix("م") && stem.unicodeScalars.count <= 6),
              Self.endings.contains(where: { stem.hasSuffix($0) }) else { return nil }
        var start = word.range.lowerBound
        if text.scalars[start] == "و", !NameSpellings.builtin.contains(key: word.key) {
            start += 1
            while start < word.range.upperBound, text.scalars[start].properties.generalCategory == .nonspacingMark { start += 1 }
        }
        return start
    }
}
