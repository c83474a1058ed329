/// Slices a text by Unicode-scalar ranges (the unit of every annotation) in time proportional
/// to the slice, not to where it starts.
///
/// `Document.text(of:)` walks the source from its first scalar on every call, which is fine for
/// one slice and quadratic for a step that slices at every hit of a long document. This index
/// notes the UTF-8 offset of every 64th scalar once (one pass over the bytes), then finds any
/// scalar by walking at most 63 more: 8 bytes of memory per 64 scalars.
public struct ScalarIndex: Sendable {
    /// The text it slices.
    public let text: String
    /// The number of Unicode scalars in `text`.
    public let scalarCount: Int
    /// `checkpoints[k]`: the UTF-8 offset of scalar `k * stride`.
    private let checkpoints: [Int]
    private static let stride = 64

    public init(_ text: String) {
        var text = text
        var checkpoints: [Int] = []
        var count = 0
        text.withUTF8 { bytes in
            checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
            for i in 0..<bytes.count where bytes[i] & 0xC0 != 0x80 {
                if count % Self.stride == 0 { checkpoints.append(i) }
                count += 1
            }
        }
        self.text = text
        scalarCount = count
        self.checkpoints = checkpoints
    }

    /// The UTF-8 offset at which scalar `scalar` starts (clamped: the end of the text for any
    /// offset at or past the last scalar, the start for a negative one).
    public func utf8Offset(ofScalar scalar: Int) -> Int {
        let utf8 = text.utf8
        guard scalar > 0 else { return 0 }
        guard scalar < scalarCount else { return utf8.count }
        let checkpoint = checkpoints[scalar / Self.stride]
        var remaining = scalar % Self.stride
        if let offset = utf8.withContiguousStorageIfAvailable({ bytes -> Int in
            var i = checkpoint
            while remaining > 0 {
                i += 1
                if bytes[i] & 0xC0 != 0x80 { remaining -= 1 }
            }
            return i
        }) {
            return offset
        }
        // Not contiguous (a bridged string): walk the view's scalars from the checkpoint.
        let index = text.unicodeScalars.index(index(atUTF8: checkpoint), offsetBy: remaining)
        return utf8.distance(from: utf8.startIndex, to: index)
    }

    /// The text of a scalar range, clamped to the text so it never traps.
    public func text(of range: Range<Int>) -> String {
        let lower = utf8Offset(ofScalar: range.lowerBound)
        let upper = max(lower, utf8Offset(ofScalar: range.upperBound))
        return String(text[index(atUTF8: lower)..<index(atUTF8: upper)])
    }

    /// Whether a scalar occurs in a scalar range (clamped to the text), read without a copy.
    public func contains(_ scalar: Unicode.Scalar, in range: Range<Int>) -> Bool {
        let lower = utf8Offset(ofScalar: max(0, range.lowerBound))
        let upper = max(lower, utf8Offset(ofScalar: min(scalarCount, range.upperBound)))
        return text[index(atUTF8: lower)..<index(atUTF8: upper)].unicodeScalars.contains(scalar)
    }

    /// The scalar at an offset, or nil outside the text.
    public func scalar(at offset: Int) -> Unicode.Scalar? {
        guard offset >= 0, offset < scalarCount else { return nil }
        return text.unicodeScalars[index(atUTF8: utf8Offset(ofScalar: offset))]
    }

    /// The string index at a UTF-8 offset (constant time on a native string).
    private func index(atUTF8 offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }
}
