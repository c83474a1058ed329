/// Something a step found in a document's source text.
///
/// The range is half-open, `[start, end)`, counted in **Unicode scalars** from the start of
/// `Document.source` (not `Character`s, not UTF-8 bytes): a diacritic or a tatweel is one
/// scalar, and every language that reads JSON can slice by code points.
public struct Annotation: Sendable, Equatable {
    /// What was found: `sentence`, `boilerplate`, `term`, `summary`, …
    public var kind: String
    /// First scalar of the range.
    public var start: Int
    /// One past the last scalar of the range.
    public var end: Int
    /// The instance name of the step that produced it (the plugin name unless the chain renames it).
    public var producer: String
    /// A small payload whose shape the producing plugin documents (`{}` when it has none).
    public var data: JSONObject

    public init(kind: String, start: Int, end: Int, producer: String = "", data: JSONObject = [:]) {
        self.kind = kind
        self.start = start
        self.end = end
        self.producer = producer
        self.data = data
    }

    /// The scalar range `[start, end)`.
    public var range: Range<Int> { start..<max(start, end) }
}
