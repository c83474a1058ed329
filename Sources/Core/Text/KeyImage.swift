/// A byte key as two machine words and a hash, read in one pass over its bytes: a key of up
/// to 15 bytes *is* its image (`word0`, then `word1` with the length in its top byte), so two
/// word compares test it; a longer key keeps its length and a marker in `word1` and is compared
/// byte by byte. The hash mixes 8 bytes at a time (not one multiply per byte, as FNV does).
@frozen
public struct KeyImage {
    public static let inlineCapacity = 15

    public let word0: UInt64
    public let word1: UInt64
    public let hash: UInt64

    /// Whether the key is held by the image.
    @inlinable
    public var isShort: Bool { word1 >> 56 != 0xFF }

    /// The image of `prefix + rest`.
    @inlinable @inline(__always)
    public init(_ prefix: UnsafeBufferPointer<UInt8>, _ rest: UnsafeBufferPointer<UInt8>) {
        let total = prefix.count + rest.count
        var reader = Reader()
        for byte in prefix { reader.add(byte) }
        for byte in rest { reader.add(byte) }
        let w0: UInt64, w1: UInt64
        if total <= Self.inlineCapacity {
            (w0, w1) = reader.chunks == 0 ? (reader.chunk, UInt64(total) << 56)
                                          : (reader.first, reader.chunk | UInt64(total) << 56)
        } else {
            (w0, w1) = (reader.first, 0xFF << 56 | UInt64(truncatingIfNeeded: total))
        }
        var h = reader.shift != 0 ? Reader.mix(reader.hash, reader.chunk) : reader.hash
        h ^= UInt64(truncatingIfNeeded: total) &* 0xC2B2_AE3D_27D4_EB4F
        // MurmurHash3's 64-bit finalizer: every input bit reaches every output bit.
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        word0 = w0
        word1 = w1
        hash = h
    }

    /// Gathers bytes into 8-byte chunks, hashing each full chunk.
    @usableFromInline
    struct Reader {
        @usableFromInline var chunk: UInt64 = 0
        @usableFromInline var shift: UInt64 = 0
        @usableFromInline var chunks = 0
        @usableFromInline var first: UInt64 = 0
        @usableFromInline var hash: UInt64 = 0

        @inlinable
        init() {}

        @inlinable @inline(__always)
        mutating func add(_ byte: UInt8) {
            chunk |= UInt64(byte) << shift
            shift += 8
            if shift == 64 {
                if chunks == 0 { first = chunk }
                hash = Self.mix(hash, chunk)
                chunks += 1
                chunk = 0
                shift = 0
            }
        }

        @inlinable @inline(__always)
        static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
            ((h << 23 | h >> 41) ^ chunk) &* 0x9E37_79B9_7F4A_7C15
        }
    }
}
