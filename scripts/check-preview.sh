#!/usr/bin/env bash
# Opens `journeymap preview` of the onboarding sample in headless Chromium and fails unless:
#   - the preview prints its URL on 127.0.0.1 (--port 0 picks a free port);
#   - the page Chromium renders holds the map as an inline <svg> whose <title> is the journey's title;
#   - the page, left open, reloads itself after a save (server-sent events) and shows the new title;
#   - after an invalid save, it shows the `path:line:col: error:` line and still the last good map;
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

# check NAME: the map's <svg> with the title, no problems shown, no console message
check() {
    python3 - "$work" "$1" "$title" <<'PY'
import re, sys
work, name, title = sys.argv[1:4]
dom = open(f"{work}/{name}.dom", encoding="utf-8").read()
problems = []
svg = re.search(r"<svg\b[^>]*>\s*<title[^>]*>([^<]*)</title>", dom)
if not svg:
    problems.append("no inline <svg> with a <title>")
elif title not in svg.group(1):
    problems.append(f"the map's title is {svg.group(1)!r}, expected {title!r}")
if 'id="problems"' in dom:
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

# The page open in Chromium (driven over the DevTools protocol on a pipe, no extra package): a valid save makes it
# reload itself through /events and show the new title; an invalid save makes it reload and show the error line
# (an unknown key on line 6) above the last good map.
python3 - "$browser" "$url" "$work/onboarding-90-days.yaml" "$title" <<'PY' || status=1
import json, os, subprocess, sys, time
browser, url, journey, title = sys.argv[1:5]
to_browser_r, to_browser_w = os.pipe()
from_browser_r, from_browser_w = os.pipe()

def child():
    a, b = os.dup(to_browser_r), os.dup(from_browser_w)   # above fd 4, so neither dup2 below is a no-op
    os.dup2(a, 3)
    os.dup2(b, 4)

proc = subprocess.Popen([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                         "--disable-background-networking", "--remote-debugging-pipe", "about:blank"],
                        preexec_fn=child, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
os.close(to_browser_r)
os.close(from_browser_w)
out, inp = os.fdopen(to_browser_w, "wb", buffering=0), os.fdopen(from_browser_r, "rb", buffering=0)
pending, next_id = b"", 0

def call(method, params=None, session=None):
    global pending, next_id
    next_id += 1
    message = {"id": next_id, "method": method, "params": params or {}}
    if session:
        message["sessionId"] = session
    out.write(json.dumps(message).encode() + b"\0")
    while True:
        while b"\0" not in pending:
            chunk = inp.read(65536)
            if not chunk:
                raise SystemExit("check-preview: Chromium closed the DevTools pipe")
            pending += chunk
        raw, pending = pending.split(b"\0", 1)
        reply = json.loads(raw)
        if reply.get("id") == next_id:
            return reply

problems = []
try:
    target = call("Target.createTarget", {"url": url})["result"]["targetId"]
    session = call("Target.attachToTarget", {"targetId": target, "flatten": True})["result"]["sessionId"]
    probe = ("JSON.stringify({revision: document.body ? document.body.getAttribute('data-revision') : null, "
             "title: document.title, svg: document.querySelectorAll('main svg title').length ? "
             "document.querySelector('main svg title').textContent : null, "
             "problems: document.getElementById('problems') ? document.getElementById('problems').textContent : null})")

    def page():
        value = call("Runtime.evaluate", {"expression": probe}, session).get("result", {}).get("result", {}).get("value")
        return json.loads(value) if value else {}

    def wait(condition, what):
        deadline = time.time() + 20
        while time.time() < deadline:
            state = page()
            if condition(state):
                return state
            time.sleep(0.1)
        problems.append(f"{what}; the page is {page()}")
        return None

    wait(lambda s: s.get("revision") == "1" and s.get("svg") == title, "the page did not open with the map")
    text = open(journey, encoding="utf-8").read()
    edited = text.replace("title: " + title, "title: " + title + " (edited)")
    open(journey, "w", encoding="utf-8").write(edited)
    wait(lambda s: s.get("svg") == title + " (edited)" and s.get("revision") == "2",
         "the page did not reload itself with the edited title after a save")
    open(journey, "w", encoding="utf-8").write(edited.replace("title: ", "titel: ", 1))
    wait(lambda s: s.get("revision") == "3" and 'onboarding-90-days.yaml:6:1: error: unknown key "titel"' in (s.get("problems") or "")
         and s.get("svg") == title + " (edited)",
         "the page did not show the invalid save's error above the last good map")
finally:
    proc.kill()
for p in problems:
    print("check-preview: live page: " + p)
sys.exit(1 if problems else 0)
PY

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
