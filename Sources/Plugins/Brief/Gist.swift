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
    let fullName: (String) -> String

    func english(for range: Range<Int>) -> String {
        var items: [(Int, String)] = []
        for m in mentions where range.contains(m.range.lowerBound) {
            switch m.kind {
            case .person: items.append((m.range.lowerBound, fullName(m.english)))
            case .adjective: items.append((m.range.lowerBound, m.of ?? m.english))
            default: items.append((m.range.lowerBound, m.english))
            }
        }
        for f in figures where range.contains(f.range.lowerBound) { items.append((f.range.lowerBound, f.english)) }
        for d in dates where range.contains(d.range.lowerBound) { items.append((d.range.lowerBound, d.english)) }
        for u in unknownNames where range.contains(u.start) { items.append((u.start, u.suggestion + "?")) }
        var seen = Set<String>()
        let list = items.sorted { $0.0 < $1.0 }.map(\.1).filter { seen.insert($0).inserted }
        return list.joined(separator: "; ")
    }
}
