/// Items as an English sentence lists them, for messages: `a`, `a or b`, `a, b or c`.
public enum EnglishList {
    public static func joined(_ items: [String], conjunction: String = "and") -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
