/// A chain file as written: a version and the steps, before any plugin is looked up.
///
///     { "version": 1,
///       "chain": [ { "use": "sentences" },
///                  { "use": "summarize", "name": "short", "options": { "maxSentences": 3 } } ] }
public struct ChainConfiguration: Sendable, Equatable {
    /// The chain file format this workbench reads.
    public static let supportedVersion = 1
    static let topLevelKeys = ["version", "description", "chain"]
    static let stepKeys = ["use", "name", "options"]

    /// One step as written.
    public struct Step: Sendable, Equatable {
        public var use: String
        /// The instance name: the plugin name unless the file gives one.
        public var name: String
        public var options: JSONObject
    }

    public var version: Int
    public var description: String?
    public var steps: [Step]

    /// Reads the structure of a chain file, reporting every problem at once.
    public static func parse(_ text: String, file: String) throws(DiagnosticList) -> ChainConfiguration {
        let root: JSONValue
        do {
            root = try JSONParser.parse(text)
        } catch {
            throw DiagnosticList([Diagnostic(file: file, line: error.line, column: error.column, message: error.message)])
        }
        var problems: [Diagnostic] = []
        func report(_ path: KeyPath, _ message: String) {
            problems.append(Diagnostic(file: file, path: path, message: message))
        }
        guard case .object(let top) = root else {
            throw DiagnosticList([Diagnostic(file: file, message:
                "a chain file is a JSON object with \"version\" and \"chain\", found \(root.kindDescription)")])
        }
        for key in top.keys where !topLevelKeys.contains(key) {
            report(KeyPath([.key(key)]), "unknown key.\(Suggestions.didYouMean(key, in: topLevelKeys)) "
                + "Valid keys: \(topLevelKeys.joined(separator: ", "))")
        }
        var version = supportedVersion
        switch top["version"] {
        case nil:
            report(KeyPath([.key("version")]), "missing; write \"version\": \(supportedVersion)")
        case .int(let v)? where v == supportedVersion:
            version = v
        case .int(let v)?:
            report(KeyPath([.key("version")]), "unsupported version \(v); this workbench reads version \(supportedVersion)")
        case let other?:
            report(KeyPath([.key("version")]), "expected an integer, found \(other.kindDescription)")
        }
        var description: String? = nil
        if let value = top["description"] {
            if case .string(let s) = value { description = s } else {
                report(KeyPath([.key("description")]), "expected a string, found \(value.kindDescription)")
            }
        }
        var steps: [Step] = []
        switch top["chain"] {
        case nil:
            report(KeyPath([.key("chain")]), "missing; a chain file lists its steps in \"chain\": [ { \"use\": \"sentences\" } ]")
        case .array(let elements)?:
            if elements.isEmpty { report(KeyPath([.key("chain")]), "is empty; add at least one step") }
            for (index, element) in elements.enumerated() {
                let path = KeyPath([.key("chain"), .index(index)])
                if let step = parseStep(element, at: path, report: report) { steps.append(step) }
            }
        case let other?:
            report(KeyPath([.key("chain")]), "expected an array of steps, found \(other.kindDescription)")
        }
        var firstIndexOfName: [String: Int] = [:]
        for (index, step) in steps.enumerated() {
            if let first = firstIndexOfName[step.name] {
                report(KeyPath([.key("chain"), .index(index), .key("name")]),
                       "step name '\(step.name)' is already used by chain[\(first)]; give each step its own \"name\"")
            } else {
                firstIndexOfName[step.name] = index
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return ChainConfiguration(version: version, description: description, steps: steps)
    }

    private static func parseStep(_ value: JSONValue, at path: KeyPath,
                                  report: (KeyPath, String) -> Void) -> Step? {
        guard case .object(let object) = value else {
            report(path, "expected a step object like { \"use\": \"sentences\" }, found \(value.kindDescription)")
            return nil
        }
        var valid = true
        for key in object.keys where !stepKeys.contains(key) {
            report(path.appending(key), "unknown key.\(Suggestions.didYouMean(key, in: stepKeys)) "
                + "Valid keys: \(stepKeys.joined(separator: ", "))")
            valid = false
        }
        var use = ""
        switch object["use"] {
        case nil:
            report(path, "missing \"use\": the name of the plugin this step runs")
            valid = false
        case .string(let s)?:
            use = s
        case let other?:
            report(path.appending("use"), "expected a plugin name (a string), found \(other.kindDescription)")
            valid = false
        }
        var name = use
        if let value = object["name"] {
            if case .string(let s) = value, !s.trimmingWhitespace.isEmpty {
                name = s
            } else {
                report(path.appending("name"), value.stringValue == nil
                    ? "expected a string, found \(value.kindDescription)" : "is empty")
                valid = false
            }
        }
        var options = JSONObject()
        if let value = object["options"] {
            if case .object(let o) = value { options = o } else {
                report(path.appending("options"), "expected an object, found \(value.kindDescription)")
                valid = false
            }
        }
        return valid ? Step(use: use, name: name, options: options) : nil
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, ScalarClass.of(first.value) == .space || ScalarClass.of(first.value) == .newline {
            scalars.removeFirst()
        }
        while let last = scalars.last, ScalarClass.of(last.value) == .space || ScalarClass.of(last.value) == .newline {
            scalars.removeLast()
        }
        return String(scalars)
    }
}
