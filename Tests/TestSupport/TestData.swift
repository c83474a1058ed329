import Foundation

/// The repository's own test inputs (the seeds are part of the project) and, when present,
/// the corpora in `../shared` (tests that need them skip with a note when it is absent).
public enum TestData {
    /// The repository root, found from this file's location.
    public static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A path inside the repository.
    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The five seed articles, sorted by name.
    public static var seedPaths: [String] {
        let folder = path("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
    }

    public static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// `../shared/corpora/easc/articles`, or `nil` (with a note) when `../shared` is absent.
    public static var eascArticles: [String]? {
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared/corpora/easc/articles").path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            print("note: ../shared/corpora/easc is absent; skipping the EASC checks")
            return nil
        }
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
    }
}
