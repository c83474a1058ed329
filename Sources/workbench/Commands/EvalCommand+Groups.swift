import Core
import Foundation

extension EvalCommand {
    /// `--groups FILE:COLUMN`: which group each article belongs to, read from a tab-separated
    /// file with a header line that names an `id` column and COLUMN (EASC's `mapping.tsv` and
    /// its `source_name`: Wikipedia, Alwatan Newspaper, Alrai Newspaper). Articles the file does
    /// not list fall in the group "(not listed)".
    struct ArticleGroups {
        static let unlisted = "(not listed)"
        let column: String
        let groupOf: [String: String]

        func group(of id: String) -> String { groupOf[id] ?? Self.unlisted }

        static func load(_ spec: String) throws(UsageError) -> ArticleGroups {
            guard let colon = spec.lastIndex(of: ":"), colon != spec.startIndex, spec.index(after: colon) != spec.endIndex else {
                throw UsageError("--groups takes FILE:COLUMN (a tab-separated file and the column that names each article's group); found '\(spec)'")
            }
            let path = String(spec[..<colon]), column = String(spec[spec.index(after: colon)...])
            guard let data = FileManager.default.contents(atPath: path), case .success(let text) = TextDecoder.decode(Array(data)) else {
                throw UsageError("\(path): cannot read the groups file (--groups FILE:COLUMN)")
            }
            let bytes = Array(text.utf8)
            // The lines that are neither empty nor comments, the first of them the header.
            let rows = TextLines(bytes)
                .map { (number: $0.number, cells: String(decoding: bytes[$0.range], as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)) }
                .filter { !($0.cells.first ?? "").hasPrefix("#") && !($0.cells.count == 1 && $0.cells[0].isEmpty) }
            guard let headerRow = rows.first else { throw UsageError("\(path): the groups file has no header line") }
            let header = headerRow.cells.map(String.init)
            guard let idColumn = header.firstIndex(of: "id") else {
                throw UsageError("\(path):\(headerRow.number): the header names no 'id' column")
            }
            guard let groupColumn = header.firstIndex(of: column) else {
                throw UsageError("\(path):\(headerRow.number): no column '\(column)'.\(Suggestions.didYouMean(column, in: header)) "
                    + "Columns: \(header.joined(separator: ", "))")
            }
            var groupOf: [String: String] = [:]
            for row in rows.dropFirst() where row.cells.count > max(idColumn, groupColumn) {
                groupOf[String(row.cells[idColumn])] = String(row.cells[groupColumn])
            }
            return ArticleGroups(column: column, groupOf: groupOf)
        }
    }
}
