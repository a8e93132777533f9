import GoRuntime
import GoTemplate

/// A `*semver.Version` (what `semver` returns) or a `semver.Version` value (what `IncMajor` and
/// friends return), with the methods templates can call. Pointer-receiver methods (`Original`,
/// `Compare`, `LessThan`, ...) are only reachable through the pointer, as in Go.
final class SemverObject: GoObject {
    let version: SemverVersion
    let isPointer: Bool
    /// Whose checks and wording `SetPrerelease` and `SetMetadata` use.
    let release: SemverRelease

    init(_ version: SemverVersion, isPointer: Bool = true, release: SemverRelease = .v3_5) {
        self.version = version
        self.isPointer = isPointer
        self.release = release
    }

    var goTypeName: String { isPointer ? "*semver.Version" : "semver.Version" }
    var formatted: String { version.string }
    func field(_ name: String) -> Value? { nil }

    func method(_ name: String) -> GoMethod? {
        let v = version
        let release = release
        switch name {
        case "String": return GoMethod(arity: 0) { _ in .string(v.string) }
        case "Major": return GoMethod(arity: 0) { _ in .int(Int64(truncatingIfNeeded: v.major), .uint64) }
        case "Minor": return GoMethod(arity: 0) { _ in .int(Int64(truncatingIfNeeded: v.minor), .uint64) }
        case "Patch": return GoMethod(arity: 0) { _ in .int(Int64(truncatingIfNeeded: v.patch), .uint64) }
        case "Prerelease": return GoMethod(arity: 0) { _ in .string(v.pre) }
        case "Metadata": return GoMethod(arity: 0) { _ in .string(v.metadata) }
        case "IncPatch": return GoMethod(arity: 0) { _ in .object(SemverObject(v.incremented(.patch), isPointer: false, release: release)) }
        case "IncMinor": return GoMethod(arity: 0) { _ in .object(SemverObject(v.incremented(.minor), isPointer: false, release: release)) }
        case "IncMajor": return GoMethod(arity: 0) { _ in .object(SemverObject(v.incremented(.major), isPointer: false, release: release)) }
        case "SetPrerelease":
            return GoMethod(arity: 1) { args in
                let pre = args.first?.stringValue ?? ""
                if !pre.isEmpty {
                    do { try SemverVersion.validatePrerelease(pre, release: release) } catch { throw FunctionError(String(describing: error)) }
                }
                var next = v
                next.pre = pre
                next.original = v.originalVPrefix + next.string
                return .object(SemverObject(next, isPointer: false, release: release))
            }
        case "SetMetadata":
            return GoMethod(arity: 1) { args in
                let metadata = args.first?.stringValue ?? ""
                if !metadata.isEmpty {
                    do { try SemverVersion.validateMetadata(metadata, release: release) } catch { throw FunctionError(String(describing: error)) }
                }
                var next = v
                next.metadata = metadata
                next.original = v.originalVPrefix + next.string
                return .object(SemverObject(next, isPointer: false, release: release))
            }
        default:
            return isPointer ? pointerMethod(name) : nil
        }
    }

    private func pointerMethod(_ name: String) -> GoMethod? {
        let v = version
        func comparing(_ test: @escaping (Int) -> Bool) -> GoMethod {
            GoMethod(arity: 1) { args in .bool(test(v.compare(try SemverObject.argument(args)))) }
        }
        switch name {
        case "Original": return GoMethod(arity: 0) { _ in .string(v.original) }
        case "Compare": return GoMethod(arity: 1) { args in .int(v.compare(try SemverObject.argument(args))) }
        case "LessThan": return comparing { $0 < 0 }
        case "LessThanEqual": return comparing { $0 <= 0 }
        case "GreaterThan": return comparing { $0 > 0 }
        case "GreaterThanEqual": return comparing { $0 >= 0 }
        case "Equal": return comparing { $0 == 0 }
        default: return nil
        }
    }

    /// The `*semver.Version` argument of a comparison method.
    static func argument(_ args: [Value]) throws -> SemverVersion {
        guard case .object(let object)? = args.first, let other = object as? SemverObject, other.isPointer else {
            let got = args.first.map(\.goTypeName) ?? "<nil>"
            throw FunctionError("wrong type for value; expected *semver.Version; got " + got)
        }
        return other.version
    }
}

extension SemverVersion {
    enum Part { case major, minor, patch }

    /// `IncMajor`, `IncMinor`, `IncPatch`: prerelease and metadata dropped; a prerelease patch
    /// bump only drops the prerelease.
    func incremented(_ part: Part) -> SemverVersion {
        var next = self
        next.pre = ""
        next.metadata = ""
        switch part {
        case .patch:
            if pre.isEmpty { next.patch = patch &+ 1 }
        case .minor:
            next.patch = 0
            next.minor = minor &+ 1
        case .major:
            next.patch = 0
            next.minor = 0
            next.major = major &+ 1
        }
        next.original = originalVPrefix + next.string
        return next
    }
}
