import Core
import Foundation
import Plugins
import Testing

/// Kings and queens named by their given name alone after the title (الملك سلمان), as Saudi
/// news names the reigning king most of the time, and the places named after kings that look
/// the same (مستشفى الملك فهد). Sentences shortened from SaudiNewsNet articles of 2015.
extension EnglishBriefTests {
    @Test func aKingNamedInFullEarlierIsTheSamePersonByHisGivenName() throws {
        let data = try brief("""
            استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في جدة أمس الرئيس الفرنسي فرانسوا هولاند.
            وبحث الملك سلمان مع الرئيس هولاند العلاقات الثنائية.
            """, withPeople: true)
        #expect(list(data["people"], "name") == ["Salman bin Abdulaziz", "François Hollande"])
        #expect(list(data["unknown"], "source") == [])
        // Before: "King; François Hollande (President); …", the king lost.
        #expect(list(data["points"], "english").contains { $0.hasPrefix("Salman bin Abdulaziz (King); François Hollande") })
    }

    @Test func aKingNamedOnlyByHisGivenNameIsAnUnverifiedName() throws {
        // With case endings written (الملكُ سلمانُ) and a tatweel: the same name.
        let data = try brief("هنأ خادم الحرمين الشريفين الملكُ سلمـانُ الرئيسَ الفرنسي فرانسوا هولاند بالعيد الوطني.", withPeople: true)
        #expect(list(data["unknown"], "suggestion") == ["Salman"])
        #expect(list(data["unknown"], "role") == ["Custodian of the Two Holy Mosques"])
        #expect(data["title"]?.stringValue == "Salman? (Custodian of the Two Holy Mosques); François Hollande (President of France)")
        // Another royal person of the article with another given name is not him.
        let other = try brief("""
            وأشاد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز بالمشروع.
            وكان الملك فهد قد أمر بإنشائه.
            """, withPeople: true)
        #expect(list(other["unknown"], "suggestion") == ["Fahd"])
    }

    @Test func aRegnalNumberIsPartOfTheNameInTheTitlesGender() throws {
        #expect(list(try brief("وتلقى الرئيس اتصالاً هاتفياً من جلالة الملك محمد السادس ملك المملكة المغربية.")["unknown"], "suggestion")
                == ["Mohammed VI"])
        #expect(list(try brief("وتوج شقيقه الأصغر الملك جورج السادس والد الملكة إليزابيث الثانية.")["unknown"], "suggestion")
                == ["George VI", "Elizabeth II"])
        // رسالة الملك سلمان الثالثة: his third message, not Salman III.
        #expect(list(try brief("رسالة الملك سلمان الثالثة هي إنشاء المركز.")["unknown"], "suggestion") == ["Salman"])
    }

    @Test(arguments: [
        "ونقل حالتين لمستشفى الملك فهد بالباحة، كما ورد في البيان.",
        "ويفتتح أمير المنطقة معرض «الملك فيصل .. شاهد وشهيد» في جدة.",
        "وتمنى الجميع نجاح توسعتي الملك فهد والملك عبدالله في المسجد الحرام.",
        "وتشمل المستشفيات مستشفى بريدة المركزي والملك فهد التخصصي في القصيم.",
        "وعلق المسافرون في مطار دولي، كمطار الملك خالد، جعل الرحلات تتأخر.",
    ])
    func placesNamedAfterKingsAreNoPeople(_ source: String) throws {
        #expect(list(try brief(source)["unknown"], "source") == [])
    }

    @Test func aPlaceNamedAfterAKingIsOneItemOfTheGist() throws {
        let data = try brief("""
            ونقل المصاب إلى مستشفى الملك فهد الجامعي بالخبر، فيما هبطت الطائرة في مطار الملك خالد الدولي.
            وزار الوفد مستشفى الملك عبدالله بن عبدالعزيز ومطار الأمير نايف بن عبدالعزيز الدولي بالقصيم.
            """, withPeople: true)
        let gists = list(data["points"], "english")
        // Title, name, adjectives, noun, as English styles them; unverified. Before: "King; King".
        #expect(gists.first == "King Fahd University Hospital?; King Khalid International Airport?")
        // A glossary person's name inside it is the place's, and the hospital does not make the
        // king someone in the news.
        #expect(gists.contains("delegation; King Abdullah bin Abdulaziz Hospital?; Prince Nayef bin Abdulaziz International Airport?; Qassim"))
        #expect(list(data["people"], "name") == [])
        // What the table has no word for is left out: the university "of Petroleum and Minerals"
        // is King Fahd University; one the glossary knows whole is the glossary's.
        #expect(try brief("وتخرج في جامعة الملك فهد للبترول والمعادن، ثم درس في جامعة الملك فيصل.")["title"]?.stringValue
                == "King Fahd University of Petroleum and Minerals; King Faisal University?")
    }

    @Test func halfAKingsNameIsNotGiven() throws {
        // خوان كارلوس: two given names; better nothing than "Juan".
        #expect(list(try brief("تحت رعاية ملك إسبانيا خوان كارلوس والملكة صوفيا.")["unknown"], "suggestion") == ["Sofia"])
        // With the number after the second name, both are the king's.
        #expect(list(try brief("تحت رعاية ملك إسبانيا خوان كارلوس الأول والملكة صوفيا.")["unknown"], "suggestion")
                == ["Juan Carlos I", "Sofia"])
    }
}
