import GoRuntime
import GoYAML

/// helm v3's `ValidateAgainstSingleSchema` with gojsonschema: the values as JSON (what
/// `yaml.Marshal` then `YAMLToJSON` give), the schema compiled, one `- FIELD: MESSAGE` line
/// per failure.
enum GoJSONSchemaValidation {
    /// The failure lines (ending in a newline) or a schema error (without one); nil when valid.
    static func check(_ values: GoMap, schemaBytes: [UInt8]) throws -> String? {
        let document: SchemaJSON
        do {
            // gojsonschema reads the schema with helm v3's Go (1.23) encoding/json.
            document = try SchemaJSON.parseFirstValue(schemaBytes, release: .go123)
        } catch {
            return "\(error)"
        }
        let root: GoJSONSubSchema
        let schemaCount: Int
        do {
            (root, schemaCount) = try GoJSONSchemaCompiler.compile(document)
        } catch let error as GoJSONSchemaError {
            return error.message
        }
        let instance: SchemaJSON
        do {
            let json = try GoJSON.encode(.map(values))
            instance = values.entries.isEmpty ? .object([:]) : try SchemaJSON.parse(Array(json.utf8))
        } catch {
            return "\(error)"
        }
        let result: GoJSONSchemaValidator.Result
        do {
            result = try GoJSONSchemaValidator(schemaCount: schemaCount).validate(instance, root)
        } catch is GoJSONSchemaValidator.Overflow {
            throw GoRuntimeFatal.stackOverflow
        } catch let error as GoJSONSchemaError {
            return error.message
        }
        if result.isValid { return nil }
        return result.failures.map { "- " + $0.line + "\n" }.joined()
    }
}
