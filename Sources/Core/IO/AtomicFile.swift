import Foundation

/// Writes files so that a reader sees either the old file or the whole new one, never a part:
/// the data goes to a temporary file in the same folder, which is then renamed over the target.
public enum AtomicFile {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Writes `text` as UTF-8 to `path`, creating missing folders. `beforeRename` runs when the
    /// temporary file is complete and synced, just before it replaces the target (tests use it
    /// to simulate a crash at the worst moment: the target must still be the old file).
    public static func write(_ text: String, to path: String, beforeRename: (() throws -> Void)? = nil) throws(Failure) {
        let writer = try AtomicFileWriter(path: path)
        writer.write(text)
        try writer.commit(beforeRename: beforeRename)
    }
}
