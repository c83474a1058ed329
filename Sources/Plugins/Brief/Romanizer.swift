import Core

/// A romanisation of an Arabic-script name, for suggestions a translator then checks: each
/// word as a spelling list gives it (`NameSpellings`: محمد → Mohammed, باراك → Barack), else
/// letter by letter, with the Russian-style endings of Central Asian names (‑وف -ov, ‑ييف -yev,
/// ‑يف -ev, ‑وفا -ova, ‑ينكو -enko). The letters follow how foreign names are written in
/// Arabic — و inside a word o, غ g, تش ch (بوغدانوف → Bogdanov) — chosen on the training splits
/// of ANETAC, Google's pairs and Wikidata's name tokens, where each rule gained on all three.
/// Always marked unverified where it is shown.
enum Romanizer {
    static let endings: [(String, String)] = [
        ("ييفا", "yeva"), ("وفا", "ova"), ("يفا", "eva"), ("ينكو", "enko"), ("ييف", "yev"), ("وف", "ov"), ("يف", "ev"),
        ("وفيتش", "ovich"), ("وفيچ", "ovich"),
    ]
    static let letters: [Character: String] = [
        "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh",
        "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
        "ع": "", "غ": "g", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "o",
        "ي": "i", "ى": "a", "ة": "a", "ء": "", "ئ": "", "ؤ": "", "پ": "p", "چ": "ch", "گ": "g", "ڤ": "v",
    ]

    static let abd = LineKey.wordHashes(of: "عبد")
    static let lineage = [LineKey.wordHashes(of: "بن"), LineKey.wordHashes(of: "بنت")]

    /// Each word of a name romanised; `عبد` and the word after it as one name: as a list has
    /// them together (عبد الرحمن → Abdulrahman), else Abdul + the word without its article.
    static func romanize(_ name: String, spellings: NameSpellings = .builtin) -> String {
        let words = name.split(separator: " ").map(String.init)
        // A name that starts with an Arabic given name, or holds a lineage, is Arabic throughout:
        // its other words are romanised as Arabic (فيصل علي نصار → Faisal Ali Nassar).
        let arabic = words.first.map { NameSpellings.builtinArabicGivenNames.spelling(of: $0) != nil } == true
            || words.contains { lineage.contains(LineKey.wordHashes(of: $0)) }
        var out: [String] = []
        var i = 0
        while i < words.count {
            if i + 1 < words.count, LineKey.wordHashes(of: words[i]) == abd {
                if let joined = spellings.spelling(of: words[i] + words[i + 1]) {
                    out.append(joined)
                    i += 2
                    continue
                }
                // عبد + a name with the article, as one name: عبد اللطيف → Abdullatif.
                let next = words[i + 1]
                if next.hasPrefix("ال"), next.count > 3 {
                    out.append(abdul(String(next.dropFirst(2))))
                    i += 2
                    continue
                }
            }
            out.append(spellings.spelling(of: words[i]) ?? familyName(words[i], spellings: spellings)
                       ?? abdCompound(words[i]) ?? romanizeWord(words[i], arabic: arabic))
            i += 1
        }
        return out.joined(separator: " ")
    }

    /// عبد and a name written as one word that no list has: Abdul + the name (عبدالغفار →
    /// Abdulghafar, not "Bdalgfar").
    static func abdCompound(_ word: String) -> String? {
        let letters = Self.letters(of: word)
        guard letters.hasPrefix("عبدال"), letters.count >= 7 else { return nil }
        return abdul(String(letters.dropFirst(5)))
    }

    /// Abdul + a name without its article, as one word (اللطيف → Abdullatif).
    static func abdul(_ name: String) -> String {
        "Abdul" + romanizeWord(name, endings: false, arabic: true).lowercased()
    }

    /// The letters of a word the table knows, without diacritics and tatweel: a letter with a
    /// vowel mark is one Character (إِ), which the table would not find, dropping the letter.
    static func letters(of word: String) -> String {
        let bare = word.unicodeScalars.filter { !(0x064B...0x065F).contains($0.value) && $0.value != 0x0670 && $0.value != 0x0640 }
        return String(String.UnicodeScalarView(bare)).filter { letters[$0] != nil }
    }

    /// A family name with the article as agencies write it: السيسي → al-Sisi (the builtin
    /// table's al-Abadi, al-Jubeir), not "Alsisi"; a family name made of a given name is
    /// spelled as that name (الفيصل → al-Faisal, الراشد → al-Rashed).
    static func familyName(_ word: String, spellings: NameSpellings = .builtin) -> String? {
        let letters = Self.letters(of: word)
        guard letters.hasPrefix("ال"), letters.count >= 5 else { return nil }
        let name = String(letters.dropFirst(2))
        return "al-" + (spellings.spelling(of: name) ?? romanizeWord(name, arabic: true))
    }

    /// Whether an Arabic stem has the shape of فعّال, the pattern of trades and of most
    /// four-letter family names (نجار، عطار، حداد, and God's names after عبد: جبار، ستار): a
    /// consonant (or ع), a consonant, ا, a consonant. Script leaves the doubling unwritten; the
    /// agencies write it (al-Najjar, Attar, Abduljabbar).
    static func isFaccal(_ stem: [Character]) -> Bool {
        let vowelLetters = "اويىآأإةءئؤ"
        return stem.count == 4 && stem[2] == "ا" && !vowelLetters.contains(stem[0])
            && !vowelLetters.contains(stem[1]) && stem[1] != "ع" && !vowelLetters.contains(stem[3]) && stem[3] != "ع"
    }

    /// One word letter by letter; with `endings`, a Central Asian surname ending as it is spelt
    /// (‑ييف -yev), which an Arabic name after عبد never has (لطيف is not -ev).
    /// With `arabic` (a family name with the article, or any word of a name that is Arabic
    /// throughout: one that starts with an Arabic given name or holds بن), غ is gh and a stem
    /// that starts with two consonants gets the vowel a between them (الغفيص → al-Ghafis, not
    /// al-Gfis; البدران → al-Badran), one that ends in two gets e after ا or else a (الغانم →
    /// al-Ghanem, الجمل → al-Jamal): foreign names write g with غ, Arabic ones gh, and an Arabic
    /// stem starts with a consonant and a vowel and ends in no pair of consonants the script
    /// writes without its vowel.
    static func romanizeWord(_ word: String, endings useEndings: Bool = true, arabic: Bool = false) -> String {
        var stem = letters(of: word)
        var ending = ""
        for (arabic, latin) in endings.sorted(by: { $0.0.count > $1.0.count })
        where useEndings && stem.hasSuffix(arabic) && stem.count > arabic.count + 1 {
            ending = latin
            stem.removeLast(arabic.count)
            break
        }
        var out = ""
        // A word-initial أو / او is a vowel: أوباما → Obama, أوزبك → Ozbek.
        if stem.hasPrefix("أو") || stem.hasPrefix("او") {
            out = "o"
            stem.removeFirst(2)
        } else if stem.hasPrefix("إيا") {
            // Before a vowel letter the ي is y: إياد → Iyad.
            out = "iy"
            stem.removeFirst(2)
        } else if stem.hasPrefix("إي") {
            // A word-initial إي is a front vowel, most often e: إيرنست → Ernst, إيكمان → Ekman.
            out = "e"
            stem.removeFirst(2)
        }
        let scalars = Array(stem)
        let doubled = arabic && isFaccal(scalars)
        var index = 0
        while index < scalars.count {
            let letter = scalars[index]
            // تش is the ch of foreign names (غورباتشوف → Gorbachov, تشي → Chi).
            if letter == "ت", index + 1 < scalars.count, scalars[index + 1] == "ش" {
                out += "ch"
                index += 2
                continue
            }
            var latin = letters[letter] ?? ""
            if arabic, letter == "غ" { latin = "gh" }
            // The last two letters both consonants: a vowel between them (الغانم → Ghanem after
            // ا, the pattern فاعل; الفهد → Fahad).
            if arabic, index == scalars.count - 1, index >= 2, !"اويىآأإةء".contains(letter), !"اويىآأإةءع".contains(scalars[index - 1]),
               letter != "ع" {
                out += scalars[index - 2] == "ا" ? "e" : "a"
            }
            // ع at the start before a consonant carries the vowel a (عباس → Abbas, عسيري → Asiri).
            if index == 0, out.isEmpty, letter == "ع", index + 1 < scalars.count, !"اويى".contains(scalars[index + 1]) {
                latin = "a"
            }
            // و and ي at the start of a word are consonants.
            if index == 0, out.isEmpty, letter == "و" { latin = "w" }
            if index == 0, out.isEmpty, letter == "ي" { latin = "y" }
            // The pattern فعّال doubles its middle consonant (النجار → al-Najjar).
            if doubled, index == 1, latin.count == 1 { latin += latin }
            out += latin
            if arabic, index == 0, scalars.count > 2, !"اويىآأإ".contains(letter), !"اويىآأإة".contains(scalars[1]), letter != "ع" {
                out += "a"
            }
            index += 1
        }
        out += ending
        return out.prefix(1).uppercased() + out.dropFirst()
    }
}
