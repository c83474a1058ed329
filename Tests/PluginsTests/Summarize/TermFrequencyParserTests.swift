import Core
import Plugins
import Testing

/// The term-frequency file: what it accepts, and every problem at once with its line.
@Suite struct TermFrequencyParserTests {
    func parse(_ text: String) -> Result<TermFrequencies, DiagnosticList> {
        TermFrequencyParser.parse(Array(text.utf8), fileName: "feed.idf.tsv")
    }

    @Test func acceptsCommentsBlankLinesCRLFAndAByteOrderMark() throws {
        let text = "\u{FEFF}# counts\r\n\r\ndocuments\t10\r\nتعاون\t7\r\n  # an indented comment\r\nopec\t 2 \r\n"
        let frequencies = try parse(text).get()
        #expect(frequencies.documents == 10)
        #expect(frequencies.terms == 2)
    }

    @Test func reportsEveryProblemWithItsLine() {
        let text = """
            # a hand-edited file
            documents\t4
            تعاون\t3
            تعاون\t2
            طاقة متجددة\t1
            اقتصاد\tثلاثة
            نفط\t0
            غاز\t9
            رياح
            """
        guard case .failure(let list) = parse(text) else {
            Issue.record("expected errors")
            return
        }
        #expect(list.description == """
            feed.idf.tsv:4: error: the term 'تعاون' appears again (first on line 3)
            feed.idf.tsv:5: error: 'طاقة متجددة' is not one word or number; a term is one word as 'workbench idf' writes it
            feed.idf.tsv:6: error: the number of documents must be a whole number from 1; found 'ثلاثة'
            feed.idf.tsv:7: error: the number of documents must be a whole number from 1; found '0'
            feed.idf.tsv:8: error: the term occurs in 9 documents, more than the 4 counted
            feed.idf.tsv:9: error: expected a term, a tab and a number of documents; found 1 column
            6 errors in feed.idf.tsv
            """)
    }

    @Test func theFirstLineGivesTheDocuments() {
        guard case .failure(let list) = parse("تعاون\t3\nطاقة\t2\n") else {
            Issue.record("expected an error")
            return
        }
        #expect(list.description == """
            feed.idf.tsv:1: error: the first line must be 'documents<TAB>N', the number of documents counted; found 'تعاون'
            1 error in feed.idf.tsv
            """)
        guard case .failure(let empty) = parse("# nothing yet\n") else {
            Issue.record("expected an error")
            return
        }
        #expect(empty.description == """
            feed.idf.tsv: error: no 'documents<TAB>N' line: the file holds no counts
            1 error in feed.idf.tsv
            """)
    }
}
