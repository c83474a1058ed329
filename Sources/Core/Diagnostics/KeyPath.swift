/// A path to a value in a JSON document, written the way a reader finds it:
/// `chain[2].options.maxSentences`.
public struct KeyPath: Sendable, Equatable, CustomStringConvertible {
    /// One step of a path: an object member or an array element.
    public enum Component: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) { self.components = components }

    /// A path from `CodingKey`s (array indices come from `intValue`, not Foundation's "Index 1").
    public init(codingPath: [any CodingKey]) {
        components = codingPath.map { key in
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == String(index) {
                return .index(index)
            }
            return .key(key.stringValue)
        }
    }

    public func appending(_ key: String) -> KeyPath { KeyPath(components + [.key(key)]) }
    public func appending(_ index: Int) -> KeyPath { KeyPath(components + [.index(index)]) }
    public func appending(_ path: KeyPath) -> KeyPath { KeyPath(components + path.components) }

    public var description: String {
        var out = ""
        for component in components {
            switch component {
            case .key(let key):
                if !out.isEmpty { out += "." }
                out += key
            case .index(let index):
                out += "[\(index)]"
            }
        }
        return out
    }
}
