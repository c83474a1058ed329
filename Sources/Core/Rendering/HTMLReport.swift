/// The report a translator opens in a browser (`--format html`): one self-contained page (no
/// script, no outside file) with, for each article, its brief, its machine translation or its
/// key sentences, then the
/// article itself as it came in, marked: page chrome struck through with the reason on hover,
/// key sentences highlighted with their rank, glossary terms underlined with their English
/// after them, and the steps that ran.
///
/// It reads only the source and the annotations, like every renderer. Text runs right to left
/// for languages written that way (`ar`, `fa`, `ur`, `he`), left to right otherwise.
public enum HTMLReport {
    /// The start of the page, up to the first article.
    public static let header = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>workbench report</title>
        <style>
        body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #222; }
        article { border-top: 2px solid #444; margin-top: 2rem; padding-top: .5rem; }
        h2 { font-size: 1.2rem; margin: 0; } h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
        .meta, .legend, .gist { color: #555; font-size: .9rem; }
        .text { white-space: pre-wrap; font-size: 1.1rem; line-height: 1.9; border: 1px solid #ddd; padding: .8rem; }
        .chrome { color: #999; text-decoration: line-through; }
        .key { background: #fff3b0; }
        .rank { font-size: .7rem; background: #444; color: #fff; border-radius: .6rem; padding: 0 .35rem; margin: 0 .2rem; }
        .term { text-decoration: underline dotted #1a5fb4; text-underline-offset: .3em; }
        .en { color: #1a5fb4; font-size: .75rem; margin: 0 .2rem; white-space: nowrap; }
        .unverified, .check { color: #a51d2d; }
        .translated { font-style: italic; }
        table { border-collapse: collapse; } td { padding: 0 .8rem .1rem 0; vertical-align: top; }
        .aligned td { width: 50%; padding: .3rem .6rem; border-bottom: 1px solid #eee; }
        [dir=rtl] { text-align: right; }
        </style>
        </head>
        <body>
        <h1>workbench report</h1>
        <p class="legend">In each article: <span class="chrome">page chrome</span> (hover for the reason) ·
        <span class="key">key sentence<span class="rank">1</span></span> (rank) ·
        <span class="term">glossary term</span><bdi class="en">English</bdi> ·
        <span class="unverified">Name?</span> a romanisation nobody checked.</p>

        """

    /// The end of the page.
    public static let footer = "</body>\n</html>\n"

    /// A whole page for one document.
    public static func page(_ document: Document) -> String {
        header + article(document) + footer
    }

    /// One document's `<article>`.
    public static func article(_ document: Document) -> String {
        let direction = rightToLeft.contains(document.language.split(separator: "-").first.map(String.init) ?? "") ? "rtl" : "ltr"
        let chrome = document.annotations(ofKind: "boilerplate")
        let summary = document.annotations(ofKind: "summary").sorted { rank($0) < rank($1) }
        let terms = document.annotations(ofKind: "term")
        let translations = document.annotations(ofKind: "translation")
        let source = ScalarIndex(document.source)
        var out = "<article id=\"\(escape(document.id))\">\n<h2>\(escape(document.id))</h2>\n"
        out += "<p class=\"meta\">\(escape(document.language)) · \(document.sourceLength) characters · "
            + "\(chrome.count) chrome \(chrome.count == 1 ? "span" : "spans") · \(summary.count) key "
            + "\(summary.count == 1 ? "sentence" : "sentences") · \(terms.count) glossary \(terms.count == 1 ? "term" : "terms")"
            + (translations.isEmpty ? "" : " · \(translations.count) \(translations.count == 1 ? "sentence" : "sentences") translated")
            + "</p>\n"
        if let brief = BriefRenderer.brief(of: document) {
            out += "<section class=\"brief\">\n" + briefHTML(brief, direction: direction) + "</section>\n"
        } else if !translations.isEmpty {
            // Sentence by sentence, the source beside its translation: what a translator
            // post-editing machine output reads.
            out += "<section class=\"translation\">\n<h3>Translation (machine)</h3>\n<table class=\"aligned\">\n"
            for translation in translations.sorted(by: { $0.start < $1.start }) {
                out += "<tr><td dir=\"\(direction)\" lang=\"\(escape(document.language))\">\(escape(source.text(of: translation.range)))</td><td>"
                    + translationHTML(translation.data["english"]?.stringValue,
                                                 issues: BriefRenderer.array(translation.data["issues"]).compactMap(\.stringValue)) + "</td></tr>\n"
            }
            out += "</table>\n</section>\n"
        } else if !summary.isEmpty {
            out += "<section class=\"summary\">\n<h3>Key sentences</h3>\n<ol dir=\"\(direction)\">\n"
            for sentence in summary { out += "<li>\(escape(source.text(of: sentence.range)))</li>\n" }
            out += "</ol>\n</section>\n"
        }
        out += "<section class=\"source\">\n<h3>Article</h3>\n<div class=\"text\" dir=\"\(direction)\" lang=\"\(escape(document.language))\">"
        out += markedSource(document, chrome: chrome, summary: summary, terms: terms)
        out += "</div>\n</section>\n"
        out += "<details class=\"steps\"><summary>Steps</summary>\n<ul>\n"
        for step in document.steps {
            let plugin = step.plugin == step.name ? step.plugin : "\(step.name) (\(step.plugin))"
            out += "<li>chain[\(step.index)] \(escape(plugin)): \(step.outcome.rawValue), \(step.added) "
                + "\(step.added == 1 ? "annotation" : "annotations")</li>\n"
        }
        return out + "</ul>\n</details>\n</article>\n"
    }

    /// Languages whose text runs right to left.
    static let rightToLeft: Set<String> = ["ar", "fa", "ur", "he", "ps", "ckb", "ug", "yi", "dv"]

    static func rank(_ annotation: Annotation) -> Int {
        annotation.data["rank"]?.intValue ?? Int.max
    }

    /// The source with its marks. The text is cut at every mark's start and end; each piece is
    /// inside the marks that cover it, nested chrome, then key sentence, then term, and a mark
    /// is closed only when a piece leaves it (or one below it changes), so the tags always nest
    /// whatever the marks overlap. A term's English follows it, a key sentence's rank starts it.
    static func markedSource(_ document: Document, chrome: [Annotation], summary: [Annotation], terms: [Annotation]) -> String {
        let scalars = UTF8Scalars.scalars(of: document.source)
        let length = scalars.count
        func clamp(_ a: Annotation) -> Range<Int> { min(a.start, length)..<min(max(a.start, a.end), length) }
        // One list of marks per level; within a level, marks are sorted and apart (a term
        // inside another shows once: the longer, first).
        var levels: [[(range: Range<Int>, mark: Annotation)]] = []
        for annotations in [chrome, summary, terms] {
            var kept: [(range: Range<Int>, mark: Annotation)] = []
            for annotation in annotations.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) {
                let range = clamp(annotation)
                if range.isEmpty || (kept.last.map { range.lowerBound < $0.range.upperBound } ?? false) { continue }
                kept.append((range, annotation))
            }
            levels.append(kept)
        }
        var cuts = Set<Int>([0, length])
        for level in levels {
            for (range, _) in level {
                cuts.insert(range.lowerBound)
                cuts.insert(range.upperBound)
            }
        }
        let points = cuts.sorted()
        var next = [0, 0, 0]
        var open: [(level: Int, mark: Int)] = []
        var out = ""
        func close(to depth: Int, at position: Int) {
            while open.count > depth {
                let (level, index) = open.removeLast()
                out += "</span>"
                let (range, mark) = levels[level][index]
                if level == 2, range.upperBound == position {
                    out += "<bdi class=\"en\">\(escape(mark.data["target"]?.stringValue ?? ""))</bdi>"
                }
            }
        }
        for (lower, upper) in zip(points, points.dropFirst()) where lower < upper {
            var wanted: [(level: Int, mark: Int)] = []
            for level in 0..<3 {
                while next[level] < levels[level].count, levels[level][next[level]].range.upperBound <= lower { next[level] += 1 }
                if next[level] < levels[level].count, levels[level][next[level]].range.contains(lower) {
                    wanted.append((level, next[level]))
                }
            }
            var same = 0
            while same < min(open.count, wanted.count), open[same] == wanted[same] { same += 1 }
            close(to: same, at: lower)
            for (level, index) in wanted[same...] {
                let (range, mark) = levels[level][index]
                switch level {
                case 0:
                    let reason = mark.data["reason"]?.stringValue ?? "chrome"
                    let detail = mark.data["detail"]?.stringValue ?? ""
                    out += "<span class=\"chrome\" title=\"\(escape(detail.isEmpty ? reason : "\(reason): \(detail)"))\">"
                case 1:
                    out += "<span class=\"key\">"
                    if range.lowerBound == lower { out += "<span class=\"rank\">\(rank(mark))</span>" }
                default:
                    let source = [mark.data["type"]?.stringValue, mark.data["glossary"]?.stringValue.map { file in
                        mark.data["line"]?.intValue.map { "\(file):\($0)" } ?? file
                    }].compactMap { $0 }.joined(separator: " · ")
                    out += "<span class=\"term\" title=\"\(escape(source))\">"
                }
                open.append((level, index))
            }
            out += escape(UTF8Scalars.string(CharacterReferences.decoded(scalars[lower..<upper])))
        }
        close(to: 0, at: length)
        return out
    }

    /// A machine translation and what the glossary check found in it (nothing without one).
    static func translationHTML(_ english: String?, issues: [String]) -> String {
        guard let english else { return "" }
        var out = "<div class=\"translated\">\(escape(english))</div>"
        for issue in issues { out += "<div class=\"check\">[check] \(escape(issue))</div>" }
        return out
    }

    /// The brief's sections, as the text brief has them (`BriefContent`).
    static func briefHTML(_ brief: JSONObject, direction: String) -> String {
        let content = BriefContent(brief)
        guard !content.isEmpty else { return "<p><i>\(BriefContent.nothingToBrief)</i></p>\n" }
        var out = ""
        if let headline = content.headline { out += "<p><b>\(headline.label):</b> \(escape(headline.text))</p>\n" }
        if !content.people.isEmpty {
            out += "<h3>People</h3>\n<table>\n"
            for person in content.people { out += "<tr><td>\(escape(person.name))</td><td>\(escape(person.role))</td></tr>\n" }
            out += "</table>\n"
        }
        for list in content.lists { out += "<p><b>\(list.label):</b> \(escape(list.names.joined(separator: ", ")))</p>\n" }
        for table in content.readings {
            out += "<h3>\(table.label)</h3>\n<table>\n"
            for entry in table.entries {
                out += "<tr><td>\(escape(entry.english))</td><td dir=\"\(direction)\">\(escape(entry.source))</td></tr>\n"
            }
            out += "</table>\n"
        }
        if !content.events.isEmpty {
            out += "<h3>Events</h3>\n<ul>\n"
            for event in content.events { out += "<li>\(escape(event))</li>\n" }
            out += "</ul>\n"
        }
        if !content.points.isEmpty {
            out += "<h3>Key points</h3>\n<ol>\n"
            for point in content.points {
                out += "<li value=\"\(point.rank)\"><div dir=\"\(direction)\">\(escape(point.source))</div>"
                    + translationHTML(point.translation, issues: point.issues)
                    + "<div class=\"gist\">Gist, not a translation: \(escape(point.gist))</div></li>\n"
            }
            out += "</ol>\n"
        }
        if !content.unknown.isEmpty {
            out += "<h3>Names not in the glossaries</h3>\n<table>\n"
            for name in content.unknown {
                out += "<tr><td dir=\"\(direction)\">\(escape(name.source))</td>"
                    + "<td class=\"unverified\">\(escape(name.suggestion))?</td><td>\(escape(name.role))</td></tr>\n"
            }
            out += "</table>\n"
        }
        return out
    }

    /// `text` with `&`, `<`, `>` and `"` escaped, for element content and attribute values.
    public static func escape(_ text: String) -> String { Markup.escaped(text) }
}
