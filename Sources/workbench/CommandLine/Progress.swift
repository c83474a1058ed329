/// `[3/20] seeds/002.txt` on stderr while a batch runs, only when stderr is a terminal,
/// so logs and pipes stay clean.
struct Progress {
    let total: Int
    let console: Console
    var enabled: Bool { console.stderrIsTerminal && total > 1 }

    func show(_ index: Int, _ name: String) {
        guard enabled else { return }
        let clipped = name.count > 60 ? "…" + name.suffix(59) : name
        console.errRaw("\r\u{1B}[K[\(index + 1)/\(total)] \(clipped)")
    }

    func finish() {
        guard enabled else { return }
        console.errRaw("\r\u{1B}[K")
    }
}
