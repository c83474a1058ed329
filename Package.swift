// swift-tools-version:6.0
import PackageDescription

// No dependencies: the Swift toolchain (Foundation, Dispatch, XCTest / Swift Testing) only.
let package = Package(
    name: "workbench",
    products: [
        .library(name: "Core", targets: ["Core"]),
        .library(name: "Plugins", targets: ["Plugins"]),
        .executable(name: "workbench", targets: ["workbench"]),
    ],
    targets: [
        .target(name: "Core"),
        .target(name: "Plugins", dependencies: ["Core"]),
        .executableTarget(name: "workbench", dependencies: ["Core", "Plugins"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "CoreTests", dependencies: ["Core", "TestSupport"]),
        .testTarget(
            name: "PluginsTests",
            dependencies: ["Core", "Plugins", "TestSupport"],
            exclude: ["DefaultOptions.golden.json", "Boilerplate/Pages"]
        ),
        .testTarget(
            name: "WorkbenchTests",
            dependencies: ["workbench", "Core", "Plugins", "TestSupport"],
            exclude: ["Golden"]
        ),
    ]
)
