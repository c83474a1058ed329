/// The one value that flows through every step of a chain.
///
/// `source` is the text as it was read and never changes. Steps add `annotations` (ranges into
/// `source`) and the chain appends a `StepRecord` to `steps` for every step that ran, so the
/// output can always be traced back to the input. Renderers produce output text at the end.
public struct Document: Sendable, Equatable {
    /// The input's name: the file name without its extension, or `stdin`.
    public var id: String
    /// The language of `source`, as a BCP 47 tag (`ar`, `en`, `ru`, `kk`).
    public var language: String
    /// The original text, never modified by any step.
    public let source: String
    /// What the steps found, in the order they added it.
    public var annotations: [Annotation]
    /// Provenance: one record per step, in chain order.
    public var steps: [StepRecord]

    public init(id: String, language: String, source: String,
                annotations: [Annotation] = [], steps: [StepRecord] = []) {
        self.id = id
        self.language = language
        self.source = source
        self.annotations = annotations
        self.steps = steps
    }

    /// The annotations of one kind, in the order they were added.
    public func annotations(ofKind kind: String) -> [Annotation] {
        annotations.filter { $0.kind == kind }
    }

    /// The number of Unicode scalars in `source`: the upper bound of every annotation range.
    public var sourceLength: Int { source.unicodeScalars.count }

    /// The source text in a scalar range (clamped to the source, so it never traps). It walks
    /// the source from its start: for many slices of one document build a `ScalarIndex` once.
    public func text(of range: Range<Int>) -> String {
        let scalars = source.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: max(0, range.lowerBound), limitedBy: scalars.endIndex)
            ?? scalars.endIndex
        let upper = scalars.index(lower, offsetBy: max(0, range.upperBound - max(0, range.lowerBound)),
                                  limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[lower..<upper])
    }
}
