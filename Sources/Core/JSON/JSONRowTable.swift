/// JSON objects stored as the rows of one shared table, so that a step emitting millions of
/// annotations with a few thousand distinct payloads hands out one reference to this table and
/// two small integers instead of an object each — no allocation, no copy, and no reference
/// count scattered over memory. A row may have variants that differ in one member only (the
/// glossary's `clitics`): variant `v` replaces the value of `variantKey` by `variantValues[v]`.
public final class JSONRowTable: Sendable {
    public let rows: [[(key: String, value: JSONValue)]]
    public let variantKey: String?
    public let variantValues: [JSONValue]

    public init(rows: [[(key: String, value: JSONValue)]], variantKey: String? = nil, variantValues: [JSONValue] = []) {
        self.rows = rows
        self.variantKey = variantKey
        self.variantValues = variantValues
    }

    /// The members of row `row` in variant `variant`.
    public func members(row: Int32, variant: Int32) -> [(key: String, value: JSONValue)] {
        var members = rows[Int(row)]
        if let variantKey, Int(variant) < variantValues.count, let i = members.firstIndex(where: { $0.key == variantKey }) {
            members[i].value = variantValues[Int(variant)]
        }
        return members
    }

    /// One member of a row, without building the others.
    public func value(forKey key: String, row: Int32, variant: Int32) -> JSONValue? {
        if key == variantKey, Int(variant) < variantValues.count { return variantValues[Int(variant)] }
        return rows[Int(row)].first { $0.key == key }?.value
    }
}
