import Foundation
import Testing
@testable import JourneyModel

/// Every format's marker keeps the file valid and is found again; adding it twice changes nothing.
@Suite struct OutputMarkerTests {
    func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    @Test func svgAndXMLCarryACommentAfterTheDeclaration() {
        let svg = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg/>\n".utf8)
        let marked = OutputMarker.svg.apply(to: svg)
        #expect(text(marked) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- \(OutputMarker.note) -->\n<svg/>\n")
        #expect(OutputMarker.svg.isPresent(in: marked) && !OutputMarker.svg.isPresent(in: svg))
        #expect(OutputMarker.svg.apply(to: marked) == marked)
    }

    @Test func jsonGetsAGeneratorMemberAndStillParses() throws {
        let json = Data("{\n  \"schemaVersion\": 2\n}\n".utf8)
        let marked = OutputMarker.json.apply(to: json)
        #expect(text(marked) == "{\n  \"generator\": \"journeymap\",\n  \"schemaVersion\": 2\n}\n")
        let object = try JSONSerialization.jsonObject(with: marked) as? [String: Any]
        #expect(object?["generator"] as? String == "journeymap" && object?["schemaVersion"] as? Int == 2)
        let empty = OutputMarker.json.apply(to: Data("{}".utf8))
        #expect(try JSONSerialization.jsonObject(with: empty) as? [String: String] == ["generator": "journeymap"])
    }

    @Test func csvMarkdownTextAndPDFEndWithANoteLine() {
        #expect(text(OutputMarker.csv.apply(to: Data("\u{FEFF}a,b\r\n1,2\r\n".utf8))) == "\u{FEFF}a,b\r\n1,2\r\n# \(OutputMarker.note)\r\n")
        #expect(text(OutputMarker.markdown.apply(to: Data("# T\n".utf8))) == "# T\n\n<!-- \(OutputMarker.note) -->\n")
        #expect(text(OutputMarker.text.apply(to: Data("report".utf8))) == "report\n-- \(OutputMarker.note)\n")
        let pdf = OutputMarker.pdf.apply(to: Data("%PDF-1.5\n…\n%%EOF\n".utf8))
        #expect(text(pdf).hasSuffix("%%EOF\n%\(OutputMarker.note)\n"))
    }

    @Test func htmlCountsTheGeneratorMetaTheBriefAlreadyHas() {
        let brief = Data("<!DOCTYPE html>\n<html><head><meta name=\"generator\" content=\"journeymap\" /></head></html>\n".utf8)
        #expect(OutputMarker.html.isPresent(in: brief))
        #expect(OutputMarker.html.apply(to: brief) == brief)   // the file is what --format html prints
        let other = Data("<!DOCTYPE html>\n<html></html>\n".utf8)
        #expect(text(OutputMarker.html.apply(to: other)) == "<!DOCTYPE html>\n<!-- \(OutputMarker.note) -->\n<html></html>\n")
    }

    @Test func xlsxGetsAZipArchiveComment() {
        // An empty ZIP: just the end-of-central-directory record (PK\5\6, 18 more bytes, comment length 0).
        let eocd: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)
        let marked = [UInt8](OutputMarker.xlsx.apply(to: Data(eocd)))
        let note = Array(OutputMarker.note.utf8)
        #expect(marked.count == 22 + note.count)
        #expect(Int(marked[20]) | Int(marked[21]) << 8 == note.count)   // the comment length field
        #expect(Array(marked.suffix(note.count)) == note)
        #expect(OutputMarker.xlsx.isPresent(in: Data(marked)))
    }

    @Test func pngGetsATextChunkWithTheRightCRCBeforeIEND() {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let iend: [UInt8] = [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82]
        let ihdr: [UInt8] = [0, 0, 0, 0] + Array("IHDR".utf8) + [0, 0, 0, 0]   // contents do not matter here
        let marked = [UInt8](OutputMarker.png.apply(to: Data(signature + ihdr + iend)))
        let chunk = Array(marked[(signature.count + ihdr.count)..<(marked.count - iend.count)])
        // length 19, "tEXt", "Software\0journeymap", CRC 0xf8e9e1b9 (python3: zlib.crc32(b'tEXtSoftware\x00journeymap'))
        #expect(chunk == [0, 0, 0, 19] + Array("tEXtSoftware\u{0}journeymap".utf8) + [0xF8, 0xE9, 0xE1, 0xB9])
        #expect(Array(marked.suffix(12)) == iend)
        #expect(OutputMarker.png.isPresent(in: Data(marked)))
    }

    @Test func theResponsesFileIsMarkedByItsOwnFirstLine() {
        let file = Data("journeymap-responses,1\nrespondent,overall\n".utf8)
        #expect(OutputMarker.responses.isPresent(in: file))
        #expect(OutputMarker.responses.apply(to: file) == file)
        #expect(!OutputMarker.responses.isPresent(in: Data("respondent,overall\n".utf8)))
    }
}
