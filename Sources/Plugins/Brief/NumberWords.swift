import Core

/// Arabic cardinals written as words, as news writes them in front of a scale word or a unit:
/// خمسة آلاف، ثلاثة مليارات، مائة وخمسين ألف، ثلاثة عشر مليون، نصف مليون. Read by
/// `FigureReader`, which only takes them when a scale, a unit or في المائة follows, so that
/// خمسة أشخاص stays a count.
///
/// A number is a sum of parts joined by و (مائة وخمسون = 150, خمسة وعشرون = 25); a unit word
/// before عشر/عشرة is a teen (ثلاثة عشر = 13) and before مائة/مئة a hundreds word written apart
/// (ثلاث مائة = 300). Vague amounts (عشرات، مئات، عدة، بضعة) are read as vague, so that the
/// caller can refuse them instead of turning `عشرات آلاف` into a number.
enum NumberWords {
    enum Part: Sendable, Equatable {
        /// 1–10, or a fraction (نصف، ربع).
        case unit(Double)
        /// Only the first word of a teen: أحد، إحدى، اثنا، اثنتا (أحد عشر = 11).
        case teenHead(Double)
        /// 20, 30, … 90, and the hundreds (100–900).
        case round(Double)
        /// عشرات، مئات، عدة، بضعة: how many is not said.
        case vague
    }

    static let table: [String: Part] = {
        var table: [String: Part] = [:]
        let units: [(String, Double)] = [
            ("واحد", 1), ("واحدة", 1), ("اثنان", 2), ("اثنين", 2), ("اثنتان", 2), ("اثنتين", 2),
            ("ثلاث", 3), ("ثلاثة", 3), ("أربع", 4), ("أربعة", 4), ("خمس", 5), ("خمسة", 5), ("ست", 6),
            ("ستة", 6), ("سبع", 7), ("سبعة", 7), ("ثمان", 8), ("ثماني", 8), ("ثمانية", 8), ("تسع", 9),
            ("تسعة", 9), ("عشر", 10), ("عشرة", 10), ("نصف", 0.5), ("ربع", 0.25),
        ]
        for (word, value) in units { table[word] = .unit(value) }
        for (word, value) in [("أحد", 1.0), ("إحدى", 1), ("اثنا", 2), ("اثنتا", 2), ("اثني", 2), ("اثنتي", 2)] {
            table[word] = .teenHead(value)
        }
        let tens = ["عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]
        for (k, stem) in tens.enumerated() {
            table[stem + "ون"] = .round(Double(20 + 10 * k))
            table[stem + "ين"] = .round(Double(20 + 10 * k))
        }
        for hundred in ["مائة", "مئة"] {
            table[hundred] = .round(100)
            for ending in ["تا", "تي", "تان", "تين"] { table[String(hundred.dropLast()) + ending] = .round(200) }
            let stems: [(String, Double)] = [("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7),
                                              ("ثمان", 8), ("ثماني", 8), ("تسع", 9)]
            for (stem, value) in stems { table[stem + hundred] = .round(100 * value) }
        }
        for word in ["عشرات", "مئات", "عدة", "بضعة", "بضع"] { table[word] = .vague }
        return table
    }()

    static let parts = BriefKey.map(table)
    /// The same words with و in front: the second and later parts of a number (وخمسين).
    static let continued = BriefKey.map(Dictionary(table.map { ("و" + $0.key, $0.value) }, uniquingKeysWith: { a, _ in a }))
    static let teenTail = BriefKey.set(["عشر", "عشرة"])
    static let hundredWord = BriefKey.set(["مائة", "مئة"])

    /// What the words from `i` say: a value (nil when it is vague) and the index after them;
    /// nil when word `i` does not start a number. The first word may carry و/ب/ل (بأربعة).
    static func read(_ text: BriefText, at i: Int) -> (value: Double?, next: Int)? {
        let words = text.words
        guard i < words.count, let first = parts[words[i].key] ?? parts[words[i].bareKey] else { return nil }
        var total = 0.0
        var j = i
        var part = first
        while true {
            switch part {
            case .vague:
                return (nil, j + 1)
            case .teenHead(let value):
                guard j + 1 < words.count, teenTail.contains(words[j + 1].key) else { return j == i ? nil : (total, j) }
                total += value + 10
                j += 2
            case .unit(let value):
                if j + 1 < words.count, value >= 1, value < 10, teenTail.contains(words[j + 1].key) {
                    total += value + 10
                    j += 2
                } else if j + 1 < words.count, value >= 3, value < 10, hundredWord.contains(words[j + 1].key) {
                    total += value * 100
                    j += 2
                } else {
                    total += value
                    j += 1
                }
            case .round(let value):
                total += value
                j += 1
            }
            // Another part joined by و: مائة وخمسون، خمسة وعشرون.
            guard j < words.count, let next = continued[words[j].key], next != .vague else { return (total, j) }
            part = next
        }
    }
}
