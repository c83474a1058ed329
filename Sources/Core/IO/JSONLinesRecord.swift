/// One line of a JSON Lines input (what scrapers and Spark jobs write: one article per line)
/// read as a document.
///
/// A line is a JSON object with the article under `text` (or `content` or `body`, the names
/// scrapers use), optionally a `title`, which becomes the first paragraph as a page shows it, an
/// `id` (a string or a number; else the input's name and the line number) and a `language` (else
/// the run's). Other fields are ignored. Blank lines are skipped. Every other line is a document
/// or an error that says what is wrong with it, never a crash.
public enum JSONLinesRecord {
    /// The fields that may hold the article, in the order they are looked for.
    public static let textKeys = ["text", "content", "body"]

    /// Why a line is not a document, in words for the person who made the file.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// The document on `line`, `nil` for a blank line, or what is wrong with it.
    /// - Parameters:
    ///   - fallbackID: the id when the record has none (the caller makes it unique: `name:line`).
    ///   - language: the language when the record names none.
    public static func document(_ line: [UInt8], fallbackID: String, language: String) -> Result<Document, Failure>? {
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
        if let bad = TextDecoder.firstInvalidUTF8(line) {
            let byte = String(line[bad], radix: 16, uppercase: true)
            return .failure(Failure(message: "not UTF-8 text: invalid byte 0x\(byte.count == 1 ? "0" + byte : byte) "
                + "(byte offset \(bad) in the line); convert the file to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8)"))
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes: line)
        } catch {
            return .failure(Failure(message: "not a JSON object: column \(error.column): \(error.message)"))
        }
        guard let object = value.objectValue else {
            return .failure(Failure(message: "each line must be a JSON object with a \"text\" field; found \(value.kindDescription)"))
        }
        var text: String?
        for key in textKeys {
            guard let field = object[key] else { continue }
            guard let string = field.stringValue else {
                return .failure(Failure(message: "\"\(key)\" is \(field.kindDescription); it must be a string (the article's text)"))
            }
            text = string
            break
        }
        guard let text else {
            let keys = object.keys.prefix(6).map { "\"\($0)\"" }.joined(separator: ", ")
            return .failure(Failure(message: "no \"text\" field (nor \"content\" or \"body\") with the article; "
                + (keys.isEmpty ? "the object is empty" : "the fields are \(keys)")))
        }
        var source = text
        if let title = object["title"] {
            guard let heading = title.stringValue else {
                return .failure(Failure(message: "\"title\" is \(title.kindDescription); it must be a string"))
            }
            if !heading.isEmpty { source = heading + "\n\n" + text }
        }
        var id = fallbackID
        switch object["id"] {
        case .string(let string)? where !string.isEmpty: id = string
        case .int(let number)?: id = String(number)
        case nil, .null?: break
        case let other?:
            return .failure(Failure(message: "\"id\" is \(other.kindDescription); it must be a string or a whole number"))
        }
        var documentLanguage = language
        if let field = object["language"] {
            guard let tag = field.stringValue, isLanguageTag(tag) else {
                return .failure(Failure(message: "\"language\" must be a language tag such as \"ar\", \"ru\" or \"kk\""))
            }
            documentLanguage = tag
        }
        return .success(Document(id: id, language: LanguageGuess.resolve(documentLanguage, text: source), source: source))
    }

    /// Letters and hyphens, as `ar`, `en-GB`.
    public static func isLanguageTag(_ tag: String) -> Bool {
        !tag.isEmpty && tag.utf8.allSatisfy { ScalarClass.of(UInt32($0)) == .letter || $0 == UInt8(ascii: "-") }
    }
}
