import Core
import Foundation

/// The `translate` plugin: full-sentence translation through an engine the user runs
/// (LibreTranslate, an OpenAI-compatible chat server, DeepL, or any command), with the
/// glossary's names written in before and every glossary term checked after.
public struct MachineTranslator: Processor {
    public let options: Options
    let engine: any TranslationEngine

    public init(options: Options, context: ProcessorContext) throws {
        try self.init(options: options, context: context, transport: .urlSession)
    }

    /// The step with another way out for HTTP (tests pass canned answers) and another environment.
    public init(options: Options, context: ProcessorContext, transport: HTTPTransport,
                environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.options = options
        var apiKey: String?
        if !options.keyVariable.isEmpty {
            guard let value = environment[options.keyVariable], !value.isEmpty else {
                throw OptionProblem(key: options.apiKeyVariable.isEmpty ? nil : "apiKeyVariable",
                                    "the environment variable \(options.keyVariable) with the API key is not set")
            }
            apiKey = value
        }
        func connection(_ path: String) throws -> EngineConnection {
            guard let url = URL(string: EngineAnswer.endpoint(options.server, path)), url.host != nil else {
                throw OptionProblem(key: "url", "'\(options.server)' is not a URL")
            }
            return EngineConnection(url: url, apiKey: apiKey, timeout: options.timeout, transport: transport)
        }
        switch options.engine {
        case .command:
            guard CommandEngine.resolve(options.command[0]) != nil else {
                throw OptionProblem(key: "command", "'\(options.command[0])' is not on PATH (or not executable)")
            }
            engine = CommandEngine(arguments: options.command, timeout: options.timeout)
        case .libretranslate:
            engine = LibreTranslateEngine(connection: try connection("/translate"), target: options.target)
        case .openai:
            engine = ChatEngine(connection: try connection("/v1/chat/completions"), model: options.model, target: options.target)
        case .deepl:
            engine = DeepLEngine(connection: try connection("/v2/translate"), target: options.target, glossaryId: options.glossaryId)
        }
    }

    /// Kinds of glossary entries written in English before a sentence is sent (`protect: names`).
    static let protectedTypes: Set<String> = ["person", "place", "organisation", "publication"]

    public func annotate(_ document: Document) throws -> [Annotation] {
        let sentences = self.sentences(of: document)
        guard !sentences.isEmpty else { return [] }
        let scalars = UTF8Scalars.scalars(of: document.source)
        let terms = document.annotations(ofKind: "term").filter { $0.data["target"]?.stringValue != nil }.sorted { $0.start < $1.start }
        var segments: [TranslationSegment] = []
        var next = 0
        for sentence in sentences {
            while next < terms.count, terms[next].start < sentence.start { next += 1 }
            var inside: [Annotation] = []
            var i = next
            while i < terms.count, terms[i].start < sentence.end {
                if terms[i].end <= sentence.end { inside.append(terms[i]) }
                i += 1
            }
            segments.append(segment(sentence.range, terms: inside, scalars: scalars))
        }
        let source = options.source.isEmpty ? document.language : options.source
        var annotations: [Annotation] = []
        for start in stride(from: 0, to: segments.count, by: options.batchSize) {
            let batch = Array(segments[start..<min(segments.count, start + options.batchSize)])
            let english = try translateWithRetries(batch, from: source)
            for (offset, text) in english.enumerated() {
                let sentence = sentences[start + offset]
                let problems = TermCheck.problems(text, terms: batch[offset].terms)
                annotations.append(Annotation(kind: "translation", start: sentence.start, end: sentence.end, data: [
                    "english": .string(text), "engine": .string(engine.name), "issues": .array(problems.map { .string($0) }),
                ]))
            }
        }
        return annotations
    }

    /// The sentences to translate: those of the article (outside page chrome, as the summary
    /// and the text renderer take them), and with `scope: summary` only the summary's.
    func sentences(of document: Document) -> [Annotation] {
        var sentences = document.sentencesOutsideChrome().filter { $0.end > $0.start }
        if options.scope == .summary {
            let picked = Set(document.annotations(ofKind: "summary").map(\.range))
            sentences = sentences.filter { picked.contains($0.range) }
        }
        return sentences
    }

    /// A sentence as it is sent, with the glossary's names in English when protected, and the
    /// renderings to check.
    func segment(_ range: Range<Int>, terms: [Annotation], scalars: [Unicode.Scalar]) -> TranslationSegment {
        var text = String.UnicodeScalarView()
        var hints: [GlossaryHint] = []
        var position = range.lowerBound
        for term in terms where term.start >= position {
            let english = term.data["target"]?.stringValue ?? ""
            let written = UTF8Scalars.string(scalars[term.start..<term.end])
            let place = term.data["type"]?.stringValue == "adjective" ? term.data["of"]?.stringValue : nil
            hints.append(GlossaryHint(source: written, english: english, alternatives: place.map { [$0] } ?? []))
            guard options.protect == .names, Self.protectedTypes.contains(term.data["type"]?.stringValue ?? "") else { continue }
            text.append(contentsOf: scalars[position..<term.start])
            text.append(contentsOf: GlossaryMapper.inPlace(english, particles: term.data["clitics"]?.stringValue ?? "").unicodeScalars)
            position = term.end
        }
        text.append(contentsOf: scalars[position..<range.upperBound])
        // An HTML character reference a scraper left is sent as its character (`&quot;` as `"`).
        return TranslationSegment(text: CharacterReferences.decoded(String(text)).trimmingWhitespace, terms: hints)
    }

    /// The engine's translations, trying again after failures worth retrying.
    func translateWithRetries(_ batch: [TranslationSegment], from source: String) throws(EngineFailure) -> [String] {
        var attempt = 0
        while true {
            do {
                return try engine.translate(batch, from: source)
            } catch {
                guard error.retryable, attempt < options.retries else {
                    throw EngineFailure("\(engine.name): \(error.message)"
                        + (attempt > 0 ? " (after \(attempt + 1) tries)" : ""), retryable: error.retryable)
                }
                Thread.sleep(forTimeInterval: Double(1 << attempt))
                attempt += 1
            }
        }
    }
}
