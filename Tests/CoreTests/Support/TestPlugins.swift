import Core
import Foundation

/// Small plugins that exercise the chain machinery without the real plugins.
enum TestPlugins {
    static let registry = PluginRegistry([
        PluginFactory(LineSentences.self), PluginFactory(PickSentences.self), PluginFactory(MarkWords.self),
        PluginFactory(FailOnMarker.self), PluginFactory(OutOfRange.self),
    ])
}

/// One `sentence` per non-empty line.
struct LineSentences: Processor {
    struct Options: PluginOptions {
        init() {}
    }

    static let descriptor = PluginDescriptor(
        name: "line-sentences", summary: "One sentence per line.",
        produces: [AnnotationKind("sentence")],
        examples: [PluginExample("two lines", input: "أ\nب", kind: "sentence", expected: ["أ", "ب"])])

    init(options: Options, context: ProcessorContext) throws {}

    func annotate(_ document: Document) throws -> [Annotation] {
        var result: [Annotation] = []
        var start = 0
        var offset = 0
        for scalar in document.source.unicodeScalars {
            if scalar == "\n" {
                if offset > start { result.append(Annotation(kind: "sentence", start: start, end: offset)) }
                start = offset + 1
            }
            offset += 1
        }
        if offset > start { result.append(Annotation(kind: "sentence", start: start, end: offset)) }
        return result
    }
}

/// The first `maxSentences` sentences as `summary` (needs `sentence`).
struct PickSentences: Processor {
    enum Method: String, OptionEnum {
        case lead, graph
    }

    struct Options: PluginOptions {
        var maxSentences = 3
        var method = Method.lead
        var ratio = 0.0

        init() {}

        enum CodingKeys: String, CodingKey {
            case maxSentences, method, ratio
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            maxSentences = try c.value(forKey: .maxSentences, default: 3)
            method = try c.value(forKey: .method, default: .lead)
            ratio = try c.value(forKey: .ratio, default: 0.0)
        }

        func problems() -> [OptionProblem] {
            maxSentences < 1 ? [OptionProblem(key: "maxSentences", "must be at least 1, found \(maxSentences)")] : []
        }
    }

    static let descriptor = PluginDescriptor(
        name: "pick-sentences", summary: "Picks the first sentences.", requires: ["sentence"],
        produces: [AnnotationKind("summary")],
        options: [OptionDescription("maxSentences", type: "integer", "how many"),
                  OptionDescription("method", type: "one of: lead, graph", "how"),
                  OptionDescription("ratio", type: "number", "fraction")],
        examples: [])

    let options: Options
    init(options: Options, context: ProcessorContext) throws { self.options = options }

    func annotate(_ document: Document) throws -> [Annotation] {
        document.annotations(ofKind: "sentence").prefix(options.maxSentences).map {
            Annotation(kind: "summary", start: $0.start, end: $0.end)
        }
    }
}

/// `word` annotations from the Core tokenizer; `stopwords` names a file that must exist.
struct MarkWords: Processor {
    struct Options: PluginOptions {
        var stopwords: String? = nil
        init() {}
        init(from decoder: any Decoder) throws {
            stopwords = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .stopwords)
        }
    }

    static let descriptor = PluginDescriptor(
        name: "mark-words", summary: "Marks words.", languages: ["ar"], produces: [AnnotationKind("word")],
        options: [OptionDescription("stopwords", type: "path", "a file of words to skip")], examples: [])

    let stopwords: Set<String>

    init(options: Options, context: ProcessorContext) throws {
        guard let path = options.stopwords else { stopwords = []; return }
        let resolved = context.resolve(path)
        guard let text = try? String(contentsOfFile: resolved, encoding: .utf8) else {
            throw OptionProblem(key: "stopwords", "cannot read '\(resolved)'")
        }
        stopwords = Set(text.split(separator: "\n").map(String.init))
    }

    func annotate(_ document: Document) throws -> [Annotation] {
        Tokenizer.tokens(in: document.source)
            .filter { !stopwords.contains(document.text(of: $0.start..<$0.end)) }
            .map { Annotation(kind: "word", start: $0.start, end: $0.end) }
    }
}

/// Fails on documents that contain `FAIL`.
struct FailOnMarker: Processor {
    struct Options: PluginOptions { init() {} }
    struct Failure: Error, CustomStringConvertible { var description: String { "found the FAIL marker" } }
    static let descriptor = PluginDescriptor(name: "fail-on-marker", summary: "Fails.", examples: [])
    init(options: Options, context: ProcessorContext) throws {}
    func annotate(_ document: Document) throws -> [Annotation] {
        if document.source.contains("FAIL") { throw Failure() }
        return []
    }
}

/// Returns an annotation past the end of the source (a plugin bug the chain must catch).
struct OutOfRange: Processor {
    struct Options: PluginOptions { init() {} }
    static let descriptor = PluginDescriptor(name: "out-of-range", summary: "Buggy.", produces: [AnnotationKind("bug")],
                                             examples: [])
    init(options: Options, context: ProcessorContext) throws {}
    func annotate(_ document: Document) throws -> [Annotation] {
        [Annotation(kind: "bug", start: 0, end: document.source.unicodeScalars.count + 1)]
    }
}
