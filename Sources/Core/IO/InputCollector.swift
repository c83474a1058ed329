import Foundation

/// One input of a run: a file or standard input.
public struct InputItem: Sendable, Equatable {
    /// How an input holds its articles.
    public enum Format: String, Sendable, CaseIterable {
        /// The whole input is one article.
        case text
        /// One JSON object per line, each an article (see `JSONLinesRecord`).
        case jsonl
    }

    /// The file path as the user gave it (or as found below a directory they gave), or `nil` for stdin.
    public var path: String?
    /// The document id: the file name without its extension, or `stdin`.
    public var id: String
    /// Where an output for this input goes below `--output DIR`, without extension: the path
    /// below the directory argument it was found in, or the file name.
    public var outputStem: String
    /// Text unless the name ends in `.jsonl` or `.ndjson`.
    public var format: Format = .text

    /// The name used in messages.
    public var displayName: String { path ?? "<stdin>" }

    /// The site the input belongs to: its folder (documents of one folder are one site, for
    /// steps that compare the pages of a site), a JSON Lines file itself; empty for standard input.
    public var site: String {
        guard let path else { return "" }
        if format == .jsonl { return path }
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    public static let stdin = InputItem(path: nil, id: "stdin", outputStem: "stdin")

    /// The format a file name says: JSON Lines for `*.jsonl` and `*.ndjson`, else text.
    public static func format(ofName name: String) -> Format {
        let lowered = name.lowercased()
        return lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") ? .jsonl : .text
    }
}

/// Expands command-line inputs: files as they are, directories to every `*.txt`, `*.jsonl` and
/// `*.ndjson` below them (sorted, hidden entries skipped), `-` to standard input.
public enum InputCollector {
    /// The inputs in order, and a message for each argument that names nothing readable.
    public static func collect(_ arguments: [String]) -> (items: [InputItem], problems: [String]) {
        if arguments.isEmpty { return ([.stdin], []) }
        var items: [InputItem] = []
        var problems: [String] = []
        let fileManager = FileManager.default
        for argument in arguments {
            if argument == "-" {
                items.append(.stdin)
                continue
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                problems.append("\(argument): error: no such file or directory")
                continue
            }
            if !isDirectory.boolValue {
                let name = (argument as NSString).lastPathComponent
                items.append(InputItem(path: argument, id: stem(name), outputStem: stem(name), format: InputItem.format(ofName: name)))
                continue
            }
            let found = textFiles(below: argument)
            if found.isEmpty { problems.append("\(argument): warning: no *.txt or *.jsonl files in this directory") }
            for relative in found {
                let path = argument.hasSuffix("/") ? argument + relative : argument + "/" + relative
                let name = (relative as NSString).lastPathComponent
                items.append(InputItem(path: path, id: stem(name), outputStem: stem(relative), format: InputItem.format(ofName: name)))
            }
        }
        return (items, problems)
    }

    /// Relative paths of the `*.txt`, `*.jsonl` and `*.ndjson` files below `directory`, sorted.
    static func textFiles(below directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            let lowered = name.lowercased()
            if lowered.hasSuffix(".txt") || lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson"),
               (enumerator.fileAttributes?[.type] as? FileAttributeType) != .typeDirectory {
                found.append(relative)
            }
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// A file name or relative path without its last extension.
    static func stem(_ name: String) -> String {
        let last = (name as NSString).lastPathComponent
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return name }
        return String(name.dropLast(last.distance(from: dot, to: last.endIndex)))
    }
}
