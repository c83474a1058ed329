import Core
import Foundation

/// Where a command writes data (stdout) and messages (stderr), and what it knows about the
/// terminal. Tests use `CapturedConsole` to read both.
final class Console {
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void
    /// Standard input, the next chunk of it (none at its end): for streams that never end.
    let readChunk: () -> [UInt8]
    /// Whether stderr is a terminal (progress is shown only then).
    let stderrIsTerminal: Bool
    /// Whether stdin is a terminal (a hint is shown before waiting on it).
    let stdinIsTerminal: Bool

    init(out: @escaping (String) -> Void, err: @escaping (String) -> Void,
         readChunk: @escaping () -> [UInt8], stderrIsTerminal: Bool, stdinIsTerminal: Bool) {
        self.writeOut = out
        self.writeErr = err
        self.readChunk = readChunk
        self.stderrIsTerminal = stderrIsTerminal
        self.stdinIsTerminal = stdinIsTerminal
    }

    /// The process's standard streams.
    static var standard: Console {
        Console(
            out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            err: { text in FileHandle.standardError.write(Data(text.utf8)) },
            readChunk: { LineReader.read(STDIN_FILENO, 1 << 16) },
            stderrIsTerminal: isatty(STDERR_FILENO) == 1,
            stdinIsTerminal: isatty(STDIN_FILENO) == 1)
    }

    /// Standard input, read to its end.
    func readInput() -> [UInt8] {
        var bytes: [UInt8] = []
        while case let chunk = readChunk(), !chunk.isEmpty { bytes += chunk }
        return bytes
    }

    /// Writes data to stdout.
    func out(_ text: String) { writeOut(text) }
    /// Writes a line to stderr.
    func err(_ line: String) { writeErr(line + "\n") }
    /// Writes to stderr without a newline (progress lines).
    func errRaw(_ text: String) { writeErr(text) }
}

/// A console that records what a command wrote, for tests.
final class CapturedConsole {
    private final class Buffers {
        var out = ""
        var err = ""
        var inputRead = false
    }

    private let buffers = Buffers()
    let console: Console

    init(input: String = "", stderrIsTerminal: Bool = false) {
        let buffers = self.buffers
        console = Console(out: { buffers.out += $0 }, err: { buffers.err += $0 },
                          readChunk: { defer { buffers.inputRead = true }; return buffers.inputRead ? [] : Array(input.utf8) },
                          stderrIsTerminal: stderrIsTerminal, stdinIsTerminal: false)
    }

    /// Everything written to stdout.
    var out: String { buffers.out }
    /// Everything written to stderr.
    var err: String { buffers.err }
}
