/// Writes `JSONValue`s as compact JSON text: members in their stored order, non-ASCII text
/// as is (UTF-8), `/` unescaped, and numbers in their shortest round-tripping form, so that
/// output is byte-for-byte stable across runs and platforms.
public enum JSONWriter {
    /// The compact JSON text of `value`.
    public static func string(_ value: JSONValue) -> String {
        var out = ""
        write(value, to: &out)
        return out
    }

    /// Appends the compact JSON text of `value` to `out`.
    public static func write(_ value: JSONValue, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): writeNumber(d, to: &out)
        case .string(let s): writeString(s, to: &out)
        case .array(let elements):
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += "," }
                write(element, to: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (i, member) in object.members.enumerated() {
                if i > 0 { out += "," }
                writeString(member.key, to: &out)
                out += ":"
                write(member.value, to: &out)
            }
            out += "}"
        }
    }

    /// Appends `d` as a JSON number (`null` for NaN and infinities, which JSON cannot hold).
    public static func writeNumber(_ d: Double, to out: inout String) {
        guard d.isFinite else { out += "null"; return }
        if d.rounded() == d, abs(d) < 1e15 {
            out += String(Int(d))
        } else {
            out += String(d)
        }
    }

    /// Appends `s` as a JSON string literal with the mandatory escapes only. The text between
    /// two escapes goes in as one slice: an article's source has an escape at every line break,
    /// and appending it scalar by scalar was a fifth of a JSON Lines run.
    public static func writeString(_ s: String, to out: inout String) {
        out += "\""
        // Offsets of the bytes to escape, found on the string's contiguous UTF-8 (made so if it
        // is not); the runs between them are appended as slices of `s`.
        var copy = s
        let escapes: [Int] = copy.withUTF8 { bytes in
            bytes.indices.filter { bytes[$0] < 0x20 || bytes[$0] == UInt8(ascii: "\"") || bytes[$0] == UInt8(ascii: "\\") }
        }
        let utf8 = s.utf8
        var runStart = utf8.startIndex
        for offset in escapes {
            // An ASCII byte is always a scalar boundary, so the run is a whole slice of `s`.
            let at = utf8.index(utf8.startIndex, offsetBy: offset)
            out += s[runStart..<at]
            out += escape(utf8[at])
            runStart = utf8.index(after: at)
        }
        out += s[runStart..<utf8.endIndex]
        out += "\""
    }

    /// The escape of a byte JSON does not allow in a string as it is.
    static func escape(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\""): return "\\\""
        case UInt8(ascii: "\\"): return "\\\\"
        case UInt8(ascii: "\n"): return "\\n"
        case UInt8(ascii: "\r"): return "\\r"
        case UInt8(ascii: "\t"): return "\\t"
        default:
            let hex = String(byte, radix: 16, uppercase: true)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}
