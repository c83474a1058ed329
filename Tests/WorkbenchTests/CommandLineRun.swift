@testable import workbench

/// Runs the command line as a user would, with `input` on standard input, and returns the
/// exit status and what went to stdout and stderr.
func runCommandLine(_ arguments: [String], input: String = "", terminal: Bool = false) -> (status: Int32, out: String, err: String) {
    let captured = CapturedConsole(input: input, stderrIsTerminal: terminal)
    let status = WorkbenchCLI.run(arguments: arguments, console: captured.console)
    return (status, captured.out, captured.err)
}
