/// The journey loader's own messages, in both languages: one static member per message, named parameters.
/// The decoder's field-by-field diagnostics pair their two texts where they are raised (`error(_:_:zh:)`).
public enum JourneyMessages {
    /// The file named does not exist.
    public static let noSuchFile = LocalizedText(en: "no such file", zh: "文件不存在")

    /// The file exists but could not be read.
    public static func cannotRead(reason: LocalizedText) -> LocalizedText {
        LocalizedText(en: "cannot read the file: \(reason.en)", zh: "无法读取文件：\(reason.zh)")
    }

    static let isDirectory = LocalizedText(en: "it is a directory", zh: "这是一个目录")
    static let permissionDenied = LocalizedText(en: "permission denied", zh: "没有读取权限")
    static let emptyFile = LocalizedText(
        en: "the file is empty; a journey needs at least `title:` and `stages:` (run `journeymap init` for a starter)",
        zh: "文件是空的；旅程至少需要 `title:` 和 `stages:`（运行 `journeymap init` 生成一个起步模板）")
    static let notUTF8 = LocalizedText(en: "the file is not valid UTF-8; save it as UTF-8",
                                       zh: "文件不是有效的 UTF-8；请另存为 UTF-8 编码")
    static let nulByte = LocalizedText(en: "the file contains a NUL byte; it is not a text file",
                                       zh: "文件中有 NUL 字节；这不是文本文件")
    static let noDocument = LocalizedText(
        en: "the file holds no YAML document; a journey needs at least `title:` and `stages:`",
        zh: "文件中没有 YAML 文档；旅程至少需要 `title:` 和 `stages:`")

    static func tooDeep(limit: Int) -> LocalizedText {
        LocalizedText(en: "nesting is too deep (over \(limit) levels); a journey needs fewer than 10",
                      zh: "嵌套过深（超过 \(limit) 层）；旅程用不到 10 层")
    }

    static func tooLarge(size: Int, limit: Int) -> LocalizedText {
        LocalizedText(en: "the file is \(size) bytes, over the \(limit)-byte limit for a journey; is this the right file?",
                      zh: "文件有 \(size) 字节，超过旅程文件 \(limit) 字节的上限；是不是选错了文件？")
    }

    static func aliasBomb(limit: Int) -> LocalizedText {
        LocalizedText(en: "the document expands to more than \(limit) values through aliases (an alias bomb?); refused",
                      zh: "文档通过别名展开后超过 \(limit) 个值（别名炸弹？）；已拒绝")
    }

    /// libyaml's own problem text (English) is quoted as is; the rest is translated.
    static func invalidYAML(problem: String, context: (text: String, line: Int, column: Int)?, mentionsTab: Bool) -> LocalizedText {
        var en = "invalid YAML: \(problem)"
        var zh = "YAML 格式错误：\(problem)"
        if let context {
            en += " (\(context.text) at line \(context.line), column \(context.column))"
            zh += "（\(context.text)，位于第 \(context.line) 行第 \(context.column) 列）"
        }
        if mentionsTab {
            en += "; indent with spaces, not tabs"
            zh += "；请用空格缩进，不要用 Tab"
        }
        return LocalizedText(en: en, zh: zh)
    }

    static func duplicateKey(_ keys: String, firstLine: Int, firstColumn: Int) -> LocalizedText {
        LocalizedText(en: "duplicate key \(keys) (first at line \(firstLine), column \(firstColumn)); each key may appear once in a mapping",
                      zh: "键 \(keys) 重复（第一次在第 \(firstLine) 行第 \(firstColumn) 列）；同一映射中每个键只能出现一次")
    }

    static func duplicateKey(_ keys: String) -> LocalizedText {
        LocalizedText(en: "duplicate key \(keys) in this mapping; each key may appear once",
                      zh: "这个映射中键 \(keys) 重复；每个键只能出现一次")
    }

    static func cannotReadYAML(_ problem: String, offset: Int?) -> LocalizedText {
        LocalizedText(en: "cannot read YAML: \(problem)\(offset.map { " at byte \($0)" } ?? "")",
                      zh: "无法读取 YAML：\(problem)\(offset.map { "（第 \($0) 字节）" } ?? "")")
    }

    static func cannotParseYAML(_ error: String) -> LocalizedText {
        LocalizedText(en: "cannot parse YAML: \(error)", zh: "无法解析 YAML：\(error)")
    }

    /// One sample of every message, for the catalog test (every message has both texts, and they differ).
    public static var samples: [LocalizedText] {
        [noSuchFile, cannotRead(reason: permissionDenied), isDirectory, permissionDenied, emptyFile, notUTF8, nulByte,
         noDocument, tooDeep(limit: 64), tooLarge(size: 9, limit: 1), aliasBomb(limit: 10),
         invalidYAML(problem: "x", context: ("y", 1, 2), mentionsTab: true), duplicateKey("\"a\"", firstLine: 1, firstColumn: 1),
         duplicateKey("\"a\""), cannotReadYAML("x", offset: 3), cannotParseYAML("x")]
    }
}
