/// What the glossary's trie says about a token as the first word of a term, packed into the
/// 64-bit value the token index keeps with the token: a hit on a word then answers, in the same
/// memory access, whether a term starts there, which form a one-word term is, and whether a
/// longer term may continue. Value 0 (an absent token) reads as "no term starts here".
struct TokenRoot {
    /// The trie node reached by this token from the root, or -1.
    let node: Int32
    /// The form that ends at that node (a one-word term), or -1.
    let form: Int32
    /// Whether longer terms start with this token.
    let hasChildren: Bool

    @inline(__always)
    init(_ value: UInt64) {
        node = Int32(truncatingIfNeeded: value & 0x7FFF_FFFF) - 1
        hasChildren = value & 0x8000_0000 != 0
        form = Int32(truncatingIfNeeded: value >> 32) - 1
    }

    /// The packed value: bits 0–30 node + 1, bit 31 children, bits 32–63 form + 1.
    static func pack(node: Int32, form: Int32, hasChildren: Bool) -> UInt64 {
        precondition(node < Int32.max >> 1 && form < Int32.max, "trie too large to pack")
        guard node >= 0 else { return 0 }
        return UInt64(UInt32(node + 1)) | (hasChildren ? 0x8000_0000 : 0) | UInt64(UInt32(form + 1)) << 32
    }
}
