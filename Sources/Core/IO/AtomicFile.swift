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
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw Failure(description: "cannot create the folder \(folder): \(FileErrors.reason(error))")
            }
        }
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else {
            throw Failure(description: "cannot write \(path): \(FileErrors.posixReason(errno))")
        }
        var bytes = Array(text.utf8)
        var written = 0
        var failure: Int32 = 0
        bytes.withUnsafeMutableBytes { buffer in
            while written < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += n
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure == 0, let beforeRename {
            do {
                try beforeRename()
            } catch {
                unlink(temporary)
                throw Failure(description: "cannot write \(path): interrupted before the rename (\(error))")
            }
        }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw Failure(description: "cannot write \(path): \(FileErrors.posixReason(failure))")
        }
    }
}
