import Core

/// Chrome phrase lists compiled for matching: each phrase normalized once and keyed by the
/// `LineKey` of its words, so a line is tested with a few hash look-ups.
struct ChromePhrases: Sendable {
    /// A phrase as matched: its text (for `data.detail`) and its rule.
    struct Hit: Sendable, Equatable {
        var rule: ChromePhrase.Rule
        var text: String
    }

    private(set) var whole: [UInt64: Hit] = [:]
    private(set) var starts: [UInt64: Hit] = [:]
    private(set) var notices: [UInt64: Hit] = [:]
    private(set) var trailers: [UInt64: Hit] = [:]
    private(set) var leaders: [UInt64: Hit] = [:]
    /// Word counts that occur among leader phrases, longest first.
    private(set) var leaderLengths: [Int] = []
    /// Word counts that occur among start and notice phrases, longest first.
    private(set) var startLengths: [Int] = []
    private(set) var noticeLengths: [Int] = []
    /// The first words of notice phrases: most words start none, and are skipped at once.
    private(set) var noticeFirstWords = UInt64Map([:])
    private(set) var longestNotice = 0
    /// The first words of trailer phrases, and their longest length in words.
    private(set) var trailerFirstWords = UInt64Map([:])
    private(set) var longestTrailer = 0
    /// At most this many words after a trailer phrase's first word (the headline of the link).
    static let trailerWords = 25
    private(set) var count = 0

    init(_ phrases: [ChromePhrase]) {
        var startLengths = Set<Int>(), noticeLengths = Set<Int>(), leaderLengths = Set<Int>()
        var firstWords: [UInt64: Int32] = [:]
        var trailerFirstWords: [UInt64: Int32] = [:]
        for phrase in phrases {
            let (key, words) = Self.key(of: phrase.text)
            guard words > 0 else { continue }
            let hit = Hit(rule: phrase.rule, text: phrase.text)
            switch phrase.rule {
            case .line:
                if whole[key] == nil { whole[key] = hit }
            case .tail:
                whole[key] = hit  // a heading that opens a block outranks a plain line phrase
            case .start:
                if starts[key] == nil { starts[key] = hit }
                startLengths.insert(words)
            case .notice:
                if notices[key] == nil { notices[key] = hit }
                noticeLengths.insert(words)
                firstWords[Self.firstWord(of: phrase.text)] = 1
            case .trailer:
                if trailers[key] == nil { trailers[key] = hit }
                longestTrailer = max(longestTrailer, words)
                trailerFirstWords[Self.firstWord(of: phrase.text)] = 1
            case .leader:
                if leaders[key] == nil { leaders[key] = hit }
                leaderLengths.insert(words)
            }
            count += 1
        }
        self.startLengths = startLengths.sorted(by: >)
        self.leaderLengths = leaderLengths.sorted(by: >)
        self.noticeLengths = noticeLengths.sorted(by: >)
        longestNotice = noticeLengths.max() ?? 0
        noticeFirstWords = UInt64Map(firstWords)
        self.trailerFirstWords = UInt64Map(trailerFirstWords)
    }

    /// The `LineKey.word` hash of a phrase's first word.
    static func firstWord(of text: String) -> UInt64 {
        LineKey.wordHashes(of: text).first ?? 0
    }

    /// The line key of a phrase and its number of words.
    static func key(of text: String) -> (UInt64, Int) {
        let words = LineKey.wordHashes(of: text)
        return (key(words[...]), words.count)
    }

    /// The phrase the whole line is, if any.
    func wholeLine(_ line: LineFeatures) -> Hit? {
        line.words > 0 ? whole[line.key] : nil
    }

    /// The longest start phrase the line begins with.
    func start(of line: LineFeatures) -> Hit? {
        for length in startLengths where length <= line.words {
            if let hit = starts[Self.key(line.wordHashes[0..<length])] { return hit }
        }
        return nil
    }

    /// The longest leader phrase the line begins with, and its length in words, when at least
    /// `leaderBodyWords` words of body follow it on the line.
    func leader(of line: LineFeatures) -> (hit: Hit, words: Int)? {
        for length in leaderLengths where length + Self.leaderBodyWords <= line.words {
            if let hit = leaders[Self.key(line.wordHashes[0..<length])] { return (hit, length) }
        }
        return nil
    }

    /// The body words a leader needs after it: fewer, and the line is the phrase's own.
    static let leaderBodyWords = 3

    /// The distinct notice phrases found anywhere in the line.
    func notices(in line: LineFeatures) -> [Hit] {
        var found: [Hit] = []
        guard !notices.isEmpty else { return found }
        let words = line.wordHashes
        for first in words.indices where noticeFirstWords[words[first]] > 0 {
            var key = LineKey.empty
            for length in 1...min(longestNotice, words.count - first) {
                key = LineKey.appending(words[first + length - 1], to: key)
                if let hit = notices[key], !found.contains(hit) { found.append(hit) }
            }
        }
        return found
    }

    /// The first trailer phrase in the line that at most `trailerWords` words follow (counting
    /// from its first word), and the index of that word among the line's words.
    func trailer(in line: LineFeatures) -> (hit: Hit, word: Int)? {
        guard !trailers.isEmpty else { return nil }
        let words = line.wordHashes
        for first in max(0, words.count - Self.trailerWords)..<words.count where trailerFirstWords[words[first]] > 0 {
            var key = LineKey.empty
            for length in 1...min(longestTrailer, words.count - first) {
                key = LineKey.appending(words[first + length - 1], to: key)
                if let hit = trailers[key] { return (hit, first) }
            }
        }
        return nil
    }

    private static func key(_ words: ArraySlice<UInt64>) -> UInt64 {
        words.reduce(LineKey.empty) { LineKey.appending($1, to: $0) }
    }
}
