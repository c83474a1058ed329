/// One entry of a chrome phrase list: a phrase and how it marks a line.
public struct ChromePhrase: Sendable, Equatable {
    /// How a phrase marks a line.
    public enum Rule: String, Sendable, CaseIterable {
        /// The whole line is the phrase (numbers, punctuation and symbols aside): `SHARE:`,
        /// `زر الذهاب إلى الأعلى`, `0 تعليقات`.
        case line
        /// The line starts with the phrase and is short (at most 25 words): `اقرأ أيضا: …`,
        /// `تابعونا على …`.
        case start
        /// The whole line is the phrase, and it opens a trailing block: the headline-like and
        /// short lines after it are chrome too, until a body paragraph: `مقالات ذات صلة`.
        case tail
        /// Anywhere in a line, the phrase marks a notice (consent, cookies, copyright,
        /// disclaimer): the line is chrome outside the body, or inside it with a second notice phrase.
        case notice
        /// The phrase and the rest of its line are chrome when at most 25 words follow it: a
        /// link to the story glued to the end of the last paragraph (`… رابط الخبر بصحيفة
        /// الوئام: عنوان الخبر`). Only that part of the line is marked.
        case trailer
        /// The phrase at the start of a line is chrome when body text goes on after it on the
        /// same line: a share bar glued to the first paragraph (`شارك من خلال تويتر فيسبوك جوجل
        /// بلس اكتب رأيك حذرت ندوة طبية …`). Only the phrase is marked.
        case leader
    }

    public var rule: Rule
    public var text: String
    /// Where it was defined: the file and line, for messages and `data.detail`.
    public var file: String
    public var line: Int

    public init(rule: Rule, text: String, file: String, line: Int) {
        self.rule = rule
        self.text = text
        self.file = file
        self.line = line
    }
}
