/// The chrome phrases that ship with the workbench, in the phrase-file format (see
/// `ChromePhraseParser`): page furniture of Arabic, English, Russian and Kazakh news sites in general — no
/// phrase here belongs to one site. Compared after normalization (hamza and alef forms, ى/ي,
/// ة/ه, diacritics, tatweel), with numbers and punctuation ignored, so one spelling each is enough.
enum BuiltinChromePhrases {
    static let file = "<built-in phrases>"

    static let text = """
        # Navigation, buttons, widgets: the whole line.
        line\tزر الذهاب إلى الأعلى
        line\tالعودة إلى الأعلى
        line\tإلى الأعلى
        line\tالرئيسية
        line\tالصفحة الرئيسية
        line\tالقائمة
        line\tالقائمة الرئيسية
        line\tبحث
        line\tابحث
        line\tإغلاق
        line\tالمزيد
        line\tاقرأ المزيد
        line\tاقرأ أيضا
        line\tاقرأ أيضاً
        line\tاقرأ ايضا
        line\tشاهد أيضا
        line\tإقرأ أيضا
        line\tالتالي
        line\tالسابق
        line\tالمقال التالي
        line\tالمقال السابق
        line\tالخبر التالي
        line\tالخبر السابق
        line\tطباعة
        line\tأرسل لصديق
        line\tإرسال
        line\tنسخ الرابط
        line\tتم نسخ الرابط
        line\tرابط مختصر
        line\tحجم الخط
        line\tتكبير الخط
        line\tتصغير الخط
        line\tشارك
        line\tشارك الخبر
        line\tشارك المقال
        line\tشارك هذا المقال
        line\tشارك هذا الخبر
        line\tشارك على
        line\tمشاركة
        line\tمشاركات
        line\tمشاركة الخبر
        line\tتويتر
        line\tفيسبوك
        line\tفيس بوك
        line\tواتساب
        line\tواتس اب
        line\tتيليجرام
        line\tتلغرام
        line\tلينكدإن
        line\tانستغرام
        line\tيوتيوب
        line\tالبريد الإلكتروني
        line\tالإعلانات
        line\tإعلان
        line\tإعلانات
        line\tمساحة إعلانية
        line\tمحتوى مدعوم
        line\tمحتوى ممول
        line\tتم النشر
        line\tنشر في
        line\tنشر بتاريخ
        line\tتاريخ النشر
        line\tآخر تحديث
        line\tتم التحديث
        line\tمنذ
        line\tتعليق
        line\tتعليقات
        line\tالتعليقات
        line\tلا توجد تعليقات
        line\tأضف تعليق
        line\tأضف تعليقا
        line\tاترك تعليقا
        line\tاترك رد
        line\tاترك ردا
        line\tإلغاء الرد
        line\tمشاهدة
        line\tمشاهدات
        line\tقراءة
        line\tدقيقة للقراءة
        line\tدقائق للقراءة
        line\tوقت القراءة
        line\tاتصل بنا
        line\tمن نحن
        line\tعن الموقع
        line\tسياسة الخصوصية
        line\tشروط الاستخدام
        line\tأعلن معنا
        line\tخريطة الموقع
        line\tاشترك
        line\tاشترك الآن
        line\tالنشرة الإخبارية
        line\tالنشرة البريدية
        line\tتسجيل الدخول
        line\tتسجيل الخروج
        line\tإنشاء حساب
        line\tتابعنا
        line\tتابعونا
        line\tتابعنا على
        line\tتابعونا على
        line\tالوسوم
        line\tكلمات مفتاحية
        line\tالكلمات المفتاحية
        line\tالتصنيفات
        line\tالأقسام
        line\tجاري التحميل
        line\tتحميل المزيد
        line\tعاجل
        line\tأخبار عاجلة
        line\tفيديو
        line\tصور
        line\tالصور
        line\tالطقس
        line\tموافق
        line\tأوافق
        line\tقبول
        line\tرفض
        line\tالإعدادات
        line\tترجم
        line\tترجمة
        line\tاضغط هنا
        line\tانقر هنا
        line\tأخبار ذات صلة
        line\tمواضيع ذات صلة
        # English page furniture.
        line\tshare
        line\tshare this
        line\tshare this article
        line\ttweet
        line\tprint
        line\temail
        line\tfacebook
        line\ttwitter
        line\twhatsapp
        line\ttelegram
        line\tlinkedin
        line\treddit
        line\tpinterest
        line\tcopy link
        line\tread more
        line\tread next
        line\tmore
        line\tnext
        line\tprevious
        line\thome
        line\tmenu
        line\tsearch
        line\tclose
        line\ttranslate
        line\tadvertisement
        line\tsponsored
        line\tposted on
        line\tpublished
        line\tupdated
        line\tcomments
        line\tleave a reply
        line\tcancel reply
        line\tsubscribe
        line\tnewsletter
        line\tsign in
        line\tlog in
        line\taccept
        line\taccept all
        line\treject
        line\tcookie settings
        line\tskip to content
        line\tback to top
        line\tloading
        # Russian and Kazakh page furniture (Cyrillic: compared in lower case).
        line\tподелиться
        line\tчитайте также
        line\tчитать далее
        line\tчитать полностью
        line\tподробнее
        line\tверсия для печати
        line\tнаверх
        line\tглавная
        line\tвсе новости
        line\tпоследние новости
        line\tкомментарии
        line\tоставить комментарий
        line\tреклама
        line\tпопулярное
        line\tзагрузка
        line\tпоказать еще
        line\tподписаться
        line\tпринять
        line\tпринять все
        line\tперейти к содержанию
        line\tбөлісу
        line\tсондай-ақ оқыңыз
        line\tтолығырақ
        line\tбасты бет
        line\tбарлық жаңалықтар
        line\tсоңғы жаңалықтар
        line\tпікірлер
        line\tпікір қалдыру
        line\tжарнама
        line\tтанымал
        line\tтағы көрсету
        line\tжазылу
        line\tқабылдау
        # Lines that start with page furniture.
        start\tاقرأ أيضا
        start\tاقرأ ايضا
        start\tإقرأ أيضا
        start\tاقرأ المزيد
        start\tشاهد أيضا
        start\tطالع أيضا
        start\tللمزيد
        start\tتابعونا على
        start\tتابعنا على
        start\tتابعوا
        start\tاشترك في
        start\tاشترك فى
        start\tاشترك الآن
        start\tانضم إلى
        start\tحمل تطبيق
        start\tتحميل تطبيق
        start\tاتصل بنا
        start\tتواصل معنا
        start\tتم النشر
        start\tنشر في
        start\tنشر بتاريخ
        start\tتاريخ النشر
        start\tآخر تحديث
        start\tتاريخ التحديث
        start\tبقلم
        start\tكتب بواسطة
        start\tالوسوم
        start\tكلمات مفتاحية
        start\tالتصنيف
        start\tالكلمات الدالة
        start\tكلمات دلالية
        start\tوسوم
        start\tاضغط هنا
        start\tانقر هنا
        start\tللاشتراك
        start\tتابع آخر الأخبار
        start\tالقسم
        start\tشارك على
        start\tشارك عبر
        start\tشارك هذا
        start\tحقوق النشر
        start\tجميع الحقوق محفوظة
        start\tread more
        start\tread also
        start\tsee also
        start\tfollow us
        start\tsubscribe to
        start\tsign up
        start\tposted by
        start\tposted on
        start\tpublished on
        start\twritten by
        start\tshare on
        start\tshare this
        start\tcopyright
        start\tall rights reserved
        start\tnext previous
        start\tчитайте также
        start\tчитайте нас в
        start\tподписывайтесь на
        start\tследите за новостями
        start\tприсоединяйтесь к
        start\tопубликовано
        start\tдата публикации
        start\tобновлено
        start\tтеги
        start\tметки
        start\tрубрика
        start\tфото
        start\tнашли ошибку
        start\tсондай-ақ оқыңыз
        start\tжарияланды
        start\tжаңартылды
        start\tтегтер
        start\tқате таптыңыз ба
        start\tқатені байқасаңыз
        # Headings that open a trailing block of related or latest headlines.
        tail\tمقالات ذات صلة
        tail\tأخبار ذات صلة
        tail\tمواضيع ذات صلة
        tail\tمقالات مشابهة
        tail\tأخبار مشابهة
        tail\tقد يعجبك أيضا
        tail\tقد يهمك أيضا
        tail\tقد يهمك
        tail\tاقرأ أيضا
        tail\tشاهد أيضا
        tail\tالأكثر قراءة
        tail\tالأكثر مشاهدة
        tail\tالأكثر تداولا
        tail\tالأكثر شعبية
        tail\tآخر الأخبار
        tail\tأحدث الأخبار
        tail\tأخبار متعلقة
        tail\tالمزيد من الأخبار
        tail\tالمزيد من المقالات
        tail\tوصل حديثا
        tail\tجديد الأخبار
        tail\tالتعليقات مغلقة
        tail\tأضف تعليقا
        tail\tاترك تعليقا
        tail\tاترك ردا
        tail\trelated articles
        tail\trelated posts
        tail\trelated news
        tail\tmost read
        tail\tmost popular
        tail\tlatest news
        tail\tyou may also like
        tail\tcomments are closed
        tail\tleave a reply
        tail\tчитайте также
        tail\tсондай-ақ оқыңыз
        tail\tпохожие новости
        tail\tпохожие материалы
        tail\tдругие новости
        tail\tпоследние новости
        tail\tсамое читаемое
        tail\tматериалы по теме
        tail\tновости по теме
        tail\tұқсас жаңалықтар
        tail\tтақырыпқа қатысты
        tail\tсоңғы жаңалықтар
        tail\tкөп оқылған
        # Notices: consent, cookies, copyright, disclaimers.
        notice\tملفات تعريف الارتباط
        notice\tملفات الارتباط
        notice\tملفات الكوكيز
        notice\tسياسة الخصوصية
        notice\tشروط الاستخدام
        notice\tجميع الحقوق محفوظة
        notice\tحقوق النشر محفوظة
        notice\tالحقوق محفوظة
        notice\tيمنع نسخ
        notice\tيحظر نسخ
        notice\tيمنع إعادة النشر
        notice\tإلغاء الاشتراك
        notice\tبالطرق التي وافقت عليها
        notice\tنستخدم تسجيلك
        notice\tلتحسين تجربتك
        notice\tتجربة التصفح
        notice\tباستخدامك لهذا الموقع
        notice\tبمتابعة التصفح
        notice\tلا تعبر بالضرورة
        notice\tلا يعبر بالضرورة
        notice\tليست بالضرورة
        notice\tليس بالضرورة
        notice\tتعبر عن رأي كاتبها
        notice\tتعبر عن آراء كتابها
        notice\tالمقالات المنشورة
        notice\tمن مجموعة متنوعة من المصادر
        notice\tالمصادر الخارجية
        notice\tموقع إخباري
        notice\tصحيفة إلكترونية
        notice\tمنصة إخبارية
        notice\tجميع المواد المنشورة
        notice\tإخلاء المسؤولية
        notice\tإخلاء مسؤولية
        notice\tلا تمثل رأي
        notice\tنرحب بتعليقاتكم
        notice\tcookies
        notice\tprivacy policy
        notice\tterms of use
        notice\tall rights reserved
        notice\tcopyright
        notice\tunsubscribe
        notice\tdo not necessarily reflect

        notice\tвсе права защищены
        notice\tиспользование материалов
        notice\tгиперссылка обязательна
        notice\tфайлы cookie
        notice\tполитика конфиденциальности
        notice\tполитику конфиденциальности
        notice\tполитикой конфиденциальности
        notice\tфайлов cookie
        notice\tфайлы куки
        notice\tмнение редакции может не совпадать
        notice\tбарлық құқықтар қорғалған
        notice\tматериалдарды пайдалану
        notice\tсілтеме міндетті
        notice\tcookie файлдарын
        notice\tқұпиялылық саясаты
        # A link to the story glued to the end of the last paragraph (syndicated copies): the
        # phrase and what follows it on the line, at most 25 words.
        trailer\tرابط الخبر
        trailer\tرابط المقال
        # Share bars glued to the start of the first paragraph: only the phrase.
        leader\tشارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك
        leader\tشارك من خلال تويتر فيسبوك جوجل بلس
        """
}
