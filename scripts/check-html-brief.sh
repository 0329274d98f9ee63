#!/usr/bin/env bash
# Opens the onboarding sample's HTML brief (`analyze --format html`, in Chinese and in English) in headless Chromium
# and fails unless:
#   - the screenshot (1280 × 2000) is a real page, not blank;
#   - the console stays silent (the brief has no script: any console line, an "Uncaught" error or a CSP refusal, fails);
#   - the page makes no network request (Chromium's net log; the network is blocked as well, so nothing leaves);
#   - the DOM holds the title and the inline <svg>, and no attribute points outside the document;
#   - printed to PDF, the first page (title, takeaway, map) is A4 landscape and the rest A4 portrait (when pdfinfo exists).
# Before that, two canary pages (an image URL with a throwing script, and a blank page) must be caught, so the
# checks are known to be able to fail. Usage: scripts/check-html-brief.sh [journeymap binary]; CHROMIUM overrides
# the browser. Takes about 15 s.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:-$(swift build --show-bin-path)/journeymap}
browser=${CHROMIUM:-chromium}
sample=journeys/onboarding-90-days.yaml
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update
       --disable-sync --disable-default-apps --hide-scrollbars "--host-resolver-rules=MAP * ~NOTFOUND")

# open NAME: screenshot, DOM, console log and net log of $out/NAME.html
open_page() {
    timeout 120 "$browser" "${flags[@]}" --window-size=1280,2000 --screenshot="$out/$1.png" "file://$out/$1.html" \
        > /dev/null 2>&1
    timeout 120 "$browser" "${flags[@]}" --enable-logging=stderr --v=0 --log-net-log="$out/$1.net.json" \
        --dump-dom "file://$out/$1.html" > "$out/$1.dom" 2> "$out/$1.log"
}

# check NAME TITLE: prints one line per problem, exits 1 when there is one
check_page() {
    python3 - "$out" "$1" "$2" <<'PY'
import json, re, struct, sys, zlib
out, name, title = sys.argv[1:4]
problems = []

# Console: the brief runs no script, so Chromium must log no console message at all.
for line in open(f"{out}/{name}.log", encoding="utf-8", errors="replace"):
    if ":CONSOLE" in line or "Uncaught" in line:
        problems.append("console: " + line.strip())

# Network: every request the page itself made (its network isolation key is the file:// page); Chromium's own
# background requests have another key.
log = json.load(open(f"{out}/{name}.net.json"))
types = {v: k for k, v in log["constants"]["logEventTypes"].items()}
for event in log["events"]:
    params = event.get("params") or {}
    url = params.get("url", "")
    if types.get(event["type"]) == "URL_REQUEST_START_JOB" and "file://" in params.get("network_isolation_key", "") \
            and not url.startswith(("file:", "data:")):
        problems.append("network request: " + url)

# DOM: the title and the inline map; no attribute that fetches; no URL in a tag but the namespace names.
dom = open(f"{out}/{name}.dom", encoding="utf-8").read()
if title not in dom:
    problems.append(f"DOM: title {title!r} missing")
if "<svg" not in dom:
    problems.append("DOM: no inline <svg>")
namespaces = ["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xhtml", "http://www.w3.org/1999/xlink"]
for tag in re.findall(r"<[^>]+>", dom):
    if re.search(r"\s(src|href|xlink:href|srcset|action|poster|background)\s*=", tag, re.I):
        problems.append("DOM: fetching attribute in " + tag[:120])
    stripped = tag
    for ns in namespaces:
        stripped = stripped.replace(ns, "")
    if "://" in stripped or "url(" in stripped.lower():
        problems.append("DOM: external URL in " + tag[:120])

# Screenshot: a 1280 × 2000 PNG with content on at least a quarter of its rows (a blank page has none).
data = open(f"{out}/{name}.png", "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    problems.append("screenshot: not a PNG")
else:
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
    width, height, depth, color = header[:4]
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[color]
    raw = zlib.decompress(idat)
    stride = 1 + width * channels * depth // 8
    rows = sum(1 for r in range(height) if len(set(raw[r * stride + 1:(r + 1) * stride])) > 2)
    if (width, height) != (1280, 2000):
        problems.append(f"screenshot: {width}×{height}, expected 1280×2000")
    if rows < height // 4:
        problems.append(f"screenshot: looks blank ({rows} of {height} rows have content)")

for p in problems:
    print(f"{name}: {p}")
sys.exit(1 if problems else 0)
PY
}

# The canaries: a page that fetches an image and throws, and a blank page, must both fail.
cat > "$out/canary.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>canary</title></head>
<body><p>canary</p><img src="http://example.invalid/x.png"><script>throw new Error("canary")</script></body></html>
HTML
printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>blank</title></head><body></body></html>\n' > "$out/blank.html"
for canary in canary blank; do
    open_page "$canary"
    if check_page "$canary" "$canary" > "$out/$canary.problems"; then
        echo "check-html-brief: the $canary page passed the checks; they cannot catch a broken brief"; exit 1
    fi
done
grep -q "network request: http://example.invalid/x.png" "$out/canary.problems" \
    && grep -q "console: .*Uncaught Error: canary" "$out/canary.problems" \
    && grep -q "looks blank" "$out/blank.problems" \
    || { cat "$out/canary.problems" "$out/blank.problems"; echo "check-html-brief: a canary was not caught"; exit 1; }

"$bin" analyze "$sample" -o "$out/zh.html"
"$bin" analyze "$sample" --lang en -o "$out/en.html"
status=0
for name in zh en; do
    open_page "$name"
    check_page "$name" "新客服专员的前 90 天" || status=1
done

# Print CSS: the cover page (title, takeaway, map) is A4 landscape, the findings A4 portrait.
if command -v pdfinfo > /dev/null 2>&1; then
    timeout 120 "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/zh.pdf" "file://$out/zh.html" > /dev/null 2>&1
    sizes=$(pdfinfo -f 1 -l 2 "$out/zh.pdf" | grep -E '^Page +[12] size' | sed -E 's/.*size: *([0-9.]+) x ([0-9.]+).*/\1x\2/' | tr '\n' ' ')
    case "$sizes" in
        "841.92x594.96 594.96x841.92 ") ;;
        *) echo "zh: print: pages 1–2 are ${sizes:-unknown}, expected A4 landscape then A4 portrait"; status=1 ;;
    esac
fi

[ "$status" -eq 0 ] && echo "HTML brief: zh and en open in headless Chromium with no console message and no network request"
exit "$status"
