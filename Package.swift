// swift-tools-version:6.0
import PackageDescription

/// Release builds skip Swift's dynamic exclusivity checks (about 5% of a render) and use
/// non-atomic reference counting (about 5% more): a render runs on one thread, and the
/// checks stay on in debug builds and tests. Embedders must not render from two threads
/// at once (see docs/architecture.md).
let optimized: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-assume-single-threaded"], .when(configuration: .release))]

let package = Package(
    name: "Rudder",
    products: [
        .executable(name: "rudder", targets: ["rudder"]),
        .library(name: "GoRuntime", targets: ["GoRuntime"]),
        .library(name: "GoTemplate", targets: ["GoTemplate"]),
        .library(name: "GoYAML", targets: ["GoYAML"]),
        .library(name: "HelmEngine", targets: ["HelmEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        // DWARF 4: valgrind 3.19 (Debian 12), used for profiles, cannot read clang's DWARF 5.
        .target(name: "CMallocTuning", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        .target(name: "CBigNum", cSettings: [.unsafeFlags(["-gdwarf-4", "-O2"])]),
        .target(name: "GoRuntime", swiftSettings: optimized),
        .target(name: "GoTemplate", dependencies: ["GoRuntime"], swiftSettings: optimized),
        .target(name: "GoYAML", dependencies: ["GoRuntime", "CLibYAML"], swiftSettings: optimized),
        .target(name: "Sprig", dependencies: ["GoRuntime", "GoTemplate", "CPCRE2", "CBigNum"], swiftSettings: optimized),
        .target(name: "HelmEngine", dependencies: ["GoRuntime", "GoTemplate", "GoYAML", "Sprig", "CZlib"], swiftSettings: optimized),
        .target(name: "ModelOps", dependencies: ["GoRuntime", "GoYAML", "HelmEngine"], swiftSettings: optimized),
        .executableTarget(name: "rudder", dependencies: [
            "CMallocTuning",
            "GoRuntime",
            "HelmEngine",
            "ModelOps",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: optimized),
        .testTarget(name: "GoRuntimeTests", dependencies: ["GoRuntime"]),
        .testTarget(name: "GoTemplateTests", dependencies: ["GoTemplate", "GoRuntime"]),
        .testTarget(name: "GoYAMLTests", dependencies: ["GoYAML", "GoRuntime"]),
        .testTarget(name: "SprigTests", dependencies: ["Sprig", "GoTemplate", "GoRuntime"]),
        .testTarget(name: "HelmEngineTests", dependencies: ["HelmEngine", "GoTemplate", "GoRuntime", "GoYAML"]),
        .testTarget(name: "ModelOpsTests", dependencies: ["ModelOps", "GoRuntime", "GoYAML"]),
        .testTarget(name: "GoldenTests", dependencies: ["rudder"]),
        .testTarget(name: "LibraryAPITests", dependencies: ["HelmEngine", "GoRuntime"]),
    ],
    swiftLanguageModes: [.v5]
)
