/// A light stemmer for Russian words already folded by `CyrillicFold` (lower case, `е` for
/// `ё`): it strips a reflexive `ся`/`сь`, then the longest case, number, gender or verb ending
/// it knows, keeping at least three letters; a genitive plural in -ов/-ев keeps its ending, as
/// the surnames of the region do, unless the word is written in lower case
/// (`stem(_:writtenInLowerCase:)`). In the spirit of the Arabic light stemmer and of
/// Snowball's Russian endings, without its regions: no roots, no derivation — enough to make
/// `Токаев`, `Токаева`, `Токаеву` and `Токаевым`, or `сотрудничество` and `сотрудничества`, one
/// term for counting, and cheap.
public enum RussianLightStemmer {
    /// Endings, longest first, as folded scalar sequences.
    static let endings: [[UInt32]] = [
        // adjectives and participles
        "ыми", "ими", "ого", "его", "ому", "ему", "ых", "их", "ый", "ий", "ой", "ая", "яя", "ое", "ее",
        "ые", "ие", "ую", "юю", "ым", "им", "ою", "ею",
        // nouns
        // (not -ов, -ев: they end the nominative of the surnames news names most, Токаев, Умаров)
        "иями", "ями", "ами", "иях", "ием", "ией", "иям", "ях", "ах", "ям", "ам", "ей", "ом",
        "ем", "ию", "ья", "ье", "ью", "ия", "ие",
        // verbs: past, present, infinitive
        "ились", "ился", "илась", "ались", "ался", "алась", "или", "ыли", "али", "яли", "ила", "ала",
        "яла", "ует", "уют", "ают", "яют", "ет", "ют", "ит", "ят", "ать", "ять", "ить", "еть", "ил",
        "ал", "ял", "ть",
        // one letter
        "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
    ].map { word in word.unicodeScalars.map(\.value) }
        .sorted { $0.count > $1.count }

    static let reflexive: [[UInt32]] = ["ся", "сь"].map { $0.unicodeScalars.map(\.value) }

    /// The stem of a folded word: a range into it.
    public static func stem(_ word: UnsafeBufferPointer<UInt32>) -> Range<Int> {
        var end = word.count
        for ending in reflexive where end - ending.count >= 4 && word[(end - ending.count)..<end].elementsEqual(ending) {
            end -= ending.count
            break
        }
        for ending in endings where end - ending.count >= 3 && word[(end - ending.count)..<end].elementsEqual(ending) {
            end -= ending.count
            break
        }
        return 0..<end
    }

    /// The same on an array.
    public static func stem(_ word: [UInt32]) -> Range<Int> {
        word.withUnsafeBufferPointer { stem($0) }
    }

    /// `-ов`, `-ев` folded.
    static let genitivePlurals: [[UInt32]] = ["ов", "ев"].map { $0.unicodeScalars.map(\.value) }

    /// The stem of a word written in lower case, where `-ов`/`-ев` is the genitive plural of a
    /// common noun (`переговоров` → `переговор`, as `переговоры`), not the end of a surname:
    /// for counting terms, where a capital tells the two apart (`Умаров` keeps it).
    public static func stem(_ word: UnsafeBufferPointer<UInt32>, writtenInLowerCase: Bool) -> Range<Int> {
        let light = stem(word)
        guard writtenInLowerCase, light.upperBound == word.count, word.count >= 5 else { return light }
        for ending in genitivePlurals where word[(word.count - 2)...].elementsEqual(ending) {
            return 0..<(word.count - 2)
        }
        return light
    }
}
