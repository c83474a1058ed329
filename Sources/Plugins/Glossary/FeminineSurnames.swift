import Core

/// A woman's surname where a Russian glossary has only the man's: the match stem folds
/// `Назарбаева`, `Назарбаевой` onto `Назарбаев`, so `Дарига Назарбаева` was rendered
/// Nazarbayev — her father, in an analyst's list of people. A single-word person entry in
/// `-ов`, `-ев`, `-ин`, `-ын` whose English ends in `v` or `n` is read as the woman's surname
/// (the English with `a`: Nazarbayeva, Zakharova) when the written form says so:
///
/// - `-ой`, `-ою` (`Назарбаевой`): only a woman's surname ends so;
/// - `-а`, `-у` (her nominative and accusative, his genitive and dative): when a woman's given
///   name is just before it in a form no man's name takes (`Мария Захарова`, `Марию Захарову`;
///   not `Александра Захарова`, which is also "of Alexander Zakharov":
///   `FeminineGivenNames.marksWoman`), or it opens a clause and the verb after it is a feminine
///   past (`Захарова заявила`), or the article writes the woman's forms of that surname and
///   none of the man's (`Захаровой` elsewhere, never `Захаров`, `Захаровым`, `Захарове`).
///
/// Anything else keeps the entry's reading, the man's. The annotation keeps its entry and line
/// and tells the man's rendering it was made from (`feminineOf`), so a translator sees where
/// it came from and can add her to the glossary. An entry for the woman herself
/// (`Дарига Назарбаева`) wins as the longer match.
struct FeminineSurnames {
    let source: ScalarIndex

    /// What a written surname says of the bearer's sex, told by its ending after the entry's.
    enum Reading { case man, woman, either }

    static let masculineEndings = ["ов", "ев", "ин", "ын"]

    /// Rewrites the person terms of `annotations` that are a woman's surname; their indices.
    func mark(_ annotations: inout [Annotation]) -> [Int] {
        var readings: [(index: Int, surname: String, reading: Reading)] = []
        var manForms: Set<String> = [], womanForms: Set<String> = []
        for (i, term) in annotations.enumerated() where term.kind == "term" && term.data["type"]?.stringValue == "person" {
            guard let entry = term.data["entry"]?.stringValue, let target = term.data["target"]?.stringValue else { continue }
            let entryWords = entry.split(separator: " ")
            guard let last = entryWords.last.map(CyrillicFold.folded),
                  Self.masculineEndings.contains(where: { last.hasSuffix($0) }) else { continue }
            let written = CyrillicFold.folded(source.text(of: term.range).split(separator: " ").last ?? "")
            guard written.hasPrefix(last) else { continue }
            let reading = Self.reading(ending: String(written.dropFirst(last.count)))
            if entryWords.count > 1 || reading == .man {
                manForms.insert(last)
                continue
            }
            guard let reading, target.last == "v" || target.last == "n" else { continue }
            if reading == .woman { womanForms.insert(last) }
            readings.append((i, last, reading))
        }
        // A form the words around it read as hers (a woman's given name before it; or nothing
        // before it in its clause and a feminine past after it) is evidence for the others too.
        for k in readings.indices where readings[k].reading == .either {
            let range = annotations[readings[k].index].range
            let before = wordBefore(range.lowerBound)
            if before.map(FeminineGivenNames.marksWoman) ?? feminineVerb(after: range) {
                readings[k].reading = .woman
                womanForms.insert(readings[k].surname)
            }
        }
        var changed: [Int] = []
        // Only `.woman` and `.either` readings are kept above; `.either` is hers by the article.
        for (i, surname, reading) in readings
        where reading == .woman || womanForms.contains(surname) && !manForms.contains(surname) {
            guard let man = annotations[i].data["target"]?.stringValue else { continue }
            annotations[i].data["target"] = .string(man + "a")
            annotations[i].data["feminineOf"] = .string(man)
            changed.append(i)
        }
        return changed
    }

    /// The reading of what follows the entry's letters: nothing, `-ым`, `-е` (his nominative,
    /// instrumental, prepositional); `-ой`, `-ою` (hers); `-а`, `-у` (either); nil for anything
    /// else (a plural, `Назарбаевых`).
    static func reading(ending: String) -> Reading? {
        switch ending {
        case "", "ым", "е": return .man
        case "ой", "ою": return .woman
        case "а", "у": return .either
        default: return nil
        }
    }

    /// Whether the word after `range` (one space or more between) is a verb in the feminine
    /// past (`заявила`, `добавила`, `встретилась`).
    func feminineVerb(after range: Range<Int>) -> Bool {
        var k = range.upperBound
        guard source.scalar(at: k) == " " else { return false }
        while source.scalar(at: k) == " " { k += 1 }
        var verb = ""
        while let scalar = source.scalar(at: k), scalar.properties.isAlphabetic, verb.count < 30 {
            verb.unicodeScalars.append(scalar)
            k += 1
        }
        guard verb.count >= 4, verb.first?.isLowercase == true else { return false }
        return verb.hasSuffix("ла") || verb.hasSuffix("лась")
    }

    /// The word that ends right before `offset` with only spaces between, or nil when something
    /// else is there (punctuation, a line break, the text's start).
    func wordBefore(_ offset: Int) -> String? {
        var k = offset - 1
        guard source.scalar(at: k) == " " else { return nil }
        while source.scalar(at: k) == " " { k -= 1 }
        var word = ""
        while let scalar = source.scalar(at: k), scalar.properties.isAlphabetic || scalar == "-", word.count < 30 {
            word.unicodeScalars.insert(scalar, at: word.unicodeScalars.startIndex)
            k -= 1
        }
        return word.isEmpty ? nil : word
    }
}
