/// A hash table from byte strings to dense integer ids (0, 1, 2, …), for looking up words
/// straight from a UTF-8 buffer without building a `String`.
///
/// Open addressing with linear probing over FNV-1a hashes; keys live in one byte arena.
/// A key may be looked up as the concatenation of two byte ranges (`prefix` + `rest`), which
/// is how clitic analyses (`ل` + `ال`… → `ال…`) probe the table without copying.
public struct ByteKeyTable: Sendable {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var arena: [UInt8] = []
    private var mask: Int

    /// The number of keys.
    public var count: Int { hashes.count }

    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The id of `key`, adding it if new.
    public mutating func intern(_ key: [UInt8]) -> Int32 {
        key.withUnsafeBufferPointer { buffer in
            let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            let hash = Self.hash(empty, buffer)
            if let id = find(hash: hash, empty, buffer) { return id }
            if (count + 1) * 2 > slots.count { grow() }
            let id = Int32(count)
            hashes.append(hash)
            starts.append(Int32(arena.count))
            lengths.append(Int32(buffer.count))
            arena.append(contentsOf: buffer)
            place(id: id, hash: hash)
            return id
        }
    }

    /// The id of the key `prefix + rest`, or -1.
    @inlinable
    public func lookup(_ prefix: UnsafeBufferPointer<UInt8>, _ rest: UnsafeBufferPointer<UInt8>) -> Int32 {
        find(hash: Self.hash(prefix, rest), prefix, rest) ?? -1
    }

    /// The key bytes of an id.
    public func key(_ id: Int32) -> ArraySlice<UInt8> {
        let start = Int(starts[Int(id)])
        return arena[start..<start + Int(lengths[Int(id)])]
    }

    /// Approximate memory held, in bytes.
    public var memoryFootprint: Int {
        slots.count * 4 + hashes.count * 16 + arena.count
    }

    @usableFromInline
    func find(hash: UInt64, _ prefix: UnsafeBufferPointer<UInt8>, _ rest: UnsafeBufferPointer<UInt8>) -> Int32? {
        let total = prefix.count + rest.count
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                while true {
                    let id = slots[slot]
                    if id < 0 { return nil }
                    if hashes[Int(id)] == hash, Int(lengths[Int(id)]) == total,
                       equals(Int(starts[Int(id)]), prefix, rest) {
                        return id
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    private func equals(_ start: Int, _ prefix: UnsafeBufferPointer<UInt8>, _ rest: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { arena in
            for i in 0..<prefix.count where arena[start + i] != prefix[i] { return false }
            let offset = start + prefix.count
            for i in 0..<rest.count where arena[offset + i] != rest[i] { return false }
            return true
        }
    }

    private mutating func place(id: Int32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for id in 0..<count { place(id: Int32(id), hash: hashes[id]) }
    }

    /// FNV-1a over `prefix` then `rest`, with a final mix so that the low bits spread.
    @inlinable
    public static func hash(_ prefix: UnsafeBufferPointer<UInt8>, _ rest: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in prefix { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        for b in rest { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }
}
