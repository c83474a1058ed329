import Core

extension Script {
    /// The page as a `latin-ui` verdict's detail names it.
    var pageName: String {
        switch self {
        case .arabic: return "an Arabic page"
        case .cyrillic: return "a Cyrillic page"
        }
    }
}
