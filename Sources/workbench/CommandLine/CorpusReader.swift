import Core
import Foundation

/// Reads corpus documents for the glossary tools: text files (a folder: every *.txt below
/// it) and JSON Lines files (*.jsonl: one object per line, its title and text fields joined).
enum CorpusReader {
    static let textKeys = ["title", "text", "content", "body"]

    static func documents(_ paths: [String], console: Console) -> [Document]? {
        var documents: [Document] = []
        var jsonl: [String] = []
        var plain: [String] = []
        for path in paths {
            if path.hasSuffix(".jsonl") { jsonl.append(path) } else { plain.append(path) }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".jsonl") }
                jsonl += names.sorted().map { (path as NSString).appendingPathComponent($0) }
            }
        }
        for path in jsonl {
            guard let data = FileManager.default.contents(atPath: path), case .success(let text) = TextDecoder.decode(Array(data)) else {
                console.err("\(path): error: cannot read the file as UTF-8")
                return nil
            }
            for (index, line) in text.split(separator: "\n").enumerated() {
                guard let object = (try? JSONParser.parse(String(line)))?.objectValue else {
                    console.err("\(path):\(index + 1): error: not a JSON object")
                    return nil
                }
                let parts = textKeys.compactMap { object[$0]?.stringValue }
                documents.append(Document(id: object["id"]?.stringValue ?? "\(index + 1)", language: "ar", source: parts.joined(separator: "\n\n")))
            }
        }
        let (items, problems) = InputCollector.collect(plain)
        for problem in problems where !problem.contains("warning") { console.err(problem) }
        for item in items {
            if let document = RunCommand.read(item, language: "ar", console: console) { documents.append(document) }
        }
        return documents
    }
}
