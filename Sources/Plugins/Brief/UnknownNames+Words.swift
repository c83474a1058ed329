import Core

/// The word lists `UnknownNames` reads names against.
extension UnknownNames {
    /// Endings of Central Asian and Russian surnames. Plain ‑يف is left out: Arabic verbal
    /// nouns end in it (تكاليف, تصنيف, توظيف).
    static let endings = ["ييف", "اييف", "وف", "وفا", "ييفا", "ينكو", "وفيتش", "يفيتش"]

    /// Honorifics and courtesy titles that precede names but are not names (سمو, معالي).
    static let honorifics: Set<String> = ["سمو", "معالي", "فخامه", "سعاده", "دوله", "سماحه", "دكتور", "مهندس", "شيخ", "امير", "ملك", "سيد", "سيده"]
    /// Words of kinship inside a name (عادل بن أحمد): the name goes on after them.
    static let kinship = BriefKey.set(["بن", "ابن", "بنت"])
    /// First words of two-word given names and surnames (عبد العزيز، أبو رأس).
    static let compoundNameStarts = BriefKey.set(["عبد", "أبو"])
    static let abu = BriefKey.of("أبو")
    /// First parts of names that end in الله (ضيف الله، فتح الله، نصر الله). Only these: الله
    /// after other words is a blessing or a phrase (أطال الله عمره، بيت الله الحرام).
    static let beforeAllah = BriefKey.set(["ضيف", "فتح", "نصر", "سعد", "جار", "عون", "عوض", "غرم", "خير", "حسب", "عطا",
                                           "عطاء", "عطيه", "هبه", "رزق", "فضل", "سيف", "نور", "عبيد", "حمد", "جاد", "حرز",
                                           "كرم", "مال"])
    /// آل: "the family of", before a family's name at the end of a lineage (آل سعود، آل الشيخ).
    static let familyOf = BriefKey.of("آل")
    /// الله: inside names (عبد الله), but with the article, it is no name by itself (وفقه الله).
    static let allah = BriefKey.of("الله")

    /// Nouns that head institutions (مجلس إدارة, هيئة تنظيم): after a title they start a
    /// construct, not a name.
    static let institutionNounList: [String] = [
        "مجلس", "هيئه", "وزاره", "لجنه", "شركه", "اداره", "مؤسسه", "جمعيه", "جامعه", "مركز", "بنك", "صندوق",
        "اتحاد", "منظمه", "حزب", "قسم", "دائره", "مكتب", "مجموعه", "غرفه", "نادي", "مدينه", "محافظه", "امانه",
        "تحرير", "وزراء", "جمهوريه", "مملكه", "اماره", "ولايه", "حكومه", "برلمان", "دوله", "منطقه",
        "بلديه", "شرطه", "فريق", "فرقه", "اقليم", "كتابه", "دفاع", "داخليه", "خارجيه", "بعثه", "وفد", "نقابه",
        "برقيه", "مراسم", "صحيفه", "مجله", "حركه",
        // Offices and sites a director or a commander heads (مدير مستشفى، قائد قوات).
        "وكاله", "محطه", "فندق", "موقع", "مدرسه", "مدارس", "فرع", "جمرك", "قوات", "قوه", "مصنع", "شعبه",
        "مستوصف", "سجن", "قطاع", "مصرف", "دار",
        // Not nouns of institutions, but as often right after a title: adjectives and times
        // (رئيس جديد، رئيس بلدية سابق، الرئيس رقم اثنين، رئيس البرلمان أمس).
        "جديد", "سابق", "اسبق", "حالي", "مؤقت", "امس", "اليوم", "رقم", "اول", "احدث",
        // Nor nouns that open an occasion (الرئيس بمناسبة ذكرى الاستقلال).
        "مناسبه", "ذكري",
    ]
    static let institutionNouns = BriefKey.set(institutionNounList)
    static let honorificKeys = BriefKey.set(Array(honorifics))
    static let functionWords = ArabicFunctionWords.hashes

    /// Definite words right after a given name that are not family names: ordinals (عبدالله
    /// الثاني), positions and times.
    static let notFamilyNames = BriefKey.set([
        "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
        "السابق", "الأسبق", "الحالي", "الجديد", "المكلف", "المعين", "المنتخب", "المقبل", "الماضي", "اليوم",
        "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاثنين", "الثلاثاء",
    ])

    /// Past-tense verbs of news that follow a subject's name (الشيخ محمد حضر، الدكتور أحمد أوضح),
    /// and the times of day (خالد طاهر مساء أمس): never the rest of the name.
    /// Past verbs of speech that follow a title chain (رئيس مجلس الوزراء بمملكة البحرين أعرب
    /// خلاله عن …): the sentence going on, not a name after the title.
    static let speechVerbs = BriefKey.set(["أعرب", "أعربت", "أكد", "أكدت", "قال", "قالت", "أضاف", "أضافت", "أشار", "أشارت",
                                           "أوضح", "أوضحت", "أعلن", "أعلنت", "شدد", "شددت", "طالب", "طالبت", "ثمن", "أبدى"])

    /// Foreign given names of the table that are as often a word (جو air, شي thing, جانٍ a
    /// culprit) or a surname (دي ماريا، أنجلينا جولي، غاريث بيل): they start no name by
    /// themselves.
    static let foreignGivenWords = BriefKey.set(["جو", "شي", "جان", "ماريا", "جولي", "بيل"])
    /// Particles inside European names (دي، دا، فان، فون، سان …): a name goes on past them.
    static let nameParticles = BriefKey.set(["دي", "دو", "دا", "دل", "ديل", "فان", "فون", "سان", "لا", "لو", "سي", "اف"])

    static let verbsAfterNames = BriefKey.set([
        "قرر", "مساء", "صباح", "ظهر", "عصر", "فجر",
        "حضر", "شارك", "أوضح", "بين", "ذكر", "دعا", "رأى", "اعتبر", "أعلن", "كشف", "شدد", "لفت", "نوه", "أشاد",
        "قدم", "افتتح", "دشن", "ترأس", "استقبل", "التقى", "زار", "وصل", "غادر", "عاد", "قام", "ألقى", "تحدث", "صرح",
        "نفى", "رحب", "هنأ", "عزى", "وجه", "أمر", "أصدر", "وقع", "تسلم", "سلم", "قلد", "أجرى", "تلقى", "بعث", "أبدى",
        "أكدت", "قالت", "أوضحت", "أعلنت", "شاركت", "حضرت", "ذكرت", "كشفت", "أشارت", "أضافت",
    ])

    /// Professions that, like a courtesy word, say a name follows (الكاتب علي الموسى، الشاعر
    /// خالد الفيصل، المحلل السياسي ناجي السامعي); no role: they are no office.
    static let professions = BriefKey.set([
        "الكاتب", "الكاتبة", "الإعلامي", "الإعلامية", "الشاعر", "الشاعرة", "الفنان", "الفنانة", "الباحث", "الباحثة",
        "المحلل", "الخبير", "الداعية", "المواطن", "المواطنة", "الصحفي", "الصحافي", "الروائي", "المخرج", "الناشط",
        "الناشطة", "الشهيد", "الطبيب", "المعلم", "الزميل", "الزميلة", "المحامي", "المفكر", "الأديب",
    ])

    /// First words of royal titles (الملك، الملكة، ولي العهد، خادم الحرمين الشريفين).
    static let royalTitleWords = BriefKey.set(["الملك", "ملك", "الملكة", "ملكة", "ولي", "خادم"])
    /// Titles of a reigning king and queen, whose given name alone names them (الملك سلمان،
    /// ملك المغرب محمد السادس، الملكة إليزابيث).
    static let kingTitleWords = BriefKey.set(["الملك", "ملك"])
    static let queenTitleWords = BriefKey.set(["الملكة", "ملكة"])
    /// Regnal numbers after a king's given name (عبدالله الثاني → Abdullah II) and a queen's.
    static let regnalNumbers: WordKeyMap<String> = BriefKey.map([
        "الأول": "I", "الثاني": "II", "الثالث": "III", "الرابع": "IV", "الخامس": "V", "السادس": "VI",
        "السابع": "VII", "الثامن": "VIII", "التاسع": "IX", "العاشر": "X",
    ])
    static let feminineRegnalNumbers: WordKeyMap<String> = BriefKey.map([
        "الأولى": "I", "الثانية": "II", "الثالثة": "III", "الرابعة": "IV", "الخامسة": "V", "السادسة": "VI",
        "السابعة": "VII", "الثامنة": "VIII", "التاسعة": "IX", "العاشرة": "X",
    ])
    /// Words before a royal title that make another office of it (نائب خادم الحرمين الشريفين).
    static let dependantTitleWords = BriefKey.set(["نائب", "مستشار"])
    /// A prince's or a princess's title word (الأمير، أمير منطقة، الأميرة).
    static let princeTitleWords = BriefKey.set(["أمير", "الأمير", "الأميرة", "أميرة"])
    /// Places and things named after kings and princes (مطار الملك خالد، جامعة الأميرة نورة):
    /// every noun of `NamedPlaces.nounTable`.
    static let namedAfterNouns = BriefKey.set(NamedPlaces.nounTable.map(\.key))
    /// The last word of titles whose place follows them (محافظ جدة، أمير منطقة عسير); not with
    /// the article (المحافظ رميح بن صالح: the governor, then his name).
    static let officesOfAPlace = BriefKey.set(["محافظ", "منطقة", "شرطة"])
}
