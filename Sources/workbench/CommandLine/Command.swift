import Core
import Plugins

/// A subcommand of `workbench`: its help text and how it runs.
protocol Command: Sendable {
    /// The word after `workbench` (`run`, `check`, …).
    static var name: String { get }
    /// One line for the command list.
    static var abstract: String { get }
    /// The synopsis, without the leading `workbench`.
    static var usage: String { get }
    /// The OPTIONS / ARGUMENTS part of `--help`.
    static var details: String { get }
    /// Runs with the arguments after the command name; returns the exit status.
    static func run(_ arguments: [String], console: Console) -> Int32
}

extension Command {
    /// The full `--help` text.
    static var help: String {
        """
        OVERVIEW: \(abstract)

        USAGE: workbench \(usage)

        \(details)
        """
    }

    /// The `--set STEP.OPTION=VALUE` overrides of a command line.
    static func overrides(_ parsed: ArgumentScanner.Parsed) throws(UsageError) -> [OptionOverride] {
        var result: [OptionOverride] = []
        for text in parsed.repeated["--set"] ?? [] {
            guard let override = OptionOverride.parse(text) else {
                throw UsageError("--set takes STEP.OPTION=VALUE (e.g. --set summarize.maxSentences=5), found '\(text)'")
            }
            result.append(override)
        }
        return result
    }

    /// The chain at `path` built with the command line's `--set` overrides and `extra` ones;
    /// `nil` after printing why not (the caller exits with 64).
    static func loadChain(_ path: String, _ parsed: ArgumentScanner.Parsed, extra: [OptionOverride] = [],
                          console: Console) -> Chain? {
        let overrides: [OptionOverride]
        do {
            overrides = try Self.overrides(parsed) + extra
        } catch {
            _ = usageError(error, console: console)
            return nil
        }
        do {
            return try ChainLoader.load(path: path, registry: BuiltinPlugins.registry, overrides: overrides)
        } catch {
            console.err(error.description)
            return nil
        }
    }

    /// The `--input-format` of a command line (`auto`, `text`, `jsonl`): `nil` for auto, where a
    /// file's name decides.
    static func inputFormat(_ parsed: ArgumentScanner.Parsed) throws(UsageError) -> InputItem.Format? {
        let name = parsed.value("--input-format") ?? "auto"
        if name == "auto" { return nil }
        guard let format = InputItem.Format(rawValue: name) else {
            let names = ["auto"] + InputItem.Format.allCases.map(\.rawValue)
            throw UsageError("unknown input format '\(name)'.\(Suggestions.didYouMean(name, in: names)) "
                + "Input formats: \(names.joined(separator: ", "))")
        }
        return format
    }

    /// The `--language` of a command line, a BCP 47 tag, or `auto` (the default: each
    /// document's own, from its letters, `LanguageGuess`).
    static func language(_ parsed: ArgumentScanner.Parsed) throws(UsageError) -> String {
        let language = parsed.value("--language") ?? LanguageGuess.auto
        guard language == LanguageGuess.auto || JSONLinesRecord.isLanguageTag(language) else {
            throw UsageError("'\(language)' is not a language tag (write ar, en, ru, kk, …)")
        }
        return language
    }

    /// Prints a usage error the way every command does and returns exit status 64.
    static func usageError(_ error: UsageError, console: Console) -> Int32 {
        console.err("workbench \(name): error: \(error.message)")
        console.err("usage: workbench \(usage)")
        console.err("See 'workbench \(name) --help'.")
        return ExitStatus.usage
    }
}

/// The exit statuses of every command.
enum ExitStatus {
    static let success: Int32 = 0
    /// A document or an input failed; the others were processed.
    static let failure: Int32 = 1
    /// The command line or the chain file is wrong (`EX_USAGE`); nothing was processed.
    static let usage: Int32 = 64
}
