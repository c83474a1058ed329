/// The part of a folded Kazakh word that matching compares, so that the cases of a name meet:
/// `Тоқаев`, `Тоқаевтың`, `Тоқаевқа`, `Тоқаевпен` → `тоқаев`; `Астана`, `Астанада`,
/// `Астанаға`, `Астанадағы` → `астан`; `министрлігі`, `министрлігінің` → `министрлік`.
///
/// Kazakh is agglutinative and puts the case on the last word of a phrase: the case ending (with
/// the third-person possessive before it, as one ending: `-сының`, `-ында`) is taken off, then
/// the possessive, every way the endings can be read, and the shortest stem is kept; a second
/// case ending may come off before the possessive, so that a word that only looks inflected,
/// `Канада` or `Алматы`, meets its inflected forms, `Канадада`, `Алматының`; three letters
/// stay. Then any vowel left at the end goes, then a final
/// `г ғ б` that a vowel ending had voiced goes back to `к қ п` (`Одағы` → `одақ`). Words in
/// `-стан` keep it (`Қазақстан`, not an ablative in `-тан`). Endings come in every harmony
/// variant; one that starts voiceless is read only after a voiceless consonant (`Президенті`
/// is `президент` + `-і`, not `президен` + `-ті`); other mismatches cost nothing.
public enum KazakhMatchStem {
    /// Case endings, and a third-person possessive with the case after it.
    static let caseEndings: [[UInt32]] = (KazakhEndings.cases + KazakhEndings.possessiveAndCase).map(scalars)
    static let possessiveEndings: [[UInt32]] = KazakhEndings.possessives.map(scalars)

    private static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    static let vowels: Set<UInt32> = Set("аәеёиоөуұүыіэюя".unicodeScalars.map(\.value))
    static let stan: [UInt32] = "стан".unicodeScalars.map(\.value)
    /// An ending that starts voiceless (`-ты`, `-та`, `-қа`, `-пен`, `-тың`) follows only a
    /// voiceless consonant — or б в г д, which loanwords end in and write either way
    /// (`Лавровты`, `Лавровды`) — so `Президенті` is `президент` + possessive `-і`, never
    /// `президен` + accusative `-ті`.
    static let voicelessInitials: Set<UInt32> = Set("тқкп".unicodeScalars.map(\.value))
    static let afterVoiceless: Set<UInt32> = Set("птқксшфхцчщбвгд".unicodeScalars.map(\.value))
    /// Voiced back to voiceless at the end of a stem: г → к, ғ → қ, б → п.
    static let devoiced: [UInt32: UInt32] = [0x0433: 0x043A, 0x0493: 0x049B, 0x0431: 0x043F]

    /// Cuts a word folded by `CyrillicFold` to its match stem, in place (what is left is a
    /// prefix of the word, its last letter perhaps devoiced).
    public static func stem(_ word: inout [UInt32]) {
        guard !word.isEmpty else { return }
        let (count, last) = stem(of: word)
        word.removeLast(word.count - count)
        word[count - 1] = last
    }

    /// The match stem of a folded, non-empty word without copying it: how many of its letters
    /// it keeps, and its last letter (devoiced: `г ғ б` → `к қ п`).
    public static func stem<C: RandomAccessCollection>(of word: C) -> (count: Int, last: UInt32)
    where C.Element == UInt32, C.Index == Int {
        var end = shortestStem(word, end: word.count, cases: 2, possessive: true)
        while end > 3, vowels.contains(word[end - 1]) { end -= 1 }
        // Always, inflected or not, so that Араб and Арабтың meet as Одағы and Одақ do.
        let last = word[end - 1]
        return (end, end > 3 ? devoiced[last] ?? last : last)
    }

    /// The shortest stem of `word[..<end]` any reading of its endings leaves, reading from the
    /// end as Kazakh builds a word from the front: up to `cases` case endings (a real one after
    /// one the stem only seems to have: Канадада), then one possessive.
    static func shortestStem<C: RandomAccessCollection>(_ word: C, end: Int, cases: Int, possessive: Bool) -> Int
    where C.Element == UInt32, C.Index == Int {
        if end >= stan.count, word[(end - stan.count)..<end].elementsEqual(stan) { return end }
        var best = end
        func tryEach(_ endings: [[UInt32]], cases: Int, possessive: Bool) {
            for ending in endings where end - ending.count >= 3 && word[(end - ending.count)..<end].elementsEqual(ending)
                && (!voicelessInitials.contains(ending[0]) || afterVoiceless.contains(word[end - ending.count - 1])) {
                best = min(best, shortestStem(word, end: end - ending.count, cases: cases, possessive: possessive))
            }
        }
        if cases > 0 { tryEach(caseEndings, cases: cases - 1, possessive: possessive) }
        if possessive { tryEach(possessiveEndings, cases: 0, possessive: false) }
        return best
    }
}
