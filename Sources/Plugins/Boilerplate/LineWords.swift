import Core

/// Closed word lists the line features look words up in, as `LineKey.word` hashes of their
/// normalized forms (so `على` and `علي`, `إلى` and `الى`, `Мая` and `мая` are one entry): Arabic,
/// English, Russian and Kazakh words, which never share a hash. All lists live in one
/// table from a word to the set of lists it is on: one probe per word, not one per list.
struct LineWords: Sendable {
    /// The lists, as bits of a word's flags.
    struct Lists: OptionSet, Sendable {
        let rawValue: Int32
        static let function = Lists(rawValue: 1)
        static let date = Lists(rawValue: 2)
        static let counter = Lists(rawValue: 4)
        static let share = Lists(rawValue: 8)
        static let byline = Lists(rawValue: 16)
        static let source = Lists(rawValue: 32)
        static let section = Lists(rawValue: 64)
    }

    let function: WordKeySet
    let date: WordKeySet
    let counter: WordKeySet
    let share: WordKeySet
    let byline: WordKeySet
    let strongByline: WordKeySet
    let source: WordKeySet
    let section: WordKeySet
    private let table: UInt64Map

    static let shared = LineWords()

    private init() {
        function = Self.hashes("""
            في من على إلى الى عن مع أن إن لا ما لم لن قد هذا هذه ذلك تلك هؤلاء التي الذي الذين \
            كان كانت يكون تكون بين حول عند بعد قبل خلال حتى كما أو ثم هو هي هم هما كل أي منذ لدى \
            إذ إذا لكن بل غير عبر ضد نحو وفق أيضا فقط به بها له لها لهم فيه فيها عليه عليها منه منها \
            إليه إليها عنه عنها أنه أنها إنه إنها إلا وقال قال حيث التى الذى لقد كذلك
            """ + " " + RussianFunctionWords.list + " " + KazakhFunctionWords.list)
        date = Self.hashes("""
            السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة يناير فبراير مارس أبريل \
            إبريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار \
            نيسان أيار حزيران تموز آب أيلول تشرين الأول الثاني م هـ ه ص مساء صباحا صباحاً ساعة ساعات \
            دقيقة دقائق ثانية ثوان يوم أيام يومين أسبوع أسابيع شهر أشهر شهور سنة سنوات عام منذ \
            ساعتين دقيقتين أسبوعين شهرين عامين سنتين قبل \
            أمس اليوم الموافق بتوقيت غرينتش \
            محرم صفر ربيع الآخر جمادى الأولى الآخرة رجب شعبان رمضان شوال القعدة الحجة ذو ذي \
            monday tuesday wednesday thursday friday saturday sunday january february march april \
            may june july august september october november december jan feb mar apr jun jul aug \
            sep sept oct nov dec am pm ago hour hours minute minutes day days week weeks month \
            months year years gmt utc \
            января февраля марта апреля мая июня июля августа сентября октября ноября декабря \
            январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь \
            понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье \
            г гг год года году сегодня вчера назад мин минут минуты минуту час часа часов секунд \
            день дня дней неделю недели месяц месяца месяцев лет мск \
            қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан \
            қаңтарда ақпанда наурызда сәуірде мамырда маусымда шілдеде тамызда қыркүйекте \
            қазанда қарашада желтоқсанда дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі \
            ж жыл жылы жылғы бүгін кеше бұрын сағат сағ минут күн апта
            """)
        counter = Self.hashes("""
            تعليق تعليقات مشاهدة مشاهدات قراءة قراءات إعجاب مشاركة مشاركات زيارة زيارات دقيقة \
            دقائق للقراءة views view comments comment shares share likes like reads read min k m \
            просмотров просмотра просмотр просмотры комментариев комментария комментарий \
            комментарии лайков тыс қаралым қаралды пікір пікірлер
            """)
        share = Self.hashes("""
            شارك مشاركة طباعة أرسل إرسال تويتر فيسبوك فيس بوك واتساب واتس اب تيليجرام تلغرام \
            تليجرام لينكدإن لينكد إن انستغرام إنستغرام يوتيوب سناب شات البريد الإلكتروني نسخ الرابط \
            share tweet print email mail facebook twitter whatsapp telegram linkedin reddit pinterest \
            messenger copy link x \
            الرئيسية السابق التالي المزيد القائمة بحث ابحث إغلاق دخول تسجيل خروج اشترك الاشتراك \
            home next previous prev menu search login more close \
            поделиться печать распечатать отправить скопировать ссылку телеграм вконтакте вк \
            одноклассники фейсбук твиттер главная далее назад вперед меню поиск найти войти вход \
            выход регистрация подписаться закрыть \
            бөлісу басып шығару көшіру сілтеме сілтемені басты бет іздеу мәзір кіру шығу жабу жазылу
            """)
        byline = Self.hashes("""
            كتب كتبت بقلم إعداد تحرير مراسل مراسلة المحرر محرر تقرير متابعة by \
            автор автора текст фото корреспондент корреспондента мәтін тілші
            """)
        strongByline = Self.hashes("كتب كتبت بقلم by автор")
        source = Self.hashes("المصدر المصادر مصدر وكالات source sources источник источники дереккөз")
        section = Self.hashes("""
            أخبار الأخبار خبر سياسة السياسة اقتصاد الاقتصاد رياضة الرياضة ثقافة الثقافة فن الفن فنون منوعات \
            تكنولوجيا التكنولوجيا علوم صحة الصحة محليات محلي دوليات دولي الدولية عربي عربية العربية عالم العالم \
            العالمية مقالات مقال رأي الرأي تقارير تقرير حوارات تحقيقات فيديو صور مجتمع المجتمع موجز عاجل \
            خليجية الخليج سياحة سيارات تعليم اقتصادية سياسية رياضية ثقافية \
            news world politics business economy sport sports culture opinion tech technology health \
            новости политика экономика общество спорт культура мир происшествия мнения аналитика \
            регионы наука технологии здоровье видео фото \
            жаңалықтар саясат экономика қоғам спорт мәдениет әлем оқиға аймақтар ғылым денсаулық бейне
            """)
        var flags: [UInt64: Int32] = [:]
        for (list, words) in [(Lists.function, function), (.date, date), (.counter, counter), (.share, share),
                              (.byline, byline), (.source, source), (.section, section)] {
            for word in words { flags[word, default: 0] |= list.rawValue }
        }
        table = UInt64Map(flags)
    }

    /// The lists a word (its `LineKey.word` hash) is on.
    @inline(__always)
    func lists(of hash: UInt64) -> Lists {
        let value = table[hash]
        return value < 0 ? [] : Lists(rawValue: value)
    }

    private static func hashes(_ list: String) -> WordKeySet {
        WordKeySet(LineKey.wordHashes(of: list))
    }

    /// Whether a word is a function word, also behind the conjunction و or ف (`وفي`, `فإن`).
    func isFunctionWord(_ bytes: UnsafeBufferPointer<UInt8>, lists: Lists) -> Bool {
        if lists.contains(.function) { return true }
        // و is D9 88, ف is D9 81 in UTF-8.
        if bytes.count > 3, bytes[0] == 0xD9, bytes[1] == 0x88 || bytes[1] == 0x81 {
            return self.lists(of: LineKey.word(UnsafeBufferPointer(rebasing: bytes[2...]))).contains(.function)
        }
        return false
    }
}
