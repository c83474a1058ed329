import Core

/// What the stripper knows about one line of a page, computed from its normalized UTF-8 bytes.
struct LineFeatures: Sendable {
    /// The line's range in the source, in Unicode scalars (without the line break).
    var range: Range<Int>
    /// Letter words (numbers not counted), and those in the page's own script among them
    /// (Arabic, or Cyrillic on a Russian or Kazakh page).
    var words = 0
    var nativeWords = 0
    var numbers = 0
    /// Function words (clitic-aware: `وفي` counts).
    var functionWords = 0
    /// The line ends with `.` `!` `?` `؟` `…` (closing quotes and brackets aside).
    var endsSentence = false
    /// The `LineKey` of the whole line.
    var key = LineKey.empty
    /// Hashes of the words, in order.
    var wordHashes: [UInt64] = []
    /// Every word is in the date list (numbers aside); false for a line without words.
    var allDateWords = false
    /// Words in the date list (month and weekday names, هـ, الموافق …), and whether the first is one.
    var dateWords = 0
    var startsWithDateWord = false
    var allCounterWords = false
    var allShareWords = false
    /// Every word names a section of a news site (أخبار، سياسة، اقتصاد، رأي، world).
    var allSectionWords = false
    /// The first word is a byline word: 2 for one that is nothing else (`بقلم`, `كتب`, `by`),
    /// 1 for one that is also a common noun (`إعداد`, `تحرير`, `متابعة`, `تقرير`), 0 otherwise.
    var bylineStrength = 0
    /// A colon or a dash in the line (`إعداد: فلان`, `تحرير - فلان`).
    var hasColonOrDash = false
    /// The first word introduces the article's sources (`المصدر`, `المصادر`, `source`).
    var startsWithSourceWord = false
    /// Menu separators: `»` `›` `>` `|` `/` `•` between words.
    var separators = 0
    /// A `/` or a dash between words: the shape of `أصداء/ الكازاخستانية`, `عين اليوم – طنجة`.
    var hasSeparator = false
    /// The line ends with a colon (a label introducing what follows).
    var endsWithColon = false

    /// Blank: no words and no numbers.
    var isBlank: Bool { words == 0 && numbers == 0 }

    /// Long enough to be a body paragraph by itself.
    var isParagraphLike: Bool { words >= 12 || words >= 8 && endsSentence }

    init(range: Range<Int>, bytes line: UnsafeBufferPointer<UInt8>, lists: LineWords, script: Script = .arabic) {
        self.range = range
        var allDate = true, allCounter = true, allShare = true, allSection = true
        Tokenizer.forEachToken(inUTF8: line) { token in
            if token.kind == .number {
                numbers += 1
                return
            }
            let word = UnsafeBufferPointer(rebasing: line[token.byteStart..<token.byteEnd])
            let hash = LineKey.word(word)
            let on = lists.lists(of: hash)
            if words == 0 {
                startsWithDateWord = on.contains(.date)
                bylineStrength = on.contains(.byline) ? (lists.strongByline.contains(hash) ? 2 : 1) : 0
                startsWithSourceWord = on.contains(.source)
            }
            words += 1
            if script.contains(token, word) { nativeWords += 1 }
            wordHashes.append(hash)
            key = LineKey.appending(hash, to: key)
            if lists.isFunctionWord(word, lists: on) { functionWords += 1 }
            if on.contains(.date) { dateWords += 1 } else { allDate = false }
            if !on.contains(.counter) { allCounter = false }
            if !on.contains(.share) { allShare = false }
            if !on.contains(.section) { allSection = false }
        }
        allDateWords = words > 0 && allDate
        allCounterWords = words > 0 && allCounter
        allShareWords = words > 0 && allShare
        allSectionWords = words > 0 && allSection
        endsSentence = Self.endsWithTerminator(line)
        // Menus are short; a long line is never one, whatever its slashes.
        separators = words <= 24 ? Self.countSeparators(line) : 0
        if words <= 6 { hasSeparator = Self.hasSeparator(line) }
        endsWithColon = Self.endsWithColon(line)
        hasColonOrDash = line.contains(0x3A) || line.contains(0x2D) || hasSeparator
    }

    /// Menu and breadcrumb separators in the line: `|` `>`, and `/` `»` `›` `•` with spaces on
    /// both sides — a `»` closing a `«` quotation is not one, nor a bullet at the start.
    static func countSeparators(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var quotes = false
        for i in 0..<max(0, line.count - 1) where line[i] == 0xC2 && line[i + 1] == 0xAB { quotes = true }  // «
        func spaced(_ start: Int, _ end: Int) -> Bool {
            start > 0 && end < line.count && line[start - 1] == 0x20 && line[end] == 0x20
                && line[0..<start - 1].contains { $0 != 0x20 && $0 != 0x09 }
        }
        var i = 0
        while i < line.count {
            let b = line[i]
            if b == 0x7C || b == 0x3E { count += 1 }  // | >
            else if b == 0x2F, spaced(i, i + 1) { count += 1 }
            else if b == 0xC2, i + 1 < line.count, line[i + 1] == 0xBB, !quotes, spaced(i, i + 2) { count += 1 }  // »
            else if b == 0xE2, i + 2 < line.count, line[i + 1] == 0x80, line[i + 2] == 0xBA || line[i + 2] == 0xA2,
                    spaced(i, i + 3) { count += 1 }  // › •
            i += 1
        }
        return count
    }

    /// A `/`, `-`, `–` or `—` between two words (the text is normalized: tatweel is gone).
    static func hasSeparator(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawWord = false
        var i = 0
        while i < line.count {
            let b = line[i]
            if b == 0x2F || b == 0x2D { if sawWord { return i + 1 < line.count } }
            else if b == 0xE2, i + 2 < line.count, line[i + 1] == 0x80, line[i + 2] == 0x93 || line[i + 2] == 0x94 { if sawWord { return true } }
            else if b != 0x20 && b != 0x09 { sawWord = true }
            i += 1
        }
        return false
    }

    static func endsWithColon(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = line.count - 1
        while i >= 0, line[i] == 0x20 || line[i] == 0x09 || line[i] == 0x0D { i -= 1 }
        return i >= 0 && line[i] == 0x3A
    }

    /// Whether the last visible character (closing quotes and brackets skipped) ends a sentence.
    static func endsWithTerminator(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = line.count - 1
        while i >= 0 {
            let b = line[i]
            switch b {
            case 0x20, 0x09, 0x0D, 0x22, 0x27, 0x29, 0x5D: i -= 1
            case 0x2E, 0x21, 0x3F: return true
            case 0x9F where i >= 1 && line[i - 1] == 0xD8: return true  // ؟
            case 0xA6 where i >= 2 && line[i - 1] == 0x80 && line[i - 2] == 0xE2: return true  // …
            case 0xBB where i >= 1 && line[i - 1] == 0xC2: i -= 2  // »
            case 0x9D where i >= 2 && line[i - 1] == 0x80 && line[i - 2] == 0xE2: i -= 3  // ”
            case 0xA0 where i >= 1 && line[i - 1] == 0xC2: i -= 2  // no-break space
            default: return false
            }
        }
        return false
    }
}
