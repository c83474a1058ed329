/// Women's given names as Russian-language news writes them — Russian ones and those of
/// Kazakhstan and its neighbours in their Russian spelling — recognised in any case
/// (`Мария`, `Марии`, `Марию`, `Марией`; `Дарига`, `Дариги`, `Даригой`). They tell a woman's
/// surname from a man's where the form alone cannot: `Мария Захарова` is a woman, `Ивана
/// Захарова` (of Ivan Zakharov) a man, and `Захарова` is both `Захаров`'s genitive and her
/// nominative. Checked against OpenCorpora's dictionary (`experiments/ru_feminine_names.py`,
/// evaluation only): of the 115 names it has, 105 are women's names there and 10 are Kazakh
/// women's names in a consonant it tags as men's; the forms it also gives a man's name news
/// writes, on the same stem, are why `twins` exists.
public enum FeminineGivenNames {
    /// The nominatives, lower case, `е` for `ё`.
    static let list = """
        александра алина алла алена анастасия ангелина анжелика анна антонина валентина \
        валерия варвара вера вероника виктория виолетта галина дарья диана ева евгения екатерина \
        елена елизавета жанна зинаида зоя инна ирина карина кира клавдия кристина ксения лариса \
        лидия любовь людмила маргарита марина мария милана надежда наталья наталия нелли нина \
        оксана олеся ольга полина раиса светлана снежана софия софья тамара татьяна ульяна \
        элла эльвира эльмира юлия яна ярослава майя лилия таисия римма регина эмилия \
        айгерим айгуль айжан айман акмарал алия асель асем аида аружан баян бибигуль гаухар \
        гульмира гульнара гульшат гульжан дана дарига динара дильназ жулдыз жибек зарина \
        зульфия индира камила карлыгаш ляззат мадина майра малика меруерт назира сауле \
        салтанат сара толкын шолпан томирис раушан роза фатима лейла мариям айнур гульнур \
        ангела урсула тереза хиллари камала кая нэнси кристалина джорджа мелания
        """

    /// The names some of whose forms are also forms of a man's name on the same stem (OpenCorpora):
    /// `Александра` is her nominative and the genitive of `Александр`, `Евгению` her accusative
    /// and the dative of `Евгений`, `Яна` the genitive of `Ян`. Only their forms no man's name
    /// takes (`Александрой`, `Евгенией`) tell a woman.
    static let twins: Set<String> = ["александра", "валентина", "евгения", "валерия", "юлия", "ярослава", "яна", "дана",
                                     "малика", "камила", "назира", "раиса", "эльмира", "кая", "камала", "джорджа",
                                     "олеся", "алена", "антонина", "ульяна", "эмилия"]

    /// Every case form of every name in the list, lower case, with its nominative.
    static let forms: [String: String] = {
        var all: [String: String] = [:]
        for name in list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) {
            all[name] = name
            for form in caseForms(of: name) where all[form] == nil { all[form] = name }
        }
        return all
    }()

    /// The other case forms of a woman's name from its ending: `-ия` → `-ии`, `-ию`, `-ией`;
    /// `-я` → `-и`, `-е`, `-ю`, `-ей`; `-а` → `-ы` or `-и`, `-е`, `-у`, `-ой`; a soft sign
    /// (`Любовь`, `Асель`) → `-и`, `-ью`; a hard consonant (`Айгерим`) is not declined.
    static func caseForms(of name: String) -> [String] {
        let letters = Array(name)
        guard letters.count >= 3, let last = letters.last else { return [] }
        let base = String(letters.dropLast())
        if name.hasSuffix("ия") { return ["ии", "ию", "ией", "иею"].map { base.dropLast() + $0 } }
        switch last {
        case "я": return ["и", "е", "ю", "ей", "ею"].map { base + $0 }
        case "а":
            let genitive = "гкхжшчщ".contains(letters[letters.count - 2]) ? "и" : "ы"
            return [genitive, "е", "у", "ой", "ою"].map { base + $0 }
        case "ь":
            // Любовь keeps its fleeting о out of the oblique cases (Любви).
            if name == "любовь" { return ["любви", "любовью"] }
            return ["и", "ью"].map { base + $0 }
        default: return []
        }
    }

    /// Whether a word (any case of letters, `ё` or `е`) is a woman's given name of the list in
    /// some case.
    public static func contains(_ word: String) -> Bool {
        forms[CyrillicFold.folded(word)] != nil
    }

    /// Whether a word is a woman's given name in a form no man's name takes: any form of most
    /// names (`Мария`, `Марию`), the instrumental and genitive only of a `twins` name
    /// (`Александрой`, `Александры`; not `Александра`, `Александру`, `Александре`).
    public static func marksWoman(_ word: String) -> Bool {
        let form = CyrillicFold.folded(word)
        guard let name = forms[form] else { return false }
        guard twins.contains(name) else { return true }
        if name.hasSuffix("ия") { return form.hasSuffix("ией") || form.hasSuffix("иею") }
        let stem = String(name.dropLast())
        return form != name && form != stem + "у" && form != stem + "ю" && form != stem + "е"
    }

    /// A woman's given name of the list back in the nominative, capitalised as written
    /// (`Айгуль`, `Марией` → `Мария`); nil for a word that is none of them.
    public static func nominative(of word: String) -> String? {
        guard let name = forms[CyrillicFold.folded(word)] else { return nil }
        return word.first?.isUppercase == true ? name.prefix(1).uppercased() + name.dropFirst() : name
    }
}
