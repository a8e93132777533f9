import Testing
@testable import GoYAML

/// The encoder caches' string table: lookups after growth, shared hashes, the entry limit.
@Suite struct YAMLStringTableTests {
    @Test func storesAndFindsAcrossGrowth() {
        var table = YAMLStringTable<Int>(limit: 5_000)
        for i in 0..<3_000 {
            let key = "key-\(i)"
            table.insert(key, hash: YAMLStringTable<Int>.hash(key), i)
        }
        #expect(table.count == 3_000)
        for i in 0..<3_000 {
            let key = "key-\(i)"
            #expect(table.lookup(key, hash: YAMLStringTable<Int>.hash(key)) == i)
        }
        #expect(table.lookup("key-3000", hash: YAMLStringTable<Int>.hash("key-3000")) == nil)
        #expect(table.lookup("", hash: YAMLStringTable<Int>.hash("")) == nil)
    }

    @Test func equalHashesAreToldApartByKey() {
        var table = YAMLStringTable<Int>(limit: 10)
        table.insert("a", hash: 7, 1)
        table.insert("b", hash: 7, 2)
        table.insert("a", hash: 7, 3)  // already present: kept as it was
        #expect(table.lookup("a", hash: 7) == 1)
        #expect(table.lookup("b", hash: 7) == 2)
        #expect(table.lookup("c", hash: 7) == nil)
        #expect(table.count == 2)
    }

    @Test func stopsAtTheLimit() {
        var table = YAMLStringTable<Int>(limit: 2)
        for key in ["x", "y", "z"] { table.insert(key, hash: YAMLStringTable<Int>.hash(key), 0) }
        #expect(table.count == 2)
        #expect(table.lookup("z", hash: YAMLStringTable<Int>.hash("z")) == nil)
    }

    @Test func hashReadsNonContiguousStrings() {
        let bridged = String("héllo wörld, a longer string than fits inline".reversed())
        #expect(YAMLStringTable<Int>.hash(bridged) == YAMLStringTable<Int>.hash(String(decoding: Array(bridged.utf8), as: UTF8.self)))
    }
}
