import Core

/// Reads a command's arguments: `--name value`, `--name=value`, flags, `-h`, positionals, `--`.
struct ArgumentScanner {
    /// The options a command accepts: those that take a value, plain flags, and options that
    /// take a value and may be given several times.
    let valued: [String]
    let flags: [String]
    var repeatable: [String] = []

    struct Parsed {
        var values: [String: String] = [:]
        var repeated: [String: [String]] = [:]
        var flags: Set<String> = []
        var positionals: [String] = []

        func value(_ name: String) -> String? { values[name] }
        func has(_ flag: String) -> Bool { flags.contains(flag) }
    }

    func parse(_ arguments: [String]) throws(UsageError) -> Parsed {
        var parsed = Parsed()
        var i = 0
        var optionsEnded = false
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            if argument == "-h" || argument == "--help" { parsed.flags.insert("--help"); continue }
            var name = argument
            var inlineValue: String? = nil
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if valued.contains(name) || repeatable.contains(name) {
                guard let value = inlineValue ?? (i < arguments.count ? arguments[i] : nil) else {
                    throw UsageError("option '\(name)' needs a value")
                }
                if inlineValue == nil { i += 1 }
                if repeatable.contains(name) {
                    parsed.repeated[name, default: []].append(value)
                    continue
                }
                if parsed.values[name] != nil { throw UsageError("option '\(name)' is given twice") }
                parsed.values[name] = value
            } else if flags.contains(name) {
                if inlineValue != nil { throw UsageError("option '\(name)' takes no value") }
                parsed.flags.insert(name)
            } else {
                let known = valued + repeatable + flags + ["--help"]
                throw UsageError("unknown option '\(name)'.\(Suggestions.didYouMean(name, in: known))")
            }
        }
        return parsed
    }
}

/// A mistake in how a command was called: printed with the usage line, exit status 64.
struct UsageError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}
