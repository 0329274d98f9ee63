import JourneyModel

/// Everything the preview says itself, on its page and on the terminal, in both languages: one static member per
/// message, named parameters. The `error:`/`warning:` tokens stay English (editors and CI parse them).
public enum PreviewMessages {
    /// The page's heading line before the journey's title.
    public static let livePreview = LocalizedText(en: "Live preview", zh: "实时预览")

    /// The status line while the page is connected: saves show up by themselves.
    public static func watching(_ path: String) -> LocalizedText {
        LocalizedText(en: "Watching \(path): save the file and this page updates itself.",
                      zh: "正在监视 \(path)：保存文件后，本页会自动更新。")
    }

    /// The status line once the page lost its server (stopped with Ctrl-C, or crashed).
    public static let disconnected = LocalizedText(
        en: "Disconnected: journeymap preview is not running; start it again, then reload this page.",
        zh: "已断开：journeymap preview 没有在运行；重新启动它，然后刷新本页。")

    /// The heading over the problems of the latest save.
    public static let latestSaveFailed = LocalizedText(
        en: "The latest save cannot be drawn; fix these problems (the map below is the last good one):",
        zh: "最新保存的内容无法绘制；请修正以下问题（下面是上一版正确的地图）：")

    /// The same, when no version of the journey has been drawn yet.
    public static let noMapYet = LocalizedText(
        en: "The journey cannot be drawn yet; fix these problems and save:",
        zh: "旅程还无法绘制；请修正以下问题后保存：")

    /// The heading over warnings that did not stop the map.
    public static let warnings = LocalizedText(en: "Warnings:", zh: "警告：")

    /// A responses file found beside the journey that cannot be used (the map falls back to the estimates).
    public static let responsesNotUsed = LocalizedText(en: " (responses not used; drawing the workshop estimates)",
                                                       zh: "（未使用作答数据；改画工作坊估分）")

    /// The text under the map for readers without script: the map is there, only the automatic update is not.
    public static let noScript = LocalizedText(
        en: "Scripts are off: the map is current as of loading; reload the page after a save.",
        zh: "脚本已关闭：地图是打开页面时的版本；保存后请手动刷新本页。")

    /// Printed once the server listens: where to open the page, and how to stop.
    public static func serving(_ url: String, journey: String) -> LocalizedText {
        LocalizedText(en: "previewing \(journey) at \(url) (only this computer can open it); Ctrl-C stops",
                      zh: "正在预览 \(journey)：\(url)（只有本机可以打开）；按 Ctrl-C 停止")
    }

    /// Printed after Ctrl-C, once the socket is closed.
    public static let stopped = LocalizedText(en: "preview stopped", zh: "预览已停止")

    /// Printed by `render --watch` once it starts waiting for saves.
    public static func watchingFiles(_ paths: [String]) -> LocalizedText {
        let list = paths.joined(separator: ", ")
        return LocalizedText(en: "watching \(list) for changes; Ctrl-C stops",
                             zh: "正在监视 \(list) 的改动；按 Ctrl-C 停止")
    }

    /// The port could not be opened.
    public static func cannotListen(port: UInt16, reason: LocalizedText) -> LocalizedText {
        LocalizedText(en: "127.0.0.1:\(port): error: cannot listen (\(reason.en)); is another preview running? Try --port 0 for a free port",
                      zh: "127.0.0.1:\(port): error: 无法监听（\(reason.zh)）；是不是已经有一个预览在运行？可以用 --port 0 自动选择空闲端口")
    }

    /// A request whose Host header is not this computer (a web page trying to read the preview through DNS rebinding).
    public static let wrongHost = LocalizedText(en: "This preview only answers requests for 127.0.0.1 or localhost.",
                                                zh: "本预览只响应发往 127.0.0.1 或 localhost 的请求。")

    /// Every text of the catalog, for the completeness test.
    public static var all: [LocalizedText] {
        [livePreview, watching("x"), disconnected, latestSaveFailed, noMapYet, warnings, responsesNotUsed, noScript,
         serving("x", journey: "y"), stopped, watchingFiles(["x"]), cannotListen(port: 1, reason: LocalizedText(verbatim: "x")), wrongHost]
    }
}
