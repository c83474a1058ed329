/// Common given names and well-known surnames of news, one `arabic english` pair per line, in
/// the spelling English-language agencies use (AP, Reuters, the person's own government).
/// Normalization makes أحمد/احمد and أسامة/اسامه one key. Names a glossary has (the people of
/// the seeds, heads of state of the region) are not repeated here: this table only improves
/// the suggestions for names no glossary knows.
enum BuiltinNameSpellings {
    /// Given names (and the عبد compounds): also how the brief knows a name that a family name
    /// with the article follows (عادل الجبير).
    static let givenNames = """
        محمد Mohammed
        أحمد Ahmed
        محمود Mahmoud
        مصطفى Mustafa
        علي Ali
        حسن Hassan
        حسين Hussein
        خالد Khaled
        عمر Omar
        عثمان Othman
        يوسف Youssef
        إبراهيم Ibrahim
        إسماعيل Ismail
        عبدالله Abdullah
        عبدالعزيز Abdulaziz
        عبدالرحمن Abdulrahman
        عبدالرحيم Abdulrahim
        عبدالكريم Abdulkarim
        عبداللطيف Abdullatif
        عبدالحميد Abdulhamid
        عبدالمجيد Abdulmajid
        عبدالحكيم Abdulhakim
        عبدالناصر Abdulnasser
        عبدالسلام Abdulsalam
        عبدالملك Abdulmalik
        عبدالغني Abdulghani
        عبدالوهاب Abdulwahab
        عبدالرزاق Abdulrazzaq
        عبدالفتاح Abdulfattah
        عبدالقادر Abdulqader
        عبدالإله Abdulilah
        عبدالمحسن Abdulmohsen
        عبدالهادي Abdulhadi
        عبدالواحد Abdulwahid
        عبدالمنعم Abdulmonem
        عبدالحليم Abdulhalim
        عبدالجبار Abduljabbar
        عبدالستار Abdulsattar
        عبدالصمد Abdulsamad
        عبدالحق Abdulhaq
        عبدالباري Abdulbari
        عبدالعظيم Abdulazim
        عبدالخالق Abdulkhaliq
        عبدالرؤوف Abdulraouf
        عبدالمطلب Abdulmuttalib
        سعود Saud
        فيصل Faisal
        فهد Fahd
        سلمان Salman
        سلطان Sultan
        نايف Nayef
        بندر Bandar
        تركي Turki
        منصور Mansour
        ناصر Nasser
        سعد Saad
        سعيد Saeed
        صالح Saleh
        عادل Adel
        جمال Jamal
        كمال Kamal
        طارق Tariq
        وليد Walid
        ماجد Majed
        نبيل Nabil
        هاني Hani
        هادي Hadi
        سامح Sameh
        شكري Shoukry
        سامي Sami
        رامي Rami
        كريم Karim
        مراد Murad
        جواد Javad
        حمد Hamad
        راشد Rashid
        زايد Zayed
        تميم Tamim
        جاسم Jassim
        يحيى Yahya
        يزيد Yazid
        يونس Younis
        ياسين Yassin
        يعقوب Yaqoub
        يسرى Yousra
        زكريا Zakaria
        موسى Musa
        عيسى Issa
        داود Dawood
        هشام Hisham
        عماد Imad
        أسامة Osama
        حامد Hamed
        حمزة Hamza
        أنور Anwar
        بشار Bashar
        حافظ Hafez
        نوري Nouri
        حيدر Haider
        عمار Ammar
        ياسر Yasser
        أيمن Ayman
        أشرف Ashraf
        رمضان Ramadan
        شريف Sharif
        عبدربه Abdrabbuh
        فاطمة Fatima
        عائشة Aisha
        مريم Maryam
        نورة Noura
        سارة Sarah
        ليلى Layla
        هدى Huda
        رانيا Rania
        منى Mona
        تمام Tammam
        نبيه Nabih
        ميشال Michel
        جون John
        جورج George
        باراك Barack
        بيل Bill
        هيلاري Hillary
        دونالد Donald
        جو Joe
        ديفيد David
        توني Tony
        تيريزا Theresa
        فرانسوا François
        فرنسوا François
        إيمانويل Emmanuel
        نيكولا Nicolas
        أنجيلا Angela
        سيرجي Sergei
        سيرغي Sergei
        ديمتري Dmitry
        بوريس Boris
        مايكل Michael
        جيمس James
        روبرت Robert
        ريتشارد Richard
        بول Paul
        بيتر Peter
        مارك Mark
        ستيفن Stephen
        جوش Josh
        إريك Eric
        كريستوف Christophe
        جان Jean
        أنطونيو António
        شي Xi
        بنيامين Benjamin
        """

    /// The words inside names that are not names themselves.
    static let parts = """
        عبد Abd
        بن bin
        ابن ibn
        بنت bint
        الله Allah
        ربه Rabbuh
        """

    /// Well-known surnames.
    static let surnames = """
        سلام Salam
        بري Berri
        عون Aoun
        ظريف Zarif
        روحاني Rouhani
        خامنئي Khamenei
        العبادي al-Abadi
        أوغلو Oglu
        الأسد al-Assad
        السيسي al-Sisi
        المالكي al-Maliki
        الجعفري al-Jaafari
        البشير al-Bashir
        الحوثي al-Houthi
        المعلم al-Muallem
        النجيفي al-Nujaifi
        الفالح al-Falih
        الزياني al-Zayani
        العبيدي al-Obeidi
        الحريري Hariri
        السادات Sadat
        الجبير al-Jubeir
        أوباما Obama
        كلينتون Clinton
        ترامب Trump
        بايدن Biden
        كيري Kerry
        كاميرون Cameron
        بلير Blair
        ماي May
        هولاند Hollande
        ماكرون Macron
        ساركوزي Sarkozy
        ميركل Merkel
        لافروف Lavrov
        ميدفيديف Medvedev
        آشتون Ashton
        أشتون Ashton
        كارتر Carter
        إرنست Earnest
        بان Ban
        كي Ki
        مون Moon
        غوتيريش Guterres
        جينبينغ Jinping
        نتنياهو Netanyahu
        غني Ghani
        """

    /// All of them.
    static let list = [givenNames, parts, surnames].joined(separator: "\n")
}
