import GoRuntime

/// One YAML document of a rendered template, with the head fields helm sorts by.
public struct Manifest {
    public let name: String
    public let content: String
    public let kind: String
    public let isHook: Bool
}

/// helm's `releaseutil.SortManifests` for `helm template`: splits each rendered file into
/// documents, checks each parses as a Kubernetes object head, and orders them by kind.
public enum ManifestSorter {
    /// helm's `InstallOrder`.
    static let installOrder: [String] = [
        "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
        "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
        "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole",
        "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding",
        "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
        "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
        "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
    ]
    static let orderIndex: [String: Int] = {
        var m: [String: Int] = [:]
        for (i, k) in installOrder.enumerated() { m[k] = i }
        return m
    }()

    public static func sort(_ files: [String: String]) throws -> (manifests: [Manifest], hooks: [Manifest]) {
        var generic: [Manifest] = []
        var hooks: [Manifest] = []
        for path in files.keys.sorted(by: goStringLess) {
            let content = files[path] ?? ""
            let base = path.split(separator: "/").last.map(String.init) ?? path
            if base.hasPrefix("_") { continue }
            if content.trimmingWhitespace().isEmpty { continue }
            for doc in splitManifests(content) {
                let head = try parseHead(doc, path: path)
                let m = Manifest(name: path, content: doc, kind: head.kind, isHook: head.isHook)
                if head.isHook { hooks.append(m) } else { generic.append(m) }
            }
        }
        return (stableSortByKind(generic), stableSortByKind(hooks))
    }

    static func stableSortByKind(_ manifests: [Manifest]) -> [Manifest] {
        let indexed = manifests.enumerated().map { ($0.offset, $0.element) }
        return indexed.sorted { a, b in
            let ka = a.1.kind, kb = b.1.kind
            let oa = orderIndex[ka], ob = orderIndex[kb]
            switch (oa, ob) {
            case (nil, nil):
                if ka != kb { return goStringLess(ka, kb) }
                return a.0 < b.0
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?):
                if x != y { return x < y }
                return a.0 < b.0
            }
        }.map(\.1)
    }

    /// helm v4's document split: a line starting with `---` ends a document; the
    /// separator swallows the whitespace after it. Documents keep their trailing newlines,
    /// lose their leading whitespace, and whitespace-only documents are dropped.
    static func splitManifests(_ text: String) -> [String] {
        let b = Array(text.utf8)
        let n = b.count
        func isSpace(_ x: UInt8) -> Bool { x == 0x20 || x == 0x09 || x == 0x0A || x == 0x0D || x == 0x0B || x == 0x0C }
        func separatorAt(_ i: Int) -> Bool {
            (i == 0 || b[i - 1] == 0x0A) && i + 3 <= n && b[i] == 0x2D && b[i + 1] == 0x2D && b[i + 2] == 0x2D
        }
        var docs: [String] = []
        var start = 0
        func emit(_ end: Int) {
            var s = start
            while s < end && isSpace(b[s]) { s += 1 }
            if s < end { docs.append(String(decoding: b[s..<end], as: UTF8.self)) }
        }
        var i = 0
        while i < n {
            if separatorAt(i) {
                emit(i)
                var j = i + 3
                while j < n && isSpace(b[j]) { j += 1 }
                start = j
                i = j
                continue
            }
            // Jump to the next line start.
            while i < n && b[i] != 0x0A { i += 1 }
            i += 1
        }
        emit(n)
        return docs
    }

    struct Head {
        var kind: String
        var isHook: Bool
    }

    /// Decodes the document head (`kind`, `metadata.annotations`) as helm's `SimpleHead`.
    static func parseHead(_ doc: String, path: String) throws -> Head {
        let value: Value
        do {
            value = try YAMLBridge.decode(doc)
        } catch {
            throw ManifestError("YAML parse error on \(path): \(error)")
        }
        switch value {
        case .nil:
            return Head(kind: "", isHook: false)
        case .map(let m):
            var kind = ""
            if case .string(let k)? = m.entries["kind"] { kind = k }
            var isHook = false
            if case .map(let meta)? = m.entries["metadata"], case .map(let ann)? = meta.entries["annotations"],
               ann.entries["helm.sh/hook"] != nil {
                isHook = true
            }
            return Head(kind: kind, isHook: isHook)
        default:
            throw ManifestError("YAML parse error on \(path): error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(HelmFunctions.jsonKind(value)) into Go value of type util.SimpleHead")
        }
    }
}

/// A rendered document that is not a valid Kubernetes object head.
public struct ManifestError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
