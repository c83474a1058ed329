/// Decoding of Unicode scalars from contiguous, valid UTF-8 (a Swift `String`'s storage).
///
/// The text layer scans bytes, not `Character`s: on this machine a contiguous UTF-8 loop runs
/// at ~2 GB/s, `Character` iteration at ~56 MB/s (`../shared/docs/performance.md`).
public enum UTF8Scalars {
    /// The scalar starting at byte `i` of valid UTF-8, and its length in bytes.
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 {
            return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F), 4)
    }

    /// The UTF-8 bytes of scalar value `value`, in order, to `emit`.
    @inlinable @inline(__always)
    public static func encode(_ value: UInt32, _ emit: (UInt8) -> Void) {
        switch value {
        case 0..<0x80:
            emit(UInt8(value))
        case 0x80..<0x800:
            emit(UInt8(0xC0 | value >> 6))
            emit(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            emit(UInt8(0xE0 | value >> 12))
            emit(UInt8(0x80 | (value >> 6) & 0x3F))
            emit(UInt8(0x80 | value & 0x3F))
        default:
            emit(UInt8(0xF0 | value >> 18))
            emit(UInt8(0x80 | (value >> 12) & 0x3F))
            emit(UInt8(0x80 | (value >> 6) & 0x3F))
            emit(UInt8(0x80 | value & 0x3F))
        }
    }

    /// Appends the UTF-8 encoding of `value` to `out`.
    @inlinable @inline(__always)
    public static func append(_ value: UInt32, to out: inout [UInt8]) {
        encode(value) { out.append($0) }
    }

    /// A string of `scalars`, encoded as UTF-8 straight into the string's storage: building it
    /// through `String.UnicodeScalarView` took the slow path (each scalar as a UTF-32 code unit,
    /// validated and repaired), 3% of the default chain where the brief slices its text.
    @inlinable
    public static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var i = 0
            for scalar in scalars {
                encode(scalar.value) { buffer[i] = $0; i += 1 }
            }
            return i
        }
    }

    /// The scalars of `text`, decoded in one pass over its UTF-8 (`Array(text.unicodeScalars)`
    /// counts them first and then copies: two passes, and 5% of the default chain's time).
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        decodeAll(text) { Unicode.Scalar($0).unsafelyUnwrapped }
    }

    /// The same as scalar values (`UInt32`), for scanners that compare numbers.
    public static func values(of text: String) -> [UInt32] {
        decodeAll(text) { $0 }
    }

    @inline(__always)
    static func decodeAll<T>(_ text: String, _ make: (UInt32) -> T) -> [T] {
        var copy = text
        return copy.withUTF8 { bytes in
            var out: [T] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let (value, length) = decode(bytes, at: i)
                out.append(make(value))
                i += length
            }
            return out
        }
    }

    /// The number of scalars in `text`: its bytes less its continuation bytes (`10xxxxxx`),
    /// counted eight bytes at a time.
    public static func count(_ text: String) -> Int {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            var continuation = 0
            var i = 0
            while i + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                // Bit 7 of a byte set and bit 6 clear: a continuation byte.
                continuation &+= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
            while i < bytes.count {
                continuation &+= bytes[i] & 0xC0 == 0x80 ? 1 : 0
                i += 1
            }
            return bytes.count - continuation
        }
    }
}
