/// Decodes a plugin's options from a `JSONValue` and collects every error on the way.
///
/// Unlike `JSONDecoder`, a type mismatch does not stop decoding: the decoder records
/// `expected an integer, found a string` with the full key path, hands the options type a
/// placeholder, and goes on, so one pass reports every bad value of a step.
struct OptionsDecoder: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]
    let log: OptionsDecodingLog
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Decodes `T` from `value`, returning it, or `nil` with the errors in `log`.
    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue, log: OptionsDecodingLog) -> T? {
        let decoder = OptionsDecoder(value: value, codingPath: [], log: log)
        let errorsBefore = log.errors.count
        let result = try? decoder.decodeNested(T.self, from: value, codingPath: [])
        return log.errors.count == errorsBefore ? result : nil
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = value else {
            if value != .null { log.mismatch(expected: "an object", found: value, at: codingPath) }
            return KeyedDecodingContainer(KeyedOptions<Key>(object: [:], codingPath: codingPath, log: log))
        }
        return KeyedDecodingContainer(KeyedOptions<Key>(object: object, codingPath: codingPath, log: log))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else {
            log.mismatch(expected: "an array", found: value, at: codingPath)
            throw OptionsDecodingLog.Recorded()
        }
        return UnkeyedOptions(elements: elements, codingPath: codingPath, log: log)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleOptionValue(value: value, codingPath: codingPath, log: log)
    }

    /// Decodes a nested value; on failure records the error once and returns the type's
    /// placeholder when it has one, so that decoding can go on.
    func decodeNested<T: Decodable>(_ type: T.Type, from value: JSONValue, codingPath: [any CodingKey]) throws -> T {
        if let primitive = try Primitive.decode(type, from: value, codingPath: codingPath, log: log) {
            return primitive
        }
        do {
            return try T(from: OptionsDecoder(value: value, codingPath: codingPath, log: log))
        } catch let error as OptionsDecodingLog.Recorded {
            if let placeholder = (T.self as? any OptionPlaceholder.Type)?.placeholder as? T { return placeholder }
            throw error
        } catch {
            log.record(error, at: codingPath)
            if let placeholder = (T.self as? any OptionPlaceholder.Type)?.placeholder as? T { return placeholder }
            throw OptionsDecodingLog.Recorded()
        }
    }
}

/// The errors found while decoding one options object.
final class OptionsDecodingLog {
    /// Thrown after an error was recorded, to unwind without recording it again.
    struct Recorded: Error {}

    private(set) var errors: [(path: KeyPath, message: String)] = []

    func mismatch(expected: String, found: JSONValue, at codingPath: [any CodingKey]) {
        errors.append((KeyPath(codingPath: codingPath), "expected \(expected), found \(found.kindDescription)"))
    }

    func add(_ message: String, at codingPath: [any CodingKey]) {
        errors.append((KeyPath(codingPath: codingPath), message))
    }

    func record(_ error: any Error, at codingPath: [any CodingKey]) {
        switch error {
        case DecodingError.dataCorrupted(let context):
            add(context.debugDescription, at: context.codingPath.isEmpty ? codingPath : context.codingPath)
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            add(context.debugDescription, at: context.codingPath.isEmpty ? codingPath : context.codingPath)
        case DecodingError.keyNotFound(let key, let context):
            add("missing required key '\(key.stringValue)'", at: context.codingPath)
        case let problem as OptionProblem:
            add(problem.message, at: codingPath)
        default:
            add(String(describing: error), at: codingPath)
        }
    }
}

/// A coding key for array elements, spelled like Foundation's (`Index 2`) so `KeyPath` reads it.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}
