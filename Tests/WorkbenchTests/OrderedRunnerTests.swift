import Foundation
import Testing
@testable import workbench

struct OrderedRunnerTests {
    /// What the emit side saw, guarded by a lock (emit runs on the workers' threads).
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [Int] = []
        func append(_ item: Int) { lock.withLock { items.append(item) } }
        var emitted: [Int] { lock.withLock { items } }
    }

    /// Items that take uneven time still come out in input order, and never more than the
    /// window are held: the producer waits for the output.
    @Test(arguments: [1, 2, 4])
    func resultsComeOutInInputOrderWithinTheWindow(jobs: Int) {
        let log = Log()
        var heldAtMost = 0
        let runner = OrderedRunner<Int, Int>(jobs: jobs, window: 6, work: { item in
            usleep(UInt32((item * 7919) % 5) * 200)
            return item * item
        }, emit: { item, result in
            log.append(result == item * item ? item : -1)
        })
        for item in 0..<300 {
            heldAtMost = max(heldAtMost, item - log.emitted.count)
            runner.submit(item)
        }
        runner.finish()
        #expect(log.emitted == Array(0..<300))
        #expect(heldAtMost <= 6)
    }

    /// A result is handed over as soon as it is next in line, not when the input ends: a slow
    /// feed (a pipe that waits for the next article) still sees its output.
    @Test func aResultIsEmittedBeforeTheInputEnds() {
        let log = Log()
        let runner = OrderedRunner<Int, Int>(jobs: 2, work: { $0 }, emit: { item, _ in log.append(item) })
        runner.submit(1)
        let deadline = Date().addingTimeInterval(5)
        while log.emitted.isEmpty && Date() < deadline { usleep(1000) }
        #expect(log.emitted == [1])
        runner.finish()
    }
}
