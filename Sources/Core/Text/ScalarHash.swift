/// FNV-1a over Unicode scalar values: how the summary's word stems (Arabic and Russian) and the
/// Russian function words are keyed, from an article's words and from a counts file alike.
/// (`LineKey.word` is the same hash over UTF-8 bytes, for the byte-level word lists.)
public enum ScalarHash {
    @inlinable
    public static func of<C: Collection>(_ scalars: C) -> UInt64 where C.Element == UInt32 {
        var h = start
        for v in scalars { h = extend(h, with: v) }
        return h
    }

    /// The hash of no scalars.
    public static let start: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The hash of a sequence one scalar longer: `of(s + [v]) == extend(of(s), with: v)`.
    @inlinable @inline(__always)
    public static func extend(_ hash: UInt64, with v: UInt32) -> UInt64 {
        (hash ^ UInt64(v)) &* 0x0000_0100_0000_01B3
    }
}
