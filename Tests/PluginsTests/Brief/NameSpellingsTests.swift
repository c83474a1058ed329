import Core
@testable import Plugins
import Foundation
import Testing

/// The spellings behind the brief's suggestions for unknown names: the list format, the most
/// frequent spelling winning, a translator's list before the built-in table, and names
/// romanised word by word with the letter-by-letter fallback.
@Suite struct NameSpellingsTests {
    @Test func parsesListsWithHeaderCommentsBomAndCrlf() throws {
        let text = "\u{FEFF}arabic\tenglish\ttype\r\n# comment\r\n\r\nمحمد\tMuhammad\tPERSON\r\nجون كيري\tJohn Kerry\r\nالولايات المتحدة الأمريكية\tUnited States\r\n"
        let pairs = try NameSpellings.parse(Array(text.utf8), file: "n.tsv").get()
        // The three-word row with two English words gives nothing: its words cannot be paired.
        #expect(pairs.map { "\($0.arabic)=\($0.english)" } == ["محمد=Muhammad", "جون=John", "كيري=Kerry"])
    }

    @Test func reportsEveryMalformedLine() {
        let text = "محمد\tMohammed\nأحمد\n\tAli\nخالد\tKhaled\n"
        guard case .failure(let list) = NameSpellings.parse(Array(text.utf8), file: "n.tsv") else {
            Issue.record("expected errors")
            return
        }
        #expect(list.diagnostics.map(\.description) == ["n.tsv:2: error: expected arabic<TAB>english",
                                                         "n.tsv:3: error: expected arabic<TAB>english"])
    }

    @Test func theMostFrequentSpellingWinsAndNormalizationJoinsKeys() {
        var spellings = NameSpellings()
        spellings.add([("أسامة", "Usama"), ("اسامه", "Osama"), ("أُسامة", "Osama"), ("وليد", "Walid"), ("وليد", "Waleed")])
        #expect(spellings.spelling(of: "أسامة") == "Osama")
        // A tie: the earlier spelling.
        #expect(spellings.spelling(of: "وليد") == "Walid")
        #expect(spellings.spelling(of: "خالد") == nil)
        #expect(spellings.spelling(of: "جون كيري") == nil)
    }

    @Test func aTranslatorsListComesBeforeTheBuiltInTable() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("spellings-\(UUID().uuidString).tsv")
        try Data("محمد\tMuhammad\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(NameRomanizer().romanize("محمد جواد ظريف") == "Mohammed Javad Zarif")
        #expect(try NameRomanizer(files: [file.path]).romanize("محمد جواد ظريف") == "Muhammad Javad Zarif")
    }

    @Test(arguments: [
        ("باراك أوباما", "Barack Obama"),
        ("باراك اوباما", "Barack Obama"),
        ("حسن روحاني", "Hassan Rouhani"),
        ("عبد الرحمن", "Abdulrahman"),
        ("عبدالله", "Abdullah"),
        ("عبد ربه منصور", "Abdrabbuh Mansour"),
        ("عبد ربه", "Abdrabbuh"),
        ("عبد اللطيف الزياني", "Abdullatif al-Zayani"),
        // A family name with the article as agencies write it.
        ("عبدالفتاح السيسي", "Abdulfattah al-Sisi"),
        ("بشار الأسد", "Bashar al-Assad"),
        ("ماجد البسام", "Majed al-Bassam"),
        // An Arabic family name: غ is gh, and a vowel between the stem's first two consonants
        // (a foreign name keeps g: غورباتشوف is Gorbachov).
        ("علي بن ناصر الغفيص", "Ali bin Nasser al-Ghafis"),
        // …and a vowel between two final consonants, e after ا (فاعل): al-Zamel, al-Jamal.
        ("حمد الزامل", "Hamad al-Zamel"),
        ("محمد الجمل", "Mohammed al-Jamal"),
        // عبد and a name no table has: the name is Arabic too (Abdulghaffar, was Abdulgfar).
        ("عبدالغفار", "Abdulghaffar"),
        // The pattern فعّال, of trades and of most four-letter family names, doubles its middle
        // consonant, which the script leaves unwritten (al-Najar, Hdad before).
        ("صبحي الحداد", "Sobhi al-Haddad"),
        ("خالد بن صالح العباد", "Khalid bin Saleh al-Abbad"),
        // A name that starts with an Arabic given name, or holds a lineage, is Arabic
        // throughout: its bare words get their vowels and gh too (Nsar, Bljon, Gnam before)…
        ("فيصل علي نصار", "Faisal Ali Nassar"),
        ("مصطفى بلجون", "Mustafa Baljon"),
        ("حسين غنام", "Hussein Ghannam"),
        ("عبدالعزيز بن طالب", "Abdulaziz bin Taleb"),
        // …but after a foreign given name the rest stays letter by letter (not Kallab).
        ("جون كلاب", "John Klab"),
        // A family name made of a given name is spelled as that name (al-Fisl before).
        ("خالد الفيصل", "Khalid al-Faisal"),
        ("مشعل بن ماجد", "Mishaal bin Majed"),
        // Saudi family names the press spells with vowels no letter shows (al-Gamdi, al-Qhtani,
        // al-Toijri before), and the same name with a prefix of its own (بن) before it.
        ("أحمد الغامدي", "Ahmed al-Ghamdi"),
        ("يحيى القحطاني", "Yahya al-Qahtani"),
        ("خالد بن عبدالعزيز التويجري", "Khalid bin Abdulaziz al-Tuwaijri"),
        // Given names and surnames the briefs spelled letter by letter (Sliman, Noaz Sharif).
        ("سليمان بن نايف الكثيري", "Suleiman bin Nayef al-Kathiri"),
        ("نواز شريف", "Nawaz Sharif"),
        // The Gulf's ruling and leading families as their own governments write them
        // (Al Nhian and Al al-Shikh before).
        ("عبدالله بن زايد آل نهيان", "Abdullah bin Zayed Al Nahyan"),
        ("عبدالعزيز بن عبدالله آل الشيخ", "Abdulaziz bin Abdullah Al al-Sheikh"),
        ("سعود بن صقر القاسمي", "Saud bin Saqar al-Qasimi"),
        // ع at the start before a consonant is a (Siri before); عبد joined to a name no list
        // has is Abdul + the name (Bdalgfar before).
        ("أحمد عسيري", "Ahmed Asiri"),
        ("مجدي عبدالغفار", "Magdy Abdulghaffar"),
        // عبد before a name no list has: one name, Abdul + the name without its article, and
        // no Central Asian ending on an Arabic name (not "Abdulsharev").
        ("عبد الشريف", "Abdulsharif"),
        // Not in any list: letter by letter, with the Central Asian endings.
        ("قاديروف", "Qadirov"),
        ("داساييف", "Dasayev"),
        // و inside a word o, غ g, تش ch, و at the start w.
        ("بوغدانوف", "Bogdanov"),
        ("ماتشادو", "Machado"),
        ("وانجلور", "Wanjlor"),
        // A word-initial إي is e (the brief once wrote Josh Iirnst); with a diacritic too.
        ("إيكمان", "Ekman"),
        ("إِيرنست", "Ernst"),
        ("إياد", "Iyad"),
        // Diacritics and tatweel do not drop the letters they sit on (Yrnst, Qdirov before).
        ("قَـادِيرُوف", "Qadirov"),
    ])
    func romanizesWordByWord(arabic: String, english: String) {
        #expect(NameRomanizer().romanize(arabic) == english)
    }

    @Test func aMissingListIsAnOptionError() throws {
        #expect(throws: (any Error).self) { try annotate(plugin: "brief", options: ["spellings": ["no/such.tsv"]], "نص.") }
        do {
            _ = try annotate(plugin: "brief", options: ["spellings": ["no/such.tsv"]], "نص.")
        } catch {
            #expect(String(describing: error).contains("spellings[0]"))
            #expect(String(describing: error).contains("no such file"))
        }
    }
}
