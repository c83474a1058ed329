/// Decoding of JSON scalars into Swift's primitive types, recording mismatches.
enum Primitive {

    /// The decoded primitive, or `nil` when `T` is not a primitive type. A mismatch is
    /// recorded and answered with a neutral value so decoding can continue.
    static func decode<T>(_ type: T.Type, from value: JSONValue, codingPath: [any CodingKey],
                          log: OptionsDecodingLog) throws -> T? {
        func mismatch<V>(_ expected: String, _ placeholder: V) -> T {
            log.mismatch(expected: expected, found: value, at: codingPath)
            return placeholder as! T
        }
        switch type {
        case is String.Type:
            if case .string(let s) = value { return (s as! T) }
            return mismatch("a string", "")
        case is Bool.Type:
            if case .bool(let b) = value { return (b as! T) }
            return mismatch("a boolean", false)
        case is Double.Type:
            if let d = value.doubleValue { return (d as! T) }
            return mismatch("a number", 0.0)
        case is Float.Type:
            if let d = value.doubleValue { return (Float(d) as! T) }
            return mismatch("a number", Float(0))
        case let integer as any FixedWidthInteger.Type:
            guard let i = value.intValue else { return mismatch("an integer", integer.zero) }
            guard let exact = integer.init(exactly: i) else {
                log.add("\(i) is out of range", at: codingPath)
                return (integer.zero as! T)
            }
            return (exact as! T)
        default:
            return nil
        }
    }
}

struct KeyedOptions<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let object: JSONObject
    let codingPath: [any CodingKey]
    let log: OptionsDecodingLog

    var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { object[key.stringValue] != nil }

    private func value(for key: Key) throws -> JSONValue {
        guard let value = object[key.stringValue] else {
            log.add("missing required key '\(key.stringValue)'", at: codingPath)
            throw OptionsDecodingLog.Recorded()
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool { object[key.stringValue] == nil || object[key.stringValue] == .null }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decodeAny(type, forKey: key) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodeAny(type, forKey: key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodeAny(type, forKey: key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodeAny(type, forKey: key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decodeAny(type, forKey: key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodeAny(type, forKey: key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decodeAny(type, forKey: key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decodeAny(type, forKey: key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decodeAny(type, forKey: key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decodeAny(type, forKey: key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decodeAny(type, forKey: key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decodeAny(type, forKey: key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decodeAny(type, forKey: key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decodeAny(type, forKey: key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decodeAny(type, forKey: key) }

    private func decodeAny<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let decoder = OptionsDecoder(value: .null, codingPath: codingPath, log: log)
        return try decoder.decodeNested(type, from: try value(for: key), codingPath: codingPath + [key])
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = object[key.stringValue], value != .null else { return nil }
        let decoder = OptionsDecoder(value: .null, codingPath: codingPath, log: log)
        return try decoder.decodeNested(type, from: value, codingPath: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try OptionsDecoder(value: try value(for: key), codingPath: codingPath + [key], log: log).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try OptionsDecoder(value: try value(for: key), codingPath: codingPath + [key], log: log).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        OptionsDecoder(value: .object(object), codingPath: codingPath, log: log)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        OptionsDecoder(value: object[key.stringValue] ?? .null, codingPath: codingPath + [key], log: log)
    }
}

struct UnkeyedOptions: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let codingPath: [any CodingKey]
    let log: OptionsDecodingLog
    var currentIndex = 0

    init(elements: [JSONValue], codingPath: [any CodingKey], log: OptionsDecodingLog) {
        self.elements = elements
        self.codingPath = codingPath
        self.log = log
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> (JSONValue, [any CodingKey]) {
        guard !isAtEnd else {
            log.add("too few elements", at: codingPath)
            throw OptionsDecodingLog.Recorded()
        }
        defer { currentIndex += 1 }
        return (elements[currentIndex], codingPath + [IndexKey(currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeAny(type) }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try decodeAny(type) }
    mutating func decode(_ type: String.Type) throws -> String { try decodeAny(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try decodeAny(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try decodeAny(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try decodeAny(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try decodeAny(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try decodeAny(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try decodeAny(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try decodeAny(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try decodeAny(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeAny(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeAny(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeAny(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeAny(type) }

    private mutating func decodeAny<T: Decodable>(_ type: T.Type) throws -> T {
        let (value, path) = try next()
        return try OptionsDecoder(value: value, codingPath: path, log: log).decodeNested(type, from: value, codingPath: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        let (value, path) = try next()
        return try OptionsDecoder(value: value, codingPath: path, log: log).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (value, path) = try next()
        return try OptionsDecoder(value: value, codingPath: path, log: log).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let (value, path) = try next()
        return OptionsDecoder(value: value, codingPath: path, log: log)
    }
}

struct SingleOptionValue: SingleValueDecodingContainer {
    let value: JSONValue
    let codingPath: [any CodingKey]
    let log: OptionsDecodingLog

    func decodeNil() -> Bool { value == .null }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeAny(type) }
    func decode(_ type: Bool.Type) throws -> Bool { try decodeAny(type) }
    func decode(_ type: String.Type) throws -> String { try decodeAny(type) }
    func decode(_ type: Double.Type) throws -> Double { try decodeAny(type) }
    func decode(_ type: Float.Type) throws -> Float { try decodeAny(type) }
    func decode(_ type: Int.Type) throws -> Int { try decodeAny(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decodeAny(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decodeAny(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decodeAny(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decodeAny(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decodeAny(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeAny(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeAny(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeAny(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeAny(type) }

    private func decodeAny<T: Decodable>(_ type: T.Type) throws -> T {
        let errorsBefore = log.errors.count
        let result = try OptionsDecoder(value: value, codingPath: codingPath, log: log)
            .decodeNested(type, from: value, codingPath: codingPath)
        // Inside a custom `init(from:)` a mismatch must stop that initializer.
        if log.errors.count != errorsBefore { throw OptionsDecodingLog.Recorded() }
        return result
    }
}
