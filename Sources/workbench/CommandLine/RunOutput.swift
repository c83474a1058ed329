import Core
import Foundation

/// Where `workbench run` puts each result, in input order: standard output, or with `--output`
/// one file per input — a text input's file holds its document, a JSON Lines input's file all
/// of its documents (written as they come, renamed into place when the input ends). Messages go
/// to stderr in their place among the documents.
final class RunOutput {
    let items: [InputItem]
    let format: OutputFormat
    let directory: String?
    let console: Console
    let progress: Progress
    /// Failures are also written as records (`{"id", "input", "error"}`) and do not fail the run.
    let errorRecords: Bool
    /// Whether an input or a document failed.
    private(set) var failed = false
    private var stdout: StreamWriter
    private var processed = 0
    /// A run whose first documents all fail at a step the same way stops there (a translation
    /// engine that is not running would otherwise fail every document of a large run, one by
    /// one): after this many, with none done. Not with `errorRecords`, where failures are data.
    static let sameFailuresToStop = 10
    private var anyDone = false
    private var firstFailure: String?
    private var sameFailures = 0
    /// Read by the thread that feeds the run, set by the one that emits.
    private let stopLock = NSLock()
    private var stopFlag = false
    var stopRequested: Bool { stopLock.withLock { stopFlag } }
    /// How many documents each set of steps left alone for their language, noted at the end.
    private var skips: [RunCommand.LanguageSkip: Int] = [:]
    /// The JSON Lines input whose output file is open, its file and its writer.
    private var open: (input: Int, file: AtomicFileWriter?, writer: StreamWriter)?

    init(items: [InputItem], format: OutputFormat, directory: String?, console: Console, progress: Progress, multiple: Bool,
         errorRecords: Bool = false) {
        self.items = items
        self.errorRecords = errorRecords
        self.format = format
        self.directory = directory
        self.console = console
        self.progress = progress
        stdout = StreamWriter(format: format, multiple: multiple, sink: console.out)
    }

    /// Handles the outcome of one entry of the feed.
    func emit(_ entry: InputFeed.Entry, _ outcome: RunCommand.Outcome) {
        // What was under way when the run stopped is dropped, not reported one by one.
        guard !stopRequested else { return }
        if let current = open, current.input != entry.input { closeFile() }
        switch outcome {
        case .start:
            openFile(for: entry.input)
        case .failed(let message):
            progress.finish()  // clears the progress line, so that the message starts a line of its own
            console.err(message)
            guard errorRecords else {
                failed = true
                stopIfEveryDocumentFails(message)
                return
            }
            let record: JSONValue = ["id": .string(entry.id), "input": .string(entry.name), "error": .string(message)]
            write(JSONWriter.string(record) + "\n", id: entry.id, input: entry.input)
        case .rendered(let id, let output, let skipped):
            anyDone = true
            if let skipped { skips[skipped, default: 0] += 1 }
            progress.show(processed, entry.name)
            processed += 1
            write(output, id: id, input: entry.input)
        }
    }

    /// Counts the first documents' step failures; at `sameFailuresToStop` alike, with none
    /// done, says so and asks the feed to stop.
    private func stopIfEveryDocumentFails(_ message: String) {
        guard !anyDone, let marker = message.range(of: ": error: step chain[") else { return }
        let reason = String(message[marker.upperBound...].drop { $0 != "]" })
        if firstFailure == nil { firstFailure = reason }
        guard reason == firstFailure else {
            anyDone = true  // failures that differ: not one cause, go on
            return
        }
        sameFailures += 1
        guard sameFailures == Self.sameFailuresToStop else { return }
        console.err("workbench run: stopping: the first \(sameFailures) documents all failed at this step the same way; "
            + "fix the cause (is the engine running?) and run again")
        stopLock.withLock { stopFlag = true }
    }

    /// Writes one document's output (or error record) where the run's output goes.
    private func write(_ output: String, id: String, input: Int) {
        guard let directory else {
            stdout.write(output, id: id)
            return
        }
        if open != nil {
            open!.writer.write(output, id: id)
            return
        }
        do {
            try AtomicFile.write(format.standalone(output), to: Self.path(in: directory, stem: items[input].outputStem, format: format))
        } catch {
            console.err("\(items[input].displayName): error: \(error)")
            failed = true
        }
    }

    /// Where an input's output goes below `--output DIR`: `DIR/stem.ext`.
    static func path(in directory: String, stem: String, format: OutputFormat) -> String {
        directory + "/" + stem + "." + format.fileExtension
    }

    /// Ends the run: closes the open file, the JSON array on stdout, the progress line.
    func finish() {
        closeFile()
        progress.finish()
        if directory == nil { stdout.finish() }
        let order = { (skip: RunCommand.LanguageSkip) in skip.language + "\t" + skip.steps.joined(separator: "\t") }
        for (skip, count) in skips.sorted(by: { order($0.key) < order($1.key) }) {
            let steps = skip.steps.map { "'\($0)'" }
            let list = steps.count == 1 ? steps[0] : steps.dropLast().joined(separator: ", ") + " and " + steps.last!
            console.err("workbench: note: \(list) \(steps.count == 1 ? "does" : "do") not take '\(skip.language)' documents "
                + "and left \(count) document\(count == 1 ? "" : "s") alone")
        }
    }

    private func openFile(for input: Int) {
        guard let directory else { return }
        var file: AtomicFileWriter?
        do {
            file = try AtomicFileWriter(path: Self.path(in: directory, stem: items[input].outputStem, format: format))
        } catch {
            console.err("\(items[input].displayName): error: \(error)")
            failed = true
        }
        open = (input, file, StreamWriter(format: format, multiple: true, sink: { file?.write($0) }))
    }

    private func closeFile() {
        guard let current = open else { return }
        open = nil
        current.writer.finish()
        do {
            try current.file?.commit()
        } catch {
            console.err("\(items[current.input].displayName): error: \(error)")
            failed = true
        }
    }
}
