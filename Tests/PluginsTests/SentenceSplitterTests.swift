import Core
import Plugins
import Testing
import TestSupport

struct SentenceSplitterTests {
    func sentences(_ text: String, options: JSONObject = [:]) throws -> [String] {
        try texts(of: "sentence", plugin: "sentences", options: options, text)
    }

    @Test(arguments: [
        // Arabic and Latin terminators; runs of them stay together.
        ("هل وصل الوفد؟ نعم! وصل.", ["هل وصل الوفد؟", "نعم!", "وصل."]),
        ("ماذا حدث؟! لا أعرف…", ["ماذا حدث؟!", "لا أعرف…"]),
        ("ومكافحة الفقر..؟ والأهم", ["ومكافحة الفقر..؟", "والأهم"]),
        // The Arabic semicolon ends a sentence (seed 000).
        ("تعزيز تكامل الأسواق ؛  قالت وزيرة الخارجية غالاش", ["تعزيز تكامل الأسواق ؛", "قالت وزيرة الخارجية غالاش"]),
        // Numbers: decimals and dotted dates do not split; a year at the end of a sentence does.
        ("بلغ النمو 10.5 في المئة في 30.10.2022 وما بعده.", ["بلغ النمو 10.5 في المئة في 30.10.2022 وما بعده."]),
        ("أُنشئت في عام 2010. وأشارت غالاش", ["أُنشئت في عام 2010.", "وأشارت غالاش"]),
        // Initials: one Arabic letter, Arabic spellings of Latin letters, Latin capitals (seed 002).
        ("أشار أ. إيسيتوف إلى أن التعاون مهم.", ["أشار أ. إيسيتوف إلى أن التعاون مهم."]),
        ("زيارة الممثل الخاص، إي. ستيبريس، إلى أستانا.", ["زيارة الممثل الخاص، إي. ستيبريس، إلى أستانا."]),
        // An abbreviation in Arabic letter names with its dots (SaudiNewsNet split إم.تي.في in three).
        ("قالت شبكة إم.تي.في الثلاثاء إن سويفت تتصدر. وقالت بي.بي.سي إن الحفل سيقام.",
         ["قالت شبكة إم.تي.في الثلاثاء إن سويفت تتصدر.", "وقالت بي.بي.سي إن الحفل سيقام."]),
        // Single letters with dots: agencies (د.ب.أ، أ.ف.ب) and أ.د. (professor doctor).
        ("قال لوكالة (د.ب.أ) إن الجثث كثيرة. وقال أ.د.عبدالله الفيفي إن الأمر خطير.",
         ["قال لوكالة (د.ب.أ) إن الجثث كثيرة.", "وقال أ.د.عبدالله الفيفي إن الأمر خطير."]),
        // A list item's number starts its sentence; a number at a sentence's end still ends it.
        ("1. من حصلوا على الدرجات العلمية. 2. اجتياز الاختبار. وبلغ العدد 10. وقال إنه سعيد.",
         ["1. من حصلوا على الدرجات العلمية.", "2. اجتياز الاختبار.", "وبلغ العدد 10.", "وقال إنه سعيد."]),
        ("وفقًا لـ ر. فاسيلنكو، استثمرت كازاخستان.", ["وفقًا لـ ر. فاسيلنكو، استثمرت كازاخستان."]),
        ("قال J. Smith ذلك. وانتهى", ["قال J. Smith ذلك.", "وانتهى"]),
        // An era letter after a year is not an initial: the sentence ends (EASC 001).
        ("ولد عام 1783 م. اتسعت شهرته", ["ولد عام 1783 م.", "اتسعت شهرته"]),
        // Punctuation, then invisible bidi marks and a closing quote, ends a line: it is not a
        // wrapped one (SaudiNewsNet 02984), though the next line is longer.
        ("وتابع \"سقف التوقعات مرتفع للغاية لا نريد فعل شيء.\u{202D}'\u{202C}\"\nوسيخوض ارسنال مباراة الغد بدون مهاجمه اليكسيس سانشيز أفضل لاعب.",
         ["وتابع \"سقف التوقعات مرتفع للغاية لا نريد فعل شيء.\u{202D}'\u{202C}\"",
          "وسيخوض ارسنال مباراة الغد بدون مهاجمه اليكسيس سانشيز أفضل لاعب."]),
        // Abbreviations, URLs, domains.
        ("التقى Dr. Smith في kazinform.kz اليوم. ثم غادر", ["التقى Dr. Smith في kazinform.kz اليوم.", "ثم غادر"]),
        ("المصدر https://www.gov.kz/memleket/entities/mfa?lang=ar. انتهى", ["المصدر https://www.gov.kz/memleket/entities/mfa?lang=ar.", "انتهى"]),
        // An HTML character reference a scraper left is its character: the `;` of `&quot;` ends
        // nothing, and a quotation in them protects what it holds (SaudiNewsNet's Sabq headlines
        // came out as "&quot;" and "ابن مساعد&quot;").
        ("&quot;ابن مساعد&quot; يكشف قصة &quot;الخاتم&quot; الذي أهداه الملك سلمان\n\nقال &quot;نحن هنا. وسنبقى.&quot; ثم غادر.",
         ["&quot;ابن مساعد&quot; يكشف قصة &quot;الخاتم&quot; الذي أهداه الملك سلمان", "قال &quot;نحن هنا. وسنبقى.&quot;", "ثم غادر."]),
        // Quotations that close in the paragraph protect their inner punctuation (seed 001 «…»).
        ("قال: «نحن هنا. وسنبقى.» ثم غادر.", ["قال: «نحن هنا. وسنبقى.»", "ثم غادر."]),
        ("أكدوا “احترامهم الكامل للقانون الدولي. والتزامهم بالميثاق” وقيمه.", ["أكدوا “احترامهم الكامل للقانون الدولي. والتزامهم بالميثاق” وقيمه."]),
        // A quotation mark that never closes protects nothing (seed 000).
        ("وأشارت غالاش إلى “عزم الرئيس. على المضي قدمًا.", ["وأشارت غالاش إلى “عزم الرئيس.", "على المضي قدمًا."]),
        // Glued sentences are split; Latin inside a word is not.
        ("الإسبانية.وقال الوزير", ["الإسبانية.", "وقال الوزير"]),
        ("شركة Talgo.الإسبانية", ["شركة Talgo.", "الإسبانية"]),
        // Paragraphs and short lines (titles, labels) are sentences of their own.
        ("كازاخستان\n\nSHARE:\n\nتم النشر", ["كازاخستان", "SHARE:", "تم النشر"]),
        ("أصـــداء/ الكازاحستانية\nعُقد في لوكسمبورغ اجتماعٌ.", ["أصـــداء/ الكازاحستانية", "عُقد في لوكسمبورغ اجتماعٌ."]),
        // CRLF line endings; lines that end in a comma continue.
        ("السطر الأول،\r\nوالسطر الثاني.\r\n\r\nفقرة", ["السطر الأول،\r\nوالسطر الثاني.", "فقرة"]),
        // Nothing but punctuation is no sentence.
        ("…\n\n-\n\nنص", ["نص"]),
        // In Russian and English an abbreviation's period before a lower-case word goes on (в
        // 2023 г. превысил, т.е. вырос); before a capital, a new sentence starts; initials stay.
        ("Товарооборот в 2023 г. превысил 4 млрд долларов, т.е. вырос на 12%. Президент К.-Ж. Токаев встретился с Ш. Мирзиёевым.",
         ["Товарооборот в 2023 г. превысил 4 млрд долларов, т.е. вырос на 12%.", "Президент К.-Ж. Токаев встретился с Ш. Мирзиёевым."]),
        ("Trade grew approx. forty per cent. Talks resume in May.", ["Trade grew approx. forty per cent.", "Talks resume in May."]),
    ])
    func splits(text: String, expected: [String]) throws {
        #expect(try sentences(text) == expected)
    }

    @Test func hardWrappedLinesJoinWhenLong() throws {
        let wrapped = """
            لفت نظري واستغرابي إعلانان كلاهما يتعلق بـ"طلب مرئيات العموم" من هيئة
            الاتصالات وتقنية المعلومات المنشور في جميع الصحف وملخصهما أن الهيئة من أجل
            الترخيص لمقدمي خدمة الهاتف الجوال. وأوضح
            """
        #expect(try sentences(wrapped).count == 2)
        #expect(try sentences(wrapped, options: ["joinWrappedLines": false]).count == 4)
        #expect(try sentences(wrapped, options: ["minWrappedLineLength": 200]).count == 4)
    }

    @Test func paragraphIndexIsRecorded() throws {
        let document = try annotate(plugin: "sentences", "أولى. ثانية.\n\nثالثة.")
        #expect(document.annotations.map { $0.data["paragraph"] } == [0, 0, 1])
    }

    /// Every seed: sentences are trimmed, in order, do not overlap, and together cover every
    /// letter and digit of the article; the initials of seed 002 stay inside their sentences.
    @Test func seedsAreSegmentedWithoutLosingText() throws {
        var all: [String] = []
        for path in TestData.seedPaths {
            let source = try TestData.read(path)
            let document = try annotate(plugin: "sentences", source)
            let ranges = document.annotations.map(\.range)
            #expect(ranges.count >= 10, "\(path)")
            #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
            var covered = [Bool](repeating: false, count: document.sourceLength)
            for range in ranges { for i in range { covered[i] = true } }
            for (i, scalar) in source.unicodeScalars.enumerated() {
                let cls = ScalarClass.of(scalar.value)
                if cls == .arabicLetter || cls == .letter || cls == .digit { #expect(covered[i], "\(path) scalar \(i)") }
            }
            for text in document.annotations.map({ document.text(of: $0.range) }) {
                #expect(text == text.trimmingCharacters(in: .whitespacesAndNewlines))
                all.append(text)
            }
        }
        for initial in ["أشار أ. إيسيتوف إلى", "لآسيا الوسطى، إي. ستيبريس، إلى أستانا.", "وفقًا لـ ر. فاسيلنكو، استثمرت"] {
            #expect(all.contains { $0.contains(initial) }, "\(initial)")
        }
        #expect(all.contains("أصـــداء/ الكازاحستانية"))
        #expect(all.contains("زر الذهاب إلى الأعلى"))
        #expect(all.contains { $0.hasPrefix("لحضور «حوار تعزيز") } == false)
        #expect(all.contains { $0.contains("«حوار تعزيز الشراكة الاستراتيجية» السنوي الخامس") })
        #expect(all.contains("ليصل إلى 10-11 مليون طن بحلول عامي 2029 و2030، وفقًا لرومان فاسيلنكو.") == false)
        #expect(all.contains { $0.hasSuffix("ليصل إلى 10-11 مليون طن بحلول عامي 2029 و2030، وفقًا لرومان فاسيلنكو.") })
    }

    /// EASC articles are hard-wrapped mid-sentence: almost every sentence must end in sentence
    /// punctuation once wrapped lines are joined (a wrapped line cut off would not).
    @Test func eascWrappedArticlesJoin() throws {
        guard let articles = TestData.eascArticles else { return }
        var total = 0
        var unterminated = 0
        for path in articles {
            let document = try annotate(plugin: "sentences", try TestData.read(path))
            for annotation in document.annotations {
                let text = document.text(of: annotation.range)
                total += 1
                if let last = text.unicodeScalars.last, !".!?؟؛;…:\"»”)'".unicodeScalars.contains(last) { unterminated += 1 }
            }
        }
        #expect(total > 1500)
        // Titles and list items have no final punctuation; cut-off wrapped lines would push this far higher.
        #expect(Double(unterminated) / Double(total) < 0.03, "\(unterminated) of \(total) sentences end without punctuation")
    }
}
