// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for Rudder's input readers (issue 9), kept out of the root package so
/// `swift build` and `swift test` never see them. Build and run them with `scripts/fuzz`:
/// `swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library`.
/// Each target is one `LLVMFuzzerTestOneInput` over one public entry point of Rudder.
func fuzzTarget(_ name: String, using products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["CFuzzerDriver"] + products.map { .product(name: $0, package: "Rudder") })
}

let package = Package(
    name: "RudderFuzz",
    dependencies: [
        .package(name: "Rudder", path: "../.."),
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
        fuzzTarget("FuzzTemplateParser", using: ["GoTemplate", "GoRuntime"]),
        fuzzTarget("FuzzYAMLReader", using: ["GoYAML", "GoRuntime"]),
        fuzzTarget("FuzzJSONReader", using: ["GoYAML", "GoRuntime"]),
        fuzzTarget("FuzzSetFlags", using: ["HelmEngine", "GoRuntime"]),
        fuzzTarget("FuzzChartArchive", using: ["HelmEngine"]),
    ],
    swiftLanguageModes: [.v5]
)
