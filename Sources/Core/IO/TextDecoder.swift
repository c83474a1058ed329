/// Turns the bytes of an input file into text, or says exactly why it cannot.
///
/// Accepts UTF-8 with or without a byte-order mark (the mark is dropped: it is an encoding
/// signal, not text). Rejects binary data (NUL bytes), UTF-16 and invalid UTF-8 with the
/// line and byte offset of the first bad byte.
public enum TextDecoder {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    public static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Failure(message: "the file is UTF-16 text; save it as UTF-8"))
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let nul = body.firstIndex(of: 0) {
            return .failure(Failure(message: "binary data, not text (a NUL byte at byte offset \(nul))"))
        }
        if let bad = firstInvalidUTF8(body) {
            let line = body[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let byte = String(body[bad], radix: 16, uppercase: true)
            return .failure(Failure(message:
                "not UTF-8 text: invalid byte 0x\(byte.count == 1 ? "0" + byte : byte) on line \(line) (byte offset \(bad)); "
                    + "convert it to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8)"))
        }
        return .success(String(decoding: body, as: UTF8.self))
    }

    /// The offset of the first byte that is not part of a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            if bytes[i + 1] < lower || bytes[i + 1] > upper { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}
