import Core

/// Reads a term-frequency file, as `workbench idf` writes it:
///
///     # comments and blank lines are ignored
///     documents<TAB>6001
///     سعود<TAB>1234
///
/// The first line that is not a comment gives the number of documents counted; every other
/// line a term (`SummaryTerms.text`) and the number of documents it occurs in, at least 1 and
/// at most that number. UTF-8 with or without a byte-order mark; CRLF accepted. Every
/// malformed line is reported as `file:line: error: …`, all of them at once.
public enum TermFrequencyParser {
    public static func parse(_ bytes: [UInt8], fileName: String) -> Result<TermFrequencies, DiagnosticList> {
        let text: String
        switch TextDecoder.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let failure): return .failure(DiagnosticList([Diagnostic(file: fileName, message: failure.message)]))
        }
        var problems: [Diagnostic] = []
        var documents: Int? = nil
        var counts: [UInt64: Int32] = [:]
        var firstLine: [UInt64: Int] = [:]
        // Lines and cells are cut on the UTF-8 bytes, and terms hashed there: a String splits
        // "\r\n" as one character, and a feed's counts run to hundreds of thousands of lines.
        let utf8 = Array(text.utf8)
        utf8.withUnsafeBufferPointer { all in
            for (line, range) in TextLines(utf8) {
                var first = range.lowerBound
                while first < range.upperBound, all[first] == 0x20 || all[first] == 0x09 { first += 1 }
                if first == range.upperBound || all[first] == UInt8(ascii: "#") { continue }
                func report(_ message: String) { problems.append(Diagnostic(file: fileName, line: line, message: message)) }
                let cells = UnsafeBufferPointer(rebasing: all[range]).split(separator: 0x09, omittingEmptySubsequences: false)
                guard cells.count == 2 else {
                    report("expected a term, a tab and a number of documents; found \(cells.count) column\(cells.count == 1 ? "" : "s")")
                    continue
                }
                let termBytes = Self.trimmed(cells[0])
                let countBytes = Self.trimmed(cells[1])
                guard let count = Self.count(countBytes) else {
                    report("the number of documents must be a whole number from 1; found '\(String(decoding: countBytes, as: UTF8.self))'")
                    continue
                }
                let term = UnsafeBufferPointer(rebasing: termBytes)
                if documents == nil {
                    guard termBytes.elementsEqual("documents".utf8) else {
                        report("the first line must be 'documents<TAB>N', the number of documents counted; "
                            + "found '\(String(decoding: term, as: UTF8.self))'")
                        documents = 0
                        continue
                    }
                    documents = count
                    continue
                }
                guard let hash = SummaryTerms.hash(ofTerm: term) else {
                    report("'\(String(decoding: term, as: UTF8.self))' is not one word or number; a term is one word as 'workbench idf' writes it")
                    continue
                }
                if let earlier = firstLine[hash] {
                    report("the term '\(String(decoding: term, as: UTF8.self))' appears again (first on line \(earlier))")
                    continue
                }
                if let total = documents, total > 0, count > total {
                    report("the term occurs in \(count) documents, more than the \(total) counted")
                    continue
                }
                firstLine[hash] = line
                counts[hash] = Int32(count)
            }
        }
        guard let total = documents else {
            return .failure(DiagnosticList(problems + [Diagnostic(file: fileName, message: "no 'documents<TAB>N' line: the file holds no counts")]))
        }
        if !problems.isEmpty { return .failure(DiagnosticList(problems)) }
        return .success(TermFrequencies(documents: total, counts: counts))
    }

    /// Without leading and trailing spaces.
    private static func trimmed(_ cell: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var cell = cell
        while cell.first == 0x20 { cell = cell.dropFirst() }
        while cell.last == 0x20 { cell = cell.dropLast() }
        return cell
    }

    /// A count of documents: ASCII digits, from 1 to `Int32.max`.
    private static func count(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !digits.isEmpty, digits.count <= 10 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value >= 1 && value <= Int(Int32.max) ? value : nil
    }
}
