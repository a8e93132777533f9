import GoRuntime
import Testing
@testable import ModelOps

/// Typed `${name}` substitution.
@Suite struct ParameterSubstitutionTests {
    let substitution = ParameterSubstitution(parameters: [
        "threshold": IRParameter(value: .float(0.75), origin: IROrigin(file: "p.yaml", path: "parameters.threshold")),
        "size": IRParameter(value: .float(100), origin: IROrigin(file: "p.yaml", path: "parameters.size")),
        "name": IRParameter(value: .string("fraud"), origin: IROrigin(file: "p.yaml", path: "parameters.name")),
    ])

    @Test func wholeReferenceKeepsType() {
        var errors = IRErrors()
        let value = substitution.apply(.string("${threshold}"), file: "f.yaml", path: "x", errors: &errors)
        guard case .float(let f) = value else { Issue.record("not a number: \(value)"); return }
        #expect(f == 0.75)
        #expect(errors.errors.isEmpty)
    }

    @Test func embeddedReferenceIsText() {
        var errors = IRErrors()
        let value = substitution.apply(.string("${name}-${size}/${threshold}"), file: "f.yaml", path: "x", errors: &errors)
        #expect(value.stringValue == "fraud-100/0.75")
    }

    @Test func escapedDollar() {
        var errors = IRErrors()
        let value = substitution.apply(.string("cost $${size} $5"), file: "f.yaml", path: "x", errors: &errors)
        #expect(value.stringValue == "cost ${size} $5")
        #expect(errors.errors.isEmpty)
    }

    @Test func unknownNameIsAnError() {
        var errors = IRErrors()
        _ = substitution.apply(.list([.string("${nope}")]), file: "f.yaml", path: "flows[0].parameters.a", errors: &errors)
        #expect(errors.description == "f.yaml: flows[0].parameters.a[0]: parameter \"nope\" is not defined")
    }

    @Test func split() {
        #expect(ParameterSubstitution.split("a${b}c") == [.text("a"), .reference("b"), .text("c")])
        #expect(ParameterSubstitution.split("${b") == [.unterminated])
    }
}
