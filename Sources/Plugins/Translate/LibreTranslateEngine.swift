import Core
import Foundation

/// LibreTranslate (self-hosted, Argos models): `POST /translate` with the batch's sentences as
/// one `q` array; the answer's `translatedText` is an array in the same order.
struct LibreTranslateEngine: TranslationEngine {
    let connection: EngineConnection
    let target: String

    var name: String { "libretranslate at \(connection.url.absoluteString)" }

    func translate(_ segments: [TranslationSegment], from source: String) throws(EngineFailure) -> [String] {
        var request: JSONObject = ["q": .array(segments.map { .string($0.text) }), "source": .string(source),
                                   "target": .string(target), "format": "text"]
        if let apiKey = connection.apiKey { request["api_key"] = .string(apiKey) }
        let answer = try connection.post(request)
        switch answer["translatedText"] {
        case .array(let items)?:
            return try EngineAnswer.translations(items, for: segments.count) { $0.stringValue }
        case .string(let text)? where segments.count == 1:
            return [text]
        default:
            throw EngineFailure("the answer has no \"translatedText\": \(EngineAnswer.preview(answer))")
        }
    }
}
