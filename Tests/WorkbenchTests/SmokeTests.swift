import Testing
@testable import workbench

@Test func versionPrints() {
    let captured = CapturedConsole()
    let status = WorkbenchCLI.run(arguments: ["--version"], console: captured.console)
    #expect(status == 0)
    #expect(captured.out == "workbench 0.1.0\n")
}
