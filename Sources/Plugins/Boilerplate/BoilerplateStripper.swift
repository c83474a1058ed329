import Core
import Foundation

/// The `boilerplate` plugin: marks the page chrome of scraped articles — whole lines, each with
/// the reason — so that renderers leave it out and later steps skip it.
public struct BoilerplateStripper: Processor {
    public let options: Options
    let phrases: ChromePhrases

    public init(options: Options, context: ProcessorContext) throws {
        self.options = options
        var all: [ChromePhrase] = []
        var problems: [Diagnostic] = []
        var optionProblems: [OptionProblem] = []
        if options.builtinPhrases {
            switch ChromePhraseParser.parse(BuiltinChromePhrases.text, file: BuiltinChromePhrases.file) {
            case .success(let found): all += found
            case .failure(let list): problems += list.diagnostics
            }
        }
        for (index, path) in options.phrases.enumerated() {
            let resolved = context.resolve(path)
            guard let data = FileManager.default.contents(atPath: resolved) else {
                optionProblems.append(OptionProblem(key: "phrases[\(index)]", "cannot read the phrase file \(resolved)"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(Diagnostic(file: resolved, message: "the phrase file is not UTF-8"))
                continue
            }
            switch ChromePhraseParser.parse(text, file: resolved) {
            case .success(let found): all += found
            case .failure(let list): problems += list.diagnostics
            }
        }
        if optionProblems.count == 1, problems.isEmpty { throw optionProblems[0] }
        if !optionProblems.isEmpty || !problems.isEmpty {
            throw SetupError(options: optionProblems, diagnostics: problems)
        }
        phrases = ChromePhrases(all)
    }

    public func annotate(_ document: Document) throws -> [Annotation] {
        try annotate(document, site: nil)
    }

    public func annotate(_ document: Document, site: SiteProfile?) throws -> [Annotation] {
        let script = Script(language: document.language)
        let lines = Self.lines(of: document.source, script: script)
        let verdicts = LineClassifier(phrases: phrases, options: options, script: script).classify(lines, site: site)
        var annotations = verdicts.map { verdict in
            let range = lines[verdict.line].range
            return Annotation(kind: "boilerplate", start: range.lowerBound, end: range.upperBound,
                              data: ["reason": .string(verdict.reason), "detail": .string(verdict.detail),
                                     "line": .int(verdict.line + 1)])
        }
        // Part of a kept line: a link glued to its end (trailer, from the phrase to the end of
        // the line) or a share bar glued to its start (leader, the phrase only).
        let wholeLines = Set(verdicts.map(\.line))
        var scalars: [Unicode.Scalar]?
        func part(_ reason: String, _ hit: ChromePhrases.Hit, line index: Int, word: Int,
                  _ span: (_ wordStart: Int) -> Range<Int>) {
            if scalars == nil { scalars = UTF8Scalars.scalars(of: document.source) }
            guard let offset = Self.start(ofWord: word, in: lines[index].range, of: scalars!) else { return }
            let range = span(offset)
            annotations.append(Annotation(kind: "boilerplate", start: range.lowerBound, end: range.upperBound,
                                          data: ["reason": .string(reason), "detail": .string(hit.text), "line": .int(index + 1)]))
        }
        for (index, line) in lines.enumerated() where !wholeLines.contains(index) {
            if let (hit, word) = phrases.trailer(in: line) {
                part("trailer", hit, line: index, word: word) { $0..<line.range.upperBound }
            }
            if let (hit, words) = phrases.leader(of: line) {
                part("leader", hit, line: index, word: words) { line.range.lowerBound..<$0 }
            }
        }
        return annotations.sorted { $0.start < $1.start }
    }

    /// The source offset of the `word`-th letter word (numbers not counted, as `LineFeatures`
    /// counts them) of the line at `range`.
    static func start(ofWord word: Int, in range: Range<Int>, of scalars: [Unicode.Scalar]) -> Int? {
        let text = UTF8Scalars.string(scalars[range])
        let normalized = SiteProfile.normalizer.normalize(text)
        var seen = 0
        var found: Int?
        normalized.bytes.withUnsafeBufferPointer { bytes in
            Tokenizer.forEachToken(inUTF8: bytes) { token in
                guard found == nil, token.kind != .number else { return }
                if seen == word { found = normalized.originalRange(ofBytes: token.byteStart..<token.byteEnd).lowerBound }
                seen += 1
            }
        }
        return found.map { range.lowerBound + $0 }
    }

    /// The features of every line of `source` (split at `\n`; a trailing `\r` stays out of the range).
    static func lines(of source: String, script: Script = .arabic) -> [LineFeatures] {
        var text = source
        return text.withUTF8 { bytes in
            let normalized = SiteProfile.normalizer.normalize(utf8: bytes)
            // Source line ranges in scalars: normalization keeps every line break, so the
            // n-th line of the normalized text is the n-th line of the source.
            var sourceLines: [Range<Int>] = []
            var scalar = 0
            var lineStart = 0
            var lastWasCR = false
            for b in bytes where b & 0xC0 != 0x80 {
                if b == 0x0A {
                    sourceLines.append(lineStart..<(lastWasCR ? scalar - 1 : scalar))
                    lineStart = scalar + 1
                }
                lastWasCR = b == 0x0D
                scalar += 1
            }
            sourceLines.append(lineStart..<scalar)
            let lists = LineWords.shared
            return normalized.bytes.withUnsafeBufferPointer { text in
                var result: [LineFeatures] = []
                result.reserveCapacity(sourceLines.count)
                var start = 0
                for range in sourceLines {
                    var end = start
                    while end < text.count, text[end] != 0x0A { end += 1 }
                    result.append(LineFeatures(range: range, bytes: UnsafeBufferPointer(rebasing: text[start..<end]), lists: lists,
                                              script: script))
                    start = end + 1
                }
                return result
            }
        }
    }
}
