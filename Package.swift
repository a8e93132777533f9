// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Rudder",
    products: [
        .executable(name: "rudder", targets: ["rudder"]),
        .library(name: "GoTemplate", targets: ["GoTemplate"]),
        .library(name: "HelmEngine", targets: ["HelmEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        .target(name: "GoRuntime"),
        .target(name: "GoTemplate", dependencies: ["GoRuntime"]),
        .target(name: "GoYAML", dependencies: ["GoRuntime", "CLibYAML"]),
        .target(name: "Sprig", dependencies: ["GoRuntime", "GoTemplate", "CPCRE2"]),
        .target(name: "HelmEngine", dependencies: ["GoRuntime", "GoTemplate", "GoYAML", "Sprig", "CZlib"]),
        .target(name: "ModelOps", dependencies: ["GoRuntime", "GoYAML", "HelmEngine"]),
        .executableTarget(name: "rudder", dependencies: [
            "HelmEngine",
            "ModelOps",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "GoRuntimeTests", dependencies: ["GoRuntime"]),
        .testTarget(name: "GoTemplateTests", dependencies: ["GoTemplate", "GoRuntime"]),
        .testTarget(name: "GoYAMLTests", dependencies: ["GoYAML", "GoRuntime"]),
        .testTarget(name: "SprigTests", dependencies: ["Sprig", "GoTemplate", "GoRuntime"]),
        .testTarget(name: "HelmEngineTests", dependencies: ["HelmEngine", "GoTemplate", "GoRuntime", "GoYAML"]),
        .testTarget(name: "ModelOpsTests", dependencies: ["ModelOps", "GoRuntime", "GoYAML"]),
        .testTarget(name: "GoldenTests", dependencies: ["rudder"]),
    ],
    swiftLanguageModes: [.v5]
)
