@testable import Plugins
import Testing

/// A text the brief's 32-bit offsets cannot address is refused with a message that says why
/// (a 2 GiB test text is out of reach, so the message itself is checked).
@Suite struct BriefTextTests {
    @Test func theLimitIsStatedInTheMessage() {
        #expect(BriefText.TooLong(bytes: 3_000_000_000).description == "the text is 3000000000 bytes long; the brief reads texts of up to 2 GiB")
    }
}
