import Core

/// Decides which lines of a page are chrome, and why.
///
/// First the signals that are enough on their own (a chrome phrase, counters, dates, bylines,
/// share and navigation buttons, Latin UI words, lines repeated across the site, notices with two phrases).
/// Then the page's layout: the body runs from the first to the last paragraph-like line; the
/// title is the first headline-like line before it and is protected; short labels before the
/// body and after it are chrome, and so are the lines after a heading that opens a trailing
/// block (`مقالات ذات صلة`) up to the next paragraph. Inside the body, anything that is not
/// chrome by itself is kept: precision first.
struct LineClassifier {
    /// A line found to be chrome.
    struct Verdict: Equatable {
        var line: Int
        var reason: String
        var detail: String
    }

    let phrases: ChromePhrases
    let options: BoilerplateStripper.Options

    func classify(_ lines: [LineFeatures], site: SiteProfile?) -> [Verdict] {
        var verdicts = [Verdict?](repeating: nil, count: lines.count)
        var noticeCounts = [Int](repeating: 0, count: lines.count)
        var opensBlock = [String?](repeating: nil, count: lines.count)

        for (i, line) in lines.enumerated() where !line.isBlank {
            let notices = phrases.notices(in: line)
            noticeCounts[i] = notices.count
            if let hit = phrases.wholeLine(line) {
                verdicts[i] = Verdict(line: i, reason: hit.rule == .tail ? "heading" : "phrase", detail: hit.text)
                if hit.rule == .tail { opensBlock[i] = hit.text }
            } else if let hit = phrases.start(of: line), line.words <= 15, !line.endsSentence || line.words <= 8 {
                verdicts[i] = Verdict(line: i, reason: "phrase", detail: hit.text + " …")
            } else if line.words == 0 {
                verdicts[i] = Verdict(line: i, reason: "counter", detail: "numbers only")
            } else if line.allCounterWords, line.words <= 4 {
                verdicts[i] = Verdict(line: i, reason: "counter", detail: "a count of views, comments or shares")
            } else if line.allDateWords, line.words <= 8 {
                verdicts[i] = Verdict(line: i, reason: "date", detail: "a date or time line")
            } else if line.separators >= 2, line.words <= 3 * (line.separators + 1), !line.endsSentence {
                verdicts[i] = Verdict(line: i, reason: "navigation", detail: "menu or breadcrumb items between separators")
            } else if line.allShareWords, line.words <= 12 {
                verdicts[i] = Verdict(line: i, reason: "buttons", detail: "share or navigation buttons")
            } else if line.startsWithBylineWord, line.words <= 6, !line.endsSentence {
                verdicts[i] = Verdict(line: i, reason: "byline", detail: "a byline")
            } else if line.arabicWords == 0, line.words <= 4, !line.endsSentence {
                verdicts[i] = Verdict(line: i, reason: "latin-ui", detail: "a short line of Latin words in an Arabic page")
            } else if notices.count >= 2 {
                verdicts[i] = Verdict(line: i, reason: "notice", detail: notices.map(\.text).joined(separator: " · "))
            } else if let site, options.repeatedLines > 0, site.documents >= options.repeatedLines {
                let seen = site.documents(containing: line.key)
                if seen >= options.repeatedLines {
                    verdicts[i] = Verdict(line: i, reason: "repeated",
                                          detail: "on \(seen) of the site's \(site.documents) documents")
                }
            }
        }

        // The body: from the first to the last paragraph-like line not already chrome.
        let body = lines.indices.filter { verdicts[$0] == nil && lines[$0].isParagraphLike && noticeCounts[$0] < 2 }
        let firstBody = body.first ?? lines.count
        let lastBody = body.last ?? -1

        // The title: the longest headline-like line before the body (the later one of equals:
        // site names and taglines come first).
        var title: Int? = nil
        if options.keepTitle {
            title = lines.indices.filter { i in
                i < firstBody && verdicts[i] == nil && lines[i].words >= 3 && lines[i].words <= 30
            }.max { lines[$0].words <= lines[$1].words }
            if title == nil, body.isEmpty {
                title = lines.indices.first { verdicts[$0] == nil && !lines[$0].isBlank }
            }
        }

        // Without a body paragraph there is no layout to read (a short text, a list): only
        // the signals that decide a line alone apply.
        var block: String? = nil
        for (i, line) in lines.enumerated() where !line.isBlank && !body.isEmpty {
            if let heading = opensBlock[i] {
                // Only after the body has started: before it, a heading like آخر الأخبار is
                // navigation, and the title may follow it.
                if i > firstBody { block = heading }
                continue
            }
            if verdicts[i] != nil || i == title { continue }
            if line.isParagraphLike && noticeCounts[i] < 2 && i >= firstBody && i <= lastBody {
                block = nil
                continue
            }
            if let heading = block {
                verdicts[i] = Verdict(line: i, reason: "after-heading", detail: heading)
                continue
            }
            let outside = i < firstBody || i > lastBody
            guard outside else { continue }
            if noticeCounts[i] >= 1 {
                verdicts[i] = Verdict(line: i, reason: "notice", detail: phrases.notices(in: line).map(\.text).joined(separator: " · "))
            } else if line.words <= 3, !line.endsSentence, !line.startsWithSourceWord {
                verdicts[i] = Verdict(line: i, reason: i < firstBody ? "header-label" : "footer-label",
                                      detail: "a short line outside the article body")
            }
        }
        return verdicts.compactMap { $0 }
    }
}
