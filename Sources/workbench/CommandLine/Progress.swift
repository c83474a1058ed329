/// `[3/20] seeds/002.txt` on stderr while a batch runs (`[3] feed.jsonl:3` when the number of
/// documents is not known in advance: a JSON Lines input), only when stderr is a terminal, so
/// logs and pipes stay clean.
struct Progress {
    /// The number of documents, or `nil` when the inputs are streams.
    let total: Int?
    let console: Console
    var enabled: Bool { console.stderrIsTerminal && total != 1 }

    func show(_ index: Int, _ name: String) {
        guard enabled else { return }
        let clipped = name.count > 60 ? "…" + name.suffix(59) : name
        let counter = total.map { "\(index + 1)/\($0)" } ?? "\(index + 1)"
        console.errRaw("\r\u{1B}[K[\(counter)] \(clipped)")
    }

    func finish() {
        guard enabled else { return }
        console.errRaw("\r\u{1B}[K")
    }
}
