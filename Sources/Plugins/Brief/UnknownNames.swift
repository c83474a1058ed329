import Core

/// Name-like words no glossary knows: words with the endings of Central Asian and Russian
/// surnames (‑وف ‑يف ‑ييف ‑وفا ‑ينكو), and a word right after a title that is not itself
/// recognised. They are candidates for the glossary, not facts.
struct UnknownNames {
    let text: BriefText
    let mentions: [BriefMention]

    static let endings = ["ييف", "وف", "يف", "وفا", "يفا", "ينكو", "وفيتش"]

    func find(skipping isChrome: (Range<Int>) -> Bool) -> [String] {
        var found: [String] = []
        var seen = Set<String>()
        let covered = mentions.map(\.range)
        var skip = -1
        for (index, word) in text.words.enumerated() where index > skip && word.kind == .arabic && word.norm.unicodeScalars.count >= 2 {
            guard !covered.contains(where: { $0.overlaps(word.range) }), !isChrome(word.range) else { continue }
            let bare = EventFinder.withoutConjunction(word.norm)
            guard !ArabicFunctionWords.normalized.contains(word.norm) else { continue }
            let nameLike = word.norm.unicodeScalars.count >= 4
                && Self.endings.contains { bare.hasSuffix($0) && bare.unicodeScalars.count >= $0.unicodeScalars.count + 3 }
            // After a title: two unknown words that are neither function words nor definite
            // (السفير دانيار كوشيرباييف), the name the title introduces.
            if index + 1 < text.words.count, followsTitle(word), isCandidate(word, covered),
               isCandidate(text.words[index + 1], covered), text.words[index + 1].gap.trimmingSpaces.isEmpty {
                let pair = word.text + " " + text.words[index + 1].text
                if seen.insert(pair).inserted { found.append(pair) }
                skip = index + 1
                continue
            }
            if nameLike {
                if seen.insert(word.norm).inserted { found.append(word.text) }
                continue
            }
        }
        return found
    }

    func followsTitle(_ word: BriefText.Word) -> Bool {
        mentions.contains { $0.kind == .title && $0.range.upperBound <= word.range.lowerBound
            && text.text($0.range.upperBound..<word.range.lowerBound).trimmingSpaces.isEmpty }
    }

    func isCandidate(_ word: BriefText.Word, _ covered: [Range<Int>]) -> Bool {
        word.kind == .arabic && !covered.contains { $0.overlaps(word.range) }
            && !ArabicFunctionWords.normalized.contains(word.norm) && !word.norm.hasPrefix("ال")
            && !EventFinder.withoutConjunction(word.norm).hasPrefix("ال") && word.norm.unicodeScalars.count >= 2
    }
}
