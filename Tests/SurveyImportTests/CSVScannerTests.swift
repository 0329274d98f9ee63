import Testing
@testable import SurveyImport

/// Scans `text` with a given chunk size and returns every record's fields.
func scanAll(_ bytes: [UInt8], delimiter: UInt8 = 0x2C, chunkSize: Int = 64 << 10) throws -> [[String]] {
    let scanner = CSVScanner(source: MemoryByteSource(bytes), path: "t.csv",
                             options: .init(delimiter: delimiter, chunkSize: chunkSize))
    var rows: [[String]] = []
    while try scanner.nextRecord() { rows.append(scanner.strings()) }
    return rows
}

@Suite struct CSVScannerTests {
    @Test func quotedFieldsWithCommasQuotesAndNewlines() throws {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"line1\nline2\"\r\nlast,,\n"
        // Every chunk size, down to 1 byte, must give the same records (chunk boundaries anywhere).
        for size in [4, 5, 6, 7, 8, 9, 11, 13, 64 << 10] {
            let rows = try scanAll(Array(text.utf8), chunkSize: size)
            #expect(rows == [["a", "b", "c"], ["x, y", "say \"hi\"", "line1\nline2"], ["last", "", ""]], "chunk \(size)")
        }
    }

    @Test func lineEndsCRLFLoneCRAndNoFinalNewline() throws {
        for size in [4, 5, 6, 1024] {
            #expect(try scanAll(Array("a,b\rc,d\r\ne,f".utf8), chunkSize: size) == [["a", "b"], ["c", "d"], ["e", "f"]])
        }
    }

    @Test func recordNumbersAndLinesCountMultiLineFields() throws {
        let scanner = CSVScanner(source: MemoryByteSource(Array("h1,h2\n\"a\r\nb\",1\nc,2\n".utf8)), path: "t.csv")
        #expect(try scanner.nextRecord())
        #expect(scanner.recordNumber == 1 && scanner.recordLine == 1)
        #expect(try scanner.nextRecord())
        #expect(scanner.recordNumber == 2 && scanner.recordLine == 2)
        #expect(try scanner.nextRecord())
        #expect(scanner.recordNumber == 3 && scanner.recordLine == 4)
        #expect(try !scanner.nextRecord())
    }

    @Test func tabDelimiterAndBlankLines() throws {
        let rows = try scanAll(Array("a\tb\n\nc\t\"d\te\"\n".utf8), delimiter: 0x09)
        #expect(rows == [["a", "b"], [""], ["c", "d\te"]])
    }

    @Test func unterminatedQuoteAtEndIsAnErrorNamingItsLine() throws {
        let bytes = Array("a,b\n1,2\n3,\"open\nmore\n".utf8)
        #expect {
            _ = try scanAll(bytes)
        } throws: { error in
            "\(error)" == "t.csv: row 3: error: the file ends inside a quoted field that opens on line 3; a closing quote (\") is missing (is the file cut short?)"
        }
    }

    @Test func nulBytesAreFlaggedNotFatal() throws {
        let scanner = CSVScanner(source: MemoryByteSource([0x61, 0x2C, 0x00, 0x62, 0x0A, 0x63, 0x0A]), path: "t.csv")
        #expect(try scanner.nextRecord())
        #expect(scanner.recordHasNUL)
        #expect(try scanner.nextRecord())
        #expect(!scanner.recordHasNUL)
    }

    @Test func oversizedFieldIsRefused() throws {
        let bytes = Array("a\n\"".utf8) + [UInt8](repeating: 0x41, count: 3000)
        let scanner = CSVScanner(source: MemoryByteSource(bytes), path: "t.csv",
                                 options: .init(maxFieldBytes: 1024, chunkSize: 256))
        #expect(try scanner.nextRecord())
        #expect(throws: ImportError.self) { _ = try scanner.nextRecord() }
    }

    @Test func quoteRightAfterAChunkBoundaryStartsAQuotedField() throws {
        // "a," fills a 4-byte chunk up to the delimiter; the next chunk starts with the quote.
        let text = "ab,\"c,d\"\nx,\"\"\"y\"\n"
        for size in 4...12 {
            #expect(try scanAll(Array(text.utf8), chunkSize: size) == [["ab", "c,d"], ["x", "\"y"]], "chunk \(size)")
        }
    }

    @Test func lenientStrayQuotes() throws {
        #expect(try scanAll(Array("ab\"c,\"d\"e\n".utf8)) == [["ab\"c", "de"]])
    }
}

@Suite struct EncodingTests {
    @Test func detectsBOMsUTF8AndGB18030() {
        #expect(EncodingDetector.detect(sample: [0xEF, 0xBB, 0xBF, 0x61], isWholeFile: true).encoding == .utf8)
        #expect(EncodingDetector.detect(sample: [0xEF, 0xBB, 0xBF, 0x61], isWholeFile: true).bomLength == 3)
        #expect(EncodingDetector.detect(sample: [0xFF, 0xFE, 0x61, 0x00], isWholeFile: true).encoding == .utf16LE)
        #expect(EncodingDetector.detect(sample: [0xFE, 0xFF, 0x00, 0x61], isWholeFile: true).encoding == .utf16BE)
        #expect(EncodingDetector.detect(sample: Array("序号,提交".utf8), isWholeFile: true).encoding == .utf8)
        // "序号" in GB18030 is D0 F2 BA C5 (from Python: "序号".encode("gb18030")).
        #expect(EncodingDetector.detect(sample: [0xD0, 0xF2, 0xBA, 0xC5, 0x2C, 0x31], isWholeFile: true).encoding == .gb18030)
        // Truncated sample ending inside a UTF-8 character is still UTF-8.
        #expect(EncodingDetector.detect(sample: Array("满意".utf8).dropLast(1).map { $0 }, isWholeFile: false).encoding == .utf8)
    }

    @Test func decodesGB18030AndUTF16ThroughIconvInTinyChunks() throws {
        // "序号,满意\n" in GB18030, bytes from Python's "序号,满意\n".encode("gb18030").
        let gb: [UInt8] = [0xD0, 0xF2, 0xBA, 0xC5, 0x2C, 0xC2, 0xFA, 0xD2, 0xE2, 0x0A]
        let decoder = try TextDecoder(MemoryByteSource(gb), from: .gb18030, chunkSize: 3)
        #expect(try scanAllFrom(decoder) == [["序号", "满意"]])
        let utf16 = Array("a\t满意\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoder16 = try TextDecoder(MemoryByteSource(utf16), from: .utf16LE, chunkSize: 5)
        #expect(try scanAllFrom(decoder16, delimiter: 0x09) == [["a", "满意"]])
    }

    @Test func invalidGB18030BytesBecomeInvalidUTF8() throws {
        let decoder = try TextDecoder(MemoryByteSource([0x61, 0x2C, 0xFF, 0x0A]), from: .gb18030)
        let scanner = CSVScanner(source: decoder, path: "t.csv")
        #expect(try scanner.nextRecord())
        #expect(Array(scanner.field(1)) == [0xFF])
        #expect(decoder.invalidSequences == 1)
    }

    func scanAllFrom(_ source: ByteSource, delimiter: UInt8 = 0x2C) throws -> [[String]] {
        let scanner = CSVScanner(source: source, path: "t.csv", options: .init(delimiter: delimiter, chunkSize: 7))
        var rows: [[String]] = []
        while try scanner.nextRecord() { rows.append(scanner.strings()) }
        return rows
    }
}
