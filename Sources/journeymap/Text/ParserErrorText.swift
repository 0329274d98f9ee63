import Foundation

/// argument-parser's own usage errors ("Missing expected argument", "Unknown option" …) in Chinese, for a run whose
/// message language is zh: the library writes them in English, and most of them are the first thing a new user sees.
/// Lines that match no known pattern are kept as they are; our own texts inside them are already translated.
enum ParserErrorText {
    /// The Chinese version of argument-parser's message for a usage error.
    static func chinese(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { translate(String($0)) }.joined(separator: "\n")
    }

    private static let patterns: [(NSRegularExpression, String)] = [
        (#"^Error: Missing expected argument '(.+)'$"#, "错误：缺少必需的参数 '$1'"),
        (#"^Error: Unknown option '(.+)'$"#, "错误：未知选项 '$1'"),
        (#"^Error: Unexpected argument '(.+)'$"#, "错误：多余的参数 '$1'"),
        (#"^Error: (\d+) unexpected arguments: (.+)$"#, "错误：$1 个多余的参数：$2"),
        (#"^Error: Missing value for '(.+)'$"#, "错误：'$1' 缺少取值"),
        (#"^Error: The value '(.*)' is invalid for '(.+)'\. Please provide one of (.+)\.$"#, "错误：'$2' 的值 '$1' 无效；可选：$3"),
        (#"^Error: The value '(.*)' is invalid for '(.+)'$"#, "错误：'$2' 的值 '$1' 无效"),
        (#"^Error: (.+)$"#, "错误：$1"),
        (#"^Help:  (.+)$"#, "说明：$1"),
        (#"^Usage: (.+)$"#, "用法：$1"),
        (#"^  See '(.+)' for more information\.$"#, "  运行 '$1' 查看更多说明。"),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }

    private static func translate(_ line: String) -> String {
        let range = NSRange(line.startIndex..., in: line)
        for (pattern, template) in patterns where pattern.firstMatch(in: line, range: range) != nil {
            return pattern.stringByReplacingMatches(in: line, range: range, withTemplate: template)
        }
        return line
    }
}
