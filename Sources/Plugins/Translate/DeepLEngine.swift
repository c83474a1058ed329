import Core
import Foundation

/// DeepL's API: `POST /v2/translate` with the batch as a `text` array (at most 50) and the key
/// in the `Authorization: DeepL-Auth-Key` header, and `glossary_id` when the step names one;
/// the answer's `translations` are in order.
struct DeepLEngine: TranslationEngine {
    let connection: EngineConnection
    let target: String
    /// A DeepL glossary to apply (DeepL requires the source language with it, which is always sent).
    var glossaryId = ""

    var name: String { "deepl at \(connection.url.absoluteString)" }

    /// DeepL's language codes: upper case, and English as a target needs its variety.
    static func code(_ language: String, target: Bool) -> String {
        let upper = language.uppercased()
        return target && upper == "EN" ? "EN-US" : upper
    }

    func translate(_ segments: [TranslationSegment], from source: String) throws(EngineFailure) -> [String] {
        var request: JSONObject = ["text": .array(segments.map { .string($0.text) }),
                                   "source_lang": .string(Self.code(source, target: false)),
                                   "target_lang": .string(Self.code(target, target: true))]
        if !glossaryId.isEmpty { request["glossary_id"] = .string(glossaryId) }
        let answer = try connection.post(request, headers: ["Authorization": "DeepL-Auth-Key \(connection.apiKey ?? "")"])
        guard let items = answer["translations"]?.arrayValue else {
            throw EngineFailure("the answer has no \"translations\": \(EngineAnswer.preview(answer))")
        }
        return try EngineAnswer.translations(items, for: segments.count) { $0["text"]?.stringValue }
    }
}
