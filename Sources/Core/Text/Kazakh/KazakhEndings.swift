/// The endings Kazakh puts on the last word of a noun phrase, in every vowel-harmony and
/// consonant variant, lower case: the six cases and the attributive locative, the
/// third-person possessive, and the possessive with a case after it (whose case then starts
/// with н). Closed lists: `KazakhMatchStem` cuts them off, `KazakhInflection` puts them on.
public enum KazakhEndings {
    /// Genitive, dative, accusative, locative, ablative, instrumental, and the locative that
    /// makes an attribute (Астанадағы кездесу: the meeting in Astana).
    public static let cases = genitives + datives + accusatives + locatives
        + ["дан", "ден", "тан", "тен", "нан", "нен"] + instrumentals + ["дағы", "дегі", "тағы", "тегі"]

    /// The genitive's variants (Қазақстанның: of Kazakhstan).
    public static let genitives = ["ның", "нің", "дың", "дің", "тың", "тің"]
    /// The dative's (Астанаға: to Astana).
    public static let datives = ["ға", "ге", "қа", "ке"]
    /// The accusative's (Лавровты).
    public static let accusatives = ["ны", "ні", "ды", "ді", "ты", "ті"]
    /// The locative's (Астанада: in Astana).
    public static let locatives = ["да", "де", "та", "те"]
    /// The instrumental's (Мирзиёевпен: with Mirziyoyev).
    public static let instrumentals = ["мен", "бен", "пен"]

    /// The third-person possessive on its own (Республикасы, министрі).
    public static let possessives = ["сы", "сі", "ы", "і"]

    /// The case endings after a possessive, back and front: -ның, -на, -н, -нда, -нан, -мен, -ндағы.
    public static let afterPossessive = (back: ["ның", "на", "н", "нда", "нан", "мен", "ндағы"],
                                         front: ["нің", "не", "н", "нде", "нен", "мен", "ндегі"])

    /// A possessive with a case after it: -сының, -ына, -сын, -ында, -ынан, -ымен, -ындағы.
    public static let possessiveAndCase: [String] = possessives.flatMap { possessive in
        (possessive.hasSuffix("ы") ? afterPossessive.back : afterPossessive.front).map { possessive + $0 }
    }
}
