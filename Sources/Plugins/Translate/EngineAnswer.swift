import Core

/// Reads engines' answers: the JSON of a success, and the message of a failure in any of the
/// shapes the engines use (`{"error": "…"}` LibreTranslate and Ollama, `{"error": {"message": …}}`
/// llama.cpp and OpenAI-compatible servers, `{"object": "error", "message": …}` older vLLM,
/// `{"message": …, "detail": …}` DeepL), classified as worth retrying (429, 5xx) or not.
enum EngineAnswer {
    /// The answer's JSON object when the status is 2xx; else the failure it describes.
    static func object(status: Int, body: [UInt8]) throws(EngineFailure) -> JSONObject {
        guard (200..<300).contains(status) else { throw failure(status: status, body: body) }
        guard let value = try? JSONParser.parse(bytes: body), let object = value.objectValue else {
            throw EngineFailure("the answer is not a JSON object: \(preview(body))")
        }
        return object
    }

    /// One translation per sentence sent, each read from an item of the answer's list.
    static func translations(_ items: [JSONValue], for count: Int, _ text: (JSONValue) -> String?) throws(EngineFailure) -> [String] {
        let texts = items.compactMap(text)
        guard texts.count == count, texts.count == items.count else {
            throw EngineFailure("sent \(count) sentences, got \(items.count) translations back")
        }
        return texts
    }

    static func failure(status: Int, body: [UInt8]) -> EngineFailure {
        let message = self.message(in: body) ?? preview(body)
        let hint: String
        switch status {
        case 401, 403: hint = " (check the API key: its environment variable, 'apiKeyVariable')"
        case 404: hint = " (check the url, and the model name for a chat engine)"
        case 413: hint = " (a request too large: lower 'batchSize')"
        case 456: hint = " (the account's quota is used up)"
        default: hint = ""
        }
        return EngineFailure("HTTP \(status): \(message)\(hint)", retryable: status == 429 || status >= 500)
    }

    /// The error message in a body, whatever its shape.
    static func message(in body: [UInt8]) -> String? {
        guard let object = (try? JSONParser.parse(bytes: body))?.objectValue else { return nil }
        if let text = object["error"]?.stringValue { return text }
        if let inner = object["error"]?.objectValue, let text = inner["message"]?.stringValue { return text }
        if let text = object["message"]?.stringValue {
            if let detail = object["detail"]?.stringValue, !detail.isEmpty { return "\(text): \(detail)" }
            return text
        }
        return nil
    }

    /// The start of an answer's JSON, for messages.
    static func preview(_ answer: JSONObject) -> String {
        preview(Array(JSONWriter.string(.object(answer)).utf8))
    }

    /// The start of a body, for messages.
    static func preview(_ body: [UInt8]) -> String {
        let text = String(decoding: body.prefix(200), as: UTF8.self).trimmingWhitespace
        return text.isEmpty ? "(an empty answer)" : text
    }

    /// A URL of `base` that ends with `path`, unless `base` already does: the user may give the
    /// server (`http://localhost:5000`) or the endpoint (`…/translate`).
    static func endpoint(_ base: String, _ path: String) -> String {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        if base.hasSuffix(path) { return base }
        // `…/v1` for a chat server: the rest of the path.
        if path.hasPrefix("/v1/"), base.hasSuffix("/v1") { return base + path.dropFirst(3) }
        return base + path
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
