#!/usr/bin/env bash
# Opens `journeymap preview` of the onboarding sample in headless Chromium and fails unless:
#   - the preview prints its URL on 127.0.0.1 (--port 0 picks a free port);
#   - the page Chromium renders holds the map as an inline <svg> whose <title> is the journey's title;
#   - after an invalid save, the page shows the `path:line:col: error:` line and still the last good map;
#   - the console stays silent apart from nothing at all (no script error, no Content-Security-Policy refusal);
#   - Ctrl-C (SIGINT) stops it with exit 0 and the port is closed afterwards.
# The journey is a copy in a temporary directory, so the clone's files are never touched.
# Usage: scripts/check-preview.sh [journeymap binary]; CHROMIUM overrides the browser. Takes about 10 s.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:-$(swift build --show-bin-path)/journeymap}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")   # the preview runs in the temporary directory
browser=${CHROMIUM:-chromium}
title="新客服专员的前 90 天"
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cp journeys/onboarding-90-days.yaml "$work/"
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update
       --disable-sync --disable-default-apps --hide-scrollbars --enable-logging=stderr --v=0)

(cd "$work" && exec "$bin" preview onboarding-90-days.yaml --port 0) > "$work/out.txt" 2> "$work/err.txt" &
pid=$!
url=
for _ in $(seq 1 300); do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$work/out.txt" || true)
    [ -n "$url" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
[ -n "$url" ] || { cat "$work/out.txt" "$work/err.txt"; echo "check-preview: no URL printed"; exit 1; }

# dump NAME: the DOM Chromium renders, and its log
dump() {
    timeout 120 "$browser" "${flags[@]}" --dump-dom "$url" > "$work/$1.dom" 2> "$work/$1.log"
}

# check NAME [ERROR]: the map's <svg> with the title; the error line when given; no console message
check() {
    python3 - "$work" "$1" "$title" "${2:-}" <<'PY'
import re, sys
work, name, title, error = sys.argv[1:5]
dom = open(f"{work}/{name}.dom", encoding="utf-8").read()
problems = []
svg = re.search(r"<svg\b[^>]*>\s*<title[^>]*>([^<]*)</title>", dom)
if not svg:
    problems.append("no inline <svg> with a <title>")
elif title not in svg.group(1):
    problems.append(f"the map's title is {svg.group(1)!r}, expected {title!r}")
if error and error not in dom:
    problems.append(f"the error line {error!r} is not on the page")
if not error and 'id="problems"' in dom:
    problems.append("the page shows problems: " + dom[dom.index('id="problems"'):][:200])
for line in open(f"{work}/{name}.log", encoding="utf-8", errors="replace"):
    if ":CONSOLE" in line or "Uncaught" in line or "Content Security Policy" in line:
        problems.append("console: " + line.strip())
for p in problems:
    print(f"check-preview: {name}: {p}")
sys.exit(1 if problems else 0)
PY
}

status=0
dump good
check good || status=1

# An invalid save: the unknown key on line 6 is reported, the last good map stays.
sed -i 's/^title: /titel: /' "$work/onboarding-90-days.yaml"
expected='onboarding-90-days.yaml:6:1: error: unknown key "titel"'
for _ in $(seq 1 100); do
    dump broken
    grep -q "id=\"problems\"" "$work/broken.dom" && break
    sleep 0.1
done
check broken "$expected" || status=1

kill -INT "$pid"
code=0
wait "$pid" || code=$?
pid=
[ "$code" -eq 0 ] || { cat "$work/err.txt"; echo "check-preview: exit $code after Ctrl-C, expected 0"; status=1; }
port=${url##*:}; port=${port%/}
if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
    echo "check-preview: port $port still open after Ctrl-C"; status=1
fi
[ "$status" -eq 0 ] && echo "preview: $url showed the map in headless Chromium, then an invalid save's error with the last good map; Ctrl-C exited 0"
exit "$status"
