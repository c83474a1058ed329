/// A JSON object whose members keep the order in which they were written or added. It holds
/// its members itself, or names a row of a shared `JSONRowTable` (payloads a step hands out by
/// the million); changing a member of the latter gives it members of its own first.
public struct JSONObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private var stored: [(key: String, value: JSONValue)]
    private var row: (table: JSONRowTable, index: Int32, variant: Int32)?

    /// The members in order; keys are unique.
    public var members: [(key: String, value: JSONValue)] {
        if let row { return row.table.members(row: row.index, variant: row.variant) }
        return stored
    }

    public init() { stored = [] }

    /// Row `index` of `table`, in variant `variant`.
    public init(table: JSONRowTable, row index: Int32, variant: Int32 = 0) {
        stored = []
        row = (table, index, variant)
    }

    public init(_ members: [(String, JSONValue)]) {
        self.stored = []
        for (key, value) in members { self[key] = value }
    }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        // Literals almost always have distinct keys: take them as they are when they do.
        var distinct = true
        for i in elements.indices where distinct {
            for j in elements.indices where j < i && elements[j].0 == elements[i].0 { distinct = false }
        }
        if distinct {
            self.init()
            stored = elements.map { (key: $0.0, value: $0.1) }
        } else {
            self.init(elements)
        }
    }

    public var keys: [String] { members.map(\.key) }
    public var isEmpty: Bool { row == nil && stored.isEmpty }

    /// Reads a member; setting replaces it in place or appends it; setting `nil` removes it.
    public subscript(key: String) -> JSONValue? {
        get {
            if let row { return row.table.value(forKey: key, row: row.index, variant: row.variant) }
            return stored.first { $0.key == key }?.value
        }
        set {
            if row != nil {
                stored = members
                row = nil
            }
            let index = stored.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let i?, let v?): stored[i].value = v
            case (let i?, nil): stored.remove(at: i)
            case (nil, let v?): stored.append((key, v))
            case (nil, nil): break
            }
        }
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}
