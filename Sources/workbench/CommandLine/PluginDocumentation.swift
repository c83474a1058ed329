import Core

/// A plugin's self-description as text (for `describe`) and as Markdown (for the README).
enum PluginDocumentation {
    static func text(_ factory: PluginFactory) -> String {
        let d = factory.descriptor
        var out = "\(d.name): \(d.summary)\n\n"
        if !d.discussion.isEmpty { out += wrap(d.discussion, indent: "") + "\n\n" }
        out += "LANGUAGES: \(d.languages.joined(separator: ", "))\n"
        out += "REQUIRES:  \(d.requires.isEmpty ? "-" : d.requires.joined(separator: ", "))\n"
        out += "PRODUCES:\n"
        for kind in d.produces {
            out += "  \(kind.kind)\n"
            for member in kind.data { out += "    data.\(member.name): \(member.meaning)\n" }
        }
        out += "\nOPTIONS:\n"
        if d.options.isEmpty { out += "  (none)\n" }
        for option in d.options {
            let value = factory.defaultOptions[option.name].map(JSONWriter.string) ?? "-"
            out += "  \(option.name) (\(option.type), default \(value))\n"
            out += wrap(option.meaning, indent: "      ") + "\n"
        }
        out += "\nEXAMPLES:\n"
        for example in d.examples {
            out += "  \(example.title)\n"
            if !example.options.isEmpty { out += "    options: \(JSONWriter.string(.object(example.options)))\n" }
            out += "    input:   \(example.input.replacingNewlines)\n"
            let label = example.field.map { "\(example.kind).\($0)" } ?? example.kind
            for expected in example.expected { out += "    \(label): \(expected.replacingNewlines)\n" }
        }
        return out
    }

    /// The README's reference section for a plugin (`workbench describe NAME --markdown`).
    /// A test checks that the README holds exactly this text for every plugin.
    static func markdown(_ factory: PluginFactory) -> String {
        let d = factory.descriptor
        var out = "### `\(d.name)`\n\n\(prose(d.summary))\n\n"
        if !d.discussion.isEmpty { out += prose(d.discussion) + "\n\n" }
        out += "Languages: \(d.languages.joined(separator: ", ")). "
        out += "Requires: \(d.requires.isEmpty ? "nothing" : d.requires.map { "`\($0)`" }.joined(separator: ", ")). "
        out += "Produces: \(d.produces.map { "`\($0.kind)`" }.joined(separator: ", ")).\n\n"
        for kind in d.produces where !kind.data.isEmpty {
            out += "`\(kind.kind)` data: " + kind.data.map { "`\($0.name)` (\(prose($0.meaning)))" }.joined(separator: "; ") + ".\n\n"
        }
        if !d.options.isEmpty {
            out += "| option | type | default | meaning |\n|---|---|---|---|\n"
            for option in d.options {
                let value = factory.defaultOptions[option.name].map(JSONWriter.string) ?? "-"
                out += "| `\(option.name)` | \(option.type) | `\(value)` | \(prose(option.meaning)) |\n"
            }
        }
        return out
    }

    /// A descriptor's plain text as Markdown prose: `&` and `<` escaped, so `&quot;` and
    /// `<think>` show as written instead of as a quotation mark and a hidden tag.
    static func prose(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Greedy word wrap at 92 columns.
    static func wrap(_ text: String, indent: String) -> String {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > 92, line.count > indent.count {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// Line breaks shown as `⏎` so an example fits on one line.
    var replacingNewlines: String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ⏎ ") }
}
