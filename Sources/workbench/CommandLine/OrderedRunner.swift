import Foundation

/// Runs work on a number of threads and hands the results over in the order the work came in,
/// as soon as each is next in line: output is the same whatever the number of threads, appears
/// while a slow stream is still being read, and at most `window` items are held at once, so
/// memory stays flat on an endless feed.
///
/// `work` runs on the worker threads and must not share mutable state; `emit` runs on one
/// thread at a time, in input order, and may write output.
final class OrderedRunner<Item: Sendable, Result: Sendable>: @unchecked Sendable {
    private let work: @Sendable (Item) -> Result
    private let emit: (Item, Result) -> Void
    private let jobs: Int
    private let window: Int
    /// Guards everything below.
    private let condition = NSCondition()
    private var pending: [(sequence: Int, item: Item)] = []
    private var pendingHead = 0
    private var done: [Int: (Item, Result)] = [:]
    private var submitted = 0
    private var emitted = 0
    private var emitting = false
    private var closed = false
    private var running = 0

    /// - Parameters:
    ///   - jobs: worker threads; 1 runs everything on the caller's thread, one item at a time.
    ///   - window: items submitted but not yet emitted, at most (at least `jobs`).
    init(jobs: Int, window: Int? = nil, work: @escaping @Sendable (Item) -> Result, emit: @escaping (Item, Result) -> Void) {
        self.jobs = max(1, jobs)
        self.window = max(self.jobs, window ?? self.jobs * 8)
        self.work = work
        self.emit = emit
        guard self.jobs > 1 else { return }
        running = self.jobs
        for index in 0..<self.jobs {
            let thread = Thread { [self] in workerLoop() }
            thread.name = "workbench.worker.\(index)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Queues `item`, waiting while the window is full.
    func submit(_ item: Item) {
        guard jobs > 1 else {
            emit(item, work(item))
            return
        }
        condition.lock()
        while submitted - emitted >= window { condition.wait() }
        pending.append((submitted, item))
        submitted += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every item has been emitted and the workers have stopped.
    func finish() {
        guard jobs > 1 else { return }
        condition.lock()
        closed = true
        condition.broadcast()
        while emitted < submitted || running > 0 { condition.wait() }
        condition.unlock()
    }

    private func workerLoop() {
        condition.lock()
        while true {
            while pendingHead == pending.count && !closed { condition.wait() }
            if pendingHead == pending.count { break }
            let (sequence, item) = pending[pendingHead]
            pendingHead += 1
            if pendingHead > 1024, pendingHead * 2 > pending.count {
                pending.removeFirst(pendingHead)
                pendingHead = 0
            }
            condition.unlock()
            let result = work(item)
            condition.lock()
            done[sequence] = (item, result)
            drainInOrder()
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Emits the finished items that are next in line; one thread at a time does it. Called
    /// and returns with the lock held.
    private func drainInOrder() {
        guard !emitting else { return }
        emitting = true
        while let (item, result) = done.removeValue(forKey: emitted) {
            condition.unlock()
            emit(item, result)
            condition.lock()
            emitted += 1
            condition.broadcast()
        }
        emitting = false
    }
}
