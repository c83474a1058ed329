/// A built chain: processors in order, ready to run over any number of documents.
///
/// A chain holds no mutable state; `run` may be called for many documents at once.
public struct Chain: Sendable {
    /// One built step.
    public struct Step: Sendable {
        /// 0-based position in the chain.
        public let index: Int
        /// The instance name (the plugin name unless the chain file names the step).
        public let name: String
        public let descriptor: PluginDescriptor
        /// The effective options, defaults included.
        public let options: JSONObject
        public let processor: any Processor
    }

    public let steps: [Step]
    /// Where the chain came from (the chain file as the user named it), for messages.
    public let origin: String

    public init(steps: [Step], origin: String) {
        self.steps = steps
        self.origin = origin
    }

    /// Whether a step reads the site profile, so that a run over folders should build one first.
    public var usesSiteProfile: Bool { steps.contains { $0.descriptor.usesSiteProfile } }

    /// Runs every step over `document` and returns it with the steps' annotations and provenance.
    /// `site` is the profile of the document's site, when the caller built one.
    ///
    /// - Throws: `ProcessingError` naming the step when a processor fails or returns an
    ///   annotation outside the source.
    public func run(_ document: Document, site: SiteProfile? = nil) throws(ProcessingError) -> Document {
        var document = document
        let length = UTF8Scalars.count(document.source)
        for step in steps {
            guard step.descriptor.handles(language: document.language) else {
                document.steps.append(StepRecord(index: step.index, plugin: step.descriptor.name, name: step.name,
                                                 outcome: .skippedLanguage, added: 0))
                continue
            }
            var added: [Annotation]
            do {
                added = try step.processor.annotate(document, site: site)
            } catch {
                throw ProcessingError(documentID: document.id, step: step, stepCount: steps.count,
                                      message: String(describing: error))
            }
            let count = added.count
            for i in added.indices {
                let (start, end) = (added[i].start, added[i].end)
                guard start >= 0, start <= end, end <= length else {
                    throw ProcessingError(documentID: document.id, step: step, stepCount: steps.count, message:
                        "produced a '\(added[i].kind)' annotation [\(start), \(end)) "
                        + "outside the source, which has \(length) scalars")
                }
                added[i].producer = step.name
            }
            // Hand the array over rather than copying it element by element: a glossary step
            // on a large termbase adds thousands of annotations per document.
            if document.annotations.isEmpty {
                document.annotations = added
            } else {
                document.annotations.append(contentsOf: added)
            }
            document.steps.append(StepRecord(index: step.index, plugin: step.descriptor.name, name: step.name,
                                             outcome: .ran, added: count))
        }
        return document
    }
}

/// A step failed on a document. The message names the document, the step and the plugin.
public struct ProcessingError: Error, Sendable, Equatable, CustomStringConvertible {
    public var documentID: String
    public var stepIndex: Int
    public var stepCount: Int
    public var plugin: String
    public var stepName: String
    public var message: String

    init(documentID: String, step: Chain.Step, stepCount: Int, message: String) {
        self.documentID = documentID
        self.stepIndex = step.index
        self.stepCount = stepCount
        self.plugin = step.descriptor.name
        self.stepName = step.name
        self.message = message
    }

    /// `step chain[1] 'summarize' (plugin summarize): <message>`
    public var description: String {
        let named = stepName == plugin ? "'\(plugin)'" : "'\(stepName)' (plugin \(plugin))"
        return "step chain[\(stepIndex)] \(named) failed: \(message)"
    }
}
