import AgendaModel
import Testing

@Suite struct SpreadsheetCSVTests {
    @Test("every cell that could start a formula is neutralised, the header too")
    func formulaCellsAreNeutralised() {
        let bytes = SpreadsheetCSV.plain.bytes(header: ["name", "=sum"], rows: [["=HYPERLINK(\"http://x\")", "@cmd"], ["-1", "ok"]])
        #expect(String(decoding: bytes, as: UTF8.self) == "name,'=sum\n\"'=HYPERLINK(\"\"http://x\"\")\",'@cmd\n'-1,ok\n")
    }

    @Test("the French spreadsheet form has the byte-order mark, semicolons and CRLF")
    func frenchSpreadsheetForm() {
        let bytes = SpreadsheetCSV.frenchSpreadsheet.bytes(header: ["a", "b"], rows: [["1,5", "x;y"]])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "a;b\r\n1,5;\"x;y\"\r\n")
    }
}
