/// One bit per glossary form, for a flag read on every hit: the bits of a large glossary stay
/// in the CPU's cache where an array of `Bool`s, or the forms themselves, do not.
struct FormBits: Sendable {
    private let words: [UInt64]

    /// The forms `0..<count` for which `isSet` holds.
    init(count: Int, where isSet: (Int) -> Bool) {
        var words = [UInt64](repeating: 0, count: (count + 63) / 64)
        for i in 0..<count where isSet(i) { words[i >> 6] |= 1 << UInt64(i & 63) }
        self.words = words
    }

    @inline(__always)
    func contains(_ form: Int) -> Bool { words[form >> 6] & (1 << UInt64(form & 63)) != 0 }
}
