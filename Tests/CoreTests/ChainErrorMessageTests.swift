import Core
import Testing

/// Exact text of every chain-file error message: users read these, tools grep them.
struct ChainErrorMessageTests {
    /// The diagnostics printed for `text`, or "OK".
    func messages(_ text: String) -> String {
        do {
            _ = try ChainLoader.load(text: text, file: "x.json", registry: TestPlugins.registry)
            return "OK"
        } catch {
            return error.description
        }
    }

    @Test(arguments: [
        // Syntax errors: line and column.
        ("{ \"version\": 1, \"chain\": [ { \"use\": \"line-sentences\" } ] ",
         "x.json:1:58: error: unexpected end of input; expected ',' or '}'\n1 error in x.json"),
        ("{\n  \"version\": 1\n  \"chain\": []\n}",
         "x.json:3:3: error: unexpected '\"'; expected ',' or '}' after the value of \"version\"\n1 error in x.json"),
        ("", "x.json:1:1: error: the file is empty; expected a JSON value\n1 error in x.json"),
        ("{ 'version': 1 }", "x.json:1:3: error: unexpected '''; expected a key in double quotes or '}'\n1 error in x.json"),
        ("{ \"version\": 1, \"version\": 1, \"chain\": [] }", "x.json:1:17: error: duplicate key \"version\" in one object\n1 error in x.json"),
        ("[1, 2", "x.json:1:6: error: unexpected end of input; expected ',' or ']'\n1 error in x.json"),
        ("{ \"chain\": [ /* unterminated ", "x.json:1:14: error: unterminated /* comment\n1 error in x.json"),
        // Structure.
        ("[]", "x.json: error: a chain file is a JSON object with \"version\" and \"chain\", found an array\n1 error in x.json"),
        ("{ \"chain\": [ { \"use\": \"line-sentences\" } ] }",
         "x.json: error: version: missing; write \"version\": 1\n1 error in x.json"),
        ("{ \"version\": 2, \"chain\": [ { \"use\": \"line-sentences\" } ] }",
         "x.json: error: version: unsupported version 2; this workbench reads version 1\n1 error in x.json"),
        ("{ \"version\": \"1\", \"chain\": [ { \"use\": \"line-sentences\" } ] }",
         "x.json: error: version: expected an integer, found a string\n1 error in x.json"),
        ("{ \"version\": 1 }",
         "x.json: error: chain: missing; a chain file lists its steps in \"chain\": [ { \"use\": \"sentences\" } ]\n1 error in x.json"),
        ("{ \"version\": 1, \"chain\": [] }", "x.json: error: chain: is empty; add at least one step\n1 error in x.json"),
        ("{ \"version\": 1, \"chain\": {} }", "x.json: error: chain: expected an array of steps, found an object\n1 error in x.json"),
        ("{ \"version\": 1, \"chian\": [] }",
         "x.json: error: chian: unknown key. Did you mean 'chain'? Valid keys: version, description, chain\n"
            + "x.json: error: chain: missing; a chain file lists its steps in \"chain\": [ { \"use\": \"sentences\" } ]\n2 errors in x.json"),
        ("{ \"version\": 1, \"chain\": [ \"line-sentences\" ] }",
         "x.json: error: chain[0]: expected a step object like { \"use\": \"sentences\" }, found a string\n1 error in x.json"),
        ("{ \"version\": 1, \"chain\": [ { \"name\": \"a\" } ] }",
         "x.json: error: chain[0]: missing \"use\": the name of the plugin this step runs\n1 error in x.json"),
        ("{ \"version\": 1, \"chain\": [ { \"use\": \"line-sentences\", \"option\": {} } ] }",
         "x.json: error: chain[0].option: unknown key. Did you mean 'options'? Valid keys: use, name, options\n1 error in x.json"),
        ("{ \"version\": 1, \"chain\": [ { \"use\": \"line-sentences\", \"options\": [] } ] }",
         "x.json: error: chain[0].options: expected an object, found an array\n1 error in x.json"),
        ("{ \"version\": 1, \"chain\": [ { \"use\": \"line-sentences\" }, { \"use\": \"line-sentences\" } ] }",
         "x.json: error: chain[1].name: step name 'line-sentences' is already used by chain[0]; give each step its own \"name\"\n1 error in x.json"),
    ])
    func structureAndSyntax(text: String, expected: String) {
        #expect(messages(text) == expected)
    }

    @Test func unknownPluginSuggestsTheNearestAndListsAll() {
        #expect(messages("{ \"version\": 1, \"chain\": [ { \"use\": \"line-sentence\" } ] }") == """
            x.json: error: chain[0].use: unknown plugin 'line-sentence'. Did you mean 'line-sentences'? \
            Available plugins: line-sentences, pick-sentences, mark-words, fail-on-marker, out-of-range
            1 error in x.json
            """)
        #expect(messages("{ \"version\": 1, \"chain\": [ { \"use\": \"translate\" } ] }") == """
            x.json: error: chain[0].use: unknown plugin 'translate'. \
            Available plugins: line-sentences, pick-sentences, mark-words, fail-on-marker, out-of-range
            1 error in x.json
            """)
    }

    @Test func everyOptionErrorIsReportedAtOnce() {
        let text = """
            {
              "version": 1,
              "chain": [
                { "use": "line-sentences" },
                { "use": "pick-sentences", "options": { "maxSentences": "5", "method": "grph", "ratio": true } },
                { "use": "pick-sentences", "name": "short", "options": { "maxSentence": 2, "ratio": "half" } },
                { "use": "pick-sentences", "name": "zero", "options": { "maxSentences": 0 } },
              ],
            }
            """
        #expect(messages(text) == """
            x.json: error: chain[1].options.maxSentences: expected an integer, found a string
            x.json: error: chain[1].options.method: unknown value 'grph'. Did you mean 'graph'? Valid values: lead, graph
            x.json: error: chain[1].options.ratio: expected a number, found a boolean
            x.json: error: chain[2].options: unknown option 'maxSentence'. Did you mean 'maxSentences'? \
            Options of 'pick-sentences': maxSentences, method, ratio
            x.json: error: chain[2].options.ratio: expected a number, found a string
            x.json: error: chain[3].options.maxSentences: must be at least 1, found 0
            6 errors in x.json
            """)
    }

    @Test func aFractionIsNotAnInteger() {
        #expect(messages("{ \"version\": 1, \"chain\": [ { \"use\": \"line-sentences\" }, "
            + "{ \"use\": \"pick-sentences\", \"options\": { \"maxSentences\": 2.5 } } ] }")
            == "x.json: error: chain[1].options.maxSentences: expected an integer, found a number\n1 error in x.json")
    }

    @Test func missingRequirementNamesTheProducer() {
        #expect(messages("{ \"version\": 1, \"chain\": [ { \"use\": \"pick-sentences\" }, { \"use\": \"line-sentences\" } ] }") == """
            x.json: error: chain[0]: 'pick-sentences' needs 'sentence' annotations, but no earlier step produces them. \
            Add a 'line-sentences' step before it.
            1 error in x.json
            """)
    }

    @Test func resourceErrorsHaveTheOptionPath() {
        #expect(messages("{ \"version\": 1, \"chain\": [ { \"use\": \"mark-words\", \"options\": { \"stopwords\": \"no/such.txt\" } } ] }")
            == "x.json: error: chain[0].options.stopwords: cannot read 'no/such.txt'\n1 error in x.json")
    }

    @Test func commentsAndTrailingCommasAreAccepted() {
        let text = """
            // the test chain
            {
              "version": 1, /* format 1 */
              "description": "two steps",
              "chain": [
                { "use": "line-sentences", },
                { "use": "pick-sentences", "name": "top", "options": { "maxSentences": 1, "method": "graph" } },
              ],
            }
            """
        #expect(messages(text) == "OK")
    }
}
