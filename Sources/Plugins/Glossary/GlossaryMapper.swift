import Core
import Foundation

/// The `glossary` plugin: finds every glossary term in the text, in every surface form it takes
/// (clitics, spelling variants, normalization, nisba inflections), and annotates it with the one
/// English rendering the translators' glossary prescribes.
public struct GlossaryMapper: Processor {
    public let options: Options
    public let glossary: Glossary

    public init(options: Options, context: ProcessorContext) throws {
        self.options = options
        let entries = try GlossaryLoader.load(options.files, context: context)
        switch Glossary.build(entries, conflicts: options.conflicts) {
        case .success(let glossary): self.glossary = glossary
        case .failure(let list): throw SetupError(diagnostics: list.diagnostics)
        }
    }

    /// A mapper over entries already in memory (for embedding programs and tests).
    public init(entries: [GlossaryEntry], options: Options = Options()) throws {
        self.options = options
        switch Glossary.build(entries, conflicts: options.conflicts) {
        case .success(let glossary): self.glossary = glossary
        case .failure(let list): throw list
        }
    }

    public func annotate(_ document: Document) throws -> [Annotation] {
        let normalized = Glossary.normalizer.normalize(document.source)
        let skip = document.annotations(ofKind: "boilerplate").map(\.range)
        let (spans, matches) = TermMatcher(glossary: glossary).matches(in: normalized, skipping: skip)
        var result: [Annotation] = []
        result.reserveCapacity(matches.count)
        for match in matches {
            let range = normalized.originalRange(ofBytes: spans[match.first].byteStart..<spans[match.last].byteEnd)
            let form = glossary.forms[Int(match.form)]
            if let strict = form.strictTokens,
               !keepsTehMarbuta(strict, match: match, spans: spans, normalized: normalized, document: document) {
                continue
            }
            result.append(annotation(for: match, form: form, range: range, document: document))
        }
        return result
    }

    private func annotation(for match: TermMatcher.Match, form: Glossary.Form, range: Range<Int>,
                            document: Document) -> Annotation {
        let entry = glossary.entries[Int(form.entry)]
        let nisba = form.nisba >= 0 ? entry.nisbas[Int(form.nisba)] : nil
        let english = nisba?.english ?? entry.english
        var data: JSONObject = [
            "target": .string(english),
            "entry": .string(nisba?.stem ?? entry.arabic),
            "type": .string(nisba == nil ? entry.kind.rawValue : GlossaryEntry.Kind.adjective.rawValue),
            "clitics": .string(match.reading?.clitics ?? ""),
            "glossary": .string((entry.file as NSString).lastPathComponent),
            "line": .int(entry.line),
        ]
        switch options.render {
        case .annotate:
            break
        case .replace:
            let particles = match.reading?.particles ?? ""
            data["replacement"] = .string(particles.isEmpty ? english : particles + " " + english)
        case .inline:
            data["replacement"] = .string(document.text(of: range) + " (" + english + ")")
        }
        return Annotation(kind: "term", start: range.lowerBound, end: range.upperBound, data: data)
    }

    /// For entries that keep `ة` apart from `ه`: whether the matched words, normalized without
    /// folding `ة`, are the form's words.
    private func keepsTehMarbuta(_ strict: [[UInt8]], match: TermMatcher.Match, spans: [TermMatcher.Span],
                                 normalized: NormalizedText, document: Document) -> Bool {
        let stemStart = spans[match.first].byteStart + (match.reading?.strip ?? 0)
        let range = normalized.originalRange(ofBytes: stemStart..<spans[match.last].byteEnd)
        var words = Glossary.tokenBytes(document.text(of: range), normalizer: ArabicNormalizer(foldTehMarbuta: false))
        if let prepend = match.reading?.prepend, !words.isEmpty { words[0] = prepend.bytes + words[0] }
        return words == strict
    }
}
