/// Text made safe for XML and HTML, in element content and in double-quoted attributes.
public enum Markup {
    /// `text` with `&`, `<`, `>` and `"` escaped, and `'` too with `apostrophe` (TBX files).
    public static func escaped(_ text: String, apostrophe: Bool = false) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || apostrophe && $0 == 0x27 })
        else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'" where apostrophe: out += "&apos;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
