import Core

/// The `glossary` plugin: finds every glossary term in the text, in every surface form it takes
/// (clitics, spelling variants, normalization, nisba inflections), and annotates it with the one
/// English rendering the translators' glossary prescribes. Arabic documents are matched against
/// the Arabic glossaries, Russian ones against the Russian glossaries, Kazakh ones against the
/// Kazakh glossaries.
public struct GlossaryMapper: Processor {
    public let options: Options
    public let glossaries: GlossarySet
    /// Per glossary, the papers it has with their noun, for their names in quotation marks.
    let quotedPapers: [QuotedPublications]

    public init(options: Options, context: ProcessorContext) throws {
        let entries = try GlossaryLoader.load(options.files, context: context)
        switch GlossarySet.build(entries, conflicts: options.conflicts) {
        case .success(let glossaries): self.init(glossaries: glossaries, options: options)
        case .failure(let list): throw SetupError(diagnostics: list.diagnostics)
        }
    }

    /// A mapper over entries already in memory (for embedding programs and tests).
    public init(entries: [GlossaryEntry], options: Options = Options()) throws {
        switch GlossarySet.build(entries, conflicts: options.conflicts) {
        case .success(let glossaries): self.init(glossaries: glossaries, options: options)
        case .failure(let list): throw list
        }
    }

    private init(glossaries: GlossarySet, options: Options) {
        self.options = options
        self.glossaries = glossaries
        quotedPapers = glossaries.glossaries.map(QuotedPublications.init(glossary:))
    }

    public func annotate(_ document: Document) throws -> [Annotation] {
        guard let index = glossaries.index(for: document.language) else { return [] }
        let glossary = glossaries.glossaries[index]
        let normalized = Glossary.normalizer(for: glossary.language).normalize(document.source)
        // A dateline's place and agency are the article's: matched (the brief lists them).
        let skip = document.chromeRanges(keepingDatelines: true)
        let (spans, matches) = TermMatcher(glossary: glossary).matches(in: normalized, skipping: skip)
        // Hits are sliced out of the source through an index, so a long document costs no more per hit.
        let source = ScalarIndex(document.source)
        var result: [Annotation] = []
        result.reserveCapacity(matches.count)
        let forms = glossary.forms
        for match in matches {
            let form = Int(match.form)
            if glossary.nameLikeForms.contains(form), match.reading?.article != true,
               Self.isGivenName(match, spans: spans, text: normalized.bytes) {
                continue
            }
            // منصور التركي، عثمان الصيني: a nisba with the article right after a given name is
            // the family name (al-Turki), not Turkish.
            if glossary.nameLikeForms.contains(form), let reading = match.reading, reading.article,
               reading.conjunction == 0, reading.preposition == 0,
               Self.followsGivenName(match, spans: spans, text: normalized.bytes),
               !Self.followsAla(match, spans: spans, normalized: normalized, source: source) {
                continue
            }
            // عبد الملك is a name (Abdulmalik), not "Abd King".
            if spans[match.first].isArabic, Self.followsAbd(match, spans: spans, text: normalized.bytes) {
                continue
            }
            let range = normalized.originalRange(ofBytes: spans[match.first].byteStart..<spans[match.last].byteEnd)
            // تركياً، سوريًا، روسياً: with tanween the word is an adjective or an adverb (Turkish,
            // by Russia), never the place, whose name takes none.
            if glossary.entries[Int(forms[form].entry)].kind == .place, source.contains("\u{064B}", in: range) {
                continue
            }
            if let capitals = forms[form].capitals,
               !Self.hasCapitals(capitals, match: match, spans: spans, normalized: normalized, source: source) {
                continue
            }
            if let iya = forms[form].iyaWords, !Self.keepsIyaEndings(iya, match: match, spans: spans, normalized: normalized, source: source) {
                continue
            }
            if glossary.strictForms.contains(form),
               !keepsLetters(forms[form].strictTokens!, entry: glossary.entries[Int(forms[form].entry)], match: match, spans: spans,
                             normalized: normalized, source: source) {
                continue
            }
            // A row of the glossary's payload table: no allocation, no copy per hit.
            var data = JSONObject(table: glossary.payloads, row: Int32(form),
                                  variant: match.reading.map { Int32(Self.cliticIndex($0)) } ?? 0)
            // Only set when rendering: setting a member copies the row out of the payload table.
            if let text = replacement(forms[form].english, particles: match.reading?.particles ?? "", of: range, in: source) {
                data["replacement"] = text
            }
            result.append(Annotation(kind: "term", start: range.lowerBound, end: range.upperBound, data: data))
        }
        // A woman's surname where the glossary has the man's (Мария Захарова: Zakharova).
        if glossary.language == "ru" {
            for i in FeminineSurnames(source: source).mark(&result) {
                if let text = replacement(result[i].data["target"]?.stringValue ?? "", particles: "", of: result[i].range, in: source) {
                    result[i].data["replacement"] = text
                }
            }
        }
        // A paper's name in quotation marks is the paper (لـ«الشرق الأوسط»), not the place.
        let chrome = RangeList(skip)
        var quoted = quotedPapers[index].hits(in: document.source)
            .filter { !chrome.overlaps($0.range) }
            .map { Annotation(kind: "term", start: $0.range.lowerBound, end: $0.range.upperBound,
                              data: JSONObject(table: glossary.payloads, row: $0.form, variant: 0)) }
        for i in quoted.indices {
            if let text = replacement(quoted[i].data["target"]?.stringValue ?? "", particles: "", of: quoted[i].range, in: source) {
                quoted[i].data["replacement"] = text
            }
        }
        if !quoted.isEmpty {
            result.removeAll { a in quoted.contains { $0.start < a.end && a.start < $0.end } }
            result += quoted
            result.sort { $0.start < $1.start }
        }
        return result
    }

    /// With `render` replace or inline, the text the renderer puts in place of a term: the
    /// English after the particles the word carried (و Tokayev), or the Arabic with the English
    /// after it; nil when terms are only annotated.
    func replacement(_ english: String, particles: String, of range: Range<Int>, in source: ScalarIndex) -> JSONValue? {
        switch options.render {
        case .annotate: return nil
        case .replace: return .string(Self.inPlace(english, particles: particles))
        case .inline: return .string(source.text(of: range) + " (" + english + ")")
        }
    }

    /// A term's English written where the term was, after the particles its word carried
    /// (وتوكاييف → و Tokayev): the `replace` rendering, and how the translate step sends names.
    static func inPlace(_ english: String, particles: String) -> String {
        particles.isEmpty ? english : particles + " " + english
    }

    /// The `clitics` value of a reading, from a table built once (readings differ only in
    /// which conjunction, preposition and article they strip).
    /// 0..<24: which conjunction, preposition and article a reading strips (0: none).
    static func cliticIndex(_ reading: ArabicProclitics.Reading) -> Int {
        let c = reading.conjunction == 0 ? 0 : (reading.conjunction == 0x88 ? 1 : 2)
        let p = reading.preposition == 0 ? 0 : (reading.preposition == 0xA8 ? 1 : (reading.preposition == 0x83 ? 2 : 3))
        return (c * 4 + p) * 2 + (reading.article ? 1 : 0)
    }

    /// The `clitics` value of each reading index.
    static let cliticValues: [JSONValue] = {
        var values: [JSONValue] = []
        for conjunction: UInt8 in [0, 0x88, 0x81] {
            for preposition: UInt8 in [0, 0xA8, 0x83, 0x84] {
                for article in [false, true] {
                    let reading = ArabicProclitics.Reading(strip: 0, prepend: .none, conjunction: conjunction,
                                                           preposition: preposition, article: article)
                    values.append(.string(reading.clitics))
                }
            }
        }
        return values
    }()

    /// Whether a hit on a bare nisba (تركي) is the given name (الأمير تركي، تركي بن محمد، تركي
    /// الفيصل): the words just around it, within the same phrase, decide (`ArabicNameContext`).
    static func isGivenName(_ match: TermMatcher.Match, spans: [TermMatcher.Span], text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { text in
            func word(_ k: Int) -> UnsafeBufferPointer<UInt8>? {
                guard k >= 0, k < spans.count, !spans[k].skipped, spans[k].isArabic else { return nil }
                let (a, b) = k < match.first ? (spans[k], spans[match.first]) : (spans[match.last], spans[k])
                guard TermMatcher.joinable(text, from: a, to: b) else { return nil }
                return UnsafeBufferPointer(rebasing: text[spans[k].byteStart..<spans[k].byteEnd])
            }
            return ArabicNameContext.isGivenName(UnsafeBufferPointer(rebasing: text[spans[match.first].byteStart..<spans[match.last].byteEnd]),
                                                 previous: word(match.first - 1), next: word(match.last + 1))
        }
    }

    /// Whether the word right before a match is a common given name (the brief's built-in
    /// table, `NameSpellings.builtinGivenNames`), also with و or ف before it (ومحمد التركي).
    /// Runs on hits only.
    static func followsGivenName(_ match: TermMatcher.Match, spans: [TermMatcher.Span], text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { text in
            guard let word = wordJoined(before: match, spans: spans, text: text) else { return false }
            let names = NameSpellings.builtinGivenNames
            return names.contains(key: LineKey.word(word))
                || BriefText.keyWithout(prefixes: [0x88, 0x81], word, minimumLetters: 4).map { names.contains(key: $0) } ?? false
        }
    }

    /// The Arabic word right before a match, when only what joins a term's words stands between
    /// (`TermMatcher.joinable`); nil at a phrase boundary or the start.
    static func wordJoined(before match: TermMatcher.Match, spans: [TermMatcher.Span],
                           text: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        let k = match.first - 1
        guard k >= 0, spans[k].isArabic, !spans[k].skipped, TermMatcher.joinable(text, from: spans[k], to: spans[match.first])
        else { return nil }
        return UnsafeBufferPointer(rebasing: text[spans[k].byteStart..<spans[k].byteEnd])
    }

    /// Whether the word before a match is the preposition على, which folds to the name علي
    /// (الحكم على الكندي محمد فهمي: on the Canadian). Runs on hits only.
    static func followsAla(_ match: TermMatcher.Match, spans: [TermMatcher.Span], normalized: NormalizedText,
                           source: ScalarIndex) -> Bool {
        let span = spans[match.first - 1]
        let range = normalized.originalRange(ofBytes: span.byteStart..<span.byteEnd)
        return ArabicNameContext.isPrepositionAla(written: source.text(of: range).unicodeScalars)
    }

    /// Whether a match's first word, with the article, follows عبد as the second half of a name
    /// (عبد الملك، عبد السلام): `ArabicNameContext.isSecondHalfOfAbdName`. Runs on hits only.
    static func followsAbd(_ match: TermMatcher.Match, spans: [TermMatcher.Span], text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { text in
            guard let previous = wordJoined(before: match, spans: spans, text: text) else { return false }
            return ArabicNameContext.isSecondHalfOfAbdName(UnsafeBufferPointer(rebasing: text[spans[match.first].byteStart..<spans[match.first].byteEnd]),
                                                           previous: previous)
        }
    }

    /// Whether the words of a match are written with a capital where its form writes one
    /// (`Мир` is the station, `мир` the peace). Runs on hits only.
    static func hasCapitals(_ capitals: [Bool], match: TermMatcher.Match, spans: [TermMatcher.Span],
                            normalized: NormalizedText, source: ScalarIndex) -> Bool {
        capitals.indices.allSatisfy { k in
            guard capitals[k] else { return true }
            let span = spans[match.first + k]
            let start = normalized.originalRange(ofBytes: span.byteStart..<span.byteEnd).lowerBound
            return source.scalar(at: start)?.properties.isUppercase == true
        }
    }

    /// Whether the words of a match whose entry word ends in `-ия` end in that declension's
    /// endings (`Александрия`, `Александрии`, `Александрию`, `Александрией`), not in another
    /// word's on the same stem (`Александр`, `Александра`: a man's name). Runs on hits only.
    static func keepsIyaEndings(_ iya: [Bool], match: TermMatcher.Match, spans: [TermMatcher.Span],
                                normalized: NormalizedText, source: ScalarIndex) -> Bool {
        iya.indices.allSatisfy { k in
            guard iya[k], match.first + k <= match.last else { return true }
            let span = spans[match.first + k]
            let word = source.text(of: normalized.originalRange(ofBytes: span.byteStart..<span.byteEnd)).lowercased()
            return iyaEndings.contains { word.hasSuffix($0) }
        }
    }

    /// The singular endings of a noun in `-ия`.
    static let iyaEndings = ["ия", "ии", "ию", "ией", "иею"]

    /// For entries that keep `ة` apart from `ه` or `ى` apart from `ي`: whether the matched words,
    /// normalized without folding the letters the entry keeps, are the form's words.
    private func keepsLetters(_ strict: [[UInt8]], entry: GlossaryEntry, match: TermMatcher.Match, spans: [TermMatcher.Span],
                              normalized: NormalizedText, source: ScalarIndex) -> Bool {
        let stemStart = spans[match.first].byteStart + (match.reading?.strip ?? 0)
        let range = normalized.originalRange(ofBytes: stemStart..<spans[match.last].byteEnd)
        // Strict forms are made only for entries that keep a letter, so the entry has its normalizer.
        guard let strictNormalizer = entry.strictNormalizer else { return true }
        var words = Glossary.tokenBytes(source.text(of: range), normalizer: strictNormalizer)
        if let prepend = match.reading?.prepend, !words.isEmpty { words[0] = prepend.bytes + words[0] }
        return words == strict
    }
}
