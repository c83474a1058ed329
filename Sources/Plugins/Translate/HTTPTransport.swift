import Core
import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends one HTTP POST and waits for the answer: the engines' only way out, so tests replace
/// it with canned answers and no test ever calls a real service.
public struct HTTPTransport: Sendable {
    /// The answer's status and body, or why there is none.
    public typealias Post = @Sendable (_ url: URL, _ headers: [String: String], _ body: [UInt8], _ timeout: Double)
        throws(EngineFailure) -> (status: Int, body: [UInt8])

    public let post: Post

    public init(post: @escaping Post) {
        self.post = post
    }

    /// Foundation's URLSession, waited on (a step runs on a worker thread of its own).
    public static let urlSession = HTTPTransport { url, headers, body, timeout throws(EngineFailure) in
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.httpBody = Data(body)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let answer = Answer()
        session.dataTask(with: request) { data, response, error in
            answer.set(data, response as? HTTPURLResponse, error)
        }.resume()
        return try answer.wait(url: url, timeout: timeout)
    }

    private static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 8
        return URLSession(configuration: configuration)
    }()

    /// The one answer of a request, handed from URLSession's thread to the waiting one.
    private final class Answer: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        /// Written once before `done` is signalled, read after waiting on it.
        private var data: Data?
        private var response: HTTPURLResponse?
        private var error: (any Error)?

        func set(_ data: Data?, _ response: HTTPURLResponse?, _ error: (any Error)?) {
            (self.data, self.response, self.error) = (data, response, error)
            done.signal()
        }

        func wait(url: URL, timeout: Double) throws(EngineFailure) -> (status: Int, body: [UInt8]) {
            done.wait()
            if let error { throw Self.failure(error, timeout: timeout) }
            guard let response else { throw EngineFailure("no HTTP answer from \(url.absoluteString)", retryable: true) }
            return (response.statusCode, Array(data ?? Data()))
        }

        static func failure(_ error: any Error, timeout: Double) -> EngineFailure {
            switch (error as? URLError)?.code {
            case .cannotConnectToHost?, .cannotFindHost?, .notConnectedToInternet?:
                // Not retried: a server that is not up will not be in a few seconds, and every
                // document of a run would wait for it.
                return EngineFailure("cannot connect (is the server running, and is the url right?)")
            case .networkConnectionLost?:
                return EngineFailure("the connection was lost", retryable: true)
            case .timedOut?:
                return EngineFailure("no answer within \(timeout.shortText) s (raise 'timeout' for a slow engine)", retryable: true)
            default:
                return EngineFailure((error as NSError).localizedDescription, retryable: false)
            }
        }
    }
}

extension Double {
    /// `60` rather than `60.0`; `2.5` as it is.
    var shortText: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}
