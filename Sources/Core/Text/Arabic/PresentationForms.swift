import Foundation

/// Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) unfolded to base letters.
///
/// Built once from Foundation's NFKC mapping, so it covers every form without a hand-typed
/// table; looked up only for scalars in that block, which plain text rarely contains.
enum PresentationForms {
    static let table: [UInt32: [UInt32]] = {
        var table: [UInt32: [UInt32]] = [:]
        for value in UInt32(0xFB50)...UInt32(0xFEFC) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let unfolded = String(Character(scalar)).precomposedStringWithCompatibilityMapping
            var parts = unfolded.unicodeScalars.map(\.value)
            // The isolated diacritic forms unfold to a space plus the mark: keep the mark only.
            if (0xFE70...0xFE7F).contains(value) { parts.removeAll { $0 == 0x20 } }
            if parts != [value], !parts.isEmpty { table[value] = parts }
        }
        return table
    }()
}
