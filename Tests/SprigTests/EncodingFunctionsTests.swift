import GoRuntime
import Testing

/// Base64/base32; expectations from helm v4.3.1 (fixtures/cases/sprig-extra/enc_*).
@Suite struct EncodingFunctionsTests {
    @Test func base64() throws {
        let encoded = ["": "", "a": "YQ==", "ab": "YWI=", "abc": "YWJj", "abcd": "YWJjZA==", "héllo": "aMOpbGxv"]
        for (plain, code) in encoded {
            #expect(try Extra.show("b64enc", xs(plain)) == code)
            #expect(try Extra.show("b64dec", xs(code)) == plain)
        }
        #expect(try Extra.show("b64dec", xs("YW\nJj")) == "abc")
        #expect(try Extra.show("b64dec", xs("YWJjZA==\n")) == "abcd")
    }

    @Test func base64Errors() throws {
        let cases = ["YQ": 0, "YQ=": 3, "Y===": 1, "=": 0, "YWJj!": 4, "YQ==YQ==": 4, "YWJjZA==x": 8, "Y": 0, "YWJjZ": 4]
        for (input, offset) in cases {
            #expect(try Extra.show("b64dec", xs(input)) == "illegal base64 data at input byte \(offset)", "\(input)")
        }
        #expect(try Extra.show("b64dec", xs("YR==")) == "a")
    }

    @Test func base32() throws {
        let encoded = ["": "", "a": "ME======", "ab": "MFRA====", "abc": "MFRGG===", "abcd": "MFRGGZA=",
                       "abcde": "MFRGGZDF", "abcdef": "MFRGGZDFMY======", "héllo": "NDB2S3DMN4======"]
        for (plain, code) in encoded {
            #expect(try Extra.show("b32enc", xs(plain)) == code)
            #expect(try Extra.show("b32dec", xs(code)) == plain)
        }
    }

    @Test func base32Errors() throws {
        let cases = ["ME": 0, "M=======": 1, "MFR=====": 3, "ME=====": 7, "me======": 0, "MFRGGZDFMF": 8, "1": 0, "ME=A====": 2]
        for (input, offset) in cases {
            #expect(try Extra.show("b32dec", xs(input)) == "illegal base32 data at input byte \(offset)", "\(input)")
        }
        #expect(try Extra.show("b32dec", xs("ME======x")) == "a")
        #expect(try Extra.show("b32dec", xs("ME==\n====")) == "a")
    }
}
