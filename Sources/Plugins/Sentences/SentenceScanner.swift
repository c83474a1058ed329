import Core

/// Finds sentence boundaries in one text. Works on the text's Unicode scalars (decoded once
/// from contiguous UTF-8), so every offset it returns is a scalar offset. An HTML character
/// reference left in the text is read as its character (`&quot;` as `"`, so its `;` ends
/// nothing); the ranges it returns are in the source's offsets all the same.
struct SentenceScanner {
    /// A sentence: its trimmed scalar range and its paragraph.
    struct Sentence: Equatable {
        var range: Range<Int>
        var paragraph: Int
    }

    /// The text as read: the source's scalars, with each character reference as one.
    let scalars: [UInt32]
    let classes: [ScalarClass]
    let options: SentenceSplitter.Options
    /// Spans an earlier step marked as boilerplate, in text order: a line in one is never
    /// joined to its neighbours, and one that starts inside a line ends the sentence there.
    let boilerplate: [Range<Int>]
    /// Where each scalar of `scalars` starts in the source (and the source's length last); nil
    /// when the text holds no character reference and the offsets are the same.
    private let sourceOffsets: [Int]?

    /// A scanner of `text`; `boilerplate` in the source's offsets, in text order.
    init(text: String, options: SentenceSplitter.Options, boilerplate: [Range<Int>] = []) {
        let source = UTF8Scalars.values(of: text)
        let view = CharacterReferences.view(of: source)
        let scalars = view?.values ?? source
        self.scalars = scalars
        self.sourceOffsets = view?.sourceOffsets
        let classify = ScalarClassifier()
        self.classes = scalars.map { classify($0) }
        self.options = options
        guard let offsets = view?.sourceOffsets else {
            self.boilerplate = boilerplate
            return
        }
        // A source offset inside a reference moves to the character after it.
        func viewOffset(_ offset: Int) -> Int {
            var low = 0, high = offsets.count - 1
            while low < high {
                let mid = (low + high) / 2
                if offsets[mid] < offset { low = mid + 1 } else { high = mid }
            }
            return low
        }
        self.boilerplate = boilerplate.map { viewOffset($0.lowerBound)..<max(viewOffset($0.lowerBound), viewOffset($0.upperBound)) }
    }

    /// All sentences in text order, their ranges in the source's offsets.
    func sentences() -> [Sentence] {
        let found = scan()
        guard let offsets = sourceOffsets else { return found }
        return found.map { Sentence(range: offsets[$0.range.lowerBound]..<offsets[$0.range.upperBound], paragraph: $0.paragraph) }
    }

    /// The sentences in the offsets of `scalars`.
    private func scan() -> [Sentence] {
        var result: [Sentence] = []
        let layout = LineLayout(scalars: scalars, classes: classes)
        for (paragraphIndex, paragraph) in layout.paragraphs.enumerated() {
            let maxLength = paragraph.map { $0.trimmed.count }.max() ?? 0
            var segmentStart = paragraph[0].trimmed.lowerBound
            for (i, line) in paragraph.enumerated() {
                let isLast = i == paragraph.count - 1
                if isLast || !joins(line, maxLength: maxLength) || isBoilerplate(line) || isBoilerplate(paragraph[i + 1]) {
                    scanSplittingAtChrome(segmentStart..<line.trimmed.upperBound, paragraph: paragraphIndex, into: &result)
                    if !isLast { segmentStart = paragraph[i + 1].trimmed.lowerBound }
                }
            }
        }
        return result
    }

    /// Scans a segment; boilerplate that starts inside it (a link glued to the end of a
    /// paragraph) ends the sentence before it, and boilerplate that ends inside it (a share bar
    /// glued to the start of a paragraph) starts the sentence after it; the chrome is scanned
    /// on its own.
    private func scanSplittingAtChrome(_ segment: Range<Int>, paragraph: Int, into result: inout [Sentence]) {
        var start = segment.lowerBound
        for span in boilerplate where span.upperBound > start && span.lowerBound < segment.upperBound {
            if span.lowerBound > start {
                scanSegment(start..<span.lowerBound, paragraph: paragraph, into: &result)
                start = span.lowerBound
            }
            if span.upperBound < segment.upperBound {
                scanSegment(start..<span.upperBound, paragraph: paragraph, into: &result)
                start = span.upperBound
            }
        }
        scanSegment(start..<segment.upperBound, paragraph: paragraph, into: &result)
    }

    private func isBoilerplate(_ line: LineLayout.Line) -> Bool {
        !boilerplate.isEmpty && boilerplate.contains { $0.overlaps(line.trimmed) }
    }

    /// Whether `line` continues on the next line of its paragraph.
    private func joins(_ line: LineLayout.Line, maxLength: Int) -> Bool {
        guard options.joinWrappedLines, let lastIndex = line.trimmed.last else { return false }
        let last = scalars[lastIndex]
        if isTerminator(last) || Punctuation.isCloser(last) && endsWithTerminator(line.trimmed) {
            return false
        }
        if last == 0x060C || last == 0x2C { return true }  // ، ,
        let length = line.trimmed.count
        return length >= options.minWrappedLineLength && Double(length) >= 0.6 * Double(maxLength)
    }

    /// Whether the text in `range` ends in sentence punctuation, maybe followed by closers and
    /// invisible marks (`.\u{202D}'\u{202C}"`).
    private func endsWithTerminator(_ range: Range<Int>) -> Bool {
        var i = range.upperBound - 1
        while i >= range.lowerBound, Punctuation.isCloser(scalars[i]) || isBreakingSpace(classes[i]) { i -= 1 }
        return i >= range.lowerBound && isTerminator(scalars[i])
    }

    /// `..`, `...` or `…`: in a headline a pause (like a dash), not the end of a sentence.
    private func isPause(_ run: Range<Int>) -> Bool {
        (run.count >= 2 || scalars[run.lowerBound] == 0x2026) && scalars[run].allSatisfy { $0 == 0x2E || $0 == 0x2026 }
    }

    private func isTerminator(_ value: UInt32) -> Bool {
        Punctuation.isTerminator(value) || options.splitAtSemicolons && Punctuation.isSemicolon(value)
    }

    /// Splits one run of text that has no hard break inside.
    private func scanSegment(_ segment: Range<Int>, paragraph: Int, into result: inout [Sentence]) {
        let quotes = QuoteSpans(scalars: scalars, in: segment)
        // A title line (no sentence punctuation at its end) keeps its pauses: «الشؤون القروية» ..
        // ومشاريع البنية التحتية is one headline.
        let isTitle = !endsWithTerminator(segment)
        var sentenceStart = segment.lowerBound
        var i = segment.lowerBound
        while i < segment.upperBound {
            guard isTerminator(scalars[i]) else { i += 1; continue }
            var runEnd = i
            while runEnd < segment.upperBound, isTerminator(scalars[runEnd]) { runEnd += 1 }
            if runEnd == i + 1, scalars[i] == 0x2E, isNonTerminalPeriod(at: i, segment: segment, sentenceStart: sentenceStart) {
                i = runEnd
                continue
            }
            if isTitle, isPause(i..<runEnd) {
                i = runEnd
                continue
            }
            var boundary = runEnd
            while boundary < segment.upperBound, Punctuation.isCloser(scalars[boundary]) { boundary += 1 }
            if let quote = quotes.innermost(containing: i), !(quote.upperBound > runEnd && quote.upperBound <= boundary) {
                // Inside a quotation that goes on after this punctuation.
                i = runEnd
                continue
            }
            if boundary < segment.upperBound, !isBreakingSpace(classes[boundary]) {
                // Glued to what follows: split only before a new Arabic word (or a Latin one after Arabic).
                let next = classes[boundary]
                let previous = i > segment.lowerBound ? classes[i - 1] : .other
                guard next == .arabicLetter || next == .letter && previous == .arabicLetter else {
                    i = boundary
                    continue
                }
            }
            append(sentenceStart..<boundary, paragraph: paragraph, to: &result)
            sentenceStart = boundary
            i = boundary
        }
        append(sentenceStart..<segment.upperBound, paragraph: paragraph, to: &result)
    }

    private func isBreakingSpace(_ cls: ScalarClass) -> Bool {
        cls == .space || cls == .newline || cls == .format
    }

    /// Appends the trimmed range if it holds a letter or a digit.
    private func append(_ range: Range<Int>, paragraph: Int, to result: inout [Sentence]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isBreakingSpace(classes[lower]) { lower += 1 }
        while upper > lower, isBreakingSpace(classes[upper - 1]) { upper -= 1 }
        guard classes[lower..<upper].contains(where: { $0 == .arabicLetter || $0 == .letter || $0 == .digit }) else { return }
        result.append(Sentence(range: lower..<upper, paragraph: paragraph))
    }

    // MARK: - Periods that do not end a sentence

    /// A single `.` inside a number, a URL or domain, after an initial or an abbreviation, or
    /// after the number that starts an item of a list (`1. من حصلوا …`).
    private func isNonTerminalPeriod(at i: Int, segment: Range<Int>, sentenceStart: Int) -> Bool {
        let before = i > segment.lowerBound ? classes[i - 1] : .space
        let after = i + 1 < segment.upperBound ? classes[i + 1] : .space
        if before == .digit && after == .digit { return true }                       // 10.5, 30.10.2022
        if before == .letter || before == .digit, after == .letter || after == .digit {  // kazinform.kz, U.S.
            let nextIsUpper = (0x41...0x5A).contains(scalars[i + 1])
            let previousIsLower = (0x61...0x7A).contains(scalars[i - 1])
            if !(nextIsUpper && previousIsLower) { return true }                      // but "end.The" splits
        }
        if isInsideURL(at: i, segment: segment) { return true }
        let word = wordBefore(i, lowerBound: segment.lowerBound)
        // An abbreviation spelled in Arabic letters or letter names, its dots without spaces:
        // إم.تي.في، بي.بي.سي، د.ب.أ، أ.ف.ب، أ.د.عبدالله.
        if before == .arabicLetter, after == .arabicLetter {
            let letters = scalars[word].filter { ScalarClass.of($0) != .mark }
            if letters.count == 1 || Punctuation.arabicLetterNames.contains(letters) { return true }
        }
        // A list item's number (1. 2. …, at most two digits) at the start of the sentence.
        if before == .digit, followedByWord(after: i, segment: segment) {
            var j = i - 1
            while j >= sentenceStart, classes[j] == .digit { j -= 1 }
            let digits = i - 1 - j
            while j >= sentenceStart, classes[j] == .space { j -= 1 }
            if digits <= 2, j < sentenceStart { return true }
        }
        guard !word.isEmpty, followedByWord(after: i, segment: segment) else { return false }
        // In a cased script a sentence starts with a capital: a lower-case word after a period
        // that follows a word of that script means an abbreviation went on (в 2023 г. превысил,
        // т.е. вырос, млрд. долларов, approx. forty). Arabic, which has no case, is unaffected.
        if before == .letter, let next = firstLetter(after: i, segment: segment),
           Unicode.Scalar(scalars[next])?.properties.isLowercase == true { return true }
        if isInitial(word, start: word.lowerBound, segment: segment) { return true }
        return Punctuation.abbreviations.contains(Array(scalars[word]))
    }

    /// The scalars of the word that ends right before `i` (letters and marks).
    private func wordBefore(_ i: Int, lowerBound: Int) -> Range<Int> {
        var start = i
        while start > lowerBound, classes[start - 1] == .letter || classes[start - 1] == .arabicLetter
            || classes[start - 1] == .mark { start -= 1 }
        return start..<i
    }

    /// Whether a letter follows after spaces (an initial is followed by the name).
    private func followedByWord(after i: Int, segment: Range<Int>) -> Bool {
        var j = i + 1
        while j < segment.upperBound, classes[j] == .space { j += 1 }
        return j > i + 1 && j < segment.upperBound && (classes[j] == .letter || classes[j] == .arabicLetter)
    }

    /// Where the word after the spaces after `i` starts, when a letter starts it.
    private func firstLetter(after i: Int, segment: Range<Int>) -> Int? {
        var j = i + 1
        while j < segment.upperBound, classes[j] == .space { j += 1 }
        return j < segment.upperBound && classes[j] == .letter ? j : nil
    }

    /// `أ.`, `ر.`, `J.`: one letter not after a number (`1770 م.` ends a sentence); or an Arabic
    /// spelling of a Latin letter (`إي.`, `جي.`).
    private func isInitial(_ word: Range<Int>, start: Int, segment: Range<Int>) -> Bool {
        let letters = scalars[word].filter { ScalarClass.of($0) != .mark }
        if letters.count == 1 {
            var j = start - 1
            while j >= segment.lowerBound, classes[j] == .space { j -= 1 }
            return !(j >= segment.lowerBound && classes[j] == .digit)
        }
        if word.lowerBound > segment.lowerBound, !isBreakingSpace(classes[word.lowerBound - 1])
            && scalars[word.lowerBound - 1] != 0x28 { return false }
        return Punctuation.arabicLetterNames.contains(Array(letters))
    }

    /// Whether `i` is inside a URL or an e-mail address (a run of non-space text with `://`,
    /// `www.` or `@`).
    private func isInsideURL(at i: Int, segment: Range<Int>) -> Bool {
        var start = i
        while start > segment.lowerBound, !isBreakingSpace(classes[start - 1]) { start -= 1 }
        var end = i
        while end < segment.upperBound, !isBreakingSpace(classes[end]) { end += 1 }
        guard end > i + 1, classes[i + 1] == .letter || classes[i + 1] == .digit else { return false }
        let run = scalars[start..<end]
        let text = String(String.UnicodeScalarView(run.compactMap(Unicode.Scalar.init)))
        return text.contains("://") || text.lowercased().hasPrefix("www.") || text.contains("@")
    }
}
