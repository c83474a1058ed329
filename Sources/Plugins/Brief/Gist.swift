/// The English gist of a stretch of Arabic: the recognised items in it, in text order —
/// names, titles, places, organisations, terms, amounts and dates. Never a translation: the
/// renderers label it as a gist.
struct Gist {
    let mentions: [BriefMention]
    let figures: [FigureReader.Figure]
    let dates: [DateReader.DateItem]
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
        var seen = Set<String>()
        let list = items.sorted { $0.0 < $1.0 }.map(\.1).filter { seen.insert($0).inserted }
        return list.joined(separator: "; ")
    }
}
