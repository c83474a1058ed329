/// A total JSON parser for chain files and JSONL records: it returns a value or a
/// `JSONSyntaxError` with a line and column, and never traps.
///
/// Beyond strict JSON it accepts what people write by hand in configuration files:
/// `//` and `/* */` comments, trailing commas, and a leading byte-order mark.
/// Duplicate keys in one object are an error: a silent "last one wins" hides typos.
public struct JSONParser {
    /// Deeper nesting than this is an error rather than a stack overflow.
    public static let maximumDepth = 200

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// Parses one JSON document that must fill `text` (whitespace and comments aside).
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses one JSON document from UTF-8 bytes.
    public static func parse(bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
        try parser.skipTrivia()
        guard parser.position < bytes.count else { throw parser.error("the file is empty; expected a JSON value") }
        let value = try parser.parseValue()
        try parser.skipTrivia()
        if parser.position < bytes.count {
            throw parser.error("unexpected \(parser.describeCurrent()) after the end of the JSON value")
        }
        return value
    }

    // MARK: - Values

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard position < bytes.count else { throw error("unexpected end of input; expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        case UInt8(ascii: "'"): throw error("strings take double quotes (\"), not single quotes")
        default: throw error("unexpected \(describeCurrent()); expected a value")
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        position += 1
        var object = JSONObject()
        try skipTrivia()
        while true {
            guard position < bytes.count else { throw error("unexpected end of input; expected '}' to close the object") }
            if bytes[position] == UInt8(ascii: "}") { position += 1; break }
            guard bytes[position] == UInt8(ascii: "\"") else {
                throw error("unexpected \(describeCurrent()); expected a key in double quotes or '}'")
            }
            let keyStart = position
            let key = try parseString()
            if object[key] != nil { throw error("duplicate key \"\(key)\" in one object", at: keyStart) }
            try skipTrivia()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw error("expected ':' after the key \"\(key)\"")
            }
            position += 1
            try skipTrivia()
            object[key] = try parseValue()
            try skipTrivia()
            guard position < bytes.count else { throw error("unexpected end of input; expected ',' or '}'") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                try skipTrivia()
            } else if bytes[position] != UInt8(ascii: "}") {
                throw error("unexpected \(describeCurrent()); expected ',' or '}' after the value of \"\(key)\"")
            }
        }
        depth -= 1
        return .object(object)
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        position += 1
        var elements: [JSONValue] = []
        try skipTrivia()
        while true {
            guard position < bytes.count else { throw error("unexpected end of input; expected ']' to close the array") }
            if bytes[position] == UInt8(ascii: "]") { position += 1; break }
            elements.append(try parseValue())
            try skipTrivia()
            guard position < bytes.count else { throw error("unexpected end of input; expected ',' or ']'") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                try skipTrivia()
            } else if bytes[position] != UInt8(ascii: "]") {
                throw error("unexpected \(describeCurrent()); expected ',' or ']' in the array")
            }
        }
        depth -= 1
        return .array(elements)
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func parseLiteral(_ word: String, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
        let utf8 = Array(word.utf8)
        guard position + utf8.count <= bytes.count, Array(bytes[position..<position + utf8.count]) == utf8 else {
            throw error("unexpected \(describeCurrent()); expected a value")
        }
        position += utf8.count
        return value
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = position
        var isInteger = true
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else { throw error("a number needs digits", at: start) }
        if bytes[position] == UInt8(ascii: "0"), position + 1 < bytes.count, isDigit(bytes[position + 1]) {
            throw error("numbers do not take leading zeros", at: start)
        }
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else { throw error("expected digits after '.'") }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else { throw error("expected digits in the exponent") }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isInteger, let int = Int(text) { return .int(int) }
        guard let double = Double(text), double.isFinite else { throw error("the number \(text) is out of range", at: start) }
        return .double(double)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = position
        position += 1
        // The text between escapes is decoded as UTF-8 in one piece (invalid bytes become
        // U+FFFD) and appended whole: scalar by scalar it was an eighth of a JSON Lines run.
        var out = ""
        var runStart = position
        func flush(_ end: Int) {
            guard runStart < end else { return }
            let run = String(decoding: bytes[runStart..<end], as: UTF8.self)
            if out.isEmpty { out = run } else { out += run }
        }
        while true {
            guard position < bytes.count else { throw error("unterminated string", at: start) }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                flush(position)
                position += 1
                return out
            }
            if byte < 0x20 {
                throw error(byte == 0x0A ? "unterminated string (a line break inside a string must be written \\n)"
                    : "control character U+\(hex(UInt32(byte))) inside a string")
            }
            if byte == UInt8(ascii: "\\") {
                flush(position)
                position += 1
                guard position < bytes.count else { throw error("unterminated string", at: start) }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""): out.unicodeScalars.append("\"")
                case UInt8(ascii: "\\"): out.unicodeScalars.append("\\")
                case UInt8(ascii: "/"): out.unicodeScalars.append("/")
                case UInt8(ascii: "b"): out.unicodeScalars.append("\u{08}")
                case UInt8(ascii: "f"): out.unicodeScalars.append("\u{0C}")
                case UInt8(ascii: "n"): out.unicodeScalars.append("\n")
                case UInt8(ascii: "r"): out.unicodeScalars.append("\r")
                case UInt8(ascii: "t"): out.unicodeScalars.append("\t")
                case UInt8(ascii: "u"): out.unicodeScalars.append(try parseUnicodeEscape())
                default:
                    position -= 1
                    throw error("unknown escape '\\\(describeCurrent(quoted: false))' in a string")
                }
                runStart = position
                continue
            }
            position += 1
        }
    }

    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let first = try parseHex4()
        if (0xD800...0xDBFF).contains(first) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
            else { throw error("a high surrogate \\u\(hex(first)) must be followed by a low surrogate") }
            position += 2
            let second = try parseHex4()
            guard (0xDC00...0xDFFF).contains(second) else { throw error("\\u\(hex(second)) is not a low surrogate") }
            let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            return Unicode.Scalar(value)!
        }
        guard let scalar = Unicode.Scalar(first) else { throw error("\\u\(hex(first)) is a lone surrogate") }
        return scalar
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count else { throw error("unterminated \\u escape") }
            let b = bytes[position]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw error("expected four hex digits after \\u")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    // MARK: - Trivia and errors

    private mutating func skipTrivia() throws(JSONSyntaxError) {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D:
                position += 1
            case UInt8(ascii: "/") where position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "/"):
                while position < bytes.count, bytes[position] != 0x0A { position += 1 }
            case UInt8(ascii: "/") where position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "*"):
                let start = position
                position += 2
                while true {
                    guard position + 1 < bytes.count else { throw error("unterminated /* comment", at: start) }
                    if bytes[position] == UInt8(ascii: "*"), bytes[position + 1] == UInt8(ascii: "/") { position += 2; break }
                    position += 1
                }
            default:
                return
            }
        }
    }

    private func describeCurrent(quoted: Bool = true) -> String {
        guard position < bytes.count else { return "end of input" }
        var end = position + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: bytes[position..<end], as: UTF8.self)
        return quoted ? "'\(text)'" : text
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        let offset = min(offset ?? position, bytes.count)
        var line = 1
        var column = 1
        for byte in bytes[0..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return JSONSyntaxError(message: message, line: line, column: column)
    }
}

/// A JSON syntax error at a 1-based line and column (columns count Unicode scalars).
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public let line: Int
    public let column: Int

    public var description: String { "\(line):\(column): \(message)" }
}
