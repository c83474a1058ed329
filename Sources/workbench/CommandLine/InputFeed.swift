import Core
import Foundation

/// The documents of a run's inputs, read one at a time in input order: a text file is one
/// document, a JSON Lines input one per line, read as a stream (standard input may never end).
/// What cannot be read becomes an entry with the message, so the run reports it in its place
/// and goes on.
struct InputFeed {
    /// One document of the feed, or why one could not be read.
    struct Entry: Sendable {
        enum Content: Sendable {
            case document(Document)
            /// The full message, `name: error: reason`.
            case unreadable(String)
            /// An input begins (JSON Lines inputs only, so that an empty one still gets its output file).
            case start
        }

        /// The index of the input the entry comes from.
        let input: Int
        /// The name messages use: `file`, `file:LINE`, `<stdin>:LINE`.
        let name: String
        /// The document's id, or the one it would have had (`feed:3`) when it could not be read.
        let id: String
        let content: Content
    }

    let items: [InputItem]
    let language: String
    let console: Console

    /// Calls `body` with every entry in order, as long as `keepGoing` says so.
    func forEach(while keepGoing: () -> Bool = { true }, _ body: (Entry) -> Void) {
        for (index, item) in items.enumerated() {
            guard keepGoing() else { return }
            if item.format == .jsonl {
                body(Entry(input: index, name: item.displayName, id: item.id, content: .start))
                guard var lines = lineReader(item, input: index, body) else { continue }
                while keepGoing(), let line = lines.next() {
                    let name = "\(item.displayName):\(lines.lineNumber)"
                    let fallbackID = "\(item.id):\(lines.lineNumber)"
                    switch JSONLinesRecord.document(line, fallbackID: fallbackID, language: language) {
                    case nil: continue
                    case .success(let document)?: body(Entry(input: index, name: name, id: document.id, content: .document(document)))
                    case .failure(let failure)?:
                        body(Entry(input: index, name: name, id: fallbackID, content: .unreadable("\(name): error: \(failure)")))
                    }
                }
            } else {
                body(Entry(input: index, name: item.displayName, id: item.id, content: Self.read(item, language: language, console: console)))
            }
        }
    }

    /// A line reader over a JSON Lines input, or `nil` after reporting why it cannot be opened.
    private func lineReader(_ item: InputItem, input: Int, _ body: (Entry) -> Void) -> LineReader? {
        guard let path = item.path else {
            if console.stdinIsTerminal { console.err("workbench: reading JSON Lines from standard input (end it with Ctrl-D)") }
            return LineReader(readChunk: console.readChunk)
        }
        do {
            return try LineFile(path: path).lines()
        } catch {
            body(Entry(input: input, name: path, id: item.id, content: .unreadable("\(path): error: \(error)")))
            return nil
        }
    }

    /// Reads a text input into one document, or says why it cannot.
    static func read(_ item: InputItem, language: String, console: Console) -> Entry.Content {
        let bytes: [UInt8]
        if let path = item.path {
            guard let data = FileManager.default.contents(atPath: path) else {
                let reason = access(path, R_OK) == 0 ? "cannot read the file" : FileErrors.posixReason(errno)
                return .unreadable("\(path): error: \(reason)")
            }
            bytes = Array(data)
        } else {
            if console.stdinIsTerminal { console.err("workbench: reading standard input (end it with Ctrl-D)") }
            bytes = console.readInput()
        }
        switch TextDecoder.decode(bytes) {
        case .success(let text): return .document(Document(id: item.id, language: LanguageGuess.resolve(language, text: text), source: text))
        case .failure(let failure): return .unreadable("\(item.displayName): error: \(failure.message)")
        }
    }
}
