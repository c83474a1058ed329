import Core
import Foundation

/// An OpenAI-compatible chat server (llama.cpp's server, Ollama, vLLM, LM Studio, or a hosted
/// one): `POST /v1/chat/completions`, one sentence per request (a model given several reorders
/// or merges them), with the glossary's renderings of the sentence's terms in the instructions.
/// A reasoning model's thinking (`<think>…</think>`) is dropped.
struct ChatEngine: TranslationEngine {
    let connection: EngineConnection
    let model: String
    let target: String

    var name: String { "openai-compatible chat at \(connection.url.absoluteString) (model \(model))" }

    /// Language names for the instructions; other codes are given as they are.
    static let languageNames = ["ar": "Arabic", "en": "English", "ru": "Russian", "kk": "Kazakh", "fa": "Persian",
                                "tr": "Turkish", "fr": "French", "de": "German", "uz": "Uzbek", "zh": "Chinese"]

    static func languageName(_ code: String) -> String {
        languageNames[code.lowercased().split(separator: "-").first.map(String.init) ?? code] ?? code
    }

    /// The system message: translate, keep what is already English, use the glossary's renderings.
    func instructions(for segment: TranslationSegment, from source: String) -> String {
        var text = "Translate the user's \(Self.languageName(source)) text into \(Self.languageName(target)). "
            + "Reply with the translation only, in one paragraph, without notes. "
            + "Keep words already written in \(Self.languageName(target)) as they are."
        // The terms still written in the source language (protected names are English already).
        let terms = segment.terms.filter { segment.text.contains($0.source) }
        if !terms.isEmpty {
            text += " Render these terms exactly so: " + terms.map { "\($0.source) = \($0.english)" }.joined(separator: "; ") + "."
        }
        return text
    }

    func translate(_ segments: [TranslationSegment], from source: String) throws(EngineFailure) -> [String] {
        let headers = connection.apiKey.map { ["Authorization": "Bearer \($0)"] } ?? [:]
        var translations: [String] = []
        for segment in segments {
            let request: JSONObject = [
                "model": .string(model), "temperature": 0, "stream": false,
                "messages": [["role": "system", "content": .string(instructions(for: segment, from: source))],
                             ["role": "user", "content": .string(segment.text)]],
            ]
            let answer = try connection.post(request, headers: headers)
            guard let choice = answer["choices"]?.arrayValue?.first?.objectValue,
                  let content = choice["message"]?["content"]?.stringValue else {
                throw EngineFailure("the answer has no choices[0].message.content: \(EngineAnswer.preview(answer))")
            }
            let text = Self.withoutThinking(content).trimmingWhitespace
            guard !text.isEmpty else {
                let reason = choice["finish_reason"]?.stringValue.map { " (finish_reason \($0))" } ?? ""
                throw EngineFailure("the model answered nothing\(reason)")
            }
            translations.append(text)
        }
        return translations
    }

    /// `content` without `<think>…</think>` blocks (an unclosed one runs to the end).
    static func withoutThinking(_ content: String) -> String {
        var rest = Substring(content)
        var out = ""
        while let open = rest.range(of: "<think>") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "</think>") else { return out }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
