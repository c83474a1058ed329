import Core

/// The `sentences` plugin: Arabic-aware sentence segmentation.
///
/// Produces one `sentence` annotation per sentence, trimmed of surrounding white space, with
/// `data.paragraph` (0-based paragraph index). See `SentenceSplitter+Descriptor.swift` for the
/// rules and `SentenceScanner` for how they are applied.
public struct SentenceSplitter: Processor {
    public let options: Options

    public init(options: Options, context: ProcessorContext) throws {
        self.options = options
    }

    public func annotate(_ document: Document) throws -> [Annotation] {
        let scanner = SentenceScanner(text: document.source, options: options,
                                      boilerplate: document.chromeRanges().sorted { $0.lowerBound < $1.lowerBound })
        return scanner.sentences().map { sentence in
            Annotation(kind: "sentence", start: sentence.range.lowerBound, end: sentence.range.upperBound,
                       data: ["paragraph": .int(sentence.paragraph)])
        }
    }
}
