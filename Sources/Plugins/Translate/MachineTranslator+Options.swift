import Core

extension MachineTranslator {
    /// The engines the step can call.
    public enum Engine: String, OptionEnum {
        /// A LibreTranslate server (`POST /translate`).
        case libretranslate
        /// An OpenAI-compatible chat server: llama.cpp, Ollama, vLLM (`POST /v1/chat/completions`).
        case openai
        /// DeepL's API (`POST /v2/translate`).
        case deepl
        /// Any program: a sentence per line in, its translation per line out.
        case command
    }

    /// How the glossary's renderings reach the engine.
    public enum Protect: String, OptionEnum {
        /// Names, places, organisations and papers are written in English inside the sentence
        /// sent (`قال Kassym-Jomart Tokayev إن …`): engines carry Latin names through.
        case names
        /// The sentences go as they are; the glossary is only checked afterwards.
        case none
    }

    /// Which sentences are translated.
    public enum Scope: String, OptionEnum {
        /// Every sentence outside page chrome.
        case all
        /// The summary's sentences only (a `summarize` step before): the brief's points, cheaply.
        case summary
    }

    /// Options of the `translate` plugin.
    public struct Options: PluginOptions {
        public var engine = Engine.libretranslate
        /// The server; empty: the engine's usual local address (DeepL: its free API).
        public var url = ""
        /// The program and its arguments, for `engine: command`.
        public var command: [String] = []
        /// The model a chat server is asked for.
        public var model = "local"
        /// The environment variable that holds the API key (never the key itself in a chain
        /// file); empty: no key (DeepL: `DEEPL_AUTH_KEY`).
        public var apiKeyVariable = ""
        /// The source language; empty: each document's own.
        public var source = ""
        public var target = "en"
        public var protect = Protect.names
        public var scope = Scope.all
        /// Sentences per request (per run of a command).
        public var batchSize = 20
        /// Seconds to wait for one request.
        public var timeout = 60.0
        /// Further tries after a failure worth retrying (a timeout, HTTP 429 or 5xx), 1 s, 2 s, 4 s … apart.
        public var retries = 2
        /// A DeepL glossary's id (made from `workbench glossary export --format deepl`): DeepL
        /// then renders the glossary's terms itself; empty: none.
        public var glossaryId = ""

        public init() {}

        enum CodingKeys: String, CodingKey {
            case engine, url, command, model, apiKeyVariable, source, target, protect, scope, batchSize, timeout, retries, glossaryId
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            engine = try c.value(forKey: .engine, default: .libretranslate)
            url = try c.value(forKey: .url, default: "")
            command = try c.value(forKey: .command, default: [])
            model = try c.value(forKey: .model, default: "local")
            apiKeyVariable = try c.value(forKey: .apiKeyVariable, default: "")
            source = try c.value(forKey: .source, default: "")
            target = try c.value(forKey: .target, default: "en")
            protect = try c.value(forKey: .protect, default: .names)
            scope = try c.value(forKey: .scope, default: .all)
            batchSize = try c.value(forKey: .batchSize, default: 20)
            timeout = try c.value(forKey: .timeout, default: 60)
            retries = try c.value(forKey: .retries, default: 2)
            glossaryId = try c.value(forKey: .glossaryId, default: "")
        }

        /// The server's address: `url`, else the engine's usual one.
        public var server: String {
            if !url.isEmpty { return url }
            switch engine {
            case .libretranslate: return "http://localhost:5000"
            case .openai: return "http://localhost:8080"
            case .deepl: return "https://api-free.deepl.com"
            case .command: return ""
            }
        }

        /// The variable with the API key: `apiKeyVariable`, else DeepL's usual one.
        public var keyVariable: String {
            apiKeyVariable.isEmpty && engine == .deepl ? "DEEPL_AUTH_KEY" : apiKeyVariable
        }

        public func problems() -> [OptionProblem] {
            var problems: [OptionProblem] = []
            if engine == .command && command.isEmpty {
                problems.append(OptionProblem(key: "command", "engine 'command' needs the program to run, e.g. [\"argos-translate\", \"-f\", \"ar\", \"-t\", \"en\"]"))
            }
            if engine != .command && !command.isEmpty {
                problems.append(OptionProblem(key: "command", "is only for engine 'command' (the engine is '\(engine.rawValue)')"))
            }
            if engine != .command, !server.hasPrefix("http://") && !server.hasPrefix("https://") {
                problems.append(OptionProblem(key: "url", "must start with http:// or https://; found '\(url)'"))
            }
            if !target.isEmpty, !JSONLinesRecord.isLanguageTag(target) {
                problems.append(OptionProblem(key: "target", "'\(target)' is not a language tag (en, en-GB, …)"))
            }
            if !source.isEmpty, !JSONLinesRecord.isLanguageTag(source) {
                problems.append(OptionProblem(key: "source", "'\(source)' is not a language tag (ar, ru, kk, …)"))
            }
            if batchSize < 1 || batchSize > 50 {
                problems.append(OptionProblem(key: "batchSize", "must be between 1 and 50 (DeepL's limit); found \(batchSize)"))
            }
            if !(timeout > 0) { problems.append(OptionProblem(key: "timeout", "must be more than 0 seconds; found \(timeout.shortText)")) }
            if !glossaryId.isEmpty && engine != .deepl {
                problems.append(OptionProblem(key: "glossaryId", "is only for engine 'deepl' (the engine is '\(engine.rawValue)')"))
            }
            if !glossaryId.isEmpty, glossaryId.unicodeScalars.contains(where: { !($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }) {
                problems.append(OptionProblem(key: "glossaryId", "'\(glossaryId)' is not a DeepL glossary id (letters, digits and -, as DeepL gives it)"))
            }
            if retries < 0 || retries > 10 { problems.append(OptionProblem(key: "retries", "must be between 0 and 10; found \(retries)")) }
            return problems
        }
    }
}
