import Core

/// English spellings of the words of names, for the romanised suggestions of unknown names: a
/// built-in table of common given names and well-known surnames, then any word lists the
/// `spellings` option names (Wikidata's name tokens, a translator's own list). Keys are
/// normalized Arabic words (alef forms, ة/ه, ى/ي and diacritics folded); where a list spells
/// one word several ways, the spelling it gives most often wins, the earlier one on a tie.
struct NameSpellings: Sendable {
    private var table: [UInt64: String] = [:]

    var count: Int { table.count }

    /// Whether a list has the word with this key (`LineKey.word` of its normalized form).
    func contains(key: UInt64) -> Bool { table[key] != nil }

    /// The English spelling of one Arabic word, if a list has it.
    func spelling(of word: String) -> String? {
        let keys = LineKey.wordHashes(of: word)
        return keys.count == 1 ? table[keys[0]] : nil
    }

    /// The built-in table alone.
    static let builtin = NameSpellings(table: BuiltinNameSpellings.list)

    /// The built-in given names alone.
    static let builtinGivenNames = NameSpellings(table: BuiltinNameSpellings.givenNames)
    /// The built-in Arabic given names: a name that starts with one is Arabic throughout.
    static let builtinArabicGivenNames = NameSpellings(table: BuiltinNameSpellings.arabicGivenNames)
    /// The built-in foreign given names: a name starts with one even without a title.
    static let builtinForeignGivenNames = NameSpellings(table: BuiltinNameSpellings.foreignGivenNames)
    /// The built-in surnames: a name by themselves after a title (الرئيس أوباما).
    static let builtinSurnames = NameSpellings(table: BuiltinNameSpellings.surnames)

    /// The pairs of a built-in table, one `arabic english` per line.
    private init(table: String) {
        add(table.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        })
    }

    init() {}

    /// Adds the words of `other` that this table does not have.
    mutating func fill(from other: NameSpellings) {
        table.merge(other.table) { mine, _ in mine }
    }

    /// Adds word pairs; a word already present keeps its spelling. Within `pairs`, the most
    /// frequent spelling of a word wins.
    mutating func add(_ pairs: [(arabic: String, english: String)]) {
        var counts: [UInt64: [(english: String, count: Int)]] = [:]
        var order: [UInt64] = []
        for (arabic, english) in pairs {
            let keys = LineKey.wordHashes(of: arabic)
            guard keys.count == 1, !english.isEmpty else { continue }
            let key = keys[0]
            if counts[key] == nil { order.append(key) }
            if let i = counts[key]?.firstIndex(where: { $0.english == english }) {
                counts[key]![i].count += 1
            } else {
                counts[key, default: []].append((english, 1))
            }
        }
        for key in order where table[key] == nil {
            let options = counts[key]!
            var best = options[0]
            for option in options.dropFirst() where option.count > best.count { best = option }
            table[key] = best.english
        }
    }

    /// The word pairs of a spelling list (`NamePairs`). A row whose Arabic has several words
    /// gives a pair per word when the English has as many words.
    static func parse(_ bytes: [UInt8], file: String) -> Result<[(arabic: String, english: String)], DiagnosticList> {
        let text: String
        switch TextDecoder.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let failure): return .failure(DiagnosticList([Diagnostic(file: file, message: failure.message)]))
        }
        let (rows, problems) = NamePairs.read(text, file: file)
        guard problems.isEmpty else { return .failure(DiagnosticList(problems)) }
        var pairs: [(arabic: String, english: String)] = []
        for (arabic, english) in rows {
            let arabicWords = arabic.split(separator: " ")
            let englishWords = english.split(separator: " ")
            if arabicWords.count == 1 {
                pairs.append((arabic, english))
            } else if arabicWords.count == englishWords.count {
                for (a, e) in zip(arabicWords, englishWords) { pairs.append((String(a), String(e))) }
            }
        }
        return .success(pairs)
    }
}
