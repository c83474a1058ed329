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
    var script: Script = .arabic

    func classify(_ lines: [LineFeatures], site: SiteProfile?) -> [Verdict] {
        var verdicts = [Verdict?](repeating: nil, count: lines.count)
        var notices = [[ChromePhrases.Hit]](repeating: [], count: lines.count)
        var opensBlock = [String?](repeating: nil, count: lines.count)

        for (i, line) in lines.enumerated() where !line.isBlank {
            notices[i] = phrases.notices(in: line)
            if let hit = phrases.wholeLine(line) {
                verdicts[i] = Verdict(line: i, reason: hit.rule == .tail ? "heading" : "phrase", detail: hit.text)
                if hit.rule == .tail { opensBlock[i] = hit.text }
            } else if let hit = phrases.start(of: line), line.words <= 15, !line.endsSentence || line.words <= 8 {
                verdicts[i] = Verdict(line: i, reason: "phrase", detail: hit.text + " …")
            } else if line.words == 0 {
                verdicts[i] = Verdict(line: i, reason: "counter", detail: "numbers only")
            } else if line.allCounterWords, line.words <= 4 {
                verdicts[i] = Verdict(line: i, reason: "counter", detail: "a count of views, comments or shares")
            } else if line.allDateWords, line.words <= 8, !line.endsSentence {  // "10 أشهر." ends a wrapped sentence
                verdicts[i] = Verdict(line: i, reason: "date", detail: "a date or time line")
            } else if line.numbers >= 2, line.dateWords >= 3, line.words - line.dateWords <= 3, line.words <= 14,
                      !line.startsWithDateWord, !line.endsSentence {
                // A news agency's dateline: a place, the date in both calendars, the agency
                // (الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس); it starts with the place.
                verdicts[i] = Verdict(line: i, reason: Document.datelineReason, detail: "place, date and agency")
            } else if line.separators >= 2, line.words <= 3 * (line.separators + 1), !line.endsSentence {
                verdicts[i] = Verdict(line: i, reason: "navigation", detail: "menu or breadcrumb items between separators")
            } else if line.allShareWords, line.words <= 12 {
                verdicts[i] = Verdict(line: i, reason: "buttons", detail: "share or navigation buttons")
            } else if line.bylineStrength == 2 && line.words <= 6 || line.bylineStrength == 1 && line.words <= 4 && line.hasColonOrDash,
                      !line.endsSentence {
                verdicts[i] = Verdict(line: i, reason: "byline", detail: "a byline")
            } else if line.nativeWords == 0, line.words <= 4, !line.endsSentence {
                verdicts[i] = Verdict(line: i, reason: "latin-ui", detail: "a short line of Latin words in \(script.pageName)")
            } else if notices[i].count >= 2 {
                verdicts[i] = Verdict(line: i, reason: "notice", detail: notices[i].map(\.text).joined(separator: " · "))
            } else if let site, options.repeatedLines > 0, site.documents >= options.repeatedLines {
                // On enough of the site's pages to be its template: at least repeatedLines and
                // 5% of them; a paragraph-like line (a disclaimer, or an article the folder holds
                // twice) on half of them.
                let seen = site.documents(containing: line.key)
                let needed = line.isParagraphLike ? max(options.repeatedLines, (site.documents + 1) / 2)
                    : max(options.repeatedLines, (site.documents * 5 + 99) / 100)
                if seen >= needed {
                    verdicts[i] = Verdict(line: i, reason: "repeated",
                                          detail: "on \(seen) of the site's \(site.documents) documents")
                }
            }
        }

        // Three or more lines of numbers in a row are a table or a list, not counters.
        var run: [Int] = []
        for i in lines.indices.reversed() + [-1] {
            if i >= 0, lines[i].isBlank { continue }
            if i >= 0, verdicts[i]?.reason == "counter", lines[i].words == 0 { run.append(i); continue }
            if run.count >= 3 { for k in run { verdicts[k] = nil } }
            run = []
        }

        // The body: from the first to the last paragraph-like line not already chrome.
        let body = lines.indices.filter { verdicts[$0] == nil && lines[$0].isParagraphLike && notices[$0].count < 2 }
        let firstBody = body.first ?? lines.count
        let lastBody = body.last ?? -1

        // The title: the longest headline-like line before the body (the later one of equals:
        // site names and taglines come first).
        var title: Int? = nil
        if options.keepTitle {
            title = lines.indices.filter { i in
                i < firstBody && verdicts[i] == nil && lines[i].words >= 3 && lines[i].words <= 30
                    && !(lines[i].hasSeparator && lines[i].words <= 4)  // عين اليوم – طنجة: a dateline
            }.max { lines[$0].words <= lines[$1].words }
            // No headline of three words or more: a short first line is the title unless it
            // carries a separator, as a publisher or dateline does (أصداء/ الكازاخستانية).
            if title == nil, let first = lines.indices.first(where: { !lines[$0].isBlank }),
               first < firstBody || body.isEmpty, verdicts[first] == nil, !lines[first].hasSeparator {
                title = first
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
            if line.isParagraphLike && notices[i].count < 2 && i >= firstBody && i <= lastBody {
                block = nil
                continue
            }
            if let heading = block {
                verdicts[i] = Verdict(line: i, reason: "after-heading", detail: heading)
                continue
            }
            let outside = i < firstBody || i > lastBody
            guard outside else { continue }
            if !notices[i].isEmpty {
                verdicts[i] = Verdict(line: i, reason: "notice", detail: notices[i].map(\.text).joined(separator: " · "))
            }
        }

        // Short labels outside the body: before it, a label with a separator (a publisher or a
        // dateline) or next to other chrome; after it, a label ending in a colon or followed by
        // chrome (read from the end, so a run of labels before a widget goes together). A short
        // line with neither — a list item, a line of verse, a closing formula — is kept.
        guard !body.isEmpty else { return verdicts.compactMap { $0 } }
        // Only chrome found by a signal of its own counts as "next to chrome": labels do not
        // make their neighbours labels (a list of short items stays content).
        let strong = verdicts.map { $0 != nil }
        func isLabel(_ i: Int) -> Bool {
            let line = lines[i]
            return verdicts[i] == nil && i != title && line.words >= 1 && line.words <= 3 && !line.endsSentence
                && !line.startsWithSourceWord
        }
        func neighbour(_ i: Int, _ step: Int) -> Int? {
            var k = i + step
            while k >= 0, k < lines.count, lines[k].isBlank { k += step }
            return k >= 0 && k < lines.count ? k : nil
        }
        for i in 0..<firstBody where isLabel(i) && !lines[i].endsWithColon {
            let chromeNext = [neighbour(i, -1), neighbour(i, 1)].contains { k in k.map { strong[$0] } ?? false }
            // Above the title, a line of section names is the site's menu or category
            // (أخبار العالم، سياسة); any other short line may be a short title: kept.
            let aboveTitle = lines[i].allSectionWords && (title.map { i < $0 } ?? false)
            if lines[i].hasSeparator || chromeNext || aboveTitle {
                verdicts[i] = Verdict(line: i, reason: "header-label",
                                      detail: lines[i].hasSeparator ? "a publisher or dateline before the body"
                                          : (aboveTitle && !chromeNext ? "a section or category label above the title" : "a label among page chrome"))
            }
        }
        for i in stride(from: lines.count - 1, to: lastBody, by: -1) where isLabel(i) {
            // A label ending in a colon introduces what follows: chrome before chrome or at the
            // end, a subheading before content (وقفة :, السطر الأخير :).
            let next = neighbour(i, 1)
            let chromeNext = next.map { strong[$0] } ?? false
            if chromeNext || lines[i].endsWithColon && next == nil {
                verdicts[i] = Verdict(line: i, reason: "footer-label",
                                      detail: lines[i].endsWithColon ? "a label introducing page chrome" : "a label before page chrome")
            }
        }
        return verdicts.compactMap { $0 }
    }
}
