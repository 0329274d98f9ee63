import JourneyModel
import JourneyRender

/// The preview's page at `/`: the map as inline SVG (readable without script), the latest save's problems above
/// it, and a few lines of inline script that open `/events` and reload the page when the revision changes.
/// Self-contained: no external URL, fonts or script; the server's Content-Security-Policy forbids any request but
/// the event stream.
public enum PreviewPage {
    /// The Content-Security-Policy sent with the page: inline style and script only, and `/events` on this host.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'"

    /// The whole page for a snapshot. `journeyPath` is shown in the status line; `language` is used until a map
    /// (with its own language) exists.
    public static func html(_ snapshot: PreviewSnapshot, journeyPath: String, language: JourneyLanguage) -> String {
        let lang = snapshot.map?.language ?? language
        func t(_ text: LocalizedText) -> String { HTMLText.escape(text.text(in: lang)) }
        let e = HTMLText.escape
        let heading = t(PreviewMessages.livePreview) + (snapshot.map.map { " · " + e($0.title) } ?? "")
        var out = """
        <!DOCTYPE html>
        <html lang="\(lang == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(heading)</title>
        <style>
        \(css)
        </style>
        </head>
        <body data-revision="\(snapshot.revision)">
        <header>
        <h1>\(heading)</h1>
        <p id="status" data-disconnected="\(t(PreviewMessages.disconnected))">\(t(PreviewMessages.watching(journeyPath)))</p>
        <noscript><p>\(t(PreviewMessages.noScript))</p></noscript>
        </header>

        """
        if !snapshot.problems.isEmpty {
            let intro = snapshot.map == nil ? PreviewMessages.noMapYet : PreviewMessages.latestSaveFailed
            out += "<section id=\"problems\" class=\"problems\" role=\"alert\">\n<p>\(t(intro))</p>\n<pre>"
                + snapshot.problems.map(e).joined(separator: "\n") + "</pre>\n</section>\n"
        }
        if !snapshot.warnings.isEmpty {
            out += "<section id=\"warnings\" class=\"warnings\">\n<p>\(t(PreviewMessages.warnings))</p>\n<pre>"
                + snapshot.warnings.map(e).joined(separator: "\n") + "</pre>\n</section>\n"
        }
        if let map = snapshot.map {
            out += "<main id=\"map\">\n" + map.pages.joined(separator: "\n") + "</main>\n"
        }
        out += "<script>\n\(script)\n</script>\n</body>\n</html>\n"
        return out
    }

    /// Reloads when the server reports another revision than the page's; says so when the server is gone.
    /// EventSource reconnects by itself after an error, and the first event after a (re)connection carries the
    /// current revision, so a save made while the page was loading is not missed.
    static let script = """
    (function () {
      if (!window.EventSource) return;
      var revision = document.body.getAttribute("data-revision");
      var status = document.getElementById("status");
      var watching = status.textContent;
      var source = new EventSource("/events");
      function check(event) {
        status.textContent = watching;
        status.className = "";
        if (event.data !== revision) { source.close(); location.reload(); }
      }
      source.addEventListener("revision", check);
      source.addEventListener("reload", check);
      source.onerror = function () {
        status.textContent = status.getAttribute("data-disconnected");
        status.className = "disconnected";
      };
    })();
    """

    static let css = """
    :root { color-scheme: light; }
    body { margin: 0; padding: 16px 24px 32px; color: #1f2328; background: #f6f8fa;
      font-family: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans', sans-serif;
      font-size: 15px; line-height: 1.5; }
    h1 { font-size: 1.3rem; margin: 0 0 .2rem; }
    #status { color: #57606a; margin: 0 0 .8rem; }
    #status.disconnected { color: #cf222e; font-weight: 600; }
    .problems, .warnings { margin: 0 0 1rem; padding: .6rem .9rem; border-radius: 6px; }
    .problems { border-left: 6px solid #cf222e; background: #fff5f5; }
    .warnings { border-left: 6px solid #bf8700; background: #fff8e5; }
    .problems p, .warnings p { margin: 0 0 .3rem; font-weight: 600; }
    pre { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font-size: .9rem; }
    main > .map-frame { margin-bottom: 1rem; background: #ffffff; }
    \(InlineMap.css)
    """
}
