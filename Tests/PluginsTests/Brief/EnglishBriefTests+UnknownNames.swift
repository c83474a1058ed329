import Core
import Foundation
import Plugins
import Testing

/// Names no glossary knows in the brief's lists and events (sentences from SaudiNewsNet).
extension EnglishBriefTests {
    /// With `people.tsv` the same names are glossary people: the agencies' spelling, no question mark.
    @Test func thePeopleListTurnsSuggestionsIntoPeople() throws {
        let data = try brief("وقال وزير الخارجية المصري سامح شكري إن الرئيس عبد الفتاح السيسي استقبل الأمير خالد الفيصل.",
                             withPeople: true)
        #expect(list(data["people"], "name") == ["Sameh Shoukry", "Abdel Fattah al-Sisi", "Khalid al-Faisal"])
        #expect(list(data["people"], "role") == ["Foreign Minister of Egypt", "President", "Prince"])
        #expect(list(data["unknown"], "source") == [])
        // ب before a second title starts the verb's object: its role is the second person's.
        let met = try brief("التقى خادم الحرمين الشريفين بالرئيس المصري عبد الفتاح السيسي.", withPeople: true)
        #expect(list(met["people"], "role") == ["President of Egypt"])
        // و before a name: the next person, not the title holder written before it.
        let and = try brief("وهذا ما يحاول جون كيري وزير الخارجية الأميركي وحسن روحاني الرئيس الإيراني فعله.", withPeople: true)
        #expect(list(and["people"], "name") == ["John Kerry", "Hassan Rouhani"])
        #expect(list(and["people"], "role") == ["", ""])
    }

    /// A title with و after a comma is the next person's, not an apposition (SaudiNewsNet 04802).
    @Test func aTitleWithAndAfterACommaIsTheNextPersons() throws {
        let data = try brief("ومن وجوه الحزم الشيخ محمد بن زايد آل نهيان، وملك البحرين حمد بن عيسى آل خليفة.", withPeople: true)
        #expect(list(data["people"], "name") == ["Mohammed bin Zayed Al Nahyan", "Hamad bin Isa Al Khalifa"])
        #expect(list(data["people"], "role") == ["", "King of Bahrain"])
    }

    /// Saudi style writes a prince's office after his name and lineage, without a comma.
    @Test func aPrincesOfficeAfterHisNameIsHisRole() throws {
        let crown = try brief("استقبل صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد وزير الداخلية في قصره بجدة السفير.",
                              withPeople: true)
        #expect(list(crown["people"], "name") == ["Mohammed bin Nayef"])
        #expect(list(crown["people"], "role") == ["Crown Prince"])
        // Not after و (two people), and a name after بن is someone's lineage, not that person.
        let and = try brief("وبدأ الوزير نهاره بلقاء نظيره السعودي عادل الجبير وأمير قطر.", withPeople: true)
        #expect(list(and["people"], "name") == ["Adel al-Jubeir"])
        #expect(list(and["people"], "role") == [""])
        let lineage = try brief("وأصدر الملك أمرا بإعفاء الأمير مشعل بن عبد الله بن عبد العزيز آل سعود من منصبه.", withPeople: true)
        #expect(!list(lineage["people"], "name").contains("Abdullah bin Abdulaziz"))
    }

    @Test func aKnownSurnameAfterATitleIsTheNameAlone() throws {
        // Not "Obama Wofda": the word after a well-known surname is not part of the name…
        let obama = try brief("واستقبل الملك سلمان الرئيس الأميركي أوباما ووفدا ضم أكثر من 30 شخصية.")
        #expect(list(obama["unknown"], "suggestion") == ["Salman", "Obama"])
        #expect(list(obama["unknown"], "role") == ["King", "President of the United States"])
        // …unless the table knows it as a name too.
        #expect(list(try brief("وقال وزير الدفاع الأمريكي آشتون كارتر إن الزيارة مهمة.")["unknown"], "suggestion") == ["Ashton Carter"])
    }

    @Test func courtesyWordsAndRanksStandBetweenATitleAndAName() throws {
        let minister = try brief("وأكد معالي وزير التعليم الدكتور عزام بن محمد الدخيل أهمية البرنامج.")
        #expect(list(minister["unknown"], "suggestion") == ["Azzam bin Mohammed al-Dakhil"])
        #expect(list(minister["unknown"], "role") == ["Education Minister"])
        let general = try brief("وقال المستشار بمكتب وزير الدفاع العميد ركن أحمد عسيري إن العملية مستمرة.")
        #expect(list(general["unknown"], "suggestion") == ["Ahmed Asiri"])
        // …at the minister's office, an adviser: not the minister.
        #expect(list(general["unknown"], "role") == [""])
        // A private secretary or the head of private affairs of the King is not the King.
        #expect(list(try brief("وأعلن السكرتير الخاص لخادم الحرمين الشريفين تميم بن عبدالعزيز السالم الخبر.")["unknown"], "role") == [""])
        // A weekday after the name is no part of it (جون كيري الاثنين was left out).
        #expect(list(try brief("اعلن وزير الخارجية الاميركي جون كيري الاثنين في الدوحة الاتفاق.")["unknown"], "suggestion") == ["John Kerry"])
        // بن after a third name goes with the name after it.
        #expect(list(try brief("بحضور معالي الرئيس الدكتور محمد صالح بن طاهر بنتن.")["unknown"], "source") == ["محمد صالح بن طاهر"])
    }

    /// Two titles joined by و are one person's (Deputy Prime Minister and Foreign Minister), but
    /// not the same office twice or an office and its deputy: that is a list of people, and the
    /// name is the last one's.
    @Test func aListOfOfficesIsAListOfPeople() throws {
        #expect(list(try brief("وأرسل رسالة إلى الرئيس الفرنسي والرئيس اليمني عبد ربه منصور هادي.")["unknown"], "role")
                == ["President of Yemen"])
        #expect(list(try brief("وبايع المواطنون ولي العهد وولي ولي العهد ومستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة الأمير خالد الفيصل.")["unknown"], "role")
                == ["Adviser to the Custodian of the Two Holy Mosques"])
    }

    @Test func aSurnameAloneLaterIsTheSamePerson() throws {
        let data = try brief("وقال الرئيس الإيراني حسن روحاني إن الاتفاق مهم. وأضاف الرئيس روحاني أن المقاطعة لم تنجح.")
        #expect(list(data["unknown"], "source") == ["حسن روحاني"])
        #expect(list(data["unknown"], "role") == ["President of Iran"])
    }

    @Test func eventsTakeNamesNoGlossaryKnowsMarkedUnverified() throws {
        let received = try brief("ويوم الثلاثاء 27 يناير، استقبل الملك سلمان بن عبد العزيز الرئيس الأميركي أوباما ووفدا ضم أكثر من 30 شخصية.")
        #expect(list(received["events"], "english") == ["Salman bin Abdulaziz? received Obama? on Tuesday, 27 January."])
        // Courtesy words between the verb and the roles (صاحب السمو الملكي، معالي).
        let courtesy = try brief("استقبل صاحب السمو الملكي الأمير محمد بن نايف معالي وزير الخارجية المصري سامح شكري في جدة.")
        #expect(list(courtesy["events"], "english") == ["Mohammed bin Nayef? received Sameh Shoukry? in Jeddah."])
        // The rest of the lineage and where and when, between the subject and the object.
        let aside = try brief("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر السلام بجدة اليوم وزير الدفاع الأمريكي آشتون كارتر.")
        #expect(list(aside["events"], "english") == ["Salman bin Abdulaziz Al Saud? received Ashton Carter? in Jeddah."])
        // The subject's offices, a blessing and an aside with a comma in it, between subject
        // and object (SaudiNewsNet 01046 and 01908); a state's name after ب is the office's
        // country, not where it is.
        let offices = try brief("استقبل صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء "
            + "وزير الداخلية -حفظه الله- في قصر سموه بجدة، مساء أمس، معالي وزير الخارجية المصري سامح شكري.", withPeople: true)
        #expect(list(offices["events"], "english") == ["Mohammed bin Nayef received Sameh Shoukry in Jeddah."])
        let blessing = try brief("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود - حفظه الله - في قصر السلام "
            + "أمس الأول، وزير الخارجية بجمهورية مصر العربية سامح شكري والوفد المرافق له.", withPeople: true)
        #expect(list(blessing["events"], "english") == ["Salman bin Abdulaziz received Sameh Shoukry."])
        #expect(list(blessing["people"], "role") == ["Custodian of the Two Holy Mosques", "Foreign Minister of Egypt"])
        // التقى takes its object without مع; the aside may end in a weekday (اليوم الثلاثاء) or
        // البارحة, and open with a part of the day (مساء أمس).
        let met = try brief("التقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد وزير الدفاع في قصر الدرعية "
            + "للمؤتمرات بالرياض، اليوم الثلاثاء، فخامة الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية.", withPeople: true)
        #expect(list(met["events"], "english") == ["Mohammed bin Salman met François Hollande in Riyadh on Tuesday."])
        let talks = try brief("بحث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، مساء أمس، مع وزير الخارجية المصري سامح شكري العلاقات.",
                              withPeople: true)
        #expect(list(talks["events"], "english") == ["Salman bin Abdulaziz held talks with Sameh Shoukry."])
        // في and a place after the aside's time word (أمس، في الرياض،).
        let riyadh = try brief("بحث وزير الخارجية عادل الجبير، أمس، في الرياض، مع وزير الخارجية المصري سامح شكري العلاقات.",
                               withPeople: true)
        #expect(list(riyadh["events"], "english") == ["Adel al-Jubeir held talks with Sameh Shoukry in Riyadh."])
        // رحب: past the subject's apposition, the object after ب (seed 001); not a welcome of a thing.
        let welcomed = try brief("رحب السيد خيرت عمروف، وكيل أول وزير خارجية جمهورية كازاخستان، بالسيد دونالد لُو، "
            + "مساعد وزير خارجية الولايات المتحدة لشؤون جنوب ووسط آسيا، في أستانا.")
        #expect(list(welcomed["events"], "english") == ["Kairat Umarov welcomed Donald Lu in Astana."])
        let decision = try brief("ورحب الرئيس قاسم جومارت توكاييف بالقرار الذي اتخذه المجلس.")
        #expect(list(decision["events"], "english") == [])
        // Subject first: the person named last before التقى, the object after it or after بنظيره
        // and its role (seed 000; SaudiNewsNet 01532).
        let counterpart = try brief("بدأت اليوم وزيرة الدولة للشؤون الخارجية في إسبانيا ، كريستينا غالاش زيارة إلى كازاخستان "
            + "حيث التقت بنظيرها الكازاخستاني ، نائب الوزير وزير الخارجية ، ييرلان أليمباييف ، في نور سلطان.")
        #expect(list(counterpart["events"], "english") == ["Cristina Gallach met Yerlan Alimbayev in Nur-Sultan."])
        let damascus = try brief("وصل ستافان دي ميستورا الخميس الى دمشق حيث التقى وزير الخارجية وليد المعلم واطلعه على النتائج.",
                                 withPeople: true)
        #expect(list(damascus["events"], "english") == ["Staffan de Mistura met Walid al-Muallem?."])
        // A call: تلقى X اتصالا هاتفيا من Y, where either side may be an office without a name.
        let call = try brief("وتلقى خادم الحرمين الشريفين اتصالاً هاتفيًا من ملك مملكة البحرين. "
            + "وتلقى الرئيس قاسم جومارت توكاييف اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين.", withPeople: true)
        #expect(list(call["events"], "english") == [
            "The Custodian of the Two Holy Mosques received a phone call from the King of Bahrain.",
            "Kassym-Jomart Tokayev received a phone call from Vladimir Putin.",
        ])
        // اجتمع without مع is no meeting with the next person.
        let gathered = try brief("اجتمع الملك سلمان بن عبدالعزيز في قصر السلام اليوم وزير الخارجية المصري سامح شكري.", withPeople: true)
        #expect(list(gathered["events"], "english") == [])
        // Not an aside that does not end with a time word: the object is not there.
        let noAside = try brief("استقبل الملك سلمان بن عبدالعزيز في قصر السلام عددا من المواطنين.")
        #expect(list(noAside["events"], "english") == [])
    }

    /// What follows a title without the article, a preposition before a verbal noun, and a
    /// second word with و are not names (all from SaudiNewsNet, where they were taken for names).
    @Test(arguments: [
        // A one-word title without the article is the first term of a construct.
        "وقال مدير مستشفى سوق الخضار إن حالة المصابين مستقرة.",
        // ب or ل before a verbal noun or a noun with its ending.
        "وأمر رئيس الهيئة العامة للطيران المدني بتشكيل لجنة للتحقيق في الحادث.",
        "وأمر وزير الحرس الوطني بزيارة تفقدية للمصابين.",
        "ونقل المدير التنفيذي لاحتفالات عيد الفطر تهنئته.",
        // و before the second word adds a second thing.
        "وحضر الحفل الأمين العام ورؤساء لجان المجلس.",
        // ل joins the title to what it heads.
        "وقال الرئيس التنفيذي لجلف كابيتال إن الصفقة تمت.",
    ])
    func wordsAfterATitleThatAreNoName(sentence: String) throws {
        #expect(list(try brief(sentence)["unknown"], "source") == [])
    }

    /// The preposition على folds to the name علي: written with ي it is the name, which the
    /// function-word list had kept out of every name (العقيد محمد علي العروي was no name at all).
    @Test func aliWrittenWithYaIsTheName() throws {
        #expect(list(try brief("وقال الناطق باسم الوزارة العقيد محمد علي العروي إن التحقيق مستمر.")["unknown"], "suggestion")
                == ["Mohammed Ali al-Aroi"])
        #expect(list(try brief("وقال المرشد الأعلى علي خامنئي إن الاتفاق لن يغير سياسة إيران.")["unknown"], "suggestion") == ["Ali Khamenei"])
        // Three names before an apposition when the first is a given name the table knows.
        let three = try brief("وقال علي شايف الحريري، المتحدث الرسمي باسم المقاومة، إن القوات تقدمت.")
        #expect(list(three["unknown"], "suggestion") == ["Ali Shaev Hariri"])
        #expect(list(three["unknown"], "role") == ["official spokesperson"])
        // Written with ى it is the preposition: "stressed the importance", no name.
        #expect(list(try brief("وأكد الوزير على أهمية التعاون بين البلدين.")["unknown"], "source") == [])
    }

    @Test func aKunyaAndANameAfterAndAreNames() throws {
        // A name with ل that the table knows is a name all the same.
        #expect(list(try brief("وقال وزير الدفاع لويس كارلوس إن الجيش مستعد.")["unknown"], "suggestion") == ["Luis Carlos"])
        let kunya = try brief("واستقبل الرئيس أبو مازن الوفد في رام الله.")
        #expect(list(kunya["unknown"], "suggestion") == ["Abu Mazen"])
        #expect(list(kunya["unknown"], "role") == ["President"])
        // "and Molchanova": the name starts after the conjunction.
        let tennis = try brief("وتأهلت الروسية ماريا شارابوفا ومولتشانوفا إلى الدور الثاني.")
        #expect(list(tennis["unknown"], "source") == ["شارابوفا", "مولتشانوفا"])
    }

    /// A courtesy word or a rank before a known given name says a name follows, title or not.
    @Test func aCourtesyWordBeforeAGivenNameStartsAName() throws {
        let data = try brief("وقال الدكتور عبدالرحمن الحقباني في تغريدة له إن الجثمان وصل. وأكد الدكتور عبدالعزيز بن طالب أن النظام يعمل.")
        #expect(list(data["unknown"], "source") == ["عبدالرحمن الحقباني", "عبدالعزيز بن طالب"])
        #expect(list(data["unknown"], "role") == ["", ""])
        // Not a word that is no given name, nor a given name alone.
        #expect(list(try brief("وقال الدكتور المشارك في الندوة إن الشيخ محمد حضر.")["unknown"], "source") == [])
        // عبد and the word after it are the given name.
        #expect(list(try brief("وقال الدكتور عبد الرحمن الحقباني إن الجثمان وصل.")["unknown"], "source") == ["عبد الرحمن الحقباني"])
        // With a title before the courtesy word, a given name the table does not know will do;
        // without one it will not (ساحل العاج is Côte d'Ivoire).
        let spokesman = try brief("وأوضح المتحدث الرسمي لوزارة العمل الأستاذ تيسير المفرج أن المكتب أغلق.")
        #expect(list(spokesman["unknown"], "source") == ["تيسير المفرج"])
        #expect(list(spokesman["unknown"], "role") == ["official spokesperson of the Ministry of Labour"])
        #expect(list(try brief("ووصف الدكتور ساحل العاج بأنه بلد جميل.")["unknown"], "source") == [])
        // A family name without the article, the father's name, بن and a name; not a pronoun.
        let more = try brief("ونبه الدكتور عبدالرحمن بخاري من الشائعات. وذكر الأستاذ محمد أحمد مشاط في كتابه. وقال الشيخ أحمد عبيد بن دغر إن. وحضر الشيخ عثمان نفسه.")
        #expect(list(more["unknown"], "source") == ["عبدالرحمن بخاري", "محمد أحمد مشاط", "أحمد عبيد بن دغر"])
        // A profession, alone or with its adjective, does the same, without a role.
        let writers = try brief("ويقول الشاعر محمود درويش في قصيدته. وكتب الكاتب الصحفي خالد السليمان مقالا.")
        #expect(list(writers["unknown"], "source") == ["محمود درويش", "خالد السليمان"])
        #expect(list(writers["unknown"], "role") == ["", ""])
    }

    /// Two names, a comma and a title: the name before its apposition, with the apposition's role.
    @Test func aNameBeforeItsTitleBetweenCommas() throws {
        let data = try brief("وقال جون فالون، المدير العام لدار بيرسون، إن البيع تم. وقال دونالد تاسك، رئيس المجلس الأوروبي، إن القمة انتهت.")
        #expect(list(data["unknown"], "source") == ["جون فالون", "دونالد تاسك"])
        #expect(list(data["unknown"], "role") == ["Director-General", "President of the European Council"])
        // Not a verb with و before a name, nor the rest of a lineage.
        #expect(list(try brief("وصرح شومهري، المتحدث باسم الشرطة، بأن البحث مستمر.")["unknown"], "source") == [])
    }

    /// A body, a place or a nisba the glossary knows can end a longer office it does not know
    /// whole: a known given name and a family name right after it are a name; على الفور is not.
    @Test func aGivenNameAfterTheEndOfAnOfficeIsAName() throws {
        let data = try brief("وأكد أمين عام هيئة تنمية الصادرات السعودية أحمد الحقباني أن الخطة بدأت.")
        #expect(list(data["unknown"], "source") == ["أحمد الحقباني"])
        #expect(list(try brief("وتوجه الوفد إلى الرياض على الفور.")["unknown"], "source") == [])
    }

    /// A name that starts like the article, or a well-known surname with it, after a title.
    @Test func namesThatStartLikeTheArticle() throws {
        let greece = try brief("وكان رئيس الوزراء الكسيس تسيبراس أعلن تنظيم استفتاء.")
        #expect(list(greece["unknown"], "suggestion") == ["Alexis Tsipras"])
        #expect(list(greece["unknown"], "role") == ["Prime Minister"])
        let egypt = try brief("واستقبل الرئيس السيسي الوفد في القاهرة.")
        #expect(list(egypt["unknown"], "suggestion") == ["al-Sisi"])
        // الله is a part of names, never one by itself.
        #expect(list(try brief("وقال الوزير وفقه الله إن العمل مستمر.")["unknown"], "source") == [])
    }

    /// A time word between the office and the name: "former" for السابق; after it only a name a
    /// spelling table knows (a verb follows as often).
    @Test func anOfficesTimeStandsBetweenTitleAndName() throws {
        let data = try brief("وقال الرئيس المصري السابق محمد مرسي إن المحاكمة باطلة. وقال إن الرئيس السابق سيكون أفضل.")
        #expect(list(data["unknown"], "suggestion") == ["Mohammed Morsi"])
        #expect(list(data["unknown"], "role") == ["former President of Egypt"])
        let event = try brief("استقبل وزير التعليم الدكتور عزام الدخيل في مكتبه ظهر أمس بالوزارة وزير الإسكان الجديد ماجد الحقيل.",
                              withPeople: true)
        // Majed al-Hogail is in people.tsv since the twelfth session: his role is the person's.
        #expect(list(event["events"], "english") == ["Azzam al-Dakhil received Majed al-Hogail."])
        #expect(list(event["people"], "name") == ["Azzam al-Dakhil", "Majed al-Hogail"])
        #expect(list(event["people"], "role") == ["Education Minister", "Housing Minister"])
    }

    /// A well-known surname after a title is the name by itself, so the surname table leaves out
    /// family names that are as often a word: the judge, the preacher (and peaceful, below).
    @Test func aFamilyNameThatIsAWordIsNoNameAfterATitle() throws {
        let data = try brief("وقال رئيس المحكمة القاضي إن الحكم نهائي. وأكد وزير الخارجية الخطيب أن الحل السلمي ممكن.")
        #expect(list(data["unknown"], "source") == [])
    }

    /// An office written right after a name ends it (SaudiNewsNet: `مصطفى إدريس نائب` before
    /// `نائب رئيس التحرير` was an entry).
    @Test func anOfficeAfterANameIsNotPartOfIt() throws {
        let data = try brief("خضع الزميل مصطفى إدريس نائب رئيس التحرير الأسبق في «عكاظ» إلى عملية جراحية.")
        #expect(list(data["unknown"], "source") == ["مصطفى إدريس"])
    }

    /// A royal decree names each appointee with his whole lineage and family: the name runs
    /// through every بن, then آل and the family or a family name with the article.
    @Test func aNameRunsThroughItsLineageToTheFamily() throws {
        let decree = try brief("وتضمنت الأوامر تعيين الأمير تركي بن سعود بن محمد بن عبد العزيز آل سعود مستشارًا. "
            + "وعين الدكتور خالد بن عبد المحسن بن محمد المحيسن رئيسًا للهيئة. وقال الشيخ عبدالله بن زايد آل نهيان إن العلاقات قوية.")
        #expect(list(decree["unknown"], "source") == ["تركي بن سعود بن محمد بن عبد العزيز آل سعود",
                                                      "خالد بن عبد المحسن بن محمد المحيسن", "عبدالله بن زايد آل نهيان"])
        #expect(list(decree["unknown"], "suggestion") == ["Turki bin Saud bin Mohammed bin Abdulaziz Al Saud",
                                                          "Khalid bin Abdulmohsen bin Mohammed al-Muhaisen", "Abdullah bin Zayed Al Nahyan"])
        // A list goes on with و and the courtesy word (والدكتور، والمهندس).
        let appointed = try brief("وشملت الأوامر تعيين الدكتور إبراهيم بن عبد العزيز العساف وزيرًا للمالية، "
            + "والمهندس عبد الله بن عبد الرحمن الحصين وزيرًا للمياه والكهرباء، والعميد محمد القحطاني قائدًا للقوة.")
        #expect(list(appointed["unknown"], "source") == ["إبراهيم بن عبد العزيز العساف", "عبد الله بن عبد الرحمن الحصين", "محمد القحطاني"])
        // Each with the office the decree gives: a title in the accusative right after the name.
        #expect(list(appointed["unknown"], "role") == ["Finance Minister", "Minister of Water and Electricity", ""])
        // In a list (و on the courtesy word) a title right after the name is that person's office.
        let listed = try brief("وحضر اللقاء وزير الداخلية، والدكتور عادل الطريفي وزير الثقافة والإعلام، وعدد من المسؤولين.")
        #expect(list(listed["unknown"], "role") == ["Minister of Culture and Information"])
        // Not without the list: after a verb the title is the object (استقبل الدكتور X وزير …).
        let received = try brief("واستقبل الدكتور عادل الطريفي وزير الخارجية الأمريكي.")
        #expect(list(received["unknown"], "role") == [""])
        let known = try brief("وتضمنت الأوامر تعيين عادل الجبير وزيرًا للخارجية.", withPeople: true)
        #expect(list(known["people"], "role") == ["Foreign Minister"])
        // A prince's lineage does not take the definite word after it: that is the sentence going on.
        #expect(list(try brief("وتسلم الأمير محمد بن سلمان الدروع.")["unknown"], "source") == ["محمد بن سلمان"])
        // But a given name or a nisba with the article is the family's (al-Faisal, al-Sudairi).
        #expect(list(try brief("وحضر الأمير تركي بن عبدالله الفيصل الحفل.")["unknown"], "source") == ["تركي بن عبدالله الفيصل"])
        // Names that end in الله are one name: after بن any, else the ones a list knows;
        // الله after other words is a blessing (أطال الله عمره), not the rest of a name.
        let allah = try brief("وقال الدكتور خالد بن دخيل الله الثبيتي إن الداعية فتح الله غولن غادر، "
            + "وأكد الأمير سلمان أطال الله عمره ذلك.")
        #expect(list(allah["unknown"], "source") == ["خالد بن دخيل الله الثبيتي", "فتح الله غولن"])
    }

    /// No name starts with و before a hamza on alef: وأتسوتوشي is "and Atsutoshi" (SaudiNewsNet 00734).
    @Test func andBeforeAHamzaIsNotPartOfTheName() throws {
        let data = try brief("واستقال نوريو ساساكي، الذي يشغل منصب نائب الرئيس، وأتسوتوشي نيشيدا، الذي يعمل مستشارا للشركة.")
        #expect(list(data["unknown"], "source").contains("أتسوتوشي نيشيدا"))
        #expect(!list(data["unknown"], "source").contains("وأتسوتوشي نيشيدا"))
    }

    /// مبارك is a given name before a family name (the Ministry of Education's spokesman, seven
    /// SaudiNewsNet articles), not the surname alone.
    @Test func mubarakIsAGivenName() throws {
        let data = try brief("صرح المتحدث الرسمي لوزارة التعليم مبارك العصيمي أن الوزير وجه بذلك.")
        #expect(list(data["unknown"], "source") == ["مبارك العصيمي"])
        #expect(list(data["unknown"], "suggestion").first?.hasPrefix("Mubarak al-") == true)
    }
}
