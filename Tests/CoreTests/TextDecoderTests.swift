import Core
import Testing

struct TextDecoderTests {
    @Test func acceptsUTF8WithAndWithoutByteOrderMark() throws {
        #expect(try TextDecoder.decode(Array("توكاييف".utf8)).get() == "توكاييف")
        #expect(try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("نص\r\n".utf8)).get() == "نص\r\n")
    }

    @Test(arguments: [
        ([0x61, 0x0A, 0x62, 0xE9, 0x63] as [UInt8],
         "not UTF-8 text: invalid byte 0xE9 on line 2 (byte offset 3); convert it to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8)"),
        ([0xD8] as [UInt8],
         "not UTF-8 text: invalid byte 0xD8 on line 1 (byte offset 0); convert it to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8)"),
        ([0xED, 0xA0, 0x80] as [UInt8],
         "not UTF-8 text: invalid byte 0xED on line 1 (byte offset 0); convert it to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8)"),
        ([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00] as [UInt8], "binary data, not text (a NUL byte at byte offset 4)"),
        ([0xFF, 0xFE, 0x27, 0x06] as [UInt8], "the file is UTF-16 text; save it as UTF-8"),
    ])
    func rejectsWithTheReason(bytes: [UInt8], expected: String) {
        switch TextDecoder.decode(bytes) {
        case .success: Issue.record("expected a failure")
        case .failure(let failure): #expect(failure.message == expected)
        }
    }
}
