import Foundation

/// How close a romanisation is to the reference spelling, on folded letters: case, accents and
/// everything that is not a letter are ignored (Síkela = sikela, Kassym-Jomart = kassym jomart).
public enum SpellingMatch {
    /// The letters of `text`, lower case, without accents.
    public static func fold(_ text: String) -> [Unicode.Scalar] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars
            .filter { CharacterSet.letters.contains($0) }
    }

    /// Whether the two spell the same letters.
    public static func exact(_ a: String, _ b: String) -> Bool { fold(a) == fold(b) }

    /// 1 − (Levenshtein distance of the folded letters) / (the longer length); 1 for two empty strings.
    public static func similarity(_ a: String, _ b: String) -> Double {
        let x = fold(a), y = fold(b)
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(1, x.count) where !x.isEmpty {
            current[0] = i
            for j in stride(from: 1, through: y.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        let distance = x.isEmpty ? y.count : previous[y.count]
        return 1 - Double(distance) / Double(max(x.count, y.count))
    }
}
