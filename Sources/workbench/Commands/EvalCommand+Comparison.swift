import Core

extension EvalCommand {
    /// The chain against the same chain with another summarize method, article by article:
    /// per metric the two mean F1s and their `PairedDifference`.
    struct Comparison {
        let method: String
        let articles: Int
        let rows: [(metric: String, key: String, ours: Double, theirs: Double, difference: PairedDifference)]

        init(method: String, ours: [SummaryScores], theirs: [SummaryScores]) {
            self.method = method
            articles = ours.count
            let metrics: [(String, String, Swift.KeyPath<Rouge.Scores, Rouge.Score>)] =
                [("ROUGE-1", "rouge1", \.rouge1), ("ROUGE-2", "rouge2", \.rouge2), ("ROUGE-L", "rougeL", \.rougeL)]
            rows = metrics.map { name, key, path in
                let a = ours.map { $0.average[keyPath: path].f1 }
                let b = theirs.map { $0.average[keyPath: path].f1 }
                let mean = { (values: [Double]) in values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
                return (name, key, mean(a), mean(b), PairedDifference(a, b))
            }
        }

        static func signed(_ value: Double) -> String {
            let text = EvalCommand.percent(abs(value))
            return (value < 0 && text != "0.0" ? "−" : "+") + text
        }

        var table: String {
            var lines = [
                "\nagainst \(method), paired over \(articles) articles (F1, averaged over the references; 95% paired bootstrap interval of the difference, 2,000 resamples)",
                "",
                "| metric | this chain | \(method) | difference | 95% interval | better / worse / tied |",
                "|---|---|---|---|---|---|",
            ]
            for row in rows {
                let d = row.difference
                lines.append("| \(row.metric) | \(EvalCommand.percent(row.ours)) | \(EvalCommand.percent(row.theirs)) | "
                    + "\(Self.signed(d.mean)) | \(Self.signed(d.low)) … \(Self.signed(d.high)) | \(d.better) / \(d.worse) / \(d.tied) |")
            }
            return lines.joined(separator: "\n") + "\n\n"
        }

        var json: JSONValue {
            var object = JSONObject()
            object["method"] = .string(method)
            for row in rows {
                let d = row.difference
                object[row.key] = ["f1": .double(row.theirs), "difference": .double(d.mean), "low": .double(d.low),
                                   "high": .double(d.high), "better": .int(d.better), "worse": .int(d.worse), "tied": .int(d.tied)]
            }
            return .object(object)
        }
    }
}
