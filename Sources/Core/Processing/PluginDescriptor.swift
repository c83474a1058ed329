/// What a plugin says about itself. One descriptor drives `workbench plugins`,
/// `workbench describe`, the README's plugin reference, the chain check and a test that runs
/// every example.
public struct PluginDescriptor: Sendable {
    /// The name a chain file uses (`"use": "sentences"`).
    public var name: String
    /// One line: what the plugin does.
    public var summary: String
    /// A paragraph or two: how it works and when to use it.
    public var discussion: String
    /// The document languages it handles (BCP 47 tags), or `["*"]` for any language.
    public var languages: [String]
    /// Annotation kinds an earlier step must produce.
    public var requires: [String]
    /// Annotation kinds it adds, each with the shape of its `data`.
    public var produces: [AnnotationKind]
    /// Every option, with its type and meaning (defaults come from the options type itself).
    public var options: [OptionDescription]
    /// At least one worked example; each is also a test.
    public var examples: [PluginExample]
    /// Whether the step reads the site profile (lines shared by the documents of one input
    /// folder): `workbench run` then makes a first pass over each folder to build it.
    public var usesSiteProfile: Bool

    public init(name: String, summary: String, discussion: String = "", languages: [String] = ["*"],
                requires: [String] = [], produces: [AnnotationKind] = [], options: [OptionDescription] = [],
                usesSiteProfile: Bool = false, examples: [PluginExample]) {
        self.name = name
        self.summary = summary
        self.discussion = discussion
        self.languages = languages
        self.requires = requires
        self.produces = produces
        self.options = options
        self.examples = examples
        self.usesSiteProfile = usesSiteProfile
    }

    /// Whether the plugin handles documents in `language`.
    public func handles(language: String) -> Bool {
        languages.contains("*") || languages.contains { $0 == language || language.hasPrefix($0 + "-") }
    }
}

/// An annotation kind a plugin produces, with the meaning of its `data` members.
public struct AnnotationKind: Sendable {
    public var kind: String
    /// `data` member name → meaning.
    public var data: [(name: String, meaning: String)]

    public init(_ kind: String, data: [(name: String, meaning: String)] = []) {
        self.kind = kind
        self.data = data
    }
}

/// One option of a plugin, for documentation and for rejecting unknown keys.
public struct OptionDescription: Sendable {
    public var name: String
    /// The value type in words: `integer`, `string`, `boolean`, `number`, `one of: a, b`, `list of paths`.
    public var type: String
    public var meaning: String

    public init(_ name: String, type: String, _ meaning: String) {
        self.name = name
        self.type = type
        self.meaning = meaning
    }
}

/// A worked example: options and an input, and the text of every annotation of one kind
/// that the plugin must produce for it (or one string member of each annotation's data).
public struct PluginExample: Sendable {
    public var title: String
    public var options: JSONObject
    public var language: String
    public var input: String
    /// The annotation kind the expectation is about.
    public var kind: String
    /// The data member the expectation is about (`english`), or `nil` for the source text.
    public var field: String?
    /// The source text covered by each annotation of `kind` (or its `data[field]`), in order.
    public var expected: [String]

    public init(_ title: String, options: JSONObject = [:], language: String = "ar", input: String,
                kind: String, field: String? = nil, expected: [String]) {
        self.title = title
        self.options = options
        self.language = language
        self.input = input
        self.kind = kind
        self.field = field
        self.expected = expected
    }
}
