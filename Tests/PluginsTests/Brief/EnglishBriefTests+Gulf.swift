import Core
import Foundation
import Plugins
import Testing

/// Saudi and Gulf news (`glossaries/gulf.tsv`): princes, regional governors and the Kingdom's
/// places, and the roles that belong to someone else (a deputy, an adviser, a son). The
/// sentences are shortened from SaudiNewsNet articles of 2015.
extension EnglishBriefTests {
    @Test func princesAndGovernorsAreNamedWithTheirOffice() throws {
        let mecca = try brief("دشن أمير منطقة مكة المكرمة الأمير خالد الفيصل اليوم مشروع قطار الحرمين في جدة.")
        #expect(list(mecca["unknown"], "suggestion") == ["Khalid al-Faisal"])
        #expect(list(mecca["unknown"], "role") == ["Governor of Mecca"])
        #expect(stringList(mecca["places"]) == ["Mecca", "Jeddah"])
        // The title after the name without a comma is not read as its role (the words could
        // also be the object of the verb); the prince's title before it is.
        let riyadh = try brief("واستقبل الأمير فيصل بن بندر أمير منطقة الرياض في مكتبه سفير كازاخستان.")
        #expect(list(riyadh["unknown"], "suggestion") == ["Faisal bin Bandar"])
        #expect(list(riyadh["unknown"], "role") == ["Prince"])
        let jeddah = try brief("وأشاد محافظ جدة الأمير مشعل بن ماجد بالمشروع.")
        #expect(list(jeddah["unknown"], "role") == ["Governor of Jeddah"])
        // A Gulf ruler's title is its own entry, not "Prince of Qatar".
        let qatar = try brief("وبدأ كيري نهاره بلقاء أمير قطر تميم بن حمد آل ثاني.")
        #expect(list(qatar["unknown"], "role") == ["Emir of Qatar"])
    }

    /// A family name that is a nisba (التركي, al-Turki) after a given name is a name, spelled as
    /// agencies spell it, and no place of the article.
    @Test func aNisbaFamilyNameIsAName() throws {
        let data = try brief("وقال المتحدث الأمني بوزارة الداخلية اللواء منصور التركي إن الجهات الأمنية رصدت الخلية.")
        #expect(list(data["unknown"], "suggestion") == ["Mansour al-Turki"])
        #expect(list(data["unknown"], "role") == ["security spokesperson of the Ministry of Interior"])
        #expect(stringList(data["places"]) == [])
    }

    /// A glossary lineage followed by a family name is the start of someone else's name: the
    /// chamber's secretary-general, عبدالله بن عبدالعزيز النشوان, is not the late King — unless a
    /// royal title stands before it (للملك سلمان بن عبد العزيز الدعم: the King, then the object).
    @Test func aLineageWithAFamilyNameAfterItIsSomeoneElse() throws {
        let other = try brief("وحضر الحفل أمين عام الغرفة التجارية عبدالله بن عبدالعزيز النشوان ومدير المركز.", withPeople: true)
        #expect(list(other["people"], "name") == [])
        #expect(list(try brief("وقال الأستاذ عبدالله بن عبدالعزيز النشوان إن الغرفة مستعدة.", withPeople: true)["unknown"], "suggestion")
                == ["Abdullah bin Abdulaziz al-Nashoan"])
        // A feminine family name that is no nisba counts too; this one the glossary knows.
        let rabeeah = try brief("وسيشهد المشرف العام على المركز الدكتور عبدالله بن عبدالعزيز الربيعة تدشين القوافل.", withPeople: true)
        #expect(list(rabeeah["people"], "name") == ["Abdullah al-Rabeeah"])
        let king = try brief("وثمن الرئيس اليمني للملك سلمان بن عبد العزيز الدعم النبيل لبلاده.", withPeople: true)
        #expect(list(king["people"], "name").contains("Salman bin Abdulaziz"))
        #expect(list(king["unknown"], "source") == [])
    }

    /// A nisba of an organisation (داعشي) stands for the organisation, not for a place: ISIS is
    /// listed among the organisations, and the place list keeps only places.
    @Test func anOrganisationsNisbaIsListedAsTheOrganisation() throws {
        let data = try brief("وقال مصدر عراقي إن مسلحين دواعش هاجموا قرية قرب الموصل، وقتل قيادي داعشي بارز.")
        #expect(stringList(data["organisations"]) == ["ISIS"])
        #expect(stringList(data["places"]) == ["Iraq", "Mosul"])
    }

    /// An agency's dateline is no key point, but its date and agency are the article's.
    @Test func aDatelineGivesTheDateAndTheSourceButNoPoint() throws {
        let source = [
            "خادم الحرمين الشريفين يستقبل وزير الخارجية الكازاخستاني",
            "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس",
            "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام بجدة اليوم وزير الخارجية الكازاخستاني.",
            "وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين وسبل تعزيزها في مختلف المجالات.",
        ].joined(separator: "\n")
        let data = try brief(source)
        #expect(list(data["dates"], "english").first == "25 Shawwal 1436 AH (10 August 2015)")
        #expect(stringList(data["sources"]) == ["Saudi Press Agency"])
        #expect(!list(data["points"], "source").contains { $0.contains("الموافق") })
    }

    @Test func whatFollowsAGovernorsTitleIsNotAlwaysAName() throws {
        // A prince's title is often the subject of what follows: only a name with بن counts.
        #expect(list(try brief("وكرّم أمير منطقة عسير رعاة مهرجان أبها للتسوق.")["unknown"], "source") == [])
        #expect(list(try brief("وقدم نائب خادم الحرمين الشريفين شكره وتقديره للحضور.")["unknown"], "source") == [])
        // A governor's title is followed by his governorate first (أملج), then his name.
        #expect(list(try brief("ورعى محافظ أملج زياد بن عبدالمحسن البازعي الحفل.")["unknown"], "source") == [])
        // A place named after a prince is no person (SaudiNewsNet had 81 such).
        #expect(list(try brief("وحصلت الشركة على حق التشغيل الدولي من مطار الأمير سلطان بن عبدالعزيز.")["unknown"], "source") == [])
        #expect(list(try brief("وأقيمت المباراة على ملعب الأمير فيصل بن فهد بالرياض.")["unknown"], "source") == [])
        // With the article the governor's name follows directly, to the family name after his lineage.
        #expect(list(try brief("وأشاد المحافظ رميح بن صالح الشتيوي بالحضور.")["unknown"], "suggestion") == ["Ramih bin Saleh al-Shatioi"])
    }

    @Test(arguments: [
        // The deputy, the assistant or the son of a title holder is not the holder.
        ("وكان في استقبال الطائرة نائب رئيس البرلمان الأوروبي جيل بارينو.", "جيل بارينو", ""),
        ("وحضر الاستقبال مساعد وزير الدفاع محمد العايش.", "محمد العايش", ""),
        ("وقال مدير مكتب الوزير السفير محمد الكلابي إن الوفد وصل.", "محمد الكلابي", ""),
        // But his office is the holder's own, a pronoun makes an apposition ("his father,
        // King Abdulaziz"), and ب is "represented by".
        ("وقال مكتب الرئيس الفرنسي فرانسوا هولاند إن الرهينة حرة.", "فرانسوا هولاند", "President of France"),
        ("واستفاد من خبرات والده الملك عبدالعزيز بن عبدالرحمن.", "عبدالعزيز بن عبدالرحمن", "King"),
        ("وحظيت بموافقة القيادة ممثلة بالرئيس عبد ربه منصور هادي.", "عبد ربه منصور هادي", "President"),
        // A royal subject, then the object's office: the name is the object's.
        ("وهنأ خادم الحرمين الشريفين الرئيس سيرجيو ماتاريلا بمناسبة فوزه.", "سيرجيو ماتاريلا", "President"),
        // و and a prince's title start the next person.
        ("وفي ختام الحفل تسلم الرئيس المصري والأمير محمد بن سلمان الدروع.", "محمد بن سلمان", "Prince"),
        // ب before a place: the place the office is in.
        ("وأوضح المتحدث الرسمي لهيئة الهلال الأحمر السعودي بالمنطقة الشرقية فهد بن عثمان أن البلاغ ورد.", "فهد بن عثمان",
         "official spokesperson of the Saudi Red Crescent Authority in the Eastern Province"),
    ] as [(String, String, String)])
    func rolesThatBelongToSomeoneElse(sentence: String, name: String, role: String) throws {
        let data = try brief(sentence)
        #expect(list(data["unknown"], "source") == [name])
        #expect(list(data["unknown"], "role") == [role])
    }

    /// Saudi ministers, mayors, police directors and spokespeople, and the Kingdom's bodies
    /// (`gulf.tsv`, `diplomacy.tsv`): the offices SaudiNewsNet names most.
    @Test(arguments: [
        ("وأكد وزير الثقافة والإعلام الدكتور عادل الطريفي أن المعرض حقق نجاحا كبيرا.", "Adel al-Toraifi",
         "Minister of Culture and Information"),
        // أمين is a Saudi mayor; أبو and the word after it are one part of the name.
        ("وقال أمين محافظة جدة الدكتور هاني أبو راس إن المشروع اكتمل.", "Hani Abu Ras", "Mayor of Jeddah"),
        // منطقة before a region: of the office, or with ب where the body's branch is.
        ("وأوضح مدير شرطة منطقة عسير اللواء محمد بن عبدالله أن الجاني قبض عليه.", "Mohammed bin Abdullah",
         "Police Director of Asir"),
        ("وأوضح المتحدث الإعلامي للدفاع المدني بمنطقة الرياض العقيد ناصر الشريف أن الحريق أخمد.", "Nasser al-Sharif",
         "media spokesperson of Civil Defence in Riyadh"),
        // لدى before an organisation: where an ambassador is posted.
        ("وقالت سفيرة الولايات المتحدة لدى الأمم المتحدة، سامنثا باور، إن القرار صدر.", "Samntha Baor",
         "Ambassador of the United States to the United Nations"),
        ("وقال المدير التنفيذي مساعد العتيبي إن المهرجان يستمر أسبوعا.", "Musaed al-Otaibi", "Executive Director"),
    ] as [(String, String, String)])
    func saudiOfficesAreRoles(sentence: String, suggestion: String, role: String) throws {
        let data = try brief(sentence)
        #expect(list(data["unknown"], "suggestion") == [suggestion])
        #expect(list(data["unknown"], "role") == [role])
    }

    @Test func saudiBodiesAreOrganisations() throws {
        let data = try brief("ووافق مجلس الشورى على مشروع النظام، ورفعه إلى الديوان الملكي عبر وزارة الداخلية.")
        #expect(stringList(data["organisations"]) == ["Shura Council", "Royal Court", "Ministry of Interior"])
        // A university named after a king is the university, not the king.
        let university = try brief("وأعلنت جامعة الملك سعود قبول ألف طالب.")
        #expect(stringList(university["organisations"]) == ["King Saud University"])
        #expect(list(university["people"], "name") == [])
    }

    @Test func aNameAfterAndIsTheNextPerson() throws {
        #expect(list(try brief("وحضرها الرئيس الروسي وجوزيف بلاتر رئيس الاتحاد الدولي لكرة القدم.")["unknown"], "source") == [])
    }

    func stringList(_ value: JSONValue?) -> [String] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap(\.stringValue)
    }
}
