import Core

/// A machine translation service or program the user runs: it turns source sentences into
/// English (or the target language), in order, one result per sentence.
///
/// Engines hold no mutable state: one engine serves every document, on several threads.
public protocol TranslationEngine: Sendable {
    /// What messages and the annotations call the engine: `libretranslate at http://localhost:5000`.
    var name: String { get }
    /// The translations of `segments` from the language `source` (a BCP 47 tag), in order, one each.
    func translate(_ segments: [TranslationSegment], from source: String) throws(EngineFailure) -> [String]
}

/// One sentence as it is sent: its text (glossary names already in English when protected)
/// and the glossary's renderings of the terms in it, for engines that take instructions.
public struct TranslationSegment: Sendable, Equatable {
    public var text: String
    /// `(source term, English)` pairs, in text order.
    public var terms: [GlossaryHint]

    public init(text: String, terms: [GlossaryHint] = []) {
        self.text = text
        self.terms = terms
    }
}

/// A term of a sentence and the rendering the glossary requires for it.
public struct GlossaryHint: Sendable, Equatable {
    public var source: String
    public var english: String
    /// Other renderings the check accepts: for a nisba adjective its place (الأوزبكي: Uzbek, or
    /// Uzbekistan as in "Uzbekistan's foreign minister").
    public var alternatives: [String]

    public init(source: String, english: String, alternatives: [String] = []) {
        self.source = source
        self.english = english
        self.alternatives = alternatives
    }
}

/// Why an engine gave no translation, in words for the user; `retryable` when trying again
/// later may work (a timeout, HTTP 429 or 5xx).
public struct EngineFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var retryable: Bool

    public init(_ message: String, retryable: Bool = false) {
        self.message = message
        self.retryable = retryable
    }

    public var description: String { message }
}
