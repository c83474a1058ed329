import Foundation

/// The `workbench` command: entry point. Everything testable lives in `WorkbenchCLI` and the
/// commands; this only connects them to the process.
@main
struct Workbench {
    static func main() {
        let status = WorkbenchCLI.run(arguments: Array(CommandLine.arguments.dropFirst()), console: .standard)
        exit(status)
    }
}
