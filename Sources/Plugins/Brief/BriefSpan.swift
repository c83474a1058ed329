/// A stretch of the Arabic source and its English rendering (an amount, a date).
struct BriefSpan: Equatable {
    var range: Range<Int>
    var english: String
}
