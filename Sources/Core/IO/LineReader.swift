import Foundation

/// Reads a byte stream line by line, a chunk at a time, so that memory stays flat on an
/// endless feed (a JSON Lines pipe, Spark's `pipe`): only the current chunk and the line that
/// spans it are held.
///
/// Lines end at `\n`; a `\r` before it is dropped, and so is a last line's missing newline.
/// Bytes are returned as they are: decoding them is the caller's business.
public struct LineReader {
    private let readChunk: () -> [UInt8]
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false
    /// The 1-based number of the line `next()` returned last.
    public private(set) var lineNumber = 0

    /// A reader over `readChunk`, which returns the next bytes of the stream, or none at its end.
    public init(readChunk: @escaping () -> [UInt8]) {
        self.readChunk = readChunk
    }

    /// A reader over a file descriptor (standard input: 0). The descriptor is not closed.
    public init(descriptor: Int32, chunkSize: Int = 1 << 16) {
        self.init(readChunk: { LineReader.read(descriptor, chunkSize) })
    }

    /// The next line without its line ending, or `nil` at the end of the stream.
    public mutating func next() -> [UInt8]? {
        var searchFrom = start
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<(newline > start && buffer[newline - 1] == 0x0D ? newline - 1 : newline)])
                start = newline + 1
                lineNumber += 1
                return line
            }
            if ended {
                guard start < buffer.count else { return nil }
                var line = Array(buffer[start...])
                if line.last == 0x0D { line.removeLast() }
                start = buffer.count
                lineNumber += 1
                return line
            }
            // Keep the unfinished line, then read on.
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            searchFrom = buffer.count
            let chunk = readChunk()
            if chunk.isEmpty { ended = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    /// Up to `size` bytes from `descriptor`; none at the end or on an error.
    public static func read(_ descriptor: Int32, _ size: Int) -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: size)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, size) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return [] }
            chunk.removeSubrange(count...)
            return chunk
        }
    }
}
