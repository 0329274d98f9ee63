import Foundation
import Testing
import JourneyModel
@testable import SurveyImport

/// Large and malformed exports generated at test time (never committed): each is imported with the hostile
/// journey and must give a correct result or one clear, well-formed refusal. Time and memory are measured by
/// bench/hostile_bench.sh, not asserted here.
@Suite struct HostileCorpusTests {
    /// Writes `bytes` to a fresh temporary file named `name` and returns its path.
    func write(_ bytes: [UInt8], name: String) -> String {
        let path = Fixture.temporaryDirectory() + "/" + name
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    /// Writes `count` copies of `chunk` after `prefix`, streamed, for the large inputs.
    func writeRepeated(prefix: String, chunk: String, count: Int, suffix: String = "", name: String) -> String {
        let path = Fixture.temporaryDirectory() + "/" + name
        #expect(FileManager.default.createFile(atPath: path, contents: Data(prefix.utf8)))
        let handle = FileHandle(forWritingAtPath: path)!
        handle.seekToEndOfFile()
        let block = Data(String(repeating: chunk, count: max(1, (1 << 20) / chunk.utf8.count)).utf8)
        let perBlock = max(1, (1 << 20) / chunk.utf8.count)
        var written = 0
        while written + perBlock <= count { handle.write(block); written += perBlock }
        if written < count { handle.write(Data(String(repeating: chunk, count: count - written).utf8)) }
        handle.write(Data(suffix.utf8))
        handle.closeFile()
        return path
    }

    /// The import's outcome: the kept row count, or the error's text (checked to be well formed).
    func outcome(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Result<Int, ImportError> {
        let journey = try Fixture.journey("hostile.journey.yaml")
        do {
            let (_, summary) = try SurveyImporter.load(exportPath: path, journey: journey)
            return .success(summary.rowsKept)
        } catch {
            let text = error.description
            #expect(!text.isEmpty, sourceLocation: sourceLocation)
            #expect(text.split(separator: "\n").allSatisfy { $0.contains("error: ") || $0.contains("warning: ") }, "\(text)",
                    sourceLocation: sourceLocation)
            #expect(text.split(separator: "\n").allSatisfy { $0.count < 600 }, sourceLocation: sourceLocation)
            return .failure(error)
        }
    }

    func message(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        switch try outcome(path, sourceLocation: sourceLocation) {
        case .success(let rows): Issue.record("imported \(rows) rows", sourceLocation: sourceLocation); return ""
        case .failure(let error): return error.description
        }
    }

    @Test func oneHundredThousandColumnsAreRefusedAtTheFieldLimit() throws {
        let header = (1...100_000).map { "Q\($0)" }.joined(separator: ",")
        let path = write(Array((header + "\n1,2\n").utf8), name: "wide.csv")
        let text = try message(path)
        #expect(text == "\(path): row 1: error: the row has more than 65,536 fields (the limit)")
    }

    @Test func aLongHeaderIsRefusedBeforeMatching() throws {
        for length in [80_000, 1_000_000] {
            let path = writeRepeated(prefix: "id,", chunk: "x", count: length, suffix: "\n1,2\n", name: "long-header.csv")
            let text = try message(path)
            #expect(text == "\(path): row 1: error: the header of column 2 is \(InputLimits.text(length)) characters long, over the limit of 10,000; is this the right file?")
        }
    }

    @Test func aHeaderJustUnderTheLimitIsStillRead() throws {
        let long = String(repeating: "x", count: InputLimits.headerCharacters)
        let path = write(Array("id,Offer,First week,Comment,\(long)\n1,4,4,a,x\n2,5,4,b,y\n".utf8), name: "under.csv")
        #expect(try outcome(path).get() == 2)
    }

    @Test func aLongSingleLineIsRefusedAtTheFieldLimits() throws {
        // One line far beyond the 1 MiB sample: short fields hit the field-count limit, one field the 1 MiB cap;
        // either is refused within the line's first MiB, so the rest of the 60 MB line is never read (the encoding
        // detector's look-ahead reads 8 bytes a step: about 2 s in a debug build). bench/hostile_bench.sh times it.
        let fields = writeRepeated(prefix: "", chunk: "1,", count: 4_000_000, name: "line-fields.csv")
        #expect(try message(fields) == "\(fields): row 1: error: the row has more than 65,536 fields (the limit)")
        let one = writeRepeated(prefix: "", chunk: "x", count: 60_000_000, name: "line-one.csv")
        #expect(try message(one) == "\(one): row 1: error: a field starting on line 1 is longer than 1024 KiB; is a quote left open?")
    }

    @Test func nulBytesAreReportedByRow() throws {
        let path = write(Array("id,Offer,First week,Comment\n1,4,4,a\n2,\u{0}\u{0}5,4,b\n3,3,4,c\n".utf8), name: "nul.csv")
        let text = try message(path)
        #expect(text.contains("row 3, column \"Offer\": warning: the row contains a NUL byte"))
        #expect(text.contains("error: 1 of 3 rows are bad"))
    }

    @Test func invalidUTF8InTheDataIsReportedByRow() throws {
        let bytes = Array("id,Offer,First week,Comment\n1,4,4,a\n2,".utf8) + [0xFF, 0xFE, 0x35] + Array(",4,b\n3,3,4,c\n".utf8)
        let path = write(bytes, name: "bad-utf8.csv")
        #expect(try message(path).split(separator: "\n") == [
            "\(path): row 3, column \"Offer\": warning: the cell has bytes that are not valid UTF-8 (is the file in another encoding? try --encoding gb18030, utf-16 or utf-8); row skipped",
            "\(path): error: 1 of 3 rows are bad, over the limit of 0 (--max-bad-rows 5%); nothing was written",
        ])
    }

    @Test func utf16WithoutABOMIsReadOrRefusedWithAHint() throws {
        var bytes: [UInt8] = []
        for unit in "id,Offer,First week,Comment\n1,4,4,a\n2,5,4,b\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let path = write(bytes, name: "utf16.csv")
        switch try outcome(path) {
        case .success(let rows): #expect(rows == 2)
        case .failure(let error): #expect(error.description.contains("utf-16"))
        }
    }

    @Test func aPNGRenamedCSVIsRefused() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52,
                            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]
        let path = write(png, name: "picture.csv")
        // Read as Windows-1252 (it is not UTF-8), it has none of the journey's columns: refused at binding.
        let text = try message(path)
        #expect(text.contains("error: the respondent id column \"id\" is not in picture.csv"))
    }

    @Test func controlAndBidiCharactersInNamesAndValuesNeverReachAMessageRaw() throws {
        // A header with a right-to-left override and a clear-screen escape (matches nothing: ignored), and a value
        // with ESC [31m, RLO and a C1 CSI: the message shows them as \u{…}, so no terminal is recoloured or reordered.
        let bytes = Array("id,Offer,First week,Comment,\u{202E}evil\u{1B}[2J\n1,4,4,a,x\n2,\u{1B}[31mX\u{202E}\u{9B},4,b,y\n3,3,4,c,z\n".utf8)
        let path = write(bytes, name: "controls.csv")
        let text = try message(path)
        #expect(text.contains(#"row 3, column "Offer": error: the answer "\u{1b}[31mX\u{202e}\u{9b}" is not on the 1–5 scale"#))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x9B })
    }

    @Test func anEmptyFileAndABOMOnlyFileAreRefused() throws {
        for (name, bytes) in [("empty.csv", [UInt8]()), ("bom.csv", [0xEF, 0xBB, 0xBF])] {
            let path = write(bytes, name: name)
            #expect(try message(path) == "\(path): error: the file is empty; an export needs a header row and one row per respondent")
        }
    }

    @Test func anXMLElementWithOneHundredThousandAttributesIsRefused() throws {
        let attributes = (1...100_000).map { " a\($0)=\"1\"" }.joined()
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document\(attributes)><LimeSurveyDocType>Responses</LimeSurveyDocType></document>\n"
        let path = write(Array(xml.utf8), name: "attributes.xml")
        #expect(try message(path) == "\(path):2:1: error: an XML element has more than 1,024 attributes (the limit); refused")
    }

    @Test func attributesInCommentsCDATAAndValuesAreNotCounted() {
        var counter = XMLAttributeCounter()
        let many = String(repeating: "a=1 ", count: 2_000)
        let xml = "<?pi \(many)?><!-- \(many) --><x v=\"\(many)\" w='\(many)'><![CDATA[<y \(many)>]]></x>"
        let accepted = Array(xml.utf8).withUnsafeBytes { counter.feed($0) }
        #expect(accepted)
        let tooMany = "<y " + (1...1_025).map { "a\($0)=\"\"" }.joined(separator: " ") + "/>"
        #expect(!Array(tooMany.utf8).withUnsafeBytes { counter.feed($0) })
    }

    @Test func oneHundredThousandXMLFieldNamesAreRefused() throws {
        let names = (1...100_000).map { "<fieldname>q\($0)</fieldname>" }.joined()
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document><LimeSurveyDocType>Responses</LimeSurveyDocType><responses><fields>\(names)</fields><rows></rows></responses></document>\n"
        let path = write(Array(xml.utf8), name: "fields.xml")
        #expect(try message(path).hasSuffix("error: the XML has more than 65,536 <fieldname> elements (the limit)"))
    }
}
