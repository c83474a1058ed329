import Core
import Foundation

/// Where an HTTP engine is and how to talk to it: its endpoint, key, patience and transport.
/// `post` sends a JSON request and returns the answer's JSON object, or the failure the
/// answer describes.
struct EngineConnection: Sendable {
    let url: URL
    let apiKey: String?
    let timeout: Double
    let transport: HTTPTransport

    func post(_ request: JSONObject, headers: [String: String] = [:]) throws(EngineFailure) -> JSONObject {
        var all = headers
        all["Content-Type"] = "application/json"
        let (status, body) = try transport.post(url, all, Array(JSONWriter.string(.object(request)).utf8), timeout)
        return try EngineAnswer.object(status: status, body: body)
    }
}
