import Foundation
import Testing
@testable import AgendaModel

@Suite struct RandomIdentifiersTests {
    @Test func idsAreLowerCaseVersion4UUIDsAndNeverRepeat() throws {
        var identifiers = RandomIdentifiers()
        var seen: Set<String> = []
        let shape = try Regex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        for _ in 0..<10_000 {  // past several refills of the pool
            let id = identifiers.next()
            #expect(id.wholeMatch(of: shape) != nil, "\(id)")
            #expect(UUID(uuidString: id)?.uuidString.lowercased() == id)
            seen.insert(id)
        }
        #expect(seen.count == 10_000)
        // Two generators do not give the same ids.
        var other = RandomIdentifiers()
        #expect(!seen.contains(other.next()))
    }

    @Test func bytesAreWrittenInOrderAsHexadecimal() {
        let bytes: [UInt8] = [0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF]
        #expect(RandomIdentifiers.text(of: bytes[...]) == "00112233-4455-6677-8899-aabbccddeeff")
    }
}
