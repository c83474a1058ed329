import Core

/// Places and things named after a king, a queen or a prince (جامعة الملك سعود، مستشفى الملك
/// فهد الجامعي، مطار الملك خالد الدولي، جائزة الملك فيصل العالمية): in a gist, their English name
/// as such places are styled — title, name, adjectives, noun: King Saud University, King Fahd
/// University Hospital, King Khalid International Airport — unverified, in place of a bare
/// "King". Only nouns and adjectives of the tables below; what follows (للبترول والمعادن, "of
/// Petroleum and Minerals") is left out, so the name may be short of the official one.
struct NamedPlaces {
    struct Place: Equatable {
        var range: Range<Int>
        var english: String
    }

    let text: BriefText
    let mentions: [BriefMention]
    let romanizer: NameRomanizer

    func find() -> [Place] {
        let rules = UnknownNames(text: text, mentions: mentions)
        let words = text.words
        var places: [Place] = []
        for (k, title) in mentions.enumerated() where title.kind == .title {
            let titleWords = text.wordIndices(of: title.range)
            guard titleWords.count == 1, titleWords.lowerBound > 0,
                  UnknownNames.has(words[titleWords.lowerBound], in: Self.personalTitles),
                  let noun = Self.noun(words[titleWords.lowerBound - 1]), rules.namesAPlace(title) else { continue }
            let first = titleWords.upperBound
            guard first < words.count, words[first].kind == .arabic, text.gapIsBlank(first) else { continue }
            // The name: a glossary person's English (مستشفى الملك عبدالله بن عبدالعزيز), else
            // a given name and its lineage, romanised.
            var last: Int
            var name: String
            if let person = mentions[(k + 1)...].first(where: { $0.range.lowerBound == words[first].range.lowerBound }),
               person.kind == .person {
                last = text.wordIndices(of: person.range).upperBound - 1
                name = person.english
            } else {
                last = rules.partEnd(first)
                guard last > first || rules.givenNames.contains(key: words[first].key),
                      !mentions.contains(where: { $0.range.overlaps(words[first].range) }) else { continue }
                while last + 2 < words.count, UnknownNames.kinship.contains(words[last + 1].key),
                      text.gapIsBlank(last + 1), text.gapIsBlank(last + 2), words[last + 2].kind == .arabic {
                    last = rules.partEnd(last + 2)
                }
                name = romanizer.romanize((first...last).map { text.text(of: words[$0]) }.joined(separator: " "))
            }
            // Adjectives after the name come before the noun in English.
            var adjectives: [String] = []
            while last + 1 < words.count, text.gapIsBlank(last + 1), let adjective = Self.adjectives[words[last + 1].key] {
                adjectives.append(adjective)
                last += 1
            }
            let english = ([title.english, name] + adjectives + [noun]).joined(separator: " ")
            places.append(Place(range: words[titleWords.lowerBound - 1].range.lowerBound..<words[last].range.upperBound,
                                english: english))
        }
        return places
    }

    /// The noun a place is named with, in English, if the table has it (with و, ب, ل or ك before).
    static func noun(_ word: BriefText.Word) -> String? {
        nouns[word.key] ?? nouns[word.conjunctionlessKey] ?? nouns[word.bareKey]
    }

    /// The one-word titles a place takes from its patron (الملك، الملكة، الأمير، الأميرة).
    static let personalTitles = BriefKey.set(["الملك", "الملكة", "الأمير", "الأميرة"])

    /// Nouns of places and things named after kings and princes (مطار الملك خالد، جامعة الأميرة
    /// نورة), each with its usual English name, or nil where English names the thing otherwise
    /// (دارة الملك عبدالعزيز is the King Abdulaziz Foundation for Research and Archives). One
    /// table for both uses, so that a noun that makes a place of a patron's name says whether it
    /// has English. After a king's name SaudiNewsNet also has housing schemes, plots, the
    /// expansions of the Grand Mosque, a printing press, orders and medals, duals and plurals.
    static let nounTable: KeyValuePairs<String, String?> = [
        "مطار": "Airport", "مركز": "Centre", "جامعة": "University", "كلية": "College", "معهد": "Institute",
        "مستشفى": "Hospital", "مدينة": "City", "ملعب": "Stadium", "استاد": "Stadium", "قاعة": "Hall",
        "شارع": "Street", "طريق": "Road", "حي": "District", "قصر": "Palace", "مسجد": "Mosque", "جامع": "Mosque",
        "جائزة": "Prize", "كرسي": "Chair", "كأس": "Cup", "مؤسسة": "Foundation", "صندوق": "Fund",
        "برنامج": "Programme", "مشروع": "Project", "مكتبة": "Library", "متحف": "Museum", "قاعدة": "Base",
        "ميناء": "Port", "جسر": "Bridge", "مجمع": "Complex", "منتزه": "Park", "متنزه": "Park", "حديقة": "Park",
        "توسعة": "Expansion", "معرض": "Exhibition", "مهرجان": "Festival", "ميدان": "Square", "مدرسة": "School",
        "أكاديمية": "Academy", "نادي": "Club", "مبادرة": "Initiative", "باب": "Gate", "بوابة": "Gate",
        "صالة": "Hall", "ساحة": "Square", "ممشى": "Walkway", "نفق": "Tunnel", "جمعية": "Society",
        "دارة": nil, "إسكان": nil, "مخطط": nil, "مطبعة": nil, "وقف": nil, "منحة": nil,
        "قلادة": nil, "وشاح": nil, "وسام": nil,
        "توسعتي": nil, "جامعتي": nil, "طريقي": nil, "متنزهات": nil, "مستشفيات": nil, "مدارس": nil, "أنفاق": nil,
    ]

    /// The nouns of `nounTable` that have English.
    static let nouns: WordKeyMap<String> = BriefKey.map(
        Dictionary(nounTable.compactMap { pair in pair.value.map { (pair.key, $0) } }, uniquingKeysWith: { first, _ in first }))

    /// Adjectives of relation after the patron's name (مطار الملك خالد الدولي), in English.
    static let adjectives: WordKeyMap<String> = BriefKey.map([
        "الدولي": "International", "الدولية": "International", "العالمية": "International", "العالمي": "International",
        "التخصصي": "Specialist", "الجامعي": "University", "الطبية": "Medical", "الطبي": "Medical",
        "الاقتصادية": "Economic", "الجوية": "Air", "البحرية": "Naval", "العسكري": "Military", "العسكرية": "Military",
        "الثقافي": "Cultural", "الحضاري": "Cultural", "الاجتماعي": "Social", "التاريخي": "Historical",
        "الخيرية": "Charitable", "الخيري": "Charitable", "الوطني": "National", "الوطنية": "National",
        "المركزي": "Central", "المركزية": "Central", "الإسلامية": "Islamic", "الإسلامي": "Islamic",
        "الأمنية": "Security", "البيئي": "Environmental", "الرياضية": "Sports", "الرياضي": "Sports",
    ])
}
