/// The HTML brief's inline style sheet: system fonts only (nothing fetched), light colours, a map that keeps
/// its text readable on screen (it scrolls sideways rather than shrinking below 1000 px), and print rules for A4 —
/// margins, page breaks before the main sections, no backgrounds, tables that repeat their header.
enum BriefStyle {
    static let css = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    html { background: #ffffff; }
    body { margin: 0; padding: 24px 32px 48px; color: #1f2328; background: #ffffff;
      font-family: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans', sans-serif;
      font-size: 16px; line-height: 1.55; overflow-wrap: anywhere; }
    body > header, body > section, #map > h2, #map figcaption { max-width: 1180px; margin-left: auto; margin-right: auto; }
    body > section#map { max-width: none; }
    h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 .4rem; }
    h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid #d0d7de; break-after: avoid; }
    h3 { font-size: 1.08rem; margin: 1rem 0 .3rem; break-after: avoid; }
    p { margin: .35rem 0; }
    .subtitle { color: #57606a; margin: 0; }
    .takeaway { margin: 1rem 0 0; padding: .75rem 1rem; border-left: 6px solid #cf222e; background: #fff5f5; font-size: 1.12rem; }
    .takeaway strong { margin-right: .4rem; }
    figure { margin: 0; }
    \(InlineMap.css)
    figcaption { color: #57606a; font-size: .9rem; margin-top: .3rem; }
    ol.items, ul.items { list-style: none; padding: 0; margin: .4rem 0; }
    ul.items > li, ol.items > li { margin: .55rem 0; padding: .45rem .75rem; border-left: 4px solid #d0d7de; break-inside: avoid; }
    li.pain { border-left-color: #cf222e; }
    li.pleasure { border-left-color: #1a7f37; }
    li.itch { border-left-color: #8250df; }
    li.mot { border-left-color: #bf8700; }
    li.dim { color: #57606a; }
    .rank { display: inline-block; min-width: 1.4em; font-weight: 700; font-size: 1.15em; }
    li.pain .rank, .place .rank { color: #cf222e; }
    ul.details { margin: .2rem 0 0; padding-left: 1.4rem; color: #333a41; }
    ul.details li { margin: .1rem 0; }
    li.quote { list-style: none; margin-left: -1rem; font-style: italic; color: #57606a; }
    p.verdict { font-weight: 600; }
    p.caveat, p.note, p.empty { color: #57606a; font-size: .94rem; }
    .table-frame { overflow-x: auto; }
    table { border-collapse: collapse; margin: .5rem 0; font-size: .95rem; }
    th, td { padding: .3rem .6rem; border-bottom: 1px solid #d0d7de; text-align: left; vertical-align: top; }
    thead th { border-bottom: 2px solid #8c959f; white-space: nowrap; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    table.statistics tbody + tbody { border-top: 2px solid #8c959f; }
    td.stage { color: #57606a; font-size: .9rem; min-width: 6.5em; }
    table.statistics td:last-child { white-space: nowrap; }
    td.pain { color: #cf222e; font-weight: 600; }
    td.pleasure { color: #1a7f37; }
    td.itch { color: #8250df; }
    td.hidden { color: #57606a; font-style: italic; }
    ol.actions { margin: .2rem 0 .6rem; padding-left: 1.8rem; }
    ol.actions li { margin: .3rem 0; break-inside: avoid; }
    .priority { display: inline-block; min-width: 3.6em; font-variant-numeric: tabular-nums; color: #57606a; }
    .place { color: #333a41; }
    .meta { color: #57606a; font-size: .92rem; }
    .privacy { color: #333a41; }
    @page { size: A4; margin: 16mm 14mm 18mm; }
    @page cover { size: A4 landscape; margin: 10mm; }
    @media print {
      html, body { background: #ffffff !important; }
      body { max-width: none; padding: 0; font-size: 10.5pt; color: #000000; }
      *, *::before, *::after { box-shadow: none !important; text-shadow: none !important; }
      .takeaway { background: none; border: 1.5pt solid #000000; border-left-width: 5pt; }
      h2 { border-bottom-color: #000000; }
      #pain, #peak-end, #statistics { break-before: page; }
      body > header, #map { page: cover; }
      #map > h2 { display: none; }
      #map { break-inside: avoid; margin-top: 4mm; }
      .map-frame { overflow: visible; border: none; max-width: none; }
      .map-frame svg { min-width: 0; max-width: none; width: 100%; max-height: 130mm; }
      .table-frame { overflow: visible; }
      table { width: 100%; font-size: 9pt; }
      thead { display: table-header-group; }
      tr, li { break-inside: avoid; }
      p.caveat, p.note, .subtitle, .meta, figcaption { color: #333333; }
    }

    """
}
