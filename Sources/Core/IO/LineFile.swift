import Foundation

/// An open file that a `LineReader` reads from; the file is closed when the last reader is gone.
public final class LineFile: @unchecked Sendable {
    /// The descriptor; only ever read from, closed once in `deinit`.
    private let descriptor: Int32

    /// Opens `path` for reading.
    /// - Throws: the reason the file cannot be opened (`no such file`, `permission denied`, …).
    public init(path: String) throws(LineFile.OpenFailure) {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw OpenFailure(reason: FileErrors.posixReason(errno)) }
    }

    /// Why a file could not be opened, in a few words.
    public struct OpenFailure: Error, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    deinit { close(descriptor) }

    /// A line reader over the file. The file stays open as long as the reader does.
    public func lines(chunkSize: Int = 1 << 16) -> LineReader {
        LineReader(readChunk: { [self] in LineReader.read(descriptor, chunkSize) })
    }
}
