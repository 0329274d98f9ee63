import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `journeymap preview` and `render --watch` as a user runs them: the real executable, a copy of the onboarding
/// sample in a temporary directory, SIGINT to stop. Waits are bounded polling loops, never timed checks.
@Suite struct PreviewCommandTests {
    /// A running journeymap whose standard output and error go to files the test reads while it runs.
    final class LiveProcess {
        let process = Process()
        let stdoutPath: String
        let stderrPath: String

        init(_ arguments: [String], in directory: URL) throws {
            stdoutPath = directory.appendingPathComponent("stdout.txt").path
            stderrPath = directory.appendingPathComponent("stderr.txt").path
            #expect(FileManager.default.createFile(atPath: stdoutPath, contents: nil))
            #expect(FileManager.default.createFile(atPath: stderrPath, contents: nil))
            process.executableURL = CommandRunner.executable
            process.arguments = arguments
            process.currentDirectoryURL = directory
            var environment = ProcessInfo.processInfo.environment
            environment["LANG"] = "en_US.UTF-8"
            environment["LC_ALL"] = nil
            environment["LC_MESSAGES"] = nil
            process.environment = environment
            process.standardOutput = FileHandle(forWritingAtPath: stdoutPath)
            process.standardError = FileHandle(forWritingAtPath: stderrPath)
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        var standardOutput: String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }
        var standardError: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

        /// Ctrl-C, then the exit status (nil when it did not exit; then it is killed).
        func interrupt() async -> Int32? {
            kill(process.processIdentifier, SIGINT)
            guard await PreviewCommandTests.eventually({ !self.process.isRunning }) else {
                process.terminate()
                return nil
            }
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    /// Polls `condition` every 20 ms, 1,000 times at most (20 s in an idle process; longer, not failing, when a
    /// loaded test run stretches the sleeps).
    static func eventually(_ condition: () -> Bool) async -> Bool {
        for _ in 0..<1_000 {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }

    static func sampleCopy() throws -> (directory: URL, journey: URL, text: String) {
        let directory = CommandRunner.temporaryDirectory()
        let journey = directory.appendingPathComponent("onboarding-90-days.yaml")
        let text = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("journeys/onboarding-90-days.yaml"),
                              encoding: .utf8)
        try Data(text.utf8).write(to: journey)
        return (directory, journey, text)
    }

    /// GET `path` on 127.0.0.1:`port` with a blocking socket (10 s receive limit); nil when it cannot connect.
    static func get(port: UInt16, path: String) -> String? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var limit = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            response += buffer[0..<count]
        }
        return String(decoding: response, as: UTF8.self)
    }

    @Test func previewServesTheMapAndExitsZeroOnCtrlC() async throws {
        let (directory, _, _) = try Self.sampleCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let live = try LiveProcess(["preview", "onboarding-90-days.yaml", "--port", "0"], in: directory)
        #expect(await Self.eventually { live.standardOutput.contains("http://127.0.0.1:") })
        let url = try #require(live.standardOutput.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:") })
        let port = try #require(UInt16(url.dropFirst("http://127.0.0.1:".count).dropLast()))
        let page = try #require(Self.get(port: port, path: "/"))
        #expect(page.hasPrefix("HTTP/1.1 200"))
        #expect(page.contains("<svg"))
        #expect(page.contains("新客服专员的前 90 天"))
        #expect(await live.interrupt() == 0)
        #expect(live.standardOutput.contains("preview stopped"))
        #expect(Self.get(port: port, path: "/") == nil)   // the socket is closed
    }

    @Test func previewOfAMissingJourneyExits66() throws {
        let directory = CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["preview", "missing.yaml", "--port", "0"], in: directory)
        #expect(result.status == 66)
        #expect(result.standardError.contains("missing.yaml: error: no such file"))
    }

    @Test func renderWatchRewritesTheFileAndKeepsTheLastGoodOne() async throws {
        let (directory, journey, original) = try Self.sampleCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("map.svg").path
        let live = try LiveProcess(["render", "onboarding-90-days.yaml", "-o", "map.svg", "--watch"], in: directory)
        func map() -> String { (try? String(contentsOfFile: output, encoding: .utf8)) ?? "" }
        #expect(await Self.eventually { live.standardOutput.contains("watching onboarding-90-days.yaml") })
        #expect(map().contains("新客服专员的前 90 天"))

        let edited = original.replacingOccurrences(of: "title: 新客服专员的前 90 天", with: "title: 新客服专员的前 100 天")
        try Data(edited.utf8).write(to: journey)
        #expect(await Self.eventually { map().contains("新客服专员的前 100 天") })

        let broken = edited.replacingOccurrences(of: "title: 新客服专员的前 100 天", with: "titel: 新客服专员的前 100 天")
        try Data(broken.utf8).write(to: journey)
        #expect(await Self.eventually { live.standardError.contains("onboarding-90-days.yaml:6:1: error: unknown key \"titel\"") })
        #expect(map().contains("新客服专员的前 100 天"))   // the last good map stays

        #expect(await live.interrupt() == 0)
    }
}
