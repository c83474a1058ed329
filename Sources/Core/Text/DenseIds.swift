/// Dense ids for `UInt64` keys (term hashes): the first key seen is 0, the next new one 1, and
/// so on. Open addressing with linear probing in one flat array that doubles when half full —
/// what a document's term table needs without `Dictionary`'s per-look-up SipHash.
public struct DenseIds {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var ids: [Int32]
    @usableFromInline var mask: Int
    /// How many different keys have an id.
    public private(set) var count = 0

    public init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        ids = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inlinable
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 31
        return Int(truncatingIfNeeded: h) & mask
    }

    /// The id of `key`, given now if it has none.
    public mutating func id(_ key: UInt64) -> Int32 {
        var slot = Self.slot(key, mask)
        while ids[slot] >= 0 {
            if keys[slot] == key { return ids[slot] }
            slot = (slot + 1) & mask
        }
        let id = Int32(count)
        keys[slot] = key
        ids[slot] = id
        count += 1
        if count * 2 > mask + 1 { grow() }
        return id
    }

    /// The id of `key`, or nil.
    public func existingId(_ key: UInt64) -> Int32? {
        var slot = Self.slot(key, mask)
        while ids[slot] >= 0 {
            if keys[slot] == key { return ids[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    mutating func grow() {
        let oldKeys = keys, oldIds = ids
        let size = (mask + 1) * 2
        keys = [UInt64](repeating: 0, count: size)
        ids = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (key, id) in zip(oldKeys, oldIds) where id >= 0 {
            var slot = Self.slot(key, mask)
            while ids[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            ids[slot] = id
        }
    }
}
