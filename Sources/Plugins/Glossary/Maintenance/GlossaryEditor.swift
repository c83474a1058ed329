import Core
import Foundation

/// Edits one glossary file in place the way a careful translator would: the file keeps its
/// order, comments, byte-order mark and line endings; an added entry goes at the end, a
/// changed one stays on its line, a removed one takes only its line. An edit that would create
/// a duplicate or a conflict with the file or its sibling `*.tsv` files is refused unless
/// forced. The new file is written atomically, under an exclusive lock, so two edits at the
/// same time both land.
public struct GlossaryEditor {
    /// What to change.
    public enum Edit: Sendable {
        case add(GlossaryEntry)
        case remove(arabic: String)
        case set(arabic: String, english: String?, kind: GlossaryEntry.Kind?, note: String?, addVariants: [String], removeVariants: [String])
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public let path: String
    public var force = false

    public init(path: String, force: Bool = false) {
        self.path = path
        self.force = force
    }

    /// Applies an edit; returns a one-line summary of what changed.
    public func apply(_ edit: Edit, beforeRename: (() throws -> Void)? = nil) throws(Failure) -> String {
        // A hidden lock file beside the glossary (not the glossary itself, whose inode the
        // atomic rename replaces).
        let folder = (path as NSString).deletingLastPathComponent
        let lockPath = (folder.isEmpty ? "" : folder + "/") + "." + (path as NSString).lastPathComponent + ".lock"
        let lock = open(lockPath, O_RDWR | O_CREAT, 0o644)
        guard lock >= 0 else { throw Failure(description: "\(path): error: cannot lock the file: \(FileErrors.posixReason(errno))") }
        defer {
            flock(lock, LOCK_UN)
            close(lock)
        }
        flock(lock, LOCK_EX)

        guard let data = FileManager.default.contents(atPath: path), case .success(let text) = TextDecoder.decode(Array(data)) else {
            throw Failure(description: "\(path): error: cannot read the glossary as UTF-8 text")
        }
        let bom = data.starts(with: [0xEF, 0xBB, 0xBF]) ? "\u{FEFF}" : ""
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        var lines = text.components(separatedBy: newline)
        if lines.last == "" { lines.removeLast() }
        guard case .success(let entries) = GlossaryFileParser.parse(Array(data), displayName: path, fileName: path) else {
            throw Failure(description: "\(path): error: the glossary has errors; run workbench glossary lint \(path)")
        }
        guard let headerIndex = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }) else {
            throw Failure(description: "\(path): error: the glossary has no header line")
        }
        let header = lines[headerIndex].split(separator: "\t", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let source = GlossaryEntry.sourceColumns.first(where: { header.contains($0.column) }) else {
            throw Failure(description: "\(path): error: edits need a header line naming the columns (\(EnglishList.joined(GlossaryEntry.sourceColumns.map(\.column), conjunction: "or")), english, …)")
        }
        let normalizer = Glossary.lookupNormalizer(for: source.language)
        func find(_ arabic: String) throws(Failure) -> GlossaryEntry {
            let key = normalizer.normalizedString(arabic)
            guard let entry = entries.first(where: { normalizer.normalizedString($0.source) == key }) else {
                let near = Suggestions.nearest(to: arabic, in: entries.map(\.source)).map { " Did you mean '\($0)'?" } ?? ""
                throw Failure(description: "\(path): error: no entry '\(arabic)'.\(near)")
            }
            return entry
        }
        let summary: String
        switch edit {
        case .add(let entry):
            lines.append(try Self.line(for: entry, columns: header, path: path))
            summary = "added '\(entry.source)' → \(entry.english) on line \(lines.count)"
        case .remove(let arabic):
            let entry = try find(arabic)
            lines.remove(at: entry.line - 1)
            summary = "removed '\(entry.source)' → \(entry.english) (line \(entry.line))"
        case .set(let arabic, let english, let kind, let note, let addVariants, let removeVariants):
            var entry = try find(arabic)
            if let english { entry.english = english }
            if let kind { entry.kind = kind }
            if let note { entry.note = note }
            for variant in removeVariants {
                guard let index = entry.variants.firstIndex(where: { normalizer.normalizedString($0) == normalizer.normalizedString(variant) }) else {
                    throw Failure(description: "\(path):\(entry.line): error: '\(entry.source)' has no variant '\(variant)'")
                }
                entry.variants.remove(at: index)
            }
            entry.variants += addVariants.filter { !entry.variants.contains($0) }
            lines[entry.line - 1] = try Self.line(for: entry, columns: header, path: path)
            summary = "changed '\(entry.source)' on line \(entry.line)"
        }
        var newText = lines.joined(separator: newline) + newline
        if !bom.isEmpty, !newText.hasPrefix(bom) { newText = bom + newText }
        try check(newText)
        do {
            try AtomicFile.write(newText, to: path, beforeRename: beforeRename)
        } catch {
            throw Failure(description: "\(path): error: \(error)")
        }
        return summary
    }

    /// Refuses an edit that leaves the file malformed, or (unless forced) in conflict with itself
    /// or the other glossaries of its folder.
    func check(_ text: String) throws(Failure) {
        var entries: [GlossaryEntry]
        switch GlossaryFileParser.parse(Array(text.utf8), displayName: path, fileName: path) {
        case .success(let found): entries = found
        case .failure(let list): throw Failure(description: list.description)
        }
        guard !force else { return }
        let folder = (path as NSString).deletingLastPathComponent
        let siblings = ((try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? [])
            .filter { $0.hasSuffix(".tsv") && $0 != (path as NSString).lastPathComponent }.sorted()
        for name in siblings {
            let sibling = folder.isEmpty ? name : folder + "/" + name
            if let data = FileManager.default.contents(atPath: sibling),
               case .success(let found) = GlossaryFileParser.parse(Array(data), displayName: sibling, fileName: sibling) {
                entries += found
            }
        }
        if case .failure(let list) = GlossarySet.build(entries) {
            throw Failure(description: list.description + "\n(nothing written; add --force to write it anyway)")
        }
    }

    /// An entry as a line of cells in the file's column order; a value whose column the file
    /// does not have is an error, never dropped.
    static func line(for entry: GlossaryEntry, columns: [String], path: String) throws(Failure) -> String {
        let needed: [(String, Bool)] = [("type", entry.kind != .term), ("variants", !entry.variants.isEmpty),
                                        ("nisba", !entry.nisbas.isEmpty), ("note", !entry.note.isEmpty), ("flags", !entry.flagNames.isEmpty)]
        for (column, used) in needed where used && !columns.contains(column) {
            throw Failure(description: "\(path): error: the file has no '\(column)' column; add it to the header line first (nothing written)")
        }
        return columns.map { GlossaryTSVWriter.clean(GlossaryTSVWriter.cell($0, of: entry)) }.joined(separator: "\t")
    }
}
