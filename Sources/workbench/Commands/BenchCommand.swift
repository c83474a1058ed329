import Core
import Foundation
import Plugins

/// `workbench bench`: times a chain over documents held in memory.
enum BenchCommand: Command {
    static let name = "bench"
    static let abstract = "Time a chain over inputs held in memory (build once, run N passes)."
    static let usage = "bench --chain FILE [--repeat N] [--language TAG] [--set STEP.OPTION=VALUE]… INPUT…"
    static let details = """
        ARGUMENTS:
          INPUT            Text files, JSON Lines files (one article per line) or directories, as for 'run'.

        OPTIONS:
          --chain FILE     The chain to time. Required.
          --repeat N       Passes over all documents (default 3); the median pass is reported.
          --language TAG   The language of the inputs (default: auto, each document's own from
                           its letters, as for run).
          --set STEP.OPTION=VALUE
                           Set an option over the chain file, as for 'run'.

        Prints a human summary, then as the last line one JSON object:
        {"docs", "in_bytes", "t_build_s", "t_match_s", "rss_peak_kb", "mb_per_s", "docs_per_s"}
        where t_match_s is the median time of one pass over all documents, without the build.
        Measure release builds: swift run -c release workbench bench …
        """

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let parsed: ArgumentScanner.Parsed
        do {
            parsed = try ArgumentScanner(valued: ["--chain", "--repeat", "--language"], flags: [], repeatable: ["--set"]).parse(arguments)
        } catch {
            return usageError(error, console: console)
        }
        guard let chainPath = parsed.value("--chain") else {
            return usageError(UsageError("missing '--chain FILE'"), console: console)
        }
        let repeatText = parsed.value("--repeat") ?? "3"
        guard let passes = Int(repeatText), passes >= 1 else {
            return usageError(UsageError("--repeat takes a whole number of passes, at least 1; found '\(repeatText)'"),
                              console: console)
        }
        guard !parsed.positionals.isEmpty else {
            return usageError(UsageError("missing INPUT files or directories to time"), console: console)
        }
        let language: String
        do {
            language = try Self.language(parsed)
        } catch {
            return usageError(error, console: console)
        }

        let (items, problems) = InputCollector.collect(parsed.positionals)
        for problem in problems { console.err(problem) }
        var documents: [Document] = []
        var sites: [String] = []
        var inBytes = 0
        InputFeed(items: items, language: language, console: console).forEach { entry in
            switch entry.content {
            case .document(let document):
                inBytes += document.source.utf8.count
                documents.append(document)
                sites.append(items[entry.input].site)
            case .unreadable(let message): console.err(message)
            case .start: break
            }
        }
        guard !documents.isEmpty else {
            console.err("workbench bench: error: no readable inputs")
            return ExitStatus.failure
        }

        let buildStart = DispatchTime.now()
        guard let chain = loadChain(chainPath, parsed, console: console) else { return ExitStatus.usage }
        let buildSeconds = seconds(since: buildStart)

        var passTimes: [Double] = []
        var annotations = 0
        for _ in 0..<passes {
            let start = DispatchTime.now()
            var count = 0
            // The site profiles are part of the work of a pass, as in `run`.
            var profiles: [String: SiteProfile] = [:]
            if chain.usesSiteProfile {
                for (document, site) in zip(documents, sites) { profiles[site, default: SiteProfile()].add(document) }
            }
            for (document, site) in zip(documents, sites) {
                do {
                    count += try chain.run(document, site: profiles[site]).annotations.count
                } catch {
                    console.err("\(document.id): error: \(error)")
                    return ExitStatus.failure
                }
            }
            passTimes.append(seconds(since: start))
            annotations = count
        }
        let median = passTimes.sorted()[passTimes.count / 2]
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let result: JSONValue = [
            "docs": .int(documents.count), "in_bytes": .int(inBytes), "t_build_s": .double(rounded(buildSeconds)),
            "t_match_s": .double(rounded(median)), "rss_peak_kb": .int(Int(usage.ru_maxrss)),
            "mb_per_s": .double(rounded(Double(inBytes) / 1e6 / median, places: 2)),
            "docs_per_s": .double(rounded(Double(documents.count) / median, places: 1)),
        ]
        console.out("""
            chain      \(chain.origin) (\(chain.steps.map(\.name).joined(separator: " → ")))
            documents  \(documents.count), \(inBytes) bytes, \(annotations) annotations per pass
            build      \(format(buildSeconds)) s
            passes     \(passes), median \(format(median)) s, fastest \(format(passTimes.min()!)) s
            speed      \(format(Double(inBytes) / 1e6 / median, 1)) MB/s, \(format(Double(documents.count) / median, 0)) documents/s
            \(JSONWriter.string(result))

            """)
        return ExitStatus.success
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    static func rounded(_ value: Double, places: Int = 6) -> Double {
        let scale = pow(10.0, Double(places))
        return (value * scale).rounded() / scale
    }

    static func format(_ value: Double, _ places: Int = 4) -> String {
        String(format: "%.\(places)f", value)
    }
}
