/// The English gist of a stretch of Arabic: the recognised items in it, in text order —
/// names, titles, places, organisations, terms, amounts and dates — and the names no glossary
/// knows as their unverified romanisation with a question mark (Sameh Shoukry?). Never a
/// translation: the renderers label it as a gist.
struct Gist {
    let mentions: [BriefMention]
    let figures: [FigureReader.Figure]
    let dates: [DateReader.DateItem]
    /// Names no glossary knows: where each starts, and its suggestion.
    var unknownNames: [(start: Int, suggestion: String)] = []
    /// Places named after royalty (جامعة الملك سعود → King Saud University?): one unverified
    /// item each, in place of the title and names in them.
    var namedPlaces: [NamedPlaces.Place] = []
    let fullName: (String) -> String
    /// The role chains written before names: a name and the chain before it are one item,
    /// "Kassym-Jomart Tokayev (President of Kazakhstan)", not "President; Kazakhstan; …".
    var roles: PeopleFinder? = nil

    func english(for range: Range<Int>) -> String {
        var items: [(at: Int, english: String, withRole: Bool)] = []
        // Where a role chain joined its holder's name, and is no item of its own.
        var absorbed: [Range<Int>] = []
        func named(_ name: String, at start: Int) {
            if let (role, chain) = roles?.roleChain(before: start), range.contains(chain) {
                items.append((chain, name + " (" + role + ")", true))
                absorbed.append(chain..<start)
            } else {
                items.append((start, name, false))
            }
        }
        let places = namedPlaces.filter { range.contains($0.range.lowerBound) }
        for place in places { items.append((place.range.lowerBound, place.english + "?", false)) }
        func inAPlace(_ offset: Int) -> Bool { places.contains { $0.range.contains(offset) } }
        for m in mentions where range.contains(m.range.lowerBound) && !inAPlace(m.range.lowerBound) {
            switch m.kind {
            case .person where !m.clitics.hasPrefix("و"): named(fullName(m.english), at: m.range.lowerBound)
            case .person: items.append((m.range.lowerBound, fullName(m.english), false))
            case .adjective: items.append((m.range.lowerBound, m.of ?? m.english, false))
            default: items.append((m.range.lowerBound, m.english, false))
            }
        }
        for f in figures where range.contains(f.range.lowerBound) { items.append((f.range.lowerBound, f.english, false)) }
        for d in dates where range.contains(d.range.lowerBound) { items.append((d.range.lowerBound, d.english, false)) }
        for u in unknownNames where range.contains(u.start) && !inAPlace(u.start) { named(u.suggestion + "?", at: u.start) }
        var seen = Set<String>()
        let list = items.filter { item in item.withRole || !absorbed.contains { $0.contains(item.at) } }
            .sorted { $0.at < $1.at }.map(\.english).filter { seen.insert($0).inserted }
        return list.joined(separator: "; ")
    }
}
