import Testing
@testable import Core

/// Objects that name a row of a shared table read, write and compare like any other object.
@Suite struct JSONRowTableTests {
    let table = JSONRowTable(rows: [
        [(key: "target", value: "Tokayev"), (key: "clitics", value: ""), (key: "line", value: 7)],
        [(key: "target", value: "Astana"), (key: "clitics", value: ""), (key: "line", value: 9)],
    ], variantKey: "clitics", variantValues: ["", "و", "وب"])

    @Test func aRowReadsLikeItsMembers() {
        let hit = JSONObject(table: table, row: 0, variant: 2)
        #expect(hit["target"] == "Tokayev")
        #expect(hit["clitics"] == "وب")
        #expect(hit.keys == ["target", "clitics", "line"])
        #expect(hit == ["target": "Tokayev", "clitics": "وب", "line": 7])
        #expect(JSONWriter.string(.object(hit)) == #"{"target":"Tokayev","clitics":"وب","line":7}"#)
        #expect(!hit.isEmpty)
        #expect(JSONObject(table: table, row: 1)["clitics"] == "")
    }

    @Test func writingAMemberGivesTheObjectItsOwnMembers() {
        var hit = JSONObject(table: table, row: 1, variant: 1)
        hit["replacement"] = "و Astana"
        #expect(hit == ["target": "Astana", "clitics": "و", "line": 9, "replacement": "و Astana"])
        // The table is untouched.
        #expect(JSONObject(table: table, row: 1, variant: 1) == ["target": "Astana", "clitics": "و", "line": 9])
    }
}
