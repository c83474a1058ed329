extension Document {
    /// The `boilerplate` reason of a dateline (`الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م
    /// واس`): page furniture, never a sentence of the article, but what it says — where, when,
    /// which agency — is true of the article.
    public static let datelineReason = "dateline"

    /// The ranges marked `boilerplate`. With `keepingDatelines`, not those of datelines: steps
    /// that read facts about the article (its places, dates and sources) read them there too.
    public func chromeRanges(keepingDatelines: Bool = false) -> [Range<Int>] {
        annotations.compactMap { annotation in
            guard annotation.kind == "boilerplate" else { return nil }
            if keepingDatelines, annotation.data["reason"]?.stringValue == Self.datelineReason { return nil }
            return annotation.range
        }
    }

    /// The `sentence` annotations that no `boilerplate` span touches, in document order: the
    /// sentences of the article that the summary, the brief and the translation work on (and the
    /// text renderer prints).
    public func sentencesOutsideChrome() -> [Annotation] {
        let chrome = RangeList(chromeRanges())
        return annotations(ofKind: "sentence").filter { !chrome.overlaps($0.range) }
            .sorted { $0.start < $1.start }
    }
}
