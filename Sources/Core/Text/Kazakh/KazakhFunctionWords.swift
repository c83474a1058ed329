/// Kazakh function words (conjunctions, postpositions, pronouns in their common cases,
/// particles, auxiliaries and the reporting verbs of news prose), in lower case, Cyrillic
/// script. Content-word statistics (summaries, term weights) leave them out, as
/// `RussianFunctionWords` for Russian. Words are compared whole (before any ending is cut).
public enum KazakhFunctionWords {
    public static let list = """
        және мен бен пен да де та те әрі не немесе бірақ алайда сондай ақ сонымен қатар \
        ол олар оның олардың оған оларға оны оларды онда одан оларда олардан онымен \
        бұл бұның бұған мұны мұнда бұдан осы осының осыған осыны осында осыдан сол соның \
        соған соны сонда содан біз біздің бізге бізді сіз сіздің сен сенің өз өзі өзінің \
        өзіне өзін өздері өздерінің барлық бүкіл әр әрбір кейбір бір екі үш көп аз ең өте \
        үшін туралы бойынша арқылы дейін кейін соң бері бірге қарай сияқты секілді жөнінде \
        жайлы арасында арасындағы ішінде кезінде кезде барысында аясында шеңберінде \
        тарапынан сайын қарсы басқа \
        деп деді деген дегенде деген еді екен екенін болып болды болады болған болатын \
        болса болмақ бар жоқ емес тұр жатыр тағы енді қазір биыл ғана тек ма ме ба бе па \
        пе ғой қой шығар мысалы яғни сондықтан себебі өйткені егер қашан қайда неге кім \
        қандай қанша атап өтті айтты айтып мәлімдеді хабарлады жеткізді
        """

    /// The `ScalarHash` of each word, for look-ups on folded scalars.
    public static let hashes = WordKeySet(
        list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(CyrillicFold.hash(of:)))

    /// Whether a word, in any case of letters, is one of the list.
    public static func contains(_ word: String) -> Bool {
        hashes.contains(CyrillicFold.hash(of: word))
    }
}
