/// What a brief shows, read once from a `brief` annotation's data (see the `brief` plugin) in
/// the order every renderer shows it: the text and Markdown briefs (`BriefRenderer`) and the
/// HTML report (`HTMLReport`) format the same sections.
struct BriefContent {
    struct Person {
        var name: String
        var role: String
    }

    /// An amount or a date: its English and the Arabic it was read from.
    struct Reading {
        var english: String
        var source: String
    }

    struct Point {
        var rank: Int
        /// The sentence as the article writes it, in its own language.
        var source: String
        /// The gist, or "(nothing recognised)".
        var gist: String
        /// A translate step's translation and what its glossary check found, when there is one.
        var translation: String?
        var issues: [String]
    }

    struct UnknownName {
        var source: String
        var suggestion: String
        var role: String
    }

    /// `Headline (machine translation)` or `Headline (gist)`, and its text; nil without one.
    var headline: (label: String, text: String)?
    var people: [Person]
    /// Places, organisations and sources cited: the lists that are not empty.
    var lists: [(label: String, names: [String])]
    /// Figures and dates: the tables that are not empty.
    var readings: [(label: String, entries: [Reading])]
    var events: [String]
    var points: [Point]
    var unknown: [UnknownName]

    static let nothingToBrief = "Nothing to brief: no article text was found (the page may be all chrome, or empty)."

    var isEmpty: Bool {
        headline == nil && people.isEmpty && lists.isEmpty && readings.isEmpty && events.isEmpty && points.isEmpty && unknown.isEmpty
    }

    init(_ brief: JSONObject) {
        func objects(_ key: String) -> [JSONObject] { BriefRenderer.array(brief[key]).compactMap(\.objectValue) }
        func string(_ object: JSONObject, _ key: String) -> String { object[key]?.stringValue ?? "" }
        let title = brief["title"]?.stringValue ?? ""
        if let translated = brief["headline"]?.stringValue {
            headline = ("Headline (machine translation)", translated)
        } else if !title.isEmpty {
            headline = ("Headline (gist)", title)
        }
        people = objects("people").map { Person(name: string($0, "name"), role: string($0, "role")) }
        lists = [("places", "Places"), ("organisations", "Organisations"), ("sources", "Sources cited")].compactMap { key, label in
            let names = BriefRenderer.array(brief[key]).compactMap(\.stringValue)
            return names.isEmpty ? nil : (label, names)
        }
        readings = [("figures", "Figures"), ("dates", "Dates")].compactMap { key, label in
            let entries = objects(key).map { Reading(english: string($0, "english"), source: string($0, "source")) }
            return entries.isEmpty ? nil : (label, entries)
        }
        events = objects("events").map { string($0, "english") }
        points = objects("points").map { point in
            let english = string(point, "english")
            return Point(rank: point["rank"]?.intValue ?? 0, source: string(point, "source"),
                         gist: english.isEmpty ? "(nothing recognised)" : english, translation: point["translation"]?.stringValue,
                         issues: BriefRenderer.array(point["issues"]).compactMap(\.stringValue))
        }
        unknown = objects("unknown").map { UnknownName(source: string($0, "source"), suggestion: string($0, "suggestion"),
                                                       role: string($0, "role")) }
    }
}
