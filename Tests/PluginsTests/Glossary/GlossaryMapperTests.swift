import Core
import Plugins
import Testing
import TestSupport

/// Matching rules of the `glossary` plugin, on the shipped glossaries: positive and negative
/// cases from the seeds and from our own sentences.
struct GlossaryMapperTests {
    static let options: JSONObject = ["files": ["glossaries"]]

    /// `surface→English` for every term found in `text`.
    func terms(_ text: String, options: JSONObject = GlossaryMapperTests.options) throws -> [String] {
        let document = try annotate(plugin: "glossary", options: options, text)
        return document.annotations.map { "\(document.text(of: $0.range))→\($0.data["target"]?.stringValue ?? "?")" }
    }

    @Test(arguments: [
        // Clitics: conjunction, preposition, article, and their combinations.
        ("وتوكاييف ولتوكاييف لتوكاييف", ["وتوكاييف→Tokayev", "ولتوكاييف→Tokayev", "لتوكاييف→Tokayev"]),
        ("فالرئيس وبالممر الأوسط", ["فالرئيس→President", "وبالممر الأوسط→Middle Corridor"]),
        ("كسويسرا في آسيا الوسطى", ["كسويسرا→Switzerland", "آسيا الوسطى→Central Asia"]),
        // لل = ل + ال (للاتحاد), and ل + ال + a ل-word (للجنة); لآسيا = ل + آسيا.
        ("للاتحاد الأوروبي", ["للاتحاد الأوروبي→European Union"]),
        ("التابعة للجنة الدولية لمناهضة عقوبة الإعدام", ["للجنة الدولية لمناهضة عقوبة الإعدام→International Commission against the Death Penalty"]),
        ("الممثل الخاص للاتحاد الأوروبي لآسيا الوسطى", ["الممثل الخاص للاتحاد الأوروبي لآسيا الوسطى→EU Special Representative for Central Asia"]),
        ("ولآسيا الوسطى", ["ولآسيا الوسطى→Central Asia"]),
        // Normalization: diacritics, tatweel, alef forms, ى/ي, ة/ه, digits.
        ("تُوكَايِيف وتـوكـاييف", ["تُوكَايِيف→Tokayev", "وتـوكـاييف→Tokayev"]),
        ("استانا وأستانة وأستانا", ["استانا→Astana", "وأستانة→Astana", "وأستانا→Astana"]),
        ("قناة خبر ٢٤", ["قناة خبر ٢٤→Khabar 24"]),
        ("آسيا الوسطي", ["آسيا الوسطي→Central Asia"]),
        // Longest match wins: the person, the city, and nothing for نور alone.
        ("نور سلطان نزارباييف", ["نور سلطان نزارباييف→Nursultan Nazarbayev"]),
        ("في نور سلطان اليوم", ["نور سلطان→Nur-Sultan"]),
        ("قاسم جومارت توكاييف", ["قاسم جومارت توكاييف→Kassym-Jomart Tokayev"]),
        ("رئيس الوزراء ونائب رئيس الوزراء", ["رئيس الوزراء→Prime Minister", "ونائب رئيس الوزراء→Deputy Prime Minister"]),
        // Spelling variants of one entry.
        ("سعيدوف وسايدوف", ["سعيدوف→Saidov", "وسايدوف→Saidov"]),
        ("نورتلو ونورتليو", ["نورتلو→Nurtleu", "ونورتليو→Nurtleu"]),
        ("لوكسمبورغ ولوكسمبورج", ["لوكسمبورغ→Luxembourg", "ولوكسمبورج→Luxembourg"]),
        // Nisba adjectives in their inflections, with the article and clitics.
        ("الكازاخستاني الكازاخستانية الكازاخستانيين والكازاخي", ["الكازاخستاني→Kazakh", "الكازاخستانية→Kazakh",
                                                                "الكازاخستانيين→Kazakh", "والكازاخي→Kazakh"]),
        ("الأوزبكي القيرغيزي القرغيزي", ["الأوزبكي→Uzbek", "القيرغيزي→Kyrgyz", "القرغيزي→Kyrgyz"]),
        // Mixed Arabic and Latin.
        ("قمة CICA ولـ CICA و(KAZ-AID)", ["قمة→summit", "CICA→CICA", "CICA→CICA", "KAZ-AID→KazAID"]),
        ("مجموعة «سي 5+1»", ["سي 5+1→C5+1"]),
        // A hyphenated place name and initials before a surname.
        ("خط دربازة-مكتاراال", ["دربازة-مكتاراال→Darbaza–Maktaaral"]),
        ("وفقًا لـ ر. فاسيلنكو", ["فاسيلنكو→Vassilenko"]),
        // Negative cases: نور alone is nothing; no match inside a longer word; enclitics are
        // not stripped; لو (if) is not the surname Lu; رئيسي (main) is not رئيس; a paragraph
        // break or a comma ends a multi-word term.
        ("سطع نور الشمس", []),
        ("وزيرستان", []),
        ("كازاخستانكم", []),
        ("لو كان الأمر كذلك", []),
        ("أصبح الرئيسي واضحا", []),
        ("نور\n\nسلطان", []),
        ("نور سلطان، نزارباييف", ["نور سلطان→Nur-Sultan", "نزارباييف→Nazarbayev"]),
        // رئيسة/الرئيسة alone is the adjective "main"; the feminine titles are entries of their own.
        ("الأسباب الرئيسة وشركات رئيسة", []),
        ("قالت رئيسة المفوضية الأوروبية", ["رئيسة المفوضية الأوروبية→President of the European Commission"]),
        // A bare nisba that is also a given name (Turki): after a title or a kinship word, before
        // بن, or before a family name, it is the name; after a noun, or before its complement or
        // a day, it is the adjective; with the article it is always the adjective.
        ("استقبل الأمير تركي بن محمد الوفد", ["الأمير→Prince", "الوفد→delegation"]),
        ("والأمير فيصل بن تركي", ["والأمير→Prince"]),
        // After a kinship word with a pronoun (his brother Turki: SaudiNewsNet 03764's headline).
        ("سعود الفيصل بين أخيه تركي وعادل الجبير", ["سعود الفيصل→Saud al-Faisal", "وعادل الجبير→Adel al-Jubeir"]),
        ("كان تركي السديري رئيسا للتحرير", ["رئيسا للتحرير→editor-in-chief"]),
        // A title in an appointment's accusative, with tanween and its complement after ل; not a
        // one-word title alone (a count's noun, a town, and كاميرا read as ك + أميرا).
        ("وتعيين الدكتور محمد الجدعان وزيرًا للمالية ونائبًا لرئيس مجلس الوزراء",
         ["وزيرًا للمالية→Finance Minister", "ونائبًا لرئيس مجلس الوزراء→Deputy Chairman of the Cabinet of Ministers"]),
        ("لدى الجمعية 40 عضوا وكاميرا في بلدة مديرا", []),
        ("قتل جندي تركي وأصيب آخر", ["تركي→Turkish"]),
        ("مواطن تركي الأصل", ["تركي→Turkish"]),
        ("يلعب فريق تركي الثلاثاء المقبل", ["تركي→Turkish"]),
        ("أعلن مسؤول تركي الذي رفض ذكر اسمه", ["تركي→Turkish"]),
        ("قال الأمير التركي", ["الأمير→Prince", "التركي→Turkish"]),
        // A nisba with the article right after a given name is the family name (al-Turki), also
        // after و; after the preposition على (which folds to the name علي) it is the adjective.
        ("وأوضح اللواء محمد التركي أن الوفد التركي وصل", ["الوفد→delegation", "التركي→Turkish"]),
        ("وكتب كلماتها الشاعر كريم العراقي ومحمد المصري", []),
        ("وحكمت المحكمة على الكندي محمد فهمي", ["الكندي→Canadian"]),
        // With tanween (either side of the final alef) a place's name is an adjective or an
        // adverb: a Turkish source, a Syrian refugee, backed by Russia.
        ("قال مصدرًا رسميًا تركيًا إن لاجئاً سورياً المدعوم روسياً وصل إلى تركيا", ["تركيا→Türkiye"]),
        // After عبد a word with the article is the rest of a name (Abdulmalik), not "King".
        ("وقدم المهندس سعد بن عبد الملك الشهري توجيهاته للملك", ["للملك→King"]),
        ("الأمير أوزبكي", ["الأمير→Prince"]),
        // Heads of offices are not "President"; an organisation after رئيس is still found.
        ("قال رئيس بلدية الرياض والرئيس التنفيذي للشركة",
         ["رئيس بلدية→mayor", "الرياض→Riyadh", "والرئيس التنفيذي→chief executive"]),
        ("رئيس اللجنة الدولية لمناهضة عقوبة الإعدام", ["رئيس→President",
         "اللجنة الدولية لمناهضة عقوبة الإعدام→International Commission against the Death Penalty"]),
        ("رئيس هيئة الأركان", ["رئيس هيئة الأركان→Chief of Staff"]),
        // A deputy editor is an office of its own: نائب is not the end of the name before it.
        ("خضع الزميل مصطفى إدريس نائب رئيس التحرير الأسبق", ["نائب رئيس التحرير→deputy editor-in-chief"]),
        // مجلس النواب is any country's lower house; Kazakhstan's is the Mazhilis.
        ("التقى رئيس مجلس النواب اللبناني", ["رئيس مجلس النواب→Speaker of the House of Representatives", "اللبناني→Lebanese"]),
        // States beyond the region, with their adjectives; عمان alone (Oman or Amman) is left out.
        ("زار وفد سعودي الرياض ومصر والعاصمة الأردنية عمان وسلطنة عمان",
         ["وفد→delegation", "سعودي→Saudi", "الرياض→Riyadh", "ومصر→Egypt", "الأردنية→Jordanian", "وسلطنة عمان→Oman"]),
        ("روسيا البيضاء وبيلاروسيا", ["روسيا البيضاء→Belarus", "وبيلاروسيا→Belarus"]),
        ("صوت مجلس النواب الكازاخستاني ورئيس مجلس النواب الكازاخستاني",
         ["مجلس النواب الكازاخستاني→Mazhilis", "ورئيس مجلس النواب الكازاخستاني→Chairman of the Mazhilis"]),
        // The deputy crown prince is not the crown prince (the longer title wins), with a tatweel.
        ("التقى وليُّ ولي العـهد النائب الثاني لرئيس مجلس الوزراء وولي العهد",
         ["وليُّ ولي العـهد→Deputy Crown Prince",
          "النائب الثاني لرئيس مجلس الوزراء→Second Deputy Chairman of the Cabinet of Ministers", "وولي العهد→Crown Prince"]),
        ("استقبل خادم الحرمين الشريفين الملك سلمان", ["خادم الحرمين الشريفين→Custodian of the Two Holy Mosques", "الملك→King"]),
        // The world beyond the region, as SaudiNewsNet writes it (twelfth session): a two-word
        // spelling of Xi, Suez and its canal, Yemen's governorates, with their adjectives.
        ("الرئيس الصيني شي جينبينغ في كوالالمبور وإسطنبول", ["الرئيس→President", "الصيني→Chinese",
         "شي جينبينغ→Xi Jinping", "كوالالمبور→Kuala Lumpur", "وإسطنبول→Istanbul"]),
        ("عبرت قناة السويس إلى السويس والإسماعيلية", ["قناة السويس→Suez Canal", "السويس→Suez", "والإسماعيلية→Ismailia"]),
        ("في محافظتي تعز ومأرب ومحافظة لحج", ["تعز→Taiz", "ومأرب→Marib", "ومحافظة لحج→Lahij"]),
        ("المهاجم الكولومبي والرئيس التشادي السابق", ["الكولومبي→Colombian", "والرئيس→President", "التشادي→Chadian"]),
        // Words left out on purpose, as each is as often something else: صور (pictures, not
        // Tyre), آب (the month, not Ibb), حماة (protectors, not Hama), للحج (for the Hajj, not
        // Lahij: the appointed title is found instead), البخاري (the scholar, not Bukhara),
        // الخليل (a family name, not Hebron).
        ("نشر صور في أغسطس (آب) عن حماة الوطن ووزيرًا للحج كما في صحيح البخاري قال محمد الخليل",
         ["ووزيرًا للحج→Minister of Hajj"]),
        // Companies and platforms (companies.tsv); a company's name keeps its السعودية.
        ("نشر الفيديو على تويتر وفيس بوك ثم علقت الخطوط السعودية وأرامكو السعودية",
         ["تويتر→Twitter", "وفيس بوك→Facebook", "الخطوط السعودية→Saudia", "وأرامكو السعودية→Saudi Aramco"]),
        // Apple only as شركة أبل: once hamza is folded أبل is also camels, a hail of, Babylon;
        // كابل is Kabul.
        ("قال الرئيس التنفيذي لشركة أبل إن الإبل قرب بابل تعرضت لوابل من الرصاص في كابل",
         ["الرئيس التنفيذي→chief executive", "لشركة أبل→Apple", "كابل→Kabul"]),
    ])
    func matches(text: String, expected: [String]) throws {
        #expect(try terms(text) == expected)
    }

    @Test func dataHasTheDocumentedMembers() throws {
        let document = try annotate(plugin: "glossary", options: Self.options, "ولتوكاييف")
        let data = try #require(document.annotations.first?.data)
        #expect(data.keys == ["target", "entry", "type", "clitics", "glossary", "line"])
        #expect(data["target"] == "Tokayev")
        #expect(data["entry"] == "توكاييف")
        #expect(data["type"] == "person")
        #expect(data["clitics"] == "ول")
        #expect(data["glossary"] == "kazakhstan.tsv")
        let line = try #require(data["line"]?.intValue)
        let file = try TestData.read(TestData.path("glossaries/kazakhstan.tsv")).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(file[line - 1].hasPrefix("توكاييف\tTokayev\t"))
        let nisba = try annotate(plugin: "glossary", options: Self.options, "الكازاخستانية").annotations[0].data
        #expect(nisba["type"] == "adjective")
        #expect(nisba["entry"] == "كازاخستاني")
        #expect(nisba["clitics"] == "ال")
    }

    @Test func renderModesRewriteTheText() throws {
        let text = "التقى وتوكاييف بالرئيس الكازاخستاني."
        let replace = try annotate(plugin: "glossary", options: ["files": ["glossaries"], "render": "replace"], text)
        #expect(TextRenderer.render(replace) == "التقى و Tokayev ب President Kazakh.")
        let inline = try annotate(plugin: "glossary", options: ["files": ["glossaries"], "render": "inline"], text)
        #expect(TextRenderer.render(inline) == "التقى وتوكاييف (Tokayev) بالرئيس (President) الكازاخستاني (Kazakh).")
        let plain = try annotate(plugin: "glossary", options: Self.options, text)
        #expect(TextRenderer.render(plain) == text)
    }

    @Test func boilerplateSpansAreSkipped() throws {
        let mapper = try GlossaryMapper(entries: [GlossaryEntry(source: "كازاخستان", english: "Kazakhstan", kind: .place)])
        var document = Document(id: "d", language: "ar", source: "كازاخستان\nالإعلانات كازاخستان\nكازاخستان")
        document.annotations = [Annotation(kind: "boilerplate", start: 10, end: 29)]
        #expect(try mapper.annotate(document).map(\.start) == [0, 30])
    }

    /// A paper named after a place or a word is the paper in quotation marks (how papers cite
    /// each other), when the glossary has it with its noun; elsewhere the place stays a place.
    @Test func aQuotedPapersNameIsThePaper() throws {
        let entries = [GlossaryEntry(source: "الرياض", english: "Riyadh", kind: .place),
                       GlossaryEntry(source: "صحيفة الرياض", english: "Al Riyadh", kind: .publication),
                       GlossaryEntry(source: "صحيفة الشرق الأوسط", english: "Asharq Al-Awsat", kind: .publication)]
        let mapper = try GlossaryMapper(entries: entries)
        let document = Document(id: "d", language: "ar",
                                source: "وقال لـ \" الرياض \" في الرياض، وأضاف لـ«الشرق الأوسط» و«الوطن» وفي صحيفة الرياض.")
        let hits = try mapper.annotate(document).map { document.text(of: $0.range) + "→" + ($0.data["target"]?.stringValue ?? "") }
        #expect(hits == ["الرياض→Al Riyadh", "الرياض→Riyadh", "الشرق الأوسط→Asharq Al-Awsat", "صحيفة الرياض→Al Riyadh"])
        let replaced = try GlossaryMapper(entries: entries, options: { var o = GlossaryMapper.Options(); o.render = .replace; return o }())
            .annotate(Document(id: "d", language: "ar", source: "لـ«الشرق الأوسط»"))
        #expect(replaced.first?.data["replacement"]?.stringValue == "Asharq Al-Awsat")
    }

    /// A nisba names what it derives from and that thing's type: a place's (الأوزبكي: Uzbek, of
    /// Uzbekistan, a place) or an organisation's (الداعشي: ISIS, of ISIS, an organisation), so
    /// that the brief lists each where it belongs; the broken plural الدواعش is a variant.
    @Test func aNisbaSaysWhatItDerivesFrom() throws {
        let document = try annotate(plugin: "glossary", options: Self.options,
                                    "وقال الوزير الأوزبكي إن المقاتل الداعشي وبقية الدواعش فروا")
        let hits = document.annotations.map {
            [document.text(of: $0.range), $0.data["type"]?.stringValue, $0.data["of"]?.stringValue, $0.data["ofType"]?.stringValue]
                .map { $0 ?? "-" }.joined(separator: " ")
        }
        #expect(hits == ["الوزير title - -", "الأوزبكي adjective Uzbekistan place",
                         "الداعشي adjective ISIS organisation", "الدواعش organisation - -"])
    }

    /// اليمني is Yemeni, اليمنى "the right one" (اليد اليمنى): an entry can keep ى apart, in its
    /// nisba forms too, and the shipped Yemen entry does.
    @Test func anEntryCanKeepAlefMaqsuraApart() throws {
        let yemen = GlossaryEntry(source: "اليمن", english: "Yemen", kind: .place,
                                  nisbas: [GlossaryEntry.Nisba(stem: "يمني", english: "Yemeni")], keepsAlefMaqsura: true)
        let document = Document(id: "d", language: "ar", source: "قال الرئيس اليمني إن اليد اليمنى في اليمن والحكومة اليمنية")
        let hits = try GlossaryMapper(entries: [yemen]).annotate(document).map { document.text(of: $0.range) }
        #expect(hits == ["اليمني", "اليمن", "اليمنية"])
        let shipped = try annotate(plugin: "glossary", options: Self.options, "رفع يده اليمنى وقال الوزير اليمني")
        #expect(shipped.annotations.map { shipped.text(of: $0.range) } == ["الوزير", "اليمني"])
        // Written to a file and read back, the flag stays.
        let tsv = GlossaryTSVWriter.write([yemen])
        #expect(tsv.contains("\tkeep-alef-maqsura"))
    }

    @Test func anEntryCanKeepTehMarbutaApart() throws {
        let entries = [GlossaryEntry(source: "حماة", english: "Hama", kind: .place, keepsTehMarbuta: true),
                       GlossaryEntry(source: "أستانة", english: "Astana", kind: .place)]
        let mapper = try GlossaryMapper(entries: entries)
        let document = Document(id: "d", language: "ar", source: "حماة وحماه وأستانه وأستانة")
        #expect(try mapper.annotate(document).map { document.text(of: $0.range) } == ["حماة", "وأستانه", "وأستانة"])
    }

    /// Every person, place, organisation, title and publication of the seeds, as the seeds write
    /// them, with the English the glossary must give.
    static let seedNames: [(surface: String, english: String)] = [
        ("قاسم جومارت توكاييف", "Kassym-Jomart Tokayev"), ("توكاييف", "Tokayev"),
        ("نور سلطان نزارباييف", "Nursultan Nazarbayev"), ("نور سلطان", "Nur-Sultan"), ("أستانا", "Astana"),
        ("أستانة تايمز", "The Astana Times"), ("مختار تلوبيردي", "Mukhtar Tileuberdi"), ("ييرلان أليمباييف", "Yerlan Alimbayev"),
        ("خيرت عمروف", "Kairat Umarov"), ("عمروف", "Umarov"), ("دونالد لُو", "Donald Lu"), ("أرمان إيسيتوف", "Arman Issetov"),
        ("إيسيتوف", "Issetov"), ("رومان فاسيلنكو", "Roman Vassilenko"), ("لرومان فاسيلنكو", "Roman Vassilenko"),
        ("فاسيلنكو", "Vassilenko"), ("إلفيرا أزيموفا", "Elvira Azimova"), ("كريستينا غالاش", "Cristina Gallach"),
        ("غالاش", "Gallach"), ("بختيور سعيدوف", "Bakhtiyor Saidov"), ("بسايدوف", "Saidov"), ("وسعيدوف", "Saidov"),
        ("مراد نورتلو", "Murat Nurtleu"), ("نورتليو", "Nurtleu"), ("كايا كالاس", "Kaja Kallas"), ("جوزيف سيكيلا", "Jozef Síkela"),
        ("إدواردز ستيبريس", "Eduards Stiprais"), ("ستيبريس", "Stiprais"), ("أورسولا فون دير لاين", "Ursula von der Leyen"),
        ("وفون دير لاين", "von der Leyen"), ("شارل ميشيل", "Charles Michel"), ("فلاديمير بوتين", "Vladimir Putin"),
        ("رجب طيب أردوغان", "Recep Tayyip Erdoğan"), ("شهباز شريف", "Shehbaz Sharif"), ("إبراهيم رئيسي", "Ebrahim Raisi"),
        ("محمود عباس", "Mahmoud Abbas"), ("صدير جاباروف", "Sadyr Japarov"), ("وجاباروف", "Japarov"),
        ("إمام علي رحمون", "Emomali Rahmon"), ("شوكت ميرزيوييف", "Shavkat Mirziyoyev"),
        ("سيردار بيردي محمدوف", "Serdar Berdimuhamedov"), ("خوجزامورات جيلديمورادوف", "Hojamyrat Geldimyradov"),
        ("كازاخستان", "Kazakhstan"), ("لكازاخستان", "Kazakhstan"), ("جمهورية كازاخستان", "Republic of Kazakhstan"),
        ("الكازاحستانية", "Kazakh"), ("الكازاخي", "Kazakh"), ("إسبانيا", "Spain"), ("لاسبانيا", "Spain"),
        ("الولايات المتحدة", "United States"), ("أوزبكستان", "Uzbekistan"), ("لأوزبكستان", "Uzbekistan"),
        ("لوكسمبورغ", "Luxembourg"), ("ولوكسمبورج", "Luxembourg"), ("بلجيكا", "Belgium"), ("بروكسل", "Brussels"),
        ("سمرقند", "Samarkand"), ("تركيا", "Türkiye"), ("أرمينيا", "Armenia"), ("أذربيجان", "Azerbaijan"),
        ("وجورجيا", "Georgia"), ("وأوروبا", "Europe"), ("روسيا", "Russia"), ("أوكرانيا", "Ukraine"), ("كسويسرا", "Switzerland"),
        ("نيويورك", "New York"), ("آسيا الوسطى", "Central Asia"), ("وسط آسيا", "Central Asia"), ("جنوب القوقاز", "South Caucasus"),
        ("دربازة-مكتاراال", "Darbaza–Maktaaral"), ("الاتحاد الأوروبي", "European Union"), ("المجلس الأوروبي", "European Council"),
        ("الجمعية العامة للأمم المتحدة", "UN General Assembly"), ("ميثاق الأمم المتحدة", "UN Charter"), ("CICA", "CICA"),
        ("التفاعل وتدابير بناء الثقة في آسيا", "Interaction and Confidence Building Measures in Asia"),
        ("الشراكة الشرقية", "Eastern Partnership"), ("سي 5+1", "C5+1"), ("AECID", "AECID"), ("KAZ-AID", "KazAID"),
        ("الوكالة الإسبانية للتعاون الإنمائي", "Spanish Agency for International Development Cooperation"),
        ("للجنة الدولية لمناهضة عقوبة الإعدام", "International Commission against the Death Penalty"),
        ("الشراكة من أجل البنية التحتية والاستثمار العالميين", "Partnership for Global Infrastructure and Investment"),
        ("السفارة الأمريكية في كازاخستان", "U.S. Embassy in Kazakhstan"), ("أكوردا", "Akorda"), ("Talgo", "Talgo"),
        ("مركز آسيا الوسطى الدولي للتعاون الصناعي", "Central Asia International Centre for Industrial Cooperation"),
        ("قمة آسيا الوسطى والاتحاد الأوروبي", "EU–Central Asia Summit"), ("بالممر الأوسط", "Middle Corridor"),
        ("لاتفاقية الشراكة والتعاون المُعزَّزة", "Enhanced Partnership and Cooperation Agreement"),
        ("حوار تعزيز الشراكة الاستراتيجية", "Enhanced Strategic Partnership Dialogue"),
        ("كازينفورم", "Kazinform"), ("قناة خبر 24", "Khabar 24"), ("EU Reporter", "EU Reporter"),
        ("وزيرة الدولة للشؤون الخارجية وأمريكا الأيبيرية ومنطقة البحر الكاريبي",
         "Secretary of State for Foreign Affairs, Ibero-America and the Caribbean"),
        ("وزير الخارجية والاتحاد الأوروبي والتعاون", "Minister for Foreign Affairs, European Union and Cooperation"),
        ("مساعد وزير خارجية الولايات المتحدة لشؤون جنوب ووسط آسيا", "U.S. Assistant Secretary of State for South and Central Asian Affairs"),
        ("وكيل أول وزير خارجية", "First Deputy Foreign Minister"), ("نائب وزير الخارجية", "Deputy Foreign Minister"),
        ("نائبة رئيس المفوضية الأوروبية", "Vice-President of the European Commission"),
        ("الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية",
         "High Representative of the European Union for Foreign Affairs and Security Policy"),
        ("والمفوض الأوروبي للشراكات الدولية", "European Commissioner for International Partnerships"),
        ("رئيسة المفوضية الأوروبية", "President of the European Commission"), ("رئيس المجلس الأوروبي", "President of the European Council"),
        ("مفوضة حقوق الإنسان", "Commissioner for Human Rights"), ("نائب رئيس الوزراء", "Deputy Prime Minister"),
        ("نائب رئيس مجلس الوزراء", "Deputy Chairman of the Cabinet of Ministers"), ("وزير الخارجية", "Foreign Minister"),
        ("ورئيس الوزراء", "Prime Minister"), ("سفير", "Ambassador"), ("السفير", "Ambassador"),
    ]

    /// Each pair is found in the seed text (so the list is drawn from the seeds), and the
    /// default chain's glossary step maps it to the expected English there.
    @Test func everySeedNameIsFound() throws {
        var found: [String: Set<String>] = [:]
        var seedText = ""
        for path in TestData.seedPaths {
            let text = try TestData.read(path)
            seedText += text + "\n"
            let document = try annotate(plugin: "glossary", options: Self.options, text)
            for annotation in document.annotations {
                found[document.text(of: annotation.range), default: []].insert(annotation.data["target"]?.stringValue ?? "")
            }
        }
        for (surface, english) in Self.seedNames {
            #expect(seedText.contains(surface), "'\(surface)' is not in the seeds")
            #expect(found[surface]?.contains(english) == true, "'\(surface)' → \(found[surface] ?? []), expected \(english)")
        }
    }
}
