import Core
import Dispatch
import Foundation

/// Any program as an engine: each sentence on one line of its standard input (line breaks
/// inside a sentence become spaces), its translation on the same line of its standard output.
/// One run per batch. A non-zero exit, a different number of lines or a run longer than the
/// timeout is a failure, with the program's own message (its standard error).
struct CommandEngine: TranslationEngine {
    /// The program (resolved on `PATH`) and its arguments.
    let arguments: [String]
    let timeout: Double

    var name: String { "command \(arguments.joined(separator: " "))" }

    /// `program` as an executable path: as given when it has a `/`, else the first on `PATH`.
    static func resolve(_ program: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        for folder in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = folder + "/" + program
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    func translate(_ segments: [TranslationSegment], from source: String) throws(EngineFailure) -> [String] {
        let input = segments.map { $0.text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ") }
            .joined(separator: "\n") + "\n"
        let (status, output, errors, timedOut) = try run(Data(input.utf8))
        if timedOut { throw EngineFailure("stopped after \(timeout.shortText) s without finishing (raise 'timeout')", retryable: true) }
        let message = String(decoding: errors, as: UTF8.self).trimmingWhitespace
        guard status == 0 else {
            throw EngineFailure("exited with status \(status)" + (message.isEmpty ? "" : ": \(message.split(separator: "\n").first ?? "")"))
        }
        var lines = String(decoding: output, as: UTF8.self).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        guard lines.count == segments.count else {
            throw EngineFailure("printed \(lines.count) lines for \(segments.count) sentences (one line in, one line out)")
        }
        return lines.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
    }

    /// Runs the program with `input` on its standard input, reading its output and errors at
    /// the same time (a full pipe would otherwise stop it).
    private func run(_ input: Data) throws(EngineFailure) -> (Int32, Data, Data, Bool) {
        guard let executable = Self.resolve(arguments[0]) else { throw EngineFailure("'\(arguments[0])' is not on PATH") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(arguments.dropFirst())
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw EngineFailure("cannot start: \(FileErrors.reason(error))")
        }
        let streams = Streams()
        let group = DispatchGroup()
        group.enter()
        let writer = Thread {
            Self.writeIgnoringClosedPipe(input, to: stdin.fileHandleForWriting.fileDescriptor)
            try? stdin.fileHandleForWriting.close()
            group.leave()
        }
        writer.start()
        DispatchQueue.global().async(group: group) { streams.setOutput(stdout.fileHandleForReading.readDataToEndOfFile()) }
        DispatchQueue.global().async(group: group) { streams.setErrors(stderr.fileHandleForReading.readDataToEndOfFile()) }
        var timedOut = false
        if group.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            // SIGKILL: a translator that ignores SIGTERM must not hold the run.
            kill(process.processIdentifier, SIGKILL)
            // A child of the program may still hold its output open: do not wait on it for long.
            _ = group.wait(timeout: .now() + 2)
        }
        process.waitUntilExit()
        return (process.terminationStatus, streams.output, streams.errors, timedOut)
    }

    /// Writes `data` to `descriptor` on the calling thread with SIGPIPE blocked there: a
    /// program that exits without reading all of its input must not take workbench with it.
    private static func writeIgnoringClosedPipe(_ data: Data, to descriptor: Int32) {
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var written = 0
            while written < buffer.count {
                let n = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                written += n
            }
        }
        // Take back the signal the failed write raised, if it did, before the thread goes.
        var now = timespec(tv_sec: 0, tv_nsec: 0)
        _ = sigtimedwait(&pipeSignal, nil, &now)
    }

    /// What the reading threads collected, handed over under a lock.
    private final class Streams: @unchecked Sendable {
        private let lock = NSLock()
        private var out = Data()
        private var err = Data()
        func setOutput(_ data: Data) { lock.withLock { out = data } }
        func setErrors(_ data: Data) { lock.withLock { err = data } }
        var output: Data { lock.withLock { out } }
        var errors: Data { lock.withLock { err } }
    }
}
