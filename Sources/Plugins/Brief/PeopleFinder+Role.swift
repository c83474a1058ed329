import Core

/// How a title chain reads in English: President of Kazakhstan, Deputy Prime Minister and
/// Foreign Minister, Ambassador of Kazakhstan to Belgium.
extension PeopleFinder {
    /// `President` + `Kazakhstan` → President of Kazakhstan; two titles joined by و → "A and B";
    /// a second title right after the first without و is left out (نائب الوزير وزير الخارجية
    /// could be read two ways: the brief says less rather than something wrong).
    func role(_ parts: [BriefMention]) -> String {
        var out = ""
        var qualified = false
        var skipping = false
        var titles: [String] = []
        var listing = false
        for (index, part) in parts.enumerated() {
            let joint = index > 0 ? connector(parts[index - 1], part) : ""
            switch part.kind {
            case .title:
                if out.isEmpty || part.clitics.hasPrefix("ب") {
                    // التقى خادم الحرمين الشريفين بالرئيس المصري: ب starts the verb's object, a
                    // second person, whose role this is.
                    out = part.english
                    titles = []
                    listing = false
                } else if part.clitics.hasPrefix("و") {
                    // الرئيس الفرنسي والرئيس اليمني، ولي العهد وولي ولي العهد: no one is both, so
                    // these are several people and the name is the last one's (and so are the
                    // titles that follow with و).
                    if listing || titles.contains(where: { Self.isSameOffice($0, part.english) }) {
                        out = part.english
                        listing = true
                    } else {
                        out += " and " + part.english
                    }
                    skipping = false
                } else {
                    skipping = true
                    continue
                }
                titles.append(part.english)
                qualified = false
            case .place, .organisation, .adjective:
                guard !skipping else { continue }
                // An adjective stands for its place: الرئيس الأمريكي → President of the United States.
                let name = Self.withArticle(part.kind == .adjective ? (part.of ?? part.english) : part.english)
                if let word = Self.connectors[joint] {
                    out += word + name
                } else if part.kind == .place, part.clitics.contains("ب"), !namesAState(part) {
                    // بالمنطقة الشرقية: the place the office is in; but وزير الخارجية بجمهورية مصر
                    // العربية is Egypt's Foreign Minister.
                    out += " in " + name
                } else {
                    out += (qualified ? " and " : " of ") + name
                }
                qualified = true
            default:
                break
            }
        }
        return out
    }

    /// Whether a place is written as a state (دولة قطر، جمهورية مصر العربية، مملكة البحرين).
    func namesAState(_ place: BriefMention) -> Bool {
        let i = text.word(atOrAfter: place.range.lowerBound)
        return i < text.words.count && UnknownNames.has(text.words[i], in: Self.stateNouns)
    }

    static let stateNouns = BriefKey.set(["دولة", "جمهورية", "مملكة", "المملكة", "سلطنة", "إمارة"])

    /// The same office, or one and its deputy (President / President, Crown Prince / Deputy
    /// Crown Prince).
    static func isSameOffice(_ a: String, _ b: String) -> Bool {
        a == b || a.hasSuffix(" " + b) || b.hasSuffix(" " + a)
    }

    /// Organisations read better with their article: President of the European Commission,
    /// spokesperson of the White House, President of the International Committee of the Red
    /// Cross; not names without one (FIFA, NATO, Congress, Hezbollah).
    static func withArticle(_ english: String) -> String {
        if english.hasPrefix("the ") || english.hasPrefix("The ") { return english }
        let words = english.split(separator: " ")
        if words.count == 1 { return namesWithThe.contains(english) ? "the " + english : english }
        if ["Republic", "United", "Kingdom", "Russian"].contains(words[0]) { return "the " + english }
        return words.contains { nounsWithThe.contains(String($0)) } ? "the " + english : english
    }

    /// Nouns that give a body's or a region's name its article (the European Union, the West Bank).
    static let nounsWithThe: Set<String> = [
        "Commission", "Union", "Council", "Parliament", "Organization", "Organisation", "Ministry", "Agency",
        "Bank", "Fund", "Committee", "Conference", "Nations", "States", "Republic", "House", "Department",
        "Authority", "Court", "Cross", "Crescent", "Assembly", "League", "Forum", "Partnership", "Centre",
        "Embassy", "Sea", "Caucasus", "Province", "Region", "Cabinet",
    ]
    /// One-word names that take the article: the Kremlin, the Netherlands, the Taliban.
    static let namesWithThe: Set<String> = [
        "Kremlin", "Pentagon", "Senate", "Mazhilis", "Taliban", "Houthis", "Vatican", "Netherlands", "Philippines",
        "Caribbean", "Caucasus", "Gulf",
    ]
}
