import Testing
@testable import GoYAML

/// The ASCII fast path of the key order agrees with the general path.
@Suite struct YAMLKeyOrderPairsTests {
    static let trickyKeys: [[String]] = [
        ["a10", "a2", "a1", "b", "B", "_a", "A1", "ab1c", "ab01c", "9", "10", "z", "-x", ".x"],
        ["a01", "a1", "a001", "a0", "a00", "a", "a0b", "a00b", "a1b", "a01b", "0", "00", "000", "01"],
        ["x9", "x10", "x09", "x010", "x9a", "x9A", "x9_", "x9-", "x", "X", "", " ", "~", "key.with.dots"],
        ["app.kubernetes.io/name", "app.kubernetes.io/instance", "helm.sh/chart", "app", "name", "labels"],
        ["1a", "1A", "1_", "1-", "10a", "2a", "a1b2c3", "a1b2c10", "a1b10c2", "99999999999999999999", "9"],
        ["a\u{7F}", "a~", "a{", "a[", "a@", "a`", "a:"],
    ]

    @Test(arguments: trickyKeys)
    func asciiPairsMatchGeneralOrder(_ keys: [String]) throws {
        let entries = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        for v3 in [false, true] {
            let ordered = try #require(YAMLKeyOrder.sortedIfASCII(entries, v3: v3))
            #expect(ordered.map(\.key) == YAMLKeyOrder.sorted(Array(entries.keys), v3: v3))
        }
    }

    @Test func nonASCIIKeysTakeTheGeneralPath() {
        #expect(YAMLKeyOrder.sortedIfASCII(["é": 1, "e": 2]) == nil)
        #expect(YAMLKeyOrder.sortedIfASCII(["a\u{85}b": 1]) == nil)
        #expect(YAMLKeyOrder.sortedIfASCII(["ab": 1])?.map(\.key) == ["ab"])
        #expect(YAMLKeyOrder.sortedIfASCII([String: Int]())?.isEmpty == true)
        let long = String(repeating: "k", count: 40)
        let mixed = [long + "2": 1, long + "10": 2, "x": 3]
        #expect(YAMLKeyOrder.sortedIfASCII(mixed)?.map(\.key) == [long + "2", long + "10", "x"])
    }

    @Test func plainScalarsAnalysedAsOneRun() {
        #expect(YAMLScalarAnalysis(Array("nginx:1.25".utf8)).singleRun)
        #expect(YAMLScalarAnalysis(Array("héllo".utf8)).singleRun)
        #expect(!YAMLScalarAnalysis(Array("héllo".utf8)).ascii)
        #expect(!YAMLScalarAnalysis(Array("a b".utf8)).singleRun)
        #expect(!YAMLScalarAnalysis(Array("a\u{2028}b".utf8)).singleRun)
        #expect(!YAMLScalarAnalysis(Array("a\rb".utf8)).singleRun)
    }

    @Test func numbersAndConstants() {
        #expect(YAMLEncoder.toYAML(.map(["a": .float(-0.0), "b": .float(3), "c": .float(1e15), "d": .float(-12), "e": .float(0.5)]))
            == "a: 0\nb: 3\nc: 1000000000000000\nd: -12\ne: 0.5")
        #expect(YAMLEncoder.toYAML(.map(["z": .nil, "t": .bool(true), "f": .bool(false)])) == "f: false\nt: true\nz: null")
        #expect(YAMLEncoder.toYAML(.map(["wide": .string("日本語")])) == "wide: 日本語")
    }
}
