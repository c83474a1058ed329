/// An option that takes one of a fixed set of words (`render: "annotate" | "replace" | "inline"`).
///
/// Decoding an unknown word fails with the valid words and the nearest one:
/// `unknown value 'replce'. Did you mean 'replace'? Valid values: annotate, replace, inline`.
public protocol OptionEnum: RawRepresentable, CaseIterable, Codable, Sendable, Equatable, OptionPlaceholder
where RawValue == String {}

extension OptionEnum {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let word = try container.decode(String.self)
        guard let value = Self(rawValue: word) else {
            let valid = Self.allCases.map(\.rawValue)
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "unknown value '\(word)'.\(Suggestions.didYouMean(word, in: valid)) "
                    + "Valid values: \(valid.joined(separator: ", "))")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static var placeholder: Self { allCases.first! }
}

/// A type that can stand in for a value that failed to decode, so that decoding can go on
/// and report every error in the options at once.
public protocol OptionPlaceholder {
    static var placeholder: Self { get }
}
