import Foundation

/// A file written piece by piece that appears at its path only when complete: the pieces go
/// to a temporary file in the same folder, which `commit` syncs and renames over the target.
/// A writer dropped without `commit` removes its temporary file, so a failed run leaves the old
/// file (or none), never a part.
public final class AtomicFileWriter {
    /// The path the file will have.
    public let path: String
    private let temporary: String
    private var descriptor: Int32
    /// The first error of a write, reported by `commit`.
    private var failure: Int32 = 0

    /// Creates the temporary file for `path`, and the missing folders above it.
    public init(path: String) throws(AtomicFile.Failure) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw AtomicFile.Failure(description: "cannot create the folder \(folder): \(FileErrors.reason(error))")
            }
        }
        let name = (path as NSString).lastPathComponent
        temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw AtomicFile.Failure(description: "cannot write \(path): \(FileErrors.posixReason(errno))")
        }
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporary)
        }
    }

    /// Appends `text` as UTF-8. An error is kept and reported by `commit`.
    public func write(_ text: String) {
        guard failure == 0, descriptor >= 0 else { return }
        var text = text
        text.withUTF8 { buffer in
            var written = 0
            while written < buffer.count {
                let n = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += n
            }
        }
    }

    /// Syncs the file and renames it over `path`. `beforeRename` runs just before the rename
    /// (tests use it to simulate a crash at the worst moment: the target must still be the old file).
    public func commit(beforeRename: (() throws -> Void)? = nil) throws(AtomicFile.Failure) {
        guard descriptor >= 0 else { return }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        descriptor = -1
        if failure == 0, let beforeRename {
            do {
                try beforeRename()
            } catch {
                unlink(temporary)
                throw AtomicFile.Failure(description: "cannot write \(path): interrupted before the rename (\(error))")
            }
        }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw AtomicFile.Failure(description: "cannot write \(path): \(FileErrors.posixReason(failure))")
        }
    }
}
