/// Text after normalization for matching, with a map from every normalized byte back to the
/// Unicode scalar of the original text it came from.
///
/// `origin` has `bytes.count + 1` entries: `origin[i]` is the original scalar offset of the
/// scalar that produced normalized byte `i`, and `origin[bytes.count]` is the original length.
/// Characters that normalization deleted (diacritics, tatweel, zero-width marks) belong to the
/// range of the normalized text before them, so a match covers them too.
public struct NormalizedText: Sendable, Equatable {
    /// The normalized text as UTF-8.
    public var bytes: [UInt8]
    /// Original scalar offsets, one per normalized byte, plus the end.
    public var origin: [Int32]

    public init(bytes: [UInt8], origin: [Int32]) {
        precondition(origin.count == bytes.count + 1, "origin needs one entry per byte plus the end")
        self.bytes = bytes
        self.origin = origin
    }

    /// The normalized text as a `String`.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The original scalar range that a range of normalized bytes came from.
    public func originalRange(ofBytes range: Range<Int>) -> Range<Int> {
        let start = Int(origin[range.lowerBound])
        let end = Int(origin[range.upperBound])
        return start..<max(start, end)
    }
}
