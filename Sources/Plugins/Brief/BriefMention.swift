import Core

/// A glossary hit as the brief uses it: where it is, its English, and what kind of thing it is.
struct BriefMention {
    enum Kind: String {
        case person, place, organisation, title, term, publication, adjective
    }

    var range: Range<Int>
    var english: String
    var kind: Kind
    /// For an adjective: the English of what it derives from (Kazakh → Kazakhstan).
    var of: String?
    /// For an adjective: the kind of what it derives from (a place, or an organisation: داعشي →
    /// ISIS); nil where the glossary step did not say, read as a place.
    var ofKind: Kind?
    /// The proclitics stripped from its first word (`و`, `ل`, `ب`, …).
    var clitics: String
    /// A title in the accusative of an appointment (تعيين … وزيرًا للمالية): the office of the
    /// name right before it, without a comma between.
    var accusative = false
    /// The glossary form it matched (`Шавкат Мирзиёев` for `Шавкатом Мирзиёевым`); empty for a
    /// name no glossary knows.
    var entry = ""

    /// The `term` annotations of a document, in text order (outside boilerplate).
    static func all(in document: Document) -> [BriefMention] {
        let chrome = RangeList(document.chromeRanges(keepingDatelines: true))
        return document.annotations(ofKind: "term")
            .filter { !chrome.overlaps($0.range) }
            .sorted { $0.start < $1.start }
            .compactMap { term in
                guard let english = term.data["target"]?.stringValue,
                      let kind = Kind(rawValue: term.data["type"]?.stringValue ?? "") else { return nil }
                return BriefMention(range: term.range, english: english, kind: kind, of: term.data["of"]?.stringValue,
                                    ofKind: term.data["ofType"]?.stringValue.flatMap(Kind.init(rawValue:)),
                                    clitics: term.data["clitics"]?.stringValue ?? "",
                                    accusative: term.data["case"]?.stringValue == "accusative",
                                    entry: term.data["entry"]?.stringValue ?? "")
            }
    }
}

extension BriefMention {
    /// Whether it is a nisba adjective of a thing of `kind` (one with no kind said is a place's).
    func isAdjective(of kind: Kind) -> Bool {
        self.kind == .adjective && (ofKind ?? .place) == kind
    }
}

extension Array where Element == BriefMention {
    /// The last mention of the run of role parts (titles, places, bodies, nisbas) that starts at
    /// mention `k`, each after the one before with only spaces between and none ending after
    /// `limit` (президентом Франции, وزير الخارجية الأوزبكي).
    func endOfRoleParts(from k: Int, in text: BriefText, endingBy limit: Int = .max) -> Int {
        var last = k
        while last + 1 < count, PeopleFinder.isRolePart(self[last + 1].kind), self[last + 1].range.upperBound <= limit,
              self[last + 1].range.lowerBound >= self[last].range.upperBound,
              text.isSpaces(self[last].range.upperBound..<self[last + 1].range.lowerBound) {
            last += 1
        }
        return last
    }

    /// The index of the last mention that ends at or before `offset`, for mentions in text
    /// order: a binary search finds those that start before it, and the walk back passes only
    /// any that reach over it. Asked for every word, a scan of all mentions made the brief
    /// quadratic.
    func lastIndex(endingBy offset: Int) -> Int? {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid].range.lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        var k = low - 1
        while k >= 0, self[k].range.upperBound > offset { k -= 1 }
        return k >= 0 ? k : nil
    }
}
