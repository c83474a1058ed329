import Core

/// Glossary entries of one source language compiled for matching: every form (entry, variants,
/// nisba inflections) is normalized once with the language's normalizer, split into tokens, and
/// stored in a token trie whose tokens are interned in a byte-keyed hash table, so that matching
/// never builds a `String`.
public struct Glossary: Sendable {
    /// What to do when two entries have the same normalized Arabic.
    public enum ConflictPolicy: String, Sendable, CaseIterable, OptionEnum {
        /// Report it as an error, and a duplicate in one file too (the default: a translator decides).
        case error
        /// Keep the entry loaded first and ignore the others (large imported termbases).
        case keepFirst = "keep-first"
    }

    /// One way an entry is written: its Arabic term, a variant, or an inflected nisba form.
    struct Form: Sendable {
        var entry: Int32
        /// Index into the entry's `nisbas`, or -1 for the term itself or a variant.
        var nisba: Int32
        /// The form's normalized tokens with `ة` kept, for entries that keep teh marbuta.
        var strictTokens: [[UInt8]]?
        /// The annotation data of a hit on this form, built once (`clitics` empty).
        var data: [(key: String, value: JSONValue)] = []
        /// The English rendering.
        var english: String = ""
        /// Whether it is a nisba's stem itself (the masculine singular, no suffix).
        var bareNisba = false
        /// Whether it is a title in the accusative of an appointment (وزيرًا للمالية), made
        /// from the entry rather than written in the file.
        var accusative = false
        /// Whether it is a case form of a Kazakh term (`KazakhInflection`), made from the entry
        /// rather than written in the file.
        var inflected = false
        /// For scripts with capitals: per token, whether the form writes it with a capital, which
        /// the text must then do too (`Мир` the station, not `мир` the peace); nil when none does.
        var capitals: [Bool]? = nil
        /// For Russian: per token, whether the form's word is a noun in `-ия` (`Александрия`,
        /// `Германия`), whose text must then end in one of that declension's endings: the match
        /// stem cuts `-ия` to a stem that is a name of its own (`Александр`, `Герман`); nil
        /// when no word is.
        var iyaWords: [Bool]? = nil
    }

    /// The source language of every entry (`ar`, `ru`).
    public let language: String

    public let entries: [GlossaryEntry]
    let forms: [Form]
    /// The forms that keep `ة` apart (few do).
    let strictForms: FormBits
    /// The bare masculine singular of each nisba (تركي), which can also be a given name
    /// (Turki); hits on it are checked against `ArabicNameContext`.
    let nameLikeForms: FormBits
    /// The annotation payloads of hits: row = form, variant = which clitics were stripped
    /// (`GlossaryMapper.cliticIndex`). Every hit names a row of this one table.
    let payloads: JSONRowTable
    let tokens: ByteKeyIndex
    let transitions: UInt64Map
    let nodeForm: [Int32]
    let nodeHasChildren: [Bool]

    /// The number of distinct normalized forms.
    public var formCount: Int { forms.count }

    /// Approximate bytes held by the matching structures (not the entries' text).
    public var memoryFootprint: Int {
        tokens.memoryFootprint + transitions.memoryFootprint + nodeForm.count * 5
            + forms.count * MemoryLayout<Form>.stride
    }

    /// A title as an appointment writes it, in the accusative with its complement after ل:
    /// وزير المالية → وزيرا للمالية (وزيرًا للمالية once diacritics are folded), نائب وزير
    /// الخارجية → نائبا لوزير الخارجية. `nil` for a one-word title (عضوا، مديرا alone are as
    /// often a count's noun or a town, and كاميرا reads as ك + أميرا), for one that starts with
    /// the article (المتحدث الرسمي) and for one whose accusative is written as it is (ة).
    static func accusative(of title: String) -> String? {
        var words = title.split(separator: " ").map(String.init)
        guard words.count > 1, words[0].unicodeScalars.count >= 3, !words[0].hasPrefix("ال"), !words[0].hasSuffix("ة"),
              !words[0].hasSuffix("ا") else { return nil }
        words[0] += "ا"
        words[1] = words[1].hasPrefix("ال") ? "ل" + words[1].dropFirst() : "ل" + words[1]
        return words.joined(separator: " ")
    }

    /// Suffixes of the nisba inflections: m., f., m. pl. (oblique, nominative), f. pl., dual.
    static let nisbaSuffixes = ["", "ه", "ين", "ون", "ات", "ان", "تان"]

    /// Compiles entries of one language (`GlossarySet.build` sorts a mix), reporting duplicates
    /// and conflicts with their files and lines.
    public static func build(_ entries: [GlossaryEntry], conflicts: ConflictPolicy = .error) -> Result<Glossary, DiagnosticList> {
        var builder = Builder(entries: entries, conflicts: conflicts)
        // Case forms first, so that a term the file writes takes the place of one made from
        // another entry, and the collision is reported from the term's line.
        switch builder.language {
        case "kk": for index in entries.indices { builder.addCaseForms(entry: index) }
        case "ru": for index in entries.indices { builder.addRussianCaseForms(entry: index) }
        default: break
        }
        for index in entries.indices { builder.add(entry: index) }
        if !builder.problems.isEmpty { return .failure(DiagnosticList(builder.problems)) }
        let forms = builder.forms
        return .success(Glossary(language: builder.language, entries: entries, forms: forms,
                                 strictForms: FormBits(count: forms.count) { forms[$0].strictTokens != nil },
                                 nameLikeForms: FormBits(count: forms.count) { forms[$0].bareNisba },
                                 payloads: JSONRowTable(rows: forms.map(\.data), variantKey: "clitics",
                                                        variantValues: GlossaryMapper.cliticValues),
                                 tokens: ByteKeyIndex(builder.table, values: builder.tokenRoots()),
                                 transitions: UInt64Map(builder.transitions),
                                 nodeForm: builder.nodeForm,
                                 nodeHasChildren: builder.nodeHasChildren))
    }

    /// The normalizer applied to Arabic entries and text alike.
    static let normalizer = ArabicNormalizer()
    static let russianNormalizer = RussianNormalizer()
    static let kazakhNormalizer = KazakhNormalizer()

    /// The normalizer for entries and text of a language: Russian's for `ru`, Kazakh's for
    /// `kk` (case folding only: the glossary lists the case forms), Arabic's otherwise.
    public static func normalizer(for language: String) -> any TextNormalizer {
        switch language {
        case "ru": return russianNormalizer
        case "kk": return kazakhNormalizer
        default: return normalizer
        }
    }

    /// The normalizer that finds an entry by a term a translator types, in any of its case
    /// forms (`glossary remove FILE Тоқаевтың` finds `Тоқаев`): Kazakh stems for `kk`, else
    /// the matching normalizer.
    static func lookupNormalizer(for language: String) -> any TextNormalizer {
        language == "kk" ? KazakhStemNormalizer() : normalizer(for: language)
    }

    /// The normalized tokens of a form, as byte strings.
    static func tokenBytes(_ text: String, normalizer: any TextNormalizer = Glossary.normalizer) -> [[UInt8]] {
        let normalized = normalizer.normalize(text).bytes
        return normalized.withUnsafeBufferPointer { buffer in
            Tokenizer.tokens(inUTF8: buffer).map { Array(buffer[$0.byteStart..<$0.byteEnd]) }
        }
    }

    static func transitionKey(_ node: Int32, _ token: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: token))
    }
}

extension Glossary {
    /// Builds the trie, collecting problems.
    struct Builder {
        let entries: [GlossaryEntry]
        let conflicts: ConflictPolicy
        var forms: [Form] = []
        var table = ByteKeyTable(capacity: 1024)
        var rootChild: [Int32] = []
        var transitions: [UInt64: Int32] = [:]
        var nodeForm: [Int32] = []
        var nodeHasChildren: [Bool] = []
        var problems: [Diagnostic] = []
        var fileNames: [String: String] = [:]
        let language: String
        let normalizer: any TextNormalizer

        init(entries: [GlossaryEntry], conflicts: ConflictPolicy) {
            self.entries = entries
            self.conflicts = conflicts
            language = entries.first?.language ?? "ar"
            normalizer = Glossary.normalizer(for: language)
        }

        /// The case forms of an entry's term and variants (Kazakh: `KazakhInflection`), made on
        /// the normalized tokens: the last token with each ending (lower case already) after it.
        mutating func addCaseForms(entry index: Int) {
            let entry = entries[index]
            for text in [entry.source] + entry.variants where KazakhInflection.takesEndings(text) {
                var tokens = Glossary.tokenBytes(text, normalizer: normalizer)
                guard let last = tokens.popLast() else { continue }
                let capitals = capitals(of: text, tokens: tokens.count + 1)
                var stems = [(last, KazakhInflection.endings)]
                // Одақ → Одағы: the final letter (two bytes, as every Cyrillic letter) voiced.
                if let voiced = text.last.flatMap(KazakhInflection.voiced) {
                    stems.append((Array(last.dropLast(2)) + Array(String(voiced).lowercased().utf8), KazakhInflection.vowelEndings))
                }
                for (stem, endings) in stems {
                    for ending in endings {
                        add(form: Form(entry: Int32(index), nisba: -1, strictTokens: nil, inflected: true), text: text + ending,
                            made: (tokens + [stem + Array(ending.utf8)], capitals, nil))
                    }
                }
            }
        }

        /// The case forms of a Russian entry's term and variants whose match stems differ from
        /// the term's (`RussianInflection`: `Амстердам` → `амстердама`, `Штаты` → `штатов`):
        /// each word's forms are normalized on their own, and every combination of the words'
        /// distinct token lists is a form, at most `maxRussianForms` of them per term.
        mutating func addRussianCaseForms(entry index: Int) {
            let entry = entries[index]
            for text in [entry.source] + entry.variants {
                let own = Glossary.tokenBytes(text, normalizer: normalizer)
                guard !own.isEmpty else { continue }
                let choices = text.split(separator: " ").map { word -> [[[UInt8]]] in
                    var distinct: [[[UInt8]]] = [Glossary.tokenBytes(String(word), normalizer: normalizer)]
                    for form in RussianInflection.forms(of: String(word)) {
                        let tokens = Glossary.tokenBytes(form, normalizer: normalizer)
                        if tokens.count == distinct[0].count, !distinct.contains(tokens) { distinct.append(tokens) }
                    }
                    return distinct
                }
                guard choices.contains(where: { $0.count > 1 }) else { continue }
                let capitals = capitals(of: text, tokens: own.count)
                let iya = iyaWords(of: text, tokens: own.count)
                var combination = [Int](repeating: 0, count: choices.count)
                var made = 0
                while made < Self.maxRussianForms {
                    let tokens = zip(choices, combination).flatMap { $0[$1] }
                    if tokens != own, tokens.count == own.count {
                        add(form: Form(entry: Int32(index), nisba: -1, strictTokens: nil, inflected: true), text: text,
                            made: (tokens, capitals, iya))
                        made += 1
                    }
                    // The next combination, the last word fastest.
                    var position = choices.count - 1
                    while position >= 0 {
                        combination[position] += 1
                        if combination[position] < choices[position].count { break }
                        combination[position] = 0
                        position -= 1
                    }
                    if position < 0 { break }
                }
            }
        }

        /// Per token of a Russian form, whether its word ends in `-ия`; nil when none does (or
        /// the language is another).
        func iyaWords(of text: String, tokens count: Int) -> [Bool]? {
            guard language == "ru" else { return nil }
            return tokenFlags(of: text, tokens: count) { scalars in
                let word = String(String.UnicodeScalarView(scalars)).lowercased()
                return word.count >= 4 && word.hasSuffix("ия")
            }
        }

        /// Per token of `text`, `flag` of its scalars; nil when the tokens are not `count` (the
        /// normalizer split them otherwise) or no token is flagged.
        func tokenFlags(of text: String, tokens count: Int, _ flag: (ArraySlice<Unicode.Scalar>) -> Bool) -> [Bool]? {
            let scalars = Array(text.unicodeScalars)
            let flags = Tokenizer.tokens(in: text).map { flag(scalars[$0.start..<$0.end]) }
            return flags.count == count && flags.contains(true) ? flags : nil
        }

        /// At most this many case forms per Russian term (a long name of many declined words).
        static let maxRussianForms = 64

        /// Per token, whether the form writes it with a capital; nil when none is (or the
        /// language has no case).
        func capitals(of text: String, tokens count: Int) -> [Bool]? {
            guard language != "ar" else { return nil }
            return tokenFlags(of: text, tokens: count) { $0.first?.properties.isUppercase == true }
        }

        mutating func add(entry index: Int) {
            let entry = entries[index]
            for text in [entry.source] + entry.variants {
                add(form: Form(entry: Int32(index), nisba: -1, strictTokens: strict(text, entry)), text: text)
                if entry.kind == .title, let appointed = Glossary.accusative(of: text) {
                    add(form: Form(entry: Int32(index), nisba: -1, strictTokens: strict(appointed, entry), accusative: true), text: appointed)
                }
            }
            for (n, nisba) in entry.nisbas.enumerated() {
                let stem = Glossary.tokenBytes(nisba.stem)
                guard stem.count == 1 else {
                    problems.append(Diagnostic(file: entry.file, line: entry.line,
                                               message: "the nisba stem '\(nisba.stem)' must be one word"))
                    continue
                }
                for suffix in Glossary.nisbaSuffixes {
                    let text = nisba.stem + suffix
                    add(form: Form(entry: Int32(index), nisba: Int32(n), strictTokens: strict(text, entry), bareNisba: suffix.isEmpty),
                        text: text)
                }
            }
        }

        /// Per token id, its `TokenRoot` value.
        func tokenRoots() -> [UInt64] {
            (0..<table.count).map { id in
                let node = id < rootChild.count ? rootChild[id] : -1
                guard node >= 0 else { return 0 }
                return TokenRoot.pack(node: node, form: nodeForm[Int(node)], hasChildren: nodeHasChildren[Int(node)])
            }
        }

        /// The last path component of a glossary path (the `glossary` member of a hit).
        mutating func fileName(_ path: String) -> String {
            if let known = fileNames[path] { return known }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            fileNames[path] = name
            return name
        }

        func strict(_ text: String, _ entry: GlossaryEntry) -> [[UInt8]]? {
            entry.strictNormalizer.map { Glossary.tokenBytes(text, normalizer: $0) }
        }

        /// Adds a form written `text`; `made` gives its normalized tokens, capitals and `-ия`
        /// words when the caller has them already (case forms).
        mutating func add(form: Form, text: String, made: (tokens: [[UInt8]], capitals: [Bool]?, iya: [Bool]?)? = nil) {
            var form = form
            let entry = entries[Int(form.entry)]
            let nisba = form.nisba >= 0 ? entry.nisbas[Int(form.nisba)] : nil
            form.english = nisba?.english ?? entry.english
            form.data = [
                (key: "target", value: .string(form.english)),
                (key: "entry", value: .string(nisba?.stem ?? entry.source)),
                (key: "type", value: .string(nisba == nil ? entry.kind.rawValue : GlossaryEntry.Kind.adjective.rawValue)),
                (key: "clitics", value: ""),
                (key: "glossary", value: .string(fileName(entry.file))),
                (key: "line", value: .int(entry.line)),
            ]
            // A nisba adjective also names what it derives from: الأوزبكي → Uzbek, of Uzbekistan (a
            // place); الداعشي → ISIS, of ISIS (an organisation).
            if nisba != nil {
                form.data.append((key: "of", value: .string(entry.english)))
                form.data.append((key: "ofType", value: .string(entry.kind.rawValue)))
            }
            if form.accusative { form.data.append((key: "case", value: "accusative")) }
            let tokens = made?.tokens ?? Glossary.tokenBytes(text, normalizer: normalizer)
            guard !tokens.isEmpty else { return }
            form.capitals = made.map(\.capitals) ?? capitals(of: text, tokens: tokens.count)
            form.iyaWords = made.map(\.iya) ?? iyaWords(of: text, tokens: tokens.count)
            var node: Int32 = -1
            for token in tokens {
                let id = table.intern(token)
                if Int(id) >= rootChild.count { rootChild.append(contentsOf: repeatElement(-1, count: Int(id) + 1 - rootChild.count)) }
                var next: Int32
                if node < 0 {
                    next = rootChild[Int(id)]
                } else {
                    next = transitions[Glossary.transitionKey(node, id)] ?? -1
                }
                if next < 0 {
                    next = Int32(nodeForm.count)
                    nodeForm.append(-1)
                    nodeHasChildren.append(false)
                    if node < 0 { rootChild[Int(id)] = next } else {
                        transitions[Glossary.transitionKey(node, id)] = next
                        nodeHasChildren[Int(node)] = true
                    }
                }
                node = next
            }
            let existing = nodeForm[Int(node)]
            if existing < 0 {
                nodeForm[Int(node)] = Int32(forms.count)
                forms.append(form)
                return
            }
            let old = forms[Int(existing)]
            // A term the file writes takes the place of another entry's case form.
            if old.inflected, !form.inflected, old.entry != form.entry {
                nodeForm[Int(node)] = Int32(forms.count)
                forms.append(form)
            }
            report(collisionOf: form, text: text, with: old)
        }

        /// Two forms with the same normalized tokens: the same entry twice is harmless; the same
        /// English in one file is a duplicate; different English is a conflict.
        mutating func report(collisionOf form: Form, text: String, with existing: Form) {
            // A form made from an entry gives way to what a file says.
            if form.entry == existing.entry || conflicts == .keepFirst || form.accusative || form.inflected { return }
            let new = entries[Int(form.entry)]
            let old = entries[Int(existing.entry)]
            let newEnglish = form.nisba >= 0 ? new.nisbas[Int(form.nisba)].english : new.english
            let oldEnglish = existing.nisba >= 0 ? old.nisbas[Int(existing.nisba)].english : old.english
            let oldText = existing.nisba >= 0 ? old.nisbas[Int(existing.nisba)].stem : old.source
            let place = new.file == old.file ? "line \(old.line)" : "\(old.file):\(old.line)"
            if newEnglish == oldEnglish {
                guard new.file == old.file else { return }
                problems.append(Diagnostic(file: new.file, line: new.line, message:
                    "duplicate entry: '\(text)' is already on \(place) ('\(oldText)' → \(oldEnglish))"))
            } else if existing.inflected {
                problems.append(Diagnostic(file: new.file, line: new.line, message:
                    "conflict: '\(text)' → \(newEnglish), but \(place) has '\(oldText)' → \(oldEnglish), "
                        + "and '\(text)' is one of its case forms; keep one English rendering"))
            } else {
                problems.append(Diagnostic(file: new.file, line: new.line, message:
                    "conflict: '\(text)' → \(newEnglish), but \(place) has '\(oldText)' → \(oldEnglish), "
                        + "the same \(new.languageName) once normalized; keep one English rendering"))
            }
        }
    }
}
