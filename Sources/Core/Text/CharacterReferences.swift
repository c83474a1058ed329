/// HTML character references a scraper left in the text (`&quot;`, `&#39;`, `&#8220;`,
/// `&nbsp;`): SaudiNewsNet's Sabq headlines read `&quot;الخطوط&quot; توفر …`.
///
/// The document keeps them as written; the text layer reads each as the one character it
/// stands for. A reference needs its closing `;` and names a character this table knows or a
/// number; anything else (`AT&T`, `&foo;`, `&#0;`) is text. The reference is ASCII, so its
/// length is the same in scalars and in UTF-8 bytes.
public enum CharacterReferences {
    /// The longest reference read: `&#x10FFFF;` and the longest name here (`&hellip;`, `&middot;`).
    public static let maxLength = 10

    /// The reference that starts at `i` in `scalars` (an `&`) — scalar values, or UTF-8 bytes:
    /// its length and the character it stands for.
    @inlinable
    public static func match<C: RandomAccessCollection>(in scalars: C, at i: C.Index) -> (length: Int, value: UInt32)?
    where C.Element: BinaryInteger {
        guard i < scalars.endIndex, scalars[i] == 0x26 else { return nil }
        var j = scalars.index(after: i)
        var length = 1
        var name: UInt64 = 0   // the name's ASCII bytes, packed (at most 8)
        var number: UInt32 = 0
        var digits = 0
        var radix: UInt32 = 0  // 0: a name; 10 or 16: a number
        while j < scalars.endIndex, length < maxLength {
            let v = UInt32(truncatingIfNeeded: scalars[j])
            length += 1
            if v == 0x3B {
                if radix == 0 {
                    guard let value = named[name] else { return nil }
                    return (length, value)
                }
                guard digits > 0, isCharacter(number) else { return nil }
                return (length, number)
            }
            if length == 2, v == 0x23 { radix = 10 }  // &#
            else if length == 3, radix == 10, v == 0x78 || v == 0x58 { radix = 16 }  // &#x
            else if radix == 0 {
                guard (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (length > 2 && (0x30...0x39).contains(v)),
                      length <= 9 else { return nil }
                name = name << 8 | UInt64(v)
            } else {
                guard let digit = digitValue(v, radix: radix) else { return nil }
                number = number &* radix &+ digit
                digits += 1
                if number > 0x10FFFF { return nil }
            }
            j = scalars.index(after: j)
        }
        return nil
    }

    /// The reference whose closing `;` is at `i`, as the range of its scalars.
    @inlinable
    public static func ending<C: RandomAccessCollection>(in scalars: C, at i: C.Index) -> Range<C.Index>?
    where C.Element == UInt32 {
        guard i < scalars.endIndex, scalars[i] == 0x3B else { return nil }
        var start = i
        for _ in 1..<maxLength {
            guard start > scalars.startIndex else { return nil }
            start = scalars.index(before: start)
            if scalars[start] == 0x26 {
                guard let (length, _) = match(in: scalars, at: start),
                      scalars.index(start, offsetBy: length) == scalars.index(after: i) else { return nil }
                return start..<scalars.index(after: i)
            }
            if scalars[start] == 0x3B || scalars[start] < 0x23 { return nil }
        }
        return nil
    }

    /// Calls `body` with each character of `scalars` as a reader of the page saw it — a
    /// reference as the one character it stands for — and the index where it starts.
    @inlinable
    public static func forEachCharacter<C: RandomAccessCollection>(in scalars: C, _ body: (C.Index, Unicode.Scalar) -> Void)
    where C.Element == Unicode.Scalar {
        let values = scalars.lazy.map(\.value)
        var i = scalars.startIndex
        while i < scalars.endIndex {
            if scalars[i] == "&", let (length, value) = match(in: values, at: i), let scalar = Unicode.Scalar(value) {
                body(i, scalar)
                i = scalars.index(i, offsetBy: length)
            } else {
                body(i, scalars[i])
                i = scalars.index(after: i)
            }
        }
    }

    /// `scalars` as a reader of the page saw them: each reference written as its character.
    public static func decoded<C: RandomAccessCollection>(_ scalars: C) -> [Unicode.Scalar] where C.Element == Unicode.Scalar {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        forEachCharacter(in: scalars) { out.append($1) }
        return out
    }

    /// The text with each reference written as its character.
    public static func decoded(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        return UTF8Scalars.string(decoded(Array(text.unicodeScalars)))
    }

    /// A view of scalar values with each reference read as its character, and where each of
    /// its scalars came from: `sourceOffsets[k]` is the source offset of scalar `k`, and
    /// `sourceOffsets[values.count]` the source's length. Nil when the text holds no reference.
    public static func view(of source: [UInt32]) -> (values: [UInt32], sourceOffsets: [Int])? {
        guard source.contains(0x26) else { return nil }
        var values: [UInt32] = []
        var offsets: [Int] = []
        values.reserveCapacity(source.count)
        offsets.reserveCapacity(source.count + 1)
        var i = 0
        while i < source.count {
            offsets.append(i)
            if source[i] == 0x26, let (length, value) = match(in: source, at: i) {
                values.append(value)
                i += length
            } else {
                values.append(source[i])
                i += 1
            }
        }
        guard values.count < source.count else { return nil }
        offsets.append(source.count)
        return (values, offsets)
    }

    @inlinable
    static func digitValue(_ v: UInt32, radix: UInt32) -> UInt32? {
        switch v {
        case 0x30...0x39: return v - 0x30
        case 0x41...0x46 where radix == 16: return v - 0x41 + 10
        case 0x61...0x66 where radix == 16: return v - 0x61 + 10
        default: return nil
        }
    }

    /// A scalar a text can hold: not a surrogate, not NUL or another control but tab and line ends.
    @inlinable
    static func isCharacter(_ v: UInt32) -> Bool {
        if v < 0x20 { return v == 0x09 || v == 0x0A || v == 0x0D }
        if (0x7F...0x9F).contains(v) { return false }
        return v <= 0x10FFFF && !(0xD800...0xDFFF).contains(v)
    }

    /// The named references news pages use, packed as in `match`: quotation marks, dashes,
    /// spaces and invisible marks, and the few signs.
    @usableFromInline
    static let named: [UInt64: UInt32] = {
        let table: [(String, UInt32)] = [
            ("quot", 0x22), ("amp", 0x26), ("apos", 0x27), ("lt", 0x3C), ("gt", 0x3E), ("nbsp", 0xA0),
            ("ndash", 0x2013), ("mdash", 0x2014), ("lsquo", 0x2018), ("rsquo", 0x2019), ("sbquo", 0x201A),
            ("ldquo", 0x201C), ("rdquo", 0x201D), ("bdquo", 0x201E), ("laquo", 0xAB), ("raquo", 0xBB),
            ("hellip", 0x2026), ("middot", 0xB7), ("bull", 0x2022), ("shy", 0xAD), ("zwnj", 0x200C),
            ("zwj", 0x200D), ("lrm", 0x200E), ("rlm", 0x200F), ("copy", 0xA9), ("reg", 0xAE),
            ("trade", 0x2122), ("deg", 0xB0), ("times", 0xD7), ("divide", 0xF7), ("thinsp", 0x2009),
            ("ensp", 0x2002), ("emsp", 0x2003), ("QUOT", 0x22), ("AMP", 0x26), ("LT", 0x3C), ("GT", 0x3E),
        ]
        var map: [UInt64: UInt32] = [:]
        for (name, value) in table { map[name.utf8.reduce(0) { $0 << 8 | UInt64($1) }] = value }
        return map
    }()
}
