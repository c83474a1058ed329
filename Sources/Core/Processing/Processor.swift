/// A step of a chain: a plugin configured with its options.
///
/// A processor loads and checks everything it needs (files, models) in `init`, so a broken
/// option or resource fails when the chain is built, before any document is read. `annotate`
/// must be deterministic and free of shared mutable state: the same processor may serve many
/// documents at once on several threads.
public protocol Processor: Sendable {
    associatedtype Options: PluginOptions

    /// Name, summary, options, examples: everything the tool says about the plugin.
    static var descriptor: PluginDescriptor { get }

    /// Builds the step. Throw `OptionProblem` for an option that cannot be used (a missing
    /// file), any other error for other failures; the chain loader reports it with its key path.
    init(options: Options, context: ProcessorContext) throws

    /// The annotations this step adds to `document`. It reads `document.source` and earlier
    /// annotations and never changes the source. Ranges are in Unicode scalars of the source.
    func annotate(_ document: Document) throws -> [Annotation]

    /// The same, given what the document's site has in common (see `SiteProfile`). Steps whose
    /// descriptor sets `usesSiteProfile` implement it; the default ignores the profile.
    func annotate(_ document: Document, site: SiteProfile?) throws -> [Annotation]
}

extension Processor {
    public func annotate(_ document: Document, site: SiteProfile?) throws -> [Annotation] {
        try annotate(document)
    }
}

/// What a processor may know about the chain it is built for.
public struct ProcessorContext: Sendable {
    /// The folder of the chain file: relative paths in options are resolved against it.
    public var baseDirectory: String

    public init(baseDirectory: String = ".") {
        self.baseDirectory = baseDirectory
    }

    /// `path` resolved against `baseDirectory` (absolute paths are returned unchanged).
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") || baseDirectory.isEmpty || baseDirectory == "." { return path }
        return baseDirectory.hasSuffix("/") ? baseDirectory + path : baseDirectory + "/" + path
    }
}
