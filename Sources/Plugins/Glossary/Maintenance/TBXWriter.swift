import Core

/// Writes entries as TBX-Basic (ISO 30042:2019, namespace `urn:iso:std:iso:30042:ed-2`, DCA
/// style). One `conceptEntry` per entry: the Arabic term (preferred) and its variants
/// (admitted, `termType` variant), the English (preferred). What TBX has no place for —
/// our entry type, flags — goes into `note`s with a `workbench-` prefix, and each nisba is a
/// concept of its own (an adjective) that names its entry, so that `TBXReader` restores the
/// file exactly.
public enum TBXWriter {
    public static func write(_ entries: [GlossaryEntry], title: String) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader>
                <fileDesc>
                  <sourceDesc><p>\(escape(title))</p></sourceDesc>
                </fileDesc>
              </tbxHeader>
              <text>
                <body>

            """
        for (index, entry) in entries.enumerated() {
            let id = "e\(index + 1)"
            out += "      <conceptEntry id=\"\(id)\">\n"
            out += "        <note>workbench-type: \(entry.kind.rawValue)</note>\n"
            if !entry.flagNames.isEmpty { out += "        <note>workbench-flags: \(entry.flagNames.joined(separator: ","))</note>\n" }
            if !entry.note.isEmpty { out += "        <note>\(escape(entry.note))</note>\n" }
            out += "        <langSec xml:lang=\"\(entry.language)\">\n"
            out += term(entry.source, status: "preferredTerm-admn-sts", partOfSpeech: entry.kind == .adjective ? "adjective" : "noun")
            for variant in entry.variants {
                out += term(variant, status: "admittedTerm-admn-sts", termType: "variant",
                            partOfSpeech: entry.kind == .adjective ? "adjective" : "noun")
            }
            out += "        </langSec>\n"
            out += "        <langSec xml:lang=\"en\">\n"
            out += term(entry.english, status: "preferredTerm-admn-sts", partOfSpeech: entry.kind == .adjective ? "adjective" : "noun")
            out += "        </langSec>\n"
            out += "      </conceptEntry>\n"
            for (n, nisba) in entry.nisbas.enumerated() {
                out += "      <conceptEntry id=\"\(id)-nisba\(n + 1)\">\n"
                out += "        <note>workbench-nisba-of: \(id)</note>\n"
                out += "        <langSec xml:lang=\"ar\">\n"
                out += term(nisba.stem, status: "preferredTerm-admn-sts", partOfSpeech: "adjective")
                out += "        </langSec>\n"
                out += "        <langSec xml:lang=\"en\">\n"
                out += term(nisba.english, status: "preferredTerm-admn-sts", partOfSpeech: "adjective")
                out += "        </langSec>\n"
                out += "      </conceptEntry>\n"
            }
        }
        out += "    </body>\n  </text>\n</tbx>\n"
        return out
    }

    static func term(_ text: String, status: String, termType: String? = nil, partOfSpeech: String) -> String {
        var out = "          <termSec>\n            <term>\(escape(text))</term>\n"
        out += "            <termNote type=\"partOfSpeech\">\(partOfSpeech)</termNote>\n"
        if let termType { out += "            <termNote type=\"termType\">\(termType)</termNote>\n" }
        out += "            <termNote type=\"administrativeStatus\">\(status)</termNote>\n"
        out += "          </termSec>\n"
        return out
    }

    static func escape(_ text: String) -> String { Markup.escaped(text, apostrophe: true) }
}
