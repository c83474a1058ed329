import Foundation

/// Gold line labels in the format of `../shared/eval/boilerplate/` (`file`, 1-based
/// `line_number`, `boilerplate` or `content`), and the line-level score of a prediction.
struct LineLabels {
    /// file → line number → is boilerplate.
    var labels: [String: [Int: Bool]] = [:]

    init(tsv: String) {
        for row in tsv.split(separator: "\n").dropFirst() {
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count >= 3, let line = Int(cells[1]) else { continue }
            labels[String(cells[0]), default: [:]][line] = cells[2] == "boilerplate"
        }
    }

    struct Score: CustomStringConvertible {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0, contentLines = 0
        var lostContent: [String] = []
        var missedChrome: [String] = []
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var description: String {
            "P=\(precision) R=\(recall) F1=\(f1) lost content: \(lostContent) missed chrome: \(missedChrome)"
        }
    }

    /// Scores the removed line numbers of each file against the labels.
    func score(removed: [String: Set<Int>]) -> Score {
        var score = Score()
        for (file, lines) in labels.sorted(by: { $0.key < $1.key }) {
            for (line, isChrome) in lines.sorted(by: { $0.key < $1.key }) {
                let gone = removed[file]?.contains(line) ?? false
                if !isChrome { score.contentLines += 1 }
                switch (isChrome, gone) {
                case (true, true): score.truePositives += 1
                case (false, true): score.falsePositives += 1; score.lostContent.append("\(file):\(line)")
                case (true, false): score.falseNegatives += 1; score.missedChrome.append("\(file):\(line)")
                case (false, false): break
                }
            }
        }
        return score
    }
}
