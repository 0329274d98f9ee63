/// The output guard's messages, in both languages (see `OutputDestination`).
public enum OutputMessages {
    static func badExtension(_ ext: String, allowed: [String]) -> LocalizedText {
        let list = allowed.map { "." + $0 }.joined(separator: ", ")
        let zhList = allowed.map { "." + $0 }.joined(separator: "、")
        return ext.isEmpty
            ? LocalizedText(en: "the output name has no extension; this command writes \(list)",
                            zh: "输出文件名没有扩展名；此命令可写 \(zhList)")
            : LocalizedText(en: "this command cannot write .\(ext) files; it writes \(list)",
                            zh: "此命令不能写 .\(ext) 文件；可写 \(zhList)")
    }

    static func isInput(_ input: String) -> LocalizedText {
        LocalizedText(en: "this is one of the command's own inputs (\(input)); choose another output path (--force does not change this)",
                      zh: "这是此命令自己的输入文件（\(input)）；请换一个输出路径（--force 也不会覆盖输入）")
    }

    static let notOurs = LocalizedText(
        en: "the file exists and journeymap did not write it; choose another path or pass --force to replace it",
        zh: "文件已存在，且不是 journeymap 写的；请换一个路径，或加 --force 覆盖")

    static let neverReplaced = LocalizedText(
        en: "the file exists; choose another path or pass --force",
        zh: "文件已存在；请换一个路径，或加 --force 覆盖")

    static let readOnly = LocalizedText(
        en: "the file is read-only; journeymap never replaces a read-only file, even with --force (make it writable with chmod u+w first)",
        zh: "文件是只读的；即使加 --force，journeymap 也不会覆盖只读文件（请先用 chmod u+w 让它可写）")

    static let notRegular = LocalizedText(
        en: "it is not a regular file (a device, a socket or a pipe)",
        zh: "这不是普通文件（是设备、套接字或管道）")

    static func cannotCreateDirectory(_ directory: String) -> LocalizedText {
        LocalizedText(en: "cannot create the directory \(directory)", zh: "无法创建目录 \(directory)")
    }
}
