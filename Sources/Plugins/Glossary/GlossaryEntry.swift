import Core

/// One row of a glossary file: a source term (Arabic, or Russian or Kazakh in a `russian` or
/// `kazakh` glossary), its
/// one English rendering, and how to find it.
public struct GlossaryEntry: Sendable, Equatable {
    /// The kinds of entries a translator distinguishes.
    public enum Kind: String, Sendable, CaseIterable {
        case person, place, organisation, title, term, publication, adjective
    }

    /// A nisba (relational adjective) the entry declares: `كازاخستاني` → Kazakh.
    public struct Nisba: Sendable, Equatable {
        /// The masculine singular stem, as written (`كازاخستاني`).
        public var stem: String
        public var english: String

        public init(stem: String, english: String) {
            self.stem = stem
            self.english = english
        }
    }

    /// The source term as written in the file: Arabic, or Russian or Kazakh in a `russian` or
    /// `kazakh` glossary.
    public var source: String
    /// The source term's language: `ar`, or `ru` / `kk` for a glossary whose header names
    /// `russian` / `kazakh`.
    public var language: String
    public var english: String
    public var kind: Kind
    /// Other spellings of the same term (`سايدوف` beside `سعيدوف`).
    public var variants: [String]
    public var nisbas: [Nisba]
    public var note: String
    /// Match `ة` and `ه` as different letters for this entry (`flags: keep-teh-marbuta`).
    public var keepsTehMarbuta: Bool
    /// Match `ى` and `ي` as different letters for this entry (`flags: keep-alef-maqsura`):
    /// اليمني (Yemeni) is not اليمنى (the right one, as in اليد اليمنى).
    public var keepsAlefMaqsura: Bool
    /// The file name (without folders) and 1-based line the entry comes from.
    public var file: String
    public var line: Int

    public init(source: String, english: String, kind: Kind = .term, variants: [String] = [], nisbas: [Nisba] = [],
                note: String = "", keepsTehMarbuta: Bool = false, keepsAlefMaqsura: Bool = false,
                file: String = "", line: Int = 0, language: String = "ar") {
        self.source = source
        self.language = language
        self.english = english
        self.kind = kind
        self.variants = variants
        self.nisbas = nisbas
        self.note = note
        self.keepsTehMarbuta = keepsTehMarbuta
        self.keepsAlefMaqsura = keepsAlefMaqsura
        self.file = file
        self.line = line
    }

    /// The source language's English name, for messages: Arabic, Russian.
    public var languageName: String { GlossaryEntry.languageName(of: language) }

    /// The English name of a source language tag, for messages (`ru` → Russian).
    public static func languageName(of language: String) -> String {
        sourceColumn(of: language).capitalized
    }

    /// The header column that names a language's source terms (`ru` → `russian`); `arabic` for
    /// a language without one.
    public static func sourceColumn(of language: String) -> String {
        sourceColumns.first { $0.language == language }?.column ?? "arabic"
    }

    /// The header columns that name a glossary's source language, and the language each gives.
    public static let sourceColumns: [(column: String, language: String)] = [("arabic", "ar"), ("russian", "ru"), ("kazakh", "kk")]

    /// The source columns as a message lists them: `'arabic', 'russian' or 'kazakh'`.
    public static var sourceColumnList: String {
        EnglishList.joined(sourceColumns.map { "'\($0.column)'" }, conjunction: "or")
    }

    /// The source languages' English names as a message lists them: `Arabic, Russian or Kazakh`.
    public static var sourceLanguageList: String {
        EnglishList.joined(sourceColumns.map { languageName(of: $0.language) }, conjunction: "or")
    }

    /// The entry's flags as the `flags` column writes them.
    public var flagNames: [String] {
        (keepsTehMarbuta ? ["keep-teh-marbuta"] : []) + (keepsAlefMaqsura ? ["keep-alef-maqsura"] : [])
    }

    /// The normalizer that tells this entry's kept letters apart, if it keeps any.
    var strictNormalizer: ArabicNormalizer? {
        keepsTehMarbuta || keepsAlefMaqsura ? ArabicNormalizer(foldTehMarbuta: !keepsTehMarbuta, foldAlefMaqsura: !keepsAlefMaqsura) : nil
    }
}
