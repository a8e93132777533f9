/// The YAML 1.1 tags go-yaml v2 knows (yamlh.go), in their long form.
enum YAMLTag {
    static let null = "tag:yaml.org,2002:null"
    static let bool = "tag:yaml.org,2002:bool"
    static let str = "tag:yaml.org,2002:str"
    static let int = "tag:yaml.org,2002:int"
    static let float = "tag:yaml.org,2002:float"
    static let timestamp = "tag:yaml.org,2002:timestamp"
    static let seq = "tag:yaml.org,2002:seq"
    static let map = "tag:yaml.org,2002:map"
    static let binary = "tag:yaml.org,2002:binary"
    static let merge = "tag:yaml.org,2002:merge"

    private static let longPrefix = "tag:yaml.org,2002:"

    /// resolve.go `shortTag`: `tag:yaml.org,2002:int` → `!!int`.
    static func short(_ tag: String) -> String {
        if tag.hasPrefix(longPrefix) { return "!!" + tag.dropFirst(longPrefix.count) }
        return tag
    }
}
