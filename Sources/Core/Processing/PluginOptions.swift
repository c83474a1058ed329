/// The typed options of one plugin.
///
/// Every option has a default (`init()` gives them all), so a chain step may omit `options`
/// or any key of it. Decode with `container.value(forKey:default:)` so missing keys take the
/// default; unknown keys are rejected by the chain loader, which knows the option names from
/// the plugin's descriptor.
public protocol PluginOptions: Codable, Sendable, Equatable {
    /// All options at their defaults.
    init()
    /// Checks that go beyond types (ranges, combinations); empty when the options are usable.
    func problems() -> [OptionProblem]
}

extension PluginOptions {
    public func problems() -> [OptionProblem] { [] }
}

/// An option whose value has the right type but is not usable, e.g. `maxSentences: 0`.
public struct OptionProblem: Error, Sendable, Equatable {
    /// The option's key (`maxSentences`), or `nil` for a problem of the options as a whole.
    public var key: String?
    public var message: String

    public init(key: String?, _ message: String) {
        self.key = key
        self.message = message
    }
}

extension KeyedDecodingContainer {
    /// The value at `key`, or `defaultValue` when the key is missing or `null`.
    public func value<T: Decodable>(forKey key: Key, default defaultValue: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? defaultValue
    }
}
