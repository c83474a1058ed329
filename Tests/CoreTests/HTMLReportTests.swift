import Core
import Testing

struct HTMLReportTests {
    /// A chrome line, then a key sentence with diacritics and tatweel, a glossary term inside
    /// another (the longer shows), markup characters, and a term that runs past the sentence.
    let document = Document(
        id: "kz<1>", language: "ar",
        source: "زر الذهاب إلى الأعلى\nقال الرئيسُ توكايـيف: «نعم» <ok> & تم.\nذيل",
        annotations: [
            Annotation(kind: "boilerplate", start: 0, end: 20, data: ["reason": "phrase", "detail": "زر الذهاب إلى الأعلى"]),
            Annotation(kind: "sentence", start: 21, end: 59),
            Annotation(kind: "term", start: 25, end: 41, data: ["target": "President Tokayev", "type": "person",
                                                                 "glossary": "kazakhstan.tsv", "line": 6]),
            Annotation(kind: "term", start: 33, end: 41, data: ["target": "Tokayev", "type": "person"]),
            Annotation(kind: "term", start: 56, end: 63, data: ["target": "done", "type": "term", "glossary": "x.tsv"]),
            Annotation(kind: "summary", start: 21, end: 59, data: ["rank": 1, "score": 2.5]),
        ],
        steps: [StepRecord(index: 0, plugin: "summarize", name: "top", outcome: .ran, added: 1)])

    @Test func theArticleIsMarkedWithTagsThatNest() {
        let article = HTMLReport.article(document)
        #expect(article.contains("""
            <div class="text" dir="rtl" lang="ar"><span class="chrome" title="phrase: زر الذهاب إلى الأعلى">زر الذهاب إلى الأعلى</span>
            <span class="key"><span class="rank">1</span>قال <span class="term" title="person · kazakhstan.tsv:6">الرئيسُ توكايـيف</span>\
            <bdi class="en">President Tokayev</bdi>: «نعم» &lt;ok&gt; &amp; <span class="term" title="term · x.tsv">تم.</span></span>\
            <span class="term" title="term · x.tsv">
            ذيل</span><bdi class="en">done</bdi></div>
            """))
        #expect(article.hasPrefix("<article id=\"kz&lt;1&gt;\">\n<h2>kz&lt;1&gt;</h2>\n"
            + "<p class=\"meta\">ar · 63 characters · 1 chrome span · 1 key sentence · 3 glossary terms</p>\n"))
        // Without a brief, the key sentences in rank order.
        #expect(article.contains("<h3>Key sentences</h3>\n<ol dir=\"rtl\">\n<li>قال الرئيسُ توكايـيف: «نعم» &lt;ok&gt; &amp; تم.</li>\n</ol>"))
        #expect(article.contains("<li>chain[0] top (summarize): ran, 1 annotation</li>"))
        #expect(!article.contains("<bdi class=\"en\">Tokayev</bdi>"))
    }

    @Test func aPageIsSelfContainedAndOtherScriptsRunLeftToRight() {
        let russian = Document(id: "ru", language: "ru", source: "Токаев прибыл в Москву.")
        let page = HTMLReport.page(russian)
        #expect(page.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
        #expect(page.hasSuffix("</body>\n</html>\n"))
        #expect(page.contains("<div class=\"text\" dir=\"ltr\" lang=\"ru\">Токаев прибыл в Москву.</div>"))
        #expect(!page.contains("<script") && !page.contains("http"))
    }

    @Test func escapingCoversTextAndAttributes() {
        #expect(HTMLReport.escape("توكاييف") == "توكاييف")
        #expect(HTMLReport.escape(#"<script>alert("x")</script> & co"#) == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co")
    }

    @Test func aTranslationIsShownWithWhatItsCheckFound() {
        var translated = document
        translated.annotations.append(Annotation(kind: "translation", start: 21, end: 59, data: [
            "english": "He said <yes>.", "engine": "command cat", "issues": [#"glossary: "done" for تم. is missing"#],
        ]))
        let article = HTMLReport.article(translated)
        #expect(article.contains("<section class=\"translation\">\n<h3>Translation (machine)</h3>\n<table class=\"aligned\">\n"
            + "<tr><td dir=\"rtl\" lang=\"ar\">قال الرئيسُ توكايـيف: «نعم» &lt;ok&gt; &amp; تم.</td>"
            + "<td><div class=\"translated\">He said &lt;yes&gt;.</div>"
            + "<div class=\"check\">[check] glossary: &quot;done&quot; for تم. is missing</div></td></tr>\n</table>\n</section>\n"))
        #expect(!article.contains("<h3>Key sentences</h3>"))
        #expect(article.contains("3 glossary terms · 1 sentence translated</p>"))
    }

    /// Random marks of every kind — overlapping, nested, empty, past the end of the source —
    /// over Arabic with diacritics, tatweel and markup characters: the page always comes out
    /// with its tags balanced, never a crash.
    @Test func randomMarksAlwaysGiveBalancedTags() {
        var generator = SplitMix64(seed: 99)
        let pieces = ["قال ", "الرئيسُ ", "توكايـيف", " <", ">", " & ", "\n", "«نعم»", " Tokayev", "\u{200F}"]
        for _ in 0..<300 {
            let source = (0..<Int(generator.next() % 30)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let length = source.unicodeScalars.count
            var annotations: [Annotation] = []
            for _ in 0..<Int(generator.next() % 12) {
                let start = Int(generator.next() % UInt64(length + 3))
                let end = start + Int(generator.next() % 15) - 2
                let kind = ["boilerplate", "summary", "term", "sentence", "translation"][Int(generator.next() % 5)]
                annotations.append(Annotation(kind: kind, start: start, end: end,
                                              data: ["rank": .int(Int(generator.next() % 4)), "target": "T<&>", "english": "E"]))
            }
            let article = HTMLReport.article(Document(id: "x", language: "ar", source: source, annotations: annotations))
            // Scanned as scalars, as a browser does: a diacritic after `>` joins it in one Character.
            var depth = 0
            var scanner = Substring.UnicodeScalarView(article.unicodeScalars)
            while let open = scanner.firstIndex(of: "<") {
                let close = scanner[open...].firstIndex(of: ">") ?? scanner.endIndex
                let tag = String(scanner[open..<close])
                if tag.hasPrefix("</span") { depth -= 1 } else if tag.hasPrefix("<span") { depth += 1 }
                #expect(depth >= 0)
                scanner = close < scanner.endIndex ? scanner[scanner.index(after: close)...] : Substring.UnicodeScalarView()
            }
            #expect(depth == 0, "unbalanced spans: \(article)")
            #expect(!article.unicodeScalars.contains("\u{0}"))
        }
    }
}
