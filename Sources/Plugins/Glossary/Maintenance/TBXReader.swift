import Core
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads TBX of both generations — 2008 `martif` (`termEntry`/`langSet`/`tig`|`ntig`) and
/// 2019 `tbx` (`conceptEntry`/`langSec`/`termSec`) — into glossary entries: one concept, one
/// entry; the source terms — Arabic, else Russian, else Kazakh — are the term and its variants, the English term is the preferred
/// one (else the first not deprecated). Notes written by `TBXWriter` restore the type, flags
/// and nisbas. External entities are never resolved; a malformed file is an error with its
/// line, and nothing is returned.
public enum TBXReader {
    public static func read(_ data: Data, file: String) -> Result<[GlossaryEntry], DiagnosticList> {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        let ok = parser.parse()
        if let error = parser.parserError ?? (ok ? nil : NSError(domain: "TBX", code: 1)) {
            return .failure(DiagnosticList([Diagnostic(file: file, line: parser.lineNumber, column: parser.columnNumber,
                                                       message: "not well-formed XML: \(error.localizedDescription)")]))
        }
        if !collector.sawRoot {
            return .failure(DiagnosticList([Diagnostic(file: file, message: "not a TBX file: the root element is neither <tbx> nor <martif>")]))
        }
        var problems: [Diagnostic] = []
        var entries: [GlossaryEntry] = []
        var byID: [String: Int] = [:]
        var nisbas: [(of: String, nisba: GlossaryEntry.Nisba, line: Int)] = []
        for concept in collector.concepts {
            let language = GlossaryEntry.sourceColumns.map(\.language).first { tag in concept.terms.contains { $0.language.hasPrefix(tag) } } ?? "ar"
            let sourceTerms = concept.terms.filter { $0.language.hasPrefix(language) }
            let english = concept.terms.filter { $0.language.hasPrefix("en") }
            guard let source = sourceTerms.first(where: { $0.status == "preferredTerm-admn-sts" }) ?? sourceTerms.first else {
                problems.append(Diagnostic(file: file, line: concept.line, message: "concept '\(concept.id)' has no \(GlossaryEntry.sourceLanguageList) term"))
                continue
            }
            guard let target = english.first(where: { $0.status == "preferredTerm-admn-sts" })
                    ?? english.first(where: { !$0.status.hasPrefix("deprecated") && !$0.status.hasPrefix("superseded") }) else {
                problems.append(Diagnostic(file: file, line: concept.line, message: "concept '\(concept.id)' has no English term"))
                continue
            }
            var notes: [String] = []
            var kind: GlossaryEntry.Kind? = nil
            var keepsTeh = false, keepsAlef = false
            var nisbaOf: String? = nil
            for note in concept.notes {
                if note.hasPrefix("workbench-type: ") { kind = GlossaryEntry.Kind(rawValue: String(note.dropFirst(16))) }
                else if note.hasPrefix("workbench-flags: ") {
                    let flags = note.dropFirst(17).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    keepsTeh = flags.contains("keep-teh-marbuta")
                    keepsAlef = flags.contains("keep-alef-maqsura")
                }
                else if note.hasPrefix("workbench-nisba-of: ") { nisbaOf = String(note.dropFirst(20)) }
                else { notes.append(note) }
            }
            if let nisbaOf {
                nisbas.append((nisbaOf, GlossaryEntry.Nisba(stem: source.text, english: target.text), concept.line))
                continue
            }
            var variants: [String] = []
            for term in sourceTerms where term.text != source.text && !variants.contains(term.text) { variants.append(term.text) }
            let adjective = source.partOfSpeech == "adjective"
            byID[concept.id] = entries.count
            entries.append(GlossaryEntry(source: source.text, english: target.text, kind: kind ?? (adjective ? .adjective : .term),
                                         variants: variants, note: notes.joined(separator: "; "), keepsTehMarbuta: keepsTeh, keepsAlefMaqsura: keepsAlef,
                                         file: file, line: concept.line, language: language))
        }
        for item in nisbas {
            guard let index = byID[item.of] else {
                problems.append(Diagnostic(file: file, line: item.line, message: "a nisba names the concept '\(item.of)', which is not in the file"))
                continue
            }
            entries[index].nisbas.append(item.nisba)
        }
        return problems.isEmpty ? .success(entries) : .failure(DiagnosticList(problems))
    }

    struct Term {
        var text = ""
        var language = ""
        var status = ""
        var partOfSpeech = ""
    }

    struct Concept {
        var id = ""
        var line = 0
        var notes: [String] = []
        var terms: [Term] = []
    }

    final class Collector: NSObject, XMLParserDelegate {
        var concepts: [Concept] = []
        var sawRoot = false
        private var concept: Concept? = nil
        private var language = ""
        private var term: Term? = nil
        private var text = ""
        private var noteType: String? = nil
        private var depth = 0

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            depth += 1
            text = ""
            switch name {
            case "tbx", "martif": if depth == 1 { sawRoot = true }
            case "conceptEntry", "termEntry":
                concept = Concept(id: attributes["id"] ?? "c\(concepts.count + 1)", line: parser.lineNumber)
            case "langSec", "langSet":
                language = (attributes["xml:lang"] ?? attributes["lang"] ?? "").lowercased()
            case "termSec", "tig", "ntig":
                term = Term(language: language)
            case "termNote":
                noteType = attributes["type"]
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch name {
            case "term": term?.text = value
            case "termNote":
                if noteType == "administrativeStatus" { term?.status = value }
                if noteType == "partOfSpeech" { term?.partOfSpeech = value }
                noteType = nil
            case "termSec", "tig", "ntig":
                if let term, !term.text.isEmpty { concept?.terms.append(term) }
                term = nil
            case "note":
                if term == nil, !value.isEmpty { concept?.notes.append(value) }
            case "conceptEntry", "termEntry":
                if let concept { concepts.append(concept) }
                concept = nil
            default: break
            }
            text = ""
        }
    }
}
